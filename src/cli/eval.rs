//! `kbbot eval --kb DIR --queries FILE.tsv`: runs a labelled query set and prints hit@1, hit@3,
//! MRR, decline precision and recall, tables per language and per kind, latency and the misses.
//!
//! The TSV has the header `id lang query expected kind source`; `\n`, `\t` and `\\` are escaped
//! in `query`; `expected` is one article id, several separated by `|`, or `NONE` (must decline).
//! hit@1 counts only answers: a right article given with too little confidence is a decline.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context};
use kbbot_engine::i18n::{FluentValue, Localizer};
use kbbot_engine::search::{AskOptions, Baseline, Matcher};
use kbbot_engine::Lang;
use serde::Serialize;

use super::ask::Format;
use super::index::KbArgs;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    kb: KbArgs,
    /// The labelled queries (TSV).
    #[arg(long)]
    queries: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Pass each row's language as the wanted reply language (default: detect it).
    #[arg(long)]
    use_row_lang: bool,
    /// Also run plain BM25 (every page one document, the raw query, no stemming, no
    /// extraction) over the same queries: how hard the set is, next to how kbbot does.
    #[arg(long)]
    baseline: bool,
    /// Write every query's ranked candidates with their evidence as JSON lines (for fitting
    /// the rank and confidence weights offline).
    #[arg(long, hide = true)]
    dump_evidence: Option<PathBuf>,
}

/// One labelled query.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub id: String,
    pub lang: String,
    pub query: String,
    /// Empty: must decline.
    pub expected: Vec<String>,
    pub kind: String,
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// Parses a query set.
pub(crate) fn parse(text: &str) -> anyhow::Result<Vec<Row>> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let col = |name: &str| header.iter().position(|h| h.trim() == name);
    let (Some(ci), Some(cl), Some(cq), Some(ce)) =
        (col("id"), col("lang"), col("query"), col("expected"))
    else {
        bail!("the header must name the columns id, lang, query, expected (and kind, source)");
    };
    let ck = col("kind");
    let mut rows = Vec::new();
    for (n, line) in lines.enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        let get = |i: usize| cells.get(i).copied().unwrap_or_default();
        if cells.len() <= cq.max(ce) {
            bail!(
                "line {}: expected at least {} columns, found {}",
                n + 2,
                cq.max(ce) + 1,
                cells.len()
            );
        }
        let expected = get(ce).trim();
        rows.push(Row {
            id: get(ci).to_string(),
            lang: get(cl).to_string(),
            query: unescape(get(cq)),
            expected: if expected.eq_ignore_ascii_case("NONE") {
                Vec::new()
            } else {
                expected.split('|').map(|s| s.trim().to_string()).collect()
            },
            kind: ck.map(get).unwrap_or_default().to_string(),
        });
    }
    Ok(rows)
}

#[derive(Debug, Default, Clone, Serialize)]
struct Tally {
    n: usize,
    answerable: usize,
    hit1: usize,
    hit3: usize,
    rr: f64,
    negatives: usize,
    negatives_declined: usize,
    declines: usize,
}

impl Tally {
    /// Mean reciprocal rank over the answerable queries.
    fn mrr(&self) -> f64 {
        if self.answerable == 0 {
            0.0
        } else {
            self.rr / self.answerable as f64
        }
    }

    fn pct(a: usize, b: usize) -> f64 {
        if b == 0 {
            0.0
        } else {
            100.0 * a as f64 / b as f64
        }
    }
}

#[derive(Debug, Serialize)]
struct Miss {
    id: String,
    lang: String,
    kind: String,
    expected: String,
    got: String,
    confidence: f32,
    query: String,
}

#[derive(Debug, Serialize)]
struct Report {
    queries: usize,
    hit1: f64,
    hit3: f64,
    mrr: f64,
    negatives_declined: f64,
    decline_precision: f64,
    decline_recall: f64,
    p50_ms: f64,
    p99_ms: f64,
    max_ms: f64,
    by_lang: BTreeMap<String, Tally>,
    by_kind: BTreeMap<String, Tally>,
    misses: Vec<Miss>,
    /// Plain BM25 over the same queries (`--baseline`).
    #[serde(skip_serializing_if = "Option::is_none")]
    baseline: Option<BaselineReport>,
}

/// Plain BM25's first articles scored like kbbot's, over the answerable queries (it never
/// declines, so the queries that must decline say nothing of it).
#[derive(Debug, Serialize)]
struct BaselineReport {
    hit1: f64,
    hit3: f64,
    mrr: f64,
    /// kind -> hit@1
    by_kind: BTreeMap<String, f64>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let text = std::fs::read_to_string(&args.queries)
        .with_context(|| format!("reading {}", args.queries.display()))?;
    let rows = parse(&text)?;
    let matcher = super::index::matcher(&args.kb)?;
    let mut report = evaluate(&matcher, &rows, args.use_row_lang);
    if args.baseline {
        let baseline = Baseline::build(matcher.kb()).context("indexing the baseline")?;
        report.baseline = Some(evaluate_baseline(&baseline, &rows)?);
    }
    if let Some(path) = &args.dump_evidence {
        dump_evidence(&matcher, &rows, path)
            .with_context(|| format!("writing {}", path.display()))?;
    }
    let mut out = anstream::stdout();
    match args.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?,
        Format::Text => print_text(&mut out, &report, &matcher, &args.queries)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// One line of `--dump-evidence`: a query, its labels, and every candidate's evidence.
#[derive(Serialize)]
struct DumpLine<'a> {
    id: &'a str,
    lang: &'a str,
    kind: &'a str,
    expected: &'a [String],
    hits: Vec<DumpHit<'a>>,
}

#[derive(Serialize)]
struct DumpHit<'a> {
    id: &'a str,
    confidence: f32,
    rank: f32,
    absolute_rank: f32,
    evidence: kbbot_engine::search::Evidence,
}

fn dump_evidence(matcher: &Matcher, rows: &[Row], path: &std::path::Path) -> anyhow::Result<()> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    let options = AskOptions {
        max_candidates: 9,
        ..AskOptions::default()
    };
    for row in rows {
        let outcome = matcher.find(&row.query, &options);
        let line = DumpLine {
            id: &row.id,
            lang: &row.lang,
            kind: &row.kind,
            expected: &row.expected,
            hits: outcome
                .hits
                .iter()
                .map(|h| DumpHit {
                    id: h.id.as_str(),
                    confidence: h.confidence,
                    rank: h.evidence.rank(),
                    absolute_rank: h.evidence.absolute_rank(),
                    evidence: h.evidence,
                })
                .collect(),
        };
        writeln!(out, "{}", serde_json::to_string(&line)?)?;
    }
    out.flush()?;
    Ok(())
}

fn evaluate(matcher: &Matcher, rows: &[Row], use_row_lang: bool) -> Report {
    let mut total = Tally::default();
    let mut by_lang: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_kind: BTreeMap<String, Tally> = BTreeMap::new();
    let mut times = Vec::with_capacity(rows.len());
    let mut misses = Vec::new();
    for row in rows {
        let options = AskOptions {
            lang: if use_row_lang {
                Lang::from_tag(&row.lang)
            } else {
                None
            },
            ..AskOptions::default()
        };
        let start = Instant::now();
        let outcome = matcher.find(&row.query, &options);
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        let ranked: Vec<&str> = outcome.hits.iter().map(|h| h.id.as_str()).collect();
        let answered = outcome.answered.then(|| ranked.first().copied()).flatten();
        let rank = ranked
            .iter()
            .position(|id| row.expected.iter().any(|e| e == id));
        let mut t = Tally {
            n: 1,
            declines: usize::from(answered.is_none()),
            ..Tally::default()
        };
        let ok = if row.expected.is_empty() {
            t.negatives = 1;
            t.negatives_declined = usize::from(answered.is_none());
            answered.is_none()
        } else {
            t.answerable = 1;
            t.hit1 = usize::from(answered.is_some() && rank == Some(0));
            t.hit3 = usize::from(rank.is_some_and(|r| r < 3));
            t.rr = rank.map_or(0.0, |r| 1.0 / (r as f64 + 1.0));
            t.hit1 == 1
        };
        if !ok {
            misses.push(Miss {
                id: row.id.clone(),
                lang: row.lang.clone(),
                kind: row.kind.clone(),
                expected: if row.expected.is_empty() {
                    "NONE".into()
                } else {
                    row.expected.join("|")
                },
                got: answered.map_or_else(
                    || format!("decline ({})", ranked.first().copied().unwrap_or("-")),
                    str::to_string,
                ),
                confidence: outcome.hits.first().map_or(0.0, |h| h.confidence),
                query: row
                    .query
                    .chars()
                    .take(160)
                    .collect::<String>()
                    .replace('\n', "⏎"),
            });
        }
        for tally in [
            &mut total,
            by_lang.entry(row.lang.clone()).or_default(),
            by_kind.entry(row.kind.clone()).or_default(),
        ] {
            tally.n += t.n;
            tally.answerable += t.answerable;
            tally.hit1 += t.hit1;
            tally.hit3 += t.hit3;
            tally.rr += t.rr;
            tally.negatives += t.negatives;
            tally.negatives_declined += t.negatives_declined;
            tally.declines += t.declines;
        }
    }
    times.sort_by(f64::total_cmp);
    let pick = |q: f64| {
        if times.is_empty() {
            0.0
        } else {
            times[((times.len() - 1) as f64 * q).round() as usize]
        }
    };
    Report {
        queries: rows.len(),
        hit1: Tally::pct(total.hit1, total.answerable),
        hit3: Tally::pct(total.hit3, total.answerable),
        mrr: total.mrr(),
        negatives_declined: Tally::pct(total.negatives_declined, total.negatives),
        decline_precision: Tally::pct(total.negatives_declined, total.declines),
        decline_recall: Tally::pct(total.negatives_declined, total.negatives),
        p50_ms: pick(0.5),
        p99_ms: pick(0.99),
        max_ms: pick(1.0),
        by_lang,
        by_kind,
        misses,
        baseline: None,
    }
}

fn evaluate_baseline(baseline: &Baseline, rows: &[Row]) -> anyhow::Result<BaselineReport> {
    let mut total = Tally::default();
    let mut by_kind: BTreeMap<String, Tally> = BTreeMap::new();
    for row in rows.iter().filter(|r| !r.expected.is_empty()) {
        let top = baseline.top(&row.query, 3)?;
        let rank = top
            .iter()
            .position(|id| row.expected.iter().any(|e| e == id.as_str()));
        for t in [&mut total, by_kind.entry(row.kind.clone()).or_default()] {
            t.answerable += 1;
            t.hit1 += usize::from(rank == Some(0));
            t.hit3 += usize::from(rank.is_some());
            t.rr += rank.map_or(0.0, |r| 1.0 / (r as f64 + 1.0));
        }
    }
    Ok(BaselineReport {
        hit1: Tally::pct(total.hit1, total.answerable),
        hit3: Tally::pct(total.hit3, total.answerable),
        mrr: total.mrr(),
        by_kind: by_kind
            .into_iter()
            .map(|(k, t)| (k, Tally::pct(t.hit1, t.answerable)))
            .collect(),
    })
}

/// Writes one report line: message `id` of the English bundle (eval is a developer tool whose
/// tables and ids are English; the messages still live in fluent like every other string).
fn say(out: &mut impl Write, id: &str, args: &[(&str, FluentValue<'_>)]) -> std::io::Result<()> {
    writeln!(out, "{}", Localizer::bundled().msg(Lang::En, id, args))
}

fn f1(x: f64) -> FluentValue<'static> {
    FluentValue::from(format!("{x:.1}"))
}

fn print_text(
    out: &mut impl Write,
    r: &Report,
    matcher: &Matcher,
    file: &std::path::Path,
) -> anyhow::Result<()> {
    let l10n = Localizer::bundled();
    let en = Lang::En;
    let articles = matcher.kb().articles();
    let mut groups: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
    groups.sort_unstable();
    groups.dedup();
    let answerable: usize = r.by_lang.values().map(|t| t.answerable).sum();
    let negatives: usize = r.by_lang.values().map(|t| t.negatives).sum();
    say(
        out,
        "eval-heading",
        &[
            ("queries", r.queries.into()),
            ("file", file.display().to_string().into()),
            ("articles", articles.len().into()),
            ("groups", groups.len().into()),
        ],
    )?;
    say(
        out,
        "eval-answerable",
        &[
            ("count", answerable.into()),
            ("hit1", f1(r.hit1)),
            ("hit3", f1(r.hit3)),
            ("mrr", FluentValue::from(format!("{:.3}", r.mrr))),
        ],
    )?;
    say(
        out,
        "eval-negatives",
        &[
            ("count", negatives.into()),
            ("declined", f1(r.negatives_declined)),
        ],
    )?;
    say(
        out,
        "eval-declines",
        &[
            ("precision", f1(r.decline_precision)),
            ("recall", f1(r.decline_recall)),
        ],
    )?;
    say(
        out,
        "eval-latency",
        &[
            ("p50", FluentValue::from(format!("{:.3}", r.p50_ms))),
            ("p99", FluentValue::from(format!("{:.3}", r.p99_ms))),
            ("max", FluentValue::from(format!("{:.3}", r.max_ms))),
        ],
    )?;
    if let Some(b) = &r.baseline {
        let kinds: Vec<String> = b
            .by_kind
            .iter()
            .map(|(k, v)| format!("{} {v:.1}", if k.is_empty() { "-" } else { k }))
            .collect();
        say(
            out,
            "eval-baseline",
            &[
                ("hit1", f1(b.hit1)),
                ("hit3", f1(b.hit3)),
                ("mrr", FluentValue::from(format!("{:.3}", b.mrr))),
                ("kinds", kinds.join(", ").into()),
            ],
        )?;
    }
    for table in [&r.by_lang, &r.by_kind] {
        writeln!(out)?;
        say(out, "eval-table-header", &[])?;
        for (name, t) in table {
            let name = if name.is_empty() { "-" } else { name.as_str() };
            writeln!(
                out,
                "{name:<14} {:>4}  {:>5.1}  {:>5.1}  {:>5.3}  {}",
                t.n,
                Tally::pct(t.hit1, t.answerable),
                Tally::pct(t.hit3, t.answerable),
                t.mrr(),
                if t.negatives == 0 {
                    "-".to_string()
                } else {
                    format!("{}/{}", t.negatives_declined, t.negatives)
                },
            )?;
        }
    }
    writeln!(out)?;
    say(out, "eval-misses", &[("count", r.misses.len().into())])?;
    for m in &r.misses {
        writeln!(
            out,
            "  {}",
            l10n.msg(
                en,
                "eval-miss",
                &[
                    ("id", m.id.as_str().into()),
                    ("lang", m.lang.as_str().into()),
                    ("kind", m.kind.as_str().into()),
                    ("expected", m.expected.as_str().into()),
                    ("got", m.got.as_str().into()),
                    (
                        "confidence",
                        FluentValue::from(format!("{:.0}", m.confidence * 100.0))
                    ),
                    ("query", m.query.as_str().into()),
                ],
            )
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_parse_with_escapes_several_expected_and_none() {
        let rows = parse(
            "id\tlang\tquery\texpected\tkind\tsource\n\
             q1\tfr\tligne 1\\nligne\\t2 \\\\ fin\tKB-0001|KB-0002\tlog\tme\n\
             q2\ten\thello\tNONE\tsmalltalk\tme\n",
        )
        .expect("parses");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].query, "ligne 1\nligne\t2 \\ fin");
        assert_eq!(rows[0].expected, vec!["KB-0001", "KB-0002"]);
        assert!(rows[1].expected.is_empty());
        assert!(parse("nothing\there\n").is_err());
    }
}
