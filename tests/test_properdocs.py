"""The platform exit: ProperDocs (the maintained fork of MkDocs 1.x) builds this site unchanged.

ProperDocs reads mkdocs.yml and runs the same plugins and hooks. Its `build --strict` output is
compared with MkDocs' file by file: identical files mean that every build-level test of this suite
holds for it too. Switching is `properdocs build` / `properdocs serve` instead of `mkdocs …`.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

# The build date in the sitemaps is the only content that may differ between two builds.
_LASTMOD = re.compile(rb"<lastmod>[^<]*</lastmod>")


def files(site: Path) -> dict[str, bytes]:
    found = {}
    for path in sorted(site.rglob("*")):
        if path.is_file() and path.suffix != ".gz":
            found[path.relative_to(site).as_posix()] = _LASTMOD.sub(b"", path.read_bytes())
    return found


def test_properdocs_builds_the_same_site_as_mkdocs(site, tmp_path):
    environment = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    environment.update(NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true")
    command = [sys.executable, "-m", "properdocs", "build", "--strict", "-d", str(tmp_path / "pd")]
    done = subprocess.run(
        command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert not [line for line in output.splitlines() if line.startswith(("WARNING", "ERROR"))]
    theirs, ours = files(tmp_path / "pd"), files(site)
    assert sorted(theirs) == sorted(ours)
    different = [name for name in ours if theirs[name] != ours[name]]
    assert different == [], f"ProperDocs writes other content in: {different[:10]}"
