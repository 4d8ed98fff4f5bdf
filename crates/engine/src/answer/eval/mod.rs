//! Eval: how the matcher does on a labelled query set — hit@1, hit@3, MRR, decline precision
//! and recall, tables by language and by kind, the misses, matching time, a reliability table
//! of stated confidence against observed accuracy, and plain BM25 over the same set as a
//! yardstick. `kbbot eval` prints a [`Report`]; nothing here prints.
//!
//! - [`parse_queries`]: a query set (TSV, see [`Query`]) into [`Query`] values, or a
//!   [`QuerySetError`] naming the line.
//! - [`evaluate`]: runs every query through [`Matcher::find`] and scores the rankings.
//! - [`evaluate_baseline`]: the same set through [`Baseline`] ([`Report::baseline`]).
//! - [`evidence_lines`]: every query's candidates with their evidence, for fitting the rank
//!   and confidence weights offline.
//!
//! Inside: `queries` (the TSV), `score` (the tallies, misses and percentiles, computed from
//! rankings alone so that they are tested without a matcher), `reliability` (the binning),
//! `baseline` (plain BM25's articles scored the same way).
//!
//! **Invariant:** scoring reads only the ranked ids, whether the first was answered, its
//! stated confidence and the time taken; it changes nothing of how the matcher decides.
//!
//! ```
//! use kbbot_engine::answer::eval::{evaluate, parse_queries, EvalOptions};
//! use kbbot_engine::search::Matcher;
//!
//! let set = "id\tlang\tquery\texpected\tkind\tsource\n\
//!            q1\ten\tMessages queued (connection quotas met)\tKA-22154\tbare\tme\n\
//!            q2\ten\thello, nice weather\tNONE\tnegative\tme\n";
//! let queries = parse_queries(set).expect("a valid set");
//! let matcher = Matcher::build(kbbot_engine::kb::bundled()).expect("the bundled KB indexes");
//! let report = evaluate(&matcher, &queries, &EvalOptions::default());
//! assert_eq!((report.hit1, report.negatives_declined), (100.0, 100.0));
//! assert_eq!(report.reliability.len(), 10);
//! ```

mod baseline;
mod queries;
mod reliability;
mod score;

use std::time::Instant;

use serde::Serialize;

pub use baseline::BaselineReport;
pub use queries::{parse_queries, Query, QuerySetError};
pub use reliability::ReliabilityBin;
pub use score::{Miss, Report, Tally, CONFIDENT};

use crate::search::{AskOptions, Baseline, Evidence, Matcher, SearchError};
use crate::Lang;

/// How many articles of plain BM25 are scored (hit@3, and MRR over those).
const BASELINE_TOP: usize = 3;
/// Candidates listed beside the first in [`evidence_lines`].
const DUMP_CANDIDATES: usize = 9;

/// How a set is run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EvalOptions {
    /// Pass each query's language as the wanted reply language, instead of letting the
    /// matcher detect it.
    pub use_row_lang: bool,
}

/// Runs every query through the matcher and scores the rankings (see [`Report`]).
pub fn evaluate(matcher: &Matcher, queries: &[Query], options: &EvalOptions) -> Report {
    let rankings: Vec<score::Ranking> = queries
        .iter()
        .map(|query| {
            let ask = AskOptions {
                lang: if options.use_row_lang {
                    Lang::from_tag(&query.lang)
                } else {
                    None
                },
                ..AskOptions::default()
            };
            let start = Instant::now();
            let outcome = matcher.find(&query.query, &ask);
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            score::Ranking {
                top_confidence: outcome.hits.first().map(|h| h.confidence),
                ids: outcome.hits.into_iter().map(|h| h.id).collect(),
                answered: outcome.answered,
                others: outcome.also.into_iter().map(|o| o.hit.id).collect(),
                ms,
            }
        })
        .collect();
    score::score(queries, &rankings)
}

/// Runs the answerable queries through plain BM25 and scores its first three articles.
pub fn evaluate_baseline(
    baseline: &Baseline,
    queries: &[Query],
) -> Result<BaselineReport, SearchError> {
    let tops = queries
        .iter()
        .map(|query| {
            if query.must_decline() {
                Ok(Vec::new())
            } else {
                baseline.top(&query.query, BASELINE_TOP)
            }
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(baseline::score_baseline(queries, &tops))
}

/// One query of [`evidence_lines`]: its labels and every candidate with its evidence.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct EvidenceLine<'q> {
    /// The query's id in the set.
    pub id: &'q str,
    /// Its language, as the set writes it.
    pub lang: &'q str,
    /// Its kind.
    pub kind: &'q str,
    /// The right articles; empty when it must be declined.
    pub expected: &'q [String],
    /// The candidates, best first.
    pub hits: Vec<EvidenceHit>,
}

/// One candidate of an [`EvidenceLine`].
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct EvidenceHit {
    /// The article.
    pub id: String,
    /// Its stated confidence (0–1).
    pub confidence: f32,
    /// The rank score the candidates were ordered by.
    pub rank: f32,
    /// The rank score on the scale shared by every query.
    pub absolute_rank: f32,
    /// The measures both were computed from.
    pub evidence: Evidence,
}

/// Every query's first ten candidates with their evidence, lazily, in set order (what
/// `kbbot eval --dump-evidence` writes as JSON lines, to fit the weights offline).
pub fn evidence_lines<'q>(
    matcher: &'q Matcher,
    queries: &'q [Query],
) -> impl Iterator<Item = EvidenceLine<'q>> + 'q {
    let options = AskOptions {
        max_candidates: DUMP_CANDIDATES,
        ..AskOptions::default()
    };
    queries.iter().map(move |query| {
        let outcome = matcher.find(&query.query, &options);
        EvidenceLine {
            id: &query.id,
            lang: &query.lang,
            kind: &query.kind,
            expected: &query.expected,
            hits: outcome
                .hits
                .into_iter()
                .map(|h| EvidenceHit {
                    id: h.id.0,
                    confidence: h.confidence,
                    rank: h.evidence.rank(),
                    absolute_rank: h.evidence.absolute_rank(),
                    evidence: h.evidence,
                })
                .collect(),
        }
    })
}
