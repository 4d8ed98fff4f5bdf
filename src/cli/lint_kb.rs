//! `kbbot lint-kb [DIR]` (skeleton: the KB loader issue fills this in).

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The KB folder to lint (default: the bundled KB).
    dir: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let kb = super::load_kb(args.dir.as_deref())?;
    println!("{} articles", kb.articles().len());
    Ok(ExitCode::SUCCESS)
}
