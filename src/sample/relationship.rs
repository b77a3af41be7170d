//! Keeping the sample relationship alive: what Lakeshore said about us (praise and
//! complaints), two customer issues (one still open, one closed and confirmed by the
//! customer) and a symbiosis initiative. Written in the sample's one journal action.

use std::collections::HashMap;

use crate::error::{Error, Problem, Result};
use crate::journal::{Table, Writer};

type People<'a> = HashMap<&'a str, i64>;

fn id(people: &People<'_>, key: &str) -> Result<i64> {
    people
        .get(key)
        .copied()
        .ok_or_else(|| Error::problem("sample", Problem::Missing))
}

pub(super) fn add(w: &mut Writer<'_>, account: i64, people: &People<'_>) -> Result<()> {
    voices(w, account, people)?;
    issues(w, account, people)?;
    initiative(w, account)
}

fn voices(w: &mut Writer<'_>, account: i64, people: &People<'_>) -> Result<()> {
    // who, heard on, channel, topic, sentiment, text
    let voices: &[(&str, &str, &str, &str, i64, &str)] = &[
        (
            "rd2",
            "2026-06-15",
            "event",
            "Sustainability",
            0,
            "Asks whether the aseptic carton can take a plant-based cap for the 2027 range.",
        ),
        (
            "qa",
            "2026-08-25",
            "visit",
            "Quality documents",
            1,
            "The new certificate-of-analysis layout is much quicker to audit.",
        ),
        (
            "ceo",
            "2026-09-12",
            "meeting",
            "Line uptime",
            2,
            "The joint uptime review is the kind of help we expect from a partner, not a vendor.",
        ),
        (
            "buyer1",
            "2026-10-20",
            "call",
            "Delivery",
            -1,
            "Two carton deliveries to Northfield came a day late this month.",
        ),
        (
            "plant2",
            "2026-10-23",
            "email",
            "Delivery",
            -2,
            "A late delivery held the Northfield filling line for four hours.",
        ),
    ];
    for (who, on, channel, topic, sentiment, text) in voices {
        w.insert(
            Table::CustomerVoice,
            &[
                ("account_id", &account),
                ("person_id", &id(people, who)?),
                ("heard_on", on),
                ("channel", channel),
                ("topic", topic),
                ("sentiment", sentiment),
                ("text", text),
            ],
        )?;
    }
    Ok(())
}

fn issues(w: &mut Writer<'_>, account: i64, people: &People<'_>) -> Result<()> {
    w.insert(
        Table::CustomerIssue,
        &[
            ("account_id", &account),
            ("title", &"Late carton deliveries to Northfield"),
            ("raised_by_id", &id(people, "plant2")?),
            ("raised_on", &"2026-10-23"),
            ("severity", &"high"),
            ("cause_side", &"ours"),
            (
                "cause",
                &"A carrier change at our Suzhou plant: two loads missed their unloading slot.",
            ),
            ("owner_id", &id(people, "sa")?),
            ("status", &"in_progress"),
        ],
    )?;
    w.insert(
        Table::CustomerIssue,
        &[
            ("account_id", &account),
            ("title", &"Certificate-of-analysis format refused by the audit"),
            ("raised_by_id", &id(people, "qa")?),
            ("raised_on", &"2026-07-20"),
            ("severity", &"medium"),
            ("cause_side", &"theirs"),
            (
                "cause",
                &"Lakeshore's new audit template asks for batch-level fields our certificate lacked.",
            ),
            ("owner_id", &id(people, "qe")?),
            ("status", &"closed"),
            ("closed_on", &"2026-08-25"),
            ("confirmed_by_customer", &true),
        ],
    )?;
    Ok(())
}

fn initiative(w: &mut Writer<'_>, account: i64) -> Result<()> {
    w.insert(
        Table::SymbiosisInitiative,
        &[
            ("account_id", &account),
            ("title", &"Joint shelf-life study for chilled drinks in aseptic cartons"),
            ("kind", &"joint_rnd"),
            ("our_investment", &600_000.0),
            ("their_investment", &350_000.0),
            ("expected_return", &4_000_000.0),
            ("status", &"running"),
            ("started_on", &"2026-04-01"),
            (
                "notes",
                &"Shared lab time at Lakeshore R&D; the results feed the 2027 line upgrade and open longer-life export products for them.",
            ),
        ],
    )?;
    Ok(())
}
