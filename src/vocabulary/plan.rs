//! The yearly plan's vocabularies: its status, the kinds of target of its target task book
//! and a target's status.

vocabulary!(
    /// A plan is drafted, agreed (active, its assessment frozen) and finally closed.
    PlanStatus { Draft = "draft", Active = "active", Closed = "closed" }
);

vocabulary!(
    /// What a target of the target task book aims at. Market targets first (the hill, the
    /// share of the customer's spending, profit, displacing a competitor), then relationship
    /// targets about one customer person (attitude, a B owner, an executive sponsor, a second
    /// information channel) and the account's level on the relationship ladder.
    PlanTargetKind {
        Foothold = "foothold",
        ShareOfWallet = "share_of_wallet",
        Profit = "profit",
        DisplaceCompetitor = "displace_competitor",
        Attitude = "attitude",
        BOwner = "b_owner",
        Sponsor = "sponsor",
        SecondChannel = "second_channel",
        LadderLevel = "ladder_level",
    }
);

vocabulary!(
    /// Where a target stands.
    TargetStatus { Open = "open", Met = "met", Missed = "missed", Dropped = "dropped" }
);

vocabulary!(
    /// Market targets, or relationship targets.
    TargetGroup { Market = "market", Relationship = "relationship" }
);

vocabulary!(
    /// The numbers a kind of target runs from → to: none, an attitude (-3..+3, whole), or a
    /// number (within `min`..`max` of its shape where those are given).
    TargetValues { None = "none", Attitude = "attitude", Number = "number" }
);

/// What a kind of target asks for, as the core checks it: the UI builds its form from this.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, specta::Type)]
pub struct PlanTargetShape {
    pub kind: PlanTargetKind,
    pub group: TargetGroup,
    /// Names one customer person of the account (`person_id` required).
    pub person: bool,
    pub values: TargetValues,
    /// Bounds of the numbers, when they have any.
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Names a level of the relationship ladder (`to_level` required).
    pub level: bool,
    /// Needs a measure (market kinds).
    pub measure: bool,
    /// Met or open as the data says (relationship kinds); the user sets only missed or dropped.
    pub computed: bool,
}

impl PlanTargetKind {
    /// The one description of what each kind asks for; validation and the UI both read it.
    pub fn shape(self) -> PlanTargetShape {
        use PlanTargetKind as K;
        let (group, person, values, bounds, level) = match self {
            K::Foothold | K::DisplaceCompetitor => (TargetGroup::Market, false, TargetValues::None, None, false),
            K::ShareOfWallet => (
                TargetGroup::Market,
                false,
                TargetValues::Number,
                Some((0.0, 1.0)),
                false,
            ),
            K::Profit => (TargetGroup::Market, false, TargetValues::Number, None, false),
            K::Attitude => (
                TargetGroup::Relationship,
                true,
                TargetValues::Attitude,
                Some((super::ATTITUDE.min as f64, super::ATTITUDE.max as f64)),
                false,
            ),
            K::BOwner | K::Sponsor | K::SecondChannel => {
                (TargetGroup::Relationship, true, TargetValues::None, None, false)
            }
            K::LadderLevel => (TargetGroup::Relationship, false, TargetValues::None, None, true),
        };
        PlanTargetShape {
            kind: self,
            group,
            person,
            values,
            min: bounds.map(|b| b.0),
            max: bounds.map(|b| b.1),
            level,
            measure: group == TargetGroup::Market,
            computed: group == TargetGroup::Relationship,
        }
    }

    /// Every kind's shape, in kind order.
    pub fn shapes() -> Vec<PlanTargetShape> {
        Self::ALL.iter().map(|k| k.shape()).collect()
    }

    /// Kinds about one customer person (`person_id` required).
    pub fn is_about_person(self) -> bool {
        self.shape().person
    }

    /// Market kinds: they need a measure, and only the user says whether they are met.
    pub fn is_market(self) -> bool {
        self.shape().group == TargetGroup::Market
    }
}
