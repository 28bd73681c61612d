//! Time expressions: finds dates, months, years and relative expressions ("next year",
//! "on Thursday", "last month") in a sentence and resolves them against the article's
//! publication date. Without a publication date, relative expressions stay unresolved.

use regex::bytes::{Regex, RegexBuilder};
use std::sync::LazyLock;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD` (a longer timestamp is cut to its date).
    pub fn parse(text: &str) -> Option<Date> {
        let text = text.trim();
        let date = text.get(..10)?;
        let mut parts = date.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        Date::new(year, month, day)
    }

    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let date = Date { year, month, day };
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(date)
    }

    /// Days since 1970-01-01 (Howard Hinnant's civil calendar algorithm).
    fn days(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month = i64::from(self.month);
        let day_of_year =
            (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    fn from_days(days: i64) -> Date {
        let days = days + 719_468;
        let era = days.div_euclid(146_097);
        let day_of_era = days - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Monday = 0 … Sunday = 6.
    fn weekday(self) -> i64 {
        (self.days() + 3).rem_euclid(7)
    }

    fn add_days(self, days: i64) -> Date {
        Date::from_days(self.days() + days)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// A time stated in a sentence, resolved as far as the publication date allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatedTime {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub value: String,
    /// The time lies after the publication date.
    pub future: bool,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether a folded word names a weekday or a month ("Friday", "May"): capitalised, but
/// not a name.
pub fn is_calendar_word(folded: &str) -> bool {
    WEEKDAYS.contains(&folded) || MONTHS.contains(&folded)
}

static PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    let month = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:\\ ?\\.)?";
    let pattern = format!(
        r"(?xi)
        \b(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})\b
      | \b(?P<dm_day>\d{{1,2}})\ (?P<dm_month>{month})\ (?P<dm_year>\d{{4}})\b
      | \b(?P<md_month>{month})\ (?P<md_day>\d{{1,2}})(?:\ ?,)?\ (?P<md_year>\d{{4}})\b
      | \b(?P<my_month>{month})\ (?P<my_year>\d{{4}})\b
      | \b(?P<mdn_month>{month})\ (?P<mdn_day>\d{{1,2}})\b
      | \b(?i:(?P<rel>next|last|this|coming|previous))\ (?i:(?P<unit>year|month|week))\b
      | \b(?i:(?P<day_rel>next|last|this)\ )?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:\ of\ (?i:(?P<week_rel>last|next))\ week\b)?
      | \b(?P<deictic>yesterday|today|tomorrow)\b
      | \b(?i:in|by|since|from|until|before|after|during|of)\ (?P<year>(?:19|20)\d{{2}})\b
      | \b(?i:in|during|early|late|mid|mid-)\ ?(?P<bare_month>January|February|March|April|May|June|July|August|September|October|November|December)\b(?:\ (?P<bare_year>\d{{4}})\b|\ (?i:(?P<bare_rel>last|next|this))\ (?i:year)\b)?
    "
    );
    RegexBuilder::new(&pattern)
        .unicode(false)
        .build()
        .unwrap_or_else(|error| panic!("time pattern: {error}"))
});

/// How many units a relative word moves from the publication: "next" one on, "last" one
/// back, "this" none.
fn step_of(relative: &str) -> i32 {
    match relative.to_ascii_lowercase().as_str() {
        "next" | "coming" => 1,
        "last" | "previous" => -1,
        _ => 0,
    }
}

fn month_number(name: &str) -> Option<u32> {
    let lower = name.trim_end_matches(['.', ' ']).to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|month| month.starts_with(&lower) && lower.len() >= 3)
        .map(|index| index as u32 + 1)
}

/// Finds the first time expression of a sentence and resolves it against `published`.
pub fn find(sentence: &str, published: Option<Date>) -> Option<StatedTime> {
    find_as(sentence, published, false)
}

/// Like `find`, for a statement about the future ("will travel to Tokyo on Friday"): a bare
/// weekday is the next such day, on or after publication, not the last one.
pub fn find_as(sentence: &str, published: Option<Date>, prospective: bool) -> Option<StatedTime> {
    stated_times(sentence, published, prospective).next()
}

/// Every time expression of a stretch, in order ("in 2023 and 2024 respectively").
pub fn find_all_as(sentence: &str, published: Option<Date>, prospective: bool) -> Vec<StatedTime> {
    stated_times(sentence, published, prospective).collect()
}

fn stated_times(
    sentence: &str,
    published: Option<Date>,
    prospective: bool,
) -> impl Iterator<Item = StatedTime> + '_ {
    let mut matches = PATTERN.captures_iter(sentence.as_bytes()).peekable();
    std::iter::from_fn(move || {
        while let Some(captures) = matches.next() {
            // "on Friday, June 27": the date that follows names the day.
            let end = captures.get(0).map_or(0, |found| found.end());
            if captures.name("weekday").is_some()
                && matches
                    .peek()
                    .and_then(|next| next.get(0))
                    .is_some_and(|next| next.start() <= end + 3)
            {
                continue;
            }
            if let Some(found) = resolve(&captures, published, prospective) {
                return Some(found);
            }
        }
        None
    })
}

fn resolve(
    captures: &regex::bytes::Captures<'_>,
    published: Option<Date>,
    prospective: bool,
) -> Option<StatedTime> {
    let text = |name: &str| {
        captures
            .name(name)
            .and_then(|found| std::str::from_utf8(found.as_bytes()).ok())
    };
    let absolute = |value: String, compare: Option<Date>| {
        let future = match (published, compare) {
            (Some(published), Some(date)) => date > published,
            _ => false,
        };
        Some(StatedTime { value, future })
    };
    if let Some(iso) = text("iso") {
        let date = Date::parse(iso)?;
        return absolute(date.to_string(), Some(date));
    }
    for (day, month, year) in [
        ("dm_day", "dm_month", "dm_year"),
        ("md_day", "md_month", "md_year"),
    ] {
        if let (Some(day), Some(month), Some(year)) = (text(day), text(month), text(year)) {
            let date = Date::new(year.parse().ok()?, month_number(month)?, day.parse().ok()?)?;
            return absolute(date.to_string(), Some(date));
        }
    }
    // "June 27" without a year: the publication year, or the next one for a plan that
    // would otherwise lie more than two weeks in the past (a plan a few days back is one
    // under way: "will visit Germany, France and Norway from May 8 to 12" in a report of
    // May 10).
    if let (Some(month), Some(day), Some(published)) =
        (text("mdn_month"), text("mdn_day"), published)
    {
        let (month, day) = (month_number(month)?, day.parse().ok()?);
        let mut date = Date::new(published.year, month, day)?;
        if prospective && date.days() < published.days() - 14 {
            date = Date::new(published.year + 1, month, day)?;
        }
        return absolute(date.to_string(), Some(date));
    }
    // A month of a year, "future" when it comes after the publication's.
    let month_of = |year: i32, month: u32| StatedTime {
        value: format!("{year:04}-{month:02}"),
        future: published
            .is_some_and(|published| (year, month) > (published.year, published.month)),
    };
    // "in August 2023" names the year; so does a bare month's ("in August") with a year
    // after it.
    for (month, year) in [("my_month", "my_year"), ("bare_month", "bare_year")] {
        if let (Some(month), Some(year)) = (text(month), text(year)) {
            return Some(month_of(year.parse().ok()?, month_number(month)?));
        }
    }
    if let Some(year) = text("year") {
        let year: i32 = year.parse().ok()?;
        let future = published.is_some_and(|published| year > published.year);
        return Some(StatedTime {
            value: year.to_string(),
            future,
        });
    }
    // "in August" without a year: for a plan, the next August (from the publication's
    // month on); for what is told as done, this year's when it has come, and no guess
    // otherwise ("the war began in October", read in July, may be last year's).
    if let Some(month) = text("bare_month") {
        let month = month_number(month)?;
        let published = published?;
        // "in July last year", "in March next year".
        let year = if let Some(relative) = text("bare_rel") {
            published.year + step_of(relative)
        } else if month == published.month || (month < published.month) != prospective {
            published.year
        } else if prospective {
            published.year + 1
        } else {
            return None;
        };
        return Some(month_of(year, month));
    }
    let published = published?;
    if let (Some(relative), Some(unit)) = (text("rel"), text("unit")) {
        let step = step_of(relative);
        return Some(match unit.to_ascii_lowercase().as_str() {
            "year" => StatedTime {
                value: (published.year + step).to_string(),
                future: step > 0,
            },
            "month" => {
                let index = published.year * 12 + published.month as i32 - 1 + step;
                StatedTime {
                    value: format!(
                        "{:04}-{:02}",
                        index.div_euclid(12),
                        index.rem_euclid(12) + 1
                    ),
                    future: step > 0,
                }
            }
            // A week is no day: "earlier this week", "last week" name the month when the
            // whole week lies in one, and nothing finer.
            _ => {
                let monday = published.add_days(7 * i64::from(step) - published.weekday());
                let sunday = monday.add_days(6);
                if (monday.year, monday.month) != (sunday.year, sunday.month) {
                    return None;
                }
                StatedTime {
                    value: format!("{:04}-{:02}", monday.year, monday.month),
                    future: step > 0,
                }
            }
        });
    }
    if let Some(weekday) = text("weekday") {
        let wanted = WEEKDAYS
            .iter()
            .position(|day| day.eq_ignore_ascii_case(weekday))? as i64;
        let today = published.weekday();
        let relative = text("day_rel").map(str::to_ascii_lowercase);
        // "on Tuesday of last week": that week's day.
        let week = text("week_rel").map(str::to_ascii_lowercase);
        let offset = if let Some(week) = week.as_deref() {
            wanted - today + if week == "last" { -7 } else { 7 }
        } else if relative.as_deref() == Some("next") {
            (wanted - today).rem_euclid(7).max(1)
                + if (wanted - today).rem_euclid(7) == 0 {
                    6
                } else {
                    0
                }
        } else if matches!(relative.as_deref(), Some("last")) {
            // "last Friday" in a Friday's paper is a week ago.
            match (today - wanted).rem_euclid(7) {
                0 => -7,
                back => -back,
            }
        } else if prospective && relative.is_none() {
            // A plan ("will meet on Friday"): the next such day.
            (wanted - today).rem_euclid(7)
        } else {
            // News reports past events: the most recent such day, on or before publication.
            -((today - wanted).rem_euclid(7))
        };
        return Some(StatedTime {
            value: published.add_days(offset).to_string(),
            future: offset > 0,
        });
    }
    if let Some(deictic) = text("deictic") {
        let offset = match deictic {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        return Some(StatedTime {
            value: published.add_days(offset).to_string(),
            future: offset > 0,
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_times_resolve_against_the_publication_date() {
        let published = Date::parse("2022-07-28");
        let cases = [
            ("Iran is on course to join next year.", Some(("2023", true))),
            ("They met on Thursday.", Some(("2022-07-28", false))),
            ("They met on Monday.", Some(("2022-07-25", false))),
            // A weekday of last week, and "last Thursday" in a Thursday's paper.
            (
                "It struck on Tuesday of last week.",
                Some(("2022-07-19", false)),
            ),
            ("They met last Thursday.", Some(("2022-07-21", false))),
            ("It joined last month.", Some(("2022-06", false))),
            // A week names its month, and no day; a week across two months names nothing.
            ("They met last week.", Some(("2022-07", false))),
            ("He will visit next week.", Some(("2022-08", true))),
            (
                "He visited Paris earlier this week.",
                Some(("2022-07", false)),
            ),
            ("It joined in 2017.", Some(("2017", false))),
            ("Talks on 5 March 2023.", Some(("2023-03-05", true))),
            ("Talks on March 5, 2021.", Some(("2021-03-05", false))),
            // An abbreviated month as the rules see it, its point a token of its own.
            ("talks on dec . 1", Some(("2022-12-01", true))),
            ("talks on Aug. 3, 2021.", Some(("2021-08-03", false))),
            // As the rules see it, with the comma a token of its own.
            ("left on january 31 , 2020 .", Some(("2020-01-31", false))),
            ("No time here.", None),
        ];
        for (sentence, expected) in cases {
            let found = find(sentence, published).map(|time| (time.value, time.future));
            assert_eq!(
                found,
                expected.map(|(value, future)| (value.to_string(), future)),
                "{sentence}"
            );
        }
        // A statement about the future: a bare weekday is the next one; a plan dated a few
        // days back is under way, one months back is next year's.
        let plans = [
            ("will meet on Friday", "2025-06-12", "2025-06-13"),
            ("will travel on Friday, June 27", "2025-06-12", "2025-06-27"),
            ("will visit from May 8 to 12", "2023-05-10", "2023-05-08"),
            ("will visit on January 5", "2023-12-20", "2024-01-05"),
        ];
        for (sentence, published, expected) in plans {
            assert_eq!(
                find_as(sentence, Date::parse(published), true).map(|time| time.value),
                Some(expected.to_string()),
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_week_across_two_months_names_no_time() {
        // Thursday 3 July 2025: its week runs from 30 June to 6 July.
        assert_eq!(
            find("He visited earlier this week.", Date::parse("2025-07-03")),
            None
        );
    }

    #[test]
    fn a_month_without_a_year_is_the_next_for_a_plan_and_a_past_one_for_a_deed() {
        let published = Date::parse("2023-07-17");
        // (text, told as a plan, the time read and whether it lies ahead)
        let cases = [
            (
                "He will visit Turkey in August.",
                true,
                Some(("2023-08", true)),
            ),
            (
                "He will visit Turkey in May.",
                true,
                Some(("2024-05", true)),
            ),
            (
                "He visited Turkey in March.",
                false,
                Some(("2023-03", false)),
            ),
            // Told as done, a month still to come this year is last year's or a mistake.
            ("The war began in October.", false, None),
            // A year after the month is the year's, not the bare month's.
            (
                "He visited in mid-August 2021.",
                false,
                Some(("2021-08", false)),
            ),
            (
                "He visited Moscow in July last year.",
                false,
                Some(("2022-07", false)),
            ),
            (
                "He will visit in March next year.",
                true,
                Some(("2024-03", true)),
            ),
            // "may" the verb is no month.
            ("He may visit Turkey.", true, None),
        ];
        for (text, prospective, wanted) in cases {
            let found = find_as(text, published, prospective);
            assert_eq!(
                found
                    .as_ref()
                    .map(|time| (time.value.as_str(), time.future)),
                wanted,
                "{text}"
            );
        }
    }

    #[test]
    fn relative_times_stay_unresolved_without_a_date() {
        assert_eq!(find("Iran is set to join next year.", None), None);
        assert_eq!(find("It joined in 2017.", None).unwrap().value, "2017");
    }
}
