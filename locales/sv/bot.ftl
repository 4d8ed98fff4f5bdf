# Discord-gränssnittet. Kommandon följer poises konvention: id är kommandots namn, värdet
# dess översatta namn, .description beskrivningen, .<param> och .<param>-description varje
# parameters namn och beskrivning.

ask = fråga
    .description = Hitta KB-artikeln som löser ett felmeddelande eller ett loggutdrag
    .text = text
    .text-description = Felmeddelandet eller loggraderna, inklistrade som de är
    .file = fil
    .file-description = En logg eller ett långt meddelande som fil (message.txt, *.log): dess olika fel, räknade
check = kontrollera
    .description = Kontrollera serverConf.xml eller config-<instance>.xml för kvoter och flödeskontroll
    .file = fil
    .file-description = serverConf.xml eller config-<instance>.xml
    .file2 = fil2
    .file2-description = En andra konfigurationsfil, kontrollerad tillsammans med den första
    .file3 = fil3
    .file3-description = En tredje konfigurationsfil
article = artikel
    .description = Visa en artikel i kunskapsbasen utifrån dess id
    .id = id
    .id-description = Artikelns id, t.ex. KA-22154 (börja skriva för att söka)
language = språk
    .description = Välj vilket språk kbbot svarar dig på
    .language = språk
    .language-description = Ditt svarsspråk, eller automatiskt för att följa Discord
find-resolution = Hitta lösning

bot-choice-en = English
bot-choice-fr = Français
bot-choice-nl = Nederlands
bot-choice-sv = Svenska
bot-choice-it = Italiano
bot-choice-auto = Automatiskt (ditt Discord-språk)

bot-language-saved = Från och med nu svarar jag dig på { $language }.
bot-language-auto = Jag följer ditt Discord-språk igen (just nu { $language }).
bot-error = Något gick fel hos mig när jag skulle svara. Försök igen om en stund.
# poises egna avslag och fel, besvarade privat (bot/errors.rs).
bot-error-outdated = Kommandot har ändrats sedan Discord läste in det. Vänta en minut eller starta om Discord och försök sedan igen.
bot-error-argument = Jag kunde inte tolka ”{ $value }”. Kontrollera värdet och kör kommandot igen.
bot-error-argument-unknown = Jag kunde inte tolka ett av värdena du angav. Kontrollera dem och kör kommandot igen.
bot-error-subcommand = Välj ett av de här underkommandona: { $subcommands }.
bot-error-cooldown = { $seconds ->
        [one] Vänta { $seconds } sekund innan du använder kommandot igen.
       *[other] Vänta { $seconds } sekunder innan du använder kommandot igen.
    }
bot-error-bot-permissions = Jag saknar behörigheter i den här kanalen: { $permissions }. Be en serveradministratör att ge mig dem och försök sedan igen.
bot-error-user-permissions = Du behöver de här behörigheterna för att använda kommandot: { $permissions }.
bot-error-permissions-unknown = Jag kunde inte kontrollera behörigheterna för kommandot, så jag körde det inte. Försök igen om en stund.
bot-error-owners-only = Bara botens ägare kan använda det här kommandot.
bot-error-guild-only = Det här kommandot fungerar bara i en serverkanal, inte i direktmeddelanden.
bot-error-dm-only = Det här kommandot fungerar bara i ett direktmeddelande till mig.
bot-error-nsfw-only = Det här kommandot fungerar bara i åldersbegränsade kanaler.
bot-error-denied = Du kan inte använda det här kommandot här.
bot-mention-help = Nämn mig och klistra in felmeddelandet eller loggraderna, eller bifoga serverConf.xml / config-<instance>.xml, så letar jag upp det.

bot-ask-unsure-title = Ingen säker träff
bot-ask-unsure = Jag kunde inte koppla detta till en artikel i kunskapsbasen med tillräcklig säkerhet.
bot-ask-candidates = Dessa artiklar ligger närmast:
bot-field-error = Igenkänt fel
bot-field-confidence = Säkerhet
bot-field-article = Artikel
bot-field-language = Språk
bot-other-version = Artikeln finns inte på ditt språk; här är versionen på { $language }.
bot-resolution-cut = Artikeln fortsätter efter det här utdraget: öppna den för resten.
bot-no-resolution = Artikeln saknar en lösningsdel; öppna den via länken för detaljerna.
bot-confidence-low = Låg
bot-confidence-medium = Medel
bot-confidence-high = Hög
bot-continued = Fortsättning
bot-page = Sida { $page } av { $pages }
bot-button-helpful = Till hjälp
bot-button-unhelpful = Inte till hjälp
bot-feedback-thanks = Tack, skönt att det hjälpte.
bot-feedback-sorry = Tack för att du sa till; kunskapsbasens skribenter ser över artikeln.
bot-article-unknown = Det finns ingen artikel med id { $id }.

bot-upload-too-large = { $file } är { $size } KiB, över de { $limit } KiB jag kan kontrollera. Den laddades inte ned.
bot-upload-unavailable = Jag kunde inte ladda ned { $file }. Ladda upp den igen.
bot-log-title = Fel i { $file }
bot-ask-nothing = Klistra in ett fel i text, eller bifoga en logg som fil.
bot-check-timeout = Kontrollen av { $files } tog längre än { $seconds } sekunder, så jag slutade vänta. Försök igen med en fil i taget, eller kör `kbbot check` på dem.
bot-secrets-title = Inloggningsuppgifter hittade
bot-secrets-private = Filen innehåller lösenord eller nycklar, så bara du ser den här rapporten. Värdena visas inte och sparas inte.
bot-secrets-delete = Uppladdningen innehåller inloggningsuppgifter (lösenord eller nycklar). Radera meddelandet och byt uppgifterna: alla i kanalen kan läsa dem.
bot-check-title = Kontroll av { $files }

report-unanswered-heading = Obesvarade frågor ({ $language })
report-unhelpful-heading = Artiklar markerade som inte till hjälp ({ $language })
report-unanswered-row = { $count } × { $paste }
report-unhelpful-row = { $article }: { $bad } inte till hjälp, { $good } till hjälp
report-empty = Inget registrerat ännu.
