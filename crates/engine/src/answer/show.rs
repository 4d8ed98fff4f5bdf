//! The show reply: one article asked for by its id, as a neutral value.

use serde::Serialize;

use super::excerpt::resolution_markdown;
use crate::kb::{ArticleId, Kb};
use crate::Lang;

/// One article asked for by its id (`kbbot show`, `/show` in `kbbot chat`): all of its
/// resolution, since the reader chose it.
#[derive(Clone, Debug, Serialize)]
pub struct ShowReply {
    /// The language the reply is written in.
    pub lang: Lang,
    /// The article's id.
    pub article_id: ArticleId,
    /// The title of the version shown.
    pub title: String,
    /// Its page on the web, when the KB gives one.
    pub url: Option<String>,
    /// The language of the version shown.
    pub version_lang: Lang,
    /// The article's one-paragraph summary.
    pub summary: String,
    /// The Resolution section's Markdown, else the page's.
    pub resolution: String,
}

impl ShowReply {
    /// Article `id` for a reader of `lang` (their version, else English, else any); `None`
    /// when no article has that id.
    ///
    /// `id` may be typed in any case (`kb-0014`): the exact spelling is tried first, so a KB
    /// that holds two ids differing only in case still shows each one asked for as listed.
    pub fn from_kb(kb: &Kb, id: &str, lang: Lang) -> Option<ShowReply> {
        let typed = id.trim();
        let ids = || kb.articles().iter().map(|a| &a.id);
        let id = ids().find(|id| id.as_str() == typed).or_else(|| {
            let folded = typed.to_lowercase();
            ids().find(|id| id.as_str().to_lowercase() == folded)
        })?;
        let a = kb.version_for(id, lang)?;
        let resolution = resolution_markdown(a).to_string();
        Some(ShowReply {
            lang,
            article_id: a.id.clone(),
            title: a.title.clone(),
            url: a.url.clone(),
            version_lang: a.lang,
            summary: a.summary.clone(),
            resolution,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_is_found_by_its_id_in_any_case() {
        let kb = crate::kb::bundled();
        for typed in ["KB-0014", "kb-0014", " Kb-0014 "] {
            let shown = ShowReply::from_kb(&kb, typed, Lang::Fr).expect(typed);
            assert_eq!(shown.article_id.as_str(), "KB-0014");
            assert_eq!(shown.version_lang, Lang::Fr);
        }
        assert!(ShowReply::from_kb(&kb, "KB-9999", Lang::En).is_none());
    }
}
