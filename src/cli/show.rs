//! `kbbot show ID`: one KB article by id, in the reader's language or its closest version
//! (what to do with a candidate an answer or a decline listed).

use std::io::Write;
use std::process::ExitCode;

use kbbot::answer::{render_show_text, ShowReply};
use kbbot::i18n::Localizer;

use super::ask::Format;
use super::index::KbArgs;
use super::{lang_or_env, load_kb};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The article id, as a reply lists it (`KA-22154`, `KB-0014`, an exl-id).
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

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let lang = lang_or_env(args.lang.as_deref())?;
    let kb = load_kb(args.kb.kb.as_deref())?;
    let l10n = Localizer::bundled();
    let Some(reply) = ShowReply::from_kb(&kb, &args.id, lang) else {
        let msg = l10n.msg(lang, "show-unknown", &[("id", args.id.as_str().into())]);
        writeln!(std::io::stderr(), "{msg}")?;
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
