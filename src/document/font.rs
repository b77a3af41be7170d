//! The font a document is set in: a system font that shows Chinese and Latin alike, found at run
//! time, and its advances for line breaking.
//!
//! Contract: [`Fonts::system`] looks for a CJK font in the usual places (Microsoft YaHei / SimHei
//! on Windows, PingFang / Hiragino / STHeiti on macOS, Noto Sans CJK / WenQuanYi on Linux), then
//! for any installed face that has both Chinese and Latin letters; none is
//! `Problem::NoFont`. A bold face of the same family is used when installed; otherwise headings
//! are drawn bolder with a thin outline. Advances come from the font's own metrics.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use crate::error::{Error, Problem, Result};

/// Families tried first, best first. Each also must really contain Chinese and Latin letters.
const PREFERRED: &[&str] = &[
    "Microsoft YaHei",
    "Microsoft YaHei UI",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Noto Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "SimHei",
    "STHeiti",
    "Heiti SC",
    "Droid Sans Fallback",
];

/// Letters a usable face must have.
const PROBE: &[char] = &['中', '国', '客', 'A', 'g', '1', '%'];

/// One face: its bytes for embedding and its metrics for layout.
pub struct Face {
    pub(crate) font: krilla::text::Font,
    data: Arc<Vec<u8>>,
    index: u32,
    units_per_em: f32,
    /// Above the baseline, in em.
    pub(crate) ascent: f32,
    /// Below the baseline, in em (positive).
    pub(crate) descent: f32,
    advances: Mutex<HashMap<char, f32>>,
}

impl Face {
    fn new(data: Vec<u8>, index: u32) -> Option<Self> {
        let data = Arc::new(data);
        let (units_per_em, ascent, descent) = {
            let face = ttf_parser::Face::parse(&data, index).ok()?;
            if PROBE.iter().any(|c| face.glyph_index(*c).is_none()) {
                return None;
            }
            let upem = f32::from(face.units_per_em());
            (
                upem,
                f32::from(face.ascender()) / upem,
                -f32::from(face.descender()) / upem,
            )
        };
        let font = krilla::text::Font::new(data.clone().into(), index)?;
        Some(Self {
            font,
            data,
            index,
            units_per_em,
            ascent,
            descent,
            advances: Mutex::new(HashMap::new()),
        })
    }

    /// The width of `text` at `size` points, from the font's advances (no kerning).
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let mut advances = self.advances.lock().unwrap_or_else(PoisonError::into_inner);
        let mut missing: Vec<char> = text.chars().filter(|c| !advances.contains_key(c)).collect();
        if !missing.is_empty() {
            missing.sort_unstable();
            missing.dedup();
            let face = ttf_parser::Face::parse(&self.data, self.index).ok();
            for c in missing {
                let units = face
                    .as_ref()
                    .and_then(|face| {
                        let glyph = face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
                        face.glyph_hor_advance(glyph)
                    })
                    .map_or(self.units_per_em / 2.0, f32::from);
                advances.insert(c, units / self.units_per_em);
            }
        }
        text.chars()
            .map(|c| advances.get(&c).copied().unwrap_or(0.5))
            .sum::<f32>()
            * size
    }
}

/// The faces a document is set in.
pub struct Fonts {
    pub(crate) regular: Face,
    /// A real bold face of the same family, when installed.
    pub(crate) bold: Option<Face>,
    pub family: String,
}

static SYSTEM: Mutex<Option<Arc<Fonts>>> = Mutex::new(None);

fn is_upright(face: &fontdb::FaceInfo) -> bool {
    face.style == fontdb::Style::Normal && face.stretch == fontdb::Stretch::Normal
}

fn has_family(face: &fontdb::FaceInfo, family: &str) -> bool {
    face.families.iter().any(|(name, _)| name.eq_ignore_ascii_case(family))
}

fn load(db: &fontdb::Database, id: fontdb::ID) -> Option<Face> {
    db.with_face_data(id, |data, index| Face::new(data.to_vec(), index))
        .flatten()
}

impl Fonts {
    /// The system's CJK font, looked up once per run (a failed look-up is tried again next time,
    /// so a font installed meanwhile is found).
    pub fn system() -> Result<Arc<Fonts>> {
        let mut cached = SYSTEM.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(fonts) = cached.as_ref() {
            return Ok(fonts.clone());
        }
        let mut db = fontdb::Database::new();
        db.load_system_fonts();
        let fonts = Arc::new(Self::from_database(&db)?);
        *cached = Some(fonts.clone());
        Ok(fonts)
    }

    /// The best face of `db` for a document: a preferred family, else any face with Chinese and
    /// Latin letters.
    pub fn from_database(db: &fontdb::Database) -> Result<Fonts> {
        let upright: Vec<&fontdb::FaceInfo> = db.faces().filter(|f| is_upright(f)).collect();
        let by_weight = |faces: &mut Vec<&fontdb::FaceInfo>, target: u16| {
            faces.sort_by_key(|f| (f.weight.0.abs_diff(target), f.id));
        };
        for family in PREFERRED {
            let mut faces: Vec<&fontdb::FaceInfo> = upright.iter().copied().filter(|f| has_family(f, family)).collect();
            by_weight(&mut faces, 400);
            let Some(regular) = faces.iter().find_map(|f| load(db, f.id).map(|face| (f.weight, face))) else {
                continue;
            };
            let mut bolds: Vec<&fontdb::FaceInfo> = faces.into_iter().filter(|f| f.weight.0 >= 600).collect();
            by_weight(&mut bolds, 700);
            let bold = bolds.iter().find(|f| f.weight > regular.0).and_then(|f| load(db, f.id));
            return Ok(Fonts {
                regular: regular.1,
                bold,
                family: (*family).to_owned(),
            });
        }
        let mut any = upright;
        by_weight(&mut any, 400);
        any.iter()
            .find_map(|f| {
                load(db, f.id).map(|regular| Fonts {
                    regular,
                    bold: None,
                    family: f.families.first().map(|(name, _)| name.clone()).unwrap_or_default(),
                })
            })
            .ok_or_else(|| Error::problem("font", Problem::NoFont))
    }

    /// The face for bold text (the regular one when there is no bold face).
    pub(crate) fn face(&self, bold: bool) -> &Face {
        match (&self.bold, bold) {
            (Some(face), true) => face,
            _ => &self.regular,
        }
    }

    /// Bold text is drawn with an outline when there is no bold face.
    pub(crate) fn fake_bold(&self, bold: bool) -> bool {
        bold && self.bold.is_none()
    }
}
