//! `/check file [file2] [file3]`: runs the engine's config checker on uploaded
//! `serverConf.xml` / `config-<instance>.xml` files.
//!
//! Thin: refuses oversize files from their metadata, downloads the rest, hands the bytes to
//! [`super::engine::Engine::check`] and sends the rendered report, with the quota chart
//! (`kbbot-chart`) attached when a config has an mta the MX rules govern. The report is private
//! (ephemeral) when the files carry credentials. Defers when the download is slow, so the
//! first response always beats Discord's three seconds.

use std::sync::Arc;
use std::time::Duration;

use kbbot_engine::check::Report;
use kbbot_engine::Lang;
use poise::serenity_prelude as serenity;

use super::attachments::{self, Refusal};
use super::engine::Engine;
use super::{embeds, language, reply, Context, Error};

/// Past this, the command defers (privately, as the content is not known yet).
const DEFER_AFTER: Duration = Duration::from_millis(1500);

/// What came of checking some uploads: a report on the ones fetched, and those refused.
pub struct Checked {
    /// The time limit the check ran under.
    pub limit: Duration,
    /// The names of the files in the report.
    pub names: Vec<String>,
    /// `None` when no file could be fetched.
    pub report: Option<Result<Report, Stopped>>,
    pub refused: Vec<Refusal>,
    /// The quota chart as PNG, when the report has one.
    pub chart: Option<Vec<u8>>,
}

/// The name the chart is attached under; the first page shows it as its image.
pub const CHART_FILE: &str = "quota-chart.png";

/// The chart of a check, as the attachment of its first page.
pub fn chart_file(checked: &Checked) -> Option<serenity::CreateAttachment> {
    checked
        .chart
        .as_ref()
        .map(|png| serenity::CreateAttachment::bytes(png.clone(), CHART_FILE))
}

/// Why a check gave no report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stopped {
    /// Over the time limit (`check_time_limit_secs`).
    TimedOut,
    /// The checking thread failed.
    Failed,
}

impl Checked {
    /// Whether the report, if any, carries credentials: it is then answered privately.
    pub fn secrets(&self) -> bool {
        matches!(&self.report, Some(Ok(r)) if embeds::has_credentials(r))
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
    let files: Vec<serenity::Attachment> =
        [Some(file), file2, file3].into_iter().flatten().collect();
    answer_files(ctx, files).await
}

/// Checks `files` for a command and sends the report (with its chart): `/check`, and `/ask`
/// given a config.
pub async fn answer_files(ctx: Context<'_>, files: Vec<serenity::Attachment>) -> Result<(), Error> {
    let lang = language::for_context(ctx, None).await;
    let engine = Arc::clone(&ctx.data().engine);
    let limit = ctx.data().settings.check_time_limit();
    let refs: Vec<&serenity::Attachment> = files.iter().collect();

    let work = run(Arc::clone(&engine), &refs, limit, lang);
    tokio::pin!(work);
    let mut deferred = false;
    let checked = tokio::select! {
        done = &mut work => done,
        _ = tokio::time::sleep(DEFER_AFTER) => {
            ctx.defer_ephemeral().await?;
            deferred = true;
            work.await
        }
    };
    let private = checked.secrets() || deferred;
    let (notice, pages) = render(&checked, lang, &engine);
    if let Some(text) = notice {
        ctx.send(reply::notice(text, true)).await?;
    }
    if pages.is_empty() {
        return Ok(());
    }
    reply::send_pages_with_file(ctx, pages, Vec::new(), private, chart_file(&checked)).await
}

/// Refuses oversize files from their metadata, downloads the rest, and checks the ones
/// fetched together, off the async threads, within `limit`. A refused file does not stop the
/// others being checked, as in `kbbot check`. The checker is near-linear under its size cap,
/// so only a pathological file reaches the limit; its thread then finishes on its own, but
/// nobody waits for it.
/// The chart's words are in `lang`.
pub async fn run(
    engine: Arc<Engine>,
    files: &[&serenity::Attachment],
    limit: Duration,
    lang: Lang,
) -> Checked {
    let cap = engine.max_upload_bytes();
    let mut refused = attachments::oversized(files, cap);
    let mut uploads = Vec::new();
    for att in files.iter().filter(|a| u64::from(a.size) <= cap) {
        match attachments::fetch(att, cap).await {
            Ok(u) => uploads.push(u),
            Err(r) => refused.push(r),
        }
    }
    let names: Vec<String> = uploads.iter().map(|u| u.name.clone()).collect();
    if uploads.is_empty() {
        return Checked {
            limit,
            names,
            report: None,
            refused,
            chart: None,
        };
    }
    // The chart is drawn with the check, off the async threads: both are CPU work.
    let job = tokio::task::spawn_blocking(move || {
        let report = engine.check(&uploads);
        let chart = kbbot_chart::quota_png(&report, lang, kbbot_chart::ChartOptions::default())
            .unwrap_or_else(|e| {
                tracing::warn!("no quota chart: {e}");
                None
            });
        (report, chart)
    });
    // The deadline is looked at first: once it has passed, the check is given up even if it
    // happens to finish in the same instant (a limit of 0 s never waits).
    let report = tokio::select! {
        biased;
        () = tokio::time::sleep(limit) => {
            tracing::warn!(?limit, "a check ran over its time limit");
            Err(Stopped::TimedOut)
        }
        done = job => done.map_err(|_| Stopped::Failed),
    };
    let (report, chart) = match report {
        Ok((report, chart)) => (Ok(report), chart),
        Err(stopped) => (Err(stopped), None),
    };
    Checked {
        limit,
        names,
        report: Some(report),
        refused,
        chart,
    }
}

/// The notice to send first (refused files, a check given up), and the report's pages.
pub fn render(
    checked: &Checked,
    lang: Lang,
    engine: &Engine,
) -> (Option<String>, Vec<serenity::CreateEmbed>) {
    let l10n = engine.l10n();
    let mut notice: Vec<String> = Vec::new();
    if !checked.refused.is_empty() {
        notice.push(refusal_text(
            &checked.refused,
            engine.max_upload_bytes(),
            lang,
            engine,
        ));
    }
    let files = checked.names.join(", ");
    let pages = match &checked.report {
        Some(Ok(report)) => {
            let names: Vec<&str> = checked.names.iter().map(String::as_str).collect();
            let mut pages = embeds::check_pages(report, &names, lang, l10n);
            if checked.chart.is_some() {
                if let Some(first) = pages.first_mut() {
                    *first = first.clone().image(format!("attachment://{CHART_FILE}"));
                }
            }
            pages
        }
        Some(Err(Stopped::TimedOut)) => {
            let secs = checked.limit.as_secs();
            let args = [("files", files.into()), ("seconds", secs.into())];
            notice.push(l10n.msg(lang, "bot-check-timeout", &args));
            Vec::new()
        }
        Some(Err(Stopped::Failed)) => {
            notice.extend(checked.names.iter().map(|name| {
                l10n.msg(
                    lang,
                    "bot-upload-unavailable",
                    &[("file", name.clone().into())],
                )
            }));
            Vec::new()
        }
        None => Vec::new(),
    };
    let notice = (!notice.is_empty()).then(|| notice.join("\n"));
    (notice, pages)
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
