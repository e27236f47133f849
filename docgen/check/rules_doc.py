"""Writes docs/check-rules.md from the rule registry, so that the reference and the code cannot drift.

Run ``python -m docgen.check.rules_doc docs/check-rules.md``; a test checks the committed file is current.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from docgen.check import messages
from docgen.check.heldout_doc import HELD_OUT
from docgen.check.rules import RULES

HEADER = """# Decree 30 rules checked by `docgen check`

<!-- Generated from docgen/check/rules by `python -m docgen.check.rules_doc docs/check-rules.md`. Do not edit. -->

`docgen check FILE.docx` judges any Word document (made by docgen or typed by hand) against the form rules
of Nghị định 30/2020/NĐ-CP. Each rule has a stable id, a default severity and the clause of the decree it
enforces; the description is what a clerk reads in the report. An **error** (lỗi) breaks the decree's text;
a **warning** (cảnh báo) flags a draft not yet filled in, a common practice the decree does not state, an
estimated length, or an element the checker could not find (its other rules were then not applied).

## How the checker reads a document

- **Formatting as Word shows it.** Font, size, bold, italic and capitals of each run are resolved through the
  run, its character style, the paragraph style and its `basedOn` chain, the table style and the document
  defaults (`w:docDefaults`), down to Word's built-in defaults; theme fonts are looked up in the theme. Bold
  and italic combine across style types as ECMA-376 §17.7.3 says. Automatic list numbers ("1.", "a)") are
  read as Word prints them, so Word's English lettering (… e, f) is caught.
- **The kind of document first.** A công văn (no type name; its summary is the "V/v …" line under the number,
  never read as the place and date) is laid out differently from a document with a type name (KẾ HOẠCH,
  QUYẾT ĐỊNH …). A Party document ("ĐẢNG CỘNG SẢN VIỆT NAM" or a Party committee at the top), the paper of a
  socio-political organisation (its name, "HỘI NÔNG DÂN VIỆT NAM", "CÔNG ĐOÀN …", at the top, no national name),
  a contract between parties ("HỢP ĐỒNG …", "BÊN A", "BÊN B") that no body issues, a citizen's letter or
  application (national name but no issuing body and no number; a type such as ĐƠN, TỜ KHAI, or a person writing
  "Tôi …"), another paper with the national name and no issuing body or number (a register, a group's notice)
  and a form without national name, issuing body and number are outside Decree 30, and so is a legal normative
  document (a Luật, Pháp lệnh,
  Nghị định, Thông tư, or a quyết định, chỉ thị or nghị quyết of a UBND or HĐND whose number carries the year,
  "15/2010/QĐ-UBND", and whose bases cite the Law on legal documents or whose recipients name the Ministry of
  Justice's Cục Kiểm tra văn bản: the year alone leaves a decision judged): the report says so once, with the
  reason (`outside-scope`), and judges nothing else. A file without a letter of text (the page images of a scan)
  gets one finding saying so (`no-text`). Lines typed without Vietnamese diacritics ("So:", "CONG HOA
  XA HOI …", "Noi nhan:", "Kinh gui:") are read for the element they are, and judged (their text lacks the marks).
  The column "Applies to" of the table below says which kinds each rule judges.
- **Parts that are not body text** get no body rules: the authority line of a decision ("CHỦ TỊCH ỦY BAN
  NHÂN DÂN …"), "Kính gửi: …", "QUYẾT ĐỊNH:", headings ("I.", "Phần", "Chương", "Điều") and the title under a
  "Chương", captions (short centred bold or italic lines), lines of dots left to fill in. "Căn cứ …" lines are
  judged as bases; "Theo đề nghị của …" and "Xét …" close the bases, and in a decision a ground of purpose
  above "QUYẾT ĐỊNH:" ("Để bảo đảm thi hành …") is one too; the last basis is not judged for its mark when the
  decider's line ("Tôi, …; chức vụ: …") follows it. A text issued with the document (a quy chế,
  quy định after the signature, with its "(Ban hành kèm theo …)" line) is judged as the text it is: its title,
  its reference line, its body, its own numbering of Chương, Điều (running on) and khoản (restarting in each
  Điều).
- **What people actually type** is read: "TL.", "KT.", "Q." and a plain "CHỦ TỊCH" on a chairman's decision
  are lawful signatures; a one-page document needs no page number; lines under the issuer or the motto may be
  shapes or borders in the next row of the top table; a first line is judged where it prints (its indents,
  then leading tabs to the next tab stop: a custom stop, a hanging line's left indent, Word's default stops), and
  a one-line paragraph indented as a whole prints as a first-line indent (a reminder); a list under its own
  lead-in line ("Hồ sơ đính kèm:") or printed deeper than the one before has its own numbers, and the outer list
  runs on after it; "NGƯỜI RA QUYẾT ĐỊNH" (a decision made in person) is a lawful signature, and an office title
  under the signing space ("CHỦ TỊCH UBND") is no name; a recipient
  may wrap onto a second paragraph; the top block may be laid out with spaces or tabs; a number may carry a
  year (30/2020/NĐ-CP); footnote calls (a lone digit) are not judged as text; placeholders (`{{ so_van_ban }}`,
  `[Tên cơ quan]`, dots) are reported once as places to fill in (`placeholder`, `number-blank`, `date-blank`),
  not as errors of form (a mail merge's `{doc_no}` is noted too, the text around it judged as typed; a slot after
  the type code, "QĐ………(3)", an archive line "- Lưu: ……" and a bracketed "(Nội dung …...)" are not judged as
  content); after a numbering break the count resynchronises on the typed numbers ("Điều 13." then "Điều 4." is
  one typo); a left-aligned line too short to wrap prints as a justified one and is not reported;
  a signer's name typed under the signature table is the signer (its alignment there is not judged); a parent
  body is told by its weight, or by the unit under it ("SỞ …", "PHÒNG …", "VỤ …" under "UBND TỈNH …", "BỘ …"),
  and is then reminded, not faulted, when bold. Reminders where the text is certain: "TL. VỤ TRƯỞNG" above
  "PHÓ VỤ TRƯỞNG" (a deputy of the same unit signs "KT."), a deputy's title signed alone, a type name typed
  with its summary as one line, a basis citing a document without "Căn cứ", a rule typed as hyphens, a "KT."
  line without the deputy's own title under it, an issuer block naming three bodies, a "(Kèm theo …)" date
  in figures.
- **Several documents in one file** (a template and its filled copy, two copies after a page break): a second
  national name, motto and "Số:" line after the first document's "Nơi nhận:", with no "Phụ lục", "Mẫu số" or
  "(Kèm theo …)" line between, starts another document. The first is judged on its own and one note says how
  many the file holds (`several-documents`); the others are not judged (check them as files of their own).
- **An internal approval slip** (a request laid out like a document, "ĐỀ NGHỊ …", with a box for the superior's
  approval, "Phê duyệt của Lãnh đạo:", "Ý kiến phê duyệt", between its title and its text) is outside Decree 30
  (`outside-scope`), like a phiếu trình.
- **A top block typed with the space bar**: the number and the place and date typed on one line are two elements,
  each judged on its own runs (an italic date does not make the number italic); a basis ("Căn cứ Quyết định số
  … ngày 30/09/2015 …") is never the place and date; the widest line of an issuer block whose other lines are
  centred on it with spaces is not judged left-aligned.
- **Long reports and templates**: a table of figures (more than three columns, no "Nơi nhận:") is never the end
  block, so a heading such as "TL HT" (tỷ lệ hoàn thành) is no "TL." signature and its "TỔNG" row no signing
  title; a note typed under the closing "- Lưu: …." line ("Số eOffice: …") is no recipient. A list number with
  no text ("1" beside a chart), a web address on its own line and a short bold or italic caption pushed with
  spaces are not prose (no indent, alignment, size or spacing judged); a template's dotted slots ("……", "- Lưu:
  VT, ......") are not asked for their end marks; the body's size is read from its words, not from a lone
  punctuation mark in another size (the last "." of "./.").
- **Elements found by their text and position**, not by docgen's styles: the national name and motto by
  their words; "Số:" and the place/date line in the top block; the issuing body as the lines above "Số:" in
  its column; the document type as the first upper-case paragraph after the top block, the summary right
  after it; the body up to the table or paragraphs holding "Nơi nhận:" and the signing lines (a joint
  document's "Nơi nhận:" in a table of its own right under or right above the signers' table is read with
  it); appendices as "Phụ lục …" lines after that, or as a table under an upper-case title and its "(Kèm theo
  …)" line (before any "Phụ lục" line; all judged of such an appendix is a warning). The top block may be a
  table or tab-separated lines.
- **Where**: `đoạn N` counts every paragraph of the document, table cells included, from 1; a paragraph in
  a table also gives `bảng, dòng, cột`. A wrong value set in a style (or in the document defaults) is
  reported once for the style, with how many paragraphs it affects and the first one; page setup shared by
  several sections is reported once for them all; the same fault set paragraph by paragraph on three or more
  paragraphs is one finding naming how many and the first ones, and so is any rule's same finding at five
  places or more.

## Limits

- Lengths of the short lines are compared with text widths estimated from the number of characters.
- The number of pages is estimated from the text (lines at each paragraph's size and spacing): a document
  estimated under 0.9 of a page needs no page number. On the corpus the estimate agreed with LibreOffice's page
  count on every document tried (one page up to 0.99 estimated, two pages from 1.37).
- A document is put outside Decree 30 only on what its top block shows: a Party name or committee; a national
  name without issuing body, number or a "TM."/"KT." signature; neither national name nor number. A top block
  typed in text boxes is found when the national name is in one: its elements are said to be there
  (`element-missing`, "trong khung văn bản") and their position and format are not judged. A top block
  that is not recognised at all (a picture of it, for example) makes the document a form: read its reason.
- Indents given in characters (`w:firstLineChars`) are not read; floating shapes count for the paragraph
  they are anchored in.

## Rules

| Id | Severity | Clause (NĐ 30/2020) | Applies to | Rule |
|---|---|---|---|---|
"""
GENRES = {"typed": "type name", "cong_van": "công văn", "party": "Party", "private": "private",
          "form": "form", "legal": "legal normative", "internal": "internal slip", "unissued": "unissued paper",
          "contract": "contract", "mass": "socio-political organisation", "approval": "approval slip",
          "no_text": "no text (scan)"}
PRECISION = Path(__file__).resolve().parents[2] / "docs" / "check-precision.json"
PRECISION_METHOD = """
## Precision on the corpus

<!-- From docs/check-precision.json, written by `python benchmarks/precision.py --write`. -->

**Method.** The corpus (tests/check/corpus, its README gives each document's origin) holds the templates of
Nghị định 30/2020/NĐ-CP itself (Phụ lục III, cut one file per template), documents rebuilt with python-docx
after published công văn, quyết định (with the quy chế they issue), kế hoạch, thông báo, báo cáo, tờ trình and
templates, a Party document, citizens' applications and a form. Each document was checked, each finding read
against the document (rendered with LibreOffice where in doubt) and judged true or false; the true ones are
recorded with the document and asserted by tests/check/test_corpus.py, which fails on any other finding.
`benchmarks/precision.py` counts a finding true when its rule is recorded for its document (up to the recorded
number) and false otherwise: precision = true ÷ all findings. `--outside DIR` adds real files that may not be
redistributed (13 citizens' applications and forms from public repositories, each expected to give one
`outside-scope` finding and nothing else).

**Caveat.** Most of the corpus was used to find and fix the false findings, so its precision is not an unbiased
estimate. Six documents (`to-trinh-go-bang-dau-cach`, `ke-hoach-so-trang-chan`, `cong-van-so-kt-giam-doc`,
`bao-cao-khong-can-cu`, `ke-hoach-ky-hieu-qd`, `quyet-dinh-ngay-thieu-0`) were written afterwards and checked
once before any further change: 12 of their 16 findings were true (75%); the four false ones (a "Về việc" under
a type name read as a công văn summary, "Kính gửi" read as a summary line, a department's place name read
across its province's line) were then fixed. A second batch of five (`quyet-dinh-tham-quyen-hai-dong`,
`cong-van-tuq`, `bao-cao-chia-phan`, `thong-bao-t-m`, `ke-hoach-co-chu-tieu-ngu`), written and run once the
same way, gave 6 findings, all true; a third batch of five (`ke-hoach-trich-yeu-hai-dong`, `cong-van-vv-hai-dong`,
`quyet-dinh-nhay-dieu`, `ke-hoach-noi-nhan-11`, `ke-hoach-dong-15pt`) gave 3 findings, all true, and none
missed. Over the three held-out batches: 21 of 25 findings true (84%), 100% after the fixes.
The same corpus checked by the checker before this work:
"""


def rules_markdown() -> str:
    """Return the Markdown reference of every registered rule, then the measured precision."""
    rows = [f"| `{rule.rule_id}` | {rule.severity} ({messages.SEVERITIES[rule.severity].lower()}) | "
            f"{rule.clause} | {', '.join(GENRES[g] for g in rule.genres)} | {rule.description} |" for rule in RULES]
    return HEADER + "\n".join(rows) + "\n" + precision_markdown() + HELD_OUT


def precision_markdown() -> str:
    """Return the precision section, from the last measurement stored in docs/check-precision.json."""
    if not PRECISION.exists():
        return ""
    result = json.loads(PRECISION.read_text(encoding="utf-8"))
    before = result.get("before", {})
    lines = [PRECISION_METHOD.rstrip("\n") + f" {before.get('true', 0)} true and {before.get('false', 0)} false "
             f"findings ({before.get('precision', 0):.1%}).", "",
             f"**Result.** {result['documents']} documents ({result['real']} real), {result['true']} true and "
             f"{result['false']} false findings: **precision {result['precision']:.1%}**; true findings recorded "
             f"but not given: {result['missed']}; the slowest document took {result['max_seconds']:.2f} s.", "",
             "| Rule | True | False |", "|---|---|---|"]
    lines += [f"| `{rule}` | {n['true']} | {n['false']} |" for rule, n in result["by_rule"].items()]
    lines += ["", "| Document | Kind | Real | True | False |", "|---|---|---|---|---|"]
    lines += [f"| {row['name']} | {row['kind']} | {'yes' if row['real'] else 'rebuilt'} | {row['true']} | "
              f"{row['false']} |" for row in result["rows"]]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    """Write the reference to the path given (default docs/check-rules.md)."""
    target = Path(argv[0] if argv else "docs/check-rules.md")
    target.write_text(rules_markdown(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
