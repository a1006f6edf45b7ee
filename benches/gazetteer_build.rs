//! Gazetteer build time against the number of entities: it should grow linearly.
//!
//! ```text
//! cargo bench --bench gazetteer_build
//! GAZ_MAX=200000 GAZ_REPS=5 cargo bench --bench gazetteer_build
//! ```
//!
//! The entities are synthetic: the bundled gazetteer plus N made-up people, places and groups
//! with two- and three-word Arabic names and an alias each (deterministic), so the automaton
//! sees many distinct name forms sharing prefixes, as a large real gazetteer does.
use libya_nlp::gazetteer::{Entity, EntityKind};
use libya_nlp::Gazetteer;
use std::time::{Duration, Instant};

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const LETTERS: &[char] = &[
    'ا', 'ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ع', 'غ',
    'ف', 'ق', 'ك', 'ل', 'م', 'ن', 'ه', 'و', 'ي',
];

fn word(rng: &mut Rng) -> String {
    let len = 3 + rng.below(5);
    (0..len)
        .map(|_| LETTERS[rng.below(LETTERS.len())])
        .collect()
}

fn entities(n: usize) -> Vec<Entity> {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let kinds = [
        (EntityKind::Person, "person"),
        (EntityKind::Location, "town"),
        (EntityKind::Organization, "armed_group"),
    ];
    // Strict loading refuses a name two entities share: draw again on a collision.
    // Compared as the gazetteer compares them: `search`-normalized.
    let norm = libya_nlp::Normalizer::search();
    let key = |s: &str| norm.normalize(s).into_owned();
    let mut used = std::collections::HashSet::new();
    for e in Gazetteer::libya().entities() {
        used.insert(key(&e.arabic));
        for a in &e.aliases {
            let a = key(a.split('@').next().unwrap_or(a));
            used.insert(a.strip_prefix("ال").unwrap_or(&a).to_string());
            used.insert(a);
        }
    }
    (0..n)
        .map(|i| {
            let (kind, category) = kinds[i % 3];
            let name: Vec<String> = loop {
                let words = 2 + rng.below(2);
                let name: Vec<String> = (0..words).map(|_| word(&mut rng)).collect();
                let (full, alias) = (key(&name.join(" ")), key(&format!("ال{}", name[0])));
                let bare = key(&name[0]);
                if !used.contains(&full) && !used.contains(&alias) && !used.contains(&bare) {
                    used.extend([full, alias, bare]);
                    break name;
                }
            };
            let mut e = Entity::new(
                &format!("synthetic_{i}"),
                kind,
                category,
                &format!("Synthetic {i}"),
                &name.join(" "),
            );
            e.aliases.push(format!("ال{}", name[0]));
            e
        })
        .collect()
}

fn build(extra: &[Entity]) -> (Duration, usize) {
    let mut b = Gazetteer::builder_libya();
    for e in extra {
        b = b.entity(e.clone());
    }
    let t = Instant::now();
    let g = b.build().unwrap();
    let el = t.elapsed();
    (el, g.entities().len())
}

/// True unless run by `cargo bench` (which passes `--bench`): `cargo test --all-targets` runs
/// benches as tests, in debug mode, where one small build is enough.
fn quick() -> bool {
    !std::env::args().any(|a| a == "--bench")
}

fn main() {
    if quick() {
        println!("test mode (run without --bench): one small build, the figures mean nothing");
        let (_, total) = build(&entities(500));
        assert!(total >= 500);
        return;
    }
    let max: usize = std::env::var("GAZ_MAX")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    // Best of GAZ_REPS builds (default 3): the machine is shared and noisy.
    let reps: usize = std::env::var("GAZ_REPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3)
        .max(1);
    println!(
        "{:>9} {:>10} {:>14}",
        "entities", "build ms", "us per entity"
    );
    let mut n = 12_500;
    let mut prev: Option<f64> = None;
    while n <= max {
        let extra = entities(n);
        let (t, total) = (0..reps)
            .map(|_| build(&extra))
            .min_by_key(|(t, _)| *t)
            .unwrap();
        let ms = t.as_secs_f64() * 1e3;
        println!(
            "{total:>9} {ms:>10.1} {:>14.2}{}",
            ms * 1e3 / total as f64,
            prev.map_or(String::new(), |p| format!(
                "   x{:.2} for x2 entities",
                ms / p
            ))
        );
        prev = Some(ms);
        n *= 2;
    }
}
