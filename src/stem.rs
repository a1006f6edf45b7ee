//! Light stemming: Apache Lucene's `ArabicStemmer`, exactly.
//!
//! The stemmer removes one prefix (ال وال بال كال فال لل و, the first that matches) and then
//! each suffix of ها ان ات ون ين يه ية ه ة ي in that order, as long as enough of the word is
//! left: two characters after stemming, three after و. Lengths are counted in UTF-16 code
//! units, as Lucene does. It expects text normalized by [`Normalizer::lucene`] (as Lucene's
//! `ArabicAnalyzer` does) or [`Normalizer::search`].
//!
//! [`Normalizer::lucene`]: crate::normalize::Normalizer::lucene
//! [`Normalizer::search`]: crate::normalize::Normalizer::search
//!
//! ```
//! use libya_nlp::normalize::Normalizer;
//! use libya_nlp::stem::{lucene_stem, lucene_stem_line};
//! assert_eq!(lucene_stem("والحسن"), "حسن");
//! let line = Normalizer::lucene().normalize("قوات الجيش الليبي  في طرابلس");
//! assert_eq!(lucene_stem_line(&line), "قو جيش ليب  في طرابلس");
//! ```

use std::borrow::Cow;

const PREFIXES: [&str; 7] = ["ال", "وال", "بال", "كال", "فال", "لل", "و"];
const SUFFIXES: [&str; 10] = ["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"];

/// Length in UTF-16 code units.
fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// Stems one word as Lucene's `ArabicStemmer.stem` does. The stem is a substring of `word`.
///
/// ```
/// use libya_nlp::stem::lucene_stem;
/// assert_eq!(lucene_stem("الحسن"), "حسن");
/// assert_eq!(lucene_stem("ساهدات"), "ساهد");
/// assert_eq!(lucene_stem("وحسن"), "حسن");
/// assert_eq!(lucene_stem("وحس"), "وحس"); // و needs three characters after it
/// ```
pub fn lucene_stem(word: &str) -> &str {
    // Every prefix and suffix is made of BMP characters (one UTF-16 unit, two UTF-8 bytes).
    let mut len = utf16_len(word);
    let mut s = word;
    for p in PREFIXES {
        let plen = p.len() / 2;
        let long_enough = if plen == 1 { len >= 4 } else { len >= plen + 2 };
        if long_enough && s.starts_with(p) {
            s = &s[p.len()..];
            len -= plen;
            break;
        }
    }
    for suf in SUFFIXES {
        let slen = suf.len() / 2;
        if len >= slen + 2 && s.ends_with(suf) {
            s = &s[..s.len() - suf.len()];
            len -= slen;
        }
    }
    s
}

/// True for the separators of Java's `\S+` (ASCII space, tab, line feed, vertical tab, form
/// feed, carriage return).
fn is_java_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// Stems each run of characters other than ASCII white space in `line` with [`lucene_stem`],
/// keeping the separators as they are (Lucene's oracle: `ArabicStemmer` on each `\S+`).
/// Borrows `line` when nothing changes.
///
/// ```
/// use libya_nlp::stem::lucene_stem_line;
/// assert_eq!(lucene_stem_line("الحسن\tوالحسن "), "حسن\tحسن ");
/// ```
pub fn lucene_stem_line(line: &str) -> Cow<'_, str> {
    let bytes = line.as_bytes();
    let mut out: Option<String> = None;
    let mut i = 0;
    let mut copied = 0;
    while i < bytes.len() {
        if is_java_space(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && !is_java_space(bytes[i]) {
            i += 1;
        }
        let word = &line[start..i];
        let stem = lucene_stem(word);
        if stem.len() != word.len() {
            let o = out.get_or_insert_with(|| String::with_capacity(line.len()));
            o.push_str(&line[copied..start]);
            o.push_str(stem);
            copied = i;
        }
    }
    match out {
        None => Cow::Borrowed(line),
        Some(mut o) => {
            o.push_str(&line[copied..]);
            Cow::Owned(o)
        }
    }
}
