//! Calendar dates: a document's publication date, the periods of gazetteer names, and the
//! dates of event records.
//!
//! A [`Date`] is a proleptic Gregorian day. It parses from `YYYY-MM-DD` (a date-time such as
//! `2019-04-05T10:30:00Z` is accepted and truncated to its day), prints the same way and
//! serializes as that string.
//!
//! ```
//! use libya_nlp::Date;
//! let d: Date = "2019-04-04T08:00:00Z".parse().unwrap();
//! assert_eq!(d.to_string(), "2019-04-04");
//! assert_eq!(d.add_days(-4).to_string(), "2019-03-31");
//! assert_eq!(d.weekday(), 3); // Thursday (0 = Monday)
//! assert!("2019-02-29".parse::<Date>().is_err());
//! ```

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A calendar day (proleptic Gregorian), years 1 to 9999.
///
/// Ordered chronologically. Serializes as `"YYYY-MM-DD"`.
///
/// ```
/// use libya_nlp::Date;
/// let d = Date::new(2020, 10, 23).unwrap();
/// assert_eq!(serde_json::to_string(&d).unwrap(), "\"2020-10-23\"");
/// assert!(Date::new(2020, 13, 1).is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a string is not a [`Date`].
///
/// ```
/// use libya_nlp::date::DateError;
/// let e = "2020-02-30".parse::<libya_nlp::Date>().unwrap_err();
/// assert_eq!(e.to_string(), "invalid date `2020-02-30`: expected YYYY-MM-DD");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid date `{input}`: expected YYYY-MM-DD")]
pub struct DateError {
    input: String,
}

impl DateError {
    /// The rejected input (at most 64 bytes of it).
    ///
    /// ```
    /// assert_eq!("x".parse::<libya_nlp::Date>().unwrap_err().input(), "x");
    /// ```
    pub fn input(&self) -> &str {
        &self.input
    }
}

/// Words after `منذ` that open a span of the news itself, a year or a part of one (`منذ عام`,
/// `منذ مطلع`, `منذ أواخر`), not an earlier event (normalized): the events stage and the
/// records read them alike.
pub(crate) const SINCE_SPAN_WORDS: [&str; 8] = [
    "عام",
    "العام",
    "سنه",
    "السنه",
    "مطلع",
    "بدايه",
    "اواخر",
    "اوائل",
];

/// Words that rank the news against the time since an earlier event (`أول عملية اغتيال … منذ
/// سقوط النظام`, `أعنف اشتباكات منذ`), search-normalized: the events stage and the records read
/// them alike.
pub(crate) const RANKING_WORDS: [&str; 12] = [
    "اول",
    "الاول",
    "الاولي",
    "اعنف",
    "الاعنف",
    "اكبر",
    "الاكبر",
    "اسوا",
    "الاسوا",
    "اخطر",
    "الاخطر",
    "الاكثر",
];

/// The weekday names, search-normalized, Monday first: the records stage's dates and the
/// gazetteer's given-name guard read them.
pub(crate) const WEEKDAYS: [&str; 7] = [
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "الاحد",
];

/// Defines [`MONTH_NAMES`] and [`is_month_name`] from one list, so that the test of a word
/// is a `match` (no scan per word) and the list is written once.
macro_rules! month_names {
    ($($name:literal,)*) => {
        /// Month names, search-normalized (the first word of a two-word name: `كانون`,
        /// `تشرين`): the Gregorian names, the Levantine ones, and the other spellings of
        /// Maghrebi and Moroccan outlets (`جوان`, `شتنبر`). The records stage's pre-check and
        /// the events stage's date words read them; `اب` (August in the Levant) is too common
        /// a string to stand here.
        pub(crate) const MONTH_NAMES: &[&str] = &[$($name),*];

        /// True when `w` (search-normalized) is one of [`MONTH_NAMES`].
        pub(crate) fn is_month_name(w: &str) -> bool {
            matches!(w, $($name)|*)
        }
    };
}

month_names! {
    "ابريل",
    "اذار",
    "اغسطس",
    "افريل",
    "اكتوبر",
    "اوت",
    "ايار",
    "ايلول",
    "تشرين",
    "تموز",
    "جانفي",
    "جوان",
    "جويليه",
    "حزيران",
    "دجنبر",
    "ديسمبر",
    "سبتمبر",
    "شباط",
    "شتنبر",
    "غشت",
    "فبراير",
    "فيفري",
    "كانون",
    "مارس",
    "ماي",
    "مايو",
    "نوفمبر",
    "نونبر",
    "نيسان",
    "يناير",
    "يوليه",
    "يوليو",
    "يوليوز",
    "يونيه",
    "يونيو",
}

/// The day of an ordinal word (search-normalized): `العاشر` 10, `العشرين` 20, `الحادي` 1 (of
/// `الحادي عشر`). The records stage's dates and the events stage's day dates read it.
pub(crate) fn ordinal_day(w: &str) -> Option<u8> {
    Some(match w {
        "الاول" => 1,
        "الحادي" => 1,
        "الثاني" => 2,
        "الثالث" => 3,
        "الرابع" => 4,
        "الخامس" => 5,
        "السادس" => 6,
        "السابع" => 7,
        "الثامن" => 8,
        "التاسع" => 9,
        "العاشر" => 10,
        "العشرين" => 20,
        "الثلاثين" => 30,
        _ => return None,
    })
}

/// Days in `month` of `year`.
pub(crate) fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The day, or `None` when it does not exist (years 1–9999).
    ///
    /// ```
    /// use libya_nlp::Date;
    /// assert!(Date::new(2024, 2, 29).is_some());
    /// assert!(Date::new(2023, 2, 29).is_none());
    /// ```
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if (1..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month) {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    /// The year.
    ///
    /// ```
    /// assert_eq!(libya_nlp::Date::new(2011, 2, 17).unwrap().year(), 2011);
    /// ```
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1–12.
    ///
    /// ```
    /// assert_eq!(libya_nlp::Date::new(2011, 2, 17).unwrap().month(), 2);
    /// ```
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    ///
    /// ```
    /// assert_eq!(libya_nlp::Date::new(2011, 2, 17).unwrap().day(), 17);
    /// ```
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 0001-01-01 (which is day 0).
    ///
    /// ```
    /// use libya_nlp::Date;
    /// let a = Date::new(2019, 4, 4).unwrap();
    /// let b = Date::new(2020, 6, 4).unwrap();
    /// assert_eq!(b.days() - a.days(), 427);
    /// ```
    pub fn days(self) -> i64 {
        // Days from civil (Howard Hinnant), shifted so that 0001-01-01 is 0.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 306
    }

    /// The day `days()` days after 0001-01-01, or `None` outside years 1–9999.
    ///
    /// ```
    /// use libya_nlp::Date;
    /// let d = Date::new(2016, 3, 30).unwrap();
    /// assert_eq!(Date::from_days(d.days()), Some(d));
    /// assert_eq!(Date::from_days(-1), None);
    /// ```
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days + 306;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date::new(u16::try_from(y).ok()?, m as u8, d as u8)
    }

    /// The day `n` days later (earlier when `n < 0`); saturates at the ends of years 1–9999.
    ///
    /// ```
    /// use libya_nlp::Date;
    /// assert_eq!(Date::new(2020, 3, 1).unwrap().add_days(-1), Date::new(2020, 2, 29).unwrap());
    /// ```
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days().saturating_add(n)).unwrap_or(if n < 0 {
            Date::MIN
        } else {
            Date::MAX
        })
    }

    /// Day of the week: 0 Monday … 6 Sunday.
    ///
    /// ```
    /// // 17 February 2011 was a Thursday.
    /// assert_eq!(libya_nlp::Date::new(2011, 2, 17).unwrap().weekday(), 3);
    /// ```
    pub fn weekday(self) -> u8 {
        // 0001-01-01 was a Monday.
        self.days().rem_euclid(7) as u8
    }

    /// The first day of this date's month.
    ///
    /// ```
    /// use libya_nlp::Date;
    /// assert_eq!(Date::new(2019, 4, 17).unwrap().first_of_month(), Date::new(2019, 4, 1).unwrap());
    /// ```
    pub fn first_of_month(self) -> Date {
        Date { day: 1, ..self }
    }

    /// The last day of this date's month.
    ///
    /// ```
    /// use libya_nlp::Date;
    /// assert_eq!(Date::new(2024, 2, 3).unwrap().last_of_month(), Date::new(2024, 2, 29).unwrap());
    /// ```
    pub fn last_of_month(self) -> Date {
        Date {
            day: days_in_month(self.year, self.month),
            ..self
        }
    }

    /// The earliest representable day, 0001-01-01.
    pub const MIN: Date = Date {
        year: 1,
        month: 1,
        day: 1,
    };

    /// The latest representable day, 9999-12-31.
    pub const MAX: Date = Date {
        year: 9999,
        month: 12,
        day: 31,
    };
}

impl FromStr for Date {
    type Err = DateError;

    /// `YYYY-MM-DD`, optionally followed by `T` or a space and a time (ignored).
    fn from_str(s: &str) -> Result<Date, DateError> {
        let err = || DateError {
            input: s.chars().take(64).collect(),
        };
        let b = s.trim().as_bytes();
        if b.len() < 10 || (b.len() > 10 && !matches!(b[10], b'T' | b't' | b' ')) {
            return Err(err());
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            b[r].iter().try_fold(0u32, |acc, &c| {
                c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
            })
        };
        if b[4] != b'-' || b[7] != b'-' {
            return Err(err());
        }
        let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
            return Err(err());
        };
        Date::new(y as u16, m as u8, d as u8).ok_or_else(err)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = std::borrow::Cow::<str>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names_are_the_month_test() {
        assert!(MONTH_NAMES.iter().all(|m| is_month_name(m)));
        assert!(is_month_name("جوان") && is_month_name("كانون") && !is_month_name("اب"));
    }

    #[test]
    fn days_round_trip_over_the_range() {
        let mut d = Date::new(1999, 12, 25).unwrap();
        let first = d.days();
        for n in first..first + 20_000 {
            assert_eq!(Date::from_days(n), Some(d));
            d = d.add_days(1);
        }
        assert_eq!(Date::MIN.days(), 0);
        assert_eq!(Date::from_days(Date::MAX.days()), Some(Date::MAX));
        assert_eq!(Date::from_days(Date::MAX.days() + 1), None);
    }

    #[test]
    fn parse_rejects_malformed() {
        for bad in [
            "",
            "2020",
            "2020-1-01",
            "2020-01-32",
            "20a0-01-01",
            "2020/01/01",
            "0000-01-01",
            "2020-01-01x",
            "٢٠٢٠-٠١-٠١",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
        assert!("2020-01-01 12:00".parse::<Date>().is_ok());
        assert!(" 2020-01-01 ".parse::<Date>().is_ok());
    }
}
