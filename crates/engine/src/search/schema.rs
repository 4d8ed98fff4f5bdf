//! The tantivy schema: which fields exist, which analyzer each uses, what is stored.
//!
//! One document per article version. Its words go into the fields of its own language only
//! (`title_<lang>`, `text_<lang>`), so each language keeps its own stemming and its own
//! statistics; signatures and codes are language-neutral. Nothing but the version's position
//! in [`crate::kb::Kb::articles`] is stored: replies are built from the KB, not the index.

use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions,
};

use super::analyzers;
use crate::Lang;

/// The fields of the index, looked up once.
#[derive(Clone, Debug)]
pub(crate) struct Fields {
    /// Position of the version in `Kb::articles()` (fast field).
    pub ver: Field,
    title: [Field; 5],
    text: [Field; 5],
    /// The error signatures, as phrases.
    pub sig: Field,
    /// The error codes, one value each.
    pub code: Field,
}

pub(crate) const VER: &str = "ver";

fn slot(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Fr => 1,
        Lang::Nl => 2,
        Lang::Sv => 3,
        Lang::It => 4,
    }
}

impl Fields {
    pub fn title(&self, lang: Lang) -> Field {
        self.title[slot(lang)]
    }
    pub fn text(&self, lang: Lang) -> Field {
        self.text[slot(lang)]
    }

    /// Finds the fields in a schema built by [`build`] (also for an index opened from disk).
    pub fn from_schema(schema: &Schema) -> Option<Fields> {
        let get = |name: &str| schema.get_field(name).ok();
        let per_lang = |prefix: &str| -> Option<[Field; 5]> {
            let mut out = [Field::from_field_id(0); 5];
            for lang in Lang::ALL {
                out[slot(lang)] = get(&format!("{prefix}_{lang}"))?;
            }
            Some(out)
        };
        Some(Fields {
            ver: get(VER)?,
            title: per_lang("title")?,
            text: per_lang("text")?,
            sig: get("sig")?,
            code: get("code")?,
        })
    }
}

fn text_options(analyzer: &str, record: IndexRecordOption) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(analyzer)
            .set_index_option(record),
    )
}

/// Builds the schema.
pub(crate) fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    b.add_u64_field(VER, NumericOptions::default().set_fast());
    for lang in Lang::ALL {
        let name = analyzers::words(lang);
        b.add_text_field(
            &format!("title_{lang}"),
            text_options(name, IndexRecordOption::WithFreqs),
        );
        // Positions: the phrase evidence runs phrase queries on this field.
        b.add_text_field(
            &format!("text_{lang}"),
            text_options(name, IndexRecordOption::WithFreqsAndPositions),
        );
    }
    b.add_text_field(
        "sig",
        text_options(analyzers::SIG, IndexRecordOption::WithFreqsAndPositions),
    );
    b.add_text_field(
        "code",
        text_options(analyzers::CODE, IndexRecordOption::Basic),
    );
    let schema = b.build();
    // The fields were added just above, so they are found; fall back to a panic-free error path
    // by construction rather than unwrap.
    let fields = Fields::from_schema(&schema).unwrap_or_else(|| unreachable!("fields added above"));
    (schema, fields)
}
