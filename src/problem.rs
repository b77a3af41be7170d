//! [`Problem`]: why the core refused something, as a stable code with the values it is made of.
//!
//! Contract: codes are few and reusable (`empty`, `out_of_range`, `would_cycle`...), not one per
//! sentence; the field an [`crate::Error::Invalid`] names says which input they are about. The
//! values are numbers, dates, vocabulary and the user's own input, never English words, so the UI
//! can say each problem in the user's language. Codes are never renamed once released; the
//! English [`std::fmt::Display`] serves logs and tests.

use serde::Serialize;

use crate::vocabulary::{CoverageRole, DecisionRole, PlanStatus};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type, thiserror::Error)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Problem {
    // The shape of one value.
    #[error("must not be empty")]
    Empty,
    #[error("is needed here")]
    Missing,
    #[error("does not apply here")]
    NotApplicable,
    #[error("is longer than {max} characters")]
    TooLong { max: i64 },
    #[error("is shorter than {min} characters")]
    TooShort { min: i64 },
    #[error("holds a control character (such as a line break or NUL) where plain text belongs")]
    ControlCharacter,
    #[error("must be between {min} and {max}, got {got}")]
    OutOfRange { min: f64, max: f64, got: f64 },
    #[error("must be 0 or more, got {got}")]
    Negative { got: f64 },
    #[error("must be above 0")]
    NotPositive,
    #[error("must be a finite number")]
    NotFinite,
    #[error("at least one must be above 0")]
    AllZero,
    #[error("'{value}' is not a date of the form YYYY-MM-DD")]
    NotADate { value: String },
    #[error("'{value}' is not a date of the form YYYY-MM-DD, or MM-DD when the year is unknown")]
    NotABirthday { value: String },
    #[error("{value} lies in the future")]
    InFuture { value: String },
    #[error("reaches past the last supported date")]
    BeyondCalendar,
    #[error("must not be before the start ({start}), got {end}")]
    EndsBeforeStart { start: String, end: String },
    #[error("{value} is not in {year}")]
    NotInYear { year: i64, value: String },
    #[error("{min} is above the maximum {max}")]
    MinAboveMax { min: f64, max: f64 },
    #[error("must be above {limit}, got {got}")]
    NotAbove { limit: f64, got: f64 },
    #[error("'{value}' is not one of {}", allowed.join(", "))]
    NotOneOf { value: String, allowed: Vec<String> },
    #[error("'{value}' is not a three-letter currency code")]
    NotACurrency { value: String },
    #[error("'{value}' cannot be used as a file name")]
    NotAFileName { value: String },
    #[error("the content is not a {format} file")]
    WrongContent { format: String },
    #[error("is not in the expected form")]
    Malformed,
    #[error("{file} cannot be read as {format}")]
    NotReadable { file: String, format: String },
    #[error("{file} is empty")]
    EmptyFile { file: String },
    #[error("{file} is {bytes} bytes, above the {max_bytes} bytes that can be imported")]
    FileTooLarge { file: String, max_bytes: i64, bytes: i64 },
    #[error("{file}, row {row}, column {column}: the cell is longer than {max} characters")]
    CellTooLong {
        file: String,
        row: i64,
        column: i64,
        max: i64,
    },
    #[error("no installed font can show the document's text (Chinese included)")]
    NoFont,

    // Lists and names.
    #[error("an entry is listed twice")]
    ListedTwice,
    #[error("list every entry exactly once")]
    ListEachOnce,
    #[error("'{name}' is already taken")]
    DuplicateName { name: String },

    // How records relate.
    #[error("cannot refer to itself")]
    SelfReference,
    #[error("would make a cycle")]
    WouldCycle,
    #[error("belongs to another account")]
    BelongsToOtherAccount,
    #[error("belongs to another plan")]
    BelongsToOtherPlan,
    #[error("the account already has a plan for {year}")]
    PlanExists { year: i64 },
    #[error("not possible while the plan is {status}")]
    PlanIs { status: PlanStatus },
    #[error("is no longer open")]
    NotOpen,
    #[error("belongs to another organisation")]
    OtherOrganisation,
    #[error("is one of our own staff")]
    OurStaff,
    #[error("must be one of our own staff")]
    NotOurStaff,
    #[error("must be a customer-side or third-party person")]
    NotCustomerSide,
    #[error("outside firms join as partners, not as members")]
    OutsideFirm,
    #[error("has left")]
    HasLeft,
    #[error("still employs {people} people on the maps")]
    StillEmploys { people: i64 },

    // Roles already held.
    #[error("is already on this team")]
    AlreadyMember,
    #[error("already has the role {role}")]
    AlreadyHasRole { role: DecisionRole },
    #[error("{holder} already holds role {role} for this person")]
    CoverageTaken { role: CoverageRole, holder: String },
    #[error("this owner already covers the person as {role}")]
    AlreadyCovers { role: CoverageRole },
    #[error("already reports to someone; use a dotted line for a second manager")]
    AlreadyReports,
    #[error("{manager} is already this team's account manager")]
    ManagerTaken { manager: String },
    #[error("the team has no account manager yet")]
    NoManager,
    #[error("must be the team's account manager, {manager}")]
    NotTheManager { manager: String },
    #[error("the account manager reports to no one in the team")]
    ManagerReportsToNoOne,

    // Beyond one input: what the other error kinds are about.
    #[error("{entity} {id} does not exist")]
    NotFound { entity: String, id: i64 },
    #[error("{path} is not a Symbio workspace; it was left untouched")]
    NotAWorkspace { path: String },
    #[error("{path} is damaged and cannot be read as a workspace; it was left untouched")]
    Corrupt { path: String },
    #[error("{path} was saved by a newer version of Symbio (format {found}, this version reads up to {known})")]
    TooNew { path: String, found: i64, known: i64 },
    #[error("{path} is encrypted; its passphrase is needed to open it")]
    Encrypted { path: String },
    #[error("the passphrase is not the right one")]
    WrongPassphrase,
    #[error("{path} is open in another Symbio window")]
    InUse { path: String },
    #[error("{path} is read-only; changes cannot be saved")]
    ReadOnly { path: String },
    #[error("{path} is read-only and would need upgrading before it can be opened; it was left untouched")]
    ReadOnlyOutdated { path: String },
    #[error("{path} is cut short, part of it is missing; it was left untouched")]
    Truncated { path: String },
    #[error("the folder {folder} does not exist")]
    FolderMissing { folder: String },
    #[error("nothing to undo")]
    NothingToUndo,
    #[error("nothing to redo")]
    NothingToRedo,
    #[error("a file could not be read or written ({cause:?})")]
    Io { cause: IoCause },
    #[error("the workspace could not be read or written")]
    Storage,
    #[error("the undo history is damaged")]
    DamagedHistory,
}

impl Problem {
    pub fn out_of_range(min: f64, max: f64, got: f64) -> Self {
        Problem::OutOfRange { min, max, got }
    }
}

/// Why a file operation failed, in the few cases a user can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum IoCause {
    NotFound,
    PermissionDenied,
    AlreadyExists,
    ReadOnly,
    StorageFull,
    Other,
}

impl From<std::io::ErrorKind> for IoCause {
    fn from(kind: std::io::ErrorKind) -> Self {
        use std::io::ErrorKind as K;
        match kind {
            K::NotFound => IoCause::NotFound,
            K::PermissionDenied => IoCause::PermissionDenied,
            K::AlreadyExists => IoCause::AlreadyExists,
            K::ReadOnlyFilesystem => IoCause::ReadOnly,
            K::StorageFull => IoCause::StorageFull,
            _ => IoCause::Other,
        }
    }
}
