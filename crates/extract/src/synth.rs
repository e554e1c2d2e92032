//! Synthetic news corpora of any size, for scale tests and benchmarks.
//!
//! The seed corpus has five articles; the index, the embedding and the browser must
//! be measured at thousands. This module writes realistic plain-text articles — a
//! headline, a "By Name" byline, a dateline ("March 3, 2025"), then paragraphs that
//! name people with their titles ("Minister Lucía Ortega", later just "Ortega"),
//! places, organisations, recurring topic phrases and dated events — so that the
//! files go through the *real* extraction ([`crate::ingest_dir`]) and the
//! measurements are of the real pipeline. Everything is a pure function of the seed
//! (a small SplitMix64 generator; no `rand` dependency), so a size and a seed always
//! give the same corpus.

use explorer_core::calendar::MONTH_NAMES_EN;

/// A tiny deterministic PRNG (SplitMix64): good enough to pick words, and stable
/// across platforms and versions, which a benchmark corpus needs.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator for a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() >> 11) % n.max(1) as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// One element of a non-empty slice.
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// An index in `0..n` skewed towards small values (roughly Zipf-like), so a few
    /// people and topics dominate as they do in real coverage.
    pub fn skewed(&mut self, n: usize) -> usize {
        let u = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        ((n as f64).powf(u) - 1.0).floor().clamp(0.0, n.saturating_sub(1) as f64) as usize
    }
}

const GIVEN: &[&str] = &[
    "James", "Maria", "Robert", "Lucía", "Michael", "Ana", "David", "Carmen", "John", "Sofía", "Thomas",
    "Elena", "Daniel", "Laura", "Paul", "Isabel", "Mark", "Julia", "Peter", "Marta", "Andrew", "Claire",
    "Carlos", "Sarah", "Javier", "Emma", "Miguel", "Rachel", "Diego", "Helen", "Pablo", "Alice", "Martín",
    "Karen", "Jorge", "Susan", "Andrés", "Grace", "Luis", "Hannah", "Fernando", "Olivia", "Ricardo", "Nadia",
    "Tomás", "Irene", "Gabriel", "Victoria", "Samuel", "Beatriz",
];

const SYLLABLES: &[&str] = &[
    "bar", "lo", "men", "dez", "car", "ri", "son", "ta", "vel", "ga", "mor", "an", "ther", "ley", "qui",
    "ro", "ston", "ne", "fal", "co", "win", "la", "ber", "do", "mar", "tin", "sal", "va", "hur", "ton", "pe",
    "ra", "gu", "el", "ford", "ven", "dal", "hol", "bre", "cas",
];

const TITLES: &[&str] =
    &["Minister", "Senator", "Governor", "Mayor", "Judge", "Ambassador", "Secretary", "Deputy", "President"];

const PLACES: &[&str] = &[
    "Buenos Aires",
    "Madrid",
    "London",
    "Washington",
    "Lisbon",
    "Santiago",
    "Lima",
    "Bogotá",
    "Mexico City",
    "Montevideo",
    "Paris",
    "Berlin",
    "Rome",
    "Toronto",
    "Chicago",
    "Miami",
    "Barcelona",
    "Valencia",
    "Córdoba",
    "Rosario",
    "Sydney",
    "Dublin",
    "Brussels",
    "Geneva",
    "Quito",
];

const ORGS: &[&str] = &[
    "Ministry of Finance",
    "Central Bank",
    "Supreme Court",
    "Electoral Commission",
    "National Statistics Office",
    "Port Authority",
    "Transport Workers Union",
    "Chamber of Commerce",
    "World Bank",
    "Red Cross",
    "Environmental Protection Agency",
    "Ministry of Health",
    "Federal Police",
    "Teachers Union",
    "Energy Regulator",
];

const PUBLISHERS: &[&str] = &[
    "The Harbour Times",
    "Daily Ledger",
    "Evening Courier",
    "The Continental",
    "Metro Herald",
    "Southern Observer",
    "The Record",
];

/// Topic phrases: each story is about one, and repeats it like real coverage does.
const TOPICS: &[&str] = &[
    "pension reform",
    "water rationing",
    "port expansion",
    "rail strike",
    "wildfire season",
    "fuel subsidies",
    "housing shortage",
    "trade agreement",
    "visa waiver",
    "currency controls",
    "mining royalties",
    "teacher salaries",
    "hospital waiting lists",
    "flood defences",
    "election recount",
    "corruption inquiry",
    "minimum wage",
    "tax amnesty",
    "drought relief",
    "bridge collapse",
    "migrant deportations",
    "energy prices",
    "public transport fares",
    "fishing quotas",
    "data protection law",
    "university tuition",
    "border security",
    "police reform",
    "wheat exports",
    "budget deficit",
];

const VERBS_SAID: &[&str] = &["said", "told reporters", "argued", "warned", "insisted", "added", "stated"];

const HEADLINES: &[&str] = &[
    "{Surname} defends {topic} as critics warn of costs",
    "{Place} braces for {topic} after talks collapse",
    "{Org} backs {topic} plan in surprise vote",
    "Protests grow in {Place} over {topic}",
    "{Title} {Surname} unveils new {topic} proposal",
    "What the {topic} deal means for {Place}",
    "{Org} and {Surname} clash over {topic}",
    "{topic_cap}: {Surname} under pressure in {Place}",
];

const SENTENCES: &[&str] = &[
    "{Person} {said} that the {topic} would be debated again before the end of the year.",
    "Officials in {Place} confirmed that the {Org} had received the proposal on {topic}.",
    "\u{201c}We cannot keep postponing this,\u{201d} {Person} {said}, referring to the {topic}.",
    "Critics of the {topic} pointed to the costs, while supporters said it would pay for itself.",
    "The {Org} published figures showing the impact of the {topic} on households in {Place}.",
    "{Person} met representatives of the {Org} in {Place} to discuss the {topic}.",
    "Residents of {Place} have followed the {topic} closely, according to local surveys.",
    "Analysts said the {topic} could shape the next election in {Place}.",
    "{Person} rejected the accusations and called for calm.",
    "The talks between {Person} and {Person} lasted more than four hours.",
    "A spokesperson for the {Org} declined to comment on the {topic}.",
    "The opposition accused {Person} of ignoring warnings about the {topic}.",
    "Markets reacted cautiously to the news, and the peso and the euro were little changed.",
    "The government insisted that the measures were temporary and would be reviewed.",
    "Unions in {Place} threatened further action if the {topic} went ahead unchanged.",
];

const EVENTS: &[&str] = &[
    "On {date}, the {Org} approved the first phase of the {topic}.",
    "The {topic} was first announced on {date} in {Place}.",
    "{Person} is expected to testify before lawmakers on {date}.",
    "A public hearing on the {topic} took place on {date}.",
];

/// A person of the synthetic world.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SynthPerson {
    /// Title used on first mention ("Minister").
    pub title: &'static str,
    /// Given name.
    pub given: &'static str,
    /// Surname (from syllables, capitalised).
    pub surname: String,
}

/// One generated article file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SynthArticle {
    /// File name (`00042.txt`), sorted like the generation order.
    pub file: String,
    /// Raw file text, as a scrape would give it.
    pub text: String,
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The cast of a corpus of `n` articles: more articles, more people (about one per
/// twenty articles, at least 40), each with a distinct surname.
pub fn people(n: usize, seed: u64) -> Vec<SynthPerson> {
    let mut rng = Rng::new(seed.wrapping_mul(31).wrapping_add(7));
    let want = (n / 20).max(40);
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::with_capacity(want);
    while out.len() < want {
        let parts = rng.range(2, 3);
        let surname: String = capitalise(&(0..parts).map(|_| rng.pick(SYLLABLES)).collect::<String>());
        if surname.len() < 5 || !seen.insert(surname.clone()) {
            continue;
        }
        out.push(SynthPerson { title: rng.pick(TITLES), given: rng.pick(GIVEN), surname });
    }
    out
}

/// Generates `n` articles, deterministically from `seed`.
pub fn generate(n: usize, seed: u64) -> Vec<SynthArticle> {
    let cast = people(n, seed);
    let width = n.max(1).to_string().len().max(5);
    (0..n)
        .map(|i| {
            let mut rng = Rng::new(seed ^ (i as u64).wrapping_mul(0xA24B_AED4_963E_E407));
            SynthArticle { file: format!("{i:0width$}.txt"), text: article(&mut rng, &cast) }
        })
        .collect()
}

/// Writes `n` generated articles into `dir` (created if needed); returns the count.
#[cfg(not(target_arch = "wasm32"))]
pub fn write_dir(n: usize, dir: &std::path::Path, seed: u64) -> std::io::Result<usize> {
    std::fs::create_dir_all(dir)?;
    let articles = generate(n, seed);
    for a in &articles {
        std::fs::write(dir.join(&a.file), &a.text)?;
    }
    Ok(articles.len())
}

fn article(rng: &mut Rng, cast: &[SynthPerson]) -> String {
    let topic = TOPICS[rng.skewed(TOPICS.len())];
    let k = rng.range(2, 4);
    let mut cast_ids: Vec<usize> = Vec::with_capacity(k);
    while cast_ids.len() < k {
        let p = rng.skewed(cast.len());
        if !cast_ids.contains(&p) {
            cast_ids.push(p);
        }
    }
    let places: Vec<&str> = (0..rng.range(1, 2)).map(|_| rng.pick(PLACES)).collect();
    let orgs: Vec<&str> = (0..rng.range(1, 2)).map(|_| rng.pick(ORGS)).collect();
    let (year, month, day) = (rng.range(2023, 2026), rng.range(1, 12), rng.range(1, 28));
    let mut mentioned = vec![false; k];
    let lead = &cast[cast_ids[0]];
    let fill = |tpl: &str, rng: &mut Rng, mentioned: &mut Vec<bool>| -> String {
        let mut out = String::with_capacity(tpl.len() + 64);
        let mut rest = tpl;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = open + rest[open..].find('}').expect("templates close their braces");
            let key = &rest[open + 1..close];
            rest = &rest[close + 1..];
            match key {
                "Person" => {
                    let slot = rng.below(k);
                    let p = &cast[cast_ids[slot]];
                    if mentioned[slot] {
                        out.push_str(&p.surname);
                    } else {
                        mentioned[slot] = true;
                        out.push_str(&format!("{} {} {}", p.title, p.given, p.surname));
                    }
                }
                "Surname" => out.push_str(&lead.surname),
                "Title" => out.push_str(lead.title),
                "Place" => out.push_str(rng.pick(&places)),
                "Org" => {
                    out.push_str(rng.pick(&orgs));
                }
                "topic" => out.push_str(topic),
                "topic_cap" => out.push_str(&capitalise(topic)),
                "said" => out.push_str(rng.pick(VERBS_SAID)),
                "date" => {
                    let (m, d) = (rng.range(1, 12), rng.range(1, 28));
                    out.push_str(&format!("{} {d}, {year}", MONTH_NAMES_EN[m - 1]));
                }
                other => out.push_str(other),
            }
        }
        out.push_str(rest);
        out
    };
    let headline = fill(rng.pick(HEADLINES), rng, &mut vec![true; k]);
    let author = &cast[rng.below(cast.len())];
    let mut text = String::with_capacity(3000);
    text.push_str(&headline);
    text.push_str("\n\n");
    text.push_str(&format!("By {} {}\n", rng.pick(GIVEN), author.surname));
    text.push_str(&format!("{} {day}, {year}\n\n", MONTH_NAMES_EN[month - 1]));
    let paragraphs = rng.range(5, 10);
    for pi in 0..paragraphs {
        let sentences = rng.range(2, 4);
        let mut para = Vec::with_capacity(sentences);
        if pi == 0 {
            // The lede names the lead person with their title.
            mentioned[0] = true;
            para.push(format!(
                "{} {} {} faced new questions in {} on Monday over the {topic}.",
                lead.title, lead.given, lead.surname, places[0]
            ));
        }
        for _ in 0..sentences {
            let tpl = if rng.below(6) == 0 { rng.pick(EVENTS) } else { rng.pick(SENTENCES) };
            para.push(fill(tpl, rng, &mut mentioned));
        }
        text.push_str(&para.join(" "));
        text.push('\n');
    }
    text.push_str(&format!("\n\u{a9} {year} {}\n", rng.pick(PUBLISHERS)));
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_corpus_and_different_seed_differs() {
        assert_eq!(generate(20, 7), generate(20, 7));
        assert_ne!(generate(20, 7), generate(20, 8));
        let a = generate(30, 1);
        assert_eq!(a.len(), 30);
        assert!(a.windows(2).all(|w| w[0].file < w[1].file), "file names sort in order");
    }

    #[test]
    fn articles_look_like_news() {
        let a = &generate(5, 3)[0].text;
        let lines: Vec<&str> = a.lines().collect();
        assert!(!lines[0].is_empty(), "headline first");
        assert!(lines[2].starts_with("By "), "byline: {}", lines[2]);
        assert!(MONTH_NAMES_EN.iter().any(|m| lines[3].starts_with(m)), "dateline: {}", lines[3]);
        assert!(lines.len() > 8);
    }

    #[test]
    fn skewed_stays_in_range() {
        let mut r = Rng::new(1);
        for _ in 0..10_000 {
            assert!(r.skewed(40) < 40);
        }
        assert_eq!(Rng::new(1).skewed(1), 0);
    }
}
