//! Hostile corpus text in the places that are not the DOM: the CSV and JSON exports
//! and the highlighting that feeds snippets. (The DOM side, in real Chromium, is the
//! "hostile input" block at the end of `tests/wasm.rs`.)
//!
//! An export is opened in spreadsheets and sometimes pasted into pages, so a headline
//! like `=HYPERLINK(…)` must not become a formula, and `</script>` must not be able
//! to close a script element the JSON is inlined into.

#![cfg(not(target_arch = "wasm32"))]

use explorer_core::evidence::{DateEvidence, DateSource, DateWhy};
use explorer_core::index::{highlight, snippet, ParsedQuery};
use explorer_core::insights::{citation, export_csv, export_json};
use explorer_core::model::{Corpus, Document};
use explorer_core::state::UiLang;
use explorer_core::text::Lang;

const SCRIPT: &str = "</script><script>window.__pwned = 1</script>";

fn hostile() -> Corpus {
    let d = |id: &str, title: &str, person: &str| Document {
        id: id.into(),
        file: format!("{id} <b>.txt"),
        title: title.into(),
        publisher: Some("@SUM(1+1)*cmd|' /C calc'!A0".into()),
        persons: vec![person.into(), "=evil()".into()],
        topics: vec!["-2+3".into()],
        date_evidence: DateEvidence {
            why: DateWhy::Stated {
                quote: format!("said {SCRIPT}"),
                source: DateSource::Field(SCRIPT.into()),
                reading: None,
            },
            cues: Vec::new(),
        }
        .said(),
        paragraphs: vec![format!("Tolls {SCRIPT} rise &lt;b&gt; \u{202E}txet\u{202C} zero\u{200B}width")],
        ..Default::default()
    };
    Corpus {
        documents: vec![
            d("a", "=HYPERLINK(\"http://evil.example\",\"click\")", "+Mallory"),
            d("b", "\t=1+1", "-Eve"),
            d("c", "\r=1+1, with a comma and a \"quote\"", "Lucía"),
        ],
        ..Default::default()
    }
}

/// Splits one CSV record (RFC 4180 quoting) into fields.
fn csv_record(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                out.last_mut().unwrap().push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(String::new()),
            (c, _) => out.last_mut().unwrap().push(c),
        }
    }
    out
}

#[test]
fn csv_defuses_formulas_in_every_field() {
    let c = hostile();
    let csv = export_csv(c.documents.iter().take(3));
    let body = csv.split_once("\r\n").unwrap().1;
    // Records end in CRLF; a CR inside a quoted field is part of the field.
    let records: Vec<Vec<String>> = body.trim_end_matches("\r\n").split("\r\n").map(csv_record).collect();
    let mut fields = 0;
    for rec in &records {
        for f in rec {
            fields += 1;
            assert!(
                !f.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a field a spreadsheet would run as a formula: {f:?}\n{csv}"
            );
        }
    }
    assert!(fields >= 27, "{records:?}");
    assert!(csv.contains("'=HYPERLINK("), "{csv}");
    assert!(csv.contains("'@SUM(1+1)"), "{csv}");
    assert!(csv.contains("'\t=1+1"), "a tab before = is defused too: {csv}");
    assert!(csv.contains("\"'\r=1+1, with a comma and a \"\"quote\"\"\""), "{csv}");
}

#[test]
fn json_escapes_markup_and_round_trips_the_text() {
    let c = hostile();
    let json = export_json(&c.documents[..3], UiLang::En);
    assert!(!json.contains('<'), "no raw < that could close an inlining script: {json}");
    let parsed: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    for (i, d) in c.documents.iter().enumerate() {
        assert_eq!(parsed[i]["title"], d.title.as_str());
        assert_eq!(parsed[i]["paragraphs"][0], d.paragraphs[0].as_str(), "text kept exactly");
        assert_eq!(parsed[i]["date_evidence"], d.date_evidence.get(UiLang::En));
    }
}

#[test]
fn citation_is_plain_text() {
    let c = hostile();
    let cite = citation(&c.documents[0]);
    assert!(cite.contains("=HYPERLINK("), "the citation is the text as written: {cite}");
}

#[test]
fn highlighting_never_loses_or_reorders_hostile_text() {
    let c = hostile();
    let text = &c.documents[0].paragraphs[0];
    for q in ["tolls", "script", "pwned", "b", "txet", "zero", "\"rise &lt\"", "<script>"] {
        let parsed = ParsedQuery::parse(q);
        let segs = highlight(text, &parsed, Lang::En);
        let joined: String = segs.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(&joined, text, "segments of {q:?} rebuild the text");
        let snip = snippet(&c.documents[0], &parsed, Lang::En, 40);
        let joined: String = snip.iter().map(|s| s.text.as_str()).collect();
        assert!(!joined.is_empty());
    }
    let segs = highlight(text, &ParsedQuery::parse("tolls"), Lang::En);
    assert!(segs.iter().any(|s| s.mark && s.text == "Tolls"), "{segs:?}");
}
