//! The seam between the Discord front end and the engine in the library.
//!
//! [`Engine`] holds the KB, the matcher and the localiser, and turns the engine's neutral
//! replies into the small views the embed renderer draws ([`AskView`], [`CheckView`]). It
//! adapts types only: matching, paste extraction, XML checking and redaction all happen in
//! the library (`kbbot_engine::search`, `kbbot_engine::check`, `kbbot_engine::answer`); nothing here decides what
//! an answer is.

use kbbot_engine::answer::{AskReply, Note, ShowReply, Why};
use kbbot_engine::check::{Input, Outcome, Report};
use kbbot_engine::i18n::Localizer;
use kbbot_engine::kb::{ArticleId, Kb};
use kbbot_engine::search::{AskOptions, Matcher, SearchError};
use kbbot_engine::Lang;

/// The confidence from which an answer counts as sure enough to speak unasked in a support
/// channel (answers start at [`kbbot_engine::search::THRESHOLD`]).
pub const HIGH_CONFIDENCE: f32 = 0.75;
/// Other articles offered beside an answer or instead of one (as buttons).
const CANDIDATES: usize = 4;

/// How sure the engine is of its best article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    /// The fluent id of its label.
    pub fn msg_id(self) -> &'static str {
        match self {
            Confidence::Low => "bot-confidence-low",
            Confidence::Medium => "bot-confidence-medium",
            Confidence::High => "bot-confidence-high",
        }
    }
}

/// The article an answer points at, in the version closest to the wanted language.
#[derive(Clone, Debug)]
pub struct Hit {
    pub id: ArticleId,
    pub title: String,
    /// The error string of the article that the paste matched, where one did.
    pub matched_error: Option<String>,
    /// The resolution (or summary) as Markdown.
    pub resolution: String,
    /// How sure the match is; `None` when the user asked for this article by id.
    pub confidence: Option<Confidence>,
    pub url: Option<String>,
    /// The resolution is the start of a longer page.
    pub resolution_cut: bool,
    /// The language of the version shown; differs from the wanted one when it has no version.
    pub version_lang: Lang,
}

/// Another article the user may mean.
#[derive(Clone, Debug)]
pub struct Alternative {
    pub id: ArticleId,
    pub title: String,
}

/// What the bot shows for a paste or an article lookup.
#[derive(Clone, Debug)]
pub struct AskView {
    /// The reply language.
    pub lang: Lang,
    /// The best article, or `None` when the engine declined to guess.
    pub hit: Option<Hit>,
    pub alternatives: Vec<Alternative>,
    /// Whether the paste had error lines or codes (not just chatter): worth recording when
    /// unanswered.
    pub looks_like_error: bool,
    /// The paste with its variable parts stripped: the only form ever stored.
    pub stripped: String,
    /// Localised remarks on how the paste was read (cut to the limits, nothing to look up).
    pub notes: Vec<String>,
    /// Only greetings or thanks: not looked up, nothing to record or to be unsure about.
    pub smalltalk: bool,
}

/// One input file for the checker.
#[derive(Clone, Debug)]
pub struct Upload {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// What the bot shows for a check.
#[derive(Clone, Debug)]
pub struct CheckView {
    pub lang: Lang,
    /// The localised one-line verdict.
    pub headline: String,
    /// The localised, redacted findings as Markdown.
    pub body: String,
    /// The attachment carried credentials: answer privately, warn, maybe delete.
    pub secrets: bool,
    /// Some finding is above info (or an input was refused).
    pub problems: bool,
}

/// The engine as the bot sees it. Cheap to share behind an `Arc`.
pub struct Engine {
    matcher: Matcher,
    l10n: &'static Localizer,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine").finish_non_exhaustive()
    }
}

impl Engine {
    /// Builds the matcher over `kb` (seconds on a large KB: call it off the async threads).
    pub fn new(kb: Kb) -> Result<Engine, SearchError> {
        Ok(Engine {
            matcher: Matcher::build(kb)?,
            l10n: Localizer::bundled(),
        })
    }

    pub fn l10n(&self) -> &'static Localizer {
        self.l10n
    }

    fn kb(&self) -> &Kb {
        self.matcher.kb()
    }

    /// The checker's size cap, in bytes: larger attachments are refused before download.
    pub fn max_upload_bytes(&self) -> u64 {
        kbbot_engine::check::MAX_INPUT_BYTES as u64
    }

    /// The language of the user's own words in a paste, if the engine can tell.
    pub fn detect_lang(&self, text: &str) -> Option<Lang> {
        self.matcher
            .detect_lang(&kbbot_engine::search::extract(text))
    }

    /// Answers a paste in `lang`.
    pub fn ask(&self, text: &str, lang: Lang) -> AskView {
        let options = AskOptions {
            lang: Some(lang),
            max_candidates: CANDIDATES,
        };
        let reply = kbbot_engine::answer::ask(&self.matcher, text, &options);
        AskView {
            lang: reply.lang,
            hit: reply.answer.as_ref().map(|a| Hit {
                id: a.article_id.clone(),
                title: a.title.clone(),
                matched_error: match &a.why {
                    Why::Signature { text, .. } => Some(text.clone()),
                    Why::Code { code } => Some(code.clone()),
                    Why::Words { .. } => a.matched_line.clone(),
                },
                resolution: a.resolution.clone(),
                confidence: Some(level(&reply)),
                url: a.url.clone(),
                resolution_cut: a.resolution_cut,
                version_lang: a.lang,
            }),
            alternatives: reply
                .candidates
                .iter()
                .map(|c| Alternative {
                    id: c.article_id.clone(),
                    title: c.title.clone(),
                })
                .collect(),
            looks_like_error: reply.looks_like_error,
            smalltalk: reply.notes.contains(&Note::SmallTalk),
            stripped: reply.paste_read.clone(),
            notes: reply
                .notes
                .iter()
                .map(|n| self.note(n, reply.lang))
                .collect(),
        }
    }

    /// A note in the answer module's words (`ask-note-*`).
    fn note(&self, note: &Note, lang: Lang) -> String {
        match note {
            Note::Truncated {
                original_bytes,
                original_lines,
                kept_bytes,
            } => self.l10n.msg(
                lang,
                "ask-note-truncated",
                &[
                    ("original", (*original_bytes).into()),
                    ("lines", (*original_lines).into()),
                    ("kept", (*kept_bytes).into()),
                ],
            ),
            Note::Blank => self.l10n.msg(lang, "ask-note-blank", &[]),
            Note::SmallTalk => self.l10n.msg(lang, "ask-note-smalltalk", &[]),
        }
    }

    /// Shows one article by id, in `lang` or its closest version.
    pub fn article(&self, id: &str, lang: Lang) -> Option<AskView> {
        let shown = ShowReply::from_kb(self.kb(), id, lang)?;
        Some(AskView {
            lang,
            hit: Some(Hit {
                id: shown.article_id,
                title: shown.title,
                matched_error: None,
                resolution: if shown.resolution.is_empty() {
                    shown.summary
                } else {
                    shown.resolution
                },
                confidence: None,
                url: shown.url,
                resolution_cut: false,
                version_lang: shown.version_lang,
            }),
            alternatives: Vec::new(),
            looks_like_error: false,
            stripped: String::new(),
            notes: Vec::new(),
            smalltalk: false,
        })
    }

    /// Article ids and titles whose id or title contains `partial`, for autocomplete: at most
    /// `max`, titles in `lang` where a version exists.
    pub fn suggest(&self, partial: &str, lang: Lang, max: usize) -> Vec<Alternative> {
        let needle = partial.trim().to_lowercase();
        let kb = self.kb();
        let mut out: Vec<Alternative> = Vec::new();
        for a in kb.articles() {
            if out.len() >= max {
                break;
            }
            if out.iter().any(|o| o.id == a.id) {
                continue;
            }
            let versions = kb.versions(&a.id);
            let shown = versions.get(&lang).copied().unwrap_or(a);
            if needle.is_empty()
                || a.id.as_str().to_lowercase().contains(&needle)
                || shown.title.to_lowercase().contains(&needle)
            {
                out.push(Alternative {
                    id: a.id.clone(),
                    title: shown.title.clone(),
                });
            }
        }
        out
    }

    /// Checks uploaded config files together and renders the report in `lang`.
    pub fn check(&self, files: &[Upload], lang: Lang) -> CheckView {
        let inputs: Vec<Input> = files
            .iter()
            .map(|f| Input {
                name: &f.name,
                bytes: &f.bytes,
            })
            .collect();
        let report = kbbot_engine::check::check_files(&inputs);
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        CheckView {
            lang,
            headline: self.l10n.msg(
                lang,
                "bot-check-title",
                &[("files", names.join(", ").into())],
            ),
            body: kbbot_engine::answer::check::render_markdown(&report, lang),
            secrets: has_credentials(&report),
            problems: report.outcome() != Outcome::Clean,
        }
    }
}

/// Whether the checker found credentials: its `secret-*` rules (stable ids).
fn has_credentials(report: &Report) -> bool {
    report
        .findings
        .iter()
        .any(|f| f.rule.starts_with("secret-"))
}

fn level(reply: &AskReply) -> Confidence {
    if !reply.is_answer() {
        Confidence::Low
    } else if reply.confidence >= HIGH_CONFIDENCE {
        Confidence::High
    } else {
        Confidence::Medium
    }
}
