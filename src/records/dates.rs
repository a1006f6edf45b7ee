//! Time expressions on the normalized text, resolved against the publication date.
//!
//! Relative expressions (`أمس`, `أول أمس`, `اليوم`, `الآن`, `الليلة الماضية`, `فجر/صباح/مساء
//! اليوم/أمس`, `مساء أمس الأول`, `عشية أمس`, weekdays with and without `الماضي`/`المقبل`
//! (`الجمعة الماضية` in the feminine too), `ليلة الخميس` (the night into Thursday: Wednesday
//! and Thursday) and days in a row (`أيام الأحد والاثنين والثلاثاء`),
//! `الأسبوع/الشهر/العام الماضي` (`السنة الماضية`, `هذه السنة`), `مطلع/أوائل/منتصف/أواخر الشهر
//! الجاري/الماضي`, `نهاية العام الماضي`, `منذ ثلاثة أيام/يومين/أسبوع`, `في مثل هذا اليوم قبل
//! عامين`) are matched word by word and need the publication date: without one they resolve
//! to `None`. Absolute dates (`25 يوليو 2017`, `3 أبريل/نيسان`, `منذ أبريل 2019`, `مارس
//! الماضي`, `عام 2011`, `في 2014`, Latin or Arabic-Indic digits, both month-name sets) are
//! matched by regular expressions compiled once (a bare year from the words), and resolve
//! without a publication date when they carry their year; `في مثل هذا اليوم من عام 2023` is the
//! publication date's day in that year.
//!
//! Conventions (records.md): a bare weekday is the most recent one on or before the
//! publication date, with `الماضي` the most recent one strictly before it, with `المقبل` the
//! next one after it; `الليلة الماضية` is the day before. **`الأسبوع الماضي` is the calendar week
//! before the publication date's week, Saturday to Friday** (the Libyan week, whose weekend is
//! Friday–Saturday). A month (`الشهر الماضي`, `في أبريل`, `مطلع الشهر الجاري`) is the whole
//! calendar month with precision `month`; `نهاية العام الماضي` is December of last year.
//! Numbers inside names (`كتيبة 17 فبراير`, `ثورة 17 فبراير`) are no dates.

use super::cues;
use super::{Precision, RecordDate};
use crate::date::Date;
use crate::words::words;
use once_cell::sync::Lazy;
use regex::Regex;
use std::ops::Range;

/// A time expression found in the normalized text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TimeExpr {
    /// Its range in the normalized text.
    pub range: Range<usize>,
    /// What it resolves to (`None`: relative without a publication date, or vague).
    pub date: Option<RecordDate>,
    /// A vague past (`قبل أيام`, `في وقت سابق`): the event is placed earlier than the news.
    pub earlier: bool,
    /// A day and month told without a year that `date` places in the last year, since this
    /// year's fell more than a week after the publication date: this year's, for an event
    /// still to come (`لإنجاح انتخابات 24 ديسمبر` in March).
    pub ahead: Option<RecordDate>,
}

// Month names are a closed class, kept in code (with the date grammar that reads them).
const GREG: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "ابريل",
    "مايو",
    "يونيو",
    "يوليو",
    "اغسطس",
    "سبتمبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر",
];
/// Levantine month names (normalized), 1-based months.
const LEV: [(&str, u8); 12] = [
    ("كانون الثاني", 1),
    ("شباط", 2),
    ("اذار", 3),
    ("نيسان", 4),
    ("ايار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("اب", 8),
    ("ايلول", 9),
    ("تشرين الاول", 10),
    ("تشرين الثاني", 11),
    ("كانون الاول", 12),
];
/// Other spellings (normalized).
const OTHER: [(&str, u8); 21] = [
    // The Levantine names without the article (`25 تشرين ثان/ نوفمبر 2013`, `كانون ثاني`).
    ("تشرين اول", 10),
    ("تشرين ثاني", 11),
    ("تشرين ثان", 11),
    ("كانون اول", 12),
    ("كانون ثاني", 1),
    ("كانون ثان", 1),
    ("يونيه", 6),
    ("يوليه", 7),
    ("اغسطس", 8),
    ("جانفي", 1),
    ("فيفري", 2),
    ("افريل", 4),
    // The Maghrebi names of Tunisian and Algerian outlets (`1 أوت 2016`, `5 جويلية`).
    ("ماي", 5),
    ("جوان", 6),
    ("جويليه", 7),
    ("اوت", 8),
    // The Moroccan names (`انتخابات دجنبر 2021`, `8 شتنبر`).
    ("يوليوز", 7),
    ("غشت", 8),
    ("شتنبر", 9),
    ("نونبر", 11),
    ("دجنبر", 12),
];

/// Year words the pre-check wants beside the month names of [`crate::date::MONTH_NAMES`]
/// (normalized).
pub(crate) const YEAR_WORDS: [&str; 2] = ["عام", "سنه"];

/// The month of a (normalized) month name.
pub(crate) fn month_of(name: &str) -> Option<u8> {
    if let Some(i) = GREG.iter().position(|m| *m == name) {
        return Some(i as u8 + 1);
    }
    LEV.iter()
        .chain(OTHER.iter())
        .find(|(m, _)| *m == name)
        .map(|&(_, n)| n)
}

fn month_alt() -> String {
    let mut names: Vec<&str> = GREG
        .iter()
        .copied()
        .chain(LEV.iter().map(|(m, _)| *m))
        .chain(OTHER.iter().map(|(m, _)| *m))
        .collect();
    // Longest first, so that `كانون الثاني` wins over a shorter name.
    names.sort_by_key(|m| std::cmp::Reverse(m.len()));
    names.dedup();
    names.join("|")
}

/// Absolute dates: day + month (+ year), month + year, month alone after a cue, year.
static ABSOLUTE: Lazy<Regex> = Lazy::new(|| {
    let m = month_alt();
    let month = format!(r"(?:شهر\s+)?(?P<m>{m})(?:\s*[/(]\s*(?:{m})(?:\s*\))?)?");
    let year = r"(?:\s+(?:من\s+)?(?:العام\s+|عام\s+|سنه\s+)?(?P<y>[12]\d{3}))?";
    let pat = format!(
        r"(?P<d>[0-3]?\d)\s*(?:من\s+)?{month}{year}|(?:(?P<q>مطلع|اوايل|بدايه|منتصف|اواسط|اواخر|نهايه)\s+)?{month2}(?:\s+(?:من\s+)?(?:العام\s+|عام\s+)?(?P<y2>[12]\d{{3}}))?|(?:عام|العام|سنه)\s+(?P<yy>[12]\d{{3}})",
        month2 = month.replace("(?P<m>", "(?P<m2>"),
    );
    Regex::new(&pat).unwrap_or_else(|e| panic!("date pattern: {e}"))
});

/// Compiles the date patterns and word sets (see [`super::prepare`]).
pub(crate) fn prepare() {
    let _ = list(0);
    let _ = cue_lists::list(0);
    Lazy::force(&EARLIER);
    Lazy::force(&ABSOLUTE);
    Lazy::force(&NUMERIC);
    Lazy::force(&NAME_WORDS);
    Lazy::force(&STARTS);
}

/// Words before a day number that make `17 فبراير` part of a name.
static NAME_WORDS: Lazy<Vec<String>> = Lazy::new(|| {
    let n = crate::normalize::Normalizer::search();
    [
        "كتيبة",
        "ثورة",
        "لواء",
        "سرية",
        "حركة",
        "ساحة",
        "ميدان",
        "مستشفى",
        "شارع",
        "جامعة",
        "ذكرى",
        "انتفاضة",
        "ثوار",
        "مجموعة",
        "تجمع",
        "ائتلاف",
        "اتحاد",
        "شباب",
        "قناة",
        "غرفة",
        "قوة",
        "مجلس",
        "جمعية",
        "مدرسة",
        "مطار",
        "حي",
        "منطقة",
    ]
    .iter()
    .map(|w| n.normalize(w).into_owned())
    .collect()
});

/// Strips a leading و/ف (and ب/ل before the article) from a word.
pub(super) fn bare(w: &str) -> &str {
    // Most words begin with none of و, ف, ب, ل (bytes D9 88, D9 81, D8 A8, D9 84): as
    // written, told from two bytes.
    if !matches!(
        w.as_bytes(),
        [0xD9, 0x88 | 0x81 | 0x84, ..] | [0xD8, 0xA8, ..]
    ) {
        return w;
    }
    // Words of the vocabulary that begin with و/ف themselves.
    if matches!(w, "في" | "فجر" | "وقت") {
        return w;
    }
    let w = match w.strip_prefix(['و', 'ف']) {
        // (At least two letters left: the count stops at the second.)
        Some(r) if r.chars().nth(1).is_some() => r,
        _ => w,
    };
    match w.strip_prefix(['ب', 'ل']) {
        Some(r) if r.starts_with("ال") => r,
        _ => w,
    }
}

/// The past frame after a unit of text with time expressions `times` (the words before each
/// read from `text`): a unit whose dated expressions all lie more than a month before the
/// publication date (`أعلنت عملية الكرامة في 2014`, `في مارس 2019`) sets the story in the
/// past, so that the undated events told after it are history, not the day's news (records.md:
/// an undated event the text places earlier gets no date rather than a wrong one); a unit
/// with a time of the last month sets it back to the present. A state up to now (`منذ 2011`,
/// `حتى …`) and a vague past set nothing, nor does a unit without a time: the frame goes on.
/// A flashback (`flashback`: the unit has a past perfect, `وكانت القوات قد سيطرت … في يونيو
/// الماضي`) recalls the past inside the news and sets no frame either.
pub(super) fn past_frame(
    frame: bool,
    text: &str,
    times: &[TimeExpr],
    pubdate: Option<Date>,
    flashback: bool,
) -> bool {
    let Some(p) = pubdate else { return false };
    if flashback {
        return frame;
    }
    let mut old = false;
    for x in times.iter().filter(|x| !x.earlier) {
        let Some(d) = x.date else { continue };
        let t = text.get(x.range.clone()).unwrap_or("");
        let before = text
            .get(..x.range.start)
            .and_then(|b| {
                words(b.get(b.len().saturating_sub(16)..).unwrap_or(""))
                    .last()
                    .map(|r| (b, r))
            })
            .map_or("", |(b, r)| bare(&b[b.len().saturating_sub(16)..][r]));
        if t.starts_with("منذ") || t.starts_with("حتي") || matches!(before, "منذ" | "حتي")
        {
            continue;
        }
        if d.end.days() + 31 < p.days() {
            old = true;
        } else {
            return false;
        }
    }
    old || frame
}

/// Words between `منذ` and a time expression that dates the earlier event `منذ` names, at most.
const SINCE_EVENT_WORDS: usize = 6;

/// True when the time expression `x` of sentence `sent` dates an earlier event that `منذ` a
/// few words before it names, and a word before `منذ` ranks the news against it (`أول عملية
/// اغتيال … منذ سقوط نظام القذافي في أكتوبر 2011`, `أعنف اشتباكات منذ انتهاء الحرب في
/// 2020`): the news is measured against that event, which the expression dates, not the news.
/// (Without the rank, `صراع تشهده ليبيا منذ الإطاحة بالقذافي في 2011` sets the sentence in a
/// long past and its fighting is left undated.) Only an expression more than a month before the
/// publication date, after `منذ` and a word that is no time itself (`منذ أكتوبر 2011`, `منذ
/// عام`, `منذ مطلع` are spans of the news) nor the start of the news itself (`منذ اندلاع`,
/// `منذ بدء`: the event goes on since).
pub(super) fn since_event_time(
    text: &str,
    sent: &Range<usize>,
    x: &TimeExpr,
    pubdate: Option<Date>,
) -> bool {
    let (Some(p), Some(d)) = (pubdate, x.date) else {
        return false;
    };
    if x.earlier || d.end.days() + 31 >= p.days() {
        return false;
    }
    // (At most about a dozen words back: a bound on long sentences.)
    let mut from = x.range.start.saturating_sub(160).max(sent.start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let Some(before) = text.get(from..x.range.start) else {
        return false;
    };
    let ws: Vec<&str> = words(before).map(|r| &before[r]).collect();
    let n = ws.len();
    (n.saturating_sub(SINCE_EVENT_WORDS + 1)..n.saturating_sub(1)).any(|k| {
        bare(ws[k]) == "منذ"
            && since_event_word(bare(ws[k + 1]))
            && ws[k.saturating_sub(RANKED_WORDS)..k]
                .iter()
                .any(|w| crate::date::RANKING_WORDS.contains(&bare(w)))
    })
}

/// Words before `منذ` where a word ranking the news may stand, at most.
const RANKED_WORDS: usize = 8;

/// True when `next`, the word after `منذ` (normalized, bare), names an earlier event rather
/// than a time or the start of the news itself: no digits, weekday, month or word of time
/// (`منذ عام`, `منذ مطلع`, `منذ يومين`), nor `اندلاع`/`بدء`/`تجدد`/`انطلاق` (the news goes on
/// since).
pub(super) fn since_event_word(next: &str) -> bool {
    !next.bytes().any(|b| b.is_ascii_digit())
        && !next.chars().any(|c| ('٠'..='٩').contains(&c))
        && weekday_of(next).is_none()
        && !month_names().any(|m| m == next)
        && !crate::date::SINCE_SPAN_WORDS.contains(&next)
        && !matches!(
            next,
            "" | "منتصف"
                | "نهايه"
                | "يوم"
                | "يومين"
                | "ايام"
                | "اسبوع"
                | "اسبوعين"
                | "اسابيع"
                | "شهر"
                | "شهرين"
                | "اشهر"
                | "سنوات"
                | "سنتين"
                | "عامين"
                | "اعوام"
                | "ساعات"
                | "ساعه"
                | "ساعتين"
                | "فتره"
                | "صيف"
                | "شتاء"
                | "ربيع"
                | "خريف"
                | "اكثر"
                | "اقل"
                | "نحو"
                | "حوالي"
                | "قرابه"
                | "زهاء"
                | "مده"
                | "عده"
                | "بضعه"
                | "بضع"
                | "عشرات"
                | "ثلاثه"
                | "ثلاث"
                | "اربعه"
                | "اربع"
                | "خمسه"
                | "خمس"
                | "سته"
                | "ست"
                | "سبعه"
                | "سبع"
                | "ثمانيه"
                | "ثماني"
                | "تسعه"
                | "تسع"
                | "عشره"
                | "عشر"
                | "دقائق"
                | "لحظات"
                | "وقت"
                | "عقود"
                | "عقد"
                | "عقدين"
                | "سنين"
                | "صباح"
                | "مساء"
                | "فجر"
                | "ليل"
                | "الليله"
                | "امس"
                | "اليوم"
                | "ذلك"
                | "الان"
                | "ان"
                | "اندلاع"
                | "بدء"
                | "تجدد"
                | "انطلاق"
        )
}

/// Relative pronouns that open a clause describing the noun before them (normalized).
// A closed class (relative pronouns), kept in code.
const RELATIVE_PRONOUNS: [&str; 6] = ["الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي"];

/// How many words a relative pronoun may stand before the trigger it governs
/// (`التي تحولت إلى ساحة معارك`).
const MODIFIER_REACH: usize = 5;

/// The start of the relative clause the trigger `trig` is told in, when that clause
/// describes a person or a thing (`قوات فجر ليبيا التي تشن ضربات جوية`, `المدينة التي تحولت
/// إلى ساحة معارك`): a relative pronoun (`الذي`, `التي`, `الذين`, with or without `و`) at most
/// [`MODIFIER_REACH`] words before the trigger and inside its `clause`, whose head (the word
/// before it; for `والذي`, that of the relative clause it is joined to) is no event trigger
/// (`is_trigger`): `القصف الذي تعرضت له درنة أمس، والذي أسفر عن سقوط ضحايا` tells the strike
/// itself. An event so told is a modifier (records.md), not the day's news. `words` are the
/// words of the sentence (byte ranges of the normalized `text`, in order); `حيث`, which goes
/// on telling the news, opens no such clause, and an event pointed back to (`هذا القصف`) is
/// the one told before.
pub(super) fn modifier_clause(
    text: &str,
    words: &[Range<usize>],
    trig: &Range<usize>,
    clause: &Range<usize>,
    is_trigger: &dyn Fn(&Range<usize>) -> bool,
) -> Option<usize> {
    let pronoun = |r: &Range<usize>| {
        let w = text.get(r.clone()).unwrap_or("");
        // Every relative pronoun begins with `ال` (the cheap test first).
        if !(w.starts_with("ال") || w.starts_with("وال")) {
            return None;
        }
        RELATIVE_PRONOUNS
            .iter()
            .find_map(|p| (w == *p || w.strip_prefix('و') == Some(p)).then_some(w.len() > p.len()))
    };
    let k = words.partition_point(|w| w.start < trig.start);
    // `الخسائر التي ترتبت على هذا القصف`: a demonstrative points back to the event told.
    let prev = k.checked_sub(1).and_then(|h| text.get(words[h].clone()));
    if prev.is_some_and(|w| matches!(w, "هذا" | "هذه" | "ذلك" | "تلك" | "هذين" | "هاتين"))
    {
        return None;
    }
    let lo = k.saturating_sub(MODIFIER_REACH + 1);
    let j = (lo..k)
        .rev()
        .find(|&j| words[j].start >= clause.start && pronoun(&words[j]).is_some())?;
    // The head: the word before the pronoun, or before the pronoun `والذي` is joined to.
    let mut p = j;
    if pronoun(&words[j]) == Some(true) {
        if let Some(q) = (p.saturating_sub(20)..p)
            .rev()
            .find(|&q| pronoun(&words[q]) == Some(false))
        {
            p = q;
        }
    }
    let head = p.checked_sub(1).and_then(|h| words.get(h))?;
    (!is_trigger(head)).then_some(words[j].start)
}

/// The weekday names [`weekday_of`] knows (normalized), Monday first.
pub(super) use crate::date::WEEKDAYS;

/// Every month name [`month_of`] knows, in both sets and the other spellings.
pub(super) fn month_names() -> impl Iterator<Item = &'static str> {
    GREG.iter()
        .copied()
        .chain(LEV.iter().map(|(m, _)| *m))
        .chain(OTHER.iter().map(|(m, _)| *m))
}

pub(super) fn weekday_of(w: &str) -> Option<u8> {
    WEEKDAYS.iter().position(|&d| d == w).map(|i| i as u8)
}

/// True when the normalized word `w` (a leading و/ف, and ب/ل before ال, stripped) is a word
/// of a day's time told by itself: a weekday, `أمس`, `اليوم`, `الليلة`, a part of the day
/// (`مساء`, `فجر`) or a past adjective after one of them (`الماضي`, `الماضية`). `يوم` is no
/// such word (`يوم 5` is a date of its own); nor is any word of a date with a number.
pub(crate) fn time_word(w: &str) -> bool {
    let b = bare(w);
    weekday_of(b).is_some()
        || matches!(b, "امس" | "الامس" | "اليوم" | "الليله")
        || in_list(DAYTIME, b)
        || in_list(PAST, b)
        || in_list(PAST_F, b)
}

fn day(d: Date) -> RecordDate {
    RecordDate::day(d)
}

fn month(y: u16, m: u8) -> Option<RecordDate> {
    let first = Date::new(y, m, 1)?;
    Some(RecordDate {
        start: first,
        end: first.last_of_month(),
        precision: Precision::Month,
    })
}

fn year(y: u16) -> Option<RecordDate> {
    Some(RecordDate {
        start: Date::new(y, 1, 1)?,
        end: Date::new(y, 12, 31)?,
        precision: Precision::Year,
    })
}

fn prev_month(d: Date) -> Date {
    d.first_of_month().add_days(-1)
}

/// The families of `data/records/date_words.tsv`, in the order of the indices below.
const FAMILIES: [&str; 11] = [
    "past",
    "past_fem",
    "next",
    "next_fem",
    "current",
    "current_fem",
    "part",
    "daytime",
    "not_today_after",
    "earlier",
    "same_time",
];
/// After a unit of time, the one before (`past`).
const PAST: usize = 0;
/// The same, feminine (`past_fem`).
const PAST_F: usize = 1;
/// After a unit of time, the one after (`next`).
const NEXT: usize = 2;
/// The same, feminine (`next_fem`).
const NEXT_F: usize = 3;
/// After a unit of time, the one the news is told in (`current`).
const CURRENT: usize = 4;
/// The same, feminine (`current_fem`).
const CURRENT_F: usize = 5;
/// A part of a month or a year (`part`).
const PART: usize = 6;
/// Parts of the day (`daytime`).
const DAYTIME: usize = 7;
/// Words after `اليوم` that make it no date (`not_today_after`).
const NOT_TODAY_AFTER: usize = 8;
/// Vague pasts, phrases of one or more words (`earlier`).
const EARLIER_PHRASES: usize = 9;
/// Phrases of the time of the event told before (`same_time`).
const SAME_TIME: usize = 10;

super::cues::bundled_word_lists!("date_words.tsv", FAMILIES, ["earlier", "same_time"]);

/// True when the words `ws` (in text order) hold a phrase of `same_time` (`في الوقت نفسه`,
/// `في نفس الوقت`): what they tell happened at the time of the event told before.
pub(crate) fn same_time(ws: &[&str]) -> bool {
    SAME_TIME_PHRASES.iter().any(|p| {
        ws.windows(p.len())
            .any(|win| p.iter().zip(win).all(|(a, b)| *a == bare(b)))
    })
}

/// The phrases of `same_time`, each split into its words once.
static SAME_TIME_PHRASES: Lazy<Vec<Vec<&'static str>>> = Lazy::new(|| {
    list(SAME_TIME)
        .iter()
        .map(|p| p.split(' ').collect())
        .collect()
});

/// Merged windows of `before`/`after` bytes around `hits`, inside `range`, widened to whole
/// words.
fn windows(
    text: &str,
    range: &Range<usize>,
    hits: &[Range<usize>],
    before: usize,
    after: usize,
) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for h in hits {
        let mut a = h.start.saturating_sub(before).max(range.start);
        while a > range.start && !text.is_char_boundary(a) {
            a -= 1;
        }
        while a > range.start {
            match text[..a].chars().next_back() {
                Some(c) if crate::words::is_word_char(c) => a -= c.len_utf8(),
                _ => break,
            }
        }
        let mut b = (h.end + after).min(range.end);
        while b < range.end && !text.is_char_boundary(b) {
            b += 1;
        }
        while b < range.end {
            match text[b..].chars().next() {
                Some(c) if crate::words::is_word_char(c) => b += c.len_utf8(),
                _ => break,
            }
        }
        match out.last_mut() {
            Some(w) if a <= w.end => w.end = w.end.max(b),
            _ => out.push(a..b),
        }
    }
    out
}

/// Finds the time expressions of `text[range]` (the `search`-normalized text), in order.
pub(crate) fn find(
    text: &str,
    range: Range<usize>,
    pubdate: Option<Date>,
    out: &mut Vec<TimeExpr>,
) {
    let scan = super::tables::Tables::bundled().scan(text, range.clone());
    find_scanned(text, range, pubdate, &scan, None, out);
}

/// [`find`] given the sentence's [`Scan`](super::tables::Scan): absolute dates are looked
/// for only around its month names and year words, relative ones only when it found a
/// relative time word. `unit_words`, when given, are the words of `text[range]` (as
/// [`crate::words::push_words`] finds them): the relative windows take theirs from it
/// instead of finding them again.
pub(crate) fn find_scanned(
    text: &str,
    range: Range<usize>,
    pubdate: Option<Date>,
    scan: &super::tables::Scan,
    unit_words: Option<&[Range<usize>]>,
    out: &mut Vec<TimeExpr>,
) {
    let bits = scan.pre;
    use super::tables::pre;
    let range = range.start.min(text.len())..range.end.min(text.len());
    let Some(hay) = text.get(range.clone()) else {
        return;
    };
    let first = out.len();
    if bits & pre::MONTH != 0 {
        // Windows around the month names, and around the year words that a year follows
        // (`عام 2019`; `العام` alone, as in `النائب العام`, can start no date).
        let hits: Vec<Range<usize>> = scan
            .months
            .iter()
            .filter(|h| {
                let w = text.get((*h).clone()).unwrap_or("");
                !matches!(w, "عام" | "سنه")
                    || text
                        .get(h.end..range.end)
                        .and_then(|a| a.trim_start().chars().next())
                        .is_some_and(|c| c.is_numeric())
            })
            .cloned()
            .collect();
        for w in windows(text, &range, &hits, 24, 48) {
            absolute(text, w.start, &text[w.clone()], pubdate, out);
        }
        // `مليشيا 28 مايو`, `حركة 6 أبريل`, `كتيبة 17 فبراير`: a day and a month right after the
        // noun of a group or a movement are its name, no date.
        let mut k = 0;
        out.retain(|t| {
            k += 1;
            k <= first || {
                let [prev]: [&str; 1] =
                    crate::words::words_before(text, range.start, t.range.start);
                !matches!(
                    bare(prev).strip_prefix("ال").unwrap_or(bare(prev)),
                    "مليشيا"
                        | "ميليشيا"
                        | "ميلشيا"
                        | "كتيبه"
                        | "سريه"
                        | "حركه"
                        | "ثوره"
                        | "انتفاضه"
                        | "ايتلاف"
                        | "شهدا"
                        | "تجمع"
                )
            }
        });
    }
    let _ = hay;
    if bits & pre::MONTH != 0 {
        ordinal_dates(text, &range, &scan.months, pubdate, out);
    }
    if bits & pre::DIGIT != 0 {
        bare_years(text, &range, unit_words, pubdate, out);
    }
    let mut rel = Vec::new();
    if bits & pre::RELATIVE != 0 {
        // Windows around the relative stems, two words back (`أول أمس`, `صباح اليوم`); one
        // pair of word buffers for all of them.
        let (mut ws, mut bw) = (Vec::with_capacity(24), Vec::with_capacity(24));
        for w in windows(text, &range, &scan.relative, 40, 60) {
            relative(text, w, unit_words, pubdate, &mut rel, &mut ws, &mut bw);
        }
    }
    // A weekday or `اليوم` right before an absolute date (`الخميس 25 يوليو`) is part of it.
    let abs = &out[first..];
    rel.retain(|r| {
        !abs.iter().any(|a| {
            (r.range.start < a.range.end && a.range.start < r.range.end)
                || (r.range.end <= a.range.start
                    && text
                        .get(r.range.end..a.range.start)
                        .is_some_and(|g| g.trim_matches([' ', ',']).is_empty()))
        })
    });
    out.extend(rel);
    if bits & pre::RELATIVE != 0 {
        ordinal_month_days(text, &range, &scan.relative, pubdate, out);
    }
    if bits & pre::DIGIT != 0 {
        numeric_dates(text, &range, pubdate, first, out);
    }
    out[first..].sort_by_key(|t| t.range.start);
}

/// Dates written in figures (`12-5-2019`, `2019/05/12`, `12.05.2019`), and a day of the
/// current or the last month told by its number alone (`يوم 12 الجاري`, `في 28 من الشهر
/// الماضي`, `الأحد 12 من الشهر الحالي`): day dates. They replace what was found over them
/// (`الشهر الماضي` alone is the whole month).
static NUMERIC: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?P<a>\d{1,4})\s*[-/.]\s*(?P<b>\d{1,2})\s*[-/.]\s*(?P<c>\d{1,4})|(?P<d>[0-3]?\d)\s+(?:من\s+)?(?P<s>(?:ال)?شهر\s+)?(?P<w>الجاري|الحالي|الماضي|المنصرم|المنقضي|الفايت)",
    )
    .unwrap_or_else(|e| panic!("numeric date pattern: {e}"))
});

fn numeric_dates(
    text: &str,
    range: &Range<usize>,
    pubdate: Option<Date>,
    first: usize,
    out: &mut Vec<TimeExpr>,
) {
    let Some(hay) = text.get(range.clone()) else {
        return;
    };
    let mut found = Vec::new();
    for c in NUMERIC.captures_iter(hay) {
        let Some(all) = c.get(0) else { continue };
        let (s, e) = (range.start + all.start(), range.start + all.end());
        // Whole words: after a space, a bracket, a quote or a comma, not glued to a letter, a
        // digit or a symbol (`@2011-11-24..2012-11-13` is a period of a record, no date of the
        // news), nor running on into another figure (`..`, `-`, `/`).
        let before = text[..s].chars().next_back();
        let mut rest = text[e..].chars();
        let after = rest.next();
        if before.is_some_and(|c| {
            !(c.is_whitespace() || matches!(c, '(' | '[' | '«' | '"' | '،' | ',' | ':'))
        }) || after.is_some_and(|c| {
            c.is_alphanumeric()
                || matches!(c, '-' | '/' | '@')
                || (c == '.' && rest.next().is_some_and(|n| n == '.' || n.is_numeric()))
        }) {
            continue;
        }
        let num = |n: &str| c.name(n).and_then(|m| m.as_str().parse::<u16>().ok());
        let date = if let (Some(a), Some(b), Some(cc)) = (num("a"), num("b"), num("c")) {
            let year = |y: u16| (1990..=2099).contains(&y);
            let (y, m, d) = if year(a) && c["a"].len() == 4 {
                (a, b, cc)
            } else if year(cc) && c["c"].len() == 4 {
                (cc, b, a)
            } else {
                continue;
            };
            let (Ok(m), Ok(d)) = (u8::try_from(m), u8::try_from(d)) else {
                continue;
            };
            match Date::new(y, m, d) {
                Some(x) => Some(day(x)),
                None => continue,
            }
        } else {
            let Some(d) = num("d").and_then(|d| u8::try_from(d).ok()) else {
                continue;
            };
            // A cue before the number (`يوم`, `في`, `بتاريخ`, `منذ`, `حتى`, `الموافق`, a
            // weekday), or `الشهر` after it: not a count (`قتل 12 الشهر الماضي`).
            let prev: [&str; 1] = crate::words::words_before(text, range.start, s);
            let cue = matches!(
                bare(prev[0]),
                "يوم" | "في" | "بتاريخ" | "منذ" | "حتي" | "الموافق" | "موافق"
            ) || weekday_of(bare(prev[0])).is_some();
            if !(cue || c.name("s").is_some()) {
                continue;
            }
            let Some(p) = pubdate else { continue };
            let current = matches!(&c["w"], "الجاري" | "الحالي");
            let month = if current { p } else { prev_month(p) };
            match Date::new(month.year(), month.month(), d) {
                Some(x) => Some(day(x)),
                None => continue,
            }
        };
        found.push(TimeExpr {
            range: s..e,
            date,
            earlier: false,
            ahead: None,
        });
    }
    if found.is_empty() {
        return;
    }
    // What was found over them (a month alone, `الشهر الماضي`) gives way, and so does a
    // weekday right before one (`يوم الجمعة 29-07-2016`: part of the date, as before a month's
    // date).
    let mut k = 0;
    out.retain(|t| {
        let keep = k < first
            || !found.iter().any(|f| {
                (t.range.start < f.range.end && f.range.start < t.range.end)
                    || (t.range.end <= f.range.start
                        && text
                            .get(t.range.end..f.range.start)
                            .is_some_and(|g| g.trim_matches([' ', ',', '،']).is_empty()))
            });
        k += 1;
        keep
    });
    out.extend(found);
}

/// Years without a year word after `في`, `منذ`, `خلال` (`أعلنت عملية الكرامة في 2014`,
/// `منذ 2011`): the year, precision `year`. Only 1900 to the publication date's year (a
/// count is no year: `في 2000 منزل` is rare, `في 150 موقعا` is no year at all). The words
/// are those of `unit_words` inside `range` when given, else found here.
fn bare_years(
    text: &str,
    range: &Range<usize>,
    unit_words: Option<&[Range<usize>]>,
    pubdate: Option<Date>,
    out: &mut Vec<TimeExpr>,
) {
    let found: Vec<Range<usize>>;
    let ws: &[Range<usize>] = match unit_words {
        Some(all) => {
            let lo = all.partition_point(|r| r.start < range.start);
            let hi = all.partition_point(|r| r.start < range.end);
            all.get(lo..hi).unwrap_or(&[])
        }
        None => {
            found = words(&text[range.clone()])
                .map(|r| range.start + r.start..range.start + r.end)
                .collect();
            &found
        }
    };
    let newest = pubdate.map_or(2099, |p| p.year());
    for k in 1..ws.len() {
        let w = &text[ws[k].clone()];
        if w.len() != 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let Ok(y) = w.parse::<u16>() else { continue };
        if !(1900..=newest).contains(&y)
            || !matches!(bare(&text[ws[k - 1].clone()]), "في" | "منذ" | "خلال")
        {
            continue;
        }
        let r = ws[k].clone();
        // A year already part of an absolute date (`في مارس 2014`, `عام 2014`) is found.
        if out
            .iter()
            .any(|t| t.range.start < r.end && r.start < t.range.end)
        {
            continue;
        }
        out.push(TimeExpr {
            range: ws[k - 1].start..r.end,
            date: year(y),
            earlier: false,
            ahead: None,
        });
    }
}

/// True when the word `k` of `before` (its words `ws`) follows a weekday or `الموافق`, or an
/// opening bracket or a comma right after a weekday: `الاثنين (السادس من يناير)`,
/// `الموافق السادس من يناير`, `الاثنين، السادس من يناير`.
fn weekday_aside(before: &str, ws: &[Range<usize>], k: usize) -> bool {
    let Some(prev) = k.checked_sub(1).and_then(|i| ws.get(i)) else {
        return false;
    };
    let p = bare(&before[prev.clone()]);
    p == "الموافق"
        || (weekday_of(p).is_some()
            && before
                .get(prev.end..ws[k].start)
                .is_some_and(|g| g.trim().is_empty() || matches!(g.trim(), "(" | "،" | ",")))
}

/// The day an ordinal told right before `at` gives, with `من` between (`في العاشر من`, `يوم
/// الحادي عشر من`, `في الثالث والعشرين من`) after a cue (`في`, `يوم`, `منذ`, a part of the day,
/// a weekday or `الموافق`), and where its words start.
fn ordinal_before(text: &str, range: &Range<usize>, at: usize) -> Option<(u8, usize, Option<u8>)> {
    // The words before (at most five, in about 80 bytes).
    let mut from = at.saturating_sub(80).max(range.start);
    while from < at && !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..at).unwrap_or("");
    let mut ws: Vec<Range<usize>> = words(before).collect();
    // `في الخامس من شهر فيفري`: the word `شهر` before the month's name.
    if ws
        .last()
        .is_some_and(|r| matches!(bare(&before[r.clone()]), "شهر"))
    {
        ws.pop();
    }
    let w = |k: usize| -> &str {
        ws.len()
            .checked_sub(k)
            .and_then(|i| ws.get(i))
            .map_or("", |r| bare(&before[r.clone()]))
    };
    if w(1) != "من" {
        return None;
    }
    let (day, first) = match (w(2), crate::date::ordinal_day(w(3))) {
        ("عشر" | "عشره", Some(u)) if u < 10 => (u + 10, 3),
        // (`bare` takes the conjunction off `والعشرين`.)
        ("العشرين", Some(u)) if u < 10 => (u + 20, 3),
        ("الثلاثين", Some(u)) if u < 2 => (u + 30, 3),
        (x, _) => match crate::date::ordinal_day(x) {
            Some(d) if w(2) != "الحادي" => (d, 2),
            _ => return None,
        },
    };
    // `يومي الثالث والسادس من يوليو`: an earlier day joined to it by `و` (two days of the
    // month, told as the days from the first to the second).
    let joined = ws
        .len()
        .checked_sub(first)
        .and_then(|i| ws.get(i))
        .is_some_and(|r| before[r.clone()].starts_with('و'));
    let earlier_day = crate::date::ordinal_day(w(first + 1)).filter(|&d| joined && d < day);
    let first = first + usize::from(earlier_day.is_some());
    let r0 = ws.len().checked_sub(first).and_then(|i| ws.get(i))?;
    // A cue before the ordinal: `في`, `يوم`, `منذ`, `حتى`, a part of the day; or the day
    // as an aside of a weekday (`اليوم الاثنين (السادس من يناير 2020)`, `الموافق`).
    // (Two days joined: also `يومي` and `بين`.)
    let pair_cue = earlier_day.is_some() && matches!(w(first + 1), "يومي" | "بين");
    if !pair_cue
        && !matches!(
            w(first + 1),
            "في" | "يوم"
                | "اليوم"
                | "منذ"
                | "حتي"
                | "مساء"
                | "صباح"
                | "ليله"
                | "فجر"
                | "ليل"
                | "ظهر"
        )
        && !weekday_aside(before, &ws, ws.len() - first)
    {
        return None;
    }
    Some((day, from + r0.start, earlier_day))
}

/// Days written as ordinal words before the current or the last month told without its name
/// (`في الخامس من الشهر الجاري`, `يوم العاشر من الشهر الماضي`): day dates, as
/// `يوم 12 من الشهر الجاري`. `relative` holds where the relative time words are (`الشهر`
/// among them).
fn ordinal_month_days(
    text: &str,
    range: &Range<usize>,
    relative: &[Range<usize>],
    pubdate: Option<Date>,
    out: &mut Vec<TimeExpr>,
) {
    let Some(p) = pubdate else { return };
    for r in relative {
        if r.start < range.start || r.end > range.end || text.get(r.clone()) != Some("الشهر") {
            continue;
        }
        let after = text.get(r.end..range.end).unwrap_or("");
        let Some(next) = words(after).next() else {
            continue;
        };
        let current = match &after[next.clone()] {
            "الجاري" | "الحالي" => true,
            "الماضي" | "المنصرم" | "المنقضي" | "الفايت" => false,
            _ => continue,
        };
        let Some((day, start, first_day)) = ordinal_before(text, range, r.start) else {
            continue;
        };
        let month = if current { p } else { prev_month(p) };
        let Some(last) = Date::new(month.year(), month.month(), day) else {
            continue;
        };
        let date = match first_day.and_then(|d| Date::new(month.year(), month.month(), d)) {
            Some(f) => RecordDate::new(f, last, Precision::Day),
            None => RecordDate::day(last),
        };
        let end = r.end + next.end;
        // `الشهر الجاري` found alone (a month) gives way.
        out.retain(|t| !(t.range.start < end && start < t.range.end));
        out.push(TimeExpr {
            range: start..end,
            date: Some(date),
            earlier: false,
            ahead: None,
        });
    }
}

/// Days written as ordinal words before a month: `في العاشر من أغسطس الجاري`, `يوم الحادي
/// عشر من سبتمبر`, `في الثالث والعشرين من مارس 2019`. The month is that of the publication
/// date's year (`الجاري`, or no year), of the year given, or the latest one before the
/// publication date.
fn ordinal_dates(
    text: &str,
    range: &Range<usize>,
    months: &[Range<usize>],
    pubdate: Option<Date>,
    out: &mut Vec<TimeExpr>,
) {
    for m in months {
        let Some(mo) = text.get(m.clone()).and_then(month_of) else {
            continue;
        };
        let Some((day, start, first_day)) = ordinal_before(text, range, m.start) else {
            continue;
        };
        // After the month: `الجاري`, `الماضي`, or a year.
        let after = text.get(m.end..range.end).unwrap_or("");
        let next = words(after).next();
        let next_w = next.clone().map_or("", |r| &after[r]);
        let mut end = m.end;
        let year = if let Ok(y) = next_w.parse::<u16>() {
            end = m.end + next.map_or(0, |r| r.end);
            Some(y)
        } else {
            if matches!(next_w, "الجاري" | "الحالي" | "الماضي" | "المنصرم")
            {
                end = m.end + next.map_or(0, |r| r.end);
            }
            pubdate.map(|p| {
                let y = p.year();
                match Date::new(y, mo, day) {
                    Some(c) if c.days() <= p.days() + 7 => y,
                    _ => y.saturating_sub(1),
                }
            })
        };
        let date = year.and_then(|y| Date::new(y, mo, day)).map(|last| {
            match first_day.and_then(|d| Date::new(last.year(), mo, d)) {
                Some(f) => RecordDate::new(f, last, Precision::Day),
                None => RecordDate::day(last),
            }
        });
        if date.is_none() && year.is_some() {
            continue;
        }
        // An expression already found there (a month alone) gives way.
        out.retain(|t| !(t.range.start < end && start < t.range.end));
        out.push(TimeExpr {
            range: start..end,
            date,
            earlier: false,
            ahead: None,
        });
    }
}

fn absolute(text: &str, base: usize, hay: &str, pubdate: Option<Date>, out: &mut Vec<TimeExpr>) {
    for c in ABSOLUTE.captures_iter(hay) {
        let Some(all) = c.get(0) else { continue };
        let (s, e) = (base + all.start(), base + all.end());
        // Whole words: no letter or digit glued before or after.
        let before = text[..s].chars().next_back();
        let after = text[e..].chars().next();
        // (`2019م`: a year with the era letter glued to it is whole.)
        let era = after == Some('م')
            && c.name("y")
                .or(c.name("y2"))
                .or(c.name("yy"))
                .is_some_and(|y| y.end() == all.end())
            && !text[e..].chars().nth(1).is_some_and(char::is_alphanumeric);
        if before.is_some_and(|c| c.is_alphanumeric() && !matches!(c, 'و' | 'ف' | 'ب' | 'ل'))
            || (after.is_some_and(char::is_alphanumeric) && !era)
        {
            continue;
        }
        // The words before (looked for in at most 40 bytes; 64 for a year, which
        // `في مثل هذا اليوم من` may precede).
        let mut from = s.saturating_sub(if c.name("yy").is_some() { 64 } else { 40 });
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let window = &text[from..s];
        let prev_word = words(window).last().map(|r| bare(&window[r]));
        let mut ahead = None;
        let date = if let Some(d) = c.name("d") {
            // Not a date inside a name (`كتيبة 17 فبراير`), also after a preposition fused to
            // the name's noun (`معسكرا لثوار 17 فبراير`).
            let name_word = |w: &str| NAME_WORDS.iter().any(|n| n == w);
            if prev_word.is_some_and(|w| {
                name_word(w)
                    || w.strip_prefix(['ل', 'ب'])
                        .is_some_and(|r| r.chars().count() >= 3 && name_word(r))
            }) {
                continue;
            }
            let Some(mo) = c.name("m").and_then(|m| month_of(m.as_str())) else {
                continue;
            };
            let Ok(dd) = d.as_str().parse::<u8>() else {
                continue;
            };
            let date = match c.name("y").and_then(|y| y.as_str().parse::<u16>().ok()) {
                Some(y) => match Date::new(y, mo, dd) {
                    Some(d) => Some(day(d)),
                    None => continue,
                },
                None => match pubdate {
                    Some(p) => {
                        let mut y = p.year();
                        let cand = Date::new(y, mo, dd);
                        if cand.is_none() && Date::new(y.saturating_sub(1), mo, dd).is_none() {
                            continue;
                        }
                        if cand.is_none_or(|c| c.days() > p.days() + 7) {
                            ahead = cand.map(day);
                            y = y.saturating_sub(1);
                        }
                        Date::new(y, mo, dd).map(day)
                    }
                    None => {
                        if !(1..=31).contains(&dd) {
                            continue;
                        }
                        None
                    }
                },
            };
            // `يومي 3 و4 سبتمبر`, `بين 12 و14 مايو`: two days of one month, the first told
            // bare before `و`: the days from the first to the second (recprec16).
            match (date, pair_start(window)) {
                (Some(last), Some(first)) if first < dd => Date::new(last.start.year(), mo, first)
                    .map(|f| RecordDate::new(f, last.end, Precision::Day))
                    .or(Some(last)),
                (d, _) => d,
            }
        } else if let Some(m2) = c.name("m2") {
            let name = m2.as_str();
            let Some(mo) = month_of(name) else { continue };
            let y2 = c.name("y2").and_then(|y| y.as_str().parse::<u16>().ok());
            let has_q = c.name("q").is_some();
            let has_shahr = all.as_str().contains("شهر");
            // `مارس الماضي`, `أبريل الجاري`: the word after the month says which one.
            let next_word = words(&text[e..]).next().map(|r| bare(&text[e..][r]));
            let past = next_word.is_some_and(|w| in_list(PAST, w));
            let which = past || next_word.is_some_and(|w| in_list(CURRENT, w) || in_list(NEXT, w));
            // A month alone needs a cue: a year, `شهر`, a part (`مطلع`), `في/منذ/خلال`, or
            // `الماضي/الجاري` after it.
            let cue = prev_word.is_some_and(|w| matches!(w, "في" | "منذ" | "خلال" | "حتي" | "مطلع"));
            if y2.is_none() && !(has_q || has_shahr || cue || which) {
                continue;
            }
            // `مارس` and `اب` are also a verb and a noun: alone, only with `شهر`, a part, or
            // `الماضي/الجاري` after them.
            if y2.is_none() && !has_shahr && matches!(name, "اب" | "مارس") && !has_q && !which
            {
                continue;
            }
            match y2 {
                Some(y) => month(y, mo),
                None => pubdate.and_then(|p| {
                    // The latest such month up to the publication date's (`مارس الماضي` in
                    // March is last year's), or the month after it (`قبل منتصف يوليو` in
                    // June: this year's), or the next one with `المقبل`.
                    let next = next_word.is_some_and(|w| in_list(NEXT, w));
                    let y = if next {
                        if mo > p.month() {
                            p.year()
                        } else {
                            p.year().saturating_add(1)
                        }
                    } else if (mo > p.month() && (past || mo != p.month() + 1))
                        || (past && mo == p.month())
                    {
                        p.year().saturating_sub(1)
                    } else {
                        p.year()
                    };
                    month(y, mo)
                }),
            }
        } else if let Some(yy) = c.name("yy") {
            let Ok(y) = yy.as_str().parse::<u16>() else {
                continue;
            };
            // `في مثل هذا اليوم من عام 2023`: the publication date's day in that year.
            let ws: Vec<&str> = words(window).map(|r| bare(&window[r])).collect();
            let on_this_day = ws.ends_with(&["مثل", "هذا", "اليوم", "من"])
                || ws.ends_with(&["مثل", "هذا", "اليوم"]);
            match pubdate.filter(|_| on_this_day) {
                Some(p) => Date::new(y, p.month(), p.day())
                    .map(day)
                    .or_else(|| year(y)),
                None => year(y),
            }
        } else {
            continue;
        };
        out.push(TimeExpr {
            range: s..e,
            date,
            earlier: false,
            ahead,
        });
    }
}

/// `يومي 3 و`, `بين 12 و`: the window before a day-and-month ends with the bare first day of a
/// pair of days (`يومي`, `بين`, `أيام`, then a number of 1 to 31, then `و`): that first day.
fn pair_start(window: &str) -> Option<u8> {
    let ws: Vec<&str> = words(window).map(|r| &window[r]).collect();
    let n = ws.len();
    if n < 3 || ws[n - 1] != "و" || !matches!(bare(ws[n - 3]), "يومي" | "بين" | "ايام")
    {
        return None;
    }
    ws[n - 2]
        .parse::<u8>()
        .ok()
        .filter(|d| (1..=31).contains(d))
}

/// Vague pasts (`earlier`): the event is earlier than the news, at no known date. Phrases
/// of one or more words, each split into its words.
static EARLIER: Lazy<Vec<Vec<&'static str>>> = Lazy::new(|| {
    list(EARLIER_PHRASES)
        .iter()
        .map(|p| p.split(' ').collect())
        .collect()
});

/// Words that may begin a relative expression.
static STARTS: Lazy<std::collections::HashSet<&'static str, super::tables::FnvBuild>> =
    Lazy::new(|| {
        let mut set: std::collections::HashSet<&'static str, super::tables::FnvBuild> = [
            "اول",
            "امس",
            "الامس",
            "البارحه",
            "الليله",
            "اليوم",
            "اليومين",
            "اليومان",
            "هذا",
            "هذه",
            "يوم",
            "يومي",
            "منذ",
            "قبل",
            "الشهر",
            "الاسبوع",
            "العام",
            "السنه",
            "الان",
            "غدا",
            "غد",
        ]
        .into_iter()
        .collect();
        set.extend(WEEKDAYS);
        set.extend(list(DAYTIME).iter().map(String::as_str));
        set.extend(list(PART).iter().map(String::as_str));
        set.extend(EARLIER.iter().map(|e| e[0]));
        set
    });

/// The relative expressions of the window `text[range]` (whole words, see [`windows`]);
/// its words are those of `unit_words` inside it when given (the words of the span the
/// window was cut from), else found here.
#[allow(clippy::too_many_arguments)]
fn relative<'t>(
    text: &'t str,
    range: Range<usize>,
    unit_words: Option<&[Range<usize>]>,
    pubdate: Option<Date>,
    out: &mut Vec<TimeExpr>,
    ws: &mut Vec<Range<usize>>,
    bw: &mut Vec<&'t str>,
) {
    let hay = &text[range.clone()];
    ws.clear();
    bw.clear();
    // The window begins and ends at word boundaries of its span, so its words are the span's
    // words that start inside it (all of which end inside it).
    let listed = unit_words.and_then(|all| {
        let lo = all.partition_point(|r| r.start < range.start);
        let hi = all.partition_point(|r| r.start < range.end);
        let inside = all.get(lo..hi)?;
        inside
            .last()
            .is_none_or(|r| r.end <= range.end)
            .then_some(inside)
    });
    match listed {
        Some(inside) => {
            for r in inside {
                ws.push(r.clone());
                bw.push(bare(&text[r.clone()]));
            }
        }
        None => {
            for r in words(hay) {
                let w = bare(&hay[r.clone()]);
                ws.push(range.start + r.start..range.start + r.end);
                bw.push(w);
            }
        }
    }
    // The words before the first that may begin an expression begin none: start there.
    let Some(first) = bw.iter().position(|w| STARTS.contains(w)) else {
        return;
    };
    let w = |i: usize| bw.get(i).copied().unwrap_or("");
    let p = pubdate;
    let mut i = first;
    while i < ws.len() {
        if !STARTS.contains(w(i)) {
            i += 1;
            continue;
        }
        let mut found: Option<(usize, Option<RecordDate>, bool)> = None; // (words, date, earlier)
                                                                         // Vague pasts.
        for e in EARLIER.iter() {
            // `في وقت سابق اليوم`, `في وقت سابق من اليوم`: earlier the same day, which the
            // day word that follows tells.
            let same_day = e.len() == 3
                && e[1] == "وقت"
                && (w(i + 3) == "اليوم" || (w(i + 3) == "من" && w(i + 4) == "اليوم"));
            if !same_day && (0..e.len()).all(|k| w(i + k) == e[k]) {
                found = Some((e.len(), None, true));
                break;
            }
        }
        if found.is_none() {
            found = relative_at(&w, i, p);
        }
        match found {
            Some((n, date, earlier)) => {
                let n = n.max(1);
                out.push(TimeExpr {
                    range: ws[i].start..ws[i + n - 1].end,
                    date,
                    earlier,
                    ahead: None,
                });
                i += n;
            }
            None => i += 1,
        }
    }
}

/// True when `w` is the dual of a past adjective (`الماضيين`, `الماضيان`, `السابقين`,
/// `المنصرمين`): the masculine of the `past` family with the dual ending.
fn two_days_past(w: &str) -> bool {
    ["ين", "ان"]
        .iter()
        .any(|e| w.strip_suffix(e).is_some_and(|stem| in_list(PAST, stem)))
}

/// A relative expression starting at word `i`: (words, date, earlier).
fn relative_at<'a>(
    w: &impl Fn(usize) -> &'a str,
    i: usize,
    p: Option<Date>,
) -> Option<(usize, Option<RecordDate>, bool)> {
    let a = w(i);
    let at = |n: i64| p.map(|d| day(d.add_days(n)));
    // A weekday after a day word is part of it (`اليوم الاثنين`, `أمس الأحد`).
    let with_weekday = |n: usize| n + usize::from(weekday_of(w(i + n)).is_some());
    // `هذا الصباح (السبت)`, `اليوم الأحد` in a page dated a day later; `أمس السبت` where the
    // day before the date is no Saturday (a page dated a day or two after it was written, or
    // before: `أمس السبت (12 يناير)` on a page of the 12th): the weekday the text names is the
    // day it tells, the most recent such day on or before the date, `most` days back at most.
    // (`off`: the day the word names, 0 today, -1 yesterday.)
    let by_weekday = |n: usize, off: i64, most: i64| match (weekday_of(w(i + n)), p) {
        (Some(wd), Some(d)) if wd != d.add_days(off).weekday() => {
            let back = (i64::from(d.weekday()) - i64::from(wd)).rem_euclid(7);
            (
                n + 1,
                (back <= most).then(|| day(d.add_days(-back))).or(at(off)),
            )
        }
        _ => (with_weekday(n), at(off)),
    };
    let today = |n: usize| by_weekday(n, 0, 2);
    let yesterday = |n: usize| by_weekday(n, -1, 3);
    // Parts of the day: `صباح/مساء/فجر/ليلة أمس/اليوم`.
    if in_list(DAYTIME, a) {
        match w(i + 1) {
            // `مساء أمس الأول`: the day before yesterday, as `أمس الأول` alone.
            "امس" | "الامس" if w(i + 2) == "الاول" => {
                return Some((with_weekday(3), at(-2), false))
            }
            "امس" | "الامس" => {
                let (n, d) = yesterday(2);
                return Some((n, d, false));
            }
            "اليوم" => {
                if in_list(NOT_TODAY_AFTER, w(i + 2)) {
                    return None;
                }
                let (n, d) = today(2);
                return Some((n, d, false));
            }
            "اول" if w(i + 2) == "امس" => return Some((with_weekday(3), at(-2), false)),
            _ => {}
        }
        // `ليلة الثلاثاء`, `ليلة يوم الجمعة`: the night into that day, which pages use for the
        // evening before it as well as for the day's own night: the two days, precision day
        // (`ليل الثلاثاء` is the day's own night, the day itself; `ليلة أمس` is above).
        if a == "ليله" {
            let k = if w(i + 1) == "يوم" { i + 2 } else { i + 1 };
            if weekday_of(w(k)).is_some() {
                let (n, d, e) = relative_at(w, k, p)?;
                let d = d.map(|d| match d.precision {
                    Precision::Day if d.start == d.end => {
                        RecordDate::new(d.start.add_days(-1), d.end, Precision::Day)
                    }
                    _ => d,
                });
                return Some((n + (k - i), d, e));
            }
        }
    }
    match a {
        "اول" if w(i + 1) == "امس" => return Some((with_weekday(2), at(-2), false)),
        // `قبل أمس`: the day before yesterday, as `أول أمس` (s30).
        "قبل" if w(i + 1) == "امس" => return Some((with_weekday(2), at(-2), false)),
        "اول" if w(i + 1) == "من" && w(i + 2) == "امس" => {
            return Some((with_weekday(3), at(-2), false))
        }
        "امس" | "الامس" => {
            if w(i + 1) == "الاول" {
                return Some((with_weekday(2), at(-2), false));
            }
            let (n, d) = yesterday(1);
            return Some((n, d, false));
        }
        "البارحه" => return Some((1, at(-1), false)),
        // `غدا الإثنين`, `بعد غد`: tomorrow, the day after.
        "غدا" | "غد" => {
            if w(i.wrapping_sub(1)) == "بعد" {
                return Some((with_weekday(1), at(2), false));
            }
            return Some((with_weekday(1), at(1), false));
        }
        "الليله" if in_list(PAST_F, w(i + 1)) => return Some((2, at(-1), false)),
        // `الليلة قبل الماضية`: the night before last, the day before yesterday.
        "الليله" if w(i + 1) == "قبل" && in_list(PAST_F, w(i + 2)) => {
            return Some((3, at(-2), false))
        }
        // `خلال اليومين الماضيين`, `شهد اليومان الماضيان`: the two days before the publication
        // date (as `الأيام الثلاثة الماضية`), the dual adjective agreeing with the dual.
        "اليومين" | "اليومان" if two_days_past(w(i + 1)) => {
            let date = p.map(|d| RecordDate {
                start: d.add_days(-2),
                end: d.add_days(-1),
                precision: Precision::Day,
            });
            return Some((2, date, false));
        }
        "اليوم" => {
            // (`في ذلك اليوم`: the day told before, no date of its own.)
            if in_list(NOT_TODAY_AFTER, w(i + 1)) || matches!(w(i.wrapping_sub(1)), "حتي" | "ذلك")
            {
                return None;
            }
            // `في مثل هذا اليوم`: the same day of an earlier year (the year, when the text
            // gives it, is an expression of its own).
            if w(i.wrapping_sub(1)) == "هذا" && w(i.wrapping_sub(2)) == "مثل" {
                return None;
            }
            let (n, d) = today(1);
            return Some((n, d, false));
        }
        "هذا" if matches!(w(i + 1), "الصباح" | "المساء") => {
            let (n, d) = today(2);
            return Some((n, d, false));
        }
        // `تدور الآن`: now, the publication date (`حتى الآن` is a duration up to it).
        "الان" if !matches!(w(i.wrapping_sub(1)), "حتي" | "الي" | "لحد" | "لغايه") =>
        {
            return Some((1, at(0), false));
        }
        _ => {}
    }
    // `الأيام الثلاثة الماضية`: the days before the publication date.
    if a == "الايام" && in_list(PAST_F, w(i + 2)) {
        let tables = super::tables::Tables::bundled();
        let num = w(i + 1);
        let num = num.strip_prefix("ال").unwrap_or(num);
        if let Some((n, _)) = tables.number_of(num).filter(|(n, _)| (2..=31).contains(n)) {
            let date = p.map(|d| RecordDate {
                start: d.add_days(-i64::from(n)),
                end: d.add_days(-1),
                precision: Precision::Day,
            });
            return Some((3, date, false));
        }
    }
    // Weekdays, with `يوم` before and `الماضي/المقبل` after.
    let (wi, lead) = if matches!(a, "يوم" | "يومي") && weekday_of(w(i + 1)).is_some() {
        (i + 1, 1)
    } else {
        (i, 0)
    };
    if let Some(wd) = weekday_of(w(wi)) {
        let next = w(wi + 1);
        let n = lead + 1;
        let date = |d: Date, mode: i8| {
            let cur = i64::from(d.weekday());
            let want = i64::from(wd);
            let back = (cur - want).rem_euclid(7);
            match mode {
                0 => day(d.add_days(-back)),
                -1 => day(d.add_days(-if back == 0 { 7 } else { back })),
                _ => {
                    let fwd = (want - cur).rem_euclid(7);
                    day(d.add_days(if fwd == 0 { 7 } else { fwd }))
                }
            }
        };
        // `يومي الجمعة والسبت`, `ليل الإثنين الثلاثاء`, `أيام الأحد والاثنين والثلاثاء`:
        // days in a row, the last one the most recent on or before the publication date.
        let mut last = wd;
        let mut more = 0;
        while more < 6 && weekday_of(w(wi + 1 + more)).is_some_and(|x| x == (last + 1) % 7) {
            last = (last + 1) % 7;
            more += 1;
        }
        if more > 0 {
            let range = p.map(|d| {
                let back = (i64::from(d.weekday()) - i64::from(last)).rem_euclid(7);
                let end = d.add_days(-back);
                RecordDate::new(end.add_days(-(more as i64)), end, Precision::Day)
            });
            return Some((n + more, range, false));
        }
        // `الأحد قبل الماضي`: the weekday of the week before the last one told so.
        if next == "قبل" && (in_list(PAST, w(wi + 2)) || in_list(PAST_F, w(wi + 2))) {
            return Some((
                n + 2,
                p.map(|d| {
                    let last = date(d, -1);
                    RecordDate::new(
                        last.start.add_days(-7),
                        last.end.add_days(-7),
                        Precision::Day,
                    )
                }),
                false,
            ));
        }
        // `الجمعة الماضية`, `الجمعة المقبلة`: the weekday agrees as a feminine noun too.
        if in_list(PAST, next) || in_list(PAST_F, next) {
            return Some((n + 1, p.map(|d| date(d, -1)), false));
        }
        if in_list(NEXT, next) || in_list(NEXT_F, next) {
            return Some((n + 1, p.map(|d| date(d, 1)), false));
        }
        return Some((n, p.map(|d| date(d, 0)), false));
    }
    // Parts of a month or year: `مطلع/منتصف/أواخر الشهر الجاري/الماضي`, `نهاية العام الماضي`.
    let (j, part) = if in_list(PART, a) {
        (i + 1, Some(a))
    } else {
        (i, None)
    };
    let lead = j - i;
    let unit = w(j);
    let which = w(j + 1);
    // `هذا العام`, `هذه السنة`: the current one.
    let this = matches!(unit, "هذا" | "هذه");
    let (unit, which, n) = if this {
        (w(j + 1), "الجاري", lead + 2)
    } else {
        (unit, which, lead + 2)
    };
    // `الأسبوع قبل الماضي`, `الشهر قبل الماضي`: the one before the last.
    // `السنة الماضية`, `السنة الجارية`: the feminine unit agrees in the feminine.
    let past_word = |x: &str| in_list(PAST, x) || (unit == "السنه" && in_list(PAST_F, x));
    let before_last = !this && which == "قبل" && past_word(w(j + 2));
    let (which, n) = if before_last {
        (w(j + 2), n + 1)
    } else {
        (which, n)
    };
    let past = past_word(which);
    let rel = if before_last {
        Some(-2)
    } else if past {
        Some(-1)
    } else if in_list(CURRENT, which) || (unit == "السنه" && in_list(CURRENT_F, which)) || this
    {
        Some(0)
    } else if in_list(NEXT, which) || (unit == "السنه" && in_list(NEXT_F, which)) {
        // `الأسبوع المقبل`, `الشهر المقبل`, `العام المقبل`: the next one (a planned event's).
        Some(1)
    } else {
        None
    };
    if let Some(rel) = rel {
        match unit {
            "الشهر" => {
                let date = p.and_then(|d| {
                    let m = match rel {
                        -2 => prev_month(prev_month(d)),
                        r if r < 0 => prev_month(d),
                        0 => d,
                        _ => d.last_of_month().add_days(1),
                    };
                    month(m.year(), m.month())
                });
                return Some((n, date, false));
            }
            "الاسبوع" if part.is_none() => {
                let date = p.map(|d| {
                    // Saturday to Friday.
                    let start = d.add_days(-((i64::from(d.weekday()) + 2) % 7));
                    let start = start.add_days(7 * i64::from(rel));
                    RecordDate {
                        start,
                        end: start.add_days(6),
                        precision: Precision::Week,
                    }
                });
                return Some((n, date, false));
            }
            "العام" | "السنه" => {
                let date = p.and_then(|d| {
                    let y = match rel {
                        -2 => d.year().saturating_sub(2),
                        r if r < 0 => d.year().saturating_sub(1),
                        0 => d.year(),
                        _ => d.year().saturating_add(1),
                    };
                    match part {
                        Some("مطلع" | "اوايل" | "بدايه") => month(y, 1),
                        Some("اواخر" | "نهايه") => month(y, 12),
                        _ => year(y),
                    }
                });
                return Some((n, date, false));
            }
            _ => {}
        }
    }
    // `منذ/قبل ثلاثة أيام`, `منذ يومين`, `منذ أسبوع`.
    if matches!(a, "منذ" | "قبل") {
        let tables = super::tables::Tables::bundled();
        let b = w(i + 1);
        // `منذ ساعات صباح يوم الجمعة`, `منذ ساعات مساء أمس`: the hours run from the day told
        // next, which is the date.
        let from_day = |k: usize| {
            let x = w(i + k);
            in_list(DAYTIME, x)
                || weekday_of(x).is_some()
                || matches!(x, "يوم" | "امس" | "الامس" | "اول")
        };
        if matches!(b, "ساعات" | "ساعه" | "ساعتين") && from_day(2) {
            return None;
        }
        let simple = match b {
            "يومين" => Some((2, -2)),
            "يوم" => Some((2, -1)),
            "اسبوع" => Some((2, -7)),
            "اسبوعين" => Some((2, -14)),
            "ساعات" | "ساعه" | "ساعتين" => Some((2, 0)),
            _ => None,
        };
        if let Some((n, off)) = simple {
            return Some((n, at(off), false));
        }
        // `في مثل هذا اليوم قبل عامين`: the publication date's day that many years back.
        let on_this_day = a == "قبل"
            && w(i.wrapping_sub(1)) == "اليوم"
            && w(i.wrapping_sub(2)) == "هذا"
            && w(i.wrapping_sub(3)) == "مثل";
        let years_back = |n: i64| {
            p.and_then(|d| {
                let y = i64::from(d.year()) - n;
                Date::new(u16::try_from(y).ok()?, d.month(), d.day()).map(day)
            })
        };
        if on_this_day {
            match b {
                "عام" | "سنه" => return Some((2, years_back(1), false)),
                "عامين" | "سنتين" => return Some((2, years_back(2), false)),
                _ => {}
            }
            let num = b
                .parse::<i64>()
                .ok()
                .or_else(|| tables.number_of(b).map(|(v, _)| i64::from(v)));
            if let (Some(k), true) = (
                num.filter(|k| (1..=100).contains(k)),
                matches!(
                    w(i + 2),
                    "عاما" | "اعوام" | "سنوات" | "سنين" | "سنه" | "عام"
                ),
            ) {
                return Some((3, years_back(k), false));
            }
        }
        // `قبل شهرين`, `منذ عامين`: months or years back, placed earlier at no known day.
        if matches!(b, "شهرين" | "عامين" | "سنتين") {
            return Some((2, None, true));
        }
        let num = b
            .parse::<i64>()
            .ok()
            .or_else(|| tables.number_of(b).map(|(v, _)| i64::from(v)));
        if let Some(k) = num.filter(|k| (1..=400).contains(k)) {
            let off = match w(i + 2) {
                "ايام" | "يوما" | "يوم" => Some(-k),
                "اسابيع" | "اسبوعا" => Some(-7 * k),
                "ساعات" | "ساعه" => Some(0),
                _ => None,
            };
            if let Some(off) = off {
                return Some((3, at(off), false));
            }
            // `قبل 6 سنوات`, `منذ ثلاثة أشهر`: earlier, at no known day.
            if matches!(
                w(i + 2),
                "اشهر" | "شهور" | "شهرا" | "سنوات" | "سنين" | "سنه" | "عاما" | "اعوام"
            ) {
                return Some((3, None, true));
            }
        }
    }
    None
}

/// The families of `data/records/date_cues.tsv`, in the order of the indices below.
const CUE_FAMILIES: [&str; 5] = [
    "flashback_open",
    "concessive",
    "frame_verb",
    "frame_link",
    "while_frame",
];
/// The first word of a flashback sentence (`flashback_open`).
const FLASHBACK_OPEN: usize = 0;
/// A word of concession before the event (`concessive`).
const CONCESSIVE: usize = 1;
/// The first word of a sentence that frames the news (`frame_verb`).
const FRAME_VERB: usize = 2;
/// The links of such a sentence (`frame_link`).
const FRAME_LINK: usize = 3;
/// `at a time when` before `فيه` (`while_frame`).
const WHILE_FRAME: usize = 4;

/// The cue lists of `data/records/date_cues.tsv` and how a text word matches them.
mod cue_lists {
    super::cues::bundled_word_lists!(
        "date_cues.tsv",
        super::CUE_FAMILIES,
        ["frame_link", "while_frame"]
    );

    /// True when the word `w` of the text, as written or without its leading و/ف (and ب/ل
    /// before ال), is a word of family `i`.
    pub(super) fn word_in(i: usize, w: &str) -> bool {
        // (`bare` gives `w` itself or a suffix of it: of the same length, the same word.)
        let b = super::bare(w);
        in_list(i, w) || (b.len() != w.len() && in_list(i, b))
    }

    /// The number of words of the phrase of family `i` that begins at `ws[0]`, if one does
    /// (the reference `UnitFrames` is checked against).
    #[cfg(test)]
    pub(super) fn phrase_at(i: usize, ws: &[&str]) -> Option<usize> {
        list(i).iter().find_map(|p| {
            // Word by word, so that a phrase stops at its first word that differs.
            let mut n = 0;
            for a in p.split(' ') {
                let w = *ws.get(n)?;
                // (`bare` keeps the end of a word: one that does not end with `a` is not it.)
                if w != a && (!w.ends_with(a) || super::bare(w) != a) {
                    return None;
                }
                n += 1;
            }
            Some(n)
        })
    }
}

/// Where the text places the event of trigger `trig` earlier than the news, or tells it as
/// the context the news is set against (records.md: an undated event the text places earlier
/// gets no date rather than a wrong one), by a cue of `data/records/date_cues.tsv` in its
/// unit of text (`words`: the unit's words, byte ranges of the normalized `text`, in order):
/// the start of the cue, if one is found, and whether a time told before it dates the news
/// rather than the event (a concession and a framing link; not a flashback, whose time is
/// after it, nor `في وقت … فيه`, whose time before it may be the event's: at a time when both
/// happened).
/// - the unit opens with a flashback verb (`وكانت معارك عنيفة دارت في المدينة`, `وكان
///   التنظيم المتطرف الذي … قد سيطر`), the trigger after it;
/// - a word of concession stands right before the trigger or one word before it (`رغم إعلان
///   الهدنة`, `على الرغم من المعارك`; not `رغم الهدنة اندلعت اشتباكات`, whose clash is the
///   news);
/// - the unit opens with a framing verb and one of its links (`وتأتي هذه المواجهات عقب
///   اعتقال …`, `يأتي ذلك في وقت …`) stands before the trigger within six words of it;
/// - `في وقت … فيه` (at a time when) stands before the trigger.
///
/// A time told before a concession or a framing link (`تجددت الاشتباكات اليوم رغم إعلان
/// الهدنة`) dates the news the cue sets the event against, not the event. A lone `و` written
/// apart from the first word is skipped.
///
/// `frames` holds the unit's words and its `while_frame` phrases, found once for every
/// trigger of the unit ([`UnitFrames`]).
pub(super) fn framed_earlier(
    frames: &mut UnitFrames,
    text: &str,
    words: &[Range<usize>],
    trig: &Range<usize>,
) -> Option<(usize, bool)> {
    let k = words.partition_point(|w| w.start < trig.start);
    if k == 0 {
        return None;
    }
    let frames = frames.of(text, words);
    // The unit's words before the trigger, read where asked.
    let ws = |j: usize| text.get(words[j].clone()).unwrap_or("");
    let first = usize::from(ws(0) == "و");
    if first >= k {
        return None;
    }
    if frames.opener.0 {
        return Some((words[first].start, false));
    }
    let lo = k.saturating_sub(2);
    if let Some(j) = (lo..k).find(|&j| cue_lists::word_in(CONCESSIVE, ws(j))) {
        return Some((words[j].start, true));
    }
    if frames.opener.1 {
        if let Some(j) = (first + 1..k.min(first + 7)).find(|&j| frames.frame_link(j, k)) {
            return Some((words[j].start, true));
        }
    }
    frames.while_frame(k).map(|j| (words[j].start, false))
}

/// The `في وقت … فيه` phrases of one unit of text and how it opens, found once for every
/// trigger of the unit (`framed_earlier` asks for each trigger, about the words before it).
#[derive(Debug, Default)]
pub(super) struct UnitFrames {
    /// The unit's words (byte ranges of the text) these were found for.
    key: Vec<Range<usize>>,
    /// Each word where a phrase of `while_frame` begins and the phrase's number of words, in
    /// the word's order, then the family's order (none looked for in a unit without a link).
    phrases: Vec<(usize, usize)>,
    /// The words `فيه` and `الذي`, by index.
    links: Vec<usize>,
    /// Whether the unit's first word (after a lone `و`) is a flashback verb, a framing verb.
    opener: (bool, bool),
    /// When it is a framing verb: each of the six words after it where a phrase of
    /// `frame_link` begins, with the fewest words of such a phrase.
    frame_links: Vec<(usize, usize)>,
}

impl UnitFrames {
    /// These frames for the unit of `words`, found again when the unit is another.
    fn of(&mut self, text: &str, words: &[Range<usize>]) -> &Self {
        if self.key[..] == words[..] {
            return self;
        }
        self.key.clear();
        self.key.extend_from_slice(words);
        self.phrases.clear();
        self.links.clear();
        self.frame_links.clear();
        // The unit's words, read where asked.
        let ws = |j: usize| words.get(j).map(|r| text.get(r.clone()).unwrap_or(""));
        let first = usize::from(ws(0) == Some("و"));
        self.opener = ws(first).map_or((false, false), |w| {
            (
                cue_lists::word_in(FLASHBACK_OPEN, w),
                cue_lists::word_in(FRAME_VERB, w),
            )
        });
        // The number of words of phrase `p` when it begins at word `j`: exactly the test of
        // `cue_lists::phrase_at` for this one phrase (`bare` keeps the end of a word: one that
        // does not end with a word of the phrase is not it).
        let at = |p: &str, j: usize| {
            let mut n = 0;
            p.split(' ')
                .all(|a| {
                    let hit = ws(j + n).is_some_and(|w| w == a || (w.ends_with(a) && bare(w) == a));
                    n += 1;
                    hit
                })
                .then_some(n)
        };
        if self.opener.1 {
            // The framing links within six words after the opener, by the fewest words.
            for j in first + 1..words.len().min(first + 7) {
                let n = cue_lists::list(FRAME_LINK)
                    .iter()
                    .filter_map(|p| at(p, j))
                    .min();
                if let Some(n) = n {
                    self.frame_links.push((j, n));
                }
            }
        }
        // A phrase counts only with a link after it: without one, no phrase is looked for.
        // (`فيه` has six bytes, `الذي` eight: the length first.)
        for (j, r) in words.iter().enumerate() {
            if matches!(r.end.saturating_sub(r.start), 6 | 8)
                && matches!(text.get(r.clone()), Some("فيه" | "الذي"))
            {
                self.links.push(j);
            }
        }
        if self.links.is_empty() {
            return self;
        }
        // Every word of a phrase ends a word of the unit: a phrase one of whose words is
        // nowhere in the unit's text is not there.
        let span = match (words.first(), words.last()) {
            (Some(a), Some(b)) => text.get(a.start..b.end).unwrap_or(""),
            _ => "",
        };
        let list: Vec<&String> = cue_lists::list(WHILE_FRAME)
            .iter()
            .filter(|p| p.split(' ').all(|a| span.contains(a)))
            .collect();
        if list.is_empty() {
            return self;
        }
        for j in 0..words.len() {
            for p in &list {
                if let Some(n) = at(p, j) {
                    self.phrases.push((j, n));
                }
            }
        }
        self
    }

    /// Exactly whether `cue_lists::phrase_at(FRAME_LINK, &ws[j..k])` finds a phrase
    /// (`ws`: the unit's words) when the unit opens with a framing verb.
    fn frame_link(&self, j: usize, k: usize) -> bool {
        self.frame_links.iter().any(|&(i, n)| i == j && j + n <= k)
    }

    /// Exactly the first `j` below `k` where `cue_lists::phrase_at(WHILE_FRAME, &ws[j..k])`
    /// finds a phrase of `n` words followed within four words (before `k`) by `فيه` or
    /// `الذي`: the first phrase of the family that begins at `j` and ends by `k` is the one
    /// `phrase_at` finds.
    fn while_frame(&self, k: usize) -> Option<usize> {
        let mut i = 0;
        while i < self.phrases.len() {
            let j = self.phrases[i].0;
            if j >= k {
                return None;
            }
            let mut found = None;
            while i < self.phrases.len() && self.phrases[i].0 == j {
                let n = self.phrases[i].1;
                if found.is_none() && j + n <= k {
                    found = Some(n);
                }
                i += 1;
            }
            if let Some(n) = found {
                let (a, b) = (j + n, (j + n + 4).min(k));
                if self.links.iter().any(|&m| m >= a && m < b) {
                    return Some(j);
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `framed_earlier` as it read every trigger's words again (the reference the unit's
    /// frames must answer exactly as).
    fn framed_earlier_words(
        text: &str,
        words: &[Range<usize>],
        trig: &Range<usize>,
    ) -> Option<(usize, bool)> {
        let k = words.partition_point(|w| w.start < trig.start);
        if k == 0 {
            return None;
        }
        let ws: Vec<&str> = words[..k]
            .iter()
            .map(|r| text.get(r.clone()).unwrap_or(""))
            .collect();
        let first = usize::from(ws[0] == "و");
        let opener = ws.get(first)?;
        if cue_lists::word_in(FLASHBACK_OPEN, opener) {
            return Some((words[first].start, false));
        }
        let lo = k.saturating_sub(2);
        if let Some(j) = (lo..k).find(|&j| cue_lists::word_in(CONCESSIVE, ws[j])) {
            return Some((words[j].start, true));
        }
        if cue_lists::word_in(FRAME_VERB, opener) {
            if let Some(j) = (first + 1..k.min(first + 7))
                .find(|&j| cue_lists::phrase_at(FRAME_LINK, &ws[j..]).is_some())
            {
                return Some((words[j].start, true));
            }
        }
        (0..k)
            .find(|&j| {
                cue_lists::phrase_at(WHILE_FRAME, &ws[j..]).is_some_and(|n| {
                    ws[(j + n).min(k)..(j + n + 4).min(k)]
                        .iter()
                        .any(|w| *w == "فيه" || *w == "الذي")
                })
            })
            .map(|j| (words[j].start, false))
    }

    /// The unit's frames, found once, answer every trigger position of a unit as reading its
    /// words again does (units of my own, with each cue family, one after another as `facts`
    /// asks).
    #[test]
    fn unit_frames_answer_as_the_words_do() {
        let units = [
            "وكانت قوات الجيش قد قصفت المخازن قبل اسبوع",
            "تجددت المواجهات صباح اليوم رغم اعلان وقف القتال",
            "وتاتي هذه الغارات عقب هجوم شنه مسلحون على البوابه",
            "و تاتي المعارك في الوقت الذي تحاول فيه البعثه جمع الطرفين",
            "جاءت الاشتباكات على خلفيه مقتل احد العناصر امس",
            "وقعت الانفجارات في وقت كان فيه السكان نياما في الحي",
            "اندلعت الاشتباكات وفي الوقت نفسه قصفت المدفعيه الذي تبقى من الحي",
            "قتل ثلاثة اشخاص في وقت متاخر من الليل",
            "و",
            "",
        ];
        let texts: Vec<String> = units
            .iter()
            .map(|u| {
                crate::normalize::Normalizer::search()
                    .normalize(u)
                    .into_owned()
            })
            .collect();
        let mut frames = UnitFrames::default();
        for (u, text) in texts.iter().enumerate() {
            let mut words = Vec::new();
            crate::words::push_words(text, 0, &mut words);
            // Every trigger position, then the unit again from its start (a unit asked
            // twice in a row keeps its frames).
            for pass in 0..2 {
                for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                    let trig = at..text.len();
                    assert_eq!(
                        framed_earlier(&mut frames, text, &words, &trig),
                        framed_earlier_words(text, &words, &trig),
                        "unit {u}, pass {pass}, trigger at {at}"
                    );
                }
            }
        }
    }

    /// `modifier_clause` rejects a word not opened by `ال`/`وال` before comparing it with
    /// the relative pronouns: every one of them must begin with `ال`.
    #[test]
    fn relative_pronouns_begin_with_the_article() {
        assert!(RELATIVE_PRONOUNS.iter().all(|p| p.starts_with("ال")));
    }

    /// The pre-check words cover every month name the parser knows (the first word of a
    /// two-word name; `اب`, August in the Levant, is too common a string to pre-check on).
    #[test]
    fn month_words_cover_the_month_names() {
        let names = GREG
            .iter()
            .copied()
            .chain(LEV.iter().chain(OTHER.iter()).map(|(m, _)| *m));
        for name in names {
            let first = name.split(' ').next().unwrap_or(name);
            assert!(
                first == "اب" || crate::date::MONTH_NAMES.contains(&first),
                "{name} is not pre-checked"
            );
        }
    }

    fn one(text: &str, pubdate: &str) -> Option<RecordDate> {
        let n = crate::normalize::Normalizer::search()
            .normalize(text)
            .into_owned();
        let mut out = Vec::new();
        find(&n, 0..n.len(), pubdate.parse().ok(), &mut out);
        out.into_iter().find(|t| !t.earlier).and_then(|t| t.date)
    }

    fn d(s: &str) -> String {
        s.to_string()
    }

    #[test]
    fn the_day_a_clause_points_back_to_is_no_date() {
        // `اليوم الذي` and `اليوم نفسه` are the day of an event told before, not today.
        assert!(one("توقفت مساء اليوم الذي اندلعت فيه", "2022-08-28").is_none());
        assert!(one("وتوقفت في اليوم نفسه", "2022-08-28").is_none());
        assert!(one("في اليوم ذاته", "2022-08-28").is_none());
        // Today stays today.
        let r = one("اندلعت مساء اليوم", "2022-08-28").unwrap();
        assert_eq!(r.start.to_string(), d("2022-08-28"));
        let r = one("اندلعت اليوم الأحد", "2022-08-28").unwrap();
        assert_eq!(r.start.to_string(), d("2022-08-28"));
    }

    #[test]
    fn unit_cases() {
        let r = one("قصفت أمس الأحد", "2019-04-08").unwrap();
        assert_eq!(r.start.to_string(), d("2019-04-07"));
        let r = one("في 25 يوليو 2017", "").unwrap();
        assert_eq!(
            (r.start.to_string(), r.precision),
            (d("2017-07-25"), Precision::Day)
        );
        assert!(one("كتيبة 17 فبراير", "2019-04-08").is_none());
        assert!(one("قصفتا معسكرا لثوار 17 فبراير", "2014-05-28").is_none());
    }

    /// The relative windows read their words from the unit's word list exactly as they find
    /// them by the walk: the same expressions for every span of a few texts.
    #[test]
    fn unit_words_give_the_same_expressions() {
        let cases = [
            (
                "yesterday_weekday",
                "قتل مسلحون أمس الأحد ثلاثة أشخاص في طرابلس.",
            ),
            (
                "since_days",
                "اندلعت الاشتباكات منذ ثلاثة أيام، واستمرت حتى اليوم الاثنين",
            ),
            (
                "earlier_same_day",
                "وفي وقت سابق من اليوم، قصفت الطائرات مواقع (مساء أمس)",
            ),
            (
                "month_part",
                "مطلع الشهر الجاري ونهاية العام الماضي، يوم الجمعة الماضي",
            ),
            ("punct_digits", "،،أول أمس12 - صباح اليوم؛ قبل 6 سنوات"),
            ("empty", ""),
        ];
        let t = super::super::tables::Tables::bundled();
        let mut found = 0;
        for (name, raw) in cases {
            let text = crate::normalize::Normalizer::search()
                .normalize(raw)
                .into_owned();
            let n = text.len();
            let mut spans: Vec<Range<usize>> = Vec::new();
            spans.push(0..n);
            for cut in [n / 3, n / 2] {
                let mut a = cut;
                while !text.is_char_boundary(a) {
                    a += 1;
                }
                spans.push(a..n);
                spans.push(0..a);
            }
            for span in spans {
                let scan = t.scan(&text, span.clone());
                let mut ws = Vec::new();
                crate::words::push_words(&text[span.clone()], span.start, &mut ws);
                for date in [None, Some("2020-01-06".parse().unwrap())] {
                    let (mut a, mut b) = (Vec::new(), Vec::new());
                    find_scanned(&text, span.clone(), date, &scan, None, &mut a);
                    find_scanned(&text, span.clone(), date, &scan, Some(&ws), &mut b);
                    assert_eq!(a, b, "{name} {span:?}");
                    found += a.len();
                }
            }
        }
        assert!(
            found > 20,
            "only {found} expressions: the cases test nothing"
        );
    }
}
