//! `kbbot show ID`: one KB article by id, in the reader's language or its closest version
//! (what to do with a candidate an answer or a decline listed).
//!
//! Ids are matched ignoring case: people retype `ka-22154` or paste an exl-id in capitals, and
//! a KB's ids are unique regardless of case. An id the KB does not hold gets a hint that names
//! ids this KB really holds, the ones sharing the longest start with what was typed first;
//! `chat`'s `/show` goes through the same lookup and hint.

use std::io::Write;
use std::process::ExitCode;

use kbbot_engine::answer::{render_show_text, ShowReply};
use kbbot_engine::i18n::Localizer;
use kbbot_engine::kb::{ArticleId, Kb};
use kbbot_engine::Lang;

use super::ask::Format;
use super::index::KbArgs;
use super::{lang_or_env, load_kb};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The article id, as a reply lists it (`KA-22154`, `KB-0014`, an exl-id), in any case.
    id: String,
    #[command(flatten)]
    kb: KbArgs,
    /// Language to show it in (en, fr, nl, sv, it); default: from LC_ALL / LANG, else English.
    #[arg(long)]
    lang: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

/// How many ids the hint for an unknown id names at most.
const HINT_IDS: usize = 3;

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let lang = lang_or_env(args.lang.as_deref())?;
    let kb = load_kb(args.kb.kb.as_deref())?;
    let l10n = Localizer::bundled();
    let Some(reply) = lookup(&kb, &args.id, lang) else {
        writeln!(std::io::stderr(), "{}", unknown(&kb, &args.id, lang, l10n))?;
        return Ok(ExitCode::from(2));
    };
    let text = match args.format {
        Format::Text => render_show_text(&reply, l10n),
        Format::Json => serde_json::to_string_pretty(&reply)? + "\n",
    };
    let mut out = anstream::stdout();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The article `typed` names, in `lang` or its closest version; `typed` in any case.
pub(crate) fn lookup(kb: &Kb, typed: &str, lang: Lang) -> Option<ShowReply> {
    ShowReply::from_kb(kb, typed, lang)
}

/// The message for an id the KB does not hold, naming ids it does hold.
pub(crate) fn unknown(kb: &Kb, typed: &str, lang: Lang, l10n: &Localizer) -> String {
    let id = typed.trim();
    let hint = closest_ids(kb, id, HINT_IDS);
    if hint.is_empty() {
        return l10n.msg(lang, "show-unknown-empty", &[("id", id.into())]);
    }
    let ids = hint
        .iter()
        .map(|i| i.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    l10n.msg(
        lang,
        "show-unknown",
        &[("id", id.into()), ("ids", ids.into())],
    )
}

/// Up to `n` distinct ids of the KB, those sharing the longest start with `typed` (ignoring
/// case) first, then in id order. When none shares even a first character, one id is enough
/// to show the form ids take in this KB; a list of unrelated ids would read as suggestions.
fn closest_ids<'k>(kb: &'k Kb, typed: &str, n: usize) -> Vec<&'k ArticleId> {
    let typed: Vec<char> = typed.to_lowercase().chars().collect();
    let shared = |id: &ArticleId| {
        id.as_str()
            .to_lowercase()
            .chars()
            .zip(&typed)
            .take_while(|(a, b)| a == *b)
            .count()
    };
    let mut ids: Vec<(usize, &ArticleId)> = kb
        .articles()
        .iter()
        .map(|a| (shared(&a.id), &a.id))
        .collect();
    ids.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    ids.dedup_by(|a, b| a.1 == b.1);
    let take = if ids.first().is_some_and(|(s, _)| *s > 0) {
        n
    } else {
        1
    };
    ids.into_iter().take(take).map(|(_, id)| id).collect()
}
