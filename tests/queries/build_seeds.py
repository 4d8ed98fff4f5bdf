#!/usr/bin/env python3
"""Builds seeds.tsv: queries against /work/shared/seeds (KA-22154 in nl/sv/fr/en, KA-21165 in it only)."""
import os
from tsvlib import write
from build_bundled import nllog

S_NL = "seeds/000_7cd21ee1eb020da4.txt"
S_SV = "seeds/001_47a63ce606b38c44.txt"
S_FR = "seeds/002_941e674570ae34cf.txt"
S_EN = "seeds/003_eb56bb4831cd150a.txt"
S_IT = "seeds/004_25c8c279e020ffa8.txt"
Q, D, N = "KA-22154", "KA-21165", "NONE"
R = []
def add(lang, kind, exp, src, q):
    R.append((lang, kind, exp, src, q))

# KA-22154 in all five languages
add("en", "bare", Q, S_EN, "Messages queued (connection quotas met)")
add("en", "log", Q, S_EN, nllog([
    ("info", "Delivery 'DM12044' : start of sending (120 530 messages)"),
    ("warning", "Messages queued (connection quotas met) - domain 'gmail.com'"),
    ("warning", "Messages queued (connection quotas met) - domain 'yahoo.com'"),
    ("info", "Delivery 'DM12044' : 38 017 messages pending"),
], start="2024-04-09 10:20:00", pid="00005E10", tid="00005E24"))
add("fr", "bare", Q, S_FR, "Messages mis en file d'attente (quotas de connexion atteints)")
add("fr", "quote", Q, S_FR, "> Diffusions en échec avec une erreur : Messages mis en file d’attente (quotas de connexion atteints)\nsur tous les domaines depuis hier soir, quelqu'un sait d'où ça vient ?")
add("nl", "bare", Q, S_NL, "Berichten in de wachtrij (verbindingsquota gehaald)")
add("nl", "crosslang", Q, S_EN, "onze nieuwsbrief blijft hangen op 'Messages queued (connection quotas met)', bij meerdere domeinen. wat nu?")
add("sv", "bare", Q, S_SV, "Meddelanden köas (anslutningskvoter uppfylls)")
add("sv", "fence", Q, S_SV, "```\nMisslyckade leveranser med fel:\nMeddelanden är köade (anslutningskvoter uppfylls)\n```")
add("it", "bare", Q, S_EN, "Messaggi in coda (quote di connessione raggiunte)")
add("it", "crosslang", Q, S_EN, "salve, le consegne falliscono con l'errore \"Messages queued (connection quotas met)\" su diversi domini, cosa devo controllare nelle regole MX?")
add("it", "chatter", Q, S_EN, "la consegna è ferma, il log dice che le quote di connessione sono state raggiunte. dove si alzano le soglie?")
# KA-21165 (seed only in it) in all five languages
add("it", "bare", D, S_IT, "Messaggi in coda (controllo del flusso dinamico)")
add("it", "chatter", D, S_IT, "abbiamo un sacco di errori 'controllo del flusso dinamico' solo verso hotmail, è un problema di reputazione?")
add("en", "bare", D, S_IT, "Messages queued (dynamic flow control)")
add("en", "quote", D, S_IT, "> Messages queued (dynamic flow control)\nonly on gmail and yahoo, everything else delivers fine. reputation?")
add("fr", "crosslang", D, S_IT, "bonjour, on a énormément de \"Messages queued (dynamic flow control)\" vers orange.fr, le MTA se met en pause tout seul ?")
add("fr", "bare", D, S_IT, "Messages mis en file d'attente (contrôle de flux dynamique)")
add("nl", "crosslang", D, S_IT, "wat betekent 'Messages queued (dynamic flow control)'? gebeurt alleen bij outlook.com")
add("nl", "log", D, S_IT, nllog([
    ("warning", "Session failed to 'hotmail-com.olc.protection.outlook.com' (52.101.68.14): 451 4.7.650 The mail server [203.0.113.60] has been temporarily rate limited due to IP reputation."),
    ("warning", "Messages queued (dynamic flow control) - domain 'hotmail.nl'"),
    ("warning", "Messages queued (dynamic flow control) - domain 'outlook.com'"),
], start="2024-08-22 14:02:33", pid="00003C04", tid="00003C18"))
add("sv", "crosslang", D, S_IT, "får \"Messages queued (dynamic flow control)\" mot gmail.com hela förmiddagen, hur länge backar MTA:n av?")
add("sv", "bare", D, S_IT, "Meddelanden köas (dynamisk flödeskontroll)")
# older wording from the docs, and more forms
add("en", "chatter", Q, S_EN, "old runbook says 'Messages pended (quotas met)' but our console says queued. same thing? delivery crawling on yahoo and gmail")
add("nl", "quote", D, S_IT, "> Messages pended (dynamic flow control)\nstaat in ons oude draaiboek, nu zien we 'Messages queued (dynamic flow control)'. wat doen we eraan?")
add("fr", "log", Q, S_FR, "21/05/2024 10:02:11 mta@prod_fr (24518) Diffusion 'DM20931' : Messages mis en file d'attente (quotas de connexion atteints) domaine 'orange.fr'\n21/05/2024 10:07:12 mta@prod_fr (24518) Diffusion 'DM20931' : Messages mis en file d'attente (quotas de connexion atteints) domaine 'free.fr'")
add("sv", "chatter", Q, S_SV, "leveransen står still och loggen säger att anslutningskvoterna är uppfyllda, är tröskelvärdena i MX-reglerna för låga?")

# negatives
add("en", "negative", N, "own", "thanks, that fixed it!")
add("fr", "negative", N, "own", "ma boîte mail perso est pleine, comment je vide la corbeille sur iphone ?")
add("nl", "negative", N, "own", "printer zegt 'taak in wachtrij' maar print niks")
add("sv", "negative", N, "own", "hej hej, är någon här?")
add("it", "negative", N, "own", "quota superata su Google Drive, come libero spazio?")

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    print("wrote", write(os.path.join(here, "seeds.tsv"), "s", R))
