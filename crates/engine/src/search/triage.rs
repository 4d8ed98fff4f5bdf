//! Whole-log triage, the scan: every line of a log of any length, grouped by its error text
//! with the variable parts dropped (addresses, ids, hosts, times, numbers), counted, with the
//! line where each first appears. The memory it holds is bounded whatever the log's size: at
//! most [`MAX_GROUPS`] distinct texts are kept, and lines past that are counted, not grouped.
//! Which groups are errors, and which article each is, is the matcher's to say
//! (`answer::triage`).

use rustc_hash::FxHashMap as HashMap;

use super::paste::{extract_lines, Severity};

/// The most distinct texts a scan keeps.
pub const MAX_GROUPS: usize = 5_000;
/// The most characters of one line that are read (a log line longer than this is cut).
pub const MAX_LINE_CHARS: usize = 4_096;
/// The most characters of a group's first line that are kept to show.
const SAMPLE_CHARS: usize = 300;

/// One distinct text of a log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogGroup {
    /// The text with its variable parts dropped: what the lines of the group share.
    pub text: String,
    /// The group's first line as read (credentials blanked), at most 300 characters.
    pub sample: String,
    /// Lines in the group.
    pub count: u64,
    /// The 1-based number of the line where it first appears.
    pub first_line: u64,
    /// The severity its log columns declare, when they declare one.
    pub severity: Option<Severity>,
}

/// A log read line by line.
#[derive(Debug, Default)]
pub struct LogScan {
    index: HashMap<String, usize>,
    groups: Vec<LogGroup>,
    lines: u64,
    ungrouped: u64,
}

impl LogScan {
    /// An empty scan.
    pub fn new() -> LogScan {
        LogScan::default()
    }

    /// Reads one line (without its line break).
    pub fn push_line(&mut self, line: &str) {
        self.lines += 1;
        let line = match line.char_indices().nth(MAX_LINE_CHARS) {
            Some((at, _)) => &line[..at],
            None => line,
        };
        if !line.chars().any(char::is_alphanumeric) {
            return;
        }
        let paste = extract_lines(line);
        let (text, sample, severity) = match paste.error_lines.first() {
            Some(e) => (e.clean.as_str(), e.original.as_str(), e.severity),
            // A line that is no log line (a bounce pasted as it came, a note): its words.
            None => (paste.chatter.as_str(), line.trim(), None),
        };
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.chars().any(char::is_alphanumeric) {
            return;
        }
        if let Some(&g) = self.index.get(&text) {
            self.groups[g].count += 1;
            return;
        }
        if self.groups.len() == MAX_GROUPS {
            self.ungrouped += 1;
            return;
        }
        let sample = match sample.char_indices().nth(SAMPLE_CHARS) {
            Some((at, _)) => format!("{}…", &sample[..at]),
            None => sample.to_string(),
        };
        self.index.insert(text.clone(), self.groups.len());
        self.groups.push(LogGroup {
            text,
            sample: crate::check::redact_credentials(&sample).into_owned(),
            count: 1,
            first_line: self.lines,
            severity,
        });
    }

    /// Lines read, blank ones included.
    pub fn lines(&self) -> u64 {
        self.lines
    }

    /// Lines that were not grouped because [`MAX_GROUPS`] texts were already kept.
    pub fn ungrouped(&self) -> u64 {
        self.ungrouped
    }

    /// The groups, most lines first (then first seen first).
    pub fn into_groups(self) -> Vec<LogGroup> {
        let mut groups = self.groups;
        groups.sort_by(|a, b| b.count.cmp(&a.count).then(a.first_line.cmp(&b.first_line)));
        groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_that_differ_only_in_their_variable_parts_are_one_group() {
        let mut scan = LogScan::new();
        scan.push_line("2026-12-01 10:00:01 info mta Message 1 sent to a@example.org");
        for i in 0..5 {
            scan.push_line(&format!(
                "2026-12-01 10:0{i}:02 warning mta Messages queued (connection quotas met) - domain 'd{i}.example.com'"
            ));
        }
        scan.push_line("");
        scan.push_line("2026-12-01 11:00:00 error mta 550 5.1.1 <x@example.net>: User unknown");
        assert_eq!(scan.lines(), 8);
        let groups = scan.into_groups();
        assert_eq!(groups.len(), 3);
        assert_eq!((groups[0].count, groups[0].first_line), (5, 2));
        assert!(
            groups[0].sample.contains("d0.example.com"),
            "{:?}",
            groups[0]
        );
        assert_eq!(groups[0].severity, Some(Severity::Warning));
        assert_eq!(groups[2].first_line, 8);
    }

    #[test]
    fn memory_is_bounded_and_credentials_are_never_kept() {
        let mut scan = LogScan::new();
        scan.push_line("error: connect failed password=hunter2secret");
        assert!(!scan.groups[0].sample.contains("hunter2secret"));
        for i in 0..(MAX_GROUPS + 10) {
            scan.push_line(&format!(
                "error unique{} word{}",
                letters(i),
                letters(i + 7)
            ));
        }
        assert_eq!(scan.groups.len(), MAX_GROUPS);
        assert!(scan.ungrouped() >= 10);
    }

    /// `i` in letters, so scrubbing (which drops numbers) keeps lines apart.
    fn letters(mut i: usize) -> String {
        let mut s = String::new();
        loop {
            s.push((b'a' + (i % 26) as u8) as char);
            i /= 26;
            if i == 0 {
                return s;
            }
        }
    }
}
