//! ent36 (issue 11, the gazetteer on real news), from the thirty-third session: names written
//! as hashtags (`#مجلس_شورى_درنة`: an underscore between Arabic letters is a space); people
//! of rounds 31–35 researched last session (a common name only with its rank); oil fields
//! named with the adjective first (`الحقل النفطي "الغاني"`); a bare name of a Libyan body
//! less its adjective (`الجيش الوطني`) is no mention in news of another country that never
//! names Libya (Yemen's national army), a country named with its proclitic (`باليمن`) telling
//! such news. Sentences written for this test.

use libya_nlp::Analyzer;

fn ids(a: &Analyzer, text: &str) -> Vec<String> {
    a.analyze(text)
        .entities
        .iter()
        .map(|m| m.id.clone())
        .collect()
}

#[test]
fn ent36_classes() {
    let a = Analyzer::new();
    let cases: &[(&str, &[&str])] = &[
        (
            "فقد عشرة أجانب بعد هجوم على الحقل النفطي \"الغاني\" بجنوب ليبيا.",
            &["ghani_oilfield", "libya"],
        ),
        (
            "كانوا ضمن العاملين في الحقل الغاني النفطي.",
            &["ghani_oilfield"],
        ),
        ("أغلق محتجون حقل الشرارة النفطي.", &["sharara_oilfield"]),
        (
            "اشتباكات مع الجيش الوطني والمقاومة الشعبية في تعز باليمن.",
            &["yemen"],
        ),
        ("اشتبك الجيش الوطني مع مسلحين في درنة.", &["lna", "derna"]),
        (
            "أعلنت مفوضية الانتخابات الليبية عن انتخاب عمداء البلديات.",
            &["high_national_elections_commission"],
        ),
        (
            "تحاصر قوات #الجيش_الليبي المدينة لقطع الإمدادات عن مسلحي #مجلس_شورى_درنة.",
            &["lna", "derna_mujahideen_shura_council"],
        ),
        (
            "قال الدكتور أسامة علي المتحدث باسم جهاز الإسعاف والطوارئ إن ثلاثة قتلوا.",
            &["osama_ali_ambulance", "ambulance_emergency_service"],
        ),
        ("قال أسامة علي إن الوضع هادئ.", &[]),
        (
            "قتل العقيد مصطفى عقيلة بعد خروجه من مسجد في بنغازي.",
            &["mustafa_aqila", "benghazi"],
        ),
        (
            "قال الجيش الوطني إن قواته تقدمت جنوب ليبيا قرب الحدود مع تشاد.",
            &["lna", "libya", "chad"],
        ),
    ];
    let mut bad = Vec::new();
    for (text, want) in cases {
        let got = ids(&a, text);
        if got != *want {
            bad.push(format!("{text}: got {got:?}, want {want:?}"));
        }
    }
    // Dated: the Kaniyat's seventh brigade through 2019; the general staff's command.
    let dated: &[(&str, &str, &[&str])] = &[
        (
            "وكان اللواء السابع خاض منذ أغسطس الماضي معارك طاحنة في الضواحي الجنوبية لطرابلس.",
            "2019-04-07",
            &["kaniyat", "tripoli"],
        ),
        (
            "وأعلنت قيادة الأركان العامة تكليف آمر الغرفة الأمنية بمهامه.",
            "2014-07-23",
            &["general_staff"],
        ),
        (
            "وطالب الناظوري كتيبة بوسليم بتسليم أسلحتها.",
            "2017-02-26",
            &["abdelrazek_nadori", "abu_salim_martyrs_brigade"],
        ),
    ];
    for (text, date, want) in dated {
        let got: Vec<String> = a
            .analyze_dated(text, date.parse().ok())
            .entities
            .iter()
            .map(|m| m.id.clone())
            .collect();
        if got != *want {
            bad.push(format!("{text}: got {got:?}, want {want:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
