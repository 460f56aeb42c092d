"""Patient identifiers and quasi-identifiers in short posts (HIPAA Safe Harbor, 45 CFR 164.514(b)(2))."""

from __future__ import annotations

import regex

from bedside.rules.patterns import MONTH, ORDINAL_WORD, WEEKDAY

_IV = regex.IGNORECASE | regex.VERBOSE
_V = regex.VERBOSE

PATIENT_CONTEXT = regex.compile(
    r"""
    \b(?:patients?|pts?|my\s+(?:patient|pt)|our\s+patient|admitted|admission|presented|presenting|diagnosed|dx|dx'd
        |came\s+in|saw\s+(?:a|an|her|him|them)|seen\s+in|in\s+clinic|on\s+the\s+(?:ward|floor|unit)|in\s+the\s+(?:ED|ER|ICU)
        |bedside|consult(?:ed)?|discharged|biopsied|rounds|hospice|chemo|infusion|scan|biopsy|tumou?r|cancer|
        \w+omas?|leuk(?:a)?emia|myeloma|metasta\w+|his|her|he|she|husband|wife|family|daughter|son)\b
    | \b\d{1,3}\s*(?:yo|y/o|y\.o\.|-?\s?years?[- ]old|yrs?\s+old|-?yr-?old)\b | \b\d{1,3}\s?[MF]\b
    """,
    _IV,
)

HONORIFIC_NAME = regex.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Mister|Mme)\.?\s+([A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)\b", _V
)
NAMED = regex.compile(
    r"\b(?:patient|pt|man|woman|lady|gentleman|boy|girl|guy|kid|child|veteran)\s+(?:named|called)\s+([A-Z][a-z]+)",
    _IV,
)
PATIENT_THEN_NAME = regex.compile(
    r"\b(?:[Mm]y|[Oo]ur)\s+(?:patient|pt),?\s+([A-Z][a-z]{2,})(?:\s+([A-Z][a-z]{2,}))?\b"
)
NAME_THEN_AGE = regex.compile(
    r"\b([A-Z][a-z]{2,})(?:\s+([A-Z][a-z]{2,}|[A-Z]\.))?,\s+(?:a|an|my|our)?\s*\d{1,3}[- ]?(?:years?|yo|y/o|yr)",
    _V,
)
FIRST_AND_INITIAL = regex.compile(r"\b([A-Z][a-z]{2,})\s+([A-Z])\.(?=[\s,;:!?)]|$)(?!\s+[A-Z][a-z])", _V)

DATE_NUMERIC = regex.compile(
    r"(?<![\d/.])(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])(?:/(?:\d{4}|\d{2}))?(?![\d/])"
)
DATE_WORDS = regex.compile(
    rf"""
    \b{MONTH}\.?\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?!\s*(?:%|mg|patients|pts|years))
    | \b(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\b
    | \bthe\s+{ORDINAL_WORD}\s+of\s+{MONTH}\b
    | \b(?:last|this\s+past|on|this|next)\s+{WEEKDAY}\b
    """,
    _V,
)
EVENT_CONTEXT = regex.compile(
    r"\b(?:ASCO|ESMO|ASH|AACR|SABCS|ASTRO|meeting|conference|congress|symposium|webinar|session|talk|lecture|"
    r"grand\s+rounds|journal\s+club|tumou?r\s+board|deadline|abstracts?|registration|workshop|summit|course|"
    r"livestream|podcast|chat|tweetchat|class|exam|interview|poster|plenary|meetup|retreat|moves?\s+to|"
    r"starting|starts|join\s+us|RSVP)\b|#\w+",
    regex.IGNORECASE,
)

AGE_OVER_89 = regex.compile(
    r"""
    \b(?:9\d|1[0-2]\d)\s*(?:-\s*|\s)?(?:years?|yrs?|y)[\s-]*(?:old|o\b|/o)
    | \b(?:9\d|1[0-2]\d)\s*(?:yo|y/o|y\.o\.)(?!\w)
    | \b(?:aged?|age)\s+(?:9\d|1[0-2]\d)\b
    | \bin\s+(?:his|her|their)\s+(?:late\s+|mid\s+|early\s+)?(?:90s|nineties|100s)\b
    | \b(?:nonagenarian|centenarian)s?\b
    | \b(?:turned|turning|just\s+turned)\s+(?:9\d|1[0-2]\d)\b
    """,
    _IV,
)
AGE_SEX_OVER_89 = regex.compile(r"\b(?:9\d|1[0-2]\d)\s?[MF]\b")

RECORD_NUMBER = regex.compile(
    r"""
    \b(?:MRN|med(?:ical)?\s+rec(?:ord)?(?:\s+(?:number|no\.?|\#))?|record\s+(?:number|no\.?|\#)|acct\.?|account
        |member\s+ID|policy|health\s+plan|insurance\s+ID|Medicare|Medicaid|SSN|social\s+security|chart|FIN
        |encounter|accession|case|patient\s+ID|pt\s+ID|ID|license|licence|DEA|NPI|device|serial|VIN|plate)
    \s*(?:number|no\.?|\#|num)?\s*[:\#]?\s*(?=[A-Z0-9-]*\d)[A-Z]{0,3}-?\d[\d-]{2,14}\b
    | \b\d{3}-\d{2}-\d{4}\b
    """,
    _IV,
)

SMALL_PLACE = regex.compile(
    r"""
    (?<!conference\s|meeting\s|class|lecture\s|board\s|break\s|waiting\s|call\s|zoom\s)
    \b(?:room|rm|bed|bay|ward|pod|cubicle|stall|bay\s+no\.?)\s*\#?\s*\d{1,4}[A-Z]?\b
    """,
    _IV,
)

IMAGE_IDENTIFIER = regex.compile(
    r"""
    \b(?:photo|pic|picture|image|scan|x-?ray|CT|MRI|PET|screenshot|slide|film|selfie|video|clip)s?\b
    [^.!?\n]{0,80}?
    \b(?:wristband|wrist\s+band|name\s?band|ID\s+band|hospital\s+band|DOB|date\s+of\s+birth|name\s+(?:on|visible|showing|in\s+the\s+corner)
        |MRN|face|faces|chart|label|sticker|patient\s+name|tattoo|birthmark|her\s+name|his\s+name)\b
    | \b(?:wristband|name\s?band|DOB|date\s+of\s+birth|patient\s+name|face)\b
    [^.!?\n]{0,60}?\b(?:visible|showing|in\s+(?:the|this)\s+(?:photo|pic|picture|image|shot|scan))\b
    """,
    _IV,
)

# Quasi-identifiers (G5): each adds to the chance that someone recognises the patient.
EXACT_AGE = regex.compile(
    r"\b\d{1,2}\s*(?:-\s*|\s)?(?:years?|yrs?|y)[\s-]*(?:old|o\b|/o)|\b\d{1,2}\s*(?:yo|y/o|y\.o\.)(?!\w)"
    r"|\b\d{1,2}\s?[MF]\b(?!\w)|\b(?:aged?)\s+\d{1,2}\b",
    regex.IGNORECASE,
)
SEX = regex.compile(
    r"\b(?:woman|man|female|male|girl|boy|lady|gentleman|mother|father|mom|dad|grandmother|grandfather|"
    r"grandma|grandpa|wife|husband|daughter|son|she|he)\b",
    regex.IGNORECASE,
)
TIME_OF_ENCOUNTER = regex.compile(
    r"\b(?:this\s+(?:morning|afternoon|evening|week)|today|tonight|yesterday|last\s+night|earlier\s+today|"
    r"just\s+(?:saw|admitted|diagnosed|had|met|told|broke)|right\s+now|overnight|on\s+call\s+last\s+night)\b",
    regex.IGNORECASE,
)
PLACE = regex.compile(
    rf"\b(?:from|in|near|outside|of)\s+(?!(?:{MONTH}|{WEEKDAY}|the|a|an|my|our|his|her|their|clinic|Clinic)\b)"
    r"([A-Z][a-z]{2,}(?:[\s-][A-Z][a-z]{2,}){0,2}(?:,\s*[A-Z]{2}\b)?)",
    regex.VERBOSE,
)
FAMILY_DETAIL = regex.compile(
    r"\b(?:his|her|their)\s+(?:\w+\s+)?(?:daughter|son|wife|husband|kids?|children|twins|triplets|grandkids?|"
    r"granddaughter|grandson|mother|father|mom|dad|sister|brother|fianc[eé]e?|partner|baby)(?:'s)?\s+"
    r"(?:\w+\s+){0,2}?(?:wedding|graduation|birthday|prom|funeral|baptism|bar\s+mitzvah|bat\s+mitzvah|"
    r"quincea[nñ]era|due\s+date|deployment|game|recital)\b",
    regex.IGNORECASE,
)
UNIQUENESS = regex.compile(
    r"\b(?:the\s+only|only\s+(?:the\s+)?(?:second|third|one|case|patient)|first\s+(?:case|patient|time\s+ever|ever)|"
    r"never\s+(?:seen|had)\s+(?:one|this|a\s+case)|one\s+in\s+a\s+million|youngest|oldest|record-?breaking|"
    r"made\s+(?:the\s+)?(?:news|headlines|paper)|front\s+page)\b",
    regex.IGNORECASE,
)
RARE = regex.compile(
    r"""
    \b(?:rare|ultra-?rare|unusual|extraordinary|zebra|case\s+report)\b
    | \b(?:Merkel\s+cell|uveal\s+melanoma|cholangiocarcinoma|mesothelioma|chordoma|adrenocortical|thymoma|thymic
        |pheochromocytoma|paraganglioma|NUT\s+carcinoma|DSRCT|desmoplastic|angiosarcoma|male\s+breast\s+cancer
        |breast\s+cancer\s+in\s+a\s+man|penile|vulvar|anal|gestational|choriocarcinoma|retinoblastoma|Erdheim
        |Castleman|during\s+(?:her\s+)?pregnancy|pregnant|(?:\w+\s+)?trimester)\b
    """,
    _IV,
)
OCCUPATION = regex.compile(
    r"""
    \b(?:(?:NFL|NBA|MLB|NHL|WNBA|MLS|college|high\s+school|professional|pro|retired|former|local|famous|well-known|star)\s+)?
    (?:(?:kindergarten|elementary|middle\s+school|high\s+school|math|art|music|science|PE|history)\s+teacher|teacher
      |principal|professor|firefighter|fireman|police\s+(?:officer|chief)|cop|sheriff|deputy|detective|pilot|flight\s+attendant
      |pastor|priest|rabbi|imam|minister|nun|bishop|mayor|governor|senator|congress(?:man|woman)|councilman|councilwoman
      |judge|lawyer|attorney|coach|linebacker|quarterback|lineman|pitcher|goalie|athlete|olympian|marathoner|NFL|NBA|MLB|NHL
      |farmer|rancher|fisherman|lobsterman|chef|baker|bartender|barber|hairdresser|musician|singer|guitarist|drummer
      |actor|actress|artist|author|novelist|journalist|reporter|anchor|news\s+anchor|CEO|founder|banker|surgeon|dentist
      |veterinarian|vet|pharmacist|electrician|plumber|carpenter|mechanic|trucker|truck\s+driver|bus\s+driver|mail\s+carrier
      |postman|soldier|marine|sailor|airman|Navy\s+SEAL|astronaut|influencer|YouTuber|TikToker|streamer|model|dancer
      |ballerina|nurse|paramedic|EMT|librarian|scientist|engineer|programmer|student|cheerleader|valedictorian
      |twins?|triplets)\b
    """,
    _IV,
)
