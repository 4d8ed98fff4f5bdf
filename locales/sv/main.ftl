lang-name = Svenska
lang-en = engelska
lang-fr = franska
lang-nl = nederländska
lang-sv = svenska
lang-it = italienska
