//! Buttons under a reply, and their custom ids: what kbbot writes into a button, and reads back
//! from a press. Only ids kbbot made parse; anything else is ignored.

use kbbot_engine::answer::{AskReply, ShowReply};
use kbbot_engine::i18n::Localizer;
use kbbot_engine::kb::ArticleId;
use kbbot_engine::Lang;
use poise::serenity_prelude as serenity;
use serenity::{CreateActionRow, CreateButton};

use super::{clip, CUSTOM_ID_MAX, LABEL_MAX, ROW_MAX};

/// The custom id of a feedback button.
pub fn feedback_id(helpful: bool, lang: Lang, article: &str) -> String {
    format!("kb:fb:{}:{}:{}", u8::from(helpful), lang.code(), article)
}

/// The custom id of a button that shows another article.
pub fn article_id(lang: Lang, article: &str) -> String {
    format!("kb:art:{}:{}", lang.code(), article)
}

/// A button press kbbot understands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Press {
    Feedback {
        helpful: bool,
        lang: Lang,
        article: String,
    },
    Article {
        lang: Lang,
        article: String,
    },
}

/// Reads a custom id back; `None` for anything kbbot did not make.
pub fn parse_press(custom_id: &str) -> Option<Press> {
    let rest = custom_id.strip_prefix("kb:")?;
    if let Some(rest) = rest.strip_prefix("fb:") {
        let (flag, rest) = rest.split_once(':')?;
        let (lang, article) = rest.split_once(':')?;
        let helpful = match flag {
            "1" => true,
            "0" => false,
            _ => return None,
        };
        if article.is_empty() {
            return None;
        }
        return Some(Press::Feedback {
            helpful,
            lang: Lang::from_tag(lang)?,
            article: article.to_string(),
        });
    }
    let (lang, article) = rest.strip_prefix("art:")?.split_once(':')?;
    if article.is_empty() {
        return None;
    }
    Some(Press::Article {
        lang: Lang::from_tag(lang)?,
        article: article.to_string(),
    })
}

/// The buttons under an answer: the articles of the paste's other errors (in blue), the
/// other candidates, then helpful / not helpful.
pub fn ask_buttons(reply: &AskReply, l10n: &Localizer) -> Vec<CreateActionRow> {
    let lang = reply.lang;
    let answered = reply.answer.as_ref().map(|a| &a.article_id);
    let mut rows = Vec::new();
    let others = reply.other_errors.iter().map(|o| {
        (
            &o.article.article_id,
            &o.article.title,
            serenity::ButtonStyle::Primary,
        )
    });
    let candidates = reply
        .candidates
        .iter()
        .filter(|c| answered != Some(&c.article_id))
        .map(|c| (&c.article_id, &c.title, serenity::ButtonStyle::Secondary));
    let alts: Vec<CreateButton> = others
        .chain(candidates)
        .map(|(a, title, style)| (article_id(lang, a.as_str()), title, style))
        .filter(|(id, _, _)| id.len() <= CUSTOM_ID_MAX)
        .take(ROW_MAX)
        .map(|(id, title, style)| {
            CreateButton::new(id)
                .label(clip(title, LABEL_MAX))
                .style(style)
        })
        .collect();
    if !alts.is_empty() {
        rows.push(CreateActionRow::Buttons(alts));
    }
    rows.extend(feedback_row(answered, lang, l10n));
    rows
}

/// The buttons under an article asked for by id: helpful / not helpful.
pub fn show_buttons(reply: &ShowReply, l10n: &Localizer) -> Vec<CreateActionRow> {
    feedback_row(Some(&reply.article_id), reply.lang, l10n)
        .into_iter()
        .collect()
}

fn feedback_row(
    article: Option<&ArticleId>,
    lang: Lang,
    l10n: &Localizer,
) -> Option<CreateActionRow> {
    let article = article?;
    let yes = feedback_id(true, lang, article.as_str());
    let no = feedback_id(false, lang, article.as_str());
    (yes.len() <= CUSTOM_ID_MAX).then(|| {
        CreateActionRow::Buttons(vec![
            CreateButton::new(yes)
                .label(clip(&l10n.msg(lang, "bot-button-helpful", &[]), LABEL_MAX))
                .style(serenity::ButtonStyle::Success),
            CreateButton::new(no)
                .label(clip(
                    &l10n.msg(lang, "bot-button-unhelpful", &[]),
                    LABEL_MAX,
                ))
                .style(serenity::ButtonStyle::Danger),
        ])
    })
}
