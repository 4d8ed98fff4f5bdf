//! The owned tree a loaded file becomes: elements with canonical paths (fragments anchored
//! where they belong), attributes with their line and column and the facts looked up once
//! (documented parameter, credential or not), and commented-out markup.
//!
//! Owns the conversion from roxmltree, iteratively: nothing here recurses over the input,
//! and nothing here decides whether a file is acceptable (that is `load`).

use roxmltree::{Document, NodeType};

use super::schema::{in_list, schema, Param};
use super::secrets::is_secret_attr;

/// Which role a file plays in the merge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// `serverConf.xml` (or an unnamed file): the base.
    Base,
    /// `config-<instance>.xml`: wins over the base value by value.
    Instance,
}

/// One attribute with its position.
#[derive(Clone, Debug)]
pub(crate) struct Attr {
    pub name: String,
    pub value: String,
    pub line: u32,
    pub col: u32,
    /// The documented parameter (underscore prefix ignored), looked up once here.
    pub param: Option<&'static Param>,
    /// Whether the attribute holds a credential (by its name), decided once here.
    pub secret: bool,
}

/// One element of the owned tree.
#[derive(Clone, Debug)]
pub(crate) struct Elem {
    pub name: String,
    /// Canonical path, e.g. `serverconf/mta/child/smtp` (fragments are anchored).
    pub path: String,
    pub attrs: Vec<Attr>,
    pub line: u32,
    pub col: u32,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    /// The path is a documented node.
    pub documented: bool,
    /// The element is, or is inside, a list element (not merged across files).
    pub list: bool,
}

impl Elem {
    pub fn attr(&self, name: &str) -> Option<&Attr> {
        self.attrs.iter().find(|a| a.name == name)
    }
}

/// A comment that contains markup: commented-out configuration.
#[derive(Clone, Debug)]
pub(crate) struct CommentedOut {
    pub line: u32,
}

/// A parsed file.
#[derive(Clone, Debug)]
pub(crate) struct Tree {
    pub file: String,
    pub role: Role,
    /// A fragment (no `<serverconf>` root): absent sections prove nothing.
    pub partial: bool,
    pub elems: Vec<Elem>,
    pub commented_out: Vec<CommentedOut>,
}

/// The role a file name suggests.
pub(crate) fn role_of(name: &str) -> Role {
    let base = name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(name)
        .to_ascii_lowercase();
    if base.starts_with("config-") || base.starts_with("conf-") {
        Role::Instance
    } else {
        Role::Base
    }
}

/// Whether a `<` is followed by a name start somewhere: a start tag exists.
pub(crate) fn has_element_start(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'_'))
}

/// Byte offsets to 1-based (line, column in characters). roxmltree's own `text_pos_at`
/// rescans from the start of the text on every call; this keeps the whole walk linear:
/// a line index, plus counting from the previous position when it is on the same line.
struct Positions<'t> {
    text: &'t str,
    starts: Vec<usize>,
    prefix: u32,
    /// (row index, byte offset, column) of the last answer.
    last: (usize, usize, usize),
}

impl<'t> Positions<'t> {
    fn new(text: &'t str, prefix: u32) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Positions {
            text,
            starts,
            prefix,
            last: (0, 0, 1),
        }
    }

    fn at(&mut self, at: usize) -> (u32, u32) {
        let row = self.starts.partition_point(|&s| s <= at).max(1) - 1;
        let (last_row, last_at, last_col) = self.last;
        let (from, base) = if row == last_row && at >= last_at {
            (last_at, last_col)
        } else {
            (self.starts[row], 1)
        };
        let col = base + self.text.get(from..at).map_or(0, |t| t.chars().count());
        self.last = (row, at, col);
        let row = u32::try_from(row + 1).unwrap_or(u32::MAX);
        let col = u32::try_from(col).unwrap_or(u32::MAX);
        let col = if row == 1 {
            col.saturating_sub(self.prefix)
        } else {
            col
        };
        (row, col.max(1))
    }
}

/// An element's path: below its parent's, else (a top element) `serverconf` or the anchor
/// the schema gives a fragment's top element.
fn element_path(parent: Option<&str>, tag: &str) -> String {
    match parent {
        Some(p) => format!("{p}/{tag}"),
        None if tag.eq_ignore_ascii_case("serverconf") => "serverconf".to_string(),
        None => schema()
            .anchor(tag)
            .map_or_else(|| format!("serverconf/{tag}"), str::to_string),
    }
}

/// An element's attributes with their positions, schema entries (from `documented`, the
/// parameters of `path`) and whether each holds a credential.
fn attributes(
    node: roxmltree::Node,
    path: &str,
    documented: &[&'static Param],
    positions: &mut Positions,
) -> Vec<Attr> {
    node.attributes()
        .map(|a| {
            let (line, col) = positions.at(a.range().start);
            let bare = a.name().trim_start_matches('_');
            Attr {
                name: a.name().to_string(),
                value: a.value().to_string(),
                line,
                col,
                // One hash per element, then a short scan, instead of one per attribute.
                param: documented.iter().find(|p| p.attr == bare).copied(),
                secret: is_secret_attr(path, bare),
            }
        })
        .collect()
}

/// Converts the parsed document into the owned tree, iteratively.
pub(crate) fn build_tree(name: &str, doc: &Document, prefix: u32, partial: bool) -> Tree {
    let s = schema();
    let mut positions = Positions::new(doc.input_text(), prefix);
    let mut elems: Vec<Elem> = Vec::new();
    let mut commented_out = Vec::new();
    let mut documented: Vec<&'static Param> = Vec::new();
    // (node, parent index in elems); the parent's path is read back from `elems`.
    let mut stack: Vec<(roxmltree::Node, Option<usize>)> = Vec::new();
    for top in doc.root_element().children().rev() {
        stack.push((top, None));
    }
    while let Some((node, parent)) = stack.pop() {
        match node.node_type() {
            NodeType::Comment => {
                let text = node.text().unwrap_or_default();
                if has_element_start(text) {
                    commented_out.push(CommentedOut {
                        line: positions.at(node.range().start).0,
                    });
                }
                continue;
            }
            NodeType::Element => {}
            _ => continue,
        }
        let tag = node.tag_name().name().to_string();
        let path = element_path(parent.map(|p| elems[p].path.as_str()), &tag);
        documented.clear();
        documented.extend(s.params_of(&path));
        let (line, col) = positions.at(node.range().start);
        let attrs = attributes(node, &path, &documented, &mut positions);
        let idx = elems.len();
        elems.push(Elem {
            name: tag,
            documented: !documented.is_empty(),
            list: in_list(&path),
            path,
            attrs,
            line,
            col,
            parent,
            children: Vec::new(),
        });
        if let Some(p) = parent {
            elems[p].children.push(idx);
        }
        // Only elements and comments matter; whitespace text never reaches the stack.
        for child in node.children().rev() {
            if child.is_element() || child.is_comment() {
                stack.push((child, Some(idx)));
            }
        }
    }
    Tree {
        file: name.to_string(),
        role: role_of(name),
        partial,
        elems,
        commented_out,
    }
}
