//! Importing people from files the tests write themselves: a Salesforce-style CSV, a
//! Dynamics-style XLSX and a GBK CSV with Chinese headers, and a workshop paste.

use std::collections::HashMap;
use std::path::Path;

use symbio::import::{
    DuplicateChoice, ImportPlan, ImportPreview, ImportSource, ManagerLink, RowAction, RowChoice, RowProblem,
};
use symbio::vocabulary::{Level, TieKind};
use symbio::Problem;

use crate::support::{fixture, Fixture};

fn file(path: &Path) -> ImportSource {
    ImportSource::File {
        path: path.display().to_string(),
        sheet: None,
    }
}

/// Each imported person's manager's name, by name.
fn managers(f: &Fixture) -> HashMap<String, String> {
    let map = f.db.get_account_map(f.account).unwrap();
    let name = |id: i64| map.people.iter().find(|p| p.id == id).unwrap().name.clone();
    map.ties
        .iter()
        .filter(|t| t.kind == TieKind::ReportsTo)
        .map(|t| (name(t.from_person_id), name(t.to_person_id)))
        .collect()
}

fn plan_of(preview: &ImportPreview, source: ImportSource, choices: Vec<RowChoice>) -> ImportPlan {
    ImportPlan {
        source,
        mapping: preview.mapping.clone(),
        choices,
    }
}

const SALESFORCE: &str = "\
First Name,Last Name,Title,Department,Reports To,Email,Phone,Account Name
Grace,Holloway,CEO,Executive Office,,grace.holloway@harbor.example,+1 555 0100,Harbor Foods
Martin,Reyes,VP Procurement,Procurement,Grace Holloway,martin.reyes@harbor.example,,Harbor Foods
Nina,Park,Category Manager,procurement,Martin Reyes,nina.park@harbor.example,,Harbor Foods
Owen,Blake,Buyer,Procurement,Nina Park,,,Harbor Foods
,,Analyst,Finance,,,,Harbor Foods
";

#[test]
fn a_salesforce_csv_becomes_people_departments_and_reporting_lines_in_one_undo_step() {
    let f = fixture();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("contacts.csv");
    std::fs::write(&path, SALESFORCE).unwrap();
    let preview = f.db.import_preview(f.account, &file(&path), None).unwrap();
    assert_eq!(preview.encoding.as_deref(), Some("UTF-8"));
    assert_eq!(preview.delimiter.as_deref(), Some(","));
    assert_eq!(preview.not_imported, vec!["Account Name".to_owned()]);
    assert_eq!((preview.creates, preview.updates, preview.skips), (4, 0, 1));
    assert_eq!(
        preview.new_departments,
        vec!["Executive Office".to_owned(), "Procurement".to_owned()]
    );
    let martin = &preview.rows[1];
    assert_eq!(
        (martin.row, martin.name.as_str(), martin.level),
        (3, "Martin Reyes", Level::SeniorManager)
    );
    assert_eq!(martin.level_rule.as_deref(), Some("VP"));
    assert_eq!(martin.manager, ManagerLink::Row { row: 2 });
    assert_eq!(preview.rows[3].problems, vec![RowProblem::LevelNotRecognised]);
    assert_eq!(
        preview.rows[4].problems,
        vec![RowProblem::MissingName, RowProblem::LevelNotRecognised]
    );
    assert_eq!(preview.rows[4].action, RowAction::Skip);
    assert!(
        f.db.list_people(f.account).unwrap().is_empty(),
        "the preview writes nothing"
    );

    let summary =
        f.db.import_people(f.account, &plan_of(&preview, file(&path), vec![]))
            .unwrap();
    assert_eq!((summary.created, summary.updated, summary.skipped), (4, 0, 1));
    assert_eq!((summary.departments_created, summary.reporting_lines), (2, 3));
    let people = f.db.list_people(f.account).unwrap();
    let grace = people.iter().find(|p| p.name == "Grace Holloway").unwrap();
    assert_eq!(
        (grace.level, grace.email.as_str(), grace.phone.as_str()),
        (Level::Executive, "grace.holloway@harbor.example", "+1 555 0100")
    );
    let units = f.db.list_org_units(f.account).unwrap();
    assert_eq!(units.len(), 2);
    let procurement = units.iter().find(|u| u.name == "Procurement").unwrap().id;
    let nina = people.iter().find(|p| p.name == "Nina Park").unwrap();
    assert_eq!(
        nina.org_unit_id,
        Some(procurement),
        "departments match whatever their case"
    );
    let lines = managers(&f);
    assert_eq!(lines["Martin Reyes"], "Grace Holloway");
    assert_eq!(lines["Nina Park"], "Martin Reyes");
    assert_eq!(lines["Owen Blake"], "Nina Park");

    let undone = f.db.undo().unwrap();
    assert_eq!(
        undone.label,
        symbio::action_label::ActionLabel::ImportPeople { count: 4 }
    );
    assert!(f.db.list_people(f.account).unwrap().is_empty());
    assert!(f.db.list_org_units(f.account).unwrap().is_empty());
    assert!(f.db.get_account_map(f.account).unwrap().ties.is_empty());

    // The mapping chosen is remembered for the next file with these headers.
    f.db.redo().unwrap();
    let mut remapped = preview.mapping.clone();
    remapped.columns[6] = None;
    let again =
        f.db.import_preview(f.account, &file(&path), Some(remapped.clone()))
            .unwrap();
    f.db.import_people(f.account, &plan_of(&again, file(&path), vec![]))
        .unwrap();
    let next = f.db.import_preview(f.account, &file(&path), None).unwrap();
    assert!(next.mapping_saved);
    assert_eq!(next.mapping, remapped);
}

#[test]
fn duplicates_are_found_by_name_or_email_and_each_gets_its_choice() {
    let f = fixture();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("contacts.csv");
    std::fs::write(&path, SALESFORCE).unwrap();
    let grace = f.contact("Grace Holloway", Level::Manager);
    let mut martin = symbio::person::NewPerson::new(
        Some(f.account),
        symbio::vocabulary::Side::Customer,
        "M. Reyes",
        Level::Manager,
    );
    martin.email = "MARTIN.REYES@harbor.example".into();
    let martin = f.db.create_person(martin).unwrap().id;
    f.contact("Owen Blake", Level::Staff);

    let preview = f.db.import_preview(f.account, &file(&path), None).unwrap();
    assert_eq!(preview.rows[0].duplicate_of, Some(grace));
    assert!(preview.rows[0].problems.contains(&RowProblem::DuplicateName {
        person_id: grace,
        name: "Grace Holloway".into()
    }));
    assert_eq!(preview.rows[1].duplicate_of, Some(martin));
    assert!(preview.rows[1].problems.contains(&RowProblem::DuplicateEmail {
        person_id: martin,
        name: "M. Reyes".into()
    }));
    assert_eq!(preview.rows[0].choice, Some(DuplicateChoice::Skip));
    // Martin (skipped as a duplicate) still is the manager: the existing person.
    assert_eq!(
        preview.rows[2].manager,
        ManagerLink::Existing {
            person_id: martin,
            name: "M. Reyes".into()
        }
    );

    let choices = vec![
        RowChoice {
            row: 2,
            duplicate: Some(DuplicateChoice::Update),
            level: None,
        },
        RowChoice {
            row: 5,
            duplicate: Some(DuplicateChoice::AddAnyway),
            level: Some(Level::Manager),
        },
    ];
    let summary =
        f.db.import_people(f.account, &plan_of(&preview, file(&path), choices))
            .unwrap();
    assert_eq!((summary.created, summary.updated, summary.skipped), (2, 1, 2));
    let grace = f.db.get_person(grace).unwrap();
    assert_eq!(
        (grace.title.as_str(), grace.level, grace.email.as_str()),
        ("CEO", Level::Executive, "grace.holloway@harbor.example")
    );
    let owens: Vec<_> = f.db.people_named(f.account, "Owen Blake").unwrap();
    assert_eq!(owens.len(), 2);
    assert!(
        owens.iter().any(|p| p.level == Level::Manager),
        "the corrected level is used"
    );
    assert_eq!(managers(&f)["Nina Park"], "M. Reyes");
}

#[test]
fn a_dynamics_xlsx_with_two_sheets_is_read_from_the_chosen_sheet() {
    let f = fixture();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("contacts.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let notes = book.add_worksheet().set_name("Notes").unwrap();
    notes.write(0, 0, "Exported from Dynamics 365").unwrap();
    let sheet = book.add_worksheet().set_name("Contacts").unwrap();
    let rows = [
        ["Full Name", "Job Title", "Department", "Manager", "Parent Customer"],
        ["Helen Zhou", "General Manager", "Management", "", "Harbor Foods"],
        [
            "Ivan Petrov",
            "Director of Quality",
            "Quality",
            "Helen Zhou",
            "Harbor Foods",
        ],
        ["Jia Li", "QA Manager", "Quality", "Ivan Petrov", "Harbor Foods"],
        // A cycle: Kai reports to Lena, who reports to Kai.
        ["Kai Morgan", "Buyer", "Quality", "Lena Ortiz", "Harbor Foods"],
        ["Lena Ortiz", "Buyer", "Quality", "Kai Morgan", "Harbor Foods"],
        ["Max Wu", "Buyer", "Quality", "Nobody Known", "Harbor Foods"],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            sheet.write(r as u32, c as u16, *cell).unwrap();
        }
    }
    // A formula: its cached result is what is read.
    let formula = rust_xlsxwriter::Formula::new("=\"Ana \"&\"Silva\"").set_result("Ana Silva");
    sheet.write_formula(7, 0, formula).unwrap();
    sheet
        .merge_range(7, 1, 7, 2, "Merged Title", &rust_xlsxwriter::Format::new())
        .unwrap();
    book.save(&path).unwrap();

    let first = f.db.import_preview(f.account, &file(&path), None);
    assert!(first.is_err(), "the first sheet has no name column: {first:?}");
    let source = ImportSource::File {
        path: path.display().to_string(),
        sheet: Some("Contacts".into()),
    };
    let preview = f.db.import_preview(f.account, &source, None).unwrap();
    assert_eq!(preview.sheets, vec!["Notes".to_owned(), "Contacts".to_owned()]);
    assert_eq!(preview.rows[3].problems, vec![RowProblem::LevelNotRecognised]);
    assert_eq!(preview.rows[3].manager, ManagerLink::Row { row: 6 });
    assert!(preview.rows[4].problems.contains(&RowProblem::ReportsToCycle));
    assert!(preview.rows[5].problems.contains(&RowProblem::UnknownManager {
        name: "Nobody Known".into()
    }));
    assert_eq!(preview.rows[0].level, Level::Executive);

    let summary =
        f.db.import_people(f.account, &plan_of(&preview, source, vec![]))
            .unwrap();
    assert_eq!(
        (summary.created, summary.departments_created, summary.reporting_lines),
        (7, 2, 3)
    );
    assert_eq!(
        f.db.people_named(f.account, "Ana Silva").unwrap()[0].title,
        "Merged Title"
    );
    let lines = managers(&f);
    assert_eq!(lines["Ivan Petrov"], "Helen Zhou");
    assert_eq!(lines["Kai Morgan"], "Lena Ortiz");
    assert!(!lines.contains_key("Lena Ortiz"));
}

#[test]
fn a_gbk_csv_with_chinese_headers_is_read() {
    let f = fixture();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("通讯录.csv");
    let text = "姓名,职务,部门,上级,邮箱,电话\r\n王建国,总经理,总经办,,wang@example.cn,13800000000\r\n李娜,采购总监,采购部,王建国,,\r\n张伟,采购经理,采购部,李娜,,\r\n陈静,采购专员,采购部,张伟,,\r\n刘洋,采购专员,采购部,张伟,,\r\n刘洋,质量经理,质量部,王建国,,\r\n赵敏,质量专员,质量部,刘洋,,\r\n";
    let (bytes, _, _) = encoding_rs::GBK.encode(text);
    std::fs::write(&path, &bytes).unwrap();
    let preview = f.db.import_preview(f.account, &file(&path), None).unwrap();
    assert_eq!(preview.encoding.as_deref(), Some("gb18030"));
    let levels: Vec<Level> = preview.rows.iter().map(|r| r.level).collect();
    assert_eq!(
        &levels[..4],
        &[Level::Executive, Level::SeniorManager, Level::Manager, Level::Staff]
    );
    assert_eq!(
        preview.rows[6].problems,
        vec![
            RowProblem::LevelNotRecognised,
            RowProblem::ManagerNamedTwice { name: "刘洋".into() }
        ]
    );
    let summary =
        f.db.import_people(f.account, &plan_of(&preview, file(&path), vec![]))
            .unwrap();
    assert_eq!(
        (summary.created, summary.departments_created, summary.reporting_lines),
        (7, 3, 5)
    );
    assert_eq!(managers(&f)["李娜"], "王建国");
}

#[test]
fn a_workshop_paste_previews_and_imports_like_a_file() {
    let f = fixture();
    let source = ImportSource::Paste {
        text: "王建国, 总经理, 总经办\n李娜, 采购总监, 采购部, 王建国\n张伟，采购经理，采购部，李娜\nLin Qiao, Buyer, Procurement\nZhou Fan\n".into(),
    };
    let preview = f.db.import_preview(f.account, &source, None).unwrap();
    assert_eq!(preview.rows.len(), 5);
    assert_eq!(preview.rows[2].manager, ManagerLink::Row { row: 2 });
    let summary =
        f.db.import_people(f.account, &plan_of(&preview, source, vec![]))
            .unwrap();
    assert_eq!((summary.created, summary.reporting_lines), (5, 2));
    assert_eq!(f.db.list_people(f.account).unwrap().len(), 5);
}

#[test]
fn bad_files_write_nothing_and_say_which_file() {
    let f = fixture();
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.csv");
    std::fs::write(&empty, b"").unwrap();
    let error = f.db.import_preview(f.account, &file(&empty), None).unwrap_err();
    assert_eq!(
        error.to_problem(),
        Problem::EmptyFile {
            file: "empty.csv".into()
        }
    );
    let pdf = dir.path().join("report.xlsx");
    std::fs::write(&pdf, b"%PDF-1.4\n\x00\x01binary").unwrap();
    let error = f.db.import_preview(f.account, &file(&pdf), None).unwrap_err();
    assert_eq!(
        error.to_problem(),
        Problem::NotReadable {
            file: "report.xlsx".into(),
            format: "xlsx".into()
        }
    );
    let missing = dir.path().join("gone.csv");
    assert_eq!(
        f.db.import_preview(f.account, &file(&missing), None)
            .unwrap_err()
            .kind(),
        symbio::ErrorKind::Io
    );
    assert!(f.db.list_people(f.account).unwrap().is_empty());
    let undo = f.db.undo_state().unwrap().undo;
    assert_eq!(
        undo,
        Some(symbio::action_label::ActionLabel::CreateAccount),
        "nothing was written"
    );
}

#[test]
fn cells_wrapped_in_excel_become_one_line_and_a_refused_value_skips_only_its_row() {
    let f = fixture();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wrapped.csv");
    let long = "Head of ".repeat(30);
    let text = format!(
        "Name,Title\n\"Grace\nHolloway\",\"Chief\r\nExecutive   Officer\"\nMartin Reyes,{long}\n\u{200b},Buyer\n"
    );
    std::fs::write(&path, text).unwrap();
    let preview = f.db.import_preview(f.account, &file(&path), None).unwrap();
    assert_eq!(preview.rows[0].name, "Grace Holloway");
    assert_eq!(preview.rows[0].title, "Chief Executive Officer");
    assert_eq!(preview.rows[1].action, RowAction::Skip);
    assert_eq!(
        preview.rows[1].problems,
        vec![RowProblem::Refused {
            field: symbio::import::ImportField::Title,
            problem: Problem::TooLong { max: 200 }
        }]
    );
    assert_eq!(
        preview.rows[2].action,
        RowAction::Skip,
        "a name of invisible characters only"
    );
    let summary =
        f.db.import_people(f.account, &plan_of(&preview, file(&path), vec![]))
            .unwrap();
    assert_eq!((summary.created, summary.skipped), (1, 2));
}

#[test]
fn the_user_corrects_the_level_rules_and_they_are_remembered_with_the_mapping() {
    let f = fixture();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("contacts.csv");
    std::fs::write(&path, SALESFORCE).unwrap();
    let preview = f.db.import_preview(f.account, &file(&path), None).unwrap();
    assert_eq!(preview.rows[3].level, Level::Staff);
    // This customer's buyers decide: "Buyer" is a manager here, put before the other rules.
    let mut mapping = preview.mapping.clone();
    mapping.level_rules = preview.level_rules.clone();
    mapping.level_rules.insert(
        0,
        symbio::import::LevelRule {
            keyword: "Buyer".into(),
            level: Level::Manager,
        },
    );
    let corrected =
        f.db.import_preview(f.account, &file(&path), Some(mapping.clone()))
            .unwrap();
    assert_eq!(corrected.rows[3].level, Level::Manager);
    assert_eq!(corrected.rows[3].level_rule.as_deref(), Some("Buyer"));
    assert_eq!(corrected.level_rules[0].keyword, "Buyer");
    f.db.import_people(f.account, &plan_of(&corrected, file(&path), vec![]))
        .unwrap();
    let owen = &f.db.people_named(f.account, "Owen Blake").unwrap()[0];
    assert_eq!(owen.level, Level::Manager);
    let next = f.db.import_preview(f.account, &file(&path), None).unwrap();
    assert!(next.mapping_saved);
    assert_eq!(
        next.level_rules[0].keyword, "Buyer",
        "the corrected rules come back with the mapping"
    );
}
