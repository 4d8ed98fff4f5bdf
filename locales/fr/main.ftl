lang-name = Français
lang-en = anglais
lang-fr = français
lang-nl = néerlandais
lang-sv = suédois
lang-it = italien
