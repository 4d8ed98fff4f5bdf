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
        Err(refused) => {
            let text = refusal_text(&refused, cap, lang, &engine);
            ctx.send(reply::notice(text, true)).await?;
            Ok(())
        }
    }
}

/// Downloads every file, then checks them together off the async threads.
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
    tokio::task::spawn_blocking(move || engine.check(&uploads, lang))
        .await
        .map_err(|_| {
            files
                .iter()
                .map(|a| Refusal::Unavailable {
                    name: a.filename.clone(),
                })
                .collect()
        })
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
