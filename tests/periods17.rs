//! Titles that depend on the period, session 13 (periods17): every holder class of the
//! bundled data resolves at the document date, designate and former holders, and a title
//! written with a person's name (the name decides). Sentences are the crate's own.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::check;

/// One sentence per holder class, at dates inside each holder's term, and undated.
#[test]
fn holders_by_class_and_date() {
    const PM: &str = "وقال رئيس الحكومة إن موعد الانتخابات لن يتغير";
    const CONGRESS: &str = "وترأس رئيس المؤتمر جلسة مطولة أمس";
    const GOV: &str = "وأعلنت الحكومة الليبية خطة أمنية جديدة للعاصمة";
    const UNITY: &str = "وأصدرت حكومة الوحدة الوطنية قرارا بشأن الرواتب";
    check(&[
        ("PM al-Keib", PM, Some("2012-03-01"), &["abdurrahim_keib"]),
        ("PM Zeidan", PM, Some("2013-05-01"), &["ali_zeidan"]),
        (
            "PM al-Thinni, one government",
            PM,
            Some("2014-04-01"),
            &["abdullah_thani"],
        ),
        ("PM contested with Maiteeq", PM, Some("2014-05-20"), &[]),
        ("PM, two governments", PM, Some("2016-05-01"), &[]),
        (
            "PM Dbeibah, one government",
            PM,
            Some("2021-06-01"),
            &["abdul_hamid_dbeibah"],
        ),
        ("PM, two governments again", PM, Some("2023-06-01"), &[]),
        ("PM undated", PM, None, &[]),
        (
            "cabinet head",
            "وترأس رئيس مجلس الوزراء اجتماعا للوزراء",
            Some("2013-02-01"),
            &["ali_zeidan"],
        ),
        (
            "GNC president 2012",
            CONGRESS,
            Some("2012-10-01"),
            &["mohamed_magariaf"],
        ),
        (
            "GNC president 2014",
            CONGRESS,
            Some("2014-01-15"),
            &["nouri_abusahmain"],
        ),
        ("GNC president undated", CONGRESS, None, &[]),
        (
            "another congress",
            "وقال رئيس المؤتمر الشعبي العام إن الحزب سيشارك",
            Some("2013-01-15"),
            &[],
        ),
        (
            "government 2012",
            GOV,
            Some("2012-03-01"),
            &["keib_government"],
        ),
        (
            "government 2013",
            GOV,
            Some("2013-03-01"),
            &["zeidan_government"],
        ),
        (
            "government 2014",
            GOV,
            Some("2014-04-01"),
            &["interim_government"],
        ),
        ("government, two of them", GOV, Some("2017-04-01"), &[]),
        ("government 2021", GOV, Some("2021-05-01"), &["gnu"]),
        ("government undated", GOV, None, &[]),
        (
            "unity government 2016 is the GNA",
            UNITY,
            Some("2016-05-01"),
            &["gna"],
        ),
        (
            "unity government 2022 is the GNU",
            UNITY,
            Some("2022-05-01"),
            &["gnu"],
        ),
        (
            "unity government 2019: the GNU, the default",
            UNITY,
            Some("2019-05-01"),
            &["gnu"],
        ),
        ("unity government undated: the GNU", UNITY, None, &["gnu"]),
        (
            "LNA chief of staff",
            "وتفقد رئيس أركان الجيش الوطني الليبي الوحدات في الجنوب",
            Some("2017-04-01"),
            &["abdelrazek_nadori", "lna"],
        ),
        (
            "LNA chief of staff 2025",
            "وتفقد رئيس أركان الجيش الوطني الليبي الوحدات في الجنوب",
            Some("2025-10-01"),
            &["khaled_haftar", "lna"],
        ),
        (
            "chief of staff until his death in Dec 2025",
            "وأشرف رئيس الأركان العامة على تخريج دفعة جديدة",
            Some("2025-06-01"),
            &["mohamed_haddad"],
        ),
        (
            "central bank, another wording",
            "وقال محافظ البنك المركزي إن السيولة متوفرة",
            Some("2019-03-01"),
            &["sadiq_al_kabir"],
        ),
        (
            "interior minister 2012",
            "وأكد وزير الداخلية أن الشرطة انتشرت في الأحياء",
            Some("2012-04-01"),
            &["fawzi_abdelali"],
        ),
        (
            "interior minister, another country",
            "وأكد وزير الداخلية التونسي أن الحدود مؤمنة",
            Some("2012-04-01"),
            &[],
        ),
        (
            "foreign minister 2012",
            "وبحث وزير الخارجية ملف الأرصدة المجمدة",
            Some("2012-06-01"),
            &["ashour_bin_khayal"],
        ),
        (
            "personal representative of the SG",
            "وقال الممثل الشخصي للأمين العام للأمم المتحدة في ليبيا إن الحوار مستمر",
            Some("2015-06-01"),
            &["bernardino_leon", "libya", "united_nations"],
        ),
    ]);
}

/// `المنتخب`/`الجديد`/`المكلف`: the holder taking office, not the sitting one; `السابق`: a
/// former holder, who is no mention unless named.
#[test]
fn designate_new_and_former_holders() {
    const ELECT: &str = "وقال رئيس الوزراء المنتخب إنه سيعلن تشكيلته قريبا";
    const NEW_ENVOY: &str = "ووصل المبعوث الأممي الجديد إلى العاصمة أمس";
    const DESIGNATE: &str = "وقال رئيس الحكومة المكلف من مجلس النواب إن حكومته جاهزة";
    check(&[
        (
            "PM-elect Abushagur",
            ELECT,
            Some("2012-09-20"),
            &["mustafa_abushagur"],
        ),
        (
            "PM-elect Zeidan",
            ELECT,
            Some("2012-10-20"),
            &["ali_zeidan"],
        ),
        ("no one elect", ELECT, Some("2013-09-01"), &[]),
        ("elect undated", ELECT, None, &[]),
        (
            "a title the data has no designate form of: the holder to come",
            "وتعهد رئيس مجلس الوزراء الجديد بتوحيد المؤسسات",
            Some("2012-10-20"),
            &["ali_zeidan"],
        ),
        (
            "governor approved, not yet in office",
            "وتعهد محافظ المصرف المركزي الجديد بتوحيد الإدارات",
            Some("2024-09-30"),
            &["naji_issa", "central_bank_of_libya"],
        ),
        (
            "new envoy in office lately",
            NEW_ENVOY,
            Some("2022-10-20"),
            &["abdoulaye_bathily"],
        ),
        ("no new envoy", NEW_ENVOY, Some("2019-06-01"), &[]),
        (
            "designate Bashagha",
            DESIGNATE,
            Some("2022-05-01"),
            &["fathi_bashagha", "house_of_representatives"],
        ),
        (
            "designate Hammad",
            DESIGNATE,
            Some("2024-01-10"),
            &["osama_hammad", "house_of_representatives"],
        ),
        (
            "designate Dbeibah",
            "وقال رئيس الحكومة المكلف إنه سيقدم التشكيلة للبرلمان",
            Some("2021-02-20"),
            &["abdul_hamid_dbeibah", "house_of_representatives"],
        ),
        (
            "former head of the mission, unnamed",
            "ووصف رئيس البعثة الأممية السابق المشهد بالمعقد",
            Some("2020-09-16"),
            &["unsmil"],
        ),
        (
            "dismissed chairman, unnamed",
            "ورفض رئيس المؤسسة الوطنية للنفط المقال القرار",
            Some("2022-07-20"),
            &["national_oil_corporation"],
        ),
        (
            "former council head, unnamed",
            "وزار رئيس المجلس الرئاسي السابق مدينة مصراتة",
            Some("2023-03-01"),
            &["presidential_council", "misrata"],
        ),
    ]);
}

/// A title written with a person's name: the name decides, whoever holds the title.
#[test]
fn title_with_a_name_the_name_decides() {
    check(&[
        (
            "former head named after the title",
            "وكان رئيس البعثة الأممية السابق غسان سلامة قد استقال لأسباب صحية",
            Some("2020-09-16"),
            &["unsmil", "ghassan_salame"],
        ),
        (
            "holder named after the title",
            "وقال رئيس المجلس الرئاسي محمد المنفي إن المصالحة أولوية",
            Some("2022-01-10"),
            &["presidential_council", "mohamed_menfi"],
        ),
        (
            "a name after a title it is no longer his",
            "وقال رئيس المجلس الرئاسي فائز السراج إن المصالحة أولوية",
            Some("2022-01-10"),
            &["presidential_council", "fayez_sarraj"],
        ),
        (
            "a name set off before the title by a comma",
            "وحضر محمد المنفي، رئيس المجلس الرئاسي، افتتاح المؤتمر",
            Some("2021-02-20"),
            &["mohamed_menfi", "presidential_council"],
        ),
        (
            "suspended head of a designated government, named",
            "وقال رئيس الحكومة المكلفة من مجلس النواب الموقوف، فتحي باشاغا، إنه سيطعن",
            Some("2023-06-01"),
            // (The government the HoR named is the GNS from March 2022: ent29.)
            &[
                "fathi_bashagha",
                "government_of_national_stability",
                "house_of_representatives",
            ],
        ),
        (
            "the person after the title is its object: the title stays",
            "واستقبل رئيس المجلس الرئاسي السفير الأمريكي ريتشارد نورلاند في طرابلس",
            Some("2022-01-10"),
            &[
                "presidential_council",
                "mohamed_menfi",
                "richard_norland",
                "tripoli",
            ],
        ),
    ]);
}
