//! The `kbbot` binary: the command line and the Discord front end over the engine in the
//! library. Holds no engine logic.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
