//! `kbbot chat`: an interactive prompt over the same engine as `ask`.
//!
//! A paste may span many lines, so a message ends at an empty line (or at the end of input).
//! On a terminal, rustyline gives line editing and history; when standard input is not a
//! terminal (piped), lines are read plainly with the same rule, so scripts can drive it.

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

use kbbot::answer::render_ask_text;
use kbbot::i18n::Localizer;
use kbbot::search::{AskOptions, Matcher, MAX_BYTES};
use kbbot::Lang;
use rustyline::error::ReadlineError;

use super::index::KbArgs;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    kb: KbArgs,
    /// Reply language (en, fr, nl, sv, it); default: the language of each message.
    #[arg(long)]
    lang: Option<Lang>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let matcher = super::index::matcher(&args.kb)?;
    let options = AskOptions {
        lang: args.lang,
        ..AskOptions::default()
    };
    let l10n = Localizer::bundled();
    let ui_lang = args.lang.unwrap_or(Lang::En);
    if std::io::stdin().is_terminal() {
        interactive(&matcher, &options, l10n, ui_lang)
    } else {
        piped(&matcher, &options, l10n)
    }
}

fn answer(
    matcher: &Matcher,
    options: &AskOptions,
    l10n: &Localizer,
    message: &str,
) -> anyhow::Result<()> {
    if message.trim().is_empty() {
        return Ok(());
    }
    let reply = matcher.ask(message, options);
    let mut out = anstream::stdout();
    writeln!(out, "{}", render_ask_text(&reply, l10n))?;
    out.flush()?;
    Ok(())
}

fn piped(matcher: &Matcher, options: &AskOptions, l10n: &Localizer) -> anyhow::Result<ExitCode> {
    let stdin = std::io::stdin();
    let mut message = String::new();
    for line in stdin.lock().split(b'\n') {
        let line = line?;
        let line = String::from_utf8_lossy(&line);
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            answer(matcher, options, l10n, &message)?;
            message.clear();
        } else if message.len() <= MAX_BYTES * 2 {
            // Past twice the matcher's limit, more lines cannot change the answer: drop them
            // rather than grow without bound; the reply still notes the cut.
            message.push_str(line);
            message.push('\n');
        }
    }
    answer(matcher, options, l10n, &message)?;
    Ok(ExitCode::SUCCESS)
}

fn interactive(
    matcher: &Matcher,
    options: &AskOptions,
    l10n: &Localizer,
    ui_lang: Lang,
) -> anyhow::Result<ExitCode> {
    let mut editor = rustyline::DefaultEditor::new()?;
    let history =
        std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".kbbot_history"));
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    println!("{}", l10n.msg(ui_lang, "chat-welcome", &[]));
    let mut message = String::new();
    loop {
        let prompt = if message.is_empty() {
            "kbbot> "
        } else {
            "...> "
        };
        match editor.readline(prompt) {
            Ok(line) => {
                if line.trim().is_empty() {
                    if !message.is_empty() {
                        let _ = editor.add_history_entry(message.trim_end());
                        answer(matcher, options, l10n, &message)?;
                        message.clear();
                    }
                } else if message.len() <= MAX_BYTES * 2 {
                    message.push_str(&line);
                    message.push('\n');
                }
            }
            Err(ReadlineError::Interrupted) => message.clear(),
            Err(ReadlineError::Eof) => {
                answer(matcher, options, l10n, &message)?;
                break;
            }
            Err(e) => return Err(e.into()),
        }
    }
    if let Some(h) = &history {
        let _ = editor.save_history(h);
    }
    println!("{}", l10n.msg(ui_lang, "chat-bye", &[]));
    Ok(ExitCode::SUCCESS)
}
