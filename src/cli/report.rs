//! `kbbot report`: what KB authors should write next, from the bot's store: the most
//! frequent unanswered pastes and the articles marked not helpful, per language.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use kbbot_engine::i18n::Localizer;
use kbbot_engine::Lang;

use kbbot_discord::Settings;
use kbbot_store::Store;
use kbbot_store::Tally;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The bot's TOML config (for the database path).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// The SQLite database; overrides the config.
    #[arg(long, value_name = "FILE")]
    db: Option<PathBuf>,
    /// Rows per language and list.
    #[arg(long, default_value_t = 10)]
    limit: usize,
    /// The language of the report's headings.
    #[arg(long, default_value = "en")]
    lang: Lang,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let path = match (args.db, &args.config) {
        (Some(db), _) => db,
        (None, Some(cfg)) => Settings::load(cfg)?.database,
        (None, None) => Settings::default().database,
    };
    if !path.is_file() {
        anyhow::bail!("no database at {}", path.display());
    }
    let store = Store::open(&path)?;
    let text = render(
        &store.top_unanswered(args.limit)?,
        &store.unhelpful_articles(args.limit)?,
        args.lang,
        Localizer::bundled(),
    );
    std::io::stdout().write_all(text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn render(unanswered: &[Tally], unhelpful: &[Tally], ui: Lang, l10n: &Localizer) -> String {
    let mut out = String::new();
    if unanswered.is_empty() && unhelpful.is_empty() {
        out.push_str(&l10n.msg(ui, "report-empty", &[]));
        out.push('\n');
        return out;
    }
    for lang in Lang::ALL {
        let name = l10n.msg(ui, &format!("lang-{}", lang.code()), &[]);
        let rows: Vec<&Tally> = unanswered.iter().filter(|t| t.lang == lang).collect();
        if !rows.is_empty() {
            let heading = l10n.msg(
                ui,
                "report-unanswered-heading",
                &[("language", name.clone().into())],
            );
            out.push_str(&format!("{heading}\n"));
            for t in rows {
                let paste = t.key.replace(['\n', '\r'], " ⏎ ");
                let row = l10n.msg(
                    ui,
                    "report-unanswered-row",
                    &[("count", t.count.into()), ("paste", paste.into())],
                );
                out.push_str(&format!("  {row}\n"));
            }
            out.push('\n');
        }
        let rows: Vec<&Tally> = unhelpful.iter().filter(|t| t.lang == lang).collect();
        if !rows.is_empty() {
            let heading = l10n.msg(ui, "report-unhelpful-heading", &[("language", name.into())]);
            out.push_str(&format!("{heading}\n"));
            for t in rows {
                let row = l10n.msg(
                    ui,
                    "report-unhelpful-row",
                    &[
                        ("article", t.key.clone().into()),
                        ("bad", t.count.into()),
                        ("good", t.helpful.into()),
                    ],
                );
                out.push_str(&format!("  {row}\n"));
            }
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use kbbot_store::Vote;

    #[test]
    fn report_groups_by_language() {
        let store = Store::in_memory().unwrap();
        store
            .unanswered("quota met on <host>", Lang::Fr, "ask")
            .unwrap();
        store
            .unanswered("quota met on <host>", Lang::Fr, "ask")
            .unwrap();
        store
            .vote(&Vote {
                message_id: 1,
                user_id: 1,
                article_id: "KA-7".into(),
                lang: Lang::Sv,
                helpful: false,
            })
            .unwrap();
        let text = render(
            &store.top_unanswered(5).unwrap(),
            &store.unhelpful_articles(5).unwrap(),
            Lang::En,
            Localizer::bundled(),
        );
        let fr = text.find("French").expect("a French section");
        let sv = text.find("Swedish").expect("a Swedish section");
        assert!(fr < sv, "{text}");
        assert!(text.contains("2 × quota met on <host>"), "{text}");
        assert!(text.contains("KA-7: 1 not helpful, 0 helpful"), "{text}");
        assert!(render(&[], &[], Lang::Fr, Localizer::bundled()).contains("Rien"));
    }
}
