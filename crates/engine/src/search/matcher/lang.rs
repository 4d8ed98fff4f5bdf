//! The language of a paste as the matcher settles it: the detector's verdict corrected by
//! what the KB knows of its keywords and error strings. Private to the matcher.

use super::super::lexicon::Lexicon;
use super::super::paste::Paste;
use super::Matcher;
use crate::Lang;

impl Matcher {
    /// The language of the user's own words in `paste`, once any error message they typed
    /// into their sentence is taken out: "messages" and "control" make a trigram detector
    /// read "Messages queued (dynamic flow control) on yahoo" as French. The rest's language
    /// when it has one; else, when messages were cut, English if the English version quotes
    /// one of them, else the language of a version that does; else what the paste detected.
    ///
    /// A paste that is nothing but one of the KB's keywords or error strings ("Utilisateur
    /// inconnu", "Avvisad", "connection quotas met") is in the language of the versions that
    /// declare it, English first: its own words say nothing more (`met` is Dutch).
    pub fn detect_lang(&self, paste: &Paste) -> Option<Lang> {
        self.settle_lang(paste, &self.lexicon(paste))
    }

    /// [`Matcher::detect_lang`], with `lex` the paste's words.
    pub(super) fn settle_lang(&self, paste: &Paste, lex: &Lexicon) -> Option<Lang> {
        let words = lex.text();
        let mut analyzer = self.sig_analyzer.clone();
        // Only a short paste can be one keyword: a long one is not tokenized again here.
        // (Twice the words, as a lone `-` or `|` between them is no token.)
        let short = words
            .split_whitespace()
            .nth(2 * self.declared_words)
            .is_none();
        let whole = if short {
            lex.sig_tokens(lex.all()).join(" ")
        } else {
            String::new()
        };
        if let Some(langs) = self.declared.get(&whole).filter(|_| !whole.is_empty()) {
            // One language declares it: that one. Several (`quarantaine` is French and
            // Dutch): the detected one if it is among them, else English, as for any paste
            // whose language cannot be told.
            return match langs.as_slice() {
                [only] => Some(*only),
                _ if langs.contains(&Lang::En) => Some(Lang::En),
                _ => paste.lang.filter(|l| langs.contains(l)).or(Some(Lang::En)),
            };
        }
        // The words the paste's language was detected on: the user's, or with fewer than two
        // of them, the error lines too (`paste::extract`).
        let users_words = paste.chatter.split_whitespace().nth(1).is_some();
        let own = if users_words {
            paste.chatter.as_str()
        } else {
            words
        };
        let (rest, cut) = self.signatures.cut_whole(&mut analyzer, own);
        if cut.is_empty() {
            return paste.lang;
        }
        // Around a message the user typed, the rest is theirs. Around a logged one, it is
        // the log's (`Diffusion`, `domaine`, ids): the message's own language is the
        // console's, so the user's.
        if users_words {
            if let Some(l) = crate::detect_lang(&rest) {
                return Some(l);
            }
        }
        let quoting: Vec<Lang> = cut
            .iter()
            .flat_map(|&sig| self.signatures.versions_quoting(sig))
            .filter_map(|v| self.kb.articles().get(v).map(|a| a.lang))
            .collect();
        if quoting.contains(&Lang::En) {
            Some(Lang::En)
        } else {
            quoting.first().copied().or(paste.lang)
        }
    }
}
