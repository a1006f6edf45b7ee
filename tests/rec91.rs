//! rec91 (issue 10, records), from the fifty-sixth session: a side of round 91's openings (scored
//! unseen at the end first, then read). Sentences written for this test, labelled first.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

const REC91: &[Case] = &[
    (
        "the company whose depot a clash reached is no side of it",
        "واندلعت اشتباكات عنيفة أمس في منطقة طريق المطار بمحيط خزانات النفط التابعة لشركة البريقة.",
        "2018-09-05",
        EventKind::ArmedClash,
        Want::Actor1("generic:militia"),
    ),
    (
        "near miss: a company's site attacked is its target",
        "هاجم مسلحون مقر شركة البريقة لتسويق النفط في طرابلس أمس.",
        "2018-09-05",
        EventKind::Offensive,
        Want::Actor2("brega_marketing"),
    ),
];

#[test]
fn rec91_sides() {
    run(REC91);
}
