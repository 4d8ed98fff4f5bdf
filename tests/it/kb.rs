//! The KB loader and `kbbot lint-kb` over the bundled kb/, the seeds, the kb-real corpus and
//! damaged inputs.

use std::collections::BTreeSet;
use std::path::Path;

use kbbot_engine::kb::{self, Article, ArticleId, DiagnosticKind, Kb, LangSource};
use kbbot_engine::Lang;

use crate::util;

fn langs(kb: &Kb, id: &str) -> BTreeSet<Lang> {
    kb.versions(&ArticleId(id.to_string()))
        .keys()
        .copied()
        .collect()
}

fn version<'a>(kb: &'a Kb, id: &str, lang: Lang) -> &'a Article {
    let versions = kb.versions(&ArticleId(id.to_string()));
    match versions.get(&lang) {
        Some(a) => a,
        None => panic!(
            "{id} has no {lang} version (has {:?})",
            versions.keys().collect::<Vec<_>>()
        ),
    }
}

fn load(dir: &Path) -> Kb {
    match kb::load_dir(dir) {
        Ok(kb) => kb,
        Err(e) => panic!("{}: {e}", dir.display()),
    }
}

// ---- The bundled kb/ ----------------------------------------------------------------------

#[test]
fn bundled_articles_have_five_languages_symptoms_resolution_and_error_strings() {
    let kb = kb::bundled();
    assert!(kb.diagnostics().is_empty(), "{:?}", kb.diagnostics());
    let groups = kb.groups();
    assert!(groups.len() >= 18, "only {} bundled articles", groups.len());
    for (id, versions) in &groups {
        let have: Vec<Lang> = versions.keys().copied().collect();
        assert_eq!(
            have,
            Lang::ALL
                .iter()
                .copied()
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect::<Vec<_>>(),
            "{id}"
        );
        for (lang, a) in versions {
            assert_eq!(a.lang_source, LangSource::Folder, "{}", a.path);
            assert!(!a.sections.symptoms.is_empty(), "{id} {lang}: no symptoms");
            assert!(
                !a.sections.resolution.is_empty(),
                "{id} {lang}: no resolution"
            );
            assert!(!a.error_strings.is_empty(), "{id} {lang}: no error string");
            assert!(!a.title.is_empty() && !a.summary.is_empty(), "{id} {lang}");
        }
    }
    for n in 1..=16 {
        let id = format!("KB-{n:04}");
        assert_eq!(langs(&kb, &id).len(), 5, "{id}");
    }
}

#[test]
fn bundled_ka_articles_carry_the_localised_error_strings() {
    let kb = kb::bundled();
    let expect = [
        (
            "KA-22154",
            Lang::En,
            "Messages queued (connection quotas met)",
        ),
        (
            "KA-22154",
            Lang::Fr,
            "Messages mis en file d'attente (quotas de connexion atteints)",
        ),
        (
            "KA-22154",
            Lang::Nl,
            "Berichten in de wachtrij (verbindingsquota gehaald)",
        ),
        (
            "KA-22154",
            Lang::Sv,
            "Meddelanden köas (anslutningskvoter uppfylls)",
        ),
        (
            "KA-21165",
            Lang::It,
            "Messaggi in coda (controllo del flusso dinamico)",
        ),
    ];
    for (id, lang, error) in expect {
        let a = version(&kb, id, lang);
        assert!(
            a.error_strings.iter().any(|e| e == error),
            "{id} {lang}: {:?}",
            a.error_strings
        );
    }
}

#[test]
fn bundled_lint_is_clean() {
    let out = util::kbbot(&["lint-kb", "--lang", "en"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        util::stdout(&out),
        util::stderr(&out)
    );
    let out = util::kbbot(&["lint-kb", "kb", "--lang", "en"]);
    let text = util::stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("en 18"), "{text}");
}

// ---- The seeds: no language anywhere but in the text ---------------------------------------

#[test]
fn seeds_group_by_article_number_with_detected_languages() {
    let Some(shared) = util::shared() else { return };
    let kb = load(&shared.join("seeds"));
    assert!(kb.diagnostics().is_empty(), "{:?}", kb.diagnostics());
    assert_eq!(kb.articles().len(), 5);
    assert!(kb
        .articles()
        .iter()
        .all(|a| a.lang_source == LangSource::Detected));
    assert_eq!(
        langs(&kb, "KA-22154"),
        BTreeSet::from([Lang::En, Lang::Fr, Lang::Nl, Lang::Sv])
    );
    assert_eq!(langs(&kb, "KA-21165"), BTreeSet::from([Lang::It]));
    assert_eq!(kb.groups().len(), 2);

    let expect = [
        (
            Lang::En,
            "KA-22154",
            "Messages queued (connection quotas met)",
        ),
        (
            Lang::Fr,
            "KA-22154",
            "Messages mis en file d’attente (quotas de connexion atteints)",
        ),
        (
            Lang::Nl,
            "KA-22154",
            "Berichten in de wachtrij (verbindingsquota gehaald)",
        ),
        (
            Lang::Sv,
            "KA-22154",
            "Meddelanden är köade (anslutningskvoter uppfylls)",
        ),
        (
            Lang::It,
            "KA-21165",
            "Messaggi in coda (controllo del flusso dinamico)",
        ),
    ];
    for (lang, id, error) in expect {
        let a = version(&kb, id, lang);
        assert_eq!(
            a.error_strings.first().map(String::as_str),
            Some(error),
            "{lang}: {:?}",
            a.error_strings
        );
        assert!(
            a.sections.environment.text.contains("Campaign"),
            "{lang}: {:?}",
            a.sections.environment
        );
        assert!(!a.sections.symptoms.is_empty(), "{lang}");
        assert!(
            a.sections.resolution.text.contains("MTA"),
            "{lang}: {}",
            a.sections.resolution.text
        );
        for s in [
            &a.title,
            &a.sections.resolution.text,
            &a.sections.resolution.markdown,
        ] {
            assert!(
                !s.contains("&quot;")
                    && !s.contains("&#39;")
                    && !s.contains("Â")
                    && !s.contains("<b>"),
                "{lang}: {s}"
            );
        }
    }
    // Curly quotes around front matter values are not part of the value.
    let it = version(&kb, "KA-21165", Lang::It);
    assert!(
        !it.title.starts_with('“') && !it.title.ends_with('"'),
        "{}",
        it.title
    );
    assert_eq!(it.keywords.first().map(String::as_str), Some("KCS"));
}

#[test]
fn lint_runs_on_seeds_and_prints_pages_per_language() {
    let Some(shared) = util::shared() else { return };
    let dir = shared.join("seeds");
    let out = util::kbbot(&["lint-kb", &dir.to_string_lossy(), "--lang", "en"]);
    let text = util::stdout(&out);
    // Four versions of one article and one of another: languages are missing, so exit 1.
    assert_eq!(out.status.code(), Some(1), "{text}{}", util::stderr(&out));
    assert!(text.contains("en 1, fr 1, nl 1, sv 1, it 1"), "{text}");
    assert!(text.contains("KA-21165"), "{text}");
}

// ---- kb-real: 2,798 Adobe documentation pages ----------------------------------------------

#[test]
fn kb_real_loads_clean_and_groups_by_exl_id() {
    let Some(shared) = util::shared() else { return };
    let kb = load(&shared.join("kb-real"));
    let errors: Vec<_> = kb
        .diagnostics()
        .iter()
        .filter(|d| d.kind.is_error())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let mut pages = std::collections::BTreeMap::new();
    for a in kb.articles() {
        assert_eq!(a.lang_source, LangSource::Folder, "{}", a.path);
        *pages.entry(a.lang).or_insert(0) += 1;
    }
    let expected = [
        (Lang::En, 696),
        (Lang::Nl, 694),
        (Lang::Sv, 695),
        (Lang::It, 696),
        (Lang::Fr, 17),
    ];
    for (lang, n) in expected {
        assert_eq!(pages.get(&lang), Some(&n), "{lang}");
    }
    assert!(!kb
        .articles()
        .iter()
        .any(|a| a.path.eq_ignore_ascii_case("README.md")));

    let mx = "47f50bf5-4d5b-4c07-af71-de4390177cf5";
    assert_eq!(langs(&kb, mx).len(), 5, "{mx}");
    assert_eq!(
        version(&kb, mx, Lang::En).title,
        "Using MX servers with Campaign"
    );
    assert!(version(&kb, mx, Lang::Fr)
        .path
        .starts_with("fr/installation/"));

    // A documentation page's error strings are the quotes it labels as messages.
    let faq = version(&kb, "f94897c1-b44c-4100-ac50-a89b13fa6f2f", Lang::En);
    assert!(
        faq.error_strings.iter().any(|e| e == "quotas met"),
        "{:?}",
        faq.error_strings
    );

    // Pages without exl-id group by their path below the language folder.
    assert!(langs(&kb, "TOC").len() >= 4);
}

#[test]
fn kb_real_quirks_come_out_clean() {
    let Some(shared) = util::shared() else { return };
    let kb = load(&shared.join("kb-real"));
    const LEFTOVERS: &[&str] = &[
        "&quot;",
        "&#39;",
        "&#x200B;",
        "Â ",
        "Â\u{a0}",
        "[!UICONTROL",
        "[!DNL",
        "{target=",
        "{#",
        "\u{200b}",
    ];
    let mut dirty = Vec::new();
    for a in kb.articles() {
        let s = &a.sections;
        let fields = [
            &a.title,
            &a.summary,
            &s.description.text,
            &s.description.markdown,
            &s.environment.text,
            &s.symptoms.text,
            &s.symptoms.markdown,
            &s.cause.text,
            &s.resolution.text,
            &s.resolution.markdown,
            &s.body.text,
            &s.body.markdown,
        ];
        for f in fields {
            if let Some(bad) = LEFTOVERS.iter().find(|l| f.contains(*l)) {
                dirty.push(format!("{}: {bad:?}", a.path));
                break;
            }
        }
        // Code is kept verbatim, so the markup test applies to text outside fences only.
        if s.body.text.contains("<b>") && !s.body.markdown.contains("```") {
            dirty.push(format!("{}: <b>", a.path));
        }
    }
    assert!(
        dirty.is_empty(),
        "{} pages keep markup, e.g. {:?}",
        dirty.len(),
        &dirty[..dirty.len().min(10)]
    );
}

#[test]
fn lint_runs_on_kb_real_and_summarises() {
    let Some(shared) = util::shared() else { return };
    let dir = shared.join("kb-real");
    let out = util::kbbot(&[
        "lint-kb",
        &dir.to_string_lossy(),
        "--lang",
        "en",
        "--max",
        "5",
    ]);
    let text = util::stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}{}", util::stderr(&out));
    assert!(
        text.contains("en 696, fr 17, nl 694, sv 695, it 696"),
        "{text}"
    );
    // Missing French is summarised in one line, not 670.
    assert!(text.lines().count() < 60, "{} lines", text.lines().count());
    assert!(text.contains("no version in fr ("), "{text}");
}

// ---- Damaged inputs -----------------------------------------------------------------------

fn write(dir: &Path, rel: &str, bytes: &[u8]) {
    let path = dir.join(rel);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("temp folder");
    }
    std::fs::write(path, bytes).expect("temp file");
}

#[test]
fn damaged_files_are_reported_and_the_rest_loads() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path();
    let good = "---\ntitle: Good page\nexl-id: good-1\ndescription: fine\n---\n# Good page\n\nSome text.\n";
    write(dir, "en/good.md", good.as_bytes());
    write(dir, "en/empty.md", b"");
    write(dir, "en/binary.md", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    write(
        dir,
        "en/unclosed.md",
        b"---\ntitle: never closed\nexl-id: x\n\n# Body\n",
    );
    write(
        dir,
        "en/latin1.md",
        b"---\ntitle: caf\xe9\n---\nd\xe9j\xe0 vu\n",
    );
    let mut big = good.as_bytes().to_vec();
    big.resize(10 * 1024 * 1024, b'a');
    write(dir, "en/huge.md", &big);
    write(
        dir,
        "en/bad-yaml.md",
        b"---\ntitle: \"quoted\" then more: and: [\nexl-id: bad-yaml\n---\ntext\n",
    );
    write(dir, "en/image.png", b"\x89PNG");

    let kb = load(dir);
    let ids: Vec<&str> = kb.articles().iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, vec!["bad-yaml", "good-1"]);
    let kinds: Vec<(&str, &DiagnosticKind, Option<usize>)> = kb
        .diagnostics()
        .iter()
        .map(|d| (d.path.as_str(), &d.kind, d.line))
        .collect();
    assert!(
        matches!(
            kinds[0],
            (
                "en/bad-yaml.md",
                DiagnosticKind::YamlFallback { .. },
                Some(2)
            )
        ),
        "{kinds:?}"
    );
    assert_eq!(kinds[1], ("en/binary.md", &DiagnosticKind::Binary, None));
    assert_eq!(kinds[2], ("en/empty.md", &DiagnosticKind::Empty, None));
    assert!(
        matches!(
            kinds[3],
            ("en/huge.md", DiagnosticKind::TooLarge { .. }, None)
        ),
        "{kinds:?}"
    );
    assert!(
        matches!(
            kinds[4],
            ("en/latin1.md", DiagnosticKind::NotUtf8 { .. }, Some(2))
        ),
        "{kinds:?}"
    );
    assert_eq!(
        kinds[5],
        (
            "en/unclosed.md",
            &DiagnosticKind::FrontMatterUnclosed,
            Some(1)
        )
    );
    assert_eq!(kinds.len(), 6);
    for d in kb.diagnostics() {
        assert!(
            !d.message.is_empty() && !d.message.starts_with("kb-diag"),
            "{d}"
        );
        assert_ne!(d.message_in(Lang::Fr), d.message, "{d}");
    }

    // The command line shows the same, with exit 1.
    let out = util::kbbot(&["lint-kb", &dir.to_string_lossy(), "--lang", "en"]);
    let text = util::stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("en/huge.md: too large"), "{text}");
    assert!(text.contains("en/unclosed.md:1:"), "{text}");
}

#[test]
fn empty_and_missing_folders() {
    let tmp = tempfile::tempdir().expect("temp dir");
    write(tmp.path(), "notes/readme.rst", b"not a page");
    let kb = load(tmp.path());
    assert!(kb.articles().is_empty() && kb.diagnostics().is_empty());

    let missing = tmp.path().join("nope");
    assert!(matches!(
        kb::load_dir(&missing),
        Err(kb::LoadError::Io { .. })
    ));
    let file = tmp.path().join("notes/readme.rst");
    assert!(matches!(
        kb::load_dir(&file),
        Err(kb::LoadError::NotADir(_))
    ));

    let out = util::kbbot(&["lint-kb", &missing.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        util::stderr(&out).contains("nope"),
        "{}",
        util::stderr(&out)
    );
}

#[test]
fn duplicate_ids_and_missing_sections_are_linted() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let page = |title: &str, body: &str| {
        format!("---\ntitle: {title}\ndescription: d\narticle-number: KB-9\n---\n{body}")
    };
    write(
        tmp.path(),
        "fr-FR/a.md",
        page(
            "A",
            "## Description {#description}\n\n### Environnement\n\nv7\n",
        )
        .as_bytes(),
    );
    write(
        tmp.path(),
        "fr-FR/b.md",
        page("B", "## Résolution {#resolution}\n\nFaire.\n").as_bytes(),
    );
    let kb = load(tmp.path());
    let report = kb::lint(&kb);
    let kinds: Vec<&str> = report.findings.iter().map(|f| f.kind.fluent_id()).collect();
    for expected in [
        "lint-no-symptoms",
        "lint-no-resolution",
        "lint-duplicate-id",
        "lint-missing-languages",
    ] {
        assert!(kinds.contains(&expected), "{expected} not in {kinds:?}");
    }
    assert_eq!(
        report
            .per_lang
            .get(&Lang::Fr)
            .map(|c| (c.pages, c.articles)),
        Some((2, 1))
    );
}

#[test]
fn hostile_pages_load_in_reasonable_time() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let size = 1_500_000;
    let patterns: [(&str, &str); 8] = [
        ("brackets", "[!A "),
        ("nested", "[!UICONTROL "),
        ("braces", "{a="),
        ("tags", "<b <td "),
        ("ticks", "`` ` "),
        ("table", "<table><tr><td>"),
        ("quotes", "“ \" « "),
        ("emphasis", "*a **b _c "),
    ];
    for (name, unit) in patterns {
        let mut page = String::from("---\ntitle: t\n---\n## Issue/Symptoms {#symptoms}\n\n");
        while page.len() < size {
            page.push_str(unit);
        }
        write(tmp.path(), &format!("en/{name}.md"), page.as_bytes());
    }
    // Deep nesting of block quotes and lists.
    let deep: String = (0..5000)
        .map(|i| format!("{}- item\n", "> ".repeat(i % 200)))
        .collect();
    write(tmp.path(), "en/deep.md", deep.as_bytes());
    let start = std::time::Instant::now();
    let kb = load(tmp.path());
    let took = start.elapsed();
    assert_eq!(kb.articles().len(), 9, "{:?}", kb.diagnostics());
    // Linear work on 12 MB, even in a debug build on a busy machine.
    assert!(took < std::time::Duration::from_secs(60), "took {took:?}");
}

/// What `ask` says about a KB folder: the files that did not load are named on stderr (in
/// plain text when stderr is not a terminal), a FIFO named like a page is skipped rather
/// than waited on, and a folder where nothing loads is an error, not a silent decline.
#[test]
fn ask_names_the_files_that_did_not_load_and_refuses_an_empty_kb() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let dir = tmp.path();
    let good = "---\ntitle: User unknown\nexl-id: good-1\ndescription: fine\nkeywords: \"user unknown\"\n---\n# User unknown\n\nThe address does not exist: user unknown.\n";
    write(dir, "kb/en/good.md", good.as_bytes());
    write(dir, "kb/en/binary.md", b"\0\x01\x02");
    #[cfg(unix)]
    {
        let fifo = dir.join("kb/en/pipe.md");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    }
    let started = std::time::Instant::now();
    let out = util::kbbot_in(dir, &["ask", "--kb", "kb", "user unknown"]);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(20),
        "waited on the FIFO"
    );
    assert!(out.status.success(), "{}", util::stderr(&out));
    assert!(
        util::stdout(&out).contains("good-1"),
        "{}",
        util::stdout(&out)
    );
    let err = util::stderr(&out);
    assert!(err.contains("en/binary.md"), "{err}");
    #[cfg(unix)]
    assert!(
        err.contains("en/pipe.md") && err.contains("not a regular file"),
        "{err}"
    );
    assert!(
        !err.contains('\u{1b}'),
        "colour codes in a captured stderr: {err}"
    );

    std::fs::create_dir_all(dir.join("empty")).expect("empty folder");
    let out = util::kbbot_in(dir, &["ask", "--kb", "empty", "user unknown"]);
    assert_eq!(out.status.code(), Some(2), "{}", util::stdout(&out));
    assert!(util::stderr(&out).contains("No article could be loaded"));
    let out = util::kbbot_in(dir, &["lint-kb", "empty"]);
    assert_eq!(out.status.code(), Some(1));
    let text = util::stdout(&out);
    assert!(
        text.contains("No article loaded") && !text.contains("No problems found"),
        "{text}"
    );
}

/// A damaged on-disk index is reported and replaced by one in memory; a folder that holds no
/// index is called that, not "built from another KB".
#[test]
fn a_damaged_index_is_reported_and_questions_still_answered() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let index = tmp.path().join("index");
    let out = util::kbbot(&["index", "--out", index.to_str().expect("utf-8 path")]);
    assert!(out.status.success(), "{}", util::stderr(&out));
    let mut damaged = 0;
    for entry in std::fs::read_dir(&index).expect("index folder").flatten() {
        if entry.path().extension().is_some_and(|e| e == "idx") {
            std::fs::write(entry.path(), b"not an index file at all").expect("damage");
            damaged += 1;
        }
    }
    assert!(damaged > 0, "no .idx file to damage");
    let index = index.to_str().expect("utf-8 path");
    let out = util::kbbot(&["ask", "--index", index, "user unknown"]);
    assert!(out.status.success(), "{}", util::stderr(&out));
    assert!(util::stdout(&out).contains("KB-0001"));
    assert!(
        util::stderr(&out).contains("cannot be used"),
        "{}",
        util::stderr(&out)
    );
    let missing = tmp.path().join("nothing-here");
    let out = util::kbbot(&[
        "ask",
        "--index",
        missing.to_str().expect("utf-8 path"),
        "user unknown",
    ]);
    assert!(out.status.success());
    assert!(
        util::stderr(&out).contains("holds no index"),
        "{}",
        util::stderr(&out)
    );
}
