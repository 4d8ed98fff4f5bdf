//! `kbbot chat` on a terminal: rustyline, with a whole message edited as one buffer.
//!
//! rustyline reads the terminal through a buffer that it drops when `readline` returns (its
//! `buffer-redux` feature, which would keep it, is off), so a paste that arrives in one burst
//! without bracketed paste lost every line after the first. Here Enter only hands the buffer
//! over once it holds a whole message ([`is_whole`]); until then it inserts a newline, so the
//! rest of a burst is read by the same `readline` call and nothing is dropped. An Enter that
//! comes within [`BURST`] of the previous key is part of a paste, never a send: a pasted log
//! keeps its blank lines. Tab inserts a tab (a completer whose only candidate is `\t`): a
//! pasted line keeps its Tabs.

use std::cell::Cell;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use kbbot_engine::check::redact_credentials;
use kbbot_engine::kb::Fence;
use rustyline::completion::Completer;
use rustyline::config::{CompletionType, Config};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::{DefaultHistory, History};
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{Context, Editor, Helper};

use super::{is_command, Draft, Flow, Session, Step, MAX_BYTES};

/// Keys closer together than this come from a paste, not from fingers: people do not press
/// Enter twice, or a key then Enter, within 50 ms, and rustyline handles a buffered key in
/// well under that.
const BURST: Duration = Duration::from_millis(50);

/// The prompt's helper: the message rule on Enter, a literal Tab, and the time of the last key.
#[derive(Default)]
struct ChatHelper {
    /// When rustyline last changed the buffer (it asks for a hint after every edit).
    last_edit: Cell<Option<Instant>>,
}

impl ChatHelper {
    fn touch(&self) {
        self.last_edit.set(Some(Instant::now()));
    }

    fn in_burst(&self) -> bool {
        self.last_edit.get().is_some_and(|t| t.elapsed() < BURST)
    }
}

impl Completer for ChatHelper {
    type Candidate = String;

    fn complete(
        &self,
        _line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        self.touch();
        // With `CompletionType::List`, a single candidate is inserted at once: Tab types a tab.
        Ok((pos, vec!["\t".to_owned()]))
    }
}

impl Hinter for ChatHelper {
    type Hint = String;

    fn hint(&self, _line: &str, _pos: usize, _ctx: &Context<'_>) -> Option<String> {
        self.touch();
        None
    }
}

impl Highlighter for ChatHelper {}

impl Validator for ChatHelper {
    fn validate(&self, ctx: &mut ValidationContext<'_>) -> rustyline::Result<ValidationResult> {
        Ok(if !self.in_burst() && is_whole(ctx.input()) {
            ValidationResult::Valid(None)
        } else {
            ValidationResult::Incomplete
        })
    }
}

impl Helper for ChatHelper {}

/// Whether `input`, the prompt's buffer when Enter is pressed, is a whole message: a command
/// alone on its line, or lines whose last one is empty outside a code fence (the rule of
/// [`Draft`]). An empty buffer is whole too: Enter on an empty prompt sends nothing.
fn is_whole(input: &str) -> bool {
    let Some((body, last)) = input.rsplit_once('\n') else {
        return input.trim().is_empty() || is_command(input);
    };
    if !last.trim().is_empty() {
        return false;
    }
    let mut fence = None;
    for piece in body.lines() {
        fence = Fence::after(fence, piece);
    }
    fence.is_none()
}

/// A message handed over by the prompt, as its body and whether it ends with the empty line
/// that sends it. Without the validator (a terminal rustyline does not drive, `TERM=dumb`),
/// lines come one at a time and an empty one sends, as in piped chat.
fn split_send(text: &str) -> (&str, bool) {
    match text.rsplit_once('\n') {
        Some((body, last)) if last.trim().is_empty() => (body, true),
        _ => (text, false),
    }
}

/// Adds `entry` to `history` with its credentials blanked: `~/.kbbot_history` is a plain file,
/// and a pasted config or log often carries a password or a connection string.
fn remember<H: History>(history: &mut H, entry: &str) {
    // A history that refuses an entry costs only the entry: the chat goes on.
    let _ = history.add(&redact_credentials(entry));
}

pub(super) fn interactive(session: &mut Session<'_>) -> anyhow::Result<ExitCode> {
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .build();
    let mut editor: Editor<ChatHelper, DefaultHistory> = Editor::with_config(config)?;
    editor.set_helper(Some(ChatHelper::default()));
    let history =
        std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".kbbot_history"));
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    session.say(&session.l10n.msg(session.lang(), "chat-welcome", &[]))?;
    let mut draft = Draft::new();
    // The message as typed, for the history: the draft keeps only what the matcher needs.
    let mut typed = String::new();
    loop {
        let prompt = if draft.is_empty() { "kbbot> " } else { "...> " };
        match editor.readline(prompt) {
            Ok(text) => {
                let (body, sends) = split_send(&text);
                // A command followed by the empty line is still the command (an Enter typed
                // fast after it is taken for a paste and only inserts a newline).
                if draft.is_empty() {
                    if let Some(flow) = session.command(body) {
                        remember(editor.history_mut(), body.trim());
                        if flow? == Flow::Quit {
                            break;
                        }
                        continue;
                    }
                }
                let raw = format!("{body}\n");
                if draft.line(raw.as_bytes(), body) == Step::Send || sends {
                    if sends && typed.len() <= MAX_BYTES * 2 {
                        typed.push_str(&raw);
                    }
                    if !draft.is_empty() {
                        remember(editor.history_mut(), typed.trim_end());
                        session.answer(&draft.take())?;
                    }
                    typed.clear();
                } else if typed.len() <= MAX_BYTES * 2 {
                    typed.push_str(&raw);
                }
            }
            Err(ReadlineError::Interrupted) => {
                draft = Draft::new();
                typed.clear();
            }
            Err(ReadlineError::Eof) => {
                session.answer(&draft.take())?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enter_sends_only_a_whole_message() {
        assert!(is_whole(""));
        assert!(is_whole("/help"));
        assert!(is_whole("/lang fr"));
        assert!(!is_whole("Messages queued"), "one line: more may follow");
        assert!(
            !is_whole("/usr/local/neolane/nlserver"),
            "a path, not a command"
        );
        assert!(is_whole("Messages queued\n"));
        assert!(is_whole("a\n\nb\n  "), "a blank last line sends");
        assert!(!is_whole("a\nb"));
        assert!(
            !is_whole("```\nlog\n"),
            "inside a fence an empty line is the paste's"
        );
        assert!(!is_whole("```\nlog\n\nmore\n"));
        assert!(is_whole("```\nlog\n\n```\n"));
        assert!(is_whole("~~~~\nx\n~~~~\n"));
    }

    #[test]
    fn a_burst_never_sends() {
        let helper = ChatHelper::default();
        assert!(!helper.in_burst(), "no key yet");
        helper.touch();
        assert!(helper.in_burst());
        helper.last_edit.set(Instant::now().checked_sub(BURST * 4));
        assert!(!helper.in_burst(), "a key typed by hand");
    }

    #[test]
    fn the_sending_line_is_split_off() {
        assert_eq!(split_send("a\nb\n"), ("a\nb", true));
        assert_eq!(split_send("a\n\t \n \t"), ("a\n\t ", true));
        assert_eq!(split_send("a\tb"), ("a\tb", false));
        assert_eq!(split_send(""), ("", false));
    }

    /// A whole message, as the prompt hands it over, reaches the draft with every line and
    /// Tab, and its blank lines do not cut it (they came in the same paste).
    #[test]
    fn a_burst_reaches_the_draft_whole() {
        let text = "first\tline\n\nMessages queued (connection quotas met)\n";
        let (body, sends) = split_send(text);
        assert!(sends);
        let mut draft = Draft::new();
        let raw = format!("{body}\n");
        assert_eq!(draft.line(raw.as_bytes(), body), Step::Added);
        assert_eq!(draft.take().bytes(), text.len(), "every byte of the burst");
    }

    #[test]
    fn history_keeps_no_credential_in_clear() {
        let dir = std::env::temp_dir().join(format!("kbbot-chat-history-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temp folder");
        let file = dir.join(".kbbot_history");
        let mut history = DefaultHistory::new();
        remember(&mut history, "password=Hunter2secret");
        remember(
            &mut history,
            "could not connect\npostgres://user:s3cr3tpw@db:5432/x",
        );
        history.save(&file).expect("history saved");
        let saved = std::fs::read_to_string(&file).expect("history read");
        let _ = std::fs::remove_dir_all(&dir);
        assert!(!saved.contains("Hunter2secret"), "{saved}");
        assert!(!saved.contains("s3cr3tpw"), "{saved}");
        assert!(saved.contains("password="), "{saved}");
        assert!(saved.contains("db:5432"), "{saved}");
    }
}
