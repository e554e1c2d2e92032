fn main() {
    let bytes = std::fs::read(std::env::args().nth(1).unwrap()).unwrap();
    let data = news_explorer::index::Data::from_bytes(&bytes).unwrap();
    let ix = &data.index;
    let w = |name: &str, b: Vec<u8>| {
        std::fs::write(format!("/tmp/part-{name}.pc"), &b).unwrap();
    };
    w("wterms", postcard::to_allocvec(&ix.words.terms).unwrap());
    w("wpost", postcard::to_allocvec(&ix.words.postings).unwrap());
    w("sterms", postcard::to_allocvec(&ix.stems.terms).unwrap());
    w("spost", postcard::to_allocvec(&ix.stems.postings).unwrap());
    w("facets", postcard::to_allocvec(&ix.facets).unwrap());
    w("days", postcard::to_allocvec(&ix.days).unwrap());
    w("corpus", postcard::to_allocvec(&data.corpus).unwrap());
    let docs = &data.corpus.documents;
    w(
        "paras",
        postcard::to_allocvec(&docs.iter().map(|d| d.paragraphs.clone()).collect::<Vec<_>>()).unwrap(),
    );
    w(
        "evid",
        postcard::to_allocvec(&docs.iter().map(|d| d.date_evidence.clone()).collect::<Vec<_>>()).unwrap(),
    );
    w("rel", postcard::to_allocvec(&docs.iter().map(|d| d.related.clone()).collect::<Vec<_>>()).unwrap());
    w("events", postcard::to_allocvec(&data.corpus.events).unwrap());
    w("people", postcard::to_allocvec(&data.corpus.people).unwrap());
    println!("words {} stems {}", ix.words.terms.len(), ix.stems.terms.len());
}
