//! Coverage of names real Libyan news uses (session 22, issue 11): the rows `cov26` appends to
//! `data/gazetteer.tsv` and the names it adds to existing rows. Classes:
//!
//! - oil fields of the Marada basin and of Zella named in the 2015-2016 attacks (Waha, Samah,
//!   Beida, Tibesti, Ghani), coded to the town news places them by; their bare names are words,
//!   a city or a mountain range and stay unmatched;
//! - migrant detention centres of the DCIM not yet listed (Brak, Qatrun, Zuwara, Tariq
//!   al-Matar, Ain Zara, Zliten, Tariq al-Shok, Shara al-Zawiya), the DCIM's short and 2013
//!   names, and migration officials;
//! - a Benghazi brigade of 2011-2014, commanders and spokesmen, the LNA's Greater Sirte room;
//! - names added to existing rows: spellings of Abu Hadi (ambiguous, after a place noun),
//!   Ouagadougou, Tamanhint, Abu Khattala; Sirte's numbered districts written in words; the
//!   LNA's general command with `الليبية`; Derna's shura council as `ثوار درنة`; LANA described;
//!   the Sabratha room with `تنظيم الدولة`; the Ajdabiya hospital without `الشهيد`.
//!
//! Sentences are written for this test in news style (invented, not taken from any page or
//! gold set); near misses stay unmatched.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::check;

#[test]
fn oil_fields() {
    check(&[
        (
            "two Marada-basin fields",
            "وأخلت الشركة حقل الواحة وحقل السماح من العاملين بعد تهديدات",
            None,
            &["waha_oilfield", "samah_oilfield"],
        ),
        (
            "the Beida field is not the city",
            "وتعرض حقل البيضاء لهجوم فجر اليوم",
            None,
            &["beida_oilfield"],
        ),
        (
            "Tibesti with the y spelling",
            "وهاجم مسلحون حقل تيبيستي النفطي",
            None,
            &["tibesti_oilfield"],
        ),
        (
            "the Ghani field by Zella",
            "وقتل ثمانية حراس في هجوم على حقل الغاني قرب زلة",
            None,
            &["ghani_oilfield", "zella"],
        ),
        (
            "near miss: permission is no field",
            "ورفضت السلطات السماح بدخول الشاحنات",
            None,
            &[],
        ),
        (
            "near miss: the oasis is no field",
            "ووصل الوفد إلى الواحة مساء أمس",
            None,
            &[],
        ),
    ]);
}

#[test]
fn detention_centres_and_migration_officials() {
    check(&[
        (
            "a Tripoli centre by its road",
            "ونقل الرجال إلى مركز إيواء طريق المطار",
            None,
            &["tariq_al_matar_detention_centre"],
        ),
        (
            "the DCIM by its short name",
            "وقال جهاز مكافحة الهجرة في بيان إنه رحل مئتي مهاجر",
            None,
            &["dcim"],
        ),
        (
            "the department's 2013 name",
            "وأعلنت الإدارة العامة لمكافحة الهجرة غير الشرعية ترحيل مهاجرين",
            None,
            &["dcim"],
        ),
        (
            "the DCIM head with his title",
            "وقال رئيس جهاز مكافحة الهجرة غير الشرعية العميد محمد بشر إن المراكز مكتظة",
            None,
            &["dcim", "mohamed_bishr"],
        ),
        (
            "the undersecretary for migration",
            "والتقى محمد الشيباني وكيل وزارة الداخلية لشؤون الهجرة غير الشرعية وفدا أوروبيا",
            None,
            &["mohamed_shibani", "ministry_of_interior"],
        ),
    ]);
}

#[test]
fn sirte_and_base_spellings() {
    check(&[
        (
            "Abu Hadi joined, after a place noun",
            "وسيطرت القوات على منطقة أبوهادي جنوب سرت",
            None,
            &["qasr_abu_hadi", "sirte"],
        ),
        (
            "near miss: Abu Hadi as a kunya",
            "وكتب أبوهادي على صفحته أن الوضع هادئ",
            None,
            &[],
        ),
        (
            "a numbered district in words",
            "وتقدمت القوات داخل الحي السكني رقم واحد",
            None,
            &["sirte_district_1"],
        ),
        (
            "Ouagadougou with q",
            "وتحصن المسلحون في قاعات اوقادوقو",
            None,
            &["ouagadougou_center"],
        ),
        (
            "Tamanhint misspelt",
            "ووقعت اشتباكات في قاعدة تمنهت الجوية",
            None,
            &["tamanhint_airbase"],
        ),
    ]);
}

#[test]
fn actors() {
    check(&[
        (
            "the LNA command with its nisba",
            "وقالت القيادة العامة للقوات المسلحة الليبية في بيان إن قواتها تقدمت",
            None,
            &["lna"],
        ),
        (
            "near miss: another army's command",
            "وأصدرت القيادة العامة للقوات المسلحة بيانا عن مناورات بحرية",
            None,
            &[],
        ),
        (
            "Derna's council as revolutionaries",
            "وقتل قيادي في مجلس شورى ثوار درنة",
            None,
            &["derna_mujahideen_shura_council"],
        ),
        (
            "LANA described",
            "ونقلت وكالة الأنباء الرسمية الليبية عن مصادر طبية",
            None,
            &["libya_news_agency"],
        ),
        (
            "the Sabratha room with the State",
            "وأعلنت غرفة عمليات محاربة تنظيم الدولة سيطرتها على وسط المدينة",
            None,
            &["sabratha_anti_isis_room"],
        ),
        (
            "the LNA's Greater Sirte room",
            "وتصدت غرفة عمليات سرت الكبرى للهجوم",
            None,
            &["greater_sirte_operations_room", "sirte"],
        ),
        (
            "a Benghazi brigade of 2011",
            "وأحرق مقر في معسكر كتيبة الفضيل بوعمر",
            None,
            &["fadhil_bu_omar_brigade"],
        ),
        (
            "the 116th's commander",
            "وقاد مسعود الجدي قوات الكتيبة 116 في سبها",
            None,
            &["massoud_jeddi", "battalion_116", "sabha"],
        ),
        (
            "the Ajdabiya hospital without the honorific",
            "ونقل الجرحى إلى مستشفى محمد المقريف",
            None,
            &["ajdabiya_hospital"],
        ),
    ]);
}

#[test]
fn kunyas_joined_or_apart() {
    check(&[
        (
            "a kunya split that the data joins",
            "وانتقدت النائبة ربيعة أبو راس قرارات الوزير",
            None,
            &["rabia_aburas"],
        ),
        (
            "a kunya joined that the data splits",
            "وقال رمضان أبوجناح إن الحكومة ستدفع الرواتب",
            None,
            &["ramadan_abu_janah"],
        ),
        (
            "a place kunya joined",
            "واندلعت اشتباكات في منطقة أبوسليم",
            None,
            &["abu_salim"],
        ),
        (
            "near miss: a gate is no kunya",
            "وأغلقت البوابة الشرقية للمدينة",
            None,
            &[],
        ),
    ]);
}

#[test]
fn security_bodies_and_rooms() {
    check(&[
        (
            "a Tripoli security director, not the area",
            "وحضر مدير أمن طرابلس العقيد صلاح الدين السموعي",
            None,
            &["tripoli", "salah_samoui"],
        ),
        (
            "central security of the interior ministry",
            "وانتشرت وحدات الإدارة العامة للأمن المركزي حول المقار",
            None,
            &["central_security_administration"],
        ),
        (
            "the Sirte-Jufra room by its longer name",
            "وقال آمر غرفة عمليات تأمين وحماية سرت والجفرة إن قواته تقدمت",
            None,
            &["sirte_jufra_operations_room"],
        ),
        (
            "the Saiqa after its spokesman's title",
            "وقال المتحدث باسم الصاعقة إن الهجوم صد",
            None,
            &["saiqa_special_forces"],
        ),
    ]);
}
