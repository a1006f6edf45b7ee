//! Records: how Arabic news tells its tolls (issue 10, fatalities and injured), one table per
//! way of telling, negatives beside positives.
//!
//! Every sentence here was written for this file in the style of the news and labelled with
//! what an ACLED coder would code (`records.md`: the conservative figure, ACLED's counts for
//! `عشرات`/`مئات`, an explicit zero, running totals; dates, unit numbers, ages, distances,
//! vehicles, buildings and years never count) before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{counts, run, Case, Count, Want};

// ---------------------------------------------------------------- the killed

/// Verbs and nouns of killing with a figure: `قتل`, `مقتل`, `مصرع`, `لقي حتفه`, `سقوط قتلى`,
/// `أودى بحياة`, `راح ضحيته`, `استشهاد`, `قضى نحبه`, `توفي`; digits, Arabic-Indic digits,
/// words in every case, duals and singulars.
const KILLED: &[Count] = &[
    (
        "passive verb, digits",
        "قتل 5 أشخاص في هجوم على بوابة أمنية.",
        Some(5),
        None,
    ),
    (
        "passive verb, a word",
        "قُتل خمسة أشخاص في هجوم على بوابة أمنية.",
        Some(5),
        None,
    ),
    (
        "noun, Arabic-Indic digits",
        "أسفر القصف عن مقتل ٣ مدنيين.",
        Some(3),
        None,
    ),
    (
        "noun, a word in the genitive",
        "أسفر القصف عن مقتل ثلاثة مدنيين.",
        Some(3),
        None,
    ),
    (
        "met their death",
        "لقي 4 أشخاص مصرعهم في حادث إطلاق نار.",
        Some(4),
        None,
    ),
    (
        "met their end, a word",
        "لقي أربعة جنود حتفهم في الاشتباكات.",
        Some(4),
        None,
    ),
    (
        "met his end, one",
        "لقي شاب حتفه برصاص مجهولين.",
        Some(1),
        None,
    ),
    (
        "a dual meeting their end",
        "لقيت امرأتان حتفهما في القصف.",
        Some(2),
        None,
    ),
    (
        "fall of the killed, a word",
        "شهدت المدينة اشتباكات أدت إلى سقوط خمسة قتلى.",
        Some(5),
        None,
    ),
    (
        "fall of two killed (dual)",
        "أدت الاشتباكات إلى سقوط قتيلين.",
        Some(2),
        None,
    ),
    (
        "fall of one killed",
        "أدت الاشتباكات إلى سقوط قتيل.",
        Some(1),
        None,
    ),
    (
        "resulted in N killed",
        "أسفر التفجير عن 7 قتلى.",
        Some(7),
        None,
    ),
    ("left N killed", "خلف الهجوم سبعة قتلى.", Some(7), None),
    (
        "the death of N",
        "أسفر الهجوم عن مصرع ثلاثة أشخاص.",
        Some(3),
        None,
    ),
    (
        "took the lives of N",
        "أودى القصف بحياة 6 أشخاص.",
        Some(6),
        None,
    ),
    (
        "N fell victim to it",
        "وقع انفجار راح ضحيته أربعة مدنيين.",
        Some(4),
        None,
    ),
    (
        "martyrdom of N",
        "أعلنت الكتيبة استشهاد 3 من عناصرها.",
        Some(3),
        None,
    ),
    (
        "passed away (نحبهم)",
        "قضى أربعة مهاجرين نحبهم في الهجوم.",
        Some(4),
        None,
    ),
    (
        "died of their wounds",
        "توفي ثلاثة جرحى متأثرين بجراحهم.",
        Some(3),
        None,
    ),
    (
        "bodies of N",
        "عثر السكان على جثث خمسة أشخاص قرب الطريق.",
        Some(5),
        None,
    ),
    (
        "two bodies (dual)",
        "انتشلت فرق الإسعاف جثتين من تحت الأنقاض.",
        Some(2),
        None,
    ),
    (
        "bodies, accusative, across an adjective",
        "شاهد مراسل جثثا متفحمة لأكثر من سبعة من الجنود.",
        Some(7),
        None,
    ),
    (
        "the death of two (dual person)",
        "أسفر الهجوم عن مقتل شخصين.",
        Some(2),
        None,
    ),
    (
        "the death of one soldier",
        "أسفر الهجوم عن مقتل جندي.",
        Some(1),
        None,
    ),
    (
        "one of the guards",
        "أسفر الهجوم عن مقتل أحد الحراس.",
        Some(1),
        None,
    ),
    (
        "two of the guards",
        "أسفر الهجوم عن مقتل اثنين من الحراس.",
        Some(2),
        None,
    ),
    (
        "a man and a woman",
        "قتل رجل وامرأة في القصف.",
        Some(2),
        None,
    ),
    (
        "one person, number after the noun",
        "أسفر الهجوم عن مقتل شخص واحد.",
        Some(1),
        None,
    ),
    (
        "two terrorists, number after the noun",
        "أودت الضربة بحياة إرهابيين اثنين.",
        Some(2),
        None,
    ),
    (
        "accusative one after a group",
        "قال إن أربعة جنود من القوات الحكومية وواحدا من المعارضين قتلوا.",
        Some(5),
        None,
    ),
    (
        "teens",
        "أسفر الهجوم عن مقتل خمسة عشر شخصا.",
        Some(15),
        None,
    ),
    (
        "unit and tens",
        "أسفر الهجوم عن مقتل خمسة وعشرين شخصا.",
        Some(25),
        None,
    ),
    (
        "hundred and tens",
        "أسفر القصف عن مقتل مئة وعشرين شخصا.",
        Some(120),
        None,
    ),
    (
        "hundreds in one word",
        "أسفر القصف عن مقتل ثلاثمئة شخص.",
        Some(300),
        None,
    ),
    (
        "a subset is not added",
        "أسفر القصف عن مقتل سبعة أشخاص، بينهم ثلاثة أطفال.",
        Some(7),
        None,
    ),
    (
        "a subset of the wounded is not added",
        "أصيب 5 أشخاص من بينهم حالتان خطيرتان.",
        None,
        Some(5),
    ),
    (
        "the attackers' own active verb",
        "اقتحم مسلحون المقر وقتلوا ما لا يقل عن 12 شخصا.",
        Some(12),
        None,
    ),
    (
        "an ambassador and three staff",
        "قتل السفير في ليبيا كريستوفر ستيفنز و3 موظفين أميركيين في الهجوم.",
        Some(4),
        None,
    ),
];

/// Approximations and ACLED's words: a range takes its low end, `أكثر من` its number,
/// `عشرات` 10, `مئات` 100.
const APPROXIMATE: &[Count] = &[
    (
        "dozens",
        "أسفر القصف عن مقتل عشرات المدنيين.",
        Some(10),
        None,
    ),
    ("the dozens", "أسفر القصف عن مقتل العشرات.", Some(10), None),
    (
        "hundreds",
        "أسفرت المعارك عن سقوط مئات القتلى.",
        Some(100),
        None,
    ),
    (
        "about twenty",
        "أسفر القصف عن مقتل نحو عشرين شخصا.",
        Some(20),
        None,
    ),
    (
        "more than sixty",
        "أسفر القصف عن مقتل أكثر من ستين شخصا.",
        Some(60),
        None,
    ),
    ("no fewer than", "قتل ما لا يقل عن 12 شخصا.", Some(12), None),
    (
        "between five and seven",
        "قتل ما بين 5 و7 أشخاص.",
        Some(5),
        None,
    ),
    ("five to seven", "قتل من 5 إلى 7 أشخاص.", Some(5), None),
    (
        "dozens of victims then a precise toll",
        "أعلنت الوزارة وقوع عشرات الضحايا في الاشتباكات، مؤكدة مقتل 13 شخصا وإصابة 95.",
        Some(13),
        Some(95),
    ),
    (
        "counter: a precise toll and dozens more of another group add up",
        "أسفر القصف عن مقتل 3 جنود وعشرات المدنيين.",
        Some(13),
        None,
    ),
];

/// More ways: `سقط`, `استشهد`, `وفاة`, a group `من` a force, killed and wounded in one
/// sentence, `آخر`/`آخران` for one or two more, ordinals for one more.
const KILLED_MORE: &[Count] = &[
    ("fell, N killed", "سقط 3 قتلى في الاشتباكات.", Some(3), None),
    (
        "two killed fell (dual)",
        "سقط قتيلان في الاشتباكات.",
        Some(2),
        None,
    ),
    (
        "N of a force",
        "قتل ثلاثة من عناصر الأمن في الهجوم.",
        Some(3),
        None,
    ),
    (
        "N of a force, then the wounded",
        "أسفر الهجوم عن مقتل 3 من عناصر الجيش وإصابة 7 آخرين بجروح متفاوتة.",
        Some(3),
        Some(7),
    ),
    (
        "the death of two (وفاة)",
        "أسفر الحادث عن وفاة شخصين.",
        Some(2),
        None,
    ),
    (
        "the death of a girl",
        "أسفر القصف عن وفاة طفلة.",
        Some(1),
        None,
    ),
    (
        "martyred, active",
        "استشهد 4 من أفراد الجيش في الاشتباكات.",
        Some(4),
        None,
    ),
    (
        "two soldiers killed and a third wounded",
        "أسفر الهجوم عن مقتل جنديين وإصابة ثالث.",
        Some(2),
        Some(1),
    ),
    (
        "a child killed, his mother wounded",
        "أسفر القصف عن مصرع طفل وإصابة والدته.",
        Some(1),
        Some(1),
    ),
    (
        "a subset of women not added",
        "قتل 7 أشخاص، من بينهم امرأتان.",
        Some(7),
        None,
    ),
    (
        "N killed and dozens wounded",
        "قتل 12 شخصا وجرح العشرات.",
        Some(12),
        Some(10),
    ),
    (
        "two of the civilians",
        "قتل اثنان من المدنيين في القصف.",
        Some(2),
        None,
    ),
    (
        "one of them a child, not added",
        "قتل أربعة مدنيين أحدهم طفل.",
        Some(4),
        None,
    ),
    (
        "N killed and N wounded left",
        "خلفت الاشتباكات 3 قتلى و12 جريحا.",
        Some(3),
        Some(12),
    ),
    (
        "hospital took N wounded",
        "نقل 9 جرحى إلى المستشفى.",
        None,
        Some(9),
    ),
    (
        "Arabic-Indic digits before the noun",
        "خلفت المعارك ٢٥ قتيلا.",
        Some(25),
        None,
    ),
    (
        "hundreds wounded",
        "أسفرت المعارك عن سقوط مئات الجرحى.",
        None,
        Some(100),
    ),
    (
        "dozens killed and wounded",
        "خلفت المعارك عشرات القتلى والجرحى.",
        None,
        None,
    ),
    (
        "one killed and two others wounded",
        "قتل شخص وأصيب آخران في الاشتباكات.",
        Some(1),
        Some(2),
    ),
    (
        "three killed and another wounded",
        "قتل ثلاثة وأصيب آخر في الاشتباكات.",
        Some(3),
        Some(1),
    ),
    (
        "died of wounds, digits",
        "توفي 2 متأثرين بجراحهم.",
        Some(2),
        None,
    ),
    (
        "executed captives",
        "أعدم التنظيم 5 أسرى في الصحراء.",
        Some(5),
        None,
    ),
    (
        "the toll of deaths reached",
        "أفاد المستشفى بأن حصيلة الوفيات من الأهالي بلغت خمسة أشخاص.",
        Some(5),
        None,
    ),
    (
        "counter: the attackers' number",
        "قتل 3 أشخاص في الهجوم الذي نفذه 20 مسلحا.",
        Some(3),
        None,
    ),
    (
        "counter: captives taken",
        "قتل 3 جنود وأسر 5 آخرون.",
        Some(3),
        None,
    ),
];

// ---------------------------------------------------------------- the injured

/// Verbs and nouns of wounding: `أصيب`, `إصابة`, `جرح`, `جرحى`, `مصابين`, `جريح`.
const INJURED: &[Count] = &[
    (
        "the wounding of N",
        "أسفر الانفجار عن إصابة 5 أشخاص.",
        None,
        Some(5),
    ),
    ("N were wounded", "أصيب 7 مدنيين بجروح.", None, Some(7)),
    (
        "wounded verb, a word",
        "جرح ثلاثة أشخاص في الاشتباكات.",
        None,
        Some(3),
    ),
    ("N wounded noun", "خلفت الاشتباكات 4 جرحى.", None, Some(4)),
    (
        "N injured (مصابا)",
        "نقل 12 مصابا إلى المستشفى بعد القصف.",
        None,
        Some(12),
    ),
    (
        "wounded, Arabic-Indic",
        "أسفر القصف عن إصابة ٤٥ شخصا.",
        None,
        Some(45),
    ),
    (
        "two wounded (dual)",
        "أسفر الانفجار عن جريحين.",
        None,
        Some(2),
    ),
    (
        "the wounding of two (dual person)",
        "أسفر الانفجار عن إصابة شخصين.",
        None,
        Some(2),
    ),
    (
        "one wounded child",
        "أسفر القصف عن إصابة طفل.",
        None,
        Some(1),
    ),
    (
        "a young man was wounded",
        "أصيب شاب بجروح خطيرة في الاشتباكات.",
        None,
        Some(1),
    ),
    (
        "dozens wounded",
        "أسفر القصف عن إصابة العشرات.",
        None,
        Some(10),
    ),
    (
        "about N others",
        "قتل 8 أشخاص وجرح حوالي 11 آخرين.",
        Some(8),
        Some(11),
    ),
    ("N injuries", "سجلت المستشفيات 106 إصابات.", None, Some(106)),
    (
        "killed and wounded each with a figure",
        "أسفر الهجوم عن مقتل 3 وإصابة 5 آخرين.",
        Some(3),
        Some(5),
    ),
    (
        "two killed and three wounded",
        "أكدت المصادر سقوط قتيلين وثلاثة جرحى.",
        Some(2),
        Some(3),
    ),
];

/// More ways of the wounded: `بجروح متفاوتة`, `إصابات`, a dual of people, `آخرون`.
const INJURED_MORE: &[Count] = &[
    (
        "dozens wounded with a verb",
        "أصيب العشرات بجروح في الاشتباكات.",
        None,
        Some(10),
    ),
    (
        "N with serious wounds",
        "أسفر القصف عن إصابة 3 أشخاص بجروح خطيرة.",
        None,
        Some(3),
    ),
    (
        "N others of varying wounds",
        "قتل شخصان وأصيب 6 آخرون بجروح متفاوتة.",
        Some(2),
        Some(6),
    ),
    (
        "two children wounded",
        "أسفرت القذيفة عن إصابة طفلين.",
        None,
        Some(2),
    ),
    (
        "two women wounded, nominative dual",
        "أصيبت امرأتان في القصف.",
        None,
        Some(2),
    ),
    (
        "N injuries among civilians",
        "سجلت 14 إصابة بين المدنيين.",
        None,
        Some(14),
    ),
    (
        "wounded N, words in the nominative",
        "أصيب أربعة عشر شخصا في الانفجار.",
        None,
        Some(14),
    ),
    (
        "N cases of death",
        "سجلت المستشفيات 5 حالات وفاة بعد القصف.",
        Some(5),
        None,
    ),
    (
        "N cases of injury",
        "استقبل المستشفى 10 حالات إصابة.",
        None,
        Some(10),
    ),
    (
        "counter: cases of suffocation are no wounded",
        "سجلت 10 حالات اختناق بعد الحريق.",
        None,
        None,
    ),
    (
        "the wounded numbered",
        "بلغ عدد الجرحى 35 جريحا.",
        None,
        Some(35),
    ),
    (
        "counter: wounds of the killed are no more wounded",
        "قتل 3 أشخاص متأثرين بجراحهم.",
        Some(3),
        None,
    ),
    (
        "counter: an age of the wounded",
        "أصيب طفل يبلغ من العمر 12 عاما.",
        None,
        Some(1),
    ),
];

// ---------------------------------------------------------------- running totals

/// A running total replaces the figure before it.
const TOTALS: &[Count] = &[
    (
        "toll rose to",
        "ارتفعت حصيلة القتلى إلى 15 شخصا.",
        Some(15),
        None,
    ),
    (
        "number of victims rose to",
        "ارتفع عدد ضحايا القصف إلى 9 قتلى.",
        Some(9),
        None,
    ),
    (
        "toll of the killed reached",
        "بلغت حصيلة القتلى 12 شخصا.",
        Some(12),
        None,
    ),
    (
        "a new toll after an older one",
        "ارتفعت الحصيلة إلى 12 قتيلا بعد أن كانت 7 قتلى.",
        Some(12),
        None,
    ),
];

// ---------------------------------------------------------------- zero

/// The text says nobody was killed or wounded.
const ZERO: &[Count] = &[
    (
        "without human losses",
        "انفجرت عبوة ناسفة قرب البوابة دون وقوع خسائر بشرية.",
        Some(0),
        Some(0),
    ),
    (
        "did not result in injuries",
        "سقطت قذيفة على الحي ولم تسفر عن إصابات.",
        Some(0),
        Some(0),
    ),
    (
        "without that resulting in injuries",
        "أطلق مجهولون النار في الهواء، دون أن يسفر ذلك عن إصابات.",
        Some(0),
        Some(0),
    ),
    (
        "counter: injuries with a figure",
        "أسفر القصف عن إصابات بين المدنيين بلغت 4.",
        None,
        None,
    ),
    (
        "counter: no news of losses is no zero",
        "تجددت الاشتباكات صباح اليوم، دون ورود أنباء عن خسائر بشرية.",
        None,
        None,
    ),
    (
        "counter: no information on injuries is no zero",
        "قصفت الطائرات مواقع في المنطقة، دون أن ترد معلومات عن إصابات.",
        None,
        None,
    ),
];

// ---------------------------------------------------------------- killed and wounded mixed

/// One figure for the killed and wounded together counts neither.
const MIXED: &[Count] = &[
    (
        "killed and wounded dozens",
        "قتل وجرح العشرات خلال الأيام الماضية.",
        None,
        None,
    ),
    (
        "dozens between killed and wounded",
        "أسفرت الاشتباكات عن سقوط عشرات بين قتيل وجريح.",
        None,
        None,
    ),
    (
        "N killed and wounded",
        "أسفر التفجير عن سقوط 10 قتلى وجرحى.",
        None,
        None,
    ),
    (
        "counter: killed with a figure, then wounded with another",
        "قتل 4 وجرح 9 في الاشتباكات.",
        Some(4),
        Some(9),
    ),
    (
        "counter: the killed verb after its figure, the wounded verb before the next",
        "قال مصدر إن 31 شخصا قتلوا وأصيب 110 في القصف.",
        Some(31),
        Some(110),
    ),
    (
        "counter: N killed and N wounded",
        "أسفر التفجير عن سقوط 10 قتلى و5 جرحى.",
        Some(10),
        Some(5),
    ),
];

// ---------------------------------------------------------------- one person, no number

/// One person named by a noun, a kinship, a relative clause or `آخر`, with no number.
const ONE: &[Count] = &[
    (
        "the father and his son killed, the mother wounded",
        "فتح مجهولون النار على سيارة، فقتلوا الأب وابنه وأصابوا الأم.",
        Some(2),
        Some(1),
    ),
    (
        "an activist who was killed",
        "وكان الناشط السياسي الذي قتل جراء استهداف سيارته قد تلقى تهديدات.",
        Some(1),
        None,
    ),
    (
        "another person was wounded",
        "وأضاف أن شخصا آخر كان مرافقا له أصيب بجروح بليغة.",
        None,
        Some(1),
    ),
    (
        "counter: the attack in which N were killed",
        "وقع الهجوم الذي قتل فيه 5 جنود قرب البوابة.",
        Some(5),
        None,
    ),
    (
        "counter: the gunman who killed three",
        "ألقي القبض على المسلح الذي قتل ثلاثة أشخاص.",
        Some(3),
        None,
    ),
];

// ---------------------------------------------------------------- numbers that never count

/// Dates, unit numbers, ages, distances, durations, vehicles, buildings, years, crowds, the
/// missing and the captured are no casualties.
const NEVER: &[Count] = &[
    (
        "a unit number",
        "اندلعت اشتباكات مع اللواء 444 أسفرت عن مقتل 2 من عناصره.",
        Some(2),
        None,
    ),
    (
        "a kilometre mark",
        "قتل 3 أشخاص في هجوم على بوابة الكيلو 27.",
        Some(3),
        None,
    ),
    (
        "an age",
        "لقي شاب يبلغ من العمر 25 عاما حتفه.",
        Some(1),
        None,
    ),
    (
        "a distance",
        "سقطت قذيفة على بعد 30 كيلومترا من المدينة دون وقوع إصابات.",
        Some(0),
        Some(0),
    ),
    (
        "vehicles",
        "دمر القصف 5 سيارات و3 آليات عسكرية.",
        None,
        None,
    ),
    ("buildings", "تضرر 10 منازل في القصف.", None, None),
    (
        "a year",
        "قتل 3 أشخاص في هجوم مماثل عام 2014.",
        Some(3),
        None,
    ),
    (
        "a date",
        "قتل شخصان في اشتباكات يوم 17 فبراير.",
        Some(2),
        None,
    ),
    (
        "a battalion",
        "قتل 4 من عناصر الكتيبة 166 في الهجوم.",
        Some(4),
        None,
    ),
    ("arrests", "اعتقلت قوات الأمن 14 شخصا.", None, None),
    ("a crowd", "تظاهر 300 شخص أمام مقر الحكومة.", None, None),
    (
        "the missing",
        "ما زال 20 مهاجرا في عداد المفقودين بعد غرق القارب.",
        None,
        None,
    ),
    (
        "the captured",
        "أسر الثوار 18 جنديا من قوات القذافي.",
        None,
        None,
    ),
    ("a duration", "استمرت الاشتباكات 3 أيام.", None, None),
    (
        "a resolution",
        "طالب المجلس بتطبيق القرار 2259.",
        None,
        None,
    ),
    ("shells", "سقطت 12 قذيفة على الحي.", None, None),
    ("an hour", "وقع الانفجار عند الساعة 10 صباحا.", None, None),
];

// ---------------------------------------------------------------- a document

/// Figures across the sentences of one article.
const DOCUMENT: &[Case] = &[
    (
        "a precise figure replaces a lower bound told first",
        "ارتفعت حصيلة الاشتباكات في طرابلس إلى 27 قتيلا وأكثر من مئة جريح.\nوأكد مركز طب الطوارئ سقوط 27 قتيلا وإصابة 106 آخرين في الاشتباكات.",
        "2023-08-16",
        EventKind::ArmedClash,
        Want::Injured(Some(106)),
    ),
    (
        "counter: an earlier report below the lower bound does not replace it",
        "ارتفعت حصيلة الاشتباكات في سبها إلى سبعة عشر قتيلا وأكثر من أربعين جريحا.\nوكانت حصيلة سابقة قد تحدثت عن تسعة قتلى و22 جريحا.",
        "2018-03-05",
        EventKind::ArmedClash,
        Want::Injured(Some(40)),
    ),
    (
        "counter: a lower report after a larger one keeps the lower",
        "أسفرت الاشتباكات في طرابلس عن مقتل 12 شخصا.\nوقال مصدر طبي إن الاشتباكات أسفرت عن مقتل 9 أشخاص.",
        "2023-08-16",
        EventKind::ArmedClash,
        Want::Fatalities(Some(9)),
    ),
    (
        "bodies found do not lower the toll told before",
        "قتل 3 أشخاص على الأقل في غارة جوية على منزل في أوباري.\nوعثر سكان هرعوا إلى الموقع على جثتين مشوهتين.",
        "2018-03-24",
        EventKind::Airstrike,
        Want::Fatalities(Some(3)),
    ),
    (
        "counter: bodies alone are the toll",
        "عثر سكان على جثث خمسة أشخاص قرب الطريق بعد غارة جوية على منطقة في أوباري.",
        "2018-03-24",
        EventKind::Airstrike,
        Want::Fatalities(Some(5)),
    ),
    (
        "one more wounded told as additional",
        "اندلعت اشتباكات مسلحة في مدينة الزاوية أسفرت عن مقتل شخصين وإصابة ثلاثة آخرين.\nوأكدت مصادر طبية سقوط قتيلين وثلاثة جرحى في الاشتباكات، فيما أعلن الإسعاف إصابة مواطن إضافي.",
        "2025-12-05",
        EventKind::ArmedClash,
        Want::Injured(Some(4)),
    ),
    (
        "the attackers added to the victims",
        "أسفر الهجوم الانتحاري على مقر الوزارة في طرابلس أمس عن مقتل ثلاثة موظفين، إضافة إلى المهاجمين الثلاثة.",
        "2018-12-26",
        EventKind::Bombing,
        Want::Fatalities(Some(6)),
    ),
    (
        "zero told with a pronoun between",
        "أطلق مسلحون مجهولون النار على المحتجين في طرابلس أمس، دون أن يسفر ذلك عن إصابات.",
        "2025-05-20",
        EventKind::ViolenceAgainstCivilians,
        Want::Injured(Some(0)),
    ),
];

#[test]
fn killed() {
    counts(KILLED);
}

#[test]
fn killed_more() {
    counts(KILLED_MORE);
}

#[test]
fn approximate() {
    counts(APPROXIMATE);
}

#[test]
fn injured() {
    counts(INJURED);
}

#[test]
fn injured_more() {
    counts(INJURED_MORE);
}

#[test]
fn totals() {
    counts(TOTALS);
}

#[test]
fn zero() {
    counts(ZERO);
}

#[test]
fn mixed() {
    counts(MIXED);
}

#[test]
fn one_person() {
    counts(ONE);
}

#[test]
fn never() {
    counts(NEVER);
}

#[test]
fn document() {
    run(DOCUMENT);
}
