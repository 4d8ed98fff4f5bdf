//! Attachments: which uploads are config files, and fetching them safely. The size is
//! checked from Discord's metadata before any download and again on the bytes; the declared
//! content type is ignored (the checker sniffs the bytes itself). Contents are handed to the
//! engine and never logged or stored.

use std::time::Duration;

use poise::serenity_prelude as serenity;

use super::engine::Upload;

/// Longest wait for one download.
const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(20);

pub use kbbot_engine::check::is_config_name;

/// Why an attachment was not fetched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Larger than the checker's cap (by metadata or by the bytes received).
    TooLarge { name: String, size: u64 },
    /// The download failed or timed out.
    Unavailable { name: String },
}

/// Attachments over the cap, judged from metadata alone: nothing is downloaded.
pub fn oversized(atts: &[&serenity::Attachment], cap: u64) -> Vec<Refusal> {
    atts.iter()
        .filter(|a| u64::from(a.size) > cap)
        .map(|a| Refusal::TooLarge {
            name: a.filename.clone(),
            size: u64::from(a.size),
        })
        .collect()
}

/// Downloads one attachment already known to be under `cap` by its metadata.
pub async fn fetch(att: &serenity::Attachment, cap: u64) -> Result<Upload, Refusal> {
    let name = att.filename.clone();
    let bytes = match tokio::time::timeout(DOWNLOAD_TIMEOUT, att.download()).await {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(e)) => {
            tracing::warn!(attachment = %att.id, "download failed: {e}");
            return Err(Refusal::Unavailable { name });
        }
        Err(_) => {
            tracing::warn!(attachment = %att.id, "download timed out");
            return Err(Refusal::Unavailable { name });
        }
    };
    if bytes.len() as u64 > cap {
        return Err(Refusal::TooLarge {
            name,
            size: bytes.len() as u64,
        });
    }
    Ok(Upload { name, bytes })
}
