//! Error codes out, variable parts away: what makes two pastes of the same error look alike.
//!
//! [`codes`] finds the codes worth matching exactly: Campaign message codes (`PGS-220000`,
//! `XTK-170006`), SMTP replies with their enhanced status (`550 5.1.1`) and bare enhanced status
//! codes (`4.4.1`). [`scrub`] removes what differs between two occurrences of one error:
//! URLs, e-mail addresses, IP addresses, host names, UUIDs and hex ids, dates and times, and
//! numbers (ids, PIDs, counts). The same scrub runs on the KB's signatures, so a signature
//! such as `550 5.1.1 User unknown` and a paste of it still line up word for word.

use std::sync::OnceLock;

use regex::Regex;

struct Patterns {
    campaign_code: Regex,
    smtp_reply: Regex,
    enhanced: Regex,
    variable: Vec<Regex>,
    host: Regex,
}

/// File extensions that look like host names but name files operators talk about.
const FILE_EXTENSIONS: &[&str] = &[
    "xml",
    "log",
    "exe",
    "js",
    "md",
    "txt",
    "html",
    "htm",
    "jsp",
    "conf",
    "sh",
    "sql",
    "csv",
    "dll",
    "so",
    "json",
    "zip",
    "gz",
    "pdf",
    "jar",
    "ini",
    "cfg",
    "properties",
    "bat",
];

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        // The patterns are literals checked by the unit tests below; a failure to compile is a
        // build defect, and leaves that pattern out instead of panicking.
        let re = |s: &str| Regex::new(s).ok();
        let variable = [
            r"(?i)(?-u:\b)(?:https?|ftp|sftp)://\S+",
            r"(?i)(?-u:\b)[\w.+%-]+@[\w-]+(?:\.[\w-]+)+(?-u:\b)",
            r"(?-u:\b)\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?(?-u:\b)",
            r"(?i)(?-u:\b)(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}(?-u:\b)",
            r"(?i)(?-u:\b)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?-u:\b)",
            r"(?i)(?-u:\b)0x[0-9a-f]+(?-u:\b)",
            r"(?i)(?-u:\b)[0-9a-f]*\d[0-9a-f]*[a-f][0-9a-f]*(?-u:\b)|(?-u:\b)[0-9a-f]*[a-f][0-9a-f]*\d[0-9a-f]{6,}(?-u:\b)",
            r"(?-u:\b)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?",
            r"(?-u:\b)\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?-u:\b)",
            r"(?i)(?-u:\b)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s?[ap]m)?(?-u:\b)",
            r"(?-u:\b)[A-Za-z_]*\d{3,}[\w-]*(?-u:\b)",
            r"(?-u:\b)\d+(?:[.,]\d+)*(?-u:\b)",
        ];
        Patterns {
            campaign_code: re(r"(?-u:\b)[A-Za-z]{3}-\d{6}(?-u:\b)").unwrap_or_else(never),
            smtp_reply: re(r"(?-u:\b)([245]\d{2})[ -]([245]\.\d{1,3}\.\d{1,3})(?-u:\b)").unwrap_or_else(never),
            enhanced: re(r"(?-u:\b)[245]\.\d{1,3}\.\d{1,3}(?-u:\b)").unwrap_or_else(never),
            variable: variable.iter().filter_map(|s| re(s)).collect(),
            host: re(r"(?i)(?-u:\b)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}(?-u:\b)")
                .unwrap_or_else(never),
        }
    })
}

/// A regex that matches nothing, for a literal pattern that failed to compile.
fn never() -> Regex {
    Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!("a trivial pattern compiles"))
}

/// The error codes in `text`, lower case, in order of appearance, without repeats.
pub(crate) fn codes(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (_, c) in code_spans(text) {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// Where the first error code of `text` starts, in bytes.
pub(crate) fn first_code_at(text: &str) -> Option<usize> {
    code_spans(text).map(|(at, _)| at).min()
}

/// Every error code of `text` with where it starts: Campaign codes, then SMTP replies (basic
/// and enhanced status), then enhanced status codes on their own.
fn code_spans(text: &str) -> impl Iterator<Item = (usize, String)> + '_ {
    let p = patterns();
    let campaign = p
        .campaign_code
        .find_iter(text)
        .map(|m| (m.start(), m.as_str().to_ascii_lowercase()));
    // find_iter, not captures: capture groups send the regex engine down its slow path, and
    // this runs over every article at index time.
    let smtp = p.smtp_reply.find_iter(text).flat_map(|m| {
        m.as_str()
            .split_once([' ', '-'])
            .map(|(basic, enhanced)| {
                [
                    (m.start(), basic.to_string()),
                    (m.start() + basic.len() + 1, enhanced.to_string()),
                ]
            })
            .into_iter()
            .flatten()
    });
    let bytes = text.as_bytes();
    let enhanced = p.enhanced.find_iter(text).filter_map(move |m| {
        // Part of a longer dotted number (a version such as 20.3.1.4) is not a status code.
        let before = m.start().checked_sub(1).map(|i| bytes[i]);
        let after = bytes.get(m.end()).copied();
        let dotted = |b: Option<u8>| b.is_some_and(|b| b == b'.' || b.is_ascii_digit());
        let continues =
            after == Some(b'.') && bytes.get(m.end() + 1).is_some_and(u8::is_ascii_digit);
        (!(dotted(before) || continues)).then(|| (m.start(), m.as_str().to_string()))
    });
    campaign.chain(smtp).chain(enhanced)
}

/// `text` with its URLs, e-mail addresses and host names shown as `…`: a KB example of a
/// message (`DNS query failed for 'ourdan.com'`) as it applies to any paste of it.
pub(crate) fn mask_names(text: &str) -> String {
    let p = patterns();
    let mut s = text.to_string();
    for re in p.variable.iter().take(2) {
        s = re.replace_all(&s, "…").into_owned();
    }
    let mut kept = String::with_capacity(s.len());
    let mut last = 0;
    for m in p.host.find_iter(&s) {
        if !is_file_name(m.as_str()) {
            kept.push_str(&s[last..m.start()]);
            kept.push('…');
            last = m.end();
        }
    }
    kept.push_str(&s[last..]);
    kept
}

/// Whether a host-shaped word is a file name (`serverConf.xml`).
fn is_file_name(word: &str) -> bool {
    let tld = word
        .rsplit('.')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    FILE_EXTENSIONS.contains(&tld.as_str())
}

/// `text` with the variable parts replaced by spaces (codes included: take them first).
pub(crate) fn scrub(text: &str) -> String {
    let p = patterns();
    let mut s = p.campaign_code.replace_all(text, " ").into_owned();
    // URLs and e-mail addresses first: they contain host names that must go with them.
    for re in p.variable.iter().take(2) {
        s = re.replace_all(&s, " ").into_owned();
    }
    let mut kept = String::with_capacity(s.len());
    let mut last = 0;
    for m in p.host.find_iter(&s) {
        if is_file_name(m.as_str()) {
            continue;
        }
        kept.push_str(&s[last..m.start()]);
        kept.push(' ');
        last = m.end();
    }
    kept.push_str(&s[last..]);
    s = kept;
    for re in p.variable.iter().skip(2) {
        s = re.replace_all(&s, " ").into_owned();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn campaign_and_smtp_codes_are_found_once() {
        let c = codes("PGS-220000 then xtk-170006, 550 5.1.1 user unknown; again 5.1.1 and 4.4.1");
        assert_eq!(c, vec!["pgs-220000", "xtk-170006", "550", "5.1.1", "4.4.1"]);
    }

    #[test]
    fn the_first_code_is_found_where_it_starts() {
        assert_eq!(first_code_at("we get 550 5.1.1 user unknown"), Some(7));
        assert_eq!(first_code_at("status=5.7.1 then PGS-220000"), Some(7));
        assert_eq!(first_code_at("upgrade to 20.3.1"), None);
    }

    #[test]
    fn a_version_number_is_not_an_enhanced_code() {
        assert!(codes("upgrade to 20.3.1 or build 9032").is_empty());
        assert_eq!(codes("status=5.7.1"), vec!["5.7.1"]);
    }

    #[test]
    fn variable_parts_are_removed() {
        let s = scrub(
            "2024-03-05 10:22:31.123Z 17342 mail to john.doe+x@example.com via 192.168.1.20:25 \
             on mx1.mail.example.co.uk id 0x3fa2 uuid 123e4567-e89b-12d3-a456-426614174000 \
             https://example.com/a?b=c DM123456 count 42",
        );
        for gone in [
            "2024", "10:22", "17342", "john", "example", "192", "mx1", "0x3fa2", "123e4567",
            "https", "DM123456", "42",
        ] {
            assert!(!s.contains(gone), "{gone} left in {s:?}");
        }
        for kept in ["mail", "to", "via", "on", "id", "uuid", "count"] {
            assert!(s.contains(kept), "{kept} lost from {s:?}");
        }
    }

    #[test]
    fn names_are_masked_and_the_rest_kept() {
        assert_eq!(
            mask_names("DNS query failed for 'ourdan.com' in serverConf.xml"),
            "DNS query failed for '…' in serverConf.xml"
        );
        assert_eq!(
            mask_names("550 5.1.1 User unknown"),
            "550 5.1.1 User unknown"
        );
        assert_eq!(mask_names("mail a@b.example.com"), "mail …");
    }

    #[test]
    fn file_names_and_words_survive() {
        let s = scrub(
            "check serverConf.xml and config-prod.xml: Messages queued (connection quotas met)",
        );
        assert!(s.contains("serverConf.xml"));
        assert!(s.contains("Messages queued (connection quotas met)"));
    }
}
