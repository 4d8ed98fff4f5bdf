//! Which part of a long page an answer shows: where its evidence is.
//!
//! A KB article's Resolution is short and shown whole. A documentation page has none, and
//! its start is often an overview far from what was asked ("Technical email configuration"
//! opens on deployment models; the MX rule options come 250 lines later). The page is cut
//! into blocks (paragraphs, list items, code blocks, headings), and the answer starts at the
//! block that holds the error message it recognised, else the one whose words best match the
//! paste's (words found in few blocks counting more), under the heading it belongs to.

use super::ask::Why;

/// One block of a page's Markdown, as byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Block {
    start: usize,
    end: usize,
    heading: bool,
}

/// The blocks of `md`: runs of lines between blank lines, each ATX heading on its own. A
/// fenced code block is one block, blank lines and `# comments` in it included.
fn blocks(md: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut fence: Option<&str> = None;
    let mut open: Option<usize> = None;
    let mut at = 0;
    for line in md.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let trimmed = line.trim_start();
        if let Some(f) = fence {
            if trimmed.starts_with(f) {
                fence = None;
            }
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fence = Some(&trimmed[..3]);
            open.get_or_insert(start);
            continue;
        }
        if line.trim().is_empty() {
            if let Some(s) = open.take() {
                out.push(Block {
                    start: s,
                    end: start,
                    heading: false,
                });
            }
            continue;
        }
        let hashes = line.chars().take_while(|&c| c == '#').count();
        if (1..=6).contains(&hashes) && line[hashes..].starts_with([' ', '\t']) {
            if let Some(s) = open.take() {
                out.push(Block {
                    start: s,
                    end: start,
                    heading: false,
                });
            }
            out.push(Block {
                start,
                end: at,
                heading: true,
            });
            continue;
        }
        open.get_or_insert(start);
    }
    if let Some(s) = open {
        out.push(Block {
            start: s,
            end: md.len(),
            heading: false,
        });
    }
    out
}

/// The block of `md` that `why` points at.
fn focus_block(md: &str, blocks: &[Block], why: &Why) -> Option<usize> {
    let lower: Vec<String> = blocks
        .iter()
        .map(|b| md[b.start..b.end].to_lowercase())
        .collect();
    let words: Vec<String> = match why {
        Why::Signature { text, .. } => {
            let needle = text.to_lowercase();
            return lower.iter().position(|s| s.contains(&needle));
        }
        Why::Code { code } => {
            let needle = code.to_lowercase();
            return lower.iter().position(|s| s.contains(&needle));
        }
        Why::Words { words } => words.iter().map(|w| w.to_lowercase()).collect(),
    };
    // Each word counts the more, the fewer blocks hold it.
    let n = lower.len() as f32;
    let weights: Vec<f32> = words
        .iter()
        .map(
            |w| match lower.iter().filter(|s| s.contains(w.as_str())).count() {
                0 => 0.0,
                df => (1.0 + n / df as f32).ln(),
            },
        )
        .collect();
    let mut best: Option<(usize, f32)> = None;
    for (i, s) in lower.iter().enumerate() {
        let score: f32 = words
            .iter()
            .zip(&weights)
            .filter(|(w, _)| s.contains(w.as_str()))
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

/// The block of `md` that `why` points at, when it is not at the page's start.
pub(crate) fn focus(md: &str, why: &Why) -> Option<Focus> {
    let blocks = blocks(md);
    focus_block(md, &blocks, why)
        .filter(|&b| b > 0)
        .map(|block| Focus { block })
}

/// How many blocks `md` has: two versions cut alike are aligned block for block.
pub(crate) fn block_count(md: &str) -> usize {
    blocks(md).len()
}

/// The Markdown an answer shows of `md` for `focus`, within about `budget` characters: from
/// the heading above the focused block when the block ends within the budget from there,
/// else that heading's line, an ellipsis, and the page from the block on. `None` when `md`
/// has no such block.
pub(crate) fn excerpt(md: &str, focus: Focus, budget: usize) -> Option<String> {
    let blocks = blocks(md);
    let block = *blocks.get(focus.block)?;
    let heading = blocks[..focus.block].iter().rev().find(|b| b.heading);
    let Some(h) = heading else {
        return Some(md[block.start..].to_string());
    };
    if md[h.start..block.end].chars().count() <= budget {
        return Some(md[h.start..].to_string());
    }
    Some(format!(
        "{}\n…\n\n{}",
        md[h.start..h.end].trim_end(),
        &md[block.start..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "Intro about deployment models.\n\n## Overview\n\nGeneral words, MX, rules.\n\n```sh\n# not a heading\n\nnlserver pdump\n```\n\n## MX rules\n\nMX rules are applied in order.\n\n* **Shared**: the maximum number of connections is for all IPs.\n* **Other**: MX rules again.\n\n### Error\n\nThe message 'quotas met' means the quota is reached.\n";

    fn text(md: &str, b: Block) -> &str {
        &md[b.start..b.end]
    }

    #[test]
    fn blocks_are_paragraphs_items_headings_and_whole_code_blocks() {
        let b = blocks(PAGE);
        let texts: Vec<&str> = b.iter().map(|&x| text(PAGE, x).trim_end()).collect();
        assert_eq!(
            texts,
            [
                "Intro about deployment models.",
                "## Overview",
                "General words, MX, rules.",
                "```sh\n# not a heading\n\nnlserver pdump\n```",
                "## MX rules",
                "MX rules are applied in order.",
                "* **Shared**: the maximum number of connections is for all IPs.\n* **Other**: MX rules again.",
                "### Error",
                "The message 'quotas met' means the quota is reached.",
            ]
        );
        assert_eq!(b.iter().filter(|x| x.heading).count(), 3);
    }

    #[test]
    fn the_excerpt_starts_where_the_evidence_is() {
        let sig = Why::Signature {
            text: "Quotas met".into(),
            whole: true,
        };
        let f = focus(PAGE, &sig).expect("found");
        assert_eq!(
            excerpt(PAGE, f, 500).as_deref(),
            Some("### Error\n\nThe message 'quotas met' means the quota is reached.\n")
        );
        // "mx" and "rules" are in many blocks; "shared" in one: it decides.
        let words = Why::Words {
            words: vec!["MX".into(), "rules".into(), "shared".into()],
        };
        let f = focus(PAGE, &words).expect("found");
        let shown = excerpt(PAGE, f, 500).expect("a block");
        assert!(
            shown.starts_with("## MX rules\n\nMX rules are applied"),
            "{shown}"
        );
        // A tight budget keeps the heading, skips to the block.
        let shown = excerpt(PAGE, f, 40).expect("a block");
        assert!(
            shown.starts_with("## MX rules\n…\n\n* **Shared**"),
            "{shown}"
        );
        // Nothing found, or found at the start: the page's start.
        let none = Why::Words {
            words: vec!["printer".into()],
        };
        assert_eq!(focus(PAGE, &none), None);
        let intro = Why::Code {
            code: "DEPLOYMENT".into(),
        };
        assert_eq!(focus(PAGE, &intro), None);
        assert_eq!(excerpt(PAGE, Focus { block: 99 }, 500), None);
    }
}
