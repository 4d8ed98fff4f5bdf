//! The command line: `ask`, `chat`, `show`, `check`, `rules`, `explain`, `index`, `lint-kb`, `eval`,
//! `report`, `discord`.
//!
//! Each subcommand is a file with its `Args` and a `run` returning the exit code. Parsing
//! arguments, reading files and printing live here; matching, checking and loading live in
//! the library. Errors reach `main` as `anyhow` and exit with code 2.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod ask;
mod chat;
mod check;
mod discord;
mod eval;
mod index;
mod lint_kb;
mod report;
mod rules;
mod show;
mod term;

/// kbbot: answers Adobe Campaign Classic delivery errors from a multilingual knowledge base,
/// and checks serverConf.xml / config-<instance>.xml for quota and flow-control problems.
#[derive(Debug, Parser)]
#[command(name = "kbbot", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Answer a pasted error (TEXT, or `-` for standard input) from the KB.
    Ask(ask::Args),
    /// An interactive prompt: paste errors, get answers (an empty line sends).
    Chat(chat::Args),
    /// Show one KB article by id (as an answer or a decline lists it).
    Show(show::Args),
    /// Run a labelled query set (TSV) and print hit@1, hit@3, MRR, declines and latency.
    Eval(eval::Args),
    /// Write an on-disk search index that later runs reuse while the KB is unchanged.
    Index(index::Args),
    /// Check a KB folder: front matter, languages, sections, duplicate ids, load errors.
    LintKb(lint_kb::Args),
    /// Run the Discord bot (token from DISCORD_TOKEN or --token-file) until SIGINT/SIGTERM.
    Discord(discord::Args),
    /// Print the top unanswered questions and the articles marked not helpful, per language.
    Report(report::Args),
    /// Check serverConf.xml / config-<instance>.xml for quota and flow-control problems.
    Check(check::Args),
    /// List the checker's rules.
    Rules(rules::RulesArgs),
    /// Explain one checker rule: what, why, how to fix, examples, related articles.
    Explain(rules::ExplainArgs),
}

/// Parses the command line, runs the subcommand and maps errors to exit code 2.
pub fn main() -> ExitCode {
    init_tracing();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Ask(args) => ask::run(args),
        Command::Chat(args) => chat::run(args),
        Command::Show(args) => show::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Index(args) => index::run(args),
        Command::LintKb(args) => lint_kb::run(args),
        Command::Discord(args) => discord::run(args),
        Command::Report(args) => report::run(args),
        Command::Check(args) => check::run(args),
        Command::Rules(args) => rules::rules(args),
        Command::Explain(args) => rules::explain(args),
    };
    match result {
        Ok(code) => code,
        // `kbbot ask ... | head`: the reader has what it wanted; nothing to report.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            let _ = writeln!(std::io::stderr(), "kbbot: {}", describe(&err));
            ExitCode::from(2)
        }
    }
}

/// `err` and its causes on one line, each said once: the library's errors name their cause
/// in their own message ("cannot read KB folder x: No such file or directory"), which the
/// chain would then repeat.
fn describe(err: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if out.contains(&text) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&text);
    }
    out
}

/// Whether `err` comes from writing to a pipe whose reader has gone (directly, or through
/// serde_json, whose error hides the `io::Error` from the chain).
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == BrokenPipe)
            || e.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(BrokenPipe))
    })
}

fn init_tracing() {
    // Logs go to stderr, quiet by default; RUST_LOG=kbbot=debug for more.
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    // Colour codes only on a terminal: a log file or a CI capture gets plain text.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .try_init();
}

/// Loads the KB a command works on: `--kb DIR` when given, else the bundled one.
///
/// The files that did not load cleanly are named on stderr (the first few; `lint-kb` lists
/// them all), and a folder where no article loaded is an error: answering every question
/// with "I don't recognise this one" would hide it.
pub(crate) fn load_kb(dir: Option<&Path>) -> anyhow::Result<kbbot_engine::kb::Kb> {
    /// Load problems shown before the rest is left to `lint-kb`.
    const SHOWN: usize = 5;
    let Some(dir) = dir else {
        return Ok(kbbot_engine::kb::bundled());
    };
    let kb = kbbot_engine::kb::load_dir(dir)?;
    let l10n = kbbot_engine::i18n::Localizer::bundled();
    let shown_dir = dir.display().to_string();
    let diags = kb.diagnostics();
    if !diags.is_empty() {
        tracing::warn!(
            "{}",
            l10n.msg(
                kbbot_engine::Lang::En,
                "kb-load-problems",
                &[
                    ("count", diags.len().into()),
                    ("dir", shown_dir.as_str().into())
                ],
            )
        );
        for d in diags.iter().take(SHOWN) {
            tracing::warn!("  {d}");
        }
    }
    if kb.articles().is_empty() {
        anyhow::bail!(l10n.msg(
            kbbot_engine::Lang::En,
            "kb-no-articles",
            &[("dir", shown_dir.as_str().into())]
        ));
    }
    Ok(kb)
}

/// The language asked for with `--lang`, else the one in `LC_ALL` / `LANG`, else English.
pub(crate) fn lang_or_env(flag: Option<&str>) -> anyhow::Result<kbbot_engine::Lang> {
    if let Some(tag) = flag {
        return Ok(tag.parse::<kbbot_engine::Lang>()?);
    }
    let env = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty());
    Ok(env
        .as_deref()
        .and_then(kbbot_engine::i18n::negotiate)
        .unwrap_or(kbbot_engine::Lang::En))
}
