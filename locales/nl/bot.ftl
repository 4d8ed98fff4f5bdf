# Discord-koppeling. Commando's volgen de conventie van poise: de id is de naam van het
# commando, de waarde de vertaalde naam, .description de beschrijving, .<param> en
# .<param>-description naam en beschrijving van elke parameter.

ask = vraag
    .description = Zoek het KB-artikel dat een foutmelding of logfragment oplost
    .text = tekst
    .text-description = De foutmelding of de logregels, geplakt zoals ze zijn
    .file = bestand
    .file-description = Een log of een lang bericht als bestand (message.txt, *.log): de afzonderlijke fouten, geteld
check = controleer
    .description = Controleer serverConf.xml of config-<instance>.xml op quota en flow control
    .file = bestand
    .file-description = serverConf.xml of config-<instance>.xml
    .file2 = bestand2
    .file2-description = Een tweede configuratiebestand, samen met het eerste gecontroleerd
    .file3 = bestand3
    .file3-description = Een derde configuratiebestand
article = artikel
    .description = Toon een artikel uit de kennisbank op basis van de id
    .id = id
    .id-description = De id van het artikel, bv. KA-22154 (begin te typen om te zoeken)
language = taal
    .description = Kies de taal waarin kbbot je antwoordt
    .language = taal
    .language-description = Je antwoordtaal, of automatisch om Discord te volgen
find-resolution = Oplossing zoeken

bot-choice-en = English
bot-choice-fr = Français
bot-choice-nl = Nederlands
bot-choice-sv = Svenska
bot-choice-it = Italiano
bot-choice-auto = Automatisch (je Discord-taal)

bot-language-saved = Vanaf nu antwoord ik je in het { $language }.
bot-language-auto = Ik volg weer je Discord-taal (nu { $language }).
bot-error = Er ging bij mij iets mis tijdens het antwoorden. Probeer het zo dadelijk opnieuw.
# Weigeringen en fouten van poise zelf, privé beantwoord (bot/errors.rs).
bot-error-outdated = Deze opdracht is gewijzigd sinds Discord hem heeft geladen. Wacht een minuut of start Discord opnieuw en probeer het dan nog eens.
bot-error-argument = Ik kon “{ $value }” niet lezen. Controleer de waarde en voer de opdracht opnieuw uit.
bot-error-argument-unknown = Ik kon een van de opgegeven waarden niet lezen. Controleer ze en voer de opdracht opnieuw uit.
bot-error-subcommand = Kies een van deze subopdrachten: { $subcommands }.
bot-error-cooldown = { $seconds ->
        [one] Wacht { $seconds } seconde voordat je deze opdracht opnieuw gebruikt.
       *[other] Wacht { $seconds } seconden voordat je deze opdracht opnieuw gebruikt.
    }
bot-error-bot-permissions = Ik mis rechten in dit kanaal: { $permissions }. Vraag een serverbeheerder om ze toe te kennen en probeer het dan opnieuw.
bot-error-user-permissions = Je hebt deze rechten nodig om deze opdracht te gebruiken: { $permissions }.
bot-error-permissions-unknown = Ik kon de rechten voor deze opdracht niet controleren, dus heb ik hem niet uitgevoerd. Probeer het zo dadelijk opnieuw.
bot-error-owners-only = Alleen de eigenaren van de bot kunnen deze opdracht gebruiken.
bot-error-guild-only = Deze opdracht werkt alleen in een serverkanaal, niet in privéberichten.
bot-error-dm-only = Deze opdracht werkt alleen in een privébericht aan mij.
bot-error-nsfw-only = Deze opdracht werkt alleen in kanalen met een leeftijdsbeperking.
bot-error-denied = Je kunt deze opdracht hier niet gebruiken.
bot-mention-help = Noem mij en plak daarna de foutmelding of logregels, of voeg serverConf.xml / config-<instance>.xml toe, dan zoek ik het op.

bot-ask-unsure-title = Geen zekere overeenkomst
bot-ask-unsure = Ik kon dit niet met genoeg zekerheid aan een artikel uit de kennisbank koppelen.
bot-ask-candidates = Deze artikelen komen het dichtst in de buurt:
bot-field-error = Herkende fout
bot-field-confidence = Zekerheid
bot-field-article = Artikel
bot-field-language = Taal
bot-other-version = Dit artikel bestaat niet in jouw taal; hier is de versie in het { $language }.
bot-resolution-cut = Het artikel gaat verder dan dit fragment: open het voor de rest.
bot-no-resolution = Het artikel heeft geen oplossingssectie; open het via de link voor de details.
bot-confidence-low = Laag
bot-confidence-medium = Gemiddeld
bot-confidence-high = Hoog
bot-continued = Vervolg
bot-page = Pagina { $page } van { $pages }
bot-button-helpful = Nuttig
bot-button-unhelpful = Niet nuttig
bot-feedback-thanks = Bedankt, fijn dat het hielp.
bot-feedback-sorry = Bedankt voor je melding; de auteurs van de kennisbank bekijken dit artikel.
bot-article-unknown = Er is geen artikel met de id { $id }.

bot-upload-too-large = { $file } is { $size } KiB, meer dan de { $limit } KiB die ik kan controleren. Het is niet gedownload.
bot-upload-unavailable = Ik kon { $file } niet downloaden. Upload het alsjeblieft opnieuw.
bot-log-title = Fouten in { $file }
bot-ask-nothing = Plak een fout in tekst, of voeg een log toe als bestand.
bot-check-timeout = Het controleren van { $files } duurde langer dan { $seconds } seconden, dus ik wacht niet langer. Probeer de bestanden één voor één, of gebruik `kbbot check`.
bot-secrets-title = Inloggegevens gevonden
bot-secrets-private = Dit bestand bevat wachtwoorden of sleutels, dus alleen jij ziet dit rapport. De waarden worden niet getoond of bewaard.
bot-secrets-delete = Deze upload bevat inloggegevens (wachtwoorden of sleutels). Verwijder het bericht en wijzig die gegevens: iedereen in dit kanaal kan ze lezen.
bot-check-title = Controle van { $files }

report-unanswered-heading = Onbeantwoorde vragen ({ $language })
report-unhelpful-heading = Artikelen gemarkeerd als niet nuttig ({ $language })
report-unanswered-row = { $count } × { $paste }
report-unhelpful-row = { $article }: { $bad } niet nuttig, { $good } nuttig
report-empty = Nog niets vastgelegd.
