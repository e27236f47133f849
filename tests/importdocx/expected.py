"""What an import should give back: plans/2022.toml as the issued text reads, its placeholders typed out."""

from __future__ import annotations

from typing import Any

from docgen.plan.load import map_texts

ISSUED_2022 = {"{year}": "2022", "{previous_year}": "2021", "{hamlet_count}": "12"}


def years_filled(value: Any) -> Any:
    """plans/2022.toml writes its years and hamlet count as placeholders; the issued text has them typed."""

    def fill(text: str) -> str:
        for placeholder, typed in ISSUED_2022.items():
            text = text.replace(placeholder, typed)
        return text

    return map_texts(value, fill)
