//! `kbbot index --kb DIR [--out DIR]`: writes an on-disk index that later runs reuse while the
//! KB is unchanged; and the one place the other commands get their matcher from.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use kbbot_engine::i18n::Localizer;
use kbbot_engine::search::{self, Matcher};
use kbbot_engine::Lang;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The KB folder to index (default: the bundled KB).
    #[arg(long)]
    kb: Option<PathBuf>,
    /// Where to write the index (default: the cache folder, see `--index` of `ask`).
    #[arg(long)]
    out: Option<PathBuf>,
}

/// Options shared by the commands that match: which KB, which index.
#[derive(Debug, Clone, clap::Args)]
pub struct KbArgs {
    /// The KB folder to answer from (default: the bundled KB).
    #[arg(long)]
    pub kb: Option<PathBuf>,
    /// An index folder written by `kbbot index`, used while it matches the KB (default: the
    /// cache folder, $KBBOT_CACHE_DIR or ~/.cache/kbbot, when it holds one for this KB).
    #[arg(long)]
    pub index: Option<PathBuf>,
}

/// Below this many articles a progress bar is only noise.
const PROGRESS_MIN_ARTICLES: usize = 500;

/// The cache folder for the index of a KB with fingerprint `fp`.
fn cache_dir(fp: &str) -> Option<PathBuf> {
    let base = std::env::var_os("KBBOT_CACHE_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("XDG_CACHE_HOME").map(|d| PathBuf::from(d).join("kbbot")))
        .or_else(|| std::env::var_os("HOME").map(|d| PathBuf::from(d).join(".cache/kbbot")))?;
    Some(base.join(format!("index-{fp}")))
}

/// An error and its causes on one line, each cause once.
fn describe_error(e: &(dyn std::error::Error + 'static)) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut next = Some(e);
    while let Some(err) = next {
        let text = err.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        next = err.source();
    }
    parts.join(": ")
}

/// Loads the KB and gets its matcher: from `--index` or the cache when fresh, else in memory.
pub(crate) fn matcher(args: &KbArgs) -> anyhow::Result<Matcher> {
    let kb = super::load_kb(args.kb.as_deref())?;
    // The fingerprint reads every article: computed once, for the cache folder and the check.
    let fp = search::fingerprint(&kb);
    let dir = match &args.index {
        Some(d) => Some(d.clone()),
        None => cache_dir(&fp).filter(|d| d.is_dir()),
    };
    let Some(dir) = dir else {
        return Ok(Matcher::build(kb)?);
    };
    let shown = dir.display().to_string();
    let l10n = Localizer::bundled();
    let (matcher, reused) = match Matcher::open_or_build_with_fingerprint(kb, &fp, &dir) {
        Ok(opened) => opened,
        // A damaged index (a disk full while writing, a file truncated) must not stop every
        // question: say so, and index in memory as if there were none.
        Err(e) => {
            let error = describe_error(&e);
            let msg = l10n.msg(
                Lang::En,
                "index-broken",
                &[("dir", shown.as_str().into()), ("error", error.into())],
            );
            tracing::warn!("{msg}");
            let kb = super::load_kb(args.kb.as_deref())?;
            return Ok(Matcher::build(kb)?);
        }
    };
    if !reused && args.index.is_some() {
        let id = if dir.join(search::FINGERPRINT_FILE).is_file() {
            "index-stale"
        } else {
            "index-missing"
        };
        let msg = l10n.msg(Lang::En, id, &[("dir", shown.as_str().into())]);
        tracing::warn!("{msg}");
    }
    Ok(matcher)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let l10n = Localizer::bundled();
    let kb = super::load_kb(args.kb.as_deref())?;
    let fp = search::fingerprint(&kb);
    let out = match args.out {
        Some(o) => o,
        None => cache_dir(&fp).context("no cache folder: give --out")?,
    };
    let total = kb.articles().len();
    let bar = if total >= PROGRESS_MIN_ARTICLES {
        let bar = ProgressBar::new(total as u64);
        bar.set_style(
            ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} ({eta})")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        bar.set_message(l10n.msg(Lang::En, "index-progress", &[]));
        bar
    } else {
        ProgressBar::hidden()
    };
    let start = Instant::now();
    search::build_on_disk_with_fingerprint(&kb, &fp, &out, &mut |done, _| {
        bar.set_position(done as u64)
    })?;
    bar.finish_and_clear();
    writeln!(
        std::io::stdout(),
        "{}",
        l10n.msg(
            Lang::En,
            "index-written",
            &[
                ("articles", total.into()),
                ("dir", out.display().to_string().into()),
                (
                    "seconds",
                    format!("{:.2}", start.elapsed().as_secs_f64()).into()
                ),
            ],
        )
    )?;
    Ok(ExitCode::SUCCESS)
}
