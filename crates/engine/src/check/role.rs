//! Which file plays which part in the merge. The file name says it first (`serverConf.xml`,
//! `config-<instance>.xml`, `conf-<instance>.xml`); a caller may name the instance files
//! itself (`kbbot check --instance FILE`); and a file whose name says nothing, checked beside
//! a `serverConf.xml` and alone, is read as the instance file (`kbbot check serverConf.xml -`).
//! Whatever decided it is kept in the report, so the figures never depend on an unstated
//! guess. The faces share [`is_config_name`], so `kbbot check` and the bot's auto-check agree
//! on what an upload is.

use super::tree::{role_of, Role, Tree};

/// What decided a file's role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleBasis {
    /// Its name (`serverConf.xml`, `config-<instance>.xml`).
    Name,
    /// The caller named it an instance file.
    Given,
    /// Its name says nothing, and it is the only such file beside a `serverConf.xml`.
    Inferred,
    /// Its name says nothing, and nothing else decided: it is read as a base file.
    Default,
}

impl RoleBasis {
    /// The stable name, used in JSON and as a fluent selector.
    pub fn name(self) -> &'static str {
        match self {
            RoleBasis::Name => "name",
            RoleBasis::Given => "given",
            RoleBasis::Inferred => "inferred",
            RoleBasis::Default => "default",
        }
    }
}

/// The part one checked file played.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileRole {
    /// The file's name as given.
    pub file: String,
    /// Read as an instance file (else as a base file).
    pub instance: bool,
    /// What decided it.
    pub basis: RoleBasis,
}

fn base_name(name: &str) -> String {
    name.trim()
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(name)
        .to_ascii_lowercase()
}

fn is_server_conf(name: &str) -> bool {
    base_name(name) == "serverconf.xml"
}

/// Sets the role of every tree (`given`: the names the caller said are instance files) and
/// says what decided each.
pub(crate) fn assign(trees: &mut [Tree], given: &[String]) -> Vec<FileRole> {
    let mut basis: Vec<RoleBasis> = trees
        .iter()
        .map(|t| {
            if given.iter().any(|g| g == &t.file) {
                RoleBasis::Given
            } else if is_server_conf(&t.file) || role_of(&t.file) == Role::Instance {
                RoleBasis::Name
            } else {
                RoleBasis::Default
            }
        })
        .collect();
    for (t, b) in trees.iter_mut().zip(&basis) {
        if *b == RoleBasis::Given {
            t.role = Role::Instance;
        }
    }
    let unnamed: Vec<usize> = (0..trees.len())
        .filter(|&i| basis[i] == RoleBasis::Default)
        .collect();
    let no_instance = trees.iter().all(|t| t.role == Role::Base);
    let server_confs = trees.iter().filter(|t| is_server_conf(&t.file)).count();
    if let [only] = unnamed[..] {
        if no_instance && server_confs == 1 && trees.len() == 2 {
            trees[only].role = Role::Instance;
            basis[only] = RoleBasis::Inferred;
        }
    }
    trees
        .iter()
        .zip(basis)
        .map(|(t, basis)| FileRole {
            file: t.file.clone(),
            instance: t.role == Role::Instance,
            basis,
        })
        .collect()
}

/// Whether a file's name alone says it is a config the checker reads: `serverConf.xml`, or an
/// instance file (`config-<instance>.xml`, `conf-<instance>.xml`), in any case, in any folder.
pub fn is_config_name(name: &str) -> bool {
    let base = base_name(name);
    base.ends_with(".xml") && (base == "serverconf.xml" || role_of(&base) == Role::Instance)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::load::load;

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

    const XML: &[u8] = b"<serverconf><mta/></serverconf>";

    fn roles(names: &[&str], given: &[&str]) -> Vec<(bool, RoleBasis)> {
        let mut trees: Vec<Tree> = names.iter().filter_map(|n| load(n, XML).tree).collect();
        let given: Vec<String> = given.iter().map(|g| g.to_string()).collect();
        assign(&mut trees, &given)
            .into_iter()
            .map(|r| (r.instance, r.basis))
            .collect()
    }

    #[test]
    fn the_one_unnamed_file_beside_server_conf_is_the_instance() {
        use RoleBasis::*;
        assert_eq!(
            roles(&["serverConf.xml", "-"], &[]),
            [(false, Name), (true, Inferred)]
        );
        assert_eq!(
            roles(&["inst.xml", "conf/serverConf.xml"], &[]),
            [(true, Inferred), (false, Name)]
        );
        // Named roles are never second-guessed.
        assert_eq!(
            roles(&["serverConf.xml", "config-prod.xml"], &[]),
            [(false, Name), (true, Name)]
        );
        assert_eq!(
            roles(&["serverConf.xml", "a.xml", "config-prod.xml"], &[]),
            [(false, Name), (false, Default), (true, Name)]
        );
        // Without a serverConf.xml, or with two unnamed files, nothing is guessed.
        assert_eq!(
            roles(&["a.xml", "b.xml"], &[]),
            [(false, Default), (false, Default)]
        );
        assert_eq!(roles(&["-"], &[]), [(false, Default)]);
        // The caller's word wins.
        assert_eq!(
            roles(&["a.xml", "b.xml"], &["b.xml"]),
            [(false, Default), (true, Given)]
        );
        assert_eq!(
            roles(&["serverConf.xml", "a.xml", "b.xml"], &["a.xml"]),
            [(false, Name), (true, Given), (false, Default)]
        );
    }
}
