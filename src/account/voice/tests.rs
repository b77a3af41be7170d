//! Unit tests of [`super`]: the customer voice, its refusals, filters and topics.

use super::*;
use crate::account::NewAccount;
use crate::person::NewPerson;
use crate::vocabulary::{Level, Side};
use crate::{ErrorKind, Problem};

struct Setup {
    db: Db,
    account: i64,
    buyer: i64,
    cfo: i64,
    stranger: i64,
    staff: i64,
}

fn setup() -> Setup {
    let db = Db::open_in_memory().unwrap();
    let account = |name: &str| db.create_account(NewAccount::named(name)).unwrap().id;
    let (account, other) = (account("Harbor Foods"), account("Other Co"));
    let person = |account, side, name: &str| {
        db.create_person(NewPerson::new(account, side, name, Level::Manager))
            .unwrap()
            .id
    };
    let buyer = person(Some(account), Side::Customer, "Sun");
    let cfo = person(Some(account), Side::Customer, "Vance");
    let stranger = person(Some(other), Side::Customer, "Stranger");
    let staff = person(None, Side::Ours, "Elena");
    Setup {
        db,
        account,
        buyer,
        cfo,
        stranger,
        staff,
    }
}

fn voice(person_id: Option<i64>, heard_on: &str, topic: &str, sentiment: i64) -> VoiceInput {
    VoiceInput {
        person_id,
        heard_on: heard_on.into(),
        channel: VoiceChannel::Meeting,
        text: format!("About {topic}"),
        topic: topic.into(),
        sentiment,
    }
}

#[test]
fn voices_are_created_filtered_updated_and_deleted() {
    let s = setup();
    let db = &s.db;
    let praise = db
        .create_customer_voice(s.account, voice(Some(s.buyer), "2026-03-01", " Delivery ", 2))
        .unwrap();
    assert_eq!(
        (praise.topic.as_str(), praise.person.as_deref(), praise.sentiment),
        ("Delivery", Some("Sun"), 2)
    );
    db.create_customer_voice(s.account, voice(Some(s.cfo), "2026-04-01", "delivery", -1))
        .unwrap();
    db.create_customer_voice(s.account, voice(None, "2026-05-01", "Invoices", -2))
        .unwrap();
    db.create_customer_voice(s.account, voice(Some(s.buyer), "2026-05-02", "", 0))
        .unwrap();

    let all = db.list_customer_voice(s.account, VoiceFilter::default()).unwrap();
    let dates: Vec<&str> = all.iter().map(|v| v.heard_on.as_str()).collect();
    assert_eq!(
        dates,
        ["2026-05-02", "2026-05-01", "2026-04-01", "2026-03-01"],
        "newest first"
    );
    let by_buyer = VoiceFilter {
        person_id: Some(s.buyer),
        topic: None,
    };
    assert_eq!(db.list_customer_voice(s.account, by_buyer).unwrap().len(), 2);
    let on_delivery = VoiceFilter {
        person_id: None,
        topic: Some(" DELIVERY ".into()),
    };
    let sentiments: Vec<i64> = db
        .list_customer_voice(s.account, on_delivery)
        .unwrap()
        .iter()
        .map(|v| v.sentiment)
        .collect();
    assert_eq!(sentiments, [-1, 2], "the topic matches without regard to case");

    let topics = db.voice_topics(s.account).unwrap();
    assert_eq!(topics.len(), 2, "voices without a topic are left out");
    assert_eq!(
        (
            topics[0].topic.as_str(),
            topics[0].count,
            topics[0].complaints,
            topics[0].praise
        ),
        ("Delivery", 2, 1, 1),
        "named as first entered"
    );
    assert!((topics[0].average_sentiment - 0.5).abs() < 1e-9);
    assert_eq!(topics[0].last_heard_on, "2026-04-01");
    assert_eq!((topics[1].topic.as_str(), topics[1].complaints), ("Invoices", 1));

    let edited = db
        .update_customer_voice(praise.id, voice(None, "2026-03-02", "Service", 1))
        .unwrap();
    assert_eq!(
        (edited.person_id, edited.topic.as_str(), edited.heard_on.as_str()),
        (None, "Service", "2026-03-02")
    );
    db.delete_customer_voice(praise.id).unwrap();
    assert_eq!(
        db.get_customer_voice(praise.id).unwrap_err().kind(),
        ErrorKind::NotFound
    );
    db.undo().unwrap();
    assert_eq!(db.get_customer_voice(praise.id).unwrap().topic, "Service");
}

#[test]
fn refused_voices_name_the_field_and_change_nothing() {
    let s = setup();
    let db = &s.db;
    let before = db.journal(100).unwrap().len();
    let field = |input: VoiceInput| {
        db.create_customer_voice(s.account, input)
            .unwrap_err()
            .field()
            .map(str::to_owned)
    };
    assert_eq!(field(voice(None, "2026-13-01", "x", 0)).as_deref(), Some("heard_on"));
    assert_eq!(field(voice(None, "2999-01-01", "x", 0)).as_deref(), Some("heard_on"));
    assert_eq!(
        field(VoiceInput {
            text: "  ".into(),
            ..voice(None, "2026-01-01", "x", 0)
        })
        .as_deref(),
        Some("text")
    );
    assert_eq!(
        field(voice(None, "2026-01-01", &"t".repeat(81), 0)).as_deref(),
        Some("topic")
    );
    assert_eq!(field(voice(None, "2026-01-01", "x", 3)).as_deref(), Some("sentiment"));
    assert_eq!(field(voice(None, "2026-01-01", "x", -3)).as_deref(), Some("sentiment"));
    assert_eq!(
        field(voice(Some(s.stranger), "2026-01-01", "x", 0)).as_deref(),
        Some("person_id")
    );
    let staff = db
        .create_customer_voice(s.account, voice(Some(s.staff), "2026-01-01", "x", 0))
        .unwrap_err();
    assert_eq!(
        (staff.field(), staff.to_problem()),
        (Some("person_id"), Problem::NotCustomerSide)
    );
    assert_eq!(
        db.create_customer_voice(999, voice(None, "2026-01-01", "x", 0))
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
    assert_eq!(db.journal(100).unwrap().len(), before, "nothing was written");
    assert!(db
        .list_customer_voice(s.account, VoiceFilter::default())
        .unwrap()
        .is_empty());
}

#[test]
fn deleting_the_person_keeps_their_voice() {
    let s = setup();
    let db = &s.db;
    let made = db
        .create_customer_voice(s.account, voice(Some(s.cfo), "2026-02-01", "Price", -1))
        .unwrap();
    db.delete_person(s.cfo).unwrap();
    let kept = db.get_customer_voice(made.id).unwrap();
    assert_eq!((kept.person_id, kept.text.as_str()), (None, "About Price"));
}
