//! The seam between the Discord face and the engine.
//!
//! [`Engine`] holds the matcher and the localiser and hands the handlers the engine's own
//! replies ([`AskReply`], [`ShowReply`], [`Report`]), which [`super::embeds`] draws. It
//! adapts nothing: matching, paste extraction, XML checking and redaction all happen in the
//! engine crate; nothing here decides what an answer is.

use kbbot_engine::answer::{AskReply, LogReply, ShowReply};
use kbbot_engine::check::{Input, Report};
use kbbot_engine::i18n::Localizer;
use kbbot_engine::kb::{ArticleId, IdMatch, Kb};
use kbbot_engine::search::{scan_log, AskOptions, LogReadError, Matcher, Paste, SearchError};
use kbbot_engine::Lang;

/// The confidence from which an answer counts as sure enough to speak unasked in a support
/// channel (answers start at [`kbbot_engine::search::THRESHOLD`]).
pub const HIGH_CONFIDENCE: f32 = 0.75;
/// Other articles offered beside an answer or instead of one (as buttons).
const CANDIDATES: usize = 4;

/// How sure the engine is of its best article, as the bot words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    /// The level of a reply: low for a decline, high from [`HIGH_CONFIDENCE`].
    pub fn of(reply: &AskReply) -> Confidence {
        if !reply.is_answer() {
            Confidence::Low
        } else if reply.confidence >= HIGH_CONFIDENCE {
            Confidence::High
        } else {
            Confidence::Medium
        }
    }

    /// The fluent id of its label.
    pub fn msg_id(self) -> &'static str {
        match self {
            Confidence::Low => "bot-confidence-low",
            Confidence::Medium => "bot-confidence-medium",
            Confidence::High => "bot-confidence-high",
        }
    }
}

/// An article offered by autocomplete.
#[derive(Clone, Debug)]
pub struct Suggestion {
    pub id: ArticleId,
    pub title: String,
}

/// One input file for the checker.
#[derive(Clone, Debug)]
pub struct Upload {
    pub name: String,
    pub bytes: Vec<u8>,
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

    /// A paste read once: its error lines, codes and words, and the language of the user's
    /// own words when the engine can tell. The reply language is chosen from it, then it is
    /// answered with [`Engine::ask`], without being read again.
    pub fn read(&self, text: &str) -> Paste {
        self.matcher.read(text)
    }

    /// Answers a paste [`Engine::read`] read, in `lang`.
    pub fn ask(&self, paste: Paste, lang: Lang) -> AskReply {
        let options = AskOptions {
            lang: Some(lang),
            max_candidates: CANDIDATES,
        };
        kbbot_engine::answer::ask_read(&self.matcher, paste, &options)
    }

    /// Shows one article by id, in `lang` or its closest version.
    pub fn article(&self, id: &str, lang: Lang) -> Option<ShowReply> {
        ShowReply::from_kb(self.kb(), id, lang)
    }

    /// Article ids and titles whose id or title holds `partial`, for autocomplete: at most
    /// `max`, titles in `lang` where a version exists. The engine's one id-suggestion rule,
    /// without its last resort (ids merely sharing a start), which autocomplete has no use for.
    pub fn suggest(&self, partial: &str, lang: Lang, max: usize) -> Vec<Suggestion> {
        self.kb()
            .suggest_ids(partial, lang, max)
            .into_iter()
            .filter(|s| !matches!(s.matched, IdMatch::SharedStart(_)))
            .map(|s| Suggestion {
                id: s.id.clone(),
                title: s.title.to_string(),
            })
            .collect()
    }

    /// Triages a whole text upload (a log, a long paste Discord made `message.txt`): its
    /// distinct errors, counted, each with its article, in `lang`.
    pub fn triage(&self, bytes: &[u8], lang: Lang) -> Result<LogReply, LogReadError> {
        let scan = scan_log(bytes)?;
        Ok(kbbot_engine::answer::triage(
            &self.matcher,
            scan,
            Some(lang),
        ))
    }

    /// Checks uploaded config files together.
    pub fn check(&self, files: &[Upload]) -> Report {
        let inputs: Vec<Input> = files
            .iter()
            .map(|f| Input {
                name: &f.name,
                bytes: &f.bytes,
            })
            .collect();
        kbbot_engine::check::check_files(&inputs)
    }
}
