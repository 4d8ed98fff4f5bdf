//! Cues about what a paste is *not*, declared in `cues.tsv`: small talk ("merci beaucoup !",
//! "is the bot alive?") and words that place a question outside Campaign (someone's own
//! mailbox, a printer queue, a Kafka topic). The KB's own words cannot tell these apart from
//! a real delivery problem: "my Gmail says my mailbox is full" shares every word with the
//! Mailbox full article. The same table names the level words of log lines (`info`,
//! `warning`, `erreur`), which tell progress from faults.

use std::collections::HashSet;

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use super::analyzers::{self, tokens};
use super::paste::Severity;
use crate::lang::is_function_word;
use crate::Lang;

const TABLE: &str = include_str!("cues.tsv");

/// The cue table, folded like the signature field (lower case, no accents).
#[derive(Debug, Default)]
pub(crate) struct Cues {
    /// small-talk word -> the languages whose section lists it
    smalltalk: HashMap<String, Vec<Lang>>,
    negation: HashSet<String>,
    /// words never quoted in a "why", lower case as written (negations too)
    plain: HashSet<String>,
    severity: HashMap<String, Severity>,
    elsewhere: Vec<Vec<String>>,
    /// first token -> the `elsewhere` cues starting with it
    elsewhere_by_first: HashMap<String, Vec<usize>>,
}

impl Cues {
    /// The bundled table, parsed once.
    pub fn bundled() -> &'static Cues {
        static CUES: OnceLock<Cues> = OnceLock::new();
        CUES.get_or_init(|| Cues::parse(TABLE))
    }

    fn parse(table: &str) -> Cues {
        let mut analyzer = analyzers::sig_analyzer();
        let mut cues = Cues::default();
        // The table is in sections, one per language, each headed `# en`, `# fr`, ...
        let mut section: Option<Lang> = None;
        for line in table.lines() {
            if let Some(head) = line.strip_prefix("# ") {
                if let Ok(lang) = head.trim().parse::<Lang>() {
                    section = Some(lang);
                }
                continue;
            }
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let Some((kind, words)) = line.split_once('\t') else {
                continue;
            };
            let toks = tokens(&mut analyzer, words);
            match (kind, toks.as_slice()) {
                (_, []) => {}
                ("smalltalk", [w]) => {
                    let langs = cues.smalltalk.entry(w.clone()).or_default();
                    if let Some(l) = section.filter(|l| !langs.contains(l)) {
                        langs.push(l);
                    }
                }
                ("negation", [w]) => {
                    cues.negation.insert(w.clone());
                    cues.plain.insert(words.trim().to_lowercase());
                }
                ("plain", [_, ..]) => {
                    cues.plain.insert(words.trim().to_lowercase());
                }
                ("info", [w]) => {
                    cues.severity.insert(w.clone(), Severity::Info);
                }
                ("warning", [w]) => {
                    cues.severity.insert(w.clone(), Severity::Warning);
                }
                ("error", [w]) => {
                    cues.severity.insert(w.clone(), Severity::Error);
                }
                ("elsewhere", [first, ..]) => {
                    cues.elsewhere_by_first
                        .entry(first.clone())
                        .or_default()
                        .push(cues.elsewhere.len());
                    cues.elsewhere.push(toks);
                }
                _ => {}
            }
        }
        cues
    }

    /// Whether a line says something is *not* there ("we do not see any User unknown"):
    /// one of its words, lower case, is a negation.
    pub fn denies(&self, line: &str) -> bool {
        line.to_lowercase()
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .any(|w| self.negation.contains(w))
    }

    /// Whether a word (lower case) is too common to quote as the reason an article matched.
    pub fn is_plain(&self, word: &str) -> bool {
        self.plain.contains(word)
    }

    /// The severity a log column word declares (`info`, `warn`, `erreur`), lower case.
    pub fn severity(&self, word: &str) -> Option<Severity> {
        self.severity.get(word).copied()
    }

    /// Whether `text` is only greetings, thanks and chat about the bot: it has words, every
    /// one that is not a function word is a small-talk cue, and none is a negation ("ora non
    /// funziona" is a complaint, however thankful its words).
    ///
    /// `words` are the text's runs of letters and digits, each with its signature token.
    pub fn is_smalltalk<'a>(
        &self,
        words: impl IntoIterator<Item = (&'a str, Option<&'a str>)>,
    ) -> bool {
        let mut any = false;
        for (word, token) in words {
            if word.chars().any(|c| c.is_ascii_digit()) {
                return false;
            }
            if token.is_some_and(|t| self.negation.contains(t)) {
                return false;
            }
            if token.is_some_and(|t| self.smalltalk.contains_key(t)) {
                any = true;
            } else if word.chars().nth(1).is_none() {
                // One letter (`à`, `a+`) is never what a question is about.
            } else if !is_function_word(&word.to_lowercase()) {
                return false;
            }
        }
        any
    }

    /// The language of small talk whose function words decide none (`bonne journée`): the
    /// one whose section lists the most of its words (`tokens`, signature tokens), when one
    /// lists more than any other.
    pub fn smalltalk_lang<'a>(&self, tokens: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        let mut count: Vec<(Lang, f32)> = Vec::new();
        for t in tokens {
            let Some(langs) = self.smalltalk.get(t) else {
                continue;
            };
            for &l in langs {
                let w = 1.0 / langs.len() as f32;
                match count.iter_mut().find(|(c, _)| *c == l) {
                    Some((_, n)) => *n += w,
                    None => count.push((l, w)),
                }
            }
        }
        count.sort_by(|a, b| b.1.total_cmp(&a.1));
        match count.as_slice() {
            [(l, _)] => Some(*l),
            [(l, a), (_, b), ..] if a > b => Some(*l),
            _ => None,
        }
    }

    /// How many distinct "elsewhere" cues a text holds, given its signature tokens.
    pub fn elsewhere(&self, toks: &[&str]) -> usize {
        // Only the cues starting with a token of the text can be in it.
        let mut found = vec![false; self.elsewhere.len()];
        for (i, &t) in toks.iter().enumerate() {
            for &c in self.elsewhere_by_first.get(t).into_iter().flatten() {
                let cue = &self.elsewhere[c];
                found[c] = found[c]
                    || (toks.len() - i >= cue.len()
                        && toks[i..].iter().zip(cue).all(|(a, b)| a == b));
            }
        }
        found.iter().filter(|&&f| f).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn smalltalk(text: &str) -> bool {
        let mut analyzer = analyzers::sig_analyzer();
        let words: Vec<(&str, Option<String>)> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| (w, tokens(&mut analyzer, w).into_iter().next()))
            .collect();
        Cues::bundled().is_smalltalk(words.iter().map(|(w, t)| (*w, t.as_deref())))
    }

    #[test]
    fn small_talk_is_given_the_language_of_its_cue_words() {
        let cues = Cues::bundled();
        let lang = |text: &str| {
            let toks = tokens(&mut analyzers::sig_analyzer(), text);
            cues.smalltalk_lang(toks.iter().map(String::as_str))
        };
        assert_eq!(lang("bonne journée"), Some(Lang::Fr));
        assert_eq!(lang("buona giornata"), Some(Lang::It));
        assert_eq!(lang("fijne dag"), Some(Lang::Nl));
        assert_eq!(lang("god morgon"), Some(Lang::Sv));
        assert_eq!(lang("good morning"), Some(Lang::En));
        // `ok` is in every section: it decides nothing.
        assert_eq!(lang("ok"), None);
    }

    fn elsewhere(text: &str) -> usize {
        let toks = tokens(&mut analyzers::sig_analyzer(), text);
        let toks: Vec<&str> = toks.iter().map(String::as_str).collect();
        Cues::bundled().elsewhere(&toks)
    }

    #[test]
    fn the_table_parses_and_has_every_kind() {
        let cues = Cues::parse(TABLE);
        assert!(cues.smalltalk.len() > 100);
        assert!(cues.negation.len() > 20);
        assert!(cues.is_plain("vers") && cues.is_plain("più") && cues.is_plain("not"));
        assert!(!cues.is_plain("queue"));
        assert!(cues.elsewhere.len() > 50);
        assert!(cues.elsewhere.iter().all(|c| !c.is_empty()));
    }

    #[test]
    fn greetings_and_thanks_are_small_talk_in_every_language() {
        for t in [
            "hi",
            "thanks a lot!",
            "Merci beaucoup !",
            "bedankt!",
            "Tack så mycket!",
            "grazie mille",
            "is the bot alive?",
            "thanks a lot, that fixed it!",
            "merci, c'est réglé maintenant",
            "bedankt, het is gelukt",
            "tack, nu fungerar det",
            "grazie, ora funziona",
        ] {
            assert!(smalltalk(t), "{t}");
        }
    }

    #[test]
    fn anything_with_a_real_word_or_a_number_is_not_small_talk() {
        for t in [
            "",
            "!!!",
            "thanks, but Messages queued (connection quotas met) again",
            "merci, Refusés",
            "hi 550",
            "it is not fixed now",
            "ça ne fonctionne pas",
            "nu werkt het niet",
            "det fungerar inte",
            "ora non funziona",
            "thanks, still no luck",
        ] {
            assert!(!smalltalk(t), "{t}");
        }
    }

    #[test]
    fn elsewhere_cues_are_found_folded_and_as_phrases() {
        assert_eq!(elsewhere("my Gmail says my mailbox is full"), 2);
        assert_eq!(elsewhere("ma boîte Gmail est pleine"), 1);
        assert_eq!(elsewhere("la file d'attente de l'imprimante"), 1);
        assert_eq!(
            elsewhere("Mailbox full on 300 recipients of the newsletter"),
            0
        );
        assert_eq!(elsewhere("gmail rejects our mails"), 0);
    }
}
