// The English messages: the catalog's reference (vi.ts has the same keys and placeholders).
//
// `{name}` is a placeholder; `{n|one text|other text}` picks by the number n (`#` is the number
// itself); Vietnamese needs no plural forms and writes `{n}` alone. Rule codes, setting names,
// option names and anything a script parses stay as they are in every language.

export const en = {
  // ---- Shared words ---------------------------------------------------------------------------
  'list.and': ' and ',

  // ---- header/* ---------------------------------------------------------------------------------
  'header.missing': 'Article has no header: the first line should be `date YYYY-MM-DD Title`.',
  'header.fix.insertFromLine': "Insert header 'date {date}' (title from line {line})",
  'header.fix.insertWithTitle': "Insert header 'date {date}' with this title",
  'header.fix.insertToWrite': "Insert header 'date {date}' (title to write)",
  'header.fix.removeLabel': "Remove the scraped label line '{label}'",
  'header.badIndent': 'The header may start with at most one plain space.',
  'header.fix.removeIndent': 'Remove extra indentation',
  'header.noKeyword': 'The header has no `date` keyword before its date.',
  'header.fix.insertKeyword': "Insert the 'date' keyword",
  'header.keywordColon': 'The header keyword is `date` followed by one space, without a colon.',
  'header.keywordCase': 'The header keyword is written `date`, in lower case.',
  'header.fix.writeKeyword': "Write the keyword as 'date'",
  'header.separator': 'Header parts must be separated by one plain space, not {found}.',
  'header.space.none': 'no space',
  'header.space.nbsp': 'a non-breaking space',
  'header.space.tab': 'a tab',
  'header.space.disguised': 'a disguised space',
  'header.space.many': '{n} spaces',
  'header.fix.singleSpace': 'Use a single space',
  'header.noDate': 'The header has no date: write `date YYYY-MM-DD Title`.',
  'header.dateShape': "Header date '{raw}' must be written YYYY-MM-DD ({why}): {iso}.",
  'header.dateUnreadable': "Header date '{raw}' is not a date in the form YYYY-MM-DD ({why}).",
  'header.shape.ymdSlash': 'slashes or dots instead of hyphens',
  'header.shape.ymdUnpadded': 'month and day must have two digits',
  'header.shape.compact': 'the date needs hyphens',
  'header.shape.dmy': 'day/month/year order',
  'header.shape.unreadable': 'not a date',
  'header.fix.rewriteDate': 'Rewrite date as {iso}',
  'header.invalidDate': "Header date '{raw}' does not exist: {why}.",
  'date.why.noMonth': 'there is no month {month}',
  'date.why.noDay0': 'there is no day 0',
  'date.why.fewerDays': 'that month has fewer days',
  'date.why.notLeap': '{year} is not a leap year',
  'date.why.monthDays': 'month {month} has {days} days',
  'header.futureDate.today': 'Header date {iso} lies after today ({today}).',
  'header.futureDate.max': "Header date {iso} lies after the corpus's latest date {max}.",
  'header.futureDate.min': "Header date {iso} lies before the corpus's earliest date {min}.",
  'header.noTitle': 'The header has no title after its date.',

  // ---- date/* -----------------------------------------------------------------------------------
  'date.impossible': "'{text}' is not a date: {why}.",
  'date.afterPublication': '{text} read in {year} is {iso}, after the publication date {published}: is the header date right?',

  // ---- entity/* ---------------------------------------------------------------------------------
  'entity.unknown': "'{name}' ({title}) is not in the entity registry.",
  'entity.staleTitle.noLonger': "On {date} (the article's date) {name} was no longer {title} per the registry: {named}. {held}",
  'entity.staleTitle.notYet': "On {date} (the article's date) {name} was not yet {title} per the registry: {named}. {held}",
  'entity.staleTitle.not': "On {date} (the article's date) {name} was not {title} per the registry: {named}. {held}",
  'entity.staleTitle.held': 'On that date, per the registry: {titles}.',
  'entity.staleTitle.noneHeld': 'The registry gives no title held on that date.',
  'entity.staleTitle.fix.held': "Write the title held then: '{title}'",
  'entity.staleTitle.fix.past': "Mark it as past: 'nguyên {title}'",
  'entity.titleSpan': '{from} – {to}',
  'time.now': 'now',
  'date.contradictsTitles': 'The titles of {names} fit {span}, not the header date {date}: is the date right?',
  'entity.titleConflict': 'Within {days} days of {date}, the corpus calls {name} {title} in {count} of {all} articles{others}; here: {here}.',
  'entity.titleConflict.others': ' (also {list})',

  // ---- text/* -----------------------------------------------------------------------------------
  'text.notNfc': "'{word}' is written with decomposed diacritics ({found} code units instead of {nfc}); the corpus stores text in NFC, and search, matching and counts treat the two forms as different words.",
  'text.fix.nfc': 'Normalise to NFC',
  'text.toneStyle': "'{word}' places its tone mark in the {style} style; {why}: write '{other}'.",
  'text.toneStyle.declared': 'the corpus declares toneStyle: {setting} ({example})',
  'text.toneStyle.majority': 'this article writes {count|# word|# words} in the {style} style ({example}) and {others} in the other',
  'text.toneStyle.old': 'old',
  'text.toneStyle.new': 'new',
  'text.fix.toneStyle': "Write '{other}' ({style} tone style)",
  'text.toneTypo': "'{word}' has its tone mark on the wrong vowel: in ươ, iê, uô and yê the tone goes on the second one. Write '{right}'.",
  'text.fix.write': "Write '{text}'",
  'text.bom': 'The file starts with a byte-order mark (U+FEFF); the corpus is UTF-8 without one.',
  'text.fix.bom': 'Remove the byte-order mark',
  'text.blankLine': 'A blank line holding {what}.',
  'text.trailing': 'Trailing whitespace ({what}) at the end of the line.',
  'text.fix.trailing': 'Remove trailing whitespace',
  'text.leading': 'The line starts with {what}.',
  'text.fix.leading': 'Remove the disguised space',
  'text.betweenWords': '{what} between words: write one plain space.',
  'text.invisible': '{what} inside the text: invisible characters have no place in prose.',
  'text.fix.oneSpace': 'Use one plain space',
  'text.fix.invisible': 'Remove the invisible character',
  'text.lineEnds': 'This file ends its lines with {kind} ({count|# line|# lines}); the corpus uses LF.',
  'text.fix.lineEnds': 'Convert every line end to LF',
  'text.oddLineEnd': 'A {kind} line end in a file whose other lines end with LF.',
  'text.fix.lf': 'Use LF',
  'text.space.one': 'a {name}',
  'text.space.single': 'a space',
  'text.space.many': '{n} spaces',
  'text.space.nbsp': 'non-breaking space',
  'text.space.thin': 'thin space',
  'text.space.narrowNbsp': 'narrow non-breaking space',
  'text.space.ideographic': 'ideographic space',
  'text.space.zwsp': 'zero-width space',
  'text.space.zwnj': 'zero-width non-joiner',
  'text.space.zwj': 'zero-width joiner',
  'text.space.wordJoiner': 'word joiner',
  'text.space.bom': 'zero-width no-break space (BOM)',
  'text.space.softHyphen': 'soft hyphen',
  'text.space.tab': 'tab',
  'text.mojibake': "'{text}' is UTF-8 text read as Windows-1252 (mojibake); it reads '{repaired}'.",
  'text.fix.repair': "Repair as '{text}'",
  'text.legacyEncoding': "This line looks like {encoding} text read as Windows-1252; it cannot be repaired for certain from here: convert the original file (iconv, or a Vietnamese converter such as Unikey's) and replace the text.",
  'text.eth': "'{char}' is the Icelandic eth ({code}), a scraping stand-in for '{right}'.",

  // ---- scrape/* ---------------------------------------------------------------------------------
  'scrape.caption': 'A photo caption from the web page (it ends with a photo credit); some corpora keep captions, others remove them.',
  'scrape.fix.caption': 'Remove the caption line',
  'scrape.repeatsPrevious': 'This line repeats the one before it.',
  'scrape.paragraphRepeats': 'This paragraph ({count} lines) repeats the one before it.',
  'scrape.firstCopy': 'the first copy',
  'scrape.fix.repeatedCopy': 'Remove the repeated copy',
  'scrape.fix.repeatedLine': 'Remove the repeated line',
  'scrape.repeatsLine': 'This line repeats line {line}.',
  'scrape.imageSlug': "'{line}' is an image file name left by the scraper, not text of the article.",
  'scrape.fix.imageSlug': 'Remove the image file name line',
  'scrape.widget': "'{line}' is the comments widget of the web page, not text of the article.",
  'scrape.fix.widget': 'Remove the comments widget',
  'scrape.related': "'{line}' starts a block of links to other articles ({count|# line|# lines} after it), not part of this article.",
  'scrape.fix.related': 'Remove the related-articles block',

  // ---- corpus/*, file/*, internal/* ----------------------------------------------------------------
  'corpus.duplicate.identical': 'This article has the same body as {file}.',
  'corpus.duplicate.similar': "This article's body is {percent}% the same as {file} (shared word 5-grams, estimated).",
  'corpus.duplicate.related.identical': 'the same body',
  'corpus.duplicate.related.similar': '{percent}% the same body',
  'file.name': "'{name}' is not an article file name NNN_<16 hex digits>.txt: {why}.",
  'file.name.extensionCase': 'the extension must be .txt in lower case',
  'file.name.extension': 'an article file ends in .txt',
  'file.name.parts': 'it needs a running index, an underscore and the id',
  'file.name.noIndex': 'it must start with a running index of at least three digits',
  'file.name.shortIndex': 'the running index needs at least three digits ({padded})',
  'file.name.idCase': 'the id must be in lower case ({id})',
  'file.name.idLength': 'the id has {count} hex digits, not 16',
  'file.name.idDigits': 'the id must be 16 hex digits (0-9, a-f)',
  'file.duplicateId': 'The article id {id} is also used by {files}; ids must be unique in the corpus.',
  'file.duplicateId.related': 'also has id {id}',
  'file.skipped': 'Skipped: {reason}.',
  'internal.ruleFailed': 'Rule {code} failed: {error}',
  'internal.tooMany': '{count} more problems in this file are not shown (the first {max} are).',
  'summary.moreFindings': '{count} more {code} problems from here on are not listed one by one.',

  // ---- Reading files -------------------------------------------------------------------------------
  'read.tooLarge': 'file is {size} MB, larger than the {max} MB an article may have',
  'read.binary': 'binary file (a NUL byte at byte {offset}), not an article',
  'read.notUtf8': 'not valid UTF-8 (legacy encodings such as TCVN3 or VNI must be converted first)',
  'read.textTooLong': 'the text is {size} M characters, more than the {max} M an article may have',
  'read.overLimit': 'it is larger than the {limit} limit',
  'read.sizeOverLimit': 'it is {size}, larger than the {limit} limit',
  'read.notRegular': 'it is {kind}, not a regular file',
  'read.kind.fifo': 'a named pipe (FIFO)',
  'read.kind.charDevice': 'a character device',
  'read.kind.blockDevice': 'a block device',
  'read.kind.socket': 'a socket',
  'read.kind.directory': 'a folder',
  'read.kind.other': 'not a file',
  'read.bytes': '{count} bytes',
  'read.missing': 'there is no such file',
  'read.failed': 'it cannot be read ({error})',
  'read.linkOutside': 'it is a link to a file outside the corpus folder, which is not read',
  'read.analysisFailed': 'analysis failed: {error}',
  'read.disappeared': 'the file disappeared while it was read',

  // ---- corpus-lens.yaml (config/*) -----------------------------------------------------------------
  'config.yamlError': '{message}',
  'config.notMapping': 'corpus-lens.yaml must be a mapping of settings',
  'config.stringList': "'{name}' must be a string or a list of strings",
  'config.registryOutside': "'{file}' lies outside the corpus folder; registry files must be inside it, so this one is not read",
  'config.globNothing': "'{pattern}': {why}; it matches nothing",
  'config.globBraces': "the pattern's braces expand to more than {max} alternatives",
  'config.languageType': "'language' must be en or vi: the language of Corpus Lens's messages",
  'config.languageUnknown': "'{value}': Corpus Lens writes its messages in English (en) or Vietnamese (vi); without one of them they follow the editor's language",
  'config.toneStyle': "'toneStyle' must be 'old' (hòa, thủy: tone on the first vowel) or 'new' (hoà, thuỷ)",
  'config.datesMapping': "'dates' must be a mapping with 'min' and/or 'max'",
  'config.datesUnknown': "unknown setting 'dates.{key}' (expected min or max)",
  'config.datesValue': "'dates.{key}' must be a date YYYY-MM-DD or 'today'",
  'config.rulesMapping': "'rules' must map rule codes to error, warning, information, hint or off",
  'config.ruleValue': "rule '{code}': expected error, warning, information, hint or off",
  'config.unknown': "unknown setting '{key}'",
  'config.unreadable': '{file} cannot be read: {reason}; the default settings apply',
  'config.noArticles': 'No file in this folder is an article of the corpus ({globs}).',

  // ---- Registry files (registry/*) ----------------------------------------------------------------
  'registry.unreadable': 'this registry file cannot be read: {reason}',
  'registry.yaml': 'cannot read YAML: {error}',
  'registry.yamlError': '{message}',
  'registry.topLevel': "unknown top-level field '{key}' (expected 'entities')",
  'registry.notMapping': "a registry file is a mapping with an 'entities' list",
  'registry.entitiesList': "'entities' must be a list of entries",
  'registry.duplicateId': "duplicate id '{id}' in this file (the first entry is used)",
  'registry.entryMapping': 'an entry must be a mapping with id, type and name',
  'registry.fieldTwice': "field '{key}' is written twice (the first is used)",
  'registry.missing': '{entry}: {fields} {count|is|are} missing or empty; the entry is skipped',
  'registry.entry': 'entry',
  'registry.badId': "id '{id}' must be lower-case ASCII letters, digits, '-', '_' or '.'; the entry is skipped",
  'registry.badType': "'{type}' is not a type (person, organization, place, sector, event); the entry is skipped",
  'registry.fieldNotFor': "field '{key}' does not apply to a {type}",
  'registry.unknownField': "unknown field '{key}'",
  'registry.aliasesList': "'aliases' must be a list of names",
  'registry.aliasString': 'an alias must be a non-empty string',
  'registry.titlesList': "'titles' must be a list of {title, organization, from, to}",
  'registry.kind': "'kind' must be one of {kinds}",
  'registry.countryCode': "'{key}' must be a two-letter country code such as VN or RU",
  'registry.parentId': "'parent' must be an entity id",
  'registry.text': "'{key}' must be text",
  'registry.englishGloss': "sector '{id}' needs an 'english' gloss",
  'registry.titleShape': 'a title must be {title, organization, from, to}',
  'registry.titleField': "unknown field '{key}' in a title (expected title, organization, from, to)",
  'registry.titleNeedsTitle': "a title entry needs 'title'",
  'registry.date': "'{field}' must be a date YYYY, YYYY-MM or YYYY-MM-DD",
  'registry.dateNot': "'{field}' must be a date YYYY, YYYY-MM or YYYY-MM-DD, not '{value}'",
  'registry.duplicateAlias': "'{alias}' already names '{id}'; it keeps resolving there",
  'registry.unknownParent': "unknown parent '{parent}'",
  'registry.undatedTitle': "'{title}' has no 'from': articles cannot be checked against it (entity/stale-title)",
  'registry.overlappingOffice': "{name} and {other} both hold '{office}' at once ({span} and {otherSpan}); only one person holds it at a time",

  // ---- The editor (language server) ---------------------------------------------------------------
  'server.reading': 'Reading articles…',
  'server.readingProgress': '{done}/{total} articles',
  'server.fixAll': "Fix all '{code}' problems in this file ({count})",
  'server.safeFixes': 'Corpus Lens: apply {count} safe fixes',
  'server.addToRegistry': "Add '{name}' to {file}",
  'server.noMention': "no article mentions '{key}'",
  'server.noWord': 'the phrase has no word to look for',

  // ---- Hover, outline, code lens ----------------------------------------------------------------
  'type.person': 'person',
  'type.organization': 'organisation',
  'type.place': 'place',
  'type.sector': 'sector',
  'type.event': 'event',
  'count.person': '{count|# person|# people}',
  'count.organization': '{count|# organisation|# organisations}',
  'count.place': '{count|# place|# places}',
  'count.sector': '{count|# sector|# sectors}',
  'count.event': '{count|# event|# events}',
  'hover.notInRegistry': 'not in the registry',
  'hover.mentions': '**{mentions|# mention|# mentions} in {articles|# article|# articles}**{dates}',
  'hover.firstLast': ' · first {first}, last {last}',
  'hover.notMentioned': 'Not mentioned in any article of the corpus.',
  'hover.titles': '**Titles over time**',
  'hover.titlesHead': '| when | title | source |',
  'hover.noDate': 'no date',
  'hover.source.registry': 'registry',
  'hover.source.articles': 'articles, {count}×',
  'hover.more': '…and {count} more',
  'hover.writtenAs': '**Written as** {forms}',
  'hover.mentionedWith': 'Mentioned most with: {list}',
  'hover.coMentioned': 'Most co-mentioned: {list}',
  'hover.partOf': '**Part of** {name}',
  'hover.includes': '**Includes** {names}',
  'hover.also': '**Also** {names}',
  'hover.when': '**When** {when}',
  'hover.country': '**Country** {country}',
  'symbols.noTitle': '(no title)',
  'symbols.inArticles': '{mentions}× in {articles} articles',
  'symbols.notMentioned': 'registry · not mentioned',
  'progress.references': 'References to {name}',
  'progress.symbols': 'Workspace symbols: {query}',
  'progress.problems': 'Problems of every article',

  // ---- Command line ---------------------------------------------------------------------------------
  'cli.usage': `Usage: corpus-lens <command> [options] PATH…

Commands:
  check [--format text|json] PATH…   report header, date and hygiene problems
                                     (exit status 1 when there is an error)
  fix [--dry-run] [--rule CODE…] PATH…  apply the safe fixes (NFC, whitespace, image
                                     slugs, trailers, repeated lines); --dry-run
                                     prints a unified diff and writes nothing
  entities [--json] PATH…            people, organisations, places, sectors and
                                     events mentioned, with counts (--json: every
                                     mention with UTF-16 offsets)
  stats [--json] PATH…               counts of articles, mentions, entities and
                                     problems, and how long indexing took
  registry check|suggest PATH…       the registry files' problems; the unknown people
                                     grouped into entries to file (JSON)
  export --format jsonl|conll|brat --out DIR PATH…
                                     the articles with their names labelled, for
                                     annotation and training tools (export --help)
  import --format brat|jsonl [--write] PATH…
                                     corrected annotations back into the registry:
                                     new names and aliases, as a diff (import --help)

Options of check, entities and stats:
{engine}

Paths are article files or folders (walked for *.txt, or for the articles a
corpus-lens.yaml in the folder selects). Messages are in English or Vietnamese:
the corpus's 'language:' in corpus-lens.yaml, else LC_ALL, LC_MESSAGES or LANG (vi_VN…).`,
  'cli.engineUsage': `  --jobs N            analyse on N threads (default: one per 6,000 files, at most one per core; 0: this thread only)
  --cache             keep summaries between runs and analyse only changed files
  --cache-location P  folder of the cache (default .corpus-lens-cache in the current folder)`,
  'cli.unknownCommand': "unknown command '{command}'",
  'cli.unknownOption': 'unknown option {option}',
  'cli.needsValue': '{option} needs a value',
  'cli.jobs': "--jobs takes a whole number from 0 to 256, not '{value}'",
  'cli.noSuchPath': '{path}: no such file or folder',
  'cli.needsPath': '{command} needs at least one file or folder',
  'cli.format': "--format must be text or json, not '{format}'",
  'cli.noArticles': '{path}: no articles there (check the include and exclude globs of its corpus-lens.yaml)',
  'cli.checkSummary': '{files|# article|# articles} checked ({clean} clean): {errors|# error|# errors}, {warnings|# warning|# warnings}, {information} information, {hints|# hint|# hints}',
  'cli.fixUsage': `Usage: corpus-lens fix [--dry-run] [--rule CODE]… PATH…

Applies the fixes that need no human choice: NFC, whitespace, image file names, the comments
widget and related-articles trailer, lines repeated right after themselves, misplaced tone
marks (lựơng), and tone-mark style when corpus-lens.yaml declares toneStyle.

  --dry-run       print the changes as a unified diff and write nothing
  --rule CODE     only fix this code (repeatable, or comma-separated); a family such as
                  scrape/ selects its safe fixes; a code named exactly is applied even
                  when its fix is not safe by default (scrape/caption, text/legacy-encoding,
                  entity/stale-title)`,
  'cli.fix.needsCode': '{option} needs a rule code',
  'cli.fix.unknownRule': "unknown rule '{code}' (rules: {rules})",
  'cli.fix.linkOutside': '{file}: is a link to a file outside the corpus folder: not read, not changed',
  'cli.fix.cannotRead': '{file}: cannot read: {reason}',
  'cli.fix.skipped': '{file}: skipped: {reason}',
  'cli.fix.notConverged': '{file}: some fixes could not be applied in {passes} passes; run fix again',
  'cli.fix.summary': '{files|# article|# articles} checked, {changed} changed: {fixes|# fix|# fixes}{applied}',
  'cli.fix.summaryDry': '{files|# article|# articles} checked, {changed} would change: {fixes|# fix|# fixes}{applied}',
  'cli.fix.applied': ' applied',
  'cli.fix.toApply': ' to apply',
  'cli.write.failed': 'cannot be written ({error})',
  'cli.write.notRegular': 'is no longer a regular file',
  'cli.write.readOnly': 'is read-only: not changed (make it writable to fix it)',
  'cli.write.changed': 'changed since it was read: not changed (run fix again)',
  'cli.entities.usage': 'Usage: corpus-lens entities [--json] PATH…',
  'cli.entities.skipped': '{file}: skipped ({reason})',
  'cli.entities.person': 'People',
  'cli.entities.organization': 'Organisations',
  'cli.entities.place': 'Places',
  'cli.entities.sector': 'Sectors',
  'cli.entities.event': 'Events',
  'cli.entities.notInRegistry': '(not in registry)',
  'cli.entities.head.entity': 'entity',
  'cli.entities.head.mentions': 'mentions',
  'cli.entities.head.articles': 'articles',
  'cli.entities.summary': '{articles|# article|# articles}, {mentions} mentions of {entities} entities{skipped}',
  'cli.entities.skippedCount': ', {count} skipped',
  'cli.stats.usage': `Usage: corpus-lens stats [--json] [--cache] [--jobs N] PATH…

Indexes the articles and prints counts (articles, mentions by type, entities, problems by
severity) and timings.

  --json              one JSON object instead of the table
{engine}`,
  'cli.stats.articles': 'articles',
  'cli.stats.articlesValue': '{articles}{unreadable}, {size} M characters',
  'cli.stats.unreadable': ' ({count} unreadable)',
  'cli.stats.mentions': 'mentions',
  'cli.stats.entities': 'entities',
  'cli.stats.entitiesValue': '{total} ({known} in the registry, {unknown} not): {byType}',
  'cli.stats.problems': 'problems',
  'cli.stats.problemsValue': '{errors} errors, {warnings} warnings, {information} information, {hints} hints',
  'cli.stats.analysed': 'analysed',
  'cli.stats.analysedValue': '{analysed} articles, {cached} from the cache, on {threads|# thread|# threads}',
  'cli.stats.time': 'time',
  'cli.stats.timeValue': '{total} s (listing {listing} s, indexing {indexing} s)',
  'cli.stats.memory': 'peak memory',
  'cli.registry.usage': `Usage: corpus-lens registry check [--json] PATH…
       corpus-lens registry suggest [--jobs N] [--cache] PATH…

check    the problems of each corpus's own registry files (entities.yaml and those
         corpus-lens.yaml names): syntax, fields, dates, duplicate ids and aliases, two
         people in a one-holder office at once, titles without 'from'; exit 1 on an error
suggest  the people the articles name whom the registry does not know, grouped when they
         are one person written differently (without diacritics, with initials), most
         mentioned first, each with the entry to file or the registry entry it is an alias of
         (JSON)

Options of suggest:
{engine}`,
  'cli.registry.unknown': "unknown registry command '{command}' (check or suggest)",
  'cli.registry.needsFolder': 'registry {command} needs at least one folder',
  'cli.registry.summary': '{files|# registry file|# registry files} checked: {problems|# problem|# problems}',
  'cli.export.usage': `Usage: corpus-lens export --format jsonl|conll|brat --out DIR [options] PATH…

  --format F          jsonl: DIR/articles.jsonl, one article per line (doccano, spaCy)
                      conll: DIR/articles.conll, one syllable per line (VLSP style), and
                             DIR/documents.tsv naming the articles in order
                      brat:  one .txt and .ann per article, and annotation.conf
  --out DIR           the folder to write into (created; files there of the same name
                      are replaced)
  --nested N          outer (default for jsonl and conll), inner, or all (default for brat):
                      which of two names one inside the other is written
  --scheme S          CoNLL tags: iob2 (default) or bioes
  --label TYPE=L      the label of an entity type (person=PER, organization=ORG and
                      place=LOC by default; sector and event are left out unless given a
                      label; TYPE= leaves a type out)
Offsets in jsonl and brat count code points (as Python does).
{engine}`,
  'cli.export.format': "--format is jsonl, conll or brat, not '{value}' (spaCy: see the README)",
  'cli.export.nested': "--nested is outer, inner or all, not '{value}'",
  'cli.export.scheme': "--scheme is iob2 or bioes, not '{value}'",
  'cli.export.label': "--label takes TYPE=LABEL with TYPE one of {types}, not '{value}'",
  'cli.export.needsFormat': 'export needs --format jsonl, conll or brat',
  'cli.export.needsOut': 'export needs --out DIR',
  'cli.export.noLabels': 'every entity type is left out: nothing to export',
  'cli.export.summary': 'Exported {articles|# article|# articles} with {names|# name|# names} as {format} into {dir} in {seconds} s{skipped}',
  'cli.export.skippedCount': '; {count} skipped',
  'export.conllAll': "CoNLL has one tag per token: choose --nested outer or inner, not 'all'",
  'export.insideCorpus': "{dir} is inside the corpus {corpus}: brat's .txt files would become articles of it; choose a folder outside",
  'export.holdsCorpus': "{dir} holds the corpus {corpus}: brat's files would be written among its articles; choose a folder outside it",
  'cli.import.invalidYaml': '{file}: the entries cannot be appended to this file as it is written ({error}); add them by hand:',
  'export.notAnalysed': 'not analysed',
  'export.gone': 'the file is gone',
  'export.changed': 'it changed while it was exported; export again',
  'export.noCorpus': 'no corpus is open (a folder with corpus-lens.yaml)',
  'export.badRequest': 'choose a format and an absolute folder',
  'export.failed': 'the export failed: {error}',
  'cli.import.usage': `Usage: corpus-lens import --format brat|jsonl [--write] [--corpus DIR] PATH…

Reads annotations (JSONL files; brat folders of .txt and .ann) and prints, as a diff, the
entries they add to the corpus's registry file (the first of corpus-lens.yaml's registry:,
else entities.yaml): names the registry does not know as new entries (one per name, its
spellings as aliases), and names tied to a registry id by another spelling as aliases.
  --write             apply the diff
  --corpus DIR        the corpus (default: the one the current folder is in)
  --label TYPE=L      as for export: which label is which type (PER, ORG, LOC by default)`,
  'cli.import.format': "import reads brat or jsonl, not '{value}'",
  'cli.import.needsFormat': 'import needs --format brat or jsonl',
  'cli.import.needsPath': 'import needs at least one annotation file or folder',
  'cli.import.cannotRead': '{file} cannot be read: {reason}',
  'cli.import.missingText': '{file}: its text {text} is missing',
  'cli.import.byHand': "{file}: add to '{id}' by hand the aliases {aliases} (its entry is in this file)",
  'cli.import.summary': 'Read {names|# name|# names} in {documents|# document|# documents}: {known} known, {fresh} new entries, {aliases} entries with new aliases{unmapped}',
  'cli.import.unmapped': '; labels of no type: {labels}',
  'cli.import.dryRun': 'Nothing written: run again with --write to add them to {file}',
  'cli.import.written': 'Written: {file}',
} as const;
