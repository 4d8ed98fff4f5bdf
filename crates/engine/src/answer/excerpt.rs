//! Which part of a long page an answer shows: where its evidence is.
//!
//! A KB article's Resolution is short and shown whole. A documentation page has none, and
//! its start is often an overview far from what was asked ("Technical email configuration"
//! opens on deployment models; the MX rule options come 250 lines later). The page is cut
//! into blocks (paragraphs, list items, code blocks, headings), and the answer starts at the
//! block that holds the error message it recognised, else the one whose words best match the
//! paste's (words found in few blocks counting more), under the heading it belongs to.
//! [`excerpt_of`] is what an answer shows of an article: all of its Resolution, or such an
//! excerpt of a page without one, cut at a paragraph, a line or a word.

use crate::kb::Article;
use crate::search::Why;

/// One block of a page's Markdown, as byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Block {
    start: usize,
    end: usize,
    heading: bool,
}

/// The blocks of `md`: runs of lines between blank lines, each ATX heading and each list item
/// that starts a line on its own. A fenced code block is one block, blank lines and
/// `# comments` in it included; it ends at a line of as many fence characters or more.
fn blocks(md: &str) -> Vec<Block> {
    let mut out = Vec::new();
    // The fence character and how many of them opened the code block.
    let mut fence: Option<(char, usize)> = None;
    let mut open: Option<usize> = None;
    let mut at = 0;
    let close = |open: &mut Option<usize>, end: usize, out: &mut Vec<Block>| {
        if let Some(start) = open.take() {
            out.push(Block {
                start,
                end,
                heading: false,
            });
        }
    };
    for line in md.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let trimmed = line.trim();
        if let Some((c, n)) = fence {
            let run = trimmed.chars().take_while(|&x| x == c).count();
            if run >= n && trimmed.chars().all(|x| x == c) {
                fence = None;
            }
            continue;
        }
        let marker = trimmed.chars().next().filter(|c| matches!(c, '`' | '~'));
        let run = marker.map_or(0, |c| trimmed.chars().take_while(|&x| x == c).count());
        if let Some(c) = marker.filter(|_| run >= 3) {
            fence = Some((c, run));
            open.get_or_insert(start);
            continue;
        }
        if trimmed.is_empty() {
            close(&mut open, start, &mut out);
            continue;
        }
        let hashes = line.chars().take_while(|&c| c == '#').count();
        if (1..=6).contains(&hashes) && line[hashes..].starts_with([' ', '\t']) {
            close(&mut open, start, &mut out);
            out.push(Block {
                start,
                end: at,
                heading: true,
            });
            continue;
        }
        if is_list_item(line) {
            close(&mut open, start, &mut out);
        }
        open.get_or_insert(start);
    }
    close(&mut open, md.len(), &mut out);
    out
}

/// Whether `line` starts a top-level list item: `* `, `- `, `+ ` or `1. ` at its start.
fn is_list_item(line: &str) -> bool {
    if line.starts_with(['*', '-', '+']) {
        return line[1..].starts_with([' ', '\t']);
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && line[digits..].starts_with(['.', ')']) && line[digits + 1..].starts_with(' ')
}

/// Lower case letters and digits, every other run of characters one space, with a space at
/// each end: markup, punctuation and line breaks do not hide a phrase, and ` ip ` is not found
/// in ` skip `.
fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// The block of `md` that `why` points at.
fn focus_block(md: &str, blocks: &[Block], why: &Why) -> Option<usize> {
    let texts: Vec<String> = blocks
        .iter()
        .map(|b| normalize(&md[b.start..b.end]))
        .collect();
    let find = |phrase: &str| {
        let needle = normalize(phrase);
        (needle.trim() != "")
            .then(|| texts.iter().position(|t| t.contains(&needle)))
            .flatten()
    };
    let words: Vec<String> = match why {
        Why::Signature { text, .. } => return find(text),
        Why::Code { code } => return find(code),
        // The user asked for the article: its resolution from the start.
        Why::Named { .. } => return None,
        Why::Words { words } => words
            .iter()
            .map(|w| normalize(w))
            .filter(|w| w.trim() != "")
            .collect(),
    };
    // Each word counts the more, the fewer blocks hold it.
    let n = texts.len() as f32;
    let weights: Vec<f32> = words
        .iter()
        .map(
            |w| match texts.iter().filter(|t| t.contains(w.as_str())).count() {
                0 => 0.0,
                df => (1.0 + n / df as f32).ln(),
            },
        )
        .collect();
    let mut best: Option<(usize, f32)> = None;
    for (i, t) in texts.iter().enumerate() {
        let score: f32 = words
            .iter()
            .zip(&weights)
            .filter(|(w, _)| t.contains(w.as_str()))
            .map(|(_, x)| x)
            .sum();
        if score > 0.0 && best.is_none_or(|(_, b)| score > b) {
            best = Some((i, score));
        }
    }
    best.map(|(i, _)| i)
}

/// Where an excerpt of a page starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Focus {
    /// The block the evidence is in.
    block: usize,
}

/// The block of `md` that `why` points at, when it is not already within the first `budget`
/// characters of the page.
pub(crate) fn focus(md: &str, why: &Why, budget: usize) -> Option<Focus> {
    let blocks = blocks(md);
    let block = focus_block(md, &blocks, why)?;
    let fits = md[..blocks[block].end].chars().count() < budget;
    (!fits).then_some(Focus { block })
}

/// How many blocks `md` has: two versions cut alike are aligned block for block.
pub(crate) fn block_count(md: &str) -> usize {
    blocks(md).len()
}

/// The Markdown an answer shows of `md` for `focus`, within about `budget` characters: from
/// the focused block when it is a heading; else from the heading above it when the block
/// ends within the budget from there (a blank line to spare, where the cut may fall); else
/// that heading's line, an ellipsis, and the page from the block on. `None` when `md` has no
/// such block.
pub(crate) fn excerpt(md: &str, focus: Focus, budget: usize) -> Option<String> {
    let blocks = blocks(md);
    let block = *blocks.get(focus.block)?;
    let heading = blocks[..focus.block].iter().rev().find(|b| b.heading);
    let Some(h) = heading.filter(|_| !block.heading) else {
        return Some(md[block.start..].to_string());
    };
    if md[h.start..block.end].chars().count() + 2 <= budget {
        return Some(md[h.start..].to_string());
    }
    Some(format!(
        "{}\n…\n\n{}",
        md[h.start..h.end].trim_end(),
        &md[block.start..]
    ))
}

/// The most Markdown a reply carries from a page without a Resolution section.
const EXCERPT_CHARS: usize = 1500;

/// What a reply shows of an article: its Resolution section's Markdown, else the page's
/// body, else its description.
pub(super) fn resolution_markdown(a: &Article) -> &str {
    let s = &a.sections;
    [&s.resolution, &s.body, &s.description]
        .into_iter()
        .find(|sec| !sec.markdown.trim().is_empty())
        .map(|sec| sec.markdown.trim())
        .unwrap_or_default()
}

/// What an answer shows of `shown`: its Resolution section; for a page without one that is
/// too long to show whole, the page from where its evidence (`why`, found in the version
/// `matched`) is, else from its start; cut at a paragraph. The evidence is looked for in the
/// version that matched, whose language it is in, and shown at the same place of the version
/// shown when the two are cut into as many blocks (translations are).
pub(super) fn excerpt_of(
    articles: &[Article],
    shown: &Article,
    matched: Option<usize>,
    why: &Why,
) -> (String, bool) {
    let md = resolution_markdown(shown);
    // A Resolution section is the answer: shown whole, however long (cutting it would drop
    // steps). Only a documentation page without one is cut to an excerpt.
    if !shown.sections.resolution.is_empty() {
        return (md.to_string(), false);
    }
    if md.chars().count() > EXCERPT_CHARS {
        let focus = matched.and_then(|m| articles.get(m)).and_then(|m| {
            let m_md = resolution_markdown(m);
            let aligned = std::ptr::eq(m, shown) || block_count(m_md) == block_count(md);
            aligned.then(|| focus(m_md, why, EXCERPT_CHARS)).flatten()
        });
        if let Some(part) = focus.and_then(|f| excerpt(md, f, EXCERPT_CHARS)) {
            let (text, _) = cut(&part);
            return (text, true);
        }
    }
    cut(md)
}

/// `md` whole when it is short, else its start cut at a paragraph, and whether it was cut.
fn cut(md: &str) -> (String, bool) {
    if md.chars().count() <= EXCERPT_CHARS {
        return (md.to_string(), false);
    }
    let byte_end = md
        .char_indices()
        .nth(EXCERPT_CHARS)
        .map_or(md.len(), |(i, _)| i);
    let head = &md[..byte_end];
    // At a paragraph, else a line, else a word: never inside a word.
    let cut_at = ["\n\n", "\n", " "]
        .iter()
        .find_map(|sep| head.rfind(sep).filter(|&i| i > EXCERPT_CHARS / 3))
        .unwrap_or(byte_end);
    (md[..cut_at].trim_end().to_string(), true)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "Intro about deployment models.\n\n## Overview\n\nGeneral words, MX, rules.\n\n```sh\n# not a heading\n\nnlserver pdump\n```\n\n## MX rules\n\nMX rules are applied in order; skip none.\n\n* **Shared**: the MX maximum of connections is for all IPs.\n* **Other**: MX rules\n  again.\n\n### Error\n\nThe message *'quotas\nmet'* means the quota is reached.\n";

    fn texts(md: &str) -> Vec<&str> {
        blocks(md)
            .iter()
            .map(|b| md[b.start..b.end].trim_end())
            .collect()
    }

    fn words(list: &[&str]) -> Why {
        Why::Words {
            words: list.iter().map(|w| w.to_string()).collect(),
        }
    }

    #[test]
    fn blocks_are_paragraphs_list_items_headings_and_whole_code_blocks() {
        assert_eq!(
            texts(PAGE),
            [
                "Intro about deployment models.",
                "## Overview",
                "General words, MX, rules.",
                "```sh\n# not a heading\n\nnlserver pdump\n```",
                "## MX rules",
                "MX rules are applied in order; skip none.",
                "* **Shared**: the MX maximum of connections is for all IPs.",
                "* **Other**: MX rules\n  again.",
                "### Error",
                "The message *'quotas\nmet'* means the quota is reached.",
            ]
        );
        assert_eq!(blocks(PAGE).iter().filter(|x| x.heading).count(), 3);
        // A longer fence holds a shorter one; an unclosed fence runs to the end; CRLF is a
        // line end like any other.
        let md = "````\n```\n# x\n````\n\n## H\r\n\r\ntext\r\n\r\n```\nopen";
        assert_eq!(
            texts(md),
            ["````\n```\n# x\n````", "## H", "text", "```\nopen"]
        );
    }

    #[test]
    fn the_excerpt_starts_where_the_evidence_is() {
        // Emphasis and a line break inside the quoted message do not hide it.
        let sig = Why::Signature {
            text: "Quotas met".into(),
            whole: true,
        };
        let f = focus(PAGE, &sig, 10).expect("found");
        assert_eq!(
            excerpt(PAGE, f, 500).as_deref(),
            Some("### Error\n\nThe message *'quotas\nmet'* means the quota is reached.\n")
        );
        // "mx" and "rules" are in many blocks, "shared" in one: it decides.
        let f = focus(PAGE, &words(&["MX", "rules", "shared"]), 10).expect("found");
        let shown = excerpt(PAGE, f, 500).expect("a block");
        assert!(
            shown.starts_with("## MX rules\n\nMX rules are applied"),
            "{shown}"
        );
        // A tight budget keeps the heading and skips to the block.
        let shown = excerpt(PAGE, f, 40).expect("a block");
        assert!(
            shown.starts_with("## MX rules\n…\n\n* **Shared**"),
            "{shown}"
        );
        // A heading that is the evidence starts the excerpt itself.
        let f = focus(PAGE, &words(&["error"]), 10).expect("found");
        assert!(excerpt(PAGE, f, 500).is_some_and(|s| s.starts_with("### Error")));
    }

    #[test]
    fn the_page_start_stays_when_the_evidence_is_there_or_nowhere() {
        // Within the budget from the page's start: nothing gained by moving.
        assert_eq!(focus(PAGE, &words(&["shared"]), 10_000), None);
        // Whole words only: "ip" is not in "skip" nor "IPs".
        assert_eq!(focus(PAGE, &words(&["ip"]), 10), None);
        assert_eq!(focus(PAGE, &words(&["printer"]), 10), None);
        let code = Why::Code {
            code: "PGS-220000".into(),
        };
        assert_eq!(focus(PAGE, &code, 10), None);
        assert_eq!(excerpt(PAGE, Focus { block: 99 }, 500), None);
    }
}
