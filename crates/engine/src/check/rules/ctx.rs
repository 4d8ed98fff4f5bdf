//! What a detection function reads ([`Ctx`]: the trees, the effective config, the group) and
//! what it returns ([`Hit`]: a place and the message's arguments), with the helpers that
//! place a hit on an element, an attribute, a value or the section a fix belongs in.
//!
//! Owns placement only; must not decide whether a rule fires.

use crate::check::config::{Effective, Val};
use crate::check::report::Severity;
use crate::check::schema::parse_bool;
use crate::check::throughput::Throughput;
use crate::check::tree::{Attr, Elem, Role, Tree};

/// What detection functions read.
pub(crate) struct Ctx<'a> {
    pub trees: &'a [Tree],
    pub eff: &'a Effective,
    /// At least one file has a `<serverconf>` root: "missing" findings are meaningful.
    pub complete: bool,
    pub throughput: Option<&'a Throughput>,
    /// When several instance files were given, the one this group checks (index in `trees`):
    /// a finding about a value no file sets is placed in it, so the reader knows which
    /// instance lacks the value.
    pub instance: Option<usize>,
}

/// A place a rule fired, with its message arguments.
#[derive(Clone, Debug)]
pub(crate) struct Hit {
    pub tree: usize,
    pub line: Option<u32>,
    pub col: Option<u32>,
    pub args: Vec<(&'static str, String)>,
    pub severity: Option<Severity>,
    /// The hit is about a value no file sets. A fragment proves nothing about what it does
    /// not contain, so such hits are dropped when the group has no complete file.
    pub missing: bool,
}

impl Hit {
    /// A hit at a place, with no arguments yet.
    pub fn at(tree: usize, line: Option<u32>, col: Option<u32>) -> Hit {
        Hit {
            tree,
            line,
            col,
            args: Vec::new(),
            severity: None,
            missing: false,
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Hit {
        self.args.push((name, value.to_string()));
        self
    }

    pub fn severity(mut self, s: Severity) -> Hit {
        self.severity = Some(s);
        self
    }
}

impl<'a> Ctx<'a> {
    /// Every element of every tree, with its tree index.
    pub fn elems(&self) -> impl Iterator<Item = (usize, &'a Elem)> + 'a {
        self.trees
            .iter()
            .enumerate()
            .flat_map(|(i, t)| t.elems.iter().map(move |e| (i, e)))
    }

    /// Elements at exactly `path`.
    pub fn at(&self, path: &'a str) -> impl Iterator<Item = (usize, &'a Elem)> + 'a {
        self.elems().filter(move |(_, e)| e.path == path)
    }

    /// Whether any tree has an element at `path` or below.
    pub fn section_seen(&self, path: &str) -> bool {
        self.elems()
            .any(|(_, e)| e.path == path || e.path.starts_with(&format!("{path}/")))
    }

    /// A hit on an element.
    pub fn on_elem(&self, tree: usize, e: &Elem) -> Hit {
        Hit::at(tree, Some(e.line), Some(e.col))
    }

    /// A hit on an attribute already in hand (no lookup by name: an element may have
    /// thousands of attributes, and rules walk all of them).
    pub fn on_a(&self, tree: usize, a: &Attr) -> Hit {
        Hit::at(tree, Some(a.line), Some(a.col))
    }

    /// A hit on one attribute of an element.
    pub fn on_attr(&self, tree: usize, e: &Elem, attr: &str) -> Hit {
        match e.attr(attr) {
            Some(a) => Hit::at(tree, Some(a.line), Some(a.col)),
            None => self.on_elem(tree, e),
        }
    }

    /// A hit on an effective value: where it was set, else (the value comes from no file, so
    /// the hit is marked `missing`) on the section that should have set it.
    pub fn on_val(&self, val: Option<&Val>, path: &str) -> Hit {
        if let Some(Val {
            tree: Some(t),
            line,
            col,
            ..
        }) = val
        {
            return Hit::at(*t, Some(*line), Some(*col));
        }
        Hit {
            missing: true,
            ..self.on_section(path)
        }
    }

    /// A hit on the section at `path` where a fix would go: in this group's instance file when
    /// several were given, else the last element at `path` (preferring an instance file), else
    /// its closest ancestor, else the first complete file.
    pub fn on_section(&self, path: &str) -> Hit {
        let mut owner = path;
        loop {
            let found = match self.instance {
                Some(i) => self.trees[i]
                    .elems
                    .iter()
                    .rfind(|e| e.path == owner)
                    .map(|e| (i, e)),
                None => self
                    .elems()
                    .filter(|(_, e)| e.path == owner)
                    .max_by_key(|(t, _)| self.trees[*t].role == Role::Instance),
            };
            if let Some((t, e)) = found {
                return self.on_elem(t, e);
            }
            match owner.rfind('/') {
                Some(i) => owner = &owner[..i],
                None => break,
            }
        }
        let t = self
            .instance
            .or_else(|| self.trees.iter().position(|t| !t.partial))
            .unwrap_or(0);
        Hit::at(t, None, None)
    }

    /// The effective boolean at `path@attr` (`None` when unset without default or invalid).
    pub fn flag(&self, path: &str, attr: &str) -> Option<bool> {
        self.eff
            .get(path, attr)
            .and_then(|v| parse_bool(v.value.trim()))
    }
}
