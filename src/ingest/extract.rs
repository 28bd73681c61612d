//! Extraction: relation rules (`data/rules.toml`, embedded; users add their own files)
//! compiled to regular expressions over linked sentences, whose entity mentions are typed
//! slots. A match becomes facts: lists fan out, symmetric pairs pair up, negation cues
//! set `negated`, hypotheticals and questions yield nothing, and the sentence's time and
//! place become qualifiers.
//!
//! Pattern language: a pattern is a regular expression over lower-case tokens separated
//! by single spaces. `{A}` is the subject slot, `{B}` the object slot, `{A:co}` limits a
//! slot to kinds (c country, o organisation, g group, p person, l capital, s seat, x place,
//! d adjective, L list), `{PAIR}` a list whose members relate pairwise, `{PEOPLE}` persons
//! in a coordination, each perhaps with country (or organisation) and role, related pairwise
//! or, when the pattern has a `{B}`, each with the object, `{ROLE}` a role,
//! `{W}` up to four plain words, `{W2}`..`{W8}` up to that many, `{G}` up to eight words
//! including commas (a weekday phrase or a place counts as one word), `{POSS}` a
//! possessive ("its", "Russia's"), `{DESC}` descriptors before a name, `{=NAME}` any
//! phrase of a word list that a `[lists]` table of this or an earlier rules file defines
//! (`DAMNING`: the words that judge an act, "reckless", "unacceptable"). Named groups:
//! `status` captures a status qualifier, `rolename` a plural role ("defence ministers") for
//! lists paired member by member (`pairing = "respective"`), `aside` a stretch whose cue
//! words do not count (a reaction's object moves to the actor of a clause opened in it),
//! `clause` likewise (a clause opened in it drops the match), `veto` (and others,
//! `veto2` to `veto4`) undoes a match it takes part in, `negation` negates it, `quiet` is a stretch whose
//! cue words do not count. A leading `^` anchors
//! a pattern at the start of the sentence.
//!
//! A rule's regex runs only on sentences that hold what its pattern requires at the top
//! level: a word of each required group of literal alternatives, and a slot of each
//! required kind, in the order the pattern states them (see `requirements`).

use super::HashMap;
use super::cues::Cues;
use super::link::{Linked, Slot};
use crate::error::{Error, Result};
use crate::model::{EntityKind, Qualifiers, Relation};
use regex::bytes::{Regex, RegexBuilder};
use serde::Deserialize;

const DEFAULT_RULES: &str = include_str!("../../data/rules.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    /// Named lists of literal phrases that patterns share as `{=NAME}`.
    #[serde(default)]
    lists: std::collections::BTreeMap<String, Vec<String>>,
    #[serde(default)]
    rule: Vec<RuleSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSpec {
    id: String,
    relation: String,
    pattern: String,
    #[serde(default)]
    confidence: Option<f32>,
    #[serde(default)]
    status: Option<String>,
    /// `focus` takes the organisation in focus when the pattern has no `{B}`; `office`
    /// takes the country or organisation the gazetteer says the person served in the role;
    /// `served` keeps `{B}` only where the gazetteer says the person served it then
    /// ("Argentina's Javier Milei"); `unless_elsewhere` keeps it unless the gazetteer
    /// knows the person's offices and none was at `{B}`; `said` keeps `{B}` only where
    /// it stands for what someone said ("dismissed the remarks"); `appointer` and
    /// `state_of` take the state the person in `{B}` serves (an appointer's, a host's).
    #[serde(default)]
    object: Option<String>,
    #[serde(default)]
    expected: bool,
    /// The rule states that something did not happen ("cancelled a planned trip to"): its
    /// facts are negated, and cues of things called off do not drop them.
    #[serde(default)]
    negated: bool,
    /// "passive" for rules written for the passive voice; other rules skip matches that
    /// read as passive ("was condemned by"), where subject and object swap.
    #[serde(default)]
    voice: Option<String>,
    /// "respective" pairs two lists member by member ("X and Y, the foreign ministers of
    /// A and B"): the first subject with the first object, and so on.
    #[serde(default)]
    pairing: Option<String>,
    /// A person subject acts for the country they serve, which gets the fact too (a
    /// rotating chairmanship is the country's: "Anwar, whose Malaysia holds ASEAN's chair").
    #[serde(default)]
    for_country: bool,
    /// The person subject must be known (from the article or the gazetteer) to serve a
    /// state, else the fact is dropped.
    #[serde(default)]
    state_official: bool,
    /// The persons sign a text together: two who serve one state are its co-signers, who
    /// sign with someone else, not a meeting of each other.
    #[serde(default)]
    signing: bool,
    /// "people": the `{PAIR}` list must hold persons only ("Healey and Pistorius signed a
    /// defence pact" is a meeting; "Japan and the Philippines signed" need not be);
    /// "states": no person ("France and Saudi Arabia co-chaired a conference" is
    /// cooperation, two leaders who co-chair a summit only meet).
    #[serde(default)]
    pair: Option<String>,
    /// The rule reads a mention of a standing state of affairs ("new U.S. sanctions on
    /// North Korean bankers"), not an act the sentence reports: its facts are no referent
    /// for a later "the move" or "the launch".
    #[serde(default)]
    mention: bool,
    /// The rule reads an act though its relation is mostly a standing one ("Finland
    /// became the 31st member of NATO"): its facts are what a later "the move" means.
    #[serde(default)]
    act: bool,
    /// The object grants what the subject gets ("EU leaders agreed to open membership
    /// negotiations with Ukraine"): a later "the decision" is the object's act.
    #[serde(default)]
    granted: bool,
}

/// A compiled rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub relation: Relation,
    /// The expanded pattern; compiled on first use, since most articles need few rules.
    pattern: String,
    /// Groups of words: every match contains a word of each group.
    trigger_groups: Vec<Vec<String>>,
    /// Slot kinds (as bit masks, see `kind_bit`): every match holds a slot of each mask.
    required_kinds: Vec<u32>,
    /// The requirements in the pattern's order: a match meets them in this order.
    order: Vec<Need>,
    /// For each group of trigger words, the ids of its words in the trigger automaton.
    group_patterns: Vec<Vec<u32>>,
    regex: std::sync::OnceLock<Option<(Regex, GroupIndex)>>,
    confidence: f32,
    status: Option<String>,
    object_from_focus: bool,
    object_from_office: bool,
    /// The object must be a body the gazetteer says the subject served at the date.
    object_served: bool,
    /// `appointer` or `state_of`: `{B}` is a person (who appointed the subject, who hosted
    /// them); the object is the state that person serves ("Takaichi named Toshimitsu
    /// Motegi as foreign minister", "Orban welcomed Netanyahu for a state visit").
    object_appointer: bool,
    /// The object must not contradict the offices the gazetteer knows for the subject.
    object_unless_elsewhere: bool,
    /// `said`: `{B}` must stand for what someone said ("dismissed the remarks").
    object_said: bool,
    expected: bool,
    negated: bool,
    passive: bool,
    respective: bool,
    /// `Some(true)`: the `{PAIR}` list must hold persons only; `Some(false)`: no person.
    pair_of_people: Option<bool>,
}

impl Rule {
    /// The compiled pattern. The syntax was checked at load time; should compilation
    /// still fail (a size limit), the rule matches nothing.
    fn regex(&self) -> Option<&(Regex, GroupIndex)> {
        self.regex
            .get_or_init(|| {
                let regex = compile(&self.pattern).ok()?;
                let index = GroupIndex::of(&regex);
                Some((regex, index))
            })
            .as_ref()
    }
}

/// The named groups the extractor reads. Looking a name up in a match hashes it; a
/// rule's group numbers are found once, when it is compiled.
const GROUP_NAMES: [&str; 18] = [
    "a", "b", "pair", "people", "role", "place", "adj", "status", "rolename", "aside", "clause",
    "veto", "veto2", "veto3", "veto4", "negation", "quiet", "tail",
];

/// The number of each of `GROUP_NAMES` in one compiled rule, if it has that group.
#[derive(Debug, Clone, Copy)]
struct GroupIndex([Option<u16>; GROUP_NAMES.len()]);

impl GroupIndex {
    fn of(regex: &Regex) -> Self {
        let mut index = [None; GROUP_NAMES.len()];
        for (number, name) in regex.capture_names().enumerate() {
            if let Some(name) = name
                && let Some(at) = GROUP_NAMES.iter().position(|known| *known == name)
            {
                index[at] = u16::try_from(number).ok();
            }
        }
        GroupIndex(index)
    }
}

/// One match of a rule, its named groups read once.
struct Groups<'h> {
    whole: Option<regex::bytes::Match<'h>>,
    named: [Option<regex::bytes::Match<'h>>; GROUP_NAMES.len()],
}

impl<'h> Groups<'h> {
    fn new(captures: &regex::bytes::Captures<'h>, index: &GroupIndex) -> Self {
        let mut named = [None; GROUP_NAMES.len()];
        for (slot, number) in named.iter_mut().zip(index.0) {
            *slot = number.and_then(|number| captures.get(usize::from(number)));
        }
        Groups {
            whole: captures.get(0),
            named,
        }
    }

    fn get(&self, number: usize) -> Option<regex::bytes::Match<'h>> {
        if number == 0 { self.whole } else { None }
    }

    /// The named group, if it took part in the match. A name outside `GROUP_NAMES` is a
    /// programming error caught by the tests (it never matches).
    fn name(&self, name: &str) -> Option<regex::bytes::Match<'h>> {
        let at = GROUP_NAMES.iter().position(|known| *known == name)?;
        self.named[at]
    }
}

/// The compiled rule set.
#[derive(Debug, Default)]
pub struct Rules {
    rules: Vec<Rule>,
    /// The word lists defined so far, each as the alternation `{=NAME}` stands for.
    lists: HashMap<String, String>,
    /// Trigger words of all rules: one pass says which rules can match a sentence.
    triggers: Option<aho_corasick::AhoCorasick>,
    /// For each trigger word, the (rule, word group) pairs it satisfies.
    trigger_rules: Vec<Vec<(usize, u8)>>,
    /// The rules without trigger words: every sentence is checked against them.
    untriggered: Vec<usize>,
    /// Ids of the rules whose person subject's country gets the fact too.
    for_country: super::HashSet<String>,
    /// Ids of the rules whose person subject must serve a state.
    state_official: super::HashSet<String>,
    /// Ids of the rules whose persons sign a text together (`signing = true`).
    signings: super::HashSet<String>,
    /// Ids of the rules that read mentions, not acts (`mention = true`).
    mentions: super::HashSet<String>,
    /// Ids of the rules that read acts of a relation mostly standing (`act = true`).
    acts: super::HashSet<String>,
    /// Ids of the rules whose object grants what the subject gets (`granted = true`).
    granted: super::HashSet<String>,
    /// Ids of the rules whose object is the appointer's state (`object = "appointer"`).
    appointers: super::HashSet<String>,
    /// Tests only: try every rule on every sentence, to check the requirements are sound.
    #[cfg(test)]
    exhaustive: bool,
}

/// Expands the macros of a pattern.
fn expand_macros(pattern: &str, id: &str) -> Result<String> {
    static MACRO: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\{([A-Z]+)(\d*)(?::([a-zA-Z]+))?\}")
            .unwrap_or_else(|error| panic!("{error}"))
    });
    let mut out = String::new();
    let mut last = 0;
    for captures in MACRO.captures_iter(pattern) {
        let whole = captures.get(0).map_or(0..0, |found| found.range());
        out.push_str(&pattern[last..whole.start]);
        last = whole.end;
        let name = &captures[1];
        let count = captures
            .get(2)
            .map(|found| found.as_str())
            .filter(|text| !text.is_empty());
        let kinds = captures.get(3).map(|found| found.as_str());
        let slot = |group: &str, default: &str| {
            format!("(?P<{group}>\x01[{}]\\d+\x02)", kinds.unwrap_or(default))
        };
        // Descriptors before a name: "his Russian counterpart", "China's top diplomat".
        // And the state after the role, as read-outs write it: "Foreign Minister of Cambodia
        // Prak Sokhonn", "the Foreign Minister of Chile, Alberto van Klaveren". A rank
        // before the name: "Mali's General Assimi Goita".
        let descriptors = r#"(?:(?:his|her|their|its|visiting) )?(?:\x01[dcosl]\d+\x02 (?:'s )?)?(?:(?:[a-z][a-z-]* ){0,2}?\x01r\d+\x02 (?:and \x01r\d+\x02 of \x01[co]\d+\x02 |of \x01[co]\d+\x02 (?:, )?)?)?(?:(?:general|captain|colonel|lieutenant general|major general|brigadier general|lieutenant colonel|admiral|field marshal|marshal|sheikh) )?"#;
        // After a subject, what may stand between it and its verb: a relative clause
        // ("Venezuela, which left the OAS in 2019" reads "Venezuela left"; "South Africa,
        // which lost 14 soldiers, has accused ...") or an apposition ("the UAE, a member of
        // the bloc, has ...") or a role ("Sybiha, Ukraine's foreign minister, met ...",
        // "Grossi, head of the IAEA, arrived ...").
        // The subject's institutions stand for it: "China's commerce ministry condemned",
        // "the U.S. embassy criticised", and so does an unnamed office holder: "Eritrea's
        // information minister accused".
        let institution = r#"(?: 's (?:[a-z-]+ ){0,2}?| )(?:ministry(?: of (?:the )?(?:foreign|external|home|internal|defence|defense|commerce|trade|finance|economy|energy|justice|interior)(?: affairs)?(?: and (?:[a-z-]+ ){0,2}?(?:cooperation|trade|affairs|commerce|industry))?)?|government|cabinet|(?:embassy|mission|delegation)(?: (?:to|in) \x01[cos]\d+\x02)?|military|army|navy|air force|armed forces|forces|troops|foreign office|state department|national assembly|treasury department|treasury|commerce department|justice department|defense department|defence department|war department|parliament|coast guard|negotiators|leadership|authorities|junta|executive board|board of directors|board of governors|board|secretariat)|(?: 's | )(?:foreign |finance |defence |defense |trade |economy |energy )?(?:ministers|leaders|diplomats)|(?: 's | )\x01r\d+\x02"#;
        // Clauses and parentheses run to the next comma; no counted repetition keeps
        // the automata small.
        let subject_tail = format!(
            r#"(?:{institution})?(?P<tail> , (?:who|which)(?: also| now| currently| has long| had long| later| then| both| all)?| used (?:his|her|its|their) (?:[a-z-]+ ){{0,2}}?(?:speech|address|remarks|platform|visit|appearance|statement|turn|meeting|trip|news conference|press conference|keynote)(?: (?:at|to|in|on|before|during)(?: [^;,\x01\s]+| \x01[a-zA-Z]\d+\x02){{1,5}}?)? to|(?: , (?:who|which|whose) [^;,]+ ,)? (?:said|says|announced|confirmed|declared|stressed|insisted|added)(?: (?:on|late on|early on|earlier on) [a-z]+day| last week| this week| in a statement)?(?: that)? (?:it|they|he|she)| , (?:who|which|whose) [^;,]+ ,| , (?:on|during|in|after|before|at|with|despite|like|unlike|by|for|however|meanwhile|though|too|also|widely|long|once|seen|considered|regarded|known|described|elected|appointed|newly|invited|accompanied|flanked|speaking|visiting|fresh|flying|travelling|traveling|still|now|standing|representing|deputising|deputizing|filling|substituting|replacing)(?: [^;",]+)? ,| , (?:a|an|all|both|each|fellow) [^;",\x01]*(?:\x01[a-zA-Z]\d+\x02[^;",\x01]*){{0,2}} ,| , the (?:[a-z-]+ ){{0,4}}?(?:candidate|nominee|frontrunner|front-runner|challenger|incumbent|host|hosts|mediator|chair|state|nation|country|economy|power|producer|exporter|importer|neighbour|neighbor) ,| , \x01[cdo]\d+\x02 's (?:[a-z-]+ ){{0,3}}?(?:ally|allies|neighbour|neighbor|partner|rival|backer|friend|creditor|supplier|patron) ,| , (?:the |its |their )?(?:\x01[cdo]\d+\x02 (?:'s )?)?(?:[a-z-]+ ){{0,2}}?\x01r\d+\x02(?: and (?:the )?\x01r\d+\x02)?(?: (?:of|at|to|for) \x01[cosL]\d+\x02)? ,)?"#
        );
        let expansion = match name {
            // A person the pattern ends on has no verb after it to reach: "President Xi
            // Jinping" in "Li Qiang, standing in for President Xi Jinping, met ..." is named
            // by its own match, which a tail would swallow.
            "A" if kinds == Some("p") && whole.end == pattern.len() => slot("a", "p"),
            // "President Volodymyr Zelensky of Ukraine met ...": the state after a person
            // describes them.
            "A" if kinds.unwrap_or("cogplsL").contains('p') => format!(
                r"{}(?: of \x01[co]\d+\x02)?{subject_tail}",
                slot("a", "cogplsL")
            ),
            "A" => format!("{}{subject_tail}", slot("a", "cogplsL")),
            "B" => format!("(?:{descriptors})?{}", slot("b", "cogplsL")),
            "DESC" => descriptors.to_string(),
            // Any role, not captured: "summoned the Russian ambassador".
            "ANYROLE" => r"\x01r\d+\x02".to_string(),
            // A possessive before a noun: "its application", "Moscow's war machine".
            "POSS" => r"(?:\x01[a-zA-Z]\d+\x02 's |his |her |its |their |our )".to_string(),
            // A relative clause after a pair does not separate it from its verb.
            "PAIR" => format!(
                "{}(?P<tail> , (?:who|which|whose) [^;,]+ ,)?",
                slot("pair", "L")
            ),
            // Persons, each perhaps introduced by a country (or organisation) and a role, in
            // a coordination: "U.S. President Joe Biden, Japanese Prime Minister Fumio
            // Kishida and South Korean President Yoon Suk Yeol"; related pairwise, like
            // {PAIR}, or each with {B} when the pattern has one ("A and B met C").
            "PEOPLE" => {
                let unit = r"(?:(?:his|her) )?(?:\x01[cdo]\d+\x02 (?:'s )?|(?:commission|council|parliament|assembly) )?(?:\x01r\d+\x02 )?\x01p\d+\x02";
                format!("(?P<people>{unit}(?: , {unit})*(?: ,)? and {unit})")
            }
            "ROLE" => slot("role", "r"),
            "PLACE" => slot("place", "lx"),
            "ADJ" => slot("adj", "d"),
            // A weekday time phrase ("on saturday", "late on monday") counts as one word,
            // and so does a place, which is never an actor ("held talks in Doha with").
            "W" => format!(
                "(?:(?:late |early |earlier |later )?on [a-z]+day |[^\x01\\s,;:()\"]\\S* |\x01x\\d+\x02 ){{0,{}}}",
                count.unwrap_or("4")
            ),
            "G" => format!(
                "(?:(?:late |early |earlier |later )?on [a-z]+day |[^\x01\\s;\"]\\S* ){{0,{}}}",
                count.unwrap_or("8")
            ),
            other => {
                return Err(Error::Rules(format!(
                    "rule {id}: unknown macro {{{other}}}"
                )));
            }
        };
        out.push_str(&expansion);
    }
    out.push_str(&pattern[last..]);
    // Words are matched whole by the spaces added around the pattern, so spaces at its
    // ends would ask for two. A leading `^` anchors the pattern at the start of the
    // sentence.
    let out = out.trim_matches(' ');
    Ok(match out.strip_prefix('^') {
        Some(rest) => format!("^ (?:{rest}) "),
        None => format!(" (?:{out}) "),
    })
}

/// Rules match linked sentences, which are ASCII but for folded words: byte regexes
/// without Unicode classes compile an order of magnitude faster.
fn compile(pattern: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(pattern).unicode(false).build()
}

/// One requirement of a pattern, in the order the pattern states it: a word of the
/// numbered group of trigger words, or a slot of one of the kinds in the mask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Need {
    Words(usize),
    Kind(u32),
}

/// What every match of a pattern must contain, read from its top level (outside groups,
/// which may be optional): the literal words of each required group of alternatives
/// (`(?:imposed|slapped|levied) ...`), and a slot of the kinds of each slot macro
/// (`{ROLE}` needs a role, `{A:p}` a person). A pattern with a top-level `|` requires
/// nothing. Sentences that lack a requirement skip the rule without running its regex.
fn requirements(pattern: &str) -> (Vec<Vec<String>>, Vec<u32>, Vec<Need>) {
    static MACRO: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^\{([A-Z]+)\d*(?::([a-zA-Z]+))?\}")
            .unwrap_or_else(|error| panic!("{error}"))
    });
    let bytes = pattern.as_bytes();
    // After a space, a macro or a group that ends with a space, a token begins.
    let token_start = |at: usize| {
        let before = pattern[..at].trim_end_matches(|c: char| "?*+{},0123456789".contains(c));
        at == 0 || matches!(bytes[at - 1], b' ' | b'}') || before.ends_with(" )")
    };
    let mut groups = Vec::new();
    let mut kinds = Vec::new();
    let mut order = Vec::new();
    let mut depth = 0usize;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            // A slot written out ("\x01[cosl]\d+\x02") requires a slot of its kinds.
            b'\\' if depth == 0 && pattern[at..].starts_with("\\x01[") && token_start(at) => {
                let letters = &pattern[at + 5..];
                let Some(close) = letters.find(']') else {
                    return (Vec::new(), Vec::new(), Vec::new());
                };
                let after = &letters[close + 1..];
                let optional = after
                    .trim_start_matches("\\d+\\x02")
                    .starts_with(['?', '*']);
                // Only a plain list of kinds: a range ("a-zA-Z") means any kind.
                if letters[..close].chars().all(|c| c.is_ascii_alphabetic()) && !optional {
                    let mask = letters[..close]
                        .chars()
                        .map(kind_bit)
                        .fold(0, |mask, bit| mask | bit);
                    order.push(Need::Kind(mask));
                    kinds.push(mask);
                }
                at += 5 + close;
            }
            b'\\' => at += 1,
            b'|' if depth == 0 => return (Vec::new(), Vec::new(), Vec::new()),
            b'(' => {
                if depth == 0 && pattern[at..].starts_with("(?:") {
                    let Some(close) = matching_paren(bytes, at) else {
                        return (Vec::new(), Vec::new(), Vec::new());
                    };
                    let optional = matches!(bytes.get(close + 1), Some(b'?' | b'*'))
                        || pattern[close + 1..].starts_with("{0");
                    // Only a group that opens a token: "criticis(?:ed|es)" holds no word.
                    if !optional
                        && token_start(at)
                        && let Some(words) = leading_words(
                            &pattern[at + 3..close],
                            bytes.get(close + 1) == Some(&b' '),
                        )
                    {
                        order.push(Need::Words(groups.len()));
                        groups.push(words);
                    }
                    at = close;
                } else {
                    depth += 1;
                }
            }
            b')' => depth = depth.saturating_sub(1),
            b'[' => {
                while at < bytes.len() && bytes[at] != b']' {
                    at += 1;
                }
            }
            b'a'..=b'z' if depth == 0 && token_start(at) => {
                // A literal word outside any group is required itself.
                let end = pattern[at..]
                    .find(|c: char| !(c.is_ascii_lowercase() || c == '\'' || c == '-'))
                    .map_or(pattern.len(), |length| at + length);
                let mut word = pattern[at..end].to_string();
                match bytes.get(end) {
                    Some(b'?') => {
                        word.pop();
                    }
                    Some(b'*' | b'+' | b'{') => word.clear(),
                    // A space after it: the word is complete ("in " is not "india").
                    Some(b' ') => word.push(' '),
                    _ => {}
                }
                if word.trim_end().len() >= 2 {
                    order.push(Need::Words(groups.len()));
                    groups.push(vec![word]);
                }
                at = end;
                continue;
            }
            b'{' if depth == 0 => {
                if let Some(found) = MACRO.captures(&pattern[at..]) {
                    let optional = pattern[at + found[0].len()..].starts_with(['?', '*']);
                    let letters = match (&found[1], found.get(2)) {
                        ("A" | "B", Some(limited)) => Some(limited.as_str()),
                        ("A" | "B", None) => Some("cogplsL"),
                        ("PAIR", _) => Some("L"),
                        ("PEOPLE", _) => Some("p"),
                        ("ROLE" | "ANYROLE", _) => Some("r"),
                        ("PLACE", _) => Some("lx"),
                        ("ADJ", _) => Some("d"),
                        _ => None,
                    };
                    if let Some(letters) = letters
                        && !optional
                    {
                        let mask = letters
                            .chars()
                            .map(kind_bit)
                            .fold(0, |mask, bit| mask | bit);
                        order.push(Need::Kind(mask));
                        kinds.push(mask);
                    }
                }
            }
            _ => {}
        }
        at += 1;
    }
    (groups, kinds, order)
}

/// A slot kind as a bit of a mask; kinds are ASCII letters.
fn kind_bit(kind: char) -> u32 {
    match kind {
        'a'..='z' => 1 << (kind as u32 - 'a' as u32),
        // Upper case (L, a list) after the 26 lower-case letters.
        'A'..='Z' => 1 << ((kind as u32 - 'A' as u32) % 6 + 26),
        _ => 0,
    }
}

/// Whether a sentence holds a rule's requirements in the pattern's order: each found
/// after the one before (the earliest choice at each step finds an order if there is one).
/// `words` are the trigger words found (automaton id, position); `groups` the ids of each
/// of the rule's word groups.
fn in_order(
    order: &[Need],
    groups: &[Vec<u32>],
    words: &[(u32, usize)],
    slots: &[(usize, u32)],
) -> bool {
    let mut after: Option<usize> = None;
    for need in order {
        let later = |at: usize| after.is_none_or(|before| at > before);
        let next = match *need {
            // Both lists are in the order of position, and a group's ids are sorted.
            Need::Words(group) => {
                let Some(ids) = groups.get(group) else {
                    continue;
                };
                words
                    .iter()
                    .find(|&&(id, at)| later(at) && ids.binary_search(&id).is_ok())
                    .map(|&(_, at)| at)
            }
            Need::Kind(mask) => slots
                .iter()
                .find(|&&(at, kind)| kind & mask != 0 && later(at))
                .map(|&(at, _)| at),
        };
        match next {
            Some(at) => after = Some(at),
            None => return false,
        }
    }
    true
}

/// The kinds of the slots in a rendered sentence, as a mask.
#[cfg(test)]
fn kinds_in(rendered: &str) -> u32 {
    slots_in(rendered)
        .iter()
        .fold(0, |mask, &(_, kind)| mask | kind)
}

/// Where each slot of a rendered sentence stands, with its kind as a mask bit.
fn slots_in(rendered: &str) -> Vec<(usize, u32)> {
    rendered
        .as_bytes()
        .windows(2)
        .enumerate()
        .filter(|(_, pair)| pair[0] == 0x01)
        .map(|(at, pair)| (at, kind_bit(pair[1] as char)))
        .collect()
}

fn matching_paren(bytes: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut at = open;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 1,
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(at);
                }
            }
            _ => {}
        }
        at += 1;
    }
    None
}

/// The certain start of every top-level alternative of a group body, or `None` when an
/// alternative does not start with a literal word. The start runs over literal words and
/// the spaces between them ("in response to"), up to what the alternative leaves open;
/// when the whole alternative is literal and the pattern puts a space after the group
/// (`then_space`), the last word is known to be complete and keeps a space after it.
fn leading_words(body: &str, then_space: bool) -> Option<Vec<String>> {
    let mut alternatives = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (at, c) in body.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '|' if depth == 0 => {
                alternatives.push(&body[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    alternatives.push(&body[start..]);
    alternatives
        .into_iter()
        .map(|alternative| certain_start(alternative, then_space))
        .collect()
}

/// The literal text every match of a stretch of pattern begins with: words and single
/// spaces, cut before a letter that a quantifier makes optional ("members?" is certain of
/// "member" only). `None` when that is less than a word of two letters.
fn certain_start(stretch: &str, then_space: bool) -> Option<String> {
    let bytes = stretch.as_bytes();
    let literal = |b: u8| b.is_ascii_lowercase() || matches!(b, b'\'' | b'-' | b' ');
    let end = bytes
        .iter()
        .position(|&b| !literal(b))
        .unwrap_or(bytes.len());
    let mut phrase = stretch[..end].to_string();
    match bytes.get(end) {
        None if then_space && !phrase.ends_with(' ') => phrase.push(' '),
        Some(b'?' | b'*') => {
            phrase.pop();
        }
        Some(b'{') if bytes.get(end + 1).is_some_and(u8::is_ascii_digit) => {
            phrase.pop();
        }
        _ => {}
    }
    let first_word = phrase.split(' ').next().unwrap_or_default();
    (first_word.len() >= 2 && !phrase.contains("  ")).then_some(phrase)
}

impl Rules {
    pub fn builtin() -> Result<Self> {
        let mut rules = Rules::default();
        // The built-in patterns are checked by a unit test (every one compiles), so
        // start-up does not parse them a second time.
        rules.add(DEFAULT_RULES, "data/rules.toml", false)?;
        Ok(rules)
    }

    /// Adds the rules of a TOML rules file. Pattern syntax is checked now, so that a
    /// user's mistake is reported at load time with the rule's id.
    pub fn add_file(&mut self, text: &str, name: &str) -> Result<()> {
        self.add(text, name, true)
    }

    /// Defines the word list `{=NAME}`: literal phrases (words separated by single
    /// spaces, as linked sentences write them), tried in the order given.
    fn define_list(&mut self, list: &str, phrases: &[String]) -> std::result::Result<(), String> {
        if list.is_empty()
            || !list
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        {
            return Err("a list's name is upper-case letters, digits and '_'".to_string());
        }
        if self.lists.contains_key(list) {
            return Err("this name is already used by another list".to_string());
        }
        if let Some(bad) = phrases.iter().find(|phrase| {
            phrase.is_empty()
                || phrase.starts_with(' ')
                || phrase.ends_with(' ')
                || phrase.contains("  ")
                || phrase.chars().any(|c| c.is_uppercase())
        }) {
            return Err(format!(
                "{bad:?}: a phrase is lower-case words separated by single spaces"
            ));
        }
        if phrases.is_empty() {
            return Err("the list is empty".to_string());
        }
        let alternatives: Vec<String> = phrases
            .iter()
            .map(|phrase| regex_syntax::escape(phrase))
            .collect();
        self.lists
            .insert(list.to_string(), format!("(?:{})", alternatives.join("|")));
        Ok(())
    }

    /// Replaces each `{=NAME}` of a pattern by its list's alternation. This happens before
    /// the pattern is read for its required words, so a list's words trigger the rule as
    /// written-out alternatives do.
    fn with_lists(&self, pattern: &str) -> std::result::Result<String, String> {
        let mut out = String::with_capacity(pattern.len());
        let mut rest = pattern;
        while let Some(open) = rest.find("{=") {
            out.push_str(&rest[..open]);
            let after = &rest[open + 2..];
            let close = after
                .find('}')
                .ok_or_else(|| "a '{=' opens no list name".to_string())?;
            let list = &after[..close];
            let alternation = self
                .lists
                .get(list)
                .ok_or_else(|| format!("unknown list {{={list}}}"))?;
            out.push_str(alternation);
            rest = &after[close + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }

    fn add(&mut self, text: &str, name: &str, check_syntax: bool) -> Result<()> {
        let file: RuleFile =
            toml::from_str(text).map_err(|error| Error::Rules(format!("{name}: {error}")))?;
        for (list, phrases) in &file.lists {
            self.define_list(list, phrases)
                .map_err(|error| Error::Rules(format!("{name}: list {list}: {error}")))?;
        }
        for mut spec in file.rule {
            spec.pattern = self
                .with_lists(&spec.pattern)
                .map_err(|error| Error::Rules(format!("{name}: rule {}: {error}", spec.id)))?;
            // A fact names the rule that made it, so an id names one rule.
            if self.rules.iter().any(|rule| rule.id == spec.id) {
                return Err(Error::Rules(format!(
                    "{name}: rule {}: this id is already used by another rule",
                    spec.id
                )));
            }
            let relation: Relation = spec
                .relation
                .parse()
                .map_err(|error| Error::Rules(format!("{name}: rule {}: {error}", spec.id)))?;
            let expanded = expand_macros(&spec.pattern, &spec.id)?;
            // Parsing checks the syntax now; compiling waits until the rule is needed.
            if check_syntax {
                regex_syntax::ast::parse::Parser::new()
                    .parse(&expanded)
                    .map_err(|error| Error::Rules(format!("{name}: rule {}: {error}", spec.id)))?;
            }
            let names: Vec<&str> = expanded
                .split("(?P<")
                .skip(1)
                .filter_map(|rest| rest.split_once('>').map(|(group, _)| group))
                .collect();
            let has = |group: &str| names.contains(&group);
            let object_from_focus = spec.object.as_deref() == Some("focus");
            let object_from_office = spec.object.as_deref() == Some("office");
            let object_served = spec.object.as_deref() == Some("served");
            let object_unless_elsewhere = spec.object.as_deref() == Some("unless_elsewhere");
            let object_said = spec.object.as_deref() == Some("said");
            let object_appointer = matches!(spec.object.as_deref(), Some("appointer" | "state_of"));
            if let Some(other) = spec.object.as_deref()
                && !matches!(
                    other,
                    "focus"
                        | "office"
                        | "served"
                        | "unless_elsewhere"
                        | "said"
                        | "appointer"
                        | "state_of"
                )
            {
                return Err(Error::Rules(format!(
                    "{name}: rule {}: unknown object {other:?} (focus, office, served, \
                     unless_elsewhere, said, appointer or state_of)",
                    spec.id
                )));
            }
            if object_from_office && !has("role") {
                return Err(Error::Rules(format!(
                    "{name}: rule {}: object = \"office\" needs a {{ROLE}}",
                    spec.id
                )));
            }
            let respective = match spec.pairing.as_deref() {
                None => false,
                Some("respective") => true,
                Some(other) => {
                    return Err(Error::Rules(format!(
                        "{name}: rule {}: unknown pairing {other:?} (the one pairing is \"respective\")",
                        spec.id
                    )));
                }
            };
            if !(has("pair")
                || has("people")
                || (has("a") && (has("b") || object_from_focus || object_from_office)))
            {
                return Err(Error::Rules(format!(
                    "{name}: rule {}: a pattern needs {{A}} and {{B}}, or {{PAIR}}, or {{A}} with object = \"focus\"",
                    spec.id
                )));
            }
            let (trigger_groups, required_kinds, order) = requirements(&spec.pattern);
            let pair_of_people = match spec.pair.as_deref() {
                None => None,
                Some("people") if has("pair") => Some(true),
                Some("states") if has("pair") => Some(false),
                Some(other) => {
                    return Err(Error::Rules(format!(
                        "{name}: rule {}: pair = {other:?} needs a {{PAIR}} and can only be \"people\" or \"states\"",
                        spec.id
                    )));
                }
            };
            if spec.state_official {
                self.state_official.insert(spec.id.clone());
            }
            if spec.signing {
                self.signings.insert(spec.id.clone());
            }
            if spec.mention {
                self.mentions.insert(spec.id.clone());
            }
            if spec.act {
                self.acts.insert(spec.id.clone());
            }
            if spec.granted {
                self.granted.insert(spec.id.clone());
            }
            if spec.object.as_deref() == Some("appointer") {
                self.appointers.insert(spec.id.clone());
            }
            if spec.for_country {
                self.for_country.insert(spec.id.clone());
            }
            self.rules.push(Rule {
                id: spec.id,
                relation,
                pattern: expanded.clone(),
                trigger_groups,
                required_kinds,
                order,
                group_patterns: Vec::new(),
                regex: std::sync::OnceLock::new(),
                confidence: spec.confidence.unwrap_or(0.8).clamp(0.0, 1.0),
                status: spec.status,
                object_from_focus,
                object_from_office,
                object_served,
                object_appointer,
                object_unless_elsewhere,
                object_said,
                expected: spec.expected,
                negated: spec.negated,
                passive: spec.voice.as_deref() == Some("passive"),
                respective,
                pair_of_people,
            });
        }
        self.index_triggers()?;
        Ok(())
    }

    /// Builds the trigger-word automaton over all rules.
    fn index_triggers(&mut self) -> Result<()> {
        let mut words: Vec<String> = Vec::new();
        let mut admits: Vec<Vec<(usize, u8)>> = Vec::new();
        for (index, rule) in self.rules.iter().enumerate() {
            // At most 64 groups are tracked per rule; more are simply not required.
            for (group, triggers) in rule.trigger_groups.iter().take(64).enumerate() {
                for word in triggers {
                    let key = format!(" {word}");
                    let at = match words.iter().position(|known| *known == key) {
                        Some(at) => at,
                        None => {
                            words.push(key);
                            admits.push(Vec::new());
                            words.len() - 1
                        }
                    };
                    admits[at].push((index, group as u8));
                }
            }
        }
        for rule in &mut self.rules {
            rule.group_patterns = vec![Vec::new(); rule.trigger_groups.len().min(64)];
        }
        for (pattern, admitted) in admits.iter().enumerate() {
            for &(rule, group) in admitted {
                if let Some(patterns) = self.rules[rule].group_patterns.get_mut(usize::from(group))
                {
                    patterns.push(pattern as u32);
                }
            }
        }
        let automaton = aho_corasick::AhoCorasick::new(&words)
            .map_err(|error| Error::Rules(error.to_string()))?;
        self.triggers = Some(automaton);
        self.trigger_rules = admits;
        self.untriggered = (0..self.rules.len())
            .filter(|&index| self.rules[index].trigger_groups.is_empty())
            .collect();
        Ok(())
    }

    /// The rules whose requirements a rendered sentence meets: a word of every required
    /// group, and a slot of every required kind. Only these run their regexes.
    fn candidates(&self, rendered: &str) -> Vec<usize> {
        #[cfg(test)]
        if self.exhaustive {
            return (0..self.rules.len()).collect();
        }
        let slots = slots_in(rendered);
        let kinds = slots.iter().fold(0, |mask, &(_, kind)| mask | kind);
        let mut satisfied = vec![0u64; self.rules.len()];
        // The rules to check: those without trigger words, and those a word was found for.
        let mut touched = self.untriggered.clone();
        // Where each trigger word and each slot stands, to check the order.
        let mut words: Vec<(u32, usize)> = Vec::new();
        if let Some(triggers) = &self.triggers {
            for found in triggers.find_overlapping_iter(rendered) {
                for &(rule, group) in &self.trigger_rules[found.pattern().as_usize()] {
                    if satisfied[rule] == 0 {
                        touched.push(rule);
                    }
                    satisfied[rule] |= 1 << group;
                }
                words.push((found.pattern().as_u32(), found.start()));
            }
        }
        words.sort_unstable_by_key(|&(_, at)| at);
        // Rules run in the order of the rules file.
        touched.sort_unstable();
        touched.retain(|&index| {
            let rule = &self.rules[index];
            let groups = rule.trigger_groups.len().min(64);
            let all = if groups == 64 {
                u64::MAX
            } else {
                (1u64 << groups) - 1
            };
            satisfied[index] & all == all
                && rule.required_kinds.iter().all(|mask| kinds & mask != 0)
                && in_order(&rule.order, &rule.group_patterns, &words, &slots)
        });
        touched
    }

    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// Whether the rule with this id gives a person subject's country the fact too.
    pub fn for_country(&self, id: &str) -> bool {
        self.for_country.contains(id)
    }

    /// Whether the rule with this id reads persons who sign a text together.
    pub fn is_signing(&self, id: &str) -> bool {
        self.signings.contains(id)
    }

    /// Whether the rule with this id reads a mention of a standing state of affairs rather
    /// than an act.
    pub fn is_mention(&self, id: &str) -> bool {
        self.mentions.contains(id)
    }

    /// Whether the rule with this id reads an act of a relation that is mostly a
    /// standing state of affairs (joining a body).
    pub fn is_act(&self, id: &str) -> bool {
        self.acts.contains(id)
    }

    /// Whether the rule with this id reads a grant: its object acted, not its subject.
    pub fn is_granted(&self, id: &str) -> bool {
        self.granted.contains(id)
    }

    /// Whether the rule with this id needs its person subject to serve a state.
    pub fn needs_state_official(&self, id: &str) -> bool {
        self.state_official.contains(id)
    }

    #[cfg(test)]
    pub fn set_exhaustive(&mut self, exhaustive: bool) {
        self.exhaustive = exhaustive;
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

/// A fact found in one sentence, before it is dressed with evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub subject: String,
    pub relation: Relation,
    pub object: String,
    pub negated: bool,
    pub qualifiers: Qualifiers,
    pub rule: String,
    pub confidence: f32,
}

/// What the sentence says beyond its slots.
pub struct SentenceFacts<'a> {
    pub linked: &'a Linked<'a>,
    pub rendered: &'a str,
    pub published: Option<super::time::Date>,
    pub is_question: bool,
    pub organisation_in_focus: Option<&'a str>,
    /// The latest bloc (no court or agency) the article named: whose rotating chair a
    /// sentence hands on when the organisation in focus is an institution.
    pub bloc_in_focus: Option<&'a str>,
    /// (person id, role) → the country or organisation the person served in that role.
    pub offices: &'a HashMap<(String, String), String>,
    /// The gazetteer, for rules whose object the person must have served.
    pub gazetteer: &'a super::gazetteer::Gazetteer,
}

fn slot_index(text: &str) -> Option<usize> {
    text.trim_start_matches('\x01')
        .trim_end_matches('\x02')
        .get(1..)?
        .parse()
        .ok()
}

/// Verbs of saying: what follows them is reported, not the scene of an opening adverbial.
const SPEECH: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "announced",
    "stated",
    "reported",
    "declared",
    "claimed",
    "noted",
    "warned",
    "insisted",
    "argued",
    "confirmed",
    "explained",
];

/// Nouns of an act answering another ("in retaliation for", "in response to"): a place
/// after them is the place of the act answered, not of the match.
const ANSWERING: &[&str] = &["response", "retaliation", "reprisal", "revenge"];

/// Where the fact of a match happened: the first place inside the match or after it in
/// its clause ("met Xi in Beijing", "met on the sidelines of ... in Tashkent"), else the
/// last place before it in its clause, else a place in an opening adverbial ("In Brasilia
/// on Tuesday, he and Lula agreed"). A place in another clause belongs to another event
/// ("met Trump in the Oval Office, a day after meeting Zelensky in Berlin").
fn location_near(
    sentence: &SentenceFacts<'_>,
    start: usize,
    end: usize,
    relation: Relation,
) -> Option<String> {
    // Strikes, visits and meetings take place at the buildings they name ("struck the
    // defence ministry headquarters in Damascus"); other acts and stances do not.
    let happens_at_buildings = matches!(
        relation,
        Relation::Attacks | Relation::Visited | Relation::MetWith
    );
    const STOPS: &[&str] = &[
        ",", ";", ":", "while", "after", "when", "but", "as", "before", "whereas", "although",
        "though", "because", "since", "until", "once", "if", "ahead",
    ];
    let rendered = sentence.rendered;
    let tokens: Vec<(usize, &str)> = tokens_with_offsets(rendered).collect();
    // A place the sentence gives as where something happened: after "in", "at", "near"
    // ("in the Uzbek capital Tashkent"), not one that is a party ("a deal with Somaliland").
    let place_in = |tokens: &[(usize, &str)], index: usize| -> Option<String> {
        let slot = slot_index(tokens[index].1)
            .filter(|_| slot_kind(tokens[index].1) == Some(b'x'))
            .and_then(|slot| sentence.linked.slots.get(slot))?;
        // ("in the northern city of Khujand", "in the Red Sea port of Jeddah".)
        let at = tokens[..index].iter().rposition(|(_, word)| {
            !matches!(
                *word,
                "the"
                    | "capital"
                    | "city"
                    | "port"
                    | "resort"
                    | "of"
                    | "town"
                    | "northern"
                    | "southern"
                    | "eastern"
                    | "western"
                    | "central"
                    | "northeastern"
                    | "northwestern"
                    | "southeastern"
                    | "southwestern"
                    | "coastal"
                    | "border"
                    | "ancient"
                    | "historic"
                    | "seaside"
            ) && slot_kind(word) != Some(b'd')
        })?;
        let introducer = tokens[at].1;
        // "close its embassy in Dublin", "from the consulate in Murmansk": the place says
        // where a building stands, not where anything happened (but "met at the embassy in
        // Dublin" did happen there).
        // (Nor does the post of an official: "remarks by its consul general in Osaka".)
        let building = at > 0
            && (slot_kind(tokens[at - 1].1) == Some(b'r')
                || matches!(
                    tokens[at - 1].1,
                    "embassy"
                        | "embassies"
                        | "consulate"
                        | "consulates"
                        | "mission"
                        | "base"
                        | "bases"
                        | "office"
                        | "offices"
                        | "headquarters"
                        | "bureau"
                        | "plant"
                        | "facility"
                        | "factory"
                        | "port"
                ));
        // "condemned Israel's operation in Rafah", "accusing Iran of arson attacks on a
        // synagogue in Melbourne": a place after a noun of an act or a target is where
        // that happened, not where a stance was taken or a deal signed.
        // (The noun may stand a few words back: "blamed Pakistan for an attack on
        // tourists in Pahalgam".)
        if introducer == "in"
            && at > 0
            && !happens_at_buildings
            && tokens[at.saturating_sub(5)..at]
                .iter()
                .rev()
                .take_while(|(_, word)| {
                    (slot_index(word).is_none() || slot_kind(word) == Some(b'd'))
                        && !matches!(*word, "," | ";")
                })
                .any(|(_, word)| {
                    // ("accused India of sponsoring militants in Balochistan": what the
                    // stance is about took place there; "speaking in Paris" did not.)
                    word.len() > 5
                        && word.ends_with("ing")
                        && !matches!(
                            *word,
                            "speaking"
                                | "addressing"
                                | "visiting"
                                | "attending"
                                | "meeting"
                                | "during"
                                | "briefing"
                                | "hosting"
                                | "arriving"
                                | "touring"
                        )
                        || matches!(
                            *word,
                            "operation"
                                | "operations"
                                | "offensive"
                                | "attack"
                                | "attacks"
                                | "strike"
                                | "strikes"
                                | "airstrike"
                                | "airstrikes"
                                | "raid"
                                | "raids"
                                | "bombing"
                                | "bombings"
                                | "shelling"
                                | "occupation"
                                | "invasion"
                                | "incursion"
                                | "fighting"
                                | "clashes"
                                | "violence"
                                | "crackdown"
                                | "killing"
                                | "killings"
                                | "massacre"
                                | "assault"
                                | "campaign"
                                | "presence"
                                | "deployment"
                                | "activities"
                                | "actions"
                                | "protests"
                                | "crisis"
                                | "conflict"
                                | "war"
                                | "synagogue"
                                | "mosque"
                                | "church"
                                | "school"
                                | "hospital"
                                | "centre"
                                | "center"
                                | "mall"
                                | "firm"
                                | "company"
                                | "refinery"
                                | "airport"
                                | "dispersal"
                                | "arrest"
                                | "arrests"
                                | "detention"
                                | "seizure"
                                | "explosion"
                                | "blast"
                        )
                })
        {
            return None;
        }
        // "signed a declaration backing the ceasefire in Gaza, at a summit": a place after
        // a noun of a state of affairs is what the act is about, whatever the act.
        if introducer == "in"
            && at > 0
            && matches!(
                tokens[at - 1].1,
                "ceasefire"
                    | "truce"
                    | "war"
                    | "conflict"
                    | "crisis"
                    | "situation"
                    | "peace"
                    | "hostilities"
                    | "reconstruction"
                    | "hostages"
            )
        {
            return None;
        }
        if introducer == "in" && building && !happens_at_buildings {
            // The word before the building's noun phrase: "at" or "in" puts the act there.
            let phrase = &tokens[..at - 1];
            let determiner = phrase
                .iter()
                .enumerate()
                .rev()
                .take(5)
                .find(|(_, (_, word))| {
                    matches!(*word, "the" | "a" | "an" | "its" | "their" | "his" | "her")
                        || slot_kind(word).is_some()
                })
                .map(|(index, _)| index);
            let before = determiner
                .and_then(|index| index.checked_sub(1))
                .map(|index| phrase[index].1);
            // (Stances and sanctions take no place from a building at all: "suspended
            // operations at its embassy in Tehran, accusing Iran".)
            let stance = matches!(
                relation,
                Relation::Criticises
                    | Relation::Supports
                    | Relation::Opposes
                    | Relation::Threatens
                    | Relation::Sanctions
            );
            if stance || !matches!(before, Some("at" | "in" | "inside" | "outside" | "near")) {
                return None;
            }
        }
        matches!(
            introducer,
            "in" | "at" | "near" | "outside" | "inside" | "to"
        )
        .then(|| slot.place.clone())
        .flatten()
    };
    let place = |index: usize| place_in(&tokens, index);
    let mut first = tokens.partition_point(|(at, _)| *at < start);
    let last = tokens.partition_point(|(at, _)| *at < end);
    // A participle clause inside the match tells the event: "Tusk spoke in Warsaw after
    // meeting Macron" says nothing of where they met.
    // (Only when the match ends in that clause: in "arrived in Riyadh ... since taking
    // power, and was received by" the reception is in Riyadh.)
    let participle = (first..last)
        .rev()
        .find(|&index| {
            matches!(tokens[index].1, "after" | "before" | "while" | "since")
                && tokens
                    .get(index + 1)
                    .is_some_and(|(_, next)| next.ends_with("ing"))
        })
        .filter(|&opener| {
            !tokens[opener..last]
                .iter()
                .any(|(_, word)| matches!(*word, "," | "and" | ";"))
        });
    if let Some(opener) = participle {
        first = opener;
    }
    // A relative clause closed inside the match tells of something else: "Ishiba, who
    // hosted Trump in Tokyo last month, met Xi in Lima". Its place counts only when the
    // main clause names none ("Kim, who arrived in Beijing on Tuesday, held talks").
    let mut relative = None;
    let mut aside = Vec::new();
    let mut main = Vec::new();
    for index in first..last {
        let token = tokens[index].1;
        let next = tokens.get(index + 1).map_or("", |(_, next)| *next);
        if token == "," {
            match relative.take() {
                Some(opened) => aside.extend(opened..index),
                None if matches!(next, "who" | "whose" | "whom" | "which") => {
                    relative = Some(index);
                    continue;
                }
                None => {}
            }
        }
        if relative.is_none() {
            main.push(index);
        }
    }
    // Still open at the match's end: the match is in the relative clause.
    main.extend(relative.map_or(0..0, |opened| opened..last));
    main.sort_unstable();
    if let Some(found) = main.into_iter().find_map(place) {
        return Some(found);
    }
    // After the match, an infinitive of meeting or travel tells of a plan, whose place is
    // its own: "agreed to meet again in Washington".
    if let Some(found) = (last..tokens.len())
        .take_while(|&index| {
            // ("met Modi on Monday and will travel to Mumbai": the place is the trip's; so
            // is that of another verb after "and": "met Zelensky and laid flowers at a
            // memorial in Bucha", "met Scholz ... and is due to present his plan at the
            // White House".)
            // (But not another verb of the same visit: "visited Türkiye on Friday and met
            // Erdogan in Istanbul".)
            let word = tokens[index].1;
            let future = index > 0
                && tokens[index - 1].1 == "and"
                && (matches!(
                    word,
                    "will" | "would" | "is" | "are" | "was" | "were" | "has" | "have" | "had"
                ) || (super::link::reads_as_past_verb(word)
                    || matches!(word, "laid" | "stood" | "sat" | "spent" | "swore"))
                    // (Given names that end like a verb: "received Witkoff and Jared
                    // Kushner at the Kremlin".)
                    && !matches!(
                        word,
                        "jared" | "mohamed" | "ahmed" | "hamed" | "saeed" | "khaled" | "zayed"
                            | "rashed" | "majed" | "fahed" | "mohammed" | "muhammed" | "sayed"
                            | "fred" | "ted" | "ned"
                    )
                    && !matches!(
                        word,
                        "met"
                            | "held"
                            | "visited"
                            | "hosted"
                            | "received"
                            | "toured"
                            | "attended"
                            | "signed"
                            | "talked"
                            | "spoke"
                            | "travelled"
                            | "traveled"
                            | "flew"
                            | "arrived"
                            | "welcomed"
                            | "greeted"
                            | "joined"
                            | "went"
                            | "came"
                    ));
            // ("the strikes on Iran in June and the April attack in Pahalgam": a second
            // noun phrase tells of another event.)
            // ("met Lula and later travelled to Brasilia": a later act.)
            let another = tokens[index].1 == "and"
                && tokens.get(index + 1).is_some_and(|(_, next)| {
                    matches!(
                        *next,
                        "the" | "a" | "an" | "later" | "then" | "afterwards" | "subsequently"
                    )
                });
            // ("struck Pakistan in response to the killing of 26 people in Pahalgam": the
            // act answered happened elsewhere.)
            let answered = ANSWERING.contains(&tokens[index].1);
            !STOPS.contains(&tokens[index].1)
                && !future
                && !another
                && !answered
                && (tokens[index].1 != "to"
                    || !tokens.get(index + 1).is_some_and(|(_, next)| {
                        matches!(
                            *next,
                            "meet"
                                | "hold"
                                | "host"
                                | "visit"
                                | "travel"
                                | "convene"
                                | "reconvene"
                                | "gather"
                                | "return"
                                | "resume"
                                | "attend"
                                | "fly"
                                | "go"
                                | "head"
                                | "continue"
                        )
                    }))
        })
        .find_map(place)
    {
        return Some(found);
    }
    // (Only an aside of travel: in "Zelensky, who attended the summit after a day in
    // Ankara, met Meloni" and "The two leaders, whose countries fought a clash in the
    // Galwan valley in 2020, agreed" the aside's place is another event's.)
    let travelled = aside.get(2).is_some_and(|&at| {
        matches!(
            tokens[at].1,
            "arrived"
                | "arrives"
                | "travelled"
                | "traveled"
                | "travels"
                | "flew"
                | "flies"
                | "landed"
                | "lands"
                | "visited"
                | "visits"
                | "is"
                | "was"
                | "came"
                | "comes"
                | "went"
                | "reached"
                | "had"
                | "has"
        )
    });
    if travelled && let Some(found) = aside.into_iter().find_map(place) {
        return Some(found);
    }
    // Backwards to the clause's start; ", with" continues the clause ("signed at the White
    // House, with Pashinyan and Aliyev shaking hands"). Not past a participle's opener.
    let back_to = if participle.is_some() { first } else { 0 };
    for index in (back_to..first).rev() {
        let token = tokens[index].1;
        let next = tokens.get(index + 1).map_or("", |(_, next)| *next);
        // A clause opening with its own place: "In Kuala Lumpur, Xi and Anwar agreed ...,
        // and in Hanoi, To Lam and Xi signed 45 deals" signed them in Hanoi.
        if token == ","
            && index >= 3
            && matches!(tokens[index - 2].1, "in" | "at")
            && matches!(tokens[index - 3].1, "and" | "," | ";" | "but" | "while")
            && let Some(found) = place(index - 1)
        {
            return Some(found);
        }
        if STOPS.contains(&token) && !(token == "," && next == "with") {
            break;
        }
        // ("fired missiles at the Al Udeid air base in retaliation for US strikes on its
        // nuclear sites": the act retaliated for happened elsewhere.)
        if ANSWERING.contains(&token) {
            break;
        }
        // ("BRICS leaders meeting in Rio condemned the strikes on Iran": the place of an
        // attack is not that of a verb before it.)
        // (Nor that of a stance taken against it: "hosted Macron at the White House, with
        // both leaders vowing to stand together against Russia's war in Ukraine".)
        if relation == Relation::Attacks
            && (super::link::reads_as_past_verb(token)
                || SPEECH.contains(&token)
                || matches!(
                    token,
                    "against"
                        | "vowing"
                        | "pledging"
                        | "promising"
                        | "saying"
                        | "calling"
                        | "urging"
                        | "condemning"
                        | "denouncing"
                        | "criticising"
                        | "criticizing"
                        | "discussing"
                ))
        {
            break;
        }
        if let Some(found) = place(index) {
            return Some(found);
        }
    }
    // An opening adverbial of place ("In Doha on Sunday, ...", "During talks in Riyadh,
    // ...", "Arriving in Hanoi, ...") sets the scene for the main clause after it.
    let (adverbial, _) = opening_adverbial(
        rendered,
        start,
        &[
            "in",
            "at",
            "during",
            "arriving",
            "speaking",
            "visiting",
            "touring",
            "addressing",
        ],
    )?;
    let adverbial: Vec<(usize, &str)> = tokens_with_offsets(adverbial).collect();
    (0..adverbial.len()).find_map(|index| place_in(&adverbial, index))
}

/// Applies every rule to one linked sentence.
pub fn extract(
    sentence: &SentenceFacts<'_>,
    rules: &Rules,
    cues: &Cues,
    entities: &HashMap<String, std::sync::Arc<crate::model::Entity>>,
) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    if sentence.is_question {
        return found;
    }

    let mut from_focus: Vec<usize> = Vec::new();
    let coordinated = second_predicate(sentence.rendered, &sentence.linked.slots);
    // A sentence that opens with "Nor has ..." negates its first clause: "Nor has China
    // signed any alliance treaty with Iran".
    let opening = sentence.rendered.trim_start();
    let nor_opening = ["nor", "neither"].iter().any(|word| {
        opening.strip_prefix(word).is_some_and(|rest| {
            rest.split(' ').nth(1).is_some_and(|aux| {
                matches!(
                    aux,
                    "has"
                        | "have"
                        | "had"
                        | "did"
                        | "does"
                        | "do"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "will"
                        | "would"
                        | "can"
                        | "could"
                )
            })
        })
    });
    // An inverted conditional opening the sentence (after a label such as "Opinion:") is
    // counterfactual: "Had Russia not invaded Ukraine, Finland would never have applied"
    // states neither.
    let counterfactual = opening
        .split_once(" : ")
        .filter(|(label, _)| label.split(' ').count() <= 3)
        .map_or(opening, |(_, rest)| rest)
        .starts_with("had ");
    let candidates = rules.candidates(sentence.rendered);
    for rule in candidates.into_iter().map(|index| &rules.rules[index]) {
        let Some((regex, index)) = rule.regex() else {
            continue;
        };
        for captures in regex.captures_iter(sentence.rendered.as_bytes()) {
            let captures = Groups::new(&captures, index);
            let Some(whole) = captures.get(0) else {
                continue;
            };
            // The object of a coordinated predicate's first verb is not the subject of its
            // second: in "Wang met Abiy on Tuesday and held talks with Youssouf" Wang did both.
            if let Some(coordinated) = &coordinated
                && let Some(a) = captures.name("a")
                && a.end() <= coordinated.starts
                && whole.end() > coordinated.starts
                && slot_index(&sentence.rendered[a.range()]) != Some(coordinated.subject)
            {
                continue;
            }
            // A `veto` group that takes part in the match undoes it ("met separately").
            if ["veto", "veto2", "veto3", "veto4"]
                .iter()
                .any(|group| captures.name(group).is_some())
            {
                continue;
            }
            // What stands just before the subject may show it is no actor:
            // - a subject that only qualifies the one the sentence describes: "becoming one
            //   of the few European Union officials to visit Belarus", "the first Indian
            //   leader to visit Kyiv";
            // - a state where armed groups are is not what they do: "Iran-backed armed
            //   groups in Iraq had attacked U.S. forces".
            if let Some(a) = captures.name("a") {
                let mut before = sentence.rendered[..a.start()].split_whitespace().rev();
                let (last, second) = (before.next(), before.next());
                let qualifier = matches!(
                    (last, second),
                    (
                        Some("few" | "first" | "last" | "only" | "handful"),
                        Some("the" | "a")
                    ) | (Some("of"), Some("handful"))
                );
                let where_groups_are = last == Some("in")
                    && second.is_some_and(|word| {
                        cues.armed_groups.contains(word)
                            || matches!(word, "groups" | "factions" | "cells" | "proxies")
                    });
                if qualifier || where_groups_are {
                    continue;
                }
            }
            // A state or body right after a role is the role's posting ("met Eritrea's
            // ambassador to the African Union", "rejected the nominee for ambassador to
            // Germany"), not a party.
            if matches!(
                rule.relation,
                Relation::MetWith
                    | Relation::Visited
                    | Relation::Opposes
                    | Relation::Criticises
                    | Relation::Supports
            ) && let Some(b) = captures.name("b")
                && matches!(
                    slot_kind(&sentence.rendered[b.range()]),
                    Some(b'c' | b'o' | b'g')
                )
                && sentence.rendered[..b.start()]
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .is_some_and(|token| slot_kind(token) == Some(b'r'))
                // (Except an envoy recalled from the posting: "Jordan recalled its ambassador
                // to Israel in protest" is a protest against Israel.)
                && !recalled_envoy(&sentence.rendered[..b.start()])
            {
                continue;
            }
            // A predicate told in a relative clause after an enumeration ("ten members:
            // China, ... and Belarus, which joined in July 2024") may be the last item's
            // alone. (After a list that is a subject, "Mali, Burkina Faso and Niger,
            // which completed their exit", it is all of theirs.)
            if let Some(tail) = captures.name("tail")
                && let Some(a) = captures.name("a")
                && slot_kind(&sentence.rendered[a.range()]) == Some(b'L')
                && sentence.rendered[..a.start()].trim_end().ends_with(':')
                && matches!(
                    sentence.rendered[tail.range()].trim_end(),
                    " , which" | " , who"
                )
            {
                continue;
            }
            // A `clause` group is a stretch between a subject and a participle ("X cut
            // ties with Y, accusing Z"): another actor's clause in it may own the
            // participle, so the match is dropped.
            if let Some(clause) = captures.name("clause")
                && clauses_opened(&sentence.rendered[clause.range()], cues)
                    .next()
                    .is_some()
            {
                continue;
            }
            // A meeting is with a state's people, not with the state a possessive names
            // ("held talks with Mali's General Assimi Goita").
            if rule.relation == Relation::MetWith
                && let Some(b) = captures.name("b")
                && matches!(
                    slot_kind(&sentence.rendered[b.range()]),
                    Some(b'c' | b'd' | b's' | b'L')
                )
                && sentence.rendered[b.end()..].starts_with(" 's ")
            {
                continue;
            }
            // An aside that opens a clause with another actor ("X broke off relations
            // after Ecuadorian police stormed its embassy, a raid that Y condemned"): the
            // reaction is to the act of the nearest clause, so its actor is the object. A
            // clause opened by anything but an actor leaves it unclear: no fact.
            let mut reaction_to: Option<&Slot> = None;
            if let Some(aside) = captures.name("aside") {
                let text = &sentence.rendered[aside.range()];
                if let Some(slot_start) = clauses_opened(text, cues).max() {
                    let actor = text[slot_start..]
                        .split(' ')
                        .next()
                        .and_then(slot_index)
                        .and_then(|index| sentence.linked.slots.get(index))
                        .filter(|slot| matches!(slot.kind, 'c' | 'o' | 'l' | 's' | 'L'));
                    match actor {
                        Some(slot) => reaction_to = Some(slot),
                        None => continue,
                    }
                }
            }
            // An agent ("the government led by General Tiani deepened ...", "strikes by
            // Israel killed ...") is not the subject of the verb that follows it.
            if !rule.passive
                && let Some(a) = captures.name("a")
                && a.start() == whole.start() + 1
                && preceded_by_agent_marker(&sentence.rendered[..whole.start()])
                // (A relative clause of the agent is its own: "were joined by Hungary,
                // which holds observer status".)
                && ![" , which ", " , who "]
                    .iter()
                    .any(|relative| sentence.rendered[a.end()..].starts_with(relative))
            {
                continue;
            }
            // "U.S.-made batteries", "Iran-backed militias": a state in a compound modifier
            // is not a party ("the Hague-based tribunal" is the court itself). (But goods
            // made in a state are what a tariff on them aims at: "a 100% tariff on
            // Chinese-made electric vehicles".)
            if rule.relation.family() != crate::model::RelationFamily::Structure
                && ["a", "b"].iter().any(|group| {
                    captures.name(group).is_some_and(|slot| {
                        let after = &sentence.rendered[slot.end()..];
                        // A dash that closes the match closes an apposition: "the bloc -
                        // Saudi Arabia, ... and Oman - agreed".
                        if whole.end() == slot.end() + 3 && after.starts_with(" - ") {
                            return false;
                        }
                        if rule.relation == Relation::Sanctions
                            && *group == "b"
                            && [" - made ", " - built ", " - grown ", " - produced "]
                                .iter()
                                .any(|origin| after.starts_with(origin))
                        {
                            return false;
                        }
                        match slot_kind(&sentence.rendered[slot.range()]) {
                            Some(b'c' | b'd' | b'l' | b's' | b'L') => compound_modifier(after),
                            // "the EU-facilitated dialogue"; but "the Hague-based
                            // tribunal" is the court.
                            Some(b'o' | b'g') => {
                                compound_modifier(after) && !after.starts_with(" - based ")
                            }
                            _ => false,
                        }
                    })
                })
            {
                continue;
            }
            // The subject of a passive is not the object of a preposition: "Iran's proxies
            // in Iraq were sanctioned" sanctions the proxies, not Iraq.
            if rule.passive
                && let Some(b) = captures.name("b")
                && b.start() == whole.start() + 1
                && [
                    " was ",
                    " were ",
                    " is ",
                    " are ",
                    " has been ",
                    " have been ",
                    " had been ",
                ]
                .iter()
                .any(|verb| sentence.rendered[b.end()..].starts_with(verb))
                && matches!(
                    word_before(&sentence.rendered[..whole.start()]),
                    Some(
                        "in" | "of"
                            | "from"
                            | "at"
                            | "across"
                            | "inside"
                            | "near"
                            | "for"
                            | "with"
                            | "to"
                    )
                )
            {
                continue;
            }
            // Nor does a subject stand for a relative, an aide or goods: "the daughter of
            // President Nazarbayev met", "Netanyahu's son Yair criticised", "a shipment of
            // grain from Ukraine arrived".
            if rule.relation.family() != crate::model::RelationFamily::Structure
                && ["a", "b"].iter().any(|group| {
                    // The object too, of a meeting or visit ("greeted by Putin's aide") or
                    // of sanctions ("sanctions on Ortega's family").
                    (*group == "a" && !rule.passive
                        || *group == "b"
                            && (rule.relation.family()
                                == crate::model::RelationFamily::Cooperation
                                || rule.relation == Relation::Sanctions))
                        && captures.name(group).is_some_and(|slot| {
                            let after = &sentence.rendered[slot.end()..];
                            (*group == "a" || after.starts_with(" 's "))
                                && stands_for_another(
                                    if *group == "a" {
                                        &sentence.rendered[..slot.start()]
                                    } else {
                                        ""
                                    },
                                    after,
                                    slot_kind(&sentence.rendered[slot.range()]),
                                    rule.relation,
                                    cues,
                                )
                        })
                })
            {
                continue;
            }
            // A state's forces arriving somewhere are deployed, not visiting: "Kenyan police
            // arrived in Haiti".
            if matches!(rule.relation, Relation::Visited | Relation::MetWith)
                && !rule.passive
                && captures
                    .name("a")
                    .is_some_and(|a| cues.forces.starts(&sentence.rendered[a.end()..]))
            {
                continue;
            }
            // Opposing or backing what an organisation adopts is not a stance towards it:
            // "vetoed a U.N. Security Council draft resolution".
            if matches!(rule.relation, Relation::Opposes | Relation::Supports)
                && captures.name("b").is_some_and(|b| {
                    slot_kind(&sentence.rendered[b.range()]) == Some(b'o')
                        && cues.documents.starts(&sentence.rendered[b.end()..])
                })
            {
                continue;
            }
            // An accord with a part of a state is none with the state: "signed a memorandum
            // with Somalia's Jubaland region".
            if matches!(
                rule.relation,
                Relation::AgreedWith | Relation::CooperatesWith
            ) && ["a", "b"].iter().any(|group| {
                captures.name(group).is_some_and(|slot| {
                    sentence.rendered[slot.end()..]
                        .strip_prefix(" 's ")
                        .is_some_and(|after| {
                            let mut from = after;
                            (0..3).any(|_| {
                                let found = cues.subnational.starts(from);
                                from = from.split_once(' ').map_or("", |(_, rest)| rest);
                                found
                            })
                        })
                })
            }) {
                continue;
            }
            // A subject at the very start of an active cooperative or conflict match may
            // belong to another verb:
            // - a place after a preposition, or the object of a verb, when a coordinated
            //   verb follows it: "visited the base in Greenland and accused Denmark",
            //   "travelled to Beijing and met Xi", "visited Kenya on Tuesday and met Ruto"
            //   (but "a response to the U.S. bombing of its sites");
            // - the person talks were held with, before the visitor travels on ("talks with
            //   Ishiba before travelling to Washington");
            // - a destination before a purpose: "sent troops to Russia to support its war".
            if !rule.passive
                && matches!(
                    rule.relation.family(),
                    crate::model::RelationFamily::Cooperation
                        | crate::model::RelationFamily::Conflict
                )
                && let Some(a) = captures.name("a")
                && a.start() == whole.start() + 1
            {
                let before_match = &sentence.rendered[..whole.start()];
                let between = &sentence.rendered[a.end()..whole.end()];
                let after_subject = &sentence.rendered[a.end()..];
                let before = word_before(before_match);
                let coordinated = between.contains(" and ")
                    && before.is_some_and(|before| {
                        matches!(before, "for" | "of" | "with" | "about" | "over" | "on")
                            && after_subject.starts_with(" 's ")
                            || matches!(
                                before,
                                "in" | "into"
                                    | "inside"
                                    | "outside"
                                    | "near"
                                    | "across"
                                    | "to"
                                    | "toward"
                                    | "towards"
                            )
                            || super::link::reads_as_past_verb(before)
                    });
                // (perhaps with a weekday between: "travel to Brussels on Friday to meet")
                let after_day = after_subject
                    .strip_prefix(" on ")
                    .and_then(|rest| rest.split_once(' '))
                    .filter(|(day, _)| day.ends_with("day"))
                    .map_or(after_subject, |(_, rest)| rest);
                let purpose = matches!(before, Some("to" | "into" | "in"))
                    && (after_subject.starts_with(" to ") || after_day.starts_with("to "));
                // - a place where someone was put: "Five Americans who had been detained in
                //   Iran landed in Doha" (Iran did not travel).
                let placed = matches!(before, Some("in" | "into" | "inside" | "at" | "near"))
                    && !after_subject.starts_with(" 's ")
                    && before_match
                        .trim_end()
                        .rsplit(' ')
                        .nth(1)
                        .is_some_and(super::link::reads_as_past_verb);
                // - a person named with descriptors after a verb, when a verb follows "and":
                //   "called Cambodia's Senate president Hun Sen 'uncle' and criticised a Thai
                //   army commander" (not "watched Thai Prime Minister Anutin and Cambodian
                //   Prime Minister Hun Manet sign").
                let described_object = slot_kind(&sentence.rendered[a.range()]) == Some(b'p')
                    && before.is_some_and(|word| slot_kind(word).is_some())
                    && word_before(without_descriptors(before_match, b"rdc"))
                        .is_some_and(super::link::reads_as_past_verb)
                    && between.split(" and ").skip(1).any(|after| {
                        after
                            .split(' ')
                            .find(|word| !word.is_empty() && !VERB_ADVERBS.contains(word))
                            .is_some_and(super::link::reads_as_past_verb)
                    });
                if coordinated
                    || purpose
                    || placed
                    || described_object
                    || before_travelling(before_match, between)
                {
                    continue;
                }
            }
            // Cues are read in the match without the subject's relative clause (in "India,
            // which has not joined, criticised ..." the "not" is the clause's) and without
            // an `aside`, the clause before a reaction ("X declined to ..., drawing
            // criticism from Y").
            let mut pieces: Vec<&str> = Vec::with_capacity(3);
            let mut from = whole.start();
            let mut asides: Vec<std::ops::Range<usize>> = ["tail", "aside", "clause", "quiet"]
                .iter()
                .filter_map(|group| captures.name(group).map(|found| found.range()))
                .collect();
            asides.sort_by_key(|range| range.start);
            for aside in asides {
                if aside.start >= from {
                    pieces.push(&sentence.rendered[from..aside.start]);
                    from = aside.end;
                }
            }
            pieces.push(&sentence.rendered[from..whole.end()]);
            // A match that opens on a possessive subject ("Iran's cooperation with the
            // IAEA") is ended by the verb governing it: "has suspended Iran's cooperation".
            let ended = captures.name("a").is_some_and(|a| {
                a.start() <= whole.start() + 1
                    && sentence.rendered[a.end()..].starts_with(" 's ")
                    && {
                        let governed = &sentence.rendered[whole.start()
                            - governing_words(&sentence.rendered[..whole.start()]).len()
                            ..whole.end()];
                        cues.negation.possessive_found_in(governed)
                            || cues.ended.possessive_found_in(governed)
                    }
            });
            let found_in =
                |cues: &super::cues::CueSet| pieces.iter().any(|piece| cues.found_in(piece));
            // An actor someone urged or called on to act has not acted: "Poland urged
            // Germany to expel ...". (An office is held all the same: "called on Prince
            // Turki, Minister of Defence of Saudi Arabia".)
            if rule.relation != Relation::OfficialOf
                && ["a", "pair"]
                    .iter()
                    .filter_map(|group| captures.name(group))
                    .any(|a| a.start() <= whole.start() + 1)
                && cues.requested.found_in(governing_words(without_descriptors(
                    &sentence.rendered[..whole.start()],
                    b"rdc",
                )))
            {
                continue;
            }
            if found_in(&cues.hypothetical_span) || pieces.iter().any(|piece| modal_may(piece)) {
                continue;
            }
            // Just before the match too: "a draft that would have admitted Palestine as a
            // member", "ruled out American strikes on Iranian nuclear sites".
            let governing = governing_words(&sentence.rendered[..whole.start()]);
            if cues.hypothetical_span.found_in(governing) || cues.ruled_out.found_in(governing) {
                continue;
            }
            // A match that opens with a noun ("agreement between", "visit to Japan by") is
            // governed by the words before its noun phrase: "called for a trade agreement
            // between", "work towards a visit to Japan by" tell of no agreement or visit.
            if !sentence.rendered[whole.start()..]
                .trim_start()
                .starts_with(super::link::SLOT_START)
                && cues.sought.found_in(&without_weekdays(clause_words(
                    before_noun_phrase(&sentence.rendered[..whole.start()]),
                    5,
                )))
            {
                continue;
            }
            // "If India joins the SCO, ..." makes what follows hypothetical; "Beijing warned
            // Manila that it would act if ..." states a warning whose condition comes after.
            // Who holds an office, and where a capital is, hold all the same.
            // A reporting clause after the reported words ("... if Moscow does not agree,
            // Trump said after meeting Rutte") is not itself hypothetical: only its own words
            // count. (Read only when the sentence before the match's end has such a cue.)
            let lasting = matches!(
                rule.relation,
                Relation::OfficialOf | Relation::CapitalOf | Relation::LocatedIn
            );
            // (Doubt reaches the whole clause, not past a "though" or a semicolon: "Ukraine
            // and the United States have agreed ..., though Zelensky's trip to sign it had
            // not been confirmed.")
            if !lasting
                && cues
                    .doubted
                    .found_in(clause_around(sentence.rendered, whole.range()))
            {
                continue;
            }
            // (A threat may name its condition: "will retaliate if Washington goes ahead".)
            let conditioned = if rule.relation == Relation::Threatens {
                &sentence.rendered[..whole.start()]
            } else {
                &sentence.rendered[..whole.end()]
            };
            if !lasting && cues.hypothetical_sentence.found_in(conditioned) {
                let reporting = sentence.rendered[..whole.start()]
                    .split(' ')
                    .rev()
                    .find(|word| {
                        !word.is_empty()
                            && *word != "'s"
                            && !matches!(slot_kind(word), Some(b'r' | b'd' | b'c' | b'o'))
                    })
                    == Some(",")
                    && sentence.rendered[whole.range()]
                        .split(' ')
                        .filter(|word| !word.is_empty())
                        .take(4)
                        .any(|word| SPEECH.contains(&word));
                if !reporting
                    || rule.relation != Relation::Threatens
                        && cues
                            .hypothetical_sentence
                            .found_in(&sentence.rendered[whole.range()])
                {
                    continue;
                }
            }
            // A condition after a modal that follows the match: "a direct conflict between
            // Russia and NATO would be inevitable if troops were sent".
            {
                let after = &sentence.rendered[whole.end()..];
                // (A threat is made on a condition: "warned Panama that Washington would
                // take action if ...".)
                if !lasting
                    && rule.relation != Relation::Threatens
                    && next_tokens(after, 3)
                        .split(' ')
                        .any(|word| matches!(word, "would" | "could" | "might"))
                    && [" if ", " unless "].iter().any(|cue| after.contains(cue))
                {
                    continue;
                }
            }
            // "India abstained on votes condemning Russia's invasion of Ukraine and has not
            // criticised Moscow": a name followed by "and" and a verb closes one clause; the
            // subject of the next is elsewhere.
            if let Some(a) = captures.name("a")
                && starts_new_clause(&sentence.rendered[a.end()..whole.end()])
            {
                continue;
            }
            // A body that is a posting ("China's ambassador to the United Nations, Fu Cong",
            // "China's UN envoy Fu Cong") is not the actor: the envoy's state is.
            if rule.relation != Relation::OfficialOf
                && let Some(a) = captures.name("a")
                && slot_kind(&sentence.rendered[a.range()]) == Some(b'o')
            {
                let before: Vec<&str> = sentence.rendered[..a.start()]
                    .split(' ')
                    .filter(|word| !word.is_empty())
                    .collect();
                let after: Vec<&str> = sentence.rendered[a.end()..]
                    .split(' ')
                    .filter(|word| !word.is_empty())
                    .take(2)
                    .collect();
                let person_next = match after[..] {
                    [next, ..] if slot_kind(next) == Some(b'p') => true,
                    [role, next] => slot_kind(role) == Some(b'r') && slot_kind(next) == Some(b'p'),
                    _ => false,
                };
                let posted = match before[..] {
                    [.., role] if slot_kind(role) == Some(b'r') => true,
                    [.., state, "'s"] => matches!(slot_kind(state), Some(b'c' | b'l')),
                    [.., adjective] => slot_kind(adjective) == Some(b'd'),
                    _ => false,
                };
                if person_next && posted {
                    continue;
                }
            }
            // A threat someone is accused of is a charge, not a threat told: "accusing Japan
            // of threatening the use of force over Taiwan".
            if rule.relation == Relation::Threatens
                && let Some(a) = captures.name("a")
                && matches!(
                    word_before(without_descriptors(&sentence.rendered[..a.start()], b"rdc")),
                    Some("accused" | "accusing" | "accuses" | "accuse" | "blamed" | "blaming")
                )
            {
                continue;
            }
            // "all Arctic Council states except Russia are now members".
            if captures.name("a").is_some_and(|a| {
                matches!(
                    word_before(&sentence.rendered[..a.start()]),
                    Some("except" | "excluding" | "barring")
                )
            }) {
                continue;
            }
            if !rule.passive
                && let (Some(a), Some(b)) = (captures.name("a"), captures.name("b"))
                && a.end() < b.start()
                && reads_as_passive(
                    &sentence.rendered
                        [captures.name("tail").map_or(a.end(), |tail| tail.end())..b.start()],
                )
            {
                continue;
            }
            // "the invasion of its neighbour": the possessor is not the object (unless the
            // pattern itself reads on: "{B} 's closest ally").
            if let Some(b) = captures.name("b")
                && b.end() + 1 >= whole.end()
                && let Some(after) = sentence.rendered[b.end()..].strip_prefix(" 's ")
                && after
                    .split(' ')
                    .take(2)
                    .any(|word| cues.relational_nouns.iter().any(|noun| noun == word))
            {
                continue;
            }
            // A state's envoy to an organisation serves the state: "Palestinian U.N.
            // Ambassador Riyad Mansour", "Russia's deputy U.N. envoy Dmitry Polyanskiy".
            if rule.relation == Relation::OfficialOf
                && let Some(b) = captures.name("b")
                && slot_kind(&sentence.rendered[b.range()]) == Some(b'o')
                && captures
                    .name("role")
                    .and_then(|role| slot_index(&sentence.rendered[role.range()]))
                    .and_then(|index| sentence.linked.slots.get(index))
                    .and_then(|slot| slot.role.as_deref())
                    .is_some_and(|role| matches!(role, "ambassador" | "envoy"))
                && sentence.rendered[..b.start()]
                    .split(' ')
                    .rev()
                    .filter(|word| !word.is_empty())
                    .take(3)
                    .any(|word| matches!(slot_kind(word), Some(b'c' | b'd')))
            {
                continue;
            }
            // An object that is only a possessor or a modifier: "withdrew from NATO's
            // integrated military command" is no exit from NATO, "leader of Britain's
            // opposition Conservative Party" no office of Britain, "opposed Ukraine's NATO
            // membership" no opposition to NATO, "attacked London's mayor" no attack.
            if let Some(b) = captures.name("b")
                && b.end() + 1 >= whole.end()
            {
                let after: Vec<&str> = sentence.rendered[b.end()..]
                    .split(' ')
                    .filter(|word| !word.is_empty())
                    .take(4)
                    .collect();
                let membership = matches!(
                    rule.relation,
                    Relation::Left
                        | Relation::MemberOf
                        | Relation::ObserverOf
                        | Relation::PartnerOf
                        | Relation::CandidateFor
                        | Relation::OfficialOf
                );
                // A verbal attack: on a person, an office or what someone said or did.
                let possessed_office = after.first() == Some(&"'s")
                    && after[1..].iter().any(|word| {
                        matches!(slot_kind(word), Some(b'r' | b'p'))
                            || matches!(
                                *word,
                                "mayor"
                                    | "governor"
                                    | "critics"
                                    | "policy"
                                    | "policies"
                                    | "remarks"
                                    | "comments"
                                    | "stance"
                                    | "decision"
                                    | "record"
                            )
                    });
                let of_a_bid = slot_kind(&sentence.rendered[b.range()]) == Some(b'o')
                    && after.first().is_some_and(|word| {
                        matches!(
                            *word,
                            "membership" | "accession" | "bid" | "entry" | "application"
                        )
                    })
                    && matches!(
                        rule.relation,
                        Relation::Opposes | Relation::Supports | Relation::Criticises
                    );
                // A ruling on a state's case is no stance towards the state: "The ICJ
                // rejected Sudan's case against the UAE".
                let legal_filing = after.first() == Some(&"'s")
                    && after.get(1).is_some_and(|word| {
                        matches!(
                            *word,
                            "case" | "lawsuit" | "appeal" | "petition" | "complaint" | "motion"
                        )
                    })
                    && matches!(rule.relation, Relation::Opposes | Relation::Supports);
                if (membership && after.first() == Some(&"'s"))
                    || (rule.relation == Relation::Attacks && possessed_office)
                    || of_a_bid
                    || legal_filing
                {
                    continue;
                }
            }
            // ("opposed membership of NATO for Ukraine and Georgia": the bid, not NATO.)
            if matches!(rule.relation, Relation::Opposes | Relation::Supports)
                && let Some(b) = captures.name("b")
                && slot_kind(&sentence.rendered[b.range()]) == Some(b'o')
                && matches!(
                    last_tokens(&sentence.rendered[..b.start()], 2, |word| word == ",").trim(),
                    "membership of" | "membership in" | "accession to" | "entry into"
                )
            {
                continue;
            }
            // A `negation` group that takes part in the match negates it ("no rift between").
            // So does a denial of the clause the match stands in ("denied that its forces
            // had shelled ...").
            // (Who holds an office is not what is denied: "denied that it had attacked
            // Russian President Vladimir Putin's residence".)
            // ("denied responsibility and accused Kyiv": the denial ends at "and".)
            // (A denial reaches past its day and a title: "denied on Thursday a report
            // that President Vladimir Putin had held a call".)
            let denying = last_tokens(&sentence.rendered[..whole.start()], 9, |word| {
                word == "," || word == ";"
            });
            // What someone did not say is not said: "He did not say Armenia would leave
            // the CSTO".
            if rule.relation != Relation::OfficialOf
                && (cues
                    .unsaid
                    .found_in(clause_words(&sentence.rendered[..whole.start()], 6))
                    || found_in(&cues.unsaid))
            {
                continue;
            }
            let denied = rule.relation != Relation::OfficialOf
                && cues.denial.found_in(denying)
                && !denying
                    .rsplit(" and ")
                    .next()
                    .is_some_and(|last| !cues.denial.found_in(last) && denying.contains(" and "));
            // An end may also be told just before or after the match: "The end of the
            // friendship between Russia and Armenia", "Cooperation between Niger and France
            // collapsed".
            // ("Niger suspended military cooperation with Benin": a tie suspended, frozen
            // or cut inside the match is no tie.)
            let tie_cut = matches!(
                rule.relation,
                Relation::CooperatesWith | Relation::Supports | Relation::FriendlyWith
            ) && (cues.ties_cut.found_in(&sentence.rendered[whole.range()])
                || cues
                    .ties_cut
                    .found_in(governing_words(&sentence.rendered[..whole.start()])));
            let withheld = rule.relation.family() == crate::model::RelationFamily::Cooperation
                && !matches!(rule.relation, Relation::MetWith | Relation::Visited)
                && (tie_cut
                    || found_in(&cues.ended)
                    || cues
                        .ended
                        .found_in(clause_before(&sentence.rendered[..whole.start()]))
                        && !word_before(&sentence.rendered[..whole.start()])
                            .is_some_and(|word| cues.pacts.found_in(word))
                    || {
                        // ("... to Ukraine before the end of the summer": a time, no end.)
                        let after = next_tokens(&sentence.rendered[whole.end()..], 4);
                        cues.ended.found_in(after)
                            && ![
                                "before the end",
                                "by the end",
                                "until the end",
                                "at the end",
                                "till the end",
                                "towards the end",
                                "toward the end",
                            ]
                            .iter()
                            .any(|time| after.trim_start().starts_with(time))
                    });
            // "There are no plans for Putin to meet Zelensky", "no plans for Prime Minister
            // Mette Frederiksen to travel", "no concrete plans for": the event is denied, the
            // office is not.
            let planless = rule.relation.family() != crate::model::RelationFamily::Structure && {
                let before = without_descriptors(&sentence.rendered[..whole.start()], b"rdc");
                let mut words = before.rsplit(' ');
                words.next() == Some("for")
                    && matches!(words.next(), Some("plans" | "plan"))
                    && words.take(2).any(|word| word == "no")
            };
            let negation_cue = pieces.iter().any(|piece| {
                cues.negation.found_in(&without_double_negatives(
                    last_predicate(piece),
                    &cues.affirming,
                ))
            });
            // "would not suspend its partnership with": a tie not cut is kept, which the
            // match does not say plainly; no fact either way.
            if tie_cut
                && (negation_cue
                    || cues
                        .negation
                        .found_in(clause_words(&sentence.rendered[..whole.start()], 4)))
            {
                continue;
            }
            // Both openings (above the loop) speak only for the first clause.
            let in_first_clause = !sentence.rendered[..whole.start()].contains(" , ");
            let nor_opening = nor_opening && in_first_clause;
            if counterfactual && in_first_clause {
                continue;
            }
            // A handshake in a sentence that says they did not meet or talk is no meeting:
            // "did not meet Yoon, though the two shook hands", "shook hands at the opening
            // dinner but did not hold substantive talks".
            if rule.relation == Relation::MetWith
                && sentence.rendered[whole.range()].contains(" hands ")
                && [
                    " did not meet ",
                    " didn 't meet ",
                    " not hold ",
                    " no meeting ",
                    " no formal meeting ",
                    " declined to meet ",
                    " turned down ",
                    " refused to meet ",
                ]
                .iter()
                .any(|denial| sentence.rendered.contains(denial))
            {
                continue;
            }
            let negated = rule.negated
                ^ (nor_opening
                    || planless
                    || negation_cue
                    || ended
                    || denied
                    || withheld
                    || captures.name("negation").is_some()
                    || ["a", "pair"].iter().any(|group| {
                        captures.name(group).is_some_and(|found| {
                            word_before(&sentence.rendered[..found.start()]) == Some("neither")
                        })
                    }));
            // A city not visited says nothing of its state: "He did not travel to Tiraspol"
            // on a trip to Moldova; nor does a building: "Pashinyan did not visit Turkey's
            // parliament" on a trip to Istanbul.
            if negated
                && rule.relation == Relation::Visited
                && captures.name("b").is_some_and(|b| {
                    sentence.rendered.get(b.range()).and_then(slot_kind) == Some(b'x')
                        || next_tokens(&sentence.rendered[b.end()..], 1).trim() == "'s"
                })
            {
                continue;
            }
            // An announced withdrawal has not yet taken effect: "Hungary announced its
            // withdrawal from the ICC".
            // Nor has one told in the progressive: "announced in January that they were
            // leaving ECOWAS".
            let announced = rule.relation == Relation::Left
                && (matches!(
                    word_before(&sentence.rendered[..whole.start()]),
                    Some("announced" | "announces" | "announcing" | "notified" | "declared")
                ) || [" is leaving ", " are leaving ", " was leaving ", " were leaving "]
                    .iter()
                    .any(|progressive| sentence.rendered[whole.range()].contains(progressive))
                    // (Unless it takes effect at once: "were leaving ECOWAS with immediate
                    // effect".)
                    && ![
                        "with immediate effect",
                        "effective immediately",
                        "without delay",
                        "immediately",
                    ]
                    .iter()
                    .any(|now| sentence.rendered[whole.end()..].contains(now)));
            // A noun phrase governed by a modal ("will sign an agreement between", "It will
            // be Modi's first visit to China") is expected too.
            // (A membership named in passing keeps its time: "Rubio will host foreign
            // ministers of the Quad - Australia, India and Japan".)
            let mut expected = rule.expected || announced || found_in(&cues.modality) || {
                let governing = clause_words(&sentence.rendered[..whole.start()], 7);
                rule.relation.family() != crate::model::RelationFamily::Membership
                    && cues.modality.found_in(governing)
                    && governing.split(' ').any(|word| {
                        matches!(
                            word,
                            "be" | "sign"
                                | "hold"
                                | "make"
                                | "pay"
                                | "conclude"
                                | "seal"
                                | "ink"
                                | "reach"
                                | "host"
                                | "impose"
                                | "reimpose"
                                | "reinstate"
                                | "introduce"
                                | "adopt"
                                | "slap"
                                | "levy"
                        )
                    })
            };
            // A clause in the present after "before" or "then" shares the future of the
            // clause it hangs on (a clause in the past keeps its own time; "days after X
            // agreed" is past whatever follows): "Modi will visit Paris before he heads to Washington".
            // After "before" or "until" the present tells what has yet to happen, whatever
            // the tense of the clause it hangs on: "Lula urged Macron to open his heart to
            // the deal before Brazil takes over Mercosur's rotating presidency".
            // (Not when its clause goes on in the past: "before Israeli and U.S. strikes on
            // Iranian nuclear facilities in June ended the talks".)
            // (A title before the name is the name's: "days before President Emmanuel
            // Macron's state visit".)
            let mut before = &sentence.rendered[..whole.start()];
            while let Some(title) = word_before(before).filter(|word| slot_kind(word) == Some(b'r'))
            {
                before = before.trim_end().strip_suffix(title).unwrap_or(before);
            }
            let past = |text: &str| {
                text.split(' ').any(|word| {
                    super::link::reads_as_past_verb(word)
                        || matches!(word, "had" | "was" | "were" | "did")
                })
            };
            let clause_after = up_to_first(&sentence.rendered[whole.start()..], &[" , ", " ; "]);
            let awaited = matches!(word_before(before), Some("before" | "until"))
                || [
                    " ahead of",
                    " in preparation for",
                    " to prepare for",
                    " preparations for",
                ]
                .iter()
                .any(|lead| before.trim_end().ends_with(lead));
            // An act named by a noun that "would begin" or "will start" is to come: "strikes
            // on land targets in Venezuela would begin very soon".
            if matches!(
                next_tokens(&sentence.rendered[whole.end()..], 4)
                    .split(' ')
                    .collect::<Vec<_>>()[..],
                [
                    "would" | "will",
                    "begin" | "start" | "resume" | "follow" | "come",
                    ..
                ] | [
                    "would" | "will",
                    "soon",
                    "begin" | "start" | "resume" | "follow",
                    ..
                ]
            ) {
                expected = true;
            }
            // (A time stated before publication is past: "Ahead of Xi's visit to Moscow in
            // March 2023".)
            // ("later this year" is not past.)
            let dated_past = super::time::find(clause_after, sentence.published)
                .zip(sentence.published)
                .is_some_and(|(time, published)| {
                    let published = published.to_string();
                    !time.future
                        && published
                            .get(..time.value.len())
                            .is_some_and(|period| time.value.as_str() < period)
                });
            if (awaited && !past(clause_after) && !dated_past
                || matches!(word_before(before), Some("then")) && cues.modality.found_in(before))
                && !past(&sentence.rendered[whole.range()])
            {
                expected = true;
            }
            // What will happen only on a condition stated after it has not been said to
            // happen: "Germany will expel Russian diplomats if the spy ring is confirmed"
            // (a threat keeps its condition: "warned it would respond if ...").
            if expected
                && rule.relation != Relation::Threatens
                && sentence.rendered[whole.end()..]
                    .split(' ')
                    .any(|word| matches!(word, "if" | "unless" | "provided"))
            {
                continue;
            }
            // What is only in prospect has not happened: "the groundwork for economic
            // cooperation between the two countries".
            if !matches!(
                rule.relation.family(),
                crate::model::RelationFamily::Structure | crate::model::RelationFamily::Membership
            ) && cues
                .prospective
                .found_in(governing_words(without_descriptors(
                    &sentence.rendered[..whole.start()],
                    b"rdc",
                )))
            {
                continue;
            }
            // An invitation accepted is a visit or meeting to come: "he had accepted an
            // invitation to visit Beijing in April".
            let accepted = matches!(rule.relation, Relation::MetWith | Relation::Visited)
                && (found_in(&cues.accepted_invitation)
                    || cues
                        .accepted_invitation
                        .found_in(clause_before(&sentence.rendered[..whole.start()])));
            // Sanctions lifted, urged or threatened are not in force, and a meeting or visit
            // offered, invited, due or called off (in the match or just before it: "invited
            // Putin to visit") has not happened.
            // (Cutting ties is itself the sanction: "cut diplomatic ties with Rwanda" is
            // no cut of a measure.)
            if (rule.relation == Relation::Sanctions
                && (pieces.iter().any(|piece| {
                    cues.sanctions_not_in_force
                        .found_in(&without_ties_cut(piece))
                }) || cues
                    .sanctions_not_in_force
                    .found_in(governing_words(&sentence.rendered[..whole.start()]))
                    || cues.lowered.found_in(
                        &sentence.rendered[whole.end()..]
                            .split(' ')
                            .take(14)
                            .take_while(|word| *word != ";")
                            .collect::<Vec<_>>()
                            .join(" "),
                    )))
                || (rule.relation == Relation::MetWith && cues.mediated.found_in(sentence.rendered))
                || (matches!(rule.relation, Relation::MetWith | Relation::Visited)
                    && !rule.negated
                    && cues
                        .called_off_after
                        .found_in(next_tokens(&sentence.rendered[whole.end()..], 8)))
                || (matches!(rule.relation, Relation::MetWith | Relation::Visited)
                    && !rule.negated
                    && !accepted
                    && (found_in(&cues.unrealised)
                        || cues
                            .unrealised
                            .found_in(clause_before(&sentence.rendered[..whole.start()]))))
            {
                continue;
            }
            if accepted {
                expected = true;
            }
            // A meeting named by a noun is told of by the words after it: "Talks between
            // Egypt and Ethiopia could resume", "The summit between Xi and Trump,
            // originally scheduled for April, has been postponed".
            // (A visit or meeting after "after" or "since" took place: "the decision, which
            // came hours after a visit to N'Djamena by Barrot, would allow ...".)
            let told_as_past = || {
                sentence.rendered[..whole.start()]
                    .split(' ')
                    .rev()
                    .filter(|word| !word.is_empty())
                    .take(3)
                    .any(|word| matches!(word, "after" | "following" | "since"))
            };
            // (But a meeting called off is called off all the same: "after a planned summit
            // between Trump and Putin in Budapest was shelved".)
            if matches!(rule.relation, Relation::MetWith | Relation::Visited)
                && !negated
                && !rule.negated
                && slot_kind(
                    sentence.rendered[whole.start()..]
                        .trim_start()
                        .split(' ')
                        .next()
                        .unwrap_or(""),
                )
                .is_none()
            {
                let predicate: String = sentence.rendered[whole.end()..]
                    .split(' ')
                    .filter(|word| !word.is_empty())
                    .take(14)
                    .take_while(|word| {
                        !matches!(
                            *word,
                            "and"
                                | "but"
                                | ";"
                                | ":"
                                | "while"
                                | "as"
                                | "after"
                                | "before"
                                | "when"
                                | "where"
                                | "\""
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
                // ("Talks between Armenia and Azerbaijan, postponed last month, took place
                // in Abu Dhabi" did happen.)
                let happened = [
                    "took place",
                    "went ahead",
                    "were held",
                    "was held",
                    "collapsed into",
                    "descended into",
                    "ended in",
                    "ended with",
                ]
                .iter()
                .any(|phrase| predicate.contains(phrase));
                let past = told_as_past();
                if !happened
                    && (cues.unrealised.found_in(&predicate)
                        || !past && cues.hypothetical_span.found_in(&predicate))
                    || !past && modal_may(&predicate)
                    || !past
                        && cues.negation.found_in(&predicate)
                        && [
                            "place",
                            "happen",
                            "happened",
                            "occurred",
                            "materialised",
                            "ahead",
                        ]
                        .iter()
                        .any(|word| predicate.split(' ').any(|found| found == *word))
                {
                    continue;
                }
                // "Talks between India and Nepal will be held next month".
                expected |= !past && cues.modality.found_in(&predicate);
            }
            // A membership, a visit, a meeting or an act that is only planned ("will travel
            // to Tokyo", "would impose sanctions") is expected, not done.
            // (An expected membership is a candidacy, below.)
            let expectable = matches!(
                rule.relation,
                Relation::Left
                    | Relation::Leads
                    | Relation::MemberOf
                    | Relation::CandidateFor
                    | Relation::MetWith
                    | Relation::Visited
                    | Relation::Sanctions
                    | Relation::Attacks
                    | Relation::AgreedWith
            );
            let slot_of = |group: &str| -> Option<&Slot> {
                let text = sentence.rendered.get(captures.name(group)?.range())?;
                sentence.linked.slots.get(slot_index(text)?)
            };
            let anaphoric = ["a", "b", "pair"]
                .iter()
                .any(|group| slot_of(group).is_some_and(|slot| slot.anaphoric));
            // What someone said ("the statement") is no party to a meeting or an accord,
            // and rejecting it ("rejected the accusations") rebuts the speaker rather than
            // opposing them: the stance rules that read it say so. What someone did or said
            // employs no one ("informed King Mohammed VI of the decision").
            let object_said = slot_of("b").is_some_and(|slot| slot.said);
            let object_act = slot_of("b").is_some_and(|slot| slot.act);
            if (object_said
                && matches!(
                    rule.relation,
                    Relation::Opposes
                        | Relation::MetWith
                        | Relation::Visited
                        | Relation::AgreedWith
                        | Relation::CooperatesWith
                ))
                || (object_act || object_said) && rule.relation == Relation::OfficialOf
                || object_act
                    && matches!(
                        rule.relation,
                        Relation::MetWith
                            | Relation::Visited
                            | Relation::AgreedWith
                            | Relation::CooperatesWith
                    )
                || rule.object_said && !object_said
            {
                continue;
            }
            // An organisation attacks only where it is named: a guessed "its" ("the Group of
            // Seven condemned Russia's use of North Korean troops in its war against
            // Ukraine") is no aggressor. And an organisation attacked without its people
            // or premises is attacked in words: "Trump attacked the United Nations".
            if rule.relation == Relation::Attacks
                && (slot_of("a").is_some_and(|slot| slot.anaphoric && slot.kind == 'o')
                    || slot_of("b").is_some_and(|slot| slot.kind == 'o')
                        && captures
                            .name("b")
                            .is_some_and(|b| !cues.forces.starts(&sentence.rendered[b.end()..])))
            {
                continue;
            }
            // Sport: "India and Pakistan will meet in the final", "Germany supports France
            // in the Six Nations" are teams and fans, not states.
            // (The sport word stands in the match or just after it.)
            if matches!(
                rule.relation,
                Relation::MetWith | Relation::Visited | Relation::Supports | Relation::Opposes
            ) && (cues.sport.found_in(&sentence.rendered[whole.range()])
                || cues
                    .sport
                    .found_in(next_tokens(&sentence.rendered[whole.end()..], 6)))
                && !cues
                    .sport_idioms
                    .found_in(&sentence.rendered[whole.start()..])
            {
                continue;
            }
            // A state's private parties are no party to its meetings and accords: "signed
            // agreements with U.S. chipmakers" (what is done to them is done to the state:
            // "added 140 Chinese companies to its export blacklist").
            if rule.relation.family() == crate::model::RelationFamily::Cooperation
                && ["a", "b", "pair"].iter().any(|group| {
                    captures.name(group).is_some_and(|slot| {
                        matches!(
                            slot_kind(&sentence.rendered[slot.range()]),
                            Some(b'c' | b'd' | b'L')
                        ) && (cues.private_parties.starts(after_coordinated_adjectives(
                            &sentence.rendered[slot.end()..],
                        )) || {
                            // "Business leaders from both countries met".
                            let before = sentence.rendered[..slot.start()].trim_end();
                            // (The party is one of the last two words before "from".)
                            before
                                .strip_suffix(" from")
                                .or_else(|| before.strip_suffix(" of"))
                                .or_else(|| before.strip_suffix(" in"))
                                .is_some_and(|before| {
                                    let last = before.rfind(' ').map_or(0, |at| at + 1);
                                    let second = before[..last.saturating_sub(1)]
                                        .rfind(' ')
                                        .map_or(0, |at| at + 1);
                                    cues.private_parties.starts(&before[last..])
                                        || cues.private_parties.starts(&before[second..])
                                })
                        })
                    })
                })
            {
                continue;
            }
            let mut qualifiers = Qualifiers {
                status: captures
                    .name("status")
                    .and_then(|found| {
                        let status = sentence.rendered.get(found.range())?.trim();
                        // ("non - permanent": a gap before the group may take the "non".)
                        let denied = sentence.rendered[..found.start()]
                            .trim_end()
                            .ends_with(" non -");
                        Some(if denied && status == "permanent" {
                            "non-permanent".to_string()
                        } else {
                            status.to_string()
                        })
                    })
                    .or_else(|| rule.status.clone()),
                role: slot_of("role")
                    .and_then(|slot| slot.role.clone())
                    .or_else(|| {
                        captures
                            .name("rolename")
                            .and_then(|found| sentence.rendered.get(found.range()))
                            .map(singular_role)
                    }),
                // A city visited is where the visit took place ("travelled to Paris and
                // Warsaw": the Warsaw visit's place is Warsaw).
                location: slot_of("b")
                    .filter(|_| rule.relation == Relation::Visited)
                    .and_then(|slot| slot.place.clone())
                    .or_else(|| location_near(sentence, whole.start(), whole.end(), rule.relation)),
                ..Qualifiers::default()
            };
            // A meeting held by telephone or on screen says so: "Biden spoke by phone with
            // Sisi", "he spoke to the crown prince by telephone on Sunday".
            if rule.relation == Relation::MetWith && qualifiers.status.is_none() {
                qualifiers.status =
                    at_a_distance(sentence.rendered, whole.range(), cues).map(str::to_string);
            }
            // "Deputy Economy Minister Taras Kachka": the roles file knows no such role, and
            // the person is no economy minister.
            if let Some(role) = captures.name("role")
                && let Some(deputy @ ("deputy" | "vice" | "assistant")) = word_before(
                    // ("Assistant U.S. Trade Representative Brendan Lynch".)
                    without_descriptors(&sentence.rendered[..role.start()], b"cd"),
                )
                && let Some(named) = &qualifiers.role
                && !named.starts_with(deputy)
            {
                qualifiers.role = Some(format!("{deputy} {named}"));
            }
            // "named Nawaf Salam as prime minister-designate": an office yet to come.
            if let Some(role) = captures.name("role")
                && qualifiers.status.is_none()
                && matches!(
                    sentence.rendered[role.end()..]
                        .trim_start()
                        .trim_start_matches("- ")
                        .split(' ')
                        .next(),
                    Some("designate" | "elect")
                )
            {
                qualifiers.status = Some("incoming".into());
            }
            // "Sheinbaum was elected president and will take office on October 1", "Lula will
            // be sworn in as Brazil's president" (in the match's clause: "Biden, the outgoing
            // president, met Trump, who will take office in January" says nothing of Biden's
            // office).
            if rule.relation == Relation::OfficialOf
                && qualifiers.status.is_none()
                && cues.office_to_come.found_in(
                    sentence.rendered[whole.start()..]
                        .split([',', ';'])
                        .next()
                        .unwrap_or(""),
                )
            {
                qualifiers.status = Some("incoming".into());
            }
            // "Claudia Sheinbaum was elected Mexico's first female president on Sunday": a
            // vote elects a leader who takes office later, unless the sentence says a
            // chamber voted or the oath was taken (`office_taken`), or the office is one a
            // chamber fills at once (`chamber_roles`: "elected prime minister"). An
            // election told as past (a year before the report) loses the status in
            // `precise_roles`.
            if rule.relation == Relation::OfficialOf
                && qualifiers.status.is_none()
                && sentence.rendered[whole.range()]
                    .split(' ')
                    .any(|word| word == "elected")
                && !cues.office_taken.found_in(sentence.rendered)
                && !qualifiers
                    .role
                    .as_ref()
                    .is_some_and(|role| cues.chamber_roles.contains(role))
            {
                qualifiers.status = Some("incoming".into());
            }
            // A time belongs to the fact whose words surround it: inside the match or just
            // after it ("on course to join next year"), or after the persons coordinated
            // with the one it ends on ("hosted Kishida and Marcos at the White House on
            // Thursday").
            // Persons coordinated after a person met, with the end of the last (read once:
            // they are the meeting's further objects too).
            let coordinated = captures
                .name("b")
                .filter(|_| {
                    rule.relation == Relation::MetWith
                        && slot_of("b").is_some_and(|slot| slot.kind == 'p')
                })
                .map(|b| coordinated_persons_after(sentence, b.end(), entities));
            let match_end = coordinated
                .as_ref()
                .map_or(whole.end(), |(_, end)| (*end).max(whole.end()));
            let rest = &sentence.rendered[match_end..];
            let window_end = rest
                .char_indices()
                // (The point of an abbreviated month is no word: "on dec . 1".)
                .filter(|&(at, c)| {
                    c == ' '
                        && !rest[at + 1..]
                            .strip_prefix(". ")
                            .is_some_and(|next| next.starts_with(|c: char| c.is_ascii_digit()))
                })
                .nth(4)
                .map_or(sentence.rendered.len(), |(at, _)| match_end + at);
            // A date the window cuts keeps its year ("since the October 7 , 2023 attack").
            let window_end = window_end
                + year_after(
                    &sentence.rendered[..window_end],
                    &sentence.rendered[window_end..],
                );
            // Membership told in an apposition has no time of the clause it stands in: "The
            // Quad, an informal grouping of India, Japan, Australia and the United States,
            // met on Tuesday".
            let window_end = if rule.relation.family() == crate::model::RelationFamily::Membership {
                let after = &sentence.rendered[whole.end()..window_end];
                if after.starts_with(", ") {
                    whole.end()
                } else {
                    after.find(" , ").map_or(window_end, |at| whole.end() + at)
                }
            } else {
                // Nor has any fact the time of a relative clause after it: "passed the
                // rotating chairmanship to China, which will host next year's summit".
                let after = &sentence.rendered[match_end.min(window_end)..window_end];
                [" , which ", " , who ", " , where ", " , whose "]
                    .iter()
                    .filter_map(|opening| after.find(opening))
                    .min()
                    .map_or(window_end, |at| match_end.min(window_end) + at)
            };
            // A relative clause opened at the end of the match is the last slot's, with all
            // that follows it: "passed the rotating chairmanship to China, which will host
            // next year's summit".
            let window_end = match captures.name("tail") {
                Some(tail) if tail.start() >= whole.start() && tail.end() + 1 >= whole.end() => {
                    tail.start().min(window_end)
                }
                _ => window_end,
            };
            // A relative clause of the subject ("Thailand, which began talks last year,
            // expects to ...") keeps its own time.
            let around = match captures.name("tail") {
                Some(tail) if tail.start() >= whole.start() && tail.end() <= window_end => {
                    std::borrow::Cow::Owned(format!(
                        "{}{}",
                        &sentence.rendered[whole.start()..tail.start()],
                        &sentence.rendered[tail.end()..window_end]
                    ))
                }
                _ => std::borrow::Cow::Borrowed(&sentence.rendered[whole.start()..window_end]),
            };
            // A visit or meeting is no time "since" which something has not happened: in
            // "the first visit by a Japanese foreign minister since April 2023" that month
            // is the visit before.
            let around = if matches!(rule.relation, Relation::Visited | Relation::MetWith) {
                match without_since_times(&around) {
                    std::borrow::Cow::Owned(cut) => std::borrow::Cow::Owned(cut),
                    std::borrow::Cow::Borrowed(_) => around,
                }
            } else {
                around
            };
            // What will happen happens after publication, a fact that can be expected or
            // not ("will recognise the State of Palestine on Sunday"). A threat is made
            // when it is told: its weekday is the one before publication ("warned on
            // Friday that they would trigger sanctions"), and a time to come is that of
            // the act threatened ("has threatened tariffs on Japanese goods from August 1").
            let expected = expected && rule.relation != Relation::Threatens;
            // A second verb after "and" has its own time when it states one ("arrived on
            // Monday and is expected to meet Lavrov on Thursday").
            let own_time = around
                .rfind(" and ")
                .filter(|&at| {
                    // "and" before a verb, not between two names.
                    around[at + 5..]
                        .split(' ')
                        .find(|word| !word.is_empty() && !VERB_ADVERBS.contains(word))
                        .is_some_and(|word| slot_kind(word).is_none() && word != "the")
                })
                .and_then(|at| super::time::find_as(&around[at..], sentence.published, expected));
            let stated = own_time
                .or_else(|| super::time::find_as(&around, sentence.published, expected))
                .or_else(|| {
                    // An opening adverbial of time sets it for the main clause ("In 2012,
                    // Rutte criticised Greece"), unless a time of its own comes between
                    // ("In 2014, Russia annexed Crimea, and in February 2022 invaded").
                    let (adverbial, between) = opening_adverbial(
                        sentence.rendered,
                        whole.start(),
                        &["in", "on", "last", "earlier", "early", "late"],
                    )?;
                    super::time::find_as(between, sentence.published, false)
                        .is_none()
                        .then(|| super::time::find_as(adverbial, sentence.published, expected))
                        .flatten()
                })
                .map(|time| (time.value, time.future))
                .filter(|(_, future)| !(*future && rule.relation == Relation::Threatens))
                // "Both sides agreed to meet again next Saturday": the time to come is the
                // meeting's; the agreement was made.
                .filter(|(_, future)| {
                    !(*future
                        && rule.relation == Relation::AgreedWith
                        && sentence.rendered[..whole.end()]
                            .trim_end()
                            .ends_with(" agreed")
                        && sentence.rendered[whole.end()..]
                            .trim_start()
                            .starts_with("to "))
                });
            if let Some((time, future)) = &stated
                && !matches!(
                    rule.relation,
                    Relation::CapitalOf | Relation::LocatedIn | Relation::OfficialOf
                )
            {
                qualifiers.time = Some(time.clone());
                qualifiers.expected = *future || (expected && expectable);
            } else if expected && expectable {
                qualifiers.expected = true;
            }
            // "..., Uzbekistan and Belarus, which joined in 2024": the year of a relative
            // clause after a list is its last item's, not the list's.
            if rule.relation.family() == crate::model::RelationFamily::Membership
                && let Some(a) = captures.name("a")
                && captures.name("tail").map_or(a.end(), |tail| tail.end()) + 1 >= whole.end()
                && slot_kind(&sentence.rendered[a.range()]) == Some(b'L')
                && (sentence.rendered[a.end()..].starts_with(" , which ")
                    || sentence.rendered[a.end()..].starts_with(" , who "))
            {
                qualifiers.time = None;
            }
            // "Its members today are ...": a standing membership takes no day from "today".
            if matches!(
                rule.relation.family(),
                crate::model::RelationFamily::Structure | crate::model::RelationFamily::Membership
            ) && qualifiers
                .time
                .as_deref()
                .is_some_and(|time| time.len() == 10)
                && sentence.rendered[whole.range()].contains(" today ")
            {
                qualifiers.time = None;
            }
            // "his fourth visit to Ukraine since 2023": the year a count starts from dates
            // no single event.
            if matches!(
                rule.relation,
                Relation::MetWith | Relation::Visited | Relation::Attacks
            ) && let Some(time) = qualifiers.time.as_deref()
                && time.len() == 4
                && sentence.rendered.contains(&format!(" since {time} "))
            {
                qualifiers.time = None;
            }
            // A mention of a standing state of affairs ("denounced new U.S. sanctions on
            // Wednesday") takes no day from the clause that mentions it.
            if rules.is_mention(&rule.id)
                && qualifiers
                    .time
                    .as_deref()
                    .is_some_and(|time| time.len() == 10)
            {
                qualifiers.time = None;
            }
            // The day a withdrawal is announced is not the day it takes effect; a later year
            // stated with it may be ("announced its withdrawal, effective in 2026").
            if announced
                && qualifiers.time.as_deref().is_some_and(|time| {
                    time.len() != 4
                        || time.parse::<i32>().ok() <= sentence.published.map(|date| date.year)
                })
            {
                qualifiers.time = None;
            }
            // Standing facts and stances have no place: "joined BRICS in 2024 and still hosts
            // U.S. troops at Al Dhafra air base", "condemned the strikes on Fordow".
            if matches!(
                rule.relation,
                Relation::CapitalOf
                    | Relation::LocatedIn
                    | Relation::OfficialOf
                    | Relation::Leads
                    | Relation::MemberOf
                    | Relation::ObserverOf
                    | Relation::PartnerOf
                    | Relation::CandidateFor
                    | Relation::Criticises
                    | Relation::Supports
                    | Relation::Opposes
                    | Relation::Threatens
                    | Relation::FriendlyWith
                    | Relation::AtOddsWith
            ) {
                qualifiers.location = None;
            }
            // "Russian opposition leader", "the exiled prime minister": no office of the
            // state at all.
            if rule.relation == Relation::OfficialOf
                && let Some(role) = captures.name("role")
                && sentence.rendered[..role.start()]
                    .split(' ')
                    .rev()
                    .find(|word| !word.is_empty())
                    .is_some_and(|word| {
                        matches!(
                            word,
                            "opposition" | "rebel" | "exiled" | "dissident" | "shadow" | "jailed"
                        )
                    })
            {
                continue;
            }
            // An organisation's office held "of" a state is the holder's nationality:
            // "Secretary General Albert Ramdin of Suriname" heads the OAS.
            if rule.relation == Relation::OfficialOf
                && qualifiers
                    .role
                    .as_deref()
                    .is_some_and(|role| sentence.gazetteer.organisation_role(role))
                && slot_of("b").is_some_and(|slot| slot.kind == 'c')
                && captures
                    .name("a")
                    .zip(captures.name("b"))
                    .is_some_and(|(a, b)| sentence.rendered.get(a.end()..b.start()) == Some(" of "))
            {
                continue;
            }
            // "Former British Prime Minister Boris Johnson", "Israel's former prime
            // minister": the office is past, and the person no longer speaks for the state.
            // "then" only right before the title, past a state and a hyphen ("the then
            // U.S. president", "then-President"; not "Trump then called President X").
            if rule.relation == Relation::OfficialOf
                && let Some(role) = captures.name("role")
                && let before = sentence.rendered[..role.start()]
                    .split(' ')
                    .rev()
                    .filter(|word| !word.is_empty())
                    .take(3)
                    // ("former chief of staff to Foreign Minister Albares": another title
                    // takes the words before it.)
                    .take_while(|word| !matches!(*word, "," | ";") && !word.starts_with("\x01r"))
                    .collect::<Vec<&str>>()
                && (before
                    .iter()
                    .take_while(|word| word.starts_with('\x01') || matches!(**word, "-" | "then"))
                    .any(|word| *word == "then")
                    || before
                        .iter()
                        .any(|word| cues.past_titles.iter().any(|past| past == word)))
            {
                qualifiers.status = Some("former".to_string());
            }
            // "Prime Minister K.P. Sharma Oli resigned on Tuesday", "Congress removed
            // President Dina Boluarte": the office ends as the sentence tells it.
            if rule.relation == Relation::OfficialOf
                && qualifiers.status.is_none()
                && let Some(a) = captures.name("a")
                && (cues.leaving_office.found_in(next_tokens(
                    after_relative_clause(&sentence.rendered[a.end()..]),
                    5,
                )) || cues
                    .died
                    .starts(after_fellows(&sentence.rendered[a.end()..]))
                    || captures.name("role").is_some_and(|role| {
                        // ("expelled the German ambassador": past a state's adjective.)
                        let before = without_descriptors(&sentence.rendered[..role.start()], b"dc");
                        // ("replaces her as foreign secretary": the role taken, not ended.)
                        let taken = before.trim_end().rsplit(' ').next() == Some("as");
                        !taken && cues.removing_from_office.found_in(clause_words(before, 4))
                    }))
            {
                qualifiers.status = Some("former".to_string());
            }
            // "succeeding Jens Stoltenberg, who led the alliance for a decade": the one
            // succeeded leads no more.
            if rule.relation == Relation::Leads
                && qualifiers.status.is_none()
                && let Some(a) = captures.name("a")
                && cues
                    .removing_from_office
                    .found_in(clause_words(&sentence.rendered[..a.start()], 2))
            {
                qualifiers.status = Some("former".to_string());
            }
            // Membership that is only expected ("expected the kingdom to become a full
            // member of the grouping next year") is a candidacy.
            // (A membership that will "remain" is held now: "Bolivia will remain a full
            // member of Mercosur".)
            if rule.relation == Relation::MemberOf
                && qualifiers.expected
                && (clause_words(&sentence.rendered[..whole.start()], 3)
                    .split(' ')
                    .chain(sentence.rendered[whole.range()].split(' '))
                    .any(|word| matches!(word, "remain" | "remains" | "stay" | "stays"))
                    || sentence.rendered[whole.range()].contains("continue to be "))
            {
                qualifiers.expected = false;
                qualifiers.time = None;
            }
            let relation = if rule.relation == Relation::MemberOf && qualifiers.expected {
                Relation::CandidateFor
            } else {
                rule.relation
            };
            let confidence = if anaphoric {
                rule.confidence * 0.9
            } else {
                rule.confidence
            };
            let mut pairs: Vec<(String, String)> = Vec::new();
            // The subjects in the order "respectively" pairs them, when not the slot's own.
            let mut subject_order: Option<Vec<String>> = None;
            let mut needs_times = false;
            let respectively = sentence.rendered[whole.start()..]
                .split(' ')
                .take_while(|word| *word != ";")
                .any(|word| word == "respectively");
            let people: Option<Vec<String>> = captures.name("people").map(|group| {
                sentence.rendered[group.range()]
                    .split(' ')
                    .filter_map(slot_index)
                    .filter_map(|index| sentence.linked.slots.get(index))
                    .filter(|slot| slot.kind == 'p')
                    .flat_map(|slot| slot.entities.iter().cloned())
                    .collect()
            });
            let together = people.or_else(|| slot_of("pair").map(|pair| pair.entities.clone()));
            if let Some(people) = rule.pair_of_people
                && !slot_of("pair").is_some_and(|pair| {
                    pair.entities.iter().all(|id| {
                        entities
                            .get(id)
                            .is_some_and(|entity| (entity.kind == EntityKind::Person) == people)
                    })
                })
            {
                continue;
            }
            // "A and B met C": each of the people with the object, not with each other.
            let people_and_object = captures
                .name("people")
                .and_then(|_| slot_of("b"))
                .map(|object| object.entities.clone());
            if let (Some(together), Some(objects)) = (&together, people_and_object) {
                for person in together {
                    for object in &objects {
                        pairs.push((person.clone(), object.clone()));
                    }
                }
            } else if let Some(together) = together {
                // "A and B met C and D respectively": A and B did not meet each other.
                let together = if respectively { Vec::new() } else { together };
                // "The EU and the five countries upgraded their ties": a body or state joined
                // to a list before it relates to each of its members, not they to each other.
                // ("The European Union and the five Central Asian states agreed".)
                let hub: Option<String> = captures
                    .name("pair")
                    .and_then(|pair| sentence.rendered.get(..pair.start()))
                    .map(|before| {
                        let mut before = before.trim_end();
                        while let Some((rest, word)) = before.rsplit_once(' ') {
                            if matches!(word, "the" | "its" | "their" | "other" | "all" | "several")
                                || super::cues::is_count_word(word)
                            {
                                before = rest.trim_end();
                            } else {
                                break;
                            }
                        }
                        before
                    })
                    .and_then(|before| before.strip_suffix(" and"))
                    .and_then(|before| before.trim_end().rsplit(' ').next())
                    .filter(|token| matches!(slot_kind(token), Some(b'o' | b'c' | b'l')))
                    .and_then(slot_index)
                    .and_then(|index| sentence.linked.slots.get(index))
                    .filter(|slot| slot.entities.len() == 1)
                    .map(|slot| slot.entities[0].clone());
                // "The EU and the Mercosur bloc of Argentina, Brazil, Paraguay and Uruguay
                // signed": the list after a body's name ("bloc of") spells out its members;
                // the parties are the names before it, if there are several.
                let members_of = captures
                    .name("pair")
                    .and_then(|pair| sentence.rendered.get(..pair.start()))
                    .and_then(|before| before.trim_end().strip_suffix(" of"))
                    .map(|before| {
                        let before = before.trim_end();
                        match before.rsplit_once(' ') {
                            Some((rest, noun))
                                if cues.organisation_nouns.iter().any(|known| known == noun) =>
                            {
                                rest
                            }
                            _ => before,
                        }
                    })
                    .and_then(|before| before.trim_end().rsplit(' ').next())
                    .filter(|token| matches!(slot_kind(token), Some(b'o' | b'L')))
                    .and_then(slot_index)
                    .and_then(|index| sentence.linked.slots.get(index));
                let together = match members_of {
                    Some(parties) if parties.kind == 'L' => parties.entities.clone(),
                    Some(_) => Vec::new(),
                    None => together,
                };
                let together = match &hub {
                    Some(hub) if !together.contains(hub) => {
                        std::iter::once(hub.clone()).chain(together).collect()
                    }
                    _ => together,
                };
                // Four or more who met or spoke together held a summit or a conference call,
                // which says nothing of who talked with whom (a joint statement of as many
                // is an accord of each with each).
                if rule.relation == Relation::MetWith && hub.is_none() && together.len() >= 4 {
                    continue;
                }
                for (index, first) in together.iter().enumerate() {
                    for second in &together[index + 1..] {
                        if hub
                            .as_ref()
                            .is_some_and(|hub| first != hub && second != hub)
                        {
                            continue;
                        }
                        pairs.push((first.clone(), second.clone()));
                        // "X and Y accused each other": a directed relation runs both ways.
                        if !rule.relation.is_symmetric() {
                            pairs.push((second.clone(), first.clone()));
                        }
                    }
                }
            } else {
                let ends = |group: &str| -> Vec<String> {
                    let slot = match (group, reaction_to) {
                        ("b", Some(actor)) => Some(actor),
                        _ => slot_of(group),
                    };
                    match slot {
                        // A capital as the subject of capital_of or located_in is the city.
                        Some(slot)
                            if matches!(
                                rule.relation,
                                Relation::CapitalOf | Relation::LocatedIn
                            ) && slot.place.is_some() =>
                        {
                            slot.place.iter().cloned().collect()
                        }
                        Some(slot) => slot.entities.clone(),
                        None => Vec::new(),
                    }
                };
                let mut subjects = ends("a");
                // A relative clause after a list that speaks of one ("Brazil, Argentina,
                // Paraguay, Uruguay and Bolivia, which became a full member in 2024") is its
                // last member's.
                if subjects.len() > 1
                    && let Some(tail) = captures.name("tail")
                    && (tail.as_bytes().starts_with(b" , which")
                        || tail.as_bytes().starts_with(b" , who"))
                    && sentence
                        .rendered
                        .get(tail.end()..whole.end())
                        .is_some_and(|rest| {
                            rest.split(' ')
                                .take(4)
                                .any(|word| matches!(word, "a" | "an"))
                        })
                    && let Some(last) = subjects.pop()
                {
                    subjects = vec![last];
                }
                // "China, the United States and Malaysia, which chairs ASEAN": a singular
                // verb after a list is its last member's.
                if subjects.len() > 1
                    && rule.relation == Relation::Leads
                    && let Some(a) = captures.name("a")
                    && let Some(rest) = sentence.rendered[a.end()..]
                        .strip_prefix(" , which ")
                        .or_else(|| sentence.rendered[a.end()..].strip_prefix(" , who "))
                    && rest
                        .split(' ')
                        .find(|word| !matches!(*word, "also" | "currently" | "now"))
                        .is_some_and(|verb| {
                            matches!(verb, "chairs" | "leads" | "heads" | "holds" | "has" | "is")
                        })
                    && let Some(last) = subjects.pop()
                {
                    subjects = vec![last];
                }
                let objects = if rule.object_from_office {
                    subjects
                        .first()
                        .zip(qualifiers.role.clone())
                        .and_then(|(person, role)| {
                            sentence.offices.get(&(person.clone(), role)).cloned()
                        })
                        .into_iter()
                        .collect()
                } else if rule.object_appointer {
                    // The state the appointer serves, as the article or the gazetteer says.
                    slot_of("b")
                        .and_then(|slot| slot.entities.first())
                        .and_then(|person| appointer_state(sentence, person))
                        .into_iter()
                        .collect()
                } else if rule.object_from_focus && captures.name("b").is_none() {
                    // ("the European Council agreed to open accession negotiations with
                    // Ukraine": the Union, whose institution decided, is the body joined.)
                    let membership = matches!(
                        rule.relation,
                        Relation::MemberOf
                            | Relation::CandidateFor
                            | Relation::ObserverOf
                            | Relation::PartnerOf
                            | Relation::Left
                    );
                    // A rotating chair is a bloc's, not a court's or an agency's ("Putin,
                    // who is wanted by the ICC, ... Brazil hands over the chairmanship to
                    // India").
                    // So is a membership with the body in focus, unless the institution is
                    // part of a body ("the Commission" stands for the EU): "the
                    // organisation's reputation" (the UN) ... "The bloc was created by
                    // Brazil, Russia, India and China; Egypt and Iran became full members"
                    // (of BRICS).
                    let focus = match sentence.organisation_in_focus {
                        Some(id)
                            if (rule.relation == Relation::Leads
                                || membership
                                    && sentence.bloc_in_focus.is_some()
                                    && !cues
                                        .parent_bodies
                                        .iter()
                                        .any(|[child, _]| child == id))
                                && cues.institutions.iter().any(|known| known == id) =>
                        {
                            sentence.bloc_in_focus
                        }
                        focus => focus,
                    };
                    // A body named inside the match describes the subject ("Turkey, a NATO
                    // member, has applied for full membership"): not the body in focus.
                    let after_subject = captures.name("a").map_or(whole.start(), |a| a.end());
                    let named_inside = |id: &str| {
                        sentence.rendered[after_subject.min(whole.end())..whole.end()]
                            .split(' ')
                            .filter_map(slot_index)
                            .filter_map(|index| sentence.linked.slots.get(index))
                            .any(|slot| slot.entities.iter().any(|entity| entity == id))
                    };
                    focus
                        .filter(|id| !named_inside(id))
                        .map(|id| {
                            cues.parent_bodies
                                .iter()
                                .find(|[child, _]| membership && child == id)
                                .map_or(id, |[_, parent]| parent.as_str())
                        })
                        .map(|id| vec![id.to_string()])
                        .unwrap_or_default()
                } else {
                    let mut objects = ends("b");
                    // "met Lavrov and Kremlin aide Yuri Ushakov": each person met.
                    for person in coordinated.iter().flat_map(|(persons, _)| persons) {
                        if !objects.contains(person) && !subjects.contains(person) {
                            objects.push(person.clone());
                        }
                    }
                    objects
                };
                // "Carney and Starmer visited Paris and Kyiv respectively": member by
                // member; the subjects may stand coordinated before the subject slot.
                if respectively
                    && !rule.respective
                    && rule.relation.family() != crate::model::RelationFamily::Structure
                {
                    // ("al-Sisi and Jordan's King Abdullah met Trump and Macron
                    // respectively": the two subjects did not meet each other.)
                    let coordinated_pair =
                        captures
                            .name("a")
                            .zip(captures.name("b"))
                            .is_some_and(|(a, b)| {
                                a.end() < b.start()
                                    && matches!(
                                        sentence.rendered[a.end()..b.start()]
                                            .split(' ')
                                            .filter(|word| {
                                                !word.is_empty()
                                                    && *word != "'s"
                                                    && !matches!(
                                                        slot_kind(word),
                                                        Some(b'r' | b'd' | b'c')
                                                    )
                                            })
                                            .collect::<Vec<_>>()[..],
                                        ["and"] | [","]
                                    )
                            });
                    let listed = subjects.len() > 1;
                    let subjects = if subjects.len() > 1 || objects.is_empty() {
                        subjects.clone()
                    } else {
                        let mut all = captures
                            .name("a")
                            .map(|a| coordinated_before(sentence, a.start()))
                            .unwrap_or_default();
                        all.extend(subjects.iter().cloned());
                        all
                    };
                    if coordinated_pair {
                        // Two subjects of one verb, each with their own object.
                    } else if subjects.len() > 1 && objects.len() > 1 {
                        if subjects.len() == objects.len() {
                            pairs.extend(subjects.iter().cloned().zip(objects.iter().cloned()));
                            subject_order = Some(subjects);
                        }
                    } else if objects.len() <= 1 {
                        for subject in &subjects {
                            for object in &objects {
                                pairs.push((subject.clone(), object.clone()));
                            }
                        }
                        if subjects.len() > 1 {
                            // Subjects gathered from before the slot: what "respectively"
                            // distributes must then be times.
                            needs_times = !listed;
                            subject_order = Some(subjects);
                        }
                    }
                } else if rule.respective {
                    // Member by member, and only when the lists line up.
                    if subjects.len() == objects.len() {
                        pairs.extend(subjects.iter().cloned().zip(objects.iter().cloned()));
                    }
                } else {
                    for subject in &subjects {
                        for object in &objects {
                            pairs.push((subject.clone(), object.clone()));
                        }
                    }
                }
            }
            // "Finland and Sweden joined NATO in 2023 and 2024 respectively": as many times
            // as subjects, given to them in order.
            let subjects_in_order =
                subject_order.or_else(|| slot_of("a").map(|slot| slot.entities.clone()));
            let respective_times = subjects_in_order
                .as_ref()
                .filter(|subjects| subjects.len() > 1 && qualifiers.time.is_some())
                .and_then(|subjects| {
                    let rest = &sentence.rendered[whole.start()..];
                    let cut = rest.find(" respectively ")?;
                    // A bare year after "and" shares the "in" of the first ("in 2007 and 2013").
                    let stretch = rest[..cut]
                        .replace(" and ", " and in ")
                        .replace(" in in ", " in ");
                    let times = super::time::find_all_as(&stretch, sentence.published, expected);
                    (times.len() == subjects.len()).then_some(times)
                });
            if needs_times && respective_times.is_none() {
                pairs.clear();
            }
            // A group acting on itself ("the E3 have warned that they will trigger
            // sanctions") is no act of its members on one another.
            if !rule.relation.is_symmetric()
                && let (Some(a), Some(b)) = (slot_of("a"), slot_of("b"))
                && a.entities.len() > 1
                && b.entities.iter().all(|id| a.entities.contains(id))
            {
                pairs.clear();
            }
            // Subjects paired "respectively" whose times do not line up keep none.
            let unpaired_times = subjects_in_order.as_ref().is_some_and(|subjects| {
                subjects.len() > 1 && respective_times.is_none() && respectively
            });
            for (subject, object) in pairs {
                let mut qualifiers = qualifiers.clone();
                if let (Some(times), Some(subjects)) = (&respective_times, &subjects_in_order)
                    && let Some(at) = subjects.iter().position(|known| *known == subject)
                {
                    qualifiers.time = Some(times[at].value.clone());
                } else if unpaired_times {
                    qualifiers.time = None;
                }
                if rule.object_served && !served(sentence, &subject, &object) {
                    continue;
                }
                // An official does not threaten, strike or sanction the state they serve:
                // "Medvedev warned that Moscow could test nuclear weapons if Washington did".
                // (The article-wide filter in `ingest` drops such stances too, but only once
                // the article is read and only when not negated; dropped here, the match
                // also sets no referent for a later "the drills".)
                if matches!(
                    rule.relation,
                    Relation::Threatens | Relation::Attacks | Relation::Sanctions
                ) && entities
                    .get(&subject)
                    .is_some_and(|entity| entity.kind == crate::model::EntityKind::Person)
                    && appointer_state(sentence, &subject).as_deref() == Some(object.as_str())
                {
                    continue;
                }
                if rule.object_unless_elsewhere && served_elsewhere(sentence, &subject, &object) {
                    continue;
                }
                // Bodies of one union are one side: "the leaders agreed" of the European
                // Council, the Commission and Canada is no agreement between the first two.
                let one_union = rule.relation.is_symmetric()
                    && subject != object
                    && union_of(cues, &subject) == union_of(cues, &object);
                if subject == object
                    || one_union
                    || !signature_allows(
                        rule.relation,
                        entities.get(&subject).map(|entity| &entity.kind),
                        entities.get(&object).map(|entity| &entity.kind),
                    )
                {
                    continue;
                }
                let fact = Found {
                    subject,
                    relation,
                    object,
                    negated,
                    qualifiers,
                    rule: rule.id.clone(),
                    confidence,
                };
                if !found.iter().any(|known| same_fact(known, &fact)) {
                    if rule.object_from_focus && captures.name("b").is_none() {
                        from_focus.push(found.len());
                    }
                    found.push(fact);
                }
            }
        }
    }
    // The organisation in focus gives way to one the sentence names for the same subject
    // and relation: "criticised its decision to admit Palestine as a member" after
    // "UNESCO ... admit" is about UNESCO, whatever the article spoke of before.
    let superseded: Vec<usize> = from_focus
        .iter()
        .copied()
        .filter(|&at| found_named(&found, &from_focus, &found[at]))
        .collect();
    let mut index = 0;
    found.retain(|_| {
        index += 1;
        !superseded.contains(&(index - 1))
    });
    // The second verb of the subject's coordinated predicate, read as its own sentence.
    if let Some(SecondPredicate {
        text: second,
        subject,
        destination,
        ..
    }) = coordinated
    {
        let shorter = SentenceFacts {
            rendered: &second,
            ..*sentence
        };
        for mut fact in extract(&shorter, rules, cues, entities) {
            // "travelled to Riyadh ... and held talks with": the talks were in Riyadh.
            if fact.relation == Relation::MetWith && fact.qualifiers.location.is_none() {
                fact.qualifiers.location.clone_from(&destination);
            }
            // (An appointment the second verb tells is kept whoever holds the office: "took
            // office as prime minister and named Toshimitsu Motegi as foreign minister".)
            let appointment =
                fact.relation == Relation::OfficialOf && rules.appointers.contains(&fact.rule);
            if (sentence.linked.slots[subject]
                .entities
                .contains(&fact.subject)
                || appointment)
                && !found.iter().any(|known| same_fact(known, &fact))
            {
                found.push(fact);
            }
        }
    }
    // "Saudi Arabia condemned the Israeli strikes, as did Egypt, Jordan and Pakistan": those
    // named after "as did" at the sentence's end do what its subject did.
    if let Some(at) = sentence.rendered.find(" , as did ") {
        let after = sentence.rendered[at + " , as did ".len()..].trim_end();
        let mut tokens = after.split(' ');
        let others = tokens
            .next()
            .and_then(slot_index)
            .and_then(|index| sentence.linked.slots.get(index))
            .filter(|slot| matches!(slot.kind, 'c' | 'L' | 'p' | 'o' | 'l' | 's'))
            .filter(|_| matches!(tokens.next(), None | Some(".")));
        let subject = sentence.rendered[..at]
            .split(' ')
            .find_map(slot_index)
            .and_then(|index| sentence.linked.slots.get(index));
        if let (Some(others), Some(subject)) = (others, subject) {
            let copies: Vec<Found> = found
                .iter()
                .filter(|fact| {
                    !fact.negated
                        && subject.entities.contains(&fact.subject)
                        && !matches!(
                            fact.relation,
                            Relation::OfficialOf | Relation::CapitalOf | Relation::LocatedIn
                        )
                })
                .flat_map(|fact| {
                    others.entities.iter().map(move |other| Found {
                        subject: other.clone(),
                        relation: fact.relation,
                        object: fact.object.clone(),
                        negated: false,
                        qualifiers: fact.qualifiers.clone(),
                        rule: format!("{}+as-did", fact.rule),
                        confidence: fact.confidence,
                    })
                })
                .filter(|copy| copy.subject != copy.object)
                .collect();
            for copy in copies {
                if !found.iter().any(|known| same_fact(known, &copy)) {
                    found.push(copy);
                }
            }
        }
    }
    found
}

/// The entities of the slots coordinated just before a subject, in order: "Carney and
/// Starmer visited" gives Carney for the subject Starmer. Descriptors of each ("Canadian
/// Prime Minister Mark Carney and British Prime Minister Keir Starmer") are passed over.
fn coordinated_before(sentence: &SentenceFacts<'_>, subject_start: usize) -> Vec<String> {
    let tokens: Vec<&str> = sentence.rendered[..subject_start]
        .split(' ')
        .filter(|word| !word.is_empty())
        .collect();
    let kind_of = |token: &str| slot_kind(token);
    let mut at = tokens.len();
    let mut found: Vec<String> = Vec::new();
    loop {
        // Descriptors of the later conjunct.
        while at > 0
            && (tokens[at - 1] == "'s" || matches!(kind_of(tokens[at - 1]), Some(b'r' | b'd')))
        {
            at -= 1;
        }
        if at < 2 || !matches!(tokens[at - 1], "and" | ",") {
            break;
        }
        let Some(slot) =
            slot_index(tokens[at - 2]).and_then(|index| sentence.linked.slots.get(index))
        else {
            break;
        };
        if !matches!(slot.kind, 'p' | 'c' | 'o' | 'l' | 's') {
            break;
        }
        found.splice(0..0, slot.entities.iter().cloned());
        at -= 2;
    }
    found
}

/// Persons coordinated after the person a match ends on, each with its own descriptors:
/// "met Russian Foreign Minister Sergei Lavrov and Kremlin foreign policy aide Yuri Ushakov",
/// "sat down with Merz and with NATO Secretary General Mark Rutte", "met Rubio and Turkey's
/// Hakan Fidan". A conjunct opens with "and" (or a comma of a list), perhaps "with", then
/// descriptors that begin with a role, a state, an organisation or a possessive; a plain word
/// there ("and told Putin") ends the coordination, and so does a name that only describes
/// the next ("and Putin's aide").
/// Returns them with the end of the last one (`end` when there is none).
fn coordinated_persons_after(
    sentence: &SentenceFacts<'_>,
    end: usize,
    entities: &HashMap<String, std::sync::Arc<crate::model::Entity>>,
) -> (Vec<String>, usize) {
    let (offsets, tokens): (Vec<usize>, Vec<&str>) = tokens_with_offsets(&sentence.rendered[end..])
        .take(40)
        .unzip();
    let mut last_end = end;
    let slot_at = |at: usize| {
        tokens
            .get(at)
            .and_then(|token| slot_index(token))
            .and_then(|index| sentence.linked.slots.get(index))
    };
    let mut found: Vec<String> = Vec::new();
    let mut at = 0;
    loop {
        // The conjunction: "and", ", and", "," in a list, each perhaps with "with".
        let start = at;
        if tokens.get(at) == Some(&",") {
            at += 1;
        }
        if tokens.get(at) == Some(&"and") {
            at += 1;
        } else if at == start {
            break;
        }
        if tokens.get(at) == Some(&"with") {
            at += 1;
        }
        // The descriptors, then the person.
        let mut opened = false;
        let mut plain = 0;
        let person = loop {
            let Some(&token) = tokens.get(at) else {
                break None;
            };
            match slot_kind(token) {
                Some(b'p') if tokens.get(at + 1) == Some(&"'s") => {
                    opened = true;
                    at += 2;
                }
                Some(b'p') => break slot_at(at),
                // "Italy's Giorgia Meloni and Modi": a list of persons ends the list.
                Some(b'L') => {
                    break slot_at(at).filter(|slot| {
                        slot.entities.iter().all(|id| {
                            entities
                                .get(id)
                                .is_some_and(|entity| entity.kind == EntityKind::Person)
                        })
                    });
                }
                Some(b'r' | b'd' | b'c' | b'o' | b's') => {
                    opened = true;
                    at += 1;
                }
                Some(_) => break None,
                // "and Commission President Ursula von der Leyen": a word of the title.
                None if !opened
                    && plain < 2
                    && token.bytes().all(|byte| byte.is_ascii_lowercase())
                    && tokens.get(at + 1).and_then(|next| slot_kind(next)) == Some(b'r') =>
                {
                    plain += 1;
                    at += 1;
                }
                None if matches!(token, "'s" | "his" | "her" | "the" | "their") => {
                    opened = true;
                    at += 1;
                }
                None if opened
                    && plain < 3
                    && token
                        .bytes()
                        .all(|byte| byte.is_ascii_lowercase() || byte == b'-') =>
                {
                    plain += 1;
                    at += 1;
                }
                None => break None,
            }
        };
        let Some(person) = person else {
            break;
        };
        found.extend(person.entities.iter().cloned());
        last_end = end + offsets[at] + tokens[at].len();
        at += 1;
    }
    (found, last_end)
}

/// A stretch without the descriptors at its end: "'s" and slots of the given kinds ("no
/// plans for Prime Minister", "expelled the German").
fn without_descriptors<'a>(before: &'a str, kinds: &[u8]) -> &'a str {
    let mut before = before.trim_end();
    while let Some((rest, last)) = before.rsplit_once(' ') {
        if last == "'s" || slot_kind(last).is_some_and(|kind| kinds.contains(&kind)) {
            before = rest.trim_end();
        } else {
            break;
        }
    }
    before
}

/// What follows a name once a relative clause set off by commas is passed over: ", who
/// had advocated a tougher line, left the government" gives "left the government".
/// What follows a person's name past the persons coordinated with it and an apposition:
/// "Raisi and Foreign Minister Hossein Amir-Abdollahian were killed", "Queen Elizabeth
/// II, Britain's longest-reigning monarch, died".
fn after_fellows(after: &str) -> &str {
    let mut rest = after.trim_start();
    while let Some(fellow) = rest.strip_prefix("and ") {
        let mut fellow = fellow;
        // ("and Foreign Minister Hossein Amir-Abdollahian": a title may come first.)
        while let Some(slot) = fellow
            .split(' ')
            .next()
            .filter(|word| slot_kind(word).is_some_and(|kind| matches!(kind, b'r' | b'd' | b'c')))
        {
            fellow = fellow[slot.len()..].trim_start();
        }
        match fellow.split(' ').next() {
            Some(word) if slot_kind(word) == Some(b'p') => {
                rest = fellow[word.len()..].trim_start();
            }
            _ => break,
        }
    }
    match rest.strip_prefix(", ") {
        Some(apposition)
            if !apposition.starts_with("who ") && !apposition.starts_with("which ") =>
        {
            apposition
                .find(" , ")
                .map_or(rest, |at| &apposition[at + 3..])
        }
        _ => rest,
    }
}

fn after_relative_clause(after: &str) -> &str {
    let trimmed = after.trim_start();
    match trimmed
        .strip_prefix(", who ")
        .or_else(|| trimmed.strip_prefix(", which "))
    {
        Some(rest) => rest.find(" , ").map_or(after, |at| &rest[at + 3..]),
        None => after,
    }
}

/// The clause a match stands in: from the last boundary before it (a semicolon, or a
/// comma with "though", "but", "although", "while" or "whereas") to the first after it.
fn clause_around(rendered: &str, range: std::ops::Range<usize>) -> &str {
    const BOUNDARIES: &[&str] = &[
        " ; ",
        " , though ",
        " , but ",
        " , although ",
        " , while ",
        " , whereas ",
    ];
    let start = BOUNDARIES
        .iter()
        .filter_map(|boundary| rendered[..range.start].rfind(boundary))
        .max()
        .unwrap_or(0);
    let end = BOUNDARIES
        .iter()
        .filter_map(|boundary| rendered[range.end..].find(boundary))
        .min()
        .map_or(rendered.len(), |at| range.end + at);
    &rendered[start..end]
}

/// The length of a year that opens `text` and completes the day that `before` ends on
/// ("october 7" then " , 2023" or " 2023"), else 0.
fn year_after(before: &str, text: &str) -> usize {
    let day = before
        .trim_end_matches(" ,")
        .rsplit(' ')
        .next()
        .is_some_and(|word| {
            (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
        });
    if !day {
        return 0;
    }
    let rest = text.strip_prefix(" ,").unwrap_or(text);
    let skipped = text.len() - rest.len();
    match rest.as_bytes() {
        [b' ', digits @ ..]
            if digits.len() >= 4
                && digits[..4].iter().all(u8::is_ascii_digit)
                && digits.get(4).is_none_or(|next| *next == b' ') =>
        {
            skipped + 5
        }
        _ => 0,
    }
}

/// Bodies that act for the state named before them ("China 's commerce ministry").
const BODIES: &[&str] = &[
    "ministry",
    "government",
    "office",
    "military",
    "army",
    "navy",
    "cabinet",
    "embassy",
    "presidency",
    "parliament",
    "administration",
];

/// Adverbs that may stand between a subject or "and" and its verb.
const VERB_ADVERBS: &[&str] = &[
    "also",
    "then",
    "later",
    "subsequently",
    "immediately",
    "formally",
    "swiftly",
    "quickly",
    "promptly",
    "separately",
    "officially",
];

/// The second verb of a subject's coordinated predicate ("Wang met Abiy and held talks
/// with Youssouf"): the sentence read with the subject and that verb only, the subject's
/// slot, the destination of a first verb of travel, and where the second verb starts.
struct SecondPredicate {
    text: String,
    subject: usize,
    destination: Option<String>,
    starts: usize,
}

/// Where a token, a slice of `text`, starts in it.
fn offset_in(text: &str, token: &str) -> usize {
    (token.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

/// "Canada condemned the missile attack on Kyiv and imposed new sanctions on Russia": a
/// subject that opens the sentence (perhaps after an adverbial and its comma), a first verb
/// in the past that is not one of saying, and "and" with a second verb in the past, no
/// clause opening between. Gives the sentence with the first predicate left out ("Canada
/// imposed new sanctions on Russia"), the subject's slot, and the place the first verb
/// travelled to, if it is one of travel ("arrived in Jakarta ... and met Prabowo").
fn second_predicate(rendered: &str, slots: &[Slot]) -> Option<SecondPredicate> {
    // Most sentences have no "and" or "but": they need no tokens.
    if !rendered.contains(" and ") && !rendered.contains(" but ") {
        return None;
    }
    let tokens: Vec<&str> = rendered
        .split(' ')
        .filter(|word| !word.is_empty())
        .collect();
    let first_slot = tokens
        .iter()
        .position(|token| slot_index(token).is_some())?;
    if first_slot > 0 && tokens[first_slot - 1] != "," {
        return None;
    }
    // Descriptors come before the subject: "Lebanese President Joseph Aoun", "Russia 's
    // Sergei Lavrov".
    let mut subject_at = first_slot;
    while tokens
        .get(subject_at + 1)
        .is_some_and(|next| slot_index(next).is_some())
        || tokens.get(subject_at + 1) == Some(&"'s")
            && tokens
                .get(subject_at + 2)
                .is_some_and(|next| slot_index(next).is_some())
    {
        subject_at += if tokens[subject_at + 1] == "'s" { 2 } else { 1 };
    }
    let subject = slot_index(tokens[subject_at])?;
    if !slots
        .get(subject)
        .is_some_and(|slot| matches!(slot.kind, 'c' | 'o' | 'p' | 'L' | 'g' | 'l' | 's'))
    {
        return None;
    }
    let mut verb_at = subject_at + 1;
    // A state's body acts for it: "China 's commerce ministry warned".
    if tokens.get(verb_at) == Some(&"'s") {
        let body = (verb_at + 1..(verb_at + 4).min(tokens.len()))
            .find(|&at| BODIES.contains(&tokens[at]))?;
        if tokens[verb_at + 1..body]
            .iter()
            .any(|word| slot_index(word).is_some() || !word.bytes().all(|b| b.is_ascii_lowercase()))
        {
            return None;
        }
        verb_at = body + 1;
    }
    while tokens
        .get(verb_at)
        .is_some_and(|word| VERB_ADVERBS.contains(word))
    {
        verb_at += 1;
    }
    if tokens
        .get(verb_at)
        .is_some_and(|word| matches!(*word, "has" | "have" | "had"))
    {
        verb_at += 1;
    }
    let first = tokens.get(verb_at)?;
    if !super::link::reads_as_past_verb(first) && !SPEECH.contains(first) {
        return None;
    }
    let second_verb = |at: usize| {
        let mut second_at = at + 1;
        while tokens
            .get(second_at)
            .is_some_and(|word| VERB_ADVERBS.contains(word))
        {
            second_at += 1;
        }
        // A perfect: "quit ECOWAS in January and have since formed the Alliance of Sahel
        // States".
        if tokens
            .get(second_at)
            .is_some_and(|word| matches!(*word, "has" | "have" | "had"))
        {
            second_at += 1;
            while tokens
                .get(second_at)
                .is_some_and(|word| VERB_ADVERBS.contains(word) || *word == "since")
            {
                second_at += 1;
            }
        }
        // ("visited Beijing but did not meet Xi".)
        let denied = tokens.get(second_at) == Some(&"did")
            && tokens
                .get(second_at + 1)
                .is_some_and(|word| matches!(*word, "not" | "never"));
        tokens
            .get(second_at)
            .filter(|second| {
                denied || super::link::reads_as_past_verb(second) && !SPEECH.contains(second)
            })
            .map(|_| second_at)
    };
    let shortened = |second_at: usize| {
        format!(
            " {} {} ",
            tokens[..=subject_at].join(" "),
            tokens[second_at..].join(" ")
        )
    };
    // "China warned that it would retaliate if ..., and accused the United States of ...":
    // after what is said, a comma and "and" with a past verb go back to the speaker. Inside
    // a quote, or after a semicolon, nothing does.
    if SPEECH.contains(first) {
        // The day said is the day of the second act too: "warned on Tuesday that ...".
        let day = match tokens.get(verb_at + 1..verb_at + 3) {
            Some(["on", weekday]) if super::time::WEEKDAYS.contains(weekday) => {
                Some(verb_at + 1..verb_at + 3)
            }
            _ => None,
        };
        let shortened = |second_at: usize| match &day {
            Some(day) => format!(
                " {} {} {} ",
                tokens[..=subject_at].join(" "),
                tokens[day.clone()].join(" "),
                tokens[second_at..].join(" ")
            ),
            None => shortened(second_at),
        };
        // Only a verb a speaker uses of others, after what is said without a perfect of its
        // own: in "said Russia had launched drones, and struck Kharkiv" the strike is Russia's.
        const STANCES: &[&str] = &[
            "accused",
            "condemned",
            "criticised",
            "criticized",
            "blamed",
            "rejected",
            "dismissed",
            "denounced",
            "urged",
            "called",
            "demanded",
            "praised",
            "welcomed",
            "thanked",
            "backed",
            "endorsed",
            "vowed",
            "pledged",
            "threatened",
            "summoned",
            "expelled",
            "recalled",
            "lodged",
            "protested",
        ];
        let mut quoted = false;
        for at in verb_at + 1..tokens.len().saturating_sub(2) {
            match tokens[at] {
                "\"" => quoted = !quoted,
                ";" | ":" | "had" | "has" | "have" => return None,
                "," if !quoted && tokens[at + 1] == "and" => {
                    if let Some(second_at) = second_verb(at + 1)
                        && STANCES.contains(&tokens[second_at])
                    {
                        return Some(SecondPredicate {
                            text: shortened(second_at),
                            subject,
                            destination: None,
                            starts: offset_in(rendered, tokens[second_at]),
                        });
                    }
                }
                _ => {}
            }
        }
        return None;
    }
    let is_slot = |at: usize| {
        tokens
            .get(at)
            .is_some_and(|token| slot_index(token).is_some())
    };
    for at in verb_at + 1..tokens.len() {
        // ("took office as Japan's prime minister ... and named": "as" there opens no clause.)
        if tokens[at] == "as"
            && matches!(
                tokens[at - 1],
                "office" | "in" | "served" | "elected" | "re-elected" | "appointed" | "named"
            )
        {
            continue;
        }
        match tokens[at] {
            ";" | ":" | "\"" | "that" | "who" | "which" | "whose" | "whom" | "while" | "after"
            | "before" | "when" | "because" | "as" | "if" | "unless" | "where" => {
                return None;
            }
            // What is said, and a clause with a subject of its own, end the predicate.
            word if SPEECH.contains(&word) => return None,
            "," | "and" | "but" if is_slot(at + 1) => return None,
            // "but" with no verb after it opens a clause of its own.
            "but" if second_verb(at).is_none() => return None,
            "and" | "but" => {
                if let Some(second_at) = second_verb(at) {
                    let text = shortened(second_at);
                    let travelled = matches!(
                        *first,
                        "travelled"
                            | "traveled"
                            | "arrived"
                            | "flew"
                            | "visited"
                            | "landed"
                            | "went"
                            | "toured"
                    );
                    let destination = travelled
                        .then(|| {
                            tokens[verb_at + 1..at.min(verb_at + 4)]
                                .iter()
                                .filter_map(|token| slots.get(slot_index(token)?))
                                .find_map(|slot| slot.place.clone())
                        })
                        .flatten();
                    return Some(SecondPredicate {
                        text,
                        subject,
                        destination,
                        starts: offset_in(rendered, tokens[second_at]),
                    });
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether a fact found with a named object (not the organisation in focus) has the same
/// subject, relation and polarity as `fact`.
fn found_named(found: &[Found], from_focus: &[usize], fact: &Found) -> bool {
    found.iter().enumerate().any(|(at, other)| {
        !from_focus.contains(&at)
            && other.subject == fact.subject
            && other.relation == fact.relation
            && other.negated == fact.negated
            && other.object != fact.object
    })
}

/// Where a clause opens inside a stretch of a rendered sentence: the position of the slot
/// right after each clause-break word ("after Ecuadorian police ...", "said that X ...").
fn clauses_opened<'t>(text: &'t str, cues: &'t Cues) -> impl Iterator<Item = usize> + 't {
    cues.clause_breaks.iter().flat_map(move |word| {
        text.match_indices(word.as_str())
            .filter(move |(at, _)| {
                text[..*at].ends_with(' ') && text[at + word.len()..].starts_with(" \u{1}")
            })
            // "by" names the actor of a finite passive ("was recognised as a state by
            // France"), not of a participle ("a tanker chartered by Greece").
            .filter(move |(at, _)| word != "by" || finite_passive_before(&text[..*at]))
            .map(move |(at, _)| at + word.len() + 1)
    })
}

/// Whether the gazetteer says the person served the body in the publication year (at any
/// time when the date is unknown).
fn served(sentence: &SentenceFacts<'_>, person: &str, body: &str) -> bool {
    let gazetteer = sentence.gazetteer;
    let (Some(person), Some(body)) = (gazetteer.index_of(person), gazetteer.index_of(body)) else {
        return false;
    };
    let when = sentence.published.map(super::gazetteer::Period::of_date);
    gazetteer
        .offices_of(person)
        .any(|office| office.of == body && office.in_office(when))
}

/// The state a person serves: one the sentence's offices give, else the one the gazetteer
/// knows them to serve at the publication date.
fn appointer_state(sentence: &SentenceFacts<'_>, person: &str) -> Option<String> {
    let gazetteer = sentence.gazetteer;
    let is_country = |id: &str| {
        gazetteer
            .index_of(id)
            .is_some_and(|index| gazetteer.entity(index).kind == crate::model::EntityKind::Country)
    };
    let mut from_article: Vec<&String> = sentence
        .offices
        .iter()
        .filter(|((holder, _), body)| holder == person && is_country(body))
        .map(|(_, body)| body)
        .collect();
    from_article.sort();
    from_article.dedup();
    if let [one] = from_article[..] {
        return Some(one.clone());
    }
    let state = gazetteer.state_served(
        gazetteer.index_of(person)?,
        sentence.published.map(super::gazetteer::Period::of_date),
    )?;
    Some(gazetteer.entity(state).id.clone())
}

/// Whether the gazetteer knows offices of the person and none of them at the body.
fn served_elsewhere(sentence: &SentenceFacts<'_>, person: &str, body: &str) -> bool {
    let gazetteer = sentence.gazetteer;
    let Some(person) = gazetteer.index_of(person) else {
        return false;
    };
    let body = gazetteer.index_of(body);
    let mut offices = gazetteer.offices_of(person).peekable();
    offices.peek().is_some() && offices.all(|office| Some(office.of) != body)
}

/// A text up to the first of some stops, or whole.
fn up_to_first<'t>(text: &'t str, stops: &[&str]) -> &'t str {
    stops
        .iter()
        .filter_map(|stop| text.find(stop))
        .min()
        .map_or(text, |end| &text[..end])
}

/// How a meeting matched at `matched` was held when not in person: "by phone" or "by
/// video", as the match says, or the rest of its clause (up to a comma, a semicolon or a
/// coordinated verb: "met Scholz and spoke by phone with Biden" says nothing of the first
/// meeting), or an opening adverbial ("In a phone call on Tuesday , ...").
fn at_a_distance(
    rendered: &str,
    matched: std::ops::Range<usize>,
    cues: &Cues,
) -> Option<&'static str> {
    // (From the match's last space, so that a comma right after it stops the clause.)
    let rest = up_to_first(
        &rendered[matched.end.saturating_sub(1)..],
        &[" , ", " ; ", " and ", " but ", " while "],
    );
    let before = &rendered[..matched.start];
    let opening = before
        .find(" , ")
        .map(|comma| &before[..comma + 1])
        .filter(|opening| {
            [" in ", " during ", " over ", " on "]
                .iter()
                .any(|word| opening.starts_with(word))
        })
        .unwrap_or("");
    [&rendered[matched], rest, opening]
        .into_iter()
        .find_map(|text| {
            if cues.by_video.found_in(text) {
                Some("by video")
            } else if cues.by_phone.found_in(text) {
                Some("by phone")
            } else {
                None
            }
        })
}

/// Whether a form of "be" stands among the last few words, within the clause: "was
/// recognised as a state" before "by".
fn finite_passive_before(before: &str) -> bool {
    before
        .rsplit(' ')
        .filter(|word| !word.is_empty())
        .take(6)
        .take_while(|word| *word != "," && !word.starts_with('\u{1}'))
        .any(|word| matches!(word, "was" | "were" | "is" | "are" | "been" | "being"))
}

/// The last three words of a stretch of a rendered sentence, within its clause.
fn governing_words(before: &str) -> &str {
    clause_words(before, 3)
}

/// The union a body belongs to (`parent_bodies` in cues.toml), else the body itself.
pub(crate) fn union_of<'a>(cues: &'a Cues, id: &'a str) -> &'a str {
    cues.parent_bodies
        .iter()
        .find(|[child, _]| child == id)
        .map_or(id, |[_, parent]| parent.as_str())
}

/// The last `count` words of a stretch of a rendered sentence, within its clause: no comma
/// and no slot among them.
fn clause_words(before: &str, count: usize) -> &str {
    last_tokens(before, count, |word| {
        word == "," || word.starts_with(super::link::SLOT_START)
    })
}

/// Whether a subject of the given slot kind, between the text before it and the text after
/// it, names someone other than the actor: a relative or aide ("the widow of", "'s son",
/// "supporter"), the origin of goods or people ("migrants from"), a posting ("China's
/// mission to the EU rejected"), one member of an organisation ("the first time a NATO
/// member had fired"), or, on a trip, those from a state or a member state ("rescue teams
/// from China arrived", "the third EU leader to visit Moscow").
fn stands_for_another(
    before: &str,
    after: &str,
    kind: Option<u8>,
    relation: Relation,
    cues: &Cues,
) -> bool {
    if cues.stand_ins.found_in(clause_before(before)) {
        return true;
    }
    let person = kind == Some(b'p');
    let organisation = kind == Some(b'o');
    if organisation
        && [
            " member ",
            " member state ",
            " member country ",
            " ally ",
            " country ",
            " state ",
            " nation ",
        ]
        .iter()
        .any(|noun| after.starts_with(noun))
        && [" a ", " another ", " one "]
            .iter()
            .any(|article| before.ends_with(article))
    {
        return true;
    }
    // Some of its members are not the organisation: "five EU members do not recognise it",
    // "several NATO allies", "the number of UN members that recognise a Palestinian state".
    let members = [
        " members ",
        " member states ",
        " member countries ",
        " allies ",
        " governments ",
    ]
    .iter()
    .find(|noun| after.starts_with(**noun));
    if organisation
        && members.is_some_and(|noun| {
            let rest = &after[noun.len()..];
            ["that ", "which ", "who "]
                .iter()
                .any(|relative| rest.starts_with(relative))
        })
    {
        return true;
    }
    if organisation
        && members.is_some()
        && before.trim_end().rsplit(' ').next().is_some_and(|word| {
            super::cues::is_count_word(word)
                || matches!(
                    word,
                    "some"
                        | "several"
                        | "few"
                        | "many"
                        | "most"
                        | "other"
                        | "individual"
                        | "certain"
                        | "dozen"
                        | "of"
                )
        })
    {
        return true;
    }
    if [
        " mission to ",
        " delegation to ",
        " embassy in ",
        " envoy to ",
    ]
    .iter()
    .any(|posting| before.ends_with(posting))
    {
        return true;
    }
    if relation == Relation::Visited
        && (before.ends_with(" from ")
            || organisation
                && ([" leader ", " leaders "]
                    .iter()
                    .any(|noun| after.starts_with(noun))
                    || next_tokens(after, 1)
                        .split(' ')
                        .any(|token| slot_kind(token) == Some(b'r'))))
    {
        return true;
    }
    let mut next = after.split(' ').filter(|word| !word.is_empty());
    let word = match next.next() {
        Some("'s") => next.next(),
        word => word,
    };
    if word.is_some_and(|word| cues.associates.iter().any(|known| known == word)) {
        return true;
    }
    // A person's envoy or delegation acts in the person's stead: "Xi's envoy delivered",
    // "Putin's spokesman said".
    if person
        && after.trim_start().starts_with("'s ")
        && word.is_some_and(|word| {
            slot_kind(word) == Some(b'r') || cues.person_agents.iter().any(|known| known == word)
        })
    {
        return true;
    }
    let mut words = before.rsplit(' ').filter(|word| !word.is_empty());
    // The post of an envoy is not the envoy: "Russia's envoy to the UN criticised".
    let mut last_two = words.clone();
    if matches!(last_two.next(), Some("to" | "at"))
        && last_two.next().and_then(slot_kind) == Some(b'r')
    {
        return true;
    }
    // Nor is the seat of a mission: "China's embassy in Singapore said".
    let mut last_two = words.clone();
    if matches!(last_two.next(), Some("in" | "at"))
        && last_two.next().is_some_and(|word| {
            matches!(
                word,
                "embassy" | "embassies" | "consulate" | "consulates" | "mission" | "delegation"
            ) || slot_kind(word) == Some(b'r')
        })
    {
        return true;
    }
    words.next() == Some("from")
        && words
            .take(4)
            .any(|word| cues.goods.iter().any(|known| known == word))
}

/// The part of a stretch after its last "and" that opens a new predicate, not a name
/// ("denied responsibility and accused Vilnius": the denial is the first predicate's).
fn last_predicate(text: &str) -> &str {
    let mut last = text;
    let mut rest = text;
    while let Some(at) = rest.find(" and ") {
        let after = &rest[at + 4..];
        let next = after.split(' ').find(|word| !word.is_empty());
        if next.is_some_and(super::link::reads_as_past_verb) {
            last = after;
        }
        rest = after;
    }
    last
}

/// A stretch without the phrases whose negation word affirms (`affirming` in
/// `cues.toml`: "would not hesitate to impose", "not only supports ... but also").
fn without_double_negatives<'a>(text: &'a str, affirming: &[String]) -> std::borrow::Cow<'a, str> {
    if !affirming
        .iter()
        .any(|phrase| text.contains(phrase.as_str()))
    {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = text.to_string();
    for phrase in affirming {
        out = out.replace(phrase.as_str(), " ");
    }
    std::borrow::Cow::Owned(out)
}

/// Whether a stretch holds the modal "may" ("Trump may meet Putin"), not the month ("a
/// May visit", "in May", "May 9").
fn modal_may(text: &str) -> bool {
    let words: Vec<&str> = text.split(' ').filter(|word| !word.is_empty()).collect();
    words.iter().enumerate().any(|(at, word)| {
        *word == "may"
            && !at.checked_sub(1).is_some_and(|before| {
                matches!(
                    words[before],
                    "'s" | "a"
                        | "an"
                        | "the"
                        | "in"
                        | "of"
                        | "last"
                        | "next"
                        | "this"
                        | "early"
                        | "late"
                        | "mid"
                        | "since"
                        | "until"
                        | "by"
                        | "from"
                        | "during"
                        | "on"
                        | "through"
                        | "between"
                        | "and"
                        | "to"
                        | "that"
                        | "every"
                        | "each"
                ) || words[before].starts_with(|c: char| c.is_ascii_digit())
            })
            && words
                .get(at + 1)
                .is_some_and(|after| after.chars().all(|c| c.is_ascii_lowercase()))
    })
}

/// The last word of a stretch of a rendered sentence.
/// Whether a subject after "with" is followed, before the verb, by "before" or "after":
/// "visited Tokyo for talks with Ishiba before travelling to Washington" is the visitor's
/// trip, not Ishiba's.
fn before_travelling(before: &str, between: &str) -> bool {
    // A role before the name ("talks with Prime Minister Ishiba") belongs to it.
    let before = match before.trim_end().rsplit_once(' ') {
        Some((rest, last)) if slot_kind(last) == Some(b'r') => rest,
        _ => before,
    };
    word_before(before) == Some("with")
        && [" before ", " after "]
            .iter()
            .any(|word| between.contains(word))
}

/// What follows a coordination of adjectives or states: "Chinese and Russian companies"
/// is about the companies.
fn after_coordinated_adjectives(mut after: &str) -> &str {
    loop {
        let Some(rest) = after
            .strip_prefix(" and ")
            .or_else(|| after.strip_prefix(" , "))
            .map(str::trim_start)
        else {
            return after;
        };
        let token = rest.split(' ').next().unwrap_or("");
        if !matches!(slot_kind(token), Some(b'c' | b'd')) {
            return after;
        }
        after = &rest[token.len()..];
    }
}

fn word_before(text: &str) -> Option<&str> {
    text.rsplit(' ').find(|word| !word.is_empty())
}

/// The kind letter of a slot token ("\x01r3\x02" is `b'r'`), or `None` for a word.
fn slot_kind(token: &str) -> Option<u8> {
    token
        .strip_prefix(super::link::SLOT_START)
        .and_then(|rest| rest.bytes().next())
}

/// The words with their byte offsets in a stretch.
fn tokens_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(' ')
        .scan(0, |at, token| {
            let here = *at;
            *at += token.len() + 1;
            Some((here, token))
        })
        .filter(|(_, token)| !token.is_empty())
}

/// An opening adverbial ("In Doha on Sunday , ...") whose first word is one of `openers`,
/// when the match at `start` stands after its comma: the adverbial, and the stretch between
/// its comma and the match. Neither place nor time reaches into reported speech.
fn opening_adverbial<'a>(
    rendered: &'a str,
    start: usize,
    openers: &[&str],
) -> Option<(&'a str, &'a str)> {
    let opening_at = rendered.len() - rendered.trim_start().len();
    let (mut adverbial, mut rest) = rendered[opening_at..].split_once(" , ")?;
    // "On January 31 , 2020 , Britain left": the year after the day's comma belongs to it.
    if adverbial
        .rsplit(' ')
        .next()
        .is_some_and(|day| !day.is_empty() && day.bytes().all(|byte| byte.is_ascii_digit()))
        && let Some((year, after)) = rest.split_once(" , ")
        && year.len() == 4
        && year.bytes().all(|byte| byte.is_ascii_digit())
    {
        adverbial = &rendered[opening_at..opening_at + adverbial.len() + 3 + year.len()];
        rest = after;
    }
    let rest_at = rendered.len() - rest.len();
    let between = rendered.get(rest_at..start.max(rest_at))?;
    (openers.contains(&adverbial.split(' ').next()?)
        && start > rest_at.saturating_sub(2)
        && !between.split(' ').any(|word| SPEECH.contains(&word)))
    .then_some((adverbial, between))
}

/// The first few tokens of a stretch, up to a comma or semicolon.
fn next_tokens(after: &str, count: usize) -> &str {
    let mut end = 0;
    for (taken, (at, word)) in tokens_with_offsets(after).enumerate() {
        if taken == count || matches!(word, "," | ";") {
            break;
        }
        end = at + word.len();
    }
    &after[..end]
}

/// Whether a slot is the first part of a compound modifier: "U.S.-made batteries",
/// "Iran-backed militias", "Pakistan-based militants" name things, not the state.
fn compound_modifier(after: &str) -> bool {
    after.strip_prefix(" - ").is_some_and(|rest| {
        let word = rest.split(' ').next().unwrap_or_default();
        (word.ends_with("ed") && word != "led")
            || matches!(word, "made" | "built" | "born" | "run" | "held" | "grown")
    })
}

/// A stretch with every match of a pattern replaced by a space; `hint` is a word every
/// match holds, looked for first to spare the regex.
fn cut_out<'t>(
    text: &'t str,
    pattern: Option<&regex::Regex>,
    hint: &str,
) -> std::borrow::Cow<'t, str> {
    match pattern {
        Some(regex) if text.contains(hint) => regex.replace_all(text, " "),
        _ => std::borrow::Cow::Borrowed(text),
    }
}

/// A stretch without the words that cut ties ("cut diplomatic ties", "cut diplomatic and
/// trade ties", "cutting off relations"): the cut is the sanction there, not a cut of one.
fn without_ties_cut(text: &str) -> std::borrow::Cow<'_, str> {
    // (Nor is an accreditation revoked a measure revoked: "revoked the accreditation of a
    // British diplomat".)
    static TIES_CUT: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r" (?:(?:cut|cuts|cutting)(?: off)? (?:[a-z-]+ |, ){0,4}?(?:relations|ties)|(?:cut|cuts|cutting|slashed|slashing|paused|pausing)(?: off)? (?:[a-z-]+ |\x01[cd]\d+\x02 ){0,4}?(?:aid|assistance|funding|financial support|budget support) (?:to|for)|(?:revoked|revokes|revoking|withdrew|withdraws|withdrawing) (?:the )?accreditation) ",
        )
        .ok()
    });
    match TIES_CUT.as_ref() {
        Some(regex)
            if [" accreditation", " cut", " slash", " paus"]
                .iter()
                .any(|hint| text.contains(hint)) =>
        {
            regex.replace_all(text, " ")
        }
        _ => std::borrow::Cow::Borrowed(text),
    }
}

/// The last few tokens of a stretch, slots included, back to a comma or semicolon:
/// "invited Indian Prime Minister" before "Modi to visit Tokyo".
fn clause_before(before: &str) -> &str {
    last_tokens(before, 6, |word| word == "," || word == ";")
}

/// At most `count` tokens at the end of a stretch, stopping before the first that `stops`.
fn last_tokens(before: &str, count: usize, stops: impl Fn(&str) -> bool) -> &str {
    let mut start = before.len();
    let mut rest = before.trim_end_matches(' ');
    for _ in 0..count {
        let at = rest.rfind(' ').map_or(0, |at| at + 1);
        let word = &rest[at..];
        if word.is_empty() || stops(word) {
            break;
        }
        start = at;
        rest = rest[..at].trim_end_matches(' ');
    }
    &before[start..]
}

/// A stretch of words without its weekday phrases ("called on Wednesday for" reads "called
/// for").
/// A stretch without the times that follow "since" ("since April 2023", "since 2019").
fn without_since_times(text: &str) -> std::borrow::Cow<'_, str> {
    // (Also "since taking office in 2022".)
    static SINCE: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r" since (?:(?:[a-z]+ing (?:[a-z-]+ ){0,3}?)?in (?:(?:early|late|mid|mid -) )?)?(?:(?:early|late|mid|mid -) )?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?: [0-9]{1,2})?(?: ,)?(?: [0-9]{4})?|[0-9]{4}) ",
        )
        .ok()
    });
    cut_out(text, SINCE.as_ref(), " since ")
}

fn without_weekdays(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').filter(|word| !word.is_empty()).collect();
    let mut kept: Vec<&str> = Vec::with_capacity(words.len());
    let mut index = 0;
    while index < words.len() {
        if words[index] == "on" && words.get(index + 1).is_some_and(|day| day.ends_with("day")) {
            index += 2;
            continue;
        }
        kept.push(words[index]);
        index += 1;
    }
    kept.join(" ")
}

/// The text before the noun phrase that ends a stretch: up to its determiner ("called for a
/// new trade" gives "called for"), if one stands among its last five words.
fn before_noun_phrase(before: &str) -> &str {
    let phrase = clause_words(before, 5);
    let offset = before.len() - phrase.len();
    let mut cut = None;
    let mut at = 0;
    for word in phrase.split(' ') {
        if matches!(
            word,
            "a" | "an" | "the" | "its" | "their" | "his" | "her" | "any" | "new"
        ) {
            cut = Some(offset + at);
        }
        at += word.len() + 1;
    }
    cut.map_or(before, |cut| &before[..cut])
}

/// Whether a stretch of a rendered sentence ends with "by", perhaps followed by a title
/// ("led by General Tiani"), or with "members of" ("and other members of the EU").
fn preceded_by_agent_marker(before: &str) -> bool {
    let mut words = before.rsplit(' ').filter(|word| !word.is_empty());
    match words.next() {
        Some("by") => true,
        // "Hungary and other members of the EU have blocked ...": the members act.
        Some("of") => matches!(
            words.next(),
            Some(
                "members"
                    | "states"
                    | "countries"
                    | "allies"
                    | "partners"
                    | "governments"
                    | "leaders"
                    | "neighbours"
                    | "neighbors"
            )
        ),
        Some(title) if super::link::TITLES.contains(&title) => words.next() == Some("by"),
        // A venue is not the speaker either: "used his speech at the U.N. General Assembly
        // to criticise the United States" is Lula's criticism.
        Some("at" | "to" | "before") => matches!(
            words.next(),
            Some("speech" | "address" | "remarks" | "speaking" | "statement" | "appearance")
        ),
        _ => false,
    }
}

/// The singular of a plural role phrase: "defence ministers" → "defence minister",
/// "heads of state" → "head of state".
fn singular_role(words: &str) -> String {
    let words = words.trim();
    let (head, rest) = match words.find(" of ") {
        Some(at) => words.split_at(at),
        None => (words, ""),
    };
    let head = head
        .strip_suffix("ies")
        .map(|stem| format!("{stem}y"))
        .or_else(|| head.strip_suffix('s').map(str::to_string))
        .unwrap_or_else(|| head.to_string());
    format!("{head}{rest}")
}

/// Whether the words after a subject slot begin a new coordinated clause ("and has not
/// criticised"): then the slot ended the previous clause and is not this verb's subject.
fn starts_new_clause(after: &str) -> bool {
    let mut words = after.split(' ').filter(|word| !word.is_empty());
    matches!(
        words.next(),
        Some("and" | "but" | "or" | "while" | "whereas")
    ) && words.next().is_some_and(|next| {
        // "and his Chinese counterpart Xi Jinping held talks": a determiner opens a noun
        // phrase, not a verb.
        !next.starts_with('\u{1}')
            && !matches!(
                next,
                "his" | "her" | "their" | "its" | "the" | "a" | "an" | "fellow" | "visiting"
            )
    })
}

/// "was condemned by", "remains blocked by": a form of "be" (or "remain") and then "by"
/// between the two ends, or a participle and "by" right before the object.
fn reads_as_passive(between: &str) -> bool {
    let mut words = between.split(' ').filter(|word| !word.is_empty());
    let mut reversed = words.clone().rev();
    if reversed.next() == Some("by")
        && reversed
            .next()
            .is_some_and(|word| word.ends_with("ed") || word.ends_with("en"))
    {
        return true;
    }
    words.any(|word| {
        matches!(
            word,
            "was" | "were" | "been" | "being" | "is" | "are" | "remains" | "remain" | "remained"
        )
    }) && words.any(|word| word == "by")
}

fn same_fact(a: &Found, b: &Found) -> bool {
    let ends_match = (a.subject == b.subject && a.object == b.object)
        || (a.relation.is_symmetric() && a.subject == b.object && a.object == b.subject);
    ends_match && a.relation == b.relation && a.negated == b.negated
}

/// Which kinds of entity each relation connects; everything else is a misreading.
fn signature_allows(
    relation: Relation,
    subject: Option<&EntityKind>,
    object: Option<&EntityKind>,
) -> bool {
    use EntityKind::*;
    let (Some(&subject), Some(&object)) = (subject, object) else {
        return false;
    };
    match relation {
        Relation::MemberOf
        | Relation::ObserverOf
        | Relation::PartnerOf
        | Relation::CandidateFor
        | Relation::Left => matches!(subject, Country | Organisation) && object == Organisation,
        Relation::Leads => {
            matches!(subject, Country | Person | Organisation)
                && matches!(object, Organisation | Group)
        }
        Relation::OfficialOf => subject == Person && matches!(object, Country | Organisation),
        Relation::CapitalOf => subject == Place && object == Country,
        Relation::LocatedIn => {
            matches!(subject, Organisation | Place) && matches!(object, Country | Place)
        }
        Relation::Visited => {
            matches!(subject, Person | Country | Organisation) && matches!(object, Country | Place)
        }
        _ => subject != Place && object != Place,
    }
}

/// Whether the text before a posting ends with an envoy recalled: a recalling verb, then
/// perhaps a possessive and "own" or "top", then the role ("recalled its ambassador").
fn recalled_envoy(before: &str) -> bool {
    let mut tokens = before.split_whitespace().rev();
    let _role = tokens.next();
    for token in tokens {
        match token {
            "its" | "their" | "his" | "her" | "'s" | "own" | "top" | "the" => continue,
            _ if slot_kind(token).is_some() => continue,
            "recalled" | "recalls" | "recall" | "recalling" | "withdrew" | "withdraws"
            | "withdrawing" | "withdrawn" => return true,
            _ => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requirements_come_from_the_top_level_of_a_pattern() {
        let words = |list: &[&str]| list.iter().map(|word| word.to_string()).collect::<Vec<_>>();
        let (groups, kinds, _) =
            requirements("{A} (?:his )?(?:imposed|slapped (?:new )?) sanctions on {B:o}");
        assert_eq!(
            groups,
            [
                words(&["imposed ", "slapped "]),
                words(&["sanctions "]),
                words(&["on "])
            ]
        );
        // A word known to be complete keeps its space ("in " is not "india"), and a
        // phrase is required whole: "in" alone would admit most sentences.
        assert_eq!(
            requirements("{A} (?:in response to|in retaliation for) {B}").0,
            [words(&["in response to ", "in retaliation for "])]
        );
        // What a quantifier or a group leaves open is cut off.
        assert_eq!(
            requirements("(?:criticis(?:ed|es)|hit out at|talks{0,1}) {B}").0,
            [words(&["criticis", "hit out at ", "talk"])]
        );
        assert_eq!(kinds.len(), 2);
        assert_eq!(kinds[1], kind_bit('o'));
        // The order of the requirements is the pattern's: a sentence that holds them in
        // another order skips the rule.
        let (_, _, order) = requirements("{A:c} imposed sanctions on {B:o}");
        let c = kind_bit('c');
        let o = kind_bit('o');
        assert_eq!(
            order,
            [
                Need::Kind(c),
                Need::Words(0),
                Need::Words(1),
                Need::Words(2),
                Need::Kind(o)
            ]
        );
        // " X imposed sanctions on Y ": trigger words (id, at), each group's ids, and the
        // slots (at, kind).
        let found = [(7, 4), (8, 12), (9, 22)];
        let groups = [vec![7], vec![8], vec![9]];
        assert!(in_order(&order, &groups, &found, &[(1, c), (26, o)]));
        assert!(!in_order(&order, &groups, &found, &[(1, o), (26, c)]));
        // A slot written out counts; one of any kind ("[a-zA-Z]") requires nothing.
        let (_, kinds, _) = requirements("{B:cs} {ROLE} at \\x01[ol]\\d+\\x02 , {A:p}");
        assert_eq!(kinds[2], kind_bit('o') | kind_bit('l'));
        assert_eq!(
            requirements("{B:c} \\x01[a-zA-Z]\\d+\\x02 {A:p}").1.len(),
            2
        );
        let (groups, kinds, _) = requirements("{A:p} (?:members?|partners) of {ROLE}");
        assert_eq!(groups, [words(&["member", "partners "]), words(&["of "])]);
        assert_eq!(kinds, [kind_bit('p'), kind_bit('r')]);
        // Optional parts and patterns with a top-level alternative require nothing more.
        assert_eq!(
            requirements("{A} (?:\\S+ )?met(?: {B})?").0,
            [words(&["met"])]
        );
        assert_eq!(
            requirements("{A} met|{B} left"),
            (Vec::new(), Vec::new(), Vec::new())
        );
        assert_eq!(
            kinds_in(" \u{1}c0\u{2} and \u{1}L1\u{2} "),
            kind_bit('c') | kind_bit('L')
        );
    }

    #[test]
    fn governing_words_stop_at_a_comma_or_a_slot() {
        assert_eq!(
            governing_words(" \u{1}c0\u{2} has suspended"),
            "has suspended"
        );
        assert_eq!(
            governing_words(" x , it then quickly suspended"),
            "then quickly suspended"
        );
        assert_eq!(governing_words(" x , suspended"), "suspended");
        assert_eq!(governing_words(""), "");
    }

    #[test]
    fn every_builtin_rule_compiles_and_has_its_own_id() {
        let rules = Rules::builtin().unwrap();
        let broken: Vec<&str> = rules
            .rules
            .iter()
            .filter(|rule| rule.regex().is_none())
            .map(|rule| rule.id.as_str())
            .collect();
        assert!(broken.is_empty(), "rules that do not compile: {broken:?}");
        // The extractor reads groups by the names it knows: a rule's group of another
        // name would be silently ignored.
        for rule in &rules.rules {
            let (regex, _) = rule.regex().unwrap();
            for name in regex.capture_names().flatten() {
                assert!(
                    GROUP_NAMES.contains(&name),
                    "rule {}: group {name}",
                    rule.id
                );
            }
        }
        // Words are separated by single spaces and a pattern is closed by one: an optional
        // group at its end that ends in a space would want a second, so it never takes part
        // ("(?P<veto> (?:at|for) )?" vetoed nothing).
        // Nor may an optional group at its end follow a space ("partners? (?:country)?"
        // wants "partners  " without it), nor may any alternative of a last group end in a
        // space ("(?:,|and (?:a|an) )" wanted "and a" followed by two spaces, so "Turkey, a
        // NATO member and an EU candidate" lost its membership).
        for rule in &rules.rules {
            let pattern = rule.pattern.trim_end();
            assert!(
                !pattern.ends_with(" )?)"),
                "rule {}: its last group ends in a space",
                rule.id
            );
            let (body, optional) = match pattern.strip_suffix(")?)") {
                Some(body) => (body, true),
                None => match pattern.strip_suffix("))") {
                    Some(body) => (body, false),
                    None => continue,
                },
            };
            // Back to the last group's opening parenthesis, noting where each of its
            // alternatives ends.
            let bytes = body.as_bytes();
            let (mut depth, mut at, mut ends) = (1usize, bytes.len(), vec![bytes.len()]);
            while depth > 0 && at > 0 {
                at -= 1;
                let escaped = at > 0 && bytes[at - 1] == b'\\';
                match bytes[at] {
                    b')' if !escaped => depth += 1,
                    b'(' if !escaped => depth -= 1,
                    b'|' if !escaped && depth == 1 => ends.push(at),
                    _ => {}
                }
            }
            assert!(
                !optional || at == 0 || bytes[at - 1] != b' ',
                "rule {}: its last, optional group follows a space",
                rule.id
            );
            assert!(
                !ends.iter().any(|&end| end > 0 && bytes[end - 1] == b' '),
                "rule {}: an alternative of its last group ends in a space",
                rule.id
            );
        }
        // A fact names the rule that made it: two rules must not share an id.
        let mut ids: Vec<&str> = rules.rules.iter().map(|rule| rule.id.as_str()).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), before, "duplicate rule ids");
        // A user file may not reuse an id either.
        let mut rules = Rules::builtin().unwrap();
        let reused =
            "[[rule]]\nid = \"met.with\"\nrelation = \"met_with\"\npattern = \"{A} met {B}\"\n";
        let error = rules.add_file(reused, "mine.toml").unwrap_err().to_string();
        assert!(
            error.contains("met.with") && error.contains("already used"),
            "{error}"
        );
    }

    #[test]
    fn word_lists_are_shared_by_later_rules_and_their_words_trigger_them() {
        let mut rules = Rules::builtin().unwrap();
        rules
            .add_file(
                "[lists]\nFOES = [\"arch rival\", \"nemesis\"]\n\
                 [[rule]]\nid = \"t.foe\"\nrelation = \"at_odds_with\"\n\
                 pattern = \"{A} called {B} (?:its |an? )?{=FOES}\"\n\
                 [[rule]]\nid = \"t.judged\"\nrelation = \"criticises\"\n\
                 pattern = \"{A} found {B} {=DAMNING}\"\n",
                "mine.toml",
            )
            .expect("lists of this file and the built-in file are known");
        let foe = rules.rules.len() - 2;
        let line = " \u{1}c0\u{2} called \u{1}c1\u{2} its arch rival . ";
        assert!(rules.candidates(line).contains(&foe));
        assert!(
            rules.rules[foe]
                .regex()
                .is_some_and(|(regex, _)| regex.is_match(line.as_bytes()))
        );
        // A sentence without a word of the list does not run the rule.
        assert!(
            !rules
                .candidates(" \u{1}c0\u{2} called \u{1}c1\u{2} a friend . ")
                .contains(&foe)
        );
        let judged = rules.rules.len() - 1;
        assert!(
            rules
                .candidates(" \u{1}c0\u{2} found \u{1}c1\u{2} reckless . ")
                .contains(&judged)
        );
        for (file, wanted) in [
            (
                "[[rule]]\nid = \"u\"\nrelation = \"criticises\"\npattern = \"{A} x {B} {=NOPE}\"\n",
                "unknown list {=NOPE}",
            ),
            ("[lists]\nDAMNING = [\"bad\"]\n", "already used"),
            ("[lists]\nlower = [\"bad\"]\n", "upper-case"),
            ("[lists]\nEMPTY = []\n", "empty"),
            ("[lists]\nODD = [\"Bad\"]\n", "lower-case words"),
        ] {
            let error = rules.add_file(file, "bad.toml").unwrap_err().to_string();
            assert!(error.contains(wanted), "{file}: {error}");
        }
    }

    #[test]
    fn spaces_at_the_ends_of_a_pattern_do_not_ask_for_two() {
        let mut rules = Rules::default();
        rules
            .add_file(
                "[[rule]]\nid = \"t\"\nrelation = \"member_of\"\n\
                 pattern = \" full members {A:L} were \"\nobject = \"focus\"\n",
                "t.toml",
            )
            .expect("a valid rule");
        let line = " full members \u{1}L7\u{2} were joined . ";
        assert_eq!(rules.candidates(line), vec![0]);
        assert!(
            rules.rules[0]
                .regex()
                .is_some_and(|(regex, _)| regex.is_match(line.as_bytes()))
        );
    }
}
