"""What a real plan writes that docgen keeps as written (issue 16): a draft's blank date with the month and
year it already gives, and the parts of forms and appendices typed their own way."""

from __future__ import annotations

import io

import docx

from tests.importdocx.fidelity import round_trip
from tests.importdocx.test_outline_import import A_DOT_BODY
from tests.importdocx.typed import Typed, typed_docx
from tests.readback import cell_lines


def _top_right(trip) -> list[str]:
    return cell_lines(docx.Document(io.BytesIO(trip.rebuilt)).tables[0].cell(1, 1))


def test_a_drafts_blank_day_keeps_the_month_and_year_it_writes():
    trip = round_trip(typed_docx(Typed(body=A_DOT_BODY, place_date="Tân Cương, ngày      tháng 02 năm 2023")),
                      "du-thao.docx")
    assert "draft_month = 2\ndraft_year = 2023\n" in trip.plan_text and "\ndate =" not in trip.plan_text
    assert _top_right(trip) == ["Tân Cương, ngày … tháng 02 năm 2023"]
    note = next(n for n in trip.notes if n.field == "document.date")
    assert "ngày … tháng 02 năm 2023" in note.message
    # the blank written with spaces and the blank docgen prints with dots are the same blank: nothing lost
    assert trip.fidelity.share("cell") == 1.0 and not trip.fidelity.losses


def test_a_drafts_wholly_blank_date_keeps_its_year():
    trip = round_trip(typed_docx(Typed(body=A_DOT_BODY, place_date="Tân Cương, ngày    tháng    năm 2023")),
                      "du-thao.docx")
    assert "draft_year = 2023" in trip.plan_text and "draft_month =" not in trip.plan_text
    assert _top_right(trip) == ["Tân Cương, ngày … tháng … năm 2023"]
