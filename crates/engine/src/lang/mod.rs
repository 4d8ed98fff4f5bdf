//! The five languages kbbot speaks, and how to recognise their codes.
//!
//! Owns the [`Lang`] value shared by every part, and [`detect`]: which of the five a text is
//! written in (used by `kb` for pages with no language anywhere, and by `search` for the user's
//! own words). Knows nothing of fluent (that is `i18n`).

mod detect;
mod words;

use std::fmt;
use std::str::FromStr;

pub use detect::detect;
pub(crate) use detect::{is_content_word, is_function_word};

/// A language kbbot has articles and messages for.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// French.
    Fr,
    /// Dutch.
    Nl,
    /// Swedish.
    Sv,
    /// Italian.
    It,
}

impl Lang {
    /// Every language, in the order reports list them.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Fr, Lang::Nl, Lang::Sv, Lang::It];

    /// The two-letter code (`en`, `fr`, ...).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Nl => "nl",
            Lang::Sv => "sv",
            Lang::It => "it",
        }
    }

    /// Parses a language tag leniently: `fr`, `FR`, `fr-FR`, `sv_SE`, `en-US`, `it-IT.md`-style
    /// folder names. Returns `None` for anything that is not one of the five.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_', '.'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" | "eng" | "english" => Some(Lang::En),
            "fr" | "fra" | "fre" | "french" => Some(Lang::Fr),
            "nl" | "nld" | "dut" | "dutch" => Some(Lang::Nl),
            "sv" | "swe" | "swedish" => Some(Lang::Sv),
            "it" | "ita" | "italian" => Some(Lang::It),
            _ => None,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The error for a language tag that is not one of the five.
#[derive(Debug, thiserror::Error)]
#[error("unknown language {0:?} (expected one of en, fr, nl, sv, it)")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_tag(s).ok_or_else(|| UnknownLang(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_with_regions_and_case() {
        assert_eq!(Lang::from_tag("sv-SE"), Some(Lang::Sv));
        assert_eq!(Lang::from_tag("fr_FR"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("EN-us"), Some(Lang::En));
        assert_eq!(Lang::from_tag("nl"), Some(Lang::Nl));
        assert_eq!(Lang::from_tag("it-IT"), Some(Lang::It));
        assert_eq!(Lang::from_tag("de"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>().ok(), Some(lang));
        }
    }
}
