"""``docgen init``: a workspace for one commune (plans/, templates/, output/) with a starter plan in the
commune's own words, made from ``docgen/plan/starter.toml`` (every field explained in its comments)."""

from __future__ import annotations

from pathlib import Path

import tomlkit

from docgen import messages
from docgen.errors import DocgenError
from docgen.output import write_atomic

STARTER = Path(__file__).resolve().parent / "plan" / "starter.toml"
TEMPLATES_README = Path(__file__).resolve().parent / "templates" / "README-workspace.md"
UNIT_WORDS = ("Xã", "Phường", "Đặc khu", "Thị trấn")  # units at commune level (Luật Tổ chức CQĐP 2025)


def split_commune(commune: str) -> tuple[str, str]:
    """Return ``("xã", "Tân Cương")`` for ``Xã Tân Cương``; a name without its unit word is a xã."""
    words = " ".join(commune.split())
    for unit in UNIT_WORDS:
        if words.lower().startswith(unit.lower() + " "):
            return unit.lower(), words[len(unit) + 1:].strip()
    if not words:
        raise DocgenError.single(messages.INIT_NO_COMMUNE, hint=messages.INIT_NO_COMMUNE_HINT)
    return "xã", words


def starter_plan(commune: str, province: str, year: int) -> str:
    """Return the starter plan's text for the commune, with its comments."""
    unit, name = split_commune(commune)
    province = " ".join(province.split())
    plan = tomlkit.parse(STARTER.read_text(encoding="utf-8"))
    full = f"{unit} {name}"
    plan["issuer"]["name"] = f"Ủy ban nhân dân {full}"
    plan["issuer"]["header"] = ["ỦY BAN NHÂN DÂN", full.upper()]
    plan["issuer"]["place"] = name
    plan["document"]["date"] = plan["document"]["date"].replace(year=year)
    plan["targets"]["year"] = year
    recipients = tomlkit.array()
    recipients.extend(text.format(unit=unit, province=province) for text in messages.INIT_RECIPIENTS)
    plan["recipients"]["items"] = recipients.multiline(True)
    plan["intro"] = [_with_name(text, full) for text in plan["intro"]]
    plan["closing"] = _with_name(plan["closing"], full)
    plan["document"]["summary"] = _with_name(plan["document"]["summary"], full)
    plan["bases"][1] = plan["bases"][1].replace("UBND tỉnh", f"UBND tỉnh {province}")
    return tomlkit.dumps(plan)


def init_workspace(folder: Path, commune: str, province: str, year: int) -> Path:
    """Create the workspace in ``folder`` and return its starter plan; nothing existing is overwritten."""
    plan_path = folder / "plans" / f"{year}.toml"
    if plan_path.exists():
        raise DocgenError.single(messages.NEW_TARGET_EXISTS, file=str(plan_path), hint=messages.NEW_TARGET_EXISTS_HINT)
    outputs = {plan_path: starter_plan(commune, province, year).encode("utf-8")}
    readme = folder / "templates" / "README.md"
    if not readme.exists():
        outputs[readme] = TEMPLATES_README.read_bytes()
    write_atomic(outputs)
    (folder / "output").mkdir(exist_ok=True)
    return plan_path


def _with_name(text: str, full_name: str) -> str:
    """Return the text with "xã" (as the starter writes it) naming the commune: "trên địa bàn xã Tân Cương"."""
    value = str(text)
    for phrase in ("trên địa bàn xã", "UBND xã xây dựng"):
        value = value.replace(phrase, phrase.replace("xã", full_name))
    return value
