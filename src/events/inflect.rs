//! Inflections of a lemma, so that a lexicon row names a verb once and matches all its forms.
//!
//! A verb lemma is written `PERFECT/IMPERFECT` in the third person masculine singular
//! (`اختطف/يختطف`, `قال/يقول`, `رمى/يرمي`, `لقي/يلقى`). [`verb_forms`] spells, on the
//! `search`-normalized text (no diacritics, so the passive `اُختُطِف` / `يُختطَف` is the
//! active's spelling), every person of the perfect (`اختطفت`, `اختطفوا`, `اختطفنا`,
//! `اختطفتم`, the duals) and of the imperfect with its four prefixes and endings (`يختطفون`,
//! `تختطفين`, `نختطف`, the subjunctive/jussive `يختطفوا`), with the stem changes of hollow
//! (`قلت`, `لم يقل`) and defective verbs (`رموا`, `يرمون`, `رمت`). The matcher adds the
//! clitics (`و` `ف`, the future `س`, `ل`) and object pronouns (`اختطفوه` through the form
//! `اختطفو`). [`participle_forms`] spells a participle with its gender and number endings
//! (`مسلح` → `مسلحة`, `مسلحون`, `مسلحين`, `مسلحات`, `مسلحان`, `مسلحين`).
//!
//! The rules over-generate a little (a `نا` ending may also be an object pronoun): a form
//! that is not a word of the language simply never matches.

/// The concatenation of `parts`, allocated once (the inflections and the lexicon's spellings
/// are built by the thousand when the lexicon loads; `format!` costs more).
pub(super) fn cat(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        s.push_str(p);
    }
    s
}

/// The forms of a lemma being spelled, with a hash of each (FNV-1a of its bytes), so that
/// telling a new form from the ones before compares words only when their hashes agree.
struct Forms {
    out: Vec<String>,
    hashes: Vec<u64>,
}

impl Forms {
    /// Adds the concatenation of `parts` unless it is shorter than two characters or already
    /// there (compared in place: a duplicate costs no allocation).
    fn push(&mut self, parts: &[&str]) {
        let chars: usize = parts.iter().map(|p| p.chars().count()).sum();
        if chars < 2 {
            return;
        }
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for p in parts {
            for &b in p.as_bytes() {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        }
        if self
            .hashes
            .iter()
            .zip(&self.out)
            .any(|(&g, o)| g == h && spells(o, parts))
        {
            return;
        }
        self.hashes.push(h);
        self.out.push(cat(parts));
    }
}

/// Whether `o` is the concatenation of `parts`.
fn spells(o: &str, parts: &[&str]) -> bool {
    let mut rest = o.as_bytes();
    for p in parts {
        match rest.strip_prefix(p.as_bytes()) {
            Some(r) => rest = r,
            None => return false,
        }
    }
    rest.is_empty()
}

/// The inflected spellings of a verb lemma, both given normalized, without duplicates, in a
/// stable order. `imperfect` starts with `ي`; anything else is taken as a bare stem.
#[cfg(test)]
pub(crate) fn verb_forms(perfect: &str, imperfect: &str) -> Vec<String> {
    verb_forms_split(perfect, imperfect).0
}

/// [`verb_forms`], and how many of them come first as the persons of the perfect (what
/// `verb_forms(perfect, "")` gives): the forms of the imperfect that spell a perfect too are
/// not repeated, so the others are the imperfect's.
pub(crate) fn verb_forms_split(perfect: &str, imperfect: &str) -> (Vec<String>, usize) {
    let mut out = Forms {
        out: Vec::with_capacity(48),
        hashes: Vec::with_capacity(48),
    };
    // --- perfect
    let p = perfect;
    // A defective verb (`رمي` from `رمى`, `دعا`) drops its last letter before `ت` and `وا`.
    let weak_end = p.ends_with(['ي', 'ا']) && p.chars().count() >= 3;
    let p_short: &str = if weak_end {
        let mut c = p.chars();
        c.next_back();
        c.as_str()
    } else {
        p
    };
    // A hollow verb (`قال`, `عاد`, `سار`) drops its middle `ا` before consonant endings.
    let chars: Vec<char> = p.chars().collect();
    let hollow = chars.len() == 3 && chars[1] == 'ا';
    let p_closed: std::borrow::Cow<'_, str> = if hollow {
        [chars[0], chars[2]].iter().collect::<String>().into()
    } else {
        p.into()
    };
    out.push(&[p]);
    // Third persons: fem. sg., masc. pl., duals.
    out.push(&[p_short, "ت"]);
    out.push(&[p_short, "تا"]);
    out.push(&[p_short, "وا"]);
    out.push(&[p_short, "و"]); // before an object pronoun: `اختطفوه`
    out.push(&[p, "ا"]);
    // First and second persons, fem. pl.
    for e in ["ت", "نا", "تم", "تما", "تن", "ن"] {
        out.push(&[&p_closed, e]);
        if weak_end {
            out.push(&[p, e]);
        }
    }
    // --- imperfect
    let n_perfect = out.out.len();
    let base = imperfect.strip_prefix('ي').unwrap_or(imperfect);
    if base.is_empty() {
        return (out.out, n_perfect);
    }
    let b_weak = base.ends_with(['ي', 'ا', 'و']) && base.chars().count() >= 2;
    let b_short: &str = if b_weak {
        let mut c = base.chars();
        c.next_back();
        c.as_str()
    } else {
        base
    };
    // Jussive of a hollow verb: `لم يقل`, `لم يعد`. Only a hollow perfect (a middle alef)
    // makes one: `زود/يزود`, `طوق/يطوق`, `نوى/ينوي` keep their `و` (no `يزد`, `نطق`, `أني`).
    let bc: Vec<char> = base.chars().collect();
    let b_jussive: Option<String> = (hollow && bc.len() == 3 && matches!(bc[1], 'و' | 'ي' | 'ا'))
        .then(|| [bc[0], bc[2]].iter().collect());
    // The first person singular (`أ` + stem) of a passive lemma whose perfect has the `أ` of
    // form IV spells that verb's active perfect (`أصيب/يصاب`: `أصاب`, «it hit», not «I am
    // hit»): it is left out. (An active form IV gives its own perfect, a duplicate.)
    let alef_is_perfect = p.starts_with('ا') && !spells(p, &["ا", base]);
    for pre in ["ي", "ت", "ن", "ا"] {
        if pre == "ا" && alef_is_perfect {
            continue;
        }
        out.push(&[pre, base]);
        if let Some(j) = &b_jussive {
            out.push(&[pre, j.as_str()]);
        }
        if b_weak {
            out.push(&[pre, b_short]);
        }
    }
    for pre in ["ي", "ت"] {
        for e in ["ون", "وا", "و", "ان", "ا", "ن"] {
            out.push(&[pre, b_short, e]);
        }
        if b_weak {
            out.push(&[pre, base, "ن"]);
        }
    }
    out.push(&["ت", b_short, "ين"]);
    (out.out, n_perfect)
}

/// The stems of a defective perfect that ends in `ى` (normalized `ي`) before an object
/// pronoun, where the `ى` is written `ا`: `أردى` → `أردا` (`أرداه`, `أرداها قتيلة`), `أخلى` →
/// `أخلا` (`أخلاها`), `ألقى` → `ألقا` (`ألقاه`). A stem is no word alone: the matcher takes it
/// only with a pronoun after it.
pub(crate) fn pronoun_stems(perfect: &str) -> Vec<String> {
    match perfect.strip_suffix('ي') {
        Some(stem) if stem.chars().count() >= 2 => vec![format!("{stem}ا")],
        _ => Vec::new(),
    }
}

/// The dual of a singular event noun, as written in a lexicon row (not normalized), in the
/// nominative and the oblique: `غارة` → `غارتان`, `غارتين`; `انفجار` → `انفجاران`,
/// `انفجارين`; `هجوم` → `هجومان`, `هجومين`. A word ending in a vowel letter or a hamza gets
/// none (its dual changes the stem). Applied to a plural it spells no word, which never
/// matches.
pub(crate) fn dual_forms(word: &str) -> Vec<String> {
    if let Some(stem) = word.strip_suffix('ة') {
        if stem.chars().count() >= 2 {
            return vec![format!("{stem}تان"), format!("{stem}تين")];
        }
        return Vec::new();
    }
    if word.chars().count() < 3 || word.ends_with(['ا', 'ى', 'ي', 'ء', 'ئ', 'ؤ', 'أ', 'و'])
    {
        return Vec::new();
    }
    vec![format!("{word}ان"), format!("{word}ين")]
}

/// A participle or adjective with its gender and number endings: `مسلح` → `مسلح`,
/// `مسلحة`, `مسلحون`, `مسلحين`, `مسلحات`, `مسلحان`, `مسلحتان`, `مسلحتين`. The input is
/// normalized (a final `ة` written `ه`); a feminine input gives its masculine too.
pub(crate) fn participle_forms(stem: &str) -> Vec<String> {
    let m = stem.strip_suffix('ه').unwrap_or(stem);
    let mut out = Vec::new();
    for e in ["", "ه", "ون", "ين", "ات", "ان", "تان", "تين"] {
        let s = format!("{m}{e}");
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(forms: &[String], want: &[&str]) {
        for w in want {
            assert!(forms.iter().any(|f| f == w), "{w} not in {forms:?}");
        }
    }

    #[test]
    fn sound_verb() {
        let f = verb_forms("اختطف", "يختطف");
        has(
            &f,
            &[
                "اختطف",
                "اختطفت",
                "اختطفوا",
                "اختطفو",
                "اختطفنا",
                "اختطفتم",
                "اختطفا",
                "يختطف",
                "تختطف",
                "نختطف",
                "يختطفون",
                "يختطفوا",
                "تختطفين",
                "يختطفان",
                "يختطفن",
            ],
        );
    }

    #[test]
    fn a_passive_form_iv_lemma_spells_no_active_perfect() {
        // `أصيب/يصاب`: `أصاب` («it hit») is no form of the passive; `أعلن/يعلن` keeps its own
        // perfect, and a first form its first person (`أقتل`).
        let forms = verb_forms("اصيب", "يصاب");
        assert!(forms.iter().any(|f| f == "يصاب"));
        assert!(!forms.iter().any(|f| f == "اصاب"));
        assert!(verb_forms("اعلن", "يعلن").iter().any(|f| f == "اعلن"));
        assert!(verb_forms("قتل", "يقتل").iter().any(|f| f == "اقتل"));
    }

    #[test]
    fn hollow_and_defective_verbs() {
        let f = verb_forms("قال", "يقول");
        has(
            &f,
            &["قالت", "قالوا", "قلت", "قلنا", "يقولون", "يقل", "تقل"],
        );
        let f = verb_forms("رمي", "يرمي");
        has(&f, &["رمت", "رموا", "رميت", "يرمي", "يرمون", "ترمين"]);
        let f = verb_forms("لقي", "يلقي");
        has(&f, &["لقوا", "لقيت", "يلقون", "يلقي"]);
        let f = verb_forms("دعا", "يدعو");
        has(&f, &["دعت", "دعوا", "يدعو", "يدعون"]);
    }

    #[test]
    fn forms_are_distinct_words_and_sound_verbs_keep_their_stem() {
        for (p, i) in [
            ("قتل", "يقتل"),
            ("قال", "يقول"),
            ("رمي", "يرمي"),
            ("اختطف", "يختطف"),
        ] {
            let f = verb_forms(p, i);
            let mut seen = std::collections::HashSet::new();
            for w in &f {
                assert!(w.chars().count() >= 2, "{p}: `{w}` is too short");
                assert!(seen.insert(w), "{p}: `{w}` twice");
            }
        }
        // Only a hollow verb (a middle alef) drops it: `قلت` is from `قال`, never from `قتل`.
        let f = verb_forms("قتل", "يقتل");
        assert!(!f.iter().any(|w| w == "قلت" || w == "قلنا"), "{f:?}");
        let f = verb_forms("قاتل", "يقاتل");
        assert!(!f.iter().any(|w| w == "قتنا"), "{f:?}");
    }

    #[test]
    fn only_hollow_perfects_make_a_short_jussive() {
        // Doubled middle letters (form II) and a middle `و` of a defective verb are no hollow
        // verbs: their imperfect keeps it.
        for (p, i, wrong) in [
            ("زود", "يزود", "يزد"),
            ("طوق", "يطوق", "نطق"),
            ("نوي", "ينوي", "اني"),
            ("اصيب", "يصاب", "يصب"),
        ] {
            let f = verb_forms(p, i);
            assert!(!f.iter().any(|w| w == wrong), "{p}: `{wrong}` in {f:?}");
        }
        let f = verb_forms("زار", "يزور");
        has(&f, &["يزر", "تزر"]);
    }

    #[test]
    fn defective_perfects_take_a_pronoun_on_alef() {
        assert_eq!(pronoun_stems("اردي"), ["اردا"]);
        assert_eq!(pronoun_stems("اخلي"), ["اخلا"]);
        // Sound and hollow perfects keep their stem before a pronoun.
        assert!(pronoun_stems("قتل").is_empty());
        assert!(pronoun_stems("قال").is_empty());
        assert!(pronoun_stems("دعا").is_empty());
    }

    #[test]
    fn duals_of_event_nouns() {
        assert_eq!(dual_forms("غارة"), ["غارتان", "غارتين"]);
        assert_eq!(dual_forms("انفجار"), ["انفجاران", "انفجارين"]);
        assert!(dual_forms("لقاء").is_empty());
        assert!(dual_forms("قتلى").is_empty());
    }

    #[test]
    fn participles() {
        assert_eq!(
            participle_forms("مسلحه"),
            [
                "مسلح",
                "مسلحه",
                "مسلحون",
                "مسلحين",
                "مسلحات",
                "مسلحان",
                "مسلحتان",
                "مسلحتين"
            ]
        );
    }
}
