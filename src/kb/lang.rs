//! Detecting which of the five languages a page is written in, for pages whose folder and
//! front matter say nothing (the seeds).
//!
//! whatlang restricted to the five languages decides on longer texts; on short texts (a
//! title, a two-line symptom) a function-word and diacritic count decides, because trigram
//! statistics are unreliable there. Knows nothing of files or Markdown.

use whatlang::{Detector, Lang as WLang};

use crate::Lang;

/// Below this many letters, whatlang alone is not trusted.
const SHORT_TEXT: usize = 200;

/// Frequent short words that are rare in the other four languages. Words shared between
/// languages (`de`, `en`, `la`, `is`) count for each of them at a lower weight.
const WORDS: &[(Lang, &[&str])] = &[
    (
        Lang::En,
        &[
            "the", "and", "of", "to", "with", "for", "this", "that", "are", "not", "when", "error",
            "you", "your", "from", "failing", "queued", "how", "learn",
        ],
    ),
    (
        Lang::Fr,
        &[
            "le", "les", "des", "est", "une", "et", "pour", "avec", "dans", "du", "que", "pas",
            "sur", "erreur", "vous", "au", "aux", "ce", "qui", "mis", "file", "attente",
        ],
    ),
    (
        Lang::Nl,
        &[
            "het",
            "een",
            "van",
            "niet",
            "voor",
            "op",
            "dat",
            "wordt",
            "zijn",
            "bij",
            "fout",
            "worden",
            "u",
            "uw",
            "naar",
            "berichten",
            "wachtrij",
            "deze",
        ],
    ),
    (
        Lang::Sv,
        &[
            "och",
            "är",
            "att",
            "det",
            "som",
            "för",
            "med",
            "inte",
            "på",
            "av",
            "till",
            "fel",
            "du",
            "kan",
            "om",
            "meddelanden",
            "köas",
            "eller",
            "den",
        ],
    ),
    (
        Lang::It,
        &[
            "il", "di", "che", "è", "per", "non", "con", "del", "della", "una", "sono", "errore",
            "gli", "nel", "alla", "messaggi", "coda", "si", "dei", "le",
        ],
    ),
];

/// Words shared by two languages: half a point each.
const SHARED: &[(&str, &[Lang])] = &[
    ("de", &[Lang::Fr, Lang::Nl]),
    ("en", &[Lang::Nl, Lang::Sv, Lang::Fr]),
    ("la", &[Lang::Fr, Lang::It]),
    ("is", &[Lang::En, Lang::Nl]),
    ("in", &[Lang::En, Lang::Nl, Lang::It]),
    ("a", &[Lang::En, Lang::It, Lang::Fr]),
    ("un", &[Lang::Fr, Lang::It]),
    ("met", &[Lang::En, Lang::Nl]),
];

/// Letters that point at one language.
const LETTERS: &[(char, Lang)] = &[
    ('å', Lang::Sv),
    ('ä', Lang::Sv),
    ('ö', Lang::Sv),
    ('ç', Lang::Fr),
    ('ê', Lang::Fr),
    ('â', Lang::Fr),
    ('û', Lang::Fr),
    ('î', Lang::Fr),
    ('ë', Lang::Nl),
    ('ò', Lang::It),
    ('ì', Lang::It),
];

/// The language of `text`, or `None` when nothing points anywhere (no letters at all).
pub fn detect(text: &str) -> Option<Lang> {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 0 {
        return None;
    }
    let heuristic = heuristic_scores(text);
    let best_heuristic = best(&heuristic);
    if letters < SHORT_TEXT {
        return best_heuristic.or_else(|| whatlang_detect(text).map(|(l, _)| l));
    }
    match whatlang_detect(text) {
        Some((lang, confidence)) if confidence >= 0.3 => Some(lang),
        Some((lang, _)) => best_heuristic.or(Some(lang)),
        None => best_heuristic,
    }
}

fn whatlang_detect(text: &str) -> Option<(Lang, f64)> {
    let detector = Detector::with_allowlist(vec![
        WLang::Eng,
        WLang::Fra,
        WLang::Nld,
        WLang::Swe,
        WLang::Ita,
    ]);
    // A few kilobytes are plenty and keep detection fast on long pages.
    let sample = match text.char_indices().nth(4000) {
        Some((i, _)) => &text[..i],
        None => text,
    };
    let info = detector.detect(sample)?;
    let lang = match info.lang() {
        WLang::Eng => Lang::En,
        WLang::Fra => Lang::Fr,
        WLang::Nld => Lang::Nl,
        WLang::Swe => Lang::Sv,
        WLang::Ita => Lang::It,
        _ => return None,
    };
    Some((lang, info.confidence()))
}

fn heuristic_scores(text: &str) -> [f64; 5] {
    let mut scores = [0.0; 5];
    let idx = |l: Lang| Lang::ALL.iter().position(|x| *x == l).unwrap_or(0);
    let lower = text.to_lowercase();
    for word in lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        for (lang, words) in WORDS {
            if words.contains(&word) {
                scores[idx(*lang)] += 1.0;
            }
        }
        for (shared, langs) in SHARED {
            if *shared == word {
                for l in *langs {
                    scores[idx(*l)] += 0.4;
                }
            }
        }
    }
    for c in lower.chars() {
        for (letter, lang) in LETTERS {
            if c == *letter {
                scores[idx(*lang)] += 0.5;
            }
        }
    }
    // `ij` is very Dutch; `è` and `à` are shared by French and Italian.
    scores[idx(Lang::Nl)] += lower.matches("ij").count() as f64 * 0.5;
    scores[idx(Lang::It)] += lower.matches(" è ").count() as f64;
    scores
}

/// The single top-scoring language; `None` on a tie or when nothing scored.
fn best(scores: &[f64; 5]) -> Option<Lang> {
    let (i, top) = scores
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))?;
    let tied = scores
        .iter()
        .filter(|s| (*s - top).abs() < f64::EPSILON)
        .count()
        > 1;
    (*top > 0.0 && !tied).then(|| Lang::ALL[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_texts_in_each_language() {
        assert_eq!(
            detect("Messages queued (connection quotas met)"),
            Some(Lang::En)
        );
        assert_eq!(
            detect("Messages mis en file d'attente (quotas de connexion atteints)"),
            Some(Lang::Fr)
        );
        assert_eq!(
            detect("Berichten in de wachtrij (verbindingsquota gehaald)"),
            Some(Lang::Nl)
        );
        assert_eq!(
            detect("Meddelanden köas (anslutningskvoter uppfylls)"),
            Some(Lang::Sv)
        );
        assert_eq!(
            detect("Messaggi in coda (controllo del flusso dinamico)"),
            Some(Lang::It)
        );
        assert_eq!(
            detect("De levering is mislukt omdat het quotum bereikt is"),
            Some(Lang::Nl)
        );
        assert_eq!(
            detect("Leveransen misslyckades och det är inte klart"),
            Some(Lang::Sv)
        );
    }

    #[test]
    fn nothing_to_go_on() {
        assert_eq!(detect("1234 ---"), None);
        assert_eq!(detect(""), None);
    }

    #[test]
    fn longer_texts_use_whatlang() {
        let it = "Quando il server di posta rifiuta troppe connessioni, la consegna rallenta e i messaggi restano in attesa. \
                  Conviene controllare le regole del dominio, la reputazione degli indirizzi IP e il registro degli invii prima di cambiare i limiti.";
        assert_eq!(detect(it), Some(Lang::It));
    }
}
