use symbio::account::{AccountPatch, NewAccount, TierDecision};
use symbio::vocabulary::{RelationshipLevel, Tier};
use symbio::{Db, ErrorKind};

#[test]
fn an_account_is_created_edited_and_listed() {
    let db = Db::open_in_memory().unwrap();
    let created = db
        .create_account(NewAccount {
            name: "  Harbor Foods ".into(),
            industry: "Food".into(),
            region: "South".into(),
        })
        .unwrap();
    assert_eq!(created.name, "Harbor Foods");
    let patch = AccountPatch {
        relationship_level: Some(RelationshipLevel::Partner),
        annual_revenue: Some(5.0e6),
        purchase_volume: Some(2.0e7),
        ..Default::default()
    };
    let edited = db.update_account(created.id, patch).unwrap();
    assert_eq!(edited.relationship_level, RelationshipLevel::Partner);
    assert_eq!(edited.share_of_wallet, Some(0.25));
    assert_eq!(db.list_accounts().unwrap().len(), 1);
}

#[test]
fn the_decided_tier_records_who_when_and_why() {
    let db = Db::open_in_memory().unwrap();
    let id = db.create_account(NewAccount::named("Harbor Foods")).unwrap().id;
    let decision = TierDecision {
        tier: "A".into(),
        decided_by: "Elena".into(),
        decided_on: "2026-02-01".into(),
        reason: "growth".into(),
    };
    let account = db.decide_tier(id, decision).unwrap();
    assert_eq!(account.tier, Some(Tier::A));
    assert_eq!(account.tier_decided_by.as_deref(), Some("Elena"));
}

#[test]
fn bad_account_input_names_the_field_and_writes_nothing() {
    let db = Db::open_in_memory().unwrap();
    let id = db.create_account(NewAccount::named("Harbor Foods")).unwrap().id;
    let before = db.get_account(id).unwrap();
    let cases: Vec<(symbio::Error, &str)> = vec![
        (db.create_account(NewAccount::named("  ")).unwrap_err(), "name"),
        (
            db.decide_tier(
                id,
                TierDecision {
                    tier: "D".into(),
                    decided_by: "x".into(),
                    decided_on: "2026-01-01".into(),
                    reason: String::new(),
                },
            )
            .unwrap_err(),
            "tier",
        ),
        (
            db.decide_tier(
                id,
                TierDecision {
                    tier: "S".into(),
                    decided_by: "x".into(),
                    decided_on: "31/02/2026".into(),
                    reason: String::new(),
                },
            )
            .unwrap_err(),
            "decided_on",
        ),
        (
            db.update_account(
                id,
                AccountPatch {
                    annual_revenue: Some(-1.0),
                    ..Default::default()
                },
            )
            .unwrap_err(),
            "annual_revenue",
        ),
    ];
    for (error, field) in cases {
        assert_eq!(error.kind(), ErrorKind::Invalid, "{error}");
        assert_eq!(error.field(), Some(field), "{error}");
    }
    assert_eq!(db.get_account(id).unwrap(), before);
    assert_eq!(db.list_accounts().unwrap().len(), 1);
    assert_eq!(db.get_account(999).unwrap_err().kind(), ErrorKind::NotFound);
}
