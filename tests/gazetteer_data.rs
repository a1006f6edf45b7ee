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

/// Libyan places the bundled file does not yet give a district for (the gazetteer data work
/// fills them; remove an id here once it has one).
const NO_ADMIN1_YET: &[&str] = &[
    // gazfill (2026-11-30): oil fields deep in the desert whose district no source names; the
    // 2006 census lists localities, not fields, and a field's point says nothing of a district line.
    "sharara_oilfield",
    "el_feel_oilfield",
    "sarir_oilfield",
    "messla_oilfield",
    // gazfill (2026-11-30): Tripoli fronts and outskirts near the Tarabulus/Al Jfarah line that
    // neither the 2006 census nor HNEC's 2021 polling-centre register names and that have no
    // OpenStreetMap place (al-Khallatat and al-Istiraha al-Hamra by Ain Zara, the Missiles camp,
    // al-Furusiya bridge; the airport road crosses the line); al-Siraj has polling centres in
    // both Hay al-Andalus (Tarabulus) and Janzour (Al Jfarah).
    "al_siraj",
    "khallatat",
    "airport_road_tripoli",
    "furusiya_bridge",
    "sawarikh_camp",
    "istiraha_hamra",
    // gazfill (2026-11-30): an air base with no sure place: a village al-Kharruba lies in Jardas
    // al-Abid municipality (Al Marj) and al-Khuwaimat in al-Bayda's (Al Jabal al Akhdar), but no
    // source ties the base to either.
    "kharruba_airbase",
];

/// Libyan places with no sure coordinates of their own and no town they belong to that has
/// some (`Gazetteer::point`; remove an id once it has them). A neighbourhood, square, camp or
/// prison whose own point is not sure is not listed once its `affiliation` names the town it
/// lies in: it gets that town's point with `geo_precision` 2.
const NO_COORDINATES_YET: &[&str] = &[
    // gazcoords, gazfill (2026-11-30): for Jikharra GeoNames has two points 10 km apart and
    // OpenStreetMap a third; al-Bawanis is a municipality, an area with no single point.
    "jikharra",
    "al_bawanis",
    // gazcoords, gazfill (2026-11-30): oil fields and a complex with no Wikipedia point or
    // sources that place them apart (Mellitah: OpenStreetMap-based data, a ship-tracking list
    // and UN/LOCODE disagree).
    "nafoura_oilfield",
    "zelten_oilfield",
    "mellitah_complex",
    // gazcoords, gazfill (2026-11-30): bases whose place the sources give only as "65 km south
    // of al-Marj" (al-Khadim, Al Jazeera 2018) or not at all (al-Kharruba).
    "al_khadim_airbase",
    "kharruba_airbase",
    // gazdata3 (2026-11-30): a coast-road area with no GeoNames or OpenStreetMap place of its
    // own and no single town it belongs to.
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
fn places_with_a_district_are_in_libya_and_spelled_as_acled() {
    for e in entities().iter().filter(|e| e.admin1.is_some()) {
        let a = e.admin1.as_deref().unwrap();
        assert!(ADMIN1_LIBYA.contains(&a), "{}: admin1 `{a}`", e.id);
        assert!(
            is_local_place(e) || e.category == "region",
            "{}: admin1 on {}",
            e.id,
            e.category
        );
        // Completeness of coordinates is checked below; those given must be in Libya.
        assert!(
            e.lat.is_none() || in_libya(e),
            "{}: coordinates {:?},{:?} outside Libya",
            e.id,
            e.lat,
            e.lon
        );
    }
}

#[test]
fn every_libyan_place_has_a_district() {
    let all = entities();
    let places = libyan_local_places(&all);
    assert!(places.len() >= 100, "{} Libyan places", places.len());
    ratchet(&places, NO_ADMIN1_YET, |e| e.admin1.is_some(), "admin1");
}

#[test]
fn every_libyan_place_has_coordinates_inside_libya() {
    let all = entities();
    let places = libyan_local_places(&all);
    // Its own, or those of the place it belongs to (`Gazetteer::point`, geo_precision 2).
    let g = Gazetteer::libya();
    let (a, b, c, d) = LIBYA_BBOX;
    ratchet(
        &places,
        NO_COORDINATES_YET,
        |e| {
            g.point(&e.id)
                .is_some_and(|p| (a..=b).contains(&p.lat) && (c..=d).contains(&p.lon))
        },
        "coordinates in Libya",
    );
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
