//! Arabic text normalization with an offset map back to the original.
//!
//! A [`Normalizer`] applies rule families, each switchable in [`NormalizerConfig`]:
//! diacritics, tatweel, alef variants, hamza carriers, alef maqsura, teh marbuta, Persian/Urdu
//! letters, presentation forms, digits, punctuation, invisible characters, white space and words
//! fused by scraping. Named presets cover the common uses:
//!
//! - [`Normalizer::search`]: everything folded; the key used for matching and indexing;
//! - [`Normalizer::display`]: cleans without changing spelling;
//! - [`Normalizer::lucene`]: exactly Apache Lucene's `ArabicNormalizer`;
//! - [`Normalizer::camel`]: exactly CAMeL Tools' chain `normalize_unicode` → `dediac_ar` →
//!   `normalize_alef_ar` → `normalize_alef_maksura_ar` → `normalize_teh_marbuta_ar`.
//!
//! Every preset gives an [`OffsetMap`] back to the original, runs in linear time, and returns
//! the input borrowed when nothing changes. [`crate::stem::lucene_stem`] reproduces Lucene's
//! light stemmer on top of the `lucene` preset.
//!
//! ```
//! use libya_nlp::normalize::Normalizer;
//! let n = Normalizer::search();
//! assert_eq!(n.normalize("السرّاج"), "السراج");
//! assert_eq!(n.normalize("الجيش الوطنى الليبى"), "الجيش الوطني الليبي");
//!
//! // Map a match in the normalized text back to the original.
//! let original = "قوات حفـــتر";
//! let norm = n.normalize_with_offsets(original);
//! let at = norm.text().find("حفتر").unwrap();
//! let orig = norm.map().to_original(at..at + "حفتر".len());
//! assert_eq!(&original[orig], "حفـــتر");
//! ```

mod camel;
mod lucene;
mod offsets;
mod rules;
mod unicode14;

pub use offsets::OffsetMap;

use offsets::Sink;

/// The character at char boundary `i < text.len()` of `text` (`bytes` is `text.as_bytes()`)
/// and its length, decoding ASCII and two-byte sequences (Arabic) inline.
#[inline]
pub(crate) fn decode(text: &str, bytes: &[u8], i: usize) -> (char, usize) {
    let b = bytes[i];
    if b < 0x80 {
        (b as char, 1)
    } else if b < 0xE0 {
        // Valid UTF-8 at a char boundary: a two-byte sequence, always a valid scalar.
        let cp = ((b as u32 & 0x1F) << 6) | (bytes[i + 1] as u32 & 0x3F);
        (char::from_u32(cp).unwrap_or('\u{FFFD}'), 2)
    } else {
        let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
        (c, c.len_utf8())
    }
}
use once_cell::sync::Lazy;
use rules::RuleTable;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::Arc;

/// Which rule families a [`Normalizer`] applies.
///
/// ```
/// use libya_nlp::normalize::{Normalizer, NormalizerConfig};
/// let mut config = NormalizerConfig::search();
/// config.teh_marbuta = false;
/// assert_eq!(Normalizer::new(config).normalize("فاطمة"), "فاطمة");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct NormalizerConfig {
    /// Remove harakat U+064B–U+065F, superscript alef U+0670 and Quranic marks.
    pub diacritics: bool,
    /// Remove tatweel U+0640.
    pub tatweel: bool,
    /// آ أ إ ٱ and U+0672, U+0673 → ا.
    pub alef: bool,
    /// ؤ → و, ئ → ي.
    pub hamza_carriers: bool,
    /// ى → ي.
    pub alef_maqsura: bool,
    /// ة → ه.
    pub teh_marbuta: bool,
    /// ک → ك, ی ې ے → ي, ھ ە ۀ ہ → ه, ۃ → ة.
    pub persian: bool,
    /// ڤ ڨ → ف, گ → ك, پ → ب, چ → ج (off in every preset: Libyan names use ڤ).
    pub persian_extra: bool,
    /// Presentation forms U+FB50–U+FDFF, U+FE70–U+FEFF to their letters.
    pub presentation_forms: bool,
    /// Arabic-Indic and Extended Arabic-Indic digits → ASCII digits.
    pub digits: bool,
    /// ، ؛ ؟ → , ; ?
    pub punctuation: bool,
    /// Remove ZWNJ, ZWJ, LRM, RLM, ALM, bidi embeddings and isolates, BOM, soft hyphen.
    pub invisible: bool,
    /// NBSP and other spaces → space; runs of white space collapsed to one space, or to one
    /// line feed when the run holds a line break.
    pub whitespace: bool,
    /// Insert a space where a word-final-only letter (ة, ى) or punctuation is directly followed
    /// by an Arabic letter.
    pub fused_words: bool,
}

impl NormalizerConfig {
    /// Everything folded (the `search` preset).
    ///
    /// ```
    /// use libya_nlp::normalize::NormalizerConfig;
    /// assert!(NormalizerConfig::search().hamza_carriers);
    /// ```
    pub fn search() -> Self {
        NormalizerConfig {
            diacritics: true,
            tatweel: true,
            alef: true,
            hamza_carriers: true,
            alef_maqsura: true,
            teh_marbuta: true,
            persian: true,
            persian_extra: false,
            presentation_forms: true,
            digits: true,
            punctuation: true,
            invisible: true,
            whitespace: true,
            fused_words: true,
        }
    }

    /// Cleaning without changing spelling (the `display` preset).
    ///
    /// ```
    /// use libya_nlp::normalize::NormalizerConfig;
    /// assert!(!NormalizerConfig::display().alef);
    /// ```
    pub fn display() -> Self {
        NormalizerConfig {
            diacritics: false,
            tatweel: true,
            alef: false,
            hamza_carriers: false,
            alef_maqsura: false,
            teh_marbuta: false,
            persian: false,
            persian_extra: false,
            presentation_forms: true,
            digits: false,
            punctuation: false,
            invisible: true,
            whitespace: true,
            fused_words: true,
        }
    }

    /// No rule on.
    ///
    /// ```
    /// use libya_nlp::normalize::{Normalizer, NormalizerConfig};
    /// assert_eq!(Normalizer::new(NormalizerConfig::none()).normalize("أَ  "), "أَ  ");
    /// ```
    pub fn none() -> Self {
        NormalizerConfig {
            diacritics: false,
            tatweel: false,
            alef: false,
            hamza_carriers: false,
            alef_maqsura: false,
            teh_marbuta: false,
            persian: false,
            persian_extra: false,
            presentation_forms: false,
            digits: false,
            punctuation: false,
            invisible: false,
            whitespace: false,
            fused_words: false,
        }
    }
}

/// A named preset.
///
/// ```
/// use libya_nlp::normalize::{Normalizer, Preset};
/// assert_eq!(Preset::parse("search"), Some(Preset::Search));
/// let n = Normalizer::preset(Preset::Display);
/// assert_eq!(n.normalize("أحمد"), "أحمد");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Preset {
    /// Everything folded: the key used for matching and indexing.
    Search,
    /// Cleans without changing spelling.
    Display,
    /// Exactly Apache Lucene's `ArabicNormalizer`.
    Lucene,
    /// Exactly CAMeL Tools' `normalize_unicode` → `dediac_ar` → `normalize_alef_ar` →
    /// `normalize_alef_maksura_ar` → `normalize_teh_marbuta_ar`.
    Camel,
}

impl Preset {
    /// Every preset, in documentation order.
    pub const ALL: [Preset; 4] = [
        Preset::Search,
        Preset::Display,
        Preset::Lucene,
        Preset::Camel,
    ];

    /// Parses a preset name (`search`, `display`, `lucene`, `camel`).
    ///
    /// ```
    /// use libya_nlp::normalize::Preset;
    /// assert_eq!(Preset::parse("lucene"), Some(Preset::Lucene));
    /// assert_eq!(Preset::parse("camel"), Some(Preset::Camel));
    /// assert_eq!(Preset::parse("nfkc"), None);
    /// ```
    pub fn parse(name: &str) -> Option<Preset> {
        match name {
            "search" => Some(Preset::Search),
            "display" => Some(Preset::Display),
            "lucene" => Some(Preset::Lucene),
            "camel" => Some(Preset::Camel),
            _ => None,
        }
    }

    /// The name [`Preset::parse`] accepts.
    ///
    /// ```
    /// use libya_nlp::normalize::Preset;
    /// for p in Preset::ALL {
    ///     assert_eq!(Preset::parse(p.name()), Some(p));
    /// }
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Preset::Search => "search",
            Preset::Display => "display",
            Preset::Lucene => "lucene",
            Preset::Camel => "camel",
        }
    }
}

impl std::str::FromStr for Preset {
    type Err = crate::error::ParseNameError;

    /// A preset name (`search`, `display`, `lucene`, `camel`), like [`Preset::parse`].
    ///
    /// ```
    /// use libya_nlp::Preset;
    /// assert_eq!("camel".parse::<Preset>(), Ok(Preset::Camel));
    /// assert_eq!("nfkc".parse::<Preset>().unwrap_err().to_string(), "unknown preset `nfkc`");
    /// ```
    fn from_str(s: &str) -> Result<Preset, Self::Err> {
        Preset::parse(s).ok_or_else(|| crate::error::ParseNameError::new("preset", s))
    }
}

impl std::fmt::Display for Preset {
    /// The name [`FromStr`](std::str::FromStr) accepts.
    ///
    /// ```
    /// assert_eq!(libya_nlp::Preset::Lucene.to_string(), "lucene");
    /// ```
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// How a [`Normalizer`] works: the configurable rules, or an exact emulation of another
/// library (whose behaviour the rule families cannot express).
#[derive(Debug, Clone)]
enum Engine {
    Rules(Arc<RuleTable>),
    Lucene,
    Camel,
}

static SEARCH_TABLE: Lazy<Arc<RuleTable>> =
    Lazy::new(|| Arc::new(RuleTable::new(NormalizerConfig::search())));
static DISPLAY_TABLE: Lazy<Arc<RuleTable>> =
    Lazy::new(|| Arc::new(RuleTable::new(NormalizerConfig::display())));

/// Normalizes Arabic text. Cheap to clone, `Send + Sync`.
///
/// ```
/// use libya_nlp::normalize::Normalizer;
/// let n = Normalizer::search();
/// assert_eq!(n.normalize("٢٠١٩"), "2019");
/// assert!(n.is_normalized("حفتر"));
/// ```
#[derive(Debug, Clone)]
pub struct Normalizer {
    config: NormalizerConfig,
    engine: Engine,
}

impl PartialEq for Normalizer {
    fn eq(&self, other: &Self) -> bool {
        self.config == other.config && self.emulates() == other.emulates()
    }
}

impl Eq for Normalizer {}

impl Default for Normalizer {
    fn default() -> Self {
        Normalizer::search()
    }
}

/// A normalized text with the map back to the original.
///
/// ```
/// use libya_nlp::normalize::Normalizer;
/// let norm = Normalizer::search().normalize_with_offsets("الأمم");
/// assert_eq!(norm.text(), "الامم");
/// assert_eq!(norm.map().to_original(0..norm.text().len()), 0.."الأمم".len());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    text: String,
    map: OffsetMap,
}

impl Normalized {
    /// The normalized text.
    ///
    /// ```
    /// use libya_nlp::normalize::Normalizer;
    /// assert_eq!(Normalizer::search().normalize_with_offsets("ليبيا ").text(), "ليبيا");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The offset map back to the original.
    ///
    /// ```
    /// use libya_nlp::normalize::Normalizer;
    /// let norm = Normalizer::search().normalize_with_offsets(" ليبيا");
    /// assert_eq!(norm.map().to_original(0..2), 1..3);
    /// ```
    pub fn map(&self) -> &OffsetMap {
        &self.map
    }

    /// The text and the map.
    ///
    /// ```
    /// use libya_nlp::normalize::Normalizer;
    /// let (text, map) = Normalizer::search().normalize_with_offsets("ة").into_parts();
    /// assert_eq!((text.as_str(), map.original_len()), ("ه", 2));
    /// ```
    pub fn into_parts(self) -> (String, OffsetMap) {
        (self.text, self.map)
    }
}

/// True for characters the `diacritics` rule removes.
///
/// ```
/// use libya_nlp::normalize::is_diacritic;
/// assert!(is_diacritic('\u{0651}') && !is_diacritic('ب'));
/// ```
pub fn is_diacritic(c: char) -> bool {
    matches!(c,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0610}'..='\u{061A}' | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E8}' | '\u{06EA}'..='\u{06ED}')
}

/// True for characters the `invisible` rule removes.
///
/// ```
/// use libya_nlp::normalize::is_invisible;
/// assert!(is_invisible('\u{200F}') && !is_invisible(' '));
/// ```
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200C}'
            | '\u{200D}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{061C}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{00AD}'
    )
}

/// True for Arabic letters (base letters of the Arabic blocks, not marks or digits).
///
/// ```
/// use libya_nlp::normalize::is_arabic_letter;
/// assert!(is_arabic_letter('ڤ') && !is_arabic_letter('٣') && !is_arabic_letter('\u{064E}'));
/// ```
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{063F}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}'..='\u{06EF}' | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08C9}')
}

impl Normalizer {
    /// A normalizer with the given rules.
    ///
    /// ```
    /// use libya_nlp::normalize::{Normalizer, NormalizerConfig};
    /// let mut config = NormalizerConfig::none();
    /// config.digits = true;
    /// assert_eq!(Normalizer::new(config).normalize("عام ٢٠١١"), "عام 2011");
    /// ```
    pub fn new(config: NormalizerConfig) -> Self {
        let table = if config == NormalizerConfig::search() {
            Arc::clone(&SEARCH_TABLE)
        } else if config == NormalizerConfig::display() {
            Arc::clone(&DISPLAY_TABLE)
        } else {
            Arc::new(RuleTable::new(config.clone()))
        };
        Normalizer {
            config,
            engine: Engine::Rules(table),
        }
    }

    /// A normalizer for a named preset.
    ///
    /// ```
    /// use libya_nlp::normalize::{Normalizer, Preset};
    /// assert_eq!(Normalizer::preset(Preset::Lucene), Normalizer::lucene());
    /// ```
    pub fn preset(preset: Preset) -> Self {
        match preset {
            Preset::Search => Normalizer::search(),
            Preset::Display => Normalizer::display(),
            Preset::Lucene => Normalizer::lucene(),
            Preset::Camel => Normalizer::camel(),
        }
    }

    /// Everything folded: the key used for matching and indexing.
    ///
    /// Diacritics, tatweel, alef variants, hamza carriers, alef maqsura, teh marbuta,
    /// Persian/Urdu letters (not ڤ ڨ گ پ چ), presentation forms, digits, punctuation, invisible
    /// characters, white space, fused words.
    ///
    /// ```
    /// use libya_nlp::normalize::Normalizer;
    /// let n = Normalizer::search();
    /// assert_eq!(n.normalize("ﻻ"), "لا");
    /// assert_eq!(n.normalize("المتحدةالأمريكية"), "المتحده الامريكيه");
    /// ```
    pub fn search() -> Self {
        Normalizer::new(NormalizerConfig::search())
    }

    /// Cleans invisible characters, tatweel, presentation forms, white space and fused words
    /// without changing spelling: letters and diacritics stay.
    ///
    /// ```
    /// use libya_nlp::normalize::Normalizer;
    /// assert_eq!(Normalizer::display().normalize("حفـــتر\u{200F}"), "حفتر");
    /// assert_eq!(Normalizer::display().normalize("المدنيين،كما"), "المدنيين، كما");
    /// ```
    pub fn display() -> Self {
        Normalizer::new(NormalizerConfig::display())
    }

    /// Exactly Apache Lucene's `ArabicNormalizer` (8.x–10.x): آ أ إ → ا, ى → ي, ة → ه,
    /// tatweel and the harakat U+064B–U+0652 removed; nothing else changes (white space
    /// included).
    ///
    /// ```
    /// use libya_nlp::normalize::Normalizer;
    /// assert_eq!(Normalizer::lucene().normalize("مكتبةُ  الإسكندرية"), "مكتبه  الاسكندريه");
    /// ```
    pub fn lucene() -> Self {
        let mut config = NormalizerConfig::none();
        config.tatweel = true;
        config.alef = true;
        config.alef_maqsura = true;
        config.teh_marbuta = true;
        config.diacritics = true;
        Normalizer {
            config,
            engine: Engine::Lucene,
        }
    }

    /// Exactly CAMeL Tools' chain `normalize_unicode` (U+FDFC, U+FDFD spelled out, then NFKC
    /// with Unicode 14.0 tables) → `dediac_ar` → `normalize_alef_ar` →
    /// `normalize_alef_maksura_ar` → `normalize_teh_marbuta_ar` (CAMeL Tools ≥ 1.5.3, which
    /// keeps tatweel).
    ///
    /// ```
    /// use libya_nlp::normalize::Normalizer;
    /// assert_eq!(Normalizer::camel().normalize("ﻹسلام ٱلْمكتبة"), "لاسلام المكتبه");
    /// ```
    pub fn camel() -> Self {
        let mut config = NormalizerConfig::none();
        config.alef = true;
        config.alef_maqsura = true;
        config.teh_marbuta = true;
        config.diacritics = true;
        config.presentation_forms = true;
        Normalizer {
            config,
            engine: Engine::Camel,
        }
    }

    /// The rules in force. For [`Normalizer::lucene`] and [`Normalizer::camel`] this names the
    /// rule families they touch; their exact behaviour is the emulated library's (see
    /// [`Normalizer::emulates`]).
    ///
    /// ```
    /// use libya_nlp::normalize::Normalizer;
    /// assert!(Normalizer::search().config().digits);
    /// ```
    pub fn config(&self) -> &NormalizerConfig {
        &self.config
    }

    /// The library this normalizer reproduces exactly, if any: `Some(Preset::Lucene)` or
    /// `Some(Preset::Camel)`; `None` for rule-based normalizers.
    ///
    /// ```
    /// use libya_nlp::normalize::{Normalizer, Preset};
    /// assert_eq!(Normalizer::camel().emulates(), Some(Preset::Camel));
    /// assert_eq!(Normalizer::search().emulates(), None);
    /// ```
    pub fn emulates(&self) -> Option<Preset> {
        match self.engine {
            Engine::Rules(_) => None,
            Engine::Lucene => Some(Preset::Lucene),
            Engine::Camel => Some(Preset::Camel),
        }
    }

    fn run<'a>(&self, text: &'a str, map: Option<&mut OffsetMap>) -> Cow<'a, str> {
        let mut sink = Sink::new(text, map);
        match &self.engine {
            Engine::Rules(t) => t.run(text, &mut sink),
            Engine::Lucene => lucene::run(text, &mut sink),
            Engine::Camel => camel::run(text, &mut sink),
        }
        sink.finish()
    }

    /// Normalizes `text`, borrowing it when nothing changes.
    ///
    /// ```
    /// use libya_nlp::normalize::Normalizer;
    /// use std::borrow::Cow;
    /// assert!(matches!(Normalizer::search().normalize("ليبيا"), Cow::Borrowed(_)));
    /// ```
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.run(text, None)
    }

    /// True when [`Normalizer::normalize`] would return `text` unchanged.
    ///
    /// ```
    /// use libya_nlp::normalize::Normalizer;
    /// assert!(Normalizer::search().is_normalized("السراج"));
    /// assert!(!Normalizer::search().is_normalized("السرّاج"));
    /// ```
    pub fn is_normalized(&self, text: &str) -> bool {
        match self.normalize(text) {
            Cow::Borrowed(_) => true,
            Cow::Owned(s) => s == text,
        }
    }

    /// Normalizes `text` and returns the offset map back to it.
    ///
    /// ```
    /// use libya_nlp::normalize::Normalizer;
    /// let original = "قال  السرّاج";
    /// let norm = Normalizer::search().normalize_with_offsets(original);
    /// assert_eq!(norm.text(), "قال السراج");
    /// let at = norm.text().find("السراج").unwrap();
    /// assert_eq!(&original[norm.map().to_original(at..norm.text().len())], "السرّاج");
    /// ```
    pub fn normalize_with_offsets(&self, text: &str) -> Normalized {
        let mut map = OffsetMap::new(text.len());
        let out = self.run(text, Some(&mut map)).into_owned();
        debug_assert_eq!(out.len(), map.normalized_len());
        Normalized { text: out, map }
    }

    /// True when `c` standing alone is changed or removed by this normalizer (white space
    /// aside, which depends on its neighbours). The output of [`Normalizer::normalize`] never
    /// holds such a character, except that [`Normalizer::camel`] may keep a character whose
    /// change depended on its neighbours.
    ///
    /// ```
    /// use libya_nlp::normalize::Normalizer;
    /// assert!(Normalizer::search().folds('ة'));
    /// assert!(!Normalizer::display().folds('ة'));
    /// ```
    pub fn folds(&self, c: char) -> bool {
        match &self.engine {
            Engine::Lucene => lucene::folds(c),
            Engine::Camel => {
                let mut s = [0u8; 4];
                let s = c.encode_utf8(&mut s);
                camel::folds_after_nfkc(c) || self.normalize(s) != *s
            }
            Engine::Rules(_) => {
                if self.config.whitespace && rules::is_space_char(c) {
                    return false;
                }
                let mut s = [0u8; 4];
                let s = c.encode_utf8(&mut s);
                self.normalize(s) != *s
            }
        }
    }
}
