//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The `../shared` folder beside the checkout, or `None` with a message when it is missing.
///
/// Outside CI a test that needs it skips with a clear message; under CI (`CI` set) its absence
/// is a failure, so a misconfigured CI cannot go green by skipping.
pub fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var_os("CI").is_some() {
        panic!("../shared is missing beside the checkout, and CI is set: cannot run this test");
    }
    skipped("../shared is missing beside the checkout (set CI to make this fail)");
    None
}

/// Says a test skipped, once per reason, where `cargo test` shows it: straight to the
/// process's standard error, which libtest does not capture (`eprintln!` it does, and would
/// show only with `--nocapture`).
pub fn skipped(reason: &str) {
    use std::io::Write;
    use std::sync::Mutex;
    static SAID: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let mut said = SAID.lock().unwrap_or_else(|e| e.into_inner());
    if !said.iter().any(|r| r == reason) {
        said.push(reason.to_string());
        let _ = writeln!(std::io::stderr().lock(), "SKIPPED: {reason}");
    }
}

/// Runs the built `kbbot` binary with `args`, in the crate root, with no standard input.
pub fn kbbot(args: &[&str]) -> Output {
    kbbot_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

/// Runs the built `kbbot` binary with `args` in `dir`.
pub fn kbbot_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kbbot"))
        .args(args)
        .current_dir(dir)
        .stdin(std::process::Stdio::null())
        .env("NO_COLOR", "1")
        .output()
        .expect("the kbbot binary runs")
}

/// Standard output as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A 5,000-line nlserver-style log (tab-separated columns): progress, and three errors at
/// known counts (quotas met, user unknown, mailbox full), with those counts.
pub fn three_error_log() -> (String, [u64; 3]) {
    let mut out = String::new();
    let mut counts = [0u64; 3];
    for i in 0..5_000u32 {
        let t = format!(
            "2026-12-01 10:{:02}:{:02}.000Z\t000021F4\t00002208\t1\t",
            i / 60 % 60,
            i % 60
        );
        let line = match i % 10 {
            0..=5 => format!("{t}info\tmta\tMessage {i} sent to user{i}@example.org"),
            6..=8 => {
                counts[0] += 1;
                format!("{t}warning\tmta\tMessages queued (connection quotas met) - domain 'd{}.example.com'", i % 7)
            }
            _ if i % 20 == 9 => {
                counts[1] += 1;
                format!("{t}error\tmta\t550 5.1.1 <u{i}@example.net>: Recipient address rejected: User unknown")
            }
            _ => {
                counts[2] += 1;
                format!("{t}error\tmta\t552 5.2.2 <m{i}@example.com>: Mailbox full")
            }
        };
        out.push_str(&line);
        out.push('\n');
    }
    (out, counts)
}
