//! Running the rules over merge groups. `serverConf.xml` is the base every instance shares;
//! each `config-<instance>.xml` overrides it for its own instance only, never another
//! instance file. So with several instance files, each is merged with the base files on its
//! own and checked as a group; a finding several groups share (one about the base file) is
//! reported once.

use std::collections::BTreeSet;

use super::config::Effective;
use super::report::{EffectiveValue, Finding, Severity};
use super::rules::{Ctx, Detect, Hit, RULES};
use super::throughput::{self, Throughput};
use super::tree::{Role, Tree};
use super::Options;

/// What one merge group produced besides its findings.
pub(crate) struct GroupResult {
    /// The instance file of the group, when several were given.
    pub instance: Option<String>,
    pub effective: Vec<EffectiveValue>,
    pub throughput: Option<Throughput>,
}

/// The merge groups as indexes into `trees`: every tree together when there is at most one
/// instance file, else the base files with each instance file in turn.
pub(crate) fn groups(trees: &[Tree]) -> Vec<Vec<usize>> {
    let (instances, bases): (Vec<usize>, Vec<usize>) =
        (0..trees.len()).partition(|&i| trees[i].role == Role::Instance);
    if instances.len() <= 1 {
        return vec![(0..trees.len()).collect()];
    }
    instances
        .iter()
        .map(|&i| bases.iter().copied().chain([i]).collect())
        .collect()
}

/// Runs every rule; returns the findings (each once) and one result per group.
pub(crate) fn run(trees: &[Tree], opts: &Options) -> (Vec<Finding>, Vec<GroupResult>) {
    let groups = groups(trees);
    let several = groups.len() > 1;
    let mut findings = Vec::new();
    let mut seen = BTreeSet::new();
    let mut results = Vec::new();
    let mut push = |hits: Vec<Hit>, rule: &'static super::Rule, map: &[usize], complete: bool| {
        for hit in hits {
            if hit.missing && !complete {
                continue; // a fragment says nothing about what it leaves out
            }
            let Some(t) = map.get(hit.tree).and_then(|&i| trees.get(i)) else {
                continue;
            };
            let f = Finding {
                rule: rule.id,
                severity: hit.severity.unwrap_or(rule.severity),
                file: t.file.clone(),
                line: hit.line,
                column: hit.col,
                args: hit.args,
            };
            if seen.insert(key(&f)) {
                findings.push(f);
            }
        }
    };
    for map in &groups {
        // One instance file: the trees as given. Several: this group's own copies.
        let owned: Vec<Tree>;
        let group: &[Tree] = if several {
            owned = map.iter().map(|&i| trees[i].clone()).collect();
            &owned
        } else {
            trees
        };
        let eff = Effective::build(group);
        let tp = throughput::model(group, &eff, opts.assumptions);
        let complete = group.iter().any(|t| !t.partial);
        let ctx = Ctx {
            trees: group,
            eff: &eff,
            complete,
            throughput: tp.as_ref(),
            instance: several.then(|| group.len() - 1),
        };
        for rule in RULES {
            match rule.detect {
                Detect::Check(detect) => push(detect(&ctx), rule, map, complete),
                Detect::Files(detect) if !several => push(detect(&ctx), rule, map, complete),
                _ => {}
            }
        }
        results.push(GroupResult {
            instance: several.then(|| group[group.len() - 1].file.clone()),
            effective: super::effective_values(group, &eff),
            throughput: tp,
        });
    }
    if several {
        // Rules that compare the instance files with each other see them all at once.
        let eff = Effective::default();
        let all: Vec<usize> = (0..trees.len()).collect();
        let complete = trees.iter().any(|t| !t.partial);
        let ctx = Ctx {
            trees,
            eff: &eff,
            complete,
            throughput: None,
            instance: None,
        };
        for rule in RULES {
            if let Detect::Files(detect) = rule.detect {
                push(detect(&ctx), rule, &all, complete);
            }
        }
    }
    (findings, results)
}

type Key = (
    &'static str,
    Severity,
    String,
    Option<u32>,
    Option<u32>,
    Vec<(&'static str, String)>,
);

fn key(f: &Finding) -> Key {
    (
        f.rule,
        f.severity,
        f.file.clone(),
        f.line,
        f.column,
        f.args.clone(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::load::load;

    fn tree(name: &str) -> Tree {
        load(name, b"<serverconf/>").tree.expect("loads")
    }

    #[test]
    fn each_instance_is_merged_with_the_base_alone() {
        let trees = [
            tree("serverConf.xml"),
            tree("config-mkt.xml"),
            tree("config-exec.xml"),
        ];
        assert_eq!(groups(&trees), [vec![0, 1], vec![0, 2]]);
        assert_eq!(groups(&trees[..2]), [vec![0, 1]]);
    }
}
