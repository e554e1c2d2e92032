//! Component tests in a real browser (wasm-bindgen-test in headless Chromium).
//!
//! Each test mounts the whole explorer (`app::mount`) over a small fixture corpus of its
//! own into a fresh element, acts on the DOM as a person would (typing, ticking) and
//! reads the DOM back. Two tests check the view builder (`dom.rs`) on its own: nested
//! regions and keyed lists. Run by `tools/test.sh` with `cargo test --target wasm32-unknown-unknown
//! --test wasm`; on the host this file compiles to nothing.

#![cfg(target_arch = "wasm32")]

use explorer_core::evidence::{DateEvidence, DateSource, DateWhy, RelatedWhy};
use explorer_core::index::Data;
use explorer_core::model::{Corpus, Document, Precision};
use news_explorer::app::mount as mount_app;
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
        date_evidence: DateEvidence {
            why: DateWhy::Stated { quote: "fixture".into(), source: DateSource::Header, reading: None },
            cues: Vec::new(),
        }
        .said(),
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

/// Mounts the explorer over `data` into a fresh element, starting from the URL `hash`.
async fn mount_data(hash: &str, data: &'static Data) -> Element {
    let window = web_sys::window().unwrap();
    window.location().set_hash(hash).unwrap();
    let document = window.document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    mount_app(&host, data);
    settle().await;
    // The filters arrive one per task after the results; on a loaded machine that can
    // take longer than one settle.
    for _ in 0..100 {
        if host.query_selector("aside .facet").unwrap().is_some()
            || data.index.facets.iter().all(|f| f.values.is_empty())
        {
            break;
        }
        settle().await;
    }
    settle().await;
    host
}

async fn mount() -> Element {
    mount_data("", fixture()).await
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

/// Runs `build` under a reactive owner of its own and puts what it made in a fresh
/// element of the page.
fn mount_view(build: impl FnOnce() -> news_explorer::dom::El) -> Element {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let owner = leptos::prelude::Owner::new();
    let view = owner.with(build);
    host.append_child(&view.0).unwrap();
    std::mem::forget(owner);
    host
}

/// A region rebuilt after a region inside it was rebuilt leaves nothing of the old
/// content behind (the inner region's newer nodes included).
#[wasm_bindgen_test]
async fn nested_regions_rebuild_cleanly() {
    use leptos::prelude::*;
    use news_explorer::dom::{el, region};
    let (outer, inner) = (RwSignal::new(0), RwSignal::new(0));
    let host = mount_view(move || {
        el("div").region(move || {
            let o = outer.get();
            let mut nodes = vec![el("p").text(&format!("outer {o}")).into()];
            nodes.extend(region(move || vec![el("span").text(&format!("inner {}", inner.get())).into()]));
            nodes
        })
    });
    assert_eq!(host.text_content().unwrap(), "outer 0inner 0");
    inner.set(1);
    settle().await;
    assert_eq!(host.text_content().unwrap(), "outer 0inner 1");
    outer.set(1);
    settle().await;
    assert_eq!(host.text_content().unwrap(), "outer 1inner 1");
    assert_eq!(host.query_selector_all("p, span").unwrap().length(), 2);
    host.remove();
}

/// A keyed list keeps the element of a key that stays, in the new order, and drops the
/// others.
#[wasm_bindgen_test]
async fn keyed_lists_keep_their_items() {
    use leptos::prelude::*;
    use news_explorer::dom::{el, keyed};
    let keys = RwSignal::new(vec![1u32, 2, 3]);
    let host = mount_view(move || {
        let list = el("ol");
        keyed(&list, move || keys.get(), |k| el("li").text(&k.to_string()));
        list
    });
    let items = |host: &Element| {
        let l = host.query_selector_all("li").unwrap();
        (0..l.length()).map(|i| l.item(i).unwrap().unchecked_into::<Element>()).collect::<Vec<_>>()
    };
    let three = items(&host)[2].clone();
    three.set_attribute("data-mark", "kept").unwrap();
    keys.set(vec![3, 4, 1]);
    settle().await;
    let now = items(&host);
    assert_eq!(now.iter().map(|e| e.text_content().unwrap()).collect::<Vec<_>>(), ["3", "4", "1"]);
    assert_eq!(now[0], three, "the element of key 3 is the same element");
    assert_eq!(now[0].get_attribute("data-mark").as_deref(), Some("kept"));
    keys.set(Vec::new());
    settle().await;
    assert!(items(&host).is_empty());
    host.remove();
}

/// The browser folds with its own `normalize("NFD")` and the generated mark table;
/// it must agree with the build's folding (unicode-normalization) on every case the
/// index relies on, or query words would miss indexed ones.
#[wasm_bindgen_test]
fn the_browser_folds_like_the_build() {
    use explorer_core::text::{fold, is_combining_mark, tokenize};
    for (input, folded) in [
        ("Lucía", "lucia"),
        ("ÉXITO Ñandú", "exito nandu"),
        ("Björn Straße", "bjorn strasse"),
        ("Luci\u{301}a", "lucia"),
        ("Brenner’s", "brenner's"),
        ("Çağrı Ōsaka", "cagrı osaka"),
        ("OKAFOR", "okafor"),
        ("ΟΔΥΣΣΕΥΣ", "οδυσσευσ"),
    ] {
        assert_eq!(fold(input), folded, "{input}");
    }
    assert!(is_combining_mark('\u{301}') && is_combining_mark('\u{64B}') && is_combining_mark('\u{20DD}'));
    assert!(!is_combining_mark('a') && !is_combining_mark('é') && !is_combining_mark('\u{2FF}'));
    assert_eq!(tokenize("Luci\u{301}a dijo").len(), 2);
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
    let chips = host.query_selector_all(".refinements .chip").unwrap();
    let chip = (0..chips.length())
        .map(|i| chips.item(i).unwrap().unchecked_into::<Element>())
        .find(|c| c.text_content().unwrap_or_default().replace(" ×", "") == "Remove Tom Reyes")
        .expect("an active-filter chip named Remove Tom Reyes");
    chip.unchecked_into::<web_sys::HtmlElement>().click();
    settle().await;
    assert_eq!(status(&host), "3 of 3 articles");
    unmount(host);
}

/// The `aria-pressed` value of every result chip named `name`.
fn chip_states(host: &Element, name: &str) -> Vec<String> {
    let chips = host.query_selector_all(".results ul.people button").unwrap();
    (0..chips.length())
        .map(|i| chips.item(i).unwrap().unchecked_into::<Element>())
        .filter(|c| c.text_content().as_deref() == Some(name))
        .map(|c| c.get_attribute("aria-pressed").unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn a_person_chip_filters_and_every_chip_of_that_person_shows_it() {
    let host = mount().await;
    assert_eq!(chip_states(&host, "Lucía Ortega"), ["false", "false"]);
    let chips = host.query_selector_all(".results ul.people button").unwrap();
    let lucia = (0..chips.length())
        .map(|i| chips.item(i).unwrap().unchecked_into::<web_sys::HtmlElement>())
        .find(|c| c.text_content().as_deref() == Some("Lucía Ortega"))
        .expect("a chip named Lucía Ortega");
    lucia.click();
    settle().await;
    assert_eq!(status(&host), "2 of 3 articles");
    // The two results stay in the page; both of their chips for her are now pressed.
    assert_eq!(chip_states(&host, "Lucía Ortega"), ["true", "true"]);
    assert_eq!(chip_states(&host, "Tom Reyes"), ["false"]);
    lucia.click();
    settle().await;
    assert_eq!(status(&host), "3 of 3 articles");
    assert_eq!(chip_states(&host, "Lucía Ortega"), ["false", "false"]);
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

// ---- Hostile input (reliability/security issue): corpus text with markup, entities,
// bidi and zero-width characters must render as inert text everywhere; hostile URL
// hashes must leave a working page with a notice. Keep this block together. ----

mod hostile {
    use super::*;

    const SCRIPT: &str = "<script>window.__pwned = 1</script>";
    const IMG: &str = "<img src=x onerror=\"window.__pwned = 2\">";
    const LINK: &str = "<a href=\"javascript:window.__pwned = 3\">click</a>";
    const ENTITY: &str = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#60;b&#62;";
    const BIDI: &str = "\u{202E}txet desrever\u{202C} zero\u{200B}width join\u{200D}er";

    fn corpus() -> &'static Data {
        let evil = |id: &str, date: &str| Document {
            id: id.into(),
            file: format!("{id} {IMG}.txt"),
            title: format!("{IMG} Harbour {ENTITY} report {id}"),
            standfirst: Some(format!("<iframe src=\"javascript:window.__pwned = 4\"></iframe> {BIDI}")),
            paragraphs: vec![
                format!("Ferry {SCRIPT} tolls rise. {LINK}"),
                format!("{ENTITY} {BIDI} <svg onload=\"window.__pwned = 5\">"),
            ],
            persons: vec![format!("<b onmouseover=\"window.__pwned = 6\">Eve</b>"), "Tom Reyes".into()],
            topics: vec!["<svg onload=alert(1)> topic".into()],
            publisher: Some(format!("\"><img src=x onerror=alert(1)>{BIDI}")),
            authors: vec![format!("{IMG} Mallory")],
            date: Some(date.into()),
            date_precision: Some(Precision::Day),
            date_evidence: DateEvidence {
                why: DateWhy::Stated {
                    quote: format!("\" onmouseover=\"window.__pwned = 7\" {SCRIPT}"),
                    source: DateSource::Meta(IMG.into()),
                    reading: None,
                },
                cues: Vec::new(),
            }
            .said(),
            duplicates: vec![format!("copy {SCRIPT}.txt")],
            related: vec![explorer_core::model::Related {
                id: if id == "h1" { "h2".into() } else { "h1".into() },
                reason: RelatedWhy::Shares(vec![IMG.into()]),
            }],
            thread: Some(0),
            ..Default::default()
        };
        let corpus = Corpus {
            documents: vec![evil("h1", "2024-03-02"), evil("h2", "2024-05-09")],
            events: vec![explorer_core::model::Event {
                date: "2024-03-01".into(),
                precision: Some(Precision::Day),
                text: format!("On 1 March {SCRIPT} {IMG} happened."),
                docs: vec!["h1".into(), "h2".into()],
            }],
            threads: vec![explorer_core::model::Thread {
                label: format!("{IMG} story"),
                docs: vec!["h1".into(), "h2".into()],
            }],
            ..Default::default()
        };
        Box::leak(Box::new(Data::new(corpus)))
    }

    /// Replaces `alert`/`confirm`/`prompt` with recorders, and clears the flags.
    fn trap_dialogs() {
        js_sys::Function::new_no_args(
            "window.__dialogs = 0; delete window.__pwned;\
             window.alert = window.confirm = window.prompt = function () { window.__dialogs += 1; };",
        )
        .call0(&wasm_bindgen::JsValue::NULL)
        .unwrap();
    }

    fn global(name: &str) -> wasm_bindgen::JsValue {
        js_sys::Reflect::get(&web_sys::window().unwrap(), &name.into()).unwrap()
    }

    async fn mount_at(hash: &str) -> Element {
        trap_dialogs();
        mount_data(hash, corpus()).await
    }

    /// No element the corpus could have injected, no script ran, no dialog opened,
    /// and no attribute anywhere holds a `javascript:` URL or an event handler.
    async fn assert_inert(host: &Element, place: &str) {
        // Give an injected <img onerror> or <svg onload> time to fire.
        gloo_timers::future::TimeoutFuture::new(100).await;
        let bad = host.query_selector_all("script, img, iframe, svg, b, object, embed").unwrap();
        assert_eq!(bad.length(), 0, "{place}: an element from corpus text was created");
        let all = host.query_selector_all("*").unwrap();
        for i in 0..all.length() {
            let el: Element = all.item(i).unwrap().unchecked_into();
            let names = el.get_attribute_names();
            for n in names.iter() {
                let n = n.as_string().unwrap();
                let v = el.get_attribute(&n).unwrap_or_default();
                assert!(!n.starts_with("on"), "{place}: event attribute {n}={v:?} on <{}>", el.tag_name());
                assert!(
                    !v.trim_start().to_ascii_lowercase().starts_with("javascript:"),
                    "{place}: {n}={v:?}"
                );
            }
        }
        assert!(global("__pwned").is_undefined(), "{place}: a script from the corpus ran");
        assert_eq!(global("__dialogs").as_f64(), Some(0.0), "{place}: a dialog opened");
    }

    fn text(host: &Element, selector: &str) -> String {
        let list = host.query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().text_content().unwrap())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The check used below does catch markup that became elements and ran.
    #[wasm_bindgen_test]
    async fn the_inertness_check_detects_injected_markup() {
        trap_dialogs();
        let document = web_sys::window().unwrap().document().unwrap();
        let host = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&host).unwrap();
        host.set_inner_html(&format!("{IMG}<img src=y onerror=\"alert(1)\">"));
        // Both images' error events must have fired before the checks (and before the next
        // test, which would see them): wait for them, not for a fixed time, which a loaded
        // machine overruns.
        for _ in 0..200 {
            if global("__pwned").as_f64() == Some(2.0) && global("__dialogs").as_f64() == Some(1.0) {
                break;
            }
            gloo_timers::future::TimeoutFuture::new(25).await;
        }
        assert_eq!(global("__pwned").as_f64(), Some(2.0), "the injected handler ran");
        assert_eq!(global("__dialogs").as_f64(), Some(1.0), "the dialog was recorded");
        assert_eq!(host.query_selector_all("img").unwrap().length(), 2);
        host.remove();
        trap_dialogs();
    }

    #[wasm_bindgen_test]
    async fn results_and_facets_show_markup_as_text() {
        let host = mount_at("").await;
        assert_eq!(status(&host), "2 of 2 articles");
        let t = titles(&host);
        assert!(t[0].contains(IMG) && t[0].contains(ENTITY), "markup and entities shown literally: {t:?}");
        let page = host.text_content().unwrap();
        assert!(page.contains("<b onmouseover=\"window.__pwned = 6\">Eve</b>"), "person as text");
        assert!(page.contains("<svg onload=alert(1)> topic"), "topic as text");
        assert!(page.contains(BIDI), "bidi and zero-width characters kept as text");
        assert_inert(&host, "results").await;
        unmount(host);
    }

    #[wasm_bindgen_test]
    async fn snippets_highlight_next_to_markup_without_interpreting_it() {
        let host = mount_at("").await;
        let input: HtmlInputElement =
            host.query_selector("input[type=search]").unwrap().unwrap().unchecked_into();
        for q in ["tolls", "script", "pwned", "lt"] {
            input.set_value(q);
            input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
            settle().await;
            assert_eq!(status(&host), "2 of 2 articles", "{q}");
            assert!(host.query_selector(".results mark").unwrap().is_some(), "{q}: a highlight");
            assert_inert(&host, q).await;
        }
        input.set_value("tolls");
        input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
        settle().await;
        let snip = text(&host, ".results .snippet");
        assert!(snip.contains("Ferry <script>window.__pwned = 1</script> tolls rise."), "{snip}");
        assert_eq!(text(&host, ".results .snippet mark").split('\n').next(), Some("tolls"));
        unmount(host);
    }

    #[wasm_bindgen_test]
    async fn reader_shows_markup_entities_and_duplicates_as_text() {
        let host = mount_at("doc=h1").await;
        let reader = host.query_selector(".reader").unwrap().expect("the reader is open");
        let body = reader.text_content().unwrap();
        for s in [SCRIPT, IMG, LINK, ENTITY, BIDI, "copy <script>window.__pwned = 1</script>.txt"] {
            assert!(body.contains(s), "{s:?} shown literally in the reader");
        }
        assert!(text(&host, ".reader h2").contains("&lt;script&gt;"), "entities are not decoded");
        assert!(text(&host, ".reader .duplicates").contains("copy <script>"), "duplicates listed");
        // Tooltips hold the text itself, not markup that was parsed.
        let time = reader.query_selector("time[title]").unwrap().expect("date tooltip");
        let title = time.get_attribute("title").unwrap();
        let quoted = format!("“\" onmouseover=\"window.__pwned = 7\" {SCRIPT}”");
        assert!(title.contains(&quoted) && title.contains(IMG), "{title}");
        assert_inert(&host, "reader").await;
        unmount(host);
    }

    #[wasm_bindgen_test]
    async fn timeline_and_people_views_show_markup_as_text() {
        let host = mount_at("view=timeline").await;
        assert!(text(&host, ".timeline").contains(SCRIPT), "event text literal");
        assert_inert(&host, "timeline").await;
        unmount(host);
        let host = mount_at("view=people").await;
        let cell = host.query_selector(".matrix td[title]").unwrap().expect("a matrix cell with a tooltip");
        assert!(cell.get_attribute("title").unwrap().contains("<b onmouseover"), "tooltip is text");
        assert_inert(&host, "people").await;
        unmount(host);
    }

    #[wasm_bindgen_test]
    async fn hostile_links_leave_a_working_page_with_a_notice() {
        let huge = format!("q={}", "a".repeat(40_000));
        let cases: Vec<(String, bool)> = vec![
            ("%%%&&==%zz".into(), false),
            (huge, true),
            ("from=2030-01-01&to=2020-01-01".into(), true),
            ("from=2024-02-30&to=9999-99-99".into(), true),
            (
                "person=Nobody&topic=%3Cscript%3E&sort=42&view=%3Cimg%20src=x%20onerror=alert(1)%3E".into(),
                true,
            ),
            ("doc=does-not-exist".into(), true),
            ("doc=%00%FF%FE&lang=xx".into(), true),
            ("q=%F0%9F%92%A5%ED%A0%80".into(), false),
            ("from=2024-05-01&to=2024-05-31&person=Tom+Reyes".into(), false),
        ];
        for (hash, notice) in cases {
            let host = mount_at(&hash).await;
            let label = &hash[..hash.len().min(60)];
            let count = status(&host);
            assert!(count.ends_with("of 2 articles"), "{label}: the page still works ({count})");
            if notice {
                let alert = host.query_selector(".notice[role=alert]").unwrap();
                assert!(alert.is_some(), "{label}: a notice says what was ignored");
            }
            assert_inert(&host, label).await;
            unmount(host);
        }
        // Changing the hash to garbage on a mounted page also keeps it working.
        let host = mount_at("").await;
        web_sys::window().unwrap().location().set_hash("person=%3Cb%3E&from=yesterday").unwrap();
        settle().await;
        assert_eq!(status(&host), "2 of 2 articles");
        assert!(text(&host, ".notice").contains("<b>"), "the notice quotes the value as text");
        assert_inert(&host, "hashchange").await;
        unmount(host);
    }
}

/// The exploring components added by `explore.rs`: reader entities, day histogram,
/// phone filters disclosure, empty state.
mod exploring {
    use super::*;

    async fn mount_with(hash: &str) -> Element {
        mount_data(hash, fixture()).await
    }

    fn click(host: &Element, selector: &str) {
        let el = host.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"));
        el.unchecked_into::<web_sys::HtmlElement>().click();
    }

    fn bars(host: &Element) -> Vec<Element> {
        let list = host.query_selector_all(".histogram .bar").unwrap();
        (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into()).collect()
    }

    #[wasm_bindgen_test]
    async fn a_person_in_the_reader_filters_by_that_person() {
        let host = mount_with("doc=a").await;
        let person =
            host.query_selector(".reader .body button.person-name").unwrap().expect("a person button");
        assert_eq!(person.text_content().unwrap(), "Lucía Ortega");
        // The text around it is still there, as text.
        let body = host.query_selector(".reader .body").unwrap().unwrap().text_content().unwrap();
        assert_eq!(body, "Lucía Ortega said ferries run again.");
        person.unchecked_into::<web_sys::HtmlElement>().click();
        settle().await;
        assert!(host.query_selector(".reader").unwrap().is_none(), "the reader closed");
        assert_eq!(status(&host), "2 of 3 articles");
        let hash = web_sys::window().unwrap().location().hash().unwrap();
        assert_eq!(hash, "#person=Luc%C3%ADa+Ortega");
        unmount(host);
    }

    #[wasm_bindgen_test]
    async fn a_range_inside_one_month_shows_its_days() {
        let host = mount_with("").await;
        assert_eq!(bars(&host).len(), 11, "March 2024 to January 2025");
        let group = host.query_selector(".histogram").unwrap().unwrap();
        assert_eq!(group.get_attribute("aria-label").as_deref(), Some("Articles per month"));
        // Choosing March opens its days.
        bars(&host)[0].unchecked_ref::<web_sys::HtmlElement>().click();
        settle().await;
        let days = bars(&host);
        assert_eq!(days.len(), 31);
        assert_eq!(days[1].get_attribute("aria-label").as_deref(), Some("2 Mar 2024: 1 article"));
        let group = host.query_selector(".histogram").unwrap().unwrap();
        assert_eq!(group.get_attribute("aria-label").as_deref(), Some("Articles per day"));
        let from: HtmlInputElement = host.query_selector("#from").unwrap().unwrap().unchecked_into();
        assert_eq!(from.value(), "2024-03-01");
        // Choosing a day narrows the range to it; "All months" leaves the days.
        days[1].unchecked_ref::<web_sys::HtmlElement>().click();
        settle().await;
        let to: HtmlInputElement = host.query_selector("#to").unwrap().unwrap().unchecked_into();
        assert_eq!((from.value(), to.value()), ("2024-03-02".to_string(), "2024-03-02".to_string()));
        assert_eq!(status(&host), "1 of 3 articles");
        click(&host, ".zoom-out");
        settle().await;
        assert_eq!(bars(&host).len(), 11);
        assert_eq!(status(&host), "3 of 3 articles");
        unmount(host);
    }

    #[wasm_bindgen_test]
    async fn the_filters_button_counts_and_discloses() {
        let host = mount_with("person=Tom+Reyes").await;
        let toggle = host.query_selector(".filters-toggle").unwrap().expect("a Filters button");
        assert_eq!(toggle.text_content().unwrap(), "Filters (1 active)");
        assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("false"));
        assert_eq!(toggle.get_attribute("aria-controls").as_deref(), Some("filters"));
        click(&host, ".filters-toggle");
        settle().await;
        assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("true"));
        assert!(host.query_selector("#filters.open").unwrap().is_some());
        unmount(host);
    }

    #[wasm_bindgen_test]
    async fn an_empty_result_offers_the_filter_to_remove() {
        // Only "b" says "objected", and it does not mention Lucía.
        let host = mount_with("person=Luc%C3%ADa+Ortega&q=objected").await;
        assert_eq!(status(&host), "0 of 3 articles");
        let offers: Vec<String> = {
            let list = host.query_selector_all(".rescue button").unwrap();
            (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap()).collect()
        };
        assert_eq!(offers, ["Remove search objected (2 articles)", "Remove Lucía Ortega (1 article)"]);
        click(&host, ".rescue li:last-child button");
        settle().await;
        assert_eq!(status(&host), "1 of 3 articles");
        unmount(host);
    }
}

/// A panic must leave a readable panel with a way to reset, not a blank page.
#[wasm_bindgen_test]
async fn the_panic_panel_is_readable_text_with_a_reset() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    host.set_inner_html("<p>the dead app</p>");
    document.body().unwrap().append_child(&host).unwrap();
    news_explorer::components::panic_panel::show_panic_panel(
        &host,
        "panicked at <img src=x onerror=alert(1)>",
    );
    let panel = host.query_selector(".panic[role=alert]").unwrap().expect("a panel");
    assert!(panel.text_content().unwrap().contains("<img src=x onerror=alert(1)>"), "message shown as text");
    assert!(panel.query_selector("img").unwrap().is_none());
    assert!(!host.text_content().unwrap().contains("the dead app"), "the dead page is replaced");
    let reset = panel.query_selector("a.reset").unwrap().expect("a reset link");
    assert_eq!(reset.text_content().unwrap(), "Reset the explorer");
    host.remove();
}
