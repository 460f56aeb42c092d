from __future__ import annotations

from collections.abc import Iterator

import regex

from bedside.findings import Category, Edit, Finding, Fix, Severity
from bedside.rules.base import Example, Rule, RuleDocs, rule
from bedside.rules.clinical import is_clinical
from bedside.rules.context import Context
from bedside.rules.disclosure.index import load_index, short_name
from bedside.rules.fastregex import fast_compile
from bedside.rules.privacy.gazetteers import load_gazetteers
from bedside.rules.terms import longest_non_overlapping

# Any of these means the author has disclosed (Disclosure:, COI:, "I consult for ...", #ad, ...).
DISCLOSED = fast_compile(
    r"""
    \b(?:disclosures?|conflicts?\s+of\s+interest|COIs?|competing\s+interests?|fin(?:ancial)?\s+disclosure)\b
    | \#(?:ad|sponsored|paidpartnership|partner|coi|disclosure)\b
    | \bpaid\s+(?:partnership|post|promotion)\b | \bsponsored\s+by\b
    | \b(?:I|we)(?:'m|\s+am|\s+have\s+been|\s+was|\s+serve|\s+sit|\s+work|\s+worked)?\s+
      (?:an?\s+|as\s+an?\s+|on\s+(?:the|an?)\s+)?(?:paid\s+)?
      (?:consult(?:ant)?|advis[eo]r|advise|speaker|employee|shareholder|consulting|advisory\s+board|
         (?:\w+\s+)?(?:advisory\s+)?board\s+member|speakers?\s+bureau)
    | \b(?:I|we)\s+(?:consult|advise|speak|work)\s+(?:for|with|at)\b
    | \b(?:I|we)\s+(?:have\s+)?(?:received?|receive|get|hold|own)\s+(?:\w+\s+){0,3}
      (?:fees|honoraria|funding|grants?|payments?|support|stock|shares|equity)\b
    | \b(?:consultant|advis[eo]r|speaker|employee|shareholder)\s+(?:for|to|at|of|with)\b
    | \b(?:advisory\s+board|speakers?\s+bureau|honorari(?:a|um)|research\s+funding|stock\s+options?)\b
    | \b(?:advisory|consulting|speaking|paid)\s+(?:role|roles|relationship|work|ties?|engagements?)\s+(?:with|for|at)\b
    | \b(?:funded|supported)\s+by\b | \bmy\s+employer\b | \bI\s+own\s+(?:stock|shares)\b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


def disclosure_line(ctx: Context, companies: list[str]) -> tuple[str, bool]:
    """The longest disclosure line that still fits the platform's limit (and whether any fits)."""
    names = " and ".join(companies) if len(companies) <= 2 else ", ".join(companies)
    end = "" if names.endswith(".") else "."
    relationships = {c.company.casefold(): c.relationship for c in ctx.draft.settings.conflicts}
    rel = next((relationships[c.casefold()] for c in companies if relationships.get(c.casefold())), "")
    candidates = []
    if rel:
        candidates.append(f"Disclosure: {rel} ({names}).")
    candidates += [
        f"Disclosure: I have a financial relationship with {names}{end}",
        f"Disclosure: I have ties to {names}{end}",
        f"COI: {names}",
    ]
    spec = ctx.spec
    base = ctx.text.rstrip()
    for line in candidates:
        if spec.counter(base + "\n\n" + line) <= ctx.limit:
            return line, True
    return candidates[-1], False


# A drug by its international non-proprietary name that bedside's table does not know (a new or unlisted agent),
# praised: with a declared conflict it may well be that company's, and the reader cannot tell
_UNLISTED_DRUG = regex.compile(
    r"\b[A-Za-z]{3,}(?:inib|rafenib|ciclib|parib|lisib|zomib|degib|tuzumab|lizumab|ximab|zumab|umab|mab|vedotin"
    r"|deruxtecan|govitecan|tansine|sertrant|lutamide)\b",
    regex.IGNORECASE,
)
_PRAISE = regex.compile(
    r"\b(?:best|strongest|first\s+choice|game\s*-?changer|nothing\s+(?:else\s+)?comes\s+close|favou?rite|incredible|impressive"
    r"|remarkable|beautiful|love|excellent|outstanding|should\s+be|switch(?:ed)?\s+(?:most|all|my)|better\s+than|the\s+future"
    r"|can'?t\s+wait|tolerab\w+|barely\s+any)\b",
    regex.IGNORECASE,
)


# A name in the slot where a recommendation puts a product: "nothing comes close to Zelquora", "I always recommend
# SunwellPlus", "switched most of my clinic to Zelquora", "Zelquora has been a game changer"
_PRAISED_NAME = regex.compile(
    r"(?:\bnothing\s+(?:else\s+)?(?:comes\s+close\s+to|beats|touches|compares\s+(?:to|with))|\b(?:I|we)\s+(?:\w+\s+)?"
    r"(?:recommend|prescribe|swear\s+by|reach\s+for|rely\s+on|trust)|\bswitch(?:ed)?\s+(?:[\w-]+\s+){0,4}?(?:to|onto)"
    r"|\b(?:big|huge)\s+fan\s+of|\bgo-?to\s+(?:is|has\s+been)|\b(?:responses|results)\s+(?:to|with|on)"
    r"|\b(?:done|doing|did|do)\s+(?:\w+\s+)?(?:well|beautifully|brilliantly|great|amazingly|fantastically)\s+on)\s+"
    r"(?-i:([A-Z][a-z]{4,}(?:[A-Z][a-z]+)?|[A-Z]{2,}[a-z]+\w*))\b(?!['’]s\s)"
    r"|(?-i:\b([A-Z][a-z]{4,}(?:[A-Z][a-z]+)?))\s+(?:\w+\s+)?(?:is|has\s+been|was)\s+(?:\w+\s+)?(?:an?\s+)?(?:such\s+an?\s+)?"
    r"(?:game[\s-]?changer|the\s+best|my\s+(?:first\s+choice|go-?to)|unbeatable|a\s+revelation|in\s+a\s+league\s+of\s+its\s+own"
    r"|positive\s+experience|fantastic|brilliant|excellent|amazing|a\s+gift|life-?changing)"
    r"|(?-i:\b([A-Z][a-z]+[A-Z][a-z]+))\s+(?:ports?|pumps?|devices?|kits?|tests?|catheters?|lines?|dressings?|drinks?|shakes?"
    r"|monitors?|apps?|systems?)\b",
    regex.IGNORECASE,
)
_NOT_A_PRODUCT = frozenset(
    [
        "this",
        "that",
        "these",
        "those",
        "they",
        "them",
        "their",
        "there",
        "here",
        "what",
        "which",
        "when",
        "where",
        "while",
        "with",
        "your",
        "yours",
        "ours",
        "mine",
        "everyone",
        "everybody",
        "anyone",
        "someone",
        "nobody",
        "people",
        "patients",
        "clinic",
        "team",
        "nurses",
        "doctors",
        "dietitians",
        "science",
        "evidence",
        "data",
        "guidelines",
        "screening",
        "surgery",
        "radiation",
        "chemo",
        "immunotherapy",
        "exercise",
        "sleep",
        "water",
        "walking",
        "honestly",
        "really",
        "always",
        "never",
        "mostly",
        "most",
    ]
)
# Coined brand names have a rare letter or end in a vowel (Zelquora, Kisqali, Verzenio, Lynparza); most English
# words and surnames in that slot do neither (Epic, Cerner, Hopkins)
_COINED = regex.compile(r"[zxqZXQ]|(?<=\w)[kv](?=\w)|[aio]$")
_CAPITAL_WORD = regex.compile(r"\b[A-Z][A-Za-z0-9]{4,}\b")


def _named_products(ctx: Context, companies: list[str]) -> list[regex.Match[str]]:
    """Unlisted products a post names: a word built on a declared company's name ("SunwellPlus" for Sunwell
    Nutrition), or a name in a recommendation's slot that is no drug, person or word bedside knows."""
    index = ctx.resources.get(load_index)
    stems = [s.casefold() for s in (short_name(c) or c.split()[0] for c in companies) if len(s) >= 4]
    found = [
        m
        for m in _CAPITAL_WORD.finditer(ctx.text)
        if any(
            not m.group().isupper()
            and m.group().casefold().startswith(stem)
            and (
                m.group()[len(stem) : len(stem) + 1].isupper()
                or m.group()[len(stem) : len(stem) + 1].isdigit()
            )
            for stem in stems
        )  # "SunwellPlus", not "Rochester" for Roche
    ]
    if found:
        return found
    clinical = is_clinical(ctx)
    names = ctx.resources.get(load_gazetteers)
    for m in _PRAISED_NAME.finditer(ctx.text):
        group = next(g for g in (1, 2, 3) if m.group(g))
        if group != 3 and not clinical:
            continue  # a name praised in a post about no medicine; "FlowGuard catheters" names its own kind
        word = m.group(group)
        if (
            not (_COINED.search(word) or group == 3)  # a CamelCase name before "ports" is a product's
            or word.casefold() in _NOT_A_PRODUCT
            or index.knows(word)
            or index.resolve(word) != frozenset({word})  # another company, by its name
            or word in names.first
            or word in names.last
        ):
            continue
        span = _SPAN.match(ctx.text, m.start(group), m.end(group))
        if span is not None:
            found.append(span)
    return found


_SPAN = regex.compile(r"(?s).+")


def _unknown_product(r: Rule, ctx: Context, companies: list[str]) -> Iterator[Finding]:
    """A praised drug bedside does not know, in a post by someone with a declared conflict: ask, don't assert."""
    index = ctx.resources.get(load_index)
    named = _named_products(ctx, companies)
    for m in [*_UNLISTED_DRUG.finditer(ctx.text), *named]:
        if index.knows(m.group()) or not (m in named or _PRAISE.search(ctx.text)):
            continue
        line, fits = disclosure_line(ctx, companies)
        yield r.finding(
            m.start(),
            m.end(),
            f'{"Praises" if _PRAISE.search(ctx.text) else "Names"} "{m.group()}", a drug or product bedside\'s table does not '
            "list, and you declared a conflict of interest with "
            f"{' and '.join(companies)}. If it is theirs, or competes with theirs, say so: posts travel without your bio.",
            suggestion=line,
            fix=Fix("Add a disclosure line", (Edit(len(ctx.text), len(ctx.text), "\n\n" + line),))
            if fits
            else None,
            evidence=(m.group(),),
        )
        return


@rule(
    code="COI001",
    name="undisclosed-conflict",
    category=Category.DISCLOSURE,
    severity=Severity.WARNING,
    requirement="G15",
    summary="Names a company you have a conflict of interest with, or a drug it markets, without a disclosure.",
    fix_title="Add a disclosure line",
    docs=RuleDocs(
        what=(
            "Takes your declared conflicts of interest (settings, or --conflict) and finds any mention of "
            "those companies, their subsidiaries and former names, or any oncology drug they market, brand "
            "or generic, or diagnostic test (a shipped table of more than 300); a company it does not know is also found "
            'by its name without its legal and sector words ("Corvane" for "Corvane Therapeutics"), and a drug the '
            'table does not list (a new agent named by its INN, such as "orzabrutinib") is asked about when the '
            'post praises it, as is a product named on the company\'s name ("SunwellPlus" for Sunwell Nutrition) '
            'and a coined brand name in the place a recommendation puts one ("nothing comes close to Zelquora"). '
            "When the post has no disclosure "
            '("Disclosure:", "COI:", "I consult for ...", "advisor to ...", "#ad"), it warns and proposes a '
            "disclosure line that fits the platform's limit."
        ),
        why=(
            "Followers cannot weigh your view of a drug without knowing your ties to its maker. The netiquette "
            "asks for disclosure in the post itself, not only in the bio, because posts travel without the bio "
            "(retweets, screenshots). Undisclosed promotion can also breach FTC endorsement rules and your "
            "institution's policy."
        ),
        example="Enhertu keeps delivering in HER2-low disease. (you consult for AstraZeneca)",
        use_instead=(
            "Enhertu keeps delivering in HER2-low disease.\n\n"
            "Disclosure: I have a financial relationship with AstraZeneca and Daiichi Sankyo."
        ),
        source=(
            "G15 (Engaging in professional spaces: disclose conflicts of interest); Beltrán Ponce et al., "
            "Future Oncology 2022, doi:10.2217/fon-2021-1366; ASCO Policy for Relationships with Companies; "
            "FTC Endorsement Guides, 16 CFR Part 255"
        ),
    ),
    flags=(
        Example("Enhertu keeps delivering in HER2-low disease.", conflicts=("AstraZeneca",)),
        Example("Great data for pembrolizumab today!", conflicts=("Merck",)),
    ),
    passes=(
        Example(
            "Enhertu keeps delivering in HER2-low disease. Disclosure: I consult for AstraZeneca.",
            conflicts=("AstraZeneca",),
        ),
        Example("Great data for pembrolizumab today!", conflicts=("Pfizer",)),
        Example("Great data for pembrolizumab today!"),
        Example(
            "Orzabrutinib's AF rate was 4% in the phase 3; we will see how it ages.", conflicts=("Orrin",)
        ),
    ),
)
def UNDISCLOSED_CONFLICT(r: Rule, ctx: Context) -> Iterator[Finding]:
    conflicts = ctx.draft.settings.conflicts
    if not conflicts:
        return
    index = ctx.resources.get(load_index)
    companies: set[str] = set()
    for c in conflicts:
        companies |= index.resolve(c.company)
    matches = [
        m
        for m in longest_non_overlapping(index.matcher_for(frozenset(companies)).find(ctx.text, ctx.folded))
        if not ctx.in_url(m.start, m.end)
    ]
    if DISCLOSED.search(ctx.text):
        return
    if not matches:
        yield from _unknown_product(r, ctx, sorted(companies))
        return
    named = list(dict.fromkeys(m.value.company for m in matches))
    described = list(dict.fromkeys(m.value.describe(m.term) for m in matches))
    line, fits = disclosure_line(ctx, named)
    msg = (
        f"Names {', '.join(described[:3])}; you declared a conflict of interest with "
        f"{' and '.join(named)} and the post has no disclosure. Posts travel without your bio."
    )
    if not fits:
        msg += " The disclosure does not fit the limit: shorten the post or disclose in the first reply."
    end = len(ctx.text.rstrip())
    first = matches[0]
    yield r.finding(
        first.start,
        first.end,
        msg,
        suggestion=line,
        fix=Fix("Add a disclosure line", (Edit(end, len(ctx.text), "\n\n" + line),)) if fits else None,
        evidence=tuple(m.term for m in matches),
    )
