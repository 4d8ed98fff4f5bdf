use super::*;

#[test]
fn ids_are_unique_and_well_formed() {
    let mut seen = std::collections::HashSet::new();
    for r in RULES {
        assert!(
            seen.insert(r.id.to_ascii_lowercase()),
            "duplicate id {}",
            r.id
        );
        assert!(
            r.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && !r.id.starts_with('-')
                && !r.id.ends_with('-'),
            "id {} is not kebab-case",
            r.id
        );
    }
    for (old, new) in RENAMED {
        assert!(rule(new).is_some(), "{old} renamed to unknown {new}");
        assert!(rule(old).is_none(), "{old} is both renamed and live");
    }
    for (old, _) in RETIRED {
        assert!(rule(old).is_none(), "{old} is both retired and live");
    }
}

#[test]
fn every_rule_has_its_messages_in_all_five_languages() {
    let l10n = crate::i18n::Localizer::bundled();
    for r in RULES {
        for lang in crate::Lang::ALL {
            let id = r.message_id();
            assert!(l10n.has(lang, &id), "{lang}: missing {id}");
            for attr in Rule::ATTRIBUTES {
                assert!(
                    l10n.attr(lang, &id, attr, &[]).is_some(),
                    "{lang}: {id} has no .{attr}"
                );
            }
        }
    }
}

#[test]
fn articles_are_known_ids() {
    for r in RULES {
        for a in r.articles {
            assert!(
                a.starts_with("KB-00") || a.starts_with("KA-"),
                "{}: odd article id {a}",
                r.id
            );
        }
    }
}

#[test]
fn lookup_is_case_insensitive() {
    assert!(matches!(lookup("INPUT-TOO-DEEP"), Some(Lookup::Rule(r)) if r.id == "input-too-deep"));
    assert!(lookup("no-such-rule").is_none());
}
