//! `ask` and `show` as a terminal shows them: the binary runs under `script`, which gives it
//! a pseudo-terminal of a set size. Markdown's marks become styles, lines wrap to the width,
//! a tall article goes through the pager, and piped output stays plain Markdown.

use std::path::Path;
use std::process::Command;

use crate::util;

const COLS: usize = 60;

/// What a 60×12 terminal receives from `kbbot ARGS`, its styles stripped; `None` when
/// `script` (util-linux) is not there to give a pseudo-terminal.
fn on_terminal(args: &[&str], pager: &str) -> Option<String> {
    let script = Path::new("/usr/bin/script");
    if !script.exists() {
        // Under CI its absence is a failure: CI cannot go green by skipping.
        assert!(
            std::env::var_os("CI").is_none(),
            "no {} (util-linux), and CI is set: cannot run the terminal tests",
            script.display()
        );
        util::skipped(&format!("no {}: the terminal tests", script.display()));
        return None;
    }
    let quoted: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
    let line = format!(
        "stty cols {COLS} rows 12; '{}' {}",
        env!("CARGO_BIN_EXE_kbbot"),
        quoted.join(" ")
    );
    let out = Command::new(script)
        .args(["-qec", &line, "/dev/null"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("TERM", "xterm")
        .env("PAGER", pager)
        .env_remove("NO_COLOR")
        .output()
        .expect("script runs");
    let raw = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
    Some(strip_ansi(&raw))
}

/// The text without its CSI sequences (`ESC [ ... letter`).
fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn assert_fits(shown: &str) {
    for line in shown.lines() {
        assert!(
            line.chars().count() <= COLS,
            "wider than {COLS}: {line:?}\n{shown}"
        );
    }
}

#[test]
fn an_answer_on_a_terminal_is_styled_and_wrapped() {
    let Some(shown) = on_terminal(&["ask", "Messages queued (connection quotas met)"], "") else {
        return;
    };
    assert!(shown.contains("KA-22154"), "{shown}");
    assert!(
        !shown.contains("**") && !shown.contains('`'),
        "marks left: {shown}"
    );
    let words = shown.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("open Mail rule sets, then"), "{shown}");
    assert_fits(&shown);
    // A numbered step's second line hangs under its text.
    assert!(
        shown
            .lines()
            .any(|l| l.starts_with("   ") && !l.starts_with("    ")),
        "{shown}"
    );
    // Piped, the same reply keeps its Markdown for files and scripts.
    let piped = util::stdout(&util::kbbot(&[
        "ask",
        "Messages queued (connection quotas met)",
    ]));
    assert!(piped.contains("**Mail rule sets**"), "{piped}");
}

#[test]
fn a_tall_article_goes_through_the_pager_and_fits_the_width() {
    let Some(shown) = on_terminal(&["show", "KB-0014"], "sed s/^/PAGED:/") else {
        return;
    };
    let lines: Vec<&str> = shown.lines().filter(|l| !l.is_empty()).collect();
    assert!(lines.len() > 12, "{shown}");
    assert!(lines.iter().all(|l| l.starts_with("PAGED:")), "{shown}");
    let text: String = lines
        .iter()
        .map(|l| &l["PAGED:".len()..])
        .collect::<Vec<_>>()
        .join("\n");
    assert!(!text.contains("**"), "{text}");
    assert_fits(&text);
    // --no-pager prints it straight; an empty PAGER does too.
    for (args, pager) in [
        (&["show", "KB-0014", "--no-pager"][..], "sed s/^/PAGED:/"),
        (&["show", "KB-0014"][..], ""),
    ] {
        let shown = on_terminal(args, pager).unwrap_or_default();
        assert!(
            shown.contains("KB-0014") && !shown.contains("PAGED:"),
            "{shown}"
        );
    }
    // A pager that cannot start is no reason to lose the article.
    let shown = on_terminal(&["show", "KB-0014"], "/nonexistent/pager").unwrap_or_default();
    assert!(shown.contains("Resolution"), "{shown}");
}
