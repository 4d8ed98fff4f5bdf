//! `kbbot discord`: runs the Discord bot for one shard range until SIGINT or SIGTERM.
//!
//! Reads the token (`DISCORD_TOKEN` or `--token-file`), the TOML config and the KB, opens
//! the store, and hands everything to `bot::build_client`. Holds no bot or engine logic.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context as _;

use kbbot_discord::{self as bot, BotConfig, Engine, Settings, Shards, Store, Token};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The TOML config: support channels, default language, database path, dev guild.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Read the bot token from this file instead of DISCORD_TOKEN.
    #[arg(long, value_name = "FILE")]
    token_file: Option<PathBuf>,
    /// The shards this process runs, e.g. 0-3 (needs --shard-count).
    #[arg(long, value_name = "RANGE", requires = "shard_count")]
    shards: Option<String>,
    /// The total number of shards across all processes.
    #[arg(long, value_name = "N")]
    shard_count: Option<u32>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let settings = match &args.config {
        Some(path) => Settings::load(path)?,
        None => Settings::default(),
    };
    let shards = match (&args.shards, args.shard_count) {
        (Some(range), Some(count)) => Shards::parse(range, count)?,
        (None, Some(count)) => Shards::parse(&format!("0-{}", count.saturating_sub(1)), count)?,
        _ => Shards::single(),
    };
    let token = Token::from_env_or_file(args.token_file.as_deref())?;
    let kb = super::load_kb(settings.kb.as_deref())?;
    let store = Store::open(&settings.database)?;
    let cfg = BotConfig {
        token,
        settings,
        api_base: BotConfig::api_base_from_env(),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    // A signal ends the process at every stage: while the index builds, while Discord is
    // unreachable and serenity retries, and while connected (there the shards close first).
    let result = runtime.block_on(async {
        let serving = serve(cfg, kb, store, shards);
        tokio::pin!(serving);
        tokio::select! {
            done = &mut serving => done,
            () = shutdown_signal() => {
                tracing::info!("shutting down");
                // Connected shards close on the same signal inside `serve`; give them a moment.
                let _ = tokio::time::timeout(SHUTDOWN_GRACE, &mut serving).await;
                Ok(())
            }
        }
    });
    // An index build still running on a blocking thread is abandoned, not awaited.
    runtime.shutdown_timeout(SHUTDOWN_GRACE);
    result?;
    Ok(ExitCode::SUCCESS)
}

/// How long connected shards get to close after a signal.
const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(3);

async fn serve(
    cfg: BotConfig,
    kb: kbbot_engine::kb::Kb,
    store: Store,
    shards: Shards,
) -> anyhow::Result<()> {
    let engine = Arc::new(tokio::task::spawn_blocking(move || Engine::new(kb)).await??);
    let mut client = bot::build_client(cfg, engine, Arc::new(store)).await?;
    let manager = client.shard_manager.clone();
    tokio::spawn(async move {
        shutdown_signal().await;
        manager.shutdown_all().await;
    });
    tracing::info!(
        first = shards.first,
        last = shards.last,
        count = shards.count,
        "starting shards"
    );
    client
        .start_shard_range(shards.serenity_range(), shards.count)
        .await?;
    Ok(())
}

/// Resolves on SIGINT (Ctrl-C) or, on Unix, SIGTERM.
async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
