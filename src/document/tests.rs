use super::*;
use crate::error::Problem;

#[test]
fn cells_print_as_people_read_them() {
    assert_eq!(Cell::Number(1234567.5).display(), "1,234,567.5");
    assert_eq!(Cell::Number(-1200.0).display(), "-1,200");
    assert_eq!(Cell::Number(0.125).display(), "0.13");
    assert_eq!(Cell::Percent(0.25).display(), "25%");
    assert_eq!(Cell::Percent(0.3333).display(), "33.3%");
    assert_eq!(
        Cell::Date(NaiveDate::from_ymd_opt(2026, 3, 31).unwrap()).display(),
        "2026-03-31"
    );
    assert_eq!(Cell::Empty.display(), "");
    assert!(Cell::Number(1.0).is_numeric() && !Cell::text("x").is_numeric());
}

#[test]
fn documents_travel_as_json() {
    let document = Document {
        title: TitleBlock {
            title: "客户关系规划".into(),
            account: "华东精密机械".into(),
            date: NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
            personal_details_hidden: true,
            language: Language::ZhCn,
        },
        sections: vec![Section {
            heading: "目标任务书".into(),
            sheet: Some("Targets".into()),
            new_page: true,
            blocks: vec![Block::Table(Table {
                columns: vec!["目标".into(), "截止".into()],
                rows: vec![vec![
                    Cell::text("王总态度从 -1 到 +2"),
                    Cell::Date(NaiveDate::from_ymd_opt(2027, 6, 30).unwrap()),
                ]],
            })],
        }],
    };
    let json = serde_json::to_value(&document).unwrap();
    assert_eq!(json["title"]["language"], "zh-CN");
    assert_eq!(json["sections"][0]["blocks"][0]["kind"], "table");
    assert_eq!(
        json["sections"][0]["blocks"][0]["content"]["rows"][0][1],
        serde_json::json!({ "type": "date", "value": "2027-06-30" })
    );
    let back: Document = serde_json::from_value(json).unwrap();
    assert_eq!(back, document);
}

#[test]
fn every_word_is_said_in_both_languages() {
    for word in strings::Word::ALL {
        let en = strings::word(Language::En, *word);
        let zh = strings::word(Language::ZhCn, *word);
        assert!(
            !en.is_empty() && !en.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{word:?}"
        );
        assert!(
            zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{word:?}: {zh}"
        );
    }
    assert_eq!(strings::page_of(Language::ZhCn, 2, 5), "第 2 页，共 5 页");
    assert_eq!(strings::page_of(Language::En, 2, 5), "Page 2 of 5");
}

#[test]
fn sheet_names_are_cleaned_short_and_unique() {
    let mut taken = Vec::new();
    assert_eq!(xlsx::sheet_name("Plan", &mut taken), "Plan");
    assert_eq!(xlsx::sheet_name("plan", &mut taken), "plan (2)");
    assert_eq!(xlsx::sheet_name("a/b: [c]?", &mut taken), "a b c");
    assert_eq!(xlsx::sheet_name("'quoted'", &mut taken), "quoted");
    assert_eq!(xlsx::sheet_name("", &mut taken), "Sheet");
    assert_eq!(xlsx::sheet_name("History", &mut taken), "History (2)");
    let long = "目标任务书".repeat(8);
    let first = xlsx::sheet_name(&long, &mut taken);
    let second = xlsx::sheet_name(&long, &mut taken);
    assert_eq!(first.chars().count(), 31);
    assert_eq!(second.chars().count(), 31);
    assert!(second.ends_with(" (2)"), "{second}");
    assert_eq!(xlsx::display_width("王总 ok"), 7);
}

#[test]
fn a_file_is_replaced_whole_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.pdf");
    std::fs::write(&target, b"old").unwrap();
    let saved = file::write_atomically(&target, b"%PDF-new").unwrap();
    assert_eq!(saved.bytes, 8);
    assert_eq!(std::fs::read(&target).unwrap(), b"%PDF-new");
    // A folder in the way: the rename fails and no temporary file is left.
    let blocked = dir.path().join("folder.pdf");
    std::fs::create_dir(&blocked).unwrap();
    std::fs::write(blocked.join("inside"), b"x").unwrap();
    assert!(file::write_atomically(&blocked, b"%PDF-").is_err());
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["folder.pdf", "plan.pdf"]);
}

#[test]
fn no_font_is_a_typed_refusal() {
    let error = Fonts::from_database(&fontdb::Database::new()).err().unwrap();
    assert_eq!(error.field(), Some("font"));
    assert_eq!(error.to_problem(), Problem::NoFont);
}

/// Linux machines set up by the project have WenQuanYi Micro Hei (TrueType, no bold face): the
/// document is set in it, bold drawn with an outline, and the text stays text.
#[test]
fn a_font_without_bold_still_gives_real_text() {
    let path = std::path::Path::new("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    if !path.exists() {
        eprintln!("WenQuanYi Micro Hei is not installed here");
        return;
    }
    let mut db = fontdb::Database::new();
    db.load_font_file(path).unwrap();
    let fonts = Fonts::from_database(&db).unwrap();
    assert_eq!(fonts.family, "WenQuanYi Micro Hei");
    assert!(fonts.bold.is_none() && fonts.fake_bold(true));
    let document = Document {
        title: TitleBlock {
            title: "客户关系规划".into(),
            account: "华东精密机械".into(),
            date: NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
            personal_details_hidden: false,
            language: Language::ZhCn,
        },
        sections: vec![Section {
            heading: "目标任务书".into(),
            sheet: None,
            new_page: false,
            blocks: vec![Block::Paragraph("王总态度从 -1 到 +2".into())],
        }],
    };
    let bytes = pdf::render_pdf(
        &document,
        &fonts,
        &mut |_| {},
        &std::sync::atomic::AtomicBool::new(false),
    )
    .unwrap()
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("wqy.pdf");
    std::fs::write(&file, &bytes).unwrap();
    if let Ok(out) = std::process::Command::new("pdftotext").arg(&file).arg("-").output() {
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.contains("王总态度从 -1 到 +2") && text.contains("目标任务书"),
            "{text}"
        );
    }
}
