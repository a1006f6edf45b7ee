//! ev81 (issue 9), from the fifty-third session, rounds 80 and 81 (scored unseen, then
//! studied). Sentences written for this test.

#[path = "support/events_table.rs"]
mod events_table;
use libya_nlp::{EventKind as K, Modality as M};

const EV81_CASES: &[events_table::Case] = &[
    (
        "a participle of saying opens its own clause: the denial does not reach the truce",
        "ونفى الجيش هذه الأنباء، مؤكدا التزامه بوقف إطلاق النار.",
        K::Ceasefire,
        Some(M::Asserted),
    ),
    (
        "near miss: the commitment itself denied is negated",
        "ونفى الجيش التزامه بوقف إطلاق النار.",
        K::Ceasefire,
        Some(M::Negated),
    ),
    (
        "support elements held by an army detachment are arrested",
        "وأوقفت مفرزة للجيش، أمس الأحد، ثلاثة عناصر دعم للجماعات الإرهابية بولاية تبسة.",
        K::Arrest,
        Some(M::Asserted),
    ),
    (
        "near miss: a company halting oil pumping arrests no one",
        "وأوقفت الشركة ضخ النفط من الحقل.",
        K::Arrest,
        None,
    ),
    (
        "bombs counted among weapons seized are no bombing",
        "وحجزت القوات خمسة أسلحة نارية وقنبلتين يدويتين.",
        K::Bombing,
        None,
    ),
    (
        "near miss: a bomb that went off is one",
        "وانفجرت قنبلة يدوية في سوق المدينة.",
        K::Bombing,
        Some(M::Asserted),
    ),
    (
        "an interview a newspaper held is no talks",
        "وقال الوزير في حوار أجرته معه صحيفة محلية إن الأوضاع مستقرة.",
        K::PeaceTalks,
        None,
    ),
    (
        "near miss: a dialogue between the parties is",
        "وانطلق الحوار بين الأطراف الليبية في جنيف أمس.",
        K::PeaceTalks,
        Some(M::Asserted),
    ),
    (
        "the nuclear deal is a name, no agreement",
        "وانتقد الرئيس الانسحاب من الاتفاق النووي.",
        K::Agreement,
        None,
    ),
    (
        "elections decided are to come",
        "وقرر المشاركون في الملتقى إجراء الانتخابات في ديسمبر المقبل.",
        K::Election,
        Some(M::Planned),
    ),
    (
        "what a future verb says will follow is to come",
        "وقال المتحدث إن الضربات الجوية ستعقبها عملية برية.",
        K::Offensive,
        Some(M::Planned),
    ),
    (
        "an attempt by forces to retake a place is an offensive",
        "واندلعت المواجهات إثر محاولة قوات المجلس العسكري استعادة السيطرة على المطار.",
        K::Offensive,
        Some(M::Asserted),
    ),
    (
        "near miss: an attempt told as a purpose is none",
        "وتحاصر القوات المدينة منذ أشهر لمحاولة السيطرة عليها.",
        K::Offensive,
        None,
    ),
    (
        "resignations of several are a political step",
        "وقدم أعضاء المجلس البلدي استقالاتهم احتجاجا على الأوضاع.",
        K::PoliticalProcess,
        Some(M::Asserted),
    ),
    (
        "shots fired at two brothers are an attack on civilians",
        "وأطلق مسلحون النار على شقيقين في سوق المدينة أمس.",
        K::ViolenceAgainstCivilians,
        Some(M::Asserted),
    ),
    (
        "near miss: shots fired at the security forces are a clash",
        "وأطلق مسلحون النار على قوات الأمن في سوق المدينة أمس.",
        K::ViolenceAgainstCivilians,
        None,
    ),
    (
        "control told of brigades after an indefinite noun is a state, whatever day the main verb has",
        "وتجددت الاشتباكات مساء السبت بين مسلحين تابعين لكتيبتين تسيطران على مدينة الزاوية.",
        K::TerritoryControl,
        None,
    ),
    (
        "near miss: control dated after its verb is told as news",
        "وقالت المصادر إن قوات الجيش تسيطر منذ صباح اليوم على المدينة.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "a confrontation with armed men is a clash",
        "وقتل ثلاثة جنود في مواجهة مع مسلحين قرب الحدود.",
        K::ArmedClash,
        Some(M::Asserted),
    ),
    (
        "near miss: a confrontation with the government is none",
        "ودعا الحزب إلى الوحدة في مواجهة مع الحكومة.",
        K::ArmedClash,
        None,
    ),
    (
        "gunfire heard beside a clash with protesters attacks no one",
        "وقال سكان إن اشتباكات وقعت بين رجال أمن والمحتجين وأمكن سماع دوي إطلاق نار كثيف.",
        K::ViolenceAgainstCivilians,
        None,
    ),
    (
        "near miss: gunfire opened on the protesters is an attack on them",
        "وأطلق رجال الأمن النار على المحتجين في المدينة.",
        K::ViolenceAgainstCivilians,
        Some(M::Asserted),
    ),
    (
        "protesters who call for something protest",
        "ودعا متظاهرون في مصراتة اليوم إلى حل الحكومتين.",
        K::Protest,
        Some(M::Asserted),
    ),
    (
        "near miss: activists calling protesters to gather report a protest called for",
        "ودعا ناشطون المتظاهرين إلى التجمع يوم الجمعة.",
        K::Protest,
        Some(M::Demanded),
    ),
    (
        "near miss: protesters who will call for something report no protest",
        "وسيدعو المتظاهرون الحكومة إلى الاستقالة.",
        K::Protest,
        None,
    ),
    (
        "a test of a truce names it, no purpose",
        "وقصفت الطائرات مواقع على الحدود في اختبار لوقف إطلاق النار الهش.",
        K::Ceasefire,
        Some(M::Asserted),
    ),
    (
        "people held by a patrol are arrested",
        "وضبطت دورية مشتركة يوم الثلاثاء 19 شخصا بصدد اجتياز الحدود خلسة.",
        K::Arrest,
        Some(M::Asserted),
    ),
    (
        "near miss: goods seized are no arrest",
        "وضبطت دورية مشتركة يوم الثلاثاء شحنة من الوقود المهرب.",
        K::Arrest,
        None,
    ),
    (
        "prisoners freed are no place liberated",
        "وأعلن الجيش تحرير العديد من السجناء العسكريين والمدنيين.",
        K::TerritoryControl,
        None,
    ),
    (
        "near miss: a district liberated is",
        "وأعلن الجيش تحرير منطقة قنفودة بالكامل.",
        K::TerritoryControl,
        Some(M::Asserted),
    ),
    (
        "participation in talks postponed is negated",
        "وأكد المتحدث أن المؤتمر أجل مشاركته في جولة الحوار.",
        K::PeaceTalks,
        Some(M::Negated),
    ),
    (
        "training to fight is no fight",
        "وقال إنه أتى مع آخرين بهدف التدرب على القتال.",
        K::ArmedClash,
        None,
    ),
    (
        "a shelter struck is no aid",
        "وقتل طفل جراء قذيفة استهدفت دار إيواء في المدينة.",
        K::Humanitarian,
        None,
    ),
    (
        "what a clause tells of the past is no news",
        "والبلاد التي كانت تستقدم المرتزقة في الماضي باتت مسرحا لتجنيد المقاتلين.",
        K::ForeignIntervention,
        None,
    ),
    (
        "near miss: mercenaries brought in now are",
        "وقال المتحدث إن الحكومة استقدمت المرتزقة إلى العاصمة أمس.",
        K::ForeignIntervention,
        Some(M::Asserted),
    ),
    (
        "a relief body's operations team is no offensive",
        "وكلف فريق العمليات بالهيئة فريقا لحصر الأسر النازحة.",
        K::Offensive,
        None,
    ),
];

#[test]
fn ev81_classes() {
    events_table::check(EV81_CASES, true);
}
