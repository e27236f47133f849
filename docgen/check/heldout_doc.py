"""The held-out measurement of issue 18, written into docs/check-rules.md after the corpus precision (kept apart
from rules_doc.py so that its text can change without touching the generator)."""

HELD_OUT = """
## Precision on real documents it was not tuned on (issue 18)

**Method.** Real Vietnamese administrative documents were taken from public repositories (never copied into the
project: `benchmarks/heldout/batch_*.json` records each one's repository, path and commit). Every finding of
`docgen check --format json` was judged by hand against the document (its XML, and its LibreOffice rendering where
alignment, rules or page count were in doubt), with the verdicts of `../shared/corpus/check/README.md`: TP (the
document breaks the rule and the message is right), FP (it does not, or the checker misread it), DEB (debatable:
practice rather than rule), OOS (outside Decree 30: one `outside-scope` note is the right answer). Real defects
the checker did not report were listed as misses. **Precision = TP ÷ (TP + FP + OOS)**; DEB is counted apart.
`python benchmarks/heldout.py benchmarks/heldout/batch_a.json --mirrors DIR` re-scores a batch on today's code;
a finding that matches no judged one is listed as *unjudged* and must be judged before a figure is quoted.

1. **Batch A** (13 documents: quyết định with and without an attached điều lệ or quy định and forms, kế hoạch,
   báo cáo, công văn, thông báo kết luận, tờ trình, a draft thông tư, two templates), judged **before any change**:
   139 findings, 90 TP, 35 FP, 7 OOS, 7 DEB: **68.2%** (errors 64.6%, warnings 78.8%; without the blank number
   and date notes 63.6%); 10 misses, none reported. The causes were then fixed, on batch A and the 11 corpus
   documents together: signature-on-behalf is a reminder warning, never given for CHỦ TỊCH / KT. CHỦ TỊCH (so a
   build never refuses on it); a line centred with spaces is centred; template slots are not judged as content and
   a template's elements are not reported missing; an unused even-page header is not judged; a landscape appendix
   may keep the portrait margins turned; "(Ban hành kèm theo …)" and a reference line typed over two paragraphs are
   read; "PHỤ LỤC 01: CÁC BIỂU MẪU" starts an appendix, so forms are not body text; an attached quy chế ends at its
   "./."; captions and short bold lines are not prose; a text issued with a decision (mẫu 1.3) is not asked for a
   number, date, recipients or signature; no page number is judged on a one-page document; "Xét đề nghị …:" is not
   the end of the bases; Luật, Nghị định, Thông tư and phiếu trình are said to be out of scope; chapter lines,
   article headings and titled khoản are reported (new warnings). Body alignment, the signer's name and numbering
   continuity became warnings (their findings were mostly false and their precision is not shown).
   After the fixes (no longer held out): 117 of 119 judged findings true (**98.3%**, with the typing warnings
   below), 6 of the 10 misses reported.
2. **The corpus** (`../shared/corpus/check`, 11 documents): 55 of 90 true (61.1%) before; **97.3%** after
   (73 of 75; 18 findings judged after the fixes: 15 in `benchmarks/heldout/corpus_after.json`, 3 as reported
   misses); 4 of its 11 misses reported; 76 of 78 (97.4%) with the peer checks' three. After the fixes of batch
   D's causes: **81 of 83 (97.6%)**, the five more being `bases-word` on the three bases of vbai06 typed without
   "Căn cứ" and, as those lines are now read as bases, their wrong punctuation ("," for ";" and for the closing
   "."): 5 of its 11 misses reported; **all 55 judged true findings are still given** (`python benchmarks/heldout.py
   ../shared/corpus/check/verdicts.json --docs ../shared/corpus/check --kept --misses
   ../shared/corpus/check/misses.json --caught benchmarks/heldout/corpus_caught.json --extra
   benchmarks/heldout/corpus_after.json`).
3. **Batch B** (11 other documents of the same kinds), collected before the fixes, **judged once, after them**, and
   not used for any change: 63 findings, 51 TP, 6 FP, 6 DEB: **89.5%** (errors 90.3%, warnings 88.5%; without the
   blank number and date notes 84.6%); 3 misses, none reported. The six false findings have causes not yet fixed:
   an authority line under a two-line summary read as a third summary line (two findings), the sentence-case second
   title line of an attached "DANH SÁCH", a summary typed in a one-cell table, a signer's name typed after the
   signature table, a title pushed with more spaces than the estimate allows. The first cause was then fixed (an
   upper-case line under a lower-case summary is the authority line): 52 of 56 (92.9%), no longer held out
   (errors 93.3%, warnings 92.3%).
   The 95% aim is met on the documents the fixes were made on, **not yet on the held-out batch B**. After the
   fixes of batch D's causes the signer's name typed after the signature table (B06) is read: its false
   "signer missing" is gone (53 of 56, **94.6%**), the split signature is reported by `docgen check --layout`, and
   the same reading finds the name of B09 ("Nguyễn Minh", typed after the table far to the right with spaces, at
   the foot of page 2 in LibreOffice): its "signer missing", judged true when the batch was judged, was a wrong
   verdict (it is the one judged true finding no longer given).
4. **Batch C** (14 other documents from four repositories used by no earlier batch: two reports of a commune's
   Phòng Văn hóa - Xã hội, a kế hoạch of a Sở (a .doc of 2011), two quyết định and a chỉ thị of provincial UBND
   that are legal normative documents (.doc, 2009–2010), a draft Nghị định, two công văn, a thông báo kết luận and a
   quyết định from another generator's output (two typed without diacritics), a report template with Jinja slots, a
   fragment of a draft công văn, a party member's self-assessment in TCVN3 fonts; a .doc is converted by
   LibreOffice, as `docgen check` does), **judged once, before any fix**, on the checker of commit 8abc040
   (`benchmarks/heldout/batch_c.json`): 108 findings, 59 TP, 6 FP, 37 OOS, 6 DEB: **57.8%** (errors 45.3%,
   warnings 78.9%; without the blank number and date notes 54.7%); 20 misses, none reported. The three legal
   normative documents alone give the 37 OOS; on the other eleven it is 59 of 65 (**90.8%**; errors 87.9%,
   warnings 93.8%). The draft Nghị định, the party paper and the fragment are rightly refused. The false findings
   and the misses, by cause:
   - *a legal normative decision or chỉ thị of a UBND* (a number with the year, "15/2010/QĐ-UBND", bases citing the
     Law on legal documents) is checked as an administrative document: 37 findings, 3 misses (no outside-scope
     note); only Luật, Pháp lệnh, Nghị định and Thông tư are recognised;
   - *"XÃ HỘI" in a body's name* ("PHÒNG VĂN HÓA - XÃ HỘI") is read as a commune named "Hội", so `place-name` wants
     "Hội" as the place (2 findings);
   - *a text typed without diacritics* ("So:", "CONG HOA XA HOI …"): the number line is not found, then taken for the
     issuer's second line (3 findings), or the whole công văn is called a form or internal paper (1 finding); the
     missing diacritics themselves, the bases without "Căn cứ", the missing authority line and "QUYẾT ĐỊNH:", a
     Thứ trưởng signing without "KT. BỘ TRƯỞNG" and a 5 mm issuer rule go unreported (7 misses);
   - *rules typed as characters*: a row of hyphens under the issuer of a template is not reported (1 miss; the one
     under the motto is);
   - *other misses*: "Số" without its colon (2), a Quốc hiệu wrapped onto two lines in a narrow column (3), a deputy
     signing "TL." instead of "KT." for the head of the same unit, a bold parent-body line ("UBND TỈNH PHÚ THỌ": the
     first bold line is taken as the start of the issuing body, so a bold parent is never questioned), type name
     and summary typed as one upper-case line, 12.5 pt section headings.
   Debatable (6): a weekly working report of a section to its phòng's leaders (is it an issued báo cáo?), a
   fragment of a draft công văn (refused, but called a form), a comma not bold in a summary, a template's issuer
   slot judged for its letter case.
   The 95% aim was **not met on batch C** when it was held out, even without its legal normative documents.
   Three causes were then fixed (so batch C is **no longer held out**): a quyết định, chỉ thị or nghị quyết whose
   number carries the year *and* whose bases cite the Law on legal documents or whose recipients name the
   Ministry of Justice's Cục Kiểm tra văn bản is said out of scope (the year alone leaves a decision judged);
   "xã hội" in a body's name is no commune; lines typed without diacritics are read ("So:", "CONG HOA …", "Noi
   nhan:", "Kinh gui:") and a text typed without them gets one report-only warning, `text-diacritics`. After
   them, on the checker of this branch: 66 of the 66 findings judged before the fixes are true (**100%**, errors
   29/29, warnings 37/37; DEB 6 apart); 7 findings given only since the fixes (the blank numbers, the unmarked
   Quốc hiệu, motto, "Noi nhan:", "Luu: …" and the type code "QD" of C07 and C08) were judged afterwards, all
   true (`benchmarks/heldout/batch_c_after.json`): 73 of 73 with them; **7 of the 20 misses reported** (the
   three outside-scope notes, the two unmarked texts, the two short issuer rules).
   Eight more of its misses were then reported, each by a small rule (report-only warnings where new, their
   precision not shown): "Số      /BTC-TCCB" without its colon (`number-form`, now also on a number left blank, as a
   warning; C05, C06); "TL. VỤ TRƯỞNG" above "PHÓ VỤ TRƯỞNG", a deputy of the very title named, where "KT." is due,
   and a deputy's title signed alone ("THU TRUONG", "PHÓ GIÁM ĐỐC": "KT. BỘ TRƯỞNG / …"), `signature-prefix` (C06, C07);
   a bold parent line told by the unit under it ("UBND TỈNH PHÚ THỌ" above "SỞ …", `issuer-format`, C12); a type
   name typed with its summary as one upper-case line ("BÁO CÁO CÔNG TÁC TUẦN 02 …", `doc-type-format`, C02); a
   basis above Điều 1 citing a document without "Căn cứ" (`bases-word`, C07; such lines are then judged as bases,
   their italics and punctuation too, as warnings); a rule typed as hyphens, also under a template's slot ("-------",
   `issuer-rule`, C15). After them: **85 of 85** (100%; C07's second basis line and the "," ending its last basis
   judged afterwards) and **15 of the 20 misses reported**. Not fixed: the Quốc hiệu wrapped in a narrow column
   (no page layout), the missing authority line and "QUYẾT ĐỊNH:", 12.5 pt headings, and the place and date of a
   line typed without diacritics, which is found but not judged (its "ngay … thang … nam" is not parsed).
5. **Batch D** (8 other documents from six repositories used by no earlier batch: a legal normative quyết định
   of a provincial UBND (.doc, 2025), a notary organisation's register form (TP-CC-36), a thông báo of a district
   HĐND's supervision team that is only two scanned page images (.doc, 2018), a commune's công văn template with
   `{{…}}` slots (2026), a residents' group meeting notice filled by a student app, an OCR tool's report on a
   ministry's văn bản hợp nhất, an AI text extraction of a Hội Nông dân xã công văn (2025), a company's
   labour-contract template), **judged once, before any fix**, on the checker of commit 48f32c7
   (`benchmarks/heldout/batch_d.json`): 39 findings, 9 TP, 1 FP, 25 OOS, 4 DEB: **25.7%** (errors 4 of 21,
   19.0%; warnings 5 of 14, 35.7%; without the blank number and date notes 21.2%); 2 misses, none reported. The
   labour contract alone gives the 25 OOS; on the other seven it is 9 of 10 (**90.0%**; errors 4/4, warnings 5/6).
   Seven of the eight are out of Decree 30 or have no text (the commune template is the only one checked in
   full), and the checker gave all but the contract one note each: the legal normative decision (the batch C fix
   holds) and the OCR report rightly, four with the wrong description (DEB).
   The false findings, the debatable notes and the misses, by cause:
   - *a contract* ("HỢP ĐỒNG LAO ĐỘNG", "Căn cứ: Bộ luật Lao động", BÊN A / BÊN B, ĐIỀU 1–6) is not recognised as
     outside the decree and is judged as an administrative document: 25 findings (paper, margins, page number,
     colour, the "══" row under the motto and the contract's title taken for the issuing body, "BÊN A …" for the
     type name, "ĐIỀU 1:" article forms, Jinja loop lines as body text, the end mark), 1 miss (no outside-scope
     note);
   - *a template slot judged as content*: the signature block of the commune template is one `{{NOI_DUNG_AI}}`
     slot, and `signature-on-behalf` reminds it of "TM. ỦY BAN NHÂN DÂN" (1 FP);
   - *a refusal that gives the wrong reason* (4 DEB): a scan with no text and a Hội Nông dân công văn that has its
     issuer and "Số 04-CV/HNDX" are both called "a form or internal paper without an issuing body and a number";
     an organisation's register and a residents' group notice are called "an individual's application or letter";
   - *a scanned document*: the file holds only page images, so its thông báo written as a công văn ("V/v" under
     the number, no type name "THÔNG BÁO") is out of reach without OCR (1 miss), and the checker does not say the
     file has no text.
   The 95% aim is **not met on batch D** (90% without the contract, on 10 findings only: six of the eight
   documents give one note each).
   Its causes were then fixed (so batch D is **no longer held out**): a contract between parties (a "HỢP ĐỒNG …"
   title, "BÊN A" and "BÊN B", no issuing body above its number) is said out of scope once; the paper of a
   socio-political organisation (its name, "HỘI NÔNG DÂN VIỆT NAM", "CÔNG ĐOÀN …", at the top and no national name;
   Điều 2.2 leaves it to apply the decree with its own rules) is said to be one; a paper with the national name and
   no issuing body or number is an individual's letter only when its type is one (ĐƠN, TỜ KHAI …) or a person
   writes it ("Tôi …"), else "a paper no body issues (a register, a form, a notice)"; a file without a letter of
   text gets one finding, `no-text` ("the document holds no text (a scan?); nothing was judged"); a slot is no
   signer for `signature-on-behalf`. After them: **14 of 14** findings true (**100%**: the 10 judged before the
   fixes that are still given, and 4 judged afterwards, the three right reasons and the scan's note,
   `benchmarks/heldout/batch_d_after.json`; the heldout script matches an outside-scope note only by its reason, so
   a note whose reason changed is judged anew); 1 of the 2 misses reported (the contract's note; the scan's
   content stays out of reach without OCR). 14 findings on 8 documents are too few for a precision of its own.
6. **Batch E** (10 documents from four repositories used by no earlier batch, at most three from one: a giấy
   mời, a quyết định cá biệt and a kế hoạch of Lào Cai province (2026); a công văn, a tờ trình and a quyết định
   cưỡng chế filled in by a district's application (2019); and four papers outside the decree: a leave request
   (.doc), a civil agreement, a birth-registration tờ khai, a job application). Judged once on the checker of
   main before this session's fixes (`benchmarks/heldout/batch_e.json`), by an engineer who did not see the fixes;
   the fixes were made by another who did not see the batch. **Before: 84 of 94 true (89.4%;** errors 90.9%,
   warnings 87.2%; 4 DEB apart; 88.0% without the 11 blank number and date notes), **0 of 7 misses reported.**
   After the fixes of batches C and D: 83 of 93 (89.2%), 0 of 7 (`batch_e_after.json`: one note's reason
   changed, judged DEB). So the fixes of batches C and D did not carry over to E: **the 95% aim is not met on a
   batch judged before the fixes.** Its false findings and misses had these causes, then fixed (so batch E is **no
   longer held out**; its figure after them is not a held-out one):
   - *the first-line indent read from the paragraph's settings, not from where the line prints* (3 FP): the first
     line is now placed where Word prints it, its left and first-line indents, then each leading tab moved to the
     next tab stop (a custom stop, the left indent of a hanging first line, Word's default stops,
     `docgen/read/indent.py`); a left indent is an error only on a paragraph that surely wraps (estimated at the
     narrowest advance of body text, 0.40 em), and a one-line paragraph indented as a whole is a reminder (batch C
     judged one true, "exact but trivial", batch E the same layout false, "nothing visible is wrong": the warning
     says both, and stays a false finding of batch E). Two findings appeared, judged true: lines carried by two
     tabs to 25.4 mm, a tab to a 12.3 mm stop;
   - *numbering expected to run on across separate or nested lists* (3 FP): a "1." under a line that introduces it
     ("Hồ sơ đính kèm:") or printed 5 mm deeper than the list before it starts a list of its own, and a khoản back
     at an outer list's place, or numbered as its next, returns to it;
   - *bases not opened by "Căn cứ"* (1 FP): in a decision, "Để bảo đảm thi hành …" above "QUYẾT ĐỊNH:" is a basis,
     and the last basis is not judged for its mark when the decider's line ("Tôi, …; chức vụ: …") comes between it
     and "QUYẾT ĐỊNH:";
   - *a penalty decision signed in person* (2 FP, 1 miss): "NGƯỜI RA QUYẾT ĐỊNH" is never asked for "TM."; an office
     title under the signing space ("CHỦ TỊCH UBND") is a title, not the name, which is then reported missing;
   - *"Nơi nhận:" partly italic* (1 FP, not fixed as a cause): the spaces after the label were never judged; what
     is upright is its colon, a run of its own, which the corpus judged true on the same layout (vbai04: "true but
     visually negligible"). The verdict of batch E rests on a misreading, so the finding is kept, and a look
     partly italic or bold now names the part that is not ("nghiêng một phần (đứng: «:»)");
   - *misses*, each a new reminder (a warning; its precision is not shown: it gave no finding on batches A–D and
     the corpus): a table under an upper-case title and its "(Kèm theo …)" line (not after a "Phụ lục" label,
     whose forms it would be) is an appendix, and everything judged of it is a warning (no "Phụ lục" line, its page
     numbers; 2 misses); a "(Kèm theo …)" date in figures ("ngày /4/2026", 1 miss; the expected line keeps the
     issuer as the document writes it, not rebuilt from its capitals as "Sở công thương"); a "KT." line with no
     deputy's title under it (2 misses); an issuer block naming three bodies (1 miss).
   After them, on the checker of this branch: **92 of 94 judged findings true (97.9%**; errors 52/53, warnings
   40/41; 5 DEB apart; the two false ones are the colon and the one-line paragraph indented as a whole, above)
   and **7 of the 7 misses reported**; of the 84
   findings judged true before any fix, 83 are still given (the job application's note, whose reason had changed
   before these fixes, is DEB in `batch_e_after.json`). Nine findings given only since the fixes were judged
   afterwards, all true (`batch_e_after.json`). No judged true finding of the corpus or batches A–D was lost
   (batch B's B09 aside, a wrong verdict since batch D's fixes); their figures are unchanged. Only six of the
   ten are in-scope documents: no fresh public repository held a commune's .docx from 2020 on (the real ones
   are signed PDFs), so the figure is a small sample.
7. **Batch F** (9 documents from five repositories used by no earlier batch: a state enterprise branch's quyết định
   whose file holds the {{…}} template and the filled copy, a 33-page weekly báo cáo with data tables and an
   appendix, an internal "ĐỀ NGHỊ" approval slip, two web copies of the decree's Mẫu 1.5 and 1.7, three mail-merge
   templates (.doc) of a provincial Ban Tiếp công dân, an employee's probation report). Judged once on the checker
   of d9c7b79 before any fix (`benchmarks/heldout/batch_f.json`): **before: 97 of 126 true (77.0%;** errors 77.1%,
   warnings 76.7%; 7 DEB apart), **0 of 4 misses reported**. Its causes were then fixed on branch checkfix3 by an
   engineer who had not judged it (so batch F is **no longer held out**): a second national name, motto and "Số:"
   after the first document's "Nơi nhận:" starts another document (`several-documents`, the first judged); a top
   block typed with spaces is split at its whole gaps, each piece with its own runs, a basis is never the place and
   date, an issuer block centred with spaces on its widest line is centred; a table of figures is never the end
   block ("TL HT" no "TL." signature, "TỔNG" no title), notes under "- Lưu: …." are no recipients; list numbers
   alone, web addresses and captions pushed with spaces are not prose; dotted slots are not asked for "./."; the
   body size is read from words, not a lone "."; an approval slip is outside scope; "V/v" under a type name or
   with a full stop is reported (`summary-vv`, a warning: its precision is not shown). **After: 106 of 108 true
   (98.1%;** errors 67/69 = 97.1%, warnings 39/39; 5 DEB apart), **4 of 4 misses reported**
   (`batch_f_after.json`: 7 findings judged after the fixes, 5 TP, 2 FP). The two false ones are the one-line
   closing paragraphs of the report set with a 12.7 mm left indent, which print as an indented first line: batch
   E's cause (the indent judged from the settings, not the printed position), fixed on branch checkfix2. The
   corpus and batches A–E give the same figures and keep every judged true finding.
8. **Batch G** (8 documents from five repositories used by no earlier batch: two phpword forms of Thông tư
   07/2013/TT-TTCP of a province's citizen-complaint system, a quyết định merged from its template (.doc), a
   company's biên bản giao nhận template with single-brace mail-merge fields and its leave-request form, Nghị định
   30/2020 itself, a tender form, a ward's procedure description; four are outside the decree). Judged once on the
   checker of 4fc5e67 before any fix (`benchmarks/heldout/batch_g.json`): **before: 89 of 97 true (91.8%)**; on
   97f0301 (batch F's fixes merged), before these fixes: 89 of 95 (93.7%), **0 of 9 misses reported**. Its causes
   were then fixed on branch checkfix4 by an engineer who had not judged it (so batch G is **no longer held out**):
   a template's slot after the type code ("QĐ………(3)"), an archive line left to fill ("- Lưu: ……", its colon typed)
   and a bracketed instruction ending the body ("(Nội dung bàn giao...)") are not judged as content; numbering
   resynchronises on the typed sequence after a reported break ("Điều 13." then "Điều 4." is one typo, and so for
   khoản). New reminders (warnings; their precision is not shown): highlighted text left (`text-highlight`, white
   apart), a year in the number of a document that cannot be legal normative (`number-year`), a công văn's "(V/v …)"
   line under the number of a document with a type name (`summary-vv`), "QUYẾT ĐỊNH:" not bold and centred
   (`decides-line-format`), "Điều n" not bold (`article-word-format`); a mail merge's `{field}` is noted as a
   placeholder (the text around it still judged as typed); a line drawn under the top block is found below a line
   holding only a slot ("${DV}" under the issuer of a block typed with spaces and tabs). **After: 100 of 100 true
   (100%;** errors 57/57, warnings 43/43; 5 DEB apart), **7 of 9 misses reported** (`batch_g_after.json`: 4
   findings judged after the fixes, all TP). Not yet reported: the field label "Người Ký" as the signing title and
   the issuer's first line regular under a bold second one in a block typed with spaces (2 misses). The corpus
   and batches A–F keep every judged true finding and
   their figures (batch E's two new findings judged in `batch_e_after.json`: one TP, one DEB).
9. **Batch H** (10 documents from four repositories used by no earlier batch: a Sở GD&ĐT công văn template with two
   attached lists and a school's temporary certificate, both with `{field}` slots; a provincial hospital's quyết
   định phân công, a phòng's tờ trình with three appendices and its công văn; a provincial chairman's draft quyết
   định on awards, a Sở Nội vụ office's task assignment and a Hội đồng Thi đua's hướng dẫn, of 2021–2022 (.doc);
   a citizen's application and a Thông tư, outside the decree). Judged once on the checker of 97f0301 before any
   fix, by a reviewer who did not see the fixes (`benchmarks/heldout/batch_h.json`): **74 of 92 true (80.4%;**
   errors 81.7%, warnings 78.1%; 14 DEB apart), **0 of 10 misses reported**. Then scored on the checker with batch
   G's fixes (branch checkfix4, whose engineer had not seen batch H), so that is a held-out figure: **77 of 95
   (81.1%), 1 of 10 misses** (`batch_h_after.json`: the 3 new findings judged by the lead, 2 TP, 1 DEB). **The 95%
   aim is not met on it.** Its false findings, not fixed: `{field}` slots judged as content (a slot's letter case,
   a rule measured against a slot, "Số: {congVanSo}" read as a number; 6); a signing title or name typed with
   spaces or outside a table not found, so the body's end, the title and the name are misjudged (4); a parent body
   read as the issuer when the issuer sits under it in the same cell (2); a type name "GIẤY CHỨNG NHẬN …" and
   template loop markers not recognised (2); three with nothing visible wrong (a page number on a letter whose
   other pages are blank, a national name filling its column, a heading's bracketed note). Misses: a top block
   stacked in single paragraphs, lines wrapping in narrow columns, no "Nơi nhận:", a signature block centred on
   the page, a title in sentence case, a name slot not bold, every article's text bold, a spaced en dash in the
   symbol.

**What the held-out batches say, in one place.** Each batch was judged before the fixes it measures: A 63.6%
(blank notes apart), B 94.6% after A's fixes, C 57.8%, D 25.7% (legal normative documents, then put out of scope),
E 89.4%, F 77.0%, G 91.8% (93.7% with E's and F's fixes, which its judge and their engineers had not seen), H 80.4%
(81.1% with G's fixes). A batch's own causes, once fixed, take it to 97–100%, and the corpus and the earlier
batches keep every judged true finding; but every fresh batch from a new repository has brought causes no earlier
one had (mail-merge slots, two copies in a file, top blocks typed with spaces). The checker is not yet at 95% on
documents it has not seen.

**Peer checks (report-only warnings).** Each was written from the decree and the peers' descriptions, without
looking at the judged documents, then run once on batches A, B and C, the corpus (`../shared/corpus/check`) and
the five real plans of `../shared/corpus/import`, and every finding judged (rendered with LibreOffice where the
layout mattered; the verdicts are in `benchmarks/heldout/peers_after.json`, `corpus_after.json` and
`batch_c_after.json`):

| Rule | What it reports | Findings | True |
|---|---|---|---|
| `typing-spaces` | a space before a punctuation mark, two spaces between words | 12 | 12 |
| `tone-marks` | the two placements of a tone mark ("hòa, thủy" and "hoà, thuỷ") mixed in one document | 10 | 10 |
| `range-dashes` | ranges written with a hyphen here ("2026-2031") and a dash there ("2026 – 2031") | 1 | 1 |
| `revisions-left` | tracked changes not accepted or rejected, comments left in | 2 | 2 |
| `table-width` | a top-block or signature table running to within 5 mm of the paper's edge | 1 | 1 |
| `signature-page` (`--layout`) | the signature block alone atop a page, or its name pushed to the next | 6 | 6 |
| `text-diacritics` | a text typed without Vietnamese diacritics ("duoc", "khong", "truong" …) | 2 | 2 |
| `capitals-names` | "Ủy Ban Nhân Dân", "ủy ban nhân dân xã Thịnh Đức", "quyết định số …", "Khoản 2 Điều 3" | 1 | 1 |

- `tone-marks` leaves the national name out ("CỘNG HOÀ" is the decree's own text) and words after "q" ("quý").
  It fires on the decree's own template mẫu 1.9 ("chủ toạ" and "Chủ tọa", recorded as true) and fired on the
  reference plan, whose issued text writes "văn hoá" once among 31 words placed the other way: plans/2022.toml now
  writes "văn hóa" there (the one character by which its build differs from the build before this rule).
- `table-width` does not judge a table past the margin: the decree's own templates (Phụ lục III) run their top
  and signature tables 6–14 mm into the right margin. It judges a table that reaches the paper's edge, where a
  printer cuts, and only in a section that states its paper and margins.
- `signature-page` needs the printed pages: `docgen check --layout` has LibreOffice lay the document out (a few
  seconds a file) and reads each page's text with poppler's `pdftotext`. Without them the finding says the layout
  was not judged. Its six findings are LibreOffice's layout, which follows Word's closely with the metric-compatible
  fonts, not always to the line. Batch B's split signature (B06), whose signer's name is typed after the signature
  table, is reported since that name is read (the name's alignment there is not judged: spaces or an indent put
  it under its column).
- `text-diacritics` (a text typed without its marks, Phụ lục I, I.4 and TCVN 6909:2001: words such as "duoc",
  "khong", "truong" that exist in no language unmarked, at least 5 of them and a fifth of the words) was written
  after batch C was judged, for its C07 and C08: its 2 findings there are true, none on batches A and B and the
  corpus, but the figure is not a held-out one.
- `capitals-names` gave one finding ("Ban hành công văn số 884/CV-UBND", batch C): too few for a precision; it
  judges only forms Phụ lục II states, never a generic mention ("các ủy ban nhân dân").

**Marks and fixes.** `docgen check FILE.docx --annotate OUT.docx` writes a copy with a Word comment (author
"docgen") at each finding's paragraph: the message, what is expected and found, the clause and, where Word can put
it right, the menu path; a finding of the whole document, a section or a header sits on the first paragraph and
names its place. `--fix OUT.docx` writes a copy with A4 paper, margins within the ranges, a page number centred
in the header (14 pt, hidden on page 1; one in a footer taken out), Times New Roman and body text of 13–14 pt, then
checks the copy and lists what is left; no word is changed (the test compares every paragraph's text). Neither
ever writes the checked file. A `.doc` (Word 97–2003) is converted by LibreOffice first (`docgen/read/legacy.py`,
also used by `import-docx`); without LibreOffice the clerk is told to install it or save the file as .docx.

**Menu paths.** Every finding a clerk can put right with Word's menus carries "Sửa trong Word: …": page setup,
page numbers, fonts, colours, indents, spacing, the size, weight, slant, case and alignment of every element, the
length of a drawn rule and a rule typed as hyphens, bold titled khoản, typing spaces, tone marks, Word's automatic
list numbers and letters ("a." for "a)", "f)", a broken run of numbers), a type name to split from its summary.
Of the 122 kinds of finding (rules and their variants), 57 carry one; the 65 others are notes no menu answers
(out of scope, no text, a blank number or date, a placeholder, an element not found, the figures of a table, who
signs) or need the words themselves retyped (a number's form, a date, a recipient line's punctuation, a chapter
line, an appendix label or reference line). On batches A–D and the corpus, 207 of 377 findings (55%) carry one;
83 of the others are notes (blank number and date, out of scope, placeholders, no text).
"""
