//! Column mapping: which column of the source feeds which field of a person, suggested from
//! the header names of the common CRM exports, and the level rules that read a job title.
//!
//! Contract: [`suggest`] maps each header it recognises (Salesforce, Dynamics 365, HubSpot and
//! the Chinese headers, case and spacing ignored) to one field, each field at most once, first
//! column first. [`check`] refuses a mapping that does not fit the headers, maps a field twice
//! or gives no name. [`guess_level`] applies [`LEVEL_RULES`] in order, first match wins: Latin
//! keywords match whole words of the title, Chinese ones any part of it; no match is staff.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Problem, Result};
use crate::vocabulary::Level;

/// What a column can become.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ImportField {
    FullName,
    FirstName,
    LastName,
    Title,
    Department,
    ReportsTo,
    Email,
    Phone,
}

/// For each column of the source (in order), the field it feeds, or none; and the rules that
/// read a level from a job title (empty: the built-in [`LEVEL_RULES`]).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, specta::Type)]
pub struct ImportMapping {
    pub columns: Vec<Option<ImportField>>,
    #[serde(default)]
    pub level_rules: Vec<LevelRule>,
}

impl ImportMapping {
    /// The column feeding `field`, if any.
    pub fn column(&self, field: ImportField) -> Option<usize> {
        self.columns.iter().position(|c| *c == Some(field))
    }
}

/// Header names (lowercase, spaces removed) each field is suggested for.
const HEADERS: &[(ImportField, &[&str])] = &[
    (
        ImportField::FullName,
        &["fullname", "name", "contactname", "contact", "姓名", "名字", "联系人"],
    ),
    (ImportField::FirstName, &["firstname", "givenname", "名"]),
    (ImportField::LastName, &["lastname", "surname", "familyname", "姓"]),
    (
        ImportField::Title,
        &["title", "jobtitle", "position", "role", "职务", "职位", "头衔", "岗位"],
    ),
    (
        ImportField::Department,
        &["department", "dept", "division", "部门", "科室"],
    ),
    (
        ImportField::ReportsTo,
        &[
            "reportsto",
            "manager",
            "reportsto:fullname",
            "linemanager",
            "上级",
            "直属上级",
            "汇报对象",
        ],
    ),
    (
        ImportField::Email,
        &[
            "email",
            "e-mail",
            "emailaddress",
            "primaryemail",
            "邮箱",
            "电子邮件",
            "邮件",
        ],
    ),
    (
        ImportField::Phone,
        &[
            "phone",
            "businessphone",
            "mobile",
            "mobilephone",
            "phonenumber",
            "电话",
            "手机",
            "联系电话",
        ],
    ),
];

fn normalise(header: &str) -> String {
    header
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

/// The field each header suggests, each field given to its first column only.
pub fn suggest(headers: &[String]) -> ImportMapping {
    let mut columns: Vec<Option<ImportField>> = Vec::with_capacity(headers.len());
    for header in headers {
        let key = normalise(header);
        let field = HEADERS
            .iter()
            .find(|(_, names)| names.contains(&key.as_str()))
            .map(|(field, _)| *field)
            .filter(|field| !columns.contains(&Some(*field)));
        columns.push(field);
    }
    ImportMapping {
        columns,
        level_rules: Vec::new(),
    }
}

/// A stable key for a source's header row, under which its mapping is remembered.
pub fn signature(headers: &[String]) -> String {
    headers.iter().map(|h| normalise(h)).collect::<Vec<_>>().join("\u{1f}")
}

/// Refuses a mapping that does not fit `headers`, maps a field twice or gives no name.
pub fn check(mapping: &ImportMapping, headers: &[String]) -> Result<()> {
    if mapping.columns.len() != headers.len() {
        return Err(Error::problem("mapping", Problem::Malformed));
    }
    let mapped: Vec<ImportField> = mapping.columns.iter().flatten().copied().collect();
    for (i, field) in mapped.iter().enumerate() {
        if mapped[..i].contains(field) {
            return Err(Error::problem("mapping", Problem::ListedTwice));
        }
    }
    let named = mapped.iter().any(|f| {
        matches!(
            f,
            ImportField::FullName | ImportField::FirstName | ImportField::LastName
        )
    });
    if !named {
        return Err(Error::problem("mapping", Problem::Missing));
    }
    Ok(())
}

/// One rule of the title → level table, shown to the user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct LevelRule {
    pub keyword: String,
    pub level: Level,
}

/// Title keywords and the level they suggest, most specific first.
pub const LEVEL_RULES: &[(&str, Level)] = &[
    ("Chairman", Level::Board),
    ("董事长", Level::Board),
    ("Board", Level::Board),
    ("Vice President", Level::SeniorManager),
    ("VP", Level::SeniorManager),
    ("SVP", Level::SeniorManager),
    ("EVP", Level::SeniorManager),
    ("副总裁", Level::SeniorManager),
    ("CEO", Level::Executive),
    ("CFO", Level::Executive),
    ("COO", Level::Executive),
    ("CTO", Level::Executive),
    ("CPO", Level::Executive),
    ("CIO", Level::Executive),
    ("Chief", Level::Executive),
    ("President", Level::Executive),
    ("General Manager", Level::Executive),
    ("Managing Director", Level::Executive),
    ("总经理", Level::Executive),
    ("总裁", Level::Executive),
    ("Director", Level::SeniorManager),
    ("Head of", Level::SeniorManager),
    ("总监", Level::SeniorManager),
    ("Manager", Level::Manager),
    ("经理", Level::Manager),
    ("主管", Level::Manager),
];

/// The rule table as the UI shows it.
pub fn level_rules() -> Vec<LevelRule> {
    LEVEL_RULES
        .iter()
        .map(|(keyword, level)| LevelRule {
            keyword: (*keyword).to_owned(),
            level: *level,
        })
        .collect()
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The first of `rules` matching `title`; `None` when no rule matches.
pub fn guess_level<'r>(title: &str, rules: &'r [LevelRule]) -> Option<&'r LevelRule> {
    let title_words = words(title);
    rules.iter().find(|rule| {
        let keyword = rule.keyword.trim();
        if keyword.is_empty() {
            false
        } else if keyword.is_ascii() {
            let wanted = words(keyword);
            !wanted.is_empty() && title_words.windows(wanted.len()).any(|w| w == wanted.as_slice())
        } else {
            title.contains(keyword)
        }
    })
}
