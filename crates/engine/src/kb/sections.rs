//! Finding an article's sections (Description, Environment, Issue/Symptoms, Cause, Resolution)
//! in a page body: by heading anchor (`{#resolution}`) first, heading text second, in the five
//! languages, including Adobe's bold pseudo-headings (`<b>Environment</b>` lines or
//! `### <b>Miljö</b>`) inside a Description.
//!
//! Returns each section as Markdown and plain text; the error strings come from the symptoms.
//! Knows nothing of files or front matter.

use crate::Lang;

use super::article::{Section, Sections};
use super::fence::Fence;
use super::{markdown, markup};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Description,
    Environment,
    Symptoms,
    Cause,
    Resolution,
}

/// Anchors first: they stay English in every language.
fn kind_of_anchor(anchor: &str) -> Option<Kind> {
    match anchor.to_ascii_lowercase().as_str() {
        "description" => Some(Kind::Description),
        "environment" => Some(Kind::Environment),
        "symptoms" | "issue" | "issue-symptoms" | "issuesymptoms" => Some(Kind::Symptoms),
        "cause" => Some(Kind::Cause),
        "resolution" | "solution" => Some(Kind::Resolution),
        _ => None,
    }
}

/// Heading text, normalised (lower case, no markup, no trailing colon, no spaces around `/`).
fn kind_of_text(text: &str) -> Option<Kind> {
    let t = text.replace(" / ", "/");
    match t.as_str() {
        "description" | "beschrijving" | "omschrijving" | "beskrivning" | "descrizione" => {
            Some(Kind::Description)
        }
        "environment" | "environnement" | "omgeving" | "miljö" | "ambiente" => {
            Some(Kind::Environment)
        }
        "issue/symptoms"
        | "issue"
        | "symptoms"
        | "problème/symptômes"
        | "problème"
        | "symptômes"
        | "probleem/symptomen"
        | "probleem/symptoom"
        | "symptomen"
        | "probleem"
        | "problem/symptom"
        | "problem/symtom"
        | "problem/symptomer"
        | "symtom"
        | "problema/sintomi"
        | "problema/sintomo"
        | "sintomi"
        | "problema" => Some(Kind::Symptoms),
        "cause" | "oorzaak" | "orsak" | "causa" => Some(Kind::Cause),
        "resolution" | "résolution" | "solution" | "oplossing" | "resolutie" | "lösning"
        | "upplösning" | "risoluzione" | "soluzione" => Some(Kind::Resolution),
        _ => None,
    }
}

fn normalise_heading(raw: &str) -> String {
    let plain = markup::prose(raw, false);
    let plain = plain.replace(['*', '_'], "");
    plain.trim().trim_end_matches(':').trim().to_lowercase()
}

struct Heading {
    level: usize,
    kind: Option<Kind>,
    /// Found by anchor: trusted anywhere in the page.
    by_anchor: bool,
}

/// An ATX heading (`## Text {#anchor}`), with the kind it names.
fn atx_heading(line: &str) -> Option<Heading> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let t = &line[indent..];
    let level = t.chars().take_while(|c| *c == '#').count();
    if level == 0 || level > 6 {
        return None;
    }
    let rest = &t[level..];
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let mut text = rest.trim().trim_end_matches('#').trim();
    let mut anchor_kind = None;
    if let Some(open) = text.rfind("{#") {
        if text.ends_with('}') {
            anchor_kind = kind_of_anchor(&text[open + 2..text.len() - 1]);
            text = text[..open].trim();
        }
    }
    let kind = anchor_kind.or_else(|| kind_of_text(&normalise_heading(text)));
    Some(Heading {
        level,
        kind,
        by_anchor: anchor_kind.is_some(),
    })
}

/// A line that is nothing but a bold section label: `<b>Environment</b>`, `**Issue/Symptoms**`.
fn pseudo_heading(line: &str) -> Option<Kind> {
    let t = line.trim();
    let bold = t.starts_with("<b>") || t.starts_with("**") || t.starts_with("<strong>");
    if !bold || t.len() > 80 {
        return None;
    }
    kind_of_text(&normalise_heading(t))
}

/// An article body split into sections, plus the title of its leading `# H1`, if any.
pub(crate) struct Split {
    pub sections: Sections,
    pub h1: Option<String>,
    pub error_strings: Vec<String>,
    /// Whether a Description, Symptoms or Resolution section was found by anchor or heading.
    pub structured: bool,
}

/// Splits `body` (mojibake already repaired) into sections, in `lang` for callout labels.
pub(crate) fn split(body: &str, lang: Lang) -> Split {
    let mut splitter = Splitter::default();
    for line in body.lines() {
        splitter.line(line);
    }
    splitter.finish(lang)
}

/// Where the walk over a body's lines is: the section lines go to, and what decides it.
#[derive(Default)]
struct Splitter<'b> {
    parts: [Vec<&'b str>; 6], // body, then one per Kind
    target: Option<Kind>,
    target_level: usize,
    description_level: Option<usize>,
    fence: Option<Fence>,
    h1: Option<String>,
    seen_content: bool,
    structured: bool,
}

impl<'b> Splitter<'b> {
    fn push(&mut self, line: &'b str) {
        let slot = match self.target {
            None => 0,
            Some(Kind::Description) => 1,
            Some(Kind::Environment) => 2,
            Some(Kind::Symptoms) => 3,
            Some(Kind::Cause) => 4,
            Some(Kind::Resolution) => 5,
        };
        self.parts[slot].push(line);
    }

    /// Files one line: fenced code stays in the current section, headings may switch it.
    fn line(&mut self, line: &'b str) {
        let inner = markup::strip_quote_prefix(line.trim_start());
        if let Some(f) = self.fence {
            if f.closed_by(inner) {
                self.fence = None;
            }
            self.push(line);
            return;
        }
        if let Some(f) = Fence::opened_by(inner) {
            self.fence = Some(f);
            self.push(line);
            self.seen_content = true;
            return;
        }
        if let Some(h) = atx_heading(line) {
            self.heading(line, &h);
            return;
        }
        if self.description_level.is_some() {
            if let Some(kind @ (Kind::Environment | Kind::Symptoms)) = pseudo_heading(line) {
                self.target = Some(kind);
                // Any real heading ends a pseudo-heading's section.
                self.target_level = 7;
                return;
            }
        }
        if !line.trim().is_empty() {
            self.seen_content = true;
        }
        self.push(line);
    }

    /// A heading: the page title, the start of a section, or a line of the current one.
    fn heading(&mut self, line: &'b str, h: &Heading) {
        if h.level == 1 && !self.seen_content && self.h1.is_none() {
            self.h1 = Some(markdown::to_text(&markup::prose(
                line.trim_start_matches('#').trim(),
                false,
            )));
            self.seen_content = true;
            return;
        }
        self.seen_content = true;
        let in_description = self.description_level.is_some_and(|d| h.level > d);
        let kind = h.kind.filter(|k| {
            !matches!(k, Kind::Environment | Kind::Symptoms) || h.by_anchor || in_description
        });
        if let Some(kind) = kind {
            self.structured = true;
            self.target = Some(kind);
            self.target_level = h.level;
            self.description_level = match kind {
                Kind::Description => Some(h.level),
                _ if in_description => self.description_level,
                _ => None,
            };
            return;
        }
        if !in_description {
            self.description_level = None;
        }
        if self.target.is_some() && h.level <= self.target_level {
            self.target = self.description_level.map(|_| Kind::Description);
            self.target_level = self.description_level.unwrap_or(0);
        }
        self.push(line);
    }

    /// The sections rendered, and the error strings of the symptoms.
    fn finish(self, lang: Lang) -> Split {
        let [body_lines, description, environment, symptoms, cause, resolution] = self.parts;
        let section = |lines: &[&str]| {
            let markdown = markup::to_markdown(lines, lang).trim().to_string();
            let text = markdown::to_text(&markdown);
            Section { text, markdown }
        };
        let symptoms = section(&symptoms);
        let error_strings = markdown::error_strings(&symptoms.markdown);
        Split {
            sections: Sections {
                description: section(&description),
                environment: section(&environment),
                symptoms,
                cause: section(&cause),
                resolution: section(&resolution),
                body: section(&body_lines),
            },
            h1: self.h1,
            error_strings,
            structured: self.structured,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED_STYLE: &str = "# Leveransfel\n\nIntro line.\n\n## Beskrivning {#description}\n\n### <b>Miljö</b>\n\nCampaign Classic\n\n### <b>Problem/symtom</b>\n\nHämta fel:\n\n*Misslyckade leveranser med fel:\n<br>Meddelanden är köade (anslutningskvoter uppfylls)*\n\n## Upplösning {#resolution}\n\nDet *kvoter* meddelandet.\n";

    #[test]
    fn seed_with_heading_pseudo_sections() {
        let s = split(SEED_STYLE, Lang::Sv);
        assert_eq!(s.h1.as_deref(), Some("Leveransfel"));
        assert_eq!(s.sections.environment.text, "Campaign Classic");
        assert!(s.sections.symptoms.text.starts_with("Hämta fel:"));
        assert_eq!(
            s.error_strings,
            vec!["Meddelanden är köade (anslutningskvoter uppfylls)"]
        );
        assert_eq!(s.sections.resolution.text, "Det kvoter meddelandet.");
        assert_eq!(s.sections.body.text, "Intro line.");
        assert!(s.structured);
    }

    #[test]
    fn bold_line_pseudo_headings() {
        let src = "## Description {#description}\n\n<b>Environnement</b>\nCampaign Classic\n\n\n<b>Problème/Symptômes</b>\nObtention :\n\n*Diffusions en échec :\n<br>Messages mis en file d’attente (quotas de connexion atteints)*\n\n## Résolution {#resolution}\n\nFix.\n";
        let s = split(src, Lang::Fr);
        assert_eq!(s.sections.environment.text, "Campaign Classic");
        assert_eq!(
            s.error_strings,
            vec!["Messages mis en file d’attente (quotas de connexion atteints)"]
        );
        assert_eq!(s.sections.resolution.markdown, "Fix.");
        assert_eq!(s.sections.description.text, "");
    }

    #[test]
    fn our_format_with_translated_headings_and_cause() {
        let src = "# T\n\n## Beschrijving {#description}\n\n### Omgeving\n\nCampaign Classic v7\n\n### Probleem/symptomen\n\n- `Berichten in de wachtrij (verbindingsquota gehaald)`\n\n## Oorzaak {#cause}\n\nWhy.\n\n## Oplossing\n\n1. Step\n\n### Detail\n\nMore.\n\n## Gerelateerd {#related}\n\nKB-0002\n";
        let s = split(src, Lang::Nl);
        assert_eq!(
            s.error_strings,
            vec!["Berichten in de wachtrij (verbindingsquota gehaald)"]
        );
        assert_eq!(s.sections.cause.text, "Why.");
        assert_eq!(s.sections.resolution.text, "Step\nDetail\nMore.");
        assert_eq!(s.sections.body.text, "Gerelateerd\nKB-0002");
    }

    #[test]
    fn doc_page_keeps_everything_in_body_and_fences_hide_headings() {
        let src =
            "# Page\n\nText.\n\n```\n## Resolution\n```\n\n## Environment\n\nnot a KB section\n";
        let s = split(src, Lang::En);
        assert!(!s.structured);
        assert!(s.sections.resolution.is_empty());
        assert!(s.sections.environment.is_empty());
        assert!(s.sections.body.text.contains("## Resolution"));
        assert!(s.sections.body.text.contains("not a KB section"));
    }
}
