//! Each input that once slipped through, refused with its typed problem and nothing written.

use serde_json::json;
use symbio::account::{AccountPatch, NewAccount};
use symbio::person::{NewPerson, PersonPatch};
use symbio::profile::ProfileInput;
use symbio::view::ViewKind;
use symbio::vocabulary::{Level, Side};
use symbio::{ErrorKind, Problem};

use crate::support::{input, kind, refusal, sample};

fn contact(ws: &crate::support::Workspace, name: &str) -> NewPerson {
    NewPerson::new(Some(ws.account), Side::Customer, name, Level::Manager)
}

#[test]
fn a_name_with_nul_is_a_control_character_and_nothing_is_written() {
    let ws = sample();
    let before = ws.dump();
    let person = ws.id("SELECT id FROM person ORDER BY id");
    let nul = "Zhao\0Ming";
    assert_eq!(
        refusal(ws.db.create_person(contact(&ws, nul))),
        Problem::ControlCharacter
    );
    assert_eq!(
        refusal(ws.db.create_account(NewAccount::named(nul))),
        Problem::ControlCharacter
    );
    assert_eq!(refusal(ws.db.create_competitor(nul)), Problem::ControlCharacter);
    let rename = PersonPatch {
        name: Some(nul.into()),
        ..PersonPatch::default()
    };
    assert_eq!(refusal(ws.db.update_person(person, rename)), Problem::ControlCharacter);
    let title = PersonPatch {
        title: Some("Head\0of Sales".into()),
        ..PersonPatch::default()
    };
    assert_eq!(refusal(ws.db.update_person(person, title)), Problem::ControlCharacter);
    assert_eq!(ws.dump(), before);
}

#[test]
fn an_infinite_or_undefined_revenue_is_refused() {
    let ws = sample();
    let before = ws.dump();
    for revenue in [f64::INFINITY, f64::NEG_INFINITY, f64::NAN] {
        assert_eq!(
            refusal(ws.db.set_revenue_actual(ws.account, 2024, revenue)),
            Problem::NotFinite
        );
        let patch = AccountPatch {
            annual_revenue: Some(revenue),
            ..AccountPatch::default()
        };
        assert_eq!(refusal(ws.db.update_account(ws.account, patch)), Problem::NotFinite);
    }
    assert_eq!(ws.dump(), before);
}

#[test]
fn years_past_9999_or_before_1900_are_refused_and_periods_compare_as_dates() {
    let ws = sample();
    let before = ws.dump();
    for year in [10_000, 0, -1, 1899] {
        assert_eq!(
            kind(ws.db.set_revenue_actual(ws.account, year, 1.0)),
            ErrorKind::Invalid,
            "{year}"
        );
    }
    let person = ws.id("SELECT id FROM person WHERE side = 'customer' ORDER BY id");
    for on in ["+10000-01-01", "0000-01-01", "2026-9-30", "2026-02-30", "1899-12-31"] {
        let change = input(json!({ "status": "left", "on": on }));
        assert_eq!(
            kind(ws.db.set_person_status(person, change)),
            ErrorKind::Invalid,
            "{on}"
        );
        let date = input(json!({ "account_id": ws.account, "kind": "custom", "label": "Audit", "on_date": on }));
        assert_eq!(kind(ws.db.create_key_date(date)), ErrorKind::Invalid, "{on}");
    }
    assert_eq!(ws.dump(), before);
    // A period is compared as dates: October ends after September even where text would not
    // sort them so, and an end before the start is refused.
    let member = |start: &str, end: &str, who: i64| {
        input(json!({
            "account_id": ws.account, "person_id": who, "function": "quality", "location": "remote",
            "allocation_percent": 10.0, "start_on": start, "end_on": end,
        }))
    };
    let who = ws
        .db
        .create_person(NewPerson::new(None, Side::Ours, "Chen Jie", Level::Manager))
        .unwrap()
        .id;
    assert!(matches!(
        refusal(ws.db.create_team_member(member("2026-10-01", "2026-09-30", who))),
        Problem::EndsBeforeStart { .. }
    ));
    let added = ws
        .db
        .create_team_member(member(" 2026-09-30", "2026-10-01 ", who))
        .unwrap();
    assert_eq!(
        (added.start_on.as_str(), added.end_on.as_deref()),
        ("2026-09-30", Some("2026-10-01"))
    );
}

#[test]
fn megabyte_strings_are_refused_with_the_limit_in_the_problem() {
    let ws = sample();
    let before = ws.dump();
    let mb = "x".repeat(1 << 20);
    let person = ws.id("SELECT id FROM person WHERE side = 'customer' ORDER BY id");
    let name = Problem::TooLong { max: 200 };
    let text = Problem::TooLong { max: 20_000 };
    assert_eq!(refusal(ws.db.create_person(contact(&ws, &mb))), name);
    let mut titled = contact(&ws, "Liu Yang");
    titled.title = mb.clone();
    assert_eq!(refusal(ws.db.create_person(titled)), name);
    let mut mailed = contact(&ws, "Liu Yang");
    mailed.email = mb.clone();
    assert_eq!(refusal(ws.db.create_person(mailed)), name);
    for patch in [
        PersonPatch {
            title: Some(mb.clone()),
            ..PersonPatch::default()
        },
        PersonPatch {
            email: Some(mb.clone()),
            ..PersonPatch::default()
        },
        PersonPatch {
            phone: Some(mb.clone()),
            ..PersonPatch::default()
        },
    ] {
        assert_eq!(refusal(ws.db.update_person(person, patch)), name);
    }
    assert_eq!(refusal(ws.db.create_account(NewAccount::named(mb.clone()))), name);
    let profile = ProfileInput {
        notes: mb.clone(),
        ..ProfileInput::default()
    };
    assert_eq!(refusal(ws.db.set_profile(person, profile)), text);
    let hobbies = ProfileInput {
        hobbies: mb.clone(),
        ..ProfileInput::default()
    };
    assert_eq!(refusal(ws.db.set_profile(person, hobbies)), text);
    let staff = ws.db.list_staff().unwrap()[0].id;
    let contact_log = input(json!({
        "account_id": ws.account, "kind": "call", "occurred_on": "2026-01-15",
        "notes": mb, "participants": [person, staff],
    }));
    assert_eq!(refusal(ws.db.create_interaction(contact_log)), text);
    assert_eq!(ws.dump(), before);
}

#[test]
fn a_name_of_one_zero_width_space_is_empty() {
    let ws = sample();
    let before = ws.dump();
    let person = ws.id("SELECT id FROM person ORDER BY id");
    for invisible in ["\u{200B}", "\u{FEFF}\u{200D}", " \u{2060} "] {
        assert_eq!(refusal(ws.db.create_person(contact(&ws, invisible))), Problem::Empty);
        assert_eq!(
            refusal(ws.db.create_account(NewAccount::named(invisible))),
            Problem::Empty
        );
        let patch = PersonPatch {
            name: Some(invisible.into()),
            ..PersonPatch::default()
        };
        assert_eq!(refusal(ws.db.update_person(person, patch)), Problem::Empty);
    }
    assert_eq!(ws.dump(), before);
}

#[test]
fn an_email_is_trimmed_on_update_as_on_creation() {
    let ws = sample();
    let person = ws.id("SELECT id FROM person WHERE side = 'customer' ORDER BY id");
    let patch = PersonPatch {
        email: Some("  li.na@harbor.example \u{200B}".into()),
        phone: Some(" +86 21 5555 0100 ".into()),
        title: Some("  Purchasing Director ".into()),
        ..PersonPatch::default()
    };
    let updated = ws.db.update_person(person, patch).unwrap();
    assert_eq!(updated.email, "li.na@harbor.example");
    assert_eq!(updated.phone, "+86 21 5555 0100");
    assert_eq!(updated.title, "Purchasing Director");
    let mut new = contact(&ws, "Liu Yang");
    new.email = " liu.yang@harbor.example\t".into();
    assert_eq!(ws.db.create_person(new).unwrap().email, "liu.yang@harbor.example");
}

#[test]
fn resetting_the_layout_of_an_unknown_account_is_not_found() {
    let ws = sample();
    let before = ws.dump();
    for view in [ViewKind::OrgChart, ViewKind::Network] {
        assert_eq!(kind(ws.db.reset_positions(987_654, view)), ErrorKind::NotFound);
        assert_eq!(kind(ws.db.reset_positions(-1, view)), ErrorKind::NotFound);
    }
    assert_eq!(ws.dump(), before);
}

#[test]
fn a_person_listed_twice_is_deleted_once_and_an_unknown_id_deletes_nothing() {
    let ws = sample();
    let person = ws.id("SELECT id FROM person WHERE side = 'customer' ORDER BY id DESC");
    let before = ws.dump();
    assert_eq!(kind(ws.db.delete_people(&[person, 987_654])), ErrorKind::NotFound);
    assert_eq!(kind(ws.db.delete_people(&[987_654, 987_654])), ErrorKind::NotFound);
    assert_eq!(ws.dump(), before);
    ws.db.delete_people(&[person, person]).unwrap();
    assert_eq!(kind(ws.db.get_person(person)), ErrorKind::NotFound);
    ws.db.undo().unwrap();
    ws.db.get_person(person).unwrap();
    let ties = ws.ids(&format!(
        "SELECT id FROM tie WHERE from_person_id = {person} OR to_person_id = {person}"
    ));
    if let Some(&tie) = ties.first() {
        ws.db.delete_ties(&[tie, tie]).unwrap();
        assert_eq!(kind(ws.db.get_tie(tie)), ErrorKind::NotFound);
    }
}

/// A planted `<name>.partial` link must not be written through: the export's temporary file is
/// created new, never opened through an existing name.
#[cfg(unix)]
#[test]
fn an_export_never_writes_through_a_planted_partial_link() {
    use symbio::export::{save_export, ExportFormat};
    let dir = tempfile::tempdir().unwrap();
    let exports = dir.path().join("exports");
    std::fs::create_dir(&exports).unwrap();
    let outside = dir.path().join("outside.txt");
    std::fs::write(&outside, b"untouched").unwrap();
    let png: &[u8] = b"\x89PNG\r\n\x1a\n map";
    for planted in ["map.png.partial", ".map.png.partial", "map.partial"] {
        std::os::unix::fs::symlink(&outside, exports.join(planted)).unwrap();
    }
    // A dangling link too: following it would create the file it names.
    let created = dir.path().join("created.txt");
    std::os::unix::fs::symlink(&created, exports.join("plan.pdf.partial")).unwrap();
    let saved = save_export(&exports, "map", ExportFormat::Png, png).unwrap();
    assert_eq!(std::fs::read(&saved.path).unwrap(), png);
    save_export(&exports, "plan", ExportFormat::Pdf, b"%PDF-1.7 plan").unwrap();
    symbio::document::file::write_atomically(&exports.join("map.png"), png).unwrap();
    assert_eq!(std::fs::read(&outside).unwrap(), b"untouched");
    assert!(!created.exists());
    for planted in ["map.png.partial", ".map.png.partial", "plan.pdf.partial"] {
        let meta = std::fs::symlink_metadata(exports.join(planted)).unwrap();
        assert!(meta.file_type().is_symlink(), "{planted} left as it was");
    }
}
