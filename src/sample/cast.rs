//! The invented people of the sample account: departments, contacts with their roles and
//! attitudes, our account team and who of us covers whom.

use crate::vocabulary::{CoverageRole, DecisionRole as R, Level};

pub(super) const DEPARTMENTS: &[(&str, Option<&str>)] = &[
    ("Board & Executive Office", None),
    ("Procurement", Some("Board & Executive Office")),
    ("Production", Some("Board & Executive Office")),
    ("Quality", Some("Production")),
    ("R&D", Some("Board & Executive Office")),
    ("Marketing", Some("Board & Executive Office")),
    ("Finance", Some("Board & Executive Office")),
    ("Supply Chain", Some("Board & Executive Office")),
    ("IT", Some("Finance")),
];

pub(super) struct Contact {
    pub(super) key: &'static str,
    pub(super) name: &'static str,
    pub(super) title: &'static str,
    pub(super) unit: &'static str,
    pub(super) level: Level,
    pub(super) manager: Option<&'static str>,
    pub(super) roles: &'static [R],
    pub(super) attitude: i64,
    pub(super) influence: i64,
}

macro_rules! contact {
    ($key:literal, $name:literal, $title:literal, $unit:literal, $level:ident, $manager:expr, [$($role:ident),*], $att:literal, $inf:literal) => {
        Contact { key: $key, name: $name, title: $title, unit: $unit, level: Level::$level, manager: $manager,
                  roles: &[$(R::$role),*], attitude: $att, influence: $inf }
    };
}

pub(super) const CONTACTS: &[Contact] = &[
    contact!(
        "ceo",
        "Zhao Mingyuan",
        "Chief Executive Officer",
        "Board & Executive Office",
        Executive,
        None,
        [Decider],
        1,
        5
    ),
    contact!(
        "coo",
        "Lin Qiuyue",
        "Chief Operating Officer",
        "Board & Executive Office",
        Executive,
        Some("ceo"),
        [Approver, Decider],
        2,
        5
    ),
    contact!(
        "cfo",
        "Harriet Vance",
        "Chief Financial Officer",
        "Finance",
        Executive,
        Some("ceo"),
        [Approver],
        -1,
        4
    ),
    contact!(
        "cpo",
        "Qian Haolin",
        "Head of Procurement",
        "Procurement",
        SeniorManager,
        Some("coo"),
        [Buyer, Gatekeeper],
        0,
        4
    ),
    contact!(
        "buyer1",
        "Sun Lijuan",
        "Senior Buyer, Packaging",
        "Procurement",
        Manager,
        Some("cpo"),
        [Buyer],
        1,
        3
    ),
    contact!(
        "buyer2",
        "Mateo Ferreira",
        "Buyer, Indirect Materials",
        "Procurement",
        Staff,
        Some("cpo"),
        [Buyer],
        0,
        2
    ),
    contact!(
        "prod",
        "Zhou Tianyi",
        "VP Production",
        "Production",
        SeniorManager,
        Some("coo"),
        [User, Influencer],
        2,
        4
    ),
    contact!(
        "plant1",
        "Wu Xiaobo",
        "Plant Manager, Eastbank",
        "Production",
        Manager,
        Some("prod"),
        [User],
        1,
        3
    ),
    contact!(
        "plant2",
        "Greta Lindqvist",
        "Plant Manager, Northfield",
        "Production",
        Manager,
        Some("prod"),
        [User],
        -2,
        3
    ),
    contact!(
        "line",
        "Zheng Kai",
        "Line Engineer, Filling",
        "Production",
        Staff,
        Some("plant1"),
        [User, Initiator],
        3,
        2
    ),
    contact!(
        "maint",
        "He Yuting",
        "Maintenance Supervisor",
        "Production",
        Staff,
        Some("plant1"),
        [User],
        0,
        1
    ),
    contact!(
        "qa",
        "Feng Shuang",
        "Quality Director",
        "Quality",
        SeniorManager,
        Some("prod"),
        [Influencer],
        1,
        4
    ),
    contact!(
        "qa2",
        "Owen Prichard",
        "Food Safety Manager",
        "Quality",
        Manager,
        Some("qa"),
        [Influencer, Gatekeeper],
        -1,
        3
    ),
    contact!(
        "rd",
        "Chen Yanan",
        "R&D Director",
        "R&D",
        SeniorManager,
        Some("ceo"),
        [Influencer, Initiator],
        2,
        4
    ),
    contact!(
        "rd2",
        "Ma Ruoxi",
        "Packaging Development Lead",
        "R&D",
        Manager,
        Some("rd"),
        [Influencer, User],
        3,
        3
    ),
    contact!(
        "rd3",
        "Tomas Novak",
        "Materials Scientist",
        "R&D",
        Staff,
        Some("rd2"),
        [Influencer],
        1,
        2
    ),
    contact!(
        "mkt",
        "Guo Jiahui",
        "Marketing Director",
        "Marketing",
        SeniorManager,
        Some("ceo"),
        [Initiator, Influencer],
        0,
        3
    ),
    contact!(
        "brand",
        "Deng Xin",
        "Brand Manager, Chilled",
        "Marketing",
        Manager,
        Some("mkt"),
        [User],
        1,
        2
    ),
    contact!(
        "fin",
        "Xu Peng",
        "Finance Controller",
        "Finance",
        Manager,
        Some("cfo"),
        [Approver],
        -1,
        3
    ),
    contact!(
        "it",
        "Yang Fei",
        "IT Manager",
        "IT",
        Manager,
        Some("cfo"),
        [Gatekeeper],
        0,
        2
    ),
    contact!(
        "scm",
        "Ingrid Moreau",
        "Supply Chain Director",
        "Supply Chain",
        SeniorManager,
        Some("coo"),
        [Influencer, User],
        1,
        3
    ),
    contact!(
        "log",
        "Tang Bo",
        "Logistics Manager",
        "Supply Chain",
        Manager,
        Some("scm"),
        [User],
        0,
        2
    ),
    contact!(
        "plan",
        "Luo Meiling",
        "Demand Planner",
        "Supply Chain",
        Staff,
        Some("scm"),
        [User],
        2,
        1
    ),
    contact!(
        "ea",
        "Hu Jing",
        "Executive Assistant to the CEO",
        "Board & Executive Office",
        Staff,
        Some("ceo"),
        [Gatekeeper],
        2,
        3
    ),
];

/// Our account team: key, name, title, level.
pub(super) const TEAM: &[(&str, &str, &str, Level)] = &[
    ("kam", "Elena Marsh", "Key Account Manager", Level::Manager),
    ("vp", "Robert Ashdown", "VP Sales, Dairy", Level::Executive),
    ("md", "Wei Chenglong", "Managing Director, China", Level::Executive),
    ("tech", "Jiang Hao", "Technical Service Engineer", Level::Staff),
    ("qe", "Priya Raman", "Quality Engineer", Level::Staff),
    ("sa", "Cao Yu", "Sales Administration", Level::Staff),
    ("strat", "Daniel Okafor", "Strategy Development Manager", Level::Manager),
    ("app", "Shen Lu", "Application Specialist", Level::Manager),
];

/// Coverage: owner, contact, role.
pub(super) const COVERAGE: &[(&str, &str, CoverageRole)] = &[
    ("md", "ceo", CoverageRole::Sponsor),
    ("vp", "ceo", CoverageRole::A),
    ("kam", "ceo", CoverageRole::B),
    ("vp", "coo", CoverageRole::A),
    ("kam", "coo", CoverageRole::B),
    ("kam", "cpo", CoverageRole::A),
    ("sa", "cpo", CoverageRole::B),
    ("sa", "buyer1", CoverageRole::A),
    ("tech", "prod", CoverageRole::A),
    ("app", "prod", CoverageRole::B),
    ("tech", "plant1", CoverageRole::A),
    ("qe", "qa", CoverageRole::A),
    ("app", "rd", CoverageRole::A),
    ("strat", "rd", CoverageRole::B),
    ("app", "rd2", CoverageRole::A),
    ("strat", "mkt", CoverageRole::A),
    ("kam", "scm", CoverageRole::A),
];
