//! Terminal safety: untrusted text (names and sentences scraped from the web) is stripped
//! of control characters and bidirectional overrides before it reaches a terminal, so an
//! article cannot move the cursor, recolour the screen or reorder what a reader sees.

/// Removes control, bidi and zero-width formatting characters; newlines and tabs become
/// spaces.
pub fn for_terminal(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200B}'..='\u{200F}'
            | '\u{FEFF}' => None,
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// Shortens text to at most `limit` characters, marking the cut with an ellipsis.
pub fn shorten(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_string();
    }
    let mut out: String = text.chars().take(limit.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_bidi_characters_are_removed() {
        assert_eq!(
            for_terminal("Rus\u{1b}[31msia\u{202E}\nChina"),
            "Rus[31msia China"
        );
        assert_eq!(shorten("abcdef", 4), "abc…");
    }
}
