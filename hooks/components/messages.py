"""Every problem an author can meet: what is wrong, then how to fix it (AUTHORING.md lists them).

Each is a `str.format` template; the build prints it after `docs/<lang>/page.md:<line>: `.
"""

# Blocks (blocks.py)
UNCLOSED = 'unclosed {kind} block. Add a line "///" after its last line.'
OPTIONS_YAML = (
    'invalid {kind} options ({problem}). Write each option as an indented "key: value" line.'
)
OPTIONS_MAPPING = (
    'invalid {kind} options. Write each option as an indented "key: value" line, '
    'e.g. "    id: my-{kind}".'
)
UNKNOWN_OPTION = 'unknown {kind} option "{option}". Use one of: {allowed}.'

# Quiz header and body (quiz.py)
NO_ID = 'quiz has no id. Add the indented line "    id: my-quiz" right under "/// quiz | ...".'
BAD_QUIZ_ID = 'invalid quiz id "{id}". Use lowercase letters, digits and hyphens, e.g. "verite-1".'
NO_TITLE = 'quiz has no title. Write it after a bar: "/// quiz | My title".'
NO_QUESTION = 'quiz has no question. Add one, starting with a line such as "? single #my-question".'
NO_TYPE = (
    'question has no type. Start it with "? single #id", "? multiple #id" or "? true-false #id".'
)
UNKNOWN_TYPE = 'unknown question type "{type}". Use one of: {types}.'
NO_QUESTION_ID = 'question has no id. Add one after the type, e.g. "? {type} #v1-my-question".'
BAD_QUESTION_ID = (
    'invalid question id "{id}". Use lowercase letters, digits and hyphens, e.g. "v1-my-question".'
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

# Links and leftovers (components_hook.py)
UNSAFE_LINK = (
    'link to "{url}" is not allowed. Link to a page ("verite-2.md#id"), '
    'a section of this page ("#id") or an https:// address.'
)
NO_SUCH_PAGE = (
    'link to "{url}": no such page. Link to a Markdown page of the guide ("verite-2.md#id"), '
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
    '"{text}" is left as text in the page: "{name}" is not a block name (use one of: {known}). '
    "Start the block at the beginning of a line."
)
UNREAD_BLOCK = (
    '"{text}" is left as text in the page. Start the block at the beginning of a line, '
    "outside lists, admonitions and HTML blocks."
)
SWALLOWED = (
    'a component was swallowed by the Markdown around it. Leave a blank line before its "///" '
    "line and keep it outside lists, admonitions and HTML blocks."
)
