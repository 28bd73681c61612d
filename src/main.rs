//! The `diplograph` binary: parses arguments, runs one command through the library,
//! prints its error chain once, and maps the outcome to an exit code: 0 results, 1 a
//! query found nothing, 2 an error. A closed pipe (`| head`) ends quietly.

#![forbid(unsafe_code)]

mod cli;
mod commands;

/// Extraction allocates many small strings; mimalloc serves them markedly faster than the
/// system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;

fn main() {
    let cli = cli::Cli::parse();
    let outcome = commands::run(cli);
    // Output is flushed by now; exiting here spares the process from freeing a large
    // graph piece by piece, which for a big store takes longer than the query.
    let code = report(outcome);
    let _ = std::io::Write::flush(&mut std::io::stdout());
    std::process::exit(code);
}

fn report(outcome: anyhow::Result<commands::Outcome>) -> i32 {
    match outcome {
        Ok(commands::Outcome::Found) => 0,
        Ok(commands::Outcome::Nothing) => 1,
        Ok(commands::Outcome::Failed) => 2,
        Err(error) => {
            if is_broken_pipe(&error) {
                return 0;
            }
            eprint!("error: {error}");
            for cause in error.chain().skip(1) {
                eprint!(": {cause}");
            }
            eprintln!();
            2
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
