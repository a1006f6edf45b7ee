//! How a place of a record is told, read from the words the stages below produced: a place
//! told as where another place lies (`قرب العاصمة طرابلس` after a town), a foreign state
//! told as who acts, a town told as where fighters or fire come from (`كتائب من مصراتة`).
//! The words are in `data/records/places.tsv`, which an analyst may edit.

/// The families of `data/records/places.tsv` (columns `family`, `phrase`), in the order of
/// the indices below.
const FAMILIES: [&str; 13] = [
    "capital",
    "near",
    "state",
    "origin",
    "head",
    "leave",
    "rank",
    "link",
    "road",
    "opener",
    "people",
    "delegates",
    "fighters_of",
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

/// Words that tie a road to the places it joins (`link`): `الرابط`, `يربط`, `الواصل`.
const LINK: usize = 7;
/// Nouns of a road before `بين` (`road`): `الطريق`, `طريق`, `الخط`.
const ROAD: usize = 8;
/// First words of place names of several words (`opener`): `ابو`, `بني`, `قصر`.
const OPENER: usize = 9;
/// People or fighters of a town named as its genitive (`people`): `ثوار`, `اهالي`, `قبايل`.
const PEOPLE: usize = 10;
/// Who speaks or sits for a town at talks, named with the town as its genitive
/// (`delegates`): `وفد`, `ممثلي`, `ضباط`.
const DELEGATES: usize = 11;
/// Fighters in the construct state, before a head noun and their town (`fighters_of`):
/// `كتائب منطقة الزنتان`, `مسلحو مدينة مصراتة`.
const FIGHTERS_OF: usize = 12;

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

/// `w` is a head noun of a place (`مدينه`, `منطقه`), as written or without its clitics
/// (`بمنطقه`).
pub(crate) fn head(w: &str) -> bool {
    in_list(HEAD, w) || in_list(HEAD, clitic_free(w))
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
/// An end of a road (`الطريق الرابط بين أجدابيا وبنغازي`, [`road_end`]) is told the same
/// way: the place only when the event names no other.
pub(crate) fn origin(prev: [&str; 4]) -> bool {
    // (Read as written, then without its clitics: `لواء` is no ل before `واء`.)
    let unit = |w: &str| unit_word(w);
    // (`بلدة` is its own word, no ب before `لدة`: the head is read as written, then without
    // its clitics.)
    let k = usize::from(head(prev[0]));
    // `كتائب منطقة الزنتان`, `مسلحي مدينة مصراتة`: fighters with their town as their
    // genitive, a head noun between (without one the gazetteer names the group, `كتائب
    // الزنتان`, or the town may be the place of a mention of the fighters themselves).
    if k == 1 && in_list(FIGHTERS_OF, prev[1].strip_prefix('و').unwrap_or(prev[1])) {
        return true;
    }
    if prev[k] != "من" {
        return road_end(prev);
    }
    // (A unit's ordinal or number between its noun and `من`: `اللواء السابع من ترهونة`.)
    let ranked = prev.get(k + 2).is_some()
        && (in_list(RANK, prev[k + 1])
            || (!prev[k + 1].is_empty() && prev[k + 1].chars().all(|c| c.is_ascii_digit())));
    let j = k + 1 + usize::from(ranked);
    let w = prev[j].strip_prefix('و').unwrap_or(prev[j]);
    (unit(w) || unit(clitic_free(prev[j])))
        && !prev
            .get(j + 1)
            .is_some_and(|w| in_list(LEAVE, clitic_free(w)))
}

/// `w` is a word of the `origin` family (a unit, fighters, fire), as written or without its
/// article.
fn unit_word(w: &str) -> bool {
    in_list(ORIGIN, w) || w.strip_prefix("ال").is_some_and(|r| in_list(ORIGIN, r))
}

/// True when the words before a place (`prev`, nearest first) name it as the town whose
/// delegates, officers or notables take part (`وضباط مدينة مصراتة`, `وفد الزنتان`, `ممثلين عن
/// مصراتة`): at a meeting or talks, a party, not where they sat.
pub(crate) fn delegates_of(prev: [&str; 4]) -> bool {
    let k = usize::from(head(prev[0]));
    let of = |w: &str| {
        in_list(DELEGATES, w.strip_prefix('و').unwrap_or(w)) || in_list(DELEGATES, clitic_free(w))
    };
    of(prev[k]) || (prev[k] == "عن" && of(prev[k + 1]))
}

/// True when the words before a place (`prev`, nearest first) make it part of a unit's name:
/// a unit named for a town's martyrs or revolutionaries (`سرية «شهداء عين مارة»`, `كتيبة ثوار
/// الزاوية`). The town tells nothing of where the event happened, not even when the event
/// names no other place.
pub(crate) fn unit_name(prev: [&str; 4]) -> bool {
    matches!(prev[0], "شهداء" | "شهدا" | "ثوار" | "احرار")
        && (unit_word(prev[1].strip_prefix('و').unwrap_or(prev[1]))
            || unit_word(clitic_free(prev[1])))
}

/// True when the words before a place (`prev`, nearest first) tell it as an end of a road
/// (`على الطريق الرابط بين أجدابيا وبنغازي`, `الطريق الذي يربط سرت بمصراتة`, `الطريق بين
/// الزاوية وطرابلس`): a point the road is named by, not where the event on it happened
/// (it stays the place when the event names no other, as a place fighters come from does).
/// The first end follows the word that ties the road to it; the second follows `و` and at
/// most two words of the first (`الرابط بين راس لانوف والبريقة`).
fn road_end(prev: [&str; 4]) -> bool {
    // (`بين` after a word of the road or of its tie, perhaps with an adjective between:
    // `الطريق الساحلي بين`.)
    let tie = |j: usize| {
        let w = clitic_free(prev[j]);
        in_list(LINK, w)
            || (w == "بين"
                && prev[j + 1..]
                    .iter()
                    .take(2)
                    .any(|x| in_list(ROAD, clitic_free(x)) || in_list(LINK, clitic_free(x))))
    };
    // The first end, perhaps after a head noun (`الطريق الرابط بين مدينتي الزاوية وطرابلس`).
    if tie(0) || (head(prev[0]) && tie(1)) {
        return true;
    }
    // The second end: `و` right before it (or the ب of `يربط X بـY`), perhaps on a head noun
    // (`يربط سرت بمدينة مصراتة`), then one or two words of the first end, then the tie.
    let joined =
        matches!(prev[0], "و" | "ب" | "وب") || (head(prev[0]) && prev[0].starts_with(['و', 'ب']));
    joined && (1..=2).any(|n| n + 1 < prev.len() && tie(n + 1))
}

/// True when `w`, the word right before a bare direction, ends a place the words before
/// tell as one (`منطقة ورشفانة غربي`, `في الزاوية غرب`, `بالزاوية غرب`, `أبو قرين غربي`):
/// `before`, the word before it, is a head noun, a preposition or the first word of a name
/// (`opener`), or `w` carries its preposition.
/// Anything else may be a noun of its own after another place (`اشتباكات في طرابلس وقصف
/// جنوب سرت`, `قتل شخصان في سبها وأصيب ثلاثة جنوب أوباري`).
fn introduced(w: &str, before: &str) -> bool {
    let bare = before.strip_prefix('و').unwrap_or(before);
    // (Not after a word of nearness alone: `غارات قرب طمينة شرق مصراتة` is left as told,
    // records_dev3's floor; see tests/records_gold.rs.)
    head(before)
        || in_list(OPENER, bare)
        // `ثوار زليتن شرق طرابلس`, `مناطق قبائل ورشفانة غرب طرابلس`, `كتائب مصراتة شرق
        // العاصمة`: the town as the genitive of the fighters or people from it (s40).
        || in_list(ORIGIN, bare)
        || in_list(PEOPLE, bare)
        || matches!(bare, "في" | "الي" | "علي" | "عند" | "داخل")
        || (w.starts_with(['ب', 'ل']) && w != clitic_free(w))
}

/// True when `w`, the word right before a direction, is `في`: `وتقع العقيلة في شرق منطقة
/// راس لانوف، الموقع الذي استعادته القوات` tells the part of a place the text goes on
/// about, `اشتباكات في شرق مدينة سرت` where it happened.
fn inside(w: &str) -> bool {
    matches!(w, "في" | "وفي")
}

/// True when `w`, the word right before a direction, opens a noun of its own with `و`
/// (`وقصف`), as far as `before`, the word before it, tells: `و` not after a head noun, a
/// word of nearness or a preposition (`منطقة ورشفانة`, `في ورشفانة`). With `before` unread
/// (empty), any `و` counts.
fn conjoined(w: &str, before: &str) -> bool {
    w.starts_with('و')
        && !(head(before) || near(before) || matches!(before, "في" | "وفي" | "الي" | "علي"))
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
        // `منطقة ورشفانة غربي طرابلس`, `بلدة القوارشة جنوب غرب بنغازي`, `قنفودة غربي مدينة
        // بنغازي`: a bare direction (perhaps with a head noun after it) tells where the place
        // before it lies when one ends right before it; the caller checks that one does.
        // (Not when the word before the direction opens a noun of its own with و: `اشتباكات
        // في طرابلس وقصف جنوب سرت` tells two events in two places. A place whose name begins
        // with و, `منطقة ورشفانة`, is told after a head noun or a preposition.)
        _ if direction(a) && direction(b) => (!conjoined(c, "") && !inside(c)).then_some(2),
        _ if direction(a) => (introduced(b, c) && !inside(b)).then_some(1),
        _ if head(a) && direction(b) && direction(c) => Some(3),
        _ if head(a) && direction(b) => (!conjoined(c, "") && !inside(c)).then_some(2),
        _ => None,
    }
}

/// A row of `data/records/nisbas.tsv`.
#[derive(serde::Deserialize)]
struct NisbaRow {
    nisba: String,
    country: String,
}

/// Parses `nisbas.tsv`: (normalized nisba, country id), sorted by nisba.
pub(crate) fn parse_nisbas(data: &str) -> Result<Vec<(String, String)>, crate::Error> {
    country_table(data, "nisbas.tsv", |r: NisbaRow| (r.nisba, r.country))
}

/// The rows of a bundled two-column table of names and countries, each name normalized with
/// the `search` preset, sorted by name.
fn country_table<R: for<'de> serde::Deserialize<'de>>(
    data: &str,
    file: &str,
    split: impl Fn(R) -> (String, String),
) -> Result<Vec<(String, String)>, crate::Error> {
    let n = crate::Normalizer::search();
    let mut out: Vec<(String, String)> = super::tables::rows::<R>(data, file)?
        .into_iter()
        .map(|r| {
            let (name, country) = split(r);
            (n.normalize(&name).into_owned(), country)
        })
        .collect();
    out.sort();
    Ok(out)
}

/// The country of `w` in a table made by [`country_table`].
fn country_in<'t>(table: &'t [(String, String)], w: &str) -> Option<&'t str> {
    let i = table.binary_search_by(|(k, _)| k.as_str().cmp(w)).ok()?;
    Some(table[i].1.as_str())
}

/// The country whose feminine nisba `w` is (`السوريه` → `syria`), from the bundled
/// `nisbas.tsv`.
pub(crate) fn nisba_country(w: &str) -> Option<&'static str> {
    static N: once_cell::sync::Lazy<Vec<(String, String)>> = once_cell::sync::Lazy::new(|| {
        parse_nisbas(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/records/nisbas.tsv"
        )))
        // The bundled data is checked by the test suite; a failure is a build defect.
        .unwrap_or_else(|e| panic!("bundled nisbas.tsv: {e}"))
    });
    country_in(&N, w)
}

/// The country a place is told to lie in by a nisba after its head noun and name, at most
/// three words after the head (`مدينة إدلب السورية`, `العاصمة الجزائرية`, `بلدة بن قردان
/// التونسية`), in the words `ws` (normalized, in order): the first such country.
pub(crate) fn country_by_nisba(ws: &[&str]) -> Option<&'static str> {
    ws.iter().enumerate().find_map(|(i, w)| {
        let c = nisba_country(w)?;
        let from = i.saturating_sub(3);
        ws[from..i]
            .iter()
            .any(|p| {
                head(p)
                    || capital(p)
                    // Regions and plural heads abroad (`ولاية تمنراست الجزائرية`, `مدن
                    // سورية`), with a leading و/ب/ل stripped; a state's desert (r68: `معسكرا
                    // في الصحراء الليبية`).
                    || [*p, clitic_free(p)].iter().any(|w| {
                        matches!(
                            *w,
                            "محافظه"
                                | "ولايه"
                                | "مخيم"
                                | "مدن"
                                | "مناطق"
                                | "بلدات"
                                | "قري"
                                | "الصحراء"
                                | "صحراء"
                        )
                    })
            })
            .then_some(c)
    })
}

/// A row of `data/records/foreign_places.tsv`.
#[derive(serde::Deserialize)]
struct ForeignPlaceRow {
    place: String,
    country: String,
}

/// Parses `foreign_places.tsv`: (normalized place of one or two words, country id), sorted by
/// place.
pub(crate) fn parse_foreign_places(data: &str) -> Result<Vec<(String, String)>, crate::Error> {
    country_table(data, "foreign_places.tsv", |r: ForeignPlaceRow| {
        (r.place, r.country)
    })
}

/// The country of the place abroad `w` (normalized, one or two words), from the bundled
/// `foreign_places.tsv`.
fn foreign_place(w: &str) -> Option<&'static str> {
    static P: once_cell::sync::Lazy<Vec<(String, String)>> = once_cell::sync::Lazy::new(|| {
        parse_foreign_places(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/records/foreign_places.tsv"
        )))
        // The bundled data is checked by the test suite; a failure is a build defect.
        .unwrap_or_else(|e| panic!("bundled foreign_places.tsv: {e}"))
    });
    country_in(&P, w)
}

/// The country of the first town, governorate or region abroad of `foreign_places.tsv` named
/// in the words `ws` (normalized, in order), with or without a leading و, ب or ل: `معركة
/// مسلحة في النجف` → `iraq`, `بانفجار سيارة مفخخة بالعريش` → `egypt`. Not a place told as
/// where someone comes from (`من` right before it), nor `الموصل` as a road's «leading to»
/// (`الطريق الموصل إلى المطار`).
pub(crate) fn country_by_place(ws: &[&str]) -> Option<&'static str> {
    let mut two = String::new();
    (0..ws.len()).find_map(|i| {
        if i > 0 && ws[i - 1] == "من" {
            return None;
        }
        let first = [ws[i], clitic_free(ws[i])];
        if let Some(next) = ws.get(i + 1) {
            for f in first {
                two.clear();
                two.push_str(f);
                two.push(' ');
                two.push_str(next);
                if let Some(c) = foreign_place(&two) {
                    return Some(c);
                }
            }
        }
        if first[1] == "الموصل" && ws.get(i + 1).is_some_and(|n| matches!(*n, "الي" | "بين"))
        {
            return None;
        }
        first.into_iter().find_map(foreign_place)
    })
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
                 head\tمدينة\nleave\tانسحاب\nrank\tالسابع\nlink\tيربط\nroad\tالطريق\n\
                 opener\tأبو\npeople\tثوار\ndelegates\tوفد\nfighters_of\tثوار\n{rows}"
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
        assert!(unit_name(["شهداء", "سريه", "من", "مجندين"]));
        assert!(unit_name(["ثوار", "لكتيبه", "تابعه", ""]));
        assert!(!unit_name(["شهداء", "ميدان", "في", ""]));
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
        // A bare direction after a place told as one.
        assert_eq!(
            from_capital(["غرب", "ورشفانه", "منطقه"], false, dir),
            Some(1)
        );
        assert_eq!(from_capital(["جنوب", "غشير", "بن"], false, dir), Some(1));
        assert_eq!(
            from_capital(["غرب", "بالزاويه", "وقعت"], false, dir),
            Some(1)
        );
        assert_eq!(from_capital(["غرب", "جنوب", "قرين"], false, dir), Some(2));
        assert_eq!(
            from_capital(["مدينه", "غرب", "قنفوده"], false, dir),
            Some(2)
        );
        // Not after a noun of its own, nor inside a place.
        assert_eq!(from_capital(["جنوب", "وقصف", "طرابلس"], false, dir), None);
        assert_eq!(from_capital(["جنوب", "معارك", "بعد"], false, dir), None);
        assert_eq!(from_capital(["مدينه", "شرق", "في"], false, dir), None);
        assert_eq!(from_capital(["شرق", "في", "طمينه"], false, dir), None);
    }

    #[test]
    fn a_country_by_its_nisba_after_a_place() {
        assert_eq!(
            country_by_nisba(&["في", "مدينه", "ادلب", "السوريه", "امس"]),
            Some("syria")
        );
        assert_eq!(
            country_by_nisba(&["في", "العاصمه", "الجزايريه"]),
            Some("algeria")
        );
        assert_eq!(
            country_by_nisba(&["بلده", "بن", "قردان", "التونسيه"]),
            Some("tunisia")
        );
        // A nisba of a body or of forces places nothing.
        assert_eq!(
            country_by_nisba(&["معسكرا", "في", "الصحراء", "الليبيه"]),
            Some("libya")
        );
        assert_eq!(country_by_nisba(&["قالت", "السلطات", "المصريه"]), None);
        assert_eq!(country_by_nisba(&["الجيش", "السوري"]), None);
        // Every bundled country is an id of the bundled gazetteer.
        let g = crate::Gazetteer::libya();
        let rows = parse_nisbas(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/records/nisbas.tsv"
        )))
        .unwrap();
        assert!(rows.len() >= 10);
        for (_, c) in rows {
            assert!(g.entity(&c).is_some(), "{c}");
        }
    }

    #[test]
    fn a_country_by_a_place_abroad() {
        assert_eq!(
            country_by_place(&["معركه", "مسلحه", "في", "النجف"]),
            Some("iraq")
        );
        assert_eq!(
            country_by_place(&["سياره", "مفخخه", "بالعريش"]),
            Some("egypt")
        );
        assert_eq!(
            country_by_place(&["في", "دير", "الزور", "امس"]),
            Some("syria")
        );
        assert_eq!(country_by_place(&["وقطاع", "غزه"]), Some("palestine"));
        // Where fighters come from, a road's «leading to», a word no list holds: nothing.
        assert_eq!(country_by_place(&["مقاتلين", "من", "الموصل"]), None);
        assert_eq!(
            country_by_place(&["الطريق", "الموصل", "الي", "المطار"]),
            None
        );
        assert_eq!(
            country_by_place(&["الطريق", "الموصل", "بين", "المدينتين"]),
            None
        );
        assert_eq!(country_by_place(&["قتل", "في", "مصراته"]), None);
        // Every bundled country is a country of the bundled gazetteer, and no place is a name
        // the gazetteer has (the gazetteer's own places come first), with or without `ال`.
        let g = crate::Gazetteer::libya();
        let rows = parse_foreign_places(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/records/foreign_places.tsv"
        )))
        .unwrap();
        assert!(rows.len() >= 100);
        for (p, c) in &rows {
            assert!(g.entity(c).is_some_and(|e| e.category == "country"), "{c}");
            let bare = p.strip_prefix("ال").unwrap_or(p);
            for form in [p.clone(), bare.to_string(), format!("ال{bare}")] {
                let found = g.find(&form);
                assert!(found.is_empty(), "{p}: {:?}", found.first().map(|m| &m.id));
            }
        }
    }

    #[test]
    fn the_ends_of_a_road() {
        assert!(origin(["يربط", "الذي", "الطريق", "علي"]));
        assert!(origin(["بين", "الرابط", "الطريق", "علي"]));
        assert!(origin(["بين", "الساحلي", "الطريق", "علي"]));
        assert!(origin(["مدينتي", "بين", "الرابط", "الطريق"]));
        assert!(origin(["و", "اجدابيا", "تربط", "التي"]));
        assert!(!origin(["و", "لانوف", "راس", "بين"]));
        assert!(origin(["بمدينه", "الزاويه", "يربط", "الذي"]));
        assert!(origin(["و", "الزاويه", "بين", "الرابط"]));
        assert!(!origin(["بين", "اشتباكات", "اندلعت", ""]));
        assert!(!origin(["و", "طرابلس", "في", "اشتباكات"]));
    }
}
