//! Command implementations: resolve settings, call the library, present results as a
//! table, JSON or TSV. Only this layer (and `store::file`) touches the file system.

use crate::cli::{
    AddArgs, Cli, Command, ExportFormat, ExtractFormat, Format, InputArgs, StatusArg, parse_format,
};
use anyhow::{Context, Result, bail};
use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use diplograph::ingest::input::{Overrides, parse_input};
use diplograph::ingest::{
    Article, Extraction, Knowledge, content_id, extract_article, gazetteer::slug,
};
use diplograph::model::{Entity, EntityKind, Evidence, Fact, Qualifiers, Relation, Source};
use diplograph::query::{self, Status};
use diplograph::sanitize::{for_terminal, shorten};
use diplograph::store::{Batch, FactKey, OpenOptions, Store};
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How a command ended, for the exit code.
pub enum Outcome {
    Found,
    Nothing,
    Failed,
}

/// Settings resolved from arguments and environment.
struct Settings {
    store: PathBuf,
    format: Format,
    options: OpenOptions,
    gazetteer_files: Vec<PathBuf>,
    rules_files: Vec<PathBuf>,
}

pub fn run(cli: Cli) -> Result<Outcome> {
    if !(0.0..=86_400.0).contains(&cli.global.lock_timeout) {
        bail!("--lock-timeout must be between 0 and 86400 seconds");
    }
    let format_text = cli.global.format.as_deref();
    let format = match &cli.command {
        Command::Extract { .. } | Command::Export { .. } => Format::Table,
        _ => {
            parse_format(format_text, Format::Table, "this command").map_err(anyhow::Error::msg)?
        }
    };
    let settings = Settings {
        store: cli
            .global
            .store
            .clone()
            .unwrap_or_else(|| PathBuf::from("diplograph.store")),
        format,
        options: OpenOptions {
            lock_timeout: Duration::from_secs_f64(cli.global.lock_timeout),
            // Tuning and testing knob: the log size that triggers compaction.
            compact_threshold: std::env::var("DIPLOGRAPH_COMPACT_BYTES")
                .ok()
                .and_then(|value| value.parse().ok())
                .unwrap_or(diplograph::store::DEFAULT_COMPACT_THRESHOLD),
        },
        gazetteer_files: cli.global.gazetteer.clone(),
        rules_files: cli.global.rules.clone(),
    };
    let mut out = std::io::stdout().lock();
    match cli.command {
        Command::Ingest { input, verbose } => ingest(&settings, &input, verbose, &mut out),
        Command::Extract { input } => {
            let output = parse_format(format_text, ExtractFormat::Jsonl, "extract")
                .map_err(anyhow::Error::msg)?;
            extract(&settings, &input, output, &mut out)
        }
        Command::Import { file } => import(&settings, &file, &mut out),
        Command::Add(args) => add(&settings, args, &mut out),
        Command::Retract { source } => retract(&settings, &source, &mut out),
        Command::Members {
            organisation,
            status,
        } => members(&settings, &organisation, status, &mut out),
        Command::Relations { a, b, evidence } => relations(&settings, &a, &b, evidence, &mut out),
        Command::Neighbors {
            entity,
            relation,
            depth,
        } => neighbours(&settings, &entity, &relation, depth, &mut out),
        Command::Path { a, b, relation } => path(&settings, &a, &b, &relation, &mut out),
        Command::Entity { entity, evidence } => {
            entity_profile(&settings, &entity, evidence, &mut out)
        }
        Command::Query {
            query,
            negated,
            min_evidence,
            since,
            until,
        } => pattern_query(
            &settings,
            &query,
            &query::pattern::Filters {
                negated,
                min_evidence,
            },
            (since.as_deref(), until.as_deref()),
            &mut out,
        ),
        Command::Timeline { a, b } => timeline(&settings, &a, &b, &mut out),
        Command::Sources => sources(&settings, &mut out),
        Command::Stats => stats(&settings, &mut out),
        Command::Export(args) => {
            let format = parse_format(format_text, ExportFormat::Dot, "export")
                .map_err(anyhow::Error::msg)?;
            export(&settings, format, &args, &mut out)
        }
        Command::Check { repair } => check(&settings, repair, &mut out),
        Command::Compact => {
            let mut store = Store::open_write(&settings.store, settings.options.clone())?;
            let size = store.compact()?;
            writeln!(out, "compacted {}: {size} bytes", settings.store.display())?;
            Ok(Outcome::Found)
        }
        Command::Completions { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            // Generated into memory first: a closed pipe is then an error we handle, not
            // a panic inside the generator.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut command, "diplograph", &mut script);
            out.write_all(&script)?;
            Ok(Outcome::Found)
        }
        Command::Man => {
            let command = <Cli as clap::CommandFactory>::command();
            clap_mangen::Man::new(command).render(&mut out)?;
            Ok(Outcome::Found)
        }
    }
}

fn knowledge(settings: &Settings) -> Result<Knowledge> {
    let mut knowledge = Knowledge::builtin()?;
    for file in &settings.gazetteer_files {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read gazetteer {}", file.display()))?;
        knowledge
            .gazetteer
            .add_file(&text, &file.display().to_string())?;
    }
    for file in &settings.rules_files {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read rules {}", file.display()))?;
        knowledge
            .rules
            .add_file(&text, &file.display().to_string())?;
    }
    Ok(knowledge)
}

/// The gazetteer alone (built-in plus user files), for name resolution.
fn gazetteer(settings: &Settings) -> Result<diplograph::ingest::gazetteer::Gazetteer> {
    let mut gazetteer = diplograph::ingest::gazetteer::Gazetteer::builtin()?;
    for file in &settings.gazetteer_files {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read gazetteer {}", file.display()))?;
        gazetteer.add_file(&text, &file.display().to_string())?;
    }
    Ok(gazetteer)
}

/// Resolves a name through the store, and through the gazetteer only when the store does
/// not know it (loading the gazetteer costs more than answering most queries).
fn resolve(settings: &Settings, store: &Store, name: &str) -> Result<Entity> {
    match query::resolve(store, None, name) {
        Ok(entity) => Ok(entity),
        Err(_) => Ok(query::resolve(store, Some(&gazetteer(settings)?), name)?),
    }
}

fn open_read(settings: &Settings) -> Result<Store> {
    Ok(Store::open_read(&settings.store, settings.options.clone())?)
}

/// The input files named by the arguments: folders are walked recursively, in name order.
fn input_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<String>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" || !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        let mut stack = vec![path.clone()];
        while let Some(dir) = stack.pop() {
            let entries = match std::fs::read_dir(&dir) {
                Ok(entries) => entries,
                Err(error) => {
                    errors.push(format!("{}: {error}", dir.display()));
                    continue;
                }
            };
            let mut found: Vec<PathBuf> = entries.flatten().map(|entry| entry.path()).collect();
            found.sort();
            for entry in found.into_iter().rev() {
                if entry.is_dir() {
                    stack.push(entry);
                } else if entry
                    .extension()
                    .and_then(|extension| extension.to_str())
                    .is_some_and(|extension| {
                        ["txt", "md", "html", "htm", "jsonl"]
                            .contains(&extension.to_ascii_lowercase().as_str())
                    })
                {
                    files.push(entry);
                }
            }
        }
    }
    // The stack walk visits folders depth-first; sort for a stable order.
    files.sort();
    (files, errors)
}

/// Reads inputs and yields their articles; problems are collected, not fatal.
fn read_articles(
    input: &InputArgs,
    errors: &mut Vec<String>,
    mut each: impl FnMut(Article) -> Result<()>,
) -> Result<usize> {
    let (files, walk_errors) = input_files(&input.paths);
    errors.extend(walk_errors);
    let overrides = Overrides {
        title: input.title.clone(),
        url: input.url.clone(),
        date: input.date.clone(),
    };
    if let Some(date) = &input.date
        && diplograph::ingest::time::Date::parse(date).is_none()
    {
        bail!("--date '{date}' is not a date (YYYY-MM-DD)");
    }
    let single = files.len() == 1;
    let progress = (files.len() > 20 && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(files.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {elapsed_precise} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let mut count = 0;
    for file in &files {
        if let Some(bar) = &progress {
            bar.inc(1);
        }
        let name = file.display().to_string();
        let json_lines = name.to_ascii_lowercase().ends_with(".jsonl");
        if json_lines && name != "-" {
            // A JSON-lines batch is streamed a line at a time: memory stays that of one
            // article however large the file.
            match stream_json_lines(file, &name, errors, &mut each) {
                Ok(articles) => count += articles,
                Err(StreamError::Read(error)) => errors.push(format!("{name}: {error}")),
                Err(StreamError::Stop(error)) => return Err(error),
            }
            continue;
        }
        let bytes = if name == "-" {
            let mut buffer = Vec::new();
            match std::io::stdin().read_to_end(&mut buffer) {
                Ok(_) => buffer,
                Err(error) => {
                    errors.push(format!("standard input: {error}"));
                    continue;
                }
            }
        } else {
            match std::fs::read(file) {
                Ok(bytes) => bytes,
                Err(error) => {
                    errors.push(format!("{name}: {error}"));
                    continue;
                }
            }
        };
        let applied = if single {
            overrides.clone()
        } else {
            Overrides::default()
        };
        match parse_input(&name, &bytes, json_lines, &applied) {
            Ok(articles) => {
                for article in articles {
                    match article {
                        Ok(article) => {
                            count += 1;
                            each(article)?;
                        }
                        Err(error) => errors.push(error),
                    }
                }
            }
            Err(error) => errors.push(error.to_string()),
        }
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if !single && (input.title.is_some() || input.url.is_some() || input.date.is_some()) {
        errors.push("--title, --url and --date apply to a single input; they were ignored".into());
    }
    Ok(count)
}

/// Reads the inputs' articles, extracts their facts on `--jobs` threads and hands each
/// article with its extraction to `consume`, in input order: the output is the same
/// whatever the number of threads. One more thread reads while they extract; the queues
/// between them are bounded, so memory holds a few articles per thread, and an error of
/// `consume` stops the reading.
fn extract_articles(
    input: &InputArgs,
    knowledge: &Knowledge,
    errors: &mut Vec<String>,
    mut consume: impl FnMut(&Article, Extraction) -> Result<()>,
) -> Result<usize> {
    // The linked sentences a rule writer asks for (DIPLOGRAPH_DEBUG) come out in order
    // only on one thread.
    let debugging = std::env::var_os("DIPLOGRAPH_DEBUG").is_some();
    let jobs = input.jobs.map_or_else(
        || match std::thread::available_parallelism() {
            Ok(cores) if !debugging => cores.get(),
            _ => 1,
        },
        usize::from,
    );
    if jobs <= 1 {
        return read_articles(input, errors, |article| {
            let extraction = extract_article(&article, knowledge);
            consume(&article, extraction)
        });
    }
    use std::sync::{Arc, Mutex, mpsc};
    let (work_sender, work) = mpsc::sync_channel::<(usize, Article)>(jobs * 4);
    // The workers own the queue's receiving end: when the last of them stops, the
    // reader's next send fails and the reading stops too.
    let work = Arc::new(Mutex::new(work));
    let (done_sender, done) = mpsc::sync_channel::<(usize, Article, Extraction)>(jobs * 4);
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || {
            let mut read_errors = Vec::new();
            let mut number = 0;
            let count = read_articles(input, &mut read_errors, |article| {
                work_sender
                    .send((number, article))
                    .map_err(|_| anyhow::anyhow!("extraction stopped"))?;
                number += 1;
                Ok(())
            });
            (count, read_errors)
        });
        for _ in 0..jobs {
            let done_sender = done_sender.clone();
            let work = Arc::clone(&work);
            scope.spawn(move || {
                loop {
                    // The lock is held only to take the next article, not to extract it.
                    let next = match work.lock() {
                        Ok(receiver) => receiver.recv(),
                        Err(_) => return,
                    };
                    let Ok((number, article)) = next else { return };
                    let extraction = extract_article(&article, knowledge);
                    if done_sender.send((number, article, extraction)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done_sender);
        drop(work);
        // Extractions finish out of order; each waits here until those before it are out.
        let mut waiting = std::collections::BTreeMap::new();
        let mut next = 0;
        let mut consumed = Ok(());
        for (number, article, extraction) in done.iter() {
            waiting.insert(number, (article, extraction));
            while let Some((article, extraction)) = waiting.remove(&next) {
                next += 1;
                consumed = consumed.and_then(|()| consume(&article, extraction));
            }
            if consumed.is_err() {
                break;
            }
        }
        // Dropping the receiver stops the workers, whose failed sends stop the reader.
        drop(done);
        let (count, read_errors) = reader.join().unwrap_or_else(|_| {
            (
                Err(anyhow::anyhow!("reading the inputs failed")),
                Vec::new(),
            )
        });
        errors.extend(read_errors);
        consumed?;
        count
    })
}

enum StreamError {
    /// The file could not be read: reported, and the batch goes on.
    Read(std::io::Error),
    /// The consumer failed (a store or output error): the batch stops.
    Stop(anyhow::Error),
}

/// Feeds the articles of a JSON-lines file to `each`, one line at a time, and returns how
/// many there were. Bad lines are reported in `errors`; an over-long line is skipped
/// without being held in memory.
fn stream_json_lines(
    path: &Path,
    name: &str,
    errors: &mut Vec<String>,
    each: &mut impl FnMut(Article) -> Result<()>,
) -> std::result::Result<usize, StreamError> {
    use std::io::BufRead;
    let limit = diplograph::ingest::input::MAX_INPUT_BYTES as u64;
    let file = std::fs::File::open(path).map_err(StreamError::Read)?;
    let mut reader = std::io::BufReader::with_capacity(1 << 20, file);
    let mut line = Vec::new();
    let (mut number, mut articles, mut text_lines) = (0, 0, 0);
    loop {
        line.clear();
        let read = (&mut reader)
            .take(limit + 1)
            .read_until(b'\n', &mut line)
            .map_err(StreamError::Read)?;
        if read == 0 {
            break;
        }
        number += 1;
        if line.len() as u64 > limit {
            // Skip the rest of the line without keeping it.
            let mut rest = Vec::new();
            loop {
                rest.clear();
                let more = (&mut reader)
                    .take(1 << 20)
                    .read_until(b'\n', &mut rest)
                    .map_err(StreamError::Read)?;
                if more == 0 || rest.ends_with(b"\n") {
                    break;
                }
            }
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        text_lines += 1;
        match diplograph::ingest::input::json_line_bytes(name, number, &line) {
            Ok(article) => {
                articles += 1;
                each(article).map_err(StreamError::Stop)?;
            }
            Err(error) => errors.push(error),
        }
    }
    if text_lines == 0 {
        errors.push(format!("{name}: empty input"));
    }
    Ok(articles)
}

fn report_errors(errors: &[String]) {
    for error in errors {
        eprintln!("error: {}", for_terminal(error));
    }
}

fn batch_of(extraction: &Extraction) -> Batch {
    Batch {
        source: extraction.source.clone(),
        entities: extraction.entities.clone(),
        facts: extraction
            .facts
            .iter()
            .map(|fact| (key_of(fact), fact.to_evidence()))
            .collect(),
    }
}

fn key_of(fact: &Fact) -> FactKey {
    FactKey {
        subject: fact.subject.id.clone(),
        relation: fact.relation,
        object: fact.object.id.clone(),
        negated: fact.negated,
        role: fact.qualifiers.role.clone(),
        status: fact.qualifiers.status.clone(),
    }
}

fn fact_line(fact: &Fact) -> String {
    let mut qualifiers = Vec::new();
    let q = &fact.qualifiers;
    for (key, value) in [
        ("role", &q.role),
        ("status", &q.status),
        ("time", &q.time),
        ("location", &q.location),
    ] {
        if let Some(value) = value {
            qualifiers.push(format!("{key}={value}"));
        }
    }
    if q.expected {
        qualifiers.push("expected".into());
    }
    format!(
        "{} {}{} {}{}",
        fact.subject.name,
        if fact.negated { "NOT " } else { "" },
        fact.relation,
        fact.object.name,
        if qualifiers.is_empty() {
            String::new()
        } else {
            format!(" [{}]", qualifiers.join(", "))
        }
    )
}

fn ingest(
    settings: &Settings,
    input: &InputArgs,
    verbose: bool,
    out: &mut impl Write,
) -> Result<Outcome> {
    // Compiling the rules and opening the store take about the same time; doing them on
    // two threads halves the latency of ingesting one article into a large store.
    let (knowledge, store) = std::thread::scope(|scope| {
        let loading = scope.spawn(|| knowledge(settings));
        let store = Store::open_write(&settings.store, settings.options.clone());
        let knowledge = loading
            .join()
            .unwrap_or_else(|_| Err(anyhow::anyhow!("loading the knowledge files failed")));
        (knowledge, store)
    });
    let knowledge = knowledge?;
    let mut store = store?;
    let mut errors = Vec::new();
    let mut total = 0;
    extract_articles(input, &knowledge, &mut errors, |article, extraction| {
        let outcome = store.add(batch_of(&extraction), false)?;
        total += extraction.facts.len();
        if outcome.source_known {
            writeln!(
                out,
                "{}: already in the store ({} facts known)",
                for_terminal(&article.doc),
                extraction.facts.len()
            )?;
        } else {
            writeln!(
                out,
                "{}: {} facts ({} new, {} more evidence, {} already known)",
                for_terminal(&article.doc),
                extraction.facts.len(),
                outcome.new_facts,
                outcome.new_evidence,
                outcome.known
            )?;
        }
        if verbose {
            for fact in &extraction.facts {
                writeln!(out, "  {}", for_terminal(&fact_line(fact)))?;
                writeln!(
                    out,
                    "      “{}” ({})",
                    shorten(&for_terminal(&fact.evidence.sentence), 110),
                    fact.evidence.rule
                )?;
            }
        }
        Ok(())
    })?;
    report_errors(&errors);
    Ok(if !errors.is_empty() {
        Outcome::Failed
    } else if total == 0 {
        Outcome::Nothing
    } else {
        Outcome::Found
    })
}

fn extract(
    settings: &Settings,
    input: &InputArgs,
    output: ExtractFormat,
    out: &mut impl Write,
) -> Result<Outcome> {
    let knowledge = knowledge(settings)?;
    let mut errors = Vec::new();
    let mut table = new_table(&[
        "subject",
        "relation",
        "object",
        "qualifiers",
        "sentence",
        "rule",
    ]);
    let mut total = 0;
    // Standard output is line-buffered; an article's facts go out in one write instead,
    // as soon as the article is done.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    extract_articles(input, &knowledge, &mut errors, |_, extraction| {
        for fact in &extraction.facts {
            total += 1;
            match output {
                ExtractFormat::Jsonl => {
                    serde_json::to_writer(&mut out, fact)?;
                    out.write_all(b"\n")?;
                }
                ExtractFormat::Table => {
                    let line = fact_line(fact);
                    table.add_row(vec![
                        for_terminal(&fact.subject.name),
                        format!(
                            "{}{}",
                            if fact.negated { "NOT " } else { "" },
                            fact.relation
                        ),
                        for_terminal(&fact.object.name),
                        line.split_once(" [")
                            .map(|(_, rest)| rest.trim_end_matches(']').to_string())
                            .unwrap_or_default(),
                        shorten(&for_terminal(&fact.evidence.sentence), 80),
                        fact.evidence.rule.clone(),
                    ]);
                }
            }
        }
        out.flush()?;
        Ok(())
    })?;
    if output == ExtractFormat::Table {
        writeln!(out, "{table}")?;
    }
    out.flush()?;
    report_errors(&errors);
    Ok(if !errors.is_empty() {
        Outcome::Failed
    } else if total == 0 {
        Outcome::Nothing
    } else {
        Outcome::Found
    })
}

fn import(settings: &Settings, file: &Path, out: &mut impl Write) -> Result<Outcome> {
    let reader: Box<dyn std::io::BufRead> = if file.as_os_str() == "-" {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        let handle =
            std::fs::File::open(file).with_context(|| format!("cannot read {}", file.display()))?;
        Box::new(std::io::BufReader::with_capacity(1 << 20, handle))
    };
    let mut store = Store::open_write(&settings.store, settings.options.clone())?;
    let mut errors = Vec::new();
    let mut facts = 0usize;
    // Lines are read and grouped into one batch per run of the same source as they come,
    // so memory holds the graph being built, not the whole file.
    let batches = ImportBatches {
        lines: std::io::BufRead::lines(reader).enumerate(),
        name: file.display().to_string(),
        pending: None,
        errors: &mut errors,
        facts: &mut facts,
    };
    let outcomes = store.import(batches)?;
    let sources = outcomes
        .iter()
        .filter(|outcome| !outcome.source_known)
        .count();
    let skipped = outcomes.len() - sources;
    writeln!(
        out,
        "imported {facts} facts from {sources} new source runs ({skipped} runs of sources already in the store)"
    )?;
    report_errors(&errors);
    Ok(if errors.is_empty() {
        Outcome::Found
    } else {
        Outcome::Failed
    })
}

/// Reads `extract` JSON lines into batches: one per run of lines from the same source.
struct ImportBatches<'a, L> {
    lines: L,
    name: String,
    pending: Option<Batch>,
    errors: &'a mut Vec<String>,
    facts: &'a mut usize,
}

impl<L: Iterator<Item = (usize, std::io::Result<String>)>> Iterator for ImportBatches<'_, L> {
    type Item = Batch;

    fn next(&mut self) -> Option<Batch> {
        for (number, line) in self.lines.by_ref() {
            let line = match line {
                Ok(line) => line,
                Err(error) => {
                    self.errors
                        .push(format!("{}:{}: {error}", self.name, number + 1));
                    break;
                }
            };
            if line.trim().is_empty() {
                continue;
            }
            let fact: Fact = match serde_json::from_str(&line) {
                Ok(fact) => fact,
                Err(error) => {
                    self.errors
                        .push(format!("{}:{}: {error}", self.name, number + 1));
                    continue;
                }
            };
            *self.facts += 1;
            let finished = match &self.pending {
                Some(batch) if batch.source.id != fact.evidence.source => self.pending.take(),
                _ => None,
            };
            let batch = self.pending.get_or_insert_with(|| Batch {
                source: fact.source(),
                entities: Vec::new(),
                facts: Vec::new(),
            });
            for end in [&fact.subject, &fact.object] {
                if !batch.entities.iter().any(|entity| entity.id == end.id) {
                    batch
                        .entities
                        .push(Entity::new(end.id.clone(), end.kind, end.name.clone()));
                }
            }
            batch.facts.push((key_of(&fact), fact.to_evidence()));
            if finished.is_some() {
                return finished;
            }
        }
        self.pending.take()
    }
}

fn add(settings: &Settings, args: AddArgs, out: &mut impl Write) -> Result<Outcome> {
    let knowledge = knowledge(settings)?;
    let relation: Relation = args.relation.parse().map_err(|error: String| {
        anyhow::anyhow!(
            "{error}; relations are: {}",
            Relation::names().collect::<Vec<_>>().join(", ")
        )
    })?;
    let mut qualifiers = Qualifiers::default();
    for item in &args.qualifier {
        let (key, value) = item
            .split_once('=')
            .with_context(|| format!("qualifier '{item}' is not key=value"))?;
        qualifiers.set(key, value).map_err(anyhow::Error::msg)?;
    }
    let mut store = Store::open_write(&settings.store, settings.options.clone())?;
    let resolve_end = |name: &str, kind: &Option<String>| -> Result<Entity> {
        let unknown = match query::resolve(&store, Some(&knowledge.gazetteer), name) {
            Ok(entity) => return Ok(entity),
            Err(error) => error,
        };
        if let Some(known) = knowledge.gazetteer.resolve_name(name) {
            return Ok(known.clone());
        }
        match kind {
            Some(kind) => {
                let kind: EntityKind = kind.parse().map_err(anyhow::Error::msg)?;
                let id = match kind {
                    EntityKind::Person | EntityKind::Place => slug(name),
                    _ => name.trim().to_uppercase().replace(' ', "_"),
                };
                if id.is_empty() {
                    bail!("'{name}' cannot be made into an id");
                }
                Ok(Entity::new(id, kind, name.trim()))
            }
            None => bail!(
                "{unknown}; to create it, pass --subject-kind/--object-kind (person, place, country, organisation, group)"
            ),
        }
    };
    let subject = resolve_end(&args.subject, &args.subject_kind)?;
    let object = resolve_end(&args.object, &args.object_kind)?;
    let source = Source {
        id: content_id(format!("manual:{}", args.source).as_bytes()),
        doc: args.source.clone(),
        title: None,
        url: None,
        date: None,
    };
    let sentence = args
        .evidence
        .clone()
        .unwrap_or_else(|| "added by hand".to_string());
    let evidence = Evidence {
        source: source.id.clone(),
        end: sentence.chars().count() as u32,
        sentence,
        start: 0,
        rule: "manual".into(),
        confidence: 1.0,
        time: qualifiers.time.clone(),
        expected: qualifiers.expected,
        location: qualifiers.location.clone(),
    };
    let key = FactKey {
        subject: subject.id.clone(),
        relation,
        object: object.id.clone(),
        negated: args.negated,
        role: qualifiers.role.clone(),
        status: qualifiers.status.clone(),
    };
    let outcome = store.add(
        Batch {
            source,
            entities: vec![subject.clone(), object.clone()],
            facts: vec![(key, evidence)],
        },
        true,
    )?;
    let what = if outcome.new_facts > 0 {
        "added"
    } else if outcome.new_evidence > 0 {
        "added evidence to"
    } else {
        "already had"
    };
    writeln!(
        out,
        "{what}: {} ({}) {}{} {} ({})",
        for_terminal(&subject.name),
        subject.id,
        if args.negated { "NOT " } else { "" },
        relation,
        for_terminal(&object.name),
        object.id
    )?;
    Ok(Outcome::Found)
}

fn retract(settings: &Settings, wanted: &str, out: &mut impl Write) -> Result<Outcome> {
    let mut store = Store::open_write(&settings.store, settings.options.clone())?;
    let mut found = store.find_source(wanted)?;
    if found.is_empty() {
        found = store.find_source(&content_id(format!("manual:{wanted}").as_bytes()))?;
    }
    match found.len() {
        0 => bail!("no source '{wanted}' in the store (see `diplograph sources`)"),
        1 => {}
        many => bail!("'{wanted}' matches {many} sources; give the full id"),
    }
    let source = &found[0];
    let (evidence, facts) = store.retract(std::slice::from_ref(&source.id))?;
    writeln!(
        out,
        "retracted {} ({}): {evidence} evidences, {facts} facts removed",
        for_terminal(&source.doc),
        source.id
    )?;
    Ok(Outcome::Found)
}

fn new_table(header: &[&str]) -> Table {
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED);
    table.set_content_arrangement(ContentArrangement::Dynamic);
    table.set_header(header.to_vec());
    table
}

fn print_rows(
    settings: &Settings,
    out: &mut impl Write,
    header: &[&str],
    rows: Vec<Vec<String>>,
    json: serde_json::Value,
) -> Result<()> {
    match settings.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?,
        Format::Tsv => {
            writeln!(out, "{}", header.join("\t"))?;
            for row in rows {
                let cells: Vec<String> = row
                    .iter()
                    .map(|cell| for_terminal(cell).replace('\t', " "))
                    .collect();
                writeln!(out, "{}", cells.join("\t"))?;
            }
        }
        Format::Table => {
            let mut table = new_table(header);
            for row in rows {
                table.add_row(
                    row.iter()
                        .map(|cell| for_terminal(cell))
                        .collect::<Vec<_>>(),
                );
            }
            writeln!(out, "{table}")?;
        }
    }
    Ok(())
}

fn found(any: bool) -> Outcome {
    if any {
        Outcome::Found
    } else {
        Outcome::Nothing
    }
}

fn members(
    settings: &Settings,
    organisation: &str,
    status: StatusArg,
    out: &mut impl Write,
) -> Result<Outcome> {
    let store = open_read(settings)?;
    let organisation = resolve(settings, &store, organisation)?;
    let statuses: Vec<Status> = match status {
        StatusArg::All => Status::ALL.to_vec(),
        StatusArg::Member => vec![Status::Member],
        StatusArg::Observer => vec![Status::Observer],
        StatusArg::Partner => vec![Status::Partner],
        StatusArg::Candidate => vec![Status::Candidate],
        StatusArg::Left => vec![Status::Left],
    };
    let rows = query::members(&store, &organisation.id, &statuses)?;
    if rows.is_empty() && settings.format == Format::Table {
        eprintln!(
            "no members of {} ({}) in the store",
            for_terminal(&organisation.name),
            organisation.id
        );
        return Ok(Outcome::Nothing);
    }
    let table_rows = rows
        .iter()
        .map(|row| {
            let time = match (&row.time, row.expected) {
                (Some(time), true) => format!("expected {time}"),
                (Some(time), false) => time.clone(),
                (None, true) => "expected".into(),
                (None, false) => String::new(),
            };
            vec![
                row.entity.name.clone(),
                row.entity.id.clone(),
                match &row.qualifier {
                    Some(qualifier) => format!("{} ({qualifier})", row.status),
                    None => row.status.to_string(),
                },
                time,
                row.evidence_count.to_string(),
                row.first_evidence
                    .as_ref()
                    .map(|evidence| query::short_sentence(evidence, 90))
                    .unwrap_or_default(),
            ]
        })
        .collect();
    let any = !rows.is_empty();
    print_rows(
        settings,
        out,
        &[
            "entity",
            "id",
            "status",
            "time",
            "evidence",
            "first evidence",
        ],
        table_rows,
        serde_json::json!({ "organisation": organisation.id, "members": rows }),
    )?;
    Ok(found(any))
}

fn relations(
    settings: &Settings,
    a: &str,
    b: &str,
    evidence: usize,
    out: &mut impl Write,
) -> Result<Outcome> {
    let store = open_read(settings)?;
    let a = resolve(settings, &store, a)?;
    let b = resolve(settings, &store, b)?;
    let rows = query::relations_between(&store, &a.id, &b.id, evidence)?;
    if settings.format == Format::Table {
        if rows.is_empty() {
            eprintln!(
                "nothing between {} and {} in the store",
                for_terminal(&a.name),
                for_terminal(&b.name)
            );
            return Ok(Outcome::Nothing);
        }
        let mut current = None;
        for row in &rows {
            if current != Some(row.relation) {
                writeln!(out, "{}", row.relation)?;
                current = Some(row.relation);
            }
            let mut detail = Vec::new();
            if let Some(role) = &row.role {
                detail.push(format!("role: {role}"));
            }
            if let Some(status) = &row.status {
                detail.push(format!("status: {status}"));
            }
            detail.push(format!("{} evidence", row.evidence_count));
            writeln!(
                out,
                "  {} ({})",
                for_terminal(&row.describe()),
                detail.join(", ")
            )?;
            for evidence in &row.evidence {
                let mut note = Vec::new();
                if let Some(date) = &evidence.cited.date {
                    note.push(date.clone());
                }
                note.push(evidence.cited.doc.clone());
                writeln!(
                    out,
                    "    “{}” [{}]",
                    query::short_sentence(evidence, 140),
                    for_terminal(&note.join(", "))
                )?;
            }
        }
        return Ok(Outcome::Found);
    }
    let table_rows = rows
        .iter()
        .map(|row| {
            vec![
                row.subject.id.clone(),
                row.relation.to_string(),
                row.object.id.clone(),
                row.negated.to_string(),
                row.evidence_count.to_string(),
                row.evidence
                    .first()
                    .map(|evidence| evidence.cited.sentence.clone())
                    .unwrap_or_default(),
            ]
        })
        .collect();
    let any = !rows.is_empty();
    print_rows(
        settings,
        out,
        &[
            "subject", "relation", "object", "negated", "evidence", "sentence",
        ],
        table_rows,
        serde_json::json!(rows),
    )?;
    Ok(found(any))
}

fn parse_relations(names: &[String]) -> Result<Vec<Relation>> {
    names
        .iter()
        .map(|name| {
            name.parse::<Relation>().map_err(|error| {
                anyhow::anyhow!(
                    "{error}; relations are: {}",
                    Relation::names().collect::<Vec<_>>().join(", ")
                )
            })
        })
        .collect()
}

fn neighbours(
    settings: &Settings,
    entity: &str,
    relations: &[String],
    depth: usize,
    out: &mut impl Write,
) -> Result<Outcome> {
    let relations = parse_relations(relations)?;
    let store = open_read(settings)?;
    let entity = resolve(settings, &store, entity)?;
    let rows = query::neighbours(&store, &entity.id, &relations, depth);
    let table_rows = rows
        .iter()
        .map(|row| {
            vec![
                row.entity.name.clone(),
                row.entity.id.clone(),
                row.entity.kind.to_string(),
                row.distance.to_string(),
                row.relations.join(", "),
            ]
        })
        .collect();
    let any = !rows.is_empty();
    print_rows(
        settings,
        out,
        &["entity", "id", "kind", "hops", "relations"],
        table_rows,
        serde_json::json!(rows),
    )?;
    Ok(found(any))
}

fn path(
    settings: &Settings,
    a: &str,
    b: &str,
    relations: &[String],
    out: &mut impl Write,
) -> Result<Outcome> {
    let relations = parse_relations(relations)?;
    let store = open_read(settings)?;
    let a = resolve(settings, &store, a)?;
    let b = resolve(settings, &store, b)?;
    let Some(hops) = query::path(&store, &a.id, &b.id, &relations)? else {
        eprintln!(
            "no path between {} and {}",
            for_terminal(&a.name),
            for_terminal(&b.name)
        );
        return Ok(Outcome::Nothing);
    };
    if settings.format == Format::Table {
        for hop in &hops {
            let arrow = match hop.direction {
                "forward" => format!("--{}-->", hop.fact.relation),
                "backward" => format!("<--{}--", hop.fact.relation),
                _ => format!("--{}--", hop.fact.relation),
            };
            let negation = if hop.fact.negated { " (negated)" } else { "" };
            writeln!(
                out,
                "{} {arrow} {}{negation}",
                for_terminal(&hop.from.name),
                for_terminal(&hop.to.name)
            )?;
        }
        return Ok(found(!hops.is_empty()));
    }
    let table_rows = hops
        .iter()
        .map(|hop| {
            vec![
                hop.from.id.clone(),
                hop.fact.relation.to_string(),
                hop.direction.to_string(),
                hop.to.id.clone(),
            ]
        })
        .collect();
    print_rows(
        settings,
        out,
        &["from", "relation", "direction", "to"],
        table_rows,
        serde_json::json!(hops),
    )?;
    Ok(Outcome::Found)
}

fn entity_profile(
    settings: &Settings,
    name: &str,
    evidence: usize,
    out: &mut impl Write,
) -> Result<Outcome> {
    let store = open_read(settings)?;
    let entity = resolve(settings, &store, name)?;
    let profile = query::profile(&store, &entity.id, evidence)?;
    if settings.format != Format::Table {
        let rows = profile
            .facts
            .values()
            .flatten()
            .map(|row| {
                vec![
                    row.subject.id.clone(),
                    row.relation.to_string(),
                    row.object.id.clone(),
                    row.negated.to_string(),
                    row.evidence_count.to_string(),
                ]
            })
            .collect();
        print_rows(
            settings,
            out,
            &["subject", "relation", "object", "negated", "evidence"],
            rows,
            serde_json::json!(profile),
        )?;
        return Ok(Outcome::Found);
    }
    let entity = &profile.entity;
    writeln!(
        out,
        "{} ({}, {})",
        for_terminal(&entity.name),
        entity.id,
        entity.kind
    )?;
    if !entity.aliases.is_empty() {
        writeln!(out, "  also: {}", for_terminal(&entity.aliases.join(", ")))?;
    }
    if let Some(qid) = &entity.wikidata {
        writeln!(out, "  wikidata: {qid}")?;
    }
    for role in &profile.roles {
        writeln!(out, "  role: {}", for_terminal(role))?;
    }
    for (relation, rows) in &profile.facts {
        writeln!(out, "{relation}")?;
        for row in rows {
            writeln!(
                out,
                "  {} ({} evidence)",
                for_terminal(&row.describe()),
                row.evidence_count
            )?;
            for evidence in &row.evidence {
                writeln!(out, "    “{}”", query::short_sentence(evidence, 120))?;
            }
        }
    }
    Ok(Outcome::Found)
}

fn pattern_query(
    settings: &Settings,
    text: &str,
    filters: &query::pattern::Filters,
    (since, until): (Option<&str>, Option<&str>),
    out: &mut impl Write,
) -> Result<Outcome> {
    use query::pattern::{Term, evaluate, parse};
    let mut patterns = parse(text)?;
    let store = open_read(settings)?;
    for pattern in &mut patterns {
        for end in [&mut pattern.subject, &mut pattern.object] {
            if let Term::Name(name) = end {
                *end = Term::Entity(resolve(settings, &store, name)?.id);
            }
        }
    }
    let answers = evaluate(store.graph(), &patterns, filters);
    let mut results = Vec::new();
    for answer in answers {
        let mut facts = Vec::new();
        let mut in_range = true;
        for fact in &answer.facts {
            let row = query::FactRow::new(
                &store,
                fact,
                if since.is_some() || until.is_some() {
                    usize::MAX
                } else {
                    1
                },
            )?;
            if since.is_some() || until.is_some() {
                in_range &= row.evidence.iter().any(|evidence| {
                    query::evidence_date(evidence)
                        .is_some_and(|date| query::date_in_range(date, since, until))
                });
            }
            facts.push(row);
        }
        if in_range {
            results.push((answer.bindings, facts));
        }
    }
    let variables: Vec<String> = results
        .first()
        .map(|(bindings, _)| bindings.keys().cloned().collect())
        .unwrap_or_default();
    let graph = store.graph();
    let name = |id: &str| {
        graph
            .entity(id)
            .map_or(id.to_string(), |entity| format!("{} ({id})", entity.name))
    };
    let rows: Vec<Vec<String>> = results
        .iter()
        .map(|(bindings, facts)| {
            let mut row: Vec<String> = bindings.values().map(|id| name(id)).collect();
            row.push(
                facts
                    .iter()
                    .map(|fact| fact.evidence_count)
                    .sum::<usize>()
                    .to_string(),
            );
            row.push(
                facts
                    .first()
                    .and_then(|fact| fact.evidence.first())
                    .map(|evidence| query::short_sentence(evidence, 80))
                    .unwrap_or_default(),
            );
            row
        })
        .collect();
    let mut header: Vec<&str> = variables.iter().map(String::as_str).collect();
    header.extend(["evidence", "first evidence"]);
    let json: Vec<serde_json::Value> = results
        .iter()
        .map(|(bindings, facts)| {
            let bound: serde_json::Map<String, serde_json::Value> = bindings
                .iter()
                .map(|(variable, id)| {
                    let entity = graph.entity(id).map(diplograph::model::EntityRef::from);
                    (variable.clone(), serde_json::json!(entity))
                })
                .collect();
            serde_json::json!({"bindings": bound, "facts": facts})
        })
        .collect();
    if results.is_empty() && settings.format == Format::Table {
        eprintln!("no answers");
        return Ok(Outcome::Nothing);
    }
    let any = !results.is_empty();
    print_rows(settings, out, &header, rows, serde_json::json!(json))?;
    Ok(found(any))
}

fn timeline(settings: &Settings, a: &str, b: &str, out: &mut impl Write) -> Result<Outcome> {
    let store = open_read(settings)?;
    let a = resolve(settings, &store, a)?;
    let b = resolve(settings, &store, b)?;
    let rows = query::timeline(&store, &a.id, &b.id)?;
    let table = rows
        .iter()
        .map(|row| {
            vec![
                row.date.clone().unwrap_or_else(|| "undated".into()),
                query::describe(&row.subject, row.negated, row.relation, &row.object),
                query::short_sentence(&row.evidence, 90),
                row.evidence.cited.doc.clone(),
            ]
        })
        .collect();
    let any = !rows.is_empty();
    if !any && settings.format == Format::Table {
        eprintln!(
            "nothing between {} and {} in the store",
            for_terminal(&a.name),
            for_terminal(&b.name)
        );
        return Ok(Outcome::Nothing);
    }
    print_rows(
        settings,
        out,
        &["date", "fact", "evidence", "source"],
        table,
        serde_json::json!(rows),
    )?;
    Ok(found(any))
}

fn sources(settings: &Settings, out: &mut impl Write) -> Result<Outcome> {
    let store = open_read(settings)?;
    let sources = store.sources()?;
    let rows = sources
        .iter()
        .map(|source| {
            vec![
                source.id.clone(),
                source.doc.clone(),
                source.date.clone().unwrap_or_default(),
                source
                    .title
                    .clone()
                    .map(|title| shorten(&title, 70))
                    .unwrap_or_default(),
            ]
        })
        .collect();
    let any = !sources.is_empty();
    print_rows(
        settings,
        out,
        &["id", "doc", "date", "title"],
        rows,
        serde_json::json!(sources),
    )?;
    Ok(found(any))
}

fn stats(settings: &Settings, out: &mut impl Write) -> Result<Outcome> {
    let store = open_read(settings)?;
    let stats = store.stats();
    let mut rows = vec![
        vec!["entities".to_string(), stats.entities.to_string()],
        vec!["facts".to_string(), stats.facts.to_string()],
        vec!["sources".to_string(), stats.sources.to_string()],
        vec!["evidence".to_string(), stats.evidence.to_string()],
        vec![
            "snapshot bytes".to_string(),
            stats.snapshot_bytes.to_string(),
        ],
        vec!["log bytes".to_string(), stats.log_bytes.to_string()],
    ];
    for (kind, count) in &stats.entities_by_kind {
        rows.push(vec![format!("entities: {kind}"), count.to_string()]);
    }
    for (relation, count) in &stats.facts_by_relation {
        rows.push(vec![format!("facts: {relation}"), count.to_string()]);
    }
    print_rows(
        settings,
        out,
        &["what", "count"],
        rows,
        serde_json::json!(stats),
    )?;
    Ok(Outcome::Found)
}

fn export(
    settings: &Settings,
    format: ExportFormat,
    args: &crate::cli::ExportArgs,
    out: &mut impl Write,
) -> Result<Outcome> {
    use diplograph::export::{dot, formats};
    let relations = parse_relations(&args.relation)?;
    let kinds = args
        .kind
        .iter()
        .map(|kind| kind.parse::<EntityKind>().map_err(anyhow::Error::msg))
        .collect::<Result<Vec<_>>>()?;
    for date in [&args.since, &args.until].into_iter().flatten() {
        if !is_partial_date(date) {
            bail!("'{date}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }
    let store = open_read(settings)?;
    let focus = match &args.focus {
        Some(name) => Some(resolve(settings, &store, name)?.id),
        None => None,
    };
    let selection = diplograph::export::Selection {
        focus,
        depth: args.depth,
        relations,
        kinds,
        min_evidence: args.min_evidence,
        since: args.since.clone(),
        until: args.until.clone(),
    };
    let options = dot::DotOptions {
        merge: args.merge,
        cluster_by_organisation: args.cluster_by.is_some(),
        rollup: args.rollup,
        no_legend: args.no_legend,
    };
    let d3 = args.json_style == crate::cli::JsonStyle::D3;
    let output = args.output.as_deref();
    let text = match format {
        ExportFormat::Dot => dot::to_dot(&store, &selection, &options)?,
        ExportFormat::Svg => render_svg(&dot::to_dot(&store, &selection, &options)?)?,
        ExportFormat::Graphml => formats::graphml(&store, &selection)?,
        ExportFormat::Gexf => formats::gexf(&store, &selection)?,
        ExportFormat::Json => formats::json(&store, &selection, d3)?,
        ExportFormat::Nquads => formats::rdf(&store, &selection, true)?,
        ExportFormat::Turtle => formats::rdf(&store, &selection, false)?,
        ExportFormat::Csv => {
            let Some(folder) = output else {
                bail!("--format csv writes two files; name their folder with -o FOLDER");
            };
            std::fs::create_dir_all(folder)
                .with_context(|| format!("cannot create {}", folder.display()))?;
            let (nodes, relationships) = formats::neo4j_csv(&store, &selection)?;
            for (name, content) in [("nodes.csv", nodes), ("relationships.csv", relationships)] {
                let path = folder.join(name);
                std::fs::write(&path, content)
                    .with_context(|| format!("cannot write {}", path.display()))?;
            }
            writeln!(
                out,
                "wrote {0}/nodes.csv and {0}/relationships.csv",
                folder.display()
            )?;
            return Ok(Outcome::Found);
        }
    };
    match output {
        Some(path) => std::fs::write(path, text)
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => out.write_all(text.as_bytes())?,
    }
    Ok(Outcome::Found)
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn is_partial_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let digits = |part: &str, length: usize| {
        part.len() == length && part.chars().all(|c| c.is_ascii_digit())
    };
    match parts[..] {
        [year] => digits(year, 4),
        [year, month] => digits(year, 4) && digits(month, 2),
        [year, month, day] => digits(year, 4) && digits(month, 2) && digits(day, 2),
        _ => false,
    }
}

/// SVG through Graphviz's `dot` when it is installed, else the built-in layout.
fn render_svg(dot_text: &str) -> Result<String> {
    let graphviz = std::process::Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn();
    if let Ok(mut child) = graphviz {
        if let Some(mut stdin) = child.stdin.take() {
            stdin.write_all(dot_text.as_bytes())?;
        }
        let output = child.wait_with_output()?;
        if output.status.success() {
            return Ok(String::from_utf8_lossy(&output.stdout).into_owned());
        }
    }
    Ok(diplograph::export::svg::from_dot(dot_text)?)
}

fn check(settings: &Settings, repair: bool, out: &mut impl Write) -> Result<Outcome> {
    if repair {
        let report = diplograph::store::repair(&settings.store, settings.options.clone())?;
        writeln!(out, "{report}")?;
    }
    let store = open_read(settings)?;
    let health = store.check()?;
    match settings.format {
        Format::Table => {
            writeln!(out, "store {}: ok", settings.store.display())?;
            writeln!(
                out,
                "  generation {}, {} entities, {} facts, {} sources, {} data records, log {} bytes",
                health.generation,
                health.entities,
                health.facts,
                health.sources,
                health.data_records,
                health.log_bytes
            )?;
            if health.torn_log_bytes > 0 {
                writeln!(
                    out,
                    "  {} bytes of an unacknowledged, torn last log record will be dropped on the next write",
                    health.torn_log_bytes
                )?;
            }
        }
        _ => writeln!(out, "{}", serde_json::to_string_pretty(&health)?)?,
    }
    Ok(if health.unreadable_facts == 0 {
        Outcome::Found
    } else {
        Outcome::Failed
    })
}
