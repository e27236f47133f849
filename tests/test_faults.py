"""Nothing is lost under faults: a build killed at any moment, a full disk, a read-only folder. Each leaves
the earlier output file as it was (or the new one, complete), and says why."""

from __future__ import annotations

import contextlib
import errno
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from docgen import output
from docgen.cli import main
from docgen.errors import DocgenError
from docgen.output import write_atomic

OLD = b"the earlier, complete document"
NAME = "kh-85-thinh-duc-2022.docx"


def _earlier(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / NAME
    path.write_bytes(OLD)
    return path


def _build(project: Path, out: str = "out"):
    return CliRunner().invoke(main, ["build", "plans/2022.toml", "--output-dir", out])


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_full_or_read_only_disk_is_a_clear_error_and_keeps_the_earlier_file(project, monkeypatch, code):
    earlier = _earlier(project / "out")

    def failing_fsync(fd):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(output.os, "fsync", failing_fsync)
    result = _build(project)
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "Không ghi được tệp" in result.output
    assert ("ổ đĩa đã đầy" if code == errno.ENOSPC else "chỉ cho đọc") in result.output
    assert f"out/{NAME}" in result.output and ".tmp" not in result.output  # the file asked for, not the temporary
    assert "vẫn còn nguyên" in result.output
    assert earlier.read_bytes() == OLD


def test_full_disk_while_writing_the_second_file_renames_nothing(tmp_path, monkeypatch):
    """With .docx and .xlsx, a failure on the second leaves both earlier files, not a new/old mix."""
    first, second = tmp_path / "a.docx", tmp_path / "a.xlsx"
    first.write_bytes(b"old docx")
    second.write_bytes(b"old xlsx")
    real_fdopen, calls = os.fdopen, []

    def fdopen(handle, mode):
        calls.append(handle)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fdopen(handle, mode)

    monkeypatch.setattr(output.os, "fdopen", fdopen)
    with pytest.raises(DocgenError) as raised:
        write_atomic({first: b"new docx", second: b"new xlsx"})
    assert "ổ đĩa đã đầy" in raised.value.problems[0].message
    assert (first.read_bytes(), second.read_bytes()) == (b"old docx", b"old xlsx")


def test_read_only_folder_is_refused_with_its_name(project, monkeypatch):
    """What a read-only folder answers (simulated: the tests may run as root, whom chmod does not stop)."""
    earlier = _earlier(project / "out")

    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(earlier.parent))

    monkeypatch.setattr(output.tempfile, "mkstemp", refused)
    result = _build(project)
    assert result.exit_code == 1 and "không có quyền ghi" in result.output and "out" in result.output
    assert earlier.read_bytes() == OLD


def _as_root() -> bool:
    return os.name == "posix" and os.geteuid() == 0


def _works(*command: str) -> bool:
    return shutil.which(command[0]) is not None and subprocess.run(command, capture_output=True).returncode == 0


@contextlib.contextmanager
def _refusing_writes(folder: Path, way: str):
    """Make ``folder`` refuse new files in the way ``way`` names (each one the system itself enforces)."""
    if way == "chmod":  # an ordinary user's read-only folder: root writes through it
        if _as_root() or os.name != "posix":
            pytest.skip("root writes into a folder whatever its mode")
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
    elif way == "immutable":  # root cannot write into an immutable folder either (ext4, xfs, btrfs)
        if not _as_root() or not _works("chattr", "+i", str(folder)):
            pytest.skip("chattr +i needs root and a file system that keeps the flag")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(folder)], check=True)


def _build_in_a_read_only_mount(project: Path, folder: Path) -> subprocess.CompletedProcess:
    """Build with ``folder`` mounted read-only in a mount namespace of the build's own (as a USB stick or a
    network share set read-only): the rest of the machine does not see the mount."""
    script = (f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} {folder} && "
              f"exec {sys.executable} -m docgen build plans/2022.toml --output-dir out")
    return subprocess.run(["unshare", "-rm", "sh", "-c", script], cwd=project, capture_output=True, text=True)


@pytest.mark.parametrize("way", ["chmod", "immutable"])
def test_really_read_only_folder(project, way):
    earlier = _earlier(project / "out")
    with _refusing_writes(earlier.parent, way):
        result = _build(project)
        assert list(earlier.parent.iterdir()) == [earlier]  # no temporary file left either
    assert result.exit_code == 1 and "không có quyền ghi" in result.output, result.output
    assert f"out/{NAME}" in result.output
    assert earlier.read_bytes() == OLD


def test_a_read_only_mount_is_refused_with_its_reason(project):
    earlier = _earlier(project / "out")
    if not _works("unshare", "-rm", "true"):
        pytest.skip("no mount namespace here (unshare -rm refused)")
    result = _build_in_a_read_only_mount(project, earlier.parent)
    assert result.returncode == 1, result.stderr
    assert "chỉ cho đọc" in result.stdout + result.stderr and "Traceback" not in result.stderr
    assert earlier.read_bytes() == OLD and list(earlier.parent.iterdir()) == [earlier]


def test_an_output_folder_that_is_a_file_is_refused(project):
    (project / "out").write_bytes(OLD)  # a file where the folder should be: writes fail as root too
    result = _build(project, out="out/2022")
    assert result.exit_code == 1, result.output
    assert "Không ghi được tệp" in result.output and "Traceback" not in result.output
    assert (project / "out").read_bytes() == OLD


KILLS = 6


def test_a_build_killed_at_any_moment_leaves_the_earlier_file_or_the_new_one(project):
    """Kill ``docgen build`` (SIGKILL, no clean-up possible) at random moments spread over its run, the
    write included: the output is always the earlier file or the complete new one."""
    command = [sys.executable, "-m", "docgen", "build", "plans/2022.toml", "--output-dir", "out"]
    target = project / "out" / NAME
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=project)
    duration = time.perf_counter() - start
    new = target.read_bytes()
    moments = random.Random(2022).sample(range(KILLS * 10), KILLS)
    for moment in moments:
        target.write_bytes(OLD)
        process = subprocess.Popen(command, cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(duration * (0.3 + 0.8 * moment / (KILLS * 10)))  # most of them late, around the write
        process.kill()
        process.wait()
        assert target.read_bytes() in (OLD, new)


def test_a_temporary_file_left_by_a_killed_build_is_removed_by_the_next_write(tmp_path):
    from docgen.output import STALE_SECONDS, write_atomic

    target = tmp_path / "kh.docx"
    stale, recent = tmp_path / ".kh.docx.abc123.tmp", tmp_path / ".kh.docx.def456.tmp"
    for leftover in (stale, recent):
        leftover.write_bytes(b"PK partial")
    old = time.time() - STALE_SECONDS - 60
    os.utime(stale, (old, old))
    write_atomic({target: b"new"})
    assert target.read_bytes() == b"new"
    assert not stale.exists()  # left by a build killed long ago
    assert recent.exists()  # may belong to a write still going on


def test_writing_does_not_need_os_fchmod_which_windows_lacks_before_python_3_13(project, monkeypatch):
    from click.testing import CliRunner

    from docgen.cli import main

    monkeypatch.delattr(os, "fchmod", raising=False)
    result = CliRunner().invoke(main, ["build", "plans/2022.toml"])
    assert result.exit_code == 0, result.output
    written = project / "output" / "kh-85-thinh-duc-2022.docx"
    assert written.is_file() and written.stat().st_mode & 0o444 == 0o444  # readable, not 0600
