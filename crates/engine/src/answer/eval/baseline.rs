//! Plain BM25 scored like kbbot: the yardstick of `kbbot eval --baseline`, over the answerable
//! queries only (it never declines, so the queries that must decline say nothing of it).

use std::collections::BTreeMap;

use serde::Serialize;

use super::queries::Query;
use super::score::Tally;
use crate::kb::ArticleId;

/// Plain BM25's first articles scored like kbbot's, over the answerable queries (it never
/// declines, so the queries that must decline say nothing of it).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct BaselineReport {
    /// Answerable queries whose first article is right, %.
    pub hit1: f64,
    /// Answerable queries with a right article in the first three, %.
    pub hit3: f64,
    /// Mean reciprocal rank over the first three.
    pub mrr: f64,
    /// kind -> hit@1, %.
    pub by_kind: BTreeMap<String, f64>,
}

/// Scores plain BM25's first articles (`tops[i]` for `queries[i]`, best first, at most three)
/// over the answerable queries.
pub(super) fn score_baseline(queries: &[Query], tops: &[Vec<ArticleId>]) -> BaselineReport {
    debug_assert_eq!(queries.len(), tops.len());
    let mut total = Tally::default();
    let mut by_kind: BTreeMap<String, Tally> = BTreeMap::new();
    for (query, top) in queries.iter().zip(tops) {
        if query.must_decline() {
            continue;
        }
        let rank = top.iter().position(|id| query.is_right(id.as_str()));
        let t = Tally {
            answerable: 1,
            hit1: usize::from(rank == Some(0)),
            hit3: usize::from(rank.is_some()),
            rr: rank.map_or(0.0, |r| 1.0 / (r as f64 + 1.0)),
            ..Tally::default()
        };
        total.add(&t);
        by_kind.entry(query.kind.clone()).or_default().add(&t);
    }
    BaselineReport {
        hit1: total.hit1_pct(),
        hit3: total.hit3_pct(),
        mrr: total.mrr(),
        by_kind: by_kind
            .into_iter()
            .map(|(k, t)| (k, t.hit1_pct()))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::eval::score::tests::query;

    #[test]
    fn the_baseline_scores_only_the_answerable_queries_over_three() {
        let queries = [
            query("a", "en", "bare", &["KB-1"]),
            query("b", "en", "log", &["KB-2"]),
            query("n", "en", "negative", &[]),
        ];
        let id = |s: &str| ArticleId(s.into());
        let tops = [
            vec![id("KB-1"), id("KB-2")],
            vec![id("KB-1"), id("KB-3"), id("KB-2")],
            vec![id("KB-1")],
        ];
        let b = score_baseline(&queries, &tops);
        assert_eq!((b.hit1, b.hit3), (50.0, 100.0));
        assert!((b.mrr - (1.0 + 1.0 / 3.0) / 2.0).abs() < 1e-12);
        assert_eq!(b.by_kind.len(), 2, "{:?}", b.by_kind);
        assert_eq!((b.by_kind["bare"], b.by_kind["log"]), (100.0, 0.0));
    }
}
