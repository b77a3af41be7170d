//! The fixed words of executive documents in each [`Language`], in the seeds' terms.
//!
//! Contract: every word a document writer or a document builder puts on the page that is not the
//! user's own data comes from here, so an export in zh-CN shows no English word. The terms are the
//! UI's (ui/src/i18n: 战略客户, 卖主关系 … 战略联盟关系, 强烈反对 … 排他性支持, “已隐藏个人信息”) and
//! the method's three-piece plan: 现状评估, 目标任务书, 行动计划. Vocabulary values are worded by
//! exhaustive matches, so a new value cannot go unworded.

pub mod workbook;

use super::Language;
use crate::account::initiative::{InitiativeKind, InitiativeStatus};
use crate::account::issue::{CauseSide, IssueSeverity, IssueStatus};
use crate::plan::action::ActionStatus;
use crate::vocabulary::{PlanStatus, PlanTargetKind, RelationshipLevel, TargetStatus, Tier};

/// One fixed word or phrase of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Word {
    Title,
    Account,
    Date,
    PersonalDetailsHidden,
    About,
    Yes,
    No,
    Section,
    StatusAssessment,
    TargetTaskBook,
    ActionPlan,
    SheetPlan,
    SheetTargets,
    SheetActions,
    Year,
    PlanStatus,
    Tier,
    ValueScore,
    RelationshipLevel,
    RelationshipTarget,
    LadderGap,
    CustomerPeople,
    CoverageFindings,
    ParityFindings,
    OpenIssues,
    AssessedOn,
    FrozenAtActivation,
    Live,
    Attitude,
    People,
    Deal,
    OurSupport,
    Opposition,
    Margin,
    StaleContacts,
    Name,
    JobTitle,
    Target,
    Measure,
    Kind,
    Person,
    Owner,
    From,
    To,
    Now,
    Due,
    Status,
    Notes,
    Action,
    DoneOn,
    AttitudeLegend,
    FindingsLegend,
    CarriedLegend,
    NoTargets,
    NoActions,
    CustomerAndSymbiosis,
    SheetCustomer,
    OpenCustomerIssues,
    Issue,
    Severity,
    RaisedBy,
    RaisedOn,
    RootCause,
    SymbiosisInitiatives,
    Initiative,
    OurInvestment,
    TheirInvestment,
    ExpectedReturn,
    ActualReturn,
    NoOpenIssues,
    NoInitiatives,
}

impl Word {
    pub const ALL: &'static [Word] = &[
        Word::Title,
        Word::Account,
        Word::Date,
        Word::PersonalDetailsHidden,
        Word::About,
        Word::Yes,
        Word::No,
        Word::Section,
        Word::StatusAssessment,
        Word::TargetTaskBook,
        Word::ActionPlan,
        Word::SheetPlan,
        Word::SheetTargets,
        Word::SheetActions,
        Word::Year,
        Word::PlanStatus,
        Word::Tier,
        Word::ValueScore,
        Word::RelationshipLevel,
        Word::RelationshipTarget,
        Word::LadderGap,
        Word::CustomerPeople,
        Word::CoverageFindings,
        Word::ParityFindings,
        Word::OpenIssues,
        Word::AssessedOn,
        Word::FrozenAtActivation,
        Word::Live,
        Word::Attitude,
        Word::People,
        Word::Deal,
        Word::OurSupport,
        Word::Opposition,
        Word::Margin,
        Word::StaleContacts,
        Word::Name,
        Word::JobTitle,
        Word::Target,
        Word::Measure,
        Word::Kind,
        Word::Person,
        Word::Owner,
        Word::From,
        Word::To,
        Word::Now,
        Word::Due,
        Word::Status,
        Word::Notes,
        Word::Action,
        Word::DoneOn,
        Word::AttitudeLegend,
        Word::FindingsLegend,
        Word::CarriedLegend,
        Word::NoTargets,
        Word::NoActions,
        Word::CustomerAndSymbiosis,
        Word::SheetCustomer,
        Word::OpenCustomerIssues,
        Word::Issue,
        Word::Severity,
        Word::RaisedBy,
        Word::RaisedOn,
        Word::RootCause,
        Word::SymbiosisInitiatives,
        Word::Initiative,
        Word::OurInvestment,
        Word::TheirInvestment,
        Word::ExpectedReturn,
        Word::ActualReturn,
        Word::NoOpenIssues,
        Word::NoInitiatives,
    ];
}

fn pick(language: Language, en: &'static str, zh: &'static str) -> &'static str {
    match language {
        Language::En => en,
        Language::ZhCn => zh,
    }
}

/// `word` in `language`.
pub fn word(language: Language, word: Word) -> &'static str {
    let (en, zh) = match word {
        Word::Title => ("Title", "标题"),
        Word::Account => ("Account", "客户"),
        Word::Date => ("Date", "日期"),
        Word::PersonalDetailsHidden => ("Private details hidden", "已隐藏个人信息"),
        Word::About => ("About", "说明"),
        Word::Yes => ("Yes", "是"),
        Word::No => ("No", "否"),
        Word::Section => ("Section", "部分"),
        Word::StatusAssessment => ("Status assessment", "现状评估"),
        Word::TargetTaskBook => ("Target task book", "目标任务书"),
        Word::ActionPlan => ("Action plan", "行动计划"),
        Word::SheetPlan => ("Plan", "计划"),
        Word::SheetTargets => ("Targets", "目标"),
        Word::SheetActions => ("Actions", "行动"),
        Word::Year => ("Year", "年度"),
        Word::PlanStatus => ("Plan status", "计划状态"),
        Word::Tier => ("Tier", "客户等级"),
        Word::ValueScore => ("Value score (0–5)", "客户价值评分（0–5）"),
        Word::RelationshipLevel => ("Relationship level", "客户关系层级"),
        Word::RelationshipTarget => ("Level aimed at", "目标关系层级"),
        Word::LadderGap => ("Steps to the level aimed at", "距目标层级"),
        Word::CustomerPeople => ("Customer people", "客户方人数"),
        Word::CoverageFindings => ("Coverage findings", "覆盖问题"),
        Word::ParityFindings => ("Level parity findings", "层级对等问题"),
        Word::OpenIssues => ("Open customer issues", "未关闭的客户问题"),
        Word::AssessedOn => ("Assessed on", "评估日期"),
        Word::FrozenAtActivation => ("as frozen when the plan was agreed", "计划启用时冻结"),
        Word::Live => ("as of today", "截至今日"),
        Word::Attitude => ("Attitude", "态度"),
        Word::People => ("People", "人数"),
        Word::Deal => ("Deal", "商机"),
        Word::OurSupport => ("Our support", "我方支持度"),
        Word::Opposition => ("Opposition", "反对度"),
        Word::Margin => ("Margin", "领先幅度"),
        Word::StaleContacts => ("Key people not met lately", "久未联系的关键人"),
        Word::Name => ("Name", "姓名"),
        Word::JobTitle => ("Job title", "职务"),
        Word::Target => ("Target", "目标"),
        Word::Measure => ("Measure", "衡量标准"),
        Word::Kind => ("Kind", "类型"),
        Word::Person => ("Person", "关键人"),
        Word::Owner => ("Owner", "责任人"),
        Word::From => ("From", "起点"),
        Word::To => ("To", "目标值"),
        Word::Now => ("Now", "当前"),
        Word::Due => ("Due", "截止日期"),
        Word::Status => ("Status", "状态"),
        Word::Notes => ("Notes", "备注"),
        Word::Action => ("Action", "行动"),
        Word::DoneOn => ("Done on", "完成日期"),
        Word::AttitudeLegend => (
            "Attitude to us: −3 strong opponent, −2 opponent, −1 leans against us, 0 neutral, +1 leans toward us, \
             +2 supporter, +3 exclusive supporter.",
            "对我方的态度：-3 强烈反对，-2 反对，-1 倾向反对，0 中立，+1 倾向支持，+2 支持，+3 排他性支持。",
        ),
        Word::FindingsLegend => ("Findings: critical / warning / note.", "问题：严重 / 警告 / 提示。"),
        Word::CarriedLegend => (
            "* carried over, still open, from the year before's plan.",
            "* 从上一年度计划结转、仍未完成的目标。",
        ),
        Word::NoTargets => ("No targets yet.", "尚无目标。"),
        Word::NoActions => ("No actions yet.", "尚无行动。"),
        Word::CustomerAndSymbiosis => ("Customer issues and symbiosis", "客户问题与共生举措"),
        Word::SheetCustomer => ("Customer", "客户"),
        Word::OpenCustomerIssues => ("Open customer issues", "未关闭的客户问题"),
        Word::Issue => ("Issue", "问题"),
        Word::Severity => ("Severity", "严重程度"),
        Word::RaisedBy => ("Raised by", "提出人"),
        Word::RaisedOn => ("Raised on", "提出日期"),
        Word::RootCause => ("Root cause on", "根因在"),
        Word::SymbiosisInitiatives => ("Symbiosis initiatives", "共生举措"),
        Word::Initiative => ("Initiative", "举措"),
        Word::OurInvestment => ("Our investment", "我方投入"),
        Word::TheirInvestment => ("Their investment", "客户投入"),
        Word::ExpectedReturn => ("Expected return", "预期回报"),
        Word::ActualReturn => ("Actual return", "实际回报"),
        Word::NoOpenIssues => ("No open customer issues.", "没有未关闭的客户问题。"),
        Word::NoInitiatives => ("No symbiosis initiatives yet.", "尚无共生举措。"),
    };
    pick(language, en, zh)
}

/// "Account: 华东精密机械" / "客户：华东精密机械" (the colon of the language).
pub fn labelled(language: Language, label: Word, value: &str) -> String {
    match language {
        Language::En => format!("{}: {value}", word(language, label)),
        Language::ZhCn => format!("{}：{value}", word(language, label)),
    }
}

/// A heading with a span of days after it: "Key people not met lately (14 days)" / "久未联系的关键人（14 天）".
pub fn with_days(language: Language, label: Word, days: i64) -> String {
    match language {
        Language::En => format!("{} ({days} days)", word(language, label)),
        Language::ZhCn => format!("{}（{days} 天）", word(language, label)),
    }
}

/// The page number line: "Page 2 of 5" / "第 2 页，共 5 页".
pub fn page_of(language: Language, page: usize, pages: usize) -> String {
    match language {
        Language::En => format!("Page {page} of {pages}"),
        Language::ZhCn => format!("第 {page} 页，共 {pages} 页"),
    }
}

/// The plan's title: "Account plan 2027" / "2027 年客户关系规划".
pub fn plan_title(language: Language, year: i64) -> String {
    match language {
        Language::En => format!("Account plan {year}"),
        Language::ZhCn => format!("{year} 年客户关系规划"),
    }
}

pub fn tier(language: Language, tier: Tier) -> &'static str {
    match tier {
        Tier::S => pick(language, "S · Strategic", "S · 战略客户"),
        Tier::A => pick(language, "A · Partner", "A · 伙伴客户"),
        Tier::B => pick(language, "B · Value", "B · 价值客户"),
        Tier::C => pick(language, "C · General", "C · 一般客户"),
    }
}

pub fn level(language: Language, level: RelationshipLevel) -> &'static str {
    match level {
        RelationshipLevel::Vendor => pick(language, "Vendor", "卖主关系"),
        RelationshipLevel::PreferredSupplier => pick(language, "Preferred supplier", "被优先考虑的供应商"),
        RelationshipLevel::Partner => pick(language, "Partner", "伙伴关系"),
        RelationshipLevel::StrategicAlliance => pick(language, "Strategic alliance", "战略联盟关系"),
    }
}

/// An attitude value -3..+3 with its words, e.g. "+2 Supporter" / "+2 支持".
pub fn attitude(language: Language, value: i64) -> String {
    let words = match value {
        ..=-3 => pick(language, "Strong opponent", "强烈反对"),
        -2 => pick(language, "Opponent", "反对"),
        -1 => pick(language, "Leans against us", "倾向反对"),
        0 => pick(language, "Neutral", "中立"),
        1 => pick(language, "Leans toward us", "倾向支持"),
        2 => pick(language, "Supporter", "支持"),
        3.. => pick(language, "Exclusive supporter", "排他性支持"),
    };
    format!("{value:+} {words}").replace("+0", "0")
}

pub fn attitude_unknown(language: Language) -> &'static str {
    pick(language, "Not assessed", "尚未评估")
}

pub fn plan_status(language: Language, status: PlanStatus) -> &'static str {
    match status {
        PlanStatus::Draft => pick(language, "Draft", "草稿"),
        PlanStatus::Active => pick(language, "Active", "执行中"),
        PlanStatus::Closed => pick(language, "Closed", "已关闭"),
    }
}

pub fn target_kind(language: Language, kind: PlanTargetKind) -> &'static str {
    match kind {
        PlanTargetKind::Foothold => pick(language, "Foothold", "山头目标"),
        PlanTargetKind::ShareOfWallet => pick(language, "Share of wallet", "份额目标"),
        PlanTargetKind::Profit => pick(language, "Profit", "盈利目标"),
        PlanTargetKind::DisplaceCompetitor => pick(language, "Displace a competitor", "竞争目标"),
        PlanTargetKind::Attitude => pick(language, "Attitude", "态度转变"),
        PlanTargetKind::BOwner => pick(language, "Backup (B) owner", "配置 B 角"),
        PlanTargetKind::Sponsor => pick(language, "Executive sponsor", "配置高层赞助人"),
        PlanTargetKind::SecondChannel => pick(language, "Second information channel", "第二信息渠道"),
        PlanTargetKind::LadderLevel => pick(language, "Relationship level", "客户关系层级"),
    }
}

pub fn target_status(language: Language, status: TargetStatus) -> &'static str {
    match status {
        TargetStatus::Open => pick(language, "Open", "进行中"),
        TargetStatus::Met => pick(language, "Met", "已达成"),
        TargetStatus::Missed => pick(language, "Missed", "未达成"),
        TargetStatus::Dropped => pick(language, "Dropped", "已放弃"),
    }
}

pub fn action_status(language: Language, status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::Open => pick(language, "Open", "待办"),
        ActionStatus::Done => pick(language, "Done", "已完成"),
        ActionStatus::Dropped => pick(language, "Dropped", "已放弃"),
    }
}

pub fn issue_severity(language: Language, severity: IssueSeverity) -> &'static str {
    match severity {
        IssueSeverity::Low => pick(language, "Low", "低"),
        IssueSeverity::Medium => pick(language, "Medium", "中"),
        IssueSeverity::High => pick(language, "High", "高"),
        IssueSeverity::Critical => pick(language, "Critical", "严重"),
    }
}

pub fn issue_status(language: Language, status: IssueStatus) -> &'static str {
    match status {
        IssueStatus::Open => pick(language, "Open", "待处理"),
        IssueStatus::InProgress => pick(language, "In progress", "处理中"),
        IssueStatus::Resolved => pick(language, "Resolved", "已解决"),
        IssueStatus::Closed => pick(language, "Closed", "已闭环"),
    }
}

pub fn cause_side(language: Language, side: CauseSide) -> &'static str {
    match side {
        CauseSide::Theirs => pick(language, "Their side", "客户方"),
        CauseSide::Ours => pick(language, "Our side", "我方"),
        CauseSide::Unknown => pick(language, "Unknown", "原因不明"),
    }
}

pub fn initiative_kind(language: Language, kind: InitiativeKind) -> &'static str {
    match kind {
        InitiativeKind::OpenMarkets => pick(language, "Open markets", "帮助客户开拓市场"),
        InitiativeKind::RaisePurchasingPower => pick(language, "Raise purchasing power", "提高客户购买力"),
        InitiativeKind::JointRnd => pick(language, "Joint R&D", "联合研发"),
        InitiativeKind::LowerTheirRisk => pick(language, "Lower their risk", "降低客户风险"),
        InitiativeKind::Other => pick(language, "Other", "其他"),
    }
}

pub fn initiative_status(language: Language, status: InitiativeStatus) -> &'static str {
    match status {
        InitiativeStatus::Idea => pick(language, "Idea", "设想"),
        InitiativeStatus::Running => pick(language, "Running", "进行中"),
        InitiativeStatus::Done => pick(language, "Done", "已完成"),
        InitiativeStatus::Stopped => pick(language, "Stopped", "已停止"),
    }
}
