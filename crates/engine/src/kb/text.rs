//! Text cleaning shared by the front matter and Markdown passes: HTML entities, mojibake,
//! invisible characters, wrapping quotes, whitespace.
//!
//! Pure functions over `&str`; no Markdown knowledge here (that is `markup` and `markdown`).

use std::borrow::Cow;

/// Mojibake produced when UTF-8 text was read as Windows-1252 and saved again as UTF-8.
/// Only sequences that cannot be real text in our five languages are listed: a bare `Â` before
/// a (no-break) space, and the `â€` family of punctuation. A real `Â` (as in French `Âge`) is
/// kept.
const MOJIBAKE: &[(&str, &str)] = &[
    ("Â\u{a0}", " "),
    ("Â ", " "),
    ("â€™", "’"),
    ("â€˜", "‘"),
    ("â€œ", "“"),
    ("â€\u{9d}", "”"),
    ("â€“", "–"),
    ("â€”", "—"),
    ("â€¦", "…"),
    ("Ã©", "é"),
    ("Ã¨", "è"),
    ("Ã ", "à "),
    ("Ã§", "ç"),
    ("Ã¶", "ö"),
    ("Ã¤", "ä"),
    ("Ã¥", "å"),
];

/// Whether `s` holds anything [`repair`] changes. One pass over the bytes: every target is
/// a multi-byte sequence starting with 0xC2, 0xC3, 0xE2 or 0xEF, so ASCII is skipped fast.
fn needs_repair(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            0xC2 if b.get(i + 1) == Some(&0xA0) => return true,
            0xC3 if matches!(b.get(i + 1), Some(0x82 | 0x83 | 0xA2)) => return true,
            0xE2 if matches!(
                (b.get(i + 1), b.get(i + 2)),
                (Some(0x80), Some(0x8B..=0x8D)) | (Some(0x81), Some(0xA0))
            ) =>
            {
                return true
            }
            0xEF if b.get(i + 1) == Some(&0xBB) && b.get(i + 2) == Some(&0xBF) => return true,
            _ => {}
        }
        i += 1;
    }
    false
}

/// Repairs the mojibake listed in [`MOJIBAKE`], drops zero-width characters and the BOM,
/// and turns no-break spaces into plain spaces.
pub(crate) fn repair(s: &str) -> Cow<'_, str> {
    if !needs_repair(s) {
        return Cow::Borrowed(s);
    }
    let mut out = s.to_string();
    for (bad, good) in MOJIBAKE {
        if out.contains(bad) {
            out = out.replace(bad, good);
        }
    }
    out.retain(|c| {
        !matches!(
            c,
            '\u{200b}' | '\u{feff}' | '\u{200c}' | '\u{200d}' | '\u{2060}'
        )
    });
    if out.contains('\u{a0}') {
        out = out.replace('\u{a0}', " ");
    }
    Cow::Owned(out)
}

/// Decodes every HTML entity (`&quot;`, `&#39;`, `&#x200B;`, `&nbsp;`) and repairs the result.
pub(crate) fn decode_all(s: &str) -> String {
    if !s.contains('&') {
        return repair(s).into_owned();
    }
    let decoded = html_escape::decode_html_entities(s);
    repair(&decoded).into_owned()
}

/// Decodes entities except `&lt;`, `&gt;` and `&amp;`, which Markdown renders correctly and
/// whose decoding would turn escaped text into markup.
pub(crate) fn decode_for_markdown(s: &str) -> String {
    if !s.contains('&') {
        return repair(s).into_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        // An entity is short and ends with ';' before any whitespace.
        let end = tail
            .char_indices()
            .take(12)
            .find(|(_, c)| *c == ';' || c.is_whitespace())
            .filter(|(_, c)| *c == ';')
            .map(|(i, _)| i);
        match end {
            Some(end) => {
                let entity = &tail[..=end];
                if matches!(entity, "&lt;" | "&gt;" | "&amp;") {
                    out.push_str(entity);
                } else {
                    out.push_str(&html_escape::decode_html_entities(entity));
                }
                rest = &tail[end + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    repair(&out).into_owned()
}

/// Folds runs of spaces and tabs into one space, trims every line and keeps at most one
/// empty line between paragraphs.
pub(crate) fn fold_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank_run = false;
    for line in s.lines() {
        let mut words = line.split_whitespace();
        let Some(first) = words.next() else {
            blank_run = true;
            continue;
        };
        if !out.is_empty() {
            out.push_str(if blank_run { "\n\n" } else { "\n" });
        }
        blank_run = false;
        out.push_str(first);
        for w in words {
            out.push(' ');
            out.push_str(w);
        }
    }
    out
}

/// Collapses all whitespace, newlines included, into single spaces.
pub(crate) fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

const OPENING_QUOTES: &[char] = &['"', '\'', '“', '”', '„', '«', '‘', '’'];
const CLOSING_QUOTES: &[char] = &['"', '\'', '”', '“', '»', '’', '‘'];

/// Removes one pair of quotes wrapping a whole value, straight or curly, even when the two
/// ends do not match (front matter such as `“Errore ... e-mail"`).
pub(crate) fn strip_wrapping_quotes(s: &str) -> &str {
    let t = s.trim();
    let mut chars = t.chars();
    match (chars.next(), chars.next_back()) {
        (Some(a), Some(b)) if OPENING_QUOTES.contains(&a) && CLOSING_QUOTES.contains(&b) => {
            let inner = &t[a.len_utf8()..t.len() - b.len_utf8()];
            // `"a" and "b"` is two quoted strings, not one wrapped value.
            let straight_inside =
                a == '"' && b == '"' && inner.contains('"') && !inner.contains("\\\"");
            if straight_inside {
                t
            } else {
                inner.trim()
            }
        }
        _ => t,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mojibake_before_no_break_space_goes_real_letters_stay() {
        assert_eq!(
            repair("De *quota gehaald*Â\u{a0}het"),
            "De *quota gehaald* het"
        );
        assert_eq!(repair("(<Âge>)"), "(<Âge>)");
        assert_eq!(repair("itâ€™s"), "it’s");
        assert_eq!(repair("a\u{200b}b\u{feff}"), "ab");
    }

    #[test]
    fn entities_decode_everywhere_but_markdown_keeps_escapes() {
        assert_eq!(
            decode_all("l&#39;erreur &quot;x&quot;&#x200B;"),
            "l'erreur \"x\""
        );
        assert_eq!(
            decode_for_markdown("&quot;a&quot; &lt;b&gt; &amp; AT&T"),
            "\"a\" &lt;b&gt; &amp; AT&T"
        );
        assert_eq!(decode_for_markdown("5 & 6; &#39;"), "5 & 6; '");
    }

    #[test]
    fn whitespace_folds_but_paragraphs_stay() {
        assert_eq!(fold_whitespace("  a   b \n\n\n c\nd  "), "a b\n\nc\nd");
        assert_eq!(one_line(" a \n b "), "a b");
    }

    #[test]
    fn wrapping_quotes_of_any_kind() {
        assert_eq!(strip_wrapping_quotes("“KCS, Consegna”"), "KCS, Consegna");
        assert_eq!(
            strip_wrapping_quotes("“Errore “Messaggi” durante l’e-mail\""),
            "Errore “Messaggi” durante l’e-mail"
        );
        assert_eq!(strip_wrapping_quotes("\"a\" and \"b\""), "\"a\" and \"b\"");
        assert_eq!(strip_wrapping_quotes("plain"), "plain");
        assert_eq!(strip_wrapping_quotes("\""), "\"");
    }
}
