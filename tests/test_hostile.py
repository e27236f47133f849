"""Hostile files are refused within bounded time and memory, with exit code 2 for ``check`` and a located
error for a template: not a zip, truncated, a zip bomb, a part declaring gigabytes, entity expansion,
external entities."""

from __future__ import annotations

import struct
import subprocess
import sys

import pytest
from click.testing import CliRunner

from docgen.cli import main
from docgen.read import package
from tests.check import variants
from tests.measure import run_measured

# Well below what any of these files takes unpacked (80 MB) or expanded (2 GB), measured by the operating system
# in a process of its own (the XML parser and zlib allocate outside Python); the time generous for a shared machine.
MEMORY_BOUND = 32 * 2**20
TIME_BOUND = 20.0


def _document_xml(data: bytes, xml: bytes) -> bytes:
    parts = variants.entries(data)
    parts["word/document.xml"] = xml
    return variants.zipped(parts)


def not_a_zip() -> bytes:
    return b"This is a .doc from 1997, or a web page saved with the wrong name."


def truncated() -> bytes:
    data = variants.clean()
    return data[: len(data) // 2]


def declares_gigabytes() -> bytes:
    """A part whose size in the zip directory is about 4 GB (the bytes themselves are small)."""
    data = bytearray(variants.clean())
    at = data.find(b"PK\x01\x02")  # each central directory entry: uncompressed size at offset 24
    while at != -1:
        struct.pack_into("<I", data, at + 24, 0xFFFFFF00)
        at = data.find(b"PK\x01\x02", at + 4)
    return bytes(data)


def zip_bomb() -> bytes:
    """document.xml honestly 80 MB of spaces when unpacked, 80 KB packed."""
    xml = b'<?xml version="1.0"?><w:document xmlns:w="' + variants.W_NS.encode() + b'"><w:body>'
    return _document_xml(variants.clean(), xml + b" " * (80 * 2**20) + b"</w:body></w:document>")


def lying_bomb() -> bytes:
    """A deflated part that inflates to 80 MB while its directory entry says 1 KB."""
    data = zip_bomb()
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at != -1:
        name_length = struct.unpack_from("<H", out, at + 28)[0]
        if out[at + 46: at + 46 + name_length] == b"word/document.xml":
            struct.pack_into("<I", out, at + 24, 1024)
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ha">'
          + b"".join(b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&%s;" % bytes([97 + i])) * 10) for i in range(9))
          + b']><w:document xmlns:w="' + variants.W_NS.encode() + b'"><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p>'
          b"</w:body></w:document>")
EXTERNAL = (b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<w:document xmlns:w="' + variants.W_NS.encode() + b'"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p>'
            b"</w:body></w:document>")


def billion_laughs() -> bytes:
    return _document_xml(variants.clean(), LAUGHS)


def external_entity() -> bytes:
    return _document_xml(variants.clean(), EXTERNAL)


HOSTILE = {f.__name__: f for f in (not_a_zip, truncated, declares_gigabytes, zip_bomb, lying_bomb, billion_laughs,
                                   external_entity)}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    made = {}
    for name, make in HOSTILE.items():
        made[name] = folder / f"{name}.docx"
        made[name].write_bytes(make())
    return made


def _invoke_measured(args: list[str]):
    """Run the command line in a process of its own; return its result and the peak memory it grew by."""
    result = run_measured(args)
    assert result.seconds < TIME_BOUND, f"{args} took {result.seconds:.1f} s"
    return result, result.grown_bytes


def test_the_measure_counts_what_the_xml_parser_allocates():
    # the bound means something only if memory allocated by libxml2 (not by Python) shows in the measure
    child = ("import resource; from lxml import etree; b = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss; "
             "t = etree.fromstring(b'<a>' + b'<b>x</b>' * 2_000_000 + b'</a>'); "
             "print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - b) * 1024)")
    grown = int(subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, check=True).stdout)
    assert grown > MEMORY_BOUND


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_check_refuses_with_exit_2_in_bounded_memory(files, name):
    result, peak = _invoke_measured(["check", str(files[name])])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and files[name].name in result.output
    assert "Không phải tệp Word .docx đọc được" in result.output
    assert "root:" not in result.output  # nothing of /etc/passwd came in
    assert peak < MEMORY_BOUND


@pytest.mark.parametrize("name", ["zip_bomb", "declares_gigabytes", "billion_laughs", "external_entity"])
def test_reason_is_named(files, name):
    result = CliRunner().invoke(main, ["check", str(files[name])])
    assert ("lớn bất thường" if "gigabytes" in name or "bomb" in name else "DOCTYPE") in result.output


@pytest.mark.parametrize("name", ["not_a_zip", "truncated", "declares_gigabytes", "zip_bomb", "lying_bomb"])
def test_a_hostile_template_is_refused_before_docxtpl_opens_it(project, files, name):
    result = CliRunner().invoke(main, ["build", "plans/small.toml", "--template", str(files[name])])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert files[name].name in result.output
    assert not (project / "output").exists()


def test_the_parser_is_hardened():
    with pytest.raises(package.Unreadable):
        package.parse_xml(LAUGHS)
    root = package.parse_xml(b"<a>&#233;</a>")
    assert root.text == "é"


@pytest.mark.parametrize("name", ["not_a_zip", "declares_gigabytes", "zip_bomb", "lying_bomb"])
def test_check_template_refuses_a_hostile_template(files, name):
    result, peak = _invoke_measured(["check-template", str(files[name])])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    assert not result.crashed, result.output
    assert peak < MEMORY_BOUND


@pytest.mark.parametrize("name", ["not_a_zip", "declares_gigabytes", "lying_bomb"])
def test_a_hostile_workbook_is_refused(files, tmp_path, name):
    from docgen.errors import DocgenError
    from docgen.tables.xlsx_read import read_workbook

    workbook = tmp_path / f"{name}.xlsx"
    workbook.write_bytes(files[name].read_bytes())
    with pytest.raises(DocgenError) as raised:
        read_workbook(workbook)
    assert raised.value.problems[0].location.file == str(workbook)
