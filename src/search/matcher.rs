//! The matcher: one paste in, the ranked articles with their evidence out.
//!
//! [`Matcher::build`] indexes a KB (or reuses a fresh on-disk index); [`Matcher::ask`] is the
//! one entry point front ends call, returning the neutral [`AskReply`]. In between,
//! [`Matcher::find`] does the work:
//!
//! 1. [`paste::extract`] splits the paste into error lines, codes and the user's own words;
//! 2. one tantivy query over every language's fields (each language's words through its own
//!    analyzer, the error lines at full weight, the user's words at a lower one, plus the
//!    signature and code fields) gives BM25 candidates, grouped by article;
//! 3. the signature table adds every article one of whose error strings appears in the paste,
//!    and the code table every article that names one of the paste's codes;
//! 4. each candidate's coverage is read from the postings, and [`confidence`] turns the four
//!    measures into a rank and a confidence.
//!
//! Nothing here depends on the clock, on randomness or on thread timing: ties break on the
//! article id, so the same KB and the same paste always give the same result.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocAddress, Index, IndexReader, Term};

use super::analyzers::{self, tokens};
use super::confidence::{Evidence, THRESHOLD};
use super::index::{self, Progress};
use super::paste::{self, Paste};
use super::schema::Fields;
use super::signatures::{SigHit, SignatureTable};
use crate::lang::is_function_word;

mod evidence;
use super::SearchError;
use crate::answer::{AskReply, Why};
use crate::kb::{ArticleId, Kb};
use crate::Lang;

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

/// One ranked article.
#[derive(Clone, Debug)]
pub struct Hit {
    pub id: ArticleId,
    /// The version to show (`Kb::articles()` index): the wanted language when there is one.
    pub version: usize,
    /// The version that matched best.
    pub matched: usize,
    pub confidence: f32,
    /// The measures the confidence was computed from.
    pub evidence: Evidence,
    pub why: Why,
    /// The error line the evidence came from (index into [`Paste::error_lines`]).
    pub line: Option<usize>,
}

/// The result of [`Matcher::find`]: the paste as understood, and the ranked articles.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub paste: Paste,
    pub lang: Lang,
    pub lang_choice: LangChoice,
    /// Best first; at most `1 + max_candidates`.
    pub hits: Vec<Hit>,
    /// Whether the first hit is confident enough to be given as the answer.
    pub answered: bool,
}

struct Group {
    id: ArticleId,
    versions: BTreeMap<Lang, usize>,
}

/// The search engine over one KB. Build once, ask many times; `&self` only, so it can be shared
/// between threads.
pub struct Matcher {
    kb: Kb,
    reader: IndexReader,
    fields: Fields,
    analyzers: Vec<(Lang, TextAnalyzer)>,
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
    titles: Vec<Vec<(String, f32)>>,
    signatures: SignatureTable,
    /// code -> groups naming it
    code_groups: HashMap<String, Vec<usize>>,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("articles", &self.kb.articles().len())
            .field("groups", &self.groups.len())
            .finish_non_exhaustive()
    }
}

/// Most BM25 documents read per query.
const TOP_DOCS: usize = 60;
/// Most hits one answer explains and returns.
const MAX_HITS: usize = 40;
/// Most distinct words per language in a query (the rarest are kept).
const MAX_TERMS: usize = 48;
/// Weight of the user's own words next to the error lines, when there are error lines.
const CHATTER_WEIGHT: f32 = 1.0;
/// Boost of the title field next to the text field.
const TITLE_BOOST: f32 = 0.6;
/// tantivy's BM25 k1.
const BM25_K1: f32 = 1.2;
/// Weight of the BM25 clauses of a language the paste is not written in.
const OTHER_LANG_WEIGHT: f32 = 0.4;
/// Most distinct words per query in a language the paste is not written in: the rarest
/// few are enough to catch a quoted string, and each one costs every query a posting list.
const OTHER_LANG_TERMS: usize = 12;

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
        match index::open_if_fresh(&kb, dir) {
            Ok(Some((index, fields))) => Ok((Matcher::from_index(kb, index, fields)?, true)),
            Ok(None) | Err(SearchError::NotAnIndex(_)) => Ok((Matcher::build(kb)?, false)),
            Err(e) => Err(e),
        }
    }

    fn from_index(kb: Kb, index: Index, fields: Fields) -> Result<Matcher, SearchError> {
        let reader = index.reader()?;
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
        let mut group_index: BTreeMap<ArticleId, usize> = BTreeMap::new();
        let mut groups: Vec<Group> = Vec::new();
        let mut group_of = Vec::with_capacity(n);
        let mut docs_per_lang: HashMap<Lang, u64> = HashMap::new();
        let mut code_groups: HashMap<String, Vec<usize>> = HashMap::new();
        for (v, a) in kb.articles().iter().enumerate() {
            let g = *group_index.entry(a.id.clone()).or_insert_with(|| {
                groups.push(Group {
                    id: a.id.clone(),
                    versions: BTreeMap::new(),
                });
                groups.len() - 1
            });
            // Two pages of one language in one group (it happens in Adobe's docs): keep the first.
            groups[g].versions.entry(a.lang).or_insert(v);
            group_of.push(g);
            *docs_per_lang.entry(a.lang).or_default() += 1;
            for c in index::article_codes(a) {
                let list = code_groups.entry(c).or_default();
                if !list.contains(&g) {
                    list.push(g);
                }
            }
        }
        let analyzers = Lang::ALL
            .iter()
            .filter(|l| docs_per_lang.contains_key(l))
            .map(|&l| (l, analyzers::word_analyzer(l)))
            .collect();
        let mut signatures = SignatureTable::build(&kb);
        signatures.weigh(&kb, &group_of);
        let titles = evidence::title_terms(&kb, &searcher, &fields, &docs_per_lang)?;
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
            code_groups,
        })
    }

    /// The KB this matcher answers from.
    pub fn kb(&self) -> &Kb {
        &self.kb
    }

    /// Answers a paste: the one call front ends make.
    pub fn ask(&self, text: &str, options: &AskOptions) -> AskReply {
        let outcome = self.find(text, options);
        AskReply::from_outcome(&self.kb, &outcome)
    }

    /// Ranks the KB's articles for a paste.
    pub fn find(&self, text: &str, options: &AskOptions) -> Outcome {
        let paste = paste::extract(text);
        let (lang, lang_choice) = match (options.lang, paste.lang) {
            (Some(l), _) => (l, LangChoice::Explicit),
            (None, Some(l)) => (l, LangChoice::Detected),
            (None, None) => (Lang::En, LangChoice::Default),
        };
        let cues = super::cues::Cues::bundled();
        let mut sig_analyzer = self.sig_analyzer.clone();
        let words = format!("{}\n{}", paste.chatter, paste.error_text());
        let mut hits = if paste.is_blank() || cues.is_smalltalk(&mut sig_analyzer, &words) {
            Vec::new()
        } else {
            let elsewhere = cues.elsewhere(&mut sig_analyzer, &words) as f32;
            let keep = (1 + options.max_candidates).min(MAX_HITS);
            self.rank(&paste, lang, elsewhere, keep)
                .unwrap_or_else(|e| {
                    tracing::error!(error = %e, "search failed; declining");
                    Vec::new()
                })
        };
        hits.truncate(1 + options.max_candidates);
        let answered = hits.first().is_some_and(|h| h.confidence >= THRESHOLD);
        Outcome {
            paste,
            lang,
            lang_choice,
            hits,
            answered,
        }
    }
}

/// The words of `text` that carry meaning: function words of the five languages left out.
fn content_words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .filter(|w| !is_function_word(&w.to_lowercase()))
        .collect()
}

/// One weighted query term of one language.
struct QTerm {
    token: String,
    /// Error lines 1, the user's words [`CHATTER_WEIGHT`].
    weight: f32,
    idf: f32,
    /// Whether any document of the language has the word.
    known: bool,
    /// Whether the word comes from the user's own words rather than an error line.
    from_user: bool,
}

impl Matcher {
    /// Ranks the candidates for `paste` and explains the first `keep`.
    fn rank(
        &self,
        paste: &Paste,
        wanted: Lang,
        elsewhere: f32,
        keep: usize,
    ) -> Result<Vec<Hit>, SearchError> {
        let searcher = self.reader.searcher();
        let error_text = paste.error_text();
        let (main, side) = if error_text.trim().is_empty() {
            (paste.chatter.as_str(), "")
        } else {
            (error_text.as_str(), paste.chatter.as_str())
        };
        let main_words = content_words(main);
        let side_words = content_words(side);

        // The languages the paste is written in get full weight; the others still count (a
        // French page may quote the English error) but their idf is inflated by foreign words
        // being rare there, so they are damped.
        let error_lang = crate::detect_lang(main);
        let written: Vec<Lang> = [paste.lang, error_lang].into_iter().flatten().collect();
        let lang_weight = |l: Lang| {
            if written.is_empty() || written.contains(&l) {
                1.0
            } else {
                OTHER_LANG_WEIGHT
            }
        };
        // Query terms per language, with their idf in that language.
        let mut terms: Vec<(Lang, Vec<QTerm>)> = Vec::new();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (lang, analyzer) in &self.analyzers {
            let mut analyzer = analyzer.clone();
            let n = *self.docs_per_lang.get(lang).unwrap_or(&1) as f32;
            let mut seen: HashMap<String, usize> = HashMap::new();
            let mut list: Vec<QTerm> = Vec::new();
            let main_is_user = error_text.trim().is_empty();
            for (words, weight, from_user) in [
                (&main_words, 1.0, main_is_user),
                (&side_words, CHATTER_WEIGHT, true),
            ] {
                for t in tokens(&mut analyzer, &words.join(" ")) {
                    if let Some(&i) = seen.get(&t) {
                        list[i].weight = list[i].weight.max(weight);
                        list[i].from_user |= from_user;
                        continue;
                    }
                    let df = searcher
                        .doc_freq(&Term::from_field_text(self.fields.text(*lang), &t))?
                        as f32;
                    let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
                    seen.insert(t.clone(), list.len());
                    list.push(QTerm {
                        token: t,
                        weight,
                        idf,
                        known: df > 0.0,
                        from_user,
                    });
                }
            }
            list.sort_by(|a, b| {
                (b.idf * b.weight)
                    .total_cmp(&(a.idf * a.weight))
                    .then(a.token.cmp(&b.token))
            });
            let written_here = lang_weight(*lang) >= 1.0;
            // Another language's field only catches quoted strings: its rarest words do that,
            // and fewer clauses keep the query fast.
            list.truncate(if written_here {
                MAX_TERMS
            } else {
                OTHER_LANG_TERMS
            });
            for q in &list {
                for (field, boost) in [
                    (self.fields.text(*lang), 1.0),
                    (self.fields.title(*lang), TITLE_BOOST),
                ] {
                    let tq = TermQuery::new(
                        Term::from_field_text(field, &q.token),
                        IndexRecordOption::WithFreqs,
                    );
                    clauses.push((
                        Occur::Should,
                        Box::new(BoostQuery::new(
                            Box::new(tq),
                            boost * q.weight * lang_weight(*lang),
                        )),
                    ));
                }
            }
            terms.push((*lang, list));
        }
        let mut sig_analyzer = self.sig_analyzer.clone();
        let sig_tokens: BTreeSet<String> = tokens(&mut sig_analyzer, &main_words.join(" "))
            .into_iter()
            .collect();
        for t in &sig_tokens {
            let tq = TermQuery::new(
                Term::from_field_text(self.fields.sig, t),
                IndexRecordOption::WithFreqs,
            );
            clauses.push((Occur::Should, Box::new(BoostQuery::new(Box::new(tq), 0.5))));
        }
        for c in &paste.codes {
            let tq = TermQuery::new(
                Term::from_field_text(self.fields.code, c),
                IndexRecordOption::Basic,
            );
            clauses.push((Occur::Should, Box::new(BoostQuery::new(Box::new(tq), 3.0))));
        }

        // BM25 candidates, grouped by article.
        let mut bm25: HashMap<usize, f32> = HashMap::new();
        if !clauses.is_empty() {
            let query = BooleanQuery::new(clauses);
            let top = searcher.search(&query, &TopDocs::with_limit(TOP_DOCS).order_by_score())?;
            let ver_of = &self.version_at;
            for (score, addr) in top {
                if let Some(&v) = ver_of.get(&addr) {
                    let g = self.group_of[v];
                    let e = bm25.entry(g).or_default();
                    *e = e.max(score);
                }
            }
        }

        // Signature hits, per article: the strongest.
        let mut lines: Vec<(usize, &str)> = paste
            .error_lines
            .iter()
            .enumerate()
            .map(|(i, l)| (i, l.clean.as_str()))
            .collect();
        lines.push((usize::MAX, paste.chatter.as_str()));
        let mut sig_best: HashMap<usize, SigHit> = HashMap::new();
        // Groups one of whose signatures is the whole paste, word for word.
        let paste_tokens = paste
            .error_lines
            .iter()
            .map(|l| tokens(&mut sig_analyzer, &l.clean).len())
            .sum::<usize>()
            + tokens(&mut sig_analyzer, &paste.chatter).len();
        let mut exact: BTreeSet<usize> = BTreeSet::new();
        for (sig, hit) in self.signatures.find(&mut sig_analyzer, &lines) {
            let g = self.group_of[self.signatures.signatures[sig].version];
            if hit.run == paste_tokens && hit.run == self.signatures.signatures[sig].tokens.len() {
                exact.insert(g);
            }
            let keep = sig_best.get(&g).is_none_or(|h| {
                hit.strength > h.strength || (hit.strength == h.strength && hit.run > h.run)
            });
            if keep {
                sig_best.insert(g, hit);
            }
        }
        // Code hits: a code named by few articles says more.
        let mut code_best: HashMap<usize, (f32, String)> = HashMap::new();
        for c in &paste.codes {
            if let Some(gs) = self.code_groups.get(c) {
                let s = 1.0 / gs.len() as f32;
                for &g in gs {
                    let e = code_best.entry(g).or_insert((0.0, String::new()));
                    if s > e.0 {
                        *e = (s, c.clone());
                    }
                }
            }
        }

        // The candidates: the best BM25 groups, plus every signature or code hit.
        let mut by_bm25: Vec<(usize, f32)> = bm25.iter().map(|(&g, &s)| (g, s)).collect();
        by_bm25.sort_by(|a, b| {
            b.1.total_cmp(&a.1)
                .then(self.groups[a.0].id.cmp(&self.groups[b.0].id))
        });
        let max_bm25 = by_bm25.first().map_or(1.0, |b| b.1.max(f32::EPSILON));
        // What a page could score at most on the word clauses: every term's BM25 saturates at
        // idf * (k1 + 1) in the text field and again (boosted) in the title.
        let ceiling = terms
            .iter()
            .map(|(l, list)| {
                list.iter()
                    .map(|q| {
                        q.idf * q.weight * lang_weight(*l) * (1.0 + TITLE_BOOST) * (BM25_K1 + 1.0)
                    })
                    .sum::<f32>()
            })
            .fold(f32::EPSILON, f32::max);
        let mut candidates: BTreeSet<usize> = by_bm25.iter().take(20).map(|b| b.0).collect();
        candidates.extend(sig_best.keys());
        candidates.extend(code_best.keys());

        let covered = self.coverage(&searcher, &terms, &candidates)?;
        let phrase = self.phrases(&searcher, main, &written, &candidates)?;
        let single = format!("{} {}", paste.chatter, error_text)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
            == 1;
        let mut scored: Vec<(usize, Evidence, usize, f32)> = Vec::new();
        for &g in &candidates {
            let mut best_cov = (0.0f32, usize::MAX);
            let mut best_mass = 0.0f32;
            let mut best_vocab = 0.0f32;
            let mut best_words = 0.0f32;
            let mut best_user_vocab = 0.0f32;
            let mut best_title = 0.0f32;
            for &v in self.groups[g].versions.values() {
                let lang = self.kb.articles()[v].lang;
                let Some((_, list)) = terms.iter().find(|(l, _)| *l == lang) else {
                    continue;
                };
                best_title = best_title.max(evidence::title_coverage(&self.titles[v], list));
                let total: f32 = list.iter().map(|q| q.idf * q.weight).sum();
                let got: f32 = covered
                    .get(&v)
                    .map(|set| set.iter().map(|&i| list[i].idf * list[i].weight).sum())
                    .unwrap_or(0.0);
                let cov = if total > 0.0 { got / total } else { 0.0 };
                let idf_max = self.idf_max(lang);
                let mass: f32 = covered
                    .get(&v)
                    .map(|set| {
                        set.iter()
                            .map(|&i| list[i].idf / idf_max * list[i].weight)
                            .sum()
                    })
                    .unwrap_or(0.0);
                let known: f32 = list
                    .iter()
                    .filter(|q| q.known)
                    .map(|q| q.idf * q.weight)
                    .sum();
                let user: f32 = list
                    .iter()
                    .filter(|q| q.from_user)
                    .map(|q| q.idf * q.weight)
                    .sum();
                let user_known: f32 = list
                    .iter()
                    .filter(|q| q.from_user && q.known)
                    .map(|q| q.idf * q.weight)
                    .sum();
                if cov > best_cov.0 || best_cov.1 == usize::MAX {
                    best_cov = (cov, v);
                    best_user_vocab = if user > 0.0 { user_known / user } else { 1.0 };
                    best_mass = mass;
                    best_vocab = if total > 0.0 { known / total } else { 0.0 };
                    best_words = covered.get(&v).map_or(0, BTreeSet::len) as f32;
                }
            }
            let evidence = Evidence {
                coverage: best_cov.0,
                mass: best_mass,
                vocab: best_vocab,
                pasted: if paste.error_lines.is_empty() && paste.codes.is_empty() {
                    0.0
                } else {
                    1.0
                },
                phrase: self.groups[g]
                    .versions
                    .values()
                    .filter_map(|v| phrase.get(v))
                    .fold(0.0f32, |a, &b| a.max(b)),
                signature: sig_best.get(&g).map_or(0.0, |h| h.strength),
                code: code_best.get(&g).map_or(0.0, |c| c.0),
                words: best_words,
                single,
                exact: exact.contains(&g),
                user_vocab: best_user_vocab,
                title: best_title,
                elsewhere,
                bm25: bm25.get(&g).map_or(0.0, |s| s / max_bm25),
                bm25_abs: bm25.get(&g).map_or(0.0, |s| (s / ceiling).min(1.0)),
            };
            let matched = match sig_best.get(&g) {
                Some(h) if h.strength >= best_cov.0 => {
                    self.signatures.signatures[h.signature].version
                }
                _ => best_cov.1,
            };
            tracing::debug!(id = %self.groups[g].id, ?evidence, rank = evidence.rank(), "candidate");
            scored.push((g, evidence, matched, evidence.rank()));
        }
        scored.sort_by(|a, b| {
            b.3.total_cmp(&a.3)
                .then(self.groups[a.0].id.cmp(&self.groups[b.0].id))
        });

        // The lead is measured without the relative BM25, which always gives the first 1 and
        // so would turn a small absolute gap between two weak candidates into a big lead.
        let lead = match (scored.first(), scored.get(1)) {
            (Some(a), Some(b)) => a.1.absolute_rank() - b.1.absolute_rank(),
            (Some(a), None) => a.1.absolute_rank(),
            _ => 0.0,
        };
        let mut hits = Vec::new();
        let mut top_conf = 1.0f32;
        for (i, (g, evidence, matched, _)) in scored.into_iter().enumerate() {
            let mut confidence = evidence.confidence(if i == 0 { lead } else { 0.0 });
            if i == 0 {
                top_conf = confidence;
            } else {
                confidence = confidence.min(top_conf);
            }
            let group = &self.groups[g];
            let version = group
                .versions
                .get(&wanted)
                .or_else(|| (matched != usize::MAX).then_some(&matched))
                .or_else(|| group.versions.get(&Lang::En))
                .or_else(|| group.versions.values().next())
                .copied()
                .unwrap_or(matched);
            let (why, line) = self.explain(
                paste,
                &terms,
                &covered,
                matched,
                sig_best.get(&g),
                code_best.get(&g),
                &main_words,
            );
            hits.push(Hit {
                id: group.id.clone(),
                version,
                matched,
                confidence,
                evidence,
                why,
                line,
            });
            if hits.len() >= keep {
                break;
            }
        }
        Ok(hits)
    }
}
