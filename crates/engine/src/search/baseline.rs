//! Plain BM25, the yardstick `kbbot eval --baseline` measures the matcher against: every
//! version of every article is one document of one field, tokenized by tantivy's default
//! analyzer (split on non-alphanumerics, lower case; no stemming, no accent folding, no
//! function words), and the raw paste is one OR query over its words. No paste extraction,
//! signatures, codes, titles, languages or confidence: the first article is the answer.
//!
//! It shares nothing with the matcher's index, so what it scores says how hard a query set
//! is, not how good kbbot's analyzers are.

use tantivy::collector::TopDocs;
use tantivy::query::BooleanQuery;
use tantivy::schema::{Schema, Value, FAST, STORED, TEXT};
use tantivy::tokenizer::{LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer};
use tantivy::{doc, Index, IndexReader, IndexWriter, TantivyDocument, Term};

use super::index::indexed_text;
use super::SearchError;
use crate::kb::{ArticleId, Kb};

/// Most documents read per query: enough for three distinct articles in any real KB.
const TOP_DOCS: usize = 50;

/// The baseline index over one KB.
pub struct Baseline {
    reader: IndexReader,
    text: tantivy::schema::Field,
    ver: tantivy::schema::Field,
    analyzer: TextAnalyzer,
    /// version -> article id
    ids: Vec<ArticleId>,
}

impl std::fmt::Debug for Baseline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Baseline")
            .field("versions", &self.ids.len())
            .finish_non_exhaustive()
    }
}

impl Baseline {
    /// Indexes every version of `kb` in memory.
    pub fn build(kb: &Kb) -> Result<Baseline, SearchError> {
        let mut schema = Schema::builder();
        let text = schema.add_text_field("text", TEXT);
        let ver = schema.add_u64_field("ver", FAST | STORED);
        let index = Index::create_in_ram(schema.build());
        let mut writer: IndexWriter<TantivyDocument> =
            index.writer_with_num_threads(1, 50_000_000)?;
        for (i, a) in kb.articles().iter().enumerate() {
            writer.add_document(doc!(text => indexed_text(a), ver => i as u64))?;
        }
        writer.commit()?;
        // tantivy's "default" analyzer, which TEXT fields use.
        let analyzer = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .build();
        Ok(Baseline {
            reader: index.reader()?,
            text,
            ver,
            analyzer,
            ids: kb.articles().iter().map(|a| a.id.clone()).collect(),
        })
    }

    /// The first `n` distinct articles for `query`, best first.
    pub fn top(&self, query: &str, n: usize) -> Result<Vec<ArticleId>, SearchError> {
        let mut analyzer = self.analyzer.clone();
        let mut stream = analyzer.token_stream(query);
        let mut terms = Vec::new();
        while let Some(t) = stream.next() {
            terms.push(Term::from_field_text(self.text, &t.text));
        }
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let query = BooleanQuery::new_multiterms_query(terms);
        let searcher = self.reader.searcher();
        let top = searcher.search(&query, &TopDocs::with_limit(TOP_DOCS).order_by_score())?;
        let mut out: Vec<ArticleId> = Vec::with_capacity(n);
        for (_, addr) in top {
            let d: TantivyDocument = searcher.doc(addr)?;
            let Some(v) = d.get_first(self.ver).and_then(|v| v.as_u64()) else {
                continue;
            };
            if let Some(id) = self.ids.get(v as usize) {
                if !out.contains(id) {
                    out.push(id.clone());
                    if out.len() == n {
                        break;
                    }
                }
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_an_article_by_its_words_and_nothing_for_no_words() {
        let kb = crate::kb::bundled();
        let baseline = Baseline::build(&kb).expect("the bundled KB indexes");
        let top = baseline
            .top("Messages queued (connection quotas met)", 3)
            .expect("search");
        assert_eq!(top.first().map(ArticleId::as_str), Some("KA-22154"));
        assert!(top.len() <= 3);
        let mut distinct = top.clone();
        distinct.dedup();
        assert_eq!(distinct.len(), top.len());
        assert!(baseline.top("  ?! ", 3).expect("search").is_empty());
    }
}
