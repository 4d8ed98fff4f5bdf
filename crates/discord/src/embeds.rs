//! Drawing the engine's replies ([`AskReply`], [`ShowReply`], [`Report`]) as Discord embeds and
//! buttons, within Discord's limits.
//!
//! Owns the limits (4,096 characters an embed description, 256 a title, 1,024 a field,
//! 6,000 an embed in all, 25 fields, 80 a button label, 100 a custom id) and the paging of
//! long answers: a long text is split at paragraph, line or word boundaries into pages, each
//! page says "page i/n", and nothing is cut without an ellipsis. Pure functions over the
//! replies; must not decide what an answer is, and must not send anything.

use kbbot_engine::answer::{
    note_text, other_errors_text, render_log_text, AskReply, LogReply, ShowReply, Why,
};
use kbbot_engine::check::{Outcome, Report};
use kbbot_engine::i18n::Localizer;
use kbbot_engine::kb::ArticleId;
use kbbot_engine::Lang;
use poise::serenity_prelude as serenity;
use serenity::{CreateEmbed, CreateEmbedFooter};

use super::engine::Confidence;

/// Longest embed description Discord accepts.
pub const DESCRIPTION_MAX: usize = 4096;
/// Longest embed title.
pub const TITLE_MAX: usize = 256;
/// Longest field value.
pub const FIELD_MAX: usize = 1024;
/// Most characters in all of one message's embeds.
pub const EMBED_TOTAL_MAX: usize = 6000;
/// Longest button label.
pub const LABEL_MAX: usize = 80;
/// Longest custom id.
pub const CUSTOM_ID_MAX: usize = 100;
/// The description budget of one page: leaves room for the title, fields and footer.
const PAGE_TEXT: usize = 3800;
// A page's text plus the most its title, fields and footer take (about 2,100) fits.
const _: () = assert!(PAGE_TEXT <= DESCRIPTION_MAX && PAGE_TEXT + 2100 <= EMBED_TOTAL_MAX);
/// The most the field naming a paste's other errors takes (three lines of about 160).
const OTHERS_MAX: usize = 500;
/// Buttons in one action row.
const ROW_MAX: usize = 5;

/// Colour of an answer, of a decline, of a clean check, of a check with problems.
const BLUE: u32 = 0x2b6cb0;
const GREY: u32 = 0x718096;
const GREEN: u32 = 0x2f855a;
const ORANGE: u32 = 0xc05621;

/// Discord counts UTF-16 code units.
pub fn len16(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Cuts `s` to `max` UTF-16 units, ending in `…` when anything was cut.
pub fn clip(s: &str, max: usize) -> String {
    if len16(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut n = 0;
    for c in s.chars() {
        if n + c.len_utf16() > max.saturating_sub(1) {
            break;
        }
        n += c.len_utf16();
        out.push(c);
    }
    out.push('…');
    out
}

/// Splits `text` into pieces of at most `max` UTF-16 units, preferring paragraph, then line,
/// then word boundaries; a single over-long word is split between characters. Joining the
/// pieces gives back the text up to the whitespace at the cuts.
pub fn split(text: &str, max: usize) -> Vec<String> {
    let max = max.max(16);
    let mut pages = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        if len16(rest) <= max {
            pages.push(rest.to_string());
            break;
        }
        // The largest byte offset whose prefix fits.
        let mut fit = 0;
        let mut n = 0;
        for (i, c) in rest.char_indices() {
            if n + c.len_utf16() > max {
                break;
            }
            n += c.len_utf16();
            fit = i + c.len_utf8();
        }
        let head = &rest[..fit];
        let cut = ["\n\n", "\n", " "]
            .iter()
            .find_map(|sep| head.rfind(sep).filter(|&i| i > fit / 3))
            .unwrap_or(fit);
        let cut = if cut == 0 { fit } else { cut };
        pages.push(rest[..cut].trim_end().to_string());
        rest = rest[cut..].trim_start();
    }
    pages
}

fn footer(l10n: &Localizer, lang: Lang, page: usize, pages: usize) -> CreateEmbedFooter {
    CreateEmbedFooter::new(l10n.msg(
        lang,
        "bot-page",
        &[("page", page.into()), ("pages", pages.into())],
    ))
}

/// The article a page shows: an answer's or one asked for by id.
struct Shown<'a> {
    id: &'a ArticleId,
    title: &'a str,
    url: Option<&'a str>,
    /// The error string of the article that the paste matched, where one did.
    matched_error: Option<&'a str>,
    /// How sure the match is; `None` when the user asked for this article by id.
    confidence: Option<Confidence>,
    /// The resolution (or summary) as Markdown.
    resolution: &'a str,
    resolution_cut: bool,
    /// The language of the version shown.
    version_lang: Lang,
    /// The paste's other errors with their own articles: a heading and its lines.
    others: Option<(String, Vec<String>)>,
}

/// The embeds of an answer or a decline, one per message, in order.
pub fn ask_pages(reply: &AskReply, l10n: &Localizer) -> Vec<CreateEmbed> {
    let lang = reply.lang;
    let notes: String = reply
        .notes
        .iter()
        .map(|n| format!("*{}*\n\n", note_text(n, lang, l10n)))
        .collect();
    let Some(a) = &reply.answer else {
        let info_only = reply
            .notes
            .iter()
            .any(|n| matches!(n, kbbot_engine::answer::Note::InfoOnly { .. }));
        if reply.notes.contains(&kbbot_engine::answer::Note::SmallTalk)
            || (info_only && reply.candidates.is_empty())
        {
            // The note says it all: there was nothing to be unsure about.
            return paged(CreateEmbed::new().colour(GREY), notes.trim(), l10n, lang);
        }
        let mut text = notes;
        text.push_str(&l10n.msg(lang, "bot-ask-unsure", &[]));
        if !reply.candidates.is_empty() {
            text.push_str("\n\n");
            text.push_str(&l10n.msg(lang, "bot-ask-candidates", &[]));
            for alt in &reply.candidates {
                text.push_str(&format!("\n- **{}** ({})", alt.title, alt.article_id));
            }
        }
        return paged(
            CreateEmbed::new()
                .title(clip(
                    &l10n.msg(lang, "bot-ask-unsure-title", &[]),
                    TITLE_MAX,
                ))
                .colour(GREY),
            &text,
            l10n,
            lang,
        );
    };
    let shown = Shown {
        id: &a.article_id,
        title: &a.title,
        url: a.url.as_deref(),
        matched_error: match &a.why {
            Why::Signature { text, .. } => Some(text),
            Why::Code { code } => Some(code),
            Why::Words { .. } | Why::Named { .. } => a.matched_line.as_deref(),
        },
        confidence: Some(Confidence::of(reply)),
        resolution: &a.resolution,
        resolution_cut: a.resolution_cut,
        version_lang: a.lang,
        others: (!reply.other_errors.is_empty())
            .then(|| other_errors_text(&reply.other_errors, lang, l10n)),
    };
    article_pages(&shown, notes, lang, l10n)
}

/// As many of `lines` as fit in `max` whole, one per line (a cut could leave a code span
/// open); the first alone is clipped when even it does not fit.
fn whole_lines(lines: &[String], max: usize) -> String {
    let mut out = String::new();
    for line in lines {
        let sep = usize::from(!out.is_empty());
        if len16(&out) + sep + len16(line) > max {
            break;
        }
        if sep == 1 {
            out.push('\n');
        }
        out.push_str(line);
    }
    if out.is_empty() {
        lines.first().map(|l| clip(l, max)).unwrap_or_default()
    } else {
        out
    }
}

/// The embeds of a triaged log: the distinct errors with their counts and articles.
pub fn log_pages(reply: &LogReply, file: &str, l10n: &Localizer) -> Vec<CreateEmbed> {
    let lang = reply.lang;
    let title = l10n.msg(lang, "bot-log-title", &[("file", file.into())]);
    let colour = if reply.errors.is_empty() { GREY } else { BLUE };
    let first = CreateEmbed::new()
        .title(clip(&title, TITLE_MAX))
        .colour(colour);
    paged(first, &render_log_text(reply, l10n), l10n, lang)
}

/// The embeds of an article asked for by id.
pub fn show_pages(reply: &ShowReply, l10n: &Localizer) -> Vec<CreateEmbed> {
    let shown = Shown {
        id: &reply.article_id,
        title: &reply.title,
        url: reply.url.as_deref(),
        matched_error: None,
        confidence: None,
        resolution: if reply.resolution.is_empty() {
            &reply.summary
        } else {
            &reply.resolution
        },
        resolution_cut: false,
        version_lang: reply.version_lang,
        others: None,
    };
    article_pages(&shown, String::new(), reply.lang, l10n)
}

/// The pages of one article: title and link, the recognised error, the confidence, the
/// version's language when it is not the reader's, then `notes` and the resolution.
fn article_pages(hit: &Shown<'_>, notes: String, lang: Lang, l10n: &Localizer) -> Vec<CreateEmbed> {
    let mut first = CreateEmbed::new()
        .title(clip(hit.title, TITLE_MAX))
        .colour(BLUE);
    if let Some(url) = hit.url.filter(|u| u.starts_with("https://")) {
        first = first.url(url);
    }
    if let Some(err) = &hit.matched_error {
        first = first.field(
            l10n.msg(lang, "bot-field-error", &[]),
            clip(&format!("`{}`", err.replace('`', "'")), FIELD_MAX),
            false,
        );
    }
    if let Some(c) = hit.confidence {
        let confidence = l10n.msg(lang, c.msg_id(), &[]);
        first = first.field(
            l10n.msg(lang, "bot-field-confidence", &[]),
            confidence,
            true,
        );
    }
    first = first.field(
        l10n.msg(lang, "bot-field-article", &[]),
        clip(
            &match hit.url {
                Some(url) => format!("[{}]({})", hit.id, url),
                None => hit.id.to_string(),
            },
            FIELD_MAX,
        ),
        true,
    );
    if let Some((heading, items)) = &hit.others {
        // Kept short: with the other fields it must leave the page its text.
        first = first.field(
            clip(heading, TITLE_MAX),
            whole_lines(items, OTHERS_MAX),
            false,
        );
    }
    if hit.version_lang != lang {
        first = first.field(
            l10n.msg(lang, "bot-field-language", &[]),
            l10n.msg(
                lang,
                "bot-other-version",
                &[(
                    "language",
                    l10n.msg(lang, &format!("lang-{}", hit.version_lang.code()), &[])
                        .into(),
                )],
            ),
            false,
        );
    }
    let mut text = notes;
    if hit.resolution.trim().is_empty() {
        text.push_str(&l10n.msg(lang, "bot-no-resolution", &[]));
    } else {
        text.push_str(hit.resolution);
    }
    if hit.resolution_cut {
        text.push_str("\n\n*");
        text.push_str(&l10n.msg(lang, "bot-resolution-cut", &[]));
        text.push('*');
    }
    paged(first, &text, l10n, lang)
}

/// Whether the checker found credentials: its `secret-*` rules (stable ids).
pub fn has_credentials(report: &Report) -> bool {
    report
        .findings
        .iter()
        .any(|f| f.rule.starts_with("secret-"))
}

/// The embeds of a check report on the files `names`, in `lang`.
pub fn check_pages(
    report: &Report,
    names: &[&str],
    lang: Lang,
    l10n: &Localizer,
) -> Vec<CreateEmbed> {
    let secrets = has_credentials(report);
    let colour = if secrets || report.outcome() != Outcome::Clean {
        ORANGE
    } else {
        GREEN
    };
    let headline = l10n.msg(
        lang,
        "bot-check-title",
        &[("files", names.join(", ").into())],
    );
    let mut first = CreateEmbed::new()
        .title(clip(&headline, TITLE_MAX))
        .colour(colour);
    if secrets {
        first = first.field(
            l10n.msg(lang, "bot-secrets-title", &[]),
            l10n.msg(lang, "bot-secrets-private", &[]),
            false,
        );
    }
    let body = kbbot_engine::answer::check::render_markdown(report, lang);
    paged(first, &body, l10n, lang)
}

/// Puts `text` into `first` and as many continuation embeds as it needs, with page footers.
fn paged(first: CreateEmbed, text: &str, l10n: &Localizer, lang: Lang) -> Vec<CreateEmbed> {
    let chunks = split(text, PAGE_TEXT);
    let pages = chunks.len().max(1);
    let mut out = Vec::with_capacity(pages);
    let mut first = Some(first);
    for i in 0..pages {
        let base = first.take().unwrap_or_else(|| {
            CreateEmbed::new()
                .colour(GREY)
                .title(clip(&l10n.msg(lang, "bot-continued", &[]), TITLE_MAX))
        });
        let mut embed = match chunks.get(i) {
            Some(chunk) => base.description(chunk.clone()),
            None => base,
        };
        if pages > 1 {
            embed = embed.footer(footer(l10n, lang, i + 1, pages));
        }
        out.push(embed);
    }
    out
}

mod buttons;
pub use buttons::{article_id, ask_buttons, feedback_id, parse_press, show_buttons, Press};

#[cfg(test)]
mod tests;
