lang-name = Nederlands
lang-en = Engels
lang-fr = Frans
lang-nl = Nederlands
lang-sv = Zweeds
lang-it = Italiaans
