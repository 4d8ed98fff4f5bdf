//! What a caller hands the checker besides plain bytes: how large a file really was when only
//! its beginning was read, and files it could not read at all. Both become `input-*`
//! findings, so one bad path never stops the check of the others.

use super::load::MAX_INPUT_BYTES;
use super::report::{Finding, Severity};
use super::Input;

/// Why a file could not be read: a closed set, so the report can say it in every language
/// (the operating system's own message is English only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadFailure {
    /// No such file.
    NotFound,
    /// The file may not be read.
    PermissionDenied,
    /// A folder, not a file.
    IsADirectory,
    /// Any other reason.
    Other,
}

impl ReadFailure {
    /// The stable name, used as a fluent selector.
    pub fn name(self) -> &'static str {
        match self {
            ReadFailure::NotFound => "not-found",
            ReadFailure::PermissionDenied => "permission-denied",
            ReadFailure::IsADirectory => "is-a-directory",
            ReadFailure::Other => "other",
        }
    }

    /// The failure an I/O error stands for.
    pub fn of(e: &std::io::Error) -> ReadFailure {
        match e.kind() {
            std::io::ErrorKind::NotFound => ReadFailure::NotFound,
            std::io::ErrorKind::PermissionDenied => ReadFailure::PermissionDenied,
            std::io::ErrorKind::IsADirectory => ReadFailure::IsADirectory,
            _ => ReadFailure::Other,
        }
    }
}

/// One input as the caller obtained it.
#[derive(Clone, Copy, Debug)]
pub enum Source<'a> {
    /// The bytes read. A caller that stops reading past [`MAX_INPUT_BYTES`] gives the file's
    /// real size in `size` when it knows it (from the file system), so the refusal can say it.
    Read {
        /// The name and the bytes.
        input: Input<'a>,
        /// The file's real size, when the caller knows it.
        size: Option<u64>,
    },
    /// A file the caller could not read.
    Unreadable {
        /// The file's name.
        name: &'a str,
        /// Why it could not be read.
        reason: ReadFailure,
    },
}

impl Source<'_> {
    /// The input's name.
    pub fn name(&self) -> &str {
        match self {
            Source::Read { input, .. } => input.name,
            Source::Unreadable { name, .. } => name,
        }
    }
}

/// The refusal of a file that could not be read.
pub(crate) fn unreadable(name: &str, reason: ReadFailure) -> Finding {
    Finding {
        rule: "input-unreadable",
        severity: Severity::Error,
        file: name.to_string(),
        line: None,
        column: None,
        args: vec![("reason", reason.name().to_string())],
    }
}

/// Restates the size of an `input-too-large` refusal from what is really known: the size the
/// caller reported, else the bytes given when they are more than a capped read returns, else
/// only that the file is over the limit (a capped read cannot tell by how much).
pub(crate) fn restate_too_large(findings: &mut [Finding], given: usize, size: Option<u64>) {
    let capped = MAX_INPUT_BYTES + 1;
    let known = size.or_else(|| (given > capped).then(|| u64::try_from(given).unwrap_or(u64::MAX)));
    for f in findings.iter_mut().filter(|f| f.rule == "input-too-large") {
        let kib = known.map_or(String::new(), |b| b.div_ceil(1024).to_string());
        f.args = vec![
            ("size", kib),
            ("limit", (MAX_INPUT_BYTES / 1024).to_string()),
            (
                "known",
                if known.is_some() { "yes" } else { "no" }.to_string(),
            ),
        ];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn too_large() -> Vec<Finding> {
        vec![Finding {
            args: vec![("size", "2048".into())],
            ..unreadable("big.xml", ReadFailure::Other)
        }]
        .into_iter()
        .map(|f| Finding {
            rule: "input-too-large",
            ..f
        })
        .collect()
    }

    #[test]
    fn the_real_size_or_only_more_than_the_limit() {
        let mut f = too_large();
        restate_too_large(&mut f, MAX_INPUT_BYTES + 1, Some(50 * 1024 * 1024));
        assert_eq!(f[0].arg("size"), Some("51200"));
        assert_eq!(f[0].arg("known"), Some("yes"));
        let mut f = too_large();
        restate_too_large(&mut f, MAX_INPUT_BYTES + 1, None);
        assert_eq!(f[0].arg("known"), Some("no"));
        let mut f = too_large();
        restate_too_large(&mut f, 3 * 1024 * 1024, None);
        assert_eq!(f[0].arg("size"), Some("3072"));
    }

    #[test]
    fn io_errors_map_to_a_closed_set() {
        let e = std::io::Error::from(std::io::ErrorKind::NotFound);
        assert_eq!(ReadFailure::of(&e), ReadFailure::NotFound);
        let e = std::io::Error::other("disk on fire");
        assert_eq!(ReadFailure::of(&e), ReadFailure::Other);
    }
}
