"""Insults, ad hominem and contempt aimed at a person (not oncology words that sound violent).

The shipped tone model (issue #4) extends this; these patterns are the precise core: a word that is an
insult only when it is aimed at someone.
"""

from __future__ import annotations

import regex

_IV = regex.IGNORECASE | regex.VERBOSE

_INSULT_NOUNS = (
    r"idiots?|morons?|imbeciles?|clowns?|buffoons?|fools?|quacks?|charlatans?|shills?|liars?|hacks?|frauds?"
    r"|grifters?|snake\s+oil\s+salesm[ae]n|dumbass(?:es)?|jackass(?:es)?|jerks?|losers?|cranks?|dimwits?|halfwits?"
    r"|nitwits?|dolts?|numpties?|muppets?|tools?|trolls?|bozos?|clowns?|pharma\s+shills?|sellouts?|cowards?"
    r"|hypocrites?|bigots?|assholes?|a-holes?|pricks?|bastards?|scumbags?"
)
_INSULT_ADJ = (
    r"stupid|dumb|idiotic|moronic|ignorant|clueless|incompetent|pathetic|braindead|brain-dead|delusional"
    r"|dishonest|lazy|arrogant|useless|worthless|embarrassing|laughable|ridiculous|absurd|garbage|trash"
    r"|clown(?:ish)?|unhinged|deranged|dangerous|bought|corrupt|spineless|shameless|disgraceful|idiot"
)
_PEOPLE = (
    r"people|person|doctors?|docs?|oncologists?|physicians?|surgeons?|nurses?|authors?|reviewers?|editors?|researchers?"
    r"|investigators?|colleagues?|guy|guys|man|woman|men|women|folks|take|takes|comment|comments|argument|arguments"
    r"|opinion|opinions|tweet|tweets|post|posts|thread|response|reply|question|mind|excuse|clown|crowd|lot|bunch"
    r"|KOLs?|influencers?|experts?|self-?proclaimed\s+experts?"
)

TARGETED_INSULT = regex.compile(
    rf"""
    \b(?:you(?:'re|\s+are)?|u\s+r|ur|you\s+sound\s+like|what\s+an?|such\s+an?|this|these|those|that|he's|she's|they're
        |he\s+is|she\s+is|they\s+are|are\s+you|@\w+\s+is|@\w+\s+you)\s+(?:a\s+|an\s+|absolute\s+|complete\s+|total\s+
        |utter\s+|such\s+|real\s+|bunch\s+of\s+|pack\s+of\s+|fucking\s+|f\*+ing\s+|bloody\s+){{0,3}}(?:{_INSULT_NOUNS})\b
    | \b(?:{_INSULT_ADJ})\s+(?:{_PEOPLE})\b
    | \b(?:you(?:'re|\s+are)|u\s+r|ur|are\s+you|he's|she's|they're|he\s+is|she\s+is|they\s+are)\s+(?:so\s+|really\s+|just\s+
        |clearly\s+|obviously\s+|completely\s+|totally\s+|too\s+){{0,2}}(?:{_INSULT_ADJ})\b
    | \b(?:shut\s+up|STFU|screw\s+you|f(?:\*+|u)ck\s+(?:you|off)|go\s+to\s+hell|get\s+lost|piss\s+off|drop\s+dead|kys)\b
    | \b(?:only\s+an?\s+(?:idiot|moron|fool|quack|amateur|imbecile)\s+would)\b
    | \b(?:go\s+back\s+to\s+(?:med(?:ical)?|nursing|pharmacy)\s+school|who\s+gave\s+you\s+(?:a|your)\s+(?:license|licence|degree|MD))\b
    | \b(?:do|did)\s+you\s+even\s+(?:read|know|understand|practi[cs]e|see\s+patients|have\s+a)\b
    | \b(?:learn\s+to\s+read|try\s+reading|can\s+you\s+even\s+read|reading\s+comprehension)\b
    | \bpaid\s+(?:by|off\s+by)\s+(?:big\s+)?pharma\b|\bin\s+(?:big\s+)?pharma'?s\s+pocket\b
    """,
    _IV,
)

CONTEMPTUOUS = regex.compile(
    r"""
    \b(?:cute|adorable|sweet)\s+(?:that|how)\s+you\b
    | \bbless\s+your\s+(?:heart|soul)\b
    | \b(?:ok(?:ay)?|sure),?\s+(?:boomer|jan|buddy|pal|champ|sweetie|honey|hun)\b
    | \bimagine\s+(?:thinking|believing|being)\b
    | \btell\s+me\s+you\s+\w+(?:\s+\w+){0,4}\s+without\s+telling\s+me\b
    | \b(?:lol|lmao|rofl)\b[^.!?\n]{0,40}\b(?:you|your|u|ur)\b | \b(?:you|your)\b[^.!?\n]{0,60}\b(?:lol|lmao|rofl)\b
    | \bnobody\s+asked\b | \bstay\s+in\s+your\s+lane\b | \bsit\s+down\b | \bthe\s+audacity\b
    | \bwhat\s+a\s+joke\b | \bjoke\s+of\s+an?\b | \byeah,?\s+right\b | \bsure\s+you\s+(?:do|did|are)\b
    | \bcongrats\s+on\s+(?:missing|ignoring)\b | \bthanks\s+for\s+nothing\b | \bnice\s+try\b
    | \bwhere\s+did\s+you\s+get\s+your\s+(?:degree|MD|license)\b | \bDunning[- ]Kruger\b
    | 🙄|🤡|🤦(?:\u200d[♀♂]\ufe0f?)?|🖕
    """,
    _IV,
)
