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
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, DocSet, Searcher, Term, TERMINATED};

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
    let io = |source| SearchError::Io {
        path: Default::default(),
        source,
    };
    let mut by_segment: BTreeMap<u32, Vec<(u32, usize)>> = BTreeMap::new();
    for &(v, addr) in candidates {
        by_segment
            .entry(addr.segment_ord)
            .or_default()
            .push((addr.doc_id, v));
    }
    let field = fields.text(lang);
    let mut found: HashMap<usize, usize> = HashMap::default();
    for (seg, docs) in by_segment.iter_mut() {
        docs.sort_unstable();
        let inverted = searcher.segment_reader(*seg).inverted_index(field)?;
        // The distinct words, and which candidates hold each: documents only, which is cheap.
        let mut words: Vec<&str> = Vec::new();
        let mut place: HashMap<&str, usize> = HashMap::default();
        for word in windows.iter().flatten() {
            place.entry(word.as_str()).or_insert_with(|| {
                words.push(word);
                words.len() - 1
            });
        }
        let d = docs.len();
        let mut infos = Vec::with_capacity(words.len());
        // word * d + candidate -> whether it holds the word
        let mut holds = vec![false; words.len() * d];
        for (i, word) in words.iter().enumerate() {
            let info = stats.term_info(*seg as usize, &Term::from_field_text(field, word))?;
            if let Some(mark) = (known.mark)(word) {
                let bit = 1u128 << (mark % 128);
                for (k, &(doc, _)) in docs.iter().enumerate() {
                    holds[i * d + k] = known.scores.marks(DocAddress::new(*seg, doc)) & bit != 0;
                }
            } else if let Some(info) = &info {
                let mut postings = inverted
                    .read_postings_from_terminfo(info, IndexRecordOption::Basic)
                    .map_err(io)?;
                for (k, &(doc, _)) in docs.iter().enumerate() {
                    if postings.doc() == TERMINATED {
                        break;
                    }
                    holds[i * d + k] = postings.doc() <= doc && postings.seek(doc) == doc;
                }
            }
            infos.push(info);
        }
        let windows: Vec<Vec<usize>> = windows
            .iter()
            .map(|w| {
                w.iter()
                    .filter_map(|t| place.get(t.as_str()).copied())
                    .collect()
            })
            .collect();
        let whole = |w: &[usize], k: usize| w.iter().all(|&i| holds[i * d + k]);
        // Positions are read only where a window has all its words: the costly part.
        // word * d + candidate -> needed
        let mut need = vec![false; words.len() * d];
        for k in 0..d {
            for w in windows.iter().filter(|w| whole(w, k)) {
                for &i in w {
                    need[i * d + k] = true;
                }
            }
        }
        // All positions read in one buffer; word * d + candidate -> its range there.
        let mut read: Vec<u32> = Vec::new();
        let mut ranges = vec![(0usize, 0usize); words.len() * d];
        for (i, info) in infos.iter().enumerate() {
            let wanted = &need[i * d..(i + 1) * d];
            let Some(info) = info.as_ref().filter(|_| wanted.contains(&true)) else {
                continue;
            };
            let mut postings = inverted
                .read_postings_from_terminfo(info, IndexRecordOption::WithFreqsAndPositions)
                .map_err(io)?;
            for (k, &(doc, _)) in docs.iter().enumerate() {
                if !wanted[k] {
                    continue;
                }
                if postings.doc() < doc {
                    postings.seek(doc);
                }
                if postings.doc() == doc {
                    let start = read.len();
                    postings.append_positions_with_offset(0, &mut read);
                    ranges[i * d + k] = (start, read.len());
                }
            }
        }
        let positions = |i: usize, k: usize| {
            let (from, to) = ranges[i * d + k];
            &read[from..to]
        };
        for w in windows.iter().filter(|w| w.len() >= 2) {
            for (k, &(_, v)) in docs.iter().enumerate() {
                if !whole(w, k) {
                    continue;
                }
                // Each place of the window's rarest word in the page says where the window
                // would start; positions are sorted, so every other word is a binary search
                // away. (A common word can stand hundreds of times in a page.)
                let Some((anchor, at)) = w
                    .iter()
                    .zip(0u32..)
                    .min_by_key(|&(&i, _)| positions(i, k).len())
                else {
                    continue;
                };
                let hit = positions(*anchor, k).iter().any(|&p| {
                    p.checked_sub(at).is_some_and(|start| {
                        w.iter().zip(0u32..).all(|(&i, off)| {
                            off == at || positions(i, k).binary_search(&(start + off)).is_ok()
                        })
                    })
                });
                if hit {
                    *found.entry(v).or_default() += 1;
                }
            }
        }
    }
    Ok(found
        .into_iter()
        .map(|(v, n)| (v, n as f32 / windows.len() as f32))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analyzers::{tokens, word_analyzer};
    use tantivy::tokenizer::TextAnalyzer;

    /// Each line through the analyzer, as the lexicon gives them.
    fn windows_of(analyzer: &mut TextAnalyzer, lines: &[&str]) -> Vec<Vec<String>> {
        let toks: Vec<Vec<String>> = lines.iter().map(|l| tokens(analyzer, l)).collect();
        let lines: Vec<Vec<&str>> = toks
            .iter()
            .map(|l| l.iter().map(String::as_str).collect())
            .collect();
        windows(&lines)
    }

    #[test]
    fn windows_are_bounded_and_unique() {
        let mut en = word_analyzer(Lang::En);
        let long = "alpha beta gamma delta ".repeat(50);
        let w = windows_of(&mut en, &[long.as_str(), "one two"]);
        assert!(w.len() <= MAX_WINDOWS);
        assert!(w.iter().all(|w| (2..=WINDOW).contains(&w.len())));
        let short = windows_of(&mut en, &["invalid key"]);
        assert_eq!(short, vec![vec!["invalid".to_string(), "key".to_string()]]);
        assert!(windows_of(&mut en, &["x"]).is_empty());
    }

    /// The windows found are the ones tantivy's own phrase query finds, page by page.
    #[test]
    fn scores_agree_with_tantivys_phrase_query() {
        use tantivy::collector::DocSetCollector;
        use tantivy::query::PhraseQuery;

        let kb = crate::kb::bundled();
        let (index, fields) = crate::search::index::build_in_ram(&kb, &mut |_, _| {})
            .expect("the bundled KB indexes");
        let searcher = index.reader().expect("a reader").searcher();
        let text = fields.text(Lang::En);
        let stats = Stats::read(&searcher, &[(text, IndexRecordOption::WithFreqs)]).expect("stats");
        let mut en = word_analyzer(Lang::En);
        let lines = [
            "Messages queued (connection quotas met) on the MTA",
            "550 5.1.1 user unknown, the mailbox does not exist",
            "no such words anywhere in the knowledge base zzqx",
        ];
        let windows = windows_of(&mut en, &lines);
        assert!(windows.len() > 5);
        // Every English page is a candidate, its version number standing for itself.
        let mut candidates = Vec::new();
        for (ord, seg) in searcher.segment_readers().iter().enumerate() {
            for doc in 0..seg.max_doc() {
                let addr = DocAddress::new(ord as u32, doc);
                candidates.push((candidates.len(), addr));
            }
        }
        let none = crate::search::bm25::run(&stats, &[]).expect("no clauses");
        let ours = scores(
            &searcher,
            &stats,
            &fields,
            Lang::En,
            &windows,
            &candidates,
            Known {
                scores: &none,
                mark: &|_| None,
            },
        )
        .expect("phrase scores");
        let mut theirs: HashMap<usize, usize> = HashMap::default();
        for w in &windows {
            let terms: Vec<Term> = w.iter().map(|t| Term::from_field_text(text, t)).collect();
            let found = searcher
                .search(&PhraseQuery::new(terms), &DocSetCollector)
                .expect("tantivy searches");
            for addr in found {
                let v = candidates
                    .iter()
                    .position(|&(_, a)| a == addr)
                    .expect("a page");
                *theirs.entry(v).or_default() += 1;
            }
        }
        assert!(!theirs.is_empty(), "the KB quotes these errors");
        assert_eq!(ours.len(), theirs.len());
        for (v, n) in theirs {
            assert_eq!(
                ours.get(&v),
                Some(&(n as f32 / windows.len() as f32)),
                "page {v}"
            );
        }
        // Read from a BM25 pass's marks instead of the postings, the same scores.
        let mut words: Vec<&str> = windows.iter().flatten().map(String::as_str).collect();
        words.sort_unstable();
        words.dedup();
        let clauses: Vec<crate::search::bm25::Clause> = words
            .iter()
            .zip(0u8..)
            .map(|(w, mark)| crate::search::bm25::Clause {
                term: Term::from_field_text(text, w),
                info: None,
                boost: 1.0,
                mark: Some(mark),
            })
            .collect();
        let marked = crate::search::bm25::run(&stats, &clauses).expect("a BM25 pass");
        let mark = |w: &str| words.iter().position(|x| *x == w).map(|i| i as u8);
        let known = Known {
            scores: &marked,
            mark: &mark,
        };
        let from_marks = scores(
            &searcher,
            &stats,
            &fields,
            Lang::En,
            &windows,
            &candidates,
            known,
        )
        .expect("phrase scores");
        assert_eq!(from_marks, ours);
    }
}
