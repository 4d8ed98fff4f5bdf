# kbbot ask, chat, eval et index : réponses à un message collé et commandes associées.

ask-note-truncated = Votre message était long ({ $original } octets, { $lines } lignes) : seuls les { $kept } premiers octets ont été lus.
ask-note-blank = Je ne trouve rien à chercher dans ce message. Collez la ligne d'erreur, ou la partie du journal qui la contient.
ask-note-smalltalk = Ce message ressemble à une salutation ou à un remerciement : je n'ai rien cherché. Si vous tombez sur une erreur, collez sa ligne ou le passage du journal qui l'entoure.
ask-note-info-only = { $lines ->
        [one] La ligne de journal collée est une ligne d'information : elle suit l'avancement et ne signale aucune panne, je n'y ai donc trouvé aucune erreur à chercher.
       *[other] Les { $lines } lignes de journal collées sont toutes des lignes d'information : elles suivent l'avancement et ne signalent aucune panne, je n'y ai donc trouvé aucune erreur à chercher.
    } Si quelque chose a échoué, collez la ligne marquée error ou warning.
ask-answer-heading = { $id } : { $title }
ask-matched-line = Ligne d'erreur reconnue : { $line }
ask-why-signature = Pourquoi : votre message contient le message d'erreur « { $signature } ».
ask-why-signature-part = Pourquoi : votre message reprend une partie du message d'erreur « { $signature } ».
ask-why-code = Pourquoi : votre message contient le code d'erreur { $code }, traité par cet article.
ask-why-named = Pourquoi : votre message cite cet article ({ $id }).
ask-why-words = Pourquoi : l'article partage ces mots avec votre message : { $words }.
ask-why-closest = Pourquoi : c'est l'article le plus proche de votre message dans son ensemble, sans message d'erreur ni mot qui se détache.
ask-confidence = Confiance : { $percent } %
ask-lang-differs = Cet article n'existe pas en { $wanted } ; voici la version en { $shown }.
ask-resolution = Résolution
ask-resolution-cut = (L'article continue : suivez le lien pour la suite.)
ask-resolution-cut-no-link = (L'article continue : demandez-le par son identifiant pour lire la suite.)
ask-link = Article complet : { $url }
show-unknown = Aucun article n'a l'identifiant « { $id } ». Donnez un identifiant sous la forme affichée par kbbot, par exemple { $ids }.
show-unknown-empty = Aucun article n'a l'identifiant « { $id } » : cette base de connaissances ne contient aucun article.
ask-alternatives = D'autres articles qui pourraient convenir :
ask-candidate = • { $id } : { $title } ({ $percent } %)
ask-other-errors = { $count ->
        [one] Votre message contient une autre erreur, avec son propre article :
       *[other] Votre message contient { $count } autres erreurs, chacune avec son propre article :
    }
ask-other-error = • `{ $line }` → { $id } : { $title } ({ $percent } %)
ask-decline = Je ne reconnais pas cette erreur.
ask-decline-closest = Les articles les plus proches que je connaisse, sans certitude :
ask-decline-nothing-close = Rien dans la base de connaissances n'en approche. Essayez de coller la ligne d'erreur exacte.

chat-welcome = Collez une erreur ou un extrait de journal ; une ligne vide l'envoie. /help liste les commandes ; Ctrl-D pour quitter.
chat-help = Collez une ligne d'erreur ou un extrait de journal, puis une ligne vide pour l'envoyer. Dans un bloc de code ```, les lignes vides font partie du collage : fermez le bloc, puis envoyez.
    /show ID    lire un article, par exemple un de ceux listés sous une réponse
    /lang nl    répondre en néerlandais (en, fr, nl, sv, it) ; /lang auto suit chaque message
    /quit       quitter (Ctrl-D aussi)
chat-lang-set = Les réponses sont désormais en { $language }.
chat-lang-auto = Les réponses suivent désormais la langue de chaque message.
chat-bye = Au revoir.

index-progress = Indexation
index-written = { $articles } articles indexés dans { $dir } en { $seconds } s.
index-stale = L'index de { $dir } a été construit à partir d'une autre base : indexation en mémoire à la place.
index-broken = L'index de { $dir } est inutilisable ({ $error }) : indexation en mémoire à la place. `kbbot index` en écrit un nouveau.
index-missing = { $dir } ne contient pas d'index écrit par `kbbot index` : indexation en mémoire à la place.
kb-load-problems = { $count } fichier(s) de { $dir } ne se sont pas chargés proprement (`kbbot lint-kb { $dir }` les liste tous) :
kb-no-articles = Aucun article n'a pu être chargé depuis { $dir } (`kbbot lint-kb { $dir }` dit pourquoi).

batch-bad-json = pas un objet JSON avec un champ "query" : { $error }
batch-bad-lang = langue inconnue : { $lang }

eval-heading = { $queries } requêtes de { $file } sur { $articles } articles ({ $groups } distincts)
eval-answerable = Avec réponse : { $count }  hit@1 { $hit1 } %  hit@3 { $hit3 } %  MRR { $mrr }
eval-negatives = À refuser : { $count }  refusées { $declined } %
eval-declines = Refus : précision { $precision } %  rappel { $recall } %
eval-confident-wrong = Réponses fausses à plus de { $above } % de confiance : { $count }
eval-several-errors = Messages à plusieurs erreurs : chaque erreur a son article dans { $every } sur { $count } ; { $given } erreurs sur { $errors } ont le leur
eval-latency = Temps de recherche par requête : p50 { $p50 } ms  p99 { $p99 } ms  max { $max } ms
eval-baseline = BM25 simple (référence) : hit@1 { $hit1 } %  hit@3 { $hit3 } %  MRR { $mrr }  (hit@1 par type : { $kinds })
eval-table-header = groupe  n  hit@1  hit@3  MRR  refus-ok
eval-reliability = Confiance annoncée du premier candidat et part de candidats justes ({ $count } requêtes sur { $queries } ont un candidat ; celles à refuser n'en ont jamais de juste) :
eval-reliability-header = annoncée      n  justes  justes %   moy. %
eval-misses = Échecs ({ $count }) :
eval-miss = { $id } [{ $lang }, { $kind }] attendu { $expected }, obtenu { $got } ({ $confidence } %) : { $query }

## Whole-log triage (kbbot ask --file)
log-heading = { $lines } lignes lues : { $errors ->
        [0] aucune erreur couverte par un article.
        [one] une erreur distincte avec un article.
       *[other] { $errors } erreurs distinctes avec un article.
    }
log-error = • { $count } × `{ $line }` (d'abord ligne { $first }) → { $id } : { $title } ({ $percent } %)
log-more-errors = … et { $errors } autres avec un article ({ $lines } lignes).
log-rest = { $texts } autres lignes distinctes ({ $lines } lignes en tout) n'ont pas d'article : progression, contexte, ou erreurs que la base ne couvre pas.
log-binary = { $file } n'est pas un journal texte (il contient des octets binaires) : rien n'a été lu.
