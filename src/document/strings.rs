//! The fixed words of executive documents in each [`Language`], in the seeds' terms.
//!
//! Contract: every word a document writer or a document builder puts on the page that is not the
//! user's own data comes from here, so an export in zh-CN shows no English word. The Chinese terms
//! are the ones the UI uses (ui/src/i18n): 现状评估, 目标任务书, 行动计划, 决定者…

use super::Language;

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
    ];
}

/// `word` in `language`.
pub fn word(language: Language, word: Word) -> &'static str {
    let (en, zh) = match word {
        Word::Title => ("Title", "标题"),
        Word::Account => ("Account", "客户"),
        Word::Date => ("Date", "日期"),
        Word::PersonalDetailsHidden => ("Personal details hidden", "已隐藏个人信息"),
        Word::About => ("About", "说明"),
        Word::Yes => ("Yes", "是"),
        Word::No => ("No", "否"),
        Word::Section => ("Section", "部分"),
    };
    match language {
        Language::En => en,
        Language::ZhCn => zh,
    }
}

/// The page number line: "Page 2 of 5" / "第 2 页，共 5 页".
pub fn page_of(language: Language, page: usize, pages: usize) -> String {
    match language {
        Language::En => format!("Page {page} of {pages}"),
        Language::ZhCn => format!("第 {page} 页，共 {pages} 页"),
    }
}
