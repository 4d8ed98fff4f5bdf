//! The labelled query set: a TSV with the header `id lang query expected kind source`.
//!
//! `query` is one line with `\n`, `\t`, `\r` and `\\` escaped; `expected` is one article id,
//! several joined by `|` (each a right answer), or `NONE` (the query must be declined).
//! Blank lines and lines starting with `#` are skipped. Columns are found by their header
//! name, so they may come in any order; `kind` and `source` may be missing.

/// One labelled query of a set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Query {
    /// The query's id in the set (`b-en-001`).
    pub id: String,
    /// The language of the asker's own words, as written in the set (`en`, `fr`, ...).
    pub lang: String,
    /// The query text, unescaped.
    pub query: String,
    /// The article ids that are right answers; empty when the query must be declined.
    pub expected: Vec<String>,
    /// The kind of query (`bare`, `log`, `negative`, ...); empty when the set has no `kind`.
    pub kind: String,
}

impl Query {
    /// Whether the query must be declined (`expected` is `NONE`).
    pub fn must_decline(&self) -> bool {
        self.expected.is_empty()
    }

    /// Whether `id` is one of the right answers.
    pub fn is_right(&self, id: &str) -> bool {
        self.expected.iter().any(|e| e == id)
    }
}

/// Why a query set could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum QuerySetError {
    /// The header (first line) lacks a required column.
    #[error(
        "the header must name the columns id, lang, query, expected (and kind, source); \
         missing: {}",
        .missing.join(", ")
    )]
    MissingColumns {
        /// The required columns the header does not name.
        missing: Vec<&'static str>,
    },
    /// A row has fewer cells than the `query` and `expected` columns need.
    #[error("line {line}: expected at least {needed} columns, found {found}")]
    TooFewColumns {
        /// The row's line number in the file, from 1 (the header is line 1).
        line: usize,
        /// The cells the row needs.
        needed: usize,
        /// The cells it has.
        found: usize,
    },
}

/// Reads a query set (see the module doc for the format).
pub fn parse_queries(text: &str) -> Result<Vec<Query>, QuerySetError> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let col = |name: &str| header.iter().position(|h| h.trim() == name);
    let required = ["id", "lang", "query", "expected"];
    let found: Vec<Option<usize>> = required.iter().map(|&name| col(name)).collect();
    let (Some(ci), Some(cl), Some(cq), Some(ce)) = (found[0], found[1], found[2], found[3]) else {
        let missing = required
            .iter()
            .zip(&found)
            .filter(|(_, at)| at.is_none())
            .map(|(name, _)| *name)
            .collect();
        return Err(QuerySetError::MissingColumns { missing });
    };
    let ck = col("kind");
    let needed = cq.max(ce) + 1;
    let mut rows = Vec::new();
    for (n, line) in lines.enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() < needed {
            return Err(QuerySetError::TooFewColumns {
                line: n + 2,
                needed,
                found: cells.len(),
            });
        }
        let get = |i: usize| cells.get(i).copied().unwrap_or_default();
        let expected = get(ce).trim();
        rows.push(Query {
            id: get(ci).to_string(),
            lang: get(cl).to_string(),
            query: unescape(get(cq)),
            expected: if expected.eq_ignore_ascii_case("NONE") {
                Vec::new()
            } else {
                expected.split('|').map(|s| s.trim().to_string()).collect()
            },
            kind: ck.map(get).unwrap_or_default().to_string(),
        });
    }
    Ok(rows)
}

/// Undoes the escapes of the `query` column; an unknown escape is kept as written.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "id\tlang\tquery\texpected\tkind\tsource\n";

    #[test]
    fn rows_parse_with_escapes_several_expected_and_none() {
        let rows = parse_queries(&format!(
            "{HEADER}\
             q1\tfr\tligne 1\\nligne\\t2 \\\\ fin \\q\\\tKB-0001| KB-0002\tlog\tme\n\
             \n\
             # a comment\n\
             q2\ten\thello\tnone\tsmalltalk\tme\n"
        ))
        .expect("parses");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].query, "ligne 1\nligne\t2 \\ fin \\q\\");
        assert_eq!(rows[0].expected, ["KB-0001", "KB-0002"]);
        assert!(rows[0].is_right("KB-0002") && !rows[0].is_right("KB-0003"));
        assert_eq!(
            (rows[0].lang.as_str(), rows[0].kind.as_str()),
            ("fr", "log")
        );
        assert!(rows[1].must_decline());
        assert!(!rows[0].must_decline());
    }

    #[test]
    fn columns_are_found_by_name_and_kind_may_be_missing() {
        let rows = parse_queries("expected\tquery\tlang\tid\nKB-1\thi\tsv\tq9\n").expect("parses");
        assert_eq!(
            rows,
            [Query {
                id: "q9".into(),
                lang: "sv".into(),
                query: "hi".into(),
                expected: vec!["KB-1".into()],
                kind: String::new(),
            }]
        );
    }

    #[test]
    fn a_header_without_the_required_columns_says_which_are_missing() {
        let err = parse_queries("id\tquery\tkind\n").expect_err("no lang, no expected");
        assert_eq!(
            err,
            QuerySetError::MissingColumns {
                missing: vec!["lang", "expected"]
            }
        );
        assert!(
            err.to_string().ends_with("missing: lang, expected"),
            "{err}"
        );
        assert!(parse_queries("").is_err());
    }

    #[test]
    fn a_short_row_is_reported_with_its_line_number() {
        // Line 1 the header, 2 a good row, 3 blank, 4 the short one.
        let text = format!("{HEADER}q1\ten\thi\tKB-1\tbare\tme\n\nq2\ten\thi\n");
        let err = parse_queries(&text).expect_err("row 4 lacks expected");
        assert_eq!(
            err,
            QuerySetError::TooFewColumns {
                line: 4,
                needed: 4,
                found: 3
            }
        );
        assert_eq!(
            err.to_string(),
            "line 4: expected at least 4 columns, found 3"
        );
    }
}
