"""Strong claims, sources and opinion markers, as bounded patterns (no nested quantifiers)."""

from __future__ import annotations

import regex

from bedside.rules.fastregex import fast_compile
from bedside.rules.patterns import TUMOUR

_F = regex.IGNORECASE | regex.VERBOSE

# Absolute or sweeping claims about treatments, tests or outcomes.
STRONG_CLAIM = fast_compile(
    r"""
    \b(?:cures?|cured|curing)\s+(?!rates?\b|fractions?\b|intent\b)(?:[\w-]+\s+){0,3}?
        (?:cancer|tumou?rs?|disease|patients?|people|everyone|it|them|"""
    + TUMOUR
    + r"""|leuk(?:a)?emia|myeloma)\b
    | \b(?:is|are|was)\s+(?:a|the)\s+cure\s+for\b
    | \b(?:always|never)\s+(?:works?|fails?|helps?|cures?|needed|necessary|indicated|required|beneficial|effective
        |safe|appropriate|justified|worth\s+it|the\s+answer|the\s+right\s+(?:choice|call))\b
    | \b(?:should|must)\s+(?:always|never)\s+(?:be\s+)?(?:get|give|use|offer|receive|start|stop|treat|
        given|used|offered|treated|recommended|screen|screened|operate|operated|irradiate|irradiated)\b
    | (?<!\bI\s)\b(?:always|never)\s+(?:give|use|offer|recommend|start|stop|treat|operate|irradiate|screen|order)\b
    | \bsuperior\s+(?:to|for)\b
    | \b(?:clearly|obviously|undeniably|unequivocally|definitively)\s+(?:better|superior|worse|inferior|the\s+best)\b
    | \b(?:better|best)\s+(?:for|than\s+\w+\s+for)\s+(?:everyone|every\s+patient|all\s+patients|all\s+comers)\b
    | \b(?:is|are)\s+(?:now\s+)?(?:obsolete|dead|useless|worthless|pointless|a\s+waste)\b
    | \b(?:obsolete|outdated)\s+(?:treatment|therapy|approach|regimen|drug|test)\b
    | \b(?:is|are|has\s+been|been)\s+proven\s+to\b | \bproven\s+(?:cure|treatment|to\s+work|benefit|effective)\b
    | \b(?:100|one\s+hundred)\s?%\s+(?:effective|curable|cure|survival|safe|response)\b
    | \bguarantee[sd]?\s+(?:a\s+)?(?:cure|remission|response|survival|results?)\b
    | \b(?:is|are)\s+guaranteed\s+to\b | \bguarantees?\s+(?:you|that|a|an|the|your)\b
    | \b(?:always|never)\s+(?:causes?|responds?|recurs?|spreads?|progress(?:es)?|comes?\s+back|benefits?|matters?|cured|curable
        |fatal|benign|treatable|resistant|sensitive|needed|required)\b
    | \b(?:is|are)\s+(?:simply\s+|clearly\s+|just\s+)?(?:inferior|superior|worse|better)\s+(?:to\s+\w+\s+)?for\s+(?:everyone|all|every)\b
    | \b(?:no|not\s+a\s+single)\s+(?:one|patient|woman|man|person|doctor|oncologist)\s+
        (?:should|needs?|must|ever\s+needs?)\s+(?:ever\s+)?(?:get|have|receive|take|undergo|be\b)
    | \b(?:every|all)\s+(?:one|patients?|wom[ae]n|m[ae]n|people|persons?|smokers?|survivors?|adults?)\s+
        (?:(?:with|over|under|above|after|on|who\s+\w+)\s+\S+(?:\s+\S+)?\s+)?
        (?:should|must|needs?\s+to|needs?\s+(?=an?\s))\s*(?:get|have|receive|take|undergo|be\s+(?:on|offered|given|screened|tested)|an?\s)
    | \beveryone\s+(?:should|must|needs?\s+to)\s+(?:get|have|receive|take|undergo|be\s+(?:on|screened|tested))\b
    | \b(?:the\s+)?only\s+(?:real\s+)?(?:treatment|option|cure|therapy|way\s+to\s+treat)\s+(?:for|that\s+works)\b
    | \bmiracle\s+(?:drug|cure|treatment)\b | \bworks\s+for\s+everyone\b
    | \b(?:kills?|eliminates?|destroys?)\s+(?:all|100\s?%\s+of)\s+(?:the\s+)?(?:cancer|tumou?r)\s+cells\b
    | \bno\s+(?:benefit|role|place)\s+(?:at\s+all\s+)?(?:for|in)\b
    | \bnot\s+(?:\w+\s+)?worth\s+it\s+for\s+anyone\b
    | \b(?:causes?|spreads?|seeds?)\s+(?:\w+\s+)?cancer\b | \bprevents?\s+(?:all\s+)?cancer\b
    | \bnever\s+(?:need|needs|saved|save|prevented|changed)\b | \bnot\s+(?:a\s+)?single\s+life\b
    | \balways\s+(?:milder|better|worse|safer|more\s+\w+|less\s+\w+)\b
    | \beliminates?\s+(?:\w+\s+){0,3}?(?:deaths?|cancer|risk|recurrences?|tumou?rs?)\b
    | \b(?:completely|totally|utterly|entirely)\s+(?:useless|pointless|unnecessary|safe|harmless|ineffective)\b
    | \bsimply\s+(?:better|worse|superior|inferior|the\s+best)\b | \b(?:100|one\s+hundred)\s?(?:%|percent)\s+of\b
    | \bshortens?\s+(?:life|lives|survival)\b | \bmeans\s+(?:the\s+)?cancer\s+is\s+(?:gone|cured|back)\b
    | \bneutraliz\w+\s+(?:the\s+)?(?:acid\w*|tumou?r|cancer)\b | \bin\s+almost\s+every\s+case\b
    | \bhas\s+(?:ever|never)\s+been\s+(?:cured|saved)\b | \beliminates?\s+(?:\w+\s+)?(?:side\s+effects|toxicit\w+|nausea)\b
    | \bdoes\s+(?:absolutely\s+)?nothing\b | \bzero\s+(?:protection|effect|chance)\b | \b(?:basically|completely|now)\s+solved\b
    | \balways\s+(?:beats?|outperforms?|wins)\b | \b(?:twice|three\s+times|half)\s+as\s+(?:long|likely)\b
    | (?:^|[.!?]\s+)(?:Always|Never)\s+(?:refer|give|use|offer|order|start|stop|treat|screen|do|get)\b
    | \bcures?\s+(?:\w+\s+){0,2}?(?-i:[A-Z]{2,5})\b
    | \b(?:every|all)\s+(?:single\s+)?[^.!?\n]{0,50}?\b(?:is|are)\s+(?:now\s+)?(?:curable|cured|preventable|treatable)\b
    | \b(?:made|makes|make|making|turned|turns|turn)\s+(?:[\w-]+\s+){1,3}?(?:a\s+)?(?:curable|chronic|solved)\s+(?:disease|condition|cancer|problem)\b
    | \bwill\s+be\s+\d+\s*(?:years?|months?|%)\s*,?\s*(?:easy|guaranteed|for\s+sure|mark\s+my\s+words|no\s+question)\b
    | \b(?:changes?|alters?|raises?|lowers?)\s+(?:your\s+|the\s+)?(?:tumou?r'?s?|cancer'?s?|body'?s?|blood)\s+pH\b
    | \brecommend\s+(?:it|them|this)\s+to\s+(?:everyone|everybody|all)\b
    | \b(?:detects?|finds?|catch(?:es)?|prevents?)\s+(?:\d+\s*%|every|all)\s+(?:of\s+)?(?:\w+\s+){0,2}?cancers?\b
    | \bstandard\s+(?:of\s+care|screening)\s+for\s+everyone\b | \b\d+\s*%\s+(?:less|fewer|lower)\s+(?:\w+\s+){0,2}?(?:cancer|deaths?|recurrences?)\b
    | \bno\s+(?:woman|man|one|patient|child)\s+who\s+[^.!?\n]{0,40}\bshould\s+(?:die|get|ever)\b
    | \bevery\s+patient\s+can\s+(?:now\s+)?(?:live|survive|be\s+cured)\b
    | \bworks?\s+(?:as\s+well\s+as|better\s+than)\s+(?:\w+\s+){0,2}?(?:chemo\w*|drugs?|treatment|radiation|radiotherapy|surgery)\b
    | \bthe\s+research\s+is\s+there\b | \b(?:has|have|with)\s+no\s+(?:long-?term\s+|late\s+)?(?:side\s+effects|toxicit\w+)\b
    | \beveryone\s+(?:over|under|above|aged)\s+\d+\s+(?:should|must|needs?\s+to)\s+(?:be\s+)?(?:doing|getting|having|get|have|do|use|using)\b
    | \b(?:it|this|that)\s+(?:fixes|cures|reverses|eliminates)\s+(?:the\s+)?(?:\w+\s+)?(?:fatigue|nausea|neuropathy|pain|cancer|side\s+effects)\b
    | \bera\s+of\s+(?:incurable|untreatable)\b | \bnever\s+(?:helps?|works?|benefits?)\s+(?:anyone|anybody|a\s+soul)\b
    | \b(?:settled|proven)\s+science\b | \b(?:this|it)\s+is\s+(?:now\s+)?(?:proven|settled|a\s+fact)\b(?!\s+(?:that\s+)?(?:we|I)\b)
    | \bevery\s+(?:single\s+)?one\s+(?:of\s+them\s+)?(?:who|that)\b[^.!?\n]{0,50}\b(?:did\s+better|survived|improved|responded
        |recovered|went\s+into\s+remission|beat\s+it)\b
    | \b(?:literally\s+|a\s+|an\s+absolute\s+)miracle\s+(?:for|against|in)\b
    | (?<!(?:\bnot|n't|\bnever)\s(?:[\w-]+\s){0,5})\b(?:for|in)\s+(?:every|all)\s+(?:single\s+)?(?:\w+\s+){0,2}?(?:cancers?|patients?|tumou?rs?|cases?|wom[ae]n|m[ae]n
        |survivors?|people|comers|settings?|series|stages?)\b
    | \b(?:every|all)\s+(?:single\s+)?(?:(?!eligible\b)\w+\s+){0,2}?(?:cancer|patient|tumou?r|survivor)s?\s+(?:should|must|needs?|deserves?)\b
    | \b(?:no|zero)\s+(?:exceptions?|debate|doubt|question|excuse)\b | \bperiod\s*[.!]
    | \b(?:zero|no)\s+(?:benefit|role)\b | \bno\s+evidence\s+(?:that|for|it|they|this)\b | \bnever\s+(?:improved|improves|helped|helps|worked|works|cured|shown)\b
    | \bnever\s+(?:get|have|use|give|offer|do)\s+(?:it|them|this|that|a|an|the)\b
    | \b(?:completely|totally|fully|always)\s+(?:prevents?|eliminates?|stops?|cures?|reverses?|causes?)\b
    | \bshrinks?\s+(?:\w+\s+)?(?:tumou?rs?|cancers?|gliomas?|mets)\b
    | \bfeeds?\s+(?:cancer|tumou?rs?)\b | \bstarves?\s+(?:cancer|tumou?rs?)\b
    | \b(?:doubles?|triples?|halves)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:survival|responses?|risk|mortality|rates?|OS|PFS|cure|benefit|odds)\b
    | \bcuts?\s+(?:\w+\s+){0,7}?in\s+half\b | \bfull\s+stop\b | \b(?:is|are)\s+(?:now\s+)?malpractice\b
    | (?:^|(?<=[.!?]\s))(?:fact|facts)\s*:
    | \bwill\s+(?:replace|cure|end|eliminate|make\s+\w+\s+obsolete)\b
    | \b(?:guaranteed|proven|undeniable|indisputable|settled\s+science)\s*[.!]
    | \bthe\s+(?:research|science|data|evidence)\s+is\s+(?:clear|settled|in)\b
    | \bmore\s+harm\s+than\s+good\b | \b(?:the\s+)?(?:right|only)\s+answer\s+for\s+(?:every|all|everyone|any)\b
    | \b(?:standard\s+of\s+care|the\s+standard)\s+(?:now,?\s+)?(?:everywhere|for\s+everyone|for\s+all)\b
    | \b(?:beats?|outperforms?|better\s+than|more\s+accurate\s+than|superior\s+to)\s+(?:\w+\s+){0,3}?(?:in|for)\s+(?:every|all)\b
    | \b(?:made|makes|make|rendered)\s+(?:\w+\s+){0,3}obsolete\b | \b(?:is|are)\s+(?:now\s+)?(?:obsolete|outdated|dead)\b
    | \bequally\s+effective\s+(?:and\s+\w+\s+\w+\s+)?for\s+(?:all|every)\b
    | \bthe\s+best\s+(?:drug|treatment|therapy|option|thing)\b(?:\s+\w+){0,4}\s+(?:for\s+everyone|ever|there\s+is)
    | \b(?:nobody|no\s+one)\s+should\s+(?:ever\s+)?(?:get|have|receive|take|undergo|be(?!\s+(?:surprised|shocked|ashamed|alone|afraid)))\b
    | \bshould\s+(?:simply\s+|just\s+)?never\s+(?:get|have|receive|take|undergo|be|use)\b
    | \b(?:halve|halves|halved|cuts?)\s+(?:your|the|their|a)\s+(?:\w+\s+){0,2}?(?:risk|odds|chance|mortality)\b
    | (?<!\bnot\s)\beveryone\s+(?:over|under|above|aged)\s+\d+\s+(?:should|must|needs?\s+to|ought\s+to)\s+(?:be\s+on|take|be\s+taking)\b
    | (?<!\bwhat\s)\bprevents?\s+(?:\w+\s+){0,2}?(?:recurrence|relapse|metastas[ie]s|progression)\b
    | \b(?:increasingly|now|abundantly|crystal)\s+clear\s+that\b | \b(?:data|evidence|studies)\s+increasingly\s+(?:suggests?|shows?|points?)\b
    | \bdoes\s+(?:literally|basically|practically)\s+nothing\b | \badds?\s+(?:absolutely\s+|literally\s+)?nothing\b
    | \bworks?\s+for\s+(?:basically|almost|nearly|virtually|pretty\s+much)\s+everyone\b
    | \b(?:most|all)\s+(?:oncologists|experts|doctors|clinicians)\s+(?:now\s+)?(?:accept|agree|know)\s+that\b
    | \bshrinks?\s+"""
    + TUMOUR
    + r"""\b | \bdetects?\s+(?:\w+\s+){0,2}?cancers?\s+(?:\w+\s+){0,3}?(?:before|earlier\s+than)\s+(?:\w+\s+)?(?:radiologists|doctors|clinicians|pathologists|humans|scans?)\b
    | \b(?:is|are)\s+now\s+(?:the\s+)?standard\s+of\s+care\b | \bno\s+reason\s+not\s+to\s+(?:be\s+)?(?:use|using|do|doing|give|giving|offer|offering)\b
    | \bthe\s+most\s+effective\s+[\w-]+(?:\s+[\w-]+)?\s+(?:on\s+the\s+market|available|there\s+is|ever)\b
    | \b(?:a|one)\s+(?:mouse|mice|rat|animal|cell|petri|lab)\s+study\s+(?:just\s+)?(?:showed|shows|proves|proved|found)\b
    """,
    _F,
)

# A source: trial, guideline, journal, identifier or link.
SOURCE = fast_compile(
    r"""
    \b(?:doi|pmid|pmcid|nct\d{8}|arxiv|medrxiv|biorxiv)\b | \b10\.\d{4,9}/\S+
    | \b(?:NCCN|ASCO|ESMO|ASTRO|ASH|AACR|SABCS|SGO|NICE|USPSTF|ACS|NCI|FDA|EMA|WHO|CDC|ACOG|AUA|EAU|SIOG|MASCC)\b
    | \b(?:NEJM|Lancet|JCO|JAMA|BMJ|Ann\s+Oncol|Annals\s+of\s+Oncology|Cancer\s+Cell
        |Clin\s+Cancer\s+Res|JNCI|J\s+Clin\s+Oncol|New\s+England\s+Journal|Cochrane)\b
    | \b(?:in|published\s+in|via|from)\s+(?:Nature|Science|Cell|Blood)\b
    | \b(?:Nature|Science|Cell|Blood)\s+(?:\d{4}|paper|study|article|Medicine|Reviews|Communications|Cancer|Oncology|Genetics)\b
    | (?-i:\b(?:[A-Z]{2,}[\w'’-]*|[A-Z][a-z]+[A-Z][\w'’-]*)(?:[\s-]+[A-Z0-9][\w'’-]*){0,3})\s+(?i:trials?|study|studies|cohort|meta-?analys[ie]s|review|data|registry|analysis)\b
    | \bthe\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+(?i:trials?|study|studies|cohort|registry)\b
    | \b(?:19|20)\d{2}\s+(?i:trial|study|meta-?analysis|review|cohort|paper)\b
    | \b(?i:trial|study|meta-?analysis|review|paper)\s+(?:by|from)\s+[A-Z]
    | \b(?i:guidelines?|per\s+the|according\s+to|systematic\s+review)\b
    # a trial's name and number ("KEYNOTE-522", "CheckMate 067", "DESTINY-Breast04"); not a word before a number
    # ("Take 1000 units", "Phase 3 data", "Stage 4", "Day 21")
    | \b(?!(?:Take|Took|Taking|Give|Gave|Over|Under|About|Around|Nearly|Almost|Only|Just|Since|From|Stage|Grade|Phase|Day|Days
        |Cycle|Cycles|Week|Weeks|Month|Months|Year|Years|Hour|Hours|Room|Bed|Bay|Ward|Floor|Unit|Chair|Gate|Page|Level|Age|Aged
        |Type|Tier|Zone|Step|Part|Chapter|Section|Table|Figure|Fig|Lot|Class|Covid|Top|Mile|Miles|Route|Flight|Suite|Dose|Doses
        |Tab|Tabs|Pill|Pills|Units|Score|Gleason|Count|Counts|Lost|Gained|Down|Up|Plus|Minus|Version|Round|Session|Sessions
        |Fraction|Fractions|Visit|Line|Lines|Number|No|Apt|Sept|Sep|Oct|Nov|Dec|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug
        |January|February|March|April|June|July|August|September|October|November|December)\b)
      [A-Z][A-Za-z]{2,}[- ]?(?:[A-Z][a-z]+)?\d{2,4}\b
    | \bet\s+al\b | \(\s*\d{4}\s*\)
    """,
    regex.VERBOSE,
)
# A source said in words: a guideline, "according to", "published in" (a bare "a study shows" names nothing)
SOURCE_CI = regex.compile(
    r"\b(?:guidelines?|systematic\s+review|according\s+to|per\s+the|published\s+in)\b",
    regex.IGNORECASE,
)

OPINION = regex.compile(
    r"""
    \b(?:I|we)\s+(?:think|believe|feel|suspect|suppose|guess|would\s+argue|'d\s+argue|would\s+say|'d\s+say
        |wonder|doubt|expect|predict|bet|reckon|personally|am\s+convinced|'m\s+convinced|hope|worry)\b
    | \bI(?:'d|\s+would)\s+(?:argue|say|bet)\b
    | \b(?:IMO|IMHO|IMNSHO|ICYMI_NOT|FWIW|hot\s+take|unpopular\s+opinion|my\s+(?:2|two)\s+cents|just\s+my\s+opinion)\b
    | \b(?:in\s+my|my)\s+(?:humble\s+)?(?:opinion|view|experience|practice|take|read|bias|clinic|hands)\b
    | \bpersonally\b | \bopinion\s*: | \bmy\s+(?:personal\s+)?(?:view|opinion|take)\b
    | \b(?:anecdotally|speculat\w+|to\s+me|for\s+me|it\s+seems|seems\s+to\s+me|arguably|probably|likely
        |may|might|could|perhaps|possibly)\b
    """,
    _F,
)

# A claim quoted to be refuted is not asserted: "Myth: biopsies spread cancer. Fact: they don't", "the idea that
# sugar feeds cancer is wrong"
REFUTED = regex.compile(
    r"""
    (?:^|(?<=[\s(\[]))(?:myth|false|misconception|fiction|claim|rumou?r|they\s+say|people\s+(?:say|think|believe)
        |you'?ll\s+hear|(?:common\s+)?misbelief)\s*(?:\#?\d+\s*)?[:—–-]
    | \b(?:myth|misconception|idea|claim|belief|notion|rumou?r|lie)\s+that\b | \b(?:it'?s|is)\s+a\s+myth\b
    | \b(?:not\s+true|untrue|false|debunked|wrong)\s+that\b | \#myth\w*
    | \b(?:someone|anyone|people|those|folks)\s+who\s+(?:still\s+)?(?:think|thinks|believe|believes|claim|claims|say|says)\b
    | \bimagine\s+(?:thinking|believing)\b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
