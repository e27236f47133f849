"""Look at the pages as a reader does: the 2022 plan converted to PDF by LibreOffice, read with poppler.

Skipped where LibreOffice or poppler is missing; .ci/run installs both.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from docgen.build import build
from tests.conftest import PLAN_2022

pytestmark = pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                                reason="needs LibreOffice (soffice) and poppler-utils")


@pytest.fixture(scope="module")
def pdf(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pdf")
    source = folder / "plan.docx"
    source.write_bytes(build(PLAN_2022).docx)
    profile = folder / "profile"  # a private LibreOffice profile: no clash with a running instance
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), str(source)], check=True, capture_output=True, timeout=180)
    return folder / "plan.pdf"


def pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    return text.split("\f")[:-1]


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], check=True, capture_output=True,
                          text=True).stdout
    sizes = [line.split(":", 1)[1].split("pts")[0].split(" x ") for line in info.splitlines()
             if line.startswith("Page") and "size" in line]
    return [(float(w), float(h)) for w, h in sizes]


def first_line(page: str) -> str:
    return next((line.strip() for line in page.splitlines() if line.strip()), "")


def test_page_one_has_no_number_and_the_others_are_numbered(pdf):
    texts = pages(pdf)
    main = [t for t in texts if "Kèm theo Kế hoạch số" not in t]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first_line(main[0])
    assert [first_line(t) for t in main[1:]] == [str(n) for n in range(2, len(main) + 1)]


def test_signature_block_is_on_one_page_with_the_end_of_the_text(pdf):
    page = next(t for t in pages(pdf) if "TM. ỦY BAN NHÂN DÂN" in t)
    for text in ("./.", "Nơi nhận:", "- Lưu: VT, VP.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lang Đại Thành"):
        assert text in page


def test_appendices_are_landscape_pages_of_their_own(pdf):
    texts, sizes = pages(pdf), page_sizes(pdf)
    assert len(texts) == len(sizes)
    for text, (width, height) in zip(texts, sizes, strict=True):
        is_appendix = "Kèm theo Kế hoạch số 85/KH-UBND" in text
        assert (width > height) is is_appendix
    starts = [t for t in texts if "Kèm theo Kế hoạch số" in t]
    assert [first_line(t) for t in starts] == ["Phụ lục I", "Phụ lục II"]  # no page number on their first page


def test_tables_fit_the_page_width(pdf):
    for text in pages(pdf):
        if "Kèm theo" in text:
            assert "Làng Mơn" in text and "Cộng" in text
