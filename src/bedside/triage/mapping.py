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
    | \b(?:every|most|each|all)\s+(?:other\s+|second\s+)?(?:{_DAYS}|morning|afternoon|evening|night|day|week(?:end|day)?|lunchtime)s?\b
    | \bhalf\s+(?:past\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b
    | \b{_DAYS}s\b | \b{_DAYS}\s+(?:mornings?|evenings?|nights?|afternoons?|lunchtimes?)\b | \b\d{{1,2}}\s*o'?clock\b
    | \b(?:same\s+time|like\s+clockwork|as\s+always|sharp)\b
    | \bon\s+{_DAYS}\b | \b(?:yesterday|last\s+night|this\s+(?:morning|afternoon|evening))\b
    | \btodos\s+los\s+d[ií]as\b | \bcada\s+(?:mañana|día|noche|tarde|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b | \ba\s+las\s+\d{{1,2}}\b
    | \bcada\s+(?:dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|mat[ií]|dia|nit|tarda)\b | \ba\s+les\s+\d{{1,2}}\b
    | \b(?:elke|iedere)\s+(?:ochtend|avond|dag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b | \bom\s+\d{{1,2}}(?:[:.]\d\d)?\s*uur\b
    | \bw\s+ka[żz]d[ąy]\s+\w+ | \bcodziennie\b | \bo\s+\d{{1,2}}[:.]\d\d\b | \b[îi]n\s+fiecare\s+(?:diminea[țt][ăa]|sear[ăa]|zi|luni|mar[țt]i|s[âa]mb[ăa]t[ăa]|duminic[ăa])\b
    | \broz\s+\d{{1,2}}(?:[:.]\d\d)?\s*(?:baje)?\b
    | \b\d{{1,2}}\s*h\s*\d\d\b | (?<=\b(?:à|às|as|vers|dès|a\s+las|alle)\s)\d{{1,2}}h\b | \b(?:às|as|vers|jam|saa|pukul|alas|baje)\s+\d{{1,2}}\b | \b\d{{1,2}}\s+baje\b
    | \b(?:tous\s+les|chaque)\s+(?:jours?|matins?|soirs?|lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?)\b
    | \b(?:todas\s+(?:las|as)|todos\s+(?:los|os))\s+(?:mañanas|tardes|noches|manhãs|noites|dias|días|lunes|martes|domingos|sábados|segundas|terças|quartas|quintas|sextas)\b
    | \b(?:ogni|tutti\s+i|tutte\s+le)\s+(?:mattin[ae]|giorn[oi]|sera|sere|domenica|domeniche|lunedì|sabato|sabati)\b | \bjeden\s+(?:Morgen|Tag|Abend|Montag|Sonntag|Samstag)\b
    | \b(?:setiap|tiap|kila|har)\s+(?:pagi|hari|malam|minggu|sabtu|jumaat|siku|asubuhi|jioni|jumamosi|roz|subah|shaam)\b | \bpagi-pagi\b | \bkell\s+(?:sabt|yom|ahad|jom3a)\b
    """,
    _I,
)
# a patient's care: the times and places in it are a treatment's, not a routine to find someone by
_CARE = regex.compile(
    r"\b(?:chemo|chemotherapy|kemo|kemoterapi|quimio|quimioterapia|chimio|radiotherapy|radiation|radioterapia|infusion|check-?up"
    r"|scans?|treatment|tratamiento|tratamento|traitement|rawatan|dialysis|appointment|consulta|cita|bloods|pesakit|pasien|paciente"
    r"|bestraling|behandeling|chemioterapi\w*|chemi[ai]|radioterapi\w*|chimioterapi\w*|tratament\w*|naświetla\w*)\b",
    regex.IGNORECASE,
)
_CLOCK = regex.compile(
    r"\b\d{1,2}[:.]\d\d\b|\b\d{1,2}\s*(?:am|pm)\b|\ba\s+las\s+\d{1,2}\b|\b(?:às|a\s+les|om)\s+\d{1,2}h?\b",
    regex.IGNORECASE,
)
# a habit, not a date: what separates "most Saturdays at 9" from "this Saturday at 9"
_HABIT = regex.compile(
    rf"""
    \b(?:every|most|each)\s+(?:other\s+|second\s+)?\w+ | \b{_DAYS}s\b | \b(?:always|usually|regularly|often|same\s+time|like\s+clockwork|as\s+always)\b
    | \btodos\s+los\s+d[ií]as\b | \bcada\s+\w+ | \b(?:siempre|normalmente)\b | \b(?:ti\s+vedo|te\s+vejo|te\s+veo|je\s+te\s+vois)\b
    | \b(?:saw|seen|spotted)\s+(?:you|u|her|him)\b(?!\s+(?:at|on|in)\s+(?:the\s+)?(?:\w+\s+){{0,3}}(?:talk|lecture|panel|session|conference|congress|webinar|meeting|summit|symposium|clinic|hospital|ward|unit)\b)
    | \b(?:tous\s+les|chaque|todas\s+(?:las|as)|todos\s+(?:los|os)|ogni|jeden|setiap|tiap|kila|har\s+roz|kell)\s+\w+ | \bpagi-pagi\b | \b(?:toujours|sempre|selalu|kila\s+siku)\b
    | \b(?:elke|iedere|w\s+ka[żz]d[ąy]|[îi]n\s+fiecare|toda\s+(?:semana|noite|manh[ãa]))\s+\w+ | \bcodziennie\b
    | \blos\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bados|domingos)\s+y\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bados|domingos)\b
    """,
    _I,
)
_PLACE = regex.compile(
    r"""
    (?-i:(?<!^)(?<![.!?]\s)\b(?:at|on|in|from|near|past|outside|by|behind|along|off|opposite|en)\s+(?:la\s+calle\s+)?(?:the\s+)?(?:St\.?\s+)?(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Facebook|Instagram|Twitter|TikTok|LinkedIn|YouTube|Telegram|WhatsApp|Reddit|Year|Level|Block|Ward|Room|Hall|Floor|Suite|Theatre|Bay|Unit|Clinic|Lecture|Building|Wing|Grade|Class|Form|Std)\b)[A-Z][a-z][\w'’-]*)
    | \b(?:the|her|his|your)\s+(?:\w+\s+)?(?:gym|pool|mosque|church|temple|gurdwara|synagogue|parkrun|pitches|school\s+gate|bus\s+stop|car\s+park|towpath|trail|leisure\s+cent(?:re|er))\b
    | \b(?:via|viale|rue|calle|avenida|rua|strada|piazza|jalan|jl\.?)\s+(?-i:[A-Z][\w'’-]+)
    | (?-i:\b(?:FM|CR|RR|SR|Route|Rte|Hwy|Highway)\s*\d{1,4}\b) | \b(?:the\s+)?county\s+road\b
    | \b(?:up|down|across|round|around)\s+(?:the\s+(?:road|street)\s+)?from\s+(?-i:[A-Z][a-z][\w'’-]*)
    | (?-i:\b[A-Z][a-z]+\s+(?:Close|Road|Rd|Street|Lane|Avenue|Ave|Drive|Crescent|Terrace|Gardens|Grove|Mews|Court|Boulevard|Blvd)\b)
    | (?-i:(?<!^)\b(?:à|au|aux|em|no|na|di|kat|sa|bi|près\s+de|frente\s+a|perto\s+d[aeo]|dekat|malapit\s+sa|karibu\s+na|nyuma\s+ya|belakang|derrière)\s+(?!(?:Facebook|Instagram|TikTok|WhatsApp|Deus|Dios|Dieu|Diyos|Tuhan|Allah|Panginoon|Hospital|Hôpital|Ospedale|Klinik|Clínica|Clinica|Puskesmas|UBS|CHU|Escola|Instituto|Centro|Sanatorio)\b)[A-Z][a-z][\w'’-]*)
    """,
    _I,
)
_LOOK = regex.compile(
    r"""
    \b(?:red|blue|green|black|white|silver|grey|gray|pink|orange|yellow|purple|navy|maroon|gold|brown|beige)\s+(?:\w+\s+)?
      (?:car|van|suv|jeep|bike|scooter|coat|jacket|hoodie|scarf|hat|cap|bag|backpack|panniers|bottle|door|gate|tudun|hijab|dupatta|saree
      |helmet|lanyard|umbrella|pram|buggy|uniforms?|truck|pickup|ute|barn|shed|shutters|mailbox|fence|roof|F-\d{3}|Silverado|Tacoma|Tundra|RAV4|Highlander|Outback|blazer|Fiat|Jeep|Subaru|Mazda|Lexus|Porsche|Vauxhall|Opel|Dacia|Smart|Peugeot|Renault|Prius|Golf|Civic|Corolla|Polo|Fiesta|Mini|Tesla|Volvo|Audi|BMW|Merc\w*|Honda|Toyota|Nissan\w*
      |Kia|Hyundai|Creta|Swift|Myvi|Axia|Vios|Ford|Skoda|Octavia|Yaris|Qashqai|Juke|Micra|Hilux|Ranger|Land\s*Cruiser|Prado|Camry|Accord
      |CR-?V|Outlander|Kuga|Sportage|Tucson|Astra|Corsa|Clio|Focus|Fortuner|Innova|Q[357]|X[1-7]|A[3-8]|Model\s+[3SXY]|Range\s+Rover|Defender|Discovery|Evoque)\b
    | \b(?:grey|gray|white|red|blue|green|yellow|brick|stone|pink|black|brown|beige|cream)\s+(?:duplex|triplex|townhouse|bungalow|condo|tower|cottage|semi|terrace)\b
    | \bpalazzo\s+(?:giallo|bianco|rosso|verde|grigio|azzurro)\b | \b(?:limestone|stone|brick|log|adobe|timber)\s+(?:house|home|cottage|farmhouse|place)\b
    | \b(?:camioneta|camionete|caminhonete)\s+(?:\w+\s+)?(?:gris|blanca|negra|roja|azul|plateada|branca|preta|cinza|prata)\b | (?-i:\b\d{2}-[A-Z]{2}-\d{2}\b)
    | \b(?:reg|rego|registration|plate|number\s+plate)\s+(?:ends|ending|starts|starting|is|number|no\.?|(?-i:[A-Z0-9]{2,}\b)) | \bthe\s+\d{1,3}\s+bus\b | \bbus\s+(?:no\.?\s*|number\s+|\#\s*)?\d{1,3}\b
    | \bsits?\s+(?:upstairs|downstairs)\b
    | \b(?:coche|carro|auto|Seat|Toyota|Renault|Peugeot|Volkswagen|Ford)\s+(?:rojo|azul|blanco|negro|gris|verde|plateado)\b | \b(?:parks?|parking)\s+(?:the|her|his|your)\b
    | \b(?:portail|volets|maison|villa|portão|portón|porton|casa|casita|prédio|edificio|edifício|pagar|geti|rumah|bahay|gate|voiture|carro|coche|auto|kereta|mobil|gari)\s+(?:[\w-]+\s+){0,2}?
      (?:bleu\w*|blanc\w*|rouge\w*|vert\w*|noir\w*|gris\w*|jaune\w*|marron|ocre|azul\w*|branc[oa]s?|roj[oa]s?|vermelh[oa]s?|verde\w*|negr[oa]s?|pret[oa]s?|cinzent[oa]s?
      |amarill[oa]s?|amarel[oa]s?|hijau|putih|merah|hitam|kelabu|kuning|biru|jeusi|jeupe|nyekundu|asul|puti|pula|itim|bianc[oa]|ross[oa]|ner[oa])\b
    | \b(?:Peugeot|Renault|Citroën|Tiguan|Honda|Toyota|Myvi|Axia|Avanza|Corolla|Seat|Fiat|Volkswagen|VW|Hyundai|Kia|Nissan|Ford|Chevrolet|Suzuki|Proton|Perodua)\s+(?:[\w-]+\s+)?
      (?:gris\w*|cinzent[oa]|prat[ae]|plata|blanc\w*|branc[oa]|noir\w*|pret[oa]|negr[oa]|rouge|vermelh[oa]|roj[oa]|azul|bleu\w*|putih|merah|hitam|silver|kelabu|biru)\b
    | \b(?:rumah|pagar)\s+(?:\w+\s+)?cat\s+(?:kelabu|putih|merah|hijau|biru|kuning|hitam)\b | (?-i:\bplaca\s+[A-Z]{2,3}[-\s]?\d)
    """,
    _I,
)
_KIN = regex.compile(
    r"""
    (?<!\b(?:my|our)\s(?:\w+\s)?)\b(?:your|ur|her|his|their)\s+(?:\w+\s+)?(?:mum|mam|mom|mama|momma|daddy|mother|dad|father|parents|wife|husband|partner
      |kids?|children|sons?|daughters?|twins|lads?|girls?|boys?|youngest|eldest|little\s+ones?|mother-in-law|father-in-law|in-laws|dog|family)\b
    | (?-i:\b[A-Z][a-z]+(?:'s|’s))\s+(?:kids?|children|sons?|daughters?|twins|wife|husband|partner|mum|mom|dad|parents|family)\b
    | \bsus?\s+(?:esposo|esposa|marido|mujer|hij[oa]s?)\b
    | \bwith\s+(?:your|her|his)\s+(?:\w+\s+){0,2}(?:kids?|children|husband|wife|partner|mum|mom|mam|daughters?|sons?|girls?|boys?|family|dog)\b
    | \b(?:tu|tus|su|sus)\s+(?:marido|esposo|esposa|mujer|señora|señor|hij[oa]s?|nenas?|nenes?|mamá|madre|papá|niños)\b
    | \b(?:o\s+marido|a\s+esposa|a\s+mulher|o\s+filho|a\s+filha|os\s+filhos|a\s+miúda|o\s+miúdo)\s+(?:dela|dele)\b | \b(?:teu|tua|teus|tuas|seu|sua)\s+(?:marido|esposa|filh[oa]s?)\b
    | \b(?:son|sa|ses)\s+(?:mari|femme|fils|fille|filles|enfants|chum|blonde|conjoint|conjointe)\b | \b(?:suo|sua|suoi)\s+(?:marito|moglie|figli[oa]?|bambini)\b
    | \b(?:mume|mke|mtoto|watoto)\s+wake\b | \b(?:suami|isteri|istri|anak)(?:nya|mu|\s+dia|\s+kau)\b
    | \b(?:asawa|anak|bana)\s+(?:niya|nya)\b | \biyang\s+(?:bana|asawa|anak)\b | \b(?:inka|unka|uska|iska|unki|inki|uski)\s+(?:beta|beti|bachch\w+|biwi|pati|ghar\s*wal\w+)\b
    """,
    _I,
)
_HOME = regex.compile(
    r"""
    (?<!\b(?:I|we|We)\s)\b(?:lives?|living)\s+(?:at|on|in|off|near|behind|opposite)\b | \b(?:stays|staying)\s+(?:on|off|near|behind|opposite)\b
    | \b(?:your|her|his|their)\s+(?:\w+\s+)?(?:house|home|flat|apartment|condo|farmhouse|bungalow|place|street|estate|road)\b
    | \b(?:house|flat|apartment|condo|farmhouse|bungalow)\s+(?:on|at|in|off|near)\s+(?-i:[A-Z0-9])
    | \b(?:flat|unit|apt|house)\s+(?:no\.?\s*)?\d{1,4}[A-Za-z]?\b
    | \b(?:stays?|staying)\s+in\s+the\b
    | \b(?:big|small|little|white|red|blue|brick|yellow|grey|gray|green)\s+(?-i:house)\s+(?:with|on|at|by|near|behind|opposite)\b
    | \bvive\s+en\b | \bcalle\s+(?-i:[A-Z]) | \bcasa\s+(?:blanca|azul|roja|verde|amarilla|gris)\b
    | \b(?:your|ur|her|his)\s+(?:\w+\s+)?(?:terrace|balcony|porch|driveway|backyard|front\s+garden)\b | \b(?:casa|condo|bahay|unit)\s+(?:tua|sua|mo|niya)\b
    | \b(?:calle|carrera|cra\.?|avenida|av\.|rua|pasaje|diagonal|transversal|carrer|travessera|passeig|r[úu]a|strada|str\.|ul\.|ulica|bd\.|bulevardul|[șs]oseaua)\s+(?:[\w'’]+\s+){0,3}?\#?\s*\d{1,5}[A-Z]?(?:\s*-\s*\d{1,3})?\b
    | \b\w+(?:straat|weg|laan|gracht|plein|kade|steenweg|stra(?:ß|ss)e)\s+\d{1,4}\b | \bul\.\s+(?-i:[A-ZŁŚŻŹ])\w+
    | \b(?:ap|apto|apartamento|depto|dpto)\.?\s*\d{1,4}\b | \b\d{1,2}\s*[º°]\s*andar\b | \bpiso\s+\d{1,2}\s*[º°]?\s*,?\s*(?:depto|dpto|apto|puerta|letra|(?-i:[A-H])\b) | \bcasa\s+\d{1,4}\b
    | \b(?:condominio|condomínio|edifício|edificio)\s+(?-i:[A-Z]) | \b(?:tua|sua)\s+casa\b | \bsotto\s+casa\b | \b(?:primo|secondo|terzo|quarto|quinto|sesto)\s+piano\b
    | \b(?:ela|ele|a\s+doutora|o\s+doutor)\s+mora\b | \bmora\s+(?:no|na|em)\b | \b(?:elle|il)\s+habite\b | \bhabite\s+(?:à|au|aux|en|rue)\b
    | \b(?:la|sa)\s+maison\s+(?:aux|avec|de|en|derrière|près)\b | \b(?:lei|lui)\s+abita\b | \b(?:sie|er)\s+wohnt\s+(?:in|im|an|am)\b
    | \banaishi\b | \banakaa\b | \bnyumba\s+(?:yake|yao|namba)\b | \brumah(?:nya|\s+dia)\b | \bnakatira\s+(?:siya|sya)\b | \bbahay\s+(?:niya|nila)\b
    | \bnagpuyo\s+siya\b | \b(?:inka|unka|uska|iska)\s+ghar\b | \b(?:sekin|sakna|sekne)\s+(?:bi|fi)\b
    | \b(?:apto|apartamento|depto|dpto)\.?\s+(?-i:[A-H])\b | \b(?:terceiro|segundo|primeiro|quarto)\s+(?:esquerdo|direito)\b
    """,
    _I,
)
# a third person, or the doctor, in the other languages the facets read ("elle", "siya", "la doctora", "dok")
_THEM_ABROAD = "ella|ela|elle|lei|siya|sya|yeye|doctora|doutora|docteure|daktari|dok"
_PERSON = regex.compile(
    r"\b(?:you|u|your|ur|she|her|he|him|his|dr|doc|doctor|nurse|"
    + _THEM_ABROAD
    + r"|sahab|mo|kita|tu|ti)\b|(?-i:^\W*[A-Z][a-z]+\b(?!\s+(?:is|are)\s+(?:a|an|the)\b))",
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

# a child's school by its kind or its gate ("the girls' school in Strathfield", "the school run"): a year alone is not one
_SCHOOL = regex.compile(
    r"\b(?:girls'?|boys'?|primary|grammar|secondary|high|convent|junior|infant)\s+school\b|\bschool\s+(?:gate|run|bus|uniform)\b"
    r"|\b(?:colegio|colégio|école|escola|scuola|sekolah|shule\s+ya|SD|SMP)\s+(?-i:[A-Z])(?![^.,;]{0,30}\b(?:Medicina|Medicine|Médecine|Enfermagem|Enfermería|Médico|Nursing)\b)"
    r"|(?-i:\b(?!(?:Medical|Nursing|Business|Law|Dental|Graduate|Summer|Sunday|Film|Art|Music)\b)[A-Z][a-z]+(?:'s)?\s+(?:[Ss]chool|Elementary|Primary|Academy|Montessori|Kindergarten|Preschool)\b)",
    regex.IGNORECASE,
)

_KINDS = {"time": _TIME, "place": _PLACE, "look": _LOOK, "kin": _KIN, "home": _HOME, "school": _SCHOOL}


@dataclass(frozen=True, slots=True)
class Facet:
    kind: str
    text: str


def facets(text: str) -> tuple[Facet, ...]:
    """Each kind of map facet the text gives, with the words that give it (the first of each kind). The same words
    never give two kinds: "la calle Mayor" is a place, not a place and a home (words that only share an edge, like
    "lives in" and "in Magodo", are two)."""
    found = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _KINDS.items():
        for m in pattern.finditer(text):
            start, end = m.span()
            if not any((a <= start and end <= b) or (start <= a and b <= end) for a, b in taken):
                found.append(Facet(kind, m.group().strip()))
                taken.append((start, end))
                break
    return tuple(found)


def maps_a_life(text: str) -> tuple[Facet, ...]:
    """The facets, when three kinds or more about a person make a map; otherwise ()."""
    if len(text) > 2000 or _PERSON.search(text) is None:
        return ()
    if public_invitation(text) or writers_own(text) or _TARGET.search(text) is None:
        return ()
    if (_WRITER.search(text) or _SELF_LOOK.search(text)) and _THEIRS.search(text) is None:
        return ()
    found = facets(text)
    if len(found) < 3:
        return ()
    kinds = {f.kind for f in found}
    habit = _HABIT.search(text) is not None
    if _PUBLIC.search(text) and not (habit or "look" in kinds or "home" in kinds):
        return ()
    if _CARE.search(text) and not kinds & {"look", "school"}:
        return ()  # a patient's care told by their family: "she lives in Leeds now and comes for chemo every Monday at 9"
    # one date, a place and a family ("see you and your mum at the fair on Saturday") is no routine; a child's school
    # and the hour it lets out are one ("sus hijos van al colegio San José, salen a las 2")
    if (
        "time" in kinds
        and not habit
        and not kinds & {"look", "home"}
        and not (kinds >= {"kin", "school"} and _CLOCK.search(text))
    ):
        return ()
    return found


# someone other than the writer: "my husband and I walk the dog on the Strand every evening" maps only the writer
_OTHER = regex.compile(
    r"\b(?:you|u|your|ur|yours|she|her|he|him|his|they|them|their|dr|doc|doctor|nurse|someone|somebody|anyone|people"
    r"|" + _THEM_ABROAD + r"|su|sus|dela|dele|niya)\b"
    r"|\b(?:lives|drives|parks|works|gets|takes|walks|runs|swims|married|marrying|imposter)\b|(?-i:\b[A-Z][a-z]+(?:'s|’s)\s)"
    r"|\b(?:oncologist|surgeon|consultant|physician|pharmacist|registrar|midwife)s?\b|\b(?!(?:my|our)\b)\w+(?:'s|’s)\s+(?:drive|house|car|home|kids|wife|husband)\b",
    regex.IGNORECASE,
)
# the writer's own life, however many facets it gives ("My husband and I live in Brighton, every Sunday we do the
# parkrun"), unless someone else's life is in it too
_SELF_LOOK = regex.compile(
    r"\bI'?m\s+the\s+(?:one|lady|guy|man|woman|girl|bloke)\b|\blook\s+for\s+me\b|\bI'?ll\s+be\s+(?:the\s+one\s+)?in\s+(?:the|a|my)\b",
    regex.IGNORECASE,
)
_THEIRS = regex.compile(
    r"\b(?:your|ur|her|his|their)\s+(?:\w+\s+)?(?:mum|mam|mom|mother|dad|father|parents|wife|husband|partner|kids?|children|sons?"
    r"|daughters?|twins|family|house|home|flat|apartment|place|street|car|gym|route|bus|school)\b"
    r"|\b(?:she|he|you|u|they)\s+(?:\w+\s+)?(?:lives?|does|gets|parks?|drives?|walks?|runs?|swims?|sits?|takes?|goes|leaves?|finishes)\b"
    r"|\b(?!(?:my|our)\b)\w+(?:'s|’s)\s+(?:\w+\s+)?(?:kids?|twins|children|sons?|daughters?|wife|husband|house|home|car|drive|place|flat)\b"
    r"|\b(?:saw|seen|spotted)\s+(?:you|u|her|him)\b",
    regex.IGNORECASE,
)
# the map is of someone else: "look for me in the red scarf at the desk in Hall A at 8:30" maps the writer
_TARGET = regex.compile(
    r"\b(?:you|u|your|ur|she|her|he|him|his|they|their|"
    + _THEM_ABROAD
    + r"|él|su|sus|ele|dela|dele|niya|mo|kita|tua|tu|ti|inka|unka|uska)\b|(?-i:\b[A-Z][a-z]+)(?:'s|’s)\s|\b\w+(?:'s|’s)\s+(?:kids?|twins|wife|husband|son|daughter|drive|house|car|home|flat)\b"
    r"|\b(?:the|that|this)\s+(?:oncologist|doctor|doc|nurse|surgeon|consultant|physician|pharmacist|registrar)\b"
    r"|(?-i:^\W*(?!(?:My|Our|Every|We|I|The|This|That|Look|Please|Join|Thanks|Thank|Great|Lovely|Good|Mi|Mis|Nuestr[oa]s?|Meu|Minha|Mon|Ma|Mes|Notre|Nous|Yo|Je|Eu)\b)[A-Z][a-z]+\b)",
    regex.IGNORECASE,
)
_WRITER = regex.compile(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:husband|wife|partner|kids?|children|son|daughter|family|dog|car|house|home|flat|mum|mom|dad)\b"
    r"|\b(?:mi|mis|nuestr[oa]s?|meu|minha|meus|minhas|nosso|nossa|mon|ma|mes|notre|nos)\s+(?:\w+\s+)?(?:marido|esposo|esposa|mujer"
    r"|hij[oa]s?|casa|familia|coche|carro|filh[oa]s?|mari|femme|enfants|fils|fille|maison|voiture|famille)\b"
    r"|\b(?:vivimos|moramos|vivo|moro|nous\s+habitons|j'habite)\b"
    r"|\b(?:meine?n?|unsere?n?)\s+(?:Tochter|Sohn|Kinder|Mann|Frau|Familie|Haus|Wohnung|Auto)\b|\bich\s+(?:bringe|wohne|fahre|hole)\b"
    r"|\b(?:mia|mio|mie|miei|nostr[aoie])\s+(?:figli[oa]?|marito|moglie|casa|famiglia|macchina|bambini)\b"
    r"|\b(?:anak|asawa|bahay|nanay|tatay)\s+(?:ko|namin)\b|\bnakatira\s+kami\b"
    r"|\b(?:anak|suami|isteri|istri|rumah|ibu|bapak|mak|ayah)\s+(?:saya|aku|kami)\b"
    r"|\b(?:mtoto|watoto|mume|mke|nyumba|mama|baba)\s+(?:yangu|wangu|wetu|zangu)\b"
    r"|\b(?:mera|meri|mere|hamara|hamari|hamare)\s+(?:beta|beti|bachche|ghar|pati|biwi|papa|mummy)\b"
    # Dutch, Polish and Romanian (tenth session)
    r"|\b(?:mijn|onze?)\s+(?:\w+\s+)?(?:moeder|vader|man|vrouw|dochter|zoon|kinderen|huis|auto|familie)\b|\b(?:wij|we)\s+wonen\b|\bik\s+woon\b"
    r"|\b(?:moja|m[oó]j|moje|moi|nasz[aey]?)\s+(?:\w+\s+)?(?:mama|matka|tata|ojciec|m[ąa][żz]|[żz]ona|c[oó]rka|syn|dzieci|dom|rodzina|samoch[oó]d)\b"
    r"|\bmieszka(?:m|my)\b|\b(?:mama|tat[ăa]l|so[țţt]ul|so[țţt]ia|fiul|fiica)\s+(?:mea|meu)\b|\blocuie(?:sc|m)\b",
    regex.IGNORECASE,
)


def routine(text: str) -> bool:
    """A habit kept at a clock time, in any of the languages the facets read ("every weekday like clockwork, 5:30am",
    "todos os sábados às 9h", "în fiecare dimineață la 6:15"): a routine to find someone by. A habit alone is not
    one ("do you still see patients on Wednesdays at the Marsden?")."""
    return _HABIT.search(text) is not None and _CLOCK.search(text) is not None


def writers_own(text: str) -> bool:
    """The writer's own life ("my husband", "our house"), told in the first person, with no one else in it."""
    return _WRITER.search(text) is not None and _OTHER.search(text) is None


# an event its organisers invite to, however regular
_HOSTED = regex.compile(
    r"\b(?:join\s+us|everyone\s+(?:is\s+)?welcome|all\s+welcome|free\s+(?:Q&A|entry|event|session|screening|talk|workshop)"
    r"|bring\s+(?:your|the)\s+(?:family|kids|friends)|our\s+(?:\w+\s+)?(?:hold|host|run)s?)\b",
    regex.IGNORECASE,
)
# advice or an invitation turned into a taunt ("lock down your accounts all you want ...", "easy to find her after")
_TAUNT = regex.compile(
    r"\ball\s+you\s+(?:like|want)\b|\btoo\s+late\b|\boh\s+wait\b|\balready\s+(?:know|have|got)\b|\bwon'?t\s+help\b"
    r"|\bwe\s+still\b|\beasy\s+to\s+(?:find|spot)\b|\bgive\s+(?:her|him)\s+a\s+(?:proper\s+|warm\s+|real\s+)?welcome\b"
    r"|\b(?:she|he)'?ll\s+be\s+(?:there|at|in)\b",
    regex.IGNORECASE,
)


def privacy_advice(text: str) -> bool:
    """Advice to lock one's life down ("set your FB to private, hide your friends list"): never a threat or doxxing."""
    return _ADVICE.search(text) is not None and _TAUNT.search(text) is None


def public_invitation(text: str) -> bool:
    """An invitation to a public event or a safety tip: a date and a place, but no habit and no way to spot anyone."""
    if _TAUNT.search(text):
        return False
    if _ADVICE.search(text):
        return True
    if _HOSTED.search(text) and _LOOK.search(text) is None and _HOME.search(text) is None:
        return True  # "our oncologists hold a free Q&A every first Saturday at 10 ... bring your family"
    return (
        _PUBLIC.search(text) is not None
        and _HABIT.search(text) is None
        and _LOOK.search(text) is None
        and _HOME.search(text) is None
        and _KIN.search(text) is None
    )
