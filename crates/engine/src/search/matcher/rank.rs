//! Ranking one paste: the per-language query terms, one BM25 query over every language's
//! fields, the signature and code tables, then each candidate's [`Evidence`], its rank and
//! its confidence. Private to the matcher; the measures themselves are in `evidence.rs` and
//! `confidence.rs`.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap as HashMap;

use tantivy::postings::TermInfo;
use tantivy::Term;

use super::super::analyzers::{stems_per_word, tokens};
use super::super::bm25::{self, bits, Clause};
use super::super::confidence::Evidence;
use super::super::paste::Paste;
use super::super::SearchError;
use super::{evidence, Hit, Matcher};
use crate::lang::content_words;
use crate::Lang;

/// Most articles taken from the BM25 results for a closer look (signature and code hits
/// come on top). 40 rather than 20 finds the right page for two more kb-real questions
/// in prose and two more of the held-out set, for about 0.2 ms.
const BM25_CANDIDATES: usize = 40;
/// Most BM25 documents read per query.
const TOP_DOCS: usize = 60;
/// Most distinct words per language in a query (the rarest are kept).
const MAX_TERMS: usize = 48;
// A term's place in its list is its mark: text marks are 0-63, title marks 64-127.
const _: () = assert!(MAX_TERMS <= 64);
/// Weight of the user's own words next to the error lines, when there are error lines.
const CHATTER_WEIGHT: f32 = 1.0;
/// Boost of the title field next to the text field.
const TITLE_BOOST: f32 = 0.6;
/// tantivy's BM25 k1.
const BM25_K1: f32 = 1.2;
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

impl Matcher {
    /// Ranks the candidates for `paste` and explains the first `keep`.
    pub(super) fn rank(
        &self,
        paste: &Paste,
        wanted: Lang,
        elsewhere: f32,
        keep: usize,
    ) -> Result<Vec<Hit>, SearchError> {
        let searcher = self.reader.searcher();
        let error_text = paste.error_text();
        let (main, side) = if error_text.trim().is_empty() {
            (paste.chatter.as_str(), "")
        } else {
            (error_text.as_str(), paste.chatter.as_str())
        };
        let main_words = content_words(main);
        let side_words = content_words(side);

        // The languages the paste is written in get full weight; the others still count (a
        // French page may quote the English error) but their idf is inflated by foreign words
        // being rare there, so they are damped.
        // With no error lines, `main` is the user's words, whose language the paste already
        // knows (`paste::extract` detects it on this same text when it has two words or more).
        let error_lang = if side.is_empty() && paste.chatter.split_whitespace().nth(1).is_some() {
            paste.lang
        } else {
            crate::detect_lang(main)
        };
        let written: Vec<Lang> = [paste.lang, error_lang].into_iter().flatten().collect();
        let lang_weight = |l: Lang| {
            if written.is_empty() || written.contains(&l) {
                1.0
            } else {
                OTHER_LANG_WEIGHT
            }
        };
        // Query terms per language, with their idf in that language.
        let mut terms: Vec<(Lang, Vec<QTerm>)> = Vec::new();
        // Per language, the stems of each word of the error lines then of the user's words
        // (what a "why" quotes from).
        let mut stems: Vec<(Lang, Vec<Vec<String>>)> = Vec::new();
        let mut clauses: Vec<Clause> = Vec::new();
        for (lang, analyzer) in &self.analyzers {
            let mut analyzer = analyzer.clone();
            let n = *self.docs_per_lang.get(lang).unwrap_or(&1) as f32;
            let mut seen: HashMap<String, usize> = HashMap::default();
            let mut list: Vec<QTerm> = Vec::new();
            let mut per_word = stems_per_word(&mut analyzer, &main_words);
            per_word.extend(stems_per_word(&mut analyzer, &side_words));
            for (i, word) in per_word.iter().enumerate() {
                let weight = if i < main_words.len() {
                    1.0
                } else {
                    CHATTER_WEIGHT
                };
                for t in word.iter().cloned() {
                    if let Some(&i) = seen.get(&t) {
                        list[i].weight = list[i].weight.max(weight);
                        continue;
                    }
                    let (df, info) = self
                        .stats
                        .lookup(&Term::from_field_text(self.fields.text(*lang), &t))?;
                    let held = df > 0;
                    let df = df as f32;
                    let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
                    seen.insert(t.clone(), list.len());
                    list.push(QTerm {
                        token: t,
                        weight,
                        idf,
                        info,
                        held,
                    });
                }
            }
            list.sort_by(|a, b| {
                (b.idf * b.weight)
                    .total_cmp(&(a.idf * a.weight))
                    .then(a.token.cmp(&b.token))
            });
            let written_here = lang_weight(*lang) >= 1.0;
            // Another language's field only catches quoted strings: its rarest words do that,
            // and fewer clauses keep the query fast.
            list.truncate(if written_here {
                MAX_TERMS
            } else {
                OTHER_LANG_TERMS
            });
            // The clauses mark the documents they match with the term's place in the list,
            // text in the low 64 marks, title in the high ones: the coverage and title
            // measures (MAX_TERMS fits).
            // A word no page holds matches nothing, in the text or in the title (which is part
            // of the text): no clause, and no second dictionary lookup.
            for (i, q) in list.iter().enumerate().filter(|(_, q)| q.held) {
                let boost = q.weight * lang_weight(*lang);
                clauses.push(Clause {
                    term: Term::from_field_text(self.fields.text(*lang), &q.token),
                    info: q.info.clone(),
                    boost,
                    mark: u8::try_from(i).ok(),
                });
                clauses.push(Clause {
                    term: Term::from_field_text(self.fields.title(*lang), &q.token),
                    info: None,
                    boost: TITLE_BOOST * boost,
                    mark: u8::try_from(64 + i).ok(),
                });
            }
            terms.push((*lang, list));
            stems.push((*lang, per_word));
        }
        let mut sig_analyzer = self.sig_analyzer.clone();
        let sig_tokens: BTreeSet<String> = tokens(&mut sig_analyzer, &main_words.join(" "))
            .into_iter()
            .collect();
        for t in &sig_tokens {
            clauses.push(Clause {
                term: Term::from_field_text(self.fields.sig, t),
                info: None,
                boost: 0.5,
                mark: None,
            });
        }
        for c in &paste.codes {
            clauses.push(Clause {
                term: Term::from_field_text(self.fields.code, c),
                info: None,
                boost: 3.0,
                mark: None,
            });
        }

        // BM25 candidates, grouped by article.
        let mut bm25: HashMap<usize, f32> = HashMap::default();
        let scores = bm25::run(&self.stats, &clauses)?;
        for (score, addr) in scores.best(TOP_DOCS) {
            if let Some(&v) = self.version_at.get(&addr) {
                let e = bm25.entry(self.group_of[v]).or_default();
                *e = e.max(score);
            }
        }

        let sig_best = self.signature_hits(&mut sig_analyzer, paste);
        let code_best = self.code_hits(paste);

        // The candidates: the best BM25 groups, plus every signature or code hit.
        let mut by_bm25: Vec<(usize, f32)> = bm25.iter().map(|(&g, &s)| (g, s)).collect();
        by_bm25.sort_by(|a, b| {
            b.1.total_cmp(&a.1)
                .then(self.groups[a.0].id.cmp(&self.groups[b.0].id))
        });
        let max_bm25 = by_bm25.first().map_or(1.0, |b| b.1.max(f32::EPSILON));
        // What a page could score at most on the word clauses: every term's BM25 saturates at
        // idf * (k1 + 1) in the text field and again (boosted) in the title.
        let ceiling = terms
            .iter()
            .map(|(l, list)| {
                list.iter()
                    .map(|q| {
                        q.idf * q.weight * lang_weight(*l) * (1.0 + TITLE_BOOST) * (BM25_K1 + 1.0)
                    })
                    .sum::<f32>()
            })
            .fold(f32::EPSILON, f32::max);
        let mut candidates: BTreeSet<usize> =
            by_bm25.iter().take(BM25_CANDIDATES).map(|b| b.0).collect();
        candidates.extend(sig_best.keys());
        candidates.extend(code_best.keys());

        let phrase = self.phrases(&searcher, main, &written, &candidates)?;
        // A paste of one word is a bare status for an article that declares it, as one of its
        // error strings or one of its keywords (`Refusés`, `injoignable`). Any other single
        // word ("error", "mta") is only a word, however well an article covers it.
        let bare = evidence::bare_word(
            &mut sig_analyzer,
            &format!("{} {}", paste.chatter, error_text),
        );
        // Which query terms a version contains in its text, and in its title: the marks its
        // clauses left.
        let marks_of = |v: usize| self.address[v].map_or(0, |a| scores.marks(a));
        let covered = |v: usize| marks_of(v) as u64;
        let in_title = |v: usize| (marks_of(v) >> 64) as u64;
        // Per language: the query's weighted idf in all.
        let totals: Vec<f32> = terms
            .iter()
            .map(|(_, list)| list.iter().map(|q| q.idf * q.weight).sum())
            .collect();
        // Asked once: the check costs as much as the rest of a candidate's scoring.
        let debug = tracing::enabled!(tracing::Level::DEBUG);
        let mut scored: Vec<(usize, Evidence, usize, f32)> = Vec::new();
        for &g in &candidates {
            let mut best_cov = (0.0f32, usize::MAX);
            let mut best_mass = 0.0f32;
            let mut best_words = 0.0f32;
            let mut best_title = 0.0f32;
            for &v in self.groups[g].versions.values() {
                let lang = self.kb.articles()[v].lang;
                let Some(slot) = terms.iter().position(|(l, _)| *l == lang) else {
                    continue;
                };
                let list = &terms[slot].1;
                best_title =
                    best_title.max(evidence::title_coverage(&self.titles[v], list, in_title(v)));
                let marks = covered(v);
                let got: f32 = bits(marks)
                    .filter_map(|i| list.get(i))
                    .map(|q| q.idf * q.weight)
                    .sum();
                let total = totals[slot];
                let cov = if total > 0.0 { got / total } else { 0.0 };
                let idf_max = self.idf_max(lang);
                let mass: f32 = bits(marks)
                    .filter_map(|i| list.get(i))
                    .map(|q| q.idf / idf_max * q.weight)
                    .sum();
                if cov > best_cov.0 || best_cov.1 == usize::MAX {
                    best_cov = (cov, v);
                    best_mass = mass;
                    best_words = marks.count_ones() as f32;
                }
            }
            let evidence = Evidence {
                coverage: best_cov.0,
                mass: best_mass,
                phrase: self.groups[g]
                    .versions
                    .values()
                    .filter_map(|v| phrase.get(v))
                    .fold(0.0f32, |a, &b| a.max(b)),
                signature: sig_best.get(&g).map_or(0.0, |h| h.strength),
                code: code_best.get(&g).map_or(0.0, |c| c.0),
                words: best_words,
                single: bare.as_ref().is_some_and(|w| {
                    sig_best.contains_key(&g) || self.groups[g].keywords.contains(w)
                }),
                title: best_title,
                elsewhere,
                bm25: bm25.get(&g).map_or(0.0, |s| s / max_bm25),
                bm25_abs: bm25.get(&g).map_or(0.0, |s| (s / ceiling).min(1.0)),
            };
            let matched = match sig_best.get(&g) {
                Some(h) if h.strength >= best_cov.0 => {
                    self.signatures.signatures[h.signature].version
                }
                _ => best_cov.1,
            };
            if debug {
                tracing::debug!(id = %self.groups[g].id, ?evidence, rank = evidence.rank(), "candidate");
            }
            scored.push((g, evidence, matched, evidence.rank()));
        }
        scored.sort_by(|a, b| {
            b.3.total_cmp(&a.3)
                .then(self.groups[a.0].id.cmp(&self.groups[b.0].id))
        });

        // The lead is measured without the relative BM25, which always gives the first 1 and
        // so would turn a small absolute gap between two weak candidates into a big lead.
        let first_rank = scored.first().map_or(0.0, |a| a.1.absolute_rank());
        let lead = match (scored.first(), scored.get(1)) {
            (Some(a), Some(b)) => a.1.absolute_rank() - b.1.absolute_rank(),
            (Some(a), None) => a.1.absolute_rank(),
            _ => 0.0,
        };
        // The words a "why" may quote: the error lines' first, then the user's own.
        let user_and_error_words = [main_words.as_slice(), side_words.as_slice()].concat();
        let mut hits = Vec::new();
        // Listed in rank order, so no hit may read as surer than the one above it ("KB-0008
        // (13 %), KA-22154 (21 %)" would contradict the order).
        let mut above = 1.0f32;
        let mut first = 0.0f32;
        for (i, (g, evidence, matched, _)) in scored.into_iter().enumerate() {
            let confidence = if i == 0 {
                // Ordered by rank, the first can trail the second in absolute rank: no lead.
                first = evidence.confidence(lead.max(0.0));
                first
            } else {
                evidence.runner_up_confidence(first, evidence.absolute_rank() - first_rank)
            }
            .min(above);
            above = confidence;
            let group = &self.groups[g];
            // With no version in the reader's language, English (the original, and what
            // `show` gives), not whichever translation matched: a French reader gets no
            // help from the Swedish page.
            let version = group
                .versions
                .get(&wanted)
                .or_else(|| group.versions.get(&Lang::En))
                .or_else(|| (matched != usize::MAX).then_some(&matched))
                .or_else(|| group.versions.values().next())
                .copied()
                .unwrap_or(matched);
            let (why, line) = self.explain(
                paste,
                &terms,
                if matched == usize::MAX {
                    0
                } else {
                    covered(matched)
                },
                matched,
                sig_best.get(&g),
                code_best.get(&g),
                &user_and_error_words,
                &stems,
            );
            hits.push(Hit {
                id: group.id.clone(),
                version,
                matched,
                confidence,
                evidence,
                why,
                line,
            });
            if hits.len() >= keep {
                break;
            }
        }
        Ok(hits)
    }
}
