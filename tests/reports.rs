//! Reports vs mentions (shared/spec/records.md, «Reports and mentions») and the verb lemmas of
//! the lexicon: one named table per class, each sentence written for this test.
//!
//! Each case says which events the sentence *reports* (kind, modality) and which kinds it only
//! mentions (background); the assertion is on the exact sets.

use libya_nlp::events::{EventClassifier, EventKind, Modality};
use std::collections::BTreeSet;

use EventKind::*;
use Modality::*;

struct Case {
    name: &'static str,
    text: &'static str,
    reported: &'static [(EventKind, Modality)],
    background: &'static [EventKind],
}

fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for c in cases {
        let ev = EventClassifier::libya().classify(c.text);
        let reported: BTreeSet<(EventKind, Modality)> = ev
            .iter()
            .filter(|e| !e.background)
            .map(|e| (e.kind, e.modality))
            .collect();
        let background: BTreeSet<EventKind> = ev
            .iter()
            .filter(|e| e.background)
            .map(|e| e.kind)
            .filter(|k| !reported.iter().any(|(r, _)| r == k))
            .collect();
        let want_r: BTreeSet<_> = c.reported.iter().copied().collect();
        let want_b: BTreeSet<_> = c.background.iter().copied().collect();
        if reported != want_r || background != want_b {
            failures.push(format!(
                "{}: {}\n  reported {:?}, want {:?}\n  background {:?}, want {:?}",
                c.name, c.text, reported, want_r, background, want_b
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn participants_count_only_as_agents_of_a_protest_action() {
    check(&[
        Case {
            name: "gathering",
            text: "واحتشد المتظاهرون أمام مقر الحكومة في طرابلس.",
            reported: &[(Protest, Asserted)],
            background: &[],
        },
        Case {
            name: "demanding",
            text: "وطالب محتجون في مصراتة بإقالة المجلس البلدي.",
            reported: &[(Protest, Asserted), (PoliticalProcess, Demanded)],
            background: &[],
        },
        Case {
            name: "storming",
            text: "اقتحم محتجون غاضبون مبنى البلدية وأضرموا فيه النار.",
            reported: &[(Protest, Asserted)],
            background: &[],
        },
        Case {
            // Firing on protesters reports the protest and an attack on them (ACLED
            // «excessive force against protesters»), as the fresh gold codes dispersal.
            name: "fired on to disperse them",
            text: "وفتحت الشرطة النار على المتظاهرين لتفريقهم.",
            reported: &[(ViolenceAgainstCivilians, Asserted), (Protest, Asserted)],
            background: &[],
        },
        Case {
            name: "protesters storming, the subject before the verb",
            text: "فرقت الشرطة المحتجين الذين حاولوا اقتحام مبنى المحافظة.",
            reported: &[(Protest, Asserted)],
            background: &[],
        },
        Case {
            name: "a protester quoted",
            text: "وقال أحد المحتجين إنهم لن يغادروا الساحة قبل رحيل الحكومة.",
            reported: &[(Protest, Asserted)],
            background: &[],
        },
        Case {
            name: "protesters spoken to are no quote",
            text: "وقال الوزير في كلمة أمام البرلمان إن الحكومة لن ترد على المتظاهرين.",
            reported: &[],
            background: &[],
        },
        Case {
            name: "subject of moving",
            text: "وتدفق المتظاهرون على المدينة من كل الأنحاء.",
            reported: &[],
            background: &[],
        },
        Case {
            name: "what they carried",
            text: "وحمل المتظاهرون أعلاما ولافتات.",
            reported: &[],
            background: &[],
        },
        Case {
            name: "a march as a career",
            text: "وشكلت المباراة منعطفا في مسيرة المنتخب.",
            reported: &[],
            background: &[],
        },
    ]);
}

#[test]
fn charges_trials_and_investigations_are_background() {
    check(&[
        Case {
            name: "charge",
            text: "واعتقلت قوة الردع شابا بتهمة القتل والخطف في طرابلس.",
            reported: &[(Arrest, Asserted)],
            // `القتل` with the article names killing as a notion: no event at all.
            background: &[Abduction],
        },
        Case {
            name: "trial",
            text: "وبدأت محاكمة المتهمين في قضية اغتيال الناشطة في بنغازي.",
            reported: &[],
            background: &[Assassination],
        },
        Case {
            name: "investigation",
            text: "وطالبت البعثة بالتحقيق في الهجوم الذي استهدف مركز الإيواء.",
            reported: &[],
            background: &[Offensive],
        },
        Case {
            name: "accusation",
            text: "واتهمت الحكومة الجماعة المسلحة بتنفيذ التفجير.",
            reported: &[],
            background: &[Bombing],
        },
        Case {
            name: "named crime",
            text: "وأدان المجلس جريمة اغتيال المحامية.",
            reported: &[],
            background: &[Assassination],
        },
    ]);
}

#[test]
fn earlier_events_and_generic_talk_are_background() {
    check(&[
        Case {
            name: "since",
            text: "ولم ينم جيدا منذ اغتيال شقيقه.",
            reported: &[],
            background: &[Assassination],
        },
        Case {
            name: "since the fighting began stays news",
            text: "وقتل عشرون شخصا منذ اندلاع الاشتباكات في الزاوية.",
            reported: &[(Casualties, Asserted), (ArmedClash, Asserted)],
            background: &[],
        },
        Case {
            name: "anniversary",
            text: "وأحيا السكان الذكرى الثالثة لتفجير السوق.",
            reported: &[],
            background: &[Bombing],
        },
        Case {
            name: "a year dates it as history",
            text: "وذكر التقرير التفجيرات التي شهدتها المدينة عام 2012.",
            reported: &[],
            background: &[Bombing],
        },
        Case {
            name: "a kind of event, not one",
            text: "ودعت المنظمة إلى مكافحة الخطف والتعذيب.",
            reported: &[],
            background: &[Abduction, ViolenceAgainstCivilians],
        },
        Case {
            name: "an unanchored noun",
            text: "ورأى أن استمرار الاغتيالات يهدد الاستقرار.",
            reported: &[],
            background: &[Assassination],
        },
        Case {
            name: "an anchored noun",
            text: "وشهدت درنة أمس اغتيال ضابط في الجيش.",
            reported: &[(Assassination, Asserted)],
            background: &[],
        },
    ]);
}

#[test]
fn modifiers_and_names_are_no_events() {
    check(&[
        Case {
            name: "suicide bomber as a person",
            text: "وقالت الشرطة إن جثة المهاجم الانتحاري نقلت إلى المستشفى.",
            reported: &[],
            background: &[Casualties],
        },
        Case {
            name: "suicide bomber who blew himself up",
            text: "وفجر انتحاري نفسه قرب نقطة تفتيش في سرت.",
            reported: &[(Bombing, Asserted)],
            background: &[],
        },
        Case {
            name: "car bomb as a fear",
            text: "كان يتفحص الشارع خوفا من ظهور سيارة مفخخة.",
            reported: &[],
            background: &[],
        },
        Case {
            name: "rocket named Fajr",
            text: "وعرض الجيش صواريخ فجر في المعرض.",
            reported: &[],
            background: &[],
        },
        Case {
            name: "a salvation government",
            text: "وقال رئيس حكومة الإنقاذ الوطني إن الوضع مستقر.",
            reported: &[],
            background: &[],
        },
        Case {
            name: "killers are no killing",
            text: "وصفهم بأنهم قتلة.",
            reported: &[],
            background: &[],
        },
        Case {
            name: "killing as a notion",
            text: "ورفض القتل بكل أشكاله.",
            reported: &[],
            background: &[],
        },
    ]);
}

#[test]
fn denials_attempts_and_foiled_plots_are_not_asserted() {
    check(&[
        Case {
            name: "denial",
            text: "ونفى المتحدث باسم الجيش قصف الأحياء السكنية في طرابلس.",
            reported: &[(Shelling, Negated)],
            background: &[],
        },
        Case {
            name: "attempt",
            text: "ونجا الوزير من محاولة اغتيال في جنزور.",
            reported: &[(Assassination, Negated)],
            background: &[],
        },
        Case {
            name: "attempt by verb",
            text: "وحاول مسلحون اختطاف رجل أعمال في مصراتة.",
            reported: &[(Abduction, Negated)],
            background: &[],
        },
        Case {
            name: "foiled plot",
            text: "وأحبطت الأجهزة الأمنية تفجير سيارة مفخخة في بنغازي.",
            reported: &[(Bombing, Negated)],
            background: &[],
        },
        Case {
            name: "failed advance",
            text: "وعجزت الكتائب عن التقدم نحو مصراتة.",
            reported: &[(Offensive, Negated)],
            background: &[],
        },
    ]);
}

#[test]
fn verb_lemmas_cover_every_person_and_tense() {
    check(&[
        Case {
            name: "present-tense headline",
            text: "مسلحون يختطفون ناشطا في طرابلس",
            reported: &[(Abduction, Asserted)],
            background: &[],
        },
        Case {
            name: "masculine plural imperfect",
            text: "مقاتلو الجماعة يسيطرون على المطار",
            reported: &[(TerritoryControl, Asserted)],
            background: &[],
        },
        Case {
            name: "dual perfect",
            text: "واشتبكا بالأسلحة الخفيفة قرب الميناء.",
            reported: &[(ArmedClash, Asserted)],
            background: &[],
        },
        Case {
            name: "object pronoun on a plural",
            text: "واختطفوه من أمام منزله في الزاوية.",
            reported: &[(Abduction, Asserted)],
            background: &[],
        },
        Case {
            name: "future",
            text: "وسيجتمع الوفدان في جنيف.",
            reported: &[(Meeting, Planned)],
            background: &[],
        },
        Case {
            name: "death idiom",
            text: "ولقوا مصرعهم في الطريق إلى سبها.",
            reported: &[(Casualties, Asserted)],
            background: &[],
        },
        Case {
            name: "death idiom, singular",
            text: "وفارق الحياة متأثرا بجراحه.",
            reported: &[(Casualties, Asserted)],
            background: &[],
        },
        Case {
            name: "repelled attack: the attack is told",
            text: "وقالت القوات إنها صدت هجوما على محور الرملة.",
            reported: &[(Offensive, Asserted)],
            background: &[],
        },
        Case {
            name: "Maghrebi shelling",
            text: "وقذفت القوات أحياء المدينة بالصواريخ.",
            reported: &[(Shelling, Asserted)],
            background: &[],
        },
        Case {
            name: "raising the flag",
            text: "ورفعت وحدات الجيش العلم فوق مبنى البلدية.",
            reported: &[(TerritoryControl, Asserted)],
            background: &[],
        },
        Case {
            name: "toll",
            text: "وكبدت القوات المهاجمين خسائر في الأرواح.",
            reported: &[(Casualties, Asserted)],
            background: &[],
        },
        Case {
            name: "hamza carrier before a possessive",
            text: "وأكد خلال لقائه وفد الأعيان دعمه للبلدية.",
            reported: &[(Meeting, Asserted)],
            background: &[],
        },
    ]);
}

#[test]
fn past_event_verbs_of_relative_clauses_are_background() {
    check(&[
        Case {
            name: "a person described by an old killing",
            text: "وأحيا أنصاره ذكرى القيادي الذي اغتيل في بنغازي عام 2013.",
            reported: &[],
            background: &[Assassination],
        },
        Case {
            name: "a hostage described by his abduction, the release is the news",
            text: "وأفرجت الجماعة عن المهندس التونسي الذي خطفه مسلحون قبل ثلاثة أشهر.",
            reported: &[],
            background: &[Abduction],
        },
        Case {
            name: "a passive with تم",
            text: "ووصل إلى تونس الدبلوماسي الذي تم اختطافه في طرابلس العام الماضي.",
            reported: &[],
            background: &[Abduction],
        },
        Case {
            name: "dated to the day of the report: still news",
            text: "طالبت البعثة بالإفراج عن الموظف الذي اختطف من منزله أمس في طرابلس.",
            reported: &[(Abduction, Asserted)],
            background: &[],
        },
        Case {
            name: "an imperfect verb tells a state that still holds",
            text: "اجتمع الوفد بأعيان المدينة التي تحاصرها قوات الجيش منذ أشهر.",
            reported: &[(Meeting, Asserted), (Siege, Asserted)],
            background: &[],
        },
        Case {
            name: "the main clause still reports its own event",
            text: "قتل ثلاثة مدنيين في القصف الذي استهدف حي الهضبة.",
            reported: &[(Casualties, Asserted), (Shelling, Asserted)],
            background: &[],
        },
    ]);
}

#[test]
fn allegations_court_cases_and_condemnations_are_about_an_event() {
    check(&[
        Case {
            name: "allegations of torture",
            text: "ونفت الوزارة مزاعم تعذيب السجناء في سجن معيتيقة.",
            reported: &[],
            background: &[ViolenceAgainstCivilians],
        },
        Case {
            name: "underwent, under a possibility",
            text: "وقال محاميه إنه قد يتعرض للتعذيب إذا سلم إلى بلاده.",
            reported: &[(ViolenceAgainstCivilians, Hypothetical)],
            background: &[],
        },
        Case {
            name: "underwent, denied",
            text: "ونفى المتحدث تعرض السجناء للتعذيب.",
            reported: &[(ViolenceAgainstCivilians, Negated)],
            background: &[],
        },
        Case {
            name: "underwent, told as news",
            text: "تعرض موكب الوزير لتفجير عبوة ناسفة قرب مصراتة.",
            reported: &[(Bombing, Asserted)],
            background: &[],
        },
        Case {
            name: "blame for an attack",
            text: "وقال الوزير إن جماعة متطرفة تقف وراء التفجيرات.",
            reported: &[],
            background: &[Bombing],
        },
        Case {
            name: "a court case",
            text: "وأجلت المحكمة النظر في قضية اغتيال المحامية إلى الشهر المقبل.",
            reported: &[],
            background: &[Assassination],
        },
        Case {
            name: "a condemnation",
            text: "واستنكر المجلس الرئاسي تفجيرات مدينة بنغازي.",
            reported: &[],
            background: &[Bombing],
        },
        Case {
            name: "a reprisal",
            text: "وهدد المسلحون بقتل رهينة آخر ردا على مقتل قائدهم.",
            reported: &[(Casualties, Hypothetical)],
            background: &[],
        },
    ]);
}

#[test]
fn definite_event_nouns_need_a_clause_that_tells_them() {
    check(&[
        Case {
            name: "a list of kinds of violence",
            text: "وقال الشيخ إن هناك طريقا أشرف من القتل والخطف والتعذيب.",
            reported: &[],
            // `القتل` the notion is blocked outright.
            background: &[Abduction, ViolenceAgainstCivilians],
        },
        Case {
            name: "a definite noun in a common place noun's clause",
            text: "وساهم انتشار الشرطة في تراجع عدد التفجيرات في المنطقة.",
            reported: &[],
            background: &[Bombing],
        },
        Case {
            name: "an occurrence verb tells it",
            text: "وأسفر الانفجار عن أضرار كبيرة في المبنى.",
            reported: &[(Bombing, Asserted)],
            background: &[],
        },
        Case {
            name: "a named place tells it",
            text: "وخاصة التفجيرات الإرهابية في مدينة القبة شرق البلاد.",
            reported: &[(Bombing, Asserted)],
            background: &[],
        },
        Case {
            name: "an indefinite noun with a common place noun stays news",
            text: "تفجير انتحاري في سوق شعبي وسط المدينة.",
            reported: &[(Bombing, Asserted)],
            background: &[],
        },
    ]);
}

#[test]
fn plots_and_intentions_are_planned() {
    check(&[
        Case {
            name: "a plot",
            text: "كشفت الأجهزة الأمنية مخططا لاغتيال رئيس المجلس البلدي.",
            reported: &[(Assassination, Planned)],
            background: &[],
        },
        Case {
            name: "they wanted to",
            text: "واعتقل ثلاثة يشتبه في أنهم أرادوا خطف رجل أعمال.",
            reported: &[(Arrest, Asserted), (Abduction, Planned)],
            background: &[],
        },
        Case {
            name: "a list of targets",
            text: "ونشر التنظيم قائمة اغتيالات تضم صحفيين وناشطين.",
            reported: &[(Assassination, Planned)],
            background: &[],
        },
    ]);
}

#[test]
fn condemned_and_feared_events() {
    check(&[
        Case {
            name: "a condemnation with a long subject",
            text: "وأدان المجلس الأعلى للدولة في بيان أمس عملية خطف الطبيب.",
            reported: &[],
            background: &[Abduction],
        },
        Case {
            name: "measures in anticipation of attacks",
            text: "ونشرت الشرطة دوريات إضافية تحسبا لتفجيرات خلال الاحتفالات.",
            reported: &[(Bombing, Hypothetical)],
            background: &[],
        },
        Case {
            name: "a scenario",
            text: "وحذر الخبراء من سيناريو اغتيالات جديدة في المدينة.",
            reported: &[(Assassination, Hypothetical)],
            background: &[],
        },
    ]);
}

#[test]
fn participants_are_the_subject_of_a_demand_only_right_after_its_verb() {
    check(&[
        Case {
            name: "protesters demand",
            text: "وطالب مئات المحتجين في مصراتة بإقالة المجلس البلدي.",
            reported: &[(Protest, Asserted), (PoliticalProcess, Demanded)],
            background: &[],
        },
        Case {
            // The protesters are the object of the demand (ev27): named without an act of
            // theirs, they tell no protest at all (records.md), not a demanded one.
            name: "protesters are asked: no protest",
            text: "طالبت وزارة الداخلية المتظاهرين بالتزام السلمية.",
            reported: &[],
            background: &[],
        },
    ]);
}

#[test]
fn participants_described_by_a_relative_clause() {
    check(&[
        Case {
            name: "arrested protesters who had come out",
            text: "واعتقلت الشرطة عشرة من المتظاهرين الذين خرجوا رغم حظر التجول.",
            reported: &[(Arrest, Asserted)],
            background: &[Protest],
        },
        Case {
            name: "dispersed protesters who tried to storm: still a protest",
            text: "فرقت الشرطة المحتجين الذين حاولوا اقتحام مبنى المحافظة.",
            reported: &[(Protest, Asserted)],
            background: &[],
        },
        Case {
            name: "protesters who act in their own clause",
            text: "وأغلق المتظاهرون الذين تجمعوا أمام البرلمان الطريق الساحلي.",
            reported: &[(Protest, Asserted)],
            background: &[],
        },
    ]);
}

#[test]
fn places_of_events_and_figurative_explosions() {
    check(&[
        Case {
            name: "the place of an explosion",
            text: "وانتشرت دوريات الشرطة حول مكان الانفجار.",
            reported: &[],
            background: &[Bombing],
        },
        Case {
            name: "a scandal explodes",
            text: "وانفجرت فضيحة جديدة في وجه الحكومة.",
            reported: &[],
            background: &[],
        },
    ]);
}

#[test]
fn imperfect_verbs_of_deeds_are_habits_unless_headlines_or_dated() {
    check(&[
        Case {
            name: "a headline",
            text: "مجهولون يغتالون ناشطا حقوقيا في بنغازي",
            reported: &[(Assassination, Asserted)],
            background: &[],
        },
        Case {
            name: "a kind of deed in a statement",
            text: "وقال الوزير إن الجماعات المتطرفة في المنطقة تغتال كل من يخالفها الرأي.",
            reported: &[],
            background: &[Assassination],
        },
        Case {
            name: "dated to the day",
            text: "وقال شهود إن مسلحين في المدينة يغتالون اليوم عناصر الأمن واحدا بعد الآخر.",
            reported: &[(Assassination, Asserted)],
            background: &[],
        },
    ]);
}
