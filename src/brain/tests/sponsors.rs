use super::*;
use crate::brain::testkit::Kit;
use crate::vocabulary::{CoverageRole, Level};

#[test]
fn executives_are_ranked_by_level_business_and_history() {
    let kit = Kit::new();
    let cfo = kit.titled_contact("Harriet", "Chief Financial Officer", Level::Executive);
    let our_cfo = kit.titled_staff("Fiona", "CFO, Group Finance", Level::Executive);
    let md = kit.titled_staff("Wei", "Managing Director, China", Level::Executive);
    let sales = kit.titled_staff("Rob", "VP Sales, Dairy", Level::Executive);
    let fin_dir = kit.titled_staff("Fred", "Finance Director", Level::SeniorManager);
    kit.titled_staff("Kam", "Key Account Manager", Level::Manager);
    let gone = kit.titled_staff("Gus", "CFO", Level::Executive);
    kit.set_status(gone, PersonStatus::Left);
    kit.friends(md, cfo, 5);
    kit.met("2025-10-01", &[md, cfo]);
    kit.met("2025-11-01", &[md, cfo, sales]);
    kit.cover(sales, cfo, CoverageRole::Sponsor);

    let s = kit.db.sponsor_suggestions(cfo).unwrap();
    let ranked: Vec<i64> = s.candidates.iter().map(|c| c.person.id).collect();
    assert_eq!(ranked, [md, our_cfo, fin_dir, sales]);
    let top = &s.candidates[0];
    assert!((top.score - (0.4 + 0.15 + 0.3 * (0.6 + 0.4 * 2.0 / 3.0))).abs() < 1e-9);
    assert!(top.reasons.iter().any(|r| r.contains("strength 5")));
    assert!(top.reasons.iter().any(|r| r.contains("2 time(s)")));
    assert_eq!(s.candidates[1].business_match, 1.0);
    assert!(s.candidates[1].reasons.iter().any(|r| r == "same business: finance"));
    assert!((s.candidates[2].level_match - 2.0 / 3.0).abs() < 1e-9);
    let current = &s.candidates[3];
    assert!(current.current_sponsor);
    assert_eq!(current.sponsoring, 1);
    assert!(current.reasons.iter().any(|r| r.contains("already sponsors 1")));
}

#[test]
fn business_functions_are_read_from_titles_in_both_languages() {
    assert_eq!(functions("VP R&D").into_iter().collect::<Vec<_>>(), ["technology"]);
    assert_eq!(functions("采购总监").into_iter().collect::<Vec<_>>(), ["procurement"]);
    assert!(functions("Digital transformation lead").contains("technology"));
    assert!(functions("Editor").is_empty());
}

#[test]
fn only_customer_side_people_who_are_still_there_get_suggestions() {
    let kit = Kit::new();
    let ours = kit.staff("Sam", Level::Executive);
    assert_eq!(kit.db.sponsor_suggestions(ours).unwrap_err().field(), Some("person_id"));
    let gone = kit.contact("Gil", Level::Executive);
    kit.set_status(gone, PersonStatus::Left);
    assert_eq!(kit.db.sponsor_suggestions(gone).unwrap_err().field(), Some("person_id"));
    assert!(matches!(kit.db.sponsor_suggestions(9999), Err(Error::NotFound { .. })));
}
