//! Titles that depend on the period, session 14 (per18): a title that is the complement of
//! another person's (deputy, adviser, the holder's envoy) names nobody; a body that the date
//! alone resolves, written inside an office, is the holder's own; the deputy UN envoys;
//! «الحكومة الليبية المؤقتة» of each year; chiefs of staff and defence ministers of 2012–2019.
//! Sentences are the crate's own.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::check;

/// Class (d): an office written as the complement of another title is that other person's
/// title; the office's holder is not mentioned (the body inside still is).
#[test]
fn office_under_another_title_names_nobody() {
    check(&[
        (
            "deputy head of the council",
            "وزار نائب رئيس المجلس الرئاسي مدينة غريان صباح اليوم",
            Some("2018-03-10"),
            &["presidential_council", "gharyan"],
        ),
        (
            "control: the head himself",
            "وزار رئيس المجلس الرئاسي مدينة غريان صباح اليوم",
            Some("2018-03-10"),
            &["fayez_sarraj", "presidential_council", "gharyan"],
        ),
        (
            "first deputy of the congress, with ل",
            "ودعا النائب الأول لرئيس المؤتمر الوطني العام إلى جلسة طارئة",
            Some("2013-02-10"),
            &["general_national_congress"],
        ),
        (
            "second deputy, feminine form and و",
            "وحضرت ونائبة رئيس المجلس الرئاسي الاجتماع",
            Some("2019-05-01"),
            &["presidential_council"],
        ),
        (
            "adviser to the prime minister",
            "وصرح مستشار رئيس حكومة الوحدة الوطنية بأن الرواتب ستصرف",
            Some("2022-06-01"),
            &["gnu"],
        ),
        (
            "the Secretary-General's special representative (feminine, with ل)",
            "وقالت الممثلة الخاصة للأمين العام للأمم المتحدة إن الحوار مستمر",
            Some("2025-04-01"),
            &["united_nations"],
        ),
        (
            "control: the Secretary-General himself",
            "وقال الأمين العام للأمم المتحدة إن الحوار مستمر",
            Some("2025-04-01"),
            &["antonio_guterres", "united_nations"],
        ),
    ]);
}

/// Class (a): the deputy heads of the UN mission hold a title of their own in their years;
/// outside them the deputy's title names nobody (not the envoy).
#[test]
fn deputy_un_envoys_by_date() {
    const DEPUTY: &str = "والتقت نائبة المبعوث الأممي وفدا من أعيان الجنوب";
    check(&[
        (
            "Williams as deputy",
            DEPUTY,
            Some("2019-02-11"),
            &["stephanie_williams"],
        ),
        (
            "Koury as deputy before she led the mission",
            DEPUTY,
            Some("2024-04-08"),
            &["stephanie_koury"],
        ),
        ("no deputy held as sure", DEPUTY, Some("2023-01-15"), &[]),
        ("undated", DEPUTY, None, &[]),
        (
            "the envoy himself in Williams's deputy years",
            "والتقى المبعوث الأممي وفدا من أعيان الجنوب",
            Some("2019-02-11"),
            &["ghassan_salame"],
        ),
    ]);
}

/// Class (e): a name the date alone resolves, written inside an office, is the holder's
/// own body: the Tripoli chief of staff's army is not the LNA, the GNA's head in 2018 is
/// not the GNU's, the PM-elect's government is not the outgoing one.
#[test]
fn date_resolved_body_inside_an_office_is_the_holders() {
    check(&[
        (
            "Tripoli chief of staff",
            "واستقبل رئيس الأركان العامة للجيش الليبي وفدا عسكريا أجنبيا",
            Some("2022-09-14"),
            &["mohamed_haddad"],
        ),
        (
            "the LNA named on its own in the same years",
            "وأعلن الجيش الليبي سيطرته على المعبر",
            Some("2022-09-14"),
            &["lna"],
        ),
        (
            "al-Sarraj as head of the unity government, 2018",
            "وأصدر رئيس حكومة الوحدة الوطنية قرارا بتشكيل لجنة للأزمة",
            Some("2018-07-02"),
            &["fayez_sarraj"],
        ),
        (
            "Dbeibah and his government, 2022",
            "وأصدر رئيس حكومة الوحدة الوطنية قرارا بتشكيل لجنة للأزمة",
            Some("2022-07-02"),
            &["abdul_hamid_dbeibah", "gnu"],
        ),
        (
            "PM-elect",
            "وتعهد رئيس الحكومة الليبية المنتخب بضم المقاتلين إلى الجيش",
            Some("2012-10-20"),
            &["ali_zeidan"],
        ),
        (
            "control: the sitting PM and his government",
            "وتعهد رئيس الحكومة الليبية بضم المقاتلين إلى الجيش",
            Some("2013-04-20"),
            &["ali_zeidan", "zeidan_government"],
        ),
    ]);
}

/// Class (b): «الحكومة الليبية المؤقتة» is al-Keib's government in 2011–12, Zeidan's in
/// 2012–14, al-Thinni's from 2014 (and undated); before al-Keib took office it names nobody.
#[test]
fn interim_government_name_by_year() {
    const GOV: &str = "وأعلنت الحكومة الليبية المؤقتة خطة لجمع السلاح";
    check(&[
        ("before al-Keib's cabinet", GOV, Some("2011-10-28"), &[]),
        ("al-Keib", GOV, Some("2012-04-01"), &["keib_government"]),
        ("Zeidan", GOV, Some("2013-04-01"), &["zeidan_government"]),
        (
            "al-Thinni",
            GOV,
            Some("2017-04-01"),
            &["interim_government"],
        ),
        ("undated: the default", GOV, None, &["interim_government"]),
        (
            "short form in Zeidan's year",
            "وقالت الحكومة المؤقتة إن الموانئ ستفتح",
            Some("2013-09-20"),
            &["zeidan_government"],
        ),
    ]);
}

/// Class (a): chiefs of staff and defence ministers of 2012–2019 whose terms are sure.
#[test]
fn chiefs_of_staff_and_defence_ministers() {
    const STAFF: &str = "وأكد رئيس الأركان العامة أن الجيش سيتسلم المعسكرات";
    const DEFENCE: &str = "وتفقد وزير الدفاع كتيبة حرس الحدود";
    check(&[
        (
            "al-Mangoush until his resignation",
            STAFF,
            Some("2013-06-05"),
            &["yousef_mangoush"],
        ),
        (
            "Jadallah al-Obeidi",
            STAFF,
            Some("2013-11-20"),
            &["abdulsalam_jadallah_obeidi"],
        ),
        (
            "al-Tawil",
            STAFF,
            Some("2018-06-01"),
            &["abdulrahman_tawil"],
        ),
        (
            "al-Sharif",
            STAFF,
            Some("2019-10-01"),
            &["mohamed_ali_sharif"],
        ),
        ("al-Haddad", STAFF, Some("2023-10-01"), &["mohamed_haddad"]),
        ("gap after al-Mangoush", STAFF, Some("2013-07-15"), &[]),
        (
            "al-Bargathi",
            DEFENCE,
            Some("2013-03-01"),
            &["mohamed_bargathi_def"],
        ),
        (
            "al-Thinni",
            DEFENCE,
            Some("2013-12-01"),
            &["abdullah_thani"],
        ),
        ("vacancy of July 2013", DEFENCE, Some("2013-07-20"), &[]),
        (
            "GNC president in the acting weeks of June 2013",
            "وافتتح رئيس المؤتمر الوطني العام الجلسة",
            Some("2013-06-10"),
            &["general_national_congress"],
        ),
        (
            "Abusahmain after his election",
            "وافتتح رئيس المؤتمر الوطني العام الجلسة",
            Some("2013-07-10"),
            &["nouri_abusahmain", "general_national_congress"],
        ),
    ]);
}

/// Class (d): a title followed by a designate, suspended or parallel word is another
/// holder's than the one of the date; the designate's own office, where the data has one,
/// is the longer title and still names him.
#[test]
fn designate_suspended_and_parallel_titles() {
    check(&[
        (
            "parallel PM, one government in office",
            "واتهم رئيس الحكومة الموازية خصومه بتعطيل الميزانية",
            Some("2013-05-01"),
            &[],
        ),
        (
            "designate while another sits",
            "وقدم رئيس الوزراء المكلف قائمة وزرائه",
            Some("2021-06-01"),
            &[],
        ),
        (
            "the designate's own office",
            "وقدم رئيس الوزراء المكلف قائمة وزرائه",
            Some("2022-03-01"),
            &["fathi_bashagha"],
        ),
        (
            "acting head of the mission is the acting holder",
            "وقالت رئيسة البعثة الأممية بالإنابة إن المحادثات ستستأنف",
            Some("2020-06-01"),
            &["stephanie_williams", "unsmil"],
        ),
    ]);
}

/// Class (a): heads named by a short or army title in their years.
#[test]
fn council_of_state_army_commander_and_supreme_commander() {
    const HCS: &str = "وبحث رئيس مجلس الدولة ملف القوانين الانتخابية";
    const ARMY: &str = "وتفقد قائد الجيش الليبي غرفة العمليات";
    const SUPREME: &str = "وأصدر القائد الأعلى للجيش الليبي قرارا بترقية ضباط";
    check(&[
        (
            "al-Swehli",
            HCS,
            Some("2017-02-01"),
            &["abdulrahman_swehli", "high_council_of_state"],
        ),
        (
            "al-Mishri",
            HCS,
            Some("2020-02-01"),
            &["khaled_mishri", "high_council_of_state"],
        ),
        (
            "Takala",
            HCS,
            Some("2024-02-01"),
            &["mohamed_takala", "high_council_of_state"],
        ),
        (
            "the disputed presidency after August 2024",
            HCS,
            Some("2024-10-01"),
            &["high_council_of_state"],
        ),
        (
            "Haftar as commander",
            ARMY,
            Some("2019-05-01"),
            &["khalifa_haftar", "lna"],
        ),
        (
            "Gaddafi's army in 2011",
            ARMY,
            Some("2011-04-01"),
            &["gaddafi_loyalists"],
        ),
        ("al-Menfi", SUPREME, Some("2022-05-01"), &["mohamed_menfi"]),
    ]);
}
