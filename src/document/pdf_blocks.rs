//! Flowing a document's blocks onto PDF pages: the title block, headings, paragraphs, key/value
//! lists, tables and legends.
//!
//! Contract: content stays between `CONTENT_TOP` and `CONTENT_BOTTOM`; a line never crosses a
//! page break; a heading stays with the first lines after it; a table row that does not fit moves
//! to the next page whole (one taller than a page is split between lines), and every page a table
//! continues on starts with its header row again.

use super::font::Fonts;
use super::layout::{longest_unbreakable, wrap};
use super::pdf::{Item, PageLayout, CONTENT_BOTTOM, CONTENT_TOP, CONTENT_WIDTH, MARGIN_X};
use super::strings::{self, Word};
use super::{Block, Cell, Document, KeyValue, Table};

const BODY: f32 = 10.0;
const TABLE: f32 = 9.0;
const LEGEND: f32 = 8.0;
const HEADING: f32 = 14.0;
const TITLE: f32 = 20.0;
const TEXT_GRAY: u8 = 25;
const CELL_PAD_X: f32 = 4.0;
const CELL_PAD_Y: f32 = 3.0;
/// Cells up to this wide (in points, padding included) keep to one line when the table allows.
const SHORT_CELL: f32 = 62.0;

/// One cell of a row being placed: where it sits and its lines.
struct RowCell {
    x: f32,
    width: f32,
    lines: Vec<String>,
    bold: bool,
    gray: u8,
    right: bool,
}

pub(crate) struct Flow<'a> {
    fonts: &'a Fonts,
    pages: Vec<PageLayout>,
    y: f32,
    /// Where content starts on the current page (below a repeated header row).
    fresh_y: f32,
}

impl<'a> Flow<'a> {
    pub(crate) fn run(document: &Document, fonts: &'a Fonts) -> Vec<PageLayout> {
        let mut flow = Flow {
            fonts,
            pages: vec![PageLayout::default()],
            y: CONTENT_TOP,
            fresh_y: CONTENT_TOP,
        };
        flow.title_block(document);
        for section in &document.sections {
            if section.new_page && flow.y > CONTENT_TOP {
                flow.new_page();
            }
            flow.heading(&section.heading);
            for (i, block) in section.blocks.iter().enumerate() {
                match block {
                    Block::Paragraph(text) => {
                        if let Some(Block::Table(_)) = section.blocks.get(i + 1) {
                            // A paragraph that introduces a table stays with its first rows.
                            let lines = wrap(fonts.face(false), text, BODY, CONTENT_WIDTH).len() as f32;
                            flow.keep(lines * flow.line_height(BODY) + 3.0 * flow.line_height(TABLE) + 20.0);
                        }
                        flow.paragraph(text, BODY, false, TEXT_GRAY)
                    }
                    Block::KeyValues(pairs) => flow.key_values(pairs),
                    Block::Table(table) => flow.table(table),
                    Block::Legend(text) => {
                        flow.y += 2.0;
                        flow.paragraph(text, LEGEND, false, 95);
                    }
                }
            }
            flow.y += 10.0;
        }
        flow.pages
    }

    fn line_height(&self, size: f32) -> f32 {
        let face = self.fonts.face(false);
        size * (face.ascent + face.descent).max(1.4)
    }

    fn new_page(&mut self) {
        self.pages.push(PageLayout::default());
        self.y = CONTENT_TOP;
        self.fresh_y = CONTENT_TOP;
    }

    fn push(&mut self, item: Item) {
        if let Some(page) = self.pages.last_mut() {
            page.items.push(item);
        }
    }

    /// Starts a new page unless `height` still fits (or the page holds nothing yet).
    fn keep(&mut self, height: f32) {
        if self.y + height > CONTENT_BOTTOM && self.y > self.fresh_y {
            self.new_page();
        }
    }

    /// One line of text whose box starts at `top`.
    fn text_line(&mut self, x: f32, top: f32, size: f32, bold: bool, gray: u8, text: String) {
        if text.is_empty() {
            return;
        }
        let face = self.fonts.face(bold);
        let line = self.line_height(size);
        let baseline = top + (line - (face.ascent + face.descent) * size) / 2.0 + face.ascent * size;
        self.push(Item::Text {
            x,
            baseline,
            size,
            bold,
            gray,
            text,
        });
    }

    fn title_block(&mut self, document: &Document) {
        let title = &document.title;
        let language = title.language;
        self.paragraph(&title.title, TITLE, true, 0);
        self.y += 4.0;
        let line = format!(
            "{}    {}",
            strings::labelled(language, Word::Account, &title.account),
            strings::labelled(language, Word::Date, &title.date.format("%Y-%m-%d").to_string()),
        );
        self.paragraph(&line, 11.0, false, 60);
        if title.personal_details_hidden {
            self.paragraph(strings::word(language, Word::PersonalDetailsHidden), 9.0, false, 110);
        }
        self.y += 6.0;
        self.push(Item::Rule {
            x: MARGIN_X,
            y: self.y,
            width: CONTENT_WIDTH,
            thickness: 1.0,
            gray: 60,
        });
        self.y += 14.0;
    }

    fn heading(&mut self, text: &str) {
        let lines = wrap(self.fonts.face(true), text, HEADING, CONTENT_WIDTH);
        // Keep the heading with at least three lines of what follows.
        let height = lines.len() as f32 * self.line_height(HEADING) + 3.0 * self.line_height(BODY) + 6.0;
        self.keep(height);
        self.paragraph(text, HEADING, true, 0);
        self.y += 4.0;
    }

    fn paragraph(&mut self, text: &str, size: f32, bold: bool, gray: u8) {
        let line = self.line_height(size);
        for text in wrap(self.fonts.face(bold), text, size, CONTENT_WIDTH) {
            self.keep(line);
            self.text_line(MARGIN_X, self.y, size, bold, gray, text);
            self.y += line;
        }
        self.y += size * 0.5;
    }

    fn key_values(&mut self, pairs: &[KeyValue]) {
        let face = self.fonts.face(true);
        let widest = pairs.iter().map(|p| face.width(&p.key, BODY)).fold(0.0, f32::max);
        let key_width = (widest + 2.0 * CELL_PAD_X + 8.0).min(CONTENT_WIDTH * 0.4);
        for pair in pairs {
            let cells = [
                self.row_cell(MARGIN_X, key_width, &pair.key, BODY, true, 70, false),
                self.row_cell(
                    MARGIN_X + key_width,
                    CONTENT_WIDTH - key_width,
                    &pair.value.display(),
                    BODY,
                    false,
                    TEXT_GRAY,
                    false,
                ),
            ];
            self.row(&cells, BODY, None, 230);
        }
        self.y += BODY * 0.6;
    }

    #[allow(clippy::too_many_arguments)]
    fn row_cell(&self, x: f32, width: f32, text: &str, size: f32, bold: bool, gray: u8, right: bool) -> RowCell {
        RowCell {
            x,
            width,
            lines: wrap(self.fonts.face(bold), text, size, width - 2.0 * CELL_PAD_X),
            bold,
            gray,
            right,
        }
    }

    /// Places a row of cells, moving it to the next page when it does not fit (drawing `header`
    /// there first), and splitting it between lines only when it is taller than a page.
    fn row(&mut self, cells: &[RowCell], size: f32, header: Option<&[RowCell]>, rule_gray: u8) {
        let line = self.line_height(size);
        let lines = cells.iter().map(|c| c.lines.len()).max().unwrap_or(0).max(1);
        let mut from = 0;
        while from < lines {
            let rest = lines - from;
            let room = ((CONTENT_BOTTOM - self.y - 2.0 * CELL_PAD_Y) / line).floor().max(0.0) as usize;
            if room < rest && (self.y > self.fresh_y || room == 0) {
                self.new_page();
                if let Some(header) = header {
                    self.header_row(header);
                    self.fresh_y = self.y;
                }
                continue;
            }
            let take = rest.min(room.max(1));
            let top = self.y + CELL_PAD_Y;
            for cell in cells {
                for (i, text) in cell.lines.iter().skip(from).take(take).enumerate() {
                    let x = if cell.right {
                        let width = self.fonts.face(cell.bold).width(text, size);
                        cell.x + cell.width - CELL_PAD_X - width
                    } else {
                        cell.x + CELL_PAD_X
                    };
                    self.text_line(x, top + i as f32 * line, size, cell.bold, cell.gray, text.clone());
                }
            }
            self.y += take as f32 * line + 2.0 * CELL_PAD_Y;
            let left = cells.first().map_or(MARGIN_X, |c| c.x);
            let right = cells.last().map_or(MARGIN_X + CONTENT_WIDTH, |c| c.x + c.width);
            self.push(Item::Rule {
                x: left,
                y: self.y,
                width: right - left,
                thickness: 0.5,
                gray: rule_gray,
            });
            from += take;
        }
    }

    /// Column widths: each column's natural width when they all fit, else at least its longest
    /// unbreakable word, the rest of the width shared by what each column would still want.
    fn column_widths(&self, table: &Table) -> Vec<f32> {
        let columns = table.columns.len().max(1);
        let pad = 2.0 * CELL_PAD_X;
        let regular = self.fonts.face(false);
        let bold = self.fonts.face(true);
        let mut natural = vec![0.0f32; columns];
        let mut least = vec![0.0f32; columns];
        for (i, title) in table.columns.iter().enumerate() {
            natural[i] = bold.width(title, TABLE) + pad;
            least[i] = longest_unbreakable(bold, title, TABLE) + pad;
        }
        for row in &table.rows {
            for (i, cell) in row.iter().enumerate().take(columns) {
                let text = cell.display();
                natural[i] = natural[i].max(regular.width(&text, TABLE) + pad);
                least[i] = least[i].max(longest_unbreakable(regular, &text, TABLE) + pad);
            }
        }
        // A column of short values ("已放弃", dates, numbers) is not broken at all.
        for (least, natural) in least.iter_mut().zip(&natural) {
            if *natural <= SHORT_CELL {
                *least = *natural;
            }
        }
        let least: Vec<f32> = least.iter().map(|w| w.clamp(28.0, CONTENT_WIDTH * 0.45)).collect();
        let total_natural: f32 = natural.iter().sum();
        if total_natural <= CONTENT_WIDTH {
            // A narrow table stays narrow rather than spreading a few columns across the page.
            let spare = ((CONTENT_WIDTH - total_natural) / columns as f32).min(48.0);
            return natural.iter().map(|w| w + spare).collect();
        }
        let total_least: f32 = least.iter().sum();
        if total_least >= CONTENT_WIDTH {
            return least.iter().map(|w| w * CONTENT_WIDTH / total_least).collect();
        }
        let wants: Vec<f32> = natural.iter().zip(&least).map(|(n, l)| (n - l).max(0.0)).collect();
        let total_wants: f32 = wants.iter().sum::<f32>().max(f32::EPSILON);
        let spare = CONTENT_WIDTH - total_least;
        least
            .iter()
            .zip(&wants)
            .map(|(l, w)| l + spare * w / total_wants)
            .collect()
    }

    fn table(&mut self, table: &Table) {
        let widths = self.column_widths(table);
        let mut xs = Vec::with_capacity(widths.len());
        let mut x = MARGIN_X;
        for width in &widths {
            xs.push(x);
            x += width;
        }
        // A column of numbers or dates is set flush right, its title too.
        let numeric: Vec<bool> = (0..widths.len())
            .map(|i| {
                let mut cells = table
                    .rows
                    .iter()
                    .filter_map(|row| row.get(i))
                    .filter(|c| **c != Cell::Empty);
                let mut any = false;
                cells.all(|c| {
                    any = true;
                    c.is_numeric()
                }) && any
            })
            .collect();
        let header: Vec<RowCell> = table
            .columns
            .iter()
            .enumerate()
            .map(|(i, title)| self.row_cell(xs[i], widths[i], title, TABLE, true, 0, numeric[i]))
            .collect();
        let empty = Cell::Empty;
        let cells_of = |flow: &Self, row: &[Cell]| -> Vec<RowCell> {
            (0..widths.len())
                .map(|i| {
                    let cell = row.get(i).unwrap_or(&empty);
                    flow.row_cell(
                        xs[i],
                        widths[i],
                        &cell.display(),
                        TABLE,
                        false,
                        TEXT_GRAY,
                        cell.is_numeric(),
                    )
                })
                .collect()
        };
        // The header row stays with the first row under it.
        let lines = |cells: &[RowCell]| cells.iter().map(|c| c.lines.len()).max().unwrap_or(1).max(1) as f32;
        let first = table.rows.first().map(|row| lines(&cells_of(self, row))).unwrap_or(0.0);
        self.keep((lines(&header) + first) * self.line_height(TABLE) + 4.0 * CELL_PAD_Y);
        self.header_row(&header);
        for row in &table.rows {
            let cells = cells_of(self, row);
            self.row(&cells, TABLE, Some(&header), 215);
        }
        self.fresh_y = CONTENT_TOP;
        self.y += 8.0;
    }

    /// A table's header row, bold on a light shade.
    fn header_row(&mut self, header: &[RowCell]) {
        let top = self.y;
        let page = self.pages.len();
        let mark = self.pages.last().map_or(0, |p| p.items.len());
        self.row(header, TABLE, None, 120);
        let right = header.last().map_or(MARGIN_X + CONTENT_WIDTH, |c| c.x + c.width);
        if let (true, Some(last)) = (self.pages.len() == page, self.pages.last_mut()) {
            // Drawn first, so it sits underneath the header's text.
            last.items.insert(
                mark,
                Item::Shade {
                    rect: [MARGIN_X, top, right, self.y],
                    gray: 236,
                },
            );
        }
    }
}
