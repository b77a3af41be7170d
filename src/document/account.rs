//! The account workbook: everything a key-account manager's colleagues ask for about one account,
//! as sheets — People, Ties, Coverage matrix, Findings, Team roster, and this year's plan targets
//! and actions when a plan exists.
//!
//! Contract: [`Db::account_document`] builds a [`Document`] (one table per section, so one sheet
//! each) from the reads the app already has — the account map ([`crate::map`]), the coverage
//! report, level parity and support balance ([`crate::brain`]), the team roster ([`crate::team`])
//! and the plan of the current year — plus one read of what the map leaves out (the latest
//! attitude's date and evidence, channel sources, last contacts, profiles). Every fixed word comes
//! from [`strings`] / [`workbook`] in the requested [`Language`]; dates are dates, numbers numbers.
//! With `hide_private`, no profile column, no personal tie and no free-text note (of ties, targets,
//! actions) is written, and the title block says so. [`people_table`] and [`ties_table`] are what
//! the CSV export writes.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use rusqlite::Connection;

use super::strings::workbook::{self as wb, Term};
use super::strings::{self};
use super::{Block, Cell, Document, Language, Section, Table, TitleBlock};
use crate::brain::Gap;
use crate::db::Db;
use crate::error::Result;
use crate::map::AccountMap;
use crate::vocabulary::{CoverageRole, Side, TieKind};

/// What the map leaves out, read once for the whole account.
#[derive(Default)]
struct Extras {
    /// Latest attitude event per person: (observed on, evidence).
    attitude: HashMap<i64, (String, String)>,
    /// Channel sources per person, in entry order.
    sources: HashMap<i64, Vec<String>>,
    channels: HashMap<i64, i64>,
    last_contact: HashMap<i64, NaiveDate>,
    /// The profile's fields joined; read only when private details are shown.
    profile: HashMap<i64, String>,
}

fn read_extras(conn: &Connection, account_id: i64, with_profiles: bool) -> Result<Extras> {
    let mut extras = Extras {
        channels: crate::brain::coverage::channels(conn, Some(account_id), None)?,
        last_contact: crate::brain::last_contacts(conn, Some(account_id))?,
        ..Extras::default()
    };
    let mut stmt = conn.prepare(
        "SELECT person_id, observed_on, evidence FROM (
            SELECT e.person_id, e.observed_on, e.evidence,
                   row_number() OVER (PARTITION BY e.person_id ORDER BY e.observed_on DESC, e.id DESC) AS n
            FROM attitude_event e JOIN person p ON p.id = e.person_id WHERE p.account_id = ?1)
         WHERE n = 1",
    )?;
    for row in stmt.query_map([account_id], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))? {
        let (person, event) = row?;
        extras.attitude.insert(person, event);
    }
    let mut stmt = conn.prepare(
        "SELECT c.person_id, coalesce(s.name, c.source) FROM information_channel c
         JOIN person p ON p.id = c.person_id LEFT JOIN person s ON s.id = c.source_person_id
         WHERE p.account_id = ?1 ORDER BY c.id",
    )?;
    for row in stmt.query_map([account_id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
        let (person, source) = row?;
        if !source.trim().is_empty() {
            extras.sources.entry(person).or_default().push(source.trim().to_owned());
        }
    }
    if with_profiles {
        let mut stmt = conn.prepare(
            "SELECT f.person_id, coalesce(f.birthday, ''), f.hobbies, f.family, f.home_area, f.education, f.clubs, f.notes
             FROM person_profile f JOIN person p ON p.id = f.person_id WHERE p.account_id = ?1",
        )?;
        for row in stmt.query_map([account_id], |r| {
            let fields: Vec<String> = (1..=7).map(|i| r.get(i)).collect::<rusqlite::Result<_>>()?;
            Ok((r.get::<_, i64>(0)?, fields))
        })? {
            let (person, fields) = row?;
            let parts: Vec<&str> = fields.iter().map(|f| f.trim()).filter(|f| !f.is_empty()).collect();
            extras.profile.insert(person, parts.join("; "));
        }
    }
    Ok(extras)
}

fn date_cell(text: Option<&str>) -> Cell {
    match text {
        None => Cell::Empty,
        Some(text) => NaiveDate::parse_from_str(text, "%Y-%m-%d").map_or_else(|_| Cell::text(text), Cell::Date),
    }
}

fn text_or_empty(text: &str) -> Cell {
    if text.trim().is_empty() {
        Cell::Empty
    } else {
        Cell::text(text.trim())
    }
}

fn list_separator(language: Language) -> &'static str {
    match language {
        Language::En => ", ",
        Language::ZhCn => "、",
    }
}

fn names(map: &AccountMap) -> HashMap<i64, &str> {
    map.people.iter().map(|p| (p.id, p.name.as_str())).collect()
}

/// Who holds which coverage role for each contact: contact -> role -> owner name.
fn owners(map: &AccountMap) -> HashMap<i64, HashMap<CoverageRole, &str>> {
    let names = names(map);
    let mut owners: HashMap<i64, HashMap<CoverageRole, &str>> = HashMap::new();
    for tie in map.ties.iter().filter(|t| t.kind == TieKind::Coverage) {
        if let (Some(role), Some(name)) = (tie.coverage_role, names.get(&tie.from_person_id)) {
            owners.entry(tie.to_person_id).or_default().insert(role, name);
        }
    }
    owners
}

fn people_table(language: Language, map: &AccountMap, extras: &Extras, hide_private: bool) -> Table {
    let t = |term| wb::term(language, term).to_owned();
    let mut columns: Vec<String> = [
        Term::Name,
        Term::JobTitle,
        Term::Department,
        Term::Level,
        Term::Side,
        Term::Roles,
        Term::Attitude,
        Term::AttitudeObservedOn,
        Term::Evidence,
        Term::Influence,
        Term::AOwner,
        Term::BOwner,
        Term::Sponsor,
        Term::Channels,
        Term::ChannelSources,
        Term::LastContact,
    ]
    .map(t)
    .to_vec();
    if !hide_private {
        columns.push(t(Term::Profile));
    }
    let units: HashMap<i64, &str> = map.org_units.iter().map(|u| (u.id, u.name.as_str())).collect();
    let owners = owners(map);
    let sep = list_separator(language);
    let rows = map
        .people
        .iter()
        .map(|p| {
            let owner = |role| {
                owners
                    .get(&p.id)
                    .and_then(|o| o.get(&role))
                    .map_or(Cell::Empty, |name| Cell::text(*name))
            };
            let (observed, evidence) = extras
                .attitude
                .get(&p.id)
                .map_or((Cell::Empty, Cell::Empty), |(on, ev)| {
                    (date_cell(Some(on)), text_or_empty(ev))
                });
            let roles: Vec<&str> = p.roles.iter().map(|r| wb::role(language, *r)).collect();
            let customer_side = p.side != Side::Ours;
            let mut row = vec![
                Cell::text(&p.name),
                text_or_empty(&p.title),
                p.org_unit_id
                    .and_then(|id| units.get(&id))
                    .map_or(Cell::Empty, |name| Cell::text(*name)),
                Cell::text(wb::person_level(language, p.level)),
                Cell::text(wb::side(language, p.side)),
                text_or_empty(&roles.join(sep)),
                p.attitude.map_or(Cell::Empty, |a| Cell::Number(a as f64)),
                observed,
                evidence,
                p.influence.map_or(Cell::Empty, |i| Cell::Number(i as f64)),
                owner(CoverageRole::A),
                owner(CoverageRole::B),
                owner(CoverageRole::Sponsor),
                if customer_side {
                    Cell::Number(extras.channels.get(&p.id).copied().unwrap_or(0) as f64)
                } else {
                    Cell::Empty
                },
                extras
                    .sources
                    .get(&p.id)
                    .map_or(Cell::Empty, |s| Cell::text(s.join(sep))),
                extras.last_contact.get(&p.id).map_or(Cell::Empty, |d| Cell::Date(*d)),
            ];
            if !hide_private {
                row.push(extras.profile.get(&p.id).map_or(Cell::Empty, Cell::text));
            }
            row
        })
        .collect();
    Table { columns, rows }
}

fn ties_table(language: Language, map: &AccountMap, hide_private: bool) -> Table {
    let t = |term| wb::term(language, term).to_owned();
    let mut columns: Vec<String> = [Term::From, Term::To, Term::Kind, Term::Detail, Term::Strength]
        .map(t)
        .to_vec();
    if !hide_private {
        columns.push(t(Term::Note));
    }
    let names = names(map);
    let rows = map
        .ties
        .iter()
        .filter(|tie| !(hide_private && tie.kind == TieKind::Personal))
        .map(|tie| {
            let name = |id| names.get(&id).map_or(Cell::Empty, |n| Cell::text(*n));
            let detail = match tie.kind {
                TieKind::Personal => tie.personal_kind.map(|k| wb::personal_tie(language, k)),
                TieKind::Coverage => tie.coverage_role.map(|r| wb::coverage_role(language, r)),
                TieKind::Influences if tie.hidden => Some(wb::term(language, Term::Hidden)),
                _ => None,
            };
            let mut row = vec![
                name(tie.from_person_id),
                name(tie.to_person_id),
                Cell::text(wb::tie_kind(language, tie.kind)),
                detail.map_or(Cell::Empty, Cell::text),
                Cell::Number(tie.strength as f64),
            ];
            if !hide_private {
                row.push(text_or_empty(&tie.note));
            }
            row
        })
        .collect();
    Table { columns, rows }
}

fn coverage_table(language: Language, map: &AccountMap) -> Table {
    let ours: Vec<_> = map.people.iter().filter(|p| p.side == Side::Ours).collect();
    let mut marks: HashMap<(i64, i64), CoverageRole> = HashMap::new();
    for tie in map.ties.iter().filter(|t| t.kind == TieKind::Coverage) {
        if let Some(role) = tie.coverage_role {
            marks.insert((tie.to_person_id, tie.from_person_id), role);
        }
    }
    let mut columns = vec![wb::term(language, Term::Contact).to_owned()];
    columns.extend(ours.iter().map(|p| p.name.clone()));
    let rows = map
        .people
        .iter()
        .filter(|p| p.side != Side::Ours)
        .map(|contact| {
            let mut row = vec![Cell::text(&contact.name)];
            row.extend(ours.iter().map(|owner| {
                marks
                    .get(&(contact.id, owner.id))
                    .map_or(Cell::Empty, |role| Cell::text(wb::coverage_mark(*role)))
            }));
            row
        })
        .collect();
    Table { columns, rows }
}

fn findings_table(language: Language, map: &AccountMap, gaps: &[Gap]) -> Table {
    let t = |term| wb::term(language, term).to_owned();
    let names = names(map);
    let rows = gaps
        .iter()
        .filter_map(|gap| {
            let text = wb::finding(language, gap)?;
            Some(vec![
                Cell::text(wb::severity(language, gap.severity)),
                gap.person_id
                    .and_then(|id| names.get(&id))
                    .map_or(Cell::Empty, |n| Cell::text(*n)),
                Cell::text(text),
                Cell::text(gap.rule.as_str()),
            ])
        })
        .collect();
    Table {
        columns: [Term::Severity, Term::Person, Term::Finding, Term::Rule]
            .map(t)
            .to_vec(),
        rows,
    }
}

fn team_table(language: Language, roster: &crate::team::roster::TeamRoster) -> Table {
    let t = |term| wb::term(language, term).to_owned();
    let members = roster
        .account_manager
        .iter()
        .chain(roster.functions.iter().flat_map(|f| f.members.iter()))
        .chain(roster.customer_appointees.iter());
    let rows = members
        .map(|m| {
            let member = &m.member;
            vec![
                Cell::text(&member.name),
                text_or_empty(&member.title),
                Cell::text(wb::side(language, member.side)),
                text_or_empty(&member.team_role),
                Cell::text(wb::function(language, member.function)),
                Cell::text(wb::location(language, member.location)),
                Cell::Percent(member.allocation_percent / 100.0),
                date_cell(Some(&member.start_on)),
                date_cell(member.end_on.as_deref()),
                Cell::text(strings::word(
                    language,
                    if m.active {
                        strings::Word::Yes
                    } else {
                        strings::Word::No
                    },
                )),
            ]
        })
        .collect();
    Table {
        columns: [
            Term::Name,
            Term::JobTitle,
            Term::Side,
            Term::TeamRole,
            Term::Function,
            Term::Location,
            Term::Allocation,
            Term::StartOn,
            Term::EndOn,
            Term::Active,
        ]
        .map(t)
        .to_vec(),
        rows,
    }
}

fn section(language: Language, sheet: Term, blocks: Vec<Block>) -> Section {
    Section {
        heading: wb::term(language, sheet).to_owned(),
        sheet: Some(wb::term(language, sheet).to_owned()),
        new_page: true,
        blocks,
    }
}

/// A table, or a sentence saying there is nothing when it has no rows.
fn table_or(language: Language, table: Table, none: Term) -> Block {
    if table.rows.is_empty() {
        Block::Paragraph(wb::term(language, none).to_owned())
    } else {
        Block::Table(table)
    }
}

/// Which of an account's tables a CSV file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum AccountTable {
    People,
    Ties,
}

impl Db {
    fn extras(&self, account_id: i64, hide_private: bool) -> Result<Extras> {
        self.read(|conn| read_extras(conn, account_id, !hide_private))
    }

    /// One of the account's tables (people or ties) as the workbook has it, for a CSV file.
    pub fn account_table(
        &self,
        account_id: i64,
        table: AccountTable,
        language: Language,
        hide_private: bool,
    ) -> Result<Table> {
        let map = self.get_account_map(account_id)?;
        Ok(match table {
            AccountTable::People => people_table(language, &map, &self.extras(account_id, hide_private)?, hide_private),
            AccountTable::Ties => ties_table(language, &map, hide_private),
        })
    }

    /// The account workbook of `account_id` in `language` (see the module doc).
    pub fn account_document(&self, account_id: i64, language: Language, hide_private: bool) -> Result<Document> {
        let today = chrono::Local::now().date_naive();
        let map = self.get_account_map(account_id)?;
        let extras = self.extras(account_id, hide_private)?;
        let mut gaps = self.coverage_report_on(account_id, today)?.gaps;
        gaps.extend(self.level_parity(account_id)?.gaps);
        gaps.extend(self.support_balance(account_id, None)?.gaps);
        let roster = self.team_roster_on(account_id, today)?;
        let plan = self.get_plan(account_id, i64::from(today.year()))?;

        let mut sections = vec![
            section(
                language,
                Term::SheetPeople,
                vec![Block::Table(people_table(language, &map, &extras, hide_private))],
            ),
            section(
                language,
                Term::SheetTies,
                vec![Block::Table(ties_table(language, &map, hide_private))],
            ),
            section(
                language,
                Term::SheetCoverage,
                vec![
                    Block::Table(coverage_table(language, &map)),
                    Block::Legend(wb::term(language, Term::CoverageLegend).to_owned()),
                ],
            ),
            section(
                language,
                Term::SheetFindings,
                vec![table_or(
                    language,
                    findings_table(language, &map, &gaps),
                    Term::NoFindings,
                )],
            ),
            section(
                language,
                Term::SheetTeam,
                vec![table_or(language, team_table(language, &roster), Term::NoTeam)],
            ),
        ];
        if let Some(plan) = plan {
            let targets = self.list_plan_targets(plan.id)?;
            let actions = self.list_plan_actions(plan.id)?;
            let mut targets_section = super::plan::targets_section(language, &targets, hide_private);
            targets_section.sheet = Some(wb::term(language, Term::SheetTargets).to_owned());
            let mut actions_section = super::plan::actions_section(language, &actions, &targets, hide_private);
            actions_section.sheet = Some(wb::term(language, Term::SheetActions).to_owned());
            sections.push(targets_section);
            sections.push(actions_section);
        }
        Ok(Document {
            title: TitleBlock {
                title: wb::term(language, Term::WorkbookTitle).to_owned(),
                account: map.account.name.clone(),
                date: today,
                personal_details_hidden: hide_private,
                language,
            },
            sections,
        })
    }
}

#[cfg(test)]
#[path = "account_tests.rs"]
mod tests;
