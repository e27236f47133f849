"""Run a docgen command in a Python of its own and measure it as the operating system sees it: the peak
resident memory (``ru_maxrss``, which counts what the C parsers libxml2 and zlib allocate, not only Python's
objects) above the memory of the imported program, and the time the command took."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass

_CHILD = r"""
import json, resource, sys, time
from click.testing import CliRunner
from docgen.cli import main
runner = CliRunner()
runner.invoke(main, ["--help"])  # the program and what it imports for any command, before measuring
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.monotonic()
result = runner.invoke(main, sys.argv[1:])
seconds = time.monotonic() - started
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
crashed = result.exception is not None and not isinstance(result.exception, SystemExit)
print(json.dumps({"exit_code": result.exit_code, "output": result.output, "crashed": crashed,
                  "grown_bytes": (after - before) * 1024, "seconds": seconds}))
"""


@dataclass(frozen=True)
class Measured:
    """What the command printed and returned, whether it raised, and what it cost."""

    exit_code: int
    output: str
    crashed: bool
    grown_bytes: int  # peak resident memory above the program's own before the command ran
    seconds: float


def run_measured(args: list[str], timeout: float = 300) -> Measured:
    """Run ``docgen ARGS`` in a fresh interpreter and return what it did and cost."""
    done = subprocess.run([sys.executable, "-c", _CHILD, *args], capture_output=True, text=True, timeout=timeout,
                          check=False)
    assert done.returncode == 0, done.stderr  # the measuring child itself must not die (killed for memory, say)
    return Measured(**json.loads(done.stdout.strip().splitlines()[-1]))
