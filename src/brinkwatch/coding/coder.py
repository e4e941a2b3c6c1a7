"""Event coding of one parsed sentence: triggers -> (source, target, CAMEO code, modality, attribution).

The transparent baseline: lexicon lookups on lemmas plus dependency patterns (arguments.py);
modality.py and attribution.py say how the act is claimed; dates, places and quantities are read
around the trigger. No event is produced without a resolved source actor and a trigger that means
the act; targets may be missing where the act has none.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span, Token

from brinkwatch.coding import arguments as args
from brinkwatch.coding.attribution import SPEECH_VERBS, find_attribution, is_reporter
from brinkwatch.coding.dates import is_background_date, resolve_event_date
from brinkwatch.coding.lexicon import Lexicon, VerbEntry
from brinkwatch.coding.modality import (
    CONSIDER,
    INTEND,
    NEGATE,
    THREATEN,
    ModalityResult,
    background_cue,
    find_modality,
)
from brinkwatch.coding.places import find_location, place_country
from brinkwatch.coding.quantities import find_quantities
from brinkwatch.model import ActorRef, Event
from brinkwatch.ontology.cameo import CameoCode, codebook

TRIGGER_POS = frozenset(("VERB",))
NOUN_POS = frozenset(("NOUN", "PROPN"))
PERSONAL_POSSESSIVES = frozenset(("his", "her"))
STRIKE_WORDS = frozenset(("strike", "walkout", "stoppage"))
CIVIL_SECTORS = frozenset(("LAB", "EDU", "CVL", "OPP", "HLH", "BUS", "AGR", "MED"))
MODIFIER_ORDER = {"appos": 0, "flat": 1, "compound": 2, "amod": 3, "nmod": 4, "poss": 5}
# cooperation done with a partner: a state named only as where it happened is not the partner
PARTNER_ROOTS = frozenset(("03", "04", "05", "06", "07", "08"))
PLURAL_SENSE = frozenset(("talk",))  # nouns that name the act only in the plural
NON_ACTOR_HEADS = frozenset(
    "gulf sea ocean strait peninsula island islands desert mountain mountains river coast bay channel "
    "dollar euro pound yuan ruble rouble rupee yen lira peso franc shekel rial won currency "
    "language time".split()
)
VISIT_CODES = frozenset(("042",))  # a visit is to the place: "arrived in Islamabad for a visit"
PLACE_TARGET_ROOTS = frozenset(("15", "17", "18", "19", "20"))
SERIES_NOUNS = frozenset(("round", "series", "session", "wave", "spate", "string", "day", "week"))
GROUP_POSSESSIVES = frozenset(("its", "their"))
CLAIMANT_KINDS = frozenset(("outlet", "journalist", "anonymous", "report"))


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
    for prefix, new in code_shifts().get(kind, ()):
        if code.startswith(prefix):
            if kind == "request" and family == "10":
                new = "10" + new[2:]
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
    context_actor: ActorRef | None = None  # most salient government actor so far (agentless passives)

    groups: list[tuple[int, ActorRef]] = field(default_factory=list)  # (doc offset, state or body), in order
    places: set[str] | None = None  # states of places named in the sentence, computed on first use

    def person_before(self, position: int) -> ActorRef | None:
        """The last person or role mentioned before `position` (for "his", "her")."""
        cut = bisect.bisect_left(self.persons, position, key=lambda p: p[0])
        return self.persons[cut - 1][1] if cut else None

    def group_before(self, position: int) -> ActorRef | None:
        """The last state or body named before `position` in this sentence (for "its", "their")."""
        cut = bisect.bisect_left(self.groups, position, key=lambda p: p[0])
        return self.groups[cut - 1][1] if cut and self.groups[cut - 1][0] >= self.offset else None


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


class SentenceCoder:
    def __init__(self, lexicon: Lexicon, actors, coder_version: str, coder: str = "rules"):
        self.lexicon = lexicon
        self.actors = actors
        self.is_outlet = actors.is_outlet
        self.coder_version = coder_version
        self.coder = coder
        self.book = codebook()
        self.typer = None
        if coder == "hybrid":
            from brinkwatch.coding.hybrid import SentenceTyper

            self.typer = SentenceTyper()

    # ---- actors -------------------------------------------------------------------------------------
    def actor_at(self, tok: Token, inp: SentenceInput, depth: int = 0, places: bool = False) -> ActorRef | None:
        """The actor a noun-phrase head stands for: itself, its modifiers, or 'of X'; with `places`,
        also a named place as the state it lies in (targets: "shelled the city of Kharkiv")."""
        if tok.i in inp.actors:
            actor = inp.actors[tok.i]
            if actor.resolved_by not in ("context", "role"):
                return actor
            if actor.resolved_by == "context" and _in_name(tok):
                return None  # "the Federal Aviation Administration": a name, not the government of the last state
            # a sector word guessed from context is no actor when it only modifies ("military operations"),
            # and yields to a state named in its own phrase ("the government of Egypt")
            if tok.dep_ in ("amod", "compound") and actor.resolved_by == "context":
                return None
            owner = self._group_of(tok)
            named = self.actor_at(owner, inp, depth + 1) if owner is not None and depth < 2 else None
            if named is not None:
                return self._with_sector(named, tok)
            if actor.resolved_by == "context":
                # "demonstrators clashed with police in Tbilisi": a state named in the sentence beats a guess
                # from earlier sentences; a guess about a state the sentence does not name is dropped
                placed = self.placed_sector(tok, inp)
                if placed is not None:
                    return placed
                named_states = {a.country for a in inp.actors.values() if a.country and a.resolved_by != "context"}
                if named_states and actor.country not in named_states:
                    return None
            return actor
        if places and tok.pos_ == "PROPN":
            place = place_country(tok, inp.sent)
            if place is not None:
                return ActorRef(
                    text=tok.text, code=place.iso3, country=place.iso3, resolved_by="place",
                    entry=f"place {place.name} ({place.precision}) in {place.iso3}",
                    start=inp.offset + tok.idx, end=inp.offset + tok.idx + len(tok.text),
                )
        if tok.lower_ in PERSONAL_POSSESSIVES:
            return inp.person_before(inp.offset + tok.idx)
        if tok.lower_ in GROUP_POSSESSIVES and tok.dep_ == "poss":
            return inp.group_before(inp.offset + tok.idx)
        if depth >= 3 or tok.pos_ in ("VERB", "AUX"):
            return None
        # an apposition names the head itself ("his opponent, Biden"); a possessive only its owner
        for c in sorted(tok.children, key=lambda c: MODIFIER_ORDER.get(c.dep_, 9)):
            if c.dep_ in MODIFIER_ORDER:
                if tok.lemma_.lower() in NON_ACTOR_HEADS and c.dep_ in ("compound", "amod", "nmod"):
                    continue  # "the Persian Gulf", "US dollars": a place or a currency, not an actor
                found = self.actor_at(c, inp, depth + 1, places)
                if found is not None:
                    return found
        obj = self._group_of(tok)
        if obj is not None:
            return self._with_sector(self.actor_at(obj, inp, depth + 1, places), tok)
        if depth <= 1 and tok.pos_ in NOUN_POS:
            return self.placed_sector(tok, inp)
        return None

    @staticmethod
    def _places_named(inp: SentenceInput) -> set[str]:
        """States of the places (cities, regions) a sentence names outside its actor mentions (once a sentence)."""
        if inp.places is not None:
            return inp.places
        found: set[str] = set()
        for tok in inp.sent:
            if tok.pos_ == "PROPN" and tok.i not in inp.actors and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].pos_ != "PROPN"):
                place = place_country(tok, inp.sent)
                if place is not None:
                    found.add(place.iso3)
        inp.places = found
        return found

    @staticmethod
    def _group_of(tok: Token) -> Token | None:
        """'the presidents of Venezuela and Guyana', 'thousands of protesters': the group's owner."""
        if tok.pos_ not in NOUN_POS or tok.lemma_.lower() not in GROUP_NOUNS:
            return None
        for word, obj in args.prep_objects(tok):
            if word == "of":
                return obj
        return None

    def _with_sector(self, actor: ActorRef | None, group: Token) -> ActorRef | None:
        """A state named after a group word takes the word's sector: 'the army of Sudan' -> SDNMIL."""
        if actor is None or not actor.country or actor.sector:
            return actor
        sector = self.actors.sector_of([group.lemma_])
        if sector is None:
            return actor
        return ActorRef(
            text=actor.text, code=actor.country + sector, country=actor.country, sector=sector, name=actor.name,
            resolved_by="sector", entry=f"{actor.entry} + sector word {group.lemma_!r}", start=actor.start, end=actor.end,
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
        if sector is None:
            return None
        countries: list[str] = []
        for word, obj in args.prep_objects(tok):
            if word not in ("in", "of", "from", "at", "near"):
                continue
            actor = inp.actors.get(obj.i)
            place = place_country(obj, inp.sent) if actor is None else None
            country = actor.country if actor is not None else (place.iso3 if place is not None else None)
            if country:
                countries = [country]
                break
        if not countries:
            # the one state the sentence names, counting places ("the hospital in Khan Younis" is in Palestine)
            states = {a.country for a in inp.actors.values() if a.country and a.resolved_by != "context"}
            states |= self._places_named(inp)
            if len(states) != 1:
                return None
            countries = list(states)
        country = countries[0]
        return ActorRef(
            text=tok.text, code=country + sector, country=country, sector=sector, resolved_by="sector+place",
            entry=f"sector word {tok.lemma_!r} + state named in the sentence ({country})",
            start=inp.offset + tok.idx, end=inp.offset + tok.idx + len(tok.text),
        )

    def actors_at(
        self, tok: Token, inp: SentenceInput, places: bool = False, as_target: bool = False
    ) -> list[tuple[Token, ActorRef]]:
        """The actor at `tok` and at each conjoined phrase ("the US and Britain")."""
        out = []
        owner = self._group_of(tok)
        if owner is not None and owner.conjuncts and tok.i not in inp.actors:
            for t in (owner, *owner.conjuncts):
                actor = self._with_sector(self.actor_at(t, inp), tok)
                if actor is not None:
                    out.append((t, actor))
            return out
        adjectives = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.conjuncts]
        if adjectives:
            # "Armenian and Azerbaijani negotiators", "the Indian and French navies": one actor per state
            for adj in (adjectives[0], *adjectives[0].conjuncts):
                actor = self._with_sector(inp.actors.get(adj.i), tok)
                if actor is not None:
                    out.append((adj, actor))
            if len(out) > 1:
                return out
            out = []
        for t in (tok, *tok.conjuncts):
            if t.i < tok.i:
                continue
            actor = self.actor_at(t, inp, places=places)
            # reporters are never the actors of what they report, but may suffer acts ("journalists were detained")
            if actor is not None and (as_target or not is_reporter(t, self.is_outlet)):
                out.append((t, actor))
        return out

    def pronoun_actor(self, tok: Token, verb: Token, inp: SentenceInput) -> ActorRef | None:
        """'Russia said it would ...': a pronoun subject of a reported clause is the speaker."""
        if tok.pos_ != "PRON" or tok.lower_ not in ("it", "they", "we"):
            return None
        clause = tok.head  # the verb of the pronoun's own clause ("it had no plans", "it would send")
        gov = clause.head
        for _ in range(3):
            if gov.lemma_.lower() in SPEECH_VERBS or gov.head.i == gov.i or clause.dep_ not in ("ccomp", "conj", "xcomp"):
                break
            clause, gov = gov, gov.head
        if gov.i != clause.i and gov.lemma_.lower() in SPEECH_VERBS:
            speaker = args.subject_of(gov)
            if speaker is None or speaker.i == tok.i:
                return None
            plural = speaker.tag_ in ("NNS", "NNPS") or bool(speaker.conjuncts)
            # "it" stands for one state or body, "they" for several; "we" for either
            if (tok.lower_ == "it" and plural) or (tok.lower_ == "they" and not plural and speaker.pos_ != "PROPN"):
                return None
            actor = self.actor_at(speaker, inp)
            if actor is not None and tok.lower_ == "it" and actor.name:
                return None  # a person is "he" or "she", never "it"
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
            if actor.code in src_codes:
                return False
            # the same state on both sides is a domestic event between two distinct sectors, or between a
            # named person and an organ of their state ("Biden accused Trump")
            return all(
                actor.country != c
                or (actor.sector != sec and bool(actor.sector and sec))
                or (_is_person(actor) and person)
                or (_is_person(actor) and bool(sec)) or (person and bool(actor.sector))
                for c, sec, person in src
            )

        queue = [(tok, 0, _prep_word(tok)) for tok in toks]
        seen: set[int] = set()
        while queue:
            tok, depth, via = queue.pop(0)
            if tok.i in seen:
                continue
            seen.add(tok.i)
            theme = depth == 0 and tok.lemma_.lower() in themes
            found = [
                (t, a) for t, a in self.actors_at(tok, inp, places=places, as_target=True)
                # a thing handed over or imposed is no target unless it is an organ of a state named here
                # ("stormed parliament"); "mobilized troops" guessed from context is the theme itself
                if not ((via in ("amod", "compound") or theme) and a.resolved_by == "context")
                and not (theme and a.country in src_countries)  # "send US troops": the sender's own forces
            ]
            if found or not theme:
                if via in LOCATIVE_PREPS:
                    # "signed a deal in Pretoria", "fighting in Khartoum": a capital after "in" is a place,
                    # the target only of force, and then as the state, not its government
                    found = [
                        (t, _as_place(a)) for t, a in found
                        # "condemned the coup in Niger" names a state; "praised the plan at a US think tank" no one
                        if places or (conflict and a.resolved_by not in ("metonym", "place"))
                    ]
                found = [(t, a) for t, a in found if acceptable(a)]
                if found:
                    return found
            if depth < 2 and tok.lemma_.lower() not in NON_ACTOR_HEADS:
                for word, obj in args.prep_objects(tok):
                    if word in SUBTREE_TARGET_PREPS:
                        queue.append((obj, depth + 1, word if word in LOCATIVE_PREPS else "prep"))
                for c in tok.children:
                    # a theme's own modifiers still say whose it is: "released Palestinian prisoners"
                    if c.dep_ in ("npadvmod", "amod", "appos", "conj") or theme and c.dep_ in ("compound", "poss", "nmod"):
                        # what hangs on a place is still a place: "in Niamey, Niger's capital"
                        queue.append((c, depth + 1, via if via in LOCATIVE_PREPS else c.dep_))
                    elif c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
                        # "missiles targeting US troops", "an airstrike that killed the general"
                        queue.extend((o, depth + 1, "acl") for o in c.children if o.dep_ == "dobj")
        return []

    # ---- triggers -----------------------------------------------------------------------------------
    def match_verb(self, verb: Token) -> VerbEntry | None:
        entries = self.lexicon.verbs.get(verb.lemma_.lower())
        if not entries:
            return None
        # a particle is a "prt" child, or a preposition right after the verb or its particle ("called on X",
        # "cracked down on"); "called off its search late on Tuesday" has no "on" particle
        prts = [c for c in verb.children if c.dep_ in ("prt", "advmod")]
        adjacent = {verb.i + 1} | {c.i + 1 for c in prts}
        particles = {c.lower_ for c in prts} | {
            c.lower_ for c in verb.children if c.dep_ in ("prep", "agent") and c.i in adjacent
        }
        for compounds in (False, True):  # the object's head decides before its modifiers do
            for entry in entries:  # most specific first
                if entry.particle and entry.particle not in particles:
                    continue
                if entry.objects is not None and not (entry.objects & args.complement_lemmas(verb, entry.prep, compounds)):
                    continue
                if entry.objects is None and compounds:
                    continue
                if entry.intransitive and (
                    args.is_passive(verb) or args.child(verb, ("dobj",)) is not None
                    or (args.child(verb, ("nsubj",)) is None and verb.dep_ != "conj")
                ):
                    continue  # "power demonstrated during ..." is no protest: protesters are named
                return entry
        return None

    def verb_candidates(self, verb: Token, inp: SentenceInput, consumed: set[int]) -> list[Candidate]:
        entry = self.match_verb(verb)
        code, origin, nominal_tok = None, "", None
        if entry is not None:
            code, origin = entry.code, entry.origin
            # the act's own noun is not a second event: "imposed sanctions", "sanctions imposed by"
            for c in [*verb.children, verb.head] if verb.dep_ == "acl" else verb.children:
                if c.dep_ in ("dobj", "nsubjpass") or c.i == verb.head.i:
                    noun = self.lexicon.nouns.get(c.lemma_.lower())
                    if noun is not None and noun.code[:2] == code[:2]:
                        consumed.add(c.i)
        elif verb.lemma_.lower() in self.lexicon.light_verbs:
            for c in verb.children:
                if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in SERIES_NOUNS:
                    c = next((o for w, o in args.prep_objects(c) if w == "of"), c)  # "a new round of talks"
                if c.dep_ in ("dobj", "nsubjpass", "pobj") and c.lemma_.lower() in self.lexicon.nouns:
                    noun = self.lexicon.nouns[c.lemma_.lower()]
                    code, origin, nominal_tok = noun.code, noun.origin, c
                    consumed.add(c.i)
                    break
            else:
                return []
        if code is None:
            return []
        subj = args.subject_of(verb)
        sources = self.actors_at(subj, inp) if subj is not None else []
        if subj is not None and not sources:
            pron = self.pronoun_actor(subj, verb, inp)
            if pron is not None:
                sources = [(subj, pron)]
        confidence = 0.7 if entry is not None and entry.objects else 0.6
        if not sources and args.is_passive(verb) and inp.context_actor is not None:
            # agentless passive ("the Ukrainian military is now authorized to ..."): when a state's organ is
            # named as the one acted on, the act came from the document's leading other state
            pas = args.child(verb, ("nsubjpass",))
            acted_on = inp.actors.get(pas.i) if pas is not None else None
            if (
                self.book[code].quad_class in (1, 2) and acted_on is not None and acted_on.country
                and acted_on.resolved_by != "context" and acted_on.country != inp.context_actor.country
            ):
                sources = [(verb, inp.context_actor)]
                confidence = 0.35
        if not sources:
            return []
        target_toks: list[Token] = []
        if nominal_tok is not None:
            target_toks = args.noun_target_candidates(nominal_tok)
        target_toks += args.object_candidates(verb)
        # the object an entry asks for is the thing handed over or imposed, not who receives it
        themes = entry.objects if entry is not None and entry.objects and entry.prep is None else frozenset()
        if nominal_tok is not None:
            themes = frozenset((nominal_tok.lemma_.lower(),))
        if code[:2] in ("06", "07"):  # material help goes to whoever receives it: "extradited X to the US"
            target_toks = [o for w, o in args.prep_objects(verb) if w in ("to", "for")] + target_toks
        # a place is the target of force used on it ("shelled the city of Kharkiv"), not of talks held there
        on_places = code[:2] in PLACE_TARGET_ROOTS or code in VISIT_CODES
        conflict = code[:2] not in PARTNER_ROOTS
        targets = self.find_targets(target_toks, sources, inp, themes, on_places, conflict)
        if not targets and code[:2] in ("02", "10"):
            # "demanded that the Philippines remove ...": who is asked is the asked act's subject
            act = args.embedded_act(verb)
            asked = args.subject_of(act) if act is not None else None
            if asked is not None:
                targets = self.find_targets([asked], sources, inp)
        if not targets and verb.lemma_.lower() in args.RECEPTION:
            # "ignored appeals from X", "rejected a proposal by Egypt": the act received came from X
            obj = args.child(verb, ("dobj",))
            if obj is not None:
                targets = self.find_targets(args.noun_source_candidates(obj), sources, inp)
        if not targets and code[:2] == "13":
            # "warned that Israel would be punished": the one the warning is about
            clause = args.child(verb, ("ccomp",))
            if clause is not None:
                targets = self.find_targets(
                    [c for c in clause.children if c.dep_ in ("nsubjpass", "nsubj", "dobj")], sources, inp
                )
        if not targets:
            # "threatened to use nuclear weapons against X": the governed act names who it is aimed at
            act = args.child(verb, ("xcomp",))
            if act is not None:
                targets = self.find_targets(args.object_candidates(act), sources, inp, themes, on_places, conflict)
        if not targets and len(sources) > 1 and code.startswith(SYMMETRIC_CODES):
            return _paired(verb, code, sources, origin, False, confidence)
        if not targets and nominal_tok is not None and nominal_tok.lemma_.lower() in self.lexicon.weak_nouns:
            return []
        if not targets and code[:3] in ("050", "051", "052", "053") and (entry is None or not entry.objects):
            obj = args.child(verb, ("dobj",))
            if obj is not None and obj.pos_ != "PRON":
                return []  # "supported education", "defended his record": about a thing, not an actor
        if not targets and code[:2] == "04" and code not in ("045",):
            return []  # a meeting, visit or talk is with someone: "discussed the game" is none
        out = []
        for s_tok, source in sources:
            for t_tok, target in targets or [(None, None)]:
                if target is not None and target.code == source.code:
                    continue
                out.append(Candidate(verb, code, source, target, s_tok, t_tok, origin, False, confidence))
        return out

    def noun_candidates(self, noun: Token, inp: SentenceInput) -> list[Candidate]:
        entry = self.lexicon.nouns.get(noun.lemma_.lower())
        if entry is None or (entry.noun in PLURAL_SENSE and noun.tag_ == "NN"):
            return []  # "talks" are negotiations; "a talk at a think tank" is a speech
        sources: list[tuple[Token, ActorRef]] = []
        force = entry.code[:2] in PLACE_TARGET_ROOTS
        for tok in args.noun_source_candidates(noun):
            sources = self.actors_at(tok, inp)
            if force and tok.dep_ == "compound":
                # "a Kabul car bombing": a capital before an act of force says where, not who
                sources = [(t, a) for t, a in sources if a.resolved_by != "metonym"]
            if sources:
                break
        if not sources:
            # "X ... during operations against Y": who acts in the course of the operations ran them
            host = args.circumstance_verb(noun)
            if host is not None and host.lemma_.lower() not in SPEECH_VERBS and self.match_verb(host) is None:
                subj = args.subject_of(host)
                sources = self.actors_at(subj, inp) if subj is not None else []
        if not sources:
            return []
        source_toks = {s.i for s, _ in sources}
        targets = [
            (t, a)
            for t, a in self.find_targets(
                args.noun_target_candidates(noun), sources, inp, places=entry.code[:2] in PLACE_TARGET_ROOTS,
                conflict=entry.code[:2] not in PARTNER_ROOTS,
            )
            if t.i not in source_toks
        ]
        if not targets:
            receiver = args.receiving_subject(noun)
            if receiver is not None:
                targets = self.actors_at(receiver, inp)
        if entry.noun in self.lexicon.weak_nouns and not _aimed(noun):
            return []  # "operations against Iran" is an act; "his campaign for the Senate" is not
        if not targets and len(sources) > 1 and entry.code.startswith(SYMMETRIC_CODES):
            return _paired(noun, entry.code, sources, entry.origin, True, 0.5)
        out = []
        for s_tok, source in sources:
            for t_tok, target in targets or [(None, None)]:
                if target is not None and target.code == source.code:
                    continue
                out.append(Candidate(noun, entry.code, source, target, s_tok, t_tok, entry.origin, True, 0.5))
        return out

    # ---- the sentence -------------------------------------------------------------------------------
    def code(self, inp: SentenceInput) -> list[Event]:
        sent = inp.sent
        if not inp.actors or sent.text.rstrip(' "\'”’)').endswith("?"):
            return []  # a question reports no act ("Did the federation ever support you?")
        consumed: set[int] = set()
        candidates: list[Candidate] = []
        for tok in sent:
            if tok.i in inp.actors or _in_name(tok):
                continue
            if tok.pos_ in TRIGGER_POS or (tok.pos_ == "AUX" and tok.lemma_.lower() in self.lexicon.verbs):
                candidates += self.verb_candidates(tok, inp, consumed)
        for tok in sent:
            if tok.pos_ in NOUN_POS and tok.i not in consumed and tok.i not in inp.actors and not _in_name(tok):
                candidates += self.noun_candidates(tok, inp)
        candidates = _drop_governors(candidates)
        _mark_requested(candidates)
        if self.typer is not None:
            candidates = self.hybrid_candidates(candidates, inp)
        events: list[Event] = []
        seen: set[str] = set()
        for cand in candidates:
            event = self.to_event(cand, inp)
            if event is not None and event.event_id not in seen:
                seen.add(event.event_id)
                events.append(event)
        return events

    def hybrid_candidates(self, candidates: list[Candidate], inp: SentenceInput) -> list[Candidate]:
        """Rule candidates re-weighed by the classifier; a proposal where the rules found no code."""
        from brinkwatch.coding.hybrid import DROP_BELOW, PLOVER_DEFAULT_CAMEO

        text = inp.sent.text
        kept: list[Candidate] = []
        for cand in candidates:
            _, confidence = self.typer.adjust(self.book[cand.code].plover_type, text)
            if confidence and confidence < DROP_BELOW:
                continue
            cand.confidence = confidence or cand.confidence
            kept.append(cand)
        if candidates:
            return kept
        root = inp.sent.root
        if root.pos_ != "VERB":
            return kept
        subj = args.subject_of(root)
        sources = self.actors_at(subj, inp) if subj is not None else []
        if not sources:
            return kept
        plover, confidence = self.typer.adjust(None, text)
        if plover is None or plover not in PLOVER_DEFAULT_CAMEO:
            return kept
        targets: list[tuple[Token, ActorRef]] = []
        for tok in args.object_candidates(root):
            targets = self.actors_at(tok, inp)
            if targets:
                break
        code = PLOVER_DEFAULT_CAMEO[plover]
        for s_tok, source in sources:
            t_tok, target = targets[0] if targets else (None, None)
            if target is None or target.code != source.code:
                kept.append(Candidate(root, code, source, target, s_tok, t_tok, f"classifier:{plover}", False, confidence))
        return kept

    def asked_code(self, trigger: Token) -> str | None:
        """The CAMEO code of what an appeal or demand asks for, if the lexicon knows it."""
        act = args.embedded_act(trigger)
        if act is not None:
            if act.lemma_.lower() in NEGATE:
                # "to stop attacking", "to halt the shelling": asking to de-escalate
                inner = args.child(act, ("xcomp", "dobj"))
                inner_code = self._act_code(inner) if inner is not None else None
                if inner_code is not None and inner_code[:2] in ("14", "15", "16", "17", "18", "19", "20"):
                    return "087" if inner_code[:2] in ("15", "18", "19", "20") else "080"
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

    def to_event(self, cand: Candidate, inp: SentenceInput) -> Event | None:
        trigger = cand.trigger
        if cand.code[:2] == "14" and cand.source.sector in ("GOV", "MIL", "COP", "JUD", "LEG"):
            return None  # political dissent is not done by the state ("the president held rallies")
        struck = {trigger.lemma_.lower()} | {c.lemma_.lower() for c in trigger.children if c.dep_ == "dobj"}
        if cand.code[:2] == "19" and struck & STRIKE_WORDS and cand.source.sector in CIVIL_SECTORS:
            cand.code = "143"  # teachers, workers or students on strike: a labour strike, not an air strike
        if (cand.code in ("1823", "186") or cand.code[:2] == "20") and cand.target is None and _killed_non_human(trigger):
            return None  # "ordered the killing of 300,000 pigs"
        if cand.code in MILITARY_RETREAT and cand.source.sector in CIVIL_SECTORS:
            return None  # "German firms plan to pull out of Iran" is business, not a military withdrawal
        if cand.source.resolved_by == "pronoun" and _quoted(trigger):
            return None  # "he" inside a quotation is the speaker's world, not the story's last-named person
        if cand.code[:2] == "03" and not cand.nominal:
            offered = args.child(trigger, ("xcomp",))
            if offered is not None and offered.pos_ == "VERB" and self.asked_code(trigger) is None:
                return None  # "offered to kiss members of the crowd": an offer of nothing political
        if cand.code == "141" and _is_person(cand.source):
            return None  # a named politician's rally is a campaign event, not a demonstration
        if cand.code in VERBAL_WHEN_PERSONAL and _is_person(cand.source) and (
            cand.target is None or _is_person(cand.target)
        ):
            # "Biden attacked Trump", "Trump attacked the investigation": a person's attack on a person or
            # an idea is verbal; "Putin attacked Ukraine" (a state as target) stays force
            cand.code = "111"
        mod = find_modality(trigger, SPEECH_VERBS)
        if cand.requested_by is not None and mod.modality == "asserted":
            mod = ModalityResult("requested", cand.requested_by.text, cand.requested_by)
        code = cand.code
        if mod.shift == "intent" and mod.modality in ("intended", "considered"):
            code = shift_code("intent", code) or code
        elif mod.shift == "threat":
            code = shift_code("threat", code) or code
        # a request or appeal names the act asked for: refine 02x/10x by it
        if code[:2] in ("02", "10") and len(code) <= 3:
            asked = self.asked_code(trigger)
            if asked is not None:
                code = shift_code("request", asked, family=code[:2]) or code
        attribution = find_attribution(trigger, inp.sent, lambda t: self.actor_at(t, inp), self.is_outlet)
        # the claimant of a report is never its actor
        if cand.source.name and any(a.kind in CLAIMANT_KINDS and cand.source.name in a.name for a in attribution):
            return None
        ev_date = resolve_event_date(inp.sent, trigger, inp.published)
        modality, cue = mod.modality, mod.cue
        if modality == "asserted":
            if is_background_date(ev_date, inp.published):
                modality, cue = "historical", ev_date.text
            else:
                background = background_cue(trigger, SPEECH_VERBS)
                if background is not None:
                    modality, cue = "historical", background
        info: CameoCode = self.book[code]
        doc_offset = inp.offset
        sent = inp.sent
        start = doc_offset + sent.start_char
        end = doc_offset + sent.end_char
        text = sent.doc.text[sent.start_char : sent.end_char]
        source = _placed(cand.source, cand.source_tok, doc_offset)
        target = _placed(cand.target, cand.target_tok, doc_offset) if cand.target else None
        confidence = cand.confidence
        if cand.source.resolved_by in ("pronoun", "role", "context"):
            confidence -= 0.1
        if target is None:
            confidence -= 0.1
        return Event(
            doc_id=inp.doc_id,
            sentence_index=inp.index,
            evidence_text=text,
            evidence_start=start,
            evidence_end=end,
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
            modality=modality,
            modality_cue=cue,
            attribution=attribution,
            outlet=inp.outlet,
            trigger=trigger.text,
            event_date=ev_date.date,
            date_precision=ev_date.precision,
            date_source=ev_date.source,
            location=find_location(sent, trigger),
            quantities=find_quantities(sent, trigger),
            confidence=round(max(0.05, min(confidence, 0.95)), 2),
            coder=self.coder,
            coder_version=self.coder_version,
        )


# verbs whose act is the one they govern: "considered sending", "threatened to strike", "refused to meet"
GOVERNOR_LEMMAS = CONSIDER | INTEND | THREATEN | NEGATE
GOVERNED_DEPS = frozenset("xcomp ccomp pcomp dobj pobj prep acl".split())


# generic force codes that, done by one person to another named person, are verbal attacks
VERBAL_WHEN_PERSONAL = frozenset(("190", "180"))


LOCATIVE_PREPS = frozenset(("in", "at", "near", "inside", "outside", "across", "throughout"))


def _prep_word(tok: Token) -> str:
    """The preposition a candidate hangs on, when it is locative ("in Khartoum")."""
    return tok.head.lower_ if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS else ""


def _as_place(actor: ActorRef) -> ActorRef:
    if actor.resolved_by != "metonym" or not actor.country:
        return actor
    return ActorRef(
        text=actor.text, code=actor.country, country=actor.country, resolved_by="place",
        entry=f"{actor.entry} (as a place)", start=actor.start, end=actor.end,
    )


QUOTES = frozenset('"“”')
MILITARY_RETREAT = frozenset(("087", "0356", "0871", "0872", "0873", "0874"))
# who can be killed, wounded or abducted in news prose (animacy is not in the parse)
HUMAN_NOUNS = frozenset(
    "people person man men woman women child children civilian soldier troop fighter militant rebel "
    "protester demonstrator journalist official officer policeman worker student villager resident "
    "member leader commander general minister president activist prisoner hostage migrant refugee "
    "passenger pilgrim worshipper patient doctor nurse teacher farmer miner guard citizen national "
    "insurgent gunman attacker suspect victim family boy girl baby infant".split()
)


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


def _is_person(actor: ActorRef) -> bool:
    """A named or referred-to person (not a state, organisation or group)."""
    return actor.resolved_by in ("pronoun", "role") or (actor.entry or "").startswith("people")


def _in_name(tok: Token) -> bool:
    """A capitalised word inside a name ("Popular Mobilization Forces", "Occupied Protests")."""
    if not tok.is_title or tok.is_sent_start:
        return False
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return any(t is not None and t.is_title and t.pos_ == "PROPN" for t in (before, after))


def _governed_by(tok: Token, gov: Token) -> bool:
    for _ in range(4):
        if tok.dep_ not in GOVERNED_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == gov.i:
            return True
    return False


def _drop_governors(cands: list[Candidate]) -> list[Candidate]:
    """A governing verb's own event goes when the act it governs was coded (with its modality)."""
    return [
        c for c in cands
        if c.nominal
        or c.trigger.lemma_.lower() not in GOVERNOR_LEMMAS
        or not any(o.trigger.i != c.trigger.i and _governed_by(o.trigger, c.trigger) for o in cands)
    ]


# acts that conjoined parties do to each other: "A and B met", "talks between A and B", "A and B clashed"
SYMMETRIC_CODES = ("030", "031", "032", "036", "037", "040", "041", "044", "046", "050", "057", "06", "0871", "19")


def _paired(trigger: Token, code: str, sources, origin: str, nominal: bool, confidence: float) -> list[Candidate]:
    out = []
    for s_tok, source in sources:
        other = next((o for o in sources if o[1].code != source.code), None)
        if other is not None:
            out.append(Candidate(trigger, code, source, other[1], s_tok, other[0], origin, nominal, confidence))
    return out


def _mark_requested(cands: list[Candidate]) -> None:
    """The act an appeal or demand asks for is requested, not done: 'appeals from X to halt the attacks'."""
    for cand in cands:
        if cand.code[:2] in ("02", "10"):
            act = args.embedded_act(cand.trigger)
            if act is None:
                continue
            for other in cands:
                if other.trigger.i == act.i:
                    other.requested_by = cand.trigger
                    # "X urged Y to send more air defences": the help asked for goes to X
                    if other.target is None and other.code[:2] in ("03", "05", "06", "07"):
                        if other.source.code != cand.source.code:
                            other.target, other.target_tok = cand.source, cand.source_tok


SUBTREE_TARGET_PREPS = frozenset("to for against on in into at with along toward towards near over of between".split())
# nouns that stand for a group belonging to an actor: "the forces of Russia", "the government of Iran"
GROUP_NOUNS = frozenset(
    "government army military forces force troops police leader leaders president minister ministry "
    "parliament people citizens navy member members official officials representatives delegation authorities "
    "thousand thousands hundred hundreds dozen dozens score scores million millions group groups crowd "
    "crowds number some many most all unit units percent majority half third quarter bulk share proportion".split()
)


def _placed(actor: ActorRef, tok: Token | None, doc_offset: int) -> ActorRef:
    """A copy of the actor whose offsets point into the document (where the mention is in this sentence)."""
    if actor.start is not None:
        return actor
    if tok is None:
        return actor
    return ActorRef(
        text=actor.text, code=actor.code, country=actor.country, sector=actor.sector, name=actor.name,
        resolved_by=actor.resolved_by, entry=actor.entry,
        start=doc_offset + tok.idx, end=doc_offset + tok.idx + len(tok.text),
    )
