"""A life mapped piece by piece (#6, G21): when, where, what to look for, who with, where they live.

Doxxing rarely says "here is her address". It says "Emily gets the 23 bus from Marchmont around 7.40 every
morning, sits upstairs at the front", or, warmly, "always see you at Jummah at the Roundhay mosque, 1.15,
parking the silver Prius by the side gate". No one phrase gives these away; together the facets do: a time or a
habit, a named place, a way to recognise the person, their family, their home. ``facets`` finds each kind once;
three kinds about a person (you, her, a name) make a map, whatever the tone. An invitation to a public event
("see you at the charity walk on Sunday at 9") gives a time and a place too, but no habit and no way to spot
anyone, so it is left alone.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

_I = regex.IGNORECASE | regex.VERBOSE

_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_TIME = regex.compile(
    rf"""
    \b\d{{1,2}}[:.]\d\d\s*(?:am|pm|h)?\b(?!\s*(?:%|mg|ml|kg|cm|mm|years?|months?|weeks?|x\b))
    | \b\d{{1,2}}\s*(?:am|pm)\b
    | \b(?:every|most|each|all)\s+(?:other\s+|second\s+)?(?:{_DAYS}|morning|evening|night|day|week(?:end|day)?|lunchtime)s?\b
    | \b{_DAYS}s\b | \b{_DAYS}\s+(?:mornings?|evenings?|nights?|afternoons?|lunchtimes?)\b
    | \b(?:same\s+time|like\s+clockwork|as\s+always|sharp)\b
    | \bon\s+{_DAYS}\b | \b(?:yesterday|last\s+night|this\s+(?:morning|afternoon|evening))\b
    """,
    _I,
)
# a habit, not a date: what separates "most Saturdays at 9" from "this Saturday at 9"
_HABIT = regex.compile(
    rf"""
    \b(?:every|most|each)\s+(?:other\s+|second\s+)?\w+ | \b{_DAYS}s\b | \b(?:always|usually|regularly|often|same\s+time|like\s+clockwork|as\s+always)\b
    | \b(?:saw|seen|spotted)\s+(?:you|u|her|him)\b(?!\s+(?:at|on|in)\s+(?:the\s+)?(?:\w+\s+){{0,3}}(?:talk|lecture|panel|session|conference|congress|webinar|grand\s+rounds|meeting|summit|symposium)\b)
    """,
    _I,
)
_PLACE = regex.compile(
    r"""
    (?-i:(?<!^)(?<![.!?]\s)\b(?:at|on|in|from|near|past|outside|by|behind|along|off|opposite)\s+(?:the\s+)?(?:St\.?\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Facebook|Instagram|Twitter|TikTok|LinkedIn|YouTube|Telegram|WhatsApp|Reddit)[A-Z][a-z][\w'’-]*)
    | \b(?:the|her|his|your)\s+(?:\w+\s+)?(?:gym|pool|mosque|church|temple|gurdwara|synagogue|parkrun|pitches|school\s+gate|bus\s+stop|car\s+park|towpath|trail|leisure\s+cent(?:re|er))\b
    """,
    _I,
)
_LOOK = regex.compile(
    r"""
    \b(?:red|blue|green|black|white|silver|grey|gray|pink|orange|yellow|purple|navy|maroon|gold|brown|beige)\s+(?:\w+\s+)?
      (?:car|van|suv|jeep|bike|scooter|coat|jacket|hoodie|scarf|hat|cap|bag|backpack|panniers|bottle|door|gate|tudun|hijab|dupatta|saree
      |helmet|lanyard|umbrella|pram|buggy|Prius|Golf|Civic|Corolla|Polo|Fiesta|Mini|Tesla|Volvo|Audi|BMW|Merc\w*|Honda|Toyota|Nissan\w*
      |Kia|Hyundai|Creta|Swift|Myvi|Axia|Vios|Ford|Skoda|Octavia|Yaris|Qashqai|Juke|Micra)\b
    | \b(?:reg|registration|plate|number\s+plate)\s+(?:ends|ending|starts|starting|is|number|no\.?|(?-i:[A-Z0-9]{2,}\b)) | \bthe\s+\d{1,3}\s+bus\b | \bbus\s+\d{1,3}\b
    | \b(?:back|front)\s+row\b | \bsits?\s+(?:upstairs|downstairs|at\s+the\s+(?:front|back))\b | \b(?:parks?|parking)\s+(?:the|her|his|your)\b
    """,
    _I,
)
_KIN = regex.compile(
    r"""
    (?<!\b(?:my|our)\s(?:\w+\s)?)\b(?:your|ur|her|his|their)\s+(?:\w+\s+)?(?:mum|mam|mom|mother|dad|father|parents|wife|husband|partner
      |kids?|children|sons?|daughters?|twins|lads?|girls?|boys?|youngest|eldest|little\s+ones?|mother-in-law|father-in-law|in-laws|dog|family)\b
    | (?-i:\b[A-Z][a-z]+(?:'s|’s))\s+(?:kids?|children|sons?|daughters?|twins|wife|husband|partner|mum|mom|dad|parents|family)\b
    | \bsu\s+(?:esposo|esposa|marido|mujer|hij[oa]s?)\b
    | \bwith\s+(?:your|her|his)\s+(?:\w+\s+){0,2}(?:kids?|children|husband|wife|partner|mum|mom|mam|daughters?|sons?|girls?|boys?|family|dog)\b
    """,
    _I,
)
_HOME = regex.compile(
    r"""
    \b(?:lives?|living)\s+(?:at|on|in|off|near|behind|opposite)\b | \b(?:stays?|staying)\s+(?:at|on|off|near|behind|opposite)\b
    | \b(?:your|her|his|their)\s+(?:\w+\s+)?(?:house|home|flat|apartment|condo|farmhouse|bungalow|place|street|estate|road)\b
    | \b(?:house|flat|apartment|condo|farmhouse|bungalow)\s+(?:on|at|in|off|near)\s+(?-i:[A-Z0-9])
    | \b(?:flat|unit|apt|house)\s+(?:no\.?\s*)?\d{1,4}[A-Za-z]?\b
    | \b(?:stays?|staying)\s+in\s+the\b
    | \b(?:big|small|little|white|red|blue|brick|yellow|grey|gray|green)\s+(?-i:house)\s+(?:with|on|at|by|near|behind|opposite)\b
    | \bvive\s+en\b | \bcalle\s+(?-i:[A-Z]) | \bcasa\s+(?:blanca|azul|roja|verde|amarilla|gris)\b
    """,
    _I,
)
_PERSON = regex.compile(
    r"\b(?:you|u|your|ur|she|her|he|him|his|dr|doc|doctor|nurse)\b|(?-i:^\W*[A-Z][a-z]+\b(?!\s+(?:is|are)\s+(?:a|an|the)\b))",
    regex.IGNORECASE,
)
# a public event invited to, or a safety tip given: times and places without a map of anyone
_PUBLIC = regex.compile(
    r"""
    \b(?:join\s+us|see\s+you\s+(?:all\s+)?(?:there|at\s+the\s+(?:\w+\s+){0,3}(?:run|walk|talk|gala|party|dinner|fundraiser|launch|meeting|event|conference|clinic|session|match|game)))\b
    | \b(?:tickets?|register|registration\s+(?:is\s+)?open|sign\s+up|fundraiser|charity|sponsor(?:ed)?)\b
    """,
    _I,
)
# advice to lock a life down names the same facets it protects
_ADVICE = regex.compile(
    r"\b(?:lock\s+down|privacy\s+settings|turn\s+off\s+location|remove\s+your|never\s+post|don'?t\s+post|be\s+careful\s+(?:what|with)"
    r"|(?:set|make)\s+(?:your|ur)\s+[\w\s']{1,20}?\s*(?:to\s+)?private|hide\s+your\s+(?:friends|followers|location|list))\b",
    regex.IGNORECASE,
)

# a child's school by its year or class ("Year 9", "the girls' school in Strathfield")
_SCHOOL = regex.compile(
    r"\b(?:year|grade|class|standard|form|primary|P)\s*\d{1,2}\b|\b(?:girls'?|boys'?|primary|grammar|secondary|high|convent)\s+school\b"
    r"|\b(?:school\s+(?:gate|run|bus|uniform)|uniform)\b",
    regex.IGNORECASE,
)

_KINDS = {"time": _TIME, "place": _PLACE, "look": _LOOK, "kin": _KIN, "home": _HOME, "school": _SCHOOL}


@dataclass(frozen=True, slots=True)
class Facet:
    kind: str
    text: str


def facets(text: str) -> tuple[Facet, ...]:
    """Each kind of map facet the text gives, with the words that give it (the first of each kind)."""
    found = []
    for kind, pattern in _KINDS.items():
        m = pattern.search(text)
        if m is not None:
            found.append(Facet(kind, m.group().strip()))
    return tuple(found)


def maps_a_life(text: str) -> tuple[Facet, ...]:
    """The facets, when three kinds or more about a person make a map; otherwise ()."""
    if len(text) > 2000 or _PERSON.search(text) is None:
        return ()
    if _ADVICE.search(text):
        return ()
    found = facets(text)
    if len(found) < 3:
        return ()
    kinds = {f.kind for f in found}
    if _PUBLIC.search(text) and not (_HABIT.search(text) or "look" in kinds or "home" in kinds):
        return ()
    if "time" in kinds and not _HABIT.search(text) and not kinds & {"look", "home"}:
        return ()  # one date, a place and a family: a greeting for an event, not a routine
    return found


# someone other than the writer: "my husband and I walk the dog on the Strand every evening" maps only the writer
_OTHER = regex.compile(
    r"\b(?:you|u|your|ur|yours|she|her|he|him|his|they|them|their|dr|doc|doctor|nurse|someone|somebody|anyone|people)\b"
    r"|\b(?:lives|drives|parks|works|gets|takes|walks|runs|swims|married|marrying|imposter)\b|(?-i:\b[A-Z][a-z]+(?:'s|’s)\s)",
    regex.IGNORECASE,
)
_WRITER = regex.compile(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:husband|wife|partner|kids?|children|son|daughter|family|dog|car|house|home|flat|mum|mom|dad)\b",
    regex.IGNORECASE,
)


def writers_own(text: str) -> bool:
    """The writer's own life ("my husband", "our house"), told in the first person, with no one else in it."""
    return _WRITER.search(text) is not None and _OTHER.search(text) is None


def privacy_advice(text: str) -> bool:
    """Advice to lock one's life down ("set your FB to private, hide your friends list"): never a threat or doxxing."""
    return _ADVICE.search(text) is not None


def public_invitation(text: str) -> bool:
    """An invitation to a public event or a safety tip: a date and a place, but no habit and no way to spot anyone."""
    if _ADVICE.search(text):
        return True
    return (
        _PUBLIC.search(text) is not None
        and _HABIT.search(text) is None
        and _LOOK.search(text) is None
        and _HOME.search(text) is None
        and _KIN.search(text) is None
    )
