//! Phrase windows and scores against tantivy's own phrase query.
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
    let (index, fields) =
        crate::search::index::build_in_ram(&kb, &mut |_, _| {}).expect("the bundled KB indexes");
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
