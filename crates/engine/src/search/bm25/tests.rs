//! The BM25 pass against tantivy's own scoring.

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};

use super::*;
use crate::search::index;
use crate::Lang;

#[test]
fn bits_lists_the_set_places_lowest_first() {
    assert_eq!(bits(0).count(), 0);
    assert_eq!(bits(0b1011).collect::<Vec<_>>(), vec![0, 1, 3]);
    assert_eq!(bits(1 << 63).collect::<Vec<_>>(), vec![63]);
    assert_eq!(bits(u64::MAX).count(), 64);
}

#[test]
fn scores_are_the_ones_tantivys_boolean_query_gives() {
    let kb = crate::kb::bundled();
    let (idx, fields) = index::build_in_ram(&kb, &mut |_, _| {}).expect("the bundled KB indexes");
    let searcher = idx.reader().expect("a reader").searcher();
    let with_freqs = IndexRecordOption::WithFreqs;
    let stats = Stats::read(
        &searcher,
        &[
            (fields.text(Lang::En), with_freqs),
            (fields.title(Lang::En), with_freqs),
            (fields.text(Lang::Fr), with_freqs),
            (fields.code, IndexRecordOption::Basic),
        ],
    )
    .expect("statistics");
    let clause = |field, word: &str, boost, mark| Clause {
        term: Term::from_field_text(field, word),
        info: None,
        boost,
        mark,
    };
    let clauses = vec![
        clause(fields.text(Lang::En), "messag", 1.0, Some(0)),
        clause(fields.text(Lang::En), "quota", 1.3, Some(1)),
        clause(fields.title(Lang::En), "quota", 0.6, Some(64)),
        clause(fields.text(Lang::Fr), "quota", 0.4, None),
        clause(fields.code, "550", 3.0, None),
        clause(fields.text(Lang::En), "nosuchwordanywhere", 1.0, Some(2)),
    ];
    let ours = run(&stats, &clauses).expect("scores");
    let query = BooleanQuery::new(
        clauses
            .iter()
            .map(|c| {
                let tq = TermQuery::new(c.term.clone(), with_freqs);
                let q: Box<dyn Query> = Box::new(BoostQuery::new(Box::new(tq), c.boost));
                (Occur::Should, q)
            })
            .collect(),
    );
    let theirs = searcher
        .search(&query, &TopDocs::with_limit(1000).order_by_score())
        .expect("tantivy searches");
    let best = ours.best(1000);
    assert!(best.len() > 10, "the words are in many articles");
    assert_eq!(best.len(), theirs.len());
    let mut theirs_by_doc: HashMap<DocAddress, Score> =
        theirs.iter().map(|&(s, d)| (d, s)).collect();
    for (score, doc) in &best {
        let other = theirs_by_doc.remove(doc).expect("the same documents");
        assert!(
            (score - other).abs() <= 1e-4 * other.max(1.0),
            "{score} vs {other}"
        );
    }
    // Marks: a page that scored on "quota" in its English text carries mark 1, and no
    // page carries the mark of a word no page has.
    let marked: Vec<u128> = best.iter().map(|&(_, d)| ours.marks(d)).collect();
    assert!(marked.iter().any(|m| m & 0b10 != 0));
    assert!(marked.iter().all(|m| m & 0b100 == 0));
    // The index is one segment, so a clause may carry the postings address it was
    // looked up with and score the same.
    let (df, info) = stats.lookup(&clauses[1].term).expect("lookup");
    assert!(df > 0 && info.is_some());
    let again = run(
        &stats,
        &[Clause {
            info,
            ..clause(fields.text(Lang::En), "quota", 1.3, Some(1))
        }],
    )
    .expect("scores");
    let alone = run(&stats, &clauses[1..2]).expect("scores");
    assert_eq!(again.best(50), alone.best(50));
}
