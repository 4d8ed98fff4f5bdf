# kbbot ask, chat, eval and index: replies to a paste and the commands around them.

ask-note-truncated = Your paste was long ({ $original } bytes, { $lines } lines): I read only the first { $kept } bytes.
ask-note-blank = There is nothing I can look up in that message. Paste the error line, or the part of the log that shows it.
ask-note-smalltalk = That reads like a greeting or a thank-you, so I have not looked anything up. When you hit an error, paste its line or the bit of log around it.
ask-note-info-only = { $lines ->
        [one] The log line you pasted is an info line: progress, not a fault, so I found no error to look up in it.
       *[other] The { $lines } log lines you pasted are all info lines: progress, not a fault, so I found no error to look up in them.
    } If something failed, paste the line marked error or warning.
ask-answer-heading = { $id }: { $title }
ask-matched-line = Recognised error line: { $line }
ask-why-signature = Why: your paste contains the error message “{ $signature }”.
ask-why-signature-part = Why: your paste matches part of the error message “{ $signature }”.
ask-why-code = Why: your paste contains the error code { $code }, which this article covers.
ask-why-named = Why: your paste names this article ({ $id }).
ask-why-words = Why: the article shares these words with your paste: { $words }.
ask-why-closest = Why: it is the article closest to your paste as a whole, with no error message or word that stands out.
ask-confidence = Confidence: { $percent } %
ask-lang-differs = This article has no { $wanted } version, so here is the { $shown } one.
ask-resolution = Resolution
ask-resolution-cut = (The article goes on: follow the link for the rest.)
ask-resolution-cut-no-link = (The article goes on: ask for it by its id to read the rest.)
ask-link = Full article: { $url }
show-unknown = No article has the id “{ $id }”. Use an id as kbbot lists it, such as { $ids }.
show-unknown-empty = No article has the id “{ $id }”: this knowledge base holds no articles.
ask-alternatives = Other articles that might fit:
ask-candidate = • { $id }: { $title } ({ $percent } %)
ask-other-errors = { $count ->
        [one] Your paste holds another error, with its own article:
       *[other] Your paste holds { $count } other errors, each with its own article:
    }
ask-other-error = • `{ $line }` → { $id }: { $title } ({ $percent } %)
ask-decline = I don't recognise this one.
ask-decline-closest = The closest articles I know, none of them a sure match:
ask-decline-nothing-close = Nothing in the knowledge base comes close. Try pasting the exact error line.

chat-welcome = Paste an error or a log excerpt; an empty line sends it. /help lists the commands; Ctrl-D quits.
chat-help = Paste an error line or a log excerpt, then an empty line to send it. Inside a ``` code block, empty lines belong to the paste: close the block, then send.
    /show ID    read an article, such as one listed under an answer
    /lang fr    reply in French (en, fr, nl, sv, it); /lang auto follows each message
    /quit       leave (Ctrl-D does too)
chat-lang-set = Replies are now in { $language }.
chat-lang-auto = Replies now follow the language of each message.
chat-bye = Bye.

index-progress = Indexing
index-written = Indexed { $articles } articles into { $dir } in { $seconds } s.
index-stale = The index in { $dir } was built from another KB: indexing in memory instead.
index-broken = The index in { $dir } cannot be used ({ $error }): indexing in memory instead. `kbbot index` writes a new one.
index-missing = { $dir } holds no index written by `kbbot index`: indexing in memory instead.
kb-load-problems = { $count } file(s) in { $dir } did not load cleanly (`kbbot lint-kb { $dir }` lists them all):
kb-no-articles = No article could be loaded from { $dir } (`kbbot lint-kb { $dir }` says why).

batch-bad-json = not a JSON object with a "query" field: { $error }
batch-bad-lang = unknown language { $lang }

eval-heading = { $queries } queries from { $file } against { $articles } articles ({ $groups } distinct)
eval-answerable = Answerable: { $count }  hit@1 { $hit1 } %  hit@3 { $hit3 } %  MRR { $mrr }
eval-negatives = Must decline: { $count }  declined { $declined } %
eval-declines = Declines: precision { $precision } %  recall { $recall } %
eval-confident-wrong = Wrong answers above { $above } % confidence: { $count }
eval-several-errors = Pastes with several errors: every error given its article in { $every } of { $count }; { $given } of { $errors } errors given
eval-latency = Matching time per query: p50 { $p50 } ms  p99 { $p99 } ms  max { $max } ms
eval-baseline = Plain BM25 (baseline): hit@1 { $hit1 } %  hit@3 { $hit3 } %  MRR { $mrr }  (hit@1 by kind: { $kinds })
eval-table-header = group  n  hit@1  hit@3  MRR  declined-ok
eval-reliability = Stated confidence of the first candidate against how often it is right ({ $count } of { $queries } queries have a candidate; the ones that must decline are never right):
eval-reliability-header = stated        n  right  right %    mean %
eval-misses = Misses ({ $count }):
eval-miss = { $id } [{ $lang }, { $kind }] expected { $expected }, got { $got } ({ $confidence } %): { $query }

## Whole-log triage (kbbot ask --file)
log-heading = { $lines } lines read: { $errors ->
        [0] no error that an article covers.
        [one] one distinct error with an article.
       *[other] { $errors } distinct errors with an article.
    }
log-error = • { $count } × `{ $line }` (first on line { $first }) → { $id }: { $title } ({ $percent } %)
log-more-errors = … and { $errors } more with an article ({ $lines } lines).
log-rest = { $texts } other distinct lines ({ $lines } lines in all) have no article: progress, context, or errors the KB does not cover.
log-binary = { $file } is not a text log (it holds binary bytes): nothing was read.
