//! `/language` (a user's preferred reply language) and the order in which the reply language
//! is chosen: the saved preference, the interaction locale, the language of the user's own
//! words (as the engine detects it), the server default, English.
//!
//! Owns that order only; detecting a language from text is the engine's job.

use kbbot_engine::search::Paste;
use kbbot_engine::Lang;
use poise::serenity_prelude as serenity;

use super::{reply, Context, Data, Error};

/// The choices of `/language`. The labels come from fluent (`bot-choice-<name>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, poise::ChoiceParameter)]
pub enum Choice {
    #[name = "en"]
    En,
    #[name = "fr"]
    Fr,
    #[name = "nl"]
    Nl,
    #[name = "sv"]
    Sv,
    #[name = "it"]
    It,
    #[name = "auto"]
    Auto,
}

impl Choice {
    fn lang(self) -> Option<Lang> {
        match self {
            Choice::En => Some(Lang::En),
            Choice::Fr => Some(Lang::Fr),
            Choice::Nl => Some(Lang::Nl),
            Choice::Sv => Some(Lang::Sv),
            Choice::It => Some(Lang::It),
            Choice::Auto => None,
        }
    }
}

/// The reply language for `user`, in the documented order: saved preference, Discord locale,
/// the language of the user's words in `paste` (read once by [`crate::Engine::read`]), the
/// server default.
pub fn resolve(
    data: &Data,
    user: serenity::UserId,
    locale: Option<&str>,
    paste: Option<&Paste>,
) -> Lang {
    let saved = data.store.user_lang(user.get()).unwrap_or_else(|e| {
        tracing::warn!("cannot read the saved language: {e:#}");
        None
    });
    saved
        .or_else(|| locale.and_then(kbbot_engine::i18n::negotiate))
        .or_else(|| paste.and_then(|p| p.lang))
        .unwrap_or(data.settings.default_language)
}

/// The reply language of a command's author.
pub async fn for_context(ctx: Context<'_>, paste: Option<&Paste>) -> Lang {
    resolve(ctx.data(), ctx.author().id, ctx.locale(), paste)
}

// Sets the language kbbot answers you in; "auto" goes back to your Discord language.
#[poise::command(slash_command, ephemeral)]
pub async fn language(ctx: Context<'_>, language: Choice) -> Result<(), Error> {
    let user = ctx.author().id.get();
    ctx.data().store.set_user_lang(user, language.lang())?;
    let lang = for_context(ctx, None).await;
    let l10n = ctx.data().engine.l10n();
    let name = l10n.msg(lang, &format!("lang-{}", lang.code()), &[]);
    let id = match language.lang() {
        Some(_) => "bot-language-saved",
        None => "bot-language-auto",
    };
    let text = l10n.msg(lang, id, &[("language", name.into())]);
    ctx.send(reply::notice(text, true)).await?;
    Ok(())
}
