"""Which rules a document answers to, from its top block: Decree 30 judges the administrative documents of
agencies and organisations (a công văn, or a document with a type name). It does not govern a Party document
(Hướng dẫn 36-HD/VPTW has its own form), the paper of a socio-political organisation (Hội Nông dân, Đoàn, Công
đoàn …, which apply it with their own rules, Điều 2.2), a contract between parties that no body issues, a letter
or application written by a citizen, a paper with the national name but no issuing body and no number (a
register, a group's notice), or a form without an issuing body and a number; nor a legal normative document (a
Luật, Nghị định, Thông tư, or a quyết định, chỉ thị or nghị quyết of a UBND or HĐND whose number carries the year
and which the Law on legal documents governs); the checker says so instead of reporting them as thirty errors of form.
"""

from __future__ import annotations

from docgen.read import patterns
from docgen.read.document import DocumentView
from docgen.read.parts import (
    CONG_VAN,
    CONTRACT,
    FORM,
    INTERNAL,
    LEGAL,
    MASS,
    PARTY,
    PRIVATE,
    TYPED,
    UNISSUED,
    Parts,
    Span,
    with_boxed_top,
)
from docgen.read.text import fold, is_rule_text, is_upper, matches, squash


def find_genre(parts: Parts, top: list[Span]) -> str:
    """Return the genre of the document (``docgen.read.parts``: TYPED, CONG_VAN, PARTY, MASS, CONTRACT, LEGAL,
    INTERNAL, FORM, PRIVATE or UNISSUED)."""
    seen = with_boxed_top(parts)  # an element typed in a text box is there all the same
    national_name, number, issuer_lines = seen.national_name, seen.number, seen.issuer_lines
    issuer = fold(" ".join(span.text for span in [*parts.parent_lines, *parts.issuer_lines]))
    if any(patterns.PARTY_NAME.match(span.folded) for span in top) or (
            national_name is None and patterns.PARTY_BODY.match(issuer)):
        return PARTY
    if national_name is None and any(matches(patterns.MASS_BODY, span.folded) and is_upper(span.text)
                                     for span in top[:patterns.MASS_TOP_LINES]):
        return MASS
    if _contract(parts, top):
        return CONTRACT
    if parts.genre == CONG_VAN:
        return CONG_VAN
    type_name = parts.doc_type.folded.strip() if parts.doc_type else ""
    if patterns.LEGAL_TYPES.match(type_name) or _local_normative(parts):
        return LEGAL
    if patterns.INTERNAL_TYPES.match(type_name):
        return INTERNAL
    if number is None and national_name is None:
        return FORM  # neither national name nor number: not laid out as an administrative document
    signed_for_a_body = any(patterns.SIGNING.match(span.text) for span in parts.signature_lines)
    if number is None and _private_type(parts):
        return PRIVATE
    if number is None and not issuer_lines and not signed_for_a_body:
        return PRIVATE if _first_person(parts) else UNISSUED
    return TYPED


APPROVAL_LOOKAHEAD = 8  # paragraphs with text after the title: the approval box stands right under it
APPROVAL_BOX_MAX = 60  # characters: the box's heading, not a sentence asking for an approval


def approval_slip(view: DocumentView, parts: Parts) -> bool:
    """True for an internal request laid out like a document but with a box for the superior's approval between
    its title and its text ("Phê duyệt của Lãnh đạo:", "Ý kiến phê duyệt"): a paper of the office's own
    workflow, not one of the administrative documents of Điều 7."""
    if parts.genre != TYPED:
        return False
    title = [s.paragraph.index for s in (parts.doc_type, *parts.summary) if s is not None]
    anchor = max([parts.top_end, *title])  # the title, or the top block when the title was not found
    after = [p for p in view.paragraphs if p.index > anchor and not p.is_empty][:APPROVAL_LOOKAHEAD]
    return any(len(squash(p.text)) <= APPROVAL_BOX_MAX and patterns.APPROVAL_BOX.match(fold(squash(p.text)))
               for p in after)


def _contract(parts: Parts, top: list[Span]) -> bool:
    """True for a contract between parties ("HỢP ĐỒNG …", "BÊN A", "BÊN B") that no body issues: a contract of
    a state body has the body's name above its number; this one has none (its title is the only line there)."""
    title = next((s for s in top if is_upper(s.text) and matches(patterns.CONTRACT_TITLE, s.folded)), None)
    sides = {found.group(1) for s in top if (found := matches(patterns.CONTRACT_PARTY, s.folded))}
    if title is None or sides != {"a", "b"}:
        return False
    return all(s.paragraph is title.paragraph or is_rule_text(s.text) for s in [*parts.parent_lines,
                                                                                  *parts.issuer_lines])


def _first_person(parts: Parts) -> bool:
    """True when a person writes the paper ("Tôi tên là …"): a citizen's letter or application."""
    return any(patterns.FIRST_PERSON.search(fold(p.text)) for p in [*parts.salutation, *parts.bases, *parts.body])


def _local_normative(parts: Parts) -> bool:
    """True for a legal normative quyết định, chỉ thị or nghị quyết of a UBND or HĐND: its number carries the year
    ("15/2010/QĐ-UBND") and its bases cite the Law on legal documents or its recipients name the Ministry of
    Justice's review department. The year alone is not enough: an administrative decision may carry it too."""
    if parts.number is None or not patterns.NORMATIVE_NUMBER.match(parts.number.folded):
        return False
    return any(patterns.NORMATIVE_BASIS.search(fold(p.text)) for p in parts.bases) or any(
        patterns.NORMATIVE_REVIEWER.search(span.folded) for span in parts.recipients)


def _private_type(parts: Parts) -> bool:
    """True for a type name only citizens write: "ĐƠN …", "TỜ KHAI …", "GIẤY ĐỀ NGHỊ …"."""
    return parts.doc_type is not None and bool(patterns.PRIVATE_TYPES.match(parts.doc_type.folded))
