//! Code fences, by CommonMark's rule: the one recogniser for KB pages and chat input.
//!
//! Three or more backticks or tildes open a fence; the same character, as many times or more,
//! alone on a line, closes it. A line that opens with backticks and has another backtick after
//! them (```` ```Messages queued``` ````) is inline code, complete in itself, and opens nothing.
//! pulldown-cmark knows the rule too, but only over a whole document: chat reads a line at a time
//! and the KB's line walkers need to know per line whether they are inside a fence.

/// An open fence: its character and how many of them opened it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fence {
    marker: char,
    len: usize,
}

impl Fence {
    /// The fence `line` opens, if any (leading white space ignored).
    pub fn opened_by(line: &str) -> Option<Fence> {
        let s = line.trim();
        let marker = s.chars().next().filter(|c| matches!(c, '`' | '~'))?;
        let len = s.chars().take_while(|&c| c == marker).count();
        let info = &s[len * marker.len_utf8()..];
        (len >= 3 && !(marker == '`' && info.contains('`'))).then_some(Fence { marker, len })
    }

    /// Whether `line` closes this fence.
    pub fn closed_by(self, line: &str) -> bool {
        let s = line.trim();
        let run = s.chars().take_while(|&c| c == self.marker).count();
        run >= self.len && s[run * self.marker.len_utf8()..].trim().is_empty()
    }

    /// The fence open after `line`, given the one open before it.
    pub fn after(open: Option<Fence>, line: &str) -> Option<Fence> {
        match open {
            Some(f) if f.closed_by(line) => None,
            Some(f) => Some(f),
            None => Fence::opened_by(line),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Fence;

    #[test]
    fn fences_open_and_close_by_commonmark_rule() {
        let f = Fence::opened_by("```xml").expect("opens");
        assert!(!f.closed_by("~~~"));
        assert!(!f.closed_by("``"));
        assert!(f.closed_by("````  "));
        assert!(!f.closed_by("``` text"));
        assert_eq!(
            Fence::opened_by("```Messages queued```"),
            None,
            "inline code"
        );
        assert!(
            Fence::opened_by("~~~ a `b`").is_some(),
            "tildes allow backticks"
        );
        assert_eq!(Fence::opened_by("``"), None);
        let open = Fence::after(None, "  ~~~~");
        assert_eq!(Fence::after(open, "~~~"), open, "shorter does not close");
        assert_eq!(Fence::after(open, "~~~~~"), None);
    }
}
