//! KB lint: what a KB author wants to know about a loaded [`Kb`], as values. Rendering (and
//! summarising for large corpora) is the command line's job.
//!
//! Checks: files that failed to load or loaded with a warning, missing front matter (title,
//! an id, a description), articles missing in some of the five languages, KB-style versions
//! without symptoms, resolution or error strings, and duplicate ids within a language.

use std::collections::BTreeMap;

use crate::i18n::{FluentValue, Localizer};
use crate::Lang;

use super::article::{Article, ArticleId};
use super::diag::DiagnosticKind;
use super::load::Kb;

/// One problem, where it is and what it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Path relative to the KB root.
    pub path: String,
    /// The line in the file, when the finding has one.
    pub line: Option<usize>,
    /// What is wrong.
    pub kind: FindingKind,
}

/// What a [`Finding`] is about.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum FindingKind {
    /// The loader's own diagnostic (failed file or tolerated damage).
    Load(DiagnosticKind),
    /// A front matter field every page should have (`title`, `article-number or exl-id`,
    /// `description`).
    MissingField {
        /// The field's name.
        field: &'static str,
    },
    /// The article has no version in these languages.
    MissingLanguages {
        /// The article.
        id: ArticleId,
        /// The languages it lacks.
        missing: Vec<Lang>,
    },
    /// A KB-style version without an Issue/Symptoms section.
    NoSymptoms,
    /// A KB-style version without a Resolution section.
    NoResolution,
    /// A KB-style version whose symptoms quote no error string.
    NoErrorStrings,
    /// Two files with the same id and language.
    DuplicateId {
        /// The id both files carry.
        id: ArticleId,
        /// The language both are in.
        lang: Lang,
        /// The other file's path.
        other: String,
    },
}

impl FindingKind {
    /// The fluent message id (`locales/*/kb.ftl`).
    pub fn fluent_id(&self) -> &'static str {
        match self {
            FindingKind::Load(d) => d.fluent_id(),
            FindingKind::MissingField { .. } => "lint-missing-field",
            FindingKind::MissingLanguages { .. } => "lint-missing-languages",
            FindingKind::NoSymptoms => "lint-no-symptoms",
            FindingKind::NoResolution => "lint-no-resolution",
            FindingKind::NoErrorStrings => "lint-no-error-strings",
            FindingKind::DuplicateId { .. } => "lint-duplicate-id",
        }
    }

    /// The message in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        let l10n = Localizer::bundled();
        match self {
            FindingKind::Load(d) => d.message_in(lang),
            FindingKind::MissingField { field } => {
                l10n.msg(lang, self.fluent_id(), &[("field", (*field).into())])
            }
            FindingKind::MissingLanguages { id, missing } => l10n.msg(
                lang,
                self.fluent_id(),
                &[
                    ("id", id.as_str().into()),
                    ("langs", FluentValue::from(lang_list(missing))),
                ],
            ),
            FindingKind::DuplicateId { id, lang: l, other } => l10n.msg(
                lang,
                self.fluent_id(),
                &[
                    ("id", id.as_str().into()),
                    ("lang", l.code().into()),
                    ("other", other.as_str().into()),
                ],
            ),
            _ => l10n.msg(lang, self.fluent_id(), &[]),
        }
    }
}

/// `fr, sv`.
pub fn lang_list(langs: &[Lang]) -> String {
    langs
        .iter()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Counts for one language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LangCount {
    /// Files loaded in this language.
    pub pages: usize,
    /// Distinct article ids in this language.
    pub articles: usize,
}

/// The lint of a whole KB.
#[derive(Clone, Debug, Default)]
pub struct LintReport {
    /// Every problem, by path.
    pub findings: Vec<Finding>,
    /// Pages and articles per language, for all five languages.
    pub per_lang: BTreeMap<Lang, LangCount>,
    /// Distinct article ids.
    pub articles: usize,
    /// Articles with a version in all five languages.
    pub complete: usize,
}

impl LintReport {
    /// Whether lint found nothing.
    pub fn is_clean(&self) -> bool {
        self.findings.is_empty()
    }
}

/// Whether a version follows the KB article structure (and so needs symptoms and a
/// resolution): it has an `article-number`, or a Description-like section and a Resolution.
pub fn is_kb_style(a: &Article) -> bool {
    let s = &a.sections;
    a.front_matter
        .get("article-number")
        .is_some_and(|v| !v.is_empty())
        || ((!s.description.is_empty() || !s.environment.is_empty() || !s.symptoms.is_empty())
            && !s.resolution.is_empty())
}

/// Lints a loaded KB.
pub fn lint(kb: &Kb) -> LintReport {
    let mut findings: Vec<Finding> = kb
        .diagnostics()
        .iter()
        .map(|d| Finding {
            path: d.path.clone(),
            line: d.line,
            kind: FindingKind::Load(d.kind.clone()),
        })
        .collect();
    let mut per_lang: BTreeMap<Lang, LangCount> = Lang::ALL
        .iter()
        .map(|l| (*l, LangCount::default()))
        .collect();
    let mut seen: BTreeMap<(&ArticleId, Lang), &str> = BTreeMap::new();

    for a in kb.articles() {
        let finding = |kind| Finding {
            path: a.path.clone(),
            line: None,
            kind,
        };
        findings.extend(page_findings(a).into_iter().map(finding));
        let count = per_lang.entry(a.lang).or_default();
        count.pages += 1;
        match seen.get(&(&a.id, a.lang)) {
            Some(first) => findings.push(finding(FindingKind::DuplicateId {
                id: a.id.clone(),
                lang: a.lang,
                other: (*first).to_string(),
            })),
            None => {
                count.articles += 1;
                seen.insert((&a.id, a.lang), &a.path);
            }
        }
    }

    let groups = kb.groups();
    let complete = missing_languages(&groups, &mut findings);
    findings.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
    LintReport {
        findings,
        per_lang,
        articles: groups.len(),
        complete,
    }
}

/// What one page lacks on its own: front-matter fields, and for a KB article its symptoms,
/// error strings and resolution.
fn page_findings(a: &Article) -> Vec<FindingKind> {
    let mut kinds = Vec::new();
    let has = |k: &str| a.front_matter.get(k).is_some_and(|v| !v.is_empty());
    if !has("title") {
        kinds.push(FindingKind::MissingField { field: "title" });
    }
    if !has("article-number") && !has("exl-id") {
        kinds.push(FindingKind::MissingField {
            field: "article-number / exl-id",
        });
    }
    if !has("description") {
        kinds.push(FindingKind::MissingField {
            field: "description",
        });
    }
    if is_kb_style(a) {
        if a.sections.symptoms.is_empty() {
            kinds.push(FindingKind::NoSymptoms);
        } else if a.error_strings.is_empty() {
            kinds.push(FindingKind::NoErrorStrings);
        }
        if a.sections.resolution.is_empty() {
            kinds.push(FindingKind::NoResolution);
        }
    }
    kinds
}

/// A finding for each article not in every language; returns how many are complete.
fn missing_languages(
    groups: &BTreeMap<&ArticleId, BTreeMap<Lang, &Article>>,
    findings: &mut Vec<Finding>,
) -> usize {
    let mut complete = 0;
    for (id, versions) in groups {
        let missing: Vec<Lang> = Lang::ALL
            .iter()
            .copied()
            .filter(|l| !versions.contains_key(l))
            .collect();
        if missing.is_empty() {
            complete += 1;
            continue;
        }
        let path = versions
            .values()
            .next()
            .map(|a| a.path.clone())
            .unwrap_or_default();
        findings.push(Finding {
            path,
            line: None,
            kind: FindingKind::MissingLanguages {
                id: (*id).clone(),
                missing,
            },
        });
    }
    complete
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::{LangSource, Section, Sections};

    fn article(
        id: &str,
        lang: Lang,
        front: &[(&str, &str)],
        sections: Sections,
        errors: &[&str],
    ) -> Article {
        Article {
            id: ArticleId(id.to_string()),
            lang,
            lang_source: LangSource::Folder,
            path: format!("{lang}/{id}.md"),
            title: "t".into(),
            summary: String::new(),
            keywords: Vec::new(),
            sections,
            error_strings: errors.iter().map(|e| e.to_string()).collect(),
            related_rules: Vec::new(),
            url: None,
            front_matter: front
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }

    fn section(text: &str) -> Section {
        Section {
            text: text.into(),
            markdown: text.into(),
        }
    }

    #[test]
    fn doc_pages_need_no_kb_sections_kb_articles_do() {
        let doc = article(
            "d",
            Lang::En,
            &[("title", "t"), ("exl-id", "d"), ("description", "x")],
            Sections::default(),
            &[],
        );
        assert!(!is_kb_style(&doc));
        let kb_article = article(
            "KB-1",
            Lang::En,
            &[
                ("title", "t"),
                ("article-number", "KB-1"),
                ("description", "x"),
            ],
            Sections::default(),
            &[],
        );
        assert!(is_kb_style(&kb_article));
        let structured = Sections {
            symptoms: section("s"),
            resolution: section("r"),
            ..Sections::default()
        };
        let no_errors = article(
            "s",
            Lang::En,
            &[("title", "t"), ("exl-id", "s"), ("description", "x")],
            structured,
            &[],
        );
        assert!(is_kb_style(&no_errors));

        let report = lint(&Kb::from_parts(
            "test",
            vec![doc, kb_article, no_errors],
            Vec::new(),
        ));
        let kinds = |path: &str| -> Vec<&str> {
            report
                .findings
                .iter()
                .filter(|f| f.path == path)
                .map(|f| f.kind.fluent_id())
                .collect()
        };
        assert_eq!(kinds("en/d.md"), vec!["lint-missing-languages"]);
        assert_eq!(
            kinds("en/KB-1.md"),
            vec![
                "lint-no-symptoms",
                "lint-no-resolution",
                "lint-missing-languages"
            ]
        );
        assert_eq!(
            kinds("en/s.md"),
            vec!["lint-no-error-strings", "lint-missing-languages"]
        );
        assert_eq!(
            report.per_lang[&Lang::En],
            LangCount {
                pages: 3,
                articles: 3
            }
        );
        assert_eq!((report.articles, report.complete), (3, 0));
    }
}
