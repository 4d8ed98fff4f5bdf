# Interfaccia Discord. I comandi seguono la convenzione di poise: l'id è il nome del comando,
# il valore il nome tradotto, .description la descrizione, .<param> e .<param>-description
# nome e descrizione di ogni parametro.

ask = chiedi
    .description = Trova l'articolo della KB che risolve un messaggio di errore o un estratto di log
    .text = testo
    .text-description = Il messaggio di errore o le righe di log, incollati così come sono
    .file = file
    .file-description = Un log o un lungo messaggio salvato come file (message.txt, *.log): i suoi errori distinti, contati
check = verifica
    .description = Verifica serverConf.xml o config-<instance>.xml per quote e controllo di flusso
    .file = file
    .file-description = serverConf.xml o config-<instance>.xml
    .file2 = file2
    .file2-description = Un secondo file di configurazione, verificato insieme al primo
    .file3 = file3
    .file3-description = Un terzo file di configurazione
article = articolo
    .description = Mostra un articolo della knowledge base dal suo id
    .id = id
    .id-description = L'id dell'articolo, ad es. KA-22154 (inizia a scrivere per cercare)
language = lingua
    .description = Scegli la lingua in cui kbbot ti risponde
    .language = lingua
    .language-description = La tua lingua di risposta, o automatico per seguire Discord
find-resolution = Trova soluzione

bot-choice-en = English
bot-choice-fr = Français
bot-choice-nl = Nederlands
bot-choice-sv = Svenska
bot-choice-it = Italiano
bot-choice-auto = Automatico (la tua lingua Discord)

bot-language-saved = D'ora in poi ti risponderò in { $language }.
bot-language-auto = Seguo di nuovo la tua lingua Discord (ora { $language }).
bot-error = Qualcosa è andato storto da parte mia. Riprova tra un momento.
# Rifiuti ed errori di poise stesso, con risposta privata (bot/errors.rs).
bot-error-outdated = Questo comando è cambiato da quando Discord lo ha caricato. Attendi un minuto o riavvia Discord, poi riprova.
bot-error-argument = Non sono riuscito a leggere «{ $value }». Controlla il valore ed esegui di nuovo il comando.
bot-error-argument-unknown = Non sono riuscito a leggere uno dei valori indicati. Controllali ed esegui di nuovo il comando.
bot-error-subcommand = Scegli uno di questi sottocomandi: { $subcommands }.
bot-error-cooldown = { $seconds ->
        [one] Attendi { $seconds } secondo prima di usare di nuovo questo comando.
       *[other] Attendi { $seconds } secondi prima di usare di nuovo questo comando.
    }
bot-error-bot-permissions = Mi mancano dei permessi in questo canale: { $permissions }. Chiedi a un amministratore del server di concedermeli, poi riprova.
bot-error-user-permissions = Ti servono questi permessi per usare questo comando: { $permissions }.
bot-error-permissions-unknown = Non sono riuscito a verificare i permessi di questo comando, quindi non l'ho eseguito. Riprova tra un momento.
bot-error-owners-only = Solo i proprietari del bot possono usare questo comando.
bot-error-guild-only = Questo comando funziona solo in un canale del server, non nei messaggi diretti.
bot-error-dm-only = Questo comando funziona solo in un messaggio diretto con me.
bot-error-nsfw-only = Questo comando funziona solo nei canali con limite di età.
bot-error-denied = Non puoi usare questo comando qui.
bot-mention-help = Menzionami e incolla il messaggio di errore o le righe di log, oppure allega serverConf.xml / config-<instance>.xml, e lo cercherò.

bot-ask-unsure-title = Nessuna corrispondenza sicura
bot-ask-unsure = Non sono riuscito ad associare questo testo a un articolo della knowledge base con sufficiente sicurezza.
bot-ask-candidates = Questi articoli sono i più vicini:
bot-field-error = Errore riconosciuto
bot-field-confidence = Affidabilità
bot-field-article = Articolo
bot-field-language = Lingua
bot-other-version = Questo articolo non esiste nella tua lingua; ecco la versione in { $language }.
bot-resolution-cut = L'articolo continua oltre questo estratto: aprilo per il resto.
bot-no-resolution = L'articolo non ha una sezione di soluzione; aprilo dal link per i dettagli.
bot-confidence-low = Bassa
bot-confidence-medium = Media
bot-confidence-high = Alta
bot-continued = Continua
bot-page = Pagina { $page } di { $pages }
bot-button-helpful = Utile
bot-button-unhelpful = Non utile
bot-feedback-thanks = Grazie, mi fa piacere che sia servito.
bot-feedback-sorry = Grazie della segnalazione; gli autori della knowledge base rivedranno l'articolo.
bot-article-unknown = Non esiste un articolo con id { $id }.

bot-upload-too-large = { $file } pesa { $size } KiB, oltre i { $limit } KiB che posso verificare. Non è stato scaricato.
bot-upload-unavailable = Non sono riuscito a scaricare { $file }. Caricalo di nuovo.
bot-log-title = Errori in { $file }
bot-ask-nothing = Incolla un errore in testo, oppure allega un log come file.
bot-check-timeout = La verifica di { $files } ha superato { $seconds } secondi, quindi ho smesso di aspettare. Riprova con un file alla volta, oppure esegui `kbbot check`.
bot-secrets-title = Credenziali trovate
bot-secrets-private = Questo file contiene password o chiavi, quindi solo tu vedi questo rapporto. I valori non vengono mostrati né conservati.
bot-secrets-delete = Questo caricamento contiene credenziali (password o chiavi). Elimina il messaggio e cambia quelle credenziali: chiunque nel canale può leggerle.
bot-check-title = Verifica di { $files }

report-unanswered-heading = Domande senza risposta ({ $language })
report-unhelpful-heading = Articoli segnati come non utili ({ $language })
report-unanswered-row = { $count } × { $paste }
report-unhelpful-row = { $article }: { $bad } non utile, { $good } utile
report-empty = Ancora nulla di registrato.
