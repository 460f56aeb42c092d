from __future__ import annotations

import regex

from bedside.rules.fastregex import fast_compile
from bedside.rules.patterns import WEEKDAY

_IV = regex.IGNORECASE | regex.VERBOSE

HOME_CUE = regex.compile(
    r"""
    \b(?:my|our)\s+(?:new\s+|own\s+)?(?:home|house|place|apartment|apt|flat|condo|address|front\s+door|porch
        |backyard|driveway|street|block|neighbou?rhood|townhouse|kitchen|bedroom|balcony|window|living\s+room|yard|garden
        |mailbox|doorstep|stoop)\b | \bI'?m\s+at\b | \bcome\s+find\s+me\b
    | \b(?:I|we)\s+(?:now\s+)?live\b | \b(?:I|we)(?:'ve|\s+have|\s+just|\s+finally)?\s+moved\s+(?:in)?to\b | \b(?:just|finally)\s+moved\s+in(?:to)?\b
    | \bhousewarming\b | \bcome\s+(?:on\s+)?(?:by|over|round)\b | \bswing\s+by\b | \bat\s+ours\b
    | \bhome\s+address\b | \bsend\s+(?:it|them|mail|cards?|packages?)\s+to\b
    | \b(?:new|my|our)\s+(?:home\s+|mailing\s+)?address\b | \baddress\s+for\s+(?:holiday\s+)?cards\b
    | \b(?:the\s+)?(?:driveway|front\s+porch|front\s+door|kitchen\s+table)\b | \b(?:unit|apt|flat)\s+\w+\s+here\b
    | \bkids\s+are\s+(?:finally\s+)?asleep\b | \bhome\s+sweet\s+home\b
    | \bnew\s+(?:house|flat|apartment|condo|digs)\b
    | \b(?:grab|collect|pick\s+up|drop\s+off|leave)\s+(?:\w+\s+)?(?:packages|mail|parcels|deliveries)\b
    """,
    _IV,
)
LIVE_ON = regex.compile(
    r"\b(?:I|we)\s+live\s+(?:on|at|in)\b|\b(?:who|I|we)\s+lives?\s+(?:in|on|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:house|home|place|"
    r"apartment|condo|flat|building)\s+(?:on|at)\b|\b(?:my|our|the)\s+(?:apartment|house|home|place|condo|flat|farmhouse|townhouse)\s+"
    r"(?:on|at)\b|\bon\s+the\s+corner\s+of\b",
    _IV,
)

PERSONAL_PHONE_CUE = regex.compile(
    r"""
    \bmy\s+(?:personal\s+|own\s+|private\s+|home\s+)?(?:cell|mobile|cell\s?phone|phone|number|digits|whatsapp|signal)\b
    | \b(?:new\s+)?(?:personal|private)\s+(?:number|cell|phone|line)\b
    | \b(?:text|call|ring|whatsapp|signal|reach)\s+me\b | \bpersonal\s+(?:cell|number|phone|mobile)\b
    | \bhome\s+(?:phone|number)\b
    """,
    _IV,
)
WORK_PHONE_CUE = regex.compile(
    r"""
    \b(?:clinic|office|department|dept|front\s+desk|scheduling|schedule|appointments?|nurse\s+line|triage|hotline
        |helpline|call\s+us|contact\s+us|cent(?:er|re)|program(?:me)?|navigator|pager|fax|switchboard|hospital
        |practice|team|intake|referrals?|unit|ward|pharmacy|lab|line\s+for|our\s+(?:line|number))\b
    """,
    _IV,
)

KIN = (
    r"(?:son|daughter|kid|kids|child|children|boy|girl|boys|girls|twins|toddler|baby|little\s+one|stepson|stepdaughter"
    r"|\d{1,2}[- ]?(?:year|yr)[- ]?old|\d{1,2}\s?yo)"
)
_NOT_NAME = (
    r"(?:The|This|That|These|Those|And|But|Or|So|Is|Was|Has|Had|Just|Who|Which|When|What|Where|Why|How|Today"
    r"|Tonight|Yesterday|Tomorrow|I|We|He|She|They|It|My|Our|His|Her|Their|If|On|In|At|For|With|From|To|Of"
    rf"|Also|Even|Still|Finally|Now|Then|Lol|Omg|{WEEKDAY}"
    r"|January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
CHILD_NAME = regex.compile(
    rf"\b(?:[Mm]y|[Oo]ur)\s+(?:\w+\s+){{0,2}}?{KIN}(?:'s)?,?\s+(?!{_NOT_NAME})([A-Z][a-z]{{2,}})\b(?!\s+(?:Elementary|School|Academy))",
    regex.VERBOSE,
)
SCHOOL = regex.compile(
    r"""
    \b(?:[A-Z][\w'.-]*\s+){1,4}(?:Elementary|Middle|High|Academy|Montessori|Preschool|Pre-?K
        |Day\s?care|Primary|Kindergarten|Nursery|Prep|School|Vidyalaya|Grammar|Infants)\b
    | \b(?:Scoil|Gaelscoil|Coláiste|Colaiste|Kendriya\s+Vidyalaya)\s+[A-Z][\w'-]+
    | \b(?:[A-Z][\w'.-]*\s+){0,2}(?:Cricket|Football|Soccer|Rugby|Netball|Hockey|Swim(?:ming)?|Tennis|Athletics|Gymnastics|Dance|Baseball
        |Basketball|Sailing|Rowing|Judo|Karate|Chess|Youth|Junior)\s+Club\b | \b(?:[A-Z][\w'.-]*\s+){1,3}(?:FC|Juniors|Little\s+League|Swim\s+Team)\b
    | \b(?:[Pp]ick(?:ed|ing|s)?\s+(?:\w+\s+){0,2}up|[Dd]rop(?:ped|ping|s)?\s+(?:\w+\s+){0,2}off)\s+(?:from|at)\s+
      \KSt\.?\s+[A-Z][\w-]+'s
    """,
    regex.VERBOSE,
)
CHILD_CUE = fast_compile(
    rf"\b(?:my|our)\s+(?:\w+\s+){{0,2}}?{KIN}\b|\b(?:school|daycare)\s+(?:run|pick-?up|drop-?off)\b"
    r"|\b(?:science\s+fair|recital|spelling\s+bee|report\s+card|first\s+day\s+of\s+(?:school|kindergarten)|field\s+trip"
    r"|first\s+(?:week|term|month)\s+(?:at|of)|junior\s+infants|senior\s+infants|the\s+kids\s+up"
    r"|(?:she|he)(?:'s|\s+is)\s+(?:[1-9]|1[0-2])(?!\s*(?:%|mg|cm|mm|days?|weeks?|months?|hours?|cycles?|years?\s+(?:out|since|post|from|cancer)))"
    r"|PTA|parent-teacher|soccer\s+practice|little\s+league|play\s?date|bake\s+sale|graduation|first\s+day\s+(?:at|of)"
    r"|proud\s+(?:mama|mom|mum|momma|dad|papa|parent)|mama|varsity|daycare|preschool|kindergarten|home\s+games?"
    r"|(?:oncology\s+|other\s+|fellow\s+)?parents\s+at|carpool|school\s+gate"
    r"|(?:dropping|dropped|drop|picking|picked|pick|collects?|collecting|collected)\s+(?:up\s+|off\s+)?(?:the\s+)?(?:twins|kids|boys|girls|little\s+ones?)"
    r"|kid'?s\s+(?:\w+\s+)?coach|(?:my|our)\s+(?:little|youngest|eldest|oldest|middle)\s+(?-i:[A-Z][a-z]+)|proud\s+mammy|the\s+twins(?=['’])"
    r")\b"
    r"|\b(?:pick(?:ing)?|drop(?:ping)?)\s+(?:\w+\s+){0,2}(?:up|off)\b",
    regex.IGNORECASE,
)

ACTIVITY = regex.compile(
    r"""
    \b(?:I|we)(?:'m|\s+am|\s+usually|\s+always|\s+often|\s+normally|\s+tend\s+to)?\s+(?:\w+\s+)?
    (?:run|running|jog|jogging|walk|walking|swim|swimming|bike|biking|cycle|cycling|ride|riding|train|training
      |work\s?out|lift|lifting|hike|hiking|surf|row|rowing|climb|go|going|head|heading|drop|dropping|pick|picking
      |grab|grabbing|get|getting|commute|park|leave|leaving|am\s+at|'m\s+at|sit|do|doing|practice|walk\s+the\s+dog)\b
    | \b(?:find|catch|see)\s+me\s+(?:(?:every|each|most|on)\s+\w+\s+(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+)?)?(?:at|on|in)\b
    | \bmy\s+(?:morning|evening|daily|usual|weekly|regular)\s+\w+
    | \bI'?m\s+(?:always|usually|normally)\s+parked\b
    """,
    _IV,
)
REGULAR = fast_compile(
    rf"""
    \b{WEEKDAY}s?\s*(?:/|&|and|\+)\s*{WEEKDAY}s?\b | \bsame\s+(?:time|place|spot|lot|bench|table)\b
    | \bevery\s+(?:night|morning|evening)\s+after\b |
    \b(?:every|each)\s+(?:single\s+)?(?:day|morning|evening|night|weekday|weekend|week|{WEEKDAY}s?)\b
    | \b(?:daily|nightly|weekdays|mornings|evenings|{WEEKDAY}s)\b | \b(?:usually|always|religiously)\b
    | \bmost\s+(?:nights|mornings|evenings|days|weekdays|weekends)\b | \b(?:routine|ritual|without\s+fail|like\s+clockwork)\b
    | \bmy\s+(?:weekday\s+|weekend\s+)?(?:morning|evening|daily|usual|weekly|regular)\b | \bparkrun\b
    | \bschool\s+(?:pick-?up|drop-?off|run)\b
    """,
    _IV,
)
ROUTINE_PLACE = regex.compile(
    r"""
    \b(?:at|on|in|around|along|near|by)\s+(?:the\s+)?(?:[\w'.-]+\s+){0,3}?
        (?:(?i:loop|trail|park|gym|path|track|pool|studio|caf[eé]|coffee|reservoir|lake|river|beach
         |greenway|bridge|field|club|church|market|towpath|canal|promenade|seafront|esplanade|boardwalk|waterfront|common|heath)|Y|YMCA|Starbucks)\b
    | (?i:\b(?:run(?:ning)?|jog(?:ging)?|walk(?:ing)?|cycl(?:e|ing)|swim(?:ming)?|rid(?:e|ing))\s+(?:the\s+)?(?:[\w'.-]+\s+){0,2}?(?:loop|trail|path|towpath|track|route)\b)
    | \b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Park|Green|Common|Oval|Reserve|Leisure\s+Cent(?:re|er)|Sports\s+Cent(?:re|er)|Pool|Lido|Fitness|Gym)\b
    """,
    regex.VERBOSE,
)
# A capitalised name after at/on/in is a place only with a clock time beside it ("in HCC" is not a place).
NAMED_PLACE = regex.compile(
    r"\b(?:at|on|in|around|along|near|by|from)\s+(?:the\s+)?[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,2}\b"
)

EMPTY_HOUSE = fast_compile(
    r"""
    \b(?:I'?ll\s+be|I\s+will\s+be|we'?ll\s+be|we\s+will\s+be|we'?re|we\s+are|I'?m|I\s+am)\s+(?:away|out\s+of\s+the\s+country|abroad|overseas)\b[^.!?\n]{0,30}?
      \d{1,2}(?:st|nd|rd|th)?\s*(?:–|-|to|until|till|through)\s*\d{1,2}\b
      (?=[^\n]{0,160}\b(?:travel+ing\s+with\s+me|coming\s+with\s+me|the\s+house\b(?!\s+(?:staff|officers?|call|team|doctors?|physicians?|of|party|style|wine|music))
        |our\s+(?:house|home|place)(?!\s+(?:infusion|care|visits?|health|team))|the\s+whole\s+family))
    |
    \b(?:house|home|place|apartment|flat|condo)\s+(?:(?:in|on)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?
      (?:is|will\s+be|'ll\s+be|sits?|stays?|'s|has\s+been|'s\s+been)\s+(?:totally\s+|completely\s+)?empty\b
    | \bempty\s+(?:house|home|apartment|flat)\b
    | \bnobody(?:'s|\s+is|\s+will\s+be|'ll\s+be)?\s+(?:home|at\s+home|at\s+the\s+house|at\s+our\s+place)\b
    | \b(?:no\s+one|nobody)\s+(?:is\s+|will\s+be\s+)?(?:home|around)\s+(?:until|till|for)\b
    | (?<=\b(?:the|our|my)\s+(?:house|home|place|flat)\b[^.!?\n]{0,80})\b(?:no\s+one|nobody)\s+(?:will\s+be|'ll\s+be|is)\s+(?:there|in|home)\b
    | \bleaving\s+(?:the\s+|our\s+|my\s+)?(?:house|home|place|flat)\s+(?:(?:in|on)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s+)?(?:empty|unattended|alone)\b
    """,
    _IV,
)
FAMILY_AWAY = regex.compile(
    r"""
    \b(?:we|we're|we\s+are|we'll\s+be|we\s+will\s+be|(?:the\s+)?whole\s+(?:family|crew|gang)|the\s+family|all\s+of\s+us
        |(?:the\s+)?(?:family|kids|wife|husband|hubby|wifey|partner|spouse|bf|gf|boyfriend|girlfriend)\s+(?:and|&)\s+I)\b
    [^.!?\n]{0,60}?
    \b(?:away|gone|out\s+of\s+town|on\s+vacation|on\s+holiday|abroad|travel+ing|heading\s+to|off\s+to|flying\s+to
        |leaving\s+for|in\s+(?-i:[A-Z])[\w'.-]+|to\s+(?-i:[A-Z])[\w'.-]+)\b
    [^.!?\n]{0,60}?
    \b(?:for\s+(?:the\s+)?(?:long\s+)?(?:weekend|holidays|summer|break)|for\s+(?:two|three|four|five|six|a|\d+|the\s+next|a\s+couple\s+of|a\s+few)\s+(?:\w+\s+)?(?:weeks?|days?|months?|nights?)
        |until\s+\w+|till\s+\w+|through\s+\w+|all\s+(?:week|month|summer)|next\s+(?:week|two\s+weeks|month)|from\s+\w+\s+to
        |\d{1,2}(?:st|nd|rd|th)?\s*(?:–|-|to)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*)\b
    """,
    _IV,
)

MY_NAMES = regex.compile(r"\b(?:my|our)\s+([A-Z][a-z]{2,})\s+(?:and|&)\s+([A-Z][a-z]{2,})\b")
APARTMENT = regex.compile(
    r"\b(?:apt\.?|apartment|unit|flat|suite)\s*#?\s*\d{1,4}[A-Z]?\b|#\d{1,4}[A-Z]\b"
    r"|\b(?:moved\s+into|live\s+at|we'?re\s+at)\s+(?:no\.?|number|\#)\s*\d{1,4}\b",
    regex.IGNORECASE,
)
NUMBERED_PLACE = regex.compile(r"\b\d{1,6}\s+(?:[A-Z][\w'.-]*\s+){1,3}(?=,|\s+(?:apt|apartment|unit|flat|#))")
PERSONAL_EMAIL_CUE = regex.compile(
    r"\bmy\s+(?:personal\s+|private\s+|home\s+|own\s+)?(?:e-?mail|gmail|inbox)\b|\b(?:e-?mail|write\s+to)\s+me\b"
    r"|\b(?:personal|private|home)\s+(?:e-?mail|account|address)\b|\b(?:reach|contact|e-?mail)\s+me\s+(?:at|on|via)\b"
    r"|(?<![\w.])[\w.]{0,40}(?:personal|home|private)[\w.]{0,40}@",
    regex.IGNORECASE,
)
ACTIVITY_NOUN = regex.compile(
    r"\b(?:run|runs|jog|laps|swim|ride|rides|hike|workout|yoga|spin\s+class|walk|walks|dog\s+walk|coffee|trail\s+run"
    r"|long\s+run|commute|hobby|pick-?up|drop-?off|picking\s+up|dropping\s+off|running|jogging|walking|swimming|cycling"
    r"|loop|laps?|gym|selfie|workout|training|class|bus|train|ferry|ritual|routine|market|farmers\s+market|brunch"
    r"|date\s+night|dinner|lunch|breakfast|parkrun|collects?|collecting|spin|pilates|crossfit|bootcamp|HIIT"
    r"|(?:gym|run|running|swim|spin|bike|ride|walking)\s+(?:crew|club|group|squad))\b",
    regex.IGNORECASE,
)
AFTER_TIME = regex.compile(
    r"\b(?:after|before|around|at)\s+(?:[1-9]|1[0-2])(?:ish)?\b(?!\s*(?:%|mg|patients|cycles|years|weeks|days))"
)
HOME_ALONE = fast_compile(
    r"""
    \bhome\s+alone\s+(?:until|till|for|this|all|through)\b
    | \b(?:neighbou?rs?|someone|anyone),?\s+(?:please\s+|pls\s+|plz\s+)?(?:grab|collect|get|watch|water|keep\s+an\s+eye\s+on)\s+
      (?:my|our|the|any)\s+(?:mail|packages|parcels|house|place|plants|cat|dog)\b
    | \b(?:the\s+)?family(?:'s|\s+is)\s+(?:away|in\s+(?-i:[A-Z])\w+|visiting|out\s+of\s+town)\b
    | \b(?:spare|extra|hidden)\s+key\b | \bkey(?:'s|\s+is)?\s+(?:still\s+)?(?:under|in|behind)\s+the\b
    | \b(?:door|gate|alarm|key\s*safe|lockbox|key\s*box)\s+code\b
    | \b(?:neighbou?rs?|someone|anyone)\b[^.!?\n]{0,40}?\b(?:keep\s+an\s+eye\s+on|watch|check\s+on)\s+(?:my|our)\s+(?:place|house|flat|home)\b
    | \b(?:house|home|place)\s+(?:\w+\s+){0,3}?(?:sits?|is|stays?|will\s+be|'ll\s+be)\s+(?:empty|locked\s+up|unattended|vacant)\b
    | \b(?:house|home)\s+empty\b | \bhouse\s*-?\s*sitter\b
    | \b(?:house|home|place)\s+(?:is\s+)?(?:going\s+to\s+be|will\s+be|'ll\s+be)\s+(?:so\s+)?(?:quiet|silent|empty|all\s+alone)\b
    | \b(?:it's\s+)?just\s+me\s+(?:and\s+the\s+\w+\s+)?(?:at\s+home|home|here|out\s+at|at\s+the\s+(?:house|farm\w*))\b
    | \b(?:husband|hubby|wife|wifey|partner|spouse)(?:'s|\s+is)\s+(?:away|at\s+a\s+\w+|out\s+of\s+town|traveling|travelling)
      \s+(?:till|until|through|for)\b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

CHILD_PAIR = regex.compile(
    r"\b([A-Z][a-z]{2,})\s+(?:and|&)\s+([A-Z][a-z]{2,})(?:'s)?\s+(?:first\s+day|recital|game|birthday|graduation|science\s+fair"
    r"|school|class|team|match|tournament)\b"
)
CHILD_ACTION_NAME = fast_compile(
    r"\b(?:drop(?:ping)?(?:\s+off)?|pick(?:ing)?\s+up|tak(?:e|ing))\s+([A-Z][a-z]{2,})(?:\s*\(\d{1,2}\))?\s+(?:at|off|from|to)\b"
    r"|\b([A-Z][a-z]{2,})\s+(?:made|joined|starts|started|won)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:varsity|JV|team|squad|honou?r\s+roll"
    r"|kindergarten|first\s+grade|grade|class|school|orchestra|choir)"
    r"|\b(?:toddler|son|daughter|kid|baby|little\s+one)\s+(?:named|called)\s+([A-Z][a-z]{2,})\b"
)
SCHOOL_ANY_CASE = regex.compile(
    r"\bfirst\s+day\s+(?:at|of)\s+((?:[\w'’]+\s+){1,3}(?:primary|elementary|montessori|preschool|daycare|nursery|school|academy|kindergarten))\b",
    regex.IGNORECASE,
)
CHILD_ROUTINE = regex.compile(
    r"\b(?:practice|training|lessons?|games?|matches|swim|football|soccer|rugby|netball|ballet)\s+(?:is\s+|are\s+)?(?:on\s+)?(?:every\s+)?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b[^.!?\n]{0,20}?\b\d{1,2}(?::\d\d)?\s*(?:am|pm)?"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)\s+at\s+[\w'’]+"
    r"|\b(?:at|for)\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+pick-?up\b|\bpick-?up\s+(?:at|is)\s+\d"
    r"|\b(?:practice|training|lessons?|games?|matches|swim|club|sideline)\b[^.!?\n]{0,40}?\bevery\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"\s+(?:at\s+)?\d{1,2}(?::\d\d)?\b"
    r"|\bbirthday\s+(?:party|bash|do)\s+(?:is\s+)?(?:on\s+)?(?:this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^.!?\n]{0,20}?"
    r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+at\s+[A-Z]"
    r"|\b(?:collects?|collecting|picks?\s+up|picking\s+up)\s+(?:the\s+)?(?:girls|boys|kids|twins|little\s+ones)\s+from\s+[A-Z][\w'’]+"
    r"(?:\s+[A-Z][\w'’]+)?\s+at\s+\d",
    regex.IGNORECASE,
)
# The author's own child, said so ("my son", "proud mum moment", "my kid's coach")
MY_CHILD = regex.compile(
    rf"\b(?:my|our)\s+(?:\w+\s+){{0,2}}?{KIN}\b|\bproud\s+(?:mama|mum|mom|momma|dad|papa|parent|mammy)\b|\b(?:my|our)\s+kid'?s\b"
    r"|\b(?:my|our)\s+(?:little|youngest|eldest|oldest|middle)\s+(?-i:[A-Z][a-z]+)\b|\b(?:our|my)\s+(?:nanny|childminder|au\s+pair)\b"
    r"|\bthe\s+twins['’]",
    regex.IGNORECASE,
)
SCHOOL_LOWER = regex.compile(
    r"\b(?:[A-Z][\w'.-]*\s+){1,4}(?:daycare|day\s+care|preschool|elementary|middle\s+school|high\s+school|academy)\b"
)
INTERSECTION = regex.compile(r"\bcorner\s+of\s+[A-Z][\w'.-]+\s+(?:&|and)\s+[\w'.-]+")

I_AM_AT = regex.compile(
    r"\bI'?m\s+(?:usually\s+|always\s+|often\s+)?(?:at|in|on)\s+(?:the\s+)?[A-Z]", regex.IGNORECASE
)
CHILD_AGES = regex.compile(
    r"\b([A-Z][a-z]{2,})\s*\((1[0-7]|[1-9])\)(?:\s*(?:and|&|,)\s*([A-Z][a-z]{2,})\s*\((?:1[0-7]|[1-9])\))?"
)
HOME_ON_STREET = regex.compile(
    r"\b(?:my|our)\s+(?:(?!patient|pt\b|client|neighbou?r)[\w']+\s+)?(?:porch|house|home|place|apartment|condo|flat|street|block|door|doorstep|driveway|yard|building)"
    r"\s+(?:on|at|in\s+the)\s+((?:[A-Z][\w'.-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Court|Ct|Boulevard|Blvd"
    r"|Way|Place|Pl|Terrace|Circle|Tower|Building|Apartments|Lofts|Condos|Towers)\b\.?)"
)

# A routine is a regular time and a specific place, with or without "I": "5am, Iron Temple on 8th Ave, every day".
STRONG_PLACE = regex.compile(
    r"\b(?:at|on|in|around|along|near|by|of)\s+(?:the\s+)?(?:Lake|Mount|Mt\.?|Fort|Port|Cape)\s+[A-Z]\w+"
    r"|\b\d{1,3}(?:st|nd|rd|th)\s+(?:Ave|Avenue|St|Street)\b|\b[A-Z][a-z]+\s*&\s*[A-Z][a-z]+\b"
)
# an invitation stands for the place: "come with me on my 5am swim ... i'm there every weekday"
INVITE = regex.compile(
    r"\b(?:come\s+(?:with|join)\s+me|join\s+me|see\s+(?:u|you|y'all)\s+there|find\s+me\s+there|i'?m\s+there)\b",
    regex.IGNORECASE,
)
EVENT_ROUTINE = regex.compile(
    r"\b(?:meets?|meeting|group|session|open\s+to|join\s+us|all\s+welcome|free|RSVP|register|sign\s+up|hosted|hosting)\b",
    regex.IGNORECASE,
)
NEXT_DOOR = regex.compile(
    r"\b(?:next\s+door|we're|we\s+are|we\s+live|I\s+live|moved|just\s+bought)\b[^.!?\n]{0,30}?\bon\s+"
    r"((?:[A-Z][\w'.-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Court|Ct|Boulevard|Blvd|Way|Place|Pl|Terrace|Close"
    r"|Crescent|Circle)\b\.?)"
)
# Strong signs that the street named nearby is the author's own: "We're the yellow house at the end of Birch
# Lane", "New house! ... We're at number 14", "Finally moved into the flat! ... building on Quay Street"
HOME_STREET_CUE = fast_compile(
    r"\bwe(?:'re|\s+are)\s+the\s+(?:[\w-]+\s+){0,3}?(?:house|home|flat|bungalow|cottage|place|one|door)\b"
    r"|\bwe(?:'re|\s+are)\s+(?:at\s+)?(?:number|no\.?|\#)\s*\d{1,4}\b|\bnew\s+(?:house|home|flat|apartment|condo|place)\b"
    r"|\bmoved\s+into\s+(?:no\.?|number|\#)\s*\d{1,4}\b"
    r"|\b(?:just|finally)\s+moved\s+in(?:to)?\b|\bmoved\s+into\s+(?:the|our|my|a)\s+(?:new\s+)?(?:flat|house|home|place|apartment|condo)\b"
    r"|\bhousewarming\b|\bhome\s+sweet\s+home\b|\bbought\s+(?:my|our)\s+(?:first\s+|new\s+)?(?:home|house|flat|place|condo)\b"
    r"|\bwe'?re\s+neighbou?rs\b",
    regex.IGNORECASE,
)
BUILDING_HOME = regex.compile(
    r"\b(?:in|at)\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+(?:Towers?|Apartments|Lofts|Condos|Residences|Gardens|Mansions))\b"
    r"[^.!?\n]{0,40}\b(?:unit|apt|flat|floor)\b",
    regex.IGNORECASE,
)

# Where you are right now: a seat, a gate, a hotel room, or a venue "right now" with an invitation to come over
LIVE_LOCATION = regex.compile(
    r"""
    \b(?:seat|row)\s+\d{1,2}[A-K]\b | \bsitting\s+in\s+\d{1,2}[A-K]\b
    | \bgate\s+[A-Z]?\d{1,3}[A-Z]?\b(?=[^.!?\n]{0,60}\b(?:right\s+now|now|delayed|boarding|come\s+find|say\s+hi|until|till)\b)
    | \b(?:working|sitting|camped|set\s+up|holed\s+up|writing|reading)\s+(?:from|at|in)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:caf[eé]|coffee\s+shop|library|lobby|bar|pub|park|hotel)
        [^.!?\n]{0,40}?\b(?:until|till)\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?\b(?=[^.!?\n]{0,20}\b(?:today|tonight|this\s+(?:morning|afternoon|evening)))
    | \broom\s+\d{2,4}\b(?<=\b(?:hotel|Marriott|Hilton|Hyatt|Sheraton|Westin|Radisson|Novotel|Premier\s+Inn|Ibis|my\s+(?:hotel\s+)?room\s+is)\b[^.!?\n]{0,60})
    | \broom\s+\d{2,4}\b(?=[^.!?\n]{0,30}\b(?:upstairs|if\s+anyone|come\s+(?:up|by|over)|knock)\b)
    | \b(?:hostel|dorm)\s+(?:\w+\s+)?bed\s+\d+\b | \bbed\s+\d+\b(?<=\bhostel\b[^.!?\n]{0,30})
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
RIGHT_NOW = regex.compile(
    r"\b(?:right\s+now|rn|at\s+the\s+moment|tonight|currently|till\s+\d|until\s+\d)\b", regex.IGNORECASE
)
# Said from the place itself, with its street: "At the gym on Carver Street right now", "Date night at Luca's on Bridge Street"
HERE_ON_STREET = regex.compile(
    r"\b(?:at|in)\s+(?:the\s+)?[\w'’]+(?:\s+[\w'’]+){0,2}\s+on\s+(?-i:[A-Z][\w'’]+\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Way|Row|Square))\b"
    r"(?=[^\n]{0,80}\b(?:right\s+now|rn|now|tonight|today|till\s+\d|until\s+\d|table|window\s+seat|date\s+night|still\s+in\s+scrubs)\b)"
    r"|\bon\s+(?-i:[A-Z][\w'’]+\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Way))\b"
    r"(?<=\b(?:date\s+night|working\s+from|sitting\s+in|having\s+(?:lunch|dinner|brunch|coffee))\b[^\n]{0,60})",
    regex.IGNORECASE,
)
COME_OVER = regex.compile(
    r"\b(?:pop\s+(?:over|by|in)|come\s+(?:find|join|say\s+hi|over|by|and\s+say)|swing\s+by|join\s+me|find\s+me|say\s+hi)\b",
    regex.IGNORECASE,
)
# a conference venue is public: "I'm at the poster hall right now, come say hi"
PUBLIC_VENUE = regex.compile(
    r"\b(?:poster|booth|stand|session|hall|congress|conference|symposium|meeting|summit|#\w*\d{2}|ASCO|ESMO|ASH|SABCS|AACR|ASTRO"
    r"|grand\s+rounds|tumou?r\s+board|clinic|ward|unit|hospital|teaching|teach|fellows|residents|students|trainees|seminar"
    r"|lecture|tutorial|workshop|journal\s+club|free|all\s+welcome|checks|screening)\b",
    regex.IGNORECASE,
)
# Your car, told so it can be found: a plate, or the car and where it is parked
CAR = regex.compile(
    r"""
    \b(?:plate|reg|registration)\s+(?:ends?|ending|number|reads|says|is)\b | \b(?:personali[sz]ed|vanity|custom|private)\s+(?:number\s+)?plate\b
    | (?-i:\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b)(?=[^\n]{0,80}\b(?i:car|mini|drive|parked|spot|see\s+me|wave)\b)
    | (?-i:\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b)(?<=\b(?i:car|mini|yaris|polo|golf|corolla|civic|tesla|jeep|van|suv|truck)\b[^.!?\n]{0,40})
    | (?-i:\bwith\s+the\s+[A-Z0-9][A-Z0-9 ]{1,7}\s+plate\b | \bplate\s+(?=[A-Z]*\d)[A-Z0-9]{2,4}[- ]?[A-Z0-9]{2,4}\b)
    | \b(?:my|the)\s+(?:\w+\s+){0,2}?(?:car|mini|model\s+[3SXY]|tesla|corolla|civic|prius|jeep|suv|truck|van|golf|polo|mazda|kia)\b
      [^.!?\n]{0,60}\b(?:parked|lives\s+in|on\s+level|level\s+\d|bay\s+\d|in\s+the\s+(?:staff\s+)?(?:lot|car\s+park))
    | \bparked\s+(?:the\s+|my\s+)?(?:\w+\s+){0,2}?(?:car|mini|tesla|corolla|civic|jeep|suv|truck|van)\b[^.!?\n]{0,40}\b(?:level|bay|spot|lot)\s+\d
    | \b(?:I'?m|I\s+am)\s+(?:always\s+|usually\s+|normally\s+)?parked\s+(?:on\s+|in\s+)?(?:level|bay|spot|space)\s+\d

    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# Said "personal" in so many words, a number is yours even in a message to your team
EXPLICIT_PERSONAL_PHONE = regex.compile(
    r"\b(?:my\s+)?(?:personal|private|own|home)\s+(?:mobile|cell|cell\s?phone|phone|number|line)\b",
    regex.IGNORECASE,
)
# A photo that shows your house number or street sign
HOUSE_NUMBER_SHOWN = regex.compile(
    r"\b(?:house|door|flat)\s+number\s+\d{1,4}\b(?=[^\n]{0,60}\b(?:visible|showing|shown|clear|legible|sign|in\s+(?:the\s+)?(?:photo|pic|shot)))"
    r"|\b(?:house\s+number|street\s+sign|door\s+number)\b(?<=\[(?:photo|pic|image)[^\]\n]{0,100})"
    r"|\b(?:our|my)\s+new\s+(?:door|house)\s+number\b[^\n]{0,20}\b(?:pic|photo)\b"
    r"|\b(?:that'?s|it'?s|there'?s)\s+(?:our|my)\s+(?:street\s+sign|house\s+number|door\s+number|front\s+door)\b",
    regex.IGNORECASE,
)
