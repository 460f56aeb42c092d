"""The audit's outputs (#7): JSON (``bedside.audit/1``), an HTML report that opens offline, and text."""

from __future__ import annotations

import html
import io
import itertools
import json
from typing import IO, Any

from bedside.archive.run import AuditRun, Tally
from bedside.profile import Profile, audit_profile

SCHEMA = "bedside.audit/1"
_CATEGORIES = ("privacy", "advice", "disclosure", "tone", "self_exposure", "evidence")


def summary(run: AuditRun) -> dict[str, Any]:
    """Counts by category, kind and year: tallied while the run stored its results, or (when earlier runs
    audited some items) in one streaming pass over the store."""
    tally = run.tally if run.skipped == 0 and run.tally is not None else Tally.of(run.results())
    run.source.items = tally.items
    return {
        **tally.counts(),
        "audited_now": run.audited,
        "from_earlier_runs": run.skipped,
        "rule_version": run.rule_version,
    }


def profile_section(run: AuditRun) -> dict[str, Any] | None:
    s = run.source
    if not (s.handle or s.display_name or s.bio):
        return None
    try:
        return audit_profile(
            Profile(s.platform, s.handle[:400], s.display_name[:400], s.bio[:5_000])
        ).to_dict()
    except ValueError:
        return None


def write_json(run: AuditRun, out: IO[str], facts: dict[str, Any] | None = None) -> dict[str, Any]:
    """The ``bedside.audit/1`` document, written item by item (an archive of any size in flat memory).
    Returns the summary."""
    facts = facts or summary(run)
    head = {
        "schema": SCHEMA,
        "source": {"platform": run.source.platform, "handle": run.source.handle, "items": facts["items"]},
        "summary": facts,
        "profile": profile_section(run),
    }
    out.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "items": [')
    for n, item in enumerate(run.results_json()):
        out.write(("," if n else "") + item)
    out.write("]}\n")
    return facts


def audit_json(run: AuditRun) -> dict[str, Any]:
    """The whole document as a value (for small archives and tests)."""
    buffer = io.StringIO()
    write_json(run, buffer)
    document: dict[str, Any] = json.loads(buffer.getvalue())
    return document


def _chart(by_year: dict[str, dict[str, int]]) -> str:
    """A stacked bar per year, as inline SVG (no script, opens offline)."""
    colours = {
        "privacy": "#b3261e",
        "advice": "#8a5a00",
        "disclosure": "#5b3b8c",
        "tone": "#1f5f8b",
        "self_exposure": "#256d3a",
        "evidence": "#6b6b6b",
    }
    years = list(by_year)
    if not years:
        return "<p>No findings by year.</p>"
    top = max(sum(c.values()) for c in by_year.values()) or 1
    width, bar, height = max(320, 60 * len(years)), 36, 160
    parts = [
        f'<svg role="img" aria-label="Items with findings per year, by category" width="{width}" height="{height + 40}">'
    ]
    for i, year in enumerate(years):
        y: float = height
        for cat in _CATEGORIES:
            n = by_year[year].get(cat, 0)
            if not n:
                continue
            h = n / top * height
            y -= h
            parts.append(
                f'<rect x="{i * 60 + 12}" y="{y:.1f}" width="{bar}" height="{h:.1f}" fill="{colours[cat]}">'
                f"<title>{year}: {n} {cat}</title></rect>"
            )
        parts.append(
            f'<text x="{i * 60 + 30}" y="{height + 16}" text-anchor="middle" font-size="12">{html.escape(year)}</text>'
        )
    parts.append("</svg>")
    legend = " ".join(f'<span style="color:{colours[c]}">■</span> {c}' for c in _CATEGORIES)
    return "".join(parts) + f"<p>{legend}</p>"


def audit_html(run: AuditRun, limit: int = 2_000, facts: dict[str, Any] | None = None) -> str:
    e = html.escape
    s = facts or summary(run)
    rows = []
    for r in itertools.islice((x for x in run.results() if x["findings"]), limit):
        items = "".join(
            f"<li><strong>{e(f['severity'])}</strong> {e(f['code'])} {e(f['message'])}"
            + (f"<br><em>Instead:</em> {e(f['suggestion'])}" if f.get("suggestion") else "")
            + "</li>"
            for f in r["findings"]
        )
        url = str(r.get("url") or "")
        link = (
            f'<a href="{e(url)}">open it on {e(r["platform"])} to delete it</a>'
            if url.startswith(("https://", "http://"))  # never a javascript: link from a crafted archive
            else ""
        )
        rows.append(
            f"<section class='item'><h3>{e(r['kind'])} · {e((r.get('created_at') or 'undated')[:10])} · risk {r['risk']}"
            + (" · deleted" if r.get("deleted") else "")
            + f"</h3><blockquote>{e(r['text'])}</blockquote><ul>{items}</ul><p>{link}</p></section>"
        )
    profile = profile_section(run)
    profile_html = ""
    if profile:
        missing = ", ".join(profile["missing"]) or "nothing"
        profile_html = (
            f"<h2>Your profile in this archive</h2><p>Missing: {e(missing)}.</p>"
            f"<p>Suggested bio: {e(profile['suggested_bio'])}</p>"
        )
    cats = ", ".join(f"{n} {c}" for c, n in sorted(s["by_category"].items(), key=lambda kv: -kv[1])) or "none"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bedside history audit</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<style>body{{font:15px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1d2330}}
blockquote{{white-space:pre-wrap;border-left:4px solid #dcd8cf;margin:.4rem 0;padding:.3rem .8rem;background:#f7f5f0}}
.item{{border-top:1px solid #ddd;padding:.4rem 0}}h3{{font-size:1rem;margin:.6rem 0 .2rem}}</style></head>
<body><h1>History audit: {e(run.source.platform)} {e(run.source.handle)}</h1>
<p>{s["items"]:,} items audited on this computer; {s["items_with_findings"]:,} have something to look at ({e(cats)}).
Direct messages and posts that could identify a patient come first. "Everything posted online should be
considered permanent": delete what you would not post today, before someone else finds it (G4, G22).</p>
{_chart(s["by_year"])}
{profile_html}
<h2>Ranked, riskiest first</h2>
{"".join(rows) or "<p>Nothing found.</p>"}
</body></html>
"""


def audit_text(run: AuditRun, limit: int = 50, facts: dict[str, Any] | None = None) -> str:
    s = facts or summary(run)
    lines = [
        f"{run.source.platform} {run.source.handle}: {s['items']:,} items, {s['items_with_findings']:,} with findings "
        f"({run.audited:,} audited now, {run.skipped:,} from an earlier run)"
    ]
    for cat, n in sorted(s["by_category"].items(), key=lambda kv: -kv[1]):
        lines.append(f"  {cat}: {n:,}")
    lines.append("")
    for r in itertools.islice((x for x in run.results() if x["findings"]), limit):
        codes = " ".join(sorted({f["code"] for f in r["findings"]}))
        lines.append(f"risk {r['risk']:>6} {r['kind']:<7} {(r.get('created_at') or 'undated')[:10]} {codes}")
        lines.append(f"       {r['text'][:120]!r}")
        if r.get("url"):
            lines.append(f"       {r['url']}")
    return "\n".join(lines)
