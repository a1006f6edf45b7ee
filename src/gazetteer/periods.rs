//! Periods: when a name, title or office means an entity.
//!
//! Items of `aliases`, `ambiguous`, `titles` and `offices` may carry a suffix `@FROM..TO`;
//! `FROM` and `TO` are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and either may be empty (unbounded).
//! A bound that is a year or a month covers all of it: `@2014..2021-03` runs from 2014-01-01 to
//! 2021-03-31. An entity's `from`/`to` columns are its own period (see [`Entity::period`]).
//!
//! ```
//! use libya_nlp::gazetteer::{split_period, Period};
//! use libya_nlp::Date;
//! let (name, period) = split_period("الحكومة المؤقتة@2014-09..2021-03").unwrap();
//! assert_eq!(name, "الحكومة المؤقتة");
//! let period = period.unwrap();
//! assert_eq!(period.to_string(), "2014-09-01..2021-03-31");
//! assert!(period.contains(Date::new(2019, 4, 4).unwrap()));
//! assert!(!period.contains(Date::new(2011, 8, 1).unwrap()));
//! assert_eq!(split_period("حفتر").unwrap(), ("حفتر", None));
//! assert!(split_period("x@2014-13..").is_err());
//! ```
//!
//! [`Entity::period`]: super::Entity::period

use crate::date::{days_in_month, Date};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A span of days, each end optional (unbounded). Both ends are inclusive.
///
/// ```
/// use libya_nlp::gazetteer::Period;
/// use libya_nlp::Date;
/// let p: Period = "2016-03-30..".parse().unwrap();
/// assert!(p.contains(Date::new(2030, 1, 1).unwrap()));
/// assert!(!p.contains(Date::new(2016, 3, 29).unwrap()));
/// assert!(Period::default().is_unbounded());
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Period {
    /// First day, or `None` for no lower bound.
    pub from: Option<Date>,
    /// Last day (inclusive), or `None` for no upper bound.
    pub to: Option<Date>,
}

/// Why a period suffix or `from`/`to` value is malformed.
///
/// ```
/// let e = "2014..2013".parse::<libya_nlp::gazetteer::Period>().unwrap_err();
/// assert_eq!(e.to_string(), "period `2014..2013` ends before it starts");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct PeriodError(String);

impl Period {
    /// The period `from..=to`, or `None` when `to` is before `from`.
    ///
    /// ```
    /// use libya_nlp::{gazetteer::Period, Date};
    /// let d = |y, m, dd| Date::new(y, m, dd);
    /// assert!(Period::new(d(2020, 1, 1), d(2019, 1, 1)).is_none());
    /// assert!(Period::new(None, d(2019, 1, 1)).is_some());
    /// ```
    pub fn new(from: Option<Date>, to: Option<Date>) -> Option<Period> {
        match (from, to) {
            (Some(f), Some(t)) if t < f => None,
            _ => Some(Period { from, to }),
        }
    }

    /// True when `date` is inside the period.
    pub fn contains(&self, date: Date) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t)
    }

    /// True when neither end is bounded.
    pub fn is_unbounded(&self) -> bool {
        self.from.is_none() && self.to.is_none()
    }

    /// True when the two periods share a day.
    ///
    /// ```
    /// use libya_nlp::gazetteer::Period;
    /// let a: Period = "..2011-10-23".parse().unwrap();
    /// let b: Period = "2014-05..".parse().unwrap();
    /// assert!(!a.overlaps(&b));
    /// assert!(a.overlaps(&"2011..2012".parse().unwrap()));
    /// ```
    pub fn overlaps(&self, other: &Period) -> bool {
        let starts_before_end = |p: &Period, q: &Period| match (p.from, q.to) {
            (Some(f), Some(t)) => f <= t,
            _ => true,
        };
        starts_before_end(self, other) && starts_before_end(other, self)
    }
}

impl fmt::Display for Period {
    /// `FROM..TO` with full dates, an unbounded end left empty.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(d) = self.from {
            write!(f, "{d}")?;
        }
        f.write_str("..")?;
        if let Some(d) = self.to {
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl FromStr for Period {
    type Err = PeriodError;

    /// `FROM..TO`, each side `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or empty.
    fn from_str(s: &str) -> Result<Period, PeriodError> {
        let s = s.trim();
        // The first `..` (found bytewise: `str::split_once` sets up a substring search).
        let dots = s.as_bytes().windows(2).position(|w| w == b"..");
        let Some((a, b)) = dots.map(|at| (&s[..at], &s[at + 2..])) else {
            return Err(PeriodError(format!(
                "period `{s}` is not FROM..TO (YYYY, YYYY-MM or YYYY-MM-DD, either side empty)"
            )));
        };
        let from = parse_bound(a.trim(), false)?;
        let to = parse_bound(b.trim(), true)?;
        Period::new(from, to)
            .ok_or_else(|| PeriodError(format!("period `{s}` ends before it starts")))
    }
}

/// One side of a period: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a year or month stands for its
/// first day as a start and its last day as an end.
pub(crate) fn parse_bound(s: &str, end: bool) -> Result<Option<Date>, PeriodError> {
    if s.is_empty() {
        return Ok(None);
    }
    let bad = || {
        PeriodError(format!(
            "`{}` is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
            s.chars().take(40).collect::<String>()
        ))
    };
    // At most three parts, kept on the stack.
    let mut parts = [""; 3];
    let mut count = 0;
    for p in s.split('-') {
        if count == parts.len() {
            return Err(bad());
        }
        parts[count] = p;
        count += 1;
    }
    let parts = &parts[..count];
    let widths = [4, 2, 2];
    if parts
        .iter()
        .zip(widths)
        .any(|(p, w)| p.len() != w || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(bad());
    }
    let num = |i: usize| parts.get(i).map(|p| p.parse::<u16>().unwrap_or(0));
    let year = num(0).unwrap_or(0);
    let month = num(1).map(|m| m as u8);
    let day = num(2).map(|d| d as u8);
    let (m, d) = match (month, day, end) {
        (None, _, false) => (1, 1),
        (None, _, true) => (12, 31),
        (Some(m), None, false) => (m, 1),
        (Some(m), None, true) => (m, days_in_month(year, m)),
        (Some(m), Some(d), _) => (m, d),
    };
    Date::new(year, m, d).map(Some).ok_or_else(bad)
}

/// Splits a list item into its name and its optional `@FROM..TO` period.
///
/// An item without `@` has no period. The period is whatever follows the last `@`.
pub fn split_period(item: &str) -> Result<(&str, Option<Period>), PeriodError> {
    // The last `@` (a byte search: `@` is ASCII, so it never sits inside a character).
    match item.rfind('@') {
        None => Ok((super::trim(item), None)),
        Some(at) => {
            let (name, period) = (&item[..at], &item[at + 1..]);
            let name = super::trim(name);
            if name.is_empty() {
                return Err(PeriodError(format!("`{item}` has a period but no name")));
            }
            let p = period.parse::<Period>()?;
            Ok((name, Some(p)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_cover_years_and_months() {
        let cases = [
            ("2011..2011", "2011-01-01..2011-12-31"),
            ("2020-02..2020-02", "2020-02-01..2020-02-29"),
            ("..2021-03-15", "..2021-03-15"),
            ("2016-03-30..", "2016-03-30.."),
            ("..", ".."),
            (" 2014-09 .. 2021-03 ", "2014-09-01..2021-03-31"),
        ];
        for (input, want) in cases {
            assert_eq!(
                input.parse::<Period>().unwrap().to_string(),
                want,
                "{input}"
            );
        }
    }

    #[test]
    fn malformed_periods_are_errors() {
        for bad in [
            "2014",
            "2014-1..",
            "14..",
            "2014-13..",
            "2014-02-30..",
            "2015..2014",
            "2014/01..",
            "2014-01-01-01..",
            "x..y",
            "٢٠١٤..",
        ] {
            assert!(bad.parse::<Period>().is_err(), "{bad}");
        }
        assert!(split_period("@2014..").is_err());
        assert!(split_period("name@").is_err());
    }

    #[test]
    fn overlap_is_symmetric_and_inclusive() {
        let p = |s: &str| s.parse::<Period>().unwrap();
        assert!(p("2017-06-22..2020-03-02").overlaps(&p("2020-03-02..")));
        assert!(!p("2017-06-22..2020-03-01").overlaps(&p("2020-03-02..")));
        assert!(p("..").overlaps(&p("2020..2020")));
    }
}
