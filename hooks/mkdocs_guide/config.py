"""The guide plugin's settings, as mkdocs.yml names them under `plugins: - guide:`.

Every setting is optional; a guide that names the plugin alone gets a working site with the
generator's neutral look. components/settings.py checks the raw values first (one line each,
`mkdocs.yml:<line>: …`, with a "did you mean" for a misspelt name), so that the types below
only ever see values that already passed.
"""

from __future__ import annotations

from components.guide import DEFAULT_CHAPTER
from mkdocs.config import base
from mkdocs.config import config_options as c


class CardConfig(base.Config):
    """The social cards' colours (1200 × 630 PNG per page) and the mark drawn before the name."""

    background = c.Type(str, default="#303fa1")
    band = c.Type(str, default="#1a237e")
    numeral = c.Type(str, default="#3f51b5")
    label = c.Type(str, default="#c5cae9")
    text = c.Type(str, default="#ffffff")
    # One character drawn before the guide's name (e.g. "★"); none by default.
    mark = c.Type(str, default="")


class BrandConfig(base.Config):
    """The guide's look: its colours (light and dark palettes), logo, favicon and cards."""

    primary = c.Type(str, default="#303fa1")
    primary_light = c.Type(str, default="#4051b5")
    primary_dark = c.Type(str, default="#1a237e")
    accent = c.Type(str, default="#1a237e")
    dark_primary = c.Type(str, default="#283593")
    dark_link = c.Type(str, default="#9fa8da")
    dark_accent = c.Type(str, default="#c5cae9")
    # A Material icon (theme.icon.logo), e.g. material/book-open-outline.
    logo = c.Type(str, default="")
    # An image file, relative to mkdocs.yml, served as the site's favicon.
    favicon = c.Type(str, default="")
    card = c.SubConfig(CardConfig)


class GuideConfig(base.Config):
    """Who the guide is by, how its chapter pages are named, and its brand."""

    enabled = c.Type(bool, default=True)
    # The guide's id in its readers' results files: never change it once they have exported.
    id = c.Type(str, default="")
    author = c.Type(str, default="")
    publisher = c.Type(str, default="")
    author_page = c.Type(str, default="")
    author_type = c.Choice(("Person", "Organization"), default="Person")
    chapter = c.Type(str, default=DEFAULT_CHAPTER)
    read_section = c.Type(str, default="")
    short_links = c.Type(bool, default=False)
    brand = c.SubConfig(BrandConfig)

    def settings(self) -> dict:
        """The guide's settings as the features read them: the ones left empty are left out."""
        return {
            key: value
            for key, value in self.items()
            if key not in ("enabled", "brand") and value not in ("", None)
        }
