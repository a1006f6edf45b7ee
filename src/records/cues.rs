//! Cue families for merging mentions into records (`data/records/merge_cues.tsv`): words
//! that make a mention a back-reference to an event told before, or part of another event.

use crate::normalize::Normalizer;
use crate::words::{words, words_before};
use once_cell::sync::Lazy;

/// The cue families, normalized.
#[derive(Debug, Default)]
pub(crate) struct MergeCues {
    /// A claim of (or a denial of) responsibility for an event told before.
    pub claim: Vec<String>,
    /// Both sides of a fight, after a withdrawal.
    pub both_sides: Vec<String>,
    /// Periods of days or more, in `بعد <period> من`.
    pub period: Vec<String>,
}

/// Parses `merge_cues.tsv`: `family<TAB>phrase` rows after a header, `#` lines comments.
pub(crate) fn parse(data: &str) -> Result<MergeCues, String> {
    let n = Normalizer::search();
    let mut out = MergeCues::default();
    let mut header = true;
    for (no, line) in data.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if header {
            header = false;
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(family), Some(phrase)) = (cols.next(), cols.next()) else {
            return Err(format!(
                "merge_cues.tsv line {}: two columns expected",
                no + 1
            ));
        };
        let phrase = n.normalize(phrase.trim()).into_owned();
        if phrase.is_empty() {
            return Err(format!("merge_cues.tsv line {}: empty phrase", no + 1));
        }
        match family.trim() {
            "claim" => out.claim.push(phrase),
            "both_sides" => out.both_sides.push(phrase),
            "period" => out.period.push(phrase),
            other => {
                return Err(format!(
                    "merge_cues.tsv line {}: unknown family {other:?}",
                    no + 1
                ))
            }
        }
    }
    Ok(out)
}

/// The bundled cue families.
pub(crate) fn bundled() -> &'static MergeCues {
    static C: Lazy<MergeCues> = Lazy::new(|| {
        parse(include_str!("../../data/records/merge_cues.tsv"))
            // The bundled data is checked by the test suite; a failure is a build defect.
            .unwrap_or_else(|e| panic!("bundled merge cues: {e}"))
    });
    &C
}

/// True when `w`, without a leading و/ف, is one of `list`.
fn one_of(list: &[String], w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    !w.is_empty() && list.iter().any(|c| c == w)
}

/// True when a claim of responsibility stands in the three words before byte `at` (not
/// before `lo`): `أعلن مسؤوليته عن الهجوم`, `تبنت الجماعة التفجير`.
pub(crate) fn claim_before(text: &str, lo: usize, at: usize) -> bool {
    let ws: [&str; 3] = words_before(text, lo, at);
    ws.iter().any(|w| one_of(&bundled().claim, w))
}

/// True when both sides of a fight are named in the two words after byte `at` (before `hi`):
/// `انسحاب قوات الطرفين`.
pub(crate) fn both_sides_after(text: &str, at: usize, hi: usize) -> bool {
    let after = text.get(at..hi.max(at)).unwrap_or("");
    words(after)
        .take(2)
        .any(|r| one_of(&bundled().both_sides, &after[r]))
}

/// True when the event word at byte `at` follows `بعد <period> من` (`بعد أيام من اشتباكات`):
/// an earlier event the news follows. `prev` holds the two words before it, nearest first;
/// the third is read only when they fit.
pub(crate) fn after_a_period(text: &str, lo: usize, at: usize, prev: [&str; 2]) -> bool {
    if prev[0] != "من" || !one_of(&bundled().period, prev[1]) {
        return false;
    }
    let ws: [&str; 3] = words_before(text, lo, at);
    matches!(ws[2], "بعد" | "وبعد")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_cues_parse() {
        let c = bundled();
        assert!(!c.claim.is_empty() && !c.both_sides.is_empty());
        let n = Normalizer::search();
        let t = n.normalize("أعلن التنظيم مسؤوليته عن الهجوم").into_owned();
        let at = t.rfind("الهجوم").unwrap_or(0);
        assert!(claim_before(&t, 0, at));
        let t = n.normalize("وانسحاب قوات الطرفين").into_owned();
        let at = t.find(" ").unwrap_or(0);
        assert!(both_sides_after(&t, at, t.len()));
        let t = n.normalize("تظاهروا بعد أيام من اشتباكات").into_owned();
        let at = t.rfind("اشتباكات").unwrap_or(0);
        assert!(after_a_period(&t, 0, at, ["من", "ايام"]));
        assert!(!after_a_period(&t, 0, at, ["من", "ساعات"]));
    }

    #[test]
    fn bad_rows_are_errors() {
        assert!(parse("family\tphrase\nclaim\n").is_err());
        assert!(parse("family\tphrase\nother\tx\n").is_err());
        assert!(parse("family\tphrase\nclaim\tتبنى\n").is_ok());
    }
}
