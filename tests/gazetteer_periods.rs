//! Names, titles and offices by date: the same sentence at two dates names two entities;
//! without a date, office titles and period-bound names resolve to nothing.

use libya_nlp::gazetteer::{Entity, EntityKind, FindOptions, Gazetteer};
use libya_nlp::{Analyzer, Date};

fn ids_at(gaz: &Gazetteer, text: &str, date: Option<&str>) -> Vec<String> {
    let date = date.map(|d| d.parse::<Date>().unwrap());
    gaz.find_with(text, &FindOptions::default().with_date(date))
        .into_iter()
        .map(|m| m.id)
        .collect()
}

#[test]
fn bundled_offices_and_names_resolve_by_date() {
    let g = Gazetteer::libya();
    // (case, text, date, expected ids)
    let cases: &[(&str, &str, Option<&str>, &[&str])] = &[
        (
            "envoy 2013",
            "وقال المبعوث الأممي إن الحوار مستمر",
            Some("2013-05-01"),
            &["tarek_mitri"],
        ),
        (
            "envoy 2015",
            "وقال المبعوث الأممي إن الحوار مستمر",
            Some("2015-03-01"),
            &["bernardino_leon"],
        ),
        (
            "envoy 2016",
            "وقال المبعوث الأممي إن الحوار مستمر",
            Some("2016-06-01"),
            &["martin_kobler"],
        ),
        (
            "envoy 2019",
            "وقال المبعوث الأممي إن الحوار مستمر",
            Some("2019-04-05"),
            &["ghassan_salame"],
        ),
        (
            "envoy 2021",
            "وقال المبعوث الأممي إن الحوار مستمر",
            Some("2021-06-01"),
            &["jan_kubis"],
        ),
        (
            "envoy 2023",
            "وقال المبعوث الأممي إن الحوار مستمر",
            Some("2023-06-01"),
            &["abdoulaye_bathily"],
        ),
        (
            "acting envoy 2020",
            "وقالت المبعوثة الأممية بالإنابة إن الحوار مستمر",
            Some("2020-08-01"),
            &["stephanie_williams"],
        ),
        (
            "envoy undated",
            "وقال المبعوث الأممي إن الحوار مستمر",
            None,
            &[],
        ),
        (
            "envoy handover month: two holders",
            "وقال المبعوث الأممي إن الحوار مستمر",
            Some("2017-06-25"),
            &[],
        ),
        (
            "envoy with name",
            "وقال المبعوث الأممي غسان سلامة",
            Some("2019-04-05"),
            &["ghassan_salame"],
        ),
        (
            "envoy name after place",
            "وقال المبعوث الأممي إلى ليبيا غسان سلامة",
            Some("2019-04-05"),
            &["libya", "ghassan_salame"],
        ),
        (
            "envoy licenses short name",
            "وقال المبعوث الأممي سلامة",
            Some("2019-04-05"),
            &["ghassan_salame"],
        ),
        (
            "pc head 2019",
            "التقى رئيس المجلس الرئاسي السفير",
            Some("2019-01-10"),
            &["fayez_sarraj", "presidential_council"],
        ),
        (
            "pc head 2022",
            "التقى رئيس المجلس الرئاسي السفير",
            Some("2022-01-10"),
            &["mohamed_menfi", "presidential_council"],
        ),
        (
            "pc head undated",
            "التقى رئيس المجلس الرئاسي السفير",
            None,
            &["presidential_council"],
        ),
        (
            "pc head with name",
            "التقى رئيس المجلس الرئاسي محمد المنفي السفير",
            Some("2022-01-10"),
            &["presidential_council", "mohamed_menfi"],
        ),
        (
            "pm 2012",
            "وأعلن رئيس الوزراء تشكيل لجنة",
            Some("2012-03-01"),
            &["abdurrahim_keib"],
        ),
        (
            "pm 2013",
            "وأعلن رئيس الوزراء تشكيل لجنة",
            Some("2013-03-01"),
            &["ali_zeidan"],
        ),
        (
            "pm 2017: rival governments",
            "وأعلن رئيس الوزراء تشكيل لجنة",
            Some("2017-03-01"),
            &[],
        ),
        (
            "interim government 2012",
            "وأعلنت الحكومة المؤقتة تشكيل لجنة",
            Some("2012-03-01"),
            &["keib_government"],
        ),
        (
            "interim government 2016",
            "وأعلنت الحكومة المؤقتة تشكيل لجنة",
            Some("2016-03-01"),
            &["interim_government"],
        ),
        (
            "interim government undated",
            "وأعلنت الحكومة المؤقتة تشكيل لجنة",
            None,
            &["interim_government"],
        ),
        (
            "army 2011",
            "وقصف الجيش الليبي مدينة مصراتة",
            Some("2011-04-20"),
            &["gaddafi_loyalists", "misrata"],
        ),
        (
            "army 2019",
            "وقصف الجيش الليبي مدينة مصراتة",
            Some("2019-04-20"),
            &["lna", "misrata"],
        ),
        (
            "army undated",
            "وقصف الجيش الليبي مدينة مصراتة",
            None,
            &["lna", "misrata"],
        ),
        (
            "former president blocked",
            "وقال الرئيس الأمريكي السابق إن",
            Some("2019-04-20"),
            &[],
        ),
        (
            "us president 2019",
            "وقال الرئيس الأمريكي إن",
            Some("2019-04-20"),
            &["donald_trump"],
        ),
        (
            "secretary-general 2015",
            "وقال الأمين العام للأمم المتحدة إن",
            Some("2015-04-20"),
            &["ban_ki_moon", "united_nations"],
        ),
        // periods17: bare head of government only while one government holds it; designate,
        // former and new holders; a name after a former title decides.
        (
            "bare PM, one government",
            "وقال رئيس الحكومة إن",
            Some("2021-06-01"),
            &["abdul_hamid_dbeibah"],
        ),
        (
            "bare PM, two governments",
            "وقال رئيس الحكومة إن",
            Some("2016-06-01"),
            &[],
        ),
        (
            "PM-elect before taking office",
            "وقال رئيس الوزراء المنتخب إن",
            Some("2012-10-20"),
            &["ali_zeidan"],
        ),
        (
            "former envoy unnamed",
            "وقال المبعوث الأممي السابق إن",
            Some("2019-04-05"),
            &[],
        ),
        (
            "former head named",
            "وقال رئيس البعثة الأممية السابق غسان سلامة إن",
            Some("2020-09-16"),
            &["unsmil", "ghassan_salame"],
        ),
        (
            "GNC president short title",
            "وقال رئيس المؤتمر إن",
            Some("2012-10-01"),
            &["mohamed_magariaf"],
        ),
        (
            "new governor approved",
            "وقال محافظ المصرف المركزي الجديد إن",
            Some("2024-09-30"),
            &["naji_issa", "central_bank_of_libya"],
        ),
    ];
    let mut failures = Vec::new();
    for (name, text, date, want) in cases {
        let got = ids_at(g, text, *date);
        if got != *want {
            failures.push(format!(
                "{name}: {text:?} at {date:?}: got {got:?}, want {want:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn analyzer_threads_the_publication_date() {
    let a = Analyzer::new();
    let text = "وأعلنت الحكومة المؤقتة تشكيل لجنة";
    let at = |d: &str| -> Vec<String> {
        a.analyze_dated(text, Some(d.parse().unwrap()))
            .entities
            .into_iter()
            .map(|m| m.id)
            .collect()
    };
    assert_eq!(at("2012-01-15"), ["keib_government"]);
    assert_eq!(at("2015-01-15"), ["interim_government"]);
}

fn two_governments() -> Gazetteer {
    let gov = |id: &str, ar: &str| Entity::new(id, EntityKind::Organization, "government", id, ar);
    let mut a = gov("gov_a", "حكومة ألف");
    a.aliases.push("الحكومة المؤقتة@2011-11..2012-11".into());
    let mut b = gov("gov_b", "حكومة باء");
    b.aliases.push("الحكومة المؤقتة@2014-09..2021-03".into());
    let mut c = gov("gov_c", "حكومة جيم").with_period("2022-01-01".parse().ok(), None);
    c.aliases.push("الحكومة المؤقتة".into());
    let mut pm = Entity::new("pm", EntityKind::Person, "politician", "PM", "فلان الفلاني");
    pm.offices.push("رئيس الوزراء@2012..2013".into());
    pm.ambiguous.push("الفلاني".into());
    Gazetteer::builder()
        .entity(a)
        .entity(b)
        .entity(c)
        .entity(pm)
        .build()
        .unwrap()
}

#[test]
fn shared_names_resolve_to_the_holder_of_the_day() {
    let g = two_governments();
    let t = "قالت الحكومة المؤقتة";
    let cases: &[(&str, Option<&str>, &[&str])] = &[
        ("first period", Some("2012-06-01"), &["gov_a"]),
        ("second period", Some("2019-06-01"), &["gov_b"]),
        ("entity period of the third", Some("2023-06-01"), &["gov_c"]),
        ("between periods", Some("2013-06-01"), &[]),
        ("month bound is inclusive", Some("2012-11-30"), &["gov_a"]),
        // gov_c holds the name without a suffix of its own: the default meaning.
        ("undated: the plain holder", None, &["gov_c"]),
    ];
    for (name, date, want) in cases {
        assert_eq!(ids_at(&g, t, *date), *want, "{name}");
    }
}

#[test]
fn entity_periods_bound_shared_names_and_the_plain_holder_is_the_undated_default() {
    // As after the data merge: the LNA with `from` = 2014-05, the Gaddafi-era forces holding
    // «الجيش الليبي» until 2011-10-23 by a suffix.
    let org = |id: &str, ar: &str| Entity::new(id, EntityKind::Organization, "armed_group", id, ar);
    let lna = org("lna", "الجيش الوطني الليبي")
        .with_aliases(["الجيش الليبي"])
        .with_period("2014-05-16".parse().ok(), None);
    let old = org("old_army", "كتائب القذافي").with_aliases(["الجيش الليبي@..2011-10-23"]);
    let g = Gazetteer::builder()
        .entity(lna)
        .entity(old)
        .build()
        .unwrap();
    let t = "قصف الجيش الليبي";
    let cases: &[(&str, Option<&str>, &[&str])] = &[
        ("2011: the suffix holder", Some("2011-04-01"), &["old_army"]),
        ("2012: nobody holds it", Some("2012-06-01"), &[]),
        ("2019: the entity period", Some("2019-04-05"), &["lna"]),
        ("undated: the plain holder", None, &["lna"]),
    ];
    for (name, date, want) in cases {
        assert_eq!(ids_at(&g, t, *date), *want, "{name}");
    }
    // An entity's own unshared names match whatever the date: history is reported.
    assert_eq!(
        ids_at(&g, "الجيش الوطني الليبي", Some("2012-06-01")),
        ["lna"]
    );
    // Two plain holders in disjoint entity periods: no default.
    let a = org("a", "ألف")
        .with_aliases(["الحكومة"])
        .with_period(None, "2012-12-31".parse().ok());
    let b = org("b", "باء")
        .with_aliases(["الحكومة"])
        .with_period("2013-01-01".parse().ok(), None);
    let g = Gazetteer::builder().entity(a).entity(b).build().unwrap();
    assert_eq!(ids_at(&g, "قالت الحكومة", Some("2012-05-01")), ["a"]);
    assert_eq!(ids_at(&g, "قالت الحكومة", Some("2013-05-01")), ["b"]);
    assert!(ids_at(&g, "قالت الحكومة", None).is_empty());
}

#[test]
fn offices_need_a_date_and_stand_alone() {
    let g = two_governments();
    let cases: &[(&str, &str, Option<&str>, &[&str])] = &[
        (
            "alone, dated",
            "وقال رئيس الوزراء إن",
            Some("2012-06-01"),
            &["pm"],
        ),
        (
            "alone, out of period",
            "وقال رئيس الوزراء إن",
            Some("2014-06-01"),
            &[],
        ),
        ("alone, undated", "وقال رئيس الوزراء إن", None, &[]),
        (
            "with the name",
            "وقال رئيس الوزراء فلان الفلاني إن",
            Some("2012-06-01"),
            &["pm"],
        ),
        (
            "licenses the short name",
            "وقال رئيس الوزراء الفلاني إن",
            Some("2012-06-01"),
            &["pm"],
        ),
        (
            "short name unlicensed out of period",
            "وقال رئيس الوزراء الفلاني إن",
            Some("2015-06-01"),
            &[],
        ),
        ("with clitic", "ولرئيس الوزراء", Some("2012-06-01"), &["pm"]),
    ];
    for (name, text, date, want) in cases {
        assert_eq!(ids_at(&g, text, *date), *want, "{name}");
    }
    let m = &g.find_with(
        "وقال رئيس الوزراء إن",
        &FindOptions::default().with_date("2012-06-01".parse().ok()),
    )[0];
    assert_eq!(
        (m.span.text.as_str(), m.alias.as_str()),
        ("رئيس الوزراء", "رئيس الوزراء")
    );
}

#[test]
fn period_bound_titles_license_only_in_their_period() {
    let mut e = Entity::new("x", EntityKind::Person, "politician", "X", "زيد عمرو");
    e.ambiguous.push("عمرو".into());
    e.titles.push("الوزير@2015..2016".into());
    let g = Gazetteer::builder().entity(e).build().unwrap();
    assert_eq!(ids_at(&g, "قال الوزير عمرو", Some("2015-05-05")), ["x"]);
    assert!(ids_at(&g, "قال الوزير عمرو", Some("2018-05-05")).is_empty());
    assert!(ids_at(&g, "قال الوزير عمرو", None).is_empty());
}

mod props {
    use libya_nlp::gazetteer::Period;
    use libya_nlp::Date;
    use proptest::prelude::*;

    fn date() -> impl Strategy<Value = Date> {
        (2000u16..2030, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).unwrap())
    }

    fn period() -> impl Strategy<Value = Period> {
        (prop::option::of(date()), prop::option::of(date())).prop_map(|(a, b)| {
            let (a, b) = match (a, b) {
                (Some(x), Some(y)) if y < x => (Some(y), Some(x)),
                other => other,
            };
            Period::new(a, b).unwrap()
        })
    }

    fn token() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("المبعوث الأممي".to_string()),
            Just("رئيس المجلس الرئاسي".to_string()),
            Just("الحكومة المؤقتة".to_string()),
            Just("الجيش الليبي".to_string()),
            Just("غسان سلامة".to_string()),
            Just("سلامة".to_string()),
            Just("ولرئيس".to_string()),
            Just("،".to_string()),
            Just(".".to_string()),
            "\\PC{0,6}",
        ]
    }

    proptest! {
        #[test]
        fn dated_spans_are_always_valid(
            toks in prop::collection::vec(token(), 0..12),
            d in prop::option::of(date()),
            nested in any::<bool>(),
        ) {
            let text = toks.join(" ");
            let opts = libya_nlp::gazetteer::FindOptions::default().with_date(d).with_nested(nested);
            let found = libya_nlp::Gazetteer::libya().find_with(&text, &opts);
            for w in found.windows(2) {
                prop_assert!(w[0].span.start <= w[1].span.start);
            }
            for m in found {
                prop_assert_eq!(&text[m.span.start..m.span.end], m.span.text.as_str());
            }
        }

        #[test]
        fn display_parses_back(p in period()) {
            prop_assert_eq!(p.to_string().parse::<Period>().unwrap(), p);
        }

        #[test]
        fn overlap_means_a_shared_day(p in period(), q in period(), d in date()) {
            prop_assert_eq!(p.overlaps(&q), q.overlaps(&p));
            if p.contains(d) && q.contains(d) {
                prop_assert!(p.overlaps(&q));
            }
            // Disjoint periods never both contain a day.
            if !p.overlaps(&q) {
                prop_assert!(!(p.contains(d) && q.contains(d)));
            }
        }

        #[test]
        fn month_and_year_bounds_cover_the_whole_unit(y in 2000u16..2030, m in 1u8..=12) {
            let p: Period = format!("{y}-{m:02}..{y}-{m:02}").parse().unwrap();
            let first = Date::new(y, m, 1).unwrap();
            prop_assert_eq!(p.from, Some(first));
            prop_assert_eq!(p.to, Some(first.last_of_month()));
            let year: Period = format!("{y}..{y}").parse().unwrap();
            prop_assert!(year.contains(Date::new(y, 12, 31).unwrap()));
            prop_assert!(!year.contains(Date::new(y + 1, 1, 1).unwrap()));
        }
    }
}

#[test]
fn offices_are_blocked_like_names() {
    let g = Gazetteer::libya();
    let cases: &[(&str, &str, &str, &[&str])] = &[
        (
            "another parliament",
            "وأكد رئيس مجلس النواب المصري",
            "2020-09-01",
            // Not Aguila Saleh by his office: Egypt's parliament, an entity of its own.
            &["egyptian_parliament"],
        ),
        (
            "another prime minister",
            "وقال رئيس الوزراء التونسي",
            "2012-05-01",
            &[],
        ),
        (
            "a former president",
            "وقال الرئيس الفرنسي السابق نيكولا ساركوزي",
            "2019-02-01",
            &["nicolas_sarkozy"],
        ),
        (
            "the holder named after a comma",
            "وقال غسان سلامة، المبعوث الأممي، إن",
            "2019-02-01",
            &["ghassan_salame"],
        ),
        (
            "the current president",
            "التقى السيسي بالرئيس الفرنسي في باريس",
            "2019-02-01",
            &["abdel_fattah_sisi", "emmanuel_macron", "paris"],
        ),
    ];
    for (name, text, date, want) in cases {
        assert_eq!(ids_at(g, text, Some(date)), *want, "{name}");
    }
}

/// Dated period gold (`tests/data/gazetteer/dated_sentences.jsonl`): news sentences written
/// from scratch, each with a publication date and the entity ids a reader resolves (offices
/// such as «المبعوث الأممي» or «رئيس المجلس الرئاسي», period-bound names such as «الجيش الليبي»
/// and «الحكومة المؤقتة», plain names), labelled before the crate was run on them.
const DATED_GOLD: &str = include_str!("data/gazetteer/dated_sentences.jsonl");

/// Entity F1 over the dated gold was first measured at 0.978, and is 0.985 after the data fixes
/// it showed (a cue, two office ends, a missing office); the bar is the measured figure less
/// 0.02, so a data change that loses a period or an office fails here.
const DATED_GOLD_F1_BAR: f64 = 0.965;

#[test]
fn dated_gold_entity_f1() {
    #[derive(serde::Deserialize)]
    struct Case {
        id: String,
        date: String,
        text: String,
        entities: Vec<String>,
    }
    let analyzer = Analyzer::new();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut cases = 0;
    for (n, line) in DATED_GOLD.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let case: Case =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        let date: Date = case
            .date
            .parse()
            .unwrap_or_else(|e| panic!("{}: date: {e:?}", case.id));
        let gold: std::collections::BTreeSet<&str> =
            case.entities.iter().map(String::as_str).collect();
        assert_eq!(gold.len(), case.entities.len(), "{}: repeated id", case.id);
        let analysis = analyzer.analyze_dated(&case.text, Some(date));
        let found: std::collections::BTreeSet<&str> =
            analysis.entities.iter().map(|m| m.id.as_str()).collect();
        let missed: Vec<&&str> = gold.difference(&found).collect();
        let extra: Vec<&&str> = found.difference(&gold).collect();
        if !missed.is_empty() || !extra.is_empty() {
            println!(
                "{} ({}): missed {missed:?}, extra {extra:?}",
                case.id, case.date
            );
        }
        tp += gold.intersection(&found).count();
        fn_ += missed.len();
        fp += extra.len();
        cases += 1;
    }
    assert!(cases >= 60, "{cases} dated gold sentences");
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!(
        "dated gold: {cases} sentences, tp {tp}, fp {fp}, fn {fn_}: precision {p:.4}, recall {r:.4}, entity F1 {f1:.4} (bar {DATED_GOLD_F1_BAR})"
    );
    assert!(
        f1 >= DATED_GOLD_F1_BAR,
        "dated gold entity F1 {f1:.4} below {DATED_GOLD_F1_BAR}"
    );
}
