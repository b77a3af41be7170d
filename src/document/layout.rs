//! Line breaking for the PDF: where a text may wrap (UAX #14 through `unicode-linebreak`: Latin
//! between words, Chinese between characters) and how wide each piece is in the document's font.
//!
//! Contract: [`wrap`] returns lines none of which is wider than the measure, except that a single
//! character wider than the measure stays on a line of its own; a word longer than the measure is
//! cut between characters. Hard line breaks in the text are kept. Trailing spaces do not count.

use unicode_linebreak::{linebreaks, BreakOpportunity};

use super::font::Face;

/// Splits `text` set in `face` at `size` points into lines at most `max` points wide.
pub(crate) fn wrap(face: &Face, text: &str, size: f32, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_width = 0.0;
    let mut start = 0;
    for (end, opportunity) in linebreaks(text) {
        let segment = text[start..end].trim_end_matches(['\n', '\r', '\u{2028}', '\u{2029}']);
        start = end;
        let visible = face.width(segment.trim_end(), size);
        if !line.is_empty() && line_width + visible > max {
            lines.push(line.trim_end().to_owned());
            line.clear();
            line_width = 0.0;
        }
        if line.is_empty() && visible > max {
            // A word longer than the measure: cut between characters.
            for c in segment.chars() {
                let w = face.width(c.encode_utf8(&mut [0; 4]), size);
                if !line.is_empty() && line_width + w > max && !c.is_whitespace() {
                    lines.push(line.trim_end().to_owned());
                    line.clear();
                    line_width = 0.0;
                }
                line.push(c);
                line_width += w;
            }
        } else {
            line.push_str(segment);
            line_width += face.width(segment, size);
        }
        if opportunity == BreakOpportunity::Mandatory && (end < text.len() || !line.is_empty()) {
            lines.push(line.trim_end().to_owned());
            line.clear();
            line_width = 0.0;
        }
    }
    lines
}

/// The widest piece of `text` that cannot be broken, in points: a table column needs at least this.
pub(crate) fn longest_unbreakable(face: &Face, text: &str, size: f32) -> f32 {
    let mut start = 0;
    let mut widest: f32 = 0.0;
    for (end, _) in linebreaks(text) {
        widest = widest.max(face.width(text[start..end].trim_end(), size));
        start = end;
    }
    widest
}
