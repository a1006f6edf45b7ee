//! The table runner of the gazetteer class tests (`gazetteer_classes*.rs`): each case names a
//! sentence, an optional publication date and the set of entity ids a reader expects.

use libya_nlp::gazetteer::{FindOptions, Gazetteer};
use libya_nlp::Date;
use std::collections::BTreeSet;

/// (case, text, publication date, expected ids)
#[allow(dead_code)] // the tests of the series that only list ids (`ids_on`)
pub type Case = (
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static [&'static str],
);

#[allow(dead_code)]
pub fn check(cases: &[Case]) {
    let g = Gazetteer::libya();
    let mut failures = Vec::new();
    for &(name, text, date, want) in cases {
        let date = date.map(|d| d.parse::<Date>().unwrap());
        let got: BTreeSet<String> = g
            .find_with(text, &FindOptions::default().with_date(date))
            .into_iter()
            .map(|m| m.id)
            .collect();
        let want: BTreeSet<String> = want.iter().map(|s| s.to_string()).collect();
        if got != want {
            failures.push(format!("{name}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The ids the bundled gazetteer finds in `text` published on `date` (`YYYY-MM-DD`), in text
/// order.
#[allow(dead_code)] // the tables of the series check whole sets with `check`
pub fn ids_on(text: &str, date: &str) -> Vec<String> {
    let opts = FindOptions::default().with_date(Some(date.parse::<Date>().unwrap()));
    Gazetteer::libya()
        .find_with(text, &opts)
        .into_iter()
        .map(|m| m.id)
        .collect()
}
