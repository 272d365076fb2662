"""The build's state that every feature reads, held by the plugin (one per `mkdocs` run).

static-i18n builds the whole site once per language on the same config, so what depends on the
language being built is read from the config each time (settings.py); what the author set once
(the plugin's settings, the command) lives here.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class BuildContext:
    plugin: object
    # The plugin's settings as the features read them (GuideConfig.settings()).
    settings: dict = field(default_factory=dict)
    # "build", "serve" or "gh-deploy" (on_startup).
    command: str = "build"
    # What the guide's own config said, before a feature filled in a default (static-i18n runs
    # on_config again for every language, on the config the first run changed).
    original: dict = field(default_factory=dict)
