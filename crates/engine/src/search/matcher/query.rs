//! One paste turned into what ranking reads: its words at full and side weight, the
//! languages it is written in, each language's weighted terms and the BM25 clauses. Built
//! once per request and shared by every later step. Private to the matcher.

use std::collections::BTreeSet;
use std::ops::Range;

use rustc_hash::FxHashMap as HashMap;

use tantivy::postings::TermInfo;
use tantivy::Term;

use super::super::bm25::{self, Clause};
use super::super::lexicon::Lexicon;
use super::super::paste::Paste;
use super::super::SearchError;
use super::Matcher;
use crate::lang::is_content_word;
use crate::Lang;

/// Most distinct words per language in a query (the rarest are kept).
const MAX_TERMS: usize = 48;
// A term's place in its list is its mark: text marks are 0-63, title marks 64-127.
const _: () = assert!(MAX_TERMS <= 64);
/// Weight of the user's own words next to the error lines, when there are error lines.
const CHATTER_WEIGHT: f32 = 1.0;
/// Boost of the title field next to the text field.
pub(super) const TITLE_BOOST: f32 = 0.6;
/// Weight of the BM25 clauses of a language the paste is not written in.
const OTHER_LANG_WEIGHT: f32 = 0.4;
/// Most distinct words per query in a language the paste is not written in: the rarest
/// few are enough to catch a quoted string, and each one costs every query a posting list.
const OTHER_LANG_TERMS: usize = 12;

/// One weighted query term of one language.
pub(super) struct QTerm {
    pub token: String,
    /// Error lines 1, the user's words [`CHATTER_WEIGHT`].
    pub weight: f32,
    pub idf: f32,
    /// Where its postings are, when known (see [`bm25::Stats::lookup`]).
    pub info: Option<TermInfo>,
    /// Whether any page of the language holds it.
    pub held: bool,
}

/// A paste as ranking reads it.
pub(super) struct Query<'a> {
    /// The lexicon's lines matched at full weight: the error lines, or the user's words
    /// when there are none.
    pub main_lines: Range<usize>,
    /// The content words of `main`, then of the user's words beside error lines.
    pub main_words: Vec<&'a str>,
    pub side_words: Vec<&'a str>,
    /// The lexicon ids of `main_words` then `side_words`.
    pub word_ids: Vec<u32>,
    /// The languages the paste is written in (the user's words', the error lines').
    pub written: Vec<Lang>,
    /// Query terms per language, with their idf in that language.
    pub terms: Vec<(Lang, Vec<QTerm>)>,
    /// Per language, the stem of each of the lexicon's distinct words (what a "why" quotes
    /// from, and what the phrase windows are made of).
    pub stems: Vec<(Lang, Vec<Option<String>>)>,
    pub clauses: Vec<Clause>,
}

impl Query<'_> {
    /// The languages the paste is written in get full weight; the others still count (a
    /// French page may quote the English error) but their idf is inflated by foreign words
    /// being rare there, so they are damped.
    pub fn lang_weight(&self, l: Lang) -> f32 {
        if self.written.is_empty() || self.written.contains(&l) {
            1.0
        } else {
            OTHER_LANG_WEIGHT
        }
    }

    /// Whether the main lines are cut into phrase windows in `lang`'s analysis: in the
    /// languages the paste is written in, and in English, the language of most error
    /// messages.
    pub fn has_windows(&self, lang: Lang) -> bool {
        self.written.is_empty() || self.written.contains(&lang) || lang == Lang::En
    }

    /// The clauses of one language's terms in its text and title fields. They mark the
    /// documents they match with the term's place in the list, text in the low 64 marks,
    /// title in the high ones: the coverage and title measures (MAX_TERMS fits). A word no
    /// page holds matches nothing, in the text or in the title (which is part of the text):
    /// no clause, and no second dictionary lookup.
    fn push_word_clauses(&mut self, fields: &super::Fields, lang: Lang, list: &[QTerm]) {
        let lang_weight = self.lang_weight(lang);
        for (i, q) in list.iter().enumerate().filter(|(_, q)| q.held) {
            let boost = q.weight * lang_weight;
            self.clauses.push(Clause {
                term: Term::from_field_text(fields.text(lang), &q.token),
                info: q.info.clone(),
                boost,
                mark: u8::try_from(i).ok(),
            });
            self.clauses.push(Clause {
                term: Term::from_field_text(fields.title(lang), &q.token),
                info: None,
                boost: TITLE_BOOST * boost,
                mark: u8::try_from(64 + i).ok(),
            });
        }
    }
}

impl Matcher {
    /// Reads `paste` (whose words are `lex`) for ranking.
    pub(super) fn query<'a>(
        &self,
        paste: &'a Paste,
        lex: &'a Lexicon,
    ) -> Result<Query<'a>, SearchError> {
        let error_text = lex.error_text();
        let (main, side, main_lines, side_lines) = if error_text.trim().is_empty() {
            (paste.chatter.as_str(), "", lex.user(), 0..0)
        } else {
            (error_text, paste.chatter.as_str(), lex.errors(), lex.user())
        };
        let content = |lines: Range<usize>| -> Vec<(&'a str, u32)> {
            lex.words(lines)
                .iter()
                .map(|w| (lex.spelling(w), w.id))
                .filter(|(w, _)| is_content_word(w))
                .collect()
        };
        let (main_words, main_ids): (Vec<&str>, Vec<u32>) =
            content(main_lines.clone()).into_iter().unzip();
        let (side_words, side_ids): (Vec<&str>, Vec<u32>) = content(side_lines).into_iter().unzip();
        // With no error lines, `main` is the user's words, whose language the paste already
        // knows (`paste::extract` detects it on this same text when it has two words or more).
        let error_lang = if side.is_empty() && paste.chatter.split_whitespace().nth(1).is_some() {
            paste.lang
        } else {
            crate::detect_lang(main)
        };
        let mut query = Query {
            main_lines,
            main_words,
            side_words,
            word_ids: [main_ids, side_ids].concat(),
            written: [paste.lang, error_lang].into_iter().flatten().collect(),
            terms: Vec::new(),
            stems: Vec::new(),
            clauses: Vec::new(),
        };
        // Every language stems the query's words; the ones phrase windows are cut in stem
        // every word of the main lines too.
        let mut content = vec![false; lex.distinct()];
        for &id in &query.word_ids {
            content[id as usize] = true;
        }
        let mut main_all = content.clone();
        for w in lex.words(query.main_lines.clone()) {
            main_all[w.id as usize] = true;
        }
        for (lang, analyzer, memo) in &self.analyzers {
            let wanted = if query.has_windows(*lang) {
                &main_all
            } else {
                &content
            };
            let stems = lex.stems(analyzer, memo, wanted);
            let list = self.lang_terms(*lang, &stems, &query)?;
            query.push_word_clauses(&self.fields, *lang, &list);
            query.terms.push((*lang, list));
            query.stems.push((*lang, stems));
        }
        let main_ids = &query.word_ids[..query.main_words.len()];
        let sig_tokens: BTreeSet<&str> = main_ids.iter().filter_map(|&id| lex.sig(id)).collect();
        for t in &sig_tokens {
            query.clauses.push(Clause {
                term: Term::from_field_text(self.fields.sig, t),
                info: None,
                boost: 0.5,
                mark: None,
            });
        }
        for c in &paste.codes {
            query.clauses.push(Clause {
                term: Term::from_field_text(self.fields.code, c),
                info: None,
                boost: 3.0,
                mark: None,
            });
        }
        Ok(query)
    }

    /// One language's query terms, rarest first; `stems` are the lexicon's words through
    /// that language's analyzer.
    fn lang_terms(
        &self,
        lang: Lang,
        stems: &[Option<String>],
        query: &Query<'_>,
    ) -> Result<Vec<QTerm>, SearchError> {
        let n = *self.docs_per_lang.get(&lang).unwrap_or(&1) as f32;
        let mut seen: HashMap<&str, usize> = HashMap::default();
        let mut list: Vec<QTerm> = Vec::new();
        for (i, &id) in query.word_ids.iter().enumerate() {
            let weight = if i < query.main_words.len() {
                1.0
            } else {
                CHATTER_WEIGHT
            };
            if let Some(t) = stems.get(id as usize).and_then(|t| t.as_deref()) {
                if let Some(&i) = seen.get(t) {
                    list[i].weight = list[i].weight.max(weight);
                    continue;
                }
                let (df, info) = self
                    .stats
                    .lookup(&Term::from_field_text(self.fields.text(lang), t))?;
                seen.insert(t, list.len());
                list.push(QTerm {
                    token: t.to_string(),
                    weight,
                    idf: bm25::idf(n, df as f32),
                    info,
                    held: df > 0,
                });
            }
        }
        list.sort_by(|a, b| {
            (b.idf * b.weight)
                .total_cmp(&(a.idf * a.weight))
                .then(a.token.cmp(&b.token))
        });
        // Another language's field only catches quoted strings: its rarest words do that,
        // and fewer clauses keep the query fast.
        list.truncate(if query.lang_weight(lang) >= 1.0 {
            MAX_TERMS
        } else {
            OTHER_LANG_TERMS
        });
        Ok(list)
    }
}
