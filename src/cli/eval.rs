//! `kbbot eval --kb DIR --queries FILE.tsv`: runs a labelled query set and prints hit@1, hit@3,
//! MRR, decline precision and recall, tables per language and per kind, latency, the
//! reliability of the stated confidence and the misses.
//!
//! The set's format and every figure are the engine's (`kbbot_engine::answer::eval`); this
//! face parses the arguments, calls it and prints the [`Report`] as text (fluent) or JSON.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use kbbot_engine::answer::eval::{self, parse_queries, EvalOptions, Query, Report};
use kbbot_engine::i18n::{FluentValue, Localizer};
use kbbot_engine::search::{Baseline, Matcher};
use kbbot_engine::Lang;

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

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let text = std::fs::read_to_string(&args.queries)
        .with_context(|| format!("reading {}", args.queries.display()))?;
    let queries =
        parse_queries(&text).with_context(|| format!("reading {}", args.queries.display()))?;
    let matcher = super::index::matcher(&args.kb)?;
    let options = EvalOptions {
        use_row_lang: args.use_row_lang,
    };
    let mut report = eval::evaluate(&matcher, &queries, &options);
    if args.baseline {
        let baseline = Baseline::build(matcher.kb()).context("indexing the baseline")?;
        report.baseline = Some(eval::evaluate_baseline(&baseline, &queries)?);
    }
    if let Some(path) = &args.dump_evidence {
        dump_evidence(&matcher, &queries, path)
            .with_context(|| format!("writing {}", path.display()))?;
    }
    let mut out = anstream::stdout();
    match args.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?,
        Format::Text => print_text(&mut out, &report, &matcher, &args.queries)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes `--dump-evidence`: one JSON line per query.
fn dump_evidence(matcher: &Matcher, queries: &[Query], path: &Path) -> anyhow::Result<()> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    for line in eval::evidence_lines(matcher, queries) {
        writeln!(out, "{}", serde_json::to_string(&line)?)?;
    }
    out.flush()?;
    Ok(())
}

/// Writes one report line: message `id` of the English bundle (eval is a developer tool whose
/// tables and ids are English; the messages still live in fluent like every other string).
fn say(out: &mut impl Write, id: &str, args: &[(&str, FluentValue<'_>)]) -> std::io::Result<()> {
    writeln!(out, "{}", Localizer::bundled().msg(Lang::En, id, args))
}

fn f1(x: f64) -> FluentValue<'static> {
    FluentValue::from(format!("{x:.1}"))
}

/// The reliability table: one row per bin of stated confidence, percentages throughout.
fn print_reliability(out: &mut impl Write, r: &Report) -> anyhow::Result<()> {
    let stated: usize = r.reliability.iter().map(|b| b.n).sum();
    say(
        out,
        "eval-reliability",
        &[("count", stated.into()), ("queries", r.queries.into())],
    )?;
    say(out, "eval-reliability-header", &[])?;
    let pct = |x: Option<f64>| x.map_or_else(|| "-".to_string(), |x| format!("{:.1}", 100.0 * x));
    for b in &r.reliability {
        let bounds = format!("{:.0}-{:.0} %", 100.0 * b.from, 100.0 * b.to);
        writeln!(
            out,
            "{bounds:<10} {:>4}  {:>5}  {:>7}  {:>8}",
            b.n,
            b.right,
            pct(b.accuracy),
            pct(b.mean_confidence),
        )?;
    }
    Ok(())
}

fn print_text(
    out: &mut impl Write,
    r: &Report,
    matcher: &Matcher,
    file: &std::path::Path,
) -> anyhow::Result<()> {
    print_summary(out, r, matcher, file)?;
    print_tables(out, r)?;
    writeln!(out)?;
    print_reliability(out, r)?;
    writeln!(out)?;
    print_misses(out, r)
}

/// The headline figures: what was run, then accuracy, declines, latency and the baseline.
fn print_summary(
    out: &mut impl Write,
    r: &Report,
    matcher: &Matcher,
    file: &std::path::Path,
) -> anyhow::Result<()> {
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
        "eval-confident-wrong",
        &[
            ("count", r.confident_wrong.into()),
            (
                "above",
                FluentValue::from(format!(
                    "{:.0}",
                    kbbot_engine::answer::eval::CONFIDENT * 100.0
                )),
            ),
        ],
    )?;
    let several = &r.several_errors;
    if several.queries > 0 {
        say(
            out,
            "eval-several-errors",
            &[
                ("count", several.queries.into()),
                ("every", several.every_error.into()),
                ("errors", several.errors.into()),
                ("given", several.errors_given.into()),
            ],
        )?;
    }
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
    Ok(())
}

/// One table per language and one per query kind.
fn print_tables(out: &mut impl Write, r: &Report) -> anyhow::Result<()> {
    for table in [&r.by_lang, &r.by_kind] {
        writeln!(out)?;
        say(out, "eval-table-header", &[])?;
        for (name, t) in table {
            let name = if name.is_empty() { "-" } else { name.as_str() };
            writeln!(
                out,
                "{name:<14} {:>4}  {:>5.1}  {:>5.1}  {:>5.3}  {}",
                t.n,
                t.hit1_pct(),
                t.hit3_pct(),
                t.mrr(),
                if t.negatives == 0 {
                    "-".to_string()
                } else {
                    format!("{}/{}", t.negatives_declined, t.negatives)
                },
            )?;
        }
    }
    Ok(())
}

/// Every query answered wrongly, with what was expected and what came instead.
fn print_misses(out: &mut impl Write, r: &Report) -> anyhow::Result<()> {
    let l10n = Localizer::bundled();
    let en = Lang::En;
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
