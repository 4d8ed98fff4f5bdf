//! The quota explainer as a picture: one hour of sending to one domain for each effective
//! config of a check [`Report`], as a PNG that `kbbot check --chart` writes and the Discord bot
//! attaches to a check reply.
//!
//! Owns the chart's numbers ([`plan`]), its drawing (plotters into a plain RGB buffer, text
//! through an embedded DejaVu Sans, so no system font or library is read) and the PNG
//! encoding. Reads only the report the checker already made, and its words come from the
//! engine's fluent bundles: it decides nothing about a config. The same report and language
//! always give the same bytes.

use std::sync::OnceLock;

use kbbot_engine::check::{Bottleneck, Report, Throughput};
use kbbot_engine::i18n::Localizer;
use kbbot_engine::Lang;
use plotters::prelude::*;

mod draw;
pub mod plan;

pub use plan::Hour;

/// Width of the picture, and height of one panel, in pixels.
const WIDTH: u32 = 1000;
const PANEL_HEIGHT: u32 = 440;
/// The most panels one picture holds: one per instance file, the rest left out.
pub const MAX_PANELS: usize = 6;

/// Why a chart could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    /// The embedded font would not load (a broken build).
    #[error("the chart font does not load")]
    Font,
    /// Drawing failed.
    #[error("cannot draw the chart: {0}")]
    Draw(String),
    /// PNG encoding failed.
    #[error("cannot encode the chart as PNG: {0}")]
    Encode(#[from] png::EncodingError),
}

/// What to chart besides the report.
#[derive(Clone, Copy, Debug, Default)]
pub struct ChartOptions {
    /// A delivery of this many messages, drained slice by slice.
    pub volume: Option<u64>,
}

fn font() -> Result<(), ChartError> {
    static LOADED: OnceLock<bool> = OnceLock::new();
    let ok = *LOADED.get_or_init(|| {
        let bytes: &'static [u8] = include_bytes!("../fonts/DejaVuSans.ttf");
        plotters::style::register_font("sans-serif", FontStyle::Normal, bytes).is_ok()
    });
    ok.then_some(()).ok_or(ChartError::Font)
}

/// The configs worth a chart, each with its title's file: the instances' own when several
/// instance files were checked, else the one effective config. A config the MX rules do not
/// govern (Enhanced MTA, an mta that will not start, a relay) has no hour to draw.
fn charted(report: &Report) -> Vec<(String, &Throughput)> {
    let governed = |t: &&Throughput| {
        matches!(
            t.bottleneck,
            Bottleneck::LocalSessions | Bottleneck::MxConnections
        )
    };
    if report.instances.is_empty() {
        let files = report.files.join(", ");
        report
            .throughput
            .as_ref()
            .filter(governed)
            .map(|t| (files, t))
            .into_iter()
            .collect()
    } else {
        report
            .instances
            .iter()
            .filter_map(|i| {
                i.throughput
                    .as_ref()
                    .filter(governed)
                    .map(|t| (i.file.clone(), t))
            })
            .take(MAX_PANELS)
            .collect()
    }
}

/// Whether [`quota_png`] would draw anything for this report: an mta the MX rules govern.
pub fn has_chart(report: &Report) -> bool {
    !charted(report).is_empty()
}

/// The hours the chart of `report` draws, in panel order (what tests read back).
pub fn hours(report: &Report, options: ChartOptions) -> Vec<Hour> {
    charted(report)
        .into_iter()
        .map(|(_, t)| Hour::of(t, options.volume))
        .collect()
}

/// The chart of `report` as PNG bytes, its words in `lang`; `None` when no config of the
/// report has an mta the MX rules govern.
pub fn quota_png(
    report: &Report,
    lang: Lang,
    options: ChartOptions,
) -> Result<Option<Vec<u8>>, ChartError> {
    let configs = charted(report);
    if configs.is_empty() {
        return Ok(None);
    }
    font()?;
    let l10n = Localizer::bundled();
    let height = PANEL_HEIGHT * configs.len() as u32;
    let mut rgb = vec![0u8; (WIDTH * height * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut rgb, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE)
            .map_err(|e| ChartError::Draw(format!("{e:?}")))?;
        let areas = root.split_evenly((configs.len(), 1));
        for ((file, t), area) in configs.iter().zip(&areas) {
            let hour = Hour::of(t, options.volume);
            let panel = draw::Panel {
                title: l10n.msg(lang, "chart-title", &[("file", file.as_str().into())]),
                hour: &hour,
                per_slice: t.per_slice,
                per_slice_per_ip: t.per_slice_per_ip,
            };
            draw::panel(area, &panel, lang, l10n)?;
        }
        root.present()
            .map_err(|e| ChartError::Draw(format!("{e:?}")))?;
    }
    encode(&rgb, WIDTH, height).map(Some)
}

fn encode(rgb: &[u8], width: u32, height: u32) -> Result<Vec<u8>, ChartError> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Balanced);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(rgb)?;
    writer.finish()?;
    Ok(out)
}

#[cfg(test)]
mod tests;
