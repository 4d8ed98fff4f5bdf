# Shared messages: language names and words every part uses.
lang-name = English
lang-en = English
lang-fr = French
lang-nl = Dutch
lang-sv = Swedish
lang-it = Italian
