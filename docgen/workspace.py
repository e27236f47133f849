"""``docgen init``: a workspace for one commune (plans/, templates/, output/) with a starter plan in the
commune's own words, made from ``docgen/plan/starter.toml`` (every field explained in its comments)."""

from __future__ import annotations

from pathlib import Path

import tomlkit

from docgen import messages
from docgen.errors import DocgenError
from docgen.output import write_atomic
from docgen.plan.edit import change_texts

STARTER = Path(__file__).resolve().parent / "plan" / "starter.toml"
TEMPLATES_README = Path(__file__).resolve().parent / "templates" / "README-workspace.md"
UNIT_WORDS = ("Xã", "Phường", "Đặc khu", "Thị trấn")  # units at commune level (Luật Tổ chức CQĐP 2025)


def split_commune(commune: str) -> tuple[str, str]:
    """Return ``("xã", "Tân Cương")`` for ``Xã Tân Cương``; a name without its unit word is a xã."""
    words = " ".join(commune.split())
    for unit in UNIT_WORDS:
        if words.lower().startswith(unit.lower() + " "):
            return unit.lower(), _proper(words[len(unit) + 1:])
    if not words:
        raise DocgenError.single(messages.INIT_NO_COMMUNE, hint=messages.INIT_NO_COMMUNE_HINT)
    return "xã", _proper(words)


def _proper(name: str) -> str:
    """Return a place name with each word capitalised, as it is printed: ``đông kinh`` → ``Đông Kinh``."""
    return " ".join(word[:1].upper() + word[1:] for word in name.split())


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
    _name_the_unit(plan, full, unit)
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


def _name_the_unit(plan, full_name: str, unit: str) -> None:
    """Make every text of the starter name the commune as the starter's "xã" does: "trên địa bàn xã" becomes
    "trên địa bàn phường Đông Kinh", "UBND xã" becomes "UBND phường"."""

    def named(text: str) -> str:
        text = text.replace("UBND xã xây dựng", f"UBND {full_name} xây dựng")
        return text.replace("trên địa bàn xã", f"trên địa bàn {full_name}").replace("UBND xã", f"UBND {unit}")

    change_texts(plan, named)
