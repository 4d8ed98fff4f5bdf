//! Search: paste extraction and normalisation, the tantivy schema and per-language analyzers,
//! the index (in memory by default, on disk on request), matching and confidence.
//!
//! **Invariant:** same KB, same paste, same result. Nothing here formats output or knows
//! about Discord or the terminal.
