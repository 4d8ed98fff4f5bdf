# Le chargeur de la base de connaissances et `kbbot lint-kb`.

## Libellés des encadrés dans le Markdown des articles (>[!NOTE] etc.).
kb-callout-note = Remarque
kb-callout-important = Important
kb-callout-caution = Attention
kb-callout-warning = Avertissement
kb-callout-tip = Conseil
kb-callout-info = Information
kb-callout-availability = Disponibilité
kb-callout-more-like-this = Voir aussi
kb-callout-prerequisites = Prérequis
kb-callout-video = Vidéo

## Diagnostics de chargement.
kb-diag-unreadable = lecture impossible : { $reason }
kb-diag-too-large = fichier trop volumineux ({ $size } octets ; une page est limitée à { $limit } octets), ignoré
kb-diag-not-a-file = pas un fichier ordinaire (tube, socket ou périphérique), ignoré
kb-diag-empty = fichier vide, ignoré
kb-diag-binary = fichier binaire (contient des octets NUL), ignoré
kb-diag-not-utf8 = texte non UTF-8 (premier octet invalide à la position { $offset }), ignoré
kb-diag-front-matter-unclosed = l’en-tête ouvert par --- n’est jamais refermé, ignoré
kb-diag-yaml-fallback = l’en-tête n’est pas du YAML valide ({ $reason }) ; lu ligne par ligne à la place
kb-diag-no-language = aucune langue dans le nom du dossier, l’en-tête ou le texte ; anglais supposé
kb-diag-too-deep = dossier imbriqué sur plus de { $limit } niveaux, non lu
kb-diag-too-many-files = plus de { $limit } pages dans cette base, les suivantes ne sont pas lues

## kbbot lint-kb
lint-kb-root = Vérification de la base de connaissances dans { $root }
lint-kb-pages = Pages par langue : { $counts }
lint-kb-articles = Articles : { $articles }, dont { $complete } existent dans les cinq langues
lint-kb-more = … et { $count } autres du même genre
lint-kb-missing-summary = { $count ->
    [one] Un article n’a
   *[other] { $count } articles n’ont
} pas de version en { $langs } (par exemple { $examples })
lint-kb-clean = Aucun problème trouvé.
lint-kb-no-articles = Aucun article chargé depuis { $root } : une page de la base est un fichier Markdown (.md) avec un en-tête, dans un dossier de langue (en, fr, nl, sv, it) ou indiquant sa langue.
lint-kb-problems = { $count ->
    [one] Un problème trouvé.
   *[other] { $count } problèmes trouvés.
}
lint-missing-field = champ d’en-tête manquant : { $field }
lint-missing-languages = l’article { $id } n’a pas de version en { $langs }
lint-no-symptoms = article de base de connaissances sans section Problème/Symptômes
lint-no-resolution = article de base de connaissances sans section Résolution
lint-no-error-strings = la section Problème/Symptômes ne cite aucun message d’erreur (écrivez chacun en code en ligne)
lint-duplicate-id = l’identifiant { $id } ({ $lang }) est déjà utilisé par { $other }
