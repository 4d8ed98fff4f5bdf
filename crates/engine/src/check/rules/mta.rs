//! MTA and statistics-server rules (checker ideas §3): the quota pipeline itself: the stat
//! server address and port, which modules start, TLS defaults, booleans. Sizing and tuning of
//! the child processes live in `tuning.rs`.

use super::{kb, Ctx, Detect, Hit, Rule};
use crate::check::report::{Category, Severity};
use crate::check::schema::{parse_bool, Kind};
use crate::check::secrets::{hints_secret, REDACTED};

pub(super) const MTA: &str = "serverconf/mta";
const STAT: &str = "serverconf/stat";
pub(super) const MASTER: &str = "serverconf/mta/master";
pub(super) const CHILD: &str = "serverconf/mta/child";
pub(super) const SMTP: &str = "serverconf/mta/child/smtp";
const DEFAULT_STAT_PORT: u16 = 7777;

pub(super) const fn rule(id: &'static str, severity: Severity, f: fn(&Ctx) -> Vec<Hit>) -> Rule {
    Rule {
        id,
        severity,
        category: Category::Mta,
        articles: &[kb::QUOTAS_MET],
        bad_example: None,
        good_example: None,
        also: &[],
        detect: Detect::Check(f),
    }
}

/// A hit when the number at `path@attr` is set in a file and `bad` says so.
pub(super) fn number_set(
    ctx: &Ctx,
    path: &str,
    attr: &str,
    bad: impl Fn(i64) -> Option<Severity>,
) -> Vec<Hit> {
    // Empty is "not set, the default applies" (the stock file ships many so).
    let Some(v) = ctx
        .eff
        .set_value(path, attr)
        .filter(|v| !v.value.trim().is_empty())
    else {
        return Vec::new();
    };
    // A value that is not a whole number is `number-value-invalid`'s, not a range problem.
    let Some((n, _)) = ctx.eff.number(path, attr) else {
        return Vec::new();
    };
    match bad(n) {
        Some(sev) => vec![ctx.on_val(Some(v), path).arg("value", n).severity(sev)],
        None => Vec::new(),
    }
}

pub(crate) const STAT_MISSING: Rule = Rule {
    articles: &[kb::STAT_SERVER, kb::QUOTAS_MET],
    bad_example: Some("<mta autoStart=\"true\"/>"),
    good_example: Some("<mta autoStart=\"true\" statServerAddress=\"localhost:7777\"/>"),
    also: &[Severity::Info],
    ..rule("statServerAddress-missing", Severity::Error, stat_missing)
};

/// Whether the files have an `<mta>` section (or something inside one): a file without one
/// says nothing about the mta, and a finding about it would have nowhere to point.
pub(super) fn mta_visible(ctx: &Ctx) -> bool {
    ctx.elems()
        .any(|(_, e)| e.path == MTA || e.path.starts_with("serverconf/mta/"))
}

/// Whether a file says the mta is off (`<mta autoStart="false"/>`, a mid-sourcing marketing
/// instance): then nothing about sending is a problem.
fn switched_off(ctx: &Ctx) -> bool {
    ctx.eff
        .set_value(MTA, "autoStart")
        .is_some_and(|v| parse_bool(v.value.trim()) == Some(false))
}

fn stat_missing(ctx: &Ctx) -> Vec<Hit> {
    if !mta_visible(ctx) || switched_off(ctx) {
        return Vec::new();
    }
    let v = ctx.eff.get(MTA, "statServerAddress");
    if v.as_ref().is_some_and(|v| !v.value.trim().is_empty()) {
        return Vec::new();
    }
    let starts = ctx.flag(MTA, "autoStart") == Some(true);
    let enhanced = ctx.flag(MTA, "useMomentum") == Some(true);
    let sev = if starts && !enhanced {
        Severity::Error
    } else {
        Severity::Info
    };
    vec![ctx.on_val(v.as_ref(), MTA).severity(sev)]
}

/// Splits `host[:port]`; `None` when the form is wrong.
pub(crate) fn split_host_port(v: &str) -> Option<(&str, Option<u16>)> {
    if v.is_empty() || v.contains("://") || v.contains('/') || v.chars().any(char::is_whitespace) {
        return None;
    }
    let port = |p: &str| p.parse::<u16>().ok().filter(|&p| p > 0);
    if let Some(rest) = v.strip_prefix('[') {
        let (host, tail) = rest.split_once(']')?;
        return match tail {
            "" => Some((host, None)),
            t => Some((host, Some(port(t.strip_prefix(':')?)?))),
        };
    }
    match v.matches(':').count() {
        0 => Some((v, None)),
        1 => {
            let (h, p) = v.split_once(':')?;
            (!h.is_empty()).then_some(())?;
            Some((h, Some(port(p)?)))
        }
        // A bare IPv6 literal has no port.
        _ => v.parse::<std::net::Ipv6Addr>().ok().map(|_| (v, None)),
    }
}

pub(crate) const STAT_INVALID: Rule = Rule {
    articles: &[kb::STAT_SERVER, kb::QUOTAS_MET],
    bad_example: Some("<mta statServerAddress=\"udp://stat.example.com:77777\"/>"),
    good_example: Some("<mta statServerAddress=\"stat.example.com:7777\"/>"),
    ..rule("statServerAddress-invalid", Severity::Error, stat_invalid)
};

fn stat_invalid(ctx: &Ctx) -> Vec<Hit> {
    let Some(v) = ctx.eff.set_value(MTA, "statServerAddress") else {
        return Vec::new();
    };
    let raw = v.value.trim();
    if raw.is_empty() || split_host_port(raw).is_some() {
        return Vec::new();
    }
    vec![ctx.on_val(Some(v), MTA).arg("value", raw)]
}

fn is_local(host: &str) -> bool {
    matches!(
        host.to_ascii_lowercase().as_str(),
        "localhost" | "127.0.0.1" | "::1"
    )
}

pub(crate) const STAT_PORT_MISMATCH: Rule = Rule {
    articles: &[kb::STAT_SERVER],
    bad_example: Some(
        "<mta statServerAddress=\"localhost:7777\"/>\n<stat autoStart=\"true\" port=\"7778\"/>",
    ),
    good_example: Some(
        "<mta statServerAddress=\"localhost:7778\"/>\n<stat autoStart=\"true\" port=\"7778\"/>",
    ),
    ..rule(
        "statServerAddress-port-mismatch",
        Severity::Warning,
        stat_port,
    )
};

fn stat_port(ctx: &Ctx) -> Vec<Hit> {
    let Some(v) = ctx.eff.set_value(MTA, "statServerAddress") else {
        return Vec::new();
    };
    let Some((host, port)) = split_host_port(v.value.trim()) else {
        return Vec::new();
    };
    if !is_local(host) {
        return Vec::new();
    }
    let mta_port = port.unwrap_or(DEFAULT_STAT_PORT);
    let stat_port = match ctx
        .eff
        .set_value(STAT, "port")
        .filter(|p| !p.value.trim().is_empty())
    {
        Some(p) => match p.value.trim().parse::<u16>() {
            Ok(n) => n,
            Err(_) => return Vec::new(),
        },
        None => DEFAULT_STAT_PORT,
    };
    if mta_port == stat_port {
        return Vec::new();
    }
    vec![ctx
        .on_val(Some(v), MTA)
        .arg("mta_port", mta_port)
        .arg("stat_port", stat_port)]
}

pub(crate) const STAT_NOT_LOCAL: Rule = Rule {
    articles: &[kb::STAT_SERVER, kb::QUOTAS_MET],
    bad_example: Some(
        "<mta autoStart=\"true\" statServerAddress=\"localhost\"/>\n<stat _autoStart=\"true\"/>",
    ),
    good_example: Some(
        "<mta autoStart=\"true\" statServerAddress=\"localhost\"/>\n<stat autoStart=\"true\"/>",
    ),
    ..rule(
        "stat-server-not-running-locally",
        Severity::Warning,
        stat_not_local,
    )
};

fn stat_not_local(ctx: &Ctx) -> Vec<Hit> {
    let Some(v) = ctx.eff.set_value(MTA, "statServerAddress") else {
        return Vec::new();
    };
    let local = split_host_port(v.value.trim()).is_some_and(|(h, _)| is_local(h));
    if !local || ctx.flag(STAT, "autoStart") == Some(true) {
        return Vec::new();
    }
    vec![ctx.on_val(Some(v), MTA)]
}

pub(crate) const STAT_MULTIPLE: Rule = Rule {
    articles: &[kb::STAT_SERVER, kb::FLOW_CONTROL],
    // Compares the instance files with each other, so it sees all of them at once.
    also: &[],
    detect: Detect::Files(stat_multiple),
    ..rule("stat-multiple-servers", Severity::Info, stat_multiple)
};

fn stat_multiple(ctx: &Ctx) -> Vec<Hit> {
    use crate::check::tree::Role;
    let starting: Vec<(usize, &crate::check::tree::Elem)> = ctx
        .at(STAT)
        .filter(|(t, e)| {
            ctx.trees[*t].role == Role::Instance
                && e.attr("autoStart").and_then(|a| parse_bool(a.value.trim())) == Some(true)
        })
        .collect();
    if starting.len() < 2 {
        return Vec::new();
    }
    starting
        .iter()
        .map(|(t, e)| ctx.on_elem(*t, e).arg("count", starting.len()))
        .collect()
}

pub(crate) const MOMENTUM: Rule = Rule {
    articles: &[kb::ENHANCED_MTA, kb::MX_RULES],
    ..rule("useMomentum-enhanced-mta", Severity::Info, momentum)
};

fn momentum(ctx: &Ctx) -> Vec<Hit> {
    if ctx.flag(MTA, "useMomentum") != Some(true) {
        return Vec::new();
    }
    vec![ctx.on_val(ctx.eff.set_value(MTA, "useMomentum"), MTA)]
}

pub(crate) const VERIFY_MODE: Rule = Rule {
    articles: &[kb::STAT_SERVER],
    bad_example: Some("<mta verifyMode=\"true\"/>"),
    good_example: Some("<mta verifyMode=\"false\"/>"),
    ..rule("verifyMode-enabled", Severity::Error, verify_mode)
};

fn verify_mode(ctx: &Ctx) -> Vec<Hit> {
    if ctx.flag(MTA, "verifyMode") != Some(true) {
        return Vec::new();
    }
    vec![ctx.on_val(ctx.eff.set_value(MTA, "verifyMode"), MTA)]
}

pub(crate) const AUTOSTART_OFF: Rule = Rule {
    articles: &[kb::STAT_SERVER],
    ..rule("mta-autostart-off", Severity::Info, autostart_off)
};

fn autostart_off(ctx: &Ctx) -> Vec<Hit> {
    if !mta_visible(ctx) || ctx.flag(MTA, "autoStart") == Some(true) {
        return Vec::new();
    }
    vec![ctx.on_val(ctx.eff.set_value(MTA, "autoStart"), MTA)]
}

pub(crate) const ENABLE_TLS: Rule = Rule {
    articles: &[kb::TLS, kb::QUOTAS_MET],
    ..rule("enableTLS-missing-or-false", Severity::Info, enable_tls)
};

fn enable_tls(ctx: &Ctx) -> Vec<Hit> {
    let visible = ctx.at(MTA).next().is_some() || ctx.at(SMTP).next().is_some();
    if !visible || ctx.flag(SMTP, "enableTLS") == Some(true) {
        return Vec::new();
    }
    let set = ctx.eff.set_value(SMTP, "enableTLS");
    vec![ctx
        .on_val(set, SMTP)
        .arg("set", if set.is_some() { "yes" } else { "no" })]
}

pub(crate) const STAT_TLS: Rule = Rule {
    articles: &[kb::TLS, kb::MX_RULES],
    ..rule("statServerTLSSupport-disabled", Severity::Info, stat_tls)
};

fn stat_tls(ctx: &Ctx) -> Vec<Hit> {
    if ctx.flag(MTA, "statServerTLSSupport") != Some(false) {
        return Vec::new();
    }
    vec![ctx.on_val(ctx.eff.set_value(MTA, "statServerTLSSupport"), MTA)]
}

pub(crate) const BOOLEAN: Rule = Rule {
    bad_example: Some("<smtp enableTLS=\"yes\"/>"),
    good_example: Some("<smtp enableTLS=\"true\"/>"),
    articles: &[kb::STAT_SERVER],
    ..rule("boolean-value-invalid", Severity::Warning, boolean)
};

fn boolean(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (t, e) in ctx.elems() {
        for a in &e.attrs {
            let is_bool = a.param.is_some_and(|p| p.kind == Kind::Boolean);
            // The shipped default is what the stock file says, whatever the type column.
            let shipped = a.param.and_then(|p| p.default) == Some(a.value.trim());
            if is_bool && !shipped && !a.value.is_empty() && parse_bool(&a.value).is_none() {
                // `allowUserPassword="hunter2"`: whatever is in a password flag is not echoed.
                let shown = if hints_secret(&a.name) {
                    REDACTED
                } else {
                    a.value.as_str()
                };
                hits.push(ctx.on_a(t, a).arg("attribute", &a.name).arg("value", shown));
            }
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::split_host_port;

    #[test]
    fn host_port_forms() {
        assert_eq!(split_host_port("localhost"), Some(("localhost", None)));
        assert_eq!(split_host_port("stat:7777"), Some(("stat", Some(7777))));
        assert_eq!(split_host_port("[::1]:7777"), Some(("::1", Some(7777))));
        assert_eq!(split_host_port("::1"), Some(("::1", None)));
        assert_eq!(split_host_port("udp://x:7777"), None);
        assert_eq!(split_host_port("x:0"), None);
        assert_eq!(split_host_port("x:70000"), None);
        assert_eq!(split_host_port("a b"), None);
        assert_eq!(split_host_port("a:b:c"), None);
    }
}
