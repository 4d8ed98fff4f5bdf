//! `kbbot check FILE... [--instance FILE]... [--lang L] [--format text|json|sarif]`: reads
//! the files (or stdin for `-`), runs the library checker and prints the report, which says
//! which file was read as the instance file. Exit 0 = nothing above info,
//! 1 = warnings, errors or security findings, 2 = an input was refused or unreadable (the
//! readable ones are still checked and reported).

use std::io::{Read, Write};
use std::process::ExitCode;

use kbbot_engine::answer::check::{render_text, to_json, to_sarif};
use kbbot_engine::check::{
    check_sources, Assumptions, Input, Options, Outcome, ReadFailure, Source, MAX_INPUT_BYTES,
};

use super::lang_or_env;

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Sarif,
}

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Exit codes:\n  0  nothing above info\n  1  warnings, errors or security findings\n  2  an input was refused (too large, not XML, DTD, too deep, not well-formed, wrong root) or could not be read; the other files are still checked and the report is printed\n     2 is also a usage error (an unknown option, --lang or value): then only standard error has a message, and standard output is empty in every --format"
)]
pub struct Args {
    /// serverConf.xml and/or config-<instance>.xml files; `-` reads standard input.
    #[arg(required_unless_present = "instance")]
    files: Vec<String>,
    /// A file to read as an instance file (config-<instance>.xml) whatever its name; repeat
    /// for several. Without it, the name decides, and a lone unnamed file beside
    /// serverConf.xml is taken as the instance file.
    #[arg(long, value_name = "FILE")]
    instance: Vec<String>,
    /// Language of the report (en, fr, nl, sv, it); default from LANG, else English.
    #[arg(long)]
    lang: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Distinct IPs behind the target domain's MX records (quota explainer).
    #[arg(long, default_value_t = Assumptions::default().mx_ips,
          value_parser = clap::value_parser!(u32).range(1..))]
    mx_ips: u32,
    /// The MX rule's maximum connections per path (quota explainer).
    #[arg(long, default_value_t = Assumptions::default().max_connections,
          value_parser = clap::value_parser!(u32).range(1..))]
    max_connections: u32,
    /// The MX rule's messages per hour (quota explainer); at least 12, one per 5-minute slice.
    #[arg(long, default_value_t = Assumptions::default().messages_per_hour,
          value_parser = clap::value_parser!(u32).range(12..))]
    messages_per_hour: u32,
    /// Write the quota chart (one hour of sending per effective config) as PNG to FILE, or to
    /// standard output with `-` (the report then goes to standard error). Only a config with
    /// an mta the MX rules govern has one.
    #[arg(long, value_name = "FILE")]
    chart: Option<std::path::PathBuf>,
    /// With --chart: draw a delivery of N messages draining through the quota.
    #[arg(long, value_name = "N", requires = "chart",
          value_parser = clap::value_parser!(u64).range(1..))]
    volume: Option<u64>,
}

/// The bytes of one input and its real size, when known.
type ReadBytes = (Vec<u8>, Option<u64>);

/// What reading one input gave: the bytes (at most one more than the checker accepts, so a
/// huge file is refused without ever being held in memory whole) and the file's real size
/// when the file system knows it.
fn read_capped(name: &str) -> std::io::Result<ReadBytes> {
    let limit = u64::try_from(MAX_INPUT_BYTES).unwrap_or(u64::MAX) + 1;
    let mut buf = Vec::new();
    if name == "-" {
        std::io::stdin().lock().take(limit).read_to_end(&mut buf)?;
        return Ok((buf, None));
    }
    let file = std::fs::File::open(name)?;
    let meta = file.metadata()?;
    if meta.is_dir() {
        return Err(std::io::ErrorKind::IsADirectory.into());
    }
    file.take(limit).read_to_end(&mut buf)?;
    Ok((buf, meta.is_file().then_some(meta.len())))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let lang = lang_or_env(args.lang.as_deref())?;
    // One unreadable path must not stop the others: it is reported as refused instead.
    // An --instance file is checked like the others; a file named twice is read once.
    let mut names: Vec<&String> = Vec::new();
    for name in args.files.iter().chain(&args.instance) {
        if name == "-" || !names.contains(&name) {
            names.push(name);
        }
    }
    let read: Vec<(&str, Result<ReadBytes, ReadFailure>)> = names
        .into_iter()
        .map(|name| {
            let got = read_capped(name).map_err(|e| {
                tracing::debug!(file = %name, error = %e, "cannot read");
                ReadFailure::of(&e)
            });
            (name.as_str(), got)
        })
        .collect();
    let sources: Vec<Source> = read
        .iter()
        .map(|(name, got)| match got {
            Ok((bytes, size)) => Source::Read {
                input: Input { name, bytes },
                size: *size,
            },
            Err(reason) => Source::Unreadable {
                name,
                reason: *reason,
            },
        })
        .collect();
    let opts = Options {
        assumptions: Assumptions {
            mx_ips: args.mx_ips,
            max_connections: args.max_connections,
            messages_per_hour: args.messages_per_hour,
        },
        instance_files: args.instance.clone(),
    };
    let report = check_sources(&sources, &opts);
    let text = match args.format {
        Format::Text => render_text(&report, lang, true),
        Format::Json => format!("{:#}\n", to_json(&report, lang)),
        Format::Sarif => format!("{:#}\n", to_sarif(&report, lang)),
    };
    let to_stdout = args.chart.as_deref() == Some(std::path::Path::new("-"));
    // The chart goes first on standard output; to a file, after the report, so that a path
    // that cannot be written never costs the report.
    if let Some(path) = args.chart.as_deref().filter(|_| to_stdout) {
        write_chart(&report, lang, args.volume, path)?;
    }
    // anstream strips the colours when stdout is not a terminal (or NO_COLOR is set). With
    // the chart on standard output, the report goes to standard error.
    let written = if to_stdout {
        let mut err = anstream::stderr();
        err.write_all(text.as_bytes()).and_then(|()| err.flush())
    } else {
        let mut out = anstream::stdout();
        out.write_all(text.as_bytes()).and_then(|()| out.flush())
    };
    // A closed pipe (`kbbot check ... | head`) is the reader's choice, not an error.
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => return Err(e.into()),
        _ => {}
    }
    if let Some(path) = args.chart.as_deref().filter(|_| !to_stdout) {
        write_chart(&report, lang, args.volume, path)?;
    }
    Ok(match report.outcome() {
        Outcome::Clean => ExitCode::SUCCESS,
        Outcome::Problems => ExitCode::from(1),
        Outcome::Refused => ExitCode::from(2),
    })
}

/// Writes the quota chart to `path` (`-`: standard output); says on standard error when the
/// report has no config to chart.
fn write_chart(
    report: &kbbot_engine::check::Report,
    lang: kbbot_engine::Lang,
    volume: Option<u64>,
    path: &std::path::Path,
) -> anyhow::Result<()> {
    use anyhow::Context;
    let options = kbbot_chart::ChartOptions { volume };
    let Some(png) = kbbot_chart::quota_png(report, lang, options)? else {
        let l10n = kbbot_engine::i18n::Localizer::bundled();
        writeln!(
            std::io::stderr(),
            "{}",
            l10n.msg(lang, "check-no-chart", &[])
        )?;
        return Ok(());
    };
    if path == std::path::Path::new("-") {
        let mut out = std::io::stdout().lock();
        out.write_all(&png)?;
        out.flush()?;
    } else {
        std::fs::write(path, &png).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}
