#!/usr/bin/env python3
"""Builds kb-real.tsv: queries against /work/shared/kb-real, expected = the page's exl-id.

Each positive names its target pages by path under help/ (exl-ids are the same in every language).
Where a query carries a distinctive string (`needle`), the builder greps the whole corpus and fails
if the pages containing it are not exactly the expected pages, so no correct page is left out.
"""
import collections, glob, os, re, sys
from tsvlib import write
from build_bundled import nllog

SHARED = os.environ.get("KBBOT_SHARED", "/work/shared")
KR = os.path.join(SHARED, "kb-real")

IDS = {}
TEXT = collections.defaultdict(dict)
for p in glob.glob(os.path.join(KR, "*", "**", "*.md"), recursive=True):
    lang, rest = os.path.relpath(p, KR).split(os.sep, 1)
    t = open(p, encoding="utf-8", errors="replace").read()
    m = re.search(r"^exl-id:\s*(\S+)", t[:6000], re.M)
    if m:
        IDS[rest] = m.group(1)
        TEXT[rest][lang] = t

def ids(*paths):
    return "|".join(IDS[p] for p in paths)

R, CHECKS = [], []
def add(lang, kind, paths, q, needle=None, src_lang=None):
    if paths is None:
        R.append((lang, kind, "NONE", "own", q)); return
    if isinstance(paths, str):
        paths = (paths,)
    sl = src_lang or ("en" if lang not in TEXT[paths[0]] else lang)
    src = "kb-real/%s/%s" % (sl, paths[0])
    R.append((lang, kind, ids(*paths), src, q))
    if needle:
        CHECKS.append((needle, set(paths), q[:40]))

PIPE = "integrations/using/pipeline-troubleshooting.md"
IMS = "integrations/using/ims-troubleshooting.md"
SFTP = "platform/using/sftp-server-usage.md"
DPT = "delivery/using/delivery-performance-troubleshooting.md"
FAQ = "delivery/using/deliverability-faq.md"
TMP = "production/using/temporary-files.md"
FTC = "production/using/failure-to-connect.md"
MFI = "production/using/modules-and-frequent-issues.md"
TLI = "production/using/tracking-logs-issues.md"
IDI = "production/using/image-display-issues.md"
ACS = "integrations/using/troubleshooting-the-acs-connector.md"
TERA = "installation/using/configure-fda-teradata.md"
WS = "configuration/using/about-web-services.md"
DOA = "configuration/using/data-oriented-apis.md"
EVD = "message-center/using/event-description.md"
MIGP = "migration/using/configuring-your-platform.md"
BUP = "production/using/build-upgrade.md"
UPG = "production/using/upgrading.md"
GEN = "migration/using/general-configurations.md"
TESTM = "migration/using/testing-the-migration.md"
SRVC = "installation/using/server-configuration.md"
URLP = "installation/using/url-permissions.md"
RN21 = "rn/using/release-2021.md"
UBQ = "delivery/using/update-bounce-qualification.md"
UB = "delivery/using/update-bounces.md"
MXS = "installation/using/using-mx-servers.md"
DFQ = "delivery/using/delivery-failures-quarantine.md"
SMS = "delivery/using/sms-protocol.md"
PTI = "production/using/performance-and-throughput-issues.md"
EOL = "technotes/using/eol-tls-support.md"
SDK = "delivery/using/integrating-campaign-sdk-into-the-mobile-application.md"
WFE = "production/using/workflow-execution.md"
LOGP = "production/using/log-precision.md"

# ------------------------------------------------------------------ pipeline
add("en", "log", PIPE, "pipelined died overnight, log below\n" + "\n".join([
    "2024-02-12T03:14:07.551Z\t41203\t41240\t1\terror\tlog\tListener: JWT Token is empty. (iRc=16384)",
    "2024-02-12T03:14:07.602Z\t41203\t41240\t1\terror\tlog\tUnknown authentication mode: 'Bearer realm=\"Adobe Analytics\"'. (iRc=-55)",
    "2024-02-12T03:14:07.602Z\t41203\t41240\t1\terror\tlog\tBAS-010007 Function not implemented (iRc=-55)",
    "2024-02-12T03:14:37.990Z\t41203\t41240\t1\twarning\tlog\tConnection seems to have been lost. Attempting to reconnect.",
    "2024-02-12T03:14:58.113Z\t41203\t41240\t1\terror\tlog\tINT-150012 The HTTP query returned a 'Forbidden' type error (403) (iRc=-53)",
    "2024-02-12T03:14:58.120Z\t41203\t41240\t1\terror\tlog\tError while authenticating: '{\"error\":\"This client: 8e41bb09c7-triggers-prod is no longer allowed to get access token.\"}' (iRc=16384)",
]), needle="is no longer allowed to get access token")
add("en", "bare", PIPE, "No task corresponds to the mask pipelined@acme_mkt", needle="No task corresponds to the mask")
add("nl", "crosslang", PIPE, "pipelined start niet meer, in de log: \"unable to read the token during authentication\". sleutel hebben we met puttygen gemaakt, kan dat het probleem zijn?")
add("sv", "crosslang", PIPE, "pipelined faller med \"the subject must be a valid organization or client\", var ska ImsOrgId stå?")
add("it", "crosslang", PIPE, "pipelined va in errore con 'invalid key' dopo che ho rigenerato la authPrivateKey, che formato deve avere?")
add("it", "chatter", PIPE, "pipelined è in esecuzione ma in Campaign non arriva nessun trigger, nella pagina di stato trigger-failures non è a zero. cosa controllo?")
add("fr", "bare", PIPE, "Pipelined en échec : '' aurait dû commencer par '[' ou '{' (iRc=16384)", needle="aurait dû commencer par")
add("sv", "log", PIPE, "2025-03-04T10:22:41.004Z\t9812\t9830\t1\terror\tlog\tINT-150012 The HTTP query returned a 'Forbidden' type error (403) (iRc=-53)\n2025-03-04T10:22:41.009Z\t9812\t9830\t1\terror\tlog\tError while authenticating: '{\"error\":\"This client: 3fa09e11d2-triggers-stage is no longer allowed to get access token.\"}' (iRc=16384)\nvad betyder det här? triggers från analytics kommer inte in")
add("nl", "chatter", PIPE, "triggers uit analytics komen pas na anderhalf uur binnen in campaign, is die vertraging normaal of zit er iets scheef in pipelined?")
add("en", "quote", PIPE, "> Pipelined fails with error \"No task corresponds to the mask pipelined@prod\"\nwe're on an old build, does it even support triggers?")

# ------------------------------------------------------------------ IMS
add("en", "bare", IMS, "Login does not have any right matching the expression", needle="Login does not have any right")
add("nl", "chatter", IMS, "na inloggen met mijn Adobe ID word ik gewoon naar de adobe.com pagina gestuurd in plaats van naar de console, wat is er mis met de IMS config?")
add("sv", "chatter", IMS, "kan inte logga in i klientkonsolen med Adobe ID längre, fönstret blir bara tomt. någon sa att man ska rensa webview2-cachen, var ligger den?")
add("it", "chatter", IMS, "nell'account esterno Adobe Marketing Cloud c'è il campo Product Context, che valore ci va? dma_campaign o dma_campaign_classic? il login IMS non funziona")
add("fr", "crosslang", IMS, "quand je me connecte avec mon Adobe ID j'ai le message \"Login does not have any right matching the expression\", c'est le masque d'association ?")
add("en", "chatter", IMS, "users can't even get to the Adobe ID login page from the campaign console, on-prem 7.3. where do I start?")

# ------------------------------------------------------------------ SFTP
add("en", "fence", SFTP, "```\n03/09/2024 06:00:12    fileTransfer    Upload error in cURL\n03/09/2024 06:00:12    fileTransfer    Couldn't resolve host name\n03/09/2024 06:00:12    fileTransfer    Starting transfer of '/usr/local/neolane/nl6/var/acme/export/Contacts' to 'sftp://sftp.partner-exchange.net/in/Contacts'\n```\nfilezilla connects fine from my laptop", needle="Couldn't resolve host name")
add("nl", "crosslang", SFTP, "file transfer activiteit in de workflow faalt met 'Couldn't resolve host name', met WinSCP lukt het wel")
add("sv", "chatter", SFTP, "sftp-överföringen i arbetsflödet misslyckas, lösenordet innehåller ett @ tecken, kan det vara därför?")
add("it", "log", SFTP, "12/11/2024 21:30:02    fileTransfer    Upload error in cURL\n12/11/2024 21:30:02    fileTransfer    Couldn't resolve host name\n12/11/2024 21:30:02    fileTransfer    1 file(s) to transfer\nil workflow di export si blocca qui, il server sftp risponde al ping")
add("fr", "crosslang", SFTP, "le workflow d'export plante avec \"Couldn't resolve host name\" sur l'activité transfert de fichier, alors que FileZilla marche depuis mon poste")

# ------------------------------------------------------------------ delivery performance troubleshooting (mid-sourcing 408)
add("en", "bare", DPT, "Error during the call of method 'AppendDeliveryPart' on the mid sourcing server: 'Communication error with the server: please check this one is correctly configured. Code HTTP 408 'Service temporarily unavailable'.", needle="AppendDeliveryPart")
add("nl", "crosslang", DPT, "sinds gisteren bij elke levering: \"Error during the call of method 'AppendDeliveryPart' on the mid sourcing server\" met HTTP 408. wat moeten we herstarten?")
add("it", "quote", DPT, "> Error during the call of method 'AppendDeliveryPart' on the mid sourcing server: 'Communication error with the server'\nsuccede su tutte le consegne da stamattina, architettura mid-sourcing")
add("sv", "chatter", DPT + "", "våra utskick går jättelångsamt sedan uppgraderingen, hur felsöker man leveransprestanda? tekniska arbetsflöden ser ok ut")
add("fr", "chatter", DPT, "diffusions très lentes depuis lundi, par où commencer pour diagnostiquer les performances d'envoi ?")

# ------------------------------------------------------------------ deliverability FAQ
add("en", "chatter", FAQ, "what does the error message 'quotas met' mean? is it config or reputation?", needle="quotas met")
add("nl", "chatter", FAQ, "we krijgen altijd exact dezelfde foutmelding bij één provider (t-online), is ons IP als fout gemarkeerd?")
add("sv", "crosslang", FAQ, "vad betyder 'quotas met' i leveransloggen? gränserna i MX-reglerna ser rimliga ut")
add("it", "chatter", FAQ, "differenza tra indirizzo in quarantena e in denylist? un cliente dice che non riceve più le nostre mail")
add("fr", "chatter", FAQ, "on a toujours le même message d'erreur pour un seul FAI (free.fr), que faut-il faire ?")

# ------------------------------------------------------------------ temporary files
add("en", "bare", TMP, "Unable to rename file '/tmp/tmp0031.tmp' to /usr/local/neolane/nl6/bin/..//var/acme_prod/mta/90412233.xml ;(errno=18, Invalid cross-device link) (iRc=-52)", needle="Invalid cross-device link")
add("nl", "log", TMP, nllog([("error", "Unable to rename file '/tmp/tmp0007.tmp' to /usr/local/neolane/nl6/bin/..//var/mkt/mta/20931877.xml ;(errno=18, Invalid cross-device link) (iRc=-52)")] * 3, start="2024-05-02 12:01:55", pid="00007A10", tid="00007A14") + "\nnet in productie gezet en nu dit in de leveringslogs")
add("sv", "crosslang", TMP, "efter flytten till ny server får vi 'errno=18, Invalid cross-device link' i leveransloggarna när filer ska flyttas från /tmp")
add("it", "fence", TMP, "```\nUnable to rename file '/tmp/tmp0102.tmp' to /usr/local/neolane/nl6/bin/..//var/prod_it/mta/55012876.xml ;(errno=18, Invalid cross-device link) (iRc=-52)\n```\n/tmp è su un disco diverso da /usr/local, c'entra?")
add("fr", "crosslang", TMP, "depuis la mise en prod on a dans les logs de diffusion \"Unable to rename file ... (errno=18, Invalid cross-device link)\", /tmp est sur une autre partition")

# ------------------------------------------------------------------ failure to connect
add("en", "chatter", FTC, "nobody can connect to the console this morning, `nlserver pdump` just says No tasks. what's the cleanest way to restart everything?")
add("nl", "chatter", FTC, "als ik /nl/jsp/logon.jsp open krijg ik een lege pagina, de console kan ook niet verbinden. welke module moet draaien?")
add("sv", "crosslang", FTC, "får ett Tomcat Java error när jag går till /nl/jsp/logon.jsp, konsolen kan inte ansluta till servern")
add("it", "chatter", FTC, "la console non si connette più al server, come verifico se il problema è il web server o Campaign? ssh funziona")
add("fr", "chatter", FTC, "impossible de se connecter à la console depuis ce matin, nlserver pdump renvoie No tasks, il faut relancer le watchdog ?")

# ------------------------------------------------------------------ modules and frequent issues
add("en", "chatter", MFI, "console and web connections both fail with some xtk:session error, which module should I check first?")
add("nl", "chatter", MFI, "sommige logs ontbreken in de logbestanden op de server, welke module schrijft die en op welke poort?")
add("sv", "chatter", MFI, "studsmejlen kommer inte längre in i Campaign, vilken modul ska jag kolla?")
add("it", "chatter", MFI, "non partono più email da ieri sera, quali moduli devo controllare sul server? mta e stat sembrano attivi")
add("fr", "chatter", MFI, "les mails de rebond ne sont plus remontés dans Campaign, c'est quel module qui lit la boîte de bounce ?")

# ------------------------------------------------------------------ tracking logs
add("en", "chatter", TLI, "tracking logs stopped coming in since yesterday's DNS change, opens and clicks are all zero for new deliveries")
add("nl", "chatter", TLI, "de trackinglogs komen niet meer door, geen clicks of opens sinds maandag. draait trackinglogd wel?")
add("sv", "chatter", TLI, "spårningsloggar (tracking) uppdateras inte längre, inga klick syns på nya utskick")
add("it", "chatter", TLI, "i log di tracciamento non arrivano più, aperture e clic fermi da due giorni. il workflow Tracking non dà errori")
add("fr", "chatter", TLI, "les logs de tracking ne remontent plus depuis la migration, aucune ouverture ni clic sur les dernières diffusions")

# ------------------------------------------------------------------ image display
add("en", "chatter", IDI, "images show as broken in the sent emails but look fine in the preview. we're mid-sourcing, where are the images supposed to be?")
add("nl", "chatter", IDI, "afbeeldingen worden niet weergegeven in de verzonden mail, in de proef ook niet. staan ze in de verkeerde map?")
add("sv", "chatter", IDI, "bilderna visas inte i utskicket hos mottagarna, i förhandsgranskningen funkar det")
add("it", "chatter", IDI, "le immagini nelle email inviate non si vedono, solo un riquadro vuoto. nel proof invece sì")
add("fr", "chatter", IDI, "les images ne s'affichent pas dans les emails reçus, alors qu'en prévisualisation tout est ok")

# ------------------------------------------------------------------ ACS connector
add("en", "log", ACS, nllog([("error", "PGS-220000 PostgreSQL error: ERROR: duplicate key value violates unique constraint \"nmstrackingurl_tagid\" DETAIL: Key (stagid) = (9f2c41ab) already exists."),
    ("error", "Error while executing the workflow '[ACS] Profile delivery log replication' (acsProfileDeliveryLogReplication)")], start="2024-08-14 02:15:09", pid="00002F40", tid="00002F44", mod="wfserver"), needle="nmstrackingurl_tagid")
add("nl", "chatter", ACS, "ontvangers die ik net in Campaign v7 heb aangemaakt zie ik niet in Campaign Standard via de ACS connector, hoe lang duurt de synchronisatie?")
add("sv", "chatter", ACS, "fick en notis om att ett synkroniseringsarbetsflöde för ACS-anslutningen är i feltillstånd, vad gör jag?")
add("it", "crosslang", ACS, "il workflow [ACS] Profile delivery log replication va in errore con PGS-220000 duplicate key value violates unique constraint \"nmstrackingurl_tagid\"")
add("fr", "chatter", ACS, "je n'arrive pas à modifier un profil dans Campaign Standard, il vient de Campaign v7 via le connecteur ACS. c'est normal ?")

# ------------------------------------------------------------------ Teradata FDA
add("en", "bare", TERA, "TIM-030008 Date '2': missing character(s) (iRc=-53)", needle="TIM-030008")
add("nl", "crosslang", TERA, "test van de teradata external account geeft ODB-240000 ODBC error: [Microsoft][ODBC Driver Manager] Data source name not found and no default driver specified. we gebruiken driver 16.20", needle="ODB-240000")
add("sv", "quote", TERA, "> TIM-030008 Date '2': missing character(s) (iRc=-53)\nfår det när jag testar anslutningen till teradata, LD_LIBRARY_PATH är satt tror jag")
add("it", "chatter", TERA, "collegamento FDA a Teradata su Windows: errore data source name not found and no default driver specified. il driver è installato")

# ------------------------------------------------------------------ SOAP / APIs
add("en", "fence", WS, "```xml\n<SOAP-ENV:Fault>\n  <faultcode>SOAP-ENV:Server</faultcode>\n  <faultstring>Error while executing 'Write' of the 'xtk:persist'.</faultstring>\n  <detail>ODBC error: [Microsoft][ODBC SQL Server Driver][SQL Server]Cannot insert duplicate key row in object 'XtkOption' with unique index 'XtkOption_name'. SQLSTate: 23000</detail>\n</SOAP-ENV:Fault>\n```", needle="XtkOption_name")
add("it", "crosslang", WS, "chiamata SOAP xtk:persist Write restituisce Cannot insert duplicate key row in object 'XtkOption' with unique index 'XtkOption_name', come leggo l'errore?")
add("sv", "fence", DOA, "```\nPostgreSQL error: ERROR:  duplicate key violates unique constraint \"nmsrecipient_id\"Impossible to save document of type 'Recipients (nms:recipient)'\n```\nvi skriver mottagare via API:t, varför klagar den på id?", needle="nmsrecipient_id")
add("en", "quote", DOA, "> duplicate key violates unique constraint \"nmsrecipient_id\"\ngetting this back from xtk:persist Write when creating recipients through the data API")
add("nl", "crosslang", EVD, "PushEvent naar nms:rtEvent geeft 'Invalid login or password. Connection denied.' terug, vanuit onze webshop", needle="Connection denied")
add("en", "fence", EVD, "```\n<faultstring xsi:type=\"xsd:string\">The XML SOAP message is invalid (service 'PushEvent', method 'nms:rtEvent').</faultstring>\n```\nour transactional event call started failing after the dev changed the payload", needle="SOAP message is invalid")

# ------------------------------------------------------------------ migration / upgrade
add("en", "log", MIGP, "2024-01-20 14:02:11.804Z B67B28C0 1 error log PostgreSQL error: ERROR: cannot alter type of a column used by a view or rule\n2024-01-20 14:02:11.804Z B67B28C0 1 error log SQL order 'ALTER TABLE NmcTrackingLogMessages ALTER COLUMN tsLog TYPE TIMESTAMPTZ' was not executed. (iRc=-2006)\nmigration from v6.1 stops here", needle="cannot alter type of a column")
add("nl", "crosslang", MIGP, "tijdens de migratie naar v7 krijg ik [PU-0006] Entity of type : 'nms:webApp' and Id 'taskOverview', expression '[SQLDATA[' was found. moet ik dat handmatig aanpassen?", needle="PU-0006")
add("it", "crosslang", MIGP, "durante la migrazione: 'cannot alter type of a column used by a view or rule' su NmcTrackingLogMessages, come si risolve?")
add("sv", "bare", MIGP, "[PU-0006] Entity of type : 'nms:webApp' and Id 'taskOverview', expression '[SQLDATA[' was found")
add("en", "log", (BUP, UPG, GEN), "after postupgrade:\n2024-06-11 22:40:19.749Z        00002E7A          1     info    log     acme instance, 3 warning(s) and 0 error(s) during the update.\n2024-06-11 22:40:19.749Z        00002E7A          1     warning log     The document with identifier 'deliveryValidation' and type 'nms:webApp' is in conflict with the new version.\ndo I need to merge this manually?", needle="is in conflict with the new version")
add("sv", "crosslang", (BUP, UPG, GEN), "efter uppgraderingen står det \"The document with identifier 'opensByUserAgent' and type 'xtk:report' is in conflict with the new version\", hur löser man konflikten?")
add("en", "bare", TESTM, "JST-310040", needle="JST-310040")
add("fr", "crosslang", TESTM, "pendant le test de la migration j'ai plein de warnings JST-310040, je peux les ignorer ?")
add("nl", "crosslang", (SRVC, URLP), "de logs staan vol met JST-310027 waarschuwingen sinds we urlPermission op warning hebben gezet", needle="JST-310027")
add("it", "bare", (SRVC, URLP), "JST-310027")

# ------------------------------------------------------------------ release notes 2021
add("en", "fence", RN21, "```\nIOB-090020 Error in SSL library: 'IOB-090013 error:14090086:SSL routines:ssl3_get_server_certificate:certificate verify failed (code 336134278)'\n```\nHTTP call from a JS activity in a workflow, the host has a port number in it", needle="IOB-090020")
add("sv", "crosslang", RN21, "JavaScript-aktiviteten i arbetsflödet gör ett HTTP-anrop och får IOB-090020 Error in SSL library ... certificate verify failed")
add("it", "bare", RN21, "XTK-170024 The temporary 'temp:deliveryEmail-all' schema is not defined in the current context", needle="XTK-170024")
add("nl", "crosslang", RN21, "The maximum number of connections has been reached (50) by connections pool 'nms:extAccount:acsDefaultRelayAccount' ... komt steeds terug, we gebruiken DisableFOH2=1", needle="maximum number of connections has been reached")
add("en", "log", RN21, nllog([("error", "There is no index on the sourceId field of the 'NmsTrackingLogRcp' table required for the current Web tracking mode. Please add this index.")], start="2023-03-02 04:10:00", pid="00001C3C", tid="00001C40", mod="wfserver") + "\ntracking workflow fails every 10 min with this", needle="no index on the sourceId field")

# ------------------------------------------------------------------ bounces (Apple/Gmail incident)
add("en", "smtp", (UBQ, UB), "550 5.1.1 'j.doe@icloud.com': user lookup success but no user record found.\nhundreds of valid icloud addresses got hard bounced and quarantined in one morning", needle="user lookup success")
add("nl", "smtp", (UBQ, UB), "550 5.1.1 <k.devries@me.com>: user lookup success but no user record found\ngeldige apple adressen staan nu in quarantaine, hoe krijgen we ze eruit?")
add("sv", "crosslang", (UBQ, UB), "massor av giltiga icloud-adresser hamnade i karantän med \"user lookup success but no user record found\", hur återställer vi dem?")
add("fr", "smtp", (UBQ, UB), "550 5.1.1 'c.martin@icloud.com': user lookup success but no user record found.\ndes adresses Apple valides sont passées en quarantaine, comment les remettre en état valide ?")
add("it", "chatter", (UBQ, UB), "per un problema globale di Apple molti indirizzi validi sono finiti in quarantena come hard bounce, come si aggiorna la qualificazione?")

# ------------------------------------------------------------------ MX servers bounce examples
add("en", "smtp", MXS, "550 5.2.2 User quota exceeded", needle="User quota exceeded")
add("nl", "smtp", MXS, "550 5.7.1 : Recipient address rejected: Inactive MailBox, not poped for more than 6 months\nwaarom is dit een zachte bounce?", needle="Inactive MailBox")
add("sv", "smtp", MXS, "421 4.16.55 [TS01] Messages from 203.0.113.44 temporarily deferred due to excessive user complaints", needle="4.16.55")
add("it", "crosslang", MXS, "nei log vedo 'DNS query failed for gmial.com' per alcuni destinatari, che tipo di errore è? soft?", needle="DNS query failed")
add("fr", "smtp", MXS, "421 4.16.55 [TS01] Messages from 192.0.2.77 temporarily deferred due to excessive user complaints\nça part en quarantaine ou pas ?")
add("en", "chatter", MXS, "what are the 6 throughput levels of the MX rules used during ramp-up, and what happens if we switch to Custom mode?")

# ------------------------------------------------------------------ delivery failures / quarantine
add("en", "chatter", DFQ, "addresses in quarantine with Mailbox full: do they come back to valid automatically after some days? cleanup workflow is running")
add("nl", "chatter", DFQ, "na hoeveel zachte fouten gaat een adres in quarantaine, en kan ik die drempel aanpassen?")
add("sv", "chatter", DFQ, "hur funkar karantän för SMS-nummer med standard-SMPP-kopplingen? var kvalificeras felen?")
add("it", "chatter", DFQ, "un indirizzo è in stato 'Con errori' dopo un soft bounce, dopo quanto torna valido?")
add("fr", "chatter", DFQ, "un destinataire est en quarantaine avec Boîte pleine, il redevient valide quand ?")

# ------------------------------------------------------------------ SMS protocol
add("en", "fence", SMS, "```\nid:4471209931 sub:001 dlvrd:000 submit date:2405141012 done date:2405141013 stat:UNDELIV err:034 Text:Your code is\n```\nhow does campaign decide if this SR is a hard or soft error? all our undelivered SMS end up as soft", needle="UNDELIV")
add("nl", "chatter", SMS, "sms met een emoji wordt opgesplitst in heel veel delen, iets met UCS-2 en 70 tekens?")
add("sv", "chatter", SMS, "SMPP-leverantören skickar SR med stat:REJECTD och egna felkoder, hur mappar man dem till hård/mjuk i Campaign?")
add("it", "chatter", SMS, "il connettore SMPP risponde con 'Message ID invalid' ai report di consegna, è normale?")

# ------------------------------------------------------------------ performance & throughput
add("en", "chatter", PTI, "delivery has been stuck in 'Personalization in progress' for 2 hours, 400k recipients", needle="Personalization in progress")
add("nl", "chatter", PTI, "ons MTA verstuurt veel minder per uur dan vorige maand, hoe groot mag een email eigenlijk zijn voor goede throughput?")
CDS = "installation/using/configure-delivery-settings.md"
add("it", "chatter", (PTI, CDS), "le email non partono più dopo che abbiamo cambiato il nome dell'affinità IP, il throughput è a zero")
add("sv", "chatter", (PTI, DPT), "leveranserna är väldigt långsamma och databasen verkar seg, var börjar man felsöka prestanda?")

# ------------------------------------------------------------------ TLS EOL
add("en", "chatter", EOL, "one of our operators gets 'This page can't be displayed' when opening Adobe pages from an old Windows 7 box, something about TLS 1.2?", needle="This page can't be displayed")
add("fr", "chatter", EOL, "fin du support TLS 1.0 et 1.1 : qu'est-ce qu'on doit mettre à jour côté postes clients ?")
add("it", "crosslang", EOL, "da un vecchio pc con Internet Explorer 11 ricevo 'Unable to connect to the service' sui servizi Adobe, è TLS 1.2?")

# ------------------------------------------------------------------ SDK
add("en", "chatter", SDK, "registerDeviceStatus returns ACCRegisterDeviceStatusFailureUnexpectedError in our iOS app, where does errorReason come from?")
add("sv", "crosslang", SDK, "iOS-appen får ACCRegisterDeviceStatusFailureConnectionIssue vid registrering mot Campaign, vad kan vara fel?")

# ------------------------------------------------------------------ workflows / logs
add("en", "chatter", WFE, "all my workflows are stuck in 'Start in progress' and never actually run")
add("nl", "chatter", WFE, "workflows blijven op 'Start in progress' staan, draait de wfserver module misschien niet?")
add("sv", "chatter", WFE, "arbetsflödena fastnar i 'Start in progress', vad ska jag kontrollera?")
add("it", "chatter", WFE, "i workflow restano in 'Start in progress' e non partono mai")
add("en", "chatter", LOGP, "how do I get more detailed logs out of the mta module? need to see what's happening before i open a ticket. -verbose? tracefilter?")
add("it", "chatter", LOGP, "come aumento il livello di log di un modulo nlserver? mi servono le query SQL (wdbc)")
add("nl", "chatter", LOGP, "hoe zet ik verbose logging aan voor de wfserver module zodat ik de SQL queries zie?")

# ------------------------------------------------------------------ long logs (mixed noise around a real signal)
def long_ftc_log():
    lines = []
    for i in range(14):
        lines.append(("info", "Client request from 10.12.4.%d (nlclient) : xtk:session#Logon" % (20 + i)))
        if i % 4 == 3:
            lines.append(("error", "Connection to the server failed. Check the URL http://campaign.acme-intra.local/nl/jsp/soaprouter.jsp"))
    return nllog(lines, start="2024-09-09 07:30:00", pid="0000133C", tid="00001340", mod="web")
add("en", "log", FTC, "monday morning fun. console connections failing for everyone, here's web.log:\n" + long_ftc_log() + "\n`nlserver pdump` on the app server -> No tasks")

def long_tmp_log():
    lines = []
    for i in range(22):
        if i % 5 == 0:
            lines.append(("error", "Unable to rename file '/tmp/tmp%04d.tmp' to /usr/local/neolane/nl6/bin/..//var/prod_se/mta/%d.xml ;(errno=18, Invalid cross-device link) (iRc=-52)" % (i, 71230000 + i)))
        else:
            lines.append(("info", "Delivery 'DM%d' : message %d prepared" % (5120, 1000 + i)))
    return nllog(lines, start="2025-04-01 08:05:00", pid="00000A20", tid="00000A24")
add("sv", "log", TMP, "hej, detta dyker upp i mta-loggen efter att vi satte upp nya servern:\n" + long_tmp_log())


# ------------------------------------------------------------------ round 2: email deliverability / stat / SMTP reports / more forms
EDL = "installation/using/email-deliverability.md"
SCF = "installation/using/the-server-configuration-file.md"
MON = "production/using/monitoring-processes.md"
SMSSEND = "delivery/using/sms-send.md"
add("en", "fence", EDL, "```xml\n<mta autoStart=\"true\" statServerAddress=\"\">\n```\nnlserver start mta@prod returns but the mta never shows up in pdump. is an empty statServerAddress the reason?")
add("nl", "chatter", EDL, "de mta module start niet na de migratie, statServerAddress is leeg in de config van de instantie. moet daar localhost in?")
add("it", "chatter", EDL, "ho cambiato una regola MX ma non viene applicata finché non riavvio. c'è un modo per ricaricarle senza perdere le statistiche? nlserver stat -reload?", needle="nlserver stat -reload")
add("sv", "chatter", EDL, "vår MX-regel för *.outlook.com används aldrig, mailen till hotmail.se följer den generella regeln. matchas masken mot domänen eller MX-värden?")
add("fr", "chatter", EDL, "on a mis 10000 messages/heure dans la règle MX mais l'envoi se fait par paliers toutes les 5 minutes, c'est le comportement normal ?")
add("en", "chatter", MON, "the SMTP errors per domain report is completely empty even though we clearly have bounces. minErrorsToLog is default. what feeds that report?")
add("sv", "chatter", MON, "hur läser man rapporten SMTP errors per domain? vad betyder kolumnerna Cnx och Volume, och vad är PublicId?")
add("it", "chatter", MON, "dove trovo il report degli errori SMTP per dominio e cosa indica la colonna 'Last response'?")
add("nl", "chatter", (SCF, EDL), "wat is de standaardwaarde van maxWaitingMessages en maxWorkingSetMb voor mtachild in serverConf.xml?", needle="maxWaitingMessages")
add("en", "chatter", (SRVC, SCF), "is TLS on for outgoing email by default? where do I set enableTLS for the MTA and will it slow us down?")
add("fr", "chatter", (SRVC, SCF), "le MTA n'utilise pas TLS par défaut ? où se règle enableTLS et est-ce que ça ralentit les envois ?")
add("en", "chatter", SMS + "", "our SMS fail with failure reason 'SMS too long' even though the template allows 3 parts, personalised names are long. where is the max number of SMS per message set?", needle="SMS too long")
add("it", "quote", SMS, "> SMS too long\nmotivo di errore su parte degli sms, dove si imposta il numero massimo di SMS per messaggio?")

# more bare / quote / fence forms for existing targets
add("nl", "bare", TERA, "TIM-030008 Date '2': missing character(s) (iRc=-53)")
add("it", "bare", TMP, "Unable to rename file '/tmp/tmp0440.tmp' to /usr/local/neolane/nl6/bin/..//var/mkt_it/mta/31877650.xml ;(errno=18, Invalid cross-device link) (iRc=-52)")
add("sv", "bare", SFTP, "Couldn't resolve host name")
add("nl", "bare", EVD, "Invalid login or password. Connection denied.")
add("sv", "quote", IMS, "> Login does not have any right matching the expression\nfår det här direkt efter Adobe ID-inloggningen, operatörsgruppen finns i Enterprise Dashboard")
add("it", "fence", PIPE, "```\n2024-07-02T11:05:40.218Z\t18821\t18840\t1\terror\tlog\tListener: JWT Token is empty. (iRc=16384)\n2024-07-02T11:05:40.300Z\t18821\t18840\t1\terror\tlog\tBAS-010007 Function not implemented (iRc=-55)\n```\npipelined non parte più dopo il rinnovo delle credenziali")
add("nl", "fence", DOA, "```\n<faultstring xsi:type=\"xsd:string\">Error while executing the method 'Write' of service 'xtk:persist'.</faultstring>\n<detail xsi:type=\"xsd:string\">PostgreSQL error: ERROR:  duplicate key violates unique constraint &quot;nmsrecipient_id&quot;Impossible to save document of type 'Recipients (nms:recipient)'</detail>\n```")
add("en", "quote", TMP, "> ;(errno=18, Invalid cross-device link) (iRc=-52)\nwe moved /tmp to tmpfs last week, related?")
add("sv", "fence", ACS, "```\nPGS-220000 PostgreSQL error: ERROR: duplicate key value violates unique constraint \"nmstrackingurl_tagid\" DETAIL: Key (stagid) = (77ab0c3e) already exists.\n```\nkommer från [ACS] Profile delivery log replication varje natt")
add("it", "log", (BUP, UPG, GEN), "2025-01-08 23:12:04.749Z        00003B10          1     info    log     prod_it instance, 2 warning(s) and 0 error(s) during the update.\n2025-01-08 23:12:04.750Z        00003B10          1     warning log     Document of identifier 'nms:includeView' and type 'xtk:srcSchema' updated in the database and found in the file system. You will have to merge the two versions to avoid losing data.\ndopo l'aggiornamento del build, cosa devo fare?")
add("fr", "smtp", MXS, "550 5.7.1 : Recipient address rejected: Inactive MailBox, not poped for more than 6 months\npourquoi c'est classé en soft ?")
add("fr", "crosslang", DPT, "en mid-sourcing toutes les diffusions échouent avec \"Error during the call of method 'AppendDeliveryPart' on the mid sourcing server\" et un code HTTP 408")
add("fr", "chatter", TLI, "le module trackinglogd tourne-t-il encore ? plus aucune donnée de tracking depuis le changement de certificat sur le serveur de redirection")
add("fr", "crosslang", MFI, "impossible de se connecter ni à la console ni au web, on a une erreur de type xtk:session, quel module vérifier ?")
add("en", "quote", FTC, "> The command nlserver pdump returns No tasks\nyep that's us right now, whole instance is down")

# a long mixed log: mta noise plus the real cause (temporary files)
def long_mixed_log():
    rows = []
    for i in range(30):
        if i == 17:
            rows.append(("error", "Unable to rename file '/tmp/tmp0917.tmp' to /usr/local/neolane/nl6/bin/..//var/acme_prod/mta/88120031.xml ;(errno=18, Invalid cross-device link) (iRc=-52)"))
        elif i % 7 == 3:
            rows.append(("warning", "Delivery 'DM%d' : preparation of part %d delayed" % (99120, i)))
        else:
            rows.append(("info", "Delivery 'DM%d' : %d messages prepared by mtachild@acme_prod" % (99120, 500 * (i + 1))))
    return nllog(rows, start="2024-11-29 05:58:00", pid="00004410", tid="00004418")
add("en", "log", TMP, "pasting the last 30 lines of mta.log, delivery DM99120 is stuck at 'Start pending'. not sure which line matters\n```\n" + long_mixed_log() + "\n```")

# more negatives: other products' errors and near-misses
add("en", "negative", None, "Google Maps Platform: 'You have exceeded your daily request quota for this API.' how do I enable billing?")
add("fr", "negative", None, "Outlook me dit « message en file d'attente » dans ma boîte d'envoi perso, il ne part jamais")
add("nl", "negative", None, "Exchange wachtrij zit vol met berichten naar één domein, hoe forceer ik opnieuw proberen in de Queue Viewer?")
add("sv", "negative", None, "java.lang.OutOfMemoryError: Java heap space i vår Jenkins-byggserver, hur höjer jag -Xmx?")
add("it", "negative", None, "Windows mi dà schermata blu CRITICAL_PROCESS_DIED all'avvio")
add("fr", "negative", None, "salut le bot, tu parles français ?")


# ------------------------------------------------------------------ round 3: SMS troubleshooting, seed error against kb-real
TSMS = "delivery/using/troubleshooting-sms.md"
add("en", "chatter", TSMS, "customers receive the same SMS twice, exactly 60 seconds apart. provider says it's us")
add("nl", "crosslang", TSMS, "de BIND PDU naar onze SMS provider komt terug met een command_status die niet 0 is, wat nu?")
add("sv", "log", TSMS, nllog([
    ("warning", "SMPP connection 'smpp-gw2.telco-demo.net:2775' : no ENQUIRE_LINK_RESP received within 30 s, closing"),
    ("info", "SMPP connection 'smpp-gw2.telco-demo.net:2775' : BIND_TRANSCEIVER sent"),
    ("warning", "SMPP connection 'smpp-gw2.telco-demo.net:2775' : UNBIND received from provider"),
    ("info", "SMPP connection 'smpp-gw2.telco-demo.net:2775' : BIND_TRANSCEIVER sent"),
], start="2024-04-17 16:20:05", pid="00002A2C", tid="00002A30") + "\nanslutningen till sms-leverantören går ner flera gånger i timmen, är det vi eller de?")
add("it", "chatter", (TSMS, SMS), "gli sms con apostrofi e virgolette copiati da Word arrivano con caratteri strani sul telefono, problema di codifica?")
add("fr", "chatter", TSMS, "comment activer les traces SMPP pour voir ce qu'on envoie au fournisseur SMS ?")
add("en", "chatter", TSMS, "what's the difference between SMS status 'Sent', 'Sent to the provider' and 'Received on mobile'? lots of ours stay on Sent")
add("sv", "chatter", TSMS, "vi har två externa SMS-konton mot samma leverantör och konstiga fel, kan de krocka med varandra?")
add("it", "quote", TSMS, "> Sent to the Provider\nmetà degli sms restano in questo stato, il provider non risponde con SUBMIT_SM_RESP?")
add("nl", "chatter", TSMS, "sms'jes blijven op 'Verzonden' staan en worden nooit 'Ontvangen op mobiel', ligt dat aan de SR?")
add("en", "bare", FAQ, "Messages queued (connection quotas met)")
add("it", "crosslang", FAQ, "che cosa significa 'Messages queued (connection quotas met)'? è configurazione o reputazione degli IP?")

# ------------------------------------------------------------------ negatives
NEG = [
    ("en", "hello bot"), ("en", "ty, much appreciated"),
    ("en", "kubectl get pods shows CrashLoopBackOff for my nginx deployment, back-off restarting failed container"),
    ("en", "Traceback (most recent call last):\n  File \"etl.py\", line 42, in <module>\n    df = pd.read_csv(path)\nFileNotFoundError: [Errno 2] No such file or directory: 'export.csv'"),
    ("en", "my windows laptop blue screened with STOP code 0x0000007E SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, any idea?"),
    ("en", "ORA-12154: TNS:could not resolve the connect identifier specified -- this is from our SAP BW box, nothing to do with campaign"),
    ("en", "anyone know a good vegetarian place near the office for friday lunch?"),
    ("fr", "bonjour tout le monde"), ("fr", "merci, bonne journée !"),
    ("fr", "mon imprimante HP affiche 'erreur de file d'attente', comment je la réinitialise ?"),
    ("nl", "goedemorgen!"), ("nl", "dank je wel"),
    ("nl", "docker compose up faalt met 'port is already allocated' op mijn laptop"),
    ("nl", "mijn iPhone zegt 'iCloud-opslag vol', hoe krijg ik ruimte?"),
    ("nl", "Excel geeft #VERWIJZING! fout in mijn draaitabel, hoe los ik dat op?"),
    ("sv", "hej allihopa"), ("sv", "tack för hjälpen!"),
    ("sv", "Error: listen EADDRINUSE: address already in use :::3000 när jag startar node-appen"),
    ("sv", "teams kraschar hela tiden på min mac, någon annan?"),
    ("sv", "git push ger 'rejected - non-fast-forward', hur löser jag det?"),
    ("it", "buongiorno a tutti"), ("it", "grazie, risolto!"),
    ("it", "Spotify mi dice 'errore 17' quando lo installo su windows"),
    ("it", "il bot funziona ancora?"),
    ("it", "kubernetes: ImagePullBackOff sul pod del frontend, il registry richiede autenticazione"),
    ("it", "la stampante dell'ufficio ha la coda di stampa bloccata"),
]
for lang, q in NEG:
    add(lang, "negative", None, q)


def check_needles():
    bad = 0
    for needle, paths, label in CHECKS:
        found = {rest for rest, bylang in TEXT.items() if any(needle in t for t in bylang.values())}
        # pages sharing an exl-id count as one answer
        if {IDS[p] for p in found} != {IDS[p] for p in paths}:
            print("NEEDLE MISMATCH %r (%s): expected %s found %s" % (needle, label, sorted(paths), sorted(found)))
            bad += 1
    return bad


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    bad = check_needles()
    print("wrote", write(os.path.join(here, "kb-real.tsv"), "r", R), "needle checks:", len(CHECKS), "mismatches:", bad)
    sys.exit(1 if bad else 0)
