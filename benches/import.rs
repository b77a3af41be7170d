//! Benchmark of importing 10,000 people (a Salesforce-style CSV with departments and a
//! reporting tree ten wide) into an empty account of an on-disk workspace, by phase: reading
//! the file, the preview (mapping, duplicates, managers, cycles), and the commit (departments,
//! people, reporting lines and journal, one action), and the preview of the same file again
//! (every row a duplicate). Target: the commit under 3 s.
//!
//! Run: `cargo bench -p symbio --bench import`. Prints the fastest of three runs per phase.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use symbio::account::NewAccount;
use symbio::import::{read, ImportPlan, ImportSource};
use symbio::Db;

const ROWS: usize = 10_000;

fn csv() -> String {
    let mut text = String::from("First Name,Last Name,Title,Department,Reports To,Email,Phone\n");
    let titles = ["CEO", "Director", "Manager", "Buyer", "Analyst"];
    for i in 0..ROWS {
        let manager = if i == 0 {
            String::new()
        } else {
            format!("Person {}", (i - 1) / 10)
        };
        let depth = (i as f64).log10().floor() as usize;
        let _ = writeln!(
            text,
            "Person,{i},{},Department {},{manager},person{i}@example.com,+1 555 {i:04}",
            titles[depth.min(4)],
            i % 40
        );
    }
    text
}

fn main() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("people.csv");
    std::fs::write(&path, csv()).expect("the fixture is written");
    let source = ImportSource::File {
        path: path.display().to_string(),
        sheet: None,
    };
    let (mut parse, mut preview, mut commit, mut again) = (Duration::MAX, Duration::MAX, Duration::MAX, Duration::MAX);
    for run in 0..3 {
        let db = Db::open(&dir.path().join(format!("bench-{run}.symbio"))).expect("a workspace");
        let account = db
            .create_account(NewAccount::named("Harbor Foods"))
            .expect("an account")
            .id;

        let start = Instant::now();
        let grid = read::read_path(&path, None).expect("the CSV reads");
        parse = parse.min(start.elapsed());
        assert_eq!(grid.rows.len(), ROWS);

        let start = Instant::now();
        let shown = db.import_preview(account, &source, None).expect("the preview");
        preview = preview.min(start.elapsed());
        assert_eq!(shown.creates, ROWS as i64);

        let plan = ImportPlan {
            source: source.clone(),
            mapping: shown.mapping,
            choices: Vec::new(),
        };
        let start = Instant::now();
        let summary = db.import_people(account, &plan).expect("the import");
        commit = commit.min(start.elapsed());
        assert_eq!(
            (summary.created, summary.reporting_lines),
            (ROWS as i64, ROWS as i64 - 1)
        );

        // The same file again: every row is now a duplicate of someone in the account.
        let start = Instant::now();
        let shown = db.import_preview(account, &source, None).expect("the second preview");
        again = again.min(start.elapsed());
        assert_eq!(shown.skips, ROWS as i64);
    }
    println!("import of {ROWS} rows, fastest of 3: parse {parse:.2?}, preview (parse included) {preview:.2?}, commit (preview again included) {commit:.2?}, preview of the same file over the {ROWS} people imported {again:.2?}");
}
