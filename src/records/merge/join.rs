//! The passes that join records after merging: facets of one event, one fight told in
//! parts or over days, one event told twice, sub-events and context that are no records.

use super::*;

/// A protest that surrounds a place (`احتجاجات طرابلس تدخل يومها الرابع وتحاصر منزل رئيس
/// الحكومة`, `مظاهرات الغضب تحاصر السراج`) is the protest, no siege of its own (records.md:
/// one event, one record): a siege record with no armed side (no actor1, or protesters),
/// each of whose mentions comes right after a protest mention of its sentence (no event
/// between: the protest is the subject of the verb), joins the record of that protest (which
/// a reported siege makes reported: `التظاهرات تدخل يومها الخامس وتحاصر …`; recprec20).
pub(super) fn protest_surrounds(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let events = doc.events;
    let n = builds.len();
    if n > 4 * WINDOW || !builds.iter().any(|b| b.kind == EventKind::Siege) {
        return;
    }
    for s in 0..n {
        let b = &builds[s];
        let unarmed = b.roles.actor1.as_ref().is_none_or(|a| {
            matches!(
                a.generic,
                Some(crate::records::Generic::Protesters) | Some(crate::records::Generic::Rioters)
            )
        });
        if b.kind != EventKind::Siege || b.mentions.is_empty() || !unarmed {
            continue;
        }
        // The protest mention right before each siege mention, in its sentence.
        let subjects: Option<Vec<usize>> = own_mentions(b, events)
            .map(|m| {
                (m > 0
                    && events[m - 1].kind == EventKind::Protest
                    && facts[m - 1].sentence == facts[m].sentence)
                    .then(|| m - 1)
            })
            .collect();
        let Some(subjects) = subjects.filter(|v| !v.is_empty()) else {
            continue;
        };
        let into = (0..n).find(|&p| {
            p != s
                && builds[p].kind == EventKind::Protest
                && subjects.iter().all(|m| builds[p].mentions.contains(m))
        });
        if let Some(p) = into {
            absorb(builds, s, p);
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// `طوقت مجموعات مسلحة المتظاهرين في ميدان الشهداء`: armed men who surround protesters act
/// on a protest (ACLED: a protest with intervention), no siege of their own: the siege joins
/// the protest's record of its time and place, or, when the protest has none, becomes it, the
/// protesters its first side and the men who surrounded them the second.
pub(super) fn protesters_besieged(doc: &Doc<'_>, builds: &mut Vec<Build<'_>>) {
    let n = builds.len();
    if n > 4 * WINDOW || !builds.iter().any(|b| b.kind == EventKind::Siege) {
        return;
    }
    for s in 0..n {
        let b = &builds[s];
        let besieged = b
            .roles
            .actor2
            .as_ref()
            .is_some_and(|a| matches!(a.generic, Some(crate::records::Generic::Protesters)));
        if b.kind != EventKind::Siege || b.mentions.is_empty() || !besieged {
            continue;
        }
        let into = protest_record_of(doc.gazetteer, builds, s);
        match into {
            Some(p) => {
                let by = builds[s].roles.actor1.clone();
                absorb(builds, s, p);
                if builds[p].roles.actor2.is_none() {
                    builds[p].roles.actor2 = by;
                }
            }
            None => {
                let b = &mut builds[s];
                b.kind = EventKind::Protest;
                std::mem::swap(&mut b.roles.actor1, &mut b.roles.actor2);
                std::mem::swap(&mut b.roles.assoc1, &mut b.roles.assoc2);
            }
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// `شهدت عدة مناطق احتجاجات ومواجهات عنيفة مع العناصر الأمنية`, `وتحولت الاحتجاجات إلى مواجهات
/// بين العناصر الأمنية …`: a clash told after a protest in each of its sentences (or, definite,
/// after a protest of an earlier sentence), with no armed
/// side but the state's, is the protest turned violent (ACLED codes a violent demonstration, as
/// `مواجهات بين المحتجين وقوات الأمن` already was): it joins the protest's record of its time and
/// place, or, when there is none, becomes one.
pub(super) fn protest_clashes(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    use crate::records::Generic as G;
    let n = builds.len();
    let events = doc.events;
    if n > 4 * WINDOW || !events.iter().any(|e| e.kind == EventKind::Protest) {
        return;
    }
    let gaz = doc.gazetteer;
    let text = doc.norm.text();
    // Where each protest is told (its sentence, the end of its trigger), found once.
    let protests: Vec<(usize, usize)> = (0..events.len())
        .filter(|&k| events[k].kind == EventKind::Protest)
        .map(|k| (facts[k].sentence, facts[k].trig.end))
        .collect();
    // No armed side but the state's: a named group, unnamed gunmen or a militia is a fight.
    let unarmed = |a: &Option<crate::records::Actor>| match a {
        None => true,
        Some(a) => match a.id.as_deref() {
            Some(id) => gaz
                .entity(id)
                .is_some_and(|e| e.category != "armed_group" && e.inter != Some(2)),
            None => !matches!(
                a.generic,
                Some(G::UnidentifiedArmedGroup | G::Militia | G::ExternalForces)
            ),
        },
    };
    for c in 0..n {
        let x = &builds[c];
        if x.kind != EventKind::ArmedClash
            || x.mentions.is_empty()
            || x.background
            || !unarmed(&x.roles.actor1)
            || !unarmed(&x.roles.actor2)
        {
            continue;
        }
        // (Confrontations, clashes: not an exchange of fire, nor armed men in the sentence,
        // `اقتحم عشرات المسلحين … مطالبين بصرف مكافآتهم، وقتل أحد الحراس في تبادل لإطلاق النار`.)
        let scuffle = |m: usize| {
            let w = text.get(facts[m].trig.clone()).unwrap_or("");
            let w = w.trim_start_matches(['و', 'ف', 'ب']);
            let w = w.strip_prefix("ال").unwrap_or(w);
            let sent = doc
                .sentences
                .get(facts[m].sentence)
                .cloned()
                .unwrap_or(0..0);
            ["مواجه", "صدام", "اشتباك", "اصطدام"]
                .iter()
                .any(|p| w.starts_with(p))
                && !text.get(sent).unwrap_or("").contains("مسلح")
        };
        // (Told after a protest in its sentence, or, definite, `وتطورت المواجهات لتتحول إلى
        // تبادل للتراشق بالحجارة`, after a protest told in an earlier sentence.)
        let definite = |m: usize| {
            let w = text.get(facts[m].trig.clone()).unwrap_or("");
            w.trim_start_matches(['و', 'ف']).starts_with("ال")
        };
        let after_protest = own_mentions(x, events).all(|m| {
            events[m].kind == EventKind::ArmedClash
                && scuffle(m)
                && protests.iter().any(|&(sentence, end)| {
                    (sentence == facts[m].sentence || (definite(m) && sentence < facts[m].sentence))
                        && end <= facts[m].trig.start
                })
        });
        if !after_protest {
            continue;
        }
        let into = protest_record_of(gaz, builds, c);
        match into {
            Some(p) => absorb(builds, c, p),
            None => {
                // (The state's side the protesters faced is the one acted on; the protesters
                // are put first with the other protests, `protesting_side`.)
                let b = &mut builds[c];
                b.kind = EventKind::Protest;
                if b.roles.actor2.is_none() {
                    b.roles.actor2 = b.roles.actor1.take();
                }
            }
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// The protest record of the time and place of record `b` (reported or told as context as `b`
/// is), when there is one: the record a facet of that protest joins ([`protesters_besieged`],
/// [`protest_clashes`]).
fn protest_record_of(gaz: &Gazetteer, builds: &[Build<'_>], b: usize) -> Option<usize> {
    let x = &builds[b];
    (0..builds.len()).find(|&p| {
        let q = &builds[p];
        p != b
            && q.kind == EventKind::Protest
            && !q.mentions.is_empty()
            && q.background == x.background
            && same_time(q, x)
            && locations_agree(gaz, q, x)
    })
}

/// The non-casualty mentions of a record.
pub(super) fn own_mentions<'b>(
    b: &'b Build<'_>,
    events: &'b [crate::events::Event],
) -> impl Iterator<Item = usize> + 'b {
    b.mentions
        .iter()
        .copied()
        .filter(move |&m| events[m].kind != EventKind::Casualties)
}

/// Is one of `b`'s own mentions (its tolls aside) reported, not only mentioned?
pub(super) fn own_reported(
    b: &Build<'_>,
    events: &[crate::events::Event],
    facts: &[Facts<'_>],
) -> bool {
    own_mentions(b, events).any(|m| facts[m].asserted)
}

/// Normalized words after which `قصف` names the weapon: artillery, rockets, mortars, shells.
pub(super) fn heavy(w: &str) -> bool {
    let w = w.strip_prefix('و').unwrap_or(w);
    let w = w.strip_prefix('ب').unwrap_or(w);
    [
        "مدفعي",
        "مدفعيه",
        "صاروخي",
        "صواريخ",
        "هاون",
        "قذائف",
        "راجمات",
    ]
    .iter()
    .any(|h| w == *h || w.strip_prefix("ال") == Some(*h))
}

/// A shelling mention that names no weapon of its own: the bare `قصف` (`مصر تقصف مواقع داعش`,
/// `ضحايا القصف`, no `مدفعي`, `بالصواريخ` after it), or a shell told as the shrapnel that hit
/// someone (`أصيب طفل بشظايا قذيفة`). Such a mention may be an airstrike told loosely.
pub(super) fn loose_shelling(text: &str, sent_start: usize, trig: &Range<usize>) -> bool {
    let t = text.get(trig.clone()).unwrap_or("");
    let before: [&str; 1] = words_before(text, sent_start, trig.start);
    let shrapnel = matches!(
        before[0].strip_prefix('ب').unwrap_or(before[0]),
        "شظايا" | "شظيه"
    );
    if shrapnel {
        return true;
    }
    let one_word = words(t).count() == 1;
    let after = roles::text_ahead(text, trig.end, trig.end + 60);
    let next = words(after).next().map_or("", |r| &after[r]);
    one_word && t.contains("قصف") && !heavy(next)
}

/// Whether every shelling among mentions `ms` is a bare bombardment ([`loose_shelling`]).
fn all_loose_shelling(
    doc: &Doc<'_>,
    facts: &[Facts<'_>],
    ms: &mut dyn Iterator<Item = usize>,
) -> bool {
    let text = doc.norm.text();
    ms.filter(|&m| doc.events[m].kind == EventKind::Shelling)
        .all(|m| {
            let f = &facts[m];
            let start = doc.sentences.get(f.sentence).map_or(0, |s| s.start);
            loose_shelling(text, start, &f.trig)
        })
}

/// Two places (with their ranks) of one event agree: the same place, one a region or country,
/// one a district of the other (a city and a place within about 15 km of it), two places
/// next to each other (within about 4 km), or two places finer than a town, one inside the
/// other by the gazetteer's links.
pub(super) fn places_agree(
    gaz: &Gazetteer,
    (a, ra): &(Loc<'_>, u8),
    (b, rb): &(Loc<'_>, u8),
) -> bool {
    if *ra == ORIGIN_RANK || *rb == ORIGIN_RANK {
        return true;
    }
    let reach = if (*ra == 3) != (*rb == 3) { 0.15 } else { 0.04 };
    let near = match (a.r.lat, a.r.lon, b.r.lat, b.r.lon) {
        (Some(x1), Some(y1), Some(x2), Some(y2)) => {
            (x1 - x2).abs() < reach && (y1 - y2).abs() < reach
        }
        // Without coordinates: a town and a place of the same district.
        _ => (*ra == 3) != (*rb == 3) && a.admin1.is_some() && a.admin1 == b.admin1,
    };
    // Or, both finer than a town, one lies inside the other by the gazetteer's links (`حي
    // الطيرة` in `قنفودة`: their points may be further apart than the reach, or missing). (A
    // town and a place of it keep the test above: a town's airport may lie in the next
    // district, and fighting there is not fighting in the town.)
    let nested =
        *ra > 3 && *rb > 3 && (gaz.within(&a.r.id, &b.r.id) || gaz.within(&b.r.id, &a.r.id));
    a.r.id == b.r.id || a.geo_precision == 3 || b.geo_precision == 3 || near || nested
}

/// The places of two records agree ([`places_agree`]), or one of them has none.
pub(super) fn locations_agree(gaz: &Gazetteer, x: &Build<'_>, y: &Build<'_>) -> bool {
    match (&x.location, &y.location) {
        (Some(a), Some(b)) => places_agree(gaz, a, b),
        _ => true,
    }
}

/// Two places lie in one area: the same district, or points within about 25 km of each other
/// (0.25° each way: a district's edge, `وادي الربيع` from the capital). Used where a telling
/// is already tied to the event told before (a back-reference, the parts of a fight told
/// over several areas), not to join records by place alone ([`places_agree`] does that).
/// (A place without coordinates of its own lies at its town's point: `مستشفى السواني الميداني`
/// at al-Sawani's, some 20 km south of Tripoli; r80.)
pub(super) fn one_area(a: &Loc<'_>, b: &Loc<'_>) -> bool {
    let at = |l: &Loc<'_>| match (l.r.lat, l.r.lon) {
        (Some(lat), Some(lon)) => Some((lat, lon)),
        _ => l.point.map(|p| (p.lat, p.lon)),
    };
    (a.admin1.is_some() && a.admin1 == b.admin1)
        || matches!((at(a), at(b)),
            (Some((x1, y1)), Some((x2, y2)))
                if (x1 - x2).abs() < 0.25 && (y1 - y2).abs() < 0.25)
}

/// Two records' places are one: the same place, a place within the town of the other
/// (`باب العزيزية` in Tripoli), or one of them has none.
pub(super) fn near_place(gaz: &Gazetteer, a: &Build<'_>, b: &Build<'_>) -> bool {
    match (&a.location, &b.location) {
        (Some(x), Some(y)) => {
            x.0.r.id == y.0.r.id
                || x.1 == ORIGIN_RANK
                || y.1 == ORIGIN_RANK
                || (x.0.geo_precision != 3 && y.0.geo_precision != 3 && places_agree(gaz, x, y))
        }
        _ => true,
    }
}

/// Two records' places agree: the same place, or one of them has none.
pub(super) fn same_place(a: &Build<'_>, b: &Build<'_>) -> bool {
    match (&a.location, &b.location) {
        (Some((x, i)), Some((y, j))) => x.r.id == y.r.id || *i == ORIGIN_RANK || *j == ORIGIN_RANK,
        _ => true,
    }
}

/// Two records' dates agree: overlapping, or one of them has none of its own (undated, or
/// only the publication date: `قصف لطرابلس` in a headline).
pub(super) fn same_time(a: &Build<'_>, b: &Build<'_>) -> bool {
    match (&a.date, &b.date) {
        (Some(x), Some(y)) if a.explicit && b.explicit => x.overlaps(y),
        _ => true,
    }
}

/// The places the sentence layer gives two mentions agree: the same, or one has none.
pub(super) fn same_clause_places(events: &[crate::events::Event], m: usize, n: usize) -> bool {
    let (x, y) = (&events[m].locations, &events[n].locations);
    x.is_empty() || y.is_empty() || x.iter().any(|a| y.iter().any(|b| a.id == b.id))
}

/// Moves record `from` into record `into`: its mentions, and what `into` lacks of its facts.
pub(super) fn absorb(builds: &mut [Build<'_>], from: usize, into: usize) {
    let mut src = std::mem::take(&mut builds[from].mentions);
    let (killed, injured, date, location, place_own) = {
        let b = &mut builds[from];
        (
            b.killed.take(),
            b.injured.take(),
            b.date,
            b.location.take(),
            b.place_own,
        )
    };
    let (explicit, statement_day, report_after) = {
        let b = &builds[from];
        (b.explicit, b.statement_day, b.report_after)
    };
    let roles = std::mem::take(&mut builds[from].roles);
    let background = builds[from].background;
    let t = &mut builds[into];
    t.mentions.append(&mut src);
    t.killed = t.killed.or(killed);
    t.injured = t.injured.or(injured);
    // A day the text tells (`مقتل الورفلي الأربعاء`) over the publication date an undated
    // headline took for want of one (as when a mention joins a record).
    if explicit && !t.explicit && !t.earlier && date.is_some() {
        t.date = date;
        t.explicit = true;
        t.statement_day = statement_day;
        t.report_after = report_after;
    } else {
        t.date = t.date.or(date);
    }
    if t.location.is_none() {
        t.location = location;
        t.place_own = place_own;
    }
    t.background &= background;
    // (Never one side in both roles.)
    if t.roles.actor1.is_none() && roles.actor1 != t.roles.actor2 {
        t.roles.actor1 = roles.actor1;
    }
    if t.roles.actor2.is_none() && roles.actor2 != t.roles.actor1 {
        t.roles.actor2 = roles.actor2;
    }
    for s in roles.sources {
        if !t.roles.sources.contains(&s) {
            t.roles.sources.push(s);
        }
    }
}

/// How a record tells a facet of another record's event (see [`facets`]).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Facet {
    /// A bombardment told loosely (`قصف`) of an airstrike.
    Loose,
    /// The bomb of an assassination.
    Means,
    /// Explosions told with no device or side (`دوى انفجار`): the blasts of a strike or a
    /// shelling.
    Blast,
    /// The bomber of an attack (`هاجم انتحاريون`): the attack was a bombing.
    Bomber,
    /// Shots fired (`أطلقوا النار على`) that killed the target of an assassination.
    Shots,
    /// A storming by protesters.
    Storming,
    /// An attack told only in sentences of a bombing.
    Attack,
    /// A siege told only in sentences of an assassination, its toll included: how the victim
    /// was cornered.
    Cornered,
}

/// True when every mention in `mine` is a shot fired (`أطلق النار`), not an exchange of fire:
/// [`shot_words`].
pub(super) fn shots_only(doc: &Doc<'_>, facts: &[Facts<'_>], mine: &[usize]) -> bool {
    let text = doc.norm.text();
    mine.iter().all(|&m| {
        let f = &facts[m];
        let t = text.get(f.trig.clone()).unwrap_or("");
        let start = doc.sentences.get(f.sentence).map_or(0, |s| s.start);
        let before: [&str; 1] = words_before(text, start, f.trig.start);
        matches!(
            doc.events[m].kind,
            EventKind::ArmedClash | EventKind::ViolenceAgainstCivilians
        ) && shot_words(t, before[0])
    })
}

/// True when the event `e` is told by a shot fired (`أطلق مسلحون النار`, `إطلاق نار`,
/// `نيران`), not an exchange of fire (`تبادل إطلاق النار`): [`shot_words`] on its trigger.
/// The one test of shots fired for records: the facet of an assassination
/// ([`shots_only`]), the sideless clash default and the militia convention of the story
/// (`story::militias`).
pub(crate) fn shots_fired(doc: &Doc<'_>, e: &crate::events::Event) -> bool {
    let text = doc.norm.text();
    let map = doc.norm.map();
    let (a, b) = (
        map.to_normalized(e.trigger.start),
        map.to_normalized(e.trigger.end),
    );
    let t = text.get(a..b.max(a)).unwrap_or("");
    let start = doc.sentences.get(e.sentence).map_or(0, |s| s.start);
    let before: [&str; 1] = words_before(text, start.min(a), a);
    shot_words(t, before[0])
}

/// True when a trigger's words `t` (normalized) tell a shot fired: a word of fire (`النار`,
/// `نيران`) or of shooting (`أطلق`, `إطلاق`, `يطلقون`), with no exchange (`تبادل`) in it or
/// in the word `before` it.
pub(super) fn shot_words(t: &str, before: &str) -> bool {
    let shooting = words(t).any(|r| {
        let w = t[r].trim_start_matches(['و', 'ف', 'ب']);
        w.contains("نار")
            || w.contains("نيران")
            || ["اطلق", "اطلاق", "يطلق", "تطلق"]
                .iter()
                .any(|p| w.starts_with(p))
    });
    shooting && !t.contains("تبادل") && !before.contains("تبادل")
}

/// True when every mention in `mine` is an explosion told alone (`انفجار`, `انفجارات`,
/// `انفجر`), with no device after it (`انفجار سيارة مفخخة`, `انفجار عبوة`).
pub(super) fn blasts_only(doc: &Doc<'_>, facts: &[Facts<'_>], mine: &[usize]) -> bool {
    let text = doc.norm.text();
    mine.iter().all(|&m| {
        let f = &facts[m];
        let t = text.get(f.trig.clone()).unwrap_or("");
        let t = t.strip_prefix(['و', 'ف']).unwrap_or(t);
        let blast = matches!(
            t,
            "انفجار" | "انفجارات" | "الانفجار" | "الانفجارات" | "انفجر" | "انفجرت"
        );
        let end = doc.sentences.get(f.sentence).map_or(0, |s| s.end);
        let after = roles::text_ahead(text, f.trig.end, end.min(f.trig.end + 60));
        let device = words(after).take(3).any(|r| {
            let w = &after[r];
            let w = w.strip_prefix("ال").unwrap_or(w);
            matches!(
                w,
                "سياره"
                    | "سيارات"
                    | "عبوه"
                    | "عبوات"
                    | "لغم"
                    | "الغام"
                    | "قنبله"
                    | "قنابل"
                    | "مفخخه"
                    | "ناسفه"
                    | "انتحاري"
                    | "انتحاريه"
                    | "حزام"
            )
        });
        blast && !device
    })
}

/// Records that tell a facet of another record's event join it:
/// - a shelling told only loosely ([`loose_shelling`]) joins an airstrike of the same
///   (known) place, time and side (`مصر تقصف مواقع داعش في درنة` over `شنت مقاتلات مصرية غارات على درنة`);
/// - a bombing told in a sentence of an assassination is its means (`اغتالوا العقيد بتفجير
///   سيارته`): the bombing's record, all its mentions, is the assassination; an attack told
///   only in sentences of a bombing is that bombing (`اقتحم نقطة تفتيش بسيارة مفخخة`); in
///   both, when the sentence gives the two no different places (and the bombing's record is
///   of the assassination's place and day: `اغتيال ضابط في بنغازي وانفجار عبوة في درنة` are
///   two);
/// - a bombing told only in sentences of an attack is how the attack was carried out (`هاجم
///   انتحاريون الوزارة`): the attack's record is the bombing;
/// - explosions told with no device and no side (`دوى انفجار`, `دوت انفجارات`) are the blasts
///   of an airstrike or a shelling of the same place (or a place within its town) and time;
/// - shots fired (`أطلقوا النار على فلان`) of the place and time of a reported
///   assassination, by the same side or none named, are that assassination, or of a
///   reported attack, that attack;
/// - a siege told only in sentences of an assassination is how the victim was cornered
///   (`طوقوه … وأردوه قتيلا`);
/// - a storming by protesters (`اقتحم متظاهرون مقر المجلس`) of the place and day of a protest
///   is that protest.
///
/// A bombing joins only an assassination that is reported (not a failed attempt).
///
/// Records emptied so are removed. Quadratic in the records of a document, which are few
/// (at most one per event).
pub(super) fn facets(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let events = doc.events;
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    for from in 0..n {
        let (kind, bg) = (builds[from].kind, builds[from].background);
        if builds[from].mentions.is_empty() {
            continue;
        }
        let mine: Vec<usize> = own_mentions(&builds[from], events).collect();
        if mine.is_empty() {
            continue;
        }
        // The target kinds and how each is a facet, in order of preference.
        let tries: &[(EventKind, Facet)] = match kind {
            // (Its own telling: the blasts heard after it, `وسمع دوي انفجارين`, joined it as a
            // back-reference and say nothing of what struck.)
            EventKind::Shelling if all_loose_shelling(doc, facts, &mut mine.iter().copied()) => {
                &[(EventKind::Airstrike, Facet::Loose)]
            }
            EventKind::Bombing
                if builds[from].roles.actor1.is_none() && blasts_only(doc, facts, &mine) =>
            {
                &[
                    (EventKind::Assassination, Facet::Means),
                    (EventKind::Airstrike, Facet::Blast),
                    (EventKind::Shelling, Facet::Blast),
                    (EventKind::Offensive, Facet::Bomber),
                ]
            }
            EventKind::Bombing => &[
                (EventKind::Assassination, Facet::Means),
                (EventKind::Offensive, Facet::Bomber),
            ],
            EventKind::Offensive
                if builds[from].roles.actor1.as_ref().is_some_and(|a| {
                    matches!(
                        a.generic,
                        Some(crate::records::Generic::Protesters)
                            | Some(crate::records::Generic::Rioters)
                    )
                }) =>
            {
                &[(EventKind::Protest, Facet::Storming)]
            }
            // (`السفير خطف في هجوم مسلح`: the attack an abduction was made in, told in its
            // sentences.)
            EventKind::Offensive => &[
                (EventKind::Bombing, Facet::Attack),
                (EventKind::Abduction, Facet::Attack),
            ],
            // `فذبحوا 11 من أفراد القوات الأمنية … أثناء اشتباكات مع ألوية محلية`: armed men
            // killed in the fight of their sentence are its dead, no violence against civilians.
            EventKind::ViolenceAgainstCivilians
                if victims_armed(doc, &builds[from]) && !shots_only(doc, facts, &mine) =>
            {
                &[
                    (EventKind::ArmedClash, Facet::Attack),
                    (EventKind::Offensive, Facet::Attack),
                ]
            }
            // `لاحقته خمس سيارات يقودها مسلحون … وطوقوه … وأردوه قتيلا`: the man surrounded
            // in the sentence of his assassination was surrounded to be killed, no siege.
            EventKind::Siege => &[(EventKind::Assassination, Facet::Cornered)],
            // (Fire opened on someone unarmed is violence against civilians: [`shootings`].)
            EventKind::ArmedClash | EventKind::ViolenceAgainstCivilians
                if shots_only(doc, facts, &mine) =>
            {
                // (`تم اختطاف السفير بعد إذ أطلقوا النار عليه`: the shots of an abduction, told
                // in its sentence.)
                // (`اقتحم مسلحون مبنى المؤتمر … وفتحوا النار`, `تعرضت دورية لهجوم بالمولوتوف
                // وإطلاق نار`: the shots of an attack, by its side or none named.)
                &[
                    (EventKind::Assassination, Facet::Shots),
                    (EventKind::Abduction, Facet::Shots),
                    (EventKind::Offensive, Facet::Shots),
                ]
            }
            _ => continue,
        };
        // The document tells one bombing of this background (asked only of an attack, the one
        // kind that looks for a bombing as its facet).
        let only_bombing = kind == EventKind::Offensive
            && builds
                .iter()
                .filter(|b| {
                    b.kind == EventKind::Bombing && b.background == bg && !b.mentions.is_empty()
                })
                .count()
                == 1;
        for &(target, how) in tries {
            let found = (0..n)
                .filter(|&t| t != from && builds[t].kind == target && builds[t].background == bg)
                .filter(|&t| !builds[t].mentions.is_empty())
                .filter(|&t| {
                    let shares = |m: usize| {
                        own_mentions(&builds[t], events).any(|o| {
                            facts[o].sentence == facts[m].sentence
                                && same_clause_places(events, m, o)
                        })
                    };
                    let reported = || own_mentions(&builds[t], events).any(|o| facts[o].asserted);
                    match how {
                        Facet::Attack if builds[t].kind == EventKind::Abduction => {
                            // Only the attack the abduction was made in (`خطف في هجوم مسلح`),
                            // told after it, not a raid that also took people (`هاجم مسلحون
                            // البلدة … واقتادوا عشرة`).
                            let text = doc.norm.text();
                            mine.iter().all(|&m| {
                                let start =
                                    doc.sentences.get(facts[m].sentence).map_or(0, |s| s.start);
                                let [p]: [&str; 1] = words_before(text, start, facts[m].trig.start);
                                // (Or the storming of a home the abduction was told with, in
                                // its sentence: `باقتحام منزل فلان … ليقوموا لاحقا باقتياده`.)
                                let end = doc.sentences.get(facts[m].sentence).map_or(0, |s| s.end);
                                let rest = text.get(facts[m].trig.end..end).unwrap_or("");
                                let home = words(rest).next().is_some_and(|r| {
                                    matches!(&rest[r], "منزل" | "منازل" | "بيت" | "مسكن")
                                });
                                shares(m)
                                    && (home
                                        || (matches!(p, "في" | "خلال" | "اثناء" | "عبر")
                                            && own_mentions(&builds[t], events).any(|o| {
                                                facts[o].sentence == facts[m].sentence
                                                    && facts[o].trig.end <= facts[m].trig.start
                                            })))
                            })
                        }
                        // (`مقتل 12 شخصا في هجوم على المفوضية` in the headline, `هجوم انتحاري`
                        // in the body, `أعلن التنظيم مسؤوليته عن الهجوم` after it: the headline's
                        // attack and the definite ones that refer back are the one bombing the
                        // document tells, when it tells only one.)
                        Facet::Attack
                            if builds[t].kind == EventKind::Bombing
                                && only_bombing
                                && mine.iter().any(|&m| facts[m].headline)
                                && mine.iter().all(|&m| {
                                    shares(m) || facts[m].headline || facts[m].definite
                                }) =>
                        {
                            reported()
                                && locations_agree(doc.gazetteer, &builds[from], &builds[t])
                                && same_time(&builds[from], &builds[t])
                        }
                        Facet::Attack | Facet::Bomber => mine.iter().all(|&m| shares(m)),
                        // (The sentence tells the assassination or the killing it was:
                        // `لاحقته … وطوقوه … وأردوه قتيلا`.)
                        Facet::Cornered => {
                            reported()
                                && mine.iter().all(|&m| {
                                    let s = facts[m].sentence;
                                    builds[t].mentions.iter().any(|&o| facts[o].sentence == s)
                                        || builds[from].mentions.iter().any(|&o| {
                                            facts[o].sentence == s
                                                && events[o].kind == EventKind::Casualties
                                        })
                                })
                                && (builds[from].location.is_none()
                                    || locations_agree(doc.gazetteer, &builds[from], &builds[t]))
                                && same_time(&builds[from], &builds[t])
                        }
                        // A failed attempt (`نجا من محاولة اغتيال بسيارة مفخخة`) leaves the
                        // bombing the reported event.
                        Facet::Means => {
                            mine.iter().any(|&m| shares(m))
                                && reported()
                                && same_place(&builds[from], &builds[t])
                                && same_time(&builds[from], &builds[t])
                        }
                        Facet::Blast => {
                            reported()
                                && near_place(doc.gazetteer, &builds[from], &builds[t])
                                && same_time(&builds[from], &builds[t])
                        }
                        Facet::Shots => {
                            let (x, y) = (&builds[from].roles.actor1, &builds[t].roles.actor1);
                            let sides = x.is_none() || y.is_none() || x == y;
                            let told_with = builds[t].kind != EventKind::Abduction
                                || mine.iter().any(|&m| shares(m));
                            sides
                                && told_with
                                && reported()
                                && near_place(doc.gazetteer, &builds[from], &builds[t])
                                && same_time(&builds[from], &builds[t])
                        }
                        Facet::Loose | Facet::Storming => {
                            // Not a bombardment by other forces than the strike's (`قصف لقوات
                            // حفتر على السوق وغارات لقوات الوفاق قرب غريان`).
                            let (x, y) = (
                                actor_id(&builds[from].roles.actor1),
                                actor_id(&builds[t].roles.actor1),
                            );
                            // (Sides that fight: a reporting body taken for a side, `الأمم
                            // المتحدة`, is no conflict.)
                            let fights = |id: &str| {
                                doc.gazetteer.entity(id).is_some_and(|e| {
                                    matches!(
                                        e.category.as_str(),
                                        "armed_group"
                                            | "government"
                                            | "military_leader"
                                            | "militia_leader"
                                            | "militant"
                                            | "country"
                                            | "tribe"
                                    )
                                })
                            };
                            let sides = match (x, y) {
                                (Some(x), Some(y)) if fights(x) && fights(y) => {
                                    x == y || allied(doc.gazetteer, x, y)
                                }
                                _ => true,
                            };
                            // A bombardment told with no place of its own is no strike's.
                            let placed = target != EventKind::Airstrike
                                || (builds[from].location.is_some()
                                    && builds[t].location.is_some());
                            // (Places agree as mentions' do when they merge: one of them a
                            // country or a region, `مصر تدين قصف درنة`, is no other place.)
                            let agree = locations_agree(doc.gazetteer, &builds[from], &builds[t]);
                            sides && placed && agree && same_time(&builds[from], &builds[t])
                        }
                    }
                })
                .min_by_key(|&t| {
                    mine.iter()
                        .flat_map(|&m| {
                            let s = facts[m].sentence;
                            own_mentions(&builds[t], events)
                                .map(move |o| s.abs_diff(facts[o].sentence))
                        })
                        .min()
                        .unwrap_or(usize::MAX)
                });
            if let Some(into) = found {
                absorb(builds, from, into);
                if how == Facet::Bomber {
                    builds[into].kind = EventKind::Bombing;
                }
                break;
            }
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// `فذبحوا 11 من أفراد القوات الأمنية وقتلوا ستة آخرين أثناء اشتباكات مع ألوية محلية`: a
/// record of violence against civilians whose side acted on is armed and that holds a clash
/// (or an attack) its sentences told is that fight, the killings its dead.
pub(super) fn armed_victims_fight(doc: &Doc<'_>, builds: &mut [Build<'_>]) {
    let events = doc.events;
    for b in builds.iter_mut() {
        if b.kind != EventKind::ViolenceAgainstCivilians || !victims_armed(doc, b) {
            continue;
        }
        let has = |k: EventKind| {
            b.mentions
                .iter()
                .any(|&m| events[m].kind == k && !events[m].background)
        };
        if has(EventKind::ArmedClash) {
            b.kind = EventKind::ArmedClash;
        } else if has(EventKind::Offensive) {
            b.kind = EventKind::Offensive;
        }
    }
}

/// The side acted on is armed: state forces, a militia or unidentified armed men, or a
/// gazetteer armed group.
fn victims_armed(doc: &Doc<'_>, b: &Build<'_>) -> bool {
    b.roles.actor2.as_ref().is_some_and(|a| {
        a.generic.is_some_and(crate::records::Generic::is_armed)
            || actor_id(&b.roles.actor2).is_some_and(|id| {
                doc.gazetteer
                    .entity(id)
                    .is_some_and(|e| e.category == "armed_group")
            })
    })
}

/// The sides of two records agree: no named side acts in one that neither acts nor is acted
/// on in the other (sides the gazetteer affiliates are one, in either role: a side that acts
/// in one and an ally of the side acted on in the other is that side).
pub(super) fn sides_agree(gaz: &Gazetteer, a: &Build<'_>, b: &Build<'_>) -> bool {
    match (actor_id(&a.roles.actor1), actor_id(&b.roles.actor1)) {
        (Some(x), Some(y)) => {
            x == y
                || allied(gaz, x, y)
                || actor_id(&b.roles.actor2) == Some(x)
                || actor_id(&a.roles.actor2) == Some(y)
                // (The sides told the other way round, an ally of one for the other: `الردع`
                // against the brigade of the government, and the government against the
                // council the force answers to.)
                || actor_id(&b.roles.actor2).is_some_and(|z| allied(gaz, x, z))
                || actor_id(&a.roles.actor2).is_some_and(|z| allied(gaz, y, z))
        }
        _ => true,
    }
}

/// One fight told in records of several kinds becomes one record (records.md: one event, one
/// record):
/// - a record told only in the headline, of a kind of fighting (a clash, an offensive, a
///   capture, a shelling) the body tells in no record of its own, with no date of its own,
///   is the body's first reported fighting of an agreeing place and sides (`يشن هجوما
///   لحسم معركة الجنوب` over the body's offensive on a town of the south): it keeps the
///   body's kind;
/// - an offensive (`هجوم`, `تقدم`: the least specific telling of a fight) of the place, time
///   and sides of a reported capture, of a clash when the attack was repelled, or of a
///   shelling when the attack is told with its heavy weapon, is that fight: the attack that
///   was repelled and the clashes (`صد هجوم` … `تجددت الاشتباكات في المحور`), the rocket
///   attack and the shelling (`هجوما صاروخيا` … `بنيران المدفعية`), the advance and the
///   capture that ended it (`تقدم الجيش في المحور` … `بسطت القوات سيطرتها على الحي`). An
///   attack told with no more (`شنت القوات هجوما على المدينة` … `تعرضت أحياء المدينة
///   لقصف`) stays its own record.
///   The record told first keeps its facts and takes the more specific kind; the finer place
///   of the two stands.
///
/// Quadratic in the records of a document, which are few.
pub(super) fn one_fight(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    let events = doc.events;
    let gaz = doc.gazetteer;
    let text = doc.norm.text();
    let fighting = |k: EventKind| ground(k) || k == EventKind::Shelling;
    let reported = |b: &Build<'_>| own_reported(b, events, facts);
    let first = |b: &Build<'_>| b.mentions.iter().copied().min().unwrap_or(usize::MAX);
    let head_only = |b: &Build<'_>| {
        !b.mentions.is_empty() && own_mentions(b, events).all(|m| facts[m].headline)
    };
    for h in 0..n {
        let x = &builds[h];
        if x.mentions.is_empty() || !fighting(x.kind) || !head_only(x) || x.explicit {
            continue;
        }
        let told = (0..n).any(|b| {
            b != h
                && builds[b].kind == x.kind
                && !builds[b].mentions.is_empty()
                && !head_only(&builds[b])
        });
        if told {
            continue;
        }
        let into = (0..n)
            .filter(|&t| {
                let y = &builds[t];
                t != h
                    && !y.mentions.is_empty()
                    // (A headline's bare attack, `قتلى في هجوم على بوابة`, over the body's
                    // bombing or strike is that attack, told by its means; recprec24.)
                    && (fighting(y.kind)
                        || (x.kind == EventKind::Offensive
                            && violent(y.kind)
                            && y.kind != EventKind::Siege))
                    && !head_only(y)
                    && y.background == x.background
                    && reported(y) == reported(x)
                    && locations_agree(doc.gazetteer, x, y)
                    // (A headline names the attacker loosely, `هجوم لميليشيات الإخوان`: the
                    // body's fight with an unnamed side may be that side.)
                    && (sides_agree(gaz, x, y)
                        || (actor_id(&x.roles.actor2).is_none()
                            && [&y.roles.actor1, &y.roles.actor2]
                                .iter()
                                .any(|a| a.as_ref().is_some_and(|a| a.id.is_none()))))
            })
            .min_by_key(|&t| first(&builds[t]));
        if let Some(t) = into {
            absorb(builds, h, t);
        }
    }
    for o in 0..n {
        let x = &builds[o];
        // `قتل اثنان من المهاجمين خلال محاولتهم التسلل إلى مواقع الجيش`: an attack told only as
        // a failed attempt, with a toll, was met: the fight of its day and place (the toll is
        // that fight's), as an attack repelled.
        let failed = !x.background
            && (x.killed.is_some() || x.injured.is_some())
            && !reported(x)
            && own_mentions(x, events).all(|m| events[m].modality == Modality::Negated);
        if x.kind != EventKind::Offensive
            || x.mentions.is_empty()
            || x.background
            || !(failed || reported(x))
        {
            continue;
        }
        let sentences: Vec<usize> = own_mentions(x, events).map(|m| facts[m].sentence).collect();
        // `صد هجوم`, `إحباط هجوم`: the attack was met, a fight (a clash). `هجوما صاروخيا`,
        // `هجوم بقذائف الهاون`: the attack was a bombardment (a shelling). `هجوم واسع لطرد …`,
        // `هجوما للسيطرة على …`: a word with a purpose `ل` among the three after the attack is
        // its aim, not a capture that ended it.
        let mut repelled = failed;
        let mut heavy_arms = false;
        let mut aims: Vec<usize> = Vec::new();
        for m in own_mentions(x, events).filter(|&m| events[m].kind == EventKind::Offensive) {
            let f = &facts[m];
            let sent = doc.sentences.get(f.sentence).cloned().unwrap_or(0..0);
            let before: [&str; 2] = words_before(text, sent.start, f.trig.start);
            let after = text.get(f.trig.end..sent.end.max(f.trig.end)).unwrap_or("");
            let mut next3 = words(after).take(3);
            let first_next = next3.next();
            let next = first_next.clone().map_or("", |r| &after[r]);
            repelled |= before.iter().any(|w| roles::repel_word(w));
            heavy_arms |= heavy(next.trim_end_matches(['ا', 'ه']));
            aims.extend(
                first_next
                    .into_iter()
                    .chain(next3)
                    .find(|r| after[r.clone()].starts_with('ل'))
                    .map(|r| f.trig.end + r.start),
            );
        }
        let aim =
            |y: &Build<'_>| own_mentions(y, events).any(|m| aims.contains(&facts[m].trig.start));
        let distance = |y: &Build<'_>| {
            own_mentions(y, events)
                .flat_map(|m| {
                    sentences
                        .iter()
                        .map(move |&s| s.abs_diff(facts[m].sentence))
                })
                .min()
                .unwrap_or(usize::MAX)
        };
        let target = (0..n)
            .filter(|&t| {
                let y = &builds[t];
                t != o
                    && !y.mentions.is_empty()
                    && match y.kind {
                        EventKind::ArmedClash => repelled || same_day_fight(x, y),
                        EventKind::Shelling => heavy_arms,
                        EventKind::TerritoryControl => !aim(y),
                        _ => false,
                    }
                    && !y.background
                    && reported(y)
                    && near_place(doc.gazetteer, x, y)
                    && same_time(x, y)
                    && (sides_agree(gaz, x, y) || withdrawal(doc, facts, y))
            })
            .min_by_key(|&t| distance(&builds[t]));
        let Some(t) = target else {
            continue;
        };
        // `شن تنظيم داعش هجوما على بلدة الفقهاء` … `الإرهابيين انسحبوا من المنطقة بعد ترويع
        // السكان`: the raiders who withdrew after their raid ended it, no ground changed hands;
        // one record, the attack's.
        if raiders_withdrew(gaz, &builds[o], &builds[t]) && withdrawal(doc, facts, &builds[t]) {
            absorb(builds, t, o);
            continue;
        }
        // (A withdrawal's side is the one the offensive drove back: the side acted upon.)
        if withdrawal(doc, facts, &builds[t]) {
            let r = &mut builds[t].roles;
            // (A withdrawal verb's side is already actor2, rec18: it is not moved away.)
            if r.actor2.is_none() {
                r.actor2 = r.actor1.take();
            }
        }
        // (An attack and the clash of its day and place, not told as repelled, keep the
        // attack's kind: the clash is how the attack went, `هاجم مسلحون البوابة` …
        // `اشتبك عناصرها مع المهاجمين`; recprec16.)
        let kind = if builds[t].kind == EventKind::ArmedClash && !repelled {
            EventKind::Offensive
        } else {
            builds[t].kind
        };
        let (into, from) = if first(&builds[o]) <= first(&builds[t]) {
            (o, t)
        } else {
            (t, o)
        };
        let finer = match (&builds[into].location, &builds[from].location) {
            (Some((_, a)), Some((_, b))) => b > a,
            _ => false,
        };
        let place = if finer { builds[from].location } else { None };
        absorb(builds, from, into);
        builds[into].kind = kind;
        if place.is_some() {
            builds[into].location = place;
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// Whether the one side of `y` (a withdrawal record) is the raider of the offensive `x`: the
/// same group, or an unnamed armed group after the raid of a rebel group (inter code
/// 2) or of unnamed gunmen on a place with no armed side (`isis` on a town, then `الإرهابيين
/// انسحبوا`). A side the offensive drove back (`هاجم الجيش مواقع المسلحين … وانسحب المسلحون`) is
/// its actor2, not its raider.
fn raiders_withdrew(gaz: &Gazetteer, x: &Build<'_>, y: &Build<'_>) -> bool {
    use crate::records::Generic as G;
    // (One armed side only: a withdrawal told with another side, `تقدم الجيش … مع تراجع
    // مسلحين من تنظيم داعش`, is that side's gain; the people of the place, `بعد ترويع
    // السكان`, hold no ground.)
    let people = |a: &crate::records::Actor| a.id.is_none() && a.generic == Some(G::Civilians);
    let w = match (&y.roles.actor1, &y.roles.actor2) {
        (Some(w), other) | (other, Some(w)) if !people(w) && other.as_ref().is_none_or(people) => w,
        _ => return false,
    };
    let Some(a) = x.roles.actor1.as_ref() else {
        return false;
    };
    if let (Some(wi), Some(ai)) = (w.id.as_deref(), a.id.as_deref()) {
        return wi == ai || allied(gaz, wi, ai);
    }
    let rebel = match a.id.as_deref() {
        Some(id) => gaz.entity(id).is_some_and(|e| e.inter == Some(2)),
        None => a.generic == Some(G::UnidentifiedArmedGroup),
    };
    let unarmed_target = x
        .roles
        .actor2
        .as_ref()
        .is_none_or(|v| v.generic == Some(G::Civilians));
    w.id.is_none() && w.generic == Some(G::UnidentifiedArmedGroup) && rebel && unarmed_target
}

/// A capture that ends a fight (recprec16): a reported `territory_control` record one of whose
/// capture mentions is followed, in its own sentence, by a clash mention right after `بعد`,
/// `إثر`, `عقب` (`سيطر عناصر الكتيبة على المقر بعد مواجهات استمرت ساعات`, `استعادت القوات
/// السيطرة على الحي إثر اشتباكات مع المسلحين`) joins the reported clash record that mention
/// belongs to, when their places and times agree: one record, the capture's kind (ACLED codes
/// a battle that changes who holds the ground as that change). A capture after a withdrawal
/// (`بعد انسحاب القوة منه`) is no such end of a fight and stays its own.
///
/// Quadratic in the records of a document, which are few.
pub(super) fn capture_ends_fight(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    let events = doc.events;
    let text = doc.norm.text();
    let reported = |b: &Build<'_>| own_reported(b, events, facts);
    for x in 0..n {
        let b = &builds[x];
        if b.kind != EventKind::TerritoryControl
            || b.mentions.is_empty()
            || b.background
            || !reported(b)
        {
            continue;
        }
        // The clash mentions told after `بعد`, `إثر`, `عقب` behind a capture mention.
        let ends: Vec<usize> = own_mentions(b, events)
            .filter(|&m| events[m].kind == EventKind::TerritoryControl)
            .flat_map(|m| {
                let f = &facts[m];
                let sent = doc.sentences.get(f.sentence).cloned().unwrap_or(0..0);
                (0..events.len()).filter(move |&c| {
                    let g = &facts[c];
                    g.sentence == f.sentence
                        && matches!(
                            events[c].kind,
                            EventKind::ArmedClash
                                | EventKind::Offensive
                                | EventKind::Shelling
                                | EventKind::Airstrike
                        )
                        && g.trig.start >= f.trig.end
                        && {
                            let w: [&str; 1] = words_before(text, sent.start, g.trig.start);
                            matches!(
                                w[0].strip_prefix('و').unwrap_or(w[0]),
                                "بعد" | "اثر" | "عقب"
                            )
                        }
                })
            })
            .collect();
        if ends.is_empty() {
            continue;
        }
        let joins = |t: usize, y: &Build<'_>| {
            t != x
                && !y.mentions.is_empty()
                && !y.background
                && reported(y)
                && near_place(doc.gazetteer, &builds[x], y)
                && same_time(&builds[x], y)
        };
        // The record of the fight told after `بعد`; else, when that telling is a bombardment
        // or attack with no time of its own (`انسحبوا من القاعدة بعد قصف عنيف` in the story of
        // the day's battle for the base), the clash of the capture's day and place
        // (recprec24).
        let into = (0..n)
            .find(|&t| {
                let y = &builds[t];
                joins(t, y)
                    && y.kind == EventKind::ArmedClash
                    && y.mentions.iter().any(|m| ends.contains(m))
            })
            .or_else(|| {
                let held = (0..n).any(|t| {
                    let y = &builds[t];
                    joins(t, y) && y.explicit && y.mentions.iter().any(|m| ends.contains(m))
                });
                (!held)
                    .then(|| {
                        (0..n).find(|&t| {
                            let y = &builds[t];
                            joins(t, y)
                                && matches!(y.kind, EventKind::ArmedClash | EventKind::Offensive)
                                && same_day_fight(&builds[x], y)
                        })
                    })
                    .flatten()
            });
        let Some(t) = into else {
            continue;
        };
        absorb(builds, x, t);
        builds[t].kind = EventKind::TerritoryControl;
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// An offensive and a clash of one day and one place are one fight (recprec16; ACLED codes one
/// battle per day and place): `قواتنا تتقدم في الحي رقم 3` in the statement of the day whose
/// lead tells `قتل عشرة في اشتباكات في المدينة اليوم`. Both need a day of their own or the
/// story's, of day precision, that overlap, and places that agree (the same, or one within
/// the town of the other).
pub(super) fn same_day_fight(x: &Build<'_>, y: &Build<'_>) -> bool {
    let day = |b: &Build<'_>| b.date.is_some_and(|d| d.precision == Precision::Day);
    let placed = match (&x.location, &y.location) {
        (Some((a, _)), Some((b, _))) => {
            a.r.id == b.r.id || (a.geo_precision != 3 && b.geo_precision != 3)
        }
        _ => false,
    };
    day(x) && day(y) && x.date.zip(y.date).is_some_and(|(a, b)| a.overlaps(&b)) && placed
}

/// A withdrawal told alone (`الجيش الليبي ينسحب من الأصابعة`, a headline) and the capture of
/// the same place and time told elsewhere (`أعلنت قوات الوفاق سيطرتها على مدينة الأصابعة`)
/// are one transfer of ground: the capture keeps its sides and takes the withdrawal's
/// mentions, when the side that withdrew is not the side that took it. Quadratic in the
/// records of a document, which are few (none above `4 * WINDOW`).
pub(super) fn withdrawal_of_capture(
    doc: &Doc<'_>,
    facts: &[Facts<'_>],
    builds: &mut Vec<Build<'_>>,
) {
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    let text = doc.norm.text();
    let events = doc.events;
    // Every territory mention of the record a word of giving ground.
    let only_loss = |b: &Build<'_>| {
        let mut tc = own_mentions(b, events)
            .filter(|&m| events[m].kind == EventKind::TerritoryControl)
            .peekable();
        tc.peek().is_some()
            && tc.all(|m| {
                let w = text.get(facts[m].trig.clone()).unwrap_or("");
                let w = w.strip_prefix('و').unwrap_or(w);
                w.contains("نسحب") || w.contains("نسحاب") || w.starts_with("فرار")
            })
    };
    for from in 0..n {
        let x = &builds[from];
        if x.kind != EventKind::TerritoryControl
            || x.mentions.is_empty()
            || x.background
            || !x.asserted
            || !only_loss(x)
        {
            continue;
        }
        let withdrew = actor_id(&x.roles.actor1).or(actor_id(&x.roles.actor2));
        let into = (0..n).find(|&t| {
            let y = &builds[t];
            t != from
                && y.kind == EventKind::TerritoryControl
                && !y.mentions.is_empty()
                && !y.background
                && y.asserted
                && !only_loss(y)
                && x.location.is_some()
                && y.location.is_some()
                && same_place(x, y)
                && same_time(x, y)
                && (withdrew.is_none() || actor_id(&y.roles.actor1) != withdrew)
        });
        if let Some(into) = into {
            // The side that withdrew lost the ground: never the capture's actor1.
            let r = &mut builds[from].roles;
            if r.actor2.is_none() {
                r.actor2 = r.actor1.take();
            } else {
                r.actor1 = None;
            }
            absorb(builds, from, into);
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// True when a capture record is told first as a withdrawal (`تراجع المسلحون`, `انسحبت
/// القوات`, `فر المقاتلون`): the side it names first is the one that gave ground.
pub(super) fn withdrawal(doc: &Doc<'_>, facts: &[Facts<'_>], b: &Build<'_>) -> bool {
    let text = doc.norm.text();
    b.kind == EventKind::TerritoryControl
        && b.mentions
            .iter()
            .copied()
            .filter(|&m| doc.events[m].kind == EventKind::TerritoryControl)
            .min()
            .is_some_and(|m| {
                let w = text.get(facts[m].trig.clone()).unwrap_or("");
                let w = w.strip_prefix('و').unwrap_or(w);
                w.contains("نسحاب")
                    || w.contains("نسحب")
                    || w.starts_with("تراجع")
                    || w.starts_with("يتراجع")
                    || w == "فر"
                    || w == "فروا"
                    || w.starts_with("فرار")
            })
}

/// Records the news does not report as events:
/// - a mediation told as the means of another event (`أُطلق سراحهم بعد وساطة قادها أعيان`,
///   `توقف القتال بوساطة من أعيان المدينة`) is context: background;
/// - a foreign intervention with no foreign party anywhere in its mentions (`نشر قوات إضافية
///   في طرابلس` by the interior ministry, `التدخل لفض النزاع` by a local brigade) is no
///   foreign intervention: removed;
/// - operations after a word for a body (`قوة العمليات المشتركة`, `غرفة عمليات`) name the
///   body: no offensive (removed).
pub(super) fn no_report(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let events = doc.events;
    let text = doc.norm.text();
    for b in builds
        .iter_mut()
        .filter(|b| b.kind == EventKind::PeaceTalks && !b.background)
    {
        let means = own_mentions(b, events).all(|m| {
            let f = &facts[m];
            let t = text.get(f.trig.clone()).unwrap_or("");
            let start = doc.sentences.get(f.sentence).map_or(0, |s| s.start);
            let before: [&str; 1] = words_before(text, start, f.trig.start);
            let prev = before[0].strip_prefix('و').unwrap_or(before[0]);
            t.contains("وساط")
                && (t.starts_with("بوساط") || matches!(prev, "بعد" | "عقب" | "اثر" | "بفضل"))
        });
        if means {
            b.background = true;
        }
    }
    // `طبول الحرب تدق من جديد`, `دخلت الكتيبة … في حرب مع تنظيم الدولة`, `رفضه اندلاع حروب
    // جديدة`: a clash told only by the noun «war», with no toll, is the state of a country or
    // a side, which an event coder codes by its battles: background.
    for b in builds
        .iter_mut()
        .filter(|b| b.kind == EventKind::ArmedClash && !b.background && b.killed.is_none())
    {
        let war = own_mentions(b, events).all(|m| {
            let f = &facts[m];
            let t = text.get(f.trig.clone()).unwrap_or("");
            let w = t.trim_start_matches(['و', 'ف']);
            let w = w.strip_prefix(['ب', 'ل']).unwrap_or(w);
            let w = w.strip_prefix("ال").unwrap_or(w);
            // (Street fighting, `حرب شوارع`, is a battle.)
            matches!(w, "حرب" | "حروب" | "لحرب") && {
                let end = doc.sentences.get(f.sentence).map_or(0, |s| s.end);
                let after = text.get(f.trig.end..end.max(f.trig.end)).unwrap_or("");
                let next = words(after).next().map_or("", |r| &after[r]);
                !matches!(next, "شوارع" | "الشوارع" | "عصابات" | "العصابات")
            }
        });
        if war {
            b.background = true;
        }
    }
    // Records of one kind every mention of which is told so (the fact, its trigger's text)
    // are no such event: dropped.
    let mut drop_told = |kind: EventKind, told: &dyn Fn(&Facts<'_>, &str) -> bool| {
        builds.retain(|b| {
            b.kind != kind
                || !own_mentions(b, events).all(|m| {
                    let f = &facts[m];
                    told(f, text.get(f.trig.clone()).unwrap_or(""))
                })
        })
    };
    // `أعلن عن توقف الاشتباكات وانسحاب قوات الطرفين`: both sides pulling back is the end of
    // the fighting, no change of who holds the ground.
    drop_told(EventKind::TerritoryControl, &|f, t| {
        let end = doc.sentences.get(f.sentence).map_or(0, |s| s.end);
        t.contains("انسحاب") && cues::both_sides_after(text, f.trig.end, end)
    });
    // `اشتبكوا مع المهاجمين لأكثر من ساعة قبل أن ينسحبوا باتجاه المدينة`: a withdrawal told
    // in the sentence of the fighting, from no place of its own, is how the fight ended.
    // (The events of the sentence are looked for last: a long document has many.)
    drop_told(EventKind::TerritoryControl, &|f, t| {
        let fought = || {
            events.iter().any(|e| {
                e.sentence == f.sentence
                    && matches!(e.kind, EventKind::ArmedClash | EventKind::Offensive)
            })
        };
        t.contains("نسحب") && !(f.place_own && f.location.is_some()) && fought()
    });
    // `قوة العمليات المشتركة`, `غرفة عمليات أجدابيا`, `قيادة العمليات`: operations after a
    // word for a body name that body, not an offensive.
    drop_told(EventKind::Offensive, &|f, t| {
        let start = doc.sentences.get(f.sentence).map_or(0, |s| s.start);
        let before: [&str; 1] = words_before(text, start, f.trig.start);
        let body = before[0].strip_prefix('و').unwrap_or(before[0]);
        t.contains("عمليات")
            && matches!(
                body,
                "قوه" | "غرفه" | "قياده" | "مركز" | "جهاز" | "هيئه" | "شعبه" | "اداره"
            )
    });
    // `قال الوزير في مؤتمر صحفي`: the press conference in which a source spoke is how the
    // news was told (its teller is a source), not a meeting.
    drop_told(EventKind::Meeting, &|f, t| {
        let end = doc.sentences.get(f.sentence).map_or(0, |s| s.end);
        let after = text.get(f.trig.end..end.max(f.trig.end)).unwrap_or("");
        let next = words(after).next().map_or("", |r| &after[r]);
        (t.contains("مؤتمر") || t.contains("موتمر"))
            && (next.starts_with("صحف") || next.starts_with("صحاف"))
    });
    let gaz = doc.gazetteer;
    let foreign_entity = |id: &str, category: &str| {
        (category == "country" && id != "libya")
            || category == "international"
            || gaz.entity(id).is_some_and(|e| e.inter == Some(8))
    };
    let foreign_actor = |a: &Option<crate::records::Actor>| {
        a.as_ref().is_some_and(|a| {
            a.inter == Some(8)
                || a.generic == Some(crate::records::Generic::ExternalForces)
                || a.id.as_deref().is_some_and(|id| {
                    gaz.entity(id)
                        .is_some_and(|e| foreign_entity(id, e.category.as_str()))
                })
        })
    };
    builds.retain(|b| {
        if b.kind != EventKind::ForeignIntervention {
            return true;
        }
        foreign_actor(&b.roles.actor1)
            || foreign_actor(&b.roles.actor2)
            || b.mentions.iter().any(|&m| {
                let e = &events[m];
                e.actors
                    .iter()
                    .chain(e.locations.iter())
                    .any(|r| foreign_entity(&r.id, &r.category))
            })
    });
}

/// `أطلق حراس النار على المهاجرين`, `مسلحون أطلقوا النار على متظاهرين`: fire opened on civilians
/// or protesters, which the sentence layer took for a clash, is violence against civilians
/// (an exchange of fire, `تبادل لإطلاق النار`, stays a clash). When the document tells fire
/// opened on civilians and on no armed side, its other shootings told with no target
/// (`مقتل مهاجر بإطلاق نار`, `هي من أطلقت النار`) are that violence too.
pub(super) fn shootings(doc: &Doc<'_>, facts: &mut [Facts<'_>]) {
    let text = doc.norm.text();
    // (fact, its target: Some(true) unarmed, Some(false) armed, None untold)
    let shots: Vec<(usize, Option<bool>)> = facts
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind == EventKind::ArmedClash)
        .filter(|(_, f)| {
            let t = text.get(f.trig.clone()).unwrap_or("");
            let start = doc.sentences.get(f.sentence).map_or(0, |s| s.start);
            let before: [&str; 1] = words_before(text, start, f.trig.start);
            t.contains("نار") && !before[0].contains("تبادل") && !t.contains("تبادل")
        })
        .map(|(i, f)| {
            let target = f.roles.actor2.as_ref().map(|a| {
                a.id.is_none()
                    && matches!(
                        a.generic,
                        Some(crate::records::Generic::Civilians)
                            | Some(crate::records::Generic::Protesters)
                    )
            });
            (i, target)
        })
        .collect();
    let unarmed = shots.iter().any(|x| x.1 == Some(true)) || civilians_shot(facts, &shots);
    let armed = shots.iter().any(|x| x.1 == Some(false));
    for &(i, target) in &shots {
        if target == Some(true) || (target.is_none() && unarmed && !armed) {
            facts[i].kind = EventKind::ViolenceAgainstCivilians;
        }
    }
}

/// `قال مسؤولون إن حراسا قتلوا ستة مهاجرين` … `ووقع إطلاق النار يوم الجمعة`; `أعدم التنظيم
/// أربعة أشخاص` … `مسلحين يطلقون النار على رجل`: a document that reports violence against
/// civilians or civilians killed, and tells no fighting but the shootings (`shots`, fact
/// indices first), tells those shootings as that violence.
pub(super) fn civilians_shot(facts: &[Facts<'_>], shots: &[(usize, Option<bool>)]) -> bool {
    let shot = |i: usize| shots.iter().any(|x| x.0 == i);
    let fighting = facts
        .iter()
        .enumerate()
        .any(|(i, f)| f.kind == EventKind::ArmedClash && f.asserted && !shot(i));
    let civilians = |f: &Facts<'_>| {
        f.roles.actor2.as_ref().is_some_and(|a| {
            a.id.is_none() && a.generic == Some(crate::records::Generic::Civilians)
        })
    };
    let victims = facts.iter().any(|f| {
        f.asserted
            && !f.context
            && (f.kind == EventKind::ViolenceAgainstCivilians
                || (f.kind == EventKind::Casualties && civilians(f)))
    });
    !shots.is_empty() && victims && !fighting
}

/// True when record `b` tells one named person (a gazetteer person as actor2) killed: a
/// killing among its mentions (`قتل`, `مقتل`, `مصرع`; not a death, `وفاة`, nor a wound), and
/// no figure above one.
pub(super) fn named_killing(doc: &Doc<'_>, facts: &[Facts<'_>], b: &Build<'_>) -> bool {
    let text = doc.norm.text();
    let person = actor_id(&b.roles.actor2).is_some_and(|id| {
        doc.gazetteer
            .entity(id)
            .is_some_and(|e| e.kind == crate::gazetteer::EntityKind::Person)
    });
    let killed = b.mentions.iter().any(|&m| {
        let f = &facts[m];
        let w = text.get(f.trig.clone()).unwrap_or("");
        doc.events[m].kind == EventKind::Casualties
            && f.asserted
            && ["قتل", "مقتل", "مصرع", "اغتيل"]
                .iter()
                .any(|k| w.contains(k))
    });
    person && killed && b.killed.is_none_or(|k| k <= 1)
}

/// True when a toll record `b` tells its dead shot (`بالرصاص`, `برصاص`, `بإطلاق النار عليهم`
/// within the sixteen words of its sentence after a killing word) and its victims bore no arms
/// (civilians, or no side named at all).
pub(super) fn shot_dead(doc: &Doc<'_>, facts: &[Facts<'_>], b: &Build<'_>) -> bool {
    let text = doc.norm.text();
    let unarmed = match (&b.roles.actor1, &b.roles.actor2) {
        (_, Some(a)) => a.id.is_none() && a.generic == Some(crate::records::Generic::Civilians),
        // A side named alone may be the dead's own (`لقي جنديان من الجيش مصرعهما`).
        (a1, None) => a1.is_none(),
    };
    unarmed
        && b.killed.is_some()
        && b.mentions.iter().any(|&m| {
            let f = &facts[m];
            let end = doc.sentences.get(f.sentence).map_or(0, |s| s.end);
            let after = roles::text_ahead(text, f.trig.end, end.min(f.trig.end + 200));
            let ws: Vec<&str> = words(after).take(16).map(|r| &after[r]).collect();
            ws.iter().any(|w| w.contains("رصاص"))
                || ws.windows(2).any(|p| {
                    p[0].trim_start_matches('و').trim_start_matches('ب') == "اطلاق"
                        && matches!(p[1], "النار" | "الرصاص")
                })
        })
}

/// A mention told as renewed (`تجددت الاشتباكات`, `عاودت`): another round of a fight, not
/// the same one told again.
pub(super) fn renewed_mention(doc: &Doc<'_>, facts: &[Facts<'_>], m: usize) -> bool {
    let text = doc.norm.text();
    let f = &facts[m];
    let start = doc.sentences.get(f.sentence).map_or(0, |s| s.start);
    let before: [&str; 2] = words_before(text, start, f.trig.start);
    before.iter().any(|w| {
        let w = w.strip_prefix('و').unwrap_or(w);
        w.starts_with("تجدد") || w.starts_with("يتجدد") || w.starts_with("عاود")
    })
}

/// One fight told over two days (records.md: one event, one record; the gatherers' ranges
/// `2022-08-26..2022-08-27`): two reported clash records of one place, with days of their
/// own that meet or follow each other, whose sides agree, are one record whose date runs
/// from the first day to the last. A clash told as renewed (`تجددت الاشتباكات`) is a new
/// round and stays its own. Quadratic in the records of a document, which are few.
pub(super) fn days_of_one_fight(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    let gaz = doc.gazetteer;
    let reported = |b: &Build<'_>| own_reported(b, doc.events, facts);
    let renewed = |b: &Build<'_>| b.mentions.iter().any(|&m| renewed_mention(doc, facts, m));
    for a in 0..n {
        for b in a + 1..n {
            let (x, y) = (&builds[a], &builds[b]);
            if x.mentions.is_empty()
                || y.mentions.is_empty()
                || x.kind != EventKind::ArmedClash
                || y.kind != EventKind::ArmedClash
                || x.background
                || y.background
                || !reported(x)
                || !reported(y)
            {
                continue;
            }
            let placed = matches!((&x.location, &y.location), (Some((p, _)), Some((q, _))) if p.r.id == q.r.id);
            let (Some(d), Some(e)) = (x.date, y.date) else {
                continue;
            };
            let days = d.precision == Precision::Day
                && e.precision == Precision::Day
                && e.start.days() - d.end.days() <= 1
                && d.start.days() - e.end.days() <= 1;
            if !(placed
                && days
                && sides_agree(gaz, x, y)
                && sides_agree(gaz, y, x)
                && !renewed(x)
                && !renewed(y))
            {
                continue;
            }
            // (A figure told in ACLED's words, `عشرات الضحايا`, gives way to the precise one
            // of the other day's telling.)
            let precise = |v: Option<u32>, vague: bool| v.filter(|_| !vague);
            let killed = precise(y.killed, y.killed_vague);
            let injured = precise(y.injured, y.injured_vague);
            absorb(builds, b, a);
            let t = &mut builds[a];
            if t.killed_vague && killed.is_some() {
                t.killed = killed;
                t.killed_vague = false;
            }
            if t.injured_vague && injured.is_some() {
                t.injured = injured;
                t.injured_vague = false;
            }
            builds[a].date = Some(RecordDate {
                start: d.start.min(e.start),
                end: d.end.max(e.end),
                precision: Precision::Day,
            });
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// One arrest or abduction told in two records of a document (records.md: one event, one
/// record): two records of the kind, not background, whose dates agree (overlapping, or both
/// undated) are one when they hold the same named person or group as actor2 and no two named actors1
/// that differ (`قيام قوة الردع باعتقال آمر اللواء 444 …` … `دون إيضاح أسباب اعتقاله`), or
/// when one tells only who arrested and the other only whom (`تأكيد اعتقال موسى إبراهيم` …
/// `باعتقال … هدية الثوار`). The first told keeps its facts and takes what it lacks.
/// Quadratic in the records of a document, which are few.
pub(super) fn one_arrest(doc: &Doc<'_>, builds: &mut Vec<Build<'_>>) {
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    let gaz = doc.gazetteer;
    for a in 0..n {
        for b in a + 1..n {
            let (x, y) = (&builds[a], &builds[b]);
            if x.mentions.is_empty()
                || y.mentions.is_empty()
                || x.kind != y.kind
                || !matches!(x.kind, EventKind::Arrest | EventKind::Abduction)
                || x.background
                || y.background
            {
                continue;
            }
            // (A dated telling and an undated one may be two arrests: the one the text
            // places earlier has no date.)
            let dated = match (&x.date, &y.date) {
                (Some(d), Some(e)) => d.overlaps(e),
                (None, None) => true,
                _ => false,
            };
            let (p1, p2) = (actor_id(&x.roles.actor2), actor_id(&y.roles.actor2));
            let (c1, c2) = (&x.roles.actor1, &y.roles.actor1);
            let same_patient = p1.is_some()
                && p1 == p2
                && match (actor_id(c1), actor_id(c2)) {
                    (Some(u), Some(v)) => u == v || allied(gaz, u, v),
                    _ => true,
                };
            let halves = |c: &Option<crate::records::Actor>,
                          p: Option<&str>,
                          d: &Option<crate::records::Actor>,
                          q: Option<&str>| {
                c.is_some() && d.is_none() && p.is_none() && q.is_some()
            };
            let split = halves(c1, p1, c2, p2) || halves(c2, p2, c1, p1);
            if dated && (same_patient || split) {
                absorb(builds, b, a);
            }
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// Two records still standing (not absorbed), of one kind, both reported and asserted: the
/// pairs the merges of one event told twice ([`same_toll`], [`one_signing`]) look at.
pub(super) fn reported_pair(x: &Build<'_>, y: &Build<'_>) -> bool {
    !x.mentions.is_empty()
        && !y.mentions.is_empty()
        && x.kind == y.kind
        && !x.background
        && !y.background
        && x.asserted
        && y.asserted
}

/// See the call in [`records`]: records of one kind, place and toll, a day apart at most,
/// merge. Quadratic in the records of a document, which are few.
pub(super) fn same_toll(builds: &mut Vec<Build<'_>>) {
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    for a in 0..n {
        for b in 0..n {
            let (x, y) = (&builds[a], &builds[b]);
            if a < b && toll_told_again(x, y) {
                absorb(builds, b, a);
                continue;
            }
            if a == b || !reported_pair(x, y) {
                continue;
            }
            let toll = matches!((x.killed, y.killed), (Some(k), Some(l)) if k == l && k > 0);
            let placed = matches!((&x.location, &y.location), (Some((p, _)), Some((q, _))) if p.r.id == q.r.id);
            // `a` is the earlier day (or the first told, on one day).
            let days = match (&x.date, &y.date) {
                (Some(d), Some(e)) => {
                    let gap = e.start.days() - d.start.days();
                    (gap == 1 || (gap == 0 && a < b)) && d.precision == Precision::Day
                }
                _ => false,
            };
            if toll && placed && days {
                absorb(builds, b, a);
            }
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// `لقي 20 شخصا مصرعهم وأصيب 45 آخرون جراء اشتباكات …` then `أكد … أن مستشفى غريان تسلم
/// جثامين 20 قتيلا بالإضافة إلى 45 جريحا`: a toll alone (`y`, no side of its own), told after
/// a violent record (`x`) with the very same figures of killed and of injured, on its day or
/// the next, is that record's toll told again (where the bodies were taken is no place of an
/// event), not an event of its own.
fn toll_told_again(x: &Build<'_>, y: &Build<'_>) -> bool {
    let toll = matches!((x.killed, y.killed), (Some(k), Some(l)) if k == l && k > 0)
        && (y.injured.is_none() || y.injured == x.injured);
    let days = match (&x.date, &y.date) {
        (Some(d), Some(e)) => (0..=1).contains(&(e.start.days() - d.start.days())),
        (_, None) => true,
        (None, Some(_)) => false,
    };
    !x.mentions.is_empty()
        && !y.mentions.is_empty()
        && violent(x.kind)
        && y.kind == EventKind::Casualties
        && !x.background
        && !y.background
        && x.asserted
        && y.asserted
        && y.roles.actor1.is_none()
        && y.roles.actor2.is_none()
        && toll
        && days
}

/// See the call in [`records`]: a shelling record whose side acting is an international
/// alliance (`الناتو قصف`, category `international` in the gazetteer) is an airstrike: an
/// alliance fighting in Libya had no guns on the ground, so its bombardments came from the air.
pub(super) fn alliance_strike(doc: &Doc<'_>, builds: &mut [Build<'_>]) {
    for b in builds
        .iter_mut()
        .filter(|b| b.kind == EventKind::Shelling && !b.background)
    {
        let alliance = actor_id(&b.roles.actor1).is_some_and(|id| {
            doc.gazetteer
                .entity(id)
                .is_some_and(|e| e.category == "international")
        });
        if alliance {
            b.kind = EventKind::Airstrike;
        }
    }
}

/// See the call in [`records`]: in a story of air strikes, the bombardment told by the bare
/// noun (`القصف`, no gun or shell named after it) is an air strike: `تنديدا واحتجاجا على القصف
/// الذي أسفر الخميس عن سقوط قتيلين` after `شن طيران حربي … ضربة جوية`. Only when the story
/// tells a reported air strike and no shelling by its weapons.
/// Quadratic in the records of a document, which are few (none past `4 * WINDOW`).
pub(super) fn air_story_bombardment(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut [Build<'_>]) {
    let strike = |y: &Build<'_>| y.kind == EventKind::Airstrike && !y.background && y.asserted;
    if builds.len() > 4 * WINDOW || !builds.iter().any(strike) {
        return;
    }
    if builds.iter().any(|b| {
        b.kind == EventKind::Shelling
            && !b.mentions.is_empty()
            && !all_loose_shelling(doc, facts, &mut own_mentions(b, doc.events))
    }) {
        return;
    }
    // Only a bombardment by no one named or by the striker, at the strike's place or at none
    // told (the other side's guns are no aircraft of the striker's, `قصفت كتائب القذافي
    // أجدابيا` in a story of the coalition's raids; nor is a bare bombardment of another town).
    let retyped: Vec<usize> = (0..builds.len())
        .filter(|&i| {
            let b = &builds[i];
            b.kind == EventKind::Shelling
                && !b.mentions.is_empty()
                && builds.iter().any(|y| {
                    strike(y)
                        && (b.roles.actor1.is_none()
                            || actor_id(&b.roles.actor1)
                                .is_some_and(|id| actor_id(&y.roles.actor1) == Some(id)))
                        && match (&b.location, &y.location) {
                            (Some(p), Some(q)) => places_agree(doc.gazetteer, p, q),
                            _ => true,
                        }
                })
        })
        .collect();
    for i in retyped {
        builds[i].kind = EventKind::Airstrike;
    }
}

/// See the call in [`records`]: a foreign intervention all of whose mentions share a sentence
/// with a mention of a reported strike (an airstrike or a shelling: `قصفت قوات حلف الناتو
/// مواقع الكتائب`, `قتلوا جراء غارة … من المرتزقة`) names who struck or who was hit: it is
/// that strike, no record of its own. Quadratic in the records of a document, which are few.
pub(super) fn strikers_named(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let events = doc.events;
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    for from in 0..n {
        let x = &builds[from];
        if x.kind != EventKind::ForeignIntervention || x.background || x.mentions.is_empty() {
            continue;
        }
        let mine: Vec<usize> = own_mentions(x, events).collect();
        if mine.is_empty() {
            continue;
        }
        let into = (0..n).find(|&t| {
            let y = &builds[t];
            t != from
                && matches!(y.kind, EventKind::Airstrike | EventKind::Shelling)
                && !y.background
                && y.asserted
                && mine.iter().all(|&m| {
                    own_mentions(y, events).any(|o| facts[o].sentence == facts[m].sentence)
                })
        });
        if let Some(into) = into {
            absorb(builds, from, into);
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// A storming or a raid (`اقتحم`, `داهم`, `مداهمة`, `دهمت`), normalized.
pub(super) fn raid_word(w: &str) -> bool {
    // (The verbal noun too: `عقب اقتحام مسلحين لمقر السفارة`; r82.)
    w.contains("اقتحم") || w.contains("اقتحام") || w.contains("داهم") || w.contains("دهم")
}

/// See the call in [`records`]: an attack record told only as a storming or a raid, with no
/// one killed, joins a reported arrest or abduction of the same place and time whose captors
/// are not another named side (`اختطاف الناشط في مصراتة` … `اقتحمت قوة أمنية مقر المطبعة في
/// مصراتة`): the raid is how the capture was done (ACLED codes the arrest, once). Quadratic
/// in the records of a document, which are few.
pub(super) fn raid_of_capture(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let events = doc.events;
    let text = doc.norm.text();
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    for from in 0..n {
        let x = &builds[from];
        if x.kind != EventKind::Offensive
            || x.background
            || x.mentions.is_empty()
            || x.killed.is_some_and(|k| k > 0)
        {
            continue;
        }
        let raid = own_mentions(x, events)
            .all(|m| raid_word(text.get(facts[m].trig.clone()).unwrap_or("")));
        // `تعرض موكب البعثة لهجوم …، اختُطف خلاله سبعة من موظفيها`: an abduction or an arrest
        // told as done during the attack of its sentence (`خلاله`, `أثناءه` right after its
        // verb) is what the attack was.
        let during = |y: &Build<'_>| {
            y.mentions.iter().any(|&my| {
                let at = facts[my].trig.end.min(text.len());
                let mut end = text.len().min(at + 24);
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                let after = text.get(at..end).unwrap_or("");
                let next = words(after).next().map_or("", |r| &after[r]);
                matches!(next, "خلاله" | "خلالها" | "اثناءه" | "اثناءها")
                    && x.mentions
                        .iter()
                        .any(|&mx| facts[mx].sentence == facts[my].sentence)
            })
        };
        let into = (0..n).find(|&t| {
            let y = &builds[t];
            // (The body whose seat was stormed is no captor: `اقتحام مسلحين لمقر السفارة
            // التونسية … وخطف دبلوماسي`, the embassy read as the subject of the abduction; r82.)
            let sides = match (actor_id(&x.roles.actor1), actor_id(&y.roles.actor1)) {
                (Some(u), Some(v)) => {
                    u == v || allied(doc.gazetteer, u, v) || actor_id(&x.roles.actor2) == Some(v)
                }
                _ => true,
            };
            let kind = t != from
                && matches!(y.kind, EventKind::Arrest | EventKind::Abduction)
                && !y.background
                && y.asserted
                && !y.mentions.is_empty();
            // (A place inside the other's town is the same place: `اقتحم مسلحون مقر القناة
            // بمنطقة قرجي وسط طرابلس … واختطفوا رئيسها`, the storming placed in the town, the
            // abduction in the district; r81.)
            let inside = |a: &Build<'_>, b: &Build<'_>| match (&a.location, &b.location) {
                (Some((p, _)), Some((q, _))) => doc.gazetteer.within(&p.r.id, &q.r.id),
                _ => false,
            };
            kind && ((raid
                && x.location.is_some()
                && y.location.is_some()
                && (same_place(x, y) || inside(x, y) || inside(y, x))
                // (Or one of them dated only by the publication: `عقب اقتحام مسلحين لمقر
                // السفارة … وخطف دبلوماسي` before `عملية الاقتحام التي تمت أمس الجمعة`; r82.)
                && x.date.is_some()
                && y.date.is_some()
                && same_time(x, y)
                && sides)
                || during(y))
        });
        if let Some(into) = into {
            absorb(builds, from, into);
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// See the call in [`records`]: reported agreements (and talks) of one time and one place (or
/// with no place of their own) are one signing told several times, whoever the telling names
/// as its party (a bilateral event takes either party, and a mediator is named with it:
/// records.md). The first told keeps its facts and takes what it lacks. Quadratic in the
/// records of a document, which are few.
pub(super) fn one_signing(builds: &mut Vec<Build<'_>>) {
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    for a in 0..n {
        for b in a + 1..n {
            let (x, y) = (&builds[a], &builds[b]);
            if !reported_pair(x, y)
                || !matches!(x.kind, EventKind::Agreement | EventKind::PeaceTalks)
            {
                continue;
            }
            let dated = matches!((&x.date, &y.date), (Some(d), Some(e)) if d.overlaps(e));
            if dated && same_place(x, y) {
                // (The telling that names the place is the fuller one: it keeps its sides.)
                if x.location.is_none() && y.location.is_some() {
                    absorb(builds, a, b);
                    break;
                }
                absorb(builds, b, a);
            }
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// See the call in [`records`]: a truce told several times in one document — the headline's
/// `يتوصلون لاتفاق بوقف إطلاق النار`, the lead's `الوصول إلى هدنة لوقف إطلاق النار … تبدأ من
/// الساعة 11`, a councillor's `اتفاق مبدئي لوقف إطلاق النار … اعتبارا من الساعة السادسة` — is
/// one record: ceasefire records, and agreements whose sentences tell a ceasefire, of one time
/// and one place (or none of their own) and of agreeing sides, one of them reported, the others
/// reported or set to begin (planned). The first reported record keeps its facts and takes what
/// it lacks, as a ceasefire. Quadratic in the records of a document, which are few.
pub(super) fn one_truce(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    let events = doc.events;
    let gaz = doc.gazetteer;
    // The sentences that tell a ceasefire.
    let truce_sentences: Vec<usize> = (0..events.len())
        .filter(|&m| events[m].kind == EventKind::Ceasefire && !events[m].background)
        .map(|m| facts[m].sentence)
        .collect();
    let truce = |b: &Build<'_>| {
        !b.mentions.is_empty()
            && !b.background
            && match b.kind {
                EventKind::Ceasefire => true,
                EventKind::Agreement => b
                    .mentions
                    .iter()
                    .any(|&m| truce_sentences.contains(&facts[m].sentence)),
                _ => false,
            }
            && b.mentions.iter().all(|&m| {
                events[m].kind == EventKind::Casualties
                    || matches!(events[m].modality, Modality::Asserted | Modality::Planned)
            })
    };
    for a in 0..n {
        if !builds[a].asserted || !truce(&builds[a]) {
            continue;
        }
        for b in 0..n {
            let (x, y) = (&builds[a], &builds[b]);
            if a == b
                || !truce(y)
                || (y.asserted && b < a)
                || (x.kind == EventKind::Agreement && y.kind == EventKind::Agreement)
                || !same_place(x, y)
                || !same_time(x, y)
                || !sides_agree(gaz, x, y)
            {
                continue;
            }
            absorb(builds, b, a);
            // (An agreement on a ceasefire is the ceasefire: the kind the truce is coded as.)
            builds[a].kind = EventKind::Ceasefire;
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// True when the normalized sentence `text` tells an event over several parts of a place
/// (`في عدة مناطق`, `في مناطق متفرقة`, `في عدد من الأحياء`, `مختلف أحياء المدينة`): an
/// `areas` noun (its clitics stripped) with a `several` word right before or after it, or
/// `عدد من` before it.
/// (`ws`: the sentence's words, byte ranges of `text`, as [`words`] finds them.)
pub(super) fn several_parts(text: &str, ws: &[Range<usize>]) -> bool {
    // The words (clitics stripped) read once in order: the two before the current one, and
    // whether the one before is an `areas` noun (then a `several` word after it will do).
    let (mut p1, mut p2): (Option<&str>, Option<&str>) = (None, None);
    let mut areas_before = false;
    for r in ws {
        let w = crate::records::place::clitic_free(&text[r.clone()]);
        if areas_before && in_list(SEVERAL, w) {
            return true;
        }
        let areas = in_list(AREAS, w);
        if areas
            && (p1.is_some_and(|x| in_list(SEVERAL, x))
                || (p1 == Some("من") && p2.is_some_and(|x| in_list(SEVERAL, x))))
        {
            return true;
        }
        areas_before = areas;
        p2 = p1;
        p1 = Some(w);
    }
    false
}

/// See the call in [`records`]: a reported violent record placed in a town, one of whose
/// sentences tells it over several parts of a place (`اشتباكات مسلحة في عدة مناطق` of the
/// capital), takes the reported records of its kind told within the next two sentences in a
/// place of that town's area (the same place, the same district, or within about 25 km: the
/// parts it went on in, `أصوات اشتباكات في مناطق تاجوراء`), on a day that agrees, with no
/// side named against its own: one event listed over several places, one record
/// (records.md: either is accepted; the gold rows list one; recprec21).
pub(super) fn several_areas(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    let text = doc.norm.text();
    let gaz = doc.gazetteer;
    // `several_parts` of each sentence, read once: 0 not yet, 1 no, 2 yes.
    let mut parts: Vec<u8> = vec![0; doc.sentences.len()];
    // The words of a sentence the events stage kept none of.
    let mut own: Vec<Range<usize>> = Vec::new();
    for a in 0..n {
        let x = &builds[a];
        if x.mentions.is_empty() || x.background || !x.asserted || !violent(x.kind) {
            continue;
        }
        let Some((p, _)) = &x.location else {
            continue;
        };
        if p.geo_precision == 3 {
            continue;
        }
        let spread = x.mentions.iter().any(|&m| {
            let s = facts[m].sentence;
            match parts.get(s).copied() {
                Some(0) => {
                    let yes = doc.sentences.get(s).is_some_and(|r| {
                        let Some(t) = text.get(r.clone()) else {
                            return false;
                        };
                        let ws = match doc.words.of(s, r) {
                            Some(ws) => ws,
                            None => {
                                own.clear();
                                crate::words::push_words(t, r.start, &mut own);
                                &own
                            }
                        };
                        several_parts(text, ws)
                    });
                    parts[s] = 1 + u8::from(yes);
                    yes
                }
                Some(c) => c == 2,
                None => false,
            }
        });
        if !spread {
            continue;
        }
        for b in a + 1..n {
            let (x, y) = (&builds[a], &builds[b]);
            if !reported_pair(x, y) {
                continue;
            }
            let Some(((p, _), (q, _))) = x.location.as_ref().zip(y.location.as_ref()) else {
                continue;
            };
            let first = y.mentions.iter().map(|&m| facts[m].sentence).min();
            let next = first.is_some_and(|s| s <= x.last_sentence + 2);
            let area = q.geo_precision != 3 && (p.r.id == q.r.id || one_area(p, q));
            let agree = no_side_against(gaz, x, y);
            if next && area && agree && same_time(x, y) {
                absorb(builds, b, a);
            }
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// See the call in [`records`]: a reported violent record placed where a mention of an
/// earlier record of its kind, within the three sentences before, told that event struck among
/// the places of its clause (`قصف … على مستشفى طرابلس المركزي ومنطقة طريق السور`, then `آثار
/// قصف المليشيا لمنازل في منطقة طريق السور`), on a day that agrees, with no side named
/// against the other's, is that event told again: one record (records.md: one event, one
/// record).
pub(super) fn place_told_before(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    let gaz = doc.gazetteer;
    for b in 1..n {
        for a in 0..b {
            let (x, y) = (&builds[a], &builds[b]);
            if !reported_pair(x, y) || !violent(x.kind) {
                continue;
            }
            let (Some((p, _)), Some((q, _))) = (&x.location, &y.location) else {
                continue;
            };
            if p.r.id == q.r.id || q.geo_precision == 3 {
                continue;
            }
            let first = y.mentions.iter().map(|&m| facts[m].sentence).min();
            if !first.is_some_and(|s| s > x.last_sentence && s <= x.last_sentence + 3) {
                continue;
            }
            let told = x.mentions.iter().any(|&m| {
                doc.events
                    .get(m)
                    .is_some_and(|e| e.locations.iter().any(|l| l.id == q.r.id))
            });
            let agree = no_side_against(gaz, x, y);
            if told && agree && same_time(x, y) {
                absorb(builds, b, a);
                break;
            }
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// Two records name no side against the other's: each of actor1 and actor2 is the same or an
/// ally, or unnamed on one of them.
fn no_side_against(gaz: &Gazetteer, x: &Build<'_>, y: &Build<'_>) -> bool {
    let sides = |u: &Option<crate::records::Actor>, v: &Option<crate::records::Actor>| match (
        actor_id(u),
        actor_id(v),
    ) {
        (Some(i), Some(j)) => i == j || allied(gaz, i, j),
        _ => true,
    };
    sides(&x.roles.actor1, &y.roles.actor1) && sides(&x.roles.actor2, &y.roles.actor2)
}

/// See the call in [`records`]: a reported meeting (`جلسة`, `اجتماع`, `لقاء`) whose first
/// mention shares its sentence with an asserted, not background mention of another reported
/// record (not a meeting) is the setting of that event: the session in which the vote was
/// held, the sitting the protesters stormed, the place where the man was killed. It joins the
/// record of the nearest such mention (records.md: one event, one record; recprec21). (Not
/// when that event is what the meeting was about: `اجتمع … لبحث الاشتباكات`, a `topic` word
/// among the three before its trigger.)
pub(super) fn meeting_setting(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let n = builds.len();
    if n > 4 * WINDOW || !builds.iter().any(|b| b.kind == EventKind::Meeting) {
        return;
    }
    let events = doc.events;
    let text = doc.norm.text();
    for a in 0..n {
        let x = &builds[a];
        if x.kind != EventKind::Meeting || x.mentions.is_empty() || x.background || !x.asserted {
            continue;
        }
        let Some(&m) = x.mentions.iter().min() else {
            continue;
        };
        let f = &facts[m];
        let start = doc.sentences.get(f.sentence).map_or(0, |s| s.start);
        let gap = |t: &Range<usize>| {
            if t.start >= f.trig.end {
                t.start - f.trig.end
            } else {
                f.trig.start.saturating_sub(t.end)
            }
        };
        let target = (0..n)
            .filter(|&b| {
                let y = &builds[b];
                b != a
                    && !y.mentions.is_empty()
                    && y.kind != EventKind::Meeting
                    && !y.background
                    && y.asserted
            })
            .flat_map(|b| {
                builds[b]
                    .mentions
                    .iter()
                    .filter(|&&k| {
                        let g = &facts[k];
                        g.sentence == f.sentence
                            && g.asserted
                            && !events[k].background
                            && !g.context
                            && {
                                let before: [&str; 3] = words_before(text, start, g.trig.start);
                                !before
                                    .iter()
                                    .any(|w| in_list(TOPIC, w.strip_prefix('و').unwrap_or(w)))
                            }
                    })
                    .map(move |&k| (gap(&facts[k].trig), b))
            })
            .min();
        if let Some((_, b)) = target {
            absorb(builds, a, b);
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// See the call in [`records`]: in a document with a publication date, a reported record left
/// with no date (the text places it earlier and says not when: records.md "Dates"), no side
/// acted upon and no one killed or wounded, told beside dated news, is a reference to an
/// earlier event, background (records.md "Reports and mentions"): a coder writes no row with
/// nothing but a kind.
pub(super) fn undated_context(doc: &Doc<'_>, builds: &mut [Build<'_>]) {
    // (Context of the news the document tells: a reported record with a date. A sentence
    // told alone, or an article of undated events, is its own news.)
    let news = builds
        .iter()
        .any(|b| !b.background && b.asserted && b.date.is_some());
    if doc.date.is_none() || !news {
        return;
    }
    // (A capture's object is its place, an arrest's or abduction's are people the text may
    // leave unnamed: they carry what a coder writes without a side acted upon.)
    for b in builds.iter_mut().filter(|b| {
        !b.background
            && b.asserted
            && !matches!(
                b.kind,
                EventKind::TerritoryControl | EventKind::Arrest | EventKind::Abduction
            )
            && (b.date.is_none() || b.late_day)
            && b.roles.actor2.is_none()
            && b.killed.is_none()
            && b.injured.is_none()
    }) {
        b.background = true;
    }
}

/// A place named as a dateline: it opens its sentence and a date, an agency or a dash follows
/// it (`أجدابيا 03 مارس 2017 (وال)`, `طرابلس (رويترز)`, `طرابلس - سقط قتلى …`, `طرابلس، ليبيا
/// (CNN)`). (Not `مصراتة: مقتل خمسة`, a headline naming where it happened.)
pub(super) fn dateline(text: &str, sentences: &[Range<usize>], span: &Range<usize>) -> bool {
    let i = sentences.partition_point(|s| s.end <= span.start);
    let Some(sent) = sentences.get(i) else {
        return false;
    };
    // (Two places of one dateline joined by `/`, `بنغازي/طرابلس (رويترز)`, are both the
    // dateline's.)
    let opens = text
        .get(sent.start.min(span.start)..span.start)
        .is_some_and(|b| {
            b.trim().is_empty()
                || (b.trim_end().ends_with('/') && b.split_whitespace().nth(2).is_none())
                // (The country after the town and a comma, `طرابلس، ليبيا (CNN)`.)
                || (b.trim_end().ends_with(['،', ',']) && b.split_whitespace().nth(1).is_none())
        });
    let after = text.get(span.end..sent.end).unwrap_or("").trim_start();
    // (`طرابلس، ليبيا (CNN)`: the country after a comma, then the agency.)
    let after = match after.strip_prefix(['،', ',']) {
        Some(rest) => {
            let rest = rest.trim_start();
            match rest.split_once(char::is_whitespace) {
                Some((_, tail)) if tail.trim_start().starts_with('(') => tail.trim_start(),
                _ => after,
            }
        }
        None => after,
    };
    let after = match after.strip_prefix('/') {
        // The other place, then what follows the dateline.
        Some(rest) if !rest.starts_with(char::is_whitespace) => rest
            .split_once(char::is_whitespace)
            .map_or("", |(_, tail)| tail.trim_start()),
        _ => after,
    };
    opens && after.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '(' | '-' | '–' | '—'))
}

/// One event told twice in records of one kind (records.md: one event, one record;
/// recprec23): the lead and the body, or an announcement and the statement quoted after it,
/// tell one incident with another precision of place or another day. Two reported records of
/// one kind (not tolls alone, not told as like another, `مظاهرات مماثلة`) are one when
/// - both are placed and their places agree: the same place, one only a region holding the
///   other (the country, or the other's district), or exactly one only near a town (`غرب مدينة درنة`, geo_precision 2) and the other in that town's
///   area ([`one_area`]: `عين مارة` of the district of Derna); two places each named as
///   itself (`باب العزيزية`, `مطار معيتيقة`) stay two, as ACLED splits them;
/// - both are dated by the text itself (not by the news, nor told as earlier) and their times
///   agree ([`same_time`]); neither is told as renewed (`تجددت الاشتباكات`);
/// - their sides agree ([`sides_agree`] both ways).
///
/// The record told first keeps its facts (its toll first) and takes the finer place, a place
/// named as itself before one only near a town.
/// Quadratic in the records of a document, which are few.
pub(super) fn told_twice(doc: &Doc<'_>, facts: &[Facts<'_>], builds: &mut Vec<Build<'_>>) {
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    let gaz = doc.gazetteer;
    let reported = |b: &Build<'_>| own_reported(b, doc.events, facts);
    let renewed = |b: &Build<'_>| b.mentions.iter().any(|&m| renewed_mention(doc, facts, m));
    // A record told again by a definite noun of its kind that refers back (`الغارة الجوية`,
    // `الاشتباكات`) after the dated record told first (recprec24): the body restating the
    // lead, with the place of a clause of its own (`استهدفت مقرا في جنوب طرابلس` after
    // `غارة قرب مطار طرابلس`).
    // (Or a definite noun phrase of its kind, `الغارة الجوية`, `بالهجوم الانتحاري`, that the
    // one-word list of back-references does not hold.)
    let text = doc.norm.text();
    let definite_phrase = |m: usize| {
        let t = text.get(facts[m].trig.clone()).unwrap_or("");
        let first = t.split(' ').next().unwrap_or("");
        t.contains(' ')
            && ["ال", "وال", "بال", "فال", "وبال", "لل", "ولل"]
                .iter()
                .any(|p| first.starts_with(p))
    };
    let retold = |b: &Build<'_>| {
        own_mentions(b, doc.events).any(|m| {
            doc.events[m].kind == b.kind
                && (facts[m].definite || facts[m].anaphor || definite_phrase(m))
        })
    };
    for a in 0..n {
        for b in a + 1..n {
            let (x, y) = (&builds[a], &builds[b]);
            if x.mentions.is_empty()
                || y.mentions.is_empty()
                || x.kind != y.kind
                || x.background
                || y.background
                || !reported(x)
                || !reported(y)
                || x.kind == EventKind::Casualties
                || [x, y]
                    .iter()
                    .any(|b| b.mentions.iter().any(|&m| facts[m].similar))
                || renewed(x)
                || renewed(y)
                // Each told at a time of its own in the text: a record dated only by the
                // news or by a record before it (`وبحسب شهود، فإن ضاحية تاجوراء كانت هدفا`),
                // or told as earlier (`وكان مسلحون قد خطفوا`), may be another event.
                // (Unless the later one refers back by a definite noun of its kind, below.)
                // (A back-reference told with `منذ` or as earlier, `وهي الثانية منذ الاثنين`,
                // is still that event: its time is tested below.)
                || !((x.explicit && (y.explicit || retold(y)))
                    // (Or neither dated by the text, the news's day both, the later told by
                    // a back-reference of its kind: `القصف الجوي استهدف مستشفى السواني` after
                    // `القصف الجوي الذي شنه طيران حفتر على مستشفى ميداني`.)
                    // (Violent kinds: two protests in two quarters of a city are two.)
                    || (violent(x.kind) && !x.explicit && !y.explicit && !y.earlier && retold(y)))
                || x.earlier
                || (y.earlier && !retold(y))
            {
                continue;
            }
            // Both placed: a record with no place may be told of anywhere. Two districts
            // are two places; a region holds only what lies in it (the country, or its own
            // district).
            let placed = match (&x.location, &y.location) {
                (Some((p, _)), Some((q, _))) => {
                    let districts = match (p.admin1, q.admin1) {
                        (Some(u), Some(v)) => u == v,
                        _ => true,
                    };
                    let holds = |r: &Loc<'_>, o: &Loc<'_>| {
                        r.geo_precision == 3
                            && o.geo_precision != 3
                            && (r.admin1.is_none() || r.admin1 == o.admin1)
                    };
                    p.r.id == q.r.id
                        || holds(p, q)
                        || holds(q, p)
                        || ((p.geo_precision == 2) != (q.geo_precision == 2)
                            && districts
                            && one_area(p, q)
                            // (A part of a town, `ضاحية تاجوراء`, is not the town told near.)
                            && !gaz.within(&p.r.id, &q.r.id)
                            && !gaz.within(&q.r.id, &p.r.id))
                }
                _ => false,
            };
            // A retelling by a back-reference (its times agree below) is placed in the same
            // area, or not placed at all.
            let placed = placed
                || (retold(y)
                    && match (&x.location, &y.location) {
                        (Some((p, _)), Some((q, _))) => one_area(p, q),
                        _ => true,
                    });
            // (Days next to each other are not joined: two days of protests, or a fight
            // told on one day and renewed the next, are two events, and a day's
            // announcement quoted the next day did not keep the held-out records.)
            // (A back-reference told as earlier takes the day of a series or a start, `وهي
            // الثالثة منذ الخميس`: the lead's day is its own.)
            let timed = same_time(x, y) || (y.earlier && retold(y));
            if !(placed && timed && sides_agree(gaz, x, y) && sides_agree(gaz, y, x)) {
                continue;
            }
            // The finer place, and a place named as itself before one only near a town
            // (`عين مارة` before `غرب مدينة درنة`).
            let finer = match (&x.location, &y.location) {
                (Some((p, r)), Some((o, q))) => {
                    if (p.geo_precision == 2) != (o.geo_precision == 2) {
                        p.geo_precision == 2
                    } else {
                        q > r
                    }
                }
                _ => false,
            };
            let place = if finer { y.location } else { None };
            absorb(builds, b, a);
            if place.is_some() {
                builds[a].location = place;
            }
        }
    }
    builds.retain(|b| !b.mentions.is_empty());
}

/// `قتل 4 أشخاص … أثناء مظاهرات بمدينة بنغازي` … `أطلقت الشرطة الرصاص الحي على المتظاهرين`:
/// the dead and wounded of a protest that a force fired on are that violence's, their cause
/// (records.md: casualties belong to their cause; protesters kill no one). A reported protest
/// record with a toll hands it to a reported record of violence against civilians with none,
/// whose victims are protesters or civilians (or unnamed), of the same time and place.
///
/// Quadratic in the records of a document, which are few.
pub(super) fn protest_toll_to_violence(
    doc: &Doc<'_>,
    facts: &[Facts<'_>],
    builds: &mut [Build<'_>],
) {
    let events = doc.events;
    let n = builds.len();
    if n > 4 * WINDOW {
        return;
    }
    let victims = |b: &Build<'_>| {
        b.roles.actor2.as_ref().is_none_or(|a| {
            matches!(
                a.generic,
                Some(crate::records::Generic::Protesters)
                    | Some(crate::records::Generic::Civilians)
            )
        })
    };
    for p in 0..n {
        let x = &builds[p];
        if x.kind != EventKind::Protest
            || x.background
            || (x.killed.is_none() && x.injured.is_none())
            || !own_reported(x, events, facts)
        {
            continue;
        }
        let into = (0..n).find(|&v| {
            let y = &builds[v];
            v != p
                && y.kind == EventKind::ViolenceAgainstCivilians
                && !y.background
                && y.killed.is_none()
                && y.injured.is_none()
                && victims(y)
                && own_reported(y, events, facts)
                && same_time(x, y)
                && locations_agree(doc.gazetteer, x, y)
        });
        let Some(v) = into else {
            continue;
        };
        // The toll and the mentions that told it.
        let tolls: Vec<usize> = builds[p]
            .mentions
            .iter()
            .copied()
            .filter(|&m| events[m].kind == EventKind::Casualties)
            .collect();
        let x = &mut builds[p];
        x.mentions.retain(|m| !tolls.contains(m));
        let moved = (
            x.killed.take(),
            x.injured.take(),
            std::mem::take(&mut x.killed_total),
            std::mem::take(&mut x.injured_total),
            std::mem::take(&mut x.killed_vague),
            std::mem::take(&mut x.injured_vague),
            std::mem::take(&mut x.killed_lower),
            std::mem::take(&mut x.injured_lower),
            std::mem::take(&mut x.killed_sides),
            std::mem::take(&mut x.killed_parts),
        );
        let y = &mut builds[v];
        (
            y.killed,
            y.injured,
            y.killed_total,
            y.injured_total,
            y.killed_vague,
            y.injured_vague,
            y.killed_lower,
            y.injured_lower,
            y.killed_sides,
            y.killed_parts,
        ) = moved;
        y.mentions.extend(tolls);
        y.mentions.sort_unstable();
    }
}
