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
