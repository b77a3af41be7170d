//! The PDF writer: A4 pages with real, selectable text in one embedded, subset font (krilla).
//!
//! Contract: [`layout`] flows a [`Document`] onto pages (title block on the first page, a running
//! header "account · title · date" and "page n of m" on every page, wrapped paragraphs, tables
//! whose header row repeats after each page break) as positioned [`Item`]s, none overlapping
//! another; [`render_pdf`] paints them page by page, reporting progress and checking the cancel
//! flag between pages; [`write_pdf`] saves the result atomically. Text stays text: a reader can
//! select and search it, Chinese included.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;
use krilla::text::TextDirection;

use super::file::{write_atomically, ExportOutcome, Progress};
use super::font::Fonts;
use super::pdf_blocks::Flow;
use super::{strings, Document};
use crate::error::{Error, Result};

/// A4 in points.
pub const PAGE_WIDTH: f32 = 595.28;
pub const PAGE_HEIGHT: f32 = 841.89;
/// 20 mm left and right.
pub(crate) const MARGIN_X: f32 = 56.7;
/// Where the flowing content starts and must end on each page.
pub(crate) const CONTENT_TOP: f32 = 78.0;
pub(crate) const CONTENT_BOTTOM: f32 = PAGE_HEIGHT - 62.0;
pub(crate) const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN_X;
const HEADER_BASELINE: f32 = 44.0;
const FOOTER_BASELINE: f32 = PAGE_HEIGHT - 34.0;
const RUNNING_SIZE: f32 = 8.0;

/// One thing drawn on a page, in points from the page's top left corner.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Text {
        x: f32,
        baseline: f32,
        size: f32,
        bold: bool,
        /// 0 is black, 255 white.
        gray: u8,
        text: String,
    },
    Rule {
        x: f32,
        y: f32,
        width: f32,
        thickness: f32,
        gray: u8,
    },
    Shade {
        rect: [f32; 4],
        gray: u8,
    },
}

impl Item {
    /// The box a text item's glyphs occupy: left, top, right, bottom.
    pub fn text_box(&self, fonts: &Fonts) -> Option<[f32; 4]> {
        let Item::Text {
            x,
            baseline,
            size,
            bold,
            text,
            ..
        } = self
        else {
            return None;
        };
        let face = fonts.face(*bold);
        Some([
            *x,
            baseline - face.ascent * size,
            x + face.width(text, *size),
            baseline + face.descent * size,
        ])
    }
}

/// The items of one page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageLayout {
    pub items: Vec<Item>,
}

/// `text` cut with an ellipsis to fit `max` points.
fn fit(fonts: &Fonts, text: &str, size: f32, max: f32) -> String {
    let face = fonts.face(false);
    if face.width(text, size) <= max {
        return text.to_owned();
    }
    let mut cut: String = text.to_owned();
    while !cut.is_empty() && face.width(&format!("{cut}…"), size) > max {
        cut.pop();
    }
    format!("{}…", cut.trim_end())
}

/// Flows `document` onto pages, with the running header and page numbers on each.
pub fn layout(document: &Document, fonts: &Fonts) -> Vec<PageLayout> {
    let mut pages = Flow::run(document, fonts);
    let total = pages.len();
    let title = &document.title;
    let running = format!(
        "{} · {} · {}",
        title.account,
        title.title,
        title.date.format("%Y-%m-%d")
    );
    let running = fit(fonts, &running, RUNNING_SIZE, CONTENT_WIDTH);
    for (i, page) in pages.iter_mut().enumerate() {
        let number = strings::page_of(title.language, i + 1, total);
        let number_width = fonts.face(false).width(&number, RUNNING_SIZE);
        page.items.extend([
            Item::Text {
                x: MARGIN_X,
                baseline: HEADER_BASELINE,
                size: RUNNING_SIZE,
                bold: false,
                gray: 110,
                text: running.clone(),
            },
            Item::Rule {
                x: MARGIN_X,
                y: HEADER_BASELINE + 7.0,
                width: CONTENT_WIDTH,
                thickness: 0.5,
                gray: 170,
            },
            Item::Text {
                x: (PAGE_WIDTH - number_width) / 2.0,
                baseline: FOOTER_BASELINE,
                size: RUNNING_SIZE,
                bold: false,
                gray: 110,
                text: number,
            },
        ]);
    }
    pages
}

fn gray_fill(gray: u8) -> Fill {
    Fill {
        paint: rgb::Color::new(gray, gray, gray).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

fn paint(surface: &mut Surface<'_>, fonts: &Fonts, item: &Item) {
    match item {
        Item::Text {
            x,
            baseline,
            size,
            bold,
            gray,
            text,
        } => {
            surface.set_fill(Some(gray_fill(*gray)));
            if fonts.fake_bold(*bold) {
                surface.set_stroke(Some(Stroke {
                    paint: rgb::Color::new(*gray, *gray, *gray).into(),
                    width: size * 0.035,
                    ..Stroke::default()
                }));
            }
            let face = fonts.face(*bold);
            surface.draw_text(
                Point::from_xy(*x, *baseline),
                face.font.clone(),
                *size,
                text,
                false,
                TextDirection::Auto,
            );
            surface.set_stroke(None);
        }
        Item::Rule {
            x,
            y,
            width,
            thickness,
            gray,
        } => {
            let mut path = PathBuilder::new();
            path.move_to(*x, *y);
            path.line_to(x + width, *y);
            if let Some(path) = path.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    paint: rgb::Color::new(*gray, *gray, *gray).into(),
                    width: *thickness,
                    ..Stroke::default()
                }));
                surface.draw_path(&path);
                surface.set_stroke(None);
            }
        }
        Item::Shade { rect, gray } => {
            let mut path = PathBuilder::new();
            if let Some(rect) = Rect::from_ltrb(rect[0], rect[1], rect[2], rect[3]) {
                path.push_rect(rect);
            }
            if let Some(path) = path.finish() {
                surface.set_stroke(None);
                surface.set_fill(Some(gray_fill(*gray)));
                surface.draw_path(&path);
            }
        }
    }
}

fn pdf_error(error: impl std::fmt::Debug) -> Error {
    Error::Io {
        context: "cannot make the PDF".to_owned(),
        source: std::io::Error::other(format!("{error:?}")),
    }
}

/// The PDF's bytes, or `None` when `cancel` was set before the last page was painted.
pub fn render_pdf(
    document: &Document,
    fonts: &Fonts,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<Option<Vec<u8>>> {
    let pages = layout(document, fonts);
    let total = u32::try_from(pages.len()).unwrap_or(u32::MAX);
    let mut pdf = krilla::Document::new();
    pdf.set_metadata(
        Metadata::new()
            .title(document.title.title.clone())
            .language(document.title.language.as_str().to_owned())
            .creator("Symbio".to_owned()),
    );
    let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or_else(|| pdf_error("page size"))?;
    for (done, page) in (1u32..).zip(&pages) {
        if cancel.load(Ordering::Relaxed) {
            return Ok(None);
        }
        let mut pdf_page = pdf.start_page_with(settings.clone());
        let mut surface = pdf_page.surface();
        for item in &page.items {
            paint(&mut surface, fonts, item);
        }
        surface.finish();
        pdf_page.finish();
        progress(Progress { done, total });
    }
    if cancel.load(Ordering::Relaxed) {
        return Ok(None);
    }
    pdf.finish().map(Some).map_err(pdf_error)
}

/// Renders `document` and saves it at `target` (replacing a file there only once complete).
pub fn write_pdf(
    document: &Document,
    fonts: &Fonts,
    target: &Path,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<ExportOutcome> {
    match render_pdf(document, fonts, progress, cancel)? {
        Some(bytes) if !cancel.load(Ordering::Relaxed) => Ok(ExportOutcome::Saved(write_atomically(target, &bytes)?)),
        _ => Ok(ExportOutcome::Cancelled),
    }
}
