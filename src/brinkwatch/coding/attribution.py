"""Who claims an event: the chain of reports around a trigger, outermost first, innermost last.

Cues (general English): speech and report verbs governing the act's clause ("X said", "Y reported
that"), "according to X", "citing X", "as reported by X", and hedging adverbs ("reportedly",
"allegedly"). Each claimant is classified as outlet, journalist, official, body, anonymous or report.
Outlets, journalists and anonymous sources are never the actors of the act they report: the coder
asks `is_reporter()` before taking a subject as an event's source.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from brinkwatch.model import ActorRef, Attribution

SPEECH_VERBS = frozenset(
    "say tell report claim announce state allege add note insist write confirm acknowledge argue "
    "suggest indicate reveal disclose quote cite assert declare maintain contend explain stress "
    "emphasize emphasise highlight outline believe think suspect fear assume estimate conclude "
    "testify recall remark comment predict".split()
)
HEDGES = {"reportedly": "reported", "allegedly": "alleged", "purportedly": "purported", "apparently": "apparently"}
JOURNALIST_WORDS = frozenset("journalist columnist reporter correspondent editor commentator writer analyst".split())
ANONYMOUS_WORDS = frozenset(
    "official officials source sources diplomat diplomats people person insider insiders aide aides "
    "witness witnesses resident residents observer observers".split()
)
BODY_WORDS = frozenset(
    "parliament duma congress senate assembly ministry committee council court agency commission "
    "cabinet government office department bureau tribunal".split()
)
REPORT_WORDS = frozenset(
    "report reports article story investigation study document documents statement discussion debate hearing "
    "session briefing interview remark comment testimony leak memo transcript".split()
)
NAME_DEPS = frozenset("compound amod det nummod poss case nmod flat appos".split())

ActorLookup = Callable[[Token], ActorRef | None]
OutletCheck = Callable[[str], bool]


def phrase(head: Token) -> str:
    """The noun phrase headed by `head`, without clauses or prepositional tails."""
    left = head
    for child in head.lefts:
        if child.dep_ in NAME_DEPS or child.dep_ == "compound":
            left = min(left, child.left_edge, key=lambda t: t.i)
    doc = head.doc
    words = doc[left.i : head.i + 1]
    text = words.text
    for start in ("the ", "a ", "an ", "The ", "A ", "An "):
        if text.startswith(start):
            text = text[len(start) :]
    return text.strip(" ,")


def classify(head: Token, actor: ActorRef | None, is_outlet: OutletCheck) -> list[Attribution]:
    """Split a claimant phrase into attribution links: "Washington Post journalist David Ignatius"
    gives an outlet and a journalist; "a report by Reuters" gives the outlet."""
    text = phrase(head)
    lemma = head.lemma_.lower()
    role_words = {t.lemma_.lower() for t in head.lefts} | {lemma}
    outlet = _outlet_in(head, is_outlet)
    if outlet is not None and outlet == text:
        return [Attribution(text, "outlet", "")]
    links = [Attribution(outlet, "outlet", "")] if outlet else []
    if role_words & JOURNALIST_WORDS:
        return links + [Attribution(_name_after_role(head) or text, "journalist", "")]
    if lemma in REPORT_WORDS:
        by = _by_agent(head)
        if by is not None:
            return links + classify(by, None, is_outlet)
        return links or [Attribution(text, "report", "")]
    if lemma in ANONYMOUS_WORDS and head.pos_ != "PROPN":
        return links + [Attribution(text, "anonymous", "", actor.code if actor else None)]
    if lemma in BODY_WORDS or (actor is not None and actor.sector == "LEG"):
        return links + [Attribution(text, "body", "", actor.code if actor else None)]
    if actor is not None:
        return links + [Attribution(text, "official", "", actor.code)]
    return links + [Attribution(text, "person" if head.pos_ == "PROPN" else "report", "")]


def _outlet_in(head: Token, is_outlet: OutletCheck) -> str | None:
    toks = list(head.doc[head.left_edge.i : head.i + 1])
    for size in range(min(4, len(toks)), 0, -1):
        for i in range(len(toks) - size + 1):
            text = head.doc[toks[i].i : toks[i].i + size].text
            if is_outlet(text):
                return text
    return None


def _name_after_role(head: Token) -> str | None:
    """'journalist David Ignatius' -> 'David Ignatius'."""
    toks = list(head.doc[head.left_edge.i : head.i + 1])
    names: list[Token] = []
    for tok in reversed(toks):
        if tok.pos_ == "PROPN" and tok.lemma_.lower() not in JOURNALIST_WORDS:
            names.insert(0, tok)
        else:
            break
    return " ".join(t.text for t in names) or None


def _by_agent(head: Token) -> Token | None:
    for child in head.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from", "in"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.dep_ == "nsubjpass":
                agent = _by_agent(verb)
                return agent
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def find_attribution(
    trigger: Token, sent: Span, actor_of: ActorLookup, is_outlet: OutletCheck
) -> list[Attribution]:
    """The attribution chain of the act at `trigger`, outermost claimant first."""
    chain: list[Attribution] = []
    seen: set[int] = set()

    def add(head: Token | None, cue: str) -> None:
        if head is None or head.i in seen or head.pos_ == "PRON" and head.lower_ in ("it", "this", "that"):
            return
        seen.add(head.i)
        for link in classify(head, actor_of(head), is_outlet):
            link.cue = cue
            chain.append(link)

    # "according to X" frames the whole sentence: outermost
    for tok in sent:
        if tok.lower_ == "according":
            for prep in tok.children:
                if prep.lower_ == "to":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            add(pobj, "according to")
    # speech verbs governing the act's clause (collected innermost first while climbing)
    speech: list[tuple[Token, str]] = []
    tok = trigger
    for _ in range(8):
        if tok.head.i == tok.i:
            break
        dep = tok.dep_
        tok = tok.head
        lemma = tok.lemma_.lower()
        if lemma in SPEECH_VERBS and dep in ("ccomp", "parataxis", "xcomp", "advcl", "dobj"):
            cue = tok.text if tok.tag_ != "VBN" or not _by_agent(tok) else f"{tok.text} by"
            speech.append((tok, cue))
    citing = [t for t in sent if t.lower_ == "citing" or (t.lemma_ == "cite" and t.dep_ in ("advcl", "xcomp", "acl"))]
    for verb, cue in reversed(speech):  # outermost claimant first, then whom that claimant cites
        add(_subject(verb), cue.lower())
        for cite in citing:
            if cite.head.i == verb.i:
                for obj in cite.children:
                    if obj.dep_ in ("dobj", "pobj"):
                        add(obj, "citing")
    for cite in citing:  # "citing X" hung elsewhere in the sentence
        for obj in cite.children:
            if obj.dep_ in ("dobj", "pobj"):
                add(obj, "citing")
    # the root's parenthetical "..., officials said." when the act is the root's complement was caught
    # above; hedging adverbs on the trigger or its governors mark an unnamed report
    for tok in [trigger, *trigger.ancestors]:
        for child in tok.children:
            if child.dep_ == "advmod" and child.lower_ in HEDGES:
                chain.append(Attribution("unnamed reports", "anonymous", child.lower_))
                break
        if tok.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "acl", "dobj", "pobj", "prep"):
            break
    return chain


def is_reporter(head: Token, is_outlet: OutletCheck) -> bool:
    """True when a subject is an outlet, a journalist or a report, i.e. someone who reports acts."""
    lemma = head.lemma_.lower()
    if lemma in JOURNALIST_WORDS or lemma in REPORT_WORDS:
        return True
    return is_outlet(phrase(head))
