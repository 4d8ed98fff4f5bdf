//! The message command "Find resolution": answers someone's pasted message, for whoever
//! runs it. The name shown in each locale comes from fluent (`find-resolution`).

use poise::serenity_prelude as serenity;

use super::{ask, Context, Error};

// The default name is replaced by the English fluent value when the commands are built.
#[poise::command(context_menu_command = "find-resolution", rename = "find-resolution")]
pub async fn find_resolution(ctx: Context<'_>, message: serenity::Message) -> Result<(), Error> {
    ask::answer(ctx, &message.content, "context-menu").await
}
