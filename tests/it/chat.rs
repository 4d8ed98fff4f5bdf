//! `kbbot chat` on a real terminal: the binary runs under `script`, which gives it a
//! pseudo-terminal, so rustyline drives the prompt as it does for a person. A pseudo-terminal
//! sends no bracketed-paste markers: a burst written to it is a paste on a terminal without
//! bracketed paste.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A chat under `script`, its HOME a fresh folder, its terminal output collected.
struct Terminal {
    child: Child,
    output: Arc<Mutex<Vec<u8>>>,
    home: PathBuf,
}

impl Terminal {
    /// `None` when `script` (util-linux) is not there to give a pseudo-terminal.
    fn start(name: &str) -> Option<Terminal> {
        let script = Path::new("/usr/bin/script");
        if !script.exists() {
            // Under CI its absence is a failure, as for ../shared: CI cannot go green by skipping.
            assert!(
                std::env::var_os("CI").is_none(),
                "no {} (util-linux), and CI is set: cannot run the terminal chat test",
                script.display()
            );
            crate::util::skipped(&format!("no {}: the terminal chat tests", script.display()));
            return None;
        }
        let home =
            std::env::temp_dir().join(format!("kbbot-it-chat-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&home);
        std::fs::create_dir_all(&home).expect("a temp HOME");
        let bin = env!("CARGO_BIN_EXE_kbbot");
        let mut child = Command::new(script)
            .args(["-qfec", &format!("'{bin}' chat"), "/dev/null"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("HOME", &home)
            .env("TERM", "xterm")
            .env("NO_COLOR", "1")
            .env("KBBOT_CACHE_DIR", home.join("cache"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("script starts");
        let output = Arc::new(Mutex::new(Vec::new()));
        let mut stdout = child.stdout.take().expect("stdout is piped");
        let sink = Arc::clone(&output);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .expect("output lock")
                    .extend_from_slice(&buf[..n]);
            }
        });
        Some(Terminal {
            child,
            output,
            home,
        })
    }

    fn output(&self) -> String {
        String::from_utf8_lossy(&self.output.lock().expect("output lock")).into_owned()
    }

    /// Waits until the terminal has shown `text` (at most 30 s, a debug build on a busy box).
    fn wait_for(&self, text: &str) -> bool {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(30) {
            if self.output().contains(text) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }

    /// Waits until a prompt follows the last `marker` shown: the reply is printed whole and
    /// rustyline reads again (a key sent earlier, between two reads, can be flushed).
    fn wait_for_prompt_after(&self, marker: &str) -> bool {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(30) {
            let out = self.output();
            if let Some(at) = out.rfind(marker) {
                if out[at..].contains("kbbot> ") {
                    return true;
                }
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }

    /// Types `bytes` in one write: one burst, as a paste comes.
    fn send(&mut self, bytes: &[u8]) {
        let stdin = self.child.stdin.as_mut().expect("stdin is piped");
        stdin.write_all(bytes).expect("write to the terminal");
        stdin.flush().expect("flush the terminal");
    }

    /// Quits with Ctrl-D, once the last reply has its prompt, and returns the saved history.
    fn quit(mut self, last: &str) -> String {
        assert!(
            self.wait_for_prompt_after(last),
            "no prompt after {last:?}: {}",
            self.output()
        );
        self.send(b"\x04");
        assert!(self.wait_for("Bye."), "no goodbye: {}", self.output());
        let start = Instant::now();
        while self.child.try_wait().ok().flatten().is_none() {
            if start.elapsed() > Duration::from_secs(10) {
                let _ = self.child.kill();
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let history = std::fs::read_to_string(self.home.join(".kbbot_history")).unwrap_or_default();
        let _ = std::fs::remove_dir_all(&self.home);
        history
    }
}

#[test]
fn a_burst_on_a_terminal_keeps_every_line_and_the_history_no_credential() {
    let Some(mut term) = Terminal::start("burst") else {
        return;
    };
    assert!(term.wait_for("kbbot> "), "no prompt: {}", term.output());
    // The known error is on the burst's last line, after a blank line: it is answered only if
    // no line of the paste was dropped.
    term.send(
        b"password=Hunter2secret\tkept\npostgres://user:s3cr3tpw@db:5432/x\n\n\
          Messages queued (connection quotas met)\n",
    );
    // Typed by hand after the paste: the empty line that sends it.
    std::thread::sleep(Duration::from_millis(300));
    term.send(b"\n");
    assert!(
        term.wait_for("KA-22154"),
        "the paste was cut: {}",
        term.output()
    );
    let history = term.quit("KA-22154");
    assert!(
        history.contains("Messages queued (connection quotas met)"),
        "{history}"
    );
    assert!(history.contains("\tkept"), "the Tab was lost: {history:?}");
    assert!(history.contains("db:5432"), "{history}");
    assert!(!history.contains("Hunter2secret"), "{history}");
    assert!(!history.contains("s3cr3tpw"), "{history}");
}

#[test]
fn a_command_typed_on_a_terminal_runs_at_once() {
    let Some(mut term) = Terminal::start("command") else {
        return;
    };
    assert!(term.wait_for("kbbot> "), "no prompt: {}", term.output());
    // Key by key, as a person types (slower than the 50 ms of a burst, with room for a busy
    // box): a command is sent by its own Enter.
    for key in "/help\r".bytes() {
        term.send(&[key]);
        std::thread::sleep(Duration::from_millis(150));
    }
    assert!(
        term.wait_for("Inside a ``` code block"),
        "no help: {}",
        term.output()
    );
    let history = term.quit("Inside a ``` code block");
    assert!(history.contains("/help"), "{history}");
}
