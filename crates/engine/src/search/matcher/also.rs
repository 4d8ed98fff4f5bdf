//! The other errors of a paste that holds several: a log with a user unknown, a mailbox full
//! and "quotas met" is three questions, and the answer to the first says nothing of the
//! other two. Each other error line is looked up on its own, and so is a line of the user's
//! own words that holds a KB error message whole; one that is confidently another article's
//! error is given beside the answer.

use super::super::confidence::THRESHOLD;
use super::super::scrub;
use super::{Hit, Matcher, Why};
use crate::search::Paste;
use crate::Lang;

/// The most other errors a reply names: past that, a log is a report to read, not a chat
/// (`kbbot ask --file` triages one whole).
const MAX_ALSO: usize = 5;
/// The most distinct other lines looked up: a long log costs a bounded time.
const MAX_TRIED: usize = 12;

/// Another error of a paste, and the article its line alone is answered with.
#[derive(Clone, Debug)]
pub struct Other {
    /// The line, as pasted (credentials blanked).
    pub line: String,
    /// The article for that line; its `line` is `None`.
    pub hit: Hit,
}

impl Matcher {
    /// For each line of `paste` other than the one `main` was found on, the article that
    /// line alone answers with confidence, when it is not `main`'s nor one already given.
    pub(super) fn also(&self, paste: &Paste, main: &Hit, lang: Lang) -> Vec<Other> {
        let mut out: Vec<Other> = Vec::new();
        if paste.error_lines.len() + paste.chat_lines.len() < 2 {
            return out;
        }
        let cues = super::super::cues::Cues::bundled();
        let mut analyzer = self.sig_analyzer.clone();
        // Only a line that could name its error is looked up (see [`is_specific`]): one with
        // an enhanced or Campaign code, or one of the KB's messages. The others (a reply's
        // wrapped lines, progress, context) would cost a search each and give nothing.
        let errors = paste
            .error_lines
            .iter()
            .enumerate()
            .filter(|&(i, _)| Some(i) != main.line)
            .filter(|(_, l)| {
                scrub::codes(&l.original)
                    .iter()
                    .any(|c| c.contains(['.', '-']))
                    || self
                        .signatures
                        .find_in(&mut analyzer, None, &l.clean)
                        .values()
                        .any(|h| h.strength >= 0.5)
            })
            .map(|(_, l)| (l.original.as_str(), l.clean.clone()))
            .collect::<Vec<_>>();
        // A chat line counts only when it holds a KB error message whole, and does not deny
        // it ("we do not see any Mailbox full").
        let chats = paste
            .chat_lines
            .iter()
            .filter(|l| !cues.denies(l))
            .filter_map(|l| {
                let clean = scrub::scrub(l);
                let whole = self
                    .signatures
                    .find_in(&mut analyzer, None, &clean)
                    .values()
                    .any(|h| {
                        h.strength >= 0.5
                            && h.run == self.signatures.signatures[h.signature].tokens.len()
                    });
                whole.then_some((l.as_str(), clean))
            });
        let mut tried: Vec<String> = Vec::new();
        for (original, clean) in errors.into_iter().chain(chats) {
            if out.len() == MAX_ALSO || tried.len() == MAX_TRIED {
                break;
            }
            if tried.contains(&clean) {
                continue;
            }
            tried.push(clean);
            let mut sub = self.extract(original);
            sub.lang = paste.lang;
            let lex = self.lexicon(&sub);
            let elsewhere = cues.elsewhere(&lex.sig_tokens(lex.all())) as f32;
            let Ok(hits) = self.rank(&sub, &lex, lang, elsewhere, 1) else {
                continue;
            };
            let Some(mut hit) = hits.into_iter().next() else {
                continue;
            };
            let known = hit.id == main.id || out.iter().any(|o| o.hit.id == hit.id);
            if hit.confidence >= THRESHOLD && !known && is_specific(&hit.why) {
                hit.line = None;
                out.push(Other {
                    line: original.to_string(),
                    hit,
                });
            }
        }
        out
    }
}

/// Whether a line's evidence names its error: one of the KB's error messages, or a code of
/// the line (which holds an enhanced `4.2.2` or a Campaign `MTA-480021`, or it would not have
/// been looked up). Shared words ("in progress", "nlserver pdump") and an article's number
/// only say the line is about mail.
fn is_specific(why: &Why) -> bool {
    match why {
        Why::Signature { .. } | Why::Code { .. } => true,
        Why::Named { .. } | Why::Words { .. } => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_message_or_a_narrow_code_names_another_error() {
        let sig = Why::Signature {
            text: "Mailbox full".into(),
            whole: true,
        };
        assert!(is_specific(&sig));
        assert!(is_specific(&Why::Code {
            code: "5.2.2".into()
        }));
        assert!(is_specific(&Why::Code {
            code: "MTA-480021".into()
        }));
        assert!(!is_specific(&Why::Words {
            words: vec!["start".into(), "pending".into()]
        }));
    }
}
