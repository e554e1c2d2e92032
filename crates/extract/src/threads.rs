//! Which articles tell the same story.
//!
//! Each article becomes a weighted bag of features (its people, topics, organisations
//! and stemmed content words), weighted by rarity across the corpus. Similarities are
//! computed through an inverted index, skipping features that are everywhere, so a
//! corpus of thousands of articles only compares articles that share something rare.
//! The nearest neighbours give `related` articles (with the shared names as the reason),
//! date estimates for undated articles, and story threads (groups of articles linked by
//! strong mutual similarity).

use rayon::prelude::*;
use std::collections::HashMap;

/// Feature bag of one article: feature key → raw weight.
pub type Bag = Vec<(String, f64)>;

/// Nearest neighbours of every article, best first: `(article, similarity)`.
pub fn neighbours(bags: &[Bag], k: usize) -> Vec<Vec<(usize, f64)>> {
    let n = bags.len();
    let mut df: HashMap<&str, u32> = HashMap::new();
    for b in bags {
        for (f, _) in b {
            *df.entry(f.as_str()).or_default() += 1;
        }
    }
    // Features present in more than this many articles carry little signal and would
    // make the comparison quadratic.
    let cap = if n <= 50 { n as u32 } else { ((n as f64).sqrt() * 4.0).max(50.0) as u32 };
    let mut vecs: Vec<Vec<(usize, f64)>> = Vec::with_capacity(n);
    let mut ids: HashMap<&str, usize> = HashMap::new();
    for b in bags {
        let mut v: Vec<(usize, f64)> = Vec::new();
        for (f, w) in b {
            let d = df[f.as_str()];
            // Features of a single article cannot link it to another; they would only
            // dilute the norm of long articles.
            if d > cap || d < 2 {
                continue;
            }
            let idf = ((n as f64 + 1.0) / d as f64).ln();
            if idf <= 0.0 {
                continue;
            }
            let next = ids.len();
            let id = *ids.entry(f.as_str()).or_insert(next);
            v.push((id, (1.0 + w.ln().max(0.0)) * idf));
        }
        let norm = v.iter().map(|x| x.1 * x.1).sum::<f64>().sqrt();
        if norm > 0.0 {
            for x in &mut v {
                x.1 /= norm;
            }
        }
        vecs.push(v);
    }
    let mut postings: Vec<Vec<(usize, f64)>> = vec![Vec::new(); ids.len()];
    for (d, v) in vecs.iter().enumerate() {
        for &(f, w) in v {
            postings[f].push((d, w));
        }
    }
    // Each article's scores against the others it shares a feature with, in parallel:
    // a dense accumulator per thread, with the articles touched, sums in the same
    // order as one article after another.
    vecs.par_iter()
        .enumerate()
        .map_init(
            || (vec![0.0f64; n], vec![false; n], Vec::new()),
            |(acc, seen, touched), (d, v)| {
                for &(f, w) in v {
                    for &(o, ow) in &postings[f] {
                        if o != d {
                            if !seen[o] {
                                seen[o] = true;
                                touched.push(o);
                            }
                            acc[o] += w * ow;
                        }
                    }
                }
                let mut best: Vec<(usize, f64)> = touched.iter().map(|&o| (o, acc[o])).collect();
                for &o in touched.iter() {
                    acc[o] = 0.0;
                    seen[o] = false;
                }
                touched.clear();
                best.sort_by(|a, b| {
                    b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal).then(a.0.cmp(&b.0))
                });
                best.truncate(k);
                best
            },
        )
        .collect()
}

/// Groups articles into story threads: connected components of the links between
/// articles that are each other's close neighbours, with a similarity of at least
/// `threshold` and not much weaker than either article's best link (so that a story
/// does not absorb a neighbouring one through a loose shared background). Only groups
/// of two or more articles are returned.
pub fn group(near: &[Vec<(usize, f64)>], threshold: f64) -> Vec<Vec<usize>> {
    let n = near.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], x: usize) -> usize {
        let mut r = x;
        while p[r] != r {
            r = p[r];
        }
        let mut c = x;
        while p[c] != r {
            let next = p[c];
            p[c] = r;
            c = next;
        }
        r
    }
    let best = |a: usize| near[a].first().map(|x| x.1).unwrap_or(0.0);
    for (a, list) in near.iter().enumerate() {
        for &(b, s) in list.iter().take(3) {
            if s < threshold || s < 0.6 * best(a) || s < 0.6 * best(b) {
                continue;
            }
            // Mutual: a is also among b's closest.
            if near[b].iter().take(4).any(|&(x, _)| x == a) {
                let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
                if ra != rb {
                    parent[ra] = rb;
                }
            }
        }
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..n {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut out: Vec<Vec<usize>> = groups.into_values().filter(|g| g.len() >= 2).collect();
    for g in &mut out {
        g.sort_unstable();
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bag(words: &[&str]) -> Bag {
        words.iter().map(|w| (w.to_string(), 1.0)).collect()
    }

    #[test]
    fn similar_articles_group_together() {
        let bags = vec![
            bag(&["harbor", "tunnel", "mayor", "budget"]),
            bag(&["harbor", "tunnel", "mayor", "flood"]),
            bag(&["league", "football", "coach", "title"]),
            bag(&["league", "football", "coach", "injury"]),
            bag(&["opera", "tenor"]),
        ];
        let near = neighbours(&bags, 5);
        assert_eq!(near[0][0].0, 1);
        assert_eq!(group(&near, 0.2), vec![vec![0, 1], vec![2, 3]]);
    }
}
