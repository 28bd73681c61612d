//! Cleaning: from raw input (plain text or HTML) to the article's prose. It drops page
//! chrome and boilerplate lines (advertisements, promos, captions, timestamps, share
//! lines, pasted related-story headlines), normalises quotes, dashes and whitespace, and
//! keeps a map from every position of the cleaned text back to the raw input, so that
//! evidence spans point at the original bytes.

use regex::bytes::{RegexSet, RegexSetBuilder};

/// Maps byte offsets of a derived text back to byte offsets of the text it came from.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    /// (derived byte, source byte) at the start of each piece; within a piece the two
    /// advance together.
    anchors: Vec<(usize, usize)>,
}

impl OffsetMap {
    fn push(&mut self, derived: usize, source: usize) {
        if self
            .anchors
            .last()
            .is_some_and(|&(last, _)| last == derived)
        {
            self.anchors.pop();
        }
        self.anchors.push((derived, source));
    }

    /// The source offset of a derived offset.
    pub fn map(&self, derived: usize) -> usize {
        let at = self.anchors.partition_point(|&(start, _)| start <= derived);
        if at == 0 {
            return derived;
        }
        let (start, source) = self.anchors[at - 1];
        let mapped = source + (derived - start);
        match self.anchors.get(at) {
            Some(&(_, next_source)) => mapped.min(next_source.max(source)),
            None => mapped,
        }
    }
}

/// Builds a derived text piece by piece while recording where each piece came from.
#[derive(Default)]
struct Builder {
    text: String,
    map: OffsetMap,
    /// The city of a dateline dropped from the first paragraph.
    dateline: Option<String>,
}

impl Builder {
    /// Copies source text verbatim (in chunks, so that look-ups stay cheap).
    fn copy(&mut self, piece: &str, source: usize) {
        self.map.push(self.text.len(), source);
        self.text.push_str(piece);
    }

    /// Writes replacement text standing for the source text at `source`.
    fn replace(&mut self, replacement: &str, source: usize, source_len: usize) {
        self.map.push(self.text.len(), source);
        self.text.push_str(replacement);
        self.map.push(self.text.len(), source + source_len);
    }
}

/// Metadata found in an HTML page's head.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    /// The city of the dateline opening the report ("RIYADH, Feb 18 (Reuters) -").
    pub dateline: Option<String>,
}

/// The cleaned prose of an article.
#[derive(Debug, Clone)]
pub struct Cleaned {
    pub text: String,
    maps: Vec<OffsetMap>,
    pub meta: PageMeta,
}

impl Cleaned {
    /// The raw input byte offset of a cleaned-text byte offset.
    pub fn original_offset(&self, offset: usize) -> usize {
        self.maps.iter().rev().fold(offset, |at, map| map.map(at))
    }
}

/// The longest line the boilerplate patterns are tried on.
const MAX_BOILERPLATE_LINE: usize = 300;

/// Lines that are never prose, as regexes matched case-insensitively against a whole
/// trimmed line. Kept as data (`data/boilerplate.txt`).
pub struct Boilerplate {
    set: RegexSet,
}

impl Boilerplate {
    pub fn parse(text: &str) -> Result<Self, String> {
        let patterns: Vec<String> = text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .map(|line| format!("(?i)^(?:{line})$"))
            .collect();
        let set = RegexSetBuilder::new(&patterns)
            .unicode(false)
            .build()
            .map_err(|error| format!("boilerplate pattern: {error}"))?;
        Ok(Boilerplate { set })
    }

    /// Boilerplate lines are short; a long line is prose and is not scanned.
    fn is_boilerplate(&self, line: &str) -> bool {
        line.len() <= MAX_BOILERPLATE_LINE && self.set.is_match(line.as_bytes())
    }
}

/// Cleans an input. `html` selects the HTML reader.
pub fn clean(raw: &str, html: bool, boilerplate: &Boilerplate) -> Cleaned {
    let mut maps = Vec::new();
    let mut meta = PageMeta::default();
    let prose_source;
    let text = if html {
        let (builder, page) = html_to_text(raw);
        meta = page;
        maps.push(builder.map);
        prose_source = builder.text;
        prose_source.as_str()
    } else {
        raw
    };
    let builder = clean_lines(text, boilerplate);
    meta.dateline = builder.dateline;
    maps.push(builder.map);
    Cleaned {
        text: builder.text,
        maps,
        meta,
    }
}

/// Characters replaced during normalisation, and what replaces them.
fn normalise_char(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => "\"",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => "-",
        '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => " ",
        '\u{2026}' => "...",
        // Zero-width and formatting characters, bidi controls, soft hyphens, and the
        // brackets the extractor reserves for its slots vanish.
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{00AD}'
        | '\u{27EA}'
        | '\u{27EB}' => "",
        c if c.is_control() => "",
        _ => return None,
    })
}

const BULLETS: &[char] = &['•', '·', '▪', '●', '◦', '‣', '*', '-', '–', '—', '>'];

/// Normalises each line and drops the ones that are not prose.
fn clean_lines(text: &str, boilerplate: &Boilerplate) -> Builder {
    let mut out = Builder::default();
    let mut offset = 0;
    for line in text.split('\n') {
        let line_start = offset;
        offset += line.len() + 1;
        let trimmed_start = line.len() - line.trim_start().len();
        let mut body = line.trim();
        let mut body_start = line_start + trimmed_start;
        // Bullets are layout, not text.
        let without_bullet = body.trim_start_matches(BULLETS).trim_start();
        if without_bullet.len() != body.len() && !without_bullet.is_empty() {
            body_start += body.len() - without_bullet.len();
            body = without_bullet;
        }
        if body.is_empty() || boilerplate.is_boilerplate(body) || is_title_like(body) {
            continue;
        }
        // "VIENNA – Iran has ...": the dateline opening a report says where it was filed,
        // not who acted; left in, it would read as the sentence's first actor.
        let dateline = if out.text.is_empty() {
            dateline_length(body)
        } else {
            0
        };
        if dateline > 0 {
            let city = body[..dateline]
                .split([',', '(', '-', '\u{2013}', '\u{2014}'])
                .next()
                .unwrap_or("")
                .trim();
            // ("BEIJING/TAIPEI, Nov 26 -": filed from two places, so from neither.)
            out.dateline = (!city.is_empty() && !city.contains('/')).then(|| city.to_string());
        }
        body_start += dateline;
        body = &body[dateline..];
        if !out.text.is_empty() {
            out.replace("\n", line_start.saturating_sub(1), 1);
        }
        normalise_into(&mut out, body, body_start);
    }
    out
}

/// Writes one line's text, normalising characters and collapsing spaces.
fn normalise_into(out: &mut Builder, body: &str, base: usize) {
    let bytes = body.as_bytes();
    let mut run_start = 0;
    let mut previous_space = false;
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        // Printable ASCII other than space and backtick is kept as it is: the common case,
        // decided without decoding a character.
        let plain = byte > b' ' && byte < 0x7f && byte != b'`';
        let c = if plain || byte < 0x80 {
            char::from(byte)
        } else {
            body[at..]
                .chars()
                .next()
                .unwrap_or(char::REPLACEMENT_CHARACTER)
        };
        let replacement = if plain { None } else { normalise_char(c) };
        let is_space = c == ' ' || replacement == Some(" ");
        if replacement.is_some() || (is_space && previous_space) {
            if run_start < at {
                out.copy(&body[run_start..at], base + run_start);
            }
            run_start = at + c.len_utf8();
            if !(is_space && previous_space)
                && let Some(replacement) = replacement
            {
                out.replace(replacement, base + at, c.len_utf8());
            }
        } else if at - run_start >= 512 {
            // Long verbatim runs get fresh anchors so that offset look-ups stay cheap.
            out.copy(&body[run_start..at], base + run_start);
            run_start = at;
        }
        previous_space = is_space;
        at += c.len_utf8();
    }
    if run_start < body.len() {
        out.copy(&body[run_start..], base + run_start);
    }
}

/// The length of a dateline opening a paragraph: a city in capitals, optionally a
/// country or state, a date and a news agency in brackets, then a spaced dash ("VIENNA – ",
/// "AHMEDABAD, India – ", "GENEVA (Reuters) - ", "NEW DELHI, June 20 (Reuters) - ").
fn dateline_length(line: &str) -> usize {
    static DATELINE: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,3}(?:/[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,3}){0,3}(?:, [A-Z][A-Za-z'.]+(?: [A-Z][A-Za-z'.]+){0,3})?(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?)?(?: \([A-Za-z ]+\))? ?(?:--|[-\u{2013}\u{2014}]) ",
        )
        .ok()
    });
    DATELINE
        .as_ref()
        .and_then(|dateline| dateline.find(line))
        .filter(|found| found.end() < line.len())
        .map_or(0, |found| found.end())
}

/// A line that reads like a headline rather than prose: no sentence-final punctuation.
/// Such lines (titles, section labels, pasted related-story headlines) yield no facts.
fn is_title_like(line: &str) -> bool {
    let last = line.trim_end().chars().last();
    !matches!(
        last,
        Some('.' | '!' | '?' | '"' | '\'' | ':' | ')' | '\u{201D}' | '\u{2019}' | ';')
    )
}

/// Elements whose whole content is page chrome or code.
const SKIPPED: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "iframe",
    "figcaption",
    "head",
];

/// Words in a `class` or `id` that mark page chrome rather than the article: reader
/// comments, share bars, newsletter and cookie boxes, advertising, related stories. A
/// container whose class or id has one of them as a part ("comments", "share-bar",
/// "related_stories") is skipped with everything in it.
const CHROME_CLASSES: &[&str] = &[
    "comment",
    "comments",
    "disqus",
    "newsletter",
    "cookie",
    "cookies",
    "consent",
    "advert",
    "advertisement",
    "ads",
    "promo",
    "subscribe",
    "subscription",
    "paywall",
    "related",
    "recommended",
    "trending",
    "outbrain",
    "taboola",
    "share",
    "sharing",
    "social",
    "breadcrumb",
    "breadcrumbs",
    "sidebar",
];

/// Whether a start tag's class or id names page chrome (never for the article itself).
fn is_chrome(tag: &str, name: &str) -> bool {
    // Void elements have no closing tag to end a skip.
    !matches!(
        name,
        "html"
            | "body"
            | "main"
            | "article"
            | "img"
            | "input"
            | "br"
            | "hr"
            | "meta"
            | "link"
            | "source"
            | "area"
            | "base"
            | "col"
            | "embed"
            | "param"
            | "track"
            | "wbr"
    ) && ["class", "id"].iter().any(|key| {
        attribute(tag, key).is_some_and(|value| {
            value
                .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
                .any(|part| {
                    CHROME_CLASSES
                        .iter()
                        .any(|chrome| part.eq_ignore_ascii_case(chrome))
                })
        })
    })
}

/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "blockquote",
    "main",
    "figure",
    "hr",
    "dd",
    "dt",
    "pre",
];

/// Extracts the text of an HTML page, iteratively (deep nesting costs no stack).
fn html_to_text(raw: &str) -> (Builder, PageMeta) {
    let mut out = Builder::default();
    let mut meta = PageMeta::default();
    let bytes = raw.as_bytes();
    let mut at = 0;
    let mut skip: Option<(String, usize)> = None;
    let mut text_start = 0;
    let flush = |out: &mut Builder, from: usize, to: usize, skipping: bool| {
        if !skipping && from < to {
            decode_entities_into(out, &raw[from..to], from);
        }
    };
    while at < bytes.len() {
        if bytes[at] != b'<' {
            at += 1;
            continue;
        }
        flush(&mut out, text_start, at, skip.is_some());
        if raw[at..].starts_with("<!--") {
            at = raw[at..]
                .find("-->")
                .map_or(bytes.len(), |end| at + end + 3);
            text_start = at;
            continue;
        }
        let tag_end = raw[at..].find('>').map_or(bytes.len(), |end| at + end + 1);
        let tag = &raw[at..tag_end];
        let closing = tag.starts_with("</");
        let name: String = tag
            .trim_start_matches('<')
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        at = tag_end;
        text_start = at;
        if name == "title" && !closing && meta.title.is_none() {
            let end = find_ci(raw, at, "</title").unwrap_or(at);
            let title = decode_entities(&raw[at..end]);
            let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
            if !title.is_empty() {
                meta.title = Some(title);
            }
        }
        if name == "meta" {
            read_meta(tag, &mut meta);
        }
        if name == "time"
            && meta.date.is_none()
            && let Some(value) = attribute(tag, "datetime")
        {
            meta.date = value.get(..10).map(str::to_string);
        }
        if let Some((skipped, depth)) = &mut skip {
            if name == *skipped && !tag.ends_with("/>") {
                if closing {
                    *depth -= 1;
                    if *depth == 0 {
                        skip = None;
                    }
                } else {
                    *depth += 1;
                }
            }
            continue;
        }
        if !closing
            && !tag.ends_with("/>")
            && !name.is_empty()
            && !SKIPPED.contains(&name.as_str())
            && is_chrome(tag, &name)
        {
            skip = Some((name, 1));
            continue;
        }
        if !closing && SKIPPED.contains(&name.as_str()) && !tag.ends_with("/>") {
            if matches!(name.as_str(), "script" | "style") {
                // Their content is not HTML: jump to the closing tag.
                let end = find_ci(raw, at, &format!("</{name}")).unwrap_or(bytes.len());
                at = end;
                text_start = end;
            } else {
                skip = Some((name, 1));
            }
            continue;
        }
        if BLOCKS.contains(&name.as_str()) && !out.text.ends_with('\n') && !out.text.is_empty() {
            out.replace("\n", at.saturating_sub(1), 0);
        }
    }
    flush(&mut out, text_start, bytes.len(), skip.is_some());
    (out, meta)
}

fn find_ci(haystack: &str, from: usize, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    haystack.as_bytes()[from..]
        .windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle))
        .map(|at| from + at)
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let lower = tag.to_ascii_lowercase();
    let mut search = 0;
    while let Some(found) = lower[search..].find(name) {
        let at = search + found;
        search = at + name.len();
        let rest = tag[at + name.len()..].trim_start();
        if let Some(value) = rest.strip_prefix('=') {
            let value = value.trim_start();
            let quote = value.chars().next()?;
            if quote == '"' || quote == '\'' {
                let inner = &value[1..];
                return inner.find(quote).map(|end| &inner[..end]);
            }
            return value.split(|c: char| c.is_whitespace() || c == '>').next();
        }
    }
    None
}

fn read_meta(tag: &str, meta: &mut PageMeta) {
    let key = attribute(tag, "property")
        .or_else(|| attribute(tag, "name"))
        .unwrap_or("")
        .to_ascii_lowercase();
    let Some(content) = attribute(tag, "content") else {
        return;
    };
    let content = decode_entities(content);
    match key.as_str() {
        "og:title" if meta.title.is_none() => meta.title = Some(content),
        "og:url" if meta.url.is_none() => meta.url = Some(content),
        "article:published_time" | "date" | "dc.date" | "pubdate" if meta.date.is_none() => {
            meta.date = content.get(..10).map(str::to_string)
        }
        _ => {}
    }
}

fn decode_entities(text: &str) -> String {
    let mut builder = Builder::default();
    decode_entities_into(&mut builder, text, 0);
    builder.text
}

/// Copies HTML text, decoding character references and turning newlines into spaces.
fn decode_entities_into(out: &mut Builder, text: &str, base: usize) {
    let mut run_start = 0;
    let mut at = 0;
    let bytes = text.as_bytes();
    while at < bytes.len() {
        let byte = bytes[at];
        if byte == b'\n' || byte == b'\r' {
            out.copy(&text[run_start..at], base + run_start);
            out.replace(" ", base + at, 1);
            at += 1;
            run_start = at;
            continue;
        }
        if byte == b'&'
            && let Some(length) = text[at..].find(';').filter(|&length| length <= 10)
        {
            let name = &text[at + 1..at + length];
            if let Some(decoded) = entity(name) {
                out.copy(&text[run_start..at], base + run_start);
                let mut buffer = [0u8; 4];
                out.replace(decoded.encode_utf8(&mut buffer), base + at, length + 1);
                at += length + 1;
                run_start = at;
                continue;
            }
        }
        at += 1;
    }
    if run_start < text.len() {
        out.copy(&text[run_start..], base + run_start);
    }
}

fn entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let value = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(value).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{00A0}',
        "lsquo" => '\u{2018}',
        "rsquo" => '\u{2019}',
        "ldquo" => '\u{201C}',
        "rdquo" => '\u{201D}',
        "ndash" => '\u{2013}',
        "mdash" => '\u{2014}',
        "hellip" => '\u{2026}',
        "eacute" => 'é',
        "egrave" => 'è',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "auml" => 'ä',
        "ccedil" => 'ç',
        "ocirc" => 'ô',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_are_not_part_of_the_sentence() {
        assert_eq!(
            dateline_length("VIENNA \u{2013} Iran has suspended"),
            "VIENNA \u{2013} ".len()
        );
        assert_eq!(
            dateline_length("AHMEDABAD, India - Australian"),
            "AHMEDABAD, India - ".len()
        );
        assert_eq!(
            dateline_length("GENEVA (Reuters) - Talks"),
            "GENEVA (Reuters) - ".len()
        );
        assert_eq!(
            dateline_length("NEW DELHI, June 20 (Reuters) - Indian"),
            "NEW DELHI, June 20 (Reuters) - ".len()
        );
        assert_eq!(
            dateline_length("TIANJIN, China, Sept 1 (Reuters) - Xi"),
            "TIANJIN, China, Sept 1 (Reuters) - ".len()
        );
        assert_eq!(
            dateline_length("JERUSALEM/TEHRAN - Israel launched"),
            "JERUSALEM/TEHRAN - ".len()
        );
        assert_eq!(dateline_length("Russia-Ukraine talks resumed."), 0);
        assert_eq!(dateline_length("Iran - which denies it - said"), 0);
    }

    fn boilerplate() -> Boilerplate {
        Boilerplate::parse("advertisement\n\\d{1,2}:\\d{2}\n.*\\bphoto: .{1,60}").unwrap()
    }

    #[test]
    fn boilerplate_and_headlines_are_dropped_and_offsets_map_back() {
        let raw = "Advertisement\nRail growth slows as firms steer clear\n01:04\nA caption. Photo: AFP\n\u{201C}Friends\u{201D}  say   Russia \u{2013} China.";
        let cleaned = clean(raw, false, &boilerplate());
        assert_eq!(cleaned.text, "\"Friends\" say Russia - China.");
        let at = cleaned.text.find("Russia").unwrap();
        let original = cleaned.original_offset(at);
        assert_eq!(&raw[original..original + 6], "Russia");
        let end = cleaned.original_offset(cleaned.text.len());
        assert_eq!(end, raw.len());
    }

    #[test]
    fn html_keeps_article_paragraphs_and_drops_chrome() {
        let raw = "<html><head><title>T &amp; U</title><meta property=\"article:published_time\" content=\"2023-05-01T10:00\"></head><body><nav><ul><li>Home.</li></ul></nav><script>var x = '<p>no</p>';</script><p>India joined.</p><div><div><p>Iran &amp; Iraq met.</p></div></div><footer>Footer text.</footer></body></html>";
        let cleaned = clean(raw, true, &boilerplate());
        assert_eq!(cleaned.text, "India joined.\nIran & Iraq met.");
        assert_eq!(cleaned.meta.title.as_deref(), Some("T & U"));
        assert_eq!(cleaned.meta.date.as_deref(), Some("2023-05-01"));
        let at = cleaned.text.find("Iraq").unwrap();
        let original = cleaned.original_offset(at);
        assert_eq!(&raw[original..original + 4], "Iraq");
    }

    #[test]
    fn reader_comments_and_share_bars_are_chrome() {
        let raw = "<body><div class=\"share-bar\"><p>Share on X.</p></div><img class=\"social-icon\" src=\"x.png\"><p>India joined.</p><section class=\"comments\"><div class=\"comment\"><div><p>Russia attacked Poland.</p></div></div></section><p>Iran met.</p></body>";
        assert_eq!(
            clean(raw, true, &boilerplate()).text,
            "India joined.\nIran met."
        );
    }

    #[test]
    fn deeply_nested_html_does_not_overflow() {
        let raw = format!(
            "{}<p>Deep text.</p>{}",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        assert_eq!(clean(&raw, true, &boilerplate()).text, "Deep text.");
    }
}
