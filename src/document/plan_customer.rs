//! The plan document's last part: the customer issues still open and the symbiosis initiatives,
//! which the plan summarises beside its three pieces (issues feed the status assessment; the
//! initiatives show what we do to help the customer succeed and what it returned).
//!
//! Contract: [`customer_section`] lists every issue that is not closed (worst first) and every
//! initiative (running first), in the requested language; with `hide_private` the free-text
//! root causes and notes are left out, as with the plan's own notes. One sheet: Customer / 客户.

use super::strings::{self, Word};
use super::{Block, Cell, Language, Section, Table};
use crate::account::initiative::{InitiativeStatus, SymbiosisInitiative};
use crate::account::issue::{CustomerIssue, IssueStatus};

fn date_cell(text: Option<&str>) -> Cell {
    text.and_then(|t| chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d").ok())
        .map_or(Cell::Empty, Cell::Date)
}

fn issues_table(language: Language, issues: &[CustomerIssue], hide_private: bool) -> Block {
    let w = |word| strings::word(language, word).to_owned();
    let mut open: Vec<&CustomerIssue> = issues.iter().filter(|i| i.status != IssueStatus::Closed).collect();
    if open.is_empty() {
        return Block::Paragraph(w(Word::NoOpenIssues));
    }
    open.sort_by(|a, b| b.severity.cmp(&a.severity).then_with(|| a.raised_on.cmp(&b.raised_on)));
    let mut columns = vec![
        w(Word::Issue),
        w(Word::Severity),
        w(Word::RaisedBy),
        w(Word::RaisedOn),
        w(Word::RootCause),
    ];
    if !hide_private {
        columns.push(w(Word::Notes));
    }
    columns.extend([w(Word::Owner), w(Word::Status)]);
    let rows = open
        .iter()
        .map(|i| {
            let mut row = vec![
                Cell::text(&i.title),
                Cell::text(strings::issue_severity(language, i.severity)),
                i.raised_by.as_deref().map_or(Cell::Empty, Cell::text),
                date_cell(Some(&i.raised_on)),
                Cell::text(strings::cause_side(language, i.cause_side)),
            ];
            if !hide_private {
                row.push(Cell::text(i.cause.trim()));
            }
            row.push(i.owner.as_deref().map_or(Cell::Empty, Cell::text));
            row.push(Cell::text(strings::issue_status(language, i.status)));
            row
        })
        .collect();
    Block::Table(Table { columns, rows })
}

fn initiatives_table(language: Language, initiatives: &[SymbiosisInitiative]) -> Block {
    let w = |word| strings::word(language, word).to_owned();
    if initiatives.is_empty() {
        return Block::Paragraph(w(Word::NoInitiatives));
    }
    let rank = |s: InitiativeStatus| match s {
        InitiativeStatus::Running => 0,
        InitiativeStatus::Idea => 1,
        InitiativeStatus::Done => 2,
        InitiativeStatus::Stopped => 3,
    };
    let mut list: Vec<&SymbiosisInitiative> = initiatives.iter().collect();
    list.sort_by_key(|i| (rank(i.status), i.id));
    let amount = |v: Option<f64>| v.map_or(Cell::Empty, Cell::Number);
    let columns = [
        Word::Initiative,
        Word::Kind,
        Word::Status,
        Word::OurInvestment,
        Word::TheirInvestment,
        Word::ExpectedReturn,
        Word::ActualReturn,
    ]
    .map(w)
    .to_vec();
    let rows = list
        .iter()
        .map(|i| {
            vec![
                Cell::text(&i.title),
                Cell::text(strings::initiative_kind(language, i.kind)),
                Cell::text(strings::initiative_status(language, i.status)),
                amount(i.our_investment),
                amount(i.their_investment),
                amount(i.expected_return),
                amount(i.actual_return),
            ]
        })
        .collect();
    Block::Table(Table { columns, rows })
}

/// The customer part of the plan document.
pub(super) fn customer_section(
    language: Language,
    issues: &[CustomerIssue],
    initiatives: &[SymbiosisInitiative],
    hide_private: bool,
) -> Section {
    let w = |word| strings::word(language, word).to_owned();
    Section {
        heading: w(Word::CustomerAndSymbiosis),
        sheet: Some(w(Word::SheetCustomer)),
        new_page: true,
        blocks: vec![
            Block::Paragraph(w(Word::OpenCustomerIssues)),
            issues_table(language, issues, hide_private),
            Block::Paragraph(w(Word::SymbiosisInitiatives)),
            initiatives_table(language, initiatives),
        ],
    }
}
