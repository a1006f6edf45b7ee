//! Coverage of the bundled gazetteer by class, twelfth round (issue 11): categories filled as a
//! whole from what is sure, rather than the names one dev set showed. The foreign coalitions of
//! each period (the 2011 coalition and, from September 2014, the coalition against the Islamic
//! State, which share `التحالف الدولي` by date), the presidencies of the states active in Libya,
//! the military prosecution, officials and spokesmen of each period, the committees of the
//! transitions, the naval bases of the coastal cities, Libyan television and the military police.
//! Each class has sentences written for this test in news style (invented, not taken from any
//! page or gold set), labelled before the crate was run on them, with near misses that must stay
//! empty. Each case names the set of entity ids a reader expects, in any order.

#[path = "support/gazetteer_table.rs"]
mod gazetteer_table;
use gazetteer_table::check;

#[test]
fn coalitions_of_each_period() {
    check(&[
        (
            "the 2011 coalition's forces, dated inside the campaign",
            "وواصلت قوات التحالف غاراتها على مواقع الكتائب غرب المدينة",
            Some("2011-03-25"),
            &["coalition_2011"],
        ),
        (
            "near miss: coalition forces, undated (also Iraq's)",
            "وقالت قوات التحالف إنها قتلت خمسة مسلحين في الأنبار",
            None,
            &[],
        ),
        (
            "the 2011 coalition, undated, by its international name",
            "وقصفت طائرات التحالف الدولي تجمعات الكتائب قرب أجدابيا",
            None,
            &["coalition_2011", "ajdabiya"],
        ),
        (
            "near miss: the bare short name is also Yemen's coalition",
            "ودمرت طائرات التحالف عشر آليات قرب صنعاء",
            None,
            &[],
        ),
        (
            "the 2011 coalition, dated inside its period",
            "وقالت مصادر إن التحالف الدولي كثف طلعاته الجوية",
            Some("2011-04-02"),
            &["coalition_2011"],
        ),
        (
            "the coalition against the Islamic State in 2016",
            "وقال مسؤول إن التحالف الدولي يتابع المعارك في المدينة",
            Some("2016-07-20"),
            &["global_coalition_against_isis"],
        ),
        (
            "the coalition against the Islamic State by its full name",
            "واجتمع وزراء التحالف الدولي ضد داعش في روما",
            None,
            &["global_coalition_against_isis", "rome"],
        ),
        (
            "nobody between the two periods",
            "ورحب التحالف الدولي بالانتخابات",
            Some("2012-07-08"),
            &[],
        ),
        (
            "near miss: the Arab coalition in Yemen",
            "وشنت طائرات التحالف العربي غارات جديدة",
            None,
            &[],
        ),
        (
            "near miss: an alliance of parties",
            "وأعلن التحالف مقاطعة الجلسة",
            None,
            &[],
        ),
    ]);
}

#[test]
fn presidencies_of_foreign_states() {
    check(&[
        (
            "the Turkish presidency",
            "وأعلنت الرئاسة التركية أن الرئيسين بحثا وقف إطلاق النار",
            None,
            &["turkish_presidency"],
        ),
        (
            "the Egyptian and Algerian presidencies",
            "ورحبت الرئاسة المصرية والرئاسة الجزائرية بالاتفاق",
            None,
            &["egyptian_presidency", "algerian_presidency"],
        ),
        (
            "the French presidency is the Elysee",
            "وقالت الرئاسة الفرنسية إن اللقاء سيعقد الشهر المقبل",
            None,
            &["elysee"],
        ),
    ]);
}

#[test]
fn military_justice_and_police() {
    check(&[
        (
            "the military prosecutor as a body",
            "وأصدر المدعي العام العسكري أوامر بضبط وإحضار عدد من الضباط",
            None,
            &["military_prosecution"],
        ),
        (
            "the military police",
            "وتسلمت الشرطة العسكرية المبنى بعد انسحاب المسلحين",
            None,
            &["military_police"],
        ),
        (
            "near miss: another country's military prosecution",
            "وأحالت النيابة العسكرية المصرية القضية إلى المحكمة",
            None,
            &[],
        ),
        (
            "near miss: another country's military police",
            "وانتشرت الشرطة العسكرية الروسية على الطريق",
            None,
            &[],
        ),
    ]);
}

#[test]
fn officials_and_spokesmen_of_each_period() {
    check(&[
        (
            "the NTC's spokesman in 2011",
            "وقال جلال الجلال المتحدث باسم المجلس الوطني الانتقالي إن الثوار تقدموا",
            None,
            &["jalal_gallal", "national_transitional_council"],
        ),
        (
            "the General Staff's spokesman, then his surname",
            "وأكد علي الشيخي أن الجيش لن يتدخل، وأضاف الشيخي أن الوحدات في ثكناتها",
            None,
            &["ali_sheikhi"],
        ),
        (
            "the first head of the elections commission",
            "وتفقد نوري العبار مراكز الاقتراع في العاصمة",
            None,
            &["nouri_abbar"],
        ),
        (
            "the head of Tripoli's local council",
            "وقال السادات البدري إن المجلس سيلتزم الحياد",
            None,
            &["sadat_badri"],
        ),
        (
            "the LNA's naval chief of staff",
            "وحذر اللواء فرج المهدوي من اقتراب أي سفينة من الساحل",
            None,
            &["faraj_mahdawi"],
        ),
        (
            "a member of the High Council of State",
            "وقالت نعيمة الحامي إن الجلسة ستعقد عند اكتمال النصاب",
            None,
            &["naima_hami"],
        ),
        (
            "near miss: the surname alone with no cue",
            "وهذا الشيخي الأصيل من الطراز القديم",
            None,
            &[],
        ),
    ]);
}

#[test]
fn committees_and_bodies_of_the_transitions() {
    check(&[
        (
            "the Presidential Council's security committee",
            "وقالت لجنة الترتيبات الأمنية إنها تواصلت مع التشكيلات المسلحة في العاصمة",
            None,
            &["security_arrangements_committee"],
        ),
        (
            "the House's defence committee, with its house",
            "وطالبت لجنة الدفاع والأمن القومي بمجلس النواب بتوحيد المؤسسة العسكرية",
            None,
            &["hor_defence_committee", "house_of_representatives"],
        ),
        (
            "near miss: Egypt's committee of the same name",
            "وناقشت لجنة الدفاع والأمن القومي بمجلس النواب المصري الوضع على الحدود",
            None,
            &["egyptian_parliament"],
        ),
        (
            "the February 17 coalition of Benghazi",
            "ودعا ائتلاف 17 فبراير إلى التظاهر أمام المحكمة",
            None,
            &["feb17_coalition"],
        ),
        (
            "the political isolation groups of 2013",
            "وواصلت تنسيقية العزل السياسي حصار الوزارة",
            None,
            &["political_isolation_coordination"],
        ),
    ]);
}

#[test]
fn naval_bases_and_television() {
    check(&[
        (
            // Convention (nested17, data/README.md "A town inside a place's name"): the town
            // is the place's address, not a mention of its own; the place is the mention,
            // and records still place events there (tests/nested17.rs).
            "Tripoli's naval base by its city",
            "ووصلت السفينة إلى قاعدة طرابلس البحرية صباح اليوم",
            None,
            &["abu_sittah_naval_base"],
        ),
        (
            // Convention (nested17, data/README.md "A town inside a place's name"): the town
            // is the place's address, not a mention of its own; the place is the mention,
            // and records still place events there (tests/nested17.rs).
            "Benghazi's naval base",
            "وانضمت زوارق جديدة إلى القاعدة البحرية ببنغازي",
            None,
            &["benghazi_naval_base"],
        ),
        (
            "the House's television channel",
            "وقال في تصريح لقناة ليبيا الرسمية إن الحوار مستمر",
            None,
            &["libya_alrasmiya_tv", "libya"],
        ),
    ]);
}

#[test]
fn spokesmen_of_each_institution() {
    check(&[
        (
            "the Gaddafi-era army spokesman",
            "وزعم العميد ميلاد الفقهي أن القوات تسيطر على الطريق الساحلي",
            None,
            &["milad_fuqhi"],
        ),
        (
            "the GNC's spokesman with his institution",
            "وأوضح عمر حميدان المتحدث باسم المؤتمر الوطني العام أن التصويت أرجئ",
            None,
            &["omar_hmeidan", "general_national_congress"],
        ),
        (
            "the House's first spokesman, then his surname",
            "وقال فرج بوهاشم إن النصاب لم يكتمل، وأضاف بوهاشم أن الجلسة رفعت",
            None,
            &["faraj_buhashem"],
        ),
        (
            "the Presidential Council's spokeswoman",
            "وأعلنت نجوى وهيبة أن رئيس المجلس الرئاسي سيزور الجنوب",
            None,
            &["najwa_wheba", "presidential_council"],
        ),
        (
            "the Deterrence Force's spokesman",
            "ونفى أحمد بن سالم فرار أي سجين من مقر قوة الردع الخاصة",
            None,
            &["ahmed_bin_salem", "rada"],
        ),
        (
            "the Red Crescent's spokesman, short spelling",
            "وقال توفيق شكري إن فرق الهلال الأحمر الليبي انتشلت جثثا جديدة",
            None,
            &["tawfiq_shukri", "libyan_red_crescent"],
        ),
        (
            "the emergency centre's spokesman, then his surname",
            "وأكد مالك مرسيط وصول سيارات الإسعاف، وأوضح مرسيط أن الطرق مغلقة",
            None,
            &["malek_merset"],
        ),
        (
            "an NTC member of 2011",
            "والتقى فتحي باجا وفدا من الدبلوماسيين في بنغازي",
            None,
            &["fathi_baja", "benghazi"],
        ),
    ]);
}

#[test]
fn venues_abroad_and_presidential_palaces() {
    check(&[
        (
            // Convention (nested17, data/README.md "A town inside a place's name"): the town
            // is the place's address, not a mention of its own; the place is the mention,
            // and records still place events there (tests/nested17.rs).
            "the UN palace in Geneva with its city",
            "واستؤنفت محادثات اللجنة العسكرية في قصر الأمم بجنيف",
            None,
            &["palais_des_nations_geneva"],
        ),
        (
            "the 2017 meeting near Paris",
            "وجمع اللقاء في لا سيل سان كلو رئيس المجلس الرئاسي وقائد الجيش",
            None,
            &["la_celle_saint_cloud", "presidential_council"],
        ),
        (
            "the 2020 dialogue forum's venue",
            "واختتمت الجولة الأولى من الحوار في قمرت دون اتفاق",
            None,
            &["gammarth"],
        ),
        (
            "the Tunisian presidency by its palace",
            "وأفاد بيان صادر عن قصر قرطاج بأن الرئيس استقبل الوفد",
            None,
            &["tunisian_presidency"],
        ),
        (
            "near miss: a palace of nations with no city",
            "وعقد المؤتمر في قصر الأمم وسط حضور كبير",
            None,
            &[],
        ),
        (
            "a Zawiya area on the coastal road",
            "وأغلق الطريق الساحلي بين أولاد صقر والحرشة بسبب الاشتباكات",
            None,
            &["awlad_saqr_zawiya", "al_harsha"],
        ),
    ]);
}

#[test]
fn tajoura_groups_and_areas() {
    check(&[
        (
            "a Tajoura battalion with its town inside",
            "واندلعت اشتباكات بين كتيبة الضمان وكتيبة أسود تاجوراء فجر اليوم",
            None,
            &["daman_brigade", "lions_of_tajoura", "tajoura"],
        ),
        (
            "an area south-east of Tripoli, short form",
            "وسمع دوي انفجارات قرب بئر الأسطى ليلة أمس",
            None,
            &["bir_al_usta_milad"],
        ),
    ]);
}

#[test]
fn coast_guard_units_of_coastal_towns() {
    check(&[
        (
            "Zuwara's coast guard with its town inside",
            "وأنقذ حرس السواحل زوارة أربعين مهاجرا قبالة المدينة",
            None,
            &["zuwara_coast_guard", "zuwara"],
        ),
        (
            "Zawiya's coast guard with a preposition",
            "واعترض خفر السواحل بالزاوية قاربا يقل مهاجرين",
            None,
            &["zawiya_coast_guard", "zawiya"],
        ),
        (
            "the national coast guard stays itself",
            "وقال خفر السواحل الليبي إنه أعاد المهاجرين إلى الشاطئ",
            None,
            &["libyan_coast_guard"],
        ),
    ]);
}

#[test]
fn benghazi_security_rooms_of_each_period() {
    check(&[
        (
            "the 2013 joint room",
            "وأعلنت الغرفة الأمنية المشتركة لتأمين مدينة بنغازي انتشار الوحدات في الشوارع",
            None,
            &["benghazi_joint_security_room", "benghazi"],
        ),
        (
            "the General Command's room",
            "وعقدت الغرفة الأمنية لمنطقة بنغازي الكبرى اجتماعا برئاسة رئيس الأركان",
            None,
            &["greater_benghazi_security_room", "benghazi"],
        ),
    ]);
}

/// A person's name right after the head noun of a place, without the article, names the place
/// after the person (`حي المقريف`); with the article the noun can be the object of a verb whose
/// subject the person is, so the person stays.
#[test]
fn places_named_after_people() {
    check(&[
        (
            "a district named after a family",
            "وسقطت قذيفة على حي المقريف في بنغازي",
            None,
            &["benghazi"],
        ),
        (
            "the same with a preposition on the head noun",
            "وسقطت قذيفة بحي المقريف مساء أمس",
            None,
            &[],
        ),
        (
            "a full name after the head noun: its shorter names are blocked too",
            "وسقطت قذيفة على حي محمد المنفور مساء أمس",
            None,
            &[],
        ),
        (
            "near miss: the full name as the subject",
            "وقال محمد المنفور إن القوات تقدمت",
            None,
            &["mohamed_manfour"],
        ),
        (
            "near miss: the definite noun, object of a verb before its subject",
            "وزار المستشفى المقريف صباح أمس",
            None,
            &["mohamed_magariaf"],
        ),
        (
            "near miss: the person as the subject",
            "وقال المقريف إن المؤتمر سيجتمع الأسبوع المقبل",
            None,
            &["mohamed_magariaf"],
        ),
    ]);
}
