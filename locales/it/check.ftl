# Il controllo della configurazione: etichette del rapporto, `kbbot rules` / `kbbot explain`, un messaggio per regola.

check-severity-info = info
check-severity-warning = avviso
check-severity-security = sicurezza
check-severity-error = errore
check-category-input = input
check-category-structure = struttura
check-category-mta = MTA e server delle statistiche
check-category-ip-affinity = affinità IP
check-category-dns = DNS
check-category-bounce = rimbalzi
check-category-security = sicurezza
check-category-merge = configurazione effettiva
check-label-why = perché
check-label-fix = correzione
check-label-articles = articoli correlati
check-summary = { $files } file: { $errors } errore/i, { $warnings } avviso/i, { $security } rilievo/i di sicurezza, { $infos } nota/e.
check-clean = Niente sopra il livello info: questa configurazione non ha problemi noti di quote o di controllo del flusso.
check-partial = Controllo parziale: un input è un frammento o è stato rifiutato, quindi le impostazioni assenti non sono state segnalate come mancanti.
check-roles = Unione: { $files }.
check-role = { $file } ({ $instance ->
        [yes] file d'istanza
       *[no] file di base
    }{ $basis ->
        [given] , come richiesto
        [inferred] , l'unico altro file accanto a serverConf.xml
        [default] , perché il nome non è config-<instance>.xml (--instance FILE lo legge come tale)
       *[name] {""}
    })
check-refused = Rifiutato: { $files }. Nulla di un file rifiutato è stato letto come configurazione.
check-effective-default = valore predefinito documentato
check-cli-no-files = indicare almeno un file, oppure - per lo standard input
check-no-chart = Nessun grafico: nessuna configurazione controllata ha un mta governato dalle regole MX (nessuno, l'MTA avanzato, un relay o un mta che non si avvia).
rules-heading = { $count } regole. Eseguire `kbbot explain <id>` per i dettagli.
explain-unknown = Nessuna regola ha l'id "{ $id }". Eseguire `kbbot rules` per l'elenco.
explain-renamed = "{ $old }" è il vecchio id di "{ $new }".
explain-retired = "{ $old }" non viene più controllato.
explain-severity = Gravità
explain-category = Categoria
explain-why = Perché è importante
explain-fix = Come correggere
explain-bad = Problematico
explain-good = Corretto
explain-articles = Articoli correlati
explain-none = nessuno

## Robustezza dell'input

rule-input-too-large = { $known ->
        [yes] il file è di { $size } KiB; i file oltre { $limit } KiB vengono rifiutati senza leggerli
       *[no] il file supera { $limit } KiB ed è stato rifiutato senza leggerlo per intero
    }
    .title = File troppo grande per un serverConf
    .why = Un serverConf.xml originale completo, commenti compresi, pesa circa 60 kB. Un file di diversi megabyte non è una configurazione e costerebbe solo memoria e tempo.
    .fix = Allegare solo serverConf.xml e config-<instance>.xml, oppure incollare la sezione in questione.
rule-input-not-xml = non sembra un file XML (dati binari, o nessun elemento)
    .title = Non è XML
    .why = Il controllo sa leggere solo i file di configurazione XML di Campaign; altro non dà alcuna risposta utile.
    .fix = Allegare il serverConf.xml o il config-<instance>.xml originale, preso dalla cartella conf dell'installazione.
rule-input-doctype-or-entity = trovata una dichiarazione DOCTYPE o di entità; il file è stato rifiutato senza espandere nulla
    .title = DTD o dichiarazione di entità
    .why = I file di configurazione di Campaign non dichiarano mai una DTD. Queste dichiarazioni sono lo strumento delle bombe XML e degli attacchi a entità esterne: vengono rifiutate subito, mai espanse né scaricate.
    .fix = Rimuovere il blocco <!DOCTYPE ...> e ogni riga <!ENTITY ...>, poi allegare di nuovo il file.
rule-input-too-deep = { $what ->
        [elements] più di { $limit } elementi: rifiutato prima dell'analisi
        [attributes] un elemento ha più di { $limit } attributi: rifiutato prima dell'analisi
        [attribute] un valore di attributo supera { $limit } byte: rifiutato prima dell'analisi
       *[depth] elementi annidati oltre { $limit } livelli: rifiutato prima dell'analisi
    }
    .title = Annidamento, lunghezza dei valori o numero di elementi oltre i limiti
    .why = I veri file di configurazione si annidano per circa sette livelli e contano qualche centinaio di elementi. Molto di più indica un file costruito per esaurire il lettore.
    .fix = Verificare che sia davvero un file di configurazione di Campaign; in tal caso allegare solo le sezioni interessate.
rule-input-encoding = { $problem ->
        [declared] letto come { $encoding }, la codifica indicata dalla dichiarazione XML
        [converted] decodificato da { $encoding }
        [unsupported] la codifica dichiarata { $encoding } non è supportata
       *[mismatch] i byte non sono { $encoding } valido; letto invece come windows-1252, controllare i valori accentati
    }
    .title = Codifica dei caratteri
    .why = { $problem ->
        [declared] Il file dichiara come è codificato e i suoi byte lo confermano, quindi Campaign legge gli accenti come li vedete; solo gli strumenti che presumono UTF-8 possono sbagliare.
       *[other] Un file salvato in una codifica diversa da quella dichiarata mostra accenti corrotti in valori come localDomain o le etichette, e anche Campaign può leggerli male.
    }
    .fix = { $problem ->
        [declared] Niente da cambiare. Salvare i file di configurazione in UTF-8 evita sorprese con altri strumenti.
       *[other] Salvare il file in UTF-8 (oppure far corrispondere la codifica nella dichiarazione <?xml ...?> a quella del file).
    }
rule-input-smart-quotes = un valore di attributo è racchiuso tra virgolette tipografiche (“ ” o ‘ ’), quindi il file non è XML valido
    .title = Virgolette tipografiche attorno ai valori
    .why = I frammenti copiati da pagine web o da elaboratori di testo hanno spesso virgolette curve. nlserver non riesce a caricare un file simile, e l'intera configurazione viene ignorata.
    .fix = Sostituire le virgolette curve con quelle dritte (" o ').
rule-input-not-well-formed = { $kind ->
        [unclosed] l'elemento <{ $expected }> non viene mai chiuso
        [mismatched] trovato </{ $found }> dove era atteso </{ $expected }>
        [stray-close] trovato </{ $found }> senza tag di apertura corrispondente
        [lt-in-value] un valore di attributo contiene il carattere < (un segnaposto come <domain> rimasto?)
        [entity] un & non è seguito da un'entità nota come &amp;
        [duplicate-attribute] l'attributo { $expected } compare due volte sullo stesso elemento
        [too-many-nodes] troppi nodi
       *[syntax] la sintassi XML è rotta qui
    }
    .title = XML non ben formato
    .why = nlserver rifiuta un file che non riesce ad analizzare; l'MTA e gli altri moduli girano allora con ciò che dice l'altro file, o non girano affatto.
    .fix = Correggere l'XML alla riga indicata (chiudere ogni elemento, o terminare quelli vuoti con />), poi ricontrollare.
rule-input-html-escaped = l'XML è codificato in HTML (&lt;mta ...&gt;): è stato copiato da una pagina web
    .title = XML codificato in HTML
    .why = Il testo codificato non è una configurazione: non c'è nulla da controllare.
    .fix = Allegare il file originale del server invece di una copia presa da una pagina web.
rule-input-wrong-root = l'elemento radice è <{ $root }>, non <serverconf>: non è una configurazione server di Campaign
    .title = Non è un file serverConf
    .why = Altri file XML (server.xml di Tomcat, schemi, pacchetti) non hanno nulla a che fare con le quote, e controllarli darebbe solo rilievi fuorvianti.
    .fix = Allegare conf/serverConf.xml o conf/config-<instance>.xml.
rule-input-fragment-no-root = un frammento ({ $count } elemento/i di primo livello, nessuna radice <serverconf>): controllato come configurazione parziale
    .title = Frammento senza radice
    .why = Un frammento si controlla senza problemi, ma le impostazioni che non contiene possono essere definite altrove, quindi nulla viene segnalato come mancante.
    .fix = Allegare i file interi per un controllo completo.
rule-input-unreadable = { $reason ->
        [not-found] il file non esiste
        [permission-denied] il file non si è potuto aprire: permesso negato
        [is-a-directory] questa è una cartella, non un file
       *[other] il file non si è potuto leggere
    }
    .title = File illeggibile
    .why = Niente del suo contenuto si è potuto controllare; gli altri file sono stati controllati senza di esso, quindi possono mancare rilievi che ne dipendono.
    .fix = Verificare il percorso e i permessi del file, poi rilanciare il controllo con tutti i file.

## Struttura

rule-module-inside-shared = <{ $element }> si trova dentro <shared>, ma i moduli stanno direttamente sotto <serverconf>
    .title = Sezione di modulo dentro <shared>
    .why = Probabilmente il modulo non legge una sezione messa lì e gira con i valori predefiniti; per l'mta significa uno statServerAddress vuoto, quindi non parte.
    .fix = Spostare l'elemento fuori da <shared>, direttamente sotto <serverconf>.
rule-shared-node-outside-shared = <{ $element }> sta direttamente sotto <serverconf>, ma va dentro <shared>
    .title = Sezione condivisa fuori da <shared>
    .why = Un'impostazione condivisa nel posto sbagliato viene probabilmente ignorata: il localDomain di dnsConfig, per esempio, non fisserebbe più il dominio HELO.
    .fix = Spostare l'elemento dentro <shared>.
rule-ip-outside-ipaffinity = <{ $element }> non è dove l'MTA lo cerca (mta/child/smtp/IPAffinity/IP)
    .title = IP o IPAffinity nel posto sbagliato
    .why = Gli indirizzi IP fuori da un'affinità non possono essere scelti: ci sono meno percorsi di invio e le quote si raggiungono prima.
    .fix = Mettere ogni <IP> in una <IPAffinity>, a sua volta dentro <mta><child><smtp>.
rule-underscore-disabled-attribute = { $attribute } su <{ $element }> inizia con un trattino basso, quindi non è attivo
    .title = Attributo disattivato dal trattino basso
    .why = Le guide di migrazione rinominano autoStart in _autoStart per tenere fermi i servizi. Se poi lo si dimentica, il modulo non parte mai: senza mta né server stat non si invia nulla.
    .fix = Togliere il trattino basso a migrazione finita (_autoStart torna autoStart).
rule-unknown-attribute-typo = { $attribute } non è un attributo documentato di <{ $element }>; forse { $suggestion }?
    .title = Attributo scritto male
    .why = I nomi degli attributi XML distinguono maiuscole e minuscole. Un nome scritto male viene ignorato in silenzio e si applica il valore predefinito.
    .fix = Usare la grafia documentata.
rule-element-name-case = <{ $element }> va scritto <{ $suggestion }>
    .title = Nome di elemento con maiuscole sbagliate
    .why = I nomi degli elementi distinguono maiuscole e minuscole: una sezione scritta male non viene letta.
    .fix = Usare la grafia documentata del nome dell'elemento.
rule-commented-out-config = { $count } commento/i contengono elementi XML; le impostazioni commentate non sono attive
    .title = Configurazione commentata
    .why = Il file originale documenta molte impostazioni nei commenti, e l'esempio IPAffinity è commentato. Nulla di tutto ciò è in vigore.
    .fix = Se un'impostazione commentata deve valere, toglierla dal commento.
rule-duplicate-element = <{ $element }> compare qui una seconda volta; la prima è alla riga { $first_line }
    .title = Sezione presente due volte
    .why = È prevista una sola sezione di questo tipo. Quale copia legga il server non è documentato; il controllo le unisce, con l'ultimo valore che prevale, quindi un'impostazione dell'altra copia potrebbe non essere quella in vigore.
    .fix = Unire i due blocchi in uno solo e rimuovere l'altro.

## MTA e server delle statistiche

rule-statServerAddress-missing = lo statServerAddress effettivo dell'mta è vuoto
    .title = statServerAddress mancante
    .why = Senza l'indirizzo del server delle statistiche l'mta non parte; senza server delle quote non si può inviare nulla. Il serverConf.xml originale lo lascia vuoto e di solito lo imposta config-<instance>.xml.
    .fix = Impostare <mta statServerAddress="host[:porta]"/> in config-<instance>.xml (localhost se il server stat gira sulla stessa macchina; porta 7777 per impostazione predefinita).
rule-statServerAddress-invalid = statServerAddress "{ $value }" non ha la forma host[:porta]
    .title = statServerAddress non valido
    .why = L'MTA non raggiunge il server delle quote, non ottiene autorizzazioni di invio e i messaggi restano in attesa.
    .fix = Scrivere un nome host o un indirizzo IP, eventualmente seguito da :porta (da 1 a 65535), senza schema, percorso né spazi.
rule-statServerAddress-port-mismatch = l'mta si aspetta il server stat locale sulla porta { $mta_port }, ma stat ascolta sulla { $stat_port }
    .title = Porta del server stat incoerente
    .why = Le richieste di quota vanno a una porta dove nessuno ascolta, quindi l'MTA non ottiene il permesso di inviare.
    .fix = Usare la stessa porta in statServerAddress e in <stat port="..."/> (7777 salvo modifiche) e consentirla via UDP.
rule-stat-server-not-running-locally = statServerAddress punta a questa macchina, ma il modulo stat non viene avviato qui
    .title = Server stat locale non avviato
    .why = Nessuno risponde alle richieste di quota dell'MTA: nulla viene autorizzato e i messaggi restano in attesa.
    .fix = Aggiungere <stat autoStart="true"/> in config-<instance>.xml, oppure far puntare statServerAddress alla macchina dove gira il server stat.
rule-stat-multiple-servers = { $count } file di istanza avviano ciascuno un server stat
    .title = Più server delle statistiche
    .why = Le istanze che condividono IP pubblici devono condividere un solo server delle statistiche. Due server distribuiscono ciascuno la quota intera, i provider vedono più traffico di quanto le regole consentano, e segue la limitazione.
    .fix = Lasciare stat autoStart su una sola istanza e far puntare gli altri MTA a quella.
rule-useMomentum-enhanced-mta = useMomentum è true: questa istanza invia le e-mail tramite l'Enhanced MTA
    .title = Enhanced MTA in uso
    .why = Con l'Enhanced MTA le regole MX del database non si usano per le e-mail: la velocità dipende dalla reputazione e dai riscontri in tempo reale, quindi i consigli sulle regole MX non valgono.
    .fix = Niente da cambiare; per domande sulla velocità di invio, vedere l'articolo sull'Enhanced MTA.
rule-verifyMode-enabled = verifyMode è attivo: i messaggi vengono elaborati ma mai inviati davvero
    .title = verifyMode attivato
    .why = In modalità di verifica nulla esce dall'MTA, qualunque cosa dicano le quote.
    .fix = Impostare verifyMode="false" (o rimuoverlo) sulle istanze di produzione.
rule-mta-autostart-off = l'mta non viene avviato automaticamente su questa istanza
    .title = mta non avviato
    .why = Senza autoStart l'mta non gira, quindi da questo host non parte nulla. È normale su un'istanza di marketing in mid-sourcing, un errore altrove.
    .fix = Impostare <mta autoStart="true" .../> in config-<instance>.xml sull'istanza che invia.
rule-enableTLS-missing-or-false = { $set ->
        [yes] enableTLS è false
       *[no] enableTLS non è impostato, quindi vale il predefinito (false)
    }
    .title = enableTLS disattivato
    .why = Le regole MX con l'opzione TLS lasciata sul predefinito ereditano questo valore: la posta parte in chiaro verso quei domini. TLS conta per la deliverability, ma attivarlo per tutti può ridurre la velocità.
    .fix = Preferire TLS per regola MX ("Opportunistico") per i domini che lo richiedono; impostare enableTLS="true" globalmente solo dopo averne valutato il costo in velocità.
rule-statServerTLSSupport-disabled = statServerTLSSupport è false: le impostazioni TLS delle regole MX vengono ignorate
    .title = TLS per MX ignorato
    .why = La scelta TLS di ogni regola MX vale solo se il server stat la supporta.
    .fix = Rimuovere statServerTLSSupport="false" (il predefinito è true) se si usa TLS nelle regole MX.
rule-boolean-value-invalid = { $attribute }="{ $value }" non è un booleano (usare true, false, 1 o 0)
    .title = Valore booleano non valido
    .why = Un valore non riconosciuto può essere letto come false: TLS resta spento, o un modulo non parte.
    .fix = Scrivere true o false.
rule-number-value-invalid = { $problem ->
        [range] { $attribute }="{ $value }" è fuori da ciò che un { $type } contiene (da { $min } a { $max })
       *[syntax] { $attribute }="{ $value }" non è un numero intero
    }
    .title = Attributo numerico che non è un numero intero
    .why = Campaign legge questo attributo come numero intero. Come tratta un decimale, un esponente, un esadecimale, un valore vuoto o troppo grande non è documentato, quindi le cifre delle quote tralasciano ciò che ne dipende invece di supporre il valore predefinito.
    .fix = Scrivere solo cifre decimali, per esempio 4.
rule-maxSpareServers-out-of-range = maxSpareServers vale { $value }
    .title = Numero di mtachild fuori intervallo
    .why = 0 significa nessun processo figlio, quindi nessun invio. Oltre circa 8 (o oltre il numero di processori) i figli si contendono solo le stesse quote MX consumando memoria.
    .fix = Tenere maxSpareServers tra 1 e 8, e al massimo pari al numero di processori.
rule-spare-servers-inconsistent = { $attribute } ({ $value }) supera maxSpareServers ({ $max })
    .title = Dimensionamento dei figli contraddittorio
    .why = Il pool non può tenere più figli del suo massimo: le impostazioni si contraddicono.
    .fix = Tenere minSpareServers e startSpareServers pari o inferiori a maxSpareServers.
rule-maxSessionsPerChild-out-of-range = maxSessionsPerChild vale { $value }
    .title = Sessioni per figlio fuori intervallo
    .why = figli × sessioni per figlio limita le connessioni aperte da questo host, qualunque cosa consentano le regole MX. 0 blocca l'invio; valori molto alti aggiungono soprattutto pressione sulla memoria.
    .fix = Tenere maxSessionsPerChild vicino al predefinito di 1000.
rule-child-memory-budget = { $messages } messaggi in attesa richiedono circa { $needed } MB, più di maxWorkingSetMb ({ $limit } MB)
    .title = Budget di memoria dei figli troppo piccolo
    .why = Un figlio che raggiunge il tetto di memoria smette di inviare; il calo di velocità si confonde facilmente con le attese di quota. Regola pratica: messaggi × 50 kB × 2,5.
    .fix = Ridurre maxWaitingMessages o aumentare maxWorkingSetMb perché il budget basti.
rule-maxAgeSec-below-slice = maxAgeSec vale { $value } s, meno di una fascia di quota di 5 minuti
    .title = maxAgeSec più corto di una fascia di quota
    .why = Un messaggio trattenuto da una quota può attendere quasi 300 s la fascia successiva. Abbandonato prima, torna nel ciclo di nuovi tentativi, con più carico e ritardo.
    .fix = Tenere maxAgeSec a 300 o più (il predefinito è 600).
rule-initialDelaySec-extreme = initialDelaySec vale { $value }
    .title = Ritardo di riconnessione estremo
    .why = Il ritardo raddoppia dopo ogni connessione fallita. 0 martella un MX che rifiuta, fa salire il tasso di errori e scatena il controllo dinamico del flusso; ritardi molto lunghi frenano il recupero.
    .fix = Tenere initialDelaySec a pochi secondi (il predefinito è 4).
rule-relay-configured = tutta la posta esce tramite un relay SMTP
    .title = Relay SMTP configurato
    .why = Con un relay, la sua capacità diventa il tetto di velocità, gli errori sincroni sono qualificati male, e nulla parte quando è fermo. Ogni percorso diventa il relay, il che falsa le quote.
    .fix = Lasciare vuoto l'indirizzo di mta/relay se il relay non è obbligatorio, e dimensionarlo per tutto il volume.
rule-smtp-error-stats-suppressed = { $attribute }={ $value } nasconde le statistiche degli errori SMTP
    .title = Statistiche degli errori SMTP soppresse
    .why = Il rapporto "Errori SMTP per dominio" è dove si diagnosticano "quotas met" e il controllo del flusso; con queste impostazioni resta vuoto.
    .fix = Mantenere logEmailErrors="true" e le soglie di registrazione vicine ai predefiniti.
rule-retryLostMessages-disabled = retryLostMessages è false
    .title = Messaggi persi non ritentati
    .why = I messaggi di un figlio che va in crash vanno persi invece di essere reinviati.
    .fix = Rimuovere retryLostMessages="false" (il predefinito è true).
rule-debugPath-or-dataLogPath-set = { $attribute } è impostato: ogni e-mail inviata viene scritta su disco
    .title = E-mail scritte su disco
    .why = Le copie di ogni messaggio costano spazio su disco e I/O sull'host dell'MTA e contengono dati personali.
    .fix = Lasciarlo vuoto salvo reale bisogno dell'archivio, e in quel caso sorvegliare spazio su disco e permessi.
rule-mta-memory-limits = { $attribute } è basso ({ $value })
    .title = Limiti di memoria o di messaggi dell'MTA bassi
    .why = Limiti bassi fanno riavviare spesso i processi, il che sembra un blocco degli invii.
    .fix = Mantenere i predefiniti (maxMemoryMb 1024, maxMsgPerChild 5000000) salvo motivi precisi.

## Affinità IP

rule-publicId-missing = { $has_address ->
        [no] un IP senza indirizzo non ha publicId
       *[yes] l'IP { $address } non ha publicId
    }
    .title = IP senza publicId
    .why = Il server delle statistiche conta le quote per publicId, e le regole MX scelgono gli IP in base a esso. Senza, contatori e regole non possono essere legati a questo IP.
    .fix = Dare a ogni <IP> un publicId numerico univoco.
rule-publicId-not-numeric = publicId "{ $value }" non è un numero
    .title = publicId non numerico
    .why = publicId deve essere un numero: il server stat e gli intervalli di identificativi delle regole MX confrontano numeri.
    .fix = Usare un intero come 1, 2, 3.
rule-helo-publicId-inconsistent = { $key } { $value } compare con { $count } valori diversi di { $other }
    .title = Un IP, più nomi HELO o publicId
    .why = Un IP deve corrispondere a un solo host HELO con un solo publicId; associarlo in più modi è una causa nota di limitazione degli invii.
    .fix = Dare a ogni indirizzo un solo heloHost e un solo publicId, ovunque compaia.
rule-ip-address-invalid = "{ $value }" non è un indirizzo IP
    .title = Indirizzo IP non valido
    .why = L'MTA non può collegarsi a un nome host o a un indirizzo malformato, quindi i percorsi di questo IP mancano.
    .fix = Scrivere l'indirizzo IPv4 o IPv6 locale da cui l'MTA invia.
rule-doc-placeholder-value = { $attribute }="{ $value }" è un segnaposto copiato dalla documentazione
    .title = Segnaposto della documentazione rimasto
    .why = Un server stat o un indirizzo d'esempio significa che l'impostazione non è mai stata adattata a questa installazione.
    .fix = Sostituirlo con il valore reale della propria installazione.
rule-ip-weight-invalid = il peso "{ $value }" non è un intero positivo
    .title = Peso IP non valido
    .why = I pesi fissano la quota di traffico di ogni IP; pesi nulli o non validi falsano la ripartizione o escludono un IP.
    .fix = Usare interi da 1 in su (per es. 5, 5, 1 dà 45 %, 45 %, 10 %).
rule-include-exclude-conflict = { $problem ->
        [both] "{ $mask }" è sia incluso sia escluso
       *[syntax] "{ $mask }" non è una maschera di dominio (niente spazi né @)
    }
    .title = Conflitto tra includeDomains ed excludeDomains
    .why = L'esclusione si applica dopo l'inclusione, quindi un dominio in entrambi gli elenchi non usa mai questo IP: meno percorsi, quote raggiunte prima, o messaggi in sospeso per mancanza di percorso.
    .fix = Mettere ogni maschera di dominio in uno solo dei due attributi, separate da virgole.
rule-domain-without-ip = nessun IP utilizzabile dell'affinità "{ $affinity }" invia a "{ $mask }": gli IP che lo includono sono disattivati (peso 0 o indirizzo non valido) e gli altri lo escludono
    .title = Dominio senza IP utilizzabile
    .why = Le consegne verso quel dominio non trovano alcun percorso in questa affinità: i messaggi restano in attesa finché non ce n'è uno.
    .fix = Dare al dominio un IP utilizzabile: correggere il peso o l'indirizzo dell'IP che lo include, oppure togliere il dominio dagli excludeDomains di un altro IP.
rule-ipaffinity-empty = l'affinità "{ $name }" non ha alcun IP
    .title = Affinità IP vuota
    .why = Le consegne che scelgono questa affinità non hanno un indirizzo da cui inviare, il che può fermare del tutto le e-mail.
    .fix = Aggiungere almeno un <IP> all'affinità, oppure eliminare l'affinità e il suo uso nelle consegne.
rule-ipaffinity-name-invalid = il nome di affinità "{ $name }" contiene virgole o spazi
    .title = Nome di affinità malformato
    .why = I nomi di affinità si separano con il punto e virgola; un nome che non corrisponde a quello scelto nelle consegne blocca la posta.
    .fix = Separare più nomi con ; senza spazi.
rule-ipaffinity-duplicate-name = il nome di affinità "{ $name }" è già usato alla riga { $first_line }
    .title = Nome di affinità duplicato
    .why = Due pool con lo stesso nome rendono ambigui gli IP che una consegna userà.
    .fix = Unire le due affinità o rinominarne una.
rule-ipaffinity-single-ip = l'affinità "{ $name }" ha un solo IP
    .title = Affinità con un solo IP
    .why = Un solo IP significa meno percorsi, e le regole MX non "Condivise" concedono i loro limiti per IP: il tetto è più basso.
    .fix = Aggiungere IP all'affinità se questo traffico richiede più velocità.
rule-helo-missing = l'affinità "{ $name }" non imposta alcun nome HELO (né heloHost né localDomain)
    .title = Nessun dominio HELO
    .why = L'MTA annuncia allora il dominio del sistema operativo, che può non corrispondere al DNS inverso: più rifiuti, quindi controllo dinamico del flusso.
    .fix = Impostare heloHost su ogni IP, oppure localDomain sull'affinità o in shared/dnsConfig.

## DNS

rule-nameServers-invalid = "{ $entry }" in nameServers non è un indirizzo IP
    .title = Elenco di server DNS non valido
    .why = Le ricerche MX falliscono, e i messaggi rimbalzano come dominio non valido o irraggiungibile.
    .fix = Elencare gli indirizzi IP dei server DNS separati da virgole.
rule-dns-timeouts-extreme = DNS { $attribute } vale { $value }
    .title = Tentativi o timeout DNS estremi
    .why = Troppi pochi tentativi o un timeout troppo breve fanno fallire la risoluzione MX; un timeout troppo lungo frena l'invio.
    .fix = Tenere retry vicino a 4 e timeout vicino a 5000 ms.

## Rimbalzi

rule-inMail-autostart-off = l'mta parte ma inMail no
    .title = Gestione dei rimbalzi disattivata
    .why = Senza inMail i rimbalzi asincroni non vengono elaborati e le quarantene non si aggiornano: gli indirizzi non validi vengono ritentati, il tasso di errori sale e segue il controllo del flusso.
    .fix = Impostare <inMail autoStart="true"/> sull'istanza che elabora i rimbalzi.
rule-inMail-checkInstanceName-off = inMail checkInstanceName è false
    .title = Rimbalzi di altre istanze accettati
    .why = I rimbalzi destinati a un'altra istanza possono essere elaborati qui e mettere in quarantena gli indirizzi sbagliati.
    .fix = Mantenere checkInstanceName="true" (il predefinito).

## Sicurezza

rule-secret-plaintext-db-password = in questo file c'è una password del database in chiaro (valore non mostrato)
    .title = Password del database in chiaro
    .why = Chiunque veda il file può accedere al database. Il valore non è stato riportato qui.
    .fix = Cambiare la password, poi lasciare che nlserver la scriva cifrata (encrypted="1"). Rimuovere le credenziali prima di condividere i file.
rule-secret-internal-password = in questo file c'è la password dell'account internal (valore non mostrato)
    .title = internalPassword presente
    .why = L'account internal ha tutti i diritti su tutte le istanze.
    .fix = Cambiarla con nlserver config -internalpassword e rimuoverla prima di condividere i file.
rule-secret-present = { $attribute } su <{ $element }> contiene una credenziale (valore non mostrato)
    .title = Credenziale nel file
    .why = Anche i valori cifrati non vanno pubblicati in una chat: considerare la credenziale esposta.
    .fix = Cambiare la credenziale se il file è stato condiviso, e svuotare tali valori prima di condividere.
rule-security-zone-permissive = { $problem ->
        [internal] l'account internal può accedere dalla zona "{ $zone }" (internalSecurityZone), che copre tutti gli indirizzi
       *[flag] { $attribute } è true sulla zona "{ $zone }", che copre tutti gli indirizzi
    }
    .title = Zona di sicurezza pubblica permissiva
    .why = Opzioni di debug, HTTP o password deboli sulla zona che copre Internet allargano la superficie d'attacco.
    .fix = Tenere queste opzioni spente sulla zona pubblica; consentirle solo su zone private ristrette.
rule-urlPermission-permissive = { $problem ->
        [ignore] l'azione di urlPermission è "ignore": gli URL in uscita non vengono controllati
       *[any-url] una regola URL consente qualsiasi URL su qualsiasi dominio
    }
    .title = Permessi URL troppo ampi
    .why = Gli script possono allora chiamare qualsiasi indirizzo.
    .fix = Usare action="deny" (o "warn") con l'elenco dei domini realmente chiamati.

rule-checkIPConsistent-off = { $problem ->
        [false] checkIPConsistent è false: una sessione non è legata all'indirizzo IP del client
       *[absent] checkIPConsistent non è impostato, quindi vale false: una sessione non è legata all'indirizzo IP del client
    }
    .title = Sessioni non legate all'IP del client
    .why = Un token di sessione copiato su un'altra macchina continua a funzionare lì.
    .fix = Impostare checkIPConsistent="true" su <authentication>, a meno che gli utenti non passino da proxy il cui indirizzo cambia durante la sessione.

rule-infra-disclosure = questo file nomina { $count } indirizzi interni o nomi host della vostra piattaforma (non ripetuti qui)
    .title = Indirizzi interni nel file
    .why = Non sono segreti, ma dicono a chiunque legga dove si trovano database e server: non vanno in un canale pubblico.
    .fix = Prima di condividere il file, sostituire indirizzi interni e nomi host con segnaposto come 10.0.0.x o db.internal.example.

## Configurazione effettiva

rule-override-conflict = <{ $element }> { $attribute } vale "{ $value }" qui e sostituisce "{ $earlier }" di { $earlier_file }:{ $earlier_line }
    .title = Valore sostituito dal file di istanza
    .why = config-<instance>.xml prevale su serverConf.xml valore per valore: il valore mostrato qui è quello in vigore.
    .fix = Niente da correggere se voluto; altrimenti modificarlo nel file di istanza.
rule-default-applied = nessun file imposta { $count ->
        [one] questo valore chiave, quindi vale il predefinito
       *[other] questi { $count } valori chiave, quindi valgono i predefiniti
    }: { $values }
    .title = Valori chiave lasciati al predefinito
    .why = Quando i messaggi restano in coda, sono i primi valori da confrontare con i volumi e le regole MX; anche un predefinito è una scelta, solo implicita.
    .fix = Niente da cambiare se i predefiniti vanno bene; altrimenti impostarli in config-<instance>.xml.
rule-quota-explainer = { $bottleneck ->
        [unknown] Nessuna cifra per questa configurazione: { $attribute }="{ $value }" non è un numero intero, e il controllo non indovina il numero che nlserver userebbe al suo posto.
        [enhanced-mta] { $children } processo/i figlio × { $sessions } sessioni = al massimo { $local } sessioni SMTP da questo host. L'MTA avanzato decide da sé il throughput: le regole MX e le loro quote non sono usate, quindi non si calcola alcuna cifra MX.
       *[other] { $children } processo/i figlio × { $sessions } sessioni = al massimo { $local } sessioni SMTP da questo host. { $ips } IP pubblico/i × { $mx_ips } IP di MX = { $paths } percorsi; a { $max_connections } connessioni per percorso il lato MX ne consente { $mx_connections }. Una quota di { $hourly } messaggi/ora si applica come { $slice } per fascia di 5 minuti ({ $slice_per_ip } se la regola non è "Condivisa"). { $bottleneck ->
                [enhanced-mta] L'Enhanced MTA fissa la velocità: le regole MX non si usano.
                [not-starting] Ma l'mta non partirà finché statServerAddress è vuoto.
                [relay] Ma tutto esce dal relay, la cui capacità limita per prima.
                [local-sessions] Il tetto locale di sessioni limita prima delle connessioni MX.
               *[mx-connections] Le connessioni MX limitano prima del tetto locale; oltre, le attese riportano "quotas met".
            }
    }
    .title = Come si applicano le quote a questa configurazione
    .why = "quotas met" significa che una quota MX è esaurita per ora: ogni tentativo di connessione consuma un credito, quindi una cattiva reputazione brucia quota. "dynamic flow control" significa che l'MTA rallenta dopo troppi errori per un dominio. Le cifre MX sono quelle dell'esempio della documentazione (16 IP di MX, 5 connessioni, 10.000/h) se non indicate.
    .fix = Confrontare queste cifre con le regole MX (Set di regole e-mail > Gestione MX) e con il rapporto "Errori SMTP per dominio"; alzare i limiti solo su consiglio di esperti di deliverability.

## The quota chart (kbbot check --chart, and the bot's check replies)
chart-title = Un'ora di invii verso un dominio: { $file }
chart-minutes = minuti dall'inizio dell'ora
chart-messages = messaggi consentiti finora
chart-allowed = regola MX condivisa: { $slice } ogni 5 minuti
chart-allowed-per-ip = non condivisa: { $slice } ogni 5 minuti
chart-delivery = una consegna di { $volume } messaggi
chart-done = l'ultimo messaggio parte nella fascia { $slice } (minuti { $from }–{ $to })
chart-left = { $left } messaggi ancora in attesa dopo l'ora ("quotas met")
chart-connections = Connessioni simultanee
chart-local = questo host: { $count }
chart-mx = lato MX: { $count }
chart-bites = il limite che frena
