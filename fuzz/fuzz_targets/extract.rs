//! Arbitrary input through the whole extraction pipeline, as text and as HTML.
#![no_main]

use diplograph::ingest::{Knowledge, input::{Overrides, parse_input}, extract_article};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static KNOWLEDGE: LazyLock<Knowledge> = LazyLock::new(|| Knowledge::builtin().expect("built-in knowledge"));

fuzz_target!(|bytes: &[u8]| {
    for name in ["input.txt", "input.html"] {
        if let Ok(articles) = parse_input(name, bytes, false, &Overrides::default()) {
            let (articles, _) = articles.split();
            for article in articles {
                let _ = extract_article(&article, &KNOWLEDGE);
            }
        }
    }
});
