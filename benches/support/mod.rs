//! A deterministic generated workspace for the brain benchmarks: 5,000 people and 100,000 ties.
//!
//! Layout (same seed, same workspace): 200 of our staff; one key account of 1,000 people and
//! 19 accounts of 200; in every account a reporting tree (each person reports to person
//! `(i - 1) / 5`), dotted lines and influence ties inside the account (5% hidden), coverage
//! (A and B for the first 400 people of the key account, executive sponsors for its first 10,
//! A for the first 40 of every other account) and personal ties between any two people of the
//! workspace up to 100,000 ties in all. The key account also gets decision roles, attitude and
//! influence for everyone, information channels, interactions and competitor leanings.
//! Everything is written through the public `Db` API (`create_people`, `create_ties` in bulk).

use std::time::Instant;

use symbio::account::NewAccount;
use symbio::assessment::{NewAssessment, NewDecisionRole, Scale};
use symbio::channel::NewChannel;
use symbio::interaction::NewInteraction;
use symbio::person::NewPerson;
use symbio::tie::NewTie;
use symbio::vocabulary::{CoverageRole, DecisionRole, InteractionKind, Level, PersonalTie, Side, TieKind};
use symbio::Db;

pub const PEOPLE: usize = 5_000;
pub const TIES: usize = 100_000;
const STAFF: usize = 200;
const KEY_ACCOUNT_PEOPLE: usize = 1_000;
const OTHER_ACCOUNTS: usize = 19;
const OTHER_ACCOUNT_PEOPLE: usize = 200;

/// SplitMix64: small, seeded, the same numbers on every platform.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, bound: usize) -> usize {
        (self.next_u64() % bound as u64) as usize
    }
}

pub struct Generated {
    pub db: Db,
    pub key_account: i64,
    pub staff: Vec<i64>,
    /// People per account, the key account first.
    pub accounts: Vec<Vec<i64>>,
    _dir: tempfile::TempDir,
}

fn person(account_id: Option<i64>, side: Side, name: String, level: Level) -> NewPerson {
    NewPerson {
        account_id,
        side,
        name,
        title: String::new(),
        org_unit_id: None,
        level,
        email: String::new(),
        phone: String::new(),
        employer_id: None,
    }
}

fn tie(from: i64, to: i64, kind: TieKind, strength: i64) -> NewTie {
    NewTie {
        from_person_id: from,
        to_person_id: to,
        kind,
        personal_kind: (kind == TieKind::Personal).then_some(PersonalTie::ALL[(from + to) as usize % 7]),
        coverage_role: None,
        hidden: false,
        strength: Some(strength),
        note: String::new(),
    }
}

fn cover(owner: i64, contact: i64, role: CoverageRole) -> NewTie {
    NewTie {
        coverage_role: Some(role),
        ..tie(owner, contact, TieKind::Coverage, 4)
    }
}

/// Level by position in an account's tree: the top few are executives.
fn level(i: usize, size: usize) -> Level {
    match i * 1000 / size {
        0..=9 => Level::Executive,
        10..=49 => Level::SeniorManager,
        50..=249 => Level::Manager,
        _ => Level::Staff,
    }
}

/// Strength 1..5 weighted toward the middle: 20%, 25%, 30%, 15%, 10%.
fn strength(rng: &mut Rng) -> i64 {
    match rng.below(100) {
        0..=19 => 1,
        20..=44 => 2,
        45..=74 => 3,
        75..=89 => 4,
        _ => 5,
    }
}

pub fn generate(seed: u64) -> Generated {
    let started = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&dir.path().join("bench.symbio")).unwrap();
    let mut rng = Rng::new(seed);
    let mut sizes = vec![KEY_ACCOUNT_PEOPLE];
    sizes.extend([OTHER_ACCOUNT_PEOPLE; OTHER_ACCOUNTS]);
    let mut inputs: Vec<NewPerson> = (0..STAFF)
        .map(|i| person(None, Side::Ours, format!("Staff {i}"), level(i, STAFF)))
        .collect();
    let mut account_ids = Vec::new();
    for (a, &size) in sizes.iter().enumerate() {
        let account = db.create_account(NewAccount::named(format!("Account {a}"))).unwrap().id;
        account_ids.push(account);
        inputs.extend((0..size).map(|i| person(Some(account), Side::Customer, format!("A{a} P{i}"), level(i, size))));
    }
    assert_eq!(inputs.len(), PEOPLE);
    let ids = db.create_people(&inputs).unwrap();
    let staff = ids[..STAFF].to_vec();
    let mut accounts = Vec::new();
    let mut offset = STAFF;
    for &size in &sizes {
        accounts.push(ids[offset..offset + size].to_vec());
        offset += size;
    }
    let people_done = started.elapsed();

    let mut ties = Vec::with_capacity(TIES);
    for (a, people) in accounts.iter().enumerate() {
        ties.extend((1..people.len()).map(|i| tie(people[i], people[(i - 1) / 5], TieKind::ReportsTo, 4)));
        for _ in 0..people.len() / 8 {
            let (x, y) = (rng.below(people.len()), rng.below(people.len()));
            if x != y {
                ties.push(tie(people[x], people[y], TieKind::DottedLine, 3));
            }
        }
        for _ in 0..people.len() * 2 {
            let (x, y) = (rng.below(people.len()), rng.below(people.len()));
            if x != y {
                let mut t = tie(people[x], people[y], TieKind::Influences, strength(&mut rng));
                t.hidden = rng.below(20) == 0;
                ties.push(t);
            }
        }
        let covered = if a == 0 { 400 } else { 40 };
        for (i, &contact) in people.iter().enumerate().take(covered) {
            let owner = (i * 3 + a * 7) % STAFF;
            ties.push(cover(staff[owner], contact, CoverageRole::A));
            if a == 0 {
                ties.push(cover(staff[(owner + 1) % STAFF], contact, CoverageRole::B));
            }
            if a == 0 && i < 10 {
                ties.push(cover(staff[(i * 3 + 2) % 20], contact, CoverageRole::Sponsor));
            }
        }
    }
    while ties.len() < TIES {
        let (x, y) = (rng.below(PEOPLE), rng.below(PEOPLE));
        if x != y {
            ties.push(tie(ids[x], ids[y], TieKind::Personal, strength(&mut rng)));
        }
    }
    db.create_ties(&ties).unwrap();
    let ties_done = started.elapsed();

    let key = &accounts[0];
    let rivals = [
        db.create_competitor("Rival One").unwrap().id,
        db.create_competitor("Rival Two").unwrap().id,
    ];
    for (i, &p) in key.iter().enumerate() {
        let role = match i {
            0..=4 => Some(DecisionRole::Decider),
            5..=19 => Some(DecisionRole::Approver),
            20..=149 => Some(DecisionRole::Influencer),
            150..=299 => Some(DecisionRole::Buyer),
            _ if i % 10 == 0 => Some(DecisionRole::User),
            _ => None,
        };
        if let Some(role) = role {
            let input = NewDecisionRole {
                person_id: p,
                role,
                opportunity_id: None,
            };
            db.add_decision_role(input).unwrap();
        }
        for (scale, value) in [
            (Scale::Attitude, rng.below(7) as i64 - 3),
            (Scale::Influence, 1 + rng.below(5) as i64),
        ] {
            let input = NewAssessment {
                person_id: p,
                value,
                observed_on: Some("2026-01-15".into()),
                evidence: "Quarterly review".into(),
            };
            db.assess(scale, input).unwrap();
        }
        if i < 400 {
            for c in 0..rng.below(4) {
                let input = NewChannel {
                    person_id: p,
                    source_person_id: None,
                    source: format!("source {c}"),
                    reliability: 3,
                };
                db.create_channel(input).unwrap();
            }
        }
        if i % 10 == 3 {
            db.set_leaning(p, rivals[i % 2], 1 + rng.below(5) as i64).unwrap();
        }
    }
    for n in 0..500 {
        let day = 1 + n % 28;
        let month = 1 + (n / 28) % 12;
        let participants = vec![staff[n % STAFF], key[rng.below(400)], key[rng.below(key.len())]];
        let input = NewInteraction {
            account_id: account_ids[0],
            kind: InteractionKind::Visit,
            occurred_on: format!("2025-{month:02}-{day:02}"),
            place: String::new(),
            notes: String::new(),
            participants,
        };
        db.create_interaction(input).unwrap();
    }
    eprintln!(
        "generated {PEOPLE} people in {:.2?} (create_people), {TIES} ties in {:.2?} (create_ties), \
         key-account details in {:.2?}",
        people_done,
        ties_done - people_done,
        started.elapsed() - ties_done
    );
    Generated {
        db,
        key_account: account_ids[0],
        staff,
        accounts,
        _dir: dir,
    }
}
