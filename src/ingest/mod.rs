//! Ingestion: from article bytes to evidenced facts. A pure function of (article,
//! knowledge): no file system, no network, no clock, so re-ingesting is idempotent and a
//! corpus can be extracted in parallel anywhere.
//!
//! Stages, one module each: `input` (front matter, JSON lines, HTML detection) → `clean`
//! → `segment` → `recognise` (with `gazetteer` and `cues`) → `link` → `extract` (rules)
//! with `time` resolving dates.

pub mod clean;
pub mod cues;
pub mod extract;
pub mod gazetteer;
pub mod input;
pub mod link;
pub mod recognise;
pub mod segment;
pub mod time;

use crate::error::Result;
use crate::model::{Entity, EntityKind, EntityRef, Fact, FactEvidence, Source};
use sha2::{Digest, Sha256};

/// The hash map of the pipeline: hashing short keys (ids, folded words) is on the hot
/// path, and nothing here is keyed by untrusted input large enough for flooding to matter
/// more than speed (foldhash is seeded per process).
pub type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
pub type HashSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

pub use input::{Article, parse_input};

/// Sentences longer than this are not read.
pub const MAX_SENTENCE_BYTES: usize = 4000;

/// The content hash used as a source id: 16 hex digits of SHA-256.
pub fn content_id(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest[..8]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Everything the extractor knows: gazetteer, cue words, rules, boilerplate lines.
pub struct Knowledge {
    pub gazetteer: gazetteer::Gazetteer,
    pub cues: cues::Cues,
    pub rules: extract::Rules,
    pub boilerplate: clean::Boilerplate,
}

const BOILERPLATE: &str = include_str!("../../data/boilerplate.txt");

impl Knowledge {
    /// The built-in knowledge from `data/`.
    pub fn builtin() -> Result<Self> {
        Ok(Knowledge {
            gazetteer: gazetteer::Gazetteer::builtin()?,
            cues: cues::Cues::builtin()?,
            rules: extract::Rules::builtin()?,
            boilerplate: clean::Boilerplate::parse(BOILERPLATE)
                .map_err(crate::error::Error::Rules)?,
        })
    }
}

/// The facts of one article, with the source they came from and the entities they need.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub source: Source,
    pub facts: Vec<Fact>,
    pub entities: Vec<Entity>,
    pub sentences: usize,
}

/// Counts characters up to byte offsets that mostly increase, without rescanning.
struct CharCounter<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl CharCounter<'_> {
    fn at(&mut self, byte: usize) -> usize {
        let byte = floor_char_boundary(self.text, byte.min(self.text.len()));
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Extracts the facts of one article.
pub fn extract_article(article: &Article, knowledge: &Knowledge) -> Extraction {
    let cleaned = clean::clean(&article.text, article.html, &knowledge.boilerplate);
    let source = Source {
        id: content_id(article.text.as_bytes()),
        doc: article.doc.clone(),
        title: article.title.clone().or_else(|| cleaned.meta.title.clone()),
        url: article.url.clone().or_else(|| cleaned.meta.url.clone()),
        date: article.date.clone().or_else(|| cleaned.meta.date.clone()),
    };
    let published = source.date.as_deref().and_then(time::Date::parse);
    // "RIYADH, Feb 18 - ...": where the report was filed, for the meetings of its lede.
    let dateline_place = cleaned
        .meta
        .dateline
        .as_deref()
        .and_then(|city| knowledge.gazetteer.place_named(city))
        .map(str::to_string);
    // The dateline's country, one of the signals for an official's unnamed state.
    let dateline_country = dateline_place
        .as_deref()
        .and_then(|place| knowledge.gazetteer.country_id_of_place(place))
        .map(str::to_string);
    let sentences = segment::sentences(&cleaned.text);
    // Recognition needs the persons introduced before each sentence, so it runs in
    // order; ambiguity needs the whole article, so linking waits for a first pass.
    let mut context = link::Context::default();
    context.when = published.map(gazetteer::Period::of_date);
    let mut recognised = Vec::with_capacity(sentences.len());
    for sentence in &sentences {
        let text = &cleaned.text[sentence.range.clone()];
        // A "sentence" this long is not prose (a data dump, a page without punctuation):
        // it is skipped so that time and memory stay bounded.
        if text.len() > MAX_SENTENCE_BYTES {
            recognised.push((Vec::new(), Vec::new(), Vec::new()));
            continue;
        }
        let words: Vec<&str> = segment::tokenize(text)
            .into_iter()
            .map(|token| &text[token.range])
            .collect();
        let folded: Vec<std::borrow::Cow<'_, str>> = words
            .iter()
            .map(|word| gazetteer::fold_token(word))
            .collect();
        let folded_words: Vec<&str> = folded.iter().map(|word| word.as_ref()).collect();
        let mentions = recognise::recognise(
            &words,
            &folded_words,
            &knowledge.gazetteer,
            &knowledge.cues,
            &context.people,
        );
        for mention in &mentions {
            match &mention.raw {
                recognise::Raw::Entity { entity, .. } => {
                    context.plain_mentions.insert(*entity);
                    if let Some(country) = knowledge.gazetteer.country_of_place(*entity) {
                        context.plain_mentions.insert(country);
                    }
                    let known = knowledge.gazetteer.entity(*entity);
                    if known.kind == EntityKind::Person {
                        // A known official names the state they served that year: "Jordan's
                        // Ayman Safadi" settles which Jordan is meant.
                        if let Some(office) =
                            knowledge.gazetteer.office_at(*entity, None, context.when)
                        {
                            context.plain_mentions.insert(office);
                        }
                        for part in recognise::name_parts(&known.name) {
                            context
                                .people
                                .entry(part)
                                .or_insert_with(|| known.id.clone());
                        }
                    }
                }
                recognise::Raw::NewPerson { name } => {
                    let id = gazetteer::slug(name);
                    for part in recognise::name_parts(name) {
                        context.people.entry(part).or_insert_with(|| id.clone());
                    }
                }
                _ => {}
            }
        }
        recognised.push((words, folded, mentions));
    }
    let mut facts = Vec::new();
    let mut counter = CharCounter {
        text: &article.text,
        byte: 0,
        chars: 0,
    };
    // Rule writers can see each linked sentence on stderr (DIPLOGRAPH_DEBUG=1); read once,
    // not per sentence.
    let debug = std::env::var_os("DIPLOGRAPH_DEBUG").is_some();
    // "the move" means an act of the last few sentences, no further back.
    // Who spoke in which sentence, for "the remarks" in the next two.
    let mut recent_speakers: Vec<(usize, Vec<String>)> = Vec::new();
    for (sentence_number, (sentence, (words, folded, mentions))) in
        sentences.iter().zip(&recognised).enumerate()
    {
        let text = &cleaned.text[sentence.range.clone()];
        // "The remarks" are those of the one speaker of the last three sentences, or of
        // the one state that several speakers serve ("Lavrov said ... Peskov added");
        // of speakers of different states, nobody can tell which.
        recent_speakers.retain(|(said_in, _)| sentence_number - said_in <= 3);
        let speaker = match recent_speakers.as_slice() {
            [(_, first), rest @ ..] if rest.iter().all(|(_, other)| other == first) => {
                Some(first.clone())
            }
            [] => None,
            speakers => {
                let states: Vec<Option<String>> = speakers
                    .iter()
                    .map(|(_, said)| match said.as_slice() {
                        [one] if context.is_country(one) => Some(one.clone()),
                        [one] => link::state_of(&context, &knowledge.gazetteer, one),
                        _ => None,
                    })
                    .collect();
                match states.as_slice() {
                    [Some(first), rest @ ..]
                        if rest.iter().all(|other| other.as_ref() == Some(first)) =>
                    {
                        Some(vec![first.clone()])
                    }
                    _ => None,
                }
            }
        };
        context.set_last_speaker(speaker);
        context.age_last_act();
        context.note_armed_group(
            folded
                .iter()
                .any(|word| knowledge.cues.armed_groups.contains(word.as_ref() as &str)),
        );
        if mentions.is_empty() {
            continue;
        }
        let folded: Vec<&str> = folded.iter().map(|word| word.as_ref()).collect();
        let organisation_before = context.organisation();
        // The first actor of the sentences before, for an official's unnamed state.
        let actor_before = context.last_actor.clone();
        // The first person of the sentences before, for "His national security adviser".
        let subject_before = context.previous_subject().cloned();
        let linked = link::link(
            words,
            &folded,
            mentions,
            &knowledge.gazetteer,
            &knowledge.cues,
            &mut context,
        );
        // Who spoke, for a later "the remarks"; who acted alone ("fired a missile"), for a
        // later "the launch" when the sentence has no act of two parties.
        // Who struck when the sentence names no target ("Israel struck Hamas leaders in
        // Doha"): what "the strike" means next, unless an attack fact says otherwise.
        let linked_words = link::words_of(&linked);
        let [speakers, solo_actors, attacker_by_verb] = link::actors_of(
            &linked,
            &linked_words,
            [
                &knowledge.cues.speech,
                &knowledge.cues.solo_acts,
                &knowledge.cues.solo_attacks,
            ],
            &knowledge.cues,
        );
        let solo_attacker = attacker_by_verb
            .clone()
            .or_else(|| link::attacker_named_by_noun(&linked, &linked_words, &knowledge.cues));
        if let Some(speakers) = speakers {
            recent_speakers.push((sentence_number, speakers));
        }
        // One actor may still be related to the organisation in focus: "Laos, which was
        // admitted as a dialogue partner last year, sent a delegation". (With no body
        // named here, the focus is the one from before.)
        let one_with_focus = linked.slots.len() == 1
            && matches!(linked.slots[0].kind, 'c' | 'p')
            && organisation_before.is_some();
        if linked.slots.len() < 2
            && !linked.slots.iter().any(|slot| slot.kind == 'L')
            && !one_with_focus
        {
            if let Some(actors) = solo_actors {
                context.set_last_act(
                    actors,
                    link::act_kind(&folded, &knowledge.cues),
                    sentence_number,
                );
            }
            if solo_attacker.is_some() {
                context.aggressor = solo_attacker;
            }
            continue;
        }
        context.remember_states_of_persons(&linked, &knowledge.gazetteer);
        let rendered = link::render(&linked);
        if debug {
            eprintln!(
                "{}",
                rendered
                    .replace(link::SLOT_START, "⟪")
                    .replace(link::SLOT_END, "⟫")
            );
        }

        let organisation_now = context.organisation();
        // The body an institution named or in focus belongs to ("the European Council"
        // decides for the Union), for the membership facts that name it in its place.
        for [child, parent] in &knowledge.cues.parent_bodies {
            let named = linked
                .slots
                .iter()
                .any(|slot| slot.entities.iter().any(|id| id == child));
            if named || organisation_now.as_deref() == Some(child.as_str()) {
                context.remember_id(&knowledge.gazetteer, parent);
            }
        }
        let offices = offices_in(
            &linked,
            knowledge,
            published,
            &mut context,
            dateline_country.as_deref(),
            actor_before.as_deref(),
            subject_before.as_ref(),
        );
        let bloc_now = context.bloc().map(str::to_string);
        let sentence_facts = extract::SentenceFacts {
            linked: &linked,
            rendered: &rendered,
            published,
            is_question: text
                .trim_end()
                .trim_end_matches(['"', '\'', ')'])
                .ends_with('?'),
            // An organisation the sentence refers back to ("The bloc was created by ...;
            // South Africa joined a year later") comes first.
            // Then the one organisation the sentence names ("BRICS has expanded: Egypt,
            // Ethiopia, Iran and the United Arab Emirates joined in 2024").
            organisation_in_focus: linked
                .slots
                .iter()
                .find(|slot| slot.kind == 'o' && slot.anaphoric)
                .and_then(|slot| slot.entities.first())
                .map(String::as_str)
                // Then the one organisation the sentence names: any where it opens the
                // sentence; elsewhere a bloc ("Indonesia becomes the tenth member of BRICS,
                // after Egypt, Ethiopia, Iran and the United Arab Emirates joined last
                // year"), not an institution named in passing ("The UAE, a member of the
                // six-nation bloc, has sought to refer the dispute to the ICJ" keeps the
                // bloc before).
                .or_else(|| {
                    // (Not a body named as an example: "institutions such as the G7".)
                    let mut named = linked
                        .items
                        .iter()
                        .enumerate()
                        .filter_map(|(position, item)| match item {
                            link::Item::Slot(index)
                                if linked.slots[*index].kind == 'o'
                                    && !link::named_as_example(&linked.items, position) =>
                            {
                                Some(&linked.slots[*index])
                            }
                            _ => None,
                        })
                        .flat_map(|slot| slot.entities.iter());
                    let first = named.next()?;
                    let opens = linked
                        .items
                        .iter()
                        .find_map(|item| match item {
                            link::Item::Slot(index) => Some(&linked.slots[*index]),
                            link::Item::Word(_) => None,
                        })
                        .is_some_and(|slot| {
                            slot.kind == 'o' && slot.entities.first() == Some(first)
                        });
                    ((opens || !knowledge.cues.institutions.contains(first))
                        && named.all(|other| other == first))
                    .then_some(first.as_str())
                })
                .or(organisation_before.as_deref())
                .or(organisation_now.as_deref()),
            bloc_in_focus: bloc_now.as_deref(),
            offices: &offices,
            gazetteer: &knowledge.gazetteer,
        };
        let found = extract::extract(
            &sentence_facts,
            &knowledge.rules,
            &knowledge.cues,
            &context.entities,
        );
        let is_reported_act = |fact: &extract::Found| {
            !fact.negated
                && (is_act(fact.relation) || knowledge.rules.is_act(&fact.rule))
                && !knowledge.rules.is_mention(&fact.rule)
        };
        if !found.iter().any(is_reported_act)
            && let Some(actors) = solo_actors
        {
            context.set_last_act(
                actors,
                link::act_kind(&folded, &knowledge.cues),
                sentence_number,
            );
        }
        if solo_attacker.is_some()
            && !found
                .iter()
                .any(|fact| !fact.negated && fact.relation == crate::model::Relation::Attacks)
        {
            context.aggressor = solo_attacker;
        }
        if found.is_empty() {
            continue;
        }
        // The actors of the sentence's first act: what a later "the move" refers to.
        if let Some(act) = found.iter().find(|fact| is_reported_act(fact)) {
            let mut actors: Vec<String> = Vec::new();
            for fact in found
                .iter()
                .filter(|fact| fact.rule == act.rule && !fact.negated)
            {
                let ends = if fact.relation.is_symmetric() {
                    vec![&fact.subject, &fact.object]
                } else if knowledge.rules.is_granted(&fact.rule) {
                    vec![&fact.object]
                } else {
                    vec![&fact.subject]
                };
                for id in ends {
                    if !actors.contains(id) {
                        actors.push(id.clone());
                    }
                }
            }
            // (A sanction found is one whatever its verb: "was hit with an additional 25%
            // tariff by Washington".)
            let kind = if act.relation == crate::model::Relation::Sanctions {
                link::ActKind::Sanction
            } else {
                match link::act_kind(&folded, &knowledge.cues) {
                    link::ActKind::Sanction => link::ActKind::Other,
                    kind => kind,
                }
            };
            context.set_last_act(actors, kind, sentence_number);
        }
        // A meeting of two persons: "the two sides" in the next sentence means their states;
        // "the leaders", all who met.
        let meetings: Vec<&extract::Found> = found
            .iter()
            .filter(|fact| {
                fact.relation == crate::model::Relation::MetWith
                    && !fact.negated
                    && [&fact.subject, &fact.object].iter().all(|id| {
                        context
                            .entities
                            .get(id.as_str())
                            .is_some_and(|entity| entity.kind == EntityKind::Person)
                    })
            })
            .collect();
        let mut met: Vec<&String> = meetings
            .iter()
            .flat_map(|fact| [&fact.subject, &fact.object])
            .collect();
        met.sort_unstable();
        met.dedup();
        if let Some(meeting) = meetings.first() {
            let (first, second) = (meeting.subject.clone(), meeting.object.clone());
            context.note_meeting(&first, &second);
        }
        if met.len() >= 2 {
            context.note_meeting_group(met.into_iter().cloned().collect());
        }
        let original_start = cleaned.original_offset(sentence.range.start);
        // The end is mapped through the sentence's last character: the position after it
        // may belong to a line break standing for dropped lines.
        let last = floor_char_boundary(&cleaned.text, sentence.range.end.saturating_sub(1));
        let last_original = floor_char_boundary(
            &article.text,
            cleaned.original_offset(last).min(article.text.len()),
        );
        let original_end = last_original
            + article.text[last_original..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
        let start = counter.at(original_start) as u32;
        let end = counter.at(original_end.max(original_start)) as u32;
        // The aggressor of the sentence's first attack: the one whose attacker the sentence
        // names first (a noun phrase after it is often subordinate: "fired missiles at a
        // U.S. base in retaliation for American strikes on its sites", "carried out air
        // strikes on Iran in retaliation for Iran's attack on Israel"), rules that read a
        // verb before those that read a noun phrase when both name it at once.
        // All who took part in it: "Israel and the United States struck ...".
        let named_at = |id: &str| {
            linked
                .items
                .iter()
                .position(|item| {
                    matches!(item, link::Item::Slot(index)
                        if linked.slots[*index].entities.iter().any(|entity| entity == id))
                })
                .unwrap_or(usize::MAX)
        };
        if let Some(attack) = found
            .iter()
            .filter(|fact| fact.relation == crate::model::Relation::Attacks && !fact.negated)
            .min_by_key(|fact| named_at(&fact.subject))
        {
            let mut aggressors: Vec<String> = Vec::new();
            for fact in found
                .iter()
                .filter(|fact| fact.rule == attack.rule && fact.object == attack.object)
            {
                if !fact.negated && !aggressors.contains(&fact.subject) {
                    aggressors.push(fact.subject.clone());
                }
            }
            // An attack without a target state told first is the sentence's own, the
            // attack fact after it subordinate: "Iran fired 14 missiles at the base in
            // what it called retaliation for Sunday's U.S. strikes on its facilities".
            context.aggressor = match attacker_by_verb {
                Some(by_verb)
                    if by_verb
                        .first()
                        .is_some_and(|id| named_at(id) < named_at(&attack.subject)) =>
                {
                    Some(by_verb)
                }
                _ => Some(aggressors),
            };
        }
        for fact in found {
            // "the foreign secretary" later means the person introduced as such.
            if fact.relation == crate::model::Relation::OfficialOf
                && !fact.negated
                && fact.qualifiers.status.as_deref() != Some("former")
                && let Some(role) = &fact.qualifiers.role
            {
                let holders = context.role_holders.entry(role.clone()).or_default();
                if !holders.contains(&fact.subject) {
                    holders.push(fact.subject.clone());
                }
            }
            // "his government" later means the country this official serves.
            if fact.relation == crate::model::Relation::OfficialOf
                && !fact.negated
                && fact.qualifiers.status.as_deref() != Some("former")
                && context.is_country(&fact.object)
            {
                context
                    .person_country
                    .insert(fact.subject.clone(), fact.object.clone());
            }
            let (Some(subject), Some(object)) = (
                context.entities.get(&fact.subject),
                context.entities.get(&fact.object),
            ) else {
                continue;
            };
            // A meeting in the lede of a report with a dateline, told without a place or
            // a phone, took place where the report was filed.
            let mut qualifiers = fact.qualifiers;
            if fact.relation == crate::model::Relation::MetWith
                && matches!(qualifiers.status.as_deref(), Some("by phone" | "by video"))
            {
                qualifiers.location = None;
            }
            // Only in the first sentence, as its main clause ("... stunned after Trump met
            // Zelensky" tells of a meeting elsewhere), and only in a third country: a
            // report from one side's capital says nothing of where they met.
            let main_clause = || {
                let participant = linked.items.iter().position(|item| {
                    matches!(item, link::Item::Slot(index)
                        if linked.slots[*index].entities.iter().any(|id| *id == fact.subject || *id == fact.object))
                });
                participant.is_some_and(|first| {
                    !linked.items[..first].iter().any(|item| {
                        matches!(
                            item,
                            link::Item::Word(
                                "after"
                                    | "before"
                                    | "since"
                                    | "when"
                                    | "until"
                                    | "while"
                                    | "that"
                                    | "as"
                                    | "if"
                                    | "said"
                                    | ","
                            )
                        )
                    })
                })
            };
            let third_country = |place: &str| {
                let Some(host) = knowledge.gazetteer.country_id_of_place(place) else {
                    return false;
                };
                [&fact.subject, &fact.object].iter().all(|person| {
                    link::state_of(&context, &knowledge.gazetteer, person)
                        .is_some_and(|home| home != host)
                })
            };
            if fact.relation == crate::model::Relation::MetWith
                && sentence_number == 0
                && !fact.negated
                && qualifiers.location.is_none()
                && !qualifiers.expected
                && !knowledge.cues.remote.found_in(&rendered)
                && !linked.slots.iter().any(|slot| slot.place.is_some())
                && main_clause()
                && dateline_place.as_deref().is_some_and(third_country)
            {
                qualifiers.location = dateline_place.clone();
            }
            facts.push(Fact {
                subject: EntityRef::from(&**subject),
                relation: fact.relation,
                object: EntityRef::from(&**object),
                negated: fact.negated,
                qualifiers,
                evidence: FactEvidence {
                    source: source.id.clone(),
                    doc: source.doc.clone(),
                    title: source.title.clone(),
                    url: source.url.clone(),
                    date: source.date.clone(),
                    sentence: text.to_string(),
                    start,
                    end,
                    rule: fact.rule,
                },
                confidence: (fact.confidence * 100.0).round() / 100.0,
            });
        }
    }
    // An office yet to come is stated as such.
    for fact in &mut facts {
        if fact.relation == crate::model::Relation::OfficialOf
            && context.incoming.contains(&fact.subject.id)
            && fact.qualifiers.status.is_none()
        {
            fact.qualifiers.status = Some("incoming".to_string());
        }
        // An office held for the time being says so.
        if fact.relation == crate::model::Relation::OfficialOf
            && fact.qualifiers.status.is_none()
            && let Some(word) = context.acting.get(&fact.subject.id)
        {
            fact.qualifiers.status = Some(word.clone());
        }
    }
    // "King Hamad of Bahrain", "Emir Tamim": a person named by one word with a title is
    // the one holder of that title of that name the gazetteer knows at the date; of that
    // body, else of any ("King Charles, on his first visit to Samoa", who is no king of
    // Samoa: that office is dropped).
    let mut elsewhere: Vec<(String, String, u32)> = Vec::new();
    let renames: Vec<(String, crate::model::EntityRef)> = facts
        .iter()
        .filter(|fact| {
            fact.relation == crate::model::Relation::OfficialOf
                && !fact.negated
                && fact.subject.kind == EntityKind::Person
                && !fact.subject.name.contains(' ')
                && knowledge.gazetteer.index_of(&fact.subject.id).is_none()
        })
        .filter_map(|fact| {
            let gazetteer = &knowledge.gazetteer;
            let body = gazetteer.index_of(&fact.object.id)?;
            let role = fact.qualifiers.role.as_deref()?;
            let person = gazetteer
                .holder_called(Some(body), role, &fact.subject.name, context.when)
                .or_else(|| {
                    let person =
                        gazetteer.holder_called(None, role, &fact.subject.name, context.when)?;
                    elsewhere.push((
                        gazetteer.entity(person).id.clone(),
                        fact.object.id.clone(),
                        fact.evidence.start,
                    ));
                    Some(person)
                })?;
            Some((
                fact.subject.id.clone(),
                crate::model::EntityRef::from(gazetteer.entity(person)),
            ))
        })
        .collect();
    if !renames.is_empty() {
        for fact in &mut facts {
            for (old, new) in &renames {
                if fact.subject.id == *old {
                    fact.subject = new.clone();
                }
                if fact.object.id == *old {
                    fact.object = new.clone();
                }
            }
        }
        facts.retain(|fact| {
            fact.relation != crate::model::Relation::OfficialOf
                || !elsewhere.iter().any(|(person, body, start)| {
                    fact.subject.id == *person
                        && fact.object.id == *body
                        && fact.evidence.start == *start
                })
        });
        let mut seen = HashSet::default();
        facts.retain(|fact| {
            seen.insert((
                fact.subject.id.clone(),
                fact.relation,
                fact.object.id.clone(),
                fact.negated,
                fact.evidence.start,
            ))
        });
    }
    let speaks_for_none: HashSet<String> = context
        .unofficial
        .union(&context.incoming)
        .cloned()
        .collect();
    project_onto_countries(
        &mut facts,
        knowledge,
        published,
        &context.unofficial,
        &speaks_for_none,
    );
    precise_roles(&mut facts, knowledge, published);
    // A meeting still to come is no meeting: "is due to hold talks with Modi on Monday"
    // often does not happen as planned, and news rarely says so later. (The trip planned
    // for it stays, as the expected visit projected from it above: planned trips are far more often made.)
    facts.retain(|fact| {
        !(fact.relation == crate::model::Relation::MetWith && fact.qualifiers.expected)
    });
    // A place the gazetteer knows lies in the country it gives ("a route through Armenia
    // linking Azerbaijan to its Nakhchivan exclave" does not put Nakhchivan in Armenia).
    facts.retain(|fact| {
        fact.relation != crate::model::Relation::LocatedIn
            || fact.object.kind != EntityKind::Country
            || knowledge
                .gazetteer
                .country_id_of_place(&fact.subject.id)
                .is_none_or(|country| country == fact.object.id)
    });
    // A visit took place in the place the sentence names only when that place is in the
    // state visited: "arrived in Hanoi at the start of a tour that will also take him to
    // Malaysia" says nothing of where the Malaysian visit takes place. An attack takes
    // place in the land of one side: "NATO leaders gathered in Washington ... warning
    // that Russia's war against Ukraine would not end soon" was not fought in Washington.
    for fact in &mut facts {
        let elsewhere = |country: &str| match fact.relation {
            crate::model::Relation::Visited => country != fact.object.id,
            crate::model::Relation::Attacks => {
                country != fact.object.id && country != fact.subject.id
            }
            _ => false,
        };
        if let Some(place) = &fact.qualifiers.location
            && let Some(country) = knowledge.gazetteer.country_id_of_place(place)
            && elsewhere(country)
        {
            fact.qualifiers.location = None;
        }
    }
    // "his counterpart" holds the role of the other person: the one named in the same
    // sentence, else the first the article names.
    // A title names the role it has in the body served: Britain's foreign secretary is its
    // foreign minister, India's is not.
    let gazetteer = &knowledge.gazetteer;
    for fact in &mut facts {
        if let Some(role) = &fact.qualifiers.role {
            let meant = gazetteer.role_in(role, &fact.object.id);
            if meant != role {
                fact.qualifiers.role = Some(meant.to_string());
            }
        }
    }
    // (start of the sentence, holder, role)
    let roles: Vec<(u32, String, String)> = facts
        .iter()
        .filter(|fact| fact.relation == crate::model::Relation::OfficialOf)
        .filter_map(|fact| {
            Some((
                fact.evidence.start,
                fact.subject.id.clone(),
                fact.qualifiers.role.clone()?,
            ))
        })
        .filter(|(_, _, role)| role != link::COUNTERPART)
        .collect();
    // The persons each counterpart faces in its sentence: "Kanai met his Chinese
    // counterpart Liu Jinsong".
    let facing: Vec<(u32, String, String)> = facts
        .iter()
        .filter(|fact| {
            fact.relation != crate::model::Relation::OfficialOf
                && fact.subject.kind == crate::model::EntityKind::Person
                && fact.object.kind == crate::model::EntityKind::Person
        })
        .flat_map(|fact| {
            [
                (
                    fact.evidence.start,
                    fact.subject.id.clone(),
                    fact.object.id.clone(),
                ),
                (
                    fact.evidence.start,
                    fact.object.id.clone(),
                    fact.subject.id.clone(),
                ),
            ]
        })
        .collect();
    for fact in &mut facts {
        if fact.qualifiers.role.as_deref() == Some(link::COUNTERPART) {
            let start = fact.evidence.start;
            let other = facing
                .iter()
                .find(|(at, person, _)| *at == start && *person == fact.subject.id)
                .map(|(_, _, other)| other.as_str());
            // The counterpart of India's foreign secretary holds no title of that name
            // where the title means a minister.
            // The role of the one met, wherever the article gives it; else one named in
            // the same sentence; else the article's first, when it was named before: a
            // role named later, or the role of someone the counterpart does not face, is
            // not the one meant ("met his Chinese counterpart Wang Yi and Vice President
            // Han Zheng").
            fact.qualifiers.role = match other {
                Some(other) => roles.iter().find(|(_, holder, _)| holder == other),
                None => roles
                    .iter()
                    .find(|(at, holder, _)| *at == start && *holder != fact.subject.id)
                    .or_else(|| {
                        roles.first().filter(|(at, holder, role)| {
                            *at < start && points_back(&fact.evidence.sentence, holder, role)
                        })
                    }),
            }
            .map(|(_, _, role)| role.as_str())
            .filter(|role| gazetteer.role_in(role, &fact.object.id) == *role)
            // An EU commissioner's Chinese counterpart is no commissioner.
            .filter(|role| {
                !(gazetteer.organisation_role(role)
                    && fact.object.kind == crate::model::EntityKind::Country)
            })
            .map(str::to_string)
            // Else the person's main office then: "The foreign minister spoke with his
            // Chinese counterpart Wang Yi".
            .or_else(|| {
                let person = gazetteer.index_of(&fact.subject.id)?;
                let body = gazetteer.index_of(&fact.object.id)?;
                let main = gazetteer.roles_at(person, body, context.when).next()?;
                Some(main.to_string())
            });
        }
    }
    // "He met his counterpart", "The foreign minister met his counterpart", "Lavrov met
    // his counterpart": the sentence points back at the first official named before it
    // (by a pronoun, the official's role or surname); "Kanai met his counterpart" does not.
    fn points_back(sentence: &str, holder: &str, role: &str) -> bool {
        let before = sentence
            .find("counterpart")
            .map_or(sentence, |at| &sentence[..at])
            .to_lowercase();
        let words: Vec<&str> = before
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|word| !word.is_empty())
            .collect();
        let surname = holder.rsplit('-').next().unwrap_or(holder);
        words
            .iter()
            .any(|word| matches!(*word, "he" | "she" | "they") || *word == surname)
            || before.contains(role)
    }
    // An office the gazetteer says was held only before the publication is a former one,
    // and one held only after it is to come: "in 2019, when he was hosted by Queen
    // Elizabeth II" in 2025, "President-elect Donald Trump" in December 2024.
    if let Some(when) = context.when {
        for fact in facts.iter_mut().filter(|fact| {
            fact.relation == crate::model::Relation::OfficialOf
                && !fact.negated
                && fact.qualifiers.status.is_none()
        }) {
            let (Some(person), Some(body)) = (
                gazetteer.index_of(&fact.subject.id),
                gazetteer.index_of(&fact.object.id),
            ) else {
                continue;
            };
            let terms: Vec<&gazetteer::Official> = gazetteer
                .offices_of(person)
                .filter(|office| {
                    office.of == body
                        && fact
                            .qualifiers
                            .role
                            .as_deref()
                            .is_none_or(|role| office.role == role)
                })
                .collect();
            if terms.is_empty() || terms.iter().any(|term| term.in_office(Some(when))) {
                continue;
            }
            if terms.iter().all(|term| term.ended_before(when)) {
                fact.qualifiers.status = Some("former".into());
            } else if terms.iter().all(|term| term.starts_after(when)) {
                fact.qualifiers.status = Some("incoming".into());
            }
        }
    }
    // Each entity once, copied only after duplicates are gone.
    let mut ids: Vec<&str> = facts
        .iter()
        .flat_map(|fact| [fact.subject.id.as_str(), fact.object.id.as_str()])
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let entities: Vec<Entity> = ids
        .into_iter()
        .filter_map(|id| {
            context
                .entities
                .get(id)
                .map(|entity| Entity::clone(entity))
                .or_else(|| {
                    let index = knowledge.gazetteer.index_of(id)?;
                    Some(knowledge.gazetteer.entity(index).clone())
                })
        })
        .collect();
    Extraction {
        source,
        facts,
        entities,
        sentences: sentences.len(),
    }
}

/// Relations that report an act a later "the move" or "the decision" may refer to.
/// Attacks are referred to by their own words ("the strikes", see `Event`).
fn is_act(relation: crate::model::Relation) -> bool {
    use crate::model::Relation::*;
    matches!(
        relation,
        Sanctions | AtOddsWith | Left | CandidateFor | AgreedWith | Supports | Opposes | Threatens
    )
}

/// "Russian leader Vladimir Putin": a generic role becomes the one role the gazetteer
/// gives the person in that country or organisation at the publication date (the first it
/// lists, when it gives several).
fn precise_roles(facts: &mut [Fact], knowledge: &Knowledge, published: Option<time::Date>) {
    let gazetteer = &knowledge.gazetteer;
    let when = published.map(gazetteer::Period::of_date);
    for fact in facts
        .iter_mut()
        .filter(|fact| fact.relation == crate::model::Relation::OfficialOf)
    {
        // "Vladimir Putin won Russia's presidential election": an office won again by one
        // who held it the year before is no office to come.
        if fact.qualifiers.status.as_deref() == Some("incoming")
            && let (Some(person), Some(body), Some(date)) = (
                gazetteer.index_of(&fact.subject.id),
                gazetteer.index_of(&fact.object.id),
                published,
            )
            && gazetteer.offices_of(person).any(|office| {
                office.of == body
                    && fact.qualifiers.role.as_deref() == Some(office.role.as_str())
                    && office.in_office(Some(gazetteer::Period::year(date.year)))
                    && office.in_office(Some(gazetteer::Period::year(date.year - 1)))
            })
        {
            fact.qualifiers.status = None;
        }
        // "Lopez Obrador, who was elected president in 2018": an election years before the
        // report put its winner in office long ago.
        if fact.qualifiers.status.as_deref() == Some("incoming")
            && let (Some(time), Some(date)) = (fact.qualifiers.time.as_deref(), published)
            && time
                .get(..4)
                .and_then(|year| year.parse::<i32>().ok())
                .is_some_and(|year| year < date.year)
        {
            fact.qualifiers.status = None;
        }
        // "his French counterpart Emmanuel Macron": the gazetteer's role for a known
        // person beats the other person's.
        let generic = fact.qualifiers.role.as_ref().is_some_and(|role| {
            knowledge.cues.generic_roles.contains(role) || role == link::COUNTERPART
        });
        let (true, Some(person), Some(body)) = (
            generic,
            gazetteer.index_of(&fact.subject.id),
            gazetteer.index_of(&fact.object.id),
        ) else {
            continue;
        };
        // ("Cambodia's former leader Hun Sen": the office he left, not the one he holds.)
        if fact.qualifiers.status.as_deref() == Some("former") {
            if let Some(when) = when
                && let Some(last) = gazetteer
                    .offices_of(person)
                    .filter(|office| office.of == body && office.ended_before(when))
                    .max_by_key(|office| office.to)
            {
                fact.qualifiers.role = Some(last.role.clone());
            }
            continue;
        }
        let mut roles: Vec<&str> = gazetteer.roles_at(person, body, when).collect();
        roles.dedup();
        // (Of several offices held at once, the one the gazetteer lists first, unless
        // the person is someone's counterpart: the other's role decides, below.)
        match roles[..] {
            [only] => fact.qualifiers.role = Some(only.to_string()),
            [first, ..] if fact.qualifiers.role.as_deref() != Some(link::COUNTERPART) => {
                fact.qualifiers.role = Some(first.to_string())
            }
            _ => {}
        }
    }
}

/// What the gazetteer says about the offices of the persons and roles of a sentence: for
/// each known person and each role named in the sentence, the one country or
/// organisation the person served in that role at the publication date (or ever, when the
/// date is unknown and there is only one).
fn offices_in(
    linked: &link::Linked<'_>,
    knowledge: &Knowledge,
    published: Option<time::Date>,
    context: &mut link::Context,
    dateline_country: Option<&str>,
    actor_before: Option<&str>,
    subject_before: Option<&String>,
) -> HashMap<(String, String), String> {
    let gazetteer = &knowledge.gazetteer;
    let mut offices = HashMap::default();
    // A person the gazetteer does not know, named with a bare title ("Foreign Minister
    // Margus Tsahkna said"): the state the article gives by context, when its signals agree.
    let mut inferred: Option<Option<String>> = None;
    for (at, item) in linked.items.iter().enumerate() {
        let link::Item::Slot(role_slot) = item else {
            continue;
        };
        let role_slot = &linked.slots[*role_slot];
        let Some(role) = role_slot.role.as_deref() else {
            continue;
        };
        // ("Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara": a
        // title after "and" shares the state of the one before.)
        // (Nor after a body's organ: "ECOWAS Commission President Omar Alieu Touray" holds
        // the body's office, wherever the article is datelined.)
        let after_organ = at >= 2
            && matches!(
                &linked.items[at - 1],
                link::Item::Word(
                    "commission"
                        | "council"
                        | "secretariat"
                        | "parliament"
                        | "assembly"
                        | "court"
                        | "bank"
                        | "agency"
                        | "mission"
                )
            )
            && matches!(&linked.items[at - 2], link::Item::Slot(index)
                if linked.slots[*index].kind == 'o');
        let bare = at == 0
            || !matches!(
                &linked.items[at - 1],
                link::Item::Word("'s" | "his" | "her" | "its" | "their" | "and" | "with")
            ) && !matches!(&linked.items[at - 1], link::Item::Slot(index)
                if matches!(linked.slots[*index].kind, 'c' | 'd' | 'o' | 'l' | 's' | 'g'))
                && !after_organ;
        // "Petro's defence minister, Pedro Arnulfo Sanchez": a state's office named by the
        // possessive of a person who serves the state; so "His national security adviser,
        // Wi Sung-lac, said" opening a sentence, of the subject of the one before.
        let owner: Option<&String> = match (
            at.checked_sub(1)
                .and_then(|before| linked.items.get(before)),
            at.checked_sub(2)
                .and_then(|before| linked.items.get(before)),
        ) {
            (Some(link::Item::Word("'s")), Some(link::Item::Slot(owner)))
                if linked.slots[*owner].kind == 'p' =>
            {
                match linked.slots[*owner].entities.as_slice() {
                    [only] => Some(only),
                    _ => None,
                }
            }
            (Some(link::Item::Word(pronoun @ ("his" | "her"))), None) => {
                subject_before.filter(|person| {
                    let gender = if *pronoun == "his" {
                        gazetteer::Gender::Male
                    } else {
                        gazetteer::Gender::Female
                    };
                    gazetteer
                        .gender_of(person)
                        .is_none_or(|known| known == gender)
                })
            }
            _ => None,
        };
        if let Some(owner) = owner
            && !gazetteer.organisation_role(role)
            && let Some(state) = link::state_of(context, gazetteer, owner)
            && let Some(link::Item::Slot(person_slot)) = linked.items.get(at + 1)
        {
            let person_slot = &linked.slots[*person_slot];
            if person_slot.kind == 'p' && !person_slot.anaphoric {
                for person in &person_slot.entities {
                    if gazetteer.index_of(person).is_none()
                        && !context.person_country.contains_key(person)
                        && person != owner
                    {
                        offices.insert((person.clone(), role.to_string()), state.clone());
                    }
                }
            }
            continue;
        }
        // (One of a group the sentence names, "26 Georgian officials, including Interior
        // Minister Vakhtang Gomelauri", belongs to the group, not to the sentence's subject.)
        if at > 0
            && matches!(
                linked.items[at - 1],
                link::Item::Word("including" | "among" | "notably" | "especially")
            )
        {
            continue;
        }
        // (Envoys serve elsewhere than they stand; leaders, aides and advisers may lead
        // parties or serve persons.)
        if !bare
            || gazetteer.organisation_role(role)
            || matches!(
                role,
                "ambassador"
                    | "envoy"
                    | "special envoy"
                    | "high commissioner"
                    | "charge d'affaires"
                    | "leader"
                    | "aide"
                    | "adviser"
                    | "minister"
            )
        {
            continue;
        }
        let Some(link::Item::Slot(person_slot)) = linked.items.get(at + 1) else {
            continue;
        };
        let person_slot = &linked.slots[*person_slot];
        if person_slot.kind != 'p' || person_slot.anaphoric {
            continue;
        }
        for person in &person_slot.entities {
            // (A person the gazetteer knows in no office that year takes the office the
            // article names, in a state they have served: "Economy Minister Marcelo Ebrard"
            // after he was foreign minister; never in another state.)
            let known = gazetteer.index_of(person);
            if known
                .and_then(|index| gazetteer.state_served(index, context.when))
                .is_some()
                || context.person_country.contains_key(person)
            {
                continue;
            }
            let state = inferred.get_or_insert_with(|| {
                state_by_context(linked, gazetteer, context, dateline_country, actor_before)
            });
            let served_there = |state: &str| {
                known.is_none_or(|index| {
                    gazetteer
                        .offices_of(index)
                        .any(|office| gazetteer.entity(office.of).id == state)
                })
            };
            if let Some(state) = state
                && served_there(state)
            {
                offices.insert((person.clone(), role.to_string()), state.clone());
            }
        }
    }
    // Each role the sentence names, and whether it is told as held before or after the
    // publication: "former President Joe Biden", "the ousted president, Mohamed Bazoum",
    // "Germany's likely next chancellor, Friedrich Merz", or in a sentence of a year
    // before it: "In April 2023, President Yoon Suk Yeol and President Joe Biden signed".
    let past_year = published.is_some_and(|date| {
        linked.items.iter().any(|item| {
            matches!(item, link::Item::Word(word)
                if word.len() == 4
                    && word.parse::<i32>().is_ok_and(|year| (1900..date.year).contains(&year)))
        })
    });
    let roles: Vec<(usize, &str, bool)> = linked
        .items
        .iter()
        .enumerate()
        .filter_map(|(at, item)| {
            let link::Item::Slot(index) = item else {
                return None;
            };
            let role = linked.slots[*index].role.as_deref()?;
            let not_now = linked.items[at.saturating_sub(3)..at]
                .iter()
                .rev()
                .take_while(|item| !matches!(item, link::Item::Word("," | ";")))
                .any(|item| {
                    let cues = &knowledge.cues;
                    matches!(item, link::Item::Word(word)
                        if *word == "then"
                            || cues.past_titles.iter().any(|past| past == word)
                            || cues.future_titles.iter().any(|future| future == word))
                });
            Some((at, role, not_now || past_year))
        })
        .collect();
    if roles.is_empty() {
        return offices;
    }
    let when = context.when;
    for (person_at, item) in linked.items.iter().enumerate() {
        let link::Item::Slot(slot) = item else {
            continue;
        };
        let slot = &linked.slots[*slot];
        if slot.kind != 'p' {
            continue;
        }
        for person in &slot.entities {
            let Some(index) = gazetteer.index_of(person) else {
                continue;
            };
            // A title right before the name of one who held it once and holds no office
            // now names that office ("Biden held talks with General Secretary Nguyen Phu
            // Trong"); a title of another's does not ("talks with Foreign Minister Qin
            // Gang and with top diplomat Wang Yi", then a state councillor).
            let out_of_office = || {
                gazetteer
                    .offices_of(index)
                    .all(|office| !office.in_office(when))
            };
            for &(role_at, role, not_now) in &roles {
                // (An office told as held before or after is the one the person held in
                // that role at any time, if only one.)
                let then = not_now || role_at + 1 == person_at && out_of_office();
                if let Some(only) = gazetteer.office_at(index, Some(role), when).or_else(|| {
                    then.then(|| gazetteer.office_at(index, Some(role), None))
                        .flatten()
                }) {
                    let entity = gazetteer.entity(only).clone();
                    let id = entity.id.clone();
                    context
                        .entities
                        .entry(id.clone())
                        .or_insert_with(|| std::sync::Arc::new(entity));
                    offices.insert((person.clone(), role.to_string()), id);
                }
            }
        }
    }
    offices
}

/// The state an article gives by context, from three signals: the dateline's country; the
/// one state the sentence names (a country, its capital or seat, its adjective, a city in it;
/// not a state that describes another person, as in "U.S. Secretary of State Blinken" or
/// "Malaysia's Anwar"); and the first actor of the sentence before. The sentence's state must
/// be the dateline's, and the actor before, if a state, too. (A dateline and the actor before
/// agreeing is not enough: a report from Kuala Lumpur on a summit there quotes other leaders;
/// nor is a state said right after "said": "Kuo said Beijing was ..." is Taiwan speaking.)
fn state_by_context(
    linked: &link::Linked<'_>,
    gazetteer: &gazetteer::Gazetteer,
    context: &link::Context,
    dateline_country: Option<&str>,
    actor_before: Option<&str>,
) -> Option<String> {
    let is_country = |id: &str| {
        context
            .entities
            .get(id)
            .is_some_and(|entity| entity.kind == crate::model::EntityKind::Country)
    };
    let items = &linked.items;
    let slot_at = |at: usize| match items.get(at) {
        Some(link::Item::Slot(index)) => Some(&linked.slots[*index]),
        _ => None,
    };
    let word_at = |at: usize| match items.get(at) {
        Some(link::Item::Word(word)) => Some(*word),
        _ => None,
    };
    let mut named: Vec<String> = Vec::new();
    for (at, item) in items.iter().enumerate() {
        let link::Item::Slot(index) = item else {
            continue;
        };
        let slot = &linked.slots[*index];
        // A state describing a person or an office holder.
        let describes = slot_at(at + 1).is_some_and(|next| matches!(next.kind, 'r' | 'p'))
            || word_at(at + 1) == Some("'s")
                && slot_at(at + 2).is_some_and(|next| matches!(next.kind, 'r' | 'p'));
        let state = match slot.kind {
            'c' | 'l' | 's' | 'd' if slot.entities.len() == 1 && is_country(&slot.entities[0]) => {
                Some(slot.entities[0].clone())
            }
            'x' => slot
                .place
                .as_deref()
                .and_then(|place| gazetteer.country_id_of_place(place))
                .map(str::to_string),
            _ => None,
        };
        let Some(state) = state else { continue };
        if describes {
            continue;
        }
        if !named.contains(&state) {
            named.push(state);
        }
    }
    // The sentence's opening subject, when it is a state: "Mexico will raise tariffs on cars
    // from China, Economy Minister Marcelo Ebrard said".
    let opening = match items.first() {
        Some(link::Item::Slot(index))
            if matches!(linked.slots[*index].kind, 'c' | 'l')
                && linked.slots[*index].entities.len() == 1 =>
        {
            linked.slots[*index].entities.first().cloned()
        }
        _ => None,
    };
    let in_sentence = match &named[..] {
        [only] => Some(only.clone()),
        [] => None,
        // Two states named: none of them is the signal, unless the first opens the sentence
        // as its subject and the dateline names it too.
        [first, ..]
            if opening.as_ref() == Some(first)
                && dateline_country == Some(first)
                && reports_for_subject(linked) =>
        {
            Some(first.clone())
        }
        // Or the sentence opens with the official's title and name, the dateline's state
        // acted in the sentence before and is named again: "N'DJAMENA - Chad has ended
        // its defence pact with France ... Foreign Minister Abderaman Koulamallah said the
        // decision would allow Chad to ...".
        several
            if opens_with_title(linked)
                && dateline_country.is_some_and(|dateline| {
                    actor_before == Some(dateline) && several.iter().any(|state| state == dateline)
                }) =>
        {
            dateline_country.map(str::to_string)
        }
        _ => return None,
    };
    let before = actor_before.filter(|id| is_country(id));
    // (The actor before, when it is a state, must not be another: "Belgium responded ...
    // Foreign Minister Maxime Prevot called Kigali's decision disproportionate" under a
    // Kigali dateline is Belgian.)
    match (dateline_country, in_sentence, before) {
        (Some(dateline), Some(in_sentence), before)
            if in_sentence == dateline && before.is_none_or(|before| before == dateline) =>
        {
            Some(in_sentence)
        }
        _ => None,
    }
}

/// Whether the sentence opens with a title and a name: "Foreign Minister Abderaman
/// Koulamallah said ...".
fn opens_with_title(linked: &link::Linked<'_>) -> bool {
    matches!(
        linked.items.get(..2),
        Some([link::Item::Slot(role), link::Item::Slot(person)])
            if linked.slots[*role].kind == 'r' && linked.slots[*person].kind == 'p'
    )
}

/// Whether an official named by a bare title reports the sentence in a closing clause
/// ("..., Economy Minister Marcelo Ebrard said"), as one speaks for the subject.
fn reports_for_subject(linked: &link::Linked<'_>) -> bool {
    linked.items.windows(4).any(|window| {
        matches!(window[0], link::Item::Word(","))
            && matches!(window[1], link::Item::Slot(index) if linked.slots[index].kind == 'r')
            && matches!(window[2], link::Item::Slot(index) if linked.slots[index].kind == 'p')
            && matches!(
                window[3],
                link::Item::Word(
                    "said"
                        | "says"
                        | "told"
                        | "added"
                        | "confirmed"
                        | "announced"
                        | "wrote"
                        | "stated"
                        | "insisted"
                )
            )
    })
}

/// The relations an official states or conducts for their country (stances, dealings and
/// attacks: "Putin's invasion of Ukraine" is Russia's; not meetings or visits, which stay
/// with the persons).
fn speaks_for_country(relation: crate::model::Relation) -> bool {
    use crate::model::Relation::*;
    matches!(
        relation,
        Criticises
            | Attacks
            | Supports
            | Opposes
            | Threatens
            | Sanctions
            | AgreedWith
            | AtOddsWith
            | FriendlyWith
            | CooperatesWith
    )
}

/// The year of the time a fact states ("2008", "2022-04"), if any.
fn stated_year(fact: &Fact) -> Option<i32> {
    fact.qualifiers.time.as_deref()?.get(..4)?.parse().ok()
}

/// Stances and dealings of an official are their country's: "Lavrov criticised the U.S."
/// also says Russia criticised the United States. For those relations, each fact with a
/// person at an end gains a twin with the person's country or organisation there, taken
/// from the article's own `official_of` facts, else from the gazetteer's offices at the
/// publication date. The twin cites the same sentence, with a `+country` rule id.
fn project_onto_countries(
    facts: &mut Vec<Fact>,
    knowledge: &Knowledge,
    published: Option<time::Date>,
    unofficial: &HashSet<String>,
    speaks_for_none: &HashSet<String>,
) {
    let gazetteer = &knowledge.gazetteer;
    use crate::model::Relation::*;
    let mut serves: HashMap<String, EntityRef> = HashMap::default();
    // Persons the article calls former holders of an office speak for no state, whatever
    // the gazetteer says.
    let mut former: HashSet<String> = speaks_for_none.clone();
    // The state a former (or incoming) office holder served (or will serve): their home.
    let mut served_once: HashMap<String, String> = HashMap::default();
    // Nor do they hold the office now: "Britain's opposition leader Kemi Badenoch" leads no
    // state, and a president-elect is not yet president.
    facts.retain(|fact| {
        fact.relation != OfficialOf
            || !unofficial.contains(&fact.subject.id)
            || fact.qualifiers.status.as_deref() == Some("former")
    });
    // Diplomats who reside where they are posted ("Chinese Ambassador Jiang Zaidong"): their
    // meetings in the host state are no visits to it.
    let mut residents: HashSet<String> = HashSet::default();
    for fact in facts.iter() {
        if fact.relation == OfficialOf
            && !fact.negated
            && fact.qualifiers.role.as_deref().is_some_and(|role| {
                let words: Vec<&str> = role.split(' ').collect();
                (0..words.len()).any(|at| {
                    knowledge.cues.resident_envoys.phrase_len_at(&words[at..])
                        == Some(words.len() - at)
                })
            })
        {
            residents.insert(fact.subject.id.clone());
        }
    }
    for fact in facts.iter() {
        if fact.relation == OfficialOf && !fact.negated {
            // (One who left an office but holds another of the same state at the date
            // still speaks for it: "Former Cambodian Prime Minister Hun Sen, who remains
            // president of the Senate".)
            let still_serving = || {
                let (Some(person), Some(body)) = (
                    gazetteer.index_of(&fact.subject.id),
                    gazetteer.index_of(&fact.object.id),
                ) else {
                    return false;
                };
                let when = published.map(gazetteer::Period::of_date);
                when.is_some()
                    && gazetteer
                        .roles_at(person, body, when)
                        .any(|role| Some(role) != fact.qualifiers.role.as_deref())
            };
            if fact.qualifiers.status.as_deref() == Some("former") && still_serving() {
                serves
                    .entry(fact.subject.id.clone())
                    .or_insert_with(|| fact.object.clone());
                continue;
            }
            if matches!(
                fact.qualifiers.status.as_deref(),
                Some("former" | "incoming")
            ) {
                former.insert(fact.subject.id.clone());
                served_once
                    .entry(fact.subject.id.clone())
                    .or_insert_with(|| fact.object.id.clone());
                continue;
            }
            serves
                .entry(fact.subject.id.clone())
                .or_insert_with(|| fact.object.clone());
        }
    }
    // The office a person held in a year (the fact's own, else the publication's): "In
    // 2012, Rutte criticised Greece" is the Netherlands speaking, not NATO.
    let country_in = |person: &EntityRef, year: Option<i32>| -> Option<EntityRef> {
        if person.kind != EntityKind::Person {
            return None;
        }
        if let Some(body) = serves.get(&person.id) {
            return Some(body.clone());
        }
        // A former office holder speaks for no state now, but for the one they served in
        // a year the fact states ("former president Evo Morales expelled the U.S.
        // ambassador in 2008").
        if former.contains(&person.id) && year.is_none() {
            return None;
        }
        let index = gazetteer.index_of(&person.id)?;
        let when = year
            .map(gazetteer::Period::year)
            .or(published.map(gazetteer::Period::of_date));
        let body = gazetteer.office_at(index, None, when)?;
        Some(EntityRef::from(gazetteer.entity(body)))
    };
    let country_of = |person: &EntityRef| country_in(person, None);
    // An official does not criticise, threaten or sanction the country they serve: such a
    // match has the wrong subject ("prompting President Petro to warn that Colombia would
    // respond" is Petro speaking for Colombia, not against it).
    facts.retain(|fact| {
        // (Nor is a state friends or partners with its own official: "Hungary, which has kept
        // close ties with the Kremlin under Prime Minister Viktor Orban".)
        let stance = matches!(
            fact.relation,
            Criticises
                | Opposes
                | Threatens
                | Sanctions
                | Attacks
                | AtOddsWith
                | Supports
                | FriendlyWith
                | CooperatesWith
                | AgreedWith
        );
        let serves_other_end = |person: &EntityRef, other: &EntityRef| {
            country_of(person).is_some_and(|home| home.id == other.id)
        };
        // Nor does one visit the country one serves: "Xi met Modi, on his first visit to
        // China" is Modi's visit.
        // Two people serving the same state are domestic politics: "Duda and Tusk are
        // political rivals".
        // And two of one state who sign a text sign it together, with someone else:
        // "Japan's foreign and defence ministers signed the pact with their Philippine
        // counterparts".
        let domestic_pair = (matches!(
            fact.relation,
            AtOddsWith | FriendlyWith | CooperatesWith | AgreedWith | Supports | Opposes
        ) || fact.relation == MetWith
            && fact
                .evidence
                .rule
                .split('+')
                .next()
                .is_some_and(|rule| knowledge.rules.is_signing(rule)))
            && fact.subject.kind == EntityKind::Person
            && fact.object.kind == EntityKind::Person
            && country_of(&fact.subject)
                .zip(country_of(&fact.object))
                .is_some_and(|(first, second)| first.id == second.id);
        // (One who has served no state but that one is at home there too: "Macron received
        // Sarkozy at the Elysee".)
        let served_only_there = || {
            gazetteer.index_of(&fact.subject.id).is_some_and(|person| {
                let mut offices = gazetteer.offices_of(person).peekable();
                offices.peek().is_some()
                    && offices.all(|office| gazetteer.entity(office.of).id == fact.object.id)
            })
        };
        // (Nor the country where the body one serves has its seat: "received von der
        // Leyen in Brussels".)
        let at_seat = || {
            country_of(&fact.subject).is_some_and(|body| {
                body.kind == EntityKind::Organisation
                    && gazetteer
                        .index_of(&body.id)
                        .and_then(|body| gazetteer.seat_of(body))
                        .is_some_and(|seat| gazetteer.entity(seat).id == fact.object.id)
            })
        };
        let home_visit = fact.relation == Visited
            && (serves_other_end(&fact.subject, &fact.object)
                || at_seat()
                || served_once.get(&fact.subject.id) == Some(&fact.object.id)
                || served_only_there());
        let not_a_state_official = knowledge.rules.needs_state_official(&fact.evidence.rule)
            && country_of(&fact.subject).is_none_or(|body| body.kind != EntityKind::Country);
        // A person the article says speaks for no state, on an official: domestic
        // politics ("Opposition leader Rahul Gandhi lashed out at Prime Minister Modi").
        let domestic = stance
            && unofficial.contains(&fact.subject.id)
            && fact.object.kind == EntityKind::Person;
        !(stance
            && !fact.negated
            && (serves_other_end(&fact.subject, &fact.object)
                || serves_other_end(&fact.object, &fact.subject)))
            && !domestic
            && !domestic_pair
            && !home_visit
            && !not_a_state_official
    });
    // "Russian Foreign Minister Lavrov and U.S. Secretary of State Rubio met in Riyadh": the
    // meeting is the persons'; one between their states from the same sentence says it
    // again at the wrong level (meetings name persons when the text does).
    let persons_met: Vec<(u32, [String; 2])> = facts
        .iter()
        .filter(|fact| {
            fact.relation == MetWith
                && !fact.negated
                && fact.subject.kind == EntityKind::Person
                && fact.object.kind == EntityKind::Person
        })
        .filter_map(|fact| {
            let first = country_of(&fact.subject)?.id;
            let second = country_of(&fact.object)?.id;
            Some((fact.evidence.start, [first, second]))
        })
        .collect();
    facts.retain(|fact| {
        !(fact.relation == MetWith
            && fact.subject.kind == EntityKind::Country
            && fact.object.kind == EntityKind::Country
            && persons_met.iter().any(|(start, states)| {
                *start == fact.evidence.start
                    && (states[0] == fact.subject.id && states[1] == fact.object.id
                        || states[1] == fact.subject.id && states[0] == fact.object.id)
            }))
    });
    let mut twins = Vec::new();
    // Person-level facts between two of one side, dropped with their twins.
    let mut one_side: Vec<(String, crate::model::Relation, String, u32)> = Vec::new();
    // "Sikorski met Kuleba in Warsaw": a participant from another country came to the
    // meeting's country.
    for fact in facts.iter() {
        if fact.relation != MetWith || fact.negated {
            continue;
        }
        let Some(host) = fact
            .qualifiers
            .location
            .as_deref()
            .and_then(|place| gazetteer.index_of(place))
            .and_then(|place| gazetteer.country_of_place(place))
            .map(|country| EntityRef::from(gazetteer.entity(country)))
        else {
            continue;
        };
        for person in [&fact.subject, &fact.object] {
            let Some(home) = country_of(person) else {
                continue;
            };
            if residents.contains(&person.id) {
                continue;
            }
            // An organisation's official travels from its seat: "Rutte met Tusk in Warsaw"
            // is a visit, "Rutte met Tusk in Brussels" is none.
            let home = match home.kind {
                EntityKind::Country => home,
                EntityKind::Organisation => {
                    let Some(seat) = gazetteer
                        .index_of(&home.id)
                        .and_then(|body| gazetteer.seat_of(body))
                    else {
                        continue;
                    };
                    EntityRef::from(gazetteer.entity(seat))
                }
                _ => continue,
            };
            if home.id == host.id {
                continue;
            }
            let mut visit = fact.clone();
            visit.relation = Visited;
            visit.subject = person.clone();
            visit.object = host.clone();
            visit.evidence.rule = format!("{}+visit", fact.evidence.rule);
            visit.confidence = (fact.confidence * 0.9 * 100.0).round() / 100.0;
            twins.push(visit);
        }
    }
    for fact in facts.iter() {
        // Rules may say their person subject acts for the country (a rotating chair): the
        // country gets the fact too, and the person keeps theirs.
        if fact.subject.kind == EntityKind::Person
            && knowledge.rules.for_country(&fact.evidence.rule)
        {
            if let Some(country) = country_of(&fact.subject)
                && country.id != fact.object.id
            {
                let mut twin = fact.clone();
                twin.subject = country;
                twin.evidence.rule = format!("{}+for-country", fact.evidence.rule);
                twin.confidence = (fact.confidence * 0.9 * 100.0).round() / 100.0;
                twins.push(twin);
            }
            continue;
        }
        if !speaks_for_country(fact.relation) {
            continue;
        }
        let year = stated_year(fact);
        let subject = country_in(&fact.subject, year);
        // Sanctions on a person hit the person, not their state ("sanctions on Petro"); the
        // one who imposes them acts for theirs.
        let object = country_in(&fact.object, year).filter(|_| fact.relation != Sanctions);
        if subject.is_none() && object.is_none() {
            continue;
        }
        // A person who speaks for no known state, on an official: most often their own
        // government's critic ("Opposition leader Rahul Gandhi criticised Prime Minister
        // Modi"), so the stance stays between the persons.
        if subject.is_none()
            && fact.subject.kind == EntityKind::Person
            && fact.object.kind == EntityKind::Person
        {
            continue;
        }
        // A tie between two states, or two persons: not between one's state and another
        // person whose office is unknown ("Luxon met Kishida. The two agreed ..." after
        // Kishida left office).
        if fact.relation.is_symmetric()
            && (subject.is_none() && fact.subject.kind == EntityKind::Person
                || object.is_none() && fact.object.kind == EntityKind::Person)
        {
            continue;
        }
        let mut twin = fact.clone();
        if let Some(subject) = subject {
            twin.subject = subject;
        }
        if let Some(object) = object {
            twin.object = object;
        }
        // Two officials of one state: domestic politics, not relations between states
        // ("The government of President Salva Kiir has accused Machar", his deputy).
        if twin.subject.id == twin.object.id {
            if fact.subject.kind == EntityKind::Person && fact.object.kind == EntityKind::Person {
                one_side.push((
                    fact.subject.id.clone(),
                    fact.relation,
                    fact.object.id.clone(),
                    fact.evidence.start,
                ));
            }
            continue;
        }
        // Officials of one union deal for one side: "Modi, von der Leyen and Costa concluded
        // negotiations" is no agreement between the Commission and the Council, nor between
        // their presidents.
        if twin.relation.is_symmetric()
            && extract::union_of(&knowledge.cues, &twin.subject.id)
                == extract::union_of(&knowledge.cues, &twin.object.id)
        {
            one_side.push((
                fact.subject.id.clone(),
                fact.relation,
                fact.object.id.clone(),
                fact.evidence.start,
            ));
            continue;
        }
        twin.evidence.rule = format!("{}+country", fact.evidence.rule);
        twin.confidence = (fact.confidence * 0.9 * 100.0).round() / 100.0;
        twins.push(twin);
    }
    // A stance an official states, or a dealing they conduct, is their country's (or
    // organisation's): the person-level fact gives way to it, and the person stays in the
    // evidence sentence. Meetings and visits stay with the persons.
    let spoken_for: Vec<(String, crate::model::Relation, String, bool, u32)> = twins
        .iter()
        .filter(|twin| speaks_for_country(twin.relation))
        .filter(|twin| twin.evidence.rule.ends_with("+country"))
        .map(|twin| {
            (
                twin.subject.id.clone(),
                twin.relation,
                twin.object.id.clone(),
                twin.negated,
                twin.evidence.start,
            )
        })
        .collect();
    facts.retain(|fact| {
        !one_side.iter().any(|(subject, relation, object, start)| {
            *subject == fact.subject.id
                && *relation == fact.relation
                && *object == fact.object.id
                && *start == fact.evidence.start
        })
    });
    facts.retain(|fact| {
        if fact.subject.kind != EntityKind::Person && fact.object.kind != EntityKind::Person {
            return true;
        }
        // (In the year the fact states, as the twin was made: "since Evo Morales expelled
        // the U.S. ambassador in 2008" is Bolivia's act, and his own gives way.)
        let year = stated_year(fact);
        let subject = country_in(&fact.subject, year).unwrap_or_else(|| fact.subject.clone());
        let object = country_in(&fact.object, year).unwrap_or_else(|| fact.object.clone());
        !spoken_for
            .iter()
            .any(|(twin_subject, relation, twin_object, negated, start)| {
                let same_ends = (*twin_subject == subject.id && *twin_object == object.id)
                    || (relation.is_symmetric()
                        && *twin_subject == object.id
                        && *twin_object == subject.id);
                same_ends
                    && *relation == fact.relation
                    && *negated == fact.negated
                    && *start == fact.evidence.start
            })
    });
    for twin in twins {
        let exists = facts.iter().any(|fact| {
            fact.relation == twin.relation
                && fact.negated == twin.negated
                && fact.evidence.start == twin.evidence.start
                && ((fact.subject.id == twin.subject.id && fact.object.id == twin.object.id)
                    || (twin.relation.is_symmetric()
                        && fact.subject.id == twin.object.id
                        && fact.object.id == twin.subject.id))
        });
        if !exists {
            facts.push(twin);
        }
    }
    // A state that chairs or leads an organisation is one of its members ("Brazil, which
    // holds the BRICS presidency"), whenever its chair falls.
    let chairs: Vec<Fact> = facts
        .iter()
        .filter(|fact| {
            fact.relation == crate::model::Relation::Leads
                && !fact.negated
                && fact.subject.kind == EntityKind::Country
                && fact.object.kind == EntityKind::Organisation
        })
        .filter(|chair| {
            !facts.iter().any(|fact| {
                fact.relation == crate::model::Relation::MemberOf
                    && fact.subject.id == chair.subject.id
                    && fact.object.id == chair.object.id
                    && fact.evidence.start == chair.evidence.start
            })
        })
        .map(|chair| {
            let mut member = chair.clone();
            member.relation = crate::model::Relation::MemberOf;
            member.qualifiers = crate::model::Qualifiers::default();
            member.evidence.rule = format!("{}+member", chair.evidence.rule);
            member.confidence = (chair.confidence * 0.9 * 100.0).round() / 100.0;
            member
        })
        .collect();
    facts.extend(chairs);
    // "Sisi welcomed Erdogan in Cairo, the Turkish leader's first visit to Egypt": the
    // visit is the person's; the same sentence's state-level visit says it again.
    let persons_visited: Vec<(u32, String, String)> = facts
        .iter()
        .filter(|fact| {
            fact.relation == Visited && !fact.negated && fact.subject.kind == EntityKind::Person
        })
        .filter_map(|fact| {
            let home = country_of(&fact.subject)?.id;
            Some((fact.evidence.start, home, fact.object.id.clone()))
        })
        .collect();
    facts.retain(|fact| {
        !(fact.relation == Visited
            && fact.subject.kind == EntityKind::Country
            && persons_visited.iter().any(|(start, home, host)| {
                *start == fact.evidence.start && *home == fact.subject.id && *host == fact.object.id
            }))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::sync::LazyLock;

    static KNOWLEDGE: LazyLock<Knowledge> = LazyLock::new(|| Knowledge::builtin().unwrap());

    fn article(text: &str, html: bool) -> Article {
        Article {
            doc: "test".into(),
            text: text.into(),
            html,
            date: Some("2022-07-28".into()),
            ..Article::default()
        }
    }

    #[test]
    fn evidence_spans_are_character_offsets_into_the_original_text() {
        let text = "Advertisement\n“Friends” — Russia’s ties with China are strong, Lavrov said.\n";
        let extraction = extract_article(&article(text, false), &KNOWLEDGE);
        let fact = extraction.facts.first().expect("a fact");
        let span: String = text
            .chars()
            .skip(fact.evidence.start as usize)
            .take((fact.evidence.end - fact.evidence.start) as usize)
            .collect();
        assert!(
            span.starts_with("“Friends”") && span.ends_with("said."),
            "{span}"
        );
    }

    #[test]
    fn every_entity_a_fact_names_travels_with_the_extraction() {
        let text = "Russian Foreign Minister Sergey Lavrov criticised the United States on Monday.";
        let extraction = extract_article(&article(text, false), &KNOWLEDGE);
        let relations: Vec<String> = extraction
            .facts
            .iter()
            .map(|fact| format!("{} {} {}", fact.subject.id, fact.relation, fact.object.id))
            .collect();
        assert!(
            relations.contains(&"RUS criticises USA".to_string()),
            "{relations:?}"
        );
        for fact in &extraction.facts {
            for id in [&fact.subject.id, &fact.object.id] {
                assert!(
                    extraction.entities.iter().any(|entity| &entity.id == id),
                    "{id} missing"
                );
            }
        }
    }

    fn assert_has(facts: &[String], expected: &str) {
        assert!(
            facts.iter().any(|fact| fact == expected),
            "{expected} not in {facts:?}"
        );
    }

    fn assert_lacks(facts: &[String], part: &str) {
        assert!(
            facts.iter().all(|fact| !fact.contains(part)),
            "a fact with {part:?} in {facts:?}"
        );
    }

    /// Whether each fact of a relation in a text is negated.
    fn polarities(text: &str, relation: crate::model::Relation) -> Vec<bool> {
        extract_article(&article(text, false), &KNOWLEDGE)
            .facts
            .iter()
            .filter(|fact| fact.relation == relation)
            .map(|fact| fact.negated)
            .collect()
    }

    fn facts_of(text: &str) -> Vec<String> {
        extract_article(&article(text, false), &KNOWLEDGE)
            .facts
            .iter()
            .map(|fact| {
                format!(
                    "{} {} {} @{}",
                    fact.subject.id,
                    fact.relation,
                    fact.object.id,
                    fact.qualifiers.location.as_deref().unwrap_or("-")
                )
            })
            .collect()
    }

    #[test]
    fn rulers_descriptions_and_his_government_stand_for_a_state() {
        // Those who govern a state stand for it.
        let facts = facts_of(
            "The military juntas ruling Mali, Burkina Faso and Niger said on Sunday they were \
             quitting ECOWAS.",
        );
        for country in ["MLI", "BFA", "NER"] {
            assert_has(&facts, &format!("{country} left ECOWAS @-"));
        }
        // A description means the latest country named that it fits, and nothing when none
        // does.
        assert_has(
            &facts_of(
                "Sudan cut ties with the United Arab Emirates, accusing the Gulf state of \
                 arming the rebels.",
            ),
            "SDN criticises ARE @-",
        );
        assert!(facts_of("Mexico accused the Gulf state of arming the rebels.").is_empty());
        // "his government" is the state of a person named in the same sentence, never of
        // one named before.
        assert_has(
            &facts_of(
                "Hungarian Prime Minister Viktor Orban said his government opposed China's \
                 plan.",
            ),
            "HUN opposes CHN @-",
        );
        let facts = facts_of(
            "Hungarian Prime Minister Viktor Orban met Xi Jinping. Kowalczyk said his government \
             would condemn Israel.",
        );
        assert!(!facts.iter().any(|fact| fact.contains("ISR")), "{facts:?}");
        // "whose country" is the state, and its clause stays a relative clause.
        let facts = facts_of(
            "Malaysian Prime Minister Anwar Ibrahim, whose country chairs ASEAN, offered to \
             mediate. Ukrainian President Volodymyr Zelensky, whose country is not a member, \
             met Donald Trump on the sidelines.",
        );
        assert_has(&facts, "MYS leads ASEAN @-");
        assert_has(&facts, "volodymyr-zelensky met_with donald-trump @-");
        // Membership that is only expected is a candidacy.
        let facts = facts_of(
            "Officials in Bangkok said they expected Thailand to become a full member of BRICS \
             next year.",
        );
        assert!(
            facts.contains(&"THA candidate_for BRICS @-".to_string())
                && !facts.iter().any(|fact| fact.contains("member_of")),
            "{facts:?}"
        );
    }

    #[test]
    fn officials_dealings_are_their_countries_meetings_stay_with_them() {
        let facts = facts_of(
            "South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba \
             agreed to expand cooperation on supply chains.",
        );
        assert_has(&facts, "KOR agreed_with JPN @-");
        assert!(
            !facts
                .iter()
                .any(|fact| fact.starts_with("lee-jae-myung agreed_with")),
            "{facts:?}"
        );
        let facts = facts_of("Lee Jae-myung met Shigeru Ishiba in Tokyo on Saturday.");
        assert_has(&facts, "lee-jae-myung met_with shigeru-ishiba @tokyo");
        // "A hosted B and C": the host met each guest.
        let facts = facts_of(
            "President Joe Biden hosted Japanese Prime Minister Fumio Kishida and Philippine \
             President Ferdinand Marcos Jr. at the White House on Thursday.",
        );
        assert_has(&facts, "joe-biden met_with fumio-kishida @washington");
        assert_has(&facts, "joe-biden met_with ferdinand-marcos-jr @washington");
        // "A and B met C": each met C, and not each other.
        let facts = facts_of(
            "European Commission President Ursula von der Leyen and European Council President \
             Antonio Costa met Chinese President Xi Jinping in Beijing on Thursday.",
        );
        assert_has(&facts, "ursula-von-der-leyen met_with xi-jinping @beijing");
        assert_has(&facts, "antonio-costa met_with xi-jinping @beijing");
        assert!(
            !facts.iter().any(|fact| fact.contains("met_with ursula")
                || fact.contains("ursula-von-der-leyen met_with antonio")),
            "{facts:?}"
        );
    }

    #[test]
    fn a_comma_before_and_between_two_names_joins_clauses() {
        assert_eq!(
            facts_of("Russia criticised the United States, and China condemned Japan."),
            ["RUS criticises USA @-", "CHN criticises JPN @-"]
        );
        // A longer list may close with a comma.
        assert_eq!(
            facts_of("Russia, China, and India condemned Japan."),
            [
                "RUS criticises JPN @-",
                "CHN criticises JPN @-",
                "IND criticises JPN @-"
            ]
        );
        // An officer named with a country serves it.
        assert_has(
            &facts_of("Niger's General Abdourahamane Tiani hosted the summit."),
            "abdourahamane-tiani official_of NER @-",
        );
    }

    #[test]
    fn descriptions_of_an_organisation_and_of_a_critic() {
        let facts = facts_of(
            "Mali quit the West African bloc ECOWAS on Sunday. The European Union and the \
             South American Mercosur bloc signed a trade deal. Argentine President Javier \
             Milei, a frequent critic of Mercosur, attended the summit.",
        );
        assert_has(&facts, "MLI left ECOWAS @-");
        assert_has(&facts, "EU agreed_with MERCOSUR @-");
        assert_has(&facts, "ARG criticises MERCOSUR @-");
        // A role holder's employer is not what "the bloc" means.
        let facts = facts_of(
            "NATO met in Brussels. European Commission President Ursula von der Leyen spoke. \
             The bloc criticised Russia.",
        );
        assert_has(&facts, "NATO criticises RUS @-");
    }

    #[test]
    fn the_move_is_the_latest_act_and_its_actors() {
        let facts = facts_of(
            "Britain, Canada and Norway imposed sanctions on two Israeli ministers on Tuesday. \
             Israel's foreign minister, Gideon Saar, called the move outrageous.",
        );
        for country in ["GBR", "CAN", "NOR"] {
            assert_has(&facts, &format!("ISR criticises {country} @-"));
        }
        // An attack is not "the measures": it has its own words ("the strikes").
        let facts = facts_of(
            "Russia's war in Ukraine went on. Slovak Prime Minister Robert Fico had blocked the \
             measures for weeks.",
        );
        assert!(
            !facts.iter().any(|fact| fact.contains("opposes")),
            "{facts:?}"
        );
    }

    #[test]
    fn the_two_sides_are_a_named_pair_never_the_mediators_nor_an_act() {
        // A pair named "X and Y" is what "the two neighbours" means next ...
        let facts = facts_of(
            "Japan and South Korea held talks in Seoul, where Japan criticised China over its \
             drills. Relations between the two neighbours have soured.",
        );
        assert_has(&facts, "JPN at_odds_with KOR @-");
        assert_lacks(&facts, "at_odds_with CHN");
        // ... else the states of the two persons who last met ...
        assert_has(
            &facts_of(
                "Maldivian President Mohamed Muizzu held talks with Indian Prime Minister \
                 Narendra Modi on Monday. The two sides signed a currency swap.",
            ),
            "MDV agreed_with IND @-",
        );
        // ... but not the mediators between two sides ...
        assert_lacks(
            &facts_of(
                "Qatar and Egypt have mediated between Israel and Hamas for months. The two \
                 sides agreed to a ceasefire.",
            ),
            "QAT agreed_with EGY",
        );
        // ... and an act between two countries does not make them the pair in focus: a
        // third party's act comes too often between.
        assert_lacks(
            &facts_of(
                "India accused Pakistan of backing the attack. China backed Pakistan. The two \
                 countries are at odds over Kashmir.",
            ),
            "at_odds_with",
        );
        // Two states compared with are no pair either.
        assert_lacks(
            &facts_of(
                "Biden and Trong upgraded ties, placing the United States on a par with China \
                 and Russia. The two sides also agreed on semiconductor cooperation.",
            ),
            "CHN agreed_with RUS",
        );
        // Of a host and two guests, "the two leaders" are the guests joined by "and" ...
        let facts = facts_of(
            "President Recep Tayyip Erdogan hosted Ethiopian Prime Minister Abiy Ahmed and \
             Somali President Hassan Sheikh Mohamud in Ankara. In a joint declaration, the two \
             leaders agreed to refrain from differences.",
        );
        assert_has(&facts, "ETH agreed_with SOM @-");
        assert_lacks(&facts, "TUR agreed_with");
        // ... and a sentence of background does not replace the pair of the news.
        let facts = facts_of(
            "Indian Prime Minister Narendra Modi visited Kyiv on Friday and told Ukrainian \
             President Volodymyr Zelensky that India was ready to help. Last month Modi \
             visited Moscow, where he embraced Vladimir Putin. The two leaders signed four \
             agreements.",
        );
        assert_has(&facts, "IND agreed_with UKR @-");
        assert_lacks(&facts, "IND agreed_with RUS");
        // The last two of a longer list are no pair of their own.
        let facts = facts_of(
            "The shouting match between Volodymyr Zelensky, Donald Trump and Vice President JD \
             Vance was the culmination of years of tension. The two presidents first spoke in \
             July 2019.",
        );
        assert_lacks(&facts, "jd-vance met_with");
        assert_lacks(&facts, "met_with jd-vance");
    }

    #[test]
    fn a_visit_named_after_a_meeting_is_the_visitors() {
        let facts = facts_of(
            "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping on the \
             sidelines of a summit on Sunday, on his first visit to China in seven years.",
        );
        assert_has(&facts, "narendra-modi visited CHN @-");
        // The host does not visit the country he serves.
        let facts = facts_of(
            "Chinese President Xi Jinping met Indian Prime Minister Narendra Modi on Sunday, \
             on his first visit to China in seven years.",
        );
        assert_lacks(&facts, "xi-jinping visited");
    }

    #[test]
    fn reactions_to_acts_and_remarks_of_earlier_sentences() {
        // An act of one actor gives no fact, but a reaction to it names the actor.
        assert_has(
            &facts_of(
                "North Korea fired a ballistic missile into the sea on Sunday. Tokyo called \
                 the launch a grave threat to regional security.",
            ),
            "JPN criticises PRK @-",
        );
        // Drills held, with words between ("held * drills" in `solo_acts`); talks are no
        // act a later "the move" means.
        assert_has(
            &facts_of(
                "China held large-scale military drills around Taiwan on Monday. Japan \
                 condemned the drills.",
            ),
            "JPN criticises CHN @-",
        );
        assert_lacks(
            &facts_of("Japan held talks with South Korea. China criticised the move."),
            "criticises",
        );
        // "The remarks" are the last speaker's ...
        assert_has(
            &facts_of(
                "Russian President Vladimir Putin said on Friday that Moscow was ready for \
                 talks. Ukraine's Foreign Minister Andrii Sybiha dismissed the remarks as \
                 propaganda.",
            ),
            "UKR criticises RUS @-",
        );
        // ... rejecting them rebuts the speaker (no opposition), welcoming them is no
        // meeting, and of two recent speakers of different states nobody can tell whose
        // they are.
        let facts =
            facts_of("Putin said Moscow was ready for talks. Ukraine rejected the remarks.");
        assert_lacks(&facts, "opposes");
        assert_has(&facts, "UKR criticises RUS @-");
        assert_lacks(
            &facts_of(
                "Denmark's Prime Minister Mette Frederiksen said Greenland was not for sale. \
                 Greenland's premier Mute Egede welcomed the statement.",
            ),
            "met_with",
        );
        // "neither ... nor" negates.
        assert_eq!(
            polarities(
                "Pakistan launched air strikes in Afghanistan. China neither condemned nor \
                 supported the strikes.",
                crate::model::Relation::Criticises,
            ),
            vec![true]
        );
        assert!(
            facts_of(
                "Rutte told reporters Russia was a threat. Nauseda said Lithuania would spend \
                 more on defence. Zakharova slammed the remarks as hysteria.",
            )
            .iter()
            .all(|fact| !fact.contains("criticises LTU") && !fact.contains("criticises NATO")),
        );
    }

    #[test]
    fn phrasings_of_the_ninth_set_and_tenth_review() {
        // The place visited does not meet; the visitor does.
        let facts = facts_of(
            "Japan's Foreign Minister Takeshi Iwaya visited Cairo on Tuesday and met \
             President Abdel Fattah al-Sisi.",
        );
        assert_has(&facts, "takeshi-iwaya met_with abdel-fattah-el-sisi @-");
        assert_lacks(&facts, "EGY met_with");
        // "he" after a verb's object means the sentence's subject; "him" does not.
        let facts = facts_of(
            "Hungarian Prime Minister Viktor Orban visited Kyiv and met Zelensky, and days \
             later travelled to Moscow, where he met Putin.",
        );
        assert_has(&facts, "viktor-orban met_with vladimir-putin @-");
        assert_lacks(&facts, "volodymyr-zelensky met_with vladimir-putin");
        assert_has(
            &facts_of(
                "Orban, who invited Netanyahu in defiance of the court, greeted him with \
                 military honours at Buda Castle.",
            ),
            "viktor-orban met_with benjamin-netanyahu @-",
        );
        // Forces arriving are deployed, not visiting.
        assert_lacks(
            &facts_of("Turkish troops arrived in Somalia to train local forces."),
            "visited",
        );
        // A draft the Council would adopt is not the Council; a region is not its state.
        assert_lacks(
            &facts_of(
                "The United States vetoed a U.N. Security Council draft resolution on Tuesday.",
            ),
            "opposes",
        );
        assert_lacks(
            &facts_of("Kenya signed a memorandum of understanding with Somalia's Jubaland region."),
            "agreed_with",
        );
        // Opposing arms for a country is no opposition to it.
        assert_lacks(
            &facts_of("Slovakia opposes sending ammunition to Ukraine."),
            "opposes UKR",
        );
        // A known official settles an ambiguous name; a "Bosnian Serb leader" leads a
        // community (Republika Srpska), not Bosnia and Herzegovina (two reviewers judged
        // the state's office wrong).
        assert_has(
            &facts_of("Jordan's Ayman Safadi met Egypt's Badr Abdelatty in Cairo."),
            "ayman-safadi official_of JOR @-",
        );
        let facts = facts_of("Bosnian Serb leader Milorad Dodik met Vladimir Putin in Moscow.");
        assert_has(&facts, "milorad-dodik met_with vladimir-putin @moscow");
        assert_lacks(&facts, "official_of BIH");
        // An announced withdrawal is expected, not dated by its announcement.
        let facts = extract_article(
            &Article {
                date: Some("2025-04-04".into()),
                ..article(
                    "Hungary announced its withdrawal from the International Criminal Court \
                     on Thursday.",
                    false,
                )
            },
            &KNOWLEDGE,
        )
        .facts;
        let left = facts
            .iter()
            .find(|fact| fact.relation == crate::model::Relation::Left)
            .expect("a withdrawal");
        assert!(
            left.qualifiers.expected && left.qualifiers.time.is_none(),
            "{left:?}"
        );
    }

    #[test]
    fn phrasings_of_the_eighth_set_and_fourth_review() {
        // "and was greeted by" is a passive the rule is written for.
        assert_has(
            &facts_of(
                "Putin arrived in Pyongyang on Wednesday and was greeted at the airport by \
                 Kim Jong Un.",
            ),
            "vladimir-putin met_with kim-jong-un @pyongyang",
        );
        // Two people who sign together have met; two countries that sign need not have.
        assert_has(
            &facts_of("Healey and Pistorius signed a defence agreement in London on Wednesday."),
            "john-healey met_with boris-pistorius @london",
        );
        assert_lacks(
            &facts_of("Japan and the Philippines signed a reciprocal access agreement."),
            "met_with",
        );
        // Talks with two people are a meeting with each.
        let facts = facts_of(
            "Rafael Grossi arrived in Tehran for talks with Foreign Minister Abbas Araghchi \
             and President Masoud Pezeshkian.",
        );
        assert_has(&facts, "rafael-grossi met_with abbas-araghchi @tehran");
        assert_has(&facts, "rafael-grossi met_with masoud-pezeshkian @tehran");
        assert_lacks(&facts, "abbas-araghchi met_with masoud-pezeshkian");
        // A joint statement: the signatories agree, and each condemns its target.
        let facts = facts_of(
            "The foreign ministers of Japan, South Korea and the United States met in \
             Charlevoix on Friday and issued a joint statement condemning North Korea's \
             missile launches.",
        );
        assert!(
            facts
                .iter()
                .any(|fact| fact.starts_with("JPN agreed_with KOR")
                    || fact.starts_with("KOR agreed_with JPN")),
            "{facts:?}"
        );
        for country in ["JPN", "KOR", "USA"] {
            assert!(
                facts
                    .iter()
                    .any(|fact| fact.starts_with(&format!("{country} criticises PRK"))),
                "{facts:?}"
            );
        }
        // A negation word that affirms is no negation.
        let affirmed = polarities(
            "China not only supports Russia diplomatically but also supplies it with drone \
             parts.",
            crate::model::Relation::Supports,
        );
        assert!(affirmed.contains(&false), "{affirmed:?}");
        // "May" the month is no modal.
        assert_has(
            &facts_of("Trump's May visit to Saudi Arabia drew protests."),
            "donald-trump visited SAU @-",
        );
        assert_lacks(
            &facts_of("Putin may visit India later this year."),
            "visited",
        );
        // A stance dated by an opening adverbial is the country the speaker served then.
        let facts = facts_of("In 2012, Rutte criticised Greece for failing to meet the terms.");
        assert_has(&facts, "NLD criticises GRC @-");
        assert_lacks(&facts, "NATO criticises");
        // A place in another clause is another event's ("in the Oval Office" is this one's).
        let facts =
            facts_of("Merz met Trump in the Oval Office, a day after Merz met Zelensky in Berlin.");
        assert_has(&facts, "friedrich-merz met_with donald-trump @washington");
        assert_has(&facts, "friedrich-merz met_with volodymyr-zelensky @berlin");
        assert_lacks(&facts, "donald-trump visited");
        // Handing documents over is done in person.
        assert_has(
            &facts_of(
                "Prime Minister Ulf Kristersson handed the accession documents to U.S. \
                 Secretary of State Antony Blinken in Washington.",
            ),
            "ulf-kristersson met_with antony-blinken @washington",
        );
    }

    #[test]
    fn wire_phrasings_of_the_seventh_development_set() {
        // A speaker named by role alone speaks for the subject country; a known person's
        // surname after someone else's given name is that someone else.
        let facts = facts_of("Angola is leaving OPEC, Oil Minister Diamantino Azevedo said.");
        assert_has(&facts, "diamantino-azevedo official_of AGO @-");
        assert_lacks(&facts, "roberto-azevedo");
        // "the Geneva-based agency" is the organisation just named.
        assert_has(
            &facts_of(
                "The United States quit the World Health Organization, accusing the \
                 Geneva-based agency of mishandling the pandemic.",
            ),
            "USA criticises WHO @-",
        );
        // A judgement quoted first, then said of its target.
        assert_has(
            &facts_of(
                "\"This is a dangerous and provocative act,\" the Philippine foreign ministry \
                 said of the Chinese coast guard's boarding of the boats.",
            ),
            "PHL criticises CHN @-",
        );
        // A tour of several countries visits each.
        let facts = facts_of("Xi wrapped up a five-day tour of Vietnam and Malaysia on Friday.");
        assert_has(&facts, "xi-jinping visited VNM @-");
        assert_has(&facts, "xi-jinping visited MYS @-");
        // "the three countries" can mean a list of the same sentence.
        let facts = facts_of(
            "Britain, France and Germany said the three countries would sanction Iranian \
             shipping firms.",
        );
        for country in ["GBR", "FRA", "DEU"] {
            assert_has(&facts, &format!("{country} sanctions IRN @-"));
        }
        // A passive signing by two leaders.
        assert_has(
            &facts_of(
                "A security agreement was signed by Australian Prime Minister Anthony Albanese \
                 and his Papua New Guinea counterpart, James Marape, in Canberra.",
            ),
            "AUS agreed_with PNG @canberra",
        );
        // Membership in a relative clause, and an export ban aimed at a state.
        assert_has(
            &facts_of(
                "The four countries, Japan, India, Australia and the United States, which make up the Quad, met.",
            ),
            "JPN member_of QUAD @-",
        );
        assert_has(
            &facts_of("China banned exports of gallium and germanium to the United States."),
            "CHN sanctions USA @-",
        );
        // "the two countries" in a sentence that names just two states means them.
        let facts = facts_of(
            "Algeria expelled 12 French embassy staff, and Paris responded by expelling 12 \
             Algerian diplomats, the latest escalation in a row between the two countries.",
        );
        assert_has(&facts, "DZA at_odds_with FRA @-");
        assert_has(&facts, "FRA sanctions DZA @-");
        // A place after a preposition is not the subject of a coordinated verb.
        assert_lacks(
            &facts_of(
                "Vance visited the base in Greenland on Friday and accused Denmark of \
                 underinvesting.",
            ),
            "GRL criticises",
        );
    }

    /// The facts of a text published on `date`, one line each: "subject relation object
    /// [role] @location", then, with `times`, " time" and " +expected", then " !neg".
    fn fact_lines(text: &str, date: &str, times: bool) -> Vec<String> {
        let mut article = article(text, false);
        article.date = Some(date.into());
        extract_article(&article, &KNOWLEDGE)
            .facts
            .iter()
            .map(|fact| {
                let when = if times {
                    format!(
                        " {}{}",
                        fact.qualifiers.time.as_deref().unwrap_or("-"),
                        if fact.qualifiers.expected {
                            " +expected"
                        } else {
                            ""
                        }
                    )
                } else {
                    String::new()
                };
                format!(
                    "{} {} {} [{}] @{}{when}{}{}",
                    fact.subject.id,
                    fact.relation,
                    fact.object.id,
                    fact.qualifiers.role.as_deref().unwrap_or("-"),
                    fact.qualifiers.location.as_deref().unwrap_or("-"),
                    if fact.negated { " !neg" } else { "" },
                    fact.qualifiers
                        .status
                        .as_deref()
                        .map(|status| format!(" status={status}"))
                        .unwrap_or_default()
                )
            })
            .collect()
    }

    /// Each text with a fact that must come out and a piece that no fact may contain
    /// (subject relation object [role] @location time +expected !neg).
    /// Checks each (text, present, absent): `present` must be part of a fact (unless empty);
    /// no fact may contain `absent`, or be it when it starts with "=".
    fn assert_cases(date: &str, cases: &[(&str, &str, &str)]) {
        for (text, present, absent) in cases {
            let found = fact_lines(text, date, true);
            assert!(
                present.is_empty() || found.iter().any(|fact| fact.contains(present)),
                "{text}\n  wanted: {present}\n  found: {found:#?}"
            );
            let unwanted = |fact: &String| match absent.strip_prefix('=') {
                Some(whole) => fact == whole,
                None => fact.contains(absent),
            };
            assert!(
                !found.iter().any(unwanted),
                "{text}\n  unwanted: {absent}\n  found: {found:#?}"
            );
        }
    }

    #[test]
    fn what_the_twenty_first_review_found() {
        assert_cases(
            "2025-06-10",
            &[
                // A building's place is not where a stance was taken.
                (
                    "Israel said it would close its embassy in Dublin, accusing the Irish \
                 government of bias.",
                    "ISR criticises IRL [-] @- ",
                    "@dublin",
                ),
                // A strike on a building took place where the building stands.
                (
                    "Israeli warplanes struck the Syrian defence ministry headquarters in Damascus \
                 on Wednesday.",
                    "ISR attacks SYR [-] @damascus",
                    "!neg",
                ),
                // A meeting "not on the agenda" or "off the table" did not happen.
                (
                    "Kremlin spokesman Dmitry Peskov said a meeting between Putin and Zelenskiy \
                 was not on the agenda.",
                    "dmitry-peskov official_of RUS",
                    "met_with",
                ),
                // A visit worked towards, an agreement called for: neither happened.
                (
                    "The two ministers agreed to work towards a visit to Japan by Chinese Premier \
                 Li Qiang.",
                    "li-qiang official_of CHN",
                    "visited",
                ),
                (
                    "Lula called on Wednesday for a trade agreement between Mercosur and Japan.",
                    "",
                    "agreed_with",
                ),
                // "He" before a name is a surname.
                (
                    "U.S. Commerce Secretary Howard Lutnick and Chinese Vice Premier He Lifeng \
                 held talks in London on Tuesday.",
                    "he-lifeng official_of CHN [vice premier]",
                    "howard-lutnick official_of CHN",
                ),
                // What a call failed to achieve does not undo the call.
                (
                    "Japanese Prime Minister Shigeru Ishiba failed to win a tariff exemption in a \
                 phone call with Trump on Wednesday.",
                    "shigeru-ishiba met_with donald-trump",
                    "!neg",
                ),
                (
                    "Zelensky said he was ready to speak on the phone with Vladimir Putin, but no \
                 call had been scheduled.",
                    "",
                    "met_with",
                ),
                // The place of a meeting yet to come is not where the agreement was made.
                (
                    "Mexico and Canada agreed on Tuesday to meet again in Ottawa next month.",
                    "MEX agreed_with CAN [-] @- ",
                    "@ottawa",
                ),
                // A verb that gives membership to its object.
                (
                    "Thailand has not formally joined BRICS, although Russia lists it as a member.",
                    "",
                    "RUS member_of",
                ),
                // Times given "respectively".
                (
                    "Bulgaria and Croatia joined the European Union in 2007 and 2013 respectively.",
                    "HRV member_of EU [-] @- 2013",
                    "HRV member_of EU [-] @- 2007",
                ),
                // A clause after "before" shares the future of the one it hangs on.
                (
                    "Indian Prime Minister Narendra Modi will visit Paris this week before he heads \
                 to Washington.",
                    "narendra-modi visited USA [-] @washington - +expected",
                    "=narendra-modi visited USA [-] @- -",
                ),
                // The second verb of a coordinated predicate has the sentence's subject.
                (
                    "Canada condemned the missile attack on Kyiv and imposed new sanctions on \
                 Russia on Thursday, Foreign Minister Melanie Joly said.",
                    "CAN sanctions RUS",
                    "!neg",
                ),
                // ... but not after a clause with a subject of its own, or what is said.
                (
                    "Poland chaired the meeting, and Tusk said Hungary had blocked the statement \
                 and criticised Ukraine.",
                    "",
                    "POL criticises",
                ),
                (
                    "Niger ended military cooperation with the United States.",
                    "NER cooperates_with USA [-] @- - !neg",
                    "=NER cooperates_with USA [-] @- -",
                ),
                // A travel verb's destination is where the talks of the second verb were.
                (
                    "Lebanese President Joseph Aoun travelled to Riyadh on Monday for his first \
                 foreign trip since taking office and held talks with Crown Prince Mohammed \
                 bin Salman.",
                    "joseph-aoun met_with mohammed-bin-salman [-] @riyadh",
                    "!neg",
                ),
                (
                    "Belarusian leader Alexander Lukashenko freed 14 prisoners on Saturday, after \
                 meeting U.S. envoy Keith Kellogg in Minsk.",
                    "alexander-lukashenko met_with keith-kellogg [-] @minsk",
                    "!neg",
                ),
                // Troops are no state's territory.
                (
                    "NATO Secretary General Mark Rutte met President Gitanas Nauseda in Vilnius on \
                 Tuesday and visited German troops of the brigade.",
                    "mark-rutte met_with",
                    "visited DEU",
                ),
                // Two persons named earlier in the sentence are "the two governments".
                (
                    "The day before, Trump met South Korean President Lee Jae-myung in Gyeongju, \
                 where the two governments finalised a trade deal.",
                    "USA agreed_with KOR",
                    "CHN",
                ),
                (
                    "Armenia and Azerbaijan initialled a peace agreement at the White House on \
                 Friday.",
                    "ARM agreed_with AZE",
                    "!neg",
                ),
                // A reporting clause after a conditional quote is no condition itself.
                (
                    "Tariffs will follow if Moscow does not agree to a ceasefire, President Donald \
                 Trump said on Monday after meeting NATO Secretary General Mark Rutte.",
                    "donald-trump met_with mark-rutte",
                    "!neg",
                ),
                (
                    "Yvette Cooper, Britain's foreign secretary, announced sanctions on Iran. She \
                 spoke after talks in London with Johann Wadephul, her German counterpart.",
                    "yvette-cooper met_with johann-wadephul [-] @london",
                    "!neg",
                ),
                // The twenty-second review: "respectively" pairs persons with places and
                // dates, and keeps coordinated subjects apart.
                (
                    "Canadian Prime Minister Mark Carney and British Prime Minister Keir Starmer \
                 visited Paris and Kyiv respectively on Monday.",
                    "keir-starmer visited UKR",
                    "keir-starmer visited FRA",
                ),
                (
                    "Chinese President Xi Jinping and Indian Prime Minister Narendra Modi visited \
                 Moscow in March 2023 and July 2024 respectively.",
                    "narendra-modi visited RUS [-] @moscow 2024-07",
                    "narendra-modi visited RUS [-] @- 2023",
                ),
                (
                    "Egypt's President Abdel Fattah al-Sisi and Jordan's King Abdullah II met \
                 Trump and Macron respectively on Tuesday.",
                    "",
                    "met_with abdullah-ii",
                ),
                // A visit under discussion has not happened; neither has one a speaker says is
                // not on the agenda.
                (
                    "A visit to Beijing by Trump is being discussed for April, Chinese officials \
                 said on Thursday.",
                    "",
                    "visited",
                ),
                (
                    "Serbian President Aleksandar Vucic said on Monday that a visit to Moscow was \
                 not on the agenda this year.",
                    "",
                    "visited",
                ),
                // "she" after "is due to meet Trump" is the subject, not Trump.
                (
                    "Japanese Prime Minister Sanae Takaichi is due to meet Trump in Tokyo on \
                 Tuesday, after which she will travel to Gyeongju for the APEC summit.",
                    "sanae-takaichi visited KOR",
                    "donald-trump visited KOR",
                ),
                // A past clause "days after" a future one stays past.
                (
                    "Trump will meet Xi on Thursday, days after U.S. and Chinese negotiators \
                 agreed on a framework deal in Kuala Lumpur.",
                    "",
                    "agreed_with CHN [-] @kuala-lumpur - +expected",
                ),
                // The place of a condemned act is not where it was condemned.
                (
                    "Turkey condemned Israel's raid in Jenin on Tuesday.",
                    "TUR criticises ISR",
                    "@jenin",
                ),
                // A second verb keeps its own time.
                (
                    "Indian External Affairs Minister S. Jaishankar arrived in Moscow on Monday \
                 and is expected to meet Foreign Minister Sergei Lavrov on Thursday.",
                    "s-jaishankar visited RUS [-] @moscow 2025-06-09",
                    "RUS [-] @moscow 2025-06-12",
                ),
                // An official named with a bare title serves the state that the dateline and
                // the sentence agree on; not where the sentence before was another state's.
                (
                    "TOKYO, June 10 (Reuters) - Japan imposed sanctions on 14 companies on \
                 Tuesday. Chief Cabinet Secretary Minoru Kihara said Japan would keep working \
                 with G7 partners.",
                    "minoru-kihara official_of JPN [chief cabinet secretary]",
                    "!neg",
                ),
                (
                    "KIGALI, March 17 - Rwanda severed diplomatic relations with Belgium on Monday. \
                 Belgium responded by declaring Rwandan diplomats persona non grata. Foreign \
                 Minister Maxime Prevot called Kigali's decision disproportionate.",
                    "",
                    "maxime-prevot official_of RWA",
                ),
                // The twenty-third review.
                (
                    "There are no plans for Putin to meet Zelensky, the Kremlin said.",
                    "vladimir-putin met_with volodymyr-zelensky [-] @- - !neg",
                    "=vladimir-putin met_with volodymyr-zelensky [-] @- -",
                ),
                (
                    "Russia denied responsibility for the attack and accused Denmark of spreading \
                 lies.",
                    "RUS criticises DNK [-] @- -",
                    "!neg",
                ),
                // Tariffs threatened on a state's goods, the time before the infinitive.
                (
                    "Trump threatened on Friday to impose additional 100% tariffs on Chinese goods \
                 from November 1.",
                    "USA threatens CHN",
                    "!neg",
                ),
                // "the strikes" are the attack whose attacker the sentence before names first.
                (
                    "Israel carried out air strikes on military targets in Iran on Saturday, in \
                 retaliation for Iran's ballistic missile attack on Israel. Saudi Arabia and \
                 Qatar condemned the strikes as a violation of Iran's sovereignty.",
                    "SAU criticises ISR",
                    "SAU criticises IRN",
                ),
                (
                    "Belarus denied responsibility and accused Vilnius of escalating tensions.",
                    "BLR criticises LTU [-] @- -",
                    "!neg",
                ),
                (
                    "U.S. Deputy Secretary of State Christopher Landau met the delegation.",
                    "christopher-landau official_of USA [deputy secretary of state]",
                    "[secretary of state]",
                ),
                (
                    "BRICS leaders meeting in Rio de Janeiro condemned the U.S. and Israeli strikes \
                 on Iran in a joint declaration on Sunday.",
                    "ISR attacks IRN [-] @- -",
                    "attacks IRN [-] @rio-de-janeiro",
                ),
                // Two states after a topic word are not the pair "the two sides" means.
                (
                    "The two leaders discussed Syria and Lebanon. The two sides agreed to deepen \
                 cooperation on energy.",
                    "",
                    "SYR",
                ),
            ],
        );
    }

    /// What the thirteenth session taught, from the leftovers of review 26, reviews 27 to
    /// 31 and its development set.
    #[test]
    fn what_the_twenty_sixth_review_left() {
        assert_cases(
            "2025-12-20",
            &[
                // A list that closes an enumeration of topics is no pair ("the situation
                // in Gaza, Libya and Sudan") ...
                (
                    "President Abdel Fattah al-Sisi received Greek Prime Minister Kyriakos \
                     Mitsotakis on Saturday. The two leaders discussed the situation in Gaza, \
                     Libya and Sudan. The two sides signed agreements on energy.",
                    "kyriakos-mitsotakis official_of GRC",
                    "LBY agreed_with SDN",
                ),
                // ... but after an opening place the list is the pair.
                (
                    "In Cairo, Egypt and Greece signed a maritime deal on Monday. The two \
                     countries pledged to deepen cooperation.",
                    "EGY cooperates_with GRC",
                    "!neg",
                ),
                // A strait named after a state is a place, not the state.
                (
                    "Japan and Australia agreed to deepen defence ties. The leaders also \
                     discussed China's military activities near Japan and the Taiwan Strait. \
                     The two countries signed a logistics pact.",
                    "JPN agreed_with AUS",
                    "TWN",
                ),
                // A given name before a known name is the same person; "the Iranian minister"
                // is the one Iranian minister named; "he" then is the subject.
                (
                    "Foreign Minister Seyed Abbas Araghchi held talks with Saudi Foreign \
                     Minister Prince Faisal bin Farhan in Jeddah, conveying a message to Crown \
                     Prince Mohammed bin Salman. The Iranian minister also met the crown \
                     prince. He later travelled to Muscat.",
                    "abbas-araghchi visited OMN",
                    "mohammed-bin-salman visited",
                ),
                (
                    "Foreign Minister Seyed Abbas Araghchi held talks in Jeddah. The Iranian \
                     minister also met Crown Prince Mohammed bin Salman.",
                    "abbas-araghchi met_with mohammed-bin-salman",
                    "seyed",
                ),
                // A resident ambassador's meeting in the host state is no visit to it.
                (
                    "Pakistan and China reaffirmed their partnership during a meeting between \
                     Foreign Minister Ishaq Dar and Chinese Ambassador Jiang Zaidong in \
                     Islamabad.",
                    "ishaq-dar met_with jiang-zaidong [-] @islamabad",
                    "jiang-zaidong visited",
                ),
            ],
        );
    }

    #[test]
    fn what_the_twenty_seventh_review_found() {
        assert_cases(
            "2025-05-10",
            &[
                // Persons met: their states' meeting from the same sentence is not added.
                (
                    "Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State Marco \
                     Rubio met in Riyadh on Tuesday.",
                    "sergey-lavrov met_with marco-rubio",
                    "RUS met_with USA",
                ),
                // Abbreviated ranks are titles; a quoted nickname is no end of a name.
                (
                    "Thai army spokesman Maj. Gen. Winthai Suvaree said the border was calm.",
                    "winthai-suvaree official_of THA [spokesperson]",
                    "maj ",
                ),
                (
                    "LA PAZ - Senator Rodrigo Paz won Bolivia's presidential runoff on Sunday, \
                     defeating former president Jorge \"Tuto\" Quiroga.",
                    "jorge-quiroga official_of BOL [president] @- - status=former",
                    "jorge official_of",
                ),
                // "Secretary" before a known surname is a title, not a given name.
                (
                    "Yesterday Secretary Rubio spoke with Indian External Affairs Minister S. \
                     Jaishankar.",
                    "marco-rubio met_with s-jaishankar",
                    "secretary-rubio",
                ),
                // Separate talks, both speaking, indirect talks: no meeting or agreement of
                // the two.
                (
                    "Russia and Ukraine agreed to ensure safe navigation in the Black Sea after \
                     separate talks with the United States in Riyadh.",
                    "",
                    "RUS agreed_with UKR",
                ),
                (
                    "Nigeria's Bola Tinubu and Kenya's William Ruto both spoke of a new \
                     confidence.",
                    "",
                    "met_with",
                ),
                (
                    "Iranian Foreign Minister Abbas Araghchi and U.S. envoy Steve Witkoff will \
                     hold talks in Oman on Saturday, Tehran said, insisting the talks would be \
                     indirect.",
                    "abbas-araghchi official_of IRN",
                    "met_with",
                ),
                // The members of a body act, not the body.
                (
                    "More than 150 of the 193 U.N. member states now recognise the State of \
                     Palestine.",
                    "",
                    "UN supports",
                ),
                // A relative clause after an enumeration is its last item's.
                (
                    "Today the SCO has ten full members: China, Russia, India, Pakistan, Iran, \
                     Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan and Belarus, which joined \
                     in July 2024.",
                    "",
                    "CHN member_of SCO [-] @- 2024-07",
                ),
                // An accusation is no attack, and the place of the act is not where it was
                // blamed.
                (
                    "New Delhi blamed Pakistan for an attack on tourists in Pahalgam in April.",
                    "IND criticises PAK [-] @- ",
                    "PAK attacks",
                ),
                // A tie not suspended: no fact either way.
                (
                    "Tbilisi would not suspend its strategic partnership with the United States.",
                    "",
                    "friendly_with",
                ),
                // A state's vessel stands for it; "the three Sahel states" is a group; the
                // move by a group is theirs.
                (
                    "Beijing accused the Philippine vessel of intruding into Chinese waters.",
                    "CHN criticises PHL",
                    "PHL criticises",
                ),
                (
                    "Mali, Burkina Faso and Niger left ECOWAS in January. The three Sahel \
                     states, which founded the Alliance of Sahel States in 2023, accuse ECOWAS \
                     of being under French influence.",
                    "NER criticises ECOWAS",
                    "ECOWAS criticises",
                ),
                (
                    "Britain, Canada and Norway imposed travel bans on Israel's national \
                     security minister, Itamar Ben-Gvir. Rubio said Washington condemned the \
                     move by the three countries.",
                    "USA criticises NOR",
                    "USA criticises ISR",
                ),
            ],
        );
    }

    #[test]
    fn they_and_founders() {
        assert_cases(
            "2025-10-01",
            &[
                // "they" is the list of states that was the subject, in this sentence or
                // the one before; founders are members; "after accusing" is the subject's.
                (
                    "Mali, Burkina Faso and Niger formed the Alliance of Sahel States in \
                     September 2023. In September 2025 they said they would also withdraw \
                     from the International Criminal Court.",
                    "NER left ICC [-] @- - +expected",
                    "ICC left",
                ),
                (
                    "Mali, Burkina Faso and Niger formed the Alliance of Sahel States in \
                     September 2023.",
                    "BFA member_of AES [-] @- 2023-09 status=founding",
                    "member_of ECOWAS",
                ),
                (
                    "Mali left ECOWAS in January after accusing the bloc of acting on behalf \
                     of France.",
                    "MLI criticises ECOWAS",
                    "criticises FRA",
                ),
                // Not when another actor opened the sentence before, nor in "what they
                // called" after the list.
                (
                    "Mali, Burkina Faso and Niger formed a new alliance. France said the move \
                     was regrettable. They accuse ECOWAS of bias.",
                    "",
                    "criticises ECOWAS",
                ),
                (
                    "In a joint statement, the United States, Japan and South Korea condemned \
                     what they called China's dangerous behaviour.",
                    "USA criticises CHN",
                    "USA criticises JPN",
                ),
                // Nor does a relative clause found anything for the subject before it.
                (
                    "Britain, which became a dialogue partner of the three governments, which \
                     formed the Alliance of Sahel States, said it would help.",
                    "",
                    "GBR member_of",
                ),
            ],
        );
    }

    #[test]
    fn what_the_twenty_eighth_review_found() {
        assert_cases(
            "2025-06-11",
            &[
                // "Role to State, Name," is one apposition; a posting is no party.
                (
                    "The British ambassador to China, Peter Wilson, met Chinese Vice Foreign \
                     Minister Hua Chunying in Beijing on Tuesday.",
                    "peter-wilson met_with hua-chunying [-] @beijing",
                    "GBR met_with",
                ),
                (
                    "Ethiopian Prime Minister Abiy Ahmed met Eritrea's ambassador to the \
                     African Union in Addis Ababa on Tuesday.",
                    "abiy-ahmed official_of ETH",
                    "met_with AU",
                ),
                // "its" after the target is the target's; after "calling on X to", X's.
                (
                    "The EU has imposed sanctions on Russia since its full-scale invasion of \
                     Ukraine in February 2022.",
                    "RUS attacks UKR",
                    "EU attacks",
                ),
                (
                    "China, Russia and Iran issued a joint statement on Monday, calling on the \
                     United States to end its sanctions on Iran.",
                    "CHN agreed_with RUS",
                    "CHN sanctions",
                ),
                // A place after "warned in" is where the warning was given.
                (
                    "U.S. Defense Secretary Pete Hegseth warned in Singapore on Saturday that \
                     China was preparing to use military force.",
                    "pete-hegseth official_of USA",
                    "threatens SGP",
                ),
                // Capitals that are different cities are different places.
                (
                    "Ghana's President John Mahama arrived in Abidjan on Wednesday on a \
                     one-day working visit to Ivory Coast.",
                    "john-mahama visited CIV [-] @abidjan",
                    "@yamoussoukro",
                ),
                // What a stance is about happened elsewhere than the stance.
                (
                    "Pakistan accused India on Monday of sponsoring militants in Balochistan.",
                    "PAK criticises IND",
                    "@balochistan",
                ),
                // An announced resignation has not yet ended the office.
                (
                    "Japan's Prime Minister Shigeru Ishiba announced his resignation on Sunday.",
                    "shigeru-ishiba official_of JPN [prime minister]",
                    "status=former",
                ),
                // Strikes near a capital, a summit held, a state withdrawn from a body.
                (
                    "Israeli aircraft struck targets near Damascus overnight.",
                    "ISR attacks SYR",
                    "SYR attacks",
                ),
                (
                    "Japanese Prime Minister Sanae Takaichi held a summit with South Korean \
                     President Lee Jae-myung in Nara on Tuesday.",
                    "sanae-takaichi met_with lee-jae-myung",
                    "JPN met_with",
                ),
                // A country that is also a first name, with no name next to it.
                (
                    "Chad expelled the French ambassador on Tuesday, accusing him of \
                     interfering in domestic politics.",
                    "TCD sanctions FRA",
                    "FRA sanctions",
                ),
                (
                    "French far-right leader Jordan Bardella criticised Macron.",
                    "",
                    "JOR",
                ),
                (
                    "Trump said he would not take the United States out of NATO.",
                    "USA left NATO [-] @- - +expected !neg",
                    "=USA left NATO [-] @- -",
                ),
            ],
        );
    }

    #[test]
    fn what_the_twenty_ninth_review_found() {
        // An impeachment under review ends no office (Yoon Suk Yeol was removed in April
        // 2025).
        assert_cases(
            "2025-04-01",
            &[(
                "South Korea's Constitutional Court will rule on Friday on whether to uphold \
                 the impeachment of President Yoon Suk Yeol.",
                "yoon-suk-yeol official_of KOR [president]",
                "status=former",
            )],
        );
        assert_cases(
            "2025-12-11",
            &[
                // A count's start dates no single visit.
                (
                    "It was Sikorski's fourth visit to Ukraine since 2023.",
                    "radoslaw-sikorski visited UKR [-] @- -",
                    "2023",
                ),
                // An impeachment upheld ends an office (one under review does not, below).
                (
                    "South Korea's Constitutional Court upheld the impeachment of President \
                     Yoon Suk Yeol on Friday, removing him from office.",
                    "yoon-suk-yeol official_of KOR [president] @- - status=former",
                    "=yoon-suk-yeol official_of KOR [president] @- -",
                ),
                // "previous" is past; a correction retracts; a cancelled trip is no meeting.
                (
                    "The visit was the first since 2023, when Iran's previous president, \
                     Ebrahim Raisi, visited the country.",
                    "ebrahim-raisi official_of IRN [president] @- - status=former",
                    "=ebrahim-raisi official_of IRN [president] @- -",
                ),
                (
                    "EDITOR'S NOTE: An earlier version of this story incorrectly said Hungary \
                     had left the International Criminal Court.",
                    "",
                    "HUN left",
                ),
                (
                    "Sonko cancelled the trip. Sonko had been expected to meet French Prime \
                     Minister Sebastien Lecornu on Thursday.",
                    "sebastien-lecornu official_of FRA",
                    "met_with",
                ),
                // The object of a participle is not the participle's own subject.
                (
                    "Bolivia and the United States agreed to restore relations, 17 years after \
                     then-president Evo Morales expelled the U.S. ambassador, accusing him of \
                     supporting the opposition.",
                    "BOL agreed_with USA",
                    "criticises evo-morales",
                ),
                // An ethnic community is not its state; Kenya's own title.
                (
                    "The Bosnian Serb leader Milorad Dodik was sentenced in February.",
                    "",
                    "BIH",
                ),
                (
                    "Wang Yi held talks with visiting Kenyan Prime Cabinet Secretary Musalia \
                     Mudavadi in Beijing on Wednesday.",
                    "musalia-mudavadi official_of KEN [prime cabinet secretary]",
                    "chief cabinet secretary",
                ),
                // Its misses: an apposition of two roles; members "today"; sanctions on a
                // state's people; retaliation with missiles; hours of talks; the strongest
                // terms; an attack on a state's place.
                (
                    "H.H. Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and \
                     Minister of Foreign Affairs, received a phone call from Gideon Sa'ar, \
                     Minister of Foreign Affairs of Israel.",
                    "abdullah-bin-zayed met_with gideon-sa-ar",
                    "ISR met_with",
                ),
                (
                    "The Collective Security Treaty Organization was founded in 2002. Its \
                     members today are Russia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan.",
                    "KGZ member_of CSTO [-] @- -",
                    "2025-12-11",
                ),
                (
                    "The European Union on Tuesday imposed sanctions on 14 individuals and \
                     three entities in Belarus.",
                    "EU sanctions BLR",
                    "BLR sanctions",
                ),
                (
                    "Iran retaliated with waves of ballistic missiles on Tel Aviv and Haifa.",
                    "IRN attacks ISR",
                    "ISR attacks",
                ),
                (
                    "Putin and Trump held nearly three hours of talks at a military base in \
                     Anchorage, Alaska.",
                    "vladimir-putin met_with donald-trump [-] @anchorage",
                    "RUS met_with",
                ),
                (
                    "Qatar condemned in the strongest terms an Iranian missile attack on Al \
                     Udeid air base.",
                    "IRN attacks QAT",
                    "QAT attacks",
                ),
            ],
        );
    }

    #[test]
    fn what_the_thirtieth_review_found() {
        assert_cases(
            "2025-06-10",
            &[
                // The year of a relative clause after a closing list is its last item's.
                (
                    "The SCO was founded in 2001. Its members are China, Russia, Pakistan, \
                     Uzbekistan and Belarus, which joined in 2024.",
                    "CHN member_of SCO [-] @- -",
                    "CHN member_of SCO [-] @- 2024",
                ),
                // A modal governing a noun phrase makes it expected.
                (
                    "Li Qiang will sign an upgraded free trade agreement between China and \
                     ASEAN.",
                    "CHN agreed_with ASEAN [-] @- - +expected",
                    "=CHN agreed_with ASEAN [-] @- -",
                ),
                // A vote to dismiss ends the office; leading a delegation leads no body; a
                // warning that a state poses a threat is no threat to it.
                (
                    "Mongolia's parliament voted to dismiss Prime Minister Luvsannamsrain \
                     Oyun-Erdene on Tuesday.",
                    "official_of MNG [prime minister] @- - status=former",
                    "=luvsannamsrain-oyun-erdene official_of MNG [prime minister] @- -",
                ),
                (
                    "Antonio Costa and Ursula von der Leyen led the EU delegation.",
                    "",
                    "leads EU",
                ),
                (
                    "U.S. Defense Secretary Pete Hegseth warned on Saturday that China posed a \
                     real and possibly imminent threat to Taiwan.",
                    "pete-hegseth official_of USA",
                    "threatens CHN",
                ),
                // Its misses: permanent members listed, a call held, an attack on a port.
                (
                    "The five permanent members of the UN Security Council are China, France, \
                     Russia, the United Kingdom and the United States.",
                    "FRA member_of UNSC [-] @- - status=permanent",
                    "UNSC member_of",
                ),
                (
                    "U.S. President Donald Trump and Russian President Vladimir Putin held a \
                     phone call of more than two hours on Tuesday.",
                    "donald-trump met_with vladimir-putin",
                    "visited",
                ),
                (
                    "A Russian missile and drone strike on the port of Odesa overnight killed \
                     eight people.",
                    "RUS attacks UKR",
                    "UKR attacks",
                ),
            ],
        );
    }

    #[test]
    fn what_the_thirty_first_review_found() {
        assert_cases(
            "2025-11-20",
            &[
                // A national team is no state on a visit.
                (
                    "Iran's squad arrived in Los Angeles after a visa dispute was resolved.",
                    "",
                    "visited",
                ),
                // An accusation of threats is criticism, not a threat.
                (
                    "Al-Sharaa accused Israel of continuing to threaten his country's security.",
                    "SYR criticises ISR",
                    "threatens",
                ),
                // "PNG" is Papua New Guinea, not a name.
                (
                    "China's ambassador to PNG said the pact should not restrict Papua New \
                     Guinea's sovereignty.",
                    "",
                    "png official_of",
                ),
                // A meeting shelved did not happen.
                (
                    "Diplomats say a meeting between the Japanese and Chinese foreign \
                     ministers, once planned for March, has been quietly shelved.",
                    "",
                    "met_with",
                ),
                // Its misses: founders with a month; a summit told by its end; a call.
                (
                    "The AES was founded in September 2023 by Mali, Burkina Faso and Niger.",
                    "NER member_of AES [-] @- 2023-09 status=founding",
                    "AES member_of",
                ),
                (
                    "U.S. President Donald Trump and Russian President Vladimir Putin ended \
                     their summit in Alaska without agreeing on a ceasefire.",
                    "donald-trump met_with vladimir-putin",
                    "USA met_with",
                ),
                (
                    "Trump and Putin agreed during a phone call on Tuesday to halt strikes on \
                     energy infrastructure.",
                    "donald-trump met_with vladimir-putin [-] @- 2025-11-18",
                    "visited",
                ),
                (
                    "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham \
                     Aliyev initialled a peace agreement at the White House on Friday.",
                    "ARM agreed_with AZE",
                    "agreed_with USA",
                ),
                // A former official acted for the state they served in the year stated.
                (
                    "The rupture began when former president Evo Morales expelled the U.S. \
                     ambassador in 2008.",
                    "BOL sanctions USA [-] @- 2008",
                    "USA sanctions",
                ),
            ],
        );
    }

    /// What the fourteenth session taught, from the misses of the development sets.
    #[test]
    fn what_the_development_sets_missed() {
        assert_cases(
            "2025-10-23",
            &[
                // Measures in the passive with their author after "by", past an apposition.
                (
                    "Sanctions were imposed on Russia's two largest oil companies, Rosneft and \
                     Lukoil, by the U.S. Treasury on Wednesday.",
                    "USA sanctions RUS",
                    "RUS sanctions",
                ),
                // Frozen assets, active and passive.
                (
                    "Assets belonging to nine Venezuelan officials were frozen by the European \
                     Union on Monday.",
                    "EU sanctions VEN",
                    "VEN sanctions",
                ),
                (
                    "Ukraine urged Britain to freeze the assets of Russian oligarchs.",
                    "",
                    "sanctions",
                ),
                // "ambassador to" is a posting only before a place or a body.
                (
                    "Manila summoned China's deputy ambassador to protest.",
                    "PHL criticises CHN",
                    "official_of",
                ),
                // Nouns of several words make an adjective an actor.
                (
                    "Chinese coast guard ships fired water cannon at a Philippine fisheries \
                     vessel on Monday.",
                    "CHN attacks PHL",
                    "PHL attacks",
                ),
                // The state after the role, as read-outs write it.
                (
                    "Foreign Minister Wang Yi held talks in Beijing with Deputy Prime Minister \
                     and Foreign Minister of Cambodia Prak Sokhonn.",
                    "prak-sokhonn visited CHN [-] @beijing",
                    "wang-yi visited",
                ),
                // The object of a coordinated predicate's first verb is no subject of its
                // second.
                (
                    "Chinese Foreign Minister Wang Yi arrived on Monday. Wang met Prime \
                     Minister Abiy Ahmed on Tuesday and held talks with Mahmoud Ali Youssouf in \
                     Addis Ababa.",
                    "wang-yi met_with mahmoud-ali-youssouf",
                    "abiy-ahmed met_with mahmoud",
                ),
                // "no concrete plans for X to travel" denies the trip.
                (
                    "The Kremlin said there were \"no concrete plans\" for President Vladimir \
                     Putin to travel to Budapest.",
                    "vladimir-putin visited HUN [-] @budapest - !neg",
                    "=vladimir-putin visited HUN [-] @budapest -",
                ),
                // The one a person stands in for is named by a match of its own, and does
                // not take the stand-in's place.
                (
                    "Chinese Premier Li Qiang, standing in for President Xi Jinping, met \
                     Japanese Prime Minister Sanae Takaichi.",
                    "xi-jinping official_of CHN",
                    "xi-jinping met_with",
                ),
                (
                    "Chinese Premier Li Qiang arrived in Johannesburg on Thursday, standing in \
                     for President Xi Jinping, and was greeted at the airport by Foreign \
                     Minister Ronald Lamola.",
                    "li-qiang met_with ronald-lamola",
                    "xi-jinping met_with",
                ),
                // Bangladesh's interim government has advisers for ministers.
                (
                    "Misri held talks in Dhaka on Thursday with Bangladesh's foreign affairs \
                     adviser Touhid Hossain.",
                    "touhid-hossain official_of BGD",
                    "met_with BGD",
                ),
                // Support told every way: praise of a state's act, "threw its weight
                // behind", "shoulder to shoulder", "support each other".
                (
                    "Argentina's President Javier Milei, a close ally of Donald Trump, praised \
                     the U.S. campaign as \"a fight against narco-terrorism\".",
                    "ARG supports USA",
                    "USA supports",
                ),
                (
                    "Brazil threw its weight behind South Africa's genocide case against Israel.",
                    "BRA supports ZAF",
                    "supports ISR",
                ),
                (
                    "Wang said China and Russia would \"firmly support each other\".",
                    "RUS supports CHN",
                    "!neg",
                ),
                // Strikes told by what they did where, and the reaction to them.
                (
                    "Israeli air strikes on Monday killed four people in southern Lebanon. \
                     Lebanese President Joseph Aoun denounced the strikes as \"a blatant \
                     violation of Lebanon's sovereignty\".",
                    "LBN criticises ISR",
                    "LBN attacks",
                ),
                // Concern at another's act.
                (
                    "The Philippines expressed \"grave concern\" after Chinese coast guard ships \
                     fired water cannon at a Philippine fisheries vessel.",
                    "PHL criticises CHN",
                    "CHN criticises",
                ),
                // Attacks told by the target hit and where it stands, by a weapon's name
                // between the adjective and the weapon, and by troops firing on a patrol.
                (
                    "Overnight, Ukrainian forces hit the Novorossiysk oil terminal on Russia's \
                     Black Sea coast with naval drones.",
                    "UKR attacks RUS",
                    "RUS attacks",
                ),
                (
                    "Thai F-16 fighter jets struck Cambodian military positions along the \
                     disputed border on Sunday.",
                    "THA attacks KHM",
                    "KHM attacks",
                ),
                (
                    "Guyana's president spoke after Venezuelan troops fired on a Guyanese army \
                     patrol on the Cuyuni River.",
                    "VEN attacks GUY",
                    "GUY attacks",
                ),
                // A report denied states nothing; one member is not its organisation.
                (
                    "Armenia's defence ministry denied a report by Azerbaijani media that \
                     Armenian troops had fired on Azerbaijani positions.",
                    "",
                    "attacks",
                ),
                (
                    "It was the first time a NATO member had fired on Russian assets.",
                    "",
                    "NATO attacks",
                ),
            ],
        );
    }

    /// What review 32 found missing (and wrong), each general in form.
    #[test]
    fn what_the_thirty_second_review_found() {
        assert_cases(
            "2025-02-07",
            &[
                // "last Friday" in a Friday's paper is a week ago.
                (
                    "Japan's Prime Minister Shigeru Ishiba met Trump in Washington last Friday.",
                    "shigeru-ishiba met_with donald-trump [-] @washington 2025-01-31",
                    "2025-02-07",
                ),
                // The Vatican is the Holy See's seat: its guests visit it, not Italy.
                (
                    "ROME - Pope Leo XIV received US Vice President JD Vance at the Vatican on \
                     Monday.",
                    "jd-vance visited VAT",
                    "visited ITA",
                ),
                // Measures told every way: staff ordered out, imports and trade suspended,
                // airspace closed, firms named with their state, tariffs in reply.
                (
                    "Algeria on Monday ordered 12 French embassy staff to leave the country.",
                    "DZA sanctions FRA",
                    "FRA sanctions",
                ),
                (
                    "Pakistan closed its airspace to Indian airlines and suspended all trade \
                     with India.",
                    "PAK sanctions IND",
                    "IND sanctions",
                ),
                (
                    "China suspended imports of Japanese seafood.",
                    "CHN sanctions JPN",
                    "JPN sanctions",
                ),
                (
                    "The United States imposed sanctions on Rosneft and Lukoil, Russia's two \
                     largest oil companies.",
                    "USA sanctions RUS",
                    "RUS sanctions",
                ),
                (
                    "China retaliated with levies of 84 percent on American goods.",
                    "CHN sanctions USA",
                    "USA sanctions",
                ),
                // Exits announced or denied, past the leader of a bloc.
                (
                    "Pashinyan said his country would leave the Russian-led Collective Security \
                     Treaty Organization.",
                    "ARM left CSTO [-] @- - +expected",
                    "RUS left",
                ),
                // Offices: the role before the state; a state names its ministers; a chair.
                (
                    "Lee Jae-myung was sworn in as president of South Korea on Wednesday.",
                    "lee-jae-myung official_of KOR [president]",
                    "!neg",
                ),
                (
                    "Britain named Yvette Cooper as foreign secretary.",
                    "yvette-cooper official_of GBR",
                    "!neg",
                ),
                (
                    "Zimbabwe's President Emmerson Mnangagwa is the current chair of the \
                     Southern African Development Community.",
                    "ZWE leads SADC",
                    "!neg",
                ),
                // A pair that agreed during a summit met.
                (
                    "South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru \
                     Ishiba agreed on Saturday to deepen cooperation on North Korea during a \
                     summit in Tokyo.",
                    "lee-jae-myung met_with shigeru-ishiba",
                    "PRK",
                ),
                // Hosts meet their guests: the host of talks, guests named after
                // "including", the host of a state visit.
                (
                    "Congolese President Felix Tshisekedi and Rwandan President Paul Kagame met \
                     in Doha on Tuesday in talks hosted by the Emir of Qatar, Sheikh Tamim bin \
                     Hamad Al Thani.",
                    "paul-kagame met_with tamim-bin-hamad-al-thani",
                    "tamim-bin-hamad-al-thani visited",
                ),
                (
                    "British Prime Minister Keir Starmer hosted more than a dozen European \
                     leaders in London on Sunday, including Zelensky, Macron and Italian Prime \
                     Minister Giorgia Meloni.",
                    "giorgia-meloni met_with keir-starmer",
                    "keir-starmer visited",
                ),
                (
                    "Donald Trump began a state visit to Britain on Wednesday, hosted by King \
                     Charles at Windsor Castle.",
                    "donald-trump met_with charles",
                    "charles visited",
                ),
                // After a person, a body before a role describes the next person.
                (
                    "Trump and European Commission President Ursula von der Leyen agreed on a \
                     trade deal in Turnberry, Scotland on Sunday.",
                    "USA agreed_with EC",
                    "donald-trump official_of EC",
                ),
                // A move judged after it is told.
                (
                    "Britain, Canada and Australia formally recognised a Palestinian state on \
                     Sunday, a move Israel's foreign ministry said rewarded terrorism.",
                    "ISR criticises CAN",
                    "CAN criticises",
                ),
                // A grouping defined past an apposition; "a member of both".
                (
                    "The Quadrilateral Security Dialogue, better known as the Quad, is an \
                     informal grouping of the United States, Japan, India and Australia.",
                    "IND member_of QUAD",
                    "QUAD member_of",
                ),
                (
                    "Hungary, a member of both NATO and the EU, has kept close ties with Moscow.",
                    "HUN member_of EU",
                    "RUS member_of",
                ),
                // A perfect as the second verb of a coordinated predicate.
                (
                    "Niger, Mali and Burkina Faso quit ECOWAS in January 2025 and have since \
                     formed the Alliance of Sahel States.",
                    "MLI member_of AES",
                    "AES member_of",
                ),
                // Review 33's wrong facts: a statement on a state, a posting after a role,
                // a founding president.
                (
                    "Hungarian Prime Minister Viktor Orban again blocked a joint statement on \
                     Ukraine.",
                    "",
                    "opposes UKR",
                ),
                (
                    "Kenya's parliament rejected the nomination of Peter Kamau as ambassador to \
                     Germany.",
                    "",
                    "opposes DEU",
                ),
                (
                    "Chinese Foreign Minister Wang Yi praised Namibia's founding president Sam \
                     Nujoma during a visit to Windhoek.",
                    "sam-nujoma official_of NAM [president] @- - status=former",
                    "sam-nujoma visited",
                ),
                // An organisation's official travels from its seat.
                (
                    "Moldova's President Maia Sandu met European Commission President Ursula \
                     von der Leyen in Chisinau on Friday.",
                    "ursula-von-der-leyen visited MDA",
                    "maia-sandu visited",
                ),
                (
                    "NATO Secretary General Mark Rutte met Belgian Prime Minister Bart De Wever \
                     in Brussels on Friday.",
                    "",
                    "visited BEL",
                ),
                // Summits attended and forums addressed, whatever their names hold.
                (
                    "Chinese Premier Li Qiang attended the ASEAN-GCC-China summit in Kuala \
                     Lumpur on Tuesday.",
                    "li-qiang visited MYS [-] @kuala-lumpur",
                    "CHN visited",
                ),
                // An object pronoun is not the subject of its own verb.
                (
                    "Ukrainian President Volodymyr Zelensky arrived in Oslo. He flew on to \
                     Copenhagen, where Danish Prime Minister Mette Frederiksen hosted him for \
                     dinner.",
                    "mette-frederiksen met_with volodymyr-zelensky",
                    "mette-frederiksen met_with mette-frederiksen",
                ),
                // Talks after which the subject acted; a call received; words told in a
                // place; a first visit told as a record.
                (
                    "Kenyan President William Ruto voiced support on Tuesday for the African \
                     Union's mission in Somalia after talks in Mogadishu with his Somali \
                     counterpart Hassan Sheikh Mohamud.",
                    "william-ruto met_with hassan-sheikh-mohamud [-] @mogadishu",
                    "hassan-sheikh-mohamud visited",
                ),
                (
                    "Prime Minister Narendra Modi spoke by phone with Ukrainian President \
                     Volodymyr Zelensky on Monday, three days after a call with Russian \
                     President Vladimir Putin.",
                    "narendra-modi met_with volodymyr-zelensky",
                    "volodymyr-zelensky met_with vladimir-putin",
                ),
                (
                    "Crown Prince Mohammed bin Salman received a phone call on Monday from \
                     Iranian President Masoud Pezeshkian.",
                    "mohammed-bin-salman met_with masoud-pezeshkian",
                    "visited",
                ),
                (
                    "Romanian President Nicusor Dan paid his first official visit to Moldova on \
                     Thursday, telling President Maia Sandu in Chisinau that Bucharest would \
                     stand by its neighbour.",
                    "nicusor-dan met_with maia-sandu",
                    "maia-sandu visited",
                ),
                (
                    "President Ahmed al-Sharaa became the first Syrian head of state to visit \
                     the White House in November.",
                    "ahmed-al-sharaa visited USA",
                    "USA visited",
                ),
                // A state's ministry named by its adjective speaks for it.
                (
                    "Lithuania on Wednesday expelled a Belarusian diplomat. The Belarusian \
                     foreign ministry denounced the expulsion as \"an unfriendly act\".",
                    "BLR criticises LTU",
                    "LTU criticises",
                ),
                // A capital's envoy summoned; Georgetown is Guyana's capital.
                (
                    "Lithuania summoned Minsk's charge d'affaires.",
                    "LTU criticises BLR",
                    "BLR criticises",
                ),
                (
                    "Venezuela denied the attack and accused Georgetown of \"serving the \
                     interests of Exxon\".",
                    "VEN criticises GUY",
                    "GUY criticises",
                ),
                // Measures named by their author's possessive or in a relative clause;
                // measures dropped or threatened are none.
                (
                    "Japan said it would not retaliate despite Washington's 25 percent levy on \
                     Japanese cars.",
                    "USA sanctions JPN",
                    "JPN sanctions",
                ),
                (
                    "New Delhi would keep buying Russian oil despite the 50 percent tariff the \
                     United States imposed on Indian goods on Wednesday.",
                    "USA sanctions IND",
                    "IND sanctions",
                ),
                (
                    "Canada also dropped many of its counter-tariffs on U.S. goods in September.",
                    "",
                    "CAN sanctions USA",
                ),
                (
                    "U.S. President Donald Trump threatened on Sunday to impose 25% tariffs on \
                     all imports from Colombia.",
                    "",
                    "USA sanctions COL",
                ),
                (
                    "Ukraine froze the assets of 56 Russian and Belarusian companies on Friday.",
                    "UKR sanctions BLR",
                    "RUS sanctions",
                ),
            ],
        );
    }

    /// What review 34 found wrong (1,097 facts, 25 wrong), each general in form.
    #[test]
    fn what_the_thirty_fourth_review_found() {
        assert_cases(
            "2024-05-07",
            &[
                // A preposition between a state and a role joins no office to the state; an
                // elliptical "Russia's by presidential aide" still does.
                (
                    "Szijjarto prepared for a visit to Hungary by President Xi Jinping.",
                    "",
                    "xi-jinping official_of HUN",
                ),
                (
                    "Ukraine's delegation was led by Defence Minister Rustem Umerov, and \
                     Russia's by presidential aide Vladimir Medinsky.",
                    "vladimir-medinsky official_of RUS",
                    "vladimir-medinsky official_of UKR",
                ),
                // Opposing what is done for or to a state is no stance on the state.
                (
                    "Szijjarto said Hungary opposed the \"decoupling\" from China.",
                    "",
                    "opposes CHN",
                ),
                (
                    "Fico, who opposes military aid to Ukraine, returned to power last year.",
                    "",
                    "opposes UKR",
                ),
                // Doubts about support, hopes, warnings against an act, tip-offs.
                (
                    "EU leaders met as doubts grew about US support for Ukraine.",
                    "",
                    "USA supports",
                ),
                (
                    "Lee said he hoped Trump would meet Kim Jong Un.",
                    "",
                    "met_with",
                ),
                (
                    "Blinken warned China against supporting Russia's defence industry.",
                    "",
                    "CHN supports",
                ),
                (
                    "The United States had warned Russian authorities in early March about a \
                     possible attack.",
                    "",
                    "USA threatens",
                ),
                (
                    "China has warned that joining AUKUS would damage relations.",
                    "",
                    "threatens AUKUS",
                ),
                // A conflict that would follow a condition; ties with a state's banks.
                (
                    "The Kremlin warned that a direct conflict between Russia and NATO would be \
                     inevitable if troops were sent.",
                    "",
                    "at_odds_with",
                ),
                (
                    "Smotrich said Israel would respond by cutting ties with Palestinian banks.",
                    "",
                    "at_odds_with",
                ),
                // Domestic rivals; a member state's leader on a trip.
                (
                    "Poland's President Andrzej Duda and Prime Minister Donald Tusk are \
                     political rivals.",
                    "",
                    "at_odds_with",
                ),
                (
                    "Fico is only the third EU leader to visit Moscow since the invasion.",
                    "",
                    "EU visited",
                ),
                // Its misses: several people arriving together; a trip in a relative clause,
                // in apposition, or onward.
                (
                    "Italian Prime Minister Giorgia Meloni, Canadian Prime Minister Justin \
                     Trudeau and Belgian Prime Minister Alexander De Croo arrived in Kyiv on \
                     Saturday.",
                    "justin-trudeau visited UKR [-] @kyiv",
                    "UKR visited",
                ),
                (
                    "Zelensky, who travelled to Kyiv by armoured train, later held talks with \
                     Scholz.",
                    "",
                    "volodymyr-zelensky visited",
                ),
                (
                    "Modi, who travelled to Tianjin by air, later held talks with Xi.",
                    "narendra-modi visited CHN",
                    "xi-jinping visited",
                ),
                (
                    "Lammy met Wang Yi in Beijing on Thursday, his first visit to China as \
                     foreign secretary.",
                    "david-lammy visited CHN",
                    "wang-yi visited",
                ),
                (
                    "Trump flew on to Tokyo on Monday.",
                    "donald-trump visited JPN",
                    "!neg",
                ),
                // Calls placed; separate calls each with the caller; "the host" in apposition.
                (
                    "President Donald Trump called Modi to offer his support.",
                    "donald-trump met_with narendra-modi",
                    "visited",
                ),
                (
                    "Pakistani Prime Minister Shehbaz Sharif spoke separately by phone with \
                     Saudi Crown Prince Mohammed bin Salman and Qatari Emir Sheikh Tamim bin \
                     Hamad Al Thani.",
                    "shehbaz-sharif met_with mohammed-bin-salman",
                    "mohammed-bin-salman met_with tamim",
                ),
                (
                    "Turkish Foreign Minister Hakan Fidan, the host, met separately with Rubio.",
                    "hakan-fidan met_with marco-rubio",
                    "TUR met_with",
                ),
            ],
        );
    }

    /// What review 35 found wrong (840 facts, 21 wrong), each general in form.
    #[test]
    fn what_the_thirty_fifth_review_found() {
        assert_cases(
            "2025-03-29",
            &[
                // A trip in the present tense is planned.
                (
                    "Chinese Foreign Minister Wang Yi travels to Germany and France later \
                     this week.",
                    "wang-yi visited DEU [-] @- 2025-03 +expected",
                    "=wang-yi visited DEU [-] @- 2025-03",
                ),
                // Those from a state travel, not the state; an embassy is no state visited.
                (
                    "Rescue teams from China, Russia and India arrived in Myanmar on Saturday.",
                    "",
                    "visited MMR",
                ),
                (
                    "Pakistani Prime Minister Shehbaz Sharif visited the Chinese embassy on \
                     Monday to offer condolences.",
                    "",
                    "visited CHN",
                ),
                // No agreements signed, agreeing to disagree, a former critic, a posting,
                // a deal struck, a warning over a policy, what only appeared so.
                (
                    "The two leaders, Orban and Zelensky, met in Kyiv. The two leaders signed \
                     no agreements.",
                    "",
                    "=HUN agreed_with UKR [-] @- -",
                ),
                (
                    "Albanese said Australia and China had agreed to disagree on some issues.",
                    "",
                    "agreed_with",
                ),
                (
                    "South Korean President Lee Jae-myung, a former critic of Tokyo, said the \
                     neighbours should look to the future.",
                    "",
                    "criticises JPN",
                ),
                (
                    "China's mission to the EU rejected the accusation as 'groundless'.",
                    "",
                    "EU criticises",
                ),
                (
                    "Starmer called it the most significant trade deal Britain has struck since \
                     leaving the European Union.",
                    "",
                    "attacks",
                ),
                (
                    "Blinken warned Beijing over its support for Russia's defence industry.",
                    "",
                    "threatens",
                ),
                (
                    "In the call, Paetongtarn appeared to criticise a Thai army commander and \
                     Thailand's government.",
                    "",
                    "criticises THA",
                ),
                // Its misses: tariffs named by their author, ordered, or in force; trade
                // suspended both ways; airspace closed to flights; an ordinal office.
                (
                    "The meeting comes as ties have soured over U.S. tariffs of 50 percent on \
                     Indian goods.",
                    "USA sanctions IND",
                    "IND sanctions",
                ),
                (
                    "Turkey has suspended all exports and imports to and from Israel.",
                    "TUR sanctions ISR",
                    "ISR sanctions",
                ),
                (
                    "Algeria responded by closing its airspace to flights from and to Mali.",
                    "DZA sanctions MLI",
                    "MLI sanctions",
                ),
                (
                    "Lawrence Wong was sworn in as Singapore's fourth prime minister.",
                    "lawrence-wong official_of SGP [prime minister]",
                    "!neg",
                ),
                // Tariffs cut or averted are no measure.
                (
                    "Britain will cut tariffs on American beef, while the US will lower tariffs \
                     on British cars.",
                    "",
                    "sanctions",
                ),
                (
                    "Keller-Sutter returned after a last-ditch trip to avert 39% U.S. tariffs on \
                     Swiss goods.",
                    "",
                    "sanctions",
                ),
            ],
        );
    }

    /// What review 36 found wrong (545 facts, 14 wrong), each general in form.
    #[test]
    fn what_the_thirty_sixth_review_found() {
        assert_cases(
            "2025-05-09",
            &[
                // "he" after an opening weekday is the sentence's first person.
                (
                    "German Chancellor Friedrich Merz began his first trip abroad. On Wednesday \
                     he met French President Emmanuel Macron in Paris, and later the same day he \
                     met Polish Prime Minister Donald Tusk in Warsaw.",
                    "friedrich-merz met_with donald-tusk",
                    "emmanuel-macron met_with donald-tusk",
                ),
                // Ways found for a visit, a visit wanted, sanctions in preparation, ties paused.
                (
                    "Merz had suggested he would find ways for Netanyahu to visit Germany.",
                    "",
                    "visited",
                ),
                (
                    "Orban has said he wants Swedish Prime Minister Ulf Kristersson to visit \
                     Budapest first.",
                    "",
                    "visited",
                ),
                (
                    "The European Union is preparing new sanctions on Russian individuals.",
                    "",
                    "=EU sanctions RUS [-] @- -",
                ),
                (
                    "Since the invasion, the Arctic Council's other members have paused \
                     cooperation with Moscow.",
                    "",
                    "=ARCTIC_COUNCIL cooperates_with RUS [-] @- -",
                ),
                // A person's visit is not repeated for their state.
                (
                    "Egypt's President Abdel Fattah el-Sisi welcomed Turkey's Recep Tayyip \
                     Erdogan in Cairo on Wednesday, the Turkish leader's first visit to Egypt in \
                     more than a decade.",
                    "recep-tayyip-erdogan visited EGY",
                    "TUR visited",
                ),
                // Its missed attacks: targets after coordinated modifiers, a reply in
                // missiles aimed at cities, strikes that had hit, a strike named by its place,
                // leaders struck, an incursion into, refineries hit in dozens.
                (
                    "Israel launched a wave of strikes on Iranian nuclear and military sites on \
                     June 13.",
                    "ISR attacks IRN",
                    "IRN attacks",
                ),
                (
                    "Iran responded with hundreds of ballistic missiles aimed at Israeli cities.",
                    "IRN attacks ISR",
                    "ISR attacks",
                ),
                (
                    "Pakistani air strikes had hit targets in Kabul and along the border.",
                    "PAK attacks AFG",
                    "AFG attacks",
                ),
                (
                    "In late September, an Israeli air strike in Beirut killed Hezbollah's \
                     leader.",
                    "ISR attacks LBN",
                    "LBN attacks",
                ),
                (
                    "Ukraine's incursion into Russia's Kursk region has surprised almost \
                     everyone.",
                    "UKR attacks RUS",
                    "RUS attacks",
                ),
                (
                    "Ukrainian drones have hit at least a dozen Russian oil refineries.",
                    "UKR attacks RUS",
                    "RUS attacks",
                ),
                // A second destination, whose city is the visit's place.
                (
                    "Merz travelled to Paris and Warsaw on Wednesday.",
                    "friedrich-merz visited POL [-] @warsaw",
                    "visited POL [-] @paris",
                ),
                // Those named after "as did" do what the subject did.
                (
                    "Saudi Arabia, which has restored ties with Tehran, condemned the Israeli \
                     strikes, as did Egypt, Jordan and Pakistan.",
                    "JOR criticises ISR",
                    "JOR criticises SAU",
                ),
            ],
        );
    }

    /// What the fifteenth session taught: reactions to an act or remarks told earlier.
    #[test]
    fn reactions_to_what_an_earlier_sentence_told() {
        assert_cases(
            "2025-11-24",
            &[
                // A strike named by its author's adjective, on part of a city; "the strike"
                // and "the killing" then mean its author.
                (
                    "An Israeli air strike on Beirut's southern suburbs on Sunday killed a \
                     commander, the military said. Lebanon's president condemned the strike.",
                    "LBN criticises ISR",
                    "criticises LBN",
                ),
                (
                    "An Israeli air strike on Beirut's southern suburbs on Sunday killed a \
                     commander. Iran's foreign ministry condemned the killing.",
                    "IRN criticises ISR",
                    "IRN criticises LBN",
                ),
                // "The leaders" opening a sentence are the pair that just met; "the leaders
                // of" others are not.
                (
                    "South Korean President Lee Jae-myung and Japanese Prime Minister Sanae \
                     Takaichi held their first summit on Thursday. The leaders also condemned \
                     North Korea's latest missile launch.",
                    "JPN criticises PRK",
                    "KOR criticises JPN",
                ),
                (
                    "Trump met Zelensky in New York on Tuesday. He also met the leaders of \
                     Qatar, Egypt and Jordan.",
                    "",
                    "volodymyr-zelensky met_with QAT",
                ),
                // A plural's possessive, and a state's mission to an organisation speaking
                // for the state.
                (
                    "Britain, France and Germany said in a joint statement on Sunday that a \
                     peace deal must respect Ukraine's sovereignty. Kremlin aide Yuri Ushakov \
                     dismissed the three countries' proposal as \"not constructive\".",
                    "RUS criticises FRA [-] @- -",
                    "!neg",
                ),
                (
                    "EU foreign policy chief Kaja Kallas urged China on Thursday to end its \
                     support for Russia's war. China's mission to the EU rejected the remarks \
                     as \"groundless\".",
                    "CHN criticises EU",
                    "criticises CHN",
                ),
                // A move someone warned would damage ties is judged.
                (
                    "Mexico raised tariffs on cars from China on Monday, a move Beijing warned \
                     would \"seriously damage\" bilateral ties.",
                    "CHN criticises MEX",
                    "MEX criticises",
                ),
            ],
        );
    }

    /// What the sixteenth development set and the thirty-seventh review taught.
    #[test]
    fn what_the_thirty_seventh_review_found() {
        assert_cases(
            "2026-01-15",
            &[
                // An office named by the possessive of a person who serves a state.
                (
                    "President Gustavo Petro was insulted. Petro's defence minister, Pedro \
                     Arnulfo Sanchez, said cooperation with the United States would continue.",
                    "pedro-arnulfo-sanchez official_of COL [defence minister]",
                    "pedro-arnulfo-sanchez cooperates_with",
                ),
                // A role in a state's ministry.
                (
                    "Indian external affairs ministry spokesperson Randhir Jaiswal accused \
                     Dhaka of failing to protect minorities.",
                    "IND criticises BGD",
                    "randhir-jaiswal criticises",
                ),
                // A departure for a place: in the present, planned.
                (
                    "Foreign Minister Wang Yi leaves for Berlin on Sunday for a three-day visit.",
                    "wang-yi visited DEU [-] @berlin 2026-01-18 +expected",
                    "visited CHN",
                ),
                // Talks offered, or their prospects discussed, did not take place.
                (
                    "Erdogan offered on Thursday to host a new round of direct talks between \
                     Russia and Ukraine in Istanbul.",
                    "",
                    "met_with",
                ),
                (
                    "Macron and Zelensky discussed the prospects of direct talks between \
                     Ukraine and Russia in Istanbul.",
                    "",
                    "RUS met_with",
                ),
                // A commissioner's counterpart in a state is no commissioner (the gazetteer
                // knows his office).
                (
                    "The EU's trade commissioner Maros Sefcovic said he would raise the issue \
                     with his Chinese counterpart Wang Wentao.",
                    "wang-wentao official_of CHN [trade minister]",
                    "CHN [commissioner]",
                ),
                // A president's wife holds no office; an intelligence chief is no minister.
                (
                    "The wife of Brazil's president, Rosangela da Silva, visited Tokyo.",
                    "",
                    "official_of",
                ),
                (
                    "Turkey's intelligence chief Ibrahim Kalin visited Damascus on Monday.",
                    "ibrahim-kalin official_of TUR [intelligence chief]",
                    "minister",
                ),
                // A state that "welcomes" a leader to a summit states an attitude; a verb is
                // no part of a title.
                (
                    "China welcomes Prime Minister Modi to China for the SCO Tianjin summit.",
                    "",
                    "CHN met_with",
                ),
                (
                    "China welcomes Prime Minister Modi to China for the SCO Tianjin summit.",
                    "",
                    "narendra-modi official_of CHN",
                ),
                // Opposing a violation of a state's sovereignty is not opposing the state.
                (
                    "Beijing opposed the violation of Iran's sovereignty.",
                    "",
                    "opposes IRN",
                ),
            ],
        );
    }

    /// Pronouns of a gender, names cut short, and visits told without a verb of travel.
    #[test]
    fn pronouns_names_cut_short_and_visits_without_travel() {
        assert_cases(
            "2025-06-20",
            &[
                // "She" is no man the officials file knows.
                (
                    "German Chancellor Friedrich Merz met Polish Prime Minister Donald Tusk in \
                     Warsaw on Monday, a day after Italian Prime Minister Giorgia Meloni had \
                     held talks in the Polish capital. She then flew on to Vilnius.",
                    "giorgia-meloni visited LTU",
                    "friedrich-merz visited LTU",
                ),
                // A name an ellipsis cuts short names nobody.
                ("Ministers met Iranian Foreign Minister Abbas...", "", "IRN"),
                // A tour begun, talks held abroad, a visit due.
                (
                    "Iran's top diplomat Abbas Araghchi embarked on Monday on a tour of Oman, \
                     Qatar and Kuwait.",
                    "abbas-araghchi visited KWT [-] @- 2025-06-16",
                    "@muscat",
                ),
                (
                    "Indonesian Foreign Minister Sugiono held talks in Hanoi on Tuesday with \
                     his Vietnamese counterpart.",
                    "sugiono visited VNM [-] @hanoi 2025-06-17",
                    "visited IDN",
                ),
                (
                    "Ukraine's foreign minister, Andrii Sybiha, is due in Berlin on Thursday.",
                    "andrii-sybiha visited DEU [-] @berlin 2025-06-26 +expected",
                    "visited UKR",
                ),
                // Each person coordinated after the one met was met, on the day stated
                // after them all; a verb ends the coordination.
                (
                    "Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov \
                     and Kremlin foreign policy aide Yuri Ushakov in Riyadh on Tuesday.",
                    "marco-rubio met_with yuri-ushakov [-] @riyadh 2025-06-17",
                    "yuri-ushakov met_with sergey-lavrov",
                ),
                (
                    "Modi met Putin on Monday and told Xi that he was ready.",
                    "narendra-modi met_with vladimir-putin",
                    "met_with xi-jinping",
                ),
                // Who leads a body is no part of its name; a state that chairs a body is
                // one of its members.
                (
                    "Kazakhstan, Kyrgyzstan and Tajikistan are members of the Moscow-led \
                     Collective Security Treaty Organization.",
                    "TJK member_of CSTO",
                    "RUS member_of CSTO",
                ),
                (
                    "Brazil, which holds the BRICS presidency this year, closed the summit.",
                    "BRA member_of BRICS [-] @- -",
                    "BRA member_of BRICS [-] @- 2025",
                ),
                // A place the gazetteer knows lies in its own country, and is a visit's
                // place.
                (
                    "The deal opens a route through southern Armenia linking Azerbaijan to its \
                     Nakhchivan exclave.",
                    "",
                    "nakhchivan located_in ARM",
                ),
                (
                    "South Korean President Lee Jae-myung arrived in Nara on Tuesday.",
                    "lee-jae-myung visited JPN [-] @nara 2025-06-17",
                    "visited KOR",
                ),
                // "The leaders" after a meeting of three are all three.
                (
                    "President Joe Biden hosted Japanese Prime Minister Fumio Kishida and \
                     Philippine President Ferdinand Marcos Jr. at the White House on Thursday. \
                     The leaders agreed to hold joint naval patrols.",
                    "PHL agreed_with JPN",
                    "!neg",
                ),
                (
                    "President Joe Biden hosted Japanese Prime Minister Fumio Kishida and \
                     Philippine President Ferdinand Marcos Jr. at the White House on Thursday. \
                     The leaders agreed to hold joint naval patrols.",
                    "PHL agreed_with USA",
                    "!neg",
                ),
                // Sanctions told from the side of those hit; relations cut; a backer.
                (
                    "Moscow was hit with a new package of Japanese sanctions on Friday.",
                    "JPN sanctions RUS",
                    "RUS sanctions",
                ),
                (
                    "Democratic Republic of Congo severed diplomatic relations with Rwanda on \
                     Sunday.",
                    "COD sanctions RWA",
                    "RWA sanctions",
                ),
                (
                    "Turkey, Sharaa's most important foreign backer, has trained Syrian army \
                     units.",
                    "TUR supports SYR",
                    "SYR supports",
                ),
                // A threat names its condition; a question about one threatens nothing.
                (
                    "China's commerce ministry warned on Tuesday that Beijing would retaliate \
                     if Washington went ahead with new tariffs.",
                    "CHN threatens USA",
                    "USA threatens",
                ),
                (
                    "Would Iran retaliate if Israel struck again?",
                    "",
                    "threatens",
                ),
                // Criticism drawn, regret and concern conveyed.
                (
                    "Kazakhstan, which has pumped above its quota, again drew criticism from \
                     Saudi Energy Minister Prince Abdulaziz bin Salman.",
                    "SAU criticises KAZ",
                    "KAZ criticises",
                ),
                (
                    "China, Pakistan's closest ally, said it regretted India's military action.",
                    "CHN criticises IND",
                    "PAK criticises",
                ),
                (
                    "Japan said it had conveyed its concern to the Chinese side.",
                    "JPN criticises CHN",
                    "CHN criticises",
                ),
                // The place of one leg is not the place of the others.
                (
                    "Xi Jinping arrived in Hanoi on Monday at the start of a tour that will \
                     also take him to Malaysia and Cambodia.",
                    "xi-jinping visited MYS [-] @- - +expected",
                    "MYS [-] @hanoi",
                ),
            ],
        );
    }

    /// What the thirty-eighth review found.
    #[test]
    fn what_the_thirty_eighth_review_found() {
        // A city not visited says nothing of its state (Ciolacu was Romania's prime
        // minister until May 2025).
        assert_cases(
            "2024-06-13",
            &[(
                "Ciolacu met Sandu in Chisinau on Monday. He did not travel to Tiraspol.",
                "marcel-ciolacu visited MDA",
                "!neg",
            )],
        );
        assert_cases(
            "2025-06-13",
            &[
                // A live blog's time zone is no part of a name.
                (
                    "11:20 CET Trump and Zelensky met for about 50 minutes on the sidelines.",
                    "donald-trump met_with volodymyr-zelensky",
                    "cet",
                ),
                // Talks that will not go ahead, or a meeting cancelled, did not take place.
                (
                    "A sixth round of nuclear talks between Iran and the United States, \
                     scheduled for Sunday in Muscat, will not go ahead, an Iranian official said.",
                    "",
                    "met_with",
                ),
                (
                    "A planned meeting between Mitsotakis and Erdogan on the sidelines of the UN \
                     General Assembly in New York this week was cancelled.",
                    "",
                    "met_with",
                ),
                // Standing facts and stances have no place.
                (
                    "The United Arab Emirates joined BRICS in 2024 and still hosts U.S. troops at \
                     Al Dhafra air base.",
                    "ARE member_of BRICS [-] @- 2024",
                    "@al-dhafra",
                ),
                // Opposing a strike on a state's sites, or talks with a state, is not opposing
                // the state; attacking a state over its decision is words.
                (
                    "He urged restraint and said Ankara opposed any strike on Iranian nuclear \
                     facilities.",
                    "",
                    "opposes IRN",
                ),
                (
                    "Khamenei had rejected direct negotiations with Washington while under threat.",
                    "",
                    "opposes USA",
                ),
                (
                    "Fico has repeatedly attacked Ukraine over its decision to halt the transit of \
                     Russian gas.",
                    "",
                    "attacks",
                ),
                // Some of an organisation's members are not the organisation.
                (
                    "Kosovo has no candidate status, partly because five EU members do not \
                     recognise its independence.",
                    "",
                    "EU supports",
                ),
                // A bare title reporting for the sentence's subject, as the dateline agrees;
                // a person the gazetteer knows in an earlier office takes the new one.
                (
                    "MEXICO CITY, March 10 (Reuters) - Mexico will raise tariffs on cars from \
                     China, Economy Minister Marcelo Ebrard said on Monday.",
                    "marcelo-ebrard official_of MEX [economy minister]",
                    "CHN [economy",
                ),
                (
                    "VILNIUS - Lithuania barred entry to 26 Georgian officials, including \
                     Interior Minister Vakhtang Gomelauri, over the dispersal of protests.",
                    "",
                    "official_of LTU",
                ),
                // An ambassador named with the posting before the name; a possessive
                // opening a sentence is the subject's of the one before.
                (
                    "U.S. Ambassador to Japan George Glass said Washington stood by Japan.",
                    "george-glass official_of USA [ambassador]",
                    "official_of JPN",
                ),
                (
                    "South Korean President Lee Jae-myung said the two countries must work \
                     together. His national security adviser, Wi Sung-lac, said Seoul would push \
                     for a summit.",
                    "wi-sung-lac official_of KOR [national security adviser]",
                    "lee-jae-myung official_of KOR [national",
                ),
                // Honorifics stand outside names; an apposition may name a state and a
                // role; a port struck by name; members told by "became members".
                (
                    "Secretary of State Marco Rubio met today with Indian External Affairs \
                     Minister Dr. S. Jaishankar in Washington.",
                    "marco-rubio met_with s-jaishankar",
                    "dr",
                ),
                (
                    "EU foreign policy chief Kaja Kallas, a former Estonian prime minister, met \
                     Chinese Foreign Minister Wang Yi on Wednesday.",
                    "kaja-kallas met_with wang-yi",
                    "EST met_with",
                ),
                (
                    "Israeli warplanes struck the Houthi-controlled Yemeni port of Hodeidah on \
                     Monday.",
                    "ISR attacks YEM",
                    "YEM attacks",
                ),
                (
                    "In 2023 BRICS invited six more countries. Egypt, Ethiopia, Iran and the \
                     United Arab Emirates took up the offer and became members in January 2024.",
                    "ETH member_of BRICS [-] @- 2024-01",
                    "member_of BRICS [-] @- 2023",
                ),
                // What review 39 found: the one organisation opening the sentence is in
                // focus; a relative clause on one after a list is the last member's; a city
                // not visited says nothing of its state; attacking a mayor is words;
                // sentence adverbs are no names.
                (
                    "The European Union imposed sanctions. BRICS has expanded since: Egypt, \
                     Ethiopia, Iran and the United Arab Emirates joined in 2024.",
                    "EGY member_of BRICS",
                    "member_of EU",
                ),
                (
                    "Mercosur groups Brazil, Argentina, Paraguay, Uruguay and Bolivia, which \
                     became a full member in 2024.",
                    "BOL member_of MERCOSUR [-] @- 2024",
                    "PRY member_of MERCOSUR [-] @- 2024",
                ),
                (
                    "Trump also attacked London Mayor Sadiq Khan. Afterwards Vance met Starmer.",
                    "jd-vance met_with keir-starmer",
                    "attacks",
                ),
                // A body's office named after a state's possessive is no office of the
                // state; a claim rejected states nothing.
                (
                    "Brazil's COP president Andre Correa do Lago opened the talks.",
                    "",
                    "official_of BRA",
                ),
                (
                    "Anutin on Sunday rejected Trump's claim that the two sides had agreed to a \
                     new ceasefire.",
                    "",
                    "agreed_with",
                ),
                // "and the two leaders signed" after a meeting opens a clause of the two.
                (
                    "Xi met Biden in Lima on Saturday. Xi also met Peruvian President Dina \
                     Boluarte and the two leaders signed an upgraded free trade agreement.",
                    "CHN agreed_with PER",
                    "agreed_with USA",
                ),
                // A chair to come.
                (
                    "The Philippines will chair ASEAN in 2026.",
                    "PHL leads ASEAN [-] @- 2026 +expected",
                    "ASEAN leads",
                ),
                // Sanctions told from the side of those hit, the author after "by".
                (
                    "Iran was hit with a fresh round of sanctions by the United Kingdom on \
                     Monday.",
                    "GBR sanctions IRN",
                    "IRN sanctions",
                ),
                // A stance judged by what it amounts to.
                (
                    "Lithuania's foreign minister, Kestutis Budrys, said Hungary's stance \
                     amounted to \"doing the Kremlin's work\".",
                    "LTU criticises HUN",
                    "HUN criticises",
                ),
                // An office held for the time being says so.
                (
                    "South Korea's acting President Choi Sang-mok met the U.S. ambassador.",
                    "choi-sang-mok official_of KOR [president] @- - status=acting",
                    "=choi-sang-mok official_of KOR [president] @- -",
                ),
                // "The leaders of the two countries" after a meeting are the two who met.
                (
                    "Modi held talks with Carney on the sidelines, the first meeting between the \
                     leaders of the two countries since the row.",
                    "narendra-modi met_with mark-carney",
                    "IRN",
                ),
            ],
        );
    }

    /// What the twelfth session taught, from its development set and review.
    #[test]
    fn what_the_twenty_fourth_review_found() {
        assert_cases(
            "2025-10-14",
            &[
                // After what is said, ", and" with a past verb goes back to the speaker,
                // on the day said; a state's ministry speaks for it.
                (
                    "China's commerce ministry warned on Tuesday that Beijing would retaliate \
                     if Washington went ahead with new tariffs, and accused the United States \
                     of double standards.",
                    "CHN criticises USA [-] @- 2025-10-14",
                    "USA criticises",
                ),
                // Inside a quote it does not.
                (
                    "Erdogan said \"we will not accept this, and condemned Israel\" at the rally.",
                    "",
                    "criticises ISR",
                ),
                // Doubt cast after the event drops it.
                (
                    "Reports in Israeli media that Prime Minister Benjamin Netanyahu would \
                     travel to Washington next week have not been confirmed.",
                    "benjamin-netanyahu official_of ISR",
                    "visited",
                ),
                // "No plans for" a titled person denies the trip, not the office.
                (
                    "Danish officials said there were no plans for Prime Minister Mette \
                     Frederiksen to travel to Washington.",
                    "mette-frederiksen visited USA [-] @washington - !neg",
                    "official_of DNK [prime minister] @- - !neg",
                ),
                // Cooperation frozen, aid suspended: no tie in force.
                (
                    "The Arctic Council was founded in 1996. Its cooperation with Russia has \
                     been largely frozen since 2022.",
                    "",
                    "=ARCTIC_COUNCIL cooperates_with RUS [-] @- -",
                ),
                (
                    "Britain later announced that it would suspend most bilateral aid to Rwanda.",
                    "",
                    "=GBR supports RWA [-] @- -",
                ),
                // Doubt stays in its clause.
                (
                    "Ukraine and the United States have agreed on the terms of a minerals deal, \
                     a Ukrainian official said, though Zelensky's trip to Washington to sign it \
                     had not been confirmed.",
                    "UKR agreed_with USA",
                    "visited",
                ),
                // An office that ends in the sentence is past.
                (
                    "Nepal's Prime Minister K.P. Sharma Oli resigned on Tuesday after deadly \
                     protests.",
                    "kp-sharma-oli official_of NPL [prime minister] @- - status=former",
                    "=kp-sharma-oli official_of NPL [prime minister] @- -",
                ),
                (
                    "Peru's Congress removed President Dina Boluarte from office on Friday.",
                    "dina-boluarte official_of PER [president] @- - status=former",
                    "=dina-boluarte official_of PER [president] @- -",
                ),
                // A surname the article gave to someone else ends another name; a hyphenated
                // given name is no known person's surname; a deputy is no minister.
                (
                    "British Prime Minister Keir Starmer met Lula on the sidelines. Brazilian \
                     Environment Minister Marina Silva said the absence of the United States was \
                     regrettable.",
                    "marina-silva official_of BRA [environment minister]",
                    "marina official_of",
                ),
                (
                    "Russian Deputy Defence Minister Yunus-Bek Yevkurov visited Bamako last month.",
                    "yunus-bek-yevkurov official_of RUS [deputy defence minister]",
                    "muhammad-yunus",
                ),
                // A warning against something is no threat.
                (
                    "Angela Merkel said she had warned Putin in 2008 against any attack on Georgia.",
                    "",
                    "threatens",
                ),
                // A host is one of "the two sides"; ", and the two" opens a clause.
                (
                    "Xi Jinping and Donald Trump met in Busan on Thursday. South Korean \
                     President Lee Jae-myung had hosted Trump a day earlier, when the two sides \
                     agreed on a $350 billion investment package.",
                    "KOR agreed_with USA",
                    "CHN agreed_with",
                ),
                (
                    "Toshimitsu Motegi took over from Foreign Minister Takeshi Iwaya on Tuesday. \
                     Motegi spoke by phone with U.S. Secretary of State Marco Rubio on \
                     Wednesday, hours after his first news conference, and the two agreed to \
                     work toward a visit to Tokyo by President Donald Trump.",
                    "JPN agreed_with USA",
                    "takeshi-iwaya agreed_with",
                ),
                // "he" after an opening adverbial is the sentence's first person.
                (
                    "Friedrich Merz made his first foreign trips to Paris and Warsaw on \
                     Wednesday. In Paris he met President Emmanuel Macron; in Warsaw he met \
                     Prime Minister Donald Tusk.",
                    "friedrich-merz met_with donald-tusk",
                    "emmanuel-macron met_with donald-tusk",
                ),
                // What was retaliated for happened elsewhere.
                (
                    "Iran fired missiles at the Al Udeid air base in Qatar on Monday in \
                     retaliation for US strikes on its nuclear sites.",
                    "USA attacks IRN [-] @- ",
                    "USA attacks IRN [-] @al-udeid",
                ),
                // A deal someone failed to broker, ties not cut, a dispute resolved, the seat
                // of an embassy: no fact.
                (
                    "The African Union had failed to broker a deal between Egypt and Ethiopia.",
                    "",
                    "agreed_with",
                ),
                (
                    "Senegal is not cutting ties with Paris, Sonko said.",
                    "",
                    "at_odds_with",
                ),
                (
                    "Kulubaev briefed Balakrishnan on the resolution of the border dispute \
                     between Kyrgyzstan and Tajikistan.",
                    "",
                    "at_odds_with",
                ),
                (
                    "China's embassy in Singapore said Hegseth's remarks were provocative.",
                    "",
                    "SGP criticises",
                ),
                // An organisation that describes a member does not take the focus.
                (
                    "BRICS began in 2009 as a grouping of Brazil, Russia, India and China. \
                     Turkey, a NATO member, has applied for full membership. Brazil holds the \
                     group's rotating chair this year.",
                    "BRA leads BRICS",
                    "leads NATO",
                ),
                // "the U.N. cultural agency" is UNESCO, "a U.N. human rights body" is not the UN.
                (
                    "The United States will withdraw from UNESCO, accusing the U.N. cultural \
                     agency of bias. Israel accused a U.N. human rights body of bias.",
                    "USA criticises UNESCO",
                    "criticises UN ",
                ),
                // The object of a strike does not stand after "as".
                (
                    "The US strikes another boat as Petro calls the campaign murder.",
                    "",
                    "attacks",
                ),
                // Members of the organisation the article is about; a grouping's states; no
                // time for a membership from the clause its apposition stands in.
                (
                    "BRICS began in 2009 as a grouping of Brazil, Russia, India and China. \
                     Egypt, Ethiopia, Iran and the United Arab Emirates became full members in \
                     January 2024, and Indonesia joined in January 2025.",
                    "IDN member_of BRICS [-] @- 2025-01",
                    "EGY member_of NATO",
                ),
                (
                    "BRICS began in 2009 as a grouping of Brazil, Russia, India and China.",
                    "CHN member_of BRICS",
                    "!neg",
                ),
                (
                    "BRICS was founded in 2009. Egypt and Iran became full members in January \
                     2024.",
                    "EGY member_of BRICS [-] @- 2024-01 status=full",
                    "!neg",
                ),
                (
                    "The Quad, an informal grouping of India, Japan, Australia and the United \
                     States, met on Tuesday.",
                    "JPN member_of QUAD [-] @- -",
                    "member_of QUAD [-] @- 2025",
                ),
                // Bans, freezes, embargoes and tariffs aimed at a state or its people
                // sanction it; a threat to impose them does not.
                (
                    "Britain, Canada and Australia imposed travel bans and asset freezes on two \
                     far-right Israeli ministers on Tuesday.",
                    "CAN sanctions ISR [-] @- 2025-10-14",
                    "!neg",
                ),
                (
                    "The United States revoked the visas of a Brazilian Supreme Court justice on \
                     Friday.",
                    "USA sanctions BRA",
                    "!neg",
                ),
                // Sanctions named by who imposed them are in force, but are no act for
                // "the launch" to mean; weighing their prospect is none.
                (
                    "North Korea fired a ballistic missile on Friday. The launch came hours \
                     after Pyongyang vowed more offensive action in response to new U.S. \
                     sanctions on North Korean bankers. South Korea condemned the launch.",
                    "USA sanctions PRK",
                    "KOR criticises USA",
                ),
                (
                    "Oil prices rose as traders weighed the prospect of U.S. sanctions on buyers \
                     of Venezuelan crude.",
                    "",
                    "sanctions",
                ),
                (
                    "Washington imposed an additional 25% tariff on Indian goods over New \
                     Delhi's purchases of Russian oil.",
                    "USA sanctions IND",
                    "!neg",
                ),
                (
                    "Russia has banned entry to 21 British nationals, including lawmakers.",
                    "RUS sanctions GBR",
                    "!neg",
                ),
                // "said ..., and accused": "said" is a verb of saying even if not "-ed".
                (
                    "Russia's foreign ministry said on Thursday that NATO was preparing for \
                     war, and accused Finland of militarising the border.",
                    "RUS criticises FIN",
                    "NATO criticises",
                ),
                // What is said with a perfect of its own keeps the second verb.
                (
                    "The US said Iran had enriched uranium, and threatened Israel.",
                    "",
                    "USA threatens",
                ),
                // A second reading keeps only appointments among other people's offices.
                (
                    "Algeria's foreign ministry said its decision followed an arrest in France, \
                     and blamed Interior Minister Bruno Retailleau.",
                    "",
                    "bruno-retailleau official_of DZA",
                ),
                (
                    "Trump threatened on Friday to impose tariffs on Mexico.",
                    "",
                    "sanctions",
                ),
                // An appointee serves the appointer's state, named or known; "took office
                // as ..." with a descriptor, then "and named" as a second verb.
                (
                    "President William Ruto appointed Musalia Mudavadi as the new foreign \
                     minister on Monday.",
                    "musalia-mudavadi official_of KEN [foreign minister]",
                    "!neg",
                ),
                (
                    "Sanae Takaichi took office as Japan's first female prime minister on \
                     Tuesday and named Toshimitsu Motegi as foreign minister.",
                    "toshimitsu-motegi official_of JPN [foreign minister]",
                    "!neg",
                ),
                // Review 25: a threat to block a measure, a warning about another's threat,
                // a threat by an official to their own state, a court's ruling on a case,
                // the post of a consul, cooperation suspended, an office lost by
                // impeachment, a surname that is also a title.
                (
                    "The EU extended its sanctions on Russia. Hungary, which had threatened to \
                     block the measures, did not veto them.",
                    "",
                    "threatens",
                ),
                (
                    "Hegseth warned that China's threat to Taiwan could be imminent.",
                    "",
                    "threatens",
                ),
                (
                    "Medvedev warned that Moscow could test nuclear weapons if Washington did.",
                    "",
                    "threatens RUS",
                ),
                (
                    "The ICJ rejected Sudan's case against the UAE on Monday.",
                    "",
                    "opposes",
                ),
                (
                    "Japan lodged a protest with China over remarks by its consul general in \
                     Osaka.",
                    "JPN criticises CHN [-] @- ",
                    "@osaka",
                ),
                (
                    "Niger suspended military cooperation with Benin.",
                    "NER cooperates_with BEN [-] @- - !neg",
                    "=NER cooperates_with BEN [-] @- -",
                ),
                (
                    "The Constitutional Court upheld the impeachment of President Yoon Suk Yeol \
                     on Friday.",
                    "yoon-suk-yeol official_of KOR [president] @- - status=former",
                    "=yoon-suk-yeol official_of KOR [president] @- -",
                ),
                (
                    "The agency's director general Amy Pope met Syria's interim president Ahmed \
                     al-Sharaa in Damascus.",
                    "amy-pope met_with ahmed-al-sharaa",
                    "amy met_with",
                ),
                // Review 26: a middle initial is part of a name; states named as topics are
                // no pair that steps up cooperation; an envoy recalled is no party to a row;
                // cooperation that "had been suspended" is none.
                (
                    "Philippine President Ferdinand R. Marcos Jr. on Sunday said the Philippines \
                     would not back down.",
                    "ferdinand-marcos-jr official_of PHL",
                    "ferdinand-r ",
                ),
                (
                    "The two leaders discussed the situation in Gaza, Libya and Sudan and ways to \
                     boost economic cooperation.",
                    "",
                    "LBY cooperates_with",
                ),
                (
                    "Paris responded by expelling 12 Algerian diplomats and recalling its \
                     ambassador, Stéphane Romatet.",
                    "",
                    "at_odds_with stephane-romatet",
                ),
                (
                    "Iran said cooperation with the IAEA had been suspended by a law passed by \
                     parliament.",
                    "",
                    "=IRN cooperates_with IAEA [-] @- -",
                ),
                // Threats made in answer to a state's act.
                (
                    "Pyongyang vowed more offensive action in response to new U.S. sanctions on \
                     North Korean bankers.",
                    "PRK threatens USA",
                    "!neg",
                ),
                // A state's strike or attack named by its adjective is the state's act;
                // calls told from one side; threats to strike a state's sites.
                (
                    "Egypt, Jordan and Qatar condemned an Israeli strike on Doha.",
                    "JOR criticises ISR",
                    "!neg",
                ),
                (
                    "Jordan's King Abdullah II received a phone call from French President \
                     Emmanuel Macron, the royal court said.",
                    "abdullah-ii met_with emmanuel-macron",
                    "!neg",
                ),
                (
                    "Modi phoned Bangladesh's interim leader Muhammad Yunus on Friday.",
                    "narendra-modi met_with muhammad-yunus",
                    "!neg",
                ),
                (
                    "Israel has threatened to strike Iranian nuclear facilities.",
                    "ISR threatens IRN",
                    "!neg",
                ),
                // Opposing a state's membership of a bloc is no stance towards the bloc; a
                // meeting told in a participle has no place from the clause before it; an
                // office ends after a relative clause, or when its holder is expelled.
                (
                    "Angela Merkel said she had opposed membership of NATO for Ukraine and \
                     Georgia at the Bucharest summit.",
                    "",
                    "opposes NATO",
                ),
                (
                    "Tusk spoke in Warsaw after meeting French President Emmanuel Macron.",
                    "donald-tusk met_with emmanuel-macron [-] @- ",
                    "@warsaw",
                ),
                (
                    "French Interior Minister Bruno Retailleau, who had advocated a tougher \
                     line, left the government in October.",
                    "bruno-retailleau official_of FRA [interior minister] @- - status=former",
                    "!neg",
                ),
                (
                    "Chad expelled the German ambassador, Jan-Christian Gordon Kricke, in 2023.",
                    "official_of DEU [ambassador] @- - status=former",
                    "!neg",
                ),
                // A seat of government visited is its state.
                (
                    "Saudi Crown Prince Mohammed bin Salman visited the White House on Tuesday.",
                    "mohammed-bin-salman visited USA",
                    "!neg",
                ),
                // A family name after a known person's name is part of it.
                (
                    "Jaishankar visited Riyadh at the invitation of Prince Faisal bin Farhan Al \
                     Saud, Minister of Foreign Affairs of the Kingdom of Saudi Arabia.",
                    "faisal-bin-farhan official_of SAU",
                    "al-saud",
                ),
                // "X, a confederation of A, B and C, is not a member": A, B and C are not
                // said to be outside.
                (
                    "The Alliance of Sahel States, a confederation of Mali, Burkina Faso and \
                     Niger, is not a member of the African Union.",
                    "",
                    "MLI member_of",
                ),
            ],
        );
    }

    #[test]
    fn who_speaks_where_and_for_whom_in_the_sixteenth_review() {
        let facts = |text: &str| fact_lines(text, "2025-04-03", false);
        for (text, present, absent) in [
            // A local title: India's foreign secretary is no minister, Britain's is.
            (
                "Indian Foreign Secretary Vikram Misri met the ambassador.",
                "vikram-misri official_of IND [foreign secretary]",
                "foreign minister",
            ),
            (
                "British Foreign Secretary David Lammy visited Paris.",
                "david-lammy official_of GBR [foreign minister]",
                "foreign secretary",
            ),
            // A relative clause inside the match tells of another place.
            (
                "Erdogan, whose government hosted talks in Istanbul, met Italian Prime \
                 Minister Giorgia Meloni in Rome.",
                "met_with giorgia-meloni [-] @rome",
                "@istanbul",
            ),
            // Names with particles and a given name that looks like a rank.
            (
                "Mexico's Foreign Secretary Juan Ramon de la Fuente spoke on Monday.",
                "juan-ramon-de-la-fuente official_of MEX",
                "juan-ramon official_of",
            ),
            // "Neither ... nor" is a negated list.
            (
                "Neither India nor Brazil joined the Western sanctions on Russia.",
                "IND sanctions RUS [-] @- !neg",
                "BRA sanctions RUS [-] @-\u{0}",
            ),
            // A candidate and an opposition leader speak for no state.
            (
                "Polish presidential candidate Karol Nawrocki said he opposed Ukraine \
                 joining NATO.",
                "karol-nawrocki opposes UKR",
                "POL opposes",
            ),
            (
                "Britain's opposition leader Kemi Badenoch criticised Keir Starmer over the \
                 deal.",
                "",
                "GBR",
            ),
            // "its" after a destination and a purpose is a guess.
            (
                "Pyongyang sent troops to Russia to support its war against Ukraine.",
                "",
                "PRK attacks UKR",
            ),
            // An object that only possesses or modifies what the verb is about.
            (
                "France withdrew from NATO's integrated military command in 1966.",
                "",
                "left NATO",
            ),
            (
                "Trump also attacked London's mayor, Sadiq Khan.",
                "",
                "attacks",
            ),
            (
                "Belgium, which hosts Euroclear, had opposed using frozen Russian assets.",
                "",
                "opposes RUS",
            ),
            // Appeals, possibilities and postponements are no agreements or meetings.
            (
                "Pope Leo XIV urged Russia and Ukraine to agree to a ceasefire.",
                "",
                "agreed_with",
            ),
            (
                "Talks between Egypt and Ethiopia over the Nile dam could resume in January.",
                "",
                "met_with",
            ),
            (
                "The summit between Xi and Trump, originally scheduled for April, has been \
                 postponed indefinitely.",
                "",
                "met_with",
            ),
            // Explainers' lists of members and observers; "the council" is a council.
            (
                "The SCO met in Qingdao. The organisation has ten members: China, Russia, \
                 India and Pakistan.",
                "PAK member_of SCO",
                "met_with",
            ),
            (
                "The SCO met in Qingdao. Afghanistan and Mongolia are observers.",
                "MNG observer_of SCO",
                "member_of",
            ),
            (
                "Guterres addressed the UN Security Council. The U.N. chief spoke for an \
                 hour. The council has five permanent members with veto power - China, \
                 France, Russia, Britain and the United States - and ten elected members.",
                "FRA member_of UNSC",
                "member_of UN [",
            ),
            (
                "The bloc, whose members are China, Russia, India and Pakistan, met in Astana.",
                "",
                "met_with",
            ),
            // The seventeenth review: coordinated subjects, companies, drafts, exceptions,
            // frozen talks, envoys to organisations, sanctions on someone else's leader, a
            // destination before a purpose.
            (
                "Iran suspended cooperation with the IAEA after Israel and the United States \
                 bombed its nuclear facilities last year.",
                "USA attacks IRN",
                "ISR attacks USA",
            ),
            (
                "Bolivia signed deals last year with Chinese and Russian companies.",
                "",
                "agreed_with",
            ),
            (
                "The United States vetoed a draft resolution that would have admitted the \
                 State of Palestine as a member.",
                "",
                "PSE member_of",
            ),
            (
                "All Arctic Council states except Russia are now members of NATO.",
                "",
                "RUS member_of",
            ),
            (
                "Trade talks between Canada and India remain frozen.",
                "",
                "met_with",
            ),
            (
                "Palestinian U.N. Ambassador Riyad Mansour said the vote was historic.",
                "",
                "official_of UN",
            ),
            (
                "The United States imposed sanctions on its leader, Mohamed Hamdan Dagalo.",
                "",
                "official_of USA",
            ),
            (
                "Merz is expected to travel to Brussels on Friday to meet European Commission \
                 President Ursula von der Leyen.",
                "",
                "EU met_with",
            ),
            // A meeting in the lede of a report with a dateline took place there, unless
            // by phone or in a place the sentence names.
            (
                "RIYADH, Feb 18 (Reuters) - U.S. Secretary of State Marco Rubio met Russian \
                 Foreign Minister Sergei Lavrov on Tuesday.",
                "sergey-lavrov visited SAU",
                "marco-rubio visited RUS",
            ),
            (
                "WASHINGTON - President Donald Trump spoke by phone with Vladimir Putin.",
                "",
                "visited",
            ),
            (
                "ANKARA - Brazilian President Lula arrived in Cairo, where he met Egyptian \
                 President Abdel Fattah el-Sisi.",
                "",
                "visited TUR",
            ),
            // The eighteenth review: a company's "its", meetings that did not take place,
            // organisations that each met, sanctions only threatened.
            (
                "China sanctioned Lockheed Martin over its arms sales to Taiwan.",
                "",
                "CHN supports",
            ),
            (
                "Russia was sanctioned by the EU over its war in Ukraine.",
                "RUS attacks UKR",
                "EU attacks",
            ),
            (
                "A phone call between Macron and Putin has not taken place since 2022.",
                "",
                "met_with",
            ),
            (
                "The UN Security Council and NATO both met on Monday.",
                "",
                "met_with",
            ),
            (
                "China condemned the threat of US sanctions on Chinese refiners.",
                "",
                "USA sanctions",
            ),
            // The nineteenth review: mediators, venues offered, calls that prepare a
            // summit elsewhere, denials around an office, two-word ranks.
            (
                "Oman, which mediated between Washington and the Houthis, said the two sides \
                 had agreed to stop targeting each other.",
                "",
                "OMN agreed_with",
            ),
            (
                "Turkey offered Istanbul as a venue for talks between Armenia and Azerbaijan.",
                "",
                "met_with",
            ),
            (
                "German Chancellor Friedrich Merz spoke by phone with Japanese Prime Minister \
                 Shigeru Ishiba to prepare for the G7 summit in Kananaskis.",
                "friedrich-merz met_with shigeru-ishiba [-] @-",
                "visited",
            ),
            (
                "Ukraine denied that it had attacked Russian President Vladimir Putin's \
                 residence.",
                "vladimir-putin official_of RUS [president] @-",
                "official_of RUS [president] @- !neg",
            ),
            (
                "Pakistan's army chief Field Marshal Asim Munir met Donald Trump.",
                "asim-munir official_of PAK",
                "field-marshal",
            ),
            // The twentieth review: a dateline is no venue for a meeting told in a
            // subordinate clause or in one side's capital; suspended or unlikely talks.
            (
                "KYIV, March 14 - Ukrainian officials said they had not been consulted before \
                 Trump met Putin.",
                "",
                "visited UKR",
            ),
            (
                "NEW DELHI - Prime Minister Narendra Modi met Chinese President Xi Jinping on \
                 Sunday.",
                "narendra-modi met_with xi-jinping",
                "visited IND",
            ),
            (
                "Talks between Iran and the United States have been suspended.",
                "",
                "met_with",
            ),
            (
                "The Arab League met in Cairo. Egypt and Qatar are mediators in the Gaza \
                 talks, while Turkey and the United States are observers.",
                "",
                "observer_of",
            ),
            // An office yet to come: stated as incoming, and no stance for the state.
            (
                "Incoming German Chancellor Friedrich Merz pledged support to Ukraine.",
                "friedrich-merz official_of DEU",
                "DEU supports",
            ),
            // "the bloc" is no court or agency.
            (
                "Putin hosted BRICS leaders in Kazan. Guterres said the trip would not hurt \
                 the UN. The bloc was created by Brazil, Russia, India and China in 2009.",
                "BRA member_of BRICS",
                "member_of UN",
            ),
        ] {
            let found = facts(text);
            assert!(
                present.is_empty() || found.iter().any(|fact| fact.contains(present)),
                "{text}: {present} missing from {found:?}"
            );
            assert!(
                !found.iter().any(|fact| fact.contains(absent)),
                "{text}: {absent} in {found:?}"
            );
        }
    }

    #[test]
    fn a_date_opening_the_sentence_keeps_its_year() {
        let found = extract_article(
            &article(
                "On January 31, 2020, Britain left the European Union after 47 years.",
                false,
            ),
            &KNOWLEDGE,
        );
        assert!(
            found
                .facts
                .iter()
                .any(|fact| fact.qualifiers.time.as_deref() == Some("2020-01-31")),
            "{:?}",
            found.facts
        );
    }

    #[test]
    fn review_counterexamples_yield_no_wrong_fact() {
        let wrong = [
            // The tenth to twelfth reviews: teams, firms, plans and names that are no
            // states or meetings.
            (
                "India and Pakistan will meet in the final of the Asia Cup in Dubai.",
                "met_with",
            ),
            (
                "Saudi Arabia signed agreements with U.S. chipmakers Nvidia and AMD.",
                "agreed_with",
            ),
            ("The Indian Premier League begins in March.", "official_of"),
            ("Turkish Cypriot leader Ersin Tatar attended.", "CYP"),
            (
                "Trump said he would arrange a meeting between Putin and Zelensky.",
                "met_with",
            ),
            (
                "Zelensky, who had travelled to Kananaskis to meet Trump, met Canadian Prime \
                 Minister Mark Carney instead.",
                "donald-trump",
            ),
            (
                "Trump imposed sanctions on the court. Israel welcomed the decision.",
                "met_with",
            ),
            (
                "Lee Jae-myung visited Tokyo for talks with Prime Minister Shigeru Ishiba \
                 before travelling to Washington.",
                "shigeru-ishiba visited",
            ),
            (
                "North Korea has sent troops to Russia to support its war against Ukraine.",
                "RUS supports",
            ),
            // The fourth review: claims called false, requests, ended ties, reduced
            // relatives, separate meetings, joined ministers, stand-ins for the actor, a
            // counterpart's role, an opposition leader, a denial.
            (
                "Reports that Turkey had sanctioned Israel were premature, officials said.",
                "sanctions",
            ),
            (
                "Poland urged Germany to expel more Russian diplomats.",
                "DEU sanctions",
            ),
            ("Zelensky tried to meet Putin in Istanbul.", "met_with"),
            (
                "Beijing criticised the sanctions Washington imposed on Chinese refiners.",
                "CHN sanctions",
            ),
            (
                "Trump defended the Iran attacks Israel carried out.",
                "IRN attacks",
            ),
            (
                "Putin and Zelensky spoke within hours of each other.",
                "met_with",
            ),
            (
                "India and Pakistan both held talks with the United States.",
                "IND met_with PAK",
            ),
            (
                "Japan joined NATO foreign ministers in Brussels for the first time.",
                "member_of",
            ),
            (
                "The daughter of Kazakhstan's former President Nursultan Nazarbayev met Putin.",
                "nursultan-nazarbayev met_with",
            ),
            (
                "Netanyahu's son Yair criticised France in a post.",
                "criticises",
            ),
            (
                "A shipment of grain from Ukraine arrived in Egypt on Monday.",
                "visited",
            ),
            (
                "Hungarian opposition leader Peter Magyar accused Orban of lying.",
                "official_of HUN",
            ),
            (
                "Serbia threatened to boycott the EU-Western Balkans summit in Albania.",
                "threatens",
            ),
            (
                "Ukraine's ally Poland was criticised by Hungary for its stance on grain.",
                "HUN criticises UKR",
            ),
            (
                "Iran's proxies in Iraq were sanctioned by Washington.",
                "sanctions IRQ",
            ),
            (
                "Germany will expel Russian diplomats if the spy ring is confirmed.",
                "sanctions",
            ),
            (
                "Russia struck U.S.-made Patriot batteries in Kyiv.",
                "attacks USA",
            ),
            (
                "India warned Pakistan-based militants of punishment.",
                "threatens PAK",
            ),
            (
                "The U.S. envoy to Israel, Mike Huckabee, visited a settlement.",
                "mike-huckabee official_of ISR",
            ),
            (
                "The IMF, led by Bulgaria's Kristalina Georgieva, approved a loan for Pakistan.",
                "BGR leads",
            ),
            // The fifth review: reported speech after an opening place, metaphors of
            // handing over, strikes ruled out, the month May.
            (
                "In Moscow, Peskov said Trump and Zelensky had met at the Vatican.",
                "visited RUS",
            ),
            ("Putin delivered a stinging rebuke to Zelensky.", "met_with"),
            (
                "Trump ruled out American strikes on Iranian nuclear sites.",
                "attacks",
            ),
            (
                "Arms sales to Israel were sanctioned by Washington.",
                "sanctions",
            ),
            (
                "Xi's envoy delivered a message to Kim Jong Un in Pyongyang.",
                "xi-jinping",
            ),
            (
                "Lavrov arrived in Pyongyang and was greeted by Kim Jong Un's sister.",
                "met_with",
            ),
            (
                "Russia's envoy to the UN criticised Israel.",
                "UN criticises",
            ),
            (
                "Peskov said Ukraine sent negotiators to Geneva for talks with Witkoff and \
                 Secretary of State Rubio.",
                "met_with",
            ),
            (
                "Economists at the World Bank said Russia would pay a heavy price for the war.",
                "threatens",
            ),
            (
                "Britain warned that it would follow the EU in lifting sanctions on Syria.",
                "threatens",
            ),
            (
                "Iran said the US had warned that it would impose sanctions on India.",
                "IRN threatens",
            ),
            (
                "Russia and North Korea were condemned in a joint statement issued by Japan, \
                 South Korea and the United States.",
                "RUS agreed_with",
            ),
            (
                "With the war between Israel and Iran dominating the summit, the G7 leaders \
                 issued a joint statement urging de-escalation.",
                "agreed_with",
            ),
            ("Turkey joined the EU customs union in 1995.", "member_of"),
            (
                "Japan joined the NATO Steadfast Defender drills for the first time.",
                "member_of",
            ),
            // The third review: a victim's official reporting the attacker's act, a pair
            // of an old act after another pair came up, a leader-described bloc, sanctions
            // lifted, halted or threatened, a friendly quote, an organisation's head at its
            // seat, a relative with a leader's surname, and a welcome of a decision.
            (
                "Russia launched 400 drones overnight, Interior Minister Ihor Klymenko said.",
                "official_of RUS",
            ),
            (
                "China accused the Philippines of ramming its ship. Vietnamese and Philippine \
                 coast guards held joint drills. The two countries agreed to expand cooperation.",
                "CHN agreed_with",
            ),
            (
                "The EU opened accession talks with Ukraine, which left the Moscow-led bloc in 2018.",
                "UKR left EU",
            ),
            ("Washington lifted sanctions on Syrian banks.", "sanctions"),
            (
                "The United States halted deliveries of some weapons to Ukraine.",
                "sanctions",
            ),
            (
                "China threatened to ban exports of rare earths to the United States.",
                "sanctions",
            ),
            (
                "\"In these dangerous times, our partnership is more important than ever,\" Modi \
                 said of Russia.",
                "criticises",
            ),
            (
                "Von der Leyen met Carney in Brussels, on his first visit to Belgium.",
                "ursula-von-der-leyen visited",
            ),
            ("Hunter Biden met Ukrainian officials in 2015.", "joe-biden"),
            (
                "UN rapporteur Richard Bennett criticised the Taliban. Bennett visited Pakistan.",
                "naftali-bennett",
            ),
            (
                "France recognised a Palestinian state. Saudi Arabia welcomed the decision.",
                "met_with",
            ),
            // The fifth review: an invitation with a title between, an invitation turned
            // down, an agreement not signed, a meeting two sentences back.
            (
                "Japan invited Indian Prime Minister Narendra Modi to visit Tokyo.",
                "visited",
            ),
            (
                "Zelensky turned down an invitation to meet Putin in Moscow.",
                "met_with",
            ),
            (
                "No agreement was signed by Russia and Ukraine.",
                "agreed_with",
            ),
            (
                "Turkish President Erdogan met Russian President Putin in Sochi. Fighting \
                 between Israel and Hamas continued in Gaza. The two sides agreed to a truce.",
                "TUR agreed_with",
            ),
            (
                "The U.S. envoy, Steve Witkoff, met Israel's strategic affairs minister, Ron \
                 Dermer, in Washington; its foreign minister, Gideon Saar, was not present.",
                "gideon-saar official_of USA",
            ),
            // The fourth review: a former office holder, sanctions blocked, a visit only
            // offered, missiles into the sea, members of an organisation as the actors, a
            // trading partner, a general export ban.
            (
                "Former British Prime Minister Boris Johnson accused Russia of lying.",
                "GBR criticises",
            ),
            (
                "Hungary blocked sanctions on Russian oligarchs.",
                "sanctions",
            ),
            ("Trump invited Putin to visit Washington.", "visited"),
            (
                "North Korea fired ballistic missiles into the sea off Japan's west coast.",
                "attacks",
            ),
            (
                "Poland and other members of NATO accused Russia of sabotage.",
                "NATO criticises",
            ),
            (
                "China, Australia's largest trading partner, banned Australian wine in 2020.",
                "friendly_with",
            ),
            (
                "Indonesia banned exports of nickel ore to China and other countries.",
                "sanctions",
            ),
            (
                "Saudi Arabia condemned Israel's attack on the Gulf state of Qatar.",
                "ISR attacks SAU",
            ),
            // A participle after a noun is passive: the firms are accused, not accusers.
            (
                "The EU listed several Chinese and Turkish firms accused of helping Moscow.",
                "criticises RUS",
            ),
            // A list that agrees with someone else does not agree with itself.
            (
                "The Central Asian states agreed to deepen cooperation with the EU.",
                "KAZ agreed_with",
            ),
            (
                "The Central Asian states agreed to deepen cooperation with the EU.",
                "KAZ cooperates_with KGZ",
            ),
            // A possessive coordinated with another has its owner.
            (
                "Britain and Canada sanctioned Israel's security minister, Itamar Ben-Gvir, \
                 and its finance minister, Bezalel Smotrich.",
                "bezalel-smotrich official_of GBR",
            ),
            (
                "Germany condemned attacks on the Ukrainian port of Odesa.",
                "DEU criticises UKR",
            ),
            (
                "Iran seized a tanker chartered by Greece, a move Britain condemned.",
                "GBR criticises GRC",
            ),
            (
                "The United States sanctioned Russia, together with Britain and Canada, over the war.",
                "USA sanctions GBR",
            ),
            (
                "Merz and Macron welcomed Trump's ceasefire announcement.",
                "met_with",
            ),
            (
                "The opposition leaders in Venezuela thanked the United States for its support.",
                "USA supports VEN",
            ),
            (
                "Iran, which has warned Israel's backers, said it would respond.",
                "IRN supports ISR",
            ),
            (
                "The European Union adopted new sanctions on Russia, which China called illegal.",
                "CHN criticises RUS",
            ),
            (
                "Israel's strikes on Lebanon came after Hezbollah fired rockets at Haifa, which \
                 the United States condemned.",
                "USA criticises ISR",
            ),
            (
                "Ukraine's allies welcomed the deal and criticised Russia.",
                "UKR criticises RUS",
            ),
            (
                "Congress banned U.S. arms sales to Turkey.",
                "USA supports TUR",
            ),
            (
                "Kyiv cited Russian support for Moldova's breakaway Transnistria region.",
                "RUS supports MDA",
            ),
            (
                "Since Ukraine's accession to the EU was first proposed, Hungary has objected.",
                "UKR member_of EU",
            ),
            (
                "India and Pakistan held their own military exercises near the border.",
                "cooperates_with",
            ),
            (
                "Ukrainian President Volodymyr Zelensky and U.S. President Donald Trump signed a \
                 minerals deal by video link on Wednesday.",
                "met_with",
            ),
            (
                "Four of the five Central Asian states are members of the SCO.",
                "TKM member_of SCO",
            ),
            (
                "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov on \
                 Monday, as officials at the Pentagon warned about their ties.",
                "visited USA",
            ),
            (
                "Israel's former prime minister accused the United States of abandoning Israel.",
                "ISR criticises USA",
            ),
            (
                "NATO joined the EU in condemning Russia.",
                "NATO member_of EU",
            ),
            (
                "Seven people were killed in the city of Dnipro in Russia's overnight attack.",
                "located_in RUS",
            ),
            (
                "The carrier suspended flights to Tel Aviv, Dubai, Qatar, and Bahrain.",
                "located_in QAT",
            ),
            (
                "Baku retook the ethnic Armenian region of Nagorno-Karabakh in 2023.",
                "located_in ARM",
            ),
            (
                "The talks will involve non-EU member Norway.",
                "NOR member_of EU",
            ),
            (
                "The African Union joined the UN's call for a ceasefire in Sudan.",
                "AU member_of UN",
            ),
            (
                "EU leaders gathered in Brussels. Serbian President Aleksandar Vucic, who holds \
                 the presidency until 2027, has refused.",
                "leads EU",
            ),
            (
                "Britain said Ukraine's strikes on Russia were a legitimate response to Russian \
                 aggression.",
                "GBR criticises UKR",
            ),
            (
                "Kyiv called the sanctions adopted by the European Union a strong signal.",
                "UKR criticises EU",
            ),
            (
                "Lithuania is preparing for a Russian invasion of Lithuania.",
                "RUS attacks LTU",
            ),
            ("Russian missiles blasted Kyiv overnight.", "criticises"),
            (
                "Egypt expressed deep dismay at Sudan's worsening humanitarian crisis.",
                "EGY criticises SDN",
            ),
            (
                "The majority of the Nordic countries are members of the EU.",
                "NOR member_of EU",
            ),
            ("Putin's visit to Turkey was postponed.", "visited"),
            ("Putin's planned visit to Turkey drew protests.", "visited"),
        ];
        for (text, fact) in wrong {
            let facts = facts_of(text);
            assert!(
                !facts.iter().any(|found| found.contains(fact)),
                "{text}: {facts:?}"
            );
        }
        // Severing ties is a row, not its absence; a known counterpart keeps their role.
        let severed = polarities(
            "Nicaragua severed ties with Israel in October.",
            crate::model::Relation::AtOddsWith,
        );
        assert!(severed.contains(&false), "{severed:?}");
        for (text, relation) in [
            (
                "The United States announced an end to military aid for Ukraine.",
                crate::model::Relation::Supports,
            ),
            (
                "Cooperation between Niger and France collapsed after the coup.",
                crate::model::Relation::CooperatesWith,
            ),
        ] {
            let ended = polarities(text, relation);
            assert!(
                !ended.is_empty() && !ended.contains(&false),
                "{text}: {ended:?}"
            );
        }
        let hosted = extract_article(
            &article(
                "German Chancellor Friedrich Merz hosted his French counterpart Emmanuel Macron.",
                false,
            ),
            &KNOWLEDGE,
        );
        assert!(
            hosted
                .facts
                .iter()
                .any(|fact| fact.subject.id == "emmanuel-macron"
                    && fact.qualifiers.role.as_deref() == Some("president"))
        );
        assert_has(
            &facts_of("Iran seized a tanker chartered by Greece, a move Britain condemned."),
            "GBR criticises IRN @-",
        );
        // The act may stand in a clause opened by "when".
        assert_has(
            &facts_of(
                "Tensions flared in January when Ethiopia signed a deal with Somaliland, a deal \
                 Mogadishu denounced as an attack on its sovereignty.",
            ),
            "SOM criticises ETH @-",
        );
    }

    #[test]
    fn a_reaction_in_a_relative_clause_targets_the_actor_of_the_act() {
        assert_has(
            &facts_of(
                "Israeli strikes on southern Lebanon, which Beirut condemned as a breach of the \
                 truce, killed seven people.",
            ),
            "LBN criticises ISR @-",
        );
        assert_has(
            &facts_of(
                "The expulsion of three Russian diplomats by Poland, which Moscow denounced as a \
                 hostile act, prompted a response.",
            ),
            "RUS criticises POL @-",
        );
        // The act must be the subject's own, named right after it.
        for text in [
            "France welcomed the decision by Germany, which Italy criticised.",
            "Russia praised China's decision, which the United States condemned.",
        ] {
            let facts = facts_of(text);
            assert!(
                !facts
                    .iter()
                    .any(|fact| fact.contains("criticises FRA") || fact.contains("criticises RUS")),
                "{text}: {facts:?}"
            );
        }
        // "any strikes" is not an attack that happened.
        assert_lacks(
            &facts_of("Colombia opposed any U.S. military strikes on Venezuela."),
            "attacks",
        );
    }

    #[test]
    fn the_group_near_an_armed_group_is_not_the_organisation_in_focus() {
        let facts = facts_of(
            "M23 rebels, backed by Rwanda according to UN experts, seized Goma. Rwanda denies \
             supporting the group.",
        );
        assert_lacks(&facts, "RWA supports UN");
        assert_has(
            &facts_of("The BRICS summit opened in Rio. The group criticised the United States."),
            "BRICS criticises USA @-",
        );
    }

    #[test]
    fn support_named_as_a_noun_counts_unless_it_is_stopped() {
        assert_has(
            &facts_of("NATO leaders singled out Chinese support for Russia's war in Ukraine."),
            "CHN supports RUS @-",
        );
        assert_has(
            &facts_of("Beijing firmly opposes Washington's latest arms sale to Taiwan."),
            "USA supports TWN @-",
        );
        for text in [
            "Trump halted U.S. aid to Ukraine.",
            "Kyiv warned of the lack of Western support for Ukraine.",
        ] {
            let facts = facts_of(text);
            assert_lacks(&facts, "supports");
        }
    }

    #[test]
    fn a_visit_named_as_a_noun_happened_unless_it_was_called_off() {
        assert_has(
            &facts_of("Modi's two-day visit to Japan ended on Saturday."),
            "narendra-modi visited JPN @-",
        );
        assert_has(
            &facts_of("The Chinese premier's visit to Australia was the first in seven years."),
            "CHN visited AUS @-",
        );
    }

    #[test]
    fn a_seat_of_power_after_at_is_where_a_meeting_happened() {
        let facts = facts_of(
            "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan \
             signed a U.S.-brokered declaration at the White House on Friday.",
        );
        assert_has(&facts, "ilham-aliyev met_with nikol-pashinyan @washington");
        assert_has(&facts, "nikol-pashinyan visited USA @washington");
    }

    #[test]
    fn a_named_group_of_countries_is_all_its_members_unless_only_some_are_meant() {
        let facts = facts_of(
            "The three Baltic states, all members of both the European Union and NATO, on \
             Thursday accused Belarus of waging a hybrid attack.",
        );
        for country in ["EST", "LVA", "LTU"] {
            assert_has(&facts, &format!("{country} criticises BLR @-"));
            assert_has(&facts, &format!("{country} member_of NATO @-"));
        }
        let facts =
            facts_of("The SCO's members include several Central Asian states, India and Pakistan.");
        assert_has(&facts, "IND member_of SCO @-");
        assert!(
            facts.iter().all(|fact| !fact.starts_with("TKM")),
            "{facts:?}"
        );
        // "the two Koreas" is not the pair named before.
        let facts =
            facts_of("India and Pakistan held talks. Tensions between the two Koreas rose.");
        assert_lacks(&facts, "at_odds_with");
    }

    #[test]
    fn a_rotating_chair_is_the_countrys_but_an_office_is_not() {
        let facts = facts_of(
            "The three juntas formed the Alliance of Sahel States, whose rotating presidency is \
             held by Malian leader Assimi Goita.",
        );
        assert_has(&facts, "assimi-goita leads AES @-");
        assert_has(&facts, "MLI leads AES @-");
        // (Anwar Ibrahim has been Malaysia's prime minister since November 2022.)
        assert!(
            fact_lines(
                "Anwar Ibrahim, whose country holds ASEAN's rotating chairmanship, spoke.",
                "2025-03-01",
                false,
            )
            .iter()
            .any(|fact| fact.starts_with("MYS leads ASEAN"))
        );
        let facts = facts_of(
            "NATO Secretary-General Mark Rutte, a former Dutch prime minister, led the talks.",
        );
        assert!(
            facts.iter().all(|fact| !fact.starts_with("NLD leads")),
            "{facts:?}"
        );
    }

    #[test]
    fn organisations_can_be_members_and_candidacy_can_be_granted() {
        assert_has(
            &facts_of("The African Union, which joined the G20 as a full member in 2023, spoke."),
            "AU member_of G20 @-",
        );
        assert_has(
            &facts_of("NATO member Poland asked for consultations."),
            "POL member_of NATO @-",
        );
        let facts = facts_of(
            "Ukraine and Moldova, which were granted EU candidate status in 2022, hope to open \
             talks.",
        );
        assert_has(&facts, "UKR candidate_for EU @-");
        assert_has(&facts, "MDA candidate_for EU @-");
    }

    #[test]
    fn criticism_said_as_a_judgement_of_the_others_act() {
        for (text, fact) in [
            (
                "China said Japan's remarks were irresponsible and dangerous.",
                "CHN criticises JPN @-",
            ),
            (
                "The Kremlin described the sanctions imposed by the European Union as illegal.",
                "RUS criticises EU @-",
            ),
            (
                "Turkey expressed outrage at Israel's strike.",
                "TUR criticises ISR @-",
            ),
            (
                "Beijing blasted Washington's decision.",
                "CHN criticises USA @-",
            ),
        ] {
            assert_has(&facts_of(text), fact);
        }
        // The judged act is the possessor's, not its object's.
        let facts = facts_of("The United States said Russia's attack on Ukraine was illegal.");
        assert_has(&facts, "USA criticises RUS @-");
        assert_lacks(&facts, "criticises UKR");
    }

    #[test]
    fn an_apposition_can_name_membership() {
        let facts = facts_of(
            "India, Japan, Australia and the United States, the four members of the Quad, held \
             drills off Sydney.",
        );
        for country in ["IND", "JPN", "AUS", "USA"] {
            assert_has(&facts, &format!("{country} member_of QUAD @-"));
        }
        assert_lacks(
            &facts_of("Turkey, a frequent critic of the European Union, voted."),
            "member_of",
        );
    }

    #[test]
    fn a_known_official_named_with_the_country_they_served_is_its_official() {
        assert_has(
            &facts_of("Russia's Vladimir Putin attended the summit."),
            "vladimir-putin official_of RUS @-",
        );
        // Only the country the gazetteer says the person served, and only then: the test
        // articles are dated 2022, before Javier Milei took office.
        assert_lacks(
            &facts_of("Ukraine's Vladimir Putin attended the summit."),
            "official_of UKR",
        );
        assert!(facts_of("Argentina's Javier Milei attended the summit.").is_empty());
    }

    #[test]
    fn a_sentence_may_end_on_any_word() {
        for text in [
            "Russia condemned the.",
            "Russia and China met the",
            "China the ,",
        ] {
            extract_article(&article(text, false), &KNOWLEDGE);
        }
    }

    #[test]
    fn what_an_act_is_aimed_at_and_who_a_reaction_answers() {
        // A place named by an adjective after "on" stands for its country.
        assert_has(
            &facts_of("Russia's overnight drone attack on the Ukrainian port of Odesa killed six."),
            "RUS attacks UKR @-",
        );
        // "in the Chinese capital" is Beijing, where things happen.
        assert_has(
            &facts_of(
                "Kim Jong Un, who arrived in the Chinese capital by train, held talks with Vladimir Putin.",
            ),
            "kim-jong-un visited CHN @beijing",
        );
        // A role in a war is not waging it.
        assert_lacks(
            &facts_of("Belarus was sanctioned over its role in the war in Ukraine."),
            "attacks",
        );
        // A reaction to a passive answers its agent.
        let facts = facts_of(
            "Palestine was recognised as a state by France and Canada, drawing sharp \
             criticism from Israel.",
        );
        assert_has(&facts, "ISR criticises FRA @-");
        assert_has(&facts, "ISR criticises CAN @-");
        assert!(
            !facts.iter().any(|fact| fact.contains("ISR criticises PSE")),
            "{facts:?}"
        );
    }

    #[test]
    fn a_listed_city_is_where_things_happen_never_an_actor() {
        let facts = facts_of("Sergey Lavrov met Antony Blinken in Geneva on Friday.");
        assert_has(&facts, "sergey-lavrov met_with antony-blinken @geneva");
        // A capital speaks for its government; another city does not.
        assert!(facts_of("Istanbul condemned Greece on Friday.").is_empty());
        assert_eq!(
            facts_of("Ankara condemned Greece on Friday."),
            ["TUR criticises GRC @-"]
        );
    }

    #[test]
    fn appositions_and_short_quotations_read_as_plain_prose() {
        let facts = facts_of("Israel's foreign minister, Gideon Saar, condemned Turkey.");
        // The stance is Israel's; the person-level fact gives way to it.
        assert!(
            !facts
                .iter()
                .any(|fact| fact.starts_with("gideon-sa-ar criticises")),
            "{facts:?}"
        );
        assert!(
            facts.contains(&"ISR criticises TUR @-".to_string())
                && facts
                    .iter()
                    .any(|fact| fact.starts_with("gideon-sa-ar official_of ISR")),
            "{facts:?}"
        );
        assert_eq!(
            facts_of("China \"firmly opposes\" Japan's plan."),
            ["CHN opposes JPN @-"]
        );
    }

    #[test]
    fn an_ambiguous_adjective_resolves_only_with_an_unambiguous_mention() {
        assert!(facts_of("Georgian troops attacked Russia on Monday.").is_empty());
        assert_eq!(
            facts_of("Georgian troops attacked Russia on Monday. Tbilisi confirmed it."),
            ["GEO attacks RUS @-"]
        );
    }

    #[test]
    fn a_counterpart_or_an_apposition_after_the_second_name_keeps_the_pair() {
        let facts = facts_of(
            "Russian President Vladimir Putin and his Chinese counterpart Xi Jinping held \
             talks in Moscow on Tuesday.",
        );
        assert_has(&facts, "vladimir-putin met_with xi-jinping @moscow");
        // The role stays with its holder; the apposition does not break the pair.
        let facts = facts_of(
            "Iranian Foreign Minister Abbas Araghchi and Rafael Grossi, the director general \
             of the International Atomic Energy Agency, met in Cairo on Tuesday.",
        );
        assert_has(&facts, "abbas-araghchi official_of IRN @-");
        assert_has(&facts, "rafael-grossi official_of IAEA @-");
        assert_has(&facts, "abbas-araghchi met_with rafael-grossi @cairo");
        // After "and", a verb's subject is the first clause's, not a name inside it.
        let facts = facts_of(
            "India abstained on votes condemning Russia's invasion of Ukraine and has not \
             criticised Moscow.",
        );
        assert!(
            !facts.iter().any(|fact| fact.starts_with("UKR criticises")),
            "{facts:?}"
        );
    }

    #[test]
    fn coordinated_officials_relate_pairwise_and_their_countries_are_the_group() {
        let facts = facts_of(
            "U.S. President Joe Biden, Japanese Prime Minister Fumio Kishida and South Korean \
             President Yoon Suk Yeol met at Camp David on Friday. In a joint statement, the \
             three leaders condemned what they called China's dangerous behaviour.",
        );
        assert_has(&facts, "joe-biden met_with fumio-kishida @camp-david");
        assert_has(&facts, "fumio-kishida met_with yoon-suk-yeol @camp-david");
        for country in ["USA", "JPN", "KOR"] {
            assert_has(&facts, &format!("{country} criticises CHN @-"));
        }
        // Persons acting together toward a third party are not a pair.
        let facts = facts_of(
            "Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara signed \
             the pact with their Philippine counterparts in Manila.",
        );
        assert!(
            !facts.iter().any(|fact| fact.contains("agreed_with")),
            "{facts:?}"
        );
    }

    #[test]
    fn a_reason_after_the_target_is_the_targets_and_broken_ties_are_at_odds() {
        let facts =
            facts_of("EU countries approved new sanctions against Russia over its war in Ukraine.");
        assert_has(&facts, "RUS attacks UKR @-");
        assert!(
            !facts.iter().any(|fact| fact.starts_with("EU attacks")),
            "{facts:?}"
        );
        // A passive's agent is not the target.
        assert_has(
            &facts_of("Russia was condemned by the G7 for its occupation of Ukraine."),
            "RUS attacks UKR @-",
        );
        assert_has(
            &facts_of("Mexico broke off diplomatic relations with Ecuador on Friday."),
            "MEX at_odds_with ECU @-",
        );
    }

    #[test]
    fn a_relative_clause_does_not_hide_the_subject_or_lend_it_its_negation() {
        let facts = facts_of("Venezuela, which has not recognised the vote, condemned Guyana.");
        assert_eq!(facts, ["VEN criticises GUY @-"]);
    }

    #[test]
    fn lists_pair_member_by_member_and_unknown_names_in_a_person_list_are_persons() {
        let facts = facts_of(
            "Penny Wong, Winston Peters and Vivian Balakrishnan, the foreign ministers of \
             Australia, New Zealand and Singapore, met in Suva on Wednesday.",
        );
        for expected in [
            "penny-wong official_of AUS @-",
            "winston-peters official_of NZL @-",
            "vivian-balakrishnan official_of SGP @-",
        ] {
            assert!(facts.contains(&expected.to_string()), "{facts:?}");
        }
        assert!(!facts.contains(&"penny-wong official_of NZL @-".to_string()));
        assert!(
            facts
                .iter()
                .any(|fact| fact.starts_with("penny-wong met_with winston-peters")),
            "{facts:?}"
        );
        // Lists of different lengths do not pair.
        assert_lacks(
            &facts_of(
                "Wong and Peters, the foreign ministers of Australia, Fiji and Tonga, spoke.",
            ),
            "official_of",
        );
    }

    #[test]
    fn a_reaction_is_to_the_act_of_the_nearest_clause() {
        let facts = facts_of(
            "Hours before the summit, North Korea notified Japan that it planned to launch a \
             satellite, a move Seoul and Tokyo condemned.",
        );
        assert_has(&facts, "KOR criticises PRK @-");
        assert_has(&facts, "JPN criticises PRK @-");
        let facts = facts_of(
            "Mexico broke off relations with Ecuador after Ecuadorian police stormed its \
             embassy, a raid that Brazil condemned.",
        );
        assert!(
            !facts.contains(&"BRA criticises MEX @-".to_string()),
            "{facts:?}"
        );
        // The reaction is to the nearest clause's act, so its actor is the object.
        assert_has(&facts, "BRA criticises ECU @-");
    }

    #[test]
    fn condemning_strikes_is_not_striking_and_a_named_bloc_is_the_one_whose_members_follow() {
        let facts = facts_of("Vietnam condemned the strikes on Cape Verde.");
        assert!(
            !facts.iter().any(|fact| fact.contains("attacks")),
            "{facts:?}"
        );
        let facts = facts_of(
            "Iran has applied to join the SCO. The OSCE is a security bloc whose members \
             include Monaco and Zimbabwe.",
        );
        assert_has(&facts, "MCO member_of OSCE @-");
        assert!(
            !facts.contains(&"MCO member_of SCO @-".to_string()),
            "{facts:?}"
        );
        assert!(
            facts_of("Israel's strikes on Iran drew condemnation.")
                .contains(&"ISR attacks IRN @-".to_string())
        );
    }

    #[test]
    fn ending_a_possessors_relation_negates_it_but_declining_to_condemn_an_act_does_not() {
        let negated = |text: &str| {
            extract_article(&article(text, false), &KNOWLEDGE)
                .facts
                .iter()
                .map(|fact| {
                    format!(
                        "{} {} {} {}",
                        fact.subject.id, fact.relation, fact.object.id, fact.negated
                    )
                })
                .collect::<Vec<_>>()
        };
        let facts = negated("Tehran has suspended Iran's cooperation with the IAEA.");
        assert_has(&facts, "IRN cooperates_with IAEA true");
        let facts = negated("India did not condemn Russia's invasion of Ukraine.");
        assert_has(&facts, "RUS attacks UKR false");
        assert_has(&facts, "IND criticises RUS true");
    }

    #[test]
    fn the_three_countries_are_the_latest_list_of_three() {
        let facts = facts_of(
            "Burkina Faso, Mali and Niger said they would withdraw from the ICC. The three \
             military-led governments, which formed the Alliance of Sahel States after \
             quitting ECOWAS, said they would set up a court.",
        );
        for country in ["BFA", "MLI", "NER"] {
            assert_has(&facts, &format!("{country} member_of AES @-"));
            assert_has(&facts, &format!("{country} left ECOWAS @-"));
        }
        // Without a list of that size, the phrase refers to nothing.
        assert!(facts_of("The four governments formed the Alliance of Sahel States.").is_empty());
    }

    /// Choosing candidate rules by their required words and slot kinds must never lose a
    /// fact: on every text of the evaluation sets, the facts equal those of trying every
    /// rule on every sentence.
    #[test]
    fn candidate_rules_lose_no_fact_against_trying_every_rule() {
        let mut exhaustive = Knowledge::builtin().unwrap();
        exhaustive.rules.set_exhaustive(true);
        let sets = [
            include_str!("../../tests/fixtures/devset.toml"),
            include_str!("../../tests/fixtures/devset2.toml"),
            include_str!("../../tests/fixtures/devset3.toml"),
            include_str!("../../tests/fixtures/heldout.toml"),
        ];
        let mut texts = 0;
        for set in sets {
            let parsed: toml::Value = toml::from_str(set).unwrap();
            for case in parsed["case"].as_array().unwrap() {
                let html = case.get("html").and_then(toml::Value::as_bool) == Some(true);
                let text = case["text"].as_str().unwrap();
                let facts = |knowledge: &Knowledge| -> Vec<String> {
                    extract_article(&article(text, html), knowledge)
                        .facts
                        .iter()
                        .map(|fact| {
                            format!(
                                "{:?}",
                                (
                                    &fact.subject.id,
                                    fact.relation,
                                    &fact.object.id,
                                    fact.negated,
                                    &fact.evidence.rule
                                )
                            )
                        })
                        .collect()
                };
                assert_eq!(facts(&KNOWLEDGE), facts(&exhaustive), "{text}");
                texts += 1;
            }
        }
        assert!(texts > 250);
    }

    #[test]
    fn a_pair_that_met_separately_did_not_meet_each_other() {
        let facts = facts_of("Aleksandar Vucic and Albin Kurti met separately with Josep Borrell.");
        assert!(
            facts
                .iter()
                .all(|fact| !fact.contains("met_with albin-kurti")
                    && !fact.contains("albin-kurti met_with aleksandar-vucic")),
            "{facts:?}"
        );
    }

    #[test]
    fn its_stands_for_the_subject_of_its_own_clause() {
        let facts = facts_of(
            "India's prime minister plans to visit Moscow since Russia launched its invasion of \
             Ukraine.",
        );
        assert_has(&facts, "RUS attacks UKR @-");
        assert!(
            !facts.iter().any(|fact| fact.starts_with("IND attacks")),
            "{facts:?}"
        );
    }

    #[test]
    fn what_the_fortieth_and_forty_first_reviews_found() {
        assert_cases(
            "2025-07-19",
            &[
                // A denial reaches past its day and the title of the one it clears.
                (
                    "The Kremlin denied on Thursday a report that President Vladimir Putin had \
                     held a secret phone call with North Korean leader Kim Jong Un last week.",
                    "vladimir-putin met_with kim-jong-un [-] @- 2025-07 !neg",
                    "=vladimir-putin met_with kim-jong-un [-] @- 2025-07",
                ),
                // A warning that the warner's side would act, a risk told, a notice given in
                // advance and a state's move said to harm something threaten nobody ...
                (
                    "Blinken met Xi in Beijing and warned that Washington would act if China did \
                     not curb support for Russia's defence industry.",
                    "",
                    "threatens USA",
                ),
                (
                    "French Foreign Minister Jean-Noel Barrot warned that the EU would not allow \
                     other nations to attack its sovereign borders.",
                    "",
                    "threatens EU",
                ),
                (
                    "The International Monetary Fund warned Pakistan that its budget targets were \
                     at risk.",
                    "",
                    "threatens",
                ),
                (
                    "Iran fired missiles at the Al Udeid air base; Tehran had warned Doha in \
                     advance, and there were no casualties.",
                    "",
                    "threatens QAT",
                ),
                (
                    "Greek Prime Minister Kyriakos Mitsotakis warned that Turkey's maritime plan \
                     could undermine the thaw.",
                    "",
                    "threatens",
                ),
                // ... but a warning of what a state would face does.
                (
                    "Khamenei warned that Israel would face a bitter and painful fate.",
                    "IRN threatens ISR",
                    "ISR threatens",
                ),
                // A threat is made when it is told: not on the day of the act threatened, nor
                // on the next Friday.
                (
                    "US President Donald Trump has threatened to impose 25 percent tariffs on \
                     Japanese goods from August 1.",
                    "USA threatens JPN [-] @- -",
                    "2025-08-01",
                ),
                (
                    "The foreign ministers of Germany, France and Britain warned in a joint \
                     statement on Friday that they would trigger the return of UN sanctions on \
                     Iran unless Tehran resumed cooperation.",
                    "DEU threatens IRN [-] @- 2025-07-18",
                    "+expected",
                ),
                // Joining a body and casting a veto are acts a later reaction names.
                (
                    "Finland formally became the 31st member of NATO on Tuesday. Kremlin \
                     spokesman Dmitry Peskov called the move a provocation.",
                    "RUS criticises FIN",
                    "criticises NATO",
                ),
                (
                    "The United States vetoed a draft resolution at the UN Security Council on \
                     Thursday. Palestinian President Mahmoud Abbas called the veto unjustified.",
                    "PSE criticises USA",
                    "criticises UNSC",
                ),
                // Signing agreements together is a meeting, without an article or with a
                // number; signing none is none.
                (
                    "Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da \
                     Silva signed 37 cooperation agreements in Brasilia on Wednesday.",
                    "xi-jinping visited BRA [-] @brasilia",
                    "luiz-inacio-lula-da-silva visited",
                ),
                (
                    "Orban met Zelensky in Kyiv on Tuesday. The two leaders signed no agreements.",
                    "viktor-orban met_with volodymyr-zelensky [-] @kyiv",
                    "met_with volodymyr-zelensky [-] @- ",
                ),
                // A gathering attended in a city named with its state; trips "on to" the
                // next stop, visits to be paid, and each capital of a list travelled to.
                (
                    "Turkish Foreign Minister Hakan Fidan attended a BRICS ministerial meeting \
                     in the Russian city of Nizhny Novgorod.",
                    "hakan-fidan visited RUS [-] @nizhny-novgorod",
                    "hakan-fidan visited TUR",
                ),
                (
                    "Putin travels on to Vietnam on Thursday.",
                    "vladimir-putin visited VNM [-] @- 2025-07-24 +expected",
                    "visited RUS",
                ),
                (
                    "Russian Foreign Minister Sergei Lavrov will pay a visit to Beijing next week.",
                    "sergey-lavrov visited CHN [-] @beijing",
                    "visited RUS",
                ),
                (
                    "Hungarian Prime Minister Viktor Orban travelled to Kyiv, Moscow and Beijing \
                     this month.",
                    "viktor-orban visited CHN",
                    "visited HUN",
                ),
                // Offices taken: sworn in as the nth holder, elected by a state, appointed
                // after a description, or won at an election (to come, unless the winner
                // held the office the year before).
                (
                    "Donald Trump was sworn in as the 47th President of the United States on \
                     Monday.",
                    "donald-trump official_of USA [president]",
                    "status=",
                ),
                (
                    "Lebanon's parliament elected army commander Joseph Aoun as the country's \
                     president on Thursday.",
                    "joseph-aoun official_of LBN [president]",
                    "official_of LBN [army commander]",
                ),
                (
                    "Macron appointed centrist leader Francois Bayrou as prime minister.",
                    "francois-bayrou official_of FRA [prime minister]",
                    "[leader]",
                ),
                (
                    "Karol Nawrocki narrowly won Poland's presidential run-off on Sunday.",
                    "karol-nawrocki official_of POL [president] @- - status=incoming",
                    "visited",
                ),
                (
                    "Vladimir Putin won Russia's presidential election with 87% of the vote.",
                    "vladimir-putin official_of RUS [president]",
                    "incoming",
                ),
                // Criticism told as blame held, by persons coordinated, in the passive of a
                // state's agents, or by an insult.
                (
                    "Algeria's foreign ministry said France bore full responsibility for the \
                     crisis.",
                    "DZA criticises FRA",
                    "FRA criticises DZA",
                ),
                (
                    "US President Joe Biden said Vladimir Putin was responsible for his death.",
                    "USA criticises RUS",
                    "RUS criticises",
                ),
                (
                    "German Chancellor Olaf Scholz and French President Emmanuel Macron also \
                     blamed the Kremlin.",
                    "DEU criticises RUS",
                    "DEU criticises FRA",
                ),
                (
                    "Three Chinese coast guard vessels were accused by Vietnam of harassing a \
                     fishing boat.",
                    "VNM criticises CHN",
                    "CHN criticises VNM",
                ),
                (
                    "Argentina's President Javier Milei has called Maduro a dictator.",
                    "ARG criticises VEN",
                    "VEN criticises",
                ),
                // Cutting ties is a sanction; cutting a tariff is none.
                (
                    "The Democratic Republic of Congo cut diplomatic ties with Rwanda on Friday.",
                    "COD sanctions RWA",
                    "RWA sanctions",
                ),
                (
                    "Vietnam offered to cut its tariffs on US goods to zero.",
                    "",
                    "sanctions",
                ),
                // The place of an aside that tells of another event is not the meeting's.
                (
                    "Zelensky, who attended the summit after a day in Ankara, met Italian Prime \
                     Minister Giorgia Meloni.",
                    "volodymyr-zelensky met_with giorgia-meloni [-] @-",
                    "giorgia-meloni [-] @ankara",
                ),
                // A meeting only possible, or being arranged, has not taken place.
                (
                    "Rubio said a meeting between Trump and Putin was possible but no date had \
                     been set.",
                    "",
                    "met_with",
                ),
                (
                    "He later said he had begun arrangements for a meeting between Putin and \
                     Zelensky.",
                    "",
                    "met_with",
                ),
                // Resisting efforts to do something to a body is not opposing the body.
                (
                    "India has resisted efforts to give the organisation an anti-Western tone in \
                     SCO statements.",
                    "",
                    "opposes SCO",
                ),
                // Latin America is not America.
                (
                    "Spain would continue to deepen cooperation with Latin America.",
                    "",
                    "USA",
                ),
                // An anniversary recalls a past event; it reports none.
                (
                    "He arrived in Belgrade on the 25th anniversary of NATO's bombing of the \
                     Chinese embassy there.",
                    "",
                    "attacks",
                ),
                // Trips made to meet someone, guests "visiting", and talks held with several
                // named "including" or with two modifiers joined.
                (
                    "On Wednesday Blinken will travel to Riyadh to meet Saudi Crown Prince \
                     Mohammed bin Salman.",
                    "antony-blinken visited SAU [-] @riyadh - +expected",
                    "mohammed-bin-salman visited",
                ),
                (
                    "Carney met French President Emmanuel Macron at the Elysee Palace before \
                     flying to London to see Prime Minister Keir Starmer.",
                    "mark-carney met_with emmanuel-macron",
                    "emmanuel-macron met_with keir-starmer",
                ),
                (
                    "Chinese President Xi Jinping told visiting Spanish Prime Minister Pedro \
                     Sanchez that China was ready to deepen ties.",
                    "xi-jinping met_with pedro-sanchez",
                    "pedro-sanchez official_of CHN",
                ),
                (
                    "Zelensky held bilateral meetings with several leaders, including Britain's \
                     new prime minister Keir Starmer and Germany's Olaf Scholz.",
                    "volodymyr-zelensky met_with olaf-scholz",
                    "keir-starmer met_with olaf-scholz",
                ),
                (
                    "Trump said he had held a lengthy and highly productive phone call with \
                     Russian President Vladimir Putin.",
                    "donald-trump met_with vladimir-putin [-] @-",
                    "visited",
                ),
                (
                    "Trump had threatened to halt trade talks with both countries unless the \
                     fighting stopped.",
                    "",
                    "met_with",
                ),
                // A move condemned in the passive, an embassy's representative summoned, a
                // red line crossed.
                (
                    "Russia expelled the Lithuanian ambassador, a move condemned by Lithuania and \
                     Poland.",
                    "POL criticises RUS",
                    "RUS criticises",
                ),
                (
                    "Estonia's foreign ministry summoned the Russian embassy's representative and \
                     handed over a protest note.",
                    "EST criticises RUS",
                    "RUS criticises",
                ),
                (
                    "Chinese Foreign Minister Wang Yi said on Sunday that Japan had crossed a red \
                     line.",
                    "CHN criticises JPN",
                    "JPN criticises",
                ),
                // Appointments after an aside, with a senator's state, and a second one in
                // the same breath; a guest to be hosted.
                (
                    "Merz, who takes office on Tuesday, named Johann Wadephul as foreign minister.",
                    "johann-wadephul official_of DEU [foreign minister]",
                    "friedrich-merz official_of DEU [foreign minister]",
                ),
                (
                    "Trump has picked Senator Marco Rubio of Florida to be his secretary of state.",
                    "marco-rubio official_of USA [secretary of state]",
                    "donald-trump official_of USA [secretary of state]",
                ),
                (
                    "Ishiba named Takeshi Iwaya as foreign minister and Gen Nakatani as defence \
                     minister.",
                    "gen-nakatani official_of JPN [defence minister]",
                    "gen-nakatani official_of JPN [foreign minister]",
                ),
                (
                    "Modi will host Russian President Vladimir Putin in New Delhi on December 4.",
                    "vladimir-putin visited IND [-] @new-delhi 2025-12-04 +expected",
                    "narendra-modi visited",
                ),
                // Memberships: of a list of bodies, an application named with the body,
                // observer status held "currently", attendance as an observer.
                (
                    "Kazakhstan is a member of the Eurasian Economic Union and the Collective \
                     Security Treaty Organization.",
                    "KAZ member_of CSTO",
                    "EAEU member_of",
                ),
                (
                    "Ukraine responded by applying for fast-track NATO membership.",
                    "UKR candidate_for NATO",
                    "UKR member_of",
                ),
                (
                    "The United States vetoed its bid for full U.N. membership in the Security \
                     Council.",
                    "",
                    "USA candidate_for",
                ),
                (
                    "Palestine currently holds observer status at the United Nations.",
                    "PSE observer_of UN",
                    "PSE member_of",
                ),
                (
                    "Timor-Leste attended the ASEAN summit as an observer.",
                    "TLS observer_of ASEAN",
                    "TLS member_of",
                ),
                // Missions closed are a sanction, one's own embassy closed is none; backing in
                // an apposition; standing with an ally.
                (
                    "Poland closed a Russian consulate in Poznan.",
                    "POL sanctions RUS",
                    "RUS sanctions",
                ),
                (
                    "The Norwegian Nobel Committee gave the prize to Machado. The government of \
                     Nicolas Maduro, which closed its embassy in Oslo in 2023, did not comment.",
                    "",
                    "sanctions",
                ),
                (
                    "Azerbaijan, backed by Turkey, launched an offensive in Karabakh.",
                    "TUR supports AZE",
                    "AZE supports",
                ),
                (
                    "The United States stands with its ally the Philippines, the State Department \
                     said.",
                    "USA supports PHL",
                    "supports USA",
                ),
                // Talks held, then agreement.
                (
                    "Japanese Prime Minister Shigeru Ishiba and South Korean President Lee \
                     Jae-myung held talks in Tokyo on Saturday and agreed to deepen cooperation.",
                    "JPN agreed_with KOR",
                    "shigeru-ishiba visited",
                ),
                // Review 43: a trip named by its traveller's possessive; a group that met a
                // titled official did not meet itself; objections lifted; a meeting whose
                // agreement is not confirmed; a second verb of the subject after a date.
                (
                    "Rutte's first trip in the job will be to Kyiv later this week.",
                    "mark-rutte visited UKR [-] @kyiv",
                    "visited NLD",
                ),
                (
                    "Officials from Burkina Faso, Mali and Niger met Deputy Defence Minister \
                     Yunus-Bek Yevkurov.",
                    "MLI met_with yunus-bek-yevkurov",
                    "BFA met_with MLI",
                ),
                (
                    "Turkey agreed on Tuesday to lift its objections to Finland and Sweden \
                     joining NATO.",
                    "",
                    "opposes",
                ),
                (
                    "The Kremlin did not confirm that Putin had agreed to meet Zelensky.",
                    "",
                    "met_with",
                ),
                (
                    "Honduras established diplomatic relations with China on Sunday and broke off \
                     ties with Taiwan.",
                    "HND sanctions TWN",
                    "CHN sanctions",
                ),
                // An office to be taken later in the clause is to come; another's is not.
                (
                    "Rodrigo Paz was elected Bolivia's president on Sunday and will take office \
                     on November 8.",
                    "rodrigo-paz official_of BOL [president] @- - status=incoming",
                    "=rodrigo-paz official_of BOL [president] @- -",
                ),
                (
                    "US President Joe Biden met Donald Trump, who will take office on January 20.",
                    "joe-biden official_of USA [president] @- -",
                    "joe-biden official_of USA [president] @- - status=incoming",
                ),
                // A veto cast in a body is no opposition to the body.
                (
                    "The United States vetoed a draft resolution at the UN Security Council on \
                     Thursday.",
                    "",
                    "opposes UNSC",
                ),
                // An office "-designate" is yet to come.
                (
                    "Lebanese President Joseph Aoun named Nawaf Salam as prime \
                     minister-designate on Monday.",
                    "nawaf-salam official_of LBN [prime minister] @- - status=incoming",
                    "=nawaf-salam official_of LBN [prime minister] @- -",
                ),
                // "No reason to meet" is no meeting.
                (
                    "Trump said there was 'no reason' to meet Xi Jinping at the APEC summit.",
                    "",
                    "met_with",
                ),
                // The place of the act answered, or of a later act, is not the place of
                // this one.
                (
                    "India struck what it called terrorist infrastructure in Pakistan on \
                     Wednesday in response to the killing of 26 people in Pahalgam, Kashmir.",
                    "IND attacks PAK",
                    "@pahalgam",
                ),
                (
                    "Indian Prime Minister Narendra Modi met Lula and later travelled to Brasilia \
                     for a state visit.",
                    "narendra-modi met_with luiz-inacio-lula-da-silva [-] @-",
                    "met_with luiz-inacio-lula-da-silva [-] @brasilia",
                ),
                // Independence is a cause, not the state: not backing it is no refusal to
                // back the state.
                (
                    "Blinken said Washington did not support Taiwan independence.",
                    "",
                    "supports TWN",
                ),
                // The one met does not travel on: the traveller is the subject.
                (
                    "US President Donald Trump will visit Tokyo next week, where he is expected \
                     to meet Takaichi before travelling to South Korea for the APEC summit.",
                    "",
                    "sanae-takaichi visited",
                ),
            ],
        );
    }

    #[test]
    fn what_the_forty_third_and_forty_fourth_reviews_found() {
        // One a chamber elects holds the office at once (on the days of these votes).
        assert_cases(
            "2025-01-09",
            &[(
                "Lebanon's parliament elected army commander Joseph Aoun as the country's \
                 president on Thursday.",
                "joseph-aoun official_of LBN [president] @- -",
                "incoming",
            )],
        );
        assert_cases(
            "2025-05-06",
            &[(
                "Friedrich Merz was elected German chancellor on Tuesday in a second round of \
                 voting.",
                "friedrich-merz official_of DEU [chancellor]",
                "incoming",
            )],
        );
        assert_cases(
            "2024-11-07",
            &[
                // A leader a vote elects takes office later; one a chamber elects, or one
                // re-elected, holds it; an election years back is long past.
                (
                    "Claudia Sheinbaum was elected as Mexico's first female president on \
                     Sunday, in a landslide victory for the ruling Morena party.",
                    "claudia-sheinbaum official_of MEX [president] @- - status=incoming",
                    "=claudia-sheinbaum official_of MEX [president] @- -",
                ),
                (
                    "Andres Manuel Lopez Obrador, who was elected president of Mexico in 2018, \
                     met Joe Biden.",
                    "andres-manuel-lopez-obrador official_of MEX [president]",
                    "incoming",
                ),
                // A time after the role is no other body's office.
                (
                    "Vladimir Putin was re-elected as Russia's president in March.",
                    "vladimir-putin official_of RUS [president]",
                    "incoming",
                ),
                // "the launch" is who fired, not who held drills after it; "the drills"
                // who held them; "the closure" no exercise named after its verb.
                (
                    "North Korea fired a ballistic missile over Japan on Tuesday. In response, \
                     South Korean and U.S. fighter jets conducted bombing drills. The United \
                     States, Japan and South Korea condemned the launch in a joint statement.",
                    "JPN criticises PRK",
                    "criticises KOR",
                ),
                (
                    "China launched two days of military drills around Taiwan. Japan fired a \
                     test missile on Friday. Taiwan's defence ministry condemned the exercises.",
                    "TWN criticises CHN",
                    "TWN criticises JPN",
                ),
                (
                    "Poland closed all crossings on its border with Belarus ahead of the joint \
                     Zapad military exercises. Minsk called the closure a provocation.",
                    "BLR criticises POL",
                    "criticises BLR",
                ),
                // "then" makes an office past only right before its title; "former" is the
                // title's it stands before.
                (
                    "Trump then called Ukrainian President Volodymyr Zelensky.",
                    "volodymyr-zelensky official_of UKR [president]",
                    "former",
                ),
                (
                    "The then U.S. President Barack Obama met Xi Jinping.",
                    "barack-obama official_of USA [president] @- - status=former",
                    "=barack-obama official_of USA [president] @- -",
                ),
                (
                    "Spain appointed Diego Martinez Belio, a career diplomat and former chief of \
                     staff to Foreign Minister Jose Manuel Albares, as secretary of state.",
                    "jose-manuel-albares official_of ESP [foreign minister]",
                    "former",
                ),
                // A threat to leave is no leaving.
                (
                    "Argentine President Javier Milei, who has in the past threatened to take \
                     his country out of Mercosur, praised the deal.",
                    "javier-milei official_of ARG",
                    "left",
                ),
                (
                    "Milei threatened to pull Argentina out of Mercosur.",
                    "",
                    "left",
                ),
                // A stance taken against a war is not where the war is fought.
                (
                    "Biden hosted Macron at the White House on Thursday, with both leaders \
                     vowing to stand together against Russia's war in Ukraine.",
                    "RUS attacks UKR [-] @-",
                    "attacks UKR [-] @washington",
                ),
                // A leader's invasion is the state's.
                (
                    "Sanctions followed Putin's illegal invasion of Ukraine.",
                    "RUS attacks UKR",
                    "vladimir-putin attacks",
                ),
                // Arms handed to a state, or a state equipped, are support; troops sent, a
                // gerund opposed or warned of, and a state's militia are not.
                (
                    "Germany will supply Ukraine with Leopard 2 tanks.",
                    "DEU supports UKR",
                    "!neg",
                ),
                (
                    "Britain, France and Italy, which all supply weapons to Ukraine, pledged on \
                     Wednesday to spend more on defence.",
                    "ITA supports UKR",
                    "!neg",
                ),
                (
                    "Iran has not supplied ballistic missiles to Russia, a spokesman said.",
                    "IRN supports RUS [-] @- - !neg",
                    "=IRN supports RUS [-] @- -",
                ),
                ("Russia sent troops to Ukraine.", "", "supports"),
                (
                    "The Kremlin warned that supplying Tomahawk missiles to Ukraine would mark a \
                     new stage of escalation.",
                    "",
                    "supports UKR",
                ),
                (
                    "Fico and Orban, who both oppose sending weapons to Ukraine, met in \
                     Bratislava.",
                    "",
                    "supports UKR",
                ),
                (
                    "The UAE denied its supply of weapons to Sudan's Rapid Support Forces.",
                    "",
                    "supports SDN",
                ),
                // A seat of power after a meeting's person or verb is where it took place.
                (
                    "Orban met Russian President Vladimir Putin in the Kremlin on Friday.",
                    "viktor-orban visited RUS [-] @moscow",
                    "met_with vladimir-putin [-] @- ",
                ),
                (
                    "Donald Trump, who received Nawrocki in the Oval Office in May, \
                     congratulated him.",
                    "karol-nawrocki visited USA [-] @washington",
                    "visited POL",
                ),
                // A call that ends the sentence; an official named after the state of the
                // title and a comma.
                (
                    "Trump then called Ukrainian President Volodymyr Zelensky.",
                    "donald-trump met_with volodymyr-zelensky",
                    "criticises",
                ),
                (
                    "Modi held talks with the President of France, Emmanuel Macron, in Paris.",
                    "narendra-modi met_with emmanuel-macron",
                    "!neg",
                ),
                // Offices: the state after the name; an office resigned; an adjective after
                // "first"; an oath to come.
                (
                    "President Biden welcomed Prime Minister Kishida Fumio of Japan to \
                     Washington.",
                    "fumio-kishida official_of JPN [prime minister]",
                    "official_of USA [prime minister]",
                ),
                (
                    "Liz Truss resigned as Britain's prime minister on Thursday.",
                    "liz-truss official_of GBR [prime minister] @- - status=former",
                    "=liz-truss official_of GBR [prime minister] @- -",
                ),
                (
                    "Gustavo Petro was sworn in as Colombia's first leftist president on Sunday.",
                    "gustavo-petro official_of COL [president]",
                    "incoming",
                ),
                (
                    "Rodrigo Paz will be sworn in as Bolivia's president on Saturday.",
                    "rodrigo-paz official_of BOL [president] @- - status=incoming",
                    "=rodrigo-paz official_of BOL [president] @- -",
                ),
                // A tie ended is cut; a participle after "but" and another actor is that
                // actor's.
                (
                    "Chad has decided to end its defence cooperation agreement with France, \
                     the Chadian Foreign Ministry said on Thursday.",
                    "TCD cooperates_with FRA [-] @- - !neg",
                    "=TCD cooperates_with FRA [-] @- -",
                ),
                (
                    "The bloc lifted most sanctions in February, and Benin reopened its side, \
                     but Niamey has kept the crossing shut, accusing Cotonou of hosting French \
                     troops.",
                    "",
                    "ECOWAS criticises",
                ),
                // A meeting is with the persons a possessive introduces, past their rank,
                // never with the state.
                (
                    "During his tour, Mahama held talks with Mali's General Assimi Goita, \
                     Burkina Faso's Captain Ibrahim Traore and Niger's General Abdourahamane \
                     Tiani.",
                    "john-mahama met_with ibrahim-traore",
                    "met_with MLI",
                ),
                // A summit a place hosts is no guest of the host; a given name before
                // another person's surname names someone else.
                (
                    "The commitment, adopted at a summit in The Hague hosted by \
                     Secretary-General Mark Rutte, sets a target of 5 percent.",
                    "",
                    "met_with mark-rutte",
                ),
                (
                    "Chinese foreign ministry spokesman Lin Jian spoke on Monday. Tokyo lodged \
                     a protest after Xue Jian, China's consul general in Osaka, posted a threat.",
                    "xue-jian official_of CHN [consul general]",
                    "lin-jian official_of CHN [consul general]",
                ),
                // Strikes launched "across" a state, or unleashed on it.
                (
                    "Israel launched a wave of strikes across Iran early on Friday.",
                    "ISR attacks IRN",
                    "!neg",
                ),
                (
                    "Russia unleashed a barrage of missile strikes on cities across Ukraine on \
                     Monday. G7 leaders condemned the strikes.",
                    "G7 criticises RUS",
                    "criticises UKR",
                ),
                // Sanctions named as restrictive measures, a sanctioning told in the
                // progressive, relations broken or ended.
                (
                    "The EU adopted a 15th package of restrictive measures against Russia.",
                    "EU sanctions RUS",
                    "!neg",
                ),
                (
                    "China announced that it was sanctioning U.S. House Speaker Nancy Pelosi.",
                    "CHN sanctions nancy-pelosi",
                    "sanctions USA",
                ),
                (
                    "Bolivia decided to break diplomatic relations with Israel.",
                    "BOL sanctions ISR",
                    "!neg",
                ),
                (
                    "Taipei said it was ending relations with Nauru immediately.",
                    "TWN sanctions NRU",
                    "!neg",
                ),
                // Joining told with an adverb or by a capital; membership ceased.
                (
                    "Finland and Sweden then joined NATO.",
                    "SWE member_of NATO",
                    "!neg",
                ),
                (
                    "Yerevan joined the International Criminal Court last year.",
                    "ARM member_of ICC [-] @- 2023",
                    "!neg",
                ),
                (
                    "Mali, Burkina Faso and Niger formally ceased to be members of the Economic \
                     Community of West African States on Wednesday.",
                    "NER left ECOWAS",
                    "member_of",
                ),
                // Candidacy granted, or membership talks opened, by the body in focus; not
                // talks only discussed.
                (
                    "EU leaders met in Brussels on Thursday. They agreed to open accession \
                     negotiations with Ukraine and Moldova and granted candidate status to \
                     Armenia.",
                    "ARM candidate_for EU",
                    "member_of",
                ),
                (
                    "Zelensky is expected at an EU summit in Brussels, where leaders will \
                     discuss opening membership talks with Ukraine.",
                    "",
                    "candidate_for",
                ),
                // Support that continues, told with a modal.
                (
                    "Sikorski said Poland would continue to support Ukraine for as long as it \
                     takes.",
                    "POL supports UKR",
                    "!neg",
                ),
                // A single tariff threatened on a state's goods.
                (
                    "Trump had threatened an additional 100 percent tariff on Chinese goods.",
                    "threatens CHN",
                    "sanctions",
                ),
                // A place past an adjective of direction or kind ("the northern city of").
                (
                    "Rahmon hosted Kyrgyz President Sadyr Japarov in the northern city of \
                     Khujand.",
                    "sadyr-japarov visited TJK [-] @khujand",
                    "met_with sadyr-japarov [-] @- ",
                ),
                // An office held past the ministry that employs the holder; an oath
                // dated between its verb and the office.
                (
                    "China's Defence Ministry spokesman Zhang Xiaogang said the drills were \
                     lawful.",
                    "zhang-xiaogang official_of CHN [spokesperson]",
                    "former",
                ),
                (
                    "Bassirou Diomaye Faye was sworn in on Tuesday as Senegal's fifth \
                     president.",
                    "bassirou-diomaye-faye official_of SEN [president]",
                    "incoming",
                ),
                // Joining "as a member" still to come is no membership.
                (
                    "BRICS leaders met in Johannesburg. \"This is not the right time for \
                     Argentina to join as a full member,\" Milei wrote to BRICS leaders.",
                    "",
                    "ARG member_of",
                ),
                // A place the gazetteer does not know, its country after a comma.
                (
                    "Prime Minister Narendra Modi visited Apulia, Italy, on 14 June 2024.",
                    "narendra-modi visited ITA",
                    "visited IND",
                ),
                ("Zelensky visited troops, Ukraine said.", "", "visited"),
                // Retaliation promised against a state's measures is a threat.
                (
                    "Brazil will respond to any U.S. tariffs with reciprocal measures, Lula said.",
                    "BRA threatens USA",
                    "sanctions",
                ),
                // The Union is the body joined when its Council decides; a nominee holds no
                // office yet.
                (
                    "In a move few diplomats had predicted, the European Council on Thursday \
                     agreed to open accession negotiations with Ukraine and Moldova.",
                    "UKR candidate_for EU",
                    "EUCO",
                ),
                (
                    "President-elect Donald Trump's nominee for secretary of state, Senator \
                     Marco Rubio, has been a fierce critic of the Cuban government.",
                    "",
                    "=marco-rubio official_of USA [secretary of state] @- -",
                ),
                // An office taken with no state in the sentence: the one the gazetteer or
                // the article gives the person in it; "interim" is its status (the case is
                // invented).
                (
                    "Shigeru Ishiba was elected prime minister by parliament on Tuesday.",
                    "shigeru-ishiba official_of JPN [prime minister]",
                    "incoming",
                ),
                (
                    "In Paris, Michel Barnier was appointed interim prime minister on Thursday.",
                    "michel-barnier official_of FRA [prime minister] @- - status=interim",
                    "=michel-barnier official_of FRA [prime minister] @- -",
                ),
                // Relations cut in the progressive, or past an adjective; a package adopted
                // in the present.
                (
                    "Zelensky said Ukraine was severing diplomatic relations with Russia.",
                    "UKR sanctions RUS",
                    "!neg",
                ),
                (
                    "The EU Council adopts 14th package of sanctions against Russia.",
                    "EU sanctions RUS",
                    "!neg",
                ),
                // Two powers a third is caught between share no tie.
                (
                    "Macron said Europe and Asia should build a new alliance and avoid being \
                     caught between the United States and China.",
                    "",
                    "friendly_with",
                ),
            ],
        );
    }

    #[test]
    fn what_the_forty_seventh_to_forty_ninth_reviews_found() {
        assert_cases(
            "2024-11-07",
            &[
                // A middle initial is no given name: the known person keeps the title.
                (
                    "Secretary of State Antony J. Blinken met today with Egyptian Foreign \
                     Minister Sameh Shoukry in Cairo.",
                    "antony-blinken official_of USA [secretary of state]",
                    "antony-j",
                ),
                // The lede's act is what "the move" means paragraphs later, until another
                // act is told; the judging words are one shared list.
                (
                    "Russia on Monday halted its participation in the Black Sea Grain \
                     Initiative. Kremlin spokesman Dmitry Peskov said Moscow would return to \
                     the deal once its demands were met. He said the decision was not \
                     connected to the attack on the Crimean Bridge. Turkish President Recep \
                     Tayyip Erdogan said he believed Putin wanted the deal to continue. \
                     Erdogan said he would discuss it with him in August. U.S. Secretary of \
                     State Antony Blinken called the move \"unconscionable\".",
                    "USA criticises RUS",
                    "TUR criticises",
                ),
                (
                    "Trade ministers gathered on Monday. The talks ran late. Officials \
                     declined to comment. Japan imposed export controls on chip equipment on \
                     Tuesday. Beijing's commerce ministry said the measure was unacceptable. \
                     Tokyo said the controls were needed. Seoul said it would study them. \
                     Markets were calm. The Kremlin called the move \"hypocritical\".",
                    "CHN criticises JPN",
                    "RUS criticises JPN",
                ),
                (
                    "China fired flares near an Australian patrol aircraft on Monday. \
                     Canberra said the move was \"unsafe and unprofessional\".",
                    "AUS criticises CHN",
                    "CHN criticises",
                ),
                (
                    "The UN chief deplored Russia's decision to quit the deal.",
                    "UN criticises RUS",
                    "RUS criticises",
                ),
                // Visits told as nouns and appositions, and a guest welcomed for a visit.
                (
                    "The talks came during a visit by British Foreign Secretary David Cameron \
                     to the Falkland Islands.",
                    "david-cameron visited FLK",
                    "GBR visited",
                ),
                (
                    "A planned visit by Prime Minister Narendra Modi to Kyiv was postponed.",
                    "",
                    "visited",
                ),
                (
                    "Biden welcomed Prime Minister Kishida Fumio of Japan to Washington for an \
                     official visit.",
                    "fumio-kishida visited USA",
                    "JPN visited",
                ),
                (
                    "Orban welcomed Israeli Prime Minister Benjamin Netanyahu for talks on \
                     Thursday.",
                    "viktor-orban met_with benjamin-netanyahu",
                    "visited",
                ),
                (
                    "U.S. Secretary of State Antony Blinken, visiting Cairo, said a deal was \
                     close.",
                    "antony-blinken visited EGY [-] @cairo",
                    "USA visited",
                ),
                // Review 47: names. A known name after "bin" ends someone else's; a rank
                // before a name is no part of it; a place before ", a spokesman said" is no
                // person; the gazetteer's offices settle a list of titled leaders.
                (
                    "Asim Munir called on His Royal Highness Prince Turki bin Salman bin \
                     Abdulaziz, Minister of Defence of the Kingdom of Saudi Arabia, in Riyadh.",
                    "turki-bin-salman-bin-abdulaziz official_of SAU",
                    "=salman-bin-abdulaziz official_of SAU [defence minister] @- -",
                ),
                (
                    "Putin met Major General Mohammad Reza Ashtiani, the chief of staff of \
                     Iran's armed forces, on Monday.",
                    "vladimir-putin met_with mohammad-reza-ashtiani",
                    "major",
                ),
                (
                    "Blinken raised concerns about China's actions in the South China Sea, a \
                     State Department spokesman said.",
                    "USA criticises CHN",
                    "south-china-sea",
                ),
                (
                    "The summit was attended by President of the Republic of Azerbaijan Ilham \
                     Aliyev, President of the Republic of Turkiye Recep Tayyip Erdogan and \
                     Prime Minister Shehbaz Sharif.",
                    "recep-tayyip-erdogan official_of TUR",
                    "ilham-aliyev official_of TUR",
                ),
                (
                    "Aoun named Nawaf Salam, the president of the International Court of \
                     Justice, as prime minister.",
                    "nawaf-salam official_of ICJ",
                    "nawaf-salam official_of LBN [president]",
                ),
                // Time and modality of a meeting told in an adjunct: its date keeps its
                // year, and what the main clause denies or plans is not the meeting's.
                (
                    "Fiji has expressed support for Israel since the October 7, 2023 attack by \
                     Hamas.",
                    "FJI supports ISR [-] @- 2023-10-07",
                    "+expected",
                ),
                (
                    "Araghchi said on Monday that Tehran would not tolerate any change to the \
                     borders, after talks in Yerevan with his Armenian counterpart Ararat \
                     Mirzoyan.",
                    "abbas-araghchi met_with ararat-mirzoyan [-] @yerevan 2024-11-04",
                    "!neg",
                ),
                (
                    "Chad said the decision, which came hours after a visit to N'Djamena by \
                     French Foreign Minister Jean-Noel Barrot, would allow it to redefine its \
                     partnerships.",
                    "jean-noel-barrot visited TCD [-] @n-djamena -",
                    "+expected",
                ),
                // Meetings denied: after "but", and of a pair; a list that a body groups is
                // no pair.
                (
                    "Senegal's prime minister Ousmane Sonko visited Beijing but did not meet \
                     President Xi Jinping.",
                    "ousmane-sonko met_with xi-jinping [-] @beijing - !neg",
                    "=ousmane-sonko met_with xi-jinping [-] @beijing -",
                ),
                (
                    "Lavrov and Blinken did not meet on the sidelines of the summit.",
                    "sergey-lavrov met_with antony-blinken [-] @- - !neg",
                    "=sergey-lavrov met_with antony-blinken [-] @- -",
                ),
                (
                    "The South Asian Association for Regional Cooperation, which groups India, \
                     Pakistan, Bangladesh and Nepal, has not held a summit since 2014.",
                    "IND member_of SAARC",
                    "met_with",
                ),
                // A title the gazetteer spells out, and a middle initial left out of a new
                // person's name.
                (
                    "Prince Khalid bin Salman met Leader of the Islamic Revolution Ayatollah \
                     Ali Khamenei in Tehran on Thursday.",
                    "khalid-bin-salman met_with ali-khamenei [-] @tehran",
                    "khalid-bin-salman met_with ali-khamenei [-] @tehran - !neg",
                ),
                (
                    "Philippine Foreign Secretary Enrique A. Manalo received Vietnamese Deputy \
                     Foreign Minister Do Hung Viet in Manila.",
                    "enrique-manalo met_with do-hung-viet",
                    "enrique-a-",
                ),
                // A bare title that opens the sentence after the dateline state acted is
                // that state's office; a party leader's title and a junta's chief.
                (
                    "N'DJAMENA - Chad has ended its defence cooperation agreement with France, \
                     the government said. Foreign Minister Abderaman Koulamallah said the \
                     decision would allow Chad to redefine its partnerships with France.",
                    "abderaman-koulamallah official_of TCD [foreign minister]",
                    "abderaman-koulamallah official_of FRA",
                ),
                (
                    "Biden held talks with General Secretary Nguyen Phu Trong in Hanoi.",
                    "nguyen-phu-trong official_of VNM [general secretary]",
                    "joe-biden official_of VNM",
                ),
                (
                    "Myanmar's junta chief, Senior General Min Aung Hlaing, met Modi.",
                    "min-aung-hlaing official_of MMR [leader]",
                    "narendra-modi official_of MMR",
                ),
                // Review 48: "President X of Ukraine" acts as X; a verb between a state and
                // a title is no descriptor; a list of places visited is no pair; a group
                // acting on itself is no act among its members; "non-permanent" holds.
                (
                    "President Aleksandar Vucic of Serbia met President Vladimir Putin in \
                     Beijing on Tuesday.",
                    "aleksandar-vucic met_with vladimir-putin [-] @beijing",
                    "SRB met_with",
                ),
                (
                    "Prime Minister Narendra Modi of India embraced President Vladimir Putin \
                     at his residence outside Moscow on Monday.",
                    "narendra-modi official_of IND [prime minister]",
                    "vladimir-putin official_of IND",
                ),
                (
                    "Mr. Wang, who earlier visited Namibia, the Republic of the Congo and Chad, \
                     held talks in Abuja with Nigeria's foreign minister, Yusuf Tuggar.",
                    "yusuf-tuggar official_of NGA",
                    "NAM met_with",
                ),
                (
                    "The three European countries, known as the E3, have warned that they will \
                     trigger the return of U.N. sanctions unless Iran resumes cooperation.",
                    "",
                    "GBR threatens FRA",
                ),
                (
                    "Bahrain, Colombia and Latvia were elected on Tuesday to serve as \
                     non-permanent members of the UN Security Council.",
                    "LVA member_of UNSC",
                    "status=permanent",
                ),
                // Criticism of an act named by its actor's adjective, judged on a weekday,
                // regretted when "by" names its actor, or protested against.
                (
                    "Foreign Minister Jean-Noel Barrot called the Algerian move \"unjustified \
                     and incomprehensible\".",
                    "FRA criticises DZA",
                    "DZA criticises",
                ),
                (
                    "Mr. Putin said on Thursday that the U.S. sanctions were \"an unfriendly \
                     act\".",
                    "RUS criticises USA",
                    "USA criticises",
                ),
                (
                    "The Netherlands said it regretted the decision by the United States to \
                     impose sanctions on the court.",
                    "NLD criticises USA",
                    "USA criticises",
                ),
                (
                    "China also protested against the EU's decision to include two Chinese \
                     banks in its sanctions package.",
                    "CHN criticises EU",
                    "EU criticises",
                ),
                // Sanctions on a state's missions and envoys.
                (
                    "India ordered six Canadian diplomats, including the acting high \
                     commissioner, to leave the country.",
                    "IND sanctions CAN",
                    "CAN sanctions",
                ),
                (
                    "Niger's junta had ordered the French ambassador, Sylvain Itte, to leave.",
                    "NER sanctions FRA",
                    "FRA sanctions",
                ),
                (
                    "Lithuania has expelled three employees of the Chinese embassy.",
                    "LTU sanctions CHN",
                    "CHN sanctions",
                ),
                (
                    "Germany said on Thursday it would close all three Iranian consulates in \
                     the country.",
                    "DEU sanctions IRN",
                    "IRN sanctions",
                ),
                (
                    "Iran said it would close its embassy in Berlin and recall its staff.",
                    "",
                    "sanctions",
                ),
                // A meeting someone "is due to" hold is yet to come, and no meeting; hours
                // of talks; a state made a tour's destination.
                (
                    "Indonesian President Prabowo Subianto is due to meet President Joe Biden \
                     on Tuesday.",
                    "prabowo-subianto official_of IDN",
                    "met_with",
                ),
                (
                    "Chinese President Xi Jinping held more than four hours of talks with \
                     Vladimir Putin at the Kremlin on Tuesday.",
                    "xi-jinping met_with vladimir-putin [-] @moscow",
                    "!neg",
                ),
                (
                    "Lebanese President Joseph Aoun made Saudi Arabia his first foreign \
                     destination on Monday.",
                    "joseph-aoun visited SAU",
                    "SAU visited",
                ),
                // A partnership or declaration signed with a state is an agreement.
                (
                    "The Cook Islands signed a comprehensive strategic partnership with China \
                     in Beijing.",
                    "COK agreed_with CHN",
                    "NZL",
                ),
                // Given names before a known surname name another person, all of them.
                (
                    "Nepal's Foreign Minister Maya Devi Deuba met Chinese Foreign Minister \
                     Wang Yi in Beijing.",
                    "maya-devi-deuba met_with wang-yi",
                    "=devi-deuba met_with wang-yi [-] @beijing -",
                ),
                // Review 49: honorifics before a name are no part of the reading, and what
                // an act "would mean" is no fact.
                (
                    "Prime Minister Narendra Modi met President of the Russian Federation, H.E. \
                     Mr. Vladimir Putin, on the sidelines of the summit.",
                    "narendra-modi met_with vladimir-putin",
                    "vladimir-putin official_of IND",
                ),
                (
                    "Kremlin spokesman Dmitry Peskov warned that such a deployment would mean \
                     direct conflict between Russia and NATO.",
                    "dmitry-peskov official_of RUS",
                    "at_odds_with",
                ),
                // Meetings told by a handshake, a walk, a call that tells what was said, a
                // telephone talk; criticism drawn by a state's decision.
                (
                    "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham \
                     Aliyev shook hands with President Donald Trump, who hosted the ceremony.",
                    "ilham-aliyev met_with donald-trump",
                    "!neg",
                ),
                (
                    "Biden spent five hours in Kyiv, walking with Ukrainian President Volodymyr \
                     Zelensky through the city.",
                    "joe-biden met_with volodymyr-zelensky [-] @kyiv",
                    "!neg",
                ),
                (
                    "National Security Adviser Ajit Doval briefed his U.S. counterpart Marco \
                     Rubio by phone.",
                    "ajit-doval met_with marco-rubio",
                    "!neg",
                ),
                (
                    "Kremlin spokesman Dmitry Peskov told reporters that President Vladimir \
                     Putin had discussed the situation by phone with Erdogan.",
                    "dmitry-peskov official_of RUS",
                    "dmitry-peskov met_with",
                ),
                (
                    "Japanese Foreign Minister Takeshi Iwaya held a telephone talk with \
                     Philippine Foreign Secretary Theresa Lazaro on Wednesday.",
                    "takeshi-iwaya met_with theresa-lazaro",
                    "!neg",
                ),
                (
                    "Russia's decision to quit the grain deal drew sharp criticism from \
                     Ukraine.",
                    "UKR criticises RUS",
                    "RUS criticises",
                ),
                // A gathering skipped is a visit not made.
                (
                    "Argentine President Javier Milei skipped a Mercosur summit in Paraguay on \
                     Monday.",
                    "javier-milei visited PRY [-] @- 2024-11-04 !neg",
                    "=javier-milei visited PRY [-] @- 2024-11-04",
                ),
                (
                    "Sheikh Tamim bin Hamad Al Thani received at the Amiri Diwan on Wednesday \
                     President Daniel Noboa of Ecuador.",
                    "tamim-bin-hamad-al-thani met_with daniel-noboa",
                    "!neg",
                ),
                (
                    "Trump co-chaired a summit on Gaza in Sharm el-Sheikh on Monday.",
                    "donald-trump visited EGY [-] @sharm-el-sheikh 2024-11-04",
                    "!neg",
                ),
                // Membership told with the body before "member", and regained.
                (
                    "India, China and Russia are all SCO members.",
                    "CHN member_of SCO",
                    "!neg",
                ),
                (
                    "Switzerland, which is not an EU member, will have to ratify the agreements.",
                    "CHE member_of EU [-] @- - !neg",
                    "=CHE member_of EU [-] @- -",
                ),
                (
                    "Syria returned to the Arab League on Sunday after a 12-year suspension.",
                    "SYR member_of ARAB_LEAGUE",
                    "!neg",
                ),
                (
                    "Iran returned to the IAEA talks in Vienna on Monday.",
                    "",
                    "member_of",
                ),
                // A person after "talks with Captain ..." is an object, so "he" is the
                // subject.
                (
                    "Mahama was received by Assimi Goita in Bamako. He then flew to \
                     Ouagadougou for talks with Captain Ibrahim Traore and ended the tour in \
                     Niamey, where he met General Abdourahamane Tiani.",
                    "john-mahama met_with abdourahamane-tiani",
                    "ibrahim-traore met_with abdourahamane-tiani",
                ),
            ],
        );
    }

    #[test]
    fn what_the_fifty_third_and_fifty_fourth_reviews_found() {
        assert_cases(
            "2025-10-23",
            &[
                // A meeting called off is no meeting, even after "after"; one held is.
                (
                    "The United States imposed sanctions on Rosneft and Lukoil after a planned \
                     summit between President Donald Trump and Russian President Vladimir \
                     Putin in Budapest was shelved.",
                    "",
                    "met_with vladimir-putin",
                ),
                (
                    "The sanctions came after a summit between President Donald Trump and \
                     Russian President Vladimir Putin in Alaska.",
                    "donald-trump met_with vladimir-putin",
                    "+expected",
                ),
                // What was not said is no fact; what the sentence states beside it is.
                (
                    "He did not say Armenia would leave the CSTO, whose other members are \
                     Russia and Belarus.",
                    "RUS member_of CSTO",
                    "left CSTO",
                ),
                // A building not visited says nothing of its country.
                (
                    "Pashinyan did not visit Turkey's parliament, and no agreements were signed.",
                    "",
                    "visited TUR",
                ),
                // What a decision clears the way for has not happened.
                (
                    "The decision clears the way for Assad to attend the Arab summit in Jeddah \
                     on May 19.",
                    "",
                    "visited SAU",
                ),
                // A state warned about its own strength is the warner's, not the threatened.
                (
                    "The Kremlin said it would take counter-measures, and Deputy Foreign \
                     Minister Alexander Grushko warned that Russia would strengthen its \
                     military potential in the west.",
                    "",
                    "threatens RUS",
                ),
                // A war is not fought where a meeting about it is held.
                (
                    "NATO leaders gathered in Washington on Tuesday, with Secretary-General \
                     Jens Stoltenberg warning that Russia's war against Ukraine would not end \
                     soon.",
                    "RUS attacks UKR [-] @-",
                    "@washington",
                ),
                // A chair handed on now takes no time from the relative clause after it.
                (
                    "The SCO summit closed in Astana on Thursday. Kazakhstan passed the \
                     rotating chairmanship to China, which will host next year's summit.",
                    "CHN leads SCO [-] @-",
                    "CHN leads SCO [-] @- 2026",
                ),
                // Two who met others did not meet each other.
                (
                    "European Commission President Ursula von der Leyen and European Council \
                     President Antonio Costa met the presidents of Kazakhstan, Kyrgyzstan and \
                     Uzbekistan in Samarkand.",
                    "",
                    "ursula-von-der-leyen met_with antonio-costa",
                ),
                // Members that a clause picks out are not their organisation.
                (
                    "Malta and Monaco also announced recognition, bringing to more than 150 the \
                     number of UN members that recognise a Palestinian state.",
                    "",
                    "UN supports",
                ),
                // A nominal ally is no friend.
                (
                    "For Russia, Armenia's nominal ally through the Collective Security Treaty \
                     Organization, the ceremony was a humiliation.",
                    "",
                    "RUS friendly_with ARM",
                ),
                // Someone who was in a place visited it; a trip called off is a visit
                // that did not happen, unless it was another's or was only cut short.
                (
                    "Indian National Security Adviser Ajit Doval was in Moscow this week for \
                     talks with Russian officials.",
                    "ajit-doval visited RUS [-] @moscow",
                    "!neg",
                ),
                (
                    "Indonesian President Prabowo Subianto cancelled a planned trip to China \
                     for the military parade in Beijing.",
                    "prabowo-subianto visited CHN [-] @beijing - !neg",
                    "=prabowo-subianto visited CHN [-] @beijing -",
                ),
                (
                    "Netanyahu cancelled a planned visit to Washington by a delegation of \
                     senior officials. Modi cut short a visit to Saudi Arabia on Tuesday.",
                    "",
                    "!neg",
                ),
                // Several persons each meeting one; two who chaired a summit together.
                (
                    "Indian Prime Minister Narendra Modi, Australian Prime Minister Anthony \
                     Albanese and Japanese Prime Minister Fumio Kishida each held bilateral \
                     talks with Biden on Saturday.",
                    "narendra-modi met_with joe-biden",
                    "narendra-modi met_with anthony-albanese",
                ),
                (
                    "Egyptian President Abdel Fattah el-Sisi and Somali President Hassan Sheikh \
                     Mohamud were hosted by Eritrean President Isaias Afwerki in Asmara.",
                    "abdel-fattah-el-sisi met_with isaias-afwerki",
                    "isaias-afwerki visited",
                ),
                (
                    "Trump and Egyptian President Abdel Fattah el-Sisi co-chaired a summit in \
                     Sharm el-Sheikh on Monday.",
                    "donald-trump met_with abdel-fattah-el-sisi",
                    "abdel-fattah-el-sisi visited",
                ),
                // Tariffs told as taking effect, raised, or export curbs tightened.
                (
                    "China's extra 84% tariffs on all U.S. goods took effect on Thursday.",
                    "CHN sanctions USA",
                    "USA sanctions CHN",
                ),
                (
                    "The United States raised the levy on Chinese imports to 125%. Washington \
                     tightened its restrictions on exports of advanced artificial intelligence \
                     chips to China.",
                    "USA sanctions CHN",
                    "CHN sanctions",
                ),
                // Travel with its day before the destination, time spent somewhere, a
                // first trip chosen.
                (
                    "Canadian Prime Minister Mark Carney said he would travel on Monday to \
                     Paris and London. Biden had spent Wednesday in Tel Aviv. Kaja Kallas and \
                     Antonio Costa chose Kyiv for their first trip on Sunday.",
                    "mark-carney visited GBR [-] @- 2025-10-27 +expected",
                    "visited CAN",
                ),
                (
                    "Biden had spent Wednesday in Tel Aviv. Kaja Kallas and Antonio Costa chose \
                     Kyiv for their first trip on Sunday.",
                    "antonio-costa visited UKR [-] @kyiv",
                    "joe-biden visited USA",
                ),
                // A candidate named with its organisation; a veto and a seat taken make a
                // member (a veto's day is not the membership's).
                (
                    "Moldova became an EU candidate country in 2022.",
                    "MDA candidate_for EU [-] @- 2022",
                    "MDA member_of EU",
                ),
                (
                    "Russia on Wednesday vetoed a U.N. Security Council resolution on Ukraine.",
                    "RUS member_of UNSC [-] @- -",
                    "UKR member_of",
                ),
                (
                    "Bahrain, Colombia, Latvia and Liberia took their seats on the U.N. \
                     Security Council on Thursday.",
                    "LVA member_of UNSC",
                    "!neg",
                ),
                // An ambassador ordered to leave, a charge d'affaires expelled.
                (
                    "Latvia ordered Russia's ambassador to leave the country. Estonia expelled \
                     Russia's charge d'affaires on Tuesday.",
                    "EST sanctions RUS",
                    "RUS sanctions",
                ),
                // Tariffs one is "thinking of" imposing are not imposed; "both" of a group of
                // five names none of them in particular.
                (
                    "Trump said he was thinking of imposing 25% tariffs on imports from Canada \
                     and Mexico from Feb. 1.",
                    "",
                    "sanctions",
                ),
                (
                    "President Recep Tayyip Erdogan accused both Nordic states of harbouring \
                     members of the PKK.",
                    "",
                    "criticises NOR",
                ),
                // Members named in passing in a plan are members, with no day.
                (
                    "Rubio will host foreign ministers of the Quad - Australia, India and \
                     Japan - at the State Department on Tuesday.",
                    "AUS member_of QUAD [-] @- -",
                    "candidate_for",
                ),
                // Not members alongside others are not members; one instructed to warn has
                // not warned.
                (
                    "Cyprus is one of four EU members that are not members of NATO, along with \
                     Austria, Ireland and Malta.",
                    "AUT member_of NATO [-] @- - !neg",
                    "=AUT member_of NATO [-] @- -",
                ),
                (
                    "Trump said he had instructed his envoy Steve Witkoff to warn Qatar, which \
                     hosts the largest U.S. military base in the Middle East.",
                    "",
                    "threatens QAT",
                ),
                // An event's name before a comma and a title is no person.
                (
                    "Albanese attended the China International Import Expo, where he met \
                     Premier Li Qiang.",
                    "li-qiang official_of CHN",
                    "international-import-expo",
                ),
                // A supply threatened to be cut, with its condition.
                (
                    "Slovak Prime Minister Robert Fico threatened on Friday to halt electricity \
                     supplies to Ukraine if Kyiv goes ahead.",
                    "SVK threatens UKR",
                    "UKR threatens",
                ),
                // More words that judge an act.
                (
                    "The United States imposed 25% tariffs on Japanese goods. Ishiba said the \
                     decision was \"incomprehensible\".",
                    "JPN criticises USA",
                    "USA criticises",
                ),
                // "He" opening a sentence is the one person the sentence before named,
                // not one of a pair it referred to.
                (
                    "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held \
                     talks on Wednesday. Russian President Vladimir Putin, the host, met both \
                     leaders separately on Tuesday. He also held talks with Turkish President \
                     Recep Tayyip Erdogan.",
                    "vladimir-putin met_with recep-tayyip-erdogan",
                    "xi-jinping met_with recep-tayyip-erdogan",
                ),
            ],
        );
        // A weekday opening a sentence of plans is the one to come.
        assert_cases(
            "2026-02-09",
            &[(
                "On Friday, Foreign Minister Johann Wadephul will meet his French counterpart \
                 Jean-Noel Barrot in Paris.",
                "johann-wadephul visited FRA [-] @paris 2026-02-13 +expected",
                "2026-02-06",
            )],
        );
        // Offices that end by death, suspension from another body, a meeting awaited.
        assert_cases(
            "2024-05-20",
            &[
                (
                    "Iranian President Ebrahim Raisi and Foreign Minister Hossein \
                     Amir-Abdollahian were killed when their helicopter crashed.",
                    "hossein-amir-abdollahian official_of IRN [foreign minister] @- - status=former",
                    "=ebrahim-raisi official_of IRN [president] @- -",
                ),
                (
                    "The U.N. General Assembly suspended Russia from the Human Rights Council.",
                    "RUS member_of UNHRC",
                    "RUS member_of UNGA",
                ),
                (
                    "Rubio said he did not expect a breakthrough until Putin and Trump met.",
                    "",
                    "met_with",
                ),
                (
                    "Armenian Prime Minister Nikol Pashinian met Erdogan.",
                    "nikol-pashinyan official_of ARM",
                    "nikol-pashinian",
                ),
            ],
        );
        // An office taken by replacing someone, or kept in a reshuffle; a British
        // chancellor is the finance minister.
        assert_cases(
            "2022-10-25",
            &[
                (
                    "James Cleverly, who had been education secretary for two months, replaces \
                     her as foreign secretary.",
                    "james-cleverly official_of GBR [foreign minister] @- -",
                    "status=former",
                ),
                (
                    "Sunak kept Jeremy Hunt as chancellor.",
                    "jeremy-hunt official_of GBR [finance minister]",
                    "[chancellor]",
                ),
            ],
        );
        // An office held only before the publication is a former one, one held only after
        // it an office to come.
        assert_cases(
            "2025-06-10",
            &[(
                "Trump's first state visit was in 2019, when he was hosted by Queen Elizabeth II.",
                "elizabeth-ii official_of GBR [queen] @- - status=former",
                "=elizabeth-ii official_of GBR [queen] @- -",
            )],
        );
        // Offices by the month: in June 2023 Qin Gang, not Wang Yi, was China's foreign
        // minister; a former or past office is the one held then.
        assert_cases(
            "2023-06-19",
            &[(
                "US Secretary of State Antony Blinken held talks with Foreign Minister Qin \
                 Gang on Sunday and with top diplomat Wang Yi.",
                "qin-gang official_of CHN [foreign minister]",
                "wang-yi official_of CHN [foreign minister]",
            )],
        );
        assert_cases(
            "2025-09-12",
            &[
                (
                    "Brazil's Supreme Court sentenced former president Jair Bolsonaro to 27 \
                     years in prison.",
                    "jair-bolsonaro official_of BRA [president]",
                    "!neg",
                ),
                (
                    "In April 2023, President Yoon Suk Yeol and President Joe Biden signed the \
                     Washington Declaration.",
                    "joe-biden official_of USA [president]",
                    "yoon-suk-yeol agreed_with joe-biden",
                ),
            ],
        );
    }

    #[test]
    fn what_the_misses_of_reviews_fifty_three_to_fifty_seven_taught() {
        assert_cases(
            "2024-03-05",
            &[
                // Suspended from one body by another: a member of the first, not the second,
                // whatever follows the body's name.
                (
                    "The UN General Assembly suspended Russia from the Human Rights Council in \
                     April 2022.",
                    "RUS member_of UNHRC",
                    "RUS member_of UNGA",
                ),
                // Aid pledged in amounts, in guarantees, with a state's adjective inside.
                (
                    "Britain pledged 3 billion dollars in loan guarantees for Ukraine.",
                    "GBR supports UKR",
                    "!neg",
                ),
                (
                    "Blinken announced 1.3 billion dollars in new U.S. economic aid for Ukraine.",
                    "USA supports UKR",
                    "!neg",
                ),
                (
                    "Washington will resume security assistance to Kyiv, the State Department \
                     said.",
                    "USA supports UKR",
                    "!neg",
                ),
                // Judging words: what the act's author is called.
                (
                    "The United States imposed tariffs on Canadian steel. Prime Minister Justin \
                     Trudeau called the move \"a very dumb thing to do\".",
                    "CAN criticises USA",
                    "USA criticises CAN",
                ),
                (
                    "Hungary's foreign minister Peter Szijjarto said Poland was a warmonger.",
                    "HUN criticises POL",
                    "POL criticises HUN",
                ),
                // A new name before a comma and a title may have a hyphenated given name;
                // one that becomes a state's minister is a person.
                (
                    "Tien Chung-kwang, Taiwan's deputy foreign minister, said the talks went \
                     well.",
                    "tien-chung-kwang official_of TWN [deputy foreign minister]",
                    "!neg",
                ),
                (
                    "Samuel Okudzeto Ablakwa became Ghana's foreign minister in January.",
                    "samuel-okudzeto-ablakwa official_of GHA [foreign minister]",
                    "!neg",
                ),
            ],
        );
        assert_cases(
            "2025-03-05",
            &[
                // A call is a meeting held by phone: it has no place and makes no visit.
                (
                    "President Masoud Pezeshkian did not attend, but he spoke to Crown Prince \
                     Mohammed bin Salman by telephone on Sunday.",
                    "masoud-pezeshkian met_with mohammed-bin-salman [-] @- 2025-03-02 \
                     status=by phone",
                    "=masoud-pezeshkian met_with mohammed-bin-salman [-] @- 2025-03-02",
                ),
                (
                    "U.S. President Joe Biden, who arrived in Madrid on Tuesday, called Erdogan \
                     to thank him, a White House official said.",
                    "status=by phone",
                    "recep-tayyip-erdogan visited",
                ),
                // Another meeting of the clause is not the call.
                (
                    "Xi met Putin in Moscow and spoke by phone with Biden.",
                    "xi-jinping met_with vladimir-putin [-] @moscow -",
                    "vladimir-putin [-] @moscow - status=by phone",
                ),
            ],
        );
    }

    #[test]
    fn what_the_fifty_eighth_and_fifty_ninth_reviews_found() {
        assert_cases(
            "2025-03-30",
            &[
                // A dateline does not hide the person who opens the sentence: "he" is
                // Hegseth, not the minister he held talks with.
                (
                    "TOKYO, March 30 -- U.S. Defense Secretary Pete Hegseth said on Sunday that \
                     Japan was indispensable, after talks in Tokyo with Defence Minister Gen \
                     Nakatani, two days after he met Philippine President Ferdinand Marcos Jr. \
                     in Manila.",
                    "pete-hegseth met_with ferdinand-marcos-jr",
                    "gen-nakatani met_with ferdinand-marcos-jr",
                ),
                // Disputes settled are no longer disputes.
                (
                    "Uzbekistan settled its own border disputes with Kyrgyzstan in 2022.",
                    "",
                    "at_odds_with",
                ),
                // Persons met by someone do not meet the next person met.
                (
                    "Marcos held talks with Vietnamese President Vo Van Thuong and Prime \
                     Minister Pham Minh Chinh and met Communist Party chief Nguyen Phu Trong.",
                    "vo-van-thuong official_of VNM",
                    "met_with nguyen-phu-trong",
                ),
                // "announced on Sunday after talks with Japanese officials" imposes nothing
                // on them.
                (
                    "Defense Secretary Lloyd Austin announced on Sunday after talks with \
                     Japanese officials in Tokyo that the command would be upgraded.",
                    "lloyd-austin official_of USA",
                    "sanctions",
                ),
            ],
        );
        assert_cases(
            "2024-11-20",
            &[
                // A former office holder's act in a year they held office is their state's,
                // and their own gives way to it.
                (
                    "Bolivia's government restored full relations with the United States, \
                     ending a rupture that began when former president Evo Morales expelled \
                     the U.S. ambassador in 2008.",
                    "BOL sanctions USA",
                    "evo-morales sanctions",
                ),
                // What someone is expected in, or also due to do, is expected; so is what
                // a present clause after "before" tells.
                (
                    "Macron arrived in Tel Aviv on Tuesday. He is expected in Amman on \
                     Wednesday for talks with King Abdullah II.",
                    "emmanuel-macron visited JOR [-] @amman 2024-11-20 +expected",
                    "JOR [-] @amman 2024-11-13",
                ),
                (
                    "Lula urged Macron to open his heart to the deal before Brazil takes over \
                     Mercosur's rotating presidency.",
                    "BRA leads MERCOSUR [-] @- - +expected",
                    "=BRA leads MERCOSUR [-] @- -",
                ),
            ],
        );
        assert_cases(
            "2025-08-29",
            &[
                // Embargoes, trade halted both ways, visas denied: measures aimed at a state.
                (
                    "The United States has maintained a trade embargo on Cuba since 1962.",
                    "USA sanctions CUB",
                    "!neg",
                ),
                (
                    "Calls to lift the U.S. embargo on Cuba grew louder.",
                    "",
                    "sanctions",
                ),
                (
                    "Turkey halted all exports to and imports from Israel on Thursday.",
                    "TUR sanctions ISR",
                    "!neg",
                ),
                (
                    "The United States denied visas to Abbas and some 80 other Palestinian \
                     officials.",
                    "USA sanctions PSE",
                    "!neg",
                ),
            ],
        );
    }

    #[test]
    fn what_the_sixtieth_and_sixty_first_reviews_found() {
        assert_cases(
            "2025-10-28",
            &[
                // What is possible, not yet on the agenda or depends on something has not
                // happened.
                (
                    "Ushakov said there had been no discussion of a possible summit between \
                     Putin and President Donald Trump.",
                    "donald-trump official_of USA",
                    "met_with",
                ),
                (
                    "A meeting between Putin and Trump was not yet on the agenda, Peskov said.",
                    "",
                    "met_with",
                ),
                (
                    "Ankara has indicated that full normalisation depends on a peace deal \
                     between Armenia and Azerbaijan.",
                    "",
                    "agreed_with",
                ),
                // States that each cooperate with a third do not cooperate with each other.
                (
                    "Austria, Ireland, Malta and Switzerland cooperate with NATO through its \
                     Partnership for Peace programme.",
                    "AUT cooperates_with NATO",
                    "AUT cooperates_with IRL",
                ),
                // Those who met both delegations did not meet each other.
                (
                    "National security advisers from Britain, France and Germany also met both \
                     delegations in Geneva.",
                    "",
                    "GBR met_with FRA",
                ),
                // "The two companies" are not the pair in focus; "the two delegations" are.
                (
                    "Trump met Putin in Alaska. Britain had sanctioned the two companies last \
                     week.",
                    "donald-trump met_with vladimir-putin",
                    "GBR sanctions",
                ),
                (
                    "U.S. and Ukrainian officials met in Jeddah. The two delegations agreed to \
                     exchange prisoners.",
                    "USA agreed_with UKR",
                    "!neg",
                ),
                // A Kenyan cabinet secretary is a minister, not Japan's chief cabinet
                // secretary.
                (
                    "Kenya's Trade Cabinet Secretary Lee Kinyanjui signed the deal.",
                    "lee-kinyanjui official_of KEN [trade minister]",
                    "chief cabinet secretary",
                ),
            ],
        );
        assert_cases(
            "2024-06-06",
            &[
                // The one a tour took is whoever made it, who opens the sentence.
                (
                    "N'DJAMENA, June 6 -- Russian Foreign Minister Sergey Lavrov met Chad's \
                     President Mahamat Idriss Deby in N'Djamena on Wednesday, wrapping up an \
                     African tour that also took him to Guinea and Burkina Faso.",
                    "sergey-lavrov visited BFA",
                    "mahamat-idriss-deby visited",
                ),
            ],
        );
        assert_cases(
            "2025-08-07",
            &[
                // "The penalty", "the sanctions" mean the latest sanction, whatever agreement
                // came between.
                (
                    "Modi and Ishiba agreed on Friday on a target of investment. India was hit \
                     this week with an additional 25% tariff by Washington over its purchases \
                     of Russian oil. New Delhi called the penalty \"unfair, unjustified and \
                     unreasonable\".",
                    "IND criticises USA",
                    "IND criticises JPN",
                ),
                (
                    "Britain and Canada imposed sanctions on two Israeli ministers. Secretary of \
                     State Marco Rubio called the sanctions counterproductive.",
                    "USA criticises GBR",
                    "USA criticises ISR",
                ),
            ],
        );
    }

    #[test]
    fn what_the_sixty_second_and_sixty_third_reviews_found() {
        assert_cases(
            "2026-02-11",
            &[
                // A city that also stands for a state or a body is the city after "in".
                (
                    "Carney, who arrived in Berlin from Warsaw, is due in Brussels on Thursday \
                     for talks with European Commission President Ursula von der Leyen.",
                    "mark-carney visited BEL [-] @brussels 2026-02-12 +expected",
                    "BEL [-] @berlin",
                ),
                // Another verb after "and" has its own place.
                (
                    "Japanese Prime Minister Fumio Kishida made an unannounced visit to Kyiv on \
                     Tuesday, where he met Zelensky and laid flowers at a memorial in Bucha.",
                    "fumio-kishida met_with volodymyr-zelensky",
                    "volodymyr-zelensky [-] @bucha",
                ),
                // The second of two objects of one verb is no subject of the next.
                (
                    "Modi is expected to hold bilateral talks with President Xi Jinping on \
                     Sunday and to meet Russian President Vladimir Putin on the sidelines.",
                    "",
                    "xi-jinping met_with vladimir-putin",
                ),
                // What one is prepared to do if needed has not been done; a meeting agreed
                // to in principle is expected.
                (
                    "He told reporters that Washington was prepared to impose sanctions on \
                     Chinese banks if needed.",
                    "",
                    "sanctions",
                ),
                (
                    "Angola's President Joao Lourenco hosted Felix Tshisekedi in Luanda on \
                     Monday, where Tshisekedi agreed in principle to meet Rwandan President \
                     Paul Kagame.",
                    "felix-tshisekedi visited AGO [-] @luanda 2026-02-09",
                    "felix-tshisekedi met_with paul-kagame",
                ),
                // A membership one is expected to take up is a candidacy.
                (
                    "Iran is expected to become the ninth full member of the Shanghai \
                     Cooperation Organisation when Prime Minister Narendra Modi hosts the \
                     bloc's leaders, Indian officials said.",
                    "IRN candidate_for SCO",
                    "official_of SCO",
                ),
                // Allies led by a state, a campaign led by one: not the organisation.
                (
                    "OPEC+, which groups the Organization of the Petroleum Exporting Countries \
                     and allies led by Russia, pumps around 40% of the world's crude.",
                    "",
                    "RUS leads OPEC",
                ),
            ],
        );
        assert_cases(
            "2025-02-04",
            &[
                // Economic statecraft told in other words: a tariff on a state's goods, a
                // retaliation by expelling, sanctions "yet" on an industry.
                (
                    "Canada announced a 100% tariff on imports of Chinese-made electric \
                     vehicles.",
                    "CAN sanctions CHN",
                    "!neg",
                ),
                (
                    "India retaliated on Tuesday by expelling a Canadian diplomat.",
                    "IND sanctions CAN",
                    "!neg",
                ),
                (
                    "The United States imposed its broadest sanctions yet on Russia's oil \
                     industry on Friday.",
                    "USA sanctions RUS",
                    "!neg",
                ),
                (
                    "Canada would respond with 25% tariffs on C$155 billion of American goods, \
                     Trudeau said.",
                    "CAN sanctions USA [-] @- - +expected",
                    "=CAN sanctions USA [-] @- -",
                ),
                (
                    "France will expel 12 Algerian consular and diplomatic officials, the \
                     Elysee said.",
                    "FRA sanctions DZA",
                    "DZA sanctions FRA",
                ),
                // Goods a state made do not make it a party elsewhere.
                (
                    "Ukraine bought U.S.-made Patriot systems from Germany.",
                    "",
                    "USA",
                ),
            ],
        );
    }

    #[test]
    fn what_the_sixty_fourth_and_sixty_fifth_reviews_found() {
        assert_cases(
            "2024-11-21",
            &[
                // "Nor has ..." negates its clause.
                (
                    "Nor has China signed any alliance treaty with Iran or North Korea beyond \
                     its 1961 treaty with Pyongyang.",
                    "CHN agreed_with IRN [-] @- - !neg",
                    "=CHN agreed_with IRN [-] @- -",
                ),
                // A handshake is no meeting where the sentence says they did not meet.
                (
                    "Xi, who flew home on Friday, did not meet South Korean President Yoon Suk \
                     Yeol, though the two shook hands during the leaders' session.",
                    "",
                    "=xi-jinping met_with yoon-suk-yeol [-] @- -",
                ),
                // What others are lobbied to grant is not granted; a verbal attack is none.
                (
                    "Zourabichvili said she would travel to Brussels next week to lobby EU \
                     leaders to grant Georgia candidate status.",
                    "",
                    "candidate_for",
                ),
                (
                    "In his opening speech, President Ilham Aliyev attacked France for what he \
                     called crimes in its overseas territories.",
                    "",
                    "attacks",
                ),
                // Regional bodies of smaller states are known.
                (
                    "Honduras, Guatemala and El Salvador belong to the Central American \
                     Integration System (SICA).",
                    "SLV member_of SICA",
                    "!neg",
                ),
                (
                    "Guyana's President Irfaan Ali, who chairs the Caribbean Community, said \
                     the council would meet.",
                    "irfaan-ali leads CARICOM",
                    "!neg",
                ),
            ],
        );
        assert_cases(
            "2024-08-21",
            &[
                // The object of one verb is not the subject of the next ("held talks with
                // Mishustin ... and was received by Putin" is Li Qiang's reception).
                (
                    "In Moscow, Chinese Premier Li Qiang held talks with Russian Prime Minister \
                     Mikhail Mishustin on Tuesday and was received by President Vladimir Putin \
                     on Wednesday.",
                    "li-qiang met_with mikhail-mishustin",
                    "mikhail-mishustin met_with vladimir-putin",
                ),
                // A counterfactual states nothing; "cannot but denounce" denounces.
                (
                    "Opinion: Had Russia not invaded Ukraine, Finland and Sweden would never \
                     have applied to join NATO.",
                    "",
                    "attacks",
                ),
                (
                    "The United States and Britain struck Houthi targets in Yemen. Oman said it \
                     \"cannot but denounce\" the strikes.",
                    "OMN criticises USA [-] @- -",
                    "!neg",
                ),
                // The ambassador whose credentials a state accepts is another's.
                (
                    "Russia on Thursday became the first country to formally recognise the \
                     Taliban government in Afghanistan, accepting the credentials of its new \
                     ambassador, Gul Hassan Hassan.",
                    "RUS supports AFG",
                    "official_of RUS",
                ),
                // A body where a speech is given is not the speaker.
                (
                    "Lula used his speech at the U.N. General Assembly on Tuesday to criticise \
                     the United States over its tariffs.",
                    "",
                    "UNGA criticises",
                ),
            ],
        );
    }

    #[test]
    fn what_the_sixty_eighth_and_sixty_ninth_reviews_found() {
        assert_cases(
            "2025-07-06",
            &[
                // States one party has ties with are not the pair "the two governments"
                // means; the leaders who met are.
                (
                    "South Korean President Lee Jae-myung held talks with Chinese President Xi \
                     Jinping in Beijing on Monday. Lee, who has sought to balance ties with \
                     Washington and Beijing, said South Korea did not take sides. The two \
                     governments signed 14 memorandums of understanding.",
                    "",
                    "USA agreed_with",
                ),
                // Talks held "no" are none.
                (
                    "China and Japan have held no ministerial talks since November.",
                    "CHN met_with JPN [-] @- - !neg",
                    "=CHN met_with JPN [-] @- -",
                ),
                // An opening place is not what "its" stands for, nor does a quoted word
                // open a clause.
                (
                    "Putin warned that Moscow would resume nuclear testing if Washington did so \
                     first. In Warsaw on the same day, U.S. President Joe Biden said the West \
                     would \"never\" waver in its support for Ukraine.",
                    "WEST supports UKR",
                    "POL supports",
                ),
                // The one succeeded leads no more.
                (
                    "Mark Rutte took over as NATO secretary-general on Tuesday, succeeding Jens \
                     Stoltenberg, who led the alliance for a decade.",
                    "jens-stoltenberg leads NATO [-] @- - status=former",
                    "=jens-stoltenberg leads NATO [-] @- -",
                ),
                // A partnership in one field is cooperation, not friendship; partners in a
                // trade agreement are no friends.
                (
                    "Canada and the European Union signed a security and defence partnership \
                     on Monday.",
                    "CAN cooperates_with EU",
                    "friendly_with",
                ),
                (
                    "Mexico, Canada and the United States are partners in the USMCA trade \
                     agreement.",
                    "",
                    "friendly_with",
                ),
                // A decision to open talks with candidates is the decider's: criticism of it
                // is aimed at the bloc.
                (
                    "European Union leaders agreed on Thursday to open membership negotiations \
                     with Ukraine and Moldova. Orban, who has called the decision \
                     \"senseless\", later blocked a budget package.",
                    "HUN criticises EU",
                    "HUN criticises UKR",
                ),
                // A dateline written with two hyphens is no actor.
                (
                    "MOSCOW -- Hungarian Prime Minister Viktor Orban met Russian President \
                     Vladimir Putin in the Kremlin on Friday, a visit that drew sharp criticism \
                     from European Union leaders.",
                    "EU criticises HUN",
                    "EU criticises RUS",
                ),
                // Bodies of one union are one side.
                (
                    "Carney met European Council President Antonio Costa and European \
                     Commission President Ursula von der Leyen in Brussels. The leaders also \
                     agreed to start talks on a digital trade agreement.",
                    "",
                    "EUCO agreed_with EC",
                ),
                // Two officials of one state: domestic politics.
                (
                    "South Sudan's First Vice President Riek Machar has been placed under \
                     arrest. The government of President Salva Kiir has accused Machar of \
                     stirring up a rebellion.",
                    "",
                    "salva-kiir criticises",
                ),
                // One named as whom another serves is not of "the two leaders".
                (
                    "Guyanese President Irfaan Ali and Venezuelan President Nicolas Maduro \
                     met on Thursday. Brazil sent Celso Amorim, an adviser to President Lula. \
                     The two leaders agreed to meet again in Brazil.",
                    "",
                    "celso-amorim agreed_with",
                ),
                // Sanctions on a person's family are not on the person.
                (
                    "The United States has imposed sanctions on Daniel Ortega's family and on \
                     dozens of Nicaraguan officials.",
                    "",
                    "sanctions daniel-ortega",
                ),
                // A title and one name: the one holder of that name.
                (
                    "Qatar's emir attended in person, as did King Hamad of Bahrain.",
                    "hamad-bin-isa-al-khalifa official_of BHR [king]",
                    "hamad official_of",
                ),
                // What someone did employs no one.
                (
                    "Israel has recognised Morocco's sovereignty over Western Sahara. \
                     Netanyahu informed King Mohammed VI of the decision in a letter.",
                    "",
                    "mohammed-vi official_of ISR",
                ),
                // Of one received after meeting several, the last he met was not received.
                (
                    "Dagalo met Uganda's President Yoweri Museveni, Kenya's William Ruto and \
                     Ethiopia's Prime Minister Abiy Ahmed, and was received by President \
                     Cyril Ramaphosa in Pretoria.",
                    "",
                    "abiy-ahmed met_with cyril-ramaphosa",
                ),
                // Agreeing to meet next week is an agreement made, not expected.
                (
                    "US and Iranian negotiators held talks in Muscat on Saturday. Both sides \
                     agreed to meet again next Saturday.",
                    "USA agreed_with IRN [-] @- -",
                    "+expected",
                ),
                // A singular verb after a list is its last member's.
                (
                    "China, the United States and Malaysia, which chairs ASEAN, called for \
                     restraint.",
                    "MYS leads ASEAN",
                    "CHN leads",
                ),
                // A king of one state on a visit to another is not the host's king.
                (
                    "APIA, Samoa - Leaders met on Saturday.\n\nKing Charles, on his first \
                     visit to Samoa as monarch, opened the meeting on Friday.",
                    "charles-iii visited WSM",
                    "official_of WSM [king]",
                ),
                // A clause that opens with its own place happened there.
                (
                    "In Kuala Lumpur, Xi and Anwar Ibrahim agreed to deepen cooperation on \
                     supply chains, and in Hanoi, To Lam and Xi signed 45 deals.",
                    "to-lam met_with xi-jinping [-] @hanoi",
                    "to-lam visited MYS",
                ),
                // Called by a name of praise is not criticised; by a name of abuse, it is.
                (
                    "Secretary of State Marco Rubio thanked Bukele, whom he called \"the \
                     strongest security leader in our region\".",
                    "",
                    "criticises",
                ),
                (
                    "Egyptian President Abdel Fattah el-Sisi called Israel an \"enemy\" for \
                     the first time in decades.",
                    "EGY criticises ISR",
                    "!neg",
                ),
                // A city or strip struck stands for its state.
                (
                    "Israel launched its most intense air strikes on Gaza since January's \
                     ceasefire on Tuesday.",
                    "ISR attacks PSE",
                    "!neg",
                ),
                (
                    "Russian forces struck a supermarket in Kostiantynivka in Ukraine's \
                     Donetsk region overnight.",
                    "RUS attacks UKR [-] @kostiantynivka",
                    "!neg",
                ),
                // Tariffs "of up to" a rate, and an export control list.
                (
                    "The EU has imposed duties of up to 35% on Chinese electric vehicles.",
                    "EU sanctions CHN",
                    "!neg",
                ),
                (
                    "The U.S. has added several Chinese companies to its export control list.",
                    "USA sanctions CHN",
                    "!neg",
                ),
                // Threats told as punishment, fate and countermeasures.
                (
                    "Iran vowed to punish Israel for the strike on its consulate.",
                    "IRN threatens ISR",
                    "!neg",
                ),
                (
                    "Russia said it will take countermeasures in response to Finland's \
                     accession.",
                    "RUS threatens FIN",
                    "!neg",
                ),
                // One who left an office but holds another still speaks for the state; his
                // former office is the one he left.
                (
                    "Cambodia accused Thailand of targeting civilian areas. Former Cambodian \
                     Prime Minister Hun Sen, who remains president of the Senate, said \
                     Thailand would \"pay a price\".",
                    "KHM threatens THA",
                    "hun-sen threatens",
                ),
                // A host in a participle aside; an appearance at a summit.
                (
                    "Trong, receiving Biden at the party's headquarters in Hanoi, said \
                     relations were strong.",
                    "nguyen-phu-trong met_with joe-biden",
                    "!neg",
                ),
                (
                    "Ukrainian President Volodymyr Zelensky made a surprise appearance at the \
                     Arab League summit in Jeddah on Friday.",
                    "volodymyr-zelensky visited SAU",
                    "!neg",
                ),
                // A body joined to a group relates to each member, not they to each other.
                (
                    "Von der Leyen met the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, \
                     Turkmenistan and Uzbekistan in Samarkand. The EU and the five countries \
                     upgraded their ties to a strategic partnership.",
                    "EU friendly_with KAZ",
                    "KAZ friendly_with KGZ",
                ),
                // Applying alongside others makes none of them a member; any deal is none.
                (
                    "Georgia applied to join the EU together with Ukraine and Moldova in March \
                     2022.",
                    "",
                    "UKR member_of EU",
                ),
                (
                    "Kallas said any deal between the U.S. and Russia must include Ukraine.",
                    "",
                    "USA agreed_with RUS",
                ),
                // Blocking a statement that condemns an attack opposes no attacker; an
                // attack during which a state acts is not its own.
                (
                    "Russia struck Kyiv overnight. The EU's Kaja Kallas said Hungary had \
                     blocked a joint statement condemning the attack.",
                    "",
                    "HUN opposes RUS",
                ),
                (
                    "Poland shot down Russian drones that entered its airspace during an \
                     attack on Ukraine early on Wednesday.",
                    "",
                    "POL attacks UKR",
                ),
                // Meeting commitments is no meeting; rejecting a suggestion about a state
                // opposes no state.
                (
                    "Spanish Prime Minister Pedro Sanchez said Spain would meet its NATO \
                     commitments.",
                    "",
                    "met_with NATO",
                ),
                (
                    "Trump also rejected a suggestion that Ukraine give up the whole Donbas \
                     region.",
                    "",
                    "opposes UKR",
                ),
                // Office holders beyond heads and foreign ministers are known.
                (
                    "Chief Cabinet Secretary Yoshimasa Hayashi said the incursions were \
                     unacceptable.",
                    "yoshimasa-hayashi official_of JPN [chief cabinet secretary]",
                    "status=former",
                ),
            ],
        );
    }

    #[test]
    fn what_the_eighty_fourth_to_hundred_and_third_reviews_found() {
        assert_cases(
            "2025-10-30",
            &[
                // Rejecting a proposal opposes its author; rebutting remarks criticises.
                (
                    "Egyptian Foreign Minister Badr Abdelatty proposed a reconstruction plan \
                     for Gaza. Israel rejected the proposal on Tuesday.",
                    "ISR opposes EGY",
                    "ISR criticises",
                ),
                // A state's chair told as its possession is a chair it holds; supporting the
                // presidency is no support of the body.
                (
                    "Brazil said it supported South Africa's G20 presidency.",
                    "ZAF leads G20",
                    "BRA supports G20",
                ),
                // Aid cut off as a penalty is a sanction; retaliation refused is a negated one.
                (
                    "Washington responded by cutting aid to Colombia.",
                    "USA sanctions COL [-] @- -",
                    "!neg",
                ),
                (
                    "Mexico would not retaliate against U.S. tariffs for now, President \
                     Claudia Sheinbaum said.",
                    "MEX sanctions USA [-] @- - +expected !neg",
                    "=MEX sanctions USA [-] @- -",
                ),
                // A list may close on a named group of states.
                (
                    "Germany, France and the Nordic states issued a joint statement on Monday.",
                    "DEU agreed_with SWE",
                    "!neg",
                ),
                // Two ministers of one state who sign with others do not meet each other.
                (
                    "Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru \
                     Kihara signed the pact with their Philippine counterparts.",
                    "",
                    "yoko-kamikawa met_with minoru-kihara",
                ),
                // Two leaders of different states who sign together met.
                (
                    "Australian Prime Minister Anthony Albanese and U.S. President Donald \
                     Trump signed a critical minerals framework at the White House on Monday.",
                    "anthony-albanese met_with donald-trump",
                    "donald-trump visited",
                ),
                // "Before the end of the summer" is a time, not the end of a tie.
                (
                    "Germany said on Thursday it would deliver two more IRIS-T air defence \
                     systems to Ukraine before the end of the summer.",
                    "DEU supports UKR",
                    "!neg",
                ),
                // A president-elect is named, and travels, without holding the office yet.
                (
                    "Chile's president-elect José Antonio Kast travelled to Buenos Aires on \
                     Tuesday for talks with Argentine President Javier Milei.",
                    "jose-antonio-kast met_with javier-milei",
                    "jose-antonio-kast official_of CHL [president] @- - status",
                ),
                // The states that lead a group meeting do not meet each other by it.
                (
                    "The group, led by Saudi Arabia and Russia, held the meeting by video \
                     conference.",
                    "",
                    "met_with",
                ),
                // Four or more on one call held a conference, not talks of each with each;
                // three who met did meet.
                (
                    "Zelensky, Macron, Starmer and Merz held a video call on Sunday.",
                    "",
                    "met_with",
                ),
                (
                    "Xi Jinping, Vladimir Putin and Narendra Modi met in Tianjin on Sunday.",
                    "vladimir-putin met_with narendra-modi",
                    "!neg",
                ),
                // "The two leaders" of three persons named are the two coordinated.
                (
                    "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham \
                     Aliyev signed a declaration alongside President Donald Trump, who hosted \
                     the two leaders.",
                    "donald-trump met_with ilham-aliyev",
                    "donald-trump met_with AZE",
                ),
                // A summit whose plans were put on hold is no meeting, and no trip.
                (
                    "Trump said plans for a summit with Russian President Vladimir Putin in \
                     Budapest had been put on hold.",
                    "",
                    "HUN",
                ),
                // Two adjectives before two names pair in order, which no rule reads.
                (
                    "Jaishankar met his Australian and Japanese counterparts Penny Wong and \
                     Takeshi Iwaya.",
                    "",
                    "penny-wong official_of JPN",
                ),
                // "Reached no agreement" negates the accord; blocking sanctions against a
                // state is no opposition to it.
                (
                    "Trump and Putin met in Alaska but reached no agreement.",
                    "USA agreed_with RUS [-] @alaska - !neg",
                    "=USA agreed_with RUS [-] @alaska -",
                ),
                (
                    "Hungary has repeatedly blocked sanctions packages against Russia.",
                    "",
                    "HUN opposes RUS",
                ),
                // Members taken in as a body grows, or counted among its members.
                (
                    "BRICS leaders met in Rio. The grouping expanded in 2024 to include Egypt, \
                     Ethiopia and Iran.",
                    "ETH member_of BRICS",
                    "!neg",
                ),
                (
                    "The SCO counts China, Russia and Belarus among its members.",
                    "BLR member_of SCO",
                    "!neg",
                ),
                // The chair in an apposition naming the body.
                (
                    "Malaysian Prime Minister Anwar Ibrahim, the current ASEAN chair, called on \
                     both countries to stand down.",
                    "MYS leads ASEAN",
                    "!neg",
                ),
                // A meeting that "collapsed into a shouting match" took place: no sport.
                (
                    "A White House meeting between President Donald Trump and Ukrainian \
                     President Volodymyr Zelenskyy collapsed into a shouting match on Friday.",
                    "donald-trump met_with volodymyr-zelensky",
                    "!neg",
                ),
                // A state's armed forces act for it, and their strikes are what "the
                // strikes" of the next sentence means.
                (
                    "The Indian armed forces on Wednesday carried out precision strikes on nine \
                     sites in Pakistan. Pakistan condemned the strikes as an act of war.",
                    "PAK criticises IND",
                    "PAK attacks",
                ),
                // A visit told as what came before an arrival.
                (
                    "Chinese President Xi Jinping arrived in the Malaysian capital on Tuesday \
                     after a state visit to Vietnam.",
                    "xi-jinping visited VNM",
                    "!neg",
                ),
                // Not yet a member; a chair "taking over" or named as who chairs a body.
                (
                    "Saudi Arabia has yet to formally join BRICS, more than two years after \
                     being invited.",
                    "SAU member_of BRICS [-] @- - !neg",
                    "=SAU member_of BRICS [-] @- -",
                ),
                (
                    "Arab leaders met in Baghdad for the annual Arab League summit, with Iraq \
                     taking over the rotating presidency of the organisation.",
                    "IRQ leads ARAB_LEAGUE",
                    "!neg",
                ),
                (
                    "Gulf leaders gathered in Manama for the annual summit of the Gulf \
                     Cooperation Council, chaired this year by Bahrain's King Hamad bin Isa Al \
                     Khalifa.",
                    "BHR leads GCC",
                    "!neg",
                ),
                // A sale is an act that "the sale" refers back to.
                (
                    "Washington approved a $330 million arms sale to Taiwan on Tuesday. Beijing \
                     condemned the sale.",
                    "CHN criticises USA",
                    "CHN criticises TWN",
                ),
                // An application withdrawn negates the candidacy; rejecting attacks is no
                // attack; a planned meeting, or one a host is ready to arrange, is none.
                (
                    "Argentina withdrew its application to join BRICS in 2023.",
                    "ARG candidate_for BRICS [-] @- 2023 !neg",
                    "=ARG candidate_for BRICS [-] @- 2023",
                ),
                (
                    "Oman's foreign minister reaffirmed the Sultanate's rejection of the \
                     attacks on Iranian territory.",
                    "",
                    "OMN attacks",
                ),
                (
                    "Erdogan reiterated Ankara's readiness to host a new round of talks between \
                     Russia and Ukraine in Istanbul.",
                    "",
                    "met_with",
                ),
                // Pro tempore and interim chairs.
                (
                    "Paraguay took over the pro tempore presidency of Mercosur on Saturday \
                     from Brazil.",
                    "PRY leads MERCOSUR",
                    "BRA leads",
                ),
                (
                    "South Africa, which took over as interim SADC chair, said it would not \
                     recognise the coup.",
                    "ZAF leads SADC",
                    "!neg",
                ),
                // A body named after "with" while another is in focus leaves "the bloc" to
                // the one in focus.
                (
                    "Mercosur leaders met in Buenos Aires on Thursday for a summit overshadowed \
                     by the long-delayed trade agreement with the European Union. Argentine \
                     President Javier Milei, who has held the bloc's rotating presidency since \
                     January, handed the post to Brazil.",
                    "ARG leads MERCOSUR",
                    "leads EU",
                ),
                // An organisation's office held "of" a state is a nationality.
                (
                    "The OAS opened its general assembly on Wednesday, the first under new \
                     Secretary General Albert Ramdin of Suriname.",
                    "",
                    "albert-ramdin official_of SUR",
                ),
                // An ally in an apposition is a friend; a former ally is not.
                (
                    "Milei, an outspoken ally of Trump, thanked Bessent on social media.",
                    "ARG friendly_with USA",
                    "!neg",
                ),
                (
                    "Hungary, a former ally of Poland, has blocked the package.",
                    "",
                    "friendly_with",
                ),
            ],
        );
    }

    #[test]
    fn what_the_hundred_and_fourth_and_later_reviews_found() {
        assert_cases(
            "2025-06-01",
            &[
                // A ministry named in full stands for its state.
                (
                    "The United States imposed tariffs on India. India's Ministry of External \
                     Affairs called the decision unfair.",
                    "IND criticises USA",
                    "!neg",
                ),
                // Candidates told as an apposition, by a bid, by talks, or not at all.
                (
                    "The EU met on Monday. Serbia, a candidate for membership since 2012, was \
                     urged to act.",
                    "SRB candidate_for EU",
                    "!neg",
                ),
                (
                    "Turkey, a NATO member and a long-standing EU candidate, has complained.",
                    "TUR candidate_for EU",
                    "TUR candidate_for NATO",
                ),
                (
                    "Moldova formally opened the first cluster of accession negotiations with \
                     the EU on Tuesday.",
                    "MDA candidate_for EU",
                    "!neg",
                ),
                (
                    "Mirzoyan said Armenia had not formally applied to join the EU.",
                    "ARM candidate_for EU [-] @- - !neg",
                    "=ARM candidate_for EU [-] @- -",
                ),
                (
                    "The EU summit opened. Frederiksen said she backed Ukraine's membership bid.",
                    "UKR candidate_for EU",
                    "!neg",
                ),
                (
                    "Hungary refused to open accession talks with Ukraine.",
                    "",
                    "HUN candidate_for",
                ),
                (
                    "Timor-Leste was formally admitted as ASEAN's 11th member at the meeting.",
                    "TLS member_of ASEAN",
                    "!neg",
                ),
                // Sanctions renewed; a department of state acts for it.
                (
                    "EU foreign ministers agreed on Monday to roll over sanctions against Russia \
                     for another six months.",
                    "EU sanctions RUS",
                    "!neg",
                ),
                (
                    "The U.S. Treasury Department on Wednesday imposed sanctions on Russia's two \
                     largest oil companies, Rosneft and Lukoil.",
                    "USA sanctions RUS",
                    "!neg",
                ),
                // Good relations as a state of affairs; states that co-chair cooperate.
                (
                    "Tusk said relations between Warsaw and Berlin were better than ever.",
                    "POL friendly_with DEU",
                    "!neg",
                ),
                (
                    "France and Saudi Arabia co-chaired a conference on a two-state solution.",
                    "FRA cooperates_with SAU",
                    "!neg",
                ),
                (
                    "Donald Trump and Abdel Fattah al-Sisi co-chaired a summit in Sharm \
                     el-Sheikh.",
                    "",
                    "cooperates_with",
                ),
                // Particles before a surname belong to the mention.
                (
                    "Ursula von der Leyen arrived. Modi hosted von der Leyen and Costa on Friday.",
                    "narendra-modi met_with ursula-von-der-leyen",
                    "!neg",
                ),
                // Postings after a role; counterparts told in a foreign city; a parade in a
                // capital.
                (
                    "Mike Waltz, the U.S. ambassador to the United Nations, said Washington would \
                     not accept it.",
                    "mike-waltz official_of USA",
                    "!neg",
                ),
                (
                    "Armenian Foreign Minister Ararat Mirzoyan told EU counterparts in Luxembourg \
                     on Monday that Yerevan had no plans to leave.",
                    "ararat-mirzoyan visited LUX",
                    "!neg",
                ),
                (
                    "Vucic, who attended Moscow's Victory Day parade last year, spoke in Belgrade.",
                    "aleksandar-vucic visited RUS",
                    "!neg",
                ),
                // Talks that end in agreement; a summit in a named state; a delegation met
                // abroad; blame laid on a party.
                (
                    "President Trump and Chinese President Xi Jinping met for about 100 minutes \
                     on Thursday on the sidelines of the APEC summit and agreed to a one-year \
                     truce in their trade war.",
                    "USA agreed_with CHN",
                    "!neg",
                ),
                (
                    "President Trump attended the ASEAN summit in Malaysia on Sunday.",
                    "donald-trump visited MYS",
                    "!neg",
                ),
                (
                    "Putin attended a conference on peace in Ukraine.",
                    "",
                    "visited",
                ),
                (
                    "Secretary of State Marco Rubio met a Ukrainian delegation in Jeddah.",
                    "marco-rubio visited SAU",
                    "!neg",
                ),
                (
                    "Sikorski arrived after an attack on a Polish railway line that Warsaw blamed \
                     on Russian intelligence.",
                    "POL criticises RUS",
                    "!neg",
                ),
                (
                    "Officials blamed the rise in prices on the war in Ukraine.",
                    "",
                    "criticises",
                ),
                // Chairs under which something happens, held with the body in focus, and
                // handed from one state to another.
                (
                    "Anwar Ibrahim opened the 46th ASEAN Summit on Monday, the first under \
                     Malaysia's chairmanship of the bloc this year.",
                    "MYS leads ASEAN",
                    "!neg",
                ),
                (
                    "GCC Secretary-General Jasem Albudaiwi said leaders would meet in Manama, \
                     with Bahrain holding the council's rotating presidency.",
                    "BHR leads GCC",
                    "!neg",
                ),
                (
                    "Mercosur leaders meeting on Saturday handed the bloc's rotating presidency \
                     from Brazil to Paraguay.",
                    "PRY leads MERCOSUR",
                    "BRA leads",
                ),
                // A courtesy call, a letter delivered, a guest at a state's parade, several
                // leaders at one meeting abroad, someone in a foreign city for an event.
                (
                    "Pakistani Foreign Minister Ishaq Dar called on Chief Adviser Muhammad Yunus \
                     in Dhaka.",
                    "ishaq-dar met_with muhammad-yunus",
                    "!neg",
                ),
                ("Rubio called on Putin to end the war.", "", "met_with"),
                (
                    "Saudi Defence Minister Prince Khalid bin Salman delivered a letter from King \
                     Salman to Iran's Supreme Leader Ayatollah Ali Khamenei on Thursday.",
                    "khalid-bin-salman met_with ali-khamenei",
                    "!neg",
                ),
                (
                    "Indonesian President Prabowo Subianto was the chief guest at India's Republic \
                     Day parade on Sunday.",
                    "prabowo-subianto visited IND",
                    "!neg",
                ),
                (
                    "Brazil's Lula, Colombia's Gustavo Petro and Chile's Gabriel Boric attended \
                     the meeting in Beijing.",
                    "gustavo-petro visited CHN",
                    "!neg",
                ),
                (
                    "Petro, in New York for the UN General Assembly, called for a global armed \
                     force.",
                    "gustavo-petro visited USA",
                    "!neg",
                ),
                // Memberships with the body in focus (a bloc rather than an institution named
                // in passing), and states joined by another.
                (
                    "UN Secretary-General Antonio Guterres attended a BRICS summit in Kazan. \
                     Ukraine said the trip would damage the organisation's reputation. The bloc \
                     was created by Brazil, Russia, India and China in 2009. Egypt and Iran \
                     became full members on January 1 this year.",
                    "EGY member_of BRICS",
                    "member_of UN",
                ),
                (
                    "Nigeria has become a partner country of the BRICS group, joining Belarus, \
                     Bolivia, Kazakhstan and Cuba.",
                    "BOL partner_of BRICS",
                    "!neg",
                ),
                (
                    "Ramdin, currently Suriname's foreign minister, was the only candidate.",
                    "albert-ramdin official_of SUR",
                    "!neg",
                ),
                // Partners told with the body before the noun (an optional group after a
                // space at a pattern's end had made "country" required).
                (
                    "Japan, South Korea, Australia and New Zealand are NATO partners, a group \
                     known as the IP4.",
                    "NZL partner_of NATO",
                    "!neg",
                ),
                (
                    "Foreign ministers of the Quad grouping of Australia, India, Japan and the \
                     United States met in Washington on Tuesday.",
                    "IND member_of QUAD",
                    "!neg",
                ),
                (
                    "Taiwan takes part in APEC as a member economy.",
                    "TWN member_of APEC",
                    "!neg",
                ),
                // Hours of talks; a trip being made; "the two leaders" after a pronoun and a
                // name are those two.
                (
                    "U.S. Secretary of State Marco Rubio and Russian Foreign Minister Sergei \
                     Lavrov held more than four hours of talks in Riyadh on Tuesday.",
                    "marco-rubio met_with sergey-lavrov",
                    "!neg",
                ),
                (
                    "Xi was making his first trip to South Korea in 11 years.",
                    "xi-jinping visited KOR",
                    "!neg",
                ),
                (
                    "Donald Trump arrived in Tokyo on Monday and met Emperor Naruhito. On Tuesday \
                     he held talks with Sanae Takaichi. The two leaders signed a framework \
                     agreement on critical minerals.",
                    "sanae-takaichi agreed_with donald-trump",
                    "naruhito agreed_with",
                ),
                // Borders closed against a neighbour, sanctions not lifted; firms are not
                // their state; opposing contact between two parties opposes neither.
                (
                    "Finland will keep its eastern border with Russia closed indefinitely.",
                    "FIN sanctions RUS",
                    "!neg",
                ),
                (
                    "Washington has not lifted its sanctions on Belarus.",
                    "USA sanctions BLR",
                    "!neg",
                ),
                (
                    "Kyiv has repeatedly criticised Chinese firms for supplying components.",
                    "",
                    "criticises CHN",
                ),
                (
                    "China's foreign ministry said it firmly opposed any official contact \
                     between Taiwan and the United States.",
                    "",
                    "opposes",
                ),
                // Talks that produced no deal negate the agreement; representations lodged
                // with a state criticise it; several who spoke by phone with one met them.
                (
                    "Donald Trump and Vladimir Putin met at a U.S. air base in Alaska on Friday \
                     for nearly three hours of talks, but failed to reach an agreement on ending \
                     the war.",
                    "USA agreed_with RUS [-] @- 2025-05-30 !neg",
                    "=USA agreed_with RUS [-] @- 2025-05-30",
                ),
                (
                    "China's foreign ministry said it had lodged stern representations with \
                     Washington over the remarks.",
                    "CHN criticises USA",
                    "!neg",
                ),
                (
                    "French President Emmanuel Macron, German Chancellor Friedrich Merz and \
                     British Prime Minister Keir Starmer spoke by phone with Trump from Tirana.",
                    "friedrich-merz met_with donald-trump [-] @- - status=by phone",
                    "!neg",
                ),
                (
                    "Colombian President Gustavo Petro on Saturday recalled his ambassador from \
                     Washington for consultations.",
                    "COL at_odds_with USA",
                    "!neg",
                ),
                // A plan welcomed supports its author; an embargo faced; a member at a summit.
                (
                    "Countries including Egypt, Qatar and Jordan welcomed Trump's 20-point plan \
                     to end the war in Gaza on Tuesday.",
                    "QAT supports USA",
                    "!neg",
                ),
                (
                    "Analysts say Japan, which faced a Chinese embargo on the metals in 2010, has \
                     since diversified its sources.",
                    "CHN sanctions JPN",
                    "!neg",
                ),
                (
                    "Bolivia took part in its first Mercosur summit as a full member on Tuesday.",
                    "BOL member_of MERCOSUR",
                    "!neg",
                ),
                // Members set off by dashes after their body are members, not parties to an
                // accord each with each; partners and members in appositions and lists.
                (
                    "The GCC met. The six-member bloc - Saudi Arabia, Qatar, Kuwait and Oman - \
                     agreed to activate joint defence mechanisms.",
                    "KWT member_of GCC",
                    "agreed_with",
                ),
                (
                    "The SCO summit opened. Mongolia, an observer state, and Türkiye, a dialogue \
                     partner, also sent delegations.",
                    "TUR partner_of SCO",
                    "TUR member_of",
                ),
                (
                    "The G20 summit opened. The African Union attended as a full member of the \
                     G20 for the second time.",
                    "AU member_of G20",
                    "!neg",
                ),
                (
                    "BRICS met. Kazakhstan and Malaysia are among the bloc's partner countries.",
                    "MYS partner_of BRICS",
                    "member_of",
                ),
                (
                    "BRICS, which originally comprised Brazil, Russia, India, China and South \
                     Africa, has grown.",
                    "ZAF member_of BRICS",
                    "!neg",
                ),
                // A stop on the way; an agreement with a named person; visa-free travel
                // suspended; a signing witnessed together; criticism held back.
                (
                    "Ishiba, who arrived in the Philippines after a stop in Vietnam, spoke on \
                     Tuesday.",
                    "shigeru-ishiba visited VNM",
                    "!neg",
                ),
                (
                    "President Claudia Sheinbaum said on Monday she had agreed with U.S. \
                     President Donald Trump to pause planned tariffs.",
                    "MEX agreed_with USA",
                    "!neg",
                ),
                (
                    "The European Union suspended visa-free travel for Belarusian diplomats and \
                     officials on Monday.",
                    "EU sanctions BLR",
                    "!neg",
                ),
                (
                    "Xi Jinping and Luiz Inacio Lula da Silva witnessed the signing of some 20 \
                     cooperation documents.",
                    "CHN agreed_with BRA",
                    "!neg",
                ),
                (
                    "Brazil stopped short of condemning Venezuela's handling of the election on \
                     Thursday.",
                    "BRA criticises VEN [-] @- - !neg",
                    "=BRA criticises VEN [-] @- -",
                ),
                // A strike on a capital; criticism drawn by a later clause's actor; a welcome
                // into a bloc's "family" is no meeting.
                (
                    "Turkey condemned Israel's airstrike on the Qatari capital Doha.",
                    "ISR attacks QAT",
                    "!neg",
                ),
                (
                    "The U.N. Security Council failed to adopt a resolution on Sudan after \
                     permanent member Russia cast a veto, drawing sharp criticism from Britain.",
                    "GBR criticises RUS",
                    "criticises UNSC",
                ),
                (
                    "Anwar Ibrahim welcomed Xanana Gusmao to the \"ASEAN family\".",
                    "",
                    "met_with",
                ),
                // Members after a colon, partners of a body named after the noun, observer
                // status of a non-member state, ties restored under a deal.
                (
                    "The GCC summit opened in Kuwait. Leaders of the six members: Saudi Arabia, \
                     the United Arab Emirates, Qatar, Kuwait, Bahrain and Oman attended.",
                    "OMN member_of GCC",
                    "!neg",
                ),
                (
                    "Egypt, Qatar and Saudi Arabia are among the dialogue partners of the \
                     Shanghai Cooperation Organisation.",
                    "QAT partner_of SCO",
                    "member_of",
                ),
                (
                    "Palestine has held non-member observer state status at the United Nations \
                     since 2012.",
                    "PSE observer_of UN",
                    "member_of",
                ),
                (
                    "Tehran and Riyadh restored diplomatic ties in 2023 under a deal brokered by \
                     China.",
                    "IRN agreed_with SAU",
                    "CHN agreed_with",
                ),
                // Two titled signatories of a text signed in a place; two leaders of bodies
                // titled by the body's organ.
                (
                    "The deal was signed in Ankara by Turkish Defence Minister Yasar Guler and his \
                     Syrian counterpart, Murhaf Abu Qasra.",
                    "yasar-guler met_with murhaf-abu-qasra",
                    "!neg",
                ),
                (
                    "European Council President Antonio Costa and Commission President Ursula von \
                     der Leyen met Chinese President Xi Jinping on Thursday.",
                    "antonio-costa met_with xi-jinping",
                    "!neg",
                ),
                // Relations that have never been better (the "never" affirms); a partnership
                // "not directed at" anyone is no friendship; a guest at a numbered national
                // day; talks ending in a joint statement.
                (
                    "Mirziyoyev hosted Tokayev. Mirziyoyev said relations between the two \
                     neighbours had never been stronger.",
                    "UZB friendly_with KAZ [-] @- -",
                    "!neg",
                ),
                (
                    "Shettima said Nigeria's partnership with China is not directed at any third \
                     party.",
                    "",
                    "friendly_with",
                ),
                (
                    "Prime Minister Narendra Modi was the guest of honour at the Maldives' 60th \
                     Independence Day celebrations on Saturday.",
                    "narendra-modi visited MDV",
                    "!neg",
                ),
                (
                    "Prime Minister Narendra Modi and Russian President Vladimir Putin held talks \
                     at Hyderabad House on Friday and adopted a joint statement.",
                    "IND agreed_with RUS",
                    "!neg",
                ),
                // "The alliance" of two bodies named last is the one so named; a meeting
                // not planned is none; thanks for help is no backing.
                (
                    "Leaders of the Alliance of Sahel States met in Bamako, a year after quitting \
                     ECOWAS. Mali's Assimi Goita handed the alliance's rotating presidency to \
                     Burkina Faso's Ibrahim Traore.",
                    "BFA leads AES",
                    "leads ECOWAS",
                ),
                (
                    "Officials said no meeting between Takaichi and Chinese Premier Li Qiang was \
                     planned at the G20 summit this weekend.",
                    "",
                    "met_with",
                ),
                (
                    "Hun Manet thanked Trump and Chinese leaders for their help.",
                    "",
                    "supports",
                ),
                // This year's chair held; a candidacy with the body in focus from before.
                (
                    "Malaysian Prime Minister Anwar Ibrahim, who holds this year's rotating \
                     chairmanship of ASEAN, called it a family reunion.",
                    "anwar-ibrahim leads ASEAN",
                    "!neg",
                ),
                (
                    "The EU summit opened. Turkey has been a candidate for membership since 1999.",
                    "TUR candidate_for EU",
                    "!neg",
                ),
                // A trip to meet someone that one is about to take is no meeting yet.
                (
                    "Defence Minister Boris Pistorius said on Monday before heading to Washington \
                     to meet his counterpart Pete Hegseth.",
                    "",
                    "met_with",
                ),
                // "The bloc" is not the one its subject was just said to make up.
                (
                    "Mali, Burkina Faso and Niger quit ECOWAS last year. The three countries, \
                     which now make up the Alliance of Sahel States, accused the bloc of serving \
                     foreign interests.",
                    "NER criticises ECOWAS",
                    "criticises AES",
                ),
                // An act condemned with its agent after "by"; but a violation of a treaty
                // names no agent. Two who barely spoke did not meet.
                (
                    "Mali, Burkina Faso and Niger had on Sunday condemned what they called a \
                     hostile act by Algeria.",
                    "NER criticises DZA",
                    "!neg",
                ),
                (
                    "Brazil and Colombia condemned the raid as a violation of the Vienna \
                     Convention.",
                    "",
                    "criticises AUT",
                ),
                (
                    "Milei and Lula barely spoke to each other at the summit.",
                    "",
                    "met_with",
                ),
                // A treaty signed by a list "with" another state is each member's with it,
                // however long the treaty's name.
                (
                    "The leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and \
                     Uzbekistan signed a treaty of permanent good-neighbourliness and friendly \
                     cooperation with China on Tuesday.",
                    "KAZ agreed_with CHN",
                    "KAZ agreed_with KGZ",
                ),
                (
                    "U.S. Army Secretary Dan Driscoll presented a peace plan in Kyiv.",
                    "dan-driscoll official_of USA [army secretary]",
                    "!neg",
                ),
            ],
        );
    }

    #[test]
    fn what_the_hundred_and_thirtieth_and_later_reviews_found() {
        assert_cases(
            "2025-06-01",
            &[
                // A name in a noun's complement is not what a later "he" means.
                (
                    "Lavrov reaffirmed Moscow's support for the government of President \
                     Nicolas Maduro and condemned what he called U.S. interference in \
                     Venezuela's internal affairs.",
                    "RUS criticises USA",
                    "VEN criticises USA",
                ),
                // A time between an application and its aim.
                (
                    "Nigeria applied last year to join the BRICS group.",
                    "NGA candidate_for BRICS",
                    "!neg",
                ),
                // A chair named with the body's possessive.
                (
                    "Leaders of the Southern African Development Community met in Harare. \
                     Zimbabwean President Emmerson Mnangagwa, the bloc's current chairman, \
                     opened the meeting.",
                    "emmerson-mnangagwa leads SADC",
                    "!neg",
                ),
                // Wars of trade are rows.
                (
                    "Lula said Brazil would not take sides in the trade war between Washington \
                     and Beijing.",
                    "USA at_odds_with CHN",
                    "!neg",
                ),
                // An envoy recalled from the posting in protest.
                (
                    "Jordan recalled its ambassador to Israel in protest.",
                    "JOR criticises ISR",
                    "!neg",
                ),
                (
                    "The West African bloc ECOWAS, which Guinea-Bissau belongs to, denounced \
                     the takeover.",
                    "GNB member_of ECOWAS",
                    "!neg",
                ),
                // The accused who rejects allegations names the accuser.
                (
                    "India rejected as \"absurd\" allegations by Canadian Prime Minister \
                     Justin Trudeau linking its government to the killing.",
                    "CAN criticises IND",
                    "!neg",
                ),
                (
                    "India rejected as \"absurd\" allegations by Canadian Prime Minister \
                     Justin Trudeau linking its government to the killing.",
                    "IND criticises CAN",
                    "!neg",
                ),
                // Countermeasures against a state's measures; a response vowed after an
                // accusation or a condemnation.
                (
                    "Beijing vowed on Thursday to take resolute countermeasures against \
                     sweeping U.S. tariffs announced by President Donald Trump.",
                    "CHN threatens USA",
                    "!neg",
                ),
                (
                    "North Korea accused South Korea on Friday of sending drones over \
                     Pyongyang, warning it would respond with force if it happened again.",
                    "PRK threatens KOR",
                    "!neg",
                ),
                (
                    "Iran's foreign ministry denounced Israel's strikes on its nuclear sites \
                     as a flagrant violation of the UN Charter, and vowed a forceful response.",
                    "IRN threatens ISR",
                    "!neg",
                ),
                // Frozen talks are no meeting.
                (
                    "The row has frozen trade talks between India and Canada.",
                    "IND at_odds_with CAN",
                    "IND met_with CAN",
                ),
                // Two bodies in one apposition; an alternative that ended in a space had
                // lost the first.
                (
                    "Turkey, a NATO member and SCO dialogue partner, sent a delegation.",
                    "TUR partner_of SCO",
                    "TUR partner_of NATO",
                ),
                (
                    "Turkey, a NATO member and an EU candidate, sent a delegation.",
                    "TUR member_of NATO",
                    "TUR member_of EU",
                ),
                (
                    "BRICS, founded by Brazil, Russia, India and China in 2009 and joined by \
                     South Africa a year later, has grown rapidly.",
                    "ZAF member_of BRICS",
                    "!neg",
                ),
                (
                    "Elsewhere, the Philippines began its year at the helm of ASEAN.",
                    "PHL leads ASEAN",
                    "!neg",
                ),
                (
                    "Foreign Minister Sergei Lavrov, speaking at a news conference with his \
                     Belarusian counterpart Maxim Ryzhenkov, said the United States had chosen \
                     confrontation.",
                    "sergey-lavrov met_with maxim-ryzhenkov",
                    "!neg",
                ),
                (
                    "Armenia's parliament passed a bill, a move that drew a sharp response \
                     from Moscow, Yerevan's traditional ally.",
                    "RUS friendly_with ARM",
                    "!neg",
                ),
                // A capital leaves and applies as its state does.
                (
                    "Washington has also pulled out of the U.N. Human Rights Council.",
                    "USA left UNHRC",
                    "!neg",
                ),
                // States named as examples of a group that opens the sentence act for it,
                // except members, which the membership rules read.
                (
                    "Several European countries, including Germany, France and Britain, \
                     summoned Russian ambassadors in protest.",
                    "FRA criticises RUS",
                    "!neg",
                ),
                (
                    "EU leaders agreed to open talks with Bosnia. Several member states, \
                     including the Netherlands, had argued for a delay.",
                    "NLD member_of EU",
                    "!neg",
                ),
                (
                    "Estonia has expelled the head of the Russian embassy's consular section.",
                    "EST sanctions RUS",
                    "!neg",
                ),
                (
                    "The EU imposed new sanctions on Russia. The Kremlin said the measures were \
                     illegal and vowed to respond.",
                    "RUS threatens EU",
                    "!neg",
                ),
                (
                    "The United States and Australia were concerned, but neither country \
                     condemned India.",
                    "AUS criticises IND [-] @- - !neg",
                    "=AUS criticises IND [-] @- -",
                ),
                // Clashes, pledged cooperation, close ties and agreements of cooperation.
                (
                    "Colombian President Gustavo Petro has repeatedly clashed with U.S. \
                     President Donald Trump over migration.",
                    "COL at_odds_with USA",
                    "!neg",
                ),
                (
                    "South Korean Foreign Minister Cho Tae-yul met his Japanese counterpart Yoko \
                     Kamikawa and the pair pledged closer cooperation on supply chains.",
                    "KOR cooperates_with JPN",
                    "!neg",
                ),
                (
                    "China, which has close ties to Pakistan, called for restraint.",
                    "CHN friendly_with PAK",
                    "!neg",
                ),
                (
                    "Turkey has close economic ties with Azerbaijan.",
                    "TUR cooperates_with AZE",
                    "TUR friendly_with AZE",
                ),
                (
                    "Papua New Guinea, the largest Pacific island state, signed a policing \
                     agreement with Australia in December 2023.",
                    "PNG cooperates_with AUS",
                    "!neg",
                ),
                (
                    "Vietnam and the Philippines signed a memorandum of understanding on \
                     maritime cooperation.",
                    "VNM cooperates_with PHL",
                    "!neg",
                ),
                // A body's effort is not the body; a qualifier is not the subject.
                (
                    "Ruto, who also chairs the African Union's institutional reform effort, \
                     spoke.",
                    "",
                    "william-ruto leads AU",
                ),
                (
                    "Hungarian Foreign Minister Peter Szijjarto travelled to Minsk on Tuesday, \
                     becoming one of the few European Union officials to visit Belarus.",
                    "peter-szijjarto visited BLR",
                    "EU visited BLR",
                ),
                // Attacks by a state's name or its capital on places, by weapons launched, in
                // retaliation, and on targets in a list of states.
                (
                    "She also condemned Moscow's overnight drone attack on Odesa.",
                    "RUS attacks UKR",
                    "!neg",
                ),
                (
                    "Russia launched more than 150 drones and a dozen ballistic missiles at \
                     Ukrainian energy facilities overnight.",
                    "RUS attacks UKR",
                    "!neg",
                ),
                (
                    "Tehran responded hours later with waves of ballistic missiles aimed at Tel \
                     Aviv and Haifa.",
                    "IRN attacks ISR",
                    "!neg",
                ),
                (
                    "Israeli warplanes attacked military targets in Iran on Saturday in \
                     retaliation for an Iranian missile barrage earlier this month.",
                    "IRN attacks ISR",
                    "!neg",
                ),
                (
                    "The United States carried out strikes on more than 85 targets in Iraq and \
                     Syria on Friday.",
                    "USA attacks SYR",
                    "!neg",
                ),
                (
                    "Merz called the incursion a deliberate provocation by Russia.",
                    "DEU criticises RUS",
                    "!neg",
                ),
                (
                    "India and the United Arab Emirates signed an agreement on Wednesday to \
                     expand cooperation in nuclear energy, during a visit to New Delhi by Abu \
                     Dhabi's Crown Prince Sheikh Khaled bin Mohamed bin Zayed.",
                    "khaled-bin-mohamed-bin-zayed visited IND",
                    "!neg",
                ),
                (
                    "India and the United Arab Emirates signed an agreement on Wednesday to \
                     expand cooperation in nuclear energy.",
                    "IND cooperates_with ARE",
                    "!neg",
                ),
                (
                    "Indonesia, the largest economy in the Association of Southeast Asian \
                     Nations, had long objected.",
                    "IDN member_of ASEAN",
                    "!neg",
                ),
                // The one sided with owns the cause.
                (
                    "The United States stands with Guyana in its dispute with Venezuela.",
                    "GUY at_odds_with VEN",
                    "USA at_odds_with VEN",
                ),
                // Armed groups in a state are not the state.
                (
                    "Iran-backed armed groups in Iraq had attacked U.S. forces more than 150 \
                     times since October.",
                    "",
                    "IRQ attacks USA",
                ),
                (
                    "Ties between Ankara and Riyadh were badly strained after the killing.",
                    "TUR at_odds_with SAU",
                    "!neg",
                ),
                (
                    "Washington, a close ally of both Israel and Qatar, said it had not been \
                     consulted.",
                    "USA friendly_with QAT",
                    "!neg",
                ),
                (
                    "Speaking after meeting his Egyptian counterpart Badr Abdelatty in \
                     Istanbul, Turkish Foreign Minister Hakan Fidan said both countries \
                     supported a two-state solution.",
                    "hakan-fidan met_with badr-abdelatty",
                    "!neg",
                ),
                (
                    "The conference came a day before EU ambassadors approved the opening of \
                     accession talks with Ukraine and Moldova.",
                    "MDA candidate_for EU",
                    "!neg",
                ),
                (
                    "Finland and Estonia met. The two sides said they would step up joint naval \
                     patrols.",
                    "FIN cooperates_with EST",
                    "!neg",
                ),
                // A violation's agent follows "by", never "of".
                (
                    "EU foreign policy chief Kaja Kallas condemned what she called the most \
                     serious violation of European airspace by Russia.",
                    "EU criticises RUS",
                    "!neg",
                ),
                (
                    "Mexico broke off relations with Ecuador after Ecuadorian police stormed its \
                     embassy in Quito, a raid that Brazil condemned as a violation of the Vienna \
                     Convention.",
                    "BRA criticises ECU",
                    "BRA criticises AUT",
                ),
                (
                    "China, a close ally of Islamabad, urged both sides to exercise restraint.",
                    "CHN friendly_with PAK",
                    "!neg",
                ),
                (
                    "Vanuatu last month declined to sign a separate security deal with \
                     Australia, citing sovereignty concerns.",
                    "VUT agreed_with AUS [-] @- 2025-05 !neg",
                    "=VUT agreed_with AUS [-] @- 2025-05",
                ),
                (
                    "The probe has strained ties between Washington and Beijing.",
                    "USA at_odds_with CHN",
                    "!neg",
                ),
                // "The two blocs" are not the two persons who spoke for them.
                (
                    "European Council President Antonio Costa and African Union Commission \
                     chairperson Mahmoud Ali Youssouf opened the summit in Luanda on Monday. \
                     The two blocs adopted a joint declaration.",
                    "",
                    "antonio-costa agreed_with mahmoud-ali-youssouf",
                ),
                (
                    "China and the Philippines have been locked in a series of maritime \
                     confrontations since 2023.",
                    "CHN at_odds_with PHL",
                    "!neg",
                ),
                (
                    "South Korea and Japan have criticised the growing military ties between \
                     Moscow and Pyongyang.",
                    "JPN criticises PRK",
                    "!neg",
                ),
                (
                    "South Korea and Japan have criticised the growing military ties between \
                     Moscow and Pyongyang.",
                    "RUS cooperates_with PRK",
                    "!neg",
                ),
                // A name after "the overthrow of" is not who arrived.
                (
                    "Syria's interim president Ahmed al-Sharaa arrived in Saudi Arabia on \
                     Sunday on his first foreign trip since the overthrow of Bashar al-Assad, \
                     and was received by Crown Prince Mohammed bin Salman.",
                    "ahmed-al-sharaa met_with mohammed-bin-salman",
                    "bashar-al-assad met_with",
                ),
                (
                    "Starmer also held calls with U.S. President Joe Biden and Indian Prime \
                     Minister Narendra Modi.",
                    "keir-starmer met_with narendra-modi",
                    "!neg",
                ),
                // A body named as an example takes no focus.
                (
                    "When Brazil, Russia, India and China held their first summit in 2009, the \
                     group was conceived as a counterweight to Western-dominated institutions \
                     such as the G7; South Africa joined a year later.",
                    "",
                    "ZAF member_of G7",
                ),
                // No state is friends with its own official.
                (
                    "Hungary, which has kept close ties with the Kremlin under Prime Minister \
                     Viktor Orban, dropped its objections.",
                    "",
                    "HUN friendly_with viktor-orban",
                ),
                // Vetoing statements critical of a state shields it.
                (
                    "Budapest has repeatedly vetoed statements critical of Israel.",
                    "",
                    "HUN opposes ISR",
                ),
                (
                    "Saudi Arabia has not yet joined BRICS.",
                    "SAU member_of BRICS [-] @- - !neg",
                    "=SAU member_of BRICS [-] @- -",
                ),
                (
                    "Lavrov condemned what he called illegal unilateral sanctions imposed by \
                     Washington on Tehran.",
                    "USA sanctions IRN",
                    "!neg",
                ),
                (
                    "Lavrov condemned what he called illegal unilateral sanctions imposed by \
                     Washington on Tehran.",
                    "RUS criticises USA",
                    "!neg",
                ),
                (
                    "Several governments, among them Mexico and Brazil, criticised Washington's \
                     new tariffs in their speeches.",
                    "MEX criticises USA",
                    "!neg",
                ),
                (
                    "Colombia backed down on Monday in a brief but bruising standoff with \
                     Washington.",
                    "COL at_odds_with USA",
                    "!neg",
                ),
                (
                    "Brazil vowed on Thursday to retaliate against a 50% tariff announced by \
                     U.S. President Donald Trump.",
                    "BRA threatens USA",
                    "!neg",
                ),
                (
                    "Separately, the United Arab Emirates rolled over $2 billion in loans to \
                     Pakistan.",
                    "ARE supports PAK",
                    "!neg",
                ),
                (
                    "Greece, a NATO ally and long-time rival of Turkey, said it was concerned.",
                    "GRC at_odds_with TUR",
                    "GRC member_of TUR",
                ),
                (
                    "Greece, a NATO ally and long-time rival of Turkey, said it was concerned.",
                    "GRC member_of NATO",
                    "!neg",
                ),
                (
                    "German Defence Minister Boris Pistorius, speaking alongside his Lithuanian \
                     counterpart Laurynas Kasciunas in Vilnius, said Berlin stood firmly by its \
                     NATO commitments.",
                    "boris-pistorius met_with laurynas-kasciunas",
                    "!neg",
                ),
                // Talks offered are no talks held.
                (
                    "Erdogan hosted Zelensky in Ankara on Monday, offering to mediate fresh talks \
                     between Kyiv and Moscow.",
                    "volodymyr-zelensky visited TUR",
                    "UKR met_with RUS",
                ),
            ],
        );
    }

    #[test]
    fn what_the_seventy_fourth_and_seventy_fifth_reviews_found() {
        assert_cases(
            "2025-11-18",
            &[
                // "his counterpart" holds no office of someone the sentence does not
                // point back at.
                (
                    "President Xi Jinping met Wang Yi on Monday. Kanai met his Chinese \
                     counterpart Liu Jinsong in Beijing.",
                    "liu-jinsong official_of CHN [-]",
                    "liu-jinsong official_of CHN [president]",
                ),
                // "NATO chief" is a title before a name, and the gazetteer's office is the
                // one meant; as an adjective "chief" still reads as one.
                (
                    "Starmer met NATO chief Mark Rutte on Tuesday.",
                    "mark-rutte official_of NATO [secretary-general]",
                    "met_with NATO",
                ),
                (
                    "Russia is the chief backer of Syria.",
                    "RUS supports SYR",
                    "official_of",
                ),
                // An abbreviated month is a date, and a date to come is expected.
                (
                    "The United States takes over the G20 chair on Dec. 1.",
                    "USA leads G20 [-] @- 2025-12-01 +expected",
                    "=USA leads G20 [-] @- -",
                ),
                // A visit "days before" or "ahead of" which something happens is yet to
                // come, whatever title its visitor bears; one dated in the past is not.
                (
                    "Wang Yi held a phone call with Jean-Noel Barrot on Tuesday, days before \
                     President Emmanuel Macron's state visit to China.",
                    "emmanuel-macron visited CHN [-] @- - +expected",
                    "=emmanuel-macron visited CHN [-] @- -",
                ),
                // A list after a body's name spells out its members, who are not the
                // parties; states that each signed with a capital are not each other's.
                (
                    "The European Union and the Mercosur bloc of Argentina, Brazil, Paraguay \
                     and Uruguay signed their long-delayed trade agreement on Saturday.",
                    "EU agreed_with MERCOSUR",
                    "ARG agreed_with",
                ),
                (
                    "Vietnam, Cambodia and Malaysia signed trade deals with Washington in \
                     Kuala Lumpur in October 2025.",
                    "VNM agreed_with USA",
                    "VNM agreed_with KHM",
                ),
                // "the two" after a meeting of two persons are they, before "agreed" too.
                (
                    "China has stepped up pressure on the United States. Philippine Defence \
                     Secretary Gilberto Teodoro met Hegseth on the sidelines and the two agreed \
                     to expand joint patrols in the South China Sea.",
                    "PHL agreed_with USA",
                    "CHN agreed_with",
                ),
                // The private parties of a pair are not the pair.
                (
                    "India and Russia are old friends. Business leaders from both countries \
                     met at a forum on Friday.",
                    "",
                    "IND met_with RUS",
                ),
                // The end of what was signed is no end of the signing.
                (
                    "Each side blames the other for the collapse of the peace declaration \
                     Thailand and Cambodia signed in October.",
                    "THA agreed_with KHM [-] @- 2025-10",
                    "!neg",
                ),
                // An armed group's "its" is the group's, not the last state's.
                (
                    "Israel struck a building in Doha on Tuesday. Hamas said its top \
                     negotiator Khalil al-Hayya survived.",
                    "ISR attacks QAT",
                    "official_of ISR",
                ),
                // "its" after a target and a first reason is the target's.
                (
                    "EU leaders met Xi Jinping in Beijing on Thursday, pressing China over \
                     trade imbalances and its support for Russia.",
                    "CHN supports RUS",
                    "EU supports",
                ),
                // Backing promised to a state threatens it with nothing.
                (
                    "Trump warned that Israel would have US backing to \"finish the job\" if \
                     Hamas rejected the offer.",
                    "",
                    "threatens ISR",
                ),
                // A tariff lowered is no sanction; one in prospect neither is cooperation.
                (
                    "Trump announced that US tariffs on Philippine goods would be set at 19%, \
                     down from 20%.",
                    "",
                    "sanctions PHL",
                ),
                (
                    "The meeting was an initial attempt to lay the groundwork for economic \
                     cooperation between Israel and Lebanon.",
                    "",
                    "cooperates_with",
                ),
                // Persons met, each with a title, and a list of persons at the end.
                (
                    "Starmer met European Council President Antonio Costa and Commission \
                     President Ursula von der Leyen in Brussels.",
                    "keir-starmer met_with ursula-von-der-leyen",
                    "met_with EC",
                ),
                (
                    "Japanese Prime Minister Sanae Takaichi held bilateral meetings with \
                     British Prime Minister Keir Starmer, Italy's Giorgia Meloni and Modi.",
                    "sanae-takaichi met_with narendra-modi",
                    "keir-starmer met_with narendra-modi",
                ),
                // A speech used to condemn is the speaker's condemnation.
                (
                    "Pezeshkian used his speech on Tuesday to condemn Israeli and U.S. strikes \
                     on his country.",
                    "IRN criticises USA",
                    "criticises IRN",
                ),
                // Chairs told every way; the Council of the EU is the Union's.
                (
                    "India formally assumed the chairship of BRICS on January 1. Cyprus took \
                     over the six-month rotating presidency of the Council of the European \
                     Union from Denmark. The Philippines, a U.S. treaty ally, holds the ASEAN \
                     chair this year.",
                    "CYP leads EU",
                    "DNK leads",
                ),
                (
                    "India formally assumed the chairship of BRICS on January 1.",
                    "IND leads BRICS",
                    "official_of",
                ),
                (
                    "The Philippines, a U.S. treaty ally, holds the ASEAN chair this year.",
                    "PHL leads ASEAN",
                    "USA leads",
                ),
                // A body in the subject's apposition is not the one in focus.
                (
                    "BRICS began in 2009. Turkey, a NATO member, has applied for full \
                     membership, according to Kremlin aide Yuri Ushakov.",
                    "",
                    "TUR candidate_for NATO",
                ),
                // A body a complaint is filed with "over" something is its forum.
                (
                    "China has filed a complaint with the World Trade Organization over \
                     Washington's 10% tariff.",
                    "",
                    "criticises WTO",
                ),
                // The counterpart holds his own office, not a title in the list after him.
                (
                    "Wadephul met his Chinese counterpart Wang Yi and Vice President Han \
                     Zheng, the German foreign ministry said.",
                    "wang-yi official_of CHN [foreign minister]",
                    "wang-yi official_of CHN [vice president]",
                ),
                // A visit "later this year" is to come.
                (
                    "Jaishankar discussed preparations for Putin's visit to India later this \
                     year.",
                    "vladimir-putin visited IND [-] @- 2025 +expected",
                    "=vladimir-putin visited IND [-] @- 2025",
                ),
                // The one met is no subject of talks held "before" or "without".
                (
                    "Ursula von der Leyen and Antonio Costa met Xi at the Great Hall of the \
                     People before holding talks with Premier Li Qiang.",
                    "ursula-von-der-leyen met_with xi-jinping",
                    "xi-jinping met_with li-qiang",
                ),
                // An assistant holds no office of the title after him.
                (
                    "Assistant U.S. Trade Representative Brendan Lynch met Indian officials.",
                    "brendan-lynch official_of USA [assistant trade minister]",
                    "[trade minister]",
                ),
                // A house number makes a city's name a street's.
                (
                    "After the summit, Lula travelled to the San Jose 1111 apartment where \
                     former president Cristina Fernandez de Kirchner is serving a sentence.",
                    "",
                    "visited CRI",
                ),
                // States that moved closer to another are not each other's friends.
                (
                    "Burkina Faso, Mali and Niger have also moved closer to Russia.",
                    "",
                    "BFA friendly_with MLI",
                ),
                // A membership that will remain is held.
                (
                    "Paz said Bolivia will remain a full member of Mercosur.",
                    "BOL member_of MERCOSUR",
                    "candidate_for",
                ),
                // Tariffs told every way, and threats of them on a state's wine.
                (
                    "Canada will impose 25% tariffs on C$30 billion worth of U.S. imports.",
                    "CAN sanctions USA",
                    "USA sanctions CAN",
                ),
                (
                    "China imposed a 75.8% preliminary anti-dumping deposit on Canadian \
                     canola seed.",
                    "CHN sanctions CAN",
                    "CAN sanctions",
                ),
                (
                    "Mexico approved tariffs of up to 50% on more than 1,400 products from \
                     China.",
                    "MEX sanctions CHN",
                    "CHN sanctions",
                ),
                (
                    "Trump threatened a 200% tariff on French wine and champagne.",
                    "USA threatens FRA",
                    "sanctions",
                ),
                // Ports closed, accreditation revoked, advisers ordered out.
                (
                    "Turkey has closed its ports to Israeli ships.",
                    "TUR sanctions ISR",
                    "ISR sanctions",
                ),
                (
                    "Russia revoked the accreditation of a British diplomat and ordered him to \
                     leave the country.",
                    "RUS sanctions GBR",
                    "GBR sanctions",
                ),
                // Meetings over a meal, and a delegation received.
                (
                    "Modi had lunch with Japanese Prime Minister Shigeru Ishiba on Saturday.",
                    "narendra-modi met_with shigeru-ishiba",
                    "met_with JPN",
                ),
                (
                    "Putin received a delegation led by Indian Foreign Minister S. Jaishankar.",
                    "vladimir-putin met_with s-jaishankar",
                    "met_with IND",
                ),
                // Forces sent to support a state, or at its request; a bid vowed to be
                // blocked.
                (
                    "North Korea has sent thousands of troops and millions of artillery shells \
                     to support Russia's war in Ukraine.",
                    "PRK supports RUS",
                    "PRK attacks",
                ),
                (
                    "Nigeria deployed fighter jets and ground troops to Benin on Sunday at the \
                     request of President Patrice Talon.",
                    "NGA supports BEN",
                    "NGA attacks BEN",
                ),
                (
                    "Hungarian Prime Minister Viktor Orban has vowed to block Ukraine's bid to \
                     join the European Union.",
                    "HUN opposes UKR",
                    "HUN supports",
                ),
                // Deals secured or announced with others; not one that "would follow".
                (
                    "The United States announced framework trade agreements with Argentina, \
                     Ecuador, Guatemala and El Salvador.",
                    "USA agreed_with ECU",
                    "ARG agreed_with ECU",
                ),
                (
                    "China announced new sanctions and an agreement with Russia would follow.",
                    "",
                    "agreed_with",
                ),
                // Titles of one state ("Taoiseach", "Unification Minister"), of a trade
                // ministry and of a commissioner's portfolio.
                (
                    "South Korea's Unification Minister Chung Dong-young said the North had \
                     not responded to Seoul.",
                    "chung-dong-young official_of KOR [unification minister]",
                    "PRK",
                ),
                (
                    "India's Commerce and Industry Minister Piyush Goyal met Jamieson Greer.",
                    "piyush-goyal official_of IND [trade minister]",
                    "met_with IND",
                ),
                // "the final leg of a tour" is no sport.
                (
                    "Modi arrived in Oman on Wednesday on the final leg of a tour.",
                    "narendra-modi visited OMN",
                    "visited IND",
                ),
                // An invitation accepted is a visit to come; a visit of several words.
                (
                    "Trump said afterwards he had accepted an invitation to visit Beijing in \
                     April.",
                    "donald-trump visited CHN [-] @beijing 2026-04 +expected",
                    "=donald-trump visited CHN [-] @beijing 2026-04",
                ),
                (
                    "Xi is expected to pay a reciprocal state visit to the United States \
                     later this year.",
                    "xi-jinping visited USA [-] @- 2025 +expected",
                    "USA visited",
                ),
                // "the group" two sentences after an armed group is that group.
                (
                    "The Houthis said on Wednesday they had sunk a cargo ship. The European \
                     Union's naval mission Aspides said several crew members were missing. The \
                     US embassy in Yemen accused the group of kidnapping survivors.",
                    "",
                    "USA criticises EU",
                ),
                // A conference of a body chaired by states is no lead of the body.
                (
                    "Macron spoke at a UN conference in New York co-chaired by France and \
                     Saudi Arabia.",
                    "",
                    "leads UN",
                ),
                // "Its" opening a sentence after an armed group's is the group's.
                (
                    "Israel struck Lebanon again. Hezbollah has said it will not disarm. Its \
                     secretary-general, Naim Qassem, said the group had shown patience.",
                    "",
                    "naim-qassem official_of ISR",
                ),
                // Sanctions on named ministers of a state are on them, not on the state.
                (
                    "Britain and Canada imposed sanctions on Tuesday on two far-right Israeli \
                     ministers, Itamar Ben-Gvir and Bezalel Smotrich.",
                    "",
                    "sanctions ISR",
                ),
                // Steps against a state rejected; interest in a meeting; images of a stance;
                // voters in a state; a state's security threatened.
                (
                    "Egypt and Turkey said they rejected any steps that undermine Somalia's \
                     unity.",
                    "",
                    "opposes SOM",
                ),
                (
                    "Fico said he had conveyed to Putin Ukraine's interest in a meeting between \
                     Zelensky and Putin.",
                    "",
                    "volodymyr-zelensky met_with",
                ),
                (
                    "Kallas said the images of Xi standing with Putin were troubling.",
                    "",
                    "supports",
                ),
                (
                    "Voters in Moldova overwhelmingly backed Nicusor Dan in May.",
                    "",
                    "MDA supports",
                ),
                (
                    "Szijjarto and his Slovak counterpart Juraj Blanar said the attacks \
                     threatened their countries' energy security.",
                    "",
                    "threatens",
                ),
                // Missiles fired on a weekday at a base in a state; staff of an embassy
                // ordered out; exports no longer authorised; envoys "of" states summoned.
                (
                    "Iran fired missiles on Monday at Al Udeid Air Base in Qatar.",
                    "IRN attacks QAT",
                    "QAT attacks",
                ),
                (
                    "Algeria has ordered 12 staff members of the French embassy and \
                     consulates to leave the country within 48 hours.",
                    "DZA sanctions FRA",
                    "FRA sanctions",
                ),
                (
                    "Berlin would not authorise any exports of military equipment to Israel.",
                    "DEU sanctions ISR",
                    "!neg",
                ),
                (
                    "Iran's foreign ministry summoned the envoys of Britain, France and \
                     Germany.",
                    "IRN criticises FRA",
                    "GBR criticises",
                ),
                // Meetings told by a participle or a call after "after".
                (
                    "Trump spoke to reporters after hosting Kazakh President Kassym-Jomart \
                     Tokayev at the White House.",
                    "donald-trump met_with kassym-jomart-tokayev",
                    "met_with USA",
                ),
                (
                    "Trump said after a two-hour phone call with Vladimir Putin on Monday that \
                     talks would begin immediately.",
                    "donald-trump met_with vladimir-putin",
                    "visited",
                ),
                // A state's strongest supporter; money agreed to be lent.
                (
                    "Poland has been one of Kyiv's strongest supporters since the Russian \
                     invasion.",
                    "POL supports UKR",
                    "UKR supports",
                ),
                (
                    "European Union leaders agreed early on Friday to lend Ukraine 90 billion \
                     euros.",
                    "EU supports UKR",
                    "UKR supports",
                ),
                // Approved as prime minister by a state's parliament.
                (
                    "Ukraine's parliament approved Yulia Svyrydenko as prime minister on \
                     Thursday.",
                    "yulia-svyrydenko official_of UKR [prime minister]",
                    "status=",
                ),
                // A warning of what another's attack would bring threatens nobody; strikes
                // that "would begin" are to come.
                (
                    "Mette Frederiksen warned that a U.S. attack on a NATO ally would mean the \
                     end of everything.",
                    "",
                    "threatens USA",
                ),
                (
                    "Trump said on Wednesday that strikes on land targets in Venezuela would \
                     begin very soon.",
                    "USA attacks VEN [-] @- 2025-11-19 +expected",
                    "=USA attacks VEN [-] @- 2025-11-19",
                ),
                // A body joined to "the five" states before a pairwise verb.
                (
                    "The European Union and the five Central Asian states agreed on Friday to \
                     establish a strategic partnership.",
                    "EU agreed_with KAZ",
                    "KAZ agreed_with KGZ",
                ),
                // Sanctions on a named lawmaker of a state are on the person.
                (
                    "China announced sanctions on Japanese upper house lawmaker Seki Hei.",
                    "CHN sanctions seki-hei",
                    "CHN sanctions JPN",
                ),
                // A threat someone is accused of is a charge.
                (
                    "China's envoy Fu Cong wrote to Guterres, accusing Japan of threatening the \
                     use of force over Taiwan.",
                    "",
                    "JPN threatens",
                ),
                // "since taking office in 2022" dates no visit.
                (
                    "Rabuka arrived in New Delhi on Monday on his first official visit to India \
                     since taking office in 2022.",
                    "sitiveni-rabuka visited IND [-] @new-delhi 2025-11-17",
                    "2022",
                ),
                // A strike carried out against a state; a rotating presidency before the
                // body's name; a joint statement backing a state.
                (
                    "The United States has carried out a large scale strike against Venezuela.",
                    "USA attacks VEN",
                    "VEN attacks",
                ),
                (
                    "Brazil holds the rotating BRICS presidency this year.",
                    "BRA leads BRICS",
                    "BRICS leads",
                ),
                (
                    "Macron and German Chancellor Friedrich Merz issued a joint statement \
                     backing Denmark.",
                    "DEU supports DNK",
                    "DNK supports",
                ),
                // Admitted as a member of a body; joined a body as partners; a state
                // provided with boats and radar.
                (
                    "Southeast Asian leaders admitted Timor-Leste as the 11th member of ASEAN \
                     on Sunday.",
                    "TLS member_of ASEAN",
                    "candidate_for",
                ),
                (
                    "Malaysia and Thailand joined BRICS as partner countries.",
                    "MYS partner_of BRICS",
                    "member_of",
                ),
                (
                    "Japan will provide the Philippines with additional coastal radar and \
                     patrol boats.",
                    "JPN supports PHL",
                    "PHL supports",
                ),
                // A body that is an envoy's posting is not the actor; a judge's title is
                // no part of the name.
                (
                    "China's ambassador to the United Nations, Fu Cong, has written to \
                     Secretary-General Antonio Guterres, accusing Tokyo of a serious violation \
                     of international law.",
                    "fu-cong official_of CHN",
                    "UN criticises",
                ),
                (
                    "ICJ President Judge Iwasawa Yuji read out the ruling.",
                    "iwasawa-yuji official_of ICJ",
                    "judge-",
                ),
                // Language that would commit an alliance; support in question; a warning
                // of what might be.
                (
                    "NATO leaders met in The Hague on Tuesday. Hungary and Slovakia have \
                     opposed any language that would commit the alliance to supporting \
                     Ukraine's membership.",
                    "",
                    "supports UKR",
                ),
                (
                    "Chile's support for Bachelet has been in question since Kast took \
                     office.",
                    "",
                    "supports",
                ),
                (
                    "Macron warned that the G20 might be coming to the end of a cycle.",
                    "",
                    "threatens",
                ),
                // Conditions met are no meeting; a meeting called necessary is none yet.
                (
                    "Ukraine and Moldova have met the conditions to open the first clusters.",
                    "",
                    "met_with",
                ),
                (
                    "The Kremlin said a meeting between Putin and Trump was necessary but \
                     would require careful preparation.",
                    "",
                    "vladimir-putin met_with",
                ),
                // A tour wrapped up in a state, and a stop in a capital, are visits.
                (
                    "President Donald Trump wrapped up a four-day Gulf tour in the United Arab \
                     Emirates on Friday.",
                    "donald-trump visited ARE",
                    "visited USA",
                ),
                (
                    "Trump had earlier stopped in Riyadh.",
                    "donald-trump visited SAU",
                    "met_with",
                ),
                // A state that continues to block another's progress opposes it.
                (
                    "Hungary continues to block Ukraine's progress towards the EU.",
                    "HUN opposes UKR",
                    "UKR opposes",
                ),
                (
                    "Ahead of Xi's visit to Moscow in March 2023, the ICC issued a warrant for \
                     Putin.",
                    "xi-jinping visited RUS [-] @moscow 2023-03",
                    "+expected",
                ),
            ],
        );
    }

    #[test]
    fn what_the_fiftieth_and_fifty_first_reviews_found() {
        // A rotating chair handed on (in July 2024, when Lacalle Pou was president).
        assert_cases(
            "2024-07-09",
            &[(
                "Paraguay's Santiago Pena handed the rotating presidency of Mercosur to \
                 Uruguay's Luis Lacalle Pou.",
                "URY leads MERCOSUR",
                "PRY leads",
            )],
        );
        assert_cases(
            "2025-09-10",
            &[
                // An attack named by its actor's possessive is what "the strike" means
                // next; a pronoun's guessed referent is not.
                (
                    "Qatar condemned Israel's air strike on Hamas leaders in Doha on Tuesday. \
                     The United Arab Emirates, Saudi Arabia and Egypt also criticised the \
                     strike.",
                    "SAU criticises ISR",
                    "criticises QAT",
                ),
                (
                    "Iran said it would stop provided that the Israeli regime stops its \
                     illegal aggression. Egypt criticised the attacks.",
                    "",
                    "EGY criticises IRN",
                ),
                // The one bloc a sentence names is what "joined" means, before one of
                // the sentence before.
                (
                    "Indonesia is also seeking to join the OECD. Indonesia becomes the tenth \
                     member of BRICS, after Egypt, Ethiopia, Iran and the United Arab \
                     Emirates joined last year.",
                    "EGY member_of BRICS [-] @- 2024",
                    "EGY member_of OECD",
                ),
                // A place where someone was put is no traveller; a possessive there is
                // still an actor.
                (
                    "Five Americans who had been detained in Iran landed in Doha on Monday \
                     in a prisoner exchange.",
                    "",
                    "IRN visited",
                ),
                (
                    "Washington was not involved in Israel's strikes on Iran, Secretary of \
                     State Marco Rubio said.",
                    "ISR attacks IRN",
                    "USA attacks",
                ),
                // The object of "talks with" is not who "was received by" the King.
                (
                    "Zelensky made a surprise visit to London on Wednesday. He held talks \
                     with Prime Minister Rishi Sunak in Downing Street and was received by \
                     King Charles III at Buckingham Palace.",
                    "volodymyr-zelensky met_with rishi-sunak",
                    "rishi-sunak met_with charles-iii",
                ),
                // The attack a sentence tells first is its own; one it gives as the
                // reason is not what "the strike" means next.
                (
                    "Iran fired 14 missiles at the base on Monday evening in what it called \
                     retaliation for Sunday's U.S. strikes on its nuclear facilities. \
                     Qatar's foreign ministry called the strike a flagrant violation of its \
                     sovereignty.",
                    "QAT criticises IRN",
                    "QAT criticises USA",
                ),
                // "him" after another's verb is the sentence's subject, not an object;
                // "he" after an agent of a passive clause is the subject too.
                (
                    "Mahama met General Assimi Goita in Bamako on Saturday before travelling \
                     to Ouagadougou, where Captain Ibrahim Traore received him.",
                    "ibrahim-traore met_with john-mahama",
                    "ibrahim-traore met_with assimi-goita",
                ),
                (
                    "To Lam, who is accompanied by Foreign Minister Bui Thanh Son, will \
                     travel on to Singapore on Wednesday, where he is expected to meet \
                     Prime Minister Lawrence Wong.",
                    "to-lam visited SGP [-] @- 2025-09-10 +expected",
                    "met_with",
                ),
                (
                    "Zelensky arrived in Britain. Britain's Keir Starmer hosted him in London \
                     on Saturday, and King Charles received him at Sandringham on Sunday.",
                    "charles met_with volodymyr-zelensky",
                    "met_with keir-starmer",
                ),
                // Observers are not the sides "each side" means.
                (
                    "Thailand and Cambodia agreed on Monday to a ceasefire. The deal was \
                     reached at talks in Putrajaya, with US and Chinese diplomats present as \
                     observers. Each side accused the other of firing first.",
                    "THA criticises KHM",
                    "USA criticises CHN",
                ),
                // A person named with descriptors after a verb is its object, not the
                // subject of a verb coordinated after it; a pair of them is a subject.
                (
                    "Paetongtarn Shinawatra apologised after a leaked phone call in which she \
                     called Cambodia's Senate president Hun Sen \"uncle\" and criticised a Thai \
                     army commander.",
                    "hun-sen official_of KHM",
                    "KHM criticises THA",
                ),
                (
                    "Trump watched Thai Prime Minister Anutin Charnvirakul and Cambodian Prime \
                     Minister Hun Manet sign an expanded ceasefire agreement.",
                    "THA agreed_with KHM",
                    "met_with",
                ),
                // What a deal "would see" is no fact.
                (
                    "He spoke about the talks brokered by Washington, which would see Saudi \
                     Arabia recognise Israel in exchange for U.S. security guarantees.",
                    "",
                    "SAU supports ISR",
                ),
                // Measures against a state in other words than "sanctions".
                (
                    "The United States has declared South Africa's ambassador, Ebrahim \
                     Rasool, persona non grata.",
                    "USA sanctions ZAF",
                    "ZAF sanctions",
                ),
                (
                    "Islamabad retaliated by closing its airspace to Indian airlines.",
                    "PAK sanctions IND",
                    "IND sanctions",
                ),
                (
                    "Cambodia said on Monday it would stop importing Thai fuel, gas, fruit and \
                     vegetables.",
                    "KHM sanctions THA [-] @- - +expected",
                    "THA sanctions",
                ),
                (
                    "Saudi Arabia, the UAE and Bahrain cut diplomatic and trade ties with Qatar \
                     in June 2017.",
                    "BHR sanctions QAT [-] @- 2017-06",
                    "QAT sanctions",
                ),
                // A rotating chair held "currently", or given by election.
                (
                    "Leaders of the BRICS group met in Rio. Putin, who is the subject of an \
                     International Criminal Court arrest warrant, took part by video link. \
                     Brazil hands over the chairmanship to India next year.",
                    "IND leads BRICS",
                    "leads ICC",
                ),
                (
                    "Thailand currently chairs BIMSTEC. Nigeria's Bola Tinubu was re-elected \
                     chairman of ECOWAS.",
                    "bola-tinubu leads ECOWAS",
                    "NGA leads",
                ),
                (
                    "Kaja Kallas now heads the European Union's diplomatic service.",
                    "",
                    "leads EU",
                ),
                // Meetings told as a summit held with someone, or a signing witnessed
                // together; a meeting not held is denied.
                (
                    "Ferdinand Marcos Jr held a trilateral summit at the White House with US \
                     President Joe Biden and Japanese Prime Minister Fumio Kishida.",
                    "ferdinand-marcos-jr met_with fumio-kishida [-] @washington",
                    "!neg",
                ),
                (
                    "Modi did not hold a bilateral meeting with Chinese Premier Li Qiang.",
                    "narendra-modi met_with li-qiang [-] @- - !neg",
                    "=narendra-modi met_with li-qiang [-] @- -",
                ),
                (
                    "Prime Ministers Lawrence Wong and Anwar Ibrahim witnessed the signing at \
                     the Leaders' Retreat in Putrajaya.",
                    "lawrence-wong met_with anwar-ibrahim",
                    "!neg",
                ),
                (
                    "The European Union agreed to hold a summit with China in Beijing in July.",
                    "",
                    "EU met_with CHN [-] @beijing -",
                ),
                // An office in a relative clause of the present, or with two words before
                // the role.
                (
                    "Mauro Vieira, who has been Brazil's foreign minister since January 2023, \
                     spoke. Yuri Ushakov, a Kremlin foreign policy aide, said so. Kaja Kallas, \
                     who was Estonia's prime minister from 2021 to 2024, spoke.",
                    "yuri-ushakov official_of RUS [aide]",
                    "kaja-kallas official_of EST",
                ),
                // An appointee described in apposition, and the state before the office.
                (
                    "Erdogan has named Hakan Fidan, his long-serving intelligence chief, as \
                     Turkey's new foreign minister.",
                    "hakan-fidan official_of TUR [foreign minister]",
                    "recep-tayyip-erdogan official_of TUR [foreign minister]",
                ),
                // Stances: a feud of the present perfect or with an adverb, estrangement,
                // new judging words, a deployment criticised.
                (
                    "Addis Ababa, which has been at odds with Cairo over its Nile dam, \
                     objected. Qatar, which had been at odds with Saudi Arabia until 2021, \
                     hosted the meeting.",
                    "ETH at_odds_with EGY",
                    "QAT at_odds_with SAU",
                ),
                (
                    "Burkina Faso is also at loggerheads with Cote d'Ivoire. Eritrea and \
                     Ethiopia have also grown estranged.",
                    "ERI at_odds_with ETH",
                    "BFA at_odds_with ERI",
                ),
                (
                    "Ukraine's foreign ministry called Mali's decision short-sighted and \
                     hasty.",
                    "UKR criticises MLI",
                    "MLI criticises",
                ),
                (
                    "China's foreign ministry on Thursday criticised the deployment of a US \
                     Typhon missile system to the Philippines.",
                    "CHN criticises USA",
                    "criticises PHL",
                ),
                // Visits told as a delegation led somewhere or a place made a tour's stop.
                (
                    "Christopher Landau led the U.S. delegation to the inauguration in La Paz. \
                     Prabowo Subianto made Beijing the first stop on his maiden overseas trip.",
                    "prabowo-subianto visited CHN",
                    "visited USA",
                ),
                (
                    "Christopher Landau led the U.S. delegation to the inauguration in La Paz.",
                    "christopher-landau visited BOL",
                    "met_with",
                ),
                // A journey to come, told as the aim of a verb; not a wish or a visa.
                (
                    "Ursula von der Leyen is expected to travel to Israel on Friday.",
                    "ursula-von-der-leyen visited ISR [-] @- 2025-09-12 +expected",
                    "!neg",
                ),
                (
                    "Zelensky said he would be happy to visit India. Abbas spoke by video \
                     after the State Department refused to grant him a visa to travel to New \
                     York.",
                    "",
                    "visited",
                ),
                (
                    "Xi and Putin held four and a half hours of informal talks in the Kremlin \
                     on Monday evening.",
                    "xi-jinping met_with vladimir-putin [-] @moscow",
                    "!neg",
                ),
                // A wish or a past plan is no meeting; "several" of two groups picks some
                // of their members, not all; an organisation attacked in words, or by a
                // guessed "its", is no attack.
                (
                    "Trump said he would like to meet Kim Jong Un this year. Zelensky said he \
                     planned to meet Xi Jinping.",
                    "",
                    "met_with",
                ),
                (
                    "The prime ministers of several Nordic and Baltic countries travelled to \
                     Kyiv on Tuesday.",
                    "",
                    "visited UKR",
                ),
                (
                    "In his speech, Trump also attacked the United Nations. The Group of Seven \
                     condemned Russia's use of North Korean troops in its war against Ukraine.",
                    "G7 criticises RUS",
                    "attacks",
                ),
                // Japanese names in Japanese order are the known persons.
                (
                    "Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, visited Manila. \
                     Li Qiang will not meet Takaichi Sanae at the summit.",
                    "takeshi-iwaya visited PHL",
                    "iwaya-takeshi",
                ),
                // An attack whose target follows a participle; an import ban; a bloc
                // that grew; a judgement in negative words.
                (
                    "Russia launched one of its largest air attacks of the war on Monday, \
                     firing more than 100 missiles and a similar number of drones at cities \
                     across Ukraine.",
                    "RUS attacks UKR",
                    "UKR attacks",
                ),
                (
                    "Japan began releasing treated water on Thursday, prompting China to \
                     impose a blanket ban on all seafood imports from Japan.",
                    "CHN sanctions JPN",
                    "JPN sanctions",
                ),
                (
                    "BRICS met in Kazan. The summit was the first since the bloc expanded to \
                     include Iran, Egypt, Ethiopia and the United Arab Emirates.",
                    "ETH member_of BRICS",
                    "RUS member_of",
                ),
                (
                    "U.S. Vice President JD Vance said Europe was weak. German Defence \
                     Minister Boris Pistorius called the remarks not acceptable.",
                    "DEU criticises USA [-] @- -",
                    "!neg",
                ),
                // "since" a time names the visit before, not this one.
                (
                    "Iwaya, who arrived in Beijing on Tuesday, is the first Japanese foreign \
                     minister to visit China since April 2023.",
                    "takeshi-iwaya visited CHN",
                    "2023-04",
                ),
                // "the only EU and NATO member" is a member of both; "became the first EU
                // member to take the step" dates the step, not the membership.
                (
                    "Hungary is the only EU and NATO member whose leader has visited Putin. In \
                     2014, Sweden became the first EU member in Western Europe to take the \
                     step.",
                    "HUN member_of NATO",
                    "SWE member_of EU",
                ),
                // A journey on to come, and days of talks.
                (
                    "Putin is due to fly on to Hanoi on Thursday.",
                    "vladimir-putin visited VNM [-] @hanoi 2025-09-11 +expected",
                    "!neg",
                ),
                (
                    "Wang Yi arrived in Washington on Thursday for three days of talks with \
                     Secretary of State Antony Blinken.",
                    "wang-yi met_with antony-blinken",
                    "!neg",
                ),
                // A host to come.
                (
                    "Erdogan said he would welcome Sisi in Ankara in the coming months.",
                    "abdel-fattah-el-sisi visited TUR [-] @ankara - +expected",
                    "=abdel-fattah-el-sisi visited TUR [-] @ankara -",
                ),
                // An application with an adverb, a partnership with adjectives, support
                // beside solidarity.
                (
                    "Thailand has also applied to join BRICS. India became a comprehensive \
                     strategic partner of ASEAN in 2022. G7 leaders expressed full solidarity \
                     and support for Israel.",
                    "IND partner_of ASEAN [-] @- 2022",
                    "member_of",
                ),
                (
                    "Thailand has also applied to join BRICS.",
                    "THA candidate_for BRICS",
                    "member_of",
                ),
                (
                    "G7 leaders expressed full solidarity and support for Israel.",
                    "G7 supports ISR",
                    "!neg",
                ),
                // A price said, not warned.
                (
                    "Netanyahu said Iran had made a big mistake and will pay for it.",
                    "ISR threatens IRN",
                    "IRN threatens",
                ),
            ],
        );
    }

    #[test]
    fn an_official_is_not_read_as_acting_against_their_own_country() {
        let facts = facts_of(
            "Trump threatened tariffs on Colombia, prompting President Gustavo Petro to warn \
             that Colombia would respond.",
        );
        assert!(
            !facts
                .iter()
                .any(|fact| fact.starts_with("gustavo-petro threatens COL")),
            "{facts:?}"
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn any_text_or_markup_extracts_without_panicking(
            text in "(\\PC|[<>&;\"'’“”—\\n.?!]| Russia| China| SCO| the two sides| its| <p>| </div>){0,200}",
            html in any::<bool>(),
        ) {
            let extraction = extract_article(&article(&text, html), &KNOWLEDGE);
            let length = text.chars().count() as u32;
            for fact in extraction.facts {
                prop_assert!(fact.evidence.start <= fact.evidence.end && fact.evidence.end <= length);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]
        /// Word salad of what linking and the rules react to, in any order: every
        /// look-ahead and look-behind meets the ends of sentences.
        #[test]
        fn any_sequence_of_cue_words_extracts_without_panicking(
            words in proptest::collection::vec(proptest::sample::select(vec![
                " the", " The", " government", " junta", " of", " in", " Russia", " China",
                " Mali", " and", ",", ".", "?", " Lavrov", " Foreign Minister", " his",
                " government", " the Gulf state", " along", " with", " on", " Ukrainian",
                " port", " said", " by", " condemned", " drawing criticism from", " its",
                " the two sides", " the bloc", " SCO", " met", " joined", " 's", " \"",
                " President", " Xi Jinping", " counterpart", " to", " after", " accusing",
            ]), 0..60),
        ) {
            let text: String = words.concat();
            let extraction = extract_article(&article(&text, false), &KNOWLEDGE);
            let length = text.chars().count() as u32;
            for fact in extraction.facts {
                prop_assert!(fact.evidence.end <= length);
            }
        }
    }
}
