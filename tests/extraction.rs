//! Extraction over whole folders: the fixtures under `tests/fixtures/` (small invented
//! corpora covering date formats, languages, chrome, encodings and broken files) and
//! the real seed articles under `seeds/`.

use explorer_core::evidence::related_reason_in;
use explorer_core::model::{Corpus, Document, Precision};
use explorer_core::state::UiLang;
use explorer_extract::ingest_dir;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A date's evidence as the English reader reads it.
fn said(d: &Document) -> String {
    d.date_evidence.get(UiLang::En).to_string()
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn mixed() -> Corpus {
    ingest_dir(&fixture("mixed")).expect("the mixed fixture corpus ingests")
}

fn doc<'a>(c: &'a Corpus, id: &str) -> &'a Document {
    c.documents.iter().find(|d| d.id == id).unwrap_or_else(|| panic!("no document {id}"))
}

/// A scratch folder under the system temp dir, emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("news-explorer-extraction-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn folder_walk_ids_sections_and_skips() {
    let c = mixed();
    let files: Vec<&str> = c.documents.iter().map(|d| d.file.as_str()).collect();
    assert_eq!(
        files,
        [
            "crlf-bom.txt",
            "latin1.txt",
            "politics/harbor-tunnel.txt",
            "politics/tunnel-followup.txt",
            "undated-feature.txt",
            "world/es-elecciones.txt",
            "world/eu-fisheries.txt",
        ]
    );
    assert_eq!(doc(&c, "harbor-tunnel").section.as_deref(), Some("politics"));
    assert_eq!(doc(&c, "undated-feature").section, None);
    assert!(c.documents.iter().all(|d| d
        .id
        .chars()
        .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-' || ch == '_')));
    let w = c.warnings.join("\n");
    assert!(w.contains(".hidden-notes.txt: skipped"), "{w}");
    assert!(w.contains("photo.png: skipped"), "{w}");
    assert!(w.contains("latin1.txt: ") && w.contains("Windows-1252"), "{w}");
    assert!(w.contains("tunnel-followup-copy.txt: same article text as politics/tunnel-followup.txt"), "{w}");
    assert_eq!(doc(&c, "tunnel-followup").duplicates, ["politics/tunnel-followup-copy.txt"]);
    assert!(c.warnings.iter().all(|w| !w.starts_with(' ')));
}

#[test]
fn encodings_bom_and_crlf() {
    let c = mixed();
    let d = doc(&c, "crlf-bom");
    assert_eq!(d.title, "Strikes halt Lisbon metro for second day");
    assert!(d
        .paragraphs
        .iter()
        .chain(std::iter::once(&d.title))
        .all(|p| !p.contains('\r') && !p.contains('\u{FEFF}')));
    let l = doc(&c, "latin1");
    assert_eq!(l.title, "Café owners in Seville protest tourist tax");
    assert_eq!(l.authors, ["Lucía Peña"]);
    assert!(l.persons.contains(&"José Ibáñez".to_string()));
}

#[test]
fn chrome_bylines_and_publishers() {
    let c = mixed();
    let d = doc(&c, "harbor-tunnel");
    assert_eq!(d.title, "Governor Quesada Backs Harbor Tunnel Plan Despite Cost Fears");
    assert!(!d.title_derived);
    assert_eq!(d.publisher.as_deref(), Some("Harbor Ledger"));
    assert_eq!(d.authors, ["Margaret Okafor", "Priya Raman"]);
    // Sidebar and trailing story list are chrome, and their names are nobody's.
    for chrome_name in ["Gwendolyn Ashcroft", "Bartholomew Quince"] {
        assert!(d.chrome.iter().any(|l| l.contains(chrome_name)), "{chrome_name} should be in chrome");
        assert!(d.paragraphs.iter().all(|p| !p.contains(chrome_name)));
        assert!(c.people.iter().all(|p| !p.name.contains(chrome_name)));
    }
    assert!(d.paragraphs.iter().any(|p| p.contains("contributed reporting")));
    assert!(d.chrome.iter().any(|l| l.contains("©")));
    assert_eq!(doc(&c, "eu-fisheries").publisher.as_deref(), Some("AFP"));
    assert_eq!(doc(&c, "es-elecciones").publisher.as_deref(), Some("Diario"));
    assert_eq!(doc(&c, "tunnel-followup").authors, ["Priya Raman", "Margaret Okafor"]);
}

#[test]
fn dates_in_many_forms() {
    let c = mixed();
    let check = |id: &str, date: &str, p: Precision, est: bool| {
        let d = doc(&c, id);
        assert_eq!(d.date.as_deref(), Some(date), "{id}: {}", said(d));
        assert_eq!(d.date_precision, Some(p), "{id}");
        assert_eq!(d.date_estimated, est, "{id}");
        assert!(!said(d).is_empty());
    };
    check("harbor-tunnel", "2025-03-03", Precision::Day, false);
    check("crlf-bom", "2024-06-18", Precision::Day, false);
    // European page, 24-hour clock: 04/03/2025 is 4 March.
    check("eu-fisheries", "2025-03-04", Precision::Day, false);
    check("es-elecciones", "2024-05-12", Precision::Day, false);
    // No date stated: between the last past event (14 August) and the vote (5 November).
    let u = doc(&c, "undated-feature");
    assert!(u.date_estimated);
    assert_eq!(u.date_precision, Some(Precision::Month));
    let date = u.date.as_deref().unwrap();
    assert!(("2024-08".."2024-11").contains(&date) || date == "2024-11", "{date}");
    assert!(said(u).starts_with("Estimated"), "{}", said(u));
    assert!(said(u).contains("14 Aug 2024"), "{}", said(u));
}

#[test]
fn people_merge_and_stay_apart() {
    let c = mixed();
    let person = |n: &str| c.people.iter().find(|p| p.name == n).unwrap_or_else(|| panic!("no person {n}"));
    // Two people share a surname; the bare surname goes to the titled, frequent one.
    let ramiro = person("Ramiro Quesada");
    let felipe = person("Felipe Quesada");
    assert_eq!(ramiro.role.as_deref(), Some("Governor"));
    assert!(ramiro.aliases.iter().any(|a| a == "Quesada"));
    assert!(!felipe.aliases.iter().any(|a| a == "Quesada"));
    assert_eq!(ramiro.articles, 2, "the word-for-word copy of the follow-up counts once");
    assert!(c.people.iter().all(|p| p.name != "Quesada"));
    // Authors are people with the author flag.
    assert!(person("Priya Raman").author);
    assert!(!person("Odile Marchetti").author);
    // Roles from appositions, in English and Spanish.
    assert_eq!(person("Odile Marchetti").role.as_deref(), Some("state treasurer"));
    assert_eq!(person("Carolina Benítez").role.as_deref(), Some("ministra de Desarrollo Territorial"));
    assert_eq!(person("Henrik Lindqvist").role.as_deref(), Some("Danish minister"));
    // Irish and Spanish names, surname-only references merged.
    let s = person("Siobhán Ní Bhriain");
    assert!(s.aliases.iter().any(|a| a == "Ní Bhriain"));
    assert!(doc(&c, "es-elecciones").persons.contains(&"Carolina Benítez".to_string()));
    assert_eq!(doc(&c, "undated-feature").persons, ["Agatha Brennan"]);
    // No organisations, places or seas as people.
    for bad in ["MassDOT", "Sea", "Desarrollo Territorial", "Boston", "State House"] {
        assert!(c.people.iter().all(|p| p.name != bad), "{bad} is not a person");
    }
}

#[test]
fn places_orgs_topics_events_threads() {
    let c = mixed();
    let d = doc(&c, "harbor-tunnel");
    assert!(d.places.contains(&"Boston".to_string()));
    assert!(d.orgs.iter().any(|o| o.contains("Department of Transportation")), "{:?}", d.orgs);
    assert!(d.topics.iter().any(|t| t == "harbor tunnel"), "{:?}", d.topics);
    assert!(doc(&c, "eu-fisheries").orgs.contains(&"European Commission".to_string()));
    assert!(doc(&c, "es-elecciones").topics.contains(&"plan de vivienda".to_string()));
    // Events are dated, sorted and merged across articles.
    let dates: Vec<&str> = c.events.iter().map(|e| e.date.as_str()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
    let hearing = c.events.iter().find(|e| e.date == "2025-04-22").expect("the hearing is an event");
    assert!(hearing.docs.len() >= 2, "{hearing:?}");
    // "antes de julio" in a May 2024 article is July 2024.
    assert!(c.events.iter().any(|e| e.date == "2024-07" && e.docs == ["es-elecciones"]));
    // The tunnel articles form a story thread; unrelated ones are not threaded with it.
    let t = d.thread.expect("harbor tunnel thread");
    let thread = &c.threads[t as usize];
    assert!(thread.docs.contains(&"tunnel-followup".to_string()));
    assert!(!thread.docs.contains(&"eu-fisheries".to_string()));
    assert!(d
        .related
        .iter()
        .any(|r| r.id == "tunnel-followup"
            && related_reason_in(&r.reason, UiLang::En).contains("Ramiro Quesada")));
}

#[test]
fn taxonomy_file_overrides_topics_and_is_not_an_article() {
    let c = ingest_dir(&fixture("taxonomy")).unwrap();
    assert_eq!(c.documents.len(), 2);
    assert_eq!(doc(&c, "one").topics, ["Transport"]);
    assert_eq!(doc(&c, "two").topics, ["Housing"]);
}

#[test]
fn broken_inputs_are_errors_naming_the_file() {
    let e = ingest_dir(&fixture("empty")).unwrap_err();
    assert!(e.file.ends_with("blank.txt"), "{e}");
    assert!(e.to_string().contains("blank.txt: "), "{e}");
    assert!(e.problem.to_string().contains("remove"), "{e}");
    let e = ingest_dir(&fixture("binary")).unwrap_err();
    assert!(e.file.ends_with("b.dat"), "{e}");
    assert!(e.problem.to_string().contains("binary"), "{e}");
    let e = ingest_dir(&fixture("no_articles")).unwrap_err();
    assert!(e.file.ends_with("no_articles"), "{e}");
    assert!(ingest_dir(&fixture("does-not-exist")).is_err());
}

#[test]
fn a_huge_line_does_not_hang() {
    let dir = scratch("huge");
    let sentence = "The committee of Port Ellis met again on Tuesday to discuss the harbor budget. ";
    let text = sentence.repeat(5 * 1024 * 1024 / sentence.len());
    std::fs::write(dir.join("huge.txt"), &text).unwrap();
    let start = Instant::now();
    let c = ingest_dir(&dir).unwrap();
    // Linear time: about 2 s in release, well under a minute in a debug build; the
    // bound is loose because test machines are shared, a quadratic pass would take hours.
    assert!(start.elapsed() < Duration::from_secs(240), "took {:?}", start.elapsed());
    assert_eq!(c.documents.len(), 1);
    assert!(c.documents[0].paragraphs.len() > 100);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn many_small_articles_are_fast() {
    let dir = scratch("many");
    let first = ["Ana", "Tomas", "Irene", "Pedro", "Nora", "Hugo", "Elena", "Victor"];
    let last = ["Varga", "Lund", "Okoye", "Brandt", "Salas", "Moreau", "Ivers", "Quist"];
    let subjects = ["harbor dredging", "rail strike", "school funding", "water tariffs", "bridge repairs"];
    let n = 3000;
    for i in 0..n {
        let who = format!("{} {}", first[i % 8], last[(i / 8) % 8]);
        let sub = subjects[i % 5];
        let text = format!(
            "Council debates {sub} again\n\nMarch {}, 2025\n\nCouncillor {who} said on Monday that the {sub} plan needed more money. \
             {} said {} residents had waited since 2019 for a decision on {sub}.\n\nThe vote on {sub} is scheduled for May 2, 2025.\n",
            1 + i % 28,
            last[(i / 8) % 8],
            100 + i, // every article differs (identical ones would be merged)
        );
        std::fs::write(dir.join(format!("a{i:05}.txt")), text).unwrap();
    }
    let start = Instant::now();
    let c = ingest_dir(&dir).unwrap();
    let took = start.elapsed();
    assert_eq!(c.documents.len(), n);
    // Generous bound for unoptimised test builds on a slow machine.
    assert!(took < Duration::from_secs(90), "took {took:?}");
    assert!(c.documents.iter().all(|d| !d.persons.is_empty()));
    let _ = std::fs::remove_dir_all(&dir);
}

// ---- The real seed articles: checks of the output, never inputs of the code. ----

fn seeds() -> Corpus {
    ingest_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")).expect("seeds ingest")
}

fn seed<'a>(c: &'a Corpus, prefix: &str) -> &'a Document {
    c.documents.iter().find(|d| d.id.starts_with(prefix)).unwrap()
}

#[test]
fn seeds_documents_dates_and_titles() {
    let c = seeds();
    assert_eq!(c.documents.len(), 5);
    assert!(c.documents.iter().all(|d| !d.title.trim().is_empty()));
    let d3 = seed(&c, "003");
    assert_eq!(d3.date.as_deref(), Some("2026-01-30"));
    assert_eq!(d3.date_precision, Some(Precision::Day));
    assert!(!d3.date_estimated);
    let d4 = seed(&c, "004");
    assert_eq!(d4.date.as_deref(), Some("2026-02-05"));
    assert!(!d4.date_estimated);
    for id in ["000", "001"] {
        let d = seed(&c, id);
        assert!(d.date_estimated, "{id}");
        assert!(d.date.as_deref().unwrap_or("").starts_with("2025"), "{id}: {:?}", d.date);
    }
    // 000 sits between its last past event and an upcoming vote; 001 names no year and
    // leans on 000, whose date is itself an estimate, with its own tense cues listed.
    let d0 = seed(&c, "000");
    assert_eq!(d0.date.as_deref(), Some("2025-08"), "{}", said(d0));
    assert!(said(d0).contains("next upcoming is 7 Sep 2025"), "{}", said(d0));
    let d1 = seed(&c, "001");
    assert_eq!(d1.date.as_deref(), Some("2025-08"), "{}", said(d1));
    assert!(said(d1).contains("itself estimated"), "{}", said(d1));
    assert!(said(d1).contains("(past: Jul 2025)"), "{}", said(d1));
    assert!(said(d1).contains("Weeks later"), "{}", said(d1));
    let d2 = seed(&c, "002");
    assert!(d2.date_estimated);
    let date = d2.date.as_deref().unwrap();
    assert!(date.starts_with("2026-01") || date.starts_with("2026-02"), "{date}");
    assert!(seed(&c, "000").title_derived);
    assert_eq!(seed(&c, "002").title, "Milei denies report linking Argentina to Trump deportee scheme");
    assert!(!seed(&c, "004").title.starts_with('-'));
}

#[test]
fn seeds_people() {
    let c = seeds();
    let with = |name: &str| -> Vec<String> {
        c.documents
            .iter()
            .filter(|d| d.persons.iter().any(|p| p == name))
            .map(|d| d.id[..3].to_string())
            .collect()
    };
    assert_eq!(with("Kristi Noem"), ["000", "001"]);
    assert!(c.people.iter().any(|p| p.name == "Javier Milei"));
    assert!(c.people.iter().any(|p| p.name == "Karina Milei"));
    assert!(with("Donald Trump").contains(&"003".to_string()));
    for chrome_only in ["Kevin Warsh", "Kevin M. Warsh", "Megyn Kelly", "Björn Roth", "Petro", "50 Cent"] {
        assert!(c.people.iter().all(|p| p.name != chrome_only), "{chrome_only}");
        assert!(c.documents.iter().all(|d| !d.persons.iter().any(|p| p == chrome_only)), "{chrome_only}");
    }
    let d3 = seed(&c, "003");
    assert!(d3.paragraphs.iter().any(|p| p.contains("Lucía")));
    assert!(d3.authors.iter().any(|a| a == "Emma Bubola"));
    let authors: Vec<&str> = c.people.iter().filter(|p| p.author).map(|p| p.name.as_str()).collect();
    assert!(authors.contains(&"Lucía Cholakian Herrera"), "{authors:?}");
}

#[test]
fn seeds_threads() {
    let c = seeds();
    let thread_of = |id: &str| seed(&c, id).thread;
    assert!(thread_of("000").is_some());
    assert_eq!(thread_of("000"), thread_of("001"));
    assert_eq!(thread_of("002"), thread_of("003"));
    assert_eq!(thread_of("003"), thread_of("004"));
    assert_ne!(thread_of("000"), thread_of("003"));
}

// ---- Awkward inputs (`tests/fixtures/awkward/`): every accepted file accounted for. ----

fn awkward() -> Corpus {
    ingest_dir(&fixture("awkward")).expect("the awkward fixture corpus ingests")
}

/// Files the ingestion must accept under `dir`: every regular file that is not
/// hidden and not a known non-text type, computed here independently of the code.
fn accepted_files(root: &Path, dir: &Path, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let path = e.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            accepted_files(root, &path, out);
        } else if ![".pdf", ".png", ".js", ".css"].iter().any(|e| name.ends_with(e))
            && !name.starts_with("topics.")
        {
            out.push(path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/"));
        }
    }
}

/// Every accepted file is either a document or listed as a duplicate of exactly one.
fn assert_all_accounted_for(dir: &Path, c: &Corpus) {
    let mut expected = Vec::new();
    accepted_files(dir, dir, &mut expected);
    expected.sort();
    let mut got: Vec<String> = c
        .documents
        .iter()
        .flat_map(|d| std::iter::once(d.file.clone()).chain(d.duplicates.iter().cloned()))
        .collect();
    got.sort();
    assert_eq!(got, expected, "every accepted file is in the corpus exactly once");
}

#[test]
fn every_accepted_file_is_accounted_for() {
    for name in ["awkward", "mixed", "taxonomy", "pages"] {
        let dir = fixture(name);
        let c = ingest_dir(&dir).unwrap();
        assert_all_accounted_for(&dir, &c);
        // What the app embeds (serialised and read back) still has every file.
        let data = explorer_core::index::Data::new(c.clone());
        let back = explorer_core::index::Data::from_bytes(&data.to_bytes()).expect("the blob decodes");
        // Everything but the removed page chrome, which the app never shows.
        let mut expected = c.documents.clone();
        expected.iter_mut().for_each(|d| d.chrome.clear());
        assert_eq!(back.corpus.documents, expected, "{name}");
    }
    let c = awkward();
    assert_eq!(explorer_extract::summary(&c), "7 files in → 5 articles (2 duplicates merged)");
}

#[test]
fn duplicates_are_shown_once_with_the_others_listed() {
    let c = awkward();
    let kept: Vec<&Document> = c.documents.iter().filter(|d| d.title.contains("Kestrel")).collect();
    assert_eq!(kept.len(), 1, "one document for three copies (one with a BOM and CRLF)");
    let d = kept[0];
    assert_eq!(d.file, "kestrel-fares.txt", "the shortest name stands for the copies");
    assert_eq!(d.id, "kestrel-fares");
    assert_eq!(d.duplicates, ["kestrel-fares copy.txt", "notes/kestrel-fares (1).txt"]);
    for dup in &d.duplicates {
        let w = format!("{dup}: same article text as kestrel-fares.txt; merged");
        assert!(c.warnings.iter().any(|x| x.starts_with(&w)), "{w} in {:?}", c.warnings);
    }
    // A merged copy counts once: its people and events are not doubled.
    let mayor = c.people.iter().find(|p| p.name == "Colm Hardiman").expect("the mayor is a person");
    assert_eq!(mayor.articles, 1);
    assert!(c.threads.iter().all(|t| t.docs.iter().filter(|x| *x == "kestrel-fares").count() <= 1));
}

#[test]
fn awkward_files_ingest_with_warnings() {
    let c = awkward();
    let w = c.warnings.join("\n");
    // A file name with spaces, accents and a dash: kept as the file, URL-safe as the id.
    let d = c.documents.iter().find(|d| d.file == "Informe económico — año 2024.txt").expect("accented name");
    assert_eq!(d.id, "informe-economico-ano-2024");
    assert_eq!(d.date.as_deref(), Some("2024-03-12"));
    assert!(d.persons.contains(&"Tomás Ibarra".to_string()), "{:?}", d.persons);
    // Windows-1252 decoded (curly quotes, en dash), with a warning naming the file.
    let cp = doc(&c, "cp1252");
    assert_eq!(cp.title, "Council \u{201c}freezes\u{201d} bus fares \u{2013} for now");
    assert!(w.contains("cp1252.txt: not valid UTF-8; decoded as Windows-1252"), "{w}");
    // No date, no people: kept, and the reader says why there is no date.
    let nd = doc(&c, "no-date-no-people");
    assert_eq!(nd.date, None);
    assert!(nd.persons.is_empty(), "{:?}", nd.persons);
    assert!(said(nd).starts_with("No date"), "{}", said(nd));
    // No headline: one is derived from the text and marked as derived.
    let nh = doc(&c, "no-headline");
    assert!(nh.title_derived);
    assert!(nh.title.starts_with("The harbour authority confirmed"), "{}", nh.title);
    // Hidden and non-text files are skipped by name.
    assert!(w.contains(".DS_Store: skipped (hidden file)"), "{w}");
    assert!(w.contains("scan.pdf: skipped (not a text file: .pdf)"), "{w}");
    assert!(c.documents.iter().all(|d| !d.file.contains("DS_Store") && !d.file.ends_with(".pdf")));
}

fn outlets() -> Corpus {
    ingest_dir(&fixture("outlets")).expect("the outlets fixture corpus ingests")
}

/// Other outlets' shapes: agency copy with a year-less dateline, a European page with
/// dotted day-first dates and name particles, an undated article estimated from tense
/// and relative words, and one with no date at all.
#[test]
fn other_outlets_shapes() {
    let c = outlets();
    assert_eq!(c.documents.len(), 4);

    let a = doc(&c, "agencia-litio");
    assert_eq!(a.date.as_deref(), Some("2026-02-03"), "{}", said(a));
    assert_eq!(a.date_precision, Some(Precision::Day));
    assert!(a.date_estimated, "the year is inferred, not stated");
    assert!(said(a).contains("3 feb"), "{}", said(a));
    assert_eq!(a.publisher.as_deref(), Some("Reuters"));
    assert_eq!(a.authors, ["Tomás Greco"]);
    let mut p = a.persons.clone();
    p.sort();
    assert_eq!(p, ["Raúl Fernández Sosa", "Tomás Greco", "Valentina Orrego"]);

    let e = doc(&c, "european-weekly");
    // 12.03.2025 with a 24-hour clock is 12 March; "take effect on 1 April" is upcoming
    // and must not push the reading to 3 December.
    assert_eq!(e.date.as_deref(), Some("2025-03-12"), "{}", said(e));
    assert!(!e.date_estimated);
    assert_eq!(e.publisher.as_deref(), Some("Harbour Weekly"));
    let mut p = e.persons.clone();
    p.sort();
    assert_eq!(p, ["Marloes de Wit", "Pieter Jansen"]);
    assert!(!e.paragraphs.iter().any(|x| x.contains("newsletter") || x.starts_with("Published")));

    let u = doc(&c, "undated-council");
    assert!(u.date_estimated);
    assert_eq!(u.date_precision, Some(Precision::Month));
    let d = u.date.as_deref().unwrap();
    // After "weeks later" than March 2024, before the vote "in November".
    assert!(("2024-04".."2024-11").contains(&d), "{d}: {}", said(u));
    assert!(said(u).contains("Weeks later"), "{}", said(u));
    assert!(said(u).contains("Nov 2024"), "{}", said(u));
    assert_eq!(u.persons, ["Imogen Tadesse"]);

    let n = doc(&c, "no-date-bakery");
    assert_eq!(n.date, None);
    assert!(said(n).starts_with("No date"), "{}", said(n));
    assert_eq!(n.persons, ["Anselm Kowalczyk"]);
}

/// Agency copy whose dateline has no year and whose body names no dated event: the
/// day and month are the dateline's, the year comes from the related dated article.
#[test]
fn yearless_dateline_takes_the_year_of_related_articles() {
    let c = ingest_dir(&fixture("agency-pair")).expect("ingests");
    let w = doc(&c, "lithium-wire");
    assert_eq!(w.date.as_deref(), Some("2025-03-17"), "{}", said(w));
    assert_eq!(w.date_precision, Some(Precision::Day));
    assert!(w.date_estimated);
    assert!(said(w).contains("17 mar"), "{}", said(w));
    assert_eq!(w.publisher.as_deref(), Some("EFE"));
    assert_eq!(doc(&c, "lithium-talks").date.as_deref(), Some("2025-03-14"));
}

/// A place named often is not a topic, though the topics of the articles stay.
#[test]
fn places_are_not_topics() {
    let dir = scratch("places");
    for (i, what) in ["tram fares", "tram fares", "beach cleanup"].iter().enumerate() {
        let body = format!(
            "A story from Rio de Janeiro\n\nIn Rio de Janeiro the {what} debate went on. Rio de Janeiro residents spoke about {what}. \
             Officials in Rio de Janeiro promised to review {what} soon.\n"
        );
        std::fs::write(dir.join(format!("a{i}.txt")), body).unwrap();
    }
    let c = ingest_dir(&dir).unwrap();
    for d in &c.documents {
        assert!(d.places.iter().any(|p| p == "Rio de Janeiro"), "{:?}", d.places);
        assert!(!d.topics.iter().any(|t| t.to_lowercase().contains("rio")), "{:?}", d.topics);
    }
    assert!(doc(&c, "a0").topics.iter().any(|t| t == "tram fares"), "{:?}", doc(&c, "a0").topics);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Seed topics are complete noun phrases: no dangling hyphenated modifier, nothing the
/// article only says inside a quotation.
#[test]
fn seeds_topics_are_complete_phrases() {
    let c = seeds();
    for d in &c.documents {
        assert!(!d.topics.is_empty(), "{}", d.id);
        for t in &d.topics {
            let last = t.split_whitespace().last().unwrap_or("");
            assert!(!last.contains('-') || t.contains(' '), "{}: {t}", d.id);
            assert!(!t.ends_with("-country"), "{}: {t}", d.id);
        }
    }
    assert!(!seed(&c, "004").topics.iter().any(|t| t == "national interest"), "{:?}", seed(&c, "004").topics);
}

/// Saved web pages (`.html`, `.htm`): what the page's metadata states wins over what
/// the text suggests, and the markup's chrome (navigation, sidebars, related lists,
/// captions, comments, footers, hidden text) names nobody.
#[test]
fn saved_web_pages() {
    let c = ingest_dir(&fixture("pages")).expect("the pages fixture corpus ingests");
    assert_eq!(c.documents.len(), 4);
    // "Web page, complete" saves scripts and styles beside the page: not articles.
    let w = c.warnings.join("\n");
    assert!(w.contains("lisbon-fisheries_files/analytics.js: skipped"), "{w}");
    assert!(w.contains("lisbon-fisheries_files/site.css: skipped"), "{w}");

    let d = doc(&c, "lisbon-fisheries");
    assert_eq!(d.title, "Fisheries ministers agree new cod quotas after Lisbon talks");
    assert!(!d.title_derived);
    assert_eq!(d.date.as_deref(), Some("2025-03-05"));
    assert!(!d.date_estimated);
    assert!(said(d).contains("datePublished"), "{}", said(d));
    assert_eq!(d.authors, ["Helen Marsh", "Tomás Ferreira"]);
    assert_eq!(d.publisher.as_deref(), Some("The Harbour Post"));
    assert!(d.standfirst.as_deref().is_some_and(|s| s.starts_with("Ministers from six countries")));
    assert_eq!(d.paragraphs.len(), 5, "{:#?}", d.paragraphs);
    for name in ["Inês Carvalho", "Erik Lund", "Sofia Almeida"] {
        assert!(d.persons.iter().any(|p| p == name), "{name} missing: {:?}", d.persons);
    }

    // Spanish page: the metadata's ISO date, not a day-first/month-first reading of
    // the sidebar's "05/02/2026".
    let d = doc(&c, "es-aranceles");
    assert_eq!(d.date.as_deref(), Some("2026-02-05"));
    assert!(!d.date_estimated);
    assert_eq!(d.authors, ["Martina Quiroga"]);
    assert_eq!(d.publisher.as_deref(), Some("Diario del Plata"));
    for name in ["Luis Caputo", "Javier Milei", "Daniel Funes de Rioja"] {
        assert!(d.persons.iter().any(|p| p == name), "{name} missing: {:?}", d.persons);
    }

    // No metadata at all: the text rules read the dateline; a sidebar's <time> is not
    // the article's date.
    let d = doc(&c, "wire-copy");
    assert_eq!(d.title, "Copper prices climb as Chilean mine strike drags on");
    assert_eq!(d.date.as_deref(), Some("2024-06-12"), "{}", said(d));
    assert_eq!(d.authors, ["Nadia Rahman"]);
    assert_eq!(d.persons, ["Rodrigo Araya", "Karen Holt", "Nadia Rahman"]);

    let chrome = [
        "Oliver Grant",
        "William Hart",
        "Amelia Stone",
        "Brian Cole",
        "Margaret Doyle",
        "Rachel Kim",
        "Daniel Soto",
        "Victor Crane",
        "Patricia Bullrich",
        "Axel Kicillof",
        "Lionel Messi",
        "Ernesto Paz",
        "Francis Ward",
        "Gregory Hill",
    ];
    for name in chrome {
        assert!(c.people.iter().all(|p| p.name != name), "{name} is page chrome, not a person of the corpus");
        assert!(
            c.documents.iter().all(|d| d.paragraphs.iter().all(|p| !p.contains(name))),
            "{name}'s chrome line reached an article body"
        );
    }
}

/// Patterns met on real saved pages (newspaper4k's test pages): a title with section
/// and outlet appended, a site's own name for the publication-date meta tag, a
/// "posted …, updated …" line, contributors credited with their outlet's possessive.
#[test]
fn saved_web_pages_real_world_shapes() {
    let c = ingest_dir(&fixture("pages")).expect("the pages fixture corpus ingests");
    let d = doc(&c, "storm-travel");
    assert_eq!(d.title, "Storm eases before the holiday rush");
    assert_eq!(d.publisher.as_deref(), Some("Gulf Ledger"));
    assert_eq!(d.date.as_deref(), Some("2014-12-27"), "{}", said(d));
    assert!(!d.date_estimated);
    assert!(said(d).contains("article_date_original"), "{}", said(d));
    assert!(!d.paragraphs.iter().any(|p| p.contains("updated")), "{:#?}", d.paragraphs);
    // No article markup: the block holding the prose is the article, not the teasers
    // beside it.
    assert!(
        !d.paragraphs.iter().any(|p| p.contains("chess") || p.contains("Elsewhere")),
        "{:#?}",
        d.paragraphs
    );
    assert!(!d.persons.iter().any(|p| p.contains("Dolores")), "{:?}", d.persons);
    // The stated author first (the outlet after her name dropped), then the credited.
    assert_eq!(d.authors, ["Rosa Achterberg", "Piet Vos", "Mara Lindqvist", "Theo Barros", "Ines Duarte"]);
    assert!(!d.persons.iter().any(|p| p.contains("Puerto") || p.contains("Ledger")), "{:?}", d.persons);
    for name in ["Renata Solís", "Colm Brannigan"] {
        assert!(d.persons.iter().any(|p| p == name), "{name} missing: {:?}", d.persons);
    }
    // Every credited person is a person of the article; those only credited (not
    // named in the text) come last, in credit order, the same on every build.
    for a in &d.authors {
        assert!(d.persons.contains(a), "{a} missing: {:?}", d.persons);
    }
    assert!(d.persons.ends_with(&["Rosa Achterberg".to_string(), "Piet Vos".to_string()]), "{:?}", d.persons);
    for _ in 0..4 {
        let again = ingest_dir(&fixture("pages")).expect("ingests again");
        assert_eq!(doc(&again, "storm-travel").persons, d.persons);
    }
}

#[test]
fn a_page_without_article_text_is_an_error_naming_it() {
    let dir = scratch("empty-page");
    std::fs::write(
        dir.join("fine.txt"),
        "Council approves budget\nThe council approved the budget on Monday.\n",
    )
    .unwrap();
    std::fs::write(dir.join("app-shell.html"), "<!doctype html><html><head><script src=app.js></script></head><body><div id=root></div></body></html>").unwrap();
    let e = ingest_dir(&dir).unwrap_err();
    assert!(e.file.ends_with("app-shell.html"), "{e}");
    assert!(e.problem.to_string().contains("JavaScript"), "{e}");
}

/// Collections (a news API's JSON, JSON Lines, a spreadsheet's CSV) and Markdown with
/// front matter. Collections give one article per record, the record's fields as stated metadata, records without text left out
/// with a warning, an ambiguous numeric date left to the language rules.
#[test]
fn collections_of_records() {
    let c = ingest_dir(&fixture("collections")).expect("the collections fixture ingests");
    assert_eq!(explorer_extract::summary(&c), "4 files in → 6 articles (0 duplicates merged)");
    let w = c.warnings.join("\n");
    assert!(w.contains("newsapi.json: record 3 (“[Removed]”) has no text; left out"), "{w}");
    assert!(!w.contains("near-duplicate"), "two articles of one story are not near-duplicates: {w}");

    let d = doc(&c, "harbour-authority-approves-new-container-terminal");
    assert_eq!(d.file, "newsapi.json#harbour-authority-approves-new-container-terminal");
    assert_eq!(d.date.as_deref(), Some("2025-09-16"));
    assert!(!d.date_estimated);
    assert!(said(d).contains("“publishedAt”"), "{}", said(d));
    assert_eq!(d.publisher.as_deref(), Some("Coastal Courier"));
    assert_eq!(d.authors, ["Priya Natarajan"]);
    assert!(d.standfirst.as_deref().is_some_and(|s| s.contains("double the port's capacity")));
    for name in ["Malcolm Reid", "Fiona Gallagher"] {
        assert!(d.persons.iter().any(|p| p == name), "{name}: {:?}", d.persons);
    }

    let d = doc(&c, "islanders-welcome-extra-ferries");
    assert_eq!(d.date.as_deref(), Some("2025-11-22"));
    assert_eq!(d.section, None);

    // A Spanish spreadsheet row: Spanish field names, and "05/02/2026" read day-first.
    let d = doc(&c, "el-puerto-suma-una-nueva-terminal-de-contenedores");
    assert_eq!(d.section.as_deref(), Some("exports"));
    assert_eq!(d.date.as_deref(), Some("2026-02-05"), "{}", said(d));
    assert_eq!(d.authors, ["Lucía Ferraro"]);
    assert!(d.persons.iter().any(|p| p == "Jorge Medina"), "{:?}", d.persons);

    // Markdown: front matter as metadata, no markup or URLs in the text.
    let d = doc(&c, "tram-line");
    assert_eq!(d.title, "Council backs new tram line to the harbour");
    assert_eq!(d.date.as_deref(), Some("2025-06-03"));
    assert_eq!(d.authors, ["Ana Pérez"]);
    assert_eq!(d.publisher.as_deref(), Some("City Chronicle"));
    assert!(
        d.paragraphs.iter().all(|p| !p.contains("http") && !p.contains('*') && !p.contains("](")),
        "{:?}",
        d.paragraphs
    );
    assert!(d.paragraphs.iter().all(|p| !p.contains("tram depot")), "image alt text is not article text");
    for name in ["Joan Ellis", "Ravi Menon"] {
        assert!(d.persons.iter().any(|p| p == name), "{name}: {:?}", d.persons);
    }

    // Both articles of the terminal story are one thread.
    let a = doc(&c, "harbour-authority-approves-new-container-terminal").thread;
    assert!(a.is_some() && a == doc(&c, "campaigners-file-court-challenge-to-terminal-plan").thread);
}

#[test]
fn a_collection_without_text_fields_is_an_error_naming_it_and_its_fields() {
    let dir = scratch("prices");
    std::fs::write(
        dir.join("fine.txt"),
        "Council approves budget\nThe council approved the budget on Monday.\n",
    )
    .unwrap();
    std::fs::write(dir.join("prices.csv"), "Ticker,Close\nABC,12.5\n").unwrap();
    let e = ingest_dir(&dir).unwrap_err();
    assert!(e.file.ends_with("prices.csv"), "{e}");
    assert!(
        e.problem.to_string().contains("no text field") && e.problem.to_string().contains("Close, Ticker"),
        "{e}"
    );
}

#[test]
fn near_duplicates_are_kept_with_a_warning() {
    let dir = scratch("near-dup");
    let text = "Council approves harbour budget\nThe city council approved the harbour budget on Monday after a long debate. Mayor Joan Ellis said the money would repair the old sea wall. Councillor Peter Ames voted against the plan, saying the costs were too high.\n";
    std::fs::write(dir.join("budget.txt"), text).unwrap();
    std::fs::write(dir.join("budget-updated.txt"), text.replace("long debate", "long and heated debate"))
        .unwrap();
    std::fs::write(
        dir.join("ferry.txt"),
        "Ferry fares rise\nFerry fares will rise in March, the operator said. Mayor Joan Ellis criticised the increase.\n",
    )
    .unwrap();
    let c = ingest_dir(&dir).unwrap();
    assert_eq!(c.documents.len(), 3, "near-duplicates are both kept");
    let w = c.warnings.join("\n");
    assert!(w.contains("budget.txt: nearly the same text as budget-updated.txt"), "{w}");
    assert!(!w.contains("ferry.txt: nearly"), "{w}");
}
