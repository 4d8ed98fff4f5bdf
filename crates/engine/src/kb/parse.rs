//! One page's bytes to an [`Article`]: decoding checks, front matter, language, sections,
//! id. Knows nothing of folders (that is `load`).

use std::collections::BTreeMap;

use crate::Lang;

use super::article::{Article, ArticleId, LangSource};
use super::diag::{Diagnostic, DiagnosticKind};
use super::{frontmatter, markdown, markup, sections, text};

/// A page to parse.
pub(crate) struct Page<'a> {
    /// Path relative to the KB root, `/`-separated (for messages and `Article::path`).
    pub rel: &'a str,
    /// The id used when the front matter has none: the path below the language folder,
    /// without extension, so that translations of one page share it.
    pub fallback_id: &'a str,
    pub folder_lang: Option<Lang>,
    pub bytes: &'a [u8],
}

/// A parsed page and the warnings it loaded with.
pub(crate) struct Parsed {
    pub article: Article,
    pub warnings: Vec<Diagnostic>,
}

/// Keys that may name a page's language in its front matter.
const LANG_KEYS: &[&str] = &["lang", "language", "locale"];

/// Parses one page: its text, front matter, language, sections, title, id and symptoms.
pub(crate) fn parse(page: &Page<'_>) -> Result<Parsed, Diagnostic> {
    let fail = |line, kind| Diagnostic::new(page.rel, line, kind);
    let src = page_text(page)?;
    let split =
        frontmatter::split(src).map_err(|_| fail(Some(1), DiagnosticKind::FrontMatterUnclosed))?;
    let fm = frontmatter::parse(split.yaml, 2);
    let mut warnings = Vec::new();
    if let Some((reason, line)) = &fm.yaml_error {
        warnings.push(fail(
            *line,
            DiagnosticKind::YamlFallback {
                reason: reason.clone(),
            },
        ));
    }
    let body = text::repair(split.body);

    let summary = markup::plain_inline(fm.get("description").unwrap_or_default());
    let (lang, lang_source) = match language(page, &fm, &body, &summary) {
        Some(found) => found,
        None => {
            warnings.push(fail(None, DiagnosticKind::NoLanguage));
            (Lang::En, LangSource::Detected)
        }
    };

    let split_body = sections::split(&body, lang);
    let file_stem = page.rel.rsplit('/').next().unwrap_or(page.rel);
    let title = fm
        .get("title")
        .map(markup::plain_inline)
        .or_else(|| split_body.h1.clone().filter(|t| !t.is_empty()))
        .unwrap_or_else(|| file_stem.to_string());
    let id = fm
        .get("article-number")
        .or_else(|| fm.get("exl-id"))
        .unwrap_or(page.fallback_id)
        .to_string();
    let kb_style = fm.get("article-number").is_some() || split_body.structured;
    let error_strings = error_strings(
        split_body.error_strings,
        kb_style,
        &title,
        &split_body.sections.body.text,
    );

    let list = |key: &str| -> Vec<String> {
        fm.get(key)
            .unwrap_or_default()
            .split(',')
            .map(|s| text::strip_wrapping_quotes(s).trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()
    };
    let url = ["url", "canonical-url", "source-url", "kb-url"]
        .iter()
        .find_map(|k| fm.get(k))
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
        .map(str::to_string);
    let front_matter: BTreeMap<String, String> = fm.fields.clone();

    Ok(Parsed {
        article: Article {
            id: ArticleId(id),
            lang,
            lang_source,
            path: page.rel.to_string(),
            title,
            summary,
            keywords: list("keywords"),
            sections: split_body.sections,
            error_strings,
            related_rules: list("related-rules"),
            url,
            front_matter,
        },
        warnings,
    })
}

/// The page's bytes as text, without BOM; empty, binary and non-UTF-8 pages are refused.
fn page_text<'a>(page: &Page<'a>) -> Result<&'a str, Diagnostic> {
    let fail = |line, kind| Diagnostic::new(page.rel, line, kind);
    let bytes = page.bytes;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(fail(None, DiagnosticKind::Empty));
    }
    if bytes[..bytes.len().min(8192)].contains(&0) {
        return Err(fail(None, DiagnosticKind::Binary));
    }
    let src = match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let offset = e.valid_up_to();
            let line = bytes[..offset].iter().filter(|b| **b == b'\n').count() + 1;
            return Err(fail(Some(line), DiagnosticKind::NotUtf8 { offset }));
        }
    };
    Ok(src.strip_prefix('\u{feff}').unwrap_or(src))
}

/// The page's language: its folder's, else its front matter's, else detected from its
/// title, summary, keywords and body; `None` when nothing tells.
fn language(
    page: &Page<'_>,
    fm: &frontmatter::FrontMatter,
    body: &str,
    summary: &str,
) -> Option<(Lang, LangSource)> {
    if let Some(l) = page.folder_lang {
        return Some((l, LangSource::Folder));
    }
    if let Some(l) = LANG_KEYS
        .iter()
        .find_map(|k| fm.get(k).and_then(Lang::from_tag))
    {
        return Some((l, LangSource::FrontMatter));
    }
    let lines: Vec<&str> = body.lines().collect();
    let sample = format!(
        "{}\n{}\n{}\n{}",
        fm.get("title").unwrap_or_default(),
        summary,
        fm.get("keywords").unwrap_or_default(),
        markdown::to_text(&markup::to_markdown(&lines, Lang::En))
    );
    crate::detect_lang(&sample).map(|l| (l, LangSource::Detected))
}

/// The error strings a page is matched on: its symptoms, plus the quoted messages of a KB
/// article's title, or the labelled messages of a documentation page's `body_text`.
fn error_strings(
    mut error_strings: Vec<String>,
    kb_style: bool,
    title: &str,
    body_text: &str,
) -> Vec<String> {
    if kb_style {
        for quoted in markdown::quoted_strings(title) {
            let quoted = text::one_line(&quoted);
            let quoted = quoted.trim();
            if quoted.split_whitespace().count() >= 2 && !error_strings.iter().any(|e| e == quoted)
            {
                error_strings.push(quoted.to_string());
            }
        }
    } else {
        // A documentation page has no symptoms: the messages it labels as such stand in.
        for e in markdown::labelled_error_strings(body_text) {
            if !error_strings.contains(&e) {
                error_strings.push(e);
            }
        }
    }
    error_strings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page<'a>(bytes: &'a [u8], lang: Option<Lang>) -> Page<'a> {
        Page {
            rel: "x/page.md",
            fallback_id: "page",
            folder_lang: lang,
            bytes,
        }
    }

    #[test]
    fn damaged_bytes_become_diagnostics() {
        let kind = |b: &[u8]| parse(&page(b, None)).err().map(|d| d.kind);
        assert_eq!(kind(b""), Some(DiagnosticKind::Empty));
        assert_eq!(kind(b" \n\n"), Some(DiagnosticKind::Empty));
        assert_eq!(kind(b"PK\x03\x04\0\0"), Some(DiagnosticKind::Binary));
        assert_eq!(
            kind(b"ok\n\xff\xfe"),
            Some(DiagnosticKind::NotUtf8 { offset: 3 })
        );
        let unclosed = parse(&page(b"---\ntitle: x\n# body\n", None)).err();
        assert_eq!(
            unclosed.map(|d| (d.kind, d.line)),
            Some((DiagnosticKind::FrontMatterUnclosed, Some(1)))
        );
    }

    #[test]
    fn ids_titles_and_languages() {
        let p = parse(&page(
            b"---\ntitle: T\nexl-id: abc\n---\n# H\n",
            Some(Lang::Nl),
        ))
        .map(|p| p.article);
        let a = p.expect("parses");
        assert_eq!(
            (a.id.as_str(), a.lang, a.lang_source, a.title.as_str()),
            ("abc", Lang::Nl, LangSource::Folder, "T")
        );
        let a = parse(&page(
            b"# Just a heading\n\nDit is een pagina zonder front matter, het werkt.\n",
            None,
        ))
        .map(|p| p.article)
        .expect("parses");
        assert_eq!(
            (a.id.as_str(), a.lang, a.lang_source, a.title.as_str()),
            ("page", Lang::Nl, LangSource::Detected, "Just a heading")
        );
        let a = parse(&page(b"---\nlanguage: sv\n---\ntext\n", None))
            .map(|p| p.article)
            .expect("parses");
        assert_eq!((a.lang, a.lang_source), (Lang::Sv, LangSource::FrontMatter));
    }

    #[test]
    fn broken_yaml_still_loads_with_a_warning() {
        let parsed = parse(&page(
            b"---\ntitle: \"a: b\" c\narticle-number: KA-1\n---\nbody\n",
            Some(Lang::En),
        ))
        .expect("loads");
        assert_eq!(parsed.article.id.as_str(), "KA-1");
        assert_eq!(parsed.warnings.len(), 1);
        assert_eq!(parsed.warnings[0].line, Some(2));
        assert!(matches!(
            parsed.warnings[0].kind,
            DiagnosticKind::YamlFallback { .. }
        ));
    }

    #[test]
    fn title_quotes_give_error_strings_for_kb_articles() {
        let src = "---\ntitle: Échec d'envoi : \"Messages mis en file d'attente (quotas atteints)\"\narticle-number: KA-1\n---\n## Résolution {#resolution}\nx\n";
        let a = parse(&page(src.as_bytes(), Some(Lang::Fr)))
            .map(|p| p.article)
            .expect("parses");
        assert_eq!(
            a.error_strings,
            vec!["Messages mis en file d'attente (quotas atteints)"]
        );
    }
}
