//! Who acted (actor1), who was acted on (actor2), who helped, and who reported it.
//!
//! Everything is read from the trigger's clause on the normalized text: gazetteer mentions
//! (people and organizations) and the generic actors of `data/records/actors.tsv` are the
//! candidates; the role words of `data/records/roles.tsv` mark reporters (`قال`, `أفادت`,
//! `بحسب`, `نقلت … عن`, `المتحدث باسم`; `أعلنت` only when a complement follows), passive agents
//! (`من قبل`, `على يد`), targets (`ضد`, `على`, `استهدف`), allies (`بدعم من`, `مدعومة من`) and the
//! two sides (`بين X و Y`); anaphors (`التنظيم`, `القوات`, `الميليشيا`) stand for the named group
//! told before that answers to them, and `تعرض X ل…` makes X the side acted on. Then, by the shape of the trigger: a verb takes its subject as
//! actor1, before it (SVO) or right after it (VSO), and the next candidate as actor2; a verbal
//! noun takes the candidate before it, or its genitive, as actor1 — except for the events
//! whose genitive is the patient (`اعتقال X`, `حصار X`, `اغتيال X`, `مقتل X`), where it is
//! actor2; bilateral events (clashes, talks, meetings, agreements, ceasefires) take the two
//! first sides in order.

use super::dates;
use super::tables::{GenericActor, RoleWord, Scan, Tables};
use super::unit_words::UnitWords;
use super::Actor;
use crate::events::EventKind;
use crate::gazetteer::{Entity, EntityKind, Gazetteer, Mention};
use crate::words::{words, words_before};
use std::cell::Cell;
use std::ops::Range;

/// A candidate actor in the sentence.
#[derive(Debug, Clone)]
pub(crate) enum Cand<'a> {
    Named(&'a Mention),
    Generic(&'a GenericActor),
}

#[derive(Debug, Clone)]
pub(crate) struct At<'a> {
    pub range: Range<usize>,
    pub cand: Cand<'a>,
}

/// The roles of one event.
#[derive(Debug, Clone, Default)]
pub(crate) struct Roles {
    pub actor1: Option<Actor>,
    pub actor2: Option<Actor>,
    pub assoc1: Vec<Actor>,
    pub assoc2: Vec<Actor>,
    pub sources: Vec<String>,
}

/// Words that start a clause (normalized).
// A closed class (clause words: relative pronouns, conjunctions), kept in code.
pub(crate) const CLAUSE_WORDS: [&str; 14] = [
    "فيما",
    "بينما",
    "حيث",
    "الذي",
    "التي",
    "الذين",
    "كما",
    "وذلك",
    "مما",
    "ثم",
    "لكن",
    "ان",
    "بان",
    "وان",
];

/// Punctuation that cuts clauses (found by the sentence scan).
pub(crate) const CUT_CHARS: [char; 16] = [
    ',', ';', ':', '.', '!', '?', '(', ')', '[', ']', '«', '»', '"', '“', '”', '\n',
];

/// The clause cuts of one sentence, computed once for all its events: punctuation and
/// clause words (`فيما`, `الذي`, `أن`, …), and the words of a past perfect (`كان … قد`).
#[derive(Debug, Default)]
pub(crate) struct Cuts {
    /// (end of the clause before, start of the clause after), in text order.
    cuts: Vec<(usize, usize)>,
    /// Starts of `كان/كانت/كانوا` and of `قد`.
    kana: Vec<usize>,
    qad: Vec<usize>,
    sent: Range<usize>,
    /// Per cut, whether the text between it and the next cut is a time aside
    /// ([`time_aside`]), found on first use by an event of the sentence: 0 not yet, 1 no,
    /// 2 yes.
    aside_time: Vec<Cell<u8>>,
}

impl Cuts {
    /// The cuts of the sentence `sent` of `text` (normalized), given its scan.
    pub(crate) fn new(text: &str, sent: Range<usize>, scan: &Scan) -> Cuts {
        let sent = sent.start.min(text.len())..sent.end.min(text.len());
        let mut out = Cuts {
            sent: sent.clone(),
            kana: scan.kana.clone(),
            qad: scan.qad.clone(),
            ..Cuts::default()
        };
        if text.get(sent.clone()).is_none() {
            return out;
        }
        // Punctuation (found by the scan), merged in order with the clause words. Quotation
        // marks and brackets around a short name (`قوات "حفتر"`, `تنظيم «داعش»`, `(داعش)`)
        // cut nothing: the name belongs to the clause it stands in.
        let puncts = &scan.puncts;
        let mut keep = vec![true; puncts.len()];
        for k in 0..puncts.len().saturating_sub(1) {
            if keep[k] && quoted_name(text, puncts[k], puncts[k + 1]) {
                keep[k] = false;
                keep[k + 1] = false;
            }
        }
        let mut words = scan.clause_words.iter().copied().peekable();
        for (&(at, end), _) in puncts.iter().zip(&keep).filter(|(_, &k)| k) {
            while let Some(&w) = words.peek() {
                if w >= at {
                    break;
                }
                out.cuts.push((w, w));
                words.next();
            }
            out.cuts.push((at, end));
        }
        for w in words {
            out.cuts.push((w, w));
        }
        out.aside_time = vec![Cell::new(0); out.cuts.len()];
        out
    }

    /// [`time_aside`] of the text between cut `i` and cut `i + 1` (`false` when there is no
    /// cut `i + 1`), computed once per sentence.
    fn time_after_cut(&self, text: &str, i: usize) -> bool {
        let compute = || match (self.cuts.get(i), self.cuts.get(i + 1)) {
            (Some(&(_, after)), Some(&(next, _))) => {
                time_aside(text.get(after..next).unwrap_or(""))
            }
            _ => false,
        };
        memo(self.aside_time.get(i), compute)
    }

    /// The clause around the trigger at `trig`.
    pub(crate) fn clause(&self, trig: &Range<usize>) -> Range<usize> {
        let t0 = trig.start.clamp(self.sent.start, self.sent.end);
        let t1 = trig.end.clamp(t0, self.sent.end);
        let mut start = self.sent.start;
        let mut end = self.sent.end;
        // Cuts are in order; the last before the trigger and the first after it.
        let i = self.cuts.partition_point(|c| c.0 < t0);
        if let Some(c) = self.cuts[..i].iter().rev().find(|c| c.1 <= t0) {
            start = c.1.max(start);
        }
        if let Some(c) = self.cuts[i..].iter().find(|c| c.0 >= t1) {
            end = c.0.min(end);
        }
        start..end.max(start)
    }

    /// The clause around the trigger for its roles: when an aside of allies stands between
    /// the subject and the verb (`إن الوحدات المتقدمة، بإسناد من سلاح الجو، سيطرت`), the clause
    /// reaches back over the aside to the subject's clause.
    pub(crate) fn roles_clause(&self, text: &str, trig: &Range<usize>) -> Range<usize> {
        let clause = self.forward_over_time(text, self.clause(trig));
        // The cut that opens the clause, and the one before it.
        let i = self.cuts.partition_point(|c| c.1 < clause.start);
        let Some(&(open_end, open_start)) = self.cuts.get(i) else {
            return clause;
        };
        if open_start != clause.start || i == 0 {
            return clause;
        }
        let (mut prev_end, prev_start) = self.cuts[i - 1];
        let aside = text.get(prev_start..open_end).unwrap_or("");
        let first = words(aside).next().map_or("", |r| &aside[r]);
        let first = first.trim_start_matches(['و', 'ف']);
        // (The aside is the text between cut `i - 1` and cut `i`.)
        let time = self.time_after_cut(text, i - 1);
        // `عقد الصديق الكبير، محافظ المصرف المركزي، اجتماعا`: a title in apposition to the
        // subject (a short aside), between it and the verb's object.
        let title = in_list(GENITIVE_TITLES, first.strip_prefix("ال").unwrap_or(first))
            && words(aside).count() <= 6;
        if !(in_list(ALLY_ASIDE, first) || time || title) || prev_end <= self.sent.start {
            return clause;
        }
        // Up to three time asides in a row (`، البارحة، لليوم الثاني على التوالي،`).
        let mut j = i - 1;
        for _ in 0..2 {
            if !time || j == 0 {
                break;
            }
            let (pe, ps) = self.cuts[j - 1];
            if self.cuts[j].0 < ps || pe <= self.sent.start || !self.time_after_cut(text, j - 1) {
                break;
            }
            (j, prev_end) = (j - 1, pe);
        }
        let before = self.clause(&(prev_end.saturating_sub(1)..prev_end.saturating_sub(1)));
        before.start.min(clause.start)..clause.end
    }

    /// `استهدف الطيران التابع لحكومة الوفاق، صباح اليوم، تمركزات لقوات حفتر`: when a time
    /// aside follows the clause, the clause reaches over it to the end of the next one (the
    /// verb's object).
    fn forward_over_time(&self, text: &str, clause: Range<usize>) -> Range<usize> {
        // The cut that closes the clause, and the one after it.
        let i = self.cuts.partition_point(|c| c.0 < clause.end);
        let (Some(&(close, after)), Some(&(next, _))) = (self.cuts.get(i), self.cuts.get(i + 1))
        else {
            return clause;
        };
        if close != clause.end || next < after {
            return clause;
        }
        // (The aside is the text between cut `i` and cut `i + 1`.)
        if !self.time_after_cut(text, i) {
            return clause;
        }
        // `استهدفت طائرات قوات حفتر، البارحة، لليوم الثاني على التوالي، مطار معيتيقة`: up to
        // three time asides in a row, each between two cuts that follow one another.
        let (mut i, mut next) = (i + 1, next);
        for _ in 0..2 {
            let (Some(&(_, after)), Some(&(n2, _))) = (self.cuts.get(i), self.cuts.get(i + 1))
            else {
                break;
            };
            if n2 < after || !self.time_after_cut(text, i) {
                break;
            }
            (i, next) = (i + 1, n2);
        }
        let rest = self.clause(&(next + 1..next + 1));
        clause.start..rest.end.max(clause.end)
    }

    /// `الهجوم الذي شنه تنظيم داعش على …`, `الاشتباكات التي اندلعت أمس بين X و Y`: when the
    /// clause of an event noun ends at a relative word right after it (one adjective between,
    /// or up to three definite ones: `القصف العشوائي المدفعي والصاروخي الذي شنته`), the
    /// relative clause that describes the event. An indefinite noun takes its describing
    /// clause without a relative word, and news sets it off by commas (`غارة جوية، شنتها
    /// طائرة مجهولة، على …`): a verb of carrying out with the event as its object pronoun
    /// right after the comma opens it too.
    pub(crate) fn relative_after(
        &self,
        unit: &UnitWords<'_>,
        text: &str,
        clause: &Range<usize>,
        trig: &Range<usize>,
    ) -> Option<Range<usize>> {
        let i = self.cuts.partition_point(|c| c.0 < clause.end);
        let &(at, after) = self.cuts.get(i)?;
        if at != clause.end {
            return None;
        }
        // (The words between the trigger and the cut are counted last: the cut is rarely a
        // relative word.)
        if after != at {
            // A comma, then `شنتها`/`نفذه`/`ارتكبتها`; the verb's object pronoun is the event,
            // so up to three words of any kind may describe the noun before the comma
            // (`قصفا عشوائيا غير مسبوق، نفذته`).
            let comma = text.get(at..after).is_some_and(|c| c == ",");
            if !comma {
                return None;
            }
            let after = self.over_time_aside(text, i).unwrap_or(after);
            let rest = text.get(after..)?;
            let verb = words(rest).next().map(|r| &rest[r])?;
            // (The words between the trigger and the comma are counted last.)
            if !carried_out_it(verb) || gap_in(unit, text, trig.end, at) > 3 {
                return None;
            }
            let rel = self.clause(&(after..after));
            return Some(self.forward_over_time(text, rel));
        }
        if !adjectives_only(unit, text, trig.end, at) {
            return None;
        }
        let word = text
            .get(at..)
            .and_then(|t| words(t).next().map(|r| &t[r]))?;
        if !matches!(word, "الذي" | "التي" | "الذين") || !adjectives_only(unit, text, trig.end, at)
        {
            return None;
        }
        let rel = self.clause(&(at + 1..at + 1));
        Some(self.forward_over_time(text, rel))
    }

    /// `قصفا عنيفا، منذ فجر أمس، نفذته قوات X`: when the clause after the cut `i` is a time
    /// aside closed by a comma, where the clause after the aside starts.
    fn over_time_aside(&self, text: &str, i: usize) -> Option<usize> {
        let &(_, after) = self.cuts.get(i)?;
        let &(next, next_after) = self.cuts.get(i + 1)?;
        let aside = text.get(after..next)?;
        let comma = text.get(next..next_after).is_some_and(|c| c == ",");
        (comma && (self.time_after_cut(text, i) || since_time(aside))).then_some(next_after)
    }

    /// `اندلعت اشتباكات مسلحة، مساء اليوم، في منطقة دحمان بمدينة صبراتة، بين سكان من المنطقة
    /// وتشكيل مسلح`: the clause of `بين` told right after the clause of a two-sided event,
    /// over at most two asides of time or place between; the range from the clause's start
    /// to that clause's end.
    pub(crate) fn sides_after(&self, text: &str, clause: &Range<usize>) -> Option<Range<usize>> {
        let mut end = clause.end;
        for _ in 0..3 {
            let i = self.cuts.partition_point(|c| c.0 < end);
            let &(at, after) = self.cuts.get(i)?;
            if at != end || after >= self.sent.end {
                return None;
            }
            let next = self.clause(&(after..after));
            let part = text.get(next.clone()).unwrap_or("");
            let mut ws = words(part).map(|r| &part[r]);
            let first = ws.next().unwrap_or("");
            if matches!(first, "بين" | "وبين") {
                return Some(clause.start..next.end.max(clause.end));
            }
            // A place (`في منطقة …`, `بمدينة …`, `غرب البلاد`) or a time between.
            let place = matches!(
                first,
                "في" | "قرب"
                    | "جنوب"
                    | "شمال"
                    | "شرق"
                    | "غرب"
                    | "وسط"
                    | "جنوبي"
                    | "شمالي"
                    | "شرقي"
                    | "غربي"
            ) || (first.starts_with("بم") || first.starts_with("بال"));
            if !(place || time_aside(part)) || words(part).nth(8).is_some() || next.end <= end {
                return None;
            }
            end = next.end;
        }
        None
    }

    /// True when the clause places the event before the news: `كان/كانت … قد` before the
    /// trigger, at most six words apart.
    pub(crate) fn past_perfect(&self, clause: &Range<usize>, trig: usize) -> bool {
        self.kana
            .iter()
            .filter(|&&k| k >= clause.start && k < trig)
            .any(|&k| {
                self.qad
                    .iter()
                    .any(|&q| q > k && q < trig && q - k <= 6 * 12)
            })
    }
}

/// `التبو، ذات الأصول الأفريقية، وأولاد سليمان`: where the comma that closes an aside
/// describing a side ends, when the text at `at` (after the side, from its comma) is one: its
/// first word a word of `side_aside`, at most five words before the next comma, and no end
/// of a sentence between.
fn side_aside_end(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let t = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == '،');
    if t.len() == rest.len() {
        return None;
    }
    let first = words(t).next().map(|w| &t[w])?;
    if !in_list(SIDE_ASIDE, first.trim_start_matches('و')) {
        return None;
    }
    let c = t.find([',', '،'])?;
    let aside = &t[..c];
    (words(aside).nth(5).is_none() && !aside.contains(['.', '!', '?', '\n', ':', ';']))
        .then(|| at + (rest.len() - t.len()) + c)
}

/// Quotation marks that may stand around a name.
const QUOTES: [char; 5] = ['"', '«', '»', '“', '”'];

/// Quotation marks and brackets: an opening one and the closing one that pairs with it.
const QUOTE_PAIRS: [(char, char); 7] = [
    ('"', '"'),
    ('«', '»'),
    ('“', '”'),
    // (Some news opens and closes with the same curly mark: `”الردع”`.)
    ('”', '”'),
    ('“', '“'),
    ('(', ')'),
    ('[', ']'),
];

/// Words a quoted or bracketed name may have (`"الدولة الإسلامية"`, `«مجلس شورى ثوار
/// درنة»`); a longer quotation is speech and cuts its clause.
const MAX_QUOTED_NAME: usize = 5;

/// True when the marks `open` and `close` (byte ranges, consecutive cuts) pair up around a
/// short name: at most [`MAX_QUOTED_NAME`] words and nothing else between.
fn quoted_name(text: &str, open: (usize, usize), close: (usize, usize)) -> bool {
    let (Some(o), Some(c)) = (
        text.get(open.0..open.1).and_then(|s| s.chars().next()),
        text.get(close.0..close.1).and_then(|s| s.chars().next()),
    ) else {
        return false;
    };
    if !QUOTE_PAIRS.contains(&(o, c)) || close.0 < open.1 {
        return false;
    }
    // A bounded look: a name is short.
    let Some(inner) = text
        .get(open.1..close.0)
        .filter(|s| s.len() <= 24 * MAX_QUOTED_NAME)
    else {
        return false;
    };
    let n = words(inner).take(MAX_QUOTED_NAME + 1).count();
    (1..=MAX_QUOTED_NAME).contains(&n)
}

/// True when an aside is only a time (`، أمس الجمعة،`, `، مساء أمس الأحد،`, `، فجر اليوم،`):
/// the subject before it still governs the clause after it (`شنت قوات X، أمس الجمعة، هجوما
/// على Y`). At most six words are read.
fn time_aside(aside: &str) -> bool {
    let mut n = 0;
    for r in words(aside) {
        n += 1;
        let end = r.end;
        let raw = &aside[r];
        let w = raw.trim_start_matches(['و', 'ف']);
        // (The comparisons first, the table lookups after; the word with its conjunction is
        // looked up only when it has one.)
        // (One look-up of the word in [`ASIDE_WORDS`] stands for its weekday, time, period
        // and month tests.)
        // (`لليوم الثاني على التوالي`: `على` only before `التوالي`.)
        let time = ASIDE_WORDS.contains(w)
            || (w == "علي" && aside[end..].trim_start().starts_with("التوالي"))
            || (w.len() <= 4 && w.chars().all(|ch| ch.is_ascii_digit()))
            || (raw.len() != w.len() && in_list(TIME_ASIDE, raw));
        if n > 6 || !time {
            return false;
        }
    }
    n > 0
}

/// The families of `data/records/role_words.tsv`, in the order of the indices below.
const FAMILIES: [&str; 20] = [
    "period_aside",
    "time_aside",
    "ally_aside",
    "while",
    "tied_subject",
    "side_head",
    "fighters",
    "genitive_title",
    "victim_people",
    "counted_people",
    "repel",
    "own_forces",
    "attack_adjective",
    "loser",
    "announce_gap",
    "hold",
    "tie",
    "held_member",
    "civilian_title",
    "side_aside",
];
/// Words of a time aside that tell a week, a month or a year (`period_aside`).
const PERIOD_ASIDE: usize = 0;
/// Words of a time aside (`time_aside`).
const TIME_ASIDE: usize = 1;
/// First words of an aside naming allies (`ally_aside`).
const ALLY_ASIDE: usize = 2;
/// Words of an opening that only tells when, beside those of a time aside (`while`).
const WHILE_WORDS: usize = 3;
/// Heads of a subject tied to its side (`الطيران التابع لـ`, `قوات موالية لـ`); never a target (`tied_subject`).
const TIED_SUBJECTS: usize = 4;
/// Words that open a second side after `، و` (`وأخرى موالية لـ`), without the `و` (`side_head`).
const SIDE_HEADS: usize = 5;
/// Fighters of a group, named before `من` and the group (`عناصر من تنظيم داعش`) (`fighters`).
const FIGHTERS: usize = 6;
/// Titles that may stand between an event noun and the person it names (`genitive_title`).
const GENITIVE_TITLES: usize = 7;
/// People of no group a toll counts: civilians (`victim_people`).
const VICTIM_PEOPLE: usize = 8;
/// People an arrest or an abduction counts with no group: civilians (`counted_people`).
const COUNTED_PEOPLE: usize = 9;
/// Verbs of repelling an attack: their subject was attacked (`repel`).
const REPEL: usize = 10;
/// A side's own forces, named by a possessive (`قواته`, `قواتنا`) (`own_forces`).
const OWN_FORCES: usize = 11;
/// Adjectives of an attack between its noun and the `ل` of its genitive (`هجوم كبير لقوات`)
/// (`attack_adjective`).
const ATTACK_ADJECTIVES: usize = 12;
/// Words of lost ground whose subject or genitive is the side that gave it up (`انسحاب`,
/// `انهيار`, `فلول`) (`loser`).
const LOSER: usize = 13;
/// Words between a verb of announcing, its announcer and the operation it announces
/// (`المتحدث باسم`, `عن`) (`announce_gap`).
const ANNOUNCE_GAP: usize = 14;
/// Nouns of a hold whose genitive, after `من`, lost it (`من أيدي`, `من قبضة`) (`hold`).
const HOLD: usize = 15;
/// Words that tie forces to their body (`التابعة لـ`, `الموالية لـ`) (`tie`).
const TIE: usize = 16;
/// People held by an arrest's agent, as an indefinite accusative after the agent's genitive
/// (`اعتقال الجهاز عنصرا يتبع …`) (`held_member`).
const HELD_MEMBERS: usize = 17;
/// Titles of people who fight for no side (`السفير`, `الصحفي`, `الناشط`): the patient of an
/// arrest or an abduction named by one, with no side named, is civilians (`civilian_title`).
const CIVILIAN_TITLES: usize = 18;
/// First words of an aside that describes the first side of a `بين` before the `و` of the
/// second (`بين قبيلتي التبو، ذات الأصول الأفريقية، وأولاد سليمان`: `side_aside`).
const SIDE_ASIDE: usize = 19;

/// True when `w` (normalized) names armed forces or ties them to a body, so that a
/// government named right after it stands for its forces (`القوات التابعة لحكومة الوحدة`,
/// `قوات الحكومة`): a word of role `forces` of `roles.tsv` (with or without `ال`) or of the
/// family `tie` of `role_words.tsv`.
pub(crate) fn forces_word(w: &str) -> bool {
    let b = w.trim_start_matches(['و', 'ف']);
    let bare = b.strip_prefix("ال").unwrap_or(b);
    in_list(TIE, b) || Tables::bundled().forces.iter().any(|f| f == b || f == bare)
}

super::cues::bundled_word_lists!("role_words.tsv", FAMILIES, []);

/// The words [`time_aside`] takes for a time by themselves (without their conjunction): the
/// weekdays, the time and period words of the aside families and the month names, in one
/// set, so that a word is looked up once.
static ASIDE_WORDS: once_cell::sync::Lazy<
    std::collections::HashSet<&'static str, super::tables::FnvBuild>,
> = once_cell::sync::Lazy::new(|| {
    let mut set: std::collections::HashSet<&'static str, super::tables::FnvBuild> =
        Default::default();
    set.extend(super::dates::WEEKDAYS);
    set.extend(list(TIME_ASIDE).iter().map(String::as_str));
    set.extend(list(PERIOD_ASIDE).iter().map(String::as_str));
    set.extend(super::dates::month_names());
    set
});

/// Builds the role words' derived sets now (see [`super::prepare`]).
pub(super) fn prepare() {
    once_cell::sync::Lazy::force(&ASIDE_WORDS);
}

/// `منذ فجر أمس`, `منذ ساعات صباح يوم الجمعة`, `منذ يومين`: a time aside opened by `منذ`
/// (at most six words, each a time word or a number of hours or days).
fn since_time(aside: &str) -> bool {
    let mut n = 0;
    for r in words(aside) {
        let raw = &aside[r];
        let w = raw.trim_start_matches(['و', 'ف']);
        let ok = if n == 0 {
            raw == "منذ"
        } else {
            in_list(TIME_ASIDE, w)
                || in_list(TIME_ASIDE, raw)
                || super::dates::weekday_of(w).is_some()
                || matches!(w, "ساعات" | "ساعه" | "ساعتين" | "يومين" | "ايام")
        };
        n += 1;
        if n > 6 || !ok {
            return false;
        }
    }
    n > 1
}

/// True when the trigger word looks like a verb: clause-initial or after قد, without the
/// article, or shaped like one (`قصفت`, `هاجموا`, `يحاصر`).
pub(crate) fn is_verb(
    text: &str,
    uw: &UnitWords<'_>,
    clause: &Range<usize>,
    trig: &Range<usize>,
) -> bool {
    let Some(word) = text.get(trig.clone()) else {
        return false;
    };
    // A trigger of several words (`قصفت طائرات`) is a verb when its first word is.
    let [first]: [&str; 1] = uw.after(text, trig.start, trig.end);
    let word = if first.is_empty() { word } else { first };
    let w = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    if w.starts_with("ال") || w.starts_with("بال") || w.starts_with("لل") {
        return false;
    }
    if verb_with_object(w) {
        return true;
    }
    if w.ends_with("ات") || w.ends_with('ه') {
        return false;
    }
    if (w.ends_with('ت') || w.ends_with("وا")) && w.chars().count() >= 3 {
        return true;
    }
    if w.starts_with('ي') && w.chars().count() >= 4 {
        return true;
    }
    // `طائرات حربية تقصف`: the imperfect in `ت` after aircraft, its subject.
    if w.starts_with('ت') && w.chars().count() == 4 && aircraft_subject(uw, text, clause, trig) {
        return true;
    }
    // Masdar shapes: `افتعال`, `تفعيل`, `مفعل`. (The letters read in place, no vector.)
    let n = w.chars().count();
    let at = |i: usize| w.chars().nth(i);
    // A hollow verb of form VIII in the past (`اغتال`, `اجتاح`, `اقتاد`): ا?تا?, unlike the
    // form IV verbal nouns of the same length (`إعلان`, `إسقاط`).
    if n == 5 && at(0) == Some('ا') && at(2) == Some('ت') && at(3) == Some('ا') {
        return true;
    }
    if n >= 5 && matches!(w.chars().rev().nth(1), Some('ا' | 'ي')) {
        return false;
    }
    if w.starts_with('م') {
        return false;
    }
    // Clause-initial (after و/ف) or after قد.
    let before = text.get(clause.start..trig.start).unwrap_or("");
    // The last word of `before` (the word list's, as the walk finds it).
    let [last]: [&str; 1] = uw.before(text, clause.start, trig.start);
    let last = (!last.is_empty()).then_some(last);
    // After a conjunction that opens the clause (`كما اختطف مسلحون`, `ثم هاجمت`) the verb
    // still comes first; so it does after an opening that only tells when (`في هذه الأثناء
    // تقدم آلاف الجنود`, `وصباح اليوم هاجمت`, `وفي غضون ذلك قصفت`).
    last.is_none()
        || matches!(last, Some("قد" | "وقد" | "لقد"))
        || opening_adverbial(before)
        || last
            .is_some_and(|l| CLAUSE_WORDS.contains(&l) && !matches!(l, "الذي" | "التي" | "الذين"))
}

/// True when aircraft no side names (`طائرات حربية`, `طائرة مسيرة`, `الطيران`) stand among the
/// three words of the clause before the trigger: the subject of its verb (SVO).
fn aircraft_subject(
    uw: &UnitWords<'_>,
    text: &str,
    clause: &Range<usize>,
    trig: &Range<usize>,
) -> bool {
    let ws: [&str; 3] = uw.before(text, clause.start, trig.start);
    ws.iter().any(|w| {
        let w = w.trim_start_matches(['و', 'ف']);
        let w = w.strip_prefix("ال").unwrap_or(w);
        matches!(
            w,
            "طايرات"
                | "طايره"
                | "مقاتلات"
                | "مسيره"
                | "مسيرات"
                | "طيران"
                | "مروحيه"
                | "مروحيات"
        )
    })
}

/// True when the trigger is an instrument (`بعبوة ناسفة`, `بقذيفة`, `بطائرة مسيرة`) of the verb
/// that opens its clause (`واستهدف مسلحون سيارته بعبوة ناسفة`).
fn instrument_of_verb(
    text: &str,
    uw: &UnitWords<'_>,
    clause: &Range<usize>,
    trig: &Range<usize>,
) -> bool {
    let instrument = text
        .get(trig.clone())
        .and_then(|t| words(t).next().map(|r| &t[r]))
        .is_some_and(|w| w.starts_with('ب') && w.chars().count() >= 4);
    if !instrument {
        return false;
    }
    let head = text_ahead(text, clause.start, trig.start);
    let Some(first) = words(head).next() else {
        return false;
    };
    let verb = clause.start + first.start..clause.start + first.end;
    verb.end < trig.start && is_verb(text, uw, clause, &verb)
}

/// True when `before`, the words of a clause before its trigger, is only an opening that tells
/// when (at most four words of a time aside or of family `while`, a weekday or a month):
/// the trigger still opens the clause.
fn opening_adverbial(before: &str) -> bool {
    let mut n = 0;
    for r in words(before) {
        n += 1;
        let raw = &before[r];
        let w = raw.strip_prefix('و').unwrap_or(raw);
        let when = in_list(TIME_ASIDE, w)
            || in_list(TIME_ASIDE, raw)
            || in_list(WHILE_WORDS, w)
            || in_list(PERIOD_ASIDE, w)
            || super::dates::weekday_of(w).is_some();
        if n > 4 || !when || (n == 1 && w == "في" && before.trim().len() <= 4) {
            return false;
        }
    }
    n > 0
}

/// `اختطفته`, `قتلتها`, `اعتقلوه`: a past verb with its object as a pronoun (normalized), not a
/// noun in `ة` with a possessive (`سيطرته`, `إصابته`, `محاصرته`).
fn object_pronoun_verb(w: &str) -> bool {
    let Some(stem) = pronoun_stem(w) else {
        return false;
    };
    let chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    (stem.ends_with('ت') || stem.ends_with('و'))
        && (4..=7).contains(&n)
        && !matches!(chars[n - 2], 'ا' | 'ي' | 'و')
        && chars[0] != 'م'
        && !stem.starts_with("ال")
        && !stem.starts_with("سيطر")
}

/// `وتحاصرها`, `يحاصرها`, `يستهدفه`, `تقصفها`: an imperfect verb with its object as a pronoun
/// (normalized, its conjunction stripped): `ي` or `ت` first, four to seven letters before the
/// pronoun, not a verbal noun (`تنظيمها`, `تحريرها`: `ي` or `و` before the last letter; `تقدمها`,
/// `تحركها`: a `ت` word of four letters, a form V noun as often as a verb).
fn imperfect_with_object(w: &str) -> bool {
    let Some(stem) = pronoun_stem(w) else {
        return false;
    };
    let n = stem.chars().count();
    ((stem.starts_with('ي') && (4..=7).contains(&n))
        || (stem.starts_with('ت') && (5..=7).contains(&n)))
        && !matches!(stem.chars().rev().nth(1), Some('ي' | 'و' | 'ا'))
}

/// A verb, past or imperfect, with its object as a pronoun: [`object_pronoun_verb`] or
/// [`imperfect_with_object`].
fn verb_with_object(w: &str) -> bool {
    object_pronoun_verb(w) || imperfect_with_object(w)
}

/// `w` without an attached pronoun of the third person (`ها`, `ه`, `هم`, `هما`).
fn pronoun_stem(w: &str) -> Option<&str> {
    ["هما", "هم", "ها", "ه"]
        .iter()
        .find_map(|p| w.strip_suffix(p))
}

pub(crate) fn patient_kind(k: EventKind) -> bool {
    matches!(
        k,
        EventKind::Arrest
            | EventKind::Abduction
            | EventKind::Siege
            | EventKind::Assassination
            | EventKind::Casualties
            | EventKind::ViolenceAgainstCivilians
    )
}

/// Attacks that someone carries out against someone (what a claim of responsibility is for).
fn claimable(k: EventKind) -> bool {
    matches!(
        k,
        EventKind::Airstrike
            | EventKind::Shelling
            | EventKind::Offensive
            | EventKind::Bombing
            | EventKind::Assassination
            | EventKind::ViolenceAgainstCivilians
            | EventKind::Abduction
    )
}

pub(crate) fn bilateral_kind(k: EventKind) -> bool {
    matches!(
        k,
        EventKind::ArmedClash
            | EventKind::Meeting
            | EventKind::PeaceTalks
            | EventKind::Agreement
            | EventKind::Ceasefire
    )
}

/// The actor of a candidate.
pub(crate) fn actor_of(c: &Cand<'_>, gaz: &Gazetteer) -> Actor {
    match c {
        Cand::Named(m) => {
            let inter = inter_of(gaz.entity(&m.id), &m.category);
            Actor {
                id: Some(m.id.clone()),
                english: m.english.clone(),
                generic: None,
                inter,
            }
        }
        Cand::Generic(g) => Actor {
            id: None,
            english: g.english.clone(),
            generic: Some(g.generic),
            inter: g.inter,
        },
    }
}

fn same(a: &Actor, b: &Actor) -> bool {
    same_key(key_of(a), key_of(b))
}

/// An actor's identity: its gazetteer id, or its generic kind.
type Key<'a> = (Option<&'a str>, Option<super::Generic>);

fn key_of(a: &Actor) -> Key<'_> {
    (a.id.as_deref(), a.generic)
}

/// [`same`] on identities.
fn same_key(a: Key<'_>, b: Key<'_>) -> bool {
    match (a.0, b.0) {
        (Some(x), Some(y)) => x == y,
        (None, None) => a.1 == b.1,
        _ => false,
    }
}

/// The candidates of `range` (normalized), in order: gazetteer people and organizations, and
/// generic actors not inside them.
pub(crate) fn candidates<'a>(
    text: &str,
    range: Range<usize>,
    mentions: &'a [Mention],
    t: &'a Tables,
    scan: &Scan,
    out: &mut Vec<At<'a>>,
) {
    out.clear();
    for (k, m) in mentions.iter().enumerate() {
        // A person's name inside a force's longer name (`كتائب العقيد معمر القذافي`) is that
        // force's, no side of its own. (Mentions are sorted by start; a longer one that holds
        // this one starts at or before it, a few mentions back.)
        let inner = m.kind == EntityKind::Person
            && mentions[k.saturating_sub(4)..k].iter().any(|o| {
                o.kind == EntityKind::Organization
                    && o.norm.start <= m.norm.start
                    && m.norm.end <= o.norm.end
                    && o.norm.end - o.norm.start > m.norm.end - m.norm.start
            });
        if !inner
            && m.norm.start >= range.start
            && m.norm.end <= range.end
            && matches!(m.kind, EntityKind::Person | EntityKind::Organization)
            && !joined_to(text, range.start, m.norm.start)
            && !(m.kind == EntityKind::Organization
                && landmark_name(text, range.start, m.norm.start))
        {
            out.push(At {
                range: m.norm.clone(),
                cand: Cand::Named(m),
            });
        }
    }
    let named = out.len();
    // Names a longer generic phrase holds whole (`المعارضون للزعيم الليبي معمر القذافي`: the
    // opponents, not Gaddafi): the phrase wins, as longer phrases do.
    let mut held = Vec::new();
    for (r, g) in scan.actors.iter().cloned() {
        let g = &t.actors[g as usize];
        let overlapping = || {
            out[..named]
                .iter()
                .enumerate()
                .filter(|(_, a)| a.range.start < r.end && r.start < a.range.end)
        };
        if overlapping().next().is_some() {
            // (A word more than the name, not a clitic: `للطيران الإماراتي` is the name
            // `الطيران الإماراتي` with its `ل`.)
            let whole = overlapping().all(|(_, a)| {
                r.start <= a.range.start
                    && a.range.end <= r.end
                    && (text
                        .get(r.start..a.range.start)
                        .is_some_and(|g| g.contains(' '))
                        || text
                            .get(a.range.end..r.end)
                            .is_some_and(|g| g.contains(' ')))
            });
            if !whole {
                continue;
            }
            held.extend(overlapping().map(|(i, _)| i));
        }
        // `ميليشيات حفتر`, `مسلحي الردع`: an unnamed head of one word right before a name
        // (a construct) is the named side's; the name stands for it.
        let construct = matches!(
            g.generic,
            super::Generic::Militia | super::Generic::UnidentifiedArmedGroup
        ) && text
            .get(r.clone())
            // (A sound plural with its `ن` is no construct: `اختطف مسلحون علي زيدان` names
            // the gunmen and the one they took; the construct is `مسلحو`/`مسلحي الردع`.)
            // (Nor one with the article: `طرد الثوار كتائب القذافي` names the rebels and the
            // side they drove out; a construct's head has none.)
            .is_some_and(|p| {
                words(p).nth(1).is_none()
                    && !p.ends_with("ون")
                    && !p.ends_with("ين")
                    && !definite_word(whole_word(text, r.start, p))
            })
            && out[..named].iter().any(|a| {
                a.range.start >= r.end
                    && text.get(r.end..a.range.start).is_some_and(|gap| {
                        // Over the person's ranks (`ميليشيات اللواء المتقاعد خليفة حفتر`).
                        gap.trim().is_empty()
                            || (gap.len() <= 60
                                && matches!(&a.cand, Cand::Named(m) if m.kind == EntityKind::Person)
                                && ranks_only(gap))
                    })
            });
        if construct
            || foreign_authorities(text, &r)
            || armed_adjective(text, range.start, &r)
            || landmark_post(text, range.start, &r)
        {
            continue;
        }
        out.push(At {
            range: r,
            cand: Cand::Generic(g),
        });
    }
    if !held.is_empty() {
        // (`held` are indexes of the named candidates, which come first in `out`.)
        let mut i = 0..;
        out.retain(|_| !held.contains(&i.next().unwrap_or(usize::MAX)));
    }
    out.sort_by_key(|a| a.range.start);
}

/// The phrase `p` found at byte `at` of `text` with the clitics before it in its word (the
/// generic phrase `ميليشيات` found inside `والميليشيات`).
fn whole_word<'t>(text: &'t str, at: usize, p: &'t str) -> &'t str {
    let start = text
        .get(..at)
        .and_then(|b| b.rfind(|c: char| !c.is_alphabetic()))
        .map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
    text.get(start..at + p.len()).unwrap_or(p)
}

/// True when a word (with `و`/`ف` and a preposition `ب`/`ل`/`ك` before it) has the article
/// (`الثوار`, `والميليشيات`, `للمسلحين`).
fn definite_word(w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    w.starts_with("ال") || w.starts_with("لل") || ["بال", "كال"].iter().any(|p| w.starts_with(p))
}

/// True when the words before a body's name (read once) make it a landmark or part of a place's
/// name, no side: its seat told as where something happened near or was taken from (`تم
/// اختطافه من أمام مقر وزارة الخارجية`, `قرب مبنى البرلمان`), or a square, a street or a
/// roundabout named after it (`وقفة احتجاجية بساحة مصرف الوحدة`).
fn landmark_name(text: &str, sent_start: usize, at: usize) -> bool {
    let [p1, p2, p3]: [&str; 3] = words_before(text, sent_start, at);
    // (Not a bare `أمام`: a protest before a body's seat is held against it, `اعتصموا أمام
    // مقر المؤتمر`.)
    let seat = matches!(p1, "مقر" | "مبني" | "مقار")
        && (beside(p2.trim_start_matches('و')) || (p2 == "امام" && p3 == "من"));
    seat || street_word(p1)
}

/// `w`, the word right before a body's name, is a square, a street or a roundabout
/// (`بساحة`, `ميدان`, `شارع`, `دوار`), with its clitics.
fn street_word(w: &str) -> bool {
    let w = w.trim_start_matches(['و', 'ف']);
    let w = w
        .strip_prefix('ب')
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(w);
    let w = w.strip_prefix("ال").unwrap_or(w);
    matches!(w, "ساحه" | "ميدان" | "شارع" | "دوار")
}

/// A word of where something stands by a landmark (`قرب`, `بجوار`, `محيط`, `مقابل`):
/// [`landmark_name`], [`landmark_post`].
fn beside(w: &str) -> bool {
    matches!(
        w,
        "قرب" | "بجوار" | "محيط" | "بمحيط" | "مقابل" | "قباله" | "جوار"
    )
}

/// A head noun of a post of the security forces (`بوابة`, `نقطة`, `حاجز`, `مركز`, `مقر`),
/// without its article: [`is_post`], [`landmark_post`].
fn post_noun(w: &str) -> bool {
    matches!(
        w.strip_prefix("ال").unwrap_or(w),
        "بوابه"
            | "بوابات"
            | "نقطه"
            | "نقاط"
            | "حاجز"
            | "مركز"
            | "مراكز"
            | "مقر"
            | "مقرا"
            | "مقرات"
    )
}

/// `القيادي الأمني السابق الذي انضم لقوات حفتر عام 2019`, `المنشق عن الجيش`: a side a person
/// joined, left or belongs to, told right before the name (`ل` glued to it, or `إلى`, `عن`), is
/// a description of the person, no side of the event.
fn joined_to(text: &str, sent_start: usize, at: usize) -> bool {
    let [p1, p2]: [&str; 2] = words_before(text, sent_start, at);
    let verb = |w: &str| {
        matches!(
            w.trim_start_matches(['و', 'ف']),
            "انضم"
                | "انضمت"
                | "انضموا"
                | "ينضم"
                | "المنضم"
                | "المنضمين"
                | "انشق"
                | "انشقوا"
                | "المنشق"
                | "المنشقين"
                | "ينتمي"
                | "المنتمي"
                | "المنتمين"
                | "ينتمون"
        )
    };
    // `انضم لقوات`: the `ل` is inside the word before the mention's start, or the mention
    // starts after a lone `ل`.
    let glued = text
        .get(at.saturating_sub(2)..at)
        .is_some_and(|g| g.ends_with('ل'));
    // (`انضم لقوات حفتر`: the person's forces, `ل` glued to their word.)
    (verb(p1) && glued)
        || ((matches!(p1, "الي" | "عن" | "ل" | "في") || forces_word(p1.trim_start_matches('ل')))
            && verb(p2))
}

/// `انفجرت سيارة قرب مركز شرطة`, `أمام نقطة تفتيش`: a post of the security forces told as
/// where something happened near, a landmark, no side.
fn landmark_post(text: &str, sent_start: usize, r: &Range<usize>) -> bool {
    let Some(first) = text.get(r.clone()).and_then(|p| p.split(' ').next()) else {
        return false;
    };
    if !post_noun(first) {
        return false;
    }
    let [p1, p2]: [&str; 2] = words_before(text, sent_start, r.start);
    let p1 = p1.trim_start_matches('و');
    beside(p1)
        || matches!(p1, "امام" | "خلف" | "بجانب")
        || (p1 == "من" && matches!(p2, "بالقرب" | "قريبا"))
}

/// `تعرض لهجومين مسلحين`, `عمليتين مسلحتين`: `مسلحين` agreeing with a dual noun right before
/// it is its adjective (armed), no gunmen.
fn armed_adjective(text: &str, sent_start: usize, r: &Range<usize>) -> bool {
    if !matches!(text.get(r.clone()), Some("مسلحين" | "مسلحتين")) {
        return false;
    }
    let [prev]: [&str; 1] = words_before(text, sent_start, r.start);
    let prev = prev.trim_start_matches(['و', 'ف', 'ب', 'ل']);
    let prev = prev.strip_prefix("ال").unwrap_or(prev);
    matches!(
        prev,
        "هجومين" | "اعتداءين" | "هجمتين" | "عمليتين" | "حادثين" | "حادثتين" | "اشتباكين"
    )
}

/// `السلطات المصرية`, `السلطات التونسية`: the authorities of a country named by its
/// adjective, which are no Libyan state forces (`السلطات الليبية`, `المحلية`, `الأمنية` are).
fn foreign_authorities(text: &str, r: &Range<usize>) -> bool {
    let Some(p) = text.get(r.clone()) else {
        return false;
    };
    if !p.ends_with("السلطات") {
        return false;
    }
    let next = text_ahead(text, r.end, r.end + 30);
    words(next).next().is_some_and(|w| {
        let w = &next[w];
        w.starts_with("ال")
            && w.ends_with("يه")
            && !matches!(
                w,
                "الليبيه"
                    | "المحليه"
                    | "الامنيه"
                    | "الرسميه"
                    | "المختصه"
                    | "القضاييه"
                    | "العسكريه"
            )
    })
}

/// True when `text[a..b]` holds at most one word, or up to three definite relational
/// adjectives (in `ي`/`ية`: `العشوائي المدفعي والصاروخي`): what may stand between an event
/// noun and the clause that describes it.
fn adjectives_only(unit: &UnitWords<'_>, text: &str, a: usize, b: usize) -> bool {
    let n = gap_in(unit, text, a, b);
    n <= 1
        || (n <= 3
            && text.get(a..b).is_some_and(|g| {
                words(g).all(|r| {
                    let w = &g[r];
                    w.strip_prefix('و').unwrap_or(w).starts_with("ال")
                        && (w.ends_with('ي') || w.ends_with("يه"))
                        && !CLAUSE_WORDS.contains(&w)
                })
            }))
}

/// `هجوم كبير لقوات حفتر`, `قصف عنيف لميليشيات`, `غارات جوية مكثفة للطيران`: one or two
/// indefinite adjectives between an attack noun and the `ل` of its genitive (the last word of
/// `text[a..b]`, fused with the forces word or alone before the name): the genitive is still
/// the one who attacked (definite after a definite noun: `الهجوم المباغت لقوات`). A
/// preposition, a noun or a clause word between is none.
fn adjectives_then_lam(unit: &UnitWords<'_>, text: &str, a: usize, b: usize) -> bool {
    let n = gap_in(unit, text, a, b);
    if !(2..=3).contains(&n) {
        return false;
    }
    let Some(g) = text.get(a..b) else {
        return false;
    };
    let ws: Vec<&str> = words(g).map(|r| &g[r]).collect();
    let Some((last, adjs)) = ws.split_last() else {
        return false;
    };
    lam_before_name(last)
        && adjs.iter().all(|w| {
            // A listed adjective, or a relational one (`جوي`, `مدفعي`, `صاروخية`): a noun
            // (`تجمعات للمسلحين`) names what was struck. Definite after a definite noun
            // (`الهجوم المباغت لقوات`).
            let a = w.strip_prefix("ال").unwrap_or(w);
            let relational = a.chars().count() >= 4
                && (a.ends_with('ي') || a.ends_with("يه") || a.ends_with("يا"));
            (in_list(ATTACK_ADJECTIVES, a) || relational)
                && a.chars().count() >= 3
                && !a.starts_with(['ب', 'ل', 'و', 'ف'])
                && !w
                    .chars()
                    .any(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c))
                && !CLAUSE_WORDS.contains(w)
                && !matches!(
                    *w,
                    "علي"
                        | "عن"
                        | "من"
                        | "في"
                        | "ضد"
                        | "الي"
                        | "بين"
                        | "مع"
                        | "قرب"
                        | "امام"
                        | "منذ"
                        | "عند"
                        | "حول"
                        | "نحو"
                        | "داخل"
                        | "خارج"
                        | "عبر"
                )
        })
}

/// Bytes after a trigger in which [`since_event_between`] looks for `منذ` (about a dozen words).
const SINCE_GAP: usize = 200;

/// `أول عملية اغتيال منذ سقوط نظام القذافي`: `منذ` and an earlier event between the trigger
/// (ending at `a`) and a candidate (starting at `b`): the candidate takes part in the event
/// the news is measured against, no role in the news.
fn since_event_between(text: &str, a: usize, b: usize) -> bool {
    // (`منذ` stands shortly after the trigger, `أول عملية اغتيال … منذ`: only the gap's first
    // `SINCE_GAP` bytes are read, a bound on long clauses with many candidates.)
    let mut end = b.min(a + SINCE_GAP);
    while end > a && !text.is_char_boundary(end) {
        end -= 1;
    }
    let Some(gap) = text.get(a..end) else {
        return false;
    };
    if !gap.contains("منذ") {
        return false;
    }
    // (A word the cut may have shortened, the gap's last when it was cut, is not read.)
    let cut = end < b;
    let mut ws = words(gap).peekable();
    while let Some(w) = ws.next() {
        if dates::bare(&gap[w]) == "منذ" {
            if let Some(next) = ws.peek().filter(|r| !(cut && r.end == gap.len())) {
                if dates::since_event_word(dates::bare(&gap[next.clone()])) {
                    return true;
                }
            }
        }
    }
    false
}

/// `شنه`, `شنتها`, `نفذه`, `نفذتها`, `ارتكبته`: a past verb of carrying out an attack with
/// its object, the attack, as a pronoun (normalized).
fn carried_out_it(w: &str) -> bool {
    let Some(stem) = ["ه", "ها"].iter().find_map(|p| w.strip_suffix(p)) else {
        return false;
    };
    let stem = stem
        .strip_suffix("ت")
        .or_else(|| stem.strip_suffix("و"))
        .unwrap_or(stem);
    matches!(stem, "شن" | "نفذ" | "ارتكب")
}

/// `text[from..end]` with `end` moved back to a char boundary (and kept within the text and
/// not before `from`): the few words read after a point; empty when `from` is no boundary.
pub(crate) fn text_ahead(text: &str, from: usize, end: usize) -> &str {
    let mut end = end.min(text.len()).max(from);
    while end > from && !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(from..end).unwrap_or("")
}

/// True when two words in a row among the first `n` words of `text` pass `f`.
pub(crate) fn any_pair(text: &str, n: usize, mut f: impl FnMut(&str, &str) -> bool) -> bool {
    let mut ws = words(text).take(n).map(|r| &text[r]);
    let Some(mut prev) = ws.next() else {
        return false;
    };
    ws.any(|w| f(std::mem::replace(&mut prev, w), w))
}

/// [`gap_words`] from the unit's word list (`unit`), as many instructions as a lookup.
fn gap_in(unit: &UnitWords<'_>, text: &str, a: usize, b: usize) -> usize {
    if b <= a {
        return 0;
    }
    unit.count(text, a, b, 4).unwrap_or(99)
}

/// Number of words in `text[a..b]`, counted up to four.
fn gap_words(text: &str, a: usize, b: usize) -> usize {
    if b <= a {
        return 0;
    }
    // Callers compare with at most 3: four words are as many as more.
    text.get(a..b)
        .map_or(99, |g| crate::words::count_words(g, 4))
}

/// What the document told up to the end of a sentence: its gazetteer mentions (for anaphors)
/// and the gazetteer (for a spokesman's affiliation).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Earlier<'a> {
    pub mentions: &'a [Mention],
    pub gaz: &'a Gazetteer,
}

/// The candidates, role words and sources of one sentence, computed once for its events.
#[derive(Debug, Default)]
pub(crate) struct SentenceActors<'a> {
    pub(crate) cands: Vec<At<'a>>,
    markers: Vec<(Range<usize>, RoleWord)>,
    is_source: Vec<bool>,
    /// Commenters: the subject of a verb of comment or accusation (`وصف رئيس المؤتمر نوري
    /// أبوسهمين الهجوم`, `حمّلت حكومة الوفاق قوات حفتر المسؤولية`): no side of the event.
    is_commenter: Vec<bool>,
    /// Victims: generic civilians, and the people a casualty phrase counts out of a group
    /// (`قتل 12 عنصرا من قوات X`, `مقتل ثلاثة من عناصر X`).
    is_victim: Vec<bool>,
    /// Victims named as the unnamed force of an officer (`قتل العقيد بقوات الأمن`).
    is_member: Vec<bool>,
    /// Unnamed armed men a toll counts (`قتل خمسة مسلحين`: a number right before them, a
    /// killed or wounded cue shortly before it): the target of a strike from the air or of
    /// shelling, which they cannot have carried out; in other kinds they may be the attackers.
    counted_dead: Vec<bool>,
    sources: Vec<String>,
    /// Ends of press-conference and seat words of the sentence (`مؤتمر`, `عقده`, `مقره`).
    told: Vec<usize>,
    /// Where the sentence starts.
    sent_start: usize,
    /// Candidates that are no side of any event (soldiers no toll counts).
    no_side: Vec<bool>,
    /// Counted out of a group (`سبعة من موظفي البعثة`, `3 من عناصر X`): a number and `من`
    /// right before the candidate.
    is_counted: Vec<bool>,
    /// For a person named as the head of forces (`قوات حفتر`, `ميليشيات الكاني`): the armed
    /// group the gazetteer affiliates the person with, the side that acts.
    forces_of: Vec<Option<&'a Entity>>,
    /// `الطرفين`, `الجانبين` (the two sides): where the word is, and the two armed groups told
    /// last before it in the document.
    pair: Option<(Range<usize>, &'a Mention, &'a Mention)>,
    /// The tables (numbers, for the people an arrest counts).
    tables: Option<&'a Tables>,
    /// Who claimed the attack (`أعلن تنظيم داعش مسؤوليته عنه`, `تبنى التنظيم الهجوم`).
    claimant: Option<usize>,
    /// The words of the sentence (from the events stage), for the words before a position.
    unit: UnitWords<'a>,
    /// The document's mentions up to the end of the sentence (for `الطرفان` as a subject).
    earlier: &'a [Mention],
    /// Per candidate, whether it only describes another one ([`SentenceActors::describes`]),
    /// found on first use by an event of the sentence: 0 not yet, 1 no, 2 yes.
    describes: Vec<Cell<u8>>,
    /// The sentence when its scan found no stem of the two sides (`الطرف`, …), else empty:
    /// a clause inside it has no word of [`BOTH_SIDES`].
    sides_free: Range<usize>,
}

impl<'a> SentenceActors<'a> {
    /// The actors of the sentence `sent` (normalized), with its gazetteer `mentions`.
    pub(crate) fn new(
        text: &'a str,
        sent: Range<usize>,
        mentions: &'a [Mention],
        t: &'a Tables,
        scan: &Scan,
        (cues, unit): (&[usize], &UnitWords<'a>),
        doc: Earlier<'a>,
    ) -> SentenceActors<'a> {
        let Earlier {
            mentions: earlier,
            gaz,
        } = doc;
        let mut out = SentenceActors {
            markers: scan.roles.clone(),
            told: scan.told.clone(),
            sent_start: sent.start,
            unit: unit.clone(),
            earlier,
            sides_free: if scan.pre & super::tables::pre::SIDES == 0
                && text.get(sent.clone()).is_some()
            {
                sent.clone()
            } else {
                0..0
            },
            ..SentenceActors::default()
        };
        candidates(text, sent.clone(), mentions, t, scan, &mut out.cands);
        out.pair = two_sides(text, &out.markers, earlier);
        out.tables = Some(t);
        // Anaphors (`التنظيم`, `القوات`) name the side told before: they are candidates when
        // an earlier named group answers to them, and no role word either way.
        if out.markers.iter().any(|(_, w)| *w == RoleWord::Anaphor) {
            for (r, _) in out.markers.iter().filter(|(_, w)| *w == RoleWord::Anaphor) {
                // A name wins; a generic reading of the same words (`الميليشيا`) gives way
                // to the group it refers to.
                let overlap = |a: &At<'_>| a.range.start < r.end && r.start < a.range.end;
                if out
                    .cands
                    .iter()
                    .any(|a| overlap(a) && matches!(a.cand, Cand::Named(_)))
                {
                    continue;
                }
                // `القوات الموالية لحكومة الوفاق`, `القوات التابعة للجيش`: the name that
                // follows says whose forces; no anaphor.
                let named_after = out.cands.iter().any(|a| {
                    matches!(a.cand, Cand::Named(_))
                        && a.range.start >= r.end
                        && gap_in(unit, text, r.end, a.range.start) <= 2
                });
                if named_after {
                    continue;
                }
                // `قال المتحدث باسم الجيش إن الوحدات …`: his own side's forces.
                if let Some(m) = spokesman_side(text, r, &out.markers, &out.cands, earlier, gaz) {
                    out.cands.retain(|a| !overlap(a));
                    out.cands.push(At {
                        range: r.clone(),
                        cand: Cand::Named(m),
                    });
                    continue;
                }
                if let Some(m) = antecedent(text, r, earlier, &out.markers) {
                    out.cands.retain(|a| !overlap(a));
                    out.cands.push(At {
                        range: r.clone(),
                        cand: Cand::Named(m),
                    });
                }
            }
            out.cands.sort_by_key(|a| a.range.start);
            out.markers.retain(|(_, w)| *w != RoleWord::Anaphor);
        }
        if out.cands.is_empty() {
            return out;
        }
        out.forces_of = out
            .cands
            .iter()
            .map(|c| {
                forces_of(text, sent.start, c, t, gaz).or_else(|| national_forces(text, c, gaz))
            })
            .collect();
        let cands = &out.cands;
        let markers = &out.markers;
        let mut is_source = vec![false; cands.len()];
        let mut is_commenter = vec![false; cands.len()];
        for (i, c) in cands.iter().enumerate() {
            // A comment verb at most 3 words before, no candidate between; a name right after
            // a commenter is the same commenter (`رئيس المؤتمر الوطني العام نوري أبوسهمين`).
            let prev_end = if i > 0 { cands[i - 1].range.end } else { 0 };
            let comment = markers.iter().rev().any(|(r, w)| {
                *w == RoleWord::Comment
                    && r.end <= c.range.start
                    && r.end >= prev_end
                    && gap_in(unit, text, r.end, c.range.start) <= 3
            });
            // The subject right before a verb of blame that carries its object pronoun
            // (`والوفاق تحمّله مسؤولية القصف`): the blamer, no side.
            let next_start = cands.get(i + 1).map_or(usize::MAX, |n| n.range.start);
            let comment = comment
                || markers.iter().any(|(r, w)| {
                    *w == RoleWord::Comment
                        && r.start >= c.range.end
                        && r.end <= next_start
                        && gap_in(unit, text, c.range.end, r.start) == 0
                        && text
                            .get(r.clone())
                            .is_some_and(|v| v.ends_with(['ه', 'ا', 'م']))
                });
            // Only a person continues the commenter: after `حمّلت حكومة الوفاق` the next name
            // is the accused (`قوات حفتر`).
            let person = matches!(c.cand, Cand::Named(m) if m.kind == EntityKind::Person);
            // So does the government a commenting ministry belongs to, glued by `ب` or tied
            // (`وحمّلت وزارة الصحة بحكومة الوفاق قوات الجيش المسؤولية`).
            let home = || {
                // (The ministry's mention may span its government: `وزارة الصحة بحكومة
                // الوفاق`, the government's own mention inside it.)
                let inside = c.range.start >= cands[i - 1].range.start
                    && c.range.end <= cands[i - 1].range.end;
                inside
                    || matches!(c.cand, Cand::Named(m) if m.kind == EntityKind::Organization)
                        && matches!(cands[i - 1].cand, Cand::Named(m) if m.kind == EntityKind::Organization)
                        && (text
                            .get(prev_end..c.range.start)
                            .is_some_and(|g| matches!(g.trim(), "ب" | "في" | "لدى"))
                            || linked_by_affiliation(unit, text, prev_end, c.range.start))
            };
            // A person named after one of the person's own office titles that follows a
            // comment verb (`أدان منسق الأمم المتحدة للشئون الإنسانية في ليبيا علي الزعتري
            // القصف`): the title and the name are one commenter, however long the title.
            let comment = comment
                || (person
                    && markers
                        .iter()
                        .any(|(r, w)| *w == RoleWord::Comment && r.end <= c.range.start)
                    && {
                        let before = text.get(..c.range.start).unwrap_or("").trim_end();
                        let titled_from = match c.cand {
                            Cand::Named(m) => gaz.entity(&m.id).and_then(|e| {
                                e.titles.iter().find_map(|t| {
                                    let t = crate::Normalizer::search().normalize(t).into_owned();
                                    (!t.is_empty() && before.ends_with(t.as_str()))
                                        .then(|| before.len() - t.len())
                                })
                            }),
                            _ => None,
                        };
                        titled_from.is_some_and(|from| {
                            markers.iter().any(|(r, w)| {
                                *w == RoleWord::Comment
                                    && r.end <= from
                                    && gap_in(unit, text, r.end, from) <= 3
                            })
                        })
                    });
            // (So does the next of a list joined by `و` alone: `بوساطة ورعاية قبائل الحساونة
            // والربائع والقذاذفة`, `أدان المجلس الرئاسي ومجلس النواب الهجوم`.)
            // (Items the gazetteer lacks may stand between, each with its `و`: `والربائع`.)
            let listed = || {
                text.get(prev_end..c.range.start).is_some_and(|g| {
                    let g = g.trim().trim_start_matches(['،', ',']).trim_start();
                    g.ends_with('و')
                        && !g.contains(['.', ':', '؛', ';', '(', ')'])
                        && words(g).take(5).count() <= 4
                        && words(g).all(|r| g[r].starts_with('و'))
                })
            };
            is_commenter[i] = comment
                || (i > 0
                    && is_commenter[i - 1]
                    && ((person && gap_in(unit, text, prev_end, c.range.start) == 0)
                        || home()
                        || listed()));
            match c.cand {
                Cand::Named(m) if m.category == "media" => {
                    is_source[i] = true;
                    continue;
                }
                // Unnamed actors report nothing the export could name.
                Cand::Generic(_) => continue,
                Cand::Named(_) => {}
            }
            // A reporter word at most 3 words before, no candidate or complement between;
            // before a person, a longer title too (`وأكد نائب رئيس الوزراء الليبي فلان`).
            let prev_end = if i > 0 { cands[i - 1].range.end } else { 0 };
            let marker = markers.iter().rev().find(|(r, _)| {
                r.end <= c.range.start
                    && r.end >= prev_end
                    && (gap_in(unit, text, r.end, c.range.start) <= 3
                        || (person && long_title(text, r.end, c.range.start)))
                    && !unit.within(text, r.end, c.range.start).any(|w| {
                        // (Nor a toll announced before it: `أعلن الناطق باسم القوات الخاصة
                        // مقتل محمود الورفلي`, the victim.)
                        matches!(
                            &text[w],
                            "ان" | "بان"
                                | "وان"
                                | "مقتل"
                                | "اصابه"
                                | "سقوط"
                                | "وفاه"
                                | "مصرع"
                        )
                    })
            });
            match marker {
                // `عن` reports only after a verb of reporting (`نقلت الوكالة عن مصدر`); alone it
                // is any preposition (`أُفرج عن علي زيدان`).
                Some((r, RoleWord::Reporter))
                    if matches!(text.get(r.clone()), Some("عن" | "وعن"))
                        && !markers.iter().any(|(q, w)| {
                            *w == RoleWord::Reporter
                                && q.end <= r.start
                                && r.start - q.end <= 80
                                && !matches!(text.get(q.clone()), Some("عن" | "وعن"))
                        }) => {}
                Some((_, RoleWord::Reporter)) => is_source[i] = true,
                Some((_, RoleWord::Announcer)) => {
                    // Reported only when a complement follows: `أعلنت X أن/عن …`, a toll
                    // (`أعلن X ارتفاع حصيلة …`, `أعلنت X مقتل ثلاثة من عناصرها`), or an
                    // abduction or an assassination that befell others (`أعلنت وزارة الخارجية
                    // الإيطالية أمس الاثنين خطف إيطاليين`: no one announces their own).
                    let next: [&str; 6] = unit.after(text, c.range.end, sent.end);
                    is_source[i] = next.iter().take_while(|w| !w.is_empty()).any(|&w| {
                        SAYER_PRONOUNS.contains(&w)
                            || matches!(
                                w,
                                "ان" | "بان"
                                    | "عن"
                                    | "ارتفاع"
                                    | "حصيله"
                                    | "مقتل"
                                    | "اصابه"
                                    | "سقوط"
                                    | "وفاه"
                                    | "خطف"
                                    | "اختطاف"
                                    | "اغتيال"
                            )
                    });
                }
                _ => {}
            }
            // A name right after a source is the same source (`المتحدث باسم الجيش أحمد المسماري`),
            // a rank between too (`المتحدث باسم الجيش العقيد أحمد المسماري`, roles19).
            // (Not a body right after the person: `اتهم المتحدث باسم الجيش أحمد المسماري قوات
            // الوفاق بشن هجوم`, the accused.)
            let person_then_body = matches!(cands[i.saturating_sub(1)].cand, Cand::Named(m) if m.kind == EntityKind::Person)
                && matches!(c.cand, Cand::Named(m) if m.kind != EntityKind::Person);
            if !is_source[i]
                && i > 0
                && is_source[i - 1]
                && !person_then_body
                && (gap_in(unit, text, prev_end, c.range.start) == 0
                    || (matches!(c.cand, Cand::Named(m) if m.kind == EntityKind::Person)
                        && text.get(prev_end..c.range.start).is_some_and(|g| {
                            !g.contains(['،', ',', '.']) && words(g).count() <= 2 && ranks_only(g)
                        })))
            {
                is_source[i] = true;
            }
            // `أعلن المتحدث باسم القوات الخاصة التابعة لخليفة حفتر مقتل …`: the side a source's
            // body belongs to, named right after it with `التابعة ل`, ends the same title.
            // (The body may be no name the gazetteer knows, `باسم القوات الخاصة التابعة ل`: the
            // reporter's word, up to four words, then the tie.)
            // (The gap ends with the tie, a whole word, and its `ل`: tested first, with no
            // allocation, before the words are counted.)
            let tied = |g: &str| {
                let g = g.trim().trim_end_matches('ل').trim_end();
                ["التابعه", "التابع", "المواليه", "الموالي"]
                    .iter()
                    .any(|t| {
                        g.strip_suffix(t)
                            .is_some_and(|r| r.is_empty() || r.ends_with(' '))
                    })
            };
            if !is_source[i]
                && ((i > 0
                    && is_source[i - 1]
                    && text
                        .get(prev_end..c.range.start)
                        .is_some_and(|g| tied(g) && words(g).count() <= 2))
                    || markers.iter().any(|(r, w)| {
                        *w == RoleWord::Reporter
                            && r.end <= c.range.start
                            && r.start >= sent.start
                            && text.get(r.end..c.range.start).is_some_and(|g| {
                                tied(g) && !g.contains(['،', ',', '.']) && words(g).count() <= 6
                            })
                    }))
            {
                is_source[i] = true;
            }
            // `أكد رئيس المجلس الرئاسي لحكومة الوفاق، فايز السراج، …`: a person's name set off
            // by a comma right after the source's title (the body of the title, `لحكومة
            // الوفاق`, ending it) is the same source.
            if !is_source[i]
                && i > 0
                && matches!(c.cand, Cand::Named(m) if m.kind == EntityKind::Person)
                && text
                    .get(prev_end..c.range.start)
                    .is_some_and(|g| matches!(g.trim(), "،" | ","))
                && (is_source[i - 1]
                    || (i > 1
                        && is_source[i - 2]
                        && text
                            .get(cands[i - 2].range.end..cands[i - 1].range.start)
                            .is_some_and(|g| matches!(g.trim(), "" | "ل" | "في" | "ب"))))
            {
                is_source[i] = true;
            }
            // `الناطق باسم القوات الخاصة "الصاعقة" في الجيش الليبي ميلود الزوي`: the person
            // right after the body the source belongs to (`في`, `ب`, `ل`) ends the same title,
            // and the body is part of it: neither is a side.
            if !is_source[i]
                && i > 1
                && is_source[i - 2]
                && matches!(c.cand, Cand::Named(m) if m.kind == EntityKind::Person)
                && matches!(cands[i - 1].cand, Cand::Named(m) if m.kind == EntityKind::Organization)
                && gap_in(unit, text, prev_end, c.range.start) == 0
                && text
                    .get(cands[i - 2].range.end..cands[i - 1].range.start)
                    .is_some_and(|g| {
                        matches!(
                            g.trim_matches(|ch: char| {
                                ch.is_whitespace() || crate::compact::is_quote_char(ch)
                            }),
                            "في" | "ب" | "ل" | ""
                        )
                    })
            {
                is_source[i - 1] = true;
                is_source[i] = true;
            }
            // The rank itself may be read as a title of its own (`العقيد` for Gaddafi): a rank
            // between a source and a person right after it is the spokesman's, like the name.
            if !is_source[i]
                && i > 1
                && is_source[i - 2]
                && matches!(c.cand, Cand::Named(m) if m.kind == EntityKind::Person)
                && gap_in(unit, text, prev_end, c.range.start) == 0
                && gap_in(unit, text, cands[i - 2].range.end, cands[i - 1].range.start) == 0
                && text
                    .get(cands[i - 1].range.clone())
                    .is_some_and(|w| words(w).count() == 1 && ranks_only(w))
            {
                is_source[i - 1] = true;
                is_source[i] = true;
            }
        }
        let mut sources: Vec<String> = Vec::new();
        for (i, c) in cands.iter().enumerate() {
            if let (true, Cand::Named(m)) = (is_source[i], &c.cand) {
                // An anaphor (its range is not its mention's) names no source: `باسم الجيش
                // أحمد المسماري` is the spokesman's report.
                if m.norm != c.range {
                    continue;
                }
                if !sources.contains(&m.id) {
                    sources.push(m.id.clone());
                }
            }
        }
        // No word of surviving can stand before a candidate of a sentence without `نج`.
        let surviving = text.get(sent.clone()).is_none_or(|s| s.contains("نج"));
        let mut is_victim = vec![false; cands.len()];
        let mut is_member = vec![false; cands.len()];
        let mut counted_dead = vec![false; cands.len()];
        let mut is_soldier = vec![false; cands.len()];
        for (i, c) in cands.iter().enumerate() {
            if matches!(&c.cand, Cand::Generic(g) if g.generic == super::Generic::Civilians) {
                is_victim[i] = true;
                continue;
            }
            // `نجا اللواء خليفة حفتر من محاولة اغتيال`: who survived was the target.
            if (surviving || c.range.start > sent.end) && survivor(text, sent.start, &c.range) {
                is_victim[i] = true;
                continue;
            }
            // Soldiers (`جنود`, `ضابط`): victims when a toll counts them (`مقتل جنديين`,
            // `إصابة ثلاثة جنود`: a killed or wounded cue, or a number, right before them);
            // else no side at all.
            let soldiers = matches!(&c.cand, Cand::Generic(g) if g.generic == super::Generic::StateForces)
                && text.get(c.range.clone()).is_some_and(|w| {
                    let w = w.trim_start_matches(['و', 'ف', 'ب', 'ل']);
                    w.starts_with("جند")
                        || w.starts_with("ضابط")
                        || w.starts_with("ضباط")
                        || w.starts_with("شرطي")
                        || w.starts_with("عسكري")
                        // (rec37: `قتل عقيد في الجيش`, a rank with no name.)
                        || w == "عقيد"
                        // One member of the security forces (roles27: `عنصرا أمنيا`, `رجل
                        // أمن`), not the plurals of a side (`عناصر الأمن`, `رجال الأمن`).
                        || w.starts_with("عنصر")
                        || w.starts_with("رجل")
                });
            is_soldier[i] = soldiers;
            // `قتل ثلاثة جنود`: the broken plural is counted like the others (below), but
            // uncounted it stays a side (`اشتبك جنود مع مسلحين`); so are guards (`3 موظفين و4
            // حراس أمن قتلوا في الهجوم`; `حراس أطلقوا النار` stays a side).
            let counted_plural = !soldiers
                && matches!(&c.cand, Cand::Generic(g) if g.generic == super::Generic::StateForces)
                && text.get(c.range.clone()).is_some_and(|w| {
                    let w = w.trim_start_matches(['و', 'ف', 'ب', 'ل']);
                    w.starts_with("جنود") || w.starts_with("حراس")
                });
            // `من` among the three words before it (`12 عنصرا من قوات X`, `و12 من عناصر
            // الأمن`), and a killed/injured cue shortly before (about 12 words); the cheap
            // test first.
            use super::tables::cas;
            if scan.pre & super::tables::pre::CASUALTY == 0 {
                continue;
            }
            // `قتل العقيد بقوات الأمن`, `مقتل ضابط في الجيش`: unnamed forces right after an
            // officer (a rank, `ضابط`) and `ب`/`في` are the force of the person killed: the
            // side acted on, in a sentence that counts the dead or wounded.
            if member_of_forces(text, sent.start, c) {
                is_victim[i] = true;
                is_member[i] = true;
                continue;
            }
            // `قتل الداعشي أبو نبيل الأنباري في غارة`: a person right after a killed or
            // wounded cue (a title word between at most) is its victim.
            if matches!(&c.cand, Cand::Named(m) if m.kind == EntityKind::Person) {
                let k = cues.partition_point(|&e| e <= c.range.start);
                if k > 0 && gap_in(unit, text, cues[k - 1], c.range.start) <= 1 {
                    is_victim[i] = true;
                    continue;
                }
                // `قتل سفير الولايات المتحدة في ليبيا كريستوفر ستيفنز`: a title phrase (at
                // most six words, opened by a title) between the cue and the person.
                let titled = k > 0 && text.get(cues[k - 1]..c.range.start).is_some() && {
                    let ws: [&str; 7] = unit.after(text, cues[k - 1], c.range.start);
                    let ws = &ws[..ws.iter().take_while(|w| !w.is_empty()).count()];
                    ws.len() <= 6
                        && ws.first().is_some_and(|w| {
                            let w = w.trim_start_matches(['و', 'ف']);
                            in_list(GENITIVE_TITLES, w) || matches!(w, "سفير" | "السفير")
                        })
                };
                if titled {
                    is_victim[i] = true;
                    continue;
                }
            }
            let mut from = c.range.start.saturating_sub(48).max(sent.start);
            while from < c.range.start && !text.is_char_boundary(from) {
                from += 1;
            }
            // The last three words of `text[from..c.range.start]`, nearest first.
            let last3 = unit.before::<3>(text, from, c.range.start);
            // (A count after `و` is one too: `3 موظفين و4 حراس`.)
            let counted = |w: &str| t.is_count(w.strip_prefix('و').unwrap_or(w));
            if soldiers || counted_plural {
                let prev = last3[0];
                let at = c.range.start;
                let k = cues.partition_point(|&e| e <= at);
                // `لقي شرطيان مصرعهما`, `لقي شرطيان وثلاثة مسلحين مصرعهم`: the word of what
                // befell them within the next four words, no preposition between.
                if counted(prev)
                    || (soldiers && k > 0 && at - cues[k - 1] <= 24)
                    || (soldiers
                        && befell_after::<4>(unit, t, text, &c.range, (100, sent.end), true))
                {
                    is_victim[i] = true;
                    continue;
                }
            }
            let armed = matches!(&c.cand, Cand::Generic(g) if matches!(
                g.generic,
                super::Generic::UnidentifiedArmedGroup | super::Generic::Militia
            ));
            if armed {
                let prev = last3[0];
                let at = c.range.start;
                let k = cues.partition_point(|&e| e <= at);
                counted_dead[i] = counted(prev) && k > 0 && at - cues[k - 1] <= 40;
            }
            // (Over a rank and its `المتقاعد` before the named commander of the forces: `9
            // جنود من قوات اللواء المتقاعد خليفة حفتر`.)
            let of_ranked = || {
                let mut from = c.range.start.saturating_sub(96).max(sent.start);
                while from < c.range.start && !text.is_char_boundary(from) {
                    from += 1;
                }
                let last6 = unit.before::<6>(text, from, c.range.start);
                // (A rank of [`is_rank`], and the `أول` and `الركن` of `فريق أول`, `لواء ركن`.)
                let rank = |w: &str| is_rank(w) || matches!(w, "اول" | "الركن");
                let skipped = last6.iter().take_while(|w| rank(w)).count();
                skipped > 0 && last6[skipped..].iter().take(3).any(|w| *w == "من")
            };
            if !last3.contains(&"من") && !of_ranked() {
                continue;
            }
            // A killed or wounded cue before it (a phrase, or one word of the table),
            // within about twelve words.
            let phrase = scan.casualty.iter().any(|(r, b)| {
                b & (cas::KILLED_CUE | cas::INJURED_CUE) != 0
                    && r.end <= c.range.start
                    && c.range.start - r.end <= 160
            });
            let word = || {
                let at = c.range.start;
                let k = cues.partition_point(|&e| e <= at);
                k > 0 && at - cues[k - 1] <= 160
            };
            // `لقي خمسة من عناصر الشرطة حتفهم`: the word of what befell them right after
            // the group (one word between at most).
            is_victim[i] = phrase
                || word()
                || befell_after::<2>(unit, t, text, &c.range, (60, sent.end), false);
        }
        let is_counted = cands
            .iter()
            .map(|c| {
                let mut from = c.range.start.saturating_sub(60).max(sent.start);
                while from < c.range.start && !text.is_char_boundary(from) {
                    from += 1;
                }
                // The last three words of `text[from..c.range.start]`, nearest first.
                let [w1, w2, w3] = unit.before::<3>(text, from, c.range.start);
                // `سبعة من موظفي X`, `سبعة من X`: a number, `من`, at most one noun.
                (w1 == "من" && t.is_count(w2)) || (w2 == "من" && t.is_count(w3))
            })
            .collect();
        out.is_counted = is_counted;
        // A claim: a named group with `مسؤوليته`/`مسؤولية` right after it (or after one
        // adjective of it), or right after `تبنى`. A blamed side (`حمّلت X قوات حفتر مسؤولية
        // الهجوم`) is the accused the commenter's rule codes the same way.
        out.claimant = cands.iter().enumerate().position(|(i, c)| {
            let Cand::Named(m) = c.cand else {
                return false;
            };
            if m.kind != EntityKind::Organization || is_commenter[i] {
                return false;
            }
            let after = text_ahead(text, c.range.end, (c.range.end + 80).min(sent.end));
            // (`أعلن تنظيم داعش الإرهابي مسؤوليته`: one adjective between; `أعلن تنظيم داعش،
            // عصر اليوم الأحد، مسؤوليته`: the time in an aside, after the adjective too: `أعلن
            // داعش الإرهابي، الأحد، مسؤوليته`; `وداعش يتبنى`: the verb after the name.)
            let mut ws = words(after)
                .map(|w| &after[w])
                .take(6)
                .filter(|w| !(super::dates::time_word(w) || super::dates::weekday_of(w).is_some()));
            let claim_after = match (ws.next(), ws.next()) {
                (Some(a), _) if a.starts_with("مسوولي") => true,
                (Some("يتبني" | "تتبني"), _) => true,
                (Some(a), Some(b)) => a.starts_with("ال") && b.starts_with("مسوولي"),
                _ => false,
            };
            let [prev] = unit.before::<1>(text, sent.start, c.range.start);
            claim_after || matches!(prev.trim_start_matches(['و', 'ف']), "تبني" | "تبنت")
        });
        // Soldiers no toll counts (`اغتيال ضابط`, `جنود` of a sentence's aside) are no side.
        out.no_side = is_soldier
            .iter()
            .zip(&is_victim)
            .map(|(&s, &v)| s && !v)
            .collect();
        out.is_source = is_source;
        out.is_commenter = is_commenter;
        out.is_victim = is_victim;
        out.is_member = is_member;
        out.counted_dead = counted_dead;
        out.sources = sources;
        out.describes = vec![Cell::new(0); out.cands.len()];
        out
    }
}

impl SentenceActors<'_> {
    /// True when candidate `i` only describes another candidate of the sentence (the unit in
    /// a person's title, that unit's affiliation, the commander of the side before it): it
    /// depends on the sentence alone, so it is found once for all its events.
    fn describes(&self, text: &str, i: usize) -> bool {
        let cands = &self.cands;
        let compute = || {
            title_of_person(&self.unit, text, cands, i)
                || affiliation_in_title(&self.unit, text, cands, i)
                || commander_of_previous(&self.unit, text, cands, i)
                || post_of_next(&self.unit, text, cands, i)
                || named_in_apposition(&self.unit, text, cands, i)
                || title_aside_body(&self.unit, text, cands, i)
                // `اغتيال ضابط بالصاعقة`: the named force an officer serves in says who he
                // is, no side.
                || (matches!(cands[i].cand, Cand::Named(_))
                    && member_of_forces(text, self.sent_start, &cands[i]))
        };
        memo(self.describes.get(i), compute)
    }

    /// True when a role word of the event's sides (an agent, a target, `بين`) stands in the
    /// first six words of the relative clause `rel` (`الذي شنه X`, `التي اندلعت أمس بين`,
    /// `الذي استهدف`): the clause tells who acted in the event it describes.
    pub(crate) fn sides_in_relative(&self, text: &str, rel: &Range<usize>) -> bool {
        let from = self.markers.partition_point(|(r, _)| r.start < rel.start);
        self.markers[from..]
            .iter()
            .take_while(|(r, _)| r.end <= rel.end)
            .any(|(r, w)| {
                matches!(w, RoleWord::Agent | RoleWord::Target | RoleWord::Between)
                    && text
                        .get(rel.start..r.start)
                        .is_some_and(|g| words(g).take(6).count() <= 5)
            })
    }

    /// True when a `بين` of the two sides stands in `r`.
    pub(crate) fn between_in(&self, r: &Range<usize>) -> bool {
        self.markers
            .iter()
            .any(|(m, w)| *w == RoleWord::Between && m.start >= r.start && m.end <= r.end)
    }

    /// True when a press-conference or seat word (`في مؤتمر صحفي عقده في بنغازي`) ends at most
    /// about three words before byte `at`.
    pub(crate) fn told_before(&self, at: usize) -> bool {
        self.told.iter().any(|&e| e <= at && at - e <= 40)
    }

    /// True when a reporter or announcer word ends at most one word before byte `at`, with
    /// no `أن` between (`وفق ما أعلن مركز سبها الطبي`, `بحسب مستشفى الجلاء`).
    /// `تم اختطافهم بالقرب من الخمس، 150 كلم شرق طرابلس، وذلك من قبل مسلحين`: the agent of
    /// a passive told further on in the sentence (`من قبل`, `على يد`, after the clause's end),
    /// in `from..to` (up to the next trigger), with its name at most two words after it.
    pub(crate) fn agent_after(
        &self,
        text: &str,
        gaz: &Gazetteer,
        from: usize,
        to: usize,
    ) -> Option<Actor> {
        let k = self.markers.partition_point(|(r, _)| r.start < from);
        let (r, _) = self.markers[k..]
            .iter()
            .take_while(|(r, _)| r.end <= to)
            .find(|(r, w)| {
                *w == RoleWord::Agent
                    && text.get(r.clone()).is_some_and(|m| {
                        let m = m.trim_start_matches(['و', 'ف']);
                        m.starts_with("من قبل")
                            || m.starts_with("علي يد")
                            || m.starts_with("علي ايدي")
                    })
            })?;
        let j = self.cands.iter().position(|c| c.range.start >= r.end)?;
        let c = &self.cands[j];
        let near = c.range.end <= to
            && (gap_in(&self.unit, text, r.end, c.range.start) <= 2
                || linked_by_affiliation(&self.unit, text, r.end, c.range.start));
        let side = !self.is_source[j]
            && !self.is_commenter.get(j).copied().unwrap_or(false)
            && !self.is_victim.get(j).copied().unwrap_or(false);
        (near && side).then(|| match self.forces_of.get(j).copied().flatten() {
            Some(group) => entity_actor(group),
            None => actor_of(&c.cand, gaz),
        })
    }

    /// True when a place at byte `at` belongs to the one who reports: a reporter word (not
    /// `عن`) ends at most four words before it with no `أن` between, and `أن`/`إن` follows
    /// within five words (`وقال مسؤول في مستشفى الجلاء إن المعارك …`, `أفاد مصدر أمني في
    /// المدينة بأن …`): the place says where the reporter is, not where it happened.
    pub(crate) fn inside_reporter(&self, text: &str, at: usize) -> bool {
        let k = self.markers.partition_point(|(r, _)| r.end <= at);
        let Some((r, _)) = self.markers[..k].iter().rev().find(|(r, w)| {
            matches!(w, RoleWord::Reporter | RoleWord::Announcer)
                && !matches!(text.get(r.clone()), Some("عن" | "وعن"))
        }) else {
            return false;
        };
        if at - r.end > 80 || r.start < self.sent_start {
            return false;
        }
        let that = |w: &str| matches!(w, "ان" | "بان" | "وان") || SAYER_PRONOUNS.contains(&w);
        let between = text.get(r.end..at).unwrap_or("");
        let mut n = 0;
        for w in words(between) {
            if that(&between[w]) {
                return false;
            }
            n += 1;
        }
        if n > 4 {
            return false;
        }
        let after = text_ahead(text, at, (at + 90).min(text.len()));
        for w in words(after).take(5) {
            let w = &after[w];
            if that(w) {
                return true;
            }
        }
        false
    }

    pub(crate) fn reporter_before(&self, text: &str, at: usize) -> bool {
        self.markers
            .iter()
            .rev()
            .find(|(r, _)| r.end <= at)
            .is_some_and(|(r, w)| {
                matches!(w, RoleWord::Reporter | RoleWord::Announcer)
                    // `عن` reports only after a verb of saying (`نقلا عن`): alone it is any
                    // preposition (`الدفاع عن بنغازي`).
                    && !matches!(text.get(r.clone()), Some("عن" | "وعن"))
                    && at - r.end <= 40
                    && text.get(r.end..at).is_some_and(|g| {
                        let mut n = 0;
                        for w in words(g) {
                            match &g[w] {
                                "ان" | "بان" | "وان" => return false,
                                // (The `ب` glued to the place, `وفق مصدر بمركز طرابلس الطبي`,
                                // is no word of its own.)
                                "ب" => {}
                                _ => n += 1,
                            }
                        }
                        n <= 1
                    })
            })
    }
}

/// `الطرفين`/`الجانبين` in the sentence, and the two distinct armed groups mentioned last
/// before it (among the 400 mentions before it): `تجددت المعارك بين الطرفين` after a sentence
/// naming both.
fn two_sides<'a>(
    text: &str,
    markers: &[(Range<usize>, RoleWord)],
    earlier: &'a [Mention],
) -> Option<(Range<usize>, &'a Mention, &'a Mention)> {
    // Right after a `بين` of the sentence's scan: no search of the sentence.
    let at = markers
        .iter()
        .filter(|(_, w)| *w == RoleWord::Between)
        .find_map(|(r, _)| {
            let mut e = (r.end + 24).min(text.len());
            while e > r.end && !text.is_char_boundary(e) {
                e -= 1;
            }
            let after = text.get(r.end..e)?;
            let lead = after.len() - after.trim_start().len();
            ["الطرفين", "الجانبين"]
                .iter()
                .find(|w| after.trim_start().starts_with(**w))
                .map(|w| r.end + lead..r.end + lead + w.len())
        })?;
    let (second, first) = last_two_groups(earlier, at.start)?;
    Some((at, second, first))
}

/// The two distinct armed groups mentioned last before byte `at` (among the 400 mentions
/// before it), the earlier one first.
fn last_two_groups(earlier: &[Mention], at: usize) -> Option<(&Mention, &Mention)> {
    let mut groups = earlier
        .iter()
        .rev()
        .skip_while(|m| m.norm.end > at)
        .take(400)
        .filter(|m| m.category == "armed_group");
    let first = groups.next()?;
    let second = groups.find(|m| m.id != first.id)?;
    Some((second, first))
}

/// Words naming the two sides told before as a subject or object of the clause (normalized):
/// `ويخوض الطرفان معارك`, `فإن الأطراف المتصارعة توصلت إلى اتفاق`.
// Kept in code: two-word phrases, matched by a byte pre-check that assumes `ال` + ط/ج/ا.
const BOTH_SIDES: [&str; 8] = [
    "الطرفان",
    "الطرفين",
    "الجانبان",
    "الجانبين",
    "الاطراف المتصارعه",
    "الاطراف المتحاربه",
    "الاطراف المتقاتله",
    "الاطراف المسلحه",
];

/// Where a word of [`BOTH_SIDES`] starts in `clause` (a whole word, with `و`/`ب`/`ل` before
/// it at most), if one does.
fn both_sides_in(unit: &UnitWords<'_>, text: &str, clause: &Range<usize>) -> Option<usize> {
    let c = text.get(clause.clone())?;
    if !c.contains("الطرف") && !c.contains("الجانب") && !c.contains("الاطراف") {
        return None;
    }
    // The clause's words from the sentence's list (as `words(c)` finds them).
    let from = clause.start;
    let mut ws = unit
        .within(text, from, clause.end)
        .map(|r| r.start - from..r.end - from);
    ws.find_map(|r| {
        let w = c[r.clone()].trim_start_matches(['و', 'ب', 'ل', 'ف']);
        // Each word of the two sides is `ال` and `ط`, `ج` or `ا`: a look at the first bytes
        // passes over the others.
        if !matches!(
            w.as_bytes(),
            [0xD8, 0xA7, 0xD9, 0x84, 0xD8, 0xB7 | 0xAC | 0xA7, ..]
        ) {
            return None;
        }
        let rest = c.get(r.end - w.len()..)?;
        BOTH_SIDES
            .iter()
            .any(|b| {
                rest.starts_with(b)
                    && rest[b.len()..]
                        .chars()
                        .next()
                        .is_none_or(|ch| !ch.is_alphanumeric())
            })
            .then_some(clause.start + r.start)
    })
}

/// `بين الطرفين` in the clause of a clash or talks: the two groups told before fill the sides
/// the clause leaves empty.
fn two_sides_fill(
    text: &str,
    out: &mut Roles,
    sa: &SentenceActors<'_>,
    kind: EventKind,
    gaz: &Gazetteer,
    clause: &Range<usize>,
) {
    if !bilateral_kind(kind) || (out.actor1.is_some() && out.actor2.is_some()) {
        return;
    }
    let pair = sa
        .pair
        .as_ref()
        .filter(|p| p.0.start >= clause.start && p.0.end <= clause.end)
        .map(|p| (p.1, p.2))
        .or_else(|| {
            // `ويخوض الطرفان معارك`, `الأطراف المتصارعة توصلت إلى اتفاق` with no `بين`.
            let free = &sa.sides_free;
            if !free.is_empty() && clause.start >= free.start && clause.end <= free.end {
                return None;
            }
            let at = both_sides_in(&sa.unit, text, clause)?;
            last_two_groups(sa.earlier, at)
        });
    let Some((x, y)) = pair else {
        return;
    };
    let (x, y) = (
        actor_of(&Cand::Named(x), gaz),
        actor_of(&Cand::Named(y), gaz),
    );
    match (&out.actor1, &out.actor2) {
        (None, None) => {
            out.actor1 = Some(x);
            out.actor2 = Some(y);
        }
        (Some(a), None) => out.actor2 = Some(if same(a, &x) { y } else { x }),
        (None, Some(b)) => out.actor1 = Some(if same(b, &x) { y } else { x }),
        _ => {}
    }
}

/// The armed group of a person named right after a word of the person's forces (`قوات حفتر`,
/// `لقوات حفتر`): the first affiliation of the person that is an armed group.
fn forces_of<'g>(
    text: &str,
    sent_start: usize,
    c: &At<'_>,
    t: &Tables,
    gaz: &'g Gazetteer,
) -> Option<&'g Entity> {
    let Cand::Named(m) = c.cand else {
        return None;
    };
    if m.kind != EntityKind::Person {
        return None;
    }
    // A bounded look back (about six words): long sentences stay linear.
    let mut from = c.range.start.saturating_sub(90).max(sent_start);
    while from < c.range.start && !text.is_char_boundary(from) {
        from += 1;
    }
    // Over a quotation mark around the name (`قوات "حفتر"`), and over the comma that sets the
    // name off after its title (`موالية للقائد العسكري المنشق، خليفة حفتر،`).
    let mut before = text.get(from..c.range.start)?.trim_end_matches(|ch: char| {
        ch.is_whitespace() || matches!(ch, '،' | ',') || QUOTE_PAIRS.iter().any(|q| q.0 == ch)
    });
    // `القوات الموالية لحفتر`: the name's `ل` is the tie's preposition, not a word; the
    // tie then counts only after a word of forces (`مجموعة مسلحة تابعة لمختار بلمختار` is
    // a group of its own, not the affiliation the gazetteer gives the person).
    let lam = before.ends_with(" ل") || before == "ل";
    if lam {
        before = before[..before.len() - 'ل'.len_utf8()].trim_end();
    }
    let mut word = before.rsplit(' ').next()?;
    // Over the person's ranks (`قوات المشير خليفة حفتر`, `موالية للواء المتقاعد حفتر`,
    // `لمليشيا الجنرال الانقلابي حفتر`: an adjective of the rank after it; two of them,
    // `للقائد العسكري المنشق`).
    let adjective = |w: &str| {
        rank_adjective(w) || matches!(w.trim_start_matches(['و', 'ف']), "المنشق" | "السابق")
    };
    for _ in 0..3 {
        let rest = before[..before.len() - word.len()].trim_end();
        let prev = rest.rsplit(' ').next().unwrap_or("");
        if !(is_rank(word) || (adjective(word) && (is_rank(prev) || adjective(prev)))) {
            break;
        }
        before = rest;
        word = prev;
    }
    let bare = ["و", "ف", "ل", "ب"].iter().find_map(|p| {
        word.strip_prefix(p)
            .filter(|w| t.forces.iter().any(|f| f == w))
    });
    // `قوات موالية لـ`, `مسلحين تابعين لـ`: forces of the person that follows.
    let forces_before = || {
        let rest = before[..before.len() - word.len()].trim_end();
        let prev = rest.rsplit(' ').next().unwrap_or("");
        let prev = prev.trim_start_matches(['و', 'ف']);
        let bare = prev.strip_prefix("ال").unwrap_or(prev);
        t.forces.iter().any(|f| f == prev || f == bare)
    };
    let tied = (!lam || forces_before())
        && (matches!(
            word.trim_start_matches(['و', 'ف']),
            "مواليه"
                | "المواليه"
                | "موالين"
                | "الموالين"
                | "تابعه"
                | "التابعه"
                | "تابعين"
                | "التابعين"
                | "موالون"
                | "تابعون"
                | "الموالون"
                | "التابعون"
        ) || in_list(TIE, word.trim_start_matches(['و', 'ف']))
            || belongs_verb(word));
    if !t.forces.iter().any(|f| f == word) && bare.is_none() && !tied {
        return None;
    }
    gaz.entity(&m.id)?
        .affiliation
        .iter()
        .filter_map(|a| gaz.entity(a))
        .find(|e| e.category == "armed_group")
}

/// `طائرات حربية مصرية`, `مسيرة تركية`, `قوات إماراتية`, `طيران إماراتي`: foreign forces named by their
/// country's adjective (the last word of an external-forces phrase) act for that country: the
/// gazetteer's country whose name, without its article and its final `يا`/`ا`, is the
/// adjective's stem (ACLED's `Military Forces of <country>`, inter 8).
fn national_forces<'g>(text: &str, c: &At<'_>, gaz: &'g Gazetteer) -> Option<&'g Entity> {
    let Cand::Generic(g) = c.cand else {
        return None;
    };
    if g.generic != super::Generic::ExternalForces {
        return None;
    }
    let phrase = text.get(c.range.clone())?;
    let last = phrase.rsplit(' ').next()?;
    // Feminine after `طائرات`, `قوات`; masculine after `طيران` (`طيران إماراتي`).
    if !(last.ends_with("يه") || last.ends_with('ي')) {
        return None;
    }
    gaz.adjective_country(last)
}

/// `القصف الجوي الروسي`, `غارات أمريكية`, `القصف التركي`: an attack named with a foreign
/// state's adjective right after its trigger (past one word of its means, `الجوي`,
/// `المدفعي`) was that state's forces' (ACLED's `Military Forces of <country>`): the country,
/// as [`national_forces`] gives it. The adjective agrees with the trigger: with the article
/// after a definite trigger, without after an indefinite one.
fn attack_nationality<'g>(
    text: &str,
    trig: &Range<usize>,
    clause_end: usize,
    gaz: &'g Gazetteer,
) -> Option<&'g Entity> {
    let after = text.get(trig.end..clause_end.max(trig.end))?;
    let mut ws = words(after).map(|r| &after[r]).take(2);
    let mut w = ws.next()?;
    let means = |w: &str| {
        matches!(
            w.strip_prefix("ال").unwrap_or(w),
            "جوي"
                | "جويه"
                | "مدفعي"
                | "صاروخي"
                | "حربي"
                | "حربيه"
                | "مكثف"
                | "مكثفه"
                | "عنيف"
        )
    };
    if means(w) {
        w = ws.next()?;
    }
    let trigger = text.get(trig.clone())?;
    let first = trigger
        .split(' ')
        .next()?
        .trim_start_matches(['و', 'ف', 'ب', 'ل']);
    let definite = first.starts_with("ال") || trigger.starts_with("لل");
    let bare = match w.strip_prefix("ال") {
        Some(b) if definite => b,
        None if !definite => w,
        _ => return None,
    };
    if !(bare.ends_with("يه") || bare.ends_with('ي')) {
        return None;
    }
    gaz.adjective_country(bare)
}

/// True when a target verb opens its clause and the name right after it is its subject
/// (`استهدفت قوات حفتر بالمدفعية منازل المدنيين`), not its object.
fn vso_subject(
    text: &str,
    clause: &Range<usize>,
    marker: &Range<usize>,
    cand: &Range<usize>,
    forces: bool,
) -> bool {
    let Some(verb) = text.get(marker.clone()) else {
        return false;
    };
    let verb = verb.trim_start_matches(['و', 'ف']);
    if !(verb.starts_with("استهدف") || verb.starts_with("يستهدف") || verb.starts_with("تستهدف"))
        || verb.starts_with("استهداف")
    {
        return false;
    }
    // `استهدف الطيران التابع لحكومة الوفاق`: the subject is the trigger's own aircraft or
    // forces, tied to the name by `التابع لـ`/`الموالية لـ`.
    let tied = gap_words(text, marker.end, cand.start) <= 3
        && text.get(marker.end..cand.start).is_some_and(|g| {
            let g = g.trim_end().trim_end_matches('ل');
            let ws: Vec<&str> = words(g).map(|r| &g[r]).collect();
            let mut n = ws.len();
            // `استهدف طيران تابع لقوات حفتر`: the forces word of the person's side between
            // the tie and the name.
            if n >= 3
                && ws[n - 1]
                    .strip_prefix('ل')
                    .is_some_and(|f| !f.starts_with('ل') && forces_word(f))
            {
                n -= 1;
            }
            n >= 2 && any_tie(ws[n - 1]) && in_list(TIED_SUBJECTS, ws[n - 2])
        });
    // `استهدفت طائرات قوات حفتر مطار معيتيقة`: an undefined head of means or forces in
    // construct with the forces word (`طائرات`, `مدفعية`): the subject is theirs. Not an
    // adjective (`طائرة مسيرة قوات حفتر`: the drone targeted the forces).
    let construct = gap_words(text, marker.end, cand.start) == 1 + usize::from(forces)
        && text.get(marker.end..cand.start).is_some_and(|g| {
            words(g).next().is_some_and(|r| {
                let w = &g[r];
                !w.starts_with("ال")
                    && !matches!(w, "مسيره" | "مسيرات")
                    && in_list(TIED_SUBJECTS, w)
            })
        });
    if (gap_words(text, marker.end, cand.start) > usize::from(forces) && !tied && !construct)
        || marker.start < clause.start
    {
        return false;
    }
    // After a conjunction, a particle or a subordinator (`بعد أن استهدف مجهولون سيارته`), or
    // an opening that tells when, the verb still opens its clause.
    let before = text.get(clause.start..marker.start).unwrap_or("");
    words(before).all(|r| {
        matches!(
            &before[r],
            "و" | "كما"
                | "ثم"
                | "قد"
                | "وقد"
                | "لقد"
                | "ان"
                | "بان"
                | "وان"
                | "بعد"
                | "بعدما"
                | "عقب"
                | "عندما"
                | "حين"
                | "حيث"
                | "اذ"
        )
    }) || opening_adverbial(before)
}

/// True when a killed or wounded word told after its people (`مصرعهم`, `حتفهم`, `بجروح`) is
/// among the `N` words after the candidate `r`, within `reach` bytes and the sentence (which
/// ends at `sent_end`); with `stop`, not past a preposition (`لقي شرطيان مصرعهما`, not `لقي شرطيان
/// … في هجوم أسفر عن مصرع …`).
fn befell_after<const N: usize>(
    unit: &UnitWords<'_>,
    t: &Tables,
    text: &str,
    r: &Range<usize>,
    (reach, sent_end): (usize, usize),
    stop: bool,
) -> bool {
    use super::tables::cas;
    let mut hi = (r.end + reach).min(sent_end).max(r.end);
    while hi > r.end && !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let ws: [&str; N] = unit.after(text, r.end, hi);
    ws.iter()
        .take_while(|w| {
            let preposition = matches!(**w, "في" | "علي" | "الي" | "من" | "مع" | "بين");
            !w.is_empty() && (!stop || !preposition)
        })
        .any(|w| t.casualty_of(w) & (cas::KILLED_AFTER | cas::INJURED_AFTER) != 0)
}

/// True when a verb of surviving (`نجا`, `ينجو`) stands at most two words (a rank, a title)
/// before the candidate at `r`.
fn survivor(text: &str, sent_start: usize, r: &Range<usize>) -> bool {
    let mut from = r.start.saturating_sub(60).max(sent_start);
    while from < r.start && !text.is_char_boundary(from) {
        from += 1;
    }
    let head = text.get(from..r.start).unwrap_or("");
    if !head.contains("نج") {
        return false;
    }
    let ws: Vec<&str> = words(head).map(|x| &head[x]).collect();
    ws.iter().rev().take(3).any(|w| {
        matches!(
            w.trim_start_matches(['و', 'ف']),
            "نجا" | "نجت" | "ينجو" | "تنجو" | "نجيا" | "نجوا"
        )
    })
}

/// True for a military rank or title before a commander's name, with or without `لـ`
/// (`المشير`, `للواء`, `المتقاعد`).
pub(crate) fn is_rank(w: &str) -> bool {
    let w = w.trim_start_matches(['و', 'ف']);
    let rank = |w: &str| {
        matches!(
            w,
            "مشير"
                | "لواء"
                | "فريق"
                | "عقيد"
                | "متقاعد"
                | "قايد"
                | "جنرال"
                | "عميد"
                | "رايد"
                | "نقيب"
        )
    };
    // `المشير`, `للمشير` (ل + ال with its alif dropped), `للواء` (ل + لواء).
    rank(w)
        || [
            w.strip_prefix("ال"),
            w.strip_prefix("لل"),
            w.strip_prefix('ل'),
        ]
        .into_iter()
        .flatten()
        .any(rank)
}

/// One officer or soldier, singular (`الجندي`, `ضابطا`, `عقيدا`): the person named right
/// after the word is he.
fn member_word(w: &str) -> bool {
    let w = w.trim_start_matches(['و', 'ف']);
    let w = w.strip_prefix("ال").unwrap_or(w);
    let w = w.strip_suffix('ا').unwrap_or(w);
    matches!(
        w,
        "جندي" | "مجند" | "ضابط" | "شرطي" | "عقيد" | "نقيب" | "رايد" | "عميد"
    )
}

/// `الجنرال الانقلابي`, `اللواء المنشق`: a definite adjective in `ي` that may follow a rank
/// before the name (`المتقاعد` is a rank word of its own).
fn rank_adjective(w: &str) -> bool {
    let w = w.trim_start_matches(['و', 'ف']);
    w.starts_with("ال") && w.ends_with('ي') && w.chars().count() >= 6
}

/// True when every word of `gap` is a rank, or an adjective right after a rank
/// ([`rank_adjective`]): what may stand between a word of forces and the commander's name.
fn ranks_only(gap: &str) -> bool {
    ranks_then(gap, rank_adjective)
}

/// True when every word of `gap` is a rank, or a word `after` accepts right after a rank.
fn ranks_then(gap: &str, after: fn(&str) -> bool) -> bool {
    let mut after_rank = false;
    words(gap).all(|r| {
        let w = &gap[r];
        let ok = is_rank(w) || (after_rank && after(w));
        after_rank = is_rank(w);
        ok
    })
}

/// True when `c` is a state force, a militia or a named armed group told right after an
/// officer and `ب` or `في` (`العقيد بقوات الأمن`, `ضابط في الجيش`, `ضابط بالصاعقة`): the force
/// the officer serves in.
fn member_of_forces(text: &str, sent_start: usize, c: &At<'_>) -> bool {
    // (A named force too: `اغتيال ضابط بالصاعقة`, the unit the officer served in.)
    let force = match c.cand {
        Cand::Generic(g) => matches!(
            g.generic,
            super::Generic::StateForces | super::Generic::Militia
        ),
        Cand::Named(m) => m.kind == EntityKind::Organization && m.category == "armed_group",
    };
    if !force {
        return false;
    }
    // A bounded look back (about three words).
    let mut from = c.range.start.saturating_sub(48).max(sent_start);
    while from < c.range.start && !text.is_char_boundary(from) {
        from += 1;
    }
    let Some(before) = text.get(from..c.range.start) else {
        return false;
    };
    let mut ws = before.split(' ').rev();
    // The proclitic glued to the force (`بقوات`, `بالجيش`: the match starts inside the word),
    // or `في` as a word of its own.
    let officer = match ws.next() {
        Some("ب" | "بال") => ws.next(),
        Some("") => match ws.next() {
            Some("في") => ws.next(),
            _ => None,
        },
        _ => None,
    };
    officer.is_some_and(|w| {
        is_rank(w)
            || matches!(
                w.trim_start_matches(['و', 'ف']),
                "ضابط" | "الضابط" | "ضابطا"
            )
    })
}

/// The ACLED actor type of an entity: its `inter`, else one by its category.
fn inter_of(e: Option<&Entity>, category: &str) -> Option<u8> {
    e.and_then(|e| e.inter).or(match category {
        "government" => Some(1),
        "tribe" => Some(4),
        "international" => Some(8),
        // A foreign state acting by its forces (`طائرات مصرية`).
        "country" => Some(8),
        _ => None,
    })
}

/// True for a news outlet or agency (gazetteer category `media`): it reports, and has no
/// forces that could act.
fn media(c: &Cand<'_>) -> bool {
    matches!(c, Cand::Named(m) if m.category == "media")
}

/// The actor of a gazetteer entity.
pub(crate) fn entity_actor(e: &Entity) -> Actor {
    Actor::named(&e.id, &e.english, inter_of(Some(e), &e.category))
}

/// The roles of an event whose trigger is at `trig`, in the sentence of `sa`.
/// `الثوار الذين يحاربون قوات النظام`: when the trigger is the first word after a relative
/// word (`الذين`, `الذي`, `التي`), the candidate right before that word (one adjective between
/// at most), in the same sentence and not a source: the subject the relative word stands for.
fn relative_antecedent(text: &str, sa: &SentenceActors<'_>, trig: &Range<usize>) -> Option<usize> {
    let mut head = text.get(sa.sent_start..trig.start)?.trim_end();
    // `قوات فجر ليبيا التي تشن ضربات جوية`: a light verb that carries the event noun
    // stands between the relative word and the trigger.
    if let Some(verb) = head.rsplit(' ').next() {
        let bare = verb
            .strip_prefix(['ت', 'ي'])
            .filter(|v| v.chars().count() >= 2)
            .unwrap_or(verb);
        if light_verb(bare) {
            head = head[..head.len() - verb.len()].trim_end();
        }
    }
    let rel = ["الذين", "الذي", "التي"]
        .into_iter()
        .find(|w| head.ends_with(w))?;
    let within = head.len() - rel.len();
    // The relative word is a word of its own (not the end of a longer one).
    if head[..within]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    let rel_start = sa.sent_start + within;
    let j = sa
        .cands
        .iter()
        .rposition(|c| c.range.end <= rel_start && c.range.start >= sa.sent_start)?;
    let gap = gap_in(&sa.unit, text, sa.cands[j].range.end, rel_start);
    if !sa.is_source[j] && gap <= 1 {
        return Some(j);
    }
    // `يطلقها الجضران على قواته التي هاجمت`: the relative word stands for a side's own forces
    // (a possessive of the third person, `own_forces`), whose owner was named just before
    // (at most two words between, as `على`).
    let [own]: [&str; 1] = sa.unit.before(text, sa.sent_start, rel_start);
    let own = own.trim_start_matches(['و', 'ف', 'ب', 'ل']);
    let third = !own.ends_with("نا");
    (!sa.is_source[j]
        && third
        && in_list(OWN_FORCES, own)
        && matches!(sa.cands[j].cand, Cand::Named(_))
        && gap <= 3)
        .then_some(j)
}

/// `فواز العيطان، الذي اختطف في طرابلس`, `السائق الذي أصيب برصاصتين`: the trigger of an act
/// done to someone (`patient_kind`) is a past verb right after a relative word (no `ي`, `ت`,
/// `ن` of the present before its stem) and nothing it could take as an object follows it:
/// a preposition or a word of time comes next, or the clause ends. Written without vowels,
/// such a verb is the passive (`اختُطف`), and the relative word stands for the one it was
/// done to. `الذي اختطف السفير` (an object follows) stays active.
fn passive_relative(
    text: &str,
    sa: &SentenceActors<'_>,
    trig: &Range<usize>,
    kind: EventKind,
) -> bool {
    if !patient_kind(kind) || kind == EventKind::Casualties {
        return false;
    }
    // The trigger's whole word, right after the relative word (no light verb between).
    let lo = sa.sent_start.min(trig.start);
    let start = text[lo..trig.start]
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(lo, |(i, c)| lo + i + c.len_utf8());
    let head = text[lo..start].trim_end();
    if !["الذي", "التي", "الذين"].iter().any(|r| head.ends_with(r)) {
        return false;
    }
    let rest = &text[trig.start..];
    let end = trig.start
        + rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
    let word = &text[start..end];
    let stem = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    if stem.starts_with(['ي', 'ت', 'ن']) || stem.starts_with("است") {
        return false;
    }
    // A verb with an object pronoun (`اختطفه`) is active.
    if end > trig.end {
        return false;
    }
    let after = text[end..].trim_start_matches([' ', '\u{a0}']);
    let Some(c) = after.chars().next() else {
        return true;
    };
    if !c.is_alphabetic() {
        return !matches!(c, '"' | '«' | '(' | '\'');
    }
    let next = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    matches!(
        next,
        "في" | "على"
            | "من"
            | "خلال"
            | "قرب"
            | "عند"
            | "أمس"
            | "اليوم"
            | "صباح"
            | "مساء"
            | "فجر"
            | "ليلة"
            | "منذ"
            | "قبل"
            | "بعد"
            | "إثر"
            | "أثناء"
            | "برصاص"
            | "برصاصة"
            | "برصاصتين"
            | "بجروح"
            | "بنيران"
            | "بطلق"
            | "مؤخرا"
            | "الأسبوع"
            | "الشهر"
            | "العام"
            | "الليلة"
            | "ظهر"
            | "عصر"
    ) || next.starts_with("بال")
}

/// `وأكد نائب رئيس الوزراء الليبي مصطفى أبو شاقور …`: the text between a reporter word and a
/// person (bytes `a..b`) is a title of at most six words: a word of `genitive_title` first,
/// then titles, ranks or definite words (the body the title heads: `الوزراء`, `الليبي`), with
/// no punctuation between.
fn long_title(text: &str, a: usize, b: usize) -> bool {
    let Some(gap) = text.get(a..b) else {
        return false;
    };
    if gap.len() > 120 || gap.contains(|c: char| CUT_CHARS.contains(&c) || c == '،') {
        return false;
    }
    let mut n = 0;
    for r in words(gap) {
        let w = &gap[r];
        let ok = if n == 0 {
            in_list(GENITIVE_TITLES, w.trim_start_matches(['و', 'ف']))
        } else {
            in_list(GENITIVE_TITLES, w) || is_rank(w) || w.starts_with("ال")
        };
        n += 1;
        if !ok || n > 6 {
            return false;
        }
    }
    n > 0
}

/// `قوات الأمن التي تحرس المبنى اعتقلت متظاهرين`, `المسلحون الذين اقتحموا الفندق واختطفوا
/// السفير`: when the trigger is a verb told after a relative word (`الذي`, `التي`, `الذين`)
/// of its sentence, not its first word, the antecedent (the candidate right before the
/// relative word, one word between at most, not a source) is the subject of the verb, whether
/// the verb ends the relative clause's own chain or is the main verb after it. Only when:
/// - at most ten words stand between the relative word and the trigger, with no clause word and
///   no punctuation but commas (`العام،في ليبيا اعتقلت`);
/// - the relative clause's verb (its first word) is the antecedent's own: no object pronoun on
///   it or on the word after it (`التي يسيطر عليها X`, `الذي هاجمه X` have a subject of their
///   own), and no candidate right after it (`الذي تحرسه قوات الأمن`): the trigger may be a
///   verb of that clause; unless a comma closes the relative clause before the trigger
///   (`قوات الأمن، التي يقودها العقيد، اعتقلت`: the trigger is the main verb);
/// - the trigger agrees with the relative word: `التي` a feminine verb (`اعتقلت`, `تعتقل`),
///   `الذين` a plural one (`اعتقلوا`, `يعتقلون`), `الذي` a masculine singular one;
/// - no side that may be the verb's own subject is named right after it (VSO), beside the ones
///   `held` (protesters or civilians held by an arrest).
fn relative_clause_subject(
    text: &str,
    sa: &SentenceActors<'_>,
    trig: &Range<usize>,
    held: impl Fn(usize) -> bool,
) -> Option<usize> {
    // The words before the trigger (byte ranges of the text, the unit's own when it holds
    // them; none when the range is not one of the text), read last first up to the relative
    // word.
    let ranges: Vec<Range<usize>> = sa.unit.within(text, sa.sent_start, trig.start).collect();
    let mut k = ranges.len();
    let mut rel_at = None;
    while k > 0 && ranges.len() - k <= 10 {
        k -= 1;
        let w = &text[ranges[k].clone()];
        if matches!(w, "الذي" | "التي" | "الذين") {
            rel_at = Some(k);
            break;
        }
        if CLAUSE_WORDS.contains(&w) {
            return None;
        }
    }
    let k = rel_at?;
    // At least the relative clause's own verb between.
    if k + 1 >= ranges.len() {
        return None;
    }
    let rel = &text[ranges[k].clone()];
    let rel_start = ranges[k].start;
    let gap = text.get(rel_start..trig.start)?;
    if gap.contains(|c: char| CUT_CHARS.contains(&c) && c != ',') {
        return None;
    }
    fn pronoun(w: &str) -> Option<&str> {
        ["هما", "هم", "ها", "ه"]
            .iter()
            .find_map(|p| w.strip_suffix(p).filter(|s| s.chars().count() >= 2))
    }
    let verb = &text[ranges[k + 1].clone()];
    let next = ranges.get(k + 2).map_or("", |r| &text[r.clone()]);
    let verb_end = ranges[k + 1].end;
    // `قوات الأمن، التي يقودها العقيد، اعتقلت`: a relative clause closed by a comma before
    // the trigger leaves the trigger to the main clause, whatever subject it has of its own.
    let closed = text
        .get(verb_end..trig.start)
        .is_some_and(|g| g.contains([',', '،']));
    if !closed
        && (pronoun(verb).is_some()
            || (pronoun(next).is_some() && next.chars().count() <= 5)
            || sa.cands.iter().any(|c| {
                c.range.start >= verb_end
                    && c.range.start < trig.start
                    && gap_in(&sa.unit, text, verb_end, c.range.start) == 0
            }))
    {
        return None;
    }
    // The trigger's agreement (its object pronoun set aside).
    let [first]: [&str; 1] = sa.unit.after(text, trig.start, trig.end);
    let word = if first.is_empty() {
        text.get(trig.clone())?
    } else {
        first
    };
    let w = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    let w = pronoun(w).filter(|s| s.chars().count() >= 3).unwrap_or(w);
    let feminine = w.ends_with('ت') || w.starts_with('ت');
    let plural = w.ends_with("وا") || (w.starts_with('ي') && w.ends_with("ون"));
    let agrees = match rel {
        "التي" => feminine && !plural,
        "الذين" => plural,
        _ => !feminine && !plural,
    };
    if !agrees {
        return None;
    }
    // A side named right after the verb may be its own subject.
    let after = sa.cands.iter().position(|c| c.range.start >= trig.end);
    if let Some(a) = after {
        if gap_in(&sa.unit, text, trig.end, sa.cands[a].range.start) == 0 && !held(a) {
            return None;
        }
    }
    let j = sa
        .cands
        .iter()
        .rposition(|c| c.range.end <= rel_start && c.range.start >= sa.sent_start)?;
    (gap_in(&sa.unit, text, sa.cands[j].range.end, rel_start) <= 1
        && !sa.is_source[j]
        && !sa.is_commenter.get(j).copied().unwrap_or(false))
    .then_some(j)
}

/// `نفذته ميليشيات اللواء المتقاعد خليفة حفتر`: a person named as the head of forces, with
/// the forces word and at most three ranks between byte `from` and the name; or with the
/// aircraft and the forces of the commander (`طيران قوات`) and his ranks or title.
fn forces_over_ranks(
    text: &str,
    from: usize,
    c: &At<'_>,
    forces: Option<&Option<&Entity>>,
) -> bool {
    if forces.copied().flatten().is_none() || c.range.start < from {
        return false;
    }
    text.get(from..c.range.start).is_some_and(|g| {
        g.len() <= 90
            && words(g).next().is_some_and(|w| ranks_only(&g[w.end..]))
            && words(g).nth(4).is_none()
    }) || text.get(from..c.range.start).is_some_and(|g| {
        // `شنه طيران قوات اللواء المتقاعد خليفة حفتر`, `طيران قوات القائد العام خليفة حفتر`:
        // the aircraft and the forces of the commander, then his ranks or title (six words at
        // most, read once, no list built).
        let head = |r: Option<Range<usize>>| {
            r.is_some_and(|r| matches!(g[r].trim_start_matches('و'), "طيران" | "قوات"))
        };
        let mut ws = words(g);
        g.len() <= 110
            && words(g).nth(6).is_none()
            && head(ws.next())
            && head(ws.next())
            && ws
                .next()
                .is_some_and(|r| is_rank(&g[r.clone()]) && ranks_then(&g[r.start..], general_title))
    })
}

/// An adjective after a rank, or `العام` (`القائد العام`, the general commander's title).
fn general_title(w: &str) -> bool {
    rank_adjective(w) || w == "العام"
}

/// The `ل` of a name alone before it, or fused with a word for forces (`لقوات`,
/// `لميليشيات`): not a purpose (`لطرد`, `لاستعادة`).
fn lam_before_name(w: &str) -> bool {
    matches!(w, "ل" | "لل")
        || w.strip_prefix('ل').is_some_and(|w| {
            in_list(TIED_SUBJECTS, w) || in_list(SIDE_HEADS, w) || in_list(FIGHTERS, w)
        })
}

/// `استهدفت غارات للطيران التركي منظومة دفاع`, `استهدف قصف لقوات حفتر أحياء`: the event noun
/// is the subject of the verb of targeting before it (`marker`, then the trigger), and the side
/// in `ل` right after the noun (or after its adjectives) is its genitive, who struck: no target.
fn lam_genitive_of_subject(
    sa: &SentenceActors<'_>,
    text: &str,
    kind: EventKind,
    (marker, trig): (&Range<usize>, &Range<usize>),
    cand: &Range<usize>,
) -> bool {
    if patient_kind(kind) || bilateral_kind(kind) {
        return false;
    }
    if !(marker.end <= trig.start && trig.end <= cand.start) {
        return false;
    }
    let Some(g) = text.get(trig.end..cand.start) else {
        return false;
    };
    // The `ل` on the name, alone before it or fused with its first word (`للطيران`).
    let fused = g.trim().is_empty() && text.get(cand.start..).is_some_and(|t| t.starts_with('ل'));
    let apart = lam_before_name(g.trim());
    fused || apart || adjectives_then_lam(&sa.unit, text, trig.end, cand.start)
}

/// `استهداف قوات حفتر لأحياء طرابلس`: the verbal noun of targeting, its genitive at `cand`
/// (at most two words after it: `قوات`), then a word in `ل` (what was struck): the genitive
/// is the one who targeted. A time after it (`لمدة`, `لساعات`) is no object.
fn targeting_genitive(text: &str, marker: &Range<usize>, cand: &Range<usize>, end: usize) -> bool {
    let Some(m) = text.get(marker.clone()) else {
        return false;
    };
    let m = m.trim_start_matches(['و', 'ف']);
    let m = m.strip_prefix(['ب', 'ل']).unwrap_or(m);
    if m != "استهداف" || gap_words(text, marker.end, cand.start) > 2 {
        return false;
    }
    let rest = text_ahead(text, cand.end, (cand.end + 40).min(end));
    words(rest).next().is_some_and(|w| {
        let w = &rest[w];
        w.starts_with('ل')
            && w.chars().count() > 3
            && !matches!(
                w,
                "لمده"
                    | "لساعات"
                    | "لساعه"
                    | "لليوم"
                    | "لعده"
                    | "للمره"
                    | "لاول"
                    | "لايام"
            )
    })
}

/// `أن رئيس المجلس الرئاسي، محمد المنفي، عقد اجتماعا مع …`: when the clause opens with the
/// trigger or with one verb that carries it (`عقد`, `شن`), right after a comma that closes
/// a name told between commas, that name is the subject.
fn apposition_subject(
    text: &str,
    sa: &SentenceActors<'_>,
    clause: &Range<usize>,
    trig: &Range<usize>,
) -> Option<usize> {
    let lead = text.get(clause.start..trig.start)?;
    let mut ws = words(lead).map(|r| &lead[r]);
    match (ws.next(), ws.next()) {
        (None, _) => {}
        (Some(v), None) => {
            let v = v.trim_start_matches('و');
            if !(light_verb(v) || matches!(v, "عقد" | "عقدت" | "اجري" | "اجرت" | "نظم" | "نظمت"))
            {
                return None;
            }
        }
        _ => return None,
    }
    // The name closed by the comma, and opened by one.
    let upto = sa.cands.partition_point(|c| c.range.end <= clause.start);
    let j = upto.checked_sub(1)?;
    let c = &sa.cands[j];
    let close = text.get(c.range.end..clause.start)?.trim();
    let open_at = text.get(sa.sent_start..c.range.start)?.trim_end();
    let opened = open_at.ends_with(',') && open_at.len() > 1;
    (close == ","
        && opened
        && c.range.start >= sa.sent_start
        && !sa.is_source[j]
        && !sa.is_commenter.get(j).copied().unwrap_or(false))
    .then_some(j)
}

pub(crate) fn roles(
    text: &str,
    sa: &SentenceActors<'_>,
    trig: Range<usize>,
    kind: EventKind,
    gaz: &Gazetteer,
    clause: Range<usize>,
    others: &[(Range<usize>, bool)],
) -> Roles {
    let mut out = Roles {
        sources: sa.sources.clone(),
        ..Roles::default()
    };
    let (cands, markers, is_source) = (&sa.cands, &sa.markers, &sa.is_source);
    if cands.is_empty() {
        two_sides_fill(text, &mut out, sa, kind, gaz, &clause);
        // With no candidate at all only foreign nationals are counted (`لقي مصريان اثنان
        // مصرعهما`): a toll of persons may yet be a named side's, from another mention.
        let victims = || {
            (one_sided_attack(kind) || kind == EventKind::Casualties)
                && sa.tables.is_some_and(|t| {
                    counted_victims(
                        text,
                        t,
                        &sa.unit,
                        sa.sent_start,
                        &trig,
                        &clause,
                        (kind, true),
                    )
                })
        };
        if out.actor2.is_none()
            && (counted_people(text, sa, kind, &trig, &clause)
                || titled_civilian(text, sa, kind, &trig, &clause)
                || victims())
        {
            out.actor2 = Some(Actor::unnamed(super::Generic::Civilians));
        }
        foreign_attacker(text, &mut out, kind, &trig, &clause, gaz);
        return out;
    }
    // Actors: the clause's candidates that are not sources.
    let in_clause: Vec<(usize, Option<RoleWord>)> = cands
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            // The cheap tests first: most candidates of a sentence are outside the clause.
            c.range.start >= clause.start
                && c.range.end <= clause.end
                && !is_source[*i]
                && !sa.is_commenter.get(*i).copied().unwrap_or(false)
                && !sa.describes(text, *i)
                && (!sa.no_side.get(*i).copied().unwrap_or(false)
                    || patient_after(text, kind, &trig, cands, *i))
                && !genitive_of_other(text, &trig, kind, others, cands, &c.range)
                && !since_event_between(text, trig.end, c.range.start)
        })
        .map(|(i, c)| {
            // (A candidate before that only describes this one, the body in a person's
            // title, stands in no role word's way: `تعرض موكب رئيس المجلس الرئاسي فايز
            // السراج`.)
            let prev = match i.checked_sub(1) {
                Some(p) if sa.describes(text, p) => p.checked_sub(1),
                p => p,
            };
            let prev_end = prev.map_or(clause.start, |p| cands[p].range.end);
            let m = markers
                .iter()
                .rev()
                .find(|(r, _)| {
                    r.end <= c.range.start
                        && r.start >= clause.start.min(r.start)
                        && r.end >= prev_end
                        // (The forces word of a commander's forces, `قوات حفتر`, is part of
                        // the name: `استهدفت طائرة مسيرة قوات حفتر`.)
                        && (gap_in(&sa.unit, text, r.end, c.range.start)
                            <= 2 + usize::from(sa.forces_of.get(i).copied().flatten().is_some())
                            || linked_by_affiliation(&sa.unit, text, r.end, c.range.start)
                            || forces_over_ranks(text, r.end, c, sa.forces_of.get(i))
                            || undergone_by(text, r, c.range.start))
                })
                .filter(|(r, w)| {
                    // `قوات حفتر`: the person's forces word stands between.
                    let forces = sa.forces_of.get(i).copied().flatten().is_some();
                    !(*w == RoleWord::Target && vso_subject(text, &clause, r, &c.range, forces))
                })
                .map(|(r, w)| {
                    if *w == RoleWord::Target
                        && (targeting_genitive(text, r, &c.range, clause.end)
                            || lam_genitive_of_subject(sa, text, kind, (r, &trig), &c.range))
                    {
                        RoleWord::Agent
                    } else {
                        *w
                    }
                })
                .filter(|w| !matches!(w, RoleWord::Reporter | RoleWord::Announcer));
            // `انفجار سيارة مفخخة أمام مديرية أمن القبة`: a body named right after a word of
            // place (in front of, near, inside) is where the attack struck: its target.
            // So is a body whose headquarters stand right after it (`حول مقر الجهاز`, `بمحيط مقر
            // قوة الردع`: the fighting centred on its base).
            let m = m.or_else(|| {
                let [prev, prev2] = sa.unit.before::<2>(text, clause.start, c.range.start);
                let place = |w: &str| {
                    matches!(
                        w.trim_start_matches(['و', 'ف']),
                        "امام"
                            | "قرب"
                            | "داخل"
                            | "عند"
                            | "بجوار"
                            | "محيط"
                            | "بمحيط"
                            | "حول"
                    )
                };
                let base = matches!(prev, "مقر" | "مقرات" | "مقار");
                // `اقتحم أفراد مبنى المؤتمر الوطني`, `تظاهروا أمام مقر الحكومة`: the body whose
                // building or seat was stormed, struck or faced is the side acted on, never the
                // subject (a building does not act).
                let building = base || matches!(prev, "مبني" | "مباني");
                ((kind != EventKind::Protest && place(prev) && prev != "حول")
                    || (building && !place(prev2) && prev2 != "حول")
                    || (base && place(prev2) && kind != EventKind::Protest))
                    .then_some(RoleWord::Target)
            });
            (i, m)
        })
        .collect();
    let act = |i: usize| match sa.forces_of.get(i).copied().flatten() {
        Some(group) => entity_actor(group),
        None => actor_of(&cands[i].cand, gaz),
    };
    // The identity of `act(i)` (its id, or its generic kind), borrowed: compared without
    // copying names.
    let key = |i: usize| -> Key<'_> {
        match sa.forces_of.get(i).copied().flatten() {
            Some(group) => (Some(group.id.as_str()), None),
            None => match &cands[i].cand {
                Cand::Named(m) => (Some(m.id.as_str()), None),
                Cand::Generic(g) => (None, Some(g.generic)),
            },
        }
    };
    let mut a1: Option<usize> = None;
    let mut a2: Option<usize> = None;
    let mut assoc: Vec<usize> = Vec::new();
    let mut ally_of: Vec<usize> = Vec::new();
    let mut used = vec![false; cands.len()];
    // The two sides are one generic actor named in the dual.
    let mut both = false;
    for (k, &(i, m)) in in_clause.iter().enumerate() {
        match m {
            Some(RoleWord::Agent) if a1.is_none() => {
                a1 = Some(i);
                used[i] = true;
            }
            Some(RoleWord::Target) if a2.is_none() => {
                a2 = Some(i);
                used[i] = true;
            }
            Some(RoleWord::Ally) => {
                assoc.push(i);
                used[i] = true;
            }
            // `X المتحالفة مع Y`: X is the ally.
            Some(RoleWord::AllyOf) if k > 0 => ally_of.push(in_clause[k - 1].0),
            Some(RoleWord::Between) if a1.is_none() && a2.is_none() => {
                // `بين مسلحين من التبو وآخرين من قبيلة أولاد سليمان`: each side is the named
                // group its gunmen belong to, the second side the candidate after the first.
                let first = group_of(text, cands, &in_clause, i).unwrap_or(i);
                a1 = Some(first);
                used[i] = true;
                used[first] = true;
                // `بين X وY من جهة، وZ من جهة أخرى`: the sides split at `من جهة`; the names
                // before it are one side (its allies), the name after it the other.
                let split = one_side_split(&sa.unit, text, cands, first);
                if let Some((q, second)) = split {
                    for &(j, _) in &in_clause {
                        if j != first
                            && cands[j].range.start >= cands[first].range.end
                            && cands[j].range.end <= q
                        {
                            used[j] = true;
                            assoc.push(j);
                        }
                    }
                    // `بين قوات الأمن المركزي وكتيبة ثوار طرابلس من جهة، و…`: the side is coded
                    // by the first group it names; unnamed forces beside it add nothing.
                    if matches!(cands[first].cand, Cand::Generic(_)) {
                        if let Some(k) = assoc
                            .iter()
                            .position(|&j| matches!(cands[j].cand, Cand::Named(m) if m.kind == EntityKind::Organization))
                        {
                            a1 = Some(assoc.remove(k));
                        }
                    }
                    a2 = Some(second);
                    used[second] = true;
                    continue;
                }
                // (The first side named again, in brackets or apposition, is no second side:
                // `بين قوات شرق ليبيا (الجيش الوطني الليبي) بقيادة حفتر والقوات التابعة …`.)
                let next = in_clause
                    .iter()
                    .map(|&(j, _)| j)
                    .filter(|&j| cands[j].range.start >= cands[first].range.end)
                    .find(|&j| !matches!((key(j), key(first)), ((Some(x), _), (Some(y), _)) if x == y));
                // `بين قوات من حكومة X، وقوات تابعة لحكومة Y`: the second side after a comma
                // and `و` (at most three words, or a unit tied to its side, before the name).
                let next = next.or_else(|| {
                    // `بين قبيلتي "التبو"، ذات الأصول الأفريقية، و"أولاد سليمان"`: an aside
                    // that describes the first side (at most five words, closed by a comma)
                    // stands before the `و` of the second (roles27).
                    let from = side_aside_end(text, clause.end).unwrap_or(clause.end);
                    let j = cands.iter().position(|c| c.range.start >= from)?;
                    // The words between, punctuation before them and spaces and quotation
                    // marks after them left out, and where they begin.
                    let lead =
                        text.get(from..cands[j].range.start)?
                            .trim_start_matches(|c: char| {
                                c.is_whitespace() || CUT_CHARS.contains(&c) || c == '،'
                            });
                    let gap_at = cands[j].range.start - lead.len();
                    let gap =
                        lead.trim_end_matches(|c: char| c.is_whitespace() || QUOTES.contains(&c));
                    // The name itself (`، وكتيبة X`, fused `و`), or a unit word before it
                    // (`، وأخرى موالية لـ`, `، وقوات تابعة لـ`): no verb of another clause.
                    let head = words(gap)
                        .next()
                        .map_or("", |w| &gap[w])
                        .trim_start_matches('و');
                    let near = words(gap).take(4).count() <= 3
                        || linked_by_affiliation(&sa.unit, text, gap_at, cands[j].range.start);
                    let joined = text.get(from..).is_some_and(|t| t.starts_with([',', '،']))
                        && (gap.trim_end() == "و" || (in_list(SIDE_HEADS, head) && near));
                    (joined && !is_source[j] && !sa.is_commenter.get(j).copied().unwrap_or(false))
                        .then_some(j)
                });
                if let Some(j) = next {
                    let second = group_of(text, cands, &in_clause, j).unwrap_or(j);
                    a2 = Some(second);
                    used[j] = true;
                    used[second] = true;
                } else if dual(text, &cands[first]) {
                    // `بين مجموعتين مسلحتين`: two sides of one kind.
                    both = true;
                }
            }
            _ => {}
        }
    }
    for &x in &ally_of {
        if !used[x] {
            used[x] = true;
            assoc.push(x);
        }
    }
    // `اعتقلت متظاهرين`, `اعتقلت الشرطة … عددا من المحتجين`: protesters, rioters or
    // civilians named after the verb of an arrest or an abduction are the ones held, not its
    // subject (they hold no one; the arresting side, unnamed here, may come from another
    // mention).
    let held = |j: usize| {
        matches!(kind, EventKind::Arrest | EventKind::Abduction)
            && matches!(&cands[j].cand, Cand::Generic(g) if matches!(
                g.generic,
                super::Generic::Protesters | super::Generic::Rioters | super::Generic::Civilians
            ))
    };
    // The free candidates, then those before the trigger, then those after it: one buffer,
    // `idx[..nf]`, `idx[nf..nb]` and `idx[nb..]`.
    let mut idx: Vec<usize> = Vec::with_capacity(3 * in_clause.len() + 1);
    idx.extend(in_clause.iter().map(|&(i, _)| i).filter(|&i| !used[i]));
    let nf = idx.len();
    for k in 0..nf {
        if cands[idx[k]].range.end <= trig.start {
            idx.push(idx[k]);
        }
    }
    // `الثوار الذين يحاربون قوات النظام`: a verb right after a relative word has the noun the
    // relative word stands for as its subject, told before the clause.
    // `السفير فواز العيطان، الذي اختطف في طرابلس`: a past verb of an act done to someone
    // right after the relative word, with no object after it, is passive (news writes no
    // vowels): the noun the relative word stands for is the one held, not the subject.
    if idx.len() == nf && a1.is_none() {
        let antecedent = relative_antecedent(text, sa, &trig);
        // Those an act is done to: a person, civilians, protesters (forces named before
        // `التي اعتقلت في …` keep the active reading).
        let victim = |j: usize| match &cands[j].cand {
            Cand::Named(m) => m.kind == EntityKind::Person,
            Cand::Generic(g) => matches!(
                g.generic,
                super::Generic::Civilians | super::Generic::Protesters
            ),
        };
        match antecedent {
            Some(j) if victim(j) && passive_relative(text, sa, &trig, kind) => {
                if a2.is_none() && !is_source[j] {
                    a2 = Some(j);
                }
            }
            _ => {
                if let Some(j) = antecedent
                    .or_else(|| apposition_subject(text, sa, &clause, &trig))
                    .or_else(|| {
                        is_verb(text, &sa.unit, &clause, &trig)
                            .then(|| relative_clause_subject(text, sa, &trig, held))
                            .flatten()
                    })
                {
                    idx.push(j);
                }
            }
        }
    }
    if a2.is_none() && !bilateral_kind(kind) {
        if let Some(j) = suffered_before(text, markers, cands, &idx[..nf], &trig, &clause) {
            a2 = Some(j);
        }
    }
    // The candidates before the trigger, without actor2.
    let mut nb = nf;
    for k in nf..idx.len() {
        if Some(idx[k]) != a2 {
            idx[nb] = idx[k];
            nb += 1;
        }
    }
    idx.truncate(nb);
    for k in 0..nf {
        if cands[idx[k]].range.end > trig.start {
            idx.push(idx[k]);
        }
    }
    let (free, rest) = idx.split_at(nf);
    let (before, after) = rest.split_at(nb - nf);
    if bilateral_kind(kind) {
        // The sides of a clash or a meeting are armed or political parties: civilians named
        // in the clause (its victims, `لقي طفل حتفه`) are none of them.
        // (Nor, in a clash, a company, an outlet, an aid body or a think tank named there:
        // `اشتباكات ... بمحيط خزانات النفط التابعة لشركة البريقة` names whose depot it is.)
        let side = |j: &usize| match &cands[*j].cand {
            Cand::Generic(g) => g.generic != super::Generic::Civilians,
            Cand::Named(m) => {
                kind != EventKind::ArmedClash
                    || !matches!(
                        m.category.as_str(),
                        "company" | "media" | "ngo" | "think_tank" | "university"
                    )
            }
        };
        // `أغلقت الوزارة الطريق بعد اشتباكات بين مجموعتين مسلحتين`: after a word of time or
        // cause, the name before the clash is the main verb's, no side of it (s26).
        let own = usize::from(!after_circumstance(&sa.unit, text, sa.sent_start, &trig));
        // The last two names before the trigger are its two sides when a toll counts them
        // both, the second after `و` and its number (`قتل جنديان وثلاثة مسلحين في اشتباكات`,
        // `عنصرين من قوات الأمن وثلاثة مسلحين لقوا مصرعهم في اشتباكات`), or when they are the
        // parties of a truce, an agreement, talks or a meeting named together as its subject,
        // `و` between, with no side after it (`وقعت قبيلتا التبو والطوارق اتفاقا لوقف إطلاق
        // النار`; a clash's joint subject fights together: not that).
        if a1.is_none() && a2.is_none() && before.len() >= 2 {
            let (x, y) = (before[before.len() - 2], before[before.len() - 1]);
            let gap = text
                .get(cands[x].range.end..cands[y].range.start)
                .unwrap_or("");
            let mut ws = words(gap).map(|r| &gap[r]);
            let counted = match (ws.next(), ws.next()) {
                (Some(w), None) => w
                    .strip_prefix('و')
                    .is_some_and(|n| sa.tables.is_some_and(|t| t.is_count(n))),
                _ => false,
            };
            let joint_subject = || {
                own == 1
                    && kind != EventKind::ArmedClash
                    && after.is_empty()
                    && conjoined(text, cands[x].range.end, cands[y].range.start)
            };
            if (counted || joint_subject()) && side(&x) && side(&y) && !same_key(key(x), key(y)) {
                a1 = Some(x);
                a2 = Some(y);
            }
        }
        let mut rest = before
            .iter()
            .rev()
            .take(own)
            .chain(after.iter())
            .copied()
            .filter(side);
        if a1.is_none() {
            a1 = rest.next();
        }
        if a2.is_none() {
            a2 = rest.find(|&j| Some(j) != a1);
        }
    } else if is_verb(text, &sa.unit, &clause, &trig) {
        let mut after_it = after.iter().copied();
        // `قتلت المحامية حنان البرعصي في سيارتها`: a verb of a deed done to someone, with no
        // side before it and one person alone after it, at most their definite title between,
        // reads as passive: the person is the victim (the active verb would have its object
        // too).
        let passive_one = patient_kind(kind)
            && a1.is_none()
            && a2.is_none()
            && before.is_empty()
            && after.len() == 1
            && matches!(cands[after[0]].cand, Cand::Named(m) if m.kind == EntityKind::Person)
            && text.get(trig.clone()).is_some_and(|w| {
                let w = w.trim_start_matches(['و', 'ف']);
                !object_pronoun_verb(w)
            })
            // (Only the person's own title between, definite words: `اعتقلت دورية شرطة موسى
            // إبراهيم` has its subject there. A time may stand before the title and `في` in
            // it: `خطف أمس السفير الأردني في ليبيا فواز العيطان`.)
            && text
                .get(trig.end..cands[after[0]].range.start)
                .is_some_and(|g| {
                    let mut n = 0;
                    let mut title = 0;
                    let mut fi = false;
                    words(g).all(|r| {
                        n += 1;
                        let w = &g[r];
                        let definite = w.starts_with("ال");
                        title += usize::from(definite);
                        // (`في` and the one word of the place it names: `في ليبيا`.)
                        let ok = n <= 7
                            && (definite
                                || fi
                                || (title == 0 && super::dates::time_word(w))
                                || (title > 0 && w == "في"));
                        fi = title > 0 && w == "في";
                        ok
                    })
                });
        if passive_one {
            a2 = after_it.next();
        }
        // `أعلنت X أنها سيطرت على …`: the subject is the pronoun (the sayer, below), never
        // a name after the verb.
        if a1.is_none() && !passive_one && !pronoun_subject(&sa.unit, text, &clause, &trig) {
            // `قصفت طائرة مسيرة تجمعات لقوات حفتر`: a side in `ل` after a noun of the clause
            // is that noun's genitive (whose gatherings were struck), never the verb's
            // subject.
            let genitive = |j: usize| {
                let c = &cands[j];
                let [prev]: [&str; 1] = sa.unit.before(text, trig.end, c.range.start);
                let g = text.get(trig.end..c.range.start).unwrap_or("");
                let ws: Vec<&str> = words(g).map(|r| &g[r]).collect();
                // (`طائرة مسيرة تابعة لحكومة الوفاق`: a side tied to the subject is its own.)
                let tied = ws.iter().rev().take(2).any(|w| any_tie(w));
                // (`لقوات` fused: the part of the word before the name is the `ل` itself, not
                // an article, `الجنود` read from `جنود`.)
                let fused = !g.ends_with(char::is_whitespace)
                    && ws
                        .last()
                        .is_some_and(|w| matches!(*w, "ل" | "لل" | "ول" | "ولل"))
                    && ws.len() >= 2;
                (fused || (lam_before_name(prev) && ws.len() >= 2)) && !tied && !patient_kind(kind)
            };
            // `طائرات حربية تقصف قوات فجر ليبيا`: aircraft no side names stand before the verb
            // as its subject (SVO): the side after it is struck, not striking.
            let aircraft_before = aircraft_subject(&sa.unit, text, &clause, &trig);
            // `مصراتة التي يسيطر عليها الثوار وتحاصرها كتائب القذافي`, `وقصفتها الطائرات`: a
            // verb that carries its object as a pronoun has its subject right after it (VSO),
            // not the name told before (r84).
            let vso = after.first().copied().filter(|&j| {
                !held(j)
                    && !genitive(j)
                    && text
                        .get(trig.clone())
                        .is_some_and(|w| verb_with_object(w.trim_start_matches(['و', 'ف'])))
                    && text
                        .get(trig.end..cands[j].range.start)
                        .is_some_and(|g| words(g).next().is_none())
            });
            a1 = vso.or_else(|| before.last().copied()).or_else(|| {
                let j = after.first().copied()?;
                if held(j) || genitive(j) || aircraft_before {
                    None
                } else {
                    after_it.next()
                }
            });
        }
        // `فإن الزروالي، وهو ناشط وصحافي، اختطفته مجموعة …`: the object pronoun of an arrest
        // or an abduction stands for the person or the civilians told before the clause,
        // never for a name after the verb.
        let pronoun = patient_kind(kind) && {
            let [w]: [&str; 1] = sa.unit.after(text, trig.start, trig.end);
            !w.is_empty() && object_pronoun_verb(w.trim_start_matches(['و', 'ف']))
        };
        if a2.is_none() && !pronoun {
            a2 = after_it.find(|&j| Some(j) != a1);
        }
        if a2.is_none() && pronoun {
            a2 = (0..cands.len()).rev().find(|&j| {
                let c = &cands[j];
                c.range.end <= clause.start
                    && c.range.start >= sa.sent_start
                    && Some(j) != a1
                    && !is_source[j]
                    && match &c.cand {
                        Cand::Named(m) => m.kind == EntityKind::Person,
                        Cand::Generic(g) => g.generic == super::Generic::Civilians,
                    }
            });
        }
    } else {
        // `احتجاز آمر اللواء محمود حمزة`, `اختطاف مدير مكتب X`: a title and its complement
        // before the name still make the genitive.
        let titled = |j: usize| {
            let [w]: [&str; 1] = sa.unit.after(text, trig.end, cands[j].range.start);
            !w.is_empty()
                && in_list(GENITIVE_TITLES, w)
                && gap_in(&sa.unit, text, trig.end, cands[j].range.start) <= 3
        };
        let genitive = after.first().copied().filter(|&j| {
            // (Not behind a house, a seat or a car it owns: `اقتحام منزل عبدالرؤوف بيت المال`
            // took the owner's house.)
            (gap_in(&sa.unit, text, trig.end, cands[j].range.start) <= 1
                && !owned_thing_between(&sa.unit, text, trig.end, cands[j].range.start))
                    || titled(j)
                    // `قصف لميليشيات الجنرال الانقلابي حفتر`: the forces word and the
                    // commander's ranks before the name.
                    || (!patient_kind(kind)
                        && forces_over_ranks(text, trig.end, &cands[j], sa.forces_of.get(j)))
                    // `هجوم كبير لقوات حفتر`: adjectives before the `ل` of the genitive.
                    || (!patient_kind(kind)
                        && !bilateral_kind(kind)
                        && adjectives_then_lam(&sa.unit, text, trig.end, cands[j].range.start))
                    // `هجوم لقوات تابعة لحكومة الوفاق`: the unit tied to its side.
                    || (!patient_kind(kind)
                        && sa.unit.after::<1>(text, trig.end, cands[j].range.start)[0].starts_with('ل')
                        && linked_by_affiliation(&sa.unit, text, trig.end, cands[j].range.start))
                    // `ضربة جوية من طائرة بدون طيار تابعة للتحالف الدولي`: the aircraft it came
                    // from, tied to its side.
                    || (!patient_kind(kind)
                        && aircraft_tied(text, trig.end, cands[j].range.start))
                    // `سيارة مفخخة تابعة لمجلس الثوار`: the bomb tied to its side.
                    || (kind == EventKind::Bombing
                        && tie_only(text, trig.end, cands[j].range.start))
        });
        // `اعتقال آمر اللواء 444 العقيد محمود حمزة`: a title, the body it heads, then the
        // person (a rank between at most): the person is the patient, not his body.
        let genitive = genitive.map(|j| {
            if !(patient_kind(kind) && titled(j)) {
                return j;
            }
            let body =
                matches!(cands[j].cand, Cand::Named(m) if m.kind == EntityKind::Organization);
            let holder = after.iter().copied().find(|&k| {
                k != j
                    && cands[k].range.start >= cands[j].range.end
                    && matches!(cands[k].cand, Cand::Named(m) if m.kind == EntityKind::Person)
            });
            match holder {
                Some(k)
                    if body
                        && text
                            .get(cands[j].range.end..cands[k].range.start)
                            .is_some_and(|g| {
                                !g.contains(['،', ',', '.'])
                                    && words(g).count() <= 2
                                    && words(g).all(|r| {
                                        is_rank(&g[r.clone()]) || in_list(GENITIVE_TITLES, &g[r])
                                    })
                            }) =>
                {
                    k
                }
                _ => j,
            }
        });
        // `انسحاب قوات حفتر`: who withdraws loses the ground (a capture told by its loser).
        // (`مع تراجع مسلحين من القاعدة`: a retreat is a withdrawal.)
        let withdrawal = kind == EventKind::TerritoryControl && withdrawal_word(text, &trig, false);
        // `اختطاف قوات حفتر للإعلامي فلان`, `اعتقال قوة الردع لثلاثة ناشطين`: a genitive
        // followed by `ل` and the side acted on is the one who acted.
        let agent_genitive = genitive
            .filter(|_| patient_kind(kind) && kind != EventKind::Casualties)
            .and_then(|j| {
                let from = cands[j].range.end;
                let rest = text.get(from..clause.end.max(from)).unwrap_or("");
                let w = words(rest).next()?;
                let word_end = from + w.end;
                let lam = &rest[w.clone()];
                // `اعتقال جهاز الردع عنصرا يتبع كتيبة ثوار طرابلس`: an accusative person after
                // the genitive is the one held; the side he belongs to, named over a word of
                // belonging, is acted on.
                // So is one after `ل` (`عقب اعتقال الأخير لعنصرين من الفصيل`).
                let held = lam.trim_start_matches(['و', 'ف']);
                let people = |w: &str| in_list(HELD_MEMBERS, w) || in_list(COUNTED_PEOPLE, w);
                if people(held) || held.strip_prefix('ل').is_some_and(people) {
                    let k = held_side(&sa.unit, text, cands, after, j, word_end)?;
                    return Some((j, k));
                }
                if !lam.starts_with('ل') {
                    // `احتجاز قوة الردع الخاصة قائد اللواء 444 محمود حمزة`: an armed group
                    // then, in the accusative, a title and the one it names: the group acted
                    // on that one.
                    let armed = matches!(&cands[j].cand, Cand::Named(m)
                        if m.kind == EntityKind::Organization && m.category == "armed_group");
                    if !armed {
                        return None;
                    }
                    return lam_title(
                        &sa.unit,
                        text,
                        cands,
                        after,
                        j,
                        from + w.start..word_end,
                        true,
                    )
                    .map(|k| (j, k));
                }
                let k = after.iter().copied().find(|&k| {
                    k != j && cands[k].range.start >= from && cands[k].range.start < word_end
                });
                // `احتجاز قوة الردع لآمر اللواء 444 محمود حمزة`, `اعتقال الجهاز للعقيد فلان`:
                // a title or a rank after the `ل` (its own article dropped), then the side acted
                // on: the title's body, or the person named right after it.
                let k = k.or_else(|| {
                    lam_title(
                        &sa.unit,
                        text,
                        cands,
                        after,
                        j,
                        from + w.start..word_end,
                        false,
                    )
                });
                Some((j, k?))
            });
        if let Some((j, k)) = agent_genitive {
            if a1.is_none() {
                a1 = Some(j);
            }
            if a2.is_none() {
                a2 = Some(k);
            }
        }
        // `علقت المؤسسة العمل عقب اختطاف اثنين من موظفيها`: after a word of time or cause,
        // the names before the noun are the main verb's (s26).
        let circumstance = after_circumstance(&sa.unit, text, sa.sent_start, &trig);
        // `أكد القائد انسحاب قواته من المعسكر`: the side whose own forces withdrew (the name
        // before the noun) gave the ground up: actor2.
        let own_withdrew = withdrawal
            && text.get(trig.clone()).is_some_and(|w| {
                words(w).skip(1).any(|r| {
                    let x = &w[r];
                    in_list(OWN_FORCES, x) || in_list(OWN_FORCES, x.trim_start_matches('و'))
                })
            });
        if own_withdrew && a2.is_none() {
            a2 = before.last().copied();
        }
        if patient_kind(kind) || withdrawal {
            if a2.is_none() {
                a2 = genitive;
            }
            if a1.is_none() && !own_withdrew && (!circumstance || pronoun_patient(text, &trig)) {
                a1 = before.last().copied();
            }
            // `أُفرج عن علي زيدان بعد ساعات من اختطافه`: a pronoun on the event noun stands for
            // the person named before it in the sentence.
            if a2.is_none() && !withdrawal && pronoun_patient(text, &trig) {
                a2 = cands
                    .iter()
                    .enumerate()
                    .rev()
                    .filter(|(j, c)| {
                        c.range.end <= trig.start
                            && c.range.start >= sa.sent_start
                            && Some(*j) != a1
                            && !is_source[*j]
                    })
                    .find(|(_, c)| matches!(c.cand, Cand::Named(m) if m.kind == EntityKind::Person))
                    .map(|(j, _)| j);
            }
            // `حصار ما تبقى من عناصر التنظيم`: the besieged, the arrested further on, when
            // no genitive names them; never the one who acted.
            if a2.is_none() && !withdrawal {
                a2 = after.iter().copied().find(|&j| Some(j) != a1);
            }
        } else {
            // `تكبدت قوات التنظيم خسائر جراء قصفها بطائرات تابعة لرئاسة الأركان`: an attack noun
            // with a pronoun (`قصفها`, `استهدافه`) names its target by the pronoun, the side told
            // before it; the side told after it attacked.
            if a1.is_none() && a2.is_none() && attack_pronoun(text, &trig) {
                a2 = before.last().copied();
                a1 = after.iter().copied().find(|&j| Some(j) != a2);
            }
            // The genitive of a verbal noun is its agent (`قصف لكتائب القذافي`, `غارات للناتو`,
            // `هجوم قوات حفتر`); a candidate before it may belong to what comes before
            // (`قصف لكتائب القذافي على الميناء وغارات للناتو`).
            // `واستهدف مسلحون مجهولون سيارة العقيد بعبوة ناسفة`: the instrument of the verb
            // that opens the clause has that verb's subject, the name right after the verb, as
            // its agent, and the verb's object as its target.
            let instrument =
                genitive.is_none() && instrument_of_verb(text, &sa.unit, &clause, &trig);
            // `تمكن الثوار الليبيون بعد معارك عنيفة ضد القوات الموالية للقذافي من السيطرة على
            // …`: the subject of the verb of managing the act after `من` acted, not the side
            // told between.
            let managed = genitive
                .is_none()
                .then(|| managed_at(text, &clause, &trig))
                .flatten()
                .and_then(|v| before.iter().copied().find(|&j| cands[j].range.start >= v));
            if a1.is_none() {
                a1 = if instrument {
                    before.first().copied()
                } else {
                    genitive.or(managed).or(before.last().copied())
                };
            }
            if a2.is_none() && instrument {
                a2 = before.get(1).copied();
            }
            if a2.is_none() {
                a2 = after.iter().copied().find(|&j| Some(j) != a1);
            }
        }
    }
    // `قوات البنيان المرصوص التابعة لحكومة الوفاق`: the group a side belongs to is its
    // ally, never the side acted on.
    if let (Some(x), Some(y)) = (a1, a2) {
        // Only the word of belonging between (`قصفت قوات حفتر مواقع تابعة للوفاق` keeps its
        // target).
        let owner = cands[y].range.start >= cands[x].range.end
            && text
                .get(cands[x].range.end..cands[y].range.start)
                .is_some_and(|g| {
                    // The `ل` of `لحكومة` may stand outside the name.
                    let g = g.trim_end().trim_end_matches('ل');
                    let mut ws = words(g).map(|r| &g[r]);
                    let first = ws.next().unwrap_or("");
                    ws.next().is_none() && any_tie(first)
                });
        if owner {
            assoc.push(y);
            used[y] = true;
            a2 = after
                .iter()
                .copied()
                .find(|&j| j != x && j != y && cands[j].range.start > cands[y].range.end);
        }
    }
    // `صدت قوات الوفاق هجوما لقوات حفتر`, `قالت قوات الوفاق إنها صدت هجوما …`: who repels
    // an attack was attacked.
    let mut repelled = false;
    if !bilateral_kind(kind) && !patient_kind(kind) && kind != EventKind::Protest {
        // The last five words or so before the trigger (a bounded look: long clauses stay
        // linear).
        let mut from = trig.start.saturating_sub(100).max(clause.start);
        while from < trig.start && !text.is_char_boundary(from) {
            from += 1;
        }
        // (The words as ranges of the text.)
        // (Or the trigger itself: `تصد قوات الوفاق محاولات تسلل`, `استطاعت صد القوات
        // المهاجمة`.)
        let own = || {
            let first = words(text.get(trig.clone()).unwrap_or("")).next()?;
            let w = &text[trig.start + first.start..trig.start + first.end];
            in_list(REPEL, w.trim_start_matches(['و', 'ف']))
                .then(|| trig.start - from..trig.start + first.end - from)
        };
        let repel = sa
            .unit
            .within(text, from, trig.start)
            .filter(|r| in_list(REPEL, text[r.clone()].trim_start_matches(['و', 'ف'])))
            .last()
            .map(|r| r.start - from..r.end - from)
            .or_else(own);
        if let Some(r) = repel {
            repelled = true;
            let at = from + r.end;
            let between = in_clause
                .iter()
                .map(|&(j, _)| j)
                .find(|&j| cands[j].range.start >= at && cands[j].range.end <= trig.start);
            // A pronoun subject (`إنها صدت`): the side that says so.
            let source = || {
                let upto = cands.partition_point(|c| c.range.end <= from + r.start);
                (upto.saturating_sub(8)..upto).rev().find(|&j| {
                    is_source[j]
                        && cands[j].range.start >= sa.sent_start
                        && !addressee(text, cands[j].range.start)
                        && matches!(cands[j].cand, Cand::Named(m) if m.kind == EntityKind::Organization)
                })
            };
            // The subject before the verb (`تمكنت قوات الوفاق من صد هجوم`), at most three
            // words before it.
            let subject = || {
                in_clause.iter().map(|&(j, _)| j).rfind(|&j| {
                    cands[j].range.end <= from + r.start
                        && gap_in(&sa.unit, text, cands[j].range.end, from + r.start) <= 3
                })
            };
            let defender = between.or_else(|| subject().or_else(source));
            if let Some(d) = defender {
                if a1 == Some(d) {
                    a1 = a2.filter(|&x| x != d);
                }
                a2 = Some(d);
                used[d] = true;
            }
        }
    }
    // `هجوم شنته القوة الثالثة التابعة لمصراتة وسرايا الدفاع عن بنغازي على القاعدة`: a side
    // joined to actor1 by `و`, with no role word between, acted with it.
    if !bilateral_kind(kind) && kind != EventKind::Casualties {
        if let (Some(x), Some(y)) = (a1, a2) {
            let (ax, ay) = (&cands[x].range, &cands[y].range);
            let joined = ay.start > ax.end
                && !in_clause.iter().any(|&(j, m)| j == y && m.is_some())
                && conjoined(text, ax.end, ay.start);
            if joined {
                assoc.push(y);
                used[y] = true;
                a2 = None;
            }
        }
    }
    // `اختطاف تنظيم داعش 21 مواطنا مصريا`, `اعتقل جهاز الردع خمسة أشخاص`: a named group right
    // after the trigger of an arrest or an abduction (one word between at most), with people
    // counted right after it, is the subject (of the verb, or the genitive of its verbal
    // noun); the people counted are the ones held.
    if a1.is_none() && matches!(kind, EventKind::Arrest | EventKind::Abduction) {
        if let Some(i) = a2.filter(|&i| {
            let c = &cands[i];
            matches!(c.cand, Cand::Named(m) if m.kind == EntityKind::Organization)
                && c.range.start >= trig.end
                && gap_words(text, trig.end, c.range.start) <= 1
                && counted_people_from(text, sa, c.range.end, &clause, 3)
        }) {
            a1 = Some(i);
            a2 = None;
        }
    }
    // `اعتقلت الأجهزة الأمنية التابعة لحكومة الوحدة الوطنية، عددا من المتظاهرين`: the object
    // of an arrest or an abduction told after the comma that closes a long subject (a count
    // or `عددا` right after the comma).
    let mut object_after_comma = None;
    let mut civilians_after_comma = false;
    if a2.is_none() && a1.is_some() && matches!(kind, EventKind::Arrest | EventKind::Abduction) {
        let rest = text_ahead(text, clause.end, clause.end + 200);
        let comma = rest.trim_start();
        if let Some(tail) = comma.strip_prefix('،').or_else(|| comma.strip_prefix(',')) {
            let from = text.len().min(clause.end + (rest.len() - tail.len()));
            let first = words(tail).next().map_or("", |r| &tail[r]);
            let counted = sa
                .tables
                .is_some_and(|t| t.is_count(first) || matches!(first, "عددا" | "العشرات"));
            if counted {
                object_after_comma = cands
                    .iter()
                    .enumerate()
                    .find(|(j, c)| {
                        c.range.start >= from
                            && c.range.start <= from + 60
                            && !is_source[*j]
                            && matches!(&c.cand, Cand::Generic(g) if matches!(
                                g.generic,
                                super::Generic::Protesters
                                    | super::Generic::Rioters
                                    | super::Generic::Civilians
                            ))
                    })
                    .map(|(j, _)| j);
                if object_after_comma.is_none()
                    && counted_people_from(text, sa, from, &(from..from + 120), 3)
                {
                    civilians_after_comma = true;
                }
            }
        }
    }
    if let Some(j) = object_after_comma {
        a2 = Some(j);
    }
    // `اعتقلت قوات الأمن خمسة أشخاص`, `خطف مسلحون 3 عمال`: people counted with no name or
    // group are civilians.
    let mut counted_civilians = civilians_after_comma;
    if a2.is_none() && !counted_civilians {
        counted_civilians = counted_people(text, sa, kind, &trig, &clause);
    }
    // `قتل خمسة أشخاص في هجوم انتحاري على …`, `أسفرت الغارة عن مقتل 42 شخصا`: people a toll of
    // the sentence counts, with no group, were the target of a one-sided attack: civilians.
    // `لقي مصريان اثنان مصرعهما`, `إعدام 21 مصريا`: foreign nationals a toll counts, with
    // no group, were civilians whatever killed them.
    if a2.is_none() && (one_sided_attack(kind) || kind == EventKind::Casualties) {
        if let Some(t) = sa.tables {
            counted_civilians = counted_victims(
                text,
                t,
                &sa.unit,
                sa.sent_start,
                &trig,
                &clause,
                (kind, false),
            );
        }
    }
    // Victims (civilians, people counted out of a group by a casualty phrase) were acted on:
    // never actor1 outside protests; a victim of the clause is actor2 when none was found.
    // `اختُطف خلاله سبعة من موظفي البعثة`: a group counted after the verb of an arrest or an
    // abduction is its patient, never its agent.
    if patient_kind(kind) {
        if let Some(i) = a1.filter(|&i| {
            sa.is_counted.get(i).copied().unwrap_or(false) && cands[i].range.start > trig.start
        }) {
            if a2.is_none() {
                a2 = Some(i);
            }
            a1 = None;
        }
    }
    // `قُتل جنديان في اشتباكات مع مسلحي X`: soldiers or fighters a toll counts are a side of
    // the clash they died in; only civilians are no side of it.
    // `تفجيرات نفذها عناصر من تنظيم داعش`: the agent of a passive or a relative clause acted,
    // whatever casualty word stands before it.
    let agent = |i: usize| {
        in_clause
            .iter()
            .any(|&(j, m)| j == i && m == Some(RoleWord::Agent))
    };
    let victim = |i: usize| {
        let civilians =
            matches!(&cands[i].cand, Cand::Generic(g) if g.generic == super::Generic::Civilians);
        let struck = matches!(kind, EventKind::Airstrike | EventKind::Shelling)
            && sa.counted_dead.get(i).copied().unwrap_or(false);
        (sa.is_victim.get(i).copied().unwrap_or(false) || struck)
            && (!bilateral_kind(kind) || civilians)
            && !agent(i)
    };
    if kind != EventKind::Protest {
        // `بين سكان من المنطقة وتشكيل مسلح`: residents fought by an armed side are the side
        // acted on; the armed side acted.
        if let (Some(x), Some(y)) = (a1, a2) {
            if bilateral_kind(kind) && victim(x) && !victim(y) {
                a1 = Some(y);
                a2 = Some(x);
            }
        }
        if let Some(v) = a1.filter(|&i| victim(i)) {
            if a2.is_none() {
                a2 = Some(v);
            }
            a1 = before
                .iter()
                .rev()
                .chain(after.iter())
                .copied()
                .find(|&j| !victim(j) && Some(j) != a2);
        }
        // Unnamed gunmen of a named group (`مسلحون من تنظيم الدولة`, `مسلحين تابعين لغرفة
        // عمليات ثوار ليبيا`) are that group.
        if let Some(j) = a1.and_then(|i| group_of(text, cands, &in_clause, i)) {
            a1 = Some(j);
            if a2 == Some(j) {
                a2 = None;
            }
        }
        // `نقطة تفتيش تابعة للقوات`: the post of a named group is that group.
        if let Some(j) = a2.and_then(|i| group_of(text, cands, &in_clause, i)) {
            if a1 != Some(j) {
                a2 = Some(j);
            }
        }
        if a2.is_none() {
            a2 = free
                .iter()
                .copied()
                .find(|&j| {
                    victim(j) && Some(j) != a1 && !matches!(&cands[j].cand, Cand::Generic(_))
                })
                .or_else(|| {
                    // Unnamed victims are no side of a clash.
                    free.iter()
                        .copied()
                        .find(|&j| victim(j) && Some(j) != a1 && !bilateral_kind(kind))
                });
        }
        // `هاجم مسلحون بوابة أمنية … ما أسفر عن مقتل ثلاثة من عناصر الكتيبة 166`: a post
        // attacked whose men a toll of the sentence counts out of a named body is that
        // body's (s26: the post alone gave generic state forces).
        if let Some(p) = a2.filter(|&i| is_post(text, &cands[i])) {
            if let Some(j) = (p + 1..cands.len()).find(|&j| {
                Some(j) != a1
                    && (victim(j) || sa.is_counted.get(j).copied().unwrap_or(false))
                    && matches!(&cands[j].cand, Cand::Named(m) if m.kind == EntityKind::Organization)
                    && !is_source[j]
            }) {
                a2 = Some(j);
            }
        }
        // `قُتل 141 شخصا، معظمهم من جنود الجيش الوطني، في هجوم شنته X`: the group a toll of
        // the sentence counts, told in an aside of its own, was attacked.
        if a2.is_none() && !bilateral_kind(kind) && kind != EventKind::Casualties {
            let upto = cands.partition_point(|c| c.range.end <= trig.start);
            a2 = (upto.saturating_sub(16)..upto).find(|&j| {
                victim(j)
                    && Some(j) != a1
                    && cands[j].range.start >= sa.sent_start
                    && cands[j].range.end <= trig.start
                    && !is_source[j]
                    && !sa.is_commenter.get(j).copied().unwrap_or(false)
                    && (matches!(&cands[j].cand, Cand::Named(m) if m.kind == EntityKind::Organization)
                        || sa.is_member.get(j).copied().unwrap_or(false))
                    && a1.is_none_or(|x| !same_key(key(x), key(j)))
            });
        }
    }
    // Protests: the protesters act; civilians who protest are protesters, and a protest
    // with no named side is by protesters.
    if kind == EventKind::Protest {
        let protesters = || Actor::unnamed(super::Generic::Protesters);
        let prot = in_clause.iter().any(|&(i, _)| {
            matches!(&cands[i].cand, Cand::Generic(g) if matches!(g.generic, super::Generic::Protesters | super::Generic::Rioters))
        });
        if !prot {
            let civ = a1.map(|i| &cands[i].cand);
            // `تظاهروا تأييدا للرئيس المعزول محمد مرسي`: a person the crowd supports or
            // opposes is no side of it; ACLED codes the crowd.
            let person =
                |i: usize| matches!(&cands[i].cand, Cand::Named(m) if m.kind == EntityKind::Person);
            if a1.is_some_and(person) {
                a1 = None;
                a2 = a2.filter(|&i| !person(i));
            }
            if a1.is_none()
                || matches!(civ, Some(Cand::Generic(g)) if g.generic == super::Generic::Civilians)
            {
                out.actor1 = Some(protesters());
                // `خرج المواطنون للمطالبة بإخراج التشكيلات المسلحة`: an unnamed group the
                // crowd speaks of (what it demands or opposes) is no side of the protest.
                out.actor2 = a2
                    .filter(|&i| !matches!(cands[i].cand, Cand::Generic(_)))
                    .map(act);
                return finish(out, assoc, &act, &key);
            }
            // `فرقت قوات الأمن بالقوة وقفة احتجاجية`: the force that breaks up a protest
            // is its actor2; the protesters act.
            let force = match civ {
                Some(Cand::Generic(g)) => g.generic.is_armed(),
                Some(Cand::Named(m)) => m.category == "armed_group",
                None => false,
            };
            if force {
                out.actor1 = Some(protesters());
                out.actor2 = a1.map(act);
                return finish(out, assoc, &act, &key);
            }
        }
        if let Some(p) = in_clause.iter().map(|&(i, _)| i).find(|&i| {
            matches!(&cands[i].cand, Cand::Generic(g) if matches!(g.generic, super::Generic::Protesters | super::Generic::Rioters))
        }) {
            if a1 != Some(p) {
                if a2 == Some(p) {
                    a2 = a1;
                }
                a1 = Some(p);
            }
        }
    }
    // `أعلن حلف الناتو أن طائراته نفذت غارات`, `أكدت وزارة الدفاع أن قواتها بسطت سيطرتها`:
    // the announcer's own forces acted, so the announcer is actor1 too.
    if a1.is_none()
        && kind != EventKind::Protest
        && (0..cands.len()).any(|i| is_source[i] && cands[i].range.end <= trig.start)
    {
        let head = text
            .get(clause.start..trig.end.max(clause.start))
            .unwrap_or("");
        // `وحداته` begins with a `و` of its own: the word as written, or without a `و`/`ف`.
        let first8: [&str; 8] = sa
            .unit
            .after(text, clause.start, trig.end.max(clause.start));
        let own = first8.iter().take_while(|w| !w.is_empty()).any(|&raw| {
            in_list(OWN_FORCES, raw) || {
                let w = raw.trim_start_matches(['و', 'ف']);
                w.len() != raw.len() && in_list(OWN_FORCES, w)
            }
        }) || pronoun_subject(&sa.unit, text, &clause, &trig);
        // The announcer before the clause (`أعلن X أن قواته …`), or in it when its own
        // forces are counted (`أعلن الجيش مقتل خمسة من عناصره في اشتباكات مع Y`).
        // `قالت القوات في بيان تلقت وكالة فرانس برس نسخة منه "قواتنا تتقدم"`: an outlet that
        // relays the statement has no forces of its own; the side that said it does.
        let owner = |i: usize| is_source[i] && !media(&cands[i].cand);
        let source = (0..cands.len())
            .rev()
            .find(|&i| owner(i) && cands[i].range.end <= clause.start)
            .or_else(|| {
                (0..cands.len())
                    .rev()
                    .find(|&i| owner(i) && cands[i].range.end <= trig.start)
            });
        // `قال المتحدث باسم قوات الوفاق إن سلاح الجو التابع للحكومة شن غارات`: forces tied
        // by `التابع لـ` to an unnamed `الحكومة`/`الجيش` are the own forces of the side the
        // spokesman speaks for.
        let side = (0..cands.len()).rev().find(|&i| {
            is_source[i]
                && cands[i].range.end <= clause.start
                && matches!(cands[i].cand, Cand::Named(m) if m.kind == EntityKind::Organization)
                && {
                    let mut from = cands[i].range.start.saturating_sub(12).max(sa.sent_start);
                    while from < cands[i].range.start && !text.is_char_boundary(from) {
                        from += 1;
                    }
                    text.get(from..cands[i].range.start)
                        .is_some_and(|g| g.trim_end().ends_with("باسم"))
                }
        });
        let tied = side.is_some() && {
            let ws: Vec<Range<usize>> = words(head).take(8).collect();
            ws.windows(2).any(|p| {
                let (a, b) = (&head[p[0].clone()], &head[p[1].clone()]);
                let at = clause.start + p[1].start;
                (a.starts_with("التابع") || a.starts_with("الموالي"))
                    && b.starts_with("لل")
                    && !cands
                        .iter()
                        .any(|c| c.range.start <= at && at < c.range.end)
            })
        };
        // `نقلت الوكالة عن مصادر أن قوات الجيش قالت إن مقاتلاتها نفذت`: the sayer told right
        // before its verb of saying is whose forces they are, whoever relays the saying.
        let sayer = own
            .then(|| sayer_before_verb(text, sa, markers, cands, trig.start))
            .flatten();
        // `أكد القائد انسحاب قواته من المعسكر`: the sayer's forces gave the ground up.
        let withdrew = kind == EventKind::TerritoryControl && withdrawal_word(text, &trig, true);
        if own || tied {
            let who = if own { sayer.or(source) } else { side };
            if repelled || withdrew {
                // `قال قائد المنطقة إن قواته صدت هجوما`: the sayer's forces were attacked.
                if who.is_some() {
                    a2 = who;
                }
            } else {
                a1 = who;
                if a1.is_some() && a1 == a2 {
                    a2 = None;
                }
            }
        }
    }
    // `بعد ساعات من هجوم الجيش الليبي …، تمكنت وحداته من السيطرة على …`: with no one who says
    // so, a side's own forces (`وحداته`, `قواتها`) opening the clause are those of the first
    // named group of the sentence, its topic.
    if a1.is_none() && kind != EventKind::Protest && !bilateral_kind(kind) {
        let first3: [&str; 3] = sa
            .unit
            .after(text, clause.start, trig.start.max(clause.start));
        let own = first3.iter().take_while(|w| !w.is_empty()).any(|&raw| {
            in_list(OWN_FORCES, raw) || {
                let w = raw.trim_start_matches(['و', 'ف']);
                w.len() != raw.len() && in_list(OWN_FORCES, w)
            }
        });
        let told = (0..cands.len()).any(|i| is_source[i] && cands[i].range.start >= sa.sent_start);
        if own && !told {
            a1 = (0..cands.len()).find(|&j| {
                let c = &cands[j];
                c.range.start >= sa.sent_start
                    && c.range.end <= clause.start
                    && !sa.is_commenter.get(j).copied().unwrap_or(false)
                    && (matches!(&c.cand, Cand::Named(m) if m.kind == EntityKind::Organization)
                        || sa.forces_of.get(j).copied().flatten().is_some())
            });
            if a1.is_some() && a1 == a2 {
                a2 = None;
            }
        }
    }
    // `أعلن المتحدث باسم الجيش، العقيد فلان، عن استعادة السيطرة على …`: an operation the
    // side announces as its own news, with no one else named to carry it out, was its own.
    if a1.is_none() {
        if let Some(j) = announced_operation(text, sa, &trig, kind).filter(|&j| Some(j) != a2) {
            a1 = Some(j);
        }
    }
    // `اقترب الثوار من زليتن بعد اشتباكات دامية مع كتائب القذافي`: a clash told after `بعد`
    // (or `عقب`, `إثر`, `خلال`) with only its other side, after `مع`, named has as its first
    // side the sentence's subject before it: the first armed side of the sentence, not a
    // source or a commenter, before the trigger.
    if a1.is_none() && kind == EventKind::ArmedClash {
        if let Some(y) = a2 {
            let [w0, w1, w2] = sa.unit.before::<3>(text, sa.sent_start, trig.start);
            let after_time = [w0, w1, w2]
                .iter()
                .any(|w| matches!(*w, "بعد" | "عقب" | "اثر" | "خلال"));
            let with = text
                .get(trig.end..cands[y].range.start)
                .is_some_and(|g| g.split_whitespace().any(|w| w == "مع"));
            if after_time && with {
                a1 = (0..cands.len()).find(|&j| {
                    let c = &cands[j];
                    j != y
                        && c.range.start >= sa.sent_start
                        && c.range.end <= trig.start
                        && !is_source[j]
                        && !sa.is_commenter.get(j).copied().unwrap_or(false)
                        && match c.cand {
                            Cand::Generic(g) => {
                                g.generic.is_armed() || g.generic == super::Generic::ExternalForces
                            }
                            Cand::Named(m) => m.kind == EntityKind::Organization,
                        }
                });
            }
        }
    }
    // `وكانت قوات الوفاق أعلنت أنها سيطرت على …`: the sayer told before its verb of saying
    // (at most one word between) is the subject the pronoun on `أن` stands for.
    if a1.is_none() && kind != EventKind::Protest && pronoun_subject(&sa.unit, text, &clause, &trig)
    {
        a1 = sayer_before_verb(text, sa, markers, cands, trig.start)
            .or_else(|| generic_sayer(text, sa, markers, cands, trig.start))
            .filter(|&j| Some(j) != a2);
    }
    // `… واتهمت حكومة الوفاق قوات حفتر بالوقوف وراءه`: with no side named in its clause, an
    // attack is coded to the side the sentence accuses of it.
    if a1.is_none() && kind != EventKind::Protest && !bilateral_kind(kind) {
        let accusation = markers.iter().find(|(r, w)| {
            *w == RoleWord::Comment
                && r.start >= sa.sent_start
                && text.get(r.clone()).is_some_and(|v| {
                    let v = v.trim_start_matches(['و', 'ف']);
                    v.starts_with("اتهم") || v.starts_with("حمل")
                })
        });
        if let Some((r, _)) = accusation {
            a1 = (0..cands.len()).find(|&j| {
                cands[j].range.start >= r.end
                    && gap_in(&sa.unit, text, r.end, cands[j].range.start) <= 3
                    && !is_source[j]
                    && !sa.is_commenter.get(j).copied().unwrap_or(false)
                    && matches!(cands[j].cand, Cand::Named(_))
                    && Some(j) != a2
            });
        }
    }
    // `في هجوم أعلن تنظيم داعش مسؤوليته عنه`: who claims a violent attack of the sentence
    // carried it out (over unnamed attackers, and over a side the clause only names).
    if let Some(c) = sa.claimant {
        let attack = claimable(kind) && !bilateral_kind(kind);
        let agent_named = a1.is_some_and(|i| {
            matches!(cands[i].cand, Cand::Named(_))
                && in_clause
                    .iter()
                    .any(|&(j, m)| j == i && m == Some(RoleWord::Agent))
        });
        if attack && !agent_named {
            // (A claimant read as the side struck, named after the trigger, `التفجير … وداعش
            // يتبنى`, is the attacker.)
            if a2 == Some(c) {
                a2 = None;
            }
            if a1.is_some() && a2.is_none() && a1 != Some(c) {
                // The side the clause named was the target (`اقتحم انتحاريون مقر المفوضية`).
                a2 = a1.filter(|&i| matches!(cands[i].cand, Cand::Named(_)));
            }
            a1 = Some(c);
        }
    }
    // `أن الشوارع التي شهدت الاشتباكات هي …، مشيرة إلى أن الاشتباكات بين X وY`: a clash
    // whose clause names no side takes the two sides a later `بين` of its sentence names,
    // when no other event stands between.
    if bilateral_kind(kind) && a1.is_none() && a2.is_none() {
        if let Some((x, y)) = later_between(text, sa, &clause, others) {
            a1 = Some(x);
            a2 = Some(y);
        }
    }
    // `بين عناصر اللواء 444 التابع لوزارة الدفاع، وقوات الردع`: the second side after the
    // body the first is tied to (rec18).
    if bilateral_kind(kind) && a2.is_none() {
        if let Some(x) = a1 {
            a2 = tied_second_side(text, sa, x);
        }
    }
    // `انسحبت قوات حفتر من المدينة`, `بعد انهيار قوات حفتر`, `تطارد فلول مليشيا حفتر`: the
    // side that gave ground is the side acted on, never the one that took it (rec18).
    if matches!(kind, EventKind::TerritoryControl | EventKind::Offensive) {
        (a1, a2) = gave_ground(text, sa, &clause, &trig, kind, (a1, a2));
    }
    // `اختطاف السفير الأردني`, `اعتقلت الشرطة الصحفي`: a civilian title right after the
    // trigger of an arrest or an abduction, with no side named as its patient.
    if a2.is_none() && !counted_civilians {
        counted_civilians = titled_civilian(text, sa, kind, &trig, &clause);
    } else if let Some(j) = a2 {
        // `قام مسلحون بخطف نجل قائد القوات الخاصة في الجيش الليبي`, `اختطاف شقيق وزير
        // الداخلية`: the body named after the title of the one held (the office of his kin,
        // his employer) is no side of the event: the one held is a civilian (roles27).
        if let Some(end) = titled_civilian_end(text, sa, kind, &trig, &clause) {
            let agent = in_clause
                .iter()
                .any(|&(i, m)| i == j && m == Some(RoleWord::Agent));
            if cands[j].range.start >= end
                && !agent
                && gap_in(&sa.unit, text, end, cands[j].range.start) <= 6
            {
                a2 = None;
                counted_civilians = true;
            }
        }
    }
    // A news outlet or agency reports, and never acts (`ونقلت رويترز عن الفتماني أن من حق
    // قواته دخول بني وليد`); it may be acted on (`اقتحام مقر قناة …`).
    let a1 = a1.filter(|&j| !media(&cands[j].cand));
    out.actor1 = a1.map(act);
    out.actor2 = a2.map(act);
    if out.actor2.is_none() && counted_civilians {
        out.actor2 = Some(Actor::unnamed(super::Generic::Civilians));
    }
    two_sides_fill(text, &mut out, sa, kind, gaz, &clause);
    let mut out = finish(out, assoc, &act, &key);
    if both && out.actor2.is_none() {
        out.actor2 = out.actor1.clone();
    }
    foreign_attacker(text, &mut out, kind, &trig, &clause, gaz);
    out
}

/// [`attack_nationality`] applied to an air strike or a shelling: the state named by the
/// adjective is the attacker; the side the clause had taken for it, when another, is the side
/// struck if none was found (`سيطر تنظيم الدولة على تدمر رغم القصف الجوي الروسي`).
fn foreign_attacker(
    text: &str,
    out: &mut Roles,
    kind: EventKind,
    trig: &Range<usize>,
    clause: &Range<usize>,
    gaz: &Gazetteer,
) {
    if !matches!(kind, EventKind::Airstrike | EventKind::Shelling) {
        return;
    }
    let Some(state) = attack_nationality(text, trig, clause.end, gaz) else {
        return;
    };
    let state = entity_actor(state);
    if out.actor1.as_ref().is_some_and(|a| same(a, &state)) {
        return;
    }
    let before = out.actor1.replace(state);
    if out
        .actor2
        .as_ref()
        .is_some_and(|a| out.actor1.as_ref().is_some_and(|s| same(a, s)))
    {
        out.actor2 = None;
    }
    if out.actor2.is_none() {
        out.actor2 = before;
    }
}

/// The second side of a `بين` whose first side `x` is tied to a body by `التابع لـ` and a
/// comma (`بين عناصر اللواء 444 التابع لوزارة الدفاع، وقوات الردع التابعة لوزارة الداخلية`,
/// rec18, issue #10): `x` named at most two words after a `بين`, then the bodies tied to
/// it (each by an affiliation word), then `،` or `,` and `و` and the name of the second side.
fn tied_second_side(text: &str, sa: &SentenceActors<'_>, x: usize) -> Option<usize> {
    let cx = sa.cands.get(x)?;
    let between = sa.markers.iter().any(|(r, w)| {
        *w == RoleWord::Between
            && r.end <= cx.range.start
            && gap_in(&sa.unit, text, r.end, cx.range.start) <= 2
    });
    if !between {
        return None;
    }
    let mut prev_end = cx.range.end;
    let mut tied = false;
    for j in x + 1..sa.cands.len() {
        let c = &sa.cands[j];
        if c.range.start < prev_end {
            continue;
        }
        if linked_by_affiliation(&sa.unit, text, prev_end, c.range.start) {
            prev_end = c.range.end;
            tied = true;
            continue;
        }
        let gap = text.get(prev_end..c.range.start)?;
        // (The gap is a comma and `و`, spaces aside.)
        let only_wa = gap
            .chars()
            .filter(|ch| !ch.is_whitespace() && !matches!(ch, '،' | ','))
            .eq(['و']);
        let comma = gap.contains(['،', ',']);
        return (tied && comma && only_wa && !sa.is_source[j]).then_some(j);
    }
    None
}

/// True when candidate `j` of the sentence is named as the side that gave ground: right
/// after a word of lost ground (`انسحاب`, `انهيار`, `فرار`, `فلول`: family `loser` of
/// `role_words.tsv`) or a hold it lost (`من أيدي`, `من قبضة`: family `hold`), over at most
/// three words of forces or ranks between (`انهيار قوات الجنرال حفتر`, `فلول مليشيا حفتر`,
/// `من أيدي مسلحي التنظيم`).
fn lost_ground(text: &str, sa: &SentenceActors<'_>, j: usize) -> bool {
    let Some(c) = sa.cands.get(j) else {
        return false;
    };
    let ws: [&str; 5] = sa.unit.before(text, sa.sent_start, c.range.start);
    for (k, &w) in ws
        .iter()
        .take(4)
        .enumerate()
        .take_while(|(_, w)| !w.is_empty())
    {
        let bare = w.trim_start_matches(['و', 'ف', 'ب']);
        if in_list(LOSER, w) || in_list(LOSER, bare) {
            return true;
        }
        // `من أيدي الثوار`, `من قبضة التنظيم` (family `hold`).
        if (in_list(HOLD, w) || in_list(HOLD, bare)) && ws[k + 1] == "من" {
            return true;
        }
        let forces = sa
            .tables
            .is_some_and(|t| t.forces.iter().any(|f| f == w || f == bare));
        if !(forces || is_rank(w) || rank_adjective(w)) {
            return false;
        }
    }
    false
}

/// The sides of a capture or an offensive once the side that gave ground is known (rec18,
/// issue #10): a withdrawal told by its verb (`انسحبت قوات حفتر`, `فرت العناصر`) in a
/// sentence that names another side has the side that withdrew as its subject, which lost
/// the ground: actor2, and no actor1 of its own; a side named right after a word of lost ground anywhere in the clause (`بعد انهيار
/// قوات حفتر`, `فلول مليشيا حفتر`) is no actor1 and, with none, actor2.
fn gave_ground(
    text: &str,
    sa: &SentenceActors<'_>,
    clause: &Range<usize>,
    trig: &Range<usize>,
    kind: EventKind,
    (mut a1, mut a2): (Option<usize>, Option<usize>),
) -> (Option<usize>, Option<usize>) {
    let word = text.get(trig.clone()).unwrap_or("");
    let first = words(word).next().map_or("", |r| &word[r]);
    let bare = first.trim_start_matches(['و', 'ف']);
    let lost = in_list(LOSER, first) || in_list(LOSER, bare);
    // (`وقوات حفتر تنسحب`: an imperfect of withdrawing after its subject is a verb too; the
    // list's imperfects start with `ي` or `ت`, and `تراجع` is also the verbal noun.)
    let imperfect = bare.starts_with(['ي', 'ت']) && bare != "تراجع";
    let withdrew = kind == EventKind::TerritoryControl
        && lost
        && (imperfect || is_verb(text, &sa.unit, clause, trig));
    // (Only when the sentence names another side, the one that held on or took the ground:
    // a withdrawal told alone keeps the side that withdrew as the one that acted.)
    // (Not the words of the side itself: `قوات` before `حفتر`, the same name twice.)
    let other_side = |x: usize| {
        let cx = &sa.cands[x];
        (0..sa.cands.len()).any(|j| {
            let c = &sa.cands[j];
            let same = match (&c.cand, &cx.cand) {
                (Cand::Named(m), Cand::Named(n)) => m.id == n.id,
                _ => false,
            };
            j != x
                && !same
                && c.range.start >= sa.sent_start
                && (c.range.end + 12 < cx.range.start || c.range.start > cx.range.end + 12)
                && !sa.is_source[j]
                && !matches!(&c.cand, Cand::Generic(g) if g.generic == super::Generic::Civilians)
        })
    };
    if withdrew && a1.is_some_and(other_side) {
        // `انسحبت قوات القذافي تاركة مواقعها للثوار`: the side named after the verb took
        // the ground.
        return (a2, a1);
    }
    // (A trigger of lost ground names its own side: read above, or by the noun's genitive.)
    if lost {
        return (a1, a2);
    }
    let loser = (0..sa.cands.len()).find(|&j| {
        let c = &sa.cands[j];
        c.range.start >= clause.start
            && c.range.end <= clause.end
            && !sa.is_source[j]
            && lost_ground(text, sa, j)
    });
    if let Some(l) = loser {
        if a1 == Some(l) {
            a1 = None;
        }
        if a2.is_none() {
            a2 = Some(l);
        }
    }
    (a1, a2)
}

/// The two sides named right after a `بين` told after `clause` in its sentence (the first
/// candidate at most one word after it, the second joined to it by `و`), when no trigger of
/// `others` stands between the clause and the `بين`.
fn later_between(
    text: &str,
    sa: &SentenceActors<'_>,
    clause: &Range<usize>,
    others: &[(Range<usize>, bool)],
) -> Option<(usize, usize)> {
    let (r, _) = sa
        .markers
        .iter()
        .find(|(r, w)| *w == RoleWord::Between && r.start >= clause.end)?;
    if others
        .iter()
        .any(|(t, _)| t.start >= clause.end && t.start < r.start)
    {
        return None;
    }
    let side = |j: usize| {
        !sa.is_source[j]
            && !sa.is_commenter.get(j).copied().unwrap_or(false)
            && !sa.is_victim.get(j).copied().unwrap_or(false)
    };
    let cands = &sa.cands;
    let x = cands.iter().position(|c| c.range.start >= r.end)?;
    if !side(x) || gap_in(&sa.unit, text, r.end, cands[x].range.start) > 1 {
        return None;
    }
    let y = x + 1;
    let joined = cands.get(y).is_some_and(|c| {
        c.range.start >= cands[x].range.end && conjoined(text, cands[x].range.end, c.range.start)
    });
    (joined && side(y)).then_some((x, y))
}

/// `اغتيل صباح اليوم ضابط`, `اختطاف جندي`: a soldier or an officer right after the trigger
/// of an assassination, an arrest or an abduction (at most three words between, no other
/// candidate) is its patient, even with no toll counting them.
fn patient_after(
    text: &str,
    kind: EventKind,
    trig: &Range<usize>,
    cands: &[At<'_>],
    i: usize,
) -> bool {
    let c = &cands[i];
    patient_kind(kind)
        && kind != EventKind::Casualties
        && c.range.start >= trig.end
        && gap_words(text, trig.end, c.range.start) <= 3
        && (i == 0 || cands[i - 1].range.end <= trig.end)
}

/// `بين قوة الردع وكتيبة ثوار طرابلس من جهة، واللواء 444 من جهة أخرى`: where `من جهة`
/// closes the first side (within about 200 bytes after the first name `first`, no full stop
/// between), and the name of the second side after it (`و` and at most three words, or a
/// unit tied to its side, before the name; a comma may stand before the `و`).
fn one_side_split(
    unit: &UnitWords<'_>,
    text: &str,
    cands: &[At<'_>],
    first: usize,
) -> Option<(usize, usize)> {
    let from = cands[first].range.end;
    let window = text_ahead(text, from, from + 200);
    let window = &window[..window.find(['.', '!', '?', '؟']).unwrap_or(window.len())];
    let at = window.find("من جهه")?;
    let q = from + at;
    // The first side's `من جهة` is not `من جهة أخرى` (that closes the second side).
    let after = &window[at + "من جهه".len()..];
    let next_word = words(after).next().map_or("", |r| &after[r]);
    if matches!(next_word, "اخري" | "ثانيه") {
        return None;
    }
    let qe = q + "من جهه".len();
    let j = cands.iter().position(|c| c.range.start >= qe)?;
    let gap = text.get(qe..cands[j].range.start)?;
    let gap =
        gap.trim_start_matches(|c: char| c.is_whitespace() || CUT_CHARS.contains(&c) || c == '،');
    let head = words(gap)
        .next()
        .map_or("", |w| &gap[w])
        .trim_start_matches('و');
    let near = gap.trim_end() == "و"
        || (gap.starts_with('و')
            && (in_list(SIDE_HEADS, head) || words(gap).take(4).count() <= 2)
            && (words(gap).take(4).count() <= 3
                || linked_by_affiliation(
                    unit,
                    text,
                    cands[j].range.start - gap.len(),
                    cands[j].range.start,
                )));
    near.then_some((q, j))
}

/// `اندلعت الاشتباكات بعد محاولة اغتيال بشير خلف الله`: a name right after another event
/// word of the sentence whose genitive or object is its patient (an assassination, an arrest,
/// an abduction, a siege, a death), told between this trigger and the name, belongs to that
/// event: it is no side of this one. So does, for an event that is not bilateral, the agent
/// genitive of another event noun (`قصف لكتائب القذافي على الميناء وغارات للناتو`: NATO is
/// the strikes', not the shelling's).
fn genitive_of_other(
    text: &str,
    trig: &Range<usize>,
    kind: EventKind,
    others: &[(Range<usize>, bool)],
    cands: &[At<'_>],
    cand: &Range<usize>,
) -> bool {
    let k = others.partition_point(|(p, _)| p.end <= cand.start);
    others[..k].iter().rev().take(2).any(|(p, patient)| {
        if p == trig || p.start < trig.end {
            return false;
        }
        let gap = text.get(p.end..cand.start).unwrap_or("x").trim();
        if *patient {
            // (`احتجاز قوة الردع قائد اللواء 444 محمود حمزة`: the side that acted right after
            // the noun, then the title of the one acted on.)
            let agent_then_title = || {
                let j = cands.partition_point(|c| c.range.start < p.end);
                cands.get(j).is_some_and(|c| {
                    c.range.end <= cand.start
                        && gap_words(text, p.end, c.range.start) == 0
                        && title_chain(text, cands, c.range.end, cand.start)
                })
            };
            return gap_words(text, p.end, cand.start) == 0
                || title_chain(text, cands, p.end, cand.start)
                || agent_then_title();
        }
        !bilateral_kind(kind) && matches!(gap, "" | "ل" | "لل")
    })
}

/// `اعتقال جهاز الردع عنصرا يتبع كتيبة ثوار طرابلس`, `خطف المسلحين موظفا تابعا للوزارة`:
/// after the person held (the word ending at `from`), the first candidate (not `j`, the
/// genitive that acted) told over at most three words of belonging (`يتبع`, `تابعا ل`, `من`,
/// `في`, `التابع`) and no punctuation: the side the person belongs to.
fn held_side(
    unit: &UnitWords<'_>,
    text: &str,
    cands: &[At<'_>],
    after: &[usize],
    j: usize,
    from: usize,
) -> Option<usize> {
    let k = after
        .iter()
        .copied()
        .find(|&k| k != j && cands[k].range.start >= from)?;
    let g = text.get(from..cands[k].range.start)?;
    let tie = |w: &str| {
        let w = w.trim_start_matches(['و', 'ف']);
        belongs_verb(w)
            || in_list(TIE, w)
            || in_list(FIGHTERS, w)
            || matches!(w, "من" | "في" | "ل" | "تابعا" | "تابعين" | "تابعه")
    };
    let first = words(g).next().map(|r| &g[r]);
    (!g.contains(['،', ',', '.', ':', ';'])
        && gap_in(unit, text, from, cands[k].range.start) <= 3
        && first.is_some_and(|w| w != "ل" && tie(w))
        && words(g).all(|r| tie(&g[r])))
    .then_some(k)
}

/// `احتجاز قوة الردع لآمر اللواء 444 محمود حمزة`, `اعتقال الجهاز للعقيد فلان`: the word
/// ending at `lam_end` is `ل` and a title or a rank (`لآمر`, `للعقيد`: ل + العقيد with its
/// alif dropped, `لمدير`). The side it names is the first candidate after it (not `j`, the
/// genitive that acted) with at most three words of ranks, titles, a unit's number or a name
/// between and no punctuation; when that is a body and a person follows it over ranks only, the person
/// (`لآمر اللواء 444 العقيد محمود حمزة`: the commander, as for `اعتقال آمر …`).
fn lam_title(
    unit: &UnitWords<'_>,
    text: &str,
    cands: &[At<'_>],
    after: &[usize],
    j: usize,
    lam: Range<usize>,
    bare: bool,
) -> Option<usize> {
    let w = text.get(lam.clone())?.trim_start_matches(['و', 'ف']);
    let titled = |s: &str| {
        in_list(GENITIVE_TITLES, s)
            || s.strip_prefix("ال")
                .is_some_and(|s| in_list(GENITIVE_TITLES, s))
    };
    // (`bare`: the title in the accusative, with no `ل`: `قائد`, not `لقائد`.)
    let title = is_rank(w)
        || (bare && in_list(GENITIVE_TITLES, w))
        || [w.strip_prefix("لل"), w.strip_prefix('ل')]
            .into_iter()
            .flatten()
            .any(titled);
    if !title {
        return None;
    }
    let clean = |a: usize, b: usize| {
        text.get(a..b).is_some_and(|g| {
            !g.contains(['،', ',', '.', ':', ';'])
                && gap_in(unit, text, a, b) <= 3
                && words(g).all(|r| {
                    let named = cands
                        .iter()
                        .any(|c| c.range.start <= a + r.start && a + r.end <= c.range.end);
                    let w = &g[r];
                    named || is_rank(w) || titled(w) || w.chars().all(|c| c.is_ascii_digit())
                })
        })
    };
    let k = after
        .iter()
        .copied()
        .find(|&k| k != j && cands[k].range.start >= lam.end)
        .filter(|&k| clean(lam.end, cands[k].range.start))?;
    let body = matches!(cands[k].cand, Cand::Named(m) if m.kind == EntityKind::Organization);
    let holder = after
        .iter()
        .copied()
        .find(|&p| p != k && p != j && cands[p].range.start >= cands[k].range.end)
        .filter(|&p| {
            body && matches!(cands[p].cand, Cand::Named(m) if m.kind == EntityKind::Person)
                && clean(cands[k].range.end, cands[p].range.start)
        });
    Some(holder.unwrap_or(k))
}

/// `إثر اغتيال رئيس جهاز دعم الاستقرار`, `بعد مقتل آمر اللواء 444 العقيد محمود حمزة`: the
/// words `text[a..b]` between a patient's event word and a name are a title (`genitive_title`,
/// or `أحد`/`إحدى`: one of) and then only names (the body the title heads) and ranks: the name is part of the patient
/// the title names, as the title's holder or the body he heads.
fn title_chain(text: &str, cands: &[At<'_>], a: usize, b: usize) -> bool {
    let Some(gap) = text.get(a..b) else {
        return false;
    };
    if gap.len() > 160 || gap.contains(['،', ',', '.', '(', ')']) {
        return false;
    }
    let mut ws = words(gap);
    let Some(first) = ws.next() else {
        return false;
    };
    // `مقتل أحد الثوار`, `اغتيال أحد قادة الكتيبة`: one of a group is a title of its own.
    let one_of = matches!(&gap[first.clone()], "احد" | "احدي");
    if !(one_of || in_list(GENITIVE_TITLES, &gap[first.clone()])) {
        return false;
    }
    // Past the title: names (candidates) and ranks only.
    let mut q = a + first.end;
    let mut k = cands.partition_point(|c| c.range.start < q);
    for r in ws {
        let (ws_start, ws_end) = (a + r.start, a + r.end);
        if ws_end <= q {
            continue;
        }
        // A name that covers this word (its proclitic `ل`/`ب` may stand outside it).
        while k < cands.len() && cands[k].range.end <= ws_start {
            k += 1;
        }
        if let Some(c) = cands
            .get(k)
            .filter(|c| c.range.start < ws_end && c.range.start >= q)
        {
            q = c.range.end;
            continue;
        }
        if is_rank(&gap[r.clone()]) || in_list(GENITIVE_TITLES, &gap[r]) {
            q = ws_end;
            continue;
        }
        return false;
    }
    true
}

/// `أن مقر مديرية الأمن في المدينة تعرض ليلة أمس لهجوم`: the candidate at most three words
/// before a `تعرض` that stands before the trigger suffered the event (actor2).
fn suffered_before(
    text: &str,
    markers: &[(Range<usize>, RoleWord)],
    cands: &[At<'_>],
    free: &[usize],
    trig: &Range<usize>,
    clause: &Range<usize>,
) -> Option<usize> {
    // The few role words before the trigger (markers are in text order): linear.
    // (The trigger may open with it: `أن المتظاهرين تعرضوا لإطلاق نار`.)
    let upto = markers.partition_point(|(r, _)| r.start <= trig.start);
    let (m, _) = markers[..upto].iter().rev().take(8).find(|(r, w)| {
        *w == RoleWord::Target
            && (r.end <= trig.start || r.start == trig.start)
            && r.start >= clause.start
            && text
                .get(r.clone())
                .is_some_and(|v| v.trim_start_matches(['و', 'ف']).starts_with("تعرض"))
    })?;
    // A person may have a title of a few words between (`أن مصطفى نوح، نائب رئيس جهاز
    // المخابرات، تعرض لعملية اختطاف`): at most six then.
    free.iter()
        .copied()
        .rev()
        .find(|&j| cands[j].range.end <= m.start)
        .filter(|&j| {
            let person = matches!(cands[j].cand, Cand::Named(n) if n.kind == EntityKind::Person);
            gap_words(text, cands[j].range.end, m.start) <= if person { 6 } else { 3 }
        })
}

/// `في تصريح لوكالة الأنباء الفرنسية`, `قال لـ"بوابة الوسط"`: a name right after a `ل` of its
/// own (fused, or alone before a quote) is who was told, not who spoke.
fn addressee(text: &str, start: usize) -> bool {
    let Some(pre) = text.get(..start) else {
        return false;
    };
    let pre = pre.trim_end_matches(['"', '«', '“', '\'', ' ']);
    let word = pre
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .trim_start_matches(['و', 'ف']);
    matches!(word, "ل" | "لل")
}

/// True when `text[a..b]` joins two names as one side: `و` right before the second (fused
/// or alone), after at most two words that describe the first (`التابعة لمصراتة`), and no
/// word of a target or a clause between.
fn conjoined(text: &str, a: usize, b: usize) -> bool {
    // At most three words: a long gap is no conjunction (and stays cheap).
    let Some(gap) = text.get(a..b).filter(|g| g.len() <= 120) else {
        return false;
    };
    // The second name's fused `و` may lie outside its mention.
    let fused = gap.ends_with('و');
    let ws: Vec<&str> = words(gap).map(|r| &gap[r]).collect();
    let alone = ws.last() == Some(&"و");
    if !(fused || alone) || ws.len() > 3 {
        return false;
    }
    ws.iter().all(|w| {
        !matches!(
            *w,
            "علي" | "ضد" | "في" | "من" | "الي" | "عن" | "مع" | "بين" | "ان" | "بان"
        ) && !CLAUSE_WORDS.contains(w)
    })
}

/// True when a generic actor is named in the dual (`مجموعتين مسلحتين`, `كتيبتين`, `طرفين`):
/// both sides of a clash are of that kind.
fn dual(text: &str, c: &At<'_>) -> bool {
    if !matches!(c.cand, Cand::Generic(_)) {
        return false;
    }
    let phrase = text.get(c.range.clone()).unwrap_or("");
    let first = words(phrase).next().map_or("", |r| &phrase[r]);
    first.ends_with("تين") || matches!(first, "طرفين" | "تشكيلين" | "فصيلين")
}

/// True when the event noun at `trig` follows a word of time or cause that makes it the
/// circumstance of another clause's verb (`يعلق المصرف أعماله بعد اختطاف أحد مسؤوليه`, `عقب`,
/// `إثر`, `غداة`, `على خلفية`): the names before it are that verb's, not the event's sides.
fn after_circumstance(unit: &UnitWords<'_>, text: &str, from: usize, trig: &Range<usize>) -> bool {
    let [w, v]: [&str; 2] = unit.before(text, from, trig.start);
    let w = w.strip_prefix('و').unwrap_or(w);
    matches!(w, "بعد" | "عقب" | "اثر" | "غداه" | "عشيه") || (w == "خلفيه" && v == "علي")
}

/// True when the trigger is an event noun of a patient with a pronoun (`اختطافه`,
/// `اعتقالهم`, `اغتيالها`).
fn pronoun_patient(text: &str, trig: &Range<usize>) -> bool {
    let Some(w) = text.get(trig.clone()) else {
        return false;
    };
    let w = words(w).last().map_or(w, |r| &w[r]);
    let w = w.trim_start_matches(['و', 'ف', 'ب', 'ل']);
    ["هما", "هم", "ها", "ه"].iter().any(|p| {
        w.strip_suffix(p).is_some_and(|stem| {
            matches!(
                stem,
                "اختطاف"
                    | "خطف"
                    | "اعتقال"
                    | "احتجاز"
                    | "اغتيال"
                    | "مقتل"
                    | "اعدام"
                    | "تعذيب"
                    | "اسر"
                    | "توقيف"
            )
        })
    })
}

/// True when the trigger is an attack noun with an object pronoun (`قصفها`, `استهدافهم`,
/// `مهاجمته`) followed by its instrument or agent (`بطائرات`, `بالمدفعية`, `من قبل`): the
/// pronoun is the target. (`أعلن الجيش قصفه مواقع التنظيم`: an object follows, the pronoun is
/// the agent.)
fn attack_pronoun(text: &str, trig: &Range<usize>) -> bool {
    let Some(w) = text.get(trig.clone()) else {
        return false;
    };
    let after = text_ahead(text, trig.end, trig.end + 40);
    let mut next = words(after).map(|r| &after[r]);
    let instrument = match next.next() {
        Some(n) => (n.starts_with('ب') && n != "بعد") || (n == "من" && next.next() == Some("قبل")),
        None => false,
    };
    if !instrument {
        return false;
    }
    let mut ws = words(w);
    let (Some(r), None) = (ws.next(), ws.next()) else {
        return false;
    };
    let w = w[r].trim_start_matches(['و', 'ف', 'ب', 'ل']);
    ["هما", "هم", "ها", "ه"].iter().any(|p| {
        w.strip_suffix(p)
            .is_some_and(|stem| matches!(stem, "قصف" | "استهداف" | "مهاجمت" | "ضرب" | "قنص"))
    })
}

/// True when candidate `c` is an unnamed post of the security forces (`بوابة أمنية`, `نقطة
/// تفتيش`, `حاجز أمني`, `مركز الشرطة`): its men, not a side named by its own name.
fn is_post(text: &str, c: &At<'_>) -> bool {
    if !matches!(&c.cand, Cand::Generic(g) if g.generic == super::Generic::StateForces) {
        return false;
    }
    let Some(first) = text
        .get(c.range.clone())
        .and_then(|t| words(t).next().map(|r| &t[r]))
    else {
        return false;
    };
    // At most one conjunction and one preposition before the word (`وبالبوابة`; `للبوابة`,
    // the article's alif dropped), never letters of the word itself (`بوابة` starts with ب).
    let post = post_noun;
    let conj = [first, first.strip_prefix(['و', 'ف']).unwrap_or(first)];
    conj.iter().any(|w| {
        post(w)
            || w.strip_prefix(['ب', 'ل'])
                .is_some_and(|r| post(r) || r.strip_prefix('ل').is_some_and(post))
    })
}

/// `بين أكبر مجموعتين من الميليشيات المسلحة وهما قوات الردع واللواء 444`: a generic side
/// that a pronoun of apposition names right after it (`وهما`, `وهم`, at most four words
/// between) is described by those names, no side of its own.
fn named_in_apposition(unit: &UnitWords<'_>, text: &str, cands: &[At<'_>], i: usize) -> bool {
    let c = &cands[i];
    if !matches!(c.cand, Cand::Generic(_)) {
        return false;
    }
    // The first name after it, over another generic word at most (`وهما قوات ”الردع”`).
    let Some(next) = cands
        .iter()
        .skip(i + 1)
        .take(2)
        .find(|n| matches!(n.cand, Cand::Named(_)))
    else {
        return false;
    };
    if next.range.start < c.range.end || gap_in(unit, text, c.range.end, next.range.start) > 4 {
        return false;
    }
    let gap = text.get(c.range.end..next.range.start).unwrap_or("");
    words(gap).any(|r| matches!(&gap[r], "هما" | "وهما" | "هم" | "وهم" | "وهي" | "وهو"))
}

/// True when candidate `i` is an unnamed post of security forces (a checkpoint, a gate, a
/// police station: `نقطة تفتيش للجيش الوطني`, `بوابة أمنية تابعة لقوة الردع`) owned by the
/// candidate right after it (its `ل`, over a tie word at most): the owner is the side, the
/// post only where it stood (roles27).
fn post_of_next(unit: &UnitWords<'_>, text: &str, cands: &[At<'_>], i: usize) -> bool {
    let c = &cands[i];
    let Some(next) = cands.get(i + 1) else {
        return false;
    };
    if !is_post(text, c) {
        return false;
    }
    if next.range.start < c.range.end || gap_in(unit, text, c.range.end, next.range.start) > 2 {
        return false;
    }
    // The owner's word, from its start (its `ل` may lie before the mention).
    let gap = text.get(c.range.end..next.range.start).unwrap_or("");
    let mut ws: Vec<&str> = words(gap).map(|r| &gap[r]).collect();
    // `نقطة تفتيش تحرسها قوات البنيان المرصوص`, `بوابة يسيطر عليها …`: the named side that
    // guards or holds the post, its verb's subject.
    let named = matches!(next.cand, Cand::Named(_));
    let belongs = matches!(ws.as_slice(), ["يتبع" | "تتبع"]);
    let security =
        matches!(&next.cand, Cand::Generic(g) if g.generic == super::Generic::StateForces);
    if (named && guards(&ws)) || (belongs && (named || security)) {
        return true;
    }
    let owner = text.get(next.range.clone()).unwrap_or("");
    let lam = match ws.pop() {
        // `للجيش`: the mention starts after the `ل` (a word of the gap that the name ends).
        Some(w) if !gap.ends_with(char::is_whitespace) => w.starts_with('ل'),
        Some(w) => {
            ws.push(w);
            owner.starts_with('ل')
        }
        None => owner.starts_with('ل'),
    };
    lam && ws.iter().all(|w| {
        let w = w.trim_start_matches('و');
        in_list(TIE, w) || in_list(TIE, &format!("ال{w}"))
    })
}

/// `تحرسها`, `يحرسها`, `تسيطر عليها`, `تديرها`: the words between a post and the side that
/// guards, holds or runs it. (`يتبع`, the post belongs to: also before an unnamed body of
/// the security forces, `مقرا أمنيا يتبع مديرية الأمن`.)
fn guards(ws: &[&str]) -> bool {
    match ws {
        [v] => matches!(
            *v,
            "تحرسها"
                | "يحرسها"
                | "تحرسه"
                | "يحرسه"
                | "تديرها"
                | "يديرها"
                | "تتولاها"
                | "يتولاها"
        ),
        [v, o] => {
            matches!(
                *v,
                "تسيطر" | "يسيطر" | "تشرف" | "يشرف" | "تتمركز" | "يتمركز"
            ) && matches!(*o, "عليها" | "عليه" | "فيها" | "فيه")
        }
        _ => false,
    }
}

/// True when candidate `i` is the commander of the candidate right before it (`الجيش الليبي
/// بقيادة المشير خليفة حفتر`, `جهاز الردع بإمرة …`): a description of that side, no side of
/// its own.
fn commander_of_previous(unit: &UnitWords<'_>, text: &str, cands: &[At<'_>], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &cands[p]) else {
        return false;
    };
    let c = &cands[i];
    if prev.range.end > c.range.start || gap_in(unit, text, prev.range.end, c.range.start) > 3 {
        return false;
    }
    let gap = text.get(prev.range.end..c.range.start).unwrap_or("");
    let mut ws = words(gap).map(|r| &gap[r]);
    ws.next()
        .is_some_and(|w| matches!(w.trim_start_matches('و'), "بقياده" | "بامره" | "بزعامه"))
        && ws.all(is_rank)
}

/// True when candidate `i` is the unit in a person's title (`آمر اللواء 444 محمود حمزة`,
/// `قائد كتيبة X فلان`): a title word right before it and a person right after it. The
/// person is the actor; the unit only says who they are.
fn title_of_person(unit: &UnitWords<'_>, text: &str, cands: &[At<'_>], i: usize) -> bool {
    let c = &cands[i];
    if !matches!(c.cand, Cand::Named(m) if m.kind == EntityKind::Organization) {
        return false;
    }
    let person_at = |j: usize, from: usize| {
        cands.get(j).is_some_and(|n| {
            matches!(n.cand, Cand::Named(m) if m.kind == EntityKind::Person)
                && gap_in(unit, text, from, n.range.start) == 0
        })
    };
    // The first word of the gap `text[a..b]` and how many words it has (up to 5: more are as
    // many), from the unit's word list.
    let gap = |a: usize, b: usize| -> (bool, usize) {
        let mut ws = unit.within(text, a, b);
        let Some(first) = ws.next() else {
            return (false, 0);
        };
        let first = &text[first];
        (
            first.starts_with("التابع") || first.starts_with("الموالي"),
            1 + ws.take(4).count(),
        )
    };
    // `رئيس جهاز دعم الاستقرار التابع للمجلس الرئاسي عبد الغني الككلي`: the unit's own
    // affiliation may stand between it and the person.
    let affiliated_then_person = || {
        cands.get(i + 1).is_some_and(|n| {
            matches!(n.cand, Cand::Named(m) if m.kind == EntityKind::Organization)
                && text.get(c.range.end..n.range.start).is_some_and(|g| {
                    // (The name's ل may stand outside the mention: `التابع ل|لمجلس`.)
                    let g = g.trim_end().trim_end_matches('ل');
                    gap(c.range.end, c.range.end + g.len()) == (true, 1)
                })
                && person_at(i + 2, n.range.end)
        })
    };
    // `آمر اللواء 777 التابع لرئاسة الأركان هيثم التاجوري`: an affiliation the gazetteer does
    // not name, at most three words after `التابع`.
    let affiliation_words = || {
        cands.get(i + 1).is_some_and(|n| {
            matches!(n.cand, Cand::Named(m) if m.kind == EntityKind::Person)
                && text.get(c.range.end..n.range.start).is_some_and(|_| {
                    let (affiliated, n) = gap(c.range.end, n.range.start);
                    affiliated && (2..=4).contains(&n)
                })
        })
    };
    let person_next =
        person_at(i + 1, c.range.end) || affiliated_then_person() || affiliation_words();
    if !person_next {
        return false;
    }
    let from = c.range.start.saturating_sub(24);
    let mut from = from;
    while from < c.range.start && !text.is_char_boundary(from) {
        from += 1;
    }
    let head = text.get(from..c.range.start).unwrap_or("");
    if words(head).last().is_some_and(|w| {
        let w = head[w].trim_start_matches(['و', 'ف']);
        in_list(GENITIVE_TITLES, w)
    }) {
        return true;
    }
    // `رئيس الحكومة المكلف من مجلس النواب فتحي باشاغا`, `رئيس أركان قوات المجلس الانتقالي
    // عبد الفتاح يونس`: a title or a participle of appointing among the three words before
    // the body.
    let [p0, p1, p2] = unit.before::<3>(text, 0, c.range.start);
    [p0, p1, p2].iter().any(|w| {
        let w = w.trim_start_matches(['و', 'ف', 'ل']);
        in_list(GENITIVE_TITLES, w)
            || matches!(
                w,
                "المكلف"
                    | "المعين"
                    | "المنتخب"
                    | "المكلفه"
                    | "المعينه"
                    | "مكلف"
                    | "معين"
            )
    })
}

/// The side that announced the operation told by the verbal noun `trig`, as the complement of
/// its verb of announcing (`أعلن الجيش عن استعادة السيطرة على …`, `أعلن المتحدث باسم قوات
/// الوفاق، فلان، دخول المدينة`, roles19, issue #10): a capture, an air strike, a shelling or
/// an arrest (an offensive is left as rrole15's table has it), its noun right after the announcing clause, and between the verb
/// and the noun only the announcers (sources), a spokesman's title and ranks, a time and `عن`.
/// The side is the first armed group or government among those announcers (the one a
/// spokesman speaks for); a spokesman alone, or a ministry of no forces, is no side.
fn announced_operation(
    text: &str,
    sa: &SentenceActors<'_>,
    trig: &Range<usize>,
    kind: EventKind,
) -> Option<usize> {
    if !matches!(
        kind,
        EventKind::TerritoryControl
            | EventKind::Airstrike
            | EventKind::Shelling
            | EventKind::Arrest
    ) {
        return None;
    }
    // A noun (`استعادة`, `دخول`, `والسيطرة`), never a verb with a subject of its own
    // (`وسيطرت`).
    let w = text.get(trig.clone())?;
    if w.strip_prefix(['و', 'ف'])
        .is_some_and(|rest| !rest.starts_with("ال"))
    {
        return None;
    }
    let upto = sa.markers.partition_point(|(r, _)| r.end <= trig.start);
    let (verb, _) = sa.markers[..upto]
        .iter()
        .rev()
        .take(6)
        .filter(|(r, _)| r.start >= sa.sent_start)
        .find(|(_, w)| *w == RoleWord::Announcer)?;
    let (cands, is_source) = (&sa.cands, &sa.is_source);
    let inside = |at: usize| {
        cands
            .iter()
            .any(|c| c.range.start <= at && at < c.range.end)
    };
    // Every word between the verb and the noun: an announcer's, or a word of the gap.
    let gap = text.get(verb.end..trig.start)?;
    if gap.contains(['.', ':']) {
        return None;
    }
    let mut n = 0;
    for r in words(gap) {
        n += 1;
        let at = verb.end + r.start;
        if inside(at) {
            continue;
        }
        let w = &gap[r];
        // (`الليبية`, `الوطني`: a definite adjective of the name before it.)
        let adjective = w.starts_with("ال") && (w.ends_with('ي') || w.ends_with("يه"));
        let ok = in_list(ANNOUNCE_GAP, w.trim_start_matches(['و', 'ف']))
            || is_rank(w)
            || adjective
            || time_aside(w);
        if n > 24 || !ok {
            return None;
        }
    }
    // The announcers between: all sources (or spokesmen), none an actor named for itself.
    let between: Vec<usize> = (0..cands.len())
        .filter(|&j| cands[j].range.start >= verb.end && cands[j].range.end <= trig.start)
        .collect();
    // `عن سيطرة تنظيم داعش على …`: a side named as the genitive of the noun carried it out,
    // whatever the announcer said.
    if !patient_kind(kind)
        && cands.iter().any(|c| {
            c.range.start >= trig.end && gap_in(&sa.unit, text, trig.end, c.range.start) <= 1
        })
    {
        return None;
    }
    let spokesman =
        |j: usize| matches!(cands[j].cand, Cand::Named(m) if m.category == "spokesperson");
    if between.is_empty() || between.iter().any(|&j| !is_source[j] && !spokesman(j)) {
        return None;
    }
    between.into_iter().find(|&j| {
        matches!(cands[j].cand, Cand::Named(m)
            if m.kind == EntityKind::Organization
                && matches!(m.category.as_str(), "armed_group" | "government")
                && !text.get(m.norm.clone()).is_some_and(|t| t.contains("وزاره")))
    })
}

/// The named organization told right before a verb of saying or announcing (at most one word
/// between: `وكانت قوات الوفاق أعلنت`, `أن قوات الجيش قالت`), the nearest such verb before
/// `at` in the sentence.
fn sayer_before_verb(
    text: &str,
    sa: &SentenceActors<'_>,
    markers: &[(Range<usize>, RoleWord)],
    cands: &[At<'_>],
    at: usize,
) -> Option<usize> {
    saying_verbs(sa, markers, at, 8).find_map(|r| {
        (0..cands.len()).rev().find(|&j| {
            cands[j].range.end <= r.start
                && cands[j].range.start >= sa.sent_start
                && gap_words(text, cands[j].range.end, r.start) <= 1
                && matches!(cands[j].cand, Cand::Named(m) if m.kind == EntityKind::Organization)
        })
    })
}

/// True when candidate `i` is the body of a title in an aside of apposition right after a
/// person (`الصديق الكبير، محافظ المصرف المركزي، …`: a comma, a title, at most two more words,
/// the body, and a comma or the end of the sentence after it): it only says who the person is.
fn title_aside_body(unit: &UnitWords<'_>, text: &str, cands: &[At<'_>], i: usize) -> bool {
    let c = &cands[i];
    if i == 0 || !matches!(c.cand, Cand::Named(m) if m.kind == EntityKind::Organization) {
        return false;
    }
    let p = &cands[i - 1];
    if !matches!(p.cand, Cand::Named(m) if m.kind == EntityKind::Person) {
        return false;
    }
    let Some(gap) = text.get(p.range.end..c.range.start) else {
        return false;
    };
    let lead = gap.trim_start();
    let Some(lead) = lead.strip_prefix(['،', ',']) else {
        return false;
    };
    if lead.contains(['،', ',', '.', ':']) {
        return false;
    }
    let mut ws = words(lead);
    let title = ws.next().is_some_and(|r| {
        let w = &lead[r];
        in_list(GENITIVE_TITLES, w.strip_prefix("ال").unwrap_or(w))
    });
    let closed = text
        .get(c.range.end..)
        .is_some_and(|t| t.trim_start().starts_with(['،', ',']));
    title && ws.count() <= 2 && closed && gap_in(unit, text, p.range.end, c.range.start) <= 3
}

/// True when candidate `i` is the affiliation of the unit in a person's title (`رئيس جهاز دعم
/// الاستقرار التابع للمجلس الرئاسي فلان`): it only says whom the unit belongs to.
fn affiliation_in_title(unit: &UnitWords<'_>, text: &str, cands: &[At<'_>], i: usize) -> bool {
    i > 0
        && matches!(cands[i].cand, Cand::Named(m) if m.kind == EntityKind::Organization)
        && title_of_person(unit, text, cands, i - 1)
        && cands
            .get(i + 1)
            .is_some_and(|n| matches!(n.cand, Cand::Named(m) if m.kind == EntityKind::Person))
}

/// True when the trigger at `trig` is a noun of withdrawal or retreat (`انسحاب`, `تراجع`, with
/// or without the article, after و/ب/ف), or with `verb` also the verb (`انسحب`).
pub(crate) fn withdrawal_word(text: &str, trig: &Range<usize>, verb: bool) -> bool {
    text.get(trig.clone()).is_some_and(|w| {
        let w = w.trim_start_matches(['و', 'ب', 'ف']);
        ["انسحاب", "الانسحاب", "تراجع", "التراجع"]
            .iter()
            .any(|p| w.starts_with(p))
            || (verb && w.starts_with("انسحب"))
    })
}

/// True for a participle that ties a unit to its side (`تابعة`, `التابعين`, `موالية`), the
/// definite `الموالي…` not counted ([`any_tie`] counts it).
fn tie_participle(w: &str) -> bool {
    w.starts_with("تابع") || w.starts_with("التابع") || w.starts_with("موالي")
}

/// The end of a verb of managing (`تمكن`, `تمكنت`, `تمكنوا`, `استطاع`, `استطاعت`,
/// `استطاعوا`) in `clause` whose `من` stands right before the verbal noun `trig` (`تمكن الثوار
/// … من السيطرة`): its subject, told after it, did the act.
fn managed_at(text: &str, clause: &Range<usize>, trig: &Range<usize>) -> Option<usize> {
    // The 17 words before the trigger in its clause, nearest first, without allocating.
    let before: [&str; 17] = words_before(text, clause.start, trig.start);
    if before[0] != "من" {
        return None;
    }
    let managing = |w: &str| {
        matches!(
            w.trim_start_matches(['و', 'ف']),
            "تمكن" | "تمكنت" | "تمكنوا" | "استطاع" | "استطاعت" | "استطاعوا"
        )
    };
    // (Each word is a slice of `text`: its end is found from its address.)
    before[1..]
        .iter()
        .find(|w| managing(w))
        .map(|w| w.as_ptr() as usize - text.as_ptr() as usize + w.len())
}

/// True when `text[a..b]`, right after a strike's trigger, tells the aircraft it came from,
/// tied to the side named at `b`: `من` and an aircraft word, or a `ب` fused to one, first,
/// a tie participle and its `ل` last, at most seven words (`من طائرة بدون طيار تابعة ل`,
/// `بطائرات مسيرة تابعة ل`).
fn aircraft_tied(text: &str, a: usize, b: usize) -> bool {
    // `طائرات أجنبية تابعة لقوات اللواء المتقاعد خليفة حفتر`: over the commander's ranks
    // (two at most, an adjective after a rank) to the forces word.
    let mut b = b;
    for _ in 0..2 {
        let [w, prev]: [&str; 2] = words_before(text, a, b);
        if !(is_rank(w) || (rank_adjective(w) && is_rank(prev))) {
            break;
        }
        b = w.as_ptr() as usize - text.as_ptr() as usize;
    }
    // Nearest first: eight words to tell whether there are more than seven.
    let ws: [&str; 8] = words_before(text, a, b);
    let n = ws.iter().take_while(|w| !w.is_empty()).count();
    // `طائرات أجنبية تابعة لقوات خليفة حفتر`: the forces word glued to the tie's `ل` before
    // the commander's name.
    let forces =
        n >= 2 && tie_participle(ws[1]) && ws[0].strip_prefix('ل').is_some_and(forces_word);
    if !(1..=7).contains(&n) || !(forces || tie_ends(text, b, &ws, tie_participle)) {
        return false;
    }
    let aircraft = |w: &str| {
        matches!(
            w,
            "طائره"
                | "طائرات"
                | "طايره"
                | "طايرات"
                | "مسيره"
                | "مسيرات"
                | "الطيران"
                | "طيران"
        )
    };
    // The aircraft word right before the tie or at most two words of description before it
    // (`طائرات أجنبية تابعة لقوات حفتر`, `طائرة بدون طيار تابعة للتحالف`), nearest first.
    let tie_len = if forces || matches!(ws[0], "ل" | "لل") {
        2
    } else {
        1
    };
    // (The farthest such word: `طائرة مسيرة`, a drone, is one aircraft.)
    let Some(k) = (tie_len..(tie_len + 3).min(n))
        .rev()
        .find(|&k| aircraft(ws[k]) || ws[k].strip_prefix('ب').is_some_and(aircraft))
    else {
        return false;
    };
    // What stands between the trigger and the aircraft (the farthest words): `من`, nothing
    // (the aircraft glued to `ب`), or the verb of a relative clause that says who carried the
    // strikes out (`غارات نفذتها طائرات …`, `شنتها`).
    match &ws[k + 1..n] {
        [] => ws[k].starts_with('ب'),
        [w] => *w == "من" || w.starts_with("نفذ") || w.starts_with("شن"),
        _ => false,
    }
}

/// True when the words before `b` (`ws`, nearest first) end with a tie participle (`tie`) and
/// its `ل`: the `ل` alone (`تابعة ل`), or glued to the name at `b` (`تابعة`, then `لمجلس`).
fn tie_ends(text: &str, b: usize, ws: &[&str], tie: fn(&str) -> bool) -> bool {
    match ws {
        [lam, w, ..] if matches!(*lam, "ل" | "لل") => tie(w),
        [w, ..] => tie(w) && !text[..b].ends_with(char::is_whitespace),
        [] => false,
    }
}

/// True when `text[a..b]` is one word that names a thing the name after it owns: a house, a
/// seat, an office, a car, a convoy (`اقتحام منزل فلان`, `استهداف سيارة فلان`).
fn owned_thing_between(unit: &UnitWords<'_>, text: &str, a: usize, b: usize) -> bool {
    let [w]: [&str; 1] = unit.after(text, a, b);
    post_noun(w)
        || matches!(
            w,
            "منزل"
                | "منازل"
                | "بيت"
                | "مكتب"
                | "سياره"
                | "سيارات"
                | "موكب"
                | "مزرعه"
                | "مخزن"
        )
}

/// True when `text[a..b]` is only a tie participle and its `ل` (`تابعة ل`, `التابعة ل`), the
/// `ل` alone or glued to the name after.
fn tie_only(text: &str, a: usize, b: usize) -> bool {
    let ws: [&str; 3] = words_before(text, a, b);
    let n = ws.iter().take_while(|w| !w.is_empty()).count();
    // (One word, or the participle and a lone `ل`.)
    (n == 1 || (n == 2 && matches!(ws[0], "ل" | "لل"))) && tie_ends(text, b, &ws, any_tie)
}

/// [`tie_participle`], or the definite `الموالية`.
fn any_tie(w: &str) -> bool {
    tie_participle(w) || w.starts_with("الموالي")
}

/// True when the role word at `marker` is a verb of undergoing (`تعرض`, `يتعرض`) and
/// `text[marker.end..b]` is the noun phrase of its subject, up to six words with no
/// preposition and no `ل` but a tie's (`تعرض موكب رئيس المجلس الرئاسي فايز السراج لإطلاق نار`,
/// `تعرضت سيارة تابعة لعضو المجلس البلدي`): the named one at its end suffered the event.
fn undergone_by(text: &str, marker: &Range<usize>, b: usize) -> bool {
    let Some(verb) = text.get(marker.clone()) else {
        return false;
    };
    let verb = verb.trim_start_matches(['و', 'ف']);
    if !["تعرض", "يتعرض", "تتعرض"]
        .iter()
        .any(|p| verb.starts_with(p))
        || b <= marker.end
    {
        return false;
    }
    let Some(g) = text.get(marker.end..b).filter(|g| g.len() <= 6 * 24) else {
        return false;
    };
    let mut prev = "";
    let mut n = 0;
    words(g).all(|r| {
        let w = &g[r];
        n += 1;
        let tie = tie_participle(prev);
        prev = w;
        n <= 6
            && !matches!(
                w,
                "في" | "من"
                    | "علي"
                    | "الي"
                    | "عن"
                    | "مع"
                    | "بعد"
                    | "قبل"
                    | "خلال"
                    | "ضد"
                    | "عند"
                    | "الذي"
                    | "التي"
            )
            && (!w.starts_with('ل') || tie)
    }) && !g.contains(['،', ',', '.', '؛', ':'])
}

/// True when `text[a..b]` is at most three words that tie a unit to its group (`عناصر تابعة
/// لـ`, `قوات موالية لـ`, `مسلحين تابعين لـ`): the role word before them reaches the group.
fn linked_by_affiliation(unit: &UnitWords<'_>, text: &str, a: usize, b: usize) -> bool {
    // `وقوات تابعة للواء المتقاعد، خليفة حفتر`: the commander's ranks before his name are his.
    let b = a + text.get(a..b).map_or(b - a, trailing_ranks_start);
    gap_in(unit, text, a, b) <= 3
        && text.get(a..b).is_some_and(|g| {
            let mut prev = "";
            words(g).any(|r| {
                let w = &g[r];
                // `نفذها عناصر من تنظيم داعش`: fighters counted out of the group.
                let partitive = w == "من" && in_list(FIGHTERS, prev);
                prev = w;
                partitive || tie_participle(w) || belongs_verb(w)
            })
        })
}

/// Where the ranks that close `gap` begin (`تابعة للواء المتقاعد`: at `للواء`), or its length
/// when it does not end with a rank: a rank and the adjectives after it (`المتقاعد`), never
/// its first word. At most eight words are read.
fn trailing_ranks_start(gap: &str) -> usize {
    let mut ws: [Range<usize>; 8] = Default::default();
    let mut n = 0;
    for r in words(gap) {
        if n == ws.len() {
            return gap.len();
        }
        ws[n] = r;
        n += 1;
    }
    let mut cut = n;
    while cut > 1 {
        let w = &gap[ws[cut - 1].clone()];
        if is_rank(w) || (rank_adjective(w) && is_rank(&gap[ws[cut - 2].clone()])) {
            cut -= 1;
        } else {
            break;
        }
    }
    // (A run that is no rank's, `تابعة للمجلس`, is kept whole.)
    if cut == n || !is_rank(&gap[ws[cut].clone()]) {
        gap.len()
    } else {
        ws[cut].start
    }
}

/// The verb of belonging in the present (`قوات تتبع للمشير حفتر`, `عناصر يتبعون لـ`), as the
/// participles `تابعة`, `تابعين` tie a unit to its side.
fn belongs_verb(w: &str) -> bool {
    matches!(
        w.trim_start_matches(['و', 'ف']),
        "تتبع"
            | "يتبع"
            | "تتبعان"
            | "يتبعان"
            | "يتبعون"
            | "تتبعون"
            | "تنتمي"
            | "ينتمي"
    )
}

/// Attacks of one side on another whose victims a toll counts (not clashes, not arrests).
fn one_sided_attack(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Airstrike
            | EventKind::Shelling
            | EventKind::Offensive
            | EventKind::Bombing
            | EventKind::ViolenceAgainstCivilians
    )
}

/// True when a toll around the trigger (about 300 bytes before it in its sentence, to the end
/// of its clause) counts people of no group (`خمسة أشخاص`, `42 شخصا`, `ثلاثة مواطنين`), not as
/// a subset (`بينهم ثلاثة جنود`), with a killed or wounded word near.
fn counted_victims(
    text: &str,
    t: &Tables,
    unit: &UnitWords<'_>,
    sent_start: usize,
    trig: &Range<usize>,
    clause: &Range<usize>,
    (kind, only_nationals): (EventKind, bool),
) -> bool {
    use super::tables::cas;
    let mut from = trig.start.saturating_sub(300).max(sent_start);
    while from < trig.start && !text.is_char_boundary(from) {
        from += 1;
    }
    let mut end = (trig.end + 200).min(clause.end).max(trig.end);
    while end > trig.end && !text.is_char_boundary(end) {
        end -= 1;
    }
    let toll = cas::KILLED_CUE
        | cas::INJURED_CUE
        | cas::KILLED_AFTER
        | cas::INJURED_AFTER
        | cas::KILLED_NOUN
        | cas::INJURED_NOUN;
    let subset = |w: &str| matches!(w, "بينهم" | "منهم" | "بينهما" | "بينهن");
    // Foreign nationals counted (`21 مصريا`, `مصريين اثنين`: the number before or after them)
    // are civilians of any kill or wound; people of no group (`خمسة أشخاص`) only in a
    // one-sided attack (a stand-alone toll of persons may count fighters).
    let people =
        |w: &str| kind != EventKind::Casualties && !only_nationals && in_list(VICTIM_PEOPLE, w);
    // The words of the window (from the unit's word list: `words(&text[from..end])`) walked
    // once, three at a time (the word before, this one, the next), each one's nationality
    // tested once; the rare counted people first (a few comparisons a word), the table
    // lookups after.
    let mut ws = unit.within(text, from, end).map(|r| &text[r]);
    let counted = match ws.next() {
        None => false,
        Some(w0) => {
            // (`prev` is the word before `w`, or `w` itself at the first word.)
            let (mut prev, mut w, mut w_nat, mut first) = (w0, w0, nationals(w0), true);
            let mut hit = false;
            for next in ws {
                let next_nat = nationals(next);
                let sub = !first && subset(prev);
                if ((next_nat || people(next)) && t.is_count(w) && !sub)
                    || (w_nat && matches!(next, "اثنين" | "اثنان") && !sub && !t.is_count(prev))
                {
                    hit = true;
                    break;
                }
                (prev, w, w_nat, first) = (w, next, next_nat, false);
            }
            hit
        }
    };
    // An execution or a massacre is the killing itself: its trigger needs no toll word.
    counted
        && (kind == EventKind::ViolenceAgainstCivilians
            || unit
                .within(text, from, end)
                .any(|r| t.casualty_of(&text[r]) & toll != 0))
}

/// `اعتقلت قوات الأمن خمسة أشخاص`, `احتجاز 46 مصريا`: people an arrest or an abduction counts
/// right after its trigger, with no name or group.
fn counted_people(
    text: &str,
    sa: &SentenceActors<'_>,
    kind: EventKind,
    trig: &Range<usize>,
    clause: &Range<usize>,
) -> bool {
    matches!(kind, EventKind::Arrest | EventKind::Abduction)
        && counted_people_from(text, sa, trig.end, clause, 5)
}

/// People counted with no name or group among the first `n` words after `from` (in the
/// clause): a count, then a word of people or of a nationality (`خمسة أشخاص`, `21 مصريا`).
fn counted_people_from(
    text: &str,
    sa: &SentenceActors<'_>,
    from: usize,
    clause: &Range<usize>,
    n: usize,
) -> bool {
    let Some(t) = sa.tables else {
        return false;
    };
    let tail = text_ahead(text, from, (from + 120).min(clause.end));
    let people = |w: &str| in_list(COUNTED_PEOPLE, w) || nationals(w);
    // (`أربعة من مواطنيها`: the people counted out of a whole, `من` between.)
    if any_pair(tail, n, |a, b| t.is_count(a) && people(b)) {
        return true;
    }
    let (mut w0, mut w1) = ("", "");
    words(tail).take(n + 1).map(|r| &tail[r]).any(|w2| {
        let hit = t.is_count(w0) && w1 == "من" && people(w2);
        (w0, w1) = (w1, w2);
        hit
    })
}

/// `اختطاف السفير الأردني`, `خطف مجهولون الصحفي`, `اعتقال ناشط`: the word right after the
/// trigger of an arrest or an abduction (in its clause, `و`/`ف` stripped) is a title of
/// `civilian_title`: the one held is a civilian. So is the subject of a `تعرض` told before the
/// trigger in its clause (`تعرض الدبلوماسي التونسي للاختطاف`: the title right after it).
fn titled_civilian(
    text: &str,
    sa: &SentenceActors<'_>,
    kind: EventKind,
    trig: &Range<usize>,
    clause: &Range<usize>,
) -> bool {
    titled_civilian_end(text, sa, kind, trig, clause).is_some()
}

/// [`titled_civilian`], with where the title ends.
fn titled_civilian_end(
    text: &str,
    sa: &SentenceActors<'_>,
    kind: EventKind,
    trig: &Range<usize>,
    clause: &Range<usize>,
) -> Option<usize> {
    if !matches!(
        kind,
        EventKind::Arrest | EventKind::Abduction | EventKind::Assassination
    ) {
        return None;
    }
    // (`وجهاء` keeps its first letter: the word as written, then with و/ف stripped.)
    let title = |w: &str| {
        !w.is_empty()
            && (in_list(CIVILIAN_TITLES, w)
                || in_list(CIVILIAN_TITLES, w.trim_start_matches(['و', 'ف'])))
    };
    // `اغتيال أحد مذيعيها`, `خطف أحد وجهاء المدينة`: one of the people of a title.
    let one_of = |w: &str| matches!(w, "احد" | "احدى" | "احدي");
    if trig.end < clause.end {
        let ([r, r2], _) = sa.unit.after_ranges::<2>(text, trig.end, clause.end);
        let (w, w2) = (&text[r.clone()], &text[r2.clone()]);
        if title(w) {
            return Some(r.end);
        }
        if one_of(w) && title(w2) {
            return Some(r2.end);
        }
        // `اختطف مسلحون مجهولون السفير`, `اعتقلت قوات الأمن الصحفي`: the verb, its subject
        // named right after it (one word of manner between at most: `مجهولون`, `ملثمون`),
        // then the title.
        let subject = sa.cands.iter().find(|c| {
            c.range.start >= trig.end
                && c.range.end < clause.end
                && gap_in(&sa.unit, text, trig.end, c.range.start) == 0
        });
        if let Some(c) = subject {
            let ([r1, r2, r3], _) = sa.unit.after_ranges::<3>(text, c.range.end, clause.end);
            let (w1, w2, w3) = (&text[r1.clone()], &text[r2.clone()], &text[r3.clone()]);
            let manner = matches!(
                w1,
                "مجهولون" | "مجهولين" | "ملثمون" | "ملثمين" | "مسلحون" | "مسلحين"
            );
            if title(w1) {
                return Some(r1.end);
            }
            if (manner && title(w2)) || (one_of(w1) && title(w2)) {
                return Some(r2.end);
            }
            if manner && one_of(w2) && title(w3) {
                return Some(r3.end);
            }
        }
    }
    // `تعرض` at most eight words before the trigger, the title right after it.
    let lead: Vec<Range<usize>> = sa.unit.within(text, clause.start, trig.start).collect();
    let from = lead.len().saturating_sub(8);
    lead[from..].iter().enumerate().find_map(|(k, r)| {
        let n = lead.get(from + k + 1)?;
        (text[r.clone()]
            .trim_start_matches(['و', 'ف'])
            .starts_with("تعرض")
            && title(&text[n.clone()]))
        .then_some(n.end)
    })
}

/// People counted by their nationality (`46 مصريا`, `ثلاثة سودانيين`, `عشرة تونسيين`),
/// normalized: a nisba in the accusative or the plural, not one of the fighters' words
/// (`عسكريين`, `انتحاريين`).
fn nationals(w: &str) -> bool {
    let stem = ["يين", "يون", "يا"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .unwrap_or("");
    stem.chars().count() >= 3
        && !matches!(
            stem,
            "عسكر"
                | "اسلام"
                | "تكفير"
                | "سلف"
                | "قذاف"
                | "انتحار"
                | "ارهاب"
                | "داعش"
                | "امن"
                | "حكوم"
                | "جهاد"
                | "مدن"
                | "عسكريي"
        )
}

/// True for a word of repelling or foiling an attack (`صد`, `أحبطت`, `إحباط`, `التصدي`): the
/// attack it governs happened (and failed).
pub(crate) fn repel_word(w: &str) -> bool {
    let w = w.trim_start_matches(['و', 'ف']);
    in_list(REPEL, w) || matches!(w, "احباط" | "لاحباط" | "التصدي" | "بصد" | "لصد")
}

/// The verbs of saying (reporter and announcer words) of the sentence that end before `at`,
/// the nearest first, looked for among the `within` markers nearest to `at`.
fn saying_verbs<'m>(
    sa: &SentenceActors<'_>,
    markers: &'m [(Range<usize>, RoleWord)],
    at: usize,
    within: usize,
) -> impl Iterator<Item = &'m Range<usize>> + 'm {
    let upto = markers.partition_point(|(r, _)| r.end <= at);
    let sent_start = sa.sent_start;
    markers[..upto]
        .iter()
        .rev()
        .take(within)
        .filter(move |(r, w)| {
            matches!(w, RoleWord::Reporter | RoleWord::Announcer) && r.start >= sent_start
        })
        .map(|(r, _)| r)
}

/// An unnamed armed side right after its verb of saying, before the pronoun on `أن` that is
/// the subject of the trigger at `at` (`قالت قوات المعارضة إنها سيطرت على الزاوية`, `أعلن
/// الثوار أنهم دخلوا المدينة`): the side that says it acted. (Named sides are read as sources
/// and taken by the rules above; an unnamed one reports nothing the export could name, so it
/// is looked for here.)
fn generic_sayer(
    text: &str,
    sa: &SentenceActors<'_>,
    markers: &[(Range<usize>, RoleWord)],
    cands: &[At<'_>],
    at: usize,
) -> Option<usize> {
    let r = saying_verbs(sa, markers, at, usize::MAX).next()?;
    (0..cands.len()).find(|&j| {
        let c = &cands[j];
        c.range.start >= r.end
            && c.range.end <= at
            && gap_words(text, r.end, c.range.start) == 0
            && matches!(c.cand, Cand::Generic(g) if g.generic.is_armed())
    })
}

/// `أن` with the pronoun of the one who speaks (`أعلنت X أنها سيطرت`, `قالت X إنها اعتقلت`).
// A closed class (أن with its pronouns), kept in code.
const SAYER_PRONOUNS: [&str; 8] = [
    "انها",
    "انه",
    "انهم",
    "انهما",
    "بانها",
    "بانه",
    "بانهم",
    "بانهما",
];

/// True when the trigger verb's subject is a pronoun on `أن` (`أعلنت قوات الوفاق أنها سيطرت
/// على غريان`, `أكد الجيش أنه استعاد`, `أنها تمكنت من صد`): the one who says so acted. The
/// pronoun stands right before the verb, or before `قد`, `تمكن من`, `استطاع`; never before
/// `تم` (`أنه تم القبض`: no subject).
fn pronoun_subject(
    unit: &UnitWords<'_>,
    text: &str,
    clause: &Range<usize>,
    trig: &Range<usize>,
) -> bool {
    let [q0, q1, q2, q3] = unit.before::<4>(text, clause.start, trig.start);
    // (A count of the events between the verb and its noun is read past: `أنها شنت ست ضربات`.)
    let [p0, p1, p2] = if Tables::bundled().is_count(q0) {
        [q1, q2, q3]
    } else {
        [q0, q1, q2]
    };
    let pron = |w: &str| SAYER_PRONOUNS.contains(&w.trim_start_matches('و'));
    pron(p0)
        || (matches!(p0, "قد" | "استطاعت" | "استطاع" | "استطاعوا") && pron(p1))
        || (p0 == "من" && matches!(p1, "تمكنت" | "تمكن" | "تمكنوا") && pron(p2))
        // A verb of doing before the event noun (`أنه استعاد السيطرة`, `أنها شنت غارات`).
        || (light_verb(p0) && (pron(p1) || (p1 == "قد" && pron(p2))))
}

/// Past verbs that carry an event noun as their object (`شنت هجوما`, `نفذ غارات`, `استعاد
/// السيطرة`, `بسطت سيطرتها`), normalized, in the third person.
fn light_verb(w: &str) -> bool {
    let verb = |stem: &str| {
        matches!(
            stem,
            "شن" | "نفذ"
                | "استعاد"
                | "فرض"
                | "بسط"
                | "احكم"
                | "اطلق"
                | "بدا"
                | "واصل"
                | "اكمل"
        )
    };
    verb(w)
        || ["ت", "وا", "ا"]
            .iter()
            .any(|s| w.strip_suffix(s).is_some_and(verb))
}

/// The named group that the unnamed gunmen of candidate `i` belong to: the next candidate of
/// the clause, named, at most two words after, linked by `من`, `تابعين`, `الموالين`…
fn group_of(
    text: &str,
    cands: &[At<'_>],
    in_clause: &[(usize, Option<RoleWord>)],
    i: usize,
) -> Option<usize> {
    let Cand::Generic(g) = &cands[i].cand else {
        return None;
    };
    if !g.generic.is_armed() {
        return None;
    }
    // A post (`بوابة أمنية قوة الردع`), or one officer or soldier right before the person he
    // is (`العقيد محمود حمزة`, `الجندي فلان`). Not a force: `اعتقلت الشرطة علي زيدان`,
    // `هاجمت الشرطة قوة الردع` name the police and the one they acted on.
    let post = g.generic == super::Generic::StateForces
        && (is_post(text, &cands[i])
            || text.get(cands[i].range.clone()).is_some_and(|t| {
                let mut ws = words(t).map(|r| &t[r]);
                ws.next().is_some_and(|w| is_rank(w) || member_word(w)) && ws.next().is_none()
            }));
    let next = in_clause
        .iter()
        .map(|&(j, _)| j)
        .find(|&j| cands[j].range.start >= cands[i].range.end);
    let linked = next.is_some_and(|next| {
        matches!(cands[next].cand, Cand::Named(_))
            && text
                .get(cands[i].range.end..cands[next].range.start)
                .is_some_and(|g| {
                    let mut n = 0;
                    let mut link = false;
                    for w in words(g) {
                        let w = &g[w];
                        n += 1;
                        link |= matches!(
                            w,
                            "من" | "تابعين"
                                | "التابعين"
                                | "تابعون"
                                | "ينتمون"
                                | "المنتمين"
                                | "موالين"
                                | "الموالين"
                                | "موالون"
                                | "الموالون"
                        ) || command_word(w)
                            || any_tie(w)
                            || belongs_verb(w);
                    }
                    // A post held by a named group (`بوابة أمنية لقوات الوفاق`): the name right
                    // after it.
                    (n <= 2 && link) || (n == 0 && post)
                })
    });
    if linked {
        return next;
    }
    // `مجموعات مسلحة بإمرة إبراهيم الجضران`: a commander named right after a word of command
    // (one or two words: `تحت إمرة`), even when he is no side of the clause by himself.
    let j = i + 1;
    let c = cands.get(j)?;
    if !matches!(c.cand, Cand::Named(_)) {
        return None;
    }
    let g = text.get(cands[i].range.end..c.range.start)?;
    // At most the two words of the gap, read without collecting it.
    let mut ws = words(g).map(|r| &g[r]);
    let commanded = match (ws.next(), ws.next(), ws.next()) {
        (Some(w), None, _) => command_word(w),
        (Some(under), Some(w), None) => under == "تحت" && command_word(w),
        _ => false,
    };
    commanded.then_some(j)
}

/// `مجموعات مسلحة بإمرة X`, `كتيبة بقيادة X`, `مسلحين تحت قيادة X`, `قوة يقودها X`: words
/// that put unnamed fighters under a named commander (normalized): they are his side.
fn command_word(w: &str) -> bool {
    matches!(
        w,
        "بامره"
            | "بقياده"
            | "امره"
            | "قياده"
            | "يقودها"
            | "يقوده"
            | "يقودهم"
            | "تقودها"
            | "يتزعمها"
            | "يتزعمه"
            | "بزعامه"
    )
}

/// For `القوات`, `الوحدات` after a spokesman's `باسم X` in the same sentence: X, the side the
/// spokesman speaks for (or the named spokesman's affiliation, when mentioned before).
fn spokesman_side<'a>(
    text: &str,
    r: &Range<usize>,
    markers: &[(Range<usize>, RoleWord)],
    cands: &[At<'a>],
    earlier: &'a [Mention],
    gaz: &Gazetteer,
) -> Option<&'a Mention> {
    let word = text.get(r.clone())?.trim_start_matches(['و', 'ف']);
    if !matches!(
        word,
        "القوات" | "الوحدات" | "للقوات" | "للوحدات" | "بالقوات"
    ) {
        return None;
    }
    let (q, _) = markers.iter().rev().find(|(q, w)| {
        *w == RoleWord::Reporter
            && q.end <= r.start
            && text.get(q.clone()).is_some_and(|t| t.ends_with("باسم"))
    })?;
    // The side after `باسم`, or the spokesman whose title holds it (`المتحدث باسم الجيش أحمد
    // المسماري` as one mention): his affiliation, named earlier in the document.
    let a = cands.iter().find(|a| {
        a.range.end <= r.start
            && ((a.range.start >= q.end && gap_words(text, q.end, a.range.start) <= 1)
                || (a.range.start <= q.start && a.range.end > q.end))
    })?;
    match a.cand {
        Cand::Named(m) if m.kind == EntityKind::Organization => Some(m),
        Cand::Named(m) if m.kind == EntityKind::Person => {
            let aff = &gaz.entity(&m.id)?.affiliation;
            earlier
                .iter()
                .rev()
                .filter(|e| e.norm.end <= r.start)
                .take(64)
                .find(|e| aff.contains(&e.id))
        }
        _ => None,
    }
}

/// The named group an anaphor at `r` refers to: among the organizations (armed groups,
/// governments) mentioned before it in the document, the latest whose name, or one of the
/// two words before its name, has the anaphor's head (`التنظيم` → `تنظيم الدولة`, `الردع` →
/// `قوة الردع الخاصة`, `القوات` →
/// `قوات موالية لحكومة الوفاق`, `الكتيبة` → `كتيبة …`); else, for a head that names any
/// armed side (`الميليشيا`, `المسلحين`), the latest armed group within about a sentence.
fn antecedent<'a>(
    text: &str,
    r: &Range<usize>,
    earlier: &'a [Mention],
    markers: &[(Range<usize>, RoleWord)],
) -> Option<&'a Mention> {
    let word = text.get(r.clone())?;
    let word = word.trim_start_matches(['و', 'ف']);
    let word = word
        .strip_prefix("لل")
        .or_else(|| word.strip_prefix("بال"))
        .or_else(|| word.strip_prefix("ال"))
        .unwrap_or(word);
    // The head and its other number (`قوات`/`قوه`, `ميليشيا`/`ميليشيات`), borrowed, with a
    // piece every one of them holds (a window without it holds none of them).
    const FORCES: [&str; 2] = ["قوات", "قوه"];
    const MILITIAS: [&str; 6] = [
        "ميليشيا",
        "ميليشيات",
        "مليشيا",
        "مليشيات",
        "ميلشيا",
        "ميلشيات",
    ];
    let one = [word];
    let (heads, common): (&[&str], &str) = match word {
        "قوات" | "قوه" => (&FORCES, "قو"),
        "ميليشيا" | "ميليشيات" | "مليشيا" | "مليشيات" | "ميلشيا" | "ميلشيات" => {
            (&MILITIAS, "شي")
        }
        w => (&one, w),
    };
    let any_side = heads.iter().any(|h| h.contains("شي")) || word.starts_with("مسلح");
    let group = |m: &&Mention| {
        m.kind == EntityKind::Organization
            && matches!(m.category.as_str(), "armed_group" | "government")
    };
    // The latest 64 groups before it, nearest first (a bound on long documents).
    let before = earlier
        .iter()
        .rev()
        .filter(|m| m.norm.end <= r.start)
        .filter(group)
        .take(64);
    let has_head = |m: &Mention| {
        let from = m.norm.start.saturating_sub(40);
        let mut from = from;
        while from < m.norm.start && !text.is_char_boundary(from) {
            from += 1;
        }
        // A word that strips to a head has it inside: no head in the name and the bytes
        // before it, no word to look at.
        let window = text.get(from..m.norm.end).unwrap_or("");
        if !window.contains(common)
            || (heads.len() > 1 && !heads.iter().any(|h| window.contains(h)))
        {
            return false;
        }
        let name = text.get(m.norm.clone()).unwrap_or("");
        // The last two words of `text[from..m.norm.start]`, the last one first.
        let prev = words_before::<2>(text, from, m.norm.start);
        fn strip(w: &str) -> &str {
            let w = w.trim_start_matches(['و', 'ف', 'ب', 'ل']);
            w.strip_prefix("ال").unwrap_or(w)
        }
        words(name)
            .map(|w| &name[w])
            .chain(prev.into_iter().filter(|w| !w.is_empty()))
            .any(|w| heads.contains(&strip(w)))
    };
    if let Some(m) = before.clone().find(|m| has_head(m)) {
        return Some(m);
    }
    if !any_side {
        return None;
    }
    // Near: the latest armed group within about a sentence (400 bytes) before it; not one
    // that reports (`بث المركز الإعلامي لعملية بركان الغضب تسجيلا يظهر قصف المليشيا`: the
    // operation speaks of its enemy).
    let reports = |m: &Mention| {
        markers.iter().any(|(q, w)| {
            *w == RoleWord::Reporter
                && q.end <= m.norm.start
                && m.norm.start - q.end <= 8
                && r.start - q.end <= 400
        })
    };
    before
        .take_while(|m| r.start - m.norm.end <= 400)
        .find(|m| m.category == "armed_group" && !reports(m))
}

/// Drops an actor2 equal to actor1 and adds the allies.
fn finish<'k>(
    mut out: Roles,
    assoc: Vec<usize>,
    act: &dyn Fn(usize) -> Actor,
    key: &dyn Fn(usize) -> Key<'k>,
) -> Roles {
    if let (Some(x), Some(y)) = (&out.actor1, &out.actor2) {
        if same(x, y) {
            out.actor2 = None;
        }
    }
    for i in assoc {
        // (Compared by identity first: a duplicate is never built.)
        let k = key(i);
        let dup = out.actor1.as_ref().is_some_and(|x| same_key(key_of(x), k))
            || out.actor2.as_ref().is_some_and(|x| same_key(key_of(x), k))
            || out.assoc1.iter().any(|x| same_key(key_of(x), k));
        if !dup {
            out.assoc1.push(act(i));
        }
    }
    out
}

/// A per-sentence memo of a yes/no answer: 0 not known yet, 1 no, 2 yes; without a cell
/// (an index past the table) the answer is computed each time.
fn memo(cell: Option<&Cell<u8>>, compute: impl FnOnce() -> bool) -> bool {
    let Some(cell) = cell else {
        return compute();
    };
    match cell.get() {
        1 => false,
        2 => true,
        _ => {
            let d = compute();
            cell.set(1 + u8::from(d));
            d
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The time asides found once per sentence are the ones `time_aside` finds on the text
    /// between each cut and the next, asked in any order and twice.
    #[test]
    fn time_after_cut_is_time_aside() {
        let n = crate::normalize::Normalizer::search();
        let t = Tables::bundled();
        for s in [
            "شنت القوات، مساء أمس الجمعة، هجوما على المعسكر، فيما قالت مصادر إن القتال توقف.",
            "اندلعت اشتباكات، اليوم، في المدينة، بين مسلحين، ولم ترد أنباء عن ضحايا",
            "قال المتحدث: إن الوحدات، بإسناد من الطيران، سيطرت على الميناء (صباح الأحد).",
            "",
        ] {
            let text = n.normalize(s).into_owned();
            let mut scan = Scan::default();
            t.scan_into(&text, 0..text.len(), &mut scan);
            let cuts = Cuts::new(&text, 0..text.len(), &scan);
            for i in (0..cuts.cuts.len() + 2).rev().chain(0..cuts.cuts.len() + 2) {
                let want = match (cuts.cuts.get(i), cuts.cuts.get(i + 1)) {
                    (Some(&(_, a)), Some(&(b, _))) => time_aside(text.get(a..b).unwrap_or("")),
                    _ => false,
                };
                assert_eq!(cuts.time_after_cut(&text, i), want, "{s} {i}");
            }
        }
    }

    /// [`ASIDE_WORDS`] holds exactly the words the separate tests of a time aside took
    /// (weekday, time word, period word, month name): checked on every word of those lists,
    /// on their neighbours with a letter more or less, and on other words.
    #[test]
    fn aside_words_are_the_separate_tests() {
        let oracle = |w: &str| {
            super::super::dates::weekday_of(w).is_some()
                || in_list(TIME_ASIDE, w)
                || in_list(PERIOD_ASIDE, w)
                || super::super::dates::month_of(w).is_some()
        };
        let mut words: Vec<String> = Vec::new();
        for w in list(TIME_ASIDE)
            .iter()
            .chain(list(PERIOD_ASIDE))
            .cloned()
            .chain(super::super::dates::WEEKDAYS.iter().map(|w| w.to_string()))
            .chain(super::super::dates::month_names().map(String::from))
        {
            words.push(format!("{w}ه"));
            words.push(format!("و{w}"));
            let mut cut = w.clone();
            cut.pop();
            words.push(cut);
            words.push(w);
        }
        words.extend(["", "قوات", "الجيش", "12", "منذ", "صباح", "يوم"].map(String::from));
        for w in &words {
            assert_eq!(ASIDE_WORDS.contains(w.as_str()), oracle(w), "{w}");
        }
    }

    /// The word lists are compared with the normalized text: each entry must be written as
    /// the search view writes it (`طايراته`, not `طائراته`), or it never matches.
    #[test]
    fn word_lists_are_normalized() {
        let n = crate::normalize::Normalizer::search();
        let lists: [(&str, &[&str]); 2] = [
            ("SAYER_PRONOUNS", &SAYER_PRONOUNS),
            ("CLAUSE_WORDS", &CLAUSE_WORDS),
        ];
        for (name, list) in lists {
            for w in list {
                assert_eq!(n.normalize(w), *w, "{name}: {w}");
            }
        }
    }
}
