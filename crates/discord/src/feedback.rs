//! Button presses under an answer: "helpful / not helpful" votes go to the store (one per
//! user and answer); a candidate button shows that article privately to whoever pressed it.

use poise::serenity_prelude as serenity;
use serenity::{
    CreateInteractionResponse, CreateInteractionResponseFollowup, CreateInteractionResponseMessage,
};

use super::embeds::{self, Press};
use super::{language, reply, Data, Error};
use kbbot_store::Vote;

pub async fn handle(
    ctx: &serenity::Context,
    data: &Data,
    press: &serenity::ComponentInteraction,
) -> Result<(), Error> {
    let Some(what) = embeds::parse_press(&press.data.custom_id) else {
        return Ok(());
    };
    let lang = language::resolve(data, press.user.id, Some(&press.locale), None);
    let l10n = data.engine.l10n();
    match what {
        Press::Feedback {
            helpful,
            lang: answer_lang,
            article,
        } => {
            data.store.vote(&Vote {
                message_id: press.message.id.get(),
                user_id: press.user.id.get(),
                article_id: article,
                lang: answer_lang,
                helpful,
            })?;
            let id = if helpful {
                "bot-feedback-thanks"
            } else {
                "bot-feedback-sorry"
            };
            let msg = CreateInteractionResponseMessage::new()
                .content(l10n.msg(lang, id, &[]))
                .ephemeral(true)
                .allowed_mentions(reply::no_mentions());
            press
                .create_response(&ctx.http, CreateInteractionResponse::Message(msg))
                .await?;
        }
        Press::Article { article, .. } => {
            let Some(shown) = data.engine.article(&article, lang) else {
                let msg = CreateInteractionResponseMessage::new()
                    .content(l10n.msg(lang, "bot-article-unknown", &[("id", article.into())]))
                    .ephemeral(true)
                    .allowed_mentions(reply::no_mentions());
                press
                    .create_response(&ctx.http, CreateInteractionResponse::Message(msg))
                    .await?;
                return Ok(());
            };
            let mut pages = embeds::show_pages(&shown, l10n).into_iter();
            let buttons = embeds::show_buttons(&shown, l10n);
            let Some(first) = pages.next() else {
                return Ok(());
            };
            let msg = CreateInteractionResponseMessage::new()
                .embed(first)
                .components(buttons)
                .ephemeral(true)
                .allowed_mentions(reply::no_mentions());
            press
                .create_response(&ctx.http, CreateInteractionResponse::Message(msg))
                .await?;
            for page in pages {
                let follow = CreateInteractionResponseFollowup::new()
                    .embed(page)
                    .ephemeral(true)
                    .allowed_mentions(reply::no_mentions());
                press.create_followup(&ctx.http, follow).await?;
            }
        }
    }
    Ok(())
}
