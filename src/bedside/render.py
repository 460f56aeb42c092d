"""Text rendering of check results: the draft with each finding marked, then the findings, then a summary."""

from __future__ import annotations

from collections.abc import Callable

from bedside.findings import CheckResult, Finding, Severity

Style = Callable[..., str]

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _plain(text: str, **_: object) -> str:
    return text


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _marked_lines(text: str, findings: tuple[Finding, ...], style: Style) -> list[str]:
    out: list[str] = []
    lines = text.split("\n")
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()
    width = len(str(len(lines)))
    pos = 0
    for number, line in enumerate(lines, 1):
        line_start, line_end = pos, pos + len(line)
        out.append(f"{number:>{width}} | {line}")
        marks = [" "] * len(line)
        codes: list[str] = []
        worst: Severity | None = None
        for f in findings:
            if f.end <= line_start or f.start >= max(line_end, line_start + 1) or f.start == f.end:
                continue
            lo, hi = max(f.start, line_start) - line_start, min(f.end, line_end) - line_start
            for i in range(lo, max(hi, lo + 1)):
                if i < len(marks):
                    marks[i] = "^"
            if f.code not in codes:
                codes.append(f.code)
            if worst is None or f.severity.rank < worst.rank:
                worst = f.severity
        if codes and worst is not None:
            underline = "".join(marks).rstrip()
            out.append(
                f"{'':>{width}} | " + style(f"{underline} {' '.join(codes)}", fg=_COLOURS[worst], bold=True)
            )
        pos = line_end + 1
    return out


def summary(result: CheckResult) -> str:
    counts = {s: sum(1 for f in result.findings if f.severity is s) for s in Severity}
    n = len(result.findings)
    parts = [f"{counts[s]} {s.value}{'s' if counts[s] != 1 else ''}" for s in Severity if counts[s]]
    verdict = (
        "Not ready to post."
        if result.has_error
        else "Ready to post."
        if not counts[Severity.WARNING]
        else ("No errors; review the warnings before posting.")
    )
    head = f"{n} finding{'s' if n != 1 else ''}" + (f" ({', '.join(parts)})" if parts else "")
    return f"{head}. {result.platform} {result.count}/{result.limit}. {verdict}"


def render_text(result: CheckResult, text: str, label: str = "draft", style: Style = _plain) -> str:
    out = [style(f"{label} ({result.platform}, {result.count}/{result.limit})", bold=True)]
    out += _marked_lines(text, result.findings, style)
    for f in result.findings:
        line, col = _line_col(text, f.start)
        sev = style(f.severity.value, fg=_COLOURS[f.severity], bold=True)
        out.append("")
        out.append(f"{style(f.code, bold=True)} {sev} {f.name} at {line}:{col}")
        out.append(f"  {f.message}")
        if f.suggestion:
            suggestion = f.suggestion.replace("\n", "\n    ")
            out.append(f"  {style('suggestion:', fg='green')} {suggestion}")
        out.append(f"  why: {f.requirement} - see `bedside rule {f.code}`")
    if result.suggested_hashtags:
        out.append("")
        out.append("suggested hashtags: " + " ".join(result.suggested_hashtags))
    out.append("")
    out.append(style(summary(result), bold=True))
    return "\n".join(out)
