//! The facts of each sentence event before merging: whether it is reported, its place,
//! its time, its cues (cause, manner, weapon, call, failure), and the day of the story.

use super::*;

/// Violent kinds: causes of casualties.
pub(super) fn violent(k: EventKind) -> bool {
    matches!(
        k,
        EventKind::Airstrike
            | EventKind::Shelling
            | EventKind::ArmedClash
            | EventKind::Offensive
            | EventKind::Bombing
            | EventKind::Assassination
            | EventKind::ViolenceAgainstCivilians
            | EventKind::Siege
    )
}

/// `تحت`, `وسط` right before a bombardment: the circumstance under which something else was
/// done (`تراجع المسلحون تحت قصف مدفعي`), family `manner` of `data/records/merge_words.tsv`.
pub(super) fn manner_word(p0: &str) -> bool {
    in_list(MANNER, p0.strip_prefix('و').unwrap_or(p0))
}

/// `مصادرة 26 قاذفة صواريخ`, `ضبط شحنة أسلحة من بينها قذائف صاروخية`: a weapon named as a
/// thing (after the head of a weapon's name, family `launcher`, or with a word of seizing or
/// storing weapons among the eight words before it, family `seizure` of
/// `data/records/merge_words.tsv`) is no shelling (records.md: names of weapons are no
/// events). `word` is the bare trigger (family `weapon`: a shell, a rocket, with no verb of
/// firing); `prev8` the words before it, nearest first.
pub(super) fn held_weapon<'a>(kind: EventKind, word: &str, prev8: &[&'a str; 8]) -> bool {
    let strip = |w: &'a str| w.strip_prefix('و').unwrap_or(w);
    kind == EventKind::Shelling
        && in_list(WEAPON, word)
        && (in_list(LAUNCHER, strip(prev8[0])) || prev8.iter().any(|w| in_list(SEIZURE, strip(w))))
}

/// `اشتباكات عنيفة استخدمت فيها الأسلحة المتوسطة وقذائف الهاون`, `تم استعمال المدفعية
/// وراجمات الصواريخ`: a weapon (family `weapon` or `launcher`) taken for a shelling, with a
/// word of using it (family `use` of `data/records/merge_words.tsv`, after a leading و, then
/// ب) among the eight words of its clause before it (`clause8`, nearest first), names how a
/// fight was fought (records.md: names of weapons are no events). `word` is the bare
/// trigger.
pub(super) fn used_weapon(kind: EventKind, word: &str, clause8: &[&str; 8]) -> bool {
    let strip = |w: &str| -> String {
        let w = w.strip_prefix('و').unwrap_or(w);
        w.strip_prefix('ب').unwrap_or(w).to_owned()
    };
    kind == EventKind::Shelling
        && (in_list(WEAPON, word) || in_list(LAUNCHER, word))
        && clause8
            .iter()
            .any(|w| !w.is_empty() && (in_list(USE, w) || in_list(USE, &strip(w))))
}

/// `الطيران الحربي لا يزال يسمع`, `تحليق مكثف للطيران`, `طائرات مسيرة تحلق فوق المدينة`:
/// aircraft heard or flying overhead, no strike (family `overhead` of
/// `data/records/merge_words.tsv`: within the three words after the aircraft, or one of the two
/// words before it). `word` is the bare trigger.
pub(super) fn overhead(word: &str, prev: [&str; 2], next: &[&str; 3]) -> bool {
    let aircraft = word.starts_with("الطيران")
        || word.starts_with("طيران")
        || word.starts_with("طاير")
        || word.starts_with("الطاير");
    let of = |w: &&str| in_list(OVERHEAD, w.strip_prefix('و').unwrap_or(w));
    aircraft && (next.iter().any(of) || prev.iter().any(of))
}

/// Kinds of ground fighting that a bombardment may be the manner of, and that an offensive
/// may be a telling of (see [`one_fight`]).
pub(super) fn ground(k: EventKind) -> bool {
    matches!(
        k,
        EventKind::Offensive | EventKind::ArmedClash | EventKind::TerritoryControl
    )
}

/// True when the words before the trigger (`prev8`, nearest first) introduce context: `على خلفية`, `منذ`, `ذكرى`,
/// `في إطار`, a place named after fighting (`مناطق الاشتباكات`), or, when `since` (a `منذ`
/// shortly before), the start of something ongoing (`منذ إطلاق الجيش هجومه`).
pub(super) fn context_cue(since: bool, prev8: &[&str; 8]) -> bool {
    let prev = [prev8[0], prev8[1]];
    // `منذ إطلاق الجيش هجومه`, `منذ بدء المعارك`: the start of something ongoing (six words
    // looked at only when the sentence's scan found `منذ` shortly before).
    if since {
        let start = prev8[..6].windows(2).any(|p| {
            matches!(p[1], "منذ" | "ومنذ")
                && matches!(p[0], "اطلاق" | "بدء" | "بدايه" | "اندلاع" | "انطلاق")
        });
        if start {
            return true;
        }
        // `منذ أن أطاحت انتفاضة بالقذافي`: an event of a clause opened by `منذ أن` is the
        // earlier event the news dates itself from (records.md: background), its trigger at
        // most two words after `أن`.
        let since_that = prev8[..4]
            .windows(2)
            .any(|p| p[0] == "ان" && matches!(p[1], "منذ" | "ومنذ"));
        if since_that {
            return true;
        }
    }
    matches!(prev[0], "منذ" | "ذكري" | "بذكري")
        || (matches!(prev[0], "خلفيه") && matches!(prev[1], "علي"))
        // `في إطار الهجوم الذي …`: the frame of the news, not the news.
        || (matches!(prev[0], "اطار") && matches!(prev[1], "في" | "وفي"))
        // `مناطق الاشتباكات`, `خطوط المواجهة`: a place named after fighting (`بمناطق
        // الاشتباكات`, `إلى مناطق` …: with a leading و, ب or ل too).
        || matches!(
            crate::records::place::clitic_free(prev[0]),
            "مناطق" | "منطقه" | "خطوط" | "خط" | "جبهات" | "محاور" | "ساحات"
        )
        // `موقع الانفجار`, `مكان الهجوم`: the site of an event told before. (A series, `موجة
        // اغتيالات`, `سلسلة غارات`, may be the news: it is context only when told as going on
        // for months, see `long_since`.)
        || matches!(prev[0], "موقع" | "مكان" | "مسرح")
        // `خرق وقف إطلاق النار`: the violation is the news, the truce its context.
        || violation(prev[0])
        // `اعتقلت ستة مشتبه بهم في تفجير …`, `المتورطين في الهجوم`: the object of a suspicion,
        // an arrest's cause told before it.
        || (matches!(prev[0], "في")
            && matches!(
                prev[1],
                "بهم"
                    | "به"
                    | "بهما"
                    | "المشتبه"
                    | "مشتبه"
                    | "متورطين"
                    | "المتورطين"
                    | "تورطهم"
                    | "تورطه"
                    | "تورطهما"
                    | "ضلوعهم"
                    | "ضلوعه"
                    | "بالتورط"
            ))
}

/// Political kinds: steps that a party calls for or promises (records.md: demanded,
/// planned) more often than news reports them in the same sentence.
pub(super) fn political(k: EventKind) -> bool {
    matches!(
        k,
        EventKind::Ceasefire
            | EventKind::PeaceTalks
            | EventKind::Meeting
            | EventKind::Agreement
            | EventKind::Humanitarian
            | EventKind::Election
            | EventKind::PoliticalProcess
    )
}

/// What a clause does with the event words after its verb of calling or promising.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Call {
    /// Calls for them (`طالب`, `داعين`, `منادين`): demanded.
    Demand,
    /// Promises or intends them (`تعهد`, `الوعد`, `عزمه`): planned.
    Promise,
}

/// The call whose content the word at byte `at` is: the nearest word of calling (`demand`)
/// or of promising (`promise`) before `at` in the unit (`words`, from byte `lo`), at most
/// [`CALL_REACH`] words back, with no word between that opens a clause of its own
/// (`scope_end`: `فيما`, `عقب`, `خلال` …, which may tell what did happen). Words are
/// matched exactly or after a leading و/ف.
/// (`memo`: each word's family, found once per unit; set to the unit of `words`.)
pub(super) fn call_scope(
    text: &str,
    words: &[Range<usize>],
    lo: usize,
    at: usize,
    memo: &mut WordMemo,
) -> Option<Call> {
    let k = words.partition_point(|w| w.start < at);
    for (i, w) in words[..k].iter().enumerate().rev().take(CALL_REACH) {
        if w.end > at || w.start < lo {
            if w.start < lo {
                break;
            }
            continue;
        }
        // 1 a word that ends the scope, 2 of calling, 3 of promising, 0 none.
        let class = memo.get(i, || {
            let word = text.get(w.clone()).unwrap_or("");
            let bare = match word.strip_prefix(['و', 'ف']) {
                Some(r) if r.chars().nth(1).is_some() => r,
                _ => word,
            };
            // (`bare` is `word` or a suffix of it: of the same length, the same word.)
            let of = families_of(word)
                | if bare.len() != word.len() {
                    families_of(bare)
                } else {
                    0
                };
            let is = |family: usize| of & (1 << family) != 0;
            if is(SCOPE_END) {
                1
            } else if is(DEMAND) {
                2
            } else if is(PROMISE) {
                3
            } else {
                0
            }
        });
        match class {
            1 => return None,
            2 => return Some(Call::Demand),
            3 => return Some(Call::Promise),
            _ => {}
        }
    }
    None
}

/// How many words before an event word [`call_scope`] reads.
pub(super) const CALL_REACH: usize = 40;

/// `w`, the word right after an event word, tells the event as scheduled (`مقررة`,
/// `المرتقبة`, `المزمع`).
pub(super) fn scheduled(w: &str) -> bool {
    matches!(
        w,
        "مقرره"
            | "مقرر"
            | "المقرره"
            | "المقرر"
            | "مرتقبه"
            | "مرتقب"
            | "المرتقبه"
            | "المرتقب"
            | "مزمع"
            | "المزمع"
            | "المزمعه"
    )
}

/// `لم تنجح جهود الوساطة حتى الآن في إيقاف الاشتباكات`, `فشلت المساعي في التوصل إلى هدنة`:
/// an outcome that efforts failed to reach (a truce, talks, an agreement, a relief, a capture,
/// an arrest) is no report of it. `prev8` holds the words before the trigger, nearest first:
/// `في` or `من` right before it (or `إلى` after `التوصل`), and within five words before that
/// a verb of failing (`فشل`, `أخفق`, `عجز`) or of succeeding negated by `لم`/`لن` (`لم تنجح`,
/// `لم يفلح`, `لم تتمكن بعد من`). (`نجحت الوساطة في وقف القتال` is a report; a failed attack
/// is one too, as ACLED codes it, hence not for violent kinds.)
pub(super) fn failed_outcome(kind: EventKind, prev8: &[&str; 8]) -> bool {
    let outcome = matches!(
        kind,
        EventKind::Ceasefire
            | EventKind::Agreement
            | EventKind::PeaceTalks
            | EventKind::Meeting
            | EventKind::Humanitarian
            | EventKind::TerritoryControl
            | EventKind::Arrest
    );
    if !outcome {
        return false;
    }
    let k = match (prev8[0], prev8[1]) {
        ("في" | "من", _) => 1,
        ("الي", "التوصل") => 2,
        _ => return false,
    };
    let fail = |w: &str| {
        matches!(
            w.strip_prefix('و').unwrap_or(w),
            "فشلت"
                | "فشل"
                | "فشلوا"
                | "تفشل"
                | "يفشل"
                | "اخفقت"
                | "اخفق"
                | "عجزت"
                | "عجز"
        )
    };
    let succeed = |w: &str| {
        matches!(
            w,
            "تنجح" | "ينجح" | "تفلح" | "يفلح" | "ينجحوا" | "يفلحوا" | "تتمكن" | "يتمكن"
        )
    };
    let not = |w: &str| matches!(w.strip_prefix('و').unwrap_or(w), "لم" | "لن");
    let hi = (k + 5).min(8);
    (k..hi).any(|j| fail(prev8[j]) || (j + 1 < 8 && succeed(prev8[j]) && not(prev8[j + 1])))
}

/// `الواقعة تحت سيطرة قوات حفتر`, `الخاضعة لسيطرة`: a place under someone's control is a state, not a capture,
/// unless a verb of falling or becoming comes shortly before in the clause (`سقطت مدينة
/// مرزق تحت سيطرة`, `باتت تحت سيطرة`). `word` is the bare trigger, `prev` the four words
/// of its clause before it.
pub(super) fn under_control(word: &str, prev: &[&str; 4]) -> bool {
    // `المناطق الخاضعة لسيطرة القيادة العامة`: subject to someone's control, always a state.
    if word.starts_with("الخاضعه ") {
        return true;
    }
    word.starts_with("تحت ")
        && !prev.iter().any(|w| {
            matches!(
                w.trim_start_matches(['و', 'ف', 'ل']),
                "سقطت"
                    | "سقط"
                    | "تسقط"
                    | "يسقط"
                    | "باتت"
                    | "بات"
                    | "اصبحت"
                    | "اصبح"
                    | "تصبح"
                    | "يصبح"
                    | "صارت"
                    | "صار"
                    | "وقعت"
                    | "وقع"
                    | "عادت"
                    | "عاد"
                    | "تعود"
                    | "يعود"
                    | "اضحت"
                    | "اضحي"
                    | "دخلت"
                    | "دخل"
            )
        })
}

/// `أسفرت الحرب عن مقتل الآلاف`, `وخلف الصراع آلاف القتلى`: a verb of causing right before a
/// noun of the war as a whole (`الحرب`, `النزاع`, `الصراع`, `الأزمة`, with no `بين` naming
/// its sides after it) among the twelve words before a toll or a displacement (`prev`,
/// nearest first): the war's tally, context (records.md: background), not the day's news.
pub(super) fn war_tally(prev: &[&str; 12]) -> bool {
    let war = |w: &str| matches!(w, "الحرب" | "النزاع" | "الصراع" | "الازمه");
    let cause = |w: &str| causing(w.strip_prefix(['و', 'ف']).unwrap_or(w));
    // (`prev` is nearest first: the noun at `k`, its verb at `k + 1`, what follows the noun
    // at `k - 1`.)
    prev.windows(2)
        .enumerate()
        .any(|(k, w)| war(w[0]) && cause(w[1]) && (k == 0 || prev[k - 1] != "بين"))
}

/// `وكانت تسيطر على القاعدة`, `ما زالت تسيطر`, `ظلت تحتل`: an imperfect verb of control after
/// a verb of being or remaining (`كان`, `ظل`, `ما زال`, `لا يزال`) tells control held, a
/// state, not a capture; `خرج الوضع عن السيطرة`, `خارج سيطرة الحكومة`: a noun of control
/// after `عن` or `خارج` tells control lost or never held, no capture either (not `أعلن عن
/// سيطرة التنظيم على البلدة`, `أعلن عن السيطرة على`: control of something, announced). `word`
/// is the bare trigger, `prev` the word before it, `next` the word after it.
pub(super) fn held_control(word: &str, prev: &str, next: &str) -> bool {
    let prev = prev.strip_prefix(['و', 'ف']).unwrap_or(prev);
    let held = word.starts_with(['ت', 'ي'])
        && matches!(
            prev,
            "كانت"
                | "كان"
                | "كانوا"
                | "ظلت"
                | "ظل"
                | "ظلوا"
                | "تظل"
                | "يظل"
                | "زالت"
                | "زال"
                | "مازالت"
                | "مازال"
                | "تزال"
                | "يزال"
                | "لاتزال"
                | "لايزال"
        );
    let noun = word.strip_prefix("ال").unwrap_or(word);
    let out = noun.starts_with("سيطر")
        && !matches!(next, "علي" | "على")
        && ((prev == "عن" && word.starts_with("ال")) || matches!(prev, "خارج" | "خارجه" | "خارجا"));
    held || out
}

/// `الميليشيات التي تسيطر على المدينة`, `التي باتت تسيطر على القسم الأكبر منها`: an
/// imperfect verb of control in a relative clause (right after `التي`, `الذي`, `الذين`, or
/// after a verb of becoming that follows one) tells who holds the ground, a modifier of its
/// subject (records.md: background), not a capture (recprec24). `word` is the bare trigger,
/// `prev` and `prev2` the two words before it, nearest first.
pub(super) fn relative_control(word: &str, prev: &str, prev2: &str) -> bool {
    let relative = |w: &str| matches!(w, "التي" | "الذي" | "الذين" | "اللذين" | "اللتين");
    let becoming = |w: &str| {
        matches!(
            w,
            "باتت"
                | "بات"
                | "باتوا"
                | "اصبحت"
                | "اصبح"
                | "اصبحوا"
                | "صارت"
                | "صار"
                | "اضحت"
        )
    };
    word.starts_with(['ت', 'ي'])
        && word.contains("سيطر")
        && (relative(prev) || (becoming(prev) && relative(prev2)))
}

/// `يستهدف السيطرة على الهلال النفطي`, `مع قرب إعلان هدنة`, `على وشك التوقيع`, `مع اقتراب
/// استكمال السيطرة على المدينة`: an aim or something about to happen (family `soon` of
/// `data/records/merge_words.tsv`), told in the two words before the trigger, is not reported.
pub(super) fn aimed(p0: &str, p1: &str) -> bool {
    let aim = |w: &str| {
        matches!(
            w.trim_start_matches('و'),
            "يستهدف" | "تستهدف" | "يهدف" | "تهدف" | "بهدف" | "تسعي" | "يسعي" | "سعيا"
        )
    };
    let soon = |w: &str| in_list(SOON, w.trim_start_matches('و'));
    aim(p0)
        || (aim(p1) && matches!(p0, "الي" | "لتحقيق"))
        || soon(p0)
        || (soon(p1)
            && matches!(
                p0,
                "اعلان"
                    | "توقيع"
                    | "ابرام"
                    | "التوصل"
                    | "عقد"
                    | "انطلاق"
                    | "بدء"
                    | "انتهاء"
                    | "استكمال"
            ))
}

/// `بعد شهور من المعارك وأصوات القصف`: fighting counted in weeks, months or years before
/// the news (in the eight words of the clause before the trigger) is its past.
pub(super) fn after_long(prev: &[&str; 8]) -> bool {
    let after = |w: &str| matches!(w, "بعد" | "وبعد");
    prev.windows(3).any(|w| {
        w[0] == "من"
            && (in_list(LONG_PERIODS, w[1]) || matches!(w[1], "اعوام" | "سنين"))
            && after(w[2])
    })
    // `بعد ثمانية أشهر من القتال`, `بعد عدة سنوات من الحرب`: a plural period with its count.
    || prev.windows(4).any(|w| {
        w[0] == "من"
            && matches!(w[1], "اسابيع" | "اشهر" | "شهور" | "سنوات" | "اعوام" | "سنين")
            && after(w[3])
    })
}

/// Exactly `uw.before::<8>(text, lo, at)` from `prev`, the same words read from an earlier
/// bound (`uw.before::<8>(text, from, at)`, `from <= lo`, slices of `text`): the words of
/// `prev` that end after `lo`, the one across `lo` cut there (as the list and the walk cut
/// it).
pub(super) fn words_from<'t>(
    text: &'t str,
    prev: &[&'t str; 8],
    lo: usize,
    at: usize,
) -> [&'t str; 8] {
    let mut out = [""; 8];
    let end = at.min(text.len());
    if !text.is_char_boundary(end) || !text.is_char_boundary(lo.min(end)) || lo >= end {
        return out;
    }
    let base = text.as_ptr() as usize;
    for (o, w) in out.iter_mut().zip(prev) {
        if w.is_empty() {
            break;
        }
        let s = (w.as_ptr() as usize).wrapping_sub(base);
        let e = s + w.len();
        if e <= lo {
            break;
        }
        match text.get(s.max(lo)..e) {
            Some(x) => *o = x,
            None => break,
        }
    }
    out
}

/// Plural periods of months or more (normalized), with or without the article.
pub(super) fn long_plural(w: &str) -> bool {
    matches!(
        w.strip_prefix("ال").unwrap_or(w),
        "اشهر" | "شهور" | "سنوات" | "اعوام" | "عقود" | "سنين"
    )
}

/// A word that spans a period after it (`طوال`, `خلال`, `على مدى`): an event told with one
/// before a plural period of months or more (`الحصار والقصف طوال سنوات`) is a state or a tally.
pub(super) fn span_word(w: &str) -> bool {
    matches!(
        w.trim_start_matches('و'),
        "طوال" | "طيله" | "خلال" | "مدي" | "مدار"
    )
}

/// True when the words before a trigger (`prev`, nearest first) span it over months or years:
/// `طوال سنوات الحرب` (a plural period right before it), `خلال الأشهر الماضية شهدت …`.
pub(super) fn over_long(prev: &[&str; 8]) -> bool {
    prev.windows(2)
        .any(|w| long_plural(w[0]) && span_word(w[1]))
}

/// `حيث كان عائدا (للتو) من زيارة إلى تركيا`: a visit someone was coming back from is
/// context. `prev`: the three words before the trigger, nearest first.
pub(super) fn returning(prev: &[&str; 3]) -> bool {
    let back = |w: &str| {
        matches!(
            w.trim_start_matches('و'),
            "عايدا"
                | "عايد"
                | "عاد"
                | "عادت"
                | "عايده"
                | "قادما"
                | "قادمه"
                | "عودته"
                | "عودتها"
        )
    };
    prev[0] == "من" && (back(prev[1]) || (matches!(prev[1], "للتو" | "لتوه") && back(prev[2])))
}

/// `واستقبل مستشفى الجلاء جثث خمسة قتلى`: a hospital receiving the dead or wounded is no
/// meeting. Read in the twelve words after the trigger.
pub(super) fn received_casualties(text: &str, trig: &Range<usize>, sent_end: usize) -> bool {
    let w = text.get(trig.clone()).unwrap_or("");
    let w = w.trim_start_matches(['و', 'ف']);
    if !(w.starts_with("استقبل") || w.starts_with("يستقبل") || w.starts_with("تستقبل"))
    {
        return false;
    }
    let after = text.get(trig.end..sent_end.max(trig.end)).unwrap_or("");
    words(after).take(12).any(|r| {
        matches!(
            &after[r],
            "مستشفي"
                | "المستشفي"
                | "جثث"
                | "جثه"
                | "جثامين"
                | "جثمان"
                | "الجرحي"
                | "جرحي"
                | "المصابين"
                | "مصابين"
                | "القتلي"
                | "قتلي"
        )
    })
}

/// `واستمرت الاشتباكات حتى صباح اليوم`: a back-reference told as going on is the event told
/// before, over the days it lasted.
pub(super) fn continued(prev: &str) -> bool {
    matches!(
        prev.trim_start_matches(['و', 'ف']),
        "استمرت"
            | "استمر"
            | "تواصلت"
            | "تواصل"
            | "تستمر"
            | "يستمر"
            | "تتواصل"
            | "يتواصل"
    )
}

/// `أثناء تنفيذ الاتفاق`, `بنود الهدنة`: an agreement or truce with the article, told as what
/// is carried out, is the one told before.
pub(super) fn carried_out(kind: EventKind, word: &str, prev: &str) -> bool {
    matches!(kind, EventKind::Agreement | EventKind::Ceasefire)
        && word.starts_with("ال")
        && matches!(
            prev.trim_start_matches(['و', 'ف']),
            "تنفيذ"
                | "بتنفيذ"
                | "لتنفيذ"
                | "تطبيق"
                | "بتطبيق"
                | "لتطبيق"
                | "بنود"
                | "بموجب"
        )
}

/// True when the time expression at `at` is a dateline's date: at most two words (the town)
/// open the sentence before it and an agency's bracket follows it (`طرابلس 31 يوليو 2016
/// (وال)`, `بنغازي 5 مارس (رويترز)`).
pub(super) fn dateline_date(text: &str, sent: &Range<usize>, at: &Range<usize>) -> bool {
    let before = text.get(sent.start..at.start.max(sent.start)).unwrap_or("");
    let after = text.get(at.end..sent.end.max(at.end)).unwrap_or("");
    // (At most two words: the count stops at the third.)
    before.split_whitespace().nth(2).is_none() && after.trim_start().starts_with('(')
}

/// `وكانت المدينة شهدت يومي الأحد والإثنين خروج مظاهرات مماثلة`: a time told before a trigger in
/// its own clause, with no other trigger of the sentence between them, is that event's own
/// time (recprec16). (`قالت مصادر اليوم إن طائرات قصفت المدينة بعد غارات مماثلة`: the strike
/// told between the time and the like event owns the time.)
pub(super) fn time_of_own_clause(
    time: &Range<usize>,
    trig: &Range<usize>,
    clause: &Range<usize>,
    sent_trigs: &[(Range<usize>, bool)],
) -> bool {
    time.end <= trig.start
        && time.start >= clause.start
        && !sent_trigs
            .iter()
            .any(|(t, _)| t != trig && t.start >= time.end && t.end <= trig.start)
}

/// A word of violation (`خرق`, `تخرق`, `انتهاك`): the truce after it is context.
pub(super) fn violation(w: &str) -> bool {
    matches!(
        w,
        "خرق"
            | "تخرق"
            | "يخرق"
            | "خرقت"
            | "بخرق"
            | "لخرق"
            | "انتهاك"
            | "تنتهك"
            | "ينتهك"
            | "انتهكت"
            | "بانتهاك"
            | "خروقات"
            | "وتخرق"
            | "ويخرق"
            | "وخرقت"
            | "وانتهكت"
    )
}

/// Demonstratives before (`تلك المعارك`) or after (`الهجوم نفسه`) a back-reference: `prev`
/// and `next` the words before and after it (`""` where there is none).
pub(super) fn demonstrative(next: &str, prev: &str) -> bool {
    let prev = (!prev.is_empty()).then_some(prev);
    let next = (!next.is_empty()).then_some(next);
    matches!(prev, Some("تلك" | "هذه" | "ذلك" | "هذا" | "وتلك" | "وهذه"))
        || matches!(
            next,
            Some("نفسها" | "ذاتها" | "نفسه" | "ذاته" | "المذكور" | "المذكوره")
        )
}

/// True when the trigger's clause opens with `حين`/`عندما` after a `منذ` of the same
/// sentence: the start of something ongoing, told as context (`تدور المعارك منذ الأحد، حين
/// شنت قوات … هجوما`).
pub(super) fn since_when(text: &str, sent: &Range<usize>, clause: &Range<usize>) -> bool {
    let head = text.get(clause.start..clause.end).unwrap_or("");
    let first = words(head).next().map(|r| &head[r]);
    matches!(first, Some("حين" | "عندما" | "حينما" | "وحين" | "وعندما"))
        && text
            .get(sent.start..clause.start)
            .is_some_and(|b| words(b).any(|r| &b[r] == "منذ"))
}

/// True when a place at `at` (normalized) is where the news was told, not where it
/// happened: right after a reporter or announcer (`وفق ما أعلن مركز سبها الطبي`), or in a
/// press conference (`في مؤتمر صحفي عقده في بنغازي`).
pub(super) fn told_at(text: &str, sa: &SentenceActors<'_>, at: usize) -> bool {
    sa.reporter_before(text, at) || sa.told_before(at)
}

/// Kinds whose record takes the casualties told with them: the violent kinds, protests
/// (protesters killed), and captures (a capture that ends a battle is one record with the
/// battle's toll).
pub(super) fn cause(k: EventKind) -> bool {
    violent(k) || k == EventKind::Protest || k == EventKind::TerritoryControl
}

/// `تقدمت قوات X داخل سرت، وسيطرت على مجمع واغادوغو`: a verb joined by `و` to the verb
/// before it in the sentence, with no subject of its own, shares that verb's actor1. With no
/// subject of its own or the same one, it is `chained` to it (the next step of one event).
pub(super) fn shared_subjects(text: &str, facts: &mut [Facts<'_>]) {
    for i in 1..facts.len() {
        let (before, rest) = facts.split_at_mut(i);
        let (p, f) = (&before[i - 1], &mut rest[0]);
        if f.sentence != p.sentence
            || (f.roles.actor1.is_some() && f.roles.actor1 != p.roles.actor1)
            || f.context
            || p.context
            || f.trig.start <= p.trig.end
            || f.trig.start - p.trig.end > 240
        {
            continue;
        }
        let Some(w) = text.get(f.trig.clone()) else {
            continue;
        };
        let w = words(w).next().map_or(w, |r| &w[r]);
        let Some(v) = w.strip_prefix('و') else {
            continue;
        };
        // A verb in the past (`وسيطرت`, `وهاجموا`) or present (`ويقصف`), not a noun.
        let n = v.chars().count();
        let verb = !v.starts_with("ال")
            && n >= 3
            && (v.ends_with('ت') || v.ends_with("وا") || v.starts_with(['ي', 'ت']))
            && !v.ends_with("ات");
        // (The same subject: none of its own, or the one before's.)
        f.chained = verb && p.kind != EventKind::Casualties;
        if verb && f.roles.actor1.is_none() && p.roles.actor1 != f.roles.actor2 {
            f.roles.actor1 = p.roles.actor1.clone();
        }
    }
}

/// True when a word of distance stands among `prev4`, the four words before a place (`145
/// كيلومترا جنوب غربي العاصمة طرابلس`, `على بعد 100 كلم من`): the place is a reference point.
pub(super) fn distance_from(prev4: &[&str; 4]) -> bool {
    prev4.iter().any(|w| in_list(DISTANCE, w))
}

/// True when the place follows `الحدود مع` (`قرب الحدود مع الجزائر`, `الحدود الليبية مع
/// تونس`): the country across the border is a reference point, not where it happened.
/// `prev4`: the four words before the place, nearest first.
pub(super) fn border_with(prev4: &[&str; 4]) -> bool {
    prev4[0].strip_prefix('و').unwrap_or(prev4[0]) == "مع"
        && prev4[1..3].iter().any(|w| {
            ["الحدود", "حدود", "للحدود", "بالحدود", "الحدوديه"]
                .iter()
                .any(|b| w.strip_prefix('و').unwrap_or(w) == *b)
        })
}

/// Words of direction (normalized) that place one place from another.
pub(super) fn direction(w: &str) -> bool {
    matches!(
        w,
        "شرق" | "غرب" | "شمال" | "جنوب" | "شرقي" | "غربي" | "شمالي" | "جنوبي"
    )
}

/// True when the place at byte `at` follows a direction from the capital (`شرق العاصمة`), a
/// direction after `الواقعة` (`الواقعة جنوب غرب`) or a word of nearness (`القريبة من`, `قرب`),
/// and another place ends within the four words
/// before that direction (`ضاحية تاجوراء شرق العاصمة طرابلس`): the place is a reference point
/// for the one before. `prev4`: the four words before `at`, nearest first.
pub(super) fn reference_point(
    uw: &UnitWords,
    doc: &Doc<'_>,
    sent_start: usize,
    (at, prev4): (usize, &[&str; 4]),
) -> bool {
    let text = doc.norm.text();
    let prev = [prev4[0], prev4[1], prev4[2]];
    // How many words before the place the direction begins.
    // (Only as news writes a description: the capital named as such, `شرق العاصمة طرابلس`,
    // or `الواقعة غرب طرابلس`; a bare `شرق مصراتة` after a place may tell where the event
    // itself was.)
    let capital = |w: &str| matches!(w, "العاصمه" | "للعاصمه");
    // `منطقة الزاوية قرب العاصمة طرابلس`, `السواني في غرب العاصمة` (the capital itself
    // the mention): see `place::from_capital`.
    let mention_capital = text
        .get(at..)
        .is_some_and(crate::records::place::capital_mention);
    let (skip, described) =
        match crate::records::place::from_capital(prev, mention_capital, direction) {
            Some(n) => (n, true),
            None => match prev {
                // `مدينة الزاوية القريبة من طرابلس`, `في الزاوية قرب طرابلس`: the town it is
                // near, after a place.
                ["من", "القريبه" | "القريب" | "القريبتين" | "بالقرب", _] => {
                    (2, true)
                }
                ["قرب", _, _] => (1, true),
                [a, b, c] if capital(a) && direction(b) && direction(c) => (3, true),
                // `شرق العاصمة الليبية طرابلس`
                [a, b, c] if a == "الليبيه" && capital(b) && direction(c) => (3, true),
                [a, b, _] if capital(a) && direction(b) => (2, true),
                [a, b, _] if direction(a) && direction(b) => (2, false),
                [a, _, _] if direction(a) => (1, false),
                _ => return false,
            },
        };
    // The byte where the direction begins: walk back `skip` words.
    let mut from = at;
    for _ in 0..skip {
        let [w]: [&str; 1] = uw.before(text, sent_start, from);
        match text[..from].rfind(w) {
            Some(i) if !w.is_empty() => from = i,
            _ => return false,
        }
    }
    let [p0, p1, p2, p3]: [&str; 4] = uw.before(text, sent_start, from);
    if !described && !matches!(p0, "الواقعه" | "الواقع" | "الواقعتين") {
        return false;
    }
    // `الغارات التي تجددت على المدينة الواقعة شرقي بنغازي`: a head noun with the article
    // right before `الواقعة` points back to a place the text named earlier; the place after
    // the direction is where that place lies.
    // (So with the capital named as such: `بقصف القاعدة الواقعة جنوب غرب العاصمة طرابلس`.)
    if (!described || matches!(p0, "الواقعه" | "الواقع" | "الواقعتين")) && anaphoric_head(p1)
    {
        return true;
    }
    // `انفجرت السيارة في مدخل المدينة جنوب شرقي العاصمة طرابلس`: so is a direction from the
    // capital named as such right after such a head (not `المنطقة`, often an area the
    // description itself names: `قصفت المنطقة جنوب العاصمة`).
    if described && p0 != "المنطقه" && anaphoric_head(p0) {
        return true;
    }
    let reach: usize = [p0, p1, p2, p3].iter().map(|w| w.len() + 2).sum();
    let lo = from.saturating_sub(reach).max(sent_start);
    let i = doc.entities.partition_point(|m| m.norm.end <= lo);
    doc.entities[i..]
        .iter()
        .take_while(|m| m.norm.start < from)
        .any(|m| m.kind == crate::gazetteer::EntityKind::Location && m.norm.end <= from)
}

/// True when `w` is a place's head noun with the article (`المدينة`, `البلدة`, `القاعدة`),
/// which points back to a place already named, as read in the normalized text; a leading و or ع-less
/// preposition (`بالمدينة`, `للمدينة`, `على` is its own word) is stripped.
fn anaphoric_head(w: &str) -> bool {
    let w = w.strip_prefix('و').unwrap_or(w);
    let w = w
        .strip_prefix("بال")
        .or_else(|| w.strip_prefix("لل"))
        .map_or(w.to_owned(), |r| format!("ال{r}"));
    matches!(
        w.as_str(),
        "المدينه"
            | "البلده"
            | "القريه"
            | "المنطقه"
            | "الضاحيه"
            | "الحي"
            // s27: a facility named before (`قصف القاعدة الواقعة جنوب غرب العاصمة طرابلس`).
            | "القاعده"
            | "المطار"
            | "الميناء"
            | "الحقل"
            | "المعسكر"
            | "السجن"
    )
}

/// True when a location is in Libya: a Libyan district, Libya itself, or a place with no
/// district inside Libya's borders (a rough polygon, for gazetteers without `admin1`).
/// Records read a sentence of at most this many bytes at once.
pub(super) const MAX_UNIT: usize = 4096;

/// The parts of one sentence that records read at once (see [`Units::of`]), cut once per
/// sentence.
#[derive(Default)]
pub(super) struct Units {
    /// The sentence whose cuts these are.
    pub(super) sentence: Option<usize>,
    /// Where each part after the first begins, ascending.
    pub(super) cuts: Vec<usize>,
}

impl Units {
    /// The part of sentence number `si`, `sent`, that holds the byte `at`: the sentence
    /// itself, or for a sentence over [`MAX_UNIT`] bytes (a megabyte of text with no
    /// sentence end) the window of about that size, cut at a space where one comes within
    /// another [`MAX_UNIT`] bytes, that holds it. Roles pair the candidates and role words of
    /// what they read, so an unbounded sentence would cost the square of its length.
    pub(super) fn of(
        &mut self,
        text: &str,
        si: usize,
        sent: Range<usize>,
        at: usize,
    ) -> Range<usize> {
        if sent.len() <= MAX_UNIT {
            return sent;
        }
        if self.sentence != Some(si) {
            self.sentence = Some(si);
            self.cuts.clear();
            let mut start = sent.start;
            loop {
                let mut target = start + MAX_UNIT;
                if target >= sent.end {
                    break;
                }
                while !text.is_char_boundary(target) {
                    target += 1;
                }
                let reach = (target + MAX_UNIT).min(sent.end);
                let end = text
                    .get(target..reach)
                    .and_then(|w| w.find(' '))
                    .map_or(target, |i| target + i);
                if end >= sent.end {
                    break;
                }
                self.cuts.push(end);
                start = end;
            }
        }
        let k = self.cuts.partition_point(|&c| c <= at);
        let start = if k == 0 { sent.start } else { self.cuts[k - 1] };
        let end = self.cuts.get(k).copied().unwrap_or(sent.end);
        start..end
    }
}

pub(crate) fn in_libya(loc: &RecordLocation, category: Option<&str>) -> bool {
    if loc.id.as_deref() == Some("libya") {
        return true;
    }
    if let Some(a) = &loc.admin1 {
        return crate::gazetteer::ADMIN1_LIBYA.contains(&a.as_str());
    }
    if category == Some("country") {
        return false;
    }
    match (loc.lat, loc.lon) {
        (Some(lat), Some(lon)) => {
            (19.5..=33.3).contains(&lat)
                && (9.4..=25.0).contains(&lon)
                && !(lat > 32.0 && lon < 11.55)
                && !(lat < 23.5 && lon < 13.5)
        }
        _ => false,
    }
}

/// The rank of a place told only as where fighters or fire came from (`place::origin`), kept
/// when the event names no other: below every place, and no place another record's must agree
/// with (`كانوا يطلقون القذائف من حي أبو سليم`: the shelling told before, wherever it fell).
pub(super) const ORIGIN_RANK: u8 = 0;

pub(super) fn rank(category: &str) -> u8 {
    match category {
        // (A square: one spot, as specific as a facility. A prison or a detention centre
        // stays below its town, see tests/nested17.rs.)
        "neighborhood" | "facility" | "oil_facility" | "border_crossing" | "airport" | "port"
        | "military_base" | "district" | "square" => 4,
        "city" | "town" | "village" => 3,
        "region" => 2,
        "country" => 1,
        _ => 2,
    }
}

/// Which places of an event may be its place (see [`location`]).
pub(super) struct Places<'s, 'a> {
    /// The triggers of the events of the sentence (normalized), in order.
    pub(super) triggers: &'s [Range<usize>],
    /// The triggers of the sentence's tolls (`قتل`, `مقتل`): a toll belongs to its cause, and
    /// so does the place it owns.
    pub(super) tolls: &'s [Range<usize>],
    pub(super) sa: &'s SentenceActors<'a>,
    pub(super) sent_start: usize,
    /// The words of the sentence (unit) being read.
    pub(super) words: &'s UnitWords<'a>,
    /// What the unit tells about each of its places, read once for all its events (see
    /// [`PlaceRead`]).
    pub(super) reads: &'s RefCell<Vec<PlaceRead<'a>>>,
}

/// What a unit tells about the place that starts at one of its bytes: all of it depends on
/// the unit and the place alone, not on the event asking, so each is read once for all the
/// unit's events (the tests that only some events reach, when the first one asks).
#[derive(Clone, Copy)]
pub(super) struct PlaceRead<'a> {
    /// Where the place starts (normalized).
    pub(super) at: usize,
    /// Its four words before, nearest first.
    pub(super) prev4: [&'a str; 4],
    /// Told as where something goes ([`route_word`]).
    pub(super) route: bool,
    /// [`told_at`].
    pub(super) told: Option<bool>,
    /// [`SentenceActors::inside_reporter`].
    pub(super) reporter: Option<bool>,
    /// [`reference_point`].
    pub(super) reference: Option<bool>,
    /// The two words before it from the start of the text hold a word of nearness
    /// (`NEAR`): a `geo_precision` of 2.
    pub(super) near: Option<bool>,
    /// The gazetteer's entity and point of the place, by the id they were asked for.
    pub(super) point: Option<PlacePoint<'a>>,
}

/// An id, its gazetteer entity and its point ([`Gazetteer::entity_point`]).
pub(super) type PlacePoint<'a> = (
    &'a str,
    Option<&'a crate::gazetteer::Entity>,
    Option<crate::gazetteer::Point>,
);

/// Which lazily read test of a [`PlaceRead`].
#[derive(Clone, Copy)]
pub(super) enum PlaceTest {
    Told,
    Reporter,
    Reference,
    Near,
}

impl<'a> Places<'_, 'a> {
    /// The index in `reads` of the place at `at`, read now if it was not.
    pub(super) fn entry(&self, text: &'a str, at: usize) -> usize {
        if let Some(k) = self.reads.borrow().iter().position(|r| r.at == at) {
            return k;
        }
        let prev4: [&'a str; 4] = self.words.before(text, self.sent_start, at);
        let route = route_word(prev4[0]);
        let mut reads = self.reads.borrow_mut();
        reads.push(PlaceRead {
            at,
            prev4,
            route,
            told: None,
            reporter: None,
            reference: None,
            near: None,
            point: None,
        });
        reads.len() - 1
    }

    /// The four words before the place at `at` (nearest first) and whether it is told as
    /// where something goes ([`route_word`]): both depend on the unit alone.
    pub(super) fn read(&self, text: &'a str, at: usize) -> ([&'a str; 4], bool) {
        let k = self.entry(text, at);
        let r = self.reads.borrow()[k];
        (r.prev4, r.route)
    }

    /// `gaz.entity_point(id)` for the place at `at`, kept for the unit's other events.
    pub(super) fn entity_point(
        &self,
        text: &'a str,
        at: usize,
        id: &'a str,
        gaz: &'a Gazetteer,
    ) -> PlacePoint<'a> {
        let k = self.entry(text, at);
        if let Some(p) = self.reads.borrow()[k].point.filter(|p| p.0 == id) {
            return p;
        }
        let (ent, point) = gaz.entity_point(id);
        let p = (id, ent, point);
        self.reads.borrow_mut()[k].point = Some(p);
        p
    }

    /// Test `which` of the place at `at`: `test()` the first time it is asked in the unit,
    /// its answer kept for the unit's other events.
    pub(super) fn test(
        &self,
        text: &'a str,
        at: usize,
        which: PlaceTest,
        test: impl FnOnce([&'a str; 4]) -> bool,
    ) -> bool {
        let k = self.entry(text, at);
        let (prev4, kept) = {
            let r = &self.reads.borrow()[k];
            let kept = match which {
                PlaceTest::Told => r.told,
                PlaceTest::Reporter => r.reporter,
                PlaceTest::Reference => r.reference,
                PlaceTest::Near => r.near,
            };
            (r.prev4, kept)
        };
        if let Some(v) = kept {
            return v;
        }
        let v = test(prev4);
        let r = &mut self.reads.borrow_mut()[k];
        match which {
            PlaceTest::Told => r.told = Some(v),
            PlaceTest::Reporter => r.reporter = Some(v),
            PlaceTest::Reference => r.reference = Some(v),
            PlaceTest::Near => r.near = Some(v),
        }
        v
    }
}

/// The trigger that a place at `at` belongs to: the nearest one before it (Arabic tells the
/// event, then where), else the nearest after it.
pub(super) fn owner(triggers: &[Range<usize>], at: usize) -> Option<&Range<usize>> {
    let i = triggers.partition_point(|t| t.start < at);
    if i > 0 {
        triggers.get(i - 1)
    } else {
        triggers.first()
    }
}

/// True when the country at `norm` is one of a list of three or more countries joined by `و`
/// or commas (`في سوريا والعراق وليبيا`): the places of a movement or a phenomenon told
/// beside the event, not where it happened.
fn in_country_list(doc: &Doc<'_>, text: &str, norm: &Range<usize>) -> bool {
    let ents = doc.entities;
    let k = ents.partition_point(|m| m.norm.start < norm.start);
    if ents.get(k).is_none_or(|m| m.category != "country") {
        return false;
    }
    let joined = |a: &Mention, b: &Mention| {
        a.norm.end <= b.norm.start
            && text
                .get(a.norm.end..b.norm.start)
                .is_some_and(|g| matches!(g.trim_matches([' ', '،', ',']), "" | "و"))
    };
    let mut n = 1;
    let mut i = k;
    while i > 0 && ents[i - 1].category == "country" && joined(&ents[i - 1], &ents[i]) && n < 3 {
        i -= 1;
        n += 1;
    }
    let mut j = k;
    while j + 1 < ents.len()
        && ents[j + 1].category == "country"
        && joined(&ents[j], &ents[j + 1])
        && n < 3
    {
        j += 1;
        n += 1;
    }
    n >= 3
}

/// The location of an event: its most specific place, nearest the trigger. With `places`,
/// places where the news was told are left out, and the places that belong to the event's
/// own trigger (see [`owner`]) come before those of other events of the sentence.
/// True when the place `id` at `norm` is followed by `وسط المدينة` (`بالمدينة`, `في المدينة`)
/// and belongs to a town or city (its `affiliation`) other than the last town or city the
/// document names before it: «the city» is that one, and the place of that name in another
/// city is not meant.
fn of_another_city(doc: &Doc<'_>, text: &str, id: &str, norm: &Range<usize>) -> bool {
    let rest = text.get(norm.end..).unwrap_or("").trim_start();
    let the_city = ["وسط المدينه", "بوسط المدينه", "بالمدينه", "في المدينه"]
        .iter()
        .any(|p| rest.starts_with(p));
    if !the_city {
        return false;
    }
    let gaz = doc.gazetteer;
    let Some(parents) = gaz.entity(id).map(|e| &e.affiliation) else {
        return false;
    };
    let town = |m: &&Mention| matches!(m.category.as_str(), "city" | "town");
    let k = doc.entities.partition_point(|m| m.norm.start < norm.start);
    // (The nearest town among the 64 mentions before it: a bound on long documents.)
    doc.entities[..k]
        .iter()
        .rev()
        .take(64)
        .find(town)
        .is_some_and(|c| !parents.is_empty() && !parents.contains(&c.id))
}

pub(super) fn location<'a>(
    doc: &Doc<'a>,
    ev: usize,
    trig: &Range<usize>,
    places: Option<&Places<'_, 'a>>,
    backref: bool,
) -> Option<(Loc<'a>, u8, bool)> {
    let text = doc.norm.text();
    let e = &doc.events[ev];
    // The best reference by ownership, rank, then distance; its entity and precision are
    // looked up once. (An event's references come from the gazetteer: their category is
    // their entity's.)
    let mut best: Option<Best<'a>> = None;
    // The place people come from (`أهالي X`), when no other place is told.
    let mut origin: Option<Best<'a>> = None;
    // The place fighters or fire come from (`كتائب من مصراتة`), when no other is told.
    let mut came: Option<Best<'a>> = None;
    // The most specific town or finer place of another event of the sentence.
    let mut other: Option<Best<'a>> = None;
    // The last place left out (`إلى مطار مصراتة`): a place inside it (`مصراتة`) is left out too.
    let mut left_out: Range<usize> = 0..0;
    // Where the second of two towns named as the sides of the event (`بين الزنتان
    // والمشاشية`) ends: a place told right after them by nearness (`قرب مزدة`) is where the
    // event happened, not where they lie.
    let mut sides_end: Option<usize> = None;
    // A place of a statement or a situation told beside the event (`first_statement`): the
    // last resort, after a dateline or a reporter's town.
    let mut beside: Option<Best<'a>> = None;
    // The best reference is told as where something heads (`نحو`, `باتجاه`): any place not so
    // told comes before it.
    let mut best_toward = false;
    // `قصف بسرت واستهداف ميناء الزويتينة`: a second act joined by `و` after the trigger
    // (`واستهداف`, `وقصف`) opens a phrase of its own; the places after it are that act's when
    // a place is told between the trigger and it.
    // The mention of a reference, for its place in the normalized text.
    let mention = |r: &crate::events::EntityRef| {
        let i = doc.entities.partition_point(|m| m.span.start < r.start);
        doc.entities.get(i).filter(|m| m.span.start == r.start)
    };
    // (Two places at least: one before the cut, one after.)
    let second_act = (e.locations.len() > 1)
        .then(|| second_act_at(text, doc.sentences.get(e.sentence), trig))
        .flatten()
        .filter(|&cut| {
            e.locations
                .iter()
                .any(|r| mention(r).is_some_and(|m| m.norm.start >= trig.end && m.norm.end <= cut))
        });
    // Where the first such statement begins after the trigger, read once (`first_statement`),
    // up to the start of the event's last place: no statement after it matters.
    let last_place = e
        .locations
        .iter()
        .filter_map(|r| mention(r).map(|m| m.norm.start))
        .max()
        .unwrap_or(0);
    let statement_at: std::cell::OnceCell<Option<usize>> = std::cell::OnceCell::new();
    for r in &e.locations {
        let m: Option<&Mention> = mention(r);
        if second_act.is_some_and(|cut| m.is_some_and(|m| m.norm.start >= cut)) {
            continue;
        }
        let norm = m.map(|m| m.norm.clone()).unwrap_or(trig.clone());
        // The place is told as where something comes from or goes (`من تونس إلى طرابلس`).
        let mut route = false;
        // The place is told as where something heads (`قبل التوجه نحو بنغازي`, `تقدمت القوات
        // باتجاه سرت`): not reached, so not where it happened while the event names another.
        let mut toward = false;
        let own = match places {
            Some(p) => {
                // (And a place joined by `و` right after the place left out: `نقلوا إلى مستشفيات
                // طرابلس ومصراتة`.)
                let joined_to_left_out = left_out.end > left_out.start
                    && norm.start > left_out.end
                    && text
                        .get(left_out.end..norm.start)
                        .is_some_and(|g| g.trim() == "و");
                if m.is_some()
                    && (p.test(text, norm.start, PlaceTest::Told, |_| {
                        told_at(text, p.sa, norm.start)
                    }) || (norm.start >= left_out.start && norm.end <= left_out.end)
                        || joined_to_left_out)
                {
                    if joined_to_left_out && sides_end == Some(left_out.end) {
                        sides_end = Some(norm.end);
                    }
                    left_out = if joined_to_left_out {
                        norm.clone()
                    } else {
                        left_out
                    };
                    continue;
                }
                // `احتشدوا في ميدان الشهداء وسط المدينة` in a story of Tobruk: a square or
                // quarter of «the city» told before is in that city; one of the same name in
                // another city is not the place.
                if m.is_some() && of_another_city(doc, text, r.id.as_str(), &norm) {
                    left_out = norm.clone();
                    continue;
                }
                // A dateline (`أجدابيا 03 مارس 2017 (وال)`) is where the news was filed:
                // the event's place only when no other place is told.
                if m.is_some() && dateline(text, doc.sentences, &norm) {
                    if origin.is_none() && rank(r.category.as_str()) == 3 {
                        origin = Some((r, (false, rank(r.category.as_str())), 0, norm.clone()));
                    }
                    continue;
                }
                // Where the reporter is (`وقال مسؤول في مستشفى الجلاء إن …`) is no place of
                // the event; the reporter's town is, when no other place is told (`قال سكان
                // في درنة إن طائرات قصفت المدينة`).
                if m.is_some()
                    && p.test(text, norm.start, PlaceTest::Reporter, |_| {
                        p.sa.inside_reporter(text, norm.start)
                    })
                {
                    if origin.is_none() && rank(r.category.as_str()) == 3 {
                        origin = Some((r, (false, rank(r.category.as_str())), 0, norm.clone()));
                    }
                    left_out = norm.clone();
                    continue;
                }
                // Where people come from (`من أهالي حي السلماني`, `مسنودة بكتائب من مصراتة`:
                // `place::origin`), and where the displaced or evacuated go (`ونقلهم إلى
                // بنغازي`), is not where it happened.
                // (The four words before the place, read once for the tests below.)
                let (prev4, to) = p.read(text, norm.start);
                let prev = prev4[0];
                // A country of a list of three or more (`عودة إرهابيين كانوا يقاتلون في سوريا
                // والعراق وليبيا`) is where something is told to go on, not the place.
                if m.is_some() && in_country_list(doc, text, &norm) {
                    left_out = norm.clone();
                    continue;
                }
                // A country across a border (`في جبال القصرين المحاذية للحدود مع الجزائر`,
                // `على الحدود مع تونس`) is a point of reference: the event is on this side of
                // it (r82).
                if m.is_some()
                    && prev == "مع"
                    && {
                        let b = prev4[1].trim_start_matches(['و', 'ف']);
                        let b = b.strip_prefix("لل").unwrap_or(b);
                        let b = b.strip_prefix("ال").unwrap_or(b);
                        b.starts_with("حدود")
                    }
                    && doc
                        .gazetteer
                        .entity(&r.id)
                        .is_some_and(|e| e.category == "country")
                {
                    left_out = norm.clone();
                    continue;
                }
                // A state that condemns or blames, right after its verb (`دانت فرنسا الهجوم
                // الذي استهدف جنودا … جنوب غربي تونس`), is a commenter, no place of the event.
                if m.is_some()
                    && (condemn(prev)
                        || matches!(
                            prev.strip_prefix(['و', 'ف']).unwrap_or(prev),
                            "اتهم" | "اتهمت" | "حمل" | "حملت" | "رحب" | "رحبت"
                        ))
                {
                    left_out = norm.clone();
                    continue;
                }
                route = to;
                toward = m.is_some() && towards(prev);
                // Nor is where a back-reference sends something (`ودفعت الاشتباكات شركات
                // الطيران إلى نقل رحلاتها إلى مطار مصراتة`).
                let from_there = matches!(
                    prev,
                    "اهالي"
                        | "سكان"
                        | "ابناء"
                        | "واهالي"
                        | "وسكان"
                        | "اعيان"
                        | "لاعيان"
                        | "واعيان"
                );
                // Nor the hospital the wounded were taken to (`وتم نقلهم إلى مستشفى المرج`;
                // recprec24), nor one that received them (`استقبل قسم الطوارئ بمستشفى مصراتة
                // المركزي ثلاثة قتلى جراء الاشتباكات … قرب سرت`).
                let taken_to = (in_list(HOSPITAL, prev) && matches!(prev4[1], "الي" | "والي"))
                    || (text
                        .get(norm.clone())
                        .and_then(|t| words(t).next().map(|r| &t[r]))
                        .is_some_and(|first| in_list(HOSPITAL, first))
                        && prev4.iter().any(|w| {
                            let w = w.trim_start_matches(['و', 'ف']);
                            ["استقبل", "يستقبل", "تستقبل"]
                                .iter()
                                .any(|v| w.starts_with(v))
                        }));
                // Nor where a force falls back to (`تراجع الجزء الرئيسي من قوات القذافي إلى
                // راس لانوف`, `انسحبت القوات نحو الجفرة`): the ground lost is the place left,
                // when the event names it.
                let fell_back_to = e.kind == EventKind::TerritoryControl
                    && norm.start >= trig.end
                    && {
                        // (Over a head noun: `إلى بلدة هون`.)
                        let k = usize::from(crate::records::place::head(prev));
                        matches!(prev4[k], "الي" | "والي" | "نحو" | "باتجاه")
                    }
                    && text
                        .get(trig.clone())
                        .is_some_and(|t| ["نسحب", "انسحاب", "تراجع"].iter().any(|w| t.contains(w)));
                if m.is_some()
                    && (from_there
                        || taken_to
                        || fell_back_to
                        || ((e.kind == EventKind::Humanitarian || backref)
                            && matches!(prev, "الي" | "نحو" | "باتجاه" | "والي")))
                {
                    // (The place fallen back to stands when the event names no other:
                    // `انسحبت الميليشيات إلى قاعدة الجفرة`.)
                    if fell_back_to && came.is_none() {
                        came = Some((r, (false, ORIGIN_RANK), 0, norm.clone()));
                    }
                    if from_there && origin.is_none() {
                        origin = Some((r, (false, rank(r.category.as_str())), 0, norm.clone()));
                    }
                    left_out = norm.clone();
                    continue;
                }
                // `وتنسحب الميليشيات إلى قاعدة الجفرة`: where a withdrawing side went is no
                // place of the withdrawal (the place left is); only when the event names no
                // other, as where fighters come from.
                if m.is_some()
                    && e.kind == EventKind::TerritoryControl
                    && matches!(prev, "الي" | "والي" | "نحو" | "باتجاه")
                    && crate::records::roles::withdrawal_word(text, trig, true)
                {
                    if r.category != "country" && came.is_none() {
                        came = Some((r, (false, rank(r.category.as_str())), 0, norm.clone()));
                    }
                    left_out = norm.clone();
                    continue;
                }
                // `وربطت الاشتباكات بما يحصل في العاصمة طرابلس`: the place of what else
                // happens, told after the trigger (`ما` + a verb of happening + `في`), is not
                // the event's (`ما حدث في طرابلس من اشتباكات`, before it, is).
                // `تشكو من إهمال السلطات في العاصمة طرابلس`: where the authorities sit is no
                // place of the event.
                // `القارب … في طريقه إلى شواطئ إيطاليا`: where a boat, a convoy or people were
                // bound is not where the event happened.
                if m.is_some() && bound_for(&prev4) {
                    left_out = norm.clone();
                    continue;
                }
                // `بحسب وكالة الأنباء الليبية بطرابلس`: where an outlet sits, told right after
                // its name, is no place of the event (it stays the place when none other is
                // told).
                // (Held as where fighters come from is: a weak place, that agrees with any
                // other telling's.)
                if m.is_some() && outlet_seat(doc, text, &norm) {
                    if came.is_none() {
                        came = Some((r, (false, ORIGIN_RANK), 0, norm.clone()));
                    }
                    left_out = norm.clone();
                    continue;
                }
                // `أطلق هذه القذائف …، مشيرا إلى أن محور الفتائح شهد اشتباكات`: a place told
                // after the trigger in a statement a participle of saying opens is that
                // statement's, not the event's (a weak place, the last resort, when none other
                // is told).
                if m.is_some()
                    && norm.start >= trig.end
                    && statement_at
                        .get_or_init(|| first_statement(text, trig.end, last_place))
                        .is_some_and(|at| at < norm.start)
                {
                    if beside.is_none() {
                        beside = Some((r, (false, ORIGIN_RANK), 0, norm.clone()));
                    }
                    left_out = norm.clone();
                    continue;
                }
                if m.is_some() && authorities_in(&prev4) {
                    left_out = norm.clone();
                    continue;
                }
                if m.is_some() && norm.start >= trig.end && elsewhere_happening(&prev4) {
                    left_out = norm.clone();
                    continue;
                }
                // `استشهد مجندان من سرية «شهداء عين مارة»`: a town in a unit's name is no
                // place of the event at all.
                if m.is_some() && crate::records::place::unit_name(prev4) {
                    left_out = norm.clone();
                    continue;
                }
                // `اجتماعات لوفود عسكرية ليبية بحضور … وضباط مدينة مصراتة`: at talks, a town
                // whose delegates take part is a party, as a side named after `بين` is (the
                // place only when the event names no other).
                if m.is_some()
                    && crate::records::roles::bilateral_kind(e.kind)
                    && crate::records::place::delegates_of(prev4)
                {
                    if came.is_none() {
                        came = Some((r, (false, ORIGIN_RANK), 0, norm.clone()));
                    }
                    left_out = norm.clone();
                    continue;
                }
                // `مسنودة بكتائب من مصراتة`: where fighters or fire come from
                // (`place::origin`) is the place only when the event names no other, and
                // then below any place another telling of the event gives (a country so
                // told is where foreign forces come from: no place).
                if m.is_some() && crate::records::place::origin(prev4) {
                    if r.category != "country" && came.is_none() {
                        came = Some((r, (false, ORIGIN_RANK), 0, norm.clone()));
                    }
                    left_out = norm.clone();
                    continue;
                }
                // `اشتباكات بين الزنتان والمشاشية في مزدة`, `اتفاق نهائي بين مصراتة وتاورغاء`:
                // towns named as the two sides (right after `بين`, or joined by `و` to the one
                // after it) are parties; the place is another the event names, else the first
                // of them, as where fighters come from (not `من بين`, among).
                let joined = || {
                    text.get(..norm.start).is_some_and(|t| t.ends_with('و'))
                        || text.get(norm.clone()).is_some_and(|t| t.starts_with('و'))
                };
                let between = prev4[..3]
                    .iter()
                    .position(|w| *w == "بين")
                    .is_some_and(|i| (i == 0 || joined()) && prev4.get(i + 1) != Some(&"من"));
                if m.is_some() && between {
                    sides_end = Some(norm.end);
                    if came.is_none() {
                        came = Some((r, (false, ORIGIN_RANK), 0, norm.clone()));
                    }
                    left_out = norm.clone();
                    continue;
                }
                // `زنتان، 145 كيلومترا جنوب غربي العاصمة طرابلس`, `على بعد 100 كيلومتر من
                // العاصمة`: the place a distance is measured from is no place of the event; nor
                // the country across a border (`قرب الحدود مع الجزائر`).
                if m.is_some() && (distance_from(&prev4) || border_with(&prev4)) {
                    left_out = norm.clone();
                    continue;
                }
                // `مستعينة بدولة تركيا`: a country told as a state that acts is an actor; and
                // the foreign country of a foreign intervention is where its forces come from,
                // not where it happened (a place in Libya, or none).
                // (So is a country told as who backs a side, `وحدة في الجيش اليمني مدعومة من
                // دولة الإمارات`, `بدعم من تركيا`.)
                let backer = prev == "من"
                    && matches!(
                        prev4[1].strip_prefix('و').unwrap_or(prev4[1]),
                        "مدعومه"
                            | "مدعوم"
                            | "مدعومين"
                            | "مدعومون"
                            | "بدعم"
                            | "بتمويل"
                            | "باسناد"
                    );
                if m.is_some()
                    && r.category == "country"
                    && r.id != "libya"
                    && (e.kind == EventKind::ForeignIntervention
                        || crate::records::place::state(prev)
                        || backer)
                {
                    left_out = norm.clone();
                    continue;
                }
                // `ضاحية تاجوراء شرق العاصمة طرابلس`, `مدينة الزاوية، الواقعة غرب طرابلس`: a
                // place after a direction from another place told just before is where that
                // place lies, not where it happened.
                // (The second side may be read as an actor, no place of the event: then the
                // gap holds it, `و` and a mention, before the word of nearness.)
                let after_sides = sides_end.is_some_and(|end| {
                    let near_at = text.get(end..norm.start).and_then(|gap| {
                        gap.rfind(" قرب ")
                            .or_else(|| gap.rfind(" بالقرب من "))
                            .filter(|&i| {
                                gap[..i].trim_start().is_empty()
                                    || gap[..i].trim_start().starts_with('و')
                            })
                            .filter(|&i| {
                                let rest = gap[i..].split_whitespace().count();
                                rest <= 3 && !gap[..i].contains(['،', ',', '.'])
                            })
                    });
                    near_at.is_some_and(|i| {
                        let (lo, hi) = (end, end + i);
                        // Nothing but one mention between the sides' end and the nearness.
                        lo == hi || text.get(lo..hi).is_some_and(|g| g.trim().is_empty()) || {
                            // (Mentions are sorted by start: those starting within three
                            // bytes of the sides' end.)
                            let j = doc.entities.partition_point(|m| m.norm.start < lo);
                            doc.entities[j..]
                                .iter()
                                .take_while(|m| m.norm.start <= lo + 3)
                                .any(|m| m.norm.end >= hi.saturating_sub(1) && m.norm.end <= hi + 1)
                        }
                    })
                });
                if m.is_some()
                    && !after_sides
                    && p.test(text, norm.start, PlaceTest::Reference, |prev4| {
                        reference_point(p.words, doc, p.sent_start, (norm.start, &prev4))
                    })
                {
                    left_out = norm.clone();
                    continue;
                }
                // `قتل ثمانية أشخاص الخميس في سبها بعد تجدد المعارك`: the place of the toll
                // is its cause's.
                owner(p.triggers, norm.start)
                    .is_none_or(|o| o == trig || (violent(e.kind) && p.tolls.contains(o)))
            }
            None => true,
        };
        let rk = (own, rank(r.category.as_str()));
        let dist = if norm.start >= trig.end {
            norm.start - trig.end
        } else {
            trig.start.saturating_sub(norm.end) + 1
        };
        let better = match &best {
            None => true,
            Some((_, brk, bd, _)) => {
                let key = (rk.0, !toward, rk.1);
                let bkey = (brk.0, !best_toward, brk.1);
                key > bkey || (key == bkey && dist < *bd)
            }
        };
        if !own
            && !route
            && rk.1 >= 3
            && other
                .as_ref()
                .is_none_or(|(_, ork, od, _)| rk.1 > ork.1 || (rk.1 == ork.1 && dist < *od))
        {
            other = Some((r, rk, dist, norm.clone()));
        }
        if better {
            best = Some((r, rk, dist, norm));
            best_toward = toward;
        }
    }
    let best = libya_in_detail(doc, ev, places, best, other);
    let (r, (own, rk), _, norm) = best.or(came).or(origin).or(beside)?;
    let (_, ent, point) = match places {
        Some(p) => p.entity_point(text, norm.start, &r.id, doc.gazetteer),
        None => {
            let (ent, point) = doc.gazetteer.entity_point(&r.id);
            (r.id.as_str(), ent, point)
        }
    };
    let category = ent.map_or(r.category.as_str(), |e| e.category.as_str());
    let precision = if matches!(category, "country" | "region") {
        3
    } else {
        // The two words before the place.
        let near_in = |before: [&str; 2]| {
            before
                .iter()
                .any(|w| !w.is_empty() && in_list(NEAR, bare(w)))
        };
        let near = match places {
            Some(p) => p.test(text, norm.start, PlaceTest::Near, |_| {
                near_in(p.words.before(text, 0, norm.start))
            }),
            None => near_in(words_before(text, 0, norm.start)),
        };
        if near {
            2
        } else {
            1
        }
    };
    let loc = Loc {
        r,
        english: ent.map_or(r.id.as_str(), |e| e.english.as_str()),
        admin1: ent.and_then(|e| e.admin1.as_deref()),
        geo_precision: precision,
        point,
    };
    Some((loc, rk, own))
}

/// Where the first statement a participle of saying opens (`مشيرا إلى أن`, `مضيفا أن`,
/// `موضحا أن`), or the first situation told beside the event (`في الوقت الذي`, `في حين`),
/// begins in `text[from..to]` (from the trigger to the event's last place): what follows is
/// that statement's or that situation's. One pass over the words, no allocation.
fn first_statement(text: &str, from: usize, to: usize) -> Option<usize> {
    let gap = text.get(from..to)?;
    // `قامت مجموعة مسلحة باقتحام مقر المؤتمر، في الوقت الذي تشهد فيه البلاد حالة من التوتر
    // خصوصا في مدينة بنغازي`: a situation told beside the event, in a clause of its own.
    let beside = ["في الوقت الذي", "في حين"]
        .iter()
        .filter_map(|c| gap.find(c))
        .min();
    // (Most sentences hold no participle of saying: a substring test before the words.)
    if !["مشير", "مضيف", "موضح", "لافت"]
        .iter()
        .any(|p| gap.contains(p))
    {
        return beside.map(|i| from + i);
    }
    // The participle seen last, and how many words after it may still hold `أن`.
    let mut said: Option<usize> = None;
    let mut left = 0u8;
    let mut found: Option<usize> = None;
    for r in words(gap) {
        if beside.is_some_and(|b| b < r.start) {
            break;
        }
        let w = &gap[r.clone()];
        if left > 0 {
            if matches!(w, "ان" | "انه" | "انها" | "انهم") {
                found = said;
                break;
            }
            left -= 1;
        }
        if matches!(
            w.trim_start_matches('و').trim_end_matches(['،', ',']),
            "مشيرا"
                | "مضيفا"
                | "موضحا"
                | "لافتا"
                | "مشيره"
                | "مضيفه"
                | "موضحه"
                | "لافته"
        ) {
            said = Some(r.start);
            left = 2;
        }
    }
    [found, beside]
        .into_iter()
        .flatten()
        .min()
        .map(|i| from + i)
}

/// True when the place at `norm` follows right after the name of an outlet (gazetteer category
/// `media`), with at most `ب`, `في` or `من` between: the outlet's seat (`وكالة الأنباء الليبية
/// بطرابلس`).
fn outlet_seat(doc: &Doc<'_>, text: &str, norm: &Range<usize>) -> bool {
    // (Mentions are sorted by start, not by end: the nearest one before the place that ends
    // before it.)
    let i = doc.entities.partition_point(|o| o.norm.start < norm.start);
    doc.entities[..i]
        .iter()
        .rev()
        .find(|o| o.norm.end <= norm.start)
        .is_some_and(|o| {
            o.category == "media"
                && text
                    .get(o.norm.end..norm.start)
                    .is_some_and(|g| matches!(g.trim(), "" | "ب" | "في" | "من"))
        })
}

/// A candidate place of an event: its reference, (owned by the event's trigger, rank), its
/// distance from the trigger, and where it is in the normalized text.
pub(super) type Best<'r> = (
    &'r crate::events::EntityRef,
    (bool, u8),
    usize,
    Range<usize>,
);

/// `ما يحصل في`, `بما يجري في العاصمة`: the four words before a place (nearest first) tell
/// it as where something else happens (`ما`, a verb of happening, `في`, at most one head
/// noun between `في` and the place).
fn elsewhere_happening(prev4: &[&str; 4]) -> bool {
    let k = match prev4 {
        ["في", ..] => 1,
        [_, "في", ..] => 2,
        _ => return false,
    };
    let happen = |w: &str| {
        matches!(
            w,
            "يحصل"
                | "يحدث"
                | "يجري"
                | "جري"
                | "حدث"
                | "حصل"
                | "يدور"
                | "دار"
                | "تشهده"
                | "يشهده"
        )
    };
    let what = |w: &str| matches!(w, "ما" | "بما" | "مما" | "لما" | "عما" | "وما" | "فيما");
    k + 1 < 4 && happen(prev4[k]) && what(prev4[k + 1])
}

/// `إهمال السلطات في العاصمة طرابلس`, `الحكومة في طرابلس`: the four words before a place
/// (nearest first) tell it as the seat of the authorities (`في` right after `السلطات`,
/// `المسؤولين`, at most one head noun between `في` and the place), not a building of theirs
/// the event was at. (Not `الحكومة في طرابلس`: an agreement with it was made there.)
fn authorities_in(prev4: &[&str; 4]) -> bool {
    let k = match prev4 {
        ["في", ..] => 1,
        [_, "في", ..] => 2,
        _ => return false,
    };
    // (Not the seat the event was at: `احتل الجنود مقر الحكومة في طرابلس`.)
    let seat = k + 1 < 4 && matches!(prev4[k + 1], "مقر" | "مقار" | "مبني" | "امام");
    !seat
        && matches!(
            prev4[k].trim_start_matches('و'),
            "السلطات" | "السلطه" | "المسوولين" | "للسلطات"
        )
}

/// `في طريقه إلى شواطئ إيطاليا`, `متجها إلى ليبيا`: the four words before a place (nearest
/// first) tell it as where someone or something was bound (`إلى`/`نحو` after a word of the way,
/// at most one head noun between `إلى` and the place).
fn bound_for(prev4: &[&str; 4]) -> bool {
    let k = match prev4 {
        ["الي" | "نحو", ..] => 1,
        [_, "الي" | "نحو", ..] => 2,
        _ => return false,
    };
    matches!(
        prev4[k],
        "طريقه"
            | "طريقها"
            | "طريقهم"
            | "متجها"
            | "متجهه"
            | "متجهين"
            | "متجهون"
            | "متوجها"
            | "متوجهه"
            | "متوجهين"
            | "المتجه"
            | "المتجهه"
            | "المتوجه"
            | "المتوجهه"
    )
}

/// True when `prev`, the word right before a place, tells it as where something heads, not
/// reached (`نحو`, `باتجاه`, `صوب`), with a leading و stripped.
pub(super) fn towards(prev: &str) -> bool {
    matches!(
        prev.strip_prefix('و').unwrap_or(prev),
        "نحو" | "باتجاه" | "صوب" | "اتجاه"
    )
}

/// True when `prev`, the word right before a place, tells it as where something comes from
/// or goes (`من تونس إلى طرابلس`).
pub(super) fn route_word(prev: &str) -> bool {
    matches!(
        prev,
        "من" | "الي" | "نحو" | "باتجاه" | "ومن" | "والي" | "عبر"
    )
}

/// `اختطفت … 7 عاملين في ليبيا، بعدما هاجمت سيارتهم … في منطقة الحرشة`: an event placed by its
/// own words only in Libya as a whole happened where another event of its sentence (its
/// means, its setting) is placed, a town or a finer place in Libya: `other`, the best such
/// place among the event's own references, else the first of another reported event of the
/// sentence (at most eight events either side: no scan of the text).
pub(super) fn libya_in_detail<'a>(
    doc: &Doc<'a>,
    ev: usize,
    places: Option<&Places<'_, 'a>>,
    best: Option<Best<'a>>,
    other: Option<Best<'a>>,
) -> Option<Best<'a>> {
    let (Some((b, (true, 1), _, _)), Some(p)) = (&best, places) else {
        return best;
    };
    if b.id != "libya" {
        return best;
    }
    let in_libya = |r: &crate::events::EntityRef| {
        doc.gazetteer
            .entity(&r.id)
            .filter(|e| rank(e.category.as_str()) >= 3)
            .and_then(|e| e.admin1.as_deref())
            .is_some_and(|a| crate::gazetteer::ADMIN1_LIBYA.contains(&a))
    };
    if other.as_ref().is_some_and(|o| in_libya(o.0)) {
        return other;
    }
    let text = doc.norm.text();
    let s = doc.events[ev].sentence;
    let near = ev.saturating_sub(8)..(ev + 9).min(doc.events.len());
    let found = near
        .filter(|&j| j != ev && doc.events[j].sentence == s && !doc.events[j].background)
        .flat_map(|j| doc.events[j].locations.iter())
        .find_map(|r| {
            let i = doc.entities.partition_point(|m| m.span.start < r.start);
            let m = doc.entities.get(i).filter(|m| m.span.start == r.start)?;
            let at = m.norm.start;
            (in_libya(r)
                && !p.read(text, at).1
                && !p.test(text, at, PlaceTest::Told, |_| told_at(text, p.sa, at)))
            .then(|| (r, (false, rank(r.category.as_str())), 0, m.norm.clone()))
        });
    found.or(best)
}

/// The facts of every event.
pub(super) fn facts<'a>(
    doc: &Doc<'a>,
    t: &'a Tables,
    figures: &mut Vec<(usize, Vec<Figure>)>,
) -> Vec<Facts<'a>> {
    let text = doc.norm.text();
    let map = doc.norm.map();
    let mut out = Vec::with_capacity(doc.events.len());
    let mut times: Vec<TimeExpr> = Vec::new();
    // The sentence and the start of the unit (`Units::of`) whose scan is current.
    let mut times_unit = (usize::MAX, usize::MAX);
    let mut past = false; // the story is set in the past (`dates::past_frame`)
    let mut units = Units::default();
    let mut actors = SentenceActors::default();
    let mut cuts = Cuts::default();
    let mut scan = crate::records::tables::Scan::default();
    // The words of the current unit, found once for every look back in it.
    let mut uw = UnitWords::default();
    // The unit's words of calling and promising, found once (`call_scope`).
    let mut call_memo = WordMemo::default();
    // The unit's `while_frame` phrases, found once for its triggers (`dates::framed_earlier`).
    let mut frames = dates::UnitFrames::default();
    // The words before each place of the current unit ([`Places::read`]).
    let place_reads: RefCell<Vec<PlaceRead<'_>>> = RefCell::new(Vec::new());
    // Every trigger in the normalized text, within its sentence, and whether its event is
    // introduced as context (`على خلفية`, `منذ`, `ذكرى`).
    let sent_of = |e: &crate::events::Event| {
        doc.sentences
            .get(e.sentence)
            .cloned()
            .unwrap_or(0..text.len())
    };
    let trigs: Vec<Range<usize>> = doc
        .events
        .iter()
        .map(|e| {
            let sent = sent_of(e);
            let ts = map
                .to_normalized(e.trigger.start)
                .clamp(sent.start, sent.end);
            let te = map.to_normalized(e.trigger.end).clamp(ts, sent.end);
            ts..te
        })
        .collect();
    // Whether each event is introduced as context, computed with its sentence's scan.
    let mut ctx: Vec<bool> = vec![false; doc.events.len()];
    // The two words before each trigger, read once (computed with its sentence's scan), and
    // the eight words before it that they begin.
    let mut before: Vec<[&str; 2]> = vec![["", ""]; doc.events.len()];
    let mut prev8: Vec<[&str; 8]> = vec![[""; 8]; doc.events.len()];
    // A headline: a first sentence that is a line of its own without a full stop.
    let headline_doc = doc.sentences.first().is_some_and(|s0| {
        let line = text.get(s0.clone()).unwrap_or("").trim_end();
        let rest = text.get(s0.end..).unwrap_or("");
        !line.ends_with(['.', '!', '?', '؟'])
            && rest
                .trim_start_matches([' ', '\t'])
                .starts_with(['\n', '\r'])
    });
    // The triggers of the current sentence, sorted, with whether each is context.
    let mut sent_trigs: Vec<(Range<usize>, bool)> = Vec::new();
    // The triggers of the current sentence in text order, and whether each one's genitive is
    // its patient (`اغتيال X`) rather than its agent (`غارات للناتو`).
    let mut other_trigs: Vec<(Range<usize>, bool)> = Vec::new();
    let mut sorted: Vec<Range<usize>> = Vec::new();
    // The triggers of the current sentence with their kinds, and whether each is background.
    let mut kind_trigs: Vec<(Range<usize>, EventKind, bool)> = Vec::new();
    // The triggers of the current sentence's tolls.
    let mut toll_trigs: Vec<Range<usize>> = Vec::new();
    // Ends of the killed and wounded cue words of the current sentence.
    let mut cues: Vec<usize> = Vec::new();
    for (i, e) in doc.events.iter().enumerate() {
        let trig = trigs[i].clone();
        let sent = units.of(text, e.sentence, sent_of(e), trig.start);
        if times_unit != (e.sentence, sent.start) {
            // One scan of the sentence for its dates, actors and figures.
            t.scan_into(text, sent.clone(), &mut scan);
            place_reads.borrow_mut().clear();
            uw.set(text, e.sentence, sent.clone(), doc.words);
            sent_trigs.clear();
            other_trigs.clear();
            kind_trigs.clear();
            toll_trigs.clear();
            let mut j = i;
            while j < doc.events.len()
                && doc.events[j].sentence == e.sentence
                && units.of(text, e.sentence, sent_of(&doc.events[j]), trigs[j].start) == sent
            {
                let tj = &trigs[j];
                // `منذ` (a relative-time word of the scan) within about six words before.
                let since = scan.relative.iter().any(|r| {
                    r.end <= tj.start
                        && tj.start - r.end <= 100
                        && text.get(r.clone()) == Some("منذ")
                });
                prev8[j] = uw.before(text, sent.start, tj.start);
                before[j] = [prev8[j][0], prev8[j][1]];
                ctx[j] = context_cue(since, &prev8[j])
                    || in_list(ADJECTIVES, text.get(tj.clone()).map(bare).unwrap_or(""))
                    // `تظاهروا … بعد أيام من اشتباكات دامية`: the earlier event that the news
                    // told before it in the clause follows (not a toll, `توفي بعد أيام من
                    // إصابته`; nor the fighting a toll counts, `بعد يومين من المعارك`).
                    || (doc.events[j].kind != EventKind::Casualties
                        && kind_trigs.iter().any(|x| {
                            !x.2 && x.1 != EventKind::Casualties && x.1 != doc.events[j].kind
                        })
                        && cues::after_a_period(&prev8[j]));
                sent_trigs.push((tj.clone(), ctx[j]));
                other_trigs.push((tj.clone(), roles::patient_kind(doc.events[j].kind)));
                kind_trigs.push((tj.clone(), doc.events[j].kind, doc.events[j].background));
                if doc.events[j].kind == EventKind::Casualties {
                    toll_trigs.push(tj.clone());
                }
                j += 1;
            }
            sent_trigs.sort_by_key(|t| (t.0.start, t.0.end));
            other_trigs.sort_by_key(|t| (t.0.end, t.0.start));
            sent_trigs.dedup_by(|a, b| a.0 == b.0);
            sorted.clear();
            sorted.extend(sent_trigs.iter().map(|t| t.0.clone()));
            times.clear();
            dates::find_scanned(
                text,
                sent.clone(),
                doc.date,
                &scan,
                uw.words_of(&sent),
                &mut times,
            );
            let lo = doc.entities.partition_point(|m| m.norm.start < sent.start);
            let hi = doc.entities.partition_point(|m| m.norm.start < sent.end);
            let mentions = &doc.entities[lo..hi.max(lo)];
            // A weekday or a date inside a name is no time (`سوق الجمعة`, `كتيبة شهداء 17
            // فبراير`): drop expressions that overlap a gazetteer mention (the few mentions
            // starting before the expression's end: linear).
            // Nor is a dateline's date (`طرابلس 31 يوليو 2016 (وال)- اختطفت …`): when the
            // news was filed, not when it happened (the clause's own `ليلة أمس السبت` is).
            times.retain(|x| {
                let k = mentions.partition_point(|m| m.norm.start < x.range.end);
                !mentions[..k]
                    .iter()
                    .rev()
                    .take(4)
                    .any(|m| m.norm.end > x.range.start)
                    && !dateline_date(text, &sent, &x.range)
                    && !dates::since_event_time(text, &sent, x, doc.date)
            });
            let mut figs = Vec::new();
            cues.clear();
            let unit_words = uw.words();
            fatalities::find_scanned(
                text,
                sent.clone(),
                unit_words,
                t,
                &scan,
                (&mut figs, &mut cues),
            );
            actors = SentenceActors::new(
                text,
                sent.clone(),
                mentions,
                t,
                &scan,
                (&cues, &uw),
                roles::Earlier {
                    mentions: &doc.entities[..hi.max(lo)],
                    gaz: doc.gazetteer,
                },
            );
            cuts = Cuts::new(text, sent.clone(), &scan);
            if !figs.is_empty() {
                // One entry per sentence, whatever its units.
                match figures.last_mut() {
                    Some((s, fs)) if *s == e.sentence => fs.extend(figs),
                    _ => figures.push((e.sentence, figs)),
                }
            }
            times_unit = (e.sentence, sent.start);
            past = dates::past_frame(
                past,
                text,
                &times,
                doc.date,
                !scan.kana.is_empty() && !scan.qad.is_empty(),
            );
        }
        let clause = cuts.clause(&trig);
        // Dates: the expression of the clause nearest the trigger, else of the sentence.
        let dist = |r: &Range<usize>| {
            if r.start >= trig.end {
                r.start - trig.end
            } else {
                trig.start.saturating_sub(r.end)
            }
        };
        // An expression nearer another trigger of the sentence whose event is context
        // (`على خلفية مقتل … الأسبوع الماضي`) dates that event, not this one.
        let owned_by_context = |x: &&TimeExpr| {
            let d = dist(&x.range);
            sent_trigs.iter().any(|(t, c)| {
                *c && *t != trig
                    && {
                        let tc = cuts.clause(t);
                        x.range.start >= tc.start && x.range.end <= tc.end
                    }
                    && {
                        let dt = if x.range.start >= t.end {
                            x.range.start - t.end
                        } else {
                            t.start.saturating_sub(x.range.end)
                        };
                        dt < d
                    }
            })
        };
        // `عاد الهدوء صباح الإثنين بعد اشتباكات شهدتها المدينة يوم الأحد`: a time right before
        // `بعد`, `عقب`, `إثر` and the trigger dates what happened after the event (not for a
        // withdrawal: `سيطر الجيش على الميناء أمس بعد انسحاب X منه` is one capture).
        let after_it = |x: &&TimeExpr| {
            e.kind != EventKind::TerritoryControl
                && x.range.end <= trig.start
                && text.get(x.range.end..trig.start).is_some_and(|g| {
                    let mut ws = words(g).map(|r| &g[r]);
                    matches!(ws.next(), Some("بعد" | "عقب" | "اثر" | "وبعد")) && ws.next().is_none()
                })
        };
        // An asserted event happened by the publication date: a time after it (`قبل منتصف
        // يوليو` of a meeting expected) dates a planned one told beside it, never this one.
        let future = |x: &&TimeExpr| {
            e.modality == Modality::Asserted
                && matches!((x.date, doc.date), (Some(d), Some(p)) if d.start > p)
        };
        // `استعادت السيطرة على القاعدة بعد فشل هجوم صدته القوات الأسبوع الماضي`: a time told
        // after the event that follows `بعد`, `عقب`, `إثر` dates that earlier event.
        // So with a cause (`اعتقلوا صحفيا جراء مشاركتهم في مظاهرة في سرت بتاريخ 19 مارس`),
        // unless this event is the toll of that cause (a toll's time is its cause's).
        let after_other = |x: &&TimeExpr| {
            kind_trigs.iter().any(|(t, k, _)| {
                *k != EventKind::Casualties
                    && t.start >= trig.end
                    && t.end <= x.range.start
                    && text.get(trig.end..t.start).is_some_and(|g| {
                        words(g).any(|r| {
                            let w = g[r.clone()].strip_prefix('و').unwrap_or(&g[r]);
                            matches!(w, "بعد" | "عقب" | "اثر")
                                || (e.kind != EventKind::Casualties && matches!(w, "جراء" | "بسبب"))
                        })
                    })
            })
        };
        // `أعلنت البعثة اليوم الأحد عقد الجولة في جنيف يومي 3 و4 سبتمبر`: the time right
        // after the verb of announcing and its subject dates the statement; another time of
        // the clause is the event's own (recprec16).
        let stated = |x: &TimeExpr| {
            // (The verb, its subject of up to three words, then the time.)
            let w: [&str; 5] = uw.before(text, sent.start, x.range.start);
            // (A condemnation's day too: `دانت فرنسا هنا اليوم الهجوم الذي استهدف جنودا …
            // الليلة الماضية`.)
            if x.range.end <= trig.start {
                // (Or right before the verb: `وفي حصيلة جديدة صباح اليوم، أعلن المركز ارتفاع
                // عدد قتلى التفجيرين إلى 16`.)
                let next: [&str; 2] = uw.after(text, x.range.end, trig.start);
                // (A claim's day too: `تبنى تنظيم داعش في ليبيا اليوم الجمعة التفجير الذي أوقع
                // ستة قتلى … الخميس`, its subject up to four words.)
                let claim = |w: &str| {
                    matches!(
                        w.strip_prefix(['و', 'ف']).unwrap_or(w),
                        "تبني" | "تبنت" | "يتبني" | "تتبني"
                    )
                };
                // (A subject of more words is one name the gazetteer knows, right before the
                // time: `قالت قيادة القوات الأمريكية في إفريقيا الأحد إنها شنت`.)
                let named_subject = || {
                    let i = doc.entities.partition_point(|m| m.norm.end <= sent.start);
                    doc.entities[i..]
                        .iter()
                        .take_while(|m| m.norm.start < x.range.start)
                        .any(|m| {
                            m.norm.start >= sent.start
                                && text
                                    .get(m.norm.end..x.range.start)
                                    .is_some_and(|g| g.trim().is_empty())
                                && announce(uw.before::<1>(text, sent.start, m.norm.start)[0])
                        })
                };
                // (Its subject and the day may hold more words when the date follows the day
                // in brackets: `تبنى تنظيم الدولة "داعش"، اليوم الثلاثاء (5 أيار 2020)، هجوم`:
                // eight words back, the five of `w` among them.)
                let claimed = || {
                    let w8: [&str; 8] = uw.before(text, sent.start, x.range.start);
                    w8.iter().any(|w| claim(w))
                };
                return w[..4].iter().any(|w| announce(w) || condemn(w))
                    || claimed()
                    || next.iter().any(|w| announce(w))
                    || named_subject();
            }
            // `قتل ثمانية جنود في هجمات …، حسبما أفادت مصادر رسمية، الأحد`: after the event,
            // a time right after a source's clause (`حسبما`, `وفق ما`, `كما`, `على ما` + the
            // verb + its subject) dates the report.
            x.range.start >= trig.end
                && (0..4).any(|j| {
                    announce(w[j])
                        && matches!(w[j + 1], "حسبما" | "ما" | "كما" | "بحسبما" | "وفقما")
                })
        };
        let in_clause = times
            .iter()
            .filter(|x| x.range.start >= clause.start && x.range.end <= clause.end)
            .filter(|x| !owned_by_context(x) && !after_it(x) && !future(x) && !after_other(x))
            .min_by_key(|x| (stated(x), dist(&x.range)));
        // Else the nearest of the sentence, but not one in the clause of another trigger
        // (`وحدث الانفجار في حي الليثي حيث تقاتل القوات … منذ شهور`).
        let in_other_clause = |x: &&TimeExpr| {
            sent_trigs.iter().any(|(t, _)| {
                *t != trig && {
                    let tc = cuts.clause(t);
                    tc != clause
                        && x.range.start >= tc.start
                        && x.range.end <= tc.end
                        && text.get(tc.clone()).is_some_and(|c| {
                            words(c)
                                .next()
                                .is_some_and(|w| matches!(&c[w], "حيث" | "التي" | "الذي" | "الذين"))
                        })
                }
            })
        };
        // `… إنها وقعت أثناء قدوم القوة، بناء على اتفاق جرى بين X وY، يوم الثلاثاء`: an
        // expression told after another trigger that follows this one, outside this one's
        // clause, of another kind and not a toll's (a toll's time is its cause's), dates that
        // event.
        let shadowed = |x: &&TimeExpr| {
            kind_trigs.iter().any(|(t, k, _)| {
                *t != trig
                    && *k != e.kind
                    && *k != EventKind::Casualties
                    && t.start >= trig.end
                    && t.end <= x.range.start
            })
        };
        // `… بعد أن شهدت الأسبوع الماضي أول حادثة اغتيال`: an expression in the clause of a
        // background event of another kind, nearer it than this trigger, dates that event.
        let owned_by_background = |x: &&TimeExpr| {
            let d = dist(&x.range);
            kind_trigs.iter().any(|(t, k, bg)| {
                *bg && *t != trig
                    && *k != e.kind
                    && {
                        let tc = cuts.clause(t);
                        x.range.start >= tc.start && x.range.end <= tc.end
                    }
                    && (if x.range.start >= t.end {
                        x.range.start - t.end
                    } else {
                        t.start.saturating_sub(x.range.end)
                    }) < d
            })
        };
        // `مقتل 23 شخصا جراء الاشتباكات التي اندلعت … يومي الجمعة والسبت`: the relative clause
        // that describes the event noun tells its time.
        // (The relative clause after the trigger's clause, found once for the time and the
        // roles.)
        let rel_of_clause: std::cell::OnceCell<Option<Range<usize>>> = std::cell::OnceCell::new();
        let relative_after = |c: &Range<usize>| {
            if *c == clause {
                rel_of_clause
                    .get_or_init(|| cuts.relative_after(&uw, text, &clause, &trig))
                    .clone()
            } else {
                cuts.relative_after(&uw, text, c, &trig)
            }
        };
        let in_relative = || {
            let rel = relative_after(&clause)?;
            times
                .iter()
                .filter(|x| x.range.start >= rel.start && x.range.end <= rel.end)
                .filter(|x| {
                    !owned_by_context(x) && !owned_by_background(x) && !shadowed(x) && !future(x)
                })
                .min_by_key(|x| dist(&x.range))
        };
        // `أكدت المصادر اليوم مقتل السفير في الهجوم الذي استهدف القنصلية مساء أمس`: the
        // statement's day gives way to the time the relative clause of the event noun tells.
        // `قال مسؤول، اليوم الإثنين، إن طائرة استهدفت قافلة، كانت متوقفة على الحدود، مساء
        // أمس الأحد`: nor does it hold against a day told at the end of the sentence, after an
        // aside on what was struck, in the week before it (the event's own time, the
        // statement's day told first).
        let own_after = |said: &TimeExpr| {
            let (Some(sd), true) = (said.date, said.range.end <= trig.start) else {
                return None;
            };
            times
                .iter()
                .filter(|y| y.range.start >= clause.end && !stated(y))
                .filter(|y| {
                    y.date.is_some_and(|d| {
                        (d.precision == Precision::Day
                            && d.end <= sd.start
                            && sd.start.days() - d.start.days() <= 7)
                            // (Or the week before the statement's: `أعلنت الأمم المتحدة،
                            // مساء الثلاثاء، أن مسلحين خطفوا …، الأسبوع الماضي، من طرابلس`.)
                            || (d.precision == Precision::Week
                                && d.end < sd.start
                                && sd.start.days() - d.start.days() <= 14)
                    })
                })
                .filter(|y| {
                    !owned_by_context(y)
                        && !after_it(y)
                        && !after_other(y)
                        && !shadowed(y)
                        && !in_other_clause(y)
                        && !owned_by_background(y)
                })
                .min_by_key(|y| dist(&y.range))
        };
        let in_clause = match in_clause {
            Some(x) if stated(x) => in_relative().or_else(|| own_after(x)).or(Some(x)),
            c => c,
        };
        // `انفجار سيارتين … في حادث نادر تتعرض له المدينة التي تستضيف مجلس النواب المنتخب قبل
        // أشهر`: a time told after the trigger's clause inside a relative clause that
        // describes a person, a place or a thing (its head no event trigger) tells about that
        // noun, not when the event happened.
        // (Not once a comma has closed that clause and a short phrase of place follows it up
        // to the time: `خطفت جماعة مسلحة أبو شاقور الذي انتخب مؤخرا عضوا في البرلمان، في
        // العاصمة طرابلس الثلاثاء` tells where and when the abduction was.)
        let in_noun_relative = |x: &&TimeExpr| {
            x.range.start >= clause.end
                && text.get(trig.end..x.range.start).is_some_and(|g| {
                    let ws: Vec<Range<usize>> = words(g).collect();
                    ws.iter().enumerate().skip(1).any(|(j, r)| {
                        matches!(&g[r.clone()], "التي" | "الذي" | "الذين")
                            && {
                                let h = &ws[j - 1];
                                let (hs, he) = (trig.end + h.start, trig.end + h.end);
                                !sent_trigs.iter().any(|(t, _)| t.start < he && hs < t.end)
                            }
                            && !place_after_comma(&g[r.end..])
                    })
                })
        };
        let chosen = in_clause.or_else(in_relative).or_else(|| {
            // (The day of the report told after the event, `، بحسب ما أفاد مصدر طبي أمس
            // الخميس`, dates the sentence's news whatever other trigger stands nearer it:
            // `بين عسكريين وميليشيات إسلامية تسيطر على المدينة، بحسب ما أفاد …`.)
            let report = |x: &&TimeExpr| stated(x) && x.range.start >= trig.end;
            let nearest = times
                .iter()
                .filter(|x| {
                    !future(x)
                        && (report(x)
                            || (!owned_by_context(x)
                                && !in_noun_relative(x)
                                && !after_it(x)
                                && !owned_by_background(x)
                                && !in_other_clause(x)
                                && !shadowed(x)
                                && !after_other(x)))
                })
                .min_by_key(|x| dist(&x.range));
            match nearest {
                Some(x) if stated(x) => own_after(x).or(Some(x)),
                c => c,
            }
        });
        let modifier = dates::modifier_clause(text, uw.words(), &trig, &clause, &|r| {
            sent_trigs
                .iter()
                .any(|(t, _)| t.start < r.end && r.start < t.end)
        });
        let chosen = chosen.filter(|x| modifier.is_none_or(|m| x.range.end > m));
        // `تصاعدت حدة الاشتباكات بعدما ذكر البيت الأبيض يوم الجمعة أن …`: a time after a
        // statement told as what came before the event (`بعدما`/`بعد أن` + a verb of saying) is
        // the statement's, not the event's (s30).
        // (Read from the unit's word list: no split of the text again.)
        let chosen = chosen.filter(|x| {
            if x.range.start < trig.end {
                return true;
            }
            let ws = uw.words();
            let lo = ws.partition_point(|r| r.start < trig.end);
            let hi = ws.partition_point(|r| r.start < x.range.start);
            let w = |k: usize| if k < hi { &text[ws[k].clone()] } else { "" };
            !(lo..hi).any(|k| {
                (matches!(w(k), "بعدما" | "وبعدما") && announce(w(k + 1)))
                    || (w(k) == "بعد" && w(k + 1) == "ان" && announce(w(k + 2)))
            })
        });
        // `وفي وقت سابق، ذكرت وكالة … أن 23 عاملا قتلوا`: a vague past told right before a
        // verb of saying places the report earlier the same news day, not the event it tells.
        let chosen = chosen.filter(|x| {
            !(x.earlier && x.range.end <= trig.start && {
                let next: [&str; 1] = uw.after(text, x.range.end, trig.start);
                announce(next[0])
            })
        });
        let (mut date, mut explicit, mut earlier) = (None, false, false);
        // The date is the day of the statement that tells the event (`stated`), not its own.
        let mut statement_day = false;
        let mut report_after = false;
        // `أعلن المركز اليوم ارتفاع حصيلة الاشتباكات`: a date before `حصيلة` dates the toll
        // report, not the event the toll counts.
        let [trig_prev, _] = before[i];
        let chosen = chosen
            .filter(|x| !(matches!(trig_prev, "حصيله" | "وحصيله") && x.range.end <= trig.start));
        // `اندلعت الاشتباكات ظهر أمس بعد قيام X بالسيطرة على …`, `… بعد قيام X باعتقال Y، وفق
        // ما أفاد مصدر الثلاثاء`: the act that led to the news is dated neither by the time of
        // the news told before it nor by the time of a source's report after it.
        let act = act_before(&prev8[i]);
        let chosen = chosen.filter(|x| {
            !(act
                && ((x.range.end <= trig.start
                    && text
                        .get(x.range.end..trig.start)
                        .is_some_and(|g| words(g).any(|r| g[r].ends_with("قيام"))))
                    || text
                        .get(trig.end..x.range.start)
                        .is_some_and(|g| words(g).any(|r| source_word(&g[r])))))
        });
        // `حيث تقاتل القوات جماعات متطرفة منذ شهور`: a state of months or years, told as
        // context.
        let mut long_since = false;
        let mut since_long = false;
        match chosen {
            Some(x) if x.earlier => {
                earlier = true;
                let t = text.get(x.range.clone()).unwrap_or("");
                long_since = t.starts_with("منذ")
                    && ["اشهر", "شهور", "سنوات", "اعوام", "سنين", "عقود"]
                        .iter()
                        .any(|w| t.ends_with(w));
            }
            Some(x) => {
                // An event still to come takes a yearless day's next occurrence (`لإنجاح
                // انتخابات 24 ديسمبر` in March is this December's).
                date = match x.ahead {
                    Some(a) if e.modality != Modality::Asserted => Some(a),
                    _ => x.date,
                };
                explicit = true;
                statement_day = stated(x);
                report_after = statement_day && x.range.start >= trig.end;
                // `تدور المعارك منذ الأحد`, `تشهدها منذ ثلاثة أيام`: from that day to the
                // publication date.
                if let (Some(d), Some(p)) = (date, doc.date) {
                    // `منذ الأحد`, and `منذ الأحد 13 يوليو` (a weekday before the date).
                    let prev: [&str; 2] = uw.before(text, sent.start, x.range.start);
                    let since = text
                        .get(x.range.clone())
                        .is_some_and(|t| t.starts_with("منذ"))
                        || prev[0] == "منذ"
                        || (prev[1] == "منذ" && dates::weekday_of(prev[0]).is_some());
                    if since && d.precision == Precision::Day && d.end < p {
                        date = Some(RecordDate::new(d.start, p, Precision::Day));
                        // Going on for more than a month (`ضمن عملية عسكرية مستمرة منذ 4
                        // إبريل 2019`): the situation, told as context.
                        since_long = d.start.days() + 31 < p.days();
                    }
                }
            }
            None => {}
        }
        if !explicit && !earlier && cuts.past_perfect(&clause, trig.start) {
            earlier = true;
        }
        // `بعد أسبوع من اعتقال السلطات لأكثر من 5000 مهاجر`: the event the news follows by a
        // period of days or more happened that long before, at no day the text gives.
        if !explicit && cues::after_a_period(&prev8[i]) {
            earlier = true;
        }
        // `توقفت القوات عن هجومها بعد أسر العشرات من جنودها`: an undated event after `بعد`,
        // `عقب`, `إثر` that follows an event of another kind in its sentence (`اندلعت
        // اشتباكات عنيفة في المدينة، إثر احتجاز آمر اللواء`, across the comma too) happened
        // before that one, at no day the text gives (a toll's cause is no such event).
        if !explicit
            && !earlier
            && e.kind != EventKind::Casualties
            && prev8[i][..2]
                .iter()
                .any(|w| matches!(w.strip_prefix('و').unwrap_or(w), "بعد" | "عقب" | "اثر"))
            && kind_trigs
                .iter()
                .any(|(t, k, _)| t.end <= trig.start && *k != e.kind && *k != EventKind::Casualties)
        {
            earlier = true;
        }
        // `يشار إلى أن القوات تمكنت من …`, `يذكر أن …`: a recap of what happened before; `بعد
        // قيام جهاز الردع باحتجاز …`: the act that led to the news. Neither is the day's news:
        // no date rather than a wrong one.
        // (A lone `و` written apart, `و يذكر أن …`, is no first word.)
        let opening: [&str; 2] = uw.after(text, sent.start, sent.end);
        let first = if opening[0] == "و" {
            opening[1]
        } else {
            opening[0]
        };
        if !explicit && !earlier && (recap(first) || act) {
            earlier = true;
        }
        // `وكانت اشتباكات قد اندلعت يوم الأحد`: a flashback, told as before the news.
        // (`قد` within the five words after `كانت`, before or after the trigger.)
        let flashback = matches!(first.strip_prefix('و').unwrap_or(first), "كانت" | "كان")
            && uw.after::<6>(text, sent.start, sent.end).contains(&"قد");
        // `وكانت معارك عنيفة دارت …`, `رغم إعلان الهدنة`, `وتأتي هذه المواجهات عقب اعتقال
        // …`, `في وقت أعلن فيه التنظيم …`: a flashback, a known fact conceded, the context
        // the news is set against (the cues of `data/records/date_cues.tsv`).
        // A time told before a concession or a framing link dates the news, not the event
        // set against it.
        if !earlier {
            if let Some((at, news_before)) =
                dates::framed_earlier(&mut frames, text, uw.words(), &trig)
            {
                if !explicit || (news_before && chosen.is_some_and(|x| x.range.end <= at)) {
                    earlier = true;
                    explicit = false;
                    date = None;
                }
            }
        }
        earlier |= !explicit && (modifier.is_some() || past);
        // `تعرض الدبيبة لمحاولة اغتيال فاشلة`: an attempt told as the day's news happened that
        // day, though the act failed (records.md: an undated event told as the day's news).
        let attempt = e.modality == Modality::Negated
            && prev8[i][..2].iter().any(|w| {
                matches!(
                    w.strip_prefix('و').unwrap_or(w),
                    "محاوله" | "لمحاوله" | "محاولات" | "لمحاولات" | "محاولته" | "محاولتها"
                )
            });
        if !explicit && !earlier && (e.modality == Modality::Asserted || attempt) && !e.background {
            date = doc.date.map(RecordDate::day);
        }
        // The relative clause that describes an event noun (`الهجوم الذي شنه X`) tells its
        // sides.
        let roles_clause = cuts.roles_clause(text, &trig);
        let roles_clause = match relative_after(&roles_clause) {
            Some(rel) if actors.sides_in_relative(text, &rel) => {
                roles_clause.start..rel.end.max(roles_clause.end)
            }
            _ => roles_clause,
        };
        // The sides of a clash or talks told in a clause of their own after it.
        let roles_clause = if roles::bilateral_kind(e.kind) && !actors.between_in(&roles_clause) {
            cuts.sides_after(text, &roles_clause)
                .unwrap_or(roles_clause)
        } else {
            roles_clause
        };
        // `تستمر القذائف والقصف العشوائي لمسلحي حفتر`: event nouns joined by `و` share the
        // genitive (`ل` + the side) after the last of them.
        let roles_trig = if violent(e.kind) {
            let rest = text.get(trig.end..sent.end.max(trig.end)).unwrap_or("");
            // The next four words, as ranges of `rest`.
            let (ws, n) = uw.after_ranges::<4>(text, trig.end, sent.end.max(trig.end));
            let ws = ws.map(|r| r.start.saturating_sub(trig.end)..r.end.saturating_sub(trig.end));
            let ws = &ws[..n];
            let joined = ws
                .first()
                .is_some_and(|r| rest[r.clone()].starts_with("وال"));
            // The joined noun and at most two definite adjectives, then `ل…`.
            let lam = ws
                .iter()
                .enumerate()
                .skip(1)
                .find(|(_, r)| !rest[(*r).clone()].starts_with("ال"))
                .filter(|(k, r)| *k <= 3 && rest[(*r).clone()].starts_with('ل'));
            match (joined, lam) {
                (true, Some((k, _))) => trig.start..trig.end + ws[k - 1].end,
                _ => trig.clone(),
            }
        } else {
            trig.clone()
        };
        let mut roles = roles::roles(
            text,
            &actors,
            roles_trig,
            e.kind,
            doc.gazetteer,
            roles_clause,
            &other_trigs,
        );
        // `إن آمر اللواء فلان قتل مساء أمس`: unvocalized, `قتل` after a named person with no
        // object is the passive (`قُتل`); the person is the one killed.
        if e.kind == EventKind::Casualties && roles.actor2.is_none() {
            let passive_form = matches!(
                bare(text.get(trig.clone()).unwrap_or("")),
                "قتل" | "اغتيل" | "قتلا" | "قتلوا" | "اغتيلا" | "اغتيلوا"
            );
            let person = roles
                .actor1
                .as_ref()
                .and_then(|a| a.id.as_deref())
                .is_some_and(|id| {
                    doc.gazetteer
                        .entity(id)
                        .is_some_and(|x| x.kind == crate::gazetteer::EntityKind::Person)
                });
            let subject_before = actors
                .cands
                .iter()
                .any(|c| c.range.end <= trig.start && c.range.start >= sent.start)
                && !actors
                    .cands
                    .iter()
                    .any(|c| c.range.start >= trig.end && c.range.end <= clause.end);
            if passive_form && person && subject_before {
                roles.actor2 = roles.actor1.take();
            }
        }
        // `انفجرت سيارة أحد قادة الثوار`, `انفجار سيارة تابعة لقوة الردع`: the side named as the
        // owner of what blew up was its target, not who set it off (a car bomb, `سيارة مفخخة`,
        // is the weapon: its driver's side set it off).
        if e.kind == EventKind::Bombing && roles.actor2.is_none() && roles.actor1.is_some() {
            let w = bare(text.get(trig.clone()).unwrap_or(""));
            let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
            let blew_up = matches!(w, "انفجرت" | "انفجر" | "انفجار");
            let next: [&str; 3] = uw.after(text, trig.end, clause.end.max(trig.end));
            let next = &next[..next.iter().take_while(|w| !w.is_empty()).count()];
            let owned = next.first().is_some_and(|o| {
                matches!(
                    o.strip_prefix("ال").unwrap_or(o),
                    "سياره" | "سيارات" | "اليه" | "اليات" | "منزل" | "مقر" | "مركبه"
                )
            }) && !next
                .iter()
                .any(|x| matches!(*x, "مفخخه" | "ملغومه" | "مفخخات" | "مفخختين" | "مفخخه،"));
            if blew_up && owned {
                roles.actor2 = roles.actor1.take();
            }
        }
        // A passive's agent told after the clause, before any other event of the sentence.
        if roles.actor1.is_none() && !roles::bilateral_kind(e.kind) && e.kind != EventKind::Protest
        {
            let k = sorted.partition_point(|t| t.start <= trig.start);
            let to = sorted.get(k).map_or(sent.end, |t| t.start.min(sent.end));
            if let Some(a) = actors.agent_after(text, doc.gazetteer, trig.end, to) {
                if roles.actor2.as_ref() != Some(&a) {
                    roles.actor1 = Some(a);
                }
            }
        }
        let places = Places {
            triggers: &sorted,
            tolls: &toll_trigs,
            sa: &actors,
            sent_start: sent.start,
            words: &uw,
            reads: &place_reads,
        };
        let word = text.get(trig.clone()).map(bare).unwrap_or("");
        // Whether the trigger is a back-reference (`الهجوم`, `الاشتباكات`), looked up once.
        let definite = in_list(BACKREF, word);
        let (location, place_own) = match location(doc, i, &trig, Some(&places), definite) {
            Some((l, rk, own)) => (Some((l, rk)), own),
            None => (None, true),
        };
        let has_place_in_clause = location.is_some()
            && e.locations.iter().any(|r| {
                let n = map.to_normalized(r.start);
                n >= clause.start && n < clause.end
            });
        // `تلك المعارك`, and `أن الاشتباكات امتدت …` in a reporter's words: the event told
        // before.
        let continued = definite && continued(trig_prev);
        // `خروج محطة الكهرباء عن الخدمة نتيجة الاشتباكات`: a definite event noun told as the
        // cause of something else, naming no place of its own after it, is the event told
        // before; the places before it are the consequence's.
        let cause_of = definite
            && violent(e.kind)
            && matches!(
                trig_prev.trim_start_matches('و'),
                "نتيجه" | "جراء" | "بسبب" | "اثر" | "بفعل" | "بسب"
            )
            && !e.locations.iter().any(|r| {
                let n = map.to_normalized(r.start);
                n >= trig.end && n < clause.end
            });
        let anaphor = (definite
            && (cause_of
                || demonstrative(uw.after::<1>(text, trig.end, sent.end.max(trig.end))[0], trig_prev)
                || matches!(trig_prev, "ان" | "بان" | "وان")
                // `ارتفاع عدد قتلى الهجوم إلى 16`: the toll of the event told before.
                || matches!(trig_prev, "قتلي" | "ضحايا" | "حصيله" | "جرحي" | "مصابي")))
            || continued
            || carried_out(e.kind, word, trig_prev)
            // `أعلن التنظيم مسؤوليته عن الهجوم الانتحاري غرب المدينة`: a claim refers back
            // to the attack told before, whatever place its clause names.
            || (violent(e.kind) && cues::claim_in(&prev8[i]));
        let [p0, p1] = before[i];
        let instrument = violent(e.kind)
            && e.kind != EventKind::Offensive
            && text.get(trig.clone()).is_some_and(|w| w.starts_with('ب'))
            && matches!(
                p0.trim_start_matches(['و', 'ف']),
                "هجوم"
                    | "لهجوم"
                    | "بهجوم"
                    | "هجوما"
                    | "الهجوم"
                    | "للهجوم"
                    | "اعتداء"
                    | "لاعتداء"
                    // `اشتباكات بالمدفعية الثقيلة`: the weapons of a clash.
                    | "اشتباكات"
                    | "اشتباك"
                    | "معارك"
                    | "مواجهات"
                    | "الاشتباكات"
                    | "المعارك"
                    | "المواجهات"
            );
        // `هاجم مسلحون مجمعا للجنة في مصراتة، أمس، بالقنابل والقذائف الصاروخية`: the weapons
        // told with `ب` shortly after an attack verb of their sentence (a time aside between
        // or not: about a dozen words, 120 bytes), and a weapon joined to such a one by `و`,
        // are that attack's.
        let attack_before = kind_trigs.iter().any(|(t, k, _)| {
            *k == EventKind::Offensive
                && t.end <= trig.start
                && t.start >= sent.start
                && trig.start - t.end <= 120
        });
        let instrument = instrument
            || (violent(e.kind)
                && e.kind != EventKind::Offensive
                && attack_before
                && text.get(trig.clone()).is_some_and(|w| {
                    w.starts_with('ب')
                        || (w.starts_with('و')
                            && kind_trigs.iter().any(|(t, k, _)| {
                                violent(*k)
                                    && *k != EventKind::Offensive
                                    && t.end < trig.start
                                    && text.get(t.clone()).is_some_and(|p| p.starts_with('ب'))
                                    && text
                                        .get(t.end..trig.start)
                                        .is_some_and(|g| g.trim().is_empty())
                            }))
                }));
        // `أصيب طفل بقذيفة سقطت قرب سيارة أسرته`: the weapon that wounded or killed someone,
        // told right after the toll (`ب` on the trigger, a casualty trigger just before it),
        // is the means of the fight its sentence tells, as the weapon of an attack is.
        let instrument = instrument
            || (violent(e.kind)
                && text.get(trig.clone()).is_some_and(|w| w.starts_with('ب'))
                && kind_trigs.iter().any(|(t, k, _)| {
                    *k == EventKind::Casualties && t.end <= trig.start && trig.start - t.end <= 1
                }));
        // `عمليات الاغتيال`, `عملية اختطاف`: the word for an operation right before another
        // event's trigger is the head of that event's noun, one mention with it, no offensive
        // of its own.
        let head = e.kind == EventKind::Offensive
            && matches!(word, "عمليه" | "عمليات" | "العمليه" | "العمليات")
            && kind_trigs.iter().any(|(t, k, _)| {
                *k != EventKind::Offensive
                    && *k != EventKind::Casualties
                    && t.start > trig.end
                    && t.start - trig.end <= 1
            });
        // `تمت السيطرة على الانفجار`, `السيطرة على الاشتباكات`: control whose object is
        // another event (its trigger right after) contains that event, no capture of ground:
        // one mention with it, as a head is.
        let head = head
            || (e.kind == EventKind::TerritoryControl
                && kind_trigs.iter().any(|(t, k, _)| {
                    !matches!(*k, EventKind::TerritoryControl | EventKind::Casualties)
                        && t.start > trig.end
                        && t.start - trig.end <= 1
                }));
        // `سُمع دوي انفجارات`: the sound of the fighting told before, no event of its own.
        let heard = matches!(p0, "دوي" | "اصوات" | "صوت" | "سماع");
        // `طوقت الأجهزة الأمنية موقع الانفجار`: a cordon of the site of an event told before
        // is part of its aftermath, not a siege.
        let cordon = e.kind == EventKind::Siege && {
            // The site within the next few words (`طوقت الأجهزة الأمنية موقع الانفجار`).
            let next: [&str; 5] = uw.after(text, trig.end, sent.end.max(trig.end));
            next.windows(2)
                .any(|p| matches!(p[0], "موقع" | "مكان" | "محيط") && in_list(BACKREF, bare(p[1])))
        };
        // `ما أدى إلى محاصرة عائلات داخل أحياء سكنية`: people trapped by the fighting told
        // with it, no siege of its own.
        let trapped = e.kind == EventKind::Siege && {
            let [next]: [&str; 1] = uw.after(text, trig.end, sent.end.max(trig.end));
            matches!(
                next,
                "عايلات"
                    | "العايلات"
                    | "العديد"
                    | "المدنيين"
                    | "مدنيين"
                    | "السكان"
                    | "سكان"
                    | "المواطنين"
                    | "مواطنين"
                    | "الاهالي"
                    | "اهالي"
                    | "اسر"
                    | "الاسر"
            )
        };
        // `حتى تهدأ الاشتباكات`: the fighting told before, as the time something else lasts
        // (`حتى` in the two words before);
        // the places of its clause are that other thing's.
        let until = definite
            && before[i]
                .iter()
                .any(|w| matches!(*w, "حتي" | "ريثما" | "لحين"));
        let backref = anaphor
            || until
            || heard
            || trapped
            || cordon
            || (definite && !has_place_in_clause && roles.actor1.is_none());
        let during = definite
            && violent(e.kind)
            && matches!(
                p0,
                "خلال" | "اثناء" | "جراء" | "اثر" | "بسبب" | "وخلال" | "واثناء"
            );
        // `نداءات لوقف القتال فورا والتوصل إلى هدنة`, `دعا إلى إجلاء`: a truce, a meeting or
        // an evacuation called for in the words before it is demanded, not reported (looked
        // for only when the sentence's scan found a stem of calling).
        // (Not an event after `خلال`/`أثناء`: the setting of the call, `ودعت الدول الثلاث في
        // بيان صدر خلال اجتماع عقدوه`, as the events stage reads it.)
        let setting = crate::events::setting_word(p0, p1);
        let called_for = !setting
            && matches!(
                e.kind,
                EventKind::Ceasefire
                    | EventKind::PeaceTalks
                    | EventKind::Meeting
                    | EventKind::Agreement
                    | EventKind::Humanitarian
            )
            && scan.pre & crate::records::tables::pre::DEMAND != 0
            && {
                let prev: [&str; 8] = prev8[i];
                prev.iter().any(|w| {
                    matches!(
                        bare(w),
                        "دعا"
                            | "دعت"
                            | "يدعو"
                            | "تدعو"
                            | "داعيا"
                            | "داعيه"
                            | "طالب"
                            | "طالبت"
                            | "يطالب"
                            | "تطالب"
                            | "مطالبا"
                            | "مطالبه"
                            | "نداء"
                            | "نداءات"
                            | "ناشد"
                            | "ناشدت"
                            | "مناشده"
                            | "مناشدات"
                            | "دعوات"
                            | "دعوه"
                            | "حث"
                            | "حثت"
                    )
                })
            };
        // `طالب المجلس بقيادة … بصفته … جميع الأطراف بالوقف الفوري للاشتباكات`, `منادين
        // بإجراء الانتخابات … ورافضين التحجج بالاستفتاء`, `الوعد … بإجراء تعديل وزاري`: a
        // political step (a truce, talks, a meeting, an agreement, aid, an election, a change
        // of government) that its clause calls for or promises, however far after the call,
        // is the call's content, no report (records.md: demanded, planned).
        let (called_for, promised) = match called_for {
            false if political(e.kind) && !setting => {
                match call_scope(
                    text,
                    uw.words(),
                    sent.start,
                    trig.start,
                    call_memo.unit(&uw),
                ) {
                    Some(Call::Demand) => (true, false),
                    Some(Call::Promise) => (false, true),
                    None => (false, false),
                }
            }
            c => (c, false),
        };
        // `خشية تجدد القتال`, `خوفا من اندلاع المعارك`: feared, not reported.
        let feared = [p0, p1]
            .iter()
            .any(|w| matches!(*w, "خشيه" | "خوفا" | "تحسبا" | "مخافه" | "مخاوف"));
        let old = since_long
            || matches!((date, doc.date), (Some(d), Some(p)) if explicit && d.end.days() + 31 < p.days());
        // `الكتائب التي تسيطر عليه`, `القوات التي تحاصر المدينة`: a state described in a
        // relative clause, not news.
        // (`واللتين يسيطر عليهما الثوار`: the relative joined by `و`.) A place `تحت سيطرة`
        // someone is a state too.
        let state = (matches!(e.kind, EventKind::TerritoryControl | EventKind::Siege)
            && matches!(
                trig_prev.strip_prefix('و').unwrap_or(trig_prev),
                "التي" | "الذي" | "الذين" | "اللتين" | "اللذين"
            )
            && word.starts_with(['ت', 'ي']))
            || (e.kind == EventKind::TerritoryControl
                && under_control(word, &uw.before(text, clause.start, trig.start)))
            // `مطار مدني تسيطر عليه قوات الجيش`, `بلدة يسيطر عليها مسلحون`: a relative clause
            // of an indefinite noun has no relative word, only the pronoun after the verb.
            // `التي كانت تخضع لسيطرة المسلحين`: held before, a state.
            || (e.kind == EventKind::TerritoryControl
                && word.starts_with(['ت', 'ي'])
                && (matches!(
                    uw.after::<1>(text, trig.end, sent.end.max(trig.end))[0],
                    "عليه" | "عليها" | "عليهم" | "عليهما"
                ) || ((word.starts_with("تخضع") || word.starts_with("يخضع"))
                    && matches!(
                        trig_prev.strip_prefix('و').unwrap_or(trig_prev),
                        "كانت" | "كان" | "ظلت" | "ظل"
                    ))))
            // `وكانت تسيطر على القاعدة في السابق`, `ما زالت تسيطر على الحي`: control held
            // before or still held, a state; `خروج اللواء عن السيطرة`: out of control, no
            // capture.
            || (e.kind == EventKind::TerritoryControl
                && (held_control(
                    word,
                    trig_prev,
                    uw.after::<1>(text, trig.end, sent.end.max(trig.end))[0],
                ) || relative_control(word, trig_prev, before[i][1])));
        // `كانوا مختطفين لدى مسلحين`, `ظلوا محتجزين عشرة أيام`, `رهائن كانت تحتجزهم`:
        // captivity told as a state (a participle, or an imperfect verb with its object
        // pronoun, after `كان`, `ظل`) is no abduction or arrest of the day.
        let captive = matches!(e.kind, EventKind::Abduction | EventKind::Arrest)
            && (["مخطوف", "مختطف", "محتجز", "معتقل"]
                .iter()
                .any(|p| word.starts_with(p))
                || (word.starts_with(['ت', 'ي'])
                    && ["هم", "هما", "ها"].iter().any(|p| word.ends_with(p))))
            && matches!(
                trig_prev.strip_prefix('و').unwrap_or(trig_prev),
                "كانوا" | "كانت" | "كان" | "كانا" | "ظلوا" | "ظل" | "ظلت" | "ظلا"
            );
        let state = state || captive;
        // `وتخرق قوات حفتر وقف إطلاق النار`: the verb of violation before its subject.
        // (The eight words of the clause before the trigger: those of the sentence's eight
        // before it that the clause holds.)
        let clause8 = words_from(text, &prev8[i], clause.start, trig.start);
        let violated = e.kind == EventKind::Ceasefire && {
            let prev: [&str; 5] = [clause8[0], clause8[1], clause8[2], clause8[3], clause8[4]];
            prev.iter().any(|w| violation(w))
        };
        // Months of fighting before the news, a visit someone came back from, a hospital
        // receiving the dead, a protest told as the motive of what came before it.
        // (The eight words of the clause before the trigger, read once for both.)
        let clause_prev: [&str; 8] = if e.kind != EventKind::Casualties {
            clause8
        } else {
            [""; 8]
        };
        let past = violent(e.kind) && after_long(&clause_prev);
        // `طوال سنوات الحرب`, `عانت من الحصار والقصف طوال سنوات`, `خلال الأشهر الماضية`: an
        // event told over months or years is a state or a tally, no one event.
        let spanned = e.kind != EventKind::Casualties
            && (over_long(&clause_prev) || {
                let next: [&str; 6] = uw.after(text, trig.end, clause.end.max(trig.end));
                let mut last = "";
                next.iter().take_while(|w| !w.is_empty()).any(|&w| {
                    let hit = span_word(last) && long_plural(w);
                    last = w;
                    hit
                })
            });
        // `وأسفر النزاع عن مقتل المئات وأجبر عشرات الآلاف على النزوح`: the toll or the
        // displacement of a war as a whole is a tally, no one event.
        let tally = matches!(e.kind, EventKind::Casualties | EventKind::Humanitarian)
            && war_tally(&uw.before::<12>(text, sent.start, trig.start));
        let aside = match e.kind {
            EventKind::Meeting => {
                returning(&[prev8[i][0], prev8[i][1], prev8[i][2]])
                    || received_casualties(text, &trig, sent.end)
            }
            EventKind::Protest => {
                word.starts_with("احتجاجا")
                    && kind_trigs.iter().any(|(t, k, _)| {
                        t.end <= trig.start
                            && !matches!(k, EventKind::Protest | EventKind::Casualties)
                    })
            }
            _ => false,
        };
        // `تجددت الاشتباكات رغم اتفاق المصالحة`, `برغم الهدنة المعلنة`, `رغم التوقيع على
        // هدنة`: a truce, talks or an agreement that something happens in spite of is
        // already in place, context of the news (records.md: background).
        // So is one whose terms, carrying out or keeping the clause is about (`العقبات التي
        // حالت دون تنفيذ بنود اتفاق وقف إطلاق النار`, `لتثبيت وقف إطلاق النار`): rec25.
        let despite = matches!(
            e.kind,
            EventKind::Ceasefire | EventKind::Agreement | EventKind::PeaceTalks
        ) && prev8[i][..4]
            .iter()
            .any(|w| in_list(DESPITE, w) || in_list(IN_FORCE, w.strip_prefix('و').unwrap_or(w)));
        let context = old
            || tally
            || despite
            || state
            || past
            || spanned
            || aside
            || violated
            || long_since
            || ctx[i]
            || in_list(ADJECTIVES, word)
            || since_when(text, &sent, &clause);
        // An attempt (`محاولة اغتيال`) is a failed event: no report of it.
        let attempt =
            matches!(bare(trig_prev), "محاوله" | "محاولات") || failed_outcome(e.kind, &prev8[i]);
        // A purpose: `ل` on a verbal noun (`لانتزاعه`, `لاستعادة`, `للسيطرة`, `لتحرير`).
        // Not after `تعرض` (`تعرض العمال للخطف`: they were abducted; its subject may stand
        // between, `تعرض مواطنان إيطاليان للاختطاف`, up to four words).
        // Nor after an exchange (`تبادلا كثيفا للقصف المدفعي`: an exchange of shelling).
        let undergo = |w: &str| {
            matches!(
                w.strip_prefix('و').unwrap_or(w),
                "تعرض"
                    | "تعرضت"
                    | "تعرضوا"
                    | "تعرضا"
                    | "تعرضتا"
                    | "يتعرض"
                    | "تتعرض"
                    | "يتعرضون"
            )
        };
        // (Nor after the verbal noun of carrying out, whose object `ل` marks: `كشف المجلس عن
        // تنفيذ مهاجمي بلدة الفقهاء للهجوم بواسطة 25 آلية`.)
        let carried = |w: &str| {
            matches!(
                w.strip_prefix('و').unwrap_or(w),
                "تنفيذ" | "ارتكاب" | "شن" | "تنفيذهم" | "ارتكابهم" | "شنهم"
            )
        };
        // (Nor after a word of result or of victimhood right before it: `نتيجة للقصف`,
        // `ضحية للهجوم`, `عرضة للقصف`: the cause told, not an aim.)
        let result = |w: &str| {
            matches!(
                w.strip_prefix('و').unwrap_or(w),
                "نتيجه" | "ضحيه" | "ضحايا" | "عرضه" | "تبعا" | "استجابه"
            )
        };
        let suffered = prev8[i][..4].iter().any(|w| undergo(w) || carried(w))
            || result(p0)
            || [p0, p1].iter().any(|w| {
                let w = w.strip_prefix('و').unwrap_or(w);
                ["تبادل", "يتبادل", "تتبادل"]
                    .iter()
                    .any(|x| w.starts_with(x))
            });
        let purpose = (!suffered && {
            let w = text.get(trig.clone()).unwrap_or("");
            let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
            w.chars().count() >= 5
                && !w.ends_with("ات")
                // (`ليهاجم`, `لتزور`: `ل` on an imperfect verb states a purpose too.)
                && ["لا", "لل", "لت", "لي"].iter().any(|p| w.starts_with(p))
                && !w.starts_with("لاي")
        }) || aimed(p0, p1);
        // `أحبطت هجوما لقوات حفتر`, `تمكنت من صد هجوم`: a repelled attack happened (and
        // failed), as ACLED codes it, whatever the negation the sentence reads in it.
        // (The verb right before it, or its subject between: `أحبط حراس المنشآت النفطية
        // هجوما`, up to five words.)
        let repelled = e.kind == EventKind::Offensive
            && e.modality == Modality::Negated
            && prev8[i][..5].iter().any(|w| roles::repel_word(w));
        // `مظاهرة مقررة لاحقا`, `الجولة المرتقبة من المحادثات`, `الاجتماع المزمع عقده`: an
        // event told as scheduled is planned, not reported.
        // (The two words after the trigger, read once for this and `similar`.)
        let next2: [&str; 2] = uw.after(text, trig.end, sent.end.max(trig.end));
        let purpose = purpose || scheduled(next2[0]);
        // `أعلن البنتاغون عن غارة مماثلة`, `كما شن الأفريكوم غارات مماثلة سابقة`: like the
        // event told, so not it.
        let similar = {
            next2.iter().any(|w| {
                matches!(
                    *w,
                    "مماثله"
                        | "مماثل"
                        | "مماثلين"
                        | "مماثلتين"
                        | "مشابهه"
                        | "مشابه"
                        | "مشابهين"
                )
            })
        };
        // A like event with no date of its own is not the day's news: no date rather than a
        // wrong one. A time told before it (`قالت وسائل إعلام اليوم إن طائرات قصفت زوارة بعد
        // أيام من غارات مماثلة على الزاوية`) dates the news it is likened to, not it; only a
        // time after it (`غارات مماثلة الأسبوع الماضي`) is its own.
        let own_time = chosen.is_some_and(|x| {
            x.range.start >= trig.end || time_of_own_clause(&x.range, &trig, &clause, &sent_trigs)
        });
        if similar && (!explicit || !own_time) {
            date = None;
            explicit = false;
            earlier = true;
        }
        // `مركز احتجاز`, `قوة حماية الدستور`: an event word in a body's name.
        // `حررت القوات الخاصة 23 مصريا اختطفتهم ميليشيات`, `بعد أن حررتهم القوات`: people
        // freed (the object a pronoun of people, or an abduction or arrest told in the
        // sentence) is a release, no capture of ground (records.md: no record).
        let freed = e.kind == EventKind::TerritoryControl
            && word.contains("حرر")
            && (word.ends_with("هم")
                || word.ends_with("هما")
                || kind_trigs
                    .iter()
                    .any(|(_, k, _)| matches!(k, EventKind::Abduction | EventKind::Arrest)));
        let named = freed
            || cues::body_name(&prev8[i], text.get(trig.clone()).unwrap_or(""))
            || held_weapon(e.kind, word, &prev8[i])
            || (e.kind == EventKind::Airstrike
                && overhead(
                    word,
                    [p0, p1],
                    &uw.after::<3>(text, trig.end, clause.end.max(trig.end)),
                ));
        out.push(Facts {
            similar,
            // `وفي هجوم آخر`, `غارة ثانية`: another event of the kind.
            another: matches!(next2[0], "اخر" | "اخري" | "ثان" | "ثاني" | "ثانيه")
                && !matches!(next2[1], "من"),
            headline: headline_doc && e.sentence == 0,
            kind: e.kind,
            asserted: (e.modality == Modality::Asserted || repelled)
                && !attempt
                && !purpose
                && !feared
                && !called_for
                && !promised,
            purpose,
            promised,
            continued,
            feared,
            story: false,
            called_for,
            during,
            anaphor,
            context,
            sentence: e.sentence,
            trig,
            date,
            explicit,
            statement_day: statement_day && explicit,
            report_after: report_after && explicit,
            flashback,
            earlier,
            roles,
            location,
            // `توسعت المواجهات لتشمل مناطق …`, `وامتدت الاشتباكات إلى …`: the places the
            // fighting spread to are more of its places, not a more precise one.
            place_own: place_own && !spread(trig_prev),
            instrument,
            munitions: e.kind == EventKind::Shelling
                && matches!(
                    word,
                    "القذايف"
                        | "قذايف"
                        | "القذيفه"
                        | "قذيفه"
                        | "الصواريخ"
                        | "صواريخ"
                        | "الصاروخ"
                ),
            head,
            backref,
            definite,
            named,
            chained: false,
            manner: matches!(e.kind, EventKind::Shelling | EventKind::Airstrike) && manner_word(p0),
            used: used_weapon(e.kind, word, &clause8),
        });
    }
    // The violent events of a sentence framed by a back-reference (`سقطت قذائف على منازل
    // خلال الاشتباكات`) are part of the event it refers to.
    for sentence in out.chunk_by_mut(|a, b| a.sentence == b.sentence) {
        if sentence.iter().any(|f| f.during) {
            for f in sentence.iter_mut().filter(|f| violent(f.kind)) {
                f.backref = true;
            }
        }
    }
    story_day(doc, &mut out, opening_frame(doc));
    out
}

/// `في مثل هذا اليوم، الرابع من مايو 2019، بدأ الهجوم …`: the latest day told in
/// the sentences before the first event's (an anniversary page, a retrospective), with the
/// sentence it is told in; a year or a month is no story's day, nor is a state since a day
/// (`تعيش البلاد فوضى منذ 17 فبراير 2011`). Only those few sentences are read again (most documents have an
/// event in their first sentence).
pub(super) fn opening_frame(doc: &Doc<'_>) -> Option<(RecordDate, usize)> {
    doc.date?;
    let first = doc.events.iter().map(|e| e.sentence).min()?;
    let text = doc.norm.text();
    let mut found: Option<(RecordDate, usize)> = None;
    let mut times = Vec::new();
    for (k, s) in doc.sentences.iter().enumerate().take(first) {
        times.clear();
        dates::find(text, s.clone(), doc.date, &mut times);
        // Not a date inside a name (`سوق الجمعة`, `كتيبة 17 فبراير`).
        let lo = doc.entities.partition_point(|m| m.norm.start < s.start);
        let hi = doc.entities.partition_point(|m| m.norm.start < s.end);
        let mentions = &doc.entities[lo..hi.max(lo)];
        // A day (`منذ 17 فبراير 2011`, `حتى …` are a state up to now, no story's day).
        if let Some(d) = times
            .iter()
            .filter(|x| {
                !x.earlier
                    && !mentions
                        .iter()
                        .any(|m| m.norm.start < x.range.end && x.range.start < m.norm.end)
                    && {
                        let prev: [&str; 1] = words_before(text, s.start, x.range.start);
                        let w = text.get(x.range.clone()).unwrap_or("");
                        !matches!(bare(prev[0]), "منذ" | "حتي")
                            && !w.starts_with("منذ")
                            && !w.starts_with("حتي")
                    }
            })
            .filter_map(|x| x.date)
            .next_back()
            .filter(|d| d.precision == Precision::Day)
        {
            found = Some((d, k));
        }
    }
    found
}

/// `اندلعت اشتباكات أمس بين … وفي تطور آخر سيطرت قوة الردع على مقر …`: news set on one day
/// by an explicit date (`أمس`, `الجمعة`) goes on telling that day's events without repeating
/// it. An undated report after a reported event dated to a single day of the week before
/// publication takes that day (the story's day), not the publication date; a later explicit
/// date (`اليوم`) sets the story's day anew. A flashback (`وكانت القوات قد سيطرت أمس`) sets
/// no story day, and an event told in the present (`وتواصل القوات حصار …`, `يستمر`) is the
/// day's news.
///
/// A story set long before publication (more than a month: an anniversary page, a
/// retrospective) is set by the `opening` day of the sentences before the first event
/// ([`opening_frame`]): the undated events told after it, until a day of the week before
/// publication sets the story anew, are that story's, told as context (background), not the
/// day's news. A mention dated so is
/// marked (`story`): a headline's undated record that the body tells again takes its day.
pub(super) fn story_day(
    doc: &Doc<'_>,
    out: &mut [Facts<'_>],
    opening: Option<(RecordDate, usize)>,
) {
    let Some(pubdate) = doc.date else {
        return;
    };
    let text = doc.norm.text();
    let published = RecordDate::day(pubdate);
    let old = |d: &RecordDate| d.end.days() + 31 < pubdate.days();
    let recent_day = |d: &RecordDate| {
        d.precision == Precision::Day
            && d.start == d.end
            && d.end <= pubdate
            && d.start.days() + 7 >= pubdate.days()
    };
    // The story: its date, the sentence that set it, and the kind of the event that did
    // (none for an opening date).
    let mut story: Option<(RecordDate, usize, Option<EventKind>)> =
        opening.filter(|(d, _)| old(d)).map(|(d, s)| (d, s, None));
    // The words of the sentence read last (from the events stage).
    let mut uw = UnitWords::default();
    let mut uw_of = None;
    for (i, f) in out.iter_mut().enumerate() {
        let Some(e) = doc.events.get(i) else {
            break;
        };
        let sent = doc.sentences.get(e.sentence).cloned().unwrap_or(0..0);
        if f.explicit {
            if let Some(d) = f.date {
                // A day before the news's day told after it for an event of another kind
                // (`قصفت الطائرات الأحد … وبدأ الهجوم مساء السبت …`) recalls the past: it
                // dates its own events, and the undated ones told after it are still the
                // news's day. (The same kind on an earlier day, `اندلعت الاشتباكات ليل
                // الجمعة`, tells the day of the event the news is about.)
                let recalled = story
                    .is_some_and(|(s, _, k)| k.is_some_and(|k| k != f.kind) && d.end < s.start);
                if recent_day(&d)
                    && f.asserted
                    && !f.context
                    && !e.background
                    && !recalled
                    && !earlier_report(text, sent.clone())
                {
                    // (The kind of the event that set the day first stays the story's: a toll
                    // of that day, `مقتل 32 شخصا`, sets no other.)
                    let kind = match story {
                        Some((s, _, Some(k))) if s == d => k,
                        _ => f.kind,
                    };
                    story = Some((d, f.sentence, Some(kind)));
                }
            }
        } else if let (Some((s, ss, sk)), false, Some(d)) = (story, f.earlier, f.date) {
            // Undated: the publication date was taken for it.
            let trig_word = text
                .get(f.trig.clone())
                .and_then(|t| words(t).next().map(|r| &t[r]))
                .unwrap_or("");
            if uw_of != Some(e.sentence) {
                uw.set(text, e.sentence, sent.clone(), doc.words);
                uw_of = Some(e.sentence);
            }
            let prev: [&str; 5] = uw.before(text, sent.start, f.trig.start);
            let now = std::iter::once(trig_word).chain(prev).any(present);
            // The same kind again is the story's event told anew by a source (`وأفادت مصادر
            // بأن مسلحين أطلقوا النار`, `كما أفاد أحد السكان أن القوات هاجمت المدينة`);
            // told by the writer, it may be a new one.
            // `وخرجت في الوقت نفسه مظاهرات`: told at the time of the story's event, of
            // whatever kind.
            let near = || {
                let before: [&str; 6] = uw.before(text, sent.start, f.trig.start);
                let after: [&str; 6] = uw.after(text, f.trig.start, sent.end);
                let mut ws = [""; 12];
                for (k, w) in before.iter().rev().chain(&after).enumerate() {
                    ws[k] = *w;
                }
                ws
            };
            let same_ok = sk != Some(f.kind)
                || attributed(&uw, text, sent.start, f.trig.start)
                || dates::same_time(&near());
            if d == published && f.asserted && !f.context && !now && ss < f.sentence && same_ok {
                f.date = Some(s);
                f.story = true;
                // A story long past is context.
                f.context |= old(&s);
            }
        }
    }
}

/// A source's account: a verb of saying or `بحسب`, `وفق` among the 24 words before `at` in
/// the sentence (`وأفادت مصادر محلية بأن …`, `كما أفاد أحد سكان المدينة أن …`, `وبحسب شهود
/// فإن …`).
pub(super) fn attributed(uw: &UnitWords, text: &str, sent_start: usize, at: usize) -> bool {
    let prev: [&str; 24] = uw.before(text, sent_start, at);
    prev.iter().any(|w| source_word(w))
}

/// A word that attributes what follows to a source: a verb of saying, or `وفق`, `حسب`,
/// `بحسب`, `نقلا` (normalized).
pub(super) fn source_word(w: &str) -> bool {
    say(w) || in_list(BY, w) || w.strip_prefix('و').is_some_and(|v| in_list(BY, v))
}

/// A verb of saying or announcing (normalized, with or without a leading و/ف): [`say`], and
/// `أعلن`, `كشف`, `صرح` (recprec16).
pub(super) fn announce(w: &str) -> bool {
    say(w)
        || matches!(
            w.strip_prefix(['و', 'ف']).unwrap_or(w),
            "اعلن" | "اعلنت" | "اعلنوا" | "كشف" | "كشفت" | "صرح" | "صرحت"
        )
}

/// The start of the first word after the trigger, in its sentence and within eight words,
/// that joins a second act by `و` (`واستهداف`, `وقصف`, `وهجوم`, `واغتيال`, `واختطاف`,
/// `وتفجير`, `وغارات`, `واشتباكات`).
fn second_act_at(text: &str, sent: Option<&Range<usize>>, trig: &Range<usize>) -> Option<usize> {
    let end = sent.map_or(trig.end, |s| s.end.max(trig.end));
    let rest = text.get(trig.end..end)?;
    words(rest).take(8).find_map(|r| {
        matches!(
            &rest[r.clone()],
            "واستهداف"
                | "وقصف"
                | "وهجوم"
                | "واغتيال"
                | "واختطاف"
                | "وتفجير"
                | "وغارات"
                | "وغاره"
                | "واشتباكات"
        )
        .then_some(trig.end + r.start)
    })
}

/// A verb of condemning (normalized, with or without a leading و/ف): `دانت`, `أدان`, `استنكر`,
/// `ندد`, `شجب`.
fn condemn(w: &str) -> bool {
    matches!(
        w.strip_prefix(['و', 'ف']).unwrap_or(w),
        "دان"
            | "دانت"
            | "ادان"
            | "ادانت"
            | "استنكر"
            | "استنكرت"
            | "ندد"
            | "نددت"
            | "شجب"
            | "شجبت"
    )
}

/// A verb of saying (normalized, with or without a leading و/ف).
pub(super) fn say(w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    matches!(
        w,
        "قال"
            | "قالت"
            | "افاد"
            | "افادت"
            | "اكد"
            | "اكدت"
            | "ذكر"
            | "ذكرت"
            | "اوضح"
            | "اوضحت"
            | "اضاف"
            | "اضافت"
            | "اشار"
            | "اشارت"
            | "روي"
            | "روت"
            | "نقل"
            | "نقلت"
    )
}

/// A sentence that recaps what happened before (`يشار إلى أن`, `يذكر أن`, `تجدر الإشارة إلى`),
/// told by its first word.
pub(super) fn recap(first: &str) -> bool {
    matches!(
        first.strip_prefix('و').unwrap_or(first),
        "يشار" | "يذكر" | "تجدر" | "يجدر"
    )
}

/// `بعد قيام جهاز الردع باحتجاز …`, `إثر قيام مجموعة بالرماية`: the act (`قيام X ب…`) after
/// which something else happened, within the six words before the trigger (of `prev8`).
pub(super) fn act_before(prev8: &[&str; 8]) -> bool {
    prev8[..6].windows(2).any(|p| {
        p[0] == "قيام"
            && matches!(
                p[1].strip_prefix('و').unwrap_or(p[1]),
                "بعد" | "اثر" | "عقب"
            )
    })
}

/// A verb of spreading before a back-reference (`توسعت المواجهات`, `وامتدت الاشتباكات`).
pub(super) fn spread(prev: &str) -> bool {
    matches!(
        prev.strip_prefix(['و', 'ف']).unwrap_or(prev),
        "توسعت" | "امتدت" | "اتسعت" | "انتقلت" | "تمددت" | "توسع" | "امتد" | "اتسع"
    )
}

/// A verb in the present (normalized): `يواصل`, `يستمر`, and the feminine forms of going on
/// (`تواصل`, `تتواصل`, `تستمر`, `تشهد`, `تدور`).
pub(super) fn present(w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    (w.starts_with('ي') && w.chars().count() >= 4 && !w.starts_with("يوم"))
        || w.starts_with("تت")
        || w.starts_with("تست")
        || matches!(
            w,
            "تواصل" | "تشهد" | "تدور" | "تخوض" | "تحاصر" | "تسيطر" | "تعاني" | "تقوم"
        )
}

/// A verb of causing whose subject is an event and object its toll (`أودت بحياة`, `أسفرت عن
/// مقتل`, `خلف قتلى`, `أوقع جرحى`), in the normalized spelling.
pub(super) fn causing(w: &str) -> bool {
    matches!(
        w,
        "اسفر"
            | "اسفرت"
            | "ادي"
            | "ادت"
            | "خلف"
            | "خلفت"
            | "اودي"
            | "اودت"
            | "اوقع"
            | "اوقعت"
            | "حصد"
            | "حصدت"
            | "تسبب"
            | "تسببت"
            | "يسفر"
            | "تسفر"
    )
}

/// True when `rest` (the text after a relative pronoun up to a time expression) closes the
/// relative clause with a comma and then tells only a short phrase of place: `في` or a `ب`
/// word first, at most five words (`…، في العاصمة الليبية
/// طرابلس`).
fn place_after_comma(rest: &str) -> bool {
    let Some(c) = rest.rfind([',', '،']) else {
        return false;
    };
    let tail = rest[c..].trim_start_matches([',', '،']);
    let mut ws = words(tail).map(|r| &tail[r]);
    let first = ws.next().unwrap_or("");
    (first == "في" || (first.starts_with('ب') && first.chars().count() > 2)) && ws.count() < 5
}
