//! What went wrong loading a page, as values: [`Diagnostic`] (where) and [`DiagnosticKind`]
//! (what), rendered through fluent (`locales/*/kb.ftl`, ids `kb-diag-*`).

use crate::i18n::{FluentValue, Localizer};
use crate::Lang;

/// A file that could not be loaded, or loaded with a problem worth telling its author.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Path relative to the KB root, with `/` separators.
    pub path: String,
    /// 1-based line, where known.
    pub line: Option<usize>,
    /// The message in English; [`Diagnostic::message_in`] gives it in another language.
    pub message: String,
    /// What went wrong.
    pub kind: DiagnosticKind,
}

/// What a [`Diagnostic`] is about.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// The file could not be read (permissions, vanished, ...).
    Unreadable {
        /// The system's reason.
        reason: String,
    },
    /// The file is larger than [`super::MAX_PAGE_BYTES`].
    TooLarge {
        /// The file's size.
        bytes: u64,
        /// The most a page may hold.
        limit: u64,
    },
    /// The file is empty or blank.
    Empty,
    /// The file holds NUL bytes: not a text page.
    Binary,
    /// The file is not UTF-8 (byte offset of the first bad byte).
    NotUtf8 {
        /// Where the first bad byte is.
        offset: usize,
    },
    /// A `---` opens front matter that never closes.
    FrontMatterUnclosed,
    /// The YAML parser refused the front matter; the line-based reader was used instead.
    YamlFallback {
        /// The YAML parser's reason.
        reason: String,
    },
    /// Neither folder, front matter nor text said which language: English was assumed.
    NoLanguage,
    /// A folder nested deeper than the walk goes.
    TooDeep {
        /// The deepest the walk goes.
        limit: usize,
    },
    /// More files than one KB may hold; the rest were not read.
    TooManyFiles {
        /// The most files one KB may hold.
        limit: usize,
    },
    /// A named pipe, socket or device named like a page: opening it could wait forever.
    NotAFile,
}

impl DiagnosticKind {
    /// Whether the file was left out of the KB (otherwise it loaded, with a problem).
    pub fn is_error(&self) -> bool {
        !matches!(
            self,
            DiagnosticKind::YamlFallback { .. } | DiagnosticKind::NoLanguage
        )
    }

    /// The fluent message id.
    pub fn fluent_id(&self) -> &'static str {
        match self {
            DiagnosticKind::Unreadable { .. } => "kb-diag-unreadable",
            DiagnosticKind::TooLarge { .. } => "kb-diag-too-large",
            DiagnosticKind::Empty => "kb-diag-empty",
            DiagnosticKind::Binary => "kb-diag-binary",
            DiagnosticKind::NotUtf8 { .. } => "kb-diag-not-utf8",
            DiagnosticKind::FrontMatterUnclosed => "kb-diag-front-matter-unclosed",
            DiagnosticKind::YamlFallback { .. } => "kb-diag-yaml-fallback",
            DiagnosticKind::NoLanguage => "kb-diag-no-language",
            DiagnosticKind::TooDeep { .. } => "kb-diag-too-deep",
            DiagnosticKind::TooManyFiles { .. } => "kb-diag-too-many-files",
            DiagnosticKind::NotAFile => "kb-diag-not-a-file",
        }
    }

    fn args(&self) -> Vec<(&'static str, FluentValue<'_>)> {
        match self {
            DiagnosticKind::Unreadable { reason } | DiagnosticKind::YamlFallback { reason } => {
                vec![("reason", reason.as_str().into())]
            }
            DiagnosticKind::TooLarge { bytes, limit } => vec![
                ("size", FluentValue::from(*bytes as f64)),
                ("limit", FluentValue::from(*limit as f64)),
            ],
            DiagnosticKind::NotUtf8 { offset } => {
                vec![("offset", FluentValue::from(*offset as f64))]
            }
            DiagnosticKind::TooDeep { limit } | DiagnosticKind::TooManyFiles { limit } => {
                vec![("limit", FluentValue::from(*limit as f64))]
            }
            _ => Vec::new(),
        }
    }

    /// The message in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        Localizer::bundled().msg(lang, self.fluent_id(), &self.args())
    }
}

impl Diagnostic {
    pub(crate) fn new(path: impl Into<String>, line: Option<usize>, kind: DiagnosticKind) -> Self {
        Diagnostic {
            path: path.into(),
            line,
            message: kind.message_in(Lang::En),
            kind,
        }
    }

    /// The message in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        self.kind.message_in(lang)
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path, line, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}
