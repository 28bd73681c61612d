//! Scores the extractor on the development set (`tests/fixtures/devset.toml`): texts the
//! team wrote, each with the facts it must and must not yield. Prints precision and
//! recall, and fails when they fall below the floors the project has reached.

use diplograph::ingest::{Article, Knowledge, extract_article};
use serde::Deserialize;
use std::collections::BTreeSet;

#[derive(Deserialize)]
struct DevSet {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    #[serde(default)]
    date: Option<String>,
    text: String,
    #[serde(default)]
    expect: Vec<String>,
    #[serde(default)]
    allow: Vec<String>,
    #[serde(default)]
    reject: Vec<String>,
    #[serde(default)]
    html: bool,
}

const SYMMETRIC: &[&str] = &[
    "met_with",
    "agreed_with",
    "cooperates_with",
    "friendly_with",
    "at_odds_with",
];

/// "A rel B [q] !neg" → "A rel B" (+ " !neg"), ends sorted for symmetric relations.
fn normalise(fact: &str) -> String {
    let negated = fact.trim_end().ends_with("!neg");
    let without_qualifiers = match fact.find(" [") {
        Some(at) => &fact[..at],
        None => fact.trim_end_matches("!neg").trim_end(),
    };
    let parts: Vec<&str> = without_qualifiers.split_whitespace().collect();
    let (mut subject, relation, mut object) = (parts[0], parts[1], parts[2]);
    if SYMMETRIC.contains(&relation) && object < subject {
        std::mem::swap(&mut subject, &mut object);
    }
    format!(
        "{subject} {relation} {object}{}",
        if negated { " !neg" } else { "" }
    )
}

/// Scores the extractor on one set; prints what it got wrong and returns (precision, recall).
fn score(file: &str) -> (f64, f64) {
    let path = format!("{}/tests/fixtures/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let devset: DevSet = toml::from_str(&text).unwrap();
    let knowledge = Knowledge::builtin().unwrap();
    let (mut true_positives, mut produced_scored, mut expected_total, mut rejected_hits) =
        (0, 0, 0, 0);
    let mut report = Vec::new();
    for case in &devset.case {
        let article = Article {
            doc: case.id.clone(),
            text: case.text.clone(),
            html: case.html,
            date: case.date.clone(),
            ..Article::default()
        };
        let extraction = extract_article(&article, &knowledge);
        let produced: BTreeSet<String> = extraction
            .facts
            .iter()
            .map(|fact| {
                normalise(&format!(
                    "{} {} {}{}",
                    fact.subject.id,
                    fact.relation,
                    fact.object.id,
                    if fact.negated { " !neg" } else { "" }
                ))
            })
            .collect();
        let expected: BTreeSet<String> = case.expect.iter().map(|fact| normalise(fact)).collect();
        let allowed: BTreeSet<String> = case.allow.iter().map(|fact| normalise(fact)).collect();
        let rejected: BTreeSet<String> = case.reject.iter().map(|fact| normalise(fact)).collect();
        expected_total += expected.len();
        for fact in &produced {
            if expected.contains(fact) {
                true_positives += 1;
                produced_scored += 1;
            } else if !allowed.contains(fact) {
                produced_scored += 1;
                if rejected.contains(fact) {
                    rejected_hits += 1;
                }
                report.push(format!("  {:<28} wrong   {fact}", case.id));
            }
        }
        for fact in expected.difference(&produced) {
            report.push(format!("  {:<28} missing {fact}", case.id));
        }
    }
    let precision = true_positives as f64 / produced_scored.max(1) as f64;
    let recall = true_positives as f64 / expected_total.max(1) as f64;
    println!("{}", report.join("\n"));
    println!(
        "{file}: {} cases, {expected_total} expected facts, {produced_scored} produced, {true_positives} correct, {rejected_hits} explicitly rejected; precision {precision:.3}, recall {recall:.3}",
        devset.case.len()
    );
    (precision, recall)
}

/// Scores one set and fails if either figure falls below its floor. The floors sit a
/// little under what the extractor reaches, so that a regression fails.
fn assert_floors(file: &str, precision_floor: f64, recall_floor: f64) {
    let (precision, recall) = score(file);
    assert!(
        precision >= precision_floor,
        "{file}: precision {precision:.3} fell below {precision_floor}"
    );
    assert!(
        recall >= recall_floor,
        "{file}: recall {recall:.3} fell below {recall_floor}"
    );
}

/// The first development set, used while writing the rules.
#[test]
fn development_set_precision_and_recall() {
    assert_floors("devset.toml", 0.97, 0.64);
}

/// A second development set, written by someone who had not seen the rules, in the
/// constructions of wire copy: appositions, noun phrases, attributions, metonymy.
#[test]
fn second_development_set_precision_and_recall() {
    assert_floors("devset2.toml", 0.96, 0.65);
}

/// A third development set, written without the rules in long wire-copy sentences:
/// distributive lists, object relatives, far subjects, quoted criticism, nominalisations.
#[test]
fn third_development_set_precision_and_recall() {
    assert_floors("devset3.toml", 0.94, 0.6);
}

/// A set written after the rules by someone who never saw them. Its first figures were
/// the honest estimate (precision 0.700, recall 0.206); the extractor was then improved
/// against its misses, so it now counts as a development set.
#[test]
fn held_out_set_precision_and_recall() {
    assert_floors("heldout.toml", 0.93, 0.63);
}

/// A fourth development set in the register of wire news (datelines, quotes, far
/// subjects, references across sentences), written blind and then tuned against.
#[test]
fn fourth_development_set_precision_and_recall() {
    assert_floors("devset4.toml", 0.94, 0.59);
}

/// A fifth development set, written blind in the register of wire and web news (all
/// relation kinds, every region, HTML pages with chrome), then tuned against.
#[test]
fn fifth_development_set_precision_and_recall() {
    assert_floors("devset5.toml", 0.93, 0.57);
}

/// A sixth development set, written without sight of the rules, aimed at what wire news
/// says often and a pattern matcher finds hard (officials named without their country,
/// reactions in quotes and subordinate clauses, nominalised events, groups of states).
#[test]
fn sixth_development_set_precision_and_recall() {
    assert_floors("devset6.toml", 0.95, 0.6);
}

/// A seventh development set, written without sight of the rules: officials by surname,
/// stances in and around quotes, lists then group nouns, implied visits, sanctions in the
/// passive, accessions and withdrawals, strikes and threats, rows and friendships. First
/// scored 0.772 / 0.355, then tuned against.
#[test]
fn seventh_development_set_precision_and_recall() {
    assert_floors("devset7.toml", 0.95, 0.48);
}

/// An eighth development set, written without sight of the rules: officials introduced as
/// "Country's Name", reactions to an act named in an earlier sentence, statements of three
/// or more states, nominalised acts, withdrawals with future years. First scored 0.991 /
/// 0.477 (with the session's first changes), then tuned against.
#[test]
fn eighth_development_set_precision_and_recall() {
    assert_floors("devset8.toml", 0.95, 0.55);
}

/// A ninth development set, written without sight of the rules: reactions to an act or a
/// statement of an earlier sentence, officials of organisations on visits, officials named
/// only as "Jordan's Ayman Safadi", BRICS partners and AU suspensions, exits with future
/// years, asset freezes, severed ties. First scored 0.950 / 0.473 (with the rules of the
/// session that added it, before any change), then tuned against.
#[test]
fn ninth_development_set_precision_and_recall() {
    assert_floors("devset9.toml", 0.93, 0.50);
}

/// A tenth development set, written without sight of the rules: membership lists in
/// explainers, threats in nominal and conditional form, meetings in passing, titles that
/// name different offices in different states, opposition leaders and candidates, places
/// in relative clauses. First scored 0.919 / 0.495 (with the session's first change, local
/// titles), then tuned against.
#[test]
fn tenth_development_set_precision_and_recall() {
    assert_floors("devset10.toml", 0.95, 0.52);
}

/// An eleventh development set, written without sight of the rules: visits implied by
/// datelines, meetings in passing, second actors in coordinated clauses, stances in quotes,
/// officials whose country only the context gives, chairs and rotating presidencies. First
/// scored 0.952 / 0.473 with the rules at the start of the session that added it, 0.957 /
/// 0.500 with the rules when it arrived, then tuned against.
#[test]
fn eleventh_development_set_precision_and_recall() {
    assert_floors("devset11.toml", 0.93, 0.50);
}

/// A twelfth development set, written without sight of the rules or the extractor's output:
/// meetings told at country level with the persons in the next sentence, joint statements,
/// officials known from context, stances in quotes, sanctions in coordinated clauses,
/// non-events. First scored 0.966 / 0.473 (with the session's first changes), then tuned
/// against.
#[test]
fn twelfth_development_set_precision_and_recall() {
    assert_floors("devset12.toml", 0.93, 0.45);
}

/// The thirteenth development set (50 items, 496 expected facts, eight HTML pages), written
/// blind in the register of 2025-2026 news: threats of every kind, tariffs, export controls
/// and expulsions, missile and drone strikes told every way, people taking office, trips
/// with several legs, officials whose state only an earlier sentence gives, non-events.
/// First scored 0.953 / 0.456 with the rules at the start of the session (with its
/// allowance), then tuned against to 1.000 / 0.509.
#[test]
fn thirteenth_development_set_precision_and_recall() {
    assert_floors("devset13.toml", 0.97, 0.48);
}

/// The fourteenth development set (50 items, 486 expected facts, eight HTML pages), written
/// blind in the register of 2025-2026 news: meetings and visits told every way, officials
/// introduced every way, stances in quotes and reported speech, sanctions, threats and
/// attacks, memberships and rotating chairs, non-events. First scored 0.975 / 0.477 with the
/// rules at the start of the session, then tuned against.
#[test]
fn fourteenth_development_set_precision_and_recall() {
    assert_floors("devset14.toml", 0.95, 0.46);
}

/// The fifteenth development set (50 items, 379 expected facts, eight HTML pages), written
/// blind in the register of 2025-2026 news and weighted toward the ordinary ways news states
/// facts: stances and reactions in varied verbs and nouns, relations stated as nouns,
/// meetings and visits in every form, officials introduced every way, measures and strikes
/// active and passive, memberships told in passing, non-events. First scored 0.962 / 0.602
/// with the rules at the start of the session, then tuned against.
#[test]
fn fifteenth_development_set_precision_and_recall() {
    assert_floors("devset15.toml", 0.95, 0.58);
}

/// The sixteenth development set (50 items, 447 expected facts, eight HTML pages), written
/// blind in the register of 2025-2026 news from every region and weighted toward what news
/// states most often: criticism in every form, visits and meetings told every way,
/// memberships told in passing, officials introduced every way, measures, non-events. First
/// scored 0.981 / 0.595 with the rules at the start of the session, then tuned against.
#[test]
fn sixteenth_development_set_precision_and_recall() {
    assert_floors("devset16.toml", 0.95, 0.57);
}

/// A set written later still, by someone who saw neither the rules nor the other sets, and
/// never tuned against: the honest estimate of how the extractor does on unseen news. Its
/// floors only guard against regressions.
#[test]
fn unseen_set_precision_and_recall() {
    assert_floors("unseen.toml", 0.87, 0.46);
}

/// A second blind set in the register of real international news (longer stories, background
/// sentences, boilerplate), written after the rules and never tuned against.
#[test]
fn second_unseen_set_precision_and_recall() {
    assert_floors("unseen2.toml", 0.87, 0.5);
}

/// A fourth blind set (wire stories, broadcasters' web pages, analysis with background
/// paragraphs, live-blog entries), written after this session's linking work and never
/// tuned against.
#[test]
fn fourth_unseen_set_precision_and_recall() {
    assert_floors("unseen4.toml", 0.89, 0.46);
}

/// A third blind set (wire stories, web pages, live blogs and explainers in which most
/// sentences state no fact), written after the rules and never tuned against.
#[test]
fn third_unseen_set_precision_and_recall() {
    assert_floors("unseen3.toml", 0.87, 0.5);
}

/// A fifth blind set (wire copy, regional papers, ministry releases, briefing transcripts,
/// live blogs, ten HTML pages; 447 expected facts), written without sight of the rules, the
/// code or the other sets, and never tuned against: 0.928 / 0.492 with the rules it was
/// written against, 0.931 / 0.515 at the end of the session that added it.
#[test]
fn fifth_unseen_set_precision_and_recall() {
    assert_floors("unseen5.toml", 0.88, 0.47);
}

/// A sixth blind set (wire copy with datelines, a live blog, a briefing transcript, summit
/// round-ups, eleven HTML pages; 520 expected facts), written without sight of the rules, the
/// code or the other sets, and never tuned against: 0.952 / 0.538 with the rules it was
/// written against, 0.963 / 0.544 at the end of the session that added it.
#[test]
fn sixth_unseen_set_precision_and_recall() {
    assert_floors("unseen6.toml", 0.91, 0.49);
}

/// A seventh blind set (wire copy with datelines, long stories with background sentences,
/// ministry read-outs, briefing transcripts, live blogs, ten HTML pages; 530 expected
/// facts), written without sight of the rules, the code, the extractor's output or the
/// other sets, and never tuned against: 0.907 / 0.517 with the rules at the start of the
/// session that added it, 0.907 / 0.534 when first scored mid-session, 0.911 / 0.538 at its
/// end.
#[test]
fn seventh_unseen_set_precision_and_recall() {
    assert_floors("unseen7.toml", 0.86, 0.49);
}

/// An eighth blind set (wire copy from agencies of every region, regional papers, ministry
/// read-outs, briefing transcripts, live blogs, an explainer, ten HTML pages; 579 expected
/// facts), written without sight of the rules, the code, the extractor's output or the
/// other sets, and never tuned against: 0.942 / 0.479 with the rules at the start of the
/// session that added it (with its first change), 0.949 / 0.483 when first scored
/// mid-session, 0.949 / 0.484 at its end.
#[test]
fn eighth_unseen_set_precision_and_recall() {
    assert_floors("unseen8.toml", 0.90, 0.44);
}

/// A ninth blind set (state-media copy in translation, explainers, analysis, briefing
/// transcripts, call read-outs, debate summaries, business news on sanctions and tariffs,
/// regional papers, ten HTML pages with heavy chrome; 491 expected facts), written without
/// sight of the rules, the code, the extractor's output or the other sets, and never tuned
/// against: 0.908 / 0.363 with the rules at the start of the session that added it, 0.919 /
/// 0.369 when first scored mid-session.
#[test]
fn ninth_unseen_set_precision_and_recall() {
    assert_floors("unseen9.toml", 0.87, 0.33);
}

/// The tenth blind set (50 items, 488 expected facts, ten HTML pages: wire copy, a Security
/// Council summary, a communique story, read-outs, briefing transcripts, a live blog, an
/// explainer, analysis, business news on tariffs and export controls, items that mention
/// states in passing, profiles and election results), written without sight of the rules, the
/// code, the extractor's output or the other sets, and never tuned against: 0.973 / 0.440 with
/// the rules at the start of the session that added it.
#[test]
fn tenth_unseen_set_precision_and_recall() {
    assert_floors("unseen10.toml", 0.92, 0.40);
}

/// The eleventh blind set (50 items, 551 expected facts, ten HTML pages: wire copy, regional
/// papers, a ministry read-out, two briefing transcripts, a live blog, explainers, analysis,
/// business news on tariffs and export controls, an obituary and a profile, election and
/// court news, summit round-ups with long member lists), written without sight of the rules,
/// the code, the extractor's output or the other sets, and never tuned against: 0.850 /
/// 0.443 with the rules at the start of the session that added it, 0.850 / 0.441 when first
/// scored mid-session.
#[test]
fn eleventh_unseen_set_precision_and_recall() {
    assert_floors("unseen11.toml", 0.80, 0.40);
}

/// The twelfth unseen set (50 items, 422 expected facts, ten HTML pages; wire copy, regional
/// papers, Indian and Chinese ministry read-outs, briefing transcripts, a live blog, an
/// explainer, analysis and opinion, business news on tariffs and export controls, a profile
/// with past offices, summit round-ups), written without sight of the rules, the code, the
/// extractor's output or the other sets, and never tuned against: 0.991 / 0.507 with the
/// rules at the start of the session that added it, and the same with the rules of that
/// session when it arrived.
#[test]
fn twelfth_unseen_set_precision_and_recall() {
    assert_floors("unseen12.toml", 0.94, 0.46);
}

/// The thirteenth blind set (50 items, 489 expected facts, ten HTML pages: wire copy, regional
/// papers of every region, ministry read-outs, a briefing transcript, a live blog, an
/// explainer, analysis and opinion, business news on tariffs and sanctions, a profile with
/// past offices, summit round-ups), written without sight of the rules, the code, the
/// extractor's output or the other sets, and never tuned against: 0.968 / 0.494 with the
/// rules at the start of the session that added it, 0.968 / 0.506 with the rules of that
/// session when it arrived.
#[test]
fn thirteenth_unseen_set_precision_and_recall() {
    assert_floors("unseen13.toml", 0.92, 0.45);
}

/// The fourteenth blind set (50 items, 500 expected facts, ten HTML pages: wire copy with
/// datelines from agencies of every region, regional papers, ministry read-outs, a briefing
/// transcript, two live blogs, two explainers, analysis, a profile with past offices, business
/// pages, summit round-ups), written without sight of the rules, the code, the extractor's
/// output or the other sets, and never tuned against: 0.941 / 0.450 both with the rules at the
/// start of the session that added it and with the rules of that session when it arrived.
#[test]
fn fourteenth_unseen_set_precision_and_recall() {
    assert_floors("unseen14.toml", 0.90, 0.40);
}
