# Konfigurationskontrollen: rapportetiketter, `kbbot rules` / `kbbot explain`, ett meddelande per regel.

check-severity-info = info
check-severity-warning = varning
check-severity-security = säkerhet
check-severity-error = fel
check-category-input = indata
check-category-structure = struktur
check-category-mta = MTA och statistikserver
check-category-ip-affinity = IP-affinitet
check-category-dns = DNS
check-category-bounce = studsar
check-category-security = säkerhet
check-category-merge = gällande konfiguration
check-label-why = varför
check-label-fix = åtgärd
check-label-articles = relaterade artiklar
check-summary = { $files } fil(er): { $errors } fel, { $warnings } varning(ar), { $security } säkerhetsfynd, { $infos } anteckning(ar).
check-clean = Inget över infonivå: den här konfigurationen har inget känt problem med kvoter eller flödeskontroll.
check-partial = Delvis kontroll: någon indata är ett fragment eller avvisades, så inställningar som saknas rapporterades inte som saknade.
check-roles = Sammanfogat som: { $files }.
check-role = { $file } ({ $instance ->
        [yes] instansfil
       *[no] basfil
    }{ $basis ->
        [given] , som begärt
        [inferred] , den enda andra filen bredvid serverConf.xml
        [default] , eftersom namnet inte är config-<instance>.xml (--instance FIL läser den som en sådan)
       *[name] {""}
    })
check-refused = Avvisad: { $files }. Inget i en avvisad fil lästes som konfiguration.
check-effective-default = dokumenterat standardvärde
check-cli-no-files = ange minst en fil, eller - för standard in
check-no-chart = Inget diagram: ingen kontrollerad konfiguration har en mta som styrs av MX-regler (ingen, Enhanced MTA, en relä eller en mta som inte startar).
rules-heading = { $count } regler. Kör `kbbot explain <id>` för detaljer.
explain-unknown = Ingen regel har id:t "{ $id }". Kör `kbbot rules` för listan.
explain-renamed = "{ $old }" är det tidigare id:t för "{ $new }".
explain-retired = "{ $old }" kontrolleras inte längre.
explain-severity = Allvarlighetsgrad
explain-category = Kategori
explain-why = Varför det spelar roll
explain-fix = Så åtgärdar du det
explain-bad = Problematiskt
explain-good = Rättat
explain-articles = Relaterade artiklar
explain-none = inga

## Robusthet mot indata

rule-input-too-large = { $known ->
        [yes] filen är { $size } KiB; filer över { $limit } KiB avvisas olästa
       *[no] filen är större än { $limit } KiB och avvisades utan att läsas helt
    }
    .title = Filen är för stor för en serverConf
    .why = En komplett standard-serverConf.xml med alla kommentarer är ungefär 60 kB. Något på flera megabyte är ingen konfiguration och kostar bara minne och tid.
    .fix = Bifoga bara serverConf.xml och config-<instance>.xml, eller klistra in avsnittet du frågar om.
rule-input-not-xml = det här ser inte ut som en XML-fil (binära data, eller inget element alls)
    .title = Inte XML
    .why = Kontrollen kan bara läsa Campaigns XML-konfigurationsfiler; något annat ger inget användbart svar.
    .fix = Bifoga den råa serverConf.xml eller config-<instance>.xml från installationens conf-mapp.
rule-input-doctype-or-entity = en DOCTYPE- eller entitetsdeklaration hittades; filen avvisades utan att något expanderades
    .title = DTD eller entitetsdeklaration
    .why = Campaigns konfigurationsfiler deklarerar aldrig någon DTD. Sådana deklarationer är verktyget för XML-bomber och attacker med externa entiteter, så de avvisas direkt, expanderas aldrig och hämtas aldrig.
    .fix = Ta bort blocket <!DOCTYPE ...> och alla rader <!ENTITY ...> och bifoga filen igen.
rule-input-too-deep = { $what ->
        [elements] fler än { $limit } element: avvisad före tolkning
        [attributes] ett element har fler än { $limit } attribut: avvisad före tolkning
        [attribute] ett attributvärde är längre än { $limit } byte: avvisad före tolkning
       *[depth] element är nästlade djupare än { $limit } nivåer: avvisad före tolkning
    }
    .title = Nästling, värdelängd eller antal element över gränsen
    .why = Riktiga konfigurationsfiler nästlar ungefär sju nivåer och har några hundra element. Mycket mer tyder på en fil gjord för att utmatta läsaren.
    .fix = Kontrollera att det verkligen är en Campaign-konfigurationsfil; bifoga i så fall bara de berörda avsnitten.
rule-input-encoding = { $problem ->
        [declared] läst som { $encoding }, den kodning som XML-deklarationen anger
        [converted] avkodad från { $encoding }
        [unsupported] den deklarerade kodningen { $encoding } stöds inte
       *[mismatch] byten är inte giltig { $encoding }; lästes som windows-1252 i stället, kontrollera värden med accenter
    }
    .title = Teckenkodning
    .why = { $problem ->
        [declared] Filen anger hur den är kodad och byten stämmer med det, så Campaign läser accenterna som du ser dem; bara verktyg som förutsätter UTF-8 kan läsa fel.
       *[other] En fil som sparats i en annan kodning än den deklarerar visar förvanskade accenter i värden som localDomain eller etiketter, och Campaign kan också läsa dem fel.
    }
    .fix = { $problem ->
        [declared] Inget att ändra. Att spara konfigurationsfiler som UTF-8 undviker överraskningar med andra verktyg.
       *[other] Spara filen som UTF-8 (eller låt kodningen i deklarationen <?xml ...?> stämma med hur filen sparats).
    }
rule-input-smart-quotes = ett attributvärde omges av typografiska citattecken (“ ” eller ‘ ’), så filen är inte giltig XML
    .title = Typografiska citattecken runt attributvärden
    .why = Utdrag som kopierats från webbsidor eller ordbehandlare har ofta krokiga citattecken. nlserver kan inte läsa in en sådan fil, så hela konfigurationen ignoreras.
    .fix = Ersätt de krokiga citattecknen med raka (" eller ').
rule-input-not-well-formed = { $kind ->
        [unclosed] elementet <{ $expected }> stängs aldrig
        [mismatched] hittade </{ $found }> där </{ $expected }> förväntades
        [stray-close] hittade </{ $found }> utan motsvarande starttagg
        [lt-in-value] ett attributvärde innehåller tecknet < (en platshållare som <domain> kvar?)
        [entity] ett & följs inte av en känd entitet som &amp;
        [duplicate-attribute] attributet { $expected } förekommer två gånger på samma element
        [too-many-nodes] för många noder
       *[syntax] XML-syntaxen är trasig här
    }
    .title = XML är inte välformad
    .why = nlserver vägrar en fil som den inte kan tolka, och då kör MTA:n och de andra modulerna med det den andra filen säger, eller inte alls.
    .fix = Rätta XML:en på den angivna raden (stäng varje element, eller avsluta tomma element med />) och kontrollera igen.
rule-input-html-escaped = XML:en är HTML-kodad (&lt;mta ...&gt;): den kopierades från en webbsida
    .title = HTML-kodad XML
    .why = Kodad text är ingen konfiguration: inget i den kan kontrolleras.
    .fix = Bifoga den råa filen från servern i stället för en kopia från en webbsida.
rule-input-wrong-root = rotelementet är <{ $root }>, inte <serverconf>: det här är ingen Campaign-serverkonfiguration
    .title = Inte en serverConf-fil
    .why = Andra XML-filer (Tomcats server.xml, scheman, paket) har inget med kvoter att göra, och att kontrollera dem skulle bara ge missvisande fynd.
    .fix = Bifoga conf/serverConf.xml eller conf/config-<instance>.xml.
rule-input-fragment-no-root = ett fragment ({ $count } element på översta nivån, ingen rot <serverconf>): kontrollerat som en delvis konfiguration
    .title = Fragment utan rot
    .why = Ett fragment går bra att kontrollera, men inställningar som det inte innehåller kan vara satta någon annanstans, så inget rapporteras som saknat.
    .fix = Bifoga hela filerna för en fullständig kontroll.
rule-input-unreadable = { $reason ->
        [not-found] filen finns inte
        [permission-denied] filen kunde inte öppnas: åtkomst nekad
        [is-a-directory] det här är en mapp, inte en fil
       *[other] filen kunde inte läsas
    }
    .title = Filen kunde inte läsas
    .why = Inget i den kunde kontrolleras; de andra filerna kontrollerades utan den, så fynd som beror på den kan saknas.
    .fix = Kontrollera sökvägen och filens behörigheter och kör kontrollen igen med alla filer.

## Struktur

rule-module-inside-shared = <{ $element }> ligger i <shared>, men moduler ligger direkt under <serverconf>
    .title = Modulavsnitt i <shared>
    .why = Modulen läser troligen inte ett avsnitt på den platsen och kör med standardvärden; för mta betyder det en tom statServerAddress, så den startar inte.
    .fix = Flytta ut elementet ur <shared>, direkt under <serverconf>.
rule-shared-node-outside-shared = <{ $element }> ligger direkt under <serverconf>, men hör hemma i <shared>
    .title = Delat avsnitt utanför <shared>
    .why = En delad inställning på fel plats ignoreras troligen: dnsConfigs localDomain skulle till exempel inte längre styra HELO-domänen.
    .fix = Flytta elementet in i <shared>.
rule-ip-outside-ipaffinity = <{ $element }> ligger inte där MTA:n letar efter det (mta/child/smtp/IPAffinity/IP)
    .title = IP eller IPAffinity på fel plats
    .why = IP-adresser utanför en affinitet kan inte väljas, så det finns färre sändvägar och kvoterna nås snabbare.
    .fix = Lägg varje <IP> i en <IPAffinity>, som i sin tur ligger i <mta><child><smtp>.
rule-underscore-disabled-attribute = { $attribute } på <{ $element }> börjar med ett understreck och är därför inte aktivt
    .title = Attribut avstängt med understreck
    .why = Migreringsguider byter namn på autoStart till _autoStart för att hålla tjänster stoppade. Glöms det sedan startar modulen aldrig: utan mta eller stat-server skickas ingenting.
    .fix = Ta bort understrecket när migreringen är klar (_autoStart blir autoStart igen).
rule-unknown-attribute-typo = { $attribute } är inte ett dokumenterat attribut för <{ $element }>; menade du { $suggestion }?
    .title = Felstavat attribut
    .why = XML-attributnamn är skiftlägeskänsliga. Ett felstavat namn ignoreras tyst och standardvärdet gäller i stället.
    .fix = Använd den dokumenterade stavningen.
rule-element-name-case = <{ $element }> ska stavas <{ $suggestion }>
    .title = Elementnamn med fel skiftläge
    .why = Elementnamn är skiftlägeskänsliga: ett avsnitt med fel skiftläge läses inte.
    .fix = Använd den dokumenterade stavningen av elementnamnet.
rule-commented-out-config = { $count } kommentar(er) innehåller XML-element; bortkommenterade inställningar är inte aktiva
    .title = Bortkommenterad konfiguration
    .why = Standardfilen dokumenterar många inställningar i kommentarer, och IPAffinity-exemplet är bortkommenterat. Inget av det gäller.
    .fix = Om en inställning i en kommentar ska gälla, flytta ut den ur kommentaren.
rule-duplicate-element = <{ $element }> förekommer här en andra gång; den första finns på rad { $first_line }
    .title = Avsnitt angivet två gånger
    .why = Bara ett sådant avsnitt förväntas. Vilken kopia servern läser är inte dokumenterat; kontrollen slår ihop båda och det senare värdet vinner, så en inställning i den andra kopian är kanske inte den som gäller.
    .fix = Slå ihop de två blocken till ett och ta bort det andra.

## MTA och statistikserver

rule-statServerAddress-missing = mta:ns gällande statServerAddress är tom
    .title = statServerAddress saknas
    .why = Utan adress till statistikservern startar inte mta; utan kvotserver kan inget skickas. Standardfilen serverConf.xml lämnar den tom och config-<instance>.xml brukar sätta den.
    .fix = Sätt <mta statServerAddress="värd[:port]"/> i config-<instance>.xml (localhost om stat-servern kör på samma maskin; port 7777 som standard).
rule-statServerAddress-invalid = statServerAddress "{ $value }" har inte formen värd[:port]
    .title = statServerAddress felaktigt utformad
    .why = MTA:n når inte kvotservern, får inga sändtillstånd och meddelandena väntar.
    .fix = Skriv ett värdnamn eller en IP-adress, eventuellt följt av :port (1 till 65535), utan schema, sökväg eller mellanslag.
rule-statServerAddress-port-mismatch = mta väntar sig den lokala stat-servern på port { $mta_port }, men stat lyssnar på { $stat_port }
    .title = Stat-serverns port stämmer inte
    .why = Kvotförfrågningar går till en port där ingen lyssnar, så MTA:n får inget tillstånd att skicka.
    .fix = Använd samma port i statServerAddress och <stat port="..."/> (7777 om du inte ändrat den) och tillåt den över UDP.
rule-stat-server-not-running-locally = statServerAddress pekar på den här maskinen, men stat-modulen startas inte här
    .title = Lokal stat-server inte startad
    .why = Ingen svarar på MTA:ns kvotförfrågningar: inget tillåts och meddelandena väntar.
    .fix = Lägg till <stat autoStart="true"/> i config-<instance>.xml, eller låt statServerAddress peka på maskinen där stat-servern kör.
rule-stat-multiple-servers = { $count } instansfiler startar var sin stat-server
    .title = Flera statistikservrar
    .why = Instanser som delar publika IP-adresser måste dela en enda statistikserver. Två servrar delar ut hela kvoten var, leverantörerna ser mer trafik än reglerna tillåter, och strypning följer.
    .fix = Behåll stat autoStart på en instans och låt de andra MTA:erna peka på den.
rule-useMomentum-enhanced-mta = useMomentum är true: den här instansen skickar e-post via Enhanced MTA
    .title = Enhanced MTA används
    .why = Med Enhanced MTA används inte databasens MX-regler för e-post: genomströmningen styrs av rykte och direkt återkoppling, så råd om MX-regler gäller inte.
    .fix = Inget att ändra; för frågor om e-postgenomströmning, se artikeln om Enhanced MTA.
rule-verifyMode-enabled = verifyMode är på: meddelanden behandlas men skickas aldrig på riktigt
    .title = verifyMode påslaget
    .why = I verifieringsläge lämnar inget MTA:n, vad kvoterna än säger.
    .fix = Sätt verifyMode="false" (eller ta bort det) på produktionsinstanser.
rule-mta-autostart-off = mta startas inte automatiskt på den här instansen
    .title = mta inte startad
    .why = Utan autoStart kör inte mta, så inget skickas från den här värden. Normalt på en marknadsföringsinstans med mid-sourcing, ett misstag annars.
    .fix = Sätt <mta autoStart="true" .../> i config-<instance>.xml på den sändande instansen.
rule-enableTLS-missing-or-false = { $set ->
        [yes] enableTLS är false
       *[no] enableTLS är inte satt, så standardvärdet (false) gäller
    }
    .title = enableTLS av
    .why = MX-regler vars TLS-val står kvar på standard ärver det här värdet, så e-post går okrypterad till de domänerna. TLS påverkar leveransbarheten, men att slå på det för alla kan sänka genomströmningen.
    .fix = Föredra TLS per MX-regel ("Opportunistisk") för de domäner som behöver det; sätt enableTLS="true" globalt först efter att ha vägt kostnaden i genomströmning.
rule-statServerTLSSupport-disabled = statServerTLSSupport är false: MX-reglernas TLS-inställningar ignoreras
    .title = TLS per MX ignoreras
    .why = Varje MX-regels TLS-val gäller bara om stat-servern stöder det.
    .fix = Ta bort statServerTLSSupport="false" (standard är true) om du använder TLS i MX-regler.
rule-boolean-value-invalid = { $attribute }="{ $value }" är inte ett booleskt värde (använd true, false, 1 eller 0)
    .title = Ogiltigt booleskt värde
    .why = Ett okänt värde kan läsas som false: TLS förblir avstängt, eller en modul startar inte.
    .fix = Skriv true eller false.
rule-number-value-invalid = { $problem ->
        [range] { $attribute }="{ $value }" ligger utanför vad en { $type } rymmer ({ $min } till { $max })
       *[syntax] { $attribute }="{ $value }" är inget heltal
    }
    .title = Numeriskt attribut som inte är ett heltal
    .why = Campaign läser attributet som ett heltal. Hur ett decimaltal, en exponent, ett hexadecimalt tal, ett tomt eller för stort värde tolkas är inte dokumenterat, så kvotsiffrorna utelämnar det som beror på värdet i stället för att anta standardvärdet.
    .fix = Skriv bara decimala siffror, till exempel 4.
rule-maxSpareServers-out-of-range = maxSpareServers är { $value }
    .title = Antal mtachild utanför intervallet
    .why = 0 betyder ingen barnprocess, så inget skickas. Fler än ungefär 8 (eller fler än antalet processorer) får bara barnen att tävla om samma MX-kvoter medan de använder minne.
    .fix = Håll maxSpareServers mellan 1 och 8, och högst lika med antalet processorer.
rule-spare-servers-inconsistent = { $attribute } ({ $value }) är högre än maxSpareServers ({ $max })
    .title = Motsägelsefull storlek på barnpoolen
    .why = Poolen kan inte hålla fler barn än sitt maximum: inställningarna motsäger varandra.
    .fix = Håll minSpareServers och startSpareServers på eller under maxSpareServers.
rule-maxSessionsPerChild-out-of-range = maxSessionsPerChild är { $value }
    .title = Sessioner per barn utanför intervallet
    .why = barn × sessioner per barn begränsar de anslutningar den här värden öppnar, vad MX-reglerna än tillåter. 0 blockerar sändning; mycket höga värden ger mest minnestryck.
    .fix = Håll maxSessionsPerChild nära standardvärdet 1000.
rule-child-memory-budget = { $messages } väntande meddelanden kräver ungefär { $needed } MB, mer än maxWorkingSetMb ({ $limit } MB)
    .title = Barnens minnesbudget för liten
    .why = Ett barn som når sitt minnestak slutar skicka; fallet i genomströmning förväxlas lätt med kvotväntan. Tumregel: meddelanden × 50 kB × 2,5.
    .fix = Sänk maxWaitingMessages eller höj maxWorkingSetMb så att budgeten räcker.
rule-maxAgeSec-below-slice = maxAgeSec är { $value } s, kortare än en kvotskiva på 5 minuter
    .title = maxAgeSec kortare än en kvotskiva
    .why = Ett meddelande som hålls tillbaka av en kvot kan vänta nästan 300 s på nästa skiva. Överges det tidigare hamnar det i omförsökscykeln igen, vilket ger mer last och fördröjning.
    .fix = Håll maxAgeSec på 300 eller mer (standard är 600).
rule-initialDelaySec-extreme = initialDelaySec är { $value }
    .title = Extrem fördröjning före återanslutning
    .why = Fördröjningen fördubblas efter varje misslyckad anslutning. 0 hamrar på en MX som vägrar, vilket höjer felfrekvensen och utlöser dynamisk flödeskontroll; mycket långa fördröjningar bromsar återhämtningen.
    .fix = Håll initialDelaySec på några sekunder (standard är 4).
rule-relay-configured = all e-post går ut genom ett SMTP-relä
    .title = SMTP-relä konfigurerat
    .why = Via ett relä blir reläets kapacitet taket för genomströmningen, synkrona fel kvalificeras dåligt, och inget går ut när det ligger nere. Varje väg blir reläet, vilket snedvrider kvoterna.
    .fix = Lämna adressen i mta/relay tom om reläet inte krävs, och dimensionera det för hela volymen.
rule-smtp-error-stats-suppressed = { $attribute }={ $value } döljer statistiken över SMTP-fel
    .title = Statistik över SMTP-fel undertryckt
    .why = Rapporten "SMTP-fel per domän" är där "quotas met" och flödeskontroll utreds; med de här inställningarna förblir den tom.
    .fix = Behåll logEmailErrors="true" och loggtrösklarna nära sina standardvärden.
rule-retryLostMessages-disabled = retryLostMessages är false
    .title = Förlorade meddelanden försöks inte igen
    .why = Meddelanden hos ett barn som kraschar går förlorade i stället för att skickas igen.
    .fix = Ta bort retryLostMessages="false" (standard är true).
rule-debugPath-or-dataLogPath-set = { $attribute } är satt: varje skickat e-postmeddelande skrivs till disk
    .title = E-post skrivs till disk
    .why = Kopior av varje meddelande kostar diskutrymme och I/O på MTA-värden och innehåller personuppgifter.
    .fix = Lämna det tomt om du inte verkligen behöver arkivet, och bevaka då diskutrymme och åtkomsträttigheter.
rule-mta-memory-limits = { $attribute } är lågt ({ $value })
    .title = Låga minnes- eller meddelandegränser för MTA
    .why = Låga gränser får processer att starta om ofta, vilket ser ut som avbrott i sändningen.
    .fix = Behåll standardvärdena (maxMemoryMb 1024, maxMsgPerChild 5000000) om du inte har ett skäl.

## IP-affinitet

rule-publicId-missing = { $has_address ->
        [no] en IP-post utan adress har inget publicId
       *[yes] IP-adressen { $address } har inget publicId
    }
    .title = IP utan publicId
    .why = Statistikservern räknar kvoter per publicId, och MX-regler väljer IP-adresser efter det. Utan publicId kan räknare och regler inte kopplas till den här IP-adressen.
    .fix = Ge varje <IP> ett unikt numeriskt publicId.
rule-publicId-not-numeric = publicId "{ $value }" är inte ett tal
    .title = publicId inte numeriskt
    .why = publicId måste vara ett tal: stat-servern och MX-reglernas id-intervall jämför tal.
    .fix = Använd ett heltal som 1, 2, 3.
rule-helo-publicId-inconsistent = { $key } { $value } förekommer med { $count } olika värden för { $other }
    .title = En IP, flera HELO-namn eller publicId
    .why = En IP ska motsvara exakt en HELO-värd med ett publicId; att koppla den på flera sätt är en känd orsak till strypt leverans.
    .fix = Ge varje adress ett heloHost och ett publicId, överallt där den förekommer.
rule-ip-address-invalid = "{ $value }" är ingen IP-adress
    .title = Ogiltig IP-adress
    .why = MTA:n kan inte binda till ett värdnamn eller en felaktig adress, så den här IP-adressens vägar saknas.
    .fix = Skriv den lokala IPv4- eller IPv6-adress som MTA:n skickar från.
rule-doc-placeholder-value = { $attribute }="{ $value }" är en platshållare från dokumentationen
    .title = Platshållare från dokumentationen kvar
    .why = En exempelserver eller exempeladress betyder att inställningen aldrig anpassats till den här installationen.
    .fix = Ersätt den med det verkliga värdet för din installation.
rule-ip-weight-invalid = vikten "{ $value }" är inte ett positivt heltal
    .title = Ogiltig IP-vikt
    .why = Vikter bestämmer varje IP-adress andel av trafiken; noll eller ogiltiga vikter snedvrider fördelningen eller stänger av en IP.
    .fix = Använd heltal från 1 och uppåt (t.ex. 5, 5, 1 ger 45 %, 45 %, 10 %).
rule-include-exclude-conflict = { $problem ->
        [both] "{ $mask }" är både inkluderad och exkluderad
       *[syntax] "{ $mask }" är ingen domänmask (inga mellanslag eller @)
    }
    .title = Konflikt mellan includeDomains och excludeDomains
    .why = Exkluderingen tillämpas efter inkluderingen, så en domän i båda listorna använder aldrig den här IP-adressen: färre vägar, kvoter som nås tidigare eller meddelanden som väntar i brist på väg.
    .fix = Ange varje domänmask i bara ett av de två attributen, åtskilda med kommatecken.
rule-domain-without-ip = ingen användbar IP i affiniteten "{ $affinity }" skickar till "{ $mask }": IP:erna som inkluderar den är avstängda (vikt 0 eller ingen giltig adress) och de andra exkluderar den
    .title = Domän utan användbar IP
    .why = Leveranser till domänen hittar ingen väg genom den här affiniteten: meddelandena väntar tills det finns en.
    .fix = Ge domänen en användbar IP: rätta vikten eller adressen för IP:n som inkluderar den, eller ta bort domänen ur en annan IP:s excludeDomains.
rule-ipaffinity-empty = affiniteten "{ $name }" har ingen IP
    .title = Tom IP-affinitet
    .why = Utskick som väljer den här affiniteten har ingen adress att skicka från, vilket kan stoppa all e-post.
    .fix = Lägg till minst en <IP> i affiniteten, eller ta bort affiniteten och dess användning i utskick.
rule-ipaffinity-name-invalid = affinitetsnamnet "{ $name }" innehåller kommatecken eller mellanslag
    .title = Felaktigt affinitetsnamn
    .why = Affinitetsnamn skiljs åt med semikolon; ett namn som inte stämmer med det som valts i utskick stoppar e-posten.
    .fix = Skilj flera namn åt med ; och använd inga mellanslag.
rule-ipaffinity-duplicate-name = affinitetsnamnet "{ $name }" används redan på rad { $first_line }
    .title = Dubblerat affinitetsnamn
    .why = Två pooler med samma namn gör det oklart vilka IP-adresser ett utskick använder.
    .fix = Slå ihop de två affiniteterna eller byt namn på en av dem.
rule-ipaffinity-single-ip = affiniteten "{ $name }" har en enda IP
    .title = Affinitet med en IP
    .why = En IP betyder färre vägar, och MX-regler som inte är "Delade" ger sina gränser per IP: taket blir lägre.
    .fix = Lägg till IP-adresser i affiniteten om den här trafiken behöver mer genomströmning.
rule-helo-missing = affiniteten "{ $name }" anger inget HELO-namn (inget heloHost, ingen localDomain)
    .title = Ingen HELO-domän
    .why = MTA:n presenterar då operativsystemets domän, som kanske inte stämmer med omvänd DNS: fler avvisningar, alltså dynamisk flödeskontroll.
    .fix = Sätt heloHost på varje IP, eller localDomain på affiniteten eller i shared/dnsConfig.

## DNS

rule-nameServers-invalid = "{ $entry }" i nameServers är ingen IP-adress
    .title = Ogiltig lista över DNS-servrar
    .why = MX-uppslag misslyckas, och meddelanden studsar som ogiltig domän eller onåbar.
    .fix = Ange DNS-servrarnas IP-adresser åtskilda med kommatecken.
rule-dns-timeouts-extreme = DNS { $attribute } är { $value }
    .title = Extrema DNS-omförsök eller tidsgräns
    .why = För få omförsök eller för kort tidsgräns får MX-uppslaget att misslyckas; för lång tidsgräns bromsar sändningen.
    .fix = Håll retry nära 4 och timeout nära 5000 ms.

## Studsar

rule-inMail-autostart-off = mta startar men inte inMail
    .title = Studshantering avstängd
    .why = Utan inMail behandlas inte asynkrona studsar och karantäner uppdateras inte: ogiltiga adresser prövas igen, felfrekvensen stiger och flödeskontroll följer.
    .fix = Sätt <inMail autoStart="true"/> på instansen som behandlar studsar.
rule-inMail-checkInstanceName-off = inMail checkInstanceName är false
    .title = Studsar från andra instanser godtas
    .why = Studsar avsedda för en annan instans kan behandlas här och sätta fel adresser i karantän.
    .fix = Behåll checkInstanceName="true" (standard).

## Säkerhet

rule-secret-plaintext-db-password = ett databaslösenord står i klartext i den här filen (värdet visas inte)
    .title = Databaslösenord i klartext
    .why = Den som ser filen kan logga in i databasen. Värdet återgavs inte här.
    .fix = Byt lösenordet och låt nlserver skriva det krypterat (encrypted="1"). Ta bort inloggningsuppgifter innan du delar filer.
rule-secret-internal-password = lösenordet för kontot internal står i den här filen (värdet visas inte)
    .title = internalPassword finns
    .why = Kontot internal har alla rättigheter på alla instanser.
    .fix = Byt det med nlserver config -internalpassword och ta bort det innan du delar filer.
rule-secret-present = { $attribute } på <{ $element }> innehåller en inloggningsuppgift (värdet visas inte)
    .title = Inloggningsuppgift i filen
    .why = Även krypterade värden ska inte läggas ut i en chatt: behandla uppgiften som röjd.
    .fix = Byt uppgiften om filen har delats, och töm sådana värden innan du delar.
rule-security-zone-permissive = { $problem ->
        [internal] internal-kontot får logga in från zonen "{ $zone }" (internalSecurityZone), som omfattar alla adresser
       *[flag] { $attribute } är true på zonen "{ $zone }", som omfattar alla adresser
    }
    .title = Tillåtande publik säkerhetszon
    .why = Debug-, HTTP- eller svaga lösenordsalternativ på zonen som omfattar internet vidgar attackytan.
    .fix = Håll de här alternativen avstängda på den publika zonen; tillåt dem bara på smala privata zoner.
rule-urlPermission-permissive = { $problem ->
        [ignore] urlPermission har åtgärden "ignore": utgående URL:er kontrolleras inte
       *[any-url] en URL-regel tillåter vilken URL som helst på vilken domän som helst
    }
    .title = Tillåtande URL-behörigheter
    .why = Skript kan då anropa vilken adress som helst.
    .fix = Använd action="deny" (eller "warn") med en lista över de domäner du verkligen anropar.

rule-checkIPConsistent-off = { $problem ->
        [false] checkIPConsistent är false: en session är inte knuten till klientens IP-adress
       *[absent] checkIPConsistent är inte satt och därmed false: en session är inte knuten till klientens IP-adress
    }
    .title = Sessioner inte knutna till klientens IP
    .why = En sessionstoken som kopieras till en annan dator fortsätter att fungera där.
    .fix = Sätt checkIPConsistent="true" på <authentication>, om inte användarna når servern via proxyer vars adress byts under en session.

rule-infra-disclosure = filen nämner { $count } interna adresser eller värdnamn i er plattform (upprepas inte här)
    .title = Interna adresser i filen
    .why = De är inga hemligheter, men de visar alla som läser var er databas och era servrar finns: de hör inte hemma i en öppen kanal.
    .fix = Byt ut interna adresser och värdnamn mot platshållare som 10.0.0.x eller db.internal.example innan du delar filen.

## Gällande konfiguration

rule-override-conflict = <{ $element }> { $attribute } är "{ $value }" här och ersätter "{ $earlier }" från { $earlier_file }:{ $earlier_line }
    .title = Värde ersatt av instansfilen
    .why = config-<instance>.xml vinner över serverConf.xml värde för värde: värdet som visas här är det som gäller.
    .fix = Inget att rätta om det är avsiktligt; ändra det annars i instansfilen.
rule-default-applied = ingen fil sätter { $count ->
        [one] det här nyckelvärdet, så standardvärdet gäller
       *[other] de här { $count } nyckelvärdena, så standardvärdena gäller
    }: { $values }
    .title = Nyckelvärden som står kvar på standard
    .why = När meddelanden köas är det här de första värdena att jämföra med era volymer och MX-regler; ett standardvärde är också ett val, bara ett outtalat.
    .fix = Inget att ändra om standardvärdena passar; annars sätter du dem i config-<instance>.xml.
rule-quota-explainer = { $bottleneck ->
        [unknown] Inga siffror för den här konfigurationen: { $attribute }="{ $value }" är inget heltal, och kontrollen gissar inte vilket tal nlserver skulle använda i stället.
        [enhanced-mta] { $children } barnprocess(er) × { $sessions } sessioner = högst { $local } SMTP-sessioner från den här värden. Enhanced MTA styr själv genomströmningen: MX-regler och deras kvoter används inte, så inga MX-siffror räknas fram.
       *[other] { $children } barnprocess(er) × { $sessions } sessioner = högst { $local } SMTP-sessioner från den här värden. { $ips } publik(a) IP × { $mx_ips } MX-IP = { $paths } vägar; med { $max_connections } anslutningar per väg tillåter MX-sidan { $mx_connections }. En kvot på { $hourly } meddelanden/timme tillämpas som { $slice } per skiva om 5 minuter ({ $slice_per_ip } om regeln inte är "Delad"). { $bottleneck ->
                [enhanced-mta] Enhanced MTA styr genomströmningen: MX-regler används inte.
                [not-starting] Men mta startar inte så länge statServerAddress är tom.
                [relay] Men allt går ut genom reläet, vars kapacitet begränsar först.
                [local-sessions] Det lokala sessionstaket begränsar före MX-anslutningarna.
               *[mx-connections] MX-anslutningarna begränsar före det lokala taket; därutöver visar väntetiderna "quotas met".
            }
    }
    .title = Hur kvoterna gäller för den här konfigurationen
    .why = "quotas met" betyder att en MX-kvot är slut för stunden: varje anslutningsförsök kostar en kredit, så ett dåligt rykte bränner kvot. "dynamic flow control" betyder att MTA:n saktar ner efter för många fel för en domän. MX-siffrorna är dokumentationens exempel (16 MX-IP, 5 anslutningar, 10 000/h) om inget annat anges.
    .fix = Jämför siffrorna med MX-reglerna (Regeluppsättningar för e-post > MX-hantering) och rapporten "SMTP-fel per domän"; höj gränser bara med råd från leveransbarhetsexperter.

## The quota chart (kbbot check --chart, and the bot's check replies)
chart-title = En timmes utskick till en domän: { $file }
chart-minutes = minuter in i timmen
chart-messages = tillåtna meddelanden hittills
chart-allowed = MX-regel, delad: { $slice } per 5 minuter
chart-allowed-per-ip = inte delad: { $slice } per 5 minuter
chart-delivery = ett utskick på { $volume } meddelanden
chart-done = sista meddelandet går i intervall { $slice } (minut { $from }–{ $to })
chart-left = { $left } meddelanden väntar kvar efter timmen ("quotas met")
chart-connections = Samtidiga anslutningar
chart-local = den här värden: { $count }
chart-mx = MX-sidan: { $count }
chart-bites = gränsen som tar
