# KB-inläsaren och `kbbot lint-kb`.

## Etiketter för rutor i artiklarnas Markdown (>[!NOTE] m.fl.).
kb-callout-note = Obs!
kb-callout-important = Viktigt
kb-callout-caution = Varning
kb-callout-warning = Varning!
kb-callout-tip = Tips
kb-callout-info = Information
kb-callout-availability = Tillgänglighet
kb-callout-more-like-this = Se även
kb-callout-prerequisites = Förutsättningar
kb-callout-video = Video

## Inläsningsdiagnoser.
kb-diag-unreadable = kan inte läsas: { $reason }
kb-diag-too-large = för stor ({ $size } byte; en sida får vara högst { $limit } byte), hoppades över
kb-diag-empty = tom fil, hoppades över
kb-diag-binary = binärfil (innehåller NUL-byte), hoppades över
kb-diag-not-utf8 = inte UTF-8-text (första felaktiga byte vid position { $offset }), hoppades över
kb-diag-front-matter-unclosed = front matter som öppnas med --- stängs aldrig, hoppades över
kb-diag-yaml-fallback = front matter är inte giltig YAML ({ $reason }); lästes rad för rad i stället
kb-diag-no-language = inget språk i mappnamn, front matter eller text; engelska antogs
kb-diag-too-deep = mappen ligger djupare än { $limit } nivåer, lästes inte
kb-diag-too-many-files = fler än { $limit } sidor i denna KB, resten lästes inte
