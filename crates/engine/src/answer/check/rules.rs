//! The rule list of `kbbot rules` and the explanations of `kbbot explain ID`, in one language.

use std::fmt::Write as _;

use super::{l10n, severity_word};
use crate::check::{lookup, Lookup, Rule, RULES};
use crate::i18n::FluentValue;
use crate::Lang;

/// The rule list of `kbbot rules`: id, severity, category and title, one per line.
pub fn render_rules(lang: Lang) -> String {
    let l = l10n();
    // One row per rule: id, severity, category, title.
    let rows: Vec<[String; 4]> = RULES
        .iter()
        .map(|r| {
            [
                r.id.to_string(),
                severities(r, lang),
                l.msg(lang, &format!("check-category-{}", r.category.name()), &[]),
                l.attr(lang, &r.message_id(), "title", &[])
                    .unwrap_or_default(),
            ]
        })
        .collect();
    // Columns as wide as their longest entry in this language ("waarschuwing", "MTA en
    // statistiekserver"); `{:w$}` pads by characters, so accents do not shift them.
    let width = |col: usize| {
        rows.iter()
            .map(|r| r[col].chars().count())
            .max()
            .unwrap_or(0)
    };
    let (w_id, w_sev, w_cat) = (width(0), width(1), width(2));
    let mut out = String::new();
    for [id, severity, category, title] in &rows {
        let _ = writeln!(
            out,
            "{id:w_id$}  {severity:w_sev$}  {category:w_cat$}  {title}"
        );
    }
    let _ = writeln!(
        out,
        "\n{}",
        l.msg(
            lang,
            "rules-heading",
            &[("count", FluentValue::from(RULES.len() as i64))]
        )
    );
    out
}

/// The explanation of `kbbot explain ID`, or `None` for an unknown id (then the caller
/// prints `explain-unknown`).
pub fn render_explain(id: &str, lang: Lang) -> Option<String> {
    let l = l10n();
    let mut out = String::new();
    let rule = match lookup(id)? {
        Lookup::Rule(r) => r,
        Lookup::Renamed(old, r) => {
            let _ = writeln!(
                out,
                "{}\n",
                l.msg(
                    lang,
                    "explain-renamed",
                    &[("old", old.into()), ("new", r.id.into())]
                )
            );
            r
        }
        Lookup::Retired(old, why) => {
            let _ = writeln!(
                out,
                "{}",
                l.msg(lang, "explain-retired", &[("old", old.into())])
            );
            let _ = writeln!(out, "{}", l.msg(lang, why, &[]));
            return Some(out);
        }
    };
    let id = rule.message_id();
    let attr = |a: &str| l.attr(lang, &id, a, &[]).unwrap_or_default();
    let _ = writeln!(out, "{}: {}\n", rule.id, attr("title"));
    let _ = writeln!(
        out,
        "{}: {}",
        l.msg(lang, "explain-severity", &[]),
        severities(rule, lang)
    );
    let _ = writeln!(
        out,
        "{}: {}\n",
        l.msg(lang, "explain-category", &[]),
        l.msg(
            lang,
            &format!("check-category-{}", rule.category.name()),
            &[]
        )
    );
    let _ = writeln!(
        out,
        "{}:\n  {}\n",
        l.msg(lang, "explain-why", &[]),
        attr("why")
    );
    let _ = writeln!(
        out,
        "{}:\n  {}\n",
        l.msg(lang, "explain-fix", &[]),
        attr("fix")
    );
    for (key, example) in [
        ("explain-bad", rule.bad_example),
        ("explain-good", rule.good_example),
    ] {
        if let Some(x) = example {
            let _ = writeln!(out, "{}:", l.msg(lang, key, &[]));
            for line in x.lines() {
                let _ = writeln!(out, "    {line}");
            }
            out.push('\n');
        }
    }
    let articles = if rule.articles.is_empty() {
        l.msg(lang, "explain-none", &[])
    } else {
        rule.articles.join(", ")
    };
    let _ = writeln!(out, "{}: {articles}", l.msg(lang, "explain-articles", &[]));
    Some(out)
}

/// A rule's usual severity, then the others its findings can take: `warning/error`.
fn severities(rule: &Rule, lang: Lang) -> String {
    std::iter::once(rule.severity)
        .chain(rule.also.iter().copied())
        .map(|s| severity_word(s, lang))
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_list_columns_line_up_in_every_language() {
        for lang in Lang::ALL {
            let text = render_rules(lang);
            let rows: Vec<&str> = text.lines().take_while(|l| !l.is_empty()).collect();
            assert_eq!(rows.len(), RULES.len());
            // Where the title starts: after the third run of two spaces, in characters.
            let starts: std::collections::BTreeSet<usize> = rows
                .iter()
                .map(|row| {
                    let chars: Vec<char> = row.chars().collect();
                    let mut gaps = 0;
                    let mut i = 0;
                    while i + 1 < chars.len() {
                        if chars[i] == ' ' && chars[i + 1] == ' ' {
                            while i < chars.len() && chars[i] == ' ' {
                                i += 1;
                            }
                            gaps += 1;
                            if gaps == 3 {
                                return i;
                            }
                        } else {
                            i += 1;
                        }
                    }
                    0
                })
                .collect();
            assert_eq!(starts.len(), 1, "{lang:?}: titles start at {starts:?}");
        }
    }
}
