# kbbot ask, chat, eval en index: antwoorden op een geplakt bericht en de opdrachten eromheen.

ask-note-truncated = Uw bericht was lang ({ $original } bytes, { $lines } regels): alleen de eerste { $kept } bytes zijn gelezen.
ask-note-blank = In dit bericht vind ik niets om op te zoeken. Plak de foutregel, of het stuk van het logboek waarin die staat.
ask-note-smalltalk = Dit lijkt een groet of een bedankje, dus ik heb niets opgezocht. Loopt u tegen een fout aan, plak dan de regel of het stuk logboek eromheen.
ask-note-info-only = { $lines ->
        [one] De geplakte logregel is een info-regel: die meldt voortgang, geen storing, dus ik vond er geen fout in om op te zoeken.
       *[other] De { $lines } geplakte logregels zijn allemaal info-regels: ze melden voortgang, geen storing, dus ik vond er geen fout in om op te zoeken.
    } Als er iets misging, plak dan de regel met error of warning.
ask-answer-heading = { $id }: { $title }
ask-matched-line = Herkende foutregel: { $line }
ask-why-signature = Waarom: uw bericht bevat de foutmelding ‘{ $signature }’.
ask-why-signature-part = Waarom: uw bericht komt deels overeen met de foutmelding ‘{ $signature }’.
ask-why-code = Waarom: uw bericht bevat de foutcode { $code }, die dit artikel behandelt.
ask-why-named = Waarom: uw bericht noemt dit artikel ({ $id }).
ask-why-words = Waarom: het artikel heeft deze woorden met uw bericht gemeen: { $words }.
ask-why-closest = Waarom: dit artikel ligt als geheel het dichtst bij uw bericht, zonder foutmelding of woord dat eruit springt.
ask-confidence = Zekerheid: { $percent } %
ask-lang-differs = Dit artikel bestaat niet in het { $wanted }; hier is de versie in het { $shown }.
ask-resolution = Oplossing
ask-resolution-cut = (Het artikel gaat verder: volg de link voor de rest.)
ask-resolution-cut-no-link = (Het artikel gaat verder: vraag het op met zijn id om de rest te lezen.)
ask-link = Volledig artikel: { $url }
show-unknown = Er is geen artikel met id ‘{ $id }’. Gebruik een id zoals kbbot die toont, bijvoorbeeld { $ids }.
show-unknown-empty = Er is geen artikel met id ‘{ $id }’: deze kennisbank bevat geen artikelen.
ask-alternatives = Andere artikelen die kunnen passen:
ask-candidate = • { $id }: { $title } ({ $percent } %)
ask-other-errors = { $count ->
        [one] Uw bericht bevat nog een fout, met een eigen artikel:
       *[other] Uw bericht bevat nog { $count } fouten, elk met een eigen artikel:
    }
ask-other-error = • `{ $line }` → { $id }: { $title } ({ $percent } %)
ask-decline = Deze fout herken ik niet.
ask-decline-closest = De artikelen die het dichtst in de buurt komen, zonder zekerheid:
ask-decline-nothing-close = Niets in de kennisbank komt in de buurt. Probeer de exacte foutregel te plakken.

chat-welcome = Plak een fout of een stuk logboek; een lege regel verstuurt het. /help toont de opdrachten; Ctrl-D om te stoppen.
chat-help = Plak een foutregel of een stuk logboek en verstuur het met een lege regel. In een codeblok met ``` horen lege regels bij de plak: sluit het blok en verstuur dan.
    /show ID    een artikel lezen, bijvoorbeeld een dat onder een antwoord staat
    /lang fr    antwoorden in het Frans (en, fr, nl, sv, it); /lang auto volgt elk bericht
    /quit       stoppen (Ctrl-D kan ook)
chat-lang-set = Antwoorden zijn nu in het { $language }.
chat-lang-auto = Antwoorden volgen nu de taal van elk bericht.
chat-bye = Tot ziens.

index-progress = Indexeren
index-written = { $articles } artikelen geïndexeerd in { $dir } in { $seconds } s.
index-stale = De index in { $dir } is gebouwd uit een andere kennisbank: er wordt in het geheugen geïndexeerd.
index-broken = De index in { $dir } is onbruikbaar ({ $error }): er wordt in het geheugen geïndexeerd. `kbbot index` schrijft een nieuwe.
index-missing = { $dir } bevat geen index van `kbbot index`: er wordt in het geheugen geïndexeerd.
kb-load-problems = { $count } bestand(en) in { $dir } werden niet zonder problemen geladen (`kbbot lint-kb { $dir }` toont ze allemaal):
kb-no-articles = Er kon geen enkel artikel uit { $dir } worden geladen (`kbbot lint-kb { $dir }` zegt waarom).

batch-bad-json = geen JSON-object met een veld "query": { $error }
batch-bad-lang = onbekende taal: { $lang }

eval-heading = { $queries } zoekvragen uit { $file } tegen { $articles } artikelen ({ $groups } verschillende)
eval-answerable = Met antwoord: { $count }  hit@1 { $hit1 } %  hit@3 { $hit3 } %  MRR { $mrr }
eval-negatives = Te weigeren: { $count }  geweigerd { $declined } %
eval-declines = Weigeringen: precisie { $precision } %  recall { $recall } %
eval-confident-wrong = Foute antwoorden boven { $above } % zekerheid: { $count }
eval-several-errors = Berichten met meerdere fouten: elke fout kreeg zijn artikel in { $every } van { $count }; { $given } van { $errors } fouten kregen het hunne
eval-latency = Zoektijd per vraag: p50 { $p50 } ms  p99 { $p99 } ms  max { $max } ms
eval-baseline = Eenvoudige BM25 (referentie): hit@1 { $hit1 } %  hit@3 { $hit3 } %  MRR { $mrr }  (hit@1 per soort: { $kinds })
eval-table-header = groep  n  hit@1  hit@3  MRR  weigering-ok
eval-reliability = Opgegeven zekerheid van de eerste kandidaat tegen hoe vaak die juist is ({ $count } van { $queries } zoekvragen hebben een kandidaat; die te weigeren zijn nooit juist):
eval-reliability-header = opgegeven     n  juist  juist %    gem. %
eval-misses = Missers ({ $count }):
eval-miss = { $id } [{ $lang }, { $kind }] verwacht { $expected }, gekregen { $got } ({ $confidence } %): { $query }

## Whole-log triage (kbbot ask --file)
log-heading = { $lines } regels gelezen: { $errors ->
        [0] geen fout waar een artikel over gaat.
        [one] één afzonderlijke fout met een artikel.
       *[other] { $errors } afzonderlijke fouten met een artikel.
    }
log-error = • { $count } × `{ $line }` (eerst op regel { $first }) → { $id }: { $title } ({ $percent } %)
log-more-errors = … en nog { $errors } met een artikel ({ $lines } regels).
log-rest = { $texts } andere afzonderlijke regels ({ $lines } regels in totaal) hebben geen artikel: voortgang, context of fouten die de KB niet behandelt.
log-binary = { $file } is geen tekstlog (het bevat binaire bytes): er is niets gelezen.
