//! Command metadata from the fluent files, and registering the commands with Discord.
//!
//! Owns the mapping of kbbot's five languages onto Discord's locale codes and the fluent
//! convention for commands (as in poise's fluent example): the message id is the command's
//! name, `.description` its description, `.<param>` and `.<param>-description` each
//! parameter's localised name and description; a context-menu command's localised name is
//! the message value itself. Must not hold text of its own.

use std::borrow::Cow;

use kbbot_engine::i18n::Localizer;
use kbbot_engine::Lang;
use poise::serenity_prelude as serenity;

use super::{Data, Error};

/// The Discord locales each language is registered under.
pub fn discord_locales(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &["en-US", "en-GB"],
        Lang::Fr => &["fr"],
        Lang::Nl => &["nl"],
        Lang::Sv => &["sv-SE"],
        Lang::It => &["it"],
    }
}

type Pairs = Cow<'static, [(Cow<'static, str>, Cow<'static, str>)]>;

fn localized(f: impl Fn(Lang) -> Option<String>) -> Pairs {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        if let Some(text) = f(lang) {
            for locale in discord_locales(lang) {
                out.push((Cow::Borrowed(*locale), Cow::Owned(text.clone())));
            }
        }
    }
    Cow::Owned(out)
}

/// Copies names, descriptions and choice labels from fluent into every command. The
/// English text becomes the default Discord shows to every other locale.
pub fn apply(commands: &mut [poise::Command<Data, Error>], l10n: &Localizer) {
    for cmd in commands {
        let id = cmd.name.to_string();
        let own = |lang: Lang| l10n.has(lang, &id).then(|| l10n.msg(lang, &id, &[]));
        if cmd.context_menu_action.is_some() {
            cmd.context_menu_name = Some(Cow::Owned(l10n.msg(Lang::En, &id, &[])));
            cmd.name_localizations = localized(own);
            continue;
        }
        cmd.name_localizations = localized(own);
        cmd.description = l10n.attr(Lang::En, &id, "description", &[]).map(Cow::Owned);
        cmd.description_localizations = localized(|lang| l10n.attr(lang, &id, "description", &[]));
        for param in &mut cmd.parameters {
            let p = param.name.to_string();
            let desc = format!("{p}-description");
            param.name_localizations = localized(|lang| l10n.attr(lang, &id, &p, &[]));
            param.description = l10n.attr(Lang::En, &id, &desc, &[]).map(Cow::Owned);
            param.description_localizations = localized(|lang| l10n.attr(lang, &id, &desc, &[]));
            for choice in param.choices.to_mut() {
                let key = format!("bot-choice-{}", choice.name);
                choice.localizations = localized(|lang| Some(l10n.msg(lang, &key, &[])));
                choice.name = Cow::Owned(l10n.msg(Lang::En, &key, &[]));
            }
        }
    }
}

/// The registration payloads: slash commands through poise, and message commands with
/// their localised names (which poise leaves out).
pub fn payloads(commands: &[poise::Command<Data, Error>]) -> Vec<serenity::CreateCommand> {
    let mut out = Vec::new();
    for cmd in commands {
        if let Some(slash) = cmd.create_as_slash_command() {
            out.push(slash);
        }
        if let Some(mut menu) = cmd.create_as_context_menu_command() {
            for (locale, name) in cmd.name_localizations.iter() {
                menu = menu.name_localized(locale.as_ref(), name.as_ref());
            }
            out.push(menu);
        }
    }
    out
}

/// Registers every command in `guild` (development: instant) or globally.
pub async fn register(
    ctx: &serenity::Context,
    commands: &[poise::Command<Data, Error>],
    guild: Option<u64>,
) -> anyhow::Result<()> {
    let payloads = payloads(commands);
    match guild {
        Some(g) => {
            serenity::GuildId::new(g)
                .set_commands(&ctx.http, payloads)
                .await?;
        }
        None => {
            serenity::Command::set_global_commands(&ctx.http, payloads).await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find<'a>(v: &'a [serde_json::Value], name: &str) -> &'a serde_json::Value {
        v.iter()
            .find(|c| c["name"] == name)
            .unwrap_or_else(|| panic!("no command {name} in {v:?}"))
    }

    #[test]
    fn every_command_is_described_in_every_locale() {
        let commands = super::super::commands();
        let json: Vec<serde_json::Value> = payloads(&commands)
            .iter()
            .map(|c| serde_json::to_value(c).unwrap())
            .collect();
        assert_eq!(json.len(), 5);
        for name in ["ask", "check", "article", "language"] {
            let c = find(&json, name);
            let d = c["description"].as_str().unwrap();
            assert!((1..=100).contains(&d.chars().count()), "{name}: {d}");
            for locale in ["fr", "nl", "sv-SE", "it", "en-US", "en-GB"] {
                let n = c["name_localizations"][locale].as_str().unwrap();
                assert!(
                    n.chars()
                        .all(|ch| ch.is_lowercase() || ch.is_numeric() || ch == '-' || ch == '_')
                        && (1..=32).contains(&n.chars().count()),
                    "{name} in {locale}: {n:?} is not a valid command name"
                );
                let d = c["description_localizations"][locale].as_str().unwrap();
                assert!((1..=100).contains(&d.chars().count()), "{name} {locale}");
                for opt in c["options"].as_array().into_iter().flatten() {
                    assert!(opt["name_localizations"][locale].is_string(), "{opt}");
                    let d = opt["description_localizations"][locale].as_str().unwrap();
                    assert!((1..=100).contains(&d.chars().count()), "{opt}");
                }
            }
        }
        assert_eq!(find(&json, "ask")["name_localizations"]["fr"], "demander");
        let menu = json
            .iter()
            .find(|c| c["type"] == 3)
            .expect("a message command");
        assert!(menu["name_localizations"]["sv-SE"].is_string());
        let lang = find(&json, "language");
        let choices = lang["options"][0]["choices"].as_array().unwrap();
        assert_eq!(choices.len(), 6);
        assert!(choices
            .iter()
            .all(|c| c["name_localizations"]["it"].is_string()));
    }
}
