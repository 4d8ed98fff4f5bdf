use super::parse_error::unclosed_start;
use super::*;
use crate::check::tree::{role_of, Role};

fn ids(l: &Loaded) -> Vec<&str> {
    l.findings.iter().map(|f| f.rule).collect()
}

#[test]
fn full_file_loads_with_paths_and_lines() {
    let xml = "<?xml version='1.0'?>\n<serverconf>\n  <shared><dnsConfig localDomain=\"x.com\"/></shared>\n  <mta statServerAddress=\"localhost\"/>\n</serverconf>\n";
    let l = load("serverConf.xml", xml.as_bytes());
    let t = l.tree.expect("loads");
    assert!(!t.partial);
    let mta = t.elems.iter().find(|e| e.name == "mta").unwrap();
    assert_eq!(
        (mta.path.as_str(), mta.line, mta.col),
        ("serverconf/mta", 4, 3)
    );
    let dns = t.elems.iter().find(|e| e.name == "dnsConfig").unwrap();
    assert_eq!(dns.path, "serverconf/shared/dnsConfig");
    assert_eq!(dns.attr("localDomain").unwrap().line, 3);
    assert!(ids(&Loaded {
        tree: None,
        findings: l.findings
    })
    .is_empty());
}

#[test]
fn columns_count_characters_not_bytes() {
    let xml = "<serverconf>\n  <mta label=\"été\" logLevel=\"3\"/>\n</serverconf>";
    let t = load("f", xml.as_bytes()).tree.unwrap();
    let mta = &t.elems[1];
    assert_eq!((mta.line, mta.col), (2, 3));
    let cols: Vec<u32> = mta.attrs.iter().map(|a| a.col).collect();
    assert_eq!(cols, [8, 20]);
}

#[test]
fn fragment_is_anchored_and_partial() {
    let l = load("paste", b"<IPAffinity name=\"a\"><IP address=\"1.2.3.4\"/></IPAffinity>\n<stat autoStart=\"true\"/>");
    assert_eq!(ids(&l), ["input-fragment-no-root"]);
    let t = l.tree.unwrap();
    assert!(t.partial);
    assert_eq!(t.elems[1].path, "serverconf/mta/child/smtp/IPAffinity/IP");
    assert_eq!(t.elems[0].col, 1);
}

#[test]
fn refusals_have_their_ids() {
    let cases: &[(&[u8], &str)] = &[
        (b"\x00\x01binary", "input-not-xml"),
        (b"just some words", "input-not-xml"),
        (b"&lt;serverconf&gt;&lt;mta/&gt;", "input-html-escaped"),
        (
            b"<Server port=\"8005\"><Service/></Server>",
            "input-wrong-root",
        ),
        (b"<serverconf><mta></serverconf>", "input-not-well-formed"),
        (
            b"<!DOCTYPE lolz [<!ENTITY lol \"lol\">]><lolz>&lol;</lolz>",
            "input-doctype-or-entity",
        ),
    ];
    for (bytes, id) in cases {
        let l = load("f", bytes);
        assert!(l.tree.is_none(), "{id}");
        assert_eq!(ids(&l), [*id], "{}", String::from_utf8_lossy(bytes));
    }
}

#[test]
fn parse_error_position_ignores_the_wrapper() {
    let l = load("f", b"<mta><child></mta>");
    let f = &l.findings[0];
    assert_eq!(f.rule, "input-not-well-formed");
    assert_eq!(f.line, Some(1));
    assert!(f.column.unwrap() <= 19, "{f:?}");
    assert_eq!(f.arg("kind"), Some("mismatched"));
}

#[test]
fn never_closed_points_at_the_start_tag() {
    let at = |text: &str| {
        let l = load("serverConf.xml", text.as_bytes());
        let f = l
            .findings
            .iter()
            .find(|f| f.rule == "input-not-well-formed")
            .expect("refused");
        (f.line, f.column, f.args.clone())
    };
    // One line, never closed: the parser gives up past the end.
    let (line, col, args) = at(r#"<master dataBasePoolPeriodSec="30" a="x>y">"#);
    assert_eq!((line, col), (Some(1), Some(1)));
    assert_eq!(args[0].1, "unclosed");
    assert_eq!(args[1].1, "master");
    // Nested, with a comment and a self-closed sibling in the way.
    let text = "<serverconf>\n  <shared>\n    <!-- <mta> -->\n    <mta autoStart=\"t>\">\n    <x/></mta>\n  </shared>\n";
    let (line, col, args) = at(text);
    assert_eq!(args[0].1, "unclosed", "{args:?}");
    assert_eq!(args[1].1, "serverconf", "{args:?}");
    assert_eq!((line, col), (Some(1), Some(1)));
    let text =
        "<serverconf>\n  <shared>\n    <!-- <mta> -->\n    <mta autoStart=\"true\">\n    <x/>\n";
    assert_eq!(
        unclosed_start(text, "mta").map(|(_, l, c)| (l, c)),
        Some((4, 5))
    );
    assert_eq!(
        unclosed_start(text, "").map(|(n, l, _)| (n, l)),
        Some(("mta".into(), 4))
    );
}

#[test]
fn a_markdown_fence_around_a_declaration_is_not_the_document() {
    let text = "```xml\n<?xml version='1.0'?>\n<serverconf>\n<mta/>\n</serverconf>\n```\n";
    let l = load("paste", text.as_bytes());
    let t = l.tree.expect("accepted");
    assert_eq!(t.elems[1].line, 4);
}

#[test]
fn too_large_is_refused_before_decoding() {
    let big = vec![b' '; MAX_INPUT_BYTES + 1];
    assert_eq!(ids(&load("f", &big)), ["input-too-large"]);
}

#[test]
fn roles_from_names() {
    assert_eq!(role_of("conf/config-prod.xml"), Role::Instance);
    assert_eq!(role_of("serverConf.xml"), Role::Base);
    assert_eq!(role_of("-"), Role::Base);
}
