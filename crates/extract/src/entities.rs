//! Places and organisations an article mentions.
//!
//! Places come from a general gazetteer of countries, capitals, big cities and regions
//! with their aliases ("U.S." and "US" are "United States"). Organisations come from
//! cue rules: a capitalised phrase holding an organisation word ("Department of …",
//! "Foreign Ministry", "… Times"), seats of government ("White House", "Casa Rosada"),
//! acronyms defined in parentheses or matching the initials of an organisation named
//! in the corpus ("FAA"), and outlets cited as sources ("told Reuters"). Aliases are
//! merged per corpus so one organisation has one name, and a piece of a longer name
//! becomes the name the corpus writes around it ("Villa" → "Aston Villa") or goes
//! when it is a piece of several ("House").

use super::lexicon;
use super::lexicon::fold_fast as fold;
use super::people::{is_acronym, words, Word};
use std::collections::{HashMap, HashSet};

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
    for (s, weak) in sentences {
        let s = &without_tickers(s);
        let ws = words(s);
        let mut used = vec![false; ws.len()];
        // Organisations first, so that "The New York Times" is not the place New York.
        if !*weak {
            cued_orgs(&ws, &mut used, &mut f);
        }
        gazetteer(s, &ws, &mut used, &mut f);
        if *weak {
            continue;
        }
        defined_acronyms(s, &ws, &mut f);
        bare_acronyms(&ws, &mut f);
        cited_outlets(s, &ws, &mut f);
    }
    merge_defined(&mut f);
    f
}

/// Capitalised phrases with an organisation cue ("Bank of England", "The New York
/// Times"), their words marked `used`.
fn cued_orgs(ws: &[Word], used: &mut [bool], f: &mut Found) {
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
            // "Japan's Finance Ministry": a nation's possessive before its body.
            let owner = i.checked_sub(1).map(|p| &ws[p]).filter(|w| w.possessive && skip == 0);
            let name = match owner.and_then(|w| nation_named(&w.text)) {
                Some(nation) if national_body(&name) => with_nation(&name, nation),
                _ => name,
            };
            bump(&mut f.orgs, &name);
            for u in used.iter_mut().skip(i + skip).take(len) {
                *u = true;
            }
        }
        i = j + 1;
    }
}

/// A sentence with the wires' ticker codes blanked out ("Hutchison Whampoa Ltd
/// <HWHH.HK>": "HK" is a market's code, not an organisation), byte offsets kept.
fn without_tickers(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('<') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('<') {
        let close = rest[open..].find('>').map(|c| open + c).filter(|&c| c - open <= 16);
        let Some(close) = close.filter(|&c| !rest[open + 1..c].contains(' ')) else {
            out.push_str(&rest[..=open]);
            rest = &rest[open + 1..];
            continue;
        };
        out.push_str(&rest[..open]);
        out.extend(std::iter::repeat_n(' ', close + 1 - open));
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// Places of the gazetteer and known seats of organisations, longest match first,
/// among the words not yet `used` (which they then are).
fn gazetteer(s: &str, ws: &[Word], used: &mut [bool], f: &mut Found) {
    let max = lexicon::max_alias_words();
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
}

/// The state or province a wire dateline names by its abbreviation ("CONWAY, Ark., Feb
/// 26" → Arkansas, "RICHMOND, Va. Feb 26" → Virginia, "TORONTO, Ont." → Ontario), as a
/// place of the gazetteer: the town itself is rarely in it, its state always is.
pub fn dateline_region(dateline: &str) -> Option<&'static String> {
    let (_, rest) = dateline.split_once(',')?;
    let words: Vec<&str> = rest.split_whitespace().take(2).collect();
    let bare = |s: &str| s.trim_end_matches(',').trim_end_matches('.').to_string();
    let two = (words.len() == 2).then(|| bare(&words.join(" ")));
    let one = words.first().map(|w| bare(w));
    [two, one].into_iter().flatten().find_map(|k| lexicon::region_abbreviations().get(&k))
}

/// Adds to an article's places the country each of them lies in
/// ([`lexicon::country_of`]), counted with its mentions, so that an article naming only
/// "Cleveland" is found under "United States" as well.
pub fn with_countries(places: &mut Vec<(String, u32)>) {
    for i in 0..places.len() {
        let Some(country) = lexicon::country_of().get(&places[i].0) else { continue };
        let n = places[i].1;
        match places.iter_mut().find(|p| p.0 == *country) {
            Some(p) => p.1 += n,
            None => places.push((country.clone(), n)),
        }
    }
}

/// Acronyms defined in parentheses or, as the wires write them, between commas ("the
/// International Coffee Organization, ICO, said"): organisations with their expansion,
/// other terms apart.
fn defined_acronyms(s: &str, ws: &[Word], f: &mut Found) {
    for (k, w) in ws.iter().enumerate() {
        if !is_acronym(&w.text) || w.text.len() > 7 || lexicon::places().contains_key(&fold(&w.text)) {
            continue;
        }
        let before = s[..w.start].trim_end();
        let between_commas = before.ends_with(',') && s[w.end..].trim_start().starts_with(',');
        if (before.ends_with('(') || between_commas) && k > 0 {
            // Expansion: the capitalised phrase before, or the lower-case one ending
            // with an organisation word ("customs agency (ARCA)").
            let mut st = k;
            while st > 0 && (is_cap(&ws[st - 1].text) || org_connector(&ws[st - 1].text)) && k - st < 8 {
                st -= 1;
            }
            let initials_from = |st: usize| -> String {
                ws[st..k]
                    .iter()
                    .filter(|x| !org_connector(&x.text))
                    .filter_map(|x| x.text.chars().next())
                    .collect()
            };
            // The shortest run whose initials spell the acronym: a capitalised word
            // before it is not part of the name ("Recent International Coffee
            // Organization (ICO)").
            if let Some(s0) = (st..k)
                .rev()
                .filter(|&i| !org_connector(&ws[i].text))
                .find(|&i| initials_from(i).eq_ignore_ascii_case(&w.text))
            {
                st = s0;
            }
            while st < k && org_connector(&ws[st].text) {
                st += 1;
            }
            let exp: Vec<&Word> = ws[st..k].iter().collect();
            let initials = initials_from(st);
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
}

/// Every short acronym that is not a place or a seat, as an organisation candidate.
fn bare_acronyms(ws: &[Word], f: &mut Found) {
    for w in ws.iter().filter(|w| is_acronym(&w.text) && w.text.len() <= 7) {
        if !lexicon::places().contains_key(&fold(&w.text)) && !lexicon::seats().contains_key(&fold(&w.text)) {
            bump(&mut f.orgs, &format!("\u{1}{}", w.text));
        }
    }
}

/// Outlets cited as sources: "told Reuters", "according to Bloomberg".
fn cited_outlets(s: &str, ws: &[Word], f: &mut Found) {
    for (k, w) in ws.iter().enumerate() {
        let lw = fold(&w.text);
        let cue = lw == "told" || (lw == "to" && k > 0 && fold(&ws[k - 1].text) == "according");
        // Right after the cue: "she was told: \"Oh, …" opens a quotation.
        let tight = k + 1 < ws.len() && s[w.end..ws[k + 1].start].trim().is_empty();
        if cue && tight && is_cap(&ws[k + 1].text) {
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

/// A name the article defines an acronym for is that name, not the capitalised
/// words before it ("Recent International Coffee Organization (ICO)"): the names
/// found are merged into it.
fn merge_defined(f: &mut Found) {
    let defined: Vec<String> =
        f.acronyms.iter().filter(|(a, e)| a != e).map(|(_, e)| format!(" {e}")).collect();
    let mut orgs: Vec<(String, u32)> = Vec::new();
    for (name, n) in std::mem::take(&mut f.orgs) {
        let name = defined.iter().find(|e| name.ends_with(e.as_str())).map_or(name, |e| e[1..].to_string());
        match orgs.iter_mut().find(|o| o.0 == name) {
            Some(o) => o.1 += n,
            None => orgs.push((name, n)),
        }
    }
    f.orgs = orgs;
}

fn join(s: &str, ws: &[Word]) -> String {
    s[ws[0].start..ws[ws.len() - 1].end].to_string()
}

/// Turns a capitalised run into an organisation name if it holds a cue word; returns
/// the name, the number of leading words dropped and the number of words it spans.
fn org_phrase(run: &[Word]) -> Option<(String, usize, usize)> {
    let all: Vec<&str> = run.iter().map(|w| w.text.as_str()).collect();
    let cue_at = all.iter().rposition(|t| lexicon::org_cues().contains(&fold(t)))?;
    // "Ward McCarthy of Merrill Lynch Economics Inc": words before an "of" with no cue
    // among them are no part of the name after it (a person, a role); "Bank of
    // England" has its cue before.
    if let Some(c) = all[..cue_at].iter().position(|t| *t == "of") {
        if c > 0 && !all[..c].iter().any(|t| lexicon::org_cues().contains(&fold(t))) {
            return org_phrase(&run[c + 1..]).map(|(name, skip, len)| (name, skip + c + 1, len));
        }
    }
    // "Bank of England" goes on past its cue; "Deutsche Bank and Gazpromneft" does not:
    // what follows an "and" with no cue of its own is another's name.
    let goes_on = all.get(cue_at + 1).is_some_and(|t| org_connector(t) && !matches!(*t, "and" | "y"));
    let mut keep = if goes_on { all.len() } else { cue_at + 1 };
    // "Merrill Lynch Capital Markets": the firm's name goes on past its cue.
    while all.get(keep).is_some_and(|t| *t == "Markets") {
        keep += 1;
    }
    // A nation's own body named with its nation ("the Dutch Central Bank", "Japan's
    // Finance Ministry", "U.S. Agriculture Department"): named after it, so that every
    // nation's central bank is not one value.
    let first = all[..keep].iter().position(|t| fold(t) != "the").unwrap_or(keep);
    for n in 1..=3.min(keep.saturating_sub(first + 2)) {
        let body = all[first + n..keep].join(" ");
        if let Some(nation) = nation_named(&all[first..first + n].join(" ")).filter(|_| national_body(&body))
        {
            return Some((with_nation(&body, nation), first, keep - first));
        }
    }
    let mut skip = 0;
    // Leading articles, demonyms, countries and stop words are not part of the name.
    let mut had_the = false;
    while skip < keep {
        let f = fold(all[skip]);
        let rest = keep - skip;
        if f == "the" {
            had_the = true;
            skip += 1;
        } else if rest > 2
            // A party's nation is its name's ("Scottish National Party", "British
            // National Party").
            && !matches!(fold(all[cue_at]).as_str(), "party" | "partido")
            // A nation, not a state or a town: "Michigan National Bank" is a bank's name.
            && (lexicon::demonyms().contains(&f) || lexicon::places().get(&f).is_some_and(|p| lexicon::is_nation(p)))
            // Only before an office's words ("Argentine Foreign Ministry", "US State
            // Department"), not in a firm's name ("American Telephone and Telegraph").
            && all.get(skip + 1).is_some_and(|n| lexicon::role_tails().contains(&fold(n)))
            && f != "federal"
            // A region's adjective belongs to the name ("European Community Commission",
            // "Asian Development Bank"); a nation's does not ("Argentine Foreign Ministry").
            && !matches!(
                f.as_str(),
                "european" | "arab" | "african" | "asian" | "islamic" | "nordic" | "baltic" | "caribbean"
                    | "pacific" | "atlantic" | "latin" | "inter-american" | "pan-american"
            )
            || lexicon::stop_caps().contains(&f)
                && !lexicon::org_cues().contains(&f)
                && rest > 1
                && !matches!(
                    f.as_str(),
                    "new" | "national" | "foreign" | "first" | "general" | "royal" | "united" | "central"
                        | "los" | "las"
                )
            // "Los Angeles Times": a Spanish article opening a place's name stays.
            || (org_connector(all[skip]) && !matches!(f.as_str(), "los" | "las"))
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
    // "The New York Times" keeps its article; "BBC News" does not take one (an
    // acronym opening the name is a name of its own).
    let acronym_first = toks[0].chars().filter(|c| c.is_alphabetic()).count() >= 2
        && toks[0].chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    if had_the && PUBLICATION_CUES.contains(&last.as_str()) && toks.len() >= 2 && !acronym_first {
        return Some((format!("The {name}"), skip, keep - skip));
    }
    Some((name, skip, keep - skip))
}

/// Modifiers of the bodies every nation has under the same name ("Central Bank",
/// "Finance Ministry", "Supreme Court", "Central Bureau of Statistics"), folded.
const NATIONAL_WORDS: &[&str] = &[
    "central",
    "national",
    "reserve",
    "supreme",
    "constitutional",
    "high",
    "finance",
    "foreign",
    "trade",
    "agriculture",
    "agricultural",
    "interior",
    "defence",
    "defense",
    "economy",
    "economic",
    "energy",
    "health",
    "justice",
    "labour",
    "labor",
    "commerce",
    "industry",
    "treasury",
    "statistics",
    "statistical",
    "planning",
    "oil",
    "petroleum",
    "mines",
    "mining",
    "transport",
    "transportation",
    "environment",
    "education",
    "information",
    "communications",
    "monetary",
    "fiscal",
    "budget",
    "customs",
    "revenue",
    "tax",
    "police",
];

/// The heads of such bodies, folded.
const NATIONAL_HEADS: &[&str] = &[
    "bank",
    "ministry",
    "department",
    "court",
    "bureau",
    "office",
    "council",
    "agency",
    "committee",
    "board",
    "police",
    "army",
    "navy",
    "parliament",
    "cabinet",
    "authority",
    "commission",
];

/// Is `name` a body every nation has under the same name ("Central Bank", "Finance
/// Ministry", "Supreme Court", "Central Bureau of Statistics"), which says which one
/// it is only with its nation? Not a name of its own ("Federal Reserve", "Bank of
/// England", "Swiss Bank Corp", "International Monetary Fund").
pub fn national_body(name: &str) -> bool {
    let toks: Vec<String> = name.split_whitespace().map(fold).collect();
    let head = |t: &String| NATIONAL_HEADS.contains(&t.as_str());
    let word = |t: &String| NATIONAL_WORDS.contains(&t.as_str());
    toks.len() >= 2
        && !org_connector(&toks[0])
        // "Office for National Statistics": a body named for its task has a name.
        && !toks.iter().any(|t| t == "for")
        && toks.iter().all(|t| head(t) || word(t) || org_connector(t) || t == "the")
        && toks.iter().any(head)
        && toks.iter().any(|t| word(t) && !head(t))
}

/// The nation that words before a name name: a nationality adjective ("Dutch",
/// "U.S.") or a country of the gazetteer ("Japan", "New Zealand").
fn nation_named(words: &str) -> Option<&'static String> {
    lexicon::nation_of()
        .get(words)
        .or_else(|| lexicon::places().get(&fold(words)).filter(|p| lexicon::is_nation(p)))
}

/// A nation's body as the facet shows it: "Central Bank (Netherlands)".
fn with_nation(body: &str, nation: &str) -> String {
    format!("{} ({nation})", government_body(body).unwrap_or_else(|| body.to_string()))
}

/// The nation of a wire dateline's town ("TOKYO, March 3" → Japan, "CONWAY, Ark." →
/// United States), or `None` when the gazetteer does not know it.
pub fn dateline_nation(dateline: &str) -> Option<&'static String> {
    let town = dateline.split(',').next()?.split_whitespace().collect::<Vec<_>>().join(" ");
    let place = dateline_region(dateline).or_else(|| lexicon::places().get(&fold(&town)))?;
    lexicon::country_of().get(place).or_else(|| lexicon::is_nation(place).then_some(place))
}

/// The nation an article's bare national bodies belong to, for a wire story (one with
/// a dateline): its dateline's, unless the article names another nation more often (a
/// Boca Raton story on Japan's finance ministry), or, when the gazetteer does not know
/// the dateline's town, the one nation the article names. Otherwise none: a guess
/// among several nations, or in a story without a dateline, would be wrong as often
/// as not.
pub fn home_nation<'a>(dateline: Option<&str>, places: &'a [(String, u32)]) -> Option<&'a String> {
    let nations: Vec<&(String, u32)> = places.iter().filter(|p| lexicon::is_nation(&p.0)).collect();
    let Some(home) = dateline_nation(dateline?) else {
        return (nations.len() == 1).then(|| &nations[0].0);
    };
    let most = nations.iter().map(|p| p.1).max().unwrap_or(0);
    nations.iter().find(|p| p.0 == *home && p.1 >= most).map(|p| &p.0)
}

/// Bare national bodies the corpus names, in articles that say nothing of their
/// nation, as the one nation's body when the corpus names that body with a nation ten
/// times or more and nine times in ten with that one (a wire's "Agriculture
/// Department" is the U.S. one); else they stay bare.
pub fn settle_nations(orgs: &mut [&mut Vec<String>]) {
    let mut by_body: HashMap<&str, HashMap<&str, u32>> = HashMap::new();
    for list in orgs.iter() {
        for o in list.iter() {
            let qualified = o.strip_suffix(')').and_then(|x| x.split_once(" ("));
            if let Some((body, nation)) = qualified.filter(|(body, _)| national_body(body)) {
                *by_body.entry(body).or_default().entry(nation).or_default() += 1;
            }
        }
    }
    let settled: HashMap<String, String> = by_body
        .iter()
        .filter_map(|(body, nations)| {
            let total: u32 = nations.values().sum();
            let (nation, n) = nations.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))?;
            (total >= 10 && n * 10 >= total * 9).then(|| (body.to_string(), with_nation(body, nation)))
        })
        .collect();
    for list in orgs.iter_mut() {
        for o in list.iter_mut() {
            if let Some(q) = settled.get(o.as_str()) {
                *o = q.clone();
            }
        }
        let mut seen = HashSet::new();
        list.retain(|o| seen.insert(o.clone()));
    }
}

/// An article's organisations with their nations: a nation's body named bare ("the
/// Central Bank said") is the body of its [`home_nation`], unless the article names
/// that body with a nation already.
pub fn with_nations(orgs: Vec<String>, home: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for o in &orgs {
        let v = if !national_body(o) {
            o.clone()
        } else if orgs.iter().any(|x| x.strip_prefix(o.as_str()).is_some_and(|r| r.starts_with(" ("))) {
            continue;
        } else {
            home.map_or_else(|| o.clone(), |h| with_nation(o, h))
        };
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// Merges organisation mentions of the whole corpus: acronyms with their expansions,
/// short forms ("the Times") with the full name. Returns, per article, canonical
/// organisation names ordered by mentions.
pub fn merge_orgs(found: &[Found]) -> Vec<Vec<String>> {
    let names = OrgNames::gather(found);
    found.iter().map(|f| names.article_orgs(f)).collect()
}

/// What the whole corpus tells of organisation names, for [`merge_orgs`].
struct OrgNames {
    /// Known full names (folded → as displayed).
    full: HashMap<String, String>,
    /// Full names by their initials.
    by_ini: HashMap<String, Vec<String>>,
    /// Articles naming each full name (folded) and each bare acronym.
    docs: HashMap<String, u32>,
    /// Acronyms → the expansion the corpus agrees on.
    acr: HashMap<String, String>,
    /// Full names by their last word, to expand "the Times".
    by_last: HashMap<String, Vec<String>>,
    /// Acronyms the corpus writes with a legal suffix ("CBS Inc"): a firm's own name,
    /// not the initials of another organisation's (the Central Bureau of Statistics).
    own: HashSet<String>,
}

impl OrgNames {
    /// Reads every article's organisations and acronym definitions.
    fn gather(found: &[Found]) -> OrgNames {
        let mut full: HashMap<String, String> = HashMap::new(); // folded -> display
        let mut by_ini: HashMap<String, Vec<String>> = HashMap::new();
        // Acronym → its expansions, each with the number of articles defining it so.
        let mut defs: HashMap<String, Vec<(String, u32)>> = HashMap::new();
        let mut docs: HashMap<String, u32> = HashMap::new();
        let mut own: HashSet<String> = HashSet::new();
        for f in found {
            let mut seen: HashSet<String> = HashSet::new();
            for (name, _) in &f.orgs {
                let k = match name.strip_prefix('\u{1}') {
                    Some(a) => a.to_string(),
                    None => fold(name.trim_start_matches("The ")),
                };
                if seen.insert(k.clone()) {
                    *docs.entry(k).or_default() += 1;
                }
                if name.starts_with(['\u{1}', '\u{2}']) {
                    continue;
                }
                if let Some((a, rest)) = name.split_once(' ') {
                    if is_acronym(a) && rest.split_whitespace().all(legal_suffix) {
                        own.insert(a.to_string());
                    }
                }
                let key = fold(name.trim_start_matches("The "));
                let entry = full.entry(key).or_insert_with(|| name.clone());
                if name.starts_with("The ") && !entry.starts_with("The ") {
                    *entry = name.clone();
                }
                // Initials of the name proper ("Exxon Corp" is not "EC").
                let ini = initials(name);
                if ini.chars().count() >= 2 {
                    let names = by_ini.entry(ini).or_default();
                    if !names.contains(name) {
                        names.push(name.clone());
                    }
                }
            }
            for (a, e) in &f.acronyms {
                let list = defs.entry(a.clone()).or_default();
                match list.iter_mut().find(|(d, _)| spelling_key(d) == spelling_key(e)) {
                    Some(d) => d.1 += 1,
                    None => list.push((e.clone(), 1)),
                }
            }
        }
        // An acronym defined differently in different articles means, where an article
        // does not define it, the expansion given three times as often as any other, or
        // nothing.
        let acr: HashMap<String, String> = defs
            .into_iter()
            .filter_map(|(a, mut list)| {
                list.sort_by_key(|d| std::cmp::Reverse(d.1));
                let runner_up = list.get(1).map_or(0, |d| d.1);
                let best = list.into_iter().next().filter(|d| d.1 >= 3 * runner_up)?;
                Some((a, best.0))
            })
            .collect();
        let mut by_last: HashMap<String, Vec<String>> = HashMap::new();
        for v in full.values().filter(|v| v.contains(' ')) {
            if let Some(l) = v.rsplit(' ').next() {
                by_last.entry(fold(l)).or_default().push(v.clone());
            }
        }
        OrgNames { full, by_ini, docs, acr, by_last, own }
    }

    /// The canonical name of a mention (`\u{1}` marks a bare acronym, `\u{2}` an
    /// outlet cited as a source), or `None` for no organisation.
    fn canon(&self, name: &str) -> Option<String> {
        if let Some(a) = name.strip_prefix('\u{1}') {
            return self.canon_acronym(a);
        }
        if let Some(a) = name.strip_prefix('\u{2}') {
            return Some(a.to_string());
        }
        let key = fold(name.trim_start_matches("The "));
        let display = self.full.get(&key).cloned().unwrap_or_else(|| name.to_string());
        // "Times" alone → the one full publication name ending with it.
        if !display.contains(' ') {
            let longer: Vec<&String> = self.by_last.get(&key).map(|v| v.iter().collect()).unwrap_or_default();
            if longer.len() == 1 {
                return Some(longer[0].clone());
            }
            if lexicon::org_cues().contains(&key) {
                return None;
            }
        }
        Some(display)
    }

    /// The name a bare acronym stands for, or `None`.
    fn canon_acronym(&self, a: &str) -> Option<String> {
        // "INC", "AG" in a headline are legal suffixes, not initials of a name.
        if legal_suffix(&super::people::title_cased(a)) || legal_suffix(a) {
            return None;
        }
        if let Some(e) = self.acr.get(a) {
            return Some(
                self.full.get(&fold(e.trim_start_matches("The "))).cloned().unwrap_or_else(|| e.clone()),
            );
        }
        // An acronym the text does not define is the name with those initials
        // only when that name is not much rarer than the acronym ("PC" in seventy
        // articles is not the Pensions Commission of five), and named in three
        // times as many articles as any other name with those initials ("SEC" is
        // the Securities and Exchange Commission, not the Senate Energy Committee;
        // "ICO" is the coffee or the cocoa organisation, so neither).
        if self.own.contains(a) {
            return Some(a.to_string());
        }
        let named = |e: &String| self.docs.get(&fold(e.trim_start_matches("The "))).copied().unwrap_or(0);
        let best = self.by_ini.get(a).and_then(|names| {
            // Spellings of one name count together.
            let mut by_docs: Vec<(u32, &String)> = Vec::new();
            for e in names {
                let same = |x: &String| spelling_key(x) == spelling_key(e);
                match by_docs.iter_mut().find(|(_, x)| same(x)) {
                    Some(slot) => {
                        slot.0 += named(e);
                        if named(e) > named(slot.1) {
                            slot.1 = e;
                        }
                    }
                    None => by_docs.push((named(e), e)),
                }
            }
            by_docs.sort_by_key(|x| std::cmp::Reverse(x.0));
            let runner_up = by_docs.get(1).map_or(0, |x| x.0);
            by_docs.first().filter(|x| x.0 >= 3 * runner_up).map(|x| x.1)
        });
        if let Some(e) = best.filter(|e| named(e) * 3 >= self.docs.get(a).copied().unwrap_or(0)) {
            return Some(
                self.full.get(&fold(e.trim_start_matches("The "))).cloned().unwrap_or_else(|| e.clone()),
            );
        }
        if lexicon::seats().contains_key(&fold(a)) {
            return lexicon::seats().get(&fold(a)).cloned();
        }
        None
    }

    /// An article's organisations, canonical, most mentioned first.
    fn article_orgs(&self, f: &Found) -> Vec<String> {
        let mut counts: Vec<(String, u32)> = Vec::new();
        for (n, c) in &f.orgs {
            // An acronym this article defines means what it says here ("ICO" is
            // the coffee organisation in one article, the cocoa one in another).
            let own = n.strip_prefix('\u{1}').and_then(|a| f.acronyms.iter().find(|(x, e)| x == a && e != a));
            let named = match own {
                Some((_, e)) => self.canon(e),
                None => self.canon(n),
            };
            if let Some(name) = named {
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
    }
}

/// Legal suffixes of a firm's name ("Exxon Corp" is Exxon).
pub fn legal_suffix(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "Inc"
            | "Incorporated"
            | "Corp"
            | "Corporation"
            | "Co"
            | "Cos"
            | "Ltd"
            | "Limited"
            | "Plc"
            | "PLC"
            | "plc"
            | "LLC"
            | "AG"
            | "Ag"
            | "SA"
            | "S.A"
            | "NV"
            | "N.V"
            | "BV"
            | "GmbH"
            | "Pty"
            | "SpA"
            | "Cie"
            | "N.A"
    )
}

/// A fragment made only of generic words and a legal suffix ("Co Inc", "Motors
/// Corp"), no firm's name.
fn suffix_fragment(toks: &[&str]) -> bool {
    toks.iter().all(|t| generic_org_word(t)) && toks.iter().any(|t| legal_suffix(t))
}

/// Generic words of firms' names: a value made only of them and a legal suffix is a
/// fragment ("Co Inc", "Group Inc", "Motors Corp", "Investors Service Inc").
fn generic_org_word(w: &str) -> bool {
    legal_suffix(w)
        || lexicon::org_cues().contains(&fold(w))
        || matches!(
            fold(w).as_str(),
            "group"
                | "international"
                | "industries"
                | "motors"
                | "financial"
                | "investors"
                | "service"
                | "services"
                | "savings"
                | "national"
                | "trust"
                | "holdings"
                | "and"
                | "&"
                | "of"
                | "the"
                | "corp"
                | "inc"
                | "co"
                | "ltd"
                | "american"
                | "general"
                | "first"
                | "united"
                | "capital"
                | "securities"
                | "bancorp"
                | "systems"
                | "resources"
                | "energy"
                | "petroleum"
                | "oil"
        )
}

/// Initials of a name, connectors skipped ("Securities and Exchange Commission" → "SEC").
/// An organisation's name folded, British and American spellings alike
/// ("Organisation for Economic Cooperation and Development" is the "Organization …").
fn spelling_key(name: &str) -> String {
    fold(name.trim_start_matches("The ")).replace("organisation", "organization")
}

fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter(|t| !org_connector(t) && *t != "The" && !legal_suffix(t))
        .filter_map(|t| t.chars().next())
        .collect()
}

/// Tidies every article's organisations against the whole corpus, so that one
/// organisation is one value an editor would keep:
/// - out go demonyms, titles, common words and names of people (`not_orgs`, folded)
///   standing alone ("Japanese", "Secretary", "House", "Baker"), and fragments made only
///   of generic words and a legal suffix ("Co Inc", "Motors Corp");
/// - a trailing "on Tuesday" is not part of a name;
/// - spellings that differ by a legal suffix are one value, shown as written most often
///   ("General Motors Corp" and "General Motors");
/// - a fragment of a longer name of the same article goes ("Exchange Commission" beside
///   "Securities and Exchange Commission"), as does one that is, across the corpus,
///   mostly seen inside a single longer name;
/// - an acronym whose expansion the corpus names is that name ("SEC", "IMF").
pub fn tidy_orgs(orgs: &mut [Vec<String>], not_orgs: &HashSet<String>, common: &HashSet<String>) {
    for list in orgs.iter_mut() {
        let mut out: Vec<String> = Vec::new();
        for v in list.drain(..).filter_map(|v| kept_org(&v, not_orgs, common)) {
            if !out.contains(&v) {
                out.push(v);
            }
        }
        *list = out;
    }
    split_pairs(orgs, not_orgs);
    let corpus = CorpusOrgs::gather(orgs);
    for list in orgs.iter_mut() {
        *list = corpus.tidy(list);
    }
}

/// A value as [`tidy_orgs`] keeps it (without a trailing "on Tuesday"), or `None` for
/// no organisation.
fn kept_org(v: &str, not_orgs: &HashSet<String>, common: &HashSet<String>) -> Option<String> {
    const DAYS: &[&str] =
        &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday"];
    let mut v = v.trim().to_string();
    for d in DAYS {
        if let Some(x) = v.strip_suffix(&format!(" on {d}")).or_else(|| v.strip_suffix(&format!(" {d}"))) {
            v = x.to_string();
        }
    }
    // "Reserve Bank of India on March": a date's month is no part of it either.
    for m in explorer_core::calendar::MONTH_NAMES_EN {
        if let Some(x) = v.strip_suffix(&format!(" on {m}")).or_else(|| v.strip_suffix(&format!(" in {m}"))) {
            v = x.to_string();
        }
    }
    let toks: Vec<&str> = v.split_whitespace().collect();
    let f = fold(&v);
    let bad = toks.is_empty()
        || legal_suffix(toks[0])
        || suffix_fragment(&toks)
        || not_orgs.contains(&f)
        // A country is a place ("Soviet Union"), not an organisation.
        || lexicon::places().contains_key(&f)
        || (toks.len() == 1
            && (lexicon::demonyms().contains(&f)
                || lexicon::titles().contains(&f)
                || lexicon::stop_caps().contains(&f)
                || (common.contains(&f) && !toks[0].chars().all(|c| c.is_uppercase()))));
    (!bad).then_some(v)
}

/// What spellings of one organisation share: the name without "The", a legal suffix
/// or a trailing "and Co", a government body's name in one word order ("Department of
/// Justice" is the "Justice Department"), and a governing board without "Board" ("the
/// Federal Reserve Board" is the Federal Reserve), as a spelling key.
fn org_key(v: &str) -> String {
    let toks: Vec<&str> = v.trim_start_matches("The ").split_whitespace().collect();
    let mut n = toks.len();
    while n > 1 && (legal_suffix(toks[n - 1]) || (n > 2 && toks[n - 1] == "Co" && toks[n - 2] == "and")) {
        n -= 1;
    }
    if n > 1 && toks[n - 1] == "and" {
        n -= 1;
    }
    let mut toks = toks[..n].to_vec();
    // A board governs the body it is named after, unless that is a body with a
    // board of its own ("Federal Home Loan Bank Board" is not the bank).
    if toks.len() >= 3
        && toks[toks.len() - 1] == "Board"
        && !BODIES_WITH_BOARDS.contains(&toks[toks.len() - 2])
    {
        toks.pop();
    }
    let name = toks.join(" ");
    spelling_key(&government_body(&name).unwrap_or(name))
}

/// Last words of bodies that have a board of their own: "X Board" is then not X.
const BODIES_WITH_BOARDS: &[&str] = &[
    "Bank",
    "Company",
    "Exchange",
    "Trade",
    "Club",
    "Fund",
    "University",
    "College",
    "Association",
    "Union",
    "Group",
    "Council",
    "Commission",
    "School",
    "Hospital",
    "Museum",
    "Trust",
    "Marketing",
];

/// The words that name a government body with or without "of" ("Department of
/// Justice", "Justice Department").
const GOVERNMENT_BODIES: [&str; 2] = ["Department", "Ministry"];

/// "Department of Justice" as "Justice Department", "Ministry of Finance" as "Finance
/// Ministry": the word order a government body is most often written in, or `None` for
/// a name that is not one.
fn government_body(name: &str) -> Option<String> {
    for body in GOVERNMENT_BODIES {
        let Some(rest) = name.strip_prefix(body).and_then(|r| r.strip_prefix(" of ")) else { continue };
        let rest = rest.trim_start_matches("the ");
        if !rest.is_empty() && rest.split_whitespace().all(|t| is_cap(t) || org_connector(t)) {
            return Some(format!("{rest} {body}"));
        }
    }
    None
}

/// The initials of a government body's name written with "of" ("Agriculture
/// Department" → "DA", as in "Department of Agriculture"), for acronyms that open with
/// a country ("USDA": the U.S. Department of Agriculture).
fn body_initials(name: &str) -> Option<String> {
    for body in GOVERNMENT_BODIES {
        if let Some(rest) = name.strip_suffix(body).map(str::trim_end).filter(|r| !r.is_empty()) {
            return Some(format!("{}{}", &body[..1], initials(rest)));
        }
    }
    None
}

/// "IMF and World Bank": two organisations the corpus also names apart; "Roger
/// Knapman and Green Party", "United States and European Community": a person's or a
/// place's name is no part of it.
fn split_pairs(orgs: &mut [Vec<String>], not_orgs: &HashSet<String>) {
    // The pieces of a value joined by "and" (or "And", in a headline read in title case).
    fn and_parts(v: &str) -> Vec<&str> {
        v.split(" and ").flat_map(|p| p.split(" And ")).map(str::trim).collect()
    }
    let known: HashSet<String> =
        orgs.iter().flatten().filter(|v| and_parts(v).len() == 1).map(|v| org_key(v)).collect();
    let mut articles: HashMap<String, u32> = HashMap::new();
    for v in orgs.iter().flatten() {
        *articles.entry(org_key(v)).or_default() += 1;
    }
    for list in orgs.iter_mut() {
        let mut out: Vec<String> = Vec::new();
        for v in list.drain(..).flat_map(|v| firms_apart(&v)) {
            let parts = and_parts(&v);
            // "Roger Knapman and Green Party", "Treasury Secretary James Baker and
            // Federal Reserve": a person's name is no part of it. A full name, not a
            // surname ("Johnson and Johnson").
            let person = |p: &str| {
                let toks: Vec<&str> = p.split_whitespace().collect();
                (0..toks.len().saturating_sub(1)).any(|i| not_orgs.contains(&fold(&toks[i..].join(" "))))
            };
            // Nor is a place's ("United States and European Community").
            let place = |p: &str| lexicon::places().contains_key(&fold(p));
            let other = |p: &str| person(p) || place(p);
            // An acronym is an organisation's name of its own ("IMF and World Bank").
            let named = |p: &str| known.contains(&org_key(p)) || (p.len() >= 2 && is_acronym(p));
            // "UPS and Deutsche Post", "Deutsche Bank and Credit Suisse Group": a first
            // part the corpus names alone, by an acronym or several words, is a name
            // of its own ("Food and Drug Administration" opens with no such name),
            // unless the whole is a name the corpus gives again ("U.S. Securities and
            // Exchange Commission").
            let once = articles.get(&org_key(&v)).is_none_or(|&n| n < 2);
            let leads = |p: &str| once && named(p) && (p.contains(' ') || is_acronym(p));
            let split = parts.len() > 1
                && (parts.iter().all(|p| named(p)) || parts.iter().any(|p| other(p)) || leads(parts[0]));
            let kept: Vec<String> = if split {
                parts.iter().filter(|p| !other(p)).map(|p| p.to_string()).collect()
            } else {
                vec![v.clone()]
            };
            for p in kept {
                if !out.contains(&p) {
                    out.push(p);
                }
            }
        }
        *list = out;
    }
}

/// Two firms joined by "and" apart: a legal suffix ends a firm's name, so what follows
/// the "and" is another's ("Standard Oil Co and BP North America Inc", "Goldman Sachs
/// and Co and Merrill Lynch"; not "Morgan Stanley and Co Inc"), as is a name opening
/// with "The" ("The Times and The Guardian"). A credit rating after the "and" is no
/// name ("Moody's Investors Service Inc and B-plus").
fn firms_apart(v: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    for part in v.split(" and ") {
        let first = part.split_whitespace().next().unwrap_or("");
        let after_firm = cur.split_whitespace().last().is_some_and(legal_suffix) && !legal_suffix(first);
        if !cur.is_empty() && (after_firm || (cur.starts_with("The ") && first == "The")) {
            out.push(std::mem::take(&mut cur));
        } else if !cur.is_empty() {
            cur.push_str(" and ");
        }
        cur.push_str(part);
    }
    out.push(cur);
    if out.len() > 1 {
        // Nor is a firm's suffix alone ("Co Inc").
        out.retain(|p| !credit_rating(p) && !suffix_fragment(&p.split_whitespace().collect::<Vec<_>>()));
    }
    out
}

/// A credit rating ("AAA", "B-plus", "BB-minus", "A-1"), or a lone letter.
fn credit_rating(p: &str) -> bool {
    let core = p.trim_end_matches("-plus").trim_end_matches("-minus").trim_end_matches(['+', '-']);
    let core = core.split('-').next().unwrap_or(core);
    core.chars().filter(|c| c.is_alphabetic()).count() <= 1
        || (core.len() <= 3 && core.chars().all(|c| matches!(c, 'A' | 'B' | 'C' | 'D')))
}

/// What the whole corpus tells of its organisation names, for [`tidy_orgs`].
struct CorpusOrgs {
    /// Each key's spelling written most often.
    shown: HashMap<String, String>,
    /// Articles naming each key.
    docs_of: HashMap<String, u32>,
    /// Initials → the multi-word names with them (named in two articles or more).
    by_initials: HashMap<String, Vec<String>>,
    /// A multi-word name seen inside exactly one longer name → that name's key.
    fragment_of: HashMap<String, String>,
    /// Government bodies by their initials written with "of" ([`body_initials`]).
    by_body_initials: HashMap<String, Vec<String>>,
    /// Keys the corpus writes with a legal suffix: an acronym among them is a firm's
    /// own name ("CBS Inc"), not the initials of another's.
    suffixed: HashSet<String>,
}

impl CorpusOrgs {
    /// Spellings, article counts, initials and fragments across `orgs`.
    fn gather(orgs: &[Vec<String>]) -> CorpusOrgs {
        // Spellings per key, with the number of articles naming each.
        let mut spell: HashMap<String, HashMap<String, u32>> = HashMap::new();
        for list in orgs {
            for v in list {
                *spell.entry(org_key(v)).or_default().entry(v.clone()).or_default() += 1;
            }
        }
        let shown: HashMap<String, String> = spell
            .iter()
            .map(|(k, m)| {
                let best =
                    m.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.len().cmp(&a.0.len())).then(b.0.cmp(a.0)));
                (k.clone(), best.map(|b| b.0.clone()).unwrap_or_default())
            })
            .collect();
        let docs_of: HashMap<String, u32> =
            spell.iter().map(|(k, m)| (k.clone(), m.values().sum())).collect();
        let suffixed: HashSet<String> = spell
            .iter()
            .filter(|(_, m)| m.keys().any(|v| v.split_whitespace().last().is_some_and(legal_suffix)))
            .map(|(k, _)| k.clone())
            .collect();
        // Acronyms → the one multi-word name with those initials (in two articles or more).
        let mut by_initials: HashMap<String, Vec<String>> = HashMap::new();
        let mut by_body_initials: HashMap<String, Vec<String>> = HashMap::new();
        for (k, name) in &shown {
            if name.contains(' ') && docs_of.get(k).copied().unwrap_or(0) >= 2 {
                let ini = initials(name);
                if ini.chars().count() >= 2 {
                    by_initials.entry(ini).or_default().push(name.clone());
                }
                if let Some(ini) = body_initials(&government_body(name).unwrap_or_else(|| name.clone())) {
                    by_body_initials.entry(ini).or_default().push(name.clone());
                }
            }
        }
        // Multi-word names seen inside exactly one longer name, in at least half their
        // articles, are that name.
        let mut inside: HashMap<String, HashMap<String, u32>> = HashMap::new();
        for list in orgs {
            let keys: Vec<String> = list.iter().map(|v| org_key(v)).collect();
            for a in &keys {
                for b in &keys {
                    if a != b && b.len() > a.len() && format!(" {b} ").contains(&format!(" {a} ")) {
                        *inside.entry(a.clone()).or_default().entry(b.clone()).or_default() += 1;
                    }
                }
            }
        }
        let fragment_of: HashMap<String, String> = inside
            .into_iter()
            .filter_map(|(a, outer)| {
                let (b, n) = outer.iter().max_by_key(|x| *x.1)?;
                let total = docs_of.get(&a).copied().unwrap_or(0);
                // A nation's body inside one nation's name is still every nation's.
                (outer.len() == 1 && a.contains(' ') && n * 2 >= total && !national_body(&a))
                    .then(|| (a, b.clone()))
            })
            .collect();
        CorpusOrgs { shown, docs_of, by_initials, fragment_of, by_body_initials, suffixed }
    }

    /// Of the names sharing some initials, the one most articles give if it is clearly
    /// the one (named in three times as many articles as the next).
    fn clearly_one(&self, names: &[String]) -> Option<String> {
        let mut ranked: Vec<(u32, &String)> =
            names.iter().map(|n| (self.docs_of.get(&org_key(n)).copied().unwrap_or(0), n)).collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
        (ranked.len() == 1 || ranked.get(1).is_some_and(|r| ranked[0].0 >= 3 * r.0))
            .then(|| ranked[0].1.clone())
    }

    /// An acronym opening with a country's ("USDA", "UKDE") as that country's
    /// government body with the rest of its initials ("Department of Agriculture").
    fn country_body(&self, acronym: &str) -> Option<String> {
        (2..=3).filter(|&n| acronym.len() > n + 1).find_map(|n| {
            let (country, rest) = acronym.split_at(n);
            if !lexicon::places().contains_key(&fold(country)) {
                return None;
            }
            self.by_body_initials.get(rest).and_then(|l| self.clearly_one(l))
        })
    }

    /// One article's organisations, tidied: fragments of its longer names gone, each
    /// shown as the corpus writes it most often, an acronym as its expansion.
    fn tidy(&self, list: &[String]) -> Vec<String> {
        let keys: Vec<String> = list.iter().map(|v| org_key(v)).collect();
        let mut out: Vec<String> = Vec::new();
        for (v, k) in list.iter().zip(&keys) {
            // A fragment of a longer name of this article.
            if keys.iter().any(|b| b != k && b.len() > k.len() && within_name(k, b)) {
                continue;
            }
            let mut name = match self.fragment_of.get(k) {
                Some(b) => self.shown.get(b).cloned().unwrap_or_else(|| v.clone()),
                None => self.shown.get(k).cloned().unwrap_or_else(|| v.clone()),
            };
            if !name.contains(' ')
                && name.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
                && !self.suffixed.contains(k)
            {
                // The name with those initials that most articles give, if it is clearly
                // the one ("SEC": Securities and Exchange Commission).
                if let Some(e) = self.by_initials.get(&name).and_then(|l| self.clearly_one(l)) {
                    name = e;
                } else if let Some(e) = self.country_body(&name) {
                    name = e;
                }
            }
            if !out.contains(&name) {
                out.push(name);
            }
        }
        out
    }
}

/// Is the organisation key `short` a piece of the longer key `long` of the same
/// article, standing for it ("exchange commission" in "securities and exchange
/// commission", "reserve bank" in "reserve bank of australia", "securities and
/// exchange" cut from its head)? Not when `long` opens with it and goes on with a body
/// of its own, a head and its "of" complement: the Federal Reserve is not the Federal
/// Reserve Bank of New York.
fn within_name(short: &str, long: &str) -> bool {
    if !format!(" {long} ").contains(&format!(" {short} ")) {
        return false;
    }
    match long.strip_prefix(short).and_then(|rest| rest.strip_prefix(' ')) {
        Some(rest) => rest.starts_with("of ") || !rest.contains(" of "),
        None => true,
    }
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
        // A headline in capitals writes every word as an acronym ("MORE AID FOR …").
        for s in sentences.iter().filter(|s| !super::people::all_caps(s)) {
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

/// How a one-word or short organisation name is written across the corpus.
#[derive(Default)]
struct Usage {
    /// Mentions as written.
    total: u32,
    /// Mentions with no name word before and no capitalised word (or "of" and one)
    /// after.
    alone: u32,
    /// The capitalised word just before, as written ("Aston", "Moody's"), by count.
    before: HashMap<String, u32>,
}

/// Tallies, for each name of `names`, how the corpus's sentences write it.
fn usage_of(names: &[&String], docs: &[Vec<String>]) -> HashMap<String, Usage> {
    let mut index: HashMap<&str, Vec<(Vec<&str>, &String)>> = HashMap::new();
    for n in names {
        let toks: Vec<&str> = n.split_whitespace().collect();
        index.entry(toks[0]).or_default().push((toks, n));
    }
    let mut out: HashMap<String, Usage> = HashMap::new();
    for s in docs.iter().flatten() {
        let ws = words(s);
        for i in 0..ws.len() {
            let Some(cands) = index.get(ws[i].text.as_str()) else { continue };
            for (toks, name) in cands {
                let n = toks.len();
                if i + n > ws.len() || !toks.iter().enumerate().all(|(k, t)| ws[i + k].text == *t) {
                    continue;
                }
                let u = out.entry((*name).clone()).or_default();
                u.total += 1;
                let prev =
                    (i > 0 && is_cap(&ws[i - 1].text) && (!ws[i - 1].break_after || ws[i - 1].possessive))
                        .then(|| &ws[i - 1]);
                let last = &ws[i + n - 1];
                let next = ws.get(i + n).filter(|_| !last.break_after && !last.possessive);
                let next_cap = next.is_some_and(|w| {
                    is_cap(&w.text) || (w.text == "of" && ws.get(i + n + 1).is_some_and(|x| is_cap(&x.text)))
                });
                let name_word = |w: &Word| {
                    let f = fold(&w.text);
                    !lexicon::stop_caps().contains(&f)
                        && !lexicon::org_cues().contains(&f)
                        && !legal_suffix(&w.text)
                        && !lexicon::stopwords().contains(&f)
                        && !lexicon::titles().contains(&f)
                        && !lexicon::demonyms().contains(&f)
                        && !lexicon::places().contains_key(&f)
                        && !is_acronym(&w.text)
                };
                // "New York Stock Exchange": the word before is not where the name starts.
                let inner = i > 1
                    && is_cap(&ws[i - 2].text)
                    && !ws[i - 2].break_after
                    && !matches!(fold(&ws[i - 2].text).as_str(), "a" | "an" | "the");
                match prev.filter(|w| name_word(w)) {
                    Some(_) if inner => {}
                    Some(w) => {
                        let shown = if w.possessive { format!("{}'s", w.text) } else { w.text.clone() };
                        *u.before.entry(shown).or_default() += 1;
                    }
                    None if !next_cap => u.alone += 1,
                    None => {}
                }
            }
        }
    }
    out
}

/// Completes the pieces of longer names by how the corpus writes them: a name whose
/// mentions preceded by a name word mostly have the same one, three times or more, is
/// that longer name ("Villa" → "Aston Villa", "Investors Service" → "Moody's
/// Investors Service"), unless the longer one is an organisation of its own ("House"
/// is not the "White House"); a one-word name mostly written inside longer names, a
/// fifth of the time after a name word, and in no single one ("House" of "House Ways
/// and Means Committee", "House of Representatives", "White House") is dropped.
pub fn complete_fragments(orgs: &mut [Vec<String>], docs: &[Vec<String>]) {
    let known: HashSet<String> = orgs.iter().flatten().map(|o| fold(o.trim_start_matches("The "))).collect();
    let names: Vec<&String> = {
        let mut v: Vec<&String> = orgs
            .iter()
            .flatten()
            .filter(|o| !o.starts_with("The ") && !o.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()))
            .filter(|o| o.split_whitespace().count() <= 2)
            .collect();
        v.sort();
        v.dedup();
        v
    };
    let usage = usage_of(&names, docs);
    let mut fix: HashMap<String, Option<String>> = HashMap::new();
    for (name, u) in &usage {
        let preceded: u32 = u.before.values().sum();
        let best = u.before.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)));
        if let Some((p, &n)) = best.filter(|(_, &n)| n >= 3 && n * 5 >= preceded * 4) {
            let full = format!("{p} {name}");
            if !known.contains(&fold(&full)) && n * 4 >= u.total {
                fix.insert(name.clone(), Some(full));
                continue;
            }
        }
        if !name.contains(' ') && u.total >= 3 && u.alone * 2 < u.total && preceded * 5 >= u.total {
            fix.insert(name.clone(), None);
        }
    }
    for list in orgs.iter_mut() {
        let mut out: Vec<String> = Vec::new();
        for o in list.drain(..) {
            let o = match fix.get(&o) {
                Some(Some(full)) => full.clone(),
                Some(None) => continue,
                None => o,
            };
            if !out.contains(&o) {
                out.push(o);
            }
        }
        *list = out;
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
    fn fragments_complete_to_the_name_the_corpus_writes() {
        let docs = vec![
            vec![
                "Aston Villa beat Arsenal.".to_string(),
                "Moody's Investors Service cut the rating.".to_string(),
                "The House voted, and the House Ways and Means Committee met.".to_string(),
            ],
            vec!["Aston Villa lost.".to_string(), "A Moody's Investors Service analyst agreed.".to_string()],
            vec!["Aston Villa won. Villa fans cheered.".to_string(), "The White House said so.".to_string()],
            vec!["The House of Representatives and the White House agreed.".to_string()],
            vec!["Moody's Investors Service said so.".to_string()],
        ];
        let mut orgs = vec![
            vec!["Villa".to_string(), "Investors Service".to_string(), "House".to_string()],
            vec!["Investors Service".to_string()],
            vec!["Villa".to_string(), "White House".to_string()],
            vec!["House".to_string(), "White House".to_string()],
            vec!["Investors Service".to_string()],
        ];
        complete_fragments(&mut orgs, &docs);
        assert_eq!(orgs[0], ["Aston Villa", "Moody's Investors Service"]);
        assert_eq!(orgs[2], ["Aston Villa", "White House"]);
        assert_eq!(orgs[3], ["White House"]);
        let (_, o) = run("The Los Angeles Times reported the news.");
        assert!(o.contains(&"The Los Angeles Times".to_string()), "{o:?}");
    }

    #[test]
    fn places_merge_aliases() {
        let (p, _) =
            run("Officials flew from Lisbon to Washington, D.C. and the U.S. capital; the US side agreed.");
        assert_eq!(p, ["Lisbon", "Washington", "United States"]);
    }

    #[test]
    fn a_name_that_opens_a_longer_one_is_another_body() {
        assert!(within_name("exchange commission", "securities and exchange commission"));
        assert!(within_name("reserve bank", "reserve bank of australia"));
        assert!(within_name("bank of new york", "federal reserve bank of new york"));
        assert!(!within_name("federal reserve", "federal reserve bank of new york"));
        assert!(within_name("securities and exchange", "securities and exchange commission"));
        assert!(within_name("merrill lynch", "merrill lynch capital markets"));
        assert!(!within_name("bank", "banker trust"));
    }

    #[test]
    fn a_dateline_names_its_state() {
        let r = |d: &str| dateline_region(d).map(String::as_str);
        assert_eq!(r("CONWAY, Ark., Feb 26"), Some("Arkansas"));
        assert_eq!(r("RICHMOND, Va. Feb 26"), Some("Virginia"));
        assert_eq!(r("CHARLESTON, W. Va., March 2"), Some("West Virginia"));
        assert_eq!(r("ATLANTA, Ga., March 2"), Some("United States"));
        assert_eq!(r("TORONTO, Ont., March 3"), Some("Ontario"));
        assert_eq!(r("LONDON, March 3"), None);
        assert_eq!(r("LA PAZ, Feb 3"), None);
    }

    #[test]
    fn a_city_brings_its_country() {
        let mut places =
            vec![("Cleveland".to_string(), 2), ("Ohio".to_string(), 1), ("Lisbon".to_string(), 1)];
        with_countries(&mut places);
        assert_eq!(
            places,
            [
                ("Cleveland".to_string(), 2),
                ("Ohio".to_string(), 1),
                ("Lisbon".to_string(), 1),
                ("United States".to_string(), 3),
                ("Portugal".to_string(), 1)
            ]
        );
        // A country the article names itself is counted once more per city, not twice.
        let mut places = vec![("Portugal".to_string(), 1), ("Lisbon".to_string(), 2)];
        with_countries(&mut places);
        assert_eq!(places, [("Portugal".to_string(), 3), ("Lisbon".to_string(), 2)]);
        // A name several countries share brings none.
        let mut places = vec![("Cambridge".to_string(), 1)];
        with_countries(&mut places);
        assert_eq!(places.len(), 1);
    }

    #[test]
    fn orgs_with_cues_acronyms_and_seats() {
        let (_, o) = run("The Department of Fisheries (DOF) and the Portuguese Foreign Ministry met at the White House; DOF said so, a source told Bloomberg.");
        assert!(o.contains(&"Department of Fisheries".to_string()), "{o:?}");
        // A nation's body is named with its nation.
        assert!(o.contains(&"Foreign Ministry (Portugal)".to_string()), "{o:?}");
        assert!(o.contains(&"White House".to_string()), "{o:?}");
        assert!(o.contains(&"Bloomberg".to_string()), "{o:?}");
        assert_eq!(o.iter().filter(|x| x.contains("Fisheries")).count(), 1);
    }

    #[test]
    fn an_acronym_opening_a_publication_takes_no_article() {
        let (_, o) = run("He told the BBC News website that the plan had failed.");
        assert!(o.iter().any(|x| x == "BBC News"), "{o:?}");
        let mut orgs = vec![vec!["Soviet Union".to_string(), "Bank of Japan".to_string()]];
        tidy_orgs(&mut orgs, &HashSet::new(), &HashSet::new());
        assert_eq!(orgs[0], ["Bank of Japan"]);
    }

    #[test]
    fn acronyms_mean_what_their_article_defines() {
        // Defined between commas, as the wires write it; a capitalised word before the
        // name is no part of it.
        let (_, o) =
            run("The International Coffee Organization, ICO, said quotas would stay. ICO delegates agreed.");
        assert_eq!(o, ["International Coffee Organization"]);
        let (_, o) = run("Recent International Coffee Organization (ICO) talks failed, ICO delegates said.");
        assert_eq!(o, ["International Coffee Organization"]);
        // One acronym, two organisations: each article's own definition wins, and an
        // article that defines neither gets neither.
        let texts = [
            "The African Development Bank (ADB) lent more. ADB officials said so.",
            "The Asian Development Bank (ADB) lent less. ADB officials said so.",
            "ADB officials met in Manila on Monday.",
        ];
        let found: Vec<Found> = texts.iter().map(|t| find(&[(t.to_string(), false)])).collect();
        let orgs = merge_orgs(&found);
        assert_eq!(orgs[0], ["African Development Bank"]);
        assert_eq!(orgs[1], ["Asian Development Bank"]);
        assert!(!orgs[2].iter().any(|o| o.contains("Development Bank")), "{:?}", orgs[2]);
        // Initials shared by two names of similar weight expand to neither; a name
        // named far more often than any other with its initials takes the acronym.
        let texts = [
            "The Food and Drug Administration approved it.",
            "The Food and Drug Administration approved another.",
            "The Food and Drug Administration approved a third.",
            "The Federal Drug Administration, he wrote, approved it.",
            "FDA officials said so on Monday.",
        ];
        let found: Vec<Found> = texts.iter().map(|t| find(&[(t.to_string(), false)])).collect();
        assert_eq!(merge_orgs(&found)[4], ["Food and Drug Administration"]);
        let found: Vec<Found> = texts[2..].iter().map(|t| find(&[(t.to_string(), false)])).collect();
        assert!(merge_orgs(&found)[2].iter().all(|o| !o.ends_with("Drug Administration")));
    }

    #[test]
    fn spellings_and_joined_acronyms_are_one_value_each() {
        let mut orgs = vec![
            vec!["Organisation for Economic Cooperation and Development".to_string()],
            vec!["Organization for Economic Cooperation and Development".to_string()],
            vec!["Organization for Economic Cooperation and Development".to_string()],
            vec!["IMF and World Bank".to_string()],
            vec!["World Bank".to_string()],
        ];
        tidy_orgs(&mut orgs, &HashSet::new(), &HashSet::new());
        assert_eq!(orgs[0], ["Organization for Economic Cooperation and Development"]);
        assert_eq!(orgs[3], ["IMF", "World Bank"]);
    }

    #[test]
    fn one_government_body_under_one_name() {
        let names = [
            "Agriculture Department",
            "Agriculture Department",
            "Department of Agriculture",
            "USDA",
            "Department of Justice",
            "Justice Department",
            "Justice Department",
            "Federal Reserve",
            "Federal Reserve Board",
            "Federal Reserve",
            "Federal Home Loan Bank Board",
            "Federal Home Loan Bank Board",
            "Federal Home Loan Bank",
        ];
        let mut orgs: Vec<Vec<String>> = names.iter().map(|n| vec![n.to_string()]).collect();
        tidy_orgs(&mut orgs, &HashSet::new(), &HashSet::new());
        let shown: Vec<&str> = orgs.iter().map(|o| o[0].as_str()).collect();
        assert_eq!(&shown[..4], ["Agriculture Department"; 4]);
        assert_eq!(&shown[4..7], ["Justice Department"; 3]);
        assert_eq!(&shown[7..10], ["Federal Reserve"; 3]);
        assert_eq!(
            &shown[10..],
            ["Federal Home Loan Bank Board", "Federal Home Loan Bank Board", "Federal Home Loan Bank"]
        );
        // A bare acronym with a country's letters and no such body stays itself.
        let mut orgs = vec![vec!["USTR".to_string()], vec!["Trade Department".to_string()]];
        tidy_orgs(&mut orgs, &HashSet::new(), &HashSet::new());
        assert_eq!(orgs[0], ["USTR"]);
    }

    #[test]
    fn a_person_joined_to_an_organisation_by_and_is_cut_off() {
        let mut orgs =
            vec![vec!["Roger Knapman and Green Party".to_string(), "Johnson and Johnson".to_string()]];
        let people: HashSet<String> = ["roger knapman", "johnson"].iter().map(|s| s.to_string()).collect();
        tidy_orgs(&mut orgs, &people, &HashSet::new());
        assert_eq!(orgs[0], ["Green Party", "Johnson and Johnson"]);
        let mut orgs = vec![vec![
            "United States and European Community".to_string(),
            "U.S. And European Community".to_string(),
            "Trinidad and Tobago Electricity Commission".to_string(),
        ]];
        tidy_orgs(&mut orgs, &HashSet::new(), &HashSet::new());
        assert_eq!(orgs[0], ["European Community", "Trinidad and Tobago Electricity Commission"]);
    }

    #[test]
    fn firms_joined_by_and_come_apart() {
        assert_eq!(
            firms_apart("Standard Oil Co and BP North America Inc"),
            ["Standard Oil Co", "BP North America Inc"]
        );
        assert_eq!(
            firms_apart("Goldman Sachs and Co and Merrill Lynch"),
            ["Goldman Sachs and Co", "Merrill Lynch"]
        );
        assert_eq!(firms_apart("Morgan Stanley and Co Inc"), ["Morgan Stanley and Co Inc"]);
        assert_eq!(firms_apart("Bank of America NT and SA"), ["Bank of America NT and SA"]);
        assert_eq!(firms_apart("The Times and The Guardian"), ["The Times", "The Guardian"]);
        assert_eq!(
            firms_apart("Moody's Investors Service Inc and B-plus"),
            ["Moody's Investors Service Inc"]
        );
        assert_eq!(firms_apart("Securities and Exchange Commission"), ["Securities and Exchange Commission"]);
        // A first part named alone in the corpus leads a pair named once; a whole the
        // corpus names again stays whole.
        let mut orgs = vec![
            vec!["UPS and Deutsche Post".to_string()],
            vec!["UPS".to_string(), "Deutsche Bank".to_string()],
            vec!["Deutsche Bank and Trust".to_string()],
            vec!["Deutsche Bank and Trust".to_string()],
        ];
        tidy_orgs(&mut orgs, &HashSet::new(), &HashSet::new());
        assert_eq!(orgs[0], ["UPS", "Deutsche Post"]);
        assert_eq!(orgs[2], ["Deutsche Bank and Trust"]);
        // What follows an "and" after a cue, with no cue of its own, is another's name.
        let (_, o) = run("Deutsche Bank and Gazpromneft shares rose.");
        assert!(o.contains(&"Deutsche Bank".to_string()), "{o:?}");
        assert!(!o.iter().any(|x| x.contains("Gazpromneft")), "{o:?}");
    }

    #[test]
    fn every_nations_body_is_named_with_its_nation() {
        for body in [
            "Central Bank",
            "Finance Ministry",
            "Supreme Court",
            "Central Bureau of Statistics",
            "Ministry of Finance",
        ] {
            assert!(national_body(body), "{body}");
        }
        for name in [
            "Federal Reserve",
            "Bank of England",
            "Reserve Bank of India",
            "Office for National Statistics",
            "International Trade Commission",
            "Ministry",
        ] {
            assert!(!national_body(name), "{name}");
        }
        let (_, o) = run(
            "The Dutch Central Bank, Japan's Finance Ministry and the U.S. Department of Agriculture met.",
        );
        assert!(o.contains(&"Central Bank (Netherlands)".to_string()), "{o:?}");
        assert!(o.contains(&"Finance Ministry (Japan)".to_string()), "{o:?}");
        assert!(o.contains(&"Agriculture Department (United States)".to_string()), "{o:?}");
        // A state's court, a party's nation and a firm named for a state keep their names.
        let (_, o) = run(
            "The California Supreme Court met; the Scottish National Party met; Michigan National Bank met.",
        );
        assert!(o.contains(&"California Supreme Court".to_string()), "{o:?}");
        assert!(o.contains(&"Scottish National Party".to_string()), "{o:?}");
        assert!(o.contains(&"Michigan National Bank".to_string()), "{o:?}");
        // Bare: the dateline's nation, unless another is named more; none without one.
        let places = vec![("Japan".to_string(), 3), ("United States".to_string(), 1)];
        assert_eq!(home_nation(Some("TOKYO, March 3"), &places).map(String::as_str), Some("Japan"));
        assert_eq!(home_nation(Some("BOCA RATON, Fla, March 20"), &places), None);
        assert_eq!(home_nation(None, &places), None);
        let nz = vec![("New Zealand".to_string(), 2)];
        assert_eq!(home_nation(Some("WELLINGTON, March 2"), &nz).map(String::as_str), Some("New Zealand"));
        let orgs = vec!["Central Bank".to_string(), "Reuters".to_string()];
        assert_eq!(with_nations(orgs.clone(), Some("Japan")), ["Central Bank (Japan)", "Reuters"]);
        assert_eq!(with_nations(orgs, None), ["Central Bank", "Reuters"]);
        let named = vec!["Central Bank (Turkey)".to_string(), "Central Bank".to_string()];
        assert_eq!(with_nations(named, Some("Japan")), ["Central Bank (Turkey)"]);
        // A body the corpus names nine times in ten with one nation is that nation's.
        let mut lists: Vec<Vec<String>> =
            (0..10).map(|_| vec!["Commerce Department (United States)".to_string()]).collect();
        lists.push(vec!["Commerce Department".to_string()]);
        lists.push(vec!["Finance Ministry".to_string()]);
        settle_nations(&mut lists.iter_mut().collect::<Vec<_>>());
        assert_eq!(lists[10], ["Commerce Department (United States)"]);
        assert_eq!(lists[11], ["Finance Ministry"]);
    }

    #[test]
    fn a_person_of_a_firm_is_no_part_of_its_name() {
        let (_, o) = run("It will impress the Fed, said Ward McCarthy of Merrill Lynch Economics Inc.");
        assert_eq!(o, ["Merrill Lynch Economics Inc"]);
        let (_, o) = run("The Bank of England and the Chicago Board of Trade agreed.");
        assert!(
            o.contains(&"Bank of England".to_string()) && o.contains(&"Chicago Board of Trade".to_string()),
            "{o:?}"
        );
    }

    #[test]
    fn a_quotation_after_told_is_no_outlet() {
        let (_, o) = run("She was told: \"Oh, you have had a very fast rise.\"");
        assert!(o.is_empty(), "{o:?}");
        let (_, o) = run("A spokesman told Bloomberg the deal was off.");
        assert_eq!(o, ["Bloomberg"]);
    }

    #[test]
    fn tickers_and_a_firms_own_acronym() {
        let (_, o) = run("Hutchison Whampoa Ltd <HWHH.HK> said it placed shares.");
        assert!(!o.iter().any(|x| x == "HK" || x == "HWHH"), "{o:?}");
        assert_eq!(without_tickers("a <B.HK> c").len(), "a <B.HK> c".len());
        // "CBS" is CBS Inc when the corpus writes it so, not the Central Bureau of Statistics.
        let docs = [
            find(&[("The Central Bureau of Statistics said so.".to_string(), false)]),
            find(&[("The Central Bureau of Statistics agreed.".to_string(), false)]),
            find(&[("CBS Inc said CBS would sell.".to_string(), false)]),
        ];
        let merged = merge_orgs(&docs);
        assert!(!merged[2].iter().any(|x| x.contains("Statistics")), "{:?}", merged[2]);
    }
}
