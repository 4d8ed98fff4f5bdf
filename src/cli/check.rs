//! `kbbot check FILE... [--lang L] [--format text|json|sarif]`: reads the files (or stdin
//! for `-`), runs the library checker and prints the report. Exit 0 = nothing above info,
//! 1 = warnings, errors or security findings, 2 = an input was refused.

use std::io::{Read, Write};
use std::process::ExitCode;

use kbbot::answer::check::{render_text, to_json, to_sarif};
use kbbot::check::{check_files_with, Assumptions, Input, Options, Outcome, MAX_INPUT_BYTES};
use kbbot::i18n::Localizer;

use super::lang_or_env;

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Sarif,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// serverConf.xml and/or config-<instance>.xml files; `-` reads standard input.
    #[arg(required = true)]
    files: Vec<String>,
    /// Language of the report (en, fr, nl, sv, it); default from LANG, else English.
    #[arg(long)]
    lang: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Distinct IPs behind the target domain's MX records (quota explainer).
    #[arg(long, default_value_t = Assumptions::default().mx_ips)]
    mx_ips: u32,
    /// The MX rule's maximum connections per path (quota explainer).
    #[arg(long, default_value_t = Assumptions::default().max_connections)]
    max_connections: u32,
    /// The MX rule's messages per hour (quota explainer).
    #[arg(long, default_value_t = Assumptions::default().messages_per_hour)]
    messages_per_hour: u32,
}

/// Reads at most one byte more than the checker accepts: a huge file is refused by the
/// checker without ever being held in memory whole.
fn read_capped(name: &str) -> std::io::Result<Vec<u8>> {
    let limit = u64::try_from(MAX_INPUT_BYTES).unwrap_or(u64::MAX) + 1;
    let mut buf = Vec::new();
    if name == "-" {
        std::io::stdin().lock().take(limit).read_to_end(&mut buf)?;
    } else {
        std::fs::File::open(name)?
            .take(limit)
            .read_to_end(&mut buf)?;
    }
    Ok(buf)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let lang = lang_or_env(args.lang.as_deref())?;
    let l10n = Localizer::bundled();
    let mut contents = Vec::new();
    for name in &args.files {
        match read_capped(name) {
            Ok(bytes) => contents.push((name.clone(), bytes)),
            Err(e) => {
                let msg = l10n.msg(
                    lang,
                    "check-cli-read-failed",
                    &[
                        ("file", name.clone().into()),
                        ("error", e.to_string().into()),
                    ],
                );
                anyhow::bail!(msg);
            }
        }
    }
    let inputs: Vec<Input> = contents
        .iter()
        .map(|(name, bytes)| Input { name, bytes })
        .collect();
    let opts = Options {
        assumptions: Assumptions {
            mx_ips: args.mx_ips,
            max_connections: args.max_connections,
            messages_per_hour: args.messages_per_hour,
        },
    };
    let report = check_files_with(&inputs, &opts);
    let text = match args.format {
        Format::Text => render_text(&report, lang, true),
        Format::Json => format!("{:#}\n", to_json(&report, lang)),
        Format::Sarif => format!("{:#}\n", to_sarif(&report, lang)),
    };
    // anstream strips the colours when stdout is not a terminal (or NO_COLOR is set).
    let mut out = anstream::stdout();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(match report.outcome() {
        Outcome::Clean => ExitCode::SUCCESS,
        Outcome::Problems => ExitCode::from(1),
        Outcome::Refused => ExitCode::from(2),
    })
}
