#!/usr/bin/env python3
"""Builds bundled.tsv: queries against the bundled KB (kb/), expected = article-number."""
import os, random
from tsvlib import write

# sources
FR_UDF = "kb-real/fr/delivery/using/understanding-delivery-failures.md"
EN_UDF = "reference/adobe-docs/en/_history/ad6f3f2cf2/help/delivery/using/understanding-delivery-failures.md"
NL_UDF = "reference/adobe-docs/nl-NL/_history/dcf67770e0/help/delivery/using/understanding-delivery-failures.md"
SV_UDF = "reference/adobe-docs/sv-SE/_history/9e6a0c18a1/help/delivery/using/understanding-delivery-failures.md"
IT_UDF = "reference/adobe-docs/it-IT/_history/691eb980c3/help/delivery/using/understanding-delivery-failures.md"
MXS = "kb-real/en/installation/using/using-mx-servers.md"
MXS_FR = "kb-real/fr/installation/using/using-mx-servers.md"
MXS_NL = "kb-real/nl/installation/using/using-mx-servers.md"
MXS_SV = "kb-real/sv/installation/using/using-mx-servers.md"
MXS_IT = "kb-real/it/installation/using/using-mx-servers.md"
S_NL = "seeds/000_7cd21ee1eb020da4.txt"
S_SV = "seeds/001_47a63ce606b38c44.txt"
S_FR = "seeds/002_941e674570ae34cf.txt"
S_EN = "seeds/003_eb56bb4831cd150a.txt"
S_IT = "seeds/004_25c8c279e020ffa8.txt"
DTS = "reference/adobe-docs/en/_history/01e78587d3/help/delivery/using/delivery-troubleshooting.md"
DFQ = "kb-real/en/delivery/using/delivery-failures-quarantine.md"
FAQ = "kb-real/en/delivery/using/deliverability-faq.md"
EDL = "reference/adobe-docs/en/help/installation/using/email-deliverability.md"
SCF = "reference/adobe-docs/en/help/installation/using/the-server-configuration-file.md"
CDS = "reference/adobe-docs/en/help/installation/using/configure-delivery-settings.md"
EMTA = "kb-real/en/delivery/using/sending-with-enhanced-mta.md"
MXR = "reference/mx-rules.md"
Q = "KA-22154"
D = "KA-21165"
N = "NONE"
OWN = "own"


def nllog(lines, start="2024-05-14 09:12:31", pid="00004F2C", tid="00005A1C", mod="mta"):
    """nlserver log lines: 'YYYY-MM-DD hh:mm:ss.mmmZ<TAB>pid<TAB>tid<TAB>   1<TAB>sev<TAB>module<TAB>msg'."""
    import datetime
    t = datetime.datetime.strptime(start, "%Y-%m-%d %H:%M:%S")
    rnd = random.Random(start)
    out = []
    for sev, msg in lines:
        t += datetime.timedelta(milliseconds=rnd.randint(40, 9000))
        out.append("%s.%03dZ\t%s\t%s\t   1\t%s\t%s\t%s" % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, pid, tid, sev, mod, msg))
    return "\n".join(out)


R = []
def add(lang, kind, exp, src, q):
    R.append((lang, kind, exp, src, q))

# ---------------------------------------------------------------- KA-22154 quotas met
add("en", "bare", Q, S_EN, "Messages queued (connection quotas met)")
add("en", "chatter", Q, S_EN, "hey all, half of our newsletter is stuck since 8am and the delivery log just keeps saying Messages queued (connection quotas met) for gmail and outlook. do I need to change something in the MX rules or just wait?")
add("en", "log", Q, S_EN, nllog([
    ("info", "Delivery 'DM41872' : start of sending (318 204 messages)"),
    ("info", "Delivery 'DM41872' : 12 000 messages sent to 'gmail.com'"),
    ("warning", "Messages queued (connection quotas met) - domain 'gmail.com', MX 'gmail-smtp-in.l.google.com', publicId 2"),
    ("warning", "Messages queued (connection quotas met) - domain 'hotmail.com', MX 'hotmail-com.olc.protection.outlook.com', publicId 2"),
    ("info", "Delivery 'DM41872' : 4 312 messages pending"),
]))
add("en", "fence", Q, S_EN, "```\nDeliveries failing with Error:\nMessages queued (connection quotas met)\n```\nseeing this across multiple domains since the IP warmup started")
add("en", "quote", Q, S_EN, "> Messages queued (connection quotas met)\n@here is anyone else seeing this on the prod instance? throughput dropped to like 800/5min")
add("en", "chatter", Q, FAQ, "what does 'quotas met' actually mean in the delivery monitoring? our ops guy says the MTA is throttling but the MX rule limits look fine to me")
add("fr", "bare", Q, S_FR, "Messages mis en file d'attente (quotas de connexion atteints)")
add("fr", "chatter", Q, S_FR, "bonjour, depuis ce matin nos diffusions sont en échec avec l'erreur « Messages mis en file d’attente (quotas de connexion atteints) » sur plusieurs domaines (orange.fr, free.fr, gmail). il faut toucher aux règles MX ?")
add("fr", "log", Q, S_FR, "21/05/2024 10:02:11 mta@prod_fr (24518) Diffusion 'DM20931' : Messages mis en file d'attente (quotas de connexion atteints) domaine 'orange.fr'\n21/05/2024 10:02:11 mta@prod_fr (24518) Diffusion 'DM20931' : Messages mis en file d'attente (quotas de connexion atteints) domaine 'wanadoo.fr'\n21/05/2024 10:07:12 mta@prod_fr (24518) Diffusion 'DM20931' : 2 874 messages en attente")
add("fr", "crosslang", Q, S_EN, "salut, la console (en anglais chez nous) affiche \"Messages queued (connection quotas met)\" pour presque toutes les adresses laposte.net, c'est grave ou ça se débloque tout seul ?")
add("fr", "quote", Q, S_FR, "> Diffusions en échec avec une erreur : Messages mis en file d’attente (quotas de connexion atteints)\nquelqu'un a une idée ? le seuil des jeux de règles de messagerie me paraît trop bas")
add("nl", "bare", Q, S_NL, "Berichten in de wachtrij (verbindingsquota gehaald)")
add("nl", "crosslang", Q, S_EN, "goedemorgen, onze levering naar ziggo en kpnmail blijft hangen met 'Messages queued (connection quotas met)'. moeten we de MX regels aanpassen of is dit een reputatie ding?")
add("nl", "chatter", Q, S_NL, "weet iemand wat 'verbindingsquota gehaald' betekent in de leveringslog? de helft van onze mailing staat al twee uur in de wachtrij")
add("nl", "log", Q, S_EN, nllog([
    ("info", "Delivery 'DM88120' : 45 000 messages to send"),
    ("warning", "Messages queued (connection quotas met) - domain 'ziggo.nl'"),
    ("warning", "Messages queued (connection quotas met) - domain 'kpnmail.nl'"),
    ("warning", "Messages queued (connection quotas met) - domain 'hotmail.nl'"),
], start="2024-09-03 07:44:02", pid="000031B8", tid="00003F10") + "\n^^ dit zien we sinds de nieuwe IP's erbij zijn, iemand?")
add("sv", "bare", Q, S_SV, "Meddelanden köas (anslutningskvoter uppfylls)")
add("sv", "crosslang", Q, S_EN, "hej! vi får \"Messages queued (connection quotas met)\" på alla utskick till telia.com och gmail sedan igår, vad ska vi kolla först?")
add("sv", "fence", Q, S_SV, "```\nMisslyckade leveranser med fel:\nMeddelanden är köade (anslutningskvoter uppfylls)\n```\när det MX-reglerna som är för snåla?")
add("sv", "quote", Q, S_EN, "> Messages queued (connection quotas met)\nsamma sak hos oss på staging, det verkar som att kvoten tar slut efter några minuter varje gång")
add("it", "bare", Q, "kb/KA-22154", "Messaggi in coda (quote di connessione raggiunte)")
add("it", "crosslang", Q, S_EN, "ciao a tutti, nel log della consegna vedo \"Messages queued (connection quotas met)\" per libero.it e alice.it, la campagna è ferma da un'ora. è un problema delle regole MX?")
add("it", "log", Q, S_EN, "14/06/2024 16:40:55 mta@campagne_it (9312) Delivery 'DM55013': Messages queued (connection quotas met) for domain 'libero.it'\n14/06/2024 16:40:55 mta@campagne_it (9312) Delivery 'DM55013': Messages queued (connection quotas met) for domain 'virgilio.it'\n14/06/2024 16:45:56 mta@campagne_it (9312) Delivery 'DM55013': 9 881 messages pending\nperché succede? i limiti sono quelli di default")
add("it", "chatter", Q, FAQ, "qualcuno sa cosa vuol dire 'quotas met' nel monitoraggio delle consegne? il nostro MTA manda a singhiozzo, tipo a scalini ogni 5 minuti")

# ---------------------------------------------------------------- KA-21165 dynamic flow control
add("it", "bare", D, S_IT, "Messaggi in coda (controllo del flusso dinamico)")
add("it", "chatter", D, S_IT, "buongiorno, la maggior parte degli errori sulle consegne verso gmail e yahoo è 'Messaggi in coda (controllo del flusso dinamico)'. è un problema di reputazione o di configurazione dell'MTA?")
add("it", "quote", D, S_IT, "> Messaggi in coda (controllo del flusso dinamico)\nsolo su outlook.com e hotmail, gli altri domini vanno bene. cosa controllo?")
add("it", "crosslang", D, DTS, "ragazzi nel delivery log c'è 'Messages pended (dynamic flow control)' su tiscali.it, dopo un po' riparte ma rallenta tutto")
add("en", "bare", D, "kb/KA-21165", "Messages queued (dynamic flow control)")
add("en", "chatter", D, DTS, "getting tons of 'Messages pended (dynamic flow control)' on yahoo only since this morning. other domains are fine. is yahoo blocking us or is our MTA broken?")
add("en", "log", D, "kb/KA-21165", nllog([
    ("info", "Delivery 'DM77341' : 88 000 messages to send"),
    ("warning", "Session failed to 'mta7.am0.yahoodns.net' (98.136.96.91): 421 4.7.0 [TSS04] Messages from 192.0.2.41 temporarily deferred due to unexpected volume or user complaints"),
    ("warning", "Session failed to 'mta6.am0.yahoodns.net' (67.195.204.72): 421 4.7.0 [TSS04] Messages from 192.0.2.41 temporarily deferred due to unexpected volume or user complaints"),
    ("warning", "Messages queued (dynamic flow control) - domain 'yahoo.com'"),
    ("warning", "Messages queued (dynamic flow control) - domain 'ymail.com'"),
    ("info", "Delivery 'DM77341' : 21 442 messages pending"),
], start="2024-03-19 11:03:47", pid="00002C10", tid="00002C44"))
add("en", "fence", D, "kb/KA-21165", "```\nMessages queued (dynamic flow control)\n```\nthis is the top error in our SMTP errors per domain report this week, biggest volume by far")
add("fr", "bare", D, "kb/KA-21165", "Messages mis en file d'attente (contrôle de flux dynamique)")
add("fr", "crosslang", D, DTS, "hello, on a plein de \"Messages pended (dynamic flow control)\" sur orange.fr depuis la grosse diffusion de lundi, le MTA ralentit tout seul. c'est la réputation de nos IP ?")
add("fr", "log", D, "kb/KA-21165", "03/02/2025 14:21:09 mta@mkt_prod (31877) Diffusion 'DM10452' : Messages mis en file d'attente (contrôle de flux dynamique) domaine 'sfr.fr'\n03/02/2025 14:21:10 mta@mkt_prod (31877) Diffusion 'DM10452' : Messages mis en file d'attente (contrôle de flux dynamique) domaine 'neuf.fr'\n03/02/2025 14:26:10 mta@mkt_prod (31877) Diffusion 'DM10452' : 6 120 messages en attente")
add("nl", "crosslang", D, "kb/KA-21165", "iemand ervaring met 'Messages queued (dynamic flow control)'? alleen bij gmail.com, de rest gaat gewoon door")
add("nl", "bare", D, "kb/KA-21165", "Berichten in de wachtrij (dynamische stroomregeling)")
add("nl", "fence", D, DTS, "```\nMessages pended (dynamic flow control)\n```\nkomt steeds terug bij hotmail.nl, de MTA lijkt zichzelf af te remmen. wat is de oorzaak?")
add("sv", "crosslang", D, "kb/KA-21165", "hej, vad betyder \"Messages queued (dynamic flow control)\"? vi ser det bara mot outlook.com och hotmail.se")
add("sv", "bare", D, "kb/KA-21165", "Meddelanden köas (dynamisk flödeskontroll)")
add("sv", "log", D, "kb/KA-21165", nllog([
    ("warning", "Session failed to 'eur.olc.protection.outlook.com' (52.101.73.0): 451 4.7.650 The mail server [198.51.100.23] has been temporarily rate limited due to IP reputation."),
    ("warning", "Messages queued (dynamic flow control) - domain 'hotmail.se'"),
    ("warning", "Messages queued (dynamic flow control) - domain 'outlook.com'"),
], start="2024-11-08 13:30:12", pid="00001A94", tid="00001B20") + "\nnågon som vet hur länge backoff varar?")

# ---------------------------------------------------------------- KB-0001 user unknown
add("en", "smtp", "KB-0001", MXS, "550 5.1.1 ... User is unknown {mx003}")
add("en", "bare", "KB-0001", EN_UDF, "User unknown")
add("fr", "bare", "KB-0001", FR_UDF, "Utilisateur inconnu")
add("fr", "smtp", "KB-0001", MXS_FR, "550 5.1.1 <m.dupont@wanadoo-test.fr>: Recipient address rejected: User unknown in virtual mailbox table")
add("nl", "crosslang", "KB-0001|KB-0011", NL_UDF, "waarom gaat een adres meteen in quarantaine met reden 'Gebruiker onbekend'? de klant zegt dat het adres bestaat")
add("sv", "smtp", "KB-0001|KB-0011", MXS, "550 5.1.1 <anna.lind@exempel-post.se>... User is unknown {mx003}\nhamnar direkt i karantän, varför hard bounce?")
add("it", "bare", "KB-0001", IT_UDF, "Utente sconosciuto")
add("it", "smtp", "KB-0001|KB-0011", MXS, "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos - gsmtp\nquesto è un hard bounce giusto? finisce subito in quarantena")

# ---------------------------------------------------------------- KB-0002 mailbox full
add("en", "smtp", "KB-0002", MXS, "550 5.2.2 User quota exceeded")
add("fr", "bare", "KB-0002", FR_UDF, "Boîte pleine")
add("fr", "chatter", "KB-0002|KB-0011", FR_UDF, "des centaines d'adresses en statut En erreur avec Boîte pleine, est-ce qu'elles vont sortir de quarantaine toutes seules ou il faut relancer un workflow ?")
add("nl", "bare", "KB-0002", NL_UDF, "Postbus vol")
add("nl", "smtp", "KB-0002|KB-0011", MXS, "452 4.2.2 The email account that you tried to reach is over quota. gsmtp\nsoft bounce of niet? staat nu als Postbus vol in de logs")
add("sv", "bare", "KB-0002", SV_UDF, "Postlådan är full")
add("it", "smtp", "KB-0002", MXS_IT, "552 5.2.2 <g.rossi@libero-demo.it>: mailbox full / quota utente superata")
add("en", "quote", "KB-0002|KB-0011", EN_UDF, "> Mailbox full\nhow long until these addresses get retried? marketing wants them back in the target")

# ---------------------------------------------------------------- KB-0003 invalid domain
add("en", "smtp", "KB-0003", MXS, "DNS query failed for 'gmial.con'")
add("fr", "bare", "KB-0003", FR_UDF, "Domaine invalide")
add("nl", "crosslang", "KB-0003", MXS, "we krijgen 'Invalid domain' op adressen als @hotmial.com en @gmail.con, kunnen we dat bij het inschrijven al afvangen?")
add("sv", "bare", "KB-0003", SV_UDF, "Ogiltig domän")
add("it", "bare", "KB-0003", IT_UDF, "Dominio non valido")
add("en", "log", "KB-0003", MXS, nllog([
    ("warning", "Delivery 'DM41990' : unable to resolve MX for domain 'yahooo.fr' : DNS query failed for 'yahooo.fr'"),
    ("warning", "Delivery 'DM41990' : unable to resolve MX for domain 'orange.ff' : DNS query failed for 'orange.ff'"),
], start="2024-07-30 15:22:10", pid="00002B18", tid="00002B30"))

# ---------------------------------------------------------------- KB-0004 inactive account
add("en", "smtp", "KB-0004", MXS, "550 5.7.1 : Recipient address rejected: Inactive MailBox, not poped for more than 6 months")
add("fr", "bare", "KB-0004", FR_UDF, "Compte désactivé")
add("nl", "bare", "KB-0004", NL_UDF, "Account uitgeschakeld")
add("sv", "crosslang", "KB-0004|KB-0011", MXS, "varför är det här en mjuk studs? '550 5.7.1 : Recipient address rejected: Inactive MailBox, not poped for more than 6 months'")
add("it", "chatter", "KB-0004|KB-0011", IT_UDF, "alcuni destinatari hanno motivo 'Account disabilitato', dopo quanti tentativi vanno in quarantena?")

# ---------------------------------------------------------------- KB-0005 refused
add("en", "smtp", "KB-0005", MXS, "Inbound email bounce (rule 'Feedback_loop_Hotmail' has matched this bounce)")
add("fr", "bare", "KB-0005", FR_UDF, "Refusé")
add("nl", "smtp", "KB-0005", MXS, "554 5.7.1 Service unavailable; Client host [203.0.113.77] blocked using Spamhaus\nstatus 'Geweigerd' in de logs, is dat ons IP?")
add("sv", "bare", "KB-0005", SV_UDF, "Avvisad")
add("it", "crosslang", "KB-0005|KB-0011", EN_UDF, "perché metà degli invii a hotmail hanno motivo 'Refused'? non dovrebbero andare in quarantena giusto?")

# ---------------------------------------------------------------- KB-0006 unreachable
add("en", "smtp", "KB-0006", MXS, "421 4.16.55 [TS01] Messages from 192.0.2.18 temporarily deferred due to excessive user complaints")
add("fr", "bare", "KB-0006", FR_UDF, "Injoignable")
add("fr", "smtp", "KB-0006", MXS_FR, "421 4.16.55 [TS01] Messages de 198.51.100.9 reportés temporairement en raison de plaintes excessives de l’utilisateur\nstatut Inatteignable, on fait quoi ?")
add("nl", "bare", "KB-0006", NL_UDF, "Onbereikbaar")
add("sv", "smtp", "KB-0006", MXS_SV, "421 4.16.55 [TS01] Meddelanden från 203.0.113.5 har tillfälligt skjutits upp på grund av för många användarklagomål")
add("it", "bare", "KB-0006", IT_UDF, "Non raggiungibile")

# ---------------------------------------------------------------- KB-0007 not connected
add("en", "chatter", "KB-0007", EN_UDF, "our SMS delivery shows lots of 'Not connected' failures, phones switched off i guess? will they be retried?")
add("fr", "bare", "KB-0007", FR_UDF, "Non connecté")
add("nl", "bare", "KB-0007", NL_UDF, "Niet verbonden")
add("sv", "chatter", "KB-0007", SV_UDF, "sms-utskicket har massor av 'Inte ansluten' som felorsak, skickas de igen senare?")
add("it", "bare", "KB-0007", IT_UDF, "Non connesso")

# ---------------------------------------------------------------- KB-0008 text too long
add("en", "bare", "KB-0008", "kb-real/en/delivery/using/sms-protocol.md", "SMS too long")
add("en", "quote", "KB-0008", "kb/KB-0008", "> Text too long\nfailure reason on ~3% of our sms delivery, only the ones with long first names it seems")
add("fr", "chatter", "KB-0008", "kb/KB-0008", "nos SMS partent en erreur « SMS trop long » alors que le message fait 170 caractères, c'est à cause des accents ?")
add("nl", "crosslang", "KB-0008", "kb-real/en/delivery/using/sms-protocol.md", "sms levering faalt met 'SMS too long', het bericht heeft emoji's erin, telt dat dubbel?")
add("sv", "crosslang", "KB-0008", "kb/KB-0008", "SMS:en stoppas med felet \"Text too long\" fast texten är under 160 tecken??")
add("it", "chatter", "KB-0008", "kb/KB-0008", "gli sms vanno in errore con 'SMS troppo lungo', come faccio a capire quanti caratteri posso usare?")

# ---------------------------------------------------------------- KB-0009 address not specified
add("en", "bare", "KB-0009", EN_UDF, "Address not specified")
add("fr", "bare", "KB-0009", FR_UDF, "Adresse non renseignée")
add("nl", "chatter", "KB-0009", NL_UDF, "bij 1200 ontvangers staat 'Adres niet opgegeven', moeten we die uit de doelgroep filteren?")
add("sv", "bare", "KB-0009", SV_UDF, "Adressen har inte angetts")
add("it", "bare", "KB-0009", IT_UDF, "Indirizzo non specificato")

# ---------------------------------------------------------------- KB-0010 ignored
add("en", "chatter", "KB-0010|KB-0011", EN_UDF, "why are out of office replies showing up with error type Ignored in the delivery logs? do they count towards quarantine?")
add("fr", "bare", "KB-0010", FR_UDF, "Ignoré")
add("nl", "crosslang", "KB-0010", NL_UDF, "afwezigheidsmeldingen komen binnen als 'Genegeerd' / Error ignored, is dat normaal?")
add("sv", "chatter", "KB-0010|KB-0011", SV_UDF, "frånvaromeddelanden får feltypen Ignorerad, påverkar det karantänen?")
add("it", "bare", "KB-0010", IT_UDF, "Errore ignorato")

# ---------------------------------------------------------------- KB-0011 soft vs hard / quarantine
add("en", "chatter", "KB-0011", DFQ, "whats the difference between a soft and a hard bounce in campaign, and after how many soft errors does an address go to quarantine?")
add("fr", "chatter", "KB-0011", FR_UDF, "différence entre erreur soft et hard ? une adresse en soft part en quarantaine au bout de combien de tentatives ?")
add("nl", "chatter", "KB-0011", NL_UDF, "wanneer gaat een adres in quarantaine bij een zachte bounce? en wat is het verschil met hard?")
add("sv", "chatter", "KB-0011", SV_UDF, "skillnad mellan mjuk och hård studs? hur många fel innan en adress hamnar i karantän")
add("it", "chatter", "KB-0011", IT_UDF, "differenza tra mancato recapito morbido e rigido? quanti errori servono perché un indirizzo vada in quarantena?")

# ---------------------------------------------------------------- KB-0012 TLS / enableTLS
add("en", "fence", "KB-0012", SCF, "```xml\n<mta>\n  <child>\n    <smtp enableTLS=\"false\"/>\n  </child>\n</mta>\n```\nshould this be true? our MX rules have TLS on 'Default configuration' and gmail shows our mails as not encrypted")
add("fr", "chatter", "KB-0012", SCF, "le paramètre enableTLS est à false par défaut dans serverConf.xml, est-ce que ça joue sur la délivrabilité ? on se demande si on doit l'activer globalement")
add("nl", "chatter", "KB-0012", SCF, "moet enableTLS in serverConf.xml aan staan? gmail geeft een rood slotje bij onze mails")
add("sv", "fence", "KB-0012", SCF, "```\n<smtp enableTLS=\"true\" maxSessionsPerChild=\"100\"/>\n```\nefter att vi slog på detta gick genomströmningen ner, är det normalt?")
add("it", "chatter", "KB-0012", SCF, "nelle regole MX il TLS è su 'Configurazione predefinita', cosa significa? enableTLS nel serverConf è false")

# ---------------------------------------------------------------- KB-0013 stat server / mta not starting
# The docs give no error message for this case (only "the mta will not start"), so the pastes are
# pdump output, watchdog lines and config snippets, never an invented error string.
add("en", "fence", "KB-0013", EDL, "```\n$ nlserver pdump\n09:14:02 > Application server for Adobe Campaign Classic (7.3.5 build 9368@a1b2c3d) of 12/03/2024\nsyslogd@default (1290) - 9.8 MB\ntrackinglogd@default (1302) - 20.1 MB\nwatchdog (1271) - 5.0 MB\nweb@prod (1410) - 280.4 MB\nwfserver@prod (1433) - 40.2 MB\ninMail@prod (1455) - 12.0 MB\n```\nno mta@prod and no stat@prod in there. deliveries sit 'in progress' with 0 sent since we rebuilt config-prod.xml")
add("en", "chatter", "KB-0013", EDL, "after the upgrade the mta module won't start at all, `nlserver start mta@prod` returns instantly and nothing in monitoring. statServerAddress is empty in config-prod.xml, is that it?")
add("fr", "chatter", "KB-0013", EDL, "le module mta ne démarre plus depuis qu'on a déplacé le serveur de stats sur une autre machine. dans config-prod.xml on a statServerAddress=\"emailStatServer:7777\" (copié de la doc je crois). le port 7777 UDP est ouvert")
add("nl", "fence", "KB-0013", EDL, "```xml\n<mta autoStart=\"true\" statServerAddress=\"\"/>\n```\nmta start niet meer na de migratie, is dit de reden?")
add("sv", "chatter", "KB-0013", EDL, "mta-modulen startar inte, statistikservern svarar inte på port 7777. vi har två instanser på samma maskin, ska båda köra stat?")
add("it", "log", "KB-0013", EDL, nllog([
    ("info", "Starting 'mta@camp_it' (command line: nlserver mta -instance:camp_it -noconsole)"),
    ("info", "Starting 'stat@camp_it' (command line: nlserver stat -instance:camp_it -noconsole)"),
    ("warning", "'mta@camp_it' (pid 24871) stopped, restarting in 10 seconds"),
    ("warning", "'mta@camp_it' (pid 24902) stopped, restarting in 10 seconds"),
], start="2025-01-21 22:10:44", pid="0000610C", tid="00006120", mod="watchdog") + "\nil modulo mta si ferma subito dopo l'avvio. dopo la migrazione nel config c'è <mta _autoStart=\"true\" statServerAddress=\"localhost\"/>, qualcuno sa?")
add("sv", "quote", "KB-0013", "kb/KB-0013", "> statServerAddress=\"myStatServer\"\nhaha vi hade kvar exemplet från dokumentationen i config-filen, därför startade inte mta:n. men vad ska det stå när stat kör på samma maskin?")

# ---------------------------------------------------------------- KB-0014 MX rule mistakes
add("en", "chatter", "KB-0014", EDL, "I added an MX rule with mask *.gmail.com but it never seems to apply, mails to gmail still use the generic rule. what am I doing wrong?")
add("fr", "chatter", "KB-0014", EDL, "j'ai modifié une règle MX (messages par heure) mais rien ne change, faut-il redémarrer le serveur de stats ou faire nlserver stat -reload ?")
add("nl", "chatter", "KB-0014", EDL, "onze MX regel voor *.outlook.com staat onder de algemene * regel in de lijst, maakt de volgorde uit?")
add("sv", "chatter", "KB-0014", EDL, "vi har 'Shared' avbockat på MX-regeln och tre IP:n, betyder det att gränsen gäller per IP? räknar vi fel på meddelanden per timme")
add("it", "chatter", "KB-0014", EDL, "ho impostato 10000 messaggi all'ora nella regola MX ma l'invio va a blocchi ogni 5 minuti, è normale?")

# ---------------------------------------------------------------- KB-0015 IP affinity
add("en", "chatter", "KB-0015", CDS, "deliveries using the 'marketing' affinity don't send anything at all, the rest works. checked serverConf and the IPAffinity name is 'Marketing' with a capital M, could that be it?")
add("fr", "fence", "KB-0015", CDS, "```xml\n<IPAffinity name=\"transac\">\n  <IP address=\"10.1.2.10\" publicId=\"1\" heloHost=\"mail1.exemple.fr\" includeDomains=\"\"/>\n</IPAffinity>\n```\nles diffusions avec l'affinité transac restent bloquées, le nom ne correspond pas à l'énumération ?")
add("nl", "crosslang", "KB-0015", CDS, "na het toevoegen van een IPAffinity in de config blijven leveringen met die affiniteit op 'Pending' staan, terwijl pdump gewoon mta@prod laat zien. andere leveringen gaan wel")
add("sv", "chatter", "KB-0015", CDS, "leveranser med IP-affinitet 'nyhetsbrev' fastnar, den finns i serverConf men inte i uppräkningen i konsolen. spelar det roll?")
add("it", "chatter", "KB-0015", CDS, "le consegne con affinità IP 'promo' non partono, nella enumerazione il nome è diverso da quello nel serverConf.xml. può essere quello?")

# ---------------------------------------------------------------- KB-0016 enhanced MTA
add("en", "chatter", "KB-0016", EMTA, "we moved to the Enhanced MTA last month, do the MX management rules still apply? our custom rule for yahoo seems ignored")
add("fr", "chatter", "KB-0016", EMTA, "depuis le passage au MTA amélioré les reprises ne suivent plus nos paramètres de diffusion, et la durée de validité est coupée à 3,5 jours. c'est normal ?")
add("nl", "chatter", "KB-0016", EMTA, "we zitten op de Enhanced MTA (useMomentum=true), gelden de MX regels en retry instellingen nog?")
add("sv", "chatter", "KB-0016", EMTA, "sedan vi bytte till Enhanced MTA ignoreras våra MX-regler, är det meningen?")
add("it", "chatter", "KB-0016", EMTA, "con l'MTA avanzato le regole MX non vengono più usate? e i tentativi di consegna?")

# ---------------------------------------------------------------- more seed coverage, multi-article
add("en", "chatter", Q + "|" + D, DTS, "in the delivery dashboard half the messages are pended, some say 'quotas met' and some say 'dynamic flow control'. which one should I worry about first?")
add("fr", "quote", Q, S_FR, "> Messages mis en file d'attente (quotas de connexion atteints)\n> Diffusion DM20977\nc'est le même souci que la semaine dernière, on avait ouvert un ticket ?")
add("sv", "chatter", Q, S_SV, "hur fixar man \"anslutningskvoter uppfylls\"? utskicket står still")
add("it", "fence", Q, S_EN, "```\nDeliveries failing with Error: Messages queued (connection quotas met)\n```\nsu più domini. da dove comincio?")
add("nl", "quote", D, "kb/KA-21165", "> Messages queued (dynamic flow control)\nwat moet ik hiermee? dit is 70% van onze fouten bij gmail")
add("en", "quote", D, "kb/KA-21165", "> Messages queued (dynamic flow control)\n> Messages queued (dynamic flow control)\nlol same. yahoo again. anyone figured out the backoff rules?")

# ---------------------------------------------------------------- long logs
def long_quota_log():
    doms = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "orange.fr", "free.fr", "web.de", "gmx.de", "libero.it", "icloud.com"]
    lines = [("info", "Delivery 'DM90312' : start of sending (642 118 messages)"),
             ("info", "Affinity 'default' : 4 public IPs available")]
    for i in range(24):
        d = doms[i % len(doms)]
        if i % 3 == 0:
            lines.append(("info", "Delivery 'DM90312' : %d messages sent to '%s'" % (1200 + 37 * i, d)))
        else:
            lines.append(("warning", "Messages queued (connection quotas met) - domain '%s', publicId %d" % (d, 1 + i % 4)))
    lines.append(("info", "Delivery 'DM90312' : 301 877 messages pending"))
    return nllog(lines, start="2024-10-15 08:00:01", pid="00003A70", tid="00003A88")
add("en", "log", Q, S_EN, "morning, this is what mta.log looks like since the Black Friday send started:\n" + long_quota_log() + "\nis this just the MX rules or should I call support?")

def long_flow_log():
    lines = []
    for i in range(18):
        ip = "198.51.100.%d" % (20 + i % 4)
        if i % 2 == 0:
            lines.append(("warning", "Session failed to 'mx%d.mail.icloud.com' (17.57.154.%d): 421 4.7.0 [CS01] Messages from %s temporarily deferred due to unexpected volume" % (i % 6 + 1, 30 + i, ip)))
        else:
            lines.append(("warning", "Messages queued (dynamic flow control) - domain 'icloud.com'"))
    lines.append(("info", "Delivery 'DM66002' : 54 310 messages pending"))
    return nllog(lines, start="2025-02-11 19:15:00", pid="000021F4", tid="00002208")
add("nl", "log", D, "kb/KA-21165", "hoi, kan iemand hier naar kijken? het gaat alleen om icloud.com\n" + long_flow_log())
add("sv", "log", Q, S_EN, "här är loggen från i natt:\n" + nllog([("info", "Delivery 'DM3021' : start of sending (98 400 messages)")] +
    [("warning", "Messages queued (connection quotas met) - domain '%s'" % d) for d in ["telia.com", "gmail.com", "hotmail.se", "outlook.com", "live.se", "bredband.net", "spray.se", "yahoo.se"] * 3] +
    [("info", "Delivery 'DM3021' : 61 220 messages pending")], start="2024-12-01 01:00:00", pid="00000F3C", tid="00000F40"))


# ---------------------------------------------------------------- additions after reading the content branches
add("sv", "smtp", "KB-0001", "kb-real/en/delivery/using/update-bounce-qualification.md", "550 5.1.1 <erik.berg@icloud.com>: user lookup success but no user record found\nmassor av dessa i morse, alla till icloud")
add("en", "bare", "KB-0011", EN_UDF, "Address in quarantine")
add("fr", "chatter", "KB-0011", FR_UDF, "pourquoi la moitié de ma cible est exclue avec « Adresse en quarantaine » à l'analyse ? elles étaient valides le mois dernier")
add("nl", "bare", "KB-0011", NL_UDF, "Adres in quarantaine")
add("en", "log", "KB-0007", "kb-real/en/delivery/using/sms-protocol.md", "SR Orangebox UNDELIV 027|#MESSAGE#\nSR Orangebox UNDELIV 027|#MESSAGE#\nthese come back for about 900 numbers and the log says Not connected / Ignored. will the numbers be quarantined?")
add("it", "smtp", "KB-0002", "kb/KB-0002", "552 5.2.2 Mailbox full\ncome vengono gestiti questi? ritentiamo?")
add("fr", "smtp", "KB-0004", "kb/KB-0004", "550 5.7.1 <p.leroy@laposte-demo.net>: Recipient address rejected: Inactive MailBox, not poped for more than 6 months")
add("nl", "log", "KB-0003|KB-0011", MXS_NL, nllog([
    ("warning", "Delivery 'DM30112' : DNS query failed for 'ziggo.nll'"),
    ("warning", "Delivery 'DM30112' : DNS query failed for 'kpnmial.nl'"),
    ("warning", "Delivery 'DM30112' : DNS query failed for 'hotmail.con'"),
], start="2024-10-02 09:41:00", pid="000043A8", tid="000043B0") + "\ntikfouten van klanten neem ik aan, maar gaan ze in quarantaine?")

add("fr", "chatter", "KB-0005", FR_UDF, "on a 2000 destinataires hotmail en « Refusés » après la campagne de mardi, c'est nos IP qui sont bloquées ?")

add("en", "chatter", "KA-22154|KB-0012", SCF, "since we flipped enableTLS to true on the mta, way more messages sit in 'Messages queued (connection quotas met)' and throughput halved. revert?")
add("sv", "crosslang", "KB-0012", "kb-real/en/technotes/using/eol-tls-support.md", "en kollega med gammal windows 7-dator får \"This page can't be displayed\" när hon öppnar Adobe-sidor, andra funkar. TLS?")
add("it", "fence", "KB-0015", CDS, "```xml\n<IPAffinity name=\"Newsletter\">\n  <IP address=\"10.0.4.21\" heloHost=\"mta1.esempio.it\" publicId=\"3\"/>\n</IPAffinity>\n```\nle consegne con tipologia 'newsletter' restano In attesa (Pending), le altre partono")

# harder forms: typos, case, Discord markup, someone else's console language
add("en", "chatter", Q, S_EN, "messages queued (conection quota met) on like every domain?? started after we added 2 new IPs yesterday")
add("en", "bare", Q, S_EN, "MESSAGES QUEUED (CONNECTION QUOTAS MET)")
add("en", "quote", D, "kb/KA-21165", "<@&1093381177012> 🔥 prod again\n> Messages queued (dynamic flow control)\ngmail + googlemail only. who's on call?")
add("fr", "bare", Q, S_FR, "messages mis en file d attente quotas de connexion atteint")
add("nl", "crosslang", Q, S_FR, "onze Franse collega's zien in hun console 'Messages mis en file d'attente (quotas de connexion atteints)', is dat hetzelfde als wat wij in het Engels zien?")
add("en", "crosslang", Q, S_SV, "our Stockholm team sent me a screenshot that says 'Meddelanden köas (anslutningskvoter uppfylls)', what is that in english and how do we fix it?")
add("it", "crosslang", D, "kb/KA-21165", "il collega francese mi gira questo: « Messages mis en file d'attente (contrôle de flux dynamique) », è lo stesso problema che abbiamo noi con hotmail?")
add("sv", "bare", D, "kb/KA-21165", "messages queued (dynamic flow control)")

def long_fr_log():
    def hms(i):
        t = 9 * 3600 + 10 * 60 + i * 13 + (i * i) % 5
        return "%02d:%02d:%02d" % (t // 3600, t // 60 % 60, t % 60)
    rows = []
    doms = ["orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "laposte.net", "gmail.com", "hotmail.fr", "yahoo.fr"]
    for i in range(34):
        d = doms[i % len(doms)]
        if i in (19, 20, 27):
            rows.append("18/03/2025 %s mta@crm_fr (41022) Diffusion 'DM77120' : Messages mis en file d'attente (contrôle de flux dynamique) domaine 'orange.fr'" % hms(i))
        elif i % 6 == 5:
            rows.append("18/03/2025 %s mta@crm_fr (41022) Diffusion 'DM77120' : session SMTP vers le MX de '%s' interrompue, nouvelle tentative" % (hms(i), d))
        else:
            rows.append("18/03/2025 %s mta@crm_fr (41022) Diffusion 'DM77120' : %d messages envoyés vers '%s'" % (hms(i), 150 + 11 * i, d))
    return "\n".join(rows)
add("fr", "log", D, "kb/KA-21165", "je colle les logs du MTA de ce matin, je ne sais pas quelle ligne compte :\n" + long_fr_log() + "\nla diffusion DM77120 n'avance plus que sur orange")

# near-misses with the same words outside Campaign
add("en", "negative", N, OWN, "sent an email to my landlord from my personal gmail and got '550 5.1.1 user unknown' back, did I type his address wrong?")
add("en", "negative", N, OWN, "RabbitMQ management UI shows 120k messages queued on orders.q and consumers can't keep up, prefetch settings?")
add("nl", "negative", N, OWN, "postqueue -p op mijn eigen postfix server staat vol met deferred mails, 'connection timed out', hoe flush ik die?")
add("sv", "negative", N, OWN, "min privata mejl studsar med 'mailbox full' när jag skickar till min mamma, kan jag göra något?")
add("it", "negative", N, OWN, "su Teams i messaggi restano 'in coda' e non vengono inviati, è un problema di rete?")
add("fr", "negative", N, OWN, "Kafka : le consumer lag explose sur le topic commandes, les messages s'accumulent en file d'attente")

# after reading KB-0006/0014/0016 on the content branches
add("en", "log", "KB-0006|KB-0011", "kb/KB-0006", nllog([
    ("warning", "Session failed to 'mx01.mail-demo-isp.de' (203.0.113.91): 421 4.4.2 mx01.mail-demo-isp.de Error: timeout exceeded"),
    ("warning", "Session failed to 'mx02.mail-demo-isp.de' (203.0.113.92): Unable to connect"),
], start="2024-08-05 17:45:10", pid="00005C30", tid="00005C3C") + "\nrecipients on that domain get 'Unreachable' as the reason, soft. will they end up in quarantine?")
add("it", "crosslang", "KB-0006", "kb/KB-0006", "molti destinatari di un provider locale hanno motivo 'Unreachable' e nel log mta vedo 'Unable to connect', il loro server è giù?")
add("nl", "chatter", "KB-0014|KA-22154", "kb/KB-0014", "we hebben de limiet in de MX regel voor gmail verdubbeld maar 'Messages queued (connection quotas met)' blijft gewoon terugkomen. wordt de regel wel herladen?")
add("en", "chatter", "KB-0014", "kb/KB-0014", "where in serverConf.xml are the MX limits (messages per hour etc.)? I grepped config-prod.xml and can't find them anywhere")
add("fr", "chatter", "KB-0016", EMTA, "on a arrêté une diffusion dans Campaign mais des destinataires l'ont quand même reçue, on est sur le MTA amélioré. c'est possible ?")
add("sv", "chatter", "KB-0016", EMTA, "alla meddelanden visar 'Sent' först och success-raten börjar på 100 % och sjunker sen under giltighetsperioden, varför? vi kör enhanced MTA")

# the fr doc labels are 'Refusés' and 'Inatteignable' (the brief's 'Refusé'/'Injoignable' are kept above as variants)
add("fr", "bare", "KB-0005", FR_UDF, "Refusés")
add("fr", "bare", "KB-0006", FR_UDF, "Inatteignable")

# Campaign errors that the bundled KB does not cover: must decline too (near-misses inside Campaign)
add("en", "negative", N, OWN, "16/05/2024 12:49:03    fileTransfer    Upload error in cURL\n16/05/2024 12:49:03    fileTransfer    Couldn't resolve host name\nsftp export workflow broke overnight")
add("fr", "negative", N, OWN, "comment on crée une page de destination (landing page) avec un formulaire d'inscription dans Campaign ?")
add("nl", "negative", N, OWN, "pipelined geeft 'Listener: JWT Token is empty. (iRc=16384)', hoe los ik dat op?")
add("sv", "negative", N, OWN, "hur lägger jag till ett eget fält i mottagarschemat nms:recipient?")
add("it", "negative", N, OWN, "i workflow restano in 'Start in progress', il modulo wfserver è fermo?")

# ---------------------------------------------------------------- negatives (must decline)
NEG = [
    ("en", "hi"), ("en", "thanks!"), ("en", "is the bot alive?"), ("en", "good morning everyone :)"),
    ("en", "my Gmail says my mailbox is full, how do I delete old mail?"),
    ("en", "Google Maps API quota exceeded for project 'storefinder', how do I raise the daily limit?"),
    ("en", "documents stuck in the printer queue on floor 3 again, anyone know how to clear the spooler?"),
    ("en", "outlook shows 'message queued' in my outbox and it never sends, its my personal laptop"),
    ("en", "our discord bot keeps hitting 429 Too Many Requests (rate limited), what's the global limit?"),
    ("en", "Exchange Online: messages stuck in the submission queue, Queue Viewer shows Retry. how to force resend?"),
    ("fr", "salut"), ("fr", "merci beaucoup !"), ("fr", "le bot est en vie ?"),
    ("fr", "ma boîte Gmail est pleine, comment je supprime les vieux mails avec pièces jointes ?"),
    ("fr", "la file d'attente de l'imprimante est bloquée, impossible d'annuler le document"),
    ("fr", "quota dépassé sur l'API Google Translate, on peut augmenter la limite gratuitement ?"),
    ("nl", "hoi"), ("nl", "bedankt!"), ("nl", "werkt de bot nog?"),
    ("nl", "mijn router thuis geeft een DNS fout, 'DNS_PROBE_FINISHED_NXDOMAIN' in chrome, hoe los ik dat op?"),
    ("nl", "mijn hotmail postvak is vol, hoe maak ik ruimte?"),
    ("nl", "printerwachtrij loopt vast bij grote pdf's, iemand een tip?"),
    ("sv", "hej"), ("sv", "tack så mycket!"), ("sv", "lever boten?"),
    ("sv", "min brevlåda på jobbet är full, outlook säger att jag inte kan skicka, hur arkiverar jag?"),
    ("sv", "vår discord-bot får rate limit hela tiden, hur många meddelanden per sekund får man skicka?"),
    ("sv", "skrivarkön är full av gamla jobb, hur tömmer jag den i windows 11?"),
    ("it", "ciao"), ("it", "grazie mille!"), ("it", "il bot è vivo?"),
    ("it", "la mia casella di posta gmail è piena, come faccio a liberare spazio?"),
    ("it", "quota superata sulle API di Google Maps, come aumento il limite giornaliero?"),
    ("it", "il router di casa non risolve i DNS, devo cambiare server DNS?"),
    ("it", "buon weekend a tutti! ci vediamo lunedì"),
]
for lang, q in NEG:
    add(lang, "negative", N, OWN, q)

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    n = write(os.path.join(here, "bundled.tsv"), "b", R)
    print("wrote", n)
