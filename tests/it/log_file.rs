//! `kbbot ask --file`: a whole log triaged through the binary, its distinct errors named with
//! their counts, first lines and articles, whatever its size or encoding.

use std::fs;
use std::path::Path;

use crate::util;

fn ask_file(dir: &Path, name: &str, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["ask", "--file", name];
    args.extend_from_slice(extra);
    util::kbbot_in(dir, &args)
}

#[test]
fn a_long_log_names_each_distinct_error_with_its_count_and_article() {
    let dir = tempfile::tempdir().unwrap();
    let (text, counts) = util::three_error_log();
    fs::write(dir.path().join("message.txt"), &text).unwrap();
    let out = ask_file(dir.path(), "message.txt", &[]);
    assert!(out.status.success(), "{}", util::stderr(&out));
    let shown = util::stdout(&out);
    assert!(
        shown.starts_with("5000 lines read: 3 distinct errors"),
        "{shown}"
    );
    for (count, id) in counts.iter().zip(["KA-22154", "KB-0001", "KB-0002"]) {
        let line = shown
            .lines()
            .find(|l| l.contains(&format!("→ {id}")))
            .unwrap_or_else(|| panic!("{id} not named: {shown}"));
        assert!(line.starts_with(&format!("• {count} × ")), "{line}");
    }
    // The progress lines are summarised, not named.
    assert!(
        shown.contains("(3000 lines in all) have no article"),
        "{shown}"
    );
    // JSON gives the groups.
    let out = ask_file(dir.path(), "message.txt", &["--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["lines"], 5000);
    assert_eq!(v["errors"][0]["article_id"], "KA-22154");
    assert_eq!(v["errors"][0]["count"], counts[0]);
    assert_eq!(v["errors"][0]["first_line"], 7);
}

#[test]
fn a_log_in_utf16_or_latin1_is_read_and_a_binary_one_refused() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let line = "2026-12-01 10:00:00 error mta 552 5.2.2 <m@example.com>: Mailbox full\r\n";
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in line.repeat(3).encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    fs::write(d.join("utf16.log"), utf16).unwrap();
    let shown = util::stdout(&ask_file(d, "utf16.log", &[]));
    assert!(
        shown.contains("• 3 × ") && shown.contains("KB-0002"),
        "{shown}"
    );
    // A Latin-1 line (é as one byte) beside UTF-8 ones.
    let mut latin1 = line.as_bytes().to_vec();
    latin1.extend_from_slice(
        b"2026-12-01 10:00:01 erreur mta Destinataire refus\xe9 552 5.2.2 Mailbox full\n",
    );
    fs::write(d.join("latin1.log"), latin1).unwrap();
    let out = ask_file(d, "latin1.log", &[]);
    assert!(out.status.success(), "{}", util::stderr(&out));
    assert!(util::stdout(&out).contains("KB-0002"));
    fs::write(d.join("core.txt"), b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0").unwrap();
    let out = ask_file(d, "core.txt", &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        util::stderr(&out).contains("is not a text log"),
        "{}",
        util::stderr(&out)
    );
    assert!(util::stdout(&out).is_empty());
}
