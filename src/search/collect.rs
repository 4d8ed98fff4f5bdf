//! A collector that keeps every scored document, for small indexes.
//!
//! tantivy's `TopDocs` prunes with block-WAND, which pays off on large posting lists but keeps
//! its scorers sorted at every step: with the 100 to 200 term clauses of one paste over a KB
//! of a few thousand pages, that sorting is most of the query's time. Scoring every matching
//! document through the union scorer and keeping the best afterwards is faster there, and
//! gives the same documents with the same scores.

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

/// Every matching document with its score; [`best`] keeps the top `n`.
pub(crate) struct AllScores;

pub(crate) struct SegmentScores {
    segment: SegmentOrdinal,
    docs: Vec<(Score, DocAddress)>,
}

impl Collector for AllScores {
    type Fruit = Vec<(Score, DocAddress)>;
    type Child = SegmentScores;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        _reader: &SegmentReader,
    ) -> tantivy::Result<SegmentScores> {
        Ok(SegmentScores {
            segment,
            docs: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(
        &self,
        fruits: Vec<Vec<(Score, DocAddress)>>,
    ) -> tantivy::Result<Vec<(Score, DocAddress)>> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

impl SegmentCollector for SegmentScores {
    type Fruit = Vec<(Score, DocAddress)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        self.docs.push((score, DocAddress::new(self.segment, doc)));
    }

    fn harvest(self) -> Vec<(Score, DocAddress)> {
        self.docs
    }
}

/// The `n` best of `docs`, best first; ties by address, so the order is stable.
pub(crate) fn best(mut docs: Vec<(Score, DocAddress)>, n: usize) -> Vec<(Score, DocAddress)> {
    let by_score =
        |a: &(Score, DocAddress), b: &(Score, DocAddress)| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1));
    if n == 0 {
        return Vec::new();
    }
    if docs.len() > n {
        docs.select_nth_unstable_by(n - 1, by_score);
        docs.truncate(n);
    }
    docs.sort_unstable_by(by_score);
    docs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn best_keeps_the_top_n_in_order_with_stable_ties() {
        let d = |s: f32, doc: u32| (s, DocAddress::new(0, doc));
        let docs = vec![d(1.0, 5), d(3.0, 1), d(2.0, 9), d(3.0, 0), d(0.5, 2)];
        assert_eq!(best(docs.clone(), 3), vec![d(3.0, 0), d(3.0, 1), d(2.0, 9)]);
        assert_eq!(best(docs.clone(), 10).len(), 5);
        assert!(best(docs, 0).is_empty());
    }
}
