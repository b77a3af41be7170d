//! The account plan as an executive document: one part per piece of the method's three-piece
//! set — status assessment (现状评估), target task book (目标任务书), action plan (行动计划) — each
//! starting on its own page and making its own worksheet (Plan / Targets / Actions) — and, as the
//! plan's summary of the account's life beside it, the open customer issues and the symbiosis
//! initiatives (see `plan_customer`).
//!
//! Contract: [`Db::plan_document`] reads the plan, its assessment (frozen once agreed), targets and
//! actions, and words every fixed term in the requested [`Language`] through [`strings`]. With
//! `hide_private`, the free-text notes of targets and actions are left out (they may hold personal
//! details) and the title block says so. Dates are typed dates, numbers numbers.

use chrono::NaiveDate;

use super::strings::{self, Word};
use super::{Block, Cell, Document, KeyValue, Language, Section, Table, TitleBlock};
use crate::db::Db;
use crate::error::Result;
use crate::plan::action::PlanAction;
use crate::plan::{PlanAssessment, PlanTarget};
use crate::vocabulary::PlanTargetKind;

fn date_cell(text: Option<&str>) -> Cell {
    match text {
        None => Cell::Empty,
        Some(text) => NaiveDate::parse_from_str(text, "%Y-%m-%d").map_or_else(|_| Cell::text(text), Cell::Date),
    }
}

fn number_cell(value: Option<f64>) -> Cell {
    value.map_or(Cell::Empty, Cell::Number)
}

fn findings(counts: &crate::plan::FindingCounts) -> Cell {
    Cell::text(format!("{} / {} / {}", counts.critical, counts.warning, counts.info))
}

fn assessment_section(language: Language, plan: &crate::plan::Plan, a: &PlanAssessment) -> Section {
    let w = |word| strings::word(language, word);
    let pair = |word, value| KeyValue {
        key: w(word).to_owned(),
        value,
    };
    let as_of = match date_cell(Some(&a.as_of)) {
        Cell::Date(date) => format!(
            "{} ({})",
            date.format("%Y-%m-%d"),
            w(if a.frozen { Word::FrozenAtActivation } else { Word::Live })
        ),
        other => other.display(),
    };
    let mut blocks = Vec::new();
    if !plan.narrative.trim().is_empty() {
        blocks.push(Block::Paragraph(plan.narrative.trim().to_owned()));
    }
    blocks.push(Block::KeyValues(vec![
        pair(Word::Year, Cell::text(plan.year.to_string())),
        pair(
            Word::PlanStatus,
            Cell::text(strings::plan_status(language, plan.status)),
        ),
        pair(Word::AssessedOn, Cell::text(as_of)),
        pair(
            Word::Tier,
            a.tier
                .map_or(Cell::Empty, |tier| Cell::text(strings::tier(language, tier))),
        ),
        pair(Word::ValueScore, number_cell(a.value_score)),
        pair(
            Word::RelationshipLevel,
            Cell::text(strings::level(language, a.relationship_level)),
        ),
        pair(
            Word::RelationshipTarget,
            Cell::text(strings::level(language, a.relationship_target)),
        ),
        pair(Word::LadderGap, Cell::Number(a.ladder_gap as f64)),
        pair(Word::CustomerPeople, Cell::Number(a.customer_people as f64)),
        pair(Word::CoverageFindings, findings(&a.coverage)),
        pair(Word::ParityFindings, findings(&a.parity)),
        pair(Word::OpenIssues, Cell::Number(a.open_issues as f64)),
    ]));
    let mut attitudes: Vec<Vec<Cell>> = a
        .attitudes
        .iter()
        .rev()
        .map(|c| {
            vec![
                Cell::text(strings::attitude(language, c.value)),
                Cell::Number(c.count as f64),
            ]
        })
        .collect();
    attitudes.push(vec![
        Cell::text(strings::attitude_unknown(language)),
        Cell::Number(a.attitude_unknown as f64),
    ]);
    blocks.push(Block::Table(Table {
        columns: vec![w(Word::Attitude).to_owned(), w(Word::People).to_owned()],
        rows: attitudes,
    }));
    if !a.deals.is_empty() {
        blocks.push(Block::Table(Table {
            columns: [
                Word::Deal,
                Word::OurSupport,
                Word::Opposition,
                Word::Margin,
                Word::CoverageFindings,
            ]
            .map(|word| w(word).to_owned())
            .to_vec(),
            rows: a
                .deals
                .iter()
                .map(|d| {
                    vec![
                        Cell::text(&d.name),
                        Cell::Percent(d.ours),
                        Cell::Percent(d.opposition),
                        Cell::Percent(d.margin),
                        findings(&d.findings),
                    ]
                })
                .collect(),
        }));
    }
    if !a.stale_contacts.is_empty() {
        blocks.push(Block::Paragraph(strings::with_days(
            language,
            Word::StaleContacts,
            a.max_days_between_contacts,
        )));
        blocks.push(Block::Table(Table {
            columns: vec![w(Word::Name).to_owned(), w(Word::JobTitle).to_owned()],
            rows: a
                .stale_contacts
                .iter()
                .map(|p| vec![Cell::text(&p.name), Cell::text(&p.title)])
                .collect(),
        }));
    }
    blocks.push(Block::Legend(format!(
        "{} {}",
        w(Word::AttitudeLegend),
        w(Word::FindingsLegend)
    )));
    Section {
        heading: w(Word::StatusAssessment).to_owned(),
        sheet: Some(w(Word::SheetPlan).to_owned()),
        new_page: false,
        blocks,
    }
}

/// A target's value as the table shows it: attitudes with their words, levels by name.
fn target_value(kind: PlanTargetKind, value: Option<f64>) -> Cell {
    match (kind, value) {
        (_, None) => Cell::Empty,
        // Signed, as the method writes attitudes ("-1 到 +2"); the legend words them.
        (PlanTargetKind::Attitude, Some(v)) if v.round() == 0.0 => Cell::text("0"),
        (PlanTargetKind::Attitude, Some(v)) => Cell::text(format!("{:+}", v.round() as i64)),
        (PlanTargetKind::ShareOfWallet, Some(v)) => Cell::Percent(v),
        (_, Some(v)) => Cell::Number(v),
    }
}

pub(super) fn targets_section(language: Language, targets: &[PlanTarget], hide_private: bool) -> Section {
    let w = |word| strings::word(language, word);
    let columns = [
        Word::Target,
        Word::Kind,
        Word::Person,
        Word::Owner,
        Word::From,
        Word::To,
        Word::Now,
        Word::Due,
        Word::Status,
    ]
    .map(|word| w(word).to_owned())
    .to_vec();
    let rows = targets
        .iter()
        .map(|t| {
            let mut title = format!("{}{}", t.title, if t.carried { " *" } else { "" });
            if !t.measure.trim().is_empty() {
                title = format!(
                    "{title}\n{}",
                    strings::labelled(language, Word::Measure, t.measure.trim())
                );
            }
            let to = match t.to_level {
                Some(level) => Cell::text(strings::level(language, level)),
                None => target_value(t.kind, t.to_value),
            };
            let now = match t.current_level {
                Some(level) => Cell::text(strings::level(language, level)),
                None => target_value(t.kind, t.current_value),
            };
            vec![
                Cell::text(title),
                Cell::text(strings::target_kind(language, t.kind)),
                t.person.as_ref().map_or(Cell::Empty, |p| Cell::text(&p.name)),
                t.owner.as_ref().map_or(Cell::Empty, |p| Cell::text(&p.name)),
                target_value(t.kind, t.from_value),
                to,
                now,
                date_cell(t.due_date.as_deref()),
                Cell::text(strings::target_status(language, t.effective_status)),
            ]
        })
        .collect();
    let mut blocks = vec![if targets.is_empty() {
        Block::Paragraph(w(Word::NoTargets).to_owned())
    } else {
        Block::Table(Table { columns, rows })
    }];
    let notes: Vec<KeyValue> = targets
        .iter()
        .filter(|t| !hide_private && !t.notes.trim().is_empty())
        .map(|t| KeyValue {
            key: t.title.clone(),
            value: Cell::text(t.notes.trim()),
        })
        .collect();
    if !notes.is_empty() {
        blocks.push(Block::Paragraph(w(Word::Notes).to_owned()));
        blocks.push(Block::KeyValues(notes));
    }
    if targets.iter().any(|t| t.carried) {
        blocks.push(Block::Legend(w(Word::CarriedLegend).to_owned()));
    }
    if targets.iter().any(|t| t.kind == PlanTargetKind::Attitude) {
        blocks.push(Block::Legend(w(Word::AttitudeLegend).to_owned()));
    }
    Section {
        heading: w(Word::TargetTaskBook).to_owned(),
        sheet: Some(w(Word::SheetTargets).to_owned()),
        new_page: true,
        blocks,
    }
}

pub(super) fn actions_section(
    language: Language,
    actions: &[PlanAction],
    targets: &[PlanTarget],
    hide_private: bool,
) -> Section {
    let w = |word| strings::word(language, word);
    let columns = [
        Word::Action,
        Word::Target,
        Word::Person,
        Word::Owner,
        Word::Due,
        Word::Status,
        Word::DoneOn,
    ]
    .map(|word| w(word).to_owned())
    .to_vec();
    let rows = actions
        .iter()
        .map(|a| {
            let target = a
                .target_id
                .and_then(|id| targets.iter().find(|t| t.id == id))
                .map_or(Cell::Empty, |t| Cell::text(&t.title));
            let people: Vec<&str> = a.people.iter().map(|p| p.name.as_str()).collect();
            vec![
                Cell::text(&a.title),
                target,
                Cell::text(people.join(match language {
                    Language::En => ", ",
                    Language::ZhCn => "、",
                })),
                a.owner.as_deref().map_or(Cell::Empty, Cell::text),
                date_cell(Some(&a.due_on)),
                Cell::text(strings::action_status(language, a.status)),
                date_cell(a.done_on.as_deref()),
            ]
        })
        .collect();
    let mut blocks = vec![if actions.is_empty() {
        Block::Paragraph(w(Word::NoActions).to_owned())
    } else {
        Block::Table(Table { columns, rows })
    }];
    let notes: Vec<KeyValue> = actions
        .iter()
        .filter(|a| !hide_private && !a.notes.trim().is_empty())
        .map(|a| KeyValue {
            key: a.title.clone(),
            value: Cell::text(a.notes.trim()),
        })
        .collect();
    if !notes.is_empty() {
        blocks.push(Block::Paragraph(w(Word::Notes).to_owned()));
        blocks.push(Block::KeyValues(notes));
    }
    Section {
        heading: w(Word::ActionPlan).to_owned(),
        sheet: Some(w(Word::SheetActions).to_owned()),
        new_page: true,
        blocks,
    }
}

impl Db {
    /// The plan `plan_id` as a document in `language`, ready for the PDF or XLSX writer.
    pub fn plan_document(&self, plan_id: i64, language: Language, hide_private: bool) -> Result<Document> {
        let plan = self.plan(plan_id)?;
        let account = self.get_account(plan.account_id)?;
        let assessment = self.plan_assessment(plan_id)?;
        let targets = self.list_plan_targets(plan_id)?;
        let actions = self.list_plan_actions(plan_id)?;
        let issues = self.list_customer_issues(plan.account_id, true)?;
        let initiatives = self.list_initiatives(plan.account_id)?;
        Ok(Document {
            title: TitleBlock {
                title: strings::plan_title(language, plan.year),
                account: account.name,
                date: chrono::Local::now().date_naive(),
                personal_details_hidden: hide_private,
                language,
            },
            sections: vec![
                assessment_section(language, &plan, &assessment),
                targets_section(language, &targets, hide_private),
                actions_section(language, &actions, &targets, hide_private),
                super::plan_customer::customer_section(language, &issues, &initiatives, hide_private),
            ],
        })
    }
}

#[cfg(test)]
mod tests;
