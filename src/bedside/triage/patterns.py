"""What a reply's words say (G16, G21): threats, doxxing, harassment, trolling, spam, and their opposites.

Patterns for the kinds of reply a clinician must not miss (threats and doxxing: recall first) and for the
marks of constructive disagreement (points, evidence, openness) that keep firm critique of the data from
reading as an attack. The tone model (docs/models.md) adds the incivility no list can hold.
"""

from __future__ import annotations

import regex

from bedside.rules.fastregex import fast_compile

_IV = regex.IGNORECASE | regex.VERBOSE

# A weekly routine: when someone is reliably somewhere ("6am Tuesdays and Thursdays", "on Sunday mornings", "like
# clockwork"): with a place and a person, the makings of an ambush
ROUTINE = (
    r"(?:\b(?:every|most|all)\s+(?:\w+day|morning|evening|night|week(?:end|day)|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b)s?\b|\b(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days\b"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:mornings|evenings|nights|afternoons|lunchtimes)\b|\blike\s+clockwork\b"
    r"|\b(?:always|usually|regularly)\s+(?:there\s+)?(?:at|around|by)\s+\d"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?,?\s+(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?\b"
    r"|\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b[^.!?\n]{0,40}\bevery\s+(?:\w+day|morning|evening|night|week))"
)

THREAT = regex.compile(
    r"""
    \b(?:I|we|someone|somebody|people)(?:'ll|\s+will|\s+are\s+going\s+to|'re\s+gonna|\s+gonna|\s+should|\s+could|\s+might)\s+
      (?:(?:find|get|hurt|visit|beat|deal\s+with|track|hunt|ruin|come\s+for|come\s+after)\s+(?:you|her|him|them|your\s+family)
        (?!\s+down\s+for\s+(?:those|the|her|his|your|their)\s+(?:\S+\s+){0,2}?(?:scans?|labs?|appointments?|follow-?ups?|visits?|bloods|check-?ups?))
        |kill|shoot|stab
        |pay\s+(?:you|her|him)\s+a\s+visit|teach\s+(?:you|her|him)|make\s+(?:you|her|him)\s+(?:pay|regret|suffer)|end\s+you
        |put\s+(?:you|her|him)\s+(?:down|in\s+the\s+ground)|wait\s+for\s+you\s+(?:outside|after|in\s+the)|burn\s+(?:you|it|down))\b
    | \bI\s+know\s+where\s+(?:you|your\s+\w+)\s+(?:work|live|park|sleep|go|are(?!\s+coming)|is|hang\s+out|shop|train|jog|run)\b
    | \b(?:watch|mind)\s+your\s+(?:back|step|family|kids)\b
    | \b(?:you(?:'ll|\s+will)|(?:you'?re|ur|you\s+are|u\s+r)\s+(?:going\s+to|gonna))\s+(?:regret|pay\s+for|be\s+sorry|get\s+what)\b
    | \b(?:get|gets|getting)\s+what'?s\s+coming\b | \bwhat'?s\s+coming\s+(?:to|for)\s+(?:you|them|her|him)\b
    | \b(?:it\s+)?(?:would|'d)\s+be\s+a\s+(?:shame|pity)\s+if\s+(?:something|anything)\b(?!\s+(?:this|so|that|as|like)\s)
    | \bsomething\s+(?:bad\s+)?(?:happens?|happened)\s+to\s+(?:you|your)\b
    | \bsee\s+you\s+(?:in|at|outside)\s+(?:the\s+)?(?:parking|car\s+park|lot|garage)\w*\b
    | \b(?:find|catch|meet|get)\s+(?:you|her|him)\s+(?:in|at|outside)\s+the\s+(?:parking\s+(?:lot|garage)|garage|car\s+park|alley|lot)\b
    | \b(?:deserve|deserves)\s+(?:to\s+(?:die|be\s+(?:shot|hurt|killed|beaten))|a\s+bullet|what\s+(?:they|you)\s+get)\b
    | \b(?:kill|shoot|stab|hang|lynch|beat|strangle)\s+(?:you|yourself|her|him|them|all\s+of\s+you|every\s+one\s+of\s+you)\b
        (?!\s+(?:chances?|odds|appetite|mood|momentum|counts?|numbers|energy|hopes?|buzz)\b)
    | \b(?:hope|wish)\s+(?:you|your\s+\w+)\s+(?:die|dies|get\s+cancer|gets\s+cancer|rot|suffer|burn)\b
    | \b(?:kys|k\.y\.s)\b | \bbullets?\b(?!\s+points?)(?=[^.!?]{0,30}\b(?:you|your|her|him|his|head|name)\b) | \b(?:bomb|gun|knife|rope)\b(?=[^.!?]{0,40}\b(?:you|your|clinic|office|hospital)\b)
    | \bnot\s+safe\s+(?:anymore|for\s+long|at\s+(?:work|home))\b | \bcount\s+your\s+days\b | \bday(?:s)?\s+are\s+numbered\b
    | \bcoming\s+for\s+you\b | \bon\s+your\s+(?:commute|way\s+home|drive\s+home)\b
    | \b(?:keep|be)\s+looking\s+over\s+your\s+shoulder\b | \bwon'?t\s+see\s+(?:it|me)\s+coming\b
    | \bpeople\s+like\s+you\s+(?:end\s+up|get\s+(?:what|hurt|shot|yours)|should\s+(?:be\s+(?:shot|hurt|stopped|afraid)|get\s+(?:what|hurt)))\b
    | \bteach\s+(?:you|her|him|them|this\s+\w+|that\s+\w+)\s+(?:a\s+lesson|what\s+it\s+feels)\b
    | \b(?:should|will|must|needs?\s+to)\s+be\s+dealt\s+with\b | \bdeal\s+with\s+(?:you|her|him)\s+(?:ourselves|myself|personally)\b
    | \b(?:and\s+)?see\s+what\s+happens(?:\s+to\s+you)?\b | \bwe'?re\s+done\s+asking\s+nicely\b
    | \b(?:walk|drive|get|go)\s+(?:to\s+your\s+car|home)\s+(?:carefully|safely)\b | \bbe\s+(?:more\s+)?careful\s+(?:who|what(?!\s+you\s+wish\s+for)|where|out\s+there|tonight)\b
    | \bwho'?s\s+watching\b(?!\s+(?:the|your)\s+(?:patients?|ward|unit|floor|store|shop|kids|desk|phones?|game|match|final|show|film|movie|tv|telly|news|series|episode|debate)\b) | \b(?:saw|seen)\s+(?:you|u)\s+(?:at|in|outside|leaving|walk\w*)\b | \bwe'?(?:re|ll\s+be)\s+watching\b | \bI'?m\s+watching\s+you\b
    | \b(?:puts?|put|send)\s+(?:you|her|him)\s+(?:in|into|to)\s+(?:the\s+ground|a\s+grave|the\s+hospital|the\s+morgue)\b
    | \b(?:will|'ll|gonna|going\s+to)\s+(?:answer|pay)\s+for\s+(?:this|that|it)\b | \b(?:you'?ll|you\s+will|you'?re)\s+be\s+first\s+in\s+line\b
    | \b(?:show|turn)\s+up\s+(?:at|to)\s+(?:your|her|his)\b | \bat\s+your\s+(?:door|doorstep|house|home)\b
    | \b(?:someone|somebody)(?:'s|\s+is)\s+(?:gonna|going\s+to)\s+(?:lose\s+it|snap|do\s+something)\b | \bone\s+of\s+these\s+days\b
    | \b(?:members|people|friends|guys)\s+(?:near|around|close\s+to)\s+(?:your|her|his)\s+(?:hospital|clinic|office|home|house|work)\b
    | \bwe\s+know\s+(?:your|where|which)\b | \bknow\s+(?:which|what)\s+(?:hospital|clinic|car|building)\s+you\b
    | \b(?:lose|losing)\s+everything\b[^.!?\n]{0,20}\b(?:soon|watch)\b | \bhow\s+brave\s+you\s+are\b
    | \bfind\s+out\s+(?:what\s+happens|the\s+hard\s+way)\b | \bbe\s+a\s+(?:real\s+)?(?:shame|pity)\s+if\b(?!\s+(?:something|anything)\s+(?:this|so|that|as|like)\s)(?!\s+(?:anyone|anybody|you|people|we|they|folks|this|it|more\s+people)\s+(?:missed|didn'?t\s+(?:see|read|watch|attend|get)|never\s+(?:saw|read|heard)|couldn'?t\s+(?:attend|make\s+it)|wasn'?t\s+(?:recorded|shared)))
    | \bfollow(?:ed|ing|s)?\s+(?:you|her|him)\s+(?:home|to\s+your\s+car|from)\b | \bsleep\s+tight\b | \bwhile\s+you\s+still\s+can\b
    | \breturn\s+the\s+favou?r\b | \b(?:went|go|goes|going)\s+up\s+in\s+flames\b | \bburn(?:s|ed|t)?\s+(?:it\s+)?down\b
    | \bnothing\s+(?:left\s+)?to\s+lose\b | \bpeople\s+snap\b | \bwon'?t\s+(?:be\s+there\s+to\s+talk|shed\s+a\s+tear|be\s+so\s+nice)\b
    | \b(?:walk|walks|walking)\s+into\s+(?:her|his|your|that|the)\s+(?:clinic|office|hospital|practice)\b
    | \bshow(?:ing|s)?\s+up\s+(?:at|to)\s+(?:her|his|your|that)\s+(?:clinic|office|hospital|house|home|door|work|practice)\b
    | \bone\s+day\s+(?:someone|somebody)\s+(?:will|is\s+going\s+to|'?s\s+gonna)\b | (?:^|(?<=[.!?…]\s{0,3})|\byou'?ll\s+|\byou\s+will\s+|\bbetter\s+)remember\s+my\s+name\b | \byou'?ve\s+been\s+(?:warned|told)\b(?=\s*(?:[.!]|$))
    | \benjoy\s+your\s+last\s+(?:shift|day)\b | \bhope\s+your\s+(?:brakes|tyres|tires)\b | \b(?:pay|paying)\s+(?:you|her|him)\s+a\s+visit\b
    | (?:🔪|🔫|🗡|💣|(?<!💉)⚰|🪦|🩸)
    | \b(?:you'?d|you\s+had|you)\s+better\s+(?:watch|be\s+careful|stop|hope|pray|run)\b | \bbody\s+bag\b
    | \bwho'?s\s+(?:behind|following)\s+you\b | \byour\s+name\s+is\s+on\s+(?:it|the\s+list|our\s+list|a\s+list|my\s+list)\b
    | \bstart\s+worrying\s+about\s+what\s+happens\b
    | \bI\s+(?:got|have|'ve\s+got)\s+your\s+name(?:\s*[.!]|,?\s+and\s+I(?:'ve\s+got|\s+have)\s+time)
    | \b(?:stop|silence|shut)\s+(?:you|her|him)\s+(?:up\s+)?(?:permanently|for\s+good)\b | \bstop\s+to\s+(?:you|her|him)\s+(?:permanently|for\s+good)\b | \bpermanently\s+(?:silence|stop|shut)\b
    | \b(?:anyone|someone|somebody)\s+(?:nearby|near\s+(?:her|him|you)|close\s+by|in\s+the\s+area)\s+(?:should|could|can|wanna|want\s+to)\b
    | \b(?:she|he|you)\s+(?:lives?|live)\s+at\s+\d | \bwatch\s+yourself\b | \bwatch\s+out(?:[.!]|,?\s+(?:doc|doctor|lady|buddy|pal|sweetheart)\b) | \bcareful\s+now\b(?![^.!?]{0,60}\b(?:analysis|data|trial|subgroup|study|evidence|stats?)\b)
    | \b(?:I'?m|we'?re)\s+coming\s+for\b(?!\s+(?:your|the)\s+(?:\w+\s+){0,3}?(?:record|title|crown|spot|trophy|championship|stats|numbers|high\s+score|workflow|job|protocol|programm?e?|process|seat|position|pathway|slides?)\b) | \byou'?re\s+(?:dead|done\s+for|finished)\b | \bend\s+you\b | \blocked\s+and\s+loaded\b
    | \bwith\s+your\s+name\s+on\s+it\b | \baccidents\s+happen\b(?![^.!?]{0,40}\b(?:in\s+(?:trial|study|research|science|design))) | \bhope\s+you\s+(?:crash|choke|get\s+hit|have\s+an\s+accident)\b
    | \b(?:karma|payback|judg(?:e)?ment\s+day)\b[^.!?\n]{0,20}\b(?:coming|soon|for\s+you)\b | \bwe'?ll\s+be\s+waiting\s+(?:for\s+you\s+)?(?:outside|at\s+your|in\s+the)\b
    | \b(?:outside|at)\s+your\s+(?:house|home|front\s+door)\b | \bwait(?:ing)?\s+(?:for\s+you\s+)?outside\s+your\b
    | \bsee\s+you\s+soon\b[^.!?\n]{0,20}😈
    | \bknow\s+your\s+(?:schedule|face|routine|hours|car)\b | \blet'?s\s+see\s+how\s+you\s+like\b | \byou'?ll\s+get\s+yours\b
    | \bwon'?t\s+be\s+so\s+(?:smug|brave|cocky|confident)\b | \bwould\s+be\s+(?:terrible|awful|sad)\s+if\b | \bI\s+have\s+a\s+gun\b
    | \bdon'?t\s+get\s+too\s+comfortable\b | (?:^|(?<=[.!?]\s{1,3}))(?:things|accidents)\s+happen\s*[.!]?\s*$
    | (?<!\b(?:I|we|I'?ve|we'?ve|I\s+have|I\s+had|we\s+have|we\s+had|mum|mom|dad|he|she)\s)\b(?:learn|learns|learned|learnt)\s+(?:\w+\s+){0,2}the\s+hard\s+way\b
    | \b(?:families|people|we)\s+remember\s+faces\b | \b(?:we|they|people|families)\s+(?:don'?t|never|won'?t|do\s+not)\s+forget\s+faces(?=\s*(?:[.…]|$|\p{So}))
    | \bnames\s+(?:are\s+being|have\s+been)\s+(?:written\s+down|noted)(?=\s*(?:[.…]|$|\p{So})) | \bnothing\s+bad\s+(?:will\s+)?(?:ever\s+)?happens?\s+to\s+(?:a|the|you|doctors?)\b
    | \b(?:people|those|anyone|doctors|nurses|pharmacists|oncologists)\s+who\s+[^.!?\n]{0,60}\bshould\s+expect\s+consequences\b | \byou'?ll\s+see\s+me\s+(?:outside|again)\b(?![^.!?\n]{0,30}\b(?:clinic|appointment|follow-?up|thanks?))
    | \bgonna\s+have\s+a\s+(?:\w+\s+)?bad\s+(?:day|week|night|time)\b
    | \b(?:break|smash|punch|slap|kick|bash|snap|knock|rip|cave|bust|split)\s+(?:in\s+|out\s+)?(?:your|ur|her|his)\s+(?:\w+\s+)?(?:jaw|face|neck|legs?|teeth|nose
        |head|skull|arms?|ribs|knees?|fingers|lips?)\b
    | \bif\s+(?:you|u)\s+(?:were|was)\s+(?:in\s+front\s+of|standing\s+(?:in\s+front\s+of|next\s+to)|alone\s+with)\s+me\b
    | \b(?:people\s+like\s+(?:you|u|her|him)|you|u|she|he)\s+(?:should|will|'ll|must|need\s+to)\s+pay\s+for\s+(?:that|this|it|what)\b
    | \bone\s+day\s+(?:you|u)(?:'ll|\s+will)?\s+(?:pay|regret)\b | \b(?:you|u)(?:'ll|\s+will)\s+pay\s*(?:[.!]|$) | \bexpect\s+a\s+visit\b
    | \b(?:your|ur)\s+career\s+(?:will|'ll|could|might)\s+be\s+(?:very\s+)?(?:short|over)\b
    | \bbrakes?(?:\s+lines?)?\s+(?:fail\w*|can\s+fail|go)\b | \bbe\s+smart\s+about\s+what\s+(?:you|u)\s+(?:post|say|write)\b
    | \bbe\s+(?:real|very|really|extra)\s+careful\s+(?:what\s+(?:you|u)\s+(?:post|say|write|tweet)|who\s+(?:you|u)\s+(?:cross|upset|mess\s+with|travel\s+with)
        |where\s+(?:you|u)\s+(?:go|walk|park)|what\s+clinic\s+doors)\b
    | \bkeep\s+(?:your|ur)\s+head\s+down\b(?!\s+(?:and\s+(?!(?:your|ur)\s+mouth)|during|while|through|until|for)\b)
    | \bthink\s+(?:hard\s+|carefully\s+|twice\s+|about\s+that\s+)?before\s+(?:your|ur)\s+next\s+(?:post|tweet|video|reply)\b | \b(?:getting|get|expect)\s+a\s+visit\s+from\b | \byours\s+is\s+on\s+the\s+list\b
    | \bnuremberg\s+(?:2(?:\.0)?|trials?\s+(?:2|for|are\s+coming)|is\s+coming|awaits|for\s+(?:you|doctors|all))\b | \bface\s+nuremberg\b
    | \b(?:judg(?:e)?ment|reckoning)\s+is\s+coming\b(?=\s+for\s+(?:you|u|doctors|all\s+of\s+you)\b|\s*[.!,]*\s*(?:$|and\b)) | \b(?:not\s+gonna|won'?t)\s+enjoy\s+the\s+next\s+(?:few\s+)?(?:months|weeks|days|year)\b
    | \b(?:you|u)(?:'ll|\s+will)\s+wish\s+(?:you|u)\s+(?:hadn'?t|had\s+not|never|didn'?t)\b
    | \b(?:it\s+)?would\s+be\s+(?:prudent|wise|sensible|advisable)\s+to\s+(?:reconsider|delete|retract|withdraw|rethink)\s+(?:your|this|that)\s+(?:post|tweet|words|comments?|campaign)\b
    | \byou(?:'ll|\s+will)\s+(?:be\s+)?hear(?:ing)?\s+from\s+(?:us|me)\b(?!\s+(?:soon\s+|shortly\s+)?(?:about|regarding|re:|by|when|after|with\s+(?:the|a|our)|once|if)\b)
    | \b(?:you'?re|ur|you\s+are|u\s+r)\s+lucky\s+(?:I'?m|im|I\s+am)\b(?!\s+not\s+(?:your|ur)\b) | \beasy\s+to\s+lose\s+(?:you|u)\b
    | \b(?:get|getting)\s+(?:hurt|shot|stabbed|beaten)\b | \b(?:before|until)\s+someone\s+(?:gets\s+)?(?:hurts?|kills?|shoots?)\b
    # the same menace in the other languages clinicians are answered in, only where it has no kind reading: "I know where
    # you live" and "I will kill you" (a reviewer's 171 kind replies in eleven languages found "aapko dekh lenge", the
    # doctor will see you, "vou te pegar", I'll pick you up, "tunakuona", we saw you on TV: those idioms are left out)
    | \b(?:je\s+sais|on\s+sait|nous\s+savons)\s+où\s+(?:tu|vous)\s+(?:habites|habitez|dors|dormez)\b
    | \b(?:sei|sabemos)\s+onde\s+(?:você|vc|tu|a\s+senhora|o\s+senhor)\s+(?:mora|dorme)\b
    | \b(?:ich\s+wei(?:ß|ss)|wir\s+wissen)\s*,?\s+wo\s+(?:du|Sie)\s+(?:wohnst|wohnen|schläfst|schlafen)\b
    | \b(?:so|sappiamo)\s+dove\s+(?:abiti|vivi|dormi)\b | \b(?:sé|sabemos)\s+(?:dónde|donde)\s+(?:vives|duermes)\b
    | \balam\s+(?:ko|namin)\s+(?:kung\s+)?saan\s+ka\s+(?:nakatira|natutulog)\b
    | \b(?:aku|kami)\s+tahu\s+(?:mana|di\s+mana|dimana)\s+(?:kau|kamu|lu|engkau)\s+tinggal\b | \btunajua\s+(?:unapoishi|unakoishi)\b
    | \b(?:je\s+vais|on\s+va)\s+te\s+(?:tuer|crever|buter)\b | \b(?:vou|vamos)\s+te\s+matar\b | \bte\s+(?:voy|vamos)\s+a\s+matar\b
    | \bti\s+ammazz(?:o|iamo)\b | \bich\s+bring\s+dich\s+um\b | \b(?:aku|gue|gua)\s+bunuh\s+(?:kau|kamu|lu|lo)\b | \btutakuua\b
    | \bpapatayin\s+(?:kita|ka)\b(?!\s+sa\s+tawa)
    | \bno\s+sab(?:e|es|en)\s+con\s+qui[eé]n\s+(?:te\s+est[aá]s|se\s+est[aá]n?)\s+metiendo\b | \bn[aã]o\s+sabe\s+com\s+quem\s+(?:est[aá]|se)\s+mete
    | \bvas?\s+a\s+ver\s+las\s+consecuencias\b | \bno\s+vas?\s+a\s+estar\s+tranquil[oa]\s+(?:por\s+)?mucho\s+tiempo\b
    | \b(?:cu[aá]nto|quanto)\s+(?:le|te|lhe)\s+dura\s+(?:la|a)\s+(?:tranquilidad|tranquilidade|paz|carrera|carreira|plaza)\b
    | \bojal[aá]\s+no\s+(?:le|te)\s+pase\s+nada\b | \btomara\s+que\s+nada\s+(?:lhe\s+|te\s+)?aconte[çc]a\b
    | \bh[aá]\s+quem\s+n[aã]o\s+esque[çc]a\b | \bhay\s+quien(?:es)?\s+no\s+olvida\w*\b | \btodo\s+se\s+sabe\b[^.!?\n]{0,30}\btodo\s+se\s+recuerda\b
    | \bfique\s+avisad[oa]\b | \bya\s+ver[aá]s\s+(?:qu[eé]|lo\s+que)\s+(?:te\s+)?pasa\b(?!\s+cuando)
    | \b(?:a\s+gente|nós)\s+sabe(?:mos)?\s+que\s+(?:a\s+senhora|o\s+senhor|você|vc)\s+(?:volta|sai|chega)\b
    | \bdon'?t\s+last\s+long\s+(?:a?round|out)\s+here\b
    | \b(?:tu\s+vas|vous\s+allez)\s+(?:me\s+)?(?:le\s+payer\b|payer\s+pour\s+(?:ça|cela|ce\s+que))
    | \b(?:wir\s+wissen|ich\s+wei(?:ß|ss)|on\s+sait|je\s+sais|sabemos|sé|sei|sappiamo|so)\s*,?\s+(?:wann|quand|a\s+qué\s+hora|que\s+horas|a\s+che\s+ora)\s+(?:du|Sie|tu|vous|você|vc)?\s*
        (?:Feierabend|Schluss|gehst|gehen|rauskommst|fährst|sors|sortez|finis|finissez|quittes|quittez|pars|partez|rentres|rentrez|sales|salís|terminas|sai|sais|termina|esci|finisci|stacchi)
    | \bfica\s+o\s+aviso\b | \bqueda(?:s)?\s+(?:advertid[oa]|avisad[oa])\b | \bconsid[ée]ra?te\s+avisad[oa]\b | \b(?:tu\s+es|vous\s+êtes)\s+prévenue?s?\b
    # "you'll pay for this", "you'll regret it", "we'll find you", "this won't end here" in Italian, German, Polish,
    # Romanian, Spanish, French, Portuguese, Greek and Turkish (eleventh session): the idioms with no kind reading. Never
    # negated ("non te ne pentirai", "nie pożałujesz": you won't regret it), never a payment for care ("zapłacisz za
    # to badanie", "vai pagar caro pelos exames"), a lift ("ti vengo a prendere") or encouragement ("continua così e
    # vedrai che andrà meglio"): those end the sentence, or are left to the two-part reading below (a reviewer's look-alikes)
    | \b(?:te|ve)\s+la\s+(?:faccio|facciamo|faremo|far[òo])\s+pagare\b | \b(?:me|ce)\s+la\s+pagher(?:ai|ete)\b | \bla\s+pagher(?:ai|ete)\s+cara\b
    | \b(?<!\bnon\s)(?:te|ve)\s+ne\s+pentir(?:ai|ete)\b | \bguardati\s+(?:le|alle)\s+spalle\b | \bmi\s+guarder(?:ei|ebbe)\s+(?:le|alle)\s+spalle\b
    | \bti\s+(?:veniamo|vengo|verremo|verr[òo])\s+a\s+cercare\b(?=\s*(?:[.!…]|$|\p{So}))
    | \b(?:non|ancora)\s+(?:sai|sa|sapete|(?:hai|ha|avete)\s+(?:ancora\s+)?capito)\s+con\s+chi\s+(?:hai|ha|avete)\s+a\s+che\s+fare\b | \bti\s+sistem(?:o|iamo)\s+io(?=\s*(?:[.…]|$)) | \bci\s+penso\s+io\s+a\s+te(?=\s*(?:[.…]|$))
    | \b(?:du\s+wirst|Sie\s+werden|ihr\s+werdet)\s+(?:es\s+|das\s+)?(?:noch\s+|bald\s+)?bereuen\b | \bdas\s+wirst\s+du\s+(?:noch\s+)?(?:bereuen|büßen|bü?ssen)\b
    | \bwir\s+(?:kriegen|erwischen)\s+(?:dich|euch)(?:\s+(?:schon|noch|alle))?(?=\s*(?:[.!…]|$|\p{So})) | \bdu\s+wirst\s+dich\s+noch\s+wundern(?=\s*(?:[.!…]|$|\p{So}))
    | \b(?:wir|mir)\s+(?:haben|händ|hend|hamm?)\s+(?:dich|di|Sie|euch)\s+im\s+(?:Auge|Aug|Visier)\b(?!\s+behalten)
    | \bpass\s+(?:bloß|bloss|blos)\s+auf(?=\s*(?:[.!…]|$|,\s*(?:was|wie|wem|mit\s+wem|(?-i:[A-ZÄÖÜ]))))
    | \b(?<!\bnie\s)(?:jeszcze\s+)?(?:tego\s+)?(?<!\bnie\s)poża[łl]ujesz\b | \b(?<!\bnie\s)poża[łl]uje\s+(?:pan|pani)\b | \bdopadniemy\s+(?:ci[eę]|pana|pani[aą])\b | \bznajdziemy\s+ci[eę](?=\s*(?:[.!…]|$|\p{So}))
    | \bdoigrasz\s+si[eę]\b | \bsi[eę]\s+doigrasz\b | \bpopami[eę]tasz\b | \b(?<!\bnie\s)zap[łl]acisz\s+(?:za\s+to|mi)(?=\s*(?:[.!…]|$|\p{So}))
    | \b(?<!\bnu\s)(?<!\bn-)o\s+s[ăa]\s+regre[țt]i\b | \b(?<!\bnu\s)vei\s+regreta\b | \b(?<!\bnu\s)(?<!\bn-)(?:o\s+s[ăa]\s+pl[ăa]te[șs]ti|vei\s+pl[ăa]ti)(?:\s+pentru\s+(?:asta|tot)\b|(?=\s*(?:[.!…]|$|\p{So})))
    | \bte\s+prindem\b(?:\s+noi)?(?=\s*(?:[.!…]|$|\p{So})) | \b(?<!\bnu\s)(?<!\bn-)o\s+s[ăa]-[țt]i\s+par[ăa]\s+r[ăa]u\b
    | \bme\s+las\s+vas\s+a\s+pagar\b | \b(?<!\b(?:no|nunca)\s)(?:lo|la|las)\s+vas\s+a\s+pagar(?:\s+caro)?(?=\s*(?:[.!…]|$|\p{So})) | \b(?<!\b(?:no|nunca|jam[áa]s)\s)te\s+vas\s+a\s+arrepentir\b | \b(?<!\b(?:no|nunca|jam[áa]s)\s)te\s+arrepentir[áa]s\b
    | \b(?:tu\s+vas|vous\s+allez)\s+(?:le\s+)?regretter\b | \bon\s+va\s+te\s+faire\s+la\s+peau\b | \b(?:tu\s+me|vous\s+me)\s+le\s+pa(?:ier|yer)(?:as|ez)\b
    | \b(?<!\b(?:n[ãa]o|nunca|jamais)\s)vai\s+se\s+arrepender\b | \b(?<!\b(?:n[ãa]o|nunca)\s)vai\s+pagar\s+(?:caro|por\s+isso)(?=\s*(?:[.!…]|$|\p{So})) | \bvai\s+ter\s+volta(?=\s*(?:[.!…,]|$|\p{So}))
    | θα(?<!δεν?\sθα)\s+(?:μου\s+)?το\s+πληρώσ(?:εις|ετε)(?:\s+ακριβά|(?=\s*(?:[.!…,]|$))) | θα(?<!δεν?\sθα)\s+μετανιώσ(?:εις|ετε) | θα\s+δ(?:εις|είτε|ειτε)\s+τι\s+θα\s+πάθ(?:εις|ετε)
    # "we know where you live" and "you'll regret it" in Russian, Greek, Hebrew and Arabic: scripts the models never saw
    | (?:я\s+знаю|мы\s+знаем),?\s+где\s+(?:ты|вы)\s+(?:жив[её]шь|жив[её]те|работаешь|работаете) | (?:ты\s+)?пожалеешь(?<!не\s(?:ты\s)?пожалеешь) | тебя\s+убью | тебе\s+конец
    | (?:ξέρουμε|ξέρω|ξερουμε|ξερω),?\s+πού\s+(?:μένεις|μένετε|δουλεύεις|δουλεύετε|μενεις|δουλευεις)
    | יודע(?:ים|ת)?\s+איפה\s+(?:את|אתה|אתם)\s+(?:גרה|גר|גרים|עובדת|עובד) | (?:نعرف|أعرف|اعرف)\s+(?:أين|وين|این)\s+(?:تسكن|تعيش|تعمل|ساكن)
    | \bpi[şs]man\s+olacaks[ıi]n(?:[ıi]z)?\b | \bseni\s+bulaca[ğg][ıi]z(?=\s*(?:[.!…]|$|\p{So})) | \bg[üu]n[üu]n[üu]\s+g[öo]receksin\b
    | \bcontin[uú](?:a|e|ez)\s+(?:comme\s+ça|así|assim|cos[iì])\s+(?:et|y|e)\s+(?:tu\s+vas\s+voir|ya\s+ver[aá]s|vai\s+ver|vedrai)(?=\s*(?:[.…]|$))
    | \bmach\s+(?:nur\s+)?(?:so\s+)?weiter\s*,?\s+(?:und|dann)\s+(?:du\s+)?wirst\s+(?:schon\s+)?sehen(?=\s*(?:[.!…]|$|\p{So})) | \btak\s+dalej,?\s+a\s+zobaczysz(?=\s*(?:[.!…]|$|\p{So}))
    # a body sent home in a box, a mob at the lampposts, the clinician's place pinned and watched
    | \b(?:send|sent|carry|carried|leave|leaving)\s+(?:you|u|her|him)\s+(?:back\s+|home\s+|out\s+)?in\s+a\s+(?:box|coffin|casket|body\s+bag|pine\s+box)\b(?!\s+of\b)
    | \b(?:you|u|she|he)(?:'ll|\s+will)\s+(?:go|come|leave)\s+(?:home\s+|back\s+)?in\s+a\s+(?:box|coffin|casket|body\s+bag)\b(?!\s+of\b) | 📍\s*👀 | 👀\s*📍
    | \bstr(?:ung|ing)\s+(?:them|you|her|him|'?em)\s+up\b | \bstrung\s+up\s+(?:from|on)\s+(?:lamp-?posts?|trees?|the\s+nearest)\b
    | \bhang(?:ed|ing)?\s+(?:you|them|her|him|'?em|all\s+of\s+(?:you|them))\s+(?:\w+\s+){0,2}?from\s+(?:a\s+|the\s+)?lamp-?posts?\b
    """,
    _IV,
)

# Veiled threats: menace said politely, warmly or as an aside, that no friendly word around it excuses
# ("Congratulations on the new post. It would be a pity if the board received a file ...")
VEILED = regex.compile(
    r"""
    \b(?:it\s+)?(?:would|'d)\s+be\s+a\s+(?:real\s+)?(?:shame|pity)\s+if\s+(?:(?:something|anything|s[ou]m\w*th\w*)(?!\s+(?:this|so|that|as|like)\s)|the\s+(?:medical\s+|state\s+)?board
        |your\s+(?:family|kids|career|licen[cs]e|job))\b
    | \b(?:would|'d)\s+be\s+(?:regrettable|unfortunate|a\s+shame|a\s+pity)\b[^.!?\n]{0,30}\b(?:for\s+you|your\s+family|your\s+career)\b
    | \b(?:shouldn'?t|won'?t|don'?t|wouldn'?t)\s+be\s+surprised\s+(?:when|if)\s+(?:people|parents|someone|somebody|families|they|we|patients)\b
    | \bburn\s+(?:that|this|the|your|her|his)\s+(?:\w+\s+)?(?:place|clinic|office|hospital|building|house|pharmacy)\s+(?:down|to\s+the\s+ground)\b
    | \bI(?:'ll|\s+will|\s+might|\s+may|'d)\s+be\s+the\s+one\s+(?:to\s+do\s+it|who\s+does\s+it)\b
    | \bcoming\s+(?:down\s+)?to\s+that\s+(?:pharmacy|clinic|office|hospital|department|practice|ward|unit)\b | \bI'?ll\s+be\s+\w+ing\s+you\s+in\s+person\b
    | \b(?:get|have)\s+(?:your|his|her)\s+attention\b[^.!?\n]{0,20}\bone\s+way\s+or\s+another\b
    | \b(?:resources|friends)\s+and\s+a\s+long\s+memory\b | \bpeople\s+have\s+long\s+memories\b | \bI\s+know\s+people\s+(?:in|near|around)\s+your\b
    | 🚗💥 | \bdisappear\w*\s+from\s+other\s+places\b | \bsleep\s+lightly\b
    | \bcome\s+near\s+my\s+(?:family|kids?|son|daughter|wife|husband|children)\b | \bfind\s+out\s+(?:exactly\s+)?what\s+(?:a|an|this|one)\s+\w+\s+(?:will|can|would)\s+do\b
    | \b(?:that'?s|this\s+is)\s+not\s+a\s+metaphor\b | \b(?:keep\s+going|keep\s+it\s+up|carry\s+on|go\s+ahead)\s+(?:and|&)\s+see\s+what\s+happens\b
    | \bI'?ve\s+got\s+your\s+(?:[\w']+\s+)?address\b | \bnothing\s+(?:left\s+)?to\s+lose\b[^.!?\n]{0,40}\b(?:see\s+what\s+happens|keep\s+going)\b
    | \bwhose\s+door\s+to\s+knock\b | \bwon'?t\s+be\s+(?:knocking|asking)\s+(?:so\s+)?(?:gently|nicely|politely)\b
    | \bwe\s+(?:know|no)\s+(?:u|you)\s+work\b | \b(?:see|c)\s+(?:you|u|ya)\s+soon\b[^.!?\n]{0,5}(?:😈|💀|🔪|🔥)
    | \bmake\s+sure\s+(?:they|you|she|he|u)\s+(?:feel\s+it|pay|regret|suffer)\b
    | \bI\s+know\s+(?:which|what)\s+(?:day|days|\w+day|shifts?|time|hours)\s+(?:you'?re|you\s+are|you\s+work|u)\b
    | \b(?:one\s+of\s+us|someone|somebody|we)\s+(?:will|'ll|might|may)\s+show\s+up\s+in\s+person\b | \bwon'?t\s+like\s+(?:that|the|this)\s+conversation\b
    | \bdepends\s+(?:entirely\s+)?on\s+how\s+you\s+(?:conduct|behave)\b
    | \benjoy\s+(?:it|this|that|(?:your|the)\s+(?:\w+\s+)?(?:award|appointment|job|post|career|title|promotion|success|moment|fame|role|position|clinic|platform|fellowship|residency|tenure|grant|funding|prize))\s+while\s+(?:it|you\s+can)\s*(?:lasts)?\b
        (?![^.!?\n]{0,40}\b(?:sun|sunshine|weather|summer|snow|holiday|break|quiet|calm|peace|honeymoon|spring)\b)
        (?<![^.!?\n]{0,80}\b(?:sun|sunshine|weather|summer|snow|holiday|break|quiet|calm|peace|honeymoon|spring)\b[^.!?\n]{0,80})
    | \bwould\s+be\s+(?:very\s+|so\s+|really\s+|terribly\s+)?(?:terrible|awful|sad|tragic|a\s+tragedy|unfortunate)\s+for\s+(?:them|you|her|him|your\s+\w+)\s+if\s+(?:something|anything)\b
    | \b(?:sarebbe|seria|sería|ce\s+serait)\s+(?:un\s+(?:vero\s+)?peccato|uma\s+pena|una\s+(?:pena|lástima)|dommage)\s+(?:se|si|que|qu')\s*
        (?:sparisse|qualcosa|algo|alguma\s+coisa|quelque\s+chose|il\s+(?:vous|t'|te)\s*arrivait|acontecesse|pasara|passasse|succedesse)
    | \b(?:would|'d)\s+be\s+(?:(?:very|most|rather|really)\s+)?(?:unfortunate|regrettable|a\s+(?:real\s+)?(?:shame|pity))\s+if\s+(?:someone|somebody|anyone|people)\s+
        (?:sent|told|showed|forwarded|reported|posted|leaked|wrote|emailed|found|shared|passed)\b
    | \b(?:someone|somebody|we|they)\s+(?:else\s+)?(?:will|'ll|gonna)\s+sort\s+(?:you|u|her|him)\s+out\b
    | \bwatched\s+(?:you|u|her|him)\s+(?:leave|arrive|park|walk|go|get\s+in)\b | \bpatience\s+(?:runs|is\s+running|wears)\s+(?:out|thin)\b
    | \bdrive\s+past\s+your\s+(?:unit|clinic|office|house|home|hospital|practice)\b
    | \bshould\s+remember\s+(?:that\s+)?(?:families|people|we)\s+remember\s+faces\b | \bfeel(?:ing)?\s+safe\s+walking\s+to\s+your\s+car\b
    | \b(?:people|those|anyone|doctors|nurses|pharmacists|oncologists)\s+who\s+[^.!?\n]{0,60}\bshould\s+expect\s+consequences\b
    | \byou'?ll\s+see\s+me\s+again\s*[.!](?:\s|$) | \byou'?ll\s+see\s+me\s+at\s+(?:the|your|that)\s+(?:pha\w*|office|house|home|car|door|practice)\b
    | \bbefore\s+(?:this|it|things)\s+(?:becomes|gets)\s+personal\b | \btrust\s+we\s+understand\s+each\s+other\b | \bI\s+know\s+your\s+(?:name|face),?\s+your\b
    | \bnot\s+a\s+violent\s+(?:man|woman|person)\b | \bI\s+know\s+(?:the\s+)?(?:route|way|road|path)\s+you\b
    | \b(?:keep|carry\s+on|go\s+on|continue)\b[^.!?\n]{0,50}\band\s+see\s+what\s+happens\b
    | \b(?:I|we|us|people|plenty\s+of\s+us|some\s+of\s+us)\s+(?:all\s+)?know\s+(?:which|where)\s+(?:\w+\s+){0,3}?(?:lot|car\s*park|parking|garage
        |entrance|exit|gate|route|trail|path)\b
    | \b(?:don'?t|doesn'?t|won'?t|shouldn'?t)\s+get\s+to\s+feel\s+safe\b
    | \bnext\s+time\s+(?:you|u)\s+(?:walk|go|head|get|step)\s+(?:out\s+)?(?:to\s+)?(?:your|ur)\s+(?:car|door|house|home)\b
    | \bcome\s+(?:for|after)\s+(?:every|each|all)\s+(?:single\s+)?(?:one\s+)?of\s+you\b
    | \b(?:karma|justice|payback)\s+is\s+(?:patient|coming|on\s+its\s+way)\b
    | \b(?:would|'d)\s+hate\s+for\s+(?:anything|something)\s+(?:bad\s+)?to\s+happen\s+to\s+(?:you|your|that|this|the)\s+(?:[\w-]+\s+){0,2}?
        (?:clinic|office|family|kids|children|house|home|car|practice|wife|husband|daughter|son)\b
    | \benjoy\s+it\s+while\s+it\s+lasts\b[^\n]{0,60}\bcan\s+end\b | \bmarriages?\b[^.!?\n]{0,30}\bcan\s+end\s+(?:very\s+|so\s+)?(?:suddenly|quickly|abruptly)\b
    | \b(?:you\s+and\s+I|me\s+and\s+you)\s+should\s+meet\s+(?:in|at)\s+the\b
    | \b(?:jk|j/k|just\s+kidding)\W+(?:mostly|or\s+am\s+I)\b
    | \b(?:you|of\s+you)\b[^.!?\n]{0,30}\b(?:got|get|need|deserve)\s+a\s+(?:proper\s+|good\s+)?(?:slap|smack|kicking|hiding|punch|thump)\b
    | \b(?:would|'d)\s+be\s+(?:such\s+)?a\s+(?:real\s+)?(?:shame|pity)\s+if\s+(?:it\s+all|all\s+(?:this|that)|(?:your|the)\s+\w+)\s+(?:ended|went|stopped
        |disappeared|fell\s+apart|came\s+to)\b
    | \b(?:people|folks|lads|guys)\s+(?:in|around|round)\s+(?-i:[A-Z])\w+\s+(?:would|will|'ll|could)\s+(?:know|recogni[sz]e|spot)\s+you\b
    | \bbe\s+a\s+(?:real\s+)?(?:shame|pity)\s+if\s+(?:those|these|your|ur|her|his)\s+(?:\w+\s+)?(?:knees|legs|hands|arms|eyes|fingers|kids|children|family|face
        |teeth|car|house|windows|tyres|tires)\b
    | \bcareers?\s+(?:have\s+)?end(?:ed|s)?\s+(?:over|for)\s+(?:much\s+|a\s+lot\s+)?less\b | \b(?:that'?s\s+|this\s+is\s+|it'?s\s+)?not\s+a\s+threat\b(?!\s+to\b)
    | \bpeople\s+like\s+(?:you|u|her|him)\s+should\s+pay\s+for\b | \b(?:his|her|their|your|ur)\s+turn\s+is\s+coming\b | \bnot\s+from\s+(?:the\s+)?(?:lawyers|solicitors|courts?|police)\b
    | \bI'?d\s+mind\s+how\s+(?:I|you)\s+(?:went|go)\b
    | \bfor\s+the\s+sake\s+of\s+(?:your|ur)\s+(?:practice|career|family|job|licen[cs]e|kids|children|reputation)\b(?=[^\n]{0,60}\b(?:stop|delete|back\s+off|drop\s+it|shut|quiet))
    | \b(?:telling\s+you|I\s+say\s+this|I\s+mention\s+it)\s+as\s+a\s+(?:kindness|courtesy)\b
    | \breputations?\s+(?:in\s+this\s+\w+\s+)?(?:are|is)\s+(?:such\s+)?(?:fragile|easily\s+(?:lost|damaged|ruined))\b(?=[^.!?\n]{0,40}\b(?:you|your|yours|doctor|doc)\b)
    | \b(?:you|u)\s+know\s+what\s+happened\s+to\s+the\s+last\b
    | \bstop\b[^.!?\n]{0,30}?\bbefore\s+(?:someone|somebody|we|they|people)\s+(?:else\s+)?(?:stops?|shuts?|silences?)\s+(?:you|u|her|him)\b
    | \b(?:would|'d)\s+be\s+a\s+(?:real\s+)?(?:shame|pity)\s+for\s+(?:a|your|such\s+a)\s+(?:\w+\s+){0,2}?career\s+to\b
    | \b(?:comments?|remarks?|statements?|posts?|words)\b[^.!?\n]{0,40}\b(?:noted|noticed|remembered)\s+by\s+(?:the\s+)?(?:people|those|folks)\s+who\s+(?:decide|matter|hire|count|sign|run)\b
    | \b(?:people|doctors|nurses|residents|folks|men|women)\s+(?:have\s+)?(?:vanish|disappear)(?:ed)?\b[^.!?\n]{0,40}\bfor\s+(?:less|saying|posting|speaking|this|that)\b
    | \b(?:friendly|free)\s+(?:word\s+of\s+)?advice\b[^\n]{0,80}\b(?:dangerous|accidents?|bad\s+luck)\b
    | \b(?:I|we|us)\s+(?:all\s+)?know\s+which\s+(?:floor|door|room|house|desk|office|ward|window|bed)\b(?!\s+(?:the|runs|is|has|to|serves|makes|gets|works))
    | \bcheck(?:ing)?\s+under\s+(?:their|your|his|her)\s+cars?\b | \byou'?ll\s+find\s+out\s+what\s+it\s+feels\s+like\b
    | \bwon'?t\s+be\s+with\s+(?:a\s+)?(?:lawyer|lawsuit|letter|complaint|solicitor)\b
    | \b(?:walk|walking|walks)\s+(?:out\s+)?to\s+(?:your|ur)\s+car\s+(?:some|one)\s+(?:night|evening)\b
    | \bif\s+(?:I|we)\s+(?:ever\s+)?see\s+(?:you|u)\s+(?:at|in|around|near|outside)\b[^.!?\n]{0,60}\bagain\b[^.!?\n]{0,20}\b(?:show|teach|sort)\s+you\b
    # a prayer or a judgement used as menace ("May God deal with you as you've dealt with the families. I pray He doesn't
    # take long", "Judgment finds the wicked one way or another")
    | \bmay\s+(?:God|the\s+Lord|Allah|heaven|karma)\s+(?:deal\s+with|punish|judge|curse|strike(?:\s+down)?|do\s+(?:the\s+same\s+)?to)\s+(?:you|her|him|them)\b
    | \b(?:pray|praying)\s+(?:that\s+)?(?-i:God|the\s+Lord|He)\s+(?:doesn'?t|does\s+not|won'?t)\s+take\s+(?:long|too\s+long)\b
    | \b(?:judge?ment|reckoning|vengeance|retribution)\s+(?:finds|will\s+find|comes\s+for|is\s+coming\s+for|awaits)\s+(?:the\s+wicked|you|her|him|people\s+like)\b
    | \b(?:judge?ment|reckoning)\s+comes\s+to\s+us\s+all\b[^.!?\n]{0,60}\bsooner\b
    """,
    _IV,
)

# Polite menace in English, made of parts none of which is a threat alone: a consequence that waits for the clinician
# ("faculty don't forget who organized what", "this sort of thing follows an investigator", "your next grant cycle could
# get complicated") and a warning ("a friendly word", "I'd suggest a softer tone", "think very hard before"). Two parts
# make a threat (classify.polite_menace). The consequences come in three strengths: hints, which warmth excuses ...
MENACE_HINTS = tuple(
    regex.compile(pattern, _IV)
    for pattern in (
        r"(?<!\b(?:care|kindness|work|efforts?|dedication|compassion|help|commitment|support|generosity)\s+)\b(?:won'?t|don'?t|doesn'?t|will\s+not|do\s+not|never|rarely)\s+go(?:es)?\s+unnoticed\b",
        r"""\b(?:people|they|we|faculty|reviewers|sponsors|donors|colleagues|families|the\s+(?:board|committee|college|panel|industry
            |field|sponsors|people\s+\w+\s+\w+)|those\s+\w+|some\s+of\s+us|a\s+few\s+of\s+us|many\s+of\s+us)\b
            [^.!?\n]{0,50}?\b(?:will\s+remember|'ll\s+remember|remember\s+(?:this|that|who|which|what|names|faces)
            |(?:don'?t|never|won'?t)\s+forget\s+(?:who|what\s+you|this|that|names|faces|a\s+face|people\s+who)|have\s+(?:long|good|excellent)\s+(?:memories|recall)|talk\s+to\s+each\s+other
            |read\s+(?:twitter|x|linkedin|this|these|threads|the\s+\w+)\s+too|(?:are|is)\s+watching\s+(?:you|your|every|how\s+you)|take\s+(?:it|this|that|things)\s+personally)\b""",
        r"\bone\s+(?:can\s+only\s+|does\s+)?hopes?\s+(?:the\s+)?(?:sponsors|industry|board|people|they)\b[^.!?\n]{0,30}\b(?:don'?t|won'?t|never|aren'?t|doesn'?t)\b",
        r"""\b(?:world|field|town|city|community|profession|specialty|speciality|job\s+market|market|industry|circle)\s+(?:is\s+)?
            (?:a\s+lot\s+|much\s+|far\s+|very\s+)?(?:smaller|small)\s+than\s+you\s+(?:think|realise|realize|imagine)\b""",
        r"""\b(?:this\s+sort\s+of\s+thing|that\s+kind\s+of\s+thing|this\s+kind\s+of\s+thing|these\s+things|posts\s+like\s+this)\s+
            (?:follows?|sticks?\s+to|stays?\s+with)\s+(?:an?\s+)?(?:investigator|doctor|clinician|you|people|nurse|career|physician)\b""",
        # eleventh session: the same consequences in the languages of train_t, and what the writer has done against the
        # clinician (a complaint to a regulator or to the clinician's own employer, a letter sent, a lawyer engaged), each
        # a part, never a threat alone. A complaint about an institution ("I've written to the chief executive about my
        # mother's care") names no regulator and no "your": it is no part
        r"""(?:la\s+ruota\s+gira|roata\s+se\s+[îi]ntoarce|la\s+rueda\s+(?:gira|da\s+vueltas)|a\s+roda\s+gira|das\s+Rad\s+dreht\s+sich
            |ko[łl]o\s+si[eę]\s+(?:kr[eę]ci|odwraca)|the\s+wheel\s+turns|what\s+goes\s+around\s+comes\s+around|tudo\s+(?:o\s+)?que\s+vai,?\s+volta
            |karma\s+wraca|(?:what|energy)\s+(?:you\s+put\s+out|goes\s+out)\s+comes\s+back)\b""",
        r"""(?:\b(?:to\s+si[eę]|mo[żz]e\s+si[eę])\s+(?:\w+\s+){0,2}[źz]le\s+sko[ńn]czy[ćc]
            |\b(?:finir|acabar|finire|terminar)\s+(?:tr[èe]s\s+|muy\s+|molto\s+)?mal[e]?\s+(?:para\s+(?:ti|usted)|per\s+te|pour\s+(?:toi|vous))\b
            |\bs-ar\s+putea\s+termina\s+(?:urât|r[ăa]u)|\bnon\s+finisce\s+(?:qui|così|cos[iì]|mica\s+qui)\b|\bnie\s+sko[ńn]czy\s+si[eę]\s+na\s+tym\b
            |\bne\s+s'arr[êe]te(?:ra)?\s+pas\s+l[àa]\b|\bça\s+(?:ne\s+va\s+pas|va\s+pas)\s+en\s+rester\s+là\b|\bça\s+n'en\s+restera\s+pas\s+là\b|\bnu\s+se\s+termin[ăa]\s+aici\b
            |\besto\s+no\s+se\s+(?:va\s+a\s+quedar|queda)\s+as[íi]\b|\bisso\s+n[ãa]o\s+vai\s+ficar\s+assim\b|\b(?:ein|a)\s+Nachspiel\s+haben\b
            |\bhesab[ıi]\s+sorulur\b|\bbu\s+i[şs]\s+burada\s+bitmez\b|\bkommt\s+die\s+Rechnung\b|\bgibt'?s\s+(?:eine\s+)?Abrechnung\b
            |\bnie\s+b[eę]dzie\s+(?:ci|pani|panu)\s+do\s+[śs]miechu\b)""",
        r"""(?:\b(?:carri[èe]re|carrera|carriera|carreira|Karriere|Zulassung|Approbation|kariery|kariera|contratto|kariyer\w*)\s+
            (?:en\s+d[ée]pend|depende|dipende|h[äa]ngt\s+davon\s+ab|zale[żz]y|(?:se\s+)?(?:acaba|termina|finisce|endet)|d[üu][şs][üu]n[üu]yorsan\w*|potrafi\s+si[eę]\s+sko[ńn]czy[ćc])
            |\bdac[ăa]\s+(?:[țţt]ine[țţt]i|[țţt]ii)\s+la\s+(?:carier[ăa]|post)|\bdla\s+(?:pani|pana|twojej)\s+kariery\b|\bf[ăa]r[ăa]\s+post\b|\badio\s+de\s+la\s+post\w*
            |\bquanto\s+dura\s+il\s+tuo\s+contratto\b|\bancora\s+quel\s+posto\b|\bstill\s+have\s+(?:a|that|your)\s+(?:job|post|position|licen[cs]e)\b)""",
        r"""\b(?:ludzie|people|lumea|la\s+gente|les\s+gens|die\s+Leute|as\s+pessoas|doctors|nurses|colleagues)\s+(?:have\s+)?(?:trac[ąa]|tracili|lost|lose|pierden|perdent|verlieren|perdem|[îi][șs]i\s+pierd)\s+
            (?:\w+\s+){0,2}?(?:posady|prac[eę]|jobs?|positions?|posts?|puestos?|trabajos?|postes?|Jobs?|Stellen?|empregos?|posturile|licen[cs]es?|careers?)\b[^.!?\n]{0,40}?
            (?:za\s+mniej|for\s+(?:far\s+|much\s+|a\s+lot\s+)?less|over\s+(?:far\s+|much\s+)?less|por\s+menos|pour\s+moins|für\s+weniger|pentru\s+mai\s+pu[țţt]in)""",
        r"""\b(?:zanim\s+b[eę]dzie\s+za\s+p[óo][źz]no|antes\s+de\s+que\s+esto\s+vaya\s+a\s+m[áa]s|finch[ée]\s+(?:[èe]|sei|siete)\s+in\s+tempo
            |after\s+\w+day\s+it'?s\s+out\s+of\s+my\s+hands|it'?s\s+out\s+of\s+my\s+hands\s+after)\b""",
        r"""(?:\b(?:I|we)(?:'ve|\s+have|\s+had|'ll|\s+will|\s+am\s+going\s+to|'m\s+going\s+to)?\s+(?:already\s+|now\s+|just\s+)?(?:filed|lodged|submitted|forwarded|reported|notified|written\s+to|wrote\s+to|copied|cc'?d|drafted|compiled|sent|escalated|flagged|contacted|informed|taken\s+the\s+liberty\s+of\s+forwarding|(?:been\s+)?in\s+touch\s+with)|\b(?:ho|abbiamo)\s+(?:gi[àa]\s+)?(?:inoltrato|scritto|segnalato|denunciato|presentato|mandato)|\b(?:ich\s+habe|wir\s+haben)\b[^.!?\n]{0,50}?\b(?:geschickt|eingereicht|gemeldet|angezeigt|weitergeleitet)|\bBeschwerde\s+(?:bei|an)|\bz[łl]o[żz]y[łl](?:em|am|i[śs]my)\s+(?:ju[żz]\s+)?skarg[eę]|\bam\s+(?:depus|trimis|sesizat)|\b(?:he|hemos)\s+(?:presentado|enviado|denunciado)|\bj'ai\s+(?:saisi|signal[ée]|port[ée]\s+plainte|transmis|[ée]crit)|\b(?:fiz|fizemos|registrei|abri|enviei|mandei)|\b[şs]ikayet\w*|\bsu[çc]\s+duyurusu)\b[^.!?\n]{0,90}?\b(?:(?:medical|licensing|state|nursing|pharmacy)\s+board|board\s+of\s+(?:nursing|pharmacy|medicine)|GMC|NMC|HCPC|AHPRA|regulator|your\s+(?:\w+\s+){0,2}?(?:employer|institution|hospital|trust|department|directorate|division|chair|dean|boss|manager|program\s+director|PD|clinical\s+director|medical\s+director|HR|compliance(?:\s+\w+)?|IRB|malpractice\s+carrier|insurer|indemnity\s+\w+|trustees|chief\s+executive|CEO|funder|program\s+officer|sponsor)|(?:Ordine|Ordem|Ordre|Colegio|Col·legi|Colegiul|Conseil|Tabip\s+Odas)\w*|[ÄA]rztekammer|Kammer|Izb\w*\s+Lekarsk\w*|Rzecznik\w*|CRM|CREMESP|DSP|direzione|direttore\s+generale|ufficio\s+legale|Klinikleitung|Arbeitgeber|dyrekcj\w+|conducere|gerencia|direction)\b
            |\b(?:I|we)(?:'ve|\s+have)?\s+(?:kept|saved|archived)\s+(?:\w+\s+)?(?:screenshots|screen\s*grabs|receipts)\b""",
        r"""\b(?:mi\s+abogad[oa]|mio\s+avvocato|il\s+mio\s+legale|mon\s+avocat|mein\s+Anwalt|meine\s+Anw[äa]ltin|m[óo]j\s+prawnik|avocatul\s+meu|meu\s+advogado|avukat[ıi]m
            |my\s+(?:lawyer|solicitor|attorney|legal\s+team)|(?:retained|instructed|engaged)\s+(?:counsel|a\s+(?:lawyer|solicitor|attorney))|our\s+client)\b""",
        r"\ba\s+(?:much\s+|lot\s+|far\s+|very\s+)?smaller\s+(?:world|field|town|community|specialty|profession)\s+than\s+(?:you|people)\s+(?:think|realise|realize|imagine)\b",
        r"""\b(?:program\s+officers?|study\s+sections?|funders|ARCP\s+panels?|deanery(?:\s+leads)?|search\s+committees?|promotion\s+committees?|tenure\s+committees?
            |licensing\s+boards?)\s+(?:and\s+[\w\s]{0,20}?)?(?:do|also|all|certainly)\s+(?:read|see|follow|monitor)\s+(?:what|social\s+media|twitter|your|posts|threads)\b""",
        r"\b(?:doesn'?t|don'?t|does\s+not|do\s+not)\s+need\s+to\s+(?:be\s+true|succeed|stick|be\s+upheld)\s+to\s+be\s+(?:\w+\s+)?(?:time-?consuming|damaging|expensive|stressful|painful|costly|career-\w+)\b",
        r"\byour\s+(?:R01|grant|tenure|contract|visa|licen[cs]e|registration|promotion|fellowship|residency)\s+(?:renewal|review|application|case|decision|panel)\s+is\s+(?:due|coming\s+up|up|next)\b|\bsponsors?\s+can\s+withdraw\b",
        r"\bI\s+wonder\s+what\s+(?:your\s+|the\s+)?(?:HR|board|employer|dean|chair|trust|hospital|GMC|NMC|Home\s+(?:Office|Affairs)|immigration|regulator|college|sponsor|funder)\w*\s+(?:\w+\s+)?(?:makes|thinks|would\s+(?:make|think|say))\s+of\s+(?:you|your|this\s+post|a\s+\w+\s+who)\b",
        r"\b(?:request|push|call|ask|petition)\w*\s+for\s+your\s+(?:suspension|dismissal|firing|removal|termination|sacking|resignation)\b|\b(?:be\s+a\s+(?:real\s+)?(?:shame|pity)\s+to\s+(?:stumble|fall|trip|lose\s+(?:it\s+)?all|lose\s+everything|throw\s+(?:it|that)\s+away))\b",
        r"\b(?:they|he|she)(?:'ll|\s+will)\s+(?:want|be\s+(?:very\s+)?(?:interested|keen))\s+to\s+(?:know|hear|learn)\s+why\s+(?:a|you|your|this|one\s+of)\b",
        r"""\b(?:ça\s+se\s+paie|on\s+n'oublie\s+(?:rien|pas)|wir\s+vergessen\s+nichts|(?:die\s+)?vergessen\s+nix|non\s+dimentichiamo|nie\s+zapominamy|nu\s+uit[ăa]m|no\s+olvidamos|n[ãa]o\s+esquecemos
            |zapami[eę]ta[łl](?:em|am|i[śs]my)\s+ci[eę]|ti\s+ho\s+vist[oa]\s+in\s+faccia
            |sem\s+nada\s+a\s+perder|sin\s+nada\s+que\s+perder|nulla\s+da\s+perdere|nichts\s+zu\s+verlieren|nimic\s+de\s+pierdut|nic\s+do\s+stracenia
            |prieteni\s+la\s+conducere|amici\s+in\s+direzione|Freunde\s+(?:in|bei)\s+der\s+(?:Kammer|Leitung|Direktion)|znajomych\s+w\s+dyrekcji|amigos\s+en\s+la\s+direcci[óo]n
            |friends\s+in\s+(?:high\s+places|the\s+(?:trust|board|dean'?s\s+office))
            |mit\s+Konsequenzen\s+rechnen|spiel\w*\s+mit\s+dem\s+Feuer|play(?:ing)?\s+with\s+fire|giocando\s+col\s+fuoco|jugando\s+con\s+fuego|jou(?:ez|es)\s+avec\s+le\s+feu|brincando\s+com\s+fogo|igrasz\s+z\s+ogniem|te\s+joci\s+cu\s+focul
            |(?:vedremo|vediamo)\s+quanto\s+dur\w*|we'?ll\s+see\s+how\s+long\s+(?:you|your)|zobaczymy,?\s+jak\s+d[łl]ugo|vamos\s+a\s+ver\s+cu[aá]nto\s+(?:te\s+|le\s+)?dura|wir\s+werden\s+sehen,?\s+wie\s+lange
            |rozliczymy\s+si[eę]|ajuste\s+de\s+cuentas|r[eè]glement\s+de\s+comptes|resa\s+dei\s+conti|acerto\s+de\s+contas
            |w\s+tym\s+mie[śs]cie\s+wszyscy\s+si[eę]\s+znaj[aą]|wir\s+beobachten\s+(?:dich|Sie|euch|das)|ti\s+(?:stiamo|teniamo)\s+d'occhio|te\s+estamos\s+vigilando|on\s+(?:te|vous)\s+surveille|(?:te|v[ăa])\s+urm[ăa]rim|obserwujemy\s+(?:ci[eę]|pana|pani[aą])
            |won'?t\s+(?:tell|ask|warn)\s+you\s+(?:again|twice|a\s+second\s+time)|non\s+te\s+lo\s+ripeto|no\s+te\s+lo\s+(?:vuelvo\s+a\s+)?repet\w*|je\s+ne\s+(?:te|vous)\s+le\s+r[ée]p[ée]terai\s+pas|nu-[țţt]i\s+mai\s+spun|nie\s+powt[óo]rz[eę]
            |s[ăa]\s+nu\s+te\s+miri\s+dac[ăa]\s+(?:[îi]ntr-o\s+zi|cineva)|no\s+te\s+sorprendas\s+si\s+(?:un\s+d[íi]a|alguien)|ne\s+(?:sois|soyez)\s+pas\s+surpris[e]?\s+si\s+(?:un\s+jour|quelqu'un)
            |(?:sei|eres|tu\s+es|du\s+bist|ești|you'?re)\s+(?:il\s+|el\s+|le\s+|der\s+|the\s+)?(?:primo|primero|premier|erste|primul|first|top)\s+(?:della|de\s+la|sur\s+la|auf\s+der|de\s+pe|on\s+the|of\s+the)\s+(?:lista|liste|list[ăa]?)(?=\s*[.!…]|\s*$|\s+(?:di|de|of)\s+(?:chi|quien|those|people))
            |(?:fear|it)\s+works\s+both\s+ways)\b""",
    )
)
# ... notes kept and a career at stake, which warmth does not excuse ...
MENACE_UNEXCUSED = tuple(
    regex.compile(pattern, _IV)
    for pattern in (
        r"\b(?:we|they|people|us|some\s+of\s+us|a\s+few\s+of\s+us|several\s+\w+)\b[^.!?\n]{0,40}?\s(?:have\s+been\s+|'ve\s+been\s+|are\s+|'re\s+|have\s+|'ve\s+)?(?:keeping|kept)\s+(?:very\s+|careful\s+|detailed\s+|tidy\s+|a\s+|close\s+)*(?:notes|records|receipts|screenshots|a\s+(?:list|file|record|dossier|tally))\b",
        r"""\b(?:your|ur)\s+(?:next\s+(?:few\s+)?)?(?:career|job|post|position|contract|grants?|R01s?|funding|licen[cs]e|registration|tenure
            |promotion|reputation|privileges|livelihood|name|standing)\b[^.!?\n]{0,60}?\b(?:could|may|might|will|would|can|'ll)\b[^.!?\n]{0,40}?
            \b(?:suffer|end(?!\s+(?:up|at|on|in|of|by|soon))|stall|disappear|be\s+reviewed|be\s+revoked|be\s+at\s+risk|get\s+(?:difficult|complicated|harder|awkward)
            |become\s+(?:difficult|complicated|awkward)|dry\s+up)\b""",
    )
)
# ... and a name or a career to be changed for good, a threat alone in a reply with nothing warm in it
MENACE_ALONE = tuple(
    regex.compile(pattern, _IV)
    for pattern in (
        r"""\b(?:your|ur)\s+(?:name|career|licen[cs]e|registration|reputation|future)\b[^.!?\n]{0,40}?\b(?:will|'ll|could|may|might)\s+
            (?:mean\s+something\s+(?:very\s+|quite\s+)?different|not\s+survive|be\s+(?:over|finished|history)|find\s+(?:that|this)\s+out)\b""",
        r"\bso\s+can\s+(?:careers|reputations|licen[cs]es|jobs|contracts)\b",
    )
)
MENACE_WARNINGS = regex.compile(
    r"""
    \b(?:a\s+(?:friendly\s+)?word\s+(?:of\s+advice|to\s+the\s+wise)|(?:a\s+)?friendly\s+(?:word|reminder|warning)|word\s+to\s+the\s+wise)\b
    | \bthink\s+(?:very\s+|long\s+and\s+)?(?:hard|carefully|twice)\s+(?:before|about)\b
    | \b(?:I'?d|I\s+would)\s+(?:gently\s+|strongly\s+)?(?:suggest|advise|recommend|encourage)\s+(?:that\s+)?(?:you\s+)?(?:a\s+)?(?:softer|gentler
        |more\s+careful|reconsider|reflect|choose|tread|be\s+careful|rethink|consider\s+carefully)
    | \bchoose\s+your\s+(?:words|battles)\s+(?:more\s+)?(?:carefully|wisely)\b | \btread\s+(?:very\s+)?(?:carefully|lightly)\b
    | \breflect\s+(?:carefully\s+)?on\s+(?:your|ur)\s+(?:obligations|position|future|career|conduct)\b
    # an ultimatum: the post comes down, or else
    | \bunless\s+(?:(?:this|that|the)(?:\s+(?:post|tweet|thread|video|comment|paper|article|statement|claim|reply))?|it|your\s+(?:\w+\s+)?(?:post|tweet|thread|video|comment|words|claim|statement|paper|article|reply))(?:'s|’s)?\s+(?:is\s+|gets\s+|are\s+|(?:'s|’s)\s+)?(?:taken\s+down|comes?\s+down|deleted|removed|retracted|withdrawn|pulled)\b
    | \bif\s+(?:(?:this|that|the)(?:\s+(?:post|tweet|thread|video|comment|paper|article|statement|claim|reply))?|it|your\s+(?:\w+\s+)?(?:post|tweet|thread|video|comment|words|claim|statement|paper|article|reply))\s+(?:isn'?t|is\s+not|aren'?t|hasn'?t\s+been)\s+(?:taken\s+down|deleted|removed|retracted|withdrawn|pulled|corrected)\b
    | \bunless\s+you\s+(?:take\s+(?:this|it|that)\s+down|delete|remove|retract|withdraw|apologi[sz]e)\b
    | \bif\s+you\s+(?:don'?t|do\s+not)\s+(?:take\s+(?:this|it|that)\s+down|delete|remove|retract|withdraw|apologi[sz]e)\b
    | \bI'?m\s+giving\s+you\s+the\s+chance\b | \bbefore\s+(?:they|someone|the\s+board|HR|the\s+press)\s+(?:call|calls|come|comes|get\s+in\s+touch|knock)\b
    """,
    _IV,
)
# ... and warnings that are also said kindly ("if I were you", "stai attenta", "uważaj"): a part only in a reply with
# nothing warm in it (eleventh session: the same warnings in Italian, German, Polish, Romanian, Spanish, French,
# Portuguese, Turkish and Greek)
MENACE_SOFT_WARNINGS = regex.compile(
    r"""
    \bif\s+I\s+were\s+you\b | \bjust\s+a\s+thought\s+before\b | \bI'?d\s+(?:take\s+(?:this|that|it)\s+down|delete\s+(?:this|that))\b
    | \bare\s+you\s+sure\s+you\s+want\s+to\s+(?:keep|continue|carry\s+on|go\s+on)\b | \bsicher,?\s+dass\s+(?:du|Sie)\s+so\s+weitermachen\b | \bwarte\s+nur\s+ab\b
    # each said to stop, not to take care: at the sentence's end, before a name, or before what not to say ("stai attenta
    # a quello che scrivi", "pass auf, was du hier schreibst"), never "stai attenta con la neutropenia"
    | \b(?:stai|stia|state)\s+attent[oaie](?=\s*(?:[.!…]|$|,\s*(?:dottor|dott|(?-i:[A-Z]))|\s+a\s+(?:come|quello\s+che|cosa|ci[oò]\s+che|chi)\b))
    | \bocchio(?=\s*(?:[.!…]|$|,\s*(?:dottor|dott|(?-i:[A-Z]))|\s+a\s+(?:come|quello\s+che|cosa|chi)\b))
    | \bpensaci\s+bene\b | \b(?:le|ti)\s+conviene\s+(?:cancellare|togliere|stare\s+zitt|smettere|rimuovere)\w* | \b(?:io\s+)?al\s+posto\s+tuo,?\s+(?:io\s+)?(?:mi|non|starei|cancellerei|smetterei)\b
    | \bpass\s+(?:bloß\s+|bloss\s+|lieber\s+|gut\s+|mal\s+)?auf(?=\s*(?:[.!…]|$|,\s*(?:was|wie|wem|mit\s+wem|(?-i:[A-ZÄÖÜ]))))
    | \bpass(?:ed|en)\s+Sie\s+(?:bloß\s+|lieber\s+|gut\s+)?(?:uf|auf)(?=\s*(?:[.!…]|$|,\s*(?:was|wie|wem|(?-i:[A-ZÄÖÜ]))))
    | \bsei(?:en\s+Sie)?\s+(?:bloß\s+|lieber\s+)?vorsichtig,?\s+(?:was|wie|mit\s+wem)\b | \ban\s+(?:Ihrer|deiner)\s+Stelle\s+(?:würde|wäre|hätte)\b | \bBall\s+flach\s+halten\b
    | \buwa[żz]aj(?:cie)?(?=\s*(?:[.!…]|$|,\s*(?-i:[A-ZŁŚŻŹ])|,?\s+(?:co|jak|z\s+kim)\b)) | \bprosz[eę]\s+uwa[żz]a[ćc],?\s+(?:co|jak)\b | \buwa[żz]a[łl]b(?:ym|ymy)\b
    | \bradz[eę]\s+(?:ci|pani|panu)\s+(?:si[eę]\s+)?(?:nie|usun|skasowa|przesta)\w* | \bradz[eę]\s+usun\w* | \bna\s+(?:pana|pani|twoim)\s+miejscu\s+(?:bym|uwa[żz]a[łl]b\w*|nie)\b
    | \bai\s+grij[ăa]\s+(?:cum|ce)\s+(?:vorbe[șs]ti|scrii|faci|postezi)\b | \bfii\s+atent[ăa]?\s+(?:cum|ce)\s+(?:vorbe[șs]ti|scrii|faci|postezi)\b | \bv[ăa]\s+sf[ăa]tuiesc\s+s[ăa]\s+(?:[șs]terge[țt]i|retrage[țt]i|t[ăa]ce[țt]i)\b
    | \bte\s+sf[ăa]tuiesc\s+s[ăa]\s+(?:[șs]tergi|taci|te\s+opre[șs]ti)\b | \bg[âa]nde[șs]te-te\s+bine\b | \b(?:eu\s+)?[îi]n\s+locul\s+t[ăa]u,?\s+(?:eu\s+)?(?:a[șs]|n-a[șs])\b
    | \bcuidadito\b | \b(?:le|te)\s+recomiendo\s+(?:que\s+)?(?:rectific|borr|retir|elimin|bajar)\w* | \byo\s+que\s+t[úu],?\s+(?:borrar[íi]a|me\s+callar[íi]a|no)\b | \bpi[ée]ns[ae]lo\s+bien\b
    | \bfai(?:s|tes)\s+(?:gaffe|attention)(?=\s*(?:[.!…]|$|,\s*(?-i:[A-Z])|\s+(?:à\s+ce\s+que|ce\s+que)\b)) | \bt'es\s+mieux\s+de\b
    | \bje\s+(?:vous|te)\s+(?:sugg[èe]re|conseille)\s+de\s+(?:retirer|supprimer|effacer|vous\s+taire|te\s+taire)\b
    | \b[àa]\s+(?:ta|votre)\s+place,?\s+je\s+(?:ferais|me|ne|supprimerais|retirerais)\b | \bfica\s+espert[oa]\b | \beu\s+no\s+seu\s+lugar\b | \baya[ğg][ıi]n[ıi]z[ıi]?\s+denk\s+al
    | πρόσεχε | προσέχετε
    """,
    _IV,
)

# A postal address written out in full: a street and house number followed by a postcode, in the formats of Europe
# and the Americas ("Kastanienallee 61, 10119 Berlin", "ul. Królewska 57/4, 30-081 Kraków", "14 rue des Martyrs,
# 75009 Paris", "1420 Brookside Ln, Edina MN 55436"), or a Turkish or Romanian flat by number ("Moda Caddesi No: 118",
# "nr. 47, bl. C3"). Nobody's home address belongs in a reply (eleventh session: all 33 in 47 sets are doxxing)
POSTAL_ADDRESS = regex.compile(
    r"""
    (?:
      \b\d{1,4}(?:\s*(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|quai|place|all[ée]e|impasse|chemin|cours)\s+(?:[\w'’-]+\s+){0,4}?
    | \b(?:calle|c/|avenida|avda\.?|paseo|rua|travessa|alameda|ul\.|ulica|str\.|strada|carrer|bulevardul|aleea|calea|[șs]oseaua|(?-i:Via|Viale|Corso|Piazza|Vicolo)
        |(?:via|viale|corso|piazza|vicolo)(?=\s+(?-i:[A-Z])))[\s,]+(?:[\w'’.-]+[\s,]+){1,4}?(?:n[ºo°r]?\.?\s*)?\d{1,4}[a-zA-Z]?(?:/\d{1,4})?\b
    | \b\w+(?:stra(?:ß|ss)e|str\.|allee|weg|gasse|platz|damm|ufer|straat|laan|gracht|kade|plein|steenweg)\s+\d{1,4}[a-zA-Z]?\b
    | (?-i:\b[A-ZÄÖÜ]\w+\s+(?:Stra(?:ß|ss)e|Str\.|Allee|Weg|Gasse|Platz))\s+\d{1,4}[a-zA-Z]?\b
    | \b\d{1,5}\s+(?-i:(?:[A-Z]\w+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Court|Ct|Way|Close|Crescent|Terrace|Place|Boulevard|Blvd))\b\.?
    | \b\d{1,5}\s+(?:[a-z]+\s+){1,2}(?:street|road|avenue|lane|drive|close|crescent|terrace)\b
    )
    [^.!?\n]{0,30}?
    (?:(?:(?<=,\s{0,3})|(?<=\bCEP:?\s{0,2})|(?<=\b(?-i:[A-Z]{2})\s{1,3}))(?:\d{5}|\d{6}|\d{2}-\d{3}|\d{4}-\d{3}|\d{5}-\d{3})\b|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s+\d[A-Z]{2}\b
        |,\s*\d{4}\s+\p{Lu}\p{Ll})
    | \b(?:Caddesi|Cad\.|Cd\.|Sokak|Soka[ğg][ıi]|Sok\.|Sk\.)\s+No\s*:?\s*\d+
    | \bnr\.?\s*\d+\s*,\s*bl(?:oc(?:ul)?)?\.?\s*[A-Z]?\d{1,3}[A-Z]?\b | \bbl(?:oc(?:ul)?)?\.?\s*[A-Z]?\d{1,3}[A-Z]?\s*,\s*(?:sc\.?\s*\w+\s*,\s*)?ap\.?\s*\d+
    """,
    _IV,
)
# ... unless a hospital, a clinic, an office, a ministry or a venue is named beside it, asked after or given
INSTITUTION = regex.compile(
    r"\b\w*(?:clinics?|hospitals?|centres?|centers?|Klinik\w*|zentrum|krankenhaus|spital\w*|szpital\w*|praxis|kammer|hospices?|infirmary)\b"
    r"|\b(?:h[oô]pital\w*|ospedal\w*|instytut\w*|institut\w*|istitut\w*|centro|CHU|CHRU|AP-HP|hastane\w*|zak[łl]ad\w*|onkolog\w*|oncolog\w*"
    r"|IRCCS|policlinico|cl[ií]nica|ambulatori\w*|poradni\w*|consultorio|consult[oó]rio|ministero|ministerio|minist[èe]re"
    r"|Ministerium|ministerstw\w*|conference|congress\w*|Kongress|venue|hotel|office|B[üu]ro|oficina|bureau|ufficio|biuro|pharmacy|Apotheke"
    r"|pharmacie|apteka|universit\w*|campus|trattoria|ristorante|restaurant\w*|caf[eé]|bar|pub|museum|museo|library|biblioteca"
    r"|theatre|theater|teatro|auditorium|church|chiesa|iglesia|[ée]glise|Kirche|funeral|stadium|stadio|charit[ée]|przychodni\w*|t[ıi]p\s+merkezi"
    r"|muayenehane\w*|casa\s+di\s+cura|ordine|ordem|ombudsman|clinique|maison\s+de\s+sant[ée]|cabinet\w*|farm[áa]cia|fundraiser|5k|10k)\b",
    regex.IGNORECASE,
)

# Someone close to the clinician (or their home) put at a named place: "your sister at the Zara on Gran Via", "your
# wife's practice in Bryn Mawr", "ur place on hawthorn lane", "whose mum still lives at 14 rowan crescent"
_KIN = (
    r"(?:\b(?:your|ur|yr|whose|tu|tuo|tua)\s+(?:own\s+|little\s+|big\s+|younger\s+|older\s+|new\s+)?(?:mum|mom|mother|dad|father|sister|brother|wife"
    r"|husband|gf|bf|girlfriend|boyfriend|partner|spouse|fianc[eé]e?|son|daughter|kids?|children|twins|aunt|uncle|nan|gran|grandma|grandpa"
    r"|in-laws|young\s+ones?|little\s+ones?|wee\s+ones?|eldest|youngest|marido|mujer|esposa|esposo|hijos?|hijas?|figlio|figlia|madre|padre|m[ãa]e|pai)(?:'s|’s|s')?"
    # a home or car as such, not "your home screening kit" or "your car park"
    r"|\b(?:your|ur|yr|whose)\s+(?:new\s+|old\s+|little\s+|lovely\s+|nice\s+)?(?:place|house|home|flat|apartment|condo|car)"
    r"(?=\s+(?:on|in|at|off|near|by|out|up|down|over|is|was|has|been)\b|(?:'s|’s)|\s*[,.!?]|$)"
    r"|\bher\s+own\s+(?:mum|mom|mother|dad|father|kids?|son|daughter)|\b(?:lives|living|home)\s+(?:out\s+)?(?:past|to|in|on|at|near|by|off)"
    r"|\bdoors?\s+(?:down|up)\s+from\s+(?:you|u|her|him))\b"
)
_NAMED_PLACE = (
    # a place by name after at, on, off, past ... ("in Cork" alone is a city: a shop, school or office in it is a place)
    r"(?:(?-i:\b(?:at|on|off|near|by|past|along|outside)\s+(?:the\s+)?(?:St\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"(?=\s+(?:on|in|off|at)\s+(?:the\s+)?(?-i:[A-Z0-9])|\s+(?:St|Street|Rd|Road|Lane|Ln|Ave|Avenue|Drive|Dr|Way|Close|Crescent|Terrace|Park)\b"
    r"|[^.!?\n]{0,40}\b(?:every\s+\w+|on\s+\w+days|\d{1,2}(?::\d\d)?\s*(?:am|pm))\b)"
    r"|\b(?:in\s+via|rua|calle|ulica|carrer|rue)\s+(?-i:[A-Z])"
    r"|\b(?:school|nursery|daycare|shop|store|office|practice|bakery|salon|restaurant|caf[eé]|pub|bar|gym|church|mosque|temple|team|club"
    r"|firm|branch|laundromat|garage|studio|surgery|pharmacy|house|flat|place)\s+(?-i:(?:in|at|on|off|en|em)\s+(?:the\s+)?[A-Z])"
    # a street written small ("hawthorn lane"), not "a long road ahead" or "a test drive"
    r"|(?:\b\d{1,4}\s+|\b)(?!(?:long|short|hard|rough|bumpy|open|main|high|the|a|an|test|good|nice|quick|fundraising|food|blood|charity"
    r"|recovery|same|right|wrong|back|home|this|that|my|our|your|ur|his|her|their|every|one|two|no|and|or|to|on|in|at)\s)"
    r"[a-z]+\s+(?:st|street|rd|road|ave|avenue|lane|ln|crescent|cres|close|terrace|grove|gardens|mews|drive)\b(?!\s+(?:to|of|ahead)\b)"
    r"|\b\d{1,4}\s+[a-z]+\s+(?:way|court|place|row)\b)"
)
_KIN_AT_PLACE = r"(?:" + _KIN + r"[^.!?\n]{0,90}?" + _NAMED_PLACE + r")"

# Details that map someone's life, warm words or not: a service or class with its day and time, a house asked after
# by its road, a flat by tower and floor, a child at a named event, a partner by name, a house by its shutters, a
# wedding by venue and date, a personal number (used by DOXXING, and by triage to refuse a friendly excuse)
MAPS = (
    r"""(?:(?<!\b(?:our|my)\s)\b(?:church|mass|masjid|mosque|temple|synagogue|gurdwara|jamaat|prayers|gym|pool|gala|skating|swimming|running
        |walks?|training(?:\s+is|'s|’s)|choir|rehearsals?|pilates|yoga|spin|bootcamp|book\s+club|golf|tennis|football|rugby|netball)\b[^.!\n]{0,60}?"""
    + ROUTINE
    + r"""
    | \b(?:are|r)\s+(?:you|u)\s+still\s+(?:in|at)\s+the\s+(?:house|flat|apartment|place|bungalow)\s+(?:on|in|at|off)\b
    | \b(?:tower|block|building)\s+[A-Z0-9]\b[^.!?\n]{0,25}\b\d{1,2}(?:st|nd|rd|th)\s+floor\b
    | \b(?:nice|lovely|cute|gorgeous)\s+(?:flat|house|apartment|bungalow|place|cottage|home)\s+(?:in|on|off)\s+(?-i:[A-Z])
    | \b(?:your|ur)\s+(?:daughter|son|kids?|children|boy|girl|young\s+ones?|little\s+ones?)\s+at\s+the\s+(?-i:[A-Z])
    | (?-i:\b[A-Z][a-z]+)(?:'s|’s)\s+(?:husband|wife|partner|spouse)\s+is\s+(?-i:[A-Z][a-z]+)
    | \b(?:bungalow|house|cottage|semi|terrace|flat)\s+with\s+(?:the\s+)?(?:\w+\s+)?(?:shutters|door|gate|fence|roof|porch|awning)\b
    | \b(?:wedding|party|christening|baptism|reception)(?:'s|\s+is)\s+at\s+(?-i:[A-Z])[^.!?\n]{0,40}\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?-i:[A-Z][a-z]+)
        |on\s+(?-i:[A-Z]))
    | \b(?:your|her|his)\s+(?:personal|private|home|own)\s+(?:one|number|mobile|cell|line)\b[^\n]{0,20}?\d[\d\s-]{7,}\d
    | \b(?:your|ur|her|his)\s+(?:wife|husband|partner|spouse|son|daughter)\s+(?-i:[A-Z][a-z]+)(?:'s|’s)\s+\w+
    | \b(?:your|ur|her|his)\s+(?:partner|husband|wife|spouse)\s+(?:is\s+)?(?:still\s+)?(?:teaching|working|teaches|works|nursing)\s+
        (?:[\w-]+\s+){0,3}?(?:at|in)\s+(?-i:[A-Z])
    | \b(?:your|ur|her|his)\s+(?:daughter|son|kid|child)(?:'s|’s)\s+team\b[^.!?\n]{0,60}(?:(?-i:\b[A-Z][a-z]+)|\#\d+|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day)
    | \bsame\s+(?:service|mass|class|session|time|spot)\s+next\s+(?:week|sunday|saturday|friday)\b
    | (?<!\b(?:don'?t|never|not|do\s+not|please\s+don'?t)\s)\b(?:sending|send|sent|forward\w*|post\w*)\s+(?!(?:patient|patients'?|clinical|work)\s)[^.!?\n]{0,30}\bto\s+(?:your|her|his)\s+personal\s+(?:address|email|e-mail|inbox)\b
    | """
    + _KIN_AT_PLACE
    + r"""
    | \b(?:u|you)\s+(?:clock\s+(?:out|in|off)|leave|finish|knock\s+off)\s+(?:at\s+|around\s+)?\d{1,2}[:.]\d\d\b(?=[^.!?\n]{0,40}\b(?:every|each|always|usually|door|exit|car|smoke|dock))
    | \b(?:u|you)\s+go\s+to\s+the\s+\d{1,2}\s*(?:am|pm)\s+(?:\w+\s+)?(?:class|mass|service|spin|session|swim|pilates|yoga|run|zumba)\b
    | \b(?:I|we|i)\s+(?:always\s+|often\s+)?(?:see|saw|spot|spotted|pass|passed)\s+(?:you|u)(?:\s+two|\s+both|\s+and\s+\w+)?\s+(?:out\s+there\s+)?(?:every|most|each)\s+(?:\w+day|morning|evening|night|week)s?\b
        (?![^.!?\n]{0,25}\b(?:huddle|handover|MDT|board|rounds|meeting|clinic|ward|theatre|OR|conference)\b)
    | \b(?:you'?re|you\s+are|she'?s|he'?s|staying)\s+in\s+room\s+\d{2,4}\b
    # the same map drawn in the third person: "Galloway does the Riverside parkrun most Saturdays", "she's on nights all
    # next week ... gets the 42 from the stop by ...", "Obi's still in the Victoria Parade flat", "reg ends KXT"
    | (?-i:\b[A-Z][a-z]+)\s+(?:does|runs|swims|walks|drives|takes|goes\s+to|attends|trains|cycles|jogs|prays)\s+(?:(?:at|in|on|round|around|along|to)\s+)?(?:the\s+|her\s+|his\s+)?(?-i:[A-Z][\w'’-]+)[^.!?\n]{0,40}"""
    + ROUTINE
    + r"""
    | \b(?:she|he|(?-i:[A-Z][a-z]+))(?:'s|’s|\s+is)\s+on\s+(?:nights|days|lates|earlies|the\s+night\s+shift)\b[^.!?\n]{0,60}\b(?:finishes|leaves|gets|parks|walks|till|until|at\s+\d)
    | \b(?:finishes|clocks\s+off|leaves|gets\s+off)\s+(?:work\s+)?(?:at\s+)?\d{1,2}[:.]\d\d\b[^.!?\n]{0,40}\bgets\s+the\s+\d{1,3}\b
    | (?-i:\b[A-Z][a-z]+)(?:'s|’s|\s+is)\s+still\s+(?:in|at)\s+the\s+[^.!?\n]{0,30}\b(?:flat|house|apartment|condo|building|place|bungalow)\b
    | \b(?:reg|registration|plate)\s+(?:ends|ending|starts|starting|is)\s+(?:in\s+|with\s+)?[A-Z0-9]{2,4}\b
    | \bcompil\w+\s+(?:everything|a\s+(?:file|dossier|list|thread))\s+on\b | \b(?:address|number|phone|family|kids),\s+(?:the\s+lot|everything)\b
    | \b(?:saw|seen|see)\s+(?:you|u)\s+at\s+(?:school\s+)?(?:pickup|pick-up|drop-?off|the\s+school\s+gate)\b
    | \b(?:u|you)\s+(?:always\s+|usually\s+)?park(?:s|ed)?\s+(?:[\w-]+\s+){0,4}?(?:in|on|at|by|near|behind|outside)\b(?![^.!?\n]*\?)
    | \b(?:your|ur|her|his)\s+(?:wife|husband|partner|spouse|sister|brother|son|daughter|mum|mom)\s+(?-i:[A-Z][a-z]+)\s+(?:is|works)\s+[^.!?\n]{0,50}\b(?:at|for|in)\b
    )"""
)
MAPS_DETAIL = regex.compile(MAPS, _IV)


# Menace said softly (seventh session: what four new authors' threats said that no pattern did). Each of these is
# also said kindly ("hope someone shows you this", "cuídate mucho", "you all know what to do: share!"), so triage
# reads them as threats only in a reply with no warm or scholarly word, and each is narrowed to its menacing shape.
SOFT_MENACE = regex.compile(
    r"""
    # incitement about someone named in the reply, ending its sentence
    (?<=\b(?:her|him|his|she|he|them|this\s+(?:doctor|nurse|woman|man)|which\s+(?:hospital|building|clinic))\b[^\n]{0,160})
      (?:\bdo\s+what\s+(?:needs|has|must)\s+(?:to\s+be\s+)?(?:doing|done)|\b(?:you\s+all|y'?all|you\s+lot|folks|everyone)\s+knows?\s+what\s+to\s+do)
      (?=\s*(?:[.!…]|😉|😏|🙂|,\s*(?:folks|people|all|lads)|$))
    | \b(?:they'?re|they\s+are|families\s+are|people\s+are|some\s+of\s+us\s+are)\s+(?:just\s+|only\s+)?waiting\s+for\s+the\s+right\s+(?:moment|time|day)\b(?!\s+to\b)
    | \bfind\s+(?:her|him|them)[.,;]\s+[\w\s,]{0,20}\bwait\b
    | \b(?:are\s+)?(?:you\s+)?sure\s+(?:your|ur)\s+(?:kids?|family|children|wife|husband|home|house|car)\s+(?:is|are)\s+safe\b(?!\s+(?:on|with|from|using|taking|around|in\s+the\s+sun))
    | \bsettle\s+(?:it|this|that|things)\s+the\s+old\s+way\b(?!\s*[:,-])
    | \bare\s+(?:your|ur)\s+(?:kids?|family|children)\s+safe\b(?!\s+(?:on|with|from|using|taking|around|in))
    | \b(?:real|very|really)\s+(?:interesting|eventful)\s+(?:evening|night|walk|drive|ride\s+home)\s+for\s+(?:you|her|him)\b
    | \bhope\s+(?:someone|somebody)\s+(?:makes\s+(?:you|her|him)\s+(?:feel|pay|suffer|understand\s+what)|does\s+(?:the\s+same|that|it)\s+to\s+(?:you|her|him)
        |teaches\s+(?:you|her|him)\s+a\s+lesson|gives\s+(?:you|her|him)\s+what)
    | \bhope\s+(?:you|she|he)\s+never\s+(?:break\s+down|breaks\s+down|run\s+out\s+of\s+(?:petrol|gas|fuel))\s+(?:on|in|at|near)\b
    | \bnot\s+everyone\s+reading\s+this\s+is\s+(?:as\s+|so\s+)?(?:understanding|forgiving|patient|peaceful)\b(?!\s*,?\s*but\b)
    | \bcu[ií]date\s+(?:al\s+salir|cuando\s+salgas)\b | \bten\s+cuidado\s+(?:al\s+salir|cuando\s+salgas)\b
    | \bsabemos\s+d[oó]nde\s+(?:vives|trabajas|aparcas)\b | \bte\s+(?:estamos\s+)?vigilando\b | \bcu[ií]date\s+las\s+espaldas\b
    | \byou(?:'ll|\s+will)\s+(?:notice|see|remember)\s+me\s+next\s+time\b | \byou(?:'ll|\s+will)\s+bury\s+(?:someone|somebody|one\s+of\s+your|your\s+own)\b
    | \b(?:a\s+few|some|a\s+couple|a\s+bunch|lots|plenty)\s+of\s+us\s+(?:will\s+|might\s+|could\s+|should\s+|(?:are\s+)?gonna\s+)?(?:drop|stop|pop|swing|come)\s+(?:by|in|round)\b
        [^.!?\n]{0,25}\bto\s+['‘"“]?(?:discuss|talk|chat|have\s+a\s+(?:word|chat))
    | \bsiku\s+zako\s+(?:zimehesabiwa|zinahesabika)\b | \b(?:tes|vos)\s+jours\s+sont\s+comptés\b | \b(?:tus|sus)\s+días\s+están\s+contados\b | \bseus\s+dias\s+estão\s+contados\b
    | \bdu\s+wirst\s+(?:schon\s+)?sehen\s*,?\s+was\s+(?:passiert|dann\s+passiert)\b(?![^.!?\n]{0,10}\b(?:wenn|mit)\b)
    # "we'll see each other's faces" (a settling of scores) and "things happen to those who talk too much", in Spanish,
    # Catalan, Galician, Portuguese and Italian
    | \b(?:ya|ja)\s+nos\s+(?:veremos|vamos\s+a\s+ver)\s+las\s+caras\b | \bens\s+veurem\s+les\s+cares\b
    | \b(?:pasan|pásanlle|pasanlle|passam|acontecem|acontecen|succedono|capitano)\s+(?:cosas|cousas|coisas|cose)\s+a\s+(?:quien|quen|quem|chi|los\s+que|os\s+que)\b
    | \b(?:quien|quen|quem|chi)\s+(?:habla|fala|parla)\s+(?:de\s+m[aá]i?s|demais|troppo)\b(?=[^.!?\n]{0,60}\b(?:pasa|pasan|acontece|acontecem|succede|si\s+fa\s+male|termina|acaba))
    | \bcerti\s+conti\s+(?:prima\s+o\s+poi\s+)?si\s+(?:chiudono|pagano|regolano|saldano)\b
    """,
    _IV,
)

DOXXING = regex.compile(
    r"""
    \b(?:your|ur)\s+(?:home\s+)?(?:address|house|home|street|driveway|front\s+door|porch|apartment|flat|condo|neighbou?rhood)\b
    | \b(?:your|ur)\s+(?:kids?|children|son|daughter|husband|wife|spouse|partner|family|mom|mother|dad|father)(?:'s)?\s+
      (?:school|name|names|work|office|bus|daycare|soccer|practice|class|teacher|car)\b
    | \b(?:your|ur)\s+(?:kids?|children|son|daughter|husband|wife|spouse|partner|family)\b[^.!?\n]{0,50}\b(?:school|elementary|academy
        |daycare|middle|high\s+school|named?|called|lives?|works?)\b
    | \b(?:elementary|middle\s+school|high\s+school|academy|daycare|preschool)\b[^.!?\n]{0,40}\b(?:your|ur|right\?|huh)\b
    | \b(?:your|ur)\s+(?:personal\s+|cell\s+|home\s+|private\s+)?(?:phone|number|cell|mobile|email|e-mail)\b[^.!?\n]{0,30}
      (?:\d{3}|@|is|now|online|everyone|posted|here)\b
    | \b(?:your|ur)\s+(?:car|plate|license\s+plate|licence\s+plate|vehicle|truck|tesla|subaru|honda|toyota|bmw)\b
    | \bplate\s+(?:number\s+)?(?-i:(?=[A-Z]*\d|\d*[A-Z])[A-Z0-9]{2,4}[- ]?[A-Z0-9]{2,4})\b
    | (?-i:\b\d{1,5}\s+(?:[A-Z][\w']+\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Ln|Lane|Blvd|Ct|Court|Way|Pl|Place|Terrace
        |Circle|Bend|Row|Crescent|Cres|Close|Grove|Gardens|Parade|Pde|Mews|Square|Sq|Hwy|Highway)\b)
    | (?-i:\b(?:on|at|off|near)\s+(?:[A-Z][\w']+\s+){1,2}(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Ln|Lane|Blvd|Ct|Court|Pl|Place
        |Terrace|Circle|Bend|Crescent|Cres|Way|Grove|Gardens|Parade|Mews)\b)
    | \blot\s+\d+\b(?=[^.!?\n]{0,30}\b(?:Cres|Crescent|St|Street|Rd|Road|Ave|Avenue|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Close)\b)
    | (?-i:\bon\s+(?:[NSEW]\.?\s+)?\d{1,3}(?:st|nd|rd|th)\b)(?=\s*(?:[.!,;]|$|\s+(?:St|Street|Ave|Avenue)\b))
    | \b(?:building|house|door|gate)\s+with\s+the\s+(?:\w+\s+){0,2}(?:awning|door|gate|fence|roof|shutters|porch|garage)\b
    | \b(?:council\s+)?rates\s+notice\b | \bproperty\s+tax\s+(?:bill|record|records|notice)\b
    | (?:\b(?:your|her|his|their|ur)\s+|(?:^|(?<=[,.;]\s{0,3})))(?:kids?|children|son|daughter)\s+(?:is|are|go|goes)\s+(?:at|to)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}(?:school|daycare|academy|nursery|preschool|kindergarten)\b
    | (?<=\b(?:your|her|his|their|ur)\s+(?:[\w']+\s+){0,2}?(?:kids?|son|daughter|children|boy|girl|child)(?:'s)?\b[^.!?\n]{0,60})
      (?-i:\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Elementary|Middle(?:\s+School)?|High(?:\s+School)?|Academy|Montessori|Prep|Primary
        |Preschool|Daycare|Kindergarten)\b)
    | (?-i:\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Elementary|Middle(?:\s+School)?|High(?:\s+School)?|Academy|Montessori|Prep|Primary
        |Preschool|Daycare|Kindergarten)\b)(?=[^.!?\n]{0,40}(?:\bright\?|\bpickup\b|\bpick-up\b|\bgrade\b|👀|🙂|😊))
    | \b(?:her|his|their)\s+(?:husband|wife|spouse|partner|boyfriend|girlfriend|son|daughter|kids?|children|mom|mum|mother|dad
        |father|sister|brother|family)(?:'s)?\s+(?:is|are|name|named|called|plays|goes|attends|works|runs|lives|at|'s|address|number|school
        |IG|instagram|facebook|linkedin|twitter|tiktok|profile|page|office|job|workplace|realtor|business|shop|salon|firm|practice)\b
    | \b(?:your|ur)\s+(?:husband|wife|spouse|partner|boyfriend|girlfriend|son|daughter|kids?|children)(?:'s)?\s+(?:name|named|called
        |plays|goes\s+to|attends|works\s+at|lives|address|number|school|IG|instagram|firm|practice)\b
    | \b(?:her|his|their|your)\s+(?:husband|wife|spouse|partner|son|daughter|kids?|children)\s+(?:is|are)\s+(?-i:[A-Z][a-z]+)
    | (?:^|(?<=[.!?]\s))(?:husband|wife|spouse|partner|son|daughter)\s+(?:is|plays|goes\s+to|works\s+at|teaches\s+at)\s+(?-i:[A-Z][a-z]+)
    | \b(?:anybody|anyone|someone)\s+(?:local|nearby|in\s+the\s+area)\b | \blet'?s\s+(?:call|visit|message|email)\s+(?:him|her|them)\b
    | \bfound\s+(?:her|his|your|their)\s+(?:daughter|son|kids?|children|wife|husband|partner|mom|mother|dad|father)'?s?\b
    | \bdo\s+with\s+(?:it|that|this)\s+what\s+you\s+(?:want|will|like)\b
    | \b(?:you'?re|you\s+are|she'?s|she\s+is|he'?s|he\s+is)\s+(?:still\s+)?(?:in|at)\s+the\s+\w+\s+(?:house|apartment|condo|building)\b
    | (?<!\bmy\s+)\b(?:kids?|children)\s+(?:is|are)\s+(?-i:[A-Z][a-z]+)\s+and\s+(?-i:[A-Z][a-z]+)
    | \b(?:personal\s+)?(?:cell|phone|mobile|number)(?:\s+is|:)?\s*\(?\d{3}\)?[-.\s]?\d{3}[-.\s]\d{4}\b
    | \(?\b\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b[^.!?\n]{0,40}\b(?:her|his|cell|call|text|personal)\b
    | \b(?:drives|driving)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:car|truck|suv|van|tesla|subaru|honda|toyota|bmw|ford|f-?150|jeep|prius|volvo|audi)\b
    | \b(?:pickup|pick-up|drop-?off|gym|shift|games?|practice|runs?|jogs?)\b[^.!?\n]{0,30}\b(?:at\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|a|p)?|on\s+(?:mondays|tuesdays
        |wednesdays|thursdays|fridays|saturdays|sundays|weekdays|weekends)|every\s+(?:day|weekday|morning|evening))\b
    | \b(?:public\s+records|here'?s\s+(?:her|his|their)\s+(?:IG|instagram|facebook|address|number|page)|found\s+(?:her|his|their)\s+(?:mom|mother|dad
        |father|family|home|house|address|kids?)(?:'s)?)\b
    | \b(?:here'?s|this\s+is)\s+where\s+(?:she|he|they|you|the\s+(?:man|woman|guy|doctor|nurse|bloke|lady)|this\s+(?:man|woman|guy|doctor|nurse))\s+(?:lives?|works?|parks?|sleeps?)\b
    | (?<!\b(?:mi|mis|yo|tu|tus|nuestra|nuestro)\s+(?:\w+\s+)?)\b(?:vive|viven)\s+en\s+[^.!?\n]{0,40}\b(?:calle|avenida|portal|piso|n[uú]mero|casa)\b
    | \baqu[ií]\s+(?:es\s+)?donde\s+vive\b | \b(?:her|his)\s+(?:home\s+)?address\s+is\b
    | \b(?:property|court|voter|public)\s+records?\b | \bzillow\b | \b(?:her|his|the)\s+deed\b | \b(?:she|he)\s+parks\b
    | \b(?:your|her|his)\s+(?:church|gym|mosque|synagogue|temple|daughter'?s\s+team|son'?s\s+team)\b
    | \b(?:your|her|his)\s+(?:spouse|husband|wife|partner)\s+works\s+(?:at|for)\b | \b(?:your|her|his)\s+(?:personal\s+)?email\s+is\b
    | (?<=\b(?:her|his|your|their)\s+(?:personal\s+|private\s+|home\s+)?(?:email|e-mail|address|contact)\b[^.!?\n]{0,20})[\w.+-]+@[\w-]+\.\w+ | \bDM\s+(?:me\s+)?for\s+(?:her|his)\s+(?:address|number|details)\b
    | \b(?:your|her|his)\s+(?:blue|red|white|green|yellow|grey|gray|brick|little|nice|big)\s+house\b
    | \bnice\s+(?:little\s+)?house\s+(?:you'?ve\s+got|by\s+the|on\s+the)\b
    | \b(?:your|her|his)\s+(?:hotel\s+)?room(?:\s+number)?\s+\d | \broom\s+\d{3,4},?\s+right\b
    | (?<!\b(?:track|tracks|tracking|watch|watching|see|follow|following|stream|streaming|catch)\s)\b(?:she|he|you|doc)\s+(?:still\s+)?lives?\s+(?:out\s+)?(?:in|on|off|near|by)\b
        (?!\s+(?:the\s+)?(?:app|air|tv|telly|stream|camera|radio|instagram|ig|tiktok|youtube|twitch)\b)
    | \boff\s+(?:Route|Rte|Highway|Hwy)\s+\d+\b | (?<!\b(?:my|our)\s)\bprivate\s+(?:cell|number|phone|email|e-mail|address)\b
    | \b(?:cell|phone|number|call|text|line|mobile)\b[^.!?\n]{0,20}\b\d{3}[-.]\d{4}\b
    | \b(?:su|tu|teu|seu|sua|tua)\s+(?:celular|cel|teléfono|telefone|telemóvel|móvil|número|numero|whats(?:app)?|zap)\b[^.!?\n]{0,20}?\b\d{2,4}[\s.-]?\d{3,4}[\s.-]?\d{4}\b
    | (?:(?-i:\b(?:CPF|CURP|RUT|DNI|NIF)\b)|\bc[eé]dula\b)[^.!?\n]{0,15}?\d[\d.\-]{6,}
    | \b(?:vive|viven|mora|moram|habite|habitent)\s+(?:en|em|no|na|à|au)\s+[^.!?\n]{0,40}?\b(?:calle|carrera|cra\.?|avenida|av\.|rua|rue|pasaje)\s+(?:[\w'’]+\s+){0,3}?\#?\s*\d{1,5}
    | \b(?:your|her|his)\s+(?:kid|son|daughter|child)'?s\s+(?:drawing|name|school|team|photo|picture)\b
    | \b(?:you\s+live|you're\s+living|you\s+still\s+live)\s+(?:on|at|in|near|by)\s+(?:\d|(?-i:[A-Z]))
    | \b(?:I|we)\s+(?:know|found|have|got)\s+(?:your|ur)\s+(?:home|address|house|street|number|phone|kids?|children|wife|husband
        |family|school|car|plate|schedule|routine)\b
    | \b(?:post(?:ed|ing)?|shar(?:e|ed|ing)|leak(?:ed|ing)?|drop(?:ped|ping)?|publish(?:ed|ing)?)\s+(?:your|ur|her|his)\s+
      (?:address|number|phone|info|details|home|family|personal)\b
    | \b(?:dox|doxx|doxxed|doxxing|doxing)\b
    # a number spelt out to slip past filters ("zero-eight-zero-three, six-one-one ... rest in my DM"), a gate's code
    | (?<=\b(?:(?:her|his|your|their|the\s+doctor'?s|the\s+quack'?s)\s+(?:\w+\s+)?(?:line|number|phone|cell|mobile|whatsapp|digits)|(?:call|text|ring)\s+(?:her|him))\b[^.!?\n]{0,40})
      \b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?:[\s,.-]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b){5,}
    | (?<=\b(?:her|his|your|their)\s+(?:\w+\s+)?(?:line|number|phone|address|mobile|cell)\b[^\n]{0,80})\b(?:rest|full\s+number|the\s+number|address)\s+(?:is\s+)?in\s+(?:my\s+)?DMs?\b
    | (?<!\b(?:don'?t|never|not|please\s+don'?t)\s+(?:\w+\s+){0,2})\b(?:post|share|leak|publish|drop)\w*\b[^.!?\n]{0,60}\b(?:gate|door|alarm|entry)\s+code\b(?!\s+online)
    | \b(?:her|his|your|their)\s+(?:\w+\s+)?(?:gate|door|alarm)\s+code\b | \b(?:gate|door|alarm)\s+code\s+at\s+(?:the\s+)?\w+'s\s+(?:place|house|home|flat)\b
    | \b(?:you'?re|you\s+are|ur)\s+(?:always|usually|normally)\s+(?:in\s+there|there|in|at)\b[^.!?\n]{0,40}\b(?:around|at|by)\s+\d
    | (?<!\bif\s)\b(?:I|we)\s+(?:always\s+|often\s+|swear\s+I\s+)?see\s+(?:you|u)\s+at\s+the\s+(?-i:[A-Z])
    | \b(?:seeing|spotted|spotting|saw|seen)\s+(?:you|u)\s+at\s+(?:the\s+)?(?-i:[A-Z])[^.!?\n]{0,60}{ROUTINE}
    | \b(?:her|his|your|ur|their)\s+(?:husband|wife|spouse|partner|son|daughter|kids?|boy|girl)\s+(?-i:[A-Z][a-z]+)\s+(?:coaches|works|teaches
        |plays|runs|goes|attends|drives|swims|trains|is\s+at|is\s+in)\b
    | (?-i:\b[A-Z][a-z]+)(?:'s|’s)\s+(?:kids?|children|son|daughter|twins|boys|girls)\b[^.!?\n]{0,60}{ROUTINE}
    | \b(?:moving|moved|move)\s+(?:out\s+of|into|in\s+to)\s+(?:unit\s+|apt\.?\s+|flat\s+|number\s+)?\d{1,4}[A-Za-z]?\b
    | {MAPS}
    | \b(?:her|his|your|ur|their)\s+(?:own\s+)?(?:two|three|kids?|children|boys|girls|twins|son|daughter|little\s+ones)\s+(?:are|is|go|goes)\s+
        (?:in|at|to)\s+(?-i:[A-Z][a-z]+)
    | (?-i:\b(?:Scoil|Gaelscoil|Colegio|Escuela|École|Ecole|Scuola|Grundschule)\s+[A-Z])
    | (?-i:\b\d{1,4}[A-Z]\b)\s+(?:at|in|of)\s+(?:the\s+)?(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s+(?:apartments?|building|complex|towers?|flats|estate|condos?|residences?)\b
    | \b(?:still\s+)?parking\s+the\s+(?:\w+\s+){0,2}(?:with\s+the\s+)?[^.!?\n]{0,40}\bon\s+(?:P|level\s+)\d
    | \b(?:bumper|windshield|windscreen)\b[^.!?\n]{0,40}\b(?:note|sticker|leave)\b
    | \b(?:personal|private|own|home)\s+(?:mobile|cell|phone|number|line|landline)\b[^.!?\n]{0,15}\+?\d[\d\s-]{7,}
    | \blandline\b | \b(?:live|lives|living)\s+at\s+\d{1,5}\s+(?-i:[A-Z]) | \bcounty\s+road\s+\d+
    | \bschool\s+bus\b[^.!?\n]{0,30}\bat\s+\d | \bso\s+everyone\s+knows\s+where\b | (?<!\b(?:remember|know|forget|wonder)\s)\bwhere\s+(?:he|she)\s+works\b(?!\s*\?)
    | \b(?:drives|driving)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:mazda|kia|hyundai|nissan|polo|corolla|civic|camry|mercedes|lexus|range\s+rover)\b
    | \b(?:every\s+(?:morning|day|evening|night)|each\s+(?:morning|day))\s+at\s+\d
    | \b(?:(?:you|u)\s+(?:leave|get\s+home|park|jog|run|walk)|(?:you|u)\s+drop\s+(?:them|your\s+\w+)\s+off)\b[^.!?\n]{0,40}\b(?:at|around|by)\s+\d
    | \b(?:nice|lovely|cute)\s+(?:house|home|car|kids|family|dog|porch|garden)\b(?=[^.!?\n]{0,40}(?:\byou'?ve\s+got\b|\bshame\b|\bpity\b|\bwould\s+be\b|👀|🙂|😈|\bright\?))
    """.replace("{ROUTINE}", ROUTINE).replace("{MAPS}", MAPS),
    _IV,
)

SPAM = regex.compile(
    r"""
    \b(?:crypto(?:currenc(?:y|ies)|s)?|bitcoin|btc|eth(?:ereum)?|nfts?|forex|airdrops?|giveaways?|investment\s+opportunit(?:y|ies)|passive\s+income|earn\s+\$?\d+)\b
    | \b(?:DM|dm|message|inbox)\s+me\s+(?:for|to|now|on|if)\b | \bcheck\s+(?:my|out\s+my)\s+(?:bio|profile|page|link)\b
    | \b(?:follow\s+(?:back|for\s+follow|4\s*follow)|f4f|follow\s+me)\b | \blink\s+in\s+(?:my\s+)?bio\b
    | \b(?:promo(?:tion)?\s+code|discount\s+code|% off|limited\s+offer|buy\s+now|order\s+now|click\s+here|sign\s+up\s+now)\b
    | \b(?:miracle|secret)\s+(?:cure|remedy|protocol)\b[^.!?\n]{0,60}\b(?:order|buy|available|dm|link|\$)\b
    | \b(?:cures?|reverses?)\s+(?:all\s+)?cancers?\b[^.!?\n]{0,40}\b(?:order|buy|dm|link|shop|\$)\b
    | \b(?:collab|collaboration|brand\s+ambassador|sponsorship)\b[^.!?\n]{0,40}\b(?:dm|message|email|contact)\b
    | \b(?:whatsapp|telegram)\b | \bbit\.ly/|\btinyurl\.com/|\bt\.me/
    | \b(?:verify|confirm)\s+your\s+(?:account|identity)\b | \byour\s+account\s+(?:will\s+be|has\s+been)\s+(?:suspended|locked|flagged)\b
    | \b(?:shop|order|buy|apply|join|subscribe|sign\s+up|enrol+|register)\s+(?:now|today|here)\b | \bDM\s+to\s+(?:order|buy|join)\b
    | \b\d{1,3}\s*%\s*off\b | \bmoney-?back\b | \b(?:100\s*%\s*)guaranteed\b | \blimited\s+(?:stock|time|offer|spots)\b
    | (?<![@\w.-])[\w-]+\.(?:shop|top|store|biz|xyz|click|buzz|site|online|live|fun|vip)\b | \b(?:real\s+)?followers\s+for\b | \bcopyright\s+violation\b
    | \b\d+k\s+(?:real\s+)?(?:followers|views|likes|subscribers)\b | \b(?:real|active|targeted)\s+followers\b | \bghost-?writ\w+\b
    | \bfirst\s+(?:month|week)\s+(?:is\s+)?free\b | \bDM\s+us\b | \bfree\s+(?:\w+\s+)?(?:audit|assessment|strategy\s+call)\b
    | \breply\s+['"‘“](?-i:[A-Z]{3,})['"’”] | (?-i:\bGUARANTEED\b) | \b(?:boost|grow)\s+your\s+(?:\w+\s+)?(?:brand|followers)\b(?=[^?]{0,60}(?:\bDM\b|👉|🚀|free|link))
    | \bstock\s+tips\b | \bexclusive\s+(?:channel|group|offer)\b | \brecovery\s+experts?\b | \bno\s+experience\s+(?:required|needed)\b
    | \bfree\s+(?:\d+-day\s+)?(?:trial|e-?book|consultation|sample|webinar)\b | \bearn\s+up\s+to\b | \bget\s+paid\b
    | \$\d[\d,]*\s*/\s*(?:hr|hour|wk|week|day|month)\b | \bguaranteed\s+(?:acceptance|results|approval)\b | \bjoin\s+\d[\d,]*\+
    | \bDoctors\s+HATE\b | \buse\s+code\b | \bvisit\s+our\s+(?:store|shop|pharmacy|website|booth)\b | \border\s+online\b
    | \bwalk-?ins\s+welcome\b | \bdelivery\s+available\b | \bkindly\s+(?:respond|reply|revert|contact|send)\b | \burgent\s+(?:partnership|business\s+proposal|proposal)\b | \$\d[\d,]*(?:\.\d\d)?\s*(?:/wk|/week|a\s+week|per\s+week|only)\b | \bonly\s+\$\d
    """,
    _IV,
)

# Marks of spam that are ordinary words alone ("reply me doctor, is it safe", "does Paxman ship to UK clinics?"): spam
# only two together, or with a mark of SPAM ("Boost this post ... for just $29 ... message us today!")
SPAM_WEAK = regex.compile(
    r"""
    \bfor\s+just\s+\$\d | \bdiscreet\s+(?:shipping|delivery|packaging)\b | \bmessage\s+us\s+(?:today|now)\b | \b(?:be|become)\s+(?:your|ur)\s+friend\b | \breply\s+me\b
    | \bhangouts?\b | \bship(?:s|ping)?\s+(?:worldwide|to\s+(?:USA|UK|US|AU|Canada))\b | \bboost\s+(?:this|your)\s+post\b | \bcertified\s+(?:\w+\s+)?partner\b
    | (?:^|\s)order\s*:\s | \b(?:3rd|third)[- ]party\s+(?:lab\s+)?tested\b | \b\d{2}(?:\.\d+)?\s*%\s+pure\b
    """,
    _IV,
)

# Aimed at the clinician as a person: slurs (often masked), sexism, racism, appearance, career threats, pile-ons.
HARASSMENT = regex.compile(
    r"""
    \b(?:f\*+g+(?:ot)?|f[a4]gg?[o0]t|b\*+(?:h|tch)|b[i1]tch|c\*+t|cunt|wh[o0]re|sl[u\*]t|tr[a\*]nn(?:y|ie)|n\*+(?:r|a|er|ga)|r[e3]t[a4]rd(?:ed)?
        |sp[i\*]c|ch[i\*]nk|k[i\*]ke|dyke|tw[a\*]t)\w*
    | \b(?:go\s+back\s+to\s+(?:your\s+country|where\s+you\s+came\s+from)|your\s+kind)\b
    | \b(?!(?:f|sh|s|d|h|cr|a|p|b\*ll|bs)\*)[a-z]+\*+[a-z]*\b(?=[^.!?\n]{0,40}\b(?:you|your|her|she|he|him|his)\b)
    | (?<=\b(?:you|your|her|she|he|him|his|a|old|fat)\b[^.!?\n]{0,40})\b(?!(?:f|sh|s|d|h|cr|a|p|b\*ll|bs)\*)[a-z]+\*+[a-z]*\b
    | \bplaying\s+doctor\b | \blady\s+doctor\b | \blook\s+at\s+(?:her|his)\s+(?:profile\s+)?(?:pic|photo|picture|face)\b
    | \bhit\s+the\s+wall\s+at\s+\d{2}\b | \bnice\s+legs\b | \bis\s+that\s+how\s+(?:you|she|he)\s+(?:got|landed|earned)\b
    | \blooks?\s+like\s+a\s+(?:grad|teen\w*|child|kid|student|intern|model|stripper|boy|girl|man)\b
    | \b(?:forward|send|report|email)\w*\s+(?:this\s+|her\s+|him\s+)?to\s+(?:her|his|the|your)\s+(?:nursing\s+|medical\s+|state\s+)?board\b
    | \b(?:email|call|message|tag|contact)\s+(?:her|his)\s+(?:chair|boss|dean|employer|hospital|department)\b | \bDr\.?\s+Death\b
    | \bfat\s+(?:[\w*-]+\s+)?(?:cow|c\*w|pig|slob|lady|nurse|doctor|doc|bitch|ass|hag|loser)\b | \b(?:you|she|he)(?:'re|'s|\s+is|\s+are)\s+(?:so\s+)?fat\b | \byou(?:'re|\s+are)\s+(?:so\s+|too\s+|very\s+)?(?:fat|ugly)\b(?!\s+cry)
    | \b\d{3}-?(?:lb|pound)\b | \blook\s+at\s+(?:her|him|this),?\s+folks\b | \b(?:everyone|y'?all|let'?s)\s+pile\s+(?:in|on)\b | \bpile\s+on\s+(?:her|him|them)\b | \b(?:greedy|a|you)\s+parasite\b | \bhag\b
    | \b(?:and|everyone|all|screenshot\s+this\s+and)\s+tag\s+(?:her|him)\b | \bemotionally\s+unstable\b | \bwh\*re\b
    | \b(?:diversity\s+hire|affirmative\s+action\s+(?:hire|doctor|doc)|token\s+(?:hire|doctor)|dei\s+hire)\b
    | \b(?:women|girls?|females?)\s+(?:shouldn't|should\s+not|can't|cannot|don't\s+belong)\b | \bback\s+(?:in|to)\s+the\s+kitchen\b
    | \b(?:sweetheart|sweetie|honey|little\s+lady|girlie|hun)\b[^.!?\n]{0,40}\b(?:doctor|science|stick|stay|leave|let|real)\b
    | \bsmile\s+more\b | \b(?:ugly|hideous|unattractive|botox|plastic\s+surgery|old\s+hag|hag)\b[^.!?\n]{0,30}\b(?:you|your|face|look|she|her)\b
    | \b(?:your|ur)\s+(?:face|looks|teeth|accent)\b(?=[^.!?\n]{0,30}\b(?:ugly|fat|old|gross|disgusting|joke|no\s+wonder)\b)
    | \b(?:report(?:ing)?\s+(?:you|her|him)\s+to\s+the\s+(?:board|medical\s+board|state\s+board|GMC|licensing)|get\s+(?:your|her|his)\s+licen[cs]e
        \s+(?:pulled|revoked|taken)|(?:your|her|his)\s+licen[cs]e\s+(?:pulled|revoked|taken)|lose\s+(?:your|her|his)\s+(?:licen[cs]e|job)
        |get\s+(?:you|her|him)\s+fired|call(?:ing)?\s+your\s+(?:employer|boss|hospital|chair|dean))\b
    | \b(?:everyone|everybody|y'?all|people|guys)\s+(?:go\s+)?(?:report|block|flag|ratio|dogpile|pile\s+on|spam|tag)\s+(?:this|her|him|them|the)\b
    | \b(?:ratio'?d|ratioed|dogpile)\b
    | \b(?:you|she|he)\s+(?:should|needs\s+to)\s+be\s+(?:fired|struck\s+off|stripped|jailed|locked\s+up|ashamed)\b
    | \b(?:quack|murderer|butcher|baby\s+killer|child\s+killer|poisoner|criminal|nazi|mengele)\b
    | \b(?:you|she|he)(?:'re|\s+are|'s|\s+is)\s+(?:a\s+)?(?:disgrace|embarrassment|joke|fraud|menace|danger)\b
    | \b(?:you'?re|you\s+are|she'?s|she\s+is|he'?s|he\s+is|is)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:fraud|liar|disgrace|hack|fearmonger|quack
        |menace|murderer|criminal|grifter|charlatan|pill\s+counter)\b
    | \b(?:worthless|dangerous|lying|useless)\s+(?:fraud|hack|liar|quack|grifter|charlatan)\b
    | \b(?:filed|filing|file|sent|sending|emailed|emailing|email)\s+(?:a\s+)?(?:complaints?|this|it|reports?)?\s*(?:with|to)\s+(?:(?:the\s+|her\s+|his\s+|your\s+)?
        (?:state\s+board|medical\s+board|board|licensing|GMC|every\s+news)\b|(?:her|his|your)\s+(?:hospital|employer)\b)
    | \b(?:enjoy\s+)?losing\s+(?:your|her|his)\s+(?:licen[cs]e|job|career)\b | \bstripped\s+of\s+(?:your|her|his)\s+licen[cs]e\b
    | \bwon'?t\s+(?:be\s+practicing|practice|have\s+a\s+(?:job|career))\b | \bcareer\s+(?:won'?t|will\s+not)\s+survive\b
    | \b(?:demanding|demand)\s+(?:she|he|you|they)\s+(?:be|get)\s+fired\b
    | \b(?:every|each)\s+(?:single\s+)?(?:post|tweet|reply|day)\s+(?:until|till)\b | \bday\s+\d+\s+of\s+(?:replying|telling|tagging|posting|reminding)\b
    | \b(?:keep|I'?ll\s+keep)\s+(?:tagging|replying\s+to|posting\s+about|reminding)\s+(?:you|her|him)\b | \bI'?ll\s+be\s+here\s+every\s+(?:single\s+)?day\b
    | \bnever\s+escape\b | \b(?:mass|everyone)\s+report\b | \bflood\s+(?:her|his|their|the)\s+(?:mentions|inbox|replies)\b
    | \b(?:everyone|everybody|y'?all)\s+(?:go\s+)?(?:tell|tag|message|email|call|reply\s+to)\s+@?\w+
    | \b(?:tag|report)\s+(?:her|him|them)\b[^.!?\n]{0,20}$
    | \b(?:she|he)\s+looks\s+like\b | \b(?:pretty|ugly)\s+face\b | \bwith\s+that\s+face\b | \bdried-?up\b | \blook\s+at\s+you\s+twice\b
    | \b(?:(?-i:DEI)|affirmative\s+action)\b | \blimp-?wristed\b | \b(?:her|his)\s+kind\b
    | \b(?:tag|report|mention|call)\s+(?:you|her|him|them|(?:her|his|their)\s+(?:department|office|clinic|employer|boss))
        \s+every\s+(?:single\s+)?(?:day|morning|hour)\b | \bevery\s+(?:single\s+)?day\s+until\s+(?:you|she|he|they)\b
    | \breported\s+(?:you|her|him)\s+(?:to\s+(?:the\s+)?\w+\s+)?\d+\s+times\b | \b(?:till|until)\s+(?:she|he|you)(?:'s|\s+is|'re|\s+are)\s+(?:gone|fired|struck\s+off|sacked)\b
    | \bmake\s+(?:her|him|them|(?:her|his)\s+name)\s+trend\b
    # accent and language, body, gendered belittling, "diversity hire", "your people": the person, not the point
    | \baccent\s+is\s+so\s+thick\b | \b(?:your|his|her)\s+accent\s+makes\b | \b(?:English|grammar)\s+is\s+so\s+bad\b
    | \bbarely\s+(?:string|speak)\s+(?:an?\s+)?(?:English|sentence)\b | \blearn\s+(?:the|proper)\s+(?:language|English)\b
    | \bsomeone\s+(?:her|his)\s+size\b | \blose\s+(?:a\s+few\s+)?(?:stone|pounds|kilos)\s+(?:yourself|first)\b | \bhorse\s*-?face\b
    | \bso\s+does\s+your\s+face\b | \bditzy\b | \bquota\s+(?:queen|hire|girl|doctor|appointment)\b
    | \bdiversity\s+(?:hire|points|pick)\b | \bfor\s+(?:her|his|their)\s+chromosomes\b | \bface\s+your\s+kitchen\b
    | \bback\s+to\s+the\s+(?:kitchen|nursing\s+station)\b | \b(?:women|girls|people|nurses|doctors)\s+like\s+you\s+are\s+(?:the\s+)?(?:reason|problem)\b
    | \byour\s+people\s+always\s+(?:find|profit|lie|cheat|take|steal)\b | \bback\s+where\s+(?:your\s+family|you|your\s+parents)\s+came\s+from\b
    | \bgo\s+back\s+to\s+your\s+(?:\w+\s+)?(?:lab|country|village|hut|homeland)\b | \bbelongs?\s+in\s+a\s+call\s+cent(?:re|er)\b
    | \bthat'?s\s+about\s+(?:his|her|your)\s+level\b | \b(?:share|retweet|RT|boost|spread)\s+this\b[^.!?\n]{0,30}\bmake\s+it\s+trend\b
    | \b(?:smug|arrogant|pathetic|disgusting|vile|nasty|spineless|useless)\s*,?\s+(?:\w+\s+)?(?:little\s+)(?:man|woman|girl|boy|person|creature|bureaucrat
        |shill|quack|doctor|nurse)\b | \byou\s+(?:smug|arrogant|pathetic|useless|spineless)\s+(?:little\s+)?\w+
    | \b(?:examine|check|inspect|touch|feel)\s+me\s+(?:up\s+)?(?:any\s*time|whenever|all\s+night|any\s+day)\b | \bslide\s+into\s+(?:my|your|ur)\s+dms?\b
    | \bshow\s+(?:us|me)\s+(?:yours|(?:your|ur)\s+(?:boobs|tits|body|legs|bum|ass))\b | \bsexy\s+(?:\w+\s+)?(?:mum|mom|milf|doc|doctor|nurse|lady|bod|body|legs)\b | \bmilf\b
    | \bsend\s+(?:me\s+|us\s+)?(?:nudes|pics\s+of\s+(?:you|yourself|your\s+(?:body|bod|feet|legs)))\b | \b(?:nice|great|big)\s+(?:boobs|tits|jugs|rack)\b | \blook(?:ing)?\s+at\s+(?:boobs|tits)\b
    | \bbet\s+(?:you|u|he|she)\s+(?:really\s+)?(?:enjoy|love|like)s?\s+(?:those|these|the|giving|doing)\s+(?:\w+\s+)?exams?\b(?!\s+where)
    | \blooks?\s+like\s+(?:she|he|you|u)\s+(?:ate|eats|swallowed)\s+(?:the|all\s+the|a\s+whole|an\s+entire)\b
    | \b(?:she|he|you|u)\s+(?:sounds?|talks?)\s+like\s+a\s+(?:\w+\s+)?(?:chipmunk|cartoon|child|squirrel|mouse|goat|duck|robot|man|teenager|valley\s+girl|bimbo)\b
    | \b(?:you|u|she|dude|guy|kid|this\s+guy|this\s+woman)\s+looks?\s+(?:about\s+|barely\s+|maybe\s+)?(?:1[0-6]|twelve|thirteen|fourteen|fifteen|sixteen)\b(?!\s*(?:mm|cm|%|years?\s+younger))
    | \b(?:your|ur|her|his|that)\s+face\s+(?:like\s+a|for\s+radio)\b | \bface\s+for\s+radio,?\s+(?:that|this)\s+one\b | \bfix\s+(?:ur|your)\s+face\b
    | \b(?:waking|wake)\s+up\s+(?:to|next\s+to)\s+that\s+(?:face|voice|mug)\b
    | (?:\b(?:you|u|this|that|what\s+an?|such\s+an?)\s+|(?:^|(?<=[.!?]\s)))(?:unbearable|insufferable|hysterical|shrill|bossy|ugly|fat|dumb|stupid|vile|sour|smug)\s+(?:old\s+)?(?:woman|women|girl|cow|lady|bloke|man|creature)\b(?!\s+(?:trope|stereotype|here))
    | \b(?:smug|sour|flaming|filthy|dirty|greedy|lying)\s+(?:[\w-]+\s+)?(?:Jewish|Jew|Muslim|Hindu|Sikh|Catholic|Black|Asian|Chinese|Indian|Mexican|Nigerian
        |African|Arab|Paki|immigrant|foreign|gay|homo|trans|lesbian|queer)\s+(?:doctor|doc|nurse|woman|man|girl|lady|bloke|guy|person|pharmacist|professor|quack
        |telling|lecturing|preaching|pushing|peddling)\b
    | \b(?:you|u|ur|this|that|shut\s+up|dirty|fucking|flaming)\s+homos?\b(?!\s+(?:sapiens|erectus))
    | \b(?:look\s+at|check)\s+(?:his|her|their)\s+(?:sur)?name\b(?=[^.!?\n]{0,25}(?:👀|says\s+it\s+all|explains|tells\s+you|\.\.\.|also|we\s+all\s+know))
    | \bwe\s+all\s+know\s+(?:exactly\s+)?(?:which|what)\s+(?:community|people|group|tribe|religion)\b | \bwe\s+all\s+know\s+(?:exactly\s+)?who\s+(?:profits|benefits|controls|owns|runs\s+(?:the|this))\b
    | \b(?:your|their|his|her)\s+lot\s+(?:never|always)\b(?![^.!?\n]{0,30}\b(?:credit|thanks|recognition))
    | \b(?:(?:only|just)\s+(?:hired|there)|hired)\s+for\s+the\s+(?:photo\s*-?\s*op|optics|diversity|quota)\b
    | \bgo\s+back\s+to\s+(?:your\s+(?:own\s+)?country|where\s+you\s+came\s+from)\b | \b(?:come|came)\s+over\s+here\b[^.!?\n]{0,40}\b(?:take|taking|took|steal\w*)\s+(?:the|our)\s+jobs\b
    """,
    _IV,
)

TROLLING = regex.compile(
    r"""
    \b(?:big\s+pharma|pharma\s+(?:shill|puppet|whore|money)|shill|sheep(?:le)?|wake\s*up|do\s+your\s+own\s+research|educate\s+yourself
        |just\s+asking|asking\s+for\s+a\s+friend|open\s+your\s+eyes|triggered|snowflake|prove\s+me\s+wrong|I'?ll\s+wait|still\s+waiting
        |checkmate(?!\s*-?\s*\d)|trust\s+me\s+bro|wonder\s+why|totally\s+(?:normal|not)|junket|on\s+the\s+patients'?\s+dime
        |who\s+paid\s+for|paid\s+per|paying\s+you|what\s+(?:are|is)\s+(?:they|pharma)\s+paying|what\s+else\s+are\s+you\s+lying|scared\?
        |why\s+(?:are\s+you\s+so\s+scared|won'?t\s+you\s+debate)|water\s+is\s+wet|testimonials|dewormer)\b
    | \bcongrat\w*\s+on\s+(?:being|joining|becoming|selling|pushing|pumping|getting)\b[^.!?\n]{0,60}\b(?:poison|sales\s+(?:force|team)|shill|commission|kickbacks?)\b
    | \bhow'?s\s+the\s+(?:commission|kickback|payout)\b | \b(?:you|you'?re|doctors|oncologists|they|for)\s+(?:are\s+|keep\s+)?pumping\s+(?:\w+\s+)?poison\b
    | \b(?:you(?:'re|\s+are)?\s+(?:a\s+|just\s+a\s+)?|the\s+)(?:chemo|pharma|drug)\s+sales\s*(?:force|team|rep|man|woman)\b
    | (?:🙃|🤑|🤭|😏) | \bgo\s+off\b | \bah\s+yes\b | \bturbo\s+canc\w* | \bdid\s+pharma\b
    | \bfunny\s+(?:how|you\s+(?:didn'?t|don'?t|never|forgot|left)) | \bserious\s+question\b | \bprove\s+it\b | \bhave\s+you\s+tried\s+(?:yoga|praying|turmeric|essential|lavender)
    | \#(?:wake\s*up|diedsuddenly|healingnotprofit|bigpharma|ivermectin\w*|vapingsaveslives|doyourownresearch|plandemic|chemokills)\b
    | \bsources?\?\s*(?:sources?\?|any|anyone|hello)
    | \b(?:lol|lmao|lmfao|rofl|haha(?:ha)*|kek)\b[^.!?\n]{0,60}\b(?:doc|doctor|you|science|experts?|trust)\b
    | \b(?:trust\s+the\s+science|"?science"?\s+says|the\s+"?experts"?)\b[^.!?\n]{0,20}(?:lol|lmao|🤡|🙄|😂|\?)
    | (?:🤡|🐑|💉💀){1,}
    | \b(?:chemo|chemotherapy|radiation|vaccines?|mammograms?)\s+(?:is|are)\s+(?:poison|killing|a\s+scam|murder|a\s+racket)\b
    | \b(?:ivermectin|fenbendazole|apricot\s+seeds?|laetrile|b17|baking\s+soda|alkaline\s+diet|turmeric|cannabis\s+oil|rso)\b
      [^.!?\n]{0,60}\b(?:cure|cures|cured|works|suppress|hiding|won'?t\s+tell|don'?t\s+want)\b
    | \b(?:they|you|doctors|oncologists)\s+(?:don'?t\s+want\s+(?:you|us|people)\s+to\s+know|are\s+hiding|won'?t\s+tell\s+you)\b
    | \bcancer\s+(?:industry|is\s+a\s+business|racket)\b | \bfollow\s+the\s+money\b | \bhow\s+much\s+(?:did|does)\s+(?:pharma|pfizer|merck|they)\s+pay\b
    | \bcitation\s+needed\b | \bcool\s+story\b | \bsure\s+(?:jan|buddy|thing|doc)\b | \bnobody\s+asked\b
    # questions asked in bad faith: a demand to answer, a mock sincerity, "not allowed to ask", a gotcha about family
    | \banswer(?<!\b(?:I|we|will|to|and|they|she|he|I'?ll|we'?ll|can|would|always|should)\s+answer)\s+(?:the\s+question|honestly|with\s+proof
        |me\s+this|it\s+then)\b
    | \b(?:are|am)\s+(?:we|I)\s+not\s+allowed\s+to\s+(?:ask|count|say|question)\b | \bnot\s+allowed\s+to\s+(?:ask|count|say|question)\s+(?:that|this)\b | \boh\s+wait\b(?=[^.!?\n]{0,40}\b(?:nobody|no\s+one|not\s+allowed)) | \binteresting\.\s+very\s+interesting\b
    | \bmake\s+(?:up\s+)?your\s+mind(?:\s+up)?\b | \bwhich\s+(?:one\s+)?is\s+it\s*\? | \basking\s+for\s+(?:all\s+)?(?:the\s+)?(?:future|every|everyone|all)
    | \bjust\s+following\s+the\s+(?:data|science|evidence)\b
    | \bchange\s+my\s+mind\b | \bso\s+you\s+admit\b | \binteresting\s+admission\b
    | \bpost\s+the\s+(?:number|receipts)\s*[.!]\s*$ | (?-i:\bhave\s+YOU\b) | \basking\s+for\s+science\b | \bexplain\b[^.!?\n]{0,30}\b(?:doc|doctor|professor|sir|madam)\b[^.!?\n]{0,10}\bslowly\b
    | \bdon'?t\s+block\s+me\b | \banswer\s+this\s+(?:doctor|doc|sir|madam)\b | \bwhy\s+won'?t\s+(?:anyone\s+in\s+(?:oncology|medicine)|you)\b[^.!?\n]{0,40}\banswer\b
    | \bgenuine(?:ly)?\s+(?:safety\s+)?(?:question|asking)\b[^\n]{0,6}(?:🙂|\blol\b|😂|😏)
    | \bplease\s+clarify\s+for\s+the\s+public\b | \bis\s+the\s+\w+\s+woke\b
    | \bif\s+(?:you'?re|you\s+are|ur)\s+so\s+(?:qualified|smart|sure|confident|brilliant|clever|good|great|right|honest)\b
    | \bif\s+[\w-]+\s+(?:is|are)\s+(?:s+o+|really|truly|that)\s+(?:good|safe|great|effective)\s+why\b
    | \bhow\s+many\s+of\s+your\s+(?:own\s+)?(?:family|relatives|kids|children)\b
    | \b(?:your|ur)\s+own\s+(?:relatives|family|kids|wife|husband|mother|father|mum|mom|dad)\s+(?:go|going|went|flew|fly|get|got|use|used|take|took)\b
    | \b(?:genuine(?:ly)?|honest(?:ly)?|just|serious(?:ly)?)\s+(?:question|curious|confused|wondering)\b[^\n]{0,160}?(?:\boh\s+wait\b|\binteresting\.
        |\bor\s+(?:is|are)\s+(?:we|it|that)\b|😇|😏|🤷|\?\s*\?)
    """,
    _IV,
)

# Rude whatever it is about: dismissals aimed at the reader of the reply by their very form.
INCIVILITY = regex.compile(
    r"""
    \b(?:ok\s+boomer|touch\s+grass|imagine\s+(?:being|thinking|believing)|cry\s+(?:more|harder|about\s+it)|go\s+cry|stay\s+mad|cope|seethe
        |cool\s+story|sure\s+jan|nobody\s+asked|nobody'?s?\s+(?:reading|reads|cares|listening)|no\s+one\s+(?:asked|reads|cares)|who\s+(?:cares|asked)
        |yawn|get\s+over\s+yourselves?|stay\s+in\s+your\s+lane|go\s+back\s+to\s+your|glorified|karen|pharma\s+boy|congrats\s+on\s+reading
        |read(?:ing)?\s+slides|write\s+shorter|cry\s+me\s+a\s+river|toughen\s+up|real\s+classy|armchair|for\s+(?:likes|clout)
        |embarrassing\s+(?:take|post|thread|for\s+you|from)|sanctimon\w+|hotshot|oh\s+please|grow\s+up|get\s+a\s+grip|spare\s+(?:us|me)
        |wall\s+of\s+jargon|give\s+me\s+a\s+break|get\s+off\s+your\s+high\s+horse|high\s+horse|ivory\s+tower|shut\s+up|stfu|gtfo
        |hell\s+no|get\s+a\s+clue|what\s+a\s+joke|must\s+be\s+nice|(?:typical|classic)\s+(?:doctor|doc|oncologist|academic|elitist|nurse))\b
    | (?:^|(?<=[.!?]\s{0,3}))(?:oh\s+)?great,?\s+(?:another|more|just\s+what)\b(?=[^.!?\n]{0,40}\b(?:doctors?|docs?|nurses?|pharmacists?|lecture|thread|take|post|expert|chart|study
        |paper|award|fellow|guideline|campaign|press\s+release|app|machine|toy|slides?|infographic|video|tiktok|webinar|PR)\b)
    | \bwake\s+me\s+(?:up\s+)?when\b | (?:\b(?:learn\s+to|can'?t|pls|please|you|u|just)\s+)read\s+the\s+room\b | \bread\s+the\s+room\s*[.!]
    | \binsult\s+(?:people'?s|our|my|everyone'?s|the\s+public'?s)\s+intelligence\b | \bdressed\s+up\s+as\s+(?:science|research|evidence|news|medicine)\b
    | \b(?:stop|quit|keep|always|more|you|u|all)\s+whin(?:e|ing)\b | \bwhin(?:er|ers|y)\b | \bwhining\s+on\s+(?:twitter|x|here|social|tiktok|linkedin)\b
    | \b(?:great|nice|good|interesting|cool)\s+priorities\s*[.!,]?\s*(?:🙄|geniuses|$) | \bimagine\s+(?:saying|writing|posting|needing\s+(?:a\s+)?\d)
    | \b(?:you|u)\b[^.!?\n]{0,40}\bwith\s+a\s+straight\s+face\b
    | \b(?:did|do)\s+you\s+even\s+(?:read|know|understand|practice|see|open)\b | 🙄
    | \byou\s+people\s+(?:only|never|always|just|don'?t|can'?t|won'?t|are\s+all)\b | \bfun\s+police\b | \bnanny\s+state\b
    | \byour\s+(?:\w+\s+){0,2}(?:is|are)\s+(?:garbage|trash|rubbish|junk|a\s+joke|worthless)\b | (?:^|(?<=[.!?]\s))(?:joke|clowns?|pathetic)\s*[.!]+\s*$
    | \b(?:garbage|trash|hot|terrible|worst|dumb|stupid|lazy|bad|embarrassing)\s+(?:take|post|thread|tweet|opinion)s?\b
    """,
    _IV,
)
# A verdict of one word as its own sentence ("Riveting.", "Predictable."): rude when the reply is aimed at someone
DISMISSAL = regex.compile(
    r"(?:^|(?<=[.!?]\s{0,3}))(?:ridiculous|meaningless|riveting|pathetic|pointless|laughable|embarrassing|shameful|disgraceful"
    r"|useless|cringe|spare\s+me|how\s+original|muted)(?:,?\s*(?:really|truly|honestly|stuff))?\s*[.!]+(?=\s|$)",
    regex.IGNORECASE,
)
# Words that are rude only when aimed at the clinician or the post ("stupid slow accrual" is venting, not incivility).
RUDE_WORDS = regex.compile(
    r"\b(?:stupid|dumb|idiotic|moronic|ridiculous|pathetic|clueless|braindead|brain-dead|dumbest|stupidest|nonsense|bullshit|bs|crap"
    r"|hogwash|drivel|rubbish|idiot|moron|clown|arrogant|condescending|smug|pompous|entitled|lazy|incompetent|geniuse?s?|nerd|wtf|wth"
    r"|f\*+k|fuck\w*|shit\w*|damn|ffs|lol|lmao|lmfao|do\s+better)\b",
    regex.IGNORECASE,
)
AT_YOU = regex.compile(
    r"\b(?:you|your|you're|ur|u|yourself|yourselves|doc|doctor|docs|doctors|nurse|nurses|oncologists?|this\s+(?:post|thread|take|article)"
    r"|these\s+(?:posts|threads)|the\s+(?:post|thread)|take|thread|post)\b",
    regex.IGNORECASE,
)

# Marks of constructive disagreement: points, evidence, openness (G16).
EVIDENCE = regex.compile(
    r"""
    \b(?:trial|study|studies|data|dataset|paper|meta-?analysis|cohort|RCT|phase\s+(?:I{1,3}|[123])|HR|hazard\s+ratio|(?-i:OS)|PFS|DFS|endpoint
        |control\s+arm|crossover|confidence\s+interval|(?-i:CI)|p\s*=|p-value|n\s*=|sample\s+size|subgroup|median|NNT|absolute\s+benefit
        |relative\s+risk|guideline|NCCN|ASCO|ESMO|NEJM|JCO|Lancet|JAMA|doi|PMID|preprint|abstract|figure|table|supplement|appendix
        |KEYNOTE|CheckMate|DESTINY|MONARCH|NATALEE|PACIFIC|ADAURA|IMpower|FLAURA|\w+-\d{2,4})\b
    | https?://\S+ | \b\d+(?:\.\d+)?\s*%
    """,
    _IV,
)
OPENNESS = regex.compile(
    r"""
    \b(?:I\s+(?:respectfully\s+)?disagree|respectfully|with\s+respect|I\s+(?:think|read|see|wonder|suspect|worry)|in\s+my\s+(?:view|experience|reading)
        |IMO|IMHO|happy\s+to\s+be\s+(?:shown|proven|corrected)|open\s+to|could\s+be\s+wrong|might\s+be\s+wrong|correct\s+me|fair\s+point
        |good\s+point|I\s+take\s+your\s+point|to\s+be\s+fair|that\s+said|on\s+the\s+other\s+hand|however|but\s+(?:the|I|we|in)|not\s+sure
        |I'?d\s+push\s+back|push\s+back|counterpoint|the\s+issue\s+is|the\s+problem\s+is|my\s+concern|curious\s+(?:how|why|what|whether)
        |would\s+love\s+to\s+(?:see|hear)|overstat\w+|understat\w+|overhyped|caveat|limitation|confound\w*|bias(?:ed)?|underpowered
        |immature|not\s+convinced|unconvinced|I'?m\s+skeptical|skeptical|sceptical|underplay\w*|I'?d\s+argue|misses|miss(?:es)?\s+(?:a\s+lot|that|the)
        |agree\s+in\s+principle|root\s+cause|the\s+(?:real\s+)?(?:issue|problem|question)\s+is|too\s+(?:absolute|simple|strong|broad)|oversimplif\w*
        |in\s+practice|the\s+trade-?off|nuance\w*|it\s+depends|not\s+that\s+simple|doesn'?t\s+account|ignores|missing\s+piece
        |what'?s\s+missing|I'?d\s+rather|lumps?|conflat\w+|false-?positive|cutoff|modell?ing|honestly\s+I'?d)\b
    """,
    _IV,
)
SUPPORT = regex.compile(
    r"""
    \b(?:thank(?:s|\s+you)|ty(?=\s*(?:[!.]|$|so\s+much|for\b|doc|dr\b|🙏|❤))|grateful|(?<!(?:\bnot|n't|\bnever|\bhope\s+you|\bhope\s+they)\s+)appreciate[ds]?(?!\s+(?:how|what|that|who)\b)|love\s+(?:this|that|it|your)|great\s+(?:thread|post|work|summary|point|talk|job)
        |well\s+said|so\s+(?:helpful|useful|important|true)|this\s+is\s+(?:so\s+)?(?:helpful|great|important|gold)|congrat\w*|kudos|bravo
        |amazing|brilliant|excellent|fantastic|wonderful|inspiring|needed\s+this|agree(?:d)?|(?<=^\W*|[.!?]\s*)exactly|exactly(?=\s*(?:[!.](?!\w)|(?:this|right|so)\b))|100%|yes+!|spot\s+on|well\s+done
        |proud\s+of\s+you|keep\s+(?:it\s+up|going|sharing)|you\s+(?:rock|are\s+amazing)|hero|saved\s+my|life-?saver|bookmark(?:ed|ing)?
        |very\s+true|God\s+(?:bless|keep|protect)\s+you|bless\s+you|rest\s+up|(?:we|I)(?:'ll|\s+will)\s+(?:all\s+|really\s+)?miss\s+you
        |you'?ll\s+be\s+(?:sorely\s+)?missed)\b
    # ... and thanks, congratulations and blessings in the other languages replies come in
    | \b(?:(?:muchas\s+|mil\s+)?gracias|obrigad[oa]|gratid[ãa]o|merci|grazie|danke|dankjewel|bedankt|salamat|terima\s+kasih|asante
        |mul[țţt]umesc|dzi[eę]kuj(?:[eę]|emy)|we'?ve\s+got\s+your\s+back|te[şs]ekk[üu]r\w*|sa[ğg]\s?ol(?:un|sun)?|ba[şs]ar[ıi]lar|ευχαριστ\w*|συγχαρητήρια|μπράβο|felicidades|felicitaciones|enhorabuena|parab[ée]ns|f[ée]licitations|complimenti|gl[üu]ckwunsch
        |herzlichen\s+dank|(?:bien|muy|muito|bem)\s+merecid[oa]|orgullos[oa]|orgulho|fier|fi[eè]re|fiers
        |(?:que\s+)?dios\s+(?:te|la|lo|le|los|las)\s+bendiga|(?:que\s+)?deus\s+(?:te|o|a|lhe|vos)\s+(?:aben[çc]oe|proteja|ilumine)
        |dios\s+(?:te|la|lo|le)\s+(?:proteja|cuide|ilumine)|que\s+dieu\s+vous\s+b[ée]nisse|dio\s+(?:ti|la|lo|vi)\s+benedica
        # Polish, Dutch, Romanian, Galician, Catalan, Hinglish and Pidgin (tenth session)
        |dzi[eę]ki|gratulacje|szcz[eę][śs][ćc]\s+bo[żz]e|b[óo]g\s+zap[łl]a[ćc]|niech\s+(?:\w+\s+){0,2}b[óo]g\s+b[łl]ogos[łl]awi
        |dank\s+(?:je|u)(?:\s+wel)?|proficiat|gefeliciteerd|felicit[ăa]ri|felicitari|doamne\s+ajut[ăa]|s[ăa]\s+(?:v[ăa]|te)\s+(?:\w+\s+)?(?:binecuv[âa]nteze|[țt]in[ăa]\s+domnul)
        |grazas|noraboa|gr[àa]cies|felicitats|enhorabona|dhanyavaad|dhanyavad|shukriya|bahut\s+(?:badhiya|accha|achha)
        |(?<!\b(?:no|not\s+even|nor|no\s+other)\s+)god\s+(?:go\s+|will\s+|to\s+)?(?:continue\s+to\s+)?(?:bless|keep|protect|guide)\s+(?:you|u|una|her|him))\b
    | (?:🙏|❤️|💜|💙|💗|👏|🙌|💪|🎉|🥰|😍)
    """,
    _IV,
)
QUESTION = regex.compile(
    r"\?|^\s*(?:how|what|why|when|where|which|who|is|are|does|do|can|could|would|should|will|any)\b",
    regex.IGNORECASE,
)
# A patient's or caregiver's question about their own care (it invites advice: G9, G10).
PATIENT_CONTEXT = fast_compile(
    r"""
    \b(?:my|our)\s+(?:mom|mum|mother|dad|father|husband|wife|partner|son|daughter|sister|brother|grandma|grandmother|grandpa|grandfather
        |aunt|uncle|friend|boyfriend|girlfriend|fiancée?|child|kid|baby|family\s+member)\b
    | \b(?:my|i\s+have|i\s+had|i'm\s+on|i\s+am\s+on|i\s+was\s+diagnosed|diagnosed\s+with|my\s+oncologist|my\s+doctor|my\s+onc|my\s+scan
        |my\s+labs?|my\s+PSA|my\s+CEA|my\s+CA-?125|my\s+results?|my\s+biopsy|my\s+tumou?r|my\s+cancer|my\s+chemo|my\s+treatment
        |my\s+surgery|my\s+radiation|my\s+port|my\s+(?:next\s+)?(?:infusion|cycle|dose)|stage\s+[1-4IV]+|I'?m\s+(?:\d+\s+)?(?:cycles?|weeks?|months?)
        |I\s+(?:just\s+)?(?:started|finished|stopped)|i'?m\s+on)\b
    # ... in Spanish, Portuguese, French, Italian, German, Tagalog and Malay: a relative, one's own treatment or diagnosis
    | \b(?-i:[Mm]is?)\s+(?:mam[aá]|madre|pap[aá]|padre|esposo|esposa|marido|mujer|hij[oa]|herman[oa]|abuel[oa]|t[ií][oa]|pareja
        |quimio\w*|tratamiento|biopsia|cirug[ií]a|onc[oó]log[oa]|resultados?|tumor|c[aá]ncer)\b
    | \b(?:me\s+(?:diagnosticaron|detectaron|encontraron|operaron)|tengo\s+c[aá]ncer|estoy\s+(?:en|con)\s+(?:quimio|tratamiento|radio))\b
    | \b(?:minha|minhas)\s+(?:m[ãa]e|filha|esposa|mulher|irm[ãa]|av[óo]|tia|sogra|bi[óo]psia|quimio|cirurgia|oncologista|m[ãa]ezinha)\b
    | \b(?:meu|meus)\s+(?:pai|filho|marido|esposo|irm[ãa]o|av[ôo]|tio|sogro|tratamento|oncologista|exame|resultado|tumor|c[âa]ncer|cancro)\b
    | \b(?:fui\s+diagnosticad[oa]|tenho\s+(?:c[âa]ncer|cancro)|estou\s+(?:fazendo|tomando|em)\s+(?:quimio|tratamento|radio|\w+ibe?|\w+mabe?))\b
    | \b(?:ma|mon)\s+(?:m[eè]re|fille|femme|s[œo]e?ur|p[eè]re|fils|mari|fr[eè]re|chimio|traitement|oncologue|biopsie)\b
    | \b(?:j'ai\s+un\s+cancer|on\s+m'a\s+diagnostiqu[ée])\b
    | \b(?:mia|mio)\s+(?:madre|mamma|moglie|figli[oa]|sorella|padre|pap[aà]|marito|fratello|chemio|terapia|oncologo|tumore)\b
    | \b(?:meine|mein)\s+(?:Mutter|Frau|Tochter|Schwester|Chemo|Vater|Mann|Sohn|Bruder|Onkologe|Onkologin|Tumor|Krebs)\b
    | \b(?:nanay|tatay|anak|asawa|lola|lolo)\s+ko\b | \b(?:mak|ibu|ayah|bapa|anak|suami|isteri|istri)\s+saya\b
    | \b(?:estadio|est[áa]gio|stade|stadio)\s+(?:[1-4]|I{1,3}V?|IV)\b
    # one's own age, smoking, procedure or treatment ("I'm 58 and had a hysterectomy", "I quit 12 years ago after a
    # pack a day", "I start SBRT next month", "Dad's 71, PSA went from 4.1 to 6.8"); "I'm 30 years into oncology" is a career
    | \bi'?m\s+\d{2}(?=\s*(?:[,.;)!?]|$|[-–—]|\s(?:and|now|with|w/|years?\s+old|yo|y/o|&)\b)) | \b(?:I|i)\s+am\s+\d{2}(?=\s*(?:[,.;)!?]|$|[-–—]|\s(?:and|now|with|w/|years?\s+old|yo|y/o|&)\b))
    | \bpack\s+a\s+day\b | \bI\s+(?:smoked|quit\s+(?:smoking|\d+\s+(?:years?|yrs)\s+ago|in\s+\d{4}|at\s+\d{2})|stopped\s+smoking|tested\s+positive)\b
    | \bI(?:'ve|\s+have)?\s+(?:had|have)\s+(?:a|an)\s+(?:\w+\s+)?(?:\w+ectomy|\w+oscopy|\w+otomy|LEEP|LLETZ|biopsy|lump|polyp|transplant|port)\b
    | \bI(?:'m|\s+am)?\s+(?:start|starting|due\s+to\s+start|supposed\s+to\s+start|booked\s+for|halfway\s+through|finishing)\s+(?!(?:work|a\s+new|my\s+new|the\s+new|residency|fellowship|training|rotation|my\s+job|the\s+job|at|my\s+talk|the\s+talk|the\s+session)\b)(?:\w+\s+){0,3}?
        (?:chemo\w*|radiation|radiotherapy|SBRT|SABR|fractions?|cycles?|rounds?|treatment|immunotherapy|(?-i:[A-Z]{2,}(?:-[A-Z]+)?)|\w+mab|\w+nib|\w+platin|\w+taxel)\b
    | \bI\s+(?:was|am|'m)\s+(?:meant|due|supposed)\s+to\s+start\b | \bfinished\s+(?:\d+\s+)?(?:rounds?|cycles?|chemo|radiation|treatment)\b
    | \b(?:as\s+a|I\s+was\s+your|I'?m\s+your|I\s+am\s+your)\s+(?:clinic\s+)?patient\b | \bstage\s+(?:[1-4]|I{1,3}V?|IV)[ABCabc]\b
    | \b(?-i:Mom|Mum|Dad|mom|mum|dad|Grandpa|Grandma)(?:'s|\s+is|\s+was|\s+has|\s+had|\s+took)\s+(?:\d{2}\b|on\b|in\s+(?:hospital|hospice)|day\b|getting\s+worse
        |oncologist|port|\w+oma\b|cancer|PSA|scan|chemo|treatment|a\s+\w+ectomy|taking)
    | \b(?:mine|my\s+\w+)\s+came\s+back\b | \bas\s+someone\s+with\s+(?!\d)(?:\w+\s+){0,2}?(?:cancer|disease|mets|stage|\w+oma|leuk\w+|diagnosis|tumou?r)\b
    # ... and in the other languages: an age, a treatment under way, a result, a relative
    | \b(?:tengo|teño|tenho|j'ai|ho)\s+\d{2}\s+(?:años|anos|ans|anni)\b | \b(?:tengo|tenho)\s+\d{2}\b(?=\s*[,.]) | \bsaya\s+(?:umur|berumur)\b
    | \bme\s+(?:acaban\s+de|han\s+(?:cambiado|dado|puesto|dicho|negado|llegado)|sali[oó]|hice|faltaban?|aplazaron|negaron|neg[oó]|cambiaron|pusieron|operaron)\b
    | \b(?:soy|sou)\s+(?:(?:su|sua|tu)\s+)?(?:paciente|doente)\b | \bterminé\s+(?:la\s+)?(?:quimio|radio|tratamiento)\w*
    | \b(?-i:[Mm]is?)\s+(?:vieja|viejo|niñ[oa]|nene|nena|prim[oa]|suegr[oa])\b | \ba\s+m[ií]\s+me\b
    | \b(?:t[ôo]|estou|tou)\s+(?:a\s+fazer|fazendo)\b | \bfa[çc]o\s+(?:quimio|radio|tratamento|hemodi)\w* | \bvou\s+come[çc]ar\b | \bvivo\s+com\b | \bsou\s+m[ãa]e\s+de\b
    | \bfiz\s+(?:uma\s+)?(?:\w+ectomia|\w+terapia|preventivo|transplante|bi[óo]psia|cirurgia|reconstru\w+|mamografia|colonoscopia|exame)\b
    | \brecebi\s+(?:a\s+)?(?:carta|o\s+resultado|resultado)\b | \b(?:meu|minha)\s+(?:PSA|m[ée]dic[oa]|ur[oó]logista|ginecologista)\b
    | \bje\s+commence\s+(?:ma|mon)\s+(?:chimio|radio\w*|traitement|immuno\w*|hormono\w*) | \b(?:ma|mon)\s+(?:radioth\w+|chirurgie|gyn[ée]co\w*|m[ée]decin)\b | \bsto\s+facendo\s+(?:la\s+|l')?(?:chemio|radio|immuno|terapia|ormono)\w* | \bho\s+avuto\s+un\s+(?:tumore|cancro|carcinoma|intervento|linfoma|melanoma)\b
    | \bich\s+habe\s+(?:ein(?:en)?\s+)?\w*(?:karzinom|krebs|tumor)\b | \bich\s+bin\s+(?:Patientin|Patient)\b
    | \bik\s+(?:krijg|heb|kreeg)\b[^.!?\n]{0,40}\b(?:kanker|chemo|\w+mab|bestraling)\b | \bmijn\s+(?:behandeling|moeder|vader|man|vrouw|dochter|zoon|kanker)\b
    | \b(?:mam\s+(?:raka|kartę|guza)|moja\s+(?:mama|córka|żona|siostra)|mój\s+(?:tata|syn|mąż|brat))\b
    | \b(?:tat[ăa]l|mama|so[țţt]ul|so[țţt]ia|fiul|fiica|fratele|sora|bunica|bunicul)\s+(?:meu|mea)\b
    | \b\d{2}\s+na\s+po\s+ako\b | \bmay\s+bukol\b | \b(?:baba|mama|mtoto)\s+(?:yangu|wangu)\b
    | \b(?:meri|mere)\s+(?:nani|dadi|maa|mummy|papa|pati|patni|beti|beta|bhai|behen)\b | \b(?-i:mi)\s+(?:fadda|madda|muma|granfada|PSA|\d{2})\b
    """,
    _IV,
)
CARE_QUESTION = regex.compile(
    r"\b(?:should\s+(?:I|she|he|we|they)|is\s+it\s+(?:safe|ok|okay|normal)|do\s+I\s+need|can\s+I|would\s+you|what\s+would\s+you"
    r"|is\s+(?:this|that|it)\s+normal|does\s+this\s+mean|worried|scared|anyone\s+else"
    r"|puedo|debo|deber[ií]a|es\s+(?:normal|seguro|peligroso)|me\s+preocupa|tengo\s+miedo|posso|(?-i:devo)|é\s+(?:normal|seguro)"
    r"|tem\s+problema|estou\s+preocupad[oa]|tenho\s+medo|puis-je|dois-je|est-ce\s+(?:normal|grave)|j'ai\s+peur|è\s+normale"
    r"|ho\s+paura|ist\s+das\s+normal|darf\s+ich|soll\s+ich|habe\s+Angst|pwede\s+po|normal\s+lang|boleh\s+ke)\b",
    regex.IGNORECASE,
)
# The pieces of a private life (PRIVATE_LIFE below) in the other languages replies come in: Spanish, Portuguese,
# French, Italian, German, Romanian, Tagalog, Malay and Indonesian
PRIVATE_ABROAD = (
    r"casa|domicilio|direcci[oó]n|calle|avenida|colonia|barrio|fraccionamiento|depto|departamento|edificio|vecin[oa]s?"
    r"|hij[oa]s?|esposo|esposa|marido|señora|novi[oa]|pareja|mam[aá]|madre|pap[aá]|padres|herman[oa]s?|familia|beb[eé]"
    r"|colegio|escuela|guarder[ií]a|kínder|carro|coche|camioneta|placa|matr[ií]cula|estacionamiento|garaje|cochera"
    r"|tel[eé]fono|celular|gimnasio|iglesia|parroquia|misa|pádel|rutina|horario|vive|viven|perro"
    r"|endere[çc]o|rua|bairro|condom[ií]nio|apartamento|apto|pr[eé]dio|bloco|vizinh[oa]s?|filh[oa]s?|mulher|namorad[oa]"
    r"|mãe|pai|irm[ãa]o?|fam[ií]lia|escola|col[eé]gio|creche|estacionamento|garagem|telefone|telem[oó]vel"
    r"|gin[aá]sio|igreja|rotina|hor[aá]rio|mora|moram|cachorro"
    r"|maison|adresse|appartement|immeuble|voisins?|enfants|fils|fille|conjointe?|mère|p[eè]re|famille"
    r"|[ée]cole|cr[eè]che|voiture|num[ée]ro|[ée]glise|habite"
    r"|indirizzo|appartamento|palazzo|vicini|figli[oa]?|marito|moglie|famiglia|scuola|asilo|macchina|targa|parcheggio"
    r"|cellulare|palestra|chiesa|abita"
    r"|Haus|Wohnung|Adresse|Stra(?:ß|ss)e|Nachbarn?|Kinder|Sohn|Tochter|Vater|Eltern|Familie|Schule|Kita"
    r"|Kennzeichen|Parkplatz|Fitnessstudio|Kirche|wohnt"
    r"|chalet|piso|targa(?:ta)?|carrer|blocul|scara|strada|so[țţt]i[ae]|so[țţt]ul|copii|[șs]coal[ăa]|ma[șs]in[ăa]"
    r"|bahay|anak|asawa|paaralan|kotse|rumah|suami|istri|isteri|sekolah|kereta|mobil|alamat"
    # Polish, Dutch and Flemish, Romanian, Galician, Catalan, Tagalog and Hinglish (tenth session)
    r"|mieszka|mieszkanie|adres\w*|ul\.|domu|samoch[oó]d\w*|numer(?:u|em)?|c[oó]rk\w+|syn(?:a|owi|em)?|żon[aąęy]|mąż|męż\w+|szko[łl]\w+|klatka|rejestracj\w+"
    r"|woont|wonen|huis|huisnummer|nummer|dochter|zoon|ouders|kinderen|kenteken|schoolpoort|tennisclub|bakfiets|fiets(?:en)?|06-nummer"
    r"|nevast\w+|num[aă]rul|ma[șs]ina|cartier(?:ul|ului)|poarta|gardul"
    r"|filla|fillo|colexio|(?-i:muller)|nai|traballo|escola|nanay|tatay|ghar|rehti|rehta|beti|biwi|gaadi"
)
# ... and the second or third person, or the clinician by title
PERSON_ABROAD = (
    r"usted|ustedes|vos|tú|(?-i:tu|tus|su|ella)|contigo|él|doctora|dra|m[eé]dic[oa]|enfermer[oa]"
    r"|voc[eê]|vc|seus?|suas?|teus?|tuas?|ela|ele|dela|dele|doutora?|enfermeira|senhora?"
    r"|vous|votre|toi|elle|docteure?|m[ée]decin|infirmi[eè]re"
    r"|(?-i:lei|lui)|tuoi|tuo|tua|suo|voi|dottor[ea]?|dott[oò]|infermier[ea]"
    r"|dich|deine?[nmrs]?|Sie|Ihnen|Ihre?[nmrs]?|Doktor|[ÄA]rztin|Arzt|dottoressa|vostè|doctorul|doamna|domnul|dumneavoastr[ăa]"
    r"|vive|viven|mora|moram|abita|habite|wohnt|woont|mieszka|rehti|rehta|st[ăa]|locuie[șs]te|yuh|unu"
    r"|jij|jou|jouw|(?-i:uw)|dokter|ikaw|kayo|ninyo|siya|niya|dok|doktora|kau|kamu|awak|engkau|(?-i:anda)|doktor|wewe|daktari"
    # Polish, Dutch and Flemish, Romanian, Galician, Catalan, Hinglish, patois (tenth session); "Pan-cancer" is no Pan
    r"|(?-i:Pan(?!-)|Pani|Panu|Pana|Panią)|ciebie|tobie|tw[oó]j|twoj[aeiy]\w*|doktorze|doktorku|jej|jego"
    r"|jullie|mevrouw|meneer|madammeke|(?-i:haar|hem|gij|te|[îi]?[țţ]i)"
    # Dutch "je" before a Dutch word only (French "je" is "I")
    r"|je(?=\s+(?:kenteken|auto|huis|adres|vrouw|man|vriendin|vriend|kinderen|dochter|zoon|werk|fiets|nummer|bent|hebt|woont|zet|traint|rijdt|moet|kan|zal|weet|gaat|komt|elke|altijd|niet|nog|ook|het|een|er|daar|hier|zo)\b)"
    r"|tine|dvs|dumneata|doamn[aă]|domnule|doctore|e[șs]ti|t[ăa]u(?=\s+(?:e|este|nu|se|o|a|ai))"
    r"|(?-i:ti|teva)|t[úu]a|v[óo]s|voso|vosa|vosaltres|vost[èe]"
    r"|tum|tumhar[aei]|tujhe|ter[aei]|(?-i:aap|aapk[aei])|madam|sahab|isk[aei]|usk[aei]|(?-i:yu)"
)
# What doxxing is made of: a piece of someone's private life (home, family, school, car, phone, routine) ...
PRIVATE_LIFE = regex.compile(
    r"""
    \b(?:home|house|place|street|road|ave|avenue|lane(?<!\bin\s+(?:your|ur|my|their|his|her)\s+lane)|drive|address|apartment|flat|condo|mailbox|driveway|porch|yard|garden|neighbou?r\w*
        |kids?|son|daughter|children|child|wife|husband|partner|spouse|boyfriend|girlfriend|mom|mum|mother|dad|father|parents?|sister
        |brother|family|baby|twins|school|daycare|nursery|preschool|kindergarten|elementary|academy|soccer|practice|recital
        |car|plate|vehicle|truck|tesla|suv|parks?|parking|garage|commute|bus|train|phone|number|cell|mobile|email|e-mail|whatsapp
        |instagram|ig|facebook|linkedin|profile|maiden|gym|church|mosque|synagogue|temple|jog|run|walk|routine|schedule|lives?|living
        |moved|move|moving|realtor|zillow|records?|deed|rates|lot|dob|ssn|dog|cat|vacation|holiday|hotel|room|flight|airport|unit|floor
        |level|apt|insta|snap|snapchat|tiktok|bio|username|bike|exit|lanyard|name\s+tag
        |surf(?:s|ing)?|swims?|swimming|tennis|golf|yoga|pilates|zumba|spin\s+class|crossfit|parkrun|leisure\s+cent(?:re|er)|boat|yacht|moored|marina
        |cottage|cabin|chalet|rego|reg\s+(?:plate|number|starts|ends)|pew|choir)\b
    | \d{3,}
    | \b(?:"""
    + PRIVATE_ABROAD
    + r""")\b
    """,
    _IV,
)
# ... of a person: the clinician ("you", "her"), or someone named as living, driving or parking somewhere
PERSON = regex.compile(
    r"""
    \b(?:you|your|ur|u|yours|her|his|she|he|their|they|them|him|dr|doc|doctor|nurse)\b
    | \b(?:"""
    + PERSON_ABROAD
    + r""")\b
    | ^\s*(?:drives?|lives?|parks?|leaves?|husband|wife|kids?|son|daughter|partner|home)\b
    | \b(?:lives|drives|parks|leaves|walks|jogs|runs|surfs|swims|cycles|rides|name\s+tag|room)\b | \bthe\s+(?:wife|husband|missus|hubby|kids|young\s+ones|little\s+ones)\b
    | (?<=\w\s+)(?-i:[A-Z][a-z]+)(?:'s)?\s+(?:lives|drives|parks|house|home|address|wife|husband|kids|family)\b
    | ^\W*(?:hey|hi|hiya|hello|dear|oi)\s+(?-i:[A-Z][a-z]+)\b  # someone greeted by name
    """,
    _IV,
)
