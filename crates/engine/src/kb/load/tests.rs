use super::*;

#[test]
fn language_folders() {
    assert_eq!(lang_folder("fr-FR"), Some(Lang::Fr));
    assert_eq!(lang_folder("sv_SE"), Some(Lang::Sv));
    assert_eq!(lang_folder("it"), Some(Lang::It));
    assert_eq!(lang_folder("integrations"), None);
    assert_eq!(lang_folder("en-route"), None);
    assert_eq!(lang_folder("de"), None);
}

#[test]
fn fallback_ids_drop_the_language_folder() {
    assert_eq!(
        describe(&["nl", "delivery", "using", "x.md"], None),
        (Some(Lang::Nl), "delivery/using/x".to_string())
    );
    assert_eq!(
        describe(&["TOC.md"], Some(Lang::Fr)),
        (Some(Lang::Fr), "TOC".to_string())
    );
    assert_eq!(
        describe(&["notes", "a.txt"], None),
        (None, "notes/a".to_string())
    );
}
