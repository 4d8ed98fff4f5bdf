//! `kbbot chat`: an interactive prompt over the same engine as `ask`.
//!
//! A paste may span many lines, so a message ends at an empty line (or at the end of input).
//! On a terminal, rustyline gives line editing and history; when standard input is not a
//! terminal (piped), lines are read plainly with the same rule, so scripts can drive it.
//!
//! A line that starts a message with one of the commands (`/help`, `/lang`, `/show`,
//! `/quit`) runs at once. Any other line, `/usr/...` included, is part of the paste.

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

use kbbot::answer::{render_ask_text, render_show_text, ShowReply};
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

/// One chat: the engine, the reply language asked for, and the language last replied in.
struct Session<'a> {
    matcher: &'a Matcher,
    options: AskOptions,
    l10n: &'a Localizer,
    /// The language of the last reply, for messages that are not answers (`/show`, `/help`).
    last: Lang,
}

/// What the loop does after a line.
#[derive(PartialEq, Eq)]
enum Flow {
    Go,
    Quit,
}

impl Session<'_> {
    fn lang(&self) -> Lang {
        self.options.lang.unwrap_or(self.last)
    }

    fn say(&self, text: &str) -> anyhow::Result<()> {
        let mut out = anstream::stdout();
        writeln!(out, "{text}")?;
        out.flush()?;
        Ok(())
    }

    fn answer(&mut self, message: &str) -> anyhow::Result<()> {
        if message.trim().is_empty() {
            return Ok(());
        }
        let reply = self.matcher.ask(message, &self.options);
        self.last = reply.lang;
        self.say(&render_ask_text(&reply, self.l10n))
    }

    /// Runs `line` if it is a command; `None` when it is not one (it belongs to a paste).
    fn command(&mut self, line: &str) -> Option<anyhow::Result<Flow>> {
        // A terminal's bracketed paste can bring several lines at once: that is a paste.
        if line.contains('\n') {
            return None;
        }
        let mut words = line.trim_start_matches('\u{feff}').split_whitespace();
        let name = words.next()?;
        let arg = words.next();
        let lang = self.lang();
        let text = match name {
            "/help" | "/?" => self.l10n.msg(lang, "chat-help", &[]),
            "/quit" | "/exit" => return Some(Ok(Flow::Quit)),
            "/lang" => match arg {
                Some(a) if a.eq_ignore_ascii_case("auto") => {
                    self.options.lang = None;
                    self.l10n.msg(lang, "chat-lang-auto", &[])
                }
                Some(a) => match a.parse::<Lang>() {
                    Ok(l) => {
                        self.options.lang = Some(l);
                        let name = self.l10n.msg(l, &format!("lang-{}", l.code()), &[]);
                        self.l10n
                            .msg(l, "chat-lang-set", &[("language", name.into())])
                    }
                    Err(_) => self.l10n.msg(lang, "batch-bad-lang", &[("lang", a.into())]),
                },
                None => self.l10n.msg(lang, "chat-help", &[]),
            },
            "/show" => match arg {
                Some(id) => match ShowReply::from_kb(self.matcher.kb(), id, lang) {
                    Some(reply) => render_show_text(&reply, self.l10n),
                    None => self.l10n.msg(lang, "show-unknown", &[("id", id.into())]),
                },
                None => self.l10n.msg(lang, "chat-help", &[]),
            },
            _ => return None,
        };
        Some(self.say(&text).map(|()| Flow::Go))
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let matcher = super::index::matcher(&args.kb)?;
    let mut session = Session {
        matcher: &matcher,
        options: AskOptions {
            lang: args.lang,
            ..AskOptions::default()
        },
        l10n: Localizer::bundled(),
        last: args.lang.unwrap_or(Lang::En),
    };
    if std::io::stdin().is_terminal() {
        interactive(&mut session)
    } else {
        piped(&mut session)
    }
}

fn piped(session: &mut Session<'_>) -> anyhow::Result<ExitCode> {
    let stdin = std::io::stdin();
    let mut message = String::new();
    for line in stdin.lock().split(b'\n') {
        let line = line?;
        let line = String::from_utf8_lossy(&line);
        let line = line.trim_end_matches('\r');
        if message.is_empty() {
            match session.command(line) {
                Some(Ok(Flow::Quit)) => return Ok(ExitCode::SUCCESS),
                Some(Ok(Flow::Go)) => continue,
                Some(Err(e)) => return Err(e),
                None => {}
            }
        }
        if line.trim().is_empty() {
            session.answer(&message)?;
            message.clear();
        } else if message.len() <= MAX_BYTES * 2 {
            // Past twice the matcher's limit, more lines cannot change the answer: drop them
            // rather than grow without bound; the reply still notes the cut.
            message.push_str(line);
            message.push('\n');
        }
    }
    session.answer(&message)?;
    Ok(ExitCode::SUCCESS)
}

fn interactive(session: &mut Session<'_>) -> anyhow::Result<ExitCode> {
    let mut editor = rustyline::DefaultEditor::new()?;
    let history =
        std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".kbbot_history"));
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    session.say(&session.l10n.msg(session.lang(), "chat-welcome", &[]))?;
    let mut message = String::new();
    loop {
        let prompt = if message.is_empty() {
            "kbbot> "
        } else {
            "...> "
        };
        match editor.readline(prompt) {
            Ok(line) => {
                if message.is_empty() {
                    if let Some(flow) = session.command(&line) {
                        let _ = editor.add_history_entry(line.trim());
                        if flow? == Flow::Quit {
                            break;
                        }
                        continue;
                    }
                }
                if line.trim().is_empty() {
                    if !message.is_empty() {
                        let _ = editor.add_history_entry(message.trim_end());
                        session.answer(&message)?;
                        message.clear();
                    }
                } else if message.len() <= MAX_BYTES * 2 {
                    message.push_str(&line);
                    message.push('\n');
                }
            }
            Err(ReadlineError::Interrupted) => message.clear(),
            Err(ReadlineError::Eof) => {
                session.answer(&message)?;
                break;
            }
            Err(e) => return Err(e.into()),
        }
    }
    if let Some(h) = &history {
        let _ = editor.save_history(h);
    }
    session.say(&session.l10n.msg(session.lang(), "chat-bye", &[]))?;
    Ok(ExitCode::SUCCESS)
}
