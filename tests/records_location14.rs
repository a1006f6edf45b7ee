//! Records: where an event happened (`records.md`: the most specific place where it
//! happened, not where it was announced), one table per class of place told with it that is
//! not its place, with counter-examples that must not change.
//!
//! Every sentence here was written for this file in the style of the news, and labelled
//! with what an ACLED coder would code before the crate was run on it.

#[path = "support/records_table.rs"]
mod records_table;
use libya_nlp::EventKind;
use records_table::{run, Case, Want};

// ---------------------------------------------------------------- the capital as a landmark

/// A town told and then placed from the capital (`قرب العاصمة طرابلس`, `بالقرب من العاصمة`,
/// `جنوب العاصمة الليبية` with the capital itself the mention): the capital tells where the
/// town lies, the town is where it happened. The capital told alone, or told before any
/// other place, is the place.
const FROM_THE_CAPITAL: &[Case] = &[
    (
        "a town near the capital",
        "في مدينة الزاوية قرب العاصمة طرابلس اندلعت اشتباكات عنيفة بين مجموعتين مسلحتين مساء الأحد.",
        "2019-06-02",
        EventKind::ArmedClash,
        Want::Location("zawiya"),
    ),
    (
        "a town south of the capital named as such",
        "في منطقة قصر بن غشير جنوب العاصمة الليبية سقطت قذائف عشوائية مساء الخميس.",
        "2019-06-02",
        EventKind::Shelling,
        Want::Location("qasr_bin_ghashir"),
    ),
    (
        "a town east of the capital named as such",
        "في مدينة تاجوراء شرق العاصمة الليبية اندلعت اشتباكات مسلحة مساء الخميس.",
        "2019-06-02",
        EventKind::ArmedClash,
        Want::Location("tajoura"),
    ),
    (
        "counter: the town told after the event keeps it",
        "اندلعت اشتباكات عنيفة مساء الخميس في مدينة الزاوية غرب العاصمة الليبية.",
        "2019-06-02",
        EventKind::ArmedClash,
        Want::Location("zawiya"),
    ),
    (
        "counter: the south of the capital alone is the capital",
        "اندلعت اشتباكات عنيفة مساء الخميس في جنوب العاصمة الليبية.",
        "2019-06-02",
        EventKind::ArmedClash,
        Want::Location("tripoli"),
    ),
    (
        "counter: near the capital alone is the capital",
        "سقطت قذائف عشوائية مساء الخميس قرب العاصمة طرابلس.",
        "2019-06-02",
        EventKind::Shelling,
        Want::Location("tripoli"),
    ),
];

// ---------------------------------------------------------------- a foreign state that acts

/// The foreign country of a foreign intervention is where its forces or mercenaries come
/// from, not where it happened; a country told as a state that acts (`مستعينة بدولة تركيا`)
/// is an actor. With no other place told, the record has none of its own. A country told as
/// a place (`سفارة تركيا في طرابلس`) and a place in Libya stay.
const FOREIGN_STATE: &[Case] = &[
    (
        "mercenaries coming from a country",
        "وصلت دفعة جديدة من المرتزقة السوريين القادمين من تركيا صباح اليوم.",
        "2020-02-02",
        EventKind::ForeignIntervention,
        Want::Location("-"),
    ),
    (
        "foreign forces from a neighbour",
        "أعلنت مصادر عسكرية وصول قوات أجنبية من مصر لدعم قوات حفتر.",
        "2020-02-02",
        EventKind::ForeignIntervention,
        Want::Location("-"),
    ),
    (
        "an offensive helped by a state",
        "شنت قوات الوفاق، مستعينة بدولة تركيا، هجوما واسعا صباح اليوم.",
        "2020-02-02",
        EventKind::Offensive,
        Want::Location("-"),
    ),
    (
        "counter: the intervention's place in Libya",
        "وصلت دفعة جديدة من المرتزقة السوريين من تركيا إلى مطار معيتيقة أمس.",
        "2020-02-02",
        EventKind::ForeignIntervention,
        Want::Location("mitiga_airport"),
    ),
    (
        "counter: an offensive helped by a state on a town",
        "هاجمت قوات مدعومة من دولة الإمارات مدينة غريان فجر الأحد.",
        "2020-02-02",
        EventKind::Offensive,
        Want::Location("gharyan"),
    ),
    (
        "counter: a protest at a country's embassy in Tripoli",
        "تظاهر مئات المواطنين أمام سفارة تركيا في طرابلس أمس.",
        "2020-02-02",
        EventKind::Protest,
        Want::Location("tripoli"),
    ),
];

#[test]
fn from_the_capital() {
    run(FROM_THE_CAPITAL);
}

#[test]
fn foreign_state() {
    run(FOREIGN_STATE);
}
