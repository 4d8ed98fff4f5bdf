//! Inline HTML in Adobe pages turned into Markdown: `<b>`/`<strong>`, `<i>`/`<em>`,
//! `<code>`, `<br>`, and `<table>` blocks as pipe tables. Tags that are not HTML
//! (`<instance>`, `<serverConf>`) are words in the text and stay. Called by `markup`, which
//! keeps code away from here.

use super::markup::prose;
use super::text;

const DROPPED_TAGS: &[&str] = &[
    "p", "div", "span", "u", "font", "center", "sup", "sub", "small", "a", "img", "ul", "ol", "hr",
    "h1", "h2", "h3", "h4", "h5", "h6", "details", "summary", "section", "table", "thead", "tbody",
    "tfoot", "tr", "caption", "colgroup", "col", "input", "label", "nobr", "big", "abbr", "kbd",
];

/// Converts the HTML tags Markdown has an equivalent for, drops other known HTML tags and
/// keeps anything else (`<instance>`, `<serverConf>`): those are words in the text.
pub(super) fn html_tags(s: &str, table_row: bool) -> String {
    if !s.contains('<') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut open_mark: Option<usize> = None;
    let mut rest = s;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        let Some((name, closing, len)) = parse_tag(tail) else {
            out.push('<');
            rest = &tail[1..];
            continue;
        };
        rest = &tail[len..];
        match name.as_str() {
            "b" | "strong" | "i" | "em" => {
                let mark = if matches!(name.as_str(), "b" | "strong") {
                    "**"
                } else {
                    "*"
                };
                if closing {
                    close_mark(&mut out, mark, &mut open_mark);
                } else {
                    out.push_str(mark);
                    open_mark = Some(out.len());
                    rest = rest.trim_start();
                }
            }
            "code" => out.push('`'),
            "br" => {
                if table_row {
                    out.push(' ');
                } else if !out.trim().is_empty() {
                    out.push('\n');
                }
            }
            "li" if !closing => out.push_str("- "),
            "td" | "th" => out.push(' '),
            n if DROPPED_TAGS.contains(&n) || n == "li" => {}
            _ => out.push_str(&tail[..len]),
        }
    }
    out.push_str(rest);
    out
}

/// Closes `**`/`*` so that no whitespace sits inside the markers (else Markdown ignores them).
fn close_mark(out: &mut String, mark: &str, open_mark: &mut Option<usize>) {
    let trimmed_len = out.trim_end().len();
    let had_space = trimmed_len < out.len();
    out.truncate(trimmed_len);
    if *open_mark == Some(out.len()) {
        // An empty pair, `<b></b>` or `<b> </b>`: drop the opening marker too.
        out.truncate(out.len() - mark.len());
    } else {
        out.push_str(mark);
    }
    *open_mark = None;
    if had_space {
        out.push(' ');
    }
}

/// Parses `<name ...>` or `</name>` at the start of `s`: (lower-case name, closing, length).
fn parse_tag(s: &str) -> Option<(String, bool, usize)> {
    let body = &s[1..];
    let (closing, body) = match body.strip_prefix('/') {
        Some(b) => (true, b),
        None => (false, body),
    };
    let name_len = body
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if name_len == 0 || !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let after = &body[name_len..];
    if !after.starts_with(['>', ' ', '/', '\t']) {
        return None;
    }
    let end = after
        .char_indices()
        .take(400)
        .find(|(_, c)| *c == '>' || *c == '<')?;
    if after[end.0..].starts_with('<') {
        return None;
    }
    let len = 1 + usize::from(closing) + name_len + end.0 + 1;
    let name = body[..name_len].to_ascii_lowercase();
    let known = DROPPED_TAGS.contains(&name.as_str())
        || matches!(
            name.as_str(),
            "b" | "strong" | "i" | "em" | "code" | "br" | "li" | "td" | "th"
        );
    known.then_some((name, closing, len))
}

/// An HTML `<table>` block as a Markdown pipe table, one row per `<tr>`.
pub(super) fn html_table(lines: &[&str]) -> String {
    let joined = lines.join("\n");
    let lower = joined.to_ascii_lowercase();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut pos = 0;
    while let Some(tr) = lower[pos..].find("<tr") {
        let row_start = pos + tr;
        // A row ends at `</tr>` or, when that is missing, at the next `<tr`.
        let row_end = find_tag(&lower[row_start + 3..], &["</tr>", "<tr"])
            .map_or(lower.len(), |e| row_start + 3 + e);
        let row = &joined[row_start..row_end];
        let row_lower = &lower[row_start..row_end];
        let mut cells = Vec::new();
        let mut cpos = 0;
        while let Some(c) = find_cell(&row_lower[cpos..]) {
            let cell_start = cpos + c;
            let content_start = row[cell_start..]
                .find('>')
                .map_or(row.len(), |g| cell_start + g + 1);
            let cell_end =
                find_cell_end(&row_lower[content_start..]).map_or(row.len(), |e| content_start + e);
            let cell = prose(&row[content_start..cell_end], true);
            cells.push(text::one_line(&cell).replace('|', "\\|"));
            cpos = cell_end.max(cell_start + 1);
        }
        if !cells.is_empty() {
            rows.push(cells);
        }
        pos = row_end.max(row_start + 1);
    }
    let mut out = String::from("\n");
    for (n, row) in rows.iter().enumerate() {
        out.push_str("| ");
        out.push_str(&row.join(" | "));
        out.push_str(" |\n");
        if n == 0 {
            out.push('|');
            out.push_str(&" --- |".repeat(row.len()));
            out.push('\n');
        }
    }
    out.push('\n');
    out
}

/// The first `<` at which one of `tags` starts; one pass, so a huge row stays linear.
fn find_tag(s: &str, tags: &[&str]) -> Option<usize> {
    s.match_indices('<')
        .map(|(i, _)| i)
        .find(|i| tags.iter().any(|t| s[*i..].starts_with(t)))
}

fn find_cell(s: &str) -> Option<usize> {
    find_tag(s, &["<td", "<th"])
}

fn find_cell_end(s: &str) -> Option<usize> {
    find_tag(s, &["</td>", "</th>", "<td", "<th", "</tr"])
}
