//! A town written inside another place's name (`مطار طرابلس`, `ميناء مصراتة`, `مستشفى زليتن
//! التعليمي`, `القاعدة الجوية بمصراتة`) is that place's address, not a mention of its own: the
//! place is the mention (data/README.md, "Deliberate choices"). The records stage still knows
//! where the place is: the town stays, unreported, as the place's address, so a record that
//! borrows the nearest earlier town, or a place that ranks below a town (a detention centre),
//! is placed and districted as before. Inside a body's name (`المجلس البلدي سبها`) the town is
//! still reported; the `nested` option still gives every name.
//!
//! Records merging: two places finer than a town, one inside the other by the gazetteer's
//! links (`حي الطيرة` in `قنفودة`), agree, so one capture told twice is one record.
//!
//! Every sentence is written for this test in news style (invented, not taken from any page
//! or gold set).

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::check;

use libya_nlp::gazetteer::{FindOptions, Gazetteer};
use libya_nlp::{Analyzer, Date};

#[test]
fn a_town_inside_a_place_name_is_its_address() {
    check(&[
        (
            "a port by its town",
            "وأغلقت السلطات ميناء مصراتة أمام السفن التجارية",
            None,
            &["misrata_port"],
        ),
        (
            "an airport by its town, with its qualifier",
            "وعادت الرحلات إلى مطار طرابلس الدولي بعد إصلاح المدرج",
            Some("2013-02-01"),
            &["tripoli_international_airport"],
        ),
        (
            "a naval base by its town",
            "ورست فرقاطة أجنبية في قاعدة طرابلس البحرية مساء أمس",
            None,
            &["abu_sittah_naval_base"],
        ),
        (
            "a hospital by its town",
            "واستقبل مستشفى زليتن التعليمي عشرات الجرحى",
            None,
            &["zliten_teaching_hospital"],
        ),
        (
            "the town attached with ب after the place",
            "وتعرضت الكلية الجوية بمصراتة لقصف بطائرة مسيرة",
            None,
            &["misrata_airport"],
        ),
        (
            "the town after في inside the name of a centre",
            "ونقل المهاجرون من مركز إيواء المهاجرين في تاجوراء إلى مكان آخر",
            None,
            &["tajoura_detention_centre"],
        ),
        (
            "the town told again on its own is a mention",
            "وتوقفت الملاحة في ميناء مصراتة، فيما عاد الهدوء إلى مصراتة",
            None,
            &["misrata_port", "misrata"],
        ),
        (
            "inside a body's name the town is still reported",
            "وطالب المجلس البلدي سبها بإرسال تعزيزات أمنية",
            None,
            &["sabha_municipal_council", "sabha"],
        ),
    ]);
}

#[test]
fn the_nested_option_still_gives_every_name() {
    let g = Gazetteer::libya();
    let ids = |nested: bool| -> Vec<String> {
        g.find_with(
            "وأغلقت السلطات ميناء مصراتة أمام السفن",
            &FindOptions::default().with_nested(nested),
        )
        .into_iter()
        .map(|m| m.id)
        .collect()
    };
    assert_eq!(ids(false), ["misrata_port"]);
    assert!(ids(true).contains(&"misrata".to_string()));
    assert!(ids(true).contains(&"misrata_port".to_string()));
}

/// (kind, location id, admin1) of each record of `text` published on `date`.
fn records(text: &str, date: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let date: Date = date.parse().unwrap();
    Analyzer::new()
        .analyze_dated(text, Some(date))
        .records
        .into_iter()
        .map(|r| {
            let (id, admin1) = r.location.map_or((None, None), |l| (l.id, l.admin1));
            (r.kind.as_str().to_string(), id, admin1)
        })
        .collect()
}

#[test]
fn records_still_know_where_the_place_is() {
    // A record told without a place takes the nearest earlier town: the port's town, read
    // from its address (before the convention, from the nested mention of the town).
    let r = records(
        "قصفت مدفعية الكتائب ميناء مصراتة صباح الاثنين. ونجحت سفينة تابعة للهلال الأحمر في \
         إجلاء مئات العمال الأجانب العالقين.",
        "2015-03-10",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("misrata_port"));
    assert_eq!(r[1].0, "humanitarian");
    assert_eq!(r[1].1.as_deref(), Some("misrata"), "{r:?}");
    assert_eq!(r[1].2.as_deref(), Some("Misratah"));

    // A detention centre ranks below a town: the strike is placed at the town written in the
    // centre's name, as before.
    let r = records(
        "استهدفت غارة جوية مركز إيواء المهاجرين في تاجوراء فجر اليوم.",
        "2019-07-05",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "airstrike");
    assert_eq!(r[0].1.as_deref(), Some("tajoura"));
    assert_eq!(r[0].2.as_deref(), Some("Tarabulus"));

    // A shelling with its own place keeps the most specific one, the airport, in its own
    // district (the airport of Tripoli lies in Al Jfarah).
    let r = records(
        "سقطت قذائف صاروخية على مطار طرابلس الدولي مساء الثلاثاء.",
        "2014-07-16",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1.as_deref(), Some("tripoli_international_airport"));
    assert_eq!(r[0].2.as_deref(), Some("Al Jfarah"));
}

#[test]
fn a_neighbourhood_inside_an_area_told_before_is_one_capture() {
    // Hay al-Tayra lies in Ganfouda (the gazetteer's links): the capture of the district and
    // of the neighbourhood inside it, told in two sentences, is one record.
    let r = records(
        "أعلن الجيش سيطرته على منطقة قنفودة غرب بنغازي اليوم. وقال المتحدث إن القوات بسطت \
         سيطرتها على حي الطيرة السكني.",
        "2017-02-01",
    );
    let captures: Vec<_> = r.iter().filter(|x| x.0 == "territory_control").collect();
    assert_eq!(captures.len(), 1, "{r:?}");
    assert_eq!(captures[0].1.as_deref(), Some("ganfouda"));
    assert_eq!(captures[0].2.as_deref(), Some("Banghazi"));
    // Near miss: two neighbourhoods of one city that do not nest stay two captures.
    let r = records(
        "أعلن الجيش سيطرته على منطقة قنفودة غرب بنغازي اليوم. وقال المتحدث إن القوات بسطت \
         سيطرتها على منطقة الصابري وسط المدينة.",
        "2017-02-01",
    );
    let captures: Vec<_> = r.iter().filter(|x| x.0 == "territory_control").collect();
    assert_eq!(captures.len(), 2, "{r:?}");
}
