//! Input: turns the bytes of one input (a plain-text article with optional front matter,
//! an HTML page, or JSON lines of articles) into articles with their metadata. Bad input
//! (empty, binary, invalid UTF-8, unparseable lines) is refused with a message naming the
//! input, never a panic.

use crate::error::{Error, Result};
use serde::Deserialize;

/// One article to extract from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Article {
    /// The input's id, else its path.
    pub doc: String,
    pub text: String,
    pub html: bool,
    pub title: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
}

/// Metadata given on the command line; it overrides what the input says.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub title: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
}

#[derive(Debug, Deserialize)]
struct JsonArticle {
    id: Option<serde_json::Value>,
    text: Option<String>,
    html: Option<String>,
    title: Option<String>,
    url: Option<String>,
    date: Option<String>,
}

/// Largest input accepted, in bytes.
pub const MAX_INPUT_BYTES: usize = 256 << 20;

/// The articles of one input, read lazily: a JSON-lines file is parsed a line at a time,
/// so a large batch never holds more than one parsed article. Each item is an article or
/// the message for a line that could not be read.
pub struct Articles<'a> {
    name: &'a str,
    source: Source<'a>,
}

enum Source<'a> {
    One(Option<Article>),
    Lines(std::iter::Enumerate<std::str::Lines<'a>>),
}

impl Iterator for Articles<'_> {
    type Item = std::result::Result<Article, String>;

    fn next(&mut self) -> Option<Self::Item> {
        match &mut self.source {
            Source::One(article) => article.take().map(Ok),
            Source::Lines(lines) => lines
                .find(|(_, line)| !line.trim().is_empty())
                .map(|(number, line)| json_line(self.name, number + 1, line)),
        }
    }
}

impl Articles<'_> {
    /// All articles, and the messages of the lines that failed.
    pub fn split(self) -> (Vec<Article>, Vec<String>) {
        let mut articles = Vec::new();
        let mut errors = Vec::new();
        for item in self {
            match item {
                Ok(article) => articles.push(article),
                Err(error) => errors.push(error),
            }
        }
        (articles, errors)
    }
}

/// Parses one input. `name` is its path (or `-`); `json_lines` selects the JSON-lines
/// reader (by extension `.jsonl`). Input that is not text at all is refused here; the
/// lines of a JSON-lines input are checked one by one as they are read.
pub fn parse_input<'a>(
    name: &'a str,
    bytes: &'a [u8],
    json_lines: bool,
    overrides: &Overrides,
) -> Result<Articles<'a>> {
    if bytes.is_empty() {
        return Err(Error::Input(format!("{name}: empty input")));
    }
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(Error::Input(format!(
            "{name}: {} bytes is larger than the {} MiB limit",
            bytes.len(),
            MAX_INPUT_BYTES >> 20
        )));
    }
    let probe = &bytes[..bytes.len().min(8192)];
    if probe.contains(&0) {
        return Err(Error::Input(format!(
            "{name}: binary data (NUL bytes), not text"
        )));
    }
    let text = std::str::from_utf8(bytes).map_err(|error| {
        Error::Input(format!(
            "{name}: not valid UTF-8 (first bad byte at offset {})",
            error.valid_up_to()
        ))
    })?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Error::Input(format!("{name}: no text (only whitespace)")));
    }
    if json_lines {
        return Ok(Articles {
            name,
            source: Source::Lines(text.lines().enumerate()),
        });
    }
    let mut article = parse_front_matter(name, text);
    article.html = looks_like_html(name, &article.text);
    apply(&mut article, overrides);
    Ok(Articles {
        name,
        source: Source::One(Some(article)),
    })
}

fn apply(article: &mut Article, overrides: &Overrides) {
    if overrides.title.is_some() {
        article.title = overrides.title.clone();
    }
    if overrides.url.is_some() {
        article.url = overrides.url.clone();
    }
    if overrides.date.is_some() {
        article.date = overrides.date.clone();
    }
}

fn looks_like_html(name: &str, text: &str) -> bool {
    let lower_name = name.to_ascii_lowercase();
    if lower_name.ends_with(".html") || lower_name.ends_with(".htm") {
        return true;
    }
    let head = text.trim_start();
    let head = &head[..head.len().min(512)].to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.contains("<body")
        || head.starts_with("<p>")
}

/// A leading block of `key: value` lines between two `---` lines.
fn parse_front_matter(name: &str, text: &str) -> Article {
    let mut article = Article {
        doc: name.to_string(),
        text: text.to_string(),
        ..Article::default()
    };
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return article;
    };
    let Some(end) = rest.find("\n---") else {
        return article;
    };
    let block = &rest[..end];
    for line in block.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches('"').to_string();
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => article.title = Some(value),
            "url" => article.url = Some(value),
            "date" | "published" => article.date = Some(value.chars().take(10).collect()),
            "id" => article.doc = value,
            _ => {}
        }
    }
    // The body keeps its offsets: front matter is blanked, not removed, so that evidence
    // spans still point into the original file.
    let body_start = (4 + end + 4).min(text.len());
    let mut body: String = text[..body_start]
        .chars()
        .map(|c| if c == '\n' { '\n' } else { ' ' })
        .collect();
    body.push_str(&text[body_start..]);
    article.text = body;
    article
}

/// One line of a JSON-lines input read as bytes (`number` counts from 1), for readers
/// that stream a large file a line at a time.
pub fn json_line_bytes(
    name: &str,
    number: usize,
    line: &[u8],
) -> std::result::Result<Article, String> {
    if line.len() > MAX_INPUT_BYTES {
        return Err(format!(
            "{name}:{number}: a line of {} bytes is larger than the {} MiB limit",
            line.len(),
            MAX_INPUT_BYTES >> 20
        ));
    }
    let text = std::str::from_utf8(line).map_err(|error| {
        format!(
            "{name}:{number}: not valid UTF-8 (first bad byte at column {})",
            error.valid_up_to() + 1
        )
    })?;
    json_line(name, number, text.strip_prefix('\u{FEFF}').unwrap_or(text))
}

/// One line of a JSON-lines input (`number` counts from 1).
fn json_line(name: &str, number: usize, line: &str) -> std::result::Result<Article, String> {
    let json = serde_json::from_str::<JsonArticle>(line)
        .map_err(|error| format!("{name}:{number}: not a JSON article ({error})"))?;
    let (body, html) = match (json.text, json.html) {
        (Some(text), _) => (text, false),
        (None, Some(html)) => (html, true),
        (None, None) => return Err(format!("{name}:{number}: neither \"text\" nor \"html\"")),
    };
    if body.trim().is_empty() {
        return Err(format!("{name}:{number}: empty article"));
    }
    let doc = match json.id {
        Some(serde_json::Value::String(id)) => id,
        Some(other) => other.to_string(),
        None => format!("{name}:{number}"),
    };
    Ok(Article {
        doc,
        text: body,
        html,
        title: json.title,
        url: json.url,
        date: json.date,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_sets_metadata_and_keeps_offsets() {
        let text = "---\ntitle: T\ndate: 2022-07-28\n---\nRussia met China.";
        let (articles, _) = parse_input("a.txt", text.as_bytes(), false, &Overrides::default())
            .unwrap()
            .split();
        let article = &articles[0];
        assert_eq!(article.date.as_deref(), Some("2022-07-28"));
        assert_eq!(article.title.as_deref(), Some("T"));
        assert_eq!(article.text.len(), text.len());
        assert_eq!(article.text.find("Russia"), text.find("Russia"));
    }

    #[test]
    fn bad_inputs_are_refused_with_a_reason() {
        let none = Overrides::default();
        for (bytes, reason) in [
            (&b""[..], "empty"),
            (&b"\x00\x01\x02"[..], "binary"),
            (&b"caf\xe9 au lait"[..], "UTF-8"),
            (&b"   \n  "[..], "whitespace"),
        ] {
            let error = parse_input("x", bytes, false, &none)
                .err()
                .unwrap()
                .to_string();
            assert!(error.contains(reason), "{error}");
        }
        let (articles, errors) = parse_input(
            "x.jsonl",
            b"{\"text\":\"A.\"}\nnot json\n{\"id\":7}\n",
            true,
            &none,
        )
        .unwrap()
        .split();
        assert_eq!(articles.len(), 1);
        assert_eq!(errors.len(), 2);
    }
}
