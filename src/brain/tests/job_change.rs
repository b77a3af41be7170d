use super::*;
use crate::brain::testkit::Kit;
use crate::error::Error;
use crate::vocabulary::{Level, PersonStatus};

fn rules(impact: &JobChangeImpact) -> Vec<(&str, Severity, Option<i64>)> {
    impact
        .gaps
        .iter()
        .map(|g| (g.rule.as_str(), g.severity, g.person_id))
        .collect()
}

#[test]
fn an_owner_who_left_takes_coverage_and_paths_with_them() {
    let kit = Kit::new();
    let ann = kit.staff("Ann", Level::Manager);
    let sue = kit.staff("Sue", Level::Manager);
    let dana = kit.contact("Dana", Level::Executive);
    let bo = kit.contact("Bo", Level::Manager);
    let carl = kit.contact("Carl", Level::Manager);
    kit.role(dana, DecisionRole::Decider);
    kit.role(carl, DecisionRole::Buyer);
    kit.cover(ann, dana, CoverageRole::A);
    kit.cover(sue, bo, CoverageRole::A);
    kit.cover(ann, bo, CoverageRole::B);
    kit.friends(ann, carl, 3);
    kit.friends(sue, dana, 2);
    kit.set_status(ann, PersonStatus::Left);

    let impact = kit.db.job_change_impact(ann).unwrap();
    let covered: Vec<(i64, CoverageRole)> = impact.coverage.iter().map(|c| (c.contact.id, c.role)).collect();
    assert_eq!(covered, [(dana, CoverageRole::A), (bo, CoverageRole::B)]);
    assert!(impact.decision_roles.is_empty());
    let paths: Vec<(i64, usize, Option<f64>)> = impact
        .paths
        .iter()
        .map(|p| {
            (
                p.target.id,
                p.through.hops.len(),
                p.without.as_ref().map(|w| w.strength),
            )
        })
        .collect();
    assert_eq!(paths, [(carl, 2, None), (dana, 2, Some(0.4))]);
    assert_eq!(impact.paths[1].through.hops[0].person.id, ann);
    assert_eq!(
        rules(&impact),
        [
            ("job_change.coverage_lost", Severity::Critical, Some(dana)),
            ("job_change.coverage_lost", Severity::Warning, Some(bo)),
            ("job_change.path_lost", Severity::Warning, Some(carl)),
            ("job_change.path_weakened", Severity::Info, Some(dana)),
        ]
    );
}

#[test]
fn a_contact_who_moved_leaves_roles_channels_and_chains_behind() {
    let kit = Kit::new();
    let sam = kit.staff("Sam", Level::Manager);
    let mia = kit.contact("Mia", Level::Manager);
    let dana = kit.contact("Dana", Level::Executive);
    let tom = kit.contact("Tom", Level::Executive);
    kit.role(mia, DecisionRole::Decider);
    kit.role(mia, DecisionRole::Buyer);
    kit.cover(sam, mia, CoverageRole::A);
    kit.channel_via(dana, mia);
    kit.channel(dana, "trade press");
    kit.influence(tom, 5);
    kit.friends(sam, mia, 5);
    kit.friends(mia, tom, 5);
    kit.friends(sam, tom, 1);
    kit.set_status(mia, PersonStatus::Moved);

    let impact = kit.db.job_change_impact(mia).unwrap();
    assert_eq!(impact.coverage.len(), 1);
    assert_eq!(impact.coverage[0].owner.id, sam);
    assert_eq!(impact.decision_roles, [DecisionRole::Buyer, DecisionRole::Decider]);
    assert_eq!(impact.channels.len(), 1);
    assert_eq!((impact.channels[0].contact.id, impact.channels[0].remaining), (dana, 1));
    assert_eq!(impact.paths.len(), 1);
    assert_eq!(impact.paths[0].target.id, tom);
    assert!((impact.paths[0].through.strength - 1.0).abs() < 1e-12);
    assert!((impact.paths[0].without.as_ref().unwrap().strength - 0.2).abs() < 1e-12);
    assert_eq!(
        rules(&impact),
        [
            ("job_change.role_vacant", Severity::Critical, Some(mia)),
            ("job_change.channel_lost", Severity::Warning, Some(dana)),
            ("job_change.coverage_lost", Severity::Warning, Some(sam)),
            ("job_change.role_vacant", Severity::Warning, Some(mia)),
            ("job_change.path_weakened", Severity::Info, Some(tom)),
        ]
    );
}

#[test]
fn an_unknown_person_is_not_found() {
    let kit = Kit::new();
    assert!(matches!(kit.db.job_change_impact(42), Err(Error::NotFound { .. })));
}
