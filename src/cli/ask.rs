//! `kbbot ask [TEXT|-]`: one answer; `kbbot ask --batch FILE|-`: one JSON line per input line.

use std::io::{BufRead, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use kbbot::answer::{render_ask_json, render_ask_text};
use kbbot::i18n::Localizer;
use kbbot::search::{AskOptions, Matcher};
use kbbot::Lang;
use serde::Serialize;

use super::index::KbArgs;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The paste to answer; `-` (or nothing) reads standard input.
    text: Option<String>,
    #[command(flatten)]
    kb: KbArgs,
    /// Reply language (en, fr, nl, sv, it); default: the language of your words, else English.
    #[arg(long)]
    lang: Option<Lang>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Answer many queries: one JSON object per line (`{"id", "query", "lang"?}`) from FILE or `-`.
    #[arg(long, value_name = "FILE", conflicts_with = "text")]
    batch: Option<String>,
}

/// The most bytes read from standard input or a file for one paste; the matcher reads only
/// its own limit of them, and says so.
const MAX_INPUT: u64 = 4 * 1024 * 1024;

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(batch) = &args.batch {
        let matcher = super::index::matcher(&args.kb)?;
        return run_batch(&matcher, batch);
    }
    let text = match args.text.as_deref() {
        Some(t) if t != "-" => t.to_string(),
        _ => read_stdin()?,
    };
    let matcher = super::index::matcher(&args.kb)?;
    let options = AskOptions {
        lang: args.lang,
        ..AskOptions::default()
    };
    let reply = matcher.ask(&text, &options);
    let out = match args.format {
        Format::Text => render_ask_text(&reply, Localizer::bundled()),
        Format::Json => render_ask_json(&reply) + "\n",
    };
    let mut stdout = anstream::stdout();
    stdout.write_all(out.as_bytes())?;
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Standard input as text: at most [`MAX_INPUT`] bytes, invalid UTF-8 replaced.
pub(crate) fn read_stdin() -> anyhow::Result<String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(MAX_INPUT)
        .read_to_end(&mut bytes)
        .context("reading standard input")?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[derive(serde::Deserialize)]
struct BatchIn {
    #[serde(default)]
    id: Option<serde_json::Value>,
    query: String,
    #[serde(default)]
    lang: Option<String>,
}

#[derive(Serialize)]
struct BatchCandidate {
    article_id: String,
    confidence: f64,
}

#[derive(Serialize)]
struct BatchOut {
    id: serde_json::Value,
    decision: &'static str,
    article_id: Option<String>,
    lang: Lang,
    confidence: f64,
    candidates: Vec<BatchCandidate>,
    micros: u128,
}

#[derive(Serialize)]
struct BatchError {
    id: serde_json::Value,
    error: String,
}

fn run_batch(matcher: &Matcher, source: &str) -> anyhow::Result<ExitCode> {
    let reader: Box<dyn BufRead> = if source == "-" {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        let path = PathBuf::from(source);
        let file =
            std::fs::File::open(&path).with_context(|| format!("opening {}", path.display()))?;
        Box::new(std::io::BufReader::new(file))
    };
    let l10n = Localizer::bundled();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (n, line) in reader.split(b'\n').enumerate() {
        let bytes = line.context("reading the batch input")?;
        let text = String::from_utf8_lossy(&bytes);
        if text.trim().is_empty() {
            continue;
        }
        let line_id = serde_json::Value::from(n + 1);
        let value = match serde_json::from_str::<BatchIn>(&text) {
            Ok(input) => answer_one(matcher, input, l10n),
            Err(e) => {
                // Keep the id when the line is JSON with an id but something else is wrong.
                let id = serde_json::from_str::<serde_json::Value>(&text)
                    .ok()
                    .and_then(|v| v.get("id").cloned())
                    .unwrap_or(line_id);
                let error = l10n.msg(
                    Lang::En,
                    "batch-bad-json",
                    &[("error", e.to_string().into())],
                );
                serde_json::to_value(BatchError { id, error })
            }
        }?;
        serde_json::to_writer(&mut out, &value)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn answer_one(
    matcher: &Matcher,
    input: BatchIn,
    l10n: &Localizer,
) -> serde_json::Result<serde_json::Value> {
    let id = input.id.unwrap_or(serde_json::Value::Null);
    let lang = match input
        .lang
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        None => None,
        Some(tag) => match Lang::from_tag(tag) {
            Some(l) => Some(l),
            None => {
                let error = l10n.msg(Lang::En, "batch-bad-lang", &[("lang", tag.into())]);
                return serde_json::to_value(BatchError { id, error });
            }
        },
    };
    let options = AskOptions {
        lang,
        ..AskOptions::default()
    };
    let start = Instant::now();
    let outcome = matcher.find(&input.query, &options);
    let micros = start.elapsed().as_micros();
    let articles = matcher.kb().articles();
    let top = outcome.hits.first().filter(|_| outcome.answered);
    serde_json::to_value(BatchOut {
        id,
        decision: if top.is_some() { "answer" } else { "decline" },
        article_id: top.map(|h| h.id.to_string()),
        lang: top
            .and_then(|h| articles.get(h.version))
            .map_or(outcome.lang, |a| a.lang),
        confidence: outcome
            .hits
            .first()
            .map_or(0.0, |h| thousandths(h.confidence)),
        candidates: outcome
            .hits
            .iter()
            .map(|h| BatchCandidate {
                article_id: h.id.to_string(),
                confidence: thousandths(h.confidence),
            })
            .collect(),
        micros,
    })
}

/// A confidence as the JSON number it reads as: the batch line goes through
/// `serde_json::Value`, which widens an f32 to f64 and would print 0.859 as 0.859000027….
fn thousandths(c: f32) -> f64 {
    (f64::from(c) * 1000.0).round() / 1000.0
}
