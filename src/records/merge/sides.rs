//! The sides of records across a document: the foe of a fight told by one side, the
//! abductors of an abduction with no named abductor.

use super::*;

/// The two sides of a reported clash, the sentence it was last told in, and its district.
pub(super) type ClashSides = (
    crate::records::Actor,
    crate::records::Actor,
    usize,
    Option<String>,
);

/// A record's two sides, its last sentence and its district, when both sides are known.
pub(super) fn clash_sides(b: &Build) -> Option<ClashSides> {
    let (Some(x), Some(y)) = (&b.roles.actor1, &b.roles.actor2) else {
        return None;
    };
    let place = b
        .location
        .as_ref()
        .and_then(|(l, _)| l.admin1.map(str::to_string));
    Some((x.clone(), y.clone(), b.last_sentence, place))
}

/// True when the gazetteer affiliates one of two actors with the other (`القذافي` and
/// `كتائب القذافي`, `حفتر` and `الجيش الوطني`): one side, told by its leader or its forces.
pub(super) fn allied(gaz: &Gazetteer, x: &str, y: &str) -> bool {
    let of = |a: &str, b: &str| {
        gaz.entity(a)
            .is_some_and(|e| e.affiliation.iter().any(|f| f == b))
    };
    of(x, y) || of(y, x)
}

/// [`allied`] for the many tests of one document's merging: the entities of the actors it
/// asks about are looked up once (a few per document), not once per test.
pub(super) struct Allies<'g> {
    pub(super) gaz: &'g Gazetteer,
    /// Entities looked up so far, by id (at most [`Allies::KEEP`]).
    pub(super) seen: RefCell<Vec<&'g crate::gazetteer::Entity>>,
}

impl<'g> Allies<'g> {
    /// How many entities are kept: past them, the gazetteer is asked each time.
    const KEEP: usize = 32;

    pub(super) fn new(gaz: &'g Gazetteer) -> Allies<'g> {
        Allies {
            gaz,
            seen: RefCell::new(Vec::new()),
        }
    }

    /// `gaz.entity(id)`.
    pub(super) fn entity(&self, id: &str) -> Option<&'g crate::gazetteer::Entity> {
        if let Some(&e) = self.seen.borrow().iter().find(|e| e.id == id) {
            return Some(e);
        }
        let e = self.gaz.entity(id)?;
        let mut seen = self.seen.borrow_mut();
        // (Kept under its own id only: what is found by it is found by the lookup.)
        if e.id == id && seen.len() < Self::KEEP {
            seen.push(e);
        }
        Some(e)
    }

    /// Exactly [`allied`]`(gaz, x, y)`.
    pub(super) fn allied(&self, x: &str, y: &str) -> bool {
        let of = |a: &str, b: &str| {
            self.entity(a)
                .is_some_and(|e| e.affiliation.iter().any(|f| f == b))
        };
        of(x, y) || of(y, x)
    }
}

/// The kinds of fighting between two armed sides: a capture, offensive, siege, air strike,
/// shelling or clash.
fn fighting(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Offensive
            | EventKind::TerritoryControl
            | EventKind::Siege
            | EventKind::Airstrike
            | EventKind::Shelling
            | EventKind::ArmedClash
    )
}

/// The two sides of a violent record are never one side told twice (s26, issue #10): when
/// one of them is a person and the gazetteer affiliates one with the other (`الجيش الوطني
/// الليبي` and `خليفة حفتر` whose orders it followed, `طائرات تابعة لحفتر` and the LNA), actor2
/// is the commander or the forces of actor1 named again, not the side acted on: it is
/// dropped, and [`foes`] may give the real one. Two bodies (a government and its operation's
/// forces) are left as they are: which of them was misread is not known. Political kinds (a
/// meeting of a leader and his forces) keep both.
pub(crate) fn one_side_twice(doc: &Doc<'_>, records: &mut [Record]) {
    let allies = Allies::new(doc.gazetteer);
    for r in records.iter_mut() {
        if !fighting(r.kind)
            && !matches!(
                r.kind,
                EventKind::Bombing
                    | EventKind::Assassination
                    | EventKind::Abduction
                    | EventKind::Arrest
                    | EventKind::ViolenceAgainstCivilians
            )
        {
            continue;
        }
        let same = match (&r.actor1, &r.actor2) {
            (Some(x), Some(y)) => match (x.id.as_deref(), y.id.as_deref()) {
                (Some(a), Some(b)) => {
                    let person = |id: &str| {
                        allies
                            .entity(id)
                            .is_some_and(|e| e.kind == crate::gazetteer::EntityKind::Person)
                    };
                    a == b || ((person(a) || person(b)) && allies.allied(a, b))
                }
                _ => false,
            },
            _ => false,
        };
        if same {
            r.actor2 = None;
        }
    }
}

/// The side acted upon of fighting told by one side only (roles22, issue #10), read last,
/// once the story around each record ([`crate::records::story`]) has filled what it can: a capture,
/// offensive, siege, air strike, shelling or clash whose actor1 is named and whose actor2 is
/// still open takes
/// - (not a shelling, whose target may be the town's quarters) the other side of the
///   nearest reported fighting of the document (a clash, attack, capture or siege with two
///   armed sides, one of them named) in which its actor1 (or an ally) fought, in its district
///   (when both have one) at any distance (`أعلن الجيش سيطرته على الحي` … `اشتباكات بين
///   الجيش والمسلحين في المنطقة`), when those fights give one camp of foes (two camps, as
///   `يقاتل الجيش تنظيمي القاعدة وداعش`, leave it open);
/// - else (not for a clash, whose sides its own clause tells) the named armed group (an
///   armed group, a military or militia leader, a militant) told nearest the trigger in the
///   sentence of one of its mentions, when it is neither actor1, nor allied with it, nor a
///   source of the record (`أعلنت قوات X سيطرتها على القاعدة التي تعد آخر معقل لقوات Y`):
///   the side that held the ground or was hit.
pub(crate) fn foes(doc: &Doc<'_>, records: &mut [Record]) {
    let allies = Allies::new(doc.gazetteer);
    let wants = |r: &Record| {
        fighting(r.kind)
            && !r.background
            && r.modality == Modality::Asserted
            && r.actor2.is_none()
            && r.actor1.as_ref().is_some_and(|a| a.id.is_some())
    };
    if !records.iter().any(wants) {
        return;
    }
    let sentences = |r: &Record| {
        let mut it = r
            .mentions
            .iter()
            .filter_map(|&m| doc.events.get(m))
            .map(|e| e.sentence);
        let first = it.next().unwrap_or(0);
        it.fold((first, first), |(lo, hi), s| (lo.min(s), hi.max(s)))
    };
    let place = |r: &Record| r.location.as_ref().and_then(|l| l.admin1.clone());
    type Fight = (
        crate::records::Actor,
        crate::records::Actor,
        (usize, usize),
        Option<String>,
    );
    let fights: Vec<Fight> = records
        .iter()
        .filter(|r| {
            matches!(
                r.kind,
                EventKind::ArmedClash
                    | EventKind::Offensive
                    | EventKind::TerritoryControl
                    | EventKind::Siege
            ) && !r.background
                && r.modality == Modality::Asserted
        })
        .filter_map(|r| {
            let (x, y) = (r.actor1.as_ref()?, r.actor2.as_ref()?);
            ((x.id.is_some() || y.id.is_some()) && armed_side(x) && armed_side(y))
                .then(|| (x.clone(), y.clone(), sentences(r), place(r)))
        })
        .collect();
    // The distinct ids of the fights' sides, and each side's among them: whether a side is
    // actor1's ally is asked once per record for each id, not for each fight (a long story
    // tells the same sides fighting hundreds of times).
    let mut ids: Vec<&str> = Vec::new();
    let mut fight_ids: Vec<(Option<usize>, Option<usize>)> = Vec::with_capacity(fights.len());
    for (x, y, _, _) in &fights {
        let mut pair = [None, None];
        for (a, k) in [x, y].into_iter().zip(&mut pair) {
            if let Some(id) = a.id.as_deref() {
                *k = Some(ids.iter().position(|z| *z == id).unwrap_or_else(|| {
                    ids.push(id);
                    ids.len() - 1
                }));
            }
        }
        fight_ids.push((pair[0], pair[1]));
    }
    let mut allied_memo: Vec<Option<bool>> = Vec::new();
    for r in records.iter_mut().filter(|r| wants(r)) {
        let Some(a1) = r.actor1.as_ref() else {
            continue;
        };
        allied_memo.clear();
        allied_memo.resize(ids.len(), None);
        let mut same = |u: &crate::records::Actor, k: Option<usize>| {
            u == a1
                || match (k, &a1.id) {
                    (Some(k), Some(j)) => {
                        *allied_memo[k].get_or_insert_with(|| allies.allied(ids[k], j))
                    }
                    _ => false,
                }
        };
        let (lo, hi) = sentences(r);
        let here = place(r);
        let mut foes = fights
            .iter()
            .zip(&fight_ids)
            .filter_map(|((x, y, (s0, s1), p), ks)| {
                let far = s0.abs_diff(lo).min(s1.abs_diff(hi));
                let near = here.is_none() || p.is_none() || *p == here;
                // (Who is on whose side is asked of the fights of the district only.)
                if !near {
                    return None;
                }
                match (same(x, ks.0), same(y, ks.1)) {
                    (true, false) => Some((far, y)),
                    (false, true) => Some((far, x)),
                    _ => None,
                }
            });
        let nearest = foes.next().map(|first| {
            foes.try_fold(first, |best, (far, o)| {
                // Another camp (neither the same side nor an ally of it): no single foe.
                let one = o == best.1
                    || matches!((&o.id, &best.1.id), (Some(i), Some(j)) if allies.allied(i, j));
                one.then_some(if far < best.0 { (far, o) } else { best })
            })
        });
        if r.kind != EventKind::Shelling {
            match nearest {
                Some(Some((_, o))) => {
                    r.actor2 = Some(o.clone());
                    continue;
                }
                Some(None) => continue,
                None => {}
            }
        }
        if r.kind == EventKind::ArmedClash {
            continue;
        }
        let Some(a1) = a1.id.as_deref() else {
            continue;
        };
        let mut best: Option<(usize, &Mention)> = None;
        for ev in r.mentions.iter().filter_map(|&m| doc.events.get(m)) {
            let Some(sent) = doc.sentences.get(ev.sentence) else {
                continue;
            };
            let lo = doc.entities.partition_point(|e| e.norm.start < sent.start);
            // Where the last mention before the current one ends (the sentence's start before
            // the first; a mention still open at the current one, nested or overlapping, does
            // not count until it has ended): the words between are those right before it.
            // Read in one pass with the mentions, which are few at any point.
            let mut ended = sent.start;
            let mut open: Vec<usize> = Vec::new();
            for e in doc.entities[lo..]
                .iter()
                .take_while(|e| e.norm.start < sent.end)
            {
                open.retain(|&end| {
                    let closed = end <= e.norm.start;
                    if closed {
                        ended = ended.max(end);
                    }
                    !closed
                });
                let before = ended;
                open.push(e.norm.end);
                let armed = matches!(
                    e.category.as_str(),
                    "armed_group" | "military_leader" | "militia_leader" | "militant"
                );
                if !armed || e.id == a1 || allies.allied(&e.id, a1) || r.sources.contains(&e.id) {
                    continue;
                }
                // `اتهمت عملية بركان الغضب قوات القيادة العامة باستهداف المطار`: who accuses
                // or blames the side of the attack is neither side of it.
                if accuser_after(doc.norm.text(), before, e.norm.start) {
                    continue;
                }
                let t = &ev.trigger;
                let far = if e.span.start >= t.end {
                    e.span.start - t.end
                } else {
                    t.start.saturating_sub(e.span.end)
                };
                if best.is_none_or(|(d, _)| far < d) {
                    best = Some((far, e));
                }
            }
        }
        if let Some((_, e)) = best {
            r.actor2 = doc.gazetteer.entity(&e.id).map(roles::entity_actor);
        }
    }
}

/// A verb of accusation or blame (`اتهم`, `تتهم`, `حمّل`, `يحمّل`) among the (at most three)
/// words of `text[from..at]`, the words right before a named side: that side is the accuser.
fn accuser_after(text: &str, from: usize, at: usize) -> bool {
    let Some(gap) = text.get(from..at) else {
        return false;
    };
    gap.split_whitespace().nth(3).is_none()
        && gap.split_whitespace().any(|w| {
            let w = w.trim_start_matches(['و', 'ف']);
            ["اتهم", "تتهم", "يتهم", "حمل", "تحمل", "يحمل"]
                .iter()
                .any(|v| w.starts_with(v))
                && !w.starts_with("حملة")
                && !w.starts_with("حمله")
        })
}

/// `اختطف مهندس أجنبي في ظروف غامضة`, `تعرض السفير للاختطاف`: a reported abduction whose
/// text names no abductor was carried out by an unidentified armed group, as ACLED codes an
/// abduction by unknown perpetrators (roles22, issue #10); read last, once the story
/// ([`crate::records::story`]) has named whom it could. Unnamed gunmen read as the side taken
/// (`خطف مسلحون`, with no agent found) are the abductors.
///
/// So with an assassination or an attack on civilians whose text names no killer and whose
/// victim is a civilian or no side at all (`اغتيل صحفي في بنغازي`, `اغتال مسلحون أحد وجهاء
/// القبائل`): ACLED codes the unknown perpetrators of a targeted killing of a civilian as an
/// unidentified armed group (roles24).
///
/// So too, whoever the target, with a killing of a side's member (`اغتيل ضابط في الشرطة`), a
/// bombing (`انفجرت سيارة مفخخة`, `انفجار عبوة ناسفة`) and a shelling (`سقطت قذائف على منازل`)
/// whose text names no side that acted: ACLED codes an attack by unknown perpetrators as an
/// unidentified armed group (rec25: the records gold accepts it wherever it accepts no actor1,
/// 65 such records, and asks for no actor1 alone in none). An air strike by unknown aircraft
/// keeps none (no armed group's act), and so does a shelling or bombing told in a document
/// where a reported record names the side that acted (`اشتباكات بين الردع واللواء 444` …
/// `قذائف سقطت على منازل`): the shells are likely one of those sides', unknown which.
pub(crate) fn unknown_abductors(records: &mut [Record]) {
    use crate::records::Generic as G;
    let named_side = records
        .iter()
        .any(|o| !o.background && o.actor1.as_ref().is_some_and(|a| a.id.is_some()));
    for r in records.iter_mut().filter(|r| {
        if named_side && matches!(r.kind, EventKind::Bombing | EventKind::Shelling) {
            return false;
        }
        let civilian_or_none = r
            .actor2
            .as_ref()
            .is_none_or(|a| a.id.is_none() && a.generic == Some(G::Civilians));
        (matches!(
            r.kind,
            EventKind::Abduction
                | EventKind::Assassination
                | EventKind::Bombing
                | EventKind::Shelling
        ) || (civilian_or_none && r.kind == EventKind::ViolenceAgainstCivilians))
            && !r.background
            && r.actor1.is_none()
    }) {
        let unnamed_target = r
            .actor2
            .as_ref()
            .is_some_and(|a| a.id.is_none() && a.generic == Some(G::UnidentifiedArmedGroup));
        // `بدأت القوات بقصف تجمعات للمسلحين`: gunmen shelled or bombed are the target; the
        // unknown side that struck them is told by no one.
        if unnamed_target && matches!(r.kind, EventKind::Bombing | EventKind::Shelling) {
            continue;
        }
        if unnamed_target {
            r.actor1 = r.actor2.take();
        } else {
            r.actor1 = Some(crate::records::Actor::unnamed(G::UnidentifiedArmedGroup));
        }
    }
}

/// An armed side a record may fight ([`foes`]): named, or an unnamed armed group, militia,
/// state or foreign force (never civilians, protesters or rioters).
pub(super) fn armed_side(a: &crate::records::Actor) -> bool {
    use crate::records::Generic as G;
    a.id.is_some()
        || a.generic
            .is_some_and(|g| g.is_armed() || g == G::ExternalForces)
}

pub(super) fn actor_id(a: &Option<crate::records::Actor>) -> Option<&str> {
    a.as_ref().and_then(|a| a.id.as_deref())
}

/// `اعتصم عدد من الأشخاص أمام مقر المؤتمر الوطني العام`, `تجمع العشرات أمام مقر المجلس
/// الرئاسي`: a reported protest is acted by protesters (or rioters), never by the government
/// body it was held against. A protest whose actor1 is no protester (none read, or a body of
/// government, a court or a ministry the text names as the place or the target) gets the
/// generic protesters as actor1, and the body, when actor2 is free, as the target (roles24,
/// issue #10); a university named as the protesters' own is no target.
pub(crate) fn protesting_side(doc: &Doc<'_>, records: &mut [Record]) {
    use crate::records::Generic as G;
    for r in records
        .iter_mut()
        .filter(|r| r.kind == EventKind::Protest && !r.background)
    {
        let body = match &r.actor1 {
            None => None,
            Some(a) => match (&a.id, a.generic) {
                (_, Some(G::Protesters | G::Rioters)) => continue,
                (Some(id), _) => match doc.gazetteer.entity(id) {
                    Some(e) if matches!(e.category.as_str(), "government" | "court") => {
                        r.actor1.take()
                    }
                    // Students of a university protest as protesters; the university is
                    // where they study, no side acted on (`شارك مئات الطلاب بجامعة طرابلس في
                    // وقفة تضامنية`).
                    Some(e) if e.category == "university" => {
                        r.actor1 = None;
                        None
                    }
                    _ => continue,
                },
                _ => continue,
            },
        };
        if r.actor2.is_none() {
            r.actor2 = body;
        }
        r.actor1 = Some(crate::records::Actor::unnamed(G::Protesters));
    }
}

/// `اختطف مسلحون مجهولون تونسيا يعمل في السفارة`, `اغتيل أحد وجهاء المدينة`: the person an
/// abduction or an assassination was done to, when the record names no side acted on (no
/// group, force or title of a side read), is a civilian, as ACLED codes the victims of unknown
/// identity of a kidnapping or a targeted killing (roles24, issue #10). (Persons a toll counts
/// in an attack on civilians keep no side until a nationality or a group says whose they
/// are, as `tests/roles16.rs` reads them.) Read after [`unknown_abductors`], so an unnamed
/// gunman taken as the one acted on has moved to actor1 first.
pub(crate) fn unknown_victims(records: &mut [Record]) {
    use crate::records::Generic as G;
    for r in records.iter_mut().filter(|r| {
        matches!(r.kind, EventKind::Abduction | EventKind::Assassination)
            && !r.background
            && r.actor2.is_none()
            && r.actor1.is_some()
    }) {
        r.actor2 = Some(crate::records::Actor::unnamed(G::Civilians));
    }
}

/// A protest of one sentence told in places joined by `و` (`تظاهر آلاف الليبيين في العاصمة
/// طرابلس، ومدينة مصراتة`, `في طرابلس ومصراتة وبنغازي`): one record per town, as ACLED codes
/// demonstrations held the same day in several towns (records.md: an event in two named
/// places may be one record or one per place). The record keeps the first town (or a place
/// inside it); each town joined after it gets a copy with that town as its place, unless a
/// record of the same kind is there already. Read after the records' places are chosen.
pub(crate) fn protests_per_place(doc: &Doc<'_>, records: &mut Vec<Record>) {
    let text = doc.norm.text();
    let town = |id: &str| -> Option<&str> {
        let e = doc.gazetteer.entity(id)?;
        if matches!(e.category.as_str(), "city" | "town") {
            return Some(e.id.as_str());
        }
        // A square, a street or a district names its town first among its affiliations.
        e.affiliation.iter().map(String::as_str).find(|a| {
            doc.gazetteer
                .entity(a)
                .is_some_and(|t| matches!(t.category.as_str(), "city" | "town"))
        })
    };
    // (The index of the record copied, and the copy: each goes right after its record.)
    let mut extra: Vec<(usize, Record)> = Vec::new();
    // The towns that have a protest record already (looked up once per town joined, so the
    // pass stays linear in the records however many there are).
    let mut protested: std::collections::HashSet<String> = records
        .iter()
        .filter(|x| x.kind == EventKind::Protest)
        .filter_map(|x| {
            x.location
                .as_ref()
                .and_then(|l| l.id.as_deref())
                .and_then(town)
        })
        .map(str::to_string)
        .collect();
    for (ri, r) in records.iter().enumerate().filter(|(_, r)| {
        r.kind == EventKind::Protest && !r.background && r.modality == Modality::Asserted
    }) {
        let Some(first) = r
            .location
            .as_ref()
            .and_then(|l| l.id.as_deref())
            .and_then(town)
        else {
            continue;
        };
        let mut held: Vec<&str> = vec![first];
        let mut sents: Vec<usize> = r
            .mentions
            .iter()
            .filter_map(|&m| doc.events.get(m))
            .filter(|e| !e.background && e.modality == Modality::Asserted)
            .map(|e| e.sentence)
            .collect();
        sents.dedup();
        for s in sents {
            let Some(sr) = doc.sentences.get(s) else {
                continue;
            };
            let lo = doc.entities.partition_point(|m| m.norm.start < sr.start);
            let hi = doc.entities.partition_point(|m| m.norm.start < sr.end);
            let ms = &doc.entities[lo..hi.max(lo)];
            let mut prev: Option<&Mention> = None;
            for m in ms {
                let is_town = m.kind == crate::gazetteer::EntityKind::Location
                    && matches!(m.category.as_str(), "city" | "town");
                let joined = prev.is_some_and(|p| {
                    p.norm.end <= m.norm.start
                        && text
                            .get(p.norm.end..m.norm.start)
                            .is_some_and(joined_by_waw)
                });
                if is_town && joined && !held.contains(&m.id.as_str()) {
                    held.push(m.id.as_str());
                    if !protested.contains(m.id.as_str()) {
                        protested.insert(m.id.clone());
                        if let Some(e) = doc.gazetteer.entity(&m.id) {
                            // (The toll stays on the first town's record: the text does
                            // not say where the dead fell.)
                            let mut copy = r.clone();
                            copy.fatalities = None;
                            copy.injured = None;
                            copy.location = Some(super::RecordLocation {
                                id: Some(e.id.clone()),
                                english: e.english.clone(),
                                lat: e.lat,
                                lon: e.lon,
                                admin1: e.admin1.clone(),
                                geo_precision: 1,
                            });
                            extra.push((ri, copy));
                        }
                    }
                }
                // A chain goes on from a town already held (the record's, or one joined).
                prev = (is_town && held.contains(&m.id.as_str())).then_some(m);
            }
        }
    }
    for (ri, copy) in extra.into_iter().rev() {
        records.insert(ri + 1, copy);
    }
}

/// True when the text between two place names joins them with `و`: an optional comma, then
/// `و` alone or with one noun of a town (`، ومدينة`, ` و`, ` وبلدة`).
fn joined_by_waw(gap: &str) -> bool {
    let g = gap.trim().trim_start_matches(['،', ',']).trim();
    let Some(rest) = g.strip_prefix('و') else {
        return false;
    };
    matches!(rest.trim(), "" | "مدينه" | "مدينة" | "بلده" | "بلدة")
}
