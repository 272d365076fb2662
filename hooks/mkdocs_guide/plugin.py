"""The guide generator as one MkDocs plugin: a guide names it once.

    plugins:
      - search
      - i18n: …
      - guide:
          author: Jane Doe
          chapter: "chapter-{number}"

Its features are the packages beside this file (site, theme, glossary, blocks, results, sharing,
social, offline, search, typography); each module's `on_<event>` functions run in FEATURES'
order, at the priority its `@event_priority` gives (the order matters against static-i18n,
which builds the whole site once per language on the same config, and Material's search). Each
event is registered with MkDocs once per priority it uses (`CombinedEvent`), so a feature runs
exactly where it did as a hook of its own.

The build's state that every feature reads (the language being built, the strings, the
settings) is on `BuildContext` (context.py), reached through `config.plugins["guide"]`.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby
from pathlib import Path
from types import ModuleType

from components import settings as setting_checks
from mkdocs.config.base import ValidationError
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority

from . import assets
from .blocks import hook as blocks
from .config import GuideConfig
from .context import BuildContext
from .glossary import hook as glossary
from .offline import hook as offline
from .results import hook as results
from .search import hook as search
from .sharing import hook as sharing
from .site import (
    checks,
    defaults,
    front_matter,
    heading_ids,
    i18n_head,
    links,
    page_text,
    source_files,
    url_contract,
    valid_html,
)
from .social import hook as social
from .theme import hook as theme
from .typography import hook as typography

# The features, in the order their handlers run at equal priority.
FEATURES: tuple[ModuleType, ...] = (
    defaults,
    source_files,
    checks,
    theme,
    front_matter,
    heading_ids,
    i18n_head,
    glossary,
    blocks,
    results,
    links,
    sharing,
    valid_html,
    social,
    offline,
    search,
    url_contract,
    assets,
    typography,
    page_text,
)

# The folders whose templates and static files the features bring (added to the theme).
PACKAGE = Path(__file__).parent
THEME_DIRS = (
    "templates",
    "site",
    "theme",
    "search",
    "blocks",
    "worksheet",
    "results",
    "team",
    "sharing",
)

_EVENTS = (
    "config",
    "files",
    "nav",
    "env",
    "pre_build",
    "post_build",
    "page_read_source",
    "page_markdown",
    "page_content",
    "page_context",
    "post_page",
    "template_context",
    "post_template",
)


def _dispatcher(handlers: list[Callable], priority: int) -> Callable:
    """One registered event handler that runs `handlers` in order, as MkDocs would run them."""

    @event_priority(priority)
    def run(self, *args, **kwargs):
        if not self.config.enabled:
            return args[0] if args else None
        if not args:  # an event without an item (pre_build, post_build, page_read_source)
            found = None
            for handler in handlers:
                result = handler(**kwargs)
                found = result if found is None else found  # page_read_source: the first text
            return found
        item = args[0]
        for handler in handlers:
            result = handler(item, **kwargs)
            if result is not None:
                item = result
        return item

    return run


def _events() -> dict[str, CombinedEvent]:
    """`on_<event>` -> the features' handlers, grouped by priority (highest first)."""
    combined = {}
    for event in _EVENTS:
        found = [
            (getattr(feature, f"on_{event}"), order)
            for order, feature in enumerate(FEATURES)
            if callable(getattr(feature, f"on_{event}", None))
        ]
        if not found:
            continue

        def priority(entry):
            return getattr(entry[0], "mkdocs_priority", 0)

        found.sort(key=lambda entry: (-priority(entry), entry[1]))
        groups = [
            _dispatcher([handler for handler, _ in group], level)
            for level, group in groupby(found, key=priority)
        ]
        combined[f"on_{event}"] = CombinedEvent(*groups)
    return combined


class GuidePlugin(BasePlugin[GuideConfig]):
    """The guide generator: quizzes, checklists, worksheets, results, sharing, cards, offline."""

    supports_multiple_instances = False

    def __init__(self):
        super().__init__()
        self.context = BuildContext(self)
        self.problems = ""

    def load_config(self, options, config_file_path=None):
        """The settings checked by components/settings.py first: one line per problem, with the
        line of mkdocs.yml that sets it, instead of MkDocs' generic type errors. They stop the
        build from on_config (an error line as any other); the types see the other settings."""
        problems = setting_checks.setting_problems(options)
        self.problems = checks.lines(problems, config_file_path) if problems else ""
        if problems:
            wrong = {problem.key for problem in problems}
            if wrong - set(options):  # a brand's key, or the settings themselves
                wrong.add("brand")
            options = (
                {key: value for key, value in options.items() if key not in wrong}
                if isinstance(options, dict)
                else {}
            )
        errors, warnings = super().load_config(options, config_file_path)
        if errors:  # a value our checks let through but the types refuse
            raise ValidationError("; ".join(f"{key}: {error}" for key, error in errors))
        return errors, warnings

    def on_startup(self, *, command, dirty):
        self.context.command = command

    def _setup(self, config):
        """The theme gets the features' templates and static files, after the guide's own
        custom_dir (a guide can still override any of them) and before Material's."""
        if self.problems:
            raise PluginError(self.problems)
        dirs = config.theme.dirs
        at = 1 if config.theme.custom_dir else 0
        for name in reversed(THEME_DIRS):
            folder = str(PACKAGE / name)
            if folder not in dirs:
                dirs.insert(at, folder)
        self.context.settings = self.config.settings()
        return config


for _name, _event in _events().items():
    if _name == "on_config":
        _event = CombinedEvent(event_priority(2000)(GuidePlugin._setup), *_event.methods)
    setattr(GuidePlugin, _name, _event)
