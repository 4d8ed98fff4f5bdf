# kbbot ask, chat, eval e index: risposte a un messaggio incollato e i comandi intorno.

ask-note-truncated = Il messaggio era lungo ({ $original } byte, { $lines } righe): ho letto solo i primi { $kept } byte.
ask-note-blank = Non trovo niente da cercare in questo messaggio. Incolla la riga di errore, o la parte del log che la mostra.
ask-note-smalltalk = Sembra un saluto o un ringraziamento, quindi non ho cercato nulla. Quando incontri un errore, incolla la sua riga o il pezzo di log che la contiene.
ask-note-info-only = { $lines ->
        [one] La riga di log che hai incollato è una riga info: segnala l'avanzamento, non un guasto, quindi non vi ho trovato nessun errore da cercare.
       *[other] Le { $lines } righe di log che hai incollato sono tutte righe info: segnalano l'avanzamento, non un guasto, quindi non vi ho trovato nessun errore da cercare.
    } Se qualcosa non è andato, incolla la riga marcata error o warning.
ask-answer-heading = { $id }: { $title }
ask-matched-line = Riga di errore riconosciuta: { $line }
ask-why-signature = Perché: il messaggio contiene l'errore «{ $signature }».
ask-why-signature-part = Perché: il messaggio corrisponde in parte all'errore «{ $signature }».
ask-why-code = Perché: il messaggio contiene il codice di errore { $code }, trattato da questo articolo.
ask-why-named = Perché: il messaggio cita questo articolo ({ $id }).
ask-why-words = Perché: l'articolo ha in comune con il messaggio queste parole: { $words }.
ask-why-closest = Perché: è l'articolo più vicino al messaggio nel suo insieme, senza un messaggio d'errore o una parola che spicchi.
ask-confidence = Affidabilità: { $percent } %
ask-lang-differs = Questo articolo non esiste in { $wanted }, quindi ecco la versione in { $shown }.
ask-resolution = Risoluzione
ask-resolution-cut = (L'articolo continua: segui il link per il resto.)
ask-resolution-cut-no-link = (L'articolo continua: chiedilo con il suo id per leggere il resto.)
ask-link = Articolo completo: { $url }
show-unknown = Nessun articolo ha l'id «{ $id }». Usa un id come appare in kbbot, per esempio { $ids }.
show-unknown-empty = Nessun articolo ha l'id «{ $id }»: questa knowledge base non contiene articoli.
ask-alternatives = Altri articoli che potrebbero andare bene:
ask-candidate = • { $id }: { $title } ({ $percent } %)
ask-other-errors = { $count ->
        [one] Il messaggio contiene un altro errore, con un articolo tutto suo:
       *[other] Il messaggio contiene altri { $count } errori, ciascuno con un articolo suo:
    }
ask-other-error = • `{ $line }` → { $id }: { $title } ({ $percent } %)
ask-decline = Non riconosco questo errore.
ask-decline-closest = Gli articoli più vicini che conosco, senza certezza:
ask-decline-nothing-close = Niente nella knowledge base si avvicina. Prova a incollare la riga di errore esatta.

chat-welcome = Incolla un errore o un estratto di log; una riga vuota lo invia. /help elenca i comandi; Ctrl-D per uscire.
chat-help = Incolla una riga di errore o un estratto di log, poi una riga vuota per inviarlo. In un blocco di codice ```, le righe vuote fanno parte del testo incollato: chiudi il blocco, poi invia.
    /show ID    leggere un articolo, per esempio uno elencato sotto una risposta
    /lang fr    rispondere in francese (en, fr, nl, sv, it); /lang auto segue ogni messaggio
    /quit       uscire (anche con Ctrl-D)
chat-lang-set = Le risposte ora sono in { $language }.
chat-lang-auto = Le risposte ora seguono la lingua di ogni messaggio.
chat-bye = Ciao.

index-progress = Indicizzazione
index-written = { $articles } articoli indicizzati in { $dir } in { $seconds } s.
index-stale = L'indice in { $dir } è stato costruito da un'altra knowledge base: indicizzo in memoria.
index-broken = L'indice in { $dir } non è utilizzabile ({ $error }): indicizzazione in memoria. `kbbot index` ne scrive uno nuovo.
index-missing = { $dir } non contiene un indice scritto da `kbbot index`: indicizzazione in memoria.
kb-load-problems = { $count } file in { $dir } non sono stati caricati correttamente (`kbbot lint-kb { $dir }` li elenca tutti):
kb-no-articles = Nessun articolo è stato caricato da { $dir } (`kbbot lint-kb { $dir }` spiega perché).

batch-bad-json = non è un oggetto JSON con un campo "query": { $error }
batch-bad-lang = lingua sconosciuta: { $lang }

eval-heading = { $queries } richieste da { $file } su { $articles } articoli ({ $groups } distinti)
eval-answerable = Con risposta: { $count }  hit@1 { $hit1 } %  hit@3 { $hit3 } %  MRR { $mrr }
eval-negatives = Da rifiutare: { $count }  rifiutate { $declined } %
eval-declines = Rifiuti: precisione { $precision } %  richiamo { $recall } %
eval-confident-wrong = Risposte sbagliate con affidabilità oltre il { $above } %: { $count }
eval-several-errors = Messaggi con più errori: ogni errore ha il suo articolo in { $every } su { $count }; { $given } errori su { $errors } hanno il loro
eval-latency = Tempo di ricerca per richiesta: p50 { $p50 } ms  p99 { $p99 } ms  max { $max } ms
eval-baseline = BM25 semplice (riferimento): hit@1 { $hit1 } %  hit@3 { $hit3 } %  MRR { $mrr }  (hit@1 per tipo: { $kinds })
eval-table-header = gruppo  n  hit@1  hit@3  MRR  rifiuto-ok
eval-reliability = Fiducia dichiarata del primo candidato e quota di candidati giusti ({ $count } richieste su { $queries } hanno un candidato; quelle da rifiutare non ne hanno mai uno giusto):
eval-reliability-header = dichiarata    n  giusti  giusti %  media %
eval-misses = Errori ({ $count }):
eval-miss = { $id } [{ $lang }, { $kind }] atteso { $expected }, ottenuto { $got } ({ $confidence } %): { $query }

## Whole-log triage (kbbot ask --file)
log-heading = { $lines } righe lette: { $errors ->
        [0] nessun errore coperto da un articolo.
        [one] un errore distinto con un articolo.
       *[other] { $errors } errori distinti con un articolo.
    }
log-error = • { $count } × `{ $line }` (prima alla riga { $first }) → { $id }: { $title } ({ $percent } %)
log-more-errors = … e altri { $errors } con un articolo ({ $lines } righe).
log-rest = { $texts } altre righe distinte ({ $lines } righe in tutto) non hanno un articolo: avanzamento, contesto o errori che la KB non copre.
log-binary = { $file } non è un log di testo (contiene byte binari): non è stato letto nulla.
