//! Recognition: finds mentions in a tokenised sentence — gazetteer entities (names,
//! adjectives, capitals, seats of government), roles, persons named next to a role,
//! persons already introduced in the article, and referring phrases ("the two sides",
//! "the bloc", "the attack", "its"). It does not decide what a mention refers to; that is
//! linking.

use super::HashMap;
use super::cues::Cues;
use super::gazetteer::{Form, Gazetteer, Target, fold};
use std::ops::Range;

/// What a stretch of tokens is, before linking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Raw {
    Entity {
        entity: usize,
        form: Form,
    },
    Ambiguous {
        candidates: Vec<usize>,
        other_sense: bool,
    },
    /// A role by gazetteer index; `None` is "counterpart", the role of the other person.
    Role(Option<usize>),
    /// A person named in the text who is not in the gazetteer.
    NewPerson {
        name: String,
    },
    /// A later, shorter mention of a person introduced earlier in the article.
    ArticlePerson {
        id: String,
    },
    /// "the two sides" (countries) or "the two ministers" (persons); `opening` phrases
    /// ("the leaders") mean the pair only as a sentence's subject.
    Pair {
        persons: bool,
        opening: bool,
    },
    /// "the three countries", "the five military-led governments": the latest list of
    /// that many countries.
    Group {
        size: usize,
    },
    /// "the bloc", "the organisation".
    Organisation,
    /// "the attack", "the invasion": the aggressor of the article's last attack.
    Event,
    /// "its": the nearest actor.
    Its,
    /// "the move", "the decision": whoever did the latest act the article reports.
    Act,
    /// "the remarks", "the statement": whoever spoke in the sentences just before.
    Remarks,
    /// "the proposal", "the offer": whoever spoke just before, as the author of what was put
    /// forward; rejecting it opposes them, where rejecting remarks rebuts them.
    Proposal,
    /// "he", "she": the nearest person (of the pronoun's gender, where it has one and the
    /// person's is known).
    PersonPronoun {
        object: bool,
        gender: Option<crate::ingest::gazetteer::Gender>,
    },
    /// "they": the states of a list that is the subject of the sentence or of the one
    /// before.
    PluralPronoun,
    /// "his government", "her country": the state of the nearest person. `relative` for
    /// "whose country", which still opens a relative clause.
    PersonState {
        relative: bool,
    },
    /// "the Gulf state", "the Central Asian nation": the latest country named that the
    /// description fits (gazetteer indices of the countries it may mean).
    Described {
        countries: Vec<usize>,
    },
    /// "the Baltic states", "the Nordic countries": every member of a fixed group.
    Members {
        countries: Vec<usize>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub tokens: Range<usize>,
    pub raw: Raw,
}

/// Capitalised words that begin sentences or titles but are never names.
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "On",
    "In",
    "At",
    "For",
    "But",
    "And",
    "He",
    "She",
    "It",
    "They",
    "We",
    "His",
    "Her",
    "Their",
    "This",
    "That",
    "Speaking",
    "After",
    "Before",
    "Meanwhile",
    "However",
    "Afterwards",
    "Afterward",
    "Later",
    "Earlier",
    "Separately",
    "Elsewhere",
    "Instead",
    "Also",
    "Then",
    "Today",
    "Yesterday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    // Time zones of live-blog stamps ("11:20 CET Trump and Zelensky met").
    "GMT",
    "UTC",
    "CET",
    "CEST",
    "EET",
    "EEST",
    "BST",
    "EST",
    "EDT",
    "ET",
    "CST",
    "CDT",
    "PST",
    "PDT",
    "PT",
    "IST",
    "PKT",
    "JST",
    "KST",
    "MSK",
    "AEST",
    "AEDT",
    "HKT",
    "SGT",
    "WIB",
    "GST",
];

fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    first.is_uppercase()
        && word
            .chars()
            .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
        && !NOT_NAMES.contains(&word)
}

/// Finds the mentions of one sentence. `article_people` maps folded name parts of persons
/// introduced earlier in the article to their ids.
/// `words` are the sentence's tokens as written and `folded` the same tokens folded.
pub fn recognise(
    words: &[&str],
    folded: &[&str],
    gazetteer: &Gazetteer,
    cues: &Cues,
    article_people: &HashMap<String, String>,
) -> Vec<Mention> {
    let mut mentions = Vec::new();
    let mut index = 0;
    while index < words.len() {
        // Punctuation starts no name and no phrase.
        if !words[index].starts_with(char::is_alphanumeric) {
            index += 1;
            continue;
        }
        // Referring phrases are lower case in prose ("the organisation"); "the
        // Organization of American States" is a name.
        if let Some((length, raw)) = cues.phrase_at(&folded[index..]).filter(|(length, raw)| {
            words[index + 1..index + length]
                .iter()
                .all(|word| !word.chars().next().is_some_and(char::is_uppercase))
                // "the two Koreas": a name follows, and the words only count it.
                && !(matches!(raw, Raw::Pair { .. })
                    && words
                        .get(index + length)
                        .is_some_and(|next| is_name_word(next)))
                // "the two companies", "the two-day summit": a bare "the two" before a
                // hyphen or a noun of things counts something else ("the two delegations"
                // are the pair).
                && !(matches!(raw, Raw::Pair { .. })
                    && folded[index + length - 1] == "two"
                    && folded
                        .get(index + length)
                        .is_some_and(|next| *next == "-" || cues.not_parties.iter().any(|word| word == next)))
                // "The leaders agreed ..." opens its sentence; "met the leaders of Qatar and
                // Egypt" and "welcomed the leaders to a dinner" name others.
                && !(matches!(raw, Raw::Pair { opening: true, .. })
                    && (index > 0 || folded.get(index + length) == Some(&"of")))
                // "the first of its kind", "on its own": idioms, not a possessor.
                && !(matches!(raw, Raw::Its)
                    && (folded.get(index + length) == Some(&"kind")
                        || folded.get(index + length) == Some(&"own")
                            && index > 0
                            && folded[index - 1] == "on"))
                // "Vice Premier He Lifeng": a capitalised pronoun before a name is a surname
                // (a pronoun is followed by a verb in lower case).
                && !(matches!(raw, Raw::PersonPronoun { .. })
                    && words[index].starts_with(char::is_uppercase)
                    && words
                        .get(index + length)
                        .is_some_and(|next| is_name_word(next) && next.len() > 2))
                // "the decision to open talks", "the move by Japan", "the arrest in Paris":
                // the act is named here ("the decision in a joint statement" is not).
                && !(matches!(raw, Raw::Act | Raw::Remarks | Raw::Proposal)
                    && folded.get(index + length).is_some_and(|next| {
                        matches!(*next, "to" | "by" | "of" | "against")
                            // (But "rejected the proposal on Tuesday" refers back.)
                            || *next == "on"
                                && !folded
                                    .get(index + length + 1)
                                    .is_some_and(|day| day.ends_with("day"))
                            || matches!(*next, "in" | "at")
                                && words
                                    .get(index + length + 1)
                                    .is_some_and(|after| is_name_word(after))
                    }))
        }) {
            mentions.push(Mention {
                tokens: index..index + length,
                raw,
            });
            index += length;
            continue;
        }
        if let Some((length, raw)) = group_at(gazetteer, words, folded, index) {
            mentions.push(Mention {
                tokens: index..index + length,
                raw,
            });
            index += length;
            continue;
        }
        if let Some((length, raw)) = gazetteer_at(gazetteer, words, folded, index) {
            let after_mention = mentions
                .last()
                .is_some_and(|mention: &Mention| mention.tokens.end == index);
            // "Khalid bin Salman bin Abdulaziz" is not King Salman bin Abdulaziz: a known
            // name after a patronymic ends another's name.
            let patronymic = index > 1
                && matches!(folded[index - 1], "bin" | "bint" | "ibn")
                && is_name_word(words[index - 2])
                && matches!(&raw, Raw::Entity { entity, .. }
                    if gazetteer.entity(*entity).kind == crate::model::EntityKind::Person);
            let other = if patronymic {
                Some(Someone::Patronymic)
            } else if length == 1 {
                lone_surname_of_another(
                    gazetteer,
                    (words, folded),
                    index,
                    &raw,
                    article_people,
                    after_mention,
                )
            } else {
                None
            };
            // "the U.N. cultural agency", "a UN-backed fund": some other body, whose name
            // the gazetteer does not know, is meant, not the United Nations.
            let other_body = matches!(&raw, Raw::Entity { entity, .. }
                if gazetteer.entity(*entity).id == "UN")
                && (1..=3).any(|gap| {
                    folded[index + length..].get(gap).is_some_and(|word| {
                        matches!(
                            *word,
                            "agency"
                                | "agencies"
                                | "watchdog"
                                | "programme"
                                | "program"
                                | "fund"
                                | "body"
                                | "tribunal"
                        )
                    }) && folded[index + length..index + length + gap]
                        .iter()
                        .all(|word| word.chars().all(|c| c.is_alphabetic() || c == '\''))
                });
            // "the Taiwan Strait", "the South China Sea": a place named after a state.
            let feature = matches!(&raw, Raw::Entity { entity, .. }
                if gazetteer.entity(*entity).kind == crate::model::EntityKind::Country)
                && folded
                    .get(index + length)
                    .is_some_and(|next| cues.features.phrase_len_at(&[next]) == Some(1));
            if other_body || feature {
                index += length;
                continue;
            }
            // "Prince Faisal bin Farhan Al Saud", "Sheikh Mishal al-Ahmad al-Jaber al-Sabah":
            // family names after a known person's name are part of it.
            let length = if matches!(&raw, Raw::Entity { entity, .. }
                if gazetteer.entity(*entity).kind == crate::model::EntityKind::Person)
            {
                let mut length = length;
                loop {
                    let at = index + length;
                    if !matches!(words.get(at), Some(&("Al" | "al" | "bin" | "bint" | "ibn"))) {
                        break;
                    }
                    let hyphen = usize::from(words.get(at + 1) == Some(&"-"));
                    if !words
                        .get(at + 1 + hyphen)
                        .is_some_and(|next| is_name_word(next))
                    {
                        break;
                    }
                    length += 2 + hyphen;
                }
                length
            } else {
                length
            };
            match other {
                None => {
                    mentions.push(Mention {
                        tokens: index..index + length,
                        raw,
                    });
                    index += length;
                    continue;
                }
                // "Hunter Biden": a person of the article, remembered so that a later
                // "Biden" is this person too.
                // ("Arzu Rana Deuba": up to three given names.)
                Some(Someone::GivenNameBefore) => {
                    let mut start = index - 1;
                    while start > 0
                        && index - start < 3
                        && is_name_word(words[start - 1])
                        && !NAME_TITLES.contains(&words[start - 1])
                        && !NAME_PARTICLES.contains(&folded[start - 1])
                        && !gazetteer.ends_a_role(folded[start - 1])
                        && !super::time::is_calendar_word(folded[start - 1])
                        && !covered(&mentions, start - 1)
                    {
                        start -= 1;
                    }
                    mentions.push(Mention {
                        tokens: start..index + 1,
                        raw: Raw::NewPerson {
                            name: join_name(&words[start..index + 1]),
                        },
                    });
                    index += 1;
                    continue;
                }
                // "Khalid bin Salman bin Abdulaziz": the whole name is someone else's.
                Some(Someone::Patronymic) => {
                    let mut start = index - 1;
                    while start > 0
                        && index - start < 6
                        && !covered(&mentions, start - 1)
                        && (is_name_word(words[start - 1])
                            || NAME_PARTICLES.contains(&folded[start - 1]))
                    {
                        start -= 1;
                    }
                    while start < index && NAME_PARTICLES.contains(&folded[start]) {
                        start += 1;
                    }
                    let name_from = after_titles(words, start, index);
                    mentions.push(Mention {
                        tokens: start..index + length,
                        raw: Raw::NewPerson {
                            name: join_name(&words[name_from..index + length]),
                        },
                    });
                    index += length;
                    continue;
                }
                Some(Someone::Introduced | Someone::NameAfter) => {}
            }
        }
        // ("Xue Jian" after "Lin Jian": a given name before the surname names another
        // person.)
        let other_given_name =
            index > 1 && is_name_word(words[index - 1]) && !covered(&mentions, index - 1);
        if is_name_word(words[index])
            && let Some(id) = article_people.get(folded[index])
            && !words.get(index + 1).is_some_and(|next| is_name_word(next))
            && !other_given_name
        {
            mentions.push(Mention {
                tokens: index..index + 1,
                raw: Raw::ArticlePerson { id: id.clone() },
            });
        }
        index += 1;
    }
    let known = |raw: &Raw| {
        matches!(raw, Raw::Entity { entity, .. }
            if gazetteer.entity(*entity).kind == crate::model::EntityKind::Person)
    };
    find_new_persons(words, &mut mentions, known);
    find_listed_persons(words, &mut mentions, |raw| {
        known(raw) || matches!(raw, Raw::NewPerson { .. } | Raw::ArticlePerson { .. })
    });
    // A name an ellipsis cuts short ("met Iranian Foreign Minister Abbas...", a headline
    // trimmed to fit) names nobody: its person may be another of that first name.
    mentions.retain(|mention| {
        let cut = matches!(words.get(mention.tokens.end), Some(&("…" | "...")))
            || words
                .get(mention.tokens.end..mention.tokens.end + 3)
                .is_some_and(|next| next == [".", ".", "."]);
        !(cut
            && (known(&mention.raw)
                || matches!(
                    mention.raw,
                    Raw::NewPerson { .. } | Raw::ArticlePerson { .. }
                )))
    });
    mentions.sort_by_key(|mention| mention.tokens.start);
    // "hosted von der Leyen": the particles before a person's surname are part of the
    // mention, not words of the sentence.
    let mut free_from = 0;
    for mention in &mut mentions {
        let person = known(&mention.raw)
            || matches!(
                mention.raw,
                Raw::NewPerson { .. } | Raw::ArticlePerson { .. }
            );
        while person
            && mention.tokens.start > free_from
            && mention.tokens.start > 0
            && SURNAME_PARTICLES.contains(&folded[mention.tokens.start - 1])
        {
            mention.tokens.start -= 1;
        }
        free_from = free_from.max(mention.tokens.end);
    }
    mentions
}

/// Particles that open a surname ("von der Leyen", "da Silva") and, before a person's
/// mention, belong to it.
const SURNAME_PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "da", "dos", "das", "del", "della", "du", "bin", "ibn",
];

/// "the three countries", "the four military-led governments", "the three Sahel states":
/// "the", a number from three to ten, a few modifiers (lower-case words, or capitalised ones
/// that name no entity), and a noun for countries.
fn group_at(
    gazetteer: &Gazetteer,
    words: &[&str],
    folded: &[&str],
    index: usize,
) -> Option<(usize, Raw)> {
    const NUMBERS: &[&str] = &[
        "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    const NOUNS: &[&str] = &[
        "countries",
        "governments",
        "nations",
        "states",
        "juntas",
        "neighbours",
        "neighbors",
        "allies",
        "capitals",
        "members",
        "partners",
        "regimes",
        "leaders",
        "presidents",
        "ministers",
        "heads",
    ];
    if folded[index] != "the" {
        return None;
    }
    let size = NUMBERS
        .iter()
        .position(|number| folded.get(index + 1) == Some(number))?
        + 3;
    (index + 2..words.len().min(index + 8))
        // Words of a region may stand between ("the three Sahel states"), but not a
        // state's ("the three Russian ministers").
        .take_while(|&at| {
            words[at] == "-"
                || words[at].chars().next().is_some_and(|c| c.is_lowercase())
                || is_name_word(words[at]) && gazetteer_at(gazetteer, words, folded, at).is_none()
        })
        .find(|&at| NOUNS.contains(&folded[at]))
        .map(|noun| (noun + 1 - index, Raw::Group { size }))
}

fn gazetteer_at(
    gazetteer: &Gazetteer,
    words: &[&str],
    folded: &[&str],
    index: usize,
) -> Option<(usize, Raw)> {
    let longest = gazetteer
        .longest_from(folded[index])
        .min(words.len() - index);
    if longest == 0 {
        return None;
    }
    // The keys of every length, built once: each length's key is a prefix. The buffers
    // are reused across calls (this runs at every word that may open a name).
    thread_local! {
        static KEYS: std::cell::RefCell<KeyBuffers> =
            const { std::cell::RefCell::new((String::new(), String::new(), Vec::new())) };
    }
    KEYS.with(|keys| match keys.try_borrow_mut() {
        Ok(mut keys) => {
            let (folded_key, exact_key, ends) = &mut *keys;
            gazetteer_keys_at(
                gazetteer, words, folded, index, longest, folded_key, exact_key, ends,
            )
        }
        Err(_) => gazetteer_keys_at(
            gazetteer,
            words,
            folded,
            index,
            longest,
            &mut String::new(),
            &mut String::new(),
            &mut Vec::new(),
        ),
    })
}

/// Reused buffers for gazetteer keys: folded key, exact key, and the end of each length.
type KeyBuffers = (String, String, Vec<(usize, usize)>);

#[allow(clippy::too_many_arguments)]
fn gazetteer_keys_at(
    gazetteer: &Gazetteer,
    words: &[&str],
    folded: &[&str],
    index: usize,
    longest: usize,
    folded_key: &mut String,
    exact_key: &mut String,
    ends: &mut Vec<(usize, usize)>,
) -> Option<(usize, Raw)> {
    folded_key.clear();
    exact_key.clear();
    ends.clear();
    for at in index..index + longest {
        if at > index {
            folded_key.push(' ');
            exact_key.push(' ');
        }
        folded_key.push_str(folded[at]);
        exact_key.push_str(words[at]);
        ends.push((folded_key.len(), exact_key.len()));
    }
    for length in (1..=longest).rev() {
        let (folded_end, exact_end) = ends[length - 1];
        let key = &folded_key[..folded_end];
        let exact = &exact_key[..exact_end];
        let folded_targets = gazetteer.lookup(key);
        let targets = match folded_targets {
            Some(targets)
                if targets
                    .iter()
                    .any(|target| matches!(target, Target::Ambiguous { .. })) =>
            {
                targets
            }
            _ => match gazetteer.lookup_exact(exact) {
                Some(targets) => targets,
                None => match folded_targets {
                    Some(targets) => targets,
                    None => continue,
                },
            },
        };
        let capitalised = words[index]
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        let raw = match targets {
            // A posting names a place or a body: "ambassador to Washington", "ambassador to
            // the UN"; in "summoned the ambassador to protest" the "to" opens a purpose.
            [Target::Role(_)]
                if key.ends_with(" to")
                    && words.get(index + length).is_none_or(|next| {
                        !next.eq_ignore_ascii_case("the")
                            && !next.chars().next().is_some_and(char::is_uppercase)
                    }) =>
            {
                continue;
            }
            // "NATO chief Mark Rutte", "the Pentagon chief", "the agency's chief": a title
            // right after a name or a possessive; "the chief backer" is no title.
            [Target::Role(role)]
                if gazetteer.after_name_role(*role)
                    && !index.checked_sub(1).is_some_and(|before| {
                        is_name_word(words[before]) || matches!(words[before], "'s" | "’s")
                    }) =>
            {
                continue;
            }
            [Target::Role(role)] => Raw::Role(Some(*role)),
            // Descriptions are lower case in prose: "the Gulf state", "the emirate".
            // "the Gulf state of Qatar", "the Gulf state Qatar": the name follows, and the
            // words only describe it ("accusing the Gulf state of arming" still refers).
            [Target::Description(countries)]
                if index > 0
                    && folded[index - 1] == "the"
                    && !words
                        .get(index + length)
                        .is_some_and(|next| is_name_word(next))
                    && !(folded.get(index + length).is_some_and(|next| *next == "of")
                        && words
                            .get(index + length + 1)
                            .is_some_and(|next| is_name_word(next))) =>
            {
                Raw::Described {
                    countries: countries.clone(),
                }
            }
            // "the Baltic states", "the five Central Asian states": all of them; "several
            // Central Asian states", "two Baltic states": only some, so no one in particular.
            [Target::Members(countries)] => {
                const SOME: &[&str] = &[
                    "several",
                    "some",
                    "many",
                    "most",
                    "few",
                    "other",
                    "certain",
                    "various",
                    "individual",
                    "one",
                    "two",
                    "three",
                    "four",
                    "five",
                    "six",
                    "seven",
                    // ("both Nordic states" are two of the five.)
                    "both",
                ];
                const NUMBERS: &[&str] = &["two", "three", "four", "five", "six", "seven"];
                // The picking word may stand before "of the": "none of the Central Asian
                // states", "four of the five Central Asian states".
                let size = NUMBERS
                    .get(countries.len().wrapping_sub(2))
                    .copied()
                    .unwrap_or("");
                let start = if index > 0 && folded[index - 1] == size {
                    index - 1
                } else {
                    index
                };
                let picker = match start.checked_sub(3).map(|at| &folded[at..start]) {
                    Some([word, "of", "the"]) => Some(*word),
                    // Or before two coordinated groups: "several Nordic and Baltic
                    // countries".
                    Some([word, _, "and"]) if is_name_word(words[index - 2]) => Some(*word),
                    _ => index.checked_sub(1).map(|at| folded[at]),
                };
                let all = picker.is_none_or(|word| {
                    !(SOME.contains(&word)
                        || matches!(
                            word,
                            "none"
                                | "neither"
                                | "half"
                                | "majority"
                                | "minority"
                                | "handful"
                                | "rest"
                                | "remainder"
                                | "number"
                        ))
                        || NUMBERS.iter().position(|number| *number == word)
                            == Some(countries.len().wrapping_sub(2))
                        || word == "both" && countries.len() == 2
                });
                if !all {
                    continue;
                }
                Raw::Members {
                    countries: countries.clone(),
                }
            }
            // "West African leaders", "the West Bank": a one-word group name before
            // another capitalised word is part of a longer name.
            [Target::Entity { entity, .. }]
                if length == 1
                    && gazetteer.entity(*entity).kind == crate::model::EntityKind::Group
                    && words.get(index + 1).is_some_and(|next| is_name_word(next)) =>
            {
                continue;
            }
            // "the San José 1111 apartment": a city's name before a house number is a
            // street's.
            [
                Target::Entity {
                    form: Form::Capital | Form::Place,
                    ..
                },
            ] if words.get(index + length).is_some_and(|next| {
                next.len() >= 2 && next.bytes().all(|byte| byte.is_ascii_digit())
            }) =>
            {
                continue;
            }
            [Target::Entity { entity, form }] if capitalised => Raw::Entity {
                entity: *entity,
                form: *form,
            },
            // "Chad expelled the French ambassador": a country that is also a first name,
            // with no other name next to it ("Chad Smith", "Michael Jordan", "the Jordan
            // River"), is the country.
            [
                Target::Ambiguous {
                    candidates,
                    name_sense: true,
                    ..
                },
            ] if capitalised
                && candidates.len() == 1
                && !index
                    .checked_sub(1)
                    .is_some_and(|before| is_name_word(words[before]) && before > 0)
                && !words
                    .get(index + length)
                    .is_some_and(|next| is_name_word(next)) =>
            {
                Raw::Entity {
                    entity: candidates[0],
                    form: Form::Name,
                }
            }
            [
                Target::Ambiguous {
                    candidates,
                    other_sense,
                    ..
                },
            ] if capitalised => Raw::Ambiguous {
                candidates: candidates.clone(),
                other_sense: *other_sense,
            },
            several if capitalised && several.len() > 1 => Raw::Ambiguous {
                candidates: several
                    .iter()
                    .filter_map(|target| match target {
                        Target::Entity { entity, .. } => Some(*entity),
                        _ => None,
                    })
                    .collect(),
                other_sense: false,
            },
            _ => continue,
        };
        return Some((length, raw));
    }
    None
}

/// Persons named next to a role: "foreign minister Sergey Lavrov", "President Macron",
/// "Wang Yi, China's top diplomat".
fn find_new_persons(words: &[&str], mentions: &mut Vec<Mention>, known: impl Fn(&Raw) -> bool) {
    let roles: Vec<Range<usize>> = mentions
        .iter()
        .filter(|mention| matches!(mention.raw, Raw::Role(_)))
        .map(|mention| mention.tokens.clone())
        .collect();
    for role in roles {
        // After the role, or set off by a comma: "foreign minister Sergey Lavrov", "his
        // counterpart, James Marape,".
        // An envoy's posting may come between: "South Africa's ambassador to the United
        // States, Ebrahim Rasool,".
        let mut after_role = role.end;
        // The role may end with "to" itself ("ambassador to").
        let to = if words
            .get(role.end - 1)
            .is_some_and(|word| word.eq_ignore_ascii_case("to"))
        {
            Some(role.end)
        } else if words.get(role.end) == Some(&"to") {
            Some(role.end + 1)
        } else {
            None
        };
        if let Some(posting_at) = to
            && let Some(posting) = mentions.iter().find(|mention| {
                let at = posting_at + usize::from(words.get(posting_at) == Some(&"the"));
                mention.tokens.start == at && matches!(mention.raw, Raw::Entity { .. })
            })
            && (words.get(posting.tokens.end) == Some(&",")
                // ("U.S. Ambassador to Japan George Glass said")
                || words
                    .get(posting.tokens.end)
                    .is_some_and(|next| is_name_word(next))
                    && !covered(mentions, posting.tokens.end))
        {
            after_role = posting.tokens.end;
        }
        // So may the state the office is of, as read-outs write it: "Foreign Minister of
        // Cambodia Prak Sokhonn".
        if words.get(role.end) == Some(&"of")
            && let Some(state) = mentions.iter().find(|mention| {
                mention.tokens.start == role.end + 1 && matches!(mention.raw, Raw::Entity { .. })
            })
            && words
                .get(state.tokens.end)
                .is_some_and(|next| is_name_word(next))
            && !mentions
                .iter()
                .any(|mention| mention.tokens.start == state.tokens.end)
        {
            after_role = state.tokens.end;
        }
        // An office yet to come names its holder all the same: "President-elect José
        // Antonio Kast", "Prime Minister-designate Nawaf Salam".
        if words.get(after_role) == Some(&"-")
            && words.get(after_role + 1).is_some_and(|word| {
                word.eq_ignore_ascii_case("elect") || word.eq_ignore_ascii_case("designate")
            })
        {
            after_role += 2;
        }
        let comma = words.get(after_role) == Some(&",");
        let mut start = after_role + usize::from(comma);
        let titled = start;
        // Titles before the name are not part of it: "Defence Minister Prince Khalid bin
        // Salman", "its prime minister, Sheikh Mohammed".
        // But "Defence Minister Gen Nakatani": a short title before a lone surname is
        // the given name.
        while words
            .get(start)
            .is_some_and(|word| NAME_TITLES.contains(word))
            && !(words[start] == "Gen"
                && words.get(start + 1).is_some_and(|next| is_name_word(next))
                && !words.get(start + 2).is_some_and(|next| is_name_word(next)))
        {
            start += 1;
            // An abbreviated title keeps its dot: "Maj. Gen. Winthai Suvaree".
            if words.get(start) == Some(&".") {
                start += 1;
            }
        }
        let mut end = start;
        // "Environment Minister Marina Silva" after "Lula": a surname the article gave to
        // another person ends this name when the given name before it is not theirs.
        let mut absorbed = None;
        let mut nickname = 0..0;
        while end < words.len() && end - start < 6 + nickname.len() {
            // "Foreign Minister Seyed Abbas Araghchi": a given name before a known
            // person's name is theirs.
            // ("Antony J. Blinken": a middle initial is no given name.)
            if end > start
                && (start..end).filter(|&at| words[at] != ".").count() <= 2
                && let Some(person) = mentions
                    .iter_mut()
                    .find(|mention| mention.tokens.start == end && known(&mention.raw))
            {
                person.tokens.start = start;
                break;
            }
            if covered(mentions, end) {
                let given = words[start].to_lowercase();
                // (So does a title that is also a surname, "Amy Pope", at the name's end.)
                let other = mentions.iter().position(|mention| {
                    mention.tokens == (end..end + 1)
                        && match &mention.raw {
                            Raw::ArticlePerson { id } => {
                                !id.starts_with(&given.chars().take(3).collect::<String>())
                            }
                            Raw::Role(_) => {
                                !words.get(end + 1).is_some_and(|next| is_name_word(next))
                            }
                            _ => false,
                        }
                });
                if end > start && absorbed.is_none() && is_name_word(words[end]) && other.is_some()
                {
                    absorbed = other;
                    end += 1;
                    continue;
                }
                break;
            }
            if end > start
                && matches!(words[end], "\"" | "'")
                && words.get(end + 1).is_some_and(|next| is_name_word(next))
                && words.get(end + 2) == Some(&words[end])
                && words.get(end + 3).is_some_and(|next| is_name_word(next))
            {
                // A nickname in quotes: "Jorge 'Tuto' Quiroga".
                nickname = end..end + 3;
                end += 3;
            } else if words[end].chars().count() == 1
                && words[end].chars().all(char::is_uppercase)
                && words.get(end + 1) == Some(&".")
                && words.get(end + 2).is_some_and(|next| is_name_word(next))
            {
                // A middle initial: "Ferdinand R. Marcos Jr.".
                end += 2;
            } else if is_name_word(words[end]) {
                end += 1;
            } else if end > start
                && words[end] == "-"
                && words
                    .get(end + 1)
                    .is_some_and(|next| next.chars().all(char::is_alphabetic) && !next.is_empty())
                && end + 2 - start <= 6
            {
                // "Tien Chung-kwang", "Lee Jae-myung": a hyphenated given name.
                end += 2;
            } else if words[end].chars().count() == 1
                && words[end].chars().all(char::is_uppercase)
                && words.get(end + 1) == Some(&".")
            {
                end += 2;
            } else if end > start
                && NAME_PARTICLES.contains(&words[end])
                && (words.get(end + 1).is_some_and(|next| is_name_word(next))
                    // "Juan Ramon de la Fuente", "Ursula von der Leyen".
                    || words.get(end + 1).is_some_and(|next| NAME_PARTICLES.contains(next))
                        && words.get(end + 2).is_some_and(|next| is_name_word(next)))
            {
                end += 1;
            } else if particle_joined(words, end) && end > start && end + 3 - start <= 6 {
                // "Musaed al-Aiban", "Ahmed el-Tayeb".
                end += 3;
            } else {
                break;
            }
        }
        // Without a comma the name follows the role directly; with one, it must also be
        // closed by a comma or the sentence's end to be an apposition.
        let closed = !comma || matches!(words.get(end), None | Some(&",") | Some(&"."));
        // Particles and initials' dots do not count: "Juan Ramon de la Fuente".
        let name_words: Vec<&str> = (start..end)
            .filter(|at| !nickname.contains(at))
            .map(|at| words[at])
            .collect();
        let parts = name_words
            .iter()
            .filter(|word| !NAME_PARTICLES.contains(word) && **word != ".")
            .count();
        let long_enough = (name_words.len() >= 2 && (comma || parts <= 4))
            || (end - start == 1 && words[start].chars().count() >= 3 && !comma);
        if long_enough && closed && !covered(mentions, start) {
            // A middle initial is left out, as later mentions leave it: "Enrique A. Manalo"
            // is Enrique Manalo.
            let without_initials: Vec<&str> = name_words
                .iter()
                .enumerate()
                .filter(|&(at, word)| {
                    let initial = at > 0
                        && word.len() == 1
                        && word.chars().all(|c| c.is_ascii_uppercase())
                        && name_words.get(at + 1) == Some(&".");
                    let its_dot = *word == "."
                        && at > 1
                        && name_words[at - 1].len() == 1
                        && name_words[at - 1].chars().all(|c| c.is_ascii_uppercase());
                    !(initial || its_dot)
                })
                .map(|(_, word)| *word)
                .collect();
            let name = if without_initials.len() >= 2 {
                join_name(&without_initials)
            } else {
                join_name(&name_words)
            };
            if let Some(other) = absorbed {
                mentions.remove(other);
            }
            // The titles before the name are part of the mention, not of the name.
            mentions.push(Mention {
                tokens: titled..end,
                raw: Raw::NewPerson { name },
            });
            continue;
        }
        // Named to the role: "named Musalia Mudavadi as foreign minister", "appointed
        // Shinjiro Koizumi as his defence minister".
        if let Some(as_at) = (role.start.saturating_sub(3)..role.start)
            .rev()
            .find(|&at| words[at] == "as")
            && words[as_at + 1..role.start]
                .iter()
                .all(|word| matches!(*word, "his" | "her" | "its" | "the" | "new" | "a"))
        {
            let first = name_start_before(words, mentions, as_at);
            // ("named career diplomat Fernando Aramayo as foreign minister": a description
            // of up to three words in lower case may come first.)
            let verb_at = (first.saturating_sub(4)..first).rev().find(|&at| {
                matches!(
                    words[at],
                    "named"
                        | "appointed"
                        | "nominated"
                        | "picked"
                        | "chose"
                        | "tapped"
                        | "designated"
                ) && words[at + 1..first].iter().all(|word| {
                    word.bytes()
                        .all(|byte| byte.is_ascii_lowercase() || byte == b'-')
                })
            });
            if as_at - first >= 2 && verb_at.is_some() {
                mentions.push(Mention {
                    tokens: first..as_at,
                    raw: Raw::NewPerson {
                        name: join_name(&words[first..as_at]),
                    },
                });
                continue;
            }
        }
        // Taking the office: "Kwasi Kwarteng became Britain's finance minister", "Lars
        // Klingbeil becomes vice chancellor", at the start of a clause.
        let mut at = role.start;
        if at >= 2
            && words[at - 1] == "'s"
            && let Some(state) = mentions.iter().find(|mention| {
                mention.tokens.end == at - 1 && matches!(mention.raw, Raw::Entity { .. })
            })
        {
            at = state.tokens.start;
        }
        while at > 0
            && matches!(
                words[at - 1],
                "the" | "a" | "new" | "vice" | "deputy" | "acting"
            )
        {
            at -= 1;
        }
        if at > 0 && matches!(words[at - 1], "became" | "becomes") {
            let verb_at = at - 1;
            let first = name_start_before(words, mentions, verb_at);
            let opens = first == 0 || matches!(words[first - 1], "," | ";" | "and" | "\"" | "(");
            if opens && verb_at - first >= 2 && after_titles(words, first, verb_at) == first {
                mentions.push(Mention {
                    tokens: first..verb_at,
                    raw: Raw::NewPerson {
                        name: join_name(&words[first..verb_at]),
                    },
                });
                continue;
            }
        }
        // Before the role: "Name Surname, Russia's foreign minister".
        let Some(comma) = (role.start.saturating_sub(4)..role.start)
            .rev()
            .find(|&at| words[at] == ",")
        else {
            continue;
        };
        // "in the South China Sea, a State Department spokesman said": a place, not a name.
        if comma > 0 && NOT_PERSON_ENDINGS.contains(&words[comma - 1]) {
            continue;
        }
        let mut first = name_start_before(words, mentions, comma);
        // A rank or title before the name is not part of it: "Major General Mohammad
        // Bagheri, the chief of staff".
        while first > 0 && NAME_TITLES.contains(&words[first - 1]) && !covered(mentions, first - 1)
        {
            first -= 1;
        }
        let name_from = after_titles(words, first, comma);
        if comma - name_from >= 2 {
            mentions.push(Mention {
                tokens: first..comma,
                raw: Raw::NewPerson {
                    name: join_name(&words[name_from..comma]),
                },
            });
        }
    }
}

/// Whether a mention found so far covers the token at `at`.
fn covered(mentions: &[Mention], at: usize) -> bool {
    mentions.iter().any(|mention| mention.tokens.contains(&at))
}

/// Where a name that may open with titles ("Major General", "Royal Highness Prince")
/// starts, at `end` at the latest.
fn after_titles(words: &[&str], mut start: usize, end: usize) -> usize {
    while start < end && NAME_TITLES.contains(&words[start]) {
        start += 1;
    }
    start
}

/// Nouns that end the names of places, events and bodies, never of persons: "in the South
/// China Sea, a State Department spokesman said", "attended the China International Import
/// Expo, where he met Premier Li Qiang".
const NOT_PERSON_ENDINGS: &[&str] = &[
    "Sea",
    "Seas",
    "Strait",
    "Straits",
    "Ocean",
    "Gulf",
    "Bay",
    "River",
    "Lake",
    "Island",
    "Islands",
    "Peninsula",
    "Canal",
    "Mountains",
    "Desert",
    "Valley",
    "Region",
    "Province",
    "Square",
    "Street",
    "Palace",
    "Border",
    "Corridor",
    "Basin",
    "Coast",
    "Heights",
    "Strip",
    "Expo",
    "Forum",
    "Summit",
    "Conference",
    "Congress",
    "Council",
    "Assembly",
    "Parliament",
    "Committee",
    "Commission",
    "Agency",
    "Ministry",
    "Institute",
    "University",
    "Fund",
    "Bank",
    "Court",
    "Party",
    "Festival",
    "Games",
    "Dialogue",
    "Airport",
    "Museum",
    "Hospital",
];

/// Where a name of up to four words that ends just before `end` starts: name words no
/// mention covers yet ("Musalia Mudavadi" before "as foreign minister").
/// A hyphenated given name counts as one word: "Tien Chung-kwang", "Kim Min-seok".
fn name_start_before(words: &[&str], mentions: &[Mention], end: usize) -> usize {
    let mut first = end;
    let mut parts = 0;
    while first > 0 && parts < 4 && !covered(mentions, first - 1) {
        if is_name_word(words[first - 1]) {
            first -= 1;
        } else if first >= 3
            && words[first - 2] == "-"
            && words[first - 1].chars().all(char::is_lowercase)
            && is_name_word(words[first - 3])
            && !covered(mentions, first - 3)
            && !covered(mentions, first - 2)
        {
            first -= 3;
        } else {
            break;
        }
        parts += 1;
    }
    first
}

/// In a list of persons, an unknown name among known ones is a person too: "Penny Wong,
/// Winston Peters and Vivian Balakrishnan". The name must sit between two persons of the
/// list, or close a list of at least two ("Wong, Balakrishnan and Winston Peters").
fn find_listed_persons(
    words: &[&str],
    mentions: &mut Vec<Mention>,
    is_person: impl Fn(&Raw) -> bool,
) {
    let persons: Vec<Range<usize>> = mentions
        .iter()
        .filter(|mention| is_person(&mention.raw))
        .map(|mention| mention.tokens.clone())
        .collect();
    if persons.len() < 2 {
        return;
    }
    let person_ends_at = |end: usize| persons.iter().any(|range| range.end == end);
    let person_starts_at = |start: usize| persons.iter().any(|range| range.start == start);
    let separator = |at: usize| matches!(words.get(at), Some(&",") | Some(&"and"));
    let mut found = Vec::new();
    let mut index = 0;
    while index < words.len() {
        if covered(mentions, index) || !is_name_word(words[index]) {
            index += 1;
            continue;
        }
        let start = index;
        let mut end = index;
        while end < words.len()
            && end - start < 4
            && !covered(mentions, end)
            && (is_name_word(words[end])
                || (end > start
                    && NAME_PARTICLES.contains(&words[end])
                    && words.get(end + 1).is_some_and(|next| is_name_word(next)))
                || (end > start && particle_joined(words, end)))
        {
            end += if is_name_word(words[end]) || !particle_joined(words, end) {
                1
            } else {
                3
            };
        }
        index = end.max(start + 1);
        if end - start < 2 || start < 2 || !separator(start - 1) || !person_ends_at(start - 1) {
            continue;
        }
        let between = separator(end) && person_starts_at(end + 1);
        // "P1, P2 and Name": the person before "and" follows a comma after another person.
        let closes = words[start - 1] == "and"
            && persons
                .iter()
                .find(|range| range.end == start - 1)
                .is_some_and(|previous| {
                    previous.start >= 2
                        && words[previous.start - 1] == ","
                        && person_ends_at(previous.start - 1)
                });
        if between || closes {
            found.push(Mention {
                tokens: start..end,
                raw: Raw::NewPerson {
                    name: join_name(&words[start..end]),
                },
            });
        }
    }
    mentions.extend(found);
}

fn join_name(words: &[&str]) -> String {
    let mut name = String::new();
    let mut joined = false;
    for word in words {
        if *word == "." {
            name.push('.');
        } else if *word == "-" {
            name.push('-');
            joined = true;
        } else if std::mem::take(&mut joined) {
            name.push_str(word);
        } else {
            if !name.is_empty() {
                name.push(' ');
            }
            name.push_str(word);
        }
    }
    name
}

/// Why a known person's one-word alias names someone else here.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Someone {
    /// The article introduced another person under that name ("Diamantino Azevedo ...
    /// Azevedo said").
    Introduced,
    /// A given name stands just before it ("Hunter Biden", "Oil Minister Diamantino
    /// Azevedo").
    GivenNameBefore,
    /// The name follows a patronymic particle ("bin") of a longer name.
    Patronymic,
    /// The rest of the name follows ("Yoon Ho-jung", "Petro Poroshenko").
    NameAfter,
}

/// Whether a known person's one-word alias here names someone else, and why.
fn lone_surname_of_another(
    gazetteer: &Gazetteer,
    (words, folded): (&[&str], &[&str]),
    at: usize,
    raw: &Raw,
    article_people: &HashMap<String, String>,
    after_mention: bool,
) -> Option<Someone> {
    // Capitalised words that open sentences without being given names.
    const OPENERS: &[&str] = &[
        "when",
        "while",
        "after",
        "before",
        "as",
        "but",
        "and",
        "so",
        "then",
        "later",
        "now",
        "also",
        "meanwhile",
        "however",
        "yet",
        "still",
        "earlier",
        "separately",
        "there",
        "here",
        "if",
        "since",
        "though",
        "although",
        "because",
        "instead",
        "today",
        "yesterday",
        "for",
        "under",
        "with",
        "without",
        "from",
        "by",
        "to",
        "of",
        "in",
        "on",
        "at",
        "the",
        "a",
        "an",
        "this",
        "that",
        "his",
        "her",
        "their",
        "its",
        "both",
        "neither",
        "only",
        "even",
        "once",
        "unlike",
        "like",
        "against",
        "during",
        "until",
        "despite",
        "why",
        "how",
        "what",
        "who",
        "where",
        "did",
        "does",
        "do",
        "will",
        "would",
        "can",
        "could",
        "should",
        "has",
        "had",
        "is",
        "was",
        "mr",
        "mrs",
        "ms",
        "dr",
        "president",
        "premier",
        "minister",
        "chancellor",
        "former",
        "ex",
        "new",
        "veteran",
        "opposition",
        "rival",
        "critics",
        "supporters",
    ];
    // Words after a leader's name that make it an attribute ("the Trump administration").
    const ATTRIBUTES: &[&str] = &[
        "administration",
        "government",
        "cabinet",
        "era",
        "camp",
        "team",
        "campaign",
        "doctrine",
        "aides",
        "allies",
        "family",
        "organization",
        "organisation",
        "presidency",
    ];
    let Raw::Entity { entity, .. } = raw else {
        return None;
    };
    let known = gazetteer.entity(*entity);
    if known.kind != crate::model::EntityKind::Person {
        return None;
    }
    if article_people
        .get(folded[at])
        .is_some_and(|id| *id != known.id)
        && !folded
            .get(at + 1)
            .is_some_and(|next| ATTRIBUTES.contains(next))
    {
        return Some(Someone::Introduced);
    }
    if at > 0
        && !after_mention
        && is_name_word(words[at - 1])
        && !NAME_PARTICLES.contains(&folded[at - 1])
        && !NAME_TITLES.contains(&words[at - 1])
        && !gazetteer.ends_a_role(folded[at - 1])
        && !super::time::is_calendar_word(folded[at - 1])
        // An opener opens the sentence or what follows a colon, a quote or a dash
        // ("Analysis: What Trump's call means").
        && (at > 1 && !matches!(words[at - 2], ":" | "\"" | "(" | "-" | "—" | ";")
            || !OPENERS.contains(&folded[at - 1]))
    {
        return Some(Someone::GivenNameBefore);
    }
    if words.get(at + 1).is_some_and(|next| is_name_word(next))
        && !super::time::is_calendar_word(folded[at + 1])
        && !ATTRIBUTES.contains(&folded[at + 1])
    {
        return Some(Someone::NameAfter);
    }
    // "Yunus-Bek Yevkurov": a hyphenated given name.
    if words.get(at + 1) == Some(&"-")
        && words.get(at + 2).is_some_and(|next| is_name_word(next))
        && words.get(at + 3).is_some_and(|next| is_name_word(next))
    {
        return Some(Someone::NameAfter);
    }
    None
}

/// A particle joined to the next name word by a hyphen: "al-Aiban", "el-Sisi".
fn particle_joined(words: &[&str], at: usize) -> bool {
    NAME_PARTICLES.contains(&words[at])
        && words.get(at + 1) == Some(&"-")
        && words.get(at + 2).is_some_and(|next| is_name_word(next))
}

/// Particles inside names ("bin", "al", "da", "van"): never a name on their own.
const NAME_PARTICLES: &[&str] = &[
    "al", "el", "bin", "bint", "ibn", "abu", "da", "de", "del", "della", "der", "den", "di", "do",
    "dos", "das", "du", "la", "le", "van", "von", "y",
];

/// The folded name parts by which a person may be mentioned again later in an article:
/// "Lavrov", and two-letter surnames such as "Li" or "Xi", but not particles.
pub fn name_parts(name: &str) -> Vec<String> {
    fold(name)
        .split(' ')
        .filter(|part| part.chars().count() >= 2 && !NAME_PARTICLES.contains(part))
        .map(str::to_string)
        .collect()
}

/// Titles and honorifics that may open a name after a role: "the prime minister, Sheikh
/// Mohammed bin Abdulrahman Al Thani"; "the interim president, Colonel Assimi Goita".
const NAME_TITLES: &[&str] = &[
    "Sayyid",
    "Sheikh",
    "Sheikha",
    "Colonel",
    "General",
    "Gen",
    "Captain",
    "Admiral",
    "Dr",
    "Mr",
    "Mrs",
    "Ms",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Prince",
    "Princess",
    "Royal",
    "Highness",
    "Majesty",
    "Excellency",
    "King",
    "Queen",
    "Emir",
    "Crown",
    "Marshal",
    "Mullah",
    "Maulana",
    "Ayatollah",
    "Maj",
    "Lt",
    "Col",
    "Brig",
    "Adm",
    "Capt",
    "Cmdr",
    "Sgt",
    "Lieutenant",
    "Major",
    "Brigadier",
    "Cardinal",
    "Field",
    "Rear",
    "Air",
    "Archbishop",
    "Bishop",
    "Judge",
    "Justice",
];
