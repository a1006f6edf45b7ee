//! How a place of a record is told, read from the words the stages below produced: a place
//! told as where another place lies (`قرب العاصمة طرابلس` after a town), a foreign state
//! told as who acts, a town told as where fighters or fire come from (`كتائب من مصراتة`).
//! The words are in `data/records/places.tsv`, which an analyst may edit.

/// The families of `data/records/places.tsv` (columns `family`, `phrase`), in the order of
/// the indices below.
const FAMILIES: [&str; 7] = [
    "capital", "near", "state", "origin", "head", "leave", "rank",
];
/// The capital named as such (`capital`).
const CAPITAL: usize = 0;
/// Words of nearness before a place (`near`).
const NEAR: usize = 1;
/// Words before a country told as a state that acts (`state`).
const STATE: usize = 2;
/// Who or what comes from the place told after `من` (`origin`): `كتائب`, `القادمة`,
/// `القذائف`.
const ORIGIN: usize = 3;
/// Head nouns of a place between `من` and its name (`head`): `مدينة`, `حي`.
const HEAD: usize = 4;
/// Words of leaving a place before who leaves it (`leave`): `انسحاب قوات من سرت` tells
/// the place left, which is where it happened.
const LEAVE: usize = 5;
/// Ordinals and numbers that name a unit between its noun and `من` (`rank`): `اللواء السابع
/// من ترهونة`, `الكتيبة 48 من صبراتة`.
const RANK: usize = 6;

super::cues::bundled_word_lists!("places.tsv", FAMILIES, []);

/// `w` names the capital as such (`العاصمه`), with a leading و stripped.
pub(crate) fn capital(w: &str) -> bool {
    in_list(CAPITAL, w.strip_prefix('و').unwrap_or(w))
}

/// The place mention that starts the normalized text `at_text` is the capital named as such
/// (`العاصمه الليبيه`, read by the gazetteer as Tripoli).
pub(crate) fn capital_mention(at_text: &str) -> bool {
    capital(at_text.split([' ', '،', ',']).next().unwrap_or(""))
}

/// `w` is a word of nearness (`قرب`, `بالقرب`), with a leading و stripped.
pub(crate) fn near(w: &str) -> bool {
    in_list(NEAR, w.strip_prefix('و').unwrap_or(w))
}

/// `w`, the word right before a country, tells it as a state that acts (`بدوله`).
pub(crate) fn state(w: &str) -> bool {
    in_list(STATE, w)
}

/// `w` without a leading و, then ب or ل (`وبكتائب` → `كتائب`, `وبمناطق` → `مناطق`), each
/// only when a word of three letters or more is left.
pub(crate) fn clitic_free(w: &str) -> &str {
    // (More than two letters: the count stops at the third.)
    let w = w
        .strip_prefix('و')
        .filter(|r| r.chars().nth(2).is_some())
        .unwrap_or(w);
    w.strip_prefix(['ب', 'ل'])
        .filter(|r| r.chars().nth(2).is_some())
        .unwrap_or(w)
}

/// True when the words before a place (`prev`, nearest first) tell it as where fighters,
/// reinforcements or fire come from, not where the event happened: a word of the `origin`
/// family, then `من`, then the place, perhaps with a head noun (`مسنودة بكتائب من مصراتة`,
/// `مجموعة من مدينة مصراتة`, `اللواء القادم من ترهونة`, `يطلقون القذائف من حي أبو سليم`).
/// Not after a word of leaving (`انسحاب قوات من المدينة`: the place left is the place).
pub(crate) fn origin(prev: [&str; 4]) -> bool {
    // (`بلدة` is its own word, no ب before `لدة`: the head is read as written, then without
    // its clitics.)
    let k = usize::from(in_list(HEAD, prev[0]) || in_list(HEAD, clitic_free(prev[0])));
    if prev[k] != "من" {
        return false;
    }
    // (A unit's ordinal or number between its noun and `من`: `اللواء السابع من ترهونة`.)
    let ranked = prev.get(k + 2).is_some()
        && (in_list(RANK, prev[k + 1])
            || (!prev[k + 1].is_empty() && prev[k + 1].chars().all(|c| c.is_ascii_digit())));
    let j = k + 1 + usize::from(ranked);
    // (Read as written, then without its clitics: `لواء` is no ل before `واء`.)
    let unit =
        |w: &str| in_list(ORIGIN, w) || w.strip_prefix("ال").is_some_and(|r| in_list(ORIGIN, r));
    let w = prev[j].strip_prefix('و').unwrap_or(prev[j]);
    (unit(w) || unit(clitic_free(prev[j])))
        && !prev
            .get(j + 1)
            .is_some_and(|w| in_list(LEAVE, clitic_free(w)))
}

/// How many words before a place (`prev`, nearest first) a description of where it lies
/// begins, when news describes it from the capital: `قرب العاصمة طرابلس`, `بالقرب من العاصمة`,
/// `جنوب العاصمة` with the capital itself the mention (`mention_capital`), or `قرب العاصمة
/// طرابلس`. `None` when the words before tell no such description. (Directions before the
/// capital's name are read by the caller, `reference_point`.)
pub(crate) fn from_capital(
    prev: [&str; 3],
    mention_capital: bool,
    direction: impl Fn(&str) -> bool,
) -> Option<usize> {
    let [a, b, c] = prev;
    if mention_capital {
        return match (a, b) {
            // `السواني في جنوب العاصمة الليبية`, `جنوب غرب العاصمة`
            _ if direction(a) && direction(b) => Some(2),
            _ if direction(a) => Some(1),
            // `منطقة الزاوية قرب العاصمة`, `بالقرب من العاصمة`
            _ if near(a) => Some(1),
            ("من", _) if near(b) => Some(2),
            _ => None,
        };
    }
    match (a, b, c) {
        // `قرب العاصمة طرابلس`, `بالقرب من العاصمة طرابلس`
        _ if capital(a) && near(b) => Some(2),
        _ if capital(a) && b == "من" && near(c) => Some(3),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_words_parse() {
        assert!(capital("العاصمه") && near("قرب") && state("بدوله"));
        assert!(in_list(ORIGIN, "كتايب") && in_list(HEAD, "مدينه") && in_list(LEAVE, "انسحاب"));
        assert!(capital_mention("العاصمه الليبيه طرابلس"));
        assert!(!capital_mention("طرابلس"));
    }

    #[test]
    fn bad_rows_are_errors() {
        let parse = |rows: &str| {
            let data = format!(
                "family\tphrase\ncapital\tالعاصمة\nnear\tقرب\nstate\tدولة\norigin\tكتائب\n\
                 head\tمدينة\nleave\tانسحاب\nrank\tالسابع\n{rows}"
            );
            super::super::cues::word_lists(&data, "places.tsv", &FAMILIES, &[])
        };
        assert!(parse("capital\tبالعاصمة\n").is_ok());
        assert!(parse("nowhere\tقرب\n").is_err());
        assert!(parse("near\n").is_err());
        assert!(parse("near\tبالقرب من\n").is_err());
    }

    #[test]
    fn places_told_as_where_they_come_from() {
        assert!(origin(["من", "بكتايب", "مسنوده", "قوات"]));
        assert!(origin(["مدينه", "من", "مجموعه", "شنته"]));
        assert!(origin(["من", "القادم", "السابع", "اللواء"]));
        assert!(origin(["حي", "من", "القذايف", "يطلقون"]));
        assert!(!origin(["من", "قوات", "انسحاب", "بعد"]));
        assert!(!origin(["في", "معارك", "اندلعت", ""]));
        assert!(!origin(["من", "بالقرب", "وقعت", ""]));
        assert!(origin(["بلده", "من", "السابع", "اللواء"]));
        assert!(origin(["من", "48", "الكتيبه", "وصلت"]));
        assert!(!origin(["من", "السابع", "اليوم", ""]));
        assert!(origin(["مدينه", "من", "لواء", "الهجوم"]));
        assert!(origin(["بلده", "من", "مسلحون", "هاجم"]));
    }

    #[test]
    fn descriptions_from_the_capital() {
        let dir = |x: &str| matches!(x, "جنوب" | "غرب");
        assert_eq!(from_capital(["جنوب", "في", "غشير"], true, dir), Some(1));
        assert_eq!(
            from_capital(["قرب", "الزاويه", "منطقه"], true, dir),
            Some(1)
        );
        assert_eq!(
            from_capital(["من", "بالقرب", "الزاويه"], true, dir),
            Some(2)
        );
        assert_eq!(
            from_capital(["العاصمه", "قرب", "الزاويه"], false, dir),
            Some(2)
        );
        assert_eq!(from_capital(["في", "اشتباكات", ""], true, dir), None);
    }
}
