//! Bare Libyan ministries (session 18, issues 9 and 11; the lead's decision).
//!
//! In Libyan news a bare `وزارة الصحة`, `وزارة الدفاع` … names Libya's ministry, of whichever
//! government, as every gold round labels it. It names another state's when that state frames
//! it: its adjective right after the name (from `data/nationalities.tsv`), its name after
//! `في`/`لدى`/`ب` (from the gazetteer's `country` rows), or the nearest mention of the same
//! portfolio qualified by a nationality in the sentence or the one before
//! (`وزير الخارجية الإيطالي`). A ministry told with its government (`في حكومة الوحدة
//! الوطنية`) spans it, so the government stays inside the ministry's mention (a source with
//! it, no side of its own).
//!
//! Sentences are written for this test in news style (invented, not taken from any page or
//! gold set).

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::check;

use libya_nlp::gazetteer::Gazetteer;
use libya_nlp::Analyzer;

#[test]
fn bare_ministries_are_libyan() {
    check(&[
        (
            "health ministry giving a toll",
            "وأفادت وزارة الصحة بأن المستشفيات استقبلت عشرات الجرحى",
            None,
            &["ministry_of_health"],
        ),
        (
            "defence ministry after a relative word",
            "وتقدمت وحدات تتبع وزارة الدفاع نحو المعسكر",
            None,
            &["ministry_of_defence"],
        ),
        (
            "interior ministry joined to ب",
            "وقال مسؤول بوزارة الداخلية إن الدوريات انتشرت في الشوارع",
            None,
            &["ministry_of_interior"],
        ),
        (
            "two ministries in one sentence",
            "واستدعت وزارة الخارجية السفير بعد أن جمدت وزارة المالية الحسابات",
            None,
            &["ministry_of_foreign_affairs", "ministry_of_finance"],
        ),
        (
            "ministries of two words",
            "وأعلنت وزارة التربية والتعليم ووزارة التعليم العالي تأجيل الامتحانات",
            None,
            &["ministry_of_education", "ministry_of_higher_education"],
        ),
        (
            "the home adjective of the portfolio before keeps it Libyan",
            "وعاد وزير الدفاع الليبي من الأردن، وكلفت وزارة الدفاع وحدتين بالانتشار",
            None,
            &["jordan", "ministry_of_defence"],
        ),
    ]);
}

#[test]
fn foreign_states_frame_bare_ministries() {
    check(&[
        (
            "near miss: another state's adjective with no row of its own",
            "وأعلنت وزارة الدفاع الكندية إرسال طائرة شحن",
            None,
            &[],
        ),
        (
            "near miss: a foreign health ministry",
            "وقالت وزارة الصحة الفلسطينية إن عدد الجرحى ارتفع",
            None,
            &[],
        ),
        (
            "another state's ministry with a row of its own wins by length",
            "وقالت وزارة الخارجية المصرية إنها تتابع الوضع",
            None,
            &["egyptian_mfa"],
        ),
        (
            "near miss: the state named after في",
            "وقالت وزارة الدفاع في تركيا إن المناورات انتهت",
            None,
            &["turkey"],
        ),
        (
            "near miss: the state joined to ب",
            "وأكد مسؤول في وزارة الداخلية بتونس توقيف المشتبه بهم",
            None,
            &["tunisia"],
        ),
        (
            "near miss: through the government and its adjective",
            "وقالت وزارة الصحة في الحكومة التونسية إن الوضع تحت السيطرة",
            None,
            &[],
        ),
        (
            "near miss: an adjective after a word of the ministry's own name",
            "وأصدرت وزارة الداخلية والبلديات اللبنانية تعميما جديدا",
            None,
            &[],
        ),
        (
            "near miss: the same portfolio's foreign minister in the sentence",
            "وعقد اللقاء في مقر وزارة الخارجية بحضور وزير الخارجية اليوناني",
            None,
            &[],
        ),
        (
            "near miss: a construct naming the state in the sentence",
            "واستقبل وزير دفاع تركيا وفدا في مبنى وزارة الدفاع",
            None,
            &["turkey"],
        ),
        (
            "near miss: a ministry dealing with the Libyan authorities is another state's",
            "وشكلت وزارة الخارجية غرفة عمليات للتنسيق مع السلطات الليبية بشأن العمال المحتجزين",
            None,
            &[],
        ),
        (
            "near miss: a ministry speaking with Libya is another state's",
            "وقالت وزارة الخارجية إنها على اتصال دائم مع ليبيا لمتابعة أوضاع الجالية",
            None,
            &["libya"],
        ),
        (
            "near miss: news of another country that never names Libya",
            "القاهرة - أعلنت وزارة الداخلية ضبط خلية تهريب على الحدود الغربية",
            None,
            &["cairo"],
        ),
        (
            "a Libyan name after مع is no counterpart",
            "وقالت وزارة الداخلية إن دورياتها انتشرت بالتنسيق مع الجيش الليبي",
            None,
            &["ministry_of_interior", "lna"],
        ),
        (
            "a sentence given alone that names no other state stays Libyan",
            "وأعلنت وزارة الداخلية ضبط خلية تهريب على الطريق الساحلي",
            None,
            &["ministry_of_interior"],
        ),
        (
            "near miss: the sentence before qualifies the portfolio",
            "وقالت وزارة الخارجية الجزائرية إنها ترفض التدخل. وأضافت وزارة الخارجية أنها تدعم الحوار",
            None,
            &["algerian_mfa"],
        ),
    ]);
}

#[test]
fn a_ministry_told_with_its_government_spans_it() {
    let gaz = Gazetteer::libya();
    for (text, ministry) in [
        (
            "وأعلنت وزارة الصحة في حكومة الوحدة الوطنية وصول فرق طبية",
            "وزارة الصحة في حكومة الوحدة الوطنية",
        ),
        (
            "وقالت وزارة الداخلية التابعة لحكومة الوفاق إن الطرق أغلقت",
            "وزارة الداخلية التابعة لحكومة الوفاق",
        ),
    ] {
        let found = gaz.find(text);
        let m = found
            .iter()
            .find(|m| m.id.starts_with("ministry_of_"))
            .unwrap_or_else(|| panic!("no ministry in {text}: {found:?}"));
        assert_eq!(m.span.text, ministry, "{text}");
        // The government is named inside the ministry's mention.
        assert!(
            found
                .iter()
                .any(|g| matches!(g.id.as_str(), "gnu" | "gna") && g.span.start >= m.span.start),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_health_ministry_reporting_a_toll_is_a_source() {
    // The ministry told with its government after `في`: before the spanning rule the
    // government became actor1 of the clash and the toll's record lost its sides.
    let text = "اندلعت اشتباكات عنيفة في طرابلس بين مجموعتين مسلحتين. وأعلنت وزارة الصحة في حكومة الوحدة الوطنية سقوط 9 قتلى و40 جريحا.";
    let a = Analyzer::new().analyze_dated(text, "2022-08-28".parse().ok());
    let r = &a.records[0];
    assert_eq!(r.fatalities, Some(9));
    assert_eq!(r.injured, Some(40));
    assert!(
        r.sources.iter().any(|s| s == "ministry_of_health"),
        "{:?}",
        r.sources
    );
    for actor in [&r.actor1, &r.actor2].into_iter().flatten() {
        assert!(
            !matches!(actor.id.as_deref(), Some("ministry_of_health" | "gnu")),
            "{actor:?}"
        );
    }
}

#[test]
fn nationality_data_is_checked() {
    let bad = "country\tadjectives\nbenghazi\tالبنغازية\n";
    let err = Gazetteer::builder_libya()
        .nationalities_tsv(bad, "mine.tsv")
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "mine.tsv:2: field `country`: `benghazi` is no country of the gazetteer"
    );
    let two_words = "country\tadjectives\negypt\tالمصرية الشقيقة\n";
    assert!(Gazetteer::builder_libya()
        .nationalities_tsv(two_words, "mine.tsv")
        .build()
        .is_err());
    // The home state's places are the gazetteer's own entities, never a frame (round 68).
    let home_places = "country\tadjectives\tplaces\nlibya\tالليبية\tسرت\n";
    let err = Gazetteer::builder_libya()
        .nationalities_tsv(home_places, "mine.tsv")
        .build()
        .unwrap_err();
    assert!(
        err.to_string().starts_with("mine.tsv:2: field `places`"),
        "{err}"
    );
}
