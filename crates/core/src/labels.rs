//! Words and formats the interface shows, kept out of the components.
//!
//! Date formatting and facet titles are plain functions so that they are tested
//! natively and every component says the same thing the same way.

use crate::index::FacetKind;
use crate::model::Precision;
#[cfg(test)]
use crate::state::NoticeKind;
use crate::state::{Filter, Notice, UiLang};

/// Every fixed text of the interface, in one language.
#[derive(Debug)]
pub struct Tr {
    /// Page title.
    pub app_title: &'static str,
    /// Accessible name of the search box.
    pub search_label: &'static str,
    /// Placeholder of the search box.
    pub search_placeholder: &'static str,
    /// "Theme".
    pub theme: &'static str,
    /// Theme choices: system, light, dark.
    pub themes: [&'static str; 3],
    /// "Language".
    pub language: &'static str,
    /// "View".
    pub view: &'static str,
    /// View names: results, timeline, people.
    pub views: [&'static str; 3],
    /// "Sort".
    pub sort: &'static str,
    /// Sort names: relevance, newest, oldest.
    pub sorts: [&'static str; 3],
    /// "Share and export".
    pub share: &'static str,
    /// "Copy link".
    pub copy_link: &'static str,
    /// "Link copied".
    pub link_copied: &'static str,
    /// Copy failed message.
    pub copy_failed: &'static str,
    /// "Export CSV".
    pub export_csv: &'static str,
    /// "Export JSON".
    pub export_json: &'static str,
    /// "Print".
    pub print: &'static str,
    /// "Filters".
    pub filters: &'static str,
    /// "Dates".
    pub dates: &'static str,
    /// "From".
    pub from: &'static str,
    /// "To".
    pub to: &'static str,
    /// "Articles per month".
    pub per_month: &'static str,
    /// Name of the histogram when its bars are years (or decades) — a corpus spread
    /// over more than ten years.
    pub per_year: &'static str,
    /// "Active filters".
    pub active_filters: &'static str,
    /// "Clear all".
    pub clear_all: &'static str,
    /// Empty state, before the "clear them all" button.
    pub empty: &'static str,
    /// "clear them all".
    pub clear_them_all: &'static str,
    /// "Show more results".
    pub show_more_results: &'static str,
    /// "Results".
    pub results: &'static str,
    /// "Back to results".
    pub back: &'static str,
    /// "Where this comes from".
    pub provenance: &'static str,
    /// "Source file".
    pub source_file: &'static str,
    /// The notices of a repaired link (see [`notice_in`]): `{0}` where the value goes,
    /// `{1}` the facet's name.
    pub notices: [&'static str; 11],
    /// "Same text also in" (files merged into this article as duplicates).
    pub duplicates: &'static str,
    /// "Publisher".
    pub publisher: &'static str,
    /// "Not named in the text".
    pub not_named: &'static str,
    /// "Date".
    pub date: &'static str,
    /// "Headline".
    pub headline: &'static str,
    /// Derived-headline explanation.
    pub derived_headline: &'static str,
    /// "By".
    pub by: &'static str,
    /// "Copy citation".
    pub copy_citation: &'static str,
    /// "Citation copied".
    pub citation_copied: &'static str,
    /// "Previous and next result".
    pub prev_next: &'static str,
    /// "← Previous result".
    pub prev: &'static str,
    /// "Next result →".
    pub next: &'static str,
    /// "Related articles".
    pub related: &'static str,
    /// "Story".
    pub story: &'static str,
    /// "Mentioned in".
    pub mentioned_in: &'static str,
    /// "The matching articles mention no dated events."
    pub no_events: &'static str,
    /// "No people in the matching articles."
    pub no_people: &'static str,
    /// Caption of the co-occurrence matrix.
    pub matrix_caption: &'static str,
    /// "and", between the two people of a matrix cell ("Ada and Bo: 3").
    pub and: &'static str,
    /// The panel shown if the app stops: "The explorer stopped because of an internal
    /// error.", then its reset link.
    pub stopped: [&'static str; 2],
    /// "People in this article".
    pub people_in_article: &'static str,
    /// "Topics of this article".
    pub topics_of_article: &'static str,
    /// "(estimated)".
    pub estimated: &'static str,
    /// "Undated".
    pub undated: &'static str,
    /// "Dismiss".
    pub dismiss: &'static str,
    /// "Skip to results".
    pub skip: &'static str,
    /// "Not in the corpus" message.
    pub not_found: &'static str,
    /// "Show all".
    pub show_all: &'static str,
    /// "Show fewer".
    pub show_fewer: &'static str,
    /// "Filter".
    pub filter: &'static str,
    /// "A–Z".
    pub a_z: &'static str,
    /// "Remove".
    pub remove: &'static str,
    /// "Search".
    pub search_word: &'static str,
    /// Singular and plural of "article".
    pub article: [&'static str; 2],
    /// "of" in "2 of 5 articles".
    pub of: &'static str,
    /// Abbreviated month names.
    pub months: [&'static str; 12],
    /// Facet titles, in [`FacetKind::ALL`] order.
    pub facets: [&'static str; 6],
    /// Facet names in the singular, same order.
    pub facet_singular: [&'static str; 6],

    /// Tooltip of a person in the reader.
    pub filter_person: &'static str,
    /// Tooltip of a place in the reader.
    pub filter_place: &'static str,
    /// Tooltip of a date in the reader.
    pub filter_date: &'static str,
    /// Hint above the article text.
    pub reader_hint: &'static str,
    /// "active" in "Filters (2 active)".
    pub active: &'static str,
    /// Accessible name of the day histogram.
    pub per_day: &'static str,
    /// Button leaving the day histogram.
    pub all_months: &'static str,
    /// How to use the histogram from the keyboard.
    pub histogram_help: &'static str,
    /// "Why this date?" (opens the evidence of an estimated date).
    pub why_date: &'static str,
    /// Empty results, when removing one filter would bring articles back.
    pub rescue: &'static str,
    /// "or" before "clear them all".
    pub or: &'static str,
    /// A date's evidence when there is none. The `ev_` templates take `{0}`, `{1}`…
    /// ([`fill`]); [`crate::evidence::date_evidence_in`] puts them together.
    pub ev_undated: &'static str,
    /// "Stated: “{0}” in {1}" (the line, where).
    pub ev_stated: &'static str,
    /// Where a date was stated: a page's meta, schema.org, `<time>`, a record's field,
    /// the page header, the opening dateline.
    pub ev_sources: [&'static str; 6],
    /// How an ambiguous numeric date was read: after the events, day first, month first.
    pub ev_readings: [&'static str; 3],
    /// A year-less dateline: its words, the year, why that year.
    pub ev_dateline: &'static str,
    /// Why a dateline's year: the collection's, the next one.
    pub ev_years: [&'static str; 2],
    /// An estimate between a past and an upcoming event.
    pub ev_between: &'static str,
    /// An estimate from a past event only.
    pub ev_not_earlier: &'static str,
    /// A bounding event: named, counted from an earlier one, an upcoming month.
    pub ev_bounds: [&'static str; 3],
    /// A window set by a deictic word beside a date.
    pub ev_deictic: &'static str,
    /// A date lent by related articles.
    pub ev_related: &'static str,
    /// A related article that lent its date, its own date stated or estimated.
    pub ev_lenders: [&'static str; 2],
    /// A dateline's day and month, the year from related articles.
    pub ev_related_dateline: &'static str,
    /// The tense cues of an estimate.
    pub ev_cues: &'static str,
    /// One tense cue read as a month.
    pub ev_cue: &'static str,
    /// "past", "upcoming".
    pub ev_tenses: [&'static str; 2],
    /// Why two articles are related when they share no name.
    pub rel_wording: &'static str,
    /// "Shares {0}".
    pub rel_shares: &'static str,
}

const EN: Tr = Tr {
    app_title: "News explorer",
    search_label: "Search articles",
    search_placeholder: "Search articles…",
    theme: "Theme",
    themes: ["System", "Light", "Dark"],
    language: "Language",
    view: "View",
    views: ["Results", "Timeline", "People"],
    sort: "Sort",
    sorts: ["Relevance", "Newest", "Oldest"],
    share: "Share and export",
    copy_link: "Copy link",
    link_copied: "Link copied",
    copy_failed: "Copy failed: select the address bar and copy",
    export_csv: "Export CSV",
    export_json: "Export JSON",
    print: "Print",
    filters: "Filters",
    dates: "Dates",
    from: "From",
    to: "To",
    per_month: "Articles per month",
    per_year: "Articles per year",
    active_filters: "Active filters",
    clear_all: "Clear all",
    empty: "No article matches all of these filters. Remove one of the active filters above, or ",
    clear_them_all: "clear them all",
    show_more_results: "Show more results",
    results: "Results",
    back: "Back to results",
    provenance: "Where this comes from",
    source_file: "Source file",
    notices: [
        "The link was too long ({0} characters); it was ignored.",
        "Ignored the date “{0}”: use YYYY-MM-DD.",
        "Ignored the unknown sort “{0}”.",
        "Ignored the unknown language “{0}”.",
        "Ignored the unknown view “{0}”.",
        "Kept only the first {0} {1} filters.",
        "Ignored the unknown setting “{0}”.",
        "The date range was reversed; it has been swapped.",
        "No article has {1} “{0}”; that filter was removed.",
        "There is no article “{0}”.",
        "Part of the corpus could not be loaded: {0}",
    ],
    duplicates: "Same text also in",
    publisher: "Publisher",
    not_named: "Not named in the text",
    date: "Date",
    headline: "Headline",
    derived_headline: "Derived from the first sentence; the page has none.",
    by: "By",
    copy_citation: "Copy citation",
    citation_copied: "Citation copied",
    prev_next: "Previous and next result",
    prev: "← Previous result",
    next: "Next result →",
    related: "Related articles",
    story: "Story",
    mentioned_in: "Mentioned in",
    no_events: "The matching articles mention no dated events.",
    no_people: "No people in the matching articles.",
    matrix_caption: "Articles in which two people both appear (the diagonal: each person's own count). Choose a name to filter by that person.",
    and: "and",
    stopped: ["The explorer stopped because of an internal error.", "Reset the explorer"],
    people_in_article: "People in this article",
    topics_of_article: "Topics of this article",
    estimated: "(estimated)",
    undated: "Undated",
    dismiss: "Dismiss",
    skip: "Skip to results",
    not_found: "This article is not in the corpus.",
    show_all: "Show all",
    show_fewer: "Show fewer",
    filter: "Filter",
    a_z: "A–Z",
    remove: "Remove",
    search_word: "Search",
    article: ["article", "articles"],
    of: "of",
    months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    facets: ["People", "Topics", "Publishers", "Places", "Organisations", "Sections"],
    facet_singular: ["Person", "Topic", "Publisher", "Place", "Organisation", "Section"],

    filter_person: "Show the articles that mention this person",
    filter_place: "Show the articles that mention this place",
    filter_date: "Show the articles of this date",
    reader_hint: "Highlighted names, places and dates are buttons: choose one to filter the articles by it.",
    active: "active",
    per_day: "Articles per day",
    all_months: "All months",
    histogram_help: "Choose a bar to keep its dates (a month opens its days); Shift extends the range; arrow keys move between bars, Shift with an arrow extends the range.",
    why_date: "Why this date?",
    rescue: "No article matches all of these filters. Without one of them there would be some:",
    or: "or",
    ev_undated: "No date: the article states none and mentions no dated event or related dated article",
    ev_stated: "Stated: “{0}” in {1}",
    ev_sources: [
        "the page's metadata ({0})",
        "the page's schema.org metadata ({0})",
        "the article's <time> element",
        "the record's “{0}” field",
        "the page header",
        "the opening dateline",
    ],
    ev_readings: [
        "; “{0}” read as {1} since the other reading falls before events it reports",
        "; “{0}” read day-first as {1} (non-US page: language or 24-hour clock)",
        "; “{0}” read month-first as {1} (US page)",
    ],
    ev_dateline: "Stated day and month: “{0}” in the opening dateline; year {1}: {2}",
    ev_years: [
        "the year most of the collection's articles are written in ({0})",
        "the year after the collection's {0}, as it reports {1} as past",
    ],
    ev_between: "Estimated: latest past event mentioned is {0}; next upcoming is {1}",
    ev_not_earlier: "Estimated: latest past event mentioned is {0}; the article is not earlier",
    ev_bounds: ["{0} (“{1}”)", "{0} (“{1}” after {2})", "{0} (“{1}”, upcoming, year taken from the events before it)"],
    ev_deictic: "Estimated: “{0}” beside {1} puts the article between {2} and {3}",
    ev_related: "Estimated from related dated articles: {0}",
    ev_lenders: ["{0} “{1}” ({2})", "{0} “{1}” ({2}, itself estimated)"],
    ev_related_dateline: "Stated day and month: “{0}” in the opening dateline; year from the related dated articles. {1}",
    ev_cues: "; tense cues: {0}",
    ev_cue: "“{0}” ({1}: {2})",
    ev_tenses: ["past", "upcoming"],
    rel_wording: "Similar wording",
    rel_shares: "Shares {0}",
};

const ES: Tr = Tr {
    app_title: "Explorador de noticias",
    search_label: "Buscar artículos",
    search_placeholder: "Buscar artículos…",
    theme: "Tema",
    themes: ["Sistema", "Claro", "Oscuro"],
    language: "Idioma",
    view: "Vista",
    views: ["Resultados", "Cronología", "Personas"],
    sort: "Orden",
    sorts: ["Relevancia", "Más recientes", "Más antiguos"],
    share: "Compartir y exportar",
    copy_link: "Copiar enlace",
    link_copied: "Enlace copiado",
    copy_failed: "No se pudo copiar: seleccione la barra de direcciones y copie",
    export_csv: "Exportar CSV",
    export_json: "Exportar JSON",
    print: "Imprimir",
    filters: "Filtros",
    dates: "Fechas",
    from: "Desde",
    to: "Hasta",
    per_month: "Artículos por mes",
    per_year: "Artículos por año",
    active_filters: "Filtros activos",
    clear_all: "Quitar todos",
    empty: "Ningún artículo cumple todos estos filtros. Quite uno de los filtros activos, o ",
    clear_them_all: "quítelos todos",
    show_more_results: "Mostrar más resultados",
    results: "Resultados",
    back: "Volver a los resultados",
    provenance: "De dónde viene",
    source_file: "Archivo de origen",
    notices: [
        "El enlace era demasiado largo ({0} caracteres); se ignoró.",
        "Se ignoró la fecha «{0}»: use AAAA-MM-DD.",
        "Se ignoró el orden desconocido «{0}».",
        "Se ignoró el idioma desconocido «{0}».",
        "Se ignoró la vista desconocida «{0}».",
        "Solo se conservaron los primeros {0} filtros de {1}.",
        "Se ignoró el ajuste desconocido «{0}».",
        "El intervalo de fechas estaba invertido; se ha corregido.",
        "Ningún artículo tiene {1} «{0}»; se quitó ese filtro.",
        "No hay ningún artículo «{0}».",
        "No se pudo cargar una parte del corpus: {0}",
    ],
    duplicates: "Mismo texto también en",
    publisher: "Medio",
    not_named: "No figura en el texto",
    date: "Fecha",
    headline: "Titular",
    derived_headline: "Tomado de la primera frase; la página no tiene titular.",
    by: "Por",
    copy_citation: "Copiar cita",
    citation_copied: "Cita copiada",
    prev_next: "Resultado anterior y siguiente",
    prev: "← Resultado anterior",
    next: "Resultado siguiente →",
    related: "Artículos relacionados",
    story: "Historia",
    mentioned_in: "Mencionado en",
    no_events: "Los artículos no mencionan hechos fechados.",
    no_people: "No hay personas en estos artículos.",
    matrix_caption: "Artículos en los que aparecen ambas personas (en la diagonal, el total de cada una). Elija un nombre para filtrar por esa persona.",
    and: "y",
    stopped: ["El explorador se detuvo por un error interno.", "Reiniciar el explorador"],
    people_in_article: "Personas en este artículo",
    topics_of_article: "Temas de este artículo",
    estimated: "(estimada)",
    undated: "Sin fecha",
    dismiss: "Cerrar",
    skip: "Saltar a los resultados",
    not_found: "Este artículo no está en el corpus.",
    show_all: "Mostrar los",
    show_fewer: "Mostrar menos",
    filter: "Filtrar",
    a_z: "A–Z",
    remove: "Quitar",
    search_word: "Búsqueda",
    article: ["artículo", "artículos"],
    of: "de",
    months: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    facets: ["Personas", "Temas", "Medios", "Lugares", "Organizaciones", "Secciones"],
    facet_singular: ["Persona", "Tema", "Medio", "Lugar", "Organización", "Sección"],

    filter_person: "Mostrar los artículos que mencionan a esta persona",
    filter_place: "Mostrar los artículos que mencionan este lugar",
    filter_date: "Mostrar los artículos de esta fecha",
    reader_hint: "Los nombres, lugares y fechas resaltados son botones: elija uno para filtrar los artículos.",
    active: "activos",
    per_day: "Artículos por día",
    all_months: "Todos los meses",
    histogram_help: "Elija una barra para quedarse con sus fechas (un mes muestra sus días); Mayús amplía el intervalo; las flechas pasan de una barra a otra, Mayús con una flecha amplía el intervalo.",
    why_date: "¿Por qué esta fecha?",
    rescue: "Ningún artículo cumple todos estos filtros. Sin uno de ellos habría algunos:",
    or: "o",
    ev_undated: "Sin fecha: el artículo no indica ninguna ni menciona hechos fechados ni artículos relacionados con fecha",
    ev_stated: "Indicada: «{0}» en {1}",
    ev_sources: [
        "los metadatos de la página ({0})",
        "los metadatos schema.org de la página ({0})",
        "el elemento <time> del artículo",
        "el campo «{0}» del registro",
        "la cabecera de la página",
        "la data inicial",
    ],
    ev_readings: [
        "; «{0}» leída como {1} porque la otra lectura cae antes de hechos que relata",
        "; «{0}» leída con el día primero como {1} (página no estadounidense: idioma o reloj de 24 horas)",
        "; «{0}» leída con el mes primero como {1} (página estadounidense)",
    ],
    ev_dateline: "Día y mes indicados: «{0}» en la data inicial; año {1}: {2}",
    ev_years: [
        "el año en que está escrita la mayoría de los artículos de la colección ({0})",
        "el año siguiente al {0} de la colección, pues relata {1} como pasado",
    ],
    ev_between: "Estimada: el último hecho pasado que menciona es {0}; el próximo es {1}",
    ev_not_earlier: "Estimada: el último hecho pasado que menciona es {0}; el artículo no es anterior",
    ev_bounds: ["{0} («{1}»)", "{0} («{1}» después de {2})", "{0} («{1}», próximo, año tomado de los hechos anteriores)"],
    ev_deictic: "Estimada: «{0}» junto a {1} sitúa el artículo entre {2} y {3}",
    ev_related: "Estimada a partir de artículos relacionados con fecha: {0}",
    ev_lenders: ["{0} «{1}» ({2})", "{0} «{1}» ({2}, también estimada)"],
    ev_related_dateline: "Día y mes indicados: «{0}» en la data inicial; año de los artículos relacionados con fecha. {1}",
    ev_cues: "; indicios de tiempo: {0}",
    ev_cue: "«{0}» ({1}: {2})",
    ev_tenses: ["pasado", "próximo"],
    rel_wording: "Redacción parecida",
    rel_shares: "Comparte {0}",
};

/// The texts of the interface in a language.
pub fn tr(lang: UiLang) -> &'static Tr {
    match lang {
        UiLang::En => &EN,
        UiLang::Es => &ES,
    }
}

fn facet_pos(kind: FacetKind) -> usize {
    FacetKind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
}

/// The title of a facet group ("People", "Personas").
pub fn facet_title_in(kind: FacetKind, lang: UiLang) -> &'static str {
    tr(lang).facets[facet_pos(kind)]
}

/// A date for people: `30 Jan 2026`, `Aug 2025` or `2025` (`30 ene 2026` in Spanish),
/// with `≈` when estimated, and the language's "Undated" for none.
pub fn display_date_in(
    date: Option<&str>,
    precision: Option<Precision>,
    estimated: bool,
    lang: UiLang,
) -> String {
    let Some(date) = date else { return tr(lang).undated.into() };
    let months = &tr(lang).months;
    let parts: Vec<&str> = date.split('-').collect();
    let month = |m: &str| m.parse::<usize>().ok().and_then(|m| months.get(m.wrapping_sub(1))).copied();
    let text = match (parts.as_slice(), precision) {
        ([y, m, d], Some(Precision::Day) | None) => match month(m) {
            Some(mn) => format!("{} {mn} {y}", d.trim_start_matches('0')),
            None => date.to_string(),
        },
        ([y, m, ..], Some(Precision::Day | Precision::Month) | None) => match month(m) {
            Some(mn) => format!("{mn} {y}"),
            None => date.to_string(),
        },
        ([y, ..], _) => y.to_string(),
        _ => date.to_string(),
    };
    if estimated {
        format!("≈ {text}")
    } else {
        text
    }
}

/// `template` with `args[i]` in place of each `{i}` (`i` one digit), in one pass: an
/// argument, which could hold anything, is not searched again.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + args.iter().map(|a| a.len()).sum::<usize>());
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let slot = rest.as_bytes().get(i + 1).map(|b| b.wrapping_sub(b'0') as usize);
        match slot.and_then(|n| args.get(n)).filter(|_| rest.as_bytes().get(i + 2) == Some(&b'}')) {
            Some(a) => {
                out.push_str(a);
                rest = &rest[i + 3..];
            }
            None => {
                out.push('{');
                rest = &rest[i + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// What a repaired link's notice says, in a language: the language's template
/// ([`Tr::notices`]) with the notice's value in place of `{0}` and its facet's name in
/// place of `{1}`.
pub fn notice_in(notice: &Notice, lang: UiLang) -> String {
    let t = tr(lang);
    let facet =
        notice.facet.map(|k| crate::text::lowercase(t.facet_singular[facet_pos(k)])).unwrap_or_default();
    fill(t.notices[notice.kind as usize], &[&notice.value, &facet])
}

/// The text of an active-filter chip ("Person: Ines Valdor").
pub fn filter_chip_in(filter: &Filter, lang: UiLang) -> String {
    let t = tr(lang);
    match filter {
        Filter::Text(q) => format!("{}: {q}", t.search_word),
        Filter::Facet(k, v) => format!("{}: {v}", t.facet_singular[facet_pos(*k)]),
        Filter::From(d) => format!("{} {d}", t.from),
        Filter::To(d) => format!("{} {d}", t.to),
        Filter::Undated => t.undated.to_string(),
    }
}

/// The accessible name of the button that removes a filter ("Remove Ines Valdor").
pub fn filter_remove_name_in(filter: &Filter, lang: UiLang) -> String {
    let t = tr(lang);
    match filter {
        Filter::Text(q) => format!("{} {} {q}", t.remove, crate::text::lowercase(t.search_word)),
        Filter::Facet(_, v) => format!("{} {v}", t.remove),
        Filter::From(d) => format!("{} {} {d}", t.remove, crate::text::lowercase(t.from)),
        Filter::To(d) => format!("{} {} {d}", t.remove, crate::text::lowercase(t.to)),
        Filter::Undated => format!("{} {}", t.remove, crate::text::lowercase(t.undated)),
    }
}

/// "2 of 5 articles" ("2 de 5 artículos").
pub fn count_line_in(shown: usize, total: usize, lang: UiLang) -> String {
    let t = tr(lang);
    let noun = if total == 1 { t.article[0] } else { t.article[1] };
    format!("{shown} {} {total} {noun}", t.of)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_are_said_in_the_readers_language() {
        let n =
            Notice { kind: NoticeKind::UnknownValue, value: "Ada".into(), facet: Some(FacetKind::Person) };
        assert_eq!(notice_in(&n, UiLang::En), "No article has person “Ada”; that filter was removed.");
        assert_eq!(notice_in(&n, UiLang::Es), "Ningún artículo tiene persona «Ada»; se quitó ese filtro.");
        let n = Notice { kind: NoticeKind::Reversed, value: String::new(), facet: None };
        assert!(notice_in(&n, UiLang::Es).contains("invertido"));
        let n =
            Notice { kind: NoticeKind::TooManyFilters, value: "12".into(), facet: Some(FacetKind::Topic) };
        assert_eq!(notice_in(&n, UiLang::En), "Kept only the first 12 topic filters.");
        let n = Notice { kind: NoticeKind::BadDate, value: "{1}".into(), facet: None };
        assert_eq!(notice_in(&n, UiLang::En), "Ignored the date “{1}”: use YYYY-MM-DD.");
    }

    #[test]
    fn dates_read_naturally() {
        assert_eq!(
            display_date_in(Some("2026-01-30"), Some(Precision::Day), false, UiLang::En),
            "30 Jan 2026"
        );
        assert_eq!(display_date_in(Some("2025-08"), Some(Precision::Month), true, UiLang::En), "≈ Aug 2025");
        assert_eq!(display_date_in(Some("2025"), Some(Precision::Year), true, UiLang::En), "≈ 2025");
        assert_eq!(display_date_in(None, None, false, UiLang::En), "Undated");
        assert_eq!(display_date_in(Some("2025-13-01"), None, false, UiLang::En), "2025-13-01");
    }

    #[test]
    fn filter_words() {
        let f = Filter::Facet(FacetKind::Person, "Ines Valdor".into());
        assert_eq!(filter_chip_in(&f, UiLang::En), "Person: Ines Valdor");
        assert_eq!(filter_remove_name_in(&f, UiLang::En), "Remove Ines Valdor");
        assert_eq!(count_line_in(2, 5, UiLang::En), "2 of 5 articles");
        assert_eq!(count_line_in(1, 1, UiLang::En), "1 of 1 article");
    }

    #[test]
    fn spanish_interface() {
        assert_eq!(UiLang::from_browser("es-AR"), UiLang::Es);
        assert_eq!(UiLang::from_browser("en-GB"), UiLang::En);
        assert_eq!(count_line_in(2, 5, UiLang::Es), "2 de 5 artículos");
        assert_eq!(
            display_date_in(Some("2026-02-05"), Some(Precision::Day), false, UiLang::Es),
            "5 feb 2026"
        );
        assert_eq!(facet_title_in(FacetKind::Person, UiLang::Es), "Personas");
        let f = Filter::Facet(FacetKind::Person, "Ana".into());
        assert_eq!(filter_remove_name_in(&f, UiLang::Es), "Quitar Ana");
        for lang in [UiLang::En, UiLang::Es] {
            assert_eq!(UiLang::from_key(lang.key()), Some(lang));
        }
    }
}
