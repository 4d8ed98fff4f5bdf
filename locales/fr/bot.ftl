# Interface Discord. Commandes selon la convention de poise : l'identifiant est le nom de la
# commande, la valeur son nom traduit, .description sa description, .<param> et
# .<param>-description le nom et la description de chaque paramètre.

ask = demander
    .description = Trouver l'article de la base qui résout un message d'erreur ou un extrait de log
    .text = texte
    .text-description = Le message d'erreur ou les lignes de log, collés tels quels
    .file = fichier
    .file-description = Un journal ou un long message en fichier (message.txt, *.log) : ses erreurs distinctes, comptées
check = vérifier
    .description = Vérifier serverConf.xml ou config-<instance>.xml (quotas et contrôle de flux)
    .file = fichier
    .file-description = serverConf.xml ou config-<instance>.xml
    .file2 = fichier2
    .file2-description = Un deuxième fichier de configuration, vérifié avec le premier
    .file3 = fichier3
    .file3-description = Un troisième fichier de configuration
article = article
    .description = Afficher un article de la base de connaissances par son identifiant
    .id = id
    .id-description = L'identifiant de l'article, par ex. KA-22154 (tapez pour chercher)
language = langue
    .description = Choisir la langue dans laquelle kbbot vous répond
    .language = langue
    .language-description = Votre langue de réponse, ou automatique pour suivre Discord
find-resolution = Trouver la solution

bot-choice-en = English
bot-choice-fr = Français
bot-choice-nl = Nederlands
bot-choice-sv = Svenska
bot-choice-it = Italiano
bot-choice-auto = Automatique (votre langue Discord)

bot-language-saved = Désormais, je vous répondrai en { $language }.
bot-language-auto = Je suis de nouveau votre langue Discord (actuellement { $language }).
bot-error = Un problème est survenu de mon côté. Réessayez dans un instant.
# Refus et échecs propres à poise : réponse privée (bot/errors.rs).
bot-error-outdated = Cette commande a changé depuis que Discord l'a chargée. Attendez une minute ou redémarrez Discord, puis réessayez.
bot-error-argument = Je n'ai pas pu lire « { $value } ». Vérifiez la valeur et relancez la commande.
bot-error-argument-unknown = Je n'ai pas pu lire l'une des valeurs indiquées. Vérifiez-les et relancez la commande.
bot-error-subcommand = Choisissez l'une de ces sous-commandes : { $subcommands }.
bot-error-cooldown = { $seconds ->
        [one] Patientez { $seconds } seconde avant de relancer cette commande.
       *[other] Patientez { $seconds } secondes avant de relancer cette commande.
    }
bot-error-bot-permissions = Il me manque des permissions dans ce salon : { $permissions }. Demandez à un administrateur du serveur de me les accorder, puis réessayez.
bot-error-user-permissions = Il vous faut ces permissions pour utiliser cette commande : { $permissions }.
bot-error-permissions-unknown = Je n'ai pas pu vérifier les permissions de cette commande, je ne l'ai donc pas lancée. Réessayez dans un instant.
bot-error-owners-only = Seuls les propriétaires du bot peuvent utiliser cette commande.
bot-error-guild-only = Cette commande ne fonctionne que dans un salon de serveur, pas en message privé.
bot-error-dm-only = Cette commande ne fonctionne qu'en message privé avec moi.
bot-error-nsfw-only = Cette commande ne fonctionne que dans les salons soumis à une limite d'âge.
bot-error-denied = Vous ne pouvez pas utiliser cette commande ici.
bot-mention-help = Mentionnez-moi suivi du message d'erreur ou des lignes de log, ou joignez serverConf.xml / config-<instance>.xml, et je chercherai.

bot-ask-unsure-title = Pas de correspondance sûre
bot-ask-unsure = Je n'ai pas trouvé d'article de la base correspondant avec assez de certitude.
bot-ask-candidates = Voici les articles les plus proches :
bot-field-error = Erreur reconnue
bot-field-confidence = Certitude
bot-field-article = Article
bot-field-language = Langue
bot-other-version = Cet article n'existe pas dans votre langue ; voici la version en { $language }.
bot-resolution-cut = L'article continue au-delà de cet extrait : ouvrez-le pour la suite.
bot-no-resolution = L'article n'a pas de section solution ; ouvrez-le via le lien pour les détails.
bot-confidence-low = Faible
bot-confidence-medium = Moyenne
bot-confidence-high = Élevée
bot-continued = Suite
bot-page = Page { $page } sur { $pages }
bot-button-helpful = Utile
bot-button-unhelpful = Pas utile
bot-feedback-thanks = Merci, content que cela vous ait aidé.
bot-feedback-sorry = Merci de nous l'avoir signalé ; les auteurs de la base vont revoir cet article.
bot-article-unknown = Aucun article ne porte l'identifiant { $id }.

bot-upload-too-large = { $file } fait { $size } Kio, au-delà des { $limit } Kio que je peux vérifier. Il n'a pas été téléchargé.
bot-upload-unavailable = Impossible de télécharger { $file }. Merci de l'envoyer à nouveau.
bot-log-title = Erreurs dans { $file }
bot-ask-nothing = Collez une erreur dans texte, ou joignez un journal dans fichier.
bot-check-timeout = La vérification de { $files } a dépassé { $seconds } secondes : j'ai cessé d'attendre. Réessayez fichier par fichier, ou lancez `kbbot check` dessus.
bot-secrets-title = Identifiants détectés
bot-secrets-private = Ce fichier contient des mots de passe ou des clés : ce rapport n'est visible que par vous. Les valeurs ne sont ni affichées ni conservées.
bot-secrets-delete = Ce fichier contient des identifiants (mots de passe ou clés). Supprimez le message et changez ces identifiants : tout le salon peut les lire.
bot-check-title = Vérification de { $files }

report-unanswered-heading = Questions sans réponse ({ $language })
report-unhelpful-heading = Articles jugés pas utiles ({ $language })
report-unanswered-row = { $count } × { $paste }
report-unhelpful-row = { $article } : { $bad } pas utile, { $good } utile
report-empty = Rien d'enregistré pour l'instant.
