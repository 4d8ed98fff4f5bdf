//! The error signatures of the KB as token sequences, and finding them in a paste.
//!
//! Each article's `error_strings` are scrubbed like a paste ([`super::scrub`]) and run through
//! the `kb_sig` analyzer (lower case, accents folded, no stemming). A paste line is run through
//! the same two steps, and a signature *hits* a line when a run of its tokens appears there in
//! order. The longest run decides: the whole signature is a full hit, part of it a partial one.

use rustc_hash::FxHashMap as HashMap;

use tantivy::tokenizer::TextAnalyzer;

use super::analyzers::{self, tokens};
use super::scrub;
use crate::kb::Kb;

/// One signature of one article version.
#[derive(Clone, Debug)]
pub(crate) struct Signature {
    /// The error string as the KB writes it.
    pub text: String,
    pub tokens: Vec<String>,
    /// Position of the version in `Kb::articles()`.
    pub version: usize,
    /// How much a hit of this signature says about its article, in (0, 1]: 1 when the
    /// article's title carries it or no other article lists it, less when several do (KB
    /// articles quote their neighbours' errors to tell them apart).
    pub specificity: f32,
}

/// A signature found in a paste line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct SigHit {
    pub signature: usize,
    /// Index of the paste's error line (`None`: the user's own words).
    pub line: Option<usize>,
    /// Tokens of the signature found in a row.
    pub run: usize,
    /// How much this hit is worth, in [0, 1].
    pub strength: f32,
}

/// A posting list longer than this is not used to start a run: such tokens (`the`, `de`) are
/// everywhere, and a run through them is still found from the next token.
const MAX_ANCHOR_POSTINGS: usize = 400;

#[derive(Debug, Default)]
pub(crate) struct SignatureTable {
    pub signatures: Vec<Signature>,
    /// token -> (signature, position in it)
    postings: HashMap<String, Vec<(u32, u16)>>,
}

impl SignatureTable {
    pub fn build(kb: &Kb) -> SignatureTable {
        let mut analyzer = analyzers::sig_analyzer();
        let mut table = SignatureTable::default();
        for (version, a) in kb.articles().iter().enumerate() {
            for text in &a.error_strings {
                let toks = tokens(&mut analyzer, &scrub::scrub(text));
                table.push(text, toks, version);
            }
        }
        table
    }

    /// Adds one signature of `version` (none when it has no tokens or too many to place).
    fn push(&mut self, text: &str, toks: Vec<String>, version: usize) {
        if toks.is_empty() || toks.len() > u16::MAX as usize {
            return;
        }
        let id = self.signatures.len() as u32;
        for (pos, t) in toks.iter().enumerate() {
            self.postings
                .entry(t.clone())
                .or_default()
                .push((id, pos as u16));
        }
        self.signatures.push(Signature {
            text: text.to_string(),
            tokens: toks,
            version,
            specificity: 1.0,
        });
    }

    /// Sets each signature's specificity from the article groups (`group_of[version]`) and
    /// the versions' titles.
    pub fn weigh(&mut self, kb: &Kb, group_of: &[usize]) {
        let mut analyzer = analyzers::sig_analyzer();
        let titles: Vec<Vec<String>> = kb
            .articles()
            .iter()
            .map(|a| tokens(&mut analyzer, &scrub::scrub(&a.title)))
            .collect();
        let mut title_groups: HashMap<usize, Vec<&Vec<String>>> = HashMap::default();
        for (v, t) in titles.iter().enumerate() {
            title_groups.entry(group_of[v]).or_default().push(t);
        }
        let mut sharing: HashMap<&[String], Vec<usize>> = HashMap::default();
        for s in &self.signatures {
            let groups = sharing.entry(&s.tokens).or_default();
            let g = group_of[s.version];
            if !groups.contains(&g) {
                groups.push(g);
            }
        }
        let specificity: Vec<f32> = self
            .signatures
            .iter()
            .map(|s| {
                let g = group_of[s.version];
                let in_title = title_groups
                    .get(&g)
                    .is_some_and(|ts| ts.iter().any(|t| contains_run(t, &s.tokens)));
                let shared = sharing.get(s.tokens.as_slice()).map_or(1, Vec::len);
                if in_title {
                    1.0
                } else {
                    1.0 / (shared as f32).sqrt()
                }
            })
            .collect();
        for (s, w) in self.signatures.iter_mut().zip(specificity) {
            s.specificity = w;
        }
    }

    /// Whether a run may start at `token`: it is in some signature, and in few enough that
    /// its postings are worth walking.
    fn is_anchor(&self, token: &str) -> bool {
        self.postings
            .get(token)
            .is_some_and(|p| p.len() <= MAX_ANCHOR_POSTINGS)
    }

    /// The versions listing signature `sig`'s words, `sig`'s own first.
    pub fn versions_quoting(&self, sig: usize) -> Vec<usize> {
        let Some(s) = self.signatures.get(sig) else {
            return Vec::new();
        };
        let mut out = vec![s.version];
        out.extend(
            self.signatures
                .iter()
                .filter(|o| o.tokens == s.tokens && o.version != s.version)
                .map(|o| o.version),
        );
        out
    }

    /// The best hit of every signature found in `text` (already scrubbed), keyed by
    /// signature, its line `line`.
    pub fn find_in(
        &self,
        analyzer: &mut TextAnalyzer,
        line: Option<usize>,
        text: &str,
    ) -> HashMap<usize, SigHit> {
        let toks = tokens(analyzer, text);
        let toks: Vec<&str> = toks.iter().map(String::as_str).collect();
        self.find(&[(line, toks)])
    }

    /// The best hit of every signature found in `lines` (each line's signature tokens, the
    /// text already scrubbed), keyed by signature.
    pub fn find(&self, lines: &[(Option<usize>, Vec<&str>)]) -> HashMap<usize, SigHit> {
        let mut best: HashMap<usize, SigHit> = HashMap::default();
        for (line, toks) in lines {
            let line = *line;
            for (i, &t) in toks.iter().enumerate() {
                let Some(post) = self.postings.get(t) else {
                    continue;
                };
                if post.len() > MAX_ANCHOR_POSTINGS {
                    continue;
                }
                for &(sig, pos) in post {
                    let s = &self.signatures[sig as usize].tokens;
                    let pos = pos as usize;
                    // The run through this token may begin earlier. The earliest anchor
                    // in it measures it, once; when the tokens before this one are all too
                    // common to be anchors (`the`, `error`), that is this one.
                    let mut back = 0;
                    while back < pos && back < i && s[pos - back - 1] == toks[i - back - 1] {
                        back += 1;
                    }
                    if (i - back..i).any(|j| self.is_anchor(toks[j])) {
                        continue;
                    }
                    let (pos, i) = (pos - back, i - back);
                    let mut run = 0;
                    while pos + run < s.len()
                        && i + run < toks.len()
                        && s[pos + run] == toks[i + run]
                    {
                        run += 1;
                    }
                    let strength =
                        strength(run, s.len()) * self.signatures[sig as usize].specificity;
                    if strength <= 0.0 {
                        continue;
                    }
                    let hit = SigHit {
                        signature: sig as usize,
                        line,
                        run,
                        strength,
                    };
                    best.entry(sig as usize)
                        .and_modify(|h| {
                            if hit.strength > h.strength {
                                *h = hit;
                            }
                        })
                        .or_insert(hit);
                }
            }
        }
        best
    }

    /// `text` without the signatures of three words or more it holds whole, and the
    /// signatures cut (longest first): a user who types a message into their own sentence
    /// ("Messages queued (dynamic flow control) on yahoo") wrote the rest. At most
    /// [`MAX_CUTS`] are cut, so a paste of one message repeated stays linear.
    pub fn cut_whole(&self, analyzer: &mut TextAnalyzer, text: &str) -> (String, Vec<usize>) {
        let mut rest = text.to_string();
        let mut cut = Vec::new();
        while cut.len() < MAX_CUTS {
            let Some((sig, next)) = self.cut_one(analyzer, &rest) else {
                break;
            };
            cut.push(sig);
            rest = next;
        }
        (rest, cut)
    }

    /// The longest signature (three words or more) `text` holds whole, and `text` with it cut
    /// out, punctuation and spacing around it kept.
    fn cut_one(&self, analyzer: &mut TextAnalyzer, text: &str) -> Option<(usize, String)> {
        let best = self
            .find_in(analyzer, None, text)
            .into_values()
            .filter(|h| {
                let len = self.signatures[h.signature].tokens.len();
                h.run == len && len >= 3
            })
            .max_by_key(|h| (h.run, std::cmp::Reverse(h.signature)))?;
        let sig = &self.signatures[best.signature].tokens;
        // Each word with its byte offset, split as the analyzers split.
        let words: Vec<(usize, &str)> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
            .collect();
        let texts: Vec<&str> = words.iter().map(|(_, w)| *w).collect();
        // One token per word through this analyzer, or none for a word it drops.
        let per_word = super::analyzers::stems_per_word(analyzer, &texts);
        let flat: Vec<(usize, &String)> = per_word
            .iter()
            .enumerate()
            .flat_map(|(i, toks)| toks.iter().map(move |t| (i, t)))
            .collect();
        let start = flat
            .windows(sig.len())
            .position(|w| w.iter().map(|(_, t)| *t).eq(sig.iter()))?;
        let (first, last) = (flat[start].0, flat[start + sig.len() - 1].0);
        let from = words[first].0;
        let to = words[last].0 + words[last].1.len();
        Some((best.signature, format!("{} {}", &text[..from], &text[to..])))
    }
}

/// Most signatures [`SignatureTable::cut_whole`] takes out of one text.
const MAX_CUTS: usize = 8;

/// Whether `needle` appears in `hay` as a run of consecutive tokens.
fn contains_run(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// What a run of `run` tokens of a signature of `len` tokens is worth. A whole signature of
/// three words or more is certain; a one-word signature (`Refused`) is a hint; part of a
/// signature counts in proportion, from two words in a row.
fn strength(run: usize, len: usize) -> f32 {
    if run == len {
        return match len {
            0 => 0.0,
            1 => 0.35,
            2 => 0.75,
            _ => 1.0,
        };
    }
    if run < 2 {
        return 0.0;
    }
    0.8 * run as f32 / len as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_signatures_outweigh_parts_and_single_words() {
        assert_eq!(strength(5, 5), 1.0);
        assert!(strength(3, 5) < strength(5, 5));
        assert!(strength(1, 1) < strength(2, 2));
        assert_eq!(strength(1, 5), 0.0);
    }

    #[test]
    fn a_whole_message_is_cut_out_of_the_users_words() {
        let kb = crate::kb::bundled();
        let table = SignatureTable::build(&kb);
        let mut analyzer = analyzers::sig_analyzer();
        let (rest, cut) = table.cut_whole(
            &mut analyzer,
            "MESSAGES queued (dynamic flow control) on yahoo, don't know why",
        );
        assert_eq!(rest.trim(), ") on yahoo, don't know why");
        assert_eq!(cut.len(), 1);
        assert_eq!(table.signatures[cut[0]].tokens.len(), 5);
        // Two messages, both cut; part of a message, or none, is not.
        let (rest, cut) = table.cut_whole(
            &mut analyzer,
            "Messages queued (dynamic flow control), Messages queued (connection quotas met) here",
        );
        assert_eq!(cut.len(), 2, "{rest}");
        assert!(!rest.to_lowercase().contains("queued"), "{rest}");
        let (rest, cut) = table.cut_whole(&mut analyzer, "queued on yahoo since monday");
        assert!(cut.is_empty());
        assert_eq!(rest, "queued on yahoo since monday");
    }

    #[test]
    fn a_signature_that_starts_with_a_common_word_is_found_whole() {
        // 'the' is in more signatures than an anchor may be; 'zeta' is rare.
        let mut table = SignatureTable::default();
        let mut add = |words: &[&str]| {
            let toks = words.iter().map(|w| w.to_string()).collect();
            table.push(&words.join(" "), toks, 0);
        };
        add(&["the", "zeta", "server", "is", "down"]);
        for n in 0..=MAX_ANCHOR_POSTINGS {
            add(&["the", &format!("filler{n}")]);
        }
        let mut analyzer = analyzers::sig_analyzer();
        let hits = table.find_in(&mut analyzer, Some(0), "log: the zeta server is down again");
        let hit = hits.get(&0).expect("the first signature is found");
        assert_eq!(hit.run, 5, "{hit:?}");
        assert_eq!(hit.strength, 1.0);
    }
}
