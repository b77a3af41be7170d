//! Shared setup of the team tests: two accounts, our staff, customer contacts, an outsider.

use crate::account::NewAccount;
use crate::error::{Error, ErrorKind};
use crate::person::NewPerson;
use crate::team::member::{NewTeamMember, TeamMemberUpdate};
use crate::team::partner::{NewTeamPartner, TeamPartnerUpdate};
use crate::team::{PartnerService, TeamFunction, TeamLocation, ValueChainArea};
use crate::vocabulary::{Level, Side};
use crate::Db;

pub struct Kit {
    pub db: Db,
    pub account: i64,
    pub other: i64,
    /// Our staff.
    pub elena: i64,
    pub jiang: i64,
    pub priya: i64,
    /// Customer contacts of `account`.
    pub feng: i64,
    pub zhou: i64,
    pub owen: i64,
    /// A customer contact of `other`.
    pub stranger: i64,
    /// A third-party person on `account`'s map.
    pub adviser: i64,
}

fn person(db: &Db, account: Option<i64>, side: Side, name: &str) -> i64 {
    db.create_person(NewPerson::new(account, side, name, Level::Manager))
        .unwrap()
        .id
}

pub fn kit() -> Kit {
    let db = Db::open_in_memory().unwrap();
    let account = |name: &str| db.create_account(NewAccount::named(name)).unwrap().id;
    let (account, other) = (account("Harbor Foods"), account("Other Co"));
    Kit {
        elena: person(&db, None, Side::Ours, "Elena Marsh"),
        jiang: person(&db, None, Side::Ours, "Jiang Hao"),
        priya: person(&db, None, Side::Ours, "Priya Raman"),
        feng: person(&db, Some(account), Side::Customer, "Feng Shuang"),
        zhou: person(&db, Some(account), Side::Customer, "Zhou Tianyi"),
        owen: person(&db, Some(account), Side::Customer, "Owen Prichard"),
        stranger: person(&db, Some(other), Side::Customer, "Stranger"),
        adviser: person(&db, Some(account), Side::ThirdParty, "Dr. Whitcombe"),
        db,
        account,
        other,
    }
}

pub fn details(function: TeamFunction) -> TeamMemberUpdate {
    TeamMemberUpdate {
        team_role: String::new(),
        function,
        location: TeamLocation::Remote,
        allocation_percent: 100.0,
        start_on: "2026-01-01".into(),
        end_on: None,
        reports_to_manager_id: None,
        customer_lead_id: None,
        value_chain: Vec::new(),
    }
}

pub fn member(account_id: i64, person_id: i64, function: TeamFunction) -> NewTeamMember {
    NewTeamMember {
        account_id,
        person_id,
        details: details(function),
    }
}

pub fn partner_details(firm: &str, fee: f64, share: f64) -> TeamPartnerUpdate {
    TeamPartnerUpdate {
        firm: firm.into(),
        service: PartnerService::Consulting,
        fee,
        currency: None,
        our_share_percent: share,
        start_on: "2026-01-01".into(),
        end_on: None,
        notes: String::new(),
        value_chain: vec![ValueChainArea::Marketing],
    }
}

pub fn partner(account_id: i64, firm: &str, fee: f64, share: f64) -> NewTeamPartner {
    NewTeamPartner {
        account_id,
        details: partner_details(firm, fee, share),
    }
}

impl Kit {
    /// Adds Elena as the team's account manager; returns the member id.
    pub fn with_manager(&self) -> i64 {
        self.db
            .create_team_member(member(self.account, self.elena, TeamFunction::AccountManager))
            .unwrap()
            .id
    }

    /// Every row of the team tables and the journal, to prove a failed call wrote nothing.
    pub fn snapshot(&self) -> Vec<String> {
        self.db
            .read(|conn| {
                let mut out = Vec::new();
                for table in [
                    "team_member",
                    "team_member_value_chain",
                    "team_partner",
                    "team_partner_value_chain",
                    "journal_action",
                    "journal_batch",
                ] {
                    let mut stmt = conn.prepare(&format!("SELECT * FROM {table} ORDER BY id"))?;
                    let width = stmt.column_count();
                    let rows = stmt.query_map([], |row| {
                        let values: Vec<rusqlite::types::Value> =
                            (0..width).map(|i| row.get(i)).collect::<rusqlite::Result<_>>()?;
                        Ok(format!("{table} {values:?}"))
                    })?;
                    for row in rows {
                        out.push(row?);
                    }
                }
                Ok(out)
            })
            .unwrap()
    }

    /// Asserts `result` is an `Invalid` error about `field` and that nothing changed since `before`.
    pub fn rejected<T: std::fmt::Debug>(&self, before: &[String], result: Result<T, Error>, field: &str) {
        let error = result.expect_err("the input should be rejected");
        assert_eq!(error.kind(), ErrorKind::Invalid, "{error}");
        assert_eq!(error.field(), Some(field), "{error}");
        assert_eq!(self.snapshot(), before, "a rejected call must write nothing");
    }
}
