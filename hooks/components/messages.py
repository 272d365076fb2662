"""Every problem an author can meet: what is wrong, then how to fix it (AUTHORING.md lists them).

Each is a `str.format` template; the build prints it after `docs/<lang>/page.md:<line>: `.
A `{hint}` is `did_you_mean(...)`: the closest valid name, or nothing.
"""

from difflib import get_close_matches


def did_you_mean(name: str, known) -> str:
    """' (did you mean "single"?)' for a misspelt name, or "" when nothing is close."""
    close = get_close_matches(name.lower(), list(known), n=1, cutoff=0.6)
    return f' (did you mean "{close[0]}"?)' if close else ""


# Blocks (blocks.py)
UNCLOSED = 'unclosed {kind} block. Add a line "///" after its last line.'
OPTIONS_YAML = (
    'invalid {kind} options ({problem}). Write each option as an indented "key: value" line.'
)
OPTIONS_MAPPING = (
    'invalid {kind} options. Write each option as an indented "key: value" line, '
    'e.g. "    id: my-{kind}".'
)
UNKNOWN_OPTION = 'unknown {kind} option "{option}"{hint}. Use one of: {allowed}.'

# Quiz header and body (quiz.py)
NO_ID = 'quiz has no id. Add the indented line "    id: my-quiz" right under "/// quiz | ...".'
BAD_QUIZ_ID = 'invalid quiz id "{id}". Use lowercase letters, digits and hyphens, e.g. "chapter-1".'
NO_TITLE = 'quiz has no title. Write it after a bar: "/// quiz | My title".'
NO_QUESTION = 'quiz has no question. Add one, starting with a line such as "? single #my-question".'
NO_TYPE = (
    'question has no type. Start it with "? single #id", "? multiple #id" or "? true-false #id".'
)
UNKNOWN_TYPE = 'unknown question type "{type}"{hint}. Use one of: {types}.'
NO_QUESTION_ID = 'question has no id. Add one after the type, e.g. "? {type} #c1-my-question".'
BAD_QUESTION_ID = (
    'invalid question id "{id}". Use lowercase letters, digits and hyphens, e.g. "c1-my-question".'
)
TEXT_BEFORE_QUESTION = (
    "text before the first question. Start each question with a line such as "
    '"? single #my-question".'
)
ANSWER_AFTER_EXPLANATION = (
    'answer after the explanation. Put the answers first, then the explanation (">" lines).'
)
NO_BOX = 'answer without a box. Start every answer with "- [ ] " (wrong) or "- [x] " (correct).'
EXPLANATION_FIRST = "explanation before the answers. Put it after the last answer."
TEXT_AFTER_ANSWERS = (
    "unexpected text after the answers. Indent it to continue an answer, "
    'or start it with ">" to explain the question.'
)
EMPTY_ANSWER = 'empty answer. Write its text after "- [ ]", or delete the line.'
EMPTY_QUESTION = (
    'question "{id}" has no text. Write the question on the line after "? {type} #{id}".'
)
TRUE_FALSE_COUNT = (
    'true-false question "{id}" has {count} answer{s}. Give exactly two answers '
    '(true, false), the right one marked "- [x]".'
)
TOO_FEW_ANSWERS = (
    'question "{id}" has {count} answer{s}. Give at least two answers, each on a "- [ ] ..." line.'
)
NO_CORRECT = 'question "{id}" has no correct answer. Mark the right answer(s) with "- [x]".'
SEVERAL_CORRECT = (
    'single-choice question "{id}" has {count} correct answers. Keep one "- [x]", '
    'or make it "? multiple #{id}".'
)
SEVERAL_TRUE = (
    'true-false question "{id}" has {count} correct answers. Mark only the right one with "- [x]".'
)

# Translations (quiz.compare, site.py): "{there}" is the source's file:line.
QUESTION_COUNT = (
    'quiz "{id}" has {count} questions here and {expected} in {there}. '
    "Translate every question, in the same order."
)
QUESTION_ID = (
    'question {number} is "{id}" here but "{expected}" in {there}. '
    "Use the same question ids, in the same order, in every language."
)
QUESTION_TYPE = (
    'question "{id}" is {type} here but {expected} in {there}. Use the same type in every language.'
)
ANSWER_COUNT = (
    'question "{id}" has {count} answers here and {expected} in {there}. '
    "Translate every answer, in the same order."
)
CORRECT_DIFFER = (
    'question "{id}": correct answers are {found} here but {expected} in {there}. '
    'Mark the same answers with "- [x]" in every language.'
)
MISSING_TRANSLATION = (
    '{kind} "{id}" has no "{language}" version. Add it, with the same id, to {target}.'
)
MISSING_SOURCE = (
    '{kind} "{id}" has no "{language}" version. Add it, with the same id, to {target}, '
    "or remove it."
)
DUPLICATE_ID = 'duplicate {what} id "{id}", already used at {there}. Give each {what} its own id.'
DUPLICATE_SHARED_ID = (
    '{what} id "{id}" is already the id of a {other} at {there}: questions, checklist items and '
    "worksheet fields share one set of ids (the reader's saved answers). Give this {what} its own "
    "id."
)

# Links and leftovers (mkdocs_guide/blocks/hook.py)
UNSAFE_LINK = (
    'link to "{url}" is not allowed. Link to a page ("chapter-2.md#id"), '
    'a section of this page ("#id") or an https:// address.'
)
NO_SUCH_PAGE = (
    'link to "{url}": no such page. Link to a Markdown page of the guide ("chapter-2.md#id"), '
    'a section of this page ("#id") or an https:// address.'
)
NO_SUCH_ANCHOR = (
    'link to "#{anchor}": no such id in {where}. Use the {{ #id }} of one of its headings.'
)
LONE_CLOSER = (
    'a lone "///" line is left in the page. Remove it, or check that the block it closes '
    'starts with "/// quiz | Title".'
)
UNKNOWN_BLOCK = (
    '"{text}" is left as text in the page: "{name}" is not a block name{hint}; use one of: '
    "{known}. Start the block at the beginning of a line."
)
UNREAD_BLOCK = (
    '"{text}" is left as text in the page. Start the block at the beginning of a line, '
    "outside lists, admonitions and HTML blocks."
)
SWALLOWED = (
    'a component was swallowed by the Markdown around it. Leave a blank line before its "///" '
    "line and keep it outside lists, admonitions and HTML blocks."
)

# Any page, with or without a block (mkdocs_guide/site/: source_files.py, heading_ids.py,
# front_matter.py)
NOT_UTF8 = (
    "the file is not UTF-8 (byte 0x{byte:02x} at column {column}, Windows-1252 or Latin-1 "
    'perhaps). Save it as UTF-8 (in your editor: "Save with encoding" or "Encoding" › UTF-8).'
)
DUPLICATE_HEADING_ID = (
    'the heading id "{id}" is already used on line {there}. Give each heading its own id (ids '
    "are public addresses: never rename a published one)."
)
FRONT_MATTER_YAML = (
    "the front matter is not valid YAML ({problem}). Put the value in double quotes, "
    'e.g. description: "…: …".'
)
DESCRIPTION_NOT_TEXT = (
    "the meta description is not text. Write it as one sentence in double quotes: "
    'description: "One sentence about this page."'
)
NO_DESCRIPTION = (
    'the page has no meta description. Add a line `description: "One sentence about this page, '
    'in its language."` to its front matter (between two --- lines at the very top).'
)

# Checklist header and body (checklist.py)
CHECKLIST_NO_ID = (
    'checklist has no id. Add the indented line "    id: chapter-1" '
    'right under "/// checklist | ...".'
)
BAD_CHECKLIST_ID = (
    'invalid checklist id "{id}". Use lowercase letters, digits and hyphens, e.g. "chapter-1".'
)
CHECKLIST_NO_TITLE = 'checklist has no title. Write it after a bar: "/// checklist | My title".'
NO_ITEMS = (
    'checklist has no item. Add one statement per line, e.g. "- [ ] #c1-my-item What is true".'
)
TEXT_BEFORE_ITEMS = (
    'text before the first item. Start each item with "- [ ] #id", or move the text above '
    '"/// checklist".'
)
ITEM_NO_BOX = 'item without a box. Start every item with "- [ ] #id".'
TICKED_ITEM = 'ticked item. Items start unticked: write "- [ ]", the reader ticks them.'
ITEM_NO_ID = 'item has no id. Write it right after the box, e.g. "- [ ] #c1-my-item Text".'
BAD_ITEM_ID = (
    'invalid item id "{id}". Use lowercase letters, digits and hyphens, e.g. "c1-my-item".'
)
EMPTY_ITEM = 'item "{id}" has no text. Write the statement after "#{id}", or delete the line.'
TEXT_AFTER_ITEMS = (
    "unexpected text after the items. Indent it to continue an item, "
    'or start a band with "= 0-3 #id Title".'
)
ITEM_AFTER_BANDS = "item after the bands. Put every item first, then the bands."
BAND_TEXT_WITHOUT_MARK = (
    'unexpected text in a band. Start each line of its text with ">", '
    'or start a new band with "= 4-6 #id Title".'
)
NO_BANDS = (
    "checklist has no band. Add bands covering every score from 0 to {total}, "
    'each starting with a line such as "= 0-3 #c1-my-band Title".'
)
BAND_NO_RANGE = 'band has no score range. Write it after "=", e.g. "= 0-3 #c1-my-band Title".'
BAD_BAND_RANGE = (
    'invalid band range "{range}". Write the lowest and highest scores of the band, e.g. '
    '"= 0-3 #c1-my-band Title" (or "= 7 #id Title" for one score).'
)
BAND_NO_ID = (
    'band "{range}" has no id. Write it after the range, e.g. "= {range} #c1-my-band Title".'
)
BAD_BAND_ID = (
    'invalid band id "{id}". Use lowercase letters, digits and hyphens, e.g. "c1-my-band".'
)
BAND_NO_TITLE = 'band "{id}" has no title. Write it after the id: "= {range} #{id} Title".'
BAND_NO_TEXT = (
    'band "{id}" has no text. Under its "=" line, say what the score means and what to read '
    'next, on lines starting with ">".'
)
BAND_TOO_HIGH = (
    'band "{id}" goes up to {high} but the checklist has {total} items. '
    "End the last band at {total}."
)
BANDS_OVERLAP = (
    'bands "{id}" and "{other}" (line {there}) both cover a score of {score}. '
    "Give each score to one band only."
)
SCORES_UNCOVERED = (
    "no band covers a score of {scores}. The bands must cover every score from 0 to {total}: "
    "widen a band or add one."
)

# Checklist translations (checklist.compare)
CHECKLIST_COUNT = (
    'checklist "{id}" has {count} {what}s here and {expected} in {there}. '
    "Translate every {what}, in the same order."
)
CHECKLIST_ID = (
    '{what} {number} is "{id}" here but "{expected}" in {there}. '
    "Use the same {what} ids, in the same order, in every language."
)
BAND_RANGE_DIFFERS = (
    'band "{id}" covers {range} here but {expected} in {there}. '
    "Use the same scores in every language."
)

# Quiz lint (quiz_lint.py): warnings, fatal with --strict.
LINT_LENGTHS = (
    'question "{id}": its options differ wildly in length ({longest} against {shortest} '
    "characters, more than {ratio:g} times). Bring them to similar lengths, so that length gives "
    "nothing away."
)
LINT_LONGEST_KEY = (
    'quiz "{id}": the correct answer is the longest option in {count} of its {total} '
    "single-choice questions ({ids}). Shorten those answers or lengthen a wrong option, so that "
    "the longest is right in half of them at most."
)
LINT_TRUE_FALSE = (
    "{count} of the {total} true/false questions of this language have the {answer} answer as "
    "their key. Turn some into statements with the other key, so that no more than two thirds "
    "share one."
)

# Worksheets (worksheet.py, formula.py)
WORKSHEET_NO_ID = (
    'worksheet has no id. Add the indented line "    id: chapter-1" '
    'right under "/// worksheet | ...".'
)
BAD_WORKSHEET_ID = (
    'invalid worksheet id "{id}". Use lowercase letters, digits and hyphens, e.g. "chapter-1".'
)
WORKSHEET_NO_TITLE = 'worksheet has no title. Write it after a bar: "/// worksheet | My title".'
NO_FIELDS = (
    "worksheet has no field. Add one, starting with a line such as "
    '"? number #c1-my-field What to fill in".'
)
FIELD_NO_TYPE = 'field has no type. Write it after "?": "? {types} #id Label".'
UNKNOWN_FIELD_TYPE = 'unknown field type "{type}"{hint}. Use one of: {types}.'
FIELD_NO_ID = 'field has no id. Write it after the type, e.g. "? {type} #c1-my-field Label".'
BAD_FIELD_ID = (
    'invalid field id "{id}". Use lowercase letters, digits and hyphens, starting with a letter, '
    'e.g. "c1-my-field".'
)
FIELD_NO_LABEL = 'field "{id}" has no label. Write it after the id: "? {type} #{id} Label".'
RESULT_NO_ID = 'result has no id. Write it after "=", e.g. "= #c1-my-result Label".'
BAD_RESULT_ID = (
    'invalid result id "{id}". Use lowercase letters, digits and hyphens, starting with a '
    'letter, e.g. "c1-my-result".'
)
RESULT_NO_LABEL = 'result "{id}" has no label. Write it after the id: "= #{id} Label".'
RESULT_NO_FORMULA = (
    'result "{id}" has no formula. Add the indented line "    formula: a + b" under its "=" line.'
)
RESULT_NO_TEXT = (
    'result "{id}" has no explanation. Under its options, say in words how it is computed, on '
    'lines starting with ">": readers without JavaScript fill it in by hand.'
)
UNKNOWN_FIELD_OPTION = 'unknown option "{option}" for a {what}{hint}. Use one of: {known}.'
OPTION_NO_VALUE = 'option "{option}" has no value. Write it after the colon: "{option}: …".'
OPTION_NOT_NUMBER = 'option "{option}" is "{value}", not a number. Write it with digits, e.g. 0.5.'
OPTION_NOT_YES_NO = 'option "{option}" is "{value}". Write "{option}: true" or "{option}: false".'
BAD_BOUNDS = 'field "{id}": min ({low}) is above max ({high}). Swap them.'
BAD_STEP = 'field "{id}": step must be above 0 (it is {step}).'
BAD_DIGITS = 'result "{id}": digits must be a whole number from 0 to 6 (it is {digits}).'
CHOICE_NO_OPTIONS = (
    'choice "{id}" has no option. Add indented lines such as "    - value: Label" under it.'
)
CHOICE_OPTION_FORM = (
    'write each option of a choice as "    - value: Label" (or "    - value = 1: Label" to give '
    "it a number for the formulas)."
)
CHOICE_OPTION_NOT_HERE = (
    'an option line ("- value: Label") belongs under a choice field; "{id}" is a {type} field.'
)
CHOICE_OPTION_TWICE = (
    'choice "{id}" has the option "{value}" twice. Give each option its own value.'
)
WORKSHEET_STRAY_TEXT = (
    'unexpected text in a worksheet. Start a field with "? number #id Label", a result with '
    '"= #id Label", indent a field\'s options under it, and start a result\'s explanation with ">".'
)
FORMULA_ERROR = 'result "{id}", formula column {column}: {message}'
UNKNOWN_FIELD = 'result "{id}" reads "{name}", which is no field or result of this worksheet{hint}.'
UNKNOWN_FIELD_MINUS = (
    'result "{id}" reads "{name}", which is no field or result of this worksheet. To subtract, '
    'put spaces around the minus: "{spaced}".'
)
NOT_A_NUMBER_FIELD = (
    'result "{id}" reads "{name}", a {type} field. A formula reads number fields, choices whose '
    'options have a number ("- value = 1: Label") and other results.'
)
FORMULA_CYCLE = "results {cycle} depend on each other in a circle. Break the circle."
DUPLICATE_IN_WORKSHEET = '"{id}" names two things in this worksheet (also line {there}).'

# Worksheet translations (worksheet.compare)
WORKSHEET_COUNT = (
    'worksheet "{id}" has {count} {what}s here and {expected} in {there}. '
    "Translate every {what}, in the same order."
)
WORKSHEET_PART = (
    '{what} {number} is "{found}" here but "{expected}" in {there}. '
    "Keep the same {what}s (ids, types, options, formulas) in every language, in the same order."
)

# The results pages' markers, e.g. <div data-gd-results="summary"></div>
# (mkdocs_guide/results/hook.py); "{example}" is the first chapter page's name.
RESULTS_MARKER_FORM = (
    "a results marker is not written as expected. Put it on a line of its own, e.g. "
    '<div data-gd-results="summary"></div>, or <span data-gd-results="chapter-progress" '
    'data-gd-chapter="{example}"></span> in its own paragraph.'
)
UNKNOWN_RESULTS_MARKER = 'unknown results marker "{name}"{hint}. Use one of: {known}.'
MARKER_NEEDS_CHAPTER = 'results marker "{name}" needs a chapter: add data-gd-chapter="{example}".'
MARKER_TAKES_NO_CHAPTER = 'results marker "{name}" takes no data-gd-chapter. Remove it.'
NO_SUCH_CHAPTER = 'no chapter "{chapter}" in this language. Use one of: {known}.'
# An id of a chapter's quiz, question, checklist, item, worksheet or field (guide.RESERVED_IDS).
RESERVED_ID = (
    'the id "{id}" cannot be used: results files name it, and browsers refuse it there. '
    "Choose another id."
)

# The guide's settings, mkdocs.yml `plugins: - guide:` (settings.py, mkdocs_guide/site/checks.py).
# Printed after "mkdocs.yml:<line>: ", or after the page they concern.
SETTINGS_NOT_MAPPING = (
    'the guide plugin\'s settings must be a mapping, e.g. an indented "author: Jane Doe" line '
    'under "- guide:" in plugins.'
)
SETTINGS_MOVED = (
    "mkdocs.yml: extra.guide is no longer read: the guide's settings belong to its plugin. Move "
    'them under "- guide:" in plugins (e.g. "  - guide:" then "      author: Jane Doe").'
)
SETTING_NOT_MAPPING = (
    'guide.{key} must be a mapping of settings, e.g. an indented "{example}: ..." line under it.'
)
SETTING_NOT_COLOUR = (
    'guide.brand.{key} is "{value}". Give a colour as #rrggbb, e.g. {key}: "#303fa1".'
)
SETTING_NOT_MARK = (
    'guide.brand.card.mark is "{value}". Give one character (e.g. "★"), or leave it out.'
)

SETTING_UNKNOWN = "unknown setting guide.{key}{hint}. Use one of: {known}."
SETTING_NOT_TEXT = "guide.{key} must be text on one line, e.g. {key}: {example}."
SETTING_NOT_FLAG = 'guide.{key} must be true or false, not "{value}".'
SETTING_NOT_ONE_OF = 'guide.{key} is "{value}". Use one of: {known}.'
SETTING_NOT_ID = (
    'guide.{key} is "{value}". Use letters, digits, hyphens and underscores, no spaces, '
    "e.g. {example}."
)
SETTING_NOT_SLUG = (
    'guide.{key} is "{value}". Use lowercase letters and digits, words joined by hyphens, '
    "at most {length} characters, e.g. {example}: it marks the guide's results files (never "
    "change it once readers have exported theirs)."
)
CHAPTER_NO_NUMBER = (
    'guide.chapter is "{value}". Give the chapter pages\' name with one {{number}} in it, '
    'e.g. chapter: "chapter-{{number}}" for chapter-1.md, chapter-2.md…'
)
CHAPTER_NO_PAGE = (
    'guide.chapter "{value}" names no page in docs/{language}/ (such as {example}){hint}. '
    "Name the chapter pages after it, or write their name with {{number}} in place of the number."
)
AUTHOR_PAGE_MISSING = (
    'guide.author_page "{value}" names no page: {target} does not exist. Give the name of '
    'the author\'s page in every language (e.g. "auteur" for docs/{language}/auteur.md), or remove '
    "the setting."
)
READ_SECTION_MISSING = (
    'no section has the id "{value}" that mkdocs.yml\'s guide.read_section names: this '
    "chapter page could never count as read. Give that id to the heading of the section that "
    'closes the chapter, e.g. "## Title {{ #{value} }}", or change read_section.'
)
# The settings as the features read them (components/guide.py GuideError), after "mkdocs.yml: ".
GUIDE_ID_INVALID = (
    'guide.id is "{value}". Give the guide\'s id in its results files as lowercase letters and '
    'digits, words joined by hyphens, at most {length} characters, e.g. id: "{example}".'
)
# Redirects (mkdocs.yml `plugins: - redirects: redirect_maps`, mkdocs_guide/site/links.py), after
# "mkdocs.yml: ".
REDIRECT_LANGUAGE = (
    "redirect '{old}: {new}': the target must be a page source ({default}/page.md or "
    "{other}/page.md), and the old address must be in the same language (a {default} address at "
    "the root, a {other} one under {other}/). Correct that entry of redirect_maps."
)
SHORT_LINK_TAKEN = (
    "the redirect '{old}: {target}' takes the short link of {source} (guide.short_links). "
    "Remove the redirect."
)

# Translations of whole pages (mkdocs_guide/site/source_files.py)
PAGE_NOT_TRANSLATED = (
    '{source} has no "{language}" version. Translate it into {target} (the same file name, the '
    "same heading ids)."
)
PAGE_WITHOUT_SOURCE = (
    'this page has no "{language}" source. Write {target} first ({language} is the source '
    "language), or remove this page."
)

# Interface strings (strings.py): the generator's hooks/components/locales/<lang>.yml and the
# guide's docs/<lang>/_strings.yml, after "<file>: " or "<file>:<line>: ". "{keys}" lists keys
# as "results.label" (or '"quiz.chek" (did you mean "quiz.check"?)'), "{them}" is "it" or "them".
STRINGS_NOT_UTF8 = "the file is not UTF-8. Save it as UTF-8."
STRINGS_YAML = (
    '{problem}. Write one section per component, e.g. "quiz:", of indented "key: text" lines, '
    "and quote texts that hold a colon."
)
STRINGS_UNREADABLE = (
    "cannot be read ({reason}). Make it a file the build may read (check its permissions), "
    "or remove it."
)
STRINGS_NOT_MAPPING = (
    'write one section per component, e.g. "quiz:", of indented "key: text" lines.'
)
STRINGS_SECTION_NOT_MAPPING = (
    'the section "{kind}" holds no "key: text" lines. Indent its keys under it, e.g. "{kind}:" '
    'then "  check: …", or remove it.'
)
STRINGS_NOT_TEXT = '"{kind}.{key}" is not text. Write it in double quotes, e.g. {key}: "…".'
STRINGS_UNKNOWN_GUIDE_KEYS = "unknown {keys}. Use the keys of {source}, or remove these lines."
STRINGS_NO_LANGUAGE = 'no interface strings for "{language}". Copy {source} there and translate it.'
STRINGS_MISSING = (
    'missing {keys}. Translate them from the "{default}" strings ({source} and {guide_file}).'
)
STRINGS_UNKNOWN = 'unknown {keys}. Remove them, or add them to the "{default}" strings.'
STRINGS_GUIDE_MISSING = (
    "missing {keys}, which {there} sets. Translate {them} here: without {them}, this language "
    'shows the generator\'s text instead ({key}: "{text}").'
)
STRINGS_GUIDE_EXTRA = (
    "{keys} set here but not in {there}. Set {them} there too (the source language), or remove "
    "{them} here."
)

# The URL contract, urls.yml (contract.py, mkdocs_guide/site/url_contract.py), after
# "urls.yml:<line>: ".
CONTRACT_YAML = (
    'invalid YAML ({problem}). Keep the lists "pages:", "short_links:" and "redirects:" as they '
    "are written, and quote addresses that hold a colon."
)
CONTRACT_SHAPE = (
    '{what}. Write "pages:" as a list of entries with one address per language and their '
    '"sections:", and "short_links:" and "redirects:" as "old/address/: page/address/" lines.'
)
# The "{what}" of CONTRACT_SHAPE; this "{what}" names a part of the file, e.g. "an address".
CONTRACT_NOT_TEXT = "{what} is not text"
CONTRACT_NOT_MAPPING = "{what} is no mapping"
CONTRACT_NOT_LIST = "{what} is no list"
CONTRACT_UNKNOWN_KEY = 'unknown key "{name}"'
CONTRACT_PAGE = (
    'the site no longer has the page "{address}", which articles may link to. Restore {source} '
    "or, if the page was renamed, redirect its old address to the new page (mkdocs.yml, "
    'redirects: redirect_maps) and list it under "redirects:". Never remove an entry.'
)
CONTRACT_SECTION = (
    'the page "{address}" no longer has the section "{id}", which links may point to. Put the id '
    "back on its heading in {source} (## Title {{ #{id} }}): ids are public addresses."
)
CONTRACT_REDIRECT = (
    'the site no longer leads "{address}" to "{target}". Add the redirect in mkdocs.yml '
    "(redirects: redirect_maps, or guide.short_links for a chapter's short link)."
)
CONTRACT_REDIRECT_ELSEWHERE = (
    '"{address}" leads to "{found}", not to "{target}" as promised here. Point the redirect in '
    "mkdocs.yml (redirects: redirect_maps) back at {target}."
)
