from __future__ import annotations

from collections.abc import Iterator

from bedside.findings import Category, Finding, Severity
from bedside.platforms import counting
from bedside.platforms.limits import Platform
from bedside.platforms.threading import split_thread
from bedside.rules.base import Example, Rule, RuleDocs, rule
from bedside.rules.context import Context

# A thread longer than this is no longer a post: suggest shortening instead (and keep the check fast).
MAX_THREAD_PARTS = 25

_PAPER = (
    "Beltrán Ponce et al., Netiquette for social media engagement for oncology professionals, "
    "Future Oncology 2022, doi:10.2217/fon-2021-1366, Table 1"
)
_LONG = (
    "Big news from #ASCO25 in breast cancer today. The trial met its primary endpoint with a clear "
    "benefit in invasive disease-free survival, and the toxicity profile looked manageable in the "
    "subgroups that we care about most. I will post a longer summary of the design, the control arm and "
    "the caveats on follow-up tonight after the discussant's talk. Thanks to all the patients who took part."
)


@rule(
    code="PLT001",
    name="over-length",
    category=Category.PLATFORM,
    severity=Severity.ERROR,
    requirement="G25",
    summary="The draft is longer than the platform allows, counted the way the platform counts.",
    fix_title="Split into a numbered thread",
    docs=RuleDocs(
        what=(
            "Counts the draft exactly as the chosen platform does and reports an error when it is over the "
            "limit: X 280 weighted characters (a link counts 23, an emoji 2, CJK 2); Bluesky 300 graphemes "
            "and 3,000 bytes; Mastodon 500 graphemes by default (a link counts 23, @user@server counts as "
            "@user; set your server's own limit in settings); Threads 500 with each emoji counted as its "
            "UTF-8 bytes; LinkedIn 3,000; Instagram and TikTok 2,200; Facebook 63,206."
        ),
        why=(
            "A post cut off by the platform loses its caveats first, and the caveats are what make a "
            "clinical post safe. Platforms differ in how they count, so a draft that fits on one may not fit "
            "on another."
        ),
        example=_LONG,
        use_instead=(
            "A numbered thread where each part fits (1/2, 2/2), or a shorter post. The suggestion shows a "
            "split at sentence boundaries."
        ),
        source="G25 (Table 1: platforms differ); X twitter-text config v3; Bluesky app.bsky.feed.post lexicon; "
        "Mastodon StatusLengthValidator; Meta Threads API documentation. " + _PAPER,
    ),
    flags=(Example(_LONG), Example("🧬" * 301, platform="bluesky")),
    passes=(Example("Short pearl: check a TSH before and during checkpoint inhibitors. #meded"),),
)
def OVER_LENGTH(r: Rule, ctx: Context) -> Iterator[Finding]:
    spec = ctx.spec
    limit = ctx.limit
    report = spec.measure(ctx.text, limit)
    if not report.over:
        return
    parts: list[str] = []
    if report.count > report.limit:
        msg = (
            f"{report.count:,} of {report.limit:,} characters on {spec.display} "
            f"({spec.counting}): {report.count - report.limit:,} over."
        )
    else:
        msg = f"{report.byte_count:,} of {report.byte_limit:,} bytes on {spec.display}: over the byte limit."
    if spec.has_threads and report.count <= MAX_THREAD_PARTS * report.limit:

        def count(s: str) -> int:
            # the byte limit, scaled to the character limit and rounded up, so both must fit
            return max(
                spec.counter(s), -(-counting.utf8_length(s) * report.limit // (spec.byte_limit or 10**9))
            )

        parts = split_thread(ctx.text, report.limit, count)
    suggestion = "\n\n".join(parts) if parts else None
    if parts:
        msg += f" Split it into a thread of {len(parts)} posts, or shorten it."
    elif report.count > report.limit:
        msg += f" Shorten it by at least {report.count - report.limit:,} characters."
    else:
        msg += f" Shorten it by at least {(report.byte_count or 0) - (report.byte_limit or 0):,} bytes."
    yield r.finding(0, len(ctx.text), msg, suggestion=suggestion)


@rule(
    code="PLT002",
    name="too-many-links",
    category=Category.PLATFORM,
    severity=Severity.ERROR,
    requirement="G25",
    summary="Threads rejects a post with more than 5 links.",
    fix_title="Keep at most 5 links",
    docs=RuleDocs(
        what="Counts the links in a Threads post and reports an error above 5.",
        why=(
            "Since December 2025 Threads refuses posts with more than five links "
            "(THREADS_API__LINK_LIMIT_EXCEEDED); the post would fail to publish."
        ),
        example="Reading list: a.org/1 b.org/2 c.org/3 d.org/4 e.org/5 f.org/6 (on Threads)",
        use_instead="Keep the five most useful links, or link one page that lists the rest.",
        source="G25; Meta Threads API documentation (link limit). " + _PAPER,
    ),
    flags=(
        Example(
            "Reading list: https://a.org/1 https://b.org/2 https://c.org/3 https://d.org/4 "
            "https://e.org/5 https://f.org/6",
            platform="threads",
        ),
    ),
    passes=(Example("Two links: https://a.org/1 https://b.org/2", platform="threads"),),
)
def TOO_MANY_LINKS(r: Rule, ctx: Context) -> Iterator[Finding]:
    spec = ctx.spec
    if spec.max_links is None or len(ctx.urls) <= spec.max_links:
        return
    first_extra = ctx.urls[spec.max_links]
    yield r.finding(
        first_extra[0],
        ctx.urls[-1][1],
        f"{len(ctx.urls)} links; {spec.display} allows at most {spec.max_links} per post.",
        suggestion=f"Keep at most {spec.max_links} links, or link one page that lists the rest.",
    )


@rule(
    code="PLT003",
    name="too-many-hashtags",
    category=Category.PLATFORM,
    severity=Severity.WARNING,
    requirement="G25",
    summary="More hashtags than the platform shows (Instagram and TikTok: 5).",
    fix_title="Keep the 3-5 most relevant hashtags",
    docs=RuleDocs(
        what="Counts hashtags on platforms that cap them (Instagram, TikTok: 5) and warns above the cap.",
        why=(
            "Instagram cuts hashtags to 5 per post (announced December 2025) and TikTok reportedly does the "
            "same; extra tags are dropped or make the post look like spam. 3-5 relevant tags work best."
        ),
        example="#cancer #oncology #bcsm #meded #science #health #research (on Instagram)",
        use_instead="#bcsm #oncology #meded",
        source="G24, G25; Instagram announcement (Dec 2025). " + _PAPER,
    ),
    flags=(Example("New review! #cancer #oncology #bcsm #meded #science #health", platform="instagram"),),
    passes=(Example("New review! #bcsm #oncology #meded", platform="instagram"),),
)
def TOO_MANY_HASHTAGS(r: Rule, ctx: Context) -> Iterator[Finding]:
    spec = ctx.spec
    tags = ctx.hashtags
    if spec.max_hashtags is None or len(tags) <= spec.max_hashtags:
        return
    keep = " ".join("#" + t for _, _, t in tags[: spec.max_hashtags])
    yield r.finding(
        tags[spec.max_hashtags][0],
        tags[-1][1],
        f"{len(tags)} hashtags; {spec.display} keeps at most {spec.max_hashtags}.",
        suggestion=f"Keep the most relevant {spec.max_hashtags} or fewer, e.g. {keep}",
    )


@rule(
    code="PLT004",
    name="invalid-characters",
    category=Category.PLATFORM,
    severity=Severity.ERROR,
    requirement="G25",
    summary="Characters X refuses (U+FFFE, U+FEFF byte-order mark, U+FFFF).",
    fix_title="Remove the invisible characters",
    docs=RuleDocs(
        what="Finds the characters twitter-text marks invalid: U+FFFE, U+FEFF and U+FFFF.",
        why="X rejects a post that holds them; they usually come in invisibly when text is pasted.",
        example="Great session\ufeff on survivorship",
        use_instead="Great session on survivorship",
        source="G25; twitter-text config v3 (invalid characters). " + _PAPER,
    ),
    flags=(Example("Great session\ufeff on survivorship"),),
    passes=(Example("Great session on survivorship"),),
)
def INVALID_CHARACTERS(r: Rule, ctx: Context) -> Iterator[Finding]:
    if ctx.spec.platform is not Platform.X:
        return
    for i in counting.x_invalid_characters(ctx.text):
        yield r.finding(
            i,
            i + 1,
            f"Invisible character U+{ord(ctx.text[i]):04X}: X refuses posts that contain it.",
            suggestion="",
        )


@rule(
    code="PLT005",
    name="caption-link",
    category=Category.PLATFORM,
    severity=Severity.INFO,
    requirement="G25",
    summary="Links in Instagram captions are not clickable.",
    fix_title='Say "link in bio" and put the link there',
    docs=RuleDocs(
        what="Notes each link in an Instagram caption.",
        why="Instagram does not make caption links clickable, so readers cannot follow your source.",
        example="Full guideline: https://www.nccn.org/patients (on Instagram)",
        use_instead="Full guideline: link in bio (NCCN patient guides)",
        source="G25 (Table 1: platform conventions). " + _PAPER,
    ),
    flags=(Example("Full guideline: https://www.nccn.org/patients", platform="instagram"),),
    passes=(Example("Full guideline: https://www.nccn.org/patients", platform="x"),),
)
def CAPTION_LINK(r: Rule, ctx: Context) -> Iterator[Finding]:
    if ctx.spec.links_clickable:
        return
    for start, end, _ in ctx.urls:
        yield r.finding(
            start,
            end,
            f"Links in {ctx.spec.display} captions are not clickable.",
            suggestion="link in bio",
        )
