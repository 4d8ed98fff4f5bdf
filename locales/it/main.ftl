lang-name = Italiano
lang-en = inglese
lang-fr = francese
lang-nl = olandese
lang-sv = svedese
lang-it = italiano
