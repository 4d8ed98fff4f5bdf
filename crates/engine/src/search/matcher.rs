//! The matcher: one paste in, the ranked articles with their evidence out.
//!
//! [`Matcher::build`] indexes a KB (or reuses a fresh on-disk index); [`Matcher::find`] ranks
//! its articles for a paste and returns the [`Outcome`], which `answer` turns into the reply
//! front ends render. It works in four steps:
//!
//! 1. [`paste::extract`] splits the paste into error lines, codes and the user's own words;
//!    a paste that is only small talk (`cues.tsv`) stops here, with no candidates;
//! 2. one BM25 pass over every language's fields (each language's words through its own
//!    analyzer, the error lines at full weight, the user's words at a lower one, plus the
//!    signature and code fields; `bm25.rs`) gives candidates, grouped by article, and marks
//!    which query words each page holds in its text and its title;
//! 3. the signature table adds every article one of whose error strings appears in the paste,
//!    and the code table every article that names one of the paste's codes;
//! 4. the marks give each candidate's coverage, the phrase windows its phrase measure, and
//!    [`confidence`] turns the measures into a rank and a confidence.
//!
//! Its `info` log lines are set aside in `matcher/lines.rs`; beside an answer, the paste's
//! other errors are looked up line by line in `matcher/also.rs`. The paste's words are read once
//! per request (`lexicon.rs`), its language settled in
//! `matcher/lang.rs`, its query terms and clauses read once in `matcher/query.rs`; the KB's
//! article groups and code and keyword tables are in `matcher/tables.rs`; steps 2 to 4 are
//! in `matcher/rank.rs`, the measures read from the index in `matcher/evidence.rs`.
//!
//! Nothing here depends on the clock, on randomness or on thread timing: ties break on the
//! article id, so the same KB and the same paste always give the same result.

use rustc_hash::FxHashMap as HashMap;
use std::path::Path;

use tantivy::schema::IndexRecordOption;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocAddress, Index, IndexReader};

use super::confidence::{Evidence, THRESHOLD};
use super::index::{self, Progress};
use super::lexicon::{Lexicon, StemMemo};
use super::paste::{self, Paste};
use super::schema::Fields;
use super::signatures::SignatureTable;
use super::{analyzers, bm25};

mod also;
mod evidence;
mod lang;
mod lines;
mod query;
mod rank;
mod tables;
use super::SearchError;
use crate::kb::{ArticleId, Kb};
use crate::Lang;
pub use also::Other;
use query::QTerm;
use tables::{Group, KbTables};

/// How a question is asked.
#[derive(Clone, Debug)]
pub struct AskOptions {
    /// The reply language; `None` to use the language of the user's words, else English.
    pub lang: Option<Lang>,
    /// How many other articles to list beside an answer, or instead of one on a decline.
    pub max_candidates: usize,
}

impl Default for AskOptions {
    fn default() -> Self {
        AskOptions {
            lang: None,
            max_candidates: 3,
        }
    }
}

/// Where the reply language came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LangChoice {
    /// Asked for (`--lang`, a user preference, a Discord locale).
    Explicit,
    /// Detected in the user's own words.
    Detected,
    /// Nothing to go on: English.
    Default,
}

/// Why an article matched.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Why {
    /// One of the article's error messages is in the paste (`text` as the KB writes it):
    /// all of it when `whole`, else a run of two words or more.
    Signature {
        /// The error message as the KB writes it.
        text: String,
        /// Whether all of it is in the paste.
        whole: bool,
    },
    /// An error code of the paste is named by the article.
    Code {
        /// The code, as the paste has it.
        code: String,
    },
    /// The paste names the article's number.
    Named {
        /// The number, as the KB writes it.
        id: String,
    },
    /// Words the paste and the article share (the paste's own spelling).
    Words {
        /// The shared words, in the paste's spelling.
        words: Vec<String>,
    },
}

/// One ranked article.
#[derive(Clone, Debug)]
pub struct Hit {
    /// The article.
    pub id: ArticleId,
    /// The version to show (`Kb::articles()` index): the wanted language when there is one.
    /// Inside the engine only: a face reads the article from the reply.
    pub(crate) version: usize,
    /// The version that matched best, when one did (a code alone matches no version).
    pub(crate) matched: Option<usize>,
    /// Confidence that it is the right one, in [0, 1].
    pub confidence: f32,
    /// The measures the confidence was computed from.
    pub evidence: Evidence,
    /// Why it matched.
    pub why: Why,
    /// The error line the evidence came from (index into [`Paste::error_lines`]).
    pub line: Option<usize>,
}

/// The result of [`Matcher::find`]: the paste as understood, and the ranked articles.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The paste as read.
    pub paste: Paste,
    /// The reply language.
    pub lang: Lang,
    /// Where the reply language came from.
    pub lang_choice: LangChoice,
    /// Best first; at most `1 + max_candidates`.
    pub hits: Vec<Hit>,
    /// Whether the first hit is confident enough to be given as the answer.
    pub answered: bool,
    /// Whether the paste is only greetings, thanks or chat about the bot (`cues.tsv`): it
    /// was not looked up.
    pub smalltalk: bool,
    /// Beside an answer, the paste's other errors and their own articles (`matcher/also.rs`).
    pub also: Vec<Other>,
}

/// The search engine over one KB. Build once, ask many times; `&self` only, so it can be shared
/// between threads.
pub struct Matcher {
    kb: Kb,
    reader: IndexReader,
    fields: Fields,
    /// The KB's languages, each with its word analyzer and the words it already stemmed.
    analyzers: Vec<(Lang, TextAnalyzer, StemMemo)>,
    sig_analyzer: TextAnalyzer,
    groups: Vec<Group>,
    /// version -> group
    group_of: Vec<usize>,
    /// version -> where it is in the index
    address: Vec<Option<DocAddress>>,
    /// where it is in the index -> version
    version_at: HashMap<DocAddress, usize>,
    docs_per_lang: HashMap<Lang, u64>,
    /// version -> its title's distinct words, through its language's analyzer, with their idf
    titles: Vec<evidence::Title>,
    signatures: SignatureTable,
    /// The BM25 statistics of the fields queried.
    stats: bm25::Stats,
    /// Every keyword and error string of the KB (signature tokens joined by spaces) -> the
    /// languages of the versions declaring it: the language of a paste that is only that.
    declared: HashMap<String, Vec<Lang>>,
    /// The most words of any entry of `declared`: a longer paste is none of them.
    declared_words: usize,
    /// code -> groups naming it
    code_groups: HashMap<String, Vec<usize>>,
    /// code -> groups whose title names it
    title_code_groups: HashMap<String, Vec<usize>>,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("articles", &self.kb.articles().len())
            .field("groups", &self.groups.len())
            .finish_non_exhaustive()
    }
}

/// Most hits one answer explains and returns.
const MAX_HITS: usize = 40;

impl Matcher {
    /// Indexes `kb` in memory.
    pub fn build(kb: Kb) -> Result<Matcher, SearchError> {
        Matcher::build_with_progress(kb, &mut |_, _| {})
    }

    /// Indexes `kb` in memory, reporting progress.
    pub fn build_with_progress(kb: Kb, progress: Progress<'_>) -> Result<Matcher, SearchError> {
        let (index, fields) = index::build_in_ram(&kb, progress)?;
        Matcher::from_index(kb, index, fields)
    }

    /// Reuses the on-disk index in `dir` when it was built from this KB, else indexes in memory.
    /// Returns the matcher and whether the folder was reused.
    pub fn open_or_build(kb: Kb, dir: &Path) -> Result<(Matcher, bool), SearchError> {
        let fingerprint = index::fingerprint(&kb);
        Matcher::open_or_build_with_fingerprint(kb, &fingerprint, dir)
    }

    /// [`Matcher::open_or_build`] for a caller that already has the KB's
    /// [`fingerprint`](super::fingerprint) (it found `dir` by it).
    pub fn open_or_build_with_fingerprint(
        kb: Kb,
        fingerprint: &str,
        dir: &Path,
    ) -> Result<(Matcher, bool), SearchError> {
        match index::open_if_fresh(fingerprint, dir) {
            Ok(Some((index, fields))) => Ok((Matcher::from_index(kb, index, fields)?, true)),
            Ok(None) | Err(SearchError::NotAnIndex(_)) => Ok((Matcher::build(kb)?, false)),
            Err(e) => Err(e),
        }
    }

    fn from_index(kb: Kb, index: Index, fields: Fields) -> Result<Matcher, SearchError> {
        // The maps below are a snapshot of the index's segments: the reader must never reload
        // under them (an on-disk index rebuilt in place while a bot runs).
        let reader = index
            .reader_builder()
            .reload_policy(tantivy::ReloadPolicy::Manual)
            .try_into()?;
        let searcher = reader.searcher();
        let n = kb.articles().len();
        let mut address = vec![None; n];
        for (ord, seg) in searcher.segment_readers().iter().enumerate() {
            let col = seg.fast_fields().u64(super::schema::VER)?;
            for doc in 0..seg.max_doc() {
                if let Some(v) = col.first(doc) {
                    if let Some(slot) = address.get_mut(v as usize) {
                        *slot = Some(DocAddress::new(ord as u32, doc));
                    }
                }
            }
        }
        let KbTables {
            groups,
            group_of,
            docs_per_lang,
            code_groups,
            title_code_groups,
            declared,
        } = KbTables::read(&kb);
        let analyzers = Lang::ALL
            .iter()
            .filter(|l| docs_per_lang.contains_key(l))
            .map(|&l| (l, analyzers::word_analyzer(l), StemMemo::default()))
            .collect();
        let mut signatures = SignatureTable::build(&kb);
        signatures.weigh(&kb, &group_of);
        let titles = evidence::title_terms(&kb, &searcher, &fields, &docs_per_lang)?;
        let mut queried = vec![
            (fields.sig, IndexRecordOption::WithFreqs),
            (fields.code, IndexRecordOption::Basic),
        ];
        for lang in Lang::ALL {
            queried.push((fields.text(lang), IndexRecordOption::WithFreqs));
            queried.push((fields.title(lang), IndexRecordOption::WithFreqs));
        }
        let stats = bm25::Stats::read(&searcher, &queried)?;
        // Compile the paste, scrub and cue tables now (about 5 ms), so that the first paste a
        // bot gets is not the one that pays for them.
        let _ =
            paste::extract("warming up the matcher before a first paste\n550 5.1.1 user unknown");
        let _ = super::cues::Cues::bundled();
        Ok(Matcher {
            kb,
            reader,
            fields,
            analyzers,
            sig_analyzer: analyzers::sig_analyzer(),
            groups,
            group_of,
            version_at: address
                .iter()
                .enumerate()
                .filter_map(|(v, a)| a.map(|a| (a, v)))
                .collect(),
            address,
            docs_per_lang,
            titles,
            signatures,
            stats,
            code_groups,
            title_code_groups,
            declared_words: declared
                .keys()
                .map(|k| k.split(' ').count())
                .max()
                .unwrap_or(0),
            declared,
        })
    }

    /// The KB this matcher answers from.
    pub fn kb(&self) -> &Kb {
        &self.kb
    }

    /// Ranks the KB's articles for a paste.
    pub fn find(&self, text: &str, options: &AskOptions) -> Outcome {
        let mut paste = self.extract(text);
        let lex = self.lexicon(&paste);
        // Ranking weighs the languages the user writes in: the corrected one.
        paste.lang = self.settle_lang(&paste, &lex);
        self.rank_paste(paste, &lex, options)
    }

    /// The words of `paste`, split and through the signature analyzer once for the request.
    fn lexicon(&self, paste: &Paste) -> Lexicon {
        Lexicon::new(paste, &mut self.sig_analyzer.clone())
    }

    /// A paste extracted and its language settled ([`Matcher::detect_lang`]): what a face
    /// that needs the language before asking reads once and hands to [`Matcher::find_read`].
    pub fn read(&self, text: &str) -> Paste {
        let mut paste = self.extract(text);
        paste.lang = self.settle_lang(&paste, &self.lexicon(&paste));
        paste
    }

    /// [`Matcher::find`] for a paste [`Matcher::read`] already read: the same outcome, with
    /// no second extraction or language detection.
    pub fn find_read(&self, paste: Paste, options: &AskOptions) -> Outcome {
        let lex = self.lexicon(&paste);
        self.rank_paste(paste, &lex, options)
    }

    /// Ranks for `paste`, whose language is settled and whose words are `lex`.
    fn rank_paste(&self, mut paste: Paste, lex: &Lexicon, options: &AskOptions) -> Outcome {
        let cues = super::cues::Cues::bundled();
        // The codes are scrubbed out of the words: a paste with one is never small talk.
        // A pasted log, even of info lines only, is not small talk.
        let smalltalk = paste.codes.is_empty()
            && paste.article_refs.is_empty()
            && paste.info_lines == 0
            && !paste.is_blank()
            && cues.is_smalltalk(
                lex.words(lex.all())
                    .iter()
                    .map(|w| (lex.spelling(w), lex.sig(w.id))),
            );
        if smalltalk && paste.lang.is_none() {
            // "bonne journée" has no function word to tell its language by; its cue words do.
            paste.lang = cues.smalltalk_lang(lex.sig_tokens(lex.all()));
        }
        let (lang, lang_choice) = match (options.lang, paste.lang) {
            (Some(l), _) => (l, LangChoice::Explicit),
            (None, Some(l)) => (l, LangChoice::Detected),
            (None, None) => (Lang::En, LangChoice::Default),
        };
        let mut hits = if paste.is_blank() || smalltalk {
            Vec::new()
        } else {
            let elsewhere = cues.elsewhere(&lex.sig_tokens(lex.all())) as f32;
            let keep = (1 + options.max_candidates).min(MAX_HITS);
            self.rank(&paste, lex, lang, elsewhere, keep)
                .unwrap_or_else(|e| {
                    tracing::error!(error = %e, "search failed; declining");
                    Vec::new()
                })
        };
        hits.truncate(1 + options.max_candidates);
        let answered = hits.first().is_some_and(|h| h.confidence >= THRESHOLD);
        let also = match hits.first() {
            Some(main) if answered => self.also(&paste, main, lang),
            _ => Vec::new(),
        };
        Outcome {
            paste,
            lang,
            lang_choice,
            hits,
            answered,
            smalltalk,
            also,
        }
    }
}
