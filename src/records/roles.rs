//! Who acted (actor1), who was acted on (actor2), who helped, and who reported it.
//!
//! Everything is read from the trigger's clause on the normalized text: gazetteer mentions
//! (people and organizations) and the generic actors of `data/records/actors.tsv` are the
//! candidates; the role words of `data/records/roles.tsv` mark reporters (`قال`, `أفادت`,
//! `بحسب`, `نقلت … عن`, `المتحدث باسم`; `أعلنت` only when a complement follows), passive agents
//! (`من قبل`, `على يد`), targets (`ضد`, `على`, `استهدف`), allies (`بدعم من`, `مدعومة من`) and the
//! two sides (`بين X و Y`). Then, by the shape of the trigger: a verb takes its subject as
//! actor1, before it (SVO) or right after it (VSO), and the next candidate as actor2; a verbal
//! noun takes the candidate before it, or its genitive, as actor1 — except for the events
//! whose genitive is the patient (`اعتقال X`, `حصار X`, `اغتيال X`, `مقتل X`), where it is
//! actor2; bilateral events (clashes, talks, meetings, agreements, ceasefires) take the two
//! first sides in order.

use super::tables::{GenericActor, RoleWord, Tables};
use super::Actor;
use crate::events::EventKind;
use crate::gazetteer::{EntityKind, Gazetteer, Mention};
use crate::words::words;
use std::ops::Range;

/// A candidate actor in the sentence.
#[derive(Debug, Clone)]
pub(crate) enum Cand<'a> {
    Named(&'a Mention),
    Generic(&'a GenericActor),
}

#[derive(Debug, Clone)]
pub(crate) struct At<'a> {
    pub range: Range<usize>,
    pub cand: Cand<'a>,
}

/// The roles of one event.
#[derive(Debug, Clone, Default)]
pub(crate) struct Roles {
    pub actor1: Option<Actor>,
    pub actor2: Option<Actor>,
    pub assoc1: Vec<Actor>,
    pub assoc2: Vec<Actor>,
    pub sources: Vec<String>,
}

/// Words that start a clause (normalized).
const CLAUSE_WORDS: [&str; 14] = [
    "فيما",
    "بينما",
    "حيث",
    "الذي",
    "التي",
    "الذين",
    "كما",
    "وذلك",
    "مما",
    "ثم",
    "لكن",
    "ان",
    "بان",
    "وان",
];

fn is_cut_char(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | '.'
            | '!'
            | '?'
            | '('
            | ')'
            | '['
            | ']'
            | '«'
            | '»'
            | '"'
            | '“'
            | '”'
            | '\n'
    )
}

/// The clause of `sent` (normalized) around the trigger at `trig`.
pub(crate) fn clause(text: &str, sent: Range<usize>, trig: Range<usize>) -> Range<usize> {
    let sent = sent.start.min(text.len())..sent.end.min(text.len());
    let t0 = trig.start.clamp(sent.start, sent.end);
    let t1 = trig.end.clamp(t0, sent.end);
    let Some(s) = text.get(sent.clone()) else {
        return sent;
    };
    let mut start = sent.start;
    let mut end = sent.end;
    // Punctuation cuts.
    for (i, c) in s.char_indices() {
        let at = sent.start + i;
        if is_cut_char(c) {
            if at < t0 {
                start = at + c.len_utf8();
            } else if at >= t1 {
                end = at;
                break;
            }
        }
    }
    // Clause words.
    let Some(cl) = text.get(start..end) else {
        return start..end;
    };
    for r in words(cl) {
        let at = start + r.start;
        let w = &cl[r];
        if !CLAUSE_WORDS.contains(&w) {
            continue;
        }
        if at + w.len() <= t0 {
            // A cut before the trigger.
            let new = at + w.len();
            if new > start && new <= t0 {
                start = at;
            }
        } else if at >= t1 {
            end = at;
            break;
        }
    }
    start..end
}

/// True when the trigger word looks like a verb: clause-initial or after قد, without the
/// article, or shaped like one (`قصفت`, `هاجموا`, `يحاصر`).
pub(crate) fn is_verb(text: &str, clause: &Range<usize>, trig: &Range<usize>) -> bool {
    let Some(word) = text.get(trig.clone()) else {
        return false;
    };
    let w = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    if w.starts_with("ال") || w.starts_with("بال") || w.starts_with("لل") {
        return false;
    }
    if w.ends_with("ات") || w.ends_with('ه') {
        return false;
    }
    if (w.ends_with('ت') || w.ends_with("وا")) && w.chars().count() >= 3 {
        return true;
    }
    if w.starts_with('ي') && w.chars().count() >= 4 {
        return true;
    }
    // Masdar shapes: `افتعال`, `تفعيل`, `مفعل`.
    let chars: Vec<char> = w.chars().collect();
    let n = chars.len();
    if n >= 5 && matches!(chars[n - 2], 'ا' | 'ي') {
        return false;
    }
    if chars.first() == Some(&'م') {
        return false;
    }
    // Clause-initial (after و/ف) or after قد.
    let before = text.get(clause.start..trig.start).unwrap_or("");
    let mut ws = words(before).map(|r| &before[r]);
    let last = words(before).last().map(|r| &before[r]);
    ws.next().is_none() || matches!(last, Some("قد" | "وقد" | "لقد"))
}

fn patient_kind(k: EventKind) -> bool {
    matches!(
        k,
        EventKind::Arrest
            | EventKind::Abduction
            | EventKind::Siege
            | EventKind::Assassination
            | EventKind::Casualties
            | EventKind::ViolenceAgainstCivilians
    )
}

fn bilateral_kind(k: EventKind) -> bool {
    matches!(
        k,
        EventKind::ArmedClash
            | EventKind::Meeting
            | EventKind::PeaceTalks
            | EventKind::Agreement
            | EventKind::Ceasefire
    )
}

/// The actor of a candidate.
pub(crate) fn actor_of(c: &Cand<'_>, gaz: &Gazetteer) -> Actor {
    match c {
        Cand::Named(m) => {
            let e = gaz.entity(&m.id);
            let inter = e.and_then(|e| e.inter).or(match m.category.as_str() {
                "government" => Some(1),
                "tribe" => Some(4),
                "international" => Some(8),
                _ => None,
            });
            Actor {
                id: Some(m.id.clone()),
                english: m.english.clone(),
                generic: None,
                inter,
            }
        }
        Cand::Generic(g) => Actor {
            id: None,
            english: g.english.clone(),
            generic: Some(g.generic),
            inter: g.inter,
        },
    }
}

fn same(a: &Actor, b: &Actor) -> bool {
    match (&a.id, &b.id) {
        (Some(x), Some(y)) => x == y,
        (None, None) => a.generic == b.generic,
        _ => false,
    }
}

/// The candidates of `range` (normalized), in order: gazetteer people and organizations, and
/// generic actors not inside them.
pub(crate) fn candidates<'a>(
    text: &'a str,
    range: Range<usize>,
    mentions: &'a [Mention],
    t: &'a Tables,
    out: &mut Vec<At<'a>>,
) {
    out.clear();
    for m in mentions {
        if m.norm.start >= range.start
            && m.norm.end <= range.end
            && matches!(m.kind, EntityKind::Person | EntityKind::Organization)
        {
            out.push(At {
                range: m.norm.clone(),
                cand: Cand::Named(m),
            });
        }
    }
    let named = out.len();
    for (r, g) in t.actors.find(text, range) {
        if out[..named]
            .iter()
            .any(|a| a.range.start < r.end && r.start < a.range.end)
        {
            continue;
        }
        out.push(At {
            range: r,
            cand: Cand::Generic(g),
        });
    }
    out.sort_by_key(|a| a.range.start);
}

/// Number of words in `text[a..b]`.
fn gap_words(text: &str, a: usize, b: usize) -> usize {
    if b <= a {
        return 0;
    }
    text.get(a..b).map_or(99, |g| words(g).count())
}

/// The roles of an event whose trigger is at `trig` in the sentence `sent`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn roles(
    text: &str,
    sent: Range<usize>,
    trig: Range<usize>,
    kind: EventKind,
    mentions: &[Mention],
    gaz: &Gazetteer,
    t: &Tables,
    clause: Range<usize>,
) -> Roles {
    let mut out = Roles::default();
    // Sources: over the whole sentence.
    let mut cands = Vec::new();
    candidates(text, sent.clone(), mentions, t, &mut cands);
    if cands.is_empty() {
        return out;
    }
    let markers: Vec<(Range<usize>, RoleWord)> = t
        .roles
        .find(text, sent.clone())
        .map(|(r, w)| (r, *w))
        .collect();
    let mut is_source = vec![false; cands.len()];
    for (i, c) in cands.iter().enumerate() {
        match c.cand {
            Cand::Named(m) if m.category == "media" => {
                is_source[i] = true;
                continue;
            }
            // Unnamed actors report nothing the export could name.
            Cand::Generic(_) => continue,
            Cand::Named(_) => {}
        }
        // A reporter word at most 3 words before, no candidate between.
        let prev_end = if i > 0 { cands[i - 1].range.end } else { 0 };
        let marker = markers.iter().rev().find(|(r, _)| {
            r.end <= c.range.start
                && r.end >= prev_end
                && gap_words(text, r.end, c.range.start) <= 3
                && !text
                    .get(r.end..c.range.start)
                    .is_some_and(|g| words(g).any(|w| matches!(&g[w], "ان" | "بان" | "وان")))
        });
        match marker {
            Some((_, RoleWord::Reporter)) => is_source[i] = true,
            Some((_, RoleWord::Announcer)) => {
                // Reported only when a complement follows: `أعلنت X أن/عن …`.
                let after = text.get(c.range.end..sent.end).unwrap_or("");
                is_source[i] = words(after)
                    .take(6)
                    .any(|r| matches!(&after[r], "ان" | "بان" | "عن"));
            }
            _ => {}
        }
        // A name right after a source is the same source (`المتحدث باسم الجيش أحمد المسماري`).
        if !is_source[i]
            && i > 0
            && is_source[i - 1]
            && gap_words(text, prev_end, c.range.start) == 0
        {
            is_source[i] = true;
        }
    }
    for (i, c) in cands.iter().enumerate() {
        if let (true, Cand::Named(m)) = (is_source[i], &c.cand) {
            if !out.sources.contains(&m.id) {
                out.sources.push(m.id.clone());
            }
        }
    }
    // Actors: the clause's candidates that are not sources.
    let in_clause: Vec<(usize, Option<RoleWord>)> = cands
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            !is_source[*i] && c.range.start >= clause.start && c.range.end <= clause.end
        })
        .map(|(i, c)| {
            let prev_end = if i > 0 {
                cands[i - 1].range.end
            } else {
                clause.start
            };
            let m = markers
                .iter()
                .rev()
                .find(|(r, _)| {
                    r.end <= c.range.start
                        && r.start >= clause.start.min(r.start)
                        && r.end >= prev_end
                        && gap_words(text, r.end, c.range.start) <= 2
                })
                .map(|(_, w)| *w)
                .filter(|w| !matches!(w, RoleWord::Reporter | RoleWord::Announcer));
            (i, m)
        })
        .collect();
    let act = |i: usize| actor_of(&cands[i].cand, gaz);
    let mut a1: Option<usize> = None;
    let mut a2: Option<usize> = None;
    let mut assoc: Vec<usize> = Vec::new();
    let mut ally_of: Vec<usize> = Vec::new();
    let mut used = vec![false; cands.len()];
    for (k, &(i, m)) in in_clause.iter().enumerate() {
        match m {
            Some(RoleWord::Agent) if a1.is_none() => {
                a1 = Some(i);
                used[i] = true;
            }
            Some(RoleWord::Target) if a2.is_none() => {
                a2 = Some(i);
                used[i] = true;
            }
            Some(RoleWord::Ally) => {
                assoc.push(i);
                used[i] = true;
            }
            // `X المتحالفة مع Y`: X is the ally.
            Some(RoleWord::AllyOf) if k > 0 => ally_of.push(in_clause[k - 1].0),
            Some(RoleWord::Between) if a1.is_none() && a2.is_none() => {
                a1 = Some(i);
                used[i] = true;
                if let Some(&(j, _)) = in_clause.get(k + 1) {
                    a2 = Some(j);
                    used[j] = true;
                }
            }
            _ => {}
        }
    }
    for &x in &ally_of {
        if !used[x] {
            used[x] = true;
            assoc.push(x);
        }
    }
    let free: Vec<usize> = in_clause
        .iter()
        .map(|&(i, _)| i)
        .filter(|&i| !used[i])
        .collect();
    let before: Vec<usize> = free
        .iter()
        .copied()
        .filter(|&i| cands[i].range.end <= trig.start)
        .collect();
    let after: Vec<usize> = free
        .iter()
        .copied()
        .filter(|&i| cands[i].range.end > trig.start)
        .collect();
    if bilateral_kind(kind) {
        let mut rest = before.iter().rev().take(1).chain(after.iter()).copied();
        if a1.is_none() {
            a1 = rest.next();
        }
        if a2.is_none() {
            a2 = rest.find(|&j| Some(j) != a1);
        }
    } else if is_verb(text, &clause, &trig) {
        let mut after_it = after.iter().copied();
        if a1.is_none() {
            a1 = before.last().copied().or_else(|| after_it.next());
        }
        if a2.is_none() {
            a2 = after_it.find(|&j| Some(j) != a1);
        }
    } else {
        let genitive = after
            .first()
            .copied()
            .filter(|&j| gap_words(text, trig.end, cands[j].range.start) <= 1);
        if patient_kind(kind) {
            if a2.is_none() {
                a2 = genitive;
            }
            if a1.is_none() {
                a1 = before.last().copied();
            }
        } else {
            if a1.is_none() {
                a1 = before.last().copied().or(genitive);
            }
            if a2.is_none() {
                a2 = after.iter().copied().find(|&j| Some(j) != a1);
            }
        }
    }
    // Protests: the protesters act.
    if kind == EventKind::Protest {
        if let Some(p) = in_clause.iter().map(|&(i, _)| i).find(|&i| {
            matches!(&cands[i].cand, Cand::Generic(g) if matches!(g.generic, super::Generic::Protesters | super::Generic::Rioters))
        }) {
            if a1 != Some(p) {
                if a2 == Some(p) {
                    a2 = a1;
                }
                a1 = Some(p);
            }
        }
    }
    out.actor1 = a1.map(act);
    out.actor2 = a2.map(act);
    if let (Some(x), Some(y)) = (&out.actor1, &out.actor2) {
        if same(x, y) {
            out.actor2 = None;
        }
    }
    for i in assoc {
        let a = act(i);
        let dup = out.actor1.as_ref().is_some_and(|x| same(x, &a))
            || out.actor2.as_ref().is_some_and(|x| same(x, &a))
            || out.assoc1.iter().any(|x| same(x, &a));
        if !dup {
            out.assoc1.push(a);
        }
    }
    out
}
