"""Emphasised text as Word runs: ``**đậm**`` becomes a run with ``<w:b/>``, a line break ``<w:br/>``.

The template shows them with ``{{r p.runs }}``; they are ready markup, every text escaped, so the template
computes nothing. A text without emphasis or line break is shown as a plain string instead, as before.
"""

from __future__ import annotations

from html import escape

from markupsafe import Markup

from docgen.markup import Run, parse


def run_properties(run: Run, bold_off: bool = False) -> str:
    """``<w:rPr>`` for the run's emphasis (in schema order: b, i, u); ``bold_off`` undoes a bold style."""
    parts = "<w:b/>" if run.bold else ('<w:b w:val="0"/>' if bold_off else "")
    parts += "<w:i/>" if run.italic else ""
    parts += '<w:u w:val="single"/>' if run.underline else ""
    return f"<w:rPr>{parts}</w:rPr>" if parts else ""


def runs_xml(runs: list[Run], bold_off: bool = False) -> str:
    """Return the ``<w:r>`` elements of ``runs``; a ``\\n`` in a text is a line break inside the paragraph, a
    tab Word's own tab."""
    out = []
    for run in runs:
        lines = []
        for line in run.text.split("\n"):
            pieces = [f'<w:t xml:space="preserve">{escape(piece, quote=False)}</w:t>' if piece else ""
                      for piece in line.split("\t")]
            lines.append("<w:tab/>".join(pieces))
        out.append(f"<w:r>{run_properties(run, bold_off)}{'<w:br/>'.join(lines)}</w:r>")
    return "".join(out)


def text_runs(text: str, bold_off: bool = False) -> Markup:
    """Return ``text`` (with its emphasis marks) as Word runs, ready for ``{{r … }}``."""
    return Markup(runs_xml(parse(text), bold_off))
