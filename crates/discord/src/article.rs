//! `/article id`: shows one KB article, with autocomplete over the KB's ids and titles.
//!
//! Thin: the lookup and the suggestions come from the engine; this renders and sends.

use poise::serenity_prelude as serenity;

use super::{embeds, language, reply, Context, Error};

/// Discord shows at most 25 autocomplete choices.
const CHOICES_MAX: usize = 25;
/// Autocomplete labels and values are at most 100 characters.
const CHOICE_LEN_MAX: usize = 100;

async fn autocomplete_id(ctx: Context<'_>, partial: &str) -> serenity::CreateAutocompleteResponse {
    let lang = language::for_context(ctx, None).await;
    let choices = ctx
        .data()
        .engine
        .suggest(partial, lang, CHOICES_MAX)
        .into_iter()
        .filter(|a| a.id.as_str().chars().count() <= CHOICE_LEN_MAX)
        .map(|a| {
            let label = embeds::clip(&format!("{} — {}", a.id, a.title), CHOICE_LEN_MAX);
            serenity::AutocompleteChoice::new(label, a.id.to_string())
        })
        .collect();
    serenity::CreateAutocompleteResponse::new().set_choices(choices)
}

// Shows a KB article by its id (description from fluent).
#[poise::command(slash_command)]
pub async fn article(
    ctx: Context<'_>,
    #[autocomplete = "autocomplete_id"] id: String,
) -> Result<(), Error> {
    let lang = language::for_context(ctx, None).await;
    let data = ctx.data();
    let l10n = data.engine.l10n();
    match data.engine.article(&id, lang) {
        Some(shown) => {
            let pages = embeds::show_pages(&shown, l10n);
            reply::send_pages(ctx, pages, embeds::show_buttons(&shown, l10n), false).await
        }
        None => {
            let text = l10n.msg(lang, "bot-article-unknown", &[("id", id.into())]);
            ctx.send(reply::notice(text, true)).await?;
            Ok(())
        }
    }
}
