//! The `diplograph` binary: parses arguments, runs one command through the library,
//! prints its error chain once, and maps the outcome to an exit code: 0 results, 1 a
//! query found nothing, 2 an error. A closed pipe (`| head`) ends quietly.

#![forbid(unsafe_code)]

mod cli;
mod commands;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match commands::run(cli) {
        Ok(commands::Outcome::Found) => ExitCode::SUCCESS,
        Ok(commands::Outcome::Nothing) => ExitCode::from(1),
        Ok(commands::Outcome::Failed) => ExitCode::from(2),
        Err(error) => {
            if is_broken_pipe(&error) {
                return ExitCode::SUCCESS;
            }
            eprint!("error: {error}");
            for cause in error.chain().skip(1) {
                eprint!(": {cause}");
            }
            eprintln!();
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
