# KB-inläsaren och `kbbot lint-kb`.

## Etiketter för rutor i artiklarnas Markdown (>[!NOTE] m.fl.).
kb-callout-note = Obs!
kb-callout-important = Viktigt
kb-callout-caution = Varning
kb-callout-warning = Varning!
kb-callout-tip = Tips
kb-callout-info = Information
kb-callout-availability = Tillgänglighet
kb-callout-more-like-this = Se även
kb-callout-prerequisites = Förutsättningar
kb-callout-video = Video

## Inläsningsdiagnoser.
kb-diag-unreadable = kan inte läsas: { $reason }
kb-diag-too-large = för stor ({ $size } byte; en sida får vara högst { $limit } byte), hoppades över
kb-diag-not-a-file = ingen vanlig fil (rör, socket eller enhet), hoppades över
kb-diag-empty = tom fil, hoppades över
kb-diag-binary = binärfil (innehåller NUL-byte), hoppades över
kb-diag-not-utf8 = inte UTF-8-text (första felaktiga byte vid position { $offset }), hoppades över
kb-diag-front-matter-unclosed = front matter som öppnas med --- stängs aldrig, hoppades över
kb-diag-yaml-fallback = front matter är inte giltig YAML ({ $reason }); lästes rad för rad i stället
kb-diag-no-language = inget språk i mappnamn, front matter eller text; engelska antogs
kb-diag-too-deep = mappen ligger djupare än { $limit } nivåer, lästes inte
kb-diag-too-many-files = fler än { $limit } sidor i denna KB, resten lästes inte

## kbbot lint-kb
lint-kb-root = Kontrollerar KB:n i { $root }
lint-kb-pages = Sidor per språk: { $counts }
lint-kb-articles = Artiklar: { $articles }, varav { $complete } finns på alla fem språken
lint-kb-more = … och { $count } till av samma slag
lint-kb-missing-summary = { $count ->
    [one] En artikel saknar
   *[other] { $count } artiklar saknar
} version på { $langs } (till exempel { $examples })
lint-kb-clean = Inga problem hittades.
lint-kb-no-articles = Ingen artikel lästes in från { $root }: en KB-sida är en Markdown-fil (.md) med front matter, i en språkmapp (en, fr, nl, sv, it) eller med angivet språk.
lint-kb-problems = { $count ->
    [one] Ett problem hittades.
   *[other] { $count } problem hittades.
}
lint-missing-field = fält saknas i front matter: { $field }
lint-missing-languages = artikeln { $id } saknar version på { $langs }
lint-no-symptoms = KB-artikel utan avsnittet Problem/symptom
lint-no-resolution = KB-artikel utan avsnittet Lösning
lint-no-error-strings = avsnittet Problem/symptom citerar inget felmeddelande (skriv vart och ett som inline-kod)
lint-duplicate-id = id { $id } ({ $lang }) används redan av { $other }
