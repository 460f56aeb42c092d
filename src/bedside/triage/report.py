"""The evidence report (G21): a dated record of threats, doxxing and harassment to hand to an institution
or the police, as HTML (opens offline, keeps every character) and PDF.

The PDF uses a Unicode font when the system has DejaVu Sans (Debian, Ubuntu, most Linux); otherwise the
PDF's built-in Latin-1 font, with other characters shown as "?" and a note saying so (the HTML keeps them).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bedside.store import Evidence

GENERAL_HELP = (
    "If you are in immediate danger, call your local emergency number (911 in the US, 999 in the UK, 112 in the EU).",
    "Tell your institution's security office and your communications or social-media team; many have a process "
    "for clinicians who are harassed online.",
    "Report each post and account to the platform (the steps are in bedside's Inbox for each reply).",
    "Keep this report and the links; platforms remove posts, and a record made at the time carries weight.",
    "For threats or doxxing, a police report gives you a reference number for later steps (protective orders, "
    "platform escalation).",
)
_FONTS = (  # the first that exists: Linux, macOS, Windows
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"),
    Path("/usr/share/fonts/noto/NotoSans-Regular.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
    Path("/Library/Fonts/Arial Unicode.ttf"),
    Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
    Path("/System/Library/Fonts/Supplemental/Arial.ttf"),
    Path("C:/Windows/Fonts/arial.ttf"),
    Path("C:/Windows/Fonts/segoeui.ttf"),
)


@dataclass(frozen=True, slots=True)
class ReportInput:
    entries: Sequence[Evidence]
    prepared_for: str = ""
    resources: Sequence[str] = ()
    generated_at: datetime | None = None

    @property
    def stamp(self) -> str:
        when = self.generated_at or datetime.now(UTC)
        return when.strftime("%Y-%m-%d %H:%M UTC")


def _help(data: ReportInput) -> list[str]:
    return [*data.resources, *GENERAL_HELP]


def report_html(data: ReportInput) -> str:
    e = html.escape
    rows = []
    for n, item in enumerate(data.entries, 1):
        link = (
            f'<a href="{e(item.url)}">{e(item.url)}</a>'
            if item.url.startswith(("https://", "http://"))
            else (e(item.url) or "(no link recorded)")
        )
        rows.append(
            f"<section class='entry'><h2>{n}. {e(item.label)} on {e(item.platform)}</h2>"
            f"<dl><dt>Posted</dt><dd>{e(item.posted_at or 'unknown')}</dd>"
            f"<dt>Logged</dt><dd>{e(item.logged_at)}</dd>"
            f"<dt>Author</dt><dd>{e(item.author_handle or 'unknown')} {e(item.author_name)}</dd>"
            f"<dt>Link</dt><dd>{link}</dd></dl>"
            f"<blockquote>{e(item.text)}</blockquote>"
            + (f"<p><strong>Notes:</strong> {e(item.notes)}</p>" if item.notes else "")
            + "</section>"
        )
    counts: dict[str, int] = {}
    for item in data.entries:
        counts[item.label] = counts.get(item.label, 0) + 1
    summary = ", ".join(f"{n} {label}" for label, n in sorted(counts.items())) or "no entries"
    help_items = "".join(f"<li>{e(h)}</li>" for h in _help(data))
    who = f" for {e(data.prepared_for)}" if data.prepared_for else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Evidence report {e(data.stamp)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{{font:15px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1d2330}}
blockquote{{white-space:pre-wrap;border-left:4px solid #b3261e;margin:.5rem 0;padding:.3rem .8rem;background:#fbe9e7}}
dl{{display:grid;grid-template-columns:7rem 1fr;margin:0}}dt{{font-weight:600}}dd{{margin:0}}.entry{{border-top:1px solid #ccc;padding:.5rem 0}}
@media print{{a{{color:inherit}}}}</style></head>
<body><h1>Evidence report{who}</h1>
<p>Prepared {e(data.stamp)} with bedside, on this computer. {len(data.entries)} entries: {e(summary)}.
Each entry is the text as it was logged, with its author, time and link.</p>
{"".join(rows)}
<h2>Where to get help</h2><ul>{help_items}</ul>
</body></html>
"""


def report_pdf(data: ReportInput) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    font = next((f for f in _FONTS if f.is_file()), None)
    lossy = font is None
    if font is not None:
        pdf.add_font("body", "", str(font))
        family = "body"
    else:
        family = "helvetica"

    def text(value: str) -> str:
        return value.encode("latin-1", "replace").decode("latin-1") if lossy else value

    def para(value: str, size: int = 10, height: float = 5) -> None:
        pdf.set_font(family, size=size)
        pdf.multi_cell(0, height, text(value), new_x="LMARGIN", new_y="NEXT")

    para("Evidence report" + (f" for {data.prepared_for}" if data.prepared_for else ""), 16, 9)
    para(f"Prepared {data.stamp} with bedside, on this computer. {len(data.entries)} entries.")
    if lossy:
        para("Characters outside Latin-1 are shown as '?'; the HTML report keeps them exactly.", 8, 4)
    for n, item in enumerate(data.entries, 1):
        pdf.ln(3)
        para(f"{n}. {item.label} on {item.platform}", 12, 7)
        para(f"Posted: {item.posted_at or 'unknown'}    Logged: {item.logged_at}")
        para(f"Author: {item.author_handle or 'unknown'} {item.author_name}")
        para(f"Link: {item.url or '(no link recorded)'}")
        para(f'"{item.text}"', 10, 5)
        if item.notes:
            para(f"Notes: {item.notes}")
    pdf.ln(4)
    para("Where to get help", 12, 7)
    for line in _help(data):
        para(f"- {line}")
    return bytes(pdf.output())
