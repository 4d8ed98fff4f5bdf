//! Bounce rules (checker ideas §6): the inMail module that reads asynchronous bounces.

use super::{kb, Ctx, Detect, Hit, Rule};
use crate::check::report::{Category, Severity};

const INMAIL: &str = "serverconf/inMail";

pub(crate) const INMAIL_OFF: Rule = Rule {
    id: "inMail-autostart-off",
    severity: Severity::Info,
    category: Category::Bounce,
    articles: &[kb::BOUNCES, kb::USER_UNKNOWN, kb::FLOW_CONTROL],
    bad_example: Some(
        "<mta autoStart=\"true\" statServerAddress=\"localhost\"/>\n<inMail autoStart=\"false\"/>",
    ),
    good_example: Some(
        "<mta autoStart=\"true\" statServerAddress=\"localhost\"/>\n<inMail autoStart=\"true\"/>",
    ),
    also: &[],
    detect: Detect::Check(inmail_off),
};

fn inmail_off(ctx: &Ctx) -> Vec<Hit> {
    if ctx.flag("serverconf/mta", "autoStart") != Some(true) {
        return Vec::new();
    }
    if !ctx.complete && !ctx.section_seen(INMAIL) {
        return Vec::new();
    }
    if ctx.flag(INMAIL, "autoStart") == Some(true) {
        return Vec::new();
    }
    vec![ctx.on_val(ctx.eff.set_value(INMAIL, "autoStart"), INMAIL)]
}

pub(crate) const CHECK_INSTANCE: Rule = Rule {
    id: "inMail-checkInstanceName-off",
    severity: Severity::Info,
    category: Category::Bounce,
    articles: &[kb::BOUNCES],
    bad_example: Some("<inMail checkInstanceName=\"false\"/>"),
    good_example: Some("<inMail checkInstanceName=\"true\"/>"),
    also: &[],
    detect: Detect::Check(check_instance),
};

fn check_instance(ctx: &Ctx) -> Vec<Hit> {
    if ctx.flag(INMAIL, "checkInstanceName") != Some(false) {
        return Vec::new();
    }
    vec![ctx.on_val(ctx.eff.set_value(INMAIL, "checkInstanceName"), INMAIL)]
}
