//! The chart read back: its panels from the PNG's size, the delivery from its colour, the
//! data behind it from [`hours`], and the same bytes for the same report.

use super::*;
use kbbot_engine::check::{check_files_with, Assumptions, Input, Options};

fn report(files: &[(&str, &str)]) -> Report {
    let inputs: Vec<Input> = files
        .iter()
        .map(|(name, xml)| Input {
            name,
            bytes: xml.as_bytes(),
        })
        .collect();
    let opts = Options {
        assumptions: Assumptions::default(),
        ..Options::default()
    };
    check_files_with(&inputs, &opts)
}

const MTA: &str = r#"<serverconf><mta autoStart="true" statServerAddress="localhost">
    <master maxSpareServers="4"/></mta></serverconf>"#;

/// Width, height and RGB pixels of a PNG.
fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("a size")];
    let info = reader.next_frame(&mut buf).expect("a frame");
    buf.truncate(info.buffer_size());
    (info.width, info.height, buf)
}

fn pixels_of(rgb: &[u8], colour: RGBColor) -> usize {
    rgb.chunks_exact(3)
        .filter(|p| p == &[colour.0, colour.1, colour.2])
        .count()
}

#[test]
fn one_panel_per_config_and_the_delivery_drawn_only_when_asked() {
    let r = report(&[("config-prod.xml", MTA)]);
    let plain = quota_png(&r, Lang::En, ChartOptions::default())
        .expect("draws")
        .expect("an mta has a chart");
    let (w, h, rgb) = decode(&plain);
    assert_eq!((w, h), (WIDTH, PANEL_HEIGHT));
    let green = RGBColor(47, 133, 90);
    assert_eq!(pixels_of(&rgb, green), 0);
    let with = ChartOptions {
        volume: Some(3_000),
    };
    let (_, _, rgb) = decode(&quota_png(&r, Lang::En, with).unwrap().unwrap());
    assert!(pixels_of(&rgb, green) > 500, "{}", pixels_of(&rgb, green));
    // The same report gives the same bytes.
    assert_eq!(
        quota_png(&r, Lang::En, ChartOptions::default())
            .unwrap()
            .unwrap(),
        plain
    );
    // The data behind it: twelve steps, the 3,000 done in the fourth slice.
    let hours = hours(&r, with);
    assert_eq!(hours.len(), 1);
    assert_eq!(hours[0].delivery.as_ref().and_then(|d| d.done_in), Some(3));
}

#[test]
fn several_instance_files_get_a_panel_each() {
    let base = r#"<serverconf><stat autoStart="true"/></serverconf>"#;
    let r = report(&[
        ("serverConf.xml", base),
        ("config-a.xml", MTA),
        ("config-b.xml", MTA),
    ]);
    let png = quota_png(&r, Lang::Fr, ChartOptions::default())
        .unwrap()
        .unwrap();
    assert_eq!(decode(&png).1, 2 * PANEL_HEIGHT);
}

#[test]
fn no_chart_where_mx_rules_do_not_govern_sending() {
    let fragment = r#"<dnsConfig localDomain="example.com" nameServers="192.0.2.53"/>"#;
    let enhanced = r#"<serverconf><mta autoStart="true" statServerAddress="localhost"
        useMomentum="true"/></serverconf>"#;
    for files in [
        vec![("serverConf.xml", fragment)],
        vec![("config-prod.xml", enhanced)],
    ] {
        let r = report(&files);
        assert!(!has_chart(&r));
        assert!(quota_png(&r, Lang::En, ChartOptions::default())
            .unwrap()
            .is_none());
    }
}

#[test]
fn every_language_draws_its_own_words() {
    let r = report(&[("config-prod.xml", MTA)]);
    let mut seen = Vec::new();
    for lang in [Lang::En, Lang::Fr, Lang::Nl, Lang::Sv, Lang::It] {
        let png = quota_png(&r, lang, ChartOptions { volume: Some(500) })
            .unwrap()
            .unwrap();
        assert!(png.len() < 100_000, "{lang:?}: {} bytes", png.len());
        assert!(
            !seen.contains(&png),
            "{lang:?} drew another language's chart"
        );
        seen.push(png);
    }
}
