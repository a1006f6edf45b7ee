//! fat28 (issue 10, fatalities and injured), from round 28's study after scoring: a teen
//! joined by `و` after a lone casualty noun (`قتيلا وأحد عشر جريحا`: normalized `واحد` was
//! read as the noun's own "one"), and a tie to the group the counted belonged to inside the
//! noun phrase before the verb of what befell them (`11 عنصرا مسلحا تابعين لتنظيم الدولة
//! الإسلامية مصرعهم`). Sentences written for this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const FAT28: &[Case] = &[
    (
        "a teen joined by و after one dead",
        "وقال الهلال الأحمر إن الاشتباكات التي اندلعت أمس في المدينة خلفت قتيلا وأحد عشر جريحا على الأقل.",
        "2024-05-19",
        EventKind::ArmedClash,
        Want::Injured(Some(11)),
    ),
    (
        "the one dead before the teen",
        "وقال الهلال الأحمر إن الاشتباكات التي اندلعت أمس في المدينة خلفت قتيلا وأحد عشر جريحا على الأقل.",
        "2024-05-19",
        EventKind::ArmedClash,
        Want::Fatalities(Some(1)),
    ),
    (
        "near miss: one dead, the number repeating the singular",
        "وخلفت الاشتباكات أمس قتيلا واحدا وثلاثة جرحى.",
        "2024-05-19",
        EventKind::ArmedClash,
        Want::Injured(Some(3)),
    ),
    (
        "a tie to their group before the verb",
        "لقي نحو 11 عنصرا مسلحا تابعين لتنظيم الدولة الإسلامية مصرعهم اليوم في المعارك الدائرة في درنة.",
        "2015-07-31",
        EventKind::ArmedClash,
        Want::Fatalities(Some(11)),
    ),
    (
        "a loyalist tie before the wounded verb",
        "أصيب سبعة مقاتلين موالين للحكومة بجروح أمس في اشتباكات جنوب العاصمة.",
        "2019-06-02",
        EventKind::ArmedClash,
        Want::Injured(Some(7)),
    ),
    (
        "near miss: people held with their tie, no toll",
        "اعتقلت القوات 11 عنصرا تابعين لتنظيم الدولة في درنة أمس.",
        "2015-07-31",
        EventKind::Arrest,
        Want::Fatalities(None),
    ),
];

#[test]
fn fat28_teens_and_ties() {
    run(FAT28);
}
