//! Id suggestions: the articles someone typing an id (or a few words of a title) may mean,
//! for the hint on an unknown id and for autocomplete.

use super::article::ArticleId;
use super::load::Kb;
use crate::Lang;

/// How a suggested article relates to what was typed, best first (the order of [`Kb::suggest_ids`]).
/// Every comparison ignores case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IdMatch {
    /// The id starts with what was typed (every id, when nothing was typed).
    Prefix,
    /// The id holds what was typed, not at its start.
    Contains,
    /// The title shown holds what was typed.
    Title,
    /// The id shares only its first characters with what was typed, this many (at least one):
    /// a mistyped id.
    SharedStart(usize),
}

/// One article [`Kb::suggest_ids`] suggests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IdSuggestion<'k> {
    /// The article's id, as the KB spells it.
    pub id: &'k ArticleId,
    /// Its title in the version for the wanted language (theirs, else English, else any).
    pub title: &'k str,
    /// The language of that version.
    pub lang: Lang,
    /// Why it is suggested.
    pub matched: IdMatch,
}

impl Kb {
    /// Up to `max` distinct articles someone who typed `typed` may mean, ignoring case and the
    /// spaces around it: ids starting with it, then ids holding it, then titles (in `lang`'s
    /// version) holding it, then ids sharing a start with it, the longest start first; in id
    /// order within each. An article that matches nothing is never suggested, so the list
    /// may be empty; an empty `typed` suggests every article, in id order.
    ///
    /// ```
    /// use kbbot_engine::kb::IdMatch;
    /// use kbbot_engine::Lang;
    /// let kb = kbbot_engine::kb::bundled();
    /// let hint = kb.suggest_ids("kb-001", Lang::En, 3);
    /// assert_eq!(hint[0].id.as_str(), "KB-0010");
    /// assert_eq!(hint[0].matched, IdMatch::Prefix);
    /// ```
    pub fn suggest_ids(&self, typed: &str, lang: Lang, max: usize) -> Vec<IdSuggestion<'_>> {
        let typed = typed.trim().to_lowercase();
        let mut found: Vec<(IdMatch, &ArticleId)> = Vec::new();
        let mut last: Option<&ArticleId> = None;
        // Articles are sorted by id: the versions of one id are adjacent.
        for a in self.articles() {
            if last == Some(&a.id) {
                continue;
            }
            last = Some(&a.id);
            if let Some(matched) = self.id_match(&a.id, &typed, lang) {
                found.push((matched, &a.id));
            }
        }
        // Stable: id order within a kind of match.
        found.sort_by_key(|(matched, _)| match *matched {
            IdMatch::SharedStart(n) => (IdMatch::SharedStart(0), usize::MAX - n),
            other => (other, 0),
        });
        found
            .into_iter()
            .take(max)
            .filter_map(|(matched, id)| {
                let shown = self.version_for(id, lang)?;
                Some(IdSuggestion {
                    id,
                    title: &shown.title,
                    lang: shown.lang,
                    matched,
                })
            })
            .collect()
    }

    /// How article `id` relates to `typed` (lower case, trimmed), if at all.
    fn id_match(&self, id: &ArticleId, typed: &str, lang: Lang) -> Option<IdMatch> {
        let folded = id.as_str().to_lowercase();
        if folded.starts_with(typed) {
            return Some(IdMatch::Prefix);
        }
        if folded.contains(typed) {
            return Some(IdMatch::Contains);
        }
        if self
            .version_for(id, lang)
            .is_some_and(|a| a.title.to_lowercase().contains(typed))
        {
            return Some(IdMatch::Title);
        }
        let shared = folded
            .chars()
            .zip(typed.chars())
            .take_while(|(a, b)| a == b)
            .count();
        (shared > 0).then_some(IdMatch::SharedStart(shared))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::{Article, LangSource, Sections};

    fn article(id: &str, lang: Lang, title: &str) -> Article {
        Article {
            id: ArticleId(id.into()),
            lang,
            lang_source: LangSource::Folder,
            path: format!("{}/{id}.md", lang.code()),
            title: title.into(),
            summary: String::new(),
            keywords: Vec::new(),
            sections: Sections::default(),
            error_strings: Vec::new(),
            related_rules: Vec::new(),
            url: None,
            front_matter: Default::default(),
        }
    }

    fn kb() -> Kb {
        Kb::from_parts(
            "test",
            vec![
                article("KB-0002", Lang::En, "Quotas met"),
                article("KB-0002", Lang::Fr, "Quotas atteints"),
                article("KB-0001", Lang::En, "Throttled by the MX"),
                article("KA-22154", Lang::En, "Connection quotas met"),
                article("KB-0120", Lang::En, "Dynamic flow control"),
                article("6be12518-86d1-4e", Lang::En, "Pipelined fails"),
                article("X-KB-0", Lang::Sv, "Köade meddelanden"),
            ],
            Vec::new(),
        )
    }

    fn ids<'k>(hint: &[IdSuggestion<'k>]) -> Vec<&'k str> {
        hint.iter().map(|s| s.id.as_str()).collect()
    }

    #[test]
    fn ids_starting_with_the_typed_text_come_first_then_ids_holding_it() {
        let kb = kb();
        let hint = kb.suggest_ids(" kb-0 ", Lang::En, 10);
        assert_eq!(
            ids(&hint),
            ["KB-0001", "KB-0002", "KB-0120", "X-KB-0", "KA-22154"]
        );
        let kinds: Vec<IdMatch> = hint.iter().map(|s| s.matched).collect();
        assert_eq!(
            kinds,
            [
                IdMatch::Prefix,
                IdMatch::Prefix,
                IdMatch::Prefix,
                IdMatch::Contains,
                IdMatch::SharedStart(1)
            ]
        );
        // Each id once, though KB-0002 has two versions; at most `max`.
        assert_eq!(
            ids(&kb.suggest_ids("kb-0", Lang::En, 2)),
            ["KB-0001", "KB-0002"]
        );
        assert!(kb.suggest_ids("kb-0", Lang::En, 0).is_empty());
    }

    #[test]
    fn titles_match_in_the_wanted_language_and_are_given_in_it() {
        let kb = kb();
        let hint = kb.suggest_ids("QUOTAS", Lang::Fr, 10);
        // KB-0002 by its French title; KA-22154 has no French version: its English title.
        assert_eq!(ids(&hint), ["KA-22154", "KB-0002"]);
        assert!(hint.iter().all(|s| s.matched == IdMatch::Title));
        assert_eq!((hint[1].title, hint[1].lang), ("Quotas atteints", Lang::Fr));
        assert_eq!(
            (hint[0].title, hint[0].lang),
            ("Connection quotas met", Lang::En)
        );
        assert!(kb.suggest_ids("atteints", Lang::En, 10).is_empty());
    }

    #[test]
    fn a_mistyped_id_gets_the_ids_sharing_the_longest_start() {
        let kb = kb();
        let hint = kb.suggest_ids("KB-0129", Lang::En, 3);
        assert_eq!(ids(&hint), ["KB-0120", "KB-0001", "KB-0002"]);
        assert_eq!(hint[0].matched, IdMatch::SharedStart(6));
        assert_eq!(hint[1].matched, IdMatch::SharedStart(4));
        let hint = kb.suggest_ids("6be12518-0000", Lang::En, 3);
        assert_eq!(ids(&hint), ["6be12518-86d1-4e"]);
        // An exact id is its own first suggestion.
        assert_eq!(ids(&kb.suggest_ids("ka-22154", Lang::En, 1)), ["KA-22154"]);
    }

    #[test]
    fn nothing_related_suggests_nothing_and_nothing_typed_suggests_all() {
        let kb = kb();
        assert!(kb.suggest_ids("zzz", Lang::En, 3).is_empty());
        assert_eq!(
            ids(&kb.suggest_ids("  ", Lang::En, 3)),
            ["6be12518-86d1-4e", "KA-22154", "KB-0001"]
        );
        assert!(Kb::default().suggest_ids("kb", Lang::En, 3).is_empty());
    }
}
