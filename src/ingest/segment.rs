//! Segmentation: cleaned text into sentences, and sentences into tokens. It knows about
//! abbreviations (U.S., Mr., Jan., No.), initials, decimals and closing quotes, so that a
//! full stop ends a sentence only where a reader would say it does.

use std::ops::Range;

/// A sentence: its byte range in the cleaned text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub range: Range<usize>,
}

/// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
    "gov", "sen", "rep", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr",
    "approx", "est", "dept", "univ", "fig", "vol", "pres", "amb", "rev", "hon", "mt", "ft", "e.g",
    "i.e", "a.m", "p.m",
];

/// Words that, after a dotted acronym such as "U.S.", show that a new sentence began.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "And",
    "In",
    "On",
    "This",
    "That",
    "These",
    "Those",
    "Its",
    "His",
    "Her",
    "Their",
    "There",
    "However",
    "Meanwhile",
    "On",
    "At",
    "After",
    "Before",
    "When",
];

/// Splits cleaned text into sentences. Paragraph breaks (newlines) always end one.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split('\n') {
        let line_start = offset;
        offset += line.len() + 1;
        split_line(line, line_start, &mut out);
    }
    out
}

fn split_line(line: &str, base: usize, out: &mut Vec<Sentence>) {
    let bytes = line.as_bytes();
    let mut start = 0;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        if matches!(byte, b'.' | b'!' | b'?') {
            // Take closing quotes and brackets with the sentence.
            let mut end = index + 1;
            while end < bytes.len() && matches!(bytes[end], b'"' | b'\'' | b')' | b']') {
                end += 1;
            }
            if end < bytes.len()
                && bytes[end] == b' '
                && starts_sentence(&line[end + 1..])
                && !is_abbreviation(line, start, index)
            {
                push(line, base, start, end, out);
                start = end + 1;
                index = end + 1;
                continue;
            }
            index = end;
            continue;
        }
        index += 1;
    }
    push(line, base, start, bytes.len(), out);
}

/// Bullets that set off the next item of a run-on list of briefs ("... to Kampala. • Ghana's
/// President ...").
const BULLETS: &[char] = &['•', '▪', '●', '*'];

fn push(line: &str, base: usize, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let piece = &line[start..end];
    // (A bullet opening the piece is no part of its sentence.)
    let opened = piece.trim_start().trim_start_matches(BULLETS).trim_start();
    let leading = piece.len() - opened.len();
    let trimmed = opened.trim_end();
    if !trimmed.is_empty() {
        let from = base + start + leading;
        out.push(Sentence {
            range: from..from + trimmed.len(),
        });
    }
}

/// Whether the text after a full stop begins like a sentence.
fn starts_sentence(rest: &str) -> bool {
    match rest.chars().next() {
        Some(first) => {
            first.is_uppercase()
                || first.is_ascii_digit()
                || matches!(first, '"' | '\'' | '(' | '[')
                || BULLETS.contains(&first)
        }
        None => false,
    }
}

/// Whether the full stop at `dot` belongs to an abbreviation or initial rather than ending
/// the sentence.
fn is_abbreviation(line: &str, sentence_start: usize, dot: usize) -> bool {
    if line.as_bytes()[dot] != b'.' {
        return false;
    }
    let before = &line[sentence_start..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .map_or(0, |at| at + 1);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    // A single capital letter is an initial ("S. Jaishankar").
    let mut chars = word.chars();
    if let (Some(first), None) = (chars.next(), chars.next())
        && first.is_uppercase()
    {
        return true;
    }
    // Dotted acronyms (U.S., U.N.) end a sentence only before a typical sentence opener.
    if word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.') {
        let next_word: String = line[dot + 1..]
            .trim_start_matches(['"', '\'', ')', ' '])
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        return !SENTENCE_STARTERS.contains(&next_word.as_str());
    }
    false
}

/// Whether the apostrophe at `at` starts a possessive "'s" that ends the word.
fn is_possessive(chars: &[(usize, char)], at: usize) -> bool {
    chars.get(at + 1).is_some_and(|&(_, next)| next == 's')
        && chars
            .get(at + 2)
            .is_none_or(|&(_, after)| !after.is_alphanumeric())
}

/// A token of a sentence: its byte range in the sentence text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub range: Range<usize>,
}

/// Splits a sentence into word and punctuation tokens. Dotted acronyms ("U.S.") are one
/// token; a possessive "'s" is a token of its own; hyphens separate words.
pub fn tokenize(text: &str) -> Vec<Token> {
    // The characters of each sentence go into one buffer per thread, reused: tokenising
    // is done for every sentence, and a fresh allocation each time showed in profiles.
    thread_local! {
        static CHARS: std::cell::RefCell<Vec<(usize, char)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    CHARS.with(|buffer| match buffer.try_borrow_mut() {
        Ok(mut chars) => {
            chars.clear();
            chars.extend(text.char_indices());
            tokenize_chars(text, &chars)
        }
        Err(_) => tokenize_chars(text, &text.char_indices().collect::<Vec<_>>()),
    })
}

fn tokenize_chars(text: &str, chars: &[(usize, char)]) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut index = 0;
    let end_of = |at: usize| chars.get(at).map_or(text.len(), |&(offset, _)| offset);
    while index < chars.len() {
        let (offset, c) = chars[index];
        if c.is_whitespace() {
            index += 1;
            continue;
        }
        if c.is_alphanumeric() {
            // Dotted acronym: letter, dot, letter, dot ...
            let mut probe = index;
            let mut letters = 0;
            while probe + 1 < chars.len()
                && chars[probe].1.is_alphabetic()
                && chars[probe + 1].1 == '.'
            {
                probe += 2;
                letters += 1;
            }
            if letters >= 2
                && !chars
                    .get(probe)
                    .is_some_and(|&(_, next)| next.is_alphanumeric())
            {
                tokens.push(Token {
                    range: offset..end_of(probe),
                });
                index = probe;
                continue;
            }
            let mut stop = index;
            while stop < chars.len() {
                let here = chars[stop].1;
                if here.is_alphanumeric() {
                    stop += 1;
                } else if here == '\''
                    && stop + 1 < chars.len()
                    && chars[stop + 1].1.is_alphabetic()
                    && stop > index
                    && !is_possessive(chars, stop)
                {
                    // Apostrophes inside names (O'Brien, d'Ivoire), but not a possessive 's.
                    stop += 2;
                } else if (here == '.' || here == ',')
                    && chars[stop - 1].1.is_ascii_digit()
                    && chars
                        .get(stop + 1)
                        .is_some_and(|&(_, next)| next.is_ascii_digit())
                {
                    // Decimals and thousands separators stay inside numbers.
                    stop += 2;
                } else {
                    break;
                }
            }
            tokens.push(Token {
                range: offset..end_of(stop),
            });
            index = stop;
            continue;
        }
        if c == '\''
            && chars.get(index + 1).is_some_and(|&(_, next)| next == 's')
            && !chars
                .get(index + 2)
                .is_some_and(|&(_, after)| after.is_alphanumeric())
        {
            tokens.push(Token {
                range: offset..end_of(index + 2),
            });
            index += 2;
            continue;
        }
        tokens.push(Token {
            range: offset..end_of(index + 1),
        });
        index += 1;
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|sentence| &text[sentence.range])
            .collect()
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_end_sentences() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Mr. Lavrov met the U.S. envoy. He left.",
                &["Mr. Lavrov met the U.S. envoy.", "He left."],
            ),
            (
                "Growth was 3.5 per cent. Exports fell.",
                &["Growth was 3.5 per cent.", "Exports fell."],
            ),
            (
                "Indian minister S. Jaishankar spoke on Jan. 5 at No. 10.",
                &["Indian minister S. Jaishankar spoke on Jan. 5 at No. 10."],
            ),
            (
                "He said: \"We trust each other.\" Wang agreed.",
                &["He said: \"We trust each other.\"", "Wang agreed."],
            ),
            (
                "Talks with the U.S. The meeting ended.",
                &["Talks with the U.S.", "The meeting ended."],
            ),
            ("First line\nSecond line.", &["First line", "Second line."]),
        ];
        for (text, expected) in cases {
            assert_eq!(split(text), *expected, "{text}");
        }
    }

    #[test]
    fn a_bullet_after_a_full_stop_opens_the_next_brief() {
        assert_eq!(
            split("Kenya and Uganda signed a deal to Kampala. • Ghana's president met him."),
            [
                "Kenya and Uganda signed a deal to Kampala.",
                "Ghana's president met him."
            ]
        );
    }

    #[test]
    fn tokens_split_possessives_and_keep_acronyms() {
        let text = "Russia's U.S.-backed 3.5 Côte d'Ivoire Russian-Chinese";
        let words: Vec<&str> = tokenize(text)
            .into_iter()
            .map(|token| &text[token.range])
            .collect();
        assert_eq!(
            words,
            [
                "Russia", "'s", "U.S.", "-", "backed", "3.5", "Côte", "d'Ivoire", "Russian", "-",
                "Chinese"
            ]
        );
    }
}
