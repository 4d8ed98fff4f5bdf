//! BM25 read straight from the postings, for indexes of a few thousand pages.
//!
//! One paste becomes 100 to 200 term clauses: every language's words in the text and title
//! fields, the signature words, the codes. As a tantivy `BooleanQuery`, each clause builds its
//! own weight (a dictionary lookup and a 256-entry norm table) and the union scorer merges the
//! posting lists document by document; that was most of a query's time. Here each clause's
//! posting list is decoded block by block into one dense score per document, with tantivy's
//! own BM25 statistics (idf over all documents, the field's average length, k1 1.2, b 0.75),
//! so the scores are the ones `BooleanQuery` gives. The same pass records which clauses each
//! document matched, which the coverage measure needs anyway.

use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::TermInfo;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocAddress, InvertedIndexReader, Score, Searcher, Term};

use super::SearchError;

/// tantivy's BM25 parameters.
pub(crate) const K1: Score = 1.2;
const B: Score = 0.75;

/// The idf of a term `df` of `docs` documents hold, as tantivy's BM25 weighs it: the one
/// formula every score and measure of the matcher uses.
pub(crate) fn idf(docs: Score, df: Score) -> Score {
    (1.0 + (docs - df + 0.5) / (df + 0.5)).ln()
}

/// The per-field statistics a score needs, read once from an index that never changes.
pub(crate) struct Stats {
    docs: u64,
    /// Per segment, its number of documents.
    segment_docs: Vec<u32>,
    fields: HashMap<Field, FieldStats>,
}

struct FieldStats {
    /// `k1 * (1 - b + b * length / average)` for each of tantivy's 256 length codes.
    norm: Box<[Score; 256]>,
    /// Per segment.
    lengths: Vec<FieldNormReader>,
    inverted: Vec<Arc<InvertedIndexReader>>,
    /// The term dictionary of a one-segment index, in a hash map: a lookup in tantivy's FST
    /// costs about ten times more, and a paste makes a few hundred of them.
    dictionary: HashMap<Box<[u8]>, TermInfo>,
    freqs: bool,
}

impl FieldStats {
    /// Where `term`'s postings are in segment `ord`.
    fn info(&self, ord: usize, term: &Term) -> Result<Option<TermInfo>, SearchError> {
        if self.inverted.len() == 1 {
            return Ok(self.dictionary.get(term.serialized_value_bytes()).cloned());
        }
        match self.inverted.get(ord) {
            Some(index) => index.get_term_info(term).map_err(io_error),
            None => Ok(None),
        }
    }
}

fn io_error(source: std::io::Error) -> SearchError {
    SearchError::Io {
        path: Default::default(),
        source,
    }
}

impl Stats {
    /// Reads the statistics of `fields` (each with the record option it was indexed with).
    pub fn read(
        searcher: &Searcher,
        fields: &[(Field, IndexRecordOption)],
    ) -> Result<Stats, SearchError> {
        let segment_docs: Vec<u32> = searcher
            .segment_readers()
            .iter()
            .map(|s| s.max_doc())
            .collect();
        let docs: u64 = segment_docs.iter().map(|&n| u64::from(n)).sum();
        let mut out = HashMap::default();
        for &(field, record) in fields {
            let mut tokens = 0u64;
            let mut lengths = Vec::new();
            let mut inverted = Vec::new();
            for seg in searcher.segment_readers() {
                let index = seg.inverted_index(field)?;
                tokens += index.total_num_tokens();
                inverted.push(index);
                lengths.push(seg.get_fieldnorms_reader(field)?);
            }
            let mut dictionary = HashMap::default();
            if let [index] = inverted.as_slice() {
                let mut terms = index.terms().stream().map_err(io_error)?;
                while terms.advance() {
                    dictionary.insert(terms.key().into(), terms.value().clone());
                }
            }
            let average = tokens as Score / docs.max(1) as Score;
            let mut norm = Box::new([0.0; 256]);
            for (code, n) in norm.iter_mut().enumerate() {
                let length = FieldNormReader::id_to_fieldnorm(code as u8) as Score;
                *n = K1 * (1.0 - B + B * length / average.max(Score::EPSILON));
            }
            out.insert(
                field,
                FieldStats {
                    norm,
                    lengths,
                    inverted,
                    dictionary,
                    freqs: record.has_freq(),
                },
            );
        }
        Ok(Stats {
            docs,
            segment_docs,
            fields: out,
        })
    }

    /// How many documents hold `term`, and, in a one-segment index, where its postings are
    /// (which a [`Clause`] can carry, saving a second dictionary lookup).
    pub fn lookup(&self, term: &Term) -> Result<(u64, Option<TermInfo>), SearchError> {
        let Some(fs) = self.fields.get(&term.field()) else {
            return Ok((0, None));
        };
        if fs.inverted.len() == 1 {
            let info = fs.info(0, term)?;
            return Ok((info.as_ref().map_or(0, |i| u64::from(i.doc_freq)), info));
        }
        let mut df = 0;
        for index in &fs.inverted {
            df += u64::from(index.doc_freq(term).map_err(io_error)?);
        }
        Ok((df, None))
    }
}

impl Stats {
    /// Where `term`'s postings are in segment `ord` (`None`: no document there holds it, or
    /// its field was not read).
    pub fn term_info(&self, ord: usize, term: &Term) -> Result<Option<TermInfo>, SearchError> {
        match self.fields.get(&term.field()) {
            Some(fs) => fs.info(ord, term),
            None => Ok(None),
        }
    }
}

/// The places of the set bits of `marks`, lowest first.
pub(crate) fn bits(mut marks: u64) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        (marks != 0).then(|| {
            let i = marks.trailing_zeros() as usize;
            marks &= marks - 1;
            i
        })
    })
}

/// One `Should` clause: a term, its boost, and the mark (0 to 127) it leaves on the documents
/// it matches, if any.
pub(crate) struct Clause {
    pub term: Term,
    /// The term's postings in a one-segment index, when already looked up.
    pub info: Option<TermInfo>,
    pub boost: Score,
    pub mark: Option<u8>,
}

/// Every document's summed score and the marks of the clauses it matched.
pub(crate) struct Scores {
    /// Per segment, per document.
    score: Vec<Vec<Score>>,
    marks: Vec<Vec<u128>>,
}

impl Scores {
    /// The `n` best-scoring documents, best first; ties by address, so the order is stable.
    /// The `n`-th best score is selected among the bare scores first (linear, on floats);
    /// only the documents at or above it are then ordered.
    pub fn best(&self, n: usize) -> Vec<(Score, DocAddress)> {
        if n == 0 {
            return Vec::new();
        }
        let mut scores: Vec<Score> = self
            .score
            .iter()
            .flatten()
            .copied()
            .filter(|&s| s > 0.0)
            .collect();
        let floor = if scores.len() > n {
            *scores
                .select_nth_unstable_by(n - 1, |a, b| b.total_cmp(a))
                .1
        } else {
            0.0
        };
        let mut kept: Vec<Ranked> = Vec::with_capacity(n + 8);
        for (seg, scores) in self.score.iter().enumerate() {
            for (doc, &s) in scores.iter().enumerate() {
                if s > 0.0 && s >= floor {
                    kept.push(Ranked(s, DocAddress::new(seg as u32, doc as u32)));
                }
            }
        }
        // Ties at the floor may keep a few more than `n`: `Ranked` orders them by address.
        kept.sort_unstable();
        kept.truncate(n);
        kept.into_iter().map(|Ranked(s, d)| (s, d)).collect()
    }

    /// The marks of the clauses `doc` matched, as bits.
    pub fn marks(&self, doc: DocAddress) -> u128 {
        self.marks
            .get(doc.segment_ord as usize)
            .and_then(|m| m.get(doc.doc_id as usize))
            .copied()
            .unwrap_or(0)
    }
}

/// A scored document, ordered best first: higher score, then lower address. The order is
/// total (no two documents share an address), so the best `n` are one set.
#[derive(Clone, Copy)]
struct Ranked(Score, DocAddress);

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for Ranked {}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        other.0.total_cmp(&self.0).then(self.1.cmp(&other.1))
    }
}

/// Scores every document of the index `stats` was read from on the sum of `clauses`. Fields
/// without statistics score nothing.
pub(crate) fn run(stats: &Stats, clauses: &[Clause]) -> Result<Scores, SearchError> {
    let sizes = &stats.segment_docs;
    let mut out = Scores {
        score: sizes.iter().map(|&n| vec![0.0; n as usize]).collect(),
        marks: sizes.iter().map(|&n| vec![0; n as usize]).collect(),
    };
    for clause in clauses {
        let field = clause.term.field();
        let Some(fs) = stats.fields.get(&field) else {
            continue;
        };
        let bit = clause.mark.map_or(0, |m| 1u128 << (m % 128));
        let record = if fs.freqs {
            IndexRecordOption::WithFreqs
        } else {
            IndexRecordOption::Basic
        };
        let one = fs.inverted.len() == 1;
        let df = if one {
            None
        } else {
            Some(stats.lookup(&clause.term)?.0)
        };
        for (ord, index) in fs.inverted.iter().enumerate() {
            let info = match &clause.info {
                Some(info) if one => Some(info.clone()),
                _ => fs.info(ord, &clause.term)?,
            };
            let Some(info) = info else {
                continue;
            };
            let df = df.unwrap_or(u64::from(info.doc_freq));
            let idf = idf(stats.docs as Score, df as Score);
            let weight = clause.boost * idf * (1.0 + K1);
            let (Some(lengths), Some(scores), Some(marks)) = (
                fs.lengths.get(ord),
                out.score.get_mut(ord),
                out.marks.get_mut(ord),
            ) else {
                continue;
            };
            let mut block = index
                .read_block_postings_from_terminfo(&info, record)
                .map_err(io_error)?;
            loop {
                let docs = block.docs();
                if docs.is_empty() {
                    break;
                }
                for (i, &doc) in docs.iter().enumerate() {
                    let tf = if fs.freqs {
                        block.freq(i) as Score
                    } else {
                        1.0
                    };
                    let norm = fs.norm[usize::from(lengths.fieldnorm_id(doc))];
                    let d = doc as usize;
                    if let (Some(s), Some(m)) = (scores.get_mut(d), marks.get_mut(d)) {
                        *s += weight * tf / (tf + norm);
                        *m |= bit;
                    }
                }
                block.advance();
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
