//! Localisation: the fluent bundles in `locales/<lang>/*.ftl` for the five languages, and
//! locale negotiation (Discord codes such as `sv-SE`, `en-US` map onto the five languages).
//!
//! **Invariant:** no message text lives in code. A message missing in one language falls back
//! to English; a message missing everywhere shows its id and is logged, never a panic.
//!
//! ```
//! use kbbot_engine::{i18n::Localizer, Lang};
//! let l10n = Localizer::bundled();
//! assert!(!l10n.msg(Lang::Fr, "lang-name", &[]).is_empty());
//! ```

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource};
use include_dir::{include_dir, Dir};
use unic_langid::LanguageIdentifier;

use crate::Lang;

pub use fluent::FluentValue;

static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../locales");

/// A fluent source file that failed to parse.
#[derive(Debug, thiserror::Error)]
#[error("{file}: fluent syntax error: {detail}")]
pub struct LocaleError {
    /// The locale file, relative to `locales/`.
    pub file: String,
    /// What is wrong in it.
    pub detail: String,
}

/// The fluent bundles of the five languages.
pub struct Localizer {
    bundles: HashMap<Lang, FluentBundle<FluentResource>>,
    /// The raw sources, kept for the completeness tests and `kbbot explain`.
    sources: HashMap<Lang, Vec<(String, String)>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").finish_non_exhaustive()
    }
}

impl Localizer {
    /// The bundles compiled into the binary from `locales/`. Built once.
    ///
    /// The embedded files are checked by the test suite, so a syntax error here is a build
    /// defect; it is logged and the broken file is skipped rather than panicking.
    pub fn bundled() -> &'static Localizer {
        static BUNDLED: OnceLock<Localizer> = OnceLock::new();
        BUNDLED.get_or_init(|| {
            let files = embedded_files();
            let (l10n, errors) = Localizer::from_sources(files);
            for e in errors {
                tracing::error!("{e}");
            }
            l10n
        })
    }

    /// Builds bundles from `(lang, file name, source)` triples; returns the errors beside them.
    pub fn from_sources(files: Vec<(Lang, String, String)>) -> (Localizer, Vec<LocaleError>) {
        let mut bundles: HashMap<Lang, FluentBundle<FluentResource>> = HashMap::new();
        let mut sources: HashMap<Lang, Vec<(String, String)>> = HashMap::new();
        let mut errors = Vec::new();
        for lang in Lang::ALL {
            let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Isolation marks (U+2068/U+2069) show up as garbage in terminals and code blocks.
            bundle.set_use_isolating(false);
            bundles.insert(lang, bundle);
        }
        for (lang, file, source) in files {
            let resource = match FluentResource::try_new(source.clone()) {
                Ok(r) => r,
                Err((r, errs)) => {
                    errors.push(LocaleError {
                        file: file.clone(),
                        detail: format!("{errs:?}"),
                    });
                    r
                }
            };
            if let Some(bundle) = bundles.get_mut(&lang) {
                if let Err(errs) = bundle.add_resource(resource) {
                    errors.push(LocaleError {
                        file: file.clone(),
                        detail: format!("{errs:?}"),
                    });
                }
            }
            sources.entry(lang).or_default().push((file, source));
        }
        (Localizer { bundles, sources }, errors)
    }

    /// Formats message `id` in `lang`, falling back to English, then to the id itself.
    pub fn msg(&self, lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.format(lang, id, None, args).unwrap_or_else(|| {
            tracing::warn!(id, "unknown fluent message identifier");
            id.to_string()
        })
    }

    /// Formats attribute `attr` of message `id` (fluent `.attr = ...`), with the same fallbacks
    /// as [`Localizer::msg`] but `None` when the attribute exists in no language.
    pub fn attr(
        &self,
        lang: Lang,
        id: &str,
        attr: &str,
        args: &[(&str, FluentValue<'_>)],
    ) -> Option<String> {
        self.format(lang, id, Some(attr), args)
    }

    /// Whether `lang`'s own bundle (no fallback) has message `id`.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundles.get(&lang).is_some_and(|b| b.has_message(id))
    }

    /// The fluent sources of one language as `(file name, text)`.
    pub fn sources(&self, lang: Lang) -> &[(String, String)] {
        self.sources.get(&lang).map(Vec::as_slice).unwrap_or(&[])
    }

    fn format(
        &self,
        lang: Lang,
        id: &str,
        attr: Option<&str>,
        args: &[(&str, FluentValue<'_>)],
    ) -> Option<String> {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            fargs.set(*name, value.clone());
        }
        for candidate in [lang, Lang::En] {
            let Some(bundle) = self.bundles.get(&candidate) else {
                continue;
            };
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            let pattern = match attr {
                Some(a) => message.get_attribute(a).map(|at| at.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
            if !errors.is_empty() {
                tracing::warn!(id, ?errors, "fluent formatting errors");
            }
            return Some(text.into_owned());
        }
        None
    }
}

fn embedded_files() -> Vec<(Lang, String, String)> {
    let mut files = Vec::new();
    for dir in LOCALES.dirs() {
        let Some(lang) = dir
            .path()
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(Lang::from_tag)
        else {
            continue;
        };
        for file in dir.files() {
            if file.path().extension().and_then(|e| e.to_str()) != Some("ftl") {
                continue;
            }
            let Some(text) = file.contents_utf8() else {
                tracing::error!(path = %file.path().display(), "locale file is not UTF-8");
                continue;
            };
            files.push((lang, file.path().display().to_string(), text.to_string()));
        }
    }
    files.sort_by(|a, b| a.1.cmp(&b.1));
    files
}

/// Maps a locale tag from Discord, a terminal or a user (`sv-SE`, `en-GB`, `fr`) onto one of
/// the five languages.
pub fn negotiate(tag: &str) -> Option<Lang> {
    Lang::from_tag(tag)
}

#[cfg(test)]
mod tests;
