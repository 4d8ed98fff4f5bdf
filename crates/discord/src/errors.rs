//! Every [`poise::FrameworkError`]: the ones a user caused or can act on (a value that does
//! not parse, a cooldown, missing permissions, a command used in the wrong place, a stale
//! command definition, a failed command) are answered privately in the user's language; the
//! rest (setup, event handlers, unknown interactions) are only logged.
//!
//! Replaces `poise::builtins::on_error`, which answers in hard-coded English and logs user
//! names and message contents. Owns the mapping from a framework error to a fluent message.
//!
//! **Invariant:** log lines name the command and carry kbbot's own error chains and poise's
//! static descriptions only: never a user's input, a message's content, a user name or the
//! token.

use kbbot_engine::i18n::{FluentValue, Localizer};
use kbbot_engine::Lang;
use poise::serenity_prelude as serenity;
use poise::FrameworkError;

use super::embeds::clip;
use super::{language, reply, Context, Data, Error};

/// Longest part of a user's input quoted back in a notice.
const QUOTE_MAX: usize = 100;

/// What the user is told, before it is put into words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The command failed on kbbot's side, or panicked, or a check errored.
    Failed,
    /// Discord sent options that do not match the command (an outdated registration).
    Outdated,
    /// A value did not parse; the input when poise has it.
    Argument {
        value: Option<String>,
    },
    /// A command group was used without one of its subcommands.
    Subcommand {
        subcommands: String,
    },
    /// The command's cooldown has not run out.
    Cooldown {
        seconds: u64,
    },
    /// kbbot lacks these permissions in the channel (names as Discord shows them).
    BotPermissions {
        permissions: String,
    },
    /// The user lacks these permissions.
    UserPermissions {
        permissions: String,
    },
    /// The permissions could not be read, so the command did not run.
    PermissionsUnknown,
    OwnersOnly,
    GuildOnly,
    DmOnly,
    NsfwOnly,
    /// A command check said no.
    Denied,
}

impl Notice {
    /// The fluent message id and its arguments.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, FluentValue<'static>)>) {
        match self {
            Notice::Failed => ("bot-error", vec![]),
            Notice::Outdated => ("bot-error-outdated", vec![]),
            Notice::Argument { value: Some(v) } => (
                "bot-error-argument",
                vec![("value", clip(v, QUOTE_MAX).into())],
            ),
            Notice::Argument { value: None } => ("bot-error-argument-unknown", vec![]),
            Notice::Subcommand { subcommands } => (
                "bot-error-subcommand",
                vec![("subcommands", subcommands.clone().into())],
            ),
            Notice::Cooldown { seconds } => {
                ("bot-error-cooldown", vec![("seconds", (*seconds).into())])
            }
            Notice::BotPermissions { permissions } => (
                "bot-error-bot-permissions",
                vec![("permissions", permissions.clone().into())],
            ),
            Notice::UserPermissions { permissions } => (
                "bot-error-user-permissions",
                vec![("permissions", permissions.clone().into())],
            ),
            Notice::PermissionsUnknown => ("bot-error-permissions-unknown", vec![]),
            Notice::OwnersOnly => ("bot-error-owners-only", vec![]),
            Notice::GuildOnly => ("bot-error-guild-only", vec![]),
            Notice::DmOnly => ("bot-error-dm-only", vec![]),
            Notice::NsfwOnly => ("bot-error-nsfw-only", vec![]),
            Notice::Denied => ("bot-error-denied", vec![]),
        }
    }

    /// The notice in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let (id, args) = self.message();
        Localizer::bundled().msg(lang, id, &args)
    }
}

/// Permission names as Discord shows them, without serenity's English "and".
pub fn permission_names(p: serenity::Permissions) -> String {
    p.get_permission_names().join(", ")
}

/// Whole seconds left, rounded up so that a user is never told to wait 0 seconds.
pub fn seconds_left(d: std::time::Duration) -> u64 {
    (d.as_secs() + u64::from(d.subsec_nanos() > 0)).max(1)
}

/// Logs `err` and answers the user, when there is one, in their language.
pub async fn handle(err: FrameworkError<'_, Data, Error>) {
    if let FrameworkError::UnknownInteraction {
        framework,
        interaction,
        ..
    } = &err
    {
        return unknown_command(*framework, interaction).await;
    }
    let Some((ctx, notice)) = triage(err) else {
        return;
    };
    let lang = language::for_context(ctx, None).await;
    if let Err(e) = ctx.send(reply::notice(notice.text(lang), true)).await {
        tracing::warn!(command = %ctx.command().name, "could not send an error notice: {e}");
    }
}

/// A command Discord still offers but this bot no longer has (a stale registration): the
/// user would otherwise see "The application did not respond". There is no poise context for
/// it, so the answer goes straight to the interaction. Autocomplete requests (the ones with a
/// focused option) get nothing: a message is not an answer Discord accepts for them.
async fn unknown_command(
    framework: poise::FrameworkContext<'_, Data, Error>,
    interaction: &serenity::CommandInteraction,
) {
    tracing::warn!(command = %interaction.data.name, "interaction for an unknown command");
    if interaction.data.autocomplete().is_some() {
        return;
    }
    let lang = language::resolve(
        framework.user_data,
        interaction.user.id,
        Some(&interaction.locale),
        None,
    );
    let message = serenity::CreateInteractionResponseMessage::new()
        .content(Notice::Outdated.text(lang))
        .allowed_mentions(reply::no_mentions())
        .ephemeral(true);
    let response = serenity::CreateInteractionResponse::Message(message);
    if let Err(e) = interaction
        .create_response(framework.serenity_context, response)
        .await
    {
        tracing::warn!(command = %interaction.data.name, "could not send an error notice: {e}");
    }
}

/// Logs `err`; returns whom to tell what, or `None` when no user is waiting for an answer.
fn triage(err: FrameworkError<'_, Data, Error>) -> Option<(Context<'_>, Notice)> {
    match err {
        FrameworkError::Command { error, ctx, .. } => {
            tracing::error!(command = %ctx.command().name, "command failed: {error:#}");
            Some((ctx, Notice::Failed))
        }
        // The payload is not logged: it may quote whatever the command was handling. The
        // panic hook has already printed where it happened.
        FrameworkError::CommandPanic { ctx, .. } => {
            tracing::error!(command = %ctx.command().name, "command panicked");
            Some((ctx, Notice::Failed))
        }
        // Neither the input nor the parse error (which often quotes it) is logged.
        FrameworkError::ArgumentParse { input, ctx, .. } => {
            tracing::info!(command = %ctx.command().name, "an argument did not parse");
            Some((ctx, Notice::Argument { value: input }))
        }
        FrameworkError::CommandStructureMismatch {
            description, ctx, ..
        } => {
            let ctx = poise::Context::Application(ctx);
            tracing::warn!(
                command = %ctx.command().name,
                "options do not match the command, is its registration outdated? {description}"
            );
            Some((ctx, Notice::Outdated))
        }
        FrameworkError::SubcommandRequired { ctx } => {
            let subcommands = subcommand_names(ctx);
            Some((ctx, Notice::Subcommand { subcommands }))
        }
        FrameworkError::CooldownHit {
            remaining_cooldown,
            ctx,
            ..
        } => {
            let seconds = seconds_left(remaining_cooldown);
            Some((ctx, Notice::Cooldown { seconds }))
        }
        FrameworkError::MissingBotPermissions {
            missing_permissions,
            ctx,
            ..
        } => Some((ctx, bot_permissions_notice(ctx, missing_permissions))),
        FrameworkError::MissingUserPermissions {
            missing_permissions,
            ctx,
            ..
        } => Some((ctx, user_permissions_notice(missing_permissions))),
        FrameworkError::PermissionFetchFailed { ctx, .. } => {
            tracing::warn!(command = %ctx.command().name, "could not fetch permissions");
            Some((ctx, Notice::PermissionsUnknown))
        }
        FrameworkError::NotAnOwner { ctx, .. } => Some((ctx, Notice::OwnersOnly)),
        FrameworkError::GuildOnly { ctx, .. } => Some((ctx, Notice::GuildOnly)),
        FrameworkError::DmOnly { ctx, .. } => Some((ctx, Notice::DmOnly)),
        FrameworkError::NsfwOnly { ctx, .. } => Some((ctx, Notice::NsfwOnly)),
        FrameworkError::CommandCheckFailed { error, ctx, .. } => match error {
            Some(error) => {
                tracing::error!(command = %ctx.command().name, "command check failed: {error:#}");
                Some((ctx, Notice::Failed))
            }
            None => Some((ctx, Notice::Denied)),
        },
        unanswered @ (FrameworkError::Setup { .. }
        | FrameworkError::EventHandler { .. }
        | FrameworkError::DynamicPrefix { .. }
        | FrameworkError::UnknownCommand { .. }
        | FrameworkError::NonCommandMessage { .. }) => {
            log_unanswered(unanswered);
            None
        }
        // Answered by `unknown_command` before triage.
        FrameworkError::UnknownInteraction { .. } => None,
        // poise's own way of keeping the enum open; it holds no value.
        FrameworkError::__NonExhaustive(never) => match never {},
    }
}

/// The names of a command's subcommands, in the user's Discord language where localised.
fn subcommand_names(ctx: Context<'_>) -> String {
    let locale = ctx.locale();
    let names: Vec<&str> = ctx
        .command()
        .subcommands
        .iter()
        .map(|s| {
            s.name_localizations
                .iter()
                .find(|(l, _)| Some(l.as_ref()) == locale)
                .map_or(s.name.as_ref(), |(_, n)| n.as_ref())
        })
        .collect();
    names.join(", ")
}

/// What kbbot lacks in this channel; logged, since only an administrator can fix it.
fn bot_permissions_notice(ctx: Context<'_>, missing: serenity::Permissions) -> Notice {
    let permissions = permission_names(missing);
    tracing::warn!(command = %ctx.command().name, "missing bot permissions: {permissions}");
    Notice::BotPermissions { permissions }
}

/// What the user lacks, when Discord said.
fn user_permissions_notice(missing: Option<serenity::Permissions>) -> Notice {
    match missing {
        Some(p) => Notice::UserPermissions {
            permissions: permission_names(p),
        },
        None => Notice::PermissionsUnknown,
    }
}

/// Logs an error no user is waiting on an answer for (setup, events, prefixed messages).
fn log_unanswered(err: FrameworkError<'_, Data, Error>) {
    match err {
        FrameworkError::Setup { error, .. } => {
            tracing::error!("setup failed: {error:#}");
        }
        FrameworkError::EventHandler { error, event, .. } => {
            tracing::error!(event = event.snake_case_name(), "event failed: {error:#}");
        }
        FrameworkError::DynamicPrefix { error, .. } => {
            tracing::error!("dynamic prefix failed: {error:#}");
        }
        FrameworkError::UnknownCommand { .. } => {
            tracing::debug!("a prefixed message names no command");
        }
        FrameworkError::NonCommandMessage { error, .. } => {
            tracing::error!("message handler failed: {error:#}");
        }
        // The others are answered, and logged, by `triage`.
        _ => {}
    }
}
