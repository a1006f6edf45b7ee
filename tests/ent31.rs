//! ent31 (issue 11): foreign air forces named by their aircraft (`الطيران التركي`, `سلاح الجو
//! المصري`, `القوات الجوية الإماراتية`) are those countries' armed forces, as `الجيش التركي`
//! already was; a civil aviation body stays its own. Sentences written for this test.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::check;

#[test]
fn foreign_air_forces() {
    check(&[
        (
            "the Turkish air force",
            "ونفذ الطيران التركي ضربات على مواقع قرب سرت",
            None,
            &["turkish_armed_forces", "sirte"],
        ),
        (
            "the Egyptian air force",
            "وأعلن سلاح الجو المصري تنفيذ غارات على درنة",
            None,
            &["egyptian_armed_forces", "derna"],
        ),
        (
            "the Emirati air force",
            "واتهمت الحكومة القوات الجوية الإماراتية بقصف مواقع جنوب طرابلس",
            None,
            &["uae_armed_forces", "tripoli"],
        ),
        (
            "the French air force in 2011",
            "وشن الطيران الفرنسي أولى غاراته على مواقع قرب بنغازي",
            None,
            &["french_armed_forces", "benghazi"],
        ),
        (
            "near miss: civil aviation",
            "وأعلنت مصلحة الطيران المدني الليبية استئناف الرحلات",
            None,
            &["civil_aviation_authority"],
        ),
    ]);
}

#[test]
fn names_of_their_period_and_place() {
    check(&[
        (
            "Libya's special forces are Saiqa",
            "اندلعت اشتباكات بين القوات الخاصة الليبية ومسلحين في بنغازي",
            None,
            &["saiqa_special_forces", "benghazi"],
        ),
        (
            "Rif Dimashq is no Damascus",
            "تمديد الهدنة في الزبداني في ريف دمشق",
            None,
            &[],
        ),
        (
            "Damascus itself stays",
            "وصل الوفد إلى دمشق أمس",
            None,
            &["damascus"],
        ),
    ]);
}
