//! Licensing and blocking: ambiguous names need a cue, title or office of their entity (or a
//! cue of its kind) directly before them, or an earlier unambiguous mention (a place: or a
//! place it is listed with by `و`); block words directly before or after a name reject it.

use super::{kind_index, EntityKind, Gazetteer};
use crate::compact::is_quote_char;
use crate::date::Date;
use crate::words::{self, Article};

impl Gazetteer {
    /// Is the name at `start..end` directly preceded by a cue, title or office of entity `ent`
    /// (a period-bound title only at a date inside its period), or by a cue of its kind?
    pub(super) fn licensed(
        &self,
        t: &str,
        (start, end): (usize, usize),
        ent: usize,
        date: Option<Date>,
    ) -> bool {
        // The word holding the name may carry proclitics: look before them.
        let ws = words::word_start(t, start, words::MAX_PROCLITIC_CHARS).unwrap_or(start);
        let before = t[..ws].trim_end_matches([' ', '"', '«']);
        self.licences[ent]
            .iter()
            .any(|(cue, gate)| ends_with_word(before, cue) && gate.admits(date, &self.groups))
            || self.kind_cues[kind_index(self.entities[ent].kind)]
                .iter()
                .any(|cue| ends_with_word(before, cue))
            || (self.entities[ent].category == "media"
                && (told_outlet(t, ws, start) || self.attributed_outlet(t, ws, start, end)))
    }

    /// Is the outlet name at `start..end` (its word, proclitics included, from `ws`) the
    /// outlet: set alone between quotes (`وعلمت «الشرق الأوسط»`), not after a head noun that
    /// makes the quoted word another thing's name (`فندق “الشرق”`, `عملية “الحدث”`), or right
    /// after a word of attribution, of its reporters or a reporting verb ([`OUTLET_CUES`]),
    /// quotes between allowed?
    fn attributed_outlet(&self, t: &str, ws: usize, start: usize, end: usize) -> bool {
        let before = t[..ws].trim_end_matches(' ');
        let opened = before.ends_with(is_quote_char) || t[ws..start].ends_with(is_quote_char);
        let bare = before.trim_end_matches(|c: char| c == ' ' || is_quote_char(c));
        if opened && t[end..].trim_start_matches(' ').starts_with(is_quote_char) {
            let named = self
                .place_heads
                .iter()
                .map(String::as_str)
                .chain(NAMING_HEADS.iter().copied())
                .any(|h| ends_with_word_as(bare, h, Article::Forbidden));
            if !named {
                return true;
            }
        }
        OUTLET_CUES.iter().any(|cue| ends_with_word(bare, cue))
    }

    /// Is the ambiguous place name `span` of entity `ent` coordinated with a place by `و`:
    /// right after the place chosen last (ending at `last_place`, `القوارشة وسيدي فرج`), or
    /// right before an unambiguous place starting at `next_place` (`هون وسوكنة`)? A comma
    /// may stand before the `و`. Places listed together are places: the conjunction is the
    /// cue.
    pub(super) fn coordinated_place(
        &self,
        t: &str,
        (start, end): (usize, usize),
        ent: usize,
        last_place: Option<usize>,
        next_place: Option<usize>,
    ) -> bool {
        if self.entities[ent].kind != EntityKind::Location {
            return false;
        }
        if let Some(le) = last_place {
            let ws = words::word_start(t, start, words::MAX_PROCLITIC_CHARS).unwrap_or(start);
            if le <= ws
                && t[ws..start].starts_with('و')
                && t[le..ws].chars().all(|c| matches!(c, ' ' | '،' | ','))
            {
                return true;
            }
        }
        next_place.is_some_and(|s2| {
            s2 > end
                && t.get(end..s2)
                    .is_some_and(|gap| gap.trim_matches([' ', '،', ',']) == "و")
        })
    }

    /// Is entity `ent` a person whose name, starting at `ws` (proclitics included), follows
    /// the head noun of a place written without the article (`حي المقريف`)?
    pub(super) fn after_place_head(&self, t: &str, ws: usize, ent: usize) -> bool {
        self.entities[ent].kind == EntityKind::Person && {
            let before = t[..ws].trim_end_matches(' ');
            self.place_heads
                .iter()
                .any(|h| ends_with_word_as(before, h, Article::Forbidden))
        }
    }

    /// Is the match `ws..end` (`ws`: start of its word, proclitics included) next to a block
    /// word of entity `ent`?
    pub(super) fn blocked(&self, t: &str, ws: usize, end: usize, ent: usize) -> bool {
        if !self.before[ent].is_empty() {
            let before = t[..ws].trim_end_matches(' ');
            if self.before[ent].iter().any(|b| ends_with_word(before, b)) {
                return true;
            }
        }
        if !self.after[ent].is_empty() {
            let after = t[end..].trim_start_matches(' ');
            if self.after[ent]
                .iter()
                .any(|b| starts_with_word(after, b) && words::is_word_end(after, b.len()))
            {
                return true;
            }
        }
        false
    }
}

/// Reporting verbs (normalized) whose addressee, written with `ل`, is the outlet told
/// (`وقال مصدر طبي للجزيرة إن …`).
const TOLD_VERBS: &[&str] = &[
    "قال",
    "قالت",
    "اضاف",
    "اضافت",
    "اوضح",
    "اوضحت",
    "صرح",
    "صرحت",
    "اكد",
    "اكدت",
    "افاد",
    "افادت",
    "ذكر",
    "ذكرت",
    "كشف",
    "كشفت",
    "اعلن",
    "اعلنت",
    "تحدث",
    "تحدثت",
    "روي",
    "يقول",
    "تقول",
    "يضيف",
    "تضيف",
];

/// Words back from the outlet within which the reporting verb must stand.
const TOLD_REACH: usize = 8;

/// Is the outlet name whose word starts at `ws` (proclitics included) and whose name starts
/// at `start` the addressee of a reporting verb: written with the preposition `ل`
/// (`للجزيرة`, `لـ"الجزيرة"`) and preceded, within [`TOLD_REACH`] words of the same clause,
/// by a reporting verb (`وقالت مصادر طبية في المستشفى للجزيرة`)? The clause ends at
/// punctuation or at the complementizer (`إن`, `أن`) that opens what was said: the addressee
/// comes before it.
fn told_outlet(t: &str, ws: usize, start: usize) -> bool {
    let clitics = t[ws..start].trim_start_matches(['و', 'ف']);
    // `لـ"الجزيرة"`: the preposition may stand apart, before a quote (the tatweel is gone
    // in the normalized text).
    let (lam, mut before) = if clitics.starts_with('ل') {
        (true, &t[..ws])
    } else {
        let b = t[..ws].trim_end_matches([' ', '"', '«', '“']);
        (b.ends_with(" ل"), b.trim_end_matches('ل'))
    };
    if !lam {
        return false;
    }
    for _ in 0..TOLD_REACH {
        before = before.trim_end_matches(' ');
        let from = before.rfind(' ').map_or(0, |i| i + 1);
        let word = &before[from..];
        if word.is_empty() || word.contains(['.', ',', ';', ':', '!', '?', '"', '«', '»']) {
            return false;
        }
        if matches!(word, "ان" | "انه" | "انها" | "بان" | "وان") {
            return false;
        }
        let bare = word.strip_prefix(['و', 'ف']).unwrap_or(word);
        if TOLD_VERBS.contains(&word) || TOLD_VERBS.contains(&bare) {
            return true;
        }
        before = &before[..from];
    }
    false
}

/// Words (normalized) right before an outlet's name that make it the outlet: attribution
/// (`بحسب “الجزيرة”`, `نقلا عن العربية`), its reporters (`مراسلو الجزيرة`), an interview
/// given to it (`في مقابلة مع الحدث`), and reporting verbs whose subject it is (`ونقلت
/// "الجزيرة" عن`, `وذكرت الشرق الأوسط`). The outlet's name is what comes right after them.
const OUTLET_CUES: &[&str] = &[
    "بحسب",
    "حسب",
    "وفق",
    "وفقا",
    "وفقا ل",
    "نقلا عن",
    "مراسل",
    "مراسله",
    "مراسلو",
    "مراسلي",
    "موفد",
    "موفده",
    "مقابله مع",
    "حوار مع",
    "لقاء مع",
    "نقلت",
    "ذكرت",
    "افادت",
    "اوردت",
    "بثت",
    "نشرت",
    "كشفت",
];

/// Head nouns (normalized) before a quoted name that make it the name of something else than
/// an outlet: an operation, a battle, a hotel, a company, a programme (`عملية “الكرامة”`). The
/// place heads of matcher.rs count too.
const NAMING_HEADS: &[&str] = &[
    "عمليه",
    "معركه",
    "اسم",
    "مسمي",
    "شعار",
    "فندق",
    "شركه",
    "مصرف",
    "برنامج",
    "حمله",
    "مبادره",
    "مؤتمر",
    "موتمر",
    "ملتقي",
    "حراك",
    "تيار",
    "حزب",
    "كتيبه",
    "لواء",
    "سريه",
    "غرفه",
];

/// `text.starts_with(w)`, the first two bytes compared first: an Arabic letter's first byte
/// is one of two, its second tells most words apart without a call to compare.
#[inline]
fn starts_with_word(text: &str, w: &str) -> bool {
    let (t, b) = (text.as_bytes(), w.as_bytes());
    if let ([t0, t1, ..], [b0, b1, ..]) = (t, b) {
        if (t0, t1) != (b0, b1) {
            return false;
        }
    }
    t.starts_with(b)
}

/// True when `text` ends with the word(s) `w`, standing alone or after valid proclitics.
pub(super) fn ends_with_word(text: &str, w: &str) -> bool {
    ends_with_word_as(text, w, Article::None)
}

/// [`ends_with_word`], the proclitics allowed before `w` as `article` says.
fn ends_with_word_as(text: &str, w: &str, article: Article) -> bool {
    // The last byte first: most words differ there, and are told apart without a call.
    if !w.is_empty() && text.as_bytes().last() != w.as_bytes().last() {
        return false;
    }
    if !text.ends_with(w) {
        return false;
    }
    let at = text.len() - w.len();
    match words::word_start(text, at, words::MAX_PROCLITIC_CHARS) {
        Some(ws) => words::proclitic_ok(&text[ws..at], article),
        None => false,
    }
}
