"""How an act is claimed: asserted, intended, considered, hypothetical, requested, negated, denied.

Read off the dependency parse around the trigger: its own negation and modal auxiliaries, a
conditional clause it sits in, and the verbs that govern it ("considered providing", "refused to
meet", "urged X to withdraw", "denied attacking"). Historical (background) modality is decided by
the coder from the event date. Cue words are general English, kept as data below.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain

from spacy.tokens import Token

from brinkwatch.coding.arguments import has_marker, past_form
from brinkwatch.coding.dates import AGREEMENT_NOUNS, clause_head

CONSIDER = frozenset(
    "consider weigh mull contemplate discuss debate explore study ponder eye examine review evaluate "
    "float entertain assess".split()
)
INTEND = frozenset(
    "plan intend decide agree pledge promise vow prepare aim seek want hope expect resolve commit "
    "offer propose schedule undertake determine move "
    # nouns of intent governing an act: "a willingness to negotiate", "plans to deploy"
    "willingness readiness intention intent decision commitment pledge promise bid desire".split()
)
WEIGHED_OR_INTENDED = CONSIDER | INTEND
REQUEST = frozenset(
    "urge ask call demand request appeal press push encourage invite instruct implore beg exhort order tell pressure "
    "direct lobby petition entreat beseech".split()
)
SPEECH_REQUESTS = frozenset("tell ask".split())
NEGATE = frozenset("refuse decline fail avoid refrain cease stop halt abandon".split())
# an act called off before it took place: "cancelled the summit", "the visit was postponed"
CANCEL = frozenset("cancel scrap postpone shelve scrub rescind retract".split())
# nouns that say an act is missing: "the lack of a concession", "in the absence of talks"
LACKING = frozenset("lack absence".split())
DENY = frozenset("deny dismiss rebut refute".split())
PREVENT = frozenset("prevent stop bar ban block keep deter".split())
CLAIM_WORDS = frozenset("claim claims allegation accusation report reports charge suggestion".split())
THREATEN = frozenset("threaten threat".split())  # "threatened to invade", "its threat to invade"
HYPOTHETICAL_ADJ = frozenset("capable able possible likely".split())
# what parties sign or reach, naming what they will do: "a deal to export gas", "an accord to withdraw troops"
INTENDED_GOVERNING_ADJ = frozenset("ready prepared willing eager determined keen set".split())
# coming together for a purpose does it there: "the ministers gathered in Cairo to discuss Libya"
GATHERING = frozenset("meet gather convene assemble arrive travel fly come visit".split())
# words that put an act ahead without making it the governing party's own intent (no shift to 03x):
# "worked to arrange a meeting" (an attempt), "was due to stand down" (a schedule), "preferred an inquiry"
STILL_AHEAD = {**dict.fromkeys(("work", "strive", "endeavour", "endeavor", "due"), frozenset(("xcomp",))),
               "prefer": frozenset(("dobj", "xcomp"))}
CONSIDERED_ADJ = frozenset("potential possible proposed mooted".split())
INTENDED_ADJ = frozenset("planned upcoming intended forthcoming".split())
EARLIER_ADJ = frozenset("earlier previous prior past".split())
HYPOTHETICAL_MODALS = frozenset("could might may would should can must".split())
FUTURE_MODALS = frozenset("will shall 'll wo".split())
NEGATIONS = frozenset("not n't never no".split())
CONDITIONAL_MARKS = frozenset("if unless".split())  # "whether" only asks: "weighing whether to expel"
# "ready for talks", "open to dialogue": whoever is so would take part in the act (see ready-for-act)
READY_FOR = frozenset("ready open prepared willing".split())
SHORT_OF = frozenset("stop fall come".split())  # "stopped short of", "fell short of": the act was not done
# climbing stops at these: what a speaker said does not change how the act itself is claimed
CLIMB_DEPS = frozenset("xcomp ccomp pcomp acl dobj pobj prep conj acomp".split())
# which link from the act up to a cue word lets that word govern it ("refused to meet": xcomp)
COMPLEMENT = frozenset("xcomp ccomp pcomp dobj pobj acl".split())
INFINITIVE = frozenset("xcomp pcomp dobj".split())


@dataclass(slots=True)
class ModalityResult:
    modality: str = "asserted"
    cue: str | None = None
    governor: Token | None = None  # the verb that changed it ("considered", "threatened")
    shift: str | None = None  # intent | threat | request | reject: the coder may move the CAMEO code


def _negated(tok: Token) -> Token | None:
    if any(c.lower_ in ("until", "till") and c.dep_ in ("prep", "mark") for c in tok.children):
        return None  # "did not endorse her until July": it happened, then
    for child in tok.children:
        if child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
            return child  # "Canada will no longer fund the agency": it stops, as "stopped funding" does
        if child.dep_ == "neg" or (child.lower_ in NEGATIONS and child.dep_ in ("advmod", "det", "neg")):
            nxt = child.nbor(1) if child.i + 1 < len(child.doc) else None
            if nxt is not None and nxt.lower_ in FOCUS_WORDS:
                continue  # "a government for everyone, not just the wealthy": a focus, not the verb denied
            return child
    if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in tok.head.children):
        # "has not participated in or supported the operations": the negation covers each verb it joins by "or"
        return _negated(tok.head)
    return None


FOCUS_WORDS = frozenset(("just", "only", "merely", "simply"))
# an act named as the thing awaited: "the vote is expected on Friday", "talks are scheduled for May"
EXPECTING = frozenset(("expect", "schedule", "slate", "due"))


def not_ruled_out(tok: Token) -> bool:
    """ "would not rule out", "did not exclude", "refused to rule out": a negated or refused exclusion keeps the
    act open (considered)."""
    lemma = tok.lemma_.lower()
    ruled = lemma == "exclude" or (lemma == "rule" and any(c.lower_ == "out" for c in tok.children))
    refused = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("refuse", "decline")
    return ruled and (refused or _negated(tok) is not None)


def _modal(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "aux" and child.tag_ == "MD":
            return child
    return None


def conditional_mark(tok: Token) -> Token | None:
    """The "if" or "unless" that makes `tok`'s clause a condition."""
    for child in tok.children:
        if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
            return child
    return None


def condition_clauses(verb: Token) -> list[Token]:
    """The 'if'/'unless' clauses hung on a verb: "would close the strait if Washington ..."."""
    return [c for c in verb.children if c.dep_ == "advcl" and conditional_mark(c) is not None]


def _lacking(noun: Token) -> str | None:
    """ "the lack of a concession", "in the absence of talks", "without an apology": the act is missing."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "without":
        return head.text
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in LACKING:
        return head.head.text
    return None


def _cancelled(noun: Token) -> Token | None:
    """The verb that called the act off: "cancelled the visit", "the summit was postponed", "called off
    the talks"."""
    # the parser often hangs the clause on the place named last: "the visit to Algiers, which was cancelled"
    holders = [noun, *(o for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")]
    told_off = next((c for h in holders for c in h.children if c.dep_ in ("relcl", "acl")
                     and c.lemma_.lower() in CANCEL and c.tag_ == "VBN"), None)
    if told_off is not None:
        return told_off  # "the planned trip to Warsaw, which was cancelled", "the summit, postponed in May"
    # "a meeting between the leaders during Trump's planned trip to Warsaw, which was cancelled": what was to
    # happen during an occasion called off is called off with it
    around = chain(noun.subtree, noun.head.children if noun.dep_ == "dobj" else ())  # "arranged talks during ..."
    during = next((o for p in around if p.dep_ == "prep" and p.lower_ == "during"
                   for o in p.children if o.dep_ == "pobj"), None)
    if during is not None and during.i != noun.i:
        off = _cancelled(during)
        if off is not None:
            return off
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma in CANCEL or lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return verb
    return None


# a modal with a perfect guesses at a past act, reported as alleged ("would have" stays a counterfactual)
GUESSED_PAST_MODALS = frozenset(("might", "may", "could"))


def intent_object(tok: Token) -> Token | None:
    """The intent noun a to-infinitive clause belongs to when the parser hung the clause on the verb whose object
    the noun is ("signalled its readiness on Sunday to expand trade"), else None."""
    if tok.dep_ != "advcl" or not has_marker(tok, "aux", "to"):
        return None
    return next((c for c in tok.head.children if c.dep_ == "dobj" and c.lemma_.lower() in INTEND), None)


def find_modality(trigger: Token, speech_verbs: frozenset[str] = frozenset()) -> ModalityResult:
    """Modality of the act expressed by `trigger` (a verb, or a noun naming the act)."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        called_off = _cancelled(trigger)
        if called_off is not None:
            return ModalityResult("negated", called_off.text, called_off)
        for child in trigger.children:
            if child.dep_ == "amod" and child.lemma_.lower() in CONSIDERED_ADJ:
                return ModalityResult("considered", child.text)
            if child.dep_ == "amod" and child.lemma_.lower() in INTENDED_ADJ:
                return ModalityResult("intended", child.text)
            if child.dep_ == "det" and child.lower_ == "no":
                return ModalityResult("negated", child.text)
            if child.dep_ == "amod" and child.lower_ in EARLIER_ADJ:
                return ModalityResult("historical", child.text)  # "this fulfilled Biden's earlier pledge"
        lacking = _lacking(trigger)
        if lacking is not None:
            return ModalityResult("negated", lacking)
        if trigger.dep_ == "nsubjpass" and trigger.head.lemma_.lower() in EXPECTING:
            # "ratification by the Senate was expected Friday": an act awaited has not happened yet
            return ModalityResult("intended", trigger.head.text, trigger.head)
        if trigger.dep_ in ("nsubj", "nsubjpass"):
            # "a blockade of Taiwan could disrupt supplies": an act named as the subject of a possibility
            modal = _modal(trigger.head)
            if modal is not None and modal.lower_ in ("could", "might", "may", "would"):
                return ModalityResult("hypothetical", modal.text)
    hedge = _hedged(trigger)
    if hedge is not None:
        return ModalityResult("hypothetical", hedge)
    tok, via, prep = trigger, "", ""
    own_clause = False  # the act is told in a finite clause of its own below `tok` ("I pledge that ...")
    prev = trigger
    for _ in range(6):  # governing chains longer than this are parse noise
        if via == "conj" and _contrasted(tok, prev):
            return ModalityResult()  # "would have faced a trial but resigned": what came instead did happen
        if tok.i != trigger.i and via in COMPLEMENT and not_ruled_out(tok):
            return ModalityResult("considered", f"not {tok.text} out", tok)  # "would not rule out talks"
        neg = _negated(tok)
        if neg is not None:
            return ModalityResult("negated", neg.text, tok if tok.i != trigger.i else None)
        cond = conditional_mark(tok)
        if cond is not None:
            return ModalityResult("hypothetical", cond.text)
        if tok.i != trigger.i and via in ("ccomp", *INFINITIVE) and _asked_whether(prev):
            # "has yet to decide whether to expel the envoy": an act left open by "whether" is weighed
            return ModalityResult("considered", "whether", tok, shift="intent")
        if tok.i != trigger.i and via in INFINITIVE and tok.lemma_.lower() in CONSIDER:
            # "Mexico would consider charging the gunman": weighed, whatever the modal on the weighing
            return ModalityResult("considered", tok.text, tok, shift="intent")
        modal = _modal(tok) if not own_clause else None
        if modal is not None:
            word = modal.lower_
            if word in FUTURE_MODALS:
                return ModalityResult("intended", modal.text, shift="intent")
            if word in HYPOTHETICAL_MODALS:
                if word in GUESSED_PAST_MODALS and tok.tag_ == "VBN" and has_marker(tok, "aux", "have"):
                    return ModalityResult()  # "Trump might have encouraged Zelensky": a past act reported as alleged
                # "would" reporting a plan after a speech verb is future-in-the-past, not a condition
                if word == "would" and _said_clause(tok, speech_verbs):
                    return ModalityResult("intended", modal.text, shift="intent")
                return ModalityResult("hypothetical", modal.text)
        if tok.i != trigger.i and via != "conj" and not (own_clause and tok.lemma_.lower() in WEIGHED_OR_INTENDED):
            found = _governor_cue(tok, via, speech_verbs, prep)
            if found is not None:
                return found
            if tok.lemma_.lower() in speech_verbs:
                return ModalityResult()  # the speaker's own claim is attribution, not modality
        # "called for Serbia to withdraw": a 'for X to do' clause is governed like an infinitive
        for_to = tok.dep_ == "advcl" and has_marker(tok, "mark", "for") and has_marker(tok, "aux", "to")
        # "a deal to export gas" is an infinitive on the noun, whichever way the parser labels it
        to_relcl = tok.dep_ == "relcl" and has_marker(tok, "aux", "to") and tok.head.lemma_.lower() in PROVIDING_TEXTS
        intent_noun = intent_object(tok)
        if intent_noun is not None:
            # "signalled its readiness on Sunday to expand trade": the parser hangs the noun's infinitive on the verb
            return ModalityResult("intended", intent_noun.text, intent_noun, shift="intent")
        if _purpose(tok) and not for_to:
            # "worked to arrange a meeting", "sent troops to deter Iran": what an act is done for is ahead
            return ModalityResult("intended", f"to {tok.text}", tok.head)
        if (tok.dep_ not in CLIMB_DEPS and not for_to and not to_relcl) or tok.head.i == tok.i:
            break
        if tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBG"):
            break  # "a deal brokered by China": a participle asserts its own act
        via, prep = ("xcomp" if for_to else "acl" if to_relcl else tok.dep_), ""
        # "I pledge that we will ...", "we will seek to ..." (a misparse hangs the first under the second): a
        # finite clause with its own subject keeps its own tense; a modal or plan above it does not reach in
        own_clause = via == "ccomp" and _finite_with_subject(tok)
        prev, tok = tok, tok.head
        if tok.pos_ == "ADP" and tok.head.i != tok.i:  # "called for talks": step over the preposition
            prep = tok.lower_
            tok = tok.head
    return ModalityResult()


# texts whose infinitive tells what they provide for: "a deal to export gas", "a resolution to expel the troops"
PROVIDING_TEXTS = AGREEMENT_NOUNS | frozenset("resolution bill motion".split())


def _purpose(verb: Token) -> bool:
    """An infinitive hung on a verb as an adverbial clause says what that act was for: "sent troops (in order)
    to deter Iran"."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and has_marker(verb, "aux", "to") and \
        verb.head.pos_ in ("VERB", "AUX") and verb.head.lemma_.lower() not in GATHERING


def _said_clause(verb: Token, speech_verbs: frozenset[str]) -> bool:
    """Is `verb` the head of a clause a speech verb reports, also as the second of two "that" clauses ("said the
    talks went well and that he would travel to Beijing")?"""
    while verb.dep_ == "conj" and verb.head.i != verb.i and has_marker(verb, "mark", "that"):
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.lemma_ in speech_verbs


def _asked_whether(verb: Token) -> bool:
    """"whether to expel": an infinitive opened by "whether" names an act not yet decided."""
    return any(c.lower_ == "whether" and c.dep_ in ("mark", "advmod") and c.i < verb.i for c in verb.children)


def _contrasted(first: Token, second: Token) -> bool:
    """ "did not strike the town but shelled it", "would have faced trial but resigned", "did not concede and
    vowed to fight on": a conjunct in a tense of its own (past or present) is not under the first's negation or
    modal (those go with a bare conjunct: "did not concede or admit defeat"); so is a past participle with no
    auxiliary, which the tagger may take for a past tense ("urged the envoy to leave and summoned ...")."""
    return (second.tag_ in ("VBZ", "VBP") or past_form(second)) and first.i < second.i


def _short_of(tok: Token) -> bool:
    """"stopped short of", "fell short of": the parser hangs "of" on "short" or on the verb."""
    if tok.lower_ == "short":
        return tok.head.lemma_.lower() in SHORT_OF
    return tok.lemma_.lower() in SHORT_OF and any(c.lower_ == "short" for c in tok.children)


def _finite_with_subject(tok: Token) -> bool:
    """A verb in the past or present tense with a subject of its own: "(that) Russia attacked"."""
    return tok.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _governor_cue(tok: Token, via: str, speech_verbs: frozenset[str], prep: str = "") -> ModalityResult | None:
    lemma = tok.lemma_.lower()
    if via not in COMPLEMENT:
        return None
    if via in ("pcomp", "pobj") and prep == "of" and _short_of(tok):
        return ModalityResult("negated", "short of", tok)  # "stopped short of condemning the raid"
    if via == "pobj" and prep in ("for", "to") and lemma in READY_FOR and tok.pos_ == "ADJ":
        return ModalityResult("intended", tok.text, tok, shift="intent")  # "said it was ready for talks"
    # "called for talks" governs; "called up reservists after the attack" does not
    if via == "pobj" and not (lemma in REQUEST and prep == "for" or lemma in THREATEN and prep == "with"):
        return None
    if via == "xcomp" and any(c.lower_ == "yet" for c in tok.children):
        return ModalityResult("negated", "yet to", tok)  # "has yet to concede"
    if lemma in CONSIDER:
        return ModalityResult("considered", tok.text, tok, shift="intent")
    if lemma in THREATEN:
        return ModalityResult("asserted", tok.text, tok, shift="threat")
    if lemma in INTEND:
        return ModalityResult("intended", tok.text, tok, shift="intent")
    if lemma in PROVIDING_TEXTS and via == "acl" and tok.pos_ == "NOUN":
        # "signed a deal to export gas", "voted on a resolution to expel the troops": what the text provides for
        return ModalityResult("intended", tok.text, tok)
    if lemma in REQUEST and any(c.dep_ == "oprd" for c in tok.children):
        return None  # "called the investigation a witch hunt": naming something, not asking for it
    if lemma in REQUEST and (via != "ccomp" or lemma not in SPEECH_REQUESTS):
        # "told Reuters that ..." reports; "told X to ..." asks
        return ModalityResult("requested", tok.text, tok, shift="request")
    if lemma in NEGATE and via in INFINITIVE:
        return ModalityResult("negated", tok.text, tok, shift="reject")
    if lemma in PREVENT and via in ("pobj", "pcomp") and prep == "from":
        return ModalityResult("negated", f"{tok.text} from", tok)  # "prevented ISIS from gaining ground"
    if lemma == "unable" and via == "xcomp":
        return ModalityResult("negated", tok.text, tok)
    if lemma == "dismiss" and via == "dobj" and not CLAIM_WORDS & {c.lemma_.lower() for c in tok.children}:
        return None  # a court dismissing a lawsuit rejects it; only dismissed claims are denials
    if lemma in DENY:
        return ModalityResult("denied", tok.text, tok)
    if lemma in HYPOTHETICAL_ADJ:
        return ModalityResult("hypothetical", tok.text, tok)
    if lemma in INTENDED_GOVERNING_ADJ:
        return ModalityResult("intended", tok.text, tok, shift="intent")
    if via in STILL_AHEAD.get(lemma, ()):
        return ModalityResult("intended", tok.text, tok)
    if lemma == "go" and tok.tag_ == "VBG" and via == "xcomp":  # "is going to strike"
        return ModalityResult("intended", "going to", tok, shift="intent")
    if lemma == "be" and via == "xcomp":
        return ModalityResult("intended", f"{tok.text} to", tok)  # "the premier is to step down today"
    if via == "xcomp" and tok.pos_ == "NOUN":
        # "an agreement for the Syrian army to deploy", "a plan for troops to leave": what a thing provides for
        return ModalityResult("intended", f"for {tok.text} to", tok)
    return None


# nouns that look back at an act as experience: "lessons from the strikes", "the legacy of the war"
# words that rank someone among those an act befell: "the first leader to visit", "the last to be expelled"
RANK_WORDS = frozenset("first second third fourth fifth last only latest".split())
RETROSPECTIVE_NOUNS = frozenset(
    "lesson experience memory legacy history precedent example effectiveness success failure aftermath "
    "anniversary".split()
)


def background_cue(trigger: Token, speech_verbs: frozenset[str] = frozenset()) -> str | None:
    """A cue that the act is told as background rather than news: an act looked back on ("drew lessons
    from the strikes", "the legacy of the war"). Dates stated in the text are the main signal (coder)."""
    earlier = _told_as_earlier(clause_head(trigger))
    if earlier is not None:
        return earlier
    tok = trigger
    for _ in range(6):
        if tok.lemma_.lower() in speech_verbs:
            return None
        for c in tok.children:
            if c.dep_ in ("dobj", "pobj", "nsubj") and c.lemma_.lower() in RETROSPECTIVE_NOUNS:
                return c.text
        if tok.i != trigger.i and tok.lemma_.lower() in RETROSPECTIVE_NOUNS:
            return tok.text
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return None


def told_as_earlier(trigger: Token) -> str | None:
    """An adverb on the act's clause that tells it as before the news: "previously pledged to send troops"."""
    return _earlier_adverb(trigger) or _earlier_adverb(clause_head(trigger))


def _earlier_adverb(verb: Token) -> str | None:
    return next((c.text for c in verb.children if c.dep_ == "advmod" and c.lower_ in EARLIER_ADVERBS), None)


# a stretch of someone's career: "during his time as vice president", "during her presidency"
TENURE_NOUNS = frozenset("time tenure term presidency premiership chancellorship reign career stint".split())


# adverbs that make an act a guess: "somebody getting shot, perhaps by rioters", "Russia possibly attacked"
HEDGE_ADVERBS = frozenset("perhaps possibly maybe".split())


def _hedged(trigger: Token) -> str | None:
    """A hedge on the act's verb or on its doer's "by" phrase."""
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "agent")]
    return next((c.text for h in holders for c in h.children if c.dep_ == "advmod" and c.lower_ in HEDGE_ADVERBS), None)


# words that make "since" a time, not a reason: "the first time since", "two years since"
INTERVAL_WORDS = frozenset("first time times years months decades weeks".split())


def _interval_before(verb: Token, since: Token) -> bool:
    """The clause "since" hangs on counts time up to now: "the first time ... since", "years since"."""
    return any(t.lower_ in INTERVAL_WORDS for t in verb.doc[verb.sent.start : since.i])


EARLIER_ADVERBS = frozenset(("previously", "formerly"))


def _told_as_earlier(verb: Token) -> str | None:
    """Words on the act's own verb that place it before the story: "Iran had seized a tanker before" (a bare
    "before" after the verb), "Australia has in the past sent troops", and a past perfect dated to earlier in
    the year ("Earlier this year, China had imposed sanctions": months back, told as background)."""
    pluperfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    since = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "since"), None)
    if since is not None and verb.tag_ in ("VBD", "VBN") and _interval_before(verb, since):
        return "since"  # "the first speech Flynn made since he was pardoned": the act that opens the interval
    if verb.tag_ in ("VBD", "VBN") and (earlier := _earlier_adverb(verb)) is not None:
        return earlier  # "McConnell previously committed to a trial": told as what came before the news
    if verb.dep_ == "relcl" and verb.tag_ == "VBD" and verb.head.lower_ == "time" and any(
            c.dep_ == "amod" and c.lower_ == "last" for c in verb.head.children) and _long_ago(verb):
        return "the last time"  # "the last time the government ordered a network shut was in 1972": recalled
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ == "before" and child.i > verb.i and not any(child.children):
            return child.text
        if child.dep_ == "prep" and child.lower_ == "in" and any(
            g.dep_ == "pobj" and g.lower_ == "past" for g in child.children
        ):
            return "in the past"
        if pluperfect and child.lower_ == "year" and {"earlier", "this"} <= {g.lower_ for g in child.children}:
            return "had"
        if child.dep_ == "prep" and child.lower_ in ("in", "throughout") and any(
            g.dep_ == "pobj" and g.lower_ == "history" for g in child.children
        ):
            return "in history"  # "the House has impeached two presidents in the history of the country"
        if child.dep_ == "prep" and child.lower_ == "during" and verb.tag_ == "VBD" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in TENURE_NOUNS and any(p.dep_ == "poss" for p in g.children)
            for g in child.children
        ):
            return "during"  # "during his time as vice president, he called for ...": a past tenure recalled
    return _ranked_infinitive(verb)


# words by which the clause that says when "the last time" was places it long before ("was during martial law")
LONG_AGO_WORDS = frozenset(("during", "ago", "decade", "decades", "century", "era"))


def _long_ago(relcl: Token) -> bool:
    """"The last time X did Y was in 1972 / during martial law", not "was on Monday"."""
    said = relcl.head.head  # "time" is the subject of "was"
    inside = {t.i for t in relcl.subtree}
    return any(t.i not in inside and (t.lower_ in LONG_AGO_WORDS or (t.like_num and len(t.text) == 4 and t.text.isdigit()))
               for t in said.subtree)


def _ranked_infinitive(verb: Token) -> str | None:
    """"Trump, the third president to be impeached by the House": an infinitive that ranks someone among
    those it befell describes who they are, by an act told before."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    # "Modi became the first leader to visit Israel" is news: only a description set off beside a name counts
    nouns = [verb.head] if verb.dep_ in ("acl", "relcl") and verb.head.dep_ == "appos" else []
    nouns += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i and verb.dep_ == "ROOT"]
    for noun in nouns:
        for c in noun.children:
            if c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.tag_ == "JJS" or c.lower_ in RANK_WORDS):
                return f"{c.text} {noun.text} to"
    return None
