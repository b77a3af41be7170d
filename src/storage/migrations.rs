//! The numbered schema migrations, embedded in the binary.
//!
//! Contract: a migration, once released, is never edited; a change is a new file
//! appended to [`STEPS`]. `user_version` records how many have run.

use rusqlite_migration::{Migrations, M};

const STEPS: &[M<'static>] = &[
    M::up(include_str!("migrations/0001_workspace.sql")),
    M::up(include_str!("migrations/0002_value_defaults.sql")),
    M::up(include_str!("migrations/0003_team.sql")),
    M::up(include_str!("migrations/0004_views.sql")),
    M::up(include_str!("migrations/0005_journal_batches.sql")),
    M::up(include_str!("migrations/0006_action_labels.sql")),
    M::up(include_str!("migrations/0007_accounts.sql")).foreign_key_check(),
    M::up(include_str!("migrations/0008_board_and_coverage_rules.sql")).foreign_key_check(),
    M::up(include_str!("migrations/0009_plan.sql")).foreign_key_check(),
    M::up(include_str!("migrations/0010_plan_work.sql")).foreign_key_check(),
    M::up(include_str!("migrations/0011_portfolio.sql")).foreign_key_check(),
    M::up(include_str!("migrations/0012_import_mapping.sql")).foreign_key_check(),
    M::up(include_str!("migrations/0013_forgetting.sql")),
];

pub static MIGRATIONS: Migrations<'static> = Migrations::from_slice(STEPS);

/// The schema version this build writes.
pub fn latest_version() -> i64 {
    STEPS.len() as i64
}
