"""`mkdocs serve` as authors use it: a mistake shows its one line, the fix brings the page back.

MkDocs keeps the server running after a failed rebuild and holds requests until a build succeeds
("the server will appear stuck"); the first build must succeed for the server to start.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

from conftest import copy_project


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(predicate, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.5)
    raise AssertionError("timed out")


def _status(url: str) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=3) as response:
            return response.status
    except OSError:
        return None


def test_an_error_while_serving_is_one_line_and_the_fix_brings_the_page_back(tmp_path):
    project = copy_project(tmp_path)
    page = project / "docs" / "fr" / "verite-1.md"
    good = page.read_text(encoding="utf-8")
    line = good[: good.index("? single #")].count("\n") + 1
    port = _free_port()
    log = tmp_path / "serve.log"
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    environment.pop("SITE_URL", None)
    command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"]
    with log.open("w") as output:
        server = subprocess.Popen(
            command, cwd=project, env=environment, stdout=output, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}/verite-1/"
    try:
        _wait_for(lambda: _status(url) == 200)
        page.write_text(good.replace("? single #", "? singel #", 1), encoding="utf-8")
        expected = (
            f'ERROR   -  docs/fr/verite-1.md:{line}: unknown question type "singel" (did you mean '
            '"single"?). Use one of: single, multiple, true-false.'
        )
        _wait_for(lambda: expected in log.read_text(encoding="utf-8"))
        assert server.poll() is None, "the server keeps running"
        assert "Traceback" not in log.read_text(encoding="utf-8")
        page.write_text(good, encoding="utf-8")
        _wait_for(
            lambda: "Reloading browsers" in log.read_text(encoding="utf-8").split(expected)[-1]
        )
        _wait_for(lambda: _status(url) == 200)
        with urllib.request.urlopen(url, timeout=10) as response:
            assert 'data-gd="quiz"' in response.read().decode("utf-8")
    finally:
        server.terminate()
        server.wait(timeout=20)
