use std::sync::atomic::AtomicBool;

use calamine::{open_workbook, Data, Reader, Xlsx};

use super::*;
use crate::brain::testkit::Kit;
use crate::document::{pdf, xlsx, ExportOutcome, Fonts};
use crate::plan::action::PlanActionInput;
use crate::plan::NewPlanTarget;
use crate::vocabulary::Level;

struct Setup {
    kit: Kit,
    plan: i64,
}

/// 华东精密机械 with 王总 at -1, a 2027 plan aiming to bring him to +2, and one visit planned.
fn setup() -> Setup {
    let kit = Kit::new();
    let account = kit.another_account("华东精密机械");
    let wang = kit.contact_in(account, "王总", Level::Executive);
    kit.attitude(wang, -1);
    let owner = kit.staff("李明", Level::Manager);
    let plan = kit.db.create_plan(account, 2027).unwrap().id;
    let mut target = NewPlanTarget::new(plan, PlanTargetKind::Attitude, "王总态度从 -1 到 +2", owner);
    target.person_id = Some(wang);
    target.from_value = Some(-1.0);
    target.to_value = Some(2.0);
    target.due_date = Some("2027-06-30".into());
    target.notes = "周末喜欢钓鱼".into();
    let target = kit.db.add_plan_target(target).unwrap().id;
    kit.db
        .create_plan_action(
            plan,
            PlanActionInput {
                title: "拜访王总，介绍主轴方案".into(),
                owner_id: owner,
                people: vec![wang],
                due_on: "2027-03-15".into(),
                target_id: Some(target),
                status: crate::plan::action::ActionStatus::Open,
                done_on: None,
                notes: "带上样品".into(),
            },
        )
        .unwrap();
    Setup { kit, plan }
}

fn texts(section: &Section) -> Vec<String> {
    let mut out = vec![section.heading.clone()];
    for block in &section.blocks {
        match block {
            Block::Paragraph(text) | Block::Legend(text) => out.push(text.clone()),
            Block::KeyValues(pairs) => out.extend(pairs.iter().flat_map(|p| [p.key.clone(), p.value.display()])),
            Block::Table(table) => {
                out.extend(table.columns.iter().cloned());
                out.extend(table.rows.iter().flatten().map(Cell::display));
            }
        }
    }
    out
}

#[test]
fn the_plan_reads_in_chinese_in_three_parts_and_the_customer_part() {
    let s = setup();
    let document = s.kit.db.plan_document(s.plan, Language::ZhCn, false).unwrap();
    assert_eq!(document.title.title, "2027 年客户关系规划");
    assert_eq!(document.title.account, "华东精密机械");
    let headings: Vec<&str> = document.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(headings, ["现状评估", "目标任务书", "行动计划", "客户问题与共生举措"]);
    let sheets: Vec<&str> = document.sections.iter().filter_map(|s| s.sheet.as_deref()).collect();
    assert_eq!(sheets, ["计划", "目标", "行动", "客户"]);

    let Block::Table(targets) = &document.sections[1].blocks[0] else {
        panic!("no target table")
    };
    assert_eq!(targets.columns[0], "目标");
    assert_eq!(
        targets.rows[0],
        vec![
            Cell::text("王总态度从 -1 到 +2"),
            Cell::text("态度转变"),
            Cell::text("王总"),
            Cell::text("李明"),
            Cell::text("-1"),
            Cell::text("+2"),
            Cell::text("-1"),
            Cell::Date(NaiveDate::from_ymd_opt(2027, 6, 30).unwrap()),
            Cell::text("进行中"),
        ]
    );
    let Block::Table(actions) = &document.sections[2].blocks[0] else {
        panic!("no action table")
    };
    assert_eq!(actions.rows[0][0], Cell::text("拜访王总，介绍主轴方案"));
    assert_eq!(actions.rows[0][1], Cell::text("王总态度从 -1 到 +2"));
    assert_eq!(
        actions.rows[0][4],
        Cell::Date(NaiveDate::from_ymd_opt(2027, 3, 15).unwrap())
    );

    // No fixed word is left in English.
    let all: Vec<String> = document.sections.iter().flat_map(texts).collect();
    for word in strings::Word::ALL {
        let en = strings::word(Language::En, *word);
        assert!(
            !all.iter().any(|t| t.contains(en)),
            "English {en:?} in the Chinese plan"
        );
    }
    assert!(all.iter().any(|t| t.contains("周末喜欢钓鱼")) && all.iter().any(|t| t.contains("带上样品")));
}

#[test]
fn hiding_private_details_leaves_the_notes_out() {
    let s = setup();
    let document = s.kit.db.plan_document(s.plan, Language::En, true).unwrap();
    assert!(document.title.personal_details_hidden);
    assert_eq!(document.title.title, "Account plan 2027");
    let all: Vec<String> = document.sections.iter().flat_map(texts).collect();
    assert!(!all.iter().any(|t| t.contains("钓鱼") || t.contains("样品")), "{all:?}");
    assert!(all.iter().any(|t| t == "Target task book"));
    assert!(all.iter().any(|t| t == "+2"));
    assert!(
        all.iter().any(|t| t.contains("+2 supporter")),
        "the legend words the attitudes"
    );
}

#[test]
fn the_plan_goes_to_pdf_and_workbook() {
    let s = setup();
    let document = s.kit.db.plan_document(s.plan, Language::ZhCn, false).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let workbook_path = dir.path().join("plan.xlsx");
    let outcome = xlsx::write_xlsx(&document, &workbook_path, &mut |_| {}, &AtomicBool::new(false)).unwrap();
    assert!(matches!(outcome, ExportOutcome::Saved(_)));
    let mut workbook: Xlsx<_> = open_workbook(&workbook_path).unwrap();
    assert_eq!(workbook.sheet_names(), ["说明", "计划", "目标", "行动", "客户"]);
    let targets = workbook.worksheet_range("目标").unwrap();
    assert_eq!(
        targets.get_value((1, 0)),
        Some(&Data::String("王总态度从 -1 到 +2".into()))
    );
    assert!(matches!(targets.get_value((1, 7)), Some(Data::DateTime(_))));

    let fonts = Fonts::system().unwrap();
    let pdf_path = dir.path().join("plan.pdf");
    pdf::write_pdf(&document, &fonts, &pdf_path, &mut |_| {}, &AtomicBool::new(false)).unwrap();
    assert_eq!(pdf::layout(&document, &fonts).len(), 4, "one page per part");
    if let Ok(out) = std::process::Command::new("pdftotext").arg(&pdf_path).arg("-").output() {
        let text = String::from_utf8(out.stdout).unwrap().replace('\n', "");
        for expected in [
            "现状评估",
            "目标任务书",
            "行动计划",
            "王总态度从 -1 到 +2",
            "客户问题与共生举措",
            "第 4 页，共 4 页",
        ] {
            assert!(text.contains(expected), "{expected} not in {text}");
        }
    }
    if let Some(keep) = std::env::var_os("SYMBIO_SAMPLE_PLAN_PDF") {
        std::fs::copy(&pdf_path, keep).unwrap();
    }
}

#[test]
fn the_sample_plan_fills_its_pages_without_overlaps() {
    let db = crate::Db::open_in_memory().unwrap();
    let account = db.create_sample_account().unwrap();
    let plan = db.list_plans(account.id).unwrap()[0].id;
    let fonts = Fonts::system().unwrap();
    for language in [Language::En, Language::ZhCn] {
        let document = db.plan_document(plan, language, false).unwrap();
        let pages = pdf::layout(&document, &fonts);
        assert!(pages.len() >= 3, "{language}: {} pages", pages.len());
        for (number, page) in pages.iter().enumerate() {
            let boxes: Vec<[f32; 4]> = page.items.iter().filter_map(|i| i.text_box(&fonts)).collect();
            for (i, a) in boxes.iter().enumerate() {
                assert!(
                    a[0] >= 56.0 && a[2] <= pdf::PAGE_WIDTH - 56.0,
                    "{language} page {number}: {a:?}"
                );
                for b in &boxes[i + 1..] {
                    let apart =
                        a[2] <= b[0] + 0.01 || b[2] <= a[0] + 0.01 || a[3] <= b[1] + 0.01 || b[3] <= a[1] + 0.01;
                    assert!(apart, "{language} page {}: {a:?} overlaps {b:?}", number + 1);
                }
            }
        }
        if let Some(keep) = std::env::var_os("SYMBIO_SAMPLE_PLAN_DIR") {
            let target = std::path::Path::new(&keep).join(format!("sample-plan-{language}.pdf"));
            pdf::write_pdf(&document, &fonts, &target, &mut |_| {}, &AtomicBool::new(false)).unwrap();
        }
    }
}

#[test]
fn the_customer_part_lists_open_issues_worst_first_and_the_initiatives_without_private_text_when_hidden() {
    use crate::account::initiative::{InitiativeInput, InitiativeKind, InitiativeStatus};
    use crate::account::issue::{CauseSide, IssueInput, IssueSeverity, IssueStatus};

    let s = setup();
    let account = s.kit.db.plan(s.plan).unwrap().account_id;
    let issue = |title: &str, severity, status, closed_on: Option<&str>| IssueInput {
        title: title.into(),
        raised_by_id: None,
        raised_on: "2026-10-01".into(),
        severity,
        cause_side: CauseSide::Ours,
        cause: "换线时未通知客户".into(),
        owner_id: None,
        status,
        closed_on: closed_on.map(Into::into),
        confirmed_by_customer: false,
    };
    let db = &s.kit.db;
    db.create_customer_issue(
        account,
        issue("包装破损", IssueSeverity::Medium, IssueStatus::Open, None),
    )
    .unwrap();
    db.create_customer_issue(
        account,
        issue("交付延迟", IssueSeverity::Critical, IssueStatus::InProgress, None),
    )
    .unwrap();
    db.create_customer_issue(
        account,
        issue("发票错误", IssueSeverity::High, IssueStatus::Closed, Some("2026-10-05")),
    )
    .unwrap();
    db.create_initiative(
        account,
        InitiativeInput {
            title: "联合开发轻量化主轴".into(),
            kind: InitiativeKind::JointRnd,
            our_investment: Some(200_000.0),
            their_investment: Some(150_000.0),
            expected_return: Some(1_000_000.0),
            actual_return: None,
            status: InitiativeStatus::Running,
            started_on: Some("2026-05-01".into()),
            ended_on: None,
            notes: String::new(),
        },
    )
    .unwrap();

    let shown = db.plan_document(s.plan, Language::ZhCn, false).unwrap();
    let part = &shown.sections[3];
    let Block::Table(issues) = &part.blocks[1] else {
        panic!("no issue table")
    };
    let titles: Vec<String> = issues.rows.iter().map(|r| r[0].display()).collect();
    assert_eq!(
        titles,
        ["交付延迟", "包装破损"],
        "open issues only, the critical one first"
    );
    assert_eq!(issues.rows[0][1].display(), "严重");
    assert!(texts(part).iter().any(|t| t == "换线时未通知客户"));
    let Block::Table(initiatives) = &part.blocks[3] else {
        panic!("no initiative table")
    };
    assert_eq!(initiatives.rows[0][0].display(), "联合开发轻量化主轴");
    assert_eq!(initiatives.rows[0][1].display(), "联合研发");
    assert_eq!(initiatives.rows[0][3], Cell::Number(200_000.0));

    let hidden = db.plan_document(s.plan, Language::ZhCn, true).unwrap();
    assert!(
        !texts(&hidden.sections[3]).iter().any(|t| t.contains("换线")),
        "root-cause text is left out when private details are hidden"
    );
}
