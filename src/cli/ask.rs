//! `kbbot ask [TEXT|-]`: one answer; `kbbot ask --batch FILE|-`: one JSON line per input line.
//!
//! A paste is answered from its text, but the note on a cut paste counts what the user sent:
//! [`Received`] carries the bytes and lines as they arrived (before UTF-8 decoding, which
//! turns each invalid byte into a 3-byte U+FFFD) and [`ask_received`] puts them in the note.
//! `chat` answers its messages the same way.

use std::io::{BufRead, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use kbbot_engine::answer::{self, render_ask_json, render_ask_text, AskReply, Sent};
use kbbot_engine::i18n::Localizer;
use kbbot_engine::search::{scan_log, AskOptions, LogReadError, Matcher, MAX_BYTES};
use kbbot_engine::Lang;
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
    /// Triage a whole log (FILE, or `-` for standard input) of any length: its distinct
    /// errors, how often each occurs, where it first appears and its article.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["text", "batch"])]
    file: Option<String>,
}

/// The most bytes of standard input kept for one paste; the matcher reads only its own limit
/// of them, and says so. What comes after is counted, not kept.
const MAX_INPUT: usize = 4 * 1024 * 1024;

/// A paste as it arrived: its first bytes, undecoded, and how much arrived in all.
#[derive(Debug)]
pub(crate) struct Received {
    /// The first bytes, at most `cap` of them.
    kept: Vec<u8>,
    cap: usize,
    /// Every byte that arrived, kept or not.
    bytes: usize,
    /// Every `\n` that arrived.
    newlines: usize,
    /// Whether the last byte that arrived was a `\n` (it ends a line rather than starting one).
    ends_line: bool,
}

impl Received {
    /// An empty paste that keeps at most `cap` bytes. `cap` must be over the matcher's
    /// [`MAX_BYTES`]: decoding never shrinks bytes, so a paste cut here is also over the
    /// matcher's limit, and the reply notes the cut.
    pub(crate) fn new(cap: usize) -> Received {
        Received {
            kept: Vec::new(),
            cap: cap.max(MAX_BYTES + 1),
            bytes: 0,
            newlines: 0,
            ends_line: true,
        }
    }

    /// Adds bytes as they arrived.
    pub(crate) fn push(&mut self, chunk: &[u8]) {
        let room = self.cap.saturating_sub(self.kept.len());
        self.kept.extend_from_slice(&chunk[..room.min(chunk.len())]);
        self.bytes = self.bytes.saturating_add(chunk.len());
        self.newlines = self
            .newlines
            .saturating_add(chunk.iter().filter(|&&b| b == b'\n').count());
        if let Some(&last) = chunk.last() {
            self.ends_line = last == b'\n';
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.bytes == 0
    }

    /// Every byte that arrived so far, kept or not.
    pub(crate) fn bytes(&self) -> usize {
        self.bytes
    }

    /// Whether what was kept is only white space: nothing to answer.
    pub(crate) fn is_blank(&self) -> bool {
        self.kept.iter().all(u8::is_ascii_whitespace)
    }

    /// Lines as [`str::lines`] counts them: a final line without its `\n` counts too.
    fn lines(&self) -> usize {
        self.newlines + usize::from(!self.ends_line)
    }
}

/// Answers a paste that arrived as `received`: the engine reads the kept bytes and the
/// note on a cut paste counts what the user sent.
pub(crate) fn ask_received(
    matcher: &Matcher,
    received: &Received,
    options: &AskOptions,
) -> AskReply {
    let sent = Sent {
        bytes: received.bytes,
        lines: received.lines(),
    };
    answer::ask_received(matcher, &received.kept, sent, options)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(batch) = &args.batch {
        let matcher = super::index::matcher(&args.kb)?;
        return run_batch(&matcher, batch);
    }
    if let Some(file) = &args.file {
        return run_file(&args, file);
    }
    let received = match args.text.as_deref() {
        Some(t) if t != "-" => {
            let mut r = Received::new(MAX_INPUT);
            r.push(t.as_bytes());
            r
        }
        _ => receive_stdin()?,
    };
    let matcher = super::index::matcher(&args.kb)?;
    let options = AskOptions {
        lang: args.lang,
        ..AskOptions::default()
    };
    let reply = ask_received(&matcher, &received, &options);
    match args.format {
        Format::Text => super::term::print(&render_ask_text(&reply, Localizer::bundled()), false)?,
        Format::Json => {
            let mut stdout = anstream::stdout();
            stdout.write_all((render_ask_json(&reply) + "\n").as_bytes())?;
            stdout.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `--file`: the log scanned as it streams, then its groups looked up.
fn run_file(args: &Args, file: &str) -> anyhow::Result<ExitCode> {
    let lang = args.lang;
    let l10n = Localizer::bundled();
    let scanned = if file == "-" {
        scan_log(std::io::stdin().lock())
    } else {
        let f = std::fs::File::open(file).with_context(|| format!("cannot read {file}"))?;
        scan_log(f)
    };
    let scan = match scanned {
        Ok(scan) => scan,
        Err(LogReadError::Binary) => {
            let lang = lang.unwrap_or(Lang::En);
            let msg = l10n.msg(lang, "log-binary", &[("file", file.into())]);
            writeln!(std::io::stderr(), "{msg}")?;
            return Ok(ExitCode::from(2));
        }
        Err(LogReadError::Io(e)) => {
            return Err(anyhow::Error::new(e).context(format!("cannot read {file}")))
        }
    };
    let matcher = super::index::matcher(&args.kb)?;
    let reply = answer::triage(&matcher, scan, lang);
    match args.format {
        Format::Text => super::term::print(&answer::render_log_text(&reply, l10n), false)?,
        Format::Json => {
            let mut out = anstream::stdout();
            writeln!(out, "{}", serde_json::to_string_pretty(&reply)?)?;
            out.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Standard input counted past what is kept, up to this much: `yes | kbbot ask -` must end.
/// Beyond it the note's size is a lower bound.
const MAX_COUNTED: usize = 256 * 1024 * 1024;

/// Standard input to its end (or to [`MAX_COUNTED`]): the first [`MAX_INPUT`] bytes kept,
/// the rest counted, so the note on a cut paste reports the size the user sent.
fn receive_stdin() -> anyhow::Result<Received> {
    let mut received = Received::new(MAX_INPUT);
    let mut stdin = std::io::stdin().lock();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        if received.bytes >= MAX_COUNTED {
            return Ok(received);
        }
        match stdin.read(&mut buf) {
            Ok(0) => return Ok(received),
            Ok(n) => received.push(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e).context("reading standard input"),
        }
    }
}

#[derive(serde::Deserialize)]
struct BatchIn {
    #[serde(default)]
    id: Option<serde_json::Value>,
    query: String,
    #[serde(default)]
    lang: Option<String>,
}

/// One answered batch line: the reply in the schema of `ask --format json`, plus the line's
/// id, the answer's article id at the top level and the time the answer took.
#[derive(Serialize)]
struct BatchOut<'a> {
    id: serde_json::Value,
    article_id: Option<&'a str>,
    micros: u128,
    #[serde(flatten)]
    reply: &'a AskReply,
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
    let reply = answer::ask(matcher, &input.query, &options);
    let micros = start.elapsed().as_micros();
    serde_json::to_value(BatchOut {
        id,
        article_id: reply.answer.as_ref().map(|a| a.article_id.as_str()),
        micros,
        reply: &reply,
    })
}
