//! Scoring: what the matcher did with each query, against what the set expects.
//!
//! hit@1 counts only answers: a right first article stated with too little confidence to be
//! given is a decline, not a hit. hit@3 and the reciprocal rank count the right article
//! anywhere in the ranking, answered or not. Rates are percentages (0–100); MRR is a mean of
//! reciprocal ranks (0–1).

use std::collections::BTreeMap;

use serde::Serialize;

use super::queries::Query;
use super::reliability::{reliability, ReliabilityBin};
use crate::kb::ArticleId;

/// How many characters of a missed query its [`Miss`] keeps.
const MISS_QUERY_CHARS: usize = 160;

/// What the matcher did with one query: the ranking scoring needs, nothing of the matcher.
#[derive(Clone, Debug, Default)]
pub(super) struct Ranking {
    /// The candidate articles, best first.
    pub ids: Vec<ArticleId>,
    /// The first candidate's stated confidence (0–1); `None` when there is no candidate.
    pub top_confidence: Option<f32>,
    /// Whether the first candidate was given as the answer.
    pub answered: bool,
    /// Beside an answer, the articles given for the paste's other errors.
    pub others: Vec<ArticleId>,
    /// How long matching took, in milliseconds.
    pub ms: f64,
}

impl Ranking {
    /// The 0-based rank of the first right article, if any is ranked.
    fn rank_of_right(&self, query: &Query) -> Option<usize> {
        self.ids.iter().position(|id| query.is_right(id.as_str()))
    }
}

/// Counts over a group of queries (the whole set, one language, one kind).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Tally {
    /// Queries in the group.
    pub n: usize,
    /// Those with at least one right article.
    pub answerable: usize,
    /// Answerable queries answered with a right article.
    pub hit1: usize,
    /// Answerable queries with a right article in the first three candidates.
    pub hit3: usize,
    /// The sum of the reciprocal ranks of the first right article (0 when not ranked).
    pub rr: f64,
    /// Queries that must be declined.
    pub negatives: usize,
    /// Those that were declined.
    pub negatives_declined: usize,
    /// Queries declined, whether they had to be or not.
    pub declines: usize,
}

impl Tally {
    /// hit@1 as a percentage of the answerable queries (0 when there are none).
    pub fn hit1_pct(&self) -> f64 {
        pct(self.hit1, self.answerable)
    }

    /// hit@3 as a percentage of the answerable queries (0 when there are none).
    pub fn hit3_pct(&self) -> f64 {
        pct(self.hit3, self.answerable)
    }

    /// Mean reciprocal rank over the answerable queries (0 when there are none).
    pub fn mrr(&self) -> f64 {
        if self.answerable == 0 {
            0.0
        } else {
            self.rr / self.answerable as f64
        }
    }

    pub(super) fn add(&mut self, t: &Tally) {
        self.n += t.n;
        self.answerable += t.answerable;
        self.hit1 += t.hit1;
        self.hit3 += t.hit3;
        self.rr += t.rr;
        self.negatives += t.negatives;
        self.negatives_declined += t.negatives_declined;
        self.declines += t.declines;
    }
}

/// `100 a / b`, 0 when `b` is 0.
pub(super) fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// A query the matcher got wrong: a right article not answered, a wrong one answered, or a
/// query that had to be declined answered.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Miss {
    /// The query's id in the set.
    pub id: String,
    /// Its language, as the set writes it.
    pub lang: String,
    /// Its kind.
    pub kind: String,
    /// The right articles joined by `|`, or `NONE`.
    pub expected: String,
    /// The article answered, or `decline (<first candidate or ->)`.
    pub got: String,
    /// The first candidate's stated confidence (0–1; 0 without a candidate).
    pub confidence: f32,
    /// The query's first 160 characters, line breaks shown as `⏎`.
    pub query: String,
}

/// How the pastes holding several errors (kind `multi`, each expected article one of
/// their errors) fared: is every error given its article, by the answer or beside it?
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SeveralErrors {
    /// Such pastes in the set.
    pub queries: usize,
    /// Those whose every error was given its article.
    pub every_error: usize,
    /// Their errors, all pastes together.
    pub errors: usize,
    /// The errors given their article.
    pub errors_given: usize,
}

/// The figures of one run of a query set.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Report {
    /// Queries in the set.
    pub queries: usize,
    /// hit@1, % of the answerable queries.
    pub hit1: f64,
    /// hit@3, % of the answerable queries.
    pub hit3: f64,
    /// Mean reciprocal rank over the answerable queries.
    pub mrr: f64,
    /// % of the queries that must be declined that were (the same figure as `decline_recall`).
    pub negatives_declined: f64,
    /// % of the declines that were of queries that must be declined.
    pub decline_precision: f64,
    /// % of the queries that must be declined that were.
    pub decline_recall: f64,
    /// Answers given with a confidence above [`CONFIDENT`] that were wrong (another article,
    /// or a query that had to be declined): the misses that hurt a user most.
    pub confident_wrong: usize,
    /// The pastes with several errors, and how many of their errors were given an article.
    pub several_errors: SeveralErrors,
    /// Median matching time per query, in milliseconds.
    pub p50_ms: f64,
    /// 99th percentile of the matching time, in milliseconds.
    pub p99_ms: f64,
    /// Longest matching time, in milliseconds.
    pub max_ms: f64,
    /// Tallies by the language the set gives each query.
    pub by_lang: BTreeMap<String, Tally>,
    /// Tallies by kind of query.
    pub by_kind: BTreeMap<String, Tally>,
    /// The queries got wrong, in set order.
    pub misses: Vec<Miss>,
    /// Stated confidence of the first candidate against its observed accuracy, ten bins.
    pub reliability: Vec<ReliabilityBin>,
    /// Plain BM25 over the same queries, when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<super::BaselineReport>,
}

/// The confidence above which a wrong answer counts in [`Report::confident_wrong`].
pub const CONFIDENT: f32 = 0.8;

/// The value at quantile `q` (0–1) of `sorted` (ascending), the nearest rank; 0 when empty.
pub(super) fn percentile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        0.0
    } else {
        sorted[((sorted.len() - 1) as f64 * q).round() as usize]
    }
}

/// Scores each query's ranking; `rankings[i]` is what the matcher did with `queries[i]`.
pub(super) fn score(queries: &[Query], rankings: &[Ranking]) -> Report {
    debug_assert_eq!(queries.len(), rankings.len());
    let mut total = Tally::default();
    let mut by_lang: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_kind: BTreeMap<String, Tally> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut confident_wrong = 0;
    let mut several = SeveralErrors::default();
    let mut stated = Vec::with_capacity(queries.len());
    for (query, ranking) in queries.iter().zip(rankings) {
        let answered = ranking.answered.then(|| ranking.ids.first()).flatten();
        let rank = ranking.rank_of_right(query);
        let mut t = Tally {
            n: 1,
            declines: usize::from(answered.is_none()),
            ..Tally::default()
        };
        let ok = if query.must_decline() {
            t.negatives = 1;
            t.negatives_declined = usize::from(answered.is_none());
            answered.is_none()
        } else {
            t.answerable = 1;
            t.hit1 = usize::from(answered.is_some() && rank == Some(0));
            t.hit3 = usize::from(rank.is_some_and(|r| r < 3));
            t.rr = rank.map_or(0.0, |r| 1.0 / (r as f64 + 1.0));
            t.hit1 == 1
        };
        if let Some(confidence) = ranking.top_confidence {
            stated.push((confidence, rank == Some(0)));
        }
        if !ok && answered.is_some() && ranking.top_confidence.is_some_and(|c| c > CONFIDENT) {
            confident_wrong += 1;
        }
        if !ok {
            misses.push(miss(query, ranking, answered));
        }
        if query.kind == "multi" && !query.must_decline() {
            let given = |e: &String| {
                answered.is_some_and(|a| a.as_str() == e)
                    || ranking.others.iter().any(|o| o.as_str() == e)
            };
            let n = query.expected.iter().filter(|e| given(e)).count();
            several.queries += 1;
            several.errors += query.expected.len();
            several.errors_given += n;
            several.every_error += usize::from(n == query.expected.len());
        }
        total.add(&t);
        by_lang.entry(query.lang.clone()).or_default().add(&t);
        by_kind.entry(query.kind.clone()).or_default().add(&t);
    }
    let mut times: Vec<f64> = rankings.iter().map(|r| r.ms).collect();
    times.sort_by(f64::total_cmp);
    Report {
        queries: queries.len(),
        hit1: total.hit1_pct(),
        hit3: total.hit3_pct(),
        mrr: total.mrr(),
        negatives_declined: pct(total.negatives_declined, total.negatives),
        decline_precision: pct(total.negatives_declined, total.declines),
        decline_recall: pct(total.negatives_declined, total.negatives),
        confident_wrong,
        several_errors: several,
        p50_ms: percentile(&times, 0.5),
        p99_ms: percentile(&times, 0.99),
        max_ms: percentile(&times, 1.0),
        by_lang,
        by_kind,
        misses,
        reliability: reliability(stated),
        baseline: None,
    }
}

fn miss(query: &Query, ranking: &Ranking, answered: Option<&ArticleId>) -> Miss {
    Miss {
        id: query.id.clone(),
        lang: query.lang.clone(),
        kind: query.kind.clone(),
        expected: if query.must_decline() {
            "NONE".into()
        } else {
            query.expected.join("|")
        },
        got: answered.map_or_else(
            || {
                let first = ranking.ids.first().map_or("-", ArticleId::as_str);
                format!("decline ({first})")
            },
            |id| id.as_str().to_string(),
        ),
        confidence: ranking.top_confidence.unwrap_or(0.0),
        query: query
            .query
            .chars()
            .take(MISS_QUERY_CHARS)
            .collect::<String>()
            .replace('\n', "⏎"),
    }
}

#[cfg(test)]
pub(super) mod tests;
