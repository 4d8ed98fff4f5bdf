//! The effective config of one merge group (the base files plus at most one
//! `config-<instance>.xml`, see `check::run`): merged attribute by attribute, base files first
//! and the instance file last so its value wins, with the documented default where no file
//! sets a value, and the file and line of every value.
//!
//! List elements (`IPAffinity`, `IP`, `url`, ...) are not merged: Campaign's list merge is not
//! documented, so rules read them per file. Underscore-prefixed attributes are not config.

use std::collections::BTreeMap;

use super::schema::{parse_whole, schema, Kind, Width};
use super::tree::{Attr, Role, Tree};

/// Where one effective value lives.
#[derive(Clone, Debug)]
pub(crate) struct Val {
    pub value: String,
    /// Index of the tree in the loaded set; `None` for a documented default.
    pub tree: Option<usize>,
    pub line: u32,
    pub col: u32,
}

/// One value overridden by a later file.
#[derive(Clone, Debug)]
pub(crate) struct Override {
    pub path: String,
    pub attr: String,
    pub earlier: Val,
    pub later: Val,
}

/// The merged view of all accepted files.
#[derive(Debug, Default)]
pub(crate) struct Effective {
    values: BTreeMap<(String, String), Val>,
    pub overrides: Vec<Override>,
}

impl Effective {
    /// Merges `trees` in merge order (base files, then instance files).
    pub fn build(trees: &[Tree]) -> Effective {
        let mut order: Vec<usize> = (0..trees.len()).collect();
        order.sort_by_key(|&i| (trees[i].role == Role::Instance, i));
        let mut eff = Effective::default();
        for i in order {
            for e in &trees[i].elems {
                if e.list {
                    continue;
                }
                for a in &e.attrs {
                    if a.name.starts_with('_') {
                        continue;
                    }
                    eff.set(&e.path, a, i);
                }
            }
        }
        eff
    }

    fn set(&mut self, path: &str, a: &Attr, tree: usize) {
        let val = Val {
            value: a.value.clone(),
            tree: Some(tree),
            line: a.line,
            col: a.col,
        };
        let key = (path.to_string(), a.name.clone());
        if let Some(old) = self.values.insert(key, val.clone()) {
            if old.tree != Some(tree) && old.value.trim() != a.value.trim() {
                self.overrides.push(Override {
                    path: path.to_string(),
                    attr: a.name.clone(),
                    earlier: old,
                    later: val,
                });
            }
        }
    }

    /// The value set in some file, ignoring defaults.
    pub fn set_value(&self, path: &str, attr: &str) -> Option<&Val> {
        self.values.get(&(path.to_string(), attr.to_string()))
    }

    /// The value set in some file, else the documented default.
    pub fn get(&self, path: &str, attr: &str) -> Option<Val> {
        if let Some(v) = self.set_value(path, attr) {
            return Some(v.clone());
        }
        self.default_of(path, attr)
    }

    /// The documented default of `path@attr`.
    fn default_of(&self, path: &str, attr: &str) -> Option<Val> {
        let p = schema().param(path, attr)?;
        p.default.map(|d| Val {
            value: d.to_string(),
            tree: None,
            line: 0,
            col: 0,
        })
    }

    /// The effective number at `path@attr`, if it is a whole number its type holds. A value
    /// set in a file that is not one gives `None`, never the default: `number-value-invalid`
    /// reports it, and figures built on it are left out.
    pub fn number(&self, path: &str, attr: &str) -> Option<(i64, Val)> {
        let v = match self.set_value(path, attr) {
            // Empty is "not set": the default applies.
            Some(v) if v.value.trim().is_empty() => self.default_of(path, attr)?,
            _ => self.get(path, attr)?,
        };
        let n = parse_whole(&v.value, width_of(path, attr)).ok()?;
        Some((n, v))
    }

    /// Every value set in a file, in path order.
    pub fn iter_set(&self) -> impl Iterator<Item = (&str, &str, &Val)> {
        self.values
            .iter()
            .map(|((p, a), v)| (p.as_str(), a.as_str(), v))
    }
}

/// The integer type of a documented number attribute; `Long` for anything else.
pub(crate) fn width_of(path: &str, attr: &str) -> Width {
    match schema().param(path, attr).map(|p| p.kind) {
        Some(Kind::Number(w)) => w,
        _ => Width::Long,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::load::load;

    fn tree(name: &str, xml: &str) -> Tree {
        load(name, xml.as_bytes()).tree.expect("loads")
    }

    #[test]
    fn instance_wins_value_by_value_and_defaults_fill_in() {
        let base = tree(
            "serverConf.xml",
            "<serverconf><mta statServerAddress=\"\" logLevel=\"3\"/></serverconf>",
        );
        let inst = tree(
            "config-prod.xml",
            "<serverconf>\n<mta statServerAddress=\"stat:7777\"/></serverconf>",
        );
        // Instance given first: order of arguments must not matter.
        let eff = Effective::build(&[inst, base]);
        let s = eff.get("serverconf/mta", "statServerAddress").unwrap();
        assert_eq!(
            (s.value.as_str(), s.tree, s.line),
            ("stat:7777", Some(0), 2)
        );
        assert_eq!(eff.get("serverconf/mta", "logLevel").unwrap().value, "3");
        let d = eff.get("serverconf/mta/master", "maxSpareServers").unwrap();
        assert_eq!((d.value.as_str(), d.tree), ("2", None));
        assert_eq!(eff.overrides.len(), 1);
    }

    #[test]
    fn a_number_that_is_not_whole_is_not_replaced_by_the_default() {
        let t = tree(
            "serverConf.xml",
            "<serverconf><mta><master maxSpareServers=\"4.0\"/></mta></serverconf>",
        );
        let eff = Effective::build(&[t]);
        assert!(eff
            .number("serverconf/mta/master", "maxSpareServers")
            .is_none());
    }

    #[test]
    fn underscore_attributes_are_not_config() {
        let t = tree(
            "config-a.xml",
            "<serverconf><mta _autoStart=\"true\"/></serverconf>",
        );
        let eff = Effective::build(&[t]);
        assert_eq!(
            eff.get("serverconf/mta", "autoStart").unwrap().value,
            "false"
        );
    }
}
