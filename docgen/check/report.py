"""Findings as text for a clerk, or as JSON for machines."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from docgen.check import messages
from docgen.check.finding import ERROR, WARNING, Finding


def format_text(results: dict[str, list[Finding]]) -> str:
    """Return a report per file (two lines a finding) ending with a count line such as ``2 lỗi, 1 cảnh báo``
    (for several files, a count per file and a total)."""
    lines: list[str] = []
    for name, findings in results.items():
        lines.append(name)
        lines += [line for finding in findings for line in _finding_lines(finding)] or [f"  {messages.REPORT_CLEAN}"]
        if len(results) > 1:
            lines.append(f"  {count(findings)}")
    everything = [finding for findings in results.values() for finding in findings]
    total = count(everything)
    lines.append(total if len(results) <= 1 else messages.REPORT_TOTAL.format(files=len(results), count=total))
    return "\n".join(lines)


def has_errors(findings: list[Finding]) -> bool:
    """Return True when at least one finding is an error (warnings alone do not fail a check)."""
    return _number(findings, ERROR) > 0


def count(findings: list[Finding]) -> str:
    """Return ``2 lỗi, 1 cảnh báo``."""
    return messages.REPORT_COUNT.format(errors=_number(findings, ERROR), warnings=_number(findings, WARNING))


def _finding_lines(finding: Finding) -> list[str]:
    severity = messages.SEVERITIES[finding.severity]
    # figures are not a Decree 30 clause: their detail line names no decree
    detail = messages.REPORT_DETAIL_FIGURES if finding.rule_id.startswith("figure-") else messages.REPORT_DETAIL
    lines = [messages.REPORT_FINDING.format(severity=severity, where=finding.where, message=finding.message),
             detail.format(expected=finding.expected, found=finding.found, rule_id=finding.rule_id,
                           clause=finding.clause)]
    return lines + ([messages.REPORT_FIX.format(fix=finding.fix)] if finding.fix else [])


def _fields(finding: Finding) -> dict[str, Any]:
    """A finding for the JSON report, as before findings carried their paragraph's whole text."""
    return {key: value for key, value in asdict(finding).items() if key != "text"}


def format_json(results: dict[str, list[Finding]], unreadable: dict[str, str] | None = None) -> str:
    """Return ``{"files": [{"file", "errors", "warnings", "findings": [...]}], "errors", "warnings"}`` with
    keys in a fixed order and Vietnamese text unescaped; a file that could not be read is listed too, with
    ``"unreadable"`` saying why, so a machine reading the report sees every file it asked about."""
    files: list[dict[str, Any]] = [
        {"file": name, "errors": _number(findings, ERROR), "warnings": _number(findings, WARNING),
         "findings": [_fields(finding) for finding in findings]} for name, findings in results.items()]
    files += [{"file": name, "errors": 0, "warnings": 0, "findings": [], "unreadable": reason}
              for name, reason in (unreadable or {}).items()]
    report = {"files": files, "errors": sum(f["errors"] for f in files),
              "warnings": sum(f["warnings"] for f in files)}
    return json.dumps(report, ensure_ascii=False, indent=2)


def _number(findings: list[Finding], severity: str) -> int:
    return sum(1 for finding in findings if finding.severity == severity)
