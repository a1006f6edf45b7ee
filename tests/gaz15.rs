//! Coverage of the bundled gazetteer by class, round 15 (issues 9 and 11).
//!
//! - **Parent licensing**: an ambiguous name of a place is licensed when the document names
//!   the city or town it lies in (`الدريبي`, `طريق المطار` with Tripoli; `الحي الثالث` with
//!   Sirte); an ambiguous name of a government or international body when the document names
//!   the international body it belongs to (`البعثة` with the United Nations). Countries never
//!   license (nearly every text names Libya); a ministry is not licensed by its government.
//! - **Municipal councils**: the local-council and preposition forms of the whole family
//!   (`المجلس المحلي لسرت`, `المجلس المحلي في بنغازي`, `المجلس المحلي لمدينة مصراتة`).
//! - **Titles inside a force's name**: `كتائب العقيد معمر القذافي` is the loyalist forces and,
//!   named in full inside, Gaddafi; `كتائب القذافي` (surname alone) only the forces.
//! - **UNSMIL by its statement**: bare `البعثة` after `بيان` or a reporting verb.
//! - **Outlet told**: an ambiguous outlet name written with `ل` after a reporting verb of the
//!   same clause (`وقال مسؤول في المستشفى للجزيرة إن …`), not after the complementizer.
//! - **Regions with the nisba**: `الجنوب الليبي` is not Fezzan (as `جنوب ليبيا` is not).
//!
//! Sentences are written for this test in news style (invented, not taken from any page or
//! gold set), with near misses.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::check;

#[test]
fn places_licensed_by_their_city() {
    check(&[
        (
            "a Tripoli neighbourhood when Tripoli is named later",
            "وتجددت المواجهات قرب الدريبي ليلة أمس وسط مخاوف سكان طرابلس",
            None,
            &["al_dribi", "tripoli"],
        ),
        (
            "near miss: the surname without its city",
            "وصرح الدريبي للصحفيين بأن الاجتماع انتهى",
            None,
            &[],
        ),
        (
            "the airport road with Tripoli named",
            "وتقدمت القوات على طريق المطار جنوب طرابلس بعد قصف متبادل",
            None,
            &["airport_road_tripoli", "tripoli"],
        ),
        (
            "near miss: every city has an airport road",
            "وأغلقت الشرطة طريق المطار أمام حركة السير صباح اليوم",
            None,
            &[],
        ),
        (
            "Sirte's third district by its ordinal, Sirte named",
            "ودارت معارك في الحي الثالث شرق مدينة سرت منذ الصباح",
            None,
            &["sirte_district_3", "sirte"],
        ),
        (
            "near miss: an ordinal district of no named city",
            "ويقع المستوصف الجديد في الحي الثالث قرب السوق",
            None,
            &[],
        ),
        (
            "the residential form of a numbered Sirte district",
            "وتوغلت الوحدات في الحي السكني رقم 2 بعد تمشيطه",
            None,
            &["sirte_district_2"],
        ),
    ]);
}

#[test]
fn bodies_licensed_by_their_government() {
    check(&[
        // Session 18 (ent22), the lead's decision: a bare Libyan ministry (`وزارة الدفاع`)
        // names Libya's ministry, as every gold round labels it, unless another state frames
        // it (tests/ent22.rs). It resolves by that rule, not by its government: both rows
        // below now find the ministry (they expected it unresolved before).
        (
            "a bare ministry resolves by the home-state rule, its government apart",
            "وقالت وزارة الدفاع إن وحداتها أمنت المنطقة، فيما رحبت حكومة الوحدة الوطنية بالخطوة",
            Some("2023-05-02"),
            &["ministry_of_defence", "gnu"],
        ),
        (
            "a bare defence ministry with no Libyan government named is Libya's",
            "وقالت وزارة الدفاع إن المناورات ستستمر أسبوعا",
            Some("2023-05-02"),
            &["ministry_of_defence"],
        ),
        (
            "near miss: a defence ministry framed by another state",
            "وقالت وزارة الدفاع في تركيا إن المناورات ستستمر أسبوعا",
            Some("2023-05-02"),
            &["turkey"],
        ),
        (
            "the mission with the United Nations named after it",
            "وأنهت البعثة جولة المشاورات في مقر الأمم المتحدة بجنيف",
            Some("2021-01-20"),
            &["unsmil", "united_nations", "geneva"],
        ),
        (
            "the mission by its statement",
            "ومن المنتظر أن تبدأ جولة جديدة من المحادثات، بحسب بيان للبعثة",
            Some("2020-02-10"),
            &["unsmil"],
        ),
        (
            "the mission after a reporting verb",
            "وأعربت البعثة عن قلقها من التحشيد العسكري قرب غريان",
            Some("2022-06-01"),
            &["unsmil", "gharyan"],
        ),
        (
            "near miss: another country's mission by its nisba",
            "وأعلنت البعثة الأوروبية انتهاء مهمتها في النيجر",
            Some("2022-06-01"),
            &["niger"],
        ),
        (
            "near miss: a sports delegation",
            "وأكدت البعثة الرياضية وصولها إلى المطار",
            Some("2022-06-01"),
            &[],
        ),
    ]);
}

#[test]
fn municipal_council_family() {
    check(&[
        (
            "local council with ل",
            "وندد المجلس المحلي لسرت بالهجوم على المستشفى",
            None,
            &["sirte_municipal_council", "sirte"],
        ),
        (
            "local council with في",
            "واستنكر المجلس المحلي في بنغازي عملية الاغتيال",
            None,
            &["benghazi_municipal_council", "benghazi"],
        ),
        (
            "local council with ب",
            "وطالب المجلس المحلي بمصراتة بفتح تحقيق",
            None,
            &["misrata_municipal_council", "misrata"],
        ),
        (
            "council of the city of",
            "وأعلن المجلس البلدي لمدينة زليتن الحداد ثلاثة أيام",
            None,
            &["zliten_municipal_council", "zliten"],
        ),
    ]);
}

#[test]
fn titles_inside_a_force_name() {
    check(&[
        (
            "forces with the colonel's title and full name",
            "وقصفت كتائب العقيد معمر القذافي الأحياء الغربية للمدينة",
            Some("2011-05-01"),
            &["gaddafi_loyalists", "muammar_gaddafi"],
        ),
        (
            "forces with title and nisba",
            "وتراجعت كتائب العقيد الليبي معمر القذافي إلى أطراف البلدة",
            Some("2011-06-01"),
            &["gaddafi_loyalists", "muammar_gaddafi"],
        ),
        (
            "the surname alone only labels the forces",
            "وتقدمت كتائب القذافي نحو البريقة",
            Some("2011-03-20"),
            &["gaddafi_loyalists", "brega"],
        ),
    ]);
}

#[test]
fn new_names() {
    check(&[
        (
            "Tarhuna brigade",
            "وطوقت كتيبة الأوفياء مبنى المطار مطالبة بالإفراج عن أحد عناصرها",
            Some("2013-06-10"),
            &["awfiya_brigade"],
        ),
        (
            "SSC spokesman, both spellings",
            "وقال عبد المؤمن الحر إن اللجنة ضبطت شحنة أسلحة، وأكد عبد المنعم الحر ذلك لاحقا",
            Some("2012-09-01"),
            &["abdelmonem_hur"],
        ),
        (
            "near miss: the surname alone is a common word",
            "وطالب الحر بالإفراج عن المعتقلين",
            Some("2012-09-01"),
            &[],
        ),
        (
            "airport security official",
            "وأكد الجيلاني الداهش أن قذائف سقطت قرب المدرج",
            Some("2014-07-21"),
            &["jilani_dahesh"],
        ),
        (
            "short forms of Tripoli places without بن",
            "وامتدت الاشتباكات من باب غشير إلى قصر غشير",
            None,
            &["bab_bin_ghashir", "qasr_bin_ghashir"],
        ),
        (
            "the Khallatat front as a street",
            "واندلعت مواجهات في شارع الخلاطات",
            None,
            &["khallatat"],
        ),
    ]);
}

#[test]
fn outlet_told_and_region_nisba() {
    check(&[
        (
            "outlet as addressee of a reporting verb",
            "وقال مسؤول في مستشفى الجلاء للجزيرة إن الحصيلة ارتفعت",
            None,
            &["al_jazeera", "jalaa_hospital_benghazi"],
        ),
        (
            "outlet with a detached preposition",
            "وأكد قائد ميداني لـ\"الجزيرة\" أن قواته تقدمت",
            None,
            &["al_jazeera"],
        ),
        (
            "near miss: the island after what was said",
            "وقال إن القارب وصل للجزيرة قبل الفجر",
            None,
            &[],
        ),
        (
            "near miss: no reporting verb",
            "ووصلت الإمدادات للجزيرة بعد أسبوع",
            None,
            &[],
        ),
        (
            "the Libyan south with the nisba is no region",
            "وتعاني مدن الجنوب الليبي من نقص الوقود",
            None,
            &[],
        ),
        (
            "Fezzan by its name",
            "وتعاني مدن إقليم فزان من نقص الوقود",
            None,
            &["fezzan"],
        ),
    ]);
}
