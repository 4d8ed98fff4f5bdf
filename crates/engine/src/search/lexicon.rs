//! The words of one paste, read once per request.
//!
//! Every kbbot analyzer splits text where its words split (runs of letters and digits) and
//! maps each word to one token or drops it (over 40 bytes), so a word's token is a function
//! of the word alone. The [`Lexicon`] splits the paste into its words once, puts each
//! distinct word through the signature analyzer once and, on request, through a language's
//! analyzer once; the cues, the query terms, the signature table and the phrase windows then
//! read their tokens here instead of running an analyzer over the same text again.
//!
//! It owns nothing but the paste's text and its tokens: what the tokens mean is the
//! matcher's business.

use std::ops::Range;
use std::sync::{Mutex, MutexGuard};

use rustc_hash::FxHashMap;
use tantivy::tokenizer::TextAnalyzer;

use super::analyzers::stems_per_word;
use super::paste::Paste;

/// Words already put through one language's analyzer, kept from one request to the next:
/// error messages and the words around them recur from paste to paste, and stemming is the
/// largest part of reading one. A word's stem depends on the word alone, so what is kept
/// changes how fast a reply comes, never what it says. Bounded: emptied when full.
#[derive(Debug, Default)]
pub(crate) struct StemMemo(Mutex<FxHashMap<Box<str>, Option<Box<str>>>>);

/// Most words a [`StemMemo`] keeps (a few MB at most over the five languages).
const MEMO_WORDS: usize = 1 << 14;

impl StemMemo {
    fn lock(&self) -> MutexGuard<'_, FxHashMap<Box<str>, Option<Box<str>>>> {
        // The map is whole after every insert: a panic elsewhere leaves nothing half-done.
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// How many words it holds.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.lock().len()
    }
}

/// One word of the paste.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Word {
    /// Its bytes in [`Lexicon::text`].
    start: u32,
    end: u32,
    /// Its place among the distinct words.
    pub id: u32,
}

/// A paste's words, their signature tokens, and the means to stem them.
pub(crate) struct Lexicon {
    /// The user's words, a newline, then each error line and a newline ([`Lexicon::text_of`]).
    text: String,
    /// Every word, in order.
    words: Vec<Word>,
    /// Line `i`'s words are `words[lines[i]..lines[i + 1]]`: the user's lines first, then
    /// one line per error line.
    lines: Vec<usize>,
    /// How many of the lines are the user's.
    user_lines: usize,
    /// The length of the user's words at the start of `text`.
    user_len: usize,
    /// The distinct words' bytes in `text`, by id.
    distinct: Vec<(u32, u32)>,
    /// Each distinct word through the signature analyzer (`None`: the analyzer drops it).
    sig: Vec<Option<String>>,
}

impl Lexicon {
    /// The user's words then the error lines, one text: what the paste-wide cues read, and
    /// what a lexicon holds.
    pub(crate) fn text_of(paste: &Paste) -> String {
        format!("{}\n{}", paste.chatter, paste.error_text())
    }

    /// Reads `paste`'s words and their signature tokens.
    pub(crate) fn new(paste: &Paste, sig_analyzer: &mut TextAnalyzer) -> Lexicon {
        let text = Lexicon::text_of(paste);
        let mut lex = Lexicon {
            words: Vec::new(),
            lines: vec![0],
            user_lines: 0,
            user_len: paste.chatter.len(),
            distinct: Vec::new(),
            sig: Vec::new(),
            text: String::new(),
        };
        let mut first: FxHashMap<&str, u32> = FxHashMap::default();
        let mut base = 0usize;
        let mut push_line = |lex: &mut Lexicon, line: &str, base: usize| {
            for w in line.split(|c: char| !c.is_alphanumeric()) {
                if w.is_empty() {
                    continue;
                }
                let start = base + (w.as_ptr() as usize - line.as_ptr() as usize);
                let end = start + w.len();
                let (start, end) = (start as u32, end as u32);
                let id = *first
                    .entry(&text[start as usize..end as usize])
                    .or_insert_with(|| {
                        lex.distinct.push((start, end));
                        (lex.distinct.len() - 1) as u32
                    });
                lex.words.push(Word { start, end, id });
            }
            lex.lines.push(lex.words.len());
        };
        for line in paste.chatter.split('\n') {
            push_line(&mut lex, line, base);
            base += line.len() + 1;
            lex.user_lines += 1;
        }
        for l in &paste.error_lines {
            push_line(&mut lex, &l.clean, base);
            base += l.clean.len() + 1;
        }
        debug_assert_eq!(base, text.len(), "the lines are those of text_of");
        drop(first);
        lex.text = text;
        lex.sig = lex.analyse(sig_analyzer);
        lex
    }

    /// The text the words are in.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// The error lines, each followed by a newline ([`Paste::error_text`]).
    pub(crate) fn error_text(&self) -> &str {
        self.text.get(self.user_len + 1..).unwrap_or("")
    }

    /// A word's spelling in the paste.
    pub(crate) fn spelling(&self, w: &Word) -> &str {
        &self.text[w.start as usize..w.end as usize]
    }

    /// The user's lines.
    pub(crate) fn user(&self) -> Range<usize> {
        0..self.user_lines
    }

    /// The error lines.
    pub(crate) fn errors(&self) -> Range<usize> {
        self.user_lines..self.lines.len() - 1
    }

    /// Every line.
    pub(crate) fn all(&self) -> Range<usize> {
        0..self.lines.len() - 1
    }

    /// The line of error line `i`.
    pub(crate) fn error_line(&self, i: usize) -> usize {
        self.user_lines + i
    }

    /// The words of `lines`, in order.
    pub(crate) fn words(&self, lines: Range<usize>) -> &[Word] {
        let from = self
            .lines
            .get(lines.start)
            .copied()
            .unwrap_or(self.words.len());
        let to = self
            .lines
            .get(lines.end)
            .copied()
            .unwrap_or(self.words.len());
        self.words.get(from..to.max(from)).unwrap_or(&[])
    }

    /// The signature tokens of `lines`, in order.
    pub(crate) fn sig_tokens(&self, lines: Range<usize>) -> Vec<&str> {
        self.words(lines)
            .iter()
            .filter_map(|w| self.sig(w.id))
            .collect()
    }

    /// The signature token of distinct word `id`.
    pub(crate) fn sig(&self, id: u32) -> Option<&str> {
        self.sig.get(id as usize).and_then(|t| t.as_deref())
    }

    /// How many distinct words there are (ids run from 0 to this).
    pub(crate) fn distinct(&self) -> usize {
        self.distinct.len()
    }

    /// Every distinct word through `analyzer`, by id: one token stream for them all.
    pub(crate) fn analyse(&self, analyzer: &mut TextAnalyzer) -> Vec<Option<String>> {
        self.analyse_some(analyzer, &vec![true; self.distinct.len()])
    }

    /// [`Lexicon::analyse_some`] through `memo`: only the words it does not hold yet go
    /// through `analyzer`, and they are added.
    pub(crate) fn stems(
        &self,
        analyzer: &TextAnalyzer,
        memo: &StemMemo,
        wanted: &[bool],
    ) -> Vec<Option<String>> {
        let mut out = vec![None; self.distinct.len()];
        let mut missing = vec![false; self.distinct.len()];
        let mut any_missing = 0;
        {
            let map = memo.lock();
            for (id, &(s, e)) in self.distinct.iter().enumerate() {
                if !wanted.get(id).copied().unwrap_or(false) {
                    continue;
                }
                match map.get(&self.text[s as usize..e as usize]) {
                    Some(stem) => out[id] = stem.as_deref().map(str::to_string),
                    None => {
                        missing[id] = true;
                        any_missing += 1;
                    }
                }
            }
        }
        if any_missing == 0 {
            return out;
        }
        let fresh = self.analyse_some(&mut analyzer.clone(), &missing);
        let mut map = memo.lock();
        if map.len() + any_missing > MEMO_WORDS {
            map.clear();
        }
        for (id, stem) in fresh.into_iter().enumerate() {
            if missing[id] {
                let (s, e) = self.distinct[id];
                map.insert(
                    self.text[s as usize..e as usize].into(),
                    stem.as_deref().map(Box::from),
                );
                out[id] = stem;
            }
        }
        out
    }

    /// The distinct words `wanted` (by id) through `analyzer`, the others `None`: one token
    /// stream for them all.
    pub(crate) fn analyse_some(
        &self,
        analyzer: &mut TextAnalyzer,
        wanted: &[bool],
    ) -> Vec<Option<String>> {
        let ids: Vec<usize> = (0..self.distinct.len())
            .filter(|&id| wanted.get(id).copied().unwrap_or(false))
            .collect();
        let words: Vec<&str> = ids
            .iter()
            .map(|&id| {
                let (s, e) = self.distinct[id];
                &self.text[s as usize..e as usize]
            })
            .collect();
        let mut out = vec![None; self.distinct.len()];
        // A run of letters and digits is one token or none.
        for (id, tokens) in ids.into_iter().zip(stems_per_word(analyzer, &words)) {
            out[id] = tokens.into_iter().next();
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analyzers::{sig_analyzer, tokens, word_analyzer};
    use crate::search::paste::extract;
    use crate::Lang;

    /// The lexicon's tokens are the analyzers' own, line by line and for the whole text.
    #[test]
    fn tokens_are_the_analyzers_tokens() {
        let pastes = [
            "Bonjour, j'ai « Messages queued (connection quotas met) » depuis hier\n\
             2024-01-02 10:11:12 mta 550 5.1.1 <x@example.com> User unknown\n\
             and again: Connection refused by mx.example.com",
            "",
            "only words, no error à l'évidence; ÉCHEC répété",
            "```\nline one of a fence\nline two Überlänge-wörter-mit-vielen-buchstaben-und-mehr-als-vierzig\n```",
        ];
        for text in pastes {
            let paste = extract(text);
            let all = Lexicon::text_of(&paste);
            let mut sig = sig_analyzer();
            let lex = Lexicon::new(&paste, &mut sig);
            assert_eq!(lex.text(), all);
            let whole: Vec<String> = tokens(&mut sig, &all);
            assert_eq!(lex.sig_tokens(lex.all()), whole, "{text}");
            assert_eq!(lex.sig_tokens(lex.user()), tokens(&mut sig, &paste.chatter));
            for (i, l) in paste.error_lines.iter().enumerate() {
                let line = lex.error_line(i);
                assert_eq!(lex.sig_tokens(line..line + 1), tokens(&mut sig, &l.clean));
            }
            for lang in Lang::ALL {
                let mut a = word_analyzer(lang);
                let stems = lex.analyse(&mut a);
                let ours: Vec<String> = lex
                    .words(lex.all())
                    .iter()
                    .filter_map(|w| stems[w.id as usize].clone())
                    .collect();
                assert_eq!(ours, tokens(&mut a, &all), "{lang:?} {text}");
            }
        }
    }

    /// Through a memo, cold or warm, the stems are the analyzer's; only the wanted words are
    /// stemmed, and the memo keeps what it stemmed.
    #[test]
    fn the_memo_changes_nothing_but_the_work() {
        let memo = StemMemo::default();
        let analyzer = word_analyzer(Lang::Fr);
        let mut sig = sig_analyzer();
        let first = extract("Échec de connexion : les messages restent en file d'attente");
        let lex = Lexicon::new(&first, &mut sig);
        let all = vec![true; lex.distinct()];
        let direct = lex.analyse(&mut analyzer.clone());
        assert_eq!(lex.stems(&analyzer, &memo, &all), direct);
        assert_eq!(memo.len(), lex.distinct());
        assert_eq!(lex.stems(&analyzer, &memo, &all), direct, "warm");
        let some: Vec<bool> = (0..lex.distinct()).map(|i| i % 2 == 0).collect();
        let half = lex.stems(&analyzer, &memo, &some);
        for (i, stem) in half.iter().enumerate() {
            assert_eq!(
                stem.as_ref(),
                if some[i] { direct[i].as_ref() } else { None }
            );
        }
        let second = extract("les messages restent bloqués");
        let lex2 = Lexicon::new(&second, &mut sig);
        let all2 = vec![true; lex2.distinct()];
        assert_eq!(
            lex2.stems(&analyzer, &memo, &all2),
            lex2.analyse(&mut analyzer.clone())
        );
        assert_eq!(memo.len(), lex.distinct() + 1, "only `bloqués` is new");
    }
}
