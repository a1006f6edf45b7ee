//! How a place of a record is told, read from the words the stages below produced: a place
//! told as where another place lies (`قرب العاصمة طرابلس` after a town), a foreign state
//! told as who acts. The words are in `data/records/places.tsv`, which an analyst may edit.

use crate::normalize::Normalizer;
use once_cell::sync::Lazy;

/// The word families of `places.tsv`, normalized (`search` preset).
#[derive(Debug, Default)]
pub(crate) struct PlaceWords {
    /// The capital named as such.
    capital: Vec<String>,
    /// Words of nearness before a place.
    near: Vec<String>,
    /// Words before a country told as a state that acts.
    state: Vec<String>,
}

/// Parses `places.tsv` (columns `family`, `word`; `#` lines and the header are skipped).
pub(crate) fn parse(data: &str) -> Result<PlaceWords, String> {
    let n = Normalizer::search();
    let mut out = PlaceWords::default();
    for (no, line) in data.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') || line.starts_with("family\t") {
            continue;
        }
        let Some((family, word)) = line.split_once('\t') else {
            return Err(format!("places.tsv line {}: want two columns", no + 1));
        };
        let word = n.normalize(word.trim()).into_owned();
        if word.is_empty() || word.contains(' ') {
            return Err(format!("places.tsv line {}: want one word", no + 1));
        }
        match family.trim() {
            "capital" => out.capital.push(word),
            "near" => out.near.push(word),
            "state" => out.state.push(word),
            other => {
                return Err(format!(
                    "places.tsv line {}: unknown family `{other}`",
                    no + 1
                ))
            }
        }
    }
    Ok(out)
}

/// The bundled word families.
pub(crate) fn bundled() -> &'static PlaceWords {
    static W: Lazy<PlaceWords> = Lazy::new(|| {
        parse(include_str!("../../data/records/places.tsv"))
            // The bundled data is checked by the test suite; a failure is a build defect.
            .unwrap_or_else(|e| panic!("bundled place words: {e}"))
    });
    &W
}

impl PlaceWords {
    /// `w` names the capital as such (`العاصمه`), with a leading و stripped.
    pub(crate) fn capital(&self, w: &str) -> bool {
        let w = w.strip_prefix('و').unwrap_or(w);
        self.capital.iter().any(|c| c == w)
    }

    /// The place mention that starts the normalized text `at_text` is the capital named as
    /// such (`العاصمه الليبيه`, read by the gazetteer as Tripoli).
    pub(crate) fn capital_mention(&self, at_text: &str) -> bool {
        let first = at_text.split([' ', '،', ',']).next().unwrap_or("");
        self.capital(first)
    }

    /// `w` is a word of nearness (`قرب`, `بالقرب`), with a leading و stripped.
    pub(crate) fn near(&self, w: &str) -> bool {
        let w = w.strip_prefix('و').unwrap_or(w);
        self.near.iter().any(|c| c == w)
    }

    /// `w`, the word right before a country, tells it as a state that acts (`بدوله`).
    pub(crate) fn state(&self, w: &str) -> bool {
        self.state.iter().any(|c| c == w)
    }
}

/// How many words before a place (`prev`, nearest first) a description of where it lies
/// begins, when news describes it from the capital: `قرب العاصمة طرابلس`, `بالقرب من العاصمة`,
/// `جنوب العاصمة` with the capital itself the mention (`mention_capital`), or `قرب العاصمة
/// طرابلس`. `None` when the words before tell no such description. (Directions before the
/// capital's name are read by the caller, `reference_point`.)
pub(crate) fn from_capital(
    w: &PlaceWords,
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
            _ if w.near(a) => Some(1),
            ("من", _) if w.near(b) => Some(2),
            _ => None,
        };
    }
    match (a, b, c) {
        // `قرب العاصمة طرابلس`, `بالقرب من العاصمة طرابلس`
        _ if w.capital(a) && w.near(b) => Some(2),
        _ if w.capital(a) && b == "من" && w.near(c) => Some(3),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_words_parse() {
        let w = bundled();
        assert!(w.capital("العاصمه") && w.near("قرب") && w.state("بدوله"));
        assert!(w.capital_mention("العاصمه الليبيه طرابلس"));
        assert!(!w.capital_mention("طرابلس"));
    }

    #[test]
    fn bad_rows_are_errors() {
        assert!(parse("capital\tالعاصمة").is_ok());
        assert!(parse("nowhere\tقرب").is_err());
        assert!(parse("near").is_err());
        assert!(parse("near\tبالقرب من").is_err());
    }

    #[test]
    fn descriptions_from_the_capital() {
        let w = bundled();
        let dir = |x: &str| matches!(x, "جنوب" | "غرب");
        assert_eq!(from_capital(w, ["جنوب", "في", "غشير"], true, dir), Some(1));
        assert_eq!(
            from_capital(w, ["قرب", "الزاويه", "منطقه"], true, dir),
            Some(1)
        );
        assert_eq!(
            from_capital(w, ["من", "بالقرب", "الزاويه"], true, dir),
            Some(2)
        );
        assert_eq!(
            from_capital(w, ["العاصمه", "قرب", "الزاويه"], false, dir),
            Some(2)
        );
        assert_eq!(from_capital(w, ["في", "اشتباكات", ""], true, dir), None);
    }
}
