//! Executive documents written as PDF and XLSX, read back as a reader would: the text (Chinese
//! included) with pdftotext, the pages as pictures with pdftoppm, the workbook with calamine.

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};

use calamine::{open_workbook, Data, Reader, Xlsx};
use chrono::NaiveDate;
use symbio::document::pdf::{layout, write_pdf, Item};
use symbio::document::xlsx::write_xlsx;
use symbio::document::{
    Block, Cell, Document, ExportOutcome, Fonts, KeyValue, Language, Progress, Section, Table, TitleBlock,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A plan-like document in English with the customer's Chinese names, `rows` action rows long.
fn document(rows: usize) -> Document {
    let actions = (0..rows)
        .map(|i| {
            vec![
                Cell::text(format!(
                    "Action {i}: 拜访王总，介绍新一代主轴方案 and agree the pilot scope"
                )),
                Cell::Date(date(2027, 1 + (i % 12) as u32, 15)),
                Cell::Number(1200.0 * i as f64),
                Cell::Percent(i as f64 / rows.max(1) as f64),
            ]
        })
        .collect();
    Document {
        title: TitleBlock {
            title: "Account plan 2027".into(),
            account: "华东精密机械".into(),
            date: date(2026, 12, 2),
            personal_details_hidden: false,
            language: Language::En,
        },
        sections: vec![
            Section {
                heading: "Status assessment".into(),
                sheet: Some("Plan".into()),
                new_page: false,
                blocks: vec![
                    Block::Paragraph(
                        "Supply of spindle units since 2024; the purchasing director prefers the incumbent. \
                         采购总监倾向现有供应商，技术部支持我方。"
                            .into(),
                    ),
                    Block::KeyValues(vec![
                        KeyValue {
                            key: "Tier".into(),
                            value: Cell::text("A"),
                        },
                        KeyValue {
                            key: "Revenue 2026".into(),
                            value: Cell::Number(2_450_000.0),
                        },
                    ]),
                ],
            },
            Section {
                heading: "Target task book".into(),
                sheet: Some("Targets".into()),
                new_page: true,
                blocks: vec![
                    Block::Table(Table {
                        columns: vec!["Target".into(), "Due".into(), "Owner".into()],
                        rows: vec![vec![
                            Cell::text("王总态度从 -1 到 +2"),
                            Cell::Date(date(2027, 6, 30)),
                            Cell::text("Li Ming"),
                        ]],
                    }),
                    Block::Legend("Attitude: -3 strongly against … +3 exclusive support.".into()),
                ],
            },
            Section {
                heading: "Action plan".into(),
                sheet: Some("Actions".into()),
                new_page: true,
                blocks: vec![Block::Table(Table {
                    columns: vec!["Action".into(), "Due".into(), "Budget".into(), "Done".into()],
                    rows: actions,
                })],
            },
        ],
    }
}

fn pdftotext(pdf: &Path, page: Option<usize>) -> Option<String> {
    let mut command = Command::new("pdftotext");
    if let Some(page) = page {
        command.args(["-f", &page.to_string(), "-l", &page.to_string()]);
    }
    let output = command.arg(pdf).arg("-").output().ok()?;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    Some(String::from_utf8(output.stdout).unwrap())
}

#[test]
fn the_pdf_has_real_text_in_both_scripts_and_no_overlaps() {
    let fonts = Fonts::system().expect("a CJK font is installed by the project's setup");
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.pdf");
    let document = document(8);
    let mut seen = Vec::new();
    let outcome = write_pdf(
        &document,
        &fonts,
        &target,
        &mut |p| seen.push(p),
        &AtomicBool::new(false),
    )
    .unwrap();
    let ExportOutcome::Saved(saved) = outcome else {
        panic!("not saved")
    };
    let bytes = std::fs::read(&target).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert_eq!(saved.bytes as usize, bytes.len());
    // The font travels inside the file (subset), so the reader needs none installed.
    assert!(bytes.windows(9).any(|w| w == b"/FontFile"), "font embedded");
    assert_eq!(seen.last(), Some(&Progress { done: 3, total: 3 }));
    assert_eq!(seen.len(), 3);

    let pages = layout(&document, &fonts);
    assert_eq!(pages.len(), 3, "each part starts on its own page");
    for (number, page) in pages.iter().enumerate() {
        let boxes: Vec<[f32; 4]> = page.items.iter().filter_map(|i| i.text_box(&fonts)).collect();
        for (i, a) in boxes.iter().enumerate() {
            assert!(
                a[0] >= 0.0 && a[2] <= 595.3 && a[1] >= 0.0 && a[3] <= 841.9,
                "page {number}: {a:?}"
            );
            for b in &boxes[i + 1..] {
                let apart = a[2] <= b[0] + 0.01 || b[2] <= a[0] + 0.01 || a[3] <= b[1] + 0.01 || b[3] <= a[1] + 0.01;
                assert!(apart, "page {}: {a:?} overlaps {b:?}", number + 1);
            }
        }
    }

    let Some(text) = pdftotext(&target, None) else {
        eprintln!("pdftotext is not installed (poppler-utils): text not read back");
        return;
    };
    for expected in [
        "Account plan 2027",
        "华东精密机械",
        "王总态度从 -1 到 +2",
        "Target task book",
        "采购总监倾向现有供应商",
        "2,450,000",
        "2027-06-30",
        "Page 3 of 3",
    ] {
        // A line may wrap inside a phrase: compare without the line ends.
        assert!(
            text.replace('\n', "").contains(expected),
            "{expected:?} not in:\n{text}"
        );
    }
    let first = pdftotext(&target, Some(1)).unwrap();
    assert!(
        first.contains("华东精密机械 · Account plan 2027 · 2026-12-02"),
        "{first}"
    );
}

#[test]
fn a_long_table_breaks_across_pages_with_its_header_repeated() {
    let fonts = Fonts::system().unwrap();
    let document = document(150);
    let pages = layout(&document, &fonts);
    assert!(pages.len() >= 5, "{} pages", pages.len());
    // From the action plan's page on, every page starts its content with the header row.
    let texts = |page: &symbio::document::pdf::PageLayout| -> Vec<(f32, String)> {
        let mut texts: Vec<(f32, String)> = page
            .items
            .iter()
            .filter_map(|item| match item {
                Item::Text { baseline, text, .. } if *baseline > 60.0 && *baseline < 800.0 => {
                    Some((*baseline, text.clone()))
                }
                _ => None,
            })
            .collect();
        texts.sort_by(|a, b| a.0.total_cmp(&b.0));
        texts
    };
    for page in &pages[3..] {
        let texts = texts(page);
        let top: Vec<&str> = texts.iter().take(4).map(|(_, t)| t.as_str()).collect();
        assert_eq!(top, ["Action", "Due", "Budget", "Done"], "{texts:?}");
    }
    // Every row is on some page exactly once.
    let all: Vec<String> = pages.iter().flat_map(texts).map(|(_, t)| t).collect();
    for i in [0, 75, 149] {
        let head = format!("Action {i}:");
        assert_eq!(all.iter().filter(|t| t.starts_with(&head)).count(), 1, "{head}");
    }

    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("long.pdf");
    write_pdf(&document, &fonts, &target, &mut |_| {}, &AtomicBool::new(false)).unwrap();
    if let Some(text) = pdftotext(&target, Some(pages.len())) {
        assert!(
            text.contains("Action") && text.contains("Budget") && text.contains("Action 149:"),
            "{text}"
        );
    }
}

#[test]
fn the_workbook_keeps_rows_and_types() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.xlsx");
    let mut seen = Vec::new();
    let outcome = write_xlsx(&document(5), &target, &mut |p| seen.push(p), &AtomicBool::new(false)).unwrap();
    assert!(matches!(outcome, ExportOutcome::Saved(_)));
    assert_eq!(seen.last(), Some(&Progress { done: 4, total: 4 }));

    let mut workbook: Xlsx<_> = open_workbook(&target).unwrap();
    assert_eq!(workbook.sheet_names(), ["About", "Plan", "Targets", "Actions"]);
    let about = workbook.worksheet_range("About").unwrap();
    assert_eq!(about.get_value((3, 1)), Some(&Data::String("华东精密机械".into())));

    let targets = workbook.worksheet_range("Targets").unwrap();
    assert_eq!(targets.get_value((0, 0)), Some(&Data::String("Target".into())));
    assert_eq!(
        targets.get_value((1, 0)),
        Some(&Data::String("王总态度从 -1 到 +2".into()))
    );
    let Some(Data::DateTime(due)) = targets.get_value((1, 1)) else {
        panic!("due is not a date: {:?}", targets.get_value((1, 1)))
    };
    let serial = (date(2027, 6, 30) - date(1899, 12, 30)).num_days() as f64;
    assert_eq!(due.as_f64(), serial);

    let plan = workbook.worksheet_range("Plan").unwrap();
    assert_eq!(plan.get_value((2, 1)), Some(&Data::Float(2_450_000.0)));
    let actions = workbook.worksheet_range("Actions").unwrap();
    assert_eq!(actions.height(), 6);
    assert_eq!(actions.get_value((3, 2)), Some(&Data::Float(2400.0)));
    assert_eq!(actions.get_value((3, 3)), Some(&Data::Float(0.4)));
}

#[test]
fn a_cancelled_export_leaves_no_file() {
    let fonts = Fonts::system().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cancel = AtomicBool::new(false);
    let pdf = dir.path().join("plan.pdf");
    let outcome = write_pdf(
        &document(150),
        &fonts,
        &pdf,
        &mut |p| cancel.store(p.done >= 2, Ordering::Relaxed),
        &cancel,
    )
    .unwrap();
    assert_eq!(outcome, ExportOutcome::Cancelled);
    cancel.store(false, Ordering::Relaxed);
    let xlsx = dir.path().join("plan.xlsx");
    let outcome = write_xlsx(
        &document(5),
        &xlsx,
        &mut |_| cancel.store(true, Ordering::Relaxed),
        &cancel,
    )
    .unwrap();
    assert_eq!(outcome, ExportOutcome::Cancelled);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

/// Writes a 10-page PDF and says how long it took and how big it is (`--nocapture` shows it);
/// with SYMBIO_SAMPLE_PDF set, keeps it there to look at.
#[test]
fn a_ten_page_pdf_is_quick_and_small() {
    let looked_up = std::time::Instant::now();
    let fonts = Fonts::system().unwrap();
    eprintln!("system font found in {:?} (once per run)", looked_up.elapsed());
    let mut rows = 40;
    let document = loop {
        let document = document(rows);
        if layout(&document, &fonts).len() >= 10 {
            break document;
        }
        rows += 20;
    };
    let dir = tempfile::tempdir().unwrap();
    let target = std::env::var_os("SYMBIO_SAMPLE_PDF")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| dir.path().join("ten.pdf"));
    let started = std::time::Instant::now();
    let ExportOutcome::Saved(saved) =
        write_pdf(&document, &fonts, &target, &mut |_| {}, &AtomicBool::new(false)).unwrap()
    else {
        panic!("not saved")
    };
    let elapsed = started.elapsed();
    eprintln!(
        "{} pages ({} rows) in {:?}, {} bytes, font {}",
        layout(&document, &fonts).len(),
        rows,
        elapsed,
        saved.bytes,
        fonts.family
    );
    // Subset fonts: far below the full CJK font's many megabytes.
    assert!(saved.bytes < 1_500_000, "{} bytes", saved.bytes);
}

#[test]
fn a_row_taller_than_a_page_is_split_between_lines() {
    let fonts = Fonts::system().unwrap();
    let long = "王总态度从 -1 到 +2，需要多次拜访并安排技术交流。".repeat(120);
    let mut document = document(0);
    document.sections.truncate(1);
    document.sections[0].blocks = vec![Block::Table(Table {
        columns: vec!["Target".into(), "Due".into()],
        rows: vec![
            vec![Cell::text("short"), Cell::Date(date(2027, 1, 1))],
            vec![Cell::text(long.clone()), Cell::Date(date(2027, 6, 30))],
        ],
    })];
    let pages = layout(&document, &fonts);
    assert!(pages.len() >= 2, "{} pages", pages.len());
    let mut lines = 0;
    for page in &pages {
        for item in &page.items {
            if let Item::Text { baseline, text, .. } = item {
                assert!(*baseline < 841.89 - 30.0, "{baseline}");
                if text.contains('王') || text.contains('访') {
                    lines += 1;
                }
            }
        }
        // The header row opens every page the table runs onto.
        let mut texts: Vec<(f32, &str)> = page
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text { baseline, text, .. } if *baseline > 60.0 && *baseline < 780.0 => {
                    Some((*baseline, text.as_str()))
                }
                _ => None,
            })
            .collect();
        texts.sort_by(|a, b| a.0.total_cmp(&b.0));
        if !std::ptr::eq(page, &pages[0]) {
            assert_eq!(texts[0].1, "Target", "{texts:?}");
        }
    }
    let wrapped: usize = pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|i| match i {
            Item::Text { text, .. } => Some(text.chars().filter(|c| *c == '王').count()),
            _ => None,
        })
        .sum();
    assert_eq!(wrapped, 120, "every repetition is drawn once");
    assert!(lines > 60);
}
