//! Pattern queries: conjunctions of triple patterns such as
//! `?c member_of SCO . ?c friendly_with Russia`, with variables, constants resolved like
//! every other name, and filters. Patterns are joined in a greedy order — at each step the
//! pattern with the most bound ends and the fewest candidate facts goes next — so that
//! joins extend a small set of bindings instead of building a cross product.

use crate::error::{Error, Result};
use crate::model::Relation;
use crate::store::{FactRef, Graph};
use std::collections::BTreeMap;

/// One end of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    Variable(String),
    /// A name as typed; resolved to an entity id before evaluation.
    Name(String),
    /// A resolved entity id.
    Entity(String),
}

/// `subject relation object`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    pub subject: Term,
    pub relation: Relation,
    pub object: Term,
}

/// Options that restrict which facts match.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Match negated facts instead of stated ones.
    pub negated: bool,
    pub min_evidence: usize,
}

/// A syntax error with the character column it points at.
fn syntax(query: &str, column: usize, message: &str) -> Error {
    Error::Query(format!(
        "column {}: {message}\n  {query}\n  {}^",
        column + 1,
        " ".repeat(column)
    ))
}

/// Splits a query into tokens with their columns; quoted names are one token.
fn tokens(query: &str) -> Result<Vec<(usize, String)>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = query.char_indices().collect();
    let mut index = 0;
    while index < chars.len() {
        let (at, c) = chars[index];
        if c.is_whitespace() {
            index += 1;
            continue;
        }
        let column = query[..at].chars().count();
        if c == '"' || c == '\'' {
            let close = chars[index + 1..].iter().position(|&(_, other)| other == c);
            let Some(close) = close else {
                return Err(syntax(query, column, "unclosed quote"));
            };
            let text: String = chars[index + 1..index + 1 + close]
                .iter()
                .map(|&(_, c)| c)
                .collect();
            out.push((column, format!("\"{text}")));
            index += close + 2;
            continue;
        }
        let mut end = index;
        while end < chars.len() && !chars[end].1.is_whitespace() {
            end += 1;
        }
        let word: String = chars[index..end].iter().map(|&(_, c)| c).collect();
        out.push((column, word));
        index = end;
    }
    Ok(out)
}

fn term(text: &str, column: usize, query: &str) -> Result<Term> {
    if let Some(name) = text.strip_prefix('?') {
        if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '_') {
            return Err(syntax(
                query,
                column,
                "a variable is ? followed by letters, digits or _",
            ));
        }
        return Ok(Term::Variable(name.to_string()));
    }
    Ok(Term::Name(text.trim_start_matches('"').to_string()))
}

/// Parses `TERM RELATION TERM ( . TERM RELATION TERM )*`.
pub fn parse(query: &str) -> Result<Vec<Pattern>> {
    let tokens = tokens(query)?;
    if tokens.is_empty() {
        return Err(Error::Query(
            "empty query; write patterns like '?c member_of SCO'".into(),
        ));
    }
    let mut patterns = Vec::new();
    for group in tokens.split(|(_, token)| token == ".") {
        let end_column = query.chars().count();
        match group {
            [
                (subject_at, subject),
                (relation_at, relation),
                (object_at, object),
            ] => {
                let relation: Relation = relation.parse().map_err(|_| {
                    let closest = Relation::names()
                        .max_by(|a, b| {
                            strsim::jaro_winkler(a, relation)
                                .total_cmp(&strsim::jaro_winkler(b, relation))
                        })
                        .unwrap_or("member_of");
                    syntax(
                        query,
                        *relation_at,
                        &format!("unknown relation '{relation}' (did you mean {closest}?)"),
                    )
                })?;
                patterns.push(Pattern {
                    subject: term(subject, *subject_at, query)?,
                    relation,
                    object: term(object, *object_at, query)?,
                });
            }
            [] => {
                return Err(syntax(
                    query,
                    end_column,
                    "expected a pattern (subject relation object)",
                ));
            }
            [.., (at, _)] if group.len() < 3 => {
                return Err(syntax(
                    query,
                    *at,
                    "a pattern needs three parts: subject relation object",
                ));
            }
            [_, _, _, (at, _), ..] => {
                return Err(syntax(
                    query,
                    *at,
                    "expected '.' between patterns (quote names with spaces)",
                ));
            }
            _ => return Err(syntax(query, end_column, "malformed pattern")),
        }
    }
    Ok(patterns)
}

/// One answer: a value for every variable, and the facts that support it.
pub struct Answer<'g> {
    pub bindings: BTreeMap<String, String>,
    pub facts: Vec<FactRef<'g>>,
}

fn value<'a>(term: &'a Term, bindings: &'a BTreeMap<String, String>) -> Option<&'a str> {
    match term {
        Term::Entity(id) => Some(id),
        Term::Variable(name) => bindings.get(name).map(String::as_str),
        Term::Name(_) => None,
    }
}

/// Facts that could match a pattern given the bindings so far.
fn candidates<'g>(
    graph: &'g Graph,
    pattern: &Pattern,
    bindings: &BTreeMap<String, String>,
    filters: &Filters,
) -> Vec<FactRef<'g>> {
    let subject = value(&pattern.subject, bindings);
    let object = value(&pattern.object, bindings);
    let pool = match (subject, object) {
        (Some(id), _) | (None, Some(id)) => graph.facts_of(id),
        (None, None) => graph.facts(),
    };
    pool.into_iter()
        .filter(|fact| fact.relation() == pattern.relation && fact.negated() == filters.negated)
        .filter(|fact| fact.evidence_count() >= filters.min_evidence.max(1))
        .filter(|fact| {
            orientations(fact, pattern.relation)
                .any(|(s, o)| subject.is_none_or(|id| id == s) && object.is_none_or(|id| id == o))
        })
        .collect()
}

/// The (subject, object) readings of a fact: both ways for symmetric relations.
fn orientations<'g>(
    fact: &FactRef<'g>,
    relation: Relation,
) -> impl Iterator<Item = (&'g str, &'g str)> {
    let forward = (fact.subject().id.as_str(), fact.object().id.as_str());
    let backward = (forward.1, forward.0);
    std::iter::once(forward).chain(relation.is_symmetric().then_some(backward))
}

fn bound_count(pattern: &Pattern, bindings: &BTreeMap<String, String>) -> usize {
    usize::from(value(&pattern.subject, bindings).is_some())
        + usize::from(value(&pattern.object, bindings).is_some())
}

/// Evaluates resolved patterns (every `Term::Name` replaced by `Term::Entity`).
pub fn evaluate<'g>(graph: &'g Graph, patterns: &[Pattern], filters: &Filters) -> Vec<Answer<'g>> {
    let mut answers = vec![Answer {
        bindings: BTreeMap::new(),
        facts: Vec::new(),
    }];
    let mut remaining: Vec<&Pattern> = patterns.iter().collect();
    while !remaining.is_empty() && !answers.is_empty() {
        // Greedy join order, judged on the first partial answer (all share their bound
        // variables): most bound ends first, then fewest candidate facts.
        let probe = &answers[0].bindings;
        let (position, _) = remaining
            .iter()
            .enumerate()
            .map(|(position, pattern)| {
                let cost = candidates(graph, pattern, probe, filters).len();
                (
                    position,
                    (std::cmp::Reverse(bound_count(pattern, probe)), cost),
                )
            })
            .min_by_key(|(_, key)| *key)
            .unwrap_or((0, (std::cmp::Reverse(0), 0)));
        let pattern = remaining.remove(position);
        let mut next = Vec::new();
        for answer in answers {
            for fact in candidates(graph, pattern, &answer.bindings, filters) {
                for (subject, object) in orientations(&fact, pattern.relation) {
                    let mut bindings = answer.bindings.clone();
                    let mut consistent = true;
                    for (term, id) in [(&pattern.subject, subject), (&pattern.object, object)] {
                        match term {
                            Term::Variable(name) => match bindings.get(name) {
                                Some(bound) if bound != id => consistent = false,
                                Some(_) => {}
                                None => {
                                    bindings.insert(name.clone(), id.to_string());
                                }
                            },
                            Term::Entity(constant) => consistent &= constant == id,
                            Term::Name(_) => consistent = false,
                        }
                    }
                    if consistent {
                        let mut facts = answer.facts.clone();
                        facts.push(fact);
                        next.push(Answer { bindings, facts });
                    }
                }
            }
        }
        answers = next;
    }
    answers.sort_by(|a, b| a.bindings.cmp(&b.bindings));
    answers.dedup_by(|a, b| a.bindings == b.bindings);
    answers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_parse_and_errors_point_at_the_problem() {
        let patterns = parse("?c member_of SCO . ?c friendly_with \"Russian Federation\"").unwrap();
        assert_eq!(patterns.len(), 2);
        assert_eq!(patterns[1].object, Term::Name("Russian Federation".into()));
        let error = parse("?c member_of SCO . ?c frendly_with Russia")
            .unwrap_err()
            .to_string();
        assert!(
            error.contains(
                "column 23: unknown relation 'frendly_with' (did you mean friendly_with?)"
            ),
            "{error}"
        );
        assert!(
            error
                .lines()
                .last()
                .unwrap()
                .ends_with(&format!("{}^", " ".repeat(22)))
        );
        assert!(
            parse("?c member_of")
                .unwrap_err()
                .to_string()
                .contains("three parts")
        );
        assert!(
            parse("?c member_of United States")
                .unwrap_err()
                .to_string()
                .contains("quote names")
        );
    }
}
