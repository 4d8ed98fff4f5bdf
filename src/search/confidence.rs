//! From the evidence for one article to a rank and a confidence in [0, 1].
//!
//! Four measures, each in [0, 1], each explainable to the user:
//!
//! - `coverage`: the share of the paste's content words (weighted by how rare they are in the
//!   article's language, function words left out) that the article contains;
//! - `signature`: the best hit of one of the article's error signatures in the paste (a whole
//!   signature of three words or more is 1);
//! - `code`: an error code of the paste that the article names, worth `1 / n` when `n`
//!   articles name it;
//! - `bm25`: the article's BM25 score relative to the best candidate's.
//!
//! The rank orders candidates; the confidence is a logistic over the same measures plus the lead
//! over the runner-up. The weights were set on the labelled query sets (`kbbot eval`), and the
//! threshold [`THRESHOLD`] sits where answers and declines separate on both sets.

/// Below this confidence kbbot declines and lists the closest candidates.
pub const THRESHOLD: f32 = 0.5;

/// The measures of one candidate article.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Evidence {
    pub coverage: f32,
    pub signature: f32,
    pub code: f32,
    pub bm25: f32,
}

impl Evidence {
    /// The score candidates are ordered by.
    pub fn rank(&self) -> f32 {
        0.5 * self.coverage + 0.45 * self.signature + 0.35 * self.code + 0.3 * self.bm25
    }

    /// The confidence that this candidate answers the paste, given its lead in rank over the
    /// runner-up (0 for candidates that are not first).
    pub fn confidence(&self, lead: f32) -> f32 {
        let z = -4.2
            + 5.0 * self.coverage
            + 3.5 * self.signature
            + 3.0 * self.code
            + 0.5 * self.bm25
            + 3.0 * lead.clamp(0.0, 1.0);
        let c = 1.0 / (1.0 + (-z).exp());
        (c * 1000.0).round() / 1000.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confidence_is_a_probability_and_grows_with_evidence() {
        let none = Evidence::default();
        let words = Evidence {
            coverage: 0.9,
            bm25: 1.0,
            ..none
        };
        let sig = Evidence {
            signature: 1.0,
            ..words
        };
        for e in [none, words, sig] {
            let c = e.confidence(0.0);
            assert!((0.0..=1.0).contains(&c));
        }
        assert!(none.confidence(0.0) < THRESHOLD);
        assert!(words.confidence(0.2) > none.confidence(0.2));
        assert!(sig.confidence(0.2) > words.confidence(0.2));
        assert!(sig.confidence(0.0) > THRESHOLD);
    }
}
