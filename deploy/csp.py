"""The script hashes that deploy/nginx.conf's Content-Security-Policy must allow for a built site.

Material writes a few small inline scripts (storage scope, palette, tab restore) and the redirect
pages carry one constant inline script; everything else is loaded from the site. Their SHA-256
hashes go into `script-src`, so no `'unsafe-inline'` is needed. After a Material upgrade:

    python deploy/csp.py site/            # list the hashes and check deploy/nginx.conf
    python deploy/csp.py site/ --update   # rewrite the hashes in deploy/nginx.conf
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import re
import sys
from pathlib import Path

CONF = Path(__file__).with_name("nginx.conf")
# A <script> without src whose type is absent or JavaScript: the browser executes it.
_INLINE = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.S | re.I)
_DATA_TYPE = re.compile(r"\btype=[\"']?(?!text/javascript|module)[\w/+.-]+", re.I)
_HASHES = re.compile(r"(script-src 'self')((?: 'sha256-[A-Za-z0-9+/=]+')*)")


def inline_script_hashes(site: Path) -> set[str]:
    """CSP source expressions ('sha256-…') for every inline script executed by the built pages."""
    found = set()
    for page in site.rglob("*.html"):
        for attributes, body in _INLINE.findall(page.read_text(encoding="utf-8")):
            if _DATA_TYPE.search(attributes):  # JSON config, JSON-LD: data, never executed
                continue
            digest = hashlib.sha256(body.encode("utf-8")).digest()
            found.add(f"'sha256-{base64.b64encode(digest).decode()}'")
    return found


def configured_hashes(conf: str) -> set[str]:
    match = _HASHES.search(conf)
    return set(match.group(2).split()) if match else set()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a built site (mkdocs build -d DIR)")
    parser.add_argument("--update", action="store_true", help=f"rewrite the hashes in {CONF}")
    args = parser.parse_args(argv)
    needed = inline_script_hashes(args.site)
    conf = CONF.read_text(encoding="utf-8")
    if args.update:
        CONF.write_text(_HASHES.sub(r"\1 " + " ".join(sorted(needed)), conf), encoding="utf-8")
        print(f"{CONF}: script-src now allows {len(needed)} inline scripts")
        return 0
    missing = needed - configured_hashes(conf)
    print("\n".join(sorted(needed)))
    if missing:
        print(f"{CONF} lacks {len(missing)} hash(es): run with --update", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
