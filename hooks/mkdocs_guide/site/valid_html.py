"""Valid HTML for Material's page shell, where no template block reaches the markup.

Material's base.html writes its drawer and search toggles as
``<input type="checkbox" ... autocomplete="off">``: `autocomplete` is not allowed on checkboxes
(a Nu Html Checker error). Firefox reads it anyway, so as not to restore a ticked toggle on
reload (an open drawer or search after F5). The same effect in valid HTML: the toggles belong to
an empty ``<form autocomplete="off">`` through their `form` attribute. The inputs sit outside
base.html's blocks, so this hook edits each page after rendering (404 pages included), and fails
the build when Material's markup changes so that the fix is never silently lost.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError

TOGGLES_FORM = "__md_toggles"
_FIRST_TOGGLE = '<input class="md-toggle" data-md-toggle="drawer"'


def _toggle(name: str, attribute: str) -> str:
    return f'data-md-toggle="{name}" type="checkbox" id="__{name}" {attribute}>'


def valid_toggles(html: str, where: str) -> str:
    """Move the toggles' `autocomplete="off"` to a form they belong to."""
    for name in ("drawer", "search"):
        invalid = _toggle(name, 'autocomplete="off"')
        if invalid not in html:
            raise PluginError(
                f"site/valid_html.py: Material's __{name} toggle is no longer `{invalid}` in "
                f"{where}; update the hook to the new markup"
            )
        html = html.replace(invalid, _toggle(name, f'form="{TOGGLES_FORM}"'), 1)
    form = f'<form id="{TOGGLES_FORM}" autocomplete="off" hidden></form>'
    return html.replace(_FIRST_TOGGLE, form + _FIRST_TOGGLE, 1)


def on_post_page(output: str, page, config) -> str:
    return valid_toggles(output, page.file.src_uri)


def on_post_template(output_content: str, template_name: str, config) -> str:
    if template_name.endswith(".html"):
        return valid_toggles(output_content, template_name)
    return output_content
