//! Strict loading: each problem a user's gazetteer file can have is an `Error::Data` naming
//! the file, the line of the offending row and the column.

use libya_nlp::gazetteer::{parse_tsv, Entity, EntityKind, Gazetteer, COLUMNS};

const HEAD: &str = "id\tkind\tcategory\tenglish\tarabic\taliases\taffiliation\tlat\tlon\tadmin1\tinter\tfrom\tto\toffices\n";

/// A row of the `HEAD` columns.
fn row(id: &str, kind: &str, arabic: &str, rest: [&str; 9]) -> String {
    let cat = if kind == "location" {
        "city"
    } else {
        "government"
    };
    format!("{id}\t{kind}\t{cat}\t{id}\t{arabic}\t{}\n", rest.join("\t"))
}

const E: [&str; 9] = ["", "", "", "", "", "", "", "", ""];

fn with(i: usize, v: &str) -> [&'static str; 9] {
    let mut r = E;
    r[i] = Box::leak(v.to_string().into_boxed_str());
    r
}

fn err_of(tsv: &str) -> String {
    match Gazetteer::builder().tsv(tsv, "mine.tsv").build() {
        Ok(_) => "no error".into(),
        Err(e) => e.to_string(),
    }
}

#[test]
fn each_malformed_file_is_an_error_with_file_line_and_field() {
    let ok_place = row("a", "location", "ألف", E);
    // (case, file text, expected error prefix)
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "unknown column (typo)",
            "id\tkind\tcategory\tenglish\tarabic\talias\n".into(),
            "mine.tsv:1: field `alias`: unknown column (did you mean `aliases`?)",
        ),
        (
            "column named twice",
            "id\tkind\tcategory\tenglish\tarabic\tnotes\tnotes\n".into(),
            "mine.tsv:1: field `notes`: column named twice",
        ),
        (
            "duplicate id in a file",
            format!("{HEAD}{ok_place}# comment\n{}", row("a", "location", "باء", E)),
            "mine.tsv:4: field `id`: duplicate id `a` (first at line 2)",
        ),
        (
            "id with a space",
            format!("{HEAD}{}", row("tripoli city", "location", "ألف", E)),
            "mine.tsv:2: field `id`: `tripoli city` has characters outside [a-z0-9_]",
        ),
        (
            "id with upper case",
            format!("{HEAD}{}", row("Tripoli", "location", "ألف", E)),
            "mine.tsv:2: field `id`: `Tripoli` has characters outside [a-z0-9_]",
        ),
        (
            "unknown affiliation, real line",
            format!("{HEAD}{ok_place}{}", row("b", "organization", "باء", with(1, "nobody"))),
            "mine.tsv:3: field `affiliation`: `b` names unknown entity `nobody`",
        ),
        (
            "affiliated with itself",
            format!("{HEAD}{}", row("b", "organization", "باء", with(1, "b"))),
            "mine.tsv:2: field `affiliation`: `b` is affiliated with itself",
        ),
        (
            "alias claimed by two entities",
            format!(
                "{HEAD}{ok_place}{}",
                row("b", "organization", "باء", with(0, "ألف"))
            ),
            "mine.tsv:3: field `aliases`: `ألف` also names `a` (mine.tsv:2)",
        ),
        (
            "alias claimed by two entities, overlapping periods",
            format!(
                "{HEAD}{}{}",
                row("a", "organization", "ألف", with(0, "الحكومة@2011..2014")),
                row("b", "organization", "باء", with(0, "الحكومة@2014-06..")),
            ),
            "mine.tsv:3: field `aliases`: `الحكومة` also names `a` (mine.tsv:2)",
        ),
        (
            "malformed alias period",
            format!("{HEAD}{}", row("a", "location", "ألف", with(0, "الف@2014-13.."))),
            "mine.tsv:2: field `aliases`: `الف@2014-13..`: `2014-13` is not a date",
        ),
        (
            "period without ..",
            format!("{HEAD}{}", row("a", "location", "ألف", with(0, "الف@2014"))),
            "mine.tsv:2: field `aliases`: `الف@2014`: period `2014` is not FROM..TO",
        ),
        (
            "malformed office period",
            format!("{HEAD}{}", row("a", "organization", "ألف", with(8, "رئيس@2015..2014"))),
            "mine.tsv:2: field `offices`: `رئيس@2015..2014`: period `2015..2014` ends before it starts",
        ),
        (
            "malformed from",
            format!("{HEAD}{}", row("a", "organization", "ألف", with(6, "2014/05"))),
            "mine.tsv:2: field `from`: `2014/05` is not a date",
        ),
        (
            "to before from",
            format!("{HEAD}{}", row("a", "organization", "ألف", {
                let mut r = with(6, "2015");
                r[7] = "2014";
                r
            })),
            "mine.tsv:2: field `to`: `to` is before `from`",
        ),
        (
            "inter outside 1..8",
            format!("{HEAD}{}", row("a", "organization", "ألف", with(5, "9"))),
            "mine.tsv:2: field `inter`: `9` is not an ACLED inter code 1-8",
        ),
        (
            "admin1 not a Libyan district (coordinates in Libya)",
            format!("{HEAD}{}", row("a", "location", "ألف", {
                let mut r = with(2, "32.9");
                r[3] = "13.2";
                r[4] = "Tripoli";
                r
            })),
            "mine.tsv:2: field `admin1`: `Tripoli` is not one of the 22 Libyan districts",
        ),
        (
            "admin1 not a Libyan district (affiliated with libya)",
            format!(
                "{HEAD}{}{}",
                row("libya", "location", "ليبيا", E),
                row("a", "location", "ألف", { let mut r = with(1, "libya"); r[4] = "Tripolitania"; r })
            ),
            "mine.tsv:3: field `admin1`: `Tripolitania` is not one of the 22 Libyan districts",
        ),
        (
            "Libyan place outside Libya",
            format!(
                "{HEAD}{}{}",
                row("libya", "location", "ليبيا", E),
                row("a", "location", "ألف", { let mut r = with(1, "libya"); r[2] = "48.8"; r[3] = "2.3"; r })
            ),
            "mine.tsv:3: field `lat`: 48.8, 2.3 is outside Libya",
        ),
        (
            "admin1 on a non-place",
            format!("{HEAD}{}", row("a", "organization", "ألف", with(4, "Tarabulus"))),
            "mine.tsv:2: field `admin1`: only places have an admin1",
        ),
        (
            "category not snake_case",
            "id\tkind\tcategory\tenglish\tarabic\na\torganization\tArmed Group\tA\tألف\n".into(),
            "mine.tsv:2: field `category`: `Armed Group` is not snake_case",
        ),
        (
            "coordinates on a non-place",
            format!("{HEAD}{}", row("a", "organization", "ألف", {
                let mut r = with(2, "32.9");
                r[3] = "13.2";
                r
            })),
            "mine.tsv:2: field `lat`: only places have coordinates",
        ),
        (
            "canonical name with a period",
            format!("{HEAD}{}", row("a", "organization", "ألف@2011..", E)),
            "mine.tsv:2: field `arabic`: the canonical name takes no period",
        ),
    ];
    let mut failures = Vec::new();
    for (name, tsv, want) in &cases {
        let got = err_of(tsv);
        if !got.starts_with(want) {
            failures.push(format!("{name}:\n  got  {got}\n  want {want}…"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn accepted_sharing_and_foreign_regions() {
    let cases: Vec<(&str, String)> = vec![
        (
            "ambiguous on one side",
            "id\tkind\tcategory\tenglish\tarabic\taliases\tambiguous\na\torganization\tx\tA\tألف\t\t\nb\torganization\tx\tB\tباء\t\tألف\n"
                .to_string(),
        ),
        (
            "disjoint periods",
            format!(
                "{HEAD}{}{}",
                row("a", "organization", "ألف", with(0, "الحكومة@2011..2012")),
                row("b", "organization", "باء", with(0, "الحكومة@2014-06.."))
            ),
        ),
        (
            "one default holder and one period",
            format!(
                "{HEAD}{}{}",
                row("a", "organization", "ألف", with(0, "الجيش")),
                row("b", "organization", "باء", with(0, "الجيش@..2011-10-23"))
            ),
        ),
        (
            "entity periods make names disjoint",
            format!(
                "{HEAD}{}{}",
                row("a", "organization", "ألف", { let mut r = with(0, "الحكومة"); r[7] = "2012"; r }),
                row("b", "organization", "باء", { let mut r = with(0, "الحكومة"); r[6] = "2013"; r })
            ),
        ),
        (
            "foreign place inside the bounding box, affiliated with its country",
            format!(
                "{HEAD}{}{}",
                "tunisia\tlocation\tcountry\tTunisia\tتونس\t\t\t\t\t\t\t\t\t\n",
                row("dehiba", "location", "الذهيبة", { let mut r = with(1, "tunisia"); r[2] = "32.0"; r[3] = "10.7"; r[4] = "Tataouine"; r })
            ),
        ),
        (
            "all 20 columns in order",
            format!(
                "{}\na\tlocation\tcity\tA\tألف\t\t\t\t\t\t32.9\t13.2\t\t\tTarabulus\t\t\t\t\t\n",
                COLUMNS.join("\t")
            ),
        ),
    ];
    for (name, tsv) in cases {
        let got = err_of(&tsv);
        assert_eq!(got, "no error", "{name}: {tsv}");
    }
}

#[test]
fn bundled_ids_are_protected_unless_replacing() {
    let mine = "id\tkind\tcategory\tenglish\tarabic\nderna\tlocation\tcity\tDerna\tدرنة\n";
    let err = Gazetteer::builder_libya()
        .tsv(mine, "mine.tsv")
        .build()
        .unwrap_err()
        .to_string();
    // The bundled row's real line, comment lines counted.
    let line = include_str!("../data/gazetteer.tsv")
        .lines()
        .position(|l| l.starts_with("derna\t"))
        .unwrap()
        + 1;
    assert!(
        err.starts_with(&format!(
            "mine.tsv:2: field `id`: `derna` is already defined at data/gazetteer.tsv:{line};"
        )),
        "{err}"
    );
    let replaced = Gazetteer::builder_libya()
        .replace_tsv(mine, "mine.tsv")
        .build()
        .unwrap();
    assert_eq!(replaced.entity("derna").unwrap().lat, None);
    assert_eq!(replaced.len(), Gazetteer::libya().len());
    // Within one file a repeated id stays an error, even when replacing.
    let twice = format!("{mine}derna\tlocation\tcity\tDerna\tدرنه\n");
    let err = Gazetteer::builder_libya()
        .replacing(true)
        .tsv(&twice, "mine.tsv")
        .build()
        .unwrap_err();
    assert!(err
        .to_string()
        .starts_with("mine.tsv:3: field `id`: duplicate id"));
    // The same for entities added in code.
    let e = Entity::new("derna", EntityKind::Location, "city", "Derna", "درنة");
    assert!(Gazetteer::builder_libya()
        .entity(e.clone())
        .build()
        .is_err());
    assert!(Gazetteer::builder_libya().replace_entity(e).build().is_ok());
}

#[test]
fn across_files_duplicate_ids_name_both_places() {
    let a = "id\tkind\tcategory\tenglish\tarabic\nx\tlocation\tcity\tX\tاكس\n";
    let err = Gazetteer::builder()
        .tsv(a, "a.tsv")
        .tsv(a, "b.tsv")
        .build()
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "b.tsv:2: field `id`: `x` is already defined at a.tsv:2; to replace it, load this file \
         with GazetteerBuilder::replace_file (or set replacing(true))"
    );
}

#[test]
fn entities_built_in_code_are_checked_too() {
    let mut e = Entity::new("x", EntityKind::Organization, "government", "X", "اكس");
    e.aliases.push("اكسس@2014-02-30..".into());
    let err = Gazetteer::builder()
        .entity(e)
        .build()
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("<builder>:0: field `aliases`:"), "{err}");
    let err = Gazetteer::builder()
        .entity(Entity::new("x y", EntityKind::Location, "city", "X", "اكس"))
        .build()
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("<builder>:0: field `id`:"), "{err}");
    // An alias added to a loaded entity is checked too, at the entity's row.
    let err = Gazetteer::builder_libya()
        .alias("tripoli", "طرابلس الغرب@2014-13..")
        .build()
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("data/gazetteer.tsv:"), "{err}");
    assert!(err.contains("field `aliases`"), "{err}");
}

#[test]
fn a_file_ending_in_a_comment_without_a_line_end_loads() {
    let tsv = format!(
        "{HEAD}{}# last line, saved without a line end",
        row("a", "location", "ألف", E)
    );
    assert_eq!(err_of(&tsv), "no error");
    assert_eq!(parse_tsv(&tsv, "t.tsv").unwrap().len(), 1);
}

#[test]
fn parse_tsv_reads_the_new_columns() {
    let tsv = format!(
        "{HEAD}{}",
        row("envoy", "person", "فلان", {
            let mut r = with(6, "2017-06-22");
            r[7] = "2020-03";
            r[8] = "المبعوث الأممي@2017-06-22..2020-03-02;رئيس البعثة";
            r[5] = "";
            r
        })
    );
    let e = &parse_tsv(&tsv, "t.tsv").unwrap()[0];
    assert_eq!(e.from.unwrap().to_string(), "2017-06-22");
    assert_eq!(e.to.unwrap().to_string(), "2020-03-31");
    assert_eq!(e.offices.len(), 2);
    assert_eq!(e.period().to_string(), "2017-06-22..2020-03-31");
}
