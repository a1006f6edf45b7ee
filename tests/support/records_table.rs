//! The table runner of the records class tests (`records_classes*.rs`): each case names a
//! dated sentence or article, the kind of record and one field the first asserted,
//! non-background record of that kind must have.

use libya_nlp::records::{casualty_counts, find_dates, Precision, Record};
use libya_nlp::{Analyzer, Date, EventKind, Modality};
use once_cell::sync::Lazy;

static ANALYZER: Lazy<Analyzer> = Lazy::new(Analyzer::new);

/// What one case checks on the first asserted, non-background record of its kind.
#[derive(Debug, Clone, Copy)]
#[allow(dead_code)] // the field checks every table of the series may use
pub enum Want {
    /// The date range (start, end).
    Date(&'static str, &'static str),
    /// actor1: a gazetteer id, a generic category (`generic:militia`), or `-` for none.
    Actor1(&'static str),
    /// actor2, as actor1.
    Actor2(&'static str),
    /// The location's gazetteer id, or `-` for none.
    Location(&'static str),
    /// Fatalities (`None`: not reported).
    Fatalities(Option<u32>),
    /// Injured (`None`: not reported).
    Injured(Option<u32>),
    /// No asserted, non-background record of the kind.
    NoRecord,
    /// This many asserted, non-background records of the kind.
    Count(usize),
    /// No date.
    Undated,
}

/// (name, text, publication date, kind of the record, what it must be).
pub type Case = (&'static str, &'static str, &'static str, EventKind, Want);

fn actor_key(a: &Option<libya_nlp::records::Actor>) -> String {
    match a {
        None => "-".to_string(),
        Some(a) => match (&a.id, &a.generic) {
            (Some(id), _) => id.clone(),
            (None, Some(g)) => format!("generic:{}", g.as_str()),
            (None, None) => "?".to_string(),
        },
    }
}

fn record_of(records: &[Record], kind: EventKind) -> Option<&Record> {
    records
        .iter()
        .find(|r| r.kind == kind && !r.background && r.modality == libya_nlp::Modality::Asserted)
}

pub fn run(cases: &[Case]) {
    let mut failures = Vec::new();
    for &(name, text, pubdate, kind, want) in cases {
        let d: Option<Date> = pubdate.parse().ok();
        let a = ANALYZER.analyze_dated(text, d);
        let found = record_of(&a.records, kind);
        if matches!(want, Want::NoRecord) {
            if let Some(r) = found {
                failures.push(format!(
                    "{name}: want no asserted {kind:?} record, got {r:?}"
                ));
            }
            continue;
        }
        if let Want::Count(n) = want {
            let got = a
                .records
                .iter()
                .filter(|r| {
                    r.kind == kind && !r.background && r.modality == libya_nlp::Modality::Asserted
                })
                .count();
            if got != n {
                failures.push(format!(
                    "{name}: want {n} asserted {kind:?} records, got {got}: {:?}",
                    a.records
                ));
            }
            continue;
        }
        let Some(r) = found else {
            failures.push(format!(
                "{name}: no asserted {kind:?} record in {:?}",
                a.records
            ));
            continue;
        };
        let (got, expected) = match want {
            Want::Date(s, e) => (
                r.date
                    .as_ref()
                    .map_or("-".to_string(), |d| format!("{}..{}", d.start, d.end)),
                format!("{s}..{e}"),
            ),
            Want::Undated => (
                r.date
                    .as_ref()
                    .map_or("-".to_string(), |d| format!("{}..{}", d.start, d.end)),
                "-".to_string(),
            ),
            Want::Actor1(x) => (actor_key(&r.actor1), x.to_string()),
            Want::Actor2(x) => (actor_key(&r.actor2), x.to_string()),
            Want::Location(x) => (
                r.location
                    .as_ref()
                    .and_then(|l| l.id.clone())
                    .unwrap_or_else(|| "-".to_string()),
                x.to_string(),
            ),
            Want::Fatalities(n) => (format!("{:?}", r.fatalities), format!("{n:?}")),
            Want::Injured(n) => (format!("{:?}", r.injured), format!("{n:?}")),
            Want::NoRecord | Want::Count(_) => continue,
        };
        if got != expected {
            failures.push(format!("{name}: {want:?}: got {got}, want {expected}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (name, sentence, fatalities, injured) as `casualty_counts` must give them.
#[allow(dead_code)] // the tables of the series that check counts alone
pub type Count = (&'static str, &'static str, Option<u32>, Option<u32>);

/// Runs a table of [`Count`]s: `casualty_counts` of each sentence gives its two figures.
#[allow(dead_code)]
pub fn counts(cases: &[Count]) {
    let mut failures = Vec::new();
    for &(name, text, k, i) in cases {
        let got = casualty_counts(text);
        if got != (k, i) {
            failures.push(format!("{name}: got {got:?}, want {:?}", (k, i)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (name, text, publication date, kind, the dates of the asserted records of the kind in
/// order, background ones included, each as `start..end` or `-`).
#[allow(dead_code)] // the date tables of the series
pub type DatesCase = (
    &'static str,
    &'static str,
    &'static str,
    EventKind,
    &'static [&'static str],
);

/// Runs a table of [`DatesCase`]s: the dates of every asserted record of the case's kind, in
/// order. With `mark_background`, a background record's date is followed by ` bg`.
#[allow(dead_code)]
pub fn record_dates(cases: &[DatesCase], mark_background: bool) {
    let mut failures = Vec::new();
    for &(name, text, pubdate, kind, want) in cases {
        let d: Option<Date> = pubdate.parse().ok();
        let a = ANALYZER.analyze_dated(text, d);
        let got: Vec<String> = a
            .records
            .iter()
            .filter(|r| r.kind == kind && r.modality == Modality::Asserted)
            .map(|r| {
                let d = r
                    .date
                    .as_ref()
                    .map_or("-".to_string(), |d| format!("{}..{}", d.start, d.end));
                if mark_background && r.background {
                    format!("{d} bg")
                } else {
                    d
                }
            })
            .collect();
        if got != want {
            failures.push(format!(
                "{name}: want {kind:?} records {want:?}, got {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (name, text, publication date, the first resolved expression as `start..end/precision`,
/// or `-` when none resolves).
#[allow(dead_code)] // the date tables of the series
pub type ExprCase = (&'static str, &'static str, &'static str, &'static str);

/// Runs a table of [`ExprCase`]s: `find_dates` of each text, the first expression that
/// resolves.
#[allow(dead_code)]
pub fn run_exprs(cases: &[ExprCase]) {
    let mut failures = Vec::new();
    for &(name, text, pubdate, want) in cases {
        let found = find_dates(text, pubdate.parse().ok());
        let got = found
            .iter()
            .find_map(|t| t.date)
            .map_or("-".to_string(), |d| {
                let p = match d.precision {
                    Precision::Day => "day",
                    Precision::Week => "week",
                    Precision::Month => "month",
                    _ => "year",
                };
                format!("{}..{}/{p}", d.start, d.end)
            });
        if got != want {
            failures.push(format!("{name}: want {want}, got {got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
