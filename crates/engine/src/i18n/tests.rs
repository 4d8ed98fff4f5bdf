//! Completeness of the bundled locales: every message exists in all five languages, with the
//! same attributes and the same variables.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// message id -> (attribute names, variable names used anywhere in the message)
type Shape = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn shape_of(sources: &[(String, String)]) -> Shape {
    let mut shape = Shape::new();
    for (file, text) in sources {
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errs)| panic!("{file}: {errs:?}"));
        for entry in resource.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            assert!(
                !shape.contains_key(&id),
                "{file}: message {id} is defined twice"
            );
            let mut vars = BTreeSet::new();
            if let Some(p) = &value {
                pattern_vars(p, &mut vars);
            }
            let mut attrs = BTreeSet::new();
            for a in &attributes {
                attrs.insert(a.id.name.to_string());
                pattern_vars(&a.value, &mut vars);
            }
            shape.insert(id, (attrs, vars));
        }
    }
    shape
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

#[test]
fn every_locale_file_parses() {
    let (_, errors) = Localizer::from_sources(embedded_files());
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn every_message_exists_in_all_five_languages_with_the_same_variables() {
    let l10n = Localizer::bundled();
    let english = shape_of(l10n.sources(Lang::En));
    assert!(!english.is_empty(), "no English messages at all");
    for lang in Lang::ALL {
        let other = shape_of(l10n.sources(lang));
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang}: missing messages {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang}: messages not in English {extra:?}"
        );
        for (id, (attrs, vars)) in &english {
            let (o_attrs, o_vars) = &other[id];
            assert_eq!(
                attrs, o_attrs,
                "{lang}: attributes of {id} differ from English"
            );
            assert_eq!(
                vars, o_vars,
                "{lang}: variables of {id} differ from English"
            );
        }
    }
}

#[test]
fn missing_message_falls_back_to_english_then_to_its_id() {
    let files = vec![
        (
            Lang::En,
            "en/t.ftl".to_string(),
            "only-en = hello { $name }\n".to_string(),
        ),
        (
            Lang::Fr,
            "fr/t.ftl".to_string(),
            "other = autre\n".to_string(),
        ),
    ];
    let (l10n, errors) = Localizer::from_sources(files);
    assert!(errors.is_empty());
    assert_eq!(
        l10n.msg(Lang::Fr, "only-en", &[("name", "Ann".into())]),
        "hello Ann"
    );
    assert_eq!(l10n.msg(Lang::Fr, "other", &[]), "autre");
    assert_eq!(l10n.msg(Lang::Sv, "nowhere", &[]), "nowhere");
    assert!(!l10n.has(Lang::Fr, "only-en"));
}

#[test]
fn broken_source_is_reported_not_fatal() {
    let files = vec![(
        Lang::En,
        "en/bad.ftl".to_string(),
        "good = ok\n= broken\n".to_string(),
    )];
    let (l10n, errors) = Localizer::from_sources(files);
    assert_eq!(errors.len(), 1);
    assert!(errors[0].file.contains("bad.ftl"));
    assert_eq!(l10n.msg(Lang::En, "good", &[]), "ok");
}

#[test]
fn discord_locales_negotiate() {
    assert_eq!(negotiate("sv-SE"), Some(Lang::Sv));
    assert_eq!(negotiate("en-GB"), Some(Lang::En));
    assert_eq!(negotiate("en-US"), Some(Lang::En));
    assert_eq!(negotiate("pt-BR"), None);
}
