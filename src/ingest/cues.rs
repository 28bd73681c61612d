//! Cue words (`data/cues.toml`): negation, hypotheticals, modality, and the referring
//! phrases that recognition turns into anaphoric mentions. Kept as data so that users
//! can tune them without touching code.

use super::gazetteer::Gender;
use super::recognise::Raw;
use crate::error::{Error, Result};
use serde::Deserialize;
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

const DEFAULT: &str = include_str!("../../data/cues.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CueFile {
    negation: Vec<String>,
    hypothetical_sentence: Vec<String>,
    #[serde(default)]
    doubted: Vec<String>,
    hypothetical_span: Vec<String>,
    modality: Vec<String>,
    pair_countries: Vec<String>,
    pair_persons: Vec<String>,
    #[serde(default)]
    pair_persons_opening: Vec<String>,
    organisation: Vec<String>,
    event: Vec<String>,
    #[serde(default)]
    attack_nouns: Vec<String>,
    possessive: Vec<String>,
    counterpart: Vec<String>,
    person_pronoun: Vec<String>,
    #[serde(default)]
    feminine_pronouns: Vec<String>,
    #[serde(default)]
    masculine_pronouns: Vec<String>,
    plural_pronoun: Vec<String>,
    #[serde(default)]
    person_state: Vec<String>,
    adjective_actors: Vec<String>,
    #[serde(default)]
    weapons: Vec<String>,
    #[serde(default)]
    generic_roles: Vec<String>,
    #[serde(default)]
    past_titles: Vec<String>,
    #[serde(default)]
    not_parties: Vec<String>,
    #[serde(default)]
    future_titles: Vec<String>,
    #[serde(default)]
    chamber_roles: Vec<String>,
    #[serde(default)]
    exercises: Vec<String>,
    #[serde(default)]
    generic_acts: Vec<String>,
    #[serde(default)]
    sanction_acts: Vec<String>,
    #[serde(default)]
    sanction_terms: Vec<String>,
    #[serde(default)]
    clause_breaks: Vec<String>,
    #[serde(default)]
    relational_nouns: Vec<String>,
    #[serde(default)]
    governing_nouns: Vec<String>,
    #[serde(default)]
    governing_qualifiers: Vec<String>,
    #[serde(default)]
    target_places: Vec<String>,
    #[serde(default)]
    act: Vec<String>,
    #[serde(default)]
    organisation_descriptors: Vec<String>,
    #[serde(default)]
    organisation_nouns: Vec<String>,
    #[serde(default)]
    armed_groups: Vec<String>,
    #[serde(default)]
    sanctions_not_in_force: Vec<String>,
    #[serde(default)]
    unrealised: Vec<String>,
    #[serde(default)]
    denial: Vec<String>,
    #[serde(default)]
    unsaid: Vec<String>,
    #[serde(default)]
    died: Vec<String>,
    #[serde(default)]
    ended: Vec<String>,
    #[serde(default)]
    requested: Vec<String>,
    #[serde(default)]
    stand_ins: Vec<String>,
    #[serde(default)]
    associates: Vec<String>,
    #[serde(default)]
    institutions: Vec<String>,
    #[serde(default)]
    parent_bodies: Vec<[String; 2]>,
    #[serde(default)]
    goods: Vec<String>,
    #[serde(default)]
    affirming: Vec<String>,
    #[serde(default)]
    person_agents: Vec<String>,
    #[serde(default)]
    remarks: Vec<String>,
    #[serde(default)]
    proposals: Vec<String>,
    #[serde(default)]
    office_to_come: Vec<String>,
    #[serde(default)]
    office_taken: Vec<String>,
    #[serde(default)]
    speech: Vec<String>,
    #[serde(default)]
    solo_acts: Vec<String>,
    #[serde(default)]
    solo_attacks: Vec<String>,
    #[serde(default)]
    forces: Vec<String>,
    #[serde(default)]
    sport: Vec<String>,
    #[serde(default)]
    private_parties: Vec<String>,
    #[serde(default)]
    unofficial: Vec<String>,
    #[serde(default)]
    incoming: Vec<String>,
    #[serde(default)]
    acting: Vec<String>,
    #[serde(default)]
    not_own: Vec<String>,
    #[serde(default)]
    remote: Vec<String>,
    #[serde(default)]
    by_phone: Vec<String>,
    #[serde(default)]
    by_video: Vec<String>,
    #[serde(default)]
    ruled_out: Vec<String>,
    #[serde(default)]
    not_sides: Vec<String>,
    #[serde(default)]
    ties_cut: Vec<String>,
    features: Vec<String>,
    mediated: Vec<String>,
    resident_envoys: Vec<String>,
    #[serde(default)]
    leaving_office: Vec<String>,
    #[serde(default)]
    removing_from_office: Vec<String>,
    #[serde(default)]
    sought: Vec<String>,
    #[serde(default)]
    documents: Vec<String>,
    #[serde(default)]
    pacts: Vec<String>,
    #[serde(default)]
    lowered: Vec<String>,
    #[serde(default)]
    prospective: Vec<String>,
    #[serde(default)]
    accepted_invitation: Vec<String>,
    #[serde(default)]
    called_off_after: Vec<String>,
    #[serde(default)]
    sport_idioms: Vec<String>,
    #[serde(default)]
    subnational: Vec<String>,
}

/// Compiled cue lists. Phrases are stored as folded token sequences.
#[derive(Debug, Clone)]
pub struct Cues {
    pub negation: CueSet,
    pub hypothetical_sentence: CueSet,
    /// Doubt cast anywhere in the sentence, even after the event: "Reports that he would
    /// travel ... have not been confirmed".
    pub doubted: CueSet,
    pub hypothetical_span: CueSet,
    pub modality: CueSet,
    /// Words that keep sanctions from being in force ("lifted", "urged ... to impose",
    /// "threatened to ban"): a sanctions match with one of them states no sanction.
    pub sanctions_not_in_force: CueSet,
    /// Words that keep a meeting or visit from having happened ("invited", "offered to",
    /// "was due to", "called off").
    pub unrealised: CueSet,
    /// Words that deny the clause after them ("denied that its forces had shelled"):
    /// a fact stated in that clause is negated.
    pub denial: CueSet,
    /// Words that withhold what follows them or what they stand in ("did not say",
    /// "declined to say"): no fact is read there.
    pub unsaid: CueSet,
    /// Words right after a person (past persons coordinated with them and an apposition)
    /// that end their office by death ("were killed when their helicopter crashed").
    pub died: CueSet,
    /// Words that end or withhold a tie ("severed ties", "an end to", "lack of"): a
    /// cooperative relation matched with one of them is negated. Conflict relations are
    /// not: "severed ties with Israel" is a row, not its absence.
    pub ended: CueSet,
    /// Words that ask someone else to act ("urged", "called on"): an actor right after
    /// one of them is asked, and does not act.
    pub requested: CueSet,
    /// Words just before a subject that make it someone else's ("the daughter of",
    /// "an aide to"): the relative or aide acts, not the person named.
    pub stand_ins: CueSet,
    /// Verbs of saying ("said", "warned"): their subject is who made "the remarks".
    pub speech: CueSet,
    /// Words after an office that say it is yet to be taken ("will take office on
    /// October 1"): the `official_of` fact gets status "incoming".
    pub office_to_come: CueSet,
    /// Words in a sentence that say an election put its winner in office at once ("by
    /// parliament", "was sworn in"): "elected" then reads as an office held, not to come.
    pub office_taken: CueSet,
    /// Acts done by one actor ("fired a missile", "held drills"): their subject is who
    /// did "the launch", "the drills" or "the move" when the sentence gives no fact.
    pub solo_acts: CueSet,
    /// Attacks told without a target state ("struck Hamas leaders in Doha"): their subject
    /// is the aggressor a later "the strike" means.
    pub solo_attacks: CueSet,
    /// Nouns of attacks ("strike", "air strikes", "invasion"): a state named before one
    /// with a possessive or as an adjective ("condemned Israel's air strike", "Russian
    /// missile strikes") is the aggressor a later "the strike" means.
    pub attack_nouns: CueSet,
    /// Sport ("the final", "fans"): national teams that meet or fans who support are no
    /// states.
    pub sport: CueSet,
    /// Private parties named by a state ("U.S. chipmakers", "Canadian miner Barrick").
    pub private_parties: CueSet,
    /// Words just before a person (or their role) that say they hold no office that speaks
    /// for a state: "presidential candidate", "opposition leader", "president-elect".
    pub unofficial: CueSet,
    /// Words just before a person that say their office is yet to come ("incoming").
    pub incoming: CueSet,
    /// Words just before a person that say they hold their office for the time being
    /// ("acting", "interim", "caretaker"): the word becomes the office's status.
    pub acting: CueSet,
    /// Words just before "its" after which it is not the subject's: "imposed sanctions on
    /// its leader", "bombed its nuclear sites".
    pub not_own: CueSet,
    /// Words of a meeting held at a distance ("by phone", "video call"): it took place
    /// nowhere, whatever the dateline says.
    pub remote: CueSet,
    /// Words of a meeting held by telephone ("spoke by phone with", "phoned"), in its
    /// match or the rest of its clause: the `met_with` fact gets status "by phone".
    pub by_phone: CueSet,
    /// Words of a meeting held on screen ("by video link", "virtually"): status "by video".
    pub by_video: CueSet,
    /// Words just before a match that rule it out ("ruled out American strikes on").
    pub ruled_out: CueSet,
    /// Words just before two states joined by "and" that make them a topic, a place or a
    /// destination, not the pair "the two sides" will mean ("discussed Syria and Lebanon").
    pub not_sides: CueSet,
    /// Words inside a cooperation, support or friendship match that cut the tie ("Niger
    /// suspended military cooperation with Benin").
    pub ties_cut: CueSet,
    /// Nouns of a natural feature that a state's name can modify ("the Taiwan Strait",
    /// "the South China Sea"): such a name is no mention of the state.
    pub features: CueSet,
    /// Talks held through a mediator: no meeting of the two sides.
    pub mediated: CueSet,
    /// Roles of diplomats who reside in the state they are posted to: their meetings there
    /// are no visits.
    pub resident_envoys: CueSet,
    /// Words right after an official that end the office in the same breath ("Prime
    /// Minister K.P. Sharma Oli resigned on Tuesday"): the office is past.
    pub leaving_office: CueSet,
    /// Words right before an official's title that end the office ("Congress removed
    /// President Dina Boluarte"): the office is past.
    pub removing_from_office: CueSet,
    /// Words just before a noun phrase of an act or an agreement that make it wished,
    /// planned or opposed, not done ("called for a trade agreement between").
    pub sought: CueSet,
    /// A state's forces ("Turkish troops arrived in Somalia"): a deployment, no visit.
    pub forces: CueSet,
    /// What an organisation adopts ("a Security Council draft resolution"): opposing it
    /// is no opposition to the organisation.
    pub documents: CueSet,
    /// What is signed ("the peace declaration they signed"): an end told of it before a
    /// relative clause is no end of the signing.
    pub pacts: CueSet,
    /// Told just after a sanction: lowered, so none imposed ("down from 20%").
    pub lowered: CueSet,
    /// Told just before a match: only in prospect ("the groundwork for cooperation").
    pub prospective: CueSet,
    /// An invitation accepted: the visit or meeting is to come, not unrealised.
    pub accepted_invitation: CueSet,
    /// Told in the clause right after a meeting or visit: it was called off ("plans for a
    /// summit with Putin in Budapest had been put on hold").
    pub called_off_after: CueSet,
    /// Sport words in idioms of politics ("a shouting match"): no sport.
    pub sport_idioms: CueSet,
    /// Parts of a state ("Somalia's Jubaland region"): an accord with one is none with the
    /// state.
    pub subnational: CueSet,
    /// Words right after a subject, bare or after "'s", that make it someone else's
    /// ("Netanyahu's son", "Putin supporter", "Trump Jr.").
    pub associates: Vec<String>,
    /// Ids of organisations that are institutions, not blocs: "the bloc" never means them.
    pub institutions: Vec<String>,
    /// Institutions of a body, with the body (`["EUCO", "EU"]`): a state a membership fact
    /// joins or leaves "the European Council" joins the European Union.
    pub parent_bodies: Vec<[String; 2]>,
    /// Things that come "from" a country and are not it ("a shipment of grain from
    /// Ukraine arrived in Egypt").
    pub goods: Vec<String>,
    /// Phrases whose negation word affirms ("would not hesitate to", "not only"): they do
    /// not negate a fact, stored with a space at each end.
    pub affirming: Vec<String>,
    /// Words after a person's "'s" for someone acting in the person's stead ("Xi's envoy",
    /// "Putin's spokesman"); a role named there counts too.
    pub person_agents: Vec<String>,
    pub adjective_actors: Vec<String>,
    /// Those of `adjective_actors` that a weapon's name may precede ("Thai F-16 fighter
    /// jets"): the adjective stands for its state past up to four modifiers.
    pub weapons: Vec<String>,
    /// Roles that say little ("leader"): made precise from the gazetteer when it knows
    /// the person's office.
    pub generic_roles: Vec<String>,
    /// Words before a title that make the office past ("former", "ousted").
    pub past_titles: Vec<String>,
    /// Nouns of things that "the two" may count ("the two companies"), never the pair of
    /// parties in focus ("the two delegations" are the pair).
    pub not_parties: Vec<String>,
    /// Words before a title that make the office one to come ("incoming", "next").
    pub future_titles: Vec<String>,
    /// Roles a chamber fills by its vote, whose holder takes office at once ("prime
    /// minister", "chancellor"): "was elected prime minister" is an office held.
    pub chamber_roles: Vec<String>,
    /// Words of military exercises ("drills", "war games"): a noun for an act names an
    /// exercise or another act, and refers back only to an act of the same kind ("the
    /// launch" is not the drills held after it).
    pub exercises: CueSet,
    /// Nouns of `act` that name any act ("the move", "the decision").
    pub generic_acts: CueSet,
    /// Those of `act` that name a sanction ("the tariffs"): they refer back only to one.
    pub sanction_acts: CueSet,
    /// Words that make an act of one actor a sanction ("imposed new tariffs").
    pub sanction_terms: CueSet,
    /// Words that, followed by an actor, open a clause with its own subject ("after
    /// Ecuadorian police stormed ..."): a reaction after such a clause may be to it.
    pub clause_breaks: Vec<String>,
    /// Nouns naming another party by its relation to a possessor ("its neighbour",
    /// "Iran's proxies"): the possessor is not the party the words point at.
    pub relational_nouns: Vec<String>,
    /// Nouns for those who govern a state ("the junta in Niger", "the government of
    /// Mali"): the phrase stands for the state.
    pub governing_nouns: Vec<String>,
    /// Words that may qualify a governing noun ("the interim government of").
    pub governing_qualifiers: Vec<String>,
    /// Places named by a country adjective after "on", "against", "at" ... ("an attack on
    /// the Ukrainian port of Odesa"): what is aimed at them is aimed at the country.
    pub target_places: Vec<String>,
    /// Words describing an organisation next to its name ("the West African bloc ECOWAS",
    /// "the Mercosur bloc"): dropped so that the name stands alone.
    pub organisation_descriptors: Vec<String>,
    /// Nouns that name an organisation's kind ("bloc", "alliance"), dropped next to it.
    pub organisation_nouns: Vec<String>,
    /// Folded words that name or describe armed groups: near one, "the group" is not the
    /// organisation in focus.
    pub armed_groups: super::HashSet<String>,
    phrases: HashMap<String, Vec<(Vec<String>, Raw)>>,
    /// The referring phrases with a count second ("the # - member bloc"), by first word:
    /// kept apart so that a common first word does not try them all.
    counted_phrases: HashMap<String, Vec<(Vec<String>, Raw)>>,
}

fn phrase(text: &str) -> Vec<String> {
    super::gazetteer::fold(text)
        .split(' ')
        .filter(|word| !word.is_empty())
        .map(str::to_string)
        .collect()
}

impl Cues {
    pub fn builtin() -> Result<Self> {
        Cues::parse(DEFAULT, "data/cues.toml")
    }

    pub fn parse(text: &str, name: &str) -> Result<Self> {
        let file: CueFile =
            toml::from_str(text).map_err(|error| Error::Rules(format!("{name}: {error}")))?;
        let mut phrases: HashMap<String, Vec<(Vec<String>, Raw)>> = HashMap::default();
        let mut counted_phrases: HashMap<String, Vec<(Vec<String>, Raw)>> = HashMap::default();
        let mut add = |list: &[String], raw: Raw| {
            for entry in list {
                let words = phrase(entry);
                let Some(first) = words.first().cloned() else {
                    continue;
                };
                let index = if words.get(1).is_some_and(|second| second == "#") {
                    &mut counted_phrases
                } else {
                    &mut phrases
                };
                index.entry(first).or_default().push((words, raw.clone()));
            }
        };
        add(
            &file.pair_countries,
            Raw::Pair {
                persons: false,
                opening: false,
            },
        );
        add(
            &file.pair_persons,
            Raw::Pair {
                persons: true,
                opening: false,
            },
        );
        add(
            &file.pair_persons_opening,
            Raw::Pair {
                persons: true,
                opening: true,
            },
        );
        add(&file.organisation, Raw::Organisation);
        add(&file.event, Raw::Event);
        add(&file.possessive, Raw::Its);
        add(&file.counterpart, Raw::Role(None));
        for entry in &file.person_pronoun {
            // An object pronoun never means the subject of its own clause ("Orban greeted
            // him").
            let object = matches!(entry.trim(), "him" | "them");
            let word = entry.trim().to_lowercase();
            let gender = if file.feminine_pronouns.contains(&word) {
                Some(Gender::Female)
            } else if file.masculine_pronouns.contains(&word) {
                Some(Gender::Male)
            } else {
                None
            };
            add(
                std::slice::from_ref(entry),
                Raw::PersonPronoun { object, gender },
            );
        }
        add(&file.plural_pronoun, Raw::PluralPronoun);
        for entry in &file.person_state {
            let relative = entry.trim_start().starts_with("whose");
            add(std::slice::from_ref(entry), Raw::PersonState { relative });
        }
        add(&file.act, Raw::Act);
        add(&file.remarks, Raw::Remarks);
        add(&file.proposals, Raw::Proposal);
        for candidates in phrases.values_mut().chain(counted_phrases.values_mut()) {
            candidates.sort_by_key(|candidate| std::cmp::Reverse(candidate.0.len()));
        }
        let compile = |list: &[String]| {
            let mut set = CueSet::default();
            for entry in list {
                let words = phrase(entry);
                if let Some(first) = words.first() {
                    set.by_first
                        .entry(first.clone())
                        .or_default()
                        .push(words.join(" "));
                }
            }
            set
        };
        Ok(Cues {
            negation: compile(&file.negation),
            hypothetical_sentence: compile(&file.hypothetical_sentence),
            doubted: compile(&file.doubted),
            hypothetical_span: compile(&file.hypothetical_span),
            modality: compile(&file.modality),
            sanctions_not_in_force: compile(&file.sanctions_not_in_force),
            unrealised: compile(&file.unrealised),
            denial: compile(&file.denial),
            unsaid: compile(&file.unsaid),
            died: compile(&file.died),
            ended: compile(&file.ended),
            requested: compile(&file.requested),
            stand_ins: compile(&file.stand_ins),
            speech: compile(&file.speech),
            office_to_come: compile(&file.office_to_come),
            office_taken: compile(&file.office_taken),
            solo_acts: compile(&file.solo_acts),
            solo_attacks: compile(&file.solo_attacks),
            attack_nouns: compile(&file.attack_nouns),
            forces: compile(&file.forces),
            sport: compile(&file.sport),
            private_parties: compile(&file.private_parties),
            unofficial: compile(&file.unofficial),
            incoming: compile(&file.incoming),
            acting: compile(&file.acting),
            not_own: compile(&file.not_own),
            remote: compile(&file.remote),
            by_phone: compile(&file.by_phone),
            by_video: compile(&file.by_video),
            ruled_out: compile(&file.ruled_out),
            not_sides: compile(&file.not_sides),
            ties_cut: compile(&file.ties_cut),
            features: compile(&file.features),
            mediated: compile(&file.mediated),
            resident_envoys: compile(&file.resident_envoys),
            leaving_office: compile(&file.leaving_office),
            removing_from_office: compile(&file.removing_from_office),
            sought: compile(&file.sought),
            documents: compile(&file.documents),
            pacts: compile(&file.pacts),
            lowered: compile(&file.lowered),
            prospective: compile(&file.prospective),
            accepted_invitation: compile(&file.accepted_invitation),
            called_off_after: compile(&file.called_off_after),
            sport_idioms: compile(&file.sport_idioms),
            subnational: compile(&file.subnational),
            associates: file.associates,
            institutions: file.institutions,
            parent_bodies: file.parent_bodies,
            goods: file.goods,
            person_agents: file.person_agents,
            affirming: file
                .affirming
                .iter()
                .map(|phrase| format!(" {} ", phrase.to_lowercase()))
                .collect(),
            adjective_actors: file
                .adjective_actors
                .iter()
                .map(|word| word.to_lowercase())
                .collect(),
            weapons: file
                .weapons
                .iter()
                .map(|word| word.to_lowercase())
                .collect(),
            generic_roles: file.generic_roles,
            past_titles: file.past_titles,
            not_parties: file.not_parties,
            future_titles: file.future_titles,
            chamber_roles: file.chamber_roles,
            exercises: compile(&file.exercises),
            generic_acts: compile(&file.generic_acts),
            sanction_acts: compile(&file.sanction_acts),
            sanction_terms: compile(&file.sanction_terms),
            clause_breaks: file.clause_breaks,
            relational_nouns: file.relational_nouns,
            governing_nouns: file.governing_nouns,
            governing_qualifiers: file.governing_qualifiers,
            target_places: file.target_places,
            organisation_descriptors: file.organisation_descriptors,
            organisation_nouns: file.organisation_nouns,
            armed_groups: file
                .armed_groups
                .iter()
                .map(|word| word.to_lowercase())
                .collect(),
            phrases,
            counted_phrases,
        })
    }

    /// The referring phrase starting at the first of these folded words, if any.
    /// A `#` in a phrase stands for a count ("the # - member bloc": "the 10-member bloc",
    /// "the seven-nation bloc").
    pub fn phrase_at(&self, words: &[&str]) -> Option<(usize, Raw)> {
        let first = *words.first()?;
        if words.get(1).is_some_and(|second| is_count_word(second))
            && let Some(counted) = self.counted_phrases.get(first)
            && let Some(found) = counted.iter().find_map(|(phrase, raw)| {
                (words.len() >= phrase.len()
                    && phrase
                        .iter()
                        .zip(words)
                        .all(|(wanted, word)| wanted == word || wanted == "#"))
                .then(|| (phrase.len(), raw.clone()))
            })
        {
            return Some(found);
        }
        let candidates = self.phrases.get(first)?;
        candidates.iter().find_map(|(phrase, raw)| {
            (words.len() >= phrase.len() && words[..phrase.len()] == phrase[..])
                .then(|| (phrase.len(), raw.clone()))
        })
    }
}

/// A number of things in figures or words, up to the size of any grouping of states ("5",
/// "five", "27").
pub fn is_count_word(word: &str) -> bool {
    (!word.is_empty() && word.len() <= 3 && word.bytes().all(|byte| byte.is_ascii_digit()))
        || matches!(
            word,
            "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "eleven"
                | "twelve"
                | "thirteen"
                | "fourteen"
                | "fifteen"
                | "sixteen"
                | "seventeen"
                | "eighteen"
                | "nineteen"
                | "twenty"
                | "thirty"
                | "forty"
                | "fifty"
        )
}

/// A list of cue phrases, indexed by first word so that a look-up costs one hash probe
/// per word of the text, however long the list.
#[derive(Debug, Clone, Default)]
pub struct CueSet {
    /// First folded word → whole phrases (words joined by single spaces).
    by_first: HashMap<String, Vec<String>>,
}

impl CueSet {
    /// Whether any phrase occurs, as whole words, in a text of folded words separated by
    /// spaces (a rendered sentence or a stretch of one).
    pub fn found_in(&self, text: &str) -> bool {
        self.found_where(text, |_| true)
    }

    /// Like `found_in`, for the phrases with a possessive "its" only ("suspended its
    /// cooperation"): those speak of an act on the possessor's relation, and are read
    /// across the possessor ("has suspended Iran's cooperation with the IAEA").
    pub fn possessive_found_in(&self, text: &str) -> bool {
        self.found_where(text, |phrase| phrase.split(' ').any(|word| word == "its"))
    }

    /// Whether a phrase starts the text (folded words separated by spaces).
    pub fn starts(&self, text: &str) -> bool {
        let text = text.trim_start_matches(' ');
        let end = text.find(' ').unwrap_or(text.len());
        self.by_first.get(&text[..end]).is_some_and(|phrases| {
            phrases
                .iter()
                .any(|phrase| starts_with_phrase(text, phrase))
        })
    }

    /// The number of words of the longest phrase that starts at the first of these
    /// folded words, if any does.
    /// A `*` in a phrase stands for up to six words ("held * drills" reads "held large -
    /// scale military drills").
    pub fn phrase_len_at(&self, words: &[&str]) -> Option<usize> {
        self.by_first
            .get(*words.first()?)?
            .iter()
            .filter_map(|phrase| {
                let mut at = 0;
                let mut gap = false;
                for wanted in phrase.split(' ') {
                    if wanted == "*" {
                        gap = true;
                        continue;
                    }
                    let reach = if gap { 7 } else { 1 };
                    let found = (at..(at + reach).min(words.len()))
                        .find(|&position| words[position] == wanted)?;
                    at = found + 1;
                    gap = false;
                }
                Some(at)
            })
            .max()
    }

    fn found_where(&self, text: &str, wanted: impl Fn(&str) -> bool) -> bool {
        let mut rest = text;
        loop {
            rest = rest.trim_start_matches(' ');
            if rest.is_empty() {
                return false;
            }
            let end = rest.find(' ').unwrap_or(rest.len());
            if let Some(phrases) = self.by_first.get(&rest[..end])
                && phrases
                    .iter()
                    .any(|phrase| wanted(phrase) && starts_with_phrase(rest, phrase))
            {
                return true;
            }
            rest = &rest[end..];
        }
    }
}

/// Whether `text` starts with `phrase` as whole words. A possessive "its" in a phrase
/// stands for any possessive: "suspended its cooperation" also reads "suspended their
/// cooperation" and "suspended Iran's cooperation" (a slot followed by "'s").
fn starts_with_phrase(text: &str, phrase: &str) -> bool {
    if !phrase.contains("its") {
        return text
            .strip_prefix(phrase)
            .is_some_and(|after| after.is_empty() || after.starts_with(' '));
    }
    let mut words = text.split(' ').filter(|word| !word.is_empty());
    for wanted in phrase.split(' ') {
        let Some(word) = words.next() else {
            return false;
        };
        let matches = word == wanted
            || (wanted == "its"
                && (matches!(word, "their" | "his" | "her")
                    || (word.starts_with(super::link::SLOT_START) && words.next() == Some("'s"))));
        if !matches {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_phrases_match_whole_words_only() {
        let mut set = CueSet::default();
        set.by_first
            .insert("has".into(), vec!["has yet to".into(), "has not".into()]);
        set.by_first.insert("not".into(), vec!["not".into()]);
        assert!(set.found_in(" x has yet to join "));
        assert!(set.found_in("it has not"));
        assert!(set.found_in("do not"));
        assert!(!set.found_in(" x has yet joined "));
        assert!(!set.found_in("nothing has notably changed"));
        assert!(!set.found_in(""));
        set.by_first
            .insert("suspended".into(), vec!["suspended its cooperation".into()]);
        assert!(set.found_in(" \u{1}c0\u{2} suspended \u{1}c1\u{2} 's cooperation with "));
        assert!(set.found_in("suspended their cooperation"));
        assert!(!set.found_in("suspended cooperation"));
    }
}
