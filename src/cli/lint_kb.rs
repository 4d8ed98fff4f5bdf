//! `kbbot lint-kb [DIR]`: loads a KB folder (default: the bundled one), lints it and prints
//! what its author should fix, plus pages per language. Exit 0 clean, 1 problems, 2 could
//! not run. Long lists (an English-only corpus misses four languages on every page) are
//! capped with `--max` and missing languages are summarised by language set.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use kbbot_engine::i18n::{negotiate, Localizer};
use kbbot_engine::kb::{lang_list, lint, FindingKind, LintReport};
use kbbot_engine::Lang;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The KB folder to lint (default: the KB built into kbbot).
    dir: Option<PathBuf>,
    /// Language of the report (en, fr, nl, sv, it; default from LANG, else English).
    #[arg(long)]
    lang: Option<String>,
    /// Print at most this many problems of each kind.
    #[arg(long, default_value_t = 20)]
    max: usize,
}

/// The report language: `--lang`, else the environment's locale, else English.
fn report_lang(flag: Option<&str>) -> anyhow::Result<Lang> {
    if let Some(tag) = flag {
        return Ok(tag.parse::<Lang>()?);
    }
    let env = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()));
    Ok(env.as_deref().and_then(negotiate).unwrap_or(Lang::En))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let lang = report_lang(args.lang.as_deref())?;
    // Not `load_kb`: a folder where nothing loads is this command's to explain, file by file.
    let kb = match args.dir.as_deref() {
        Some(dir) => kbbot_engine::kb::load_dir(dir)?,
        None => kbbot_engine::kb::bundled(),
    };
    let report = lint(&kb);
    let mut text = render(&report, kb.root_label(), lang, args.max.max(1));
    let empty = kb.articles().is_empty();
    if empty {
        // "No problems found" would contradict what follows.
        let clean = format!("{}\n", Localizer::bundled().msg(lang, "lint-kb-clean", &[]));
        text = text.replace(&clean, "");
        let root = kb.root_label();
        text.push_str(&Localizer::bundled().msg(
            lang,
            "lint-kb-no-articles",
            &[("root", root.into())],
        ));
        text.push('\n');
    }
    let mut out = anstream::stdout();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(if report.is_clean() && !empty {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn render(report: &LintReport, root: &str, lang: Lang, max: usize) -> String {
    let l10n = Localizer::bundled();
    let mut out = String::new();
    out.push_str(&l10n.msg(lang, "lint-kb-root", &[("root", root.into())]));
    out.push('\n');
    // Missing languages are summarised by set of languages when there are too many to list.
    let missing_lang: Vec<_> = report
        .findings
        .iter()
        .filter(|f| matches!(f.kind, FindingKind::MissingLanguages { .. }))
        .collect();
    let summarise_langs = missing_lang.len() > max;
    render_by_kind(&mut out, report, lang, max, summarise_langs);
    if summarise_langs {
        render_missing_languages(&mut out, &missing_lang, lang, max);
    }
    render_totals(&mut out, report, lang);
    out
}

/// Every finding but summarised missing languages, by kind (in order of first appearance),
/// capped per kind.
fn render_by_kind(
    out: &mut String,
    report: &LintReport,
    lang: Lang,
    max: usize,
    summarise_langs: bool,
) {
    let l10n = Localizer::bundled();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    let mut by_kind: Vec<(&str, Vec<&kbbot_engine::kb::Finding>)> = Vec::new();
    for f in &report.findings {
        if summarise_langs && matches!(f.kind, FindingKind::MissingLanguages { .. }) {
            continue;
        }
        let id = f.kind.fluent_id();
        match by_kind.iter_mut().find(|(k, _)| *k == id) {
            Some((_, list)) => list.push(f),
            None => by_kind.push((id, vec![f])),
        }
    }
    for (_, list) in &by_kind {
        for f in list.iter().take(max) {
            let location = match f.line {
                Some(l) => format!("{}:{l}", f.path),
                None => f.path.clone(),
            };
            line(format!("  {location}: {}", f.kind.message_in(lang)));
        }
        if list.len() > max {
            line(format!(
                "  {}",
                l10n.msg(
                    lang,
                    "lint-kb-more",
                    &[("count", (list.len() - max).into())]
                )
            ));
        }
    }
}

/// Pages missing the same languages, one line per set, largest first.
fn render_missing_languages(
    out: &mut String,
    missing_lang: &[&kbbot_engine::kb::Finding],
    lang: Lang,
    max: usize,
) {
    let l10n = Localizer::bundled();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    // Paths make better examples than ids (exl-ids are UUIDs).
    let mut by_set: BTreeMap<Vec<Lang>, Vec<&str>> = BTreeMap::new();
    for f in missing_lang {
        if let FindingKind::MissingLanguages { missing, .. } = &f.kind {
            by_set
                .entry(missing.clone())
                .or_default()
                .push(f.path.as_str());
        }
    }
    let mut sets: Vec<_> = by_set.into_iter().collect();
    sets.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
    for (set, ids) in sets.iter().take(max) {
        let examples = ids.iter().take(3).copied().collect::<Vec<_>>().join(", ");
        line(format!(
            "  {}",
            l10n.msg(
                lang,
                "lint-kb-missing-summary",
                &[
                    ("count", ids.len().into()),
                    ("langs", lang_list(set).into()),
                    ("examples", examples.into())
                ],
            )
        ));
    }
    if sets.len() > max {
        line(format!(
            "  {}",
            l10n.msg(
                lang,
                "lint-kb-more",
                &[("count", (sets.len() - max).into())]
            )
        ));
    }
}

/// Pages per language, articles, and the verdict.
fn render_totals(out: &mut String, report: &LintReport, lang: Lang) {
    let l10n = Localizer::bundled();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    let counts = report
        .per_lang
        .iter()
        .map(|(l, c)| format!("{} {}", l.code(), c.pages))
        .collect::<Vec<_>>()
        .join(", ");
    line(l10n.msg(lang, "lint-kb-pages", &[("counts", counts.into())]));
    line(l10n.msg(
        lang,
        "lint-kb-articles",
        &[
            ("articles", report.articles.into()),
            ("complete", report.complete.into()),
        ],
    ));
    if report.is_clean() {
        line(l10n.msg(lang, "lint-kb-clean", &[]));
    } else {
        line(l10n.msg(
            lang,
            "lint-kb-problems",
            &[("count", report.findings.len().into())],
        ));
    }
}
