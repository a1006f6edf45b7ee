//! The bundled gazetteer data (`data/gazetteer.tsv`): ids, affiliations, periods, districts
//! and coordinates of Libyan places, read from the file itself.

use libya_nlp::gazetteer::{
    parse_tsv, split_period, Entity, EntityKind, Gazetteer, ADMIN1_LIBYA, LIBYA_BBOX,
};
use std::collections::{HashMap, HashSet};

const BUNDLED: &str = include_str!("../data/gazetteer.tsv");

fn entities() -> Vec<Entity> {
    parse_tsv(BUNDLED, "data/gazetteer.tsv").expect("bundled data parses")
}

fn in_libya(e: &Entity) -> bool {
    let (a, b, c, d) = LIBYA_BBOX;
    matches!((e.lat, e.lon), (Some(lat), Some(lon)) if (a..=b).contains(&lat) && (c..=d).contains(&lon))
}

/// Places that are neither a country nor a multi-district region (districts are places too).
fn is_local_place(e: &Entity) -> bool {
    e.kind == EntityKind::Location && !matches!(e.category.as_str(), "country" | "region")
}

/// Is `e` affiliated (directly or through others) with a country other than Libya?
fn foreign(e: &Entity, by_id: &HashMap<&str, &Entity>) -> bool {
    let mut stack: Vec<&str> = e.affiliation.iter().map(String::as_str).collect();
    let mut seen = HashSet::new();
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        let Some(x) = by_id.get(id) else { continue };
        if x.category == "country" {
            return id != "libya";
        }
        stack.extend(x.affiliation.iter().map(String::as_str));
    }
    false
}

/// The only Libyan places allowed to lack a district or a point: each lacks a fact no source
/// gives surely (an id leaves the list once it has both; the list only shrinks). Every other
/// Libyan place must have `admin1` and coordinates inside Libya, its own or its town's.
const NOT_YET_PLACED: &[&str] = &[
    // Oil fields deep in the desert with a point of their own but no sure district: the 2006
    // census lists localities, not fields, and El Feel (Murzuq basin; Murzuq, Ghat or Wadi al
    // Hayat), Sarir and Messla (Calanscio sand sea; Al Wahat or Al Kufrah) lie far from any.
    "el_feel_oilfield",
    "sarir_oilfield",
    "messla_oilfield",
    // Western Tripoli between Gurji and Janzour, with its own OpenStreetMap point: HNEC has
    // polling centres of al-Siraj in both Hay al-Andalus (Tarabulus) and Janzour (Al Jfarah).
    "al_siraj",
    // An LNA air base no source places (al-Kharruba villages lie in Al Marj and in Al Jabal al
    // Akhdar) and a coast-road area between Tajoura (Tarabulus) and Garabulli (Al Marqab).
    "kharruba_airbase",
    "ghut_al_rumman",
];

/// Places in Libya below the district level: not a country, region or district, not
/// affiliated with another country, not outside Libya's box.
fn libyan_local_places(all: &[Entity]) -> Vec<&Entity> {
    let by_id: HashMap<&str, &Entity> = all.iter().map(|e| (e.id.as_str(), e)).collect();
    all.iter()
        .filter(|e| is_local_place(e) && e.category != "district")
        .filter(|e| !foreign(e, &by_id) && (e.lat.is_none() || in_libya(e)))
        .collect()
}

/// Checks a ratchet list: every place not listed has the property, and every listed one
/// still lacks it (so the list only shrinks).
fn ratchet(places: &[&Entity], listed: &[&str], has: impl Fn(&Entity) -> bool, what: &str) {
    let mut missing = Vec::new();
    let mut stale = Vec::new();
    for e in places {
        let known = listed.contains(&e.id.as_str());
        if has(e) {
            if known {
                stale.push(e.id.clone());
            }
        } else if !known {
            missing.push(e.id.clone());
        }
    }
    assert!(
        stale.is_empty(),
        "these have {what} now: remove them from the list: {stale:?}"
    );
    assert!(
        missing.is_empty(),
        "Libyan places without {what}: {missing:?}"
    );
}

#[test]
fn districts_are_acled_spellings_in_libya_and_regions_abroad() {
    let all = entities();
    let by_id: HashMap<&str, &Entity> = all.iter().map(|e| (e.id.as_str(), e)).collect();
    for e in all.iter().filter(|e| e.admin1.is_some()) {
        let a = e.admin1.as_deref().unwrap();
        assert!(
            e.kind == EntityKind::Location && e.category != "country",
            "{}: admin1 on {}",
            e.id,
            e.category
        );
        if foreign(e, &by_id) {
            // Abroad: the first-level region in English, when sure; never a Libyan district.
            assert!(
                !ADMIN1_LIBYA.contains(&a),
                "{}: Libyan district `{a}` abroad",
                e.id
            );
            assert!(
                a.chars().all(|c| c.is_alphabetic() || " -'.".contains(c)),
                "{}: admin1 `{a}`",
                e.id
            );
        } else {
            assert!(ADMIN1_LIBYA.contains(&a), "{}: admin1 `{a}`", e.id);
            assert!(
                e.lat.is_none() || in_libya(e),
                "{}: coordinates {:?},{:?} outside Libya",
                e.id,
                e.lat,
                e.lon
            );
        }
    }
}

#[test]
fn every_libyan_place_has_a_district_and_coordinates_inside_libya() {
    let all = entities();
    let places = libyan_local_places(&all);
    assert!(places.len() >= 100, "{} Libyan places", places.len());
    // Coordinates: its own, or those of the place it belongs to (`Gazetteer::point`,
    // geo_precision 2); both inside Libya's bounding box.
    let g = Gazetteer::libya();
    let (a, b, c, d) = LIBYA_BBOX;
    ratchet(
        &places,
        NOT_YET_PLACED,
        |e| {
            e.admin1
                .as_deref()
                .is_some_and(|x| ADMIN1_LIBYA.contains(&x))
                && g.point(&e.id)
                    .is_some_and(|p| (a..=b).contains(&p.lat) && (c..=d).contains(&p.lon))
        },
        "a district and coordinates in Libya",
    );
    assert!(NOT_YET_PLACED.len() <= 6, "the list only shrinks");
}

#[test]
fn places_affiliated_with_libya_have_coordinates_inside_libya() {
    let all = entities();
    for e in all
        .iter()
        .filter(|e| e.affiliation.iter().any(|a| a == "libya"))
    {
        if let (Some(lat), Some(lon)) = (e.lat, e.lon) {
            assert!(in_libya(e), "{}: {lat},{lon} outside Libya", e.id);
        }
    }
}

#[test]
fn ids_are_unique_and_well_formed() {
    let mut seen = HashSet::new();
    for e in entities() {
        assert!(
            e.id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
            "{}",
            e.id
        );
        assert!(seen.insert(e.id.clone()), "duplicate id {}", e.id);
    }
}

#[test]
fn every_affiliation_resolves() {
    let all = entities();
    let ids: HashSet<&str> = all.iter().map(|e| e.id.as_str()).collect();
    for e in &all {
        for a in &e.affiliation {
            assert!(ids.contains(a.as_str()), "{} -> {a}", e.id);
        }
    }
}

#[test]
fn every_period_is_well_formed() {
    let mut periods = 0;
    for e in entities() {
        assert!(
            e.from.is_none() || e.to.is_none() || e.from <= e.to,
            "{}: from after to",
            e.id
        );
        for item in e
            .aliases
            .iter()
            .chain(&e.ambiguous)
            .chain(&e.titles)
            .chain(&e.offices)
        {
            let (name, p) = split_period(item).unwrap_or_else(|err| panic!("{}: {err}", e.id));
            assert!(!name.is_empty(), "{}: `{item}`", e.id);
            periods += usize::from(p.is_some());
        }
    }
    assert!(periods >= 50, "{periods} period-bound items");
}

#[test]
fn offices_name_their_holders_at_dates_inside_their_periods() {
    // Each office with a period names its holder at the period's first day, unless another
    // holder also holds it that day.
    let g = Gazetteer::libya();
    let mut checked = 0;
    for e in g.entities() {
        for o in &e.offices {
            let (title, Some(p)) = split_period(o).unwrap() else {
                continue;
            };
            let Some(day) = p.from.or(p.to) else { continue };
            let holders: Vec<&str> = g
                .entities()
                .iter()
                .filter(|x| {
                    x.offices.iter().any(|o2| {
                        matches!(split_period(o2), Ok((t, q)) if t == title
                            && q.is_none_or(|q| q.contains(day)))
                    })
                })
                .map(|x| x.id.as_str())
                .collect();
            let text = format!("وقال {title} إن");
            let opts = libya_nlp::gazetteer::FindOptions::default().with_date(Some(day));
            let found: Vec<String> = g
                .find_with(&text, &opts)
                .into_iter()
                .filter(|m| m.alias == title)
                .map(|m| m.id)
                .collect();
            if holders.len() == 1 {
                assert_eq!(found, std::slice::from_ref(&e.id), "{title} at {day}");
            } else {
                assert!(
                    found.is_empty(),
                    "{title} at {day}: {holders:?} -> {found:?}"
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 50, "{checked}");
}
