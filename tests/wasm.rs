//! Component tests in a real browser (wasm-bindgen-test in headless Chromium).
//!
//! Each test mounts the whole `<App/>` over a small fixture corpus of its own into a
//! fresh element, acts on the DOM as a person would (typing, ticking) and reads the
//! DOM back. Run by `tools/test.sh` with `cargo test --target wasm32-unknown-unknown
//! --test wasm`; on the host this file compiles to nothing.

#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use news_explorer::app::App;
use news_explorer::index::Data;
use news_explorer::model::{Corpus, Document, Precision};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn doc(id: &str, title: &str, body: &str, people: &[&str], date: &str) -> Document {
    Document {
        id: id.into(),
        file: format!("{id}.txt"),
        title: title.into(),
        paragraphs: vec![body.into()],
        persons: people.iter().map(|p| p.to_string()).collect(),
        topics: vec!["Harbour strike".into()],
        publisher: Some("Harbour Gazette".into()),
        date: Some(date.into()),
        date_precision: Some(Precision::Day),
        date_evidence: "fixture".into(),
        ..Default::default()
    }
}

fn fixture() -> &'static Data {
    let docs = vec![
        doc(
            "a",
            "Ferry strike ends",
            "Lucía Ortega said ferries run again.",
            &["Lucía Ortega"],
            "2024-03-02",
        ),
        doc("b", "Harbour fees rise", "Tom Reyes objected to the fees.", &["Tom Reyes"], "2024-05-09"),
        doc(
            "c",
            "<img src=x onerror=alert(1)> Fees and ferries",
            "<script>window.__pwned = 1</script> Ortega and Reyes met.",
            &["Lucía Ortega", "Tom Reyes"],
            "2025-01-10",
        ),
    ];
    Box::leak(Box::new(Data::new(Corpus { documents: docs, ..Default::default() })))
}

async fn mount() -> Element {
    let window = web_sys::window().unwrap();
    window.location().set_hash("").unwrap();
    let document = window.document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let data = fixture();
    let handle = leptos::mount::mount_to(host.clone().unchecked_into(), move || view! { <App data/> });
    handle.forget();
    settle().await;
    host
}

async fn settle() {
    gloo_timers::future::TimeoutFuture::new(30).await;
}

fn status(host: &Element) -> String {
    host.query_selector("[role=status]").unwrap().unwrap().text_content().unwrap()
}

fn titles(host: &Element) -> Vec<String> {
    let list = host.query_selector_all(".results h3").unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap()).collect()
}

fn unmount(host: Element) {
    host.remove();
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn lists_every_article_newest_first() {
    let host = mount().await;
    assert_eq!(status(&host), "3 of 3 articles");
    let t = titles(&host);
    assert_eq!(t.len(), 3);
    assert!(t[0].contains("Fees and ferries"), "{t:?}");
    unmount(host);
}

#[wasm_bindgen_test]
async fn typing_narrows_and_highlights() {
    let host = mount().await;
    let input: HtmlInputElement =
        host.query_selector("input[type=search]").unwrap().unwrap().unchecked_into();
    input.set_value("lucia");
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    settle().await;
    // "Lucía Ortega" is in the first article's text and among the third's people.
    assert_eq!(status(&host), "2 of 3 articles");
    assert!(titles(&host)[0].contains("Ferry strike"), "a text match ranks first");
    let mark = host.query_selector(".results mark").unwrap().expect("a highlighted match");
    assert_eq!(mark.text_content().unwrap(), "Lucía");
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert_eq!(hash, "#q=lucia", "the URL holds the search");
    unmount(host);
}

#[wasm_bindgen_test]
async fn ticking_a_person_filters_and_keeps_other_counts() {
    let host = mount().await;
    let boxes = host.query_selector_all("input[type=checkbox]").unwrap();
    let tom: HtmlInputElement = (0..boxes.length())
        .map(|i| boxes.item(i).unwrap().unchecked_into::<HtmlInputElement>())
        .find(|b| b.get_attribute("aria-label").as_deref() == Some("Tom Reyes"))
        .expect("a checkbox named Tom Reyes");
    tom.click();
    settle().await;
    assert_eq!(status(&host), "2 of 3 articles");
    // The other person's count is computed against the other facets only.
    let counts: Vec<String> = {
        let c = host.query_selector_all(".facet .count").unwrap();
        (0..c.length()).map(|i| c.item(i).unwrap().text_content().unwrap()).collect()
    };
    assert!(counts.contains(&"2".to_string()), "{counts:?}");
    let chip =
        host.query_selector("[aria-label='Remove Tom Reyes']").unwrap().expect("an active-filter chip");
    chip.unchecked_into::<web_sys::HtmlElement>().click();
    settle().await;
    assert_eq!(status(&host), "3 of 3 articles");
    unmount(host);
}

#[wasm_bindgen_test]
async fn corpus_text_is_never_html() {
    let host = mount().await;
    assert!(host.query_selector(".results img").unwrap().is_none(), "no injected element");
    assert!(host.query_selector(".results script").unwrap().is_none());
    assert!(titles(&host)[0].contains("<img src=x onerror=alert(1)>"), "shown as text");
    unmount(host);
}

#[wasm_bindgen_test]
async fn a_repaired_link_shows_a_notice() {
    let window = web_sys::window().unwrap();
    let host = mount().await;
    window.location().set_hash("person=Nobody&from=2024-99-99").unwrap();
    settle().await;
    let alert = host.query_selector("[role=alert]").unwrap().expect("a notice");
    assert!(alert.text_content().unwrap().contains("Nobody"));
    assert_eq!(status(&host), "3 of 3 articles");
    unmount(host);
}
