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
kb-diag-empty = empty file, skipped
kb-diag-binary = binary file (contains NUL bytes), skipped
kb-diag-not-utf8 = not UTF-8 text (first bad byte at offset { $offset }), skipped
kb-diag-front-matter-unclosed = front matter opened with --- is never closed, skipped
kb-diag-yaml-fallback = front matter is not valid YAML ({ $reason }); read line by line instead
kb-diag-no-language = no language in folder name, front matter or text; assumed English
kb-diag-too-deep = folder nested deeper than { $limit } levels, not read
kb-diag-too-many-files = more than { $limit } pages in this KB, the rest not read
