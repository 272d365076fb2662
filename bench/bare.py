"""A bare Material site with the same text as ours, to measure beside it (budgets, Lighthouse).

    python bench/bare.py SITE OUT [ADDRESS ...]

For each address (`""`, `verite-1/`, `en/bilan/` ...) of a built site SITE, the text of its
article (`article.md-content__inner`, our components in their no-JavaScript form, without our
scripts' JSON data) becomes the Markdown page at the same address of a plain Material project:
Material's defaults (search plugin included), `theme.font: false` (as ours, so that neither
page loads anything from another site), no custom_dir, hooks, i18n or extra CSS/JS. OUT receives
the built bare site. What differs between the two measurements is what the guide adds.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bs4 import BeautifulSoup

CONFIG = """site_name: {name}
site_url: http://127.0.0.1/
theme:
  name: material
  language: fr
  font: false
"""


def article(page: Path) -> str:
    """The article's HTML, without scripts (our components' data) and images (paths would break)."""
    document = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    body = document.select_one("article.md-content__inner")
    for tag in body.select("script, img"):
        tag.decompose()
    return body.decode_contents()


def source(address: str) -> str:
    return (address.rstrip("/") or "index") + ".md"


def build_bare(site: Path, out: Path, addresses: list[str]) -> Path:
    """Build the bare site into `out` (world-readable, for nginx's workers)."""
    with tempfile.TemporaryDirectory(prefix="bare-") as work:
        project = Path(work)
        name = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
        (project / "mkdocs.yml").write_text(
            CONFIG.format(name=name.title.text.replace(":", " -")), encoding="utf-8"
        )
        for address in addresses:
            page = site / address / "index.html"
            target = project / "docs" / source(address)
            target.parent.mkdir(parents=True, exist_ok=True)
            # Raw HTML in Markdown passes through as it is (md_in_html is off: no re-parsing).
            target.write_text(f"<div>\n{article(page)}\n</div>\n", encoding="utf-8")
        environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
        command = [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(out)]
        subprocess.run(command, cwd=project, env=environment, check=True)
    for folder, _dirs, files in os.walk(out):
        os.chmod(folder, 0o755)
        for file in files:
            os.chmod(os.path.join(folder, file), 0o644)
    return out


if __name__ == "__main__":
    build_bare(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:] or [""])
