"""The page's own words for where a problem is and what to do: "Thôn thứ 3, Tổng số hộ", never a file line
or a field path such as ``hamlets[3].households``, and never a server path.

The messages are the command line's (docgen/messages.py); only the few that tell the clerk to edit the
file ("viết không có ngoặc kép", "xóa khỏi danh sách confirm ở đầu tệp") have a page version here.
"""

from __future__ import annotations

import re
from typing import Any

from docgen import messages, vnformat
from docgen.kinds import messages as kind_messages
from docgen.plan import content_messages

SECTIONS = {
    "issuer": ("Cơ quan ban hành", {"name": "Tên đầy đủ", "header": "Tên in ở góc trái", "parent": "Cơ quan chủ quản",
                                    "abbreviation": "Chữ viết tắt trong ký hiệu", "place": "Địa danh"}),
    "document": ("Văn bản", {"kind": "Tên loại", "code": "Viết tắt tên loại", "number": "Số",
                             "date": "Ngày ban hành", "summary": "Trích yếu nội dung"}),
    "signature": ("Chữ ký", {"on_behalf_of": "Thay mặt tập thể", "prefix": "Ký thay, quyền, thừa lệnh",
                             "head_title": "Chức vụ người đứng đầu", "position": "Chức vụ người ký",
                             "name": "Họ và tên người ký"}),
    "recipients": ("Nơi nhận", {"items": "Nơi nhận", "archive": "Đơn vị lưu", "archive_copies": "Số bản lưu"}),
    "targets": ("Chỉ tiêu của xã", {"year": "Năm kế hoạch", "poor_reduction": "Giảm hộ nghèo",
                                    "near_poor_reduction": "Giảm hộ cận nghèo"}),
    "reference": ("Số liệu chính thức để đối chiếu", {
        "households": "Tổng số hộ", "poor": "Hộ nghèo đầu kỳ", "poor_end": "Hộ nghèo cuối kỳ",
        "poor_rate": "Tỷ lệ hộ nghèo cuối kỳ", "near_poor": "Hộ cận nghèo đầu kỳ",
        "near_poor_end": "Hộ cận nghèo cuối kỳ", "near_poor_rate": "Tỷ lệ hộ cận nghèo cuối kỳ"}),
}
LISTS = {"bases": "Căn cứ", "intro": "Đoạn mở đầu", "closing": "Đoạn kết", "template": "Mẫu Word riêng",
         "confirm": "Cần xác nhận", "appendices": "Phụ lục", "hamlets": "Số liệu các {words}"}
HAMLET_COLUMNS = {"name": "Tên {word}", "households": "Tổng số hộ", "poor": "Hộ nghèo, Đầu kỳ",
                  "poor_without_labour": "Hộ nghèo, Không còn khả năng lao động", "poor_new": "Hộ nghèo, Phát sinh mới",
                  "poor_reduction": "Hộ nghèo, Giảm (nhập)", "near_poor": "Hộ cận nghèo, Đầu kỳ",
                  "near_poor_without_labour": "Hộ cận nghèo, Không còn khả năng lao động",
                  "near_poor_new": "Hộ cận nghèo, Phát sinh mới", "near_poor_reduction": "Hộ cận nghèo, Giảm (nhập)"}
OUTLINE = {"parts": "Phần", "sections": "Mục", "items": "khoản", "points": "điểm", "columns": "cột",
           "signatures": "chỗ ký", "articles": "Điều", "clauses": "khoản"}
DECISION = ("Quyết định", {"authority": "Thẩm quyền ban hành", "proposal": "Người đề nghị"})
RESULTS = ("Kết quả cuối năm", {"hamlet": "Tên {word}", "poor_reduced": "Hộ nghèo đã thoát",
                                "poor_new": "Hộ nghèo phát sinh mới", "near_poor_reduced": "Hộ cận nghèo đã thoát",
                                "near_poor_new": "Hộ cận nghèo phát sinh mới"})
OUTLINE_FIELDS = {"title": "tiêu đề", "text": "đoạn", "bullets": "ý", "header": "tiêu đề cột", "group": "tiêu đề chung",
                  "figure": "số liệu", "id": "mã", "total": "chữ dòng tổng", "numbered": "đánh số", "label": "nhãn",
                  "orientation": "hướng trang", "reference": "dòng «Kèm theo»", "heading": "dòng đầu mẫu",
                  "notes": "ghi chú", "lines": "chức danh", "above": "dòng nghiêng phía trên",
                  "note": "dòng nghiêng dưới chức danh", "name": "họ và tên", "below": "dòng dưới họ tên",
                  "space": "chỗ ký, đóng dấu", "total_label": "chữ ở dòng tổng", "widths": "độ rộng các cột",
                  "align": "căn lề các cột"}
_TABLE_CELL = re.compile(r"^tables\[(\d+)\]\.(header|rows|total)(?:\[(\d+)\])?(?:\[(\d+)\])?$")
TABLE_ROWS = {"header": "dòng tiêu đề {n}", "rows": "dòng {n}", "total": "dòng tổng"}
_STEP = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")
_FIELD_PATH = re.compile(r"^([a-z_]+(\[\d+\])*)?(\.[a-z_]+(\[\d+\])*)*$")  # hamlets[3].poor, tables[2].rows[3][4]

# CLI message → (page message, page hint); None keeps the CLI's own
PAGE_MESSAGES = {
    messages.NOT_CONFIRMED: ("chưa được xác nhận.", "Xem lại ô này (sửa nếu cần), rồi đánh dấu «Đã kiểm tra» ở khung "
                                                   "«Cần xác nhận» đầu trang sửa kế hoạch."),
    messages._SCHEMA["int_type"][0]: ("Phải là một số, ví dụ 219 hoặc 1.250.", ""),
    messages._SCHEMA["string_type"][0]: ("Phải là chữ.", ""),
    messages._SCHEMA["date_type"][0]: ("Phải là một ngày có thật, viết ngày/tháng/năm: 24/10/2022.", ""),
    messages._SCHEMA["missing"][0]: ("Ô này cần được điền.", ""),
    # a field the page does not show (written by a newer docgen, or by hand in the file): kept through a save
    messages._SCHEMA["extra_forbidden"][0]: ("Ở đây kế hoạch có một mục mà trang không hiện (do một bản docgen mới "
                                             "hơn ghi, hoặc do sửa tay trong tệp).",
                                             "Lưu trên trang vẫn giữ nguyên mục đó; để tạo được văn bản, dùng bản "
                                             "docgen mới hơn hoặc nhờ người cài docgen xóa mục đó."),
    messages.BULLET_TYPE: ("Mỗi ý viết một dòng; dòng bắt đầu bằng «+ » là ý con của dòng trên.", ""),
}
PAGE_HINTS = {messages._SCHEMA["missing"][1]: "Điền ô này.", messages.BAD_DATE_HINT: "Viết ngày có thật: 28/02/2025.",
              messages.DATE_OUTSIDE_YEAR_HINT: "Kiểm tra lại năm ở ô «Ngày ban hành» và ô «Năm kế hoạch»."}

_C = content_messages
# the plan's tables, appendices and signers (plan/content_messages.py) speak of the file's fields: the page's
# version of each, with the same {id}, {count} … filled in
PAGE_FORMATTED = {
    _C.TABLE_EMPTY: "Bảng «{id}» chưa có dòng nào.",
    _C.TABLE_EMPTY_HINT: "Bấm «+ Thêm dòng» ở bảng này, hoặc xóa bảng.",
    _C.TABLE_BOTH_KINDS: "Bảng «{id}» vừa có ô gõ sẵn vừa có cột số liệu.",
    _C.ROW_WIDTH_HINT: ("Mọi dòng có cùng số ô: ô gộp ghi «<» (với ô bên trái) hoặc «^» (với ô bên trên), ô trống "
                        "để trống."),
    _C.LIST_WIDTH: "Bảng «{id}» có {width} cột, nhưng độ rộng hay căn lề các cột ghi {count} giá trị.",
    _C.MERGE_HINT: "Để in đúng dấu «<» hay «^», gõ «\\<» hay «\\^».",
    _C.TABLE_NOT_PLACED_HINT: ("Gõ một dòng chỉ có {{table.{id}}} vào ô «Các đoạn» nơi cần in bảng (trong nội dung "
                               "hoặc một phụ lục), hoặc xóa bảng."),
    _C.TABLE_NOT_ALONE_HINT: "Để {{table.{id}}} ở một dòng riêng của ô «Các đoạn».",
    _C.TABLE_NOT_IN_TEXT: ("Chỉ đặt được bảng {{table.{id}}} trong ô «Các đoạn» hoặc «Đoạn mở đầu», không đặt trong "
                           "tiêu đề, căn cứ hay các ý «-»."),
    _C.APPENDIX_EMPTY: "Phụ lục «{id}» chưa có nội dung.",
    _C.APPENDIX_EMPTY_HINT: "Gõ các đoạn, thêm mục hay chỗ ký của phụ lục; hoặc xóa phụ lục này.",
    _C.APPENDIX_BOTH_KINDS: "Phụ lục «{id}» vừa có các cột số liệu vừa có nội dung văn bản.",
    _C.APPENDIX_BOTH_KINDS_HINT: "Tách thành hai phụ lục: một bảng số liệu, một văn bản.",
    _C.SIGNER_EMPTY: "Chưa ghi chức vụ người ký hay các dòng chức danh.",
    _C.SIGNER_EMPTY_HINT: "Ví dụ: «CHỦ TỊCH», hoặc các dòng chức danh «TM. BAN CHỈ ĐẠO», «TRƯỞNG BAN».",
    _C.SIGNER_LINES_AND_FIELDS: "Đã ghi các dòng chức danh thì không ghi thêm thay mặt, ký thay, chức vụ.",
    _C.SIGNER_LINES_AND_FIELDS_HINT: "Bỏ các ô kia, hoặc bỏ các dòng chức danh.",
    _C.PART_NO_TITLE: "Tiểu mục có số thì phải có tiêu đề.",
    _C.PART_NO_TITLE_HINT: "Gõ tiêu đề, hoặc bỏ chọn «Đánh số».",
    messages.FIGURE_NOT_GIVEN: ("Cột này cần số «{field}» của từng {word}, nhưng {count} {word} chưa có số đó "
                                "(đầu tiên: {hamlet})."),
    messages.FIGURE_NOT_GIVEN_HINT: ("Điền ô «{field}» của mọi {word} ở bảng số liệu các {word} (không có hộ nào thì "
                                     "ghi 0), hoặc bỏ cột này."),
    # the plan's own checks (plan/validate.py) where they name the file's fields: said with the page's labels
    messages.SIGNATURE_PREFIX_HINT: ("Ví dụ Phó Chủ tịch ký thay Chủ tịch: «Ký thay, quyền, thừa lệnh» là KT., "
                                     "«Chức vụ người đứng đầu» là CHỦ TỊCH, «Chức vụ người ký» là PHÓ CHỦ TỊCH."),
    messages.SIGNATURE_HEAD_MISSING: "Ký «{prefix}» thì phải ghi ô «Chức vụ người đứng đầu», ví dụ CHỦ TỊCH.",
    messages.ARCHIVE_IN_ITEMS_HINT: "Xóa dòng này và ghi các đơn vị lưu vào ô «Đơn vị lưu», ví dụ VP.",
    messages.HAMLET_COUNT_MISMATCH: "Ghi «{text}» nhưng bảng «Số liệu các {word}» có {count} {word}.",
    messages.HAMLET_COUNT_MISMATCH_HINT: ("Viết «{{hamlet_count}} {word}» để docgen tự điền đúng số {word}, hoặc "
                                          "thêm/bớt {word} ở bảng số liệu."),
    messages.SECTIONS_OR_PARTS: ("Nội dung phải chia thành các mục (I., II., …) hoặc các phần (Phần thứ nhất …), "
                                 "không cả hai."),
    messages.SECTIONS_OR_PARTS_HINT: "Chuyển các mục vào trong một phần, hoặc bỏ các phần.",
    messages.EMPTY_ITEM: "Khoản này không có tiêu đề cũng không có nội dung.",
    messages.TOO_MANY_POINTS_HINT: "Tách thành nhiều khoản, hoặc viết thành các ý gạch đầu dòng.",
    messages.DRAFT_DATE_WITH_DATE: "Đã có ngày ban hành thì không ghi tháng, năm của dự thảo.",
    messages.DRAFT_DATE_WITH_DATE_HINT: "Xóa tháng, năm của dự thảo; văn bản in ngày ở ô «Ngày ban hành».",
    # the starter's samples (plan/samples.py): the page's starter is «mẫu có sẵn» (the new plan form), not a file
    messages.SAMPLE_HAMLET: "«{name}» là dòng mẫu có sẵn khi tạo kế hoạch, chưa phải số liệu thật.",
    messages.SAMPLE_TARGETS: "Chỉ tiêu giảm hộ nghèo và hộ cận nghèo của xã vẫn là 0 như mẫu có sẵn.",
    messages.SAMPLE_BASIS: ("Căn cứ này vẫn là câu mẫu có sẵn khi tạo kế hoạch, chưa có số và ngày của văn bản cấp "
                            "trên."),
    # a report's results follow the hamlets (docgen/kinds/validate.py): said with the page's buttons
    kind_messages.RESULTS_COUNT: "Có {hamlets} {word} nhưng {results} dòng kết quả: mỗi {word} một dòng, cùng thứ tự.",
    kind_messages.RESULTS_COUNT_HINT: ("Bấm «+ Thêm dòng kết quả» (docgen điền tên {word} còn thiếu), hoặc bấm ✕ ở "
                                       "dòng thừa."),
    kind_messages.RESULT_HAMLET: ("Dòng kết quả thứ {index} ghi «{found}», nhưng {word} thứ {index} ở bảng số liệu là "
                                  "«{expected}»."),
    kind_messages.RESULT_HAMLET_HINT: ("Sửa tên ở dòng này thành «{expected}»; nếu dòng này là của {word} khác thì xóa "
                                       "nó (✕) và bấm «+ Thêm dòng kết quả»."),
}


def _pattern(template: str) -> re.Pattern[str]:
    """A regular expression reading a message made from ``template`` back into its fields."""
    parts = re.split(r"(\{\{|\}\}|\{[a-z_]+\})", template)
    out = ""
    for part in parts:
        if part in ("{{", "}}"):
            out += re.escape(part[0])
        elif re.fullmatch(r"\{[a-z_]+\}", part or ""):
            name = part[1:-1]
            out += f"(?P<{name}>.*?)" if f"(?P<{name}>" not in out else f"(?P={name})"
        else:
            out += re.escape(part)
    return re.compile(out + "$", re.DOTALL)


_FORMATTED = [(_pattern(template), page) for template, page in PAGE_FORMATTED.items()]


def _formatted(text: str, word: str) -> str | None:
    """The page's version of a content message (its fields kept, ``{word}`` the plan's word for a hamlet), or
    None when it is not one."""
    for pattern, page in _FORMATTED:
        match = pattern.match(text)
        if match:  # a hamlet figure named by its id ("poor_without_labour") is named as the grid's column
            found = {key: HAMLET_COLUMNS[value].format(word=word) if value in HAMLET_COLUMNS else value
                     for key, value in match.groupdict().items()}
            return page.format(**{"word": word, **found})
    return None


def field_label(field: str, hamlet_word: str, hamlet_words: str) -> str:
    """Return the field as the page labels it: ``hamlets[3].households`` → "Thôn thứ 3, Tổng số hộ"."""
    steps = [(name, int(index) if index else None) for name, index in _STEP.findall(field)]
    if not steps:
        return ""
    head, index = steps[0]
    if head in SECTIONS:
        title, labels = SECTIONS[head]
        words = [title] + [labels.get(name, "") for name, _ in steps[1:2]]
        if len(steps) > 1 and steps[1][1]:
            words.append(f"dòng {steps[1][1]}")
        return ", ".join(w for w in words if w)
    if head == "hamlets":
        if index is None:
            return LISTS["hamlets"].format(words=hamlet_words)
        row = f"{hamlet_word[:1].upper()}{hamlet_word[1:]} thứ {index}"
        column = HAMLET_COLUMNS.get(steps[1][0], "") if len(steps) > 1 else ""
        return ", ".join(w for w in (row, column.format(word=hamlet_word)) if w)
    if head == "tables":
        return _table_label(field, steps)
    if head == "decision":
        title, labels = DECISION
        return ", ".join(w for w in (title, labels.get(steps[1][0], "") if len(steps) > 1 else "",
                                     _outline_label(steps[1:])) if w)
    if head == "results":
        title, labels = RESULTS
        column = labels.get(steps[1][0], "") if len(steps) > 1 else ""
        return ", ".join(w for w in (title, f"dòng {index}" if index else "", column.format(word=hamlet_word)) if w)
    if head in OUTLINE or head == "appendices":
        return _outline_label(steps)
    label = LISTS.get(head, "")
    return f"{label} thứ {index}" if label and index else label


def _table_label(field: str, steps: list[tuple[str, int | None]]) -> str:
    """``tables[2].rows[3][4]`` → "Bảng 2, dòng 3, ô 4" (the tables numbered as the page shows them)."""
    cell = _TABLE_CELL.match(field)
    words = [f"Bảng {steps[0][1]}" if steps[0][1] else "Bảng"]
    if cell:
        row, column = (cell.group(3), cell.group(4)) if cell.group(2) != "total" else (None, cell.group(3))
        words.append(TABLE_ROWS[cell.group(2)].format(n=row or "").strip())
        if column:
            words.append(f"ô {column}")
        return ", ".join(words)
    rest = _outline_label(steps[1:])
    return ", ".join(w for w in (words[0], rest) if w)


def _outline_label(steps: list[tuple[str, int | None]]) -> str:
    words: list[str] = []
    for name, index in steps:
        if name == "parts" and len(words) == 0:
            words.append(f"Phần {vnformat.ordinal(index)}" if index else "Phần")
        elif name == "sections":
            words.append(f"Mục {vnformat.roman(index)}" if index else "Mục")
        elif name == "parts":
            words.append(f"tiểu mục {index}" if index else "tiểu mục")
        elif name == "points":
            letter = vnformat.POINT_LETTERS[index - 1] if index and index <= len(vnformat.POINT_LETTERS) else index
            words.append(f"điểm {letter})")
        elif name == "appendices":
            words.append(f"Phụ lục {vnformat.roman(index)}" if index else "Phụ lục")
        elif name in OUTLINE:
            words.append(f"{OUTLINE[name]} {index}" if index else OUTLINE[name])
        elif name in OUTLINE_FIELDS:
            words.append(f"{OUTLINE_FIELDS[name]} thứ {index}" if index else OUTLINE_FIELDS[name])
    return ", ".join(words)


_BROKEN = _pattern(messages.BAD_TOML)
_AT = re.compile(r"at line (\d+), column (\d+)")


def _broken_file(message: str) -> tuple[str, str] | None:
    """A plan file the page cannot open (its TOML written wrong), said in Vietnamese with where to look, not
    the parser's English ("Invalid value (at line 3, column 9)")."""
    match = _BROKEN.match(message)
    if match is None:
        return None
    at = _AT.search(match.group("detail"))
    where = messages.WEB_BROKEN_AT.format(line=at.group(1), column=at.group(2)) if at else ""
    return messages.WEB_BROKEN_FILE.format(where=where), messages.WEB_BROKEN_FILE_HINT


def page_message(message: str, hint: str, word: str = "xóm") -> tuple[str, str]:
    """Return the message and hint as the page says them (the CLI's, unless they speak of the file)."""
    broken = _broken_file(message)
    if broken is not None:
        return broken
    if message in PAGE_MESSAGES:
        page, page_hint = PAGE_MESSAGES[message]
        return page, page_hint or PAGE_HINTS.get(hint, hint if "tệp" not in hint else "")
    return _formatted(message, word) or message, PAGE_HINTS.get(hint) or _formatted(hint, word) or hint


def page_problem(problem: Any, hamlet_word: str, hamlet_words: str) -> dict[str, Any]:
    """Return a problem as the page shows it: the field it belongs to (for the script), and page words."""
    message, hint = page_message(problem.message, problem.hint, hamlet_word)
    field = problem.location.field
    # a place in the clerk's own sheet ("trang tính «Phụ lục I», ô C3") is said as it is: it is no plan field
    where = field_label(field, hamlet_word, hamlet_words) if _FIELD_PATH.match(field) else field
    return {"field": field, "where": where, "message": message, "hint": hint}


# the plan file's words in the notes of an import (importdocx/messages.py: ``number``, ``date = …``,
# ``draft_month``, ``[reference]``, "tệp kế hoạch"), as the page says them; a field the page shows is named by
# its label, one it does not show (the draft's month and year) in plain words
NOTE_WORDS = {"[reference]": "khung «Số liệu chính thức để đối chiếu»",
              "draft_month, draft_year": "tháng, năm của dự thảo", "draft_month": "tháng của dự thảo",
              "draft_year": "năm của dự thảo", "tệp kế hoạch": "kế hoạch"}
NOTE_LABELS = {"number": "Số", "date": "Ngày ban hành"}  # as editor.html labels them ("Số (bỏ trống khi …)")
_NOTE_TOKEN = re.compile("|".join(re.escape(w) for w in sorted(NOTE_WORDS, key=len, reverse=True))
                         + r"|\b([a-z][a-z_]*)\b")
_NOTE_VALUE = re.compile(r"\b([a-z][a-z_]*) = (\"[^\"]*\")")  # code = "UBND-VP": the field, and what docgen put
_QUOTED = re.compile(r"(\"[^\"]*\"|«[^»]*»)")  # the original's own words, quoted: kept as they are


def note_label(name: str, section: str, hamlet_word: str) -> str:
    """Return the page's label of the field ``name`` a note speaks of, read in the note's own section first
    (``name`` of the signature, not of the issuer), else ""."""
    if section == "hamlets" and name in HAMLET_COLUMNS:
        return HAMLET_COLUMNS[name].format(word=hamlet_word)
    for head in [section] + [s for s in SECTIONS if s != section]:
        if head in SECTIONS and name in SECTIONS[head][1]:
            return NOTE_LABELS[name] if head == "document" and name in NOTE_LABELS else SECTIONS[head][1][name]
    return HAMLET_COLUMNS[name].format(word=hamlet_word) if name in HAMLET_COLUMNS else ""


def page_note(message: str, section: str, hamlet_word: str) -> str:
    """Return a note of the import as the page says it: the file's field names as the page labels them."""
    def swap(match: re.Match[str]) -> str:
        if match.group(1) is None:
            return NOTE_WORDS[match.group(0)]
        label = note_label(match.group(1), section, hamlet_word)
        return f"«{label}»" if label else match.group(0)

    def valued(match: re.Match[str]) -> str:
        label = note_label(match.group(1), section, hamlet_word)
        return f"«{label}» là {match.group(2)}" if label else match.group(0)

    pieces = _QUOTED.split(_NOTE_VALUE.sub(valued, message))
    return "".join(piece if index % 2 else _NOTE_TOKEN.sub(swap, piece) for index, piece in enumerate(pieces))
