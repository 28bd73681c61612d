//! SVG without Graphviz: lays out DOT with the pure-Rust `layout-rs` crate, so that a
//! picture never needs an extra install. (The CLI prefers Graphviz's `dot` when it is on
//! the PATH; its layouts are better.)

use crate::error::{Error, Result};
use layout::backends::svg::SVGWriter;
use layout::gv::{DotParser, GraphBuilder};

/// Renders DOT text as SVG.
pub fn from_dot(dot: &str) -> Result<String> {
    let mut parser = DotParser::new(dot);
    let tree = parser.process().map_err(|error| {
        Error::Input(format!(
            "the built-in renderer cannot read this DOT: {error}"
        ))
    })?;
    let mut builder = GraphBuilder::new();
    builder.visit_graph(&tree);
    let mut graph = builder.get();
    let mut svg = SVGWriter::new();
    graph.do_it(false, false, false, &mut svg);
    Ok(svg.finalize())
}
