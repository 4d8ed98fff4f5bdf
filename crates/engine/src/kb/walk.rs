//! Walking a KB folder: which files are pages, the language and fallback id their path gives,
//! and the limits that keep a hostile tree (deep, huge, looping, with pipes named like pages)
//! from stalling the load. Reads no file: [`super::load`] does.

use std::path::{Path, PathBuf};

use crate::Lang;

use super::diag::{Diagnostic, DiagnosticKind};

/// Folders nested deeper than this below the root are not walked.
pub(super) const MAX_DEPTH: usize = 24;
/// At most this many pages are read from one folder tree.
pub(super) const MAX_FILES: usize = 50_000;

/// A language folder name: `en`, `fr-FR`, `sv_SE`.
pub(super) fn lang_folder(name: &str) -> Option<Lang> {
    let (primary, region) = match name.split_once(['-', '_']) {
        Some((p, r)) => (p, Some(r)),
        None => (name, None),
    };
    let primary_ok = primary.len() == 2 && primary.chars().all(|c| c.is_ascii_alphabetic());
    let region_ok = region
        .is_none_or(|r| (2..=4).contains(&r.len()) && r.chars().all(|c| c.is_ascii_alphanumeric()));
    if primary_ok && region_ok {
        Lang::from_tag(primary)
    } else {
        None
    }
}

pub(super) fn is_page(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".md") || lower.ends_with(".markdown") || lower.ends_with(".txt")
}

/// A file found by the walk, before reading.
pub(super) struct Found {
    pub(super) rel: String,
    pub(super) fallback_id: String,
    pub(super) folder_lang: Option<Lang>,
    pub(super) source: FileSource,
}

pub(super) enum FileSource {
    Disk(PathBuf),
    Embedded(&'static [u8]),
}

/// Language from the path: the first language-named folder below the root, else the root's
/// own name. The fallback id is the path without that folder and without extension.
pub(super) fn describe(rel_parts: &[&str], root_lang: Option<Lang>) -> (Option<Lang>, String) {
    let dirs = &rel_parts[..rel_parts.len().saturating_sub(1)];
    let found = dirs.iter().position(|d| lang_folder(d).is_some());
    let lang = found.and_then(|i| lang_folder(dirs[i])).or(root_lang);
    let mut id_parts: Vec<&str> = rel_parts.to_vec();
    if let Some(i) = found {
        id_parts.remove(i);
    }
    let mut id = id_parts.join("/");
    if let Some(dot) = id.rfind('.') {
        if !id[dot..].contains('/') {
            id.truncate(dot);
        }
    }
    (lang, id)
}

/// `p` relative to `root`, `/`-separated.
fn relative(root: &Path, p: &Path) -> String {
    p.strip_prefix(root)
        .unwrap_or(p)
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// The readable entries of `dir` by name, or `None` (and a diagnostic) when it cannot be read.
fn sorted_entries(
    root: &Path,
    dir: &Path,
    diags: &mut Vec<Diagnostic>,
) -> Option<Vec<std::fs::DirEntry>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            diags.push(Diagnostic::new(
                relative(root, dir),
                None,
                DiagnosticKind::Unreadable {
                    reason: e.to_string(),
                },
            ));
            return None;
        }
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    Some(entries)
}

pub(super) fn walk(
    root: &Path,
    dir: &Path,
    depth: usize,
    out: &mut Vec<Found>,
    diags: &mut Vec<Diagnostic>,
    root_lang: Option<Lang>,
) {
    let rel_of = |p: &Path| relative(root, p);
    let Some(entries) = sorted_entries(root, dir, diags) else {
        return;
    };
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        // file_type() does not follow symlinks: a linked folder is never walked (no loops),
        // a linked file is read like any other.
        let Ok(ft) = entry.file_type() else { continue };
        if ft.is_dir() {
            if depth + 1 >= MAX_DEPTH {
                diags.push(Diagnostic::new(
                    rel_of(&path),
                    None,
                    DiagnosticKind::TooDeep { limit: MAX_DEPTH },
                ));
                continue;
            }
            walk(root, &path, depth + 1, out, diags, root_lang);
            continue;
        }
        if !is_page(&name) || (depth == 0 && name.eq_ignore_ascii_case("readme.md")) {
            continue;
        }
        if ft.is_symlink() && !path.is_file() {
            continue;
        }
        // A FIFO named `x.md` would block the open until a writer comes: never open one.
        if !ft.is_file() && !ft.is_symlink() {
            diags.push(Diagnostic::new(
                rel_of(&path),
                None,
                DiagnosticKind::NotAFile,
            ));
            continue;
        }
        if out.len() >= MAX_FILES {
            diags.push(Diagnostic::new(
                rel_of(&path),
                None,
                DiagnosticKind::TooManyFiles { limit: MAX_FILES },
            ));
            return;
        }
        let rel = rel_of(&path);
        let parts: Vec<&str> = rel.split('/').collect();
        let (folder_lang, fallback_id) = describe(&parts, root_lang);
        out.push(Found {
            rel: rel.clone(),
            fallback_id,
            folder_lang,
            source: FileSource::Disk(path),
        });
    }
}
