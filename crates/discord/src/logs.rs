//! Text uploads in messages: a `message.txt` (what Discord makes of a long paste), a `*.log`
//! or another `*.txt`. The size is judged from Discord's metadata before any download; the
//! whole file is then triaged by the engine off the async threads (its distinct errors,
//! counted, each with its article). A text upload that is a config by its content goes to the
//! checker instead. Contents are never logged or stored.

use std::sync::Arc;

use kbbot_engine::answer::LogReply;
use kbbot_engine::search::LogReadError;
use kbbot_engine::Lang;
use poise::serenity_prelude as serenity;

use super::attachments::{self, is_config_name, Refusal};
use super::engine::Engine;

/// The largest text upload read: about 20,000 log lines.
pub const LOG_MAX_BYTES: u64 = 2 * 1024 * 1024;

/// Whether an upload's name says it is text to read as a log (`message.txt`, `mta.log`).
pub fn is_log_name(name: &str) -> bool {
    let lower = name.trim().to_ascii_lowercase();
    !is_config_name(name) && (lower.ends_with(".txt") || lower.ends_with(".log"))
}

/// Whether text bytes are a Campaign config whatever their name: a `<serverconf>` root near
/// the start.
pub fn looks_like_config(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(2048)];
    let text = String::from_utf8_lossy(head);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    (text.starts_with("<?xml") || text.starts_with("<serverconf"))
        && text.to_ascii_lowercase().contains("<serverconf")
}

/// What came of a text upload.
pub enum Triaged {
    /// The log's reply.
    Log(LogReply),
    /// The upload is a config: check it instead.
    Config,
    /// Not read: too large, not downloaded, or binary (the notice to post).
    Refused(String),
}

/// Fetches and triages `att`, the reply in `lang`.
pub async fn triage(engine: Arc<Engine>, att: &serenity::Attachment, lang: Lang) -> Triaged {
    let l10n = engine.l10n();
    let refused = |r: Refusal| {
        let text = super::check::refusal_text(&[r], LOG_MAX_BYTES, lang, &engine);
        Triaged::Refused(text)
    };
    if let Some(r) = attachments::oversized(&[att], LOG_MAX_BYTES).pop() {
        return refused(r);
    }
    let upload = match attachments::fetch(att, LOG_MAX_BYTES).await {
        Ok(u) => u,
        Err(r) => return refused(r),
    };
    if looks_like_config(&upload.bytes) {
        return Triaged::Config;
    }
    let name = upload.name.clone();
    let work = Arc::clone(&engine);
    let job = tokio::task::spawn_blocking(move || work.triage(&upload.bytes, lang)).await;
    match job {
        Ok(Ok(reply)) => Triaged::Log(reply),
        Ok(Err(LogReadError::Binary)) => {
            Triaged::Refused(l10n.msg(lang, "log-binary", &[("file", name.into())]))
        }
        Ok(Err(LogReadError::Io(_))) | Err(_) => {
            Triaged::Refused(l10n.msg(lang, "bot-upload-unavailable", &[("file", name.into())]))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_uploads_are_logs_and_configs_are_known_by_content() {
        for yes in ["message.txt", "MTA.LOG", "nlserver-web.log", "notes.txt"] {
            assert!(is_log_name(yes), "{yes}");
        }
        for no in [
            "serverConf.xml",
            "config-prod.xml",
            "shot.png",
            "log",
            "a.txt.png",
        ] {
            assert!(!is_log_name(no), "{no}");
        }
        assert!(looks_like_config(
            b"\xef\xbb\xbf <?xml version='1.0'?>\n<serverconf/>"
        ));
        assert!(looks_like_config(b"<serverconf><mta/></serverconf>"));
        assert!(!looks_like_config(
            b"2026-12-01 error mta <serverconf> mentioned"
        ));
    }
}
