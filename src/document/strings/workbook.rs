//! The fixed words of the account workbook (and its CSV files) in each [`Language`]: sheet names,
//! column titles, the vocabularies a person or a tie is described with, and the findings of the
//! coverage, level-parity and support-balance rules worded from their values (the core's own
//! messages are English).
//!
//! Contract: the terms are the UI's (ui/src/i18n: zh-CN.ts, team.zh-CN.ts, findings.zh-CN.ts), so
//! a zh-CN workbook reads like the app. Vocabulary values are worded by exhaustive matches.

use super::pick;
use crate::brain::{Gap, Rule, Severity};
use crate::document::Language;
use crate::team::{TeamFunction, TeamLocation};
use crate::vocabulary::{CoverageRole, DecisionRole, Level, PersonalTie, Side, TieKind};

/// One fixed word of the account workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Term {
    WorkbookTitle,
    SheetPeople,
    SheetTies,
    SheetCoverage,
    SheetFindings,
    SheetTeam,
    SheetTargets,
    SheetActions,
    Name,
    JobTitle,
    Department,
    Level,
    Side,
    Roles,
    Attitude,
    AttitudeObservedOn,
    Evidence,
    Influence,
    AOwner,
    BOwner,
    Sponsor,
    Channels,
    ChannelSources,
    LastContact,
    Profile,
    From,
    To,
    Kind,
    Detail,
    Hidden,
    Strength,
    Note,
    Contact,
    Severity,
    Rule,
    Person,
    Finding,
    TeamRole,
    Function,
    Location,
    Allocation,
    StartOn,
    EndOn,
    Active,
    NoFindings,
    NoTeam,
    NoPlan,
    CoverageLegend,
}

impl Term {
    pub const ALL: &'static [Term] = &[
        Term::WorkbookTitle,
        Term::SheetPeople,
        Term::SheetTies,
        Term::SheetCoverage,
        Term::SheetFindings,
        Term::SheetTeam,
        Term::SheetTargets,
        Term::SheetActions,
        Term::Name,
        Term::JobTitle,
        Term::Department,
        Term::Level,
        Term::Side,
        Term::Roles,
        Term::Attitude,
        Term::AttitudeObservedOn,
        Term::Evidence,
        Term::Influence,
        Term::AOwner,
        Term::BOwner,
        Term::Sponsor,
        Term::Channels,
        Term::ChannelSources,
        Term::LastContact,
        Term::Profile,
        Term::From,
        Term::To,
        Term::Kind,
        Term::Detail,
        Term::Hidden,
        Term::Strength,
        Term::Note,
        Term::Contact,
        Term::Severity,
        Term::Rule,
        Term::Person,
        Term::Finding,
        Term::TeamRole,
        Term::Function,
        Term::Location,
        Term::Allocation,
        Term::StartOn,
        Term::EndOn,
        Term::Active,
        Term::NoFindings,
        Term::NoTeam,
        Term::NoPlan,
        Term::CoverageLegend,
    ];
}

/// `term` in `language`.
pub fn term(language: Language, term: Term) -> &'static str {
    let (en, zh) = match term {
        Term::WorkbookTitle => ("Account workbook", "客户工作簿"),
        Term::SheetPeople => ("People", "人员"),
        Term::SheetTies => ("Ties", "关系"),
        Term::SheetCoverage => ("Coverage matrix", "覆盖矩阵"),
        Term::SheetFindings => ("Findings", "问题"),
        Term::SheetTeam => ("Team roster", "团队名册"),
        Term::SheetTargets => ("Plan targets", "计划目标"),
        Term::SheetActions => ("Plan actions", "计划行动"),
        Term::Name => ("Name", "姓名"),
        Term::JobTitle => ("Job title", "职务"),
        Term::Department => ("Department", "部门"),
        Term::Level => ("Level", "层级"),
        Term::Side => ("Side", "所属方"),
        Term::Roles => ("Decision roles", "决策角色"),
        Term::Attitude => ("Attitude (−3…+3)", "态度（-3…+3）"),
        Term::AttitudeObservedOn => ("Attitude observed on", "态度观察日期"),
        Term::Evidence => ("Evidence", "依据"),
        Term::Influence => ("Influence (1–5)", "影响力（1–5）"),
        Term::AOwner => ("A owner", "A 角"),
        Term::BOwner => ("B owner", "B 角"),
        Term::Sponsor => ("Executive sponsor", "高层赞助人"),
        Term::Channels => ("Stable channels", "稳定信息渠道数"),
        Term::ChannelSources => ("Channel sources", "信息渠道来源"),
        Term::LastContact => ("Last contact", "最近接触"),
        Term::Profile => ("Personal profile", "个人档案"),
        Term::From => ("From", "从"),
        Term::To => ("To", "到"),
        Term::Kind => ("Kind", "类型"),
        Term::Detail => ("Detail", "细分"),
        Term::Hidden => ("Hidden", "隐性"),
        Term::Strength => ("Strength (1–5)", "强度（1–5）"),
        Term::Note => ("Note", "备注"),
        Term::Contact => ("Customer contact", "客户联系人"),
        Term::Severity => ("Severity", "严重程度"),
        Term::Rule => ("Rule", "规则"),
        Term::Person => ("Person", "人员"),
        Term::Finding => ("Finding", "问题"),
        Term::TeamRole => ("Role in the team", "团队角色"),
        Term::Function => ("Function", "职能"),
        Term::Location => ("Location", "工作地点"),
        Term::Allocation => ("Allocation", "投入比例"),
        Term::StartOn => ("Start", "开始日期"),
        Term::EndOn => ("End", "结束日期"),
        Term::Active => ("Active", "在岗"),
        Term::NoFindings => ("No findings.", "没有问题。"),
        Term::NoTeam => ("No team members yet.", "尚无团队成员。"),
        Term::NoPlan => ("No plan for this year.", "本年度尚无计划。"),
        Term::CoverageLegend => (
            "A: primary owner, B: backup owner, S: executive sponsor.",
            "A：A 角（主责），B：B 角（备份），S：高层赞助人。",
        ),
    };
    pick(language, en, zh)
}

pub fn side(language: Language, side: Side) -> &'static str {
    match side {
        Side::Customer => pick(language, "Customer", "客户方"),
        Side::Ours => pick(language, "Ours", "我方"),
        Side::ThirdParty => pick(language, "Third party", "第三方"),
        Side::Competitor => pick(language, "Competitor", "竞争对手"),
    }
}

pub fn person_level(language: Language, level: Level) -> &'static str {
    match level {
        Level::Board => pick(language, "Board", "董事会"),
        Level::Executive => pick(language, "Executive", "高层"),
        Level::SeniorManager => pick(language, "Senior manager", "中高层"),
        Level::Manager => pick(language, "Manager", "中层"),
        Level::Staff => pick(language, "Staff", "基层"),
    }
}

pub fn role(language: Language, role: DecisionRole) -> &'static str {
    match role {
        DecisionRole::Initiator => pick(language, "Initiator", "发起者"),
        DecisionRole::User => pick(language, "User", "使用者"),
        DecisionRole::Influencer => pick(language, "Influencer", "影响者"),
        DecisionRole::Decider => pick(language, "Decider", "决定者"),
        DecisionRole::Approver => pick(language, "Approver", "批准者"),
        DecisionRole::Buyer => pick(language, "Buyer", "购买者"),
        DecisionRole::Gatekeeper => pick(language, "Gatekeeper", "控制者"),
    }
}

pub fn tie_kind(language: Language, kind: TieKind) -> &'static str {
    match kind {
        TieKind::ReportsTo => pick(language, "Reports to", "汇报关系"),
        TieKind::DottedLine => pick(language, "Dotted line", "虚线汇报"),
        TieKind::Influences => pick(language, "Influences", "影响"),
        TieKind::Personal => pick(language, "Personal tie", "私人关系"),
        TieKind::Coverage => pick(language, "Coverage", "覆盖"),
    }
}

pub fn personal_tie(language: Language, kind: PersonalTie) -> &'static str {
    match kind {
        PersonalTie::Friend => pick(language, "Friend", "朋友"),
        PersonalTie::Family => pick(language, "Family", "家人"),
        PersonalTie::FormerColleague => pick(language, "Former colleague", "前同事"),
        PersonalTie::Alumni => pick(language, "Alumni", "校友"),
        PersonalTie::Club => pick(language, "Club", "俱乐部"),
        PersonalTie::Neighbour => pick(language, "Neighbour", "邻居"),
        PersonalTie::BusinessContact => pick(language, "Business contact", "商务伙伴"),
    }
}

pub fn coverage_role(language: Language, role: CoverageRole) -> &'static str {
    match role {
        CoverageRole::A => pick(language, "A (primary)", "A 角（主责）"),
        CoverageRole::B => pick(language, "B (backup)", "B 角（备份）"),
        CoverageRole::Sponsor => pick(language, "Executive sponsor", "高层赞助人"),
    }
}

/// The coverage matrix's mark: A, B or S.
pub fn coverage_mark(role: CoverageRole) -> &'static str {
    match role {
        CoverageRole::A => "A",
        CoverageRole::B => "B",
        CoverageRole::Sponsor => "S",
    }
}

pub fn function(language: Language, function: TeamFunction) -> &'static str {
    match function {
        TeamFunction::AccountManager => pick(language, "Account manager", "客户经理"),
        TeamFunction::StrategyDevelopment => pick(language, "Strategy development", "战略发展"),
        TeamFunction::SalesAdministration => pick(language, "Sales administration", "销售行政"),
        TeamFunction::TechnicalService => pick(language, "Technical service", "技术服务"),
        TeamFunction::Quality => pick(language, "Quality", "品质"),
        TeamFunction::Marketing => pick(language, "Marketing", "市场"),
        TeamFunction::Finance => pick(language, "Finance", "财务"),
        TeamFunction::Other => pick(language, "Other", "其他"),
    }
}

pub fn location(language: Language, location: TeamLocation) -> &'static str {
    match location {
        TeamLocation::CustomerSite => pick(language, "At the customer's site", "驻场"),
        TeamLocation::Remote => pick(language, "Remote", "远程"),
    }
}

pub fn severity(language: Language, severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => pick(language, "Critical", "严重"),
        Severity::Warning => pick(language, "Warning", "警告"),
        Severity::Info => pick(language, "Note", "提示"),
    }
}

/// A finding in `language`, from its rule and values; None for rules the workbook does not list
/// (job changes, tier suggestions: they are not about the account's coverage or balance).
pub fn finding(language: Language, gap: &Gap) -> Option<String> {
    let p = |key: &str| gap.params.get(key).map(String::as_str).unwrap_or("");
    let lvl = |key: &str| {
        Level::parse(p(key))
            .map(|l| person_level(language, l).to_owned())
            .unwrap_or_else(|| p(key).to_owned())
    };
    let zh = language == Language::ZhCn;
    let (name, competitor) = (p("name"), p("competitor"));
    let text = match gap.rule {
        Rule::CoverageMissingAOwner => {
            let left = match (gap.params.get("left_owner"), zh) {
                (Some(o), false) => format!(" ({o} has left)"),
                (Some(o), true) => format!("（{o} 已离职）"),
                (None, _) => String::new(),
            };
            if zh {
                format!("{name} 在我方没有 A 角（主责人）{left}")
            } else {
                format!("{name} has no primary (A) owner on our side{left}")
            }
        }
        Rule::CoverageMissingBOwner if zh => format!("{name} 没有 B 角（备份）：关系只系于一人"),
        Rule::CoverageMissingBOwner => format!("{name} has no backup (B) owner: the relationship hangs on one person"),
        Rule::CoverageMissingSponsor if zh => format!("{name} 是高层或董事，但没有我方高层赞助人"),
        Rule::CoverageMissingSponsor => format!("{name} is an executive or board member without an executive sponsor"),
        Rule::CoverageSponsorNotExecutive if zh => {
            format!("{name} 是高层或董事，但其赞助人 {} 不是我方高层", p("sponsor"))
        }
        Rule::CoverageSponsorNotExecutive => format!(
            "{name} is an executive or board member but their sponsor {} is not one of our executives",
            p("sponsor")
        ),
        Rule::CoverageTooFewChannels if zh => format!(
            "{name} 只有 {} 个稳定、独立的信息渠道；需要 {} 个才能交叉验证",
            p("channels"),
            p("needed")
        ),
        Rule::CoverageTooFewChannels => format!(
            "{name} has {} stable, independent information channel(s); {} are needed to cross-check",
            p("channels"),
            p("needed")
        ),
        Rule::CoverageAttitudeUnknown if zh => format!("尚未评估 {name} 对我方的态度"),
        Rule::CoverageAttitudeUnknown => format!("{name}'s attitude toward us has never been assessed"),
        Rule::CoverageOpponent if zh => format!("{name} 反对我方（态度 {}）；目标是使其转为中立", p("attitude")),
        Rule::CoverageOpponent => format!(
            "{name} opposes us (attitude {}); the aim is to bring them to neutral",
            p("attitude")
        ),
        Rule::CoverageNeutral if zh => format!("{name} 态度中立（0）；目标是 +1 或更好"),
        Rule::CoverageNeutral => format!("{name} is neutral (attitude 0); the aim is +1 or better"),
        Rule::CoverageStaleContact => match (gap.params.contains_key("last_met"), zh) {
            (true, true) => format!(
                "{name}：上次接触于 {}，已过 {} 天；按客户等级最多 {} 天须接触一次",
                p("last_met"),
                p("days"),
                p("max_days")
            ),
            (true, false) => format!(
                "{name}: last met on {}, {} days ago; the tier's rule is at most {} days between contacts",
                p("last_met"),
                p("days"),
                p("max_days")
            ),
            (false, true) => format!("{name}：从未接触；按客户等级最多 {} 天须接触一次", p("max_days")),
            (false, false) => format!(
                "{name}: never met; the tier's rule is at most {} days between contacts",
                p("max_days")
            ),
        },
        Rule::CoverageChainUnreached if zh => {
            format!("{name} 在决策链上，但我方无人覆盖、也无人接触过：对决策链上的人都要尝试建立联系")
        }
        Rule::CoverageChainUnreached => format!(
            "{name} is on the decision chain but nobody of ours covers them or has met them: worth a relationship"
        ),
        Rule::ParityNoSupporter if zh => format!(
            "{competitor} 在 {}（{}）处有支持者；我方没有任何支持者",
            p("their_name"),
            lvl("their_level")
        ),
        Rule::ParityNoSupporter => format!(
            "{competitor} has a supporter in {} ({}); we have no supporter at all",
            p("their_name"),
            lvl("their_level")
        ),
        Rule::ParityOursLower | Rule::ParityNotOutranking => {
            let lower = gap.rule == Rule::ParityOursLower;
            let (theirs, ours) = (
                format!("{}（{}）", p("their_name"), lvl("their_level")),
                format!("{}（{}）", p("our_name"), lvl("our_level")),
            );
            match (zh, lower) {
                (true, true) => format!(
                    "{competitor} 层级最高的支持者是 {theirs}；我方的 {ours} 层级更低：须争取一位能压制对方的支持者"
                ),
                (true, false) => format!(
                    "{competitor} 层级最高的支持者是 {theirs}；我方的 {ours} 只是同级：同级不足以压制，须争取更高层级的支持者"
                ),
                (false, lower) => format!(
                    "{competitor}'s highest-ranked supporter is {} ({}); ours, {} ({}), {}",
                    p("their_name"),
                    lvl("their_level"),
                    p("our_name"),
                    lvl("our_level"),
                    if lower {
                        "ranks lower: win a supporter who out-ranks them"
                    } else {
                        "only ranks the same: equal is not enough, win one who out-ranks them"
                    }
                ),
            }
        }
        Rule::BalanceDeciderAgainst => {
            let opposes = gap.params.contains_key("attitude");
            let leans = gap.params.contains_key("competitor");
            let (attitude, strength) = (p("attitude"), p("strength"));
            match (zh, opposes, leans) {
                (true, true, true) => format!(
                    "支持度看似领先，但决定者 {name} 反对我方（态度 {attitude}）并倾向 {competitor}（强度 {strength}）：其一票可能压过总和"
                ),
                (true, false, true) => format!(
                    "支持度看似领先，但决定者 {name} 倾向 {competitor}（强度 {strength}）：其一票可能压过总和"
                ),
                (true, _, false) => {
                    format!("支持度看似领先，但决定者 {name} 反对我方（态度 {attitude}）：其一票可能压过总和")
                }
                (false, true, true) => format!(
                    "The balance reads ahead, but the decider {name} opposes us (attitude {attitude}) and leans to {competitor} (strength {strength}): their voice can outweigh the sum"
                ),
                (false, false, true) => format!(
                    "The balance reads ahead, but the decider {name} leans to {competitor} (strength {strength}): their voice can outweigh the sum"
                ),
                (false, _, false) => format!(
                    "The balance reads ahead, but the decider {name} opposes us (attitude {attitude}): their voice can outweigh the sum"
                ),
            }
        }
        Rule::BalanceNoChain if zh => "还没有人担任决策角色：无法判断支持力量对比".to_owned(),
        Rule::BalanceNoChain => "Nobody holds a decision role yet: the balance cannot be read".to_owned(),
        Rule::BalanceCompetitorAhead if zh => {
            format!("{competitor} 占决策链权重的 {}%，我方占 {}%", p("theirs"), p("ours"))
        }
        Rule::BalanceCompetitorAhead => format!(
            "{competitor} holds {}% of the decision chain's weight, we hold {}%",
            p("theirs"),
            p("ours")
        ),
        Rule::BalanceUnassessed if zh => format!("{name} 的态度或影响力从未评估，暂用默认值"),
        Rule::BalanceUnassessed => format!("{name}'s attitude or influence was never assessed; defaults are used"),
        Rule::JobChangeChannelLost
        | Rule::JobChangeCoverageLost
        | Rule::JobChangePathLost
        | Rule::JobChangePathWeakened
        | Rule::JobChangeRoleVacant
        | Rule::TierDecidedDiffers
        | Rule::TierIncomplete
        | Rule::TierUndecided => return None,
    };
    Some(text)
}
