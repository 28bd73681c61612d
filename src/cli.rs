//! The command-line shape: clap definitions whose doc comments are the help text, the
//! completions and the man page. Nothing here does work.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Turn news articles about international relations into a knowledge graph you can
/// query, cite and draw.
#[derive(Debug, Parser)]
#[command(name = "diplograph", version, about, long_about = None, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct Global {
    /// The store file [default: $DIPLOGRAPH_STORE, else ./diplograph.store]
    #[arg(long, global = true, env = "DIPLOGRAPH_STORE", value_name = "PATH")]
    pub store: Option<PathBuf>,
    /// Output format: table, json or tsv for queries; jsonl or table for extract; dot for
    /// export
    #[arg(long, global = true, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Seconds to wait for another diplograph process to release the store
    #[arg(long, global = true, default_value_t = 10.0, value_name = "SECONDS")]
    pub lock_timeout: f64,
    /// Extra gazetteer file (same columns as a file in data/); repeatable
    #[arg(long, global = true, value_name = "FILE")]
    pub gazetteer: Vec<PathBuf>,
    /// Extra rules file (TOML, like data/rules.toml); repeatable
    #[arg(long, global = true, value_name = "FILE")]
    pub rules: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned table for people
    Table,
    /// JSON for programs
    Json,
    /// Tab-separated values
    Tsv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// One JSON fact per line
    Jsonl,
    /// Aligned table
    Table,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusArg {
    Member,
    Observer,
    Partner,
    Candidate,
    Left,
    All,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Graphviz DOT
    Dot,
    /// SVG picture (Graphviz when installed, else a built-in layout)
    Svg,
    /// GraphML (yEd, Gephi, networkx)
    Graphml,
    /// GEXF 1.3 (Gephi)
    Gexf,
    /// JSON: Cytoscape.js elements, or D3 node-link with --json-style d3
    Json,
    /// RDF N-Quads, one named graph per source
    Nquads,
    /// RDF Turtle
    Turtle,
    /// nodes.csv and relationships.csv for neo4j-admin import (-o names the folder)
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum JsonStyle {
    Cytoscape,
    D3,
}

/// Reads a `--format` value as one of a command's formats.
pub fn parse_format<T: ValueEnum>(
    value: Option<&str>,
    default: T,
    command: &str,
) -> Result<T, String> {
    match value {
        None => Ok(default),
        Some(text) => T::from_str(text, true).map_err(|_| {
            let names: Vec<String> = T::value_variants()
                .iter()
                .filter_map(|variant| {
                    variant
                        .to_possible_value()
                        .map(|value| value.get_name().to_string())
                })
                .collect();
            format!(
                "{command} does not write '{text}'; --format takes {}",
                names.join(", ")
            )
        }),
    }
}

#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files, folders (.txt .md .html .htm .jsonl, recursively) or - for standard input
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Title of the article (single input)
    #[arg(long)]
    pub title: Option<String>,
    /// URL of the article (single input)
    #[arg(long)]
    pub url: Option<String>,
    /// Publication date, YYYY-MM-DD (single input); relative dates resolve against it
    #[arg(long)]
    pub date: Option<String>,
    /// Threads that extract articles at once (default: the machine's cores); the output
    /// keeps the input's order whatever the number
    #[arg(long, short, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    pub subject: String,
    pub relation: String,
    pub object: String,
    /// The fact is denied rather than stated
    #[arg(long)]
    pub negated: bool,
    /// A qualifier key=value (role, status, time, expected, location); repeatable
    #[arg(long, short, value_name = "KEY=VALUE")]
    pub qualifier: Vec<String>,
    /// The text that supports the fact
    #[arg(long)]
    pub evidence: Option<String>,
    /// Name of the source (retract it later by this name)
    #[arg(long, default_value = "manual")]
    pub source: String,
    /// Kind of the subject when it is new (person, place, country, organisation, group)
    #[arg(long)]
    pub subject_kind: Option<String>,
    /// Kind of the object when it is new
    #[arg(long)]
    pub object_kind: Option<String>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// JSON flavour for --format json
    #[arg(long, value_enum, default_value_t = JsonStyle::Cytoscape)]
    pub json_style: JsonStyle,
    /// Output file (default: standard output; a folder for --format csv)
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Only the neighbourhood of this entity
    #[arg(long)]
    pub focus: Option<String>,
    /// Hops around --focus
    #[arg(long, default_value_t = 1)]
    pub depth: usize,
    /// Only these relations; repeatable
    #[arg(long, short)]
    pub relation: Vec<String>,
    /// Only facts between entities of these kinds; repeatable
    #[arg(long)]
    pub kind: Vec<String>,
    /// Only facts with an evidence dated on or after this date (YYYY[-MM[-DD]])
    #[arg(long)]
    pub since: Option<String>,
    /// Only facts with an evidence dated on or before this date
    #[arg(long)]
    pub until: Option<String>,
    /// Only facts with at least this many evidences
    #[arg(long, default_value_t = 0)]
    pub min_evidence: usize,
    /// DOT/SVG: one edge per pair, labelled with all its relations and a count
    #[arg(long)]
    pub merge: bool,
    /// DOT/SVG: draw members inside a cluster of their organisation
    #[arg(long, value_enum)]
    pub cluster_by: Option<ClusterBy>,
    /// DOT/SVG: draw persons as the countries or organisations they serve
    #[arg(long)]
    pub rollup: bool,
    /// DOT/SVG: leave out the legend
    #[arg(long)]
    pub no_legend: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClusterBy {
    Organisation,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles and add their facts to the store
    Ingest {
        #[command(flatten)]
        input: InputArgs,
        /// List the facts of each article
        #[arg(long, short)]
        verbose: bool,
    },
    /// Print the facts of articles without touching a store
    Extract {
        #[command(flatten)]
        input: InputArgs,
    },
    /// Load facts in the `extract` JSON-lines shape (from many extractors) into the store
    Import {
        /// A JSON-lines file of facts, or - for standard input
        file: PathBuf,
    },
    /// Record a fact by hand
    Add(AddArgs),
    /// Remove everything one source contributed
    Retract {
        /// Source id (or a unique prefix of at least 6 digits) or document name
        source: String,
    },
    /// Which countries belong to an organisation
    Members {
        organisation: String,
        /// Which statuses to list
        #[arg(long, value_enum, default_value_t = StatusArg::All)]
        status: StatusArg,
    },
    /// Every fact between two entities, both directions, with evidence
    Relations {
        a: String,
        b: String,
        /// Evidences shown per fact
        #[arg(long, default_value_t = 3)]
        evidence: usize,
    },
    /// Entities connected to one entity
    #[command(visible_alias = "neighbours")]
    Neighbors {
        entity: String,
        /// Only these relations; repeatable
        #[arg(long, short)]
        relation: Vec<String>,
        /// How many hops
        #[arg(long, default_value_t = 1)]
        depth: usize,
    },
    /// The shortest chain of facts linking two entities
    Path {
        a: String,
        b: String,
        /// Only these relations; repeatable
        #[arg(long, short)]
        relation: Vec<String>,
    },
    /// Everything known about one entity
    Entity {
        entity: String,
        /// Evidences shown per fact
        #[arg(long, default_value_t = 1)]
        evidence: usize,
    },
    /// Pattern query: '?c member_of SCO . ?c friendly_with Russia'
    Query {
        /// Triple patterns separated by ' . '; ?name is a variable; quote names with spaces
        query: String,
        /// Match negated facts instead of stated ones
        #[arg(long)]
        negated: bool,
        /// Only facts with at least this many evidences
        #[arg(long, default_value_t = 1)]
        min_evidence: usize,
        /// Only facts reported (or dated) on or after this date
        #[arg(long)]
        since: Option<String>,
        /// Only facts reported (or dated) on or before this date
        #[arg(long)]
        until: Option<String>,
    },
    /// How the relationship between two entities moved over time
    Timeline { a: String, b: String },
    /// The sources in the store
    Sources,
    /// Counts of entities, facts, sources and evidence
    Stats,
    /// Draw or convert the graph
    Export(ExportArgs),
    /// Verify every checksum of the store and report its health
    Check {
        /// Keep the intact part of a damaged log and drop the rest
        #[arg(long)]
        repair: bool,
    },
    /// Fold the change log into a new snapshot
    Compact,
    /// Print shell completions
    Completions { shell: clap_complete::Shell },
    /// Print the man page (roff)
    Man,
}
