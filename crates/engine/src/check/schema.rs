//! What a serverConf file may contain: the documented nodes and attributes with their types
//! and defaults (the embedded `params.tsv`), which sections live under `<shared>` and which
//! are modules under the root, and where a pasted fragment's top element belongs.
//!
//! Owns facts only; knows nothing of findings or files.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// The type column of the table, as far as the checker cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Boolean,
    /// A whole number of the given Campaign integer type.
    Number(Width),
    Text,
}

/// The Campaign integer types of the table (`Byte`, `Short`, `Long`): signed, 8, 16 and 32 bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Width {
    Byte,
    Short,
    Long,
}

impl Width {
    /// The type's name as the reference table spells it (shown in findings).
    pub fn name(self) -> &'static str {
        match self {
            Width::Byte => "Byte",
            Width::Short => "Short",
            Width::Long => "Long",
        }
    }

    /// The smallest and largest value the type holds.
    pub fn range(self) -> (i64, i64) {
        match self {
            Width::Byte => (i64::from(i8::MIN), i64::from(i8::MAX)),
            Width::Short => (i64::from(i16::MIN), i64::from(i16::MAX)),
            Width::Long => (i64::from(i32::MIN), i64::from(i32::MAX)),
        }
    }
}

/// Why a value of a number attribute is not usable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumberProblem {
    /// Not a whole number in decimal digits: `4.0`, `1e3`, `0x10`, empty, text.
    Syntax,
    /// A whole number the attribute's type cannot hold.
    Range,
}

impl NumberProblem {
    /// Stable name, used as a fluent selector.
    pub fn name(self) -> &'static str {
        match self {
            NumberProblem::Syntax => "syntax",
            NumberProblem::Range => "range",
        }
    }
}

/// Reads a whole number the way the checker trusts it: decimal digits with an optional sign,
/// surrounding spaces ignored, within the type's range. Anything else is reported rather
/// than guessed at, because how nlserver reads `4.0` or `0x10` is not documented.
pub(crate) fn parse_whole(value: &str, width: Width) -> Result<i64, NumberProblem> {
    let v = value.trim();
    let digits = v.strip_prefix(['+', '-']).unwrap_or(v);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(NumberProblem::Syntax);
    }
    // Only digits are left, so a parse failure can only be an overflow of 64 bits.
    let n = v.parse::<i64>().map_err(|_| NumberProblem::Range)?;
    let (min, max) = width.range();
    if n < min || n > max {
        return Err(NumberProblem::Range);
    }
    Ok(n)
}

/// One documented attribute.
#[derive(Clone, Debug)]
pub(crate) struct Param {
    pub path: &'static str,
    pub attr: &'static str,
    pub kind: Kind,
    pub default: Option<&'static str>,
}

/// Sections that belong under `<shared>`.
pub(crate) const SHARED_SECTIONS: &[&str] = &[
    "authentication",
    "cusHeaders",
    "dataStore",
    "dnsConfig",
    "exec",
    "htmlToPdf",
    "ims",
    "imsConfig",
    "javaScript",
    "mailExchanger",
    "module",
    "monitoring",
    "ooconv",
    "proxyConfig",
    "threadPool",
    "urlPermission",
    "xtkJobs",
];

/// Module sections that belong directly under the root, beside `<shared>`.
pub(crate) const MODULES: &[&str] = &[
    "archiving",
    "inMail",
    "interactiond",
    "listProtect",
    "mta",
    "nmac",
    "pipelined",
    "repair",
    "securityZone",
    "sms",
    "stat",
    "syslogd",
    "tracking",
    "trackinglogd",
    "web",
    "wfserver",
];

/// Elements that form lists: their attributes are reported per file, never merged, because
/// how Campaign merges lists across the two files is not documented.
pub(crate) const LIST_NODES: &[&str] = &[
    "IPAffinity",
    "IP",
    "url",
    "securityZone",
    "subNetwork",
    "dataSource",
    "dbcnx",
    "virtualDir",
    "preprocessCommand",
    "spareServer",
    "mapping",
    "responseHeader",
    "dnsPattern",
    "headerDef",
    "classpath",
];

pub(crate) struct Schema {
    pub params: Vec<Param>,
    by_key: HashMap<(&'static str, &'static str), usize>,
    by_path: HashMap<&'static str, Vec<usize>>,
    /// Last path segment -> canonical path, for segments that name one node only.
    anchors: HashMap<&'static str, &'static str>,
    /// Every known element name, lower-cased -> proper spelling.
    names_ci: HashMap<String, &'static str>,
    names: HashSet<&'static str>,
}

static TABLE: &str = include_str!("params.tsv");

/// The embedded table, parsed once.
pub(crate) fn schema() -> &'static Schema {
    static SCHEMA: OnceLock<Schema> = OnceLock::new();
    SCHEMA.get_or_init(build)
}

fn build() -> Schema {
    let params = parse_table();
    let mut by_key = HashMap::new();
    let mut by_path: HashMap<&'static str, Vec<usize>> = HashMap::new();
    let mut segment_paths: HashMap<&'static str, HashSet<&'static str>> = HashMap::new();
    let mut names = HashSet::new();
    for (i, p) in params.iter().enumerate() {
        by_key.entry((p.path, p.attr)).or_insert(i);
        by_path.entry(p.path).or_default().push(i);
        let mut prefix_end = 0;
        for seg in p.path.split('/') {
            prefix_end += seg.len();
            segment_paths
                .entry(seg)
                .or_default()
                .insert(&p.path[..prefix_end]);
            prefix_end += 1;
            names.insert(seg);
        }
    }
    for name in SHARED_SECTIONS
        .iter()
        .chain(MODULES)
        .chain(["shared"].iter())
    {
        names.insert(name);
    }
    let anchors = anchors(&segment_paths);
    let names_ci = names.iter().map(|n| (n.to_ascii_lowercase(), *n)).collect();
    Schema {
        params,
        by_key,
        by_path,
        anchors,
        names_ci,
        names,
    }
}

/// The attribute rows of the embedded table, in order (comments and child-node rows skipped).
fn parse_table() -> Vec<Param> {
    let mut params = Vec::new();
    for line in TABLE.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(path), Some(attr)) = (cols.next(), cols.next()) else {
            continue;
        };
        if attr.starts_with('(') {
            continue; // a row about child nodes, not an attribute
        }
        let kind = match cols.next().unwrap_or_default() {
            "Boolean" => Kind::Boolean,
            "Long" => Kind::Number(Width::Long),
            "Short" => Kind::Number(Width::Short),
            "Byte" => Kind::Number(Width::Byte),
            _ => Kind::Text,
        };
        let default = cols.next().filter(|d| !d.is_empty());
        params.push(Param {
            path,
            attr,
            kind,
            default,
        });
    }
    params
}

/// Where a pasted fragment's top element belongs: the one path a name has in the table, a
/// chosen one for names used in two places, and every shared section and module.
fn anchors(
    segment_paths: &HashMap<&'static str, HashSet<&'static str>>,
) -> HashMap<&'static str, &'static str> {
    let mut anchors: HashMap<&'static str, &'static str> = HashMap::new();
    for (seg, paths) in segment_paths {
        if paths.len() == 1 {
            if let Some(p) = paths.iter().next() {
                anchors.insert(seg, p);
            }
        }
    }
    // Names used in two places: a pasted fragment most likely means the MTA or the
    // URL permission list, the topics users ask about.
    anchors.insert("relay", "serverconf/mta/relay");
    anchors.insert("url", "serverconf/shared/urlPermission/url");
    anchors.insert("shared", "serverconf/shared");
    anchors.insert("serverconf", "serverconf");
    for s in SHARED_SECTIONS {
        anchors
            .entry(s)
            .or_insert_with(|| leak(format!("serverconf/shared/{s}")));
    }
    for m in MODULES {
        anchors
            .entry(m)
            .or_insert_with(|| leak(format!("serverconf/{m}")));
    }
    anchors
}

/// The schema is built once per process; leaking its few dozen strings is the price of
/// `&'static str` keys everywhere else.
fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

impl Schema {
    /// The documented attribute at `path@attr`.
    pub fn param(&self, path: &str, attr: &str) -> Option<&Param> {
        self.by_key.get(&(path, attr)).map(|&i| &self.params[i])
    }

    /// The attributes documented for `path`.
    pub fn params_of(&self, path: &str) -> impl Iterator<Item = &Param> {
        self.by_path
            .get(path)
            .into_iter()
            .flatten()
            .map(|&i| &self.params[i])
    }

    /// Where a top-level element of a fragment belongs, e.g. `IPAffinity` ->
    /// `serverconf/mta/child/smtp/IPAffinity`.
    pub fn anchor(&self, name: &str) -> Option<&'static str> {
        self.anchors.get(name).copied()
    }

    /// Whether `name` is a known element name, spelled exactly.
    pub fn is_known_name(&self, name: &str) -> bool {
        self.names.contains(name)
    }

    /// The proper spelling of a known element name that `name` matches only case-insensitively.
    pub fn proper_case(&self, name: &str) -> Option<&'static str> {
        let proper = self.names_ci.get(&name.to_ascii_lowercase())?;
        (*proper != name).then_some(*proper)
    }
}

/// Whether a value is one of the accepted booleans (`true`, `false`, `1`, `0`).
pub(crate) fn parse_bool(v: &str) -> Option<bool> {
    match v {
        "true" | "1" => Some(true),
        "false" | "0" => Some(false),
        _ => None,
    }
}

/// Whether the path is inside a list element (see [`LIST_NODES`]).
pub(crate) fn in_list(path: &str) -> bool {
    path.split('/').any(|seg| LIST_NODES.contains(&seg))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_loads_with_key_defaults() {
        let s = schema();
        assert!(s.params.len() > 350);
        let p = s.param("serverconf/mta/master", "maxSpareServers").unwrap();
        assert_eq!(p.default, Some("2"));
        assert_eq!(p.kind, Kind::Number(Width::Long));
        let tls = s.param("serverconf/mta/child/smtp", "enableTLS").unwrap();
        assert_eq!((tls.kind, tls.default), (Kind::Boolean, Some("false")));
    }

    #[test]
    fn whole_numbers_only_within_their_type() {
        for ok in ["4", " 4", "-3", "+7", "2147483647"] {
            assert!(parse_whole(ok, Width::Long).is_ok(), "{ok}");
        }
        for bad in ["4.0", "1e3", "0x10", "", " ", "four", "4 0", "-"] {
            assert_eq!(
                parse_whole(bad, Width::Long),
                Err(NumberProblem::Syntax),
                "{bad}"
            );
        }
        for big in [
            "2147483648",
            "4294967296",
            "18446744073709551615",
            "99999999999999999999",
        ] {
            assert_eq!(
                parse_whole(big, Width::Long),
                Err(NumberProblem::Range),
                "{big}"
            );
        }
        assert_eq!(
            parse_whole("40000", Width::Short),
            Err(NumberProblem::Range)
        );
    }

    #[test]
    fn fragments_anchor_where_they_belong() {
        let s = schema();
        assert_eq!(
            s.anchor("IPAffinity"),
            Some("serverconf/mta/child/smtp/IPAffinity")
        );
        assert_eq!(s.anchor("dnsConfig"), Some("serverconf/shared/dnsConfig"));
        assert_eq!(s.anchor("mta"), Some("serverconf/mta"));
        assert_eq!(s.anchor("Server"), None);
        assert_eq!(s.proper_case("ipaffinity"), Some("IPAffinity"));
        assert_eq!(s.proper_case("IPAffinity"), None);
    }
}
