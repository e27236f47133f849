"""The year's other documents from a plan: ``docgen new OUT.toml --from plans/2022.toml --kind quyet-dinh``.

Each is filled from the plan it cites: the issuer, the plan's number, date and summary in its bases and text,
the hamlets with the targets the plan gives them (as ``docgen build`` computes them), the appendices, the
signer. It is a draft (no number, no date). Everything docgen could only guess (the proposer, who signs, who
receives, the legal bases) is listed in ``confirm``, and the build waits until each entry is looked at.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import tomlkit

from docgen import messages, vnformat
from docgen.build import prepare
from docgen.calc import GROUPS
from docgen.errors import DocgenError
from docgen.kinds import Kind, kind_named
from docgen.kinds import messages as kind_messages
from docgen.output import write_atomic
from docgen.plan.load import load_plan
from docgen.plan.model import Plan
from docgen.render.context import symbol, with_figures

DERIVED = ("bao-cao", "quyet-dinh", "to-trinh", "cong-van")
LAW = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều "
       "của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019")
HEADER = "# VÍ DỤ / BẢN NHÁP: {kind} soạn từ {plan} bằng docgen new --kind {slug}; kiểm tra các mục trong confirm.\n"


def derived_kind(slug: str) -> Kind:
    kind = kind_named(slug)
    if kind is None or kind.slug not in DERIVED:
        raise DocgenError.single(kind_messages.NEW_KIND_UNKNOWN.format(kind=slug, kinds=", ".join(DERIVED)))
    return kind


def new_document(source: Path, target: Path, slug: str) -> Path:
    """Write the document of kind ``slug`` made from the plan in ``source`` to ``target``; return ``target``."""
    kind = derived_kind(slug)
    if target.exists():
        raise DocgenError.single(messages.NEW_TARGET_EXISTS, file=str(target), hint=messages.NEW_TARGET_EXISTS_HINT)
    plan, results = prepare(*load_plan(source), source)
    filled = with_figures(plan, results)
    data, confirm = _MAKERS[kind.slug](filled, results)
    data = _shared(filled, results, kind) | data
    data["confirm"] = confirm
    text = HEADER.format(kind=kind.name, plan=source.name, slug=kind.slug) + tomlkit.dumps(_ordered(data))
    write_atomic({target: text.encode("utf-8")})
    return target


def _cited(plan: Plan) -> str:
    """``Kế hoạch số 85/KH-UBND ngày 24/10/2022 của UBND xã Thịnh Đức`` (the plan as others cite it)."""
    doc = plan.document
    date = f" ngày {doc.date.day:02d}/{doc.date.month:02d}/{doc.date.year}" if doc.date else ""
    return f"{doc.kind} số {symbol(plan)}{date} của {plan.issuer.name}"


def _summary(plan: Plan) -> str:
    text = plan.document.summary
    return text[:1].lower() + text[1:]


def _shared(plan: Plan, results, kind: Kind) -> dict[str, Any]:
    """What every derived document carries over: issuer, signer, targets, hamlets with their computed targets."""
    issuer = plan.issuer.model_dump(exclude_defaults=True)
    hamlets = []
    for index, hamlet in enumerate(plan.hamlets):
        row = hamlet.model_dump(exclude_none=True)
        for group in GROUPS:  # the targets as the plan gives them, allocated or typed
            row[f"{group}_reduction"] = results.tables[group].rows[index].reduction
        hamlets.append(row)
    return {"issuer": issuer, "document": {"kind": kind.name, "code": kind.code or "VP"},
            "signature": plan.signature.model_dump(exclude_defaults=True),
            "recipients": {"items": list(plan.recipients.items), "archive": list(plan.recipients.archive)},
            "targets": {"year": plan.targets.year}, "hamlets": hamlets}


def _hamlet_target(name: str, poor: int, near: int) -> str:
    """One hamlet's clause of Điều 1; a count of zero is not written as "giảm 0 hộ"."""
    parts = [f"{vnformat.padded(n)} {words}" for n, words in ((poor, "hộ nghèo"), (near, "hộ cận nghèo")) if n]
    if not parts:
        return f"{name}: không giao chỉ tiêu giảm hộ nghèo, hộ cận nghèo"
    return f"{name}: giảm " + ", ".join(parts)


def _decision(plan: Plan, results) -> tuple[dict[str, Any], list[str]]:
    year, header = plan.targets.year, plan.issuer.header[-1]
    poor, near = results.tables["poor"].total.reduction, results.tables["near_poor"].total.reduction
    clauses = [{"text": [_hamlet_target(h.name, results.tables["poor"].rows[i].reduction,
                                        results.tables["near_poor"].rows[i].reduction)]}
               for i, h in enumerate(plan.hamlets)]
    articles = [
        {"text": [f"Giao chỉ tiêu giảm hộ nghèo, hộ cận nghèo năm {year} cho các xóm trên địa bàn xã, tổng số "
                  f"giảm {vnformat.padded(poor)} hộ nghèo và {vnformat.padded(near)} hộ cận nghèo, cụ thể:"],
         "clauses": clauses},
        {"text": ["Quyết định có hiệu lực kể từ ngày ký."]},
        {"text": [f"Văn phòng HĐND và UBND xã, công chức Văn hóa - Xã hội, Trưởng các xóm và các cơ quan, đơn vị "
                  f"có liên quan căn cứ Quyết định thi hành, tổ chức thực hiện {_cited(plan)}."]},
    ]
    signature = plan.signature.model_dump(exclude_defaults=True)
    signature.pop("on_behalf_of", None)  # the Chairman decides in his own name (the authority line says so)
    data = {"document": {"kind": "Quyết định", "code": "QĐ",
                         "summary": f"Về việc giao chỉ tiêu giảm hộ nghèo, hộ cận nghèo năm {year} cho các xóm"},
            "bases": [LAW, f"Căn cứ {_cited(plan)} về việc {_summary(plan)}"],
            "decision": {"authority": [f"CHỦ TỊCH ỦY BAN NHÂN DÂN {header}"],
                         "proposal": "Theo đề nghị của công chức Văn hóa - Xã hội xã", "articles": articles},
            "signature": signature}
    return data, ["bases", "decision.proposal", "signature", "recipients"]


def _submission(plan: Plan, results) -> tuple[dict[str, Any], list[str]]:
    doc = plan.document
    data = {"document": {"kind": "Tờ trình", "code": "TTr", "summary": f"Về việc đề nghị phê duyệt {_cited(plan)}"},
            "addressees": ["Hội đồng nhân dân xã"],
            "intro": [f"Thực hiện {'; '.join(b.rstrip(' ;.').removeprefix('Căn cứ ') for b in plan.bases)}."],
            "sections": [{"title": "Sự cần thiết", "text": [
                f"Để {_summary(plan)}, {plan.issuer.name} đã xây dựng {doc.kind} số {symbol(plan)}."]},
                {"title": "Nội dung chính", "text": [
                    f"Năm {plan.targets.year} giảm {{poor_reduction}} hộ nghèo và {{near_poor_reduction}} hộ cận "
                    f"nghèo trên địa bàn {{hamlet_count}} xóm (chi tiết tại {{appendix.{plan.appendices[0].id}}} "
                    f"kèm theo)." if plan.appendices else
                    f"Năm {plan.targets.year} giảm {{poor_reduction}} hộ nghèo và {{near_poor_reduction}} hộ cận "
                    f"nghèo."]}],
            "closing": f"{plan.issuer.name} kính trình xem xét, phê duyệt {_cited(plan)}",
            "appendices": [a.model_dump(exclude_defaults=True) for a in plan.appendices]}
    return data, ["addressees", "signature", "recipients"]


def _hamlet_head(name: str) -> str:
    """Return "Trưởng xóm Phú" for the hamlet "Xóm Phú" as for "Phú": the office, then the hamlet's own name."""
    word = "xóm "
    return f"Trưởng {word}{name[len(word):] if name.casefold().startswith(word) else name}"


def _letter(plan: Plan, results) -> tuple[dict[str, Any], list[str]]:
    data = {"document": {"kind": "Công văn", "code": "VP", "summary": f"V/v triển khai {_cited(plan)}"},
            "addressees": [_hamlet_head(h.name) for h in plan.hamlets],
            "intro": [f"{plan.issuer.name} ban hành {_cited(plan)} về việc {_summary(plan)} (gửi kèm theo).",
                      f"Để triển khai thực hiện, {plan.issuer.name} đề nghị Trưởng các xóm tổ chức phổ biến đến "
                      f"Nhân dân, phấn đấu hoàn thành chỉ tiêu giảm hộ nghèo, hộ cận nghèo được giao năm "
                      f"{plan.targets.year}; định kỳ báo cáo kết quả về UBND xã (qua công chức Văn hóa - Xã hội)."],
            "closing": "Đề nghị Trưởng các xóm quan tâm, thực hiện"}
    return data, ["addressees", "document.code", "signature", "recipients"]



def _report(plan: Plan, results) -> tuple[dict[str, Any], list[str]]:
    """The year-end report: every hamlet's result row starts at 0 for the clerk to fill (listed in confirm)."""
    year = plan.targets.year

    def group(words: str, key: str, table: str) -> list[str]:
        return [f"Năm {year}, toàn xã giảm {{result.{key}_reduced}} {words} (chỉ tiêu kế hoạch: giảm "
                f"{{result.{key}_target}} {words}); phát sinh mới {{result.{key}_new}} {words}; cuối năm còn "
                f"{{result.{key}_end}} {words}, tỷ lệ {{result.{key}_rate}}%. Có {{result.{key}_reached}}/"
                f"{{hamlet_count}} xóm đạt chỉ tiêu được giao, cụ thể:", f"{{table.{table}}}"]

    data = {"document": {"kind": "Báo cáo", "code": "BC",
                         "summary": f"Kết quả thực hiện {_cited(plan)} về việc {_summary(plan)}"},
            "intro": [f"Thực hiện {_cited(plan)}, {plan.issuer.name} báo cáo kết quả thực hiện năm {year} như sau:"],
            "sections": [{"title": "Kết quả thực hiện", "items": [
                {"title": "Kết quả giảm hộ nghèo", "text": group("hộ nghèo", "poor", "ket_qua_ngheo")},
                {"title": "Kết quả giảm hộ cận nghèo",
                 "text": group("hộ cận nghèo", "near_poor", "ket_qua_can_ngheo")}]},
                {"title": "Tồn tại, hạn chế và nguyên nhân", "text": ["(Ghi các tồn tại, hạn chế và nguyên nhân.)"]},
                {"title": f"Phương hướng, nhiệm vụ năm {year + 1}", "text": [
                    "(Ghi phương hướng, nhiệm vụ năm sau; kế hoạch năm sau soạn bằng docgen new.)"]}],
            "closing": f"Trên đây là báo cáo kết quả thực hiện {_cited(plan)}",
            "results": [{"hamlet": h.name, "poor_reduced": 0, "poor_new": 0, "near_poor_reduced": 0,
                         "near_poor_new": 0} for h in plan.hamlets]}
    return data, ["results", "sections[2]", "sections[3]", "signature", "recipients"]


_MAKERS = {"bao-cao": _report, "quyet-dinh": _decision, "to-trinh": _submission, "cong-van": _letter}
_ORDER = ("bases", "intro", "closing", "addressees", "confirm", "issuer", "document", "decision", "sections",
          "signature", "recipients", "targets", "hamlets", "results", "appendices")


def _ordered(data: dict[str, Any]) -> dict[str, Any]:
    """Plain values first, then tables (TOML needs them so), in the order a clerk reads the document."""
    return {key: data[key] for key in _ORDER if key in data}
