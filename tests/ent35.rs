//! ent35 (issue 11, the gazetteer on real news), from the thirty-second session: a quarter
//! inside a place's name is its address, no mention of its own (`مستشفى الهواري العام`); a
//! family name shared by another person is matched only with a licence (`عبد الله كشلاف` is
//! not Mohamed Kashlaf); spellings of names news uses (`اقعيم`, `اللجنة الأمنية الليبية
//! العليا`, `المؤتمر الوطني المنتهية ولايته`). Sentences written for this test.

use libya_nlp::Analyzer;

fn ids(a: &Analyzer, text: &str) -> Vec<String> {
    a.analyze(text)
        .entities
        .iter()
        .map(|m| m.id.clone())
        .collect()
}

#[test]
fn ent35_classes() {
    let a = Analyzer::new();
    let cases: &[(&str, &[&str])] = &[
        (
            "نقل الجرحى إلى مستشفى الهواري العام في بنغازي.",
            &["hawari_hospital", "benghazi"],
        ),
        (
            "اندلعت اشتباكات في منطقة الهواري جنوب بنغازي.",
            &["hawari", "benghazi"],
        ),
        ("قال آمر القوة عبد الله كشلاف إن الوضع هادئ.", &[]),
        (
            "قال محمد كشلاف إن قواته جاهزة، وأضاف كشلاف أن الوضع هادئ.",
            &["mohamed_kashlaf", "mohamed_kashlaf"],
        ),
        (
            "وأكد اقعيم في بيان أن الأجهزة الأمنية قبضت على المجموعة.",
            &["faraj_gaim"],
        ),
        (
            "ألقت اللجنة الأمنية الليبية العليا القبض على خلية مسلحة.",
            &["supreme_security_committee"],
        ),
        (
            "قاطع المندوبون من المؤتمر الوطني المنتهية ولايته الاجتماع.",
            &["general_national_congress"],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(ids(&a, text), *want, "{text}");
    }
}
