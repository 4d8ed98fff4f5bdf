//! One language version of a KB article, as loaded and cleaned.

use std::collections::BTreeMap;
use std::fmt;

use crate::Lang;

/// The language-independent id of an article: `article-number` (KA-22154, KB-0001), else
/// `exl-id`, else the file's path relative to the KB root. Versions of one article in
/// several languages share it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct ArticleId(pub String);

impl ArticleId {
    /// The id as written in the KB.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where an article's language came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LangSource {
    /// The folder name (`en`, `fr-FR`, ...).
    Folder,
    /// A front matter key.
    FrontMatter,
    /// Detected from the text.
    Detected,
}

/// One section of an article, cleaned two ways.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Section {
    /// Plain text for search: no markup, no entities, whitespace folded.
    pub text: String,
    /// Markdown for display: Adobe extensions and inline HTML turned into plain Markdown.
    pub markdown: String,
}

impl Section {
    /// Whether the section has no text.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// The sections kbbot cares about. An article without a Description/Resolution structure
/// (most documentation pages) has everything in `body`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sections {
    /// What the article is about.
    pub description: Section,
    /// The products and versions it applies to.
    pub environment: Section,
    /// The symptoms: the error messages an operator sees.
    pub symptoms: Section,
    /// Why it happens (`{#cause}`, Cause/Oorzaak/Orsak/Causa).
    pub cause: Section,
    /// How to resolve it.
    pub resolution: Section,
    /// Everything else in the page body.
    pub body: Section,
}

/// One language version of an article.
#[derive(Clone, Debug)]
pub struct Article {
    /// The article's id, shared by all its language versions.
    pub id: ArticleId,
    /// The language of this version.
    pub lang: Lang,
    /// How that language was decided.
    pub lang_source: LangSource,
    /// Path relative to the KB root, with `/` separators.
    pub path: String,
    /// The title of this version.
    pub title: String,
    /// The front matter `description`, cleaned.
    pub summary: String,
    /// Front-matter keywords, as written.
    pub keywords: Vec<String>,
    /// The body, split into the KB format's sections.
    pub sections: Sections,
    /// The error strings quoted in the symptoms (and titles), exactly as Campaign shows them,
    /// cleaned of markup: e.g. `Messages queued (connection quotas met)`.
    pub error_strings: Vec<String>,
    /// Checker rule ids the article relates to (front matter `related-rules`).
    pub related_rules: Vec<String>,
    /// A link for the article, where the front matter gives one.
    pub url: Option<String>,
    /// Every front matter key as a cleaned string (lists joined with ", ").
    pub front_matter: BTreeMap<String, String>,
}
