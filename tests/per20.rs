//! Titles and names that depend on the period, session 16 (per20): a generic name that meant
//! another body before the entity was formed (self-bounded names: the LNA's «الجيش الوطني
//! الليبي» in 2011–2013 is the state army being built), aliases whose meaning changes with
//! the date (2011 «القوات الحكومية», the 2014–2016 «برلمان طرابلس», «حكومة المجلس الرئاسي»),
//! title wordings of the NTC leader and of the Arab League and UN secretaries-general, and
//! holder chains filled with sure dates. Sentences are the crate's own.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::check;
use libya_nlp::gazetteer::{Entity, EntityKind, FindOptions, Gazetteer};
use libya_nlp::Date;

/// The mechanism: a name an entity writes both plain and with a period of its own is bounded
/// by that period in dated documents and stays the entity's in undated ones. A name written
/// only with a period never matches undated (control).
#[test]
fn a_name_written_plain_and_with_a_period_is_self_bounded() {
    let mut army = Entity::new(
        "army",
        EntityKind::Organization,
        "armed_group",
        "A",
        "جيش الوطن",
    );
    army.aliases.push("جيش الوطن@2014..".into());
    army.aliases.push("قوات الوطن@2014..".into());
    let g = Gazetteer::builder().entity(army).build().unwrap();
    let ids = |text: &str, d: Option<&str>| -> Vec<String> {
        let o = FindOptions::default().with_date(d.map(|d| d.parse::<Date>().unwrap()));
        g.find_with(text, &o).into_iter().map(|m| m.id).collect()
    };
    let text = "أعلن جيش الوطن أمس بدء التدريب";
    assert!(ids(text, Some("2012-05-01")).is_empty());
    assert_eq!(ids(text, Some("2016-05-01")), ["army"]);
    assert_eq!(ids(text, None), ["army"]);
    // Only with a period: dated inside it, never undated.
    let text = "تقدمت قوات الوطن نحو الجسر";
    assert_eq!(ids(text, Some("2016-05-01")), ["army"]);
    assert!(ids(text, Some("2012-05-01")).is_empty());
    assert!(ids(text, None).is_empty());
}

/// Class: the LNA's generic names before 2014 name the NTC/GNC state army being formed,
/// which has no entry: nothing. From 2014 and undated they are the LNA.
#[test]
fn the_national_army_before_the_lna_names_nobody() {
    const FULL: &str = "وقرر المجلس ضم مئات المقاتلين إلى الجيش الوطني الليبي خلال أشهر";
    const SHORT: &str = "ودعا الوزير الشبان إلى الالتحاق بالجيش الوطني في المعسكرات";
    check(&[
        ("full name, 2012", FULL, Some("2012-02-10"), &[]),
        ("full name, 2013", FULL, Some("2013-09-01"), &[]),
        ("full name, 2017", FULL, Some("2017-04-02"), &["lna"]),
        ("full name, undated", FULL, None, &["lna"]),
        ("short name, 2011", SHORT, Some("2011-08-20"), &[]),
        ("short name, 2019", SHORT, Some("2019-01-15"), &["lna"]),
        ("short name, undated", SHORT, None, &["lna"]),
        (
            "control: «الجيش الليبي» in the spring of 2011 is Gaddafi's",
            "وقصف الجيش الليبي مواقع المعارضين قرب الميناء",
            Some("2011-04-02"),
            &["gaddafi_loyalists"],
        ),
    ]);
}

/// Class: aliases whose meaning changes with the date.
#[test]
fn aliases_that_change_with_the_date() {
    const FORCES: &str = "وقالت مصادر محلية إن القوات الحكومية قصفت الأحياء الشرقية بالمدفعية";
    const RUMP: &str = "ورفض برلمان طرابلس نتائج جولة الحوار الأخيرة";
    const PC_GOV: &str = "وقال وزير الصحة في حكومة المجلس الرئاسي إن المستشفيات تحتاج إلى دعم";
    check(&[
        (
            "government forces in 2011 are Gaddafi's",
            FORCES,
            Some("2011-05-12"),
            &["gaddafi_loyalists"],
        ),
        (
            "government forces later: no entry",
            FORCES,
            Some("2016-10-01"),
            &[],
        ),
        ("government forces undated", FORCES, None, &[]),
        (
            "the Tripoli parliament of 2015 is the rump GNC",
            RUMP,
            Some("2015-07-20"),
            &["general_national_congress"],
        ),
        (
            "after April 2016 only the city is named",
            RUMP,
            Some("2019-07-20"),
            &["tripoli"],
        ),
        (
            "the Presidential Council's government in 2018",
            PC_GOV,
            Some("2018-03-05"),
            &["gna", "presidential_council"],
        ),
        (
            "after the GNU took over the council alone",
            PC_GOV,
            Some("2023-03-05"),
            &["presidential_council"],
        ),
    ]);
}

/// Class: title wordings — the NTC «leader», the Arab League's and the UN's
/// secretaries-general written «للجامعة العربية» and «للمنظمة الدولية», Gaddafi as «the
/// Libyan leader» while he ruled.
#[test]
fn title_wordings_name_the_holder_of_the_date() {
    const NTC: &str = "وأكد زعيم المجلس الوطني الانتقالي أن الانتخابات ستجرى في موعدها";
    const LEAGUE: &str = "وبحث الأمين العام للجامعة العربية مع الوفد سبل وقف القتال";
    const LEAGUE_INDEF: &str = "واستقبل أمين عام جامعة الدول العربية وفدا من الجنوب";
    const UN: &str = "وطالب الأمين العام للمنظمة الدولية بفتح ممرات آمنة للمدنيين";
    const LEADER: &str = "واتهم الزعيم الليبي في خطاب متلفز الدول الغربية بالتآمر";
    check(&[
        (
            "NTC leader, 2011",
            NTC,
            Some("2011-09-03"),
            &["mustafa_abdul_jalil", "national_transitional_council"],
        ),
        (
            "NTC leader after the handover: the council only",
            NTC,
            Some("2013-02-01"),
            &["national_transitional_council"],
        ),
        (
            "Arab League SG, 2010",
            LEAGUE,
            Some("2010-12-01"),
            &["amr_moussa", "arab_league"],
        ),
        (
            "Arab League SG, 2014",
            LEAGUE,
            Some("2014-12-01"),
            &["nabil_elaraby", "arab_league"],
        ),
        (
            "Arab League SG, 2019",
            LEAGUE,
            Some("2019-12-01"),
            &["ahmed_aboul_gheit", "arab_league"],
        ),
        ("Arab League SG, undated", LEAGUE, None, &["arab_league"]),
        (
            "Arab League SG without the article, 2015",
            LEAGUE_INDEF,
            Some("2015-03-01"),
            &["nabil_elaraby", "arab_league"],
        ),
        ("UN SG, 2015", UN, Some("2015-06-01"), &["ban_ki_moon"]),
        ("UN SG, 2020", UN, Some("2020-06-01"), &["antonio_guterres"]),
        ("UN SG, undated", UN, None, &[]),
        (
            "the Libyan leader in 2011",
            LEADER,
            Some("2011-03-25"),
            &["muammar_gaddafi"],
        ),
        (
            "the Libyan leader after 2011",
            LEADER,
            Some("2015-03-25"),
            &[],
        ),
    ]);
}

/// Class: holder chains filled with sure dates (NOC chairman and CBL governor in the other
/// wordings of their bodies, the Libyan foreign minister of 2011 and 2013; the GNC president
/// after the acting weeks of June 2013). Outside the bounds, and between contested tenures,
/// nobody.
#[test]
fn holder_chains_by_date() {
    const NOC: &str = "وأكد رئيس مؤسسة النفط أن الإنتاج عاد إلى مستواه";
    const CBL: &str = "وقال محافظ المصرف الليبي المركزي إن السيولة متوفرة";
    const FM: &str = "واستقبل وزير الخارجية الليبي سفراء الدول الأوروبية";
    const GNC: &str = "ودعا رئيس المؤتمر الوطني العام الأعضاء إلى جلسة طارئة";
    check(&[
        (
            "NOC, 2018",
            NOC,
            Some("2018-06-01"),
            &["mustafa_sanalla", "national_oil_corporation"],
        ),
        (
            "NOC, 2023",
            NOC,
            Some("2023-06-01"),
            &["farhat_bengdara", "national_oil_corporation"],
        ),
        (
            "NOC, 2025",
            NOC,
            Some("2025-06-01"),
            &["masoud_suleiman", "national_oil_corporation"],
        ),
        ("NOC undated", NOC, None, &["national_oil_corporation"]),
        (
            "CBL, 2016",
            CBL,
            Some("2016-06-01"),
            &["sadiq_al_kabir", "central_bank_of_libya"],
        ),
        (
            "CBL, 2025",
            CBL,
            Some("2025-06-01"),
            &["naji_issa", "central_bank_of_libya"],
        ),
        (
            "FM, June 2011",
            FM,
            Some("2011-06-15"),
            &["abdelati_obeidi"],
        ),
        ("FM, 2013", FM, Some("2013-06-15"), &["mohamed_abdelaziz"]),
        ("FM, 2016: rival governments", FM, Some("2016-06-15"), &[]),
        (
            "GNC, 2014: Abusahmain",
            GNC,
            Some("2014-02-10"),
            &["nouri_abusahmain", "general_national_congress"],
        ),
    ]);
}
