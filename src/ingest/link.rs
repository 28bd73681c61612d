//! Linking: decides what each mention of a sentence refers to, using the article as
//! context — ambiguous names resolved by an unambiguous mention elsewhere in the article,
//! capitals and seats of government standing for their country, persons introduced once
//! and mentioned again by surname, "the two sides" as the pair in focus, "the bloc" as
//! the organisation in focus, "its" as the nearest actor, "the attack" as the aggressor.
//! It turns the sentence into a line of lower-case words and typed slots that the rules
//! match.

use super::cues::{CueSet, Cues};
use super::gazetteer::{Form, Gazetteer, slug};
use super::recognise::{Mention, Raw, name_parts};
use super::{HashMap, HashSet};
use crate::model::{Entity, EntityKind};
use std::sync::Arc;

/// Slot delimiters in rendered sentences: control characters, which cleaning removes from
/// text, so they can never be forged by an article.
pub const SLOT_START: char = '\u{1}';
pub const SLOT_END: char = '\u{2}';

/// The placeholder role of "his counterpart", replaced by the role of the person met.
pub const COUNTERPART: &str = "counterpart";

/// A resolved mention, as the rules see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Slot {
    /// c country, o organisation, g group, p person, l capital standing for its country,
    /// s seat of government, d country adjective, r role, x a place where something
    /// happened, L a list of actors.
    pub kind: char,
    /// Entity ids (several for a list).
    pub entities: Vec<String>,
    /// The place id, for capitals.
    pub place: Option<String>,
    /// The role name, for roles.
    pub role: Option<String>,
    /// The slot was resolved from a referring phrase (lower confidence).
    pub anaphoric: bool,
    /// The slot stands for what its entities said ("the remarks"): a reaction to it is a
    /// stance towards them, but rejecting it is no opposition.
    pub said: bool,
    /// The slot stands for what its entities did ("the move", "the strike"): no party to
    /// a meeting or an accord.
    pub act: bool,
}

/// Words after which an actor opens a clause, and so is its subject.
const CLAUSE_OPENERS: &[&str] = &[
    "since", "after", "before", "when", "while", "as", "because", "that", "and", "but", "said",
    "says", "if", "although", "though", "until", "once", "whereas", "where",
];

/// One item of a linked sentence.
#[derive(Debug, Clone, PartialEq)]
pub enum Item<'a> {
    Word(&'a str),
    Slot(usize),
}

/// A sentence ready for the rules.
#[derive(Debug, Clone, Default)]
pub struct Linked<'a> {
    pub items: Vec<Item<'a>>,
    pub slots: Vec<Slot>,
    /// Where the sentence says things happened (a place id).
    pub location: Option<String>,
}

/// The sentences of an article's lede, whose act later sentences may call "the decision"
/// up to `LEDE_ACT_REACH` sentences on.
const LEDE_SENTENCES: usize = 3;
const LEDE_ACT_REACH: usize = 12;

/// What the article has established so far.
#[derive(Debug, Default)]
pub struct Context {
    /// Every entity any slot referred to.
    pub entities: HashMap<String, Arc<Entity>>,
    /// Folded name parts of persons met so far.
    pub people: HashMap<String, String>,
    recent_persons: Vec<String>,
    /// The persons of the latest sentence that named any, in order: a sentence-initial
    /// "he" after "Trump spoke with Putin." is Trump, the subject, not the nearest name.
    previous_persons: Vec<String>,
    /// The first two persons of the latest sentence that named two: the pair a later
    /// "the two leaders" means ("A held talks with B, a day after meeting C").
    person_pair: Option<[String; 2]>,
    pair: Option<[String; 2]>,
    /// The two persons of the latest meeting the article reports, and how many sentences
    /// ago: "the two sides" right after it means their states.
    met_pair: Option<[String; 2]>,
    met_pair_age: u32,
    /// All persons of the latest meeting the article reports (two or more), and how many
    /// sentences ago: what "the leaders" opening a sentence means.
    met_group: Vec<String>,
    met_group_age: u32,
    /// Lists of three or more countries, latest last: what "the three countries" means.
    lists: Vec<Vec<String>>,
    /// The countries of a list that was the subject of the latest sentence with an actor:
    /// what "they" means.
    subject_list: Option<Vec<String>>,
    organisation: Option<String>,
    /// The latest organisation in focus that is a bloc, not an institution.
    bloc: Option<String>,
    /// Organisations named so far, latest last ("the council", "the court").
    recent_organisations: Vec<String>,
    pub aggressor: Option<Vec<String>>,
    pub last_actor: Option<String>,
    /// Gazetteer entities the article names unambiguously (for ambiguous names).
    pub plain_mentions: HashSet<usize>,
    /// Countries named so far, latest last (what "the Gulf state" may mean).
    recent_countries: Vec<String>,
    /// Who did the latest act the article reports of each kind (`ActKind`: "the arrest",
    /// "the drills", "the tariffs"), and the kind of the latest ("the move").
    last_act: [Option<Vec<String>>; 3],
    last_act_kind: ActKind,
    /// Sentences since the latest act was told, and whether the lede told it.
    last_act_age: usize,
    last_act_of_lede: bool,
    /// Who spoke in the latest sentences ("the remarks").
    last_speaker: Option<Vec<String>>,
    /// The country each person serves, as the article has stated it ("his government").
    pub person_country: HashMap<String, String>,
    /// The persons the article has named in each role ("the foreign secretary" later
    /// means the one it introduced as such).
    pub role_holders: HashMap<String, Vec<String>>,
    /// Persons the article introduces as holding no office that speaks for a state
    /// ("presidential candidate", "opposition leader").
    pub unofficial: HashSet<String>,
    /// Persons introduced as about to take an office ("Incoming Chancellor Friedrich
    /// Merz", "President-elect ..."): the office is theirs with status `incoming`, and
    /// they do not yet speak for the state.
    pub incoming: HashSet<String>,
    /// Persons introduced as holding an office for the time being ("Acting President Choi
    /// Sang-mok", "interim leader"): the office is theirs with that word as its status.
    pub acting: HashMap<String, String>,
    /// The publication month, for the offices of known officials.
    pub when: Option<crate::ingest::gazetteer::Period>,
    /// Sentences since one named an armed group ("rebels", "Hamas"); `None` before any.
    armed_group_age: Option<u8>,
    /// Whether the sentence before this one named an armed group.
    armed_group_in_last: bool,
}

impl Context {
    /// The organisation in focus ("the bloc").
    pub fn organisation(&self) -> Option<String> {
        self.organisation.clone()
    }

    /// The latest organisation named that is no institution (see `Cues::institutions`).
    pub fn bloc(&self) -> Option<&str> {
        self.bloc.as_deref()
    }

    /// Notes whether the sentence about to be linked names an armed group: there and in
    /// the next two sentences, "the group" means that group, not the organisation in focus
    /// ("The Houthis said they had sunk ... The European Union's naval mission said ...
    /// The US embassy accused the group").
    pub fn note_armed_group(&mut self, named: bool) {
        self.armed_group_in_last = self.armed_group_age == Some(0);
        self.armed_group_age = if named {
            Some(0)
        } else {
            self.armed_group_age.map(|age| age.saturating_add(1))
        };
    }

    /// Whether this sentence or one of the two before named an armed group.
    fn armed_group_near(&self) -> bool {
        self.armed_group_age.is_some_and(|age| age <= 2)
    }

    /// Records the two persons of a meeting the sentence just read reports.
    pub fn note_meeting(&mut self, first: &str, second: &str) {
        self.met_pair = Some([first.to_string(), second.to_string()]);
        self.met_pair_age = 0;
    }

    /// Records all persons of a meeting the sentence just read reports.
    pub fn note_meeting_group(&mut self, persons: Vec<String>) {
        self.met_group = persons;
        self.met_group_age = 0;
    }

    /// The first person the sentence before named: the subject a "his" opening this one
    /// most often means.
    pub fn previous_subject(&self) -> Option<&String> {
        self.previous_persons.first()
    }

    /// Records who did an act the article reports in the sentence of that number, and its
    /// kind, for a later "the move", "the drills" or "the tariffs".
    pub fn set_last_act(&mut self, actors: Vec<String>, kind: ActKind, sentence: usize) {
        self.last_act[kind as usize] = Some(actors);
        self.last_act_kind = kind;
        self.last_act_age = 0;
        self.last_act_of_lede = sentence < LEDE_SENTENCES;
    }

    /// Called once per sentence: forgets the latest act when it is too far back for "the
    /// move" to mean it, three sentences, or `LEDE_ACT_REACH` for an act of the lede
    /// (reactions to the news come paragraphs after it).
    pub fn age_last_act(&mut self) {
        self.last_act_age += 1;
        let reach = if self.last_act_of_lede {
            LEDE_ACT_REACH
        } else {
            3
        };
        if self.last_act_age > reach {
            self.last_act = [None, None, None];
        }
    }

    /// Records who spoke, for a later "the remarks"; `None` forgets an earlier speaker.
    pub fn set_last_speaker(&mut self, speakers: Option<Vec<String>>) {
        self.last_speaker = speakers;
    }

    /// Whether an entity the article has named is a country.
    pub fn is_country(&self, id: &str) -> bool {
        self.entities
            .get(id)
            .is_some_and(|entity| entity.kind == EntityKind::Country)
    }

    fn remember(&mut self, entity: Entity) -> String {
        let id = entity.id.clone();
        self.entities
            .entry(id.clone())
            .or_insert_with(|| Arc::new(entity));
        id
    }

    /// Makes known the states the persons of a linked sentence serve, as the gazetteer
    /// says, so that a fact may name one the sentence does not ("Ruto appointed Musalia
    /// Mudavadi as foreign minister" is Kenya's appointment).
    pub fn remember_states_of_persons(&mut self, linked: &Linked<'_>, gazetteer: &Gazetteer) {
        for slot in linked.slots.iter().filter(|slot| slot.kind == 'p') {
            for person in &slot.entities {
                if let Some(state) = gazetteer
                    .index_of(person)
                    .and_then(|index| gazetteer.state_served(index, self.when))
                {
                    self.remember_gazetteer(gazetteer, state);
                }
            }
        }
    }

    /// Makes a gazetteer entity the sentence did not name known to the article by its id
    /// (the body an institution belongs to); an id the gazetteer lacks is passed over.
    pub fn remember_id(&mut self, gazetteer: &Gazetteer, id: &str) {
        if let Some(index) = gazetteer.index_of(id) {
            self.remember_gazetteer(gazetteer, index);
        }
    }

    fn remember_gazetteer(&mut self, gazetteer: &Gazetteer, index: usize) -> String {
        let entity = gazetteer.entity(index);
        if !self.entities.contains_key(&entity.id) {
            self.entities
                .insert(entity.id.clone(), gazetteer.shared_entity(index));
        }
        entity.id.clone()
    }

    fn introduce_person(&mut self, id: &str, name: &str) {
        for part in name_parts(name) {
            self.people.entry(part).or_insert_with(|| id.to_string());
        }
    }
}

fn kind_letter(kind: EntityKind) -> char {
    match kind {
        EntityKind::Country => 'c',
        EntityKind::Organisation => 'o',
        EntityKind::Person => 'p',
        EntityKind::Place => 'x',
        EntityKind::Group => 'g',
    }
}

/// Whether a slot kind can take part in a relation as an actor.
pub fn is_actor(kind: char) -> bool {
    matches!(kind, 'c' | 'o' | 'g' | 'p' | 'l' | 's' | 'L')
}

/// Links one sentence.
pub fn link<'a>(
    words: &[&str],
    folded: &[&'a str],
    mentions: &[Mention],
    gazetteer: &Gazetteer,
    cues: &Cues,
    context: &mut Context,
) -> Linked<'a> {
    let mut linked = Linked::default();
    context.met_pair_age = context.met_pair_age.saturating_add(1);
    context.met_group_age = context.met_group_age.saturating_add(1);
    let mut at = 0;
    let mut mention_iter = mentions.iter().peekable();
    while at < words.len() {
        if let Some(mention) = mention_iter.next_if(|mention| mention.tokens.start == at) {
            at = mention.tokens.end;
            let armed_group = mention.raw == Raw::Organisation
                && context.armed_group_near()
                && folded[mention.tokens.clone()].last() == Some(&"group");
            let resolved = if armed_group {
                Resolved::Words
            } else {
                resolve(
                    mention,
                    &folded[mention.tokens.clone()],
                    folded.get(mention.tokens.end).copied(),
                    gazetteer,
                    cues,
                    context,
                    &linked,
                )
            };
            match resolved {
                Resolved::Slot(slot) => {
                    if slot.kind == 'p'
                        && let [person] = &slot.entities[..]
                    {
                        if unofficial_before(&linked, &cues.unofficial) {
                            context.unofficial.insert(person.clone());
                        } else if unofficial_before(&linked, &cues.incoming) {
                            context.incoming.insert(person.clone());
                        } else if let Some(word) =
                            cue_word_before(&linked, &cues.acting, &["'s", "the"])
                        {
                            context.acting.insert(person.clone(), word.to_string());
                        }
                    }
                    linked.slots.push(slot);
                    linked.items.push(Item::Slot(linked.slots.len() - 1));
                }
                Resolved::Possessive(slot) => {
                    linked.slots.push(slot);
                    linked.items.push(Item::Slot(linked.slots.len() - 1));
                    linked.items.push(Item::Word("'s"));
                }
                Resolved::Relative(slot) => {
                    linked.items.push(Item::Word("whose"));
                    linked.slots.push(slot);
                    linked.items.push(Item::Slot(linked.slots.len() - 1));
                }
                Resolved::Words => {
                    for word in &folded[mention.tokens.clone()] {
                        linked.items.push(Item::Word(word));
                    }
                }
            }
            continue;
        }
        // Skip mentions that overlap what was already consumed.
        while mention_iter
            .next_if(|mention| mention.tokens.start < at)
            .is_some()
        {}
        linked.items.push(Item::Word(folded[at]));
        at += 1;
    }
    definite_roles(&mut linked, context);
    // "the United States": the article carries nothing the rules need, and dropping it
    // lets "India, the UAE and the EU" read as one list.
    let mut kept = Vec::with_capacity(linked.items.len());
    for (position, item) in linked.items.iter().enumerate() {
        let before_slot = matches!(linked.items.get(position + 1), Some(Item::Slot(_)));
        if !(before_slot && matches!(item, Item::Word(word) if *word == "the")) {
            kept.push(item.clone());
        }
    }
    linked.items = kept;
    name_adjective_capitals(&mut linked, gazetteer, context);
    drop_parenthetical_acronyms(&mut linked);
    drop_scare_quotes(&mut linked);
    close_role_appositions(&mut linked);
    drop_governing_nouns(&mut linked, cues, context);
    name_described_organisations(&mut linked, cues);
    drop_organisation_descriptions(&mut linked, cues);
    adjectives_as_actors(
        &mut linked,
        &cues.adjective_actors,
        &cues.weapons,
        &cues.target_places,
    );
    mark_locations(&mut linked);
    group_lists(&mut linked);
    examples_as_subject(&mut linked);
    join_along_with(&mut linked, context);
    update_focus(&linked, cues, context);
    remember_coordinated_persons(&linked, context);
    linked
}

/// Whether the item at `position` names a body as an example or as what another counters
/// ("the group was conceived as a counterweight to Western-dominated institutions such as
/// the G7; South Africa joined a year later"): such a body is not the one in focus.
pub fn named_as_example(items: &[Item<'_>], position: usize) -> bool {
    position >= 2
        && (word_is(items, position - 1, &["as"]) && word_is(items, position - 2, &["such"])
            || word_is(items, position - 1, &["to"])
                && word_is(
                    items,
                    position - 2,
                    &[
                        "counterweight",
                        "counterbalance",
                        "alternative",
                        "rival",
                        "answer",
                    ],
                ))
}

/// "Several European countries, including Germany, France and Britain, summoned Russian
/// ambassadors": states named as examples of an unnamed group that opens the sentence act
/// for it, so the group and "including" are dropped and the states become the subject
/// ("Germany, France and Britain summoned ...").
fn examples_as_subject(linked: &mut Linked<'_>) {
    const GROUPS: &[&str] = &[
        "countries",
        "states",
        "nations",
        "governments",
        "allies",
        "capitals",
        "partners",
        "democracies",
        "neighbours",
        "neighbors",
        "powers",
        "signatories",
        "donors",
    ];
    let Some(comma) = linked
        .items
        .iter()
        .position(|item| *item == Item::Word(","))
    else {
        return;
    };
    if !(1..=7).contains(&comma)
        || !linked.items[..comma]
            .iter()
            .all(|item| matches!(item, Item::Word(word) if word.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')))
        || !matches!(linked.items[comma - 1], Item::Word(word) if GROUPS.contains(&word))
        // ("Several member states, including the Netherlands," names members of the body
        // in focus, which the membership rules read.)
        || linked.items[..comma].contains(&Item::Word("member"))
    {
        return;
    }
    // "including", "notably", "among them", "such as".
    let lead = match (linked.items.get(comma + 1), linked.items.get(comma + 2)) {
        (Some(Item::Word("including" | "notably")), _) => 1,
        (Some(Item::Word("among")), Some(Item::Word("them")))
        | (Some(Item::Word("such")), Some(Item::Word("as"))) => 2,
        _ => return,
    };
    let (Some(Item::Slot(index)), Some(Item::Word(","))) = (
        linked.items.get(comma + 1 + lead),
        linked.items.get(comma + 2 + lead),
    ) else {
        return;
    };
    if !matches!(linked.slots[*index].kind, 'c' | 'L') {
        return;
    }
    linked.items.drain(comma + 2 + lead..comma + 3 + lead);
    linked.items.drain(..comma + 1 + lead);
}

/// "The foreign secretary also met Ding Xuexiang": a role with the definite article and
/// no name is the one person the article has named in that role. "The Iranian minister":
/// an adjective of a state narrows it to the holders who serve that state.
fn definite_roles(linked: &mut Linked<'_>, context: &Context) {
    for at in 1..linked.items.len() {
        let Item::Slot(index) = linked.items[at] else {
            continue;
        };
        if linked.slots[index].kind != 'r' {
            continue;
        }
        let state = match (
            &linked.items[at - 1],
            at.checked_sub(2).map(|at| &linked.items[at]),
        ) {
            (Item::Word("the"), _) => None,
            (Item::Slot(adjective), Some(Item::Word("the")))
                if linked.slots[*adjective].kind == 'd'
                    && linked.slots[*adjective].entities.len() == 1 =>
            {
                Some(linked.slots[*adjective].entities[0].clone())
            }
            _ => continue,
        };
        // Not when the role introduces or qualifies a name: "the foreign minister, Wang
        // Yi,", "the president of France".
        let introduces = match linked.items.get(at + 1) {
            Some(Item::Slot(_) | Item::Word("of" | "to" | "for" | "'s" | "-" | "at")) => true,
            Some(Item::Word(",")) => matches!(linked.items.get(at + 2), Some(Item::Slot(_))),
            _ => false,
        };
        if introduces {
            continue;
        }
        let Some(role) = &linked.slots[index].role else {
            continue;
        };
        // "the minister" after "Foreign Minister Wang Yi": a bare head noun means the one
        // holder of any role it ends.
        let mut holders: Vec<&String> = match context.role_holders.get(role) {
            Some(exact) => exact.iter().collect(),
            None => context
                .role_holders
                .iter()
                .filter(|(held, _)| {
                    held.strip_suffix(role.as_str())
                        .is_some_and(|head| head.ends_with(' '))
                })
                .flat_map(|(_, persons)| persons)
                .collect(),
        };
        if let Some(state) = &state {
            holders.retain(|person| context.person_country.get(*person) == Some(state));
        }
        holders.sort_unstable();
        holders.dedup();
        if let [person] = holders[..] {
            linked.slots[index] = Slot {
                anaphoric: true,
                ..slot('p', vec![person.clone()])
            };
        }
    }
}

/// The word of a cue list that stands just before a person, perhaps before the role and
/// the state that introduce them ("Polish presidential candidate", "opposition leader",
/// "President-elect", "Acting President Choi Sang-mok"), past the words `passed` lets by.
fn cue_word_before<'a>(so_far: &Linked<'a>, words: &CueSet, passed: &[&str]) -> Option<&'a str> {
    for item in so_far.items.iter().rev().take(4) {
        match item {
            Item::Word(word) if words.phrase_len_at(&[word]).is_some() => return Some(word),
            Item::Word(word) if passed.contains(word) => {}
            Item::Slot(index) if matches!(so_far.slots[*index].kind, 'r' | 'd' | 'c') => {}
            _ => return None,
        }
    }
    None
}

/// Whether the words just before a person say they speak for no state (`unofficial`) or
/// not yet (`incoming`).
fn unofficial_before(so_far: &Linked<'_>, words: &CueSet) -> bool {
    cue_word_before(
        so_far,
        words,
        &[
            "'s",
            "-",
            "presidential",
            "party",
            "leader",
            "figure",
            "the",
            // ("Trump's nominee for secretary of state, Senator Marco Rubio")
            "for",
            ",",
            "senator",
        ],
    )
    .is_some()
}

/// The organisation "the bloc", "the organisation" or "the council" means: the latest one
/// the sentence or the article named that fits the noun.
fn organisation_meant(
    words: &[&str],
    cues: &Cues,
    context: &Context,
    so_far: &Linked<'_>,
) -> Option<String> {
    // (Not one named in a relative clause closed before the phrase: "The three juntas,
    // which now make up the Alliance of Sahel States, accused the bloc" mean another.)
    let in_sentence = |fits: &dyn Fn(&String) -> bool| {
        let items = &so_far.items;
        let mut comma = false;
        items
            .iter()
            .enumerate()
            .rev()
            .find_map(|(at, item)| match item {
                Item::Word(",") => {
                    comma = true;
                    None
                }
                Item::Slot(index) if so_far.slots[*index].kind == 'o' => {
                    // ("Solomon Islands, which hosts this year's Pacific Islands Forum
                    // meeting, has barred the bloc's dialogue partners" is the same body: only
                    // one the subject belongs to is not.)
                    let before = &items[at.saturating_sub(8)..at];
                    let relative = comma
                        && before.windows(2).any(|pair| {
                            matches!(
                                pair,
                                [Item::Word(","), Item::Word("which" | "who" | "that")]
                            )
                        })
                        && before.iter().any(|item| {
                            matches!(
                                item,
                                Item::Word(
                                    "make"
                                        | "makes"
                                        | "made"
                                        | "formed"
                                        | "form"
                                        | "joined"
                                        | "belong"
                                        | "belongs"
                                        | "grouped"
                                        | "founded"
                                        | "member"
                                        | "members"
                                )
                            )
                        });
                    so_far.slots[*index]
                        .entities
                        .first()
                        .filter(|id| !relative && fits(id))
                }
                _ => None,
            })
    };
    // An organisation whose name holds the phrase's noun, named in the sentence or, of
    // those named before, among the latest `within`.
    let noun = words.last().copied().unwrap_or_default();
    let named = |id: &String| {
        context.entities.get(id).is_some_and(|entity| {
            super::gazetteer::fold(&entity.name)
                .split(' ')
                .any(|word| word == noun)
        })
    };
    let latest_named = |within: usize| {
        in_sentence(&named)
            .or_else(|| {
                context
                    .recent_organisations
                    .iter()
                    .rev()
                    .take(within)
                    .find(|id| named(id))
            })
            .cloned()
    };
    // "the council", "the court": the latest organisation so named, else none ("the UN
    // ... the council" is its Security Council, named earlier).
    if matches!(
        noun,
        "council" | "court" | "tribunal" | "union" | "assembly" | "commission" | "agency"
    ) {
        return latest_named(usize::MAX);
    }
    // "the alliance", "the community": of the two organisations named last, one so named
    // ("the Alliance of Sahel States" after "ECOWAS" in a story of the Sahel juntas).
    if matches!(noun, "alliance" | "community" | "forum")
        && let Some(id) = latest_named(2)
    {
        return Some(id);
    }
    // "the bloc" is no court or agency: the latest bloc named, if an institution came
    // after it.
    let bloc = words
        .iter()
        .any(|word| matches!(*word, "bloc" | "grouping" | "alliance"));
    let fits = |id: &String| !bloc || !cues.institutions.contains(id);
    in_sentence(&fits)
        .or(context.organisation.as_ref().filter(|id| fits(id)))
        .or(context.bloc.as_ref().filter(|_| bloc))
        .cloned()
}

enum Resolved {
    Slot(Slot),
    Possessive(Slot),
    /// "whose" followed by the slot.
    Relative(Slot),
    Words,
}

fn slot(kind: char, entities: Vec<String>) -> Slot {
    Slot {
        kind,
        entities,
        place: None,
        role: None,
        anaphoric: false,
        said: false,
        act: false,
    }
}

fn resolve(
    mention: &Mention,
    words: &[&str],
    next: Option<&str>,
    gazetteer: &Gazetteer,
    cues: &Cues,
    context: &mut Context,
    so_far: &Linked<'_>,
) -> Resolved {
    match &mention.raw {
        Raw::Entity { entity, form } => resolve_entity(*entity, *form, gazetteer, context),
        Raw::Ambiguous { candidates, .. } => {
            // A city whose name also stands for a state or a body is the city after "in"
            // or "at": "is due in Brussels for talks", "met in The Hague".
            if matches!(so_far.items.last(), Some(Item::Word("in" | "at")))
                && let Some(&city) = candidates
                    .iter()
                    .find(|&&candidate| gazetteer.entity(candidate).kind == EntityKind::Place)
            {
                return resolve_entity(city, Form::Place, gazetteer, context);
            }
            let candidates: Vec<usize> = candidates
                .iter()
                .copied()
                .filter(|&candidate| gazetteer.entity(candidate).kind != EntityKind::Place)
                .collect();
            let named: Vec<usize> = candidates
                .iter()
                .copied()
                .filter(|candidate| context.plain_mentions.contains(candidate))
                .collect();
            // In a list of countries ("the UAE, Saudi Arabia and Jordan"), the country.
            let countries: Vec<usize> = candidates
                .iter()
                .copied()
                .filter(|&candidate| gazetteer.entity(candidate).kind == EntityKind::Country)
                .collect();
            let after_country = match so_far.items.as_slice() {
                [.., Item::Slot(index), Item::Word("and" | ",")] => {
                    so_far.slots[*index].kind == 'c'
                }
                _ => false,
            };
            match (&named[..], &countries[..]) {
                ([only], _) => resolve_entity(*only, Form::Name, gazetteer, context),
                ([], [country]) if after_country => {
                    resolve_entity(*country, Form::Name, gazetteer, context)
                }
                _ => Resolved::Words,
            }
        }
        Raw::Role(role) => {
            let name = match role {
                Some(index) => Some(gazetteer.role(*index).to_string()),
                // Filled in once the article has named the other person's role.
                None => Some(COUNTERPART.to_string()),
            };
            Resolved::Slot(Slot {
                role: name,
                ..slot('r', Vec::new())
            })
        }
        Raw::NewPerson { name } => {
            // A name the gazetteer knows under a longer form is that person.
            let id = slug(name);
            let entity = Entity::new(&id, EntityKind::Person, name.as_str());
            let id = context.remember(entity);
            context.introduce_person(&id, name);
            Resolved::Slot(slot('p', vec![id]))
        }
        Raw::ArticlePerson { id } => Resolved::Slot(slot('p', vec![id.clone()])),
        Raw::Pair { persons, opening } => {
            // "South Korea and the United States ... as the two allies began": a pair named
            // earlier in the same sentence comes first.
            let in_sentence = (!*persons)
                .then(|| {
                    // "X and Y", or "X and the Y" (articles are dropped only later).
                    let items = &so_far.items;
                    (2..items.len())
                        .rev()
                        .filter_map(|end| match &items[..=end] {
                            [.., Item::Slot(first), Item::Word("and"), Item::Slot(second)]
                            | [
                                ..,
                                Item::Slot(first),
                                Item::Word("and"),
                                Item::Word("the"),
                                Item::Slot(second),
                            ] => Some((first, second)),
                            _ => None,
                        })
                        .find_map(|(first, second)| {
                            let (first, second) = (&so_far.slots[*first], &so_far.slots[*second]);
                            let country_like = |slot: &Slot| {
                                matches!(slot.kind, 'c' | 'l' | 's') && slot.entities.len() == 1
                            };
                            (country_like(first)
                                && country_like(second)
                                && first.entities != second.entities)
                                .then(|| {
                                    vec![first.entities[0].clone(), second.entities[0].clone()]
                                })
                        })
                })
                .flatten()
                .or_else(|| (!*persons).then(|| two_states_so_far(so_far)).flatten());
            // "Trump met South Korean President Lee in Gyeongju, where the two governments
            // finalised a deal": two persons named earlier in the sentence are the pair,
            // or their states are.
            // (Only as the subject of a clause: "trade talks with both countries" after
            // "Trump, who met Modi," are talks with others.)
            let governed = matches!(
                so_far.items.last(),
                Some(Item::Word(
                    "with"
                        | "to"
                        | "against"
                        | "on"
                        | "for"
                        | "of"
                        | "from"
                        | "by"
                        | "at"
                        | "among"
                        | "and"
                ))
            ) && !(so_far.items.len() >= 2
                && matches!(so_far.items.last(), Some(Item::Word("and")))
                && (matches!(
                    so_far.items[so_far.items.len() - 2],
                    Item::Word(word) if word == "," || word.ends_with("day")
                ) || next.is_some_and(|word| {
                    reads_as_past_verb(word)
                        || matches!(word, "agreed" | "agree" | "will" | "would" | "have" | "had")
                })));
            // (", and the two agreed", "on Thursday and the two leaders signed" and "met
            // Boluarte and the two leaders signed" open a clause: its subject is no object.
            // "The first meeting between the two" after "Modi met Carney" is theirs.)
            // ("Pashinyan and Aliyev signed a declaration alongside Trump, who hosted the two
            // leaders": of three persons, "the two leaders" are the two coordinated.)
            let persons_here = (!governed)
                .then(|| {
                    two_persons_so_far(so_far)
                        .or_else(|| (*persons).then(|| coordinated_persons(so_far)).flatten())
                })
                .flatten();
            let in_sentence = in_sentence.or_else(|| {
                let [first, second] = persons_here.as_ref()?;
                if *persons {
                    return Some(vec![first.clone(), second.clone()]);
                }
                let (first, second) = (
                    state_of(context, gazetteer, first)?,
                    state_of(context, gazetteer, second)?,
                );
                (first != second).then(|| vec![first, second])
            });
            let pair = if *opening {
                // "The leaders" are those whose meeting was just told, or the only two
                // persons the article has named; after a summit of many named, no one.
                (context.met_group.len() >= 2 && context.met_group_age <= 3)
                    .then(|| context.met_group.clone())
                    .or_else(|| {
                        (context.recent_persons.len() == 2).then(|| context.recent_persons.clone())
                    })
            } else if let Some(pair) = in_sentence {
                Some(pair)
            } else if *persons && let Some(pair) = &context.person_pair {
                Some(pair.to_vec())
            } else if *persons && context.recent_persons.len() >= 2 {
                let count = context.recent_persons.len();
                Some(vec![
                    context.recent_persons[count - 2].clone(),
                    context.recent_persons[count - 1].clone(),
                ])
            } else {
                let pair = context.pair.clone().map(|pair| pair.to_vec()).or_else(|| {
                    // No pair of states in focus: the states of the two persons whose meeting
                    // the sentence before reports ("Muizzu held talks with Modi. The two sides
                    // signed a swap").
                    if context.met_pair_age > 1 {
                        return None;
                    }
                    let [first, second] = context.met_pair.as_ref()?;
                    let (first, second) = (
                        state_of(context, gazetteer, first)?,
                        state_of(context, gazetteer, second)?,
                    );
                    (first != second).then(|| vec![first, second])
                });
                // A state known only from the gazetteer enters the article here.
                for id in pair.iter().flatten() {
                    if let Some(index) = gazetteer.index_of(id) {
                        context.remember_gazetteer(gazetteer, index);
                    }
                }
                pair
            };
            match pair {
                Some(pair) => Resolved::Slot(Slot {
                    anaphoric: true,
                    ..slot('L', pair)
                }),
                None => Resolved::Words,
            }
        }
        Raw::Group { size } => {
            let list = so_far
                .items
                .iter()
                .rev()
                .find_map(|item| match item {
                    Item::Slot(index)
                        if so_far.slots[*index].kind == 'L'
                            && so_far.slots[*index].entities.len() == *size =>
                    {
                        Some(so_far.slots[*index].entities.clone())
                    }
                    _ => None,
                })
                .or_else(|| coordination_of(so_far, *size))
                .or_else(|| {
                    context
                        .lists
                        .iter()
                        .rev()
                        .find(|list| list.len() == *size)
                        .cloned()
                });
            match list {
                Some(list) => Resolved::Slot(Slot {
                    anaphoric: true,
                    ..slot('L', list)
                }),
                None => Resolved::Words,
            }
        }
        Raw::Organisation => match organisation_meant(words, cues, context, so_far) {
            Some(id) => Resolved::Slot(Slot {
                anaphoric: true,
                ..slot('o', vec![id])
            }),
            None => Resolved::Words,
        },
        Raw::Event => match &context.aggressor {
            Some(ids) => Resolved::Slot(Slot {
                anaphoric: true,
                act: true,
                ..slot(if ids.len() == 1 { 'c' } else { 'L' }, ids.clone())
            }),
            None => Resolved::Words,
        },
        Raw::Act | Raw::Remarks | Raw::Proposal => match if mention.raw == Raw::Act {
            // "the move" means any act; "the launch" only one that was no exercise and no
            // sanction, "the tariffs" only a sanction.
            let kind = if cues.generic_acts.phrase_len_at(words) == Some(words.len()) {
                context.last_act_kind
            } else if is_exercise(words, cues) {
                ActKind::Exercise
            } else if cues.sanction_acts.phrase_len_at(words) == Some(words.len()) {
                ActKind::Sanction
            } else {
                ActKind::Other
            };
            context.last_act[kind as usize].as_ref()
        } else {
            context.last_speaker.as_ref()
        } {
            Some(actors) => {
                let kind = match actors.as_slice() {
                    [only] => context
                        .entities
                        .get(only)
                        .map_or('c', |entity| kind_letter(entity.kind)),
                    _ => 'L',
                };
                Resolved::Slot(Slot {
                    anaphoric: true,
                    said: mention.raw == Raw::Remarks,
                    act: matches!(mention.raw, Raw::Act | Raw::Proposal),
                    ..slot(kind, actors.clone())
                })
            }
            None => Resolved::Words,
        },
        Raw::PersonPronoun { object, gender } => {
            // Only a person of the pronoun's gender, where both are known.
            let fits = |id: &String| {
                gender.is_none_or(|gender| {
                    gazetteer.gender_of(id).is_none_or(|known| known == gender)
                })
            };
            // The nearest person before it in the sentence; but when that person is the
            // object of a verb and the sentence opened with another person, its subject
            // ("Orban visited Kyiv and met Zelensky, then travelled to Moscow, where he met
            // Putin" is Orban).
            let persons: Vec<(usize, usize)> = so_far
                .items
                .iter()
                .enumerate()
                .filter_map(|(at, item)| match item {
                    Item::Slot(index)
                        if so_far.slots[*index].kind == 'p'
                            && so_far.slots[*index].entities.iter().all(fits) =>
                    {
                        Some((at, *index))
                    }
                    _ => None,
                })
                .collect();
            let object_of_verb = |at: usize| {
                let mut before = at;
                // Descriptors of the name: "met Egypt's President Sisi".
                while before > 0 {
                    match &so_far.items[before - 1] {
                        Item::Slot(index)
                            if matches!(so_far.slots[*index].kind, 'r' | 'd' | 'c') =>
                        {
                            before -= 1
                        }
                        Item::Word("'s" | "his" | "her" | "their") => before -= 1,
                        // And ranks and titles: "talks with Captain Ibrahim Traore".
                        Item::Word(word) if TITLES.contains(word) => before -= 1,
                        _ => break,
                    }
                }
                // ("is due to meet Trump, after which she will travel", "talks with Xi
                // before he heads to Hanoi").
                matches!(so_far.items.get(before.wrapping_sub(1)), Some(Item::Word(word))
                if reads_as_past_verb(word)
                    || matches!(
                        *word,
                        "meet" | "meets" | "meeting" | "host" | "hosts" | "hosting"
                            | "receive" | "receives" | "welcome" | "welcomes" | "visit"
                            | "visits" | "call" | "calls" | "see" | "sees" | "greet"
                            | "greets" | "join" | "joins" | "with"
                            // A name in a noun's complement ("reaffirmed support for the
                            // government of President Nicolas Maduro and condemned what he
                            // called" is the subject's).
                            | "of" | "for" | "against"
                            // The agent of a passive ("To Lam, who is accompanied by
                            // Foreign Minister Bui Thanh Son, will travel on to Singapore,
                            // where he is expected to meet ...").
                            | "by"
                    ))
            };
            // An object pronoun whose only candidate in the sentence is the subject of a verb
            // means someone else ("Morales expelled the U.S. ambassador, accusing him"):
            // the one person the sentence before named, if that is another, else no one.
            if *object {
                let mut distinct: Vec<&String> = persons
                    .iter()
                    .flat_map(|(_, index)| so_far.slots[*index].entities.iter())
                    .collect();
                distinct.sort_unstable();
                distinct.dedup();
                let subject = persons.iter().any(|(at, _)| {
                    matches!(so_far.items.get(at + 1), Some(Item::Word(word))
                        if reads_as_past_verb(word))
                });
                // (Only as the object of a participle, whose subject is the clause's: in "a
                // tour that took him to Ghana" the relative clause has a subject of its own.)
                let participle = matches!(so_far.items.last(), Some(Item::Word(word))
                    if word.len() > 4 && word.ends_with("ing"));
                if let [only] = distinct[..]
                    && subject
                    && participle
                {
                    return match &context.previous_persons[..] {
                        [other] if other != only && fits(other) => Resolved::Slot(Slot {
                            anaphoric: true,
                            ..slot('p', vec![other.clone()])
                        }),
                        _ => Resolved::Words,
                    };
                }
            }
            // Nor is an object pronoun the subject of its own verb: in "Zelensky flew to
            // Copenhagen, where Frederiksen hosted him" he is Zelensky; the other person of
            // the sentence, else of the sentence before, else no one.
            if *object
                && let Some(&(at, nearest)) = persons.last()
                && at + 2 == so_far.items.len()
                && matches!(so_far.items.last(), Some(Item::Word(word)) if reads_as_past_verb(word))
            {
                let own = &so_far.slots[nearest].entities;
                // The nearest other who is no verb's object: in "Mahama met General Assimi
                // Goita in Bamako before travelling to Ouagadougou, where Captain Ibrahim
                // Traore received him" he is Mahama. (A pronoun object stays: "Starmer
                // hosted him on Saturday, and King Charles received him on Sunday".)
                let others = |skip_objects: bool| {
                    persons
                        .iter()
                        .rev()
                        .filter(move |(at, index)| {
                            !(skip_objects
                                && !so_far.slots[*index].anaphoric
                                && object_of_verb(*at))
                        })
                        .flat_map(|(_, index)| so_far.slots[*index].entities.iter())
                        .find(|person| !own.contains(person) && fits(person))
                };
                let other = others(true).or_else(|| others(false)).or_else(|| {
                    context
                        .previous_persons
                        .iter()
                        .find(|person| !own.contains(person) && fits(person))
                });
                return match other {
                    Some(other) => Resolved::Slot(Slot {
                        anaphoric: true,
                        ..slot('p', vec![other.clone()])
                    }),
                    None => Resolved::Words,
                };
            }
            // (An opening adverbial may stand before it: "In Paris he met President Macron;
            // in Warsaw he met Prime Minister Tusk".)
            let opening_person = persons.first().filter(|(at, _)| {
                so_far.items[..*at].iter().all(|item| match item {
                    Item::Slot(index) => {
                        matches!(so_far.slots[*index].kind, 'r' | 'd' | 'c' | 'x' | 'l')
                    }
                    // (And a dateline: "TOKYO, March 30 -- U.S. Defense Secretary Pete
                    // Hegseth said ..., after talks with Gen Nakatani, two days after he met
                    // Marcos" is Hegseth.)
                    Item::Word(word) => {
                        matches!(
                            *word,
                            "'s" | "the"
                                | "in"
                                | "at"
                                | "on"
                                | ","
                                | "later"
                                | "then"
                                | "earlier"
                                | "-"
                                | "("
                                | ")"
                        ) || super::time::is_calendar_word(word)
                            || word.bytes().all(|byte| byte.is_ascii_digit())
                    }
                })
            });
            // The one a trip took is whoever made it: in "Lavrov met Deby in N'Djamena,
            // wrapping up an African tour that also took him to Guinea" he is Lavrov, who
            // opens the sentence.
            let trip_took = *object && {
                let tail: Vec<&str> = so_far
                    .items
                    .iter()
                    .rev()
                    .take(5)
                    .filter_map(|item| match item {
                        Item::Word(word) => Some(*word),
                        Item::Slot(_) => None,
                    })
                    .collect();
                matches!(tail.first(), Some(&("took" | "takes" | "taken" | "take")))
                    && tail.iter().any(|word| matches!(*word, "that" | "which"))
                    && tail.iter().any(|word| {
                        matches!(
                            *word,
                            "tour"
                                | "trip"
                                | "journey"
                                | "visit"
                                | "swing"
                                | "visits"
                                | "trips"
                                | "tours"
                        )
                    })
            };
            if trip_took && let Some(&(_, first)) = opening_person {
                return Resolved::Slot(Slot {
                    anaphoric: true,
                    ..slot('p', so_far.slots[first].entities.clone())
                });
            }
            let in_sentence = match (persons.last(), opening_person) {
                (Some(&(at, nearest)), Some(&(_, first)))
                    if !object
                        && nearest != first
                        && so_far.slots[nearest].entities != so_far.slots[first].entities
                        && object_of_verb(at) =>
                {
                    Some(so_far.slots[first].entities.clone())
                }
                (Some(&(_, nearest)), _) => Some(so_far.slots[nearest].entities.clone()),
                (None, _) => None,
            };
            let previous_subject = context
                .previous_persons
                .first()
                .filter(|_| !context.previous_persons.is_empty())
                .filter(|id| fits(id));
            match in_sentence.or_else(|| {
                previous_subject
                    .or_else(|| context.recent_persons.iter().rev().find(|id| fits(id)))
                    .map(|id| vec![id.clone()])
            }) {
                Some(person) => Resolved::Slot(Slot {
                    anaphoric: true,
                    ..slot('p', person)
                }),
                None => Resolved::Words,
            }
        }
        Raw::PluralPronoun => {
            // The list that opens this sentence, else the one that opened the sentence
            // before when this one has named no actor yet.
            let first_slot = first_slot(so_far);
            // ("condemned what they called ..." names what the subject said, not a new
            // object.)
            let quoting = matches!(so_far.items.last(), Some(Item::Word("what")));
            let list = match first_slot {
                _ if quoting => None,
                Some(slot) => subject_list(slot, context).then(|| slot.entities.clone()),
                None => context.subject_list.clone(),
            };
            match list {
                Some(list) => Resolved::Slot(Slot {
                    anaphoric: true,
                    ..slot('L', list)
                }),
                None => Resolved::Words,
            }
        }
        Raw::PersonState { relative } => {
            // The nearest person in the sentence ("he" counts as one).
            let in_sentence =
                so_far
                    .items
                    .iter()
                    .enumerate()
                    .rev()
                    .find_map(|(at, item)| match item {
                        Item::Slot(index) if so_far.slots[*index].kind == 'p' => {
                            Some((at, &so_far.slots[*index]))
                        }
                        _ => None,
                    });
            // Two persons before it leave "his" unclear ("Lavrov, after talks with Wang Yi,
            // said his government ..."): no guess.
            let persons_before: HashSet<&String> = so_far
                .slots
                .iter()
                .filter(|slot| slot.kind == 'p')
                .flat_map(|slot| slot.entities.iter())
                .collect();
            let in_sentence = in_sentence.filter(|_| persons_before.len() == 1);
            let (person, introduced_with) = match in_sentence {
                Some((at, slot)) => {
                    // "Russian Foreign Minister Sergey Lavrov said his government ...".
                    let items = &so_far.items;
                    let mut before = at;
                    if before > 0
                        && slot_at(items, before - 1)
                            .is_some_and(|index| so_far.slots[index].kind == 'r')
                    {
                        before -= 1;
                    }
                    if before > 0 && word_is(items, before - 1, &["'s"]) {
                        before -= 1;
                    }
                    let country = (before < at)
                        .then(|| before.checked_sub(1))
                        .flatten()
                        .and_then(|at| slot_at(items, at))
                        .map(|index| &so_far.slots[index])
                        .filter(|slot| matches!(slot.kind, 'c' | 'd'))
                        .and_then(|slot| slot.entities.first().cloned());
                    (slot.entities.first().cloned(), country)
                }
                // A person named only in an earlier sentence is too far: "Petro said his
                // government ..." may name someone the article has not introduced.
                None => (None, None),
            };
            let country = person.and_then(|person| {
                introduced_with
                    .or_else(|| context.person_country.get(&person).cloned())
                    .or_else(|| {
                        let index = gazetteer.index_of(&person)?;
                        let state = gazetteer.state_served(index, context.when)?;
                        Some(context.remember_gazetteer(gazetteer, state))
                    })
            });
            let state = country.map(|country| Slot {
                anaphoric: true,
                ..slot('c', vec![country])
            });
            match state {
                // "Zelensky, whose country is not a member, met Trump": the clause stays a
                // relative clause.
                Some(state) if *relative => Resolved::Relative(state),
                Some(state) => Resolved::Slot(state),
                None => Resolved::Words,
            }
        }
        Raw::Members { countries } => {
            let ids: Vec<String> = countries
                .iter()
                .map(|&country| context.remember_gazetteer(gazetteer, country))
                .collect();
            if ids.len() >= 3 {
                context.lists.push(ids.clone());
            }
            Resolved::Slot(slot(if ids.len() == 1 { 'c' } else { 'L' }, ids))
        }
        Raw::Described { countries } => {
            // The latest country named that fits: first in this sentence, then before.
            let fits = |id: &str| {
                gazetteer
                    .index_of(id)
                    .is_some_and(|index| countries.contains(&index))
            };
            // An apposition ("China, the world's second-largest economy, ...") describes
            // the name before it and stays as words.
            if let [.., Item::Slot(index), Item::Word(",")] = so_far.items.as_slice()
                && so_far.slots[*index].entities.iter().any(|id| fits(id))
            {
                return Resolved::Words;
            }
            let in_sentence = so_far.items.iter().rev().find_map(|item| match item {
                Item::Slot(index) if matches!(so_far.slots[*index].kind, 'c' | 'd' | 'l' | 's') => {
                    so_far.slots[*index]
                        .entities
                        .iter()
                        .find(|id| fits(id))
                        .cloned()
                }
                _ => None,
            });
            match in_sentence.or_else(|| {
                context
                    .recent_countries
                    .iter()
                    .rev()
                    .find(|id| fits(id))
                    .cloned()
            }) {
                Some(country) => Resolved::Slot(Slot {
                    anaphoric: true,
                    ..slot('c', vec![country])
                }),
                None => Resolved::Words,
            }
        }
        Raw::Its => {
            // "X and its allies" means X; otherwise news sentences usually mean their
            // subject, the first actor before "its".
            let actor = |index: usize| {
                let slot = &so_far.slots[index];
                (matches!(slot.kind, 'c' | 'o' | 'g' | 'l' | 's') && slot.entities.len() == 1)
                    .then(|| slot.clone())
            };
            let coordinated = match so_far
                .items
                .len()
                .checked_sub(2)
                .map(|at| &so_far.items[at..])
            {
                Some([Item::Slot(index), Item::Word(word)]) if *word == "and" => actor(*index),
                _ => None,
            };
            // "since Russia launched its invasion", "said the EU had broken its promise":
            // the subject of the clause "its" stands in, if it opens the clause.
            let clause_subject = || {
                let items = &so_far.items;
                // A quoted word inside the clause ('would "never" waver in its support')
                // does not open another.
                let at = items
                    .iter()
                    .enumerate()
                    .rposition(|(at, item)| match item {
                        Item::Slot(_) | Item::Word("," | ";" | ":" | "(") => true,
                        Item::Word("\"") => !inline_quote(items, at),
                        _ => false,
                    })?;
                let Item::Slot(index) = items[at] else {
                    return None;
                };
                let before_at = items[..at]
                    .iter()
                    .rposition(|item| !matches!(item, Item::Word("the")));
                let before = before_at.map(|position| &items[position]);
                // "after Israel and the United States bombed its facilities": a
                // coordinated subject owns no "its".
                let coordinated_subject = matches!(before, Some(Item::Word("and" | ",")))
                    && before_at.is_some_and(|position| {
                        position >= 1 && matches!(items[position - 1], Item::Slot(_))
                    });
                let opens = match before {
                    None => true,
                    Some(Item::Word(_)) if coordinated_subject => false,
                    Some(Item::Word(word)) => CLAUSE_OPENERS.contains(word),
                    Some(Item::Slot(_)) => false,
                };
                let verb_follows = matches!(items.get(at + 1), Some(Item::Word(word)) if word.chars().all(|c| c.is_ascii_lowercase()));
                (opens && verb_follows).then(|| actor(index)).flatten()
            };
            // "sanctions against Russia over its war", "criticised Japan for its plan": a
            // reason given after the target is the target's.
            let reason_of_target = || {
                let items = &so_far.items;
                // (Also after another reason and "and": "pressing China over trade
                // imbalances and its support for Russia".)
                let last = match items[..] {
                    [.., Item::Word("over" | "for" | "since")] => items.len() - 1,
                    [.., Item::Word("and")] => {
                        let reason = items.len().saturating_sub(6)..items.len() - 1;
                        reason.rev().find(|&at| {
                            matches!(items[at], Item::Word("over" | "for"))
                                && items[at + 1..items.len() - 1].iter().all(|item| {
                                    matches!(item, Item::Word(word) if word.chars().all(|c| c.is_ascii_lowercase()))
                                })
                        })?
                    }
                    _ => return None,
                };
                // The agent of a passive is not the target: "Russia was condemned by the G7
                // for its occupation".
                (last.saturating_sub(3)..last)
                    .rev()
                    .find_map(|at| match items[at] {
                        Item::Slot(index)
                            if !matches!(
                                items[..at],
                                [.., Item::Word("by")] | [.., Item::Word("by"), Item::Word("the")]
                            ) =>
                        {
                            actor(index)
                        }
                        _ => None,
                    })
            };
            // "Israel's security minister, Itamar Ben-Gvir, and its finance minister": a
            // possessive coordinated with an earlier one has the same owner.
            let parallel = || {
                let items = &so_far.items;
                // "sanctions on Venezuela's oil sector and on its leader": also with the
                // preposition repeated.
                let items = match items[..] {
                    [
                        ..,
                        Item::Word("and"),
                        Item::Word("on" | "in" | "of" | "to" | "against"),
                    ] => &items[..items.len() - 1],
                    _ => items,
                };
                let before_and = match items[..] {
                    [.., Item::Word(","), Item::Word("and")] => items.len() - 2,
                    [.., Item::Word("and")] => items.len() - 1,
                    _ => return None,
                };
                (before_and.saturating_sub(10)..before_and)
                    .rev()
                    .take_while(|&at| !matches!(items[at], Item::Word(";" | ":")))
                    .find_map(|at| match items[at..] {
                        [Item::Slot(index), Item::Word("'s"), ..] => actor(index),
                        _ => None,
                    })
            };
            // "sent troops to Russia to support its war": the sender's or the
            // destination's; a guess either way, so neither.
            if matches!(
                so_far.items[..],
                [
                    ..,
                    Item::Word("to"),
                    Item::Slot(_),
                    Item::Word("to"),
                    Item::Word(_)
                ]
            ) {
                return Resolved::Words;
            }
            // "imposed sanctions on its leader", "sanctioned Lockheed Martin over its arms
            // sales": not the subject's own (unless the subject is the one acted on: "was
            // sanctioned by the EU over its war").
            let tail: Vec<&str> = so_far
                .items
                .iter()
                .rev()
                .take(5)
                .map_while(|item| match item {
                    Item::Word(word) if !matches!(*word, "," | ";" | ":") => Some(*word),
                    _ => None,
                })
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let passive = tail
                .iter()
                .any(|word| matches!(*word, "was" | "were" | "been" | "by" | "is" | "are"));
            let not_own = !passive
                && (0..tail.len())
                    .any(|start| cues.not_own.phrase_len_at(&tail[start..]).is_some());
            // "calling on the United States to end its sanctions", "urged Russia to
            // withdraw its troops": the one called on does what the infinitive says.
            let called_on = || {
                let [.., Item::Slot(index), Item::Word("to"), Item::Word(_)] = so_far.items[..]
                else {
                    return None;
                };
                let before = &so_far.items[..so_far.items.len() - 3];
                let before = match before {
                    [rest @ .., Item::Word("the")] => rest,
                    _ => before,
                };
                matches!(
                    before.last(),
                    Some(Item::Word(
                        "on" | "urged" | "urging" | "urges" | "asked" | "pressed" | "pressing"
                    ))
                )
                .then(|| actor(index))
                .flatten()
            };
            // "stands with Guyana in its dispute with Venezuela", "backed Israel in its
            // war": the one sided with owns the cause.
            let sided_with = || {
                let [.., Item::Word(verb), Item::Slot(index), Item::Word("in")] = so_far.items[..]
                else {
                    return None;
                };
                matches!(
                    verb,
                    "with"
                        | "backed"
                        | "backs"
                        | "back"
                        | "backing"
                        | "supported"
                        | "supports"
                        | "support"
                        | "supporting"
                        | "defended"
                        | "defends"
                        | "joined"
                        | "joins"
                        | "helped"
                        | "helps"
                        | "assisted"
                        | "assists"
                )
                .then(|| actor(index))
                .flatten()
            };
            let nearest = coordinated
                .or_else(parallel)
                .or_else(reason_of_target)
                .or_else(called_on)
                .or_else(sided_with);
            // Those who act on "its" in its clause ("after Israel and the United States
            // bombed its facilities"): not its owner.
            let acting: Vec<&String> = so_far
                .items
                .iter()
                .rev()
                .take(6)
                .filter_map(|item| match item {
                    Item::Slot(index) => Some(&so_far.slots[*index].entities),
                    Item::Word(_) => None,
                })
                .flatten()
                .collect();
            let nearest = if nearest.is_none() && not_own {
                None
            } else {
                nearest.or_else(clause_subject)
            };
            let nearest = nearest.or_else(|| {
                // After a semicolon, the first actor of the new clause, else the
                // nearest before it ("Israel's minister met ... in Washington; its
                // foreign minister ..."); otherwise the sentence's first actor.
                let slot_actor = |item: &Item| match item {
                    Item::Slot(index) => actor(*index),
                    Item::Word(_) => None,
                };
                match so_far
                    .items
                    .iter()
                    .rposition(|item| *item == Item::Word(";"))
                {
                    Some(semicolon) => so_far.items[semicolon + 1..]
                        .iter()
                        .find_map(slot_actor)
                        .or_else(|| so_far.items[..semicolon].iter().rev().find_map(slot_actor)),
                    // A state in a compound modifier ("the Iran-backed group ... its
                    // leader") is not the subject.
                    // Nor is a capital after "in" or "at" ("In Warsaw, Biden said ...
                    // its support"): a place, whatever state it may stand for elsewhere.
                    None => so_far.items.iter().enumerate().find_map(|(at, item)| {
                        let place = at > 0
                            && matches!(so_far.items[at - 1], Item::Word("in" | "at"))
                            && matches!(item, Item::Slot(index) if so_far.slots[*index].kind == 'l');
                        if place || matches!(so_far.items.get(at + 1), Some(Item::Word("-"))) {
                            None
                        } else {
                            slot_actor(item)
                        }
                    }),
                }
                .filter(|found| !not_own || !found.entities.iter().any(|id| acting.contains(&id)))
            });
            if nearest.is_none() && not_own {
                return Resolved::Words;
            }
            // "Hamas said its top negotiator": an armed group the gazetteer does not name
            // owns what its clause calls "its", not the article's last actor.
            // Nor does a sentence that opens on "its" just after one ("Hezbollah said ...
            // Its secretary-general, Naim Qassem, said").
            if nearest.is_none()
                && (so_far
                    .items
                    .iter()
                    .rev()
                    .take_while(|item| !matches!(item, Item::Word("," | ";" | ":")))
                    .any(|item| matches!(item, Item::Word(word) if cues.armed_groups.contains(*word)))
                    || context.armed_group_in_last
                        && !so_far.items.iter().any(|item| matches!(item, Item::Slot(_))))
            {
                return Resolved::Words;
            }
            let target = nearest.or_else(|| {
                context.last_actor.as_ref().and_then(|id| {
                    let kind = context
                        .entities
                        .get(id)
                        .map(|entity| kind_letter(entity.kind))?;
                    Some(slot(kind, vec![id.clone()]))
                })
            });
            match target {
                Some(target) => Resolved::Possessive(Slot {
                    anaphoric: true,
                    place: None,
                    ..target
                }),
                None => Resolved::Words,
            }
        }
    }
}

/// Whether the quote mark at `at` opens or closes a quotation of one to three plain words
/// inside a clause ('would "never" waver'), which does not open a clause of its own.
fn inline_quote(items: &[Item<'_>], at: usize) -> bool {
    let plain = |item: &Item<'_>| matches!(item, Item::Word(word) if word.chars().all(|c| c.is_ascii_lowercase()));
    let quoted = |open: usize, close: usize| {
        open > 0
            && close > open + 1
            && close <= open + 4
            && plain(&items[open - 1])
            && items[open + 1..close].iter().all(plain)
    };
    (at + 2..=at + 4)
        .any(|close| matches!(items.get(close), Some(Item::Word("\""))) && quoted(at, close))
        || (at.saturating_sub(4)..at.saturating_sub(1))
            .any(|open| matches!(items[open], Item::Word("\"")) && quoted(open, at))
}

fn resolve_entity(
    index: usize,
    form: Form,
    gazetteer: &Gazetteer,
    context: &mut Context,
) -> Resolved {
    let entity = gazetteer.entity(index);
    match form {
        Form::Capital => {
            let place = context.remember_gazetteer(gazetteer, index);
            let Some(country) = gazetteer.capital_of(index) else {
                return Resolved::Slot(Slot {
                    place: Some(place.clone()),
                    ..slot('x', vec![place])
                });
            };
            let country = context.remember_gazetteer(gazetteer, country);
            Resolved::Slot(Slot {
                place: Some(place),
                ..slot('l', vec![country])
            })
        }
        Form::Place => {
            let place = context.remember_gazetteer(gazetteer, index);
            let entities = match gazetteer.country_of_place(index) {
                Some(country) => vec![context.remember_gazetteer(gazetteer, country)],
                None => vec![place.clone()],
            };
            Resolved::Slot(Slot {
                place: Some(place),
                ..slot('x', entities)
            })
        }
        Form::Seat => {
            let country = context.remember_gazetteer(gazetteer, index);
            // The seat stands in the capital: "signed at the White House" happened there.
            let place = gazetteer
                .capital_in(index)
                .map(|capital| context.remember_gazetteer(gazetteer, capital));
            Resolved::Slot(Slot {
                place,
                ..slot('s', vec![country])
            })
        }
        Form::Adjective => {
            let country = context.remember_gazetteer(gazetteer, index);
            Resolved::Slot(slot('d', vec![country]))
        }
        Form::Name => {
            let kind = kind_letter(entity.kind);
            let id = context.remember_gazetteer(gazetteer, index);
            if entity.kind == EntityKind::Person {
                let name = entity.name.clone();
                context.introduce_person(&id, &name);
            }
            Resolved::Slot(slot(kind, vec![id]))
        }
    }
}

fn word_is(items: &[Item], at: usize, options: &[&str]) -> bool {
    matches!(items.get(at), Some(Item::Word(word)) if options.contains(word))
}

fn slot_at(items: &[Item], at: usize) -> Option<usize> {
    match items.get(at) {
        Some(Item::Slot(index)) => Some(*index),
        _ => None,
    }
}

/// "Russian troops", "Russian and Chinese warships": an adjective before a noun that
/// names a state's agents stands for the state.
///
/// After a preposition of direction ("on", "against", "at", "toward", "into"), a place named
/// by an adjective stands for the country too: "an attack on the Ukrainian port of Odesa".
fn adjectives_as_actors(
    linked: &mut Linked<'_>,
    nouns: &[String],
    weapons: &[String],
    places: &[String],
) {
    let mut promote = Vec::new();
    let mut names = Vec::new();
    for at in 0..linked.items.len() {
        let Some(index) =
            slot_at(&linked.items, at).filter(|&index| linked.slots[index].kind == 'd')
        else {
            continue;
        };
        let mut next = at + 1;
        // "Russian and Chinese warships": look past the coordinated adjectives (or a name
        // used as one: "Israeli and U.S. strikes").
        while word_is(&linked.items, next, &["and", ","])
            && slot_at(&linked.items, next + 1)
                .is_some_and(|other| matches!(linked.slots[other].kind, 'd' | 'c'))
        {
            next += 2;
        }
        // (Perhaps with a count between: "strikes on three Iranian nuclear sites".)
        let aims = ["on", "against", "at", "toward", "towards", "into"];
        let counted = at > 1
            && matches!(&linked.items[at - 1], Item::Word(word)
                if word.bytes().all(|byte| byte.is_ascii_digit())
                    || matches!(*word, "two" | "three" | "four" | "five" | "several" | "multiple" | "key" | "major"));
        // (Or an article: "fired water cannon at a Philippine fisheries vessel".)
        let aimed_at = at > 0
            && (word_is(&linked.items, at - 1, &aims)
                || (counted || word_is(&linked.items, at - 1, &["a", "an", "the"]))
                    && at > 1
                    && word_is(&linked.items, at - 2, &aims));
        let word_after = |offset: usize| match linked.items.get(next + offset) {
            Some(Item::Word(word)) => Some(*word),
            _ => None,
        };
        // Nouns of several words: "Chinese coast guard ships".
        let phrase_at = |skip: usize, phrase: &String| {
            let mut words = phrase.split(' ');
            words.next() == word_after(skip)
                && words
                    .enumerate()
                    .all(|(offset, word)| Some(word) == word_after(skip + offset + 1))
        };
        // (Perhaps after one more modifier: "Iranian nuclear sites".)
        // (Or after coordinated modifiers: "strikes on Iranian nuclear and military sites".)
        let coordinated_modifiers = word_after(1) == Some("and");
        let is_place = |place: &String| {
            phrase_at(0, place)
                || phrase_at(1, place)
                || coordinated_modifiers && phrase_at(3, place)
        };
        // (After one more modifier when aimed at: "at a Philippine fisheries vessel"; after
        // the name of a weapon, which reads as modifiers: "Thai F-16 fighter jets", "Iranian
        // Shahed drones", but not past a verb: "Chinese state media said the drones".)
        // ("Chinese-built vessels" is a compound, no weapon's name.)
        let weapon_name_length = || {
            (1..=4)
                .take_while(|_| word_after(0) != Some("-"))
                .take_while(|&skip| {
                    word_after(skip - 1).is_some_and(|word| {
                        !word.ends_with("ed")
                            && !matches!(
                                word,
                                "said"
                                    | "says"
                                    | "told"
                                    | "and"
                                    | "or"
                                    | "the"
                                    | "a"
                                    | "an"
                                    | "of"
                                    | "in"
                                    | "on"
                                    | "at"
                                    | "to"
                                    | "for"
                                    | "with"
                                    | "by"
                                    | "as"
                                    | "that"
                                    | "which"
                                    | "who"
                                    | "is"
                                    | "are"
                                    | "was"
                                    | "were"
                            )
                    })
                })
                .last()
                .unwrap_or(0)
        };
        let named = nouns.iter().any(|noun| phrase_at(0, noun));
        let weapon_named = if named {
            None
        } else {
            (1..=weapon_name_length())
                .find(|&skip| weapons.iter().any(|noun| phrase_at(skip, noun)))
        };
        if named
            || aimed_at && nouns.iter().any(|noun| phrase_at(1, noun))
            || weapon_named.is_some()
            || (aimed_at && places.iter().any(is_place))
        {
            promote.push(index);
        }
        // The weapon's name is left out of the sentence the rules read ("Thai jets struck").
        if let Some(skip) = weapon_named {
            names.push(next..next + skip);
        }
    }
    for index in promote {
        linked.slots[index].kind = 'c';
    }
    for name in names.into_iter().rev() {
        linked.items.drain(name);
    }
}

/// "The military juntas ruling Mali, Burkina Faso and Niger said", "talks with the
/// government in Kabul": those who govern a state stand for it, and the phrase reads as
/// the state's name. Up to two words may qualify the noun ("the interim government of").
fn drop_governing_nouns(linked: &mut Linked<'_>, cues: &Cues, context: &Context) {
    let nouns = &cues.governing_nouns;
    let mut at = 0;
    while at < linked.items.len() {
        if !word_is(&linked.items, at, &["the"]) {
            at += 1;
            continue;
        }
        let found = (1..=3).find_map(|offset| {
            let noun = at + offset;
            let qualifiers_plain = linked
                .items
                .get(at + 1..noun)
                .unwrap_or_default()
                .iter()
                .all(|item| matches!(item, Item::Word(word) if cues.governing_qualifiers.iter().any(|known| known == word)));
            let is_noun = matches!(linked.items.get(noun), Some(Item::Word(word)) if nouns.iter().any(|known| known == word));
            let state = slot_at(&linked.items, noun + 2).filter(|&index| {
                let slot = &linked.slots[index];
                matches!(slot.kind, 'c' | 'l')
                    || (slot.kind == 'L'
                        && slot.entities.iter().all(|id| context.is_country(id)))
            });
            (qualifiers_plain
                && is_noun
                && (word_is(&linked.items, noun + 1, &["of", "ruling", "running"])
                    || (word_is(&linked.items, noun + 1, &["in"])
                        && !word_is(&linked.items, noun, &["leaders", "leadership"])))
                && state.is_some())
            .then_some(noun + 2)
        });
        match found {
            Some(slot) => {
                linked.items.drain(at..slot);
            }
            None => at += 1,
        }
    }
}

/// "arrived in the Chinese capital", "talks in the Iraqi capital": after "in", "at", "to",
/// an adjective and "capital" name the capital city as the place where things happen.
/// When the name follows ("the Uzbek capital Tashkent") the words stay, since they say
/// which city is the capital.
fn name_adjective_capitals(linked: &mut Linked<'_>, gazetteer: &Gazetteer, context: &mut Context) {
    let mut at = 0;
    while at + 1 < linked.items.len() {
        let adjective = slot_at(&linked.items, at).filter(|&index| {
            linked.slots[index].kind == 'd' && linked.slots[index].entities.len() == 1
        });
        // "the Uzbek capital Tashkent", "the Chinese capital of ...", "Chinese capital
        // markets": not the city itself.
        let named_after = slot_at(&linked.items, at + 2).is_some()
            || word_is(
                &linked.items,
                at + 2,
                &[
                    ",",
                    "of",
                    "city",
                    "markets",
                    "market",
                    "flows",
                    "flight",
                    "controls",
                    "goods",
                    "spending",
                    "investment",
                ],
            );
        let located = at > 0
            && word_is(
                &linked.items,
                at - 1,
                &["in", "at", "to", "near", "outside"],
            );
        if let Some(index) = adjective
            && located
            && word_is(&linked.items, at + 1, &["capital"])
            && !named_after
            && let Some(country) = gazetteer.index_of(&linked.slots[index].entities[0])
            && let Some(capital) = gazetteer.capital_in(country)
        {
            let place = context.remember_gazetteer(gazetteer, capital);
            let country = linked.slots[index].entities[0].clone();
            linked.slots[index] = Slot {
                place: Some(place),
                ..slot('x', vec![country])
            };
            linked.items.remove(at + 1);
        }
        at += 1;
    }
}

/// "the West African bloc ECOWAS", "the South American Mercosur bloc", "the NATO alliance":
/// words that describe an organisation next to its name are dropped, so that the name
/// stands alone as the rules expect. A description that says more ("the Russian-led
/// CSTO") stays.
/// Whether a word tells of mediating or hosting ("mediated", "brokered", "hosts"): those
/// who do it are no side.
fn mediating(item: &Item<'_>) -> bool {
    matches!(item, Item::Word(word) if ["mediat", "broker", "host", "facilitat"]
        .iter()
        .any(|stem| word.starts_with(stem)))
}

/// The two states the sentence so far names, if it names exactly two ("Algeria expelled
/// 12 French embassy staff and Paris responded ..., the latest escalation in a row between
/// the two countries").
fn two_states_so_far(so_far: &Linked<'_>) -> Option<Vec<String>> {
    // "Oman, which mediated between Washington and the Houthis, said the two sides ...":
    // a mediator is no side.
    if so_far.items.iter().any(mediating) {
        return None;
    }
    let mut states: Vec<String> = Vec::new();
    // A capital after "in" or "at" is a place, not a side ("the first meeting in Riyadh
    // between the leaders of the two countries").
    let located: Vec<usize> = so_far
        .items
        .iter()
        .enumerate()
        .filter_map(|(at, item)| match item {
            Item::Slot(index) if word_is(&so_far.items, at.wrapping_sub(1), &["in", "at"]) => {
                Some(*index)
            }
            _ => None,
        })
        .collect();
    for (index, slot) in so_far.slots.iter().enumerate() {
        if !matches!(slot.kind, 'c' | 'l' | 's' | 'd')
            || slot.entities.len() != 1
            || slot.kind == 'l' && located.contains(&index)
        {
            continue;
        }
        if !states.contains(&slot.entities[0]) {
            states.push(slot.entities[0].clone());
        }
    }
    (states.len() == 2).then_some(states)
}

/// The two persons the sentence so far names, if it names exactly two and no mediator or
/// host ("Qatar's emir, who mediated, hosted Trump and ...").
fn two_persons_so_far(so_far: &Linked<'_>) -> Option<[String; 2]> {
    // A person who hosted the other is one of the two ("Lee Jae-myung had hosted Trump a
    // day earlier, when the two sides agreed").
    let person_at = |at: usize| matches!(so_far.items.get(at), Some(Item::Slot(index)) if so_far.slots[*index].kind == 'p');
    let third_party = so_far.items.iter().enumerate().any(|(at, item)| {
        mediating(item)
            && !(matches!(item, Item::Word("hosted" | "hosts" | "host"))
                && (person_at(at.wrapping_sub(1))
                    || word_is(&so_far.items, at.wrapping_sub(1), &["had", "has", "have"])
                        && person_at(at.wrapping_sub(2))))
    });
    if third_party {
        return None;
    }
    let mut persons: Vec<&String> = Vec::new();
    for slot in so_far.slots.iter().filter(|slot| slot.kind == 'p') {
        for id in &slot.entities {
            if !persons.contains(&id) {
                persons.push(id);
            }
        }
    }
    match persons[..] {
        [first, second] => Some([first.clone(), second.clone()]),
        _ => None,
    }
}

/// The latest coordination of `size` distinct states earlier in the sentence ("Britain,
/// France and Germany said the three countries would ..."), before lists are grouped.
fn coordination_of(so_far: &Linked<'_>, size: usize) -> Option<Vec<String>> {
    let items = &so_far.items;
    let state = |at: usize| {
        slot_at(items, at)
            .map(|index| &so_far.slots[index])
            .filter(|slot| matches!(slot.kind, 'c' | 'l' | 's') && slot.entities.len() == 1)
            .map(|slot| slot.entities[0].clone())
    };
    for end in (0..items.len()).rev() {
        let Some(last) = state(end) else { continue };
        let mut members = vec![last];
        let mut at = end;
        let mut joined = false;
        loop {
            let mut probe = at;
            // Articles before names are still in place at this stage: "and the Philippines".
            if probe >= 1 && word_is(items, probe - 1, &["the"]) {
                probe -= 1;
            }
            // The last member follows "and" (perhaps ", and"), the others a comma.
            if !joined && probe >= 2 && word_is(items, probe - 1, &["and"]) {
                joined = true;
                probe -= 1;
                if probe >= 2 && word_is(items, probe - 1, &[","]) {
                    probe -= 1;
                }
            } else if joined && probe >= 2 && word_is(items, probe - 1, &[","]) {
                probe -= 1;
            } else {
                break;
            }
            let Some(member) = state(probe - 1) else {
                break;
            };
            members.push(member);
            at = probe - 1;
        }
        let mut distinct = members.clone();
        distinct.sort();
        distinct.dedup();
        // "India, Japan, Australia and the United States, the four members of the Quad":
        // an apposition right after the list describes it and stays words.
        let apposition = end + 2 == items.len() && word_is(items, end + 1, &[","]);
        if joined && members.len() == size && distinct.len() == size && !apposition {
            members.reverse();
            return Some(members);
        }
    }
    None
}

/// "the Geneva-based agency", "the Vienna-based watchdog": an organisation described by
/// its seat is the one organisation the sentence has named before it. A leader ("the
/// Moscow-led bloc") is not enough: the bloc is often another than the one just named.
fn name_described_organisations(linked: &mut Linked<'_>, cues: &Cues) {
    let mut at = 0;
    while at + 3 < linked.items.len() {
        let described = slot_at(&linked.items, at)
            .is_some_and(|index| matches!(linked.slots[index].kind, 'c' | 'd' | 'l' | 's' | 'x'))
            && word_is(&linked.items, at + 1, &["-"])
            && word_is(&linked.items, at + 2, &["based", "headquartered"])
            && matches!(&linked.items[at + 3], Item::Word(word)
                if (cues.organisation_nouns.iter().any(|noun| noun == word) && *word != "group")
                    || matches!(*word, "agency" | "watchdog" | "court" | "tribunal"))
            && slot_at(&linked.items, at + 4).is_none();
        if !described {
            at += 1;
            continue;
        }
        let mut named: Vec<&String> = linked.items[..at]
            .iter()
            .filter_map(|item| match item {
                Item::Slot(index) if linked.slots[*index].kind == 'o' => {
                    linked.slots[*index].entities.first()
                }
                _ => None,
            })
            .collect();
        named.dedup();
        let [organisation] = named[..] else {
            at += 1;
            continue;
        };
        let organisation = organisation.clone();
        linked.slots.push(Slot {
            anaphoric: true,
            ..slot('o', vec![organisation])
        });
        let index = linked.slots.len() - 1;
        linked.items.splice(at..at + 4, [Item::Slot(index)]);
        at += 1;
    }
}

fn drop_organisation_descriptions(linked: &mut Linked<'_>, cues: &Cues) {
    let is_organisation = |linked: &Linked<'_>, at: usize| {
        slot_at(&linked.items, at).is_some_and(|index| linked.slots[index].kind == 'o')
    };
    let is_noun = |linked: &Linked<'_>, at: usize| matches!(linked.items.get(at), Some(Item::Word(word)) if cues.organisation_nouns.iter().any(|noun| noun == word));
    // "150 of the 193 U.N. member states recognise Palestine": the members, not the
    // organisation, act; the name goes.
    let mut at = 0;
    while at + 2 < linked.items.len() {
        if is_organisation(linked, at)
            && word_is(&linked.items, at + 1, &["member"])
            && word_is(
                &linked.items,
                at + 2,
                &["states", "countries", "nations", "governments"],
            )
        {
            linked.items.remove(at);
        }
        at += 1;
    }
    // "the Mercosur bloc", "the NATO alliance": the noun after the name goes, unless it
    // opens a longer name or a possessive ("the EU bloc's", "the bloc of").
    let mut at = 0;
    while at + 1 < linked.items.len() {
        if is_organisation(linked, at)
            && is_noun(linked, at + 1)
            && !word_is(&linked.items, at + 2, &["of", "'s"])
        {
            linked.items.remove(at + 1);
        }
        at += 1;
    }
    // "the West African bloc ECOWAS", "the South American Mercosur": descriptors (plain
    // words from the list, or a country adjective) and perhaps a noun before the name.
    let mut at = 0;
    while at < linked.items.len() {
        if !word_is(&linked.items, at, &["the"]) {
            at += 1;
            continue;
        }
        let mut probe = at + 1;
        while probe < linked.items.len() && probe - at <= 4 {
            let descriptor = match &linked.items[probe] {
                Item::Word(word) => cues
                    .organisation_descriptors
                    .iter()
                    .any(|known| known == word),
                Item::Slot(index) => linked.slots[*index].kind == 'd',
            };
            if !descriptor {
                break;
            }
            probe += 1;
        }
        if is_noun(linked, probe) {
            probe += 1;
        }
        if probe > at + 1 && is_organisation(linked, probe) {
            linked.items.drain(at..probe);
        }
        at += 1;
    }
}

/// "the Shanghai Cooperation Organisation (SCO)" names one entity once.
fn drop_parenthetical_acronyms(linked: &mut Linked<'_>) {
    let mut at = 0;
    while at + 3 < linked.items.len() {
        let same = match (slot_at(&linked.items, at), slot_at(&linked.items, at + 2)) {
            (Some(first), Some(second)) => {
                linked.slots[first].entities == linked.slots[second].entities
            }
            _ => false,
        };
        if same && word_is(&linked.items, at + 1, &["("]) && word_is(&linked.items, at + 3, &[")"])
        {
            linked.items.drain(at + 1..at + 4);
        }
        at += 1;
    }
}

/// Beijing "firmly opposes" Japan's plan: quotation marks around a few words inside a
/// sentence quote the wording, not a separate statement, and are dropped so that the
/// words read as the sentence's own. Longer quotations keep their marks.
fn drop_scare_quotes(linked: &mut Linked<'_>) {
    let quotes: Vec<usize> = (0..linked.items.len())
        .filter(|&at| word_is(&linked.items, at, &["\""]))
        .collect();
    let mut dropped = Vec::new();
    for pair in quotes.chunks_exact(2) {
        let (open, close) = (pair[0], pair[1]);
        let inner = &linked.items[open + 1..close];
        if (1..=4).contains(&inner.len()) && inner.iter().all(|item| matches!(item, Item::Word(_)))
        {
            dropped.extend([open, close]);
        }
    }
    for at in dropped.into_iter().rev() {
        linked.items.remove(at);
    }
}

/// "Israel's foreign minister, Gideon Saar, said": a person set off by commas after the
/// role names the role's holder, and reads as "Israel's foreign minister Gideon Saar
/// said", the form the rules know. Only a closing comma (or the end) makes it an
/// apposition: "the foreign minister, Gideon Saar and ..." is left alone.
fn close_role_appositions(linked: &mut Linked<'_>) {
    // Honorifics before a person carry nothing a rule needs either: "President of the
    // Russian Federation, H.E. Mr. Vladimir Putin", "His Excellency Vladimir Putin".
    const HONORIFICS: &[&[&str]] = &[
        &["h.e."],
        &["his", "excellency"],
        &["her", "excellency"],
        &["his", "majesty"],
        &["her", "majesty"],
        &["his", "royal", "highness"],
        &["her", "royal", "highness"],
        &["his", "highness"],
        &["her", "highness"],
    ];
    let mut at = 0;
    while at < linked.items.len() {
        let honorific = HONORIFICS.iter().find(|words| {
            words
                .iter()
                .enumerate()
                .all(|(offset, word)| word_is(&linked.items, at + offset, &[word]))
        });
        if let Some(words) = honorific {
            // ("Mr." keeps its dot.)
            let titles = (0..=3)
                .take_while(|&offset| {
                    let at = at + words.len() + offset;
                    word_is(&linked.items, at, TITLES) || word_is(&linked.items, at, &["."])
                })
                .count();
            if slot_at(&linked.items, at + words.len() + titles)
                .is_some_and(|index| linked.slots[index].kind == 'p')
            {
                linked.items.drain(at..at + words.len());
                continue;
            }
        }
        at += 1;
    }
    // A title between a role and its holder carries nothing a rule needs: "Saudi Defence
    // Minister Prince Khalid bin Salman" reads as "Saudi Defence Minister Khalid bin Salman".
    // (A title may take two words: "army chief Field Marshal Asim Munir".)
    let mut at = 0;
    while at + 2 < linked.items.len() {
        let role = slot_at(&linked.items, at).is_some_and(|index| linked.slots[index].kind == 'r');
        let titles = (1..=2)
            .take_while(|&offset| word_is(&linked.items, at + offset, TITLES))
            .count();
        let person = titles > 0
            && slot_at(&linked.items, at + 1 + titles)
                .is_some_and(|index| linked.slots[index].kind == 'p');
        // Also in an apposition: "Mali's interim president, Colonel Assimi Goita,".
        let apposed_role = word_is(&linked.items, at, &[","])
            && at > 0
            && slot_at(&linked.items, at - 1).is_some_and(|index| linked.slots[index].kind == 'r');
        if (role || apposed_role) && person {
            linked.items.drain(at + 1..at + 1 + titles);
        }
        at += 1;
    }
    let mut at = 0;
    while at + 2 < linked.items.len() {
        let role = slot_at(&linked.items, at).is_some_and(|index| linked.slots[index].kind == 'r');
        let person =
            slot_at(&linked.items, at + 2).is_some_and(|index| linked.slots[index].kind == 'p');
        // ("The British ambassador to China, Peter Wilson, met": a posting may stand
        // between the role and the comma.)
        if role
            && !person
            && slot_at(&linked.items, at + 1)
                .is_some_and(|index| matches!(linked.slots[index].kind, 'c' | 'o' | 's' | 'l'))
            && word_is(&linked.items, at + 2, &[","])
            && slot_at(&linked.items, at + 3).is_some_and(|index| linked.slots[index].kind == 'p')
            && word_is(&linked.items, at + 4, &[","])
        {
            linked.items.remove(at + 4);
            linked.items.remove(at + 2);
        }
        if role && person && word_is(&linked.items, at + 1, &[","]) {
            let closing = at + 3;
            if word_is(&linked.items, closing, &[","]) {
                linked.items.remove(closing);
                linked.items.remove(at + 1);
            } else if matches!(linked.items.get(closing), None | Some(Item::Word("."))) {
                linked.items.remove(at + 1);
            }
        }
        at += 1;
    }
}

/// Titles that may stand before a name, folded ("prince", "general").
pub const TITLES: &[&str] = &[
    "mullah",
    "maulana",
    "ayatollah",
    "prince",
    "princess",
    "sheikh",
    "sheikha",
    "king",
    "queen",
    "emir",
    "general",
    "gen",
    "colonel",
    "captain",
    "admiral",
    "marshal",
    "dr",
    "mr",
    "mrs",
    "ms",
    "sir",
    "dame",
    "lord",
    "lady",
    "field",
    "rear",
    "air",
    "lieutenant",
    "major",
    "brigadier",
    "cardinal",
    "archbishop",
];

/// "in Tashkent", "at the Uzbek capital Tashkent": the capital is where things
/// happened, not an actor.
fn mark_locations(linked: &mut Linked<'_>) {
    let items = &linked.items;
    let mut places = Vec::new();
    for at in 0..items.len() {
        if !word_is(items, at, &["in", "at", "near", "outside", "inside", "to"]) {
            continue;
        }
        let mut probe = at + 1;
        if word_is(items, probe, &["the"]) {
            probe += 1;
        }
        if slot_at(items, probe).is_some_and(|index| linked.slots[index].kind == 'd') {
            probe += 1;
        }
        if word_is(items, probe, &["capital", "city", "port", "resort"]) {
            probe += 1;
            // "in the Russian city of Kazan".
            if word_is(items, probe, &["of"]) {
                probe += 1;
            }
        }
        // "to" marks a place only after a verb of motion: "travelled to Caracas to meet
        // Maduro", not "sent a letter to Moscow".
        let motion = at > 0
            && word_is(
                items,
                at - 1,
                &[
                    "travelled",
                    "traveled",
                    "travelling",
                    "traveling",
                    "flew",
                    "flying",
                    "went",
                    "headed",
                    "heading",
                    "returned",
                    "returning",
                    "came",
                    "journeyed",
                ],
            );
        // A seat of power is a place after "at" ("signed at the White House"), but not as
        // an owner ("at the Kremlin's request"), nor where people work ("officials at the
        // Pentagon"): "in the White House" is mostly the government.
        // After a meeting's person or verb, "in" does put it there too: "met Putin in the
        // Kremlin", "talks in the White House".
        let met_in = word_is(items, at, &["in"])
            && at > 0
            && (slot_at(items, at - 1).is_some_and(|index| linked.slots[index].kind == 'p')
                || word_is(
                    items,
                    at - 1,
                    &[
                        "met", "talks", "meeting", "received", "hosted", "welcomed", "summit",
                    ],
                ));
        let seat_here = |index: usize| {
            linked.slots[index].kind == 's'
                && (word_is(items, at, &["at"]) || met_in)
                && !word_is(items, probe + 1, &["'s"])
                && !(at > 0
                    && word_is(
                        items,
                        at - 1,
                        &[
                            "officials",
                            "official",
                            "aides",
                            "aide",
                            "sources",
                            "staff",
                            "staffers",
                            "spokesman",
                            "spokeswoman",
                            "spokesperson",
                            "advisers",
                            "advisors",
                            "reporters",
                            "briefing",
                            "insiders",
                            "lawmakers",
                            "concern",
                            "alarm",
                            "anger",
                        ],
                    ))
        };
        if let Some(index) = slot_at(items, probe)
            && (matches!(linked.slots[index].kind, 'l' | 'x') || seat_here(index))
            && linked.slots[index].place.is_some()
            && (!word_is(items, at, &["to"]) || motion)
            // "lashed out at Madrid", "took aim at Beijing", "fired at Kyiv": a target.
            && !(word_is(items, at, &["at"])
                && at > 0
                && word_is(
                    items,
                    at - 1,
                    &["out", "aim", "back", "fired", "fire", "jabs", "swipe", "digs", "dig"],
                ))
        {
            places.push(index);
        }
    }
    for index in places {
        let slot = &mut linked.slots[index];
        slot.kind = 'x';
        if linked.location.is_none() {
            linked.location = slot.place.clone();
        }
    }
}

/// "India, Pakistan and Iran" becomes one list slot.
fn group_lists(linked: &mut Linked<'_>) {
    let mut at = 0;
    while at < linked.items.len() {
        let Some(first) = slot_at(&linked.items, at)
            .filter(|&index| is_actor(linked.slots[index].kind) && linked.slots[index].kind != 'L')
        else {
            at += 1;
            continue;
        };
        // A person introduced by a role ("Iranian Foreign Minister Abbas Araghchi and
        // Rafael Grossi") stays apart, so that the role stays with its holder.
        if linked.slots[first].kind == 'p'
            && at > 0
            && slot_at(&linked.items, at - 1).is_some_and(|index| linked.slots[index].kind == 'r')
        {
            at += 1;
            continue;
        }
        let mut members = vec![first];
        let mut probe = at + 1;
        // A possessive ("Russia and China's ties") is not a list of actors.
        let possessive = |items: &[Item], at: usize| word_is(items, at, &["'s"]);
        let mut closed = false;
        let mut comma_before_and = false;
        loop {
            if word_is(&linked.items, probe, &[","]) {
                if let Some(next) = slot_at(&linked.items, probe + 1).filter(|&index| {
                    is_actor(linked.slots[index].kind) && linked.slots[index].kind != 'L'
                }) {
                    members.push(next);
                    probe += 2;
                    continue;
                }
                if word_is(&linked.items, probe + 1, &["and", "&"]) {
                    probe += 1;
                    comma_before_and = true;
                    continue;
                }
                break;
            }
            // "Neither India nor Brazil joined": a list, negated by the rule's reading of
            // "neither".
            let nor = word_is(&linked.items, probe, &["nor"])
                && at > 0
                && word_is(&linked.items, at - 1, &["neither"]);
            // (After a person, a body before a role describes the person after it: "Trump
            // and European Commission President Ursula von der Leyen".)
            let describes = |items: &[Item], at: usize| {
                linked.slots[first].kind == 'p'
                    && slot_at(items, at).is_some_and(|index| linked.slots[index].kind == 'r')
            };
            if (nor || word_is(&linked.items, probe, &["and", "&"]))
                && !possessive(&linked.items, probe + 2)
                && !describes(&linked.items, probe + 2)
                && let Some(next) = slot_at(&linked.items, probe + 1).filter(|&index| {
                    // A named group closes a list ("Germany, France and the Nordic
                    // states"); a list referred back to does not.
                    is_actor(linked.slots[index].kind)
                        && (linked.slots[index].kind != 'L'
                            || members.len() >= 2 && !linked.slots[index].anaphoric)
                })
            {
                members.push(next);
                probe += 2;
                closed = true;
            }
            break;
        }
        // "... a treaty with the United States, and Japan hosts ...": a comma before "and"
        // with only two names joins clauses, not a list.
        if comma_before_and && members.len() == 2 {
            closed = false;
        }
        if closed && members.len() >= 2 {
            let mut entities = Vec::new();
            let mut anaphoric = false;
            for &member in &members {
                for entity in &linked.slots[member].entities {
                    if !entities.contains(entity) {
                        entities.push(entity.clone());
                    }
                }
                anaphoric |= linked.slots[member].anaphoric;
            }
            linked.slots.push(Slot {
                anaphoric,
                ..slot('L', entities)
            });
            let list = linked.slots.len() - 1;
            linked.items.splice(at..probe, [Item::Slot(list)]);
        }
        at += 1;
    }
}

/// "Mali, along with Burkina Faso and Niger, expelled ...": a country that opens a clause,
/// joined by "along with" or "together with" between commas to other countries, is one
/// list with them.
fn join_along_with(linked: &mut Linked<'_>, context: &Context) {
    let is_country = |slot: &Slot| {
        matches!(slot.kind, 'c' | 'l' | 's' | 'L')
            && slot.entities.iter().all(|id| context.is_country(id))
    };
    let mut at = 0;
    while at + 5 < linked.items.len() {
        let first = slot_at(&linked.items, at).filter(|&index| is_country(&linked.slots[index]));
        let second =
            slot_at(&linked.items, at + 4).filter(|&index| is_country(&linked.slots[index]));
        // Only a subject joins: "The United States sanctioned Russia, together with
        // Britain and Canada," does not make Britain a target.
        let opens_clause = at == 0
            || word_is(&linked.items, at - 1, &[","])
            || word_is(&linked.items, at - 1, CLAUSE_OPENERS);
        if let (Some(first), Some(second)) = (first, second)
            && opens_clause
            && word_is(&linked.items, at + 1, &[","])
            && word_is(&linked.items, at + 2, &["along", "together"])
            && word_is(&linked.items, at + 3, &["with"])
            && word_is(&linked.items, at + 5, &[","])
        {
            let mut entities = linked.slots[first].entities.clone();
            for id in &linked.slots[second].entities {
                if !entities.contains(id) {
                    entities.push(id.clone());
                }
            }
            let anaphoric = linked.slots[first].anaphoric || linked.slots[second].anaphoric;
            linked.slots.push(Slot {
                anaphoric,
                ..slot('L', entities)
            });
            let list = linked.slots.len() - 1;
            linked.items.splice(at..at + 6, [Item::Slot(list)]);
        }
        at += 1;
    }
}

/// The countries of coordinated persons introduced by country ("U.S. President Joe Biden,
/// Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol"): later
/// "the three leaders" or "the two sides" mean these countries.
fn remember_coordinated_persons(linked: &Linked<'_>, context: &mut Context) {
    let items = &linked.items;
    let kind_at = |at: usize| slot_at(items, at).map(|index| linked.slots[index].kind);
    // One unit: [his|her] country-or-adjective ['s] [role] person; its end and country.
    let unit = |mut at: usize| -> Option<(usize, Option<String>)> {
        if word_is(items, at, &["his", "her"]) {
            at += 1;
        }
        let mut country = None;
        if matches!(kind_at(at), Some('c' | 'd')) {
            country = slot_at(items, at).and_then(|index| linked.slots[index].entities.first());
            at += 1;
            if word_is(items, at, &["'s"]) {
                at += 1;
            }
        }
        if kind_at(at) == Some('r') {
            at += 1;
        }
        (kind_at(at) == Some('p')).then(|| (at + 1, country.cloned()))
    };
    let mut start = 0;
    while start < items.len() {
        let Some((mut end, first)) = unit(start) else {
            start += 1;
            continue;
        };
        let mut countries = vec![first];
        let mut closed = false;
        loop {
            let mut next = end;
            if word_is(items, next, &[","]) {
                next += 1;
            }
            let and = word_is(items, next, &["and"]);
            if and {
                next += 1;
            }
            match unit(next) {
                Some((after, country)) if next > end => {
                    countries.push(country);
                    end = after;
                    if and {
                        closed = true;
                        break;
                    }
                }
                _ => break,
            }
        }
        let known: Vec<String> = countries.iter().flatten().cloned().collect();
        let mut distinct = known.clone();
        distinct.sort();
        distinct.dedup();
        if closed && known.len() == countries.len() && distinct.len() == known.len() {
            match known.as_slice() {
                [first, second] => {
                    context.pair = Some([first.clone(), second.clone()]);
                }
                _ => {
                    context.lists.retain(|list| *list != known);
                    context.lists.push(known);
                    if context.lists.len() > 8 {
                        context.lists.remove(0);
                    }
                }
            }
        }
        start = end;
    }
}

/// Remembers what this sentence puts in focus for the next ones.
fn update_focus(linked: &Linked<'_>, cues: &Cues, context: &mut Context) {
    let kind_of = |context: &Context, id: &str| context.entities.get(id).map(|entity| entity.kind);
    let mut first_actor = None;
    let mut persons: Vec<&String> = Vec::new();
    // Persons a pronoun or a short reference stands for ("On Tuesday he held talks with
    // Sanae Takaichi").
    let mut referred_persons: Vec<&String> = Vec::new();
    let mut every_person: Vec<String> = Vec::new();
    for (position, item) in linked.items.iter().enumerate() {
        let Item::Slot(index) = item else { continue };
        let slot = &linked.slots[*index];
        if slot.kind == 'p' {
            // One named as whom another serves ("Celso Amorim, an adviser to President
            // Lula") is no party of the pair.
            let served = {
                let mut at = position;
                if at >= 1
                    && slot_at(&linked.items, at - 1)
                        .is_some_and(|index| linked.slots[index].kind == 'r')
                {
                    at -= 1;
                }
                at >= 2
                    && word_is(&linked.items, at - 1, &["to", "for"])
                    && (slot_at(&linked.items, at - 2)
                        .is_some_and(|index| linked.slots[index].kind == 'r')
                        || matches!(&linked.items[at - 2], Item::Word(word)
                            if cues.associates.iter().chain(&cues.person_agents).any(|noun| noun == word)))
            };
            for id in &slot.entities {
                if !every_person.contains(id) {
                    every_person.push(id.clone());
                }
                if !slot.anaphoric && !served && !persons.contains(&id) {
                    persons.push(id);
                }
                if slot.anaphoric
                    && !served
                    && slot.entities.len() == 1
                    && !referred_persons.contains(&id)
                {
                    referred_persons.push(id);
                }
            }
        }
        if first_actor.is_none()
            && matches!(slot.kind, 'c' | 'o' | 'g' | 'l' | 's')
            && slot.entities.len() == 1
        {
            first_actor = Some(slot.entities[0].clone());
        }
        for id in &slot.entities {
            match kind_of(context, id) {
                Some(EntityKind::Person) => {
                    context.recent_persons.retain(|known| known != id);
                    context.recent_persons.push(id.clone());
                }
                // An organisation named as a role holder's employer ("European Commission
                // President Ursula von der Leyen") is not what "the bloc" will mean.
                // Nor does a guessed reference ("its") move the focus, nor an organisation
                // that describes a member ("Turkey, a NATO member, has applied").
                Some(EntityKind::Organisation)
                    if slot.kind == 'o'
                        && !slot.anaphoric
                        && slot_at(&linked.items, position + 1)
                            .is_none_or(|next| linked.slots[next].kind != 'r')
                        && !word_is(
                            &linked.items,
                            position + 1,
                            &["member", "ally", "partner", "state"],
                        )
                        // Nor does a body named after "with" while another is in focus: in
                        // "Mercosur leaders met ... overshadowed by the trade agreement with
                        // the European Union", the bloc is still Mercosur.
                        && !((position >= 1 && word_is(&linked.items, position - 1, &["with"])
                            || position >= 2
                                && word_is(&linked.items, position - 1, &["the"])
                                && word_is(&linked.items, position - 2, &["with"]))
                            && context.organisation.as_ref().is_some_and(|known| known != id))
                        // Nor a body named as an example or as what another counters.
                        && !named_as_example(&linked.items, position) =>
                {
                    context.organisation = Some(id.clone());
                    if !cues.institutions.contains(id) {
                        context.bloc = Some(id.clone());
                    }
                    context.recent_organisations.retain(|known| known != id);
                    context.recent_organisations.push(id.clone());
                }
                Some(EntityKind::Country) if slot.kind != 'L' || slot.entities.len() == 1 => {
                    context.recent_countries.retain(|known| known != id);
                    context.recent_countries.push(id.clone());
                    if context.recent_countries.len() > 16 {
                        context.recent_countries.remove(0);
                    }
                }
                _ => {}
            }
        }
        let countries: Vec<&String> = slot
            .entities
            .iter()
            .filter(|id| kind_of(context, id) == Some(EntityKind::Country))
            .collect();
        if slot.kind == 'L'
            && !slot.anaphoric
            && countries.len() >= 3
            && countries.len() == slot.entities.len()
        {
            context.lists.retain(|list| *list != slot.entities);
            context.lists.push(slot.entities.clone());
            if context.lists.len() > 8 {
                context.lists.remove(0);
            }
        }
        // "Qatar and Egypt have mediated between Israel and Hamas", "talks mediated by
        // Qatar and Turkey": the mediators are not the sides.
        // Nor are observers ("with US and Chinese diplomats present as observers").
        let mediators = linked.items[position + 1..].iter().take(4).any(|item| {
            mediating(item) || matches!(item, Item::Word(word) if word.starts_with("observer"))
        }) || position >= 2
            && word_is(&linked.items, position - 1, &["by"])
            && mediating(&linked.items[position - 2]);
        // "The leaders discussed Syria and Lebanon", "tours Egypt and Jordan": a topic, a
        // place or a destination is not the pair.
        // The list may close an enumeration of places begun before it ("the situation in
        // Gaza, Libya and Sudan"): the words before its first item decide. An opening place
        // ("In Cairo, Egypt and Greece signed") is no topic.
        let mut first = position;
        for _ in 0..3 {
            if first >= 3 && word_is(&linked.items, first - 1, &[","]) {
                first -= 2;
            } else {
                break;
            }
        }
        if first < 3 {
            first = position;
        }
        let word_back = |back: usize| match first.checked_sub(back).map(|at| &linked.items[at]) {
            Some(Item::Word(word)) => Some(*word),
            _ => None,
        };
        let topic = word_back(1).is_some_and(|last| {
            cues.not_sides.phrase_len_at(&[last]) == Some(1)
                || word_back(2)
                    .is_some_and(|before| cues.not_sides.phrase_len_at(&[before, last]) == Some(2))
        });
        if slot.kind == 'L'
            && !slot.anaphoric
            && countries.len() == 2
            && slot.entities.len() == 2
            && !mediators
            && !topic
        {
            context.pair = Some([countries[0].clone(), countries[1].clone()]);
        }
        // "Russian-Chinese relations": two adjectives joined by a hyphen.
        if slot.kind == 'd'
            && word_is(&linked.items, position + 1, &["-"])
            && let Some(other) = slot_at(&linked.items, position + 2)
            && linked.slots[other].kind == 'd'
            && linked.slots[other].entities != slot.entities
        {
            context.pair = Some([
                slot.entities[0].clone(),
                linked.slots[other].entities[0].clone(),
            ]);
        }
    }
    // Of three or more persons, two joined by "and" are the pair ("Erdogan hosted Abiy
    // Ahmed and Hassan Sheikh Mohamud. ... the two leaders agreed" are the guests). A
    // sentence of background ("Last month Modi visited Moscow, where he embraced Putin")
    // does not take the place of the pair the news is about.
    let background = context.person_pair.is_some() && opens_with_past_time(&linked.items);
    // One named with one referred to: "Trump met Emperor Naruhito. On Tuesday he held talks
    // with Sanae Takaichi. ... The two leaders signed" are Trump and Takaichi.
    if let ([named], [referred]) = (&persons[..], &referred_persons[..])
        && named != referred
    {
        persons.push(referred);
    }
    if !background && let [first, second, ..] = persons[..] {
        let pair = (persons.len() > 2)
            .then(|| coordinated_persons(linked))
            .flatten()
            .unwrap_or([first.clone(), second.clone()]);
        context.person_pair = Some(pair);
    }
    if !every_person.is_empty() {
        context.previous_persons = every_person;
    }
    if first_actor.is_some() {
        context.last_actor = first_actor;
    }
    // The subject list "they" may mean next: the first slot's, when it is a list of
    // states; any other actor first ends it.
    if let Some(slot) = first_slot(linked)
        && matches!(slot.kind, 'c' | 'o' | 'g' | 'l' | 's' | 'L' | 'p' | 'd')
    {
        context.subject_list = subject_list(slot, context).then(|| slot.entities.clone());
    }
}

/// Whether the sentence opens with a time before the news: "Last month", "Last year",
/// "Earlier this year", "In 2019", "Back in March", "Previously".
fn opens_with_past_time(items: &[Item]) -> bool {
    let word = |at: usize| match items.get(at) {
        Some(Item::Word(word)) => *word,
        _ => "",
    };
    const SPANS: &[&str] = &[
        "week", "month", "year", "summer", "winter", "spring", "autumn",
    ];
    match word(0) {
        "last" | "earlier" => {
            SPANS.contains(&word(1)) || word(1) == "this" && SPANS.contains(&word(2))
        }
        "previously" | "back" => true,
        "in" => word(1).len() == 4 && word(1).bytes().all(|byte| byte.is_ascii_digit()),
        _ => false,
    }
}

/// The last two persons of the sentence joined by "and", each perhaps with descriptors
/// ("Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud"), not
/// the end of a longer list ("between Zelensky, Donald Trump and JD Vance").
fn coordinated_persons(linked: &Linked<'_>) -> Option<[String; 2]> {
    let person = |at: usize| {
        slot_at(&linked.items, at)
            .map(|index| &linked.slots[index])
            .filter(|slot| slot.kind == 'p' && !slot.anaphoric && slot.entities.len() == 1)
    };
    let mut found = None;
    for at in 0..linked.items.len() {
        let Some(first) = person(at) else { continue };
        if !word_is(&linked.items, at + 1, &["and"]) {
            continue;
        }
        let mut opening = at;
        while opening > 0
            && slot_at(&linked.items, opening - 1)
                .is_some_and(|index| matches!(linked.slots[index].kind, 'd' | 'r' | 'c'))
        {
            opening -= 1;
        }
        if opening > 0 && word_is(&linked.items, opening - 1, &[","]) {
            continue;
        }
        let mut next = at + 2;
        while slot_at(&linked.items, next)
            .is_some_and(|index| matches!(linked.slots[index].kind, 'd' | 'r' | 'c'))
        {
            next += 1;
        }
        if let Some(second) = person(next)
            && second.entities != first.entities
        {
            found = Some([first.entities[0].clone(), second.entities[0].clone()]);
        }
    }
    found
}

/// The sentence's first slot, if any.
fn first_slot<'l>(linked: &'l Linked<'_>) -> Option<&'l Slot> {
    linked.items.iter().find_map(|item| match item {
        Item::Slot(index) => Some(&linked.slots[*index]),
        Item::Word(_) => None,
    })
}

/// Whether a slot is a list of two or more states.
fn subject_list(slot: &Slot, context: &Context) -> bool {
    slot.kind == 'L'
        && slot.entities.len() >= 2
        && slot.entities.iter().all(|id| {
            context
                .entities
                .get(id)
                .is_some_and(|entity| entity.kind == EntityKind::Country)
        })
}

/// The text the rules match: words and slots separated by single spaces, with a space at
/// both ends. Slots read SLOT_START, kind, number, SLOT_END.
/// Whether a word reads as a verb in the past ("visited", "met"): a name after it is its
/// object.
pub fn reads_as_past_verb(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed") && !word.ends_with("eed")
        || matches!(
            word,
            "met"
                | "hit"
                | "struck"
                | "left"
                | "told"
                | "sent"
                | "led"
                | "saw"
                | "gave"
                | "won"
                | "took"
                | "made"
                | "held"
                | "sought"
                | "brought"
                | "quit"
                | "rejoined"
                | "spoke"
                | "began"
                | "set"
                | "signed"
                | "built"
                | "kept"
                | "paid"
                | "flew"
                | "went"
                | "drew"
                | "broke"
                | "froze"
                | "withdrew"
                | "came"
                | "wrote"
                | "shook"
        )
}

/// The state a person serves: the one the article has said, else the one the gazetteer
/// knows them to have served in the publication year.
pub fn state_of(context: &Context, gazetteer: &Gazetteer, person: &str) -> Option<String> {
    context.person_country.get(person).cloned().or_else(|| {
        let state = gazetteer.state_served(gazetteer.index_of(person)?, context.when)?;
        Some(gazetteer.entity(state).id.clone())
    })
}

/// Whether words tell of a military exercise (`exercises`: "held joint drills").
pub fn is_exercise(words: &[&str], cues: &Cues) -> bool {
    (0..words.len()).any(|at| cues.exercises.phrase_len_at(&words[at..]).is_some())
}

/// The kinds of acts a later noun may refer back to: "the arrest" (any other act), "the
/// drills" (an exercise), "the tariffs" (a sanction); "the move" means the latest of any.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ActKind {
    #[default]
    Other = 0,
    Exercise = 1,
    Sanction = 2,
}

/// The kind of the first act of one actor a sentence reports (`solo_acts`), from the
/// words of the verb's phrase and the six after it: an exercise word makes it an exercise
/// ("launched two days of military drills", but not "closed all crossings on its border
/// with Belarus ahead of the Zapad exercises"), a word of `sanction_terms` a sanction
/// ("imposed new tariffs").
pub fn act_kind(words: &[&str], cues: &Cues) -> ActKind {
    (0..words.len())
        .find_map(|at| {
            let length = cues.solo_acts.phrase_len_at(&words[at..])?;
            let phrase = &words[at..(at + length + 6).min(words.len())];
            Some(if is_exercise(phrase, cues) {
                ActKind::Exercise
            } else if (0..phrase.len())
                .any(|from| cues.sanction_terms.phrase_len_at(&phrase[from..]).is_some())
            {
                ActKind::Sanction
            } else {
                ActKind::Other
            })
        })
        .unwrap_or_default()
}

/// The words of a linked sentence, each slot a single `\u{1}`: what cue phrases are
/// looked up in (made once per sentence, for `actors_of` and `attacker_named_by_noun`).
pub fn words_of<'a>(linked: &Linked<'a>) -> Vec<&'a str> {
    linked
        .items
        .iter()
        .map(|item| match item {
            Item::Word(word) => *word,
            Item::Slot(_) => "\u{1}",
        })
        .collect()
}

/// Who does what one of a list of `verbs` names: the actor just before the verb, with at most three
/// words between and no clause break ("North Korea on Sunday fired", "Iran's navy seized",
/// "Pyongyang said it fired"), together with actors coordinated before it ("Russia and
/// China held"); or, failing that, an actor right after the verb that ends its clause
/// ("..., said Lavrov."). An actor after a preposition ("drills near Taiwan") is none.
/// One answer per list of verbs, from one reading of the sentence.
pub fn actors_of<const N: usize>(
    linked: &Linked<'_>,
    words: &[&str],
    verbs: [&CueSet; N],
    cues: &Cues,
) -> [Option<Vec<String>>; N] {
    // A state's adjective acts only with a word that makes it the state ("Russian forces
    // launched"), not before a private party ("Canadian miner Barrick said").
    let actor = |at: usize| match linked.items.get(at) {
        Some(Item::Slot(index))
            if matches!(
                linked.slots[*index].kind,
                'c' | 'o' | 'g' | 'p' | 'l' | 's' | 'd' | 'L'
            ) && !(matches!(linked.slots[*index].kind, 'c' | 'd')
                && cues
                    .private_parties
                    .phrase_len_at(&words[at + 1..])
                    .is_some())
                // "a NATO member had fired": the member, not the organisation.
                && !(linked.slots[*index].kind == 'o'
                    && matches!(
                        words.get(at + 1).copied(),
                        Some("member" | "members" | "ally" | "allies" | "state" | "states")
                    )) =>
        {
            Some(*index)
        }
        _ => None,
    };
    let scan = |verbs: &CueSet| -> Option<Vec<String>> {
        for at in 0..words.len() {
            let Some(length) = verbs.phrase_len_at(&words[at..]) else {
                continue;
            };
            for back in (at.saturating_sub(4)..at).rev() {
                if matches!(
                    words[back],
                    "," | "and"
                        | "or"
                        | "."
                        | ";"
                        | ":"
                        | "that"
                        | "which"
                        | "who"
                        | "when"
                        | "after"
                        | "before"
                        | "while"
                        | "as"
                        | "but"
                ) {
                    break;
                }
                let Some(index) = actor(back) else {
                    if matches!(linked.items[back], Item::Slot(_)) {
                        break;
                    }
                    continue;
                };
                if back > 0
                    && matches!(
                        words[back - 1],
                        "in" | "of"
                            | "from"
                            | "by"
                            | "to"
                            | "on"
                            | "at"
                            | "with"
                            | "against"
                            | "for"
                            | "into"
                            | "over"
                            | "near"
                            | "around"
                            | "off"
                    )
                {
                    break;
                }
                let mut actors = linked.slots[index].entities.clone();
                let mut first = back;
                // Coordinated actors end in "and" ("Russia, China and Iran held"); a comma
                // alone sets off an aside ("According to the Pentagon, Russia launched").
                while first >= 2
                    && (words[first - 1] == "and" || words[first - 1] == "," && first < back)
                {
                    let Some(before) = actor(first - 2) else {
                        break;
                    };
                    for id in linked.slots[before].entities.iter().rev() {
                        if !actors.contains(id) {
                            actors.insert(0, id.clone());
                        }
                    }
                    first -= 2;
                }
                return Some(actors);
            }
            if let Some(index) = actor(at + length)
                && matches!(
                    words.get(at + length + 1).copied(),
                    None | Some("," | "." | ";")
                )
            {
                return Some(linked.slots[index].entities.clone());
            }
        }
        None
    };
    verbs.map(scan)
}

/// The state whose attack a sentence names by a noun, with a possessive or an adjective
/// ("Qatar condemned Israel's air strike on Hamas leaders", "condemned Russian missile
/// strikes on Kyiv"): the aggressor a later "the strike" means when the sentence reports
/// no attack of its own. Up to two words may stand between ("Iran's overnight drone
/// attack").
pub fn attacker_named_by_noun(
    linked: &Linked<'_>,
    words: &[&str],
    cues: &Cues,
) -> Option<Vec<String>> {
    linked.items.iter().enumerate().find_map(|(at, item)| {
        let Item::Slot(index) = item else {
            return None;
        };
        let slot = &linked.slots[*index];
        // A pronoun's referent is a guess; a guess is no aggressor.
        if slot.anaphoric {
            return None;
        }
        let after = match slot.kind {
            'c' | 'L' | 'l' | 's' if words.get(at + 1) == Some(&"'s") => at + 2,
            'd' => at + 1,
            _ => return None,
        };
        (after..(after + 3).min(words.len()))
            .take_while(|&position| {
                words[position]
                    .bytes()
                    .all(|byte| byte.is_ascii_lowercase() || byte == b'-')
            })
            .any(|position| {
                cues.attack_nouns
                    .phrase_len_at(&words[position..])
                    .is_some()
            })
            .then(|| slot.entities.clone())
    })
}

pub fn render(linked: &Linked<'_>) -> String {
    let mut out = String::from(" ");
    // "the Moscow-led Collective Security Treaty Organization": who leads a body is no part
    // of its name, and rules read the body as if it stood alone.
    let modifier_of_body = |position: usize| {
        matches!(linked.items.get(position + 1), Some(Item::Word("-")))
            && matches!(
                linked.items.get(position + 2),
                Some(Item::Word("led" | "backed" | "dominated" | "sponsored"))
            )
            && matches!(linked.items.get(position + 3),
                Some(Item::Slot(index)) if linked.slots[*index].kind == 'o')
            && match &linked.items[position] {
                Item::Slot(index) => matches!(linked.slots[*index].kind, 'c' | 'd' | 'l'),
                Item::Word(word) => word.bytes().all(|byte| byte.is_ascii_lowercase()),
            }
    };
    let mut skip_until = 0;
    for (position, item) in linked.items.iter().enumerate() {
        if position < skip_until {
            continue;
        }
        if modifier_of_body(position) {
            skip_until = position + 3;
            continue;
        }
        // An honorific before a name carries nothing a rule needs: "External Affairs
        // Minister Dr. S. Jaishankar".
        if let Item::Word(word) = item
            && matches!(*word, "dr" | "mr" | "mrs" | "ms" | "prof" | "sir" | "dame")
        {
            let dot = matches!(linked.items.get(position + 1), Some(Item::Word(".")));
            let next = position + 1 + usize::from(dot);
            if matches!(linked.items.get(next),
                Some(Item::Slot(index)) if linked.slots[*index].kind == 'p')
            {
                skip_until = next;
                continue;
            }
        }
        // An article before a name carries nothing a rule needs.
        if matches!(item, Item::Word(word) if *word == "the")
            && matches!(linked.items.get(position + 1), Some(Item::Slot(_)))
        {
            continue;
        }
        match item {
            // A plural's possessive ("the three countries' proposal") reads like a
            // singular's, which is the form rules name.
            Item::Word("'")
                if position > 0 && matches!(linked.items[position - 1], Item::Slot(_)) =>
            {
                out.push_str("'s")
            }
            Item::Word(word) => out.push_str(word),
            Item::Slot(index) => {
                out.push(SLOT_START);
                out.push(linked.slots[*index].kind);
                out.push_str(&index.to_string());
                out.push(SLOT_END);
            }
        }
        out.push(' ');
    }
    out
}
