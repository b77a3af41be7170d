use super::*;
use crate::ErrorKind;

fn problem(result: Result<String>) -> Problem {
    match result {
        Err(Error::Invalid { problem, .. }) => problem,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn names_are_trimmed_one_line_and_at_most_200_characters() {
    assert_eq!(name("name", "  Harriet Vance \u{200B}").unwrap(), "Harriet Vance");
    assert_eq!(problem(name("name", "\u{200B}\u{FEFF} ")), Problem::Empty);
    assert_eq!(problem(name("name", "Zhao\0Ming")), Problem::ControlCharacter);
    assert_eq!(problem(name("name", "Zhao\nMing")), Problem::ControlCharacter);
    assert_eq!(name("name", &"王".repeat(200)).unwrap().chars().count(), 200);
    assert_eq!(problem(name("name", &"王".repeat(201))), Problem::TooLong { max: 200 });
}

#[test]
fn free_text_keeps_line_breaks_refuses_nul_and_stops_at_20000_characters() {
    assert_eq!(
        free_text("notes", " first line\nsecond\tcolumn ").unwrap(),
        "first line\nsecond\tcolumn"
    );
    assert_eq!(free_text("notes", "  ").unwrap(), "");
    assert_eq!(problem(free_text("notes", "a\0b")), Problem::ControlCharacter);
    assert_eq!(problem(free_text("notes", "\u{1b}[31m")), Problem::ControlCharacter);
    assert_eq!(
        problem(non_empty("reason", &"x".repeat(20_001))),
        Problem::TooLong { max: 20_000 }
    );
    assert_eq!(problem(non_empty("reason", "\u{200D}")), Problem::Empty);
}

#[test]
fn dates_are_iso_within_1900_to_2200() {
    assert_eq!(date("on", " 2026-03-31 ").unwrap(), "2026-03-31");
    for bad in ["+10000-01-01", "2026-3-1", "31.03.2026", "2026-02-30", "０２０2-01-01"] {
        assert!(matches!(problem(date("on", bad)), Problem::NotADate { .. }), "{bad}");
    }
    assert_eq!(
        problem(date("on", "0000-01-01")),
        Problem::out_of_range(1900.0, 2200.0, 0.0)
    );
    assert_eq!(
        problem(date("on", "2201-01-01")),
        Problem::out_of_range(1900.0, 2200.0, 2201.0)
    );
    let refused = date("due_on", "1899-12-31").unwrap_err();
    assert_eq!(refused.kind(), ErrorKind::Invalid);
}
