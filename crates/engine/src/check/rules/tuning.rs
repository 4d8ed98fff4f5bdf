//! MTA tuning rules (checker ideas §3, second half): child-process pool sizing, sessions,
//! memory, ages and delays, relay, error statistics and logging paths.

use super::mta::{number_set, rule, CHILD, MASTER, MTA, SMTP};
use super::{kb, Ctx, Hit, Rule};
use crate::check::report::Severity;
use crate::check::schema::schema;

pub(crate) const MAX_SPARE: Rule = Rule {
    bad_example: Some("<master maxSpareServers=\"20\"/>"),
    good_example: Some("<master maxSpareServers=\"4\"/>"),
    ..rule("maxSpareServers-out-of-range", Severity::Warning, max_spare)
};

fn max_spare(ctx: &Ctx) -> Vec<Hit> {
    number_set(ctx, MASTER, "maxSpareServers", |n| match n {
        i64::MIN..=0 => Some(Severity::Error),
        9.. => Some(Severity::Warning),
        _ => None,
    })
}

pub(crate) const SPARE_INCONSISTENT: Rule = Rule {
    bad_example: Some("<master minSpareServers=\"4\" maxSpareServers=\"2\"/>"),
    good_example: Some("<master minSpareServers=\"1\" maxSpareServers=\"2\"/>"),
    ..rule(
        "spare-servers-inconsistent",
        Severity::Warning,
        spare_inconsistent,
    )
};

fn spare_inconsistent(ctx: &Ctx) -> Vec<Hit> {
    let Some((max, _)) = ctx.eff.number(MASTER, "maxSpareServers") else {
        return Vec::new();
    };
    let mut hits = Vec::new();
    for attr in ["minSpareServers", "startSpareServers"] {
        if let Some(v) = ctx.eff.set_value(MASTER, attr) {
            if v.value.trim().parse::<i64>().is_ok_and(|n| n > max) {
                hits.push(
                    ctx.on_val(Some(v), MASTER)
                        .arg("attribute", attr)
                        .arg("value", v.value.trim())
                        .arg("max", max),
                );
            }
        }
    }
    hits
}

pub(crate) const MAX_SESSIONS: Rule = Rule {
    bad_example: Some("<smtp maxSessionsPerChild=\"0\"/>"),
    good_example: Some("<smtp maxSessionsPerChild=\"1000\"/>"),
    also: &[Severity::Error],
    ..rule(
        "maxSessionsPerChild-out-of-range",
        Severity::Warning,
        max_sessions,
    )
};

fn max_sessions(ctx: &Ctx) -> Vec<Hit> {
    number_set(ctx, SMTP, "maxSessionsPerChild", |n| match n {
        i64::MIN..=0 => Some(Severity::Error),
        2001.. => Some(Severity::Warning),
        _ => None,
    })
}

pub(crate) const MEMORY_BUDGET: Rule = Rule {
    bad_example: Some("<child maxWaitingMessages=\"4000\" maxWorkingSetMb=\"128\"/>"),
    good_example: Some("<child maxWaitingMessages=\"1000\" maxWorkingSetMb=\"256\"/>"),
    ..rule("child-memory-budget", Severity::Warning, memory_budget)
};

/// Average message size assumed by the sizing rule of thumb, in kB.
const MESSAGE_KB: i64 = 50;

fn memory_budget(ctx: &Ctx) -> Vec<Hit> {
    // The documented defaults disagree with each other: say nothing about them, whether
    // left implicit or written out as shipped (or written empty, which means the same).
    let own = |attr: &str| {
        let v = ctx.eff.set_value(CHILD, attr)?;
        let default = schema().param(CHILD, attr).and_then(|p| p.default);
        let v_trim = v.value.trim();
        (!v_trim.is_empty() && Some(v_trim) != default).then_some(v)
    };
    let (waiting_set, working_set) = (own("maxWaitingMessages"), own("maxWorkingSetMb"));
    if waiting_set.is_none() && working_set.is_none() {
        return Vec::new();
    }
    let (Some((waiting, wv)), Some((limit, lv))) = (
        ctx.eff.number(CHILD, "maxWaitingMessages"),
        ctx.eff.number(CHILD, "maxWorkingSetMb"),
    ) else {
        return Vec::new();
    };
    // messages × size × 2.5, in MB
    let needed = waiting.saturating_mul(MESSAGE_KB).saturating_mul(5) / 2 / 1024;
    if needed <= limit {
        return Vec::new();
    }
    let at = if waiting_set.is_some() { wv } else { lv };
    vec![ctx
        .on_val(Some(&at), CHILD)
        .arg("messages", waiting)
        .arg("needed", needed)
        .arg("limit", limit)]
}

pub(crate) const MAX_AGE: Rule = Rule {
    bad_example: Some("<child maxAgeSec=\"120\"/>"),
    good_example: Some("<child maxAgeSec=\"600\"/>"),
    ..rule("maxAgeSec-below-slice", Severity::Warning, max_age)
};

fn max_age(ctx: &Ctx) -> Vec<Hit> {
    number_set(ctx, CHILD, "maxAgeSec", |n| {
        (n < 300).then_some(Severity::Warning)
    })
}

pub(crate) const INITIAL_DELAY: Rule = Rule {
    articles: &[kb::FLOW_CONTROL, kb::NOT_CONNECTED],
    bad_example: Some("<smtp initialDelaySec=\"0\"/>"),
    good_example: Some("<smtp initialDelaySec=\"4\"/>"),
    ..rule("initialDelaySec-extreme", Severity::Info, initial_delay)
};

fn initial_delay(ctx: &Ctx) -> Vec<Hit> {
    number_set(ctx, SMTP, "initialDelaySec", |n| {
        (n <= 0 || n > 60).then_some(Severity::Info)
    })
}

pub(crate) const RELAY: Rule = Rule {
    articles: &[kb::QUOTAS_MET, kb::FLOW_CONTROL],
    bad_example: Some("<mta>\n  <relay address=\"smtp-relay.example.com\" port=\"25\"/>\n</mta>"),
    good_example: Some("<mta>\n  <relay address=\"\" port=\"25\"/>\n</mta>"),
    ..rule("relay-configured", Severity::Warning, relay)
};

fn relay(ctx: &Ctx) -> Vec<Hit> {
    let path = "serverconf/mta/relay";
    match ctx.eff.set_value(path, "address") {
        Some(v) if !v.value.trim().is_empty() => vec![ctx.on_val(Some(v), path)],
        _ => Vec::new(),
    }
}

pub(crate) const ERROR_STATS: Rule = Rule {
    articles: &[kb::QUOTAS_MET, kb::FLOW_CONTROL],
    bad_example: Some("<mta logEmailErrors=\"false\"/>"),
    good_example: Some("<mta logEmailErrors=\"true\" minErrorsToLog=\"1\"/>"),
    ..rule(
        "smtp-error-stats-suppressed",
        Severity::Warning,
        error_stats,
    )
};

fn error_stats(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    if ctx.flag(MTA, "logEmailErrors") == Some(false) {
        if let Some(v) = ctx.eff.set_value(MTA, "logEmailErrors") {
            hits.push(
                ctx.on_val(Some(v), MTA)
                    .arg("attribute", "logEmailErrors")
                    .arg("value", "false"),
            );
        }
    }
    // Ten times the documented default counts as "far above".
    for (attr, default) in [
        ("minConnectionsToLog", 100),
        ("minMessagesToLog", 1000),
        ("minErrorsToLog", 1),
        ("errorPeriodSec", 300),
    ] {
        hits.extend(
            number_set(ctx, MTA, attr, |n| {
                (n > default * 10).then_some(Severity::Warning)
            })
            .into_iter()
            .map(|h| h.arg("attribute", attr)),
        );
    }
    hits
}

pub(crate) const RETRY_LOST: Rule = Rule {
    ..rule("retryLostMessages-disabled", Severity::Info, retry_lost)
};

fn retry_lost(ctx: &Ctx) -> Vec<Hit> {
    if ctx.flag(MTA, "retryLostMessages") != Some(false) {
        return Vec::new();
    }
    vec![ctx.on_val(ctx.eff.set_value(MTA, "retryLostMessages"), MTA)]
}

pub(crate) const DEBUG_PATH: Rule = Rule {
    articles: &[],
    ..rule("debugPath-or-dataLogPath-set", Severity::Info, debug_path)
};

fn debug_path(ctx: &Ctx) -> Vec<Hit> {
    ["debugPath", "dataLogPath"]
        .into_iter()
        .filter_map(|attr| {
            let v = ctx.eff.set_value(MTA, attr)?;
            (!v.value.trim().is_empty()).then(|| ctx.on_val(Some(v), MTA).arg("attribute", attr))
        })
        .collect()
}

pub(crate) const MEMORY_LIMITS: Rule = Rule {
    ..rule("mta-memory-limits", Severity::Info, memory_limits)
};

fn memory_limits(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = number_set(ctx, MTA, "maxMemoryMb", |n| {
        (n < 256).then_some(Severity::Info)
    })
    .into_iter()
    .map(|h| h.arg("attribute", "maxMemoryMb"))
    .collect::<Vec<_>>();
    hits.extend(
        number_set(ctx, CHILD, "maxMsgPerChild", |n| {
            (n < 1000).then_some(Severity::Info)
        })
        .into_iter()
        .map(|h| h.arg("attribute", "maxMsgPerChild")),
    );
    hits
}
