"""Issue 8, point 3: the issued 2022 plan, imported, built again and compared with ``docgen diff``: every
difference is one of the Decree 30 corrections or interpretations the import listed, and nothing else."""

from __future__ import annotations

import tomlkit

from docgen.build import build
from docgen.diff import diff_files
from docgen.importdocx import import_docx, write_imported
from tests.importdocx.issued_2022 import ISSUED_2022
from tests.importdocx.typed import typed_docx

JOINED = ("Phấn đấu năm 2022", "(có biểu chi tiết", "Hộ gia đình, tổ", "nghèo cho người nghèo", "Tập trung lãnh đạo",
          "năng lực và tăng cường")  # paragraphs the original broke in mid-sentence, joined by the import


def test_rebuilding_the_imported_plan_changes_only_what_the_import_listed(tmp_path):
    source = tmp_path / "ban-hanh.docx"
    source.write_bytes(typed_docx(ISSUED_2022))
    plan_path = tmp_path / "plans" / "2022.toml"
    plan_path.parent.mkdir()
    result = import_docx(source, str(source), plan_path)
    write_imported(result, plan_path)
    listed = {note.field for note in result.notes}
    plan = tomlkit.parse(plan_path.read_text(encoding="utf-8"))
    for stated in ("households", "poor_rate", "near_poor_rate"):  # the clerk settles the total the import flagged
        del plan["reference"][stated]
    plan_path.write_text(tomlkit.dumps(plan), encoding="utf-8")
    rebuilt = tmp_path / "rebuilt.docx"
    rebuilt.write_bytes(build(plan_path).docx)

    report = diff_files(source, rebuilt)

    assert {f.field for f in report.fields} <= {"number", "date", "recipients"}  # spacing, place, VT
    assert "issuer.place" in listed and "recipients.archive" in listed
    for change in report.paragraphs:
        text = change.before or change.after
        assert (text.startswith(JOINED) or text.startswith(("Phụ lục", "(Kèm theo"))), change
    assert {"appendices[0]", "appendices[1]"} <= listed
    for change in report.figures:
        if change.kind == "name":
            assert (change.before, change.after) in {("CƯỜNG LĂNG", "CƯỜNG LẶNG"), ("LÀNG MON", "LÀNG MƠN")}
        else:
            assert change.kind == "figure", change
            assert change.before == "(ô trống)" or change.hamlet.upper() == "CỘNG", change  # blanks, stated totals
    assert {"hamlets[6].name", "hamlets[11].name", "hamlets", "reference.households"} <= listed
