"""Commands refuse in words, never with a traceback (issue 20): hostile templates in ``check-template`` and
``build --template``, ``new --year`` past what a plan may hold."""

from __future__ import annotations

import io
import shutil

import docx
import pytest
from click.testing import CliRunner

from docgen.cli import main
from tests.conftest import PLAN_2022

HOSTILE_TAGS = {
    "range": ("{% for i in range(10**9) %}x{% endfor %}", "một thẻ không tính được"),
    "product": ("{{ 'a' * 10**9 }}", "kết quả quá lớn"),
    "power": ("{{ 9 ** 999999999 }}", "kết quả quá lớn"),
    "recursion": ("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "macro đệ quy"),
    "include": ("{% include '/etc/passwd' %}", "một thẻ không tính được"),
    # each below ran for hours or took gigabytes before the render's budget
    "range in range": ("{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
                       "kết quả quá lớn"),
    "product in a loop": ("{% for i in range(9999) %}{{ 'ab' * 99999 }}{% endfor %}", "kết quả quá lớn"),
    "printf width": ("{{ '%999999999d' % 1 }}", "kết quả quá lớn"),
    "printf star": ("{{ '%*d' % (999999999, 1) }}", "kết quả quá lớn"),
    "centre": ("{{ 'x' | center(999999999) }}", "kết quả quá lớn"),
    "lipsum": ("{{ lipsum(999999) }}", "lipsum"),
}


def _template(tmp_path, text: str):
    document = docx.Document()
    document.add_paragraph(text)
    path = tmp_path / "mau.docx"
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


@pytest.mark.parametrize("kind", sorted(HOSTILE_TAGS))
def test_check_template_refuses_a_hostile_tag_in_words(tmp_path, kind):
    text, said = HOSTILE_TAGS[kind]
    result = CliRunner().invoke(main, ["check-template", str(_template(tmp_path, text))])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1 and said in result.output and "root:" not in result.output, result.output


@pytest.mark.parametrize("year", ["3000", "10000"])
def test_new_with_a_year_past_2100_is_refused_and_writes_nothing(tmp_path, year):
    source, target = tmp_path / "2022.toml", tmp_path / "moi.toml"
    shutil.copy(PLAN_2022, source)
    result = CliRunner().invoke(main, ["new", "--from", str(source), "--year", year, str(target)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1 and "quá xa" in result.output and "2100" in result.output
    assert not target.exists()


def test_new_with_year_0_is_refused_not_taken_as_next_year(tmp_path):
    source, target = tmp_path / "2022.toml", tmp_path / "moi.toml"
    shutil.copy(PLAN_2022, source)
    result = CliRunner().invoke(main, ["new", "--from", str(source), "--year", "0", str(target)])
    assert result.exit_code == 1 and "phải sau năm của kế hoạch cũ" in result.output
    assert not target.exists()
