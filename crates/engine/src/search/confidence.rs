//! From the evidence for one article to a rank and a confidence in [0, 1].
//!
//! The measures, each explainable to the user:
//!
//! - `coverage`: the share of the paste's content words (weighted by how rare they are in the
//!   article's language, function words left out) that the article contains, and `mass`, how
//!   much those covered words weigh (one common word is not evidence);
//! - `signature`: the best hit of one of the article's error signatures in the paste (a whole
//!   signature of three words or more is 1), discounted when other articles list it too;
//! - `phrase`: the share of the error lines' three-word windows the page contains verbatim;
//! - `code`: an error code of the paste that the article names, worth `1 / n` when `n`
//!   articles name it;
//! - `bm25`: the article's BM25 score relative to the best candidate's;
//! - `title`: the share of the title's words the paste contains;
//! - `elsewhere`: the words that place the paste outside Campaign (`cues.tsv`);
//! - `named`: the paste names the article's number (`KA-22154`);
//! - `unknown_code`: the paste carries an error code no article names, and this one matched
//!   on words alone: the error is probably one the KB does not cover.
//!
//! The rank orders candidates; the confidence is a logistic over the strongest of the
//! measures (signature, phrase, weighty coverage, BM25 against what the paste's words could
//! score at most) plus the lead over the runner-up. Both sets of weights were set on the labelled query sets
//! (`tests/queries/*.tsv`, through `kbbot eval`): the rank for hit@1, the confidence by a
//! logistic regression of "the first hit is right", so that it reads as a probability and
//! [`THRESHOLD`] is the even-odds point.

/// Below this confidence kbbot declines and lists the closest candidates.
pub const THRESHOLD: f32 = 0.5;

/// The mass of covered words from which coverage counts in full.
const MASS_FULL: f32 = 1.5;

/// The distinct shared words from which the word measures count in full.
const WORDS_FULL: f32 = 3.0;

/// What a paste of one word adds to the rank of an article that declares that word (a bare
/// status, `Injoignable`): set by hand, so that a longer page that only uses the word does
/// not outrank the one that declares it.
const SINGLE: f32 = 0.3;

/// What a code the KB does not know takes from the logit of an article matched on words
/// alone. Set by hand, not fitted: it moves a word-only match of such a paste from even
/// odds to about one in five.
const UNKNOWN_CODE: f32 = 1.5;

/// What naming an article's number adds to its rank and to its confidence's logit. Set by
/// hand, not fitted: no row of the tuning sets names an article. A user who writes
/// "KA-22154" points at it more surely than any error message does; it still ranks below
/// nothing else, and other evidence can add to it.
const NAMED: f32 = 2.0;

/// The measures of one candidate article.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize)]
pub struct Evidence {
    /// The idf-weighted share of the paste's words the article holds, in its best version.
    pub coverage: f32,
    /// The covered words' weight in "rare words": each word counts its idf relative to the
    /// idf of a word no document has. One common word is not evidence, however well covered.
    pub mass: f32,
    /// How strongly one of the article's error messages is in the paste (0 when none is).
    pub signature: f32,
    /// The share of the pasted error lines' three-word windows the page contains as phrases.
    pub phrase: f32,
    /// How strongly an error code of the paste is named by the article (0 when none is).
    pub code: f32,
    /// How many distinct paste words the article contains (in the version with the best
    /// coverage). One or two words in common (`thanks`, `queue`) are not evidence by themselves.
    pub words: f32,
    /// Whether the paste is a single word in all that the article declares, as an error
    /// string or a keyword (a bare status such as `Avvisad`).
    pub single: bool,
    /// The share of the title's words (weighted by rarity) that the paste contains, in the
    /// best version: a page titled "Tracking logs issues" for "tracking logs stopped".
    pub title: f32,
    /// How many words of the paste place it outside Campaign (`my Gmail`, `printer`): see
    /// `cues.tsv`.
    pub elsewhere: f32,
    /// The BM25 score, normalised against the best candidate.
    pub bm25: f32,
    /// The BM25 score relative to what the paste's words could score at most.
    pub bm25_abs: f32,
    /// Whether the paste names the article's number.
    pub named: bool,
    /// Whether the paste carries a code no article of the KB names while this article
    /// matched it by no code and no whole error message (`PGS-220000 … password
    /// authentication failed` sharing `failed` with Invalid domain).
    pub unknown_code: bool,
}

impl Evidence {
    /// Coverage counted only as far as the covered words weigh something.
    fn weighty_coverage(&self) -> f32 {
        self.coverage * (self.mass / MASS_FULL).min(1.0)
    }

    /// The score candidates are ordered by. BM25 leads; coverage, signatures and codes
    /// reorder what BM25 finds close (weights chosen for hit@1 on the labelled sets).
    pub fn rank(&self) -> f32 {
        0.3 * self.coverage
            + 0.6 * self.signature
            + 0.4 * self.code
            + self.bm25
            + 0.1 * self.weighty_coverage()
            + 1.5 * self.phrase
            + SINGLE * f32::from(u8::from(self.single))
            + NAMED * f32::from(u8::from(self.named))
    }

    /// How far the word measures (BM25 and the lead) can be trusted, in [0, 1]: fully once
    /// [`WORDS_FULL`] distinct words are shared, or when the paste carries an error signature,
    /// a phrase of the page or a code, or is one word in all; less for a couple of words in
    /// common ("merci beaucoup", "grazie, risolto"), whatever their idf, since a word that is
    /// rare in the KB says nothing about whether the paste is about Campaign at all.
    fn support(&self) -> f32 {
        // A paste that is one word (a bare status, `Avvisad`) or little more than one of the
        // article's signatures is judged on that word; the lead then says how specific it is.
        if self.named {
            return 1.0;
        }
        let alone = if self.signature > 0.0 {
            self.coverage
        } else if self.single && self.coverage >= 0.99 {
            1.0
        } else {
            0.0
        };
        (self.words / WORDS_FULL)
            .max(alone)
            .max(self.signature)
            .max(self.phrase)
            .max(self.code)
            .min(1.0)
    }

    /// The rank with absolute BM25: what the lead over the runner-up is measured in.
    pub fn absolute_rank(&self) -> f32 {
        self.rank() - self.bm25 + self.bm25_abs
    }

    /// The confidence of a candidate listed below a first one of confidence `first`: it is
    /// the answer only if the first is not, so the first's chance of being wrong times its
    /// own confidence, with `gap` (its absolute rank minus the first's, mostly negative) as
    /// its lead. The logistic was fitted on leads in [0, 1]; on the query sets this
    /// extrapolation is calibrated: runner-ups judged as if each were first read 38-49 % on
    /// average though 2-6 % of them were right, and read 3-9 % this way (Brier 0.02-0.05).
    /// At least 0.1 %: a listed article is unlikely, never ruled out.
    pub fn runner_up_confidence(&self, first: f32, gap: f32) -> f32 {
        let own = self.confidence(gap);
        ((1.0 - first) * own * 1000.0).round().max(1.0) / 1000.0
    }

    /// The confidence that this candidate answers the paste, given its lead in rank over the
    /// runner-up (see [`Evidence::runner_up_confidence`] for a candidate that is not first).
    /// A logistic regression of "the first hit is right" (`kbbot eval --dump-evidence`),
    /// fitted on the odd rows of the bundled and kb-real query sets so that the even rows and
    /// the held-out sets measure it; it reads as a probability.
    pub fn confidence(&self, lead: f32) -> f32 {
        // Coverage and codes add nothing beyond these once the rank and the lead have used
        // them, so the regression left them out (so did the share of words the KB knows, and
        // whether the paste is a whole signature, which are therefore not measured).
        let support = self.support();
        // The intercept is the fitted -1.30 moved by 0.08: among the thresholds tried on the
        // training rows, confidence 0.48 gave the best hit@1 with declines above their
        // targets, and moving the intercept keeps 0.5 the threshold.
        let z = -1.22
            + 1.21 * self.signature
            + support * (2.09 * lead.clamp(-4.0, 1.0) + 1.64 * self.bm25_abs)
            + 1.12 * self.phrase
            + 1.5 * self.weighty_coverage()
            + 1.21 * self.title
            + 0.89 * f32::from(u8::from(self.single))
            - 2.14 * self.elsewhere.min(2.0)
            + 2.0 * NAMED * f32::from(u8::from(self.named))
            - UNKNOWN_CODE * f32::from(u8::from(self.unknown_code));
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
            mass: 3.0,
            words: 4.0,
            bm25_abs: 0.5,
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
        assert!(sig.confidence(0.3) > THRESHOLD);
    }
}
