//! What the matcher knows of a KB besides its index, read once when it is built: the article
//! groups (one per id, a version per language), the codes each group names, and the keywords
//! and error strings each language declares. Private to the matcher; it reads the KB and
//! never the index.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use super::super::{analyzers, index};
use crate::kb::{ArticleId, Kb};
use crate::Lang;

/// One article: its versions by language.
pub(super) struct Group {
    pub id: ArticleId,
    pub versions: BTreeMap<Lang, usize>,
    /// The one-word keywords of its versions, through the signature analyzer (lower case,
    /// accents folded): the bare statuses it declares besides its error strings.
    pub keywords: rustc_hash::FxHashSet<String>,
}

/// What the matcher knows of a KB besides its index, read in one pass over its versions.
pub(super) struct KbTables {
    pub groups: Vec<Group>,
    pub group_of: Vec<usize>,
    pub docs_per_lang: HashMap<Lang, u64>,
    pub code_groups: HashMap<String, Vec<usize>>,
    /// code -> groups whose title names it: the code is what the article is about, not a
    /// neighbour it quotes to be told apart from (KB-0004 quotes `5.1.1`, KB-0001 is titled
    /// by it).
    pub title_code_groups: HashMap<String, Vec<usize>>,
    pub declared: HashMap<String, Vec<Lang>>,
}

impl KbTables {
    /// Reads the tables in one pass over `kb`'s versions.
    pub fn read(kb: &Kb) -> KbTables {
        let n = kb.articles().len();
        let mut sig_analyzer = analyzers::sig_analyzer();
        let mut group_index: BTreeMap<ArticleId, usize> = BTreeMap::new();
        let mut groups: Vec<Group> = Vec::new();
        let mut group_of = Vec::with_capacity(n);
        let mut docs_per_lang: HashMap<Lang, u64> = HashMap::default();
        let mut code_groups: HashMap<String, Vec<usize>> = HashMap::default();
        let mut title_code_groups: HashMap<String, Vec<usize>> = HashMap::default();
        let mut declared: HashMap<String, Vec<Lang>> = HashMap::default();
        for (v, a) in kb.articles().iter().enumerate() {
            for phrase in a.keywords.iter().chain(&a.error_strings) {
                let key = analyzers::tokens(&mut sig_analyzer, phrase).join(" ");
                let langs = declared.entry(key).or_default();
                if !langs.contains(&a.lang) {
                    langs.push(a.lang);
                }
            }
            let g = *group_index.entry(a.id.clone()).or_insert_with(|| {
                groups.push(Group {
                    id: a.id.clone(),
                    versions: BTreeMap::new(),
                    keywords: Default::default(),
                });
                groups.len() - 1
            });
            // Two pages of one language in one group (it happens in Adobe's docs): keep the first.
            groups[g].versions.entry(a.lang).or_insert(v);
            for k in &a.keywords {
                if let [word] = analyzers::tokens(&mut sig_analyzer, k).as_slice() {
                    groups[g].keywords.insert(word.clone());
                }
            }
            group_of.push(g);
            *docs_per_lang.entry(a.lang).or_default() += 1;
            for c in index::article_codes(a) {
                let list = code_groups.entry(c).or_default();
                if !list.contains(&g) {
                    list.push(g);
                }
            }
            for c in super::super::scrub::codes(&a.title) {
                let list = title_code_groups.entry(c).or_default();
                if !list.contains(&g) {
                    list.push(g);
                }
            }
        }
        KbTables {
            groups,
            group_of,
            docs_per_lang,
            code_groups,
            title_code_groups,
            declared,
        }
    }
}
