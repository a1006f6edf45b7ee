//! What the story around a record tells when the record's own sentences leave a field open,
//! read from the records and mentions already found (no new scan of the text).
//!
//! - **The attacker of the story.** `شنت قوات حفتر هجوما على المدينة … وقصفت الطائرات مواقع
//!   فيها`: an attack told without the side that carried it out (an agentless strike,
//!   shelling, assault, siege or capture) was carried out by the side that carried out the
//!   attack told just before it (within three sentences of its last telling), an attack of
//!   its own kind first, as an event coder reads the story. A side the record already has as
//!   its target is no attacker. (Not for a bombing: an explosion is no attack of whoever
//!   fought before it.)
//! - **The sides of the story.** `سيطر اللواء 444 على مقر لقوة الردع … واندلعت مواجهات
//!   بينهما`: a clash whose two sides are unnamed (or generic) was fought by the two named
//!   sides of the fight (a clash, an attack or a capture) told just before it. So was a
//!   ceasefire with no party named (`تم التوصل لاتفاق على وقف إطلاق النار، بعد خمسة أيام من
//!   القتال بين ثوار الزنتان وثوار مصراتة`), by the sides of the fight its own sentence tells
//!   first.
//! - **The town of the story.** `اجتاحت السيول مدينة درنة … مما جعل الكارثة واحدة من أعنف ما
//!   شهدته ليبيا`: an event placed by its own words only in Libya as a whole, told after its
//!   trigger (not as the setting of a clause before it: `ويسود قلق في ليبيا بعد أن …`),
//!   happened in the Libyan town the text told last before it, in its sentence or the one
//!   before (near it: `geo_precision` 2), else at the Libyan place of the nearest earlier
//!   record told that close. Libya stays when the text names no Libyan town so close.
//!
//! - **The enemy of the story.** `قصفت طائرات الناتو مواقع في طرابلس`, in a story of NATO
//!   against Gaddafi's forces: an attack (a bombing too) whose attacker is named and whose
//!   target is not was aimed at the side that attacker fights in another record of the
//!   document (an attack or a clash with one side named and the other named or an unnamed
//!   armed group: `اشتباكات بين قوات حفتر وميليشيات مسلحة`) in the same district, the nearest
//!   told.
//!
//! - **The other camp of the story.** `أعلنت قوات البنيان المرصوص سيطرتها على المدينة` in a
//!   story whose only other armed side is the Islamic State: a capture or an air strike
//!   whose named actor1 is known and whose other side is not (and that the
//!   enemy of the story left open) was against the other camp of the document. The armed
//!   sides of the document are the named sides of its fighting records (background ones
//!   too; not the groups the text merely names) in the record's district (when both have
//!   one); those that are actor1 or allied with it (the
//!   gazetteer affiliates one with the other, or both with a third) are its camp. When the
//!   rest form one camp, its side told nearest the record is actor2; two camps or more
//!   (`يقاتل الجيش تنظيمي القاعدة وداعش`) leave it open.
//!
//! The attacker and the town do not reach back across a sentence that turns to another story (`وفي سياق آخر`,
//! `ومن ناحية أخرى`).

use super::{Actor, Doc, Record, RecordLocation};
use crate::events::EventKind;
use crate::gazetteer::Mention;
use std::borrow::Cow;

/// Attacks whose attacker the story may tell before them (a bombing is not one: an explosion
/// is no attack of whoever fought before it).
fn attack(k: EventKind) -> bool {
    matches!(
        k,
        EventKind::Airstrike
            | EventKind::Shelling
            | EventKind::Offensive
            | EventKind::Siege
            | EventKind::TerritoryControl
    )
}

/// How many sentences back the attacker of the story is read.
const ATTACKER_REACH: usize = 3;

/// How many sentences back the town of the story is read (the sentence before).
const TOWN_REACH: usize = 1;

/// True when sentence `s` opens by turning to another story (the `other_story` cues of
/// `data/records/merge_cues.tsv`): what the
/// sentences before it told is no context of its events.
fn new_story(doc: &Doc<'_>, s: usize) -> bool {
    let Some(sent) = doc.sentences.get(s) else {
        return false;
    };
    let text = doc.norm.text();
    let head = super::roles::text_ahead(text, sent.start, (sent.start + 48).min(sent.end));
    let mut ws = crate::words::words(head).map(|r| &head[r]);
    let (Some(a), Some(b), Some(c)) = (ws.next(), ws.next(), ws.next()) else {
        return false;
    };
    super::cues::other_story(a, b) && matches!(c, "اخر" | "اخري" | "منفصل")
}

/// The sentence of a record's first mention.
fn first_sentence(doc: &Doc<'_>, r: &Record) -> usize {
    r.mentions
        .iter()
        .filter_map(|&m| doc.events.get(m))
        .map(|e| e.sentence)
        .min()
        .unwrap_or(0)
}

/// The sentences of a record's mentions, in mention order.
fn mention_sentences(doc: &Doc<'_>, r: &Record) -> Vec<usize> {
    r.mentions
        .iter()
        .filter_map(|&m| doc.events.get(m))
        .map(|e| e.sentence)
        .collect()
}

/// Fills the open fields of `records` (in order of first mention) from the story around
/// them: see the [module docs](self).
pub(crate) fn fill(doc: &Doc<'_>, records: &mut [Record]) {
    leaders_forces(doc, records);
    let told = attackers(doc, records);
    sides(doc, records);
    opponents(doc, records, &told);
    other_camp(doc, records, &told);
    towns(doc, records);
    militias(doc, records);
}

/// Unnamed armed groups that fight each other are militias (roles19, issue #10): a clash or
/// a ceasefire whose every side told is an unnamed armed group (`اشتباكات بين مجموعات مسلحة`,
/// `اندلعت مواجهات بين مسلحين`, `بين مجموعتين مسلحتين`) was fought by armed formations that
/// hold ground of their own, coded `militia` as the gatherers code rival armed groups of a
/// town; an unidentified armed group stays the perpetrator of a one-sided attack, and of a
/// clash with a named side (`اشتباكات بين قوات الأمن ومسلحين`) or told first by the shots
/// gunmen fired ([`super::merge::shots_fired`], the one test of shots for records). Unknown
/// aircraft (inter 8) are no militia.
///
/// The convention holds only when the document names no side of that fight (actor20): an
/// armed side the story names ([`story_sides`]) is a side of it, as an event coder reads the
/// clash `بعد قتال شرس بين الجماعات المسلحة` of a story of one named brigade, and only the
/// side left really unnamed is a militia.
fn militias(doc: &Doc<'_>, records: &mut [Record]) {
    use super::Generic::{Militia, UnidentifiedArmedGroup};
    let armed = |a: &Actor| {
        a.id.is_none()
            && (a.generic == Some(Militia)
                || (a.generic == Some(UnidentifiedArmedGroup) && a.inter != Some(8)))
    };
    let militia = || Actor::unnamed(Militia);
    for i in 0..records.len() {
        // `اشتباكات مسلحة جنوب طرابلس وبعثة الأمم المتحدة تعرب عن قلقها`: who speaks of a
        // clash (a mission, an agency, a diplomat) is no side of it.
        let mut dropped = false;
        if records[i].kind == EventKind::ArmedClash {
            let r = &mut records[i];
            for a in [&mut r.actor1, &mut r.actor2] {
                if a.as_ref().is_some_and(|a| no_fighter(doc, a)) {
                    *a = None;
                    dropped = true;
                }
            }
            if dropped && r.actor1.is_none() {
                r.actor1 = r.actor2.take();
            }
        }
        let r = &records[i];
        if !matches!(r.kind, EventKind::ArmedClash | EventKind::Ceasefire) {
            continue;
        }
        // `أطلق مسلحون النار على دورية`: shots fired first are an attack by gunmen, not a
        // fight between formations.
        // (Not a ceasefire: `وقف إطلاق النار` is no shot.)
        let shots = r.kind == EventKind::ArmedClash
            && r.mentions
                .iter()
                .filter_map(|&m| doc.events.get(m))
                .min_by_key(|e| e.trigger.start)
                .is_some_and(|e| super::merge::shots_fired(doc, e));
        if shots {
            continue;
        }
        // (A named side left alone once the speaker is dropped fought the other camp the
        // story names.)
        if dropped && r.actor2.is_none() {
            if let Some(x) = r.actor1.as_ref().and_then(|a| a.id.clone()) {
                let named = story_sides(doc, records, i, true);
                let mine = |a: &Actor| {
                    a.id.as_deref()
                        .is_some_and(|y| one_camp(doc.gazetteer, &x, y))
                };
                let r = &mut records[i];
                match named.as_slice() {
                    // (In the order the story tells them.)
                    [p, q] if mine(p) || mine(q) => {
                        r.actor1 = Some(p.clone());
                        r.actor2 = Some(q.clone());
                    }
                    _ => r.actor2 = named.into_iter().find(|a| !mine(a)),
                }
                continue;
            }
        }
        let sides = [&r.actor1, &r.actor2];
        let told = sides.iter().filter(|a| a.is_some()).count();
        // (A clash left with no side once its speakers are dropped is a clash told with no
        // side, as the sideless default of the merge reads it: in Libya only.)
        let sideless = told == 0 && dropped && in_libya(r);
        if !sideless && (told == 0 || !sides.iter().all(|a| a.as_ref().is_none_or(armed))) {
            continue;
        }
        let named = story_sides(doc, records, i, dropped);
        let r = &mut records[i];
        match named.as_slice() {
            [] if sideless => {
                r.actor1 = Some(militia());
                r.actor2 = Some(militia());
            }
            [] => {
                for a in [&mut r.actor1, &mut r.actor2].into_iter().flatten() {
                    if a.generic == Some(UnidentifiedArmedGroup) {
                        *a = militia();
                    }
                }
            }
            [x] => {
                r.actor1 = Some(x.clone());
                r.actor2 = Some(militia());
            }
            [x, y, ..] => {
                r.actor1 = Some(x.clone());
                r.actor2 = Some(y.clone());
            }
        }
    }
}

/// True when the named actor `a` is of a category of the gazetteer that speaks of fighting
/// and takes no part in it: international bodies, media, NGOs, diplomats, spokesmen,
/// journalists, analysts, courts, universities (a clash is fought on the ground: NATO's
/// strikes are air strikes).
fn no_fighter(doc: &Doc<'_>, a: &Actor) -> bool {
    let Some(e) = a.id.as_deref().and_then(|id| doc.gazetteer.entity(id)) else {
        return false;
    };
    matches!(
        e.category.as_str(),
        "international"
            | "media"
            | "ngo"
            | "diplomat"
            | "spokesperson"
            | "journalist"
            | "analyst"
            | "think_tank"
            | "court"
            | "university"
    )
}

/// True when the record happened in Libya (its place is Libya or in a Libyan district).
fn in_libya(r: &Record) -> bool {
    r.location.as_ref().is_some_and(|l| {
        l.id.as_deref() == Some("libya")
            || l.admin1
                .as_deref()
                .is_some_and(|a| crate::gazetteer::ADMIN1_LIBYA.contains(&a))
    })
}

/// Categories of the gazetteer whose entities named in the text are armed sides (not a
/// government: a ministry or a cabinet named near a clash is mostly who spoke of it).
fn armed_category(c: &str) -> bool {
    matches!(
        c,
        "armed_group" | "military_leader" | "militia_leader" | "militant"
    )
}

/// The named armed sides the story gives the clash or ceasefire `records[i]`, one a camp,
/// in order of telling (at most two camps; none when more): the armed groups and commanders
/// (and governments right after a word of forces: [`super::roles::forces_word`]) the text
/// names, for a clash, in the sentence before its first mention (not across a turn to
/// another story) and in the headline (with the lead, for a clash told in the headline),
/// and the named sides of the document's other fighting records in its district (both with
/// one). Not in the record's own sentences, whose clause reading found no side there,
/// unless `own` (a speaker it took for a side was dropped); not in a sentence that tells a
/// fight of another district. Its sources are no side.
fn story_sides(doc: &Doc<'_>, records: &[Record], i: usize, own: bool) -> Vec<Actor> {
    let gaz = doc.gazetteer;
    let text = doc.norm.text();
    let r = &records[i];
    let first = first_sentence(doc, r);
    let mine = mention_sentences(doc, r);
    let mut near: Vec<usize> = if own { mine.clone() } else { Vec::new() };
    // (A ceasefire is agreed by the sides its own sentences name.)
    let clash = r.kind == EventKind::ArmedClash;
    if clash && first > 0 && !new_story(doc, first) {
        near.push(first - 1);
    }
    // (Not the headline of a story the text has turned from: `وفي سياق آخر`.)
    if clash && !(1..=first).any(|t| new_story(doc, t)) {
        near.push(0);
        if first == 0 {
            near.push(1);
        }
    }
    // (The clause reading of the record's own sentences found no named side there; a
    // sentence of the story that tells a fight of another district names its sides.)
    let district = r.location.as_ref().and_then(|l| l.admin1.as_deref());
    let elsewhere = |t: usize| {
        records.iter().enumerate().any(|(j, q)| {
            let d = q.location.as_ref().and_then(|l| l.admin1.as_deref());
            j != i
                && fight_kind(q.kind)
                && district.is_some()
                && d.is_some()
                && d != district
                && q.mentions
                    .iter()
                    .filter_map(|&m| doc.events.get(m))
                    .any(|e| e.sentence == t)
        })
    };
    near.retain(|&t| own || !mine.contains(&t) && !elsewhere(t));
    // (position of telling, actor)
    let mut found: Vec<(usize, Cow<'_, Actor>)> = Vec::new();
    for m in mentions_of(doc, &near) {
        // (A government only by its forces: `القوات التابعة لحكومة الوحدة`.)
        let forces = || {
            let ws: [&str; 3] = crate::words::words_before(text, 0, m.norm.start);
            ws.iter().any(|w| super::roles::forces_word(w))
        };
        if armed_category(&m.category) || m.category == "government" && forces() {
            let e = gaz.entity(&m.id);
            let inter = e.and_then(|e| e.inter);
            found.push((
                m.norm.start,
                Cow::Owned(Actor::named(&m.id, &m.english, inter)),
            ));
        }
    }
    // (Only a clash of a district takes the sides of the district's other fighting records.)
    let others = if clash && district.is_some() {
        records
    } else {
        &[]
    };
    for (j, q) in others.iter().enumerate() {
        let d = q.location.as_ref().and_then(|l| l.admin1.as_deref());
        // (Nor a record told in the clash's own sentences, unless `own`: the clause reading
        // kept its sides apart. Read last, for the few records the cheaper tests leave.)
        let beside = || {
            q.mentions
                .iter()
                .filter_map(|&m| doc.events.get(m))
                .any(|e| mine.contains(&e.sentence))
        };
        if j == i || !fight_kind(q.kind) || d != district || (!own && beside()) {
            continue;
        }
        let at = q
            .mentions
            .iter()
            .filter_map(|&m| doc.events.get(m))
            .map(|e| doc.norm.map().to_normalized(e.trigger.start))
            .min()
            .unwrap_or(usize::MAX);
        for a in [&q.actor1, &q.actor2].into_iter().flatten() {
            let Some(id) = a.id.as_deref() else { continue };
            if gaz.entity(id).is_some_and(|e| side_category(&e.category)) {
                found.push((at, Cow::Borrowed(a)));
            }
        }
    }
    found.retain(|(_, a)| a.id.as_ref().is_some_and(|id| !r.sources.contains(id)));
    found.sort_by_key(|(at, _)| *at);
    let mut camps: Vec<Actor> = Vec::new();
    // The ids read so far: each one joined a camp (its own, when it opened one), and a camp
    // only grows, so a later actor of the same id joins one too (a long story names the
    // same sides hundreds of times).
    let mut read: Vec<&str> = Vec::new();
    for (_, a) in &found {
        let x = a.id.as_deref().unwrap_or("");
        if read.contains(&x) {
            continue;
        }
        read.push(x);
        if !camps
            .iter()
            .any(|c| one_camp(gaz, c.id.as_deref().unwrap_or(""), x))
        {
            camps.push(Actor::clone(a));
            // (More than two camps: none, whatever follows.)
            if camps.len() > 2 {
                break;
            }
        }
    }
    if camps.len() > 2 {
        camps.clear();
    }
    camps
}

/// The mentions told in the sentences `near`, in text order: those whose start is inside one
/// of them (the first sentence that holds it).
///
/// Sentences in order without overlap and mentions sorted by start (as the analyzer gives
/// them) are looked up by halving, a few steps per sentence of `near`; otherwise every
/// mention's sentence is looked for among them all (the same mentions, in the same order). A
/// long document has many records and many mentions: the lookup is what keeps
/// [`story_sides`] from costing mentions × sentences for each record.
fn mentions_of<'d>(doc: &Doc<'d>, near: &[usize]) -> Vec<&'d Mention> {
    let sents = doc.sentences;
    let entities = doc.entities;
    let ordered = sents.windows(2).all(|w| w[0].end <= w[1].start)
        && sents.iter().all(|x| x.start <= x.end)
        && entities
            .windows(2)
            .all(|w| w[0].norm.start <= w[1].norm.start);
    let mut picked: Vec<&'d Mention> = Vec::new();
    if ordered {
        let mut ts: Vec<usize> = near.iter().copied().filter(|&t| t < sents.len()).collect();
        ts.sort_unstable();
        ts.dedup();
        for t in ts {
            let x = &sents[t];
            let lo = entities.partition_point(|m| m.norm.start < x.start);
            let hi = entities.partition_point(|m| m.norm.start < x.end);
            picked.extend(&entities[lo..hi.max(lo)]);
        }
    } else {
        for m in entities {
            if let Some(s) = sents.iter().position(|x| x.contains(&m.norm.start)) {
                if near.contains(&s) {
                    picked.push(m);
                }
            }
        }
    }
    picked
}

/// Kinds of fighting, where a side is an armed force.
fn fight_kind(k: EventKind) -> bool {
    attack(k) || matches!(k, EventKind::ArmedClash | EventKind::Bombing)
}

/// A political leader named as a side of a fight stands for his armed forces (rec18, issue
/// #10): `هجوم شنته قوات القذافي`, `تحرير طرابلس من قبضة القذافي`, `الكتائب الموالية للزعيم
/// معمر القذافي` are fought by the Gaddafi loyalists, not by the man. A person of the
/// gazetteer's category `politician` who is actor1 or actor2 of a fighting record (clash,
/// attack, shelling, air strike, siege, capture, bombing) becomes the armed group the
/// gazetteer affiliates him with (the first of category `armed_group`), when there is one; a
/// political leader affiliated only with a government or a party keeps his name. An actor2
/// that becomes actor1 is dropped.
fn leaders_forces(doc: &Doc<'_>, records: &mut [Record]) {
    let gaz = doc.gazetteer;
    let forces = |a: &Actor| -> Option<Actor> {
        let e = gaz.entity(a.id.as_deref()?)?;
        if e.category != "politician" {
            return None;
        }
        let g = e
            .affiliation
            .iter()
            .filter_map(|f| gaz.entity(f))
            .find(|g| g.category == "armed_group")?;
        Some(Actor::named(&g.id, &g.english, g.inter))
    };
    for r in records.iter_mut().filter(|r| fight_kind(r.kind)) {
        for a in [&mut r.actor1, &mut r.actor2] {
            if let Some(g) = a.as_ref().and_then(forces) {
                *a = Some(g);
            }
        }
        let id = |a: &Option<Actor>| a.as_ref().and_then(|a| a.id.clone());
        if id(&r.actor1).is_some() && id(&r.actor1) == id(&r.actor2) {
            r.actor2 = None;
        }
    }
}

/// Categories of the gazetteer whose entities are armed sides when a fighting record names
/// them (a government fights by its forces, a commander by his).
fn side_category(c: &str) -> bool {
    matches!(
        c,
        "armed_group" | "government" | "military_leader" | "militia_leader" | "militant"
    )
}

/// True when the gazetteer makes `x` and `y` one camp: the same, one affiliated with the
/// other, or both with a third (`عملية البنيان المرصوص` and `عملية بركان الغضب`, both of the
/// GNA).
fn one_camp(gaz: &crate::gazetteer::Gazetteer, x: &str, y: &str) -> bool {
    if x == y {
        return true;
    }
    let (Some(a), Some(b)) = (gaz.entity(x), gaz.entity(y)) else {
        return false;
    };
    a.affiliation.iter().any(|f| f == y)
        || b.affiliation.iter().any(|f| f == x)
        || a.affiliation.iter().any(|f| b.affiliation.contains(f))
}

/// An armed side a fighting record names: the actor, its record's first sentence and its
/// district.
type Side<'a> = (Actor, usize, Option<&'a str>);

/// A capture or an air strike with a named actor1 and no actor2 (and no
/// attacker lent from afar) takes as actor2 the side of the document's other camp told
/// nearest it, when the document's armed sides outside actor1's camp form one camp: see the
/// [module docs](self).
fn other_camp(doc: &Doc<'_>, records: &mut [Record], told: &[usize]) {
    // (Not a clash nor an assault: who fought whom there is told with it, and an unnamed
    // other side is often no side of the document's war.)
    let open = |k: EventKind| matches!(k, EventKind::TerritoryControl | EventKind::Airstrike);
    if !records.iter().any(|r| {
        !r.background
            && open(r.kind)
            && r.actor2.is_none()
            && r.actor1.as_ref().is_some_and(|a| a.id.is_some())
    }) {
        return;
    }
    let gaz = doc.gazetteer;
    let fighting =
        |k: EventKind| attack(k) || matches!(k, EventKind::ArmedClash | EventKind::Bombing);
    // (actor, sentence) of every armed side the document's fighting records name. (Not the
    // armed groups the text merely names: a group recalled or accused is no side of the
    // day's fighting.)
    let mut sides: Vec<Side<'_>> = Vec::new();
    for q in records.iter().filter(|q| fighting(q.kind)) {
        let s = first_sentence(doc, q);
        let d = q.location.as_ref().and_then(|l| l.admin1.as_deref());
        for a in [&q.actor1, &q.actor2].into_iter().flatten() {
            let Some(id) = a.id.as_deref() else { continue };
            if gaz.entity(id).is_some_and(|e| side_category(&e.category)) {
                sides.push((a.clone(), s, d));
            }
        }
    }
    // The distinct ids of the sides, and each side's among them: whether two ids are of one
    // camp is asked once per record for each id, not for each side (a long story names the
    // same sides hundreds of times).
    let mut ids: Vec<&str> = Vec::new();
    let id_of: Vec<usize> = sides
        .iter()
        .map(|(a, _, _)| {
            let y = a.id.as_deref().unwrap_or("");
            ids.iter().position(|z| *z == y).unwrap_or_else(|| {
                ids.push(y);
                ids.len() - 1
            })
        })
        .collect();
    let mut camp_of: Vec<Option<bool>> = Vec::new();
    let mut fills: Vec<(usize, Actor)> = Vec::new();
    for (i, x, s, district) in unfilled(doc, records, told, open) {
        // Whether id `k` is of the camp of `x`, asked once.
        let camp = |x: &str, k: usize, memo: &mut Vec<Option<bool>>| {
            *memo[k].get_or_insert_with(|| one_camp(gaz, x, ids[k]))
        };
        camp_of.clear();
        camp_of.resize(ids.len(), None);
        // (Sides of the record's district only, when both have one: the enemy fought in
        // another district is no target here.)
        let rest: Vec<(&Side<'_>, usize)> = sides
            .iter()
            .zip(&id_of)
            .filter(|((a, _, d), &k)| {
                a.id.is_some()
                    && !camp(x, k, &mut camp_of)
                    && (district.is_none() || d.is_none() || *d == district)
            })
            .map(|(side, &k)| (side, k))
            .collect();
        let Some(((nearest, _, _), _)) = rest.iter().min_by_key(|((_, t, _), _)| t.abs_diff(s))
        else {
            continue;
        };
        let y = nearest.id.as_deref().unwrap_or("");
        camp_of.clear();
        camp_of.resize(ids.len(), None);
        if rest
            .iter()
            .all(|((a, _, _), k)| a.id.is_some() && camp(y, *k, &mut camp_of))
        {
            fills.push((i, nearest.clone()));
        }
    }
    for (i, o) in fills {
        records[i].actor2 = Some(o);
    }
}

/// The records a story may give an actor2: reported, of a kind `kind` accepts, with a named
/// actor1 and no actor2, no attacker lent from afar (`told`), not a strike on homes; each as
/// (index, actor1's id, its first sentence, its district).
fn unfilled<'r>(
    doc: &Doc<'_>,
    records: &'r [Record],
    told: &[usize],
    kind: fn(EventKind) -> bool,
) -> Vec<(usize, &'r str, usize, Option<&'r str>)> {
    records
        .iter()
        .enumerate()
        .filter(|&(i, r)| {
            !r.background
                && kind(r.kind)
                && r.actor2.is_none()
                && !told.contains(&i)
                && !residential(doc, r)
        })
        .filter_map(|(i, r)| {
            let x = r.actor1.as_ref().and_then(|a| a.id.as_deref())?;
            let district = r.location.as_ref().and_then(|l| l.admin1.as_deref());
            Some((i, x, first_sentence(doc, r), district))
        })
        .collect()
}

/// True when the first sentence of a remote attack (`قصف`, `غارات`, a bombing) names homes or
/// neighbourhoods among the six words after its trigger: what was struck is no side.
fn residential(doc: &Doc<'_>, r: &Record) -> bool {
    if !matches!(
        r.kind,
        EventKind::Shelling | EventKind::Airstrike | EventKind::Bombing
    ) {
        return false;
    }
    let text = doc.norm.text();
    r.mentions
        .iter()
        .filter_map(|&m| doc.events.get(m))
        .any(|e| {
            let Some(sent) = doc.sentences.get(e.sentence) else {
                return false;
            };
            // The six words or so after the trigger, in its sentence.
            let from = doc.norm.map().to_normalized(e.trigger.end).max(sent.start);
            let ahead = super::roles::text_ahead(text, from, (from + 120).min(sent.end));
            crate::words::words(ahead)
                .take(6)
                .any(|w| super::cues::residential(&ahead[w]))
        })
}

/// An attack whose named attacker is known and whose target is not takes, as its target, the
/// side that attacker fought in another record of the document (an attack or a clash with
/// one side named, the other named or an unnamed armed group) of the same district (when
/// both have one), the nearest told.
fn opponents(doc: &Doc<'_>, records: &mut [Record], told: &[usize]) {
    // (A bombing too: its attacker is known here, its target is the question.)
    let struck = |k: EventKind| attack(k) || k == EventKind::Bombing;
    let fighting = |k: EventKind| struck(k) || k == EventKind::ArmedClash;
    // (side, other side, sentence, district) of every fighting record with two armed sides,
    // one named at least.
    let mut pairs: Vec<(&str, &Actor, usize, Option<&str>)> = Vec::new();
    for q in records.iter().filter(|q| !q.background && fighting(q.kind)) {
        let (Some(a), Some(b)) = (&q.actor1, &q.actor2) else {
            continue;
        };
        let armed = |c: &Actor| {
            c.id.is_some()
                || matches!(
                    c.generic,
                    Some(super::Generic::Militia | super::Generic::UnidentifiedArmedGroup)
                )
        };
        if !(armed(a) && armed(b)) || a.id.is_none() && b.id.is_none() {
            continue;
        }
        let (x, y) = (
            a.id.as_deref().unwrap_or("-"),
            b.id.as_deref().unwrap_or("-"),
        );
        if x != y {
            let s = first_sentence(doc, q);
            let d = q.location.as_ref().and_then(|l| l.admin1.as_deref());
            pairs.push((x, b, s, d));
            pairs.push((y, a, s, d));
        }
    }
    if pairs.is_empty() {
        return;
    }
    let mut fills: Vec<(usize, Actor)> = Vec::new();
    // An attacker the story lent from afar (see `attackers`) lends no target in turn.
    for (i, x, s, district) in unfilled(doc, records, told, struck) {
        // (A state that struck from the air or from afar, `القصف الجوي الروسي`, held no
        // ground: no side that lost a town or was besieged.)
        let ground = matches!(
            records[i].kind,
            EventKind::TerritoryControl | EventKind::Siege
        );
        let state = |o: &Actor| {
            o.id.as_deref()
                .and_then(|id| doc.gazetteer.entity(id))
                .is_some_and(|e| e.category == "country")
        };
        let other = pairs
            .iter()
            .filter(|(side, o, _, d)| {
                *side == x
                    && (district.is_none() || d.is_none() || *d == district)
                    && !(ground && state(o))
            })
            .min_by_key(|(_, _, t, _)| t.abs_diff(s))
            .map(|(_, o, _, _)| (*o).clone());
        if let Some(o) = other {
            fills.push((i, o));
        }
    }
    for (i, o) in fills {
        records[i].actor2 = Some(o);
    }
}

/// The sentence of the last mention of `q` told at or before sentence `s`.
fn last_sentence_upto(doc: &Doc<'_>, q: &Record, s: usize) -> Option<usize> {
    q.mentions
        .iter()
        .filter_map(|&m| doc.events.get(m))
        .map(|e| e.sentence)
        .filter(|&t| t <= s)
        .max()
}

/// An attack with no actor1 takes the named actor1 of the nearest earlier record of the same
/// kind told (by any of its mentions) at most [`ATTACKER_REACH`] sentences before it (`قصفت
/// طائرات الناتو مواقع … وكانت تاجوراء هدفا لغارات جوية`: the raids are flown by whoever flew
/// the raids before), else of the nearest earlier attack record told that close.
fn attackers(doc: &Doc<'_>, records: &mut [Record]) -> Vec<usize> {
    let mut told = Vec::new();
    for i in 0..records.len() {
        let r = &records[i];
        if r.actor1.is_some() || r.background || !attack(r.kind) {
            continue;
        }
        let s = first_sentence(doc, r);
        let target = r.actor2.as_ref().and_then(|a| a.id.as_deref());
        let reach = if new_story(doc, s) { 0 } else { ATTACKER_REACH };
        let same_kind = records[..i].iter().rev().find_map(|q| {
            let a = q.actor1.as_ref()?;
            let id = a.id.as_deref()?;
            let near = last_sentence_upto(doc, q, s).is_some_and(|t| s - t <= reach);
            (near && q.kind == r.kind && !q.background && Some(id) != target).then(|| a.clone())
        });
        let found = same_kind.or_else(|| {
            records[..i].iter().rev().find_map(|q| {
                let a = q.actor1.as_ref()?;
                let id = a.id.as_deref()?;
                let near = last_sentence_upto(doc, q, s).is_some_and(|t| s - t <= reach);
                (near && attack(q.kind) && !q.background && Some(id) != target).then(|| a.clone())
            })
        });
        // The attack first told that close lends a side sure enough to lend its target too
        // (the enemy of the story); a side read farther (its own kind, a later telling) lends
        // only itself.
        let first_told = records[..i].iter().rev().find_map(|q| {
            let id = q.actor1.as_ref()?.id.as_deref()?;
            let near = s.abs_diff(first_sentence(doc, q)) <= reach;
            (near && attack(q.kind) && !q.background && Some(id) != target).then_some(id)
        });
        if let Some(a) = found {
            if first_told != a.id.as_deref() {
                told.push(i);
            }
            records[i].actor1 = Some(a);
        }
    }
    told
}

/// True for an actor with no gazetteer id (none, or a generic actor).
fn unnamed(a: &Option<Actor>) -> bool {
    a.as_ref().is_none_or(|a| a.id.is_none())
}

/// A clash whose two sides are unnamed (`اندلعت مواجهات عنيفة بينهما`, `اشتباكات بين مجموعات
/// مسلحة`) was fought by the two named sides of the nearest earlier fight of the story (a
/// clash, an attack or a capture with both sides named), told (by any of its mentions) at most
/// [`ATTACKER_REACH`] sentences before it, unless the text turns to another story.
/// A ceasefire with no party named is between the two named sides of a fight told in its own
/// sentence (before or after it), else as a clash is.
fn sides(doc: &Doc<'_>, records: &mut [Record]) {
    let fight = |k: EventKind| attack(k) || k == EventKind::ArmedClash;
    // The two named sides of a fight record, when it has them.
    let named_sides = |q: &Record| -> Option<(Actor, Actor)> {
        let (a, b) = (q.actor1.as_ref()?, q.actor2.as_ref()?);
        let (x, y) = (a.id.as_deref()?, b.id.as_deref()?);
        (x != y && fight(q.kind) && !q.background).then(|| (a.clone(), b.clone()))
    };
    for i in 0..records.len() {
        let r = &records[i];
        let truce = r.kind == EventKind::Ceasefire;
        if r.background || !(r.kind == EventKind::ArmedClash || truce) {
            continue;
        }
        if !(unnamed(&r.actor1) && unnamed(&r.actor2)) {
            continue;
        }
        let s = first_sentence(doc, r);
        let reach = if new_story(doc, s) { 0 } else { ATTACKER_REACH };
        // `تم التوصل لاتفاق على وقف إطلاق النار في المطار، بعد خمسة أيام من القتال بين ثوار
        // الزنتان وثوار مصراتة`: a truce with no party named is between the sides of the fight
        // its own sentence tells (before or after it), else of the fight told just before.
        let own = truce
            .then(|| {
                let mine = mention_sentences(doc, r);
                records.iter().enumerate().find_map(|(j, q)| {
                    let shared = q.mentions.iter().any(|&m| {
                        doc.events
                            .get(m)
                            .is_some_and(|e| mine.contains(&e.sentence))
                    });
                    (j != i && shared).then(|| named_sides(q)).flatten()
                })
            })
            .flatten();
        let found = own.or_else(|| {
            records[..i].iter().rev().find_map(|q| {
                let near = last_sentence_upto(doc, q, s).is_some_and(|t| s - t <= reach);
                near.then(|| named_sides(q)).flatten()
            })
        });
        if let Some((a, b)) = found {
            records[i].actor1 = Some(a);
            records[i].actor2 = Some(b);
        }
    }
}

/// True for a place in a Libyan district.
fn libyan(l: &RecordLocation) -> bool {
    l.admin1
        .as_deref()
        .is_some_and(|a| crate::gazetteer::ADMIN1_LIBYA.contains(&a))
}

/// A record placed only in Libya as a whole takes the Libyan town told last before its first
/// mention, else the Libyan place of the nearest earlier record.
fn towns(doc: &Doc<'_>, records: &mut [Record]) {
    for i in 0..records.len() {
        let r = &records[i];
        if r.location.as_ref().and_then(|l| l.id.as_deref()) != Some("libya") {
            continue;
        }
        let Some(at) = r
            .mentions
            .iter()
            .filter_map(|&m| doc.events.get(m))
            .map(|e| e.trigger.start)
            .min()
        else {
            continue;
        };
        // Libya told after a trigger of the record (`نزوح آلاف العائلات في ليبيا`, `التي
        // شهدتها ليبيا`), not as the setting of another clause before it (`ويسود قلق في
        // ليبيا بعد أن …`).
        let after = r
            .mentions
            .iter()
            .filter_map(|&m| doc.events.get(m))
            .any(|e| {
                e.locations
                    .iter()
                    .any(|l| l.id == "libya" && l.start >= e.trigger.end)
            });
        if !after {
            continue;
        }
        let s = first_sentence(doc, r);
        let reach = if new_story(doc, s) { 0 } else { TOWN_REACH };
        let sentence_of = |at: usize| doc.sentences.partition_point(|x| x.end <= at);
        let k = doc.entities.partition_point(|m| m.span.start < at);
        let mut told = doc.entities[..k]
            .iter()
            .rev()
            .take_while(|m| sentence_of(m.norm.start) + reach >= s);
        let town = told.find_map(|m| {
            if !matches!(m.category.as_str(), "city" | "town" | "village") {
                return None;
            }
            let (ent, point) = doc.gazetteer.entity_point(&m.id);
            let ent = ent?;
            let admin1 = ent.admin1.as_deref()?;
            if !crate::gazetteer::ADMIN1_LIBYA.contains(&admin1) {
                return None;
            }
            let (lat, lon) = match (m.lat, m.lon, point) {
                (Some(lat), Some(lon), _) => (Some(lat), Some(lon)),
                (_, _, Some(p)) => (Some(p.lat), Some(p.lon)),
                _ => (None, None),
            };
            Some(RecordLocation {
                id: Some(m.id.clone()),
                english: ent.english.clone(),
                lat,
                lon,
                admin1: Some(admin1.to_string()),
                geo_precision: 2,
            })
        });
        let place = town.or_else(|| {
            records[..i]
                .iter()
                .rev()
                .take_while(|q| first_sentence(doc, q) + reach >= s)
                .filter_map(|q| q.location.as_ref())
                .find(|l| l.id.as_deref() != Some("libya") && libyan(l))
                .map(|l| RecordLocation {
                    geo_precision: l.geo_precision.max(2),
                    ..l.clone()
                })
        });
        if let Some(l) = place {
            records[i].location = Some(l);
        }
    }
}
