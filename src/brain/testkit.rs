//! Test-only fixtures for the brain: small crafted accounts built through the public `Db` API.
//! Entities that have no Rust API yet (channels, interactions, competitors, leanings, key
//! dates, profiles, value scores) are inserted with SQL here, and only here.

use chrono::NaiveDate;
use rusqlite::ToSql;

use crate::account::NewAccount;
use crate::assessment::{NewAssessment, NewDecisionRole, Scale};
use crate::db::Db;
use crate::person::{NewPerson, StatusChange};
use crate::tie::NewTie;
use crate::vocabulary::{CoverageRole, DecisionRole, Level, PersonStatus, PersonalTie, Side, TieKind};

pub struct Kit {
    pub db: Db,
    pub account: i64,
}

pub fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

impl Kit {
    pub fn new() -> Self {
        let db = Db::open_in_memory().unwrap();
        let account = db.create_account(NewAccount::named("Harbor Foods")).unwrap().id;
        Self { db, account }
    }

    pub fn another_account(&self, name: &str) -> i64 {
        self.db.create_account(NewAccount::named(name)).unwrap().id
    }

    fn person(&self, account_id: Option<i64>, side: Side, name: &str, title: &str, level: Level) -> i64 {
        self.db
            .create_person(NewPerson {
                account_id,
                side,
                name: name.into(),
                title: title.into(),
                org_unit_id: None,
                level,
                email: String::new(),
                phone: String::new(),
                employer_id: None,
            })
            .unwrap()
            .id
    }

    pub fn contact(&self, name: &str, level: Level) -> i64 {
        self.person(Some(self.account), Side::Customer, name, "", level)
    }

    pub fn contact_in(&self, account: i64, name: &str, level: Level) -> i64 {
        self.person(Some(account), Side::Customer, name, "", level)
    }

    pub fn titled_contact(&self, name: &str, title: &str, level: Level) -> i64 {
        self.person(Some(self.account), Side::Customer, name, title, level)
    }

    pub fn outsider(&self, name: &str) -> i64 {
        self.person(Some(self.account), Side::ThirdParty, name, "", Level::Executive)
    }

    pub fn staff(&self, name: &str, level: Level) -> i64 {
        self.person(None, Side::Ours, name, "", level)
    }

    pub fn titled_staff(&self, name: &str, title: &str, level: Level) -> i64 {
        self.person(None, Side::Ours, name, title, level)
    }

    pub fn tie(&self, from: i64, to: i64, kind: TieKind, strength: i64) -> i64 {
        self.db
            .create_tie(NewTie {
                from_person_id: from,
                to_person_id: to,
                kind,
                personal_kind: (kind == TieKind::Personal).then_some(PersonalTie::Friend),
                coverage_role: (kind == TieKind::Coverage).then_some(CoverageRole::A),
                hidden: false,
                strength: Some(strength),
                note: String::new(),
            })
            .unwrap()
            .id
    }

    pub fn friends(&self, a: i64, b: i64, strength: i64) -> i64 {
        self.tie(a, b, TieKind::Personal, strength)
    }

    pub fn reports_to(&self, person: i64, manager: i64) {
        self.tie(person, manager, TieKind::ReportsTo, 4);
    }

    pub fn influences(&self, from: i64, to: i64, strength: i64, hidden: bool) {
        self.db
            .create_tie(NewTie {
                from_person_id: from,
                to_person_id: to,
                kind: TieKind::Influences,
                personal_kind: None,
                coverage_role: None,
                hidden,
                strength: Some(strength),
                note: String::new(),
            })
            .unwrap();
    }

    pub fn cover(&self, owner: i64, contact: i64, role: CoverageRole) {
        self.db
            .create_tie(NewTie {
                from_person_id: owner,
                to_person_id: contact,
                kind: TieKind::Coverage,
                personal_kind: None,
                coverage_role: Some(role),
                hidden: false,
                strength: Some(4),
                note: String::new(),
            })
            .unwrap();
    }

    fn assess(&self, scale: Scale, person: i64, value: i64) {
        self.db
            .assess(
                scale,
                NewAssessment {
                    person_id: person,
                    value,
                    observed_on: Some("2026-01-10".into()),
                    evidence: "Seen in the steering meeting".into(),
                },
            )
            .unwrap();
    }

    pub fn attitude(&self, person: i64, value: i64) {
        self.assess(Scale::Attitude, person, value);
    }

    pub fn influence(&self, person: i64, value: i64) {
        self.assess(Scale::Influence, person, value);
    }

    pub fn role(&self, person: i64, role: DecisionRole) {
        self.role_in(person, role, None);
    }

    pub fn role_in(&self, person: i64, role: DecisionRole, opportunity_id: Option<i64>) {
        self.db
            .add_decision_role(NewDecisionRole {
                person_id: person,
                role,
                opportunity_id,
            })
            .unwrap();
    }

    pub fn set_status(&self, person: i64, status: PersonStatus) {
        self.db
            .set_person_status(
                person,
                StatusChange {
                    status,
                    on: "2026-02-01".into(),
                },
            )
            .unwrap();
    }

    /// Runs one SQL statement for entities without a Rust API yet; returns the new row id.
    pub fn sql(&self, sql: &str, params: &[&dyn ToSql]) -> i64 {
        let conn = self.db.lock_conn();
        conn.execute(sql, params).unwrap();
        conn.last_insert_rowid()
    }

    pub fn channel(&self, person: i64, source: &str) {
        self.sql(
            "INSERT INTO information_channel (person_id, source, reliability) VALUES (?1, ?2, 3)",
            &[&person, &source],
        );
    }

    pub fn channel_via(&self, person: i64, source_person: i64) {
        self.sql(
            "INSERT INTO information_channel (person_id, source_person_id, reliability) VALUES (?1, ?2, 3)",
            &[&person, &source_person],
        );
    }

    pub fn met(&self, on: &str, people: &[i64]) {
        let interaction = self.sql(
            "INSERT INTO interaction (account_id, kind, occurred_on) VALUES (?1, 'visit', ?2)",
            &[&self.account, &on],
        );
        for person in people {
            self.sql(
                "INSERT INTO interaction_participant (interaction_id, person_id) VALUES (?1, ?2)",
                &[&interaction, person],
            );
        }
    }

    pub fn competitor(&self, name: &str) -> i64 {
        self.sql("INSERT INTO competitor (name) VALUES (?1)", &[&name])
    }

    pub fn leans(&self, person: i64, competitor: i64, strength: i64) {
        self.sql(
            "INSERT INTO competitor_leaning (person_id, competitor_id, strength) VALUES (?1, ?2, ?3)",
            &[&person, &competitor, &strength],
        );
    }

    pub fn opportunity(&self, name: &str) -> i64 {
        self.sql(
            "INSERT INTO opportunity (account_id, name) VALUES (?1, ?2)",
            &[&self.account, &name],
        )
    }

    pub fn set_tier(&self, tier: &str) {
        self.sql("UPDATE account SET tier = ?1 WHERE id = ?2", &[&tier, &self.account]);
    }

    /// Covers `contact` with an A and a B owner, two channels, a supporter attitude and a recent visit.
    pub fn fully_covered(&self, contact: i64, a: i64, b: i64, met_on: &str) {
        self.cover(a, contact, CoverageRole::A);
        self.cover(b, contact, CoverageRole::B);
        self.channel(contact, "their assistant");
        self.channel(contact, "industry association");
        self.attitude(contact, 2);
        self.met(met_on, &[contact, a]);
    }
}
