//! `kbbot chat`: an interactive prompt over the same engine as `ask`.
//!
//! A paste may span many lines, so a message ends at an empty line (or at the end of input),
//! except inside a ```` ``` ```` or `~~~` code fence, where empty lines belong to the paste:
//! a log copied between fences often has blank lines in it. The fence's closing line and then
//! an empty line send it. On a terminal, rustyline gives line editing and history, and edits a
//! whole message as one buffer so that a paste is never cut ([`terminal`]); when standard
//! input is not a terminal (piped), lines are read plainly; both go through [`Draft`], so
//! they follow the same rule and scripts can drive it.
//!
//! A line that starts a message with one of the commands (`/help`, `/lang`, `/show`,
//! `/quit`) runs at once. Any other line, `/usr/...` included, is part of the paste.

mod terminal;

use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;

use kbbot_engine::answer::{render_ask_text, render_show_text};
use kbbot_engine::i18n::Localizer;
use kbbot_engine::kb::Fence;
use kbbot_engine::search::{AskOptions, Matcher, MAX_BYTES};
use kbbot_engine::Lang;

use super::ask::{ask_received, Received};
use super::index::KbArgs;
use super::show;

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

/// The commands a message can start with; any other line belongs to a paste.
const COMMANDS: [&str; 6] = ["/help", "/?", "/quit", "/exit", "/lang", "/show"];

/// Whether `line` is a command (one line, starting with one of [`COMMANDS`]).
fn is_command(line: &str) -> bool {
    // A terminal's bracketed paste can bring several lines at once: that is a paste.
    !line.contains('\n')
        && line
            .trim_start_matches('\u{feff}')
            .split_whitespace()
            .next()
            .is_some_and(|name| COMMANDS.contains(&name))
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
        super::term::print(&format!("{text}\n"), false)?;
        Ok(())
    }

    fn answer(&mut self, message: &Received) -> anyhow::Result<()> {
        if message.is_blank() {
            return Ok(());
        }
        let reply = ask_received(self.matcher, message, &self.options);
        self.last = reply.lang;
        self.say(&render_ask_text(&reply, self.l10n))
    }

    /// Runs `line` if it is a command; `None` when it is not one (it belongs to a paste).
    fn command(&mut self, line: &str) -> Option<anyhow::Result<Flow>> {
        if !is_command(line) {
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
                Some(id) => match show::lookup(self.matcher.kb(), id, lang) {
                    Some(reply) => render_show_text(&reply, self.l10n),
                    None => show::unknown(self.matcher.kb(), id, lang, self.l10n),
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
        terminal::interactive(&mut session)
    } else {
        piped(&mut session)
    }
}

/// The message being written: its lines as received, and the code fence open in it, if any.
struct Draft {
    received: Received,
    /// The open fence's character (`` ` `` or `~`) and length.
    fence: Option<Fence>,
}

/// What a line did to the message.
#[derive(Debug, PartialEq, Eq)]
enum Step {
    /// It is part of the message.
    Added,
    /// It is the empty line that sends the message.
    Send,
}

impl Draft {
    fn new() -> Draft {
        Draft {
            // Past twice the matcher's limit, more lines cannot change the answer: they are
            // counted for the note on the cut, not kept, so a message cannot grow without bound.
            received: Received::new(MAX_BYTES * 2),
            fence: None,
        }
    }

    /// Whether no line has been added since the last send.
    fn is_empty(&self) -> bool {
        self.received.is_empty()
    }

    /// Takes `line` (`raw` as received, newline included when it had one; `text` decoded,
    /// without its line ending): an empty line outside a code fence sends the message.
    /// A terminal's bracketed paste brings several lines as one: blank lines inside it do not
    /// send, but its fences open and close.
    fn line(&mut self, raw: &[u8], text: &str) -> Step {
        if text.trim().is_empty() && self.fence.is_none() {
            return Step::Send;
        }
        for piece in text.lines() {
            self.fence = Fence::after(self.fence, piece);
        }
        self.received.push(raw);
        Step::Added
    }

    /// The message to send, leaving the draft empty.
    fn take(&mut self) -> Received {
        std::mem::replace(self, Draft::new()).received
    }
}

/// The longest piece of one line read at a time in piped chat.
const MAX_LINE_BYTES: u64 = 1024 * 1024;
/// The most one piped message may run to before it is sent as it stands: input that never
/// sends (`cat /dev/zero`) still gets an answer.
const MAX_MESSAGE_BYTES: usize = 256 * 1024 * 1024;

fn piped(session: &mut Session<'_>) -> anyhow::Result<ExitCode> {
    let mut stdin = std::io::stdin().lock();
    let mut draft = Draft::new();
    let mut raw = Vec::new();
    loop {
        raw.clear();
        // One line is read up to a bound (`cat /dev/zero | kbbot chat` has no newline): the
        // rest of an overlong line comes as the next pieces, each cut by the paste limit.
        if std::io::Read::take(&mut stdin, MAX_LINE_BYTES).read_until(b'\n', &mut raw)? == 0 {
            break;
        }
        let decoded = String::from_utf8_lossy(&raw);
        let line = decoded.trim_end_matches('\n').trim_end_matches('\r');
        if draft.is_empty() {
            match session.command(line) {
                Some(Ok(Flow::Quit)) => return Ok(ExitCode::SUCCESS),
                Some(Ok(Flow::Go)) => continue,
                Some(Err(e)) => return Err(e),
                None => {}
            }
        }
        let step = draft.line(&raw, line);
        if step == Step::Send || draft.received.bytes() >= MAX_MESSAGE_BYTES {
            session.answer(&draft.take())?;
        }
    }
    session.answer(&draft.take())?;
    Ok(ExitCode::SUCCESS)
}
