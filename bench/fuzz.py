"""A long fuzz run of author input: `python bench/fuzz.py [EXAMPLES]` (default 200, ~4 s each).

Runs tests/test_fuzz_author_input.py with GD_FUZZ_EXAMPLES random examples; CI runs the same
test with 10 fixed ones.
Prints how many edited pages built and how many were refused with file:line messages; a failing
example is printed by Hypothesis with the edits that reproduce it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

if __name__ == "__main__":
    examples = sys.argv[1] if len(sys.argv) > 1 else "200"
    environment = {**os.environ, "GD_FUZZ_EXAMPLES": examples, "GD_FUZZ_RANDOM": "1"}
    command = [sys.executable, "-m", "pytest", "tests/test_fuzz_author_input.py", "-q", "-s"]
    sys.exit(subprocess.call(command, cwd=ROOT, env=environment))
