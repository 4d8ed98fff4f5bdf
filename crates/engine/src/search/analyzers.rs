//! The tantivy analyzers, named once and registered by one function.
//!
//! - `kb_en`, `kb_fr`, `kb_nl`, `kb_sv`, `kb_it`: words of one language. Simple tokenizer,
//!   tokens over 40 bytes dropped, lower case, the Snowball stemmer of that language, then ASCII
//!   folding so `quarantaine`/`quarantaine`, `résolution`/`resolution` meet whatever the user's
//!   keyboard. Folding comes after stemming because the stemmers know their accents.
//! - `kb_sig`: error signatures and pasted error lines. Lower case and folded but not stemmed:
//!   signatures are matched as exact phrases, word for word.
//! - `kb_code`: error codes (`pgs-220000`, `550`, `5.1.1`), one value per code, kept whole.
//!
//! Both the schema ([`super::schema`]) and every index build or open go through [`register`],
//! so a name can never point at two different pipelines.

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RawTokenizer, RemoveLongFilter, SimpleTokenizer,
    Stemmer, TextAnalyzer, TokenizerManager,
};

use rustc_hash::FxHashMap;

use crate::Lang;

/// The analyzer of the signature field (not stemmed).
pub(crate) const SIG: &str = "kb_sig";
/// The analyzer of the error-code field (whole values, lower case).
pub(crate) const CODE: &str = "kb_code";

/// The analyzer name of one language's word fields.
pub(crate) fn words(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "kb_en",
        Lang::Fr => "kb_fr",
        Lang::Nl => "kb_nl",
        Lang::Sv => "kb_sv",
        Lang::It => "kb_it",
    }
}

fn stemmer_language(lang: Lang) -> Language {
    match lang {
        Lang::En => Language::English,
        Lang::Fr => Language::French,
        Lang::Nl => Language::Dutch,
        Lang::Sv => Language::Swedish,
        Lang::It => Language::Italian,
    }
}

/// The word pipeline of one language.
pub(crate) fn word_analyzer(lang: Lang) -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(Stemmer::new(stemmer_language(lang)))
        .filter(AsciiFoldingFilter)
        .build()
}

/// The signature pipeline: words, lower case, folded, not stemmed.
pub(crate) fn sig_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

fn code_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(RawTokenizer::default())
        .filter(LowerCaser)
        .build()
}

/// Registers every kbbot analyzer on a tokenizer manager (an index's, or a fresh one).
pub(crate) fn register(manager: &TokenizerManager) {
    for lang in Lang::ALL {
        manager.register(words(lang), word_analyzer(lang));
    }
    manager.register(SIG, sig_analyzer());
    manager.register(CODE, code_analyzer());
}

/// The stems of each of `words`, through one run of `analyzer` over them all (a run per word
/// costs a token stream each). A word's stems depend on it alone (the space between words
/// ends any token), so each distinct word is analysed once: pastes repeat theirs.
pub(crate) fn stems_per_word(analyzer: &mut TextAnalyzer, words: &[&str]) -> Vec<Vec<String>> {
    let mut first: FxHashMap<&str, usize> = FxHashMap::default();
    let mut distinct: Vec<&str> = Vec::with_capacity(words.len());
    let slots: Vec<usize> = words
        .iter()
        .map(|&w| {
            *first.entry(w).or_insert_with(|| {
                distinct.push(w);
                distinct.len() - 1
            })
        })
        .collect();
    let mut starts = Vec::with_capacity(distinct.len());
    let mut joined = String::new();
    for w in &distinct {
        if !joined.is_empty() {
            joined.push(' ');
        }
        starts.push(joined.len());
        joined.push_str(w);
    }
    let mut stems = vec![Vec::new(); distinct.len()];
    let mut stream = analyzer.token_stream(&joined);
    while let Some(token) = stream.next() {
        let i = starts.partition_point(|&s| s <= token.offset_from);
        if let Some(slot) = i.checked_sub(1).and_then(|i| stems.get_mut(i)) {
            slot.push(token.text.clone());
        }
    }
    if distinct.len() == words.len() {
        return stems;
    }
    slots
        .iter()
        .map(|&i| stems.get(i).cloned().unwrap_or_default())
        .collect()
}

/// Runs `analyzer` over `text` and returns the tokens in order.
pub(crate) fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while let Some(token) = stream.next() {
        out.push(token.text.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_stemmed_lowercased_and_folded() {
        let mut fr = word_analyzer(Lang::Fr);
        assert_eq!(
            tokens(&mut fr, "Résolution"),
            tokens(&mut fr, "resolutions")
        );
        let mut en = word_analyzer(Lang::En);
        assert_eq!(tokens(&mut en, "Messages QUEUED"), vec!["messag", "queu"]);
    }

    #[test]
    fn signatures_fold_accents_but_keep_word_forms() {
        let mut sig = sig_analyzer();
        assert_eq!(
            tokens(&mut sig, "Boîte pleine"),
            tokens(&mut sig, "boite PLEINE")
        );
        assert_ne!(tokens(&mut sig, "quotas"), tokens(&mut sig, "quota"));
    }

    #[test]
    fn stems_per_word_keeps_each_word_apart() {
        let mut en = word_analyzer(Lang::En);
        let words = ["Messages", "t-online", "", "QUEUED"];
        assert_eq!(
            stems_per_word(&mut en, &words),
            vec![
                vec!["messag".to_string()],
                vec!["t".to_string(), "onlin".to_string()],
                vec![],
                vec!["queu".to_string()],
            ]
        );
    }

    #[test]
    fn register_makes_every_name_available() {
        let manager = TokenizerManager::default();
        register(&manager);
        for lang in Lang::ALL {
            assert!(manager.get(words(lang)).is_some());
        }
        assert!(manager.get(SIG).is_some());
        assert!(manager.get(CODE).is_some());
    }
}
