//! The reliability table: the confidence the matcher states for its first candidate against how
//! often that candidate is right, in ten bins of stated confidence (0–10 %, …, 90–100 %).
//!
//! A calibrated matcher's first candidates stated at 80–90 % are right about 85 % of the time.
//! Every query with a candidate counts, the ones that must be declined too: for them the first
//! candidate is never right, so a high confidence there is overconfidence. Queries without any
//! candidate state nothing and are left out.

use serde::Serialize;

/// How many bins the table has; bin `k` holds the confidences in `[k/10, (k+1)/10)`, the last
/// one `[0.9, 1.0]`.
pub(super) const BINS: usize = 10;

/// One bin of the reliability table: the queries whose first candidate's stated confidence
/// falls in `[from, to)` (the last bin includes 1.0), and how many of those it got right.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ReliabilityBin {
    /// Lower bound of stated confidence, as a fraction (0.0, 0.1, … 0.9).
    pub from: f64,
    /// Upper bound, as a fraction (0.1, … 1.0).
    pub to: f64,
    /// Queries whose first candidate's confidence falls here.
    pub n: usize,
    /// Those of them whose first candidate is a right answer.
    pub right: usize,
    /// `right / n`, as a fraction; `None` when the bin is empty.
    pub accuracy: Option<f64>,
    /// The mean stated confidence of the bin's candidates, as a fraction; `None` when empty.
    pub mean_confidence: Option<f64>,
}

/// The bin of a stated confidence: the last `k` with `confidence >= k/10`, the bounds taken
/// as the `f32` nearest `k/10` so that a confidence stated as 0.7 lands in 70–80 %. Out of
/// range (and NaN) values go to the nearest end.
fn bin_of(confidence: f32) -> usize {
    (1..BINS)
        .rev()
        .find(|&k| confidence >= k as f32 / BINS as f32)
        .unwrap_or(0)
}

/// Bins `(stated confidence, first candidate right)` pairs into the ten-bin table.
pub(super) fn reliability(points: impl IntoIterator<Item = (f32, bool)>) -> Vec<ReliabilityBin> {
    let mut n = [0usize; BINS];
    let mut right = [0usize; BINS];
    let mut stated = [0f64; BINS];
    for (confidence, ok) in points {
        let k = bin_of(confidence);
        n[k] += 1;
        right[k] += usize::from(ok);
        stated[k] += f64::from(confidence);
    }
    (0..BINS)
        .map(|k| ReliabilityBin {
            from: k as f64 / BINS as f64,
            to: (k + 1) as f64 / BINS as f64,
            n: n[k],
            right: right[k],
            accuracy: (n[k] > 0).then(|| right[k] as f64 / n[k] as f64),
            mean_confidence: (n[k] > 0).then(|| stated[k] / n[k] as f64),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confidences_fall_in_their_decile_bounds_included_below() {
        assert_eq!(bin_of(0.0), 0);
        assert_eq!(bin_of(0.099), 0);
        assert_eq!(bin_of(0.1), 1);
        assert_eq!(bin_of(0.3), 3);
        assert_eq!(bin_of(0.7), 7);
        assert_eq!(bin_of(0.69), 6);
        assert_eq!(bin_of(0.95), 9);
        assert_eq!(bin_of(1.0), 9);
        assert_eq!(bin_of(1.5), 9);
        assert_eq!(bin_of(-0.2), 0);
        assert_eq!(bin_of(f32::NAN), 0);
    }

    #[test]
    fn each_bin_counts_its_queries_and_the_share_right() {
        let table = reliability([
            (0.95, true),
            (0.92, true),
            (1.0, false),
            (0.91, true),
            (0.55, false),
            (0.05, false),
        ]);
        assert_eq!(table.len(), 10);
        assert_eq!((table[0].from, table[0].to), (0.0, 0.1));
        assert_eq!((table[3].from, table[3].to), (0.3, 0.4));
        assert_eq!((table[9].from, table[9].to), (0.9, 1.0));
        let top = &table[9];
        assert_eq!((top.n, top.right), (4, 3));
        assert_eq!(top.accuracy, Some(0.75));
        let mean = top.mean_confidence.expect("not empty");
        assert!((mean - 0.945).abs() < 1e-6, "{mean}");
        assert_eq!((table[5].n, table[5].accuracy), (1, Some(0.0)));
        assert_eq!((table[0].n, table[0].right), (1, 0));
        assert_eq!(
            (table[7].n, table[7].accuracy, table[7].mean_confidence),
            (0, None, None)
        );
        assert_eq!(table.iter().map(|b| b.n).sum::<usize>(), 6);
    }
}
