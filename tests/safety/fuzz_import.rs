//! Bounded fuzzing of every importer, end to end: people files (CSV in UTF-8, UTF-16 and GBK,
//! XLSX) damaged byte by byte, and random tables written as a file or pasted, are read,
//! previewed and imported into a real workspace. Nothing panics; a refused import changes
//! nothing (whole-workspace dump, journal included); an accepted one leaves the workspace
//! healthy and one undo restores it exactly. (The readers' own no-panic properties on random
//! bytes and damaged workbooks live in src/import/tests.rs.)

use proptest::prelude::*;
use symbio::import::{read, ImportPlan, ImportSource};

use crate::fuzz_open::run;
use crate::support::{sample, Workspace};

const HEADER: &str = "Full Name,Job Title,Department,Manager,Email,Phone";
const ROWS: &[&str] = &[
    "Helen Zhou,CEO,Board,,helen.zhou@lakeshore.example,+86 21 5555 0101",
    "Ivan Petrov,Purchasing Director,Purchasing,Helen Zhou,ivan.petrov@lakeshore.example,",
    "王伟,采购经理,Purchasing,Ivan Petrov,wang.wei@lakeshore.example,+86 21 5555 0103",
    "\"Lee, Ann\",\"Quality \"\"Lead\"\"\",Quality,Helen Zhou,,",
];

fn csv_text() -> String {
    let mut text = String::from(HEADER);
    for row in ROWS {
        text.push('\n');
        text.push_str(row);
    }
    text
}

/// The same table as a file in each format and encoding an importer reads.
fn seeds() -> Vec<(&'static str, Vec<u8>)> {
    let text = csv_text();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let (gbk, _, _) = encoding_rs::GBK.encode(&text);
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, line) in text.lines().enumerate() {
        for (c, cell) in line.split(',').enumerate() {
            sheet.write(r as u32, c as u16, cell).unwrap();
        }
    }
    vec![
        ("people.csv", text.clone().into_bytes()),
        ("people.csv", utf16),
        ("people.txt", gbk.into_owned()),
        ("people.xlsx", book.save_to_buffer().unwrap()),
    ]
}

/// Previews and imports `source`; checks the outcome against the workspace before.
fn import(ws: &Workspace, source: ImportSource) -> Result<(), TestCaseError> {
    let before = ws.dump();
    let data = ws.data();
    let Ok(preview) = ws.db.import_preview(ws.account, &source, None) else {
        let after = ws.dump();
        let diff: Vec<_> = after.lines().filter(|l| !before.contains(l)).take(5).collect();
        prop_assert!(after == before, "a refused preview wrote nothing: {diff:?}");
        return Ok(());
    };
    let plan = ImportPlan {
        source,
        mapping: preview.mapping,
        choices: Vec::new(),
    };
    match ws.db.import_people(ws.account, &plan) {
        Err(_) => prop_assert!(ws.dump() == before, "a refused import wrote nothing"),
        Ok(summary) => {
            let conn = rusqlite::Connection::open(&ws.path).unwrap();
            let check: String = conn.query_row("PRAGMA integrity_check(1)", [], |r| r.get(0)).unwrap();
            prop_assert_eq!(check, "ok");
            let dangling: i64 = conn
                .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))
                .unwrap();
            prop_assert_eq!(dangling, 0);
            // An import that adds no one may still remember its column mapping: one action too.
            if ws.data() != data {
                ws.db.undo().unwrap();
            }
            prop_assert!(summary.created >= 0 && summary.skipped >= 0);
            prop_assert!(ws.data() == data, "one undo takes the import back whole");
        }
    }
    Ok(())
}

fn flipped(bytes: &[u8], flips: &[(usize, u8)], cut: Option<usize>) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for &(at, value) in flips {
        let len = out.len();
        out[at % len] = value;
    }
    if let Some(cut) = cut {
        out.truncate(cut % (out.len() + 1));
    }
    out
}

#[test]
fn damaged_people_files_are_read_previewed_and_imported_or_refused_cleanly() {
    let seeds = seeds();
    // Every reader, straight on the damaged bytes.
    let mut reads = run(
        (
            0..seeds.len(),
            proptest::collection::vec((any::<usize>(), any::<u8>()), 1..10),
            proptest::option::weighted(0.2, any::<usize>()),
        ),
        |(which, flips, cut)| {
            let (name, bytes) = &seeds[which];
            let damaged = flipped(bytes, &flips, cut);
            let _ = read::read_bytes(name, &damaged, None);
            let _ = read::decode(&damaged);
            Ok(())
        },
    );
    // Through the workspace: a damaged file chosen in the import wizard.
    let ws = sample();
    let dir = tempfile::tempdir().unwrap();
    let imports = run(
        (
            0..seeds.len(),
            proptest::collection::vec((any::<usize>(), any::<u8>()), 0..6),
        ),
        |(which, flips)| {
            let (name, bytes) = &seeds[which];
            let path = dir.path().join(name);
            std::fs::write(&path, flipped(bytes, &flips, None)).unwrap();
            let source = ImportSource::File {
                path: path.display().to_string(),
                sheet: None,
            };
            import(&ws, source)
        },
    );
    reads += imports;
    println!("fuzz: {reads} damaged people files read, {imports} of them imported through the workspace");
}

/// A cell: ordinary text, blanks, quotes, control characters, invisible characters or overlong.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Za-z王伟李 .'-]{0,24}",
        1 => "[\\x00-\\x1f\"\t,;|\u{200B}\u{FEFF}]{0,6}",
        1 => "\\PC{0,40}",
        1 => (150..400usize).prop_map(|n| "Ω".repeat(n)),
    ]
}

#[test]
fn random_tables_written_as_a_file_or_pasted_import_or_are_refused_cleanly() {
    let ws = sample();
    let dir = tempfile::tempdir().unwrap();
    let table = proptest::collection::vec(proptest::collection::vec(cell(), 0..7), 0..12);
    let ran = run((table, any::<bool>(), 0..3usize), |(rows, header, delimiter)| {
        let sep = [",", "\t", ";"][delimiter];
        let mut lines: Vec<String> = rows.iter().map(|r| r.join(sep)).collect();
        if header {
            lines.insert(0, HEADER.replace(',', sep));
        }
        let text = lines.join("\n");
        import(&ws, ImportSource::Paste { text: text.clone() })?;
        let path = dir.path().join("random.csv");
        std::fs::write(&path, text).unwrap();
        let source = ImportSource::File {
            path: path.display().to_string(),
            sheet: None,
        };
        import(&ws, source)
    });
    println!("fuzz: {} random tables imported, each pasted and as a file", ran);
}
