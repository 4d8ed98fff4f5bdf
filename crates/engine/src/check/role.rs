//! Which file names are Campaign configs: the one rule the faces share, so that `kbbot check`
//! and the bot's auto-check agree on what an upload is (`conf-prod.xml` included).

use super::tree::{role_of, Role};

/// Whether a file's name alone says it is a config the checker reads: `serverConf.xml`, or an
/// instance file (`config-<instance>.xml`, `conf-<instance>.xml`), in any case, in any folder.
pub fn is_config_name(name: &str) -> bool {
    let base = name
        .trim()
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(name)
        .to_ascii_lowercase();
    base.ends_with(".xml") && (base == "serverconf.xml" || role_of(&base) == Role::Instance)
}

#[cfg(test)]
mod tests {
    use super::is_config_name;

    #[test]
    fn config_names_are_the_checker_roles() {
        for yes in [
            "serverConf.xml",
            "SERVERCONF.XML",
            "config-prod.xml",
            "conf-prod.xml",
            "conf/config-mkt.xml",
            " config-a.xml ",
            "config-a-b.XML",
        ] {
            assert!(is_config_name(yes), "{yes}");
        }
        for no in [
            "serverConf.xml.bak",
            "serverConf.xml.txt",
            "config-prod.txt",
            "myconfig-prod.xml",
            "message.txt",
            "prod.xml",
            "config.xml",
            "",
        ] {
            assert!(!is_config_name(no), "{no}");
        }
    }
}
