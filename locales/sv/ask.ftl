# kbbot ask, chat, eval och index: svar på ett inklistrat meddelande och kommandona runt dem.

ask-note-truncated = Ditt meddelande var långt ({ $original } byte, { $lines } rader): bara de första { $kept } byten lästes.
ask-note-blank = Jag hittar inget att slå upp i det meddelandet. Klistra in felraden, eller den del av loggen där den syns.
ask-note-smalltalk = Det ser ut som en hälsning eller ett tack, så jag har inte slagit upp något. När du stöter på ett fel, klistra in raden eller den del av loggen som omger den.
ask-note-info-only = { $lines ->
        [one] Loggraden du klistrade in är en info-rad: den visar förlopp, inte ett fel, så jag hittade inget fel att slå upp i den.
       *[other] De { $lines } loggraderna du klistrade in är alla info-rader: de visar förlopp, inte ett fel, så jag hittade inget fel att slå upp i dem.
    } Om något gick fel, klistra in raden märkt error eller warning.
ask-answer-heading = { $id }: { $title }
ask-matched-line = Igenkänd felrad: { $line }
ask-why-signature = Varför: ditt meddelande innehåller felmeddelandet ”{ $signature }”.
ask-why-signature-part = Varför: ditt meddelande stämmer delvis överens med felmeddelandet ”{ $signature }”.
ask-why-code = Varför: ditt meddelande innehåller felkoden { $code }, som artikeln tar upp.
ask-why-named = Varför: ditt meddelande nämner den här artikeln ({ $id }).
ask-why-words = Varför: artikeln har de här orden gemensamma med ditt meddelande: { $words }.
ask-why-closest = Varför: artikeln ligger som helhet närmast ditt meddelande, utan något felmeddelande eller ord som sticker ut.
ask-confidence = Säkerhet: { $percent } %
ask-lang-differs = Artikeln finns inte på { $wanted }, så här är versionen på { $shown }.
ask-resolution = Lösning
ask-resolution-cut = (Artikeln fortsätter: följ länken för resten.)
ask-resolution-cut-no-link = (Artikeln fortsätter: be om den med dess id för att läsa resten.)
ask-link = Hela artikeln: { $url }
show-unknown = Ingen artikel har id:t ”{ $id }”. Ange ett id så som kbbot visar det, till exempel { $ids }.
show-unknown-empty = Ingen artikel har id:t ”{ $id }”: den här kunskapsbasen innehåller inga artiklar.
ask-alternatives = Andra artiklar som kan passa:
ask-candidate = • { $id }: { $title } ({ $percent } %)
ask-other-errors = { $count ->
        [one] Ditt meddelande innehåller ett fel till, med en egen artikel:
       *[other] Ditt meddelande innehåller { $count } fel till, vart och ett med en egen artikel:
    }
ask-other-error = • `{ $line }` → { $id }: { $title } ({ $percent } %)
ask-decline = Det här felet känner jag inte igen.
ask-decline-closest = De närmaste artiklarna jag känner till, ingen av dem säker:
ask-decline-nothing-close = Inget i kunskapsbasen kommer i närheten. Försök att klistra in den exakta felraden.

chat-welcome = Klistra in ett fel eller ett loggutdrag; en tom rad skickar det. /help visar kommandona; Ctrl-D avslutar.
chat-help = Klistra in en felrad eller ett loggutdrag och skicka med en tom rad. I ett kodblock med ``` hör tomma rader till det inklistrade: stäng blocket och skicka sedan.
    /show ID    läs en artikel, till exempel en som listas under ett svar
    /lang fr    svara på franska (en, fr, nl, sv, it); /lang auto följer varje meddelande
    /quit       avsluta (Ctrl-D fungerar också)
chat-lang-set = Svaren är nu på { $language }.
chat-lang-auto = Svaren följer nu språket i varje meddelande.
chat-bye = Hej då.

index-progress = Indexerar
index-written = { $articles } artiklar indexerade i { $dir } på { $seconds } s.
index-stale = Indexet i { $dir } byggdes från en annan kunskapsbas: indexerar i minnet i stället.
index-broken = Indexet i { $dir } går inte att använda ({ $error }): indexerar i minnet i stället. `kbbot index` skriver ett nytt.
index-missing = { $dir } innehåller inget index skrivet av `kbbot index`: indexerar i minnet i stället.
kb-load-problems = { $count } fil(er) i { $dir } lästes inte in felfritt (`kbbot lint-kb { $dir }` listar alla):
kb-no-articles = Ingen artikel kunde läsas in från { $dir } (`kbbot lint-kb { $dir }` berättar varför).

batch-bad-json = inte ett JSON-objekt med fältet "query": { $error }
batch-bad-lang = okänt språk: { $lang }

eval-heading = { $queries } frågor från { $file } mot { $articles } artiklar ({ $groups } olika)
eval-answerable = Med svar: { $count }  hit@1 { $hit1 } %  hit@3 { $hit3 } %  MRR { $mrr }
eval-negatives = Ska avböjas: { $count }  avböjda { $declined } %
eval-declines = Avböjanden: precision { $precision } %  täckning { $recall } %
eval-confident-wrong = Felaktiga svar över { $above } % säkerhet: { $count }
eval-several-errors = Meddelanden med flera fel: varje fel fick sin artikel i { $every } av { $count }; { $given } av { $errors } fel fick sin
eval-latency = Söktid per fråga: p50 { $p50 } ms  p99 { $p99 } ms  max { $max } ms
eval-baseline = Enkel BM25 (jämförelse): hit@1 { $hit1 } %  hit@3 { $hit3 } %  MRR { $mrr }  (hit@1 per typ: { $kinds })
eval-table-header = grupp  n  hit@1  hit@3  MRR  avböjt-rätt
eval-reliability = Angiven säkerhet för första kandidaten mot hur ofta den är rätt ({ $count } av { $queries } frågor har en kandidat; de som ska avböjas är aldrig rätt):
eval-reliability-header = angiven       n  rätt  rätt %   medel %
eval-misses = Missar ({ $count }):
eval-miss = { $id } [{ $lang }, { $kind }] väntat { $expected }, fick { $got } ({ $confidence } %): { $query }

## Whole-log triage (kbbot ask --file)
log-heading = { $lines } rader lästa: { $errors ->
        [0] inget fel som en artikel tar upp.
        [one] ett distinkt fel med en artikel.
       *[other] { $errors } distinkta fel med en artikel.
    }
log-error = • { $count } × `{ $line }` (först på rad { $first }) → { $id }: { $title } ({ $percent } %)
log-more-errors = … och { $errors } till med en artikel ({ $lines } rader).
log-rest = { $texts } andra distinkta rader ({ $lines } rader totalt) saknar artikel: förlopp, sammanhang eller fel som kunskapsbasen inte tar upp.
log-binary = { $file } är ingen textlogg (den innehåller binära byte): inget lästes.
