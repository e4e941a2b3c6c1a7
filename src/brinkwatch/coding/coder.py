"""Event coding of one parsed sentence: triggers -> (source, target, CAMEO code, modality, attribution).

The transparent baseline: lexicon lookups on lemmas plus dependency patterns (arguments.py);
modality.py and attribution.py say how the act is claimed; dates, places and quantities are read
around the trigger. No event is produced without a resolved source actor and a trigger that means
the act; targets may be missing where the act has none.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span, Token

from brinkwatch.actors.gender import fits_pronoun
from brinkwatch.coding import arguments as args
from brinkwatch.coding.attribution import SPEECH_VERBS, find_attribution, is_reporter
from brinkwatch.coding.dates import MONTHS, WEEKDAYS, resolve_event_date
from brinkwatch.coding.lexicon import Lexicon, VerbEntry
from brinkwatch.coding.modality import NEGATE, ModalityResult, find_modality
from brinkwatch.coding.places import GEO_NOUNS, Place, find_location, gazetteer, place_country, place_ref
from brinkwatch.coding.quantities import find_quantities
from brinkwatch.coding.rules import Attempt, Trace, stage_rules
from brinkwatch.coding.rules.finding import stance_of
from brinkwatch.coding.rules.shared import CROWD_COUNTS, DEONTIC_AUX, PROTEST_ROOT, QUOTES, folded, quoted
from brinkwatch.model import ActorRef, Attribution, Event, EventDate
from brinkwatch.ontology.cameo import CameoCode, codebook

TRIGGER_POS = frozenset(("VERB",))
# vetoes that drop an act for want of its target, not because it did not happen: "Turkey began an offensive.
# Brussels condemned the move" still points at the offensive
WITHHOLDING_RULES = frozenset(("act-needs-target",))
# the usual way to find an actor: left out of an event's rule name ("verb-lexicon", not "verb-lexicon+subject")
PLAIN_STEPS = frozenset(("subject", "noun-owner", "object", "noun-object"))
# verbs whose clause's "it"/"they"/"we" is the speaker: "Russia warned it would respond"
SPEAKING = SPEECH_VERBS | frozenset("warn threaten vow pledge promise deny insist signal hint".split())
# verbs that frame a quotation without being speech verbs of reported clauses: the quotation's "I" and "we"
# are their subject ('Merkel spoke to reporters: "We urge Russia to withdraw"', '"I condemn it," tweeted Lee')
QUOTE_FRAMES = SPEAKING | frozenset("speak tweet post reply respond answer address".split())
FIRST_PERSON = frozenset(("i", "we"))
NOUN_POS = frozenset(("NOUN", "PROPN"))
PERSONAL_POSSESSIVES = frozenset(("his", "her"))
MODIFIER_ORDER = {"appos": 0, "flat": 1, "compound": 2, "amod": 3, "nmod": 4, "poss": 5}
NON_ACTOR_HEADS = frozenset(
    "gulf sea ocean strait peninsula island islands desert mountain mountains river coast bay channel "
    "dollar euro pound yuan ruble rouble rupee yen lira peso franc shekel rial won currency "
    "language time".split()
)
# "were hit by drone strikes", "artillery fire hit the town": a weapon that the lexicon files under a
# sector names, as a modifier, the kind of act, not the body that did it ("police raid" still does)
INSTRUMENT_SECTOR_WORDS = frozenset("drone drones warplane warplanes warship warships artillery".split())
# "issued a press release", "held a news conference": a sector word before a word for a way of speaking
# says how something was said, not to whom
SPEECH_FORM_HEADS = frozenset("release conference briefing statement freedom coverage interview".split())
GROUP_POSSESSIVES = frozenset(("its", "their"))
# people named by whom they stand against: "his critics", "Putin's rivals" are not his or Putin's
OPPOSING_NOUNS = frozenset(
    "critic opponent rival enemy foe adversary detractor challenger accuser opposer".split()
)
# a person's kin are other people: "West's family expressed concern" is not West expressing it
KIN_NOUNS = frozenset(
    "family relative wife husband spouse son daughter child brother sister mother father parent widow "
    "widower nephew niece cousin grandson granddaughter fiancee fiance".split()
)
OWNER_PRONOUNS = PERSONAL_POSSESSIVES | GROUP_POSSESSIVES
OBJECT_PRONOUNS = frozenset(("him", "her"))
TIME_UNITS = frozenset("second minute hour day week month year decade century night".split())
# verbs whose object is always a party, never a thing ("condemned it" may be a report; "accused it" is not)
PARTY_ACCUSING = frozenset(("accuse", "blame", "charge", "suspect", "fault"))
# adjectives of result that rows name as particles: "gunmen shot dead a police officer", "set the hostages free"
RESULT_PARTICLES = frozenset(("dead", "free"))
REGION_BODIES = frozenset(("state", "province"))  # "the state of Montana", "the province of Quebec"
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
# sectors that stand against their own state: "separatist rebels captured the Ukrainian city of Mariupol" is UKRREB -> UKR
NON_STATE_SECTORS = frozenset(("REB", "OPP", "INS"))
# a crowd counted, not named: "thousands marched", "hundreds of students rallied"
CROWD_SECTORS = frozenset(("OPP", "CVL", "LAB", "EDU"))
CROWD_PLACE_PREPS = frozenset(("in", "at", "near", "outside", "across", "from"))
SETTLEMENT_NOUNS = frozenset("city town village province region capital street district neighbourhood".split())
LARGE_CITY = 500_000  # people: a city this size named by another of its names is still surely meant
SMALL_TOWN = 15_000  # people: a town smaller than this never places a sector word on its own
# words for states that a count makes refer back: "both countries", "all three nations", "the two governments"
COUNTED_STATES = frozenset(("country", "nation", "state", "government"))
COUNT_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
DEFINITE_COUNTS = frozenset(("both", "all", "the", "these", "those"))
# what a pronoun's owner calls its own state: "his country", "their nation"
HOMELAND_NOUNS = frozenset(("country", "nation", "homeland", "motherland", "fatherland"))
# craft whose flag the sentence's one state does not give: "the Houthis attacked a tanker" (not Yemen's)
CRAFT_NOUNS = frozenset("ship vessel tanker supertanker freighter ferry boat airliner aircraft plane jet".split())


# verbs whose "to" is only ever a preposition: "succumbed to pressure", never an infinitive after them
PREPOSITIONAL_TO_VERBS = frozenset("succumb yield bow cave submit bend surrender accede".split())


def _to_noun_misread(tok: Token) -> bool:
    """'Kenya succumbed to pressure from Britain': the tagger may read "to pressure" as an infinitive; after
    a verb whose "to" is a preposition the word is a noun, and no act of pressing."""
    return (
        tok.dep_ == "xcomp" and tok.head.lemma_.lower() in PREPOSITIONAL_TO_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


# verbs whose infinitive is what they commit to, refuse or attempt, never what they are done for
INFINITIVE_GOVERNORS = frozenset(
    "vow pledge promise threaten refuse decline agree decide plan intend offer seek try attempt resolve undertake "
    "fail want ask urge press invite tell encourage pressure implore instruct".split())


def rehang_infinitives(sent: Span) -> None:
    """"Islamic State vowed in a video on Thursday to strike Paris again": with words between, the parser hangs
    the infinitive as a purpose clause (advcl); after a verb that takes one as its complement it is that
    complement (xcomp), as it is parsed without the words between. The parse is corrected in place."""
    for tok in sent:
        if tok.dep_ != "advcl" or tok.tag_ != "VB" or tok.head.lemma_.lower() not in INFINITIVE_GOVERNORS:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or any(c.dep_ == "xcomp" for c in tok.head.children):
            continue
        tok.dep_ = "xcomp"


# prepositions of place the parser reads as adjectives: "rallied outside parliament" (outside/amod, parliament/dobj)
PLACE_WORDS_READ_AS_ADJECTIVES = frozenset(("outside", "inside", "opposite", "beside"))


def rehang_place_words(sent: Span) -> None:
    """"Crowds rallied outside parliament": the parser may read "outside" as an adjective and the place as
    the verb's object; it is a preposition and its object, where the rally took place. Corrected in place."""
    for tok in sent:
        noun = tok.head
        if tok.lower_ not in PLACE_WORDS_READ_AS_ADJECTIVES or tok.dep_ != "amod" or noun.dep_ != "dobj":
            continue
        if noun.left_edge.i != tok.i and noun.left_edge.lower_ not in ("the", "a", "an"):
            continue
        verb = noun.head
        if verb.pos_ != "VERB":
            continue
        tok.head, tok.dep_, tok.pos_, tok.tag_ = verb, "prep", "ADP", "IN"
        noun.head, noun.dep_ = tok, "pobj"


# verbs whose object and a participle after it are rightly one clause: "witnesses saw soldiers firing on crowds"
PERCEIVING = frozenset("""see watch hear show film witness catch find spot notice observe photograph picture document
    record reveal capture describe depict expose video""".split())
CLAUSE_KEEPING_VERBS = SPEAKING | PERCEIVING  # read once, not per sentence


def rehang_participle_objects(sent: Span) -> None:
    """"Settlers beat farmers picking olives": the parser may read an object and the participle after it as a
    clause of their own (farmers/nsubj of picking/ccomp); the noun is the verb's object, the participle tells
    what it was doing. Verbs of seeing and saying keep the clause. Corrected in place."""
    for tok in sent:
        verb = tok.head
        if tok.dep_ != "ccomp" or tok.tag_ != "VBG" or tok.i < verb.i or verb.pos_ != "VERB":
            continue
        if verb.lemma_.lower() in CLAUSE_KEEPING_VERBS or any(c.dep_ == "dobj" for c in verb.children):
            continue
        if any(c.dep_ in ("aux", "auxpass", "mark") for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.left_edge.i != verb.i + 1 or subj.pos_ not in NOUN_POS:
            continue
        subj.head, subj.dep_ = verb, "dobj"
        tok.head, tok.dep_ = subj, "acl"


# nouns that rightly modify a verb as adverbs: "returned home", "met today"
ADVERBIAL_NOUNS = frozenset("home today tonight yesterday tomorrow overnight abroad downtown upstairs ahead".split())


def rehang_noun_objects(sent: Span) -> None:
    """"Syrian aircraft dropped sarin on the town": the parser may read a bare mass noun right after the verb
    as an adverb (sarin/advmod); with no other object it is the verb's object. Corrected in place."""
    for tok in sent:
        verb = tok.head
        if tok.dep_ != "advmod" or tok.tag_ != "NN" or tok.i != verb.i + 1 or verb.pos_ != "VERB":
            continue
        if tok.lower_ in ADVERBIAL_NOUNS or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
            continue
        tok.dep_ = "dobj"


def _in_possessor(tok: Token) -> bool:
    """True for a word in a possessive phrase: "Saudi Arabia's" (both words), "Kenya's"."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "poss"


# endings of a practice or plight ("disenfranchisement", "activism", "farming"); not "-tion" (a police station)
PRACTICE_SUFFIXES = ("ment", "ism", "ing")
PLACE_ING = frozenset(("building", "housing", "landing", "crossing", "clearing"))


def _restraint_code(code: str | None) -> str | None:
    """What asking a party not to do, or to stop, an act of `code` asks for: de-escalation (087) of force,
    easing (080) of protest, reduced relations or coercion; None for any other act."""
    if code is None or code[:2] not in ("14", "15", "16", "17", "18", "19", "20"):
        return None
    return "087" if code[:2] in ("15", "18", "19", "20") else "080"


def _modifies_thing(tok: Token) -> bool:
    """'were hit by drone strikes', 'in a press release': the word only says what kind of thing its head is."""
    if tok.dep_ not in ("compound", "amod", "nmod") or tok.head.pos_ != "NOUN":
        return False
    return tok.lower_ in INSTRUMENT_SECTOR_WORDS or tok.head.lemma_.lower() in SPEECH_FORM_HEADS


@lru_cache(maxsize=1)
def code_shifts() -> dict[str, list[tuple[str, str]]]:
    """shift kind -> [(code prefix, new code)], longest prefix first (data/lexicon/shifts.tsv)."""
    text = resources.files("brinkwatch").joinpath("data/lexicon/shifts.tsv").read_text(encoding="utf-8")
    table: dict[str, list[tuple[str, str]]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            kind, prefix, code = line.split("\t")[:3]
            table.setdefault(kind, []).append((prefix, code))
    for rows in table.values():
        rows.sort(key=lambda r: -len(r[0]))
    return table


def shift_code(kind: str, code: str, family: str = "02") -> str | None:
    """The code CAMEO uses for an act that is intended/threatened/requested rather than done."""
    if kind == "request" and family == "10":
        kind = "demand"  # "demanded talks" is 108, not the appeal's 026 moved to 106 (withdrawal)
    for prefix, new in code_shifts().get(kind, ()):
        if code.startswith(prefix):
            return new if new in codebook() else None
    return None


@dataclass(slots=True)
class SentenceInput:
    """A parsed sentence and what the document knows around it."""

    sent: Span  # the parsed sentence (its Doc holds only this sentence)
    offset: int  # character offset of the sentence's Doc in the document text
    index: int  # sentence index in the document
    actors: dict[int, ActorRef]  # parsed-doc token index -> actor covering it
    doc_id: str
    published: date | None
    outlet: str | None
    persons: list[tuple[int, ActorRef]] = field(default_factory=list)  # (doc offset, person), in order
    groups: list[tuple[int, ActorRef]] = field(default_factory=list)  # (doc offset, state or body), in order
    places: set[str] | None = None  # states of places named in the sentence, computed on first use
    earlier: list[Event] = field(default_factory=list)  # the story's events in the sentences before this one
    # acts of this sentence withheld for want of a target: not output, but told ("the move" may point at them)
    withheld: list[Event] = field(default_factory=list)
    named_place: bool = False  # a capital was read as a place only ("in the Paris suburb of Nanterre")
    crowd_only: bool = False  # no table names an actor: only a crowd protesting in a place may be coded
    text: str = ""  # the document's text
    context_start: int = 0  # document offset where the sentences read as this one's context begin

    def person_before(self, position: int, pronoun: str = "", besides: tuple[ActorRef, ...] = ()) -> ActorRef | None:
        """The last person or role mentioned before `position` whom `pronoun` ("his", "her") can stand for,
        passing over those `besides` (the doer, where the pronoun cannot be theirs)."""
        cut = bisect.bisect_left(self.persons, position, key=lambda p: p[0])
        return next((a for _, a in reversed(self.persons[:cut]) if fits_pronoun(pronoun, a)
                     and not any(_same_actor(a, b) for b in besides)), None)

    def group_before(self, position: int) -> ActorRef | None:
        """The last state or body named before `position` in this sentence (for "its", "their")."""
        cut = bisect.bisect_left(self.groups, position, key=lambda p: p[0])
        return self.groups[cut - 1][1] if cut and self.groups[cut - 1][0] >= self.offset else None


def _same_actor(a: ActorRef, b: ActorRef) -> bool:
    """One person twice: the same name, or the same code where neither is named."""
    return a.name == b.name if a.name and b.name else bool(a.code) and a.code == b.code


@dataclass(slots=True)
class Candidate:
    trigger: Token
    code: str
    source: ActorRef
    target: ActorRef | None
    source_tok: Token
    target_tok: Token | None
    entry: str
    nominal: bool = False
    confidence: float = 0.6
    requested_by: Token | None = None  # the appeal or demand that asks for this act
    made_by: str = ""  # the trigger rule
    target_unnamed: bool = False  # the rules found that the sentence does not name whom the act is aimed at
    fired: list[str] = field(default_factory=list)  # later rules that changed it
    vetoed_by: str = ""  # the rule that dropped it, if one did
    other_party: tuple[int, ActorRef] | None = None  # the one party besides the doer, when withheld for want of a target
    mod: ModalityResult = field(default_factory=ModalityResult)
    attribution: list[Attribution] = field(default_factory=list)
    ev_date: EventDate | None = None
    published: date | None = None
    inp: SentenceInput | None = None  # the sentence it was found in (set by decide)


# words before a sector word that spread it over many states: "European governments", "Western diplomats"
MANY_STATES_WORDS = frozenset("""european western arab african asian gulf foreign other international regional
    neighbouring neighboring allied world nordic baltic balkan""".split())
# a state has one of each: the plural is several states' ("governments", "parliaments")
ONE_PER_STATE = frozenset("government parliament cabinet regime administration".split())


def _many_states(tok: Token) -> bool:
    """"European governments", "foreign ministers", "governments": a sector word spread over several states."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in MANY_STATES_WORDS for c in tok.children):
        return True
    return tok.tag_ == "NNS" and tok.lemma_.lower() in ONE_PER_STATE


def _place_states(tokens: Iterable[Token], inp: SentenceInput) -> set[str]:
    """States of the places (cities, regions) named among `tokens` outside the sentence's actor mentions, each
    read at the last word of its name ("New York" at "York")."""
    found: set[str] = set()
    for tok in tokens:
        if tok.pos_ == "PROPN" and tok.i not in inp.actors and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].pos_ != "PROPN"):
            place = place_country(tok, inp.sent)
            if place is not None and _surely_named(place, tok):
                found.add(place.iso3)
    return found


# the parts of an armed or political group that work in one land: "Islamic State's Afghan affiliate"
BRANCH_NOUNS = frozenset("affiliate branch wing offshoot franchise cell chapter faction".split())
# words that take part of a group: "some of its members", "most of the rebels"
PARTITIVE_WORDS = frozenset("some many several most all few none each any".split())


def _venue_style(inp: SentenceInput, i: int) -> bool:
    """Is token `i` a nationality word describing a venue named after a place preposition ("at an Irish pub",
    "in a Turkish restaurant"), the venue itself being no actor?"""
    tok = inp.sent.doc[i]
    head = tok.head
    return tok.dep_ == "amod" and head.i not in inp.actors and head.dep_ == "pobj" \
        and head.head.lower_ in VENUE_PREPS and head.pos_ == "NOUN" \
        and head.lemma_.lower() not in GEO_NOUNS and head.lower_ not in GEO_NOUNS  # "in Iranian cities" is Iran


VENUE_PREPS = frozenset("at in inside outside near".split())
# a state's own people that its acts may be aimed at, as themes of the act: dissidents and prisoners released
OWN_PEOPLE_SECTORS = frozenset(("OPP", "CVL", "REF"))


class SentenceCoder:
    def __init__(self, lexicon: Lexicon, actors, coder_version: str, coder: str = "rules"):
        self.lexicon = lexicon
        self.actors = actors
        self.is_outlet = actors.is_outlet
        self.coder_version = coder_version
        self.coder = coder
        self.book = codebook()
        self.speech_verbs = SPEECH_VERBS
        self.is_person = _is_person
        self.shift_code = shift_code
        self.trace: Trace | None = None

    # ---- actors -------------------------------------------------------------------------------------
    def actor_at(self, tok: Token, inp: SentenceInput, depth: int = 0, places: bool = False) -> ActorRef | None:
        """The actor a noun-phrase head stands for: itself, its modifiers, or 'of X'; with `places`,
        also a named place as the state it lies in (targets: "shelled the city of Kharkiv")."""
        if tok.i in inp.actors:
            actor = inp.actors[tok.i]
            if actor.resolved_by != "role":
                return actor
            # a role yields to a state named in its own phrase ("the government of Egypt")
            owner = self._group_of(tok)
            named = self.actor_at(owner, inp, depth + 1) if owner is not None and depth < 2 else None
            if named is not None:
                return self._with_sector(named, tok)
            return actor
        if places and tok.pos_ == "PROPN":
            place = place_country(tok, inp.sent)
            if place is not None:
                return place_ref(tok, place, inp.offset)
        if tok.lower_ in PERSONAL_POSSESSIVES:
            return inp.person_before(inp.offset + tok.idx, tok.lower_)
        if tok.lower_ in GROUP_POSSESSIVES and tok.dep_ == "poss":
            return inp.group_before(inp.offset + tok.idx)
        if _the_country(tok):
            # "Indonesia's anti-graft body is investigating the country's agriculture minister": the state
            # named before it in its sentence
            before = inp.group_before(inp.offset + tok.idx)
            return ActorRef(text=tok.text, code=before.country, country=before.country, resolved_by="antecedent",
                            kind="state", entry=f"'the {tok.lower_}' = {before.entry}",
                            start=inp.offset + tok.idx, end=inp.offset + tok.idx + len(tok.text)) \
                if before is not None and before.country else None
        if depth >= 3 or tok.pos_ in ("VERB", "AUX"):
            return None
        if tok.lemma_.lower() in BRANCH_NOUNS and tok.i not in inp.actors:
            # "Islamic State's Afghan affiliate", "the Syrian branch of al-Qaeda": a branch is its group's, not
            # the state of the land it works in
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            owner = owner or next((o for w, o in args.prep_objects(tok) if w == "of"), None)
            found = self.actor_at(owner, inp, depth + 1, places) if owner is not None else None
            if found is not None and found.kind != "state":
                return found
        if tok.pos_ == "NUM" or tok.lower_ in PARTITIVE_WORDS and tok.pos_ in ("PRON", "DET", "ADJ"):
            # "two of its fighters", "some of the protesters": part of a group is of the group
            part = next((o for w, o in args.prep_objects(tok) if w == "of"), None)
            return self.actor_at(part, inp, depth + 1, places) if part is not None else None
        # an apposition names the head itself ("his opponent, Biden"); a possessive only its owner
        for c in sorted(tok.children, key=lambda c: MODIFIER_ORDER.get(c.dep_, 9)):
            if c.dep_ in MODIFIER_ORDER:
                if tok.lemma_.lower() in NON_ACTOR_HEADS and c.dep_ in ("compound", "amod", "nmod"):
                    continue  # "the Persian Gulf", "US dollars": a place or a currency, not an actor
                if c.dep_ == "poss" and tok.lemma_.lower() in OPPOSING_NOUNS | KIN_NOUNS:
                    continue  # "his critics blame him", "Putin's rivals", "his family": not their owner
                if c.dep_ == "compound" and c.i not in inp.actors and self.actors.sector_of([c.text, tok.text]):
                    continue  # "government forces" is one sector phrase (MIL), not the government's forces
                found = self.actor_at(c, inp, depth + 1, places)
                if found is not None:
                    if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS:
                        return self._owned_by(found, tok, inp)
                    if c.dep_ == "poss" and found.resolved_by != "place":
                        # "Kenya's main doctors' union": a sector word owned by a state is that state's sector
                        return self._with_sector(found, tok)
                    return found
        region_state = self._region_government(tok, inp)
        if region_state is not None:
            return region_state
        obj = self._group_of(tok) if tok.lemma_.lower() not in KIN_NOUNS else None  # "the family of Navalny"
        owner = self.actor_at(obj, inp, depth + 1, places) if obj is not None else None
        if owner is not None:
            return self._with_sector(owner, tok)
        # "accused police of brutality": an "of" phrase that names no one leaves the word to its sentence
        if depth <= 1 and tok.pos_ in NOUN_POS:
            return self.placed_sector(tok, inp)
        return None

    def _names_kind_of_head(self, tok: Token, sector: str) -> bool:
        """'two people smugglers': "people" says whom the smugglers smuggle; the head is the actor (CRM)."""
        head = tok.head
        return (
            sector == "CVL" and tok.dep_ == "compound" and head.pos_ == "NOUN"
            and self.actors.sector_of([head.lemma_]) is not None
        )

    @staticmethod
    def _only_state_is_patient(tok: Token, inp: SentenceInput) -> bool:
        """'Facilities belonging to Saudi Arabia's oil company were hit by militants': the doer of a
        passive ("by" phrase) is not the state whose property or people the subject names."""
        head = tok.head if tok.dep_ in ("compound", "amod") else tok
        if head.dep_ != "pobj" or head.head.dep_ != "agent":
            return False
        subjects = [c for c in head.head.head.children if c.dep_ in ("nsubjpass", "nsubj")]
        inside = {t.i for s in subjects for t in s.subtree}
        stated = [i for i, a in inp.actors.items() if a.country]
        # only an owner ("Saudi Arabia's"): "a Pakistani student was killed by a mob" names a mob of his own land
        return bool(stated) and all(i in inside and _in_possessor(tok.doc[i]) for i in stated)

    @staticmethod
    def _only_state_is_acted_on(tok: Token, inp: SentenceInput, local: bool = False) -> bool:
        """'The senator criticized China', 'the ministry condemned the attack on Iran', 'the minister insisted
        that Poland sign': an organ of a state never takes the state its own verb acts on, speaks of or
        meets; a state named only where the act happens still counts ("In Kenya, police arrested two men").
        (Protesters and strikers are left to the one-state reading: "protesters stormed Kenya's parliament".)
        Police (`local`) act where they are: "Police clashed with protesters in Lima" are Peru's, wherever the
        parser hangs the place."""
        head = tok
        while head.dep_ in ("compound", "amod") and head.head is not head:
            head = head.head
        if head.dep_ != "nsubj":
            return False
        verb = head.head
        inside = {
            t.i for c in verb.children
            if c.dep_ in ACTED_ON_DEPS or (c.dep_ == "prep" and c.lower_ not in SCENE_PREPS)
            for t in c.subtree
        }
        own = {t.i for t in head.subtree}
        stated = [i for i, a in inp.actors.items() if a.country and i not in own]
        if any(i not in inside for i in stated):
            return False  # a state named outside what the verb acts on: no place needs looking up
        if local and any(t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS
                         and place_country(t, inp.sent) is not None for t in inp.sent):
            return False
        places = [t.i for t in inp.sent if t.pos_ == "PROPN" and t.i not in inp.actors
                  and place_country(t, inp.sent) is not None]
        return bool(stated or places) and all(i in inside for i in places)

    @staticmethod
    def _places_named(inp: SentenceInput) -> set[str]:
        """States of the places (cities, regions) a sentence names outside its actor mentions (once a sentence)."""
        if inp.places is not None:
            return inp.places
        inp.places = _place_states(inp.sent, inp)
        return inp.places

    def _reported_clause(self, tok: Token, inp: SentenceInput) -> Token | None:
        """The clause that `tok` stands in where a teller who is no party reports it: "the government criticized
        X" in "the government criticized X, ABC of Australia reported" ("Caracas said it would free activists":
        the speaker is a party, and its state counts)."""
        clause = next((a for a in tok.ancestors if a.dep_ == "ccomp" and a.head.lemma_.lower() in self.speech_verbs), None)
        if clause is None:
            return None
        teller = args.subject_of(clause.head)
        if teller is None:
            return None
        actor = inp.actors.get(teller.i)
        return clause if actor is None or actor.sector == "MED" else None  # a news medium is no party either

    @staticmethod
    def _states_within(clause: Token, inp: SentenceInput) -> set[str]:
        """States of the actors and places named inside `clause`'s words."""
        first, last = clause.left_edge.i, clause.right_edge.i
        found = {a.country for i, a in inp.actors.items() if first <= i <= last and a.country}
        return (found | _place_states(clause.subtree, inp)) - {None}

    @staticmethod
    def _actor_states(inp: SentenceInput, skip_venues: bool = False) -> set[str]:
        """The states of the sentence's actors; with `skip_venues`, not one named only as the style of a place
        where something happened ("met officers at an Irish pub" names no Irish party)."""
        return {a.country for i, a in inp.actors.items() if a.country and not (skip_venues and _venue_style(inp, i))}

    @staticmethod
    def _namesake_of(state: str, inp: SentenceInput, states: set[str]) -> bool:
        """True when each place of `state` the sentence names shares its name with a city of a state its
        actors belong to: "Pedro Sanchez urged protesters in the province of Cordoba to go home" means
        Cordoba in Spain, not the larger Cordoba in Argentina."""
        if not states or state in states:
            return False
        gaz = gazetteer()
        hits = [
            tok for tok in inp.sent
            if tok.pos_ == "PROPN" and tok.i not in inp.actors
            and (place := place_country(tok, inp.sent)) is not None and place.iso3 == state
        ]
        for tok in hits:
            if not any(gaz.iso3.get(p.iso2 or "") in states for p in gaz.cities.get(tok.lower_, [])):
                return False
        return bool(hits)

    @staticmethod
    def _group_of(tok: Token) -> Token | None:
        """'the presidents of Venezuela and Guyana', 'thousands of protesters': the group's owner."""
        if tok.pos_ not in NOUN_POS:
            return None
        if tok.lemma_.lower() in SPOKESPEOPLE:
            # "Omar Haddad, a spokesman for the army, blamed ...": a spokesperson speaks for the body named
            for word, obj in args.prep_objects(tok):
                if word in ("for", "of"):
                    return obj
            return None
        if tok.lemma_.lower() not in GROUP_NOUNS:
            return None
        for word, obj in args.prep_objects(tok):
            if word == "of" or (word == "from" and tok.lemma_.lower() in SENT_GROUPS):
                return obj  # "negotiators from Colombia and the ELN"
        return None

    def _with_sector(self, actor: ActorRef | None, group: Token) -> ActorRef | None:
        """A state named after a group word takes the word's sector: 'the army of Sudan' -> SDNMIL."""
        if actor is None or not actor.country or actor.sector:
            return actor
        # the word as written first: "forces" is MIL, its lemma "force" is no sector word; with its compounds
        # first: "the country's Attorney General" is JUD, whatever "General" alone would be
        compounds = [c.lower_ for c in group.lefts if c.dep_ == "compound"]
        sector = (compounds and self.actors.sector_of([*compounds, group.lower_])) \
            or self.actors.sector_of([group.lower_]) or self.actors.sector_of([group.lemma_])
        if sector is None:
            return actor
        return ActorRef(
            text=actor.text, code=actor.country + sector, country=actor.country, sector=sector, name=actor.name,
            resolved_by="sector", entry=f"{actor.entry} + sector word {group.lemma_!r}", start=actor.start, end=actor.end,
        )

    @staticmethod
    def _region_government(tok: Token, inp: SentenceInput) -> ActorRef | None:
        """'The ACLU sued the state of Montana': a federal state or province named as "the state of X" is
        its country's government (the sector the gold conventions give governors and state officials)."""
        if tok.lemma_.lower() not in REGION_BODIES:
            return None
        for word, obj in args.prep_objects(tok):
            if word != "of" or obj.pos_ != "PROPN":
                continue
            place = place_country(obj, inp.sent)
            if place is None or place.precision != "region":
                return None
            return ActorRef(
                text=f"{tok.text} of {obj.text}", code=place.iso3 + "GOV", country=place.iso3, sector="GOV",
                resolved_by="region", kind="sector", entry=f"government of {place.name} ({place.iso3})",
                start=inp.offset + tok.idx, end=inp.offset + obj.idx + len(obj.text),
            )
        return None

    def _owned_by(self, owner: ActorRef, head: Token, inp: SentenceInput) -> ActorRef:
        """'The minister thanked the people of his country', 'the rebels accused their government':
        a part of a state owned by a pronoun is the owner's state with the part's sector; "his
        country" is the owner's state itself."""
        if not owner.country:
            return owner
        lemma = head.lemma_.lower()
        sector = None if lemma in HOMELAND_NOUNS else self.actors.sector_of([lemma])
        if lemma not in HOMELAND_NOUNS and (sector is None or sector == owner.sector):
            return owner
        return ActorRef(
            text=head.text, code=owner.country + (sector or ""), country=owner.country, sector=sector,
            resolved_by="possessive", kind="state" if sector is None else "sector",
            entry=f"{owner.entry} owns {lemma!r}" + ("" if sector is None else f" (sector {sector})"),
            start=inp.offset + head.idx, end=inp.offset + head.idx + len(head.text),
        )

    def placed_sector(self, tok: Token, inp: SentenceInput) -> ActorRef | None:
        """'police in Iran', 'protesters ... in Belgrade': a bare sector word takes the country of a
        place named with it, else of the one state named in the sentence."""
        # "presidential guard", "riot police", "security forces": the longest phrase ending in the word
        modifiers = [c for c in tok.lefts if c.dep_ in ("amod", "compound")]
        sector = None
        for start in range(len(modifiers) + 1):
            words = [m.text for m in modifiers[start:]]
            sector = self.actors.sector_of([*words, tok.text]) or self.actors.sector_of([*words, tok.lemma_])
            if sector is not None:
                break
        if sector is None or _modifies_thing(tok) or self._names_kind_of_head(tok, sector) or self._kind_of_practice(tok):
            return None
        if sector == "MIL" and _led_by_non_state(tok, inp):
            sector = "REB"  # "Kurdish-led forces in northeast Syria": forces a people or movement leads are no army
        return self.organ_at_place(tok, sector, inp)

    def organ_at_place(self, tok: Token, sector: str, inp: SentenceInput) -> ActorRef | None:
        """The state of an organ named by `tok` ("police in Iran", "Judge Ann Cole" of a court in California):
        a place named with it, else the one state the sentence names, unless that state is only acted on."""
        if _many_states(tok):
            return None  # "European governments refused", "foreign ministers met": no one state's body
        countries: list[str] = []
        for word, obj in args.prep_objects(tok):
            if word == "of" and obj.tag_ == "NNS" and self.actors.sector_of([obj.lemma_]) is not None:
                return None  # "an assembly of foreign ministers in Cairo": a gathering of many, not Egypt's body
            if word not in ("in", "of", "from", "at", "near"):
                continue
            actor = inp.actors.get(obj.i)
            place = place_country(obj, inp.sent) if actor is None else None
            if place is not None and not _surely_named(place, obj):
                place = None
            country = actor.country if actor is not None else (place.iso3 if place is not None else None)
            own = self._actor_states(inp) if place is not None else set()
            if len(own) == 1 and self._namesake_of(place.iso3 or "", inp, own):
                # "Pedro Sanchez urged protesters in Cordoba": Spain's Cordoba, not the larger Argentine one
                country = next(iter(own))
            if country:
                countries = [country]
                break
        if not countries and (sector == "MIL" or tok.lemma_.lower() in CRAFT_NOUNS) and self.actors.country_only([tok.text]):
            return None  # "water bombing by aircraft", "attacked a tanker": a craft's state comes only from its own words
        if not countries and _names_a_body(tok, inp):
            return None  # "a rally organized by Women for America First", "Walter Reed Hospital": a name's word
        how = "a place named with it"
        if not countries:
            how = "the one state named in the sentence"
            # the one state the sentence names, counting places ("the hospital in Khan Younis" is in Palestine)
            states = self._actor_states(inp, skip_venues=True)
            states |= {s for s in self._places_named(inp) if not self._namesake_of(s, inp, states)}
            reported = self._reported_clause(tok, inp)
            if reported is not None and len(states) == 1:
                states &= self._states_within(reported, inp)  # "..., ABC of Australia reported": not the teller's
            if len(states) != 1 or self._only_state_is_patient(tok, inp) or (
                sector in STATE_ORGANS and self._only_state_is_acted_on(tok, inp, sector == "COP")
            ):
                return None
            countries = list(states)
        country = countries[0]
        return ActorRef(
            text=tok.text, code=country + sector, country=country, sector=sector, resolved_by="sector+place",
            entry=f"sector word {tok.lemma_!r} + {how} ({country})",
            start=inp.offset + tok.idx, end=inp.offset + tok.idx + len(tok.text),
        )

    def crowd_at_place(self, head: Token, trigger: Token, inp: SentenceInput) -> ActorRef | None:
        """'Thousands of women marched in Istanbul', 'workers at a plant near Chennai went on strike': a crowd
        that protests where the act or the crowd is placed is that country's people (OPP; labour or students
        keep their sector). Only a place named for the act or the crowd counts, never one named elsewhere."""
        if head.lemma_.lower() in CROWD_COUNTS:
            crowd = next((o for w, o in args.prep_objects(head) if w == "of"), None)
            sector = "OPP" if crowd is None else self.actors.sector_of([crowd.lemma_.lower()])
            head = crowd or head
        else:
            sector = self.actors.sector_of([head.lemma_.lower()])
        if head.tag_ not in ("NNS", "NNPS") and head.lemma_.lower() not in CROWD_COUNTS:
            return None  # "a woman marched": one person is no crowd
        if sector not in CROWD_SECTORS or head.i in inp.actors:
            return None
        country = self._crowd_place(head, trigger, inp)
        if country is None:
            return None
        sector = sector if sector in ("LAB", "EDU") else "OPP"
        return ActorRef(
            text=head.text, code=country + sector, country=country, sector=sector, resolved_by="crowd+place",
            kind="sector", entry=f"crowd {head.lemma_!r} protesting in a place of {country}",
            start=inp.offset + head.idx, end=inp.offset + head.idx + len(head.text),
        )

    @staticmethod
    def _crowd_place(head: Token, trigger: Token, inp: SentenceInput) -> str | None:
        """The state of the place named for the crowd ('workers at a plant near Chennai') or for its act
        ('marched through Budapest'), else of the act's location."""
        named = [t for t in head.subtree if t.dep_ == "pobj" and t.head.lower_ in CROWD_PLACE_PREPS]
        named += [o for w, o in args.prep_objects(trigger) if w in CROWD_PLACE_PREPS or w == "through"]
        # "held rallies in Algeria": the place of the act's noun
        named += [o for c in trigger.children if c.dep_ == "dobj" for w, o in args.prep_objects(c) if w == "in"]
        for obj in named:
            place = place_country(obj, inp.sent)
            if place is not None and _surely_named(place, obj):
                # the parser may read a list's second name as an apposition: "in Algeria, Libya, Morocco and Mali"
                listed = [*obj.conjuncts, *(a for c in obj.children if c.dep_ == "appos" for a in (c, *c.conjuncts))]
                others = {p.iso3 for c in listed if (p := place_country(c, inp.sent)) is not None}
                if others - {place.iso3}:
                    return None  # "rallies in Algeria, Libya and Mali": each place's own people, not one state's
                return place.iso3
            if obj.lemma_.lower() in SETTLEMENT_NOUNS:
                # "in several Iranian cities": towns of a state named by its adjective
                state = next((inp.actors[c.i] for c in obj.children if c.dep_ == "amod" and c.i in inp.actors
                              and inp.actors[c.i].kind == "state"), None)
                if state is not None and state.country:
                    return state.country
        location = find_location(inp.sent, trigger)
        return location.iso3 if location is not None else None

    def _kind_of_practice(self, tok: Token) -> bool:
        """'voter disenfranchisement', 'peasant farming', 'student activism': a singular sector word naming
        whose practice or plight a noun is (no act of the lexicon, which a doer may own: 'police crackdown')."""
        head = tok.head
        if tok.dep_ != "compound" or tok.tag_ != "NN" or head.pos_ != "NOUN" or head.i == tok.i:
            return False
        lemma = head.lemma_.lower()
        return lemma.endswith(PRACTICE_SUFFIXES) and lemma not in PLACE_ING and lemma not in self.lexicon.nouns

    def actors_at(
        self, tok: Token, inp: SentenceInput, places: bool = False, as_target: bool = False
    ) -> list[tuple[Token, ActorRef]]:
        """The actor at `tok` and at each conjoined phrase ("the US and Britain")."""
        counted = self._states_counted(tok, inp)
        if counted:
            return counted
        out = []
        owner = self._group_of(tok)
        if owner is not None and owner.conjuncts:
            # "the foreign ministers of India and China": one actor per state, even when the first
            # state's phrase was read as one mention
            for t in (owner, *owner.conjuncts):
                actor = self._with_sector(self.actor_at(t, inp), tok)
                if actor is not None:
                    out.append((t, actor))
            if len(out) > 1 or tok.i not in inp.actors:
                return out
            out = []
        adjectives = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.conjuncts]
        listed = _listed_modifiers(tok, inp)
        if adjectives or listed:
            # "Armenian and Azerbaijani negotiators", "the Indian and French navies": one actor per state
            for adj in listed or (adjectives[0], *adjectives[0].conjuncts):
                actor = self._with_sector(inp.actors.get(adj.i), tok)
                if actor is not None:
                    out.append((adj, actor))
            if len(out) > 1:
                return out
            out = []
        for t in (tok, *tok.conjuncts, *coordinated_mentions(tok, inp)):
            if t.i < tok.i and t.i in (c.i for c in tok.conjuncts):
                continue
            # an outlet's words are no place ("the BBC"): an outlet acted on is tried first
            actor = (self._outlet_acted_on(t, inp) if as_target else None) or self.actor_at(t, inp, places=places)
            # reporters are never the actors of what they report, but may suffer acts ("journalists were detained")
            if actor is not None and (as_target or not is_reporter(t, self.is_outlet)):
                if t.i != tok.i and any(a.code == actor.code for _, a in out):
                    continue  # "President Biden and Secretary Blinken met Kishida": one party per state organ
                out.append((t, actor))
        return out

    def _states_counted(self, tok: Token, inp: SentenceInput) -> list[tuple[Token, ActorRef]]:
        """'Chad, Niger and Mali met in Bamako, and all three nations pledged troops': a counted state word
        with no "of" phrase stands for the states named before it in its sentence, when they are as many as
        it counts ("both countries": two); any other number of them and it stands for no one."""
        if tok.lemma_.lower() not in COUNTED_STATES or tok.i in inp.actors or self._group_of(tok) is not None:
            return []
        words = {c.lower_ for c in tok.lefts}
        counts = [COUNT_WORDS[w] for w in words if w in COUNT_WORDS]
        if len(counts) != 1 or not words & DEFINITE_COUNTS:
            return []  # "two countries condemned it" names two states not yet named; "the two countries" refers back
        named: dict[str, tuple[Token, ActorRef]] = {}
        for t in inp.sent[: tok.i - inp.sent.start]:
            actor = inp.actors.get(t.i)
            if actor is not None and actor.country and actor.code == actor.country and actor.kind != "person":
                named.setdefault(actor.code, (t, actor))
        if len(named) != counts[0]:
            return []
        return [(tok, self._with_sector(actor, tok) or actor) for _, actor in named.values()]

    def pronoun_actor(self, tok: Token, verb: Token, inp: SentenceInput) -> ActorRef | None:
        """'Russia said it would ...': a pronoun subject of a reported clause is the speaker."""
        if tok.pos_ != "PRON" or tok.lower_ not in ("it", "they", "we", "i"):
            return None
        if tok.lower_ == "i" and (tok.text != "I" or not quoted(tok)):
            return None  # '"I urge Iran to talk," the minister said': "I" in a quotation is its speaker
        # a quotation's "I" or "we" is whoever frames the quotation, with any verb of speaking or posting
        in_quote = tok.lower_ in FIRST_PERSON and quoted(tok)
        frames = QUOTE_FRAMES if in_quote else SPEAKING
        clause = tok.head  # the verb of the pronoun's own clause ("it had no plans", "it would send")
        gov = clause.head
        for _ in range(3):
            if gov.lemma_.lower() in frames or gov.head.i == gov.i or clause.dep_ not in ("ccomp", "conj", "xcomp"):
                break
            clause, gov = gov, gov.head
        plain = gov.lemma_.lower() in SPEAKING  # a verb of reported speech governs the pronoun's clause
        if (gov.i == clause.i or gov.lemma_.lower() not in frames) and in_quote:
            gov = _quote_frame(tok) or gov  # the parser hung the quotation elsewhere: find its frame
            plain = False
        if gov.i != clause.i and gov.lemma_.lower() in frames:
            speaker = args.subject_of(gov)
            if speaker is None and in_quote:
                speaker, plain = _inverted_speaker(gov), False
            if speaker is None or speaker.i == tok.i:
                return None
            if not in_quote and tok.lower_ in ("it", "they") and any(
                    c.dep_ == "aux" and c.lower_ in DEONTIC_AUX for c in tok.head.children):
                told = next((c for c in gov.children if c.dep_ in ("dobj", "dative")), None)
                if told is not None:
                    # "Germany warned Russia that it must withdraw": what must be done is asked of the one told
                    return self.actor_at(told, inp)
            plural = speaker.tag_ in ("NNS", "NNPS") or bool(speaker.conjuncts)
            # "it" stands for one state or body, "they" for several; "we" for either
            if (tok.lower_ == "it" and plural) or (tok.lower_ == "they" and not plural and speaker.pos_ != "PROPN"):
                return None
            actor = self.actor_at(speaker, inp)
            if actor is not None and tok.lower_ == "it" and _is_person(actor) and not _speaks_for_body(speaker):
                return None  # a person is "he" or "she", never "it" (but "the army's spokesman said it ...")
            if not plain and (actor is None or not actor.code):
                return None  # a frame read past the parse names a known speaker or no one
            return actor
        return None

    def find_targets(
        self, toks: list[Token], sources: list[tuple[Token, ActorRef]], inp: SentenceInput, themes=frozenset(),
        places: bool = False, conflict: bool = True,
    ) -> list[tuple[Token, ActorRef]]:
        """The first acceptable actor among `toks`, looking into each one's modifiers and prepositional
        phrases ("aid worth $300 million to Ukraine", "targets in southern Lebanon")."""
        src_codes = {a.code for _, a in sources}
        src_countries = {a.country for _, a in sources if a.country}
        src = {(a.country, a.sector, _is_person(a)) for _, a in sources}

        def acceptable(actor: ActorRef) -> bool:
            if actor.code in src_codes and not _other_person(actor, sources):
                return False
            # the same state on both sides is a domestic event between two distinct sectors, or between a
            # named person and an organ of their state ("Biden accused Trump")
            return all(
                actor.country != c
                or (actor.sector != sec and bool(actor.sector and sec))
                or (_is_person(actor) and person)
                or (_is_person(actor) and bool(sec)) or (person and bool(actor.sector))
                # "separatist rebels captured the Ukrainian city of Mariupol": a state's rebels, opposition or
                # insurgents act on the state as a whole
                or (not actor.sector and not _is_person(actor) and sec in NON_STATE_SECTORS and not person)
                for c, sec, person in src
            )

        queue = [(tok, 0, _prep_word(tok)) for tok in toks]
        people = {tok.i for tok in toks if tok.i not in inp.actors and self._people_word(tok)}
        seen: set[int] = set()
        while queue:
            tok, depth, via = queue.pop(0)
            if tok.i in seen:
                continue
            seen.add(tok.i)
            if _on_behalf(tok):
                continue
            if self.matter_over(tok, inp):
                # whose the matter is, else where it is, still names whom it concerns: "alarm over Israel's war in
                # Gaza" (Israel), "concern over the crisis in Myanmar"
                if depth < 2:
                    queue.extend((c, depth + 1, "poss") for c in tok.children if c.dep_ == "poss")
                    queue.extend((obj, depth + 1, word) for word, obj in args.prep_objects(tok) if word == "in")
                continue
            theme = depth == 0 and tok.lemma_.lower() in themes
            pointed = self._object_pronoun(tok, inp, src_codes)
            if pointed is not None:
                if acceptable(pointed):
                    return [(tok, pointed)]
                continue
            pointed = self._object_it(tok, inp, src_codes) or self._the_country(tok, inp, src_countries)
            if pointed is not None:
                if acceptable(pointed):
                    return [(tok, pointed)]
                continue
            organ = self._organ_facility(tok, inp) if depth == 0 else None
            if organ is not None:
                if acceptable(organ):
                    return [(tok, organ)]
                continue
            group = self._plural_object_pronoun(tok, inp)
            if group is not None:
                group = [(t, a) for t, a in group if acceptable(a)]
                if group:
                    return group
                continue
            found = [
                (t, a) for t, a in self.actors_at(tok, inp, places=places, as_target=True)
                # "send US troops": the sender's own forces; "send more troops" names no other state's troops, whatever
                # state an earlier sentence gave its navies
                # ("released political prisoners": a state's own dissidents are not its means, but those acted on)
                # (a plural: "expressed opposition to" is no one)
                if not (theme and ((a.country in src_countries
                                    and (a.sector not in OWN_PEOPLE_SECTORS or _is_person(a) or t.tag_ != "NNS"))
                                   or a.resolved_by == "antecedent"))
            ]
            if found or not theme:
                if via in LOCATIVE_PREPS:
                    # "signed a deal in Pretoria", "fighting in Khartoum": a capital after "in" is a place,
                    # the target only of force, and then as the state, not its government
                    found = [
                        (t, _people_of(a) if _placed_under(t, people) else _as_place(a)) for t, a in found
                        # "condemned the coup in Niger" names a state; "praised the plan at a US think tank" no one
                        if places or (conflict and a.resolved_by not in ("metonym", "place"))
                    ]
                found = [(t, a) for t, a in found if acceptable(a)]
                if found:
                    if depth == 0:
                        found += [(t, a) for c in args.misread_conjuncts(tok)
                                  for t, a in self.actors_at(c, inp, as_target=True) if acceptable(a)]
                    return found
            if depth < 2 and tok.lemma_.lower() not in NON_ACTOR_HEADS:
                for word, obj in args.prep_objects(tok):
                    # "banned flights from Brazil": what comes from a place is aimed at by way of it
                    if word in SUBTREE_TARGET_PREPS or (word == "from" and tok.lemma_.lower() in args.ORIGIN_NOUNS) or (
                        word == "about" and tok.lemma_.lower() in REMARK_NOUNS
                    ) or (word == "by" and tok.lemma_.lower() in args.WRONGDOING_NOUNS) or (
                        # "shot civilians in villages around Kharkiv": where people acted on live
                        word == "around" and (tok.i in people or _placed_under(tok, people))
                    ):
                        queue.append((obj, depth + 1, word if word in LOCATIVE_PREPS else "prep"))
                for c in tok.children:
                    # a theme's own modifiers still say whose it is: "released Palestinian prisoners"
                    # ... but a possessive pronoun there is mostly the doer's own: "offering his condolences"
                    owned = theme and c.dep_ in ("compound", "poss", "nmod") and c.tag_ != "PRP$"
                    if c.dep_ in ("npadvmod", "amod", "appos", "conj") or owned:
                        # what hangs on a place is still a place: "in Niamey, Niger's capital"
                        queue.append((c, depth + 1, via if via in LOCATIVE_PREPS else c.dep_))
                    elif c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and (
                            conflict or c.lemma_.lower() not in FEELING_VERBS):
                        # "missiles targeting US troops", "an airstrike that killed the general" (who a tie
                        # alarmed is no partner of it: "deepening ties that have alarmed Australia")
                        queue.extend((o, depth + 1, "acl") for o in c.children if o.dep_ == "dobj")
                        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in HOLDING_VERBS:
                            # "the release of all hostages held by Hamas": the holder is who is asked to free them
                            agent = args.agent_of(c)
                            if agent is not None:
                                queue.append((agent, depth + 1, "prep"))
                        if c.dep_ == "acl" and c.tag_ == "VBN" and tok.lemma_.lower() in args.WRONGDOING_NOUNS:
                            # "an inquiry into war crimes committed by Russian forces": who did the wrong
                            agent = args.agent_of(c)
                            if agent is not None:
                                queue.append((agent, depth + 1, "prep"))
        return []

    def matter_over(self, tok: Token, inp: SentenceInput) -> bool:
        """"sanctions over the Ukraine crisis", "relations strained over the Kashmir dispute": a state of affairs
        after "over" is the matter of an act, and the states that name it are no party to it. The place it is in
        and whose it is still are (see find_targets); an act after "over" keeps its doer ("regret over Tokyo's
        decision"), and a party itself after "over" is one ("a victory over the rebels")."""
        return (tok.dep_ == "pobj" and tok.head.lower_ == "over" and tok.lemma_.lower() in MATTER_NOUNS
                and tok.i not in inp.actors)

    def _organ_facility(self, tok: Token, inp: SentenceInput) -> ActorRef | None:
        """"Gunmen stormed a Kabul police station", "militants attacked an army base in northern Mali": a post,
        base or convoy of a state's police or army is that organ of the state whose place or people the words
        name (AFGCOP, MLIMIL), not the place."""
        if tok.lemma_.lower() not in ORGAN_FACILITIES or tok.i in inp.actors:
            return None
        organ = next((c for c in tok.children if c.dep_ in ("compound", "amod") and c.i not in inp.actors
                      and self.actors.sector_of([c.lower_]) in STATE_ORGANS), None)
        if organ is None:
            return None
        sector = self.actors.sector_of([organ.lower_])
        named = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i != organ.i]
        named += [o for w, o in args.prep_objects(tok) if w in LOCATIVE_PREPS]
        states = set()
        for t in named:
            actor = inp.actors.get(t.i)
            place = place_country(t, inp.sent) if actor is None and t.pos_ == "PROPN" else None
            states.add(actor.country if actor is not None else place.iso3 if place is not None else None)
        states.discard(None)
        if len(states) != 1:
            return None
        country = states.pop()
        return ActorRef(
            text=organ.text, code=country + sector, country=country, sector=sector, resolved_by="sector+place",
            kind="sector", entry=f"a {organ.lower_} {tok.lemma_.lower()} in {country}",
            start=inp.offset + organ.idx, end=inp.offset + tok.idx + len(tok.text),
        )

    def _people_word(self, tok: Token) -> bool:
        """'civilians', 'women', 'residents': a word for a state's people at large (CVL)."""
        return tok.pos_ == "NOUN" and self.actors.sector_of([tok.lemma_.lower()]) == "CVL"

    def _object_pronoun(self, tok: Token, inp: SentenceInput, src_codes: set[str]) -> ActorRef | None:
        """'Merkel met Biden in Berlin and praised him': an object "him"/"her" is the latest person named
        before it in its sentence who is not the act's own doer (an object pronoun never stands for its
        clause's subject). Only within the sentence: the persons of earlier sentences are not all known."""
        if tok.tag_ != "PRP" or tok.lower_ not in OBJECT_PRONOUNS or tok.dep_ not in ("dobj", "pobj", "dative"):
            return None
        for t in reversed(inp.sent[: tok.i - inp.sent.start]):
            person = inp.actors.get(t.i)
            if person is None and t.pos_ == "PROPN" and self._unknown_name(t, inp):
                return None  # a name no table knows stands nearer: no guess past it
            if person is None or person.kind != "person" or person.resolved_by == "pronoun":
                continue
            if person.code in src_codes or not fits_pronoun(tok.lower_, person):
                continue  # "Biden met Merkel and praised her": not the man named nearer
            if not person.code:
                return None  # an unknown person stands nearest: no guess past them
            at = inp.offset + tok.idx
            return replace(person, resolved_by="pronoun", start=at, end=at + len(tok.text), text=tok.text)
        return None

    @staticmethod
    def _object_it(tok: Token, inp: SentenceInput, src_codes: set[str]) -> ActorRef | None:
        """'Seoul had criticised Tokyo, and Beijing accused it of distorting history': "it" accused, blamed or
        condemned is the latest state or body named before it in its sentence that is not the accuser; a
        person named nearer, or no such party, leaves it unresolved."""
        if tok.lower_ != "it" or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in PARTY_ACCUSING:
            return None
        for t in reversed(inp.sent[: tok.i - inp.sent.start]):
            actor = inp.actors.get(t.i)
            if actor is None or actor.code in src_codes or actor.resolved_by == "pronoun":
                continue
            if actor.kind == "person" or not actor.code:
                return None
            at = inp.offset + tok.idx
            return replace(actor, resolved_by="pronoun", start=at, end=at + len(tok.text), text=tok.text)
        return None

    @staticmethod
    def _the_country(tok: Token, inp: SentenceInput, src_countries: set[str]) -> ActorRef | None:
        """'Trump warned Honduras that Washington would cut off all funding to the country': a bare "the
        country" acted on is the latest state named before it in its sentence that is not the doer's."""
        if tok.lower_ != "country" or [c.lower_ for c in tok.children] != ["the"]:
            return None
        if tok.dep_ not in ("dobj", "pobj") or (tok.dep_ == "pobj" and tok.head.lower_ not in COUNTRY_PREPS):
            return None  # "protests spread across the country" tells where, not to whom
        for t in reversed(inp.sent[: tok.i - inp.sent.start]):
            actor = inp.actors.get(t.i)
            if actor is None or not actor.country or actor.kind == "person" or actor.country in src_countries:
                continue
            at = inp.offset + tok.idx
            return replace(actor, code=actor.country, sector=None, resolved_by="antecedent", name=None,
                           entry=f"'the country' after {actor.text!r}", start=at, end=at + len(tok.text),
                           text=tok.text)
        return None

    def _plural_object_pronoun(self, tok: Token, inp: SentenceInput) -> list[tuple[Token, ActorRef]] | None:
        """'The agency wrote to Joe Biden and his team, giving them permission to start': an object "them" is
        the nearest plural or coordinated noun phrase before it in its sentence, when that phrase names actors
        (None when it is no object "them"; [] when the nearest plural names no one: no guess past it)."""
        if tok.tag_ != "PRP" or tok.lower_ != "them" or tok.dep_ not in ("dobj", "pobj", "dative"):
            return None
        verb = tok.head if tok.dep_ != "pobj" else tok.head.head
        # only where both acts are one doer's ("wrote to X and Y, giving them"); "Ukraine shelled them" has a
        # doer of its own, and its "them" may be anything the parse joined before it
        if verb.dep_ not in ("advcl", "conj", "xcomp") or args.child(verb, ("nsubj", "nsubjpass")) is not None:
            return []
        for t in reversed(inp.sent[: tok.i - inp.sent.start]):
            if t.pos_ not in NOUN_POS or not (t.tag_ in ("NNS", "NNPS") or t.conjuncts):
                continue
            if t.lemma_.lower() in TIME_UNITS:
                continue  # "suspended MSF and the NRC for three months, accusing them": no time is accused
            head = min((t, *t.conjuncts), key=lambda c: c.i)
            gov = _governing_verb(head)
            if gov is None or gov.i != verb.head.i:
                return []
            if any(self.actor_at(m, inp) is None for m in (head, *head.conjuncts)):
                return []  # "moved tanks toward the border and Ukraine": a place joined to a name is no party list
            at = inp.offset + tok.idx
            return [
                (tok, replace(a, resolved_by="pronoun", start=at, end=at + len(tok.text), text=tok.text))
                for _, a in self.actors_at(head, inp, as_target=True)
            ]
        return []

    def _outlet_acted_on(self, tok: Token, inp: SentenceInput) -> ActorRef | None:
        """'The senator accused Fox News of bias', 'China expelled three Wall Street Journal reporters': a news
        outlet acted on, or its reporters, are the outlet's state's media (MED)."""
        end = tok.i + 1
        if tok.pos_ != "PROPN":
            if tok.pos_ != "NOUN" or self.actors.sector_of([tok.lemma_]) != "MED":
                return None
            end = tok.i  # the outlet's name before its reporters
        start = end
        while start > tok.left_edge.i and tok.doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start == end:
            return None
        span = tok.doc[start:end]
        code = self.actors.outlet_code(span.text)
        if code is None:
            return None
        country, sector = code[:3], code[3:] or None
        return ActorRef(
            text=span.text, code=code, country=country, sector=sector, name=span.text, resolved_by="outlet",
            entry=f"news outlet {span.text!r} acted on", kind="organisation",
            start=inp.offset + span[0].idx, end=inp.offset + span[-1].idx + len(span[-1].text),
        )

    def _unknown_name(self, tok: Token, inp: SentenceInput) -> bool:
        """A proper noun that is no date, no institution word ("the Senate") and no place."""
        if tok.lower_ in CALENDAR_WORDS or self.actors.sector_of([tok.text]) is not None:
            return False
        return place_country(tok, inp.sent) is None

    # ---- triggers -----------------------------------------------------------------------------------
    def match_verb(self, verb: Token) -> VerbEntry | None:
        entries = self.lexicon.verbs.get(verb.lemma_.lower())
        if not entries:
            return None
        # a particle is a "prt" child, or a preposition right after the verb or its particle ("called on X",
        # "cracked down on"); "called off its search late on Tuesday" has no "on" particle
        # an adverb after a comma is no particle ("cut two years off the terms, down to five years")
        prts = [c for c in verb.children if c.dep_ == "prt" or c.dep_ == "advmod" and not verb.doc[max(c.i - 1, 0)].is_punct
                or c.dep_ in ("acomp", "oprd") and c.lower_ in RESULT_PARTICLES]
        adjacent = {verb.i + 1} | {c.i + 1 for c in prts}
        particles = {c.lower_ for c in prts} | {
            c.lower_ for c in verb.children if c.dep_ in ("prep", "agent") and c.i in adjacent
        } | _out_of_particle(verb)
        complements: dict[tuple[str | None, bool], set[str]] = {}  # rows share them: read the parse once
        preps: set[str] | None = None
        for compounds in (False, True):  # the object's head decides before its modifiers do
            for entry in entries:  # most specific first
                if entry.particle and entry.particle not in particles:
                    continue
                if entry.objects is not None:
                    found = complements.get((entry.prep, compounds))
                    if found is None:
                        found = complements[entry.prep, compounds] = args.complement_lemmas(verb, entry.prep, compounds)
                    if not entry.objects & found:
                        continue
                if entry.objects is None and compounds:
                    continue
                if entry.objects is None and entry.prep:
                    if preps is None:
                        preps = {w for w, _ in args.prep_objects(verb)}
                    if entry.prep not in preps:
                        continue  # "spoke out against the plan": a prep row with any object needs that preposition
                if entry.intransitive and (
                    args.is_passive(verb) or args.child(verb, ("dobj",)) is not None
                    or (args.child(verb, ("nsubj",)) is None and verb.dep_ != "conj")
                ):
                    continue  # "power demonstrated during ..." is no protest: protesters are named
                if not compounds and entry.objects is not None:
                    return (self._named_by_modifier(verb, entry, entries, particles)
                            or _object_row(verb, entry, entries)
                            or _asked_content_row(verb, entry, entries, found) or entry)
                return entry
        return None

    @staticmethod
    def _named_by_modifier(
        verb: Token, head_entry: VerbEntry, entries: list[VerbEntry], particles: set[str]
    ) -> VerbEntry | None:
        """A compound modifier that names a finer act of the same kind as the head's row: "investigated war
        crimes" is a war-crimes inquiry (094), not a plain crime one (091); "opened an investigation into war
        crimes" is 094, not the bare 090. Only rows of the head's own family (first two digits) are tried, so
        "signed a ceasefire agreement" stays an agreement; a family's root row ("delivered food aid", 070)
        yields only to a row naming the act in a phrase ("into war crimes"): the kind of aid is aid-kind's."""
        modifiers: dict[str | None, set[str]] = {}
        root = len(head_entry.code) == 3 and head_entry.code.endswith("0")
        for entry in entries:
            if entry.objects is None or entry.code == head_entry.code or entry.code[:2] != head_entry.code[:2]:
                continue
            if root and entry.prep is None:
                continue
            if entry.particle and entry.particle not in particles:
                continue
            if entry.prep not in modifiers:
                modifiers[entry.prep] = (
                    args.complement_lemmas(verb, entry.prep, True) - args.complement_lemmas(verb, entry.prep, False)
                )
            if entry.objects & modifiers[entry.prep]:
                return entry
        return None

    # ---- the stages (rules.py) ----------------------------------------------------------------------
    def _run(self, stage: str, kind: str, att: Attempt, until=None) -> str | None:
        """Run one stage's rules in order on a trigger; a veto ends the trigger and is returned."""
        for r in stage_rules(stage, kind):
            if until is not None and until(att):
                return None
            note = r.fn(self, att)
            if note is None:
                continue
            self._log(att.inp, att.trigger.text, r.name, "vetoed" if r.veto else "fired", note)
            if r.veto:
                return r.name
            if stage == "trigger":
                att.made_by = r.name
                return None
            if r.name not in PLAIN_STEPS:
                att.fired.append(r.name)
            if stage == "close":
                return None
        return None

    def _log(self, inp: SentenceInput, trigger: str, rule_name: str, outcome: str, note: str = "") -> None:
        if self.trace is not None:
            self.trace.add(inp.index, trigger, rule_name, outcome, note)

    def trigger_candidates(self, tok: Token, kind: str, inp: SentenceInput, consumed: set[int]) -> list[Candidate]:
        """Candidates for one trigger word: its code, who does it, to whom, then the closing vetoes."""
        before = set(consumed)
        att = Attempt(tok, inp, kind, consumed)
        self._run("trigger", kind, att)
        if att.code is None:
            return []
        self._run("source", kind, att, until=lambda a: bool(a.sources))
        if not att.sources:
            self._log(inp, tok.text, att.made_by, "dropped", f"{att.code}: no source actor")
            # "Talks between Sudan and Chad resumed": the verb found no actor, so its noun may carry the act
            consumed &= before
            return []
        self._run("target", kind, att, until=lambda a: bool(a.targets) or a.no_target)
        if self._run("close", kind, att) is not None:
            return []
        if att.candidates is not None:
            out = att.candidates
        else:
            nominal = kind == "noun"
            out = [
                Candidate(tok, att.code, source, target, s_tok, t_tok, att.origin, nominal, att.confidence)
                for s_tok, source in att.sources
                for t_tok, target in att.targets or [(None, None)]
                if target is None or target.code != source.code or _other_person(target, [(s_tok, source)])
            ]
        for cand in out:
            cand.made_by, cand.target_unnamed = att.made_by, att.target_unnamed
            cand.fired = list(att.fired)
        return out

    def decide(self, cand: Candidate, inp: SentenceInput) -> bool:
        """Run the per-candidate rules: vetoes, code changes, modality, attribution, date. False: vetoed."""
        cand.inp = inp
        if inp.crowd_only and (cand.code[:2] != PROTEST_ROOT or cand.trigger.dep_ == "relcl"
                               or cand.source.resolved_by not in ("crowd+place", "sector+place")):
            return False  # read only for a crowd protesting in a place: nothing else of the sentence is known
        if not self._run_candidate("candidate", cand, inp):
            return False
        cand.mod = find_modality(cand.trigger, SPEECH_VERBS)
        self._run_candidate("claim", cand, inp)
        cand.attribution = find_attribution(
            cand.trigger, inp.sent, lambda t: self.actor_at(t, inp), self.is_outlet
        )
        cand.published = inp.published
        cand.ev_date = resolve_event_date(inp.sent, cand.trigger, inp.published)
        return self._run_candidate("report", cand, inp)

    def _run_candidate(self, stage: str, cand: Candidate, inp: SentenceInput, after: frozenset[str] = frozenset()) -> bool:
        rules = stage_rules(stage, "noun" if cand.nominal else "verb")
        if after:  # resume after these
            rules = rules[max(k for k, r in enumerate(rules) if r.name in after) + 1:]
        for r in rules:
            note = r.fn(self, cand)
            if note is None:
                continue
            self._log(inp, cand.trigger.text, r.name, "vetoed" if r.veto else "fired", f"{cand.code} {note}")
            if r.veto:
                cand.vetoed_by = r.name
                return False
            cand.fired.append(r.name)
        return True

    # ---- the sentence -------------------------------------------------------------------------------
    def code(self, inp: SentenceInput, trace: Trace | None = None) -> list[Event]:
        """The events of one sentence; with `trace`, the rules that fired or vetoed are added to it."""
        self.trace = trace
        sent = inp.sent
        if trace is not None:
            trace.sentences[inp.index] = sent.text
        if not inp.actors and not inp.named_place and not inp.crowd_only:
            return []
        rehang_infinitives(sent)
        rehang_place_words(sent)
        rehang_participle_objects(sent)
        rehang_noun_objects(sent)
        for r in stage_rules("screen", "both"):
            note = r.fn(self, inp)
            if note is not None:
                self._log(inp, "", r.name, "vetoed", note)
                return []
        consumed: set[int] = set()
        candidates: list[Candidate] = []
        for tok in sent:
            if tok.i in inp.actors or _in_name(tok):
                continue
            if _to_noun_misread(tok):
                continue
            if tok.pos_ in TRIGGER_POS or (tok.pos_ == "AUX" and (tok.lemma_.lower() in self.lexicon.verbs or stance_of(tok))) \
                    or _passive_misread(tok):
                candidates += self.trigger_candidates(tok, "verb", inp, consumed)
        for tok in sent:
            if tok.pos_ in NOUN_POS and tok.i not in consumed and tok.i not in inp.actors and not _in_name(tok):
                candidates += self.trigger_candidates(tok, "noun", inp, consumed)
        for r in stage_rules("sentence", "both"):
            touched = r.fn(self, candidates)
            for cand, note in touched:
                self._log(inp, cand.trigger.text, r.name, "vetoed" if r.veto else "fired", note)
            if r.veto:
                gone = {id(c) for c, _ in touched}
                candidates = [c for c in candidates if id(c) not in gone]
        events: list[Event] = []
        seen: set[str] = set()
        withheld: list[Candidate] = []
        for cand in candidates:
            if not self.decide(cand, inp):
                if cand.vetoed_by in WITHHOLDING_RULES:
                    withheld.append(cand)
                continue
            event = self.to_event(cand, inp)
            if event.event_id not in seen:
                seen.add(event.event_id)
                events.append(event)
        restored = self._restore_withheld(withheld, inp) if not events else None
        # an act a withheld rule restored and a later report rule vetoed is no act the story told
        inp.withheld += [self.to_event(c, inp) for c in withheld if c is not restored and c.vetoed_by in WITHHOLDING_RULES]
        if restored is not None:
            events.append(self.to_event(restored, inp))
        return _told_once(events)

    def _restore_withheld(self, withheld: list[Candidate], inp: SentenceInput) -> Candidate | None:
        """The first act withheld for want of a target that a "withheld" rule gives one, its remaining report
        rules run (a sentence that coded nothing else; see sole-other-party)."""
        for cand in withheld:
            self._run_candidate("withheld", cand, inp)
            if cand.target is None:
                continue
            cand.vetoed_by = ""
            if self._run_candidate("report", cand, inp, after=WITHHOLDING_RULES):
                return cand
            cand.target, cand.target_tok = None, None  # vetoed after all: the target it was given goes too
        return None


    def asked_code(self, trigger: Token) -> str | None:
        """The CAMEO code of what an appeal or demand asks for, if the lexicon knows it."""
        act = args.embedded_act(trigger)
        if act is not None:
            if any(c.dep_ == "neg" for c in act.children):
                # "urged Israel not to attack Rafah" asks for restraint; "urged states not to reschedule their
                # elections" asks for nothing the asked act's code would say
                return _restraint_code(self._act_code(act))
            if act.lemma_.lower() in NEGATE:
                # "to stop attacking", "to halt the shelling": asking to de-escalate
                inner = args.child(act, ("xcomp", "dobj"))
                restraint = _restraint_code(self._act_code(inner) if inner is not None else None)
                if restraint is not None:
                    return restraint
            entry = self.match_verb(act)
            if entry is not None:
                return entry.code
        obj = args.child(trigger, ("dobj",))
        if obj is not None:
            return self._act_code(obj)
        return None

    def _act_code(self, tok: Token) -> str | None:
        if tok.pos_ in NOUN_POS:
            noun = self.lexicon.nouns.get(tok.lemma_.lower())
            return noun.code if noun else None
        entry = self.match_verb(tok)
        return entry.code if entry else None

    def to_event(self, cand: Candidate, inp: SentenceInput) -> Event:
        """The event record of a decided candidate (decide() has run)."""
        info: CameoCode = self.book[cand.code]
        doc_offset = inp.offset
        sent = inp.sent
        source = _placed(cand.source, cand.source_tok, doc_offset)
        target = _placed(cand.target, cand.target_tok, doc_offset) if cand.target else None
        confidence = cand.confidence
        if cand.source.resolved_by in ("pronoun", "role"):
            confidence -= 0.1
        if target is None:
            confidence -= 0.1
        return Event(
            doc_id=inp.doc_id,
            sentence_index=inp.index,
            evidence_text=sent.doc.text[sent.start_char : sent.end_char],
            evidence_start=doc_offset + sent.start_char,
            evidence_end=doc_offset + sent.end_char,
            source=source,
            target=target,
            cameo_code=info.code,
            cameo_root=info.root,
            cameo_name=info.name,
            goldstein=info.goldstein,
            quad_class=info.quad_class,
            plover_type=info.plover_type,
            plover_mode=info.plover_mode,
            plover_context=info.plover_context,
            modality=cand.mod.modality,
            modality_cue=cand.mod.cue,
            attribution=cand.attribution,
            outlet=inp.outlet,
            trigger=cand.trigger.text,
            event_date=cand.ev_date.date,
            date_precision=cand.ev_date.precision,
            date_source=cand.ev_date.source,
            location=find_location(sent, cand.trigger),
            quantities=find_quantities(sent, cand.trigger),
            confidence=round(max(0.05, min(confidence, 0.95)), 2),
            coder=self.coder,
            coder_version=self.coder_version,
            rule="+".join([cand.made_by, *cand.fired]),
            lexicon_row=cand.entry or None,
            unresolved=any(a is not None and a.resolved_by == "unresolved" for a in (source, target)),
        )



LOCATIVE_PREPS = frozenset(("in", "at", "near", "inside", "outside", "across", "throughout", "around"))
# states of affairs an act may be "over" (see SentenceCoder.matter_over)
MATTER_NOUNS = frozenset("""crisis conflict dispute issue war situation question tension tensions row standoff
    stand-off affair matter problem""".split())


def _object_row(verb: Token, entry: VerbEntry, entries: list[VerbEntry]) -> VerbEntry | None:
    """A phrasal row matched on the place its particle's phrase names ("order out ... of country") yields to
    one of the same phrasal verb matched on the direct object, who is ordered out: "ordered the peacekeepers
    out of the country" is about the peacekeepers, "ordered the reporter out of the country" about the reporter."""
    obj = args.child(verb, ("dobj",))
    if obj is None or not (entry.particle and entry.prep):
        return None
    # the head first, then its compounds: "ordered the UN peacekeeping mission UNMIX out of the country"
    lemmas = [obj.lemma_.lower()] + [c.lemma_.lower() for c in obj.children if c.dep_ == "compound"]
    for lemma in lemmas:
        found = next((e for e in entries if e.particle == entry.particle and e.prep is None and e.objects
                      and lemma in e.objects), None)
        if found is not None:
            return found
    return None


# verbs of giving in to what was asked: "bowed to calls for reform", "heeded calls for the release of prisoners"
YIELDING_VERBS = frozenset("bow give yield cave accede heed bend accept meet grant satisfy fulfil fulfill agree".split())


def _asked_content_row(verb: Token, entry: VerbEntry, entries: list[VerbEntry], found: set[str]) -> VerbEntry | None:
    """A yielding row matched only on an asking noun yields to one of the same verb matched on what was asked
    for: "heeded calls for the release of prisoners" releases them (084), where "heeded calls" alone is 083;
    other verbs keep theirs ("dropped its demand for sanctions" drops the demand, not the sanctions)."""
    if verb.lemma_.lower() not in YIELDING_VERBS:
        return None
    if not entry.objects or not (entry.objects & found) <= args.ASKING_NOUNS:
        return None
    content = found - args.ASKING_NOUNS
    return next((e for e in entries if e is not entry and e.objects and e.objects & content
                 and e.prep == entry.prep and e.particle == entry.particle), None)


def _out_of_particle(verb: Token) -> set[str]:
    """"Ordered the peacekeepers out of the country": "out" + "of" after the object is the verb's particle
    ("order out"), unless the object is the doer's own ("ordered its troops out of the town" is a pullback)."""
    obj = args.child(verb, ("dobj",))
    if obj is None or any(c.dep_ == "poss" for c in obj.children):
        return set()
    for c in verb.children:
        if c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "out" and c.i > obj.i and any(
            g.dep_ == "prep" and g.lower_ == "of" for g in c.children
        ):
            return {"out"}
    return set()


# what a verb acts on, speaks of or is done with: a state named there is no home of the verb's subject
STATE_ORGANS = frozenset("GOV LEG MIL JUD COP".split())
# verbs of what a thing makes others feel: "ties that have alarmed Australia"
FEELING_VERBS = frozenset("alarm worry concern anger upset trouble irk frustrate unsettle rattle dismay annoy alienate".split())
# the posts, bases and vehicles of a state's organs: "a police station", "an army convoy"
ORGAN_FACILITIES = frozenset(
    "station base barracks post outpost checkpoint headquarters compound convoy patrol vehicle truck".split()
)
ACTED_ON_DEPS = frozenset("dobj dative ccomp xcomp attr oprd".split())
# "during protests in Nairobi, police fired...": a time of unrest sets the scene as a place does
SCENE_PREPS = LOCATIVE_PREPS | frozenset("into around per according during amid".split())


# nouns by which an act is done for someone who asked: "at the behest of", "on the orders of", "on behalf of"
BEHEST_NOUNS = frozenset("behest request order orders behalf instruction instructions urging invitation direction".split())
BEHEST_PREPS = frozenset(("at", "on", "upon", "under", "by"))


def _on_behalf(tok: Token) -> bool:
    """'The Queen suspended parliament at the behest of Boris Johnson': who asked for an act is not its
    target (but "rejected the request of Iran" is aimed at Iran)."""
    return tok.lemma_.lower() in BEHEST_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ in BEHEST_PREPS


# verbs whose "in" names the party they reach into: "invested in Egypt", "interfered in Moldova"
INTO_PARTY_VERBS = frozenset("invest interfere meddle".split())
HOLDING_VERBS = frozenset("hold detain capture abduct kidnap seize jail imprison".split())
# verbs whose "at" names what they are aimed at, not where: "Beijing lashed out at Washington"
AIMING_AT_VERBS = frozenset("lash hit point aim direct fire shoot snipe swipe rail jab hurl".split())


def _led_by_non_state(noun: Token, inp: SentenceInput) -> bool:
    """"Kurdish-led forces", "Islamist-led fighters": an "X-led" modifier whose X names no state (a state's
    own, "US-led forces", is read by the actor matcher)."""
    for led in noun.lefts:
        if led.dep_ == "amod" and led.lower_ == "led" and led.i >= 2 and noun.doc[led.i - 1].text == "-":
            leader = noun.doc[led.i - 2]
            return leader.i not in inp.actors
    return False


def _listed_modifiers(noun: Token, inp: SentenceInput) -> list[Token]:
    """"British, French and German troops": the parser hangs the list's first states on the noun, each apart,
    and joins only the last two; all are one list of states when commas stand between them."""
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i in inp.actors]
    if len(mods) < 2 or not all(noun.doc[a.i + 1].text == "," for a in mods[:-1]):
        return []
    return [m for a in mods for m in (a, *a.conjuncts)]


def _prep_word(tok: Token) -> str:
    """The preposition a candidate hangs on, when it is locative ("in Khartoum"; "lashed out at Washington"
    is aimed, not placed)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in LOCATIVE_PREPS:
        return ""
    if tok.head.lower_ == "at" and tok.head.head.lemma_.lower() in AIMING_AT_VERBS:
        return ""
    if tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in INTO_PARTY_VERBS:
        return ""  # "invested $5 billion in Egypt", "meddled in Moldova": the state is the party
    return tok.head.lower_


def _placed_under(tok: Token, people: set[int]) -> bool:
    """Is `tok` a place named for people acted on ("shot civilians in villages around Kharkiv")?"""
    if not people:
        return False  # most targets are no people at all
    head = tok
    for _ in range(3):
        if head.dep_ != "pobj" or head.head.lower_ not in LOCATIVE_PREPS:
            return False
        head = head.head.head
        if head.i in people:
            return True
        if head.pos_ == "VERB":
            # "raped women in Bucha": the place of an act on people is where those people are
            return any(c.i in people for c in head.children if c.dep_ in ("dobj", "nsubjpass"))
    return False


def _people_of(actor: ActorRef) -> ActorRef:
    """"Russian soldiers raped women in Bucha": people acted on where they live are that state's people (CVL),
    not the state, nor the government a capital's name stands for ("residents of villages around Kyiv")."""
    if not actor.country or actor.kind == "person" or actor.resolved_by not in ("metonym", "place"):
        return actor
    return ActorRef(
        text=actor.text, code=actor.country + "CVL", country=actor.country, sector="CVL", resolved_by="people+place",
        kind="sector", entry=f"people in a place of {actor.country}", start=actor.start, end=actor.end,
    )


def _as_place(actor: ActorRef) -> ActorRef:
    if actor.resolved_by != "metonym" or not actor.country:
        return actor
    return ActorRef(
        text=actor.text, code=actor.country, country=actor.country, resolved_by="place",
        entry=f"{actor.entry} (as a place)", start=actor.start, end=actor.end,
    )


def _the_country(tok: Token) -> bool:
    """'the country', 'the nation' with no 'of' phrase of its own: a state told before."""
    return (tok.lower_ in ("country", "nation") and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children))


def _names_a_body(tok: Token, inp: SentenceInput) -> bool:
    """A capitalised sector word inside a longer proper name ("Women for America First", "Walter Reed
    Hospital", "National Coalition for Men") is a word of that body's name, not the sector of a state."""
    if not tok.text[:1].isupper() or tok.i == inp.sent.start:
        return False
    if any(inp.actors.get(t.i) is not None and inp.actors[t.i].country for t in tok.subtree):
        return False  # "the High Court of Justice of Peru": the name says whose body it is
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in ("for", "of") and doc[tok.i + 2].text[:1].isupper():
        return True  # the name goes on whatever the parse: "Women for America First"
    if tok.pos_ != "PROPN":
        return False
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i not in inp.actors for c in tok.children)
    return named or any(
        c.dep_ == "prep" and c.lower_ in ("for", "of") and any(o.pos_ == "PROPN" for o in c.children)
        for c in tok.children
    )


def _surely_named(place: Place, tok: Token) -> bool:
    """A place read from a word as written, or a large city: not a small town's alternate name that a
    surname or a common word happens to match ("Hall" for Schwaebisch Hall), nor a village, which says
    nothing about whose police or people a sentence means ("the Supreme Court of Justice")."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].tag_ == "POS" and doc[tok.i + 2].pos_ == "PROPN":
        return False  # "Cox's Bazar": the first word of a longer name
    if place.precision != "city" or place.population >= LARGE_CITY:
        return True
    if place.population < SMALL_TOWN:
        return False  # "Court of Justice", "Eu": a village's name is more often a word of another name
    name = folded(place.name).replace("’", "'")
    if folded(doc.text[: tok.idx + len(tok.text)]).replace("’", "'").endswith(name):
        return True
    first = tok
    while first.i > 0 and doc[first.i - 1].pos_ == "PROPN":
        first = doc[first.i - 1]
    return name.split()[:1] == [folded(first.text)]


def _speaks_for_body(speaker: Token) -> bool:
    """'Army spokesman Omar Haddad', 'Haddad, a spokeswoman for the ministry': the person speaks for a body,
    so the body is the "it" of what they report ("... said it had carried out the raid")."""
    words = [t for t in speaker.subtree if t.i <= speaker.i or t.dep_ == "appos" or t.head.dep_ == "appos"]
    return any(t.lemma_.lower() in SPOKESPEOPLE for t in words)


def _quote_frame(tok: Token) -> Token | None:
    """The one verb outside the quotation holding `tok` that frames it, where the parser linked them
    oddly: the main verb ('"We urge Russia to withdraw," tweeted Merkel', the quoted clause hung on a
    quote mark), or a clause hung on the quoted main verb ('Merkel spoke to reporters: "I urge ..."'); a
    quotation opened and not closed in the sentence runs on past it ('Ruto wrote: "I reject these rules [...]')."""
    if sum(1 for t in tok.sent if t.text in QUOTES) not in (1, 2):
        return None  # one quotation only: with several, whose words are whose is the parse's to say
    root = tok.sent.root
    frames = [root] if not quoted(root) else [c for c in root.children if c.dep_ in ("ccomp", "parataxis")]
    frames = [f for f in frames if f.i != tok.head.i and not quoted(f) and f.lemma_.lower() in QUOTE_FRAMES]
    return frames[0] if len(frames) == 1 else None


def _inverted_speaker(frame: Token) -> Token | None:
    """'"...," tweeted the prime minister': right after a quotation the speaker follows its verb, and the
    parser may read it as the verb's object."""
    doc = frame.doc
    if frame.i == 0 or doc[frame.i - 1].text not in QUOTES:
        return None
    obj = args.child(frame, ("dobj",))
    return obj if obj is not None and obj.left_edge.i == frame.i + 1 else None


def _side(actor: ActorRef | None) -> str:
    return (actor.code or actor.text) if actor is not None else ""


# prepositions by which "the country" is acted on ("funding to the country"), not a setting ("in the country")
COUNTRY_PREPS = frozenset(("to", "on", "against", "with", "of", "from", "toward", "towards", "into"))


def _told_once(events: list[Event]) -> list[Event]:
    """"The coalition reopened the port of Hodeidah, partially lifting its blockade of the country": one act
    told twice in a sentence is one event. The same doer, code and modality are the same act when the targets
    agree or one telling names none; the telling with a target, then the one with a day of its own, is kept."""
    kept: list[Event] = []
    for event in events:
        act = (_side(event.source), event.cameo_code, event.modality)
        twin = next((i for i, k in enumerate(kept) if (_side(k.source), k.cameo_code, k.modality) == act
                     and (_side(k.target) == _side(event.target) or not (k.target and event.target))), None)
        if twin is None:
            kept.append(event)
        elif _better_telling(event, kept[twin]):
            kept[twin] = event
    return kept


def _better_telling(new: Event, old: Event) -> bool:
    if (new.target is None) != (old.target is None):
        return old.target is None
    return old.date_source == "published" and new.date_source != "published"


def _other_person(actor: ActorRef, sources: list[tuple[Token, ActorRef]]) -> bool:
    """"Trump lashed out at Mayor Muriel Bowser": a named person is another party than every source of
    the same code that is a different named person (both are USAGOV; neither acts on themself)."""
    same = [a for _, a in sources if a.code == actor.code]
    return _is_person(actor) and bool(actor.name) and all(
        _is_person(a) and a.name and a.name != actor.name for a in same
    )


def _is_person(actor: ActorRef) -> bool:
    """A named or referred-to person (not a state, organisation or group): the kind its table row gave."""
    return actor.kind == "person"


def _in_name(tok: Token) -> bool:
    """A capitalised word inside a name ("Popular Mobilization Forces", "Occupied Protests")."""
    if not tok.is_title or tok.is_sent_start:
        return False
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return any(t is not None and t.is_title and t.pos_ == "PROPN" for t in (before, after))


def _passive_misread(tok: Token) -> bool:
    """"The town was overrun by rebels": the tagger may read a participle as a noun, while the parse still
    gives it the passive's auxiliary; it is the verb."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "auxpass" for c in tok.children)


def _governing_verb(tok: Token) -> Token | None:
    """The verb whose object or prepositional object `tok` is: 'wrote to the envoys' -> wrote."""
    while tok.dep_ in ("dobj", "pobj", "dative", "prep") and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


# ---- coordinated names the parse splits ----------------------------------------------------------
# dependencies inside one noun phrase: "US President Donald Trump and Turkish President Recep Tayyip Erdogan"
# is often parsed with the first name as a compound or apposition of the second
PHRASE_DEPS = frozenset(("compound", "appos", "conj", "amod", "nmod", "flat", "cc", "npadvmod"))
SUBJECT_LABELS = frozenset(("nsubj", "nsubjpass"))


def _mention_span(i: int, inp: SentenceInput) -> tuple[int, int] | None:
    """Token range [start, end) of the actor mention covering token `i` (all its tokens map to one actor)."""
    actor = inp.actors.get(i)
    if actor is None:
        return None
    key = (actor.start, actor.end)
    start, end = i, i + 1
    while start - 1 in inp.actors and (inp.actors[start - 1].start, inp.actors[start - 1].end) == key:
        start -= 1
    while end in inp.actors and (inp.actors[end].start, inp.actors[end].end) == key:
        end += 1
    return start, end


def _span_head(doc, span: tuple[int, int]) -> Token:
    """The token of a mention whose head lies outside it (the mention's own head)."""
    for t in doc[span[0]:span[1]]:
        if not span[0] <= t.head.i < span[1] or t.head.i == t.i:
            return t
    return doc[span[1] - 1]


def _phrase_top(tok: Token) -> Token:
    """The head of the noun phrase `tok` stands in, climbing modifiers, appositions and conjuncts."""
    while tok.dep_ in PHRASE_DEPS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _one_subject_split(a: Token, b: Token) -> bool:
    """'Talks between Lavrov and Blinken ended': the parser made the second name a second subject of the
    clause's verb; a verb with two subjects is a broken parse, and the name belongs with the one before it."""
    for t in (a, b):
        if t.dep_ in SUBJECT_LABELS and sum(c.dep_ in SUBJECT_LABELS for c in t.head.children) > 1:
            return True
    return False


def _joined(a: Token, b: Token) -> bool:
    """Two mention heads joined by "and" belong to one phrase (not two clauses: "Russia struck Kyiv and
    Poland condemned it" has Poland as its own clause's subject)."""
    top_a, top_b = _phrase_top(a), _phrase_top(b)
    return top_a.i == top_b.i or _one_subject_split(top_a, top_b)


def _chain_step(doc, pos: int, step: int) -> tuple[int, bool] | None:
    """From `pos` (the token just past a mention, in direction `step`), past ", ", "and", ", and" and an
    article: the index where the next mention must stand, and whether an "and" was crossed."""
    crossed, seen = False, 0
    while 0 <= pos < len(doc) and (doc[pos].text == "," or doc[pos].lower_ == "and"):
        crossed |= doc[pos].lower_ == "and"
        pos, seen = pos + step, seen + 1
    if seen == 0 or seen > 2:
        return None
    if step > 0 and pos < len(doc) and doc[pos].lower_ == "the":
        pos += 1  # "Israel and the Palestinian Authority"
    return (pos, crossed) if 0 <= pos < len(doc) else None


def _possessor(doc, span: tuple[int, int]) -> bool:
    return span[1] < len(doc) and doc[span[1]].tag_ == "POS"


def coordinated_mentions(tok: Token, inp: SentenceInput) -> list[Token]:
    """The heads of the other actor mentions listed with `tok`'s by "and" when the parse did not join them:
    "US President Donald Trump and Turkish President Recep Tayyip Erdogan spoke on the phone" (the first
    read as a modifier of the second), "talks between Russian Foreign Minister Sergei Lavrov and US
    Secretary of State Antony Blinken" (the second read as the verb's subject). Only a list closed by "and"
    counts ("A, B and C"), and only names of one phrase ("Trump and Erdogan's aides" is not a list of two)."""
    doc = tok.doc
    own = _mention_span(tok.i, inp)
    if own is None or _possessor(doc, own):
        return []
    chain: list[tuple[tuple[int, int], bool]] = []  # (mention, "and" crossed to reach it), outward per side
    for step in (1, -1):
        span, side = own, []
        while True:
            nxt = _chain_step(doc, span[1] if step > 0 else span[0] - 1, step)
            if nxt is None:
                break
            found = _mention_span(nxt[0], inp)
            if found is None or (found[0] if step > 0 else found[1] - 1) != nxt[0] or _possessor(doc, found):
                break
            while step > 0 and found[1] in inp.actors and _mention_span(found[1], inp) != found:
                # "European Commission President Ursula von der Leyen": a title named before the name is one party
                found = _mention_span(found[1], inp) or found
            if not _joined(_span_head(doc, span), _span_head(doc, found)):
                break
            side.append((found, nxt[1]))
            span = found
        chain.append(side)
    right, left = chain
    # a list is closed by "and": to the right, keep up to the last "and" crossed; to the left, the "and"
    # may stand between `tok` and its neighbour ("A, B and tok") or further out only when it closes a list
    while right and not right[-1][1]:
        right.pop()
    if left and not (any(crossed for _, crossed in left) or right):
        left = []
    return [_span_head(doc, span) for span, _ in (*left, *right)]


SUBTREE_TARGET_PREPS = frozenset("to for against on in into at with along toward towards near over of between".split())
# what a remark is about is whom it is aimed at ("made critical remarks about Ankara"); "concerns about
# Russian interference" at a press conference is no act on Russia, so only remark nouns look there
REMARK_NOUNS = frozenset(("remark", "comment", "statement", "criticism"))
# a wrong "by" someone names whom an inquiry or a condemnation of it is aimed at: "opened an inquiry into war
# crimes by the militia", "investigated abuses by the police"
# groups sent by an actor: "negotiators from Colombia's government"
SENT_GROUPS = frozenset(
    "negotiator delegate delegation envoy representative official member fighter militant gunman bomber "
    "attacker soldier warship ship vessel jet aircraft warplane submarine".split()
)
SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople".split())
# nouns that stand for a group belonging to an actor: "the forces of Russia", "the government of Iran"
GROUP_NOUNS = frozenset(
    "government army military forces force troops police leader leaders president minister ministry "
    "parliament people citizens navy member members official officials representatives delegation authorities "
    "thousand thousands hundred hundreds dozen dozens score scores million millions group groups crowd "
    "crowds number some many most all unit units percent majority half third quarter bulk share proportion "
    "supporter supporters follower followers loyalist loyalists negotiator negotiators delegate delegates "
    "fighter fighters militant militants gunman gunmen bomber bombers attacker attackers soldier soldiers "
    # "the nations of Chad and Niger recalled their envoys", "sympathisers of the militia fired rockets"
    "nation nations country countries sympathizer sympathizers sympathiser sympathisers "
    # "both houses of the French Parliament": a legislature's chambers are the legislature
    "house houses chamber chambers "
    # "warships from Russia and China held joint drills": platforms sent by states
    "warship warships ship ships vessel vessels jet jets aircraft warplane warplanes submarine submarines".split()
)


def _placed(actor: ActorRef, tok: Token | None, doc_offset: int) -> ActorRef:
    """A copy of the actor whose offsets point into the document (where the mention is in this sentence)."""
    if actor.start is not None or tok is None:
        return actor
    return replace(actor, start=doc_offset + tok.idx, end=doc_offset + tok.idx + len(tok.text))
