//! Tests of the scoring of one run.

use super::*;

pub(in super::super) fn query(id: &str, lang: &str, kind: &str, expected: &[&str]) -> Query {
    Query {
        id: id.into(),
        lang: lang.into(),
        query: format!("the text of {id}"),
        expected: expected.iter().map(|e| e.to_string()).collect(),
        kind: kind.into(),
    }
}

fn ranking(ids: &[&str], answered: bool, confidence: f32) -> Ranking {
    Ranking {
        ids: ids.iter().map(|i| ArticleId(i.to_string())).collect(),
        top_confidence: (!ids.is_empty()).then_some(confidence),
        answered,
        others: Vec::new(),
        ms: 1.0,
    }
}

#[test]
fn mrr_is_the_mean_reciprocal_rank_of_the_first_right_article() {
    let queries = [
        query("a", "en", "bare", &["KB-1"]),
        query("b", "en", "bare", &["KB-2"]),
        query("c", "en", "bare", &["KB-3", "KB-9"]),
        query("d", "en", "bare", &["KB-4"]),
    ];
    let rankings = [
        // rank 1, 2, 4 (the second right id counts), and not ranked.
        ranking(&["KB-1", "KB-2"], true, 0.9),
        ranking(&["KB-1", "KB-2"], true, 0.9),
        ranking(&["KB-1", "KB-2", "KB-5", "KB-9"], false, 0.2),
        ranking(&["KB-1"], true, 0.9),
    ];
    let r = score(&queries, &rankings);
    let mrr = (1.0 + 0.5 + 0.25 + 0.0) / 4.0;
    assert!((r.mrr - mrr).abs() < 1e-12, "{}", r.mrr);
    assert_eq!(r.hit1, 25.0);
    // Rank 4 is not in the first three.
    assert_eq!(r.hit3, 50.0);
    assert_eq!(r.queries, 4);
}

#[test]
fn a_right_article_not_answered_is_a_decline_not_a_hit() {
    let queries = [query("a", "fr", "log", &["KB-1"])];
    let r = score(&queries, &[ranking(&["KB-1"], false, 0.3)]);
    assert_eq!((r.hit1, r.hit3, r.mrr), (0.0, 100.0, 1.0));
    assert_eq!(r.misses.len(), 1);
    assert_eq!(r.misses[0].got, "decline (KB-1)");
    assert_eq!(r.misses[0].expected, "KB-1");
    // A decline of an answerable query: precision 0 of 1 decline.
    assert_eq!(r.decline_precision, 0.0);
    assert_eq!(r.by_lang["fr"].declines, 1);
}

#[test]
fn declines_are_counted_for_precision_and_recall() {
    let queries = [
        query("n1", "en", "negative", &[]),
        query("n2", "en", "negative", &[]),
        query("n3", "sv", "negative", &[]),
        query("p1", "sv", "bare", &["KB-1"]),
        query("p2", "sv", "bare", &["KB-2"]),
    ];
    let rankings = [
        ranking(&["KB-1"], false, 0.1), // declined: right
        ranking(&[], false, 0.0),       // nothing found: declined, right
        ranking(&["KB-7"], true, 0.8),  // answered: wrong
        ranking(&["KB-1"], true, 0.9),  // hit
        ranking(&["KB-2"], false, 0.4), // declined: wrong
    ];
    let r = score(&queries, &rankings);
    // 2 of the 3 negatives declined; 2 of the 3 declines were negatives.
    assert!((r.negatives_declined - 200.0 / 3.0).abs() < 1e-9);
    assert_eq!(r.decline_recall, r.negatives_declined);
    assert!((r.decline_precision - 200.0 / 3.0).abs() < 1e-9);
    assert_eq!(r.hit1, 50.0);
    let en = &r.by_lang["en"];
    assert_eq!(
        (en.n, en.negatives, en.negatives_declined, en.answerable),
        (2, 2, 2, 0)
    );
    assert_eq!((en.hit1_pct(), en.mrr()), (0.0, 0.0));
    let sv = &r.by_lang["sv"];
    assert_eq!(
        (sv.n, sv.negatives_declined, sv.hit1, sv.declines),
        (3, 0, 1, 1)
    );
    assert_eq!(r.by_kind["negative"].n, 3);
    assert_eq!(r.by_kind["bare"].hit1_pct(), 50.0);
    let missed: Vec<(&str, &str)> = r
        .misses
        .iter()
        .map(|m| (m.id.as_str(), m.got.as_str()))
        .collect();
    assert_eq!(missed, [("n3", "KB-7"), ("p2", "decline (KB-2)")]);
    assert_eq!(r.misses[0].expected, "NONE");
    assert_eq!(r.misses[0].confidence, 0.8);
    // The empty ranking states no confidence; the four others do.
    assert_eq!(r.reliability.iter().map(|b| b.n).sum::<usize>(), 4);
    // 0.8: n3's KB-7, wrong; 0.9: p1's KB-1, right; 0.4: p2's KB-2, right though declined.
    assert_eq!(r.reliability[8].accuracy, Some(0.0));
    assert_eq!(r.reliability[9].accuracy, Some(1.0));
    assert_eq!(r.reliability[4].accuracy, Some(1.0));
    assert_eq!(r.reliability[1].accuracy, Some(0.0));
}

#[test]
fn a_missed_query_is_cut_and_its_line_breaks_shown() {
    let mut q = query("a", "en", "log", &["KB-1"]);
    q.query = format!("line one\nline two {}", "x".repeat(300));
    let r = score(&[q], &[ranking(&[], false, 0.0)]);
    let m = &r.misses[0];
    assert_eq!(m.got, "decline (-)");
    assert_eq!(m.confidence, 0.0);
    assert!(m.query.starts_with("line one⏎line two x"), "{}", m.query);
    assert_eq!(m.query.chars().count(), 160);
}

#[test]
fn percentiles_pick_the_nearest_rank() {
    let times: Vec<f64> = (1..=101).map(f64::from).collect();
    assert_eq!(percentile(&times, 0.5), 51.0);
    assert_eq!(percentile(&times, 0.99), 100.0);
    assert_eq!(percentile(&times, 1.0), 101.0);
    assert_eq!(percentile(&times, 0.0), 1.0);
    assert_eq!(percentile(&[], 0.5), 0.0);
    assert_eq!(percentile(&[3.0, 7.0], 0.5), 7.0);
    let queries = [
        query("a", "en", "", &["KB-1"]),
        query("b", "en", "", &["KB-1"]),
    ];
    let mut slow = ranking(&["KB-1"], true, 0.9);
    slow.ms = 12.5;
    let r = score(&queries, &[slow, ranking(&["KB-1"], true, 0.9)]);
    assert_eq!((r.p50_ms, r.max_ms), (12.5, 12.5));
}

#[test]
fn a_paste_with_several_errors_counts_each_error_given_by_the_answer_or_beside_it() {
    let queries = [
        query("a", "en", "multi", &["KB-1", "KB-2", "KB-3"]),
        query("b", "en", "multi", &["KB-1", "KB-2"]),
        // Alternatives of another kind are not several errors.
        query("c", "en", "log", &["KB-1", "KB-2"]),
    ];
    let mut all = ranking(&["KB-1", "KB-5"], true, 0.9);
    all.others = vec![ArticleId("KB-2".into()), ArticleId("KB-3".into())];
    // A declined answer gives nothing; only what is beside it counts.
    let mut declined = ranking(&["KB-1"], false, 0.3);
    declined.others = vec![ArticleId("KB-2".into())];
    let r = score(&queries, &[all, declined, ranking(&["KB-1"], true, 0.9)]);
    let s = &r.several_errors;
    assert_eq!(
        (s.queries, s.every_error, s.errors, s.errors_given),
        (2, 1, 5, 4)
    );
}
