"""A place in a document: how a clerk finds it, and its position for sorting."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Place:
    """Where something is, as a clerk finds it (``label``), and its position in the document (``order``)."""

    order: tuple[int, ...]
    label: str = field(compare=False)
    text: str = field(default="", compare=False, repr=False)  # a paragraph's whole text (the label quotes a bit)
