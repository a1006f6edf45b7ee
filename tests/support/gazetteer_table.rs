//! The table runner of the gazetteer class tests (`gazetteer_classes*.rs`): each case names a
//! sentence, an optional publication date and the set of entity ids a reader expects.

use libya_nlp::gazetteer::{FindOptions, Gazetteer};
use libya_nlp::Date;
use std::collections::BTreeSet;

/// (case, text, publication date, expected ids)
pub type Case = (
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static [&'static str],
);

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
