//! The reader's paragraphs with people, places and dates picked out.
//!
//! Why a module of its own: the reader makes the names and dates of an article
//! clickable (a person filters by that person, a place by that place, a date sets the
//! date range to that day or month). Finding them is text work with byte offsets, best
//! done as pure Rust with unit tests; the component only turns the [`Run`]s into text
//! nodes, `<mark>`s and buttons. Nothing here produces HTML: corpus text stays text.
//!
//! Names are matched over the shared tokenizer ([`crate::text::tokenize`]), so
//! "Lucia" meets "Lucía" and "Brenner's" meets "Brenner", and only where the text writes
//! them capitalised. Dates are read with a small grammar of month names in English and
//! Spanish ("January 30", "30 January 2026", "30 de enero de 2026", "October 2025");
//! a day without a year takes the year of the article's own date.

use crate::calendar::{days_in_month, is_spanish_month, month_of};
use crate::index::Segment;
use crate::model::{date_range, Document, Person};
use crate::text::{fold, tokenize, Token};

/// What a highlighted span of the reader stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntityKind {
    /// A person of the person facet.
    Person,
    /// A place of the place facet.
    Place,
    /// A calendar day or month.
    Date,
}

/// A span of text that names something the explorer can filter by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// What kind of thing it is.
    pub kind: EntityKind,
    /// The facet value (person or place label), or the date as `YYYY-MM-DD` / `YYYY-MM`.
    pub value: String,
}

impl Entity {
    /// The inclusive `yyyymmdd` range a date entity covers (`None` for names).
    pub fn day_range(&self) -> Option<(u32, u32)> {
        (self.kind == EntityKind::Date).then(|| date_range(&self.value)).flatten()
    }
}

/// A run of a paragraph: plain text, or one entity, each split into query-highlight
/// segments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    /// The entity this run names, if any.
    pub entity: Option<Entity>,
    /// The run's text, with the words matching the search marked.
    pub parts: Vec<Segment>,
}

/// A name to look for: its spelling and what it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    /// Folded words of the spelling.
    terms: Vec<String>,
    /// What a match means.
    entity: Entity,
}

/// The names worth highlighting in `doc`: its people with every merged spelling of
/// theirs (from `corpus.people`), and its places. Longest spellings first, so "Ines
/// Valdor" wins over "Valdor".
pub fn names_for(people: &[Person], doc: &Document) -> Vec<Name> {
    let mut names = Vec::new();
    for person in &doc.persons {
        let entity = Entity { kind: EntityKind::Person, value: person.clone() };
        let aliases = people.iter().find(|p| &p.name == person).map(|p| p.aliases.as_slice()).unwrap_or(&[]);
        for spelling in std::iter::once(person).chain(aliases) {
            names.push(Name {
                terms: tokenize(spelling).into_iter().map(|t| t.term).collect(),
                entity: entity.clone(),
            });
        }
    }
    for place in &doc.places {
        let entity = Entity { kind: EntityKind::Place, value: place.clone() };
        names.push(Name { terms: tokenize(place).into_iter().map(|t| t.term).collect(), entity });
    }
    names.retain(|n| !n.terms.is_empty());
    crate::model::sort_by_dyn(&mut names, &|a, b| b.terms.len().cmp(&a.terms.len()));
    names
}

/// The year of an article's own date, used for dates written without one.
pub fn doc_year(doc: &Document) -> Option<u32> {
    doc.day_range().map(|(first, _)| first / 10000)
}

/// Finds the entities of `text`: `(start, end, entity)` byte spans, in order, never
/// overlapping.
pub fn entity_spans(text: &str, names: &[Name], year: Option<u32>) -> Vec<(usize, usize, Entity)> {
    let tokens = tokenize(text);
    let mut spans = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((n, entity)) = date_at(text, &tokens[i..], year) {
            spans.push((tokens[i].start, tokens[i + n - 1].end, entity));
            i += n;
            continue;
        }
        let found = names.iter().find(|name| name_at(text, &tokens[i..], &name.terms));
        match found {
            Some(name) => {
                let n = name.terms.len();
                spans.push((tokens[i].start, tokens[i + n - 1].end, name.entity.clone()));
                i += n;
            }
            None => i += 1,
        }
    }
    spans
}

/// True when the words of a name start at `tokens[0]`, written capitalised and only
/// separated by spaces or light punctuation ("Mr. Brenner", "Jean-Luc").
fn name_at(text: &str, tokens: &[Token], terms: &[String]) -> bool {
    terms.len() <= tokens.len()
        && tokens.iter().zip(terms).all(|(t, term)| &t.term == term)
        && text[tokens[0].start..].starts_with(char::is_uppercase)
        && tokens[..terms.len()].windows(2).all(|w| joined(text, &w[0], &w[1]))
}

/// True when two tokens are only separated by a short run of spaces, `.` or `-`.
fn joined(text: &str, a: &Token, b: &Token) -> bool {
    let gap = &text[a.end..b.start];
    gap.len() <= 3 && gap.chars().all(|c| c.is_whitespace() || c == '.' || c == '-')
}

/// True when two tokens are separated by spaces and at most one comma.
fn spaced(text: &str, a: &Token, b: &Token) -> bool {
    let gap = &text[a.end..b.start];
    !gap.is_empty() && gap.len() <= 3 && gap.chars().all(|c| c.is_whitespace() || c == ',')
}

/// A month name at `t`: English ones must be capitalised ("May", not "may");
/// Spanish ones are written in lower case.
fn month_token(text: &str, t: &Token) -> Option<u32> {
    let m = month_of(&t.term)?;
    let word = &text[t.start..t.end];
    let spanish = is_spanish_month(&fold(word));
    (spanish || word.starts_with(char::is_uppercase)).then_some(m)
}

fn number(t: &Token, digits: std::ops::RangeInclusive<usize>) -> Option<u32> {
    (digits.contains(&t.term.len()) && t.term.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.term.parse().ok())?
}

fn day_of(t: &Token) -> Option<u32> {
    number(t, 1..=2).filter(|d| (1..=31).contains(d))
}

fn year_of(t: &Token) -> Option<u32> {
    number(t, 4..=4).filter(|y| (1800..=2200).contains(y))
}

/// A date starting at `tokens[0]`: how many tokens it spans and the date.
fn date_at(text: &str, tokens: &[Token], year: Option<u32>) -> Option<(usize, Entity)> {
    let at = |i: usize| tokens.get(i);
    let de = |i: usize| at(i).is_some_and(|t| t.term == "de");
    // "January 30[, 2026]", "January 2026", "enero de 2026".
    if let Some(m) = month_token(text, at(0)?) {
        if let Some(d) = at(1).filter(|t| spaced(text, at(0).unwrap(), t)).and_then(day_of) {
            let y = at(2).filter(|t| spaced(text, at(1).unwrap(), t)).and_then(year_of);
            return day_entity(y.or(year)?, m, d).map(|e| (if y.is_some() { 3 } else { 2 }, e));
        }
        if let Some(y) = at(1).filter(|t| spaced(text, at(0).unwrap(), t)).and_then(year_of) {
            return Some((2, month_entity(y, m)));
        }
        if de(1) {
            if let Some(y) = at(2).and_then(year_of) {
                return Some((3, month_entity(y, m)));
            }
        }
        return None;
    }
    // "30 January [2026]", "30 de enero [de 2026]".
    let d = day_of(at(0)?)?;
    let month_at = if de(1) { 2 } else { 1 };
    let m = at(month_at).and_then(|t| month_token(text, t))?;
    if month_at == 1 && !spaced(text, at(0)?, at(1)?) {
        return None;
    }
    let (y, n) = if de(month_at + 1) {
        match at(month_at + 2).and_then(year_of) {
            Some(y) => (Some(y), month_at + 3),
            None => (None, month_at + 1),
        }
    } else {
        match at(month_at + 1).filter(|t| spaced(text, at(month_at).unwrap(), t)).and_then(year_of) {
            Some(y) => (Some(y), month_at + 2),
            None => (None, month_at + 1),
        }
    };
    day_entity(y.or(year)?, m, d).map(|e| (n, e))
}

fn day_entity(y: u32, m: u32, d: u32) -> Option<Entity> {
    (d <= days_in_month(y as i32, m))
        .then(|| Entity { kind: EntityKind::Date, value: format!("{y:04}-{m:02}-{d:02}") })
}

fn month_entity(y: u32, m: u32) -> Entity {
    Entity { kind: EntityKind::Date, value: format!("{y:04}-{m:02}") }
}

/// Cuts a paragraph into runs: entities from `spans`, the rest plain, each run keeping
/// the search highlights of `marks` (the segments of [`crate::index::highlight`] over
/// the same text).
pub fn runs(text: &str, spans: &[(usize, usize, Entity)], marks: &[Segment]) -> Vec<Run> {
    // Byte ranges of the marked words.
    let mut marked = Vec::new();
    let mut at = 0;
    for s in marks {
        if s.mark {
            marked.push((at, at + s.text.len()));
        }
        at += s.text.len();
    }
    let parts = |start: usize, end: usize| -> Vec<Segment> {
        let mut out = Vec::new();
        let mut pos = start;
        for &(a, b) in &marked {
            let (a, b) = (a.max(start), b.min(end));
            if a >= b {
                continue;
            }
            if a > pos {
                out.push(Segment { text: text[pos..a].to_string(), mark: false });
            }
            out.push(Segment { text: text[a..b].to_string(), mark: true });
            pos = b;
        }
        if pos < end {
            out.push(Segment { text: text[pos..end].to_string(), mark: false });
        }
        out
    };
    let mut out = Vec::new();
    let mut pos = 0;
    for (start, end, entity) in spans {
        if *start < pos {
            continue;
        }
        if *start > pos {
            out.push(Run { entity: None, parts: parts(pos, *start) });
        }
        out.push(Run { entity: Some(entity.clone()), parts: parts(*start, *end) });
        pos = *end;
    }
    if pos < text.len() || out.is_empty() {
        out.push(Run { entity: None, parts: parts(pos, text.len()) });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Corpus;

    fn corpus_and_doc() -> (Corpus, Document) {
        let doc = Document {
            persons: vec!["Ines Valdor".into(), "Tomas Brenner".into()],
            places: vec!["Argentina".into(), "Buenos Aires".into()],
            date: Some("2026-01-30".into()),
            ..Document::default()
        };
        let corpus = Corpus {
            people: vec![
                Person { name: "Ines Valdor".into(), aliases: vec!["Valdor".into()], ..Person::default() },
                Person {
                    name: "Tomas Brenner".into(),
                    aliases: vec!["Brenner".into(), "Mr. Brenner".into()],
                    ..Person::default()
                },
            ],
            documents: vec![doc.clone()],
            ..Corpus::default()
        };
        (corpus, doc)
    }

    fn found(text: &str) -> Vec<(String, EntityKind, String)> {
        let (corpus, doc) = corpus_and_doc();
        entity_spans(text, &names_for(&corpus.people, &doc), doc_year(&doc))
            .into_iter()
            .map(|(s, e, ent)| (text[s..e].to_string(), ent.kind, ent.value))
            .collect()
    }

    #[test]
    fn people_are_found_by_any_spelling_longest_first() {
        use EntityKind::Person;
        assert_eq!(
            found("Ines Valdor met Mr. Brenner; Valdor said Brenner's plan works."),
            vec![
                ("Ines Valdor".into(), Person, "Ines Valdor".into()),
                ("Mr. Brenner".into(), Person, "Tomas Brenner".into()),
                ("Valdor".into(), Person, "Ines Valdor".into()),
                ("Brenner".into(), Person, "Tomas Brenner".into()),
            ]
        );
    }

    #[test]
    fn names_must_be_capitalised_and_adjacent() {
        assert!(found("the valdor of it").is_empty());
        assert!(found("Ines, Valdor").iter().all(|(t, _, _)| t == "Valdor"));
    }

    #[test]
    fn places_are_found_accents_folded() {
        assert_eq!(
            found("Flights from Buenos Aires to ARGENTINA."),
            vec![
                ("Buenos Aires".into(), EntityKind::Place, "Buenos Aires".into()),
                ("ARGENTINA".into(), EntityKind::Place, "Argentina".into()),
            ]
        );
    }

    #[test]
    fn dates_in_english_and_spanish() {
        let dates = |t: &str| found(t).into_iter().map(|(s, _, v)| (s, v)).collect::<Vec<_>>();
        assert_eq!(
            dates("On January 30, 2026 it began"),
            vec![("January 30, 2026".into(), "2026-01-30".into())]
        );
        assert_eq!(dates("by September 7 they"), vec![("September 7".into(), "2026-09-07".into())]);
        assert_eq!(dates("since October 2025."), vec![("October 2025".into(), "2025-10".into())]);
        assert_eq!(dates("on 8 August 2025"), vec![("8 August 2025".into(), "2025-08-08".into())]);
        assert_eq!(
            dates("el 30 de enero de 2026"),
            vec![("30 de enero de 2026".into(), "2026-01-30".into())]
        );
        assert_eq!(dates("en julio de 2025"), vec![("julio de 2025".into(), "2025-07".into())]);
        assert_eq!(dates("el 3 de marzo"), vec![("3 de marzo".into(), "2026-03-03".into())]);
    }

    #[test]
    fn not_dates() {
        assert!(found("you may 30 times").is_empty(), "lower-case English month");
        assert!(found("February 30").is_empty(), "no such day");
        assert!(found("in July the").is_empty(), "a month alone is ambiguous");
        assert!(found("In 2025 there were 30 cases").is_empty());
    }

    #[test]
    fn a_day_without_a_year_needs_the_article_date() {
        let doc = Document::default();
        assert!(entity_spans("on January 30", &[], doc_year(&doc)).is_empty());
    }

    #[test]
    fn entity_day_ranges() {
        let day = Entity { kind: EntityKind::Date, value: "2026-01-30".into() };
        assert_eq!(day.day_range(), Some((20260130, 20260130)));
        let month = Entity { kind: EntityKind::Date, value: "2025-10".into() };
        assert_eq!(month.day_range(), Some((20251001, 20251031)));
        assert_eq!(Entity { kind: EntityKind::Person, value: "2025".into() }.day_range(), None);
    }

    #[test]
    fn runs_cover_the_text_and_keep_search_marks() {
        let text = "Ines Valdor visited Argentina.";
        let (corpus, doc) = corpus_and_doc();
        let spans = entity_spans(text, &names_for(&corpus.people, &doc), None);
        let marks = vec![
            Segment { text: "Ines ".into(), mark: false },
            Segment { text: "Valdor".into(), mark: true },
            Segment { text: " visited Argentina.".into(), mark: false },
        ];
        let runs = runs(text, &spans, &marks);
        let joined: String = runs.iter().flat_map(|r| &r.parts).map(|s| s.text.as_str()).collect();
        assert_eq!(joined, text);
        assert_eq!(runs.len(), 4);
        assert_eq!(runs[0].entity.as_ref().map(|e| e.value.as_str()), Some("Ines Valdor"));
        assert_eq!(
            runs[0].parts,
            vec![
                Segment { text: "Ines ".into(), mark: false },
                Segment { text: "Valdor".into(), mark: true }
            ]
        );
        assert_eq!(runs[1].entity, None);
        assert_eq!(runs[2].entity.as_ref().map(|e| e.kind), Some(EntityKind::Place));
        assert_eq!(runs[3].parts, vec![Segment { text: ".".into(), mark: false }]);
    }

    #[test]
    fn plain_text_is_one_run() {
        assert_eq!(
            runs("nothing here", &[], &[Segment { text: "nothing here".into(), mark: false }]),
            vec![Run { entity: None, parts: vec![Segment { text: "nothing here".into(), mark: false }] }]
        );
        assert_eq!(runs("", &[], &[]), vec![Run { entity: None, parts: vec![] }]);
    }
}
