//! Bytes to text: the BOM first, then the XML declaration's `encoding`, then UTF-8, without
//! ever producing mojibake silently. Owns encoding detection only; never parses XML.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

/// How the text was obtained.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Decoded {
    /// Plain UTF-8 (with or without BOM): nothing to say.
    Utf8(String),
    /// Decoded fine from another encoding (named): worth an info finding.
    Converted {
        text: String,
        encoding: &'static str,
    },
    /// Decoded fine from the 8-bit encoding the XML declaration names (as it names it:
    /// `ISO-8859-1`, though encoding_rs reads that label as windows-1252).
    Declared { text: String, encoding: String },
    /// The bytes do not match the declared (or assumed) encoding; `text` is a best guess
    /// (windows-1252 for 8-bit files, lossy UTF-16 otherwise) and `line` the first bad line.
    Mismatch {
        text: String,
        declared: String,
        line: u32,
    },
    /// The declaration names an encoding nobody can decode.
    Unsupported { declared: String },
}

/// Decodes `bytes` following the BOM and the XML declaration, with line breaks normalised.
pub(crate) fn decode(bytes: &[u8]) -> Decoded {
    match detect(bytes) {
        Decoded::Utf8(text) => Decoded::Utf8(normalize_newlines(text)),
        Decoded::Converted { text, encoding } => Decoded::Converted {
            text: normalize_newlines(text),
            encoding,
        },
        Decoded::Declared { text, encoding } => Decoded::Declared {
            text: normalize_newlines(text),
            encoding,
        },
        Decoded::Mismatch {
            text,
            declared,
            line,
        } => Decoded::Mismatch {
            text: normalize_newlines(text),
            declared,
            line,
        },
        unsupported => unsupported,
    }
}

/// XML reads CR LF and a lone CR as one line break (XML 1.0 §2.11), and so do editors.
/// Normalising once, before anything counts lines, gives every finding the line the user
/// sees; the parser would have normalised them in values anyway.
fn normalize_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            out.push('\n');
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Line breaks in 8-bit bytes: LF, CR LF, or a lone CR.
fn line_breaks(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count()
}

/// UTF-32, which encoding_rs does not decode: by its BOM, or by a `<` and three zero bytes.
/// Tested before UTF-16, whose little-endian BOM is the start of UTF-32LE's.
fn utf32(bytes: &[u8]) -> Option<Decoded> {
    let (big, rest) = match bytes {
        [0x00, 0x00, 0xFE, 0xFF, rest @ ..] => (true, rest),
        [0xFF, 0xFE, 0x00, 0x00, rest @ ..] => (false, rest),
        [0x00, 0x00, 0x00, 0x3C, ..] => (true, bytes),
        [0x3C, 0x00, 0x00, 0x00, ..] => (false, bytes),
        _ => return None,
    };
    let label = if big { "UTF-32BE" } else { "UTF-32LE" };
    let mut text = String::with_capacity(rest.len() / 4);
    let mut bad_line = None;
    let mut line = 1u32;
    for unit in rest.chunks(4) {
        let c = <[u8; 4]>::try_from(unit)
            .ok()
            .map(|b| {
                if big {
                    u32::from_be_bytes(b)
                } else {
                    u32::from_le_bytes(b)
                }
            })
            .and_then(char::from_u32);
        match c {
            Some(c) => {
                if c == '\n' {
                    line = line.saturating_add(1);
                }
                text.push(c);
            }
            None => {
                bad_line.get_or_insert(line);
                text.push(char::REPLACEMENT_CHARACTER);
            }
        }
    }
    Some(match bad_line {
        None => Decoded::Converted {
            text,
            encoding: label,
        },
        Some(line) => Decoded::Mismatch {
            text,
            declared: label.to_string(),
            line,
        },
    })
}

fn detect(bytes: &[u8]) -> Decoded {
    if let Some(d) = utf32(bytes) {
        return d;
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return strict(UTF_8, rest, "UTF-8");
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return strict(UTF_16LE, rest, "UTF-16LE");
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return strict(UTF_16BE, rest, "UTF-16BE");
    }
    // UTF-16 without a BOM still starts with `<` and a zero byte.
    match bytes {
        [0x3C, 0x00, ..] => return strict(UTF_16LE, bytes, "UTF-16LE"),
        [0x00, 0x3C, ..] => return strict(UTF_16BE, bytes, "UTF-16BE"),
        _ => {}
    }
    // Not roxmltree: it takes text, and the declaration says how to make the bytes text.
    let declared = declared_label(bytes);
    let encoding = match &declared {
        None => UTF_8,
        Some(label) => match Encoding::for_label(label.as_bytes()) {
            // A UTF-16 label on 8-bit bytes: the file was re-saved and the label kept.
            Some(e) if e == UTF_16LE || e == UTF_16BE => UTF_8,
            Some(e) => e,
            None => {
                return Decoded::Unsupported {
                    declared: label.clone(),
                }
            }
        },
    };
    match (strict(encoding, bytes, encoding.name()), declared) {
        (Decoded::Converted { text, .. }, Some(label)) => Decoded::Declared {
            text,
            encoding: label,
        },
        (decoded, _) => decoded,
    }
}

fn strict(encoding: &'static Encoding, bytes: &[u8], label: &'static str) -> Decoded {
    if let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(bytes) {
        let text = text.into_owned();
        return if encoding == UTF_8 {
            Decoded::Utf8(text)
        } else {
            Decoded::Converted {
                text,
                encoding: label,
            }
        };
    }
    // The bytes lie about their encoding. For 8-bit files windows-1252 decodes every byte
    // and is what Windows editors wrote; UTF-16 keeps its lossy decoding.
    let (line, text) = if encoding == UTF_16LE || encoding == UTF_16BE {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        let text = normalize_newlines(text.into_owned());
        let line = text
            .split('\n')
            .position(|l| l.contains('\u{FFFD}'))
            .map_or(1, |i| i + 1);
        (line, text)
    } else {
        let bad = first_invalid_utf8(bytes);
        let line = line_breaks(&bytes[..bad]) + 1;
        let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
        (line, text.into_owned())
    };
    Decoded::Mismatch {
        text,
        declared: label.to_string(),
        line: u32::try_from(line).unwrap_or(u32::MAX),
    }
}

fn first_invalid_utf8(bytes: &[u8]) -> usize {
    match std::str::from_utf8(bytes) {
        Ok(_) => bytes.len(),
        Err(e) => e.valid_up_to(),
    }
}

/// The `encoding` pseudo-attribute of a leading `<?xml ...?>` declaration, if any.
fn declared_label(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(256)];
    let start = head.iter().position(|b| !b.is_ascii_whitespace())?;
    let head = &head[start..];
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let end = head.windows(2).position(|w| w == b"?>")?;
    let decl = std::str::from_utf8(&head[..end]).ok()?;
    let at = decl.find("encoding")?;
    let rest = decl[at + "encoding".len()..].trim_start();
    let rest = rest.strip_prefix('=')?.trim_start();
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = &rest[1..];
    let close = value.find(quote)?;
    Some(value[..close].trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_by_bom_and_without() {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><serverconf label=\"été\"/>";
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert!(matches!(decode(&le), Decoded::Converted { ref text, .. } if text.contains("été")));
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert!(matches!(decode(&be), Decoded::Converted { ref text, .. } if text.contains("été")));
    }

    #[test]
    fn utf32_is_named_utf32() {
        let text = "<serverconf label=\"été\"/>";
        let mut le = vec![0xFF, 0xFE, 0, 0];
        le.extend(text.chars().flat_map(|c| u32::from(c).to_le_bytes()));
        assert!(
            matches!(decode(&le), Decoded::Converted { ref text, encoding: "UTF-32LE" } if text.contains("été"))
        );
        let be: Vec<u8> = text
            .chars()
            .flat_map(|c| u32::from(c).to_be_bytes())
            .collect();
        assert!(matches!(
            decode(&be),
            Decoded::Converted {
                encoding: "UTF-32BE",
                ..
            }
        ));
    }

    #[test]
    fn latin1_declared_decodes_accents() {
        let mut bytes = b"<?xml version='1.0' encoding='ISO-8859-1'?>\n<serverconf x=\"".to_vec();
        bytes.extend([0xE9, b'"', b'/', b'>']);
        // Named as the declaration names it, not as encoding_rs files the label.
        match decode(&bytes) {
            Decoded::Declared { text, encoding } => {
                assert!(text.contains("x=\"é\""));
                assert_eq!(encoding, "ISO-8859-1");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn utf8_declared_but_latin1_bytes_is_a_mismatch_on_the_right_line() {
        let mut bytes = b"<?xml version='1.0' encoding='UTF-8'?>\n<a>\n<b x=\"".to_vec();
        bytes.extend([0xE9, b'"', b'/', b'>', b'<', b'/', b'a', b'>']);
        match decode(&bytes) {
            Decoded::Mismatch { text, line, .. } => {
                assert_eq!(line, 3);
                assert!(text.contains('é'));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_lone_cr_is_a_line_break() {
        let d = decode(b"<a>\r<b/>\r\n<c/>\n</a>");
        assert_eq!(d, Decoded::Utf8("<a>\n<b/>\n<c/>\n</a>".into()));
        let mut bytes = b"<?xml version='1.0' encoding='UTF-8'?>\r<a>\r<b x=\"".to_vec();
        bytes.extend([0xE9, b'"', b'/', b'>', b'<', b'/', b'a', b'>']);
        assert!(matches!(decode(&bytes), Decoded::Mismatch { line: 3, .. }));
    }

    #[test]
    fn unknown_label_is_unsupported() {
        let d = decode(b"<?xml version='1.0' encoding='klingon'?><a/>");
        assert_eq!(
            d,
            Decoded::Unsupported {
                declared: "klingon".into()
            }
        );
    }
}
