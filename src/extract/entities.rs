//! Places and organisations an article mentions.
//!
//! Places come from a general gazetteer of countries, capitals, big cities and regions
//! with their aliases ("U.S." and "US" are "United States"). Organisations come from
//! cue rules: a capitalised phrase holding an organisation word ("Department of …",
//! "Foreign Ministry", "… Times"), seats of government ("White House", "Casa Rosada"),
//! acronyms defined in parentheses or matching the initials of an organisation named
//! in the corpus ("FAA"), and outlets cited as sources ("told Reuters"). Aliases are
//! merged per corpus so one organisation has one name.

use super::lexicon;
use super::lexicon::fold_fast as fold;
use super::people::{is_acronym, words, Word};
use std::collections::HashMap;

/// Places and organisation mentions of one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Found {
    /// Canonical place names, in order of first mention, with counts.
    pub places: Vec<(String, u32)>,
    /// Organisation surface names (not yet merged), with counts.
    pub orgs: Vec<(String, u32)>,
    /// Acronyms defined in the text: acronym → expansion (or itself).
    pub acronyms: Vec<(String, String)>,
    /// Acronyms of things that are not organisations ("HTP" → "Harbor Tunnel Project").
    pub terms: Vec<(String, String)>,
}

fn bump(v: &mut Vec<(String, u32)>, name: &str) {
    if let Some(e) = v.iter_mut().find(|e| e.0 == name) {
        e.1 += 1;
    } else {
        v.push((name.to_string(), 1));
    }
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn org_connector(w: &str) -> bool {
    matches!(w, "of" | "for" | "and" | "on" | "de" | "del" | "la" | "los" | "las" | "y" | "para")
}

const PUBLICATION_CUES: &[&str] = &[
    "times",
    "post",
    "journal",
    "herald",
    "tribune",
    "gazette",
    "guardian",
    "independent",
    "telegraph",
    "economist",
    "news",
    "daily",
];

/// Finds places and organisations in the sentences of an article. Title-cased lines
/// (headlines, subheadings) are searched for places and known seats only.
pub fn find(sentences: &[(String, bool)]) -> Found {
    let mut f = Found::default();
    let max = lexicon::max_alias_words();
    for (s, weak) in sentences {
        let ws = words(s);
        let mut used = vec![false; ws.len()];
        // Capitalised phrases with an organisation cue (before places, so that
        // "The New York Times" is not the place New York).
        if !*weak {
            let mut i = 0;
            while i < ws.len() {
                if !is_cap(&ws[i].text) {
                    i += 1;
                    continue;
                }
                let mut j = i;
                while j + 1 < ws.len() && !ws[j].break_after {
                    let next = &ws[j + 1].text;
                    if is_cap(next) {
                        j += 1;
                    } else if org_connector(next)
                        && j + 2 < ws.len()
                        && !ws[j + 1].break_after
                        && is_cap(&ws[j + 2].text)
                    {
                        j += 2;
                    } else {
                        break;
                    }
                }
                if let Some((name, skip, len)) = org_phrase(&ws[i..=j]) {
                    bump(&mut f.orgs, &name);
                    for u in used.iter_mut().skip(i + skip).take(len) {
                        *u = true;
                    }
                }
                i = j + 1;
            }
        }
        // Gazetteer and seats: longest match first.
        let mut i = 0;
        while i < ws.len() {
            if !is_cap(&ws[i].text) || used[i] {
                i += 1;
                continue;
            }
            let mut matched = 0;
            for n in (1..=max.min(ws.len() - i)).rev() {
                if ws[i..i + n - 1]
                    .iter()
                    .any(|w| w.break_after && !w.text.ends_with('.') && !s[w.end..].starts_with(", D.C"))
                {
                    continue;
                }
                if used[i..i + n].iter().any(|&u| u) {
                    continue;
                }
                let phrase = join(s, &ws[i..i + n]);
                let key = fold(&phrase);
                if !is_cap(&ws[i + n - 1].text) && n > 1 {
                    continue;
                }
                // "Santiago Bausili", "Paris Hilton": a place followed by a name word is
                // part of a person's name.
                let before_name = !ws[i + n - 1].break_after
                    && ws.get(i + n).is_some_and(|w| {
                        let f = fold(&w.text);
                        is_cap(&w.text)
                            && !is_acronym(&w.text)
                            && !lexicon::places().contains_key(&f)
                            && !lexicon::org_cues().contains(&f)
                            && !lexicon::stop_caps().contains(&f)
                            && !lexicon::demonyms().contains(&f)
                            && !lexicon::role_tails().contains(&f)
                    });
                if before_name {
                    continue;
                }
                if let Some(c) = lexicon::places().get(&key) {
                    // "Georgia Smith" or "Jordan said" are not places; keep it simple: a
                    // place is followed by a non-name word.
                    bump(&mut f.places, c);
                    matched = n;
                    break;
                }
                if let Some(c) = lexicon::seats().get(&key) {
                    if is_acronym(&phrase) || n > 1 || phrase.len() > 3 {
                        bump(&mut f.orgs, c);
                        matched = n;
                        break;
                    }
                }
            }
            if matched > 0 {
                for u in used.iter_mut().skip(i).take(matched) {
                    *u = true;
                }
                i += matched;
            } else {
                i += 1;
            }
        }
        if *weak {
            continue;
        }
        // Acronyms, and acronyms defined in parentheses.
        for (k, w) in ws.iter().enumerate() {
            if !is_acronym(&w.text) || w.text.len() > 7 || lexicon::places().contains_key(&fold(&w.text)) {
                continue;
            }
            let before = &s[..w.start];
            if before.trim_end().ends_with('(') && k > 0 {
                // Expansion: the capitalised phrase before, or the lower-case one ending
                // with an organisation word ("customs agency (ARCA)").
                let mut st = k;
                while st > 0 && (is_cap(&ws[st - 1].text) || org_connector(&ws[st - 1].text)) && k - st < 8 {
                    st -= 1;
                }
                while st < k && org_connector(&ws[st].text) {
                    st += 1;
                }
                let exp: Vec<&Word> = ws[st..k].iter().collect();
                let initials: String = exp
                    .iter()
                    .filter(|x| !org_connector(&x.text))
                    .filter_map(|x| x.text.chars().next())
                    .collect();
                if !exp.is_empty() && initials.eq_ignore_ascii_case(&w.text) {
                    let e = join(s, &ws[st..k]);
                    // Only organisations: "Harbor Tunnel Project (HTP)" is not one.
                    if exp.iter().any(|x| lexicon::org_cues().contains(&fold(&x.text))) {
                        f.acronyms.push((w.text.clone(), e));
                    } else {
                        f.terms.push((w.text.clone(), e));
                    }
                    continue;
                }
                let prev = fold(&ws[k - 1].text);
                if lexicon::org_cues().contains(&prev) || prev == "agency" {
                    f.acronyms.push((w.text.clone(), w.text.clone()));
                }
            }
        }
        for w in ws.iter().filter(|w| is_acronym(&w.text) && w.text.len() <= 7) {
            if !lexicon::places().contains_key(&fold(&w.text))
                && !lexicon::seats().contains_key(&fold(&w.text))
            {
                bump(&mut f.orgs, &format!("\u{1}{}", w.text));
            }
        }
        // Outlets cited as sources: "told Reuters", "according to Bloomberg".
        for (k, w) in ws.iter().enumerate() {
            let lw = fold(&w.text);
            let cue = lw == "told" || (lw == "to" && k > 0 && fold(&ws[k - 1].text) == "according");
            if cue && k + 1 < ws.len() && is_cap(&ws[k + 1].text) {
                let mut j = k + 1;
                while j + 1 < ws.len() && !ws[j].break_after && is_cap(&ws[j + 1].text) {
                    j += 1;
                }
                let name = join(s, &ws[k + 1..=j]);
                let toks: Vec<String> = name.split_whitespace().map(fold).collect();
                let single_unknown = toks.len() == 1
                    && name.chars().skip(1).all(|c| !c.is_uppercase())
                    && !lexicon::given_names().contains(&toks[0])
                    && !lexicon::stop_caps().contains(&toks[0]);
                if single_unknown && !lexicon::places().contains_key(&toks[0]) {
                    bump(&mut f.orgs, &format!("\u{2}{name}"));
                }
            }
        }
    }
    f
}

fn join(s: &str, ws: &[Word]) -> String {
    s[ws[0].start..ws[ws.len() - 1].end].to_string()
}

/// Turns a capitalised run into an organisation name if it holds a cue word; returns
/// the name, the number of leading words dropped and the number of words it spans.
fn org_phrase(run: &[Word]) -> Option<(String, usize, usize)> {
    let all: Vec<&str> = run.iter().map(|w| w.text.as_str()).collect();
    let cue_at = all.iter().rposition(|t| lexicon::org_cues().contains(&fold(t)))?;
    let keep = if all.get(cue_at + 1).is_some_and(|t| org_connector(t)) { all.len() } else { cue_at + 1 };
    let mut skip = 0;
    // Leading articles, demonyms, countries and stop words are not part of the name.
    let mut had_the = false;
    while skip < keep {
        let f = fold(all[skip]);
        let rest = keep - skip;
        if f == "the" {
            had_the = true;
            skip += 1;
        } else if rest > 2 && (lexicon::demonyms().contains(&f) || lexicon::places().contains_key(&f))
            || lexicon::stop_caps().contains(&f)
                && !lexicon::org_cues().contains(&f)
                && rest > 1
                && !matches!(f.as_str(), "new" | "national" | "foreign")
            || org_connector(all[skip])
        {
            skip += 1;
        } else {
            break;
        }
    }
    let toks = &all[skip..keep];
    if toks.is_empty() || toks.len() > 8 {
        return None;
    }
    if toks.len() == 1
        && lexicon::org_cues().contains(&fold(toks[0]))
        && !PUBLICATION_CUES.contains(&fold(toks[0]).as_str())
    {
        return None; // "Department" alone
    }
    let name = toks.join(" ");
    let last = fold(toks[toks.len() - 1]);
    if had_the && PUBLICATION_CUES.contains(&last.as_str()) && toks.len() >= 2 {
        return Some((format!("The {name}"), skip, keep - skip));
    }
    Some((name, skip, keep - skip))
}

/// Merges organisation mentions of the whole corpus: acronyms with their expansions,
/// short forms ("the Times") with the full name. Returns, per article, canonical
/// organisation names ordered by mentions.
pub fn merge_orgs(found: &[Found]) -> Vec<Vec<String>> {
    // Known full names and their initials.
    let mut full: HashMap<String, String> = HashMap::new(); // folded -> display
    let mut initials: HashMap<String, String> = HashMap::new();
    let mut acr: HashMap<String, String> = HashMap::new();
    for f in found {
        for (name, _) in &f.orgs {
            if name.starts_with(['\u{1}', '\u{2}']) {
                continue;
            }
            let key = fold(name.trim_start_matches("The "));
            let entry = full.entry(key).or_insert_with(|| name.clone());
            if name.starts_with("The ") && !entry.starts_with("The ") {
                *entry = name.clone();
            }
            let ini: String = name
                .split_whitespace()
                .filter(|t| !org_connector(t) && *t != "The")
                .filter_map(|t| t.chars().next())
                .collect();
            if ini.chars().count() >= 2 {
                initials.entry(ini).or_insert_with(|| name.clone());
            }
        }
        for (a, e) in &f.acronyms {
            acr.insert(a.clone(), e.clone());
        }
    }
    // Full names by their last word, to expand "the Times".
    let mut by_last: HashMap<String, Vec<String>> = HashMap::new();
    for v in full.values().filter(|v| v.contains(' ')) {
        if let Some(l) = v.rsplit(' ').next() {
            by_last.entry(fold(l)).or_default().push(v.clone());
        }
    }
    let canon = |name: &str| -> Option<String> {
        if let Some(a) = name.strip_prefix('\u{1}') {
            if let Some(e) = acr.get(a) {
                return Some(
                    full.get(&fold(e.trim_start_matches("The "))).cloned().unwrap_or_else(|| e.clone()),
                );
            }
            if let Some(e) = initials.get(a) {
                return Some(
                    full.get(&fold(e.trim_start_matches("The "))).cloned().unwrap_or_else(|| e.clone()),
                );
            }
            if lexicon::seats().contains_key(&fold(a)) {
                return lexicon::seats().get(&fold(a)).cloned();
            }
            return None;
        }
        if let Some(a) = name.strip_prefix('\u{2}') {
            return Some(a.to_string());
        }
        let key = fold(name.trim_start_matches("The "));
        let display = full.get(&key).cloned().unwrap_or_else(|| name.to_string());
        // "Times" alone → the one full publication name ending with it.
        if !display.contains(' ') {
            let longer: Vec<&String> = by_last.get(&key).map(|v| v.iter().collect()).unwrap_or_default();
            if longer.len() == 1 {
                return Some(longer[0].clone());
            }
            if lexicon::org_cues().contains(&key) {
                return None;
            }
        }
        Some(display)
    };
    found
        .iter()
        .map(|f| {
            let mut counts: Vec<(String, u32)> = Vec::new();
            for (n, c) in &f.orgs {
                if let Some(name) = canon(n) {
                    if let Some(e) = counts.iter_mut().find(|e| fold(&e.0) == fold(&name)) {
                        e.1 += c;
                    } else {
                        counts.push((name, *c));
                    }
                }
            }
            for (a, e) in &f.acronyms {
                if a == e && !counts.iter().any(|x| &x.0 == a) {
                    counts.push((a.clone(), 1));
                }
            }
            counts.sort_by_key(|c| std::cmp::Reverse(c.1));
            counts.into_iter().map(|(n, _)| n).collect()
        })
        .collect()
}

/// Adds to each article the organisations of `known` (canonical names found in the
/// corpus) that its sentences name as written, without a cue. Linear in the text: the
/// names are indexed by their first word.
pub fn add_known(orgs: &mut [Vec<String>], known: &[String], docs: &[Vec<String>]) {
    let mut index: HashMap<String, Vec<(Vec<String>, &String)>> = HashMap::new();
    for k in known {
        let toks: Vec<String> = k.trim_start_matches("The ").split_whitespace().map(String::from).collect();
        // Only distinctive names: several words, or one word that is not a common one.
        if toks.is_empty()
            || (toks.len() == 1 && (lexicon::org_cues().contains(&fold(&toks[0])) || toks[0].len() < 3))
        {
            continue;
        }
        index.entry(toks[0].clone()).or_default().push((toks, k));
    }
    for (list, sentences) in orgs.iter_mut().zip(docs) {
        for s in sentences {
            let ws = words(s);
            for i in 0..ws.len() {
                let Some(cands) = index.get(&ws[i].text) else { continue };
                for (toks, name) in cands {
                    let fits = i + toks.len() <= ws.len()
                        && toks.iter().enumerate().all(|(k, t)| ws[i + k].text == *t);
                    if fits && !list.iter().any(|x| x == *name) {
                        list.push((*name).clone());
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> (Vec<String>, Vec<String>) {
        let f = find(&[(text.to_string(), false)]);
        let orgs = merge_orgs(std::slice::from_ref(&f)).remove(0);
        (f.places.into_iter().map(|p| p.0).collect(), orgs)
    }

    #[test]
    fn places_merge_aliases() {
        let (p, _) =
            run("Officials flew from Lisbon to Washington, D.C. and the U.S. capital; the US side agreed.");
        assert_eq!(p, ["Lisbon", "Washington", "United States"]);
    }

    #[test]
    fn orgs_with_cues_acronyms_and_seats() {
        let (_, o) = run("The Department of Fisheries (DOF) and the Portuguese Foreign Ministry met at the White House; DOF said so, a source told Bloomberg.");
        assert!(o.contains(&"Department of Fisheries".to_string()), "{o:?}");
        assert!(o.contains(&"Foreign Ministry".to_string()), "{o:?}");
        assert!(o.contains(&"White House".to_string()), "{o:?}");
        assert!(o.contains(&"Bloomberg".to_string()), "{o:?}");
        assert_eq!(o.iter().filter(|x| x.contains("Fisheries")).count(), 1);
    }
}
