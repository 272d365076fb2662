"""The guide's look: the brand's colours, logo and favicon (mkdocs.yml `guide: brand:`), the
generator's stylesheet, and a light/dark toggle named in the reader's language.

- on_config: the brand's colours (Material's `custom` palette variables, light and dark) put at
  the head of guide.css, served through `extra_css`; the brand's logo as
  `theme.icon.logo`, its favicon as `theme.favicon`; Material's `custom` colours and a
  light/dark pair of palettes when the guide names none.
- on_pre_build (each language): the palette toggles' names from the generator's strings when the
  guide's config does not name them.
- on_post_build: the favicon copied into the site.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs_guide import assets
from mkdocs_guide import settings as guide_settings

STYLE = "assets/guide.css"
_favicon: dict = {}


def brand_css(brand) -> str:
    """Material's `custom` primary and accent colours, light and dark, from the brand."""
    return (
        '[data-md-color-primary="custom"] {\n'
        f"  --md-primary-fg-color: {brand.primary};\n"
        f"  --md-primary-fg-color--light: {brand.primary_light};\n"
        f"  --md-primary-fg-color--dark: {brand.primary_dark};\n"
        "  --md-primary-bg-color: #ffffff;\n"
        "  --md-primary-bg-color--light: #ffffffb3;\n"
        "}\n\n"
        '[data-md-color-accent="custom"] {\n'
        f"  --md-accent-fg-color: {brand.accent};\n"
        f"  --md-accent-fg-color--transparent: {brand.primary}1a;\n"
        "}\n\n"
        '[data-md-color-scheme="slate"][data-md-color-primary="custom"] {\n'
        f"  --md-primary-fg-color: {brand.dark_primary};\n"
        f"  --md-typeset-a-color: {brand.dark_link};\n"
        "}\n\n"
        '[data-md-color-scheme="slate"][data-md-color-accent="custom"] {\n'
        f"  --md-accent-fg-color: {brand.dark_accent};\n"
        "}\n"
    )


def _palette(names: dict) -> list[dict]:
    return [
        {
            "media": "(prefers-color-scheme: light)",
            "scheme": "default",
            "primary": "custom",
            "accent": "custom",
            "toggle": {"icon": "material/weather-night", "name": names["to_dark"]},
        },
        {
            "media": "(prefers-color-scheme: dark)",
            "scheme": "slate",
            "primary": "custom",
            "accent": "custom",
            "toggle": {"icon": "material/weather-sunny", "name": names["to_light"]},
        },
    ]


def on_config(config):
    brand = guide_settings.brand(config)
    common = (Path(__file__).parent / STYLE).read_text(encoding="utf-8")
    assets.generate(STYLE, brand_css(brand) + "\n" + common)
    served = assets.served(STYLE)
    if not any(str(name) in (STYLE, served) for name in config.extra_css):
        config.extra_css = [STYLE, *config.extra_css]
    # No request leaves the site: never Google Fonts (guide.css sets a system font stack).
    config.theme["font"] = False
    if brand.logo:
        config.theme["icon"] = {**(config.theme.get("icon") or {}), "logo": brand.logo}
    _favicon.clear()
    if brand.favicon:
        source = Path(config.config_file_path or ".").parent / brand.favicon
        if not source.is_file():
            raise PluginError(
                f"mkdocs.yml: guide.brand.favicon names {brand.favicon}, which does not exist."
                " Give the path of an image file, relative to mkdocs.yml."
            )
        _favicon["source"] = source
        config.theme["favicon"] = f"assets/favicon{source.suffix}"
    # The guide names its palettes, or it gets the brand's colours, light and dark.
    _favicon["own_palette"] = bool(
        guide_settings.original(config, "palette", config.theme.get("palette"))
    )
    if not _favicon["own_palette"]:
        config.theme["palette"] = _palette({"to_dark": "", "to_light": ""})
    return config


def on_pre_build(config):
    if not _favicon.get("own_palette"):
        names = guide_settings.strings(config)["palette"]
        config.theme["palette"] = _palette(names)


def on_post_build(config):
    if "source" in _favicon:
        target = Path(config.site_dir) / config.theme["favicon"]
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(_favicon["source"], target)
