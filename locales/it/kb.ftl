# Il caricatore della knowledge base e `kbbot lint-kb`.

## Etichette dei riquadri nel Markdown degli articoli (>[!NOTE] ecc.).
kb-callout-note = Nota
kb-callout-important = Importante
kb-callout-caution = Attenzione
kb-callout-warning = Avvertenza
kb-callout-tip = Suggerimento
kb-callout-info = Informazioni
kb-callout-availability = Disponibilità
kb-callout-more-like-this = Vedi anche
kb-callout-prerequisites = Prerequisiti
kb-callout-video = Video

## Diagnostica di caricamento.
kb-diag-unreadable = impossibile leggere: { $reason }
kb-diag-too-large = troppo grande ({ $size } byte; una pagina può avere al massimo { $limit } byte), ignorato
kb-diag-not-a-file = non è un file normale (pipe, socket o dispositivo), ignorato
kb-diag-empty = file vuoto, ignorato
kb-diag-binary = file binario (contiene byte NUL), ignorato
kb-diag-not-utf8 = testo non UTF-8 (primo byte non valido alla posizione { $offset }), ignorato
kb-diag-front-matter-unclosed = il front matter aperto con --- non viene mai chiuso, ignorato
kb-diag-yaml-fallback = il front matter non è YAML valido ({ $reason }); letto invece riga per riga
kb-diag-no-language = nessuna lingua nel nome della cartella, nel front matter o nel testo; si assume l'inglese
kb-diag-too-deep = cartella annidata oltre { $limit } livelli, non letta
kb-diag-too-many-files = più di { $limit } pagine in questa KB, le restanti non sono state lette

## kbbot lint-kb
lint-kb-root = Verifica della KB in { $root }
lint-kb-pages = Pagine per lingua: { $counts }
lint-kb-articles = Articoli: { $articles }, di cui { $complete } presenti in tutte e cinque le lingue
lint-kb-more = … e altri { $count } dello stesso tipo
lint-kb-missing-summary = { $count ->
    [one] Un articolo non ha
   *[other] { $count } articoli non hanno
} una versione in { $langs } (ad esempio { $examples })
lint-kb-clean = Nessun problema trovato.
lint-kb-no-articles = Nessun articolo caricato da { $root }: una pagina della KB è un file Markdown (.md) con front matter, in una cartella di lingua (en, fr, nl, sv, it) o che indica la sua lingua.
lint-kb-problems = { $count ->
    [one] Trovato un problema.
   *[other] Trovati { $count } problemi.
}
lint-missing-field = campo del front matter mancante: { $field }
lint-missing-languages = l'articolo { $id } non ha una versione in { $langs }
lint-no-symptoms = articolo KB senza la sezione Problema/Sintomi
lint-no-resolution = articolo KB senza la sezione Risoluzione
lint-no-error-strings = la sezione Problema/Sintomi non cita alcun messaggio di errore (scrivere ciascuno come codice inline)
lint-duplicate-id = l'id { $id } ({ $lang }) è già usato da { $other }
