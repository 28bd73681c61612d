//! The shared vocabulary of diplograph: entities, relation kinds, facts, qualifiers,
//! evidence and sources. Every other module speaks these types; this module does no IO
//! and knows nothing about how facts are found or stored.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What sort of thing an entity is. The names are part of the JSON interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Country,
    Organisation,
    Person,
    Place,
    Group,
}

impl EntityKind {
    pub const ALL: [EntityKind; 5] = [
        EntityKind::Country,
        EntityKind::Organisation,
        EntityKind::Person,
        EntityKind::Place,
        EntityKind::Group,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Country => "country",
            EntityKind::Organisation => "organisation",
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Group => "group",
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EntityKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "country" => Ok(EntityKind::Country),
            "organisation" | "organization" | "org" => Ok(EntityKind::Organisation),
            "person" => Ok(EntityKind::Person),
            "place" => Ok(EntityKind::Place),
            "group" => Ok(EntityKind::Group),
            other => Err(format!(
                "unknown entity kind '{other}' (expected country, organisation, person, place or group)"
            )),
        }
    }
}

/// A node of the graph: a country, organisation, person, place or loose group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id: ISO 3166-1 alpha-3 for countries, the usual acronym for organisations,
    /// a readable slug for persons and places.
    pub id: String,
    pub kind: EntityKind,
    pub name: String,
    pub aliases: Vec<String>,
    /// Wikidata QID when known.
    pub wikidata: Option<String>,
    /// True when the entity is defined by a gazetteer (it survives retraction).
    pub from_gazetteer: bool,
}

impl Entity {
    pub fn new(id: impl Into<String>, kind: EntityKind, name: impl Into<String>) -> Self {
        Entity {
            id: id.into(),
            kind,
            name: name.into(),
            aliases: Vec::new(),
            wikidata: None,
            from_gazetteer: false,
        }
    }
}

/// Broad families of relations, used for colours and grouping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelationFamily {
    Membership,
    Structure,
    Cooperation,
    Conflict,
}

macro_rules! relations {
    ($( $variant:ident => $name:literal, symmetric: $sym:literal, plover: $plover:expr, family: $family:ident, label: $label:literal ;)*) => {
        /// The closed vocabulary of relation kinds. Their names are part of the interface
        /// (JSON output, exports, rules files).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Relation { $($variant,)* }

        impl Relation {
            pub const ALL: &'static [Relation] = &[$(Relation::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self { $(Relation::$variant => $name,)* }
            }

            /// Symmetric relations are stored once and match in either direction.
            pub fn is_symmetric(self) -> bool {
                match self { $(Relation::$variant => $sym,)* }
            }

            /// The PLOVER event type, for relations that are events.
            pub fn plover(self) -> Option<&'static str> {
                match self { $(Relation::$variant => $plover,)* }
            }

            pub fn family(self) -> RelationFamily {
                match self { $(Relation::$variant => RelationFamily::$family,)* }
            }

            /// A short human label ("member of").
            pub fn label(self) -> &'static str {
                match self { $(Relation::$variant => $label,)* }
            }
        }
    };
}

relations! {
    MemberOf => "member_of", symmetric: false, plover: None, family: Membership, label: "member of";
    ObserverOf => "observer_of", symmetric: false, plover: None, family: Membership, label: "observer of";
    PartnerOf => "partner_of", symmetric: false, plover: None, family: Membership, label: "partner of";
    CandidateFor => "candidate_for", symmetric: false, plover: None, family: Membership, label: "candidate for";
    Left => "left", symmetric: false, plover: None, family: Membership, label: "left";
    Leads => "leads", symmetric: false, plover: None, family: Structure, label: "leads";
    OfficialOf => "official_of", symmetric: false, plover: None, family: Structure, label: "official of";
    CapitalOf => "capital_of", symmetric: false, plover: None, family: Structure, label: "capital of";
    LocatedIn => "located_in", symmetric: false, plover: None, family: Structure, label: "located in";
    MetWith => "met_with", symmetric: true, plover: Some("CONSULT"), family: Cooperation, label: "met with";
    Visited => "visited", symmetric: false, plover: Some("CONSULT"), family: Cooperation, label: "visited";
    AgreedWith => "agreed_with", symmetric: true, plover: Some("AGREE"), family: Cooperation, label: "agreed with";
    CooperatesWith => "cooperates_with", symmetric: true, plover: Some("COOPERATE"), family: Cooperation, label: "cooperates with";
    FriendlyWith => "friendly_with", symmetric: true, plover: None, family: Cooperation, label: "friendly with";
    AtOddsWith => "at_odds_with", symmetric: true, plover: None, family: Conflict, label: "at odds with";
    Supports => "supports", symmetric: false, plover: Some("SUPPORT"), family: Cooperation, label: "supports";
    Opposes => "opposes", symmetric: false, plover: Some("REJECT"), family: Conflict, label: "opposes";
    Criticises => "criticises", symmetric: false, plover: Some("ACCUSE"), family: Conflict, label: "criticises";
    Threatens => "threatens", symmetric: false, plover: Some("THREATEN"), family: Conflict, label: "threatens";
    Sanctions => "sanctions", symmetric: false, plover: Some("SANCTION"), family: Conflict, label: "sanctions";
    Attacks => "attacks", symmetric: false, plover: Some("ASSAULT"), family: Conflict, label: "attacks";
}

impl Relation {
    pub fn names() -> impl Iterator<Item = &'static str> {
        Relation::ALL.iter().map(|relation| relation.as_str())
    }
}

impl fmt::Display for Relation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Relation {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        let wanted = match wanted.as_str() {
            "criticizes" => "criticises".to_string(),
            "member" => "member_of".to_string(),
            _ => wanted,
        };
        Relation::ALL
            .iter()
            .copied()
            .find(|relation| relation.as_str() == wanted)
            .ok_or_else(|| format!("unknown relation '{}'", s.trim()))
    }
}

/// Qualifiers of a fact. `role` and `status` identify a fact (a foreign minister and a
/// president are two facts); `time`, `expected` and `location` describe one report of it
/// and are kept per evidence in the store.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Qualifiers {
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub status: Option<String>,
    /// A date (`2022-07-28`), a month (`2022-07`) or a year (`2023`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub time: Option<String>,
    /// The time is in the future of the report (set to join next year).
    #[serde(skip_serializing_if = "is_false", default)]
    pub expected: bool,
    /// Id of the place where it happened.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub location: Option<String>,
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl Qualifiers {
    pub fn is_empty(&self) -> bool {
        self == &Qualifiers::default()
    }

    /// Sets one qualifier from `key=value` text, as typed on the command line.
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), String> {
        let value = value.trim().to_string();
        match key.trim() {
            "role" => self.role = Some(value),
            "status" => self.status = Some(value),
            "time" => self.time = Some(value),
            "expected" => {
                self.expected = match value.as_str() {
                    "true" | "yes" | "1" => true,
                    "false" | "no" | "0" => false,
                    _ => return Err(format!("expected=true|false, not '{value}'")),
                }
            }
            "location" => self.location = Some(value),
            other => {
                return Err(format!(
                    "unknown qualifier '{other}' (expected role, status, time, expected or location)"
                ));
            }
        }
        Ok(())
    }
}

/// Where a fact was read: one article, or an analyst's manual entry.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Content hash (16 hex digits of SHA-256) of the article text, or of the manual
    /// source's name.
    pub id: String,
    /// The input's own id, else its path, else the manual source name.
    pub doc: String,
    pub title: Option<String>,
    pub url: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
}

/// One report of a fact: the sentence that states it and the rule that read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub source: String,
    pub sentence: String,
    /// Character offsets of the sentence in the original input text.
    pub start: u32,
    pub end: u32,
    /// The extraction rule id, or `manual` for facts added by hand.
    pub rule: String,
    pub confidence: f32,
    pub time: Option<String>,
    pub expected: bool,
    pub location: Option<String>,
}

/// A short description of an entity, as facts carry it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityRef {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
}

impl From<&Entity> for EntityRef {
    fn from(entity: &Entity) -> Self {
        EntityRef {
            id: entity.id.clone(),
            name: entity.name.clone(),
            kind: entity.kind,
        }
    }
}

/// The evidence block of an extracted fact, in the `extract --format jsonl` interface.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactEvidence {
    pub source: String,
    pub doc: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
    pub sentence: String,
    pub start: u32,
    pub end: u32,
    pub rule: String,
}

/// One fact with one evidence: what the extractor produces and `import` consumes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub subject: EntityRef,
    pub relation: Relation,
    pub object: EntityRef,
    pub negated: bool,
    #[serde(default)]
    pub qualifiers: Qualifiers,
    pub evidence: FactEvidence,
    pub confidence: f32,
}

impl Fact {
    /// The source this fact's evidence came from.
    pub fn source(&self) -> Source {
        Source {
            id: self.evidence.source.clone(),
            doc: self.evidence.doc.clone(),
            title: self.evidence.title.clone(),
            url: self.evidence.url.clone(),
            date: self.evidence.date.clone(),
        }
    }

    /// The store's evidence record of this fact.
    pub fn to_evidence(&self) -> Evidence {
        Evidence {
            source: self.evidence.source.clone(),
            sentence: self.evidence.sentence.clone(),
            start: self.evidence.start,
            end: self.evidence.end,
            rule: self.evidence.rule.clone(),
            confidence: self.confidence,
            time: self.qualifiers.time.clone(),
            expected: self.qualifiers.expected,
            location: self.qualifiers.location.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relation_names_round_trip_and_symmetry_is_declared() {
        for relation in Relation::ALL {
            assert_eq!(relation.as_str().parse::<Relation>().unwrap(), *relation);
        }
        assert!(Relation::FriendlyWith.is_symmetric());
        assert!(!Relation::MemberOf.is_symmetric());
        assert_eq!(Relation::Sanctions.plover(), Some("SANCTION"));
        assert_eq!(
            "criticizes".parse::<Relation>().unwrap(),
            Relation::Criticises
        );
        assert!("friends".parse::<Relation>().is_err());
    }

    #[test]
    fn relation_serialises_as_its_interface_name() {
        let json = serde_json::to_string(&Relation::CandidateFor).unwrap();
        assert_eq!(json, "\"candidate_for\"");
    }
}
