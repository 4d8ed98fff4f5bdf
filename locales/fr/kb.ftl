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
kb-diag-empty = fichier vide, ignoré
kb-diag-binary = fichier binaire (contient des octets NUL), ignoré
kb-diag-not-utf8 = texte non UTF-8 (premier octet invalide à la position { $offset }), ignoré
kb-diag-front-matter-unclosed = l’en-tête ouvert par --- n’est jamais refermé, ignoré
kb-diag-yaml-fallback = l’en-tête n’est pas du YAML valide ({ $reason }) ; lu ligne par ligne à la place
kb-diag-no-language = aucune langue dans le nom du dossier, l’en-tête ou le texte ; anglais supposé
kb-diag-too-deep = dossier imbriqué sur plus de { $limit } niveaux, non lu
kb-diag-too-many-files = plus de { $limit } pages dans cette base, les suivantes ne sont pas lues
