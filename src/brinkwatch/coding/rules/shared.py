"""Word lists and parse helpers the rules share."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from spacy.tokens import Token

from brinkwatch.coding import arguments as args
from brinkwatch.coding.modality import CONSIDER, INTEND, NEGATE, THREATEN, ModalityResult
from brinkwatch.model import ActorRef

if TYPE_CHECKING:
    from brinkwatch.coding.coder import Candidate, SentenceCoder
    from brinkwatch.coding.rules.core import Attempt


# ---- helpers the rules share ------------------------------------------------------------------------
# a crowd counted, not named: "thousands marched", "hundreds of students rallied"
CROWD_COUNTS = frozenset("thousand hundred dozen score million crowd".split())
# cooperation done with a partner: a state named only as where it happened is not the partner
PARTNER_ROOTS = frozenset(("03", "04", "05", "06", "07", "08"))
FORCE_ROOTS = frozenset(("18", "19", "20"))  # violence: assault, fight, mass violence
PLACE_TARGET_ROOTS = frozenset(("15", "17", "18", "19", "20"))
VISIT_CODES = frozenset(("042",))
# a military withdrawal is from a place: "withdrew from the city of Kherson" is aimed at Ukraine
WITHDRAWALS = frozenset(("087", "0874"))  # a visit is to the place: "arrived in Islamabad for a visit"
PLURAL_SENSE = frozenset(("talk",))  # nouns that name the act only in the plural
SERIES_NOUNS = frozenset(("round", "series", "session", "wave", "spate", "string", "day", "week"))
STRIKE_WORDS = frozenset(("strike", "walkout", "stoppage"))
CIVIL_SECTORS = frozenset(("LAB", "EDU", "CVL", "OPP", "HLH", "BUS", "AGR", "MED"))
CLAIMANT_KINDS = frozenset(("outlet", "journalist", "anonymous", "report"))
MILITARY_RETREAT = frozenset(("087", "0356", "0871", "0872", "0873", "0874"))
# a possessive pronoun names no party of its own: "its troops", "their offer"
POSSESSIVE_PRONOUNS = frozenset(("its", "their", "his", "her", "our", "my"))
# generic force codes that, done by one person to another named person, are verbal attacks
VERBAL_WHEN_PERSONAL = frozenset(("190", "180"))
# acts that conjoined parties do to each other: "A and B met", "talks between A and B", "A and B clashed"
# a halt in firing or a disengagement by two sides is between them ("India and Pakistan halted all firing"); a
# retreat (0874) or a blockade eased (0872) by two sides may be a joint one: 087 itself (see symmetric-pair) and 0871
SYMMETRIC_CODES = ("030", "031", "032", "036", "037", "040", "041", "044", "046", "050", "057", "06", "0871", "19")
# verbs whose act is the one they govern: "considered sending", "threatened to strike", "refused to meet"
GOVERNOR_LEMMAS = CONSIDER | INTEND | THREATEN | NEGATE
GOVERNED_DEPS = frozenset("xcomp ccomp pcomp dobj pobj prep acl".split())
QUOTES = frozenset('"“”')
# who can be killed, wounded or abducted in news prose (animacy is not in the parse)
HUMAN_NOUNS = frozenset(
    "people person man men woman women child children civilian soldier troop fighter militant rebel "
    "protester demonstrator journalist official officer policeman worker student villager resident "
    "member leader commander general minister president activist prisoner hostage migrant refugee "
    "passenger pilgrim worshipper patient doctor nurse teacher farmer miner guard citizen national "
    "insurgent gunman attacker suspect victim family boy girl baby infant".split()
)
NOUN_POS = frozenset(("NOUN", "PROPN"))
# verbs that commit the speaker: a commitment to force is a threat ("vowed to retaliate")
COMMISSIVES = frozenset("vow pledge promise swear".split())
COERCIVE_ROOTS = frozenset(("14", "16", "17", "18", "19", "20"))
DENIALS = frozenset(("deny",))
# force words that are also words of verbal attack: "Biden attacked Trump" (the rest stay force: "struck")
VERBAL_ATTACK_VERBS = frozenset("attack hit blast assail slam lash target".split())
# strikes that are labour or protest ("a general strike", "a hunger strike"), by a modifier or the striker
CIVIL_STRIKE_MODIFIERS = {"general": "143", "labour": "143", "labor": "143", "nationwide": "143", "national": "143",
                          "wildcat": "143", "hunger": "142", "work": "143"}
STRIKER_WORDS = frozenset("union worker workers employee staff teacher doctor nurse driver miner federation".split())
SPORTS_WORDS = frozenset(
    "match final semifinal quarterfinal tournament championship league cup olympics game season goal medal "
    "set innings race".split()
)
# verbs whose object or complement act is what they are about, not a new event: reactions, statements,
# demands, rejections, threats, reductions ("condemned Israel's strikes", "suspended its assistance")
REACTION_ROOTS = frozenset(("01", "02", "05", "08", "10", "11", "12", "13", "16"))
# protests CAMEO splits by their aim (1: leadership change, 2: policy change, 3: rights, 4: institutions)
PROTEST_WITH_AIMS = frozenset(("141", "142", "143", "144", "145"))
PROTEST_ROOT = "14"  # CAMEO 14x: demonstrations, strikes, boycotts, blockades
PROTESTERS = frozenset(("OPP", "LAB", "EDU", "CVL", "AGR", "HLH", "BUS", "REF", "MED", "LEG"))
UNANSWERED = frozenset(("ignore", "heed", "defy", "disregard"))
HOSTING = frozenset(("welcome", "receive", "greet"))
# verbs by which an authority has a thing done: "ordered the activist held", "ordered him to be jailed"
HAVING_DONE_VERBS = frozenset(("order", "direct", "rule", "sentence"))


def ordered_act(verb: Token) -> tuple[Token, Token | None] | None:
    """The ordering verb a passive participle is the ordered act of, and the one it is done to where the parse
    names it apart from the order's object: "ordered [the leader] held", "ordered [him to be held]", "ordered
    [the protesters] freed" (a small clause), "[Conde] was ordered held by the court"."""
    if verb.tag_ not in ("VBN", "VBD"):
        return None
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.tag_ == "VBN":
        gov, patient = verb.head.head, None
    elif verb.dep_ == "ccomp" and args.is_passive(verb):
        gov, patient = verb.head, None
    elif verb.dep_ == "ccomp" and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children) \
            and (verb.tag_ == "VBN" or verb.lower_.endswith("ed")):
        # a participle's form; "ordered that the troops withdrew" tells the troops' own act
        gov, patient = verb.head, args.child(verb, ("nsubj",))
        if patient is None:
            return None
    elif verb.dep_ == "xcomp" and verb.tag_ == "VBN" and args.is_passive(verb.head):
        gov = verb.head
        patient = args.child(gov, ("nsubjpass",))
    else:
        return None
    if gov.lemma_.lower() not in HAVING_DONE_VERBS or gov.pos_ != "VERB":
        return None
    return gov, patient


def hosted_one(verb: Token) -> Token | None:
    """Who a hosting verb receives: its object ("welcomed the envoy"), or, in the passive with the host named,
    its subject ("the king arrived and was greeted by President Sisi")."""
    if not args.is_passive(verb):
        return args.child(verb, ("dobj",))
    if args.agent_of(verb) is None:
        return None
    return args.child(verb, ("nsubjpass",)) or (args.subject_of(verb.head) if verb.dep_ == "conj" else None)
# who pays a visit: "welcomed a delegation from Hanoi", "received the visiting envoy"
VISITOR_NOUNS = frozenset(
    "delegation visitor envoy counterpart guest emissary minister president premier chancellor leader king emir "
    "prince crown secretary official officials".split()
)
# verbs whose victims are named as their subject (passive, or "died"): "were killed in a drone strike"
VICTIM_VERBS = frozenset("kill wound injure die hurt maim".split())
TRANSFER_VERBS = frozenset("deliver ship donate send give provide supply hand airlift fly dispatch transfer gift".split())
# what is handed over decides the kind of aid (CAMEO 071 economic, 072 military, 073 humanitarian)
TRANSFER_THEMES = {
    **dict.fromkeys(
        "weapon arm ammunition munition missile tank drone jet aircraft helicopter artillery howitzer rifle "
        "vehicle boat vessel frigate warship equipment system interceptor rocket shell launcher".split(), "072"),
    **dict.fromkeys(
        "supply food medicine relief vaccine dose ventilator tent blanket water grain flour aid shelter "
        "kit generator".split(), "073"),
    **dict.fromkeys("money fund funding loan grant cash credit tranche".split(), "071"),
}
# a trade of energy or goods to a named party is economic cooperation (061): "delivered a cargo of LNG to Germany"
TRANSFER_THEMES.update(dict.fromkeys("gas lng oil crude coal electricity fertilizer fertiliser".split(), "061"))
DEMAND_TELLING = frozenset(("tell", "instruct"))
# verbs that pass a judgement on what they name: "called the plan reckless", "described him as a hero"
JUDGING = frozenset("call describe characterize characterise label brand term dub deem".split())
# judgements that criticise (111) or praise (051) what they are passed on; general English evaluative words
CRITICAL_WORDS = frozenset(
    "reckless irresponsible lousy disgrace disgraceful shameful shame outrage outrageous unacceptable unthinkable "
    "illegal unlawful illegitimate unconstitutional criminal crime violation aggression provocation provocative "
    "dangerous absurd ridiculous disastrous disaster catastrophe catastrophic betrayal stab mistake blunder failure "
    "farce sham fraud fraudulent hoax corrupt racist hypocritical hypocrite insult insulting cowardly coward "
    "barbaric barbarism brutal inhumane atrocity genocidal hostile destabilizing destabilising arsonist thug "
    "dictator tyrant puppet traitor scandal scandalous appalling deplorable despicable abhorrent horrific heinous "
    "vile unjust unfair threat menace terrorist terrorism piracy blackmail interference meddling incompetent "
    "idiot liar lie grab attack affront abuse travesty "
    # words of legal rejection: "called the decree null and void", "declared the vote invalid"
    "void invalid rigged bogus".split()
)
PRAISING_WORDS = frozenset(
    "historic excellent swift decisive forceful brave courageous constructive productive fruitful successful "
    "landmark milestone breakthrough wise visionary heroic hero statesman praiseworthy commendable admirable "
    "outstanding remarkable exemplary".split()
)
# a claim called false is denied (016): "dismissed the report as fake news"
FALSITY_WORDS = frozenset("false untrue fake baseless groundless unfounded lie lies nonsense fabrication fiction hoax".split())
CLAIM_NOUNS = frozenset("report story claim allegation accusation charge article rumour rumor news".split())
# what is declined when one declines to comment: "declined to comment", "refused to answer questions"
COMMENTING = frozenset("comment answer respond elaborate speculate discuss confirm say".split())
GUILT_WORDS = frozenset(("guilty", "liable", "culpable"))
RECOGNISING = frozenset(("recognize", "recognise"))
# words that only rules (not lexicon rows) trigger on, for the screen: lemmas, and exact forms of a rule's
# other key word ("found ... guilty": "guilty" is rarer than "found", so it lets fewer sentences through)
# a stance stated with a copula: "Cairo remained optimistic that ..." (013), "Seoul was sceptical about ..." (012)
STANCE_WORDS = {
    **dict.fromkeys("optimistic hopeful confident upbeat".split(), "013"),
    **dict.fromkeys("pessimistic sceptical skeptical doubtful gloomy worried alarmed apprehensive".split(), "012"),
}
COPULAS = frozenset("be remain stay sound appear seem feel grow become".split())
# a military force leaving a place retreats (0874): "Russian troops withdrew from Kherson", "US troops will leave Syria"
RETREATING = frozenset(("withdraw", "leave", "retreat", "pull"))
FORCE_NOUNS = frozenset("troop force soldier army military unit contingent battalion brigade marine fighter peacekeeper".split())
HELPING = frozenset(("help",))  # helped-party: no lexicon row, "helped negotiate" is no aid
RULE_TRIGGER_LEMMAS = JUDGING | RECOGNISING | RETREATING | HELPING  # "refuse", "decline" are lexicon verbs
# "said Russia must withdraw": the modal stands for the speech verb of said-must
# the modals by which a clause says something must or should be done: "Russia must withdraw"
DEONTIC_AUX = frozenset(("must", "should", "ought"))
RULE_TRIGGER_FORMS = GUILT_WORDS | frozenset(STANCE_WORDS) | DEONTIC_AUX | {"responsible"}  # "said X was responsible for"
KILLING = frozenset(("kill", "killing", "assassinate", "assassination"))
APPEALING = frozenset(("ask", "request", "implore", "beg", "encourage", "lobby", "petition", "entreat", "beseech"))
ALLOWING = frozenset(("allow", "let", "permit", "admit"))
# who is let in decides the kind of involvement (CAMEO 0861 peacekeepers, 0862 inspectors, 0863 aid)
ADMITTED = {
    **dict.fromkeys("inspector monitor observer investigator".split(), "0862"),
    **dict.fromkeys("peacekeeper peacekeeping".split(), "0861"),
    # what aid brings counts as aid let in: "allowed fuel into Gaza", "let food and medicine in"
    **dict.fromkeys("aid convoy relief humanitarian fuel food medicine supply truck shipment".split(), "0863"),
}
# nouns that name the main clause's act: "..., a move that Berlin condemned"
MOVE_NOUNS = frozenset("move decision step act action measure".split())
REFUSALS = frozenset(("refuse", "decline"))
# the organs by which a state acts itself (the state named bare, its government, forces, police, spies)
STATE_ORGAN_SECTORS = frozenset(("", "GOV", "MIL", "COP", "SPY"))
# what refusing an act is, by the act's code (CAMEO 12: longest prefix wins); no row: the act stays negated
REFUSAL_CODES = {
    "010": "011", "03": "120", "04": "125", "045": "126", "05": "120", "057": "127", "06": "121", "061": "1211", "062": "1212",
    # refusing to give aid is turning down the want of it (122x by the aid): "refused to extend the loans"
    "07": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
    "08": "124", "081": "1241", "082": "1242", "083": "123", "084": "1243", "085": "1244",
    "086": "1245", "087": "1246",
}
# verbs whose object names an act their subject would do: "planned an offensive", "ordered airstrikes"
ACT_GOVERNORS = (CONSIDER | INTEND | THREATEN | frozenset(("order", "announce", "authorize", "authorise"))) - frozenset(
    ("discuss", "debate", "review", "examine", "study", "assess", "evaluate", "offer", "seek", "want", "expect",
     "hope", "commitment", "pledge", "promise", "decision", "intention", "intent", "willingness", "readiness", "bid")
)
WARNINGS = frozenset(("warn", "caution"))
# nouns that name a reply to an earlier act: "in response to the strike", "in retaliation for the raid"
RESPONSE_NOUNS = frozenset("response reply retaliation revenge reprisal retribution answer".split())


def killed_non_human(trigger: Token) -> bool:
    """The act's object is named and is not a person ("the killing of pigs", "killed the bill")."""
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [o for w, o in args.prep_objects(trigger) if w == "of" and trigger.pos_ in NOUN_POS]
    if not objs:
        return False
    return all(o.lemma_.lower() not in HUMAN_NOUNS and o.pos_ not in ("PROPN", "PRON", "NUM") for o in objs)


def quoted(tok: Token) -> bool:
    """The token stands inside a quotation in its sentence (an odd number of quote marks before it)."""
    return sum(1 for t in tok.doc[: tok.i] if t.text in QUOTES) % 2 == 1


def aimed(noun: Token) -> bool:
    """The noun, or a participle hung on it, is aimed at someone: "operations (involving jets) against X"."""
    heads = [noun, *(c for c in noun.children if c.dep_ == "acl")]
    return any(w in ("against", "on") for h in heads for w, _ in args.prep_objects(h))


def made(coder: SentenceCoder, verbal: Token) -> ModalityResult:
    """How the pledge, threat or warning itself was made: asserted, unless it is itself denied, negated or
    only planned ("denied that Putin had agreed to meet ...")."""
    from brinkwatch.coding.modality import find_modality

    own = find_modality(verbal, coder.speech_verbs)
    return own if own.modality != "asserted" else ModalityResult("asserted", verbal.text, verbal)


def refusal_code(code: str) -> str | None:
    """The CAMEO 12x code of refusing the act `code`, or None where refusing it has no code."""
    for n in (4, 3, 2):
        if code[:n] in REFUSAL_CODES:
            return REFUSAL_CODES[code[:n]]
    return None


def argument_of(trigger: Token) -> Token | None:
    """The verb whose object or prepositional object the trigger is: "condemned [the strikes]",
    "accused X [of shelling]", "severed ties over [its offensive]", "despite [warnings]"."""
    if trigger.dep_ in ("dobj", "nsubjpass"):
        return trigger.head
    if trigger.dep_ in ("pobj", "pcomp") and trigger.head.pos_ == "ADP":
        host = trigger.head.head
        if host.pos_ == "VERB" or trigger.head.lower_ == "despite":
            return host
        # "accused the soldiers [of executing] civilians": the parser hangs "of" on the object
        if trigger.dep_ == "pcomp" and trigger.head.lower_ == "of" and host.dep_ == "dobj" and host.head.pos_ == "VERB":
            return host.head
    return None


def victim_verb(noun: Token) -> Token | None:
    """The killing verb a force noun is the means of: "killed in a drone strike", "died in the shelling",
    "an airstrike killed ..."."""
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_.lower() in VICTIM_VERBS and not args.is_passive(head):
        return head
    if noun.dep_ in ("pobj", "pcomp") and head.lower_ in ("in", "by", "during"):
        verb = head.head
        if verb.lemma_.lower() in VICTIM_VERBS and (
                args.is_passive(verb) or verb.lemma_.lower() == "die" or _device_did(verb)):
            return verb
    return None


# what explodes: "a roadside bomb", "an IED", "a blast"
EXPLOSIVE_WORDS = frozenset("bomb device explosive ied mine blast explosion".split())
# what goes off or hits: "a car bomb killed five policemen, in an attack claimed by X" is the attack's doing
DEVICE_WORDS = EXPLOSIVE_WORDS | frozenset("shell rocket missile grenade drone bomber".split())


def _device_did(verb: Token) -> bool:
    """Is the subject of an active killing verb a weapon or blast, not a doer ("a car bomb killed five")?"""
    subj = args.child(verb, ("nsubj",))
    return subj is not None and subj.lemma_.lower() in DEVICE_WORDS


def warning_over(trigger: Token) -> Token | None:
    """The warning verb whose clause the act is in: "warned (that) it could cut off ..."."""
    return clause_verb_over(trigger, WARNINGS)


# links from an act up to the verb whose clause holds it: "said (that) Ankara could cut ...", "was ready to hit"
CLAUSE_LINKS = frozenset(("ccomp", "xcomp", "conj", "acomp"))


def clause_verb_over(trigger: Token, lemmas: frozenset[str] | set[str], steps: int = 3) -> Token | None:
    """The nearest verb of `lemmas` whose clause the act is in: "warned (that) it could cut off ...",
    "Katz said Israel would seize ..."."""
    tok = trigger
    for _ in range(steps):
        if tok.dep_ not in CLAUSE_LINKS or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.lemma_.lower() in lemmas:
            return tok
    return None


def replied_to(trigger: Token) -> Token | None:
    """The response noun an act is the object of ("in response to the raid", "revenge for the killing"),
    looking through a relative clause on that act ("the raid that killed ...")."""
    tok = trigger
    if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in NOUN_POS:
        tok = tok.head
    for _ in range(2):
        if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "for") and tok.head.head.lemma_.lower() in RESPONSE_NOUNS:
            return tok.head.head
        if tok.dep_ == "conj":
            tok = tok.head
            continue
        break
    return None


def governed_by(tok: Token, gov: Token) -> bool:
    for _ in range(4):
        if tok.dep_ not in GOVERNED_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == gov.i:
            return True
    return False


def folded(text: str) -> str:
    """Lower case without accents: 'Aḩmadī' -> 'ahmadi'."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))

# prepositions of defiance: what they name is the background a refusal stands against ("despite warnings")
DEFIANCE_PREPS = frozenset(("despite", "notwithstanding"))


def by_convention(country: str, sector: str | None, why: str) -> ActorRef:
    """A target the sentence implies by a coding convention, not by its words: "a protest with no named target
    is aimed at its own government" -> the state's GOV; "a curfew falls on the state's own people" -> the state."""
    return ActorRef(text="", code=country + (sector or ""), country=country, sector=sector, resolved_by="convention",
                    kind="state" if sector is None else "sector", entry=why)


def definite(noun: Token) -> bool:
    """'the attack', 'this strike': an act already told, not a new one ('an attack', 'attacks')."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


# a definite word for something said that points back at its telling: "Iran denied the accusation"
TOLD_CLAIM_NOUNS = frozenset("accusation allegation claim charge suggestion assertion report story request argument".split())


def told_claim(att: Attempt) -> Token | None:
    """The object of a reaction that is a claim the story told before and this sentence does not name the maker
    of: "denied the accusation" (not "the accusation by Kyiv", "Kyiv's claim", "the claim that ...")."""
    if att.code is None or att.code[:2] not in REACTION_ROOTS:
        return None
    obj = args.acted_on(att.trigger)
    if obj is None and att.trigger.lemma_.lower() == "plead":
        # "Avenatti pleaded not guilty to the charges": the plea answers the charges
        pleas = [att.trigger, *(c for c in att.trigger.children if c.dep_ in ("oprd", "acomp"))]
        obj = next((o for p in pleas for w, o in args.prep_objects(p) if w == "to"), None)
    if obj is None or obj.lemma_.lower() not in TOLD_CLAIM_NOUNS or not definite(obj) or obj.i in att.inp.actors:
        return None
    if args.prep_objects(obj) or any(c.dep_ in ("relcl", "acl", "poss", "compound", "amod") for c in obj.children):
        return None
    return obj


def mutual_agreement(cand: Candidate) -> bool:
    """An intent both parties share, told as one ("India and China agreed to ..."), coded both ways."""
    return cand.code[:2] == "03" and cand.target is not None and "symmetric-pair" in cand.fired
