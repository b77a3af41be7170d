//! [`ActionLabel`]: what one journal action did, as a key with values, for undo tooltips and
//! the audit trail.
//!
//! Contract: a label holds only a key and values that are counts, years, tiers, scores and
//! vocabulary (a tie kind, a decision role), never a name or other text a user typed, so the
//! journal keeps no personal data in its labels and the UI words each label in the user's
//! language. It is stored as `journal_action.label_key` plus `label_params` (the values as a
//! JSON object); keys are never renamed once released. Labels written before keys existed
//! were carried over by migration 0006; one it could not read is [`ActionLabel::Legacy`].

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::vocabulary::{DecisionRole, InteractionKind, PersonStatus, TieKind, Tier};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "key", rename_all = "snake_case")]
pub enum ActionLabel {
    // Accounts.
    CreateAccount,
    EditAccount,
    ArchiveAccount,
    RestoreAccount,
    CloseAccountLost,
    DeleteAccount,
    DecideTier {
        tier: Tier,
    },
    CreateSample,
    /// A backup restored: not a journal action (the journal becomes the backup's), only the
    /// label of the change set that tells the UI everything changed.
    RestoreBackup,
    // People and ties on the map.
    AddPerson,
    AddPeople {
        count: i64,
    },
    ImportPeople {
        count: i64,
    },
    EditPerson,
    MovePerson,
    MarkStatus {
        status: PersonStatus,
    },
    DeletePerson,
    DeletePeople {
        count: i64,
    },
    DeleteTie,
    DeleteTies {
        count: i64,
    },
    DeletePeopleAndTies {
        people: i64,
        ties: i64,
    },
    Connect {
        kind: TieKind,
    },
    AddTies {
        count: i64,
    },
    EditTie,
    SetAttitude {
        value: i64,
    },
    SetInfluence {
        value: i64,
    },
    AddRole {
        role: DecisionRole,
    },
    RemoveRole,
    EditProfile,
    AddChannel,
    EditChannel,
    DeleteChannel,
    SetLeaning {
        strength: i64,
    },
    ClearLeaning,
    // Departments.
    AddDepartment,
    RenameDepartment,
    MoveDepartment,
    DeleteDepartment,
    // Value and tiers.
    ChangeValueWeights,
    ScoreValue {
        year: i64,
        score: i64,
    },
    ClearValueScore {
        year: i64,
    },
    RecordRevenue {
        year: i64,
    },
    ClearRevenue {
        year: i64,
    },
    EditTierRules {
        tier: Tier,
    },
    ChangeTierThresholds,
    SetValueDemands,
    AddControlPoint,
    EditControlPoint,
    DeleteControlPoint,
    // Competitors and deals.
    AddCompetitor,
    RenameCompetitor,
    DeleteCompetitor,
    AddDeal,
    RenameDeal,
    EditDeal,
    CloseDeal {
        won: bool,
    },
    ReopenDeal,
    DeleteDeal,
    // Contacts and dates.
    LogContact {
        kind: InteractionKind,
    },
    EditContact,
    DeleteContact,
    AddKeyDate,
    EditKeyDate,
    DeleteKeyDate,
    // Views.
    PlaceOnMap {
        count: i64,
    },
    ResetLayout,
    SaveView,
    ReorderSlides,
    DeleteView,
    // The embedded team.
    AddTeamMember,
    EditTeamMember,
    RemoveTeamMember,
    AddPartner,
    EditPartner,
    RemovePartner,
    // Keeping the relationship alive.
    AddVoice,
    EditVoice,
    DeleteVoice,
    AddIssue,
    EditIssue,
    CloseIssue,
    DeleteIssue,
    AddInitiative,
    EditInitiative,
    DeleteInitiative,
    // The yearly plan and its target task book.
    CreatePlan {
        year: i64,
    },
    EditPlan,
    ActivatePlan {
        year: i64,
    },
    ClosePlan {
        year: i64,
    },
    DeletePlan {
        year: i64,
    },
    AddPlanTarget,
    EditPlanTarget,
    DeletePlanTarget,
    AdjustPlan {
        version: i64,
    },
    ReviewPlan,
    // The plan's actions and expansion cards.
    AddPlanAction,
    EditPlanAction,
    DeletePlanAction,
    LogContactForAction {
        kind: InteractionKind,
    },
    EditExpansionCard,
    // Forgetting and retention.
    /// A person forgotten for good: an audit line only, never undone (see [`crate::forget`]).
    ForgetPerson,
    /// A personal profile cleared for good, out of the history too.
    ClearProfile,
    SetJournalRetention {
        days: i64,
    },
    /// A label from before labels had keys that migration could not read: its old text.
    Legacy {
        text: String,
    },
}

impl ActionLabel {
    /// The stored form: the key and the other values as a JSON object.
    pub(crate) fn to_parts(&self) -> (String, String) {
        let mut object = match serde_json::to_value(self) {
            Ok(Value::Object(object)) => object,
            // An internally tagged enum of unit and struct variants always serializes to an object.
            _ => Map::new(),
        };
        let key = match object.remove("key") {
            Some(Value::String(key)) => key,
            _ => "legacy".to_owned(),
        };
        (key, Value::Object(object).to_string())
    }

    /// Reads a stored label; one this version cannot read comes back as [`ActionLabel::Legacy`].
    pub(crate) fn from_parts(key: &str, params: &str) -> Self {
        let mut object = match serde_json::from_str::<Value>(params) {
            Ok(Value::Object(object)) => object,
            _ => Map::new(),
        };
        object.insert("key".to_owned(), Value::String(key.to_owned()));
        serde_json::from_value(Value::Object(object)).unwrap_or_else(|_| ActionLabel::Legacy { text: key.to_owned() })
    }
}

/// English, for logs and tests; the UI words labels itself.
impl std::fmt::Display for ActionLabel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use ActionLabel as L;
        match self {
            L::CreateAccount => write!(f, "Create account"),
            L::EditAccount => write!(f, "Edit account"),
            L::ArchiveAccount => write!(f, "Archive account"),
            L::RestoreAccount => write!(f, "Restore account"),
            L::CloseAccountLost => write!(f, "Close account as lost"),
            L::DeleteAccount => write!(f, "Delete account"),
            L::DecideTier { tier } => write!(f, "Decide tier {tier}"),
            L::CreateSample => write!(f, "Create sample account"),
            L::RestoreBackup => write!(f, "Restore a backup"),
            L::AddPerson => write!(f, "Add person"),
            L::AddPeople { count } => write!(f, "Add {count} people"),
            L::ImportPeople { count } => write!(f, "Import {count} people"),
            L::EditPerson => write!(f, "Edit person"),
            L::MovePerson => write!(f, "Move person"),
            L::MarkStatus { status } => write!(f, "Mark {status}"),
            L::DeletePerson => write!(f, "Delete person"),
            L::DeletePeople { count } => write!(f, "Delete {count} people"),
            L::DeleteTie => write!(f, "Delete tie"),
            L::DeleteTies { count } => write!(f, "Delete {count} ties"),
            L::DeletePeopleAndTies { people, ties } => write!(f, "Delete {people} people and {ties} ties"),
            L::Connect { kind } => write!(f, "Connect ({kind})"),
            L::AddTies { count } => write!(f, "Add {count} ties"),
            L::EditTie => write!(f, "Edit tie"),
            L::SetAttitude { value } => write!(f, "Set attitude to {value}"),
            L::SetInfluence { value } => write!(f, "Set influence to {value}"),
            L::AddRole { role } => write!(f, "Add role {role}"),
            L::RemoveRole => write!(f, "Remove role"),
            L::EditProfile => write!(f, "Edit personal profile"),
            L::AddChannel => write!(f, "Add information channel"),
            L::EditChannel => write!(f, "Edit information channel"),
            L::DeleteChannel => write!(f, "Delete information channel"),
            L::SetLeaning { strength } => write!(f, "Set competitor leaning to {strength}"),
            L::ClearLeaning => write!(f, "Clear competitor leaning"),
            L::AddDepartment => write!(f, "Add department"),
            L::RenameDepartment => write!(f, "Rename department"),
            L::MoveDepartment => write!(f, "Move department"),
            L::DeleteDepartment => write!(f, "Delete department"),
            L::ChangeValueWeights => write!(f, "Change value weights"),
            L::ScoreValue { year, score } => write!(f, "Score {year} value {score}"),
            L::ClearValueScore { year } => write!(f, "Clear {year} value score"),
            L::RecordRevenue { year } => write!(f, "Record {year} revenue"),
            L::ClearRevenue { year } => write!(f, "Clear {year} revenue"),
            L::EditTierRules { tier } => write!(f, "Edit tier {tier} rules"),
            L::ChangeTierThresholds => write!(f, "Change tier thresholds"),
            L::SetValueDemands => write!(f, "Set value demands"),
            L::AddControlPoint => write!(f, "Add control point"),
            L::EditControlPoint => write!(f, "Edit control point"),
            L::DeleteControlPoint => write!(f, "Delete control point"),
            L::AddCompetitor => write!(f, "Add competitor"),
            L::RenameCompetitor => write!(f, "Rename competitor"),
            L::DeleteCompetitor => write!(f, "Delete competitor"),
            L::AddDeal => write!(f, "Add deal"),
            L::RenameDeal => write!(f, "Rename deal"),
            L::EditDeal => write!(f, "Edit deal"),
            L::CloseDeal { won: true } => write!(f, "Close deal won"),
            L::CloseDeal { won: false } => write!(f, "Close deal lost"),
            L::ReopenDeal => write!(f, "Reopen deal"),
            L::DeleteDeal => write!(f, "Delete deal"),
            L::LogContact { kind } => write!(f, "Log {kind}"),
            L::EditContact => write!(f, "Edit interaction"),
            L::DeleteContact => write!(f, "Delete interaction"),
            L::AddKeyDate => write!(f, "Add key date"),
            L::EditKeyDate => write!(f, "Edit key date"),
            L::DeleteKeyDate => write!(f, "Delete key date"),
            L::PlaceOnMap { count } => write!(f, "Move {count} on the map"),
            L::ResetLayout => write!(f, "Reset layout"),
            L::SaveView => write!(f, "Save view"),
            L::ReorderSlides => write!(f, "Reorder slides"),
            L::DeleteView => write!(f, "Delete saved view"),
            L::AddTeamMember => write!(f, "Add team member"),
            L::EditTeamMember => write!(f, "Edit team member"),
            L::RemoveTeamMember => write!(f, "Remove team member"),
            L::AddPartner => write!(f, "Add partner"),
            L::EditPartner => write!(f, "Edit partner"),
            L::RemovePartner => write!(f, "Remove partner"),
            L::AddVoice => write!(f, "Add customer voice"),
            L::EditVoice => write!(f, "Edit customer voice"),
            L::DeleteVoice => write!(f, "Delete customer voice"),
            L::AddIssue => write!(f, "Add customer issue"),
            L::EditIssue => write!(f, "Edit customer issue"),
            L::CloseIssue => write!(f, "Close customer issue"),
            L::DeleteIssue => write!(f, "Delete customer issue"),
            L::AddInitiative => write!(f, "Add symbiosis initiative"),
            L::EditInitiative => write!(f, "Edit symbiosis initiative"),
            L::DeleteInitiative => write!(f, "Delete symbiosis initiative"),
            L::CreatePlan { year } => write!(f, "Create {year} plan"),
            L::EditPlan => write!(f, "Edit plan"),
            L::ActivatePlan { year } => write!(f, "Activate {year} plan"),
            L::ClosePlan { year } => write!(f, "Close {year} plan"),
            L::DeletePlan { year } => write!(f, "Delete {year} plan"),
            L::AddPlanTarget => write!(f, "Add plan target"),
            L::EditPlanTarget => write!(f, "Edit plan target"),
            L::DeletePlanTarget => write!(f, "Delete plan target"),
            L::AdjustPlan { version } => write!(f, "Adjust plan (version {version})"),
            L::ReviewPlan => write!(f, "Mark plan reviewed"),
            L::AddPlanAction => write!(f, "Add plan action"),
            L::EditPlanAction => write!(f, "Edit plan action"),
            L::DeletePlanAction => write!(f, "Delete plan action"),
            L::LogContactForAction { kind } => write!(f, "Log {kind} for a plan action"),
            L::EditExpansionCard => write!(f, "Edit expansion card"),
            L::ForgetPerson => write!(f, "Forget person"),
            L::ClearProfile => write!(f, "Clear personal profile"),
            L::SetJournalRetention { days } => write!(f, "Keep history {days} days"),
            L::Legacy { text } => write!(f, "{text}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_is_stored_as_its_key_and_values_and_read_back_whole() {
        let label = ActionLabel::ScoreValue { year: 2026, score: 4 };
        let (key, params) = label.to_parts();
        assert_eq!(key, "score_value");
        assert_eq!(
            serde_json::from_str::<Value>(&params).unwrap(),
            serde_json::json!({ "year": 2026, "score": 4 })
        );
        assert_eq!(ActionLabel::from_parts(&key, &params), label);
        assert_eq!(
            ActionLabel::AddPerson.to_parts(),
            ("add_person".to_owned(), "{}".to_owned())
        );
    }

    #[test]
    fn a_label_this_version_cannot_read_is_kept_as_legacy_text() {
        assert_eq!(
            ActionLabel::from_parts("decide_tier", r#"{"tier":"Z"}"#),
            ActionLabel::Legacy {
                text: "decide_tier".to_owned()
            }
        );
        assert_eq!(
            ActionLabel::from_parts("legacy", r#"{"text":"Add Zhao"}"#),
            ActionLabel::Legacy {
                text: "Add Zhao".to_owned()
            }
        );
    }
}
