//! Phrase evidence: how much of the pasted error lines a page contains word for word.
//!
//! Documentation pages carry no signature list, but they quote the errors they explain. Each
//! error line is cut into windows of three consecutive words (after the language's analyzer,
//! so `does not have` meets `doesn't have` only if the stems do), and each window is looked
//! for as a phrase (consecutive positions in the `text_<lang>` field) in the candidate pages
//! only. A page's phrase score is the share of windows it contains.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use tantivy::postings::Postings;
use tantivy::postings::TermInfo;
use tantivy::schema::Field;
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, DocSet, InvertedIndexReader, Searcher, Term, TERMINATED};

use super::bm25::{Scores, Stats};
use super::schema::Fields;
use super::SearchError;
use crate::Lang;

/// Words per window.
const WINDOW: usize = 3;
/// Most windows tried per language and paste: the cost of a paste stays bounded.
const MAX_WINDOWS: usize = 16;

/// The windows of `lines` (each line's tokens through one language's analyzer), without
/// repeats, at most [`MAX_WINDOWS`].
pub(crate) fn windows(lines: &[Vec<&str>]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    for toks in lines {
        if toks.len() < 2 {
            continue;
        }
        let size = WINDOW.min(toks.len());
        // Step over the line so a long line does not use up the budget on its start.
        let count = toks.len() - size + 1;
        let step = count.div_ceil(MAX_WINDOWS).max(1);
        for start in (0..count).step_by(step) {
            let w = &toks[start..start + size];
            if !out.iter().any(|o| o.iter().eq(w.iter())) {
                out.push(w.iter().map(|t| t.to_string()).collect());
            }
            if out.len() >= MAX_WINDOWS {
                return out;
            }
        }
    }
    out
}

/// The words a BM25 pass matched against every page: `mark` gives a word's mark, and
/// `scores` which pages bear it.
#[derive(Clone, Copy)]
pub(crate) struct Known<'a> {
    pub scores: &'a Scores,
    pub mark: &'a dyn Fn(&str) -> Option<u8>,
}

/// For each candidate version (`(version, address)` of language `lang`), the share of
/// `windows` found in it as phrases (consecutive positions, as a tantivy phrase query finds
/// them). Each distinct word is looked up once (the windows overlap, so most words belong to
/// three of them), and its positions are read only in the candidates that hold every word of
/// some window. A word the BM25 pass already matched against every page is [`Known`]:
/// which candidates hold it is read from its marks, not from its postings again.
pub(crate) fn scores(
    searcher: &Searcher,
    stats: &Stats,
    fields: &Fields,
    lang: Lang,
    windows: &[Vec<String>],
    candidates: &[(usize, DocAddress)],
    known: Known<'_>,
) -> Result<HashMap<usize, f32>, SearchError> {
    if windows.is_empty() || candidates.is_empty() {
        return Ok(HashMap::default());
    }
    let mut by_segment: BTreeMap<u32, Vec<(u32, usize)>> = BTreeMap::new();
    for &(v, addr) in candidates {
        by_segment
            .entry(addr.segment_ord)
            .or_default()
            .push((addr.doc_id, v));
    }
    let field = fields.text(lang);
    let mut found: HashMap<usize, usize> = HashMap::default();
    for (seg, mut docs) in by_segment {
        docs.sort_unstable();
        let inverted = searcher.segment_reader(seg).inverted_index(field)?;
        let mut grid = Grid::new(seg, docs, windows);
        grid.read_holders(stats, &inverted, field, known)?;
        let positions = grid.read_positions(&inverted)?;
        grid.count(&positions, &mut found);
    }
    Ok(found
        .into_iter()
        .map(|(v, n)| (v, n as f32 / windows.len() as f32))
        .collect())
}

fn io_error(source: std::io::Error) -> SearchError {
    SearchError::Io {
        path: Default::default(),
        source,
    }
}

/// The windows' distinct words against one segment's candidates: which candidate holds which
/// word, `word * docs + candidate` in each table.
struct Grid<'w> {
    seg: u32,
    /// The candidates, `(doc, version)`, in document order.
    docs: Vec<(u32, usize)>,
    words: Vec<&'w str>,
    /// Each window as places in `words`.
    windows: Vec<Vec<usize>>,
    /// Where each word's postings are in this segment.
    infos: Vec<Option<TermInfo>>,
    holds: Vec<bool>,
}

/// Positions read for the (word, candidate) pairs a window needs, in one buffer.
struct Positions {
    read: Vec<u32>,
    /// `word * docs + candidate` -> its range in `read`.
    ranges: Vec<(usize, usize)>,
}

impl<'w> Grid<'w> {
    fn new(seg: u32, docs: Vec<(u32, usize)>, windows: &'w [Vec<String>]) -> Grid<'w> {
        let mut words: Vec<&str> = Vec::new();
        let mut place: HashMap<&str, usize> = HashMap::default();
        for word in windows.iter().flatten() {
            place.entry(word.as_str()).or_insert_with(|| {
                words.push(word);
                words.len() - 1
            });
        }
        let windows = windows
            .iter()
            .map(|w| {
                w.iter()
                    .filter_map(|t| place.get(t.as_str()).copied())
                    .collect()
            })
            .collect();
        Grid {
            seg,
            holds: vec![false; words.len() * docs.len()],
            docs,
            infos: Vec::with_capacity(words.len()),
            words,
            windows,
        }
    }

    /// Which candidates hold each word: from the BM25 marks when the word is known there,
    /// else from its document list (documents only, which is cheap).
    fn read_holders(
        &mut self,
        stats: &Stats,
        inverted: &InvertedIndexReader,
        field: Field,
        known: Known<'_>,
    ) -> Result<(), SearchError> {
        let d = self.docs.len();
        for (i, word) in self.words.iter().enumerate() {
            let term = Term::from_field_text(field, word);
            let info = stats.term_info(self.seg as usize, &term)?;
            let holds = &mut self.holds[i * d..(i + 1) * d];
            if let Some(mark) = (known.mark)(word) {
                let bit = 1u128 << (mark % 128);
                for (slot, &(doc, _)) in holds.iter_mut().zip(&self.docs) {
                    *slot = known.scores.marks(DocAddress::new(self.seg, doc)) & bit != 0;
                }
            } else if let Some(info) = &info {
                let mut postings = inverted
                    .read_postings_from_terminfo(info, IndexRecordOption::Basic)
                    .map_err(io_error)?;
                for (slot, &(doc, _)) in holds.iter_mut().zip(&self.docs) {
                    if postings.doc() == TERMINATED {
                        break;
                    }
                    *slot = postings.doc() <= doc && postings.seek(doc) == doc;
                }
            }
            self.infos.push(info);
        }
        Ok(())
    }

    /// Whether candidate `k` holds every word of window `w`.
    fn whole(&self, w: &[usize], k: usize) -> bool {
        let d = self.docs.len();
        w.iter().all(|&i| self.holds[i * d + k])
    }

    /// The positions of each word in each candidate that holds a whole window with it: the
    /// costly part, read nowhere else.
    fn read_positions(&self, inverted: &InvertedIndexReader) -> Result<Positions, SearchError> {
        let d = self.docs.len();
        let mut need = vec![false; self.words.len() * d];
        for k in 0..d {
            for w in self.windows.iter().filter(|w| self.whole(w, k)) {
                for &i in w {
                    need[i * d + k] = true;
                }
            }
        }
        let mut out = Positions {
            read: Vec::new(),
            ranges: vec![(0, 0); self.words.len() * d],
        };
        for (i, info) in self.infos.iter().enumerate() {
            let wanted = &need[i * d..(i + 1) * d];
            let Some(info) = info.as_ref().filter(|_| wanted.contains(&true)) else {
                continue;
            };
            let mut postings = inverted
                .read_postings_from_terminfo(info, IndexRecordOption::WithFreqsAndPositions)
                .map_err(io_error)?;
            for (k, &(doc, _)) in self.docs.iter().enumerate() {
                if !wanted[k] {
                    continue;
                }
                if postings.doc() < doc {
                    postings.seek(doc);
                }
                if postings.doc() == doc {
                    let start = out.read.len();
                    postings.append_positions_with_offset(0, &mut out.read);
                    out.ranges[i * d + k] = (start, out.read.len());
                }
            }
        }
        Ok(out)
    }

    /// Adds to `found` each candidate's windows found as phrases.
    fn count(&self, positions: &Positions, found: &mut HashMap<usize, usize>) {
        let d = self.docs.len();
        let at = |i: usize, k: usize| {
            let (from, to) = positions.ranges[i * d + k];
            &positions.read[from..to]
        };
        for w in self.windows.iter().filter(|w| w.len() >= 2) {
            for (k, &(_, v)) in self.docs.iter().enumerate() {
                if !self.whole(w, k) {
                    continue;
                }
                // Each place of the window's rarest word in the page says where the window
                // would start; positions are sorted, so every other word is a binary search
                // away. (A common word can stand hundreds of times in a page.)
                let Some((anchor, offset)) =
                    w.iter().zip(0u32..).min_by_key(|&(&i, _)| at(i, k).len())
                else {
                    continue;
                };
                let hit = at(*anchor, k).iter().any(|&p| {
                    p.checked_sub(offset).is_some_and(|start| {
                        w.iter().zip(0u32..).all(|(&i, off)| {
                            off == offset || at(i, k).binary_search(&(start + off)).is_ok()
                        })
                    })
                });
                if hit {
                    *found.entry(v).or_default() += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
