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

DERIVED = ("bao-cao", "quyet-dinh", "to-trinh", "cong-van", "thong-bao", "huong-dan", "chuong-trinh")
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
            "recipients": plan.recipients.model_dump(include={"items", "archive", "archive_line"},
                                                     exclude_defaults=True) | {"items": list(plan.recipients.items)},
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
    last = len(plan.hamlets) - 1  # a list of clauses: each ends with ";", the last with "."
    clauses = [{"text": [_hamlet_target(h.name, results.tables["poor"].rows[i].reduction,
                                        results.tables["near_poor"].rows[i].reduction) + ("." if i == last else ";")]}
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
            "appendices": _appendices(plan)}
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
        return [f"Năm {year}, toàn xã giảm {{result.{key}_reduced}} {words}, {{result.{key}_of_target}}; phát "
                f"sinh mới {{result.{key}_new}} {words}; cuối năm còn {{result.{key}_end}} {words}, chiếm "
                f"{{result.{key}_rate}}% tổng số hộ. Có {{result.{key}_reached}}/{{hamlet_count}} xóm đạt chỉ tiêu "
                f"được giao, cụ thể:", f"{{table.{table}}}"]

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


def _appendices(plan: Plan) -> list[dict[str, Any]]:
    return [a.model_dump(exclude_defaults=True) for a in plan.appendices]


def _detail(plan: Plan) -> str:
    """" (chi tiết tại Phụ lục I, Phụ lục II kèm theo)" when the plan has appendices, else ""."""
    cited = ", ".join(f"{{appendix.{a.id}}}" for a in plan.appendices)
    return f" (chi tiết tại {cited} kèm theo)" if cited else ""


def _notice(plan: Plan, results) -> tuple[dict[str, Any], list[str]]:
    """A Thông báo to the hamlets and the people of the targets the plan gives them."""
    year = plan.targets.year
    data = {"document": {"kind": "Thông báo", "code": "TB",
                         "summary": f"Chỉ tiêu giảm hộ nghèo, hộ cận nghèo năm {year} giao cho các xóm"},
            "intro": [f"Thực hiện {_cited(plan)} về việc {_summary(plan)}, {plan.issuer.name} thông báo chỉ tiêu "
                      f"giảm hộ nghèo, hộ cận nghèo năm {year} giao cho các xóm như sau:"],
            "sections": [
                {"title": "Chỉ tiêu chung", "text": [
                    f"Năm {year}, toàn xã phấn đấu giảm {{poor_reduction}} hộ nghèo và {{near_poor_reduction}} hộ "
                    f"cận nghèo trên địa bàn {{hamlet_count}} xóm."]},
                {"title": "Chỉ tiêu của từng xóm", "text": [
                    f"Mỗi xóm được giao chỉ tiêu giảm hộ nghèo, hộ cận nghèo{_detail(plan)}."]},
                {"title": "Tổ chức thực hiện", "text": [
                    "Trưởng các xóm thông báo chỉ tiêu được giao đến Nhân dân, tổ chức thực hiện và báo cáo kết quả "
                    "về UBND xã (qua công chức Văn hóa - Xã hội)."]}],
            "closing": f"{plan.issuer.name} thông báo để Trưởng các xóm và Nhân dân biết, thực hiện",
            "appendices": _appendices(plan)}
    return data, ["sections[2]", "signature", "recipients"]


HAMLET_COLUMNS = [("order", "TT"), ("hamlet", "Tên xóm"), ("poor", "Hộ nghèo đầu năm"),
                  ("poor_reduction", "Chỉ tiêu giảm hộ nghèo"), ("near_poor", "Hộ cận nghèo đầu năm"),
                  ("near_poor_reduction", "Chỉ tiêu giảm hộ cận nghèo")]


def _guide(plan: Plan, results) -> tuple[dict[str, Any], list[str]]:
    """A Hướng dẫn to the hamlets on following and reporting their results, with a table of each thôn's
    targets in its text (the figures the plan computes)."""
    year = plan.targets.year
    table = {"id": "chi_tieu_xom", "title": f"Chỉ tiêu giảm nghèo năm {year} của các xóm",
             "columns": [{"figure": figure, "header": header} for figure, header in HAMLET_COLUMNS]}
    data = {"document": {"kind": "Hướng dẫn", "code": "HD",
                         "summary": f"Theo dõi, báo cáo kết quả giảm hộ nghèo, hộ cận nghèo năm {year} ở các xóm"},
            "intro": [f"Để thực hiện {_cited(plan)} về việc {_summary(plan)}, {plan.issuer.name} hướng dẫn các "
                      f"xóm theo dõi, báo cáo kết quả giảm hộ nghèo, hộ cận nghèo năm {year} như sau:"],
            "sections": [
                {"title": "Mục đích, yêu cầu", "text": [
                    "Nắm chắc kết quả giảm nghèo của từng xóm; số liệu báo cáo đúng, đủ, kịp thời."]},
                {"title": "Nội dung", "items": [
                    {"title": "Chỉ tiêu của từng xóm", "text": [
                        "Mỗi xóm theo dõi việc thực hiện chỉ tiêu được giao, cụ thể:", "{table.chi_tieu_xom}"]},
                    {"title": "Theo dõi, báo cáo", "text": [
                        f"Trưởng xóm ghi số hộ đã thoát nghèo, thoát cận nghèo và số hộ phát sinh mới; báo cáo về "
                        f"UBND xã trước ngày 15 tháng 12 năm {year}."]}]},
                {"title": "Tổ chức thực hiện", "text": [
                    "Công chức Văn hóa - Xã hội tổng hợp kết quả của các xóm, tham mưu UBND xã báo cáo cấp trên."]}],
            "closing": f"Trên đây là Hướng dẫn theo dõi, báo cáo kết quả giảm nghèo năm {year}; trong quá trình "
                       "thực hiện có vướng mắc, các xóm phản ánh về UBND xã để được hướng dẫn",
            "tables": [table]}
    return data, ["sections[1]", "sections[2]", "signature", "recipients"]


def _programme(plan: Plan, results) -> tuple[dict[str, Any], list[str]]:
    """A Chương trình công tác: the year's tasks of the plan, each with its time and who leads it, in a table."""
    year = plan.targets.year
    rows = [["1", "Phổ biến kế hoạch, giao chỉ tiêu cho các xóm", f"Quý I/{year}", "UBND xã", "Trưởng các xóm"],
            ["2", "Hỗ trợ hộ nghèo, hộ cận nghèo theo kế hoạch", f"Quý II, III/{year}", "Công chức Văn hóa - Xã hội",
             "Các đoàn thể"],
            ["3", "Rà soát hộ nghèo, hộ cận nghèo cuối năm", f"Quý IV/{year}", "Ban chỉ đạo giảm nghèo xã",
             "Trưởng các xóm"],
            ["4", "Sơ kết, báo cáo kết quả thực hiện", f"Tháng 12/{year}", "UBND xã", "Các xóm"]]
    table = {"id": "lich_cong_tac", "title": f"Nội dung công tác năm {year}",
             "header": [["TT", "Nội dung", "Thời gian", "Chủ trì", "Phối hợp"]], "rows": rows,
             "widths": [11, 60, 28, 39, 32], "align": ["center", "left", "center", "left", "left"]}
    data = {"document": {"kind": "Chương trình", "code": "CTr",
                         "summary": f"Công tác giảm nghèo bền vững năm {year}"},
            "intro": [f"Thực hiện {_cited(plan)} về việc {_summary(plan)}, {plan.issuer.name} ban hành Chương "
                      f"trình công tác giảm nghèo năm {year} như sau:"],
            "sections": [
                {"title": "Mục tiêu", "text": [
                    f"Năm {year}, giảm {{poor_reduction}} hộ nghèo và {{near_poor_reduction}} hộ cận nghèo"
                    f"{_detail(plan)}."]},
                {"title": "Nội dung và thời gian thực hiện", "text": ["{table.lich_cong_tac}"]},
                {"title": "Tổ chức thực hiện", "text": [
                    "Các cơ quan, đơn vị, Trưởng các xóm căn cứ Chương trình này triển khai thực hiện; định kỳ báo cáo "
                    "kết quả về UBND xã."]}],
            "closing": f"Trên đây là Chương trình công tác giảm nghèo năm {year} của {plan.issuer.name}",
            "tables": [table], "appendices": _appendices(plan)}
    return data, ["tables", "sections[2]", "signature", "recipients"]


_MAKERS = {"bao-cao": _report, "quyet-dinh": _decision, "to-trinh": _submission, "cong-van": _letter,
           "thong-bao": _notice, "huong-dan": _guide, "chuong-trinh": _programme}
_ORDER = ("bases", "intro", "closing", "addressees", "confirm", "issuer", "document", "decision", "sections",
          "signature", "recipients", "targets", "hamlets", "results", "tables", "appendices")


def _ordered(data: dict[str, Any]) -> dict[str, Any]:
    """Plain values first, then tables (TOML needs them so), in the order a clerk reads the document."""
    return {key: data[key] for key in _ORDER if key in data}
