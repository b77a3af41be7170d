//! Every analysis on the sample account: it runs, and its answers match what the sample shows.

use crate::brain::testkit::date;
use crate::db::Db;
use crate::vocabulary::PersonStatus;

#[test]
fn every_analysis_reads_the_sample_account() {
    let db = Db::open_in_memory().unwrap();
    db.ensure_sample().unwrap();
    let account = db.list_accounts().unwrap()[0].id;
    let map = db.get_account_map(account).unwrap();
    let find = |name: &str| map.people.iter().find(|p| p.name == name).unwrap().id;

    let coverage = db.coverage_report_on(account, date("2026-03-01")).unwrap();
    assert!(!coverage.contacts.is_empty());
    assert!(coverage.gaps.iter().all(|g| g.rule.as_str().starts_with("coverage.")));
    let balance = db.support_balance(account, None).unwrap();
    assert!(balance.members.iter().any(|m| m.hidden_chain));
    let hidden = db.hidden_decision_chain(account, None).unwrap();
    assert!(hidden.members.iter().any(|m| m.marked_hidden));
    let parity = db.level_parity(account).unwrap();
    assert!(parity.our_top_supporter.is_some());
    let ceo = find("Zhao Mingyuan");
    let paths = db.introduction_paths(ceo, None, None).unwrap();
    assert!(!paths.paths.is_empty());
    let sponsors = db.sponsor_suggestions(ceo).unwrap();
    assert!(sponsors.candidates.iter().any(|c| c.current_sponsor));
    let reminders = db.reminders_on(Some(account), 30, date("2026-03-01")).unwrap();
    db.tier_suggestion(account).unwrap();
    let kam = db
        .list_staff()
        .unwrap()
        .into_iter()
        .find(|p| p.name == "Elena Marsh")
        .unwrap();
    let impact = db.job_change_impact(kam.id).unwrap();
    assert!(!impact.coverage.is_empty());
    assert_eq!(impact.person.status, PersonStatus::Active);
    if std::env::var_os("SYMBIO_SHOW_BRAIN").is_some() {
        for value in [
            serde_json::to_string_pretty(&coverage.gaps).unwrap(),
            serde_json::to_string_pretty(&balance).unwrap(),
            serde_json::to_string_pretty(&hidden.members).unwrap(),
            serde_json::to_string_pretty(&parity).unwrap(),
            serde_json::to_string_pretty(&paths).unwrap(),
            serde_json::to_string_pretty(&sponsors).unwrap(),
            serde_json::to_string_pretty(&reminders).unwrap(),
            serde_json::to_string_pretty(&impact).unwrap(),
        ] {
            println!("{value}");
        }
    }
}

/// The sample's findings in one text: counts by analysis, rule and severity, as of 2026-03-01,
/// ending with the coverage the account would have at tier C (the tier is changed to read it).
/// `SYMBIO_SHOW_BRAIN=1 cargo test -p symbio the_sample_shows -- --nocapture` prints it.
fn census(db: &Db) -> String {
    use std::collections::BTreeMap;
    use std::fmt::Write;
    let account = db.list_accounts().unwrap()[0].id;
    let on = date("2026-03-01");
    let mut out = String::new();
    let count = |out: &mut String, title: &str, gaps: &[crate::brain::Gap]| {
        let mut by: BTreeMap<(String, String), usize> = BTreeMap::new();
        for g in gaps {
            *by.entry((g.rule.as_str().to_owned(), format!("{:?}", g.severity).to_lowercase()))
                .or_default() += 1;
        }
        let sev = |s: crate::brain::Severity| gaps.iter().filter(|g| g.severity == s).count();
        writeln!(
            out,
            "{title}: {} finding(s): {} critical, {} warning, {} info",
            gaps.len(),
            sev(crate::brain::Severity::Critical),
            sev(crate::brain::Severity::Warning),
            sev(crate::brain::Severity::Info)
        )
        .unwrap();
        for ((rule, severity), n) in by {
            writeln!(out, "  {rule} ({severity}): {n}").unwrap();
        }
    };
    let coverage = db.coverage_report_on(account, on).unwrap();
    writeln!(out, "key contacts: {}", coverage.contacts.len()).unwrap();
    count(&mut out, "coverage", &coverage.gaps);
    let parity = db.level_parity(account).unwrap();
    let place = |s: &crate::brain::parity::Supporter| {
        format!(
            "{} ({}, depth {}, support {})",
            s.person.name, s.person.level, s.depth, s.support
        )
    };
    if let Some(ours) = &parity.our_top_supporter {
        writeln!(out, "parity: our top supporter {}", place(ours)).unwrap();
    }
    for c in &parity.competitors {
        writeln!(
            out,
            "parity: {} top supporter {}, ours lower: {}",
            c.competitor,
            place(&c.top_supporter),
            c.ours_lower
        )
        .unwrap();
    }
    count(&mut out, "parity", &parity.gaps);
    let balance = db.support_balance(account, None).unwrap();
    writeln!(
        out,
        "balance: ours {:.2}, opposition {:.2}, margin {:+.2}, competitors {:?}",
        balance.ours,
        balance.opposition,
        balance.margin,
        balance
            .competitors
            .iter()
            .map(|c| format!("{} {:.2}", c.competitor, c.share))
            .collect::<Vec<_>>()
    )
    .unwrap();
    count(&mut out, "balance", &balance.gaps);
    let hidden = db.hidden_decision_chain(account, None).unwrap();
    writeln!(out, "hidden chain members: {}", hidden.members.len()).unwrap();
    let tier = db.tier_suggestion(account).unwrap();
    count(&mut out, "tier", &tier.gaps);
    let reminders = db.reminders_on(Some(account), 30, on).unwrap();
    writeln!(
        out,
        "reminders (30 days): {} key date(s), {} stale",
        reminders.key_dates.len(),
        reminders.stale.len()
    )
    .unwrap();
    for m in balance
        .members
        .iter()
        .filter(|m| m.roles.contains(&crate::vocabulary::DecisionRole::Decider))
    {
        writeln!(out, "balance: decider {} attitude {:?}", m.person.name, m.attitude).unwrap();
    }
    let mut refused = 0;
    let mut refused_any = 0;
    writeln!(out, "sponsor suggestions (top candidate per key contact):").unwrap();
    for c in &coverage.contacts {
        let s = db.sponsor_suggestions(c.person.id).unwrap();
        refused_any += s
            .candidates
            .iter()
            .filter(|k| {
                c.person.level == crate::vocabulary::Level::Executive
                    && k.person.level != crate::vocabulary::Level::Executive
            })
            .count();
        let Some(top) = s.candidates.first() else {
            writeln!(out, "  {} ({}): none", c.person.name, c.person.level).unwrap();
            continue;
        };
        let refuses = c.person.level == crate::vocabulary::Level::Executive
            && top.person.level != crate::vocabulary::Level::Executive;
        refused += usize::from(refuses);
        writeln!(
            out,
            "  {} ({}): {} ({}) score {:.2}{}",
            c.person.name,
            c.person.level,
            top.person.name,
            top.person.level,
            top.score,
            if refuses { " [the coverage rules refuse it]" } else { "" }
        )
        .unwrap();
    }
    writeln!(out, "top suggestions the coverage rules refuse: {refused}").unwrap();
    writeln!(
        out,
        "suggested candidates (any rank) the coverage rules refuse: {refused_any}"
    )
    .unwrap();
    // The same account held to the C rule (its tier changed in place: run last).
    db.lock_conn()
        .execute("UPDATE account SET tier = 'C' WHERE id = ?1", [account])
        .unwrap();
    let small = db.coverage_report_on(account, on).unwrap();
    count(&mut out, "coverage if the account were tier C", &small.gaps);
    out
}

/// The sample tells the method's story: its people raise the findings the rules are about.
#[test]
fn the_sample_shows_the_rules_of_the_method() {
    use crate::brain::Severity;
    let db = Db::open_in_memory().unwrap();
    db.ensure_sample().unwrap();
    let account = db.list_accounts().unwrap()[0].id;
    let on = date("2026-03-01");
    let coverage = db.coverage_report_on(account, on).unwrap();
    let key = |name: &str| coverage.contacts.iter().find(|c| c.person.name == name);
    // The gatekeepers (the CEO's assistant, IT) and the initiators are key contacts.
    for name in ["Hu Jing", "Yang Fei", "Zheng Kai", "Wu Xiaobo", "Deng Xin"] {
        assert!(key(name).is_some(), "{name} is a key contact");
    }
    // The COO's canteen talk is hearsay: one stable channel of two.
    assert_eq!(key("Lin Qiuyue").unwrap().channels, 1);
    assert!(coverage.gaps.iter().any(|g| g.rule == "coverage.chain_unreached"));

    // Crestline's supporter sits on the board, above our CEO.
    let parity = db.level_parity(account).unwrap();
    let rules: Vec<(&str, Severity)> = parity.gaps.iter().map(|g| (g.rule.as_str(), g.severity)).collect();
    assert_eq!(rules, [("parity.ours_lower", Severity::Critical)]);
    assert_eq!(parity.competitors[0].top_supporter.person.name, "Li Guofeng");

    // The balance reads ahead, but the marketing director, who decides the cup relaunch, leans to Crestline.
    let balance = db.support_balance(account, None).unwrap();
    assert!(balance.margin > 0.0);
    let against: Vec<&str> = balance
        .gaps
        .iter()
        .filter(|g| g.rule == "balance.decider_against")
        .map(|g| g.params["name"].as_str())
        .collect();
    assert_eq!(against, ["Guo Jiahui"]);

    // No sponsor suggestion is one the coverage rules refuse.
    for c in coverage
        .contacts
        .iter()
        .filter(|c| c.person.level.is_executive_or_above())
    {
        let s = db.sponsor_suggestions(c.person.id).unwrap();
        assert!(s.candidates.iter().all(|k| k.person.level.is_executive_or_above()));
    }

    let text = census(&db);
    if std::env::var_os("SYMBIO_SHOW_BRAIN").is_some() {
        println!("{text}");
    }
    // Held to the C rule, the account keeps only what C requires: an A owner for each key contact.
    let c = text.split("coverage if the account were tier C").nth(1).unwrap();
    assert!(
        !c.contains("missing_b_owner") && !c.contains("missing_sponsor") && !c.contains("too_few_channels"),
        "{c}"
    );
}
