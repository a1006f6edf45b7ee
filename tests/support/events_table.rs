//! The table runner of the event class tests (`real_news_classes*.rs`): each case names a
//! sentence, an event kind and the modality a reported (non-background) event of that kind
//! must have, or `None` when none may be reported.

use libya_nlp::{Analyzer, EventKind, Modality};

/// (name, sentence, kind, Some(modality): a reported event of the kind has it; None: the kind
/// is not reported.)
#[allow(dead_code)] // not every table of the series uses it
pub type Case = (&'static str, &'static str, EventKind, Option<Modality>);

/// Runs a table: `Some(m)` wants a reported event of the kind with modality `m` (`every`:
/// every reported event of the kind has it), `None` wants none reported.
#[allow(dead_code)]
pub fn check(cases: &[Case], every: bool) {
    let analyzer = Analyzer::new();
    let mut failures = Vec::new();
    for &(name, text, kind, want) in cases {
        let events = analyzer.analyze(text).events;
        let got: Vec<_> = events
            .iter()
            .filter(|e| e.kind == kind && !e.background)
            .map(|e| e.modality)
            .collect();
        let ok = match want {
            Some(m) if every => !got.is_empty() && got.iter().all(|&g| g == m),
            Some(m) => got.contains(&m),
            None => got.is_empty(),
        };
        if !ok {
            failures.push(format!(
                "{name}: {kind:?} want {want:?}, got {got:?} in {text}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (name, sentence, kind, reported): whether an asserted, non-background event of the kind
/// must be found (the AGSR tables: a report, not a mention).
#[allow(dead_code)] // the tables of the series that check reports alone
pub type Reported = (&'static str, &'static str, EventKind, bool);

/// Runs a table of [`Reported`] cases.
#[allow(dead_code)]
pub fn check_reported(cases: &[Reported]) {
    let analyzer = Analyzer::new();
    let mut failures = Vec::new();
    for &(name, text, kind, reported) in cases {
        let events = analyzer.analyze(text).events;
        let got = events
            .iter()
            .any(|e| e.kind == kind && e.modality == Modality::Asserted && !e.background);
        if got != reported {
            let all: Vec<_> = events
                .iter()
                .map(|e| (e.kind, e.modality, e.background, e.trigger.text.clone()))
                .collect();
            failures.push(format!(
                "{name}: {kind:?} reported want {reported}, got {got}: {all:?} in {text}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
