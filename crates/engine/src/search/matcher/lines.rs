//! Which of a paste's lines the matcher reads: [`paste::extract`]'s error lines, less the
//! `info` log lines that report progress. Private to the matcher; it needs the KB's
//! signatures, which extraction does not know.

use super::super::paste::{self, Paste};
use super::super::scrub;
use super::Matcher;

impl Matcher {
    /// `text` extracted, its progress lines set aside: what every journey starts from.
    pub(super) fn extract(&self, text: &str) -> Paste {
        let mut paste = paste::extract(text);
        self.set_aside_info(&mut paste);
        paste
    }

    /// Drops the `info` log lines that carry no code and none of the KB's error messages
    /// (`Message 12 sent to …`, `Starting 'mta@prod' module.`): progress is not the error,
    /// and a log of nothing else has none to answer. `Messages queued (…)`, which nlserver
    /// logs as info, stays.
    fn set_aside_info(&self, paste: &mut Paste) {
        let mut analyzer = self.sig_analyzer.clone();
        let before = paste.error_lines.len();
        paste.error_lines.retain(|l| {
            l.severity != Some(paste::Severity::Info)
                || !scrub::codes(&l.original).is_empty()
                || self
                    .signatures
                    .find_in(&mut analyzer, None, &l.clean)
                    .values()
                    .any(|h| h.strength >= 0.5)
        });
        paste.info_lines = before - paste.error_lines.len();
    }
}
