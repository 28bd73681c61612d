//! The gazetteer: what diplograph knows about the world before it reads an article —
//! countries (names, former names, adjectives, capitals, seats of government),
//! organisations and loose groups, roles, well-known officials, and surfaces that are
//! ambiguous. It is data (`data/*.tsv`, embedded as defaults; users add files with the
//! same columns) compiled into an index from folded surface forms to entities.

use crate::error::{Error, Result};
use crate::ingest::segment::tokenize;
use crate::model::{Entity, EntityKind};
/// Surface look-ups run for every token of every sentence: a fast non-cryptographic
/// hasher is enough, since the keys come from the project's own data.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// How a surface form refers to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// The entity's name, alias or acronym.
    Name,
    /// An adjective or demonym of a country ("Russian").
    Adjective,
    /// A capital city (its target is the place; `capital_of` gives the country).
    Capital,
    /// A seat of government standing for its country ("the Kremlin").
    Seat,
    /// A city or site that is not a capital ("Geneva"): a place in its country, never an
    /// actor standing for it.
    Place,
}

/// What a surface form points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Entity {
        entity: usize,
        form: Form,
    },
    /// A role, by index into `roles`.
    Role(usize),
    /// Several readings: resolved only when the article names one candidate plainly.
    Ambiguous {
        candidates: Vec<usize>,
        other_sense: bool,
        /// The other sense is a person's name ("Chad", "Jordan"): with no name next to it,
        /// the word is the entity.
        name_sense: bool,
    },
    /// A description that refers back to a country named before ("the Gulf state"): the
    /// countries it may mean.
    Description(Vec<usize>),
    /// A name for a fixed set of countries ("the Baltic states"): all of them.
    Members(Vec<usize>),
}

/// A title that names another role in some states ("foreign secretary": the foreign
/// minister except in India and its neighbours; "state secretary": the secretary of state
/// in the United States only).
#[derive(Debug, Clone, Default)]
struct LocalTitle {
    other: String,
    listed: Vec<String>,
    /// Whether the title names `other` only in the listed states (else everywhere but).
    only: bool,
}

/// A stretch of time in whole months, both ends included, each month counted as twelve
/// times its year plus its month's index from zero: what an office is checked against. A
/// publication date is its month; a year alone ("In 2012, Rutte criticised Greece") is
/// its twelve months.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    first: i32,
    last: i32,
}

impl Period {
    /// All of a year.
    pub fn year(year: i32) -> Period {
        Period {
            first: year * 12,
            last: year * 12 + 11,
        }
    }

    /// One month of a year (1 to 12).
    pub fn month(year: i32, month: u32) -> Period {
        let month = year * 12 + month.clamp(1, 12) as i32 - 1;
        Period {
            first: month,
            last: month,
        }
    }

    /// The month of a date.
    pub fn of_date(date: super::time::Date) -> Period {
        Period::month(date.year, date.month)
    }

    /// A term's end as the data writes it, `YYYY` or `YYYY-MM`.
    fn parse(text: &str) -> Option<Period> {
        match text.split_once('-') {
            None => text.parse().ok().map(Period::year),
            Some((year, month)) => {
                let (year, month): (i32, u32) = (year.parse().ok()?, month.parse().ok()?);
                (1..=12)
                    .contains(&month)
                    .then(|| Period::month(year, month))
            }
        }
    }
}

/// An official's term in a role.
#[derive(Debug, Clone)]
pub struct Official {
    pub person: usize,
    pub of: usize,
    pub role: String,
    /// The first month in office, when known.
    pub from: Option<i32>,
    /// The last month in office; `None` while in office.
    pub to: Option<i32>,
}

impl Official {
    /// Whether the term ended before the period began.
    pub fn ended_before(&self, when: Period) -> bool {
        self.to.is_some_and(|to| to < when.first)
    }

    /// Whether the term begins after the period ends.
    pub fn starts_after(&self, when: Period) -> bool {
        self.from.is_some_and(|from| from > when.last)
    }

    /// Whether the term overlaps the period; every term does when the period is unknown.
    pub fn in_office(&self, when: Option<Period>) -> bool {
        when.is_none_or(|when| {
            self.from.is_none_or(|from| from <= when.last)
                && self.to.is_none_or(|to| when.first <= to)
        })
    }
}

/// The one distinct index of a list, if there is exactly one.
fn the_only(mut indices: Vec<usize>) -> Option<usize> {
    indices.sort_unstable();
    indices.dedup();
    match indices[..] {
        [only] => Some(only),
        _ => None,
    }
}

/// The compiled gazetteer.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    entities: Vec<std::sync::Arc<Entity>>,
    by_id: HashMap<String, usize>,
    folded: HashMap<String, Vec<Target>>,
    exact: HashMap<String, Vec<Target>>,
    /// Longest surface, in tokens, starting with a given folded token.
    longest: HashMap<String, usize>,
    capital_of: HashMap<usize, usize>,
    /// The (first) capital of each country.
    capital_in: HashMap<usize, usize>,
    /// The country of each place from a places file.
    place_in: HashMap<usize, usize>,
    /// The country each organisation has its seat in, where the organisations file says.
    seat_of: HashMap<usize, usize>,
    roles: Vec<String>,
    /// Local titles and the other role each names.
    local_titles: HashMap<String, LocalTitle>,
    /// Roles held only in organisations ("secretary-general"), by the roles file's scope.
    organisation_roles: std::collections::HashSet<String, foldhash::fast::RandomState>,
    /// Roles that are titles only right after a name, by the scope `after-name`: "NATO
    /// chief Mark Rutte", but "the chief backer of" is no title.
    after_name_roles: std::collections::HashSet<usize, foldhash::fast::RandomState>,
    /// The last word of every role ("minister", "secretary"): a title before a name.
    role_heads: std::collections::HashSet<String, foldhash::fast::RandomState>,
    officials: Vec<Official>,
    /// For each person, the positions of their terms in `officials`: looked up for every
    /// person mention, so not scanned.
    offices_by_person: HashMap<usize, Vec<usize>>,
    /// The gender of persons the officials file gives one for: which of "he" and "she"
    /// may refer to them.
    genders: HashMap<usize, Gender>,
}

/// A person's gender as news refers to them ("he", "she").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

const COUNTRIES: &str = include_str!("../../data/countries.tsv");
const ORGANISATIONS: &str = include_str!("../../data/organisations.tsv");
const ROLES: &str = include_str!("../../data/roles.tsv");
const OFFICIALS: &str = include_str!("../../data/officials.tsv");
const AMBIGUOUS: &str = include_str!("../../data/ambiguous.tsv");
const PLACES: &str = include_str!("../../data/places.tsv");
const DESCRIPTIONS: &str = include_str!("../../data/descriptions.tsv");
const COUNTRY_GROUPS: &str = include_str!("../../data/country_groups.tsv");

/// Folds a surface form to its look-up key: tokens, lower case, ASCII letters.
pub fn fold(surface: &str) -> String {
    let mut key = String::new();
    for token in tokenize(surface) {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&fold_token(&surface[token.range]));
    }
    key
}

/// Folds one token.
pub fn fold_token(token: &str) -> std::borrow::Cow<'_, str> {
    if !token.is_ascii() {
        deunicode::deunicode(&token.to_lowercase())
            .to_lowercase()
            .into()
    } else if token.bytes().any(|byte| byte.is_ascii_uppercase()) {
        token.to_ascii_lowercase().into()
    } else {
        token.into()
    }
}

/// A readable id for persons and places: "Sergey Lavrov" → "sergey-lavrov".
pub fn slug(name: &str) -> String {
    let ascii = deunicode::deunicode(name).to_ascii_lowercase();
    let mut slug = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

/// Rows of a TSV file: (line number, fields), skipping comments and the header.
fn rows<'a>(text: &'a str, header: &str, name: &str) -> Result<Vec<(usize, Vec<&'a str>)>> {
    let columns = header.split('\t').count();
    let mut out = Vec::new();
    let mut seen_header = false;
    for (number, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !seen_header {
            if line != header {
                return Err(Error::Gazetteer(format!(
                    "{name}: line {}: expected the header '{}'",
                    number + 1,
                    header.replace('\t', " ⇥ ")
                )));
            }
            seen_header = true;
            continue;
        }
        let mut fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        if fields.len() > columns {
            return Err(Error::Gazetteer(format!(
                "{name}: line {}: {} columns, expected {columns}",
                number + 1,
                fields.len()
            )));
        }
        fields.resize(columns, "");
        out.push((number + 1, fields));
    }
    Ok(out)
}

fn list(field: &str) -> impl Iterator<Item = &str> {
    field
        .split('|')
        .map(str::trim)
        .filter(|item| !item.is_empty())
}

/// All-capital aliases (US, UAE, DRC) match only in exactly that case, so that the
/// pronoun "us" is not the United States.
fn is_acronym(surface: &str) -> bool {
    let letters: Vec<char> = surface.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

fn strip_article(surface: &str) -> &str {
    surface
        .strip_prefix("the ")
        .or_else(|| surface.strip_prefix("The "))
        .unwrap_or(surface)
}

pub const COUNTRY_HEADER: &str = "id\tname\tofficial\taliases\tadjectives\tcapitals\tseats\tqid";
pub const ORGANISATION_HEADER: &str = "id\tname\tkind\taliases\tcase_sensitive\tqid\tseat";
/// The organisations header before the seat column, still read.
pub const ORGANISATION_HEADER_V1: &str = "id\tname\tkind\taliases\tcase_sensitive\tqid";
pub const ROLE_HEADER: &str = "role\taliases\tscope\tmeans";
/// The roles header before the `means` column; still accepted.
pub const ROLE_HEADER_V1: &str = "role\taliases\tscope";
pub const OFFICIAL_HEADER: &str = "id\tname\taliases\tof\trole\tfrom\tto\tqid\tgender";
/// The header of officials files written before the `gender` column (still read).
pub const OFFICIAL_HEADER_V1: &str = "id\tname\taliases\tof\trole\tfrom\tto\tqid";
pub const AMBIGUOUS_HEADER: &str = "surface\tcandidates\tnote";
pub const PLACE_HEADER: &str = "id\tname\tcountry\taliases\tqid";
pub const DESCRIPTION_HEADER: &str = "phrases\tcountries";
pub const GROUP_HEADER: &str = "phrases\tmembers";

impl Gazetteer {
    /// The built-in gazetteer from `data/`.
    pub fn builtin() -> Result<Self> {
        let mut gazetteer = Gazetteer::default();
        gazetteer.add_file(COUNTRIES, "data/countries.tsv")?;
        gazetteer.add_file(ORGANISATIONS, "data/organisations.tsv")?;
        gazetteer.add_file(ROLES, "data/roles.tsv")?;
        gazetteer.add_file(OFFICIALS, "data/officials.tsv")?;
        gazetteer.add_file(PLACES, "data/places.tsv")?;
        gazetteer.add_file(AMBIGUOUS, "data/ambiguous.tsv")?;
        gazetteer.add_file(DESCRIPTIONS, "data/descriptions.tsv")?;
        gazetteer.add_file(COUNTRY_GROUPS, "data/country_groups.tsv")?;
        Ok(gazetteer)
    }

    /// Adds a gazetteer file; its kind is recognised from its header line.
    pub fn add_file(&mut self, text: &str, name: &str) -> Result<()> {
        let header = text
            .lines()
            .map(|line| line.trim_end_matches('\r'))
            .find(|line| !line.trim().is_empty() && !line.starts_with('#'))
            .unwrap_or("");
        match header {
            COUNTRY_HEADER => self.add_countries(text, name),
            ORGANISATION_HEADER => self.add_organisations(text, ORGANISATION_HEADER, name),
            ORGANISATION_HEADER_V1 => self.add_organisations(text, ORGANISATION_HEADER_V1, name),
            ROLE_HEADER => self.add_roles(text, ROLE_HEADER, name),
            ROLE_HEADER_V1 => self.add_roles(text, ROLE_HEADER_V1, name),
            OFFICIAL_HEADER => self.add_officials(text, OFFICIAL_HEADER, name),
            OFFICIAL_HEADER_V1 => self.add_officials(text, OFFICIAL_HEADER_V1, name),
            AMBIGUOUS_HEADER => self.add_ambiguous(text, name),
            PLACE_HEADER => self.add_places(text, name),
            DESCRIPTION_HEADER => self.add_descriptions(text, name, false),
            GROUP_HEADER => self.add_descriptions(text, name, true),
            _ => Err(Error::Gazetteer(format!(
                "{name}: unrecognised gazetteer header; the first line must be one of the headers in data/README.md (e.g. '{}')",
                ORGANISATION_HEADER.replace('\t', "<TAB>")
            ))),
        }
    }

    fn entity_slot(&mut self, entity: Entity) -> usize {
        match self.by_id.get(&entity.id) {
            Some(&index) => {
                let existing = std::sync::Arc::make_mut(&mut self.entities[index]);
                for alias in entity.aliases {
                    if !existing.aliases.contains(&alias) && alias != existing.name {
                        existing.aliases.push(alias);
                    }
                }
                if entity.wikidata.is_some() {
                    existing.wikidata = entity.wikidata;
                }
                index
            }
            None => {
                let index = self.entities.len();
                self.by_id.insert(entity.id.clone(), index);
                self.entities.push(std::sync::Arc::new(entity));
                index
            }
        }
    }

    fn add_surface(&mut self, surface: &str, target: Target, case_sensitive: bool) {
        let surface = strip_article(surface.trim());
        let key = if case_sensitive {
            surface.split_whitespace().collect::<Vec<_>>().join(" ")
        } else {
            fold(surface)
        };
        if key.is_empty() {
            return;
        }
        let tokens = tokenize(surface).len();
        let first = fold(surface).split(' ').next().unwrap_or("").to_string();
        let longest = self.longest.entry(first).or_insert(0);
        *longest = (*longest).max(tokens);
        let map = if case_sensitive {
            &mut self.exact
        } else {
            &mut self.folded
        };
        let targets = map.entry(key).or_default();
        if !targets.contains(&target) {
            targets.push(target);
        }
    }

    fn new_entity(id: &str, kind: EntityKind, name: &str, qid: &str) -> Entity {
        let mut entity = Entity::new(id, kind, name);
        entity.from_gazetteer = true;
        entity.wikidata = Some(qid.to_string()).filter(|qid| !qid.is_empty());
        entity
    }

    fn add_countries(&mut self, text: &str, name: &str) -> Result<()> {
        for (line, fields) in rows(text, COUNTRY_HEADER, name)? {
            let [
                id,
                common,
                official,
                aliases,
                adjectives,
                capitals,
                seats,
                qid,
            ] = fields[..]
            else {
                continue;
            };
            if id.is_empty() || common.is_empty() {
                return Err(Error::Gazetteer(format!(
                    "{name}: line {line}: id and name are required"
                )));
            }
            let mut entity = Gazetteer::new_entity(id, EntityKind::Country, common, qid);
            entity.aliases = std::iter::once(official)
                .chain(list(aliases))
                .filter(|alias| !alias.is_empty() && *alias != common)
                .map(str::to_string)
                .collect();
            let all_names: Vec<String> = std::iter::once(common.to_string())
                .chain(entity.aliases.iter().cloned())
                .collect();
            let country = self.entity_slot(entity);
            for surface in all_names {
                let exact = is_acronym(&surface);
                self.add_surface(
                    &surface,
                    Target::Entity {
                        entity: country,
                        form: Form::Name,
                    },
                    exact,
                );
            }
            for adjective in list(adjectives) {
                self.add_surface(
                    adjective,
                    Target::Entity {
                        entity: country,
                        form: Form::Adjective,
                    },
                    false,
                );
            }
            for seat in list(seats) {
                self.add_surface(
                    seat,
                    Target::Entity {
                        entity: country,
                        form: Form::Seat,
                    },
                    false,
                );
            }
            // Capitals that are different cities are separated by ";" ("Yamoussoukro;
            // Abidjan"), each its own place; variants of one capital by "|"
            // ("Washington|Washington, D.C."), sharing the first spelling's place entity.
            let capitals = capitals.split(';').flat_map(|city| {
                let first = list(city).next().unwrap_or(city);
                list(city)
                    .enumerate()
                    .map(move |(position, capital)| (position, capital, first))
            });
            for (position, capital, place_name) in capitals {
                let place = self.entity_slot(Gazetteer::new_entity(
                    &slug(place_name),
                    EntityKind::Place,
                    place_name,
                    "",
                ));
                if position > 0 && capital != place_name {
                    let alias = capital.to_string();
                    let place = std::sync::Arc::make_mut(&mut self.entities[place]);
                    if !place.aliases.contains(&alias) {
                        place.aliases.push(alias);
                    }
                }
                self.capital_of.insert(place, country);
                self.capital_in.entry(country).or_insert(place);
                self.add_surface(
                    capital,
                    Target::Entity {
                        entity: place,
                        form: Form::Capital,
                    },
                    false,
                );
            }
        }
        Ok(())
    }

    fn add_organisations(&mut self, text: &str, header: &str, name: &str) -> Result<()> {
        for (line, fields) in rows(text, header, name)? {
            let (id, full, kind, aliases, case_sensitive, qid, seat) = match fields[..] {
                [id, full, kind, aliases, case_sensitive, qid] => {
                    (id, full, kind, aliases, case_sensitive, qid, "")
                }
                [id, full, kind, aliases, case_sensitive, qid, seat] => {
                    (id, full, kind, aliases, case_sensitive, qid, seat)
                }
                _ => continue,
            };
            let kind = match kind {
                "organisation" | "organization" | "" => EntityKind::Organisation,
                "group" => EntityKind::Group,
                other => {
                    return Err(Error::Gazetteer(format!(
                        "{name}: line {line}: kind '{other}' (expected organisation or group)"
                    )));
                }
            };
            if id.is_empty() || full.is_empty() {
                return Err(Error::Gazetteer(format!(
                    "{name}: line {line}: id and name are required"
                )));
            }
            let mut entity = Gazetteer::new_entity(id, kind, full, qid);
            entity.aliases = list(aliases)
                .chain(list(case_sensitive))
                .map(str::to_string)
                .collect();
            let index = self.entity_slot(entity);
            if !seat.is_empty() {
                let Some(&country) = self.by_id.get(seat) else {
                    return Err(Error::Gazetteer(format!(
                        "{name}: line {line}: seat '{seat}' is not a country id"
                    )));
                };
                self.seat_of.insert(index, country);
            }
            let target = Target::Entity {
                entity: index,
                form: Form::Name,
            };
            // A name listed as case-sensitive ("the West") matches only in that case.
            if !list(case_sensitive).any(|exact| strip_article(exact) == strip_article(full)) {
                self.add_surface(full, target.clone(), false);
            }
            for alias in list(aliases) {
                self.add_surface(alias, target.clone(), false);
            }
            for alias in list(case_sensitive) {
                self.add_surface(alias, target.clone(), true);
            }
        }
        Ok(())
    }

    fn add_roles(&mut self, text: &str, header: &str, name: &str) -> Result<()> {
        for (line, fields) in rows(text, header, name)? {
            let (role, aliases, scope, means) = match fields[..] {
                [role, aliases, scope] => (role, aliases, scope, ""),
                [role, aliases, scope, means] => (role, aliases, scope, means),
                _ => continue,
            };
            if role.is_empty() {
                continue;
            }
            let after_name = match scope.trim() {
                "organisation" => {
                    self.organisation_roles.insert(role.to_string());
                    false
                }
                "after-name" => true,
                "country" | "any" | "" => false,
                other => {
                    return Err(Error::Gazetteer(format!(
                        "{name}: line {line}: unknown scope '{other}' (country, organisation, any or after-name)"
                    )));
                }
            };
            if !means.is_empty() {
                // "foreign minister except IND|PAK": a local title, its own role only in the
                // listed states and another role's title everywhere else.
                // "secretary of state in USA": the other way round, another role's title
                // only in the listed states.
                let (elsewhere, except, only) =
                    match (means.split_once(" except "), means.split_once(" in ")) {
                        (Some((elsewhere, except)), _) => {
                            (elsewhere.trim(), list(except).collect(), false)
                        }
                        (None, Some((there, only))) => (there.trim(), list(only).collect(), true),
                        (None, None) => (means, Vec::new(), false),
                    };
                if elsewhere.is_empty() || elsewhere == role {
                    return Err(Error::Gazetteer(format!(
                        "{name}: line {line}: 'means' must name another role, optionally followed by 'except ID|ID' or 'in ID|ID'"
                    )));
                }
                self.local_titles.insert(
                    role.to_string(),
                    LocalTitle {
                        other: elsewhere.to_string(),
                        listed: except.into_iter().map(str::to_string).collect(),
                        only,
                    },
                );
            }
            let index = match self.roles.iter().position(|known| known == role) {
                Some(index) => index,
                None => {
                    self.roles.push(role.to_string());
                    if let Some(head) = role.rsplit(' ').next() {
                        self.role_heads.insert(head.to_string());
                    }
                    self.roles.len() - 1
                }
            };
            if after_name {
                self.after_name_roles.insert(index);
            }
            for surface in std::iter::once(role).chain(list(aliases)) {
                self.add_surface(surface, Target::Role(index), false);
            }
        }
        Ok(())
    }

    fn add_officials(&mut self, text: &str, header: &str, name: &str) -> Result<()> {
        for (line, mut fields) in rows(text, header, name)? {
            fields.resize(9, "");
            let [id, full, aliases, of, role, from, to, qid, gender] = fields[..] else {
                continue;
            };
            let gender = match gender {
                "" | "?" => None,
                "f" => Some(Gender::Female),
                "m" => Some(Gender::Male),
                other => {
                    return Err(Error::Gazetteer(format!(
                        "{name}: line {line}: gender '{other}' is not f, m, ? or empty"
                    )));
                }
            };
            if id.is_empty() || full.is_empty() {
                return Err(Error::Gazetteer(format!(
                    "{name}: line {line}: id and name are required"
                )));
            }
            let mut entity = Gazetteer::new_entity(id, EntityKind::Person, full, qid);
            entity.aliases = list(aliases).map(str::to_string).collect();
            let person = self.entity_slot(entity);
            if let Some(gender) = gender {
                self.genders.insert(person, gender);
            }
            let target = Target::Entity {
                entity: person,
                form: Form::Name,
            };
            self.add_surface(full, target.clone(), false);
            // "President Xi" is a title and a name: recognition reads titles as roles, so
            // such aliases would hide the role (and the official_of fact it gives).
            let plain: Vec<&str> = list(aliases)
                .filter(|alias| !self.starts_with_role(alias))
                .collect();
            for alias in plain {
                self.add_surface(alias, target.clone(), is_acronym(alias));
            }
            let Some(&of) = self.by_id.get(of) else {
                return Err(Error::Gazetteer(format!(
                    "{name}: line {line}: '{of}' is not a known country or organisation id"
                )));
            };
            let term = |end: &str| -> Result<Option<Period>> {
                if end.is_empty() {
                    return Ok(None);
                }
                Period::parse(end).map(Some).ok_or_else(|| {
                    Error::Gazetteer(format!(
                        "{name}: line {line}: '{end}' is not a year (YYYY) or a month (YYYY-MM)"
                    ))
                })
            };
            let (from, to) = (term(from)?, term(to)?);
            self.offices_by_person
                .entry(person)
                .or_default()
                .push(self.officials.len());
            self.officials.push(Official {
                person,
                of,
                role: role.to_string(),
                from: from.map(|period| period.first),
                to: to.map(|period| period.last),
            });
        }
        Ok(())
    }

    /// Whether a surface begins with a role ("President Xi", "Prime Minister Modi").
    fn starts_with_role(&self, surface: &str) -> bool {
        let folded = fold(surface);
        let tokens: Vec<&str> = folded.split(' ').collect();
        (1..tokens.len()).any(|length| {
            self.lookup(&tokens[..length].join(" "))
                .is_some_and(|targets| {
                    targets
                        .iter()
                        .any(|target| matches!(target, Target::Role(_)))
                })
        })
    }

    fn add_places(&mut self, text: &str, name: &str) -> Result<()> {
        for (line, fields) in rows(text, PLACE_HEADER, name)? {
            let [id, place_name, country, aliases, qid] = fields[..] else {
                continue;
            };
            let Some(&country) = self.by_id.get(country) else {
                return Err(Error::Gazetteer(format!(
                    "{name}: line {line}: unknown country id '{country}'"
                )));
            };
            let mut entity = Gazetteer::new_entity(id, EntityKind::Place, place_name, qid);
            entity.aliases = list(aliases).map(str::to_string).collect();
            let place = self.entity_slot(entity);
            self.place_in.insert(place, country);
            for surface in std::iter::once(place_name).chain(list(aliases)) {
                self.add_surface(
                    surface,
                    Target::Entity {
                        entity: place,
                        form: Form::Place,
                    },
                    false,
                );
            }
        }
        Ok(())
    }

    /// Descriptions ("the Gulf state": one of these countries) or, with `members`, names
    /// of fixed groups of countries ("the Baltic states": all of them).
    fn add_descriptions(&mut self, text: &str, name: &str, members: bool) -> Result<()> {
        let header = if members {
            GROUP_HEADER
        } else {
            DESCRIPTION_HEADER
        };
        for (line, fields) in rows(text, header, name)? {
            let [phrases, countries] = fields[..] else {
                continue;
            };
            let mut indices = Vec::new();
            for country in list(countries) {
                match self.by_id.get(country) {
                    Some(&index) if self.entities[index].kind == EntityKind::Country => {
                        indices.push(index)
                    }
                    _ => {
                        return Err(Error::Gazetteer(format!(
                            "{name}: line {line}: unknown country id '{country}'"
                        )));
                    }
                }
            }
            let target = if members {
                Target::Members(indices)
            } else {
                Target::Description(indices)
            };
            for phrase in list(phrases) {
                self.add_surface(phrase, target.clone(), false);
            }
        }
        Ok(())
    }

    fn add_ambiguous(&mut self, text: &str, name: &str) -> Result<()> {
        for (line, fields) in rows(text, AMBIGUOUS_HEADER, name)? {
            let [surface, candidates, _note] = fields[..] else {
                continue;
            };
            let mut resolved = Vec::new();
            let mut other_sense = false;
            let mut name_sense = false;
            for candidate in list(candidates) {
                if candidate == "-" {
                    other_sense = true;
                } else if candidate == "-name" {
                    other_sense = true;
                    name_sense = true;
                } else if let Some(&index) = self.by_id.get(candidate) {
                    resolved.push(index);
                } else {
                    return Err(Error::Gazetteer(format!(
                        "{name}: line {line}: unknown candidate id '{candidate}'"
                    )));
                }
            }
            let surface = strip_article(surface.trim());
            let key = fold(surface);
            // The look-up starts from the surface's first word: an ambiguous surface that
            // is no other entry's surface ("Georgian") must be reachable from it too.
            let first = key.split(' ').next().unwrap_or("").to_string();
            let tokens = tokenize(surface).len();
            let longest = self.longest.entry(first).or_insert(0);
            *longest = (*longest).max(tokens);
            self.folded.insert(
                key,
                vec![Target::Ambiguous {
                    candidates: resolved,
                    other_sense,
                    name_sense,
                }],
            );
        }
        Ok(())
    }

    pub fn entity(&self, index: usize) -> &Entity {
        &self.entities[index]
    }

    /// The entity at an index, shared: articles refer to gazetteer entities without
    /// copying them.
    pub fn shared_entity(&self, index: usize) -> std::sync::Arc<Entity> {
        std::sync::Arc::clone(&self.entities[index])
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn entities(&self) -> &[std::sync::Arc<Entity>] {
        &self.entities
    }

    pub fn role(&self, index: usize) -> &str {
        &self.roles[index]
    }

    /// Whether a folded word is the last word of a role ("secretary", "minister"): a title
    /// before a name, not a given name ("Secretary Rubio").
    pub fn ends_a_role(&self, word: &str) -> bool {
        self.role_heads.contains(word)
    }

    /// What a role title means for an office in a body (a country's or organisation's id):
    /// a local title ("foreign secretary") is its own role only where the roles file says so
    /// (India's is a senior diplomat) and the role it names elsewhere (Britain's is the
    /// foreign minister).
    pub fn role_in<'a>(&'a self, role: &'a str, body: &str) -> &'a str {
        match self.local_titles.get(role) {
            Some(title) if title.listed.iter().any(|id| id == body) == title.only => &title.other,
            _ => role,
        }
    }

    /// Whether a role is a title only right after a name (the roles file's scope
    /// `after-name`).
    pub fn after_name_role(&self, role: usize) -> bool {
        self.after_name_roles.contains(&role)
    }

    /// Whether a role is held only in organisations (the roles file's scope).
    pub fn organisation_role(&self, role: &str) -> bool {
        self.organisation_roles.contains(role)
    }

    /// The country a capital place belongs to.
    pub fn capital_of(&self, place: usize) -> Option<usize> {
        self.capital_of.get(&place).copied()
    }

    /// The capital of a country, when the gazetteer records one.
    pub fn capital_in(&self, country: usize) -> Option<usize> {
        self.capital_in.get(&country).copied()
    }

    /// The country a place lies in: a capital's, or a listed city's.
    /// The country an organisation has its seat in, if known.
    pub fn seat_of(&self, organisation: usize) -> Option<usize> {
        self.seat_of.get(&organisation).copied()
    }

    pub fn country_of_place(&self, place: usize) -> Option<usize> {
        self.capital_of(place)
            .or_else(|| self.place_in.get(&place).copied())
    }

    /// The id of the country a place, given by its id, lies in (a capital's or a listed
    /// place's).
    pub fn country_id_of_place(&self, place: &str) -> Option<&str> {
        let country = self.country_of_place(self.index_of(place)?)?;
        Some(self.entity(country).id.as_str())
    }

    /// The terms in office of a person.
    pub fn offices_of(&self, person: usize) -> impl Iterator<Item = &Official> {
        self.offices_by_person
            .get(&person)
            .into_iter()
            .flatten()
            .map(|&at| &self.officials[at])
    }

    /// The gender the officials file gives a person, if any.
    pub fn gender_of(&self, person: &str) -> Option<Gender> {
        self.genders.get(&self.index_of(person)?).copied()
    }

    /// The one country a person served in the given period (see `office_at`), if the
    /// office is a country's.
    pub fn state_served(&self, person: usize, when: Option<Period>) -> Option<usize> {
        self.office_at(person, None, when)
            .filter(|&office| self.entities[office].kind == EntityKind::Country)
    }

    /// The one country or organisation a person served (in `role`, if given) in the
    /// given period, or at any time when the period is unknown; `None` when there is no
    /// such office or more than one.
    pub fn office_at(
        &self,
        person: usize,
        role: Option<&str>,
        when: Option<Period>,
    ) -> Option<usize> {
        the_only(
            self.offices_of(person)
                .filter(|office| {
                    role.is_none_or(|role| {
                        office.role == self.role_in(role, &self.entities[office.of].id)
                    })
                })
                .filter(|office| office.in_office(when))
                .map(|office| office.of)
                .collect(),
        )
    }

    /// The one person who held `role` at `body` in the period and whose name opens with
    /// `word` ("King Hamad of Bahrain" is Hamad bin Isa Al Khalifa); `None` when there is no
    /// such person or more than one. Without a body, the one such person of any body ("King
    /// Charles").
    pub fn holder_called(
        &self,
        body: Option<usize>,
        role: &str,
        word: &str,
        when: Option<Period>,
    ) -> Option<usize> {
        let word = fold(word);
        let role = match body {
            Some(body) => self.role_in(role, &self.entities.get(body)?.id),
            None => role,
        };
        let found: Vec<usize> = self
            .officials
            .iter()
            .filter(|office| {
                body.is_none_or(|body| office.of == body)
                    && office.role == role
                    && office.in_office(when)
            })
            .filter(|office| {
                self.entities[office.person]
                    .name
                    .split(' ')
                    .next()
                    .is_some_and(|first| fold(first) == word)
            })
            .map(|office| office.person)
            .collect();
        the_only(found)
    }

    /// The roles of a person's offices at a body that overlap the period, in the order the
    /// officials files list them: a person's main office first ("foreign minister" before
    /// "foreign affairs commission director").
    pub fn roles_at(
        &self,
        person: usize,
        body: usize,
        when: Option<Period>,
    ) -> impl Iterator<Item = &str> {
        self.offices_of(person)
            .filter(move |office| office.of == body && office.in_office(when))
            .map(|office| office.role.as_str())
    }

    /// How many tokens the longest surface starting with this folded token has.
    pub fn longest_from(&self, folded_token: &str) -> usize {
        self.longest.get(folded_token).copied().unwrap_or(0)
    }

    /// Targets of a folded key.
    pub fn lookup(&self, folded: &str) -> Option<&[Target]> {
        self.folded.get(folded).map(Vec::as_slice)
    }

    /// Targets of an exact-case key (case-sensitive acronyms).
    pub fn lookup_exact(&self, exact: &str) -> Option<&[Target]> {
        self.exact.get(exact).map(Vec::as_slice)
    }

    /// Finds an entity by id, name or alias, case-insensitively.
    /// The one city or capital a name stands for ("RIYADH" in a dateline), by its id.
    pub fn place_named(&self, name: &str) -> Option<&str> {
        let mut places = self
            .lookup(&fold(name))?
            .iter()
            .filter_map(|target| match target {
                Target::Entity {
                    entity,
                    form: Form::Capital | Form::Place,
                } => Some(*entity),
                _ => None,
            });
        match (places.next(), places.next()) {
            (Some(only), None) => Some(self.entities[only].id.as_str()),
            _ => None,
        }
    }

    pub fn resolve_name(&self, name: &str) -> Option<&Entity> {
        if let Some(&index) = self.by_id.get(name) {
            return Some(self.entity(index));
        }
        if let Some(index) = self
            .entities
            .iter()
            .position(|entity| entity.id.eq_ignore_ascii_case(name))
        {
            return Some(self.entity(index));
        }
        let targets = self
            .lookup_exact(name)
            .or_else(|| self.lookup(&fold(strip_article(name))))?;
        targets.iter().find_map(|target| match target {
            Target::Entity {
                entity,
                form: Form::Name | Form::Seat,
            } => Some(self.entity(*entity)),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_gazetteer_loads_and_resolves_variants() {
        let gazetteer = Gazetteer::builtin().unwrap();
        for (name, id) in [
            ("Russia", "RUS"),
            ("Türkiye", "TUR"),
            ("Turkey", "TUR"),
            ("Ivory Coast", "CIV"),
            ("Burma", "MMR"),
            ("Britain", "GBR"),
            ("U.S.", "USA"),
            ("the Kremlin", "RUS"),
            ("shanghai cooperation organization", "SCO"),
            ("SCO", "SCO"),
        ] {
            assert_eq!(
                gazetteer
                    .resolve_name(name)
                    .map(|entity| entity.id.as_str()),
                Some(id),
                "{name}"
            );
        }
        let ambiguous = gazetteer.lookup(&fold("Georgia")).unwrap();
        assert!(matches!(ambiguous[0], Target::Ambiguous { .. }));
    }

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slug("Recep Tayyip Erdoğan"), "recep-tayyip-erdogan");
        assert_eq!(slug("S. Jaishankar"), "s-jaishankar");
    }

    #[test]
    fn user_files_are_recognised_by_header_and_bad_ones_refused() {
        let mut gazetteer = Gazetteer::builtin().unwrap();
        gazetteer
            .add_file("id\tname\tkind\taliases\tcase_sensitive\tqid\nQUINT\tThe Quint\tgroup\tQuint group\t\t\n", "mine.tsv")
            .unwrap();
        assert_eq!(gazetteer.resolve_name("quint group").unwrap().id, "QUINT");
        assert!(gazetteer.add_file("a\tb\n", "bad.tsv").is_err());
    }

    #[test]
    fn officials_files_give_a_gender_and_older_ones_still_load() {
        let mut gazetteer = Gazetteer::builtin().unwrap();
        use super::Gender::{Female, Male};
        assert_eq!(gazetteer.gender_of("giorgia-meloni"), Some(Female));
        assert_eq!(gazetteer.gender_of("friedrich-merz"), Some(Male));
        let header = "id\tname\taliases\tof\trole\tfrom\tto\tqid";
        gazetteer
            .add_file(
                &format!("{header}\tgender\nana-example\tAna Example\t\tPRT\tforeign minister\t2025\t\t\tf\n"),
                "mine.tsv",
            )
            .unwrap();
        assert_eq!(gazetteer.gender_of("ana-example"), Some(Female));
        // The header before the gender column is still read, with no gender.
        gazetteer
            .add_file(
                &format!("{header}\njo-example\tJo Example\t\tPRT\tdefence minister\t2025\t\t\n"),
                "old.tsv",
            )
            .unwrap();
        assert_eq!(gazetteer.gender_of("jo-example"), None);
        let bad = format!("{header}\tgender\nx-example\tX Example\t\tPRT\tminister\t\t\t\tq\n");
        assert!(gazetteer.add_file(&bad, "bad.tsv").is_err());
    }

    #[test]
    fn an_organisations_seat_is_a_known_country() {
        let mut gazetteer = Gazetteer::builtin().unwrap();
        let seat = |gazetteer: &Gazetteer, id: &str| {
            let body = gazetteer.index_of(id)?;
            Some(gazetteer.entity(gazetteer.seat_of(body)?).id.clone())
        };
        assert_eq!(seat(&gazetteer, "NATO").as_deref(), Some("BEL"));
        assert_eq!(seat(&gazetteer, "BRICS"), None);
        let header = "id\tname\tkind\taliases\tcase_sensitive\tqid\tseat\n";
        gazetteer
            .add_file(
                &format!("{header}EAPC\tEast Africa Power Pool\torganisation\t\t\t\tETH\n"),
                "mine.tsv",
            )
            .unwrap();
        assert_eq!(seat(&gazetteer, "EAPC").as_deref(), Some("ETH"));
        let unknown = format!("{header}XYZ\tNowhere Body\torganisation\t\t\t\tATLANTIS\n");
        assert!(gazetteer.add_file(&unknown, "bad.tsv").is_err());
    }

    #[test]
    fn no_surface_names_two_roles() {
        // A surface listed under two roles is ambiguous and never read as a role at all.
        let gazetteer = Gazetteer::builtin().unwrap();
        for (surface, targets) in &gazetteer.folded {
            let roles = targets
                .iter()
                .filter(|target| matches!(target, Target::Role(_)))
                .count();
            assert!(roles <= 1, "{surface} names {roles} roles");
        }
    }

    #[test]
    fn local_titles_name_another_role_outside_their_states() {
        let mut gazetteer = Gazetteer::builtin().unwrap();
        for (title, body, meant) in [
            ("foreign secretary", "GBR", "foreign minister"),
            ("foreign secretary", "IND", "foreign secretary"),
            ("foreign minister", "IND", "foreign minister"),
            ("state secretary", "USA", "secretary of state"),
            ("state secretary", "DEU", "state secretary"),
        ] {
            assert_eq!(gazetteer.role_in(title, body), meant, "{title} in {body}");
        }
        // A person's office is found under the local title where it names the role.
        let lammy = gazetteer.index_of("david-lammy").unwrap();
        let gbr = gazetteer.index_of("GBR").unwrap();
        assert_eq!(
            gazetteer.office_at(lammy, Some("foreign secretary"), Some(Period::year(2024))),
            Some(gbr)
        );
        // Terms may end in a month: who held an office in the month of a change.
        gazetteer
            .add_file(
                "id\tname\taliases\tof\trole\tfrom\tto\tqid\tgender\n\
                 old-hand\tOld Hand\t\tNOR\tforeign minister\t2019\t2023-07\t\tm\n\
                 new-hand\tNew Hand\t\tNOR\tforeign minister\t2023-08\t\t\tf\n",
                "terms.tsv",
            )
            .unwrap();
        let nor = gazetteer.index_of("NOR");
        let old = gazetteer.index_of("old-hand").unwrap();
        let new = gazetteer.index_of("new-hand").unwrap();
        for (who, when, serving) in [
            (old, Period::month(2023, 7), nor),
            (old, Period::month(2023, 8), None),
            (new, Period::month(2023, 7), None),
            (new, Period::month(2023, 8), nor),
            (old, Period::year(2023), nor),
            (new, Period::year(2023), nor),
            (new, Period::year(2022), None),
        ] {
            assert_eq!(gazetteer.state_served(who, Some(when)), serving, "{when:?}");
        }
        let malformed = "id\tname\taliases\tof\trole\tfrom\tto\tqid\tgender\n\
                         x-y\tX Y\t\tNOR\tforeign minister\t2023-13\t\t\t\n";
        assert!(gazetteer.add_file(malformed, "bad-term.tsv").is_err());
        // Users' files: the older header still loads, and 'means' must name another role.
        gazetteer
            .add_file("role\taliases\tscope\nchief whip\t\tcountry\n", "old.tsv")
            .unwrap();
        let bad = "role\taliases\tscope\tmeans\nwhip\t\tcountry\twhip except GBR\n";
        assert!(gazetteer.add_file(bad, "bad.tsv").is_err());
    }
}
