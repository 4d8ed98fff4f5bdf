//! `/check file [file2] [file3]`: runs the engine's config checker on uploaded
//! `serverConf.xml` / `config-<instance>.xml` files.
//!
//! Thin: refuses oversize files from their metadata, downloads the rest, hands the bytes to
//! [`super::engine::Engine::check`] and sends the rendered report. The report is private
//! (ephemeral) when the files carry credentials. Defers when the download is slow, so the
//! first response always beats Discord's three seconds.

use std::sync::Arc;
use std::time::Duration;

use kbbot_engine::Lang;
use poise::serenity_prelude as serenity;

use super::attachments::{self, Refusal};
use super::engine::{CheckView, Engine};
use super::{embeds, language, reply, Context, Error};

/// Past this, the command defers (privately, as the content is not known yet).
const DEFER_AFTER: Duration = Duration::from_millis(1500);

/// The longest a check may run before the bot answers that it gave up. The checker is
/// near-linear in the size of the files (well under a second for 2 MiB), so this only
/// guards the bot against a bug or a starved host; the blocking thread is left to finish.
pub const CHECK_TIME_LIMIT: Duration = Duration::from_secs(20);

/// How a check run off the async threads ended.
pub enum Checked<T> {
    Done(T),
    /// The blocking task died (panicked or was cancelled).
    Failed,
    /// [`CHECK_TIME_LIMIT`] (or the given limit) passed first.
    TimedOut,
}

/// Runs `work` on the blocking pool, waiting at most `limit`.
pub async fn within<T: Send + 'static>(
    limit: Duration,
    work: impl FnOnce() -> T + Send + 'static,
) -> Checked<T> {
    match tokio::time::timeout(limit, tokio::task::spawn_blocking(work)).await {
        Ok(Ok(v)) => Checked::Done(v),
        Ok(Err(_)) => Checked::Failed,
        Err(_) => Checked::TimedOut,
    }
}

// Checks serverConf.xml / config-<instance>.xml (descriptions from fluent).
#[poise::command(slash_command)]
pub async fn check(
    ctx: Context<'_>,
    file: serenity::Attachment,
    file2: Option<serenity::Attachment>,
    file3: Option<serenity::Attachment>,
) -> Result<(), Error> {
    let lang = language::for_context(ctx, None).await;
    let engine = Arc::clone(&ctx.data().engine);
    let l10n = engine.l10n();
    let files: Vec<serenity::Attachment> =
        [Some(file), file2, file3].into_iter().flatten().collect();
    let refs: Vec<&serenity::Attachment> = files.iter().collect();
    let cap = engine.max_upload_bytes();
    let too_big = attachments::oversized(&refs, cap);
    if !too_big.is_empty() {
        let text = refusal_text(&too_big, cap, lang, &engine);
        ctx.send(reply::notice(text, true)).await?;
        return Ok(());
    }

    let work = run(Arc::clone(&engine), files, lang);
    tokio::pin!(work);
    let mut deferred = false;
    let outcome = tokio::select! {
        done = &mut work => done,
        _ = tokio::time::sleep(DEFER_AFTER) => {
            ctx.defer_ephemeral().await?;
            deferred = true;
            work.await
        }
    };
    match outcome {
        Ok(view) => {
            let private = view.secrets || deferred;
            reply::send_pages(ctx, embeds::check_pages(&view, l10n), Vec::new(), private).await
        }
        Err(refused) if refused.is_empty() => {
            let text = l10n.msg(lang, "bot-check-timeout", &[]);
            ctx.send(reply::notice(text, true)).await?;
            Ok(())
        }
        Err(refused) => {
            let text = refusal_text(&refused, cap, lang, &engine);
            ctx.send(reply::notice(text, true)).await?;
            Ok(())
        }
    }
}

/// Downloads every file, then checks them together off the async threads, within
/// [`CHECK_TIME_LIMIT`]; no refusal at all means the limit passed.
async fn run(
    engine: Arc<Engine>,
    files: Vec<serenity::Attachment>,
    lang: Lang,
) -> Result<CheckView, Vec<Refusal>> {
    let cap = engine.max_upload_bytes();
    let mut uploads = Vec::new();
    let mut refused = Vec::new();
    for att in &files {
        match attachments::fetch(att, cap).await {
            Ok(u) => uploads.push(u),
            Err(r) => refused.push(r),
        }
    }
    if !refused.is_empty() {
        return Err(refused);
    }
    match within(CHECK_TIME_LIMIT, move || engine.check(&uploads, lang)).await {
        Checked::Done(view) => Ok(view),
        Checked::TimedOut => Err(Vec::new()),
        Checked::Failed => Err(files
            .iter()
            .map(|a| Refusal::Unavailable {
                name: a.filename.clone(),
            })
            .collect()),
    }
}

/// The localised explanation of refused attachments, one line each.
pub fn refusal_text(refused: &[Refusal], cap: u64, lang: Lang, engine: &Engine) -> String {
    let l10n = engine.l10n();
    refused
        .iter()
        .map(|r| match r {
            Refusal::TooLarge { name, size } => l10n.msg(
                lang,
                "bot-upload-too-large",
                &[
                    ("file", name.clone().into()),
                    ("size", kib(*size).into()),
                    ("limit", kib(cap).into()),
                ],
            ),
            Refusal::Unavailable { name } => l10n.msg(
                lang,
                "bot-upload-unavailable",
                &[("file", name.clone().into())],
            ),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn kib(bytes: u64) -> u64 {
    bytes.div_ceil(1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_check_past_the_limit_is_given_up() {
        let slow = within(Duration::from_millis(20), || {
            std::thread::sleep(Duration::from_millis(300));
        })
        .await;
        assert!(matches!(slow, Checked::TimedOut));
        let quick = within(Duration::from_secs(5), || 7).await;
        assert!(matches!(quick, Checked::Done(7)));
    }
}
