//! Titles and names that depend on the period, session 15 (per19): spokesmen's titles in the
//! wordings news uses for them (الناطق / المتحدث (الرسمي) باسم … with the institution
//! written in several ways), a surname bound to the holder of its period (المنقوش), heads of
//! the interim governments of 2011–2014, delegated and designate ministers, ministers written
//! with «في حكومة …», and foreign ministers and heads of government of 2022–2025. A title
//! with no name and no date names nobody. Sentences are the crate's own.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::check;

/// Class (a): the LNA spokesman's office in every wording: الناطق or المتحدث, الرسمي or not,
/// the army written «الجيش الليبي الوطني» or the General Command. «The commander's spokesman»
/// is left to the commander's own office (labellers count the commander there).
#[test]
fn lna_spokesman_in_every_wording() {
    const WORD_ORDER: &str = "وأوضح الناطق باسم الجيش الليبي الوطني أن الطرق الساحلية مفتوحة";
    const COMMAND: &str = "وقال الناطق الرسمي باسم القيادة العامة إن الوحدات عادت إلى مواقعها";
    const COMMANDER: &str = "ونفى المتحدث باسم القائد العام للجيش الليبي أي انسحاب من المدينة";
    check(&[
        (
            "nisba before الوطني",
            WORD_ORDER,
            Some("2019-06-01"),
            &["ahmed_mismari", "lna"],
        ),
        (
            "before his office (and before the LNA)",
            WORD_ORDER,
            Some("2013-05-01"),
            &[],
        ),
        ("undated", WORD_ORDER, None, &["lna"]),
        (
            "the General Command, official spokesman",
            COMMAND,
            Some("2020-01-10"),
            &["ahmed_mismari", "lna"],
        ),
        ("the General Command, undated", COMMAND, None, &["lna"]),
        (
            "the commander's spokesman: the commander's own office names him",
            COMMANDER,
            Some("2018-03-03"),
            &["khalifa_haftar", "lna"],
        ),
        (
            "control: «the Libyan army» alone is shared with the GNA's spokesman",
            "وقال المتحدث باسم الجيش الليبي إن الطيران قصف مخزنا للذخيرة",
            Some("2019-09-01"),
            &["lna"],
        ),
    ]);
}

/// Class (a): the spokesmen of the House, of the unity government and of the GNA's forces,
/// each in his years; outside them the title names nobody.
#[test]
fn other_spokesmen_by_date() {
    const HOUSE: &str = "وأعلن المتحدث باسم مجلس النواب تأجيل الجلسة إلى الأسبوع المقبل";
    const GNU: &str = "ونفى الناطق باسم حكومة الوحدة الوطنية صحة ما نشر عن الرواتب";
    check(&[
        (
            "House spokesman",
            HOUSE,
            Some("2021-05-03"),
            &["abdullah_belheeg", "house_of_representatives"],
        ),
        (
            "House spokesman before the bound",
            HOUSE,
            Some("2015-05-03"),
            &["house_of_representatives"],
        ),
        (
            "unity government spokesman",
            GNU,
            Some("2023-02-01"),
            &["mohamed_hammouda", "gnu"],
        ),
        (
            "GNA forces' spokesman in the 2019 war",
            "وأكد المتحدث باسم قوات حكومة الوفاق صد الهجوم على المطار",
            Some("2019-10-01"),
            &["mohamed_gununu", "gna"],
        ),
    ]);
}

/// Class (c): a surname shared by two holders names the one of the date: al-Mangoush is the
/// chief of staff in 2012–13 and the foreign minister otherwise (her name is the default); a
/// family name news uses alone for an office holder names him only in his term.
#[test]
fn surname_bound_to_the_holder_of_its_period() {
    const SURNAME: &str = "وأكد المنقوش أن الأركان ستضم الكتائب إلى الوحدات النظامية";
    check(&[
        (
            "chief of staff, 2012",
            SURNAME,
            Some("2012-05-10"),
            &["yousef_mangoush"],
        ),
        (
            "foreign minister, 2022",
            SURNAME,
            Some("2022-05-10"),
            &["najla_mangoush"],
        ),
        ("undated: the default", SURNAME, None, &["najla_mangoush"]),
        (
            "the NTC chairman by his family name, 2011",
            "وأكد عبد الجليل أن المجلس سينتقل إلى العاصمة قريبا",
            Some("2011-08-25"),
            &["mustafa_abdul_jalil"],
        ),
        (
            "the same family name after the NTC",
            "وأكد عبد الجليل أن المجلس سينتقل إلى العاصمة قريبا",
            Some("2016-08-25"),
            &[],
        ),
        (
            "the same family name, undated",
            "وأكد عبد الجليل أن المجلس سينتقل إلى العاصمة قريبا",
            None,
            &[],
        ),
    ]);
}

/// Class (g): the heads of the interim governments before al-Thinni's second cabinet, under
/// «رئيس الحكومة (الليبية) المؤقتة».
#[test]
fn interim_government_heads_by_year() {
    const HEAD: &str = "واجتمع رئيس الحكومة المؤقتة بوفد من أعيان الجنوب";
    check(&[
        (
            "al-Keib",
            HEAD,
            Some("2012-03-01"),
            &["abdurrahim_keib", "keib_government"],
        ),
        (
            "Zeidan",
            HEAD,
            Some("2013-06-01"),
            &["ali_zeidan", "zeidan_government"],
        ),
        (
            "al-Thinni",
            HEAD,
            Some("2016-06-01"),
            &["abdullah_thani", "interim_government"],
        ),
        ("before al-Keib", HEAD, Some("2011-10-01"), &[]),
        (
            "undated: the government's default meaning only",
            HEAD,
            None,
            &["interim_government"],
        ),
    ]);
}

/// Class (g): delegated (`المفوض`) and designate (`المكلف`) ministers hold the title of
/// their own office; a minister written «في حكومة …» is the one written «بحكومة …».
#[test]
fn delegated_designate_and_government_wordings() {
    const DELEGATED: &str = "واستقبل وزير الداخلية المفوض وفدا أمنيا من الجنوب";
    const DESIGNATE: &str = "وتفقد وزير الداخلية المكلف بوابة أمنية غرب العاصمة";
    check(&[
        (
            "delegated interior minister of the GNA",
            DELEGATED,
            Some("2019-08-01"),
            &["fathi_bashagha"],
        ),
        ("before his term", DELEGATED, Some("2016-08-01"), &[]),
        (
            "designate interior minister of the GNU",
            DESIGNATE,
            Some("2024-01-10"),
            &["emad_trabelsi"],
        ),
        ("designate, undated", DESIGNATE, None, &[]),
        (
            "«في حكومة الوفاق»",
            "وقال وزير الداخلية في حكومة الوفاق إن الأجهزة الأمنية جاهزة",
            Some("2020-02-01"),
            &["fathi_bashagha", "gna"],
        ),
        (
            "oil minister of Zeidan's cabinet",
            "وقال وزير النفط إن الحقول عادت إلى الإنتاج",
            Some("2013-06-01"),
            &["abdulbari_arusi"],
        ),
        (
            "another country's oil minister",
            "وقال وزير النفط السعودي إن الأسواق مستقرة",
            Some("2013-06-01"),
            &[],
        ),
    ]);
}

/// Class (g): foreign ministers and heads of government active on Libya, by date.
#[test]
fn foreign_offices_by_date() {
    const FRENCH: &str = "وأجرى وزير الخارجية الفرنسي اتصالا هاتفيا بنظيره الليبي";
    const BRITISH: &str = "وزار وزير الخارجية البريطاني طرابلس في جولة قصيرة";
    check(&[
        ("Barrot", FRENCH, Some("2025-03-01"), &["jean_noel_barrot"]),
        (
            "Le Drian",
            FRENCH,
            Some("2020-03-01"),
            &["jean_yves_le_drian"],
        ),
        ("undated", FRENCH, None, &[]),
        (
            "Cameron as foreign secretary",
            BRITISH,
            Some("2024-02-01"),
            &["david_cameron", "tripoli"],
        ),
        (
            "Lammy",
            BRITISH,
            Some("2025-01-15"),
            &["david_lammy", "tripoli"],
        ),
        (
            "Italian president",
            "وبعث الرئيس الإيطالي برقية تعزية إلى الشعب الليبي",
            Some("2023-09-14"),
            &["sergio_mattarella"],
        ),
        (
            "British prime minister, 2023",
            "وقال رئيس الوزراء البريطاني إن بلاده ستدعم خفر السواحل",
            Some("2023-06-01"),
            &["rishi_sunak"],
        ),
    ]);
}
