//! The gazetteer's faster build reads and compiles as before: row splitting and line numbers,
//! trimming at every kind of edge, periods, space-free names and shared names.

use libya_nlp::gazetteer::{parse_tsv, Entity, EntityKind, FindOptions, Gazetteer, Period};
use libya_nlp::Date;

const HEAD: &str = "id\tkind\tcategory\tenglish\tarabic\taliases\n";

fn err(tsv: &str) -> String {
    parse_tsv(tsv, "t.tsv").unwrap_err().to_string()
}

#[test]
fn rows_split_at_tabs_and_every_line_end() {
    for (name, text) in [
        ("lf", "a\tlocation\tcity\tA\tالف\tب;ت\n"),
        ("crlf", "a\tlocation\tcity\tA\tالف\tب;ت\r\n"),
        ("lone cr", "a\tlocation\tcity\tA\tالف\tب;ت\r"),
        ("no final end", "a\tlocation\tcity\tA\tالف\tب;ت"),
        (
            "blank and comment lines",
            "\n# note\n\r\na\tlocation\tcity\tA\tالف\tب;ت\n\n",
        ),
        // A field longer than eight bytes with a control byte that ends nothing inside it.
        (
            "control byte inside",
            "a\tlocation\tcity\tA\u{1}B\tالف\tب;ت\n",
        ),
    ] {
        let es = parse_tsv(&format!("{HEAD}{text}"), "t.tsv").unwrap();
        assert_eq!(es.len(), 1, "{name}");
        assert_eq!(es[0].aliases, ["ب", "ت"], "{name}");
    }
}

#[test]
fn errors_name_the_line_after_comments_and_blank_lines() {
    let tsv = format!(
        "{HEAD}# one\n\na\tlocation\tcity\tA\tالف\t\n\r\n#two\nb\tlocation\tcity\tB\tباء\n"
    );
    assert_eq!(
        err(&tsv),
        "t.tsv:7: field `*`: 5 fields where the header has 6"
    );
    let dup = format!("{HEAD}a\tlocation\tcity\tA\tالف\t\n\na\tlocation\tcity\tB\tباء\t\n");
    assert_eq!(
        err(&dup),
        "t.tsv:4: field `id`: duplicate id `a` (first at line 2)"
    );
    // A long row (past several eight-byte words) with a field too many.
    let long = format!("{HEAD}a\tlocation\tcity\tA\tالف الطويل جدا جدا\tب\tزائد\n");
    assert_eq!(
        err(&long),
        "t.tsv:2: field `*`: 7 fields where the header has 6"
    );
}

#[test]
fn fields_and_list_items_trim_every_white_space() {
    // No-break, thin and ideographic spaces and tabs-free ASCII blanks at the edges.
    let tsv = format!(
        "{HEAD} a \tlocation\t city\u{a0}\t\u{2009}A\t\u{3000}الف\u{a0}\t ب\u{2009};\u{a0}تاء ثاء ; ;\n"
    );
    let e = &parse_tsv(&tsv, "t.tsv").unwrap()[0];
    assert_eq!(
        (
            e.id.as_str(),
            e.category.as_str(),
            e.english.as_str(),
            e.arabic.as_str()
        ),
        ("a", "city", "A", "الف")
    );
    assert_eq!(e.aliases, ["ب", "تاء ثاء"]);
    // A name that is only white space is empty.
    let blank = format!("{HEAD}a\tlocation\tcity\tA\t\u{a0}\t\n");
    assert_eq!(err(&blank), "t.tsv:2: field `arabic`: must not be empty");
}

#[test]
fn names_with_white_space_edges_match_as_trimmed() {
    let mut e = Entity::new(
        "wadi_x",
        EntityKind::Location,
        "valley",
        "Wadi X",
        "\u{a0}وادي الشعاب\u{2009}",
    );
    e.aliases.push("\u{3000}الشعاب الكبير ".into());
    let g = Gazetteer::builder().entity(e).build().unwrap();
    let found = |t: &str| -> Vec<String> { g.find(t).into_iter().map(|m| m.span.text).collect() };
    assert_eq!(found("سار الركب إلى وادي الشعاب مساء"), ["وادي الشعاب"]);
    assert_eq!(found("سار الركب إلى واديالشعاب مساء"), ["واديالشعاب"]);
    assert_eq!(found("في الشعاب الكبير أمس"), ["الشعاب الكبير"]);
}

#[test]
fn periods_parse_as_before() {
    for (input, want) in [
        ("2014..2016", Some("2014-01-01..2016-12-31")),
        (" 2014-09 .. 2015 ", Some("2014-09-01..2015-12-31")),
        ("..2020-02", Some("..2020-02-29")),
        ("2019-03-04..", Some("2019-03-04..")),
        ("..", Some("..")),
        ("2014...2015", None),
        ("2014-01-01-01..", None),
        ("2014-1..2015", None),
        ("2014", None),
        ("2016..2014", None),
    ] {
        let got = input.parse::<Period>().ok().map(|p| p.to_string());
        assert_eq!(got.as_deref(), want, "{input}");
    }
}

#[test]
fn aliases_with_periods_hold_in_their_period_only() {
    let mut e = Entity::new(
        "chief",
        EntityKind::Person,
        "official",
        "Chief",
        "سالم الفلاني",
    );
    e.aliases
        .push("\u{a0}الرئيس الأسبق للجنة@2012..2014-06 ".into());
    let g = Gazetteer::builder().entity(e).build().unwrap();
    let at = |d: &str| FindOptions::default().with_date(d.parse::<Date>().ok());
    let text = "تحدث الرئيس الأسبق للجنة عن الميزانية";
    assert_eq!(g.find_with(text, &at("2013-05-01")).len(), 1);
    assert!(g.find_with(text, &at("2014-07-01")).is_empty());
    assert!(g.find(text).is_empty());
}

#[test]
fn a_name_shared_in_disjoint_periods_resolves_by_date() {
    let mut a = Entity::new("head_a", EntityKind::Person, "official", "A", "خالد الاول");
    a.aliases.push("رئيس الهيئة@2012..2015".into());
    let mut b = Entity::new("head_b", EntityKind::Person, "official", "B", "خالد الثاني");
    b.aliases.push("رئيس الهيئة@2016..".into());
    let g = Gazetteer::builder().entity(a).entity(b).build().unwrap();
    let on = |d: &str| -> Vec<String> {
        let o = FindOptions::default().with_date(d.parse::<Date>().ok());
        g.find_with("صرح رئيس الهيئة بذلك", &o)
            .into_iter()
            .map(|m| m.id)
            .collect()
    };
    assert_eq!(on("2013-01-01"), ["head_a"]);
    assert_eq!(on("2020-01-01"), ["head_b"]);
    // Overlapping periods are an error naming the first holder's line.
    let mut c = Entity::new("head_c", EntityKind::Person, "official", "C", "خالد الثالث");
    c.aliases.push("رئيس الهيئة@2014..2017".into());
    let mut a = Entity::new("head_a", EntityKind::Person, "official", "A", "خالد الاول");
    a.aliases.push("رئيس الهيئة@2012..2015".into());
    let e = Gazetteer::builder()
        .entity(a)
        .entity(c)
        .build()
        .unwrap_err();
    assert!(e.to_string().contains("also names `head_a`"), "{e}");
}

#[test]
fn the_bundled_gazetteer_builds_the_same_from_its_own_rows() {
    // Its entities, written back as TSV and read again, compile to the same names.
    let g = Gazetteer::libya();
    let again = Gazetteer::builder()
        .kind_cues_tsv(include_str!("../data/kind_cues.tsv"), "data/kind_cues.tsv")
        .tsv(include_str!("../data/gazetteer.tsv"), "data/gazetteer.tsv")
        .build()
        .unwrap();
    assert_eq!(g.len(), again.len());
    assert_eq!(g.pattern_count(), again.pattern_count());
    assert_eq!(g.entities(), again.entities());
    let text = "اجتمع وفد من المجلس البلدي مصراتة مع قوات الزنتان في طرابلس وبنغازي";
    assert_eq!(g.find(text), again.find(text));
}
