//! The evidence the matcher gathers for its candidates beyond BM25: the signatures and codes
//! of the paste each article holds, which error-line windows each page contains as phrases,
//! how much of its title the paste names, and the explanation a reply gives (coverage comes
//! with the BM25 pass, as marks). Private to the matcher; split out only to keep files short.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap as HashMap;

use tantivy::{DocAddress, Searcher, Term};

use super::super::analyzers::tokens;
use super::super::lexicon::Lexicon;
use super::super::paste::Paste;
use super::super::signatures::SigHit;
use super::super::SearchError;
use super::super::{bm25, phrase};
use super::query::Query;
use super::Why;
use super::{Matcher, QTerm};
use crate::Lang;

impl Matcher {
    /// Phrase evidence for the candidates, in the languages the paste is written in plus
    /// English (the language of most error messages), per version.
    pub(super) fn phrases(
        &self,
        searcher: &Searcher,
        query: &Query<'_>,
        lex: &Lexicon,
        candidates: &BTreeSet<usize>,
        bm25: &bm25::Scores,
    ) -> Result<HashMap<usize, f32>, SearchError> {
        let mut out: HashMap<usize, f32> = HashMap::default();
        for (lang, stems) in &query.stems {
            if !query.has_windows(*lang) {
                continue;
            }
            let lines: Vec<Vec<&str>> = query
                .main_lines
                .clone()
                .map(|line| {
                    lex.words(line..line + 1)
                        .iter()
                        .filter_map(|w| stems.get(w.id as usize).and_then(|t| t.as_deref()))
                        .collect()
                })
                .collect();
            let windows = phrase::windows(&lines);
            // The language's query terms left their place as a text mark on every page
            // holding them (`Query::push_word_clauses`).
            let marks: HashMap<&str, u8> = query
                .terms
                .iter()
                .find(|(l, _)| l == lang)
                .map(|(_, list)| {
                    list.iter()
                        .enumerate()
                        .filter(|(i, q)| q.held && *i < 64)
                        .map(|(i, q)| (q.token.as_str(), i as u8))
                        .collect()
                })
                .unwrap_or_default();
            let docs: Vec<(usize, DocAddress)> = candidates
                .iter()
                .filter_map(|&g| self.groups[g].versions.get(lang))
                .filter_map(|&v| self.address[v].map(|a| (v, a)))
                .collect();
            out.extend(phrase::scores(
                searcher,
                &self.stats,
                &self.fields,
                *lang,
                &windows,
                &docs,
                phrase::Known {
                    scores: bm25,
                    mark: &|word| marks.get(word).copied(),
                },
            )?);
        }
        Ok(out)
    }

    /// Per article group, its strongest signature hit in the paste's error lines or words.
    pub(super) fn signature_hits(&self, lex: &Lexicon, paste: &Paste) -> HashMap<usize, SigHit> {
        let mut lines: Vec<(Option<usize>, Vec<&str>)> = (0..paste.error_lines.len())
            .map(|i| {
                let line = lex.error_line(i);
                (Some(i), lex.sig_tokens(line..line + 1))
            })
            .collect();
        lines.push((None, lex.sig_tokens(lex.user())));
        let mut best: HashMap<usize, SigHit> = HashMap::default();
        for (sig, hit) in self.signatures.find(&lines) {
            let g = self.group_of[self.signatures.signatures[sig].version];
            let keep = best.get(&g).is_none_or(|h| {
                hit.strength > h.strength || (hit.strength == h.strength && hit.run > h.run)
            });
            if keep {
                best.insert(g, hit);
            }
        }
        best
    }

    /// Per article group naming one of the paste's codes, that code and its worth: `1 / n`
    /// when `n` articles name it (a code few articles name says more), or when `n` articles
    /// are titled by it, for those (the others quote it to be told apart). Only a specific
    /// code is read from a title: an enhanced status (`5.1.1`) or a Campaign code, not a basic
    /// reply (`550`), which a title names beside the one that decides.
    pub(super) fn code_hits(&self, paste: &Paste) -> HashMap<usize, (f32, String)> {
        let mut best: HashMap<usize, (f32, String)> = HashMap::default();
        for c in &paste.codes {
            if let Some(gs) = self.code_groups.get(c) {
                let specific = c.contains(['.', '-']);
                let titled = match self.title_code_groups.get(c) {
                    Some(t) if specific => t.as_slice(),
                    _ => &[],
                };
                for &g in gs {
                    let s = if titled.contains(&g) {
                        1.0 / titled.len() as f32
                    } else {
                        1.0 / gs.len() as f32
                    };
                    let e = best.entry(g).or_insert((0.0, String::new()));
                    if s > e.0 {
                        *e = (s, c.clone());
                    }
                }
            }
        }
        best
    }

    /// The groups whose article number the paste names (none without one, at no cost).
    pub(super) fn named_groups(&self, paste: &Paste) -> BTreeSet<usize> {
        if paste.article_refs.is_empty() {
            return BTreeSet::new();
        }
        self.groups
            .iter()
            .enumerate()
            .filter(|(_, g)| {
                paste
                    .article_refs
                    .iter()
                    .any(|r| r.eq_ignore_ascii_case(g.id.as_str()))
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// The idf of a word no document of `lang` contains: the scale of that language's idfs.
    pub(super) fn idf_max(&self, lang: Lang) -> f32 {
        let n = *self.docs_per_lang.get(&lang).unwrap_or(&1) as f32;
        bm25::idf(n, 0.0)
    }

    /// Why a candidate matched, and the paste line the evidence is on.
    pub(super) fn explain(
        &self,
        paste: &Paste,
        query: &Query<'_>,
        covered: u64,
        matched: Option<usize>,
        sig: Option<&SigHit>,
        code: Option<&(f32, String)>,
    ) -> (Why, Option<usize>) {
        let terms = &query.terms;
        let stems = &query.stems;
        // The words a "why" may quote: the error lines' first, then the user's own.
        let words_quoted = query.main_words.iter().chain(&query.side_words);
        if let Some(h) = sig.filter(|h| h.strength >= 0.5) {
            let signature = &self.signatures.signatures[h.signature];
            // The why quotes the KB, never the user's line back: matching ignores names,
            // numbers and markup, so where the KB's wording ("… failed for 'ourdan.com'")
            // is not what the user pasted ("'gmial.con'"), its names are masked.
            let text = match h.line.and_then(|l| paste.error_lines.get(l)) {
                Some(l) if contains_loosely(&l.original, &signature.text) => signature.text.clone(),
                _ => super::super::scrub::mask_names(&signature.text),
            };
            let why = Why::Signature {
                text,
                whole: h.run == signature.tokens.len(),
            };
            return (why, h.line.filter(|&l| l < paste.error_lines.len()));
        }
        if let Some((_, c)) = code {
            let line = paste
                .error_lines
                .iter()
                .position(|l| l.original.to_lowercase().contains(c.as_str()));
            return (
                Why::Code {
                    code: c.to_uppercase(),
                },
                line,
            );
        }
        let mut words: Vec<String> = Vec::new();
        let cues = super::super::cues::Cues::bundled();
        if let Some(article) = matched.and_then(|m| self.kb.articles().get(m)) {
            if let Some((_, list)) = terms.iter().find(|(l, _)| *l == article.lang) {
                if let Some((_, by_id)) = stems.iter().find(|(l, _)| *l == article.lang) {
                    for (w, &id) in words_quoted.zip(&query.word_ids) {
                        let stem = by_id.get(id as usize).and_then(|t| t.as_ref());
                        let hit = stem.is_some_and(|t| {
                            list.iter()
                                .position(|q| &q.token == t)
                                .is_some_and(|i| i < 64 && covered & (1u64 << i) != 0)
                        });
                        let lw = w.to_lowercase();
                        if hit && !words.contains(&lw) && !cues.is_plain(&lw) {
                            words.push(lw);
                        }
                        if words.len() >= 6 {
                            break;
                        }
                    }
                }
            }
        }
        let line = words.first().and_then(|w| {
            paste
                .error_lines
                .iter()
                .position(|l| l.clean.to_lowercase().contains(w.as_str()))
        });
        (Why::Words { words }, line)
    }
}

/// The word of a paste that is one word in all (split as the signature analyzer splits),
/// lower case and folded; `None` for any other paste.
pub(super) fn bare_word(lex: &Lexicon) -> Option<String> {
    let mut words = lex
        .words(lex.all())
        .iter()
        .filter(|w| lex.spelling(w).chars().any(char::is_alphabetic));
    match (words.next(), words.next()) {
        (Some(w), None) => lex.sig(w.id).map(str::to_string),
        _ => None,
    }
}

/// A version's title words (distinct, through its language's analyzer) with their idf in the
/// text field of that language, and the sum of those idfs.
pub(super) struct Title {
    words: Vec<(String, f32)>,
    total: f32,
}

/// Every version's [`Title`].
pub(super) fn title_terms(
    kb: &crate::kb::Kb,
    searcher: &Searcher,
    fields: &super::Fields,
    docs_per_lang: &HashMap<Lang, u64>,
) -> Result<Vec<Title>, SearchError> {
    let mut analyzers: HashMap<Lang, tantivy::tokenizer::TextAnalyzer> = HashMap::default();
    let mut out = Vec::with_capacity(kb.articles().len());
    for a in kb.articles() {
        let analyzer = analyzers
            .entry(a.lang)
            .or_insert_with(|| super::analyzers::word_analyzer(a.lang));
        let n = *docs_per_lang.get(&a.lang).unwrap_or(&1) as f32;
        let mut words: Vec<(String, f32)> = Vec::new();
        for t in tokens(analyzer, &a.title) {
            if crate::lang::is_function_word(&t) || words.iter().any(|(w, _)| *w == t) {
                continue;
            }
            let df = searcher.doc_freq(&Term::from_field_text(fields.text(a.lang), &t))? as f32;
            words.push((t, bm25::idf(n, df)));
        }
        let total = words.iter().map(|(_, idf)| idf).sum();
        out.push(Title { words, total });
    }
    Ok(out)
}

/// The share of `title`'s idf that the query terms contain; `found` marks the terms of `list`
/// that the version's title field holds.
pub(super) fn title_coverage(title: &Title, list: &[QTerm], found: u64) -> f32 {
    let total = title.total;
    if total <= 0.0 {
        return 0.0;
    }
    let got: f32 = super::super::bm25::bits(found)
        .filter_map(|i| list.get(i))
        .filter_map(|q| title.words.iter().find(|(w, _)| *w == q.token))
        .map(|(_, idf)| idf)
        .sum();
    got / total
}

/// Whether `hay` holds `needle`, ignoring case and runs of white space.
fn contains_loosely(hay: &str, needle: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    norm(hay).contains(&norm(needle))
}
