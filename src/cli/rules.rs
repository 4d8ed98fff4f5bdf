//! `kbbot rules` (the checker's rule list) and `kbbot explain ID` (one rule in full).

use std::io::Write;
use std::process::ExitCode;

use kbbot_engine::answer::check::{render_explain, render_rules};
use kbbot_engine::i18n::Localizer;

use super::lang_or_env;

#[derive(Debug, clap::Args)]
pub struct RulesArgs {
    /// Language (en, fr, nl, sv, it); default from LANG, else English.
    #[arg(long)]
    lang: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// The rule id, e.g. statServerAddress-missing.
    id: String,
    /// Language (en, fr, nl, sv, it); default from LANG, else English.
    #[arg(long)]
    lang: Option<String>,
}

pub fn rules(args: RulesArgs) -> anyhow::Result<ExitCode> {
    let lang = lang_or_env(args.lang.as_deref())?;
    std::io::stdout().write_all(render_rules(lang).as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

pub fn explain(args: ExplainArgs) -> anyhow::Result<ExitCode> {
    let lang = lang_or_env(args.lang.as_deref())?;
    match render_explain(&args.id, lang) {
        Some(text) => {
            // Wrapped on a terminal; the rule list above is a table and is left as it is.
            super::term::print(&text, false)?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let msg = Localizer::bundled().msg(lang, "explain-unknown", &[("id", args.id.into())]);
            writeln!(std::io::stderr(), "{msg}")?;
            Ok(ExitCode::from(2))
        }
    }
}
