//! diplograph turns news articles about international relations into a knowledge graph
//! that people can query, cite and draw.
//!
//! The pipeline is the layout: [`ingest`] (clean → segment → recognise → link →
//! extract) turns article text into [`model::Fact`]s with evidence; [`store`] keeps them
//! in a petgraph graph persisted as a snapshot plus an append-only log; [`query`]
//! answers questions; [`export`] draws and converts. The `diplograph` binary is a thin
//! command-line layer over this library. See ARCHITECTURE.md for the map and invariants.

#![forbid(unsafe_code)]

pub mod error;
pub mod export;
pub mod ingest;
pub mod model;
pub mod query;
pub mod sanitize;
pub mod store;

pub use error::{Error, Result};
