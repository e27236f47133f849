"""click's own usage errors reach the clerk in Vietnamese, with how the command is written and where help is."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from docgen.cli import main

ENGLISH = ("Error:", "Missing", "No such", "Usage:", "Try '", "is not", "does not exist", "Invalid value")


@pytest.mark.parametrize(("args", "said"), [
    (["build"], "Lỗi: Thiếu PLANS (tệp hoặc thư mục cần ghi sau tên lệnh)."),
    (["check"], "Lỗi: Thiếu FILES"),
    (["import-docx", "ke-hoach.docx"], "Lỗi: Thiếu tùy chọn -o / --output."),
    (["buld", "plans/2022.toml"], "Lỗi: Không có lệnh «buld». Có phải ý là: build?"),
    (["build", "--froce", "plans/2022.toml"], "Lỗi: Không có tùy chọn «--froce». Có phải ý là: --force?"),
    (["build", "plans/2022.toml", "--template"], "Lỗi: Tùy chọn «--template» cần một giá trị"),
    (["build", "--jobs", "0", "plans/2022.toml"], "--jobs: 0 nhỏ quá, phải từ 1 trở lên."),
    (["build", "--jobs", "hai", "plans/2022.toml"], "--jobs: «hai» không phải là một số nguyên."),
    (["check", "--format", "xml", "a.docx"], "--format: «xml» không phải một trong 'text', 'json'."),
    (["build", "--force=yes", "plans/2022.toml"], "Lỗi: Tùy chọn «--force» không nhận giá trị"),
    (["schema", "thừa"], "Lỗi: Thừa «thừa»: lệnh này không nhận thêm"),
    (["serve", "--port", "99999"], "--port: 99999 không nằm trong khoảng từ 0 đến 65535."),
])
def test_a_usage_error_is_said_in_vietnamese(args, said):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert said in result.output, result.output
    assert not any(word in result.output for word in ENGLISH), result.output


def test_a_usage_error_shows_how_the_command_is_written_and_where_help_is():
    output = CliRunner().invoke(main, ["build"], prog_name="docgen").output
    assert "Cách viết lệnh: docgen build [OPTIONS] PLANS..." in output
    assert "Xem hướng dẫn: docgen build --help" in output


def test_help_and_version_still_end_well():
    assert CliRunner().invoke(main, ["--help"]).exit_code == 0
    assert CliRunner().invoke(main, ["build", "--help"]).exit_code == 0
    version = CliRunner().invoke(main, ["--version"], prog_name="docgen")
    assert version.exit_code == 0 and "docgen" in version.output
