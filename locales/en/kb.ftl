# The KB loader and `kbbot lint-kb`.

## Callout labels in article Markdown (>[!NOTE] and friends).
kb-callout-note = Note
kb-callout-important = Important
kb-callout-caution = Caution
kb-callout-warning = Warning
kb-callout-tip = Tip
kb-callout-info = Info
kb-callout-availability = Availability
kb-callout-more-like-this = See also
kb-callout-prerequisites = Prerequisites
kb-callout-video = Video

## Load diagnostics.
kb-diag-unreadable = cannot be read: { $reason }
kb-diag-too-large = too large ({ $size } bytes; pages are limited to { $limit } bytes), skipped
kb-diag-not-a-file = not a regular file (a pipe, socket or device), skipped
kb-diag-empty = empty file, skipped
kb-diag-binary = binary file (contains NUL bytes), skipped
kb-diag-not-utf8 = not UTF-8 text (first bad byte at offset { $offset }), skipped
kb-diag-front-matter-unclosed = front matter opened with --- is never closed, skipped
kb-diag-yaml-fallback = front matter is not valid YAML ({ $reason }); read line by line instead
kb-diag-no-language = no language in folder name, front matter or text; assumed English
kb-diag-too-deep = folder nested deeper than { $limit } levels, not read
kb-diag-too-many-files = more than { $limit } pages in this KB, the rest not read

## kbbot lint-kb
lint-kb-root = Linting the KB in { $root }
lint-kb-pages = Pages per language: { $counts }
lint-kb-articles = Articles: { $articles }, of which { $complete } exist in all five languages
lint-kb-more = … and { $count } more of this kind
lint-kb-missing-summary = { $count ->
    [one] One article has
   *[other] { $count } articles have
} no version in { $langs } (for example { $examples })
lint-kb-clean = No problems found.
lint-kb-no-articles = No article loaded from { $root }: a KB page is a Markdown file (.md) with front matter, in a language folder (en, fr, nl, sv, it) or naming its language.
lint-kb-problems = { $count ->
    [one] One problem found.
   *[other] { $count } problems found.
}
lint-missing-field = missing front matter field: { $field }
lint-missing-languages = article { $id } has no version in { $langs }
lint-no-symptoms = KB article without an Issue/Symptoms section
lint-no-resolution = KB article without a Resolution section
lint-no-error-strings = the Issue/Symptoms section quotes no error string (write each one as inline code)
lint-duplicate-id = id { $id } ({ $lang }) is already used by { $other }
