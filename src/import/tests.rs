use proptest::prelude::*;

use super::mapping::{self, ImportField};
use super::read::{self, detect_delimiter};
use super::*;
use crate::error::Problem;

fn headers(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn crm_headers_suggest_their_fields() {
    let salesforce = mapping::suggest(&headers(&[
        "First Name",
        "Last Name",
        "Title",
        "Department",
        "Reports To",
        "Email",
        "Phone",
        "Account Name",
    ]));
    assert_eq!(
        salesforce.columns,
        vec![
            Some(ImportField::FirstName),
            Some(ImportField::LastName),
            Some(ImportField::Title),
            Some(ImportField::Department),
            Some(ImportField::ReportsTo),
            Some(ImportField::Email),
            Some(ImportField::Phone),
            None,
        ]
    );
    let dynamics = mapping::suggest(&headers(&[
        "Full Name",
        "Job Title",
        "Department",
        "Manager",
        "Parent Customer",
    ]));
    assert_eq!(
        dynamics.columns,
        vec![
            Some(ImportField::FullName),
            Some(ImportField::Title),
            Some(ImportField::Department),
            Some(ImportField::ReportsTo),
            None,
        ]
    );
    let chinese = mapping::suggest(&headers(&["姓名", "职务", "部门", "上级", "邮箱", "电话"]));
    assert_eq!(
        chinese.columns,
        vec![
            Some(ImportField::FullName),
            Some(ImportField::Title),
            Some(ImportField::Department),
            Some(ImportField::ReportsTo),
            Some(ImportField::Email),
            Some(ImportField::Phone),
        ]
    );
    // A field goes to its first column only.
    let twice = mapping::suggest(&headers(&["Name", "Full Name"]));
    assert_eq!(twice.columns, vec![Some(ImportField::FullName), None]);
}

#[test]
fn a_mapping_needs_a_name_and_each_field_once() {
    let cols = headers(&["A", "B"]);
    let no_name = ImportMapping {
        columns: vec![Some(ImportField::Title), None],
        ..ImportMapping::default()
    };
    assert_eq!(mapping::check(&no_name, &cols).unwrap_err().field(), Some("mapping"));
    let twice = ImportMapping {
        columns: vec![Some(ImportField::FullName), Some(ImportField::FullName)],
        ..ImportMapping::default()
    };
    assert!(mapping::check(&twice, &cols).is_err());
    let short = ImportMapping {
        columns: vec![Some(ImportField::FullName)],
        ..ImportMapping::default()
    };
    assert!(mapping::check(&short, &cols).is_err());
}

#[test]
fn titles_give_levels_by_the_rule_table() {
    let rules = mapping::level_rules();
    let level = |t: &str| mapping::guess_level(t, &rules).map(|r| r.level);
    assert_eq!(level("CEO"), Some(Level::Executive));
    assert_eq!(level("总经理"), Some(Level::Executive));
    assert_eq!(level("副总经理"), Some(Level::Executive));
    assert_eq!(level("总裁办主任"), Some(Level::Executive));
    assert_eq!(level("采购总监"), Some(Level::SeniorManager));
    assert_eq!(level("Director of Quality"), Some(Level::SeniorManager));
    assert_eq!(level("Vice President, Supply"), Some(Level::SeniorManager));
    assert_eq!(level("采购经理"), Some(Level::Manager));
    assert_eq!(level("Category Manager"), Some(Level::Manager));
    // "cto" inside "Director" is no CTO.
    assert_eq!(
        mapping::guess_level("Director", &rules).map(|r| r.keyword.as_str()),
        Some("Director")
    );
    assert_eq!(level("Buyer"), None);
}

#[test]
fn encodings_are_found_from_the_bom_or_the_bytes() {
    let text = "姓名,职务\n王伟,采购经理\n";
    let (gbk, _, _) = encoding_rs::GBK.encode(text);
    assert_eq!(read::decode(&gbk), Some((text.to_owned(), "gb18030")));
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(text.as_bytes());
    assert_eq!(read::decode(&bom), Some((text.to_owned(), "UTF-8")));
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(read::decode(&le), Some((text.to_owned(), "UTF-16LE")));
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    assert_eq!(read::decode(&be), Some((text.to_owned(), "UTF-16BE")));
    assert_eq!(read::decode(text.as_bytes()), Some((text.to_owned(), "UTF-8")));
    assert_eq!(read::decode(&[0x00, 0x9F, 0xFF, 0x00]), None);
}

#[test]
fn delimiters_are_found() {
    assert_eq!(detect_delimiter("a;b;c\n1;2;3\n"), ';');
    assert_eq!(detect_delimiter("a\tb\n1\t2\n"), '\t');
    assert_eq!(detect_delimiter("a|b\n1|2\n"), '|');
    assert_eq!(detect_delimiter("name,title\n\"Wang, Wei\",CEO\n"), ',');
    assert_eq!(detect_delimiter("\"a;b\",c\n\"x;y\",z\n"), ',');
}

#[test]
fn bad_files_are_refused_with_a_typed_problem() {
    let problem = |r: crate::Result<read::Grid>| r.unwrap_err().to_problem();
    assert_eq!(
        problem(read::read_bytes("people.csv", b"", None)),
        Problem::EmptyFile {
            file: "people.csv".into()
        }
    );
    let pdf = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\x00\x01\x02";
    assert_eq!(
        problem(read::read_bytes("people.xlsx", pdf, None)),
        Problem::NotReadable {
            file: "people.xlsx".into(),
            format: "xlsx".into()
        }
    );
    assert_eq!(
        problem(read::read_bytes("people.csv", pdf, None)),
        Problem::NotReadable {
            file: "people.csv".into(),
            format: "csv".into()
        }
    );
    let long = format!("Name,Note\nWang Wei,{}\n", "x".repeat(read::MAX_CELL_CHARS + 1));
    assert_eq!(
        problem(read::read_bytes("people.csv", long.as_bytes(), None)),
        Problem::CellTooLong {
            file: "people.csv".into(),
            row: 2,
            column: 2,
            max: read::MAX_CELL_CHARS as i64
        }
    );
}

#[test]
fn a_file_above_the_cap_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.csv");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(read::MAX_FILE_BYTES + 1).unwrap();
    let problem = read::read_path(&path, None).unwrap_err().to_problem();
    assert_eq!(
        problem,
        Problem::FileTooLarge {
            file: "huge.csv".into(),
            max_bytes: read::MAX_FILE_BYTES as i64,
            bytes: read::MAX_FILE_BYTES as i64 + 1
        }
    );
}

#[test]
fn pasted_lines_without_a_header_are_name_title_department() {
    let grid = paste::pasted("王伟，采购总监，采购部\nLin Qiao, Buyer, Procurement\n").unwrap();
    assert_eq!(grid.headers, headers(&["Name", "Title", "Department"]));
    assert_eq!(grid.rows.len(), 2);
    assert_eq!(grid.rows[0].1, headers(&["王伟", "采购总监", "采购部"]));
    let short = paste::pasted("王伟, 采购总监\nLin Qiao, Buyer, Procurement\n").unwrap();
    assert_eq!(
        short.rows[0].1,
        headers(&["王伟", "采购总监", ""]),
        "a line's missing cells are empty"
    );
    let tabbed = paste::pasted("姓名\t职务\n王伟\t采购总监\n").unwrap();
    assert_eq!(tabbed.headers, headers(&["姓名", "职务"]));
    assert_eq!(tabbed.rows, vec![(2, headers(&["王伟", "采购总监"]))]);
}

/// A small real workbook, to damage in the property test below.
fn workbook_bytes() -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, row) in [
        ["Full Name", "Job Title", "Manager"],
        ["Helen Zhou", "CEO", ""],
        ["Ivan Petrov", "Director", "Helen Zhou"],
    ]
    .iter()
    .enumerate()
    {
        for (c, cell) in row.iter().enumerate() {
            sheet.write(r as u32, c as u16, *cell).unwrap();
        }
    }
    book.save_to_buffer().unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn a_damaged_workbook_never_panics_the_reader(
        flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8),
        cut in any::<usize>(),
    ) {
        let mut bytes = workbook_bytes();
        for (at, value) in flips {
            let len = bytes.len();
            bytes[at % len] = value;
        }
        let _ = read::read_bytes("x.xlsx", &bytes, None);
        bytes.truncate(cut % (bytes.len() + 1));
        let _ = read::read_bytes("x.xlsx", &bytes, None);
    }

    #[test]
    fn arbitrary_bytes_never_panic_the_readers(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = read::read_bytes("x.csv", &bytes, None);
        let _ = read::read_bytes("x.xlsx", &bytes, None);
        let _ = read::read_bytes("x.ods", &bytes, None);
        let _ = read::read_bytes("x.xls", &bytes, None);
    }

    #[test]
    fn arbitrary_headers_never_panic_the_mapper(cells in proptest::collection::vec(".{0,12}", 0..12), title in ".{0,30}") {
        let mapping = mapping::suggest(&cells);
        prop_assert_eq!(mapping.columns.len(), cells.len());
        let _ = mapping::check(&mapping, &cells);
        let _ = mapping::guess_level(&title, &mapping::level_rules());
        let _ = paste::pasted(&cells.join("\t"));
    }
}
