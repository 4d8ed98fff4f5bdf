# De KB-lader en `kbbot lint-kb`.

## Labels van kaders in de Markdown van artikelen (>[!NOTE] enz.).
kb-callout-note = Opmerking
kb-callout-important = Belangrijk
kb-callout-caution = Let op
kb-callout-warning = Waarschuwing
kb-callout-tip = Tip
kb-callout-info = Informatie
kb-callout-availability = Beschikbaarheid
kb-callout-more-like-this = Zie ook
kb-callout-prerequisites = Vereisten
kb-callout-video = Video

## Laaddiagnoses.
kb-diag-unreadable = kan niet worden gelezen: { $reason }
kb-diag-too-large = te groot ({ $size } bytes; een pagina mag hoogstens { $limit } bytes zijn), overgeslagen
kb-diag-not-a-file = geen gewoon bestand (pipe, socket of apparaat), overgeslagen
kb-diag-empty = leeg bestand, overgeslagen
kb-diag-binary = binair bestand (bevat NUL-bytes), overgeslagen
kb-diag-not-utf8 = geen UTF-8-tekst (eerste ongeldige byte op positie { $offset }), overgeslagen
kb-diag-front-matter-unclosed = de met --- geopende front matter wordt nooit gesloten, overgeslagen
kb-diag-yaml-fallback = front matter is geen geldige YAML ({ $reason }); in plaats daarvan regel voor regel gelezen
kb-diag-no-language = geen taal in mapnaam, front matter of tekst; Engels aangenomen
kb-diag-too-deep = map dieper genest dan { $limit } niveaus, niet gelezen
kb-diag-too-many-files = meer dan { $limit } pagina's in deze KB, de rest is niet gelezen

## kbbot lint-kb
lint-kb-root = De KB in { $root } wordt gecontroleerd
lint-kb-pages = Pagina's per taal: { $counts }
lint-kb-articles = Artikelen: { $articles }, waarvan { $complete } in alle vijf talen bestaan
lint-kb-more = … en nog { $count } van dezelfde soort
lint-kb-missing-summary = { $count ->
    [one] Eén artikel heeft
   *[other] { $count } artikelen hebben
} geen versie in { $langs } (bijvoorbeeld { $examples })
lint-kb-clean = Geen problemen gevonden.
lint-kb-no-articles = Geen artikel geladen uit { $root }: een KB-pagina is een Markdown-bestand (.md) met front matter, in een taalmap (en, fr, nl, sv, it) of met een opgegeven taal.
lint-kb-problems = { $count ->
    [one] Eén probleem gevonden.
   *[other] { $count } problemen gevonden.
}
lint-missing-field = ontbrekend front-matterveld: { $field }
lint-missing-languages = artikel { $id } heeft geen versie in { $langs }
lint-no-symptoms = KB-artikel zonder sectie Probleem/symptomen
lint-no-resolution = KB-artikel zonder sectie Oplossing
lint-no-error-strings = de sectie Probleem/symptomen noemt geen enkele foutmelding (zet elke melding als inline code)
lint-duplicate-id = id { $id } ({ $lang }) wordt al gebruikt door { $other }
