"""One definition of "the same hamlet" (docgen.hamlet_names), used by the plan's duplicate check, the table
diff, the workbook and Word imports and the checker's spelling rule."""

from __future__ import annotations

import pytest

from docgen.check.rules import figures
from docgen.hamlet_names import hamlet_key
from docgen.importdocx import tables as docx_tables
from docgen.plan import validate
from docgen.tables import compare, importer

SAME = [  # each pair: one hamlet written two ways
    ("Xóm Một", "xom  MOT"),
    ("Xóm Một", "Một"),                 # the word for a hamlet in front does not matter
    ("Thôn Phúc Hòa", "Phúc Hoà"),      # old tone placement
    ("Tổ dân phố 5", "TDP 5"),
    ("Làng Mơn", "Mơn"),
    ("Đồng Bẩm", "dong bam"),
    ("Khu phố 1–2", "Khu 1-2"),         # an en dash is a hyphen
    ("Bản\u00a0Chang", "Chang"),        # a no-break space is a space
    ("Xóm Tân Đức", "TânĐức"),
]
DIFFERENT = [
    ("Xóm Một", "Xóm Hai"),
    ("Tổng", "Ng"),                     # "Tổ" is only a prefix as a whole word
    ("Xóm", "Thôn"),                    # a name that is only the word stays itself
    ("Xóm 1", "Xóm 11"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_names_of_the_same_hamlet_share_a_key(a, b):
    assert hamlet_key(a) == hamlet_key(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_names_of_different_hamlets_do_not(a, b):
    assert hamlet_key(a) != hamlet_key(b)


def test_every_part_of_docgen_matches_hamlets_by_the_same_function():
    users = (validate, figures, docx_tables, compare, importer)
    assert all(module.hamlet_key is hamlet_key for module in users)
