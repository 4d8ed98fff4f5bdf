//! The ask reply: what kbbot answers to a paste, as a neutral value.
//!
//! [`AskReply`] carries everything a front end shows (title, recognised error line, why it
//! matched, resolution Markdown, confidence, link, the language of the version and whether it
//! is the one wanted, alternatives, notes such as a cut paste) and nothing of how it is shown.
//! It is built from a [`crate::search::Outcome`] and the KB; renderers live beside it.

use serde::Serialize;

use super::excerpt::excerpt_of;
use crate::kb::{Article, ArticleId, Kb};
use crate::search::{AskOptions, Hit, LangChoice, Matcher, Outcome, Paste, Truncation, Why};
use crate::Lang;

/// Answer or decline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    /// An article is given.
    Answer,
    /// No article is sure enough: the closest are listed instead.
    Decline,
}

/// The article given as the answer.
#[derive(Clone, Debug, Serialize)]
pub struct ArticleReply {
    /// The article's id.
    pub article_id: ArticleId,
    /// The title of the version given.
    pub title: String,
    /// Its page on the web, when the KB gives one.
    pub url: Option<String>,
    /// The language of the version given.
    pub lang: Lang,
    /// True when that is not the language wanted (the article has no version in it).
    pub lang_differs: bool,
    /// The pasted line the match was found on, as pasted.
    pub matched_line: Option<String>,
    /// Why it matched: the evidence the reply quotes.
    pub why: Why,
    /// The article's one-paragraph summary.
    pub summary: String,
    /// The resolution as Markdown (for pages without one, the page from the section that
    /// matched, or from its start).
    pub resolution: String,
    /// Whether `resolution` was cut (the page goes on).
    pub resolution_cut: bool,
}

/// Another article worth a look.
#[derive(Clone, Debug, Serialize)]
pub struct Candidate {
    /// The article's id.
    pub article_id: ArticleId,
    /// The title of the version listed.
    pub title: String,
    /// The language of that version.
    pub lang: Lang,
    #[serde(serialize_with = "thousandths")]
    /// Confidence in it, in [0, 1].
    pub confidence: f32,
    /// Its page on the web, when the KB gives one.
    pub url: Option<String>,
}

/// Another error of the paste, and the article that answers it on its own.
#[derive(Clone, Debug, Serialize)]
pub struct OtherError {
    /// The pasted line, as pasted.
    pub line: String,
    /// The article, with its confidence for that line (its fields, flat in the JSON).
    #[serde(flatten)]
    pub article: Candidate,
    /// Why it matched that line.
    pub why: Why,
}

/// Something the user should know about how their paste was read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Note {
    /// The paste was over the limits and only its start was read.
    Truncated {
        /// Bytes the user sent.
        original_bytes: usize,
        /// Lines the user sent.
        original_lines: usize,
        /// Bytes of those that were read.
        kept_bytes: usize,
    },
    /// Nothing to look up (empty, symbols, binary noise).
    Blank,
    /// Only greetings, thanks or chat about the bot: not looked up.
    SmallTalk,
    /// The paste's log lines were all `info` lines, with no code and no error message of
    /// the KB: there was no error in them to look up.
    #[serde(rename = "info_only")]
    InfoOnly {
        /// How many info lines were set aside.
        lines: usize,
    },
}

/// kbbot's reply to a paste.
#[derive(Clone, Debug, Serialize)]
pub struct AskReply {
    /// Answer or decline.
    pub decision: Decision,
    /// The language the reply is written in.
    pub lang: Lang,
    /// Where the reply language came from.
    pub lang_choice: LangChoice,
    /// Confidence in the first candidate, in [0, 1] (0 when there is none).
    #[serde(serialize_with = "thousandths")]
    pub confidence: f32,
    /// The answer; `None` on a decline.
    pub answer: Option<ArticleReply>,
    /// Beside an answer, the paste's other errors with their own articles.
    pub other_errors: Vec<OtherError>,
    /// Alternatives beside an answer, or the closest articles on a decline.
    pub candidates: Vec<Candidate>,
    /// How the paste was read (cut, blank, small talk).
    pub notes: Vec<Note>,
    /// Whether the paste holds an error line or a code: a decline of such a paste is a KB gap
    /// worth recording, a decline of a question less so.
    pub looks_like_error: bool,
    /// The paste as read, its variable parts (addresses, ids, hosts, times) dropped: what a
    /// face may store of it. Not part of the JSON.
    #[serde(skip)]
    pub paste_read: String,
}

/// How much of a paste arrived, counted by the face before decoding: the note on a cut paste
/// reports these, not the decoded text's size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sent {
    /// Every byte that arrived, kept or not.
    pub bytes: usize,
    /// Every line that arrived, as [`str::lines`] counts them.
    pub lines: usize,
}

/// Answers a paste: the one call faces make for text that arrived whole.
pub fn ask(matcher: &Matcher, text: &str, options: &AskOptions) -> AskReply {
    AskReply::from_outcome(matcher.kb(), &matcher.find(text, options), None)
}

/// Answers a paste [`Matcher::read`] already read (a face that chose the reply language from
/// it): no second extraction or language detection.
pub fn ask_read(matcher: &Matcher, paste: Paste, options: &AskOptions) -> AskReply {
    AskReply::from_outcome(matcher.kb(), &matcher.find_read(paste, options), None)
}

/// Answers a paste that arrived as bytes, of which `kept` are the first and `sent` counts
/// all: decoded here (each invalid byte sequence becomes U+FFFD), and the note on a cut
/// paste gives the bytes and lines the user sent and how many of those bytes were read.
pub fn ask_received(matcher: &Matcher, kept: &[u8], sent: Sent, options: &AskOptions) -> AskReply {
    let text = String::from_utf8_lossy(kept);
    let outcome = matcher.find(&text, options);
    AskReply::from_outcome(matcher.kb(), &outcome, Some((kept, sent)))
}

/// The error lines, then the user's own words, with their variable parts dropped.
fn paste_read(paste: &Paste) -> String {
    let mut read = paste.error_text();
    let chatter = paste.chatter.trim();
    if !chatter.is_empty() {
        read.push_str(chatter);
    }
    read.trim().to_string()
}

/// How many bytes of `raw` decode to the first `decoded` bytes of its lossy UTF-8 decoding:
/// valid UTF-8 is itself, and each invalid sequence is one 3-byte U+FFFD.
fn raw_len(raw: &[u8], decoded: usize) -> usize {
    let (mut taken, mut left) = (0usize, decoded);
    for chunk in raw.utf8_chunks() {
        let valid = chunk.valid().len();
        if left <= valid {
            return taken + left;
        }
        taken += valid;
        left -= valid;
        let invalid = chunk.invalid().len();
        if invalid > 0 {
            let fffd = char::REPLACEMENT_CHARACTER.len_utf8();
            if left < fffd {
                return taken;
            }
            taken += invalid;
            left -= fffd;
        }
    }
    taken
}

/// A confidence as the JSON number it reads as, in thousandths: an f32 widened to f64 (as
/// `serde_json::Value` does) would print 0.859 as 0.859000027….
fn thousandths<S: serde::Serializer>(c: &f32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64((f64::from(*c) * 1000.0).round() / 1000.0)
}

impl AskReply {
    /// Whether the reply gives an article.
    pub fn is_answer(&self) -> bool {
        self.decision == Decision::Answer
    }

    /// Builds the reply from a search outcome; `sent` is what arrived, when the face knows
    /// more than the text (see [`ask_received`]).
    fn from_outcome(kb: &Kb, outcome: &Outcome, sent: Option<(&[u8], Sent)>) -> AskReply {
        let articles = kb.articles();
        let confidence = outcome.hits.first().map_or(0.0, |h| h.confidence);
        let answer = match outcome.hits.first() {
            Some(h) if outcome.answered => article_reply(articles, outcome, h),
            _ => None,
        };
        let skip = usize::from(answer.is_some());
        let other_errors: Vec<OtherError> = outcome
            .also
            .iter()
            .filter_map(|o| {
                Some(OtherError {
                    line: o.line.clone(),
                    article: candidate(articles, &o.hit)?,
                    why: o.hit.why.clone(),
                })
            })
            .collect();
        // An article given for another error is no longer a mere alternative.
        let candidates = outcome
            .hits
            .iter()
            .skip(skip)
            .filter(|h| !other_errors.iter().any(|o| o.article.article_id == h.id))
            .filter_map(|h| candidate(articles, h))
            .collect();
        AskReply {
            decision: if answer.is_some() {
                Decision::Answer
            } else {
                Decision::Decline
            },
            lang: outcome.lang,
            lang_choice: outcome.lang_choice,
            confidence,
            answer,
            other_errors,
            candidates,
            notes: notes(outcome, sent),
            looks_like_error: !outcome.paste.error_lines.is_empty()
                || !outcome.paste.codes.is_empty(),
            paste_read: paste_read(&outcome.paste),
        }
    }
}

/// Hit `h` as a listed article, in the version to show.
fn candidate(articles: &[Article], h: &Hit) -> Option<Candidate> {
    articles.get(h.version).map(|a| Candidate {
        article_id: h.id.clone(),
        title: a.title.clone(),
        lang: a.lang,
        confidence: h.confidence,
        url: a.url.clone(),
    })
}

/// What the reply says besides the article: a cut paste (in the sizes the user sent, when the
/// face knows them), a blank paste, small talk, a log of info lines only.
fn notes(outcome: &Outcome, sent: Option<(&[u8], Sent)>) -> Vec<Note> {
    let mut notes = Vec::new();
    if let Some(Truncation {
        original_bytes,
        original_lines,
        kept_bytes,
    }) = outcome.paste.truncated
    {
        notes.push(match sent {
            None => Note::Truncated {
                original_bytes,
                original_lines,
                kept_bytes,
            },
            Some((raw, sent)) => Note::Truncated {
                original_bytes: sent.bytes,
                original_lines: sent.lines,
                kept_bytes: raw_len(raw, kept_bytes),
            },
        });
    }
    if outcome.paste.is_blank() && outcome.paste.info_lines == 0 {
        notes.push(Note::Blank);
    }
    if outcome.smalltalk {
        notes.push(Note::SmallTalk);
    }
    if outcome.paste.error_lines.is_empty() && outcome.paste.info_lines > 0 {
        notes.push(Note::InfoOnly {
            lines: outcome.paste.info_lines,
        });
    }
    notes
}

/// The article given for hit `h`, in the version to show.
fn article_reply(articles: &[Article], outcome: &Outcome, h: &Hit) -> Option<ArticleReply> {
    let a = articles.get(h.version)?;
    let (resolution, resolution_cut) = excerpt_of(articles, a, h.matched, &h.why);
    Some(ArticleReply {
        article_id: h.id.clone(),
        title: a.title.clone(),
        url: a.url.clone(),
        lang: a.lang,
        lang_differs: a.lang != outcome.lang,
        matched_line: h
            .line
            .and_then(|l| outcome.paste.error_lines.get(l))
            .filter(|l| line_is_evidence(&h.why, &l.original))
            .map(|l| l.original.clone()),
        why: h.why.clone(),
        summary: a.summary.clone(),
        resolution,
        resolution_cut,
    })
}

/// Whether a pasted line is worth showing as the error line recognised: always when it holds
/// the message or code that matched; when only words matched, when it holds two of them or
/// more. A word quoted in a question ("the MX rule 'Shared' option") is not an error line.
fn line_is_evidence(why: &Why, line: &str) -> bool {
    match why {
        Why::Signature { .. } | Why::Code { .. } => true,
        Why::Named { .. } => false,
        Why::Words { words } => {
            let line = line.to_lowercase();
            let in_line: Vec<&str> = line.split(|c: char| !c.is_alphanumeric()).collect();
            words
                .iter()
                .filter(|w| in_line.contains(&w.as_str()))
                .count()
                >= 2
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_shown_as_the_error_only_when_it_holds_the_evidence() {
        let words = |w: &[&str]| Why::Words {
            words: w.iter().map(|s| s.to_string()).collect(),
        };
        let why = words(&["shared", "mx", "rule"]);
        assert!(!line_is_evidence(&why, "Shared"));
        assert!(line_is_evidence(&why, "MX rule 'Shared' ignored"));
        // Whole words: "mx" is not in "mxrecord", "rule" not in "rules".
        assert!(!line_is_evidence(&why, "mxrecord rules Shared"));
        let code = Why::Code { code: "421".into() };
        assert!(line_is_evidence(&code, "421 4.7.0 deferred"));
        let sig = Why::Signature {
            text: "Refusés".into(),
            whole: true,
        };
        assert!(line_is_evidence(&sig, "Refusés"));
    }
}
