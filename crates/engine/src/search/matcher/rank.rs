//! Ranking one paste: one BM25 query over every language's fields (the query is read in
//! `query.rs`), the signature and code tables, then each candidate's [`Evidence`], its rank
//! and its confidence. Private to the matcher; the measures themselves are in `evidence.rs`
//! and `confidence.rs`.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap as HashMap;

use super::super::bm25::{self, bits};
use super::super::confidence::Evidence;
use super::super::lexicon::Lexicon;
use super::super::paste::Paste;
use super::super::signatures::SigHit;
use super::super::SearchError;
use super::query::{Query, TITLE_BOOST};
use super::{evidence, Hit, Matcher, Why};
use crate::Lang;

/// Most articles taken from the BM25 results for a closer look (signature and code hits
/// come on top). 40 rather than 20 finds the right page for two more kb-real questions
/// in prose and two more of the held-out set, for about 0.2 ms.
const BM25_CANDIDATES: usize = 40;
/// Most BM25 documents read per query.
const TOP_DOCS: usize = 60;

/// What the candidates are judged on besides their own pages: found once per paste.
struct Found {
    /// group -> its best BM25 score
    bm25: HashMap<usize, f32>,
    /// The best candidate's BM25 score (at least epsilon).
    max_bm25: f32,
    /// What a page could score at most on the word clauses.
    ceiling: f32,
    scores: bm25::Scores,
    sig_best: HashMap<usize, SigHit>,
    code_best: HashMap<usize, (f32, String)>,
    /// The groups whose number the paste names.
    named: BTreeSet<usize>,
    /// Whether the paste carries a code no article names.
    unknown_code: bool,
    /// version -> its phrase measure
    phrase: HashMap<usize, f32>,
    /// The paste's word, when it is one word in all.
    bare: Option<String>,
    /// Per language of `Query::terms`: the query's weighted idf in all.
    totals: Vec<f32>,
    elsewhere: f32,
}

/// One candidate group scored: its evidence, the version that matched best, its rank.
struct Scored {
    group: usize,
    evidence: Evidence,
    matched: Option<usize>,
    rank: f32,
}

impl Found {
    /// The marks of the clauses version `v`'s page matched.
    fn marks_of(&self, matcher: &Matcher, v: usize) -> u128 {
        matcher.address[v].map_or(0, |a| self.scores.marks(a))
    }

    /// Which query terms version `v` contains in its text.
    fn covered(&self, matcher: &Matcher, v: usize) -> u64 {
        self.marks_of(matcher, v) as u64
    }

    /// Which query terms version `v` contains in its title.
    fn in_title(&self, matcher: &Matcher, v: usize) -> u64 {
        (self.marks_of(matcher, v) >> 64) as u64
    }
}

impl Matcher {
    /// Ranks the candidates for `paste` and explains the first `keep`.
    pub(super) fn rank(
        &self,
        paste: &Paste,
        lex: &Lexicon,
        wanted: Lang,
        elsewhere: f32,
        keep: usize,
    ) -> Result<Vec<Hit>, SearchError> {
        let query = self.query(paste, lex)?;
        let (found, candidates) = self.find_candidates(&query, paste, lex, elsewhere)?;
        let debug = tracing::enabled!(tracing::Level::DEBUG);
        let mut scored: Vec<Scored> = candidates
            .iter()
            .map(|&g| self.score(g, &query, &found, debug))
            .collect();
        scored.sort_by(|a, b| {
            b.rank
                .total_cmp(&a.rank)
                .then(self.groups[a.group].id.cmp(&self.groups[b.group].id))
        });
        Ok(self.hits(paste, wanted, &query, &found, scored, keep))
    }

    /// The BM25 pass, the signature and code hits and the phrase measures, and the
    /// candidates they give: the best BM25 groups plus every signature or code hit.
    fn find_candidates(
        &self,
        query: &Query<'_>,
        paste: &Paste,
        lex: &Lexicon,
        elsewhere: f32,
    ) -> Result<(Found, BTreeSet<usize>), SearchError> {
        // BM25 candidates, grouped by article.
        let mut bm25: HashMap<usize, f32> = HashMap::default();
        let scores = bm25::run(&self.stats, &query.clauses)?;
        for (score, addr) in scores.best(TOP_DOCS) {
            if let Some(&v) = self.version_at.get(&addr) {
                let e = bm25.entry(self.group_of[v]).or_default();
                *e = e.max(score);
            }
        }
        let sig_best = self.signature_hits(lex, paste);
        let code_best = self.code_hits(paste);
        let named = self.named_groups(paste);
        let mut by_bm25: Vec<(usize, f32)> = bm25.iter().map(|(&g, &s)| (g, s)).collect();
        by_bm25.sort_by(|a, b| {
            b.1.total_cmp(&a.1)
                .then(self.groups[a.0].id.cmp(&self.groups[b.0].id))
        });
        let max_bm25 = by_bm25.first().map_or(1.0, |b| b.1.max(f32::EPSILON));
        let mut candidates: BTreeSet<usize> =
            by_bm25.iter().take(BM25_CANDIDATES).map(|b| b.0).collect();
        candidates.extend(sig_best.keys());
        candidates.extend(code_best.keys());
        candidates.extend(&named);
        let searcher = self.reader.searcher();
        let phrase = self.phrases(&searcher, query, lex, &candidates, &scores)?;
        // A paste of one word is a bare status for an article that declares it, as one of its
        // error strings or one of its keywords (`Refusés`, `injoignable`). Any other single
        // word ("error", "mta") is only a word, however well an article covers it.
        let bare = evidence::bare_word(lex);
        let found = Found {
            bm25,
            max_bm25,
            ceiling: ceiling(query),
            scores,
            sig_best,
            code_best,
            named,
            unknown_code: paste
                .codes
                .iter()
                .any(|c| !self.code_groups.contains_key(c)),
            phrase,
            bare,
            totals: query
                .terms
                .iter()
                .map(|(_, list)| list.iter().map(|q| q.idf * q.weight).sum())
                .collect(),
            elsewhere,
        };
        Ok((found, candidates))
    }

    /// The evidence for group `g`: coverage from its best-covered version, phrase from its
    /// best, and the paste-wide hits.
    fn score(&self, g: usize, query: &Query<'_>, found: &Found, debug: bool) -> Scored {
        let mut best_cov: (f32, Option<usize>) = (0.0, None);
        let mut best_mass = 0.0f32;
        let mut best_words = 0.0f32;
        let mut best_title = 0.0f32;
        for &v in self.groups[g].versions.values() {
            let lang = self.kb.articles()[v].lang;
            let Some(slot) = query.terms.iter().position(|(l, _)| *l == lang) else {
                continue;
            };
            let list = &query.terms[slot].1;
            let in_title = found.in_title(self, v);
            best_title = best_title.max(evidence::title_coverage(&self.titles[v], list, in_title));
            let marks = found.covered(self, v);
            let got: f32 = bits(marks)
                .filter_map(|i| list.get(i))
                .map(|q| q.idf * q.weight)
                .sum();
            let total = found.totals[slot];
            let cov = if total > 0.0 { got / total } else { 0.0 };
            let idf_max = self.idf_max(lang);
            let mass: f32 = bits(marks)
                .filter_map(|i| list.get(i))
                .map(|q| q.idf / idf_max * q.weight)
                .sum();
            if cov > best_cov.0 || best_cov.1.is_none() {
                best_cov = (cov, Some(v));
                best_mass = mass;
                best_words = marks.count_ones() as f32;
            }
        }
        let sig = found.sig_best.get(&g);
        let bm25 = found.bm25.get(&g);
        let evidence = Evidence {
            coverage: best_cov.0,
            mass: best_mass,
            phrase: self.groups[g]
                .versions
                .values()
                .filter_map(|v| found.phrase.get(v))
                .fold(0.0f32, |a, &b| a.max(b)),
            signature: sig.map_or(0.0, |h| h.strength),
            code: found.code_best.get(&g).map_or(0.0, |c| c.0),
            words: best_words,
            single: found
                .bare
                .as_ref()
                .is_some_and(|w| sig.is_some() || self.groups[g].keywords.contains(w)),
            title: best_title,
            elsewhere: found.elsewhere,
            bm25: bm25.map_or(0.0, |s| s / found.max_bm25),
            bm25_abs: bm25.map_or(0.0, |s| (s / found.ceiling).min(1.0)),
            named: found.named.contains(&g),
            unknown_code: found.unknown_code
                && !found.code_best.contains_key(&g)
                && sig.is_none_or(|h| h.strength < 1.0),
        };
        let matched = match sig {
            Some(h) if h.strength >= best_cov.0 => {
                Some(self.signatures.signatures[h.signature].version)
            }
            _ => best_cov.1,
        };
        if debug {
            tracing::debug!(id = %self.groups[g].id, ?evidence, rank = evidence.rank(), "candidate");
        }
        Scored {
            group: g,
            evidence,
            matched,
            rank: evidence.rank(),
        }
    }

    /// The first `keep` of the ranked candidates, with their confidence, the version to show
    /// and why they matched.
    fn hits(
        &self,
        paste: &Paste,
        wanted: Lang,
        query: &Query<'_>,
        found: &Found,
        scored: Vec<Scored>,
        keep: usize,
    ) -> Vec<Hit> {
        // The lead is measured without the relative BM25, which always gives the first 1 and
        // so would turn a small absolute gap between two weak candidates into a big lead.
        let first_rank = scored.first().map_or(0.0, |a| a.evidence.absolute_rank());
        let lead = match (scored.first(), scored.get(1)) {
            (Some(a), Some(b)) => a.evidence.absolute_rank() - b.evidence.absolute_rank(),
            (Some(a), None) => a.evidence.absolute_rank(),
            _ => 0.0,
        };
        let mut hits = Vec::new();
        // Listed in rank order, so no hit may read as surer than the one above it ("KB-0008
        // (13 %), KA-22154 (21 %)" would contradict the order).
        let mut above = 1.0f32;
        let mut first = 0.0f32;
        for (i, s) in scored.into_iter().enumerate() {
            let evidence = s.evidence;
            let confidence = if i == 0 {
                // Ordered by rank, the first can trail the second in absolute rank: no lead.
                first = evidence.confidence(lead.max(0.0));
                first
            } else {
                evidence.runner_up_confidence(first, evidence.absolute_rank() - first_rank)
            }
            .min(above);
            above = confidence;
            let group = &self.groups[s.group];
            let matched = s.matched;
            // With no version in the reader's language, English (the original, and what
            // `show` gives), not whichever translation matched: a French reader gets no
            // help from the Swedish page.
            let Some(version) = group
                .versions
                .get(&wanted)
                .or_else(|| group.versions.get(&Lang::En))
                .or(matched.as_ref())
                .or_else(|| group.versions.values().next())
                .copied()
            else {
                // A group has one version at least: this is never reached.
                continue;
            };
            let (sig, code) = (found.sig_best.get(&s.group), found.code_best.get(&s.group));
            let (why, line) =
                if s.evidence.named && code.is_none() && sig.is_none_or(|h| h.strength < 0.5) {
                    // Named, and no message or code says more: the user's pointer is the why.
                    (
                        Why::Named {
                            id: group.id.to_string(),
                        },
                        None,
                    )
                } else {
                    self.explain(
                        paste,
                        query,
                        matched.map_or(0, |m| found.covered(self, m)),
                        matched,
                        sig,
                        code,
                    )
                };
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
        hits
    }
}

/// What a page could score at most on the word clauses: every term's BM25 saturates at
/// idf * (k1 + 1) in the text field and again (boosted) in the title.
fn ceiling(query: &Query<'_>) -> f32 {
    query
        .terms
        .iter()
        .map(|(l, list)| {
            list.iter()
                .map(|q| {
                    q.idf
                        * q.weight
                        * query.lang_weight(*l)
                        * (1.0 + TITLE_BOOST)
                        * (bm25::K1 + 1.0)
                })
                .sum::<f32>()
        })
        .fold(f32::EPSILON, f32::max)
}
