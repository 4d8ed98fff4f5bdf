//! Drawing one panel per effective config into an RGB buffer: on the left the hour's
//! cumulative allowance as a staircase (and the delivery asked about, with the slice where it
//! finishes), on the right the connections at once the host and the MX side allow, the one
//! that bites first in orange.

use kbbot_engine::i18n::{FluentValue, Localizer};
use kbbot_engine::Lang;
use plotters::coord::types::{RangedCoordu32, RangedCoordu64};
use plotters::coord::Shift;
use plotters::prelude::*;

use super::plan::{Delivery, Hour, SLICES, SLICE_MINUTES};
use super::ChartError;

const BLUE: RGBColor = RGBColor(43, 108, 176);
const GREY: RGBColor = RGBColor(113, 128, 150);
const GREEN: RGBColor = RGBColor(47, 133, 90);
const ORANGE: RGBColor = RGBColor(192, 86, 33);
const FONT: &str = "sans-serif";

/// One panel's words and numbers.
pub(super) struct Panel<'a> {
    pub title: String,
    pub hour: &'a Hour,
    pub per_slice: u64,
    pub per_slice_per_ip: u64,
}

fn err<E: std::fmt::Debug>(e: E) -> ChartError {
    ChartError::Draw(format!("{e:?}"))
}

/// The staircase of a cumulative per-slice series: each slice's allowance arrives at its
/// start and holds to its end.
fn steps(cumulative: &[u64; SLICES]) -> Vec<(u32, u64)> {
    let mut points = vec![(0, 0)];
    let mut before = 0;
    for (k, &v) in cumulative.iter().enumerate() {
        let start = k as u32 * SLICE_MINUTES;
        points.push((start, before));
        points.push((start, v));
        points.push((start + SLICE_MINUTES, v));
        before = v;
    }
    points
}

/// Draws `panel` into `area`, its words in `lang`.
pub(super) fn panel(
    area: &DrawingArea<BitMapBackend<'_>, Shift>,
    panel: &Panel<'_>,
    lang: Lang,
    l10n: &Localizer,
) -> Result<(), ChartError> {
    let (w, _) = area.dim_in_pixel();
    let (left, right) = area.split_horizontally(w * 7 / 10);
    hour_chart(&left, panel, lang, l10n)?;
    connections_chart(&right, panel.hour, lang, l10n)
}

fn hour_chart(
    area: &DrawingArea<BitMapBackend<'_>, Shift>,
    p: &Panel<'_>,
    lang: Lang,
    l10n: &Localizer,
) -> Result<(), ChartError> {
    let msg = |id: &str, args: &[(&str, FluentValue)]| l10n.msg(lang, id, args);
    let hour = p.hour;
    let top = hour.y_max() + hour.y_max() / 8 + 1;
    let minutes = SLICES as u32 * SLICE_MINUTES;
    // A long title (several files) gets a smaller font, then an ellipsis, to fit the panel.
    let (w, _) = area.dim_in_pixel();
    let size = if p.title.chars().count() * 11 > w as usize {
        15
    } else {
        20
    };
    let fits = (w as usize * 2 / size).saturating_sub(4);
    let title = match p.title.char_indices().nth(fits) {
        Some((at, _)) => format!("{}…", &p.title[..at]),
        None => p.title.clone(),
    };
    // Room for the widest tick label, digits wide.
    let digits = top.to_string().len() as u32;
    let mut chart = ChartBuilder::on(area)
        .caption(title, (FONT, size as u32))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(30 + 8 * digits)
        .build_cartesian_2d(0u32..minutes, 0u64..top)
        .map_err(err)?;
    chart
        .configure_mesh()
        .x_labels(SLICES + 1)
        .x_desc(msg("chart-minutes", &[]))
        .y_desc(msg("chart-messages", &[]))
        .label_style((FONT, 13))
        .axis_desc_style((FONT, 14))
        .light_line_style(WHITE)
        .draw()
        .map_err(err)?;
    chart
        .draw_series(LineSeries::new(steps(&hour.allowed), BLUE.stroke_width(3)))
        .map_err(err)?
        .label(msg("chart-allowed", &[("slice", p.per_slice.into())]))
        .legend(|(x, y)| PathElement::new([(x, y), (x + 18, y)], BLUE.stroke_width(3)));
    if let Some(per_ip) = &hour.allowed_per_ip {
        chart
            .draw_series(LineSeries::new(steps(per_ip), GREY.stroke_width(2)))
            .map_err(err)?
            .label(msg(
                "chart-allowed-per-ip",
                &[("slice", p.per_slice_per_ip.into())],
            ))
            .legend(|(x, y)| PathElement::new([(x, y), (x + 18, y)], GREY.stroke_width(2)));
    }
    if let Some(d) = &hour.delivery {
        delivery(&mut chart, d, top, lang, l10n)?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .label_font((FONT, 13))
        .background_style(WHITE.mix(0.85))
        .border_style(GREY)
        .draw()
        .map_err(err)
}

/// The delivery's staircase, and where it finishes (a line at that slice) or what is left.
fn delivery(
    chart: &mut ChartContext<'_, BitMapBackend<'_>, Cartesian2d<RangedCoordu32, RangedCoordu64>>,
    d: &Delivery,
    top: u64,
    lang: Lang,
    l10n: &Localizer,
) -> Result<(), ChartError> {
    let msg = |id: &str, args: &[(&str, FluentValue)]| l10n.msg(lang, id, args);
    // Kept inside the axis: past its top, the note below says the backlog.
    let sent = d.sent.map(|v| v.min(top));
    chart
        .draw_series(LineSeries::new(steps(&sent), GREEN.stroke_width(2)))
        .map_err(err)?
        .label(msg("chart-delivery", &[("volume", d.volume.into())]))
        .legend(|(x, y)| PathElement::new([(x, y), (x + 18, y)], GREEN.stroke_width(2)));
    let note = match d.done_in {
        Some(k) => {
            let from = k as u32 * SLICE_MINUTES;
            chart
                .draw_series(std::iter::once(PathElement::new(
                    [(from, 0), (from, top)],
                    GREEN.stroke_width(1),
                )))
                .map_err(err)?;
            msg(
                "chart-done",
                &[
                    ("slice", (k + 1).into()),
                    ("from", from.into()),
                    ("to", (from + SLICE_MINUTES).into()),
                ],
            )
        }
        None => msg("chart-left", &[("left", d.left.into())]),
    };
    chart
        .draw_series(std::iter::once(Text::new(
            note,
            (1, top - top / 16),
            (FONT, 14).into_font().color(&GREEN),
        )))
        .map_err(err)?;
    Ok(())
}

fn connections_chart(
    area: &DrawingArea<BitMapBackend<'_>, Shift>,
    hour: &Hour,
    lang: Lang,
    l10n: &Localizer,
) -> Result<(), ChartError> {
    let msg = |id: &str, args: &[(&str, FluentValue)]| l10n.msg(lang, id, args);
    let (local, mx) = (hour.local_sessions, hour.mx_connections);
    let top = local.max(mx).max(1);
    let top = top + top / 6;
    let mut chart = ChartBuilder::on(area)
        .caption(msg("chart-connections", &[]), (FONT, 16))
        .margin(12)
        .x_label_area_size(10)
        .y_label_area_size(56)
        .build_cartesian_2d(0f64..2f64, 0u64..top)
        .map_err(err)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .disable_x_axis()
        .light_line_style(WHITE)
        .label_style((FONT, 12))
        .draw()
        .map_err(err)?;
    let bars = [
        (
            0.0,
            local,
            msg("chart-local", &[("count", local.into())]),
            local <= mx,
        ),
        (
            1.0,
            mx,
            msg("chart-mx", &[("count", mx.into())]),
            mx < local,
        ),
    ];
    for (x, value, label, bites) in bars {
        let colour = if bites { ORANGE } else { GREY };
        chart
            .draw_series(std::iter::once(Rectangle::new(
                [(x + 0.2, 0), (x + 0.8, value)],
                colour.filled(),
            )))
            .map_err(err)?;
        chart
            .draw_series(std::iter::once(Text::new(
                label,
                (x + 0.1, value + top / 30),
                (FONT, 13).into_font(),
            )))
            .map_err(err)?;
        if bites {
            chart
                .draw_series(std::iter::once(Text::new(
                    msg("chart-bites", &[]),
                    (x + 0.1, value + top / 11),
                    (FONT, 13).into_font().color(&ORANGE),
                )))
                .map_err(err)?;
        }
    }
    Ok(())
}
