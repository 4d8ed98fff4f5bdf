//! `kbbot show ID`: one KB article by id, in the reader's language or its closest version
//! (what to do with a candidate an answer or a decline listed).
//!
//! Ids are matched ignoring case: people retype `ka-22154` or paste an exl-id in capitals, and
//! a KB's ids are unique regardless of case. An id the KB does not hold gets a hint that names
//! ids this KB really holds, found by [`Kb::suggest_ids`] (ids starting with or holding what
//! was typed, titles holding it, then ids sharing the longest start with it); `chat`'s `/show`
//! goes through the same lookup and hint.

use std::io::Write;
use std::process::ExitCode;

use kbbot_engine::answer::{render_show_text, ShowReply};
use kbbot_engine::i18n::Localizer;
use kbbot_engine::kb::Kb;
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
    /// On a terminal, print the whole article instead of paging it (`$PAGER`, else `less`).
    #[arg(long)]
    no_pager: bool,
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
    match args.format {
        // An article can be taller than the screen: paged, as `git log` is.
        Format::Text => super::term::print(&render_show_text(&reply, l10n), !args.no_pager)?,
        Format::Json => {
            let mut out = anstream::stdout();
            out.write_all((serde_json::to_string_pretty(&reply)? + "\n").as_bytes())?;
            out.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The article `typed` names, in `lang` or its closest version; `typed` in any case.
pub(crate) fn lookup(kb: &Kb, typed: &str, lang: Lang) -> Option<ShowReply> {
    ShowReply::from_kb(kb, typed, lang)
}

/// The message for an id the KB does not hold, naming ids it does hold: those
/// [`Kb::suggest_ids`] finds for what was typed or, when it finds none, one id to show the form
/// ids take in this KB (a list of unrelated ids would read as suggestions).
pub(crate) fn unknown(kb: &Kb, typed: &str, lang: Lang, l10n: &Localizer) -> String {
    let id = typed.trim();
    let mut hint: Vec<&str> = kb
        .suggest_ids(id, lang, HINT_IDS)
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    if hint.is_empty() {
        hint.extend(kb.articles().first().map(|a| a.id.as_str()));
    }
    if hint.is_empty() {
        return l10n.msg(lang, "show-unknown-empty", &[("id", id.into())]);
    }
    l10n.msg(
        lang,
        "show-unknown",
        &[("id", id.into()), ("ids", hint.join(", ").into())],
    )
}
