//! Records: fatalities, places and dates, the fifteenth round (issue 10). One table per class
//! of error found on the study halves, negatives beside positives.
//!
//! Every sentence was written for this file in the style of the news and labelled with what an
//! ACLED coder would code (`records.md`) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
#[allow(unused_imports)]
use libya_nlp::EventKind;
#[allow(unused_imports)]
use records_table::{counts, run, run_exprs, Case, Count, ExprCase, Want};

/// A probe for development: `PROBE=text PROBE_DATE=YYYY-MM-DD cargo test --test rfl15 --
/// --ignored probe --nocapture` prints the dates and figures of the text.
#[test]
#[ignore]
fn probe() {
    let text = std::env::var("PROBE").unwrap_or_default();
    let date = std::env::var("PROBE_DATE")
        .ok()
        .and_then(|d| d.parse().ok());
    for t in libya_nlp::records::find_dates(&text, date) {
        println!("date {:?} {:?}", &text[t.range.clone()], t.date);
    }
    println!("counts {:?}", libya_nlp::records::casualty_counts(&text));
}

// ---------------------------------------------------------------- fatalities

/// The event a sentence is told against (`على خلفية مقتل …`: background by the spec) is no
/// toll of the news: its figure is dropped to the end of its clause, the news's own figures
/// before and after it stand.
const AGAINST_A_BACKGROUND: &[Count] = &[
    (
        "the toll of the fighting, not of the killing that set it off",
        "سقط تسعة قتلى في قتال بين عائلتين بمدينة سبها اندلع على خلفية مقتل أحد أبنائهما.",
        Some(9),
        None,
    ),
    (
        "the background in its own clause, the toll after the comma",
        "تجددت المواجهات على خلفية مقتل شاب، وأسفرت عن مقتل أربعة وإصابة سبعة آخرين.",
        Some(4),
        Some(7),
    ),
    (
        "an arrest told against an attack: the attack's dead are background",
        "اعتقلت الشرطة رجلين على خلفية الهجوم الذي قتل فيه جنديان.",
        None,
        None,
    ),
    (
        "counter: a toll with no background stands",
        "قتل ثلاثة أشخاص في الاشتباكات التي اندلعت في المدينة أمس.",
        Some(3),
        None,
    ),
    (
        "counter: a cause after إثر is the news",
        "قتل خمسة جنود إثر انفجار عبوة ناسفة قرب الحاجز.",
        Some(5),
        None,
    ),
];

#[test]
fn against_a_background() {
    counts(AGAINST_A_BACKGROUND);
}

/// Two brothers or a couple: a dual of kin after the cue, or before the verb.
const KIN_DUALS: &[Count] = &[
    (
        "the brothers, with the article",
        "أسفر القصف العشوائي عن مقتل الشقيقين داخل منزلهما.",
        Some(2),
        None,
    ),
    (
        "two brothers, nominative",
        "قتل شقيقان في انفجار لغم أرضي جنوب المدينة.",
        Some(2),
        None,
    ),
    (
        "two brothers wounded",
        "أصيب شقيقين برصاص مجهولين على الطريق الساحلي.",
        None,
        Some(2),
    ),
    (
        "a couple",
        "لقي زوجان حتفهما إثر سقوط قذيفة على منزلهما.",
        Some(2),
        None,
    ),
    (
        "counter: one brother",
        "قتل شقيقه في الاشتباكات مع مسلحين.",
        Some(1),
        None,
    ),
];

#[test]
fn kin_duals() {
    counts(KIN_DUALS);
}

/// A toll told again in a later sentence through one group of its dead (`اثنان على الأقل من
/// عناصر الأمن`), beside a killing told as the background of the fighting: the first toll
/// stands.
const TOLL_WITH_A_BACKGROUND_DEATH: &[Case] = &[
    (
        "the lower bound of the lead stands",
        "لقي 11 شخصا على الأقل مصرعهم في قتال قبلي قرب مدينة غريان مساء الأربعاء.\n\
         وأفاد مصدر محلي بأن اثنين على الأقل من رجال الشرطة قتلا في القتال الذي اندلع على خلفية مقتل أحد أبناء القبيلة.",
        "2019-06-06",
        EventKind::ArmedClash,
        Want::Fatalities(Some(11)),
    ),
];

#[test]
fn toll_with_a_background_death() {
    run(TOLL_WITH_A_BACKGROUND_DEATH);
}

/// A leader killed with his companions (`مقتل القائد فلان، المعروف بكذا، و12 من مرافقيه`,
/// `مع ثلاثة من حراسه`): a number joined by `و` or after `مع`, then `من` and a group of the
/// one named (a noun with a possessive pronoun), is more of the same toll, past a name, an
/// aside and commas; after a unit's name (`آمر الكتيبة وخمسة`) a joined number is no number
/// of the unit.
const WITH_HIS_COMPANIONS: &[Count] = &[
    (
        "a name, an aside, then the companions",
        "قتل آمر المحور سالم الورفلي، الملقب بالذيب، و7 من مرافقيه في كمين قرب الجسر.",
        Some(8),
        None,
    ),
    (
        "with his guards",
        "أسفر الهجوم عن مقتل القائد الميداني مع أربعة من حراسه.",
        Some(5),
        None,
    ),
    (
        "after a unit's name",
        "قتل قائد السرية وخمسة من عناصرها في الاشتباكات.",
        Some(6),
        None,
    ),
    (
        "counter: the unit's own number",
        "قتل جندي من الكتيبة 128 في الاشتباكات.",
        Some(1),
        None,
    ),
    (
        "counter: a group that is arrested, not killed",
        "قتل رجل في الحي، واعتقل ثلاثة من أبنائه.",
        Some(1),
        None,
    ),
];

#[test]
fn with_his_companions() {
    counts(WITH_HIS_COMPANIONS);
}

// ---------------------------------------------------------------- location

/// A town told as where fighters, reinforcements or fire come from (`بكتائب من مصراتة`,
/// `مجموعة من مدينة مصراتة`, `القذائف من حي …`) is no place of the event; it stays the
/// place when the event names no other. After a word of leaving (`انسحاب قوات من سرت`) the
/// place left is the place.
const WHERE_THEY_COME_FROM: &[Case] = &[
    (
        "fighters from a town, the town taken after the verb",
        "قالت مصادر عسكرية إن قوات حكومية مدعومة بكتائب من مدينة الزنتان سيطرت اليوم على بلدة غريان.",
        "2019-06-26",
        EventKind::TerritoryControl,
        Want::Location("gharyan"),
    ),
    (
        "a group from a town attacks another",
        "هاجمت مجموعة من مدينة ترهونة مدينة بني وليد فجر اليوم.",
        "2019-06-26",
        EventKind::Offensive,
        Want::Location("bani_walid"),
    ),
    (
        "fighters coming from a town",
        "اندلعت اشتباكات مساء أمس بين مسلحين قادمين من ترهونة وقوة محلية في قصر بن غشير.",
        "2019-06-26",
        EventKind::ArmedClash,
        Want::Location("qasr_bin_ghashir"),
    ),
    (
        "counter: the group's town alone stays the place",
        "هاجمت مجموعة مسلحة من مدينة الزاوية دورية للشرطة مساء أمس.",
        "2019-06-26",
        EventKind::Offensive,
        Want::Location("zawiya"),
    ),
];

#[test]
fn where_they_come_from() {
    run(WHERE_THEY_COME_FROM);
}
