//! Building the tantivy index from a KB, in memory or on disk, and reopening an on-disk one
//! while the KB it was built from is unchanged.
//!
//! An on-disk index folder holds tantivy's files plus [`FINGERPRINT_FILE`]: a hash of every
//! article's content and of the index layout. [`open_if_fresh`] reuses the folder only when the
//! hash matches the KB at hand, so a changed KB never meets a stale index.

use std::fs;
use std::path::Path;

use tantivy::schema::Schema;
use tantivy::{doc, Index, IndexWriter, TantivyDocument};

use super::schema::{self, Fields};
use super::{analyzers, scrub, SearchError};
use crate::kb::{Article, Kb};

/// The file beside the index that names the KB it was built from.
pub const FINGERPRINT_FILE: &str = "kbbot-fingerprint";

/// Bumped whenever the schema, the analyzers or what goes into a field changes.
const LAYOUT_VERSION: u64 = 4;

/// Progress of an index build: `(done, total)` articles.
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize);

/// A hash of the KB's content and the index layout, as 16 hex digits. FNV-1a: stable across
/// Rust versions and platforms, unlike `DefaultHasher`.
pub fn fingerprint(kb: &Kb) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes.iter().chain(&[0xff]) {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(&LAYOUT_VERSION.to_le_bytes());
    for a in kb.articles() {
        eat(a.id.as_str().as_bytes());
        eat(a.lang.code().as_bytes());
        eat(a.path.as_bytes());
        eat(a.title.as_bytes());
        eat(indexed_text(a).as_bytes());
        for s in &a.error_strings {
            eat(s.as_bytes());
        }
    }
    format!("{h:016x}")
}

/// Everything searchable of a version, as one text.
pub(crate) fn indexed_text(a: &Article) -> String {
    let s = &a.sections;
    let mut text = String::with_capacity(4096);
    for part in [
        a.title.as_str(),
        a.summary.as_str(),
        &a.keywords.join(", "),
        &s.description.text,
        &s.environment.text,
        &s.symptoms.text,
        &s.resolution.text,
        &s.body.text,
    ] {
        text.push_str(part);
        text.push('\n');
    }
    for e in &a.error_strings {
        text.push_str(e);
        text.push('\n');
    }
    text
}

/// The error codes a version mentions anywhere.
pub(crate) fn article_codes(a: &Article) -> Vec<String> {
    scrub::codes(&indexed_text(a))
}

fn new_index(dir: Option<&Path>) -> Result<(Index, Fields), SearchError> {
    let (schema, fields): (Schema, Fields) = schema::build();
    let index = match dir {
        None => Index::create_in_ram(schema),
        Some(dir) => {
            let mmap = tantivy::directory::MmapDirectory::open(dir).map_err(|source| {
                SearchError::OpenDir {
                    path: dir.to_path_buf(),
                    source,
                }
            })?;
            Index::create(mmap, schema, tantivy::IndexSettings::default())?
        }
    };
    analyzers::register(index.tokenizers());
    Ok((index, fields))
}

fn fill(
    index: &Index,
    fields: &Fields,
    kb: &Kb,
    progress: Progress<'_>,
) -> Result<(), SearchError> {
    // A small KB indexes faster on one thread with the smallest arena (allocating and
    // joining several writers costs more than the documents); a large one uses the cores.
    let threads = if kb.articles().len() < 1000 {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get().min(4))
    };
    let budget_per_thread = if threads == 1 { 16_000_000 } else { 64_000_000 };
    let mut writer: IndexWriter<TantivyDocument> =
        index.writer_with_num_threads(threads, budget_per_thread * threads)?;
    let total = kb.articles().len();
    for (i, a) in kb.articles().iter().enumerate() {
        let text = indexed_text(a);
        let codes = scrub::codes(&text);
        let mut d = doc!(
            fields.ver => i as u64,
            fields.title(a.lang) => a.title.as_str(),
            fields.text(a.lang) => text,
        );
        for e in &a.error_strings {
            d.add_text(fields.sig, scrub::scrub(e));
        }
        for c in codes {
            d.add_text(fields.code, c);
        }
        writer.add_document(d)?;
        progress(i + 1, total);
    }
    writer.commit()?;
    // One segment: every query term is then looked up and scored once, not once per
    // segment, which halves matching time on a large KB for a merge that costs a fraction
    // of the build.
    let segments = index.searchable_segment_ids()?;
    if segments.len() > 1 {
        writer.merge(&segments).wait()?;
    }
    writer.wait_merging_threads()?;
    Ok(())
}

/// Builds the index of `kb` in memory.
pub(crate) fn build_in_ram(
    kb: &Kb,
    progress: Progress<'_>,
) -> Result<(Index, Fields), SearchError> {
    let (index, fields) = new_index(None)?;
    fill(&index, &fields, kb, progress)?;
    Ok((index, fields))
}

/// Builds the index of `kb` in `dir` (created if missing, emptied of an older kbbot index).
pub fn build_on_disk(kb: &Kb, dir: &Path, progress: Progress<'_>) -> Result<(), SearchError> {
    build_on_disk_with_fingerprint(kb, &fingerprint(kb), dir, progress)
}

/// [`build_on_disk`] for a caller that already has the KB's [`fingerprint`] (it named the
/// cache folder after it): hashing a large KB twice costs as much as reading it again.
pub fn build_on_disk_with_fingerprint(
    kb: &Kb,
    fingerprint: &str,
    dir: &Path,
    progress: Progress<'_>,
) -> Result<(), SearchError> {
    let io = |source| SearchError::Io {
        path: dir.to_path_buf(),
        source,
    };
    if dir.join(FINGERPRINT_FILE).is_file() || dir.join("meta.json").is_file() {
        fs::remove_dir_all(dir).map_err(io)?;
    }
    fs::create_dir_all(dir).map_err(io)?;
    let (index, fields) = new_index(Some(dir))?;
    fill(&index, &fields, kb, progress)?;
    fs::write(dir.join(FINGERPRINT_FILE), fingerprint).map_err(io)?;
    Ok(())
}

/// Opens the index in `dir` if it was built from exactly this KB; `Ok(None)` when it is stale.
/// `fingerprint` is `kb`'s [`fingerprint`].
pub(crate) fn open_if_fresh(
    fingerprint: &str,
    dir: &Path,
) -> Result<Option<(Index, Fields)>, SearchError> {
    let stored = fs::read_to_string(dir.join(FINGERPRINT_FILE))
        .map_err(|_| SearchError::NotAnIndex(dir.to_path_buf()))?;
    if stored.trim() != fingerprint {
        return Ok(None);
    }
    let index = Index::open_in_dir(dir).map_err(SearchError::Index)?;
    analyzers::register(index.tokenizers());
    match Fields::from_schema(&index.schema()) {
        Some(fields) => Ok(Some((index, fields))),
        None => Ok(None),
    }
}
