# De configuratiecontrole: rapportlabels, `kbbot rules` / `kbbot explain`, één bericht per regel.

check-severity-info = info
check-severity-warning = waarschuwing
check-severity-security = beveiliging
check-severity-error = fout
check-category-input = invoer
check-category-structure = structuur
check-category-mta = MTA en statistiekserver
check-category-ip-affinity = IP-affiniteit
check-category-dns = DNS
check-category-bounce = bounces
check-category-security = beveiliging
check-category-merge = effectieve configuratie
check-label-why = waarom
check-label-fix = oplossing
check-label-articles = gerelateerde artikelen
check-summary = { $files } bestand(en): { $errors } fout(en), { $warnings } waarschuwing(en), { $security } beveiligingsbevinding(en), { $infos } opmerking(en).
check-clean = Niets boven infoniveau: deze configuratie heeft geen bekend probleem met quota of flow control.
check-partial = Gedeeltelijke controle: een invoer is een fragment of werd geweigerd, dus ontbrekende instellingen zijn niet als ontbrekend gemeld.
check-roles = Samengevoegd als: { $files }.
check-role = { $file } ({ $instance ->
        [yes] instantiebestand
       *[no] basisbestand
    }{ $basis ->
        [given] , zoals gevraagd
        [inferred] , het enige andere bestand naast serverConf.xml
        [default] , want de naam is niet config-<instance>.xml (--instance BESTAND leest het als zodanig)
       *[name] {""}
    })
check-refused = Geweigerd: { $files }. Niets uit een geweigerd bestand is als configuratie gelezen.
check-effective-default = gedocumenteerde standaardwaarde
check-cli-no-files = geef minstens één bestand op, of - voor standaardinvoer
check-no-chart = Geen grafiek: geen gecontroleerde configuratie heeft een mta waar MX-regels voor gelden (geen, de Enhanced MTA, een relay of een mta die niet start).
rules-heading = { $count } regels. Voer `kbbot explain <id>` uit voor details.
explain-unknown = Geen regel heeft de id "{ $id }". Voer `kbbot rules` uit voor de lijst.
explain-renamed = "{ $old }" is de vroegere id van "{ $new }".
explain-retired = "{ $old }" wordt niet meer gecontroleerd.
explain-severity = Ernst
explain-category = Categorie
explain-why = Waarom het ertoe doet
explain-fix = Hoe op te lossen
explain-bad = Problematisch
explain-good = Gecorrigeerd
explain-articles = Gerelateerde artikelen
explain-none = geen

## Robuustheid van de invoer

rule-input-too-large = { $known ->
        [yes] het bestand is { $size } KiB; bestanden boven { $limit } KiB worden ongelezen geweigerd
       *[no] het bestand is groter dan { $limit } KiB en is geweigerd zonder het helemaal te lezen
    }
    .title = Bestand te groot voor een serverConf
    .why = Een volledige standaard serverConf.xml met al zijn commentaar is ongeveer 60 kB. Iets van megabytes is geen configuratie en kost alleen geheugen en tijd.
    .fix = Voeg alleen serverConf.xml en config-<instance>.xml toe, of plak de sectie waar uw vraag over gaat.
rule-input-not-xml = dit lijkt geen XML-bestand (binaire gegevens, of helemaal geen element)
    .title = Geen XML
    .why = De controle kan alleen de XML-configuratiebestanden van Campaign lezen; iets anders levert geen bruikbaar antwoord op.
    .fix = Voeg de ruwe serverConf.xml of config-<instance>.xml uit de conf-map van de installatie toe.
rule-input-doctype-or-entity = er is een DOCTYPE- of entiteitsdeclaratie gevonden; het bestand is geweigerd zonder iets uit te breiden
    .title = DTD of entiteitsdeclaratie
    .why = Campaign-configuratiebestanden declareren nooit een DTD. Zulke declaraties zijn het middel van XML-bommen en aanvallen met externe entiteiten; ze worden meteen geweigerd, nooit uitgebreid en nooit opgehaald.
    .fix = Verwijder het blok <!DOCTYPE ...> en alle regels <!ENTITY ...>, en voeg het bestand opnieuw toe.
rule-input-too-deep = { $what ->
        [elements] meer dan { $limit } elementen: geweigerd vóór het parsen
        [attributes] een element heeft meer dan { $limit } attributen: geweigerd vóór het parsen
        [attribute] een attribuutwaarde is langer dan { $limit } bytes: geweigerd vóór het parsen
       *[depth] elementen zijn meer dan { $limit } niveaus diep genest: geweigerd vóór het parsen
    }
    .title = Nesting, lengte van waarden of aantal elementen boven de grens
    .why = Echte configuratiebestanden nesten ongeveer zeven niveaus en bevatten enkele honderden elementen. Veel meer wijst op een bestand dat gemaakt is om de lezer uit te putten.
    .fix = Controleer of dit echt een Campaign-configuratiebestand is; zo ja, voeg alleen de betrokken secties toe.
rule-input-encoding = { $problem ->
        [declared] gelezen als { $encoding }, de codering die de XML-declaratie noemt
        [converted] gedecodeerd vanuit { $encoding }
        [unsupported] de gedeclareerde codering { $encoding } wordt niet ondersteund
       *[mismatch] de bytes zijn geen geldig { $encoding }; in plaats daarvan als windows-1252 gelezen, controleer waarden met accenten
    }
    .title = Tekencodering
    .why = { $problem ->
        [declared] Het bestand zegt hoe het gecodeerd is en de bytes kloppen daarmee, dus Campaign leest de accenten zoals u ze ziet; alleen tools die van UTF-8 uitgaan kunnen zich vergissen.
       *[other] Een bestand dat in een andere codering is opgeslagen dan het declareert, toont verminkte accenten in waarden zoals localDomain of labels, en Campaign kan die waarden ook verkeerd lezen.
    }
    .fix = { $problem ->
        [declared] Niets te wijzigen. Configuratiebestanden als UTF-8 opslaan voorkomt verrassingen met andere tools.
       *[other] Sla het bestand op als UTF-8 (of laat de codering in de declaratie <?xml ...?> overeenkomen met hoe het is opgeslagen).
    }
rule-input-smart-quotes = een attribuutwaarde staat tussen typografische aanhalingstekens (“ ” of ‘ ’), dus het bestand is geen geldige XML
    .title = Typografische aanhalingstekens rond waarden
    .why = Fragmenten die uit webpagina's of tekstverwerkers zijn gekopieerd, bevatten vaak gekrulde aanhalingstekens. nlserver kan zo'n bestand niet laden, dus de hele configuratie wordt genegeerd.
    .fix = Vervang de gekrulde aanhalingstekens door rechte (" of ').
rule-input-not-well-formed = { $kind ->
        [unclosed] het element <{ $expected }> wordt nooit gesloten
        [mismatched] </{ $found }> gevonden waar </{ $expected }> verwacht werd
        [stray-close] </{ $found }> gevonden zonder bijbehorende begintag
        [lt-in-value] een attribuutwaarde bevat een <-teken (een voorbeeld zoals <domain> laten staan?)
        [entity] een & wordt niet gevolgd door een bekende entiteit zoals &amp;
        [duplicate-attribute] het attribuut { $expected } staat twee keer op één element
        [too-many-nodes] te veel nodes
       *[syntax] de XML-syntaxis is hier kapot
    }
    .title = XML niet goed gevormd
    .why = nlserver weigert een bestand dat het niet kan parsen; de MTA en de andere modules draaien dan met wat het andere bestand zegt, of helemaal niet.
    .fix = Corrigeer de XML op de aangegeven regel (sluit elk element, of eindig lege elementen met />) en controleer opnieuw.
rule-input-html-escaped = de XML is HTML-geëscaped (&lt;mta ...&gt;): hij is van een webpagina gekopieerd
    .title = HTML-geëscapete XML
    .why = Geëscapete tekst is geen configuratie: er valt niets in te controleren.
    .fix = Voeg het ruwe bestand van de server toe in plaats van een kopie van een webpagina.
rule-input-wrong-root = het hoofdelement is <{ $root }>, niet <serverconf>: dit is geen Campaign-serverconfiguratie
    .title = Geen serverConf-bestand
    .why = Andere XML-bestanden (server.xml van Tomcat, schema's, packages) hebben niets met quota te maken, en ze controleren zou alleen misleidende bevindingen geven.
    .fix = Voeg conf/serverConf.xml of conf/config-<instance>.xml toe.
rule-input-fragment-no-root = een fragment ({ $count } element(en) op het hoogste niveau, geen hoofdelement <serverconf>): gecontroleerd als gedeeltelijke configuratie
    .title = Fragment zonder hoofdelement
    .why = Een fragment laat zich prima controleren, maar instellingen die er niet in staan kunnen elders gezet zijn; daarom wordt niets als ontbrekend gemeld.
    .fix = Voeg de volledige bestanden toe voor een volledige controle.
rule-input-unreadable = { $reason ->
        [not-found] het bestand bestaat niet
        [permission-denied] het bestand kon niet geopend worden: geen toestemming
        [is-a-directory] dit is een map, geen bestand
       *[other] het bestand kon niet gelezen worden
    }
    .title = Bestand kon niet gelezen worden
    .why = Niets ervan kon gecontroleerd worden; de andere bestanden zijn zonder dit bestand gecontroleerd, dus bevindingen die ervan afhangen kunnen ontbreken.
    .fix = Controleer het pad en de rechten van het bestand en voer de controle opnieuw uit met alle bestanden.

## Structuur

rule-module-inside-shared = <{ $element }> staat in <shared>, maar modules horen direct onder <serverconf>
    .title = Modulesectie in <shared>
    .why = De module leest een sectie op die plek waarschijnlijk niet en draait met standaardwaarden; voor de mta betekent dat een lege statServerAddress, dus hij start niet.
    .fix = Haal het element uit <shared> en zet het direct onder <serverconf>.
rule-shared-node-outside-shared = <{ $element }> staat direct onder <serverconf>, maar hoort in <shared>
    .title = Gedeelde sectie buiten <shared>
    .why = Een gedeelde instelling op de verkeerde plek wordt waarschijnlijk genegeerd: de localDomain van dnsConfig bepaalt dan bijvoorbeeld niet meer het HELO-domein.
    .fix = Verplaats het element naar <shared>.
rule-ip-outside-ipaffinity = <{ $element }> staat niet waar de MTA het zoekt (mta/child/smtp/IPAffinity/IP)
    .title = IP of IPAffinity op de verkeerde plek
    .why = IP-adressen buiten een affiniteit kunnen niet gekozen worden: er zijn minder verzendpaden en quota worden sneller bereikt.
    .fix = Plaats elke <IP> in een <IPAffinity>, die zelf in <mta><child><smtp> staat.
rule-underscore-disabled-attribute = { $attribute } op <{ $element }> begint met een liggend streepje en is dus niet actief
    .title = Met liggend streepje uitgeschakeld attribuut
    .why = Migratiehandleidingen hernoemen autoStart naar _autoStart om diensten gestopt te houden. Daarna vergeten start de module nooit: zonder mta of stat-server wordt niets verzonden.
    .fix = Verwijder het liggend streepje na de migratie (_autoStart wordt weer autoStart).
rule-unknown-attribute-typo = { $attribute } is geen gedocumenteerd attribuut van <{ $element }>; bedoelt u { $suggestion }?
    .title = Verkeerd gespeld attribuut
    .why = XML-attribuutnamen zijn hoofdlettergevoelig. Een verkeerd gespelde naam wordt stil genegeerd en de standaardwaarde geldt.
    .fix = Gebruik de gedocumenteerde spelling.
rule-element-name-case = <{ $element }> moet gespeld worden als <{ $suggestion }>
    .title = Elementnaam met verkeerde hoofdletters
    .why = Elementnamen zijn hoofdlettergevoelig: een verkeerd gespelde sectie wordt niet gelezen.
    .fix = Gebruik de gedocumenteerde spelling van de elementnaam.
rule-commented-out-config = { $count } commentaar(en) bevatten XML-elementen; uitgecommentarieerde instellingen zijn niet actief
    .title = Uitgecommentarieerde configuratie
    .why = Het standaardbestand documenteert veel instellingen in commentaar, en het IPAffinity-voorbeeld staat in commentaar. Niets daarvan is van kracht.
    .fix = Als een instelling uit het commentaar moet gelden, haal haar uit het commentaar.
rule-duplicate-element = <{ $element }> komt hier een tweede keer voor; de eerste staat op regel { $first_line }
    .title = Sectie dubbel opgegeven
    .why = Er wordt maar één zo'n sectie verwacht. Welke kopie de server leest is niet gedocumenteerd; de controle voegt beide samen en de latere waarde wint, dus een instelling uit de andere kopie is misschien niet degene die geldt.
    .fix = Voeg de twee blokken samen tot één en verwijder het andere.

## MTA en statistiekserver

rule-statServerAddress-missing = de effectieve statServerAddress van de mta is leeg
    .title = statServerAddress ontbreekt
    .why = Zonder adres van de statistiekserver start de mta niet; zonder quotaserver kan niets verzonden worden. De standaard serverConf.xml laat het leeg en config-<instance>.xml vult het meestal in.
    .fix = Zet <mta statServerAddress="host[:poort]"/> in config-<instance>.xml (localhost als de stat-server op dezelfde machine draait; standaard poort 7777).
rule-statServerAddress-invalid = statServerAddress "{ $value }" heeft niet de vorm host[:poort]
    .title = statServerAddress onjuist gevormd
    .why = De MTA bereikt de quotaserver niet, krijgt geen verzendtoestemming en berichten wachten.
    .fix = Schrijf een hostnaam of IP-adres, eventueel gevolgd door :poort (1 tot 65535), zonder schema, pad of spaties.
rule-statServerAddress-port-mismatch = de mta verwacht de lokale stat-server op poort { $mta_port }, maar stat luistert op { $stat_port }
    .title = Poort van de stat-server klopt niet
    .why = Quotaverzoeken gaan naar een poort waar niemand luistert, dus de MTA krijgt geen toestemming om te verzenden.
    .fix = Gebruik dezelfde poort in statServerAddress en <stat port="..."/> (7777 tenzij gewijzigd) en sta die via UDP toe.
rule-stat-server-not-running-locally = statServerAddress wijst naar deze machine, maar de stat-module wordt hier niet gestart
    .title = Lokale stat-server niet gestart
    .why = Niemand beantwoordt de quotaverzoeken van de MTA: niets wordt toegestaan en berichten wachten.
    .fix = Voeg <stat autoStart="true"/> toe aan config-<instance>.xml, of laat statServerAddress wijzen naar de machine waarop de stat-server draait.
rule-stat-multiple-servers = { $count } instantiebestanden starten elk een stat-server
    .title = Meerdere statistiekservers
    .why = Instanties die publieke IP's delen, moeten één statistiekserver delen. Twee servers delen elk het volledige quotum uit, providers zien meer verkeer dan de regels toestaan, en beperking volgt.
    .fix = Laat stat autoStart op één instantie staan en laat de andere MTA's daarnaar wijzen.
rule-useMomentum-enhanced-mta = useMomentum is true: deze instantie verstuurt e-mail via de Enhanced MTA
    .title = Enhanced MTA in gebruik
    .why = Met de Enhanced MTA worden de MX-regels uit de database niet gebruikt voor e-mail: de doorvoer volgt uit reputatie en live feedback, dus advies over MX-regels geldt niet.
    .fix = Niets te wijzigen; zie voor vragen over e-maildoorvoer het artikel over de Enhanced MTA.
rule-verifyMode-enabled = verifyMode staat aan: berichten worden verwerkt maar nooit echt verzonden
    .title = verifyMode ingeschakeld
    .why = In verificatiemodus verlaat niets de MTA, wat de quota ook zeggen.
    .fix = Zet verifyMode="false" (of verwijder het) op productie-instanties.
rule-mta-autostart-off = de mta wordt op deze instantie niet automatisch gestart
    .title = mta niet gestart
    .why = Zonder autoStart draait de mta niet, dus wordt er vanaf deze host niets verzonden. Normaal op een marketinginstantie in mid-sourcing, elders een fout.
    .fix = Zet <mta autoStart="true" .../> in config-<instance>.xml op de verzendende instantie.
rule-enableTLS-missing-or-false = { $set ->
        [yes] enableTLS is false
       *[no] enableTLS is niet ingesteld, dus de standaardwaarde (false) geldt
    }
    .title = enableTLS uit
    .why = MX-regels waarvan de TLS-optie op de standaard staat, nemen deze waarde over: mail gaat onversleuteld naar die domeinen. TLS speelt mee in de bezorgbaarheid, maar het voor iedereen aanzetten kan de doorvoer verlagen.
    .fix = Gebruik liever TLS per MX-regel ("Opportunistisch") voor de domeinen die het nodig hebben; zet enableTLS="true" alleen globaal aan na afweging van de kosten voor de doorvoer.
rule-statServerTLSSupport-disabled = statServerTLSSupport is false: TLS-instellingen van de MX-regels worden genegeerd
    .title = TLS per MX genegeerd
    .why = De TLS-keuze van elke MX-regel geldt alleen als de stat-server die ondersteunt.
    .fix = Verwijder statServerTLSSupport="false" (standaard true) als u TLS in MX-regels gebruikt.
rule-boolean-value-invalid = { $attribute }="{ $value }" is geen booleaanse waarde (gebruik true, false, 1 of 0)
    .title = Ongeldige booleaanse waarde
    .why = Een onbekende waarde kan als false gelezen worden: TLS blijft uit, of een module start niet.
    .fix = Schrijf true of false.
rule-number-value-invalid = { $problem ->
        [range] { $attribute }="{ $value }" valt buiten wat een { $type } bevat ({ $min } tot { $max })
       *[syntax] { $attribute }="{ $value }" is geen geheel getal
    }
    .title = Numeriek attribuut dat geen geheel getal is
    .why = Campaign leest dit attribuut als geheel getal. Wat het doet met een decimaal getal, een exponent, een hexadecimaal getal, een lege of te grote waarde is niet gedocumenteerd, dus laten de quotacijfers weg wat ervan afhangt in plaats van de standaardwaarde aan te nemen.
    .fix = Schrijf alleen decimale cijfers, zoals 4.
rule-maxSpareServers-out-of-range = maxSpareServers is { $value }
    .title = Aantal mtachild buiten bereik
    .why = 0 betekent geen kindproces, dus niets wordt verzonden. Meer dan ongeveer 8 (of meer dan het aantal processors) laat kinderen alleen om dezelfde MX-quota strijden terwijl ze geheugen gebruiken.
    .fix = Houd maxSpareServers tussen 1 en 8, en hoogstens gelijk aan het aantal processors.
rule-spare-servers-inconsistent = { $attribute } ({ $value }) is hoger dan maxSpareServers ({ $max })
    .title = Tegenstrijdige grootte van de kindpool
    .why = De pool kan niet meer kinderen houden dan zijn maximum: de instellingen spreken elkaar tegen.
    .fix = Houd minSpareServers en startSpareServers op of onder maxSpareServers.
rule-maxSessionsPerChild-out-of-range = maxSessionsPerChild is { $value }
    .title = Sessies per kind buiten bereik
    .why = kinderen × sessies per kind begrenst de verbindingen die deze host opent, wat de MX-regels ook toestaan. 0 blokkeert verzending; zeer hoge waarden geven vooral meer geheugendruk.
    .fix = Houd maxSessionsPerChild rond de standaardwaarde van 1000.
rule-child-memory-budget = { $messages } wachtende berichten vragen ongeveer { $needed } MB, meer dan maxWorkingSetMb ({ $limit } MB)
    .title = Geheugenbudget van de kinderen te klein
    .why = Een kind dat zijn geheugenplafond bereikt, stopt met verzenden; de daling van de doorvoer wordt makkelijk voor quotawachten aangezien. Vuistregel: berichten × 50 kB × 2,5.
    .fix = Verlaag maxWaitingMessages of verhoog maxWorkingSetMb zodat het budget past.
rule-maxAgeSec-below-slice = maxAgeSec is { $value } s, korter dan één quotaschijf van 5 minuten
    .title = maxAgeSec korter dan een quotaschijf
    .why = Een bericht dat door een quotum wordt tegengehouden, kan bijna 300 s op de volgende schijf wachten. Eerder opgegeven gaat het terug naar de herhaalcyclus, wat belasting en vertraging toevoegt.
    .fix = Houd maxAgeSec op 300 of meer (standaard 600).
rule-initialDelaySec-extreme = initialDelaySec is { $value }
    .title = Extreme wachttijd voor herverbinden
    .why = De wachttijd verdubbelt na elke mislukte verbinding. 0 bestookt een weigerende MX, wat het foutpercentage verhoogt en dynamic flow control uitlokt; zeer lange wachttijden remmen het herstel.
    .fix = Houd initialDelaySec op enkele seconden (standaard 4).
rule-relay-configured = alle mail vertrekt via een SMTP-relay
    .title = SMTP-relay ingesteld
    .why = Via een relay is de capaciteit van de relay het plafond, worden synchrone fouten slecht gekwalificeerd, en vertrekt er niets als hij uitvalt. Elk pad wordt de relay, wat de quota vertekent.
    .fix = Laat het adres van mta/relay leeg tenzij de relay verplicht is, en dimensioneer hem voor het hele volume.
rule-smtp-error-stats-suppressed = { $attribute }={ $value } verbergt de statistieken van SMTP-fouten
    .title = Statistieken van SMTP-fouten onderdrukt
    .why = Het rapport "SMTP-fouten per domein" is waar "quotas met" en flow control worden onderzocht; met deze instellingen blijft het leeg.
    .fix = Houd logEmailErrors="true" en de logdrempels dicht bij hun standaardwaarden.
rule-retryLostMessages-disabled = retryLostMessages is false
    .title = Verloren berichten niet opnieuw geprobeerd
    .why = Berichten van een kind dat crasht gaan verloren in plaats van opnieuw verzonden te worden.
    .fix = Verwijder retryLostMessages="false" (standaard true).
rule-debugPath-or-dataLogPath-set = { $attribute } is ingesteld: elke verzonden e-mail wordt naar schijf geschreven
    .title = E-mails naar schijf geschreven
    .why = Kopieën van elk bericht kosten schijfruimte en I/O op de MTA-host en bevatten persoonsgegevens.
    .fix = Laat het leeg tenzij u het archief echt nodig hebt, en bewaak dan schijfruimte en toegangsrechten.
rule-mta-memory-limits = { $attribute } is laag ({ $value })
    .title = Lage geheugen- of berichtlimieten van de MTA
    .why = Lage limieten laten processen vaak herstarten, wat op haperende verzending lijkt.
    .fix = Houd de standaardwaarden (maxMemoryMb 1024, maxMsgPerChild 5000000) tenzij u een reden hebt.

## IP-affiniteit

rule-publicId-missing = { $has_address ->
        [no] een IP zonder adres heeft geen publicId
       *[yes] het IP { $address } heeft geen publicId
    }
    .title = IP zonder publicId
    .why = De statistiekserver telt quota per publicId, en MX-regels kiezen IP's daarop. Zonder publicId kunnen tellers en regels niet aan dit IP gekoppeld worden.
    .fix = Geef elke <IP> een unieke numerieke publicId.
rule-publicId-not-numeric = publicId "{ $value }" is geen getal
    .title = publicId niet numeriek
    .why = publicId moet een getal zijn: de stat-server en de id-bereiken van de MX-regels vergelijken getallen.
    .fix = Gebruik een geheel getal zoals 1, 2, 3.
rule-helo-publicId-inconsistent = { $key } { $value } komt voor met { $count } verschillende waarden van { $other }
    .title = Eén IP, meerdere HELO-namen of publicIds
    .why = Eén IP moet overeenkomen met precies één HELO-host met één publicId; het op meerdere manieren koppelen is een bekende oorzaak van beperkte bezorging.
    .fix = Geef elk adres één heloHost en één publicId, overal waar het voorkomt.
rule-ip-address-invalid = "{ $value }" is geen IP-adres
    .title = Ongeldig IP-adres
    .why = De MTA kan zich niet aan een hostnaam of een onjuist adres binden, dus de paden van dit IP ontbreken.
    .fix = Schrijf het lokale IPv4- of IPv6-adres waarvandaan de MTA verzendt.
rule-doc-placeholder-value = { $attribute }="{ $value }" is een voorbeeldwaarde uit de documentatie
    .title = Voorbeeldwaarde uit de documentatie blijven staan
    .why = Een voorbeeld-stat-server of -adres betekent dat de instelling nooit aan deze installatie is aangepast.
    .fix = Vervang haar door de echte waarde van uw installatie.
rule-ip-weight-invalid = gewicht "{ $value }" is geen positief geheel getal
    .title = Ongeldig IP-gewicht
    .why = Gewichten bepalen het aandeel van elk IP in het verkeer; nul of ongeldige gewichten scheeftrekken de verdeling of schakelen een IP uit.
    .fix = Gebruik gehele getallen vanaf 1 (bv. 5, 5, 1 geeft 45 %, 45 %, 10 %).
rule-include-exclude-conflict = { $problem ->
        [both] "{ $mask }" is zowel opgenomen als uitgesloten
       *[syntax] "{ $mask }" is geen domeinmasker (geen spaties of @)
    }
    .title = Conflict tussen includeDomains en excludeDomains
    .why = Uitsluiting wordt na opname toegepast, dus een domein in beide lijsten gebruikt dit IP nooit: minder paden, quota eerder bereikt, of berichten in afwachting bij gebrek aan een pad.
    .fix = Zet elk domeinmasker in slechts één van beide attributen, gescheiden door komma's.
rule-domain-without-ip = geen bruikbaar IP van de affiniteit "{ $affinity }" verstuurt naar "{ $mask }": de IP's die het opnemen zijn uitgeschakeld (gewicht 0 of geen geldig adres) en de andere sluiten het uit
    .title = Domein zonder bruikbaar IP
    .why = Leveringen naar dat domein vinden geen pad via deze affiniteit: de berichten blijven wachten tot er een is.
    .fix = Geef het domein een bruikbaar IP: corrigeer het gewicht of het adres van het IP dat het opneemt, of haal het domein uit de excludeDomains van een ander IP.
rule-ipaffinity-empty = de affiniteit "{ $name }" heeft geen IP
    .title = Lege IP-affiniteit
    .why = Leveringen die deze affiniteit kiezen, hebben geen adres om vanaf te verzenden, wat e-mail helemaal kan stilleggen.
    .fix = Voeg minstens één <IP> toe aan de affiniteit, of verwijder de affiniteit en het gebruik ervan in leveringen.
rule-ipaffinity-name-invalid = de affiniteitsnaam "{ $name }" bevat komma's of spaties
    .title = Onjuist gevormde affiniteitsnaam
    .why = Affiniteitsnamen worden door puntkomma's gescheiden; een naam die niet overeenkomt met de in leveringen gekozen naam houdt de mail tegen.
    .fix = Scheid meerdere namen met ; en gebruik geen spaties.
rule-ipaffinity-duplicate-name = de affiniteitsnaam "{ $name }" wordt al gebruikt op regel { $first_line }
    .title = Dubbele affiniteitsnaam
    .why = Twee pools met één naam maken onduidelijk welke IP's een levering gebruikt.
    .fix = Voeg de twee affiniteiten samen of hernoem er één.
rule-ipaffinity-single-ip = de affiniteit "{ $name }" heeft maar één IP
    .title = Affiniteit met één IP
    .why = Eén IP betekent minder paden, en MX-regels die niet "Gedeeld" zijn, kennen hun limieten per IP toe: het plafond is lager.
    .fix = Voeg IP's toe aan de affiniteit als dit verkeer meer doorvoer nodig heeft.
rule-helo-missing = de affiniteit "{ $name }" stelt geen HELO-naam in (geen heloHost, geen localDomain)
    .title = Geen HELO-domein
    .why = De MTA meldt dan het domein van het besturingssysteem, dat mogelijk niet bij de reverse DNS past: meer weigeringen, dus dynamic flow control.
    .fix = Zet heloHost op elk IP, of localDomain op de affiniteit of in shared/dnsConfig.

## DNS

rule-nameServers-invalid = "{ $entry }" in nameServers is geen IP-adres
    .title = Ongeldige lijst van DNS-servers
    .why = MX-opzoekingen mislukken, en berichten bouncen als ongeldig domein of onbereikbaar.
    .fix = Geef IP-adressen van DNS-servers op, gescheiden door komma's.
rule-dns-timeouts-extreme = DNS { $attribute } is { $value }
    .title = Extreme DNS-herhalingen of time-out
    .why = Te weinig herhalingen of een te korte time-out laten de MX-resolutie mislukken; een te lange time-out remt de verzending.
    .fix = Houd retry rond 4 en timeout rond 5000 ms.

## Bounces

rule-inMail-autostart-off = de mta start maar inMail niet
    .title = Bounceverwerking uit
    .why = Zonder inMail worden asynchrone bounces niet verwerkt en quarantaines niet bijgewerkt: ongeldige adressen worden opnieuw geprobeerd, het foutpercentage stijgt en flow control volgt.
    .fix = Zet <inMail autoStart="true"/> op de instantie die de bounces verwerkt.
rule-inMail-checkInstanceName-off = inMail checkInstanceName is false
    .title = Bounces van andere instanties aanvaard
    .why = Bounces die voor een andere instantie bedoeld zijn, kunnen hier verwerkt worden en de verkeerde adressen in quarantaine zetten.
    .fix = Houd checkInstanceName="true" (de standaard).

## Beveiliging

rule-secret-plaintext-db-password = er staat een databasewachtwoord in leesbare tekst in dit bestand (waarde niet getoond)
    .title = Databasewachtwoord in leesbare tekst
    .why = Wie het bestand ziet, kan op de database inloggen. De waarde is hier niet herhaald.
    .fix = Wijzig dit wachtwoord en laat nlserver het versleuteld schrijven (encrypted="1"). Verwijder inloggegevens voordat u bestanden deelt.
rule-secret-internal-password = het wachtwoord van het internal-account staat in dit bestand (waarde niet getoond)
    .title = internalPassword aanwezig
    .why = Het internal-account heeft alle rechten op alle instanties.
    .fix = Wijzig het met nlserver config -internalpassword en verwijder het voordat u bestanden deelt.
rule-secret-present = { $attribute } op <{ $element }> bevat een inloggegeven (waarde niet getoond)
    .title = Inloggegeven in het bestand
    .why = Ook versleutelde waarden horen niet in een chat: beschouw het inloggegeven als gelekt.
    .fix = Wijzig het inloggegeven als dit bestand gedeeld is, en maak zulke waarden leeg vóór het delen.
rule-security-zone-permissive = { $problem ->
        [internal] het internal-account mag inloggen vanuit de zone "{ $zone }" (internalSecurityZone), die elk adres omvat
       *[flag] { $attribute } is true op de zone "{ $zone }", die elk adres omvat
    }
    .title = Ruime publieke beveiligingszone
    .why = Debug-, HTTP- of zwakke-wachtwoordopties op de zone die het internet omvat, vergroten het aanvalsoppervlak.
    .fix = Laat deze opties uit op de publieke zone; sta ze alleen toe op smalle privézones.
rule-urlPermission-permissive = { $problem ->
        [ignore] de actie van urlPermission is "ignore": uitgaande URL's worden niet gecontroleerd
       *[any-url] een URL-regel staat elke URL op elk domein toe
    }
    .title = Ruime URL-rechten
    .why = Scripts kunnen dan elk adres aanroepen.
    .fix = Gebruik action="deny" (of "warn") met een lijst van de domeinen die u echt aanroept.

rule-checkIPConsistent-off = { $problem ->
        [false] checkIPConsistent staat op false: een sessie is niet gekoppeld aan het IP-adres van de client
       *[absent] checkIPConsistent is niet ingesteld en dus false: een sessie is niet gekoppeld aan het IP-adres van de client
    }
    .title = Sessies niet gekoppeld aan het client-IP
    .why = Een sessietoken dat naar een andere machine wordt gekopieerd, blijft daar werken.
    .fix = Zet checkIPConsistent="true" op <authentication>, tenzij uw gebruikers via proxy's werken waarvan het adres tijdens een sessie wisselt.

rule-infra-disclosure = dit bestand noemt { $count } interne adres(sen) of hostnaam/-namen van uw platform (hier niet herhaald)
    .title = Interne adressen in het bestand
    .why = Het zijn geen geheimen, maar ze vertellen elke lezer waar uw database en servers staan: ze horen niet in een openbaar kanaal.
    .fix = Vervang voor het delen interne adressen en hostnamen door voorbeeldwaarden zoals 10.0.0.x of db.internal.example.

## Effectieve configuratie

rule-override-conflict = <{ $element }> { $attribute } is hier "{ $value }" en vervangt "{ $earlier }" uit { $earlier_file }:{ $earlier_line }
    .title = Waarde vervangen door het instantiebestand
    .why = config-<instance>.xml wint waarde voor waarde van serverConf.xml: de hier getoonde waarde is de geldende.
    .fix = Niets op te lossen als het zo bedoeld is; wijzig haar anders in het instantiebestand.
rule-default-applied = geen enkel bestand stelt { $count ->
        [one] deze sleutelwaarde in, dus geldt de standaardwaarde
       *[other] deze { $count } sleutelwaarden in, dus gelden de standaardwaarden
    }: { $values }
    .title = Sleutelwaarden op hun standaard
    .why = Als berichten in de wachtrij blijven, zijn dit de eerste waarden om met uw volumes en MX-regels te vergelijken; een standaardwaarde is ook een keuze, alleen een stilzwijgende.
    .fix = Niets te doen als de standaardwaarden passen; stel ze anders in config-<instance>.xml in.
rule-quota-explainer = { $bottleneck ->
        [unknown] Geen cijfers voor deze configuratie: { $attribute }="{ $value }" is geen geheel getal, en de controle raadt niet welk getal nlserver in de plaats zou gebruiken.
        [enhanced-mta] { $children } kindproces(sen) × { $sessions } sessies = hoogstens { $local } SMTP-sessies vanaf deze host. De Enhanced MTA bepaalt zelf de doorvoer: MX-regels en hun quota worden niet gebruikt, dus er worden geen MX-cijfers berekend.
       *[other] { $children } kindproces(sen) × { $sessions } sessies = hoogstens { $local } SMTP-sessies vanaf deze host. { $ips } publiek(e) IP('s) × { $mx_ips } MX-IP's = { $paths } paden; bij { $max_connections } verbindingen per pad staat de MX-kant er { $mx_connections } toe. Een quotum van { $hourly } berichten/uur wordt toegepast als { $slice } per schijf van 5 minuten ({ $slice_per_ip } als de regel niet "Gedeeld" is). { $bottleneck ->
                [enhanced-mta] De Enhanced MTA bepaalt de doorvoer: MX-regels worden niet gebruikt.
                [not-starting] Maar de mta start niet zolang statServerAddress leeg is.
                [relay] Maar alles vertrekt via de relay, waarvan de capaciteit eerst knelt.
                [local-sessions] Het lokale sessieplafond knelt vóór de MX-verbindingen.
               *[mx-connections] De MX-verbindingen knellen vóór het lokale plafond; daarboven tonen wachttijden "quotas met".
            }
    }
    .title = Hoe de quota voor deze configuratie gelden
    .why = "quotas met" betekent dat een MX-quotum voorlopig op is: elke verbindingspoging kost een tegoed, dus een slechte reputatie verbrandt quotum. "dynamic flow control" betekent dat de MTA afremt na te veel fouten voor één domein. De MX-cijfers zijn die van het voorbeeld uit de documentatie (16 MX-IP's, 5 verbindingen, 10.000/u) tenzij opgegeven.
    .fix = Vergelijk deze cijfers met de MX-regels (Mailregelsets > MX-beheer) en het rapport "SMTP-fouten per domein"; verhoog limieten alleen op advies over bezorgbaarheid.

## The quota chart (kbbot check --chart, and the bot's check replies)
chart-title = Een uur verzenden naar één domein: { $file }
chart-minutes = minuten in het uur
chart-messages = tot nu toe toegestane berichten
chart-allowed = MX-regel, gedeeld: { $slice } per 5 minuten
chart-allowed-per-ip = niet gedeeld: { $slice } per 5 minuten
chart-delivery = een mailing van { $volume } berichten
chart-done = het laatste bericht gaat weg in blok { $slice } (minuut { $from }–{ $to })
chart-left = { $left } berichten wachten na het uur nog ("quotas met")
chart-connections = Gelijktijdige verbindingen
chart-local = deze host: { $count }
chart-mx = MX-kant: { $count }
chart-bites = de grens die knelt
