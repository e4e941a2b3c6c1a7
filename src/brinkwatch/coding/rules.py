"""The coder's rules, one ordered list: each names a construction, fallback or veto, with an example.

A sentence first passes the `screen` rules (a veto there ends it). Then each trigger (a verb or a noun
that may name an act) passes the stages in this order:

trigger    which CAMEO code the word names (lexicon row)        first rule that fires wins
source     who does it                                          fallbacks, first that finds one wins
target     to whom                                              fallbacks, first that finds one wins
close      build the candidates, or veto the trigger            first rule that fires ends the stage
candidate  per candidate: vetoes and code changes               a veto ends it
claim      per candidate, once modality is read: code shifts    all that fire apply
report     per candidate, once attribution and date are read    a veto ends it
sentence   over all candidates of the sentence                  all apply

`SentenceCoder` (coder.py) runs the stages; `Trace` records which rule fired or vetoed on which
trigger, for `brinkwatch code --explain`. Every rule's docstring starts with its example sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Token

from brinkwatch.coding import arguments as args
from brinkwatch.coding.attribution import is_reporter
from brinkwatch.coding.modality import CONSIDER, INTEND, NEGATE, THREATEN, ModalityResult, not_ruled_out
from brinkwatch.model import ActorRef

if TYPE_CHECKING:
    from brinkwatch.coding.coder import Candidate, SentenceCoder, SentenceInput
    from brinkwatch.coding.lexicon import VerbEntry

STAGES = ("screen", "trigger", "source", "target", "close", "candidate", "claim", "report", "sentence")


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    stage: str
    fn: Callable
    applies_to: str = "both"  # verb | noun | both (trigger kinds)
    veto: bool = False

    @property
    def example(self) -> str:
        """The docstring's first line: the example sentence and what the rule does with it."""
        return (self.fn.__doc__ or "").strip().splitlines()[0]


RULES: list[Rule] = []


def rule(name: str, stage: str, applies_to: str = "both", veto: bool = False):
    """Register a rule at the end of the ordered list."""

    def register(fn: Callable) -> Callable:
        assert stage in STAGES, stage
        RULES.append(Rule(name, stage, fn, applies_to, veto))
        return fn

    return register


def stage_rules(stage: str, kind: str) -> tuple[Rule, ...]:
    return tuple(r for r in RULES if r.stage == stage and r.applies_to in (kind, "both"))


@dataclass(slots=True)
class TraceStep:
    sentence: int
    trigger: str  # "shelled" (the trigger word), "" for sentence-level rules
    rule: str
    outcome: str  # fired | vetoed | dropped
    note: str = ""


@dataclass(slots=True)
class Trace:
    """Which rules fired or vetoed, trigger by trigger (powers `brinkwatch code --explain`)."""

    steps: list[TraceStep] = field(default_factory=list)
    sentences: dict[int, str] = field(default_factory=dict)  # sentence index -> text

    def add(self, sentence: int, trigger: str, rule_name: str, outcome: str, note: str = "") -> None:
        self.steps.append(TraceStep(sentence, trigger, rule_name, outcome, note))


@dataclass(slots=True)
class Attempt:
    """One trigger on its way through the stages: what the rules have found so far."""

    trigger: Token
    inp: SentenceInput
    kind: str  # verb | noun
    consumed: set[int]
    code: str | None = None
    origin: str = ""  # the lexicon row ("verbs.tsv:123")
    made_by: str = ""  # the trigger rule that found the code
    entry: VerbEntry | None = None
    act_noun: Token | None = None  # the event noun of a light verb: "launched an attack"
    sources: list[tuple[Token, ActorRef]] = field(default_factory=list)
    targets: list[tuple[Token, ActorRef]] = field(default_factory=list)
    subject: Token | None = None
    confidence: float = 0.6
    themes: frozenset[str] = frozenset()
    on_places: bool = False
    conflict: bool = True
    candidates: list[Candidate] | None = None  # set when a close rule built them itself
    no_target: bool = False  # the act has no target to look for (a denial of an act)
    fired: list[str] = field(default_factory=list)  # rules after the trigger rule that shaped the result


# ---- helpers the rules share ------------------------------------------------------------------------
# cooperation done with a partner: a state named only as where it happened is not the partner
PARTNER_ROOTS = frozenset(("03", "04", "05", "06", "07", "08"))
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
# generic force codes that, done by one person to another named person, are verbal attacks
VERBAL_WHEN_PERSONAL = frozenset(("190", "180"))
# acts that conjoined parties do to each other: "A and B met", "talks between A and B", "A and B clashed"
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
REACTION_ROOTS = frozenset(("01", "02", "10", "11", "12", "13", "16"))
# protests CAMEO splits by their aim (1: leadership change, 2: policy change, 3: rights, 4: institutions)
PROTEST_WITH_AIMS = frozenset(("141", "142", "143", "144", "145"))
PROTESTERS = frozenset(("OPP", "LAB", "EDU", "CVL", "AGR", "HLH", "BUS", "REF", "MED", "LEG"))
UNANSWERED = frozenset(("ignore", "heed", "defy", "disregard"))
HOSTING = frozenset(("welcome", "receive", "greet"))
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
DEMAND_TELLING = frozenset(("tell", "instruct"))
KILLING = frozenset(("kill", "killing", "assassinate", "assassination"))
APPEALING = frozenset(("ask", "request", "implore", "beg", "encourage"))
ALLOWING = frozenset(("allow", "let", "permit", "admit"))
# who is let in decides the kind of involvement (CAMEO 0861 peacekeepers, 0862 inspectors, 0863 aid)
ADMITTED = {
    **dict.fromkeys("inspector monitor observer investigator".split(), "0862"),
    **dict.fromkeys("peacekeeper peacekeeping".split(), "0861"),
    **dict.fromkeys("aid convoy relief humanitarian".split(), "0863"),
}
# nouns that name the main clause's act: "..., a move that Berlin condemned"
MOVE_NOUNS = frozenset("move decision step act action measure".split())
REFUSALS = frozenset(("refuse", "decline"))
# what refusing an act is, by the act's code (CAMEO 12: longest prefix wins); no row: the act stays negated
REFUSAL_CODES = {
    "03": "120", "04": "125", "045": "126", "05": "120", "057": "127", "06": "121", "061": "1211", "062": "1212",
    "07": "120", "08": "124", "081": "1241", "082": "1242", "083": "123", "084": "1243", "085": "1244",
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


def _killed_non_human(trigger: Token) -> bool:
    """The act's object is named and is not a person ("the killing of pigs", "killed the bill")."""
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [o for w, o in args.prep_objects(trigger) if w == "of" and trigger.pos_ in NOUN_POS]
    if not objs:
        return False
    return all(o.lemma_.lower() not in HUMAN_NOUNS and o.pos_ not in ("PROPN", "PRON", "NUM") for o in objs)


def _quoted(tok: Token) -> bool:
    """The token stands inside a quotation in its sentence (an odd number of quote marks before it)."""
    return sum(1 for t in tok.doc[: tok.i] if t.text in QUOTES) % 2 == 1


def _aimed(noun: Token) -> bool:
    """The noun, or a participle hung on it, is aimed at someone: "operations (involving jets) against X"."""
    heads = [noun, *(c for c in noun.children if c.dep_ == "acl")]
    return any(w in ("against", "on") for h in heads for w, _ in args.prep_objects(h))


def _made(coder: SentenceCoder, verbal: Token) -> ModalityResult:
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


def _argument_of(trigger: Token) -> Token | None:
    """The verb whose object or prepositional object the trigger is: "condemned [the strikes]",
    "accused X [of shelling]", "severed ties over [its offensive]", "despite [warnings]"."""
    if trigger.dep_ in ("dobj", "nsubjpass"):
        return trigger.head
    if trigger.dep_ in ("pobj", "pcomp") and trigger.head.pos_ == "ADP":
        host = trigger.head.head
        if host.pos_ == "VERB" or trigger.head.lower_ == "despite":
            return host
    return None


def _victim_verb(noun: Token) -> Token | None:
    """The killing verb a force noun is the means of: "killed in a drone strike", "died in the shelling",
    "an airstrike killed ..."."""
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_.lower() in VICTIM_VERBS and not args.is_passive(head):
        return head
    if noun.dep_ == "pobj" and head.lower_ in ("in", "by", "during"):
        verb = head.head
        if verb.lemma_.lower() in VICTIM_VERBS and (args.is_passive(verb) or verb.lemma_.lower() == "die"):
            return verb
    return None


def _warning_over(trigger: Token) -> Token | None:
    """The warning verb whose clause the act is in: "warned (that) it could cut off ..."."""
    tok = trigger
    for _ in range(3):
        if tok.dep_ not in ("ccomp", "xcomp", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.lemma_.lower() in WARNINGS:
            return tok
    return None


def _replied_to(trigger: Token) -> Token | None:
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


def _governed_by(tok: Token, gov: Token) -> bool:
    for _ in range(4):
        if tok.dep_ not in GOVERNED_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == gov.i:
            return True
    return False


# ---- screen: the whole sentence ---------------------------------------------------------------------
@rule("question", "screen", veto=True)
def question(coder: SentenceCoder, inp: SentenceInput) -> str | None:
    """"Did Russia attack the convoy?": a question reports no act."""
    return "?" if inp.sent.text.rstrip(' "\'”’)').endswith("?") else None


# ---- trigger: which code the word names -------------------------------------------------------------
@rule("allowed-in", "trigger", "verb")
def allowed_in(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Tehran allowed IAEA inspectors back into the country": letting foreign inspectors, monitors,
    peacekeepers or aid in is allowing international involvement (086x)."""
    verb = att.trigger
    if verb.lemma_.lower() not in ALLOWING:
        return None
    obj = args.child(verb, ("dobj",))
    if obj is None:  # "allowed [inspectors back in]": the parser makes the one let in a clause's subject
        clause = args.child(verb, ("ccomp", "xcomp"))
        obj = args.child(clause, ("nsubj",)) if clause is not None else None
    if obj is None:
        return None
    words = {obj.lemma_.lower(), *(c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod"))}
    code = next((ADMITTED[w] for w in words if w in ADMITTED), None)
    actor = att.inp.actors.get(obj.i)
    if code is None and actor is not None and (actor.code.startswith(("IGO", "NGO"))):
        code = "086"  # "allowed the Red Cross to visit detainees"
    if code is None:
        return None
    att.code, att.origin = code, ""
    return obj.text


@rule("welcomed-visitor", "trigger", "verb")
def welcomed_visitor(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Hanoi welcomed a delegation from Beijing": receiving a visitor is hosting a visit (043; the visitor's
    042 follows, see hosted-visit); "welcomed the decision" is praise, left to the lexicon."""
    verb = att.trigger
    if verb.lemma_.lower() not in HOSTING or args.is_passive(verb):
        return None
    obj = args.child(verb, ("dobj",))
    if obj is None:
        return None
    actor = att.inp.actors.get(obj.i)
    visitor = obj.lemma_.lower() in VISITOR_NOUNS or (actor is not None and coder.is_person(actor))
    if not visitor:
        return None
    att.code, att.origin = "043", ""
    return obj.text


@rule("verb-lexicon", "trigger", "verb")
def verb_lexicon(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Russia shelled Kharkiv": a verb row of the lexicon (most specific first) names the act."""
    entry = coder.match_verb(att.trigger)
    if entry is None:
        return None
    att.code, att.origin, att.entry = entry.code, entry.origin, entry
    verb = att.trigger
    # the act's own noun is not a second event: "imposed sanctions", "sanctions imposed by"
    for c in [*verb.children, verb.head] if verb.dep_ == "acl" else verb.children:
        if c.dep_ in ("dobj", "nsubjpass") or c.i == verb.head.i:
            noun = coder.lexicon.nouns.get(c.lemma_.lower())
            if noun is not None and noun.code[:2] == entry.code[:2]:
                att.consumed.add(c.i)
    att.confidence = 0.7 if entry.objects else 0.6
    return entry.origin


@rule("light-verb-noun", "trigger", "verb")
def light_verb_noun(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Turkey launched a new round of airstrikes": a light verb takes its code from the event noun."""
    verb = att.trigger
    if verb.lemma_.lower() not in coder.lexicon.light_verbs:
        return None
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in SERIES_NOUNS:
            c = next((o for w, o in args.prep_objects(c) if w == "of"), c)  # "a new round of talks"
        if c.dep_ in ("dobj", "nsubjpass", "pobj") and c.lemma_.lower() in coder.lexicon.nouns:
            noun = coder.lexicon.nouns[c.lemma_.lower()]
            att.code, att.origin, att.act_noun = noun.code, noun.origin, c
            att.consumed.add(c.i)
            return noun.origin
    return None


@rule("transfer-to-party", "trigger", "verb")
def transfer_to_party(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Qatar shipped 40 tonnes of medical supplies to Beirut": handing weapons, relief or money to a named
    party is aid (072, 073, 071); the recipient must be named (see transfer-needs-recipient)."""
    verb = att.trigger
    if verb.lemma_.lower() not in TRANSFER_VERBS:
        return None
    if not any(w in ("to", "for") for w, _ in args.prep_objects(verb)) and args.child(verb, ("dative",)) is None:
        return None
    themes = args.complement_lemmas(verb, None)
    codes = {TRANSFER_THEMES[t] for t in themes if t in TRANSFER_THEMES}
    if len(codes) != 1:
        return None
    att.code, att.origin = codes.pop(), ""
    att.themes = frozenset(t for t in themes if t in TRANSFER_THEMES)
    return ",".join(sorted(att.themes))


@rule("told-to", "trigger", "verb")
def told_to(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Brussels told Minsk to free the activists": telling a party to act is a demand (10x, refined by the
    act); the party told must be an actor (see demand-needs-party)."""
    verb = att.trigger
    if verb.lemma_.lower() not in DEMAND_TELLING:
        return None
    act = args.child(verb, ("xcomp",))
    told = args.child(verb, ("dobj",))
    if told is None or act is None or act.pos_ != "VERB" or is_reporter(told, coder.is_outlet):
        return None  # "told reporters to expect delays" reports
    att.code, att.origin = "100", ""
    return act.text


@rule("asked-to", "trigger", "verb")
def asked_to(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Manila asked Tokyo to expand joint patrols": asking a party to act is an appeal (02x, refined by the
    act asked for); the party asked must be an actor (see demand-needs-party)."""
    verb = att.trigger
    if verb.lemma_.lower() not in APPEALING or args.is_passive(verb):
        return None
    act = args.child(verb, ("xcomp",))
    asked = args.child(verb, ("dobj",))
    if asked is None or act is None or act.pos_ != "VERB" or is_reporter(asked, coder.is_outlet):
        return None
    att.code, att.origin = "020", ""
    return act.text


@rule("ultimatum", "trigger")
def ultimatum(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Brussels told Minsk to free the activists or face sanctions": "or face" after a demanded act is a
    threat (13x) from the one demanding to the one asked."""
    verb = att.trigger  # the tagger often reads this "face" as a noun; its link says it is the verb
    if verb.lower_ not in ("face", "faces") or verb.dep_ != "conj" or verb.i == 0 or verb.doc[verb.i - 1].lower_ != "or":
        return None
    act = verb.head
    demander = act.head if act.dep_ in ("xcomp", "ccomp") else None
    if demander is None or demander.pos_ != "VERB":
        return None
    asked = args.subject_of(act)
    speaker = args.subject_of(demander)
    if asked is None or speaker is None or asked.i == speaker.i:
        return None
    sources = coder.actors_at(speaker, att.inp)
    if not sources:
        return None
    att.sources = sources
    att.targets = coder.find_targets([asked], sources, att.inp)
    obj = args.child(verb, ("dobj",))
    noun = coder.lexicon.nouns.get(obj.lemma_.lower()) if obj is not None else None
    att.code = (coder.shift_code("threat", noun.code) if noun is not None else None) or "130"
    att.origin = noun.origin if noun is not None else ""
    return demander.text


@rule("denial-of-act", "trigger", "verb")
def denial_of_act(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Damascus denied that its jets had bombed the camp": denying an act is a denial (016), asserted;
    the act denied, where coded, is `denied`."""
    verb = att.trigger
    if verb.lemma_.lower() not in DENIALS:
        return None
    act = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "pcomp") and c.pos_ in ("VERB", "AUX")), None)
    if act is None:  # "denied carrying out the strike": the parser makes the gerund an object
        act = next((c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "VBG"), None)
    if act is None:
        return None
    att.code, att.origin, att.no_target = "016", "", True
    return act.text


@rule("noun-lexicon", "trigger", "noun")
def noun_lexicon(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Russia's attack on Kyiv": a noun row of the lexicon names the act ("talks", plural only)."""
    noun = att.trigger
    entry = coder.lexicon.nouns.get(noun.lemma_.lower())
    if entry is None or (entry.noun in PLURAL_SENSE and noun.tag_ == "NN"):
        return None  # "talks" are negotiations; "a talk at a think tank" is a speech
    att.code, att.origin, att.confidence = entry.code, entry.origin, 0.5
    return entry.origin


# ---- source: who does it ----------------------------------------------------------------------------
@rule("subject", "source", "verb")
def subject(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The US and Britain condemned the test": the verb's subject, through control and coordination."""
    att.subject = args.subject_of(att.trigger)
    if att.subject is None:
        return None
    att.sources = coder.actors_at(att.subject, att.inp)
    return att.subject.text if att.sources else None


@rule("participle-of-act", "source", "verb")
def participle_of_act(coder: SentenceCoder, att: Attempt) -> str | None:
    """"the calls by Swedish officials asking Turkey to relent": a participle on a nominal act is done by
    the act's own doer."""
    verb = att.trigger
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.lemma_.lower() not in coder.lexicon.nouns:
        return None
    for tok in args.noun_source_candidates(noun):
        sources = coder.actors_at(tok, att.inp)
        if sources:
            att.sources = sources
            return tok.text
    return None


@rule("pronoun-speaker", "source", "verb")
def pronoun_speaker(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Russia said it would expel the diplomats": the pronoun of a reported clause is the speaker."""
    if att.subject is None:
        return None
    pron = coder.pronoun_actor(att.subject, att.trigger, att.inp)
    if pron is None:
        return None
    att.sources = [(att.subject, pron)]
    return pron.code


@rule("agentless-passive", "source", "verb")
def agentless_passive(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The Ukrainian army was authorized to strike": help given to a named state's organ by no named
    giver is kept with the giver unresolved (or the story's leading other state, where the pipeline
    gives one)."""
    verb, inp = att.trigger, att.inp
    if not args.is_passive(verb):
        return None
    pas = args.child(verb, ("nsubjpass",))
    acted_on = inp.actors.get(pas.i) if pas is not None else None
    if (
        coder.book[att.code].quad_class not in (1, 2) or acted_on is None or not acted_on.country
        or acted_on.resolved_by == "context"
    ):
        return None
    giver = inp.context_actor
    if giver is not None and giver.country == acted_on.country:
        return None
    if giver is None and coder.book[att.code].quad_class != 2:
        return None  # "Ethiopia was urged to ...": an appeal by no one named is no event; the act is requested
    if giver is None:
        giver = ActorRef(text="", code="", resolved_by="unresolved", entry="agentless passive: no giver named")
    att.sources = [(verb, giver)]
    att.confidence = 0.35
    return giver.code or "unresolved"


@rule("noun-owner", "source", "noun")
def noun_owner(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Russia's attack", "US sanctions", "an attack by rebels": the noun's owner or agent does it."""
    force = att.code[:2] in PLACE_TARGET_ROOTS
    for tok in args.noun_source_candidates(att.trigger):
        sources = coder.actors_at(tok, att.inp)
        if force and tok.dep_ == "compound":
            # "a Kabul car bombing": a capital before an act of force says where, not who; "a drone strike":
            # a weapon word is no sector of the state named elsewhere in the sentence
            sources = [(t, a) for t, a in sources if a.resolved_by not in ("metonym", "sector+place")]
        if sources:
            att.sources = sources
            return tok.text
    return None


@rule("circumstance-doer", "source", "noun")
def circumstance_doer(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The navy showed its strength during operations against the rebels": who acts in the course of the
    operations ran them."""
    host = args.circumstance_verb(att.trigger)
    if host is None or host.lemma_.lower() in coder.speech_verbs or coder.match_verb(host) is not None:
        return None
    subj = args.subject_of(host)
    att.sources = coder.actors_at(subj, att.inp) if subj is not None else []
    return subj.text if att.sources else None


@rule("governed-noun-doer", "source", "noun")
def governed_noun_doer(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Ankara is weighing a new offensive", "the union threatened a strike": the one who plans, weighs,
    orders or threatens a nominal act does it (its modality comes from the governing verb)."""
    noun = att.trigger
    head = noun.head
    if noun.dep_ != "dobj" or head.pos_ != "VERB":
        return None
    lemma = head.lemma_.lower()
    if lemma not in ACT_GOVERNORS and not (lemma in ("rule", "exclude") and not_ruled_out(head)):
        return None
    subj = args.subject_of(head)
    att.sources = coder.actors_at(subj, att.inp) if subj is not None else []
    return f"{head.text} {subj.text}" if att.sources else None


@rule("unnamed-attacker", "source", "noun")
def unnamed_attacker(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Two soldiers were killed in a drone strike", "an airstrike killed 12 civilians": violence told from
    the victims' side keeps the attacker unresolved (the event is flagged, never guessed)."""
    noun = att.trigger
    if att.code[:2] not in ("18", "19", "20"):
        return None
    verb = _victim_verb(noun)
    if verb is None:
        return None
    att.sources = [(noun, ActorRef(text="", code="", resolved_by="unresolved", entry="attacker not named"))]
    att.confidence = 0.4
    return verb.text


# ---- target: to whom --------------------------------------------------------------------------------
@rule("admitted", "target", "verb")
def admitted(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Tehran allowed IAEA inspectors back in": the party let in is the target; aid let in goes to the
    place it is let into ("let aid convoys into Gaza")."""
    if att.made_by != "allowed-in":
        return None
    verb = att.trigger
    clause = args.child(verb, ("ccomp", "xcomp"))
    obj = args.child(verb, ("dobj",)) or (args.child(clause, ("nsubj",)) if clause is not None else None)
    into = [o for h in (verb, clause, obj) if h is not None for w, o in args.prep_objects(h) if w in ("into", "to", "in")]
    toks = [*into, obj] if att.code == "0863" else [obj, *into]
    att.targets = coder.find_targets(toks, att.sources, att.inp, places=att.code == "0863")
    return att.targets[0][0].text if att.targets else None


@rule("act-doer", "target", "verb")
def act_doer(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Berlin condemned an attack by Russia on Kyiv": a reaction to an act is aimed at whoever did it, not
    at the place or party the act hit; with no doer named it has no target."""
    verb = att.trigger
    if verb.lemma_.lower() not in args.RECEPTION | args.ALLEGING or att.code[:2] not in REACTION_ROOTS | {"05"}:
        return None
    obj = args.child(verb, ("dobj",))
    if obj is None or obj.lemma_.lower() not in coder.lexicon.nouns or obj.i in att.inp.actors:
        return None
    att.targets = coder.find_targets(args.noun_source_candidates(obj), att.sources, att.inp)
    if not att.targets and coder.lexicon.nouns[obj.lemma_.lower()].code[:2] in ("18", "19", "20"):
        att.no_target = True  # "condemned the attack on Kyiv": the attacker is not named
        return None
    return att.targets[0][0].text if att.targets else None


@rule("visitor", "target", "verb")
def visitor(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Hanoi welcomed a delegation from Beijing": the visitor is the delegation's sender, or the person."""
    if att.made_by != "welcomed-visitor":
        return None
    obj = args.child(att.trigger, ("dobj",))
    senders = [o for w, o in args.prep_objects(obj) if w in ("from", "of")]
    att.targets = coder.find_targets([*senders, obj], att.sources, att.inp)
    return att.targets[0][0].text if att.targets else None


@rule("object", "target", "verb")
def verb_object(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Germany sent tanks to Ukraine": the object, recipient or prepositional object that is an actor."""
    verb, code, entry = att.trigger, att.code, att.entry
    toks: list[Token] = args.noun_target_candidates(att.act_noun) if att.act_noun is not None else []
    toks += args.object_candidates(verb)
    # the object an entry asks for is the thing handed over or imposed, not who receives it
    if entry is not None:
        att.themes = entry.objects if entry.objects and entry.prep is None else frozenset()
    if att.act_noun is not None:
        att.themes = frozenset((att.act_noun.lemma_.lower(),))
    if code[:2] in ("06", "07"):  # material help goes to whoever receives it: "extradited X to the US"
        toks = [o for w, o in args.prep_objects(verb) if w in ("to", "for")] + toks
    # a place is the target of force used on it ("shelled the city of Kharkiv"), not of talks held there
    att.on_places = code[:2] in PLACE_TARGET_ROOTS or code in VISIT_CODES or code in WITHDRAWALS
    att.conflict = code[:2] not in PARTNER_ROOTS or code in WITHDRAWALS
    att.targets = coder.find_targets(toks, att.sources, att.inp, att.themes, att.on_places, att.conflict)
    return att.targets[0][0].text if att.targets else None


@rule("asked-party", "target", "verb")
def asked_party(coder: SentenceCoder, att: Attempt) -> str | None:
    """"China demanded that the Philippines remove the ship": who is asked is the asked act's subject."""
    if att.code[:2] not in ("02", "10"):
        return None
    act = args.embedded_act(att.trigger)
    asked = args.subject_of(act) if act is not None else None
    if asked is None:
        return None
    att.targets = coder.find_targets([asked], att.sources, att.inp)
    return asked.text if att.targets else None


@rule("received-from", "target", "verb")
def received_from(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Serbia rejected a proposal by Croatia": the act received came from its maker."""
    if att.trigger.lemma_.lower() not in args.RECEPTION:
        return None
    obj = args.child(att.trigger, ("dobj",))
    if obj is None:
        return None
    att.targets = coder.find_targets(args.noun_source_candidates(obj), att.sources, att.inp)
    return obj.text if att.targets else None


@rule("warned-about", "target", "verb")
def warned_about(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Tehran warned that Israel would be punished": a threat is aimed at the one its clause is about."""
    if att.code[:2] != "13":
        return None
    clause = args.child(att.trigger, ("ccomp",))
    if clause is None:
        return None
    toks = [c for c in clause.children if c.dep_ in ("nsubjpass", "nsubj", "dobj")]
    att.targets = coder.find_targets(toks, att.sources, att.inp)
    return clause.text if att.targets else None


@rule("governed-act-object", "target", "verb")
def governed_act_object(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Pyongyang threatened to use nuclear weapons against Seoul": the governed act names the target."""
    act = args.child(att.trigger, ("xcomp",))
    if act is None:
        return None
    att.targets = coder.find_targets(
        args.object_candidates(act), att.sources, att.inp, att.themes, att.on_places, att.conflict
    )
    return act.text if att.targets else None


@rule("victims", "target", "noun")
def victims(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Five Malian soldiers died in the ambush": the ones killed or wounded by the act are its target."""
    verb = _victim_verb(att.trigger)
    if verb is None:
        return None
    hurt = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")] if att.trigger.dep_ == "nsubj" else [
        c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")
    ]
    att.targets = coder.find_targets(hurt, att.sources, att.inp, places=True)
    return att.targets[0][0].text if att.targets else None


@rule("noun-object", "target", "noun")
def noun_object(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Russia's attack on Kyiv", "talks with Iran": the noun's prepositional object."""
    code = att.code
    source_toks = {s.i for s, _ in att.sources}
    att.targets = [
        (t, a)
        for t, a in coder.find_targets(
            args.noun_target_candidates(att.trigger), att.sources, att.inp,
            places=code[:2] in PLACE_TARGET_ROOTS or code in WITHDRAWALS,
            conflict=code[:2] not in PARTNER_ROOTS or code in WITHDRAWALS,
        )
        if t.i not in source_toks
    ]
    return att.targets[0][0].text if att.targets else None


@rule("receiver", "target", "noun")
def receiver(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Moscow ignored appeals from Kyiv": the one who receives a verbal act (01-13) is its target."""
    if att.code[:2] >= "14":
        return None  # "Riyadh condemned an attack by the Houthis": the condemner is not the one attacked
    recv = args.receiving_subject(att.trigger)
    if recv is None:
        return None
    att.targets = coder.actors_at(recv, att.inp)
    return recv.text if att.targets else None


@rule("means-of-killing", "target", "verb")
def means_of_killing(coder: SentenceCoder, att: Attempt) -> str | None:
    """"A bomb planted by the militants killed four soldiers": the ones the planted means killed are the
    target of planting it."""
    verb = att.trigger
    noun = verb.head
    if verb.dep_ != "acl" or noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in VICTIM_VERBS:
        return None
    hurt = [c for c in noun.head.children if c.dep_ == "dobj"]
    att.targets = coder.find_targets(hurt, att.sources, att.inp, places=True)
    return att.targets[0][0].text if att.targets else None


@rule("move-referent", "target", "verb")
def move_referent(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Budapest vetoed the package, a move that Berlin condemned": a reaction to "a move" is aimed at the
    one who made the move in the main clause."""
    verb = att.trigger
    noun = verb.head
    if verb.dep_ != "relcl" or noun.lemma_.lower() not in MOVE_NOUNS or noun.dep_ not in ("appos", "npadvmod", "dobj"):
        return None
    main = noun.head
    for _ in range(3):
        if main.pos_ in ("VERB", "AUX"):
            break
        main = main.head
    subj = args.subject_of(main) if main.pos_ in ("VERB", "AUX") else None
    if subj is None:
        return None
    att.targets = coder.find_targets([subj], att.sources, att.inp)
    return subj.text if att.targets else None


# ---- close: build the candidates, or veto -----------------------------------------------------------
@rule("weak-noun-unaimed", "close", "noun", veto=True)
def weak_noun_unaimed(coder: SentenceCoder, att: Attempt) -> str | None:
    """"his campaign for the Senate": a weak noun names an act only when aimed ("operations against X")."""
    if att.trigger.lemma_.lower() in coder.lexicon.weak_nouns and not _aimed(att.trigger):
        return att.trigger.text
    return None


@rule("transfer-needs-recipient", "close", "verb", veto=True)
def transfer_needs_recipient(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The firm shipped drones to the front": aid needs a named recipient; else it is trade or logistics."""
    return att.code if att.made_by == "transfer-to-party" and not att.targets else None


@rule("demand-needs-party", "close", "verb", veto=True)
def demand_needs_party(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The minister told reporters to expect delays": telling someone who is no actor is no demand."""
    return att.code if att.made_by in ("told-to", "ultimatum", "asked-to") and not att.targets else None


@rule("hosted-visit", "close")
def hosted_visit(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Jakarta hosted the Australian prime minister": a hosted visit gives the host's 043 and the
    visitor's 042."""
    if att.code != "043" or not att.targets:
        return None
    from brinkwatch.coding.coder import Candidate

    nominal = att.kind == "noun"
    out = []
    for s_tok, source in att.sources:
        for t_tok, target in att.targets:
            if target.code == source.code:
                continue
            out.append(Candidate(att.trigger, "043", source, target, s_tok, t_tok, att.origin, nominal, att.confidence))
            out.append(Candidate(att.trigger, "042", target, source, t_tok, s_tok, att.origin, nominal, att.confidence))
    if not out:
        return None
    att.candidates = out
    return f"{len(out) // 2} visits"


@rule("symmetric-pair", "close")
def symmetric_pair(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Armenia and Azerbaijan clashed on the border": conjoined parties act on each other, both ways."""
    if att.targets or len(att.sources) < 2 or not att.code.startswith(SYMMETRIC_CODES):
        return None
    from brinkwatch.coding.coder import Candidate

    out = []
    nominal = att.kind == "noun"
    for s_tok, source in att.sources:  # every party to every other: "Cyprus, Greece and Israel met"
        for o_tok, other in att.sources:
            if other.code != source.code:
                out.append(Candidate(att.trigger, att.code, source, other, s_tok, o_tok, att.origin, nominal,
                                     att.confidence))
    if not out:
        return None
    att.candidates = out
    return f"{len(out)} directions"


@rule("light-noun-needs-target", "close", "verb", veto=True)
def light_noun_needs_target(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The army launched an operation": a weak event noun after a light verb needs a target."""
    if not att.targets and att.act_noun is not None and att.act_noun.lemma_.lower() in coder.lexicon.weak_nouns:
        return att.act_noun.text
    return None


@rule("support-of-thing", "close", "verb", veto=True)
def support_of_thing(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The minister supported education reform": praise or support of a thing, not of an actor."""
    if att.targets or att.code[:3] not in ("050", "051", "052", "053") or (att.entry is not None and att.entry.objects):
        return None
    obj = args.child(att.trigger, ("dobj",))
    return obj.text if obj is not None and obj.pos_ != "PRON" else None


@rule("cut-needs-partner", "close", veto=True)
def cut_needs_partner(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The premier will isolate at home": reducing or breaking relations is with someone; sanctions (163)
    may be told without their target."""
    if not att.targets and att.code[:2] == "16" and att.code[:3] != "163":
        return att.code
    return None


@rule("meeting-needs-partner", "close", veto=True)
def meeting_needs_partner(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The ministers discussed the match", "an AU summit": a meeting, visit or talk is with someone."""
    if not att.targets and att.code[:2] == "04" and att.code != "045":
        return att.code
    return None


# ---- candidate: vetoes and code changes, one candidate at a time ------------------------------------
@rule("sports-contest", "candidate", veto=True)
def sports_contest(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Sinner beat Medvedev in the Australian Open final": a contest in sport is no use of force."""
    if cand.code[:2] not in ("17", "18", "19", "20", "11"):
        return None
    word = next((t for t in cand.trigger.sent if t.lemma_.lower() in SPORTS_WORDS and t.pos_ == "NOUN"), None)
    return word.text if word is not None else None


@rule("standing-state", "candidate", veto=True)
def standing_state(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Turkey is already under EU sanctions": a state an actor is under is a standing relation, not news."""
    trig = cand.trigger
    if cand.nominal and trig.dep_ == "pobj" and trig.head.lower_ == "under":
        return trig.head.text
    return None


@rule("state-dissent", "candidate", veto=True)
def state_dissent(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"The president held rallies across the country": political dissent (14x) is not done by the state."""
    # lawmakers do protest (walkouts, hunger strikes): only the executive, forces and courts do not
    return cand.source.sector if cand.code[:2] == "14" and cand.source.sector in ("GOV", "MIL", "COP", "JUD") else None


@rule("labour-strike", "candidate")
def labour_strike(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Nurses in Kenya went on strike", "the federation called a general strike": a civil group's strike
    (or a general, hunger or wildcat strike) is a labour or protest strike (143, 142), not an air strike."""
    trigger = cand.trigger
    if cand.code[:2] not in ("19", "14"):
        return None
    struck = [trigger, *(c for c in trigger.children if c.dep_ == "dobj"), *(o for _, o in args.prep_objects(trigger))]
    strikes = [t for t in struck if t.lemma_.lower() in STRIKE_WORDS]
    if not strikes:
        return None
    modifiers = {c.lower_ for t in strikes for c in t.children if c.dep_ in ("amod", "compound")}
    kinds = {CIVIL_STRIKE_MODIFIERS[m] for m in modifiers if m in CIVIL_STRIKE_MODIFIERS}
    if cand.code[:2] == "14":  # already a protest: only a hunger strike changes it
        if "142" in kinds and cand.code[:3] != "142":
            cand.code = "142"
            return "142"
        return None
    striker = cand.source_tok is not None and (
        cand.source_tok.lemma_.lower() in STRIKER_WORDS
        or any(c.lemma_.lower() in STRIKER_WORDS for c in cand.source_tok.children if c.dep_ in ("compound", "amod"))
    )
    if cand.source.sector in CIVIL_SECTORS or kinds or striker:
        cand.code = "142" if "142" in kinds else "143"
        return cand.code
    return None


@rule("protest-at-government", "candidate")
def protest_at_government(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Climate activists blocked a motorway in Utrecht": a domestic protest that names no target is aimed
    at its own government (CAMEO's convention for 14x); the target says so in its entry."""
    src = cand.source
    if cand.code[:2] != "14" or cand.target is not None or not src.country or src.sector not in PROTESTERS:
        return None
    cand.target = ActorRef(
        text="", code=src.country + "GOV", country=src.country, sector="GOV", resolved_by="convention",
        entry="protest with no named target: its own government", kind="sector",
    )
    return cand.target.code


@rule("non-human-killed", "candidate", veto=True)
def non_human_killed(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"The ministry ordered the killing of 300,000 pigs": killing is force only against people."""
    if (cand.code in ("1823", "186") or cand.code[:2] == "20") and cand.target is None and _killed_non_human(cand.trigger):
        return cand.trigger.text
    return None


@rule("civil-retreat", "candidate", veto=True)
def civil_retreat(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"German firms plan to pull out of Iran": a business leaving is no military withdrawal."""
    return cand.source.sector if cand.code in MILITARY_RETREAT and cand.source.sector in CIVIL_SECTORS else None


@rule("quoted-pronoun", "candidate", veto=True)
def quoted_pronoun(coder: SentenceCoder, cand: Candidate) -> str | None:
    """'"He will pay for this," the minister said': a pronoun in a quotation is the speaker's world."""
    return "quoted" if cand.source.resolved_by == "pronoun" and _quoted(cand.trigger) else None


@rule("empty-offer", "candidate", veto=True)
def empty_offer(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"The pope offered to kiss members of the crowd": an offer of nothing political."""
    if cand.code[:2] != "03" or cand.nominal:
        return None
    offered = args.child(cand.trigger, ("xcomp",))
    if offered is not None and offered.pos_ == "VERB" and coder.asked_code(cand.trigger) is None:
        return offered.text
    return None


@rule("not-ruled-out", "candidate", veto=True)
def exclusion_not_made(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Seoul would not rule out joint drills with Tokyo": not excluding an act is no rejection; the act
    itself, where coded, is considered."""
    return cand.trigger.text if cand.code[:2] == "12" and not_ruled_out(cand.trigger) else None


@rule("politician-rally", "candidate", veto=True)
def politician_rally(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Senator Warren rallied supporters in Ohio": a named politician's rally is campaigning."""
    return cand.source.text if cand.code == "141" and coder.is_person(cand.source) else None


@rule("personal-attack-verbal", "candidate")
def personal_attack_verbal(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Biden attacked Trump over the tariffs": one person's attack on a person or an idea is verbal (111);
    "Putin attacked Ukraine" (a state as target) stays force."""
    if cand.trigger.lemma_.lower() not in VERBAL_ATTACK_VERBS:
        return None  # "Nasrallah threatened to strike Israel" is force
    if cand.code in VERBAL_WHEN_PERSONAL and coder.is_person(cand.source) and (
        cand.target is None or coder.is_person(cand.target)
    ):
        cand.code = "111"
        return "111"
    return None


# ---- claim: code shifts once the modality is read ---------------------------------------------------
@rule("requested-act", "claim")
def requested_act(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Appeals from Qatar to halt the attacks": the act an appeal or demand asks for is requested."""
    if cand.requested_by is not None and cand.mod.modality == "asserted":
        cand.mod = ModalityResult("requested", cand.requested_by.text, cand.requested_by)
        return cand.requested_by.text
    return None


@rule("ultimatum-made", "claim")
def ultimatum_made(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Washington urged Tehran to halt enrichment or face sanctions": the threat was made (asserted), though
    the act it hangs on was only asked for."""
    if cand.made_by != "ultimatum":
        return None
    demander = cand.trigger.head.head
    cand.mod = _made(coder, demander)
    return demander.text


@rule("vow-of-force", "claim")
def vow_of_force(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Hezbollah vowed to retaliate against Israel": a vow or pledge of force or coercion is a threat (13x),
    asserted: the threat was made."""
    gov = cand.mod.governor
    if cand.mod.shift != "intent" or gov is None or gov.lemma_.lower() not in COMMISSIVES:
        return None
    if cand.code[:2] not in COERCIVE_ROOTS:
        return None
    new = coder.shift_code("threat", cand.code)
    if new is None:
        return None
    cand.code = new
    cand.mod = _made(coder, gov)
    return new


@rule("vowed-statement", "claim")
def vowed_statement(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Netanyahu vowed to press on with the offensive": vowing a refusal, demand or threat makes it
    (asserted); only the acts they speak of would be intended."""
    gov = cand.mod.governor
    if cand.mod.modality != "intended" or gov is None or gov.lemma_.lower() not in COMMISSIVES:
        return None
    if cand.code[:2] not in ("10", "11", "12", "13"):
        return None
    cand.mod = _made(coder, gov)
    return gov.text


@rule("intent-shift", "claim")
def intent_shift(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Japan pledged to send aid to Turkey": an announced cooperative act is coded as the pledge (03x),
    asserted: the pledge was made. An act with no intent code stays itself, intended ("will impose tariffs")."""
    if cand.mod.shift != "intent" or cand.mod.modality != "intended":
        return None
    new = coder.shift_code("intent", cand.code)
    if new is None or new == cand.code:
        return None
    cand.code = new
    cand.mod = _made(coder, cand.mod.governor) if cand.mod.governor is not None else ModalityResult("asserted", cand.mod.cue)
    return new


@rule("warned-act", "claim")
def warned_act(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Moscow warned it could cut off gas supplies to Moldova": a coercive act a warning says may come is
    the threat (13x), asserted."""
    if cand.code[:2] not in COERCIVE_ROOTS or cand.mod.modality not in ("hypothetical", "intended"):
        return None
    warner = _warning_over(cand.trigger)
    if warner is None:
        return None
    said_by = args.subject_of(warner)
    speaker = coder.actor_at(said_by, cand.inp) if said_by is not None else None
    if speaker is None or speaker.code != cand.source.code:
        return None  # "Russia could use ..., analysts warned": the warning is not Russia's
    new = coder.shift_code("threat", cand.code)
    if new is None:
        return None
    cand.code = new
    cand.mod = _made(coder, warner)
    return new


@rule("threat-shift", "claim")
def threat_shift(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Russia threatened to cut gas supplies": a threatened act is coded as the threat (13x)."""
    if cand.mod.shift == "threat":
        new = coder.shift_code("threat", cand.code)
        if new is not None and new != cand.code:
            cand.code = new
            return new
    return None


@rule("refusal", "claim")
def refusal(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Belgrade refused to recognise Kosovo", "Warsaw will not accept the quota": refusing a cooperative act
    is a rejection (12x), asserted; the act refused, where coded alone, stays negated."""
    if cand.mod.modality != "negated":
        return None
    gov = cand.mod.governor
    if gov is not None and gov.lemma_.lower() not in REFUSALS:
        return None
    if gov is None and not any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "shall") for c in cand.trigger.children):
        return None  # "did not attack" is an act that did not happen, not a refusal
    new = refusal_code(cand.code)
    if new is None:
        return None
    cand.code = new
    cand.mod = _made(coder, gov) if gov is not None else ModalityResult("asserted", cand.mod.cue)
    return new


@rule("request-refine", "claim")
def request_refine(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"The UN urged Israel to allow aid in": an appeal or demand is refined by the act it asks for."""
    code = cand.code
    if code[:2] not in ("02", "10") or len(code) > 3:
        return None
    asked = coder.asked_code(cand.trigger)
    if asked is None:
        return None
    new = coder.shift_code("request", asked, family=code[:2])
    if new is not None and new != code:
        cand.code = new
        return new
    return None


# ---- report: once attribution and date are read -----------------------------------------------------
@rule("claimant-not-actor", "report", veto=True)
def claimant_not_actor(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Reuters reported that Reuters staff were detained": the claimant of a report is never its actor."""
    if cand.source.name and any(a.kind in CLAIMANT_KINDS and cand.source.name in a.name for a in cand.attribution):
        return cand.source.name
    return None


@rule("historical-date", "report")
def historical_date(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Iraq invaded Kuwait in 1990": an act dated well before the story is historical."""
    from brinkwatch.coding.dates import is_background_date

    if cand.mod.modality == "asserted" and is_background_date(cand.ev_date, cand.published):
        cand.mod = ModalityResult("historical", cand.ev_date.text)
        return cand.ev_date.text
    return None


@rule("back-reference", "report")
def back_reference(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Israel struck Gaza in response to the Hamas raid that killed two soldiers": the act replied to is
    recalled, not news: historical."""
    if cand.mod.modality != "asserted":
        return None
    reply = _replied_to(cand.trigger)
    if reply is None:
        return None
    cand.mod = ModalityResult("historical", f"{reply.text} to")
    return reply.text


@rule("retrospective", "report")
def retrospective(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Generals drew lessons from the strikes": an act looked back on is historical."""
    from brinkwatch.coding.modality import background_cue

    if cand.mod.modality != "asserted":
        return None
    cue = background_cue(cand.trigger, coder.speech_verbs)
    if cue is None:
        return None
    cand.mod = ModalityResult("historical", cue)
    return cue


# ---- sentence: over all candidates ------------------------------------------------------------------
@rule("protest-demand", "sentence", veto=True)
def protest_demand(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Farmers blocked the motorway, demanding lower fuel taxes": a protest made to press a demand is one
    event, the protest for that aim (141 + 1042 -> 1412), aimed where the demand is aimed; violence by
    protesters pressing a demand is a violent protest (145x)."""
    dropped = []
    for demand in cands:
        if demand.code[:2] != "10" or demand.trigger.dep_ not in ("advcl", "xcomp", "acl", "conj"):
            continue
        protest = next(
            (p for p in cands if p.trigger.i == demand.trigger.head.i and p.source.code == demand.source.code
             and (p.code[:2] == "14" or p.code[:2] in ("17", "18", "19") and p.source.sector in PROTESTERS)),
            None,
        )
        if protest is None:
            continue
        if protest.code[:2] != "14":
            protest.code = "145"  # "protesters torched police cars, demanding ...": a violent protest
        aim = demand.code[3:4] if demand.code[:3] == "104" else ""
        if protest.code in PROTEST_WITH_AIMS and aim in ("1", "2", "3", "4"):
            protest.code += aim
        if protest.target is None and demand.target is not None:
            protest.target, protest.target_tok = demand.target, demand.target_tok
        protest.fired.append("protest-demand")
        dropped.append((demand, protest.trigger.text))
        asked = args.embedded_act(demand.trigger)  # what was demanded goes with the demand
        dropped += [(c, demand.trigger.text) for c in cands if asked is not None and c.trigger.i == asked.i]
    return dropped


@rule("allowed-act", "sentence", veto=True)
def allowed_act(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Kyiv allowed the Red Cross to visit prisoners": what the admitted party is let do is part of the
    allowing (086x), not its own event."""
    dropped = []
    for cand in cands:
        if cand.made_by != "allowed-in":
            continue
        for clause in (c for c in cand.trigger.children if c.dep_ in ("ccomp", "xcomp")):
            dropped += [(o, cand.trigger.text) for o in cands if o.trigger.i == clause.i]
    return dropped


@rule("means-of-act", "sentence", veto=True)
def means_of_act(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"US forces killed the general in an airstrike": killing by a named means is coded by the means (195),
    one event."""
    dropped = []
    for cand in cands:
        if cand.trigger.lemma_.lower() not in KILLING or cand.code[:2] not in ("18", "19", "20"):
            continue
        for word, obj in args.prep_objects(cand.trigger):
            noun = coder.lexicon.nouns.get(obj.lemma_.lower()) if word in ("in", "with", "by") else None
            if noun is None or noun.code[:2] not in ("18", "19", "20"):
                continue
            cand.code = noun.code
            cand.fired.append("means-of-act")
            dropped += [(o, cand.trigger.text) for o in cands if o.trigger.i == obj.i]
            break
    return dropped


@rule("referenced-act", "sentence", veto=True)
def referenced_act(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Jakarta condemned Israel's strikes on Iran", "Berlin accused Kigali of arming the rebels": an act
    named as what a reaction, statement, demand or cut is about is part of that event, not a new one."""
    dropped = []
    for cand in cands:
        host = _argument_of(cand.trigger)
        if host is None or host.lemma_.lower() in GOVERNOR_LEMMAS | WARNINGS | DENIALS | UNANSWERED:
            # "threatened a strike", "denied the shelling": the governed act carries the event; "ignored
            # appeals from Paris": appeals left unanswered stand as made
            continue
        other = next((o for o in cands if o is not cand and o.trigger.i == host.i and o.code[:2] in REACTION_ROOTS), None)
        if other is not None:
            dropped.append((cand, other.trigger.text))
    return dropped


@rule("condition-of-threat", "sentence", veto=True)
def condition_of_threat(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Brussels threatened Tehran with sanctions if it sent missiles to Moscow": the condition of a threat
    or demand is no event."""
    dropped = []
    for cand in cands:
        clause = cand.trigger
        for _ in range(3):
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children) or clause.head.i == clause.i:
                break
            clause = clause.head
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children):
            continue
        other = next((o for o in cands if o.trigger.i == clause.head.i and o.code[:2] in ("10", "13")), None)
        if other is not None:
            dropped.append((cand, other.trigger.text))
    return dropped


@rule("result-of-attack", "sentence", veto=True)
def result_of_attack(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Gunmen stormed the hotel, killing three guests": the deaths an attack caused are part of it."""
    dropped = []
    for cand in cands:
        trig = cand.trigger
        if trig.dep_ != "advcl" or trig.tag_ != "VBG" or trig.lemma_.lower() not in VICTIM_VERBS:
            continue
        other = next((o for o in cands if o.trigger.i == trig.head.i and o.code[:2] in ("18", "19", "20")), None)
        if other is not None:
            if other.target is None and cand.target is not None:  # the ones it killed are who it hit
                other.target, other.target_tok = cand.target, cand.target_tok
            dropped.append((cand, other.trigger.text))
    return dropped


@rule("governor-dropped", "sentence", veto=True)
def governor_dropped(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Russia threatened to strike Kyiv": the governing verb's own event goes when the governed act was
    coded (with its modality)."""
    dropped = []
    for c in cands:
        lemma = c.trigger.lemma_.lower()
        if c.nominal or lemma not in GOVERNOR_LEMMAS | WARNINGS:
            continue
        # a warning goes only for the coercive act it announces ("warned it could cut off aid")
        gov = next(
            (
                o for o in cands
                if o.trigger.i != c.trigger.i and _governed_by(o.trigger, c.trigger)
                and (lemma not in WARNINGS or o.code[:2] in COERCIVE_ROOTS)
            ),
            None,
        )
        if gov is not None:
            dropped.append((c, gov.trigger.text))
    return dropped


@rule("asked-act-dropped", "sentence", veto=True)
def asked_act_dropped(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Kyiv urged Berlin to send more air defences": the act asked for is part of the appeal or demand
    (02x/10x, refined by it), not an event of its own; only an act asked by an unnamed requester stays, as
    requested ("Israel was asked to open the crossing")."""
    dropped = []
    for cand in cands:
        if cand.code[:2] not in ("02", "10"):
            continue
        act = args.embedded_act(cand.trigger)
        if act is None:
            continue
        dropped += [(other, cand.trigger.text) for other in cands if other.trigger.i == act.i]
    return dropped
