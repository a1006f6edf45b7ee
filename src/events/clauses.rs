//! Clauses of a sentence and the scope of modality cues.
//!
//! A sentence is cut into clauses before
//!
//! - punctuation: `;` `.` `?` `!` brackets and dashes cut strongly; a comma cuts strongly when
//!   the next word begins with the conjunction `و`/`ف` and weakly otherwise (a preposition
//!   such as `في`, `وفق`, `وسط` opens an aside: `توعد القائد، في كلمة متلفزة، بشن هجوم`);
//!   `:` and quotes cut weakly; an aside of one or two words between commas that dates the
//!   clause (`اتفقتا، الثلاثاء، على تعيين`, `، مساء السبت،`) does not cut at all;
//! - clause words of the lexicon (`type` `clause`: `الذي`, `لكن`, `حيث`, `وذلك`, … strongly;
//!   `complement`: `أن`, `بأن`, … weakly);
//! - a verb conjoined by `و`/`ف`: a verb of the lexicon, or a word that looks like one
//!   (`وأكدوا`, `واندلعت`, `ويقود`: plural `وا`, feminine `ت`, imperfect `ي`), strongly.
//!
//! A cue with scope `fwd` governs the rest of its clause, `fwd+` also crosses weak cuts (so
//! `دعت ... إلى أن ...` and `يجب «وقف ...` reach their complement), `bwd` the start of its
//! clause. Everything is computed once per sentence in time linear in its words (look-ups
//! are binary searches; a cue is looked for at most `MAX_REACH` words away).

use super::lexicon::{ClassSet, CueType, Lexicon, Role, Scope, Window};
use super::{Hit, Modality, MAX_REACH};
use std::ops::Range;

/// Words between `منذ` and the year (after `في عام`) that dates the earlier event it names, at
/// most.
const SINCE_YEAR_WORDS: usize = 6;

/// Words between a purpose `ل` trigger and a later trigger it plans, at most.
const PURPOSE_REACH: usize = 4;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
enum Cut {
    #[default]
    None,
    Weak,
    Strong,
}

/// Whether a word after a comma starts with the conjunction `و`/`ف`, so that the comma ends
/// the clause (`، وأكد`, `، فيما`), rather than with a word that only begins with those
/// letters: a preposition or adverb opening an aside (`، في كلمة متلفزة،`, `، وفق بيان،`).
fn comma_conjunction(word: &str) -> bool {
    // ev26: and verbal nouns whose root begins with the letter (`نفت الوزارة، الجمعة،
    // وقوع اشتباكات`, `أعلن الطرفان، أمس، وقف القتال`): the object of the clause goes on.
    // r68: and words of an apposition set off by commas, a title or a given name (`قال
    // الخبير، فيصل العبيدي، إن`, `أكد المسؤول، وزير الداخلية، أن`): the clause goes on.
    // (Names that begin like a loanword, `فيصل`, are in [`loanword`].)
    const NOT_CONJUNCTION: [&str; 39] = [
        "فتحي",
        "فايز",
        "فرج",
        "فوزي",
        "فاطمه",
        "فريد",
        "وليد",
        "وايل",
        "وسام",
        "وحيد",
        "وزير",
        "وزيره",
        "وزاره",
        "وكيل",
        "والي",
        "وكاله",
        "فريق",
        "فرع",
        "في",
        "فيه",
        "فيها",
        "فور",
        "فوق",
        "وفق",
        "وفقا",
        "وسط",
        "وراء",
        "وقوع",
        "وقف",
        "وصول",
        "وفاه",
        "وجود",
        "وضع",
        "فتح",
        "فرض",
        "فض",
        "فك",
        "فرار",
        "فقدان",
    ];
    word.starts_with(['و', 'ف']) && !NOT_CONJUNCTION.contains(&word) && !loanword(word)
}

/// Loanwords and foreign names that begin with `في` or `وي` (`عبر فيسبوك`, `مقطع فيديو`,
/// `فيضانات`; r68: `الوزير، فيليب هاموند،`, `ستيفاني ويليامز`, `حق الفيتو`): no conjunction
/// before a verb or a clause (r53).
fn loanword(word: &str) -> bool {
    [
        "فيسبوك",
        "فيديو",
        "فيينا",
        "فيروس",
        "فيضان",
        "فيفري",
        "فيدرالي",
        "فيلم",
        "فيزي",
        "فيليب",
        "فيكتور",
        "فيصل",
        "فيتو",
        "فيتنام",
        "فيلتمان",
        "ويليام",
        "ويكيليكس",
    ]
    .iter()
    .any(|l| word.starts_with(l))
}

/// Prepositions that open a circumstance of the clause before them when a comma sets it off:
/// where, when, how or why it happened (`، في انفجار`, `، جراء القصف`, `، إثر هجوم`).
/// The text is normalized (`إثر` is `اثر`).
const ADJUNCT_OPENERS: [&str; 9] = [
    "في",
    "خلال",
    "جراء",
    "اثر",
    "عقب",
    "اثناء",
    "بسبب",
    "بعد",
    "وسط",
];

/// Words before `، وإلى` looked through for the `إلى` whose second complement it opens, at most.
const SECOND_COMPLEMENT_WORDS: usize = 16;

/// Whether a word is the preposition `إلى` (with the conjunction `و` when `conj`), in the
/// original or the normalized spelling.
fn is_ila(word: &str, conj: bool) -> bool {
    let word = if conj {
        match word.strip_prefix('و') {
            Some(w) => w,
            None => return false,
        }
    } else {
        word
    };
    matches!(word, "إلى" | "الى" | "الي")
}

/// Whether the gap before word `i` holds a comma (and nothing that cuts more strongly).
fn gap_has_comma(text: &str, words: &[Range<usize>], i: usize) -> bool {
    text[words[i - 1].end..words[i].start]
        .chars()
        .any(|c| c == ',' || c == '،')
}

/// Whether a word is a day or a time of day that dates a clause in an aside
/// (`، الثلاثاء،`, `، أمس،`, `، مساء السبت،`), in the original or the normalized spelling.
fn is_time_word(word: &str) -> bool {
    const TIME_WORDS: [&str; 24] = [
        "السبت",
        "الأحد",
        "الاحد",
        "الاثنين",
        "الإثنين",
        "الثلاثاء",
        "الأربعاء",
        "الاربعاء",
        "الخميس",
        "الجمعة",
        "الجمعه",
        "أمس",
        "امس",
        "اليوم",
        "مساء",
        "صباح",
        "ظهر",
        "فجر",
        "ليلة",
        "ليله",
        "الليلة",
        "الليله",
        "غدا",
        "ظهيرة",
    ];
    TIME_WORDS.contains(&word)
}

/// The words an aside that only dates its clause holds at most (`، مساء يوم الجمعة،`).
pub(super) const ASIDE_WORDS: usize = 3;

/// The reach, at most, of a background cue whose object a time can take instead of the event
/// (`منذ`, reach 1: `منذ الثلاثاء اشتباكات`); cues of longer reach govern past a time.
const TIME_OBJECT_REACH: usize = 2;

/// The fewest words from a relative clause word to a verb that ends the relative clause (the
/// word itself, its verb and one word of that verb's: `التي تبعد 100 كم … أطلقت`).
const RELATIVE_OWN_WORDS: usize = 4;

/// The most words from a relative clause word to a verb that ends it: the test of the words
/// between stays bounded, linear on any sentence.
const RELATIVE_REACH_WORDS: usize = 16;

/// The most clauses cut off by quotation marks alone that a verb of announcing is looked for
/// across ([`Sentence::object_after_comma`]; two, as [`Sentence::anchored`] reads on).
const QUOTED_CLAUSES: usize = 2;

/// The most words of a verb of announcing and its subject before the comma that sets off its
/// object ([`Sentence::object_after_comma`]).
const OBJECT_AFTER_COMMA_WORDS: usize = 10;

/// Whether a word may open an aside that only dates its clause: a day or a time of day
/// ([`is_time_word`]), or `يوم` / `الأسبوع` (`، يوم الجمعة،`, `، الأسبوع المنصرم،`).
pub(super) fn is_aside_start(word: &str) -> bool {
    is_time_word(word) || matches!(word, "يوم" | "الأسبوع" | "الاسبوع")
}

/// Whether a word may stand after the first in such an aside: a day or a time of day, `يوم`,
/// or a word that places a day or a week (`الماضي`, `المنصرم`, `الباكر`).
pub(super) fn is_aside_word(word: &str) -> bool {
    is_time_word(word)
        || matches!(
            word,
            "يوم"
                | "الماضي"
                | "الماضية"
                | "المنصرم"
                | "الفائت"
                | "الباكر"
                | "الجاري"
                | "المقبل"
                | "القادم"
                // (`، صباح غد الثلاثاء،`)
                | "غد"
                | "الغد"
        )
}

/// Whether a word (with `و`/`ف`) places a time before the day of the report: a day or a word
/// that places one ([`is_aside_word`]; not `اليوم` and the times of a day, `صباح`, `مساء`…),
/// a month, `أمس`, `الأول`, a month or a year (`الشهر`, `العام`).
fn time_word(word: &str) -> bool {
    let w = word.trim_start_matches(['و', 'ف']);
    let of_today = matches!(
        w,
        "اليوم"
            | "مساء"
            | "صباح"
            | "ظهر"
            | "فجر"
            | "ليلة"
            | "ليله"
            | "الليلة"
            | "الليله"
            | "ظهيرة"
    );
    (is_aside_word(w) && !of_today)
        || (w != "من" && is_date_word(w))
        || matches!(
            w,
            "أمس"
                | "امس"
                | "بالأمس"
                | "بالامس"
                | "الأول"
                | "الاول"
                | "الشهر"
                | "العام"
                | "عام"
                | "سنة"
                | "سنه"
                | "الأسبوع"
                | "الاسبوع"
        )
}

/// Whether a word may stand in a date told beside a day (`الموافق 2 مايو 2018`): `الموافق`,
/// a number in figures, a month name of any set ([`crate::date::MONTH_NAMES`]), `من`. Words
/// as the normalized text writes them.
fn is_date_word(word: &str) -> bool {
    word.chars()
        .all(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c))
        || matches!(word, "الموافق" | "الموافقه" | "من")
        || crate::date::is_month_name(word)
}

/// Whether a word is `الموافق` (`يوم الأربعاء الموافق 2 مايو`).
fn is_corresponding(word: &str) -> bool {
    matches!(word, "الموافق" | "الموافقة" | "الموافقه")
}

/// The words a dating aside with its date (`، يوم الأربعاء الموافق 2 مايو 2018،`) holds at
/// most.
const DATED_ASIDE_WORDS: usize = 8;

/// `وقع` (took place) in the persons a predicate of an event noun takes: its `و` is a letter
/// of the root, no conjunction (`عملية الاختطاف، التي أكدتها السفارة، وقعت في …`).
fn occurred_verb(word: &str) -> bool {
    matches!(word, "وقع" | "وقعت" | "وقعا" | "وقعتا" | "وقعوا")
}

/// The first four words of `class` among `classes` (word, class), in order.
fn class_words(classes: &[(usize, u8)], class: u8) -> impl Iterator<Item = usize> + '_ {
    classes
        .iter()
        .filter(move |&&(_, k)| k == class)
        .map(|&(w, _)| w)
        .take(4)
}

/// Prepositions that open an aside between two dashes (`- في كلمة متلفزة -`, `- بحسب مصادر -`).
const DASH_ASIDE_OPENERS: [&str; 9] = [
    "في",
    "خلال",
    "وفق",
    "وفقا",
    "حسب",
    "بحسب",
    "عبر",
    "اثناء",
    "أثناء",
];

/// The words an aside between two dashes holds at most.
const DASH_ASIDE_WORDS: usize = 6;

/// A modality cue of the sentence.
struct CueAt {
    start: usize,
    w0: usize,
    w1: usize,
    cue: u32,
    /// The cue is a verb with the future `س` (`ستعرض`, `ستتواصل`): what it asserts is to come.
    future: bool,
    /// The first word of the cue's tail when it has a gap (else `w0`): the words between its
    /// head and its tail are its subject or object, which it does not govern.
    tail_w0: usize,
}

/// One sentence cut into words and clauses, with its cues and context classes. Its buffers
/// are reused from one sentence to the next.
#[derive(Default)]
pub(super) struct Sentence {
    cut: Vec<Cut>,
    words: Vec<Range<usize>>,
    /// The sentence whose words `words` holds (found once, for the hits and the clauses).
    words_of: Option<Range<usize>>,
    clause: Vec<u32>,
    seg: Vec<u32>,
    clause_first: Vec<usize>,
    cues: Vec<CueAt>,
    /// Start and last word of the triggers with a purpose `ل`.
    purposes: Vec<(usize, usize)>,
    classes: Vec<(usize, u8)>,
    clause_classes: Vec<ClassSet>,
    sentence_classes: ClassSet,
    /// Per clause: it holds an event verb of the lexicon or a number written in digits.
    clause_verb_or_digit: Vec<bool>,
    /// Per clause: it holds an event verb of the lexicon that survived its context rules.
    clause_verb: Vec<bool>,
    /// Per clause: it holds a year (a number from 1900 to 2099).
    clause_year: Vec<bool>,
    /// Per clause: it holds a number written in digits.
    clause_digit: Vec<bool>,
    /// First words of the relative clauses (opened by a `relative` clause word).
    relative_first: Vec<usize>,
    /// First words of the complement clauses (opened by a `complement` clause word), in order.
    complement_first: Vec<usize>,
    /// Per clause: a relative clause word opens it.
    clause_relative: Vec<bool>,
    /// Per clause: it is a circumstance of the clause before, set off by a comma and opened by
    /// a preposition of place, time or cause (`قتل ضابط الأربعاء، في انفجار قنبلة، في بنغازي`).
    clause_adjunct: Vec<bool>,
    /// Per word: for a nominal conjunct (`وإجراء`, `ورحيل`), the first conjunct word of its
    /// list; `u32::MAX` for other words.
    list_first: Vec<u32>,
    /// The words that coordinate a noun phrase with the one before (`واحترام`, `وأي`), in order.
    conj_words: Vec<usize>,
    /// Words of three letters after `، و` (`، وقتل ثلاثة`): rather a perfect opening a clause
    /// than a conjunct, even when the lexicon reads a verbal noun there.
    perfect_conj: Vec<usize>,
    /// The words `أو` between two noun phrases (`أي حوار أو لقاء`), in order: a subset of
    /// `conj_words`, across which any cue that governs the phrase before governs the one after.
    or_words: Vec<usize>,
    /// Per hit of the last [`Self::build`], in its order: its first and last word
    /// ([`Self::hit_span`]), found once.
    spans: Vec<(usize, usize)>,
    /// The first words of the trigger hits with their lexicon kinds, in order.
    trigger_first: Vec<(usize, super::EventKind)>,
    /// Per clause: only a quotation mark cuts it from the clause before (`ستشهد «معركة
    /// كبرى»`, `«المحادثات» ستركز`): a quoted phrase, no clause of its own.
    clause_quoted: Vec<bool>,
    /// Per word, plus one past the last: how many words before it date the clause (a day,
    /// a time of day, `الموافق` and its date: `يوم الأربعاء الموافق 2 مايو 2018`). A cue's
    /// reach does not count them.
    dating: Vec<u32>,
}

impl Sentence {
    /// Finds the words of the sentence `sr` of `text` (none when `sr` is not a range of it) and
    /// keeps them for [`Self::build`] of the same sentence.
    pub(super) fn fill_words(&mut self, text: &str, sr: Range<usize>) -> &[Range<usize>] {
        self.words.clear();
        if let Some(t) = text.get(sr.clone()) {
            crate::words::push_words(t, sr.start, &mut self.words);
        }
        self.words_of = Some(sr);
        &self.words
    }

    /// The sentence whose words the last [`Self::fill_words`] or [`Self::build`] found, and
    /// its words.
    pub(super) fn words(&self) -> Option<(&Range<usize>, &[Range<usize>])> {
        self.words_of.as_ref().map(|sr| (sr, &self.words[..]))
    }

    /// Cuts the sentence `sr` of `text` with its `hits` into words and clauses. `names`: the
    /// ranges of the gazetteer mentions of the sentence, sorted by start; a word inside one is
    /// a name, never a conjoined verb (`ستيفاني ويليامز`).
    pub(super) fn build(
        &mut self,
        text: &str,
        sr: Range<usize>,
        hits: &[Hit],
        names: &[Range<usize>],
        lex: &Lexicon,
    ) {
        if self.words_of.as_ref() != Some(&sr) {
            self.words.clear();
            crate::words::push_words(&text[sr.clone()], sr.start, &mut self.words);
            self.words_of = Some(sr.clone());
        }
        let words = &self.words;
        let nw = words.len().max(1);
        let cut = &mut self.cut;
        cut.clear();
        cut.resize(nw, Cut::None);
        // Whether a word was cut as a conjoined verb: only then are the hits looked through.
        let mut conj_cut = false;
        for i in 1..words.len() {
            // The usual gap, one space, cuts nothing: checked here, the rest in `gap_cut`.
            let (a, b) = (words[i - 1].end, words[i].start);
            cut[i] = if b == a + 1 && text.as_bytes()[a] == b' ' {
                Cut::None
            } else {
                gap_cut(text, words, i)
            };
            // `و` and `ف` are D9 88 and D9 81: most words are turned away unsliced.
            let conj = matches!(
                text.as_bytes().get(words[i].start..words[i].start + 2),
                Some([0xD9, 0x88 | 0x81])
            );
            if conj
                && looks_like_conjoined_verb(&text[words[i].clone()])
                && !in_name(names, &words[i])
            {
                cut[i] = Cut::Strong;
                conj_cut = true;
            }
        }
        // A lexicon form that begins with `و`/`ف` and was matched without a proclitic reads
        // them as letters of its root (`وصلت`, `فقدت`, `وقعت`): no conjunction, so the verb
        // goes on the clause of its subject (`القوات فقدت مواقعها`) instead of opening one.
        // A form read after a conjunction (`وقتلت`) keeps its cut.
        let mut at = 0;
        for h in hits.iter().filter(|_| conj_cut) {
            if h.conj
                || h.start != h.wstart
                || !matches!(
                    text.as_bytes().get(h.start..h.start + 2),
                    Some([0xD9, 0x88 | 0x81])
                )
            {
                continue;
            }
            let w = word_of_pos_from(words, h.wstart, at);
            at = w;
            if w > 0 && words[w].start == h.wstart && cut[w] == Cut::Strong {
                cut[w] = gap_cut(text, words, w);
            }
        }
        // An aside between two commas that only dates the clause (`اتفقتا، الثلاثاء، على تعيين`,
        // `خطف مسلحون ابنه، أمس، في بنغازي`) cuts nothing: the clause runs on across it.
        for i in 1..words.len() {
            if cut[i] != Cut::Weak || !gap_has_comma(text, words, i) {
                continue;
            }
            if !is_aside_start(&text[words[i].clone()]) {
                continue;
            }
            let close =
                (i + 1..words.len().min(i + 1 + DATED_ASIDE_WORDS)).find(|&j| cut[j] != Cut::None);
            if let Some(j) = close {
                let w = |k: usize| &text[words[k].clone()];
                // A date told with its day (`، يوم الأربعاء الموافق 2 مايو 2018،`) is part of
                // the aside.
                let dated = (i + 1..j).any(|k| is_corresponding(w(k)));
                if cut[j] == Cut::Weak
                    && gap_has_comma(text, words, j)
                    && (j - i <= ASIDE_WORDS || dated)
                    && (i + 1..j).all(|k| is_aside_word(w(k)) || (dated && is_date_word(w(k))))
                {
                    cut[i] = Cut::None;
                    cut[j] = Cut::None;
                }
            }
        }
        // An aside between two dashes opened by a preposition (`تعهد الرئيس - في كلمة متلفزة -
        // باستعادة`, `- بحسب مصادر -`) cuts as one between commas does: weakly.
        let dash_only = |i: usize| {
            let g = &text[words[i - 1].end..words[i].start];
            g.chars().any(|c| matches!(c, '-' | '–' | '—'))
                && g.chars().all(|c| matches!(c, '-' | '–' | '—' | ' '))
        };
        let mut i = 1;
        while i < words.len() {
            if cut[i] == Cut::Strong
                && dash_only(i)
                && DASH_ASIDE_OPENERS.contains(&&text[words[i].clone()])
            {
                let close = (i + 1..words.len().min(i + 1 + DASH_ASIDE_WORDS))
                    .find(|&j| cut[j] != Cut::None);
                if let Some(j) = close.filter(|&j| dash_only(j)) {
                    cut[i] = Cut::Weak;
                    cut[j] = Cut::Weak;
                    i = j;
                }
            }
            i += 1;
        }
        // So does the closing comma of a dating aside whose opening comma the page left out
        // (`حققت قوات حفتر الأربعاء، تقدما في عين زارة`): a day or time of day right after
        // words of the clause, then a comma alone, and the clause goes on.
        for i in 2..words.len() {
            if cut[i] != Cut::Weak
                || !text[words[i - 1].end..words[i].start]
                    .chars()
                    .all(|c| matches!(c, ' ' | ',' | '،'))
            {
                continue;
            }
            let from = i.saturating_sub(ASIDE_WORDS).max(1);
            // (A day or a time of day opens it, not `الأسبوع`: `… الأسبوع الماضي، اكتشف` ends a
            // clause more often than not.)
            let opened = (from..i).find(|&k| {
                is_time_word(&text[words[k].clone()])
                    && (k + 1..i).all(|m| is_aside_word(&text[words[m].clone()]))
                    && (k..i).all(|m| cut[m] == Cut::None)
            });
            if opened.is_some_and(|k| k >= 2) {
                cut[i] = Cut::None;
            }
        }
        // A second complement of the same `إلى` after a comma (`دعت إلى نزع السلاح، وإلى إجراء
        // انتخابات`) goes on with the segment of the first: what governs that one (a call, an
        // aim) governs this one too. `، وإلى جانب` opens a clause of its own.
        for i in 1..words.len() {
            if cut[i] == Cut::Strong
                && is_ila(&text[words[i].clone()], true)
                && gap_has_comma(text, words, i)
                && !words
                    .get(i + 1)
                    .is_some_and(|w| matches!(&text[w.clone()], "جانب"))
                && (0..i)
                    .rev()
                    .take_while(|&j| j + 1 == i || cut[j + 1] != Cut::Strong)
                    .take(SECOND_COMPLEMENT_WORDS)
                    .any(|j| is_ila(&text[words[j].clone()], false))
            {
                cut[i] = Cut::Weak;
            }
        }
        self.cues.clear();
        self.purposes.clear();
        self.classes.clear();
        self.relative_first.clear();
        self.complement_first.clear();
        self.spans.clear();
        self.trigger_first.clear();
        // Hits come by start, so their first words come in order: a cursor finds them.
        let mut at = 0;
        for h in hits {
            let w0 = word_of_pos_from(words, h.wstart, at);
            at = w0;
            // The last word: the first from `w0` on that ends at or after the hit's end.
            let mut w1 = w0;
            while w1 < words.len() && words[w1].end < h.wend {
                w1 += 1;
            }
            let w1 = w1.min(nw - 1);
            self.spans.push((w0, w1));
            if let Role::Trigger(t) = h.role {
                self.trigger_first.push((w0, lex.triggers[t as usize].kind));
            }
            match h.role {
                Role::Cue(c) => match lex.cues[c as usize].kind {
                    CueType::Clause if w0 > 0 => cut[w0] = Cut::Strong,
                    CueType::Relative if w0 > 0 => {
                        cut[w0] = Cut::Strong;
                        self.relative_first.push(w0);
                    }
                    CueType::Complement if w0 > 0 => {
                        cut[w0] = cut[w0].max(Cut::Weak);
                        self.complement_first.push(w0);
                    }
                    CueType::Modality(_) | CueType::Background | CueType::Span => {
                        let tail_w0 = h
                            .gap
                            .map_or(w0, |(_, t)| word_of_pos_from(words, t, w0).min(w1));
                        self.cues.push(CueAt {
                            start: h.start,
                            w0,
                            w1,
                            cue: c,
                            future: h.future,
                            tail_w0,
                        })
                    }
                    _ => {}
                },
                Role::Trigger(_) => {
                    if h.conj && h.pos == super::Pos::Verb && w0 > 0 {
                        cut[w0] = Cut::Strong;
                    }
                    if h.purpose {
                        self.purposes.push((h.start, w1));
                    }
                }
                Role::Context(k) => self.classes.push((w0, k)),
                _ => {}
            }
        }
        // A verb trigger of the perfect with no conjunction, past the first words of a relative
        // clause, is the main clause's verb the relative clause ran into (`وفي المرج التي تبعد
        // 100 كم شرق بنغازي أطلقت الشرطة الذخيرة الحية`): the relative clause ends there. (Not
        // an imperfect or a future, `التي كانت تحاصر المدينة`, a verb after `كان` or one with a
        // separate pronoun pointing back: those are the relative clause's own.) Each hit's first
        // word is the one `spans` took above.
        for (h, &(w0, _)) in hits.iter().zip(&self.spans) {
            if !matches!(h.role, Role::Trigger(_)) || h.pos != super::Pos::Verb || h.conj {
                continue;
            }
            // (The nearest relative clause word before it, found by halving: the relative
            // clause words come in order.)
            let k = self.relative_first.partition_point(|&r| r < w0);
            let Some(&r) = k.checked_sub(1).and_then(|k| self.relative_first.get(k)) else {
                continue;
            };
            if w0 - r > RELATIVE_REACH_WORDS {
                continue;
            }
            let before = &text[words[w0 - 1].clone()];
            // (A verb with a pronoun that points back, `اشتباكات قتل فيها ثلاثة`, is a relative
            // clause of its own.)
            let back = words.get(w0 + 1).is_some_and(|n| {
                matches!(
                    &text[n.clone()],
                    "فيه"
                        | "فيها"
                        | "فيهم"
                        | "فيهما"
                        | "عليه"
                        | "عليها"
                        | "به"
                        | "بها"
                )
            });
            if w0 >= r + RELATIVE_OWN_WORDS
                && !back
                && (r + 1..=w0).all(|k| cut[k] == Cut::None)
                && !h.imperfect
                && !h.future
                && !before.starts_with("كان")
                && !before.starts_with("وكان")
            {
                cut[w0] = Cut::Strong;
            }
        }
        self.clause.clear();
        self.seg.clear();
        self.clause_first.clear();
        self.clause_first.push(0);
        let (mut c, mut s) = (0u32, 0u32);
        for (i, cut) in cut.iter().enumerate() {
            if i > 0 && *cut != Cut::None {
                c += 1;
                self.clause_first.push(i);
                if *cut == Cut::Strong {
                    s += 1;
                }
            }
            self.clause.push(c);
            self.seg.push(s);
        }
        // Lists of nominal conjuncts (`بإسقاط الحكومة، ورحيل المسؤولين، وإجراء انتخابات`): each
        // conjunct word points to the first of its list, so that a cue reaching the list's
        // first item reaches them all.
        self.list_first.clear();
        self.list_first.resize(words.len(), u32::MAX);
        let mut last: Option<usize> = None;
        self.conj_words.clear();
        self.perfect_conj.clear();
        self.or_words.clear();
        for i in 1..words.len() {
            // Each of the three tests below wants a word that begins with `و` (D9 88): most
            // words are turned away on their first two bytes.
            if text.as_bytes().get(words[i].start..words[i].start + 2) != Some(&[0xD9, 0x88]) {
                // `أو` (normalized `او`) between two noun phrases, spaces around it.
                if i + 1 < words.len()
                    && &text[words[i].clone()] == "او"
                    && text[words[i - 1].end..words[i].start] == *" "
                {
                    self.conj_words.push(i);
                    self.or_words.push(i);
                }
                continue;
            }
            if !nominal_conjunct(text, words, i) {
                if determiner_conjunct(text, words, i) {
                    self.conj_words.push(i);
                } else if perfect_after_comma(text, words, i) {
                    self.perfect_conj.push(i);
                }
                continue;
            }
            if !possessed(&text[words[i].clone()]) {
                self.conj_words.push(i);
            }
            let first = match last {
                Some(p)
                    if i - p <= LIST_ITEM_WORDS
                        && self.cut[p + 1..i].iter().all(|&c| c == Cut::None) =>
                {
                    self.list_first[p]
                }
                _ => i as u32,
            };
            self.list_first[i] = first;
            last = Some(i);
        }
        self.clause_verb_or_digit.clear();
        self.clause_verb_or_digit
            .resize(self.clause_first.len(), false);
        self.clause_verb.clear();
        self.clause_verb.resize(self.clause_first.len(), false);
        self.clause_year.clear();
        self.clause_year.resize(self.clause_first.len(), false);
        self.clause_digit.clear();
        self.clause_digit.resize(self.clause_first.len(), false);
        // Most sentences hold no digit: one pass over all their bytes (which vectorizes) tells.
        let digits = text.as_bytes()[sr.clone()]
            .iter()
            .fold(false, |any, b| any | b.is_ascii_digit());
        // The first word of a time of the news day (`أمس`, `اليوم`), looked for once and only
        // when a year follows `منذ` ([`Self::since_event_year`]): linear on any sentence.
        let mut first_news_time: Option<Option<usize>> = None;
        for (i, w) in self.words.iter().enumerate().filter(|_| digits) {
            let bytes = &text.as_bytes()[w.clone()];
            if bytes.iter().any(u8::is_ascii_digit) {
                self.clause_verb_or_digit[self.clause[i] as usize] = true;
                self.clause_digit[self.clause[i] as usize] = true;
                if is_year(bytes)
                    && !self.day_before_year(text, i)
                    && !self.since_event_year(text, i, &mut first_news_time)
                {
                    self.clause_year[self.clause[i] as usize] = true;
                }
            }
        }
        self.clause_relative.clear();
        self.clause_relative.resize(self.clause_first.len(), false);
        self.clause_adjunct.clear();
        self.clause_adjunct
            .extend(self.clause_first.iter().map(|&f| {
                f > 0
                    && self.cut[f] == Cut::Weak
                    && gap_has_comma(text, &self.words, f)
                    && ADJUNCT_OPENERS.contains(&&text[self.words[f].clone()])
            }));
        for &w in &self.relative_first {
            self.clause_relative[self.clause[w] as usize] = true;
        }
        self.clause_quoted.clear();
        self.clause_quoted
            .extend(self.clause_first.iter().map(|&f| {
                f > 0
                    && self.cut[f] == Cut::Weak
                    && quote_gap(text, &self.words, f)
                    && !self.complement_first.contains(&f)
            }));
        // The words that date the clause: runs of days, times of day and dates that hold
        // `الموافق` or a month (`يوم الأربعاء الموافق 2 مايو 2018`, `الخميس 3 مارس`); a day
        // alone counts (`لم تعرف هويتها فجر الإثنين غارة`: a relative clause's own words).
        // (Only sentences with such a date word need the counts: an empty list counts none.)
        self.dating.clear();
        // (`الموافق` or a month: no number, no `من`.)
        let anchor = |w: &str| {
            w.len() > 4
                && !w.as_bytes()[0].is_ascii_digit()
                && is_date_word(w)
                && !w.chars().all(|c| ('٠'..='٩').contains(&c))
        };
        if self.words.iter().any(|r| anchor(&text[r.clone()])) {
            self.dating.push(0);
        }
        let mut i = 0;
        while !self.dating.is_empty() && i < self.words.len() {
            let w = |k: usize| &text[self.words[k].clone()];
            let mut j = i;
            let mut anchored = false;
            while j < self.words.len() && (is_aside_word(w(j)) || is_date_word(w(j))) {
                anchored |= anchor(w(j));
                j += 1;
            }
            let run = u32::from(anchored);
            for _ in i..j {
                let last = self.dating[self.dating.len() - 1];
                self.dating.push(last + run);
            }
            if j == i {
                let last = self.dating[self.dating.len() - 1];
                self.dating.push(last);
                j += 1;
            }
            i = j;
        }
        self.clause_classes.clear();
        self.clause_classes
            .resize(self.clause_first.len(), ClassSet::default());
        self.sentence_classes = ClassSet::default();
        for &(w, k) in &self.classes {
            self.clause_classes[self.clause[w] as usize].insert(k);
            self.sentence_classes.insert(k);
        }
    }

    /// The bytes its buffers hold (their capacity), to decide whether to keep them.
    pub(super) fn footprint(&self) -> usize {
        use std::mem::size_of;
        let words = self.words.capacity() * size_of::<Range<usize>>();
        let per_word = self.cut.capacity() * size_of::<Cut>()
            + (self.clause.capacity() + self.seg.capacity() + self.list_first.capacity()) * 4
            + (self.conj_words.capacity()
                + self.perfect_conj.capacity()
                + self.or_words.capacity())
                * size_of::<usize>();
        let per_clause = self.clause_first.capacity() * size_of::<usize>()
            + self.clause_classes.capacity() * size_of::<ClassSet>()
            + self.clause_verb_or_digit.capacity()
            + self.clause_verb.capacity()
            + self.clause_year.capacity()
            + self.clause_digit.capacity()
            + self.clause_relative.capacity()
            + self.clause_adjunct.capacity()
            + self.clause_quoted.capacity()
            + (self.relative_first.capacity() + self.complement_first.capacity())
                * size_of::<usize>();
        let cues = self.cues.capacity() * size_of::<CueAt>()
            + self.spans.capacity() * size_of::<(usize, usize)>()
            + self.trigger_first.capacity() * size_of::<(usize, super::EventKind)>()
            + self.purposes.capacity() * size_of::<(usize, usize)>()
            + self.classes.capacity() * size_of::<(usize, u8)>();
        words + per_word + per_clause + cues
    }

    /// Marks the clause of a verb trigger that survived its context rules: an event verb
    /// anchors the nominal events of its clause as news. (A verb its rules dropped, such as
    /// `تقدم` without armed forces, anchors nothing.)
    pub(super) fn anchor_verb(&mut self, h: &Hit) {
        if matches!(h.role, Role::Trigger(_)) && h.pos == super::Pos::Verb && !self.words.is_empty()
        {
            let w = word_of_pos(&self.words, h.wstart);
            if let Some(c) = self.clause.get(w) {
                if let Some(v) = self.clause_verb_or_digit.get_mut(*c as usize) {
                    *v = true;
                }
                if let Some(v) = self.clause_verb.get_mut(*c as usize) {
                    *v = true;
                }
            }
        }
    }

    /// True when the clause anchors a nominal event as news told here: it holds an event verb,
    /// a number in digits, a word of one of the `anchor` classes (the trigger's own, such as
    /// `anchor`: number words, common nouns of places; and `news`: occurrence verbs, times)
    /// or a place (`places`: ranges of location mentions in the normalized text, sorted by
    /// start).
    pub(super) fn anchored(
        &self,
        text: &str,
        clause: usize,
        anchor: &[Option<u8>],
        places: &[Range<usize>],
    ) -> bool {
        // A circumstance set off by commas (`قتل ضابط الأربعاء، في انفجار قنبلة،`) tells how
        // the event verb of the clause before it happened: that verb anchors it too.
        let mut c = clause;
        while c > 0
            && self.clause_adjunct.get(c).copied().unwrap_or(false)
            && !self.clause_year.get(c).copied().unwrap_or(false)
        {
            c -= 1;
            if self.clause_verb.get(c).copied().unwrap_or(false) {
                return true;
            }
        }
        // A quoted word goes on with the clause (`ارتفاع عدد القتلى جراء غارة بـ “مسيرة”
        // لمنطقة الصهريج إلى 24 مدنيا`): the clauses only quotation marks cut off after it
        // (two at most) anchor it as its own words would.
        self.anchored_here(clause, anchor, places)
            || (clause + 1..self.clause_quoted.len().min(clause + 3))
                .take_while(|&c| self.clause_quoted[c])
                .any(|c| self.anchored_here(c, anchor, places))
            || self.dated_by_aside(text, clause, anchor, places)
    }

    /// True when a dating aside set off by commas after the clause (`، مساء أمس الاثنين`),
    /// past at most two other asides with no event verb (an apposition, the agent: `بعد خطف
    /// فلان، عضو هيئة التدريس، من قبل مجموعة مسلحة، مساء أمس الاثنين`), anchors it.
    fn dated_by_aside(
        &self,
        text: &str,
        clause: usize,
        anchor: &[Option<u8>],
        places: &[Range<usize>],
    ) -> bool {
        for c in clause + 1..self.clause_first.len().min(clause + 4) {
            let f = self.clause_first[c];
            let aside = self.cut.get(f) == Some(&Cut::Weak)
                && gap_has_comma(text, &self.words, f)
                && !self.is_relative(c)
                && !self.complement_first.contains(&f)
                && !self.clause_verb.get(c).copied().unwrap_or(false);
            if !aside {
                return false;
            }
            // (A short aside of time words: `مساء أمس الاثنين`, not the verb `ظهر بين …`.)
            let end = self
                .clause_first
                .get(c + 1)
                .copied()
                .unwrap_or(self.words.len());
            let first = self.word(text, f);
            if is_aside_start(first) {
                let dating = end - f <= DATED_ASIDE_WORDS
                    && (f + 1..end).all(|w| {
                        is_aside_word(self.word(text, w)) || is_date_word(self.word(text, w))
                    })
                    && (end - f > 1 || !matches!(first, "ظهر" | "صباح" | "مساء" | "فجر"));
                return dating && self.anchored_here(c, anchor, places);
            }
            // (`جددت الميليشيا اختطاف الصحافي، من منزله في ساعة متأخرة من مساء أمس،`: an
            // aside opened by a preposition goes on with the clause, where and when.)
            // (Only where or when, not who: `، من قبل مسلحين،` alone anchors nothing, `، من قبل
            // مسلحين مجهولي الهوية أمس.` does.)
            if matches!(
                first.trim_start_matches('و'),
                "من" | "في" | "قرب" | "داخل" | "عند" | "امام" | "أمام" | "بالقرب"
            ) && end - f <= DATED_ASIDE_WORDS + 4
                && (self.place_in(c, places)
                    || (f + 1..end).any(|w| is_time_word(self.word(text, w))))
            {
                return true;
            }
        }
        false
    }

    /// True when the nominal trigger at word `w0` opens its clause with `و` right after a comma,
    /// and the clause before holds an event verb (`هاجم مسلحون مقر المجلس، وخطف جندي كان
    /// يحرسه`): the next step of the event that verb tells, told with it.
    pub(super) fn chained_after_verb(&self, text: &str, clause: usize, w0: usize) -> bool {
        clause > 0
            && w0 > 0
            && self.clause_first.get(clause) == Some(&w0)
            && self.word(text, w0).starts_with('و')
            && gap_has_comma(text, &self.words, w0)
            && !self.is_relative(clause - 1)
            && self.clause_verb.get(clause - 1).copied().unwrap_or(false)
    }

    /// True when the nominal trigger at word `w0` opens its clause right after a comma, and the
    /// clause before, no relative one and of at most [`OBJECT_AFTER_COMMA_WORDS`] words, opens
    /// with a word of `class` (a verb of announcing): the trigger is that verb's object, set
    /// off by a comma after a long subject (`أعلن المكتب الإعلامي لعملية البنيان المرصوص
    /// التابعة لحكومة الوفاق، مقتل القيادي في التنظيم`), told as the announcement is.
    pub(super) fn object_after_comma(
        &self,
        text: &str,
        clause: usize,
        w0: usize,
        class: u8,
    ) -> bool {
        if clause == 0 || self.clause_first.get(clause) != Some(&w0) || self.is_relative(clause - 1)
        {
            return false;
        }
        // (Clauses only quotation marks cut off go on with the one before: `أعلن المكتب
        // الإعلامي لعملية "البنيان المرصوص"، مقتل …`.)
        let mut c = clause - 1;
        for _ in 0..QUOTED_CLAUSES {
            if c == 0 || !self.clause_quoted.get(c).copied().unwrap_or(false) {
                break;
            }
            c -= 1;
        }
        let f = self.clause_first[c];
        let from = self.classes.partition_point(|&(w, _)| w < f);
        w0 - f <= OBJECT_AFTER_COMMA_WORDS
            && gap_has_comma(text, &self.words, w0)
            && self.classes[from..]
                .iter()
                .take_while(|&&(w, _)| w == f)
                .any(|&(_, k)| k == class)
    }

    /// The clause before, when the nominal trigger `h` at word `w0` opens its clause with the
    /// proclitic `ل` of a purpose right after a comma, and that clause is no relative one
    /// (`تجمع مئات الطرابلسيين في ساحة الجزائر، للتظاهر دعما للحكومة`; not a noun whose own
    /// first letter is `ل`, `لقاء`): what the clause before tells was done for it, and what
    /// anchors that clause anchors it.
    pub(super) fn purpose_after(
        &self,
        text: &str,
        h: &Hit,
        clause: usize,
        w0: usize,
    ) -> Option<usize> {
        (clause > 0
            && self.clause_first.get(clause) == Some(&w0)
            && self.word(text, w0).starts_with('ل')
            && text
                .get(h.wstart..h.start)
                .is_some_and(|p| p.ends_with('ل'))
            && gap_has_comma(text, &self.words, w0)
            && !self.is_relative(clause - 1))
        .then(|| clause - 1)
    }

    /// The clause before, when the nominal trigger at word `w0` comes right after a `ثم` that
    /// opens its clause (`أدى إلى عرقلة الموكب ثم اختطاف السفير`, `حاصروا المقر ثم اقتحامه`):
    /// the next of the acts that clause tells, told as it is.
    pub(super) fn then_after(&self, text: &str, clause: usize, w0: usize) -> Option<usize> {
        (clause > 0
            && w0 > 0
            && matches!(self.word(text, w0 - 1), "ثم" | "وثم")
            && self
                .clause_first
                .get(clause)
                .is_some_and(|&f| f == w0 || f + 1 == w0))
        .then(|| clause - 1)
    }

    /// True when the nominal trigger at word `w0` is in a phrase of means that opens its clause
    /// with `ب` and a verbal noun right after a comma (at most two words before the trigger) after a clause that
    /// is no relative one (`استهدف التنظيم بوابة المدينة، بتفجير سيارة مفخخة`): how the act
    /// that clause tells was done, told with it.
    pub(super) fn means_after_verb(&self, text: &str, clause: usize, w0: usize) -> bool {
        let Some(&first) = self.clause_first.get(clause) else {
            return false;
        };
        clause > 0
            && first > 0
            && w0 >= first
            && w0 - first <= 2
            // (A verbal noun of the shapes `تفعيل` or `افتعال`, `بتفجير`, `باستهداف`: not a
            // weapon or its number, `، بعدة صواريخ موجهة،`, nor the means used, `باستخدام`.)
            && self
                .word(text, first)
                .strip_prefix('ب')
                .is_some_and(|r| {
                    r.chars().nth(2).is_some()
                        && r.starts_with(['ت', 'ا'])
                        && !r.starts_with("استخدام")
                        && !r.starts_with("استعمال")
                })
            && gap_has_comma(text, &self.words, first)
            && !self.is_relative(clause - 1)
    }

    /// [`Self::anchored`] for one clause alone.
    fn anchored_here(&self, clause: usize, anchor: &[Option<u8>], places: &[Range<usize>]) -> bool {
        // A clause that names a year (`عام 2006`, `في مايو 2014`) dates its nominal events
        // as history: referred to, not told.
        if self.clause_year.get(clause).copied().unwrap_or(false) {
            return false;
        }
        if self
            .clause_verb_or_digit
            .get(clause)
            .copied()
            .unwrap_or(false)
        {
            return true;
        }
        if anchor
            .iter()
            .flatten()
            .any(|&a| self.has_class(a, clause, (0, 0), None))
        {
            return true;
        }
        self.place_in(clause, places)
    }

    /// True when one of `places` (ranges of location mentions in the normalized text, sorted by
    /// start) lies inside the clause.
    fn place_in(&self, clause: usize, places: &[Range<usize>]) -> bool {
        let r = self.clause_range(clause);
        // `places` is sorted by start: look only at those starting inside the clause (the
        // first usually settles it), never at all of them per trigger.
        let from = places.partition_point(|p| p.start < r.start);
        places[from..]
            .iter()
            .take_while(|p| p.start < r.end)
            .any(|p| p.end <= r.end)
    }

    /// True when relative clause `rc` opens with a verb of occurrence (`الذي وقع`, `التي
    /// وقعت`, `التي سقطت`, `الذي هز`) and names a place (`places`, as in [`Self::anchored`]) or
    /// yesterday, but no earlier time: no digit, no other word of time ([`time_word`]; the
    /// times of the day of the report pass). Told by where it happened or by yesterday, the
    /// event noun it describes is the news (`الانفجار الذي وقع في حي الحدائق بوسط بنغازي لم
    /// يسفر عن …`, `عدد ضحايا التفجير الذي وقع ليلة أمس`); told by an earlier day, it is
    /// referred back to (`الاحتجاجات التي وقعت أمس الأول`, `الهجوم الذي وقع في يوليو 2006`).
    pub(super) fn placed_occurrence(&self, text: &str, rc: usize, places: &[Range<usize>]) -> bool {
        let first = self.clause_start(rc);
        let end = self
            .clause_first
            .get(rc + 1)
            .copied()
            .unwrap_or(self.words.len());
        let verb = self.word(text, first + 1);
        if !(occurred_verb(verb) || matches!(verb, "سقطت" | "سقط" | "هز" | "هزت"))
            || self.has_digit(rc)
        {
            return false;
        }
        let mut yesterday = false;
        for w in first..end {
            let word = self.word(text, w);
            if matches!(word, "أمس" | "امس" | "بالأمس" | "بالامس")
                && !matches!(self.word(text, w + 1), "الأول" | "الاول")
                && !matches!(self.word(text, w.wrapping_sub(1)), "أول" | "اول")
            {
                yesterday = true;
            } else if time_word(word) {
                return false;
            }
        }
        yesterday || self.place_in(rc, places)
    }

    /// True when the clause holds a number written in digits.
    pub(super) fn has_digit(&self, clause: usize) -> bool {
        self.clause_digit.get(clause).copied().unwrap_or(false)
    }

    /// The text of word `w` (empty past the end).
    pub(super) fn word<'t>(&self, text: &'t str, w: usize) -> &'t str {
        self.words
            .get(w)
            .and_then(|r| text.get(r.clone()))
            .unwrap_or("")
    }

    /// The number of words of the sentence.
    pub(super) fn word_count(&self) -> usize {
        self.words.len()
    }

    /// The first word of a clause.
    pub(super) fn clause_start(&self, clause: usize) -> usize {
        self.clause_first.get(clause).copied().unwrap_or(0)
    }

    /// The relative clause that opens right after word `w1` or one word later (an adjective
    /// between: `التفجير الإرهابي الذي`): the clause that describes the noun ending at `w1`.
    pub(super) fn relative_after(&self, w1: usize) -> Option<usize> {
        let here = self.clause_of(w1);
        (w1 + 1..=w1 + 2)
            .take_while(|&w| w < self.words.len())
            .map(|w| (w, self.clause_of(w)))
            .find(|&(w, c)| c != here && self.clause_start(c) == w)
            .filter(|&(_, c)| self.is_relative(c))
            .map(|(_, c)| c)
    }

    /// The relative clause that describes an event noun ending at `w1` across its target
    /// (`الهجوم على القنصلية الأمريكية الذي تسبب بمقتل …`): `على` or `ضد` right after it,
    /// at most three words, then a relative clause whose verb tells what the event did or
    /// that it took place (`تسبب`, `أسفر`, `أدى`, `خلف`, `أوقع`, `راح`, `وقع`, `حدث`). A
    /// relative clause of another verb may describe the target instead (`القنصلية التي
    /// أغلقت`).
    pub(super) fn relative_after_target(&self, text: &str, w1: usize) -> Option<usize> {
        if !matches!(self.word(text, w1 + 1), "علي" | "ضد") {
            return None;
        }
        let here = self.clause_of(w1);
        let (w, c) = (w1 + 3..=w1 + 5)
            .take_while(|&w| w < self.words.len())
            .map(|w| (w, self.clause_of(w)))
            .find(|&(w, c)| c != here && self.clause_start(c) == w)?;
        let told = matches!(
            self.word(text, w + 1),
            "تسبب" | "اسفر" | "ادي" | "خلف" | "اوقع" | "راح" | "وقع" | "حدث"
        );
        (self.is_relative(c) && told && (w1 + 1..w).all(|k| self.clause_of(k) == here)).then_some(c)
    }

    /// The last clause of the relative clause `rc` with the conjuncts that continue it: the
    /// clauses after it that open with `و` or `ف` on a word without the article
    /// (`الذي وقع في بنغازي، وأسفر عن مقتل …`, `التي وقعت عام 1996 وراح ضحيتها …`).
    pub(super) fn relative_run(&self, text: &str, rc: usize) -> usize {
        let mut last = rc;
        while last + 1 < self.clause_first.len() {
            let w = self.word(text, self.clause_start(last + 1));
            let conjunct = !occurred_verb(w)
                && w.strip_prefix(['و', 'ف'])
                    .is_some_and(|r| r.chars().count() >= 3 && !r.starts_with("ال"));
            if !conjunct || self.is_relative(last + 1) {
                break;
            }
            last += 1;
        }
        last
    }

    /// True when a year in digits (`1996`, `2006م`) is one of the `n` words after word `w`, in
    /// its clause (`التي وقعت في 29 يونيو 1996`).
    pub(super) fn year_after(&self, text: &str, w: usize, n: usize) -> bool {
        let clause = self.clause_of(w);
        (w + 1..=w + n)
            .take_while(|&i| i < self.words.len() && self.clause_of(i) == clause)
            .any(|i| is_year(self.word(text, i).as_bytes()))
    }

    /// True when one of the `n` words after word `w`, in its clause, tells a time long past
    /// with no date (`في السابق`, `سابقا`, `في الماضي`, `من قبل`: `الحوارات التي جرت في السابق`).
    pub(super) fn long_past_after(&self, text: &str, w: usize, n: usize) -> bool {
        let clause = self.clause_of(w);
        (w + 1..=w + n)
            .take_while(|&i| i < self.words.len() && self.clause_of(i) == clause)
            .any(|i| {
                let x = self.word(text, i);
                let prev = if i > 0 { self.word(text, i - 1) } else { "" };
                matches!(x, "سابقا" | "سابقاً")
                    || (matches!(x, "السابق" | "الماضي") && matches!(prev, "في" | "وفي"))
                    || (x == "قبل" && prev == "من" && i + 1 >= self.words.len())
            })
    }

    /// True when the year at word `i` dates an earlier event that `منذ` a few words before it
    /// names (`منذ الغزو الأطلسي لليبيا في العام 2011`) while a time of the news day before
    /// `منذ` dates the sentence's own event (`هز انفجار مدينة زليتن أمس … منذ الغزو …`): the
    /// year is the earlier event's, no history for the clause. Not `منذ عام 2011`, a span of
    /// years; nor a toll tallied since that event with no day of its own (`قتل ثلاثة آلاف جندي
    /// منذ الاجتياح في 2003`).
    /// (`first_news_time`: the first such time's word, found on the first call that needs it.)
    fn since_event_year(
        &self,
        text: &str,
        i: usize,
        first_news_time: &mut Option<Option<usize>>,
    ) -> bool {
        (i.saturating_sub(SINCE_YEAR_WORDS + 2)..i.saturating_sub(2)).any(|k| {
            self.word(text, k) == "منذ"
                && !crate::date::SINCE_SPAN_WORDS.contains(&self.word(text, k + 1))
                && (self.superlative_before(text, k)
                    || first_news_time
                        .get_or_insert_with(|| {
                            (0..self.words.len()).find(|&j| {
                                matches!(
                                    self.word(text, j).trim_start_matches('و'),
                                    "امس"
                                        | "اليوم"
                                        | "الليله"
                                        | "فجر"
                                        | "صباح"
                                        | "مساء"
                                        | "ظهر"
                                        | "ليل"
                                )
                            })
                        })
                        .is_some_and(|j| j < k))
        })
    }

    /// True when one of the `SINCE_YEAR_WORDS` + 2 words before `منذ` at word `k` ranks the news
    /// against the time since (`أول عملية اغتيال … منذ سقوط النظام في أكتوبر 2011`, `أعنف
    /// اشتباكات منذ`): the year after `منذ` dates the earlier event, not the news.
    fn superlative_before(&self, text: &str, k: usize) -> bool {
        (k.saturating_sub(SINCE_YEAR_WORDS + 2)..k).any(|j| {
            crate::date::RANKING_WORDS.contains(&self.word(text, j).trim_start_matches('و'))
        })
    }

    /// True when the year at word `i` ends a day's date (`23 مارس 2019`, `الثالث والعشرين من
    /// مارس 2019`): a day told, as the news tells its own; not a year or a month alone
    /// (`عام 2011`, `في مايو 2014`), which date history.
    fn day_before_year(&self, text: &str, i: usize) -> bool {
        let w = |k: usize| i.checked_sub(k).map_or("", |j| self.word(text, j));
        // `29-07-2016`, `29/7/2016`, `29.07.2016`: a day's date in figures (day and month
        // of one or two digits, each joined to the next by its separator alone).
        let small =
            |x: &str| !x.is_empty() && x.len() <= 2 && x.bytes().all(|b| b.is_ascii_digit());
        let joined = |k: usize| {
            i >= k
                && text
                    .get(self.words[i - k].end..self.words[i - k + 1].start)
                    .is_some_and(|g| matches!(g.trim(), "-" | "/" | "."))
        };
        if small(w(1)) && small(w(2)) && joined(1) && joined(2) {
            return true;
        }
        let month = |x: &str| is_date_word(x) && x.chars().any(char::is_alphabetic) && x != "من";
        if !month(w(1)) {
            return false;
        }
        // (`09 شباط/فبراير 2018`: the month in both sets of names, joined by `/`.)
        let paired = month(w(2)) && joined(2);
        let mut k = if w(2) == "من" { 3 } else { 2 };
        if paired {
            k = 3;
        }
        let day = w(k);
        let digits = day.trim_start_matches(['و', 'ف']);
        let ordinal = |x: &str| {
            let x = x.strip_prefix('و').unwrap_or(x);
            x == "عشر" || crate::date::ordinal_day(x).is_some()
        };
        let number =
            !digits.is_empty() && digits.len() <= 2 && digits.bytes().all(|b| b.is_ascii_digit());
        if !(number || ordinal(day)) {
            return false;
        }
        // (The words of a compound ordinal: `الثالث والعشرين`, `الحادي عشر`.)
        while ordinal(w(k + 1)) {
            k += 1;
        }
        // Told as the time of something (`في`, `يوم`, `بتاريخ`, `الموافق`, a weekday, a part
        // of the day), not as the name of an event (`تفجيرات السابع من يوليو 2005`).
        let cue = w(k + 1);
        let cue = cue.strip_prefix('و').unwrap_or(cue);
        crate::date::WEEKDAYS.contains(&cue)
            || matches!(
                cue,
                "في" | "يوم"
                    // (`اليوم 16 يونيو 2022`, `أمس 3 مارس 2014`: today's or yesterday's date.)
                    | "اليوم"
                    | "امس"
                    | "بتاريخ"
                    | "الموافق"
                    | "الموافقه"
                    | "صباح"
                    | "مساء"
                    | "فجر"
                    | "ليله"
                    | "ظهر"
                    | "ليل"
                    | "منذ"
                    | "حتي"
            )
    }

    /// True when the clause, or an opening time adjunct set off by a comma (`وفي عام 2003، قتل
    /// …`), dates its events to a year with `في عام` / `في سنة` (`تظاهر الآلاف في
    /// عام 2011`): an earlier event the news refers back to, no report of today's.
    pub(super) fn year_dated(&self, text: &str, clause: usize) -> bool {
        let dated = |c: usize| {
            self.clause_year.get(c).copied().unwrap_or(false) && {
                let end = self
                    .clause_first
                    .get(c + 1)
                    .copied()
                    .unwrap_or(self.words.len());
                (self.clause_first[c]..end).skip(2).any(|i| {
                    is_year(self.word(text, i).as_bytes())
                        && matches!(self.word(text, i - 1), "عام" | "العام" | "سنه" | "السنه")
                        && matches!(self.word(text, i - 2), "في" | "وفي")
                })
            }
        };
        // A fronted adjunct of its own (`وفي عام 2003،`, at most four words) dates the whole
        // sentence.
        dated(clause)
            || (clause > 0
                && self.clause_first.len() > 1
                && self.clause_first[1] <= 4
                && self.cut.get(self.clause_first[1]) == Some(&Cut::Weak)
                && matches!(self.word(text, 0), "في" | "وفي")
                && dated(0))
    }

    /// True when a complementizer (`أن`, `بأنه`) opens one of the clauses after word `from`
    /// up to the clause of word `to`.
    fn in_complement(&self, from: usize, to: usize) -> bool {
        let lo = self.complement_first.partition_point(|&w| w <= from);
        self.complement_first[lo..]
            .iter()
            .take_while(|&&w| w <= to)
            .any(|&w| self.clause_start(self.clause_of(w)) == w)
    }

    /// True when a cue at words `cw0..=cw` inside a relative clause has taken its object with
    /// `ب` or `إلى` and a bare indefinite noun at `w0` follows a definite word: the relative
    /// clause has ended there and the noun is the object of the main verb (`نظم المحتجون
    /// الذين طالبوا برحيل الحكومة وقفة احتجاجية`: the sit-in is held, not demanded). A
    /// definite word closes a genitive phrase, so no bare noun continues the demand's object.
    fn past_relative_object(
        &self,
        text: &str,
        (cw0, cw): (usize, usize),
        w0: usize,
        start: usize,
    ) -> bool {
        // (No proclitic: the trigger begins where its word does.)
        let bare = self.words.get(w0).is_some_and(|r| r.start == start)
            && !self.word(text, w0).starts_with("ال");
        w0 > cw + 1
            && bare
            && self.is_relative(self.clause_of(cw))
            && self.word(text, w0 - 1).starts_with("ال")
            && (cw0 + 1..w0).any(|k| {
                let x = self.word(text, k);
                x == "الي" || (x.starts_with('ب') && x.chars().count() > 3)
            })
    }

    /// True when a relative clause word (`الذي`, `التي`) opens the clause.
    pub(super) fn is_relative(&self, clause: usize) -> bool {
        self.clause_relative.get(clause).copied().unwrap_or(false)
    }

    /// True when the clause tells a definite event noun (`التفجير`, `القتل والخطف`) as news:
    /// as [`Sentence::anchored`], but of the `anchor` words only those of `news` count
    /// (occurrence verbs, times of the day): common nouns of places (`منطقة`, `طريق`), number
    /// words and `عدد` do not; a named place does.
    pub(super) fn anchored_definite(
        &self,
        text: &str,
        clause: usize,
        news: Option<u8>,
        places: &[Range<usize>],
    ) -> bool {
        self.anchored(text, clause, &[news], places)
    }

    /// For a definite event noun ending at word `w1` that a relative clause describes
    /// (`عملية الاختطاف، التي أكدتها السفارة، وقعت في الشويرف`): the clause after that relative
    /// clause and its conjuncts, when only a comma cuts it off and it opens with no `و`/`ف`
    /// and no clause word: the noun's predicate, which anchors it as its own clause would.
    pub(super) fn predicate_after_relative(&self, text: &str, w1: usize) -> Option<usize> {
        let rc = self.relative_after(w1)?;
        let next = self.relative_run(text, rc) + 1;
        let first = *self.clause_first.get(next)?;
        let w = self.word(text, first);
        // (A comma before `وقعت` cuts strongly: read as a conjunction there.)
        let cut = self.cut.get(first).copied();
        let comma_cut = (cut == Some(Cut::Weak) || (occurred_verb(w) && cut == Some(Cut::Strong)))
            && gap_has_comma(text, &self.words, first);
        (comma_cut
            && !self.is_relative(next)
            && !self.complement_first.contains(&first)
            && (!w.starts_with(['و', 'ف']) || occurred_verb(w)))
        .then_some(next)
    }

    /// The first and last word of hit number `i` of the last [`Self::build`], found there:
    /// the word holding its `wstart`, and the first word from that one on that ends at or
    /// after its `wend` (the last word when none does).
    pub(super) fn hit_span(&self, i: usize) -> (usize, usize) {
        self.spans[i]
    }

    /// The words strictly between words `a` and `b` (`a < b`) that a cue's reach counts: all
    /// but those that date the clause.
    fn gap(&self, a: usize, b: usize) -> usize {
        if b <= a + 1 {
            return 0;
        }
        let dating = |w: usize| self.dating.get(w).copied().unwrap_or(0) as usize;
        (b - a - 1).saturating_sub(dating(b).saturating_sub(dating(a + 1)))
    }

    /// True when word `b` is in the clause of word `a` (`a <= b`), or in a quoted phrase that
    /// continues it: only quotation marks cut the clauses between (`ستشهد «معركة كبرى»`).
    fn same_clause(&self, a: usize, b: usize) -> bool {
        let (ca, cb) = (self.clause[a] as usize, self.clause[b] as usize);
        ca == cb || (ca < cb && self.clause_quoted[ca + 1..=cb].iter().all(|&q| q))
    }

    /// The clause of a word.
    pub(super) fn clause_of(&self, w: usize) -> usize {
        self.clause.get(w).copied().unwrap_or(0) as usize
    }

    /// The byte range of a clause.
    pub(super) fn clause_range(&self, c: usize) -> Range<usize> {
        if self.words.is_empty() {
            return 0..0;
        }
        let first = self.clause_first.get(c).copied().unwrap_or(0);
        let last = self
            .clause_first
            .get(c + 1)
            .map_or(self.words.len() - 1, |n| n.saturating_sub(1));
        self.words[first].start..self.words[last.max(first)].end
    }

    /// True when a word of `class` is in `clause`, or (with `within`) starts in the window of
    /// words before word `w0` or after word `w1`.
    pub(super) fn has_class(
        &self,
        class: u8,
        clause: usize,
        (w0, w1): (usize, usize),
        within: Option<Window>,
    ) -> bool {
        match within {
            None => self
                .clause_classes
                .get(clause)
                .is_some_and(|b| b.contains(class)),
            Some(win) => {
                let after = win.after > 0 && {
                    let from = self.classes.partition_point(|&(w, _)| w <= w1);
                    self.classes[from..]
                        .iter()
                        .take_while(|&&(w, _)| w <= w1 + win.after as usize)
                        .any(|&(_, k)| k == class)
                };
                let before = win.before > 0 && {
                    let lo = w0.saturating_sub(win.before as usize);
                    let from = self.classes.partition_point(|&(w, _)| w < lo);
                    self.classes[from..]
                        .iter()
                        .take_while(|&&(w, _)| w < w0)
                        .any(|&(_, k)| k == class)
                };
                // (A window that reaches before the trigger also reads the words inside a
                // gapped pattern, before its last word: `تعرض عدد من المدنيين لإطلاق نار`; one
                // after it only does not, `تعرض موكب الوزير لإطلاق نار` keeps its convoy for
                // a class of what is fired on after the fire.)
                let inside = win.before > 0 && w1 > w0 + 1 && {
                    let from = self.classes.partition_point(|&(w, _)| w <= w0);
                    self.classes[from..]
                        .iter()
                        .take_while(|&&(w, _)| w < w1)
                        .any(|&(_, k)| k == class)
                };
                after || before || inside
            }
        }
    }

    /// As [`Sentence::has_class`] in a window, for the acts of a participant noun at words
    /// `w0..=w1` (`متظاهرون`, `محتجين`): only acts of which it can be the subject count.
    /// Governed by a preposition (`تحذيرا إلى المتظاهرين`, `وقفت الشرطة بين المتظاهرين`,
    /// `التصدي للمتظاهرين`) it is the subject of no verb around it; in the accusative (`-ين`)
    /// after a verb of the class (`حاصرت قوات الأمن المتظاهرين`, `يخرج المتظاهرين`) it is that
    /// verb's object (records.md: participants named without the action are no protest
    /// report). A quantity or `من` right before keeps them the subject (`طالب آلاف
    /// المتظاهرين`, `خرج المئات من المحتجين`), and an act that ends in its own preposition
    /// (`النار على المتظاهرين`) is not governed from outside.
    pub(super) fn has_agent_act(
        &self,
        text: &str,
        class: u8,
        (w0, w1): (usize, usize),
        win: Window,
        quantity: Option<u8>,
    ) -> bool {
        let own = self.word(text, w0);
        let prev = if w0 > 0 { self.word(text, w0 - 1) } else { "" };
        let governed = matches!(
            prev.strip_prefix('و').unwrap_or(prev),
            "الي" | "بين" | "ضد" | "مع" | "عن" | "نحو" | "لدي"
        ) || own.starts_with("لل")
            || own.starts_with("بال");
        if governed {
            return false;
        }
        // A quantity or a partitive `من` right before keeps them a subject after the verb.
        // (The class words come by word: those of the word before are found by halving.)
        let counted = w0 > 0
            && (prev == "من"
                || quantity.is_some_and(|q| {
                    let at = self.classes.partition_point(|&(w, _)| w + 1 < w0);
                    self.classes[at..]
                        .iter()
                        .take_while(|&&(w, _)| w + 1 == w0)
                        .any(|&(_, k)| k == q)
                }));
        let object = own.ends_with("ين") && !counted;
        let verb_like = |w: usize| {
            let word = self.word(text, w);
            let bare = word
                .strip_prefix(['و', 'ف'])
                .filter(|r| r.chars().count() >= 3)
                .unwrap_or(word);
            !bare.starts_with("ال") && !PROTEST_ACT_NOUNS.contains(&bare)
        };
        let lo = w0.saturating_sub(win.before as usize);
        let from = self.classes.partition_point(|&(w, _)| w < lo);
        // `قام محتجون في مدينة الزاوية وضواحيها بقطع الطريق`: where they are, told right
        // after them with `في`, stands before their act; the window runs over it (three
        // words more, in the same clause).
        let mut after = w1 + win.after as usize;
        if win.after > 0
            && w1 + 1 < self.word_count()
            && self.word(text, w1 + 1) == "في"
            && self.clause_of(w1 + 1) == self.clause_of(w1)
        {
            after += AGENT_PLACE_WORDS;
        }
        self.classes[from..]
            .iter()
            .take_while(|&&(w, _)| w <= after)
            .any(|&(w, k)| {
                k == class
                    && (w < w0 || w > w1)
                    && !(object && w < w0 && verb_like(w))
                    && (w <= w1 + win.after as usize || self.clause_of(w) == self.clause_of(w1))
            })
    }

    /// True when a word of `class` starts at most `n` words before word `w0` or after word
    /// `w1`, with no strong cut (`;`, `.`, a conjoined verb, a clause word) between.
    pub(super) fn has_class_in_segment(
        &self,
        class: u8,
        (w0, w1): (usize, usize),
        n: usize,
    ) -> bool {
        let seg = self.seg.get(w0).copied();
        let lo = w0.saturating_sub(n);
        let from = self.classes.partition_point(|&(w, _)| w < lo);
        self.classes[from..]
            .iter()
            .take_while(|&&(w, _)| w <= w1 + n)
            .any(|&(w, k)| k == class && self.seg.get(w).copied() == seg)
    }

    /// True when the segment of word `w0` opens with the `ف` of a condition's answer in the
    /// future (`فستقاتل`, `فسوف`, `فإن`: `وإذا أخفق الحوار فستقاتل القبائل`, `إذا فشلت المساعي،
    /// فسنخوض معركة`) and a word of `class` starts in the segment before it, at most `n` words
    /// before `w0`: the strong cut the answer makes does not end the condition's reach.
    pub(super) fn answers_condition(&self, text: &str, class: u8, w0: usize, n: usize) -> bool {
        let Some(&seg) = self.seg.get(w0) else {
            return false;
        };
        if seg == 0 {
            return false;
        }
        let first = self.seg.partition_point(|&s| s < seg);
        let answer = self.word(text, first).strip_prefix('ف').is_some_and(|r| {
            ["سي", "ست", "سن", "سوف", "ان"]
                .iter()
                .any(|p| r.starts_with(p))
        });
        if !answer || first == 0 {
            return false;
        }
        let prev = self.seg[first - 1];
        let lo = w0.saturating_sub(n);
        let from = self.classes.partition_point(|&(w, _)| w < lo);
        self.classes[from..]
            .iter()
            .take_while(|&&(w, _)| w < first)
            .any(|&(w, k)| k == class && self.seg[w] == prev)
    }

    /// The first word of class `a` followed, at most `n` words after it, by a word of class
    /// `b`: their word positions.
    pub(super) fn class_then(&self, a: u8, b: u8, n: usize) -> Option<(usize, usize)> {
        if !self.sentence_classes.contains(a) || !self.sentence_classes.contains(b) {
            return None;
        }
        // `classes` is in word order: each `a` looks only at the entries of its `n` words
        // after it (linear in the sentence, not quadratic in its `a` words).
        self.classes
            .iter()
            .filter(|&&(_, k)| k == a)
            .find_map(|&(wa, _)| {
                let from = self.classes.partition_point(|&(w, _)| w <= wa);
                self.classes[from..]
                    .iter()
                    .take_while(|&&(wb, _)| wb <= wa + n)
                    .find(|&&(_, k)| k == b)
                    .map(|&(wb, _)| (wa, wb))
            })
    }

    /// True when a word of `class` is anywhere in the sentence.
    pub(super) fn sentence_has_class(&self, class: u8) -> bool {
        self.sentence_classes.contains(class)
    }

    /// True when a word of the class retypes the trigger ending at word `w1` in clause
    /// `clause`: one in that clause or a clause before it, within `after` words after the
    /// trigger (`قصف نفذته "طائرة أجنبية"`), or further on in a clause where no phrase of
    /// another event holds a word of the class (`بعد أن قصفتها طائراته`, `مضيفا أن الطائرات
    /// جاهزة`). A later clause with an event phrase of its own that names the class tells
    /// that event (`قتل عشرة في قصف على مصراتة، فيما شهدت طرابلس قصفا جويا شنته طائرات`), and
    /// so does one that holds a trigger of the kind `to` retypes to (`بينما شنت طائرات الناتو
    /// غارات`).
    pub(super) fn class_retypes(
        &self,
        (class, to): (u8, super::EventKind),
        clause: usize,
        w1: usize,
        after: usize,
    ) -> bool {
        if !self.sentence_has_class(class) {
            return false;
        }
        let last = self.clause_classes.len().saturating_sub(1);
        if self.clause_classes[..=clause.min(last)]
            .iter()
            .any(|b| b.contains(class))
        {
            return true;
        }
        // (Bounded looks: `classes` and `spans` are sorted by word; the first four words of the
        // class after the trigger, and four of their clause, decide.)
        let in_phrase = |w: usize| {
            let k = self.spans.partition_point(|&(a, _)| a <= w);
            self.spans[..k]
                .iter()
                .rev()
                .take(4)
                .any(|&(a, b)| a > w1 && w <= b && b > a)
        };
        let from = self.classes.partition_point(|&(w, _)| w <= w1);
        let words_of = |c: usize| {
            let lo = self.clause_first.get(c).copied().unwrap_or(usize::MAX);
            let hi = self.clause_first.get(c + 1).copied().unwrap_or(usize::MAX);
            let a = self.classes.partition_point(|&(w, _)| w < lo);
            let b = self.classes.partition_point(|&(w, _)| w < hi);
            &self.classes[a..b]
        };
        // A later clause with an event of the retyped kind of its own (`بينما شنت طائرات
        // الناتو غارات`): its aircraft are that event's. (Not one that needs them to be of the
        // kind: `بعد أن قصفتها طائراته` tells how the destruction before was done.)
        let has_phrase = |c: usize| {
            let lo = self.clause_first.get(c).copied().unwrap_or(usize::MAX);
            let hi = self.clause_first.get(c + 1).copied().unwrap_or(usize::MAX);
            let k = self
                .trigger_first
                .partition_point(|&(a, _)| a < lo.max(w1 + 1));
            self.trigger_first[k..]
                .iter()
                .take_while(|&&(a, _)| a < hi)
                .any(|&(_, kind)| kind == to)
        };
        class_words(&self.classes[from..], class).any(|w| {
            w <= w1 + after || {
                let c = self.clause_of(w);
                !has_phrase(c) && !class_words(words_of(c), class).any(in_phrase)
            }
        })
    }

    /// True when a `background` cue governs the trigger `h` spanning words `w0..=w1`: the
    /// event is mentioned (charged, investigated, remembered), not reported. Only nominal
    /// triggers can be background; a verb tells its event.
    /// A reaction (a condemnation or condolences, the background cues whose scope crosses
    /// commas: `أدان`, `استنكر`, `عزى`) does not make background an event its own words after
    /// it in its clause date to the day of the report or the day before (`أدان المصرف حادثة
    /// اختطاف مديره صباح اليوم الأحد`): that event is news too.
    pub(super) fn background(
        &self,
        text: &str,
        h: &Hit,
        w0: usize,
        w1: usize,
        lex: &Lexicon,
    ) -> bool {
        if !matches!(h.pos, super::Pos::Noun | super::Pos::Masdar) {
            return false;
        }
        let reaction = |c: &CueAt| lex.cues[c.cue as usize].scope == Scope::FwdPlus;
        self.governed_by(text, h, (w0, w1), lex, CueType::Background, &|c| {
            !reaction(c)
        }) || (self.governed_by(text, h, (w0, w1), lex, CueType::Background, &reaction)
            && !self.dated_to_report(text, w1))
    }

    /// True when one of the [`REACTION_TODAY_WORDS`] words after word `w1`, in its clause, is
    /// the day of the report or the day before: `اليوم`, `أمس`, `الليلة` (a weekday alone may be
    /// a week back: `تفجيرات مدينة الصدر الخميس الماضي`).
    fn dated_to_report(&self, text: &str, w1: usize) -> bool {
        (w1 + 1..self.words.len())
            .take(REACTION_TODAY_WORDS)
            .take_while(|&k| self.clause[k] == self.clause[w1])
            .any(|k| {
                matches!(
                    self.word(text, k).trim_start_matches('و'),
                    "اليوم" | "امس" | "الليله" | "البارحه"
                )
            })
    }

    /// True when a `span` cue governs the trigger `h` spanning words `w0..=w1` (`منذ مطلع
    /// العام`, `شهريا`, `عمليات خطف`): its clause tallies events over months or years or names
    /// a series of them, verbs included, and tells none of them as news. The caller applies it to asserted events
    /// only: what is hoped or planned for the year is no tally.
    pub(super) fn spanned(&self, text: &str, h: &Hit, w0: usize, w1: usize, lex: &Lexicon) -> bool {
        self.governed(text, h, (w0, w1), lex, CueType::Span)
    }

    /// True when a cue of type `kind` has the trigger `h` (words `w0..=w1`) in its scope and
    /// reach.
    fn governed(
        &self,
        text: &str,
        h: &Hit,
        (w0, w1): (usize, usize),
        lex: &Lexicon,
        kind: CueType,
    ) -> bool {
        self.governed_by(text, h, (w0, w1), lex, kind, &|_| true)
    }

    /// [`Self::governed`] by a cue that `which` accepts.
    fn governed_by(
        &self,
        text: &str,
        h: &Hit,
        (w0, w1): (usize, usize),
        lex: &Lexicon,
        kind: CueType,
        which: &dyn Fn(&CueAt) -> bool,
    ) -> bool {
        let governs = |c: &CueAt, before: bool| {
            let cue = &lex.cues[c.cue as usize];
            if cue.kind != kind || !which(c) {
                return false;
            }
            if before {
                // Across commas and asides (`أدان أبو الغيط، الأمين العام، حادث التفجير`), but
                // not into a complement clause: what is said there is told, not named
                // (`ندد بأنه لم يتم توقيف أحد`).
                let in_scope = match cue.scope {
                    Scope::Fwd | Scope::Both => self.clause[c.w1] == self.clause[w0],
                    Scope::FwdPlus => {
                        self.seg[c.w1] == self.seg[w0]
                            && (self.clause[c.w1] == self.clause[w0]
                                || !self.in_complement(c.w1, w0))
                    }
                    Scope::Bwd => false,
                };
                in_scope
                    && self.gap(c.w1, w0) <= cue.reach_words()
                    && !(kind == CueType::Background
                        && cue.reach_words() <= TIME_OBJECT_REACH
                        && self.time_object(text, c.w1, w0))
            } else {
                matches!(cue.scope, Scope::Bwd | Scope::Both)
                    && self.clause[c.w0] == self.clause[w1]
                    && self.gap(w1, c.w0) <= cue.reach_words()
            }
        };
        let before = self.cues.partition_point(|c| c.start < h.start);
        let after = self.cues.partition_point(|c| c.start < h.end);
        self.cues[..before]
            .iter()
            .rev()
            .take_while(|c| w0.saturating_sub(c.w1 + 1) <= MAX_REACH)
            .any(|c| governs(c, true))
            || self.cues[after..]
                .iter()
                .take_while(|c| c.w0.saturating_sub(w1 + 1) <= MAX_REACH)
                .any(|c| governs(c, false))
    }

    /// True when the words strictly between a cue's last word `c1` and a trigger's first `w0`
    /// are a time, and at least one: the cue's object is that time, not the event (`منذ 7
    /// مايو عملية عسكرية`, `منذ الثلاثاء اشتباكات`: a stretch of time the event goes on in).
    fn time_object(&self, text: &str, c1: usize, w0: usize) -> bool {
        c1 + 1 < w0
            && (c1 + 1..w0).all(|k| {
                let w = self.word(text, k);
                is_aside_word(w)
                    || is_date_word(w)
                    || matches!(
                        w,
                        "مطلع"
                            | "منتصف"
                            | "أواخر"
                            | "اواخر"
                            | "أوائل"
                            | "اوائل"
                            | "أواسط"
                            | "اواسط"
                            | "عام"
                            | "العام"
                            | "سنة"
                            | "سنه"
                    )
            })
    }

    /// The word before the list a nominal trigger is an item of (`وإجراء الانتخابات`: the trigger
    /// or the word before it is a conjunct after the first item), the last word of the first
    /// item: cues reach the trigger if they reach that word.
    fn list_head(&self, w0: usize) -> Option<usize> {
        let at = |w: usize| self.list_first.get(w).copied().filter(|&f| f != u32::MAX);
        let first = at(w0).or_else(|| {
            (w0 > 0 && self.cut.get(w0) == Some(&Cut::None))
                .then(|| at(w0 - 1))
                .flatten()
        })?;
        (first as usize).checked_sub(1)
    }

    /// The modality of the trigger `h` spanning words `w0..=w1`, and its certainty.
    /// Also gives, when a cue (or a future or purpose marker) decided it, the number of words
    /// between that cue and the trigger.
    pub(super) fn modality(
        &self,
        text: &str,
        h: &Hit,
        w0: usize,
        w1: usize,
        lex: &Lexicon,
    ) -> (Modality, f32, Option<usize>) {
        // (priority, distance, modality, certainty)
        let mut best: Option<(u8, usize, Modality, f32)> = None;
        let mut consider = |p: u8, d: usize, m: Modality, c: f32| {
            if best.is_none_or(|(bp, bd, _, _)| p > bp || (p == bp && d < bd)) {
                best = Some((p, d, m, c));
            }
        };
        if h.future {
            consider(2, 0, Modality::Planned, 0.85);
        }
        if h.purpose {
            consider(1, 0, Modality::Planned, 0.7);
        }
        // A purpose `ل` on a verbal noun before the trigger (`لوقف القتال والانخراط في
        // الحوار`) plans what follows it in its clause.
        let before = self.purposes.partition_point(|&(s, _)| s < h.start);
        // The word a cue before the trigger is counted to: the trigger's, or that of the noun
        // with a purpose `ل` right before it whose phrase it ends (`تعرض المقر لهجوم
        // انتحاري`: `تعرض` reaches the attack, and its means with it).
        let mut head = w0;
        if let Some(&(_, pw)) = self.purposes[..before].last() {
            if w0 > pw && w0 - pw - 1 <= PURPOSE_REACH && self.clause[pw] == self.clause[w0] {
                consider(1, w0 - pw - 1, Modality::Planned, 0.7);
                if w0 == pw + 1 && self.cut[w0] == Cut::None {
                    head = pw;
                }
            }
        }
        let list = if matches!(h.pos, super::Pos::Noun | super::Pos::Masdar) {
            self.list_head(w0)
        } else {
            None
        };
        let before = self.cues.partition_point(|c| c.start < h.start);
        // The clause before a relative clause the trigger was found past (see
        // [`Sentence::past_relative_object`]), and the relative clause's first word: the
        // trigger is that clause's, and its cues reach it over the relative clause.
        let mut escaped: Option<(usize, usize)> = None;
        // `طالبت خلال المفاوضات بالإفراج عن سجين`, `طالب الأطباء خلال وقفة احتجاجية نظموها
        // أمس بوضع معالجات`: an event after `خلال`/`أثناء` is the setting of its clause, which
        // a demand of that clause does not ask for.
        let setting = w0 > 0
            && super::setting_word(
                self.word(text, w0 - 1),
                if w0 > 1 { self.word(text, w0 - 2) } else { "" },
            );
        let gapped_at = self.cues[..before]
            .iter()
            .rev()
            .take_while(|c| w0.saturating_sub(c.w1 + 1) <= MAX_REACH)
            .find(|c| {
                c.w0 < w0
                    && w0 < c.tail_w0
                    && matches!(
                        lex.cues[c.cue as usize].kind,
                        CueType::Modality(Modality::Negated | Modality::Planned)
                    )
            })
            .map(|c| c.w0);
        for c in self.cues[..before].iter().rev() {
            if w0.saturating_sub(c.w1 + 1) > MAX_REACH {
                break;
            }
            // A trigger in the gap of a negation or a plan with a tail is its subject or
            // object, not what it negates or plans (`لم يسفر الانفجار عن أي خسائر`: the blast
            // happened, the losses did not; `تتركز المحادثات على …`: the talks happen, their
            // aims are planned); nor does a shorter cue of the same words govern it (`لم تسفر`
            // alone, which reaches what a longer subject leaves past the gap). (Not a demand:
            // the gap of `طلب .. من` may hold what is asked for, `طلبوا إجلاءهم من مصراتة`.)
            if gapped_at.is_some_and(|g| g == c.w0) {
                continue;
            }
            let dist = self.gap(c.w1, head.max(c.w1));
            if dist > MAX_REACH {
                break;
            }
            let cue = &lex.cues[c.cue as usize];
            let CueType::Modality(m) = cue.kind else {
                continue;
            };
            if setting && m == Modality::Demanded {
                continue;
            }
            // A cue of what happened that opens another trigger's phrase before this one
            // (`وقف` of `وقف القتال`) is a word of that event's name: it governs nothing past
            // it (`دعت إلى وقف القتال والحوار`: the talks are demanded, not asserted as a
            // stopping).
            // (The spans come by their first word: those starting at the cue's are found by
            // halving, never by a walk over all of them per cue and trigger.)
            if m == Modality::Asserted && {
                let from = self.spans.partition_point(|&(a, _)| a < c.w0);
                self.spans[from..]
                    .iter()
                    .take_while(|&&(a, _)| a == c.w0)
                    .any(|&(_, b)| b > c.w1 && b < w0)
            } {
                continue;
            }
            let m = future_of(m, c.future);
            let in_scope = |w: usize| match cue.scope {
                // A cue of bounded reach runs on into a quoted phrase; one that governs its
                // whole clause (`لو`, `إذا`) stops at the quote, often an answer of its own.
                Scope::Fwd | Scope::Both if cue.reach > 0 => self.same_clause(c.w1, w),
                Scope::Fwd | Scope::Both => self.clause[c.w1] == self.clause[w],
                Scope::FwdPlus => self.seg[c.w1] == self.seg[w],
                // A backward cue governs its own words (`لم تنفجر`: the verb inside it).
                Scope::Bwd => w <= c.w1,
            };
            if let Some((main, first)) = escaped {
                if self.clause_of(c.w1) == main && first - c.w1 - 1 <= cue.reach_words() {
                    consider(cue.priority, dist, m, cue.certainty);
                }
                continue;
            }
            // `نفى مكتب آمر القاعدة صحة الأنباء المتداولة …، عن وقوع غارات`: a denial reaches on
            // from the truth it denies (`صحة`, within its reach), as far again, and to the end
            // of the news denied, whose content `عن` or `حول` tells (at most two words before
            // the trigger).
            let dist = if m == Modality::Negated
                && cue.scope == Scope::FwdPlus
                && dist > cue.reach_words()
            {
                (c.w1 + 1..w0.min(c.w1 + 1 + cue.reach_words()))
                    .find(|&k| {
                        matches!(self.word(text, k), "صحه" | "حقيقه")
                            && self.seg[k] == self.seg[c.w1]
                    })
                    .map_or(dist, |k| {
                        let content = (w0.saturating_sub(2)..w0).any(|q| {
                            q > k
                                && self.seg[q] == self.seg[k]
                                && matches!(self.word(text, q), "عن" | "حول" | "بشان")
                        });
                        if content && w0 - k <= MAX_REACH {
                            0
                        } else {
                            self.gap(k, head.max(k))
                        }
                    })
            } else {
                dist
            };
            // A short negation has its object before a comma (`دون أي تهميش، والاتفاق على
            // وقف القتال`): what follows the comma is not what it negates, nor inherits it as
            // an item of a list.
            // (Nor `أي`: `دون أي تهميش، والاتفاق`.)
            let object_before_comma = matches!(m, Modality::Negated | Modality::Hypothetical)
                && cue.reach_words() <= 2
                && dist > 0
                && text
                    .get(self.words[c.w1].end..h.start)
                    .is_some_and(|t| t.contains(['،', ',']));
            if object_before_comma {
                continue;
            }
            if in_scope(w0) && dist <= cue.reach_words() {
                if self.past_relative_object(text, (c.w0, c.w1), w0, h.start) {
                    let rc = self.clause_of(c.w1);
                    escaped = rc.checked_sub(1).map(|main| (main, self.clause_start(rc)));
                    continue;
                }
                consider(cue.priority, dist, m, cue.certainty);
            } else if let Some(e) = list.filter(|&e| e > c.w1) {
                // An item of a list the cue reaches the first item of (`مطالبين بإسقاط
                // الحكومة، ورحيل …، وإجراء الانتخابات`).
                let d = e - c.w1 - 1;
                if in_scope(e) && d <= cue.reach_words() {
                    consider(cue.priority, dist, m, cue.certainty);
                }
            }
        }
        let perfect = h.pos == super::Pos::Verb && !h.imperfect && !h.future;
        let after = self.cues.partition_point(|c| c.start < h.end);
        for c in &self.cues[after..] {
            if c.w0.saturating_sub(w1 + 1) > MAX_REACH {
                break;
            }
            let dist = self.gap(w1, c.w0);
            let cue = &lex.cues[c.cue as usize];
            let CueType::Modality(m) = cue.kind else {
                continue;
            };
            let m = future_of(m, c.future);
            let in_scope = matches!(cue.scope, Scope::Bwd | Scope::Both)
                && if cue.reach > 0 {
                    self.same_clause(w1, c.w0)
                } else {
                    self.clause[c.w0] == self.clause[w1]
                };
            // A coming date or a schedule after a past verb plans what the verb agreed on or
            // announced, not the verb's own event (`اتفق الطرفان على الاجتماع الشهر المقبل`).
            let told = m == Modality::Planned && perfect;
            if in_scope && !told && dist <= cue.reach_words() {
                consider(cue.priority, dist, m, cue.certainty);
            }
        }
        // A cue of priority 0 is weak (`في أسرع وقت`: when, not whether): the cue a conjunct
        // inherits from the head of its list (`طالبت … بالتهدئة، وتبادل الأسرى، ووقف إطلاق
        // النار في أسرع وقت`) wins over it.
        if best.is_none_or(|b| b.0 == 0) && matches!(h.pos, super::Pos::Noun | super::Pos::Masdar) {
            // (`وقفة`: a trigger that begins where its word does owns the `و` it starts
            // with, no conjunction.)
            let own_waw = self.words.get(w0).is_some_and(|r| r.start == h.start);
            if let Some(c) = self.coordinated(w0, h.conj, own_waw, lex) {
                best = Some(c);
            }
        }
        best.map_or((Modality::Asserted, 0.85, None), |(_, d, m, c)| {
            (m, c, Some(d))
        })
    }
}

/// Words from a nominal trigger back to the conjunction of its noun phrase, at most.
const CONJUNCT_PHRASE: usize = 5;

/// Conjuncts a governing cue is followed back through, at most.
const CONJUNCT_HOPS: usize = 4;

impl Sentence {
    /// The modality a nominal trigger (words from `w0`, `conj`: it carries the conjunction
    /// itself) takes from the noun phrase it is coordinated with, when no cue reaches it: a
    /// cue of broad scope (`fwd+`: a demand, a hope, a denial) that governs the last word
    /// before the conjunction governs every conjunct after it, across commas and long
    /// conjuncts (`دعا الأطراف إلى الامتناع عن العنف، وأي أعمال تصعّد التوتر، ووقف إطلاق
    /// النار`). Local cues (`لا`, `عدم`, `الامتناع عن`) govern their own conjunct only. The
    /// distance given is from the cue to the trigger. `own_waw`: the trigger's word begins with
    /// a `و` of its own (`وقفة`), no conjunction.
    fn coordinated(
        &self,
        w0: usize,
        conj: bool,
        own_waw: bool,
        lex: &Lexicon,
    ) -> Option<(u8, usize, Modality, f32)> {
        let mut w = w0;
        for hop in 0..CONJUNCT_HOPS {
            // The conjunction of the noun phrase of `w`: no cut between it and `w`.
            let mut k = w;
            let c = loop {
                let own = hop == 0 && k == w0 && conj && !self.perfect_conj.contains(&k);
                let owned = hop == 0 && k == w0 && own_waw;
                if own || (!owned && self.conj_words.binary_search(&k).is_ok()) {
                    break k;
                }
                if k == 0 || w - k >= CONJUNCT_PHRASE || self.cut[k] != Cut::None {
                    return None;
                }
                k -= 1;
            };
            let p = c.checked_sub(1)?;
            let mut best: Option<(u8, usize, Modality, f32)> = None;
            let from = self.cues.partition_point(|q| q.w0 < p);
            for q in self.cues[..from].iter().rev() {
                if q.w1 >= p {
                    continue;
                }
                let dist = p - q.w1 - 1;
                if dist > MAX_REACH {
                    break;
                }
                let cue = &lex.cues[q.cue as usize];
                let CueType::Modality(m) = cue.kind else {
                    continue;
                };
                // After `أو` a cue of any scope that reaches the phrase before reaches this one
                // (`لن يكون هناك أي حوار أو لقاء`: neither is to be).
                let or = self.or_words.binary_search(&c).is_ok();
                let reaches = if or {
                    match cue.scope {
                        Scope::FwdPlus => self.seg[q.w1] == self.seg[p],
                        Scope::Fwd | Scope::Both if cue.reach > 0 => self.same_clause(q.w1, p),
                        Scope::Fwd | Scope::Both => self.clause[q.w1] == self.clause[p],
                        Scope::Bwd => false,
                    }
                } else {
                    matches!(cue.scope, Scope::FwdPlus) && self.seg[q.w1] == self.seg[p]
                };
                if !reaches || dist > cue.reach_words() {
                    continue;
                }
                if best.is_none_or(|(bp, bd, _, _)| {
                    cue.priority > bp || (cue.priority == bp && w0 - q.w1 - 1 < bd)
                }) {
                    let m = future_of(m, q.future);
                    best = Some((cue.priority, w0 - q.w1 - 1, m, cue.certainty));
                }
            }
            if best.is_some() {
                return best;
            }
            w = p;
        }
        None
    }
}

/// The names of `names` (sorted by start) that hold `r`, among the four that start last at
/// or before it.
fn names_holding(names: &[Range<usize>], r: Range<usize>) -> impl Iterator<Item = &Range<usize>> {
    let after = names.partition_point(|n| n.start <= r.start);
    names[..after]
        .iter()
        .rev()
        .take(4)
        .filter(move |n| n.end >= r.end)
}

impl Sentence {
    /// True when the two words before word `w0`, in its clause, are an indefinite noun phrase
    /// that names no one (`ميليشيات إسلامية تسيطر على المدينة`): a verb right after it opens a
    /// relative clause without its relative word, describing the noun. Not a definite or named
    /// subject (`قوات حفتر تسيطر`, `قوات موالية للحكومة تسيطر`), nor a preposition.
    pub(super) fn indefinite_phrase_before(
        &self,
        text: &str,
        w0: usize,
        names: &[Range<usize>],
    ) -> bool {
        // (A word of the clause before the phrase, no complementizer: the phrase opening
        // its clause, `أكد أن وحدات عسكرية تسيطر على المطار`, is the subject of the verb.)
        w0 >= 3
            && self.clause_start(self.clause_of(w0)) + 2 < w0
            && !matches!(
                self.word(text, w0 - 3).trim_start_matches(['و', 'ف']),
                "أن" | "ان" | "بأن" | "بان" | "إن" | "لأن" | "لان"
            )
            && (w0 - 2..w0).all(|i| {
                let w = self.word(text, i).trim_start_matches(['و', 'ف']);
                w.chars().count() > 3
                    && !["ال", "لل", "بال", "كال"].iter().any(|a| w.starts_with(a))
                    && !matches!(
                        w,
                        "على"
                            | "علي"
                            | "إلى"
                            | "الى"
                            | "حتى"
                            | "حتي"
                            | "بعد"
                            | "قبل"
                            | "عند"
                    )
                    && self.words.get(i).is_some_and(|r| !in_name(names, r))
            })
    }
}

/// True when the word lies inside one of `names` (sorted by start).
fn in_name(names: &[Range<usize>], word: &Range<usize>) -> bool {
    names_holding(names, word.clone()).next().is_some()
}

/// True when `r` lies inside one of `names` (sorted by start) that is longer than it: a
/// trigger that is part of a name (`اللواء 444 قتال`), not the whole name.
pub(super) fn in_longer_name(names: &[Range<usize>], r: &Range<usize>) -> bool {
    names_holding(names, r.clone()).any(|n| n.start < r.start || n.end > r.end)
}

/// The outermost of `names` (sorted by start) that holds `r` and is longer than it, if any
/// ([`in_longer_name`]).
pub(super) fn longer_name<'a>(
    names: &'a [Range<usize>],
    r: &Range<usize>,
) -> Option<&'a Range<usize>> {
    names_holding(names, r.clone())
        .filter(|n| n.start < r.start || n.end > r.end)
        .min_by_key(|n| n.start)
}

/// Nouns of the protest acts (normalized spelling) that look like verbs: after one, a
/// participant in `-ين` is its genitive (`مطالب المتظاهرين`, `تجمع المحتجين`), no object.
const PROTEST_ACT_NOUNS: [&str; 20] = [
    "مظاهره",
    "مظاهرات",
    "تظاهره",
    "تظاهر",
    "احتجاج",
    "احتجاجات",
    "اعتصام",
    "اغلاق",
    "قطع",
    "احراق",
    "اقتحام",
    "موكب",
    "مطالب",
    "تجمع",
    "تعدي",
    "هدم",
    "ضخ",
    "غلق",
    "رمي",
    "دخول",
];

/// Words of a place told right after participants (`في مدينة الزاوية وضواحيها`) over which
/// the window of their own act runs on.
const AGENT_PLACE_WORDS: usize = 3;

/// The most words from one conjunct of a list to the next.
const LIST_ITEM_WORDS: usize = 5;

/// Words after `و` that do not coordinate nouns: particles, pronouns and the verbs of
/// reporting (normalized spelling).
const NOT_CONJUNCTS: [&str; 38] = [
    "وفي",
    "ومن",
    "وعلي",
    "والي",
    "وعن",
    "ومع",
    "وهو",
    "وهي",
    "وهم",
    "وقد",
    "وكان",
    "وكانت",
    "ولم",
    "ولا",
    "ولن",
    "وما",
    "وذلك",
    "ولكن",
    "وبين",
    "وبعد",
    "وقبل",
    "وعند",
    "وحتي",
    "وان",
    "وانه",
    "وانها",
    "وقال",
    "واضاف",
    "واكد",
    "واوضح",
    "واشار",
    "وتابع",
    "وشدد",
    "واعلن",
    "وكذلك",
    "وسط",
    "وفق",
    "وفقا",
];

/// Whether word `i` is a conjunct of a list of nouns: `و` glued to a word that does not look
/// like a verb and is not a particle, after a plain space or a comma.
#[inline]
fn nominal_conjunct(text: &str, words: &[Range<usize>], i: usize) -> bool {
    // `و` is D9 88 in UTF-8: most words are turned away on their first two bytes, unsliced.
    if text.as_bytes().get(words[i].start..words[i].start + 2) != Some(&[0xD9, 0x88]) {
        return false;
    }
    let w = &text[words[i].clone()];
    if looks_like_conjoined_verb(w) {
        return false;
    }
    // A short word in `ت` or one in `تت` is rather an imperfect (`وتقع`, `وتشهد`, `وتتواصل`)
    // than a verbal noun (`وتبادل`, `وتوحيد`).
    let rest = &w['و'.len_utf8()..];
    let n = rest.chars().count();
    if n < 3 || (rest.starts_with('ت') && (n <= 4 || rest.starts_with("تت"))) {
        return false;
    }
    let gap = &text[words[i - 1].end..words[i].start];
    if !gap.chars().all(|c| c == ' ' || c == ',' || c == '،') {
        return false;
    }
    // After a comma, three bare letters are rather a perfect opening a clause (`، وقتل ثلاثة`,
    // `، وخطف مسلحون`) than a list item (`ووقف إطلاق النار`, `وسحب القوات` without a comma).
    if n == 3 && gap.contains([',', '،']) {
        return false;
    }
    // The particles last: the cheaper tests above turn most words away first.
    !NOT_CONJUNCTS.contains(&w)
}

/// Whether word `i` is `و` with a determiner that heads a noun phrase (`وأي أعمال`, `وكل
/// أشكال`), after a plain space or a comma: a conjunct too short for [`nominal_conjunct`].
fn determiner_conjunct(text: &str, words: &[Range<usize>], i: usize) -> bool {
    matches!(&text[words[i].clone()], "واي" | "وأي" | "وكل")
        && text[words[i - 1].end..words[i].start]
            .chars()
            .all(|c| c == ' ' || c == ',' || c == '،')
}

/// Whether word `i` is `و` and three letters after a comma, not a second `و` (`، وقتل`,
/// `، وشن`; not `، ووقف`): the shape of a perfect that opens a clause.
fn perfect_after_comma(text: &str, words: &[Range<usize>], i: usize) -> bool {
    let Some(rest) = text[words[i].clone()].strip_prefix('و') else {
        return false;
    };
    rest.chars().count() == 3 && !rest.starts_with('و') && gap_has_comma(text, words, i)
}

/// Whether a word ends in a possessive or object pronoun other than the ambiguous `ه` (the
/// normalized `ة`): `وعددهم`, `وباسمها` open an aside or a prepositional phrase rather than a
/// conjunct of a list of demands.
fn possessed(word: &str) -> bool {
    ["ها", "هم", "هما", "هن", "كم", "كما", "نا"]
        .iter()
        .any(|s| word.ends_with(s))
}

/// Whether only spaces and at least one quotation mark stand between word `i - 1` and word
/// `i` (false when there is no word `i`).
fn quote_gap(text: &str, words: &[Range<usize>], i: usize) -> bool {
    let Some(w) = words.get(i) else {
        return false;
    };
    let gap = &text[words[i - 1].end..w.start];
    let quote = |c: char| matches!(c, '"' | '«' | '»' | '“' | '”');
    gap.chars().any(quote) && gap.chars().all(|c| c == ' ' || quote(c))
}

/// Words after an event a condemnation or condolences name where the day of the report keeps
/// it news.
const REACTION_TODAY_WORDS: usize = 12;

/// True for a word that is a year from 1900 to 2099 (`2011`, `2011م`).
fn is_year(word: &[u8]) -> bool {
    let digits = word.iter().take_while(|b| b.is_ascii_digit()).count();
    digits == 4
        && matches!(&word[..2], b"19" | b"20")
        && word[4..].iter().all(|b| !b.is_ascii_digit())
}

/// The index of the word holding byte `pos`.
fn word_of_pos(words: &[Range<usize>], pos: usize) -> usize {
    words
        .partition_point(|w| w.end <= pos)
        .min(words.len().saturating_sub(1))
}

/// [`word_of_pos`], walking forward from word `from` when the word holding `pos` is not
/// before it (binary search otherwise): the same answer.
fn word_of_pos_from(words: &[Range<usize>], pos: usize, from: usize) -> usize {
    if from > words.len() || (from > 0 && words[from - 1].end > pos) {
        return word_of_pos(words, pos);
    }
    let mut k = from;
    while k < words.len() && words[k].end <= pos {
        k += 1;
    }
    k.min(words.len().saturating_sub(1))
}

/// The modality a cue gives: an asserting verb cue in the future (`ستعرض للاستفتاء`, `سيتواصل
/// الحوار`) tells what is to come, planned.
fn future_of(m: Modality, future: bool) -> Modality {
    if future && m == Modality::Asserted {
        Modality::Planned
    } else {
        m
    }
}

/// The cut the gap before word `i` (`i > 0`) makes by its punctuation alone: a stop, a
/// bracket or a dash cuts strongly, a comma strongly before a conjunction (weakly otherwise),
/// a colon or a quote weakly, one space not at all.
#[inline]
fn gap_cut(text: &str, words: &[Range<usize>], i: usize) -> Cut {
    let (a, b) = (words[i - 1].end, words[i].start);
    let gap = if b == a + 1 && text.as_bytes()[a] == b' ' {
        // The usual gap, one space, cuts nothing.
        ""
    } else {
        &text[a..b]
    };
    // A number in brackets (`أسفرت عن (32) قتيلا و(159) جريحا`) is read with its clause: the
    // brackets around it cut nothing.
    // (And with a comma after the closing bracket, `اليوم (الأحد)، إلى`, the comma alone.)
    let bracket = bracketed_number(text, words, i, gap);
    if bracket && gap.chars().all(|c| matches!(c, '(' | ')' | ' ')) {
        return Cut::None;
    }
    // A hyphen glued to the word before and spaced from the next (`الهلال الأحمر الليبي- فرع
    // الزاوية، إلى …`) sets off an apposition as a comma does: weakly.
    if gap.starts_with('-') && gap.len() > 1 && gap[1..].chars().all(|ch| ch == ' ') {
        return Cut::Weak;
    }
    // A hyphen between two words with no space joins them (`ليل السبت-الأحد`): no cut.
    if gap == "-" {
        return Cut::None;
    }
    // A short aside in brackets inside a clause (`طيران مجرم الحرب (المشير خليفة) حفتر قام
    // …`, `قوات الوفاق (المعترف بها دوليا) على …`) is read with its clause, as a number in
    // brackets is.
    if short_bracket(text, words, i, gap) {
        return Cut::None;
    }
    let mut c = Cut::None;
    for ch in gap
        .chars()
        .filter(|&ch| !(bracket && matches!(ch, '(' | ')')))
    {
        let this = match ch {
            ';' | '.' | '?' | '!' | '(' | ')' | '[' | ']' | '-' | '–' | '—' | '\n' => {
                Cut::Strong
            }
            ',' => {
                if comma_conjunction(&text[words[i].clone()]) {
                    Cut::Strong
                } else {
                    Cut::Weak
                }
            }
            ':' | '"' | '«' | '»' | '“' | '”' | '\'' => Cut::Weak,
            _ => Cut::None,
        };
        c = c.max(this);
    }
    c
}

/// True when the gap before word `i` opens or closes brackets around one to three words that
/// sit inside a clause: the gap is the one bracket with spaces, the other bracket closes (or
/// opened) the aside with spaces only, and no stop or other bracket is inside it.
fn short_bracket(text: &str, words: &[Range<usize>], i: usize, gap: &str) -> bool {
    let only = |g: &str, b: char| {
        g.chars().filter(|&c| c == b).count() == 1 && g.chars().all(|c| c == b || c == ' ')
    };
    let gap_at = |j: usize| &text[words[j - 1].end..words[j].start];
    // (Inside, a space, or a sign between two parts of one name: `(5+5)`, `(5 + 5)`.)
    let inner = |k: usize| {
        let g = gap_at(k);
        !g.is_empty() && g.chars().all(|c| matches!(c, ' ' | '+' | '/'))
    };
    if only(gap, '(') {
        // The aside's words are i.., the closing gap after one to three of them.
        (i + 1..(i + 4).min(words.len())).any(|j| only(gap_at(j), ')') && (i + 1..j).all(inner))
    } else if only(gap, ')') {
        (i.saturating_sub(3).max(1)..i).any(|j| only(gap_at(j), '(') && (j + 1..i).all(inner))
    } else {
        false
    }
}

/// True when the gap before word `i` is the opening bracket of a number standing alone in
/// brackets (`(32)`), or the closing one after it: spaces and that one bracket only. So with
/// a day or a time of day alone in brackets (`دعت الجامعة، اليوم (الأحد)، إلى …`).
fn bracketed_number(text: &str, words: &[Range<usize>], i: usize, gap: &str) -> bool {
    let number = |w: &Range<usize>| {
        let t = &text[w.clone()];
        !t.is_empty()
            && (t
                .chars()
                .all(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c))
                || is_time_word(t))
    };
    // (One bracket, spaces, and after the closing one a comma.)
    let only = |open: char| {
        gap.chars().filter(|&c| c == open).count() == 1
            && gap
                .chars()
                .all(|c| c == open || c == ' ' || (open == ')' && matches!(c, ',' | '،')))
    };
    if only('(') {
        let w = &words[i];
        number(w) && text[w.end..].trim_start_matches(' ').starts_with(')')
    } else if only(')') {
        let w = &words[i - 1];
        number(w) && text[..w.start].trim_end_matches(' ').ends_with('(')
    } else {
        false
    }
}

/// True for a word that is `و`/`ف` plus something shaped like a verb: a plural past
/// (`وأكدوا`), a feminine past (`واندلعت`, not a plural in `ات`) or an imperfect (`ويقود`).
#[inline]
pub(super) fn looks_like_conjoined_verb(word: &str) -> bool {
    // `و` is D9 88 and `ف` D9 81 in UTF-8: most words are rejected on their first two bytes.
    if !matches!(word.as_bytes(), [0xD9, 0x88 | 0x81, ..]) {
        return false;
    }
    let Some(rest) = word.strip_prefix(['و', 'ف']) else {
        return false;
    };
    if rest.starts_with("ال") || rest.starts_with("لل") {
        return false;
    }
    if rest.starts_with('ي') && loanword(word) {
        return false;
    }
    let n = rest.chars().count();
    (n >= 3 && rest.ends_with("وا"))
        || (n >= 3 && rest.ends_with('ت') && !rest.ends_with("ات"))
        || (n >= 4 && rest.starts_with('ي') && !rest.ends_with('ه') && !rest.ends_with("ين"))
}

impl Sentence {
    /// The context classes of a clause, one bit per class id.
    pub(super) fn clause_class_bits(&self, clause: usize) -> ClassSet {
        self.clause_classes.get(clause).copied().unwrap_or_default()
    }

    /// The context classes of the whole sentence, one bit per class id.
    pub(super) fn sentence_class_bits(&self) -> ClassSet {
        self.sentence_classes
    }

    /// The number of clauses of the sentence.
    pub(super) fn clause_count(&self) -> usize {
        self.clause_first.len()
    }

    /// The types of the cues of the sentence (bit [`cue_type_bit`]), those whose first word is
    /// in `clause` and those of the whole sentence.
    pub(super) fn cue_type_bits(&self, clause: usize, lex: &Lexicon) -> (u16, u16) {
        let (mut here, mut all) = (0u16, 0u16);
        for c in &self.cues {
            let Some(cue) = lex.cues.get(c.cue as usize) else {
                continue;
            };
            let bit = 1u16 << cue_type_bit(cue.kind);
            all |= bit;
            if self.clause.get(c.w0).copied() == Some(clause as u32) {
                here |= bit;
            }
        }
        (here, all)
    }
}

/// The bit of a cue type in [`Sentence::cue_type_bits`]: the five modalities 0–4, then
/// background, span, none, clause, relative, complement.
pub(super) fn cue_type_bit(kind: CueType) -> u32 {
    match kind {
        CueType::Modality(m) => match m {
            Modality::Asserted => 0,
            Modality::Negated => 1,
            Modality::Planned => 2,
            Modality::Demanded => 3,
            Modality::Hypothetical => 4,
        },
        CueType::Background => 5,
        CueType::Span => 6,
        CueType::None => 7,
        CueType::Clause => 8,
        CueType::Relative => 9,
        CueType::Complement => 10,
    }
}
