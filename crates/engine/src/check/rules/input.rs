//! Input robustness rules (checker ideas §1). Their findings come from `check::load` (and
//! `input-unreadable` from `check::source`, for a file the caller could not read); this file
//! only declares them.

use super::{Detect, Rule};
use crate::check::report::{Category, Severity};

const fn loader(id: &'static str, severity: Severity) -> Rule {
    Rule {
        id,
        severity,
        category: Category::Input,
        articles: &[],
        bad_example: None,
        good_example: None,
        also: &[],
        detect: Detect::Loader,
    }
}

pub(crate) const TOO_LARGE: Rule = loader("input-too-large", Severity::Error);
pub(crate) const NOT_XML: Rule = loader("input-not-xml", Severity::Error);
pub(crate) const DOCTYPE: Rule = Rule {
    bad_example: Some("<!DOCTYPE serverconf [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n<serverconf>&x;</serverconf>"),
    good_example: Some("<?xml version='1.0'?>\n<serverconf>\n  <mta statServerAddress=\"localhost\"/>\n</serverconf>"),
    ..loader("input-doctype-or-entity", Severity::Error)
};
pub(crate) const TOO_DEEP: Rule = loader("input-too-deep", Severity::Error);
pub(crate) const ENCODING: Rule = Rule {
    also: &[Severity::Info],
    ..loader("input-encoding", Severity::Error)
};
pub(crate) const SMART_QUOTES: Rule = Rule {
    bad_example: Some(
        "<proxyHTTP address=\u{201C}proxy.example.com\u{201D} port=\u{201C}8080\u{201D}/>",
    ),
    good_example: Some("<proxyHTTP address=\"proxy.example.com\" port=\"8080\"/>"),
    ..loader("input-smart-quotes", Severity::Error)
};
pub(crate) const NOT_WELL_FORMED: Rule = Rule {
    bad_example: Some(
        "<serverconf>\n  <mta autoStart=\"true\" statServerAddress=\"localhost\">\n</serverconf>",
    ),
    good_example: Some(
        "<serverconf>\n  <mta autoStart=\"true\" statServerAddress=\"localhost\"/>\n</serverconf>",
    ),
    ..loader("input-not-well-formed", Severity::Error)
};
pub(crate) const HTML_ESCAPED: Rule = Rule {
    bad_example: Some("&lt;mta statServerAddress=&quot;localhost&quot;/&gt;"),
    good_example: Some("<mta statServerAddress=\"localhost\"/>"),
    ..loader("input-html-escaped", Severity::Error)
};
pub(crate) const WRONG_ROOT: Rule = loader("input-wrong-root", Severity::Error);
pub(crate) const FRAGMENT: Rule = loader("input-fragment-no-root", Severity::Info);
pub(crate) const UNREADABLE: Rule = loader("input-unreadable", Severity::Error);
