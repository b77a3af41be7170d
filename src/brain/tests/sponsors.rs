use super::*;
use crate::brain::testkit::Kit;
use crate::vocabulary::{CoverageRole, Level};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn executives_are_ranked_by_the_four_principles() {
    let kit = Kit::new();
    let cfo = kit.titled_contact("Harriet", "Chief Financial Officer", Level::Executive);
    let our_cfo = kit.titled_staff("Fiona", "CFO, Group Finance", Level::Executive);
    let md = kit.titled_staff("Wei", "Managing Director, China", Level::Executive);
    let sales = kit.titled_staff("Rob", "VP Sales, Dairy", Level::Executive);
    kit.titled_staff("Fred", "Finance Director", Level::SeniorManager);
    kit.titled_staff("Kam", "Key Account Manager", Level::Manager);
    let gone = kit.titled_staff("Gus", "CFO", Level::Executive);
    kit.set_status(gone, PersonStatus::Left);
    kit.friends(md, cfo, 5);
    kit.met("2025-10-01", &[md, cfo]);
    kit.met("2025-11-01", &[md, cfo, sales]);
    kit.cover(sales, cfo, CoverageRole::Sponsor);

    let s = kit.db.sponsor_suggestions(cfo).unwrap();
    let ranked: Vec<i64> = s.candidates.iter().map(|c| c.person.id).collect();
    assert_eq!(ranked, [md, our_cfo, sales], "only our executives who are still here");

    // Equal status, general management, a strong tie and two meetings, time to give and acting.
    let top = &s.candidates[0];
    let history = 0.5 + 0.3 * 2.0 / 3.0;
    let ability = 0.5 + 0.5 * 2.0 / 3.0;
    assert!(close(top.shared_history, history) && close(top.ability, ability));
    assert!(
        close(top.score, 0.3 + 0.25 * 0.5 + 0.25 * history + 0.2 * ability),
        "{}",
        top.score
    );
    assert!(top.reasons.contains(&SponsorReason::AlreadyTied { strength: 5 }));
    assert!(top.reasons.contains(&SponsorReason::MetTogether { meetings: 2 }));
    assert!(top.reasons.contains(&SponsorReason::TookPart { meetings: 2 }));
    assert_eq!(s.candidates[1].business_match, 1.0);
    let finance = SponsorReason::SameBusiness {
        functions: vec!["finance".into()],
    };
    assert!(s.candidates[1].reasons.contains(&finance));
    assert!(close(s.candidates[1].ability, 0.5));

    // The current sponsor: the coverage tie is shared history; its own sponsorship costs no time.
    let current = &s.candidates[2];
    assert!(current.current_sponsor);
    assert_eq!(current.sponsoring, 1);
    assert!(close(current.shared_history, 0.5 * 4.0 / 5.0 + 0.3 / 3.0));
    assert!(current.reasons.contains(&SponsorReason::NoOtherSponsorship));
}

#[test]
fn no_suggestion_is_a_pairing_the_rules_refuse() {
    let kit = Kit::new();
    kit.set_tier("S");
    let chair = kit.titled_contact("Li", "Chairman", Level::Board);
    let ceo = kit.titled_contact("Zhao", "Chief Executive Officer", Level::Executive);
    kit.reports_to(ceo, chair);
    let our_chair = kit.titled_staff("Gao", "Group Chairman", Level::Board);
    let md = kit.titled_staff("Wei", "Managing Director, China", Level::Executive);
    let owner = kit.titled_staff("Rob", "VP Sales, Dairy", Level::Executive);
    let busy = kit.titled_staff("Ada", "CEO, Asia", Level::Executive);
    kit.titled_staff("Dee", "Sales Director", Level::SeniorManager);
    kit.cover(owner, chair, CoverageRole::A);
    kit.cover(md, ceo, CoverageRole::A);
    for n in 0..3 {
        let other = kit.contact(&format!("Other {n}"), Level::Executive);
        kit.cover(busy, other, CoverageRole::Sponsor);
    }

    let s = kit.db.sponsor_suggestions(chair).unwrap();
    let ranked: Vec<i64> = s.candidates.iter().map(|c| c.person.id).collect();
    assert_eq!(ranked, [our_chair, md, busy], "not the A owner, not a senior manager");
    assert!(close(s.candidates[0].level_match, 1.0));
    assert!(close(s.candidates[1].level_match, 2.0 / 3.0));
    assert!(s.candidates[1]
        .reasons
        .contains(&SponsorReason::CoversColleagues { count: 1 }));
    assert!(close(s.candidates[2].ability, 0.0));
    assert!(s.candidates[2]
        .reasons
        .contains(&SponsorReason::SponsorsOthers { count: 3 }));

    // Each suggestion, taken, is accepted and closes the sponsor finding.
    for candidate in &s.candidates {
        let tie = crate::tie::NewTie {
            coverage_role: Some(CoverageRole::Sponsor),
            ..crate::tie::NewTie::new(candidate.person.id, chair, crate::vocabulary::TieKind::Coverage)
        };
        kit.db.create_tie(tie).unwrap();
        let report = kit.db.coverage_report(kit.account).unwrap();
        let sponsor_rules = report
            .gaps
            .iter()
            .filter(|g| g.person_id == Some(chair) && g.rule.as_str().contains("sponsor"))
            .count();
        assert_eq!(sponsor_rules, 0, "{}", candidate.person.name);
        kit.db.undo().unwrap();
    }
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
