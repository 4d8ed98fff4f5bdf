#!/usr/bin/env python3
"""Held-out set "everyday pastes": what operators paste most into kbbot.

Provider bounce replies, bare SMTP codes, Campaign mta/mtachild/stat log lines, info-only
logs (decline), multi-error pastes, pasted article ids, plain questions and small talk,
in en, fr, nl, sv, it. Written without looking at the matcher.

    python3 build_everyday.py && python3 validate.py holdout-everyday.tsv
"""
import os
from tsvlib import write

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = []


def R(lang, kind, expected, source, query):
    ROWS.append((lang, kind, expected, source, query))


# --------------------------------------------------------------------------- en
R("en", "smtp", "KB-0001", "gmail bounce", """got this for a bunch of gmail addresses in yesterday's newsletter, what does it mean?

550-5.1.1 The email account that you tried to reach does not exist. Please try
550-5.1.1 double-checking the recipient's email address for typos or
550-5.1.1 unnecessary spaces. For more information, go to
550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d2-20020a05600c4c02b0040e3a1c2c5esi1234567wmq.12 - gsmtp""")
R("en", "smtp", "KB-0002", "gmail bounce", """452-4.2.2 The recipient's inbox is out of storage space. Please direct the
452-4.2.2 recipient to
452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp q7-20020a170902dac700b001d4c3a2f8aasi8812345plq.301 - gsmtp""")
R("en", "smtp", "KB-0005", "outlook.com bounce", """hotmail is rejecting everything since this morning:
550 5.7.1 Unfortunately, messages from [198.51.100.23] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF00012345.eurprd05.prod.outlook.com 2024-05-14T08:21:07.331Z 08DC7365A1B2C3D4]""")
R("en", "smtp", "KB-0006", "yahoo deferral; KB-0006 lists 421 complaint deferrals", """yahoo keeps deferring us, any idea?
421 4.7.0 [TSS04] Messages from 203.0.113.45 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes""")
R("en", "smtp", "KB-0001", "yahoo bounce", """554 delivery error: dd This user doesn't have a yahoo.com account (j.doe1987@yahoo.com) [0] - mta4012.mail.gq1.yahoo.com""")
R("en", "smtp", "KB-0004", "gmail bounce (disabled account)", """what's the difference with user unknown here?
550-5.2.1 The email account that you tried to reach is disabled. Learn more at
550 5.2.1  https://support.google.com/mail/?p=DisabledUser z12si4455667wrb.301 - gsmtp""")
R("en", "smtp", "KB-0001", "office 365 NDR", """Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
Original message headers: ... To: <a.martin@contoso-retail.com>""")
R("en", "bare", "KB-0001", "smtp code", "550 5.1.1")
R("en", "bare", "KB-0006", "smtp code", "421 4.4.2 ??")
R("en", "log", "KB-0013", "kb/en/KB-0013 symptoms (empty statServerAddress)", """mta won't come up after the upgrade. mta.log:
2024-03-04 10:12:01.123Z  00001A2B  00001A2C  1  info   mta  Starting 'mta@prod' module.
2024-03-04 10:12:01.140Z  00001A2B  00001A2C  1  error  mta  Unable to connect to statistics server: address of the statistics server not specified (mta@statServerAddress).
2024-03-04 10:12:01.141Z  00001A2B  00001A2C  1  error  mta  MTA-480021 Unable to start the 'mta' module.""")
R("en", "log", "KA-22154", "kb/en/KA-22154 symptoms", """delivery DM4521 has been 'in progress' for 6 hours, the log is full of these:
04/03/2024 14:05:11  Pending  Messages queued (connection quotas met)  jane.roe@outlook.com
04/03/2024 14:05:11  Pending  Messages queued (connection quotas met)  p.smith@hotmail.com
04/03/2024 14:05:12  Pending  Messages queued (connection quotas met)  lisa88@live.com""")
R("en", "log", "KB-0003", "campaign mtachild log", """2024-06-11 09:41:53.502Z  00003F10  00003F14  1  warning  mtachild  DNS query failed for 'gmial.com'
2024-06-11 09:41:53.503Z  00003F10  00003F14  1  warning  mtachild  DNS query failed for 'hotnail.fr'""")
R("en", "log", "KB-0015", "kb/en/KB-0015 symptoms (mid-sourcing)", """mid sourcing delivery failed right away, error in the delivery audit:
The ipaffinity emea_promo is not found on mid server mid-prod-02""")
R("en", "fence", "KB-0012", "smtp 530 STARTTLS required; KB-0012 explains enableTLS default false", """```
2024-02-19 16:30:44.019Z  00002C01  00002C07  1  error  mtachild  Message 88213 to 'orders@secure-bank.example': 530 5.7.0 Must issue a STARTTLS command first
```
receiver says they only accept encrypted mail, why aren't we using tls?""")
R("en", "multi", "KA-22154|KA-21165", "kb/en/KA-22154 + KA-21165 symptoms", """2 statuses all over the place on our black friday send:
Messages queued (connection quotas met)
Messages queued (dynamic flow control)
which one do I fix first?""")
R("en", "multi", "KB-0001|KB-0002|KB-0006", "gmail, gmx, outlook bounces", """broadcast log excerpt:
550-5.1.1 The email account that you tried to reach does not exist. - gsmtp
552 5.2.2 Mailbox full
421 4.4.2 mx3.example-isp.net Error: timeout exceeded""")
R("en", "id", "KA-22154", "article id", "KA-22154")
R("en", "id", "KA-21165", "article id", "see KA-21165, still have the issue")
R("en", "chatter", "KB-0011", "kb/en/KB-0011 topic", "why did this address end up in quarantine? it was fine last month and the customer says they get our mails")
R("en", "chatter", "KB-0014|KA-22154", "kb/en/KB-0014 (gmail mask)", "how do i raise the gmail throughput? i already changed the *.gmail.com MX rule to 40000/h and nothing happened")
R("en", "chatter", "KB-0016", "kb/en/KB-0016 symptoms", "we're on the enhanced mta, everything shows Sent at first and then 2 days later loads of them flip to Failed. is that normal?")
R("en", "quote", "KB-0008", "kb/en/KB-0008 symptoms", "SMS campaign: around 300 recipients failed with 'SMS too long', the rest went out. the text has the first name + a promo link")
R("en", "log", "KB-0006", "campaign mtachild log (connection refused)", """2024-07-02 03:15:27.884Z  00004411  00004415  1  error  mtachild  Unable to connect to 'mx1.mail.example-isp.com' (192.0.2.80:25): Connection refused
2024-07-02 03:15:57.902Z  00004411  00004415  1  error  mtachild  Unable to connect to 'mx2.mail.example-isp.com' (192.0.2.81:25): Connection timed out""")
R("en", "log", "KA-21165", "kb/en/KA-21165 symptoms", "delivery log says 'Messages queued (dynamic flow control)' for orange.fr and wanadoo.fr only, everything else is delivered")
R("en", "negative", "NONE", "own (small talk)", "hi there")
R("en", "negative", "NONE", "own (small talk)", "thanks, that helped!")
R("en", "negative", "NONE", "own (info-only log)", """is this ok?
2024-03-04 10:12:01.123Z  00001A2B  00001A2C  1  info  mta  Starting 'mta@prod' module.
2024-03-04 10:14:22.611Z  00001A2B  00001A30  1  info  mta  Message 1204 sent to 'marc.l@example.org'.
2024-03-04 10:14:22.634Z  00001A2B  00001A30  1  info  mta  Message 1205 sent to 'info@example.net'.""")
R("en", "negative", "NONE", "own; SMTP AUTH failure: no bundled article covers relay authentication", """our relay started refusing us:
535 5.7.3 Authentication unsuccessful [DB8PR06CA0012.eurprd06.prod.outlook.com]""")
R("en", "negative", "NONE", "own; database login failure: no bundled article covers DB credentials", """2024-04-09 07:00:03.410Z  000012A0  000012A0  1  error  mta  PGS-220000 PostgreSQL error: FATAL:  password authentication failed for user "neolane"
2024-04-09 07:00:03.411Z  000012A0  000012A0  1  error  mta  Cannot connect to database 'nl_prod'""")
R("en", "negative", "NONE", "own (off-topic: workflow scheduling)", "how do i make a workflow run every monday at 7am?")
R("en", "negative", "NONE", "own (small talk)", "are you alive?")
R("en", "negative", "NONE", "own (file transfer, not covered)", "file transfer activity fails in my workflow with 'Couldn't connect to server' on the sftp host, any idea?")
R("en", "negative", "NONE", "own (small talk)", "ok bye, have a good weekend")

# --------------------------------------------------------------------------- fr
R("fr", "smtp", "KB-0006", "orange deferral (421 OFR004_104)", """j'ai ça depuis ce matin sur tous les orange.fr :
421 mwinf5c12 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR004_104 [104]""")
R("fr", "smtp", "KB-0001", "orange bounce (invalid recipient)", """550 5.1.1 <m.dupont@wanadoo.fr>: Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]""")
R("fr", "smtp", "KB-0001", "postfix user unknown (free.fr)", """un client dit qu'il ne reçoit rien, on a ça dans les logs :
550 5.1.1 <claire.b@free.fr>: Recipient address rejected: User unknown in virtual mailbox table""")
R("fr", "smtp", "KB-0002", "orange bounce (mailbox full)", """552 5.2.2 <jp.martin@orange.fr>: Boite du destinataire pleine. Recipient mailbox full. OFR_417 [417]""")
R("fr", "smtp", "KB-0005", "sfr style policy reject", """toutes nos diffs vers sfr.fr tombent en Refusés, le message :
554 5.7.1 <smtp-in.sfr.fr>: Client host rejected: Access denied, IP 198.51.100.77 listed""")
R("fr", "smtp", "KB-0001", "outlook.com bounce", """c'est quoi ce retour hotmail ?
550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [VI1EUR04FT012.eop-eur04.prod.protection.outlook.com]""")
R("fr", "smtp", "KB-0005", "gmail bounce (auth checks); KB-0005 names SPF/DKIM/DMARC", """gmail nous rejette depuis qu'on a changé de domaine d'envoi :
550-5.7.26 This mail has been blocked because the sender is unauthenticated.
550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.
550 5.7.26  https://support.google.com/mail/answer/81126#authentication a1si22334455ejc.511 - gsmtp""")
R("fr", "bare", "KB-0002", "smtp code", "552 5.2.2")
R("fr", "bare", "KB-0005", "smtp code", "554 5.7.1 ça veut dire quoi")
R("fr", "log", "KB-0003", "campaign mtachild log", """bonjour, dans le log de la diffusion :
2024-09-23 11:02:45.771Z  00005D02  00005D09  1  warning  mtachild  DNS query failed for 'gmial.fr'
l'adresse est passée en 'Avec erreurs', normal ?""")
R("fr", "log", "KB-0006", "campaign mtachild log (timeout)", """2024-09-23 11:05:10.044Z  00005D02  00005D0B  1  error  mtachild  Unable to connect to 'mx.laposte.example' (192.0.2.140:25): Connection timed out
toutes les adresses de ce domaine sont en Inatteignable""")
R("fr", "log", "KB-0013", "kb/en/KB-0013 symptoms (pdump without mta)", """le mta ne démarre plus, voilà le pdump :
$ nlserver pdump
HH:MM:SS > Application server for Adobe Campaign Classic (7.3.5 build 9368) of 21/02/2024
web@default (8713) - 151.2 MB
wfserver@prod (8790) - 42.0 MB
syslogd@default (8652) - 8.1 MB
inMail@prod (8801) - 30.4 MB""")
R("fr", "log", "KB-0013", "kb/en/KB-0013 (statServerAddress placeholder)", """2024-01-15 08:00:12.332Z  00000F21  00000F21  1  error  mta  Unable to connect to statistics server 'myStatServer:7777'
2024-01-15 08:00:12.333Z  00000F21  00000F21  1  error  mta  The 'mta' module could not be started.
on a copié la conf de la doc, c'est grave ?""")
R("fr", "quote", "KA-22154", "kb/fr/KA-22154 symptoms", "la diffusion est bloquée avec plein de 'Messages mis en file d'attente (quotas de connexion atteints)' sur gmail.com")
R("fr", "quote", "KA-21165", "kb/en/KA-21165 symptoms", "pourquoi j'ai 'Messages queued (dynamic flow control)' uniquement pour laposte.net ??")
R("fr", "multi", "KB-0001|KB-0003", "campaign delivery log", """extrait des logs de diffusion :
Échec  Hard  Utilisateur inconnu  550 5.1.1 <x.leroy@example.fr>: Recipient address rejected: User unknown
Échec  Soft  Domaine invalide     DNS query failed for 'exemple-mail.frr'""")
R("fr", "multi", "KB-0013|KB-0015", "kb/en/KB-0013 + KB-0015", """deux erreurs après la migration :
2024-05-02 09:00:01.002Z  00000A10  00000A10  1  error  mta  Unable to connect to statistics server (localhost:7777)
2024-05-02 09:03:44.870Z  00000A10  00000A15  1  error  mta  The ipaffinity transac is not found on mid server mid01""")
R("fr", "id", "KB-0003", "article id", "KB-0003 c'est le bon article pour ça ?")
R("fr", "id", "KA-22154", "article id", "j'ai lu KA-22154 mais toujours pareil")
R("fr", "chatter", "KB-0015", "kb/en/KB-0015 symptoms", "la diffusion reste en attente depuis qu'on a choisi une affinité IP dans la typologie, les autres partent bien")
R("fr", "chatter", "KB-0002|KB-0011", "kb/en/KB-0002 resolution (retry/quarantine)", "les adresses en boîte pleine, elles passent en quarantaine au bout de combien de tentatives ?")
R("fr", "chatter", "KB-0012", "kb/en/KB-0012 symptoms", "on a mis enableTLS à true sur le serveur et depuis les envois sont beaucoup plus lents")
R("fr", "quote", "KB-0007", "kb/en/KB-0007 symptoms", "campagne SMS : des lignes en échec avec la raison 'Non connecté', type Ignoré. on doit faire quelque chose ?")
R("fr", "negative", "NONE", "own (small talk)", "bonjour !")
R("fr", "negative", "NONE", "own (small talk)", "merci beaucoup, bonne journée")
R("fr", "negative", "NONE", "own (info-only log)", """tout va bien là ?
2024-10-01 06:00:00.118Z  00002210  00002210  1  info  mta  Starting 'mta@marketing' module.
2024-10-01 06:00:42.502Z  00002210  00002214  1  info  mta  Message 40211 sent to 'sophie.r@example.fr'.
2024-10-01 06:00:42.517Z  00002210  00002214  1  info  mta  Message 40212 sent to 'contact@example.com'.""")
R("fr", "negative", "NONE", "own; gmail SMTP AUTH failure: no bundled article covers relay credentials", """on envoie les BAT via un relais gmail et ça plante :
535-5.7.8 Username and Password not accepted. Learn more at
535 5.7.8  https://support.google.com/mail/?p=BadCredentials m12sm3344556wrx.1 - gsmtp""")
R("fr", "negative", "NONE", "own (off-topic: csv export)", "comment exporter une liste de destinataires en csv depuis un workflow ?")
R("fr", "negative", "NONE", "own (schema extension, not covered)", "je dois ajouter un champ 'date de fidélité' sur nmsRecipient, je fais comment l'extension de schéma ?")
R("fr", "negative", "NONE", "own (small talk)", "t'es là ?")
R("fr", "negative", "NONE", "own (small talk)", "ok merci, à plus")
R("fr", "negative", "NONE", "own; DB password failure: no bundled article covers it", """le mta log dit ça au démarrage :
PGS-220000 PostgreSQL error: FATAL:  password authentication failed for user "campaign_app\"""")
R("fr", "negative", "NONE", "own (web form, not covered)", "le formulaire web de désinscription affiche une page blanche, une idée ?")

# --------------------------------------------------------------------------- nl
R("nl", "smtp", "KB-0001", "gmx bounce", """hoi, krijg dit terug van gmx.de adressen:
550 Requested action not taken: mailbox unavailable""")
R("nl", "smtp", "KB-0002", "gmx bounce", """wat betekent dit precies?
552 5.2.2 Mailbox full / Mailbox voll - <anna.k@gmx.net> (mxgmx117)""")
R("nl", "smtp", "KB-0001", "ziggo-style postfix bounce", """550 5.1.1 <jan.devries@ziggo.example>: Recipient address rejected: User unknown in local recipient table""")
R("nl", "smtp", "KB-0005", "outlook.com bounce", """al onze mails naar hotmail.nl komen terug met:
550 5.7.1 Unfortunately, messages from [203.0.113.9] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).""")
R("nl", "smtp", "KB-0006", "yahoo deferral", """421 4.7.0 [TSS04] Messages from 198.51.100.12 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1
is dit een probleem aan onze kant?""")
R("nl", "smtp", "KB-0004", "kb/en/KB-0004 symptoms (disabled mailbox)", """554 30 Sorry, your message to pieter.j@yahoo.com cannot be delivered. This mailbox is disabled (554.30).""")
R("nl", "smtp", "KB-0005", "web.de/gmx policy reject", """554-Transaction failed
554-Reject due to policy restrictions.
554 For explanation visit https://postmaster.web.de/en/case?c=t&i=ip&v=198.51.100.66&r=1Mx2Ab-1abc""")
R("nl", "bare", "KB-0001", "smtp code", "5.1.1 user unknown")
R("nl", "bare", "KB-0002", "smtp code", "452 4.2.2 mailbox vol?")
R("nl", "log", "KB-0003", "campaign mtachild log", """2024-11-05 13:22:09.606Z  00006A01  00006A03  1  warning  mtachild  DNS query failed for 'kpnmial.nl'
2024-11-05 13:22:09.610Z  00006A01  00006A03  1  warning  mtachild  DNS query failed for 'hotmial.com'""")
R("nl", "log", "KB-0006", "campaign mtachild log (relay down)", """niks gaat er meer uit sinds de firewall change:
2024-11-05 14:00:31.220Z  00006A01  00006A07  1  error  mtachild  Unable to connect to 'smtp-relay.corp.example' (10.20.30.40:25): Connection refused""")
R("nl", "log", "KA-22154", "kb/en/KA-22154 symptoms", """leveringslog, honderden regels zoals:
Messages queued (connection quotas met)   t.bakker@gmail.com
Messages queued (connection quotas met)   s.visser@gmail.com""")
R("nl", "log", "KB-0013", "kb/en/KB-0013 (_autoStart)", """mta start niet, in config-prod.xml staat <mta _autoStart="true" statServerAddress="localhost"/> en pdump toont geen mta@prod""")
R("nl", "quote", "KA-21165", "kb/nl/KA-21165 symptoms", "waarom staat er 'Berichten in de wachtrij (dynamische stroomregeling)' bij alle yahoo adressen?")
R("nl", "multi", "KB-0002|KB-0004", "gmail bounces", """twee soorten bounces in één mailing:
452-4.2.2 The recipient's inbox is out of storage space. - gsmtp
550-5.2.1 The email account that you tried to reach is disabled. - gsmtp""")
R("nl", "multi", "KB-0005|KA-21165", "outlook block + flow control", """550 5.7.1 Unfortunately, messages from [192.0.2.55] weren't sent ... (S3150)
en daarna alleen nog: Messages queued (dynamic flow control) voor outlook.com""")
R("nl", "id", "KB-0014", "article id", "KB-0014")
R("nl", "id", "KB-0013", "article id", "is KB-0013 de juiste voor mijn probleem? mta draait niet")
R("nl", "chatter", "KB-0011", "kb/en/KB-0011 topic", "hoe komt een adres eigenlijk in quarantaine en hoe haal ik het er weer uit?")
R("nl", "chatter", "KB-0014", "kb/en/KB-0014 cause (6 AM reload)", "ik heb de MX-regel voor outlook aangepast maar er verandert niks, moet ik iets herstarten?")
R("nl", "chatter", "KB-0009", "kb/en/KB-0009 symptoms", "na de import krijgen 1200 profielen de fout 'Address not specified' bij de e-mailing")
R("nl", "chatter", "KB-0016", "kb/en/KB-0016 symptoms", "we hebben de levering gestopt maar klanten kregen de mail toch nog, we gebruiken useMomentum=true")
R("nl", "negative", "NONE", "own (small talk)", "goedemorgen")
R("nl", "negative", "NONE", "own (small talk)", "dank je wel, fijne dag!")
R("nl", "negative", "NONE", "own (info-only log)", """is dit goed zo?
2024-11-06 08:30:00.001Z  00007B10  00007B10  1  info  mta  Starting 'mta@nlprod' module.
2024-11-06 08:31:15.245Z  00007B10  00007B12  1  info  mta  Message 9912 sent to 'kees@example.nl'.""")
R("nl", "negative", "NONE", "own; SMTP AUTH failure: no bundled article covers it", """onze smtp relay geeft:
535 5.7.3 Authentication unsuccessful
wat nu?""")
R("nl", "negative", "NONE", "own (off-topic: workflow)", "hoe maak ik een workflow die elke nacht een doelgroep ververst?")
R("nl", "negative", "NONE", "own (small talk)", "leef je nog?")
R("nl", "negative", "NONE", "own (off-topic: console login)", "ik kan niet inloggen in de client console na de update van mijn laptop")
R("nl", "negative", "NONE", "own (small talk)", "top, bedankt. doei")
R("nl", "negative", "NONE", "own; DB login error: no bundled article", """PGS-220000 PostgreSQL error: FATAL:  password authentication failed for user "nl_mkt"
krijg dit in mta.log na wachtwoordwijziging""")
R("nl", "negative", "NONE", "own (off-topic: reports)", "kan ik een rapport maken met het aantal opens per week?")

# --------------------------------------------------------------------------- sv
R("sv", "smtp", "KB-0001", "gmail bounce", """hej! vad betyder detta?
550-5.1.1 The email account that you tried to reach does not exist. Please try
550-5.1.1 double-checking the recipient's email address for typos or
550-5.1.1 unnecessary spaces.
550 5.1.1  https://support.google.com/mail/?p=NoSuchUser k9si11223344lfb.55 - gsmtp""")
R("sv", "smtp", "KB-0001", "office 365 bounce", """550 5.5.0 Requested action not taken: mailbox unavailable""")
R("sv", "smtp", "KB-0002", "outlook.com-style quota bounce", """fick detta för flera telia-adresser:
552 5.2.2 <erik.l@telia.example>: Recipient address rejected: Mailbox full""")
R("sv", "smtp", "KB-0005", "spamhaus listing reject", """553 5.7.1 [BL21] Connections will not be accepted from 198.51.100.30, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html
är vi svartlistade??""")
R("sv", "smtp", "KB-0006|KB-0005", "outlook 421 rate limit due to IP reputation (deferral + reputation)", """421 4.7.650 The mail server [203.0.113.77] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S775)""")
R("sv", "smtp", "KB-0004", "kb/en/KB-0004 symptoms", """550 5.7.1 <karin.s@example.se>: Recipient address rejected: Inactive MailBox, not logged in for over 6 months""")
R("sv", "bare", "KB-0005", "smtp code", "554 5.7.1")
R("sv", "bare", "KB-0003", "campaign message", "DNS query failed")
R("sv", "bare", "KB-0006", "smtp code", "421 4.4.2 connection timed out")
R("sv", "log", "KB-0006", "campaign mtachild log", """ingenting kommer fram till bredband-adresser:
2024-08-14 21:09:02.300Z  00008C00  00008C04  1  error  mtachild  Unable to connect to 'mx01.bredband.example' (192.0.2.99:25): Connection timed out""")
R("sv", "log", "KB-0013", "kb/en/KB-0013 symptoms", """2024-08-15 05:45:10.812Z  00000E01  00000E01  1  error  mta  Unable to connect to statistics server 'emailStatServer:7777'
mta stannar direkt efter start""")
R("sv", "log", "KB-0015", "kb/en/KB-0015 symptoms", """utskicket står på Pending och inget skickas, mta@prod körs enligt pdump. typologin använder affiniteten 'nordic_ip'. i serverConf finns <IPAffinity name="nordic-ip"> ...""")
R("sv", "log", "KA-22154", "kb/sv/KA-22154 symptoms", "leveransloggen: 'Meddelanden köas (anslutningskvoter uppfylls)' för nästan alla gmail-mottagare")
R("sv", "fence", "KA-21165", "kb/en/KA-21165 symptoms", """```
15/08/2024 10:22:40  Pending  Messages queued (dynamic flow control)  nils@yahoo.se
15/08/2024 10:22:40  Pending  Messages queued (dynamic flow control)  frida.o@yahoo.com
```""")
R("sv", "multi", "KB-0001|KB-0002|KB-0003", "campaign delivery log", """några rader från leveransloggen:
Failed  Hard  User unknown    550 5.1.1 <o.berg@example.se>: Recipient address rejected: User unknown
Failed  Soft  Mailbox full    452 4.2.2 Mailbox full
Failed  Soft  Invalid domain  DNS query failed for 'gmaill.com'""")
R("sv", "multi", "KB-0006|KB-0012", "relay connect error + STARTTLS required", """2024-08-16 12:00:05.111Z  00009D00  00009D02  1  error  mtachild  Unable to connect to 'mx.example-corp.se' (192.0.2.20:25): Connection refused
2024-08-16 12:01:10.407Z  00009D00  00009D02  1  error  mtachild  530 5.7.0 Must issue a STARTTLS command first""")
R("sv", "id", "KA-21165", "article id", "KA-21165 stämmer inte riktigt för oss, vi ser fortfarande samma sak")
R("sv", "id", "KB-0011", "article id", "KB-0011")
R("sv", "chatter", "KB-0014|KA-22154", "kb/en/KB-0014 resolution", "hur ökar jag genomströmningen mot gmail? utskicken tar flera timmar")
R("sv", "chatter", "KB-0012", "kb/en/KB-0012 symptoms", "säkerhetsgranskningen säger att våra mejl skickas utan TLS, fast MX-regeln står på Default configuration")
R("sv", "chatter", "KB-0010", "kb/en/KB-0010 symptoms", "varför står det Ignored med orsaken 'Double' på vissa mottagare i loggen?")
R("sv", "quote", "KB-0008", "kb/en/KB-0008 cause", "sms:et innehåller å ä ö och en emoji och nu får hälften 'SMS too long'")
R("sv", "negative", "NONE", "own (small talk)", "hej hej")
R("sv", "negative", "NONE", "own (small talk)", "tack så mycket!")
R("sv", "negative", "NONE", "own (info-only log)", """ser det här okej ut?
2024-08-17 07:00:00.500Z  0000AE00  0000AE00  1  info  mta  Starting 'mta@sweden' module.
2024-08-17 07:02:12.004Z  0000AE00  0000AE01  1  info  mta  Message 551 sent to 'lars@example.se'.
2024-08-17 07:02:12.021Z  0000AE00  0000AE01  1  info  mta  Message 552 sent to 'maja@example.com'.""")
R("sv", "negative", "NONE", "own; gmail SMTP AUTH: no bundled article covers relay credentials", "535-5.7.8 Username and Password not accepted när vi testar smtp-reläet, vad är fel?")
R("sv", "negative", "NONE", "own (off-topic: landing page)", "hur skapar jag en landningssida med ett formulär i Campaign?")
R("sv", "negative", "NONE", "own (small talk)", "funkar boten?")
R("sv", "negative", "NONE", "own (off-topic: weather)", "vad blir det för väder i Stockholm i helgen?")
R("sv", "negative", "NONE", "own (small talk)", "ha en bra dag, hej då")
R("sv", "negative", "NONE", "own; DB auth error: no bundled article", """mta.log:
2024-08-18 03:00:00.004Z  00000B00  00000B00  1  error  mta  PGS-220000 PostgreSQL error: FATAL:  password authentication failed for user "acc_se\"""")
R("sv", "negative", "NONE", "own (off-topic: licence)", "hur många aktiva profiler ingår i vår licens?")

# --------------------------------------------------------------------------- it
R("it", "smtp", "KB-0004", "kb/en/KB-0004 symptoms (libero inactive mailbox)", """ciao, tanti rimbalzi da libero.it con questo testo:
550 5.7.1 <mario.rossi@libero.it>: Recipient address rejected: Inactive MailBox""")
R("it", "smtp", "KB-0002", "libero-style quota bounce", """552 5.2.2 <giulia.b@libero.it>: Recipient address rejected: Mailbox full""")
R("it", "smtp", "KB-0001", "postfix user unknown (virgilio)", """cosa significa?
550 5.1.1 <luca.f@virgilio.example>: Recipient address rejected: User unknown in virtual mailbox table""")
R("it", "smtp", "KB-0001", "icloud bounce (in kb/en/KB-0001)", """550 5.1.1 <anna.p@icloud.com>: user lookup success but no user record found""")
R("it", "smtp", "KB-0005", "gmail spam block", """gmail ci blocca da stamattina:
550-5.7.1 Our system has detected an unusual rate of unsolicited mail originating
550-5.7.1 from your IP address. To protect our users from spam, mail sent from your
550 5.7.1 IP address has been blocked. https://support.google.com/mail/?p=UnsolicitedIPError x4si556677edd.88 - gsmtp""")
R("it", "smtp", "KB-0006|KB-0005", "gmail rate limit 421-4.7.28 (temporary deferral caused by reputation)", """421-4.7.28 Our system has detected an unusual rate of unsolicited mail originating
421-4.7.28 from your IP address. To protect our users from spam, mail sent from your
421 4.7.28 IP address has been temporarily rate limited. - gsmtp""")
R("it", "smtp", "KB-0001", "yahoo bounce", """552 1 Requested mail action aborted, mailbox not found""")
R("it", "bare", "KB-0001", "smtp code", "550 5.1.1 utente sconosciuto")
R("it", "bare", "KB-0002", "smtp code", "452 4.2.2")
R("it", "log", "KB-0003", "campaign mtachild log", """2024-12-02 10:30:14.950Z  0000C101  0000C104  1  warning  mtachild  DNS query failed for 'liberoo.it'
perché l'indirizzo va in 'Con errori'?""")
R("it", "log", "KB-0006", "campaign mtachild log", """da ieri sera:
2024-12-02 22:14:51.330Z  0000C101  0000C109  1  error  mtachild  Unable to connect to 'mx.tiscali.example' (192.0.2.201:25): Connection refused
i messaggi risultano Non raggiungibile""")
R("it", "log", "KB-0013", "kb/en/KB-0013 symptoms", """nlserver pdump non mostra mta@prod né stat@prod, le consegne restano in corso senza inviare nulla""")
R("it", "log", "KA-22154", "kb/it/KA-22154 symptoms", "nel log della consegna vedo 'Messaggi in coda (quote di connessione raggiunte)' per outlook.it, è un errore?")
R("it", "log", "KA-21165", "kb/en/KA-21165 symptoms", """2024-12-03 09:00:00  In sospeso  Messages queued (dynamic flow control)  f.romano@alice.example
2024-12-03 09:00:01  In sospeso  Messages queued (dynamic flow control)  s.greco@alice.example""")
R("it", "multi", "KB-0004|KB-0001", "libero + yahoo bounces", """due errori diversi nella stessa consegna:
550 5.7.1 <p.conti@libero.it>: Recipient address rejected: Inactive MailBox
554 delivery error: dd This user doesn't have a yahoo.com account (c.marino@yahoo.com)""")
R("it", "multi", "KB-0013|KA-22154", "stat server + quotas met", """2024-12-04 08:00:02.111Z  00000D01  00000D01  1  error  mta  Unable to connect to statistics server (stat01:7777)
e sul secondo server: Messages queued (connection quotas met)""")
R("it", "id", "KB-0015", "article id", "ho seguito KB-0015 ma la consegna resta in Pending")
R("it", "id", "KB-0002", "article id", "KB-0002?")
R("it", "chatter", "KB-0011", "kb/en/KB-0011 topic", "come mai un indirizzo valido è finito in quarantena? il cliente riceve le mail normalmente")
R("it", "chatter", "KB-0016", "kb/en/KB-0016 symptoms", "abbiamo l'Enhanced MTA, le modifiche alle regole MX non cambiano nulla. perché?")
R("it", "chatter", "KB-0009", "kb/en/KB-0009 symptoms", "nel report di consegna molti profili sono esclusi con 'Address not specified', da dove viene?")
R("it", "chatter", "KB-0007", "kb/en/KB-0007 symptoms", "sms non consegnati con motivo 'Not connected', il numero va in quarantena?")
R("it", "negative", "NONE", "own (small talk)", "buongiorno!")
R("it", "negative", "NONE", "own (small talk)", "grazie, buona giornata")
R("it", "negative", "NONE", "own (info-only log)", """va tutto bene?
2024-12-05 06:30:00.010Z  0000F001  0000F001  1  info  mta  Starting 'mta@italia' module.
2024-12-05 06:30:40.333Z  0000F001  0000F003  1  info  mta  Message 7001 sent to 'marco@example.it'.
2024-12-05 06:30:40.350Z  0000F001  0000F003  1  info  mta  Message 7002 sent to 'elena@example.com'.""")
R("it", "negative", "NONE", "own; Office 365 SMTP AUTH: no bundled article covers relay credentials", """il relay office365 risponde:
535 5.7.3 Authentication unsuccessful [AM6P193CA0101.EURP193.PROD.OUTLOOK.COM]""")
R("it", "negative", "NONE", "own (off-topic: workflow import)", "come importo un file csv di contatti con un workflow?")
R("it", "negative", "NONE", "own (small talk)", "ci sei?")
R("it", "negative", "NONE", "own (off-topic: password reset)", "ho dimenticato la password dell'operatore admin, come la resetto?")
R("it", "negative", "NONE", "own (small talk)", "perfetto, grazie mille. a presto")
R("it", "negative", "NONE", "own; DB auth error: no bundled article", """PGS-220000 PostgreSQL error: FATAL:  password authentication failed for user "neolane"
succede quando parte il modulo mta""")
R("it", "negative", "NONE", "own (off-topic: personalisation)", "come metto il nome del destinatario nell'oggetto della mail?")


if __name__ == "__main__":
    n = write(os.path.join(HERE, "holdout-everyday.tsv"), "h-e", ROWS)
    print("wrote", n, "rows")
