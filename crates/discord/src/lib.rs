//! The Discord front end: slash commands, the "Find resolution" message command, support
//! channel messages, attachments, embeds, buttons and the SQLite store for preferences and
//! feedback, on serenity with poise.
//!
//! **Invariant:** no matching, paste extraction, XML parsing or checker rules here. Every
//! handler reads the Discord input, calls one [`engine::Engine`] method, renders the view with
//! [`embeds`] and sends it. Nothing user-facing is written in code: every string comes from
//! `locales/<lang>/bot.ftl`. Message contents, attachments and the token are never logged.
//!
//! [`build_client`] is the one constructor, used by `kbbot discord` and by the end-to-end
//! tests against a fake Discord.

pub mod article;
pub mod ask;
pub mod attachments;
pub mod check;
pub mod config;
pub mod context_menu;
pub mod embeds;
pub mod engine;
pub mod errors;
pub mod feedback;
pub mod l10n;
pub mod language;
pub mod logs;
pub mod messages;
pub mod reply;

use std::sync::Arc;

use poise::serenity_prelude as serenity;

pub use config::{BotConfig, Settings, Shards, Token};
pub use engine::Engine;
pub use kbbot_store::Store;

/// What every handler shares.
pub struct Data {
    pub engine: Arc<Engine>,
    pub store: Arc<Store>,
    pub settings: Settings,
}

/// The error every handler may return; reported by [`on_error`], never shown raw to users.
pub type Error = anyhow::Error;
/// The poise context of a command.
pub type Context<'a> = poise::Context<'a, Data, Error>;

/// The gateway intents kbbot needs. Message content is privileged: it must be enabled for
/// the application in the developer portal.
pub fn intents() -> serenity::GatewayIntents {
    serenity::GatewayIntents::GUILDS
        | serenity::GatewayIntents::GUILD_MESSAGES
        | serenity::GatewayIntents::DIRECT_MESSAGES
        | serenity::GatewayIntents::MESSAGE_CONTENT
}

/// Every command, localised from the fluent files. The only command list.
pub fn commands() -> Vec<poise::Command<Data, Error>> {
    let mut commands = vec![
        ask::ask(),
        check::check(),
        article::article(),
        language::language(),
        context_menu::find_resolution(),
    ];
    l10n::apply(&mut commands, kbbot_engine::i18n::Localizer::bundled());
    commands
}

/// REST through discord.com, or through `api_base` (a fake, in tests) with serenity's
/// ratelimiter off: its requests would otherwise bypass the redirect.
fn http_for(cfg: &BotConfig) -> serenity::Http {
    match &cfg.api_base {
        None => serenity::Http::new(cfg.token.expose()),
        Some(base) => serenity::HttpBuilder::new(cfg.token.expose())
            .proxy(base.trim_end_matches('/').to_string())
            .ratelimiter_disabled(true)
            .build(),
    }
}

/// Builds the serenity client with the poise framework, the store and the engine. The same
/// function serves `kbbot discord` and the end-to-end tests.
pub async fn build_client(
    cfg: BotConfig,
    engine: Arc<Engine>,
    store: Arc<Store>,
) -> anyhow::Result<serenity::Client> {
    build_client_with(cfg, engine, store, commands()).await
}

/// [`build_client`] with another command list: the end-to-end tests add commands that make
/// poise stop an invocation (cooldowns, permissions, checks) to see how users are told.
pub async fn build_client_with(
    cfg: BotConfig,
    engine: Arc<Engine>,
    store: Arc<Store>,
    commands: Vec<poise::Command<Data, Error>>,
) -> anyhow::Result<serenity::Client> {
    let settings = cfg.settings.clone();
    let options = poise::FrameworkOptions {
        commands,
        on_error: |err| Box::pin(errors::handle(err)),
        event_handler: |framework, event| Box::pin(on_event(framework, event)),
        initialize_owners: false,
        ..Default::default()
    };
    let framework = poise::Framework::builder()
        .options(options)
        .setup(move |ctx, ready, framework| {
            Box::pin(async move {
                tracing::info!(user = %ready.user.name, shard = ?ready.shard, "connected");
                // A failed registration leaves the previous commands in place; the bot still
                // answers messages, so it logs and carries on.
                let commands = &framework.options().commands;
                if let Err(e) = l10n::register(ctx, commands, settings.dev_guild).await {
                    tracing::error!("command registration failed: {e:#}");
                }
                Ok(Data {
                    engine,
                    store,
                    settings,
                })
            })
        })
        .build();
    let client = serenity::ClientBuilder::new_with_http(http_for(&cfg), intents())
        .framework(framework)
        .await?;
    Ok(client)
}

async fn on_event(
    framework: poise::FrameworkContext<'_, Data, Error>,
    event: &serenity::FullEvent,
) -> Result<(), Error> {
    let ctx = framework.serenity_context;
    let data = framework.user_data;
    match event {
        serenity::FullEvent::Message { new_message } => {
            messages::handle(ctx, data, framework.bot_id(), new_message).await
        }
        serenity::FullEvent::InteractionCreate {
            interaction: serenity::Interaction::Component(press),
        } => feedback::handle(ctx, data, press).await,
        serenity::FullEvent::Resume { .. } => {
            tracing::info!("gateway session resumed");
            Ok(())
        }
        _ => Ok(()),
    }
}
