"""Text written to a spreadsheet stays text: never a formula (OWASP "CSV injection").

A file name, an issuer line copied from a received document or a hamlet name may begin with ``=``, ``+``,
``-`` or ``@``: openpyxl stores such a text as a live formula, and Excel or LibreOffice run a CSV cell
beginning so as one. In an .xlsx every text cell is marked as a string (it shows and reads back exactly as
typed); in a .csv such a text gets a leading apostrophe, which spreadsheet programs read as "this is text".
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def keep_texts(sheet) -> None:
    """Mark every text cell of an openpyxl sheet as a string, so that none is written as a formula."""
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"


def csv_text(value: object) -> object:
    """Return a CSV field: a text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
