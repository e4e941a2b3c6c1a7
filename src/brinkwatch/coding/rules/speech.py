"""Constructions of reported speech: refusals of what another party asked or offered, demands told in a
clause of their own, and acts named inside a text or an inquiry that are no events of their own.

Registered before the other rule modules (see rules/__init__.py): the trigger rules here are narrower than
the lexicon rows they come before, and the sentence rules must settle a refused request before
`governor-dropped` reads the refusal as governing the act asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from brinkwatch.coding import arguments as args
from brinkwatch.coding.attribution import is_reporter
from brinkwatch.coding.rules.core import Attempt, rule
from brinkwatch.coding.rules.shared import COERCIVE_ROOTS, NOUN_POS, TRANSFER_THEMES, TRANSFER_VERBS, made

if TYPE_CHECKING:
    from brinkwatch.coding.coder import Candidate, SentenceCoder
    from brinkwatch.model import ActorRef

# ---- refusing what another party asked or offered -------------------------------------------------------
# verbs that turn down what is put to them: "rejected the request", "turned down an invitation"
TURNING_DOWN = frozenset("reject refuse decline rebuff spurn deny".split())
ASKING_NOUNS = args.REQUEST_NOUNS
INVITING_NOUNS = frozenset(("invitation", "invite"))
# ("calls for dialogue on reform" asks for a change of course more than a meeting: left to the lexicon, 123)
MEETING_NOUNS = frozenset("talk negotiation meeting summit visit".split())
HELP_NOUNS = frozenset("assistance aid help support".split())
MEDIATING = frozenset(("mediate", "mediation", "broker"))
# the kind of aid asked for, by its adjective ("a request for military assistance")
AID_KINDS = {"military": "1222", "economic": "1221", "financial": "1221", "humanitarian": "1223"}
# what refusing a request for aid is, by the aid's code (CAMEO 122x: 071 -> 1221, 072 -> 1222, 073 -> 1223)
REFUSED_AID = {"071": "1221", "072": "1222", "073": "1223"}
# demands for change (CAMEO 123x): "dismissed calls for his resignation", "rejected demands for reform"
CHANGE_NOUNS = {"resignation": "1231", "ouster": "1231", "removal": "1231", "reform": "123", "change": "123"}
# particles that make a verb one of turning down: "turned down", "brushed aside"
TURN_DOWN = {"turn": "down", "brush": "aside"}


def _turns_down(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in TURN_DOWN:
        return any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == TURN_DOWN[lemma] for c in verb.children)
    return lemma in TURNING_DOWN


def _aid_code(noun: Token) -> str:
    """"assistance" -> 122, "military assistance" -> 1222."""
    kinds = {AID_KINDS[c.lower_] for c in noun.children if c.dep_ in ("amod", "compound") and c.lower_ in AID_KINDS}
    return kinds.pop() if len(kinds) == 1 else "122"


def _sent_code(verb: Token) -> str | None:
    """A request to hand something over: "to send tank shells" -> 1222, "to provide loans" -> 1221."""
    if verb.lemma_.lower() not in TRANSFER_VERBS:
        return None
    themes = args.complement_lemmas(verb, None, compounds=True)
    codes = {REFUSED_AID[TRANSFER_THEMES[t]] for t in themes if TRANSFER_THEMES.get(t) in REFUSED_AID}
    return codes.pop() if len(codes) == 1 else None


def refused_ask_code(noun: Token) -> str | None:
    """The CAMEO 12x code of turning down the request, appeal or invitation `noun`, by what it asks for;
    None where what it asks for is not told."""
    lemma = noun.lemma_.lower()
    asked = [o for w, o in args.prep_objects(noun) if w in ("for", "to")]
    acts = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    if lemma in INVITING_NOUNS:
        # "an invitation to peace talks", "an invitation to visit Cairo": an invitation to meet
        return "125"
    if lemma not in ASKING_NOUNS:
        if lemma == "offer" and any(a.lemma_.lower() in MEDIATING for a in [*asked, *acts]):
            return "126"  # "rejected an offer to mediate"
        return None
    for obj in asked:
        word = obj.lemma_.lower()
        if word in HELP_NOUNS:
            return _aid_code(obj)
        if word in MEETING_NOUNS:
            return "125"
        if word in CHANGE_NOUNS:
            return CHANGE_NOUNS[word]
    for act in acts:
        code = _sent_code(act)
        if code is not None:
            return code
    return None


def requester(coder: SentenceCoder, noun: Token, att: Attempt) -> list[tuple[Token, ActorRef]]:
    """Who made the request or invitation: "a request from Beirut", "Berlin's request", "a French request",
    "an invitation by Cairo"."""
    # "from" may hang on the noun, on what is asked for ("a request for aid from Beirut") or on the verb
    asked = [o for w, o in args.prep_objects(noun) if w in ("for", "to")]
    toks = [o for h in (noun, *asked, att.trigger) for w, o in args.prep_objects(h) if w in ("from", "by")]
    toks += [c for c in noun.children if c.dep_ == "poss" and c.tag_ != "PRP$"]
    # "a French request", "opposition calls": a modifier that names a party ("as baseless U.S. claims", misread
    # as a clause, gives it as the subject)
    toks += [c for c in noun.children if c.dep_ in ("amod", "compound") or c.dep_ == "nsubj" and noun.tag_ == "VBZ"]
    for tok in toks:
        found = coder.find_targets([tok], att.sources, att.inp)
        if found:
            return found
    return []


@rule("refused-request", "trigger", "verb")
def refused_request(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Quito turned down a request for military assistance from Lima": turning down a request, appeal or
    invitation is a rejection (12x by what was asked: 122x aid, 125 talks, 123x change), aimed at whoever
    asked; the act asked for is no event of its own (see refused-request-inside)."""
    verb = att.trigger
    if not _turns_down(verb):
        return None
    noun = _refused_thing(verb)
    if noun is None or noun.pos_ not in NOUN_POS:
        return None
    code = refused_ask_code(noun)
    if code is None:
        return None
    att.code, att.origin = code, ""
    att.consumed.update(t.i for t in noun.subtree if t.pos_ in NOUN_POS)
    return noun.text


def _refused_thing(verb: Token) -> Token | None:
    """What was turned down: the object, or the subject of the passive ("a request from Yerevan was rebuffed
    by Moscow")."""
    if args.is_passive(verb):
        return args.child(verb, ("nsubjpass",))
    # "dismissed as groundless Polish claims that ...": the object put after its judgement
    return args.child(verb, ("dobj",)) or args.judged_object(verb)


# what a denial turns down: "rejected suggestions that it was behind the attack"
CLAIM_NOUNS = args.CHARGE_NOUNS | {"suggestion"}
REJECTING_CLAIMS = frozenset("reject dismiss deny refute rebuff".split())


@rule("rejected-claim", "trigger", "verb")
def rejected_claim(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The Kremlin rejected suggestions that it was behind the poisoning", "Minsk dismissed as groundless
    Polish claims that it had jammed the signals": turning down a claim about oneself is a denial (016), aimed at
    whoever made the claim when the text names them; the act the claim tells, if coded, is denied."""
    verb = att.trigger
    if verb.lemma_.lower() not in REJECTING_CLAIMS and not _turns_down(verb):
        return None
    noun = _refused_thing(verb)
    if noun is None or noun.lemma_.lower() not in CLAIM_NOUNS:
        return None
    if not any(c.dep_ in ("acl", "ccomp", "relcl") or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None  # "rejected the claim" alone does not say what was claimed
    att.code, att.origin = "016", ""
    att.consumed.update(t.i for t in noun.subtree if t.pos_ in NOUN_POS)
    return noun.text


@rule("requester-target", "target", "verb")
def requester_target(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Quito turned down a request for military assistance from Lima": the one who asked is the target;
    where no one is named as asking, the refusal names no target (Lima's aid goes to no one here). So does a
    denial of a claim: "denied accusations that it had hacked Czech servers" is aimed at no one named."""
    if att.made_by not in ("refused-request", "rejected-claim"):
        return None
    noun = _refused_thing(att.trigger)
    found = requester(coder, noun, att) if noun is not None else []
    if not found:
        att.no_target = True
        return "no one named as asking"
    att.targets = found
    return ", ".join(a.code for _, a in found)


@rule("refused-request-inside", "sentence", veto=True)
def refused_request_inside(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Oslo refused a Danish request to send frigates to the Gulf": the sending asked for and refused is
    part of the refusal, no event of its own."""
    dropped = []
    for cand in cands:
        if cand.made_by != "refused-request":
            continue  # (what a rejected claim tells stays, denied: "denied claims that Tehran attacked the tankers")
        noun = _refused_thing(cand.trigger)
        inside = {t.i for t in noun.subtree} if noun is not None else set()
        dropped += [(o, cand.trigger.text) for o in cands if o.trigger.i in inside]
    return dropped


# ---- demands told in a clause of their own --------------------------------------------------------------
TELLING = frozenset(("tell", "inform"))
OBLIGING = frozenset(("must", "should"))
# "it" or "they" in the clause told is the party told: "told Hanoi it must ..."
TOLD_PRONOUNS = frozenset(("it", "they", "you"))


def _obliged_clause(verb: Token) -> Token | None:
    """The clause "(that) it must stop ..." a telling verb governs, with an obliging modal ("must",
    "should", "has to") and a pronoun subject standing for the party told."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")):
        subj = args.child(clause, ("nsubj",))
        if subj is None or subj.lower_ not in TOLD_PRONOUNS:
            continue
        modal = any(c.dep_ == "aux" and c.lower_ in OBLIGING for c in clause.children)
        has_to = clause.lemma_.lower() in ("have", "need") and args.child(clause, ("xcomp",)) is not None
        if modal or has_to:
            return args.child(clause, ("xcomp",)) if has_to else clause
    return None


@rule("told-must", "trigger", "verb")
def told_must(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Ankara told Stockholm it must extradite the suspects": telling a party that it must act is a demand
    on that party (10x, refined by the act); a reporter told is no party ("told reporters it must wait")."""
    verb = att.trigger
    if verb.lemma_.lower() not in TELLING or args.is_passive(verb):
        return None
    told = args.child(verb, ("dobj", "dative"))
    act = _obliged_clause(verb)
    if told is None or act is None or is_reporter(told, coder.is_outlet):
        return None
    targets = coder.find_targets([told], [], att.inp)
    if not targets:
        return None
    att.code, att.origin, att.targets = "100", "", targets
    return act.text


@rule("told-must-act", "sentence", veto=True)
def told_must_act(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Ankara told Stockholm it must extradite the suspects": the act demanded is part of the demand."""
    dropped = []
    for cand in cands:
        if cand.made_by != "told-must":
            continue
        clause = next((c for c in cand.trigger.children if c.dep_ == "ccomp"), None)
        inside = {t.i for t in clause.subtree} if clause is not None else set()
        # "... it must pay the fine or face sanctions": the threat that goes with the demand stays
        dropped += [(o, cand.trigger.text) for o in cands if o.trigger.i in inside and o.made_by != "or-face-misparsed"]
    return dropped


# verbs that tell a party what awaits it: "told Minsk it would face sanctions", "warned Hanoi it would face ..."
TELLING_FATE = frozenset(("tell", "warn", "inform"))
FUTURE_MODALS = frozenset(("will", "would", "could", "may", "might", "'ll"))


def _fate_teller(face: Token) -> tuple[Token, Token] | None:
    """(telling verb, party told) for "told X it would face ...": the clause of "face" is what the verb
    tells, its subject a pronoun for the party told."""
    teller = face.head
    if face.dep_ != "ccomp" or teller.lemma_.lower() not in TELLING_FATE or args.is_passive(teller):
        return None
    told = args.child(teller, ("dobj", "dative"))
    subj = args.child(face, ("nsubj",))
    if told is None or subj is None or subj.lower_ not in ("it", "they"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in face.children):
        return None
    return teller, told


@rule("told-would-face", "trigger", "verb")
def told_would_face(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Brussels told Minsk it would face new sanctions unless it freed the activists": telling a party it
    will face a coercive act is a threat (13x by the act) from the teller to that party."""
    face = att.trigger
    if face.lemma_.lower() != "face":
        return None
    found = _fate_teller(face)
    obj = args.child(face, ("dobj",))
    noun = coder.lexicon.nouns.get(obj.lemma_.lower()) if obj is not None else None
    if found is None or noun is None:
        return None
    code = coder.shift_code("threat", noun.code) if noun.code[:2] in COERCIVE_ROOTS else None
    teller, told = found
    speaker = args.subject_of(teller)
    if code is None or speaker is None or is_reporter(told, coder.is_outlet):
        return None
    sources = coder.actors_at(speaker, att.inp)
    targets = coder.find_targets([told], sources, att.inp) if sources else []
    if not targets:
        return None
    att.sources, att.targets = sources, targets
    att.code, att.origin = code, noun.origin
    att.consumed.add(obj.i)
    return teller.text


@rule("fate-told-made", "claim")
def fate_told_made(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Brussels told Minsk it would face new sanctions": the threat was made (asserted, unless the telling
    itself is denied or only planned); only the sanctions are yet to come."""
    if cand.made_by != "told-would-face":
        return None
    cand.mod = made(coder, cand.trigger.head)
    return cand.mod.modality


@rule("fate-told", "sentence", veto=True)
def fate_told(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Brussels warned Minsk it would face new sanctions": the warning is the threat, one event."""
    dropped = []
    for cand in cands:
        if cand.made_by != "told-would-face":
            continue
        teller = cand.trigger.head
        dropped += [(o, cand.trigger.text) for o in cands if o.trigger.i == teller.i]
    return dropped


def _faced_noun(face: Token) -> Token | None:
    """The noun right after "face" ("or face consequences", "or face new sanctions")."""
    for tok in face.doc[face.i + 1: face.i + 4]:
        if tok.pos_ in NOUN_POS:
            return tok
        if tok.pos_ not in ("DET", "ADJ"):
            return None
    return None


def _demanded_act(face: Token) -> Token | None:
    """The act a misparsed "or face ..." hangs inside: the first verb above it."""
    tok = face.head
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


@rule("or-face-misparsed", "trigger")
def or_face_misparsed(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Beijing insisted that Manila withdraw its ship or face consequences": where the parser reads
    "its ship or face consequences" as one noun phrase, the "or face" after a demanded act is still a
    threat (13x by what is faced, else 130) from the one demanding to the one asked."""
    face = att.trigger
    if face.lower_ not in ("face", "faces") or face.i == 0 or face.doc[face.i - 1].lower_ != "or":
        return None
    if face.head.pos_ in ("VERB", "AUX"):
        return None  # a verb's own "or face": the ultimatum rule reads it
    act = _demanded_act(face)
    demander = act.head if act is not None and act.dep_ in ("xcomp", "ccomp") else None
    if demander is None or demander.pos_ != "VERB":
        return None
    asked, speaker = args.subject_of(act), args.subject_of(demander)
    if asked is not None and asked.lower_ in ("it", "they"):
        asked = args.child(demander, ("dobj", "dative"))  # "told Warsaw it must pay ... or face"
    if asked is None or speaker is None or asked.i == speaker.i:
        return None
    sources = coder.actors_at(speaker, att.inp)
    targets = coder.find_targets([asked], sources, att.inp) if sources else []
    if not targets:
        return None
    faced = _faced_noun(face)
    noun = coder.lexicon.nouns.get(faced.lemma_.lower()) if faced is not None else None
    att.sources, att.targets = sources, targets
    att.code = (coder.shift_code("threat", noun.code) if noun is not None else None) or "130"
    att.origin = noun.origin if noun is not None else ""
    if faced is not None:
        att.consumed.add(faced.i)
    return demander.text


@rule("or-face-made", "claim")
def or_face_made(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Beijing insisted that Manila withdraw its ship or face consequences": the threat was made."""
    if cand.made_by != "or-face-misparsed":
        return None
    act = _demanded_act(cand.trigger)
    if act is None:
        return None
    cand.mod = made(coder, act.head)
    return cand.mod.modality


@rule("asked-for-inside", "sentence", veto=True)
def asked_for_inside(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Mogadishu asked the AU for more troops to help its army fight the insurgents": what is asked "for",
    and what it is to do, are part of the appeal or demand, no acts of their own."""
    dropped = []
    for cand in cands:
        if cand.code[:2] not in ("02", "10") or cand.nominal:
            continue
        asked = [o for w, o in args.prep_objects(cand.trigger) if w == "for"]
        if not asked:
            continue
        # the parser hangs the purpose of what is asked on the verb: "for more troops [to help ...]"
        asked += [c for c in cand.trigger.children if c.dep_ == "advcl" and c.i > asked[0].i
                  and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        inside = {t.i for o in asked for t in o.subtree}
        dropped += [(o, cand.trigger.text) for o in cands if o is not cand and o.trigger.i in inside]
    return dropped


# ---- acts named inside what another act is about --------------------------------------------------------
AWAITING_MARKS = frozenset(("until", "till", "unless"))


@rule("awaited-act", "candidate", veto=True)
def awaited_act(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"The activists vowed to fast until the premier resigns": an act in a present-tense "until" or
    "unless" clause is awaited, not done ("fought on until the army withdrew" is told as done)."""
    trig = cand.trigger
    if cand.nominal or trig.dep_ != "advcl" or trig.tag_ not in ("VBZ", "VBP", "VB"):
        return None
    mark = next((c for c in trig.children if c.dep_ == "mark" and c.lower_ in AWAITING_MARKS), None)
    return mark.text if mark is not None else None

# texts a body votes on: what the text would do is not done when it is turned down
TEXT_NOUNS = frozenset("resolution motion draft bill text statement declaration amendment proposal".split())


# prepositions that tell the circumstances of the vote, not what the text says: "despite protests"
CIRCUMSTANCE_PREPS = frozenset(("despite", "amid", "after", "before", "following"))


def _text_says(clause: Token) -> set[int]:
    """The tokens of what a text says ("condemning the coup"), without what follows a comma or tells the
    vote's circumstances ("..., despite activists' demands": the demands are real)."""
    comma = next((c.i for c in clause.children if c.dep_ == "punct" and c.text == ","), None)
    out = {clause.i}
    for c in clause.children:
        if (comma is not None and c.i > comma) or (c.dep_ == "prep" and c.lower_ in CIRCUMSTANCE_PREPS):
            continue
        out |= {t.i for t in c.subtree}
    return out


@rule("vetoed-text", "sentence", veto=True)
def vetoed_text(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Beijing vetoed a draft resolution condemning the coup in Myanmar": the condemning is what the
    vetoed text would have said, no act of anyone; the veto (129) is the event."""
    dropped = []
    for cand in cands:
        if cand.code[:2] != "12" or cand.nominal:
            continue
        for text in (c for c in cand.trigger.children if c.dep_ in ("dobj", "nsubjpass")):
            if text.lemma_.lower() not in TEXT_NOUNS:
                continue
            said = [c for c in text.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
            # "vetoed a resolution on Tuesday condemning ...": the parser hangs the text's participle on the
            # verb once a date stands between; with no comma before it, it is still the text's
            said += [c for c in cand.trigger.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > text.i
                     and c.doc[c.i - 1].text != ","]
            inside = {i for s in said for i in _text_says(s)}
            dropped += [(o, cand.trigger.text) for o in cands if o.trigger.i in inside]
    return dropped


@rule("text-maker", "target", "verb")
def text_maker(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Beijing vetoed a Security Council resolution condemning the coup in Myanmar": turning down a text is
    aimed at the body whose text it is ("a Security Council resolution", "the council's draft", "a motion
    by the opposition"), not at whom the text names; with no body named, at no one."""
    if att.code is None or att.code[:2] != "12":
        return None
    text = args.child(att.trigger, ("dobj",))
    if text is None or text.lemma_.lower() not in TEXT_NOUNS:
        return None
    makers = [c for c in text.children if c.dep_ in ("compound", "amod", "poss", "nmod") and c.tag_ != "PRP$"]
    makers += [o for w, o in args.prep_objects(text) if w in ("of", "by", "from")]
    says = [c for c in text.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    # "the resolution passed by the IAEA board", "a proposal put forward by Egyptian mediators"
    makers += [o for c in says if args.is_passive(c) for w, o in args.prep_objects(c) if w == "by"]
    for tok in makers:
        found = coder.find_targets([tok], att.sources, att.inp)
        if found:
            att.targets = found
            return ", ".join(a.code for _, a in found)
    if not any(not args.is_passive(c) for c in says):
        return None  # a text that names no one: the other target rules look
    att.no_target = True
    return "no maker named"


# inquiries: what they look into is an act already told, not a new one
INQUIRY_NOUNS = frozenset(
    "inquiry enquiry investigation probe mission commission review examination evaluation hearing".split()
)
INQUIRY_VERBS = frozenset("investigate probe examine review".split())


def _inquiry_over(trig: Token) -> Token | None:
    """The inquiry an act noun is what is looked into: "an inquiry into X", "set up a probe into X" (the
    parser hangs "into" on the verb), "investigated X"."""
    if trig.dep_ == "dobj" and trig.head.lemma_.lower() in INQUIRY_VERBS:
        return trig.head
    if trig.dep_ != "pobj" or trig.head.lower_ not in ("into", "of", "on"):
        return None
    host = trig.head.head
    if host.lemma_.lower() in INQUIRY_NOUNS:
        return host
    if host.pos_ == "VERB" and trig.head.lower_ == "into":
        return next((c for c in host.children if c.dep_ == "dobj" and c.lemma_.lower() in INQUIRY_NOUNS), None)
    return None


@rule("probed-act", "sentence", veto=True)
def probed_act(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"The council set up an inquiry into Minsk's crackdown on students": the crackdown an inquiry looks
    into is the inquiry's subject, no new act."""
    dropped = []
    for cand in cands:
        inquiry = _inquiry_over(cand.trigger) if cand.nominal else None
        if inquiry is not None:
            dropped.append((cand, inquiry.text))
    return dropped


# ---- commitments --------------------------------------------------------------------------------------
# adjectives of readiness: standing ready to coerce is holding the act over the other party
READY = frozenset(("ready", "prepared", "willing"))


@rule("ready-to-coerce", "claim")
def ready_to_coerce(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Ottawa stands ready to impose sanctions on Caracas", "Seoul is prepared to strike back": declared
    readiness to coerce or use force is a threat (13x), asserted: the threat was made; readiness to help
    stays the intent (03x) the intent rules code."""
    gov = cand.mod.governor
    if cand.mod.shift != "intent" or gov is None or gov.lemma_.lower() not in READY:
        return None
    if cand.code[:2] not in COERCIVE_ROOTS:
        return None
    new = coder.shift_code("threat", cand.code)
    if new is None:
        return None
    cand.code, cand.mod = new, made(coder, gov)
    return new


# verbs that put something at another's disposal: forces offered to a party are offered as protection
OFFERING = frozenset(("offer", "volunteer"))
POSTURE_ROOT = "15"


@rule("offered-forces", "claim")
def offered_forces(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Ghana offered to send police officers to Haiti": forces offered to a named party are an offer of
    protection or peacekeeping (0334), made; offered to no one named they stay a posture ("offered to
    deploy more troops")."""
    gov = cand.mod.governor
    if cand.mod.shift != "intent" or gov is None or gov.lemma_.lower() not in OFFERING:
        return None
    if cand.code[:2] != POSTURE_ROOT or cand.target is None or cand.target.country == cand.source.country:
        return None
    cand.code, cand.mod = "0334", made(coder, gov)
    return cand.code
