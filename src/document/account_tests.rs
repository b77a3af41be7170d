use std::sync::atomic::AtomicBool;

use calamine::{open_workbook, Data, Reader, Xlsx};

use super::*;
use crate::document::{csv, xlsx, ExportOutcome};

fn sample() -> (Db, i64) {
    let db = Db::open_in_memory().unwrap();
    assert!(db.ensure_sample().unwrap());
    let account = db.list_accounts().unwrap()[0].id;
    (db, account)
}

/// Every cell of every sheet of the workbook, as text.
fn all_cells(path: &std::path::Path) -> Vec<String> {
    let mut workbook: Xlsx<_> = open_workbook(path).unwrap();
    let mut cells = Vec::new();
    for name in workbook.sheet_names() {
        let range = workbook.worksheet_range(&name).unwrap();
        cells.extend(range.rows().flatten().map(|c| c.to_string()));
    }
    cells
}

fn write(db: &Db, account: i64, language: Language, hide_private: bool, dir: &std::path::Path) -> std::path::PathBuf {
    let document = db.account_document(account, language, hide_private).unwrap();
    let path = dir.join(format!("account-{}-{hide_private}.xlsx", language.as_str()));
    let outcome = xlsx::write_xlsx(&document, &path, &mut |_| {}, &AtomicBool::new(false)).unwrap();
    assert!(matches!(outcome, ExportOutcome::Saved(_)));
    path
}

/// The profile values of the sample's people (every non-empty field).
fn profile_values(db: &Db, account: i64) -> Vec<String> {
    let map = db.get_account_map(account).unwrap();
    let mut values = Vec::new();
    for person in &map.people {
        if let Some(p) = db.get_profile(person.id).unwrap() {
            values.extend(p.birthday.clone());
            values.extend(
                [p.hobbies, p.family, p.home_area, p.education, p.clubs, p.notes]
                    .into_iter()
                    .filter(|v| !v.trim().is_empty()),
            );
        }
    }
    values
}

#[test]
fn the_sample_workbook_has_typed_sheets_in_english_and_chinese() {
    let (db, account) = sample();
    let dir = tempfile::tempdir().unwrap();
    let path = write(&db, account, Language::En, false, dir.path());
    let mut workbook: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(
        workbook.sheet_names(),
        [
            "About",
            "People",
            "Ties",
            "Coverage matrix",
            "Findings",
            "Team roster",
            "Plan targets",
            "Plan actions"
        ]
    );
    let people = workbook.worksheet_range("People").unwrap();
    let header: Vec<String> = people.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
    assert_eq!(header[0], "Name");
    assert_eq!(header.last().map(String::as_str), Some("Personal profile"));
    let attitude = header.iter().position(|h| h.starts_with("Attitude (")).unwrap();
    let observed = header.iter().position(|h| h == "Attitude observed on").unwrap();
    let influence = header.iter().position(|h| h.starts_with("Influence")).unwrap();
    // The sample's CEO: an assessed customer executive, with a typed date and numbers.
    let map = db.get_account_map(account).unwrap();
    let ceo = map
        .people
        .iter()
        .find(|p| p.side == Side::Customer && p.attitude.is_some() && p.level == crate::vocabulary::Level::Executive)
        .unwrap();
    let row = people
        .rows()
        .find(|r| r.first() == Some(&Data::String(ceo.name.clone())))
        .unwrap();
    assert_eq!(row[attitude], Data::Float(ceo.attitude.unwrap() as f64));
    assert_eq!(row[influence], Data::Float(ceo.influence.unwrap() as f64));
    assert!(matches!(row[observed], Data::DateTime(_)), "{:?}", row[observed]);

    // Coverage marks, findings worded, the team listed.
    let coverage = workbook.worksheet_range("Coverage matrix").unwrap();
    assert!(coverage.rows().flatten().any(|c| c == &Data::String("A".into())));
    let findings = workbook.worksheet_range("Findings").unwrap();
    assert!(findings.rows().count() > 1);
    let team = workbook.worksheet_range("Team roster").unwrap();
    assert_eq!(
        team.rows().count() - 1,
        db.list_team_members(account).unwrap().len(),
        "one row per member"
    );

    let zh = write(&db, account, Language::ZhCn, false, dir.path());
    let workbook: Xlsx<_> = open_workbook(&zh).unwrap();
    assert_eq!(
        workbook.sheet_names(),
        [
            "说明",
            "人员",
            "关系",
            "覆盖矩阵",
            "问题",
            "团队名册",
            "计划目标",
            "计划行动"
        ]
    );
    let cells = all_cells(&zh);
    assert!(cells
        .iter()
        .any(|c| c.contains("在我方没有 A 角") || c.contains("没有 B 角")));
    assert!(!cells.iter().any(|c| c.contains("has no backup (B) owner")));
}

#[test]
fn private_details_hidden_leaves_no_profile_value_and_no_personal_tie_in_any_sheet() {
    let (db, account) = sample();
    let dir = tempfile::tempdir().unwrap();
    let values = profile_values(&db, account);
    assert!(values.len() > 10, "the sample has profiles: {values:?}");
    let map = db.get_account_map(account).unwrap();
    let personal: Vec<&crate::tie::Tie> = map.ties.iter().filter(|t| t.kind == TieKind::Personal).collect();
    assert!(!personal.is_empty());

    // Shown: the profile and personal ties are there.
    let open = all_cells(&write(&db, account, Language::En, false, dir.path()));
    assert!(open.iter().any(|c| c == "Personal tie"));
    assert!(open.iter().any(|c| c.contains("Lakeshore Sailing Club")));

    for language in [Language::En, Language::ZhCn] {
        let cells = all_cells(&write(&db, account, language, true, dir.path()));
        for value in &values {
            assert!(
                !cells.iter().any(|c| c.contains(value.as_str())),
                "profile value {value:?} in the {language:?} workbook"
            );
        }
        let labels = [
            wb::tie_kind(language, TieKind::Personal),
            wb::term(language, Term::Profile),
        ]
        .into_iter()
        .chain(
            crate::vocabulary::PersonalTie::ALL
                .iter()
                .map(|k| wb::personal_tie(language, *k)),
        );
        for label in labels {
            assert!(
                !cells.iter().any(|c| c == label),
                "{label:?} in the {language:?} workbook"
            );
        }
        for tie in &personal {
            if !tie.note.is_empty() {
                assert!(!cells.iter().any(|c| c.contains(&tie.note)), "note {:?}", tie.note);
            }
        }
        assert!(cells
            .iter()
            .any(|c| c == strings::word(language, strings::Word::PersonalDetailsHidden)));
    }
}

#[test]
fn csv_files_start_with_a_bom_keep_chinese_and_honour_privacy() {
    let (db, account) = sample();
    let dir = tempfile::tempdir().unwrap();
    let people = db
        .account_table(account, AccountTable::People, Language::ZhCn, true)
        .unwrap();
    let path = dir.path().join("people.csv");
    csv::write_csv(&people, &path).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(csv::BOM));
    let text = std::str::from_utf8(&bytes[csv::BOM.len()..]).unwrap();
    let mut reader = ::csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(header[0], "姓名");
    assert!(!header.iter().any(|h| h == "个人档案"));
    let records: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), db.get_account_map(account).unwrap().people.len());
    assert!(records.iter().any(|r| r.iter().any(|f| f == "客户方")));
    for value in profile_values(&db, account) {
        assert!(!text.contains(&value), "{value:?}");
    }

    let ties = db
        .account_table(account, AccountTable::Ties, Language::ZhCn, true)
        .unwrap();
    let ties_csv = String::from_utf8(csv::table_csv(&ties).unwrap()).unwrap();
    assert!(ties_csv.contains("汇报关系"));
    assert!(!ties_csv.contains("私人关系"));
    let open = db
        .account_table(account, AccountTable::Ties, Language::ZhCn, false)
        .unwrap();
    let open_csv = String::from_utf8(csv::table_csv(&open).unwrap()).unwrap();
    assert!(open_csv.contains("私人关系"));
    // A number stays a plain number.
    assert!(open_csv
        .lines()
        .nth(1)
        .unwrap()
        .split(',')
        .any(|f| f.parse::<i64>().is_ok()));
}
