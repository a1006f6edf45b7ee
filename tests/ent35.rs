//! ent35 (issue 11, the gazetteer on real news), from the thirty-second session: a quarter
//! inside a place's name is its address, no mention of its own (`مستشفى الهواري العام`); a
//! family name shared by another person is matched only with a licence (`عبد الله كشلاف` is
//! not Mohamed Kashlaf); spellings of names news uses (`اقعيم`, `اللجنة الأمنية الليبية
//! العليا`, `المؤتمر الوطني المنتهية ولايته`); the UN-backed government of 2016–2021.
//! Sentences written for this test.

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
        // (Abdullah Kashlaf has an entry of his own since gaz90, the Gharyan force's commander:
        // still never Mohamed Kashlaf.)
        (
            "قال آمر القوة عبد الله كشلاف إن الوضع هادئ.",
            &["abdullah_kashlaf"],
        ),
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

/// `الحكومة المدعومة من الأمم المتحدة` is the GNA in its years (2016 to March 2021) and no
/// government of its own after them.
#[test]
fn ent35_the_un_backed_government() {
    let a = Analyzer::new();
    let text = "قال السراج إن الحكومة الليبية المدعومة من الأمم المتحدة طلبت شن ضربات جوية.";
    let ids_at = |d: &str| -> Vec<String> {
        a.analyze_dated(text, d.parse().ok())
            .entities
            .iter()
            .map(|m| m.id.clone())
            .collect()
    };
    assert!(ids_at("2016-08-01").contains(&"gna".to_string()));
    assert!(!ids_at("2022-04-22").contains(&"gna".to_string()));
}
