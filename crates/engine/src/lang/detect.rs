//! Which of the five languages a user writes in.
//!
//! Short chat messages defeat trigram detectors ("bonjour, une idée ?" is five words), so
//! function words decide first: each language's most frequent short words are counted, with
//! words shared by two languages (`la`, `de`, `en`) counting for less. When function
//! words give no clear winner and the text is long enough, whatlang decides, restricted to the
//! five languages. Letters only one language uses (`å`, `ij` before a consonant) break ties.
//!
//! The same word lists, plus a few words shared too widely to detect by, serve as stop words
//! for the matcher ([`is_function_word`]).

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use super::words::{ALSO_STOP, EN, FR, IT, NL, SV};
use super::Lang;

fn lists() -> &'static HashMap<&'static str, Vec<Lang>> {
    static MAP: OnceLock<HashMap<&'static str, Vec<Lang>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: HashMap<&'static str, Vec<Lang>> = HashMap::default();
        for (lang, words) in [
            (Lang::En, EN),
            (Lang::Fr, FR),
            (Lang::Nl, NL),
            (Lang::Sv, SV),
            (Lang::It, IT),
        ] {
            for w in words {
                let langs = map.entry(w).or_default();
                if !langs.contains(&lang) {
                    langs.push(lang);
                }
            }
        }
        map
    })
}

/// Whether `word` (lower case) is a function word of any of the five languages.
pub(crate) fn is_function_word(word: &str) -> bool {
    lists().contains_key(word) || ALSO_STOP.contains(&word)
}

/// Whether `word` (a run of letters and digits) carries meaning: two characters or more,
/// a letter among them, and no function word of the five languages.
pub(crate) fn is_content_word(word: &str) -> bool {
    // One letter is a variable (`x@example.com`), a list mark or a typo, never a topic.
    word.chars().nth(1).is_some()
        && word.chars().any(char::is_alphabetic)
        && !is_function_word(&word.to_lowercase())
}

/// Lower-case words of `text`, split on anything that is not a letter or an apostrophe.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphabetic() || c == '\''))
        .flat_map(|w| {
            // `j'ai`, `l'erreur`, `qu'il`: the elided article counts as its own word.
            let w = w.trim_matches('\'');
            let (head, tail) = match w.find('\'') {
                Some(i) => (&w[..i], &w[i + 1..]),
                None => (w, ""),
            };
            [head.to_lowercase(), tail.to_lowercase()]
        })
        .filter(|w| !w.is_empty())
}

/// Detects the language of `text`, or `None` when nothing decides.
pub fn detect(text: &str) -> Option<Lang> {
    let mut score: HashMap<Lang, f32> = HashMap::default();
    let mut total_words = 0usize;
    for w in words(text).take(400) {
        total_words += 1;
        if let Some(langs) = lists().get(w.as_str()) {
            let weight = 1.0 / langs.len() as f32;
            for l in langs {
                *score.entry(*l).or_default() += weight;
            }
        }
    }
    let lower = text.to_lowercase();
    if lower.contains(['å', 'ä', 'ö']) {
        *score.entry(Lang::Sv).or_default() += 0.75;
    }
    if lower.contains(['ç', 'ê', 'œ']) || lower.contains("é ") {
        *score.entry(Lang::Fr).or_default() += 0.5;
    }
    if lower.contains(['ò', 'ù']) || lower.contains("à ") {
        *score.entry(Lang::It).or_default() += 0.3;
    }
    let mut ranked: Vec<(Lang, f32)> = score.into_iter().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let best = ranked.first().copied();
    let second = ranked.get(1).map(|r| r.1).unwrap_or(0.0);
    if let Some((lang, s)) = best {
        // A clear lead on function words beats trigrams on short texts.
        // One word is not enough: `met` is Dutch, and also the end of an English error.
        if s >= 1.9 && s >= second * 1.5 + 0.25 {
            return Some(lang);
        }
    }
    if let Some((lang, s)) = best {
        // A few words with two of one language's function words, well ahead ("we get user unknown":
        // `we` is also Dutch, `get` only English): trigrams over so few words read the
        // borrowed English terms in any language, so the function words decide.
        if total_words < 8 && s >= 1.5 && s >= second * 2.0 + 0.25 {
            return Some(lang);
        }
    }
    if total_words >= 4 {
        // Long enough for trigrams; if they are not sure either, the function words may
        // still have narrowed it down (`la` is French or Italian): trigrams between those.
        let seen: Vec<Lang> = ranked
            .iter()
            .filter(|(_, s)| *s > 0.0)
            .map(|(l, _)| *l)
            .collect();
        return whatlang_detect(text).or_else(|| whatlang_among(text, &seen));
    }
    match best {
        Some((lang, s)) if s > second => Some(lang),
        _ => None,
    }
}

/// Trigrams restricted to `langs` (two or more): a choice between the languages whose
/// function words the text has.
fn whatlang_among(text: &str, langs: &[Lang]) -> Option<Lang> {
    if langs.len() < 2 {
        return None;
    }
    let allow = langs.iter().map(|l| to_whatlang(*l)).collect();
    let info = whatlang::Detector::with_allowlist(allow).detect(text)?;
    // Between two or three languages, a margin of a fifth is enough.
    if info.confidence() < 0.2 {
        return None;
    }
    langs
        .iter()
        .copied()
        .find(|l| to_whatlang(*l) == info.lang())
}

fn to_whatlang(l: Lang) -> whatlang::Lang {
    match l {
        Lang::En => whatlang::Lang::Eng,
        Lang::Fr => whatlang::Lang::Fra,
        Lang::Nl => whatlang::Lang::Nld,
        Lang::Sv => whatlang::Lang::Swe,
        Lang::It => whatlang::Lang::Ita,
    }
}

fn whatlang_detect(text: &str) -> Option<Lang> {
    use whatlang::Lang as W;
    static DETECTOR: OnceLock<whatlang::Detector> = OnceLock::new();
    let detector = DETECTOR.get_or_init(|| {
        whatlang::Detector::with_allowlist(vec![W::Eng, W::Fra, W::Nld, W::Swe, W::Ita])
    });
    let info = detector.detect(text)?;
    // Short error strings fool trigrams (`Messages queued (...)` reads as French): only a
    // reliable verdict counts.
    if !info.is_reliable() && info.confidence() < 0.5 {
        return None;
    }
    match info.lang() {
        W::Eng => Some(Lang::En),
        W::Fra => Some(Lang::Fr),
        W::Nld => Some(Lang::Nl),
        W::Swe => Some(Lang::Sv),
        W::Ita => Some(Lang::It),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_few_words_with_clear_function_words_are_not_left_to_trigrams() {
        assert_eq!(detect("we get user unknown"), Some(Lang::En));
        // One Dutch-looking word at the end of an English message decides nothing.
        assert_ne!(
            detect("Messages queued (connection quotas met)"),
            Some(Lang::Nl)
        );
    }

    use super::*;

    #[test]
    fn short_messages_in_each_language() {
        let cases = [
            ("any idea why we get this?", Lang::En),
            ("bonjour, j'ai cette erreur depuis hier", Lang::Fr),
            ("hoi, we krijgen deze fout sinds gisteren", Lang::Nl),
            ("hej, vi får det här felet hela tiden", Lang::Sv),
            ("ciao, ricevo questo errore da ieri", Lang::It),
            ("qualcuno ha un'idea?", Lang::It),
            ("quelqu'un a une idée ?", Lang::Fr),
        ];
        for (text, want) in cases {
            assert_eq!(detect(text), Some(want), "{text}");
        }
    }

    #[test]
    fn function_words_tied_between_two_languages_are_settled_by_trigrams() {
        // `la` and `in` are French and Italian alike; the English words confuse plain trigrams.
        assert_eq!(
            detect("la consegna resta in attesa, IP affinity marketing"),
            Some(Lang::It)
        );
        assert_eq!(
            detect("la livraison reste en attente, IP affinity marketing"),
            Some(Lang::Fr)
        );
    }

    #[test]
    fn nothing_to_go_on_gives_none() {
        assert_eq!(detect(""), None);
        assert_eq!(detect("🙂🙂🙂"), None);
        assert_eq!(detect("PGS-220000"), None);
    }

    #[test]
    fn longer_text_uses_trigrams_too() {
        let t = "Sedan i morse fastnar alla utskick i kön och ingenting går iväg till mottagarna";
        assert_eq!(detect(t), Some(Lang::Sv));
    }

    /// The seeds carry no language anywhere: their short error strings must still be placed.
    #[test]
    fn short_error_strings_in_each_language() {
        let cases = [
            (
                "Messages mis en file d'attente (quotas de connexion atteints)",
                Lang::Fr,
            ),
            (
                "Berichten in de wachtrij (verbindingsquota gehaald)",
                Lang::Nl,
            ),
            ("Meddelanden köas (anslutningskvoter uppfylls)", Lang::Sv),
            ("Messaggi in coda (controllo del flusso dinamico)", Lang::It),
            (
                "De levering is mislukt omdat het quotum bereikt is",
                Lang::Nl,
            ),
            ("Leveransen misslyckades och det är inte klart", Lang::Sv),
        ];
        let wrong: Vec<_> = cases
            .iter()
            .filter(|(text, want)| detect(text) != Some(*want))
            .map(|(text, want)| format!("{text} -> {:?}, want {want}", detect(text)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
        // The bare English string stays undecided (`met` is Dutch too); both callers read
        // undecided as English, but it must never be placed in another language.
        let en = detect("Messages queued (connection quotas met)");
        assert!(matches!(en, None | Some(Lang::En)), "{en:?}");
    }

    #[test]
    fn function_words_are_stop_words() {
        assert!(is_function_word("the"));
        assert!(is_function_word("het"));
        // Shared by four of the languages, so no use for detection, and no evidence either.
        assert!(is_function_word("in"));
        assert!(!is_function_word("quarantine"));
    }
}
