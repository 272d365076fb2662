"""The guide's interactive components (quizzes, checklists), on the Markdown side.

Nothing here imports MkDocs: these modules turn raw page Markdown into typed data, problems with
line numbers, and HTML. `mkdocs_guide/blocks/hook.py` is the thin MkDocs glue around them.

- `blocks`: find `/// kind | argument` blocks, their indented YAML options and body lines.
- `quiz`: the quiz body grammar, parsed into frozen dataclasses and validated.
- `quiz_html`: a parsed quiz as accessible HTML that works without JavaScript.
- `inline`: the small, always-escaping Markdown subset used for component text.
- `site`: checks across pages and languages (duplicate ids, fr/en parity).
- `strings`: the interface strings, one YAML file per language in hooks/components/locales/.
- `checklist`, `checklist_html`: the self-assessment checklists, like `quiz` and `quiz_html`.
- `quiz_lint`: what lets a reader guess a quiz's answers (warnings in the build).
- `typography`: French spacing, apostrophes and quotes, set on text and HTML.
- `extension`: quizzes and checklists for a plain Python-Markdown call, without MkDocs.

Adding a kind of block (the checklist of issue 5) is one parse module, one HTML module, one entry
in `kinds.KINDS` and a section in each strings file; scanning, errors, link checks,
storage keys and the browser script's mounting are shared.
"""
