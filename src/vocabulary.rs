//! The domain's closed vocabularies: tiers, levels, roles, tie kinds and the like.
//!
//! Each is a Rust enum stored as its snake_case name in a TEXT column and sent to the UI
//! under the same name, so the database, the bindings and the UI share one spelling.

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize, specta::Type,
        )]
        pub enum $name {
            $(#[serde(rename = $text)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.as_str()))
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                $name::parse(text).ok_or_else(|| {
                    rusqlite::types::FromSqlError::Other(format!("unknown {} '{text}'", stringify!($name)).into())
                })
            }
        }
    };
}
pub(crate) use vocabulary;

mod catalogue;
mod plan;
pub use catalogue::{
    catalogue, Catalogue, Range, Ranges, ATTITUDE, INFLUENCE, LEANING_STRENGTH, RELIABILITY, STRATEGIC_INFLUENCE,
    TIE_STRENGTH, VALUE_SCORE,
};
pub use plan::{PlanStatus, PlanTargetKind, PlanTargetShape, TargetGroup, TargetStatus, TargetValues};

vocabulary!(
    /// Huawei's four customer grades.
    Tier { S = "S", A = "A", B = "B", C = "C" }
);

vocabulary!(
    /// Rising depth of the relationship with an account.
    RelationshipLevel {
        Vendor = "vendor",
        PreferredSupplier = "preferred_supplier",
        Partner = "partner",
        StrategicAlliance = "strategic_alliance",
    }
);

vocabulary!(
    LifecycleStage { Prospecting = "prospecting", PreSale = "pre_sale", Delivery = "delivery", Deepening = "deepening" }
);

vocabulary!(SalesPattern { Continuous = "continuous", Periodic = "periodic", Project = "project" });

vocabulary!(
    /// What the customer values in us; accounts may add free entries beside these.
    ValueDemand {
        Drive = "drive",
        SolutionInnovation = "solution_innovation",
        SpeedOfResponse = "speed_of_response",
        Customisation = "customisation",
        Price = "price",
        Financing = "financing",
        BusinessConsulting = "business_consulting",
        Convenience = "convenience",
    }
);

vocabulary!(
    /// Which organisation a person on a map belongs to.
    Side { Customer = "customer", Ours = "ours", ThirdParty = "third_party", Competitor = "competitor" }
);

vocabulary!(
    /// Seniority, used to match coverage across the two organisations. The board sits above the
    /// executives: when a competitor's supporter is the CEO, ours must come from the board.
    Level {
        Board = "board",
        Executive = "executive",
        SeniorManager = "senior_manager",
        Manager = "manager",
        Staff = "staff",
    }
);

vocabulary!(PersonStatus { Active = "active", Left = "left", Moved = "moved" });

vocabulary!(
    DecisionRole {
        Initiator = "initiator",
        User = "user",
        Influencer = "influencer",
        Decider = "decider",
        Approver = "approver",
        Buyer = "buyer",
        Gatekeeper = "gatekeeper",
    }
);

vocabulary!(
    TieKind {
        ReportsTo = "reports_to",
        DottedLine = "dotted_line",
        Influences = "influences",
        Personal = "personal",
        Coverage = "coverage",
    }
);

vocabulary!(
    PersonalTie {
        Friend = "friend",
        Family = "family",
        FormerColleague = "former_colleague",
        Alumni = "alumni",
        Club = "club",
        Neighbour = "neighbour",
        BusinessContact = "business_contact",
    }
);

vocabulary!(
    /// Our side's responsibility for a customer contact: primary, backup, executive sponsor.
    CoverageRole { A = "A", B = "B", Sponsor = "sponsor" }
);

vocabulary!(
    InteractionKind {
        Visit = "visit",
        Meal = "meal",
        Call = "call",
        Event = "event",
        TradeShow = "trade_show",
        MutualVisit = "mutual_visit",
        KeyDateGreeting = "key_date_greeting",
        FactoryTour = "factory_tour",
    }
);

vocabulary!(
    KeyDateKind {
        ContractRenewal = "contract_renewal",
        CompanyAnniversary = "company_anniversary",
        BudgetCycle = "budget_cycle",
        Festival = "festival",
        Custom = "custom",
    }
);

vocabulary!(Horizon { Current = "current", LongTerm = "long_term" });

vocabulary!(Visibility { Explicit = "explicit", Implicit = "implicit" });

impl Level {
    /// Higher is more senior; used for parity and cross-level matching.
    pub fn rank(self) -> u8 {
        match self {
            Level::Board => 5,
            Level::Executive => 4,
            Level::SeniorManager => 3,
            Level::Manager => 2,
            Level::Staff => 1,
        }
    }

    /// Executives and the board: the contacts who need an executive sponsor, and the staff of
    /// ours who can be one.
    pub fn is_executive_or_above(self) -> bool {
        self.rank() >= Level::Executive.rank()
    }
}
