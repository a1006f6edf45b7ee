//! The ACLED export's `country` and `iso` columns for places abroad: every country of the
//! gazetteer has its ISO 3166-1 numeric code, and a city takes its country's.

use libya_nlp::records::acled::{self, iso_code};
use libya_nlp::{Analyzer, Gazetteer};
use std::collections::HashSet;

#[test]
fn every_country_has_an_iso_code_and_codes_are_unique() {
    let g = Gazetteer::libya();
    let mut seen = HashSet::new();
    for e in g.entities().iter().filter(|e| e.category == "country") {
        let code = iso_code(&e.id).unwrap_or_else(|| panic!("{} has no ISO code", e.id));
        assert!(seen.insert(code), "{}: ISO code {code} given twice", e.id);
    }
    let table = include_str!("../data/records/iso3166.tsv");
    for line in table.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let id = line.split('\t').next().unwrap();
        let e = g
            .entity(id)
            .unwrap_or_else(|| panic!("{id}: not in the gazetteer"));
        assert_eq!(e.category, "country", "{id} is no country");
    }
}

#[test]
fn a_city_abroad_takes_its_countrys_name_and_code() {
    let text = "التقى وفدا طرفي النزاع الليبي في القاهرة أمس لبحث وقف إطلاق النار.";
    let a = Analyzer::new().analyze_dated(text, Some("2019-04-10".parse().unwrap()));
    let rows = acled::rows("d", text, &a);
    let cairo: Vec<_> = rows.iter().filter(|r| r.location == "Cairo").collect();
    assert!(!cairo.is_empty(), "{rows:?}");
    for r in cairo {
        assert_eq!((r.country.as_str(), r.iso), ("Egypt", Some(818)));
    }
}
