//! A small, untyped DOM builder on top of Leptos's reactive system.
//!
//! Why it exists: Leptos's typed views (`view!`) generate code for every distinct view
//! type — the build, rebuild and unmount of each element with its attributes and
//! children — and for this app that was about 80 KB of the wasm's brotli size, two
//! thirds of the whole 120 KB budget. Here every element is the same type ([`El`],
//! a `web_sys::Element`), every reactive part is a boxed closure run by one Leptos
//! [`RenderEffect`], so the code of the interface is written once, not once per view.
//!
//! What it keeps from Leptos: signals, memos, effects and owners. A reactive attribute,
//! text or child region is a `RenderEffect` (it runs at once and again when what it
//! read changes); whatever a region builds belongs to that effect's owner and is
//! disposed of (effects stopped, listeners dropped) when the region is rebuilt.
//! [`keyed`] keeps an item's nodes and owner for as long as its key stays in the list.
//!
//! Corpus text only ever becomes text nodes or attribute values ([`El::text`],
//! [`El::attr`]); nothing here parses HTML.
//!
//! For a Leptos developer, the vocabulary (each item's doc names its Leptos twin):
//!
//! | here | Leptos |
//! |---|---|
//! | `el("li")`, `elc("p", "x")` | `view! { <li/> }`, `view! { <p class="x"/> }` (`html::li()`) |
//! | `.attr(n, v)`, `.attr_dyn(n, f)` | `<a href=v>`, `<a href=move \|\| …>` |
//! | `.class_dyn(c, f)`, `.prop_dyn(n, f)` | `class:c=move \|\| …`, `prop:n=move \|\| …` |
//! | `.on("input", f)`, `.on_click(f)` | `on:input=f`, `on:click=f` |
//! | `.text(s)`, `.text_dyn(f)` | `{s}`, `{move \|\| f()}` |
//! | `.child(e)`, `.kids(frag)` | a child element, `<>…</>` children |
//! | `show(when, build)` | `<Show when=…>` |
//! | `dyn_child(track, build)`, `.dyn_child(…)` | `{move \|\| { let v = track(); untrack(\|\| view(v)) }}` |
//! | `keyed(parent, keys, build)` | `<For each=… key=… children=…/>` |
//! | `effect(f)` | `Effect::new(f)` (a `RenderEffect` here: it runs at once) |
//! | `focus_on(el, asked)` | a `NodeRef` focused in an `Effect` |

use leptos::prelude::*;
use leptos::reactive::effect::RenderEffect;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, Node};

/// A list of sibling nodes, what a component made of several elements returns.
/// Leptos: a fragment, `view! { <>…</> }` (`AnyView`).
pub type Frag = Vec<Node>;

/// An element under construction; every method returns it for chaining.
/// Leptos: `HtmlElement<…>` from `leptos::html` (here one type for every tag).
#[derive(Clone)]
pub struct El(pub Element);

/// A new element with the tag `tag`. Leptos: `leptos::html::li()` (or `view! { <li/> }`).
pub fn el(tag: &str) -> El {
    El(document().create_element(tag).unwrap_or_else(|_| panic!("invalid tag name")))
}

/// A new element with a tag and a `class`. Leptos: `html::p().class("x")`,
/// `view! { <p class="x"/> }`.
pub fn elc(tag: &str, class: &str) -> El {
    el(tag).attr("class", class)
}

/// A `<button type="button">` with a `class` (if any) and a text.
/// Leptos: `view! { <button type="button" class=c>{label}</button> }`.
pub fn button(class: Option<&str>, label: &str) -> El {
    el("button").attr("type", "button").attr_opt("class", class).text(label)
}

/// A text node (the text is never parsed as HTML). Leptos: a `&str` child, `{s}`.
pub fn text(s: &str) -> Node {
    document().create_text_node(s).into()
}

/// Keeps `value` alive as long as the current reactive owner (a region being built,
/// an item of a keyed list, the app), and drops it when the owner is disposed of.
fn hold<T: 'static>(value: T) {
    let _ = StoredValue::new_local(value);
}

impl El {
    /// Sets an attribute. Leptos: `.attr(name, value)`, `view! { <a name=value> }`.
    pub fn attr(self, name: &str, value: &str) -> El {
        let _ = self.0.set_attribute(name, value);
        self
    }

    /// Sets an attribute when `value` is `Some`. Leptos: an `Option<&str>` attribute value.
    pub fn attr_opt(self, name: &str, value: Option<&str>) -> El {
        match value {
            Some(v) => self.attr(name, v),
            None => self,
        }
    }

    /// Appends a text node. Leptos: a text child, `view! { <p>{s}</p> }`.
    pub fn text(self, s: &str) -> El {
        let _ = self.0.append_child(&text(s));
        self
    }

    /// Appends a child element. Leptos: `.child(e)`, a nested element in `view!`.
    pub fn child(self, child: El) -> El {
        let _ = self.0.append_child(&child.0);
        self
    }

    /// Appends a child element when there is one. Leptos: an `Option<impl IntoView>` child.
    pub fn child_opt(self, child: Option<El>) -> El {
        match child {
            Some(c) => self.child(c),
            None => self,
        }
    }

    /// Appends nodes (another component's output). Leptos: `<Component/>` as a child.
    pub fn kids(self, nodes: Frag) -> El {
        for n in &nodes {
            let _ = self.0.append_child(n);
        }
        self
    }

    /// Appends elements. Leptos: a `Vec<impl IntoView>` child, `{items.collect_view()}`.
    pub fn items(self, items: impl IntoIterator<Item = El>) -> El {
        for c in items {
            let _ = self.0.append_child(&c.0);
        }
        self
    }

    /// Listens to an event for as long as the current owner lives.
    /// Leptos: `view! { <input on:input=f> }` (`.on(ev::input, f)`).
    pub fn on(self, event: &str, f: impl FnMut(Event) + 'static) -> El {
        self.on_boxed(event, Box::new(f))
    }

    fn on_boxed(self, event: &str, f: Box<dyn FnMut(Event)>) -> El {
        let closure = Closure::wrap(f);
        let _ = self.0.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
        hold(closure);
        self
    }

    /// Listens to clicks. Leptos: `view! { <button on:click=f> }`.
    pub fn on_click(self, f: impl FnMut(Event) + 'static) -> El {
        self.on_boxed("click", Box::new(f))
    }

    /// An attribute that follows `f` (removed while `f` gives `None`).
    /// Leptos: `view! { <a title=move || f()> }` with an `Option<String>`.
    pub fn attr_dyn(self, name: &'static str, f: impl Fn() -> Option<String> + 'static) -> El {
        self.attr_dyn_boxed(name, Box::new(f))
    }

    fn attr_dyn_boxed(self, name: &'static str, f: Box<dyn Fn() -> Option<String>>) -> El {
        let e = self.0.clone();
        effect(move || {
            let _ = match f() {
                Some(v) => e.set_attribute(name, &v),
                None => e.remove_attribute(name),
            };
        });
        self
    }

    /// A `"true"`/`"false"` attribute (`aria-pressed`, `aria-expanded`) that follows `f`.
    /// Leptos: `view! { <button aria-pressed=move || f().to_string()> }`.
    pub fn flag_dyn(self, name: &'static str, f: impl Fn() -> bool + 'static) -> El {
        self.attr_dyn_boxed(name, Box::new(move || Some(f().to_string())))
    }

    /// A class present while `f` is true. Leptos: `view! { <div class:open=move || f()> }`.
    pub fn class_dyn(self, class: &'static str, f: impl Fn() -> bool + 'static) -> El {
        self.class_dyn_boxed(class, Box::new(f))
    }

    fn class_dyn_boxed(self, class: &'static str, f: Box<dyn Fn() -> bool>) -> El {
        let list = self.0.class_list();
        effect(move || {
            let _ = list.toggle_with_force(class, f());
        });
        self
    }

    /// A DOM property (`value`, `checked`, `disabled`, `hidden`) that follows `f`.
    /// Leptos: `view! { <input prop:value=move || f()> }`.
    pub fn prop_dyn(self, name: &'static str, f: impl Fn() -> JsValue + 'static) -> El {
        self.prop_dyn_boxed(name, Box::new(f))
    }

    fn prop_dyn_boxed(self, name: &'static str, f: Box<dyn Fn() -> JsValue>) -> El {
        let e = self.0.clone();
        effect(move || {
            let _ = js_sys::Reflect::set(&e, &name.into(), &f());
        });
        self
    }

    /// An inline style property that follows `f`, set through the CSSOM (which a strict
    /// `style-src` allows, unlike a `style` attribute).
    /// Leptos: `view! { <div style:height=move || f()> }`.
    pub fn style_dyn(self, name: &'static str, f: impl Fn() -> String + 'static) -> El {
        let style = js_sys::Reflect::get(&self.0, &"style".into()).unwrap_or_default();
        effect(move || {
            let _ = js_sys::Reflect::set(&style, &name.into(), &f().into());
        });
        self
    }

    /// A text node that follows `f`. Leptos: `view! { <p>{move || f()}</p> }`.
    pub fn text_dyn(self, f: impl Fn() -> String + 'static) -> El {
        self.text_dyn_boxed(Box::new(f))
    }

    fn text_dyn_boxed(self, f: Box<dyn Fn() -> String>) -> El {
        let node = document().create_text_node("");
        let _ = self.0.append_child(&node);
        effect(move || node.set_data(&f()));
        self
    }

    /// A region of children rebuilt by `f` whenever what it reads changes (all it reads
    /// is tracked; prefer [`El::dyn_child`] when only part of it should be).
    /// Leptos: `view! { <p>{move || f()}</p> }`.
    pub fn region(self, f: impl Fn() -> Frag + 'static) -> El {
        region_in(&self.0, Box::new(f));
        self
    }

    /// Children rebuilt from the value `track` reads, each time the signals it read
    /// change; `build` runs untracked (see [`dyn_child`]).
    /// Leptos: `view! { <ul>{move || { let v = track(); untrack(|| build(v)) }}</ul> }`.
    pub fn dyn_child<T: 'static>(
        self,
        track: impl Fn() -> T + 'static,
        build: impl Fn(T) -> Frag + 'static,
    ) -> El {
        self.region(move || {
            let v = track();
            untrack(|| build(v))
        })
    }
}

impl From<El> for Node {
    fn from(e: El) -> Node {
        e.0.into()
    }
}

/// Runs `f` now and again whenever a signal it read changes, for as long as the
/// current owner lives. Leptos: `Effect::new(f)` (here a `RenderEffect`: it runs at
/// once, not after the first paint).
pub fn effect(f: impl Fn() + 'static) {
    effect_boxed(Box::new(f));
}

fn effect_boxed(f: Box<dyn Fn()>) {
    hold(RenderEffect::new(move |_: Option<()>| f()));
}

/// Focuses `el` whenever `asked` turns true, once it is on the page (the next frame),
/// and then resets `asked`: how one component asks another to take the focus without
/// looking its element up. (Leptos: a `NodeRef` focused in an `Effect`.)
pub fn focus_on(el: &El, asked: RwSignal<bool>) {
    let el: web_sys::HtmlElement = el.0.clone().unchecked_into();
    effect(move || {
        if asked.get() {
            // At once when the element is on the page ("/" to the search box), else
            // at the next frame, once the region that builds it has put it there.
            if el.is_connected() {
                let _ = el.focus();
                asked.set(false);
                return;
            }
            let el = el.clone();
            request_animation_frame(move || {
                let _ = el.focus();
                asked.set(false);
            });
        }
    });
}

/// Appends to `parent` a region rebuilt by `f`, between two empty text nodes: a rebuild
/// removes whatever lies between them (including what regions nested in it added
/// since) and puts the new nodes there.
fn region_in(parent: &Element, f: Box<dyn Fn() -> Frag>) {
    // Empty text nodes: invisible, and they leave `:empty` as it was.
    let start: Node = text("");
    let end: Node = text("");
    let _ = parent.append_child(&start);
    let _ = parent.append_child(&end);
    hold(RenderEffect::new(move |_: Option<()>| {
        while let Some(n) = start.next_sibling().filter(|n| *n != end) {
            n.unchecked_ref::<Element>().remove(); // `ChildNode.remove`, which text nodes have too
        }
        let nodes = f();
        if let Some(p) = end.parent_node() {
            for n in &nodes {
                let _ = p.insert_before(n, Some(&end));
            }
        }
    }));
}

/// A region of its own as a fragment (its nodes and markers), for a component that
/// returns siblings; everything `f` reads is tracked.
/// Leptos: a dynamic child, `view! { {move || f()} }`.
pub fn region(f: impl Fn() -> Frag + 'static) -> Frag {
    let holder = el("div").0;
    region_in(holder.unchecked_ref(), Box::new(f));
    let children = holder.child_nodes();
    (0..children.length()).filter_map(|i| children.item(i)).collect()
}

/// A part shown while `when` holds, built by `build` each time it appears (untracked:
/// only `when` is watched). Leptos: `<Show when=move || … fallback=|| ()>{…}</Show>`.
pub fn show(when: impl Fn() -> bool + 'static, build: impl Fn() -> Frag + 'static) -> Frag {
    show_boxed(Box::new(when), Box::new(build))
}

fn show_boxed(when: Box<dyn Fn() -> bool>, build: Box<dyn Fn() -> Frag>) -> Frag {
    region(move || if when() { untrack(&build) } else { Vec::new() })
}

/// A part rebuilt from the value `track` reads, each time the signals `track` reads
/// change; `build` runs untracked, so what it reads does not rebuild the part.
/// Leptos: a dynamic child `{move || { let v = track(); untrack(|| view(v)) }}`.
pub fn dyn_child<T: 'static>(track: impl Fn() -> T + 'static, build: impl Fn(T) -> Frag + 'static) -> Frag {
    region(move || {
        let v = track();
        untrack(|| build(v))
    })
}

/// Fills `parent` with one element per key from `keys`, in order, each made by `build`.
/// An item whose key stays in the list keeps its element (and its reactive state) as
/// the list changes; an item that leaves is removed and its owner disposed of.
/// Leptos: `view! { <For each=keys key=|k| *k children=build/> }`.
pub fn keyed(parent: &El, keys: impl Fn() -> Vec<u32> + 'static, build: impl Fn(u32) -> El + 'static) {
    keyed_boxed(parent.0.clone(), Box::new(keys), Box::new(build));
}

fn keyed_boxed(parent: Element, keys: Box<dyn Fn() -> Vec<u32>>, build: Box<dyn Fn(u32) -> El>) {
    // Items belong to the list's owner, not to the effect's (which is cleaned up on
    // every run).
    let outer = Owner::current().unwrap_or_default();
    // The items, sorted by key (a sorted list rather than a hash map: less code).
    hold(RenderEffect::new(move |old: Option<Vec<(u32, Element, Owner)>>| {
        let mut old: Vec<(u32, Option<(Element, Owner)>)> =
            old.unwrap_or_default().into_iter().map(|(k, node, owner)| (k, Some((node, owner)))).collect();
        let mut next = Vec::new();
        let mut cursor = parent.first_child();
        for k in keys() {
            let kept = old.binary_search_by_key(&k, |o| o.0).ok();
            let (node, owner) = kept.and_then(|i| old[i].1.take()).unwrap_or_else(|| {
                let owner = outer.with(Owner::new);
                let node = owner.with(|| untrack(|| build(k))).0;
                (node, owner)
            });
            let node_ref: &Node = &node;
            if cursor.as_ref() == Some(node_ref) {
                cursor = node.next_sibling();
            } else {
                let _ = parent.insert_before(&node, cursor.as_ref());
            }
            next.push((k, node, owner));
        }
        for (node, owner) in old.into_iter().filter_map(|o| o.1) {
            node.remove();
            owner.cleanup();
        }
        explorer_core::model::sort_by_dyn(&mut next, &|a, b| a.0.cmp(&b.0));
        next
    }));
}
