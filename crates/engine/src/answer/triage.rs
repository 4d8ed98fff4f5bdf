//! Whole-log triage, the reply: a [`LogScan`]'s groups looked up, the distinct errors named
//! with how often each occurs, the line it first appears on and its article, the rest
//! summarised. Only the groups with the most lines are looked up, so a log of any size costs
//! a bounded number of searches.

use serde::Serialize;

use super::render_ask::percent;
use crate::i18n::{FluentValue, Localizer};
use crate::kb::ArticleId;
use crate::search::{AskOptions, LogScan, Matcher, Why};
use crate::Lang;

/// The most errors a reply names.
pub const MAX_NAMED: usize = 3;
/// The most groups looked up, most lines first.
const MAX_LOOKED_UP: usize = 25;

/// One distinct error of a log and its article.
#[derive(Clone, Debug, Serialize)]
pub struct LogError {
    /// Lines with this error (every group answered with the same article, summed).
    pub count: u64,
    /// The 1-based line where it first appears.
    pub first_line: u64,
    /// That line, as read (credentials blanked, at most 300 characters).
    pub line: String,
    /// The article's id.
    pub article_id: ArticleId,
    /// Its title, in the reply's language when the article has it.
    pub title: String,
    /// Confidence in it for that line, in [0, 1].
    pub confidence: f32,
    /// Why it matched that line.
    pub why: Why,
}

/// kbbot's reply to a whole log.
#[derive(Clone, Debug, Serialize)]
pub struct LogReply {
    /// The language the reply is written in.
    pub lang: Lang,
    /// Lines read.
    pub lines: u64,
    /// The distinct errors with an article, most lines first: all of them (a face shows
    /// [`MAX_NAMED`]).
    pub errors: Vec<LogError>,
    /// Distinct texts not given an article (progress, context, errors no article covers).
    pub other_texts: usize,
    /// Lines those texts (and any ungrouped lines) hold.
    pub other_lines: u64,
}

/// Looks a scan's groups up and builds the reply, in `lang` (English when `None`).
pub fn triage(matcher: &Matcher, scan: LogScan, lang: Option<Lang>) -> LogReply {
    let lang = lang.unwrap_or(Lang::En);
    let lines = scan.lines();
    let mut other_lines = scan.ungrouped();
    let groups = scan.into_groups();
    let options = AskOptions {
        lang: Some(lang),
        ..AskOptions::default()
    };
    let mut errors: Vec<LogError> = Vec::new();
    let mut other_texts = 0;
    for (i, g) in groups.into_iter().enumerate() {
        let hit = (i < MAX_LOOKED_UP)
            .then(|| matcher.find(&g.sample, &options))
            .filter(|o| o.answered)
            .and_then(|o| o.hits.into_iter().next());
        let Some(hit) = hit else {
            other_texts += 1;
            other_lines += g.count;
            continue;
        };
        if let Some(e) = errors.iter_mut().find(|e| e.article_id == hit.id) {
            e.count += g.count;
            if g.first_line < e.first_line {
                e.first_line = g.first_line;
                e.line = g.sample;
            }
            continue;
        }
        let title = matcher
            .kb()
            .articles()
            .get(hit.version)
            .map(|a| a.title.clone())
            .unwrap_or_default();
        errors.push(LogError {
            count: g.count,
            first_line: g.first_line,
            line: g.sample,
            article_id: hit.id,
            title,
            confidence: hit.confidence,
            why: hit.why,
        });
    }
    errors.sort_by(|a, b| b.count.cmp(&a.count).then(a.first_line.cmp(&b.first_line)));
    LogReply {
        lang,
        lines,
        errors,
        other_texts,
        other_lines,
    }
}

/// The reply as text with Markdown marks, in its language.
pub fn render_log_text(reply: &LogReply, l10n: &Localizer) -> String {
    let lang = reply.lang;
    let named = reply.errors.len().min(MAX_NAMED);
    let mut out = l10n.msg(
        lang,
        "log-heading",
        &[
            ("lines", FluentValue::from(reply.lines)),
            ("errors", FluentValue::from(reply.errors.len())),
        ],
    );
    out.push('\n');
    for e in &reply.errors[..named] {
        let line = e.line.replace('`', "'");
        out.push_str(&l10n.msg(
            lang,
            "log-error",
            &[
                ("count", FluentValue::from(e.count)),
                ("line", FluentValue::from(line)),
                ("first", FluentValue::from(e.first_line)),
                ("id", FluentValue::from(e.article_id.as_str())),
                ("title", FluentValue::from(e.title.as_str())),
                ("percent", percent(e.confidence)),
            ],
        ));
        out.push('\n');
    }
    let unnamed = &reply.errors[named..];
    if !unnamed.is_empty() {
        let lines: u64 = unnamed.iter().map(|e| e.count).sum();
        out.push_str(&l10n.msg(
            lang,
            "log-more-errors",
            &[
                ("errors", FluentValue::from(unnamed.len())),
                ("lines", FluentValue::from(lines)),
            ],
        ));
        out.push('\n');
    }
    if reply.other_texts > 0 {
        out.push_str(&l10n.msg(
            lang,
            "log-rest",
            &[
                ("texts", FluentValue::from(reply.other_texts)),
                ("lines", FluentValue::from(reply.other_lines)),
            ],
        ));
        out.push('\n');
    }
    out
}
