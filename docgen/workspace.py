"""``docgen init``: a commune's workspace, anywhere, with a commented starter plan in the commune's words.

A workspace is a folder holding ``plans/`` (the plan files), ``output/`` (what docgen builds) and
``templates/`` (only the Word templates or template parts the commune replaces; its README says how).
The starter plan (``docgen/templates/starter.toml``) explains every field in Vietnamese comments. Its sample
values (hamlets, date, signer, targets, bases, recipients) carry the «# CẦN XÁC NHẬN» marker of
``docgen.plan.confirm``, so ``docgen build`` lists what is still to fill in instead of printing samples.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from string import Template

from docgen import messages
from docgen.errors import DocgenError
from docgen.output import write_atomic

PACKAGED = Path(__file__).resolve().parent / "templates"
_UNIT_KINDS = ("xã", "phường", "đặc khu", "thị trấn")
_PROVINCE_KINDS = ("tỉnh", "thành phố")
_UNSAFE = re.compile(r'["\\\n\r\t]')


@dataclass(frozen=True)
class Commune:
    """A commune-level unit as it is written: ``kind`` (xã, phường …) and ``name`` (Tân Cương)."""

    kind: str
    name: str

    @classmethod
    def parse(cls, text: str) -> "Commune":
        """Return ``Commune("xã", "Tân Cương")`` for "Xã Tân Cương" (a bare name is taken as a xã)."""
        text = _clean(text, "--commune")
        for kind in _UNIT_KINDS:
            if text.lower().startswith(kind + " "):
                return cls(kind, text[len(kind) + 1:].strip())
        return cls("xã", text)

    @property
    def in_sentence(self) -> str:
        return f"{self.kind} {self.name}"


def province_in_sentence(text: str) -> str:
    """Return "tỉnh Thái Nguyên" for "Thái Nguyên" or "Tỉnh Thái Nguyên"; "thành phố Hà Nội" likewise."""
    text = _clean(text, "--province")
    for kind in _PROVINCE_KINDS:
        if text.lower().startswith(kind + " "):
            return f"{kind} {text[len(kind) + 1:].strip()}"
    return f"tỉnh {text}"


def init_workspace(folder: Path, commune: str, province: str, year: int | None = None) -> Path:
    """Create the workspace folders and the starter plan; return the plan's path. Never overwrites a file."""
    unit, province_full = Commune.parse(commune), province_in_sentence(province)
    year = year or dt.date.today().year
    plan = folder / "plans" / f"ke-hoach-{year}.toml"
    if plan.exists():
        raise DocgenError.single(messages.NEW_EXISTS, file=str(plan), hint=messages.INIT_EXISTS_HINT)
    outputs = {plan: starter_plan(unit, province_full, year, plan.name).encode("utf-8")}
    readme = folder / "templates" / "README.md"
    if not readme.exists():
        outputs[readme] = (PACKAGED / "README.md").read_bytes()
    write_atomic(outputs)
    (folder / "output").mkdir(exist_ok=True)
    return plan


def starter_plan(unit: Commune, province_full: str, year: int, file_name: str) -> str:
    """Return the starter plan text for ``unit`` of ``province_full``."""
    template = Template((PACKAGED / "starter.toml").read_text(encoding="utf-8"))
    return template.substitute(
        commune_lower=unit.in_sentence, commune_upper=unit.in_sentence.upper(), place=unit.name,
        province_full=province_full, year=year, last_year=year - 1, file_name=file_name)


def _clean(text: str, option: str) -> str:
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    if not text or _UNSAFE.search(text):
        raise DocgenError.single(messages.INIT_BAD_NAME.format(option=option), hint=messages.INIT_BAD_NAME_HINT)
    return text
