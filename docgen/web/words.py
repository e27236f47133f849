"""The page's own words for where a problem is and what to do: "Thôn thứ 3, Tổng số hộ", never a file line
or a field path such as ``hamlets[3].households``, and never a server path.

The messages are the command line's (docgen/messages.py); only the few that tell the clerk to edit the
file ("viết không có ngoặc kép", "xóa khỏi danh sách confirm ở đầu tệp") have a page version here.
"""

from __future__ import annotations

import re
from typing import Any

from docgen import messages, vnformat

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
OUTLINE = {"parts": "Phần", "sections": "Mục", "items": "khoản", "points": "điểm", "columns": "cột"}
OUTLINE_FIELDS = {"title": "tiêu đề", "text": "đoạn", "bullets": "ý", "header": "tiêu đề cột", "group": "tiêu đề chung",
                  "figure": "số liệu", "id": "mã", "total": "chữ dòng tổng", "numbered": "đánh số"}
_STEP = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")

# CLI message → (page message, page hint); None keeps the CLI's own
PAGE_MESSAGES = {
    messages.NOT_CONFIRMED: ("chưa được xác nhận.", "Xem lại ô này (sửa nếu cần), rồi đánh dấu «Đã kiểm tra» ở khung "
                                                   "«Cần xác nhận» đầu trang."),
    messages._SCHEMA["int_type"][0]: ("Phải là một số, ví dụ 219 hoặc 1.250.", ""),
    messages._SCHEMA["string_type"][0]: ("Phải là chữ.", ""),
    messages._SCHEMA["date_type"][0]: ("Phải là một ngày có thật, viết ngày/tháng/năm: 24/10/2022.", ""),
    messages._SCHEMA["missing"][0]: ("Ô này cần được điền.", ""),
    messages.BULLET_TYPE: ("Mỗi ý viết một dòng; dòng bắt đầu bằng «+ » là ý con của dòng trên.", ""),
}
PAGE_HINTS = {messages._SCHEMA["missing"][1]: "Điền ô này.", messages.BAD_DATE_HINT: "Viết ngày có thật: 28/02/2025.",
              messages.DATE_OUTSIDE_YEAR_HINT: "Kiểm tra lại năm ở ô «Ngày ban hành» và ô «Năm kế hoạch»."}


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
    if head in OUTLINE or head == "appendices":
        return _outline_label(steps)
    label = LISTS.get(head, "")
    return f"{label} thứ {index}" if label and index else label


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


def page_message(message: str, hint: str) -> tuple[str, str]:
    """Return the message and hint as the page says them (the CLI's, unless they speak of the file)."""
    if message in PAGE_MESSAGES:
        page, page_hint = PAGE_MESSAGES[message]
        return page, page_hint or PAGE_HINTS.get(hint, hint if "tệp" not in hint else "")
    return message, PAGE_HINTS.get(hint, hint)


def page_problem(problem: Any, hamlet_word: str, hamlet_words: str) -> dict[str, Any]:
    """Return a problem as the page shows it: the field it belongs to (for the script), and page words."""
    message, hint = page_message(problem.message, problem.hint)
    return {"field": problem.location.field, "where": field_label(problem.location.field, hamlet_word, hamlet_words),
            "message": message, "hint": hint}
