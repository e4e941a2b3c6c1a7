"""The coding pipeline as one call: text or Document in, Events out.

    document -> check the text -> split sentences (tokenizer + rules) -> find actor mentions
    (as of the story's date, else the latest date its text gives; with an issuer for statements)
    -> screen (an actor and a possible trigger word) -> parse the survivors in batches
    -> named subjects no table knows kept unresolved -> code each parsed sentence (coding.coder)

Models and dictionaries load once per process (`Pipeline.default()`); `code_text` is the Python API.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from spacy.attrs import IDX, IS_SPACE, LOWER, SENT_START
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.strings import hash_string
from spacy.tokens import Doc

from brinkwatch import nlp as nlp_views
from brinkwatch.actors.keys import token_key
from brinkwatch.actors.matcher import issuer_ref
from brinkwatch.coding.coder import CROWD_COUNTS, CROWD_SECTORS, LOCATIVE_PREPS
from brinkwatch.coding.dates import MONTH_NAMES, MONTHS
from brinkwatch.coding.lexicon import default_lexicon
from brinkwatch.coding.screen import names_a_place, needed_words, protest_forms, trigger_forms
from brinkwatch.errors import BrinkwatchError, InputError
from brinkwatch.model import ActorRef, Document, Event
from brinkwatch.versions import CODER_VERSION  # noqa: F401 - re-exported: pipeline.CODER_VERSION

MAX_DOCUMENT_CHARS = 5_000_000
MAX_SENTENCE_CHARS = 3_000  # longer "sentences" are tables, lists or junk: not parsed
PERSON_KINDS = frozenset(("person", "role", "pronoun"))
GROUP_KINDS = frozenset(("country", "metonym", "org", "sector"))
PARSE_BATCH = 64  # sentences per spaCy minibatch
SENTENCES_PER_PARSE = 256  # code_many: screened sentences of several stories parsed in one call
CONTEXT_SENTENCES = 2  # sentences before one that the rules may read as its context
# prepositions that set a sentence somewhere: "in Zagreb", "near the border of Croatia"
SETTING_PREPS = LOCATIVE_PREPS | {"around"}
CODERS = ("rules",)  # a learned fallback was tried twice and removed: it did not earn its place (issue 10)


@dataclass(slots=True)
class SentenceSlice:
    index: int
    start: int  # character offsets in the document
    end: int
    token_start: int  # token offsets in the splitter Doc
    token_end: int


class _TokenRows:
    """A splitter Doc's words as plain lists (lower-case ids, offsets, space and sentence-start flags), read
    once from its arrays instead of building a Token object per word and per look."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        rows = doc.to_array([LOWER, IDX, IS_SPACE, SENT_START]) if len(doc) else None
        self.lower: list[int] = rows[:, 0].tolist() if rows is not None else []
        self.idx: list[int] = rows[:, 1].tolist() if rows is not None else []
        self.is_space: list[int] = rows[:, 2].tolist() if rows is not None else []
        self.sent_start: list[int] = rows[:, 3].tolist() if rows is not None else []

    def text(self, i: int) -> str:
        return self.doc[i].text

    def slice(self, start: int, end: int, index: int) -> SentenceSlice:
        """Sentence `index` from token `start` to `end`, without the white space at either edge."""
        while start < end and self.is_space[start]:
            start += 1
        while end > start and self.is_space[end - 1]:
            end -= 1
        if start >= end:
            return SentenceSlice(index, 0, 0, start, start)
        return SentenceSlice(index, self.idx[start], self.idx[end - 1] + len(self.text(end - 1)), start, end)


@dataclass(slots=True)
class _Screened:
    """One document split, its actors found and its sentences screened: what the parse and coder need."""

    document: Document
    mentions: list
    selected: list[tuple[SentenceSlice, list[int]]]  # sentences to parse, with their mentions' indices
    starts: list[int] = field(default_factory=list)  # where each sentence of the document begins

    def texts(self) -> list[str]:
        text = self.document.text
        return [text[sl.start : sl.end] for sl, _ in self.selected]


def _not_coded(document: Document, exc: Exception) -> InputError:
    """Parser limits on pathological text: the document's own one-line error."""
    return InputError(f"could not be coded: {exc}", input=document.source_path or document.doc_id)


def check_text(text: str, name: str) -> None:
    """Raise InputError when `text` cannot be coded: empty, binary, HTML, too long, not English."""
    if not text or not text.strip():
        raise InputError("empty input: no text to code", input=name)
    if "\x00" in text[:100_000]:
        raise InputError("binary content (NUL bytes): not a text file", input=name)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates (a JSON "\udc00"): the NLP models cannot take them
        raise InputError("not valid Unicode text (lone surrogate characters)", input=name) from None
    sample = text[:20_000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    if controls > len(sample) * 0.01:
        raise InputError("binary content (control characters): not a text file", input=name)
    if len(text) > MAX_DOCUMENT_CHARS:
        raise InputError(f"document too long ({len(text):,} characters; limit {MAX_DOCUMENT_CHARS:,})", input=name)
    head = sample.lstrip()[:1000].lower()
    if head.startswith(("<!doctype html", "<html")) or head.count("</") > 5 and "<body" in sample.lower():
        raise InputError("looks like HTML: use `brinkwatch ingest`, which extracts the article text", input=name)
    # English prose is about half function words. Names are left out of the count (capitalised words:
    # "Thai Prime Minister Srettha Thavisin asked Myanmar junta leader Min Aung Hlaing to free Aung San
    # Suu Kyi" has few), and fewer than 12 other words are too few to judge (headlines, short wire lines).
    words = [w.strip(".,;:!?\"'()“”‘’[]") for w in sample.split()[:2000]]
    lower = [w for w in words if w.isalpha() and w[0].islower()]
    if len(lower) >= 12 and sum(1 for w in lower if w in STOP_WORDS) < 0.10 * len(lower):
        raise InputError("does not look like English text (too few English function words)", input=name)


# counted crowds, as written: "thousands marched", "crowds rallied"
CROWD_WORDS = CROWD_COUNTS | {word + "s" for word in CROWD_COUNTS}


class Pipeline:
    """Everything loaded once: spaCy views, actor dictionary, lexicon, screening forms."""

    def __init__(self, coder: str = "rules", actor_files: tuple[str, ...] = (), lexicon_files: tuple[str, ...] = ()):
        """`actor_files` and `lexicon_files` are the user's own tables, laid over the shipped ones."""
        if coder not in CODERS:
            raise ValueError(f"unknown coder {coder!r}; choose one of {', '.join(CODERS)}")
        from brinkwatch.actors import ActorDictionary, default_dictionary
        from brinkwatch.coding.coder import SentenceCoder
        from brinkwatch.coding.lexicon import Lexicon

        self.coder_name = coder
        self.splitter = nlp_views.splitter()
        self.parser = nlp_views.parser()
        self.actors = ActorDictionary.load(tuple(map(Path, actor_files))) if actor_files else default_dictionary()
        self.lexicon = Lexicon.load(tuple(map(Path, lexicon_files))) if lexicon_files else default_lexicon()
        needed = needed_words(self.lexicon)
        # as a Doc's LOWER array holds them: forms that suffice, and forms that need one of their words
        self.form_ids = {hash_string(form) for form in trigger_forms(self.lexicon) if form not in needed}
        self.needed_ids = {hash_string(form): {hash_string(w) for w in words} for form, words in needed.items()}
        self.protest_forms = protest_forms(self.lexicon)
        self.coder = SentenceCoder(self.lexicon, self.actors, CODER_VERSION, coder)

    @staticmethod
    @lru_cache(maxsize=4)
    def default(coder: str = "rules", actor_files: tuple[str, ...] = (), lexicon_files: tuple[str, ...] = ()) -> Pipeline:
        """One pipeline per process and configuration (models and dictionaries load once)."""
        return Pipeline(coder, actor_files, lexicon_files)

    # ---- splitting ----------------------------------------------------------------------------------
    def sentences(self, doc: Doc) -> list[SentenceSlice]:
        """Sentences by punctuation, plus a break at blank lines (headlines and paragraphs without a
        final stop), except after an abbreviation such as 'St.' that a line break interrupted.

        Read from the Doc's arrays: a Token object per word cost ~5% of coding time on Wikinews."""
        return self._sentences_of(_TokenRows(doc))

    @staticmethod
    def _sentences_of(tokens: _TokenRows) -> list[SentenceSlice]:
        out: list[SentenceSlice] = []
        bounds = [i for i, first in enumerate(tokens.sent_start) if first == 1 or i == 0] + [len(tokens.lower)]
        for sent_start, sent_end in zip(bounds, bounds[1:], strict=False):
            start = sent_start
            for i in range(sent_start, sent_end - 1):
                if tokens.is_space[i] and i > start and tokens.text(i).count("\n") >= 2:
                    prev = tokens.text(i - 1)
                    if prev.endswith(".") and len(prev) > 1:
                        continue  # "St.\n\nPetersburg": an abbreviation cut by a line break
                    out.append(tokens.slice(start, i, len(out)))
                    start = i + 1
            if start < sent_end:
                out.append(tokens.slice(start, sent_end, len(out)))
        return [s for s in out if s.end > s.start]

    # ---- coding -------------------------------------------------------------------------------------
    def code_document(self, document: Document, trace=None, issuer: str | None = None) -> list[Event]:
        """The document's events; with `trace` (coding.rules.Trace), the rules that fired or vetoed.
        `issuer` is the code of the government or body whose statement this is ("USAGOV"): its "we",
        "our", "the Department" resolve to it (a Document's own `issuer`, where it has one, comes first)."""
        screened = self._screen(document, issuer)
        if not screened.selected:
            return []
        return self._code_screened(screened, self._parse(screened.texts()), trace)

    def code_many(
        self, documents: Iterable[Document], issuer: str | None = None
    ) -> Iterator[tuple[Document, list[Event] | BrinkwatchError]]:
        """Each document with its events (exactly what `code_document` gives) or the error that stopped it.

        The screened sentences of several stories go to the parser in one call: a story has ~8 of them,
        and the parse of one large batch costs ~17% less than that of many small ones (bench/throughput.py)."""
        group: list[tuple[Document, _Screened | BrinkwatchError]] = []
        n_sentences = 0
        for document in documents:
            try:
                screened = self._screen(document, issuer)
            except BrinkwatchError as exc:
                group.append((document, exc))
                continue
            except (ValueError, RecursionError, MemoryError) as exc:
                group.append((document, _not_coded(document, exc)))
                continue
            group.append((document, screened))
            n_sentences += len(screened.selected)
            if n_sentences >= SENTENCES_PER_PARSE:
                yield from self._code_group(group)
                group, n_sentences = [], 0
        if group:
            yield from self._code_group(group)

    def _code_group(
        self, group: list[tuple[Document, _Screened | BrinkwatchError]]
    ) -> Iterator[tuple[Document, list[Event] | BrinkwatchError]]:
        screened = [(document, s) for document, s in group if isinstance(s, _Screened)]
        try:
            parsed = self._parse([text for _, s in screened for text in s.texts()])
        except (ValueError, RecursionError, MemoryError):
            parsed = None  # one story trips the parser: each story on its own, so only that one fails
        at = 0
        for document, s in group:
            if not isinstance(s, _Screened):
                yield document, s
                continue
            try:
                if parsed is None:
                    mine = self._parse(s.texts())
                else:
                    mine, at = parsed[at : at + len(s.selected)], at + len(s.selected)
                yield document, self._code_screened(s, mine, None)
            except BrinkwatchError as exc:
                yield document, exc
            except (ValueError, RecursionError, MemoryError) as exc:
                yield document, _not_coded(document, exc)

    def _parse(self, texts: list[str]) -> list[Doc]:
        return list(self.parser.pipe(texts, batch_size=PARSE_BATCH)) if texts else []

    def _screen(self, document: Document, issuer: str | None) -> _Screened:
        """Check the text, split it, find its actors and keep the sentences with an actor and a trigger word."""
        name = document.source_path or document.doc_id
        check_text(document.text, name)
        text = document.text
        on = document.published or latest_date_in(text)  # never today's clock: a story is of its own time
        doc = self.splitter(text)
        tokens = _TokenRows(doc)
        slices = self._sentences_of(tokens)
        issuer = getattr(document, "issuer", None) or issuer
        mentions = self.actors.find_mentions(doc, on, issuer_ref(issuer) if issuer else None)
        by_token: dict[int, int] = {}
        for m_index, mention in enumerate(mentions):
            for i in range(mention.start, mention.end):
                by_token[i] = m_index
        selected: list[tuple[SentenceSlice, list[int]]] = []
        for sl in slices:
            if sl.end - sl.start > MAX_SENTENCE_CHARS:
                continue
            m_ids = sorted({by_token[i] for i in range(sl.token_start, sl.token_end) if i in by_token})
            if not m_ids and not self._crowd_in_place(doc[sl.token_start : sl.token_end]):
                continue
            # a word of an actor's name is no trigger ("the United States" unites nobody), but may be the
            # object a trigger needs ("summoned the Russian ambassador")
            words = tokens.lower[sl.token_start : sl.token_end]
            if not self._has_trigger([w for i, w in enumerate(words, sl.token_start) if i not in by_token], words):
                continue
            selected.append((sl, m_ids))
        return _Screened(document, mentions, selected, [sl.start for sl in slices])

    def _has_trigger(self, candidates: list[int], words: list[int]) -> bool:
        """Is one of `candidates` (a sentence's words outside actors' names) a word that could be a trigger,
        and, for one whose rows need an object ("improved" ties), is one of those objects among `words`?"""
        if not self.form_ids.isdisjoint(candidates):
            return True
        needed, present = self.needed_ids, set(words)
        return any(not needed[w].isdisjoint(present) for w in candidates if w in needed)

    def _crowd_in_place(self, words) -> bool:
        """"Thousands of women marched in Istanbul": a crowd no table names, protesting in a named place, may
        still be coded (see the crowd-in-place rule); such a sentence passes the screen without an actor."""
        lower = {w.lower_ for w in words}
        if not lower & self.protest_forms:
            return False
        if not any(w in CROWD_WORDS or self.actors.sector_of([w]) in CROWD_SECTORS for w in lower if w.isalpha()):
            return False
        return names_a_place([w.text for w in words])

    def _code_screened(self, screened: _Screened, parsed: Iterable[Doc], trace=None) -> list[Event]:
        mentions, document = screened.mentions, screened.document
        persons: list[tuple[int, ActorRef]] = [
            (m.actor.start or 0, m.actor) for m in mentions if m.kind in PERSON_KINDS and m.actor.sector
        ]
        groups: list[tuple[int, ActorRef]] = [
            (m.actor.start or 0, m.actor) for m in mentions
            if m.kind in GROUP_KINDS and m.actor.resolved_by != "context"
        ]
        events: list[Event] = []
        told: list[Event] = []  # the events and the acts withheld for want of a target, in story order
        for (sl, m_ids), sent in zip(screened.selected, parsed, strict=True):
            # No actor is taken from the story's most mentioned state: an agentless passive has no source.
            inp = self._sentence_input(sent, sl, [mentions[i] for i in m_ids], document, persons, groups)
            # the two sentences before, read as text: "Pompeo said it was Iran's doing. Iran denied the accusation."
            inp.text, inp.context_start = document.text, screened.starts[max(0, sl.index - CONTEXT_SENTENCES)]
            inp.earlier = told  # the story's acts so far: "the attack" in a later sentence is one of them
            coded = [self._in_their_time(e) for e in self.coder.code(inp, trace)]
            events.extend(coded)
            told.extend([*coded, *inp.withheld])
        return acts_of_the_dead(_in_title_period(events, document), document.title, document.published)

    def _in_their_time(self, event: Event) -> Event:
        """'In 1905, President Theodore Roosevelt mediated a peace': a person named as a former office-holder
        (ELI) on the story's date, in an event the text dates to a time when they held the office throughout,
        acted in that office (USAGOV), not as a former holder. So did one whose act is only recalled
        ("Refusing to give up power, Mugabe agreed to share it", historical: the last office held) or who
        left the office by that act ("the special envoy resigned" days before the story). Anyone else named in an
        act the text dates to a time when they held one office throughout acted in it: "In 2015 Biden met a
        Ukrainian official", told in 2020 of a candidate, is the vice president then (USAGOV)."""
        for side in ("source", "target"):
            ref = getattr(event, side)
            if ref is None or ref.kind != "person" or not ref.name:
                continue
            actor = self.actors.actors.get(("person", token_key(ref.name)))
            if ref.sector != "ELI":
                self._in_office_then(event, side, ref, actor)
                continue
            left = _long_left_office(actor, event) if actor is not None and side == "source" else None
            if left is not None:
                # "Richard Nixon ... resigned before any impeachment vote": leaving an office left long before
                # the story is that leaving, recalled: dated to the office's end, in that office
                event.event_date, event.date_precision, event.date_source = left.isoformat(), "day", "office"
                event.modality = "historical"
            on = _office_day(actor, event, _event_period(event), side) if actor is not None else None
            then = actor.resolve(ref.text, on, ref.resolved_by) if on is not None else None
            if then is None or not then.sector or then.sector == "ELI":
                continue
            _put_in_office(event, side, ref, then, on)
        return event

    @staticmethod
    def _in_office_then(event: Event, side: str, ref: ActorRef, actor) -> None:
        """A person not named as a former office-holder, in an act the text dates within one of their offices,
        takes that office (see _in_their_time)."""
        on = _office_held_throughout(actor, _event_period(event)) if actor is not None else None
        then = actor.resolve(ref.text, on, ref.resolved_by) if on is not None else None
        if then is not None and then.sector and then.code != ref.code:
            _put_in_office(event, side, ref, then, on)

    def _sentence_input(self, parsed: Doc, sl: SentenceSlice, mentions, document: Document, persons, groups):
        from brinkwatch.coding.coder import SentenceInput

        # each parsed token covered by a mention stands for that mention's actor (offsets are the document's)
        spans = [(m.actor.start, m.actor.end, m.actor) for m in mentions if m.actor.start is not None]
        actors: dict[int, ActorRef] = {}
        for tok in parsed:
            at = sl.start + tok.idx
            for start, end, actor in spans:
                if start <= at < end:
                    actors[tok.i] = actor
                    break
        for tok in parsed:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PROPN" and tok.i not in actors:
                name = _name_tokens(tok)
                unknown = self._unknown_subject(tok, name, sl.start, actors)
                if unknown is not None:
                    for t in name:
                        actors[t.i] = unknown
        named_place = self._drop_place_modifiers(parsed, actors)
        inp = SentenceInput(
            sent=parsed[:], offset=sl.start, index=sl.index, actors=actors,
            doc_id=document.doc_id, published=document.published, outlet=document.outlet,
            persons=persons, groups=groups, named_place=named_place,
            crowd_only=not mentions,  # with no actor, the sentence passed the screen only for a protesting crowd
        )
        self._drop_foreign_antecedents(inp)
        _drop_reporting_outlets(inp)
        return inp

    def _drop_place_modifiers(self, parsed: Doc, actors: dict[int, ActorRef]) -> bool:
        """'a Kabul car bombing', 'joined the Paris Agreement': a capital modifying a thing names where it
        happened or what it is called, not the government it stands for as a subject ("Moscow said"); before
        a word for a body or its people it still does ("Beijing officials", "the Tehran government")."""
        from brinkwatch.coding.coder import GROUP_NOUNS

        dropped = False
        for tok in parsed:
            actor = actors.get(tok.i)
            if actor is not None and tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() == "constitution" \
                    and tok.head.i not in actors:
                _drop_actor(actors, actor)  # "the Eighteenth Amendment to the United States Constitution": no party
                continue
            if actor is None or actor.resolved_by != "metonym" or tok.dep_ not in ("compound", "nmod"):
                continue
            head = tok.head
            if head.pos_ not in ("NOUN", "PROPN") or head.i in actors or head.lemma_.lower() in GROUP_NOUNS:
                continue
            if self.actors.sector_of([head.lower_]) is None and self.actors.sector_of([head.lemma_.lower()]) is None:
                _drop_actor(actors, actor)
                dropped = True
        return dropped

    def _drop_foreign_antecedents(self, inp) -> None:
        """A bare sector word given the state of an earlier mention ("Serbian police ... Police said") keeps
        it only where its sentence sets nothing in another state: in "In Zagreb, police arrested two men"
        the story may have moved on, and the word is left to its sentence. A state acted on is no such
        place ("The government accused Iran of meddling" is still the Iraqi government). A word that only
        describes another noun ("the court order", "police violence") is no actor either."""
        from brinkwatch.coding.places import place_country

        borrowed = {i: a for i, a in inp.actors.items() if a.resolved_by == "antecedent"}
        if not borrowed:
            return
        for i in list(borrowed):
            tok = inp.sent[i]
            if i in borrowed and tok.dep_ in ("compound", "amod") and tok.head.i not in borrowed:
                # "the court order", "police violence": the word describes a thing, no body acts; the
                # whole mention goes ("the" of "the court ruling" too)
                for j in [j for j, a in borrowed.items() if a is borrowed[i]]:
                    del inp.actors[j], borrowed[j]
        elsewhere: set[str] = set()
        for tok in inp.sent:
            if tok.dep_ != "pobj" or tok.head.lower_ not in SETTING_PREPS:
                continue
            actor = inp.actors.get(tok.i)
            if actor is not None and actor.resolved_by != "antecedent":
                elsewhere.add(actor.country or "")
            elif actor is None and tok.pos_ == "PROPN":
                place = place_country(tok, inp.sent)
                elsewhere.add(place.iso3 or "" if place is not None else "")
        elsewhere.discard("")
        for i, actor in borrowed.items():
            if elsewhere - {actor.country}:
                del inp.actors[i]

    def _unknown_subject(self, tok, name: list, offset: int, actors: dict[int, ActorRef]) -> ActorRef | None:
        """A named subject no table knows ("the Awami League", "Tehreek-e-Labbaik Pakistan"): kept with its
        words, its kind and no code, so that no other actor of the sentence is taken for it. Places,
        outlets and names with a known actor in their phrase are left alone. `name`: its `_name_tokens`."""
        from brinkwatch.coding.places import place_country

        if any(t.i in actors for t in tok.subtree) or any(t.like_num for t in name):
            return None  # "Haiti's Transitional Council", "a spokesman for the PMF": the coder reads those
        text = tok.doc.text[name[0].idx: name[-1].idx + len(name[-1].text)]
        if len(text) < 3 or text.lower() in _NOT_ACTOR_NAMES or self.actors.is_outlet(text):
            return None
        if self.actors.sector_of([t.text for t in name]) is not None:
            return None  # "the Senate", "Parliament": an institution word, not an unknown name
        if place_country(tok, tok.sent) is not None:
            return None
        words = {t.lower_ for t in name}
        kind = "group" if words & _GROUP_WORDS else "organisation" if words & _BODY_WORDS else "person"
        if kind == "person" and len(name) < 2:
            return None  # one capitalised word is too little to call someone by
        return ActorRef(text=text, code="", name=text, resolved_by="unresolved", kind=kind,
                        entry="a named subject that no table knows", start=offset + name[0].idx,
                        end=offset + name[-1].idx + len(name[-1].text))


_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE_PATTERNS = (
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),  # 2024-03-05
    re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"),  # March 5, 2024
    re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(\d{4})\b"),  # 5 March 2024
)


_GROUP_WORDS = frozenset("army brigade brigades front militia militias forces movement rebels guerrillas battalion"
                         " mujahideen jihad liberation resistance".split())
_BODY_WORDS = frozenset("council commission committee party league union ministry agency authority office court"
                        " bank association federation organisation organization institute foundation assembly"
                        " parliament senate bureau service board group company corporation alliance coalition"
                        " network trust fund society".split())
_NOT_ACTOR_NAMES = frozenset("god allah covid covid-19 christmas ramadan eid easter".split())


def _name_tokens(tok) -> list:
    """The proper-noun chunk a subject head closes: its compound and flat PROPN modifiers, then itself."""
    left = [c for c in tok.lefts if c.dep_ in ("compound", "flat", "nmod") and c.pos_ == "PROPN"]
    start = min([tok.i, *(c.i for c in left)])
    return [t for t in tok.doc[start: tok.i + 1] if t.pos_ in ("PROPN", "PART", "ADP", "DET", "PUNCT", "CCONJ")
            or t.i == tok.i] if start < tok.i else [tok]


# where an outlet named again ("the network") is acted on: "accused the network of lying" (dobj), "threatened
# the network's licence" (poss), "sanctions against the broadcaster" (pobj of these prepositions)
OUTLET_ACTED_ON = frozenset(("dobj", "poss", "iobj", "dative"))
OUTLET_ACTED_ON_PREPS = frozenset(("against", "on", "at"))


def _drop_reporting_outlets(inp) -> None:
    """An outlet named again ("the network", "the newspaper") is an actor only where it is acted on: as
    the one who reports ("the newspaper said", "according to the broadcaster") it is a source of the story,
    not of the event."""
    for i, actor in list(inp.actors.items()):
        if actor.resolved_by != "outlet antecedent" or inp.sent[i].lower_ == "the":
            continue
        tok = inp.sent[i]
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        acted_on = tok.dep_ in OUTLET_ACTED_ON or (
            tok.dep_ == "pobj" and tok.head.lower_ in OUTLET_ACTED_ON_PREPS and tok.head.head.pos_ in ("VERB", "NOUN"))
        if not acted_on:
            for j in [j for j, a in inp.actors.items() if a is actor]:
                del inp.actors[j]


# words of leaving an office: the one who leaves acts in the office left ("the envoy resigned")
LEAVING_WORDS = frozenset("resign resigned resigns resigning quit quits stepped steps step".split())
LEAVING_WINDOW_DAYS = 31  # an office left this shortly before the act's date was left by the act


def _office_day(actor, event: Event, period: tuple[date, date] | None, side: str) -> date | None:
    """The day whose office a former office-holder (ELI) held when acting, or None where it is not known.
    Only the doer of a recalled act is taken to have acted in office: one acted on may have left it."""
    held = _office_held_throughout(actor, period)
    if held is not None:
        return held
    day = period[0] if period is not None else _event_day(event)
    former = actor.former_office(day) if day is not None else None
    if day is None or former is None or former.valid_to is None:
        return None
    leaving = (event.trigger or "").lower() in LEAVING_WORDS
    if leaving and (day - former.valid_to).days <= LEAVING_WINDOW_DAYS:
        return former.valid_to
    if period is None and event.modality == "historical" and side == "source":
        return former.valid_to  # recalled with no date of its own: their time in office
    return None


def _drop_actor(actors: dict[int, ActorRef], actor: ActorRef) -> None:
    """Remove every token of one mention from a sentence's actors."""
    for i in [i for i, a in actors.items() if a is actor]:
        del actors[i]


def _put_in_office(event: Event, side: str, ref: ActorRef, then: ActorRef, on: date) -> None:
    """Give the event's `side` the office `then` held on `on`; a copy, since the mention's own ActorRef is shared
    with the story's other sentences."""
    setattr(event, side, replace(ref, code=then.code, country=then.country, sector=then.sector, row=then.row,
                                 entry=f"{then.entry}; in office at the event's time ({on})"))


def _office_held_throughout(actor, period: tuple[date, date] | None) -> date | None:
    """The first day of `period` where one dated office of the person covers all of it, else None."""
    if period is None:
        return None
    rows = [actor.row_on(day) for day in period]
    row = rows[0]
    return period[0] if row is not None and row.dated and all(r is row for r in rows) else None


# a story titled by the month it covers: "On the campaign trail in the USA, October 2020"
TITLE_MONTH = re.compile(rf"\b({MONTH_NAMES}),? ((?:19|20)\d\d)$")


def _in_title_period(events: list[Event], document: Document) -> list[Event]:
    """'On the campaign trail in the USA, October 2020', published on November 2: a story whose title names
    the month it covers, published after that month, tells acts of that month; an act it dates only by the
    publication date is dated to the month instead (date_source "title")."""
    found = TITLE_MONTH.search((document.title or "").strip())
    if found is None or document.published is None:
        return events
    month = date(int(found.group(2)), MONTHS[found.group(1).lower()], 1)
    if (document.published.year, document.published.month) <= (month.year, month.month):
        return events
    for event in events:
        if event.date_source == "published":
            event.event_date, event.date_precision, event.date_source = month.isoformat(), "month", "title"
    return events


def _long_left_office(actor, event: Event) -> date | None:
    """The end of the last office of one whose act of leaving office, dated only by the story, came long after
    it ("Richard Nixon resigned" in 2019), else None."""
    day = _event_day(event) if event.date_source == "published" else None
    if (event.trigger or "").lower() not in LEAVING_WORDS or day is None:
        return None
    former = actor.former_office(day)
    left = former.valid_to if former is not None else None
    return left if left is not None and (day - left).days > LEAVING_WINDOW_DAYS else None


def _event_day(event: Event) -> date | None:
    """The event's date as a day, where it has one."""
    try:
        return date.fromisoformat(event.event_date) if event.event_date else None
    except ValueError:
        return None


def _event_period(event: Event) -> tuple[date, date] | None:
    """First and last day of the period the text itself dates an event to ('In 1905' is the year 1905),
    else None (an event dated by the story's own date needs no other time)."""
    if event.date_source not in ("text", "office") or not event.event_date:
        return None
    try:
        first = date.fromisoformat(event.event_date)
    except ValueError:
        return None
    if event.date_precision == "year":
        return first, date(first.year, 12, 31)
    if event.date_precision == "month":
        nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, date.fromordinal(nxt.toordinal() - 1)
    if event.date_precision in ("day", "week"):
        return first, first
    return None


def latest_date_in(text: str) -> date | None:
    """The latest full date the text itself gives ("March 5, 2024", "5 March 2024", "2024-03-05"), else None.

    Used as the date of a story that carries none, so offices resolve as of the story's own time."""
    found: list[date] = []
    sample = text[:200_000]
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(sample):
            parts = match.groups()
            try:
                if parts[0].isdigit() and len(parts[0]) == 4:
                    day = date(int(parts[0]), int(parts[1]), int(parts[2]))
                elif parts[0].isdigit():
                    day = date(int(parts[2]), MONTHS[parts[1].lower()], int(parts[0]))
                else:
                    day = date(int(parts[2]), MONTHS[parts[0].lower()], int(parts[1]))
            except ValueError:
                continue
            found.append(day)
    return max(found) if found else None


def code_text(
    text: str,
    published: date | str | None = None,
    outlet: str | None = None,
    doc_id: str | None = None,
    coder: str = "rules",
) -> list[Event]:
    """Code one story. Raises InputError for text that cannot be coded (empty, binary, not English)."""
    if isinstance(published, str):
        try:
            published = date.fromisoformat(published)
        except ValueError as exc:
            raise InputError(f"published date {published!r} is not YYYY-MM-DD", input=doc_id) from exc
    doc = Document(text=text, doc_id=doc_id or "", outlet=outlet, published=published)
    return code_document(doc, coder)


DEATH_IN_TITLE = re.compile(r"\b(dies|died|dead|passes away|passed away)\b", re.IGNORECASE)


def acts_of_the_dead(events: list[Event], title: str | None, published: date | None = None) -> list[Event]:
    """'Longtime leader of Zimbabwe Robert Mugabe dies aged 95 ... He supported education and peasant farming':
    in a story of a person's death, what that person is told to have done, with no date of its own, was done
    before the story (historical): the dead do not act on the day it is published. Why by hand: the title
    is story-level evidence no sentence rule sees."""
    if not title or not DEATH_IN_TITLE.search(title):
        return events
    title_keys = {token_key(w) for w in re.findall(r"[\w'’-]+", title)}
    for event in events:
        src = event.source
        # a day read from the story's running time is the death's, not the act's ("died on Thursday. He condemned")
        if event.modality != "asserted" or event.date_source not in ("published", "story") or src is None:
            continue
        if src.kind != "person" or not src.name or token_key(src.name.split()[-1]) not in title_keys:
            continue
        event.modality, event.modality_cue = "historical", f"the death of {src.name} (title)"
        if event.date_source == "story" and published is not None:
            event.event_date, event.date_precision, event.date_source = published.isoformat(), "day", "published"
        event.rule = f"{event.rule}+acts-of-the-dead"
    return events


def code_document(
    doc: Document, coder: str = "rules", actor_files: tuple[str, ...] = (), lexicon_files: tuple[str, ...] = (),
    trace=None, issuer: str | None = None,
) -> list[Event]:
    return Pipeline.default(coder, tuple(actor_files), tuple(lexicon_files)).code_document(doc, trace, issuer)


def code_documents(
    docs: Iterable[Document], coder: str = "rules"
) -> Iterator[tuple[Document, list[Event] | BrinkwatchError]]:
    """Code many documents; a bad one yields its error instead of stopping the batch. The sentences of
    several stories are parsed together (Pipeline.code_many): the same events as one by one, faster."""
    yield from Pipeline.default(coder).code_many(docs)


__all__ = ["CODER_VERSION", "Pipeline", "code_document", "code_documents", "code_text"]
