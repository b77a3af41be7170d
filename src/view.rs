//! Views of an account's map: positions placed by hand, and saved views.
//!
//! Contract: a hand-placed position belongs to one account, one view and one person; the
//! layouts place everyone else. Saving positions is one undoable action per drag, whatever
//! the number of people moved. A saved view stores a filter, a view kind, a viewport and an
//! optional focus person (the centre of the acquaintance circles, or a path target); saved
//! views are ordered as slides. Filters are stored as JSON of [`MapFilter`], checked on save.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::action_label::ActionLabel;
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::journal::{Table, Writer};
use crate::validate;
use crate::vocabulary::{DecisionRole, Side, ATTITUDE};

crate::vocabulary::vocabulary!(
    /// The ways one account's map can be drawn.
    ViewKind { Network = "network", OrgChart = "org_chart", Coverage = "coverage", Circles = "circles", Paths = "paths" }
);

/// Which people a view shows. Empty lists mean "no restriction".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct MapFilter {
    pub roles: Vec<DecisionRole>,
    pub org_unit_ids: Vec<i64>,
    pub sides: Vec<Side>,
    pub attitude_min: Option<i64>,
    pub attitude_max: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct NodePosition {
    pub person_id: i64,
    pub x: f64,
    pub y: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Viewport {
    pub zoom: f64,
    pub pan_x: f64,
    pub pan_y: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct SavedView {
    pub id: i64,
    pub account_id: i64,
    pub name: String,
    pub view: ViewKind,
    pub filter: MapFilter,
    pub viewport: Viewport,
    pub focus_person_id: Option<i64>,
    pub slide: i64,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
pub struct NewSavedView {
    pub account_id: i64,
    pub name: String,
    pub view: ViewKind,
    #[serde(default)]
    pub filter: MapFilter,
    pub viewport: Viewport,
    #[serde(default)]
    pub focus_person_id: Option<i64>,
}

fn check_filter(filter: &MapFilter) -> Result<()> {
    for (field, value) in [
        ("attitude_min", filter.attitude_min),
        ("attitude_max", filter.attitude_max),
    ] {
        if let Some(v) = value {
            validate::in_range(field, v, ATTITUDE.min, ATTITUDE.max)?;
        }
    }
    if let (Some(min), Some(max)) = (filter.attitude_min, filter.attitude_max) {
        if min > max {
            return Err(Error::problem(
                "attitude_min",
                Problem::MinAboveMax {
                    min: min as f64,
                    max: max as f64,
                },
            ));
        }
    }
    Ok(())
}

fn check_viewport(viewport: &Viewport) -> Result<()> {
    if !(viewport.zoom.is_finite() && viewport.zoom > 0.0) {
        return Err(Error::problem("zoom", Problem::NotPositive));
    }
    if !(viewport.pan_x.is_finite() && viewport.pan_y.is_finite()) {
        return Err(Error::problem("pan", Problem::NotFinite));
    }
    Ok(())
}

fn saved_view(row: &Row<'_>) -> rusqlite::Result<(SavedView, String)> {
    let view = SavedView {
        id: row.get(0)?,
        account_id: row.get(1)?,
        name: row.get(2)?,
        view: row.get(3)?,
        filter: MapFilter::default(),
        viewport: Viewport {
            zoom: row.get(5)?,
            pan_x: row.get(6)?,
            pan_y: row.get(7)?,
        },
        focus_person_id: row.get(8)?,
        slide: row.get(9)?,
    };
    Ok((view, row.get(4)?))
}

const COLUMNS: &str = "id, account_id, name, view, filter, zoom, pan_x, pan_y, focus_person_id, slide";

fn parse_filter((mut view, filter): (SavedView, String)) -> Result<SavedView> {
    view.filter = serde_json::from_str(&filter)
        .map_err(|e| Error::Journal(format!("saved view {} has an unreadable filter: {e}", view.id)))?;
    Ok(view)
}

fn load(conn: &Connection, id: i64) -> Result<SavedView> {
    let row = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM saved_view WHERE id = ?1"),
            [id],
            saved_view,
        )
        .optional()?
        .ok_or(Error::NotFound {
            entity: "saved_view",
            id,
        })?;
    parse_filter(row)
}

fn check_focus(conn: &Connection, account_id: i64, focus: Option<i64>) -> Result<()> {
    let Some(person) = focus else { return Ok(()) };
    let on_account = crate::account::account_of_person(conn, person)?;
    if on_account.is_some() && on_account != Some(account_id) {
        return Err(Error::problem("focus_person_id", Problem::BelongsToOtherAccount));
    }
    Ok(())
}

impl Db {
    /// Positions placed by hand in one view of an account.
    pub fn node_positions(&self, account_id: i64, view: ViewKind) -> Result<Vec<NodePosition>> {
        self.read(|conn| {
            validate::exists(conn, Table::Account, account_id)?;
            let mut stmt = conn.prepare_cached(
                "SELECT person_id, x, y FROM node_position WHERE account_id = ?1 AND view = ?2 ORDER BY person_id",
            )?;
            let rows = stmt.query_map(params![account_id, view], |r| {
                Ok(NodePosition {
                    person_id: r.get(0)?,
                    x: r.get(1)?,
                    y: r.get(2)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// Keeps where the user put these people, as one undoable "Move" action.
    pub fn place_nodes(&self, account_id: i64, view: ViewKind, positions: Vec<NodePosition>) -> Result<()> {
        if positions.iter().any(|p| !(p.x.is_finite() && p.y.is_finite())) {
            return Err(Error::problem("positions", Problem::NotFinite));
        }
        let label = ActionLabel::PlaceOnMap {
            count: positions.len() as i64,
        };
        self.write(label, |w| {
            validate::exists(w.conn(), Table::Account, account_id)?;
            for position in &positions {
                place(w, account_id, view, position)?;
            }
            Ok(())
        })
    }

    /// Forgets the hand-placed positions of a view, so the layout places everyone again.
    pub fn reset_positions(&self, account_id: i64, view: ViewKind) -> Result<()> {
        self.write(ActionLabel::ResetLayout, |w| {
            validate::exists(w.conn(), Table::Account, account_id)?;
            let ids: Vec<i64> = {
                let mut stmt = w
                    .conn()
                    .prepare("SELECT id FROM node_position WHERE account_id = ?1 AND view = ?2")?;
                let rows = stmt.query_map(params![account_id, view], |r| r.get(0))?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            ids.into_iter().try_for_each(|id| w.delete(Table::NodePosition, id))
        })
    }

    pub fn list_saved_views(&self, account_id: i64) -> Result<Vec<SavedView>> {
        self.read(|conn| {
            validate::exists(conn, Table::Account, account_id)?;
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {COLUMNS} FROM saved_view WHERE account_id = ?1 ORDER BY slide, id"
            ))?;
            let rows = stmt
                .query_map([account_id], saved_view)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            rows.into_iter().map(parse_filter).collect()
        })
    }

    /// Saves the current view under a name, as the last slide.
    pub fn save_view(&self, input: NewSavedView) -> Result<SavedView> {
        let name = validate::name("name", &input.name)?;
        check_filter(&input.filter)?;
        check_viewport(&input.viewport)?;
        let filter = serde_json::to_string(&input.filter).map_err(|_| Error::problem("filter", Problem::Malformed))?;
        let id = self.write(ActionLabel::SaveView, |w| {
            validate::exists(w.conn(), Table::Account, input.account_id)?;
            check_focus(w.conn(), input.account_id, input.focus_person_id)?;
            let taken: bool = w.conn().query_row(
                "SELECT EXISTS (SELECT 1 FROM saved_view WHERE account_id = ?1 AND name = ?2)",
                params![input.account_id, name],
                |r| r.get(0),
            )?;
            if taken {
                return Err(Error::problem("name", Problem::DuplicateName { name }));
            }
            let slide: i64 = w.conn().query_row(
                "SELECT ifnull(max(slide), 0) + 1 FROM saved_view WHERE account_id = ?1",
                [input.account_id],
                |r| r.get(0),
            )?;
            w.insert(
                Table::SavedView,
                &[
                    ("account_id", &input.account_id),
                    ("name", &name),
                    ("view", &input.view),
                    ("filter", &filter),
                    ("zoom", &input.viewport.zoom),
                    ("pan_x", &input.viewport.pan_x),
                    ("pan_y", &input.viewport.pan_y),
                    ("focus_person_id", &input.focus_person_id),
                    ("slide", &slide),
                ],
            )
        })?;
        self.read(|conn| load(conn, id))
    }

    /// Puts the saved views of an account in the given slide order (every view once).
    pub fn order_saved_views(&self, account_id: i64, ids: Vec<i64>) -> Result<Vec<SavedView>> {
        self.write(ActionLabel::ReorderSlides, |w| {
            let current: Vec<i64> = {
                let mut stmt = w
                    .conn()
                    .prepare("SELECT id FROM saved_view WHERE account_id = ?1 ORDER BY id")?;
                let rows = stmt.query_map([account_id], |r| r.get(0))?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            let mut given = ids.clone();
            given.sort_unstable();
            if given != current {
                return Err(Error::problem("ids", Problem::ListEachOnce));
            }
            for (slide, id) in ids.iter().enumerate() {
                w.update(Table::SavedView, *id, &[("slide", &(slide as i64 + 1))])?;
            }
            Ok(())
        })?;
        self.list_saved_views(account_id)
    }

    pub fn delete_saved_view(&self, id: i64) -> Result<()> {
        self.write(ActionLabel::DeleteView, |w| w.delete(Table::SavedView, id))
    }
}

fn place(w: &mut Writer<'_>, account_id: i64, view: ViewKind, position: &NodePosition) -> Result<()> {
    check_focus(w.conn(), account_id, Some(position.person_id)).map_err(|e| match e {
        Error::Invalid { problem, .. } => Error::problem("positions", problem),
        other => other,
    })?;
    let existing: Option<i64> = w
        .conn()
        .prepare_cached("SELECT id FROM node_position WHERE account_id = ?1 AND view = ?2 AND person_id = ?3")?
        .query_row(params![account_id, view, position.person_id], |r| r.get(0))
        .optional()?;
    match existing {
        Some(id) => w.update(Table::NodePosition, id, &[("x", &position.x), ("y", &position.y)]),
        None => w
            .insert(
                Table::NodePosition,
                &[
                    ("account_id", &account_id),
                    ("view", &view),
                    ("person_id", &position.person_id),
                    ("x", &position.x),
                    ("y", &position.y),
                ],
            )
            .map(|_| ()),
    }
}

#[cfg(test)]
mod tests;
