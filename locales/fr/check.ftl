# Le vérificateur de configuration : libellés du rapport, `kbbot rules` / `kbbot explain`, un message par règle.

check-severity-info = info
check-severity-warning = avertissement
check-severity-security = sécurité
check-severity-error = erreur
check-category-input = entrée
check-category-structure = structure
check-category-mta = MTA et serveur de statistiques
check-category-ip-affinity = affinités IP
check-category-dns = DNS
check-category-bounce = rebonds
check-category-security = sécurité
check-category-merge = configuration effective
check-label-why = pourquoi
check-label-fix = correction
check-label-articles = articles liés
check-summary = { $files } fichier(s) : { $errors } erreur(s), { $warnings } avertissement(s), { $security } constat(s) de sécurité, { $infos } remarque(s).
check-clean = Rien au-delà du niveau info : aucun problème connu de quotas ou de contrôle de flux dans cette configuration.
check-partial = Vérification partielle : une entrée est un fragment ou a été refusée, donc les réglages absents n'ont pas été signalés comme manquants.
check-roles = Fusion : { $files }.
check-role = { $file } ({ $instance ->
        [yes] fichier d'instance
       *[no] fichier de base
    }{ $basis ->
        [given] , comme demandé
        [inferred] , seul autre fichier à côté de serverConf.xml
        [default] , son nom n'étant pas config-<instance>.xml (--instance FICHIER le lit comme tel)
       *[name] {""}
    })
check-refused = Refusé : { $files }. Rien dans un fichier refusé n'a été lu comme configuration.
check-effective-default = valeur par défaut documentée
check-cli-no-files = indiquez au moins un fichier, ou - pour l'entrée standard
check-no-chart = Pas de graphique : aucune configuration vérifiée n'a de mta régi par les règles MX (aucun, MTA amélioré, relais, ou mta qui ne démarre pas).
rules-heading = { $count } règles. Lancez `kbbot explain <id>` pour le détail.
explain-unknown = Aucune règle n'a l'identifiant « { $id } ». Lancez `kbbot rules` pour la liste.
explain-renamed = « { $old } » est l'ancien identifiant de « { $new } ».
explain-retired = « { $old } » n'est plus vérifié.
explain-severity = Gravité
explain-category = Catégorie
explain-why = Pourquoi c'est important
explain-fix = Comment corriger
explain-bad = Problématique
explain-good = Corrigé
explain-articles = Articles liés
explain-none = aucun

## Robustesse des entrées

rule-input-too-large = { $known ->
        [yes] le fichier fait { $size } Kio ; au-delà de { $limit } Kio les fichiers sont refusés sans être lus
       *[no] le fichier dépasse { $limit } Kio : il a été refusé sans être lu en entier
    }
    .title = Fichier trop gros pour un serverConf
    .why = Un serverConf.xml d'origine complet, commentaires compris, pèse environ 60 ko. Un fichier de plusieurs mégaoctets n'est pas une configuration et ne coûterait que mémoire et temps.
    .fix = Joignez seulement serverConf.xml et config-<instance>.xml, ou collez la section qui vous intéresse.
rule-input-not-xml = cela ne ressemble pas à un fichier XML (données binaires, ou aucun élément)
    .title = Pas du XML
    .why = Le vérificateur ne sait lire que les fichiers de configuration XML de Campaign ; autre chose ne donne aucune réponse utile.
    .fix = Joignez le serverConf.xml ou le config-<instance>.xml brut, pris dans le dossier conf de l'installation.
rule-input-doctype-or-entity = une déclaration DOCTYPE ou d'entité a été trouvée ; le fichier est refusé sans rien développer
    .title = DTD ou déclaration d'entité
    .why = Les fichiers de configuration Campaign ne déclarent jamais de DTD. Ces déclarations servent aux bombes XML et aux attaques par entités externes : elles sont refusées d'emblée, jamais développées ni récupérées.
    .fix = Supprimez le bloc <!DOCTYPE ...> et toute ligne <!ENTITY ...>, puis joignez à nouveau le fichier.
rule-input-too-deep = { $what ->
        [elements] plus de { $limit } éléments : refusé avant l'analyse
        [attributes] un élément a plus de { $limit } attributs : refusé avant l'analyse
        [attribute] une valeur d'attribut dépasse { $limit } octets : refusé avant l'analyse
       *[depth] des éléments sont imbriqués sur plus de { $limit } niveaux : refusé avant l'analyse
    }
    .title = Imbrication, taille des valeurs ou nombre d'éléments hors limites
    .why = Un vrai fichier de configuration s'imbrique sur environ sept niveaux et compte quelques centaines d'éléments. Bien davantage trahit un fichier fabriqué pour épuiser le lecteur.
    .fix = Vérifiez qu'il s'agit bien d'un fichier de configuration Campaign ; si oui, joignez seulement les sections concernées.
rule-input-encoding = { $problem ->
        [declared] lu en { $encoding }, l'encodage que nomme sa déclaration XML
        [converted] décodé depuis { $encoding }
        [unsupported] l'encodage déclaré { $encoding } n'est pas pris en charge
       *[mismatch] les octets ne sont pas du { $encoding } valide ; lu en windows-1252 à la place, vérifiez les valeurs accentuées
    }
    .title = Encodage des caractères
    .why = { $problem ->
        [declared] Le fichier dit comment il est encodé et ses octets le confirment : Campaign lit ses accents tels que vous les voyez ; seuls les outils qui supposent l'UTF-8 peuvent se tromper.
       *[other] Un fichier enregistré dans un autre encodage que celui qu'il déclare affiche des accents brouillés dans des valeurs comme localDomain ou les libellés, et Campaign peut aussi mal les lire.
    }
    .fix = { $problem ->
        [declared] Rien à changer. Enregistrer les fichiers de configuration en UTF-8 évite les surprises avec d'autres outils.
       *[other] Enregistrez le fichier en UTF-8 (ou faites correspondre l'encodage de la déclaration <?xml ...?> à celui du fichier).
    }
rule-input-smart-quotes = une valeur d'attribut est entourée de guillemets typographiques (“ ” ou ‘ ’), le fichier n'est donc pas du XML valide
    .title = Guillemets typographiques autour des valeurs
    .why = Les extraits copiés depuis une page web ou un traitement de texte portent souvent des guillemets courbes. nlserver ne peut pas charger un tel fichier, et toute la configuration est ignorée.
    .fix = Remplacez les guillemets courbes par des guillemets droits (" ou ').
rule-input-not-well-formed = { $kind ->
        [unclosed] l'élément <{ $expected }> n'est jamais fermé
        [mismatched] </{ $found }> trouvé là où </{ $expected }> était attendu
        [stray-close] </{ $found }> trouvé sans balise ouvrante correspondante
        [lt-in-value] une valeur d'attribut contient un caractère < (un exemple comme <domain> laissé tel quel ?)
        [entity] un & n'est pas suivi d'une entité connue comme &amp;
        [duplicate-attribute] l'attribut { $expected } apparaît deux fois sur un même élément
        [too-many-nodes] trop de nœuds
       *[syntax] la syntaxe XML est cassée ici
    }
    .title = XML mal formé
    .why = nlserver refuse un fichier qu'il ne peut pas analyser ; le MTA et les autres modules tournent alors avec ce que dit l'autre fichier, ou pas du tout.
    .fix = Corrigez le XML à la ligne indiquée (fermez chaque élément, ou terminez les éléments vides par />), puis vérifiez à nouveau.
rule-input-html-escaped = le XML est échappé en HTML (&lt;mta ...&gt;) : il a été copié depuis une page web
    .title = XML échappé en HTML
    .why = Du texte échappé n'est pas une configuration : rien ne peut y être vérifié.
    .fix = Joignez le fichier brut du serveur plutôt qu'une copie prise sur une page web.
rule-input-wrong-root = l'élément racine est <{ $root }>, pas <serverconf> : ce n'est pas une configuration serveur Campaign
    .title = Pas un fichier serverConf
    .why = D'autres fichiers XML (server.xml de Tomcat, schémas, packages) n'ont rien à voir avec les quotas ; les vérifier ne donnerait que des constats trompeurs.
    .fix = Joignez conf/serverConf.xml ou conf/config-<instance>.xml.
rule-input-fragment-no-root = un fragment ({ $count } élément(s) de premier niveau, pas de racine <serverconf>) : vérifié comme configuration partielle
    .title = Fragment sans racine
    .why = Un fragment se vérifie très bien, mais les réglages qu'il ne contient pas peuvent être définis ailleurs ; rien n'est donc signalé comme manquant.
    .fix = Joignez les fichiers entiers pour une vérification complète.
rule-input-unreadable = { $reason ->
        [not-found] le fichier n'existe pas
        [permission-denied] le fichier n'a pas pu être ouvert : permission refusée
        [is-a-directory] c'est un dossier, pas un fichier
       *[other] le fichier n'a pas pu être lu
    }
    .title = Fichier illisible
    .why = Rien de son contenu n'a pu être vérifié ; les autres fichiers ont été vérifiés sans lui, des constats qui en dépendent peuvent donc manquer.
    .fix = Vérifiez le chemin et les droits du fichier, puis relancez la vérification avec tous les fichiers.

## Structure

rule-module-inside-shared = <{ $element }> se trouve dans <shared>, alors que les modules se placent directement sous <serverconf>
    .title = Section de module dans <shared>
    .why = Le module ne lit probablement pas une section placée là et tourne avec ses valeurs par défaut ; pour le mta, cela veut dire un statServerAddress vide, donc pas de démarrage.
    .fix = Sortez l'élément de <shared> et placez-le directement sous <serverconf>.
rule-shared-node-outside-shared = <{ $element }> est directement sous <serverconf>, alors qu'il doit être dans <shared>
    .title = Section partagée hors de <shared>
    .why = Un réglage partagé mal placé est probablement ignoré : le localDomain de dnsConfig, par exemple, ne fixerait plus le domaine HELO.
    .fix = Déplacez l'élément dans <shared>.
rule-ip-outside-ipaffinity = <{ $element }> n'est pas là où le MTA le cherche (mta/child/smtp/IPAffinity/IP)
    .title = IP ou IPAffinity mal placé
    .why = Une adresse IP hors d'une affinité ne peut pas être choisie : il y a moins de chemins d'envoi et les quotas sont atteints plus vite.
    .fix = Placez chaque <IP> dans une <IPAffinity>, elle-même dans <mta><child><smtp>.
rule-underscore-disabled-attribute = { $attribute } sur <{ $element }> commence par un tiret bas, il n'est donc pas actif
    .title = Attribut désactivé par un tiret bas
    .why = Les guides de migration renomment autoStart en _autoStart pour garder les services arrêtés. Oublié ensuite, le module ne démarre jamais : sans mta ni serveur de statistiques, rien ne part.
    .fix = Retirez le tiret bas une fois la migration terminée (_autoStart redevient autoStart).
rule-unknown-attribute-typo = { $attribute } n'est pas un attribut documenté de <{ $element }> ; vouliez-vous dire { $suggestion } ?
    .title = Attribut mal orthographié
    .why = Les noms d'attributs XML respectent la casse. Un nom mal écrit est ignoré sans bruit et la valeur par défaut s'applique.
    .fix = Utilisez l'orthographe documentée.
rule-element-name-case = <{ $element }> doit s'écrire <{ $suggestion }>
    .title = Nom d'élément avec une mauvaise casse
    .why = Les noms d'éléments respectent la casse : une section mal écrite n'est pas lue.
    .fix = Utilisez l'orthographe documentée du nom d'élément.
rule-commented-out-config = { $count } commentaire(s) contiennent des éléments XML ; les réglages en commentaire ne sont pas actifs
    .title = Configuration en commentaire
    .why = Le fichier d'origine documente beaucoup de réglages dans des commentaires, et l'exemple IPAffinity y est commenté. Rien de cela ne s'applique.
    .fix = Si un réglage en commentaire doit s'appliquer, sortez-le du commentaire.
rule-duplicate-element = <{ $element }> apparaît une deuxième fois ici ; le premier est à la ligne { $first_line }
    .title = Section en double
    .why = Une seule section de ce type est attendue. Laquelle le serveur lit n'est pas documenté ; le vérificateur fusionne les deux, la dernière valeur l'emportant, donc un réglage de l'autre copie n'est peut-être pas celui qui s'applique.
    .fix = Regroupez les deux blocs en un seul et supprimez l'autre.

## MTA et serveur de statistiques

rule-statServerAddress-missing = le statServerAddress effectif du mta est vide
    .title = statServerAddress absent
    .why = Sans adresse de serveur de statistiques, le mta ne démarre pas ; sans serveur de quotas, rien ne peut partir. Le serverConf.xml d'origine le laisse vide et config-<instance>.xml le renseigne d'habitude.
    .fix = Définissez <mta statServerAddress="hôte[:port]"/> dans config-<instance>.xml (localhost si le serveur stat tourne sur la même machine ; port 7777 par défaut).
rule-statServerAddress-invalid = statServerAddress « { $value } » n'a pas la forme hôte[:port]
    .title = statServerAddress mal formé
    .why = Le MTA ne joint pas le serveur de quotas, n'obtient aucune autorisation d'envoi, et les messages attendent.
    .fix = Écrivez un nom d'hôte ou une adresse IP, suivi éventuellement de :port (1 à 65535), sans schéma, chemin ni espace.
rule-statServerAddress-port-mismatch = le mta attend le serveur stat local sur le port { $mta_port }, mais stat écoute sur { $stat_port }
    .title = Port du serveur stat incohérent
    .why = Les demandes de quota partent vers un port où personne n'écoute : le MTA n'obtient aucune autorisation d'envoi.
    .fix = Utilisez le même port dans statServerAddress et <stat port="..."/> (7777 sauf changement), et ouvrez-le en UDP.
rule-stat-server-not-running-locally = statServerAddress désigne cette machine, mais le module stat n'y est pas démarré
    .title = Serveur stat local non démarré
    .why = Personne ne répond aux demandes de quota du MTA : rien n'est autorisé et les messages attendent.
    .fix = Ajoutez <stat autoStart="true"/> dans config-<instance>.xml, ou faites pointer statServerAddress vers la machine qui fait tourner le serveur stat.
rule-stat-multiple-servers = { $count } fichiers d'instance démarrent chacun un serveur stat
    .title = Plusieurs serveurs de statistiques
    .why = Des instances qui partagent des IP publiques doivent partager un seul serveur de statistiques. Deux serveurs distribuent chacun le quota complet, les FAI voient plus de trafic que les règles ne le permettent, et le bridage suit.
    .fix = Gardez stat autoStart sur une seule instance et faites pointer les autres MTA vers elle.
rule-useMomentum-enhanced-mta = useMomentum vaut true : cette instance envoie ses e-mails via l'Enhanced MTA
    .title = Enhanced MTA utilisé
    .why = Avec l'Enhanced MTA, les règles MX de la base ne servent plus pour l'e-mail : le débit dépend de la réputation et des retours en direct, donc les conseils de réglage MX ne s'appliquent pas.
    .fix = Rien à changer ; pour le débit e-mail, voyez l'article sur l'Enhanced MTA.
rule-verifyMode-enabled = verifyMode est actif : les messages sont traités mais jamais réellement envoyés
    .title = verifyMode activé
    .why = En mode vérification rien ne sort du MTA, quels que soient les quotas.
    .fix = Mettez verifyMode="false" (ou retirez-le) sur les instances de production.
rule-mta-autostart-off = le mta n'est pas démarré automatiquement sur cette instance
    .title = mta non démarré
    .why = Sans autoStart le mta ne tourne pas, donc rien ne part de cet hôte. C'est normal sur une instance marketing en mid-sourcing, et une erreur ailleurs.
    .fix = Mettez <mta autoStart="true" .../> dans config-<instance>.xml sur l'instance d'envoi.
rule-enableTLS-missing-or-false = { $set ->
        [yes] enableTLS vaut false
       *[no] enableTLS n'est pas défini, la valeur par défaut (false) s'applique
    }
    .title = enableTLS désactivé
    .why = Les règles MX dont l'option TLS reste sur la valeur par défaut héritent de cette valeur : le courrier part en clair vers ces domaines. TLS compte pour la délivrabilité, mais l'activer pour tous peut réduire le débit.
    .fix = Préférez TLS par règle MX (« Opportuniste ») pour les domaines qui le demandent ; n'activez enableTLS="true" globalement qu'après avoir pesé le coût en débit.
rule-statServerTLSSupport-disabled = statServerTLSSupport vaut false : les réglages TLS des règles MX sont ignorés
    .title = TLS par MX ignoré
    .why = Le choix TLS de chaque règle MX ne s'applique que si le serveur stat le prend en charge.
    .fix = Retirez statServerTLSSupport="false" (true par défaut) si vous utilisez TLS dans les règles MX.
rule-boolean-value-invalid = { $attribute }="{ $value }" n'est pas un booléen (utilisez true, false, 1 ou 0)
    .title = Valeur booléenne invalide
    .why = Une valeur non reconnue peut être lue comme false : TLS reste coupé, ou un module ne démarre pas.
    .fix = Écrivez true ou false.
rule-number-value-invalid = { $problem ->
        [range] { $attribute }="{ $value }" dépasse ce que contient un { $type } (de { $min } à { $max })
       *[syntax] { $attribute }="{ $value }" n'est pas un nombre entier
    }
    .title = Attribut numérique qui n'est pas un nombre entier
    .why = Campaign lit cet attribut comme un nombre entier. Ce qu'il fait d'un décimal, d'un exposant, d'un hexadécimal, d'une valeur vide ou trop grande n'est pas documenté : les chiffres de quota laissent de côté ce qui en dépend au lieu de supposer la valeur par défaut.
    .fix = Écrivez uniquement des chiffres décimaux, par exemple 4.
rule-maxSpareServers-out-of-range = maxSpareServers vaut { $value }
    .title = Nombre de mtachild hors limites
    .why = 0 signifie aucun processus fils, donc aucun envoi. Au-delà d'environ 8 (ou du nombre de processeurs), les fils se disputent les mêmes quotas MX tout en consommant de la mémoire.
    .fix = Gardez maxSpareServers entre 1 et 8, et au plus égal au nombre de processeurs.
rule-spare-servers-inconsistent = { $attribute } ({ $value }) dépasse maxSpareServers ({ $max })
    .title = Dimensionnement contradictoire des fils
    .why = Le pool ne peut pas garder plus de fils que son maximum : les réglages se contredisent.
    .fix = Gardez minSpareServers et startSpareServers inférieurs ou égaux à maxSpareServers.
rule-maxSessionsPerChild-out-of-range = maxSessionsPerChild vaut { $value }
    .title = Sessions par fils hors limites
    .why = fils × sessions par fils plafonne les connexions ouvertes par cet hôte, quoi que permettent les règles MX. 0 bloque l'envoi ; des valeurs très hautes ajoutent surtout de la pression mémoire.
    .fix = Gardez maxSessionsPerChild près de sa valeur par défaut, 1000.
rule-child-memory-budget = { $messages } messages en attente demandent environ { $needed } Mo, plus que maxWorkingSetMb ({ $limit } Mo)
    .title = Budget mémoire des fils trop petit
    .why = Un fils qui atteint son plafond mémoire cesse d'envoyer ; la baisse de débit se confond facilement avec des attentes de quota. Règle pratique : messages × 50 ko × 2,5.
    .fix = Baissez maxWaitingMessages ou augmentez maxWorkingSetMb pour que le budget tienne.
rule-maxAgeSec-below-slice = maxAgeSec vaut { $value } s, moins qu'une tranche de quota de 5 minutes
    .title = maxAgeSec plus court qu'une tranche de quota
    .why = Un message retenu par un quota peut attendre près de 300 s la tranche suivante. Abandonné plus tôt, il repart dans le cycle de reprise, ce qui ajoute charge et délai.
    .fix = Gardez maxAgeSec à 300 ou plus (600 par défaut).
rule-initialDelaySec-extreme = initialDelaySec vaut { $value }
    .title = Délai de reconnexion extrême
    .why = Le délai double après chaque échec de connexion. 0 martèle un MX qui refuse, ce qui fait monter le taux d'erreurs et déclenche le contrôle de flux dynamique ; des délais très longs bloquent la reprise.
    .fix = Gardez initialDelaySec à quelques secondes (4 par défaut).
rule-relay-configured = tout le courrier sort par un relais SMTP
    .title = Relais SMTP configuré
    .why = Via un relais, sa capacité devient le plafond de débit, les erreurs synchrones sont mal qualifiées, et rien ne part quand il est indisponible. Chaque chemin devient le relais, ce qui fausse les quotas.
    .fix = Laissez l'adresse mta/relay vide sauf si le relais est obligatoire, et dimensionnez-le pour tout le volume.
rule-smtp-error-stats-suppressed = { $attribute }={ $value } masque les statistiques d'erreurs SMTP
    .title = Statistiques d'erreurs SMTP masquées
    .why = Le rapport « Erreurs SMTP par domaine » est l'endroit où l'on diagnostique « quotas met » et le contrôle de flux ; avec ces réglages il reste vide.
    .fix = Gardez logEmailErrors="true" et les seuils de journalisation proches de leurs valeurs par défaut.
rule-retryLostMessages-disabled = retryLostMessages vaut false
    .title = Messages perdus non relancés
    .why = Les messages d'un fils qui plante sont perdus au lieu d'être renvoyés.
    .fix = Retirez retryLostMessages="false" (true par défaut).
rule-debugPath-or-dataLogPath-set = { $attribute } est défini : chaque e-mail envoyé est écrit sur disque
    .title = E-mails écrits sur disque
    .why = Des copies de chaque message coûtent espace disque et E/S sur l'hôte du MTA, et contiennent des données personnelles.
    .fix = Laissez-le vide sauf besoin réel d'archive, et surveillez alors l'espace disque et les droits d'accès.
rule-mta-memory-limits = { $attribute } est bas ({ $value })
    .title = Limites mémoire ou messages du MTA basses
    .why = Des limites basses font redémarrer les processus souvent, ce qui ressemble à des blocages d'envoi.
    .fix = Gardez les valeurs par défaut (maxMemoryMb 1024, maxMsgPerChild 5000000) sauf raison précise.

## Affinités IP

rule-publicId-missing = { $has_address ->
        [no] une IP sans adresse n'a pas de publicId
       *[yes] l'IP { $address } n'a pas de publicId
    }
    .title = IP sans publicId
    .why = Le serveur de statistiques compte les quotas par publicId, et les règles MX choisissent les IP par lui. Sans lui, compteurs et règles ne peuvent pas être rattachés à cette IP.
    .fix = Donnez à chaque <IP> un publicId numérique unique.
rule-publicId-not-numeric = publicId « { $value } » n'est pas un nombre
    .title = publicId non numérique
    .why = publicId doit être un nombre : le serveur stat et les plages d'identifiants des règles MX comparent des nombres.
    .fix = Utilisez un entier comme 1, 2, 3.
rule-helo-publicId-inconsistent = { $key } { $value } apparaît avec { $count } valeurs de { $other } différentes
    .title = Une IP, plusieurs noms HELO ou publicId
    .why = Une IP doit correspondre à un seul hôte HELO avec un seul publicId ; la déclarer de plusieurs façons est une cause connue de bridage des envois.
    .fix = Donnez à chaque adresse un seul heloHost et un seul publicId, partout où elle apparaît.
rule-ip-address-invalid = « { $value } » n'est pas une adresse IP
    .title = Adresse IP invalide
    .why = Le MTA ne peut pas se lier à un nom d'hôte ou à une adresse mal formée : les chemins de cette IP manquent.
    .fix = Écrivez l'adresse IPv4 ou IPv6 locale depuis laquelle le MTA envoie.
rule-doc-placeholder-value = { $attribute }="{ $value }" est un exemple copié de la documentation
    .title = Exemple de la documentation resté tel quel
    .why = Un serveur stat ou une adresse d'exemple signifie que le réglage n'a jamais été adapté à cette installation.
    .fix = Remplacez-le par la vraie valeur de votre installation.
rule-ip-weight-invalid = le poids « { $value } » n'est pas un entier positif
    .title = Poids d'IP invalide
    .why = Les poids fixent la part de trafic de chaque IP ; un poids nul ou invalide fausse la répartition ou coupe une IP.
    .fix = Utilisez des entiers à partir de 1 (par ex. 5, 5, 1 donne 45 %, 45 %, 10 %).
rule-include-exclude-conflict = { $problem ->
        [both] « { $mask } » est à la fois inclus et exclu
       *[syntax] « { $mask } » n'est pas un masque de domaine (ni espace ni @)
    }
    .title = Conflit includeDomains / excludeDomains
    .why = L'exclusion s'applique après l'inclusion : un domaine présent dans les deux listes n'utilise jamais cette IP. Moins de chemins, quotas atteints plus tôt, ou messages en attente faute de chemin.
    .fix = Placez chaque masque de domaine dans un seul des deux attributs, séparés par des virgules.
rule-domain-without-ip = aucune IP utilisable de l'affinité « { $affinity } » n'envoie vers « { $mask } » : les IP qui l'incluent sont désactivées (poids 0 ou adresse invalide) et les autres l'excluent
    .title = Domaine sans IP utilisable
    .why = Les diffusions vers ce domaine ne trouvent aucun chemin par cette affinité : les messages restent en attente jusqu'à ce qu'il en existe un.
    .fix = Donnez au domaine une IP utilisable : corrigez le poids ou l'adresse de l'IP qui l'inclut, ou retirez le domaine des excludeDomains d'une autre IP.
rule-ipaffinity-empty = l'affinité « { $name } » n'a aucune IP
    .title = Affinité IP vide
    .why = Les diffusions qui choisissent cette affinité n'ont aucune adresse d'envoi, ce qui peut arrêter tout l'e-mail.
    .fix = Ajoutez au moins une <IP> à l'affinité, ou supprimez l'affinité et son usage dans les diffusions.
rule-ipaffinity-name-invalid = le nom d'affinité « { $name } » contient des virgules ou des espaces
    .title = Nom d'affinité mal formé
    .why = Les noms d'affinité se séparent par des points-virgules ; un nom qui ne correspond pas à celui choisi dans les diffusions bloque le courrier.
    .fix = Séparez plusieurs noms par ; sans espace.
rule-ipaffinity-duplicate-name = le nom d'affinité « { $name } » est déjà utilisé ligne { $first_line }
    .title = Nom d'affinité en double
    .why = Deux pools portant le même nom rendent ambiguës les IP qu'une diffusion utilisera.
    .fix = Fusionnez les deux affinités ou renommez-en une.
rule-ipaffinity-single-ip = l'affinité « { $name } » n'a qu'une seule IP
    .title = Affinité à une seule IP
    .why = Une seule IP, c'est moins de chemins, et les règles MX non « partagées » accordent leurs limites par IP : le plafond est plus bas.
    .fix = Ajoutez des IP à l'affinité si ce trafic demande plus de débit.
rule-helo-missing = l'affinité « { $name } » ne fixe aucun nom HELO (ni heloHost, ni localDomain)
    .title = Pas de domaine HELO
    .why = Le MTA annonce alors le domaine du système, qui peut ne pas correspondre au DNS inverse : plus de refus, donc contrôle de flux dynamique.
    .fix = Définissez heloHost sur chaque IP, ou localDomain sur l'affinité ou dans shared/dnsConfig.

## DNS

rule-nameServers-invalid = « { $entry } » dans nameServers n'est pas une adresse IP
    .title = Liste de serveurs DNS invalide
    .why = Les recherches MX échouent, et les messages rebondissent en domaine invalide ou injoignable.
    .fix = Listez les adresses IP des serveurs DNS, séparées par des virgules.
rule-dns-timeouts-extreme = DNS { $attribute } vaut { $value }
    .title = Reprises ou délai DNS extrêmes
    .why = Trop peu de reprises ou un délai trop court font échouer la résolution MX ; un délai trop long bloque l'envoi.
    .fix = Gardez retry près de 4 et timeout près de 5000 ms.

## Rebonds

rule-inMail-autostart-off = le mta démarre mais pas inMail
    .title = Traitement des rebonds arrêté
    .why = Sans inMail, les rebonds asynchrones ne sont pas traités et les quarantaines pas mises à jour : les adresses invalides sont retentées, le taux d'erreurs monte et le contrôle de flux suit.
    .fix = Mettez <inMail autoStart="true"/> sur l'instance qui traite les rebonds.
rule-inMail-checkInstanceName-off = inMail checkInstanceName vaut false
    .title = Rebonds d'autres instances acceptés
    .why = Des rebonds destinés à une autre instance peuvent être traités ici et mettre en quarantaine les mauvaises adresses.
    .fix = Gardez checkInstanceName="true" (valeur par défaut).

## Sécurité

rule-secret-plaintext-db-password = un mot de passe de base de données figure en clair dans ce fichier (valeur non affichée)
    .title = Mot de passe de base en clair
    .why = Quiconque voit le fichier peut se connecter à la base. La valeur n'a pas été reproduite ici.
    .fix = Changez ce mot de passe, puis laissez nlserver l'écrire chiffré (encrypted="1"). Retirez les identifiants avant de partager des fichiers.
rule-secret-internal-password = le mot de passe du compte internal figure dans ce fichier (valeur non affichée)
    .title = internalPassword présent
    .why = Le compte internal a tous les droits sur toutes les instances.
    .fix = Changez-le avec nlserver config -internalpassword, et retirez-le avant de partager des fichiers.
rule-secret-present = { $attribute } sur <{ $element }> contient un identifiant secret (valeur non affichée)
    .title = Identifiant secret dans le fichier
    .why = Même chiffrées, ces valeurs ne doivent pas être publiées dans un chat : considérez l'identifiant comme exposé.
    .fix = Changez l'identifiant si ce fichier a été partagé, et videz ces valeurs avant tout partage.
rule-security-zone-permissive = { $problem ->
        [internal] le compte internal peut se connecter depuis la zone « { $zone } » (internalSecurityZone), qui couvre toutes les adresses
       *[flag] { $attribute } vaut true sur la zone « { $zone } », qui couvre toutes les adresses
    }
    .title = Zone de sécurité publique permissive
    .why = Des options de debug, HTTP ou mot de passe faible sur la zone qui couvre Internet élargissent la surface d'attaque.
    .fix = Laissez ces options coupées sur la zone publique ; ne les autorisez que sur des zones privées étroites.
rule-urlPermission-permissive = { $problem ->
        [ignore] l'action de urlPermission est « ignore » : les URL sortantes ne sont pas contrôlées
       *[any-url] une règle d'URL autorise n'importe quelle URL sur n'importe quel domaine
    }
    .title = Permissions d'URL trop larges
    .why = Les scripts peuvent alors appeler n'importe quelle adresse.
    .fix = Utilisez action="deny" (ou "warn") avec la liste des domaines réellement appelés.

rule-checkIPConsistent-off = { $problem ->
        [false] checkIPConsistent vaut false : une session n'est pas liée à l'adresse IP du client
       *[absent] checkIPConsistent n'est pas renseigné, donc vaut false : une session n'est pas liée à l'adresse IP du client
    }
    .title = Sessions non liées à l'IP du client
    .why = Un jeton de session copié sur une autre machine y reste valable.
    .fix = Mettez checkIPConsistent="true" sur <authentication>, sauf si vos utilisateurs passent par des proxys dont l'adresse change en cours de session.

rule-infra-disclosure = ce fichier cite { $count } adresse(s) interne(s) ou nom(s) d'hôte de votre plateforme (non répétés ici)
    .title = Adresses internes dans le fichier
    .why = Ce ne sont pas des secrets, mais ils indiquent à tout lecteur où se trouvent votre base et vos serveurs : ils n'ont rien à faire dans un canal public.
    .fix = Avant de partager le fichier, remplacez adresses internes et noms d'hôte par des valeurs fictives comme 10.0.0.x ou db.internal.example.

## Configuration effective

rule-override-conflict = <{ $element }> { $attribute } vaut « { $value } » ici, à la place de « { $earlier } » de { $earlier_file }:{ $earlier_line }
    .title = Valeur remplacée par le fichier d'instance
    .why = config-<instance>.xml l'emporte sur serverConf.xml valeur par valeur : la valeur affichée ici est celle qui s'applique.
    .fix = Rien à corriger si c'est voulu ; sinon modifiez-la dans le fichier d'instance.
rule-default-applied = aucun fichier ne définit { $count ->
        [one] cette valeur clé, sa valeur par défaut s'applique
       *[other] ces { $count } valeurs clés, leurs valeurs par défaut s'appliquent
    } : { $values }
    .title = Valeurs clés laissées par défaut
    .why = Quand des messages sont mis en file d'attente, ce sont les premières valeurs à comparer à vos volumes et à vos règles MX ; une valeur par défaut est aussi un choix, simplement implicite.
    .fix = Rien à changer si les valeurs par défaut vous conviennent ; sinon définissez-les dans config-<instance>.xml.
rule-quota-explainer = { $bottleneck ->
        [unknown] Pas de chiffres pour cette configuration : { $attribute }="{ $value }" n'est pas un nombre entier, et le vérificateur ne devine pas la valeur que nlserver utiliserait à la place.
        [enhanced-mta] { $children } processus fils × { $sessions } sessions = { $local } sessions SMTP au plus depuis cet hôte. Le MTA amélioré fixe lui-même le débit : les règles MX et leurs quotas ne sont pas utilisés, donc aucun chiffre MX n'est calculé.
       *[other] { $children } processus fils × { $sessions } sessions = { $local } sessions SMTP au plus depuis cet hôte. { $ips } IP publique(s) × { $mx_ips } IP de MX = { $paths } chemins ; à { $max_connections } connexions par chemin, le côté MX en permet { $mx_connections }. Un quota de { $hourly } messages/heure s'applique par tranches de 5 minutes de { $slice } ({ $slice_per_ip } si la règle n'est pas « partagée »). { $bottleneck ->
                [enhanced-mta] L'Enhanced MTA fixe le débit : les règles MX ne sont pas utilisées.
                [not-starting] Mais le mta ne démarrera pas tant que statServerAddress est vide.
                [relay] Mais tout sort par le relais, dont la capacité limite en premier.
                [local-sessions] Le plafond local de sessions limite avant les connexions MX.
               *[mx-connections] Les connexions MX limitent avant le plafond local ; au-delà, les attentes affichent « quotas met ».
            }
    }
    .title = Comment les quotas s'appliquent à cette configuration
    .why = « quotas met » signifie qu'un quota MX est épuisé pour le moment : chaque tentative de connexion consomme un crédit, donc une mauvaise réputation brûle du quota. « dynamic flow control » signifie que le MTA ralentit après trop d'erreurs pour un domaine. Les chiffres MX sont ceux de l'exemple de la documentation (16 IP de MX, 5 connexions, 10 000/h) sauf s'ils sont fournis.
    .fix = Comparez ces chiffres aux règles MX (Jeux de règles de typologie > Gestion des MX) et au rapport « Erreurs SMTP par domaine » ; n'augmentez les limites qu'avec l'avis d'experts en délivrabilité.

## The quota chart (kbbot check --chart, and the bot's check replies)
chart-title = Une heure d'envoi vers un domaine : { $file }
chart-minutes = minutes depuis le début de l'heure
chart-messages = messages permis jusqu'ici
chart-allowed = règle MX partagée : { $slice } par 5 minutes
chart-allowed-per-ip = non partagée : { $slice } par 5 minutes
chart-delivery = une diffusion de { $volume } messages
chart-done = le dernier message part dans la tranche { $slice } (minutes { $from }–{ $to })
chart-left = { $left } messages encore en attente après l'heure (« quotas met »)
chart-connections = Connexions simultanées
chart-local = cet hôte : { $count }
chart-mx = côté MX : { $count }
chart-bites = la limite atteinte
