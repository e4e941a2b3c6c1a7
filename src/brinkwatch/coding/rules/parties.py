"""Source and target rules: who does the act, and to whom."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from brinkwatch.coding import arguments as args
from brinkwatch.coding.dates import AGREEMENT_NOUNS
from brinkwatch.coding.modality import READY_FOR, condition_clauses, not_ruled_out
from brinkwatch.coding.places import place_country, place_ref
from brinkwatch.coding.rules.core import (
    Attempt,
    rule,
)
from brinkwatch.coding.rules.shared import (
    ACT_GOVERNORS,
    DEFIANCE_PREPS,
    FORCE_ROOTS,
    MOVE_NOUNS,
    PARTNER_ROOTS,
    PLACE_TARGET_ROOTS,
    PROTEST_ROOT,
    REACTION_ROOTS,
    REFUSALS,
    VERBAL_ATTACK_VERBS,
    VICTIM_VERBS,
    VISIT_CODES,
    WITHDRAWALS,
    by_convention,
    definite,
    folded,
    hosted_one,
    ordered_act,
    told_claim,
    victim_verb,
)
from brinkwatch.model import ActorRef

if TYPE_CHECKING:
    from brinkwatch.coding.coder import Candidate, SentenceCoder


# ---- source: who does it ----------------------------------------------------------------------------
@rule("ordered-done", "source", "verb")
def ordered_done(coder: SentenceCoder, att: Attempt) -> str | None:
    """"A Kenyan judge ordered the opposition leader held in custody", "a court ordered the activist to be held
    for two months", "Conde was ordered held by the court": what an authority orders done to someone, told in
    the passive, is the authority's act (never the act of the one held)."""
    found = ordered_act(att.trigger)
    if found is None:
        return None
    gov, patient = found
    passive = args.is_passive(gov)
    doer = (args.agent_of(att.trigger) or args.agent_of(gov)) if passive else args.subject_of(gov)
    return _first_source(coder, att, [doer]) if doer is not None else None


@rule("subject", "source", "verb")
def subject(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The US and Britain condemned the test": the verb's subject, through control and coordination."""
    att.subject = args.subject_of(att.trigger)
    if att.subject is None:
        return None
    att.sources = coder.actors_at(att.subject, att.inp)
    return att.subject.text if att.sources else None


@rule("crowd-in-place", "source", "verb")
def crowd_in_place(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Thousands of women marched in Istanbul": a crowd no table knows that protests in a named place is that
    country's people (by the 14x convention its opposition; strikers stay labour)."""
    if att.subject is None or att.code[:2] != PROTEST_ROOT or att.trigger.dep_ == "relcl":
        return None  # "the protesters who have marched in Hong Kong since June": who they are, not the news
    crowd = coder.crowd_at_place(att.subject, att.trigger, att.inp)
    if crowd is None:
        return None
    att.sources = [(att.subject, crowd)]
    return crowd.code


@rule("participle-of-act", "source", "verb")
def participle_of_act(coder: SentenceCoder, att: Attempt) -> str | None:
    """"the calls by Swedish officials asking Turkey to relent": a participle on a nominal act is done by
    the act's own doer."""
    verb = att.trigger
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.lemma_.lower() not in coder.lexicon.nouns:
        return None
    return _first_source(coder, att, args.noun_source_candidates(noun))


@rule("gerund-act-owner", "source", "verb")
def gerund_act_owner(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Three civilians were wounded by Russian shelling": a gerund the parser reads as a verb after "by" or
    "in" names an act as a noun does; its nationality or owner is its doer."""
    verb = att.trigger
    if att.sources or verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "pobj"):
        return None
    owners = [c for c in verb.children if c.dep_ in ("amod", "poss", "compound")]
    return _first_source(coder, att, owners) if owners else None


# measures a body votes on, passes or adopts; an infinitive on one says what it provides for
MEASURE_NOUNS = frozenset("resolution bill motion measure proposal".split())
ADOPTING = frozenset("vote pass adopt approve".split())


@rule("measure-voted", "source", "verb")
def measure_voted(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The Iraqi parliament voted on a resolution to expel US troops": what a measure a body votes on or passes
    provides for is that body's act (planned: see the modality of what a text provides for)."""
    verb, noun = att.trigger, att.trigger.head
    if verb.dep_ not in ("acl", "relcl") or not args.has_marker(verb, "aux", "to") or noun.lemma_.lower() not in MEASURE_NOUNS:
        return None
    host = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    if host is None or host.lemma_.lower() not in ADOPTING:
        return None
    voter = args.subject_of(host)
    return _first_source(coder, att, [voter] if voter is not None else [])


# what a statement is carried in: a participle on one of these is said by the message's author
MESSAGE_NOUNS = frozenset(
    "message statement letter tweet post note communique communiqué declaration video speech "
    # a body's resolution says what the body does: "the Assembly adopted a resolution demanding ..."
    "resolution motion".split()
)


@rule("message-participle", "source", "verb")
def message_participle(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The minister posted a message blaming Ethiopia", "In a letter urging Sudan to talk, Egypt said":
    a participle on a message is the act of the message's author (its owner, else whoever sent it)."""
    verb = att.trigger
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in MESSAGE_NOUNS:
        noun = noun.head.head  # "a message on Twitter blaming Iran": the parser hangs it on the medium
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.lemma_.lower() not in MESSAGE_NOUNS:
        return None
    authors = list(args.noun_source_candidates(noun))
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        authors.append(noun.head)  # "posted a message": the poster
    elif noun.dep_ == "pobj" and noun.head.lower_ in ("in", "through", "via") and noun.head.head.pos_ == "VERB":
        authors.append(noun.head.head)  # "in a statement ..., X said"
    subjects = (args.subject_of(tok) if tok.pos_ in ("VERB", "AUX") else tok for tok in authors)
    return _first_source(coder, att, (subj for subj in subjects if subj is not None))


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


# those who announce their own state's acts: "France's defence minister said", "the Kremlin said"
ANNOUNCING_SECTORS = frozenset(("", "GOV", "MIL", "COP", "SPY", "LEG"))
ANNOUNCING_VERBS = frozenset("say announce confirm state declare add tell".split())
FUTURE_AUX = frozenset(("will", "would", "shall"))
ASKING_ROOTS = frozenset(("02", "10"))  # appeals and demands: told in the passive by the one asked


@rule("announced-passive", "source", "verb")
def announced_passive(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Caesar howitzers will be delivered to Armenia, France's defence minister said": an act told in the passive
    with no doer named, announced by a state's government, forces or legislature, or by an international body,
    is theirs. Done, only a cooperative act or a word of conflict counts ("the envoy was received", "the
    ambassador was summoned"; "two soldiers were killed" is no act of the one who tells it, nor is "protests
    were held"); to come, any act short of force ("Russian assets will not be handed back, Brussels said")."""
    verb, inp = att.trigger, att.inp
    if not args.is_passive(verb) or args.child(verb, ("agent",)) is not None:
        return None
    # "..., the minister said": the frame governs the clause, or the parser makes it the clause's conjunct
    gov = verb.head if verb.dep_ == "ccomp" else next(
        (c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and c.lemma_.lower() in ANNOUNCING_VERBS), None)
    if gov is None or gov.lemma_.lower() not in ANNOUNCING_VERBS:
        return None
    if att.code[:2] in ASKING_ROOTS:
        return None  # "its troops were requested to send a force": the one asked tells of it, not the asker
    quad = coder.book[att.code].quad_class
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)
    if not (quad in (1, 2) or (quad == 3 and att.code[:2] != PROTEST_ROOT)
            or (future and att.code[:2] not in FORCE_ROOTS)):
        return None
    speaker_tok = args.subject_of(gov)
    speaker = coder.actor_at(speaker_tok, inp) if speaker_tok is not None else None
    if speaker is None or not (speaker.code.startswith("IGO") or (
            speaker.country and (speaker.sector or "") in ANNOUNCING_SECTORS)):
        return None
    pas = args.child(verb, ("nsubjpass",))
    if pas is not None and any(c.dep_ == "poss" and c.lower_ in ("its", "our", "their") for c in pas.children):
        return None  # "its ambassador was summoned": the teller's own was acted on
    # the one acted on, named by the passive subject itself, not by an owner ("Russia's ban will not be lifted,
    # the Kremlin said" is Russia's own act)
    named = {t.i for t in pas.subtree if not any(a.dep_ == "poss" for a in (t, *t.ancestors) if a.i != pas.i)
             } if pas is not None else set()
    if any(a.country == speaker.country or a.code == speaker.code for i, a in inp.actors.items() if i in named):
        return None  # "the Russian ambassador will be expelled, the Kremlin said": the teller's side is acted on
    att.sources = [(speaker_tok, speaker)]
    return speaker.code


@rule("agentless-passive", "source", "verb")
def agentless_passive(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The Ukrainian army was authorized to strike": help given to a named state's organ by no named
    giver is kept with the giver unresolved."""
    verb, inp = att.trigger, att.inp
    if not args.is_passive(verb):
        return None
    pas = args.child(verb, ("nsubjpass",))
    acted_on = inp.actors.get(pas.i) if pas is not None else None
    if acted_on is None or not acted_on.country:
        return None
    if coder.book[att.code].quad_class != 2:
        return None  # "Ethiopia was urged to ...": an appeal by no one named is no event; the act is requested
    giver = ActorRef(text="", code="", resolved_by="unresolved", entry="agentless passive: no giver named")
    att.sources = [(verb, giver)]
    att.confidence = 0.35
    return "unresolved"


# verbs by which an act draws a reaction from others: "drawing condemnation from the EU"
DRAWING_VERBS = frozenset("draw prompt spark trigger provoke attract earn elicit bring".split())
REACTION_NOUN_ROOTS = frozenset(("05", "11"))


@rule("drawn-from", "source", "noun")
def drawn_from(coder: SentenceCoder, att: Attempt) -> str | None:
    """"..., drawing condemnation from the EU": the parser hangs the reacting party on the drawing verb; the
    party it comes "from" does the reaction."""
    drawing = _drawing_verb(att)
    if drawing is None:
        return None
    return _first_source(coder, att, [o for w, o in args.prep_objects(drawing) if w == "from"])


def _drawing_verb(att: Attempt) -> Token | None:
    """The verb by which a reaction noun (05x praise, 11x criticism) was drawn: "drawing condemnation"."""
    noun = att.trigger
    if att.code[:2] not in REACTION_NOUN_ROOTS or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in DRAWING_VERBS:
        return None
    return noun.head


# verbs of answering by an act: "Israel responded with air strikes", "Iran retaliated with missile strikes"
ANSWERING_VERBS = frozenset("respond retaliate react answer reply hit".split())


@rule("answered-with", "source", "noun")
def answered_with(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Israel responded with air strikes on Gaza": the act one answers with is the answerer's."""
    noun = att.trigger
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.lemma_.lower() not in ANSWERING_VERBS:
        return None
    subj = args.subject_of(prep.head)
    return _first_source(coder, att, [subj]) if subj is not None else None


@rule("noun-owner", "source", "noun")
def noun_owner(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Russia's attack", "US sanctions", "an attack by rebels": the noun's owner or agent does it."""
    owners = args.noun_source_candidates(att.trigger)
    joint = _joint_subject(coder, att, owners)
    if joint:
        att.sources = joint
        return owners[0].text
    return _first_source(coder, att, owners, att.code[:2] in PLACE_TARGET_ROOTS)


def _joint_subject(coder: SentenceCoder, att: Attempt, owners: list[Token]) -> list[tuple[Token, ActorRef]]:
    """"Mali, Chad and Niger announced their withdrawal from ECOWAS": "their" on the object of a verb whose
    subject names several parties is all of them, not the one named last."""
    noun = att.trigger
    if not owners or owners[0].lower_ != "their" or noun.dep_ != "dobj":
        return []
    subj = args.subject_of(noun.head)
    found = coder.actors_at(subj, att.inp) if subj is not None else []
    return found if len({a.code for _, a in found}) > 1 else []


def _first_source(coder: SentenceCoder, att: Attempt, toks: Iterable[Token], force: bool = False) -> str | None:
    """The first of `toks` at which an actor stands does the act (`force`: the act is force)."""
    for tok in toks:
        sources = coder.actors_at(tok, att.inp)
        if force and tok.dep_ == "compound":
            # "a Kabul car bombing": a capital before an act of force says where, not who; "a drone strike":
            # a weapon word is no sector of the state named elsewhere in the sentence
            sources = [(t, a) for t, a in sources if a.resolved_by not in ("metonym", "sector+place")]
        if sources:
            att.sources = sources
            return tok.text
    return None


@rule("ready-for-act", "source", "noun")
def ready_for_act(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Iran said it was ready for talks with Washington", "Hanoi remains open to dialogue": whoever is ready
    for a cooperative act would take part in it (intended, 03x); "braced for an attack" and the like are not
    the subject's own acts, so only cooperation (03-08) is read so."""
    noun, prep = att.trigger, att.trigger.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "to") or att.code[:2] not in PARTNER_ROOTS:
        return None
    adj = prep.head
    if adj.lemma_.lower() not in READY_FOR or adj.pos_ != "ADJ" or adj.dep_ != "acomp":
        return None
    subj = args.subject_of(adj.head)
    if subj is None:
        return None
    pron = coder.pronoun_actor(subj, adj.head, att.inp)
    att.sources = [(subj, pron)] if pron is not None else coder.actors_at(subj, att.inp)
    return subj.text if att.sources else None


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
    verb = victim_verb(noun)
    if verb is None:
        return None
    claimer = _claimed_by(noun.sent)
    if claimer is not None:
        # "a car bombing killed five, another attack ascribed to the Taliban": the group the attack is
        # claimed by or ascribed to, as reported
        found = coder.actors_at(claimer, att.inp)
        if found:
            att.sources = found
            return f"{verb.text}; claimed by {claimer.text}"
    if noun.dep_ != "nsubj" and not args.is_passive(verb) and verb.lemma_.lower() != "die":
        return None  # "a drone killed two soldiers, in an attack ...": an attack beside a weapon's blow names no victim side
    if noun.lemma_.lower() in FIGHTS_WITH:
        # "Twenty Indian soldiers were killed in a clash with Chinese troops": the other side of the clash
        found = [f for w, o in args.prep_objects(noun) if w == "with" for f in coder.actors_at(o, att.inp)]
        if found:
            att.sources = found
            return f"{verb.text}; in a clash with {found[0][0].text}"
    att.sources = [(noun, ActorRef(text="", code="", resolved_by="unresolved", entry="attacker not named"))]
    att.confidence = 0.4
    return verb.text


# fights with a side named after "with": "killed in a clash with Chinese troops"
FIGHTS_WITH = frozenset("clash fighting battle skirmish firefight gunfight confrontation".split())


# the attack nouns a claim of responsibility names, and the verbs that lay an attack at someone's door
CLAIMED_ACTS = frozenset("attack bombing strike assault ambush shooting blast explosion raid killing".split())
CLAIMING = {"claim": "agent", "ascribe": "to", "attribute": "to", "blame": "on"}


def _claimed_by(sent: Span) -> Token | None:
    """The one party an attack told in the sentence is claimed by, ascribed to or blamed on: "another
    attack ascribed to the Taliban", "in an attack claimed by al-Shabaab", "the attack was claimed by X"."""
    found = []
    for verb in sent:
        prep = CLAIMING.get(verb.lemma_.lower())
        if prep is None or verb.tag_ not in ("VBN", "VBD"):
            continue
        told = verb.dep_ == "relcl" and args.child(verb, ("nsubj",)) is not None  # "an attack the group claimed"
        if verb.tag_ == "VBD" and not told:
            continue
        act = verb.head if verb.dep_ in ("acl", "relcl") else args.child(verb, ("nsubjpass",))
        if act is None or act.lemma_.lower() not in CLAIMED_ACTS:
            continue
        if told and prep == "agent":
            party = args.child(verb, ("nsubj",))
        else:
            party = args.agent_of(verb) if prep == "agent" else next(
                (o for w, o in args.prep_objects(verb) if w == prep), None)
        if party is not None:
            found.append(party)
    return found[0] if len(found) == 1 else None


# ---- target: to whom --------------------------------------------------------------------------------
# prepositions that aim force at someone: "use force against Yerevan", "fire shells at the border post"
FORCE_PREPS = frozenset(("against", "on", "upon", "at"))
ACT_REACTION_ROOTS = REACTION_ROOTS | {"05"}


@rule("ordered-patient", "target", "verb")
def ordered_patient(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Conde was ordered held in custody by the court": the one the order is told of is held, not the court."""
    if "ordered-done" not in att.fired:
        return None
    found = ordered_act(att.trigger)
    if found is None or found[1] is None:
        return None
    att.targets = coder.find_targets([found[1]], att.sources, att.inp)
    return att.targets[0][0].text if att.targets else None


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
    at the place or party the act hit; with no doer named it has no target. Criticism of any thing done "by"
    someone ("the proclamation ... by Trump") is aimed at them."""
    verb = att.trigger
    # "characterized the attack as a violation": any verb coded as criticism reacts to what it names
    reacting = verb.lemma_.lower() in args.ALLEGING or args.receives(verb) or att.code[:2] == "11"
    if not reacting or att.code[:2] not in ACT_REACTION_ROOTS:
        return None
    obj = args.acted_on(verb)
    if obj is None or obj.i in att.inp.actors:
        return None
    agents = _by_agent(verb, obj) if att.code[:2] == "11" else []
    if obj.lemma_.lower() in args.REQUEST_NOUNS and obj.lemma_.lower() not in coder.lexicon.nouns:
        # "Calls for early elections from the opposition were rejected by the president": the caller
        att.targets = coder.find_targets(args.noun_source_candidates(obj) + agents, att.sources, att.inp)
        return att.targets[0][0].text if att.targets else None
    if obj.lemma_.lower() not in coder.lexicon.nouns:
        att.targets = coder.find_targets(agents, att.sources, att.inp) if agents else []
        return att.targets[0][0].text if att.targets else None
    att.targets = coder.find_targets(args.noun_source_candidates(obj) + agents, att.sources, att.inp)
    if not att.targets and definite(obj):
        att.targets = _earlier_doer(obj, coder.lexicon.nouns[obj.lemma_.lower()].code, att)
    if not att.targets and coder.lexicon.nouns[obj.lemma_.lower()].code[:2] in ("18", "19", "20"):
        att.no_target = att.target_unnamed = True  # "condemned the attack on Kyiv": the attacker is not named
        return None
    return att.targets[0][0].text if att.targets else None


def _by_agent(verb: Token, obj: Token) -> list[Token]:
    """"Erdogan attacked the proclamation of the Golan as Israeli territory by Trump": who did the thing
    criticised, named by "by" after it (the parser may hang the "by" on a later phrase than the thing's own),
    comes before any state the thing's words name; a "by" on the verb itself is a means ("by saying")."""
    agent = next((o for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "by" and t.i > obj.i
                  and t.head.i != verb.i for o in t.children if o.dep_ == "pobj"), None)
    return [agent] if agent is not None else []


PESSIMISTIC_COMMENT = "012"
DISAPPROVAL = "110"
CONCERN_NOUNS = frozenset("concern alarm dismay worry unease disappointment".split())


@rule("concern-over-act", "target", "verb")
def concern_over_act(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Japan voiced concern over the Chinese military drills around Taiwan": concern over an act another party
    did is disapproval of that party (110), aimed at it; so is disappointment at reports of what a party did
    ("expressed disappointment at reports that Trump had cancelled the visit"); concern over a state of things
    stays 012."""
    if att.code != PESSIMISTIC_COMMENT:
        return None
    concern = args.child(att.trigger, ("dobj",))
    if concern is None or concern.lemma_.lower() not in CONCERN_NOUNS:
        return None
    reported = _doers_reported(att.trigger)
    found = coder.find_targets(reported, att.sources, att.inp) if reported else []
    if found:
        att.targets, att.code = found, DISAPPROVAL
        return found[0][0].text
    acts = [o for host in (att.trigger, concern) for w, o in args.prep_objects(host) if w in ("over", "about", "at")]
    for act in acts:
        if act.lemma_.lower() not in coder.lexicon.nouns:
            continue
        found = coder.find_targets(args.noun_source_candidates(act), att.sources, att.inp)
        if found:
            att.targets, att.code = found, DISAPPROVAL
            return act.text
    return None


RETALIATING = frozenset(("retaliate", "avenge", "revenge", "respond", "reply", "hit back", "strike back"))


@rule("retaliation-for", "target", "verb")
def retaliation_for(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Tehran vowed to retaliate for the killing of its general by the United States": retaliation is aimed
    at whoever did the act it answers."""
    verb = att.trigger
    phrasal = " ".join([verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ == "prt")])
    if verb.lemma_.lower() not in RETALIATING and phrasal not in RETALIATING:
        return None
    answered = [o for w, o in args.prep_objects(verb) if w == "for"]
    doers = [d for o in answered for d in args.noun_source_candidates(o)]
    att.targets = coder.find_targets(doers, att.sources, att.inp) if doers else []
    return att.targets[0][0].text if att.targets else None


EARLIER_SENTENCES = 4  # how far back "the attack" may point


def _earlier_doer(noun: Token, noun_code: str, att: Attempt) -> list[tuple[Token, ActorRef]]:
    """'Turkish jets struck Kurdish positions in Syria. Brussels condemned the attack.': a reaction to an act
    the story has told (same CAMEO root, force counted as one) is aimed at who did it, the latest such event
    within EARLIER_SENTENCES sentences, when it was coded as having happened and its doer is known."""
    inp = att.inp
    own = {a.code for _, a in att.sources}
    same = FORCE_ROOTS if noun_code[:2] in FORCE_ROOTS else {noun_code[:2]}
    for event in reversed(inp.earlier):
        if event.sentence_index < inp.index - EARLIER_SENTENCES:
            break
        doer = event.source
        if event.cameo_code[:2] not in same or event.modality != "asserted" or doer is None:
            continue
        if not doer.code or doer.resolved_by == "unresolved" or doer.code in own:
            continue
        return [(noun, replace(doer, resolved_by="earlier-act",
                               entry=f"doer of the {noun.lower_} told in sentence {event.sentence_index}"))]
    return []


@rule("visitor", "target", "verb")
def visitor(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Hanoi welcomed a delegation from Beijing": the visitor is the delegation's sender, or the person."""
    if att.made_by != "welcomed-visitor":
        return None
    obj = hosted_one(att.trigger)
    if obj is None:
        return None
    senders = [o for w, o in args.prep_objects(obj) if w in ("from", "of")]
    att.targets = coder.find_targets([*senders, obj], att.sources, att.inp)
    return att.targets[0][0].text if att.targets else None


# verbs of force that, aimed at a news outlet, are words: "the senator attacked Fox News over its coverage"
VERBAL_ATTACKS = VERBAL_ATTACK_VERBS | {"savage"}
VERBAL_CRITICISM = "111"  # criticize or denounce


@rule("outlet-attacked", "target", "verb")
def outlet_attacked(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The senator attacked Fox News and the BBC over their coverage": no one uses force on a news outlet
    by name; an outlet attacked is criticised (111), and each outlet named is a target (its state's MED)."""
    verb = att.trigger
    if att.code is None or att.code[:2] not in ("18", "19", "20") or verb.lemma_.lower() not in VERBAL_ATTACKS:
        return None
    obj = args.acted_on(verb)
    if obj is None:
        return None
    outlets = [(t, a) for t, a in coder.actors_at(obj, att.inp, as_target=True) if a.resolved_by == "outlet"]
    if not outlets or outlets[0][0].i != obj.i:
        return None
    att.targets = outlets
    att.code = VERBAL_CRITICISM
    return outlets[0][1].text


# a state that jails, arrests or tries offenders acts on its own criminals
LAW_ENFORCEMENT_VERBS = frozenset("jail imprison arrest detain sentence convict prosecute".split())
OFFENDER_SECTORS = frozenset(("CRM",))


def _held_offenders(coder: SentenceCoder, att: Attempt, toks: list[Token]) -> list[tuple[Token, ActorRef]]:
    """"Greece jailed two smugglers": the offenders a state's law enforcement acts on are that state's
    criminals (GRCCRM), though the target check refuses a state's own sector as its target elsewhere
    ("Greece praised Greek farmers" is no event between two parties)."""
    own = {a.country for _, a in att.sources if a.country and not a.sector}
    if len(own) != 1 or len(att.sources) != 1:
        return []
    for tok in toks:
        if tok.dep_ != "dobj":
            continue
        actor = coder.placed_sector(tok, att.inp)
        if actor is not None and actor.sector in OFFENDER_SECTORS and actor.country in own:
            return [(tok, actor)]
    return []


@rule("gerund-victims", "target", "verb")
def gerund_victims(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Three civilians were wounded by Russian shelling": those a gerund act wounded or killed are its target."""
    if att.trigger.tag_ != "VBG" or att.trigger.dep_ != "pcomp":
        return None
    return victims(coder, att)


@rule("received-help", "target", "verb")
def received_help(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Kyiv received a new batch of American rockets", "received weapons from Washington": help received
    is given by whoever sent it, to the one who received it; with no giver named, half the event is missing
    and it is dropped (the receiver is never the giver)."""
    if att.code[:2] != "07" or not args.receives(att.trigger):
        return None
    if _refused(att.trigger):
        return None  # "Lebanon refused to accept aid from Iran": the refusal is Lebanon's, aimed at Iran
    obj = args.acted_on(att.trigger)
    holders = [h for h in (att.trigger, obj) if h is not None]
    if obj is not None:
        holders += [o for w, o in args.prep_objects(obj) if w == "of" and obj.lemma_.lower() in args.CONSIGNMENT_NOUNS]
    toks = [o for h in holders for w, o in args.prep_objects(h) if w == "from"]
    toks += [t for h in holders[1:] for t in args.noun_source_candidates(h)]
    givers = coder.find_targets(toks, [], att.inp) if toks else []
    receivers = att.sources
    att.sources, att.targets = (givers, receivers) if givers else ([], [])
    att.no_target = not givers
    return givers[0][0].text if givers else "no giver named"


# verbs by which goods sent reach their destination: "aid sent by Turkey arrived in Port Sudan"
ARRIVING = frozenset(("arrive", "reach", "land", "dock"))
DESTINATION_PREPS = frozenset(("in", "at"))


@rule("arrived-consignment", "target", "verb")
def arrived_consignment(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Tonnes of flour sent by Turkey arrived in Port Sudan": help sent by a named party is given to the place it
    reached (the state it lies in), the clause's own verb telling where."""
    verb = att.trigger
    if att.code[:2] != "07" or verb.dep_ != "acl" or verb.tag_ != "VBN" or args.agent_of(verb) is None:
        return None
    goods = verb.head
    while goods.dep_ == "pobj" and goods.head.lower_ == "of" and goods.head.head.pos_ in ("NOUN", "NUM"):
        goods = goods.head.head  # "Tonnes of flour sent by Turkey": the quantity is the clause's subject
    arrived = goods.head
    if goods.dep_ != "nsubj" or arrived.lemma_.lower() not in ARRIVING:
        return None
    toks = [c for c in arrived.children if c.dep_ == "dobj"]  # "reached the Houthis in Yemen", "reached Gaza"
    toks += [o for w, o in args.prep_objects(arrived) if w in DESTINATION_PREPS]
    found = coder.find_targets(toks, att.sources, att.inp, places=True) if toks else []
    # "reached Colombo": a capital reached is a place in its state, not its government
    att.targets = [(t, replace(a, code=a.country, sector=None, kind="state", resolved_by="place"))
                   if a.resolved_by == "metonym" and a.country else (t, a) for t, a in found]
    return toks[0].text if att.targets else None


def _refused(verb: Token) -> bool:
    """'refused to accept aid', 'will not accept aid': a reception refused ("has not received the jets from
    Denmark" is a giving that did not happen, and stays Denmark's)."""
    lemma = verb.lemma_.lower()
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSALS:
        return lemma in ("accept", "receive")
    return lemma == "accept" and any(c.dep_ == "neg" for c in verb.children)


# help pledged or given, and help cut: its recipient is the target
HELP_AND_CUT_ROOTS = frozenset(("03", "06", "07", "16"))


@rule("object", "target", "verb")
def verb_object(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Germany sent tanks to Ukraine": the object, recipient or prepositional object that is an actor."""
    verb, code, entry = att.trigger, att.code, att.entry
    if _names_unknown_person(coder, att):
        return None  # "Judge X sentenced Louise Turpin": the person named is the target (named-person-object)
    toks: list[Token] = args.noun_target_candidates(att.act_noun) if att.act_noun is not None else []
    if code in WITHDRAWALS:
        # "completed their withdrawal from the city of Kherson", "scale down military activity around Kyiv":
        # a withdrawal or de-escalation is from or around the place left
        nouns = [n for n in (att.act_noun, args.acted_on(verb)) if n is not None]
        toks += [o for n in nouns for w, o in args.prep_objects(n) if w in ("from", "around")]
    toks += args.object_candidates(verb)
    if code[:2] == REDUCE_ROOT and (thing := args.acted_on(verb)) is not None:
        # "Turkey withdrew its ambassador from Israel": an envoy or force taken back from a state leaves it
        toks += [o for w, o in args.prep_objects(thing) if w == "from"]
    # the object an entry asks for is the thing handed over or imposed, not who receives it
    if entry is not None:
        att.themes = entry.objects if entry.objects and entry.prep is None else frozenset()
    if att.act_noun is not None:
        att.themes = frozenset((att.act_noun.lemma_.lower(),))
    if code[:2] in ("06", "07"):  # material help goes to whoever receives it: "extradited X to the US"
        # and cooperation to the partner: "shared data on Russian hackers with Finland" (not the data's topic)
        partner_preps = ("to", "for", "with") if code[:2] == "06" else ("to", "for")
        toks = [o for w, o in args.prep_objects(verb) if w in partner_preps] + toks
    if code[:3] == "084":  # what is given back goes to whom it is returned: "returned the Benin Bronzes to Nigeria"
        toks = [o for w, o in args.prep_objects(verb) if w == "to"] + toks
    thing = args.child(verb, ("dobj",))
    if thing is not None:
        # "instituted proceedings against Bolivia at the court": what the thing is aimed against, before the venue;
        # what is shared with a partner goes to it, where the parser hangs "with Finland" on the data
        aimed = ("against", "with", "to") if code[:2] == "06" else ("against",)
        toks = [o for w, o in args.prep_objects(thing) if w in aimed] + toks
    if code[:2] in ("03", "07") and thing is not None:
        # "pledged 25 million euros in humanitarian aid for Gaza": the sum is "in" the help, which names who gets it
        toks += [r for w, o in args.prep_objects(thing) if w == "in"
                 for w2, r in args.prep_objects(o) if w2 in ("to", "for")]
        # "Germany pledged 50 billion euros to Ukraine": the parser hangs the receiver on the sum
        toks += [o for w, o in args.prep_objects(thing) if w in ("to", "for")]
    if code[:2] == APPEAL_ROOT:
        # "Pakistan appealed for investment from China": what is asked for comes from the party asked
        toks += [r for w, o in args.prep_objects(verb) if w == "for" for w2, r in args.prep_objects(o) if w2 == "from"]
    if code[:2] in HELP_AND_CUT_ROOTS and (amount := args.child(verb, ("dobj", "nsubjpass"))) is not None:
        # "cancelled $300 million in aid earmarked for the army": whom the help was for
        things = [amount, *(o for w, o in args.prep_objects(amount) if w == "in")]
        toks += [r for t in things for r in args.destined_for(t)]
    # a place is the target of force used on it ("shelled the city of Kharkiv"), not of talks held there
    att.on_places = code[:2] in PLACE_TARGET_ROOTS or code in VISIT_CODES or code in WITHDRAWALS
    att.conflict = code[:2] not in PARTNER_ROOTS or code in WITHDRAWALS
    if code[:2] == "04":
        toks = _without_topics(toks, verb)
    if code[:2] == "06":
        # "shared warning data on North Korean launches with Tokyo": what the information is about is no partner
        told = [t for t in verb.children if t.dep_ == "dobj" and t.lemma_.lower() in INFORMATION_NOUNS]
        if told:
            toks = _information_partners(verb) + [t for t in toks if t not in told and not _topic_of_information(t)]
    att.targets = coder.find_targets(toks, att.sources, att.inp, att.themes, att.on_places, att.conflict)
    att.targets = [(t, a) for t, a in att.targets if not _instrument(t) and not _in_doer_phrase(t, att.sources)]
    if not att.targets:
        # "seized a trawler owned by a Spanish firm": the owner of the thing acted on, never a place
        # ("a plane owned by Russia's Volga-Dnepr group" is Russia's, not the Dnepr's)
        thing = args.acted_on(verb)
        owners = args.owners(thing) if thing is not None else []
        # "backed Timor-Leste's bid", "invested in Pakistan's copper mine": the named owner of what is acted on
        things = [thing] if thing is not None else []
        things += [o for w, o in args.prep_objects(verb) if w in OWNED_THING_PREPS]
        owners += [p for t in things for p in args.possessors(t)]
        # "revoke the licences of all NGOs", "froze the assets of the central bank": the owner after "of"
        owners += [o for w, o in args.prep_objects(thing) if w == "of"] if thing is not None else []
        if code[:2] in REPORTED_DOER_ROOTS:
            owners += _doers_reported(verb)
        att.targets = coder.find_targets(owners, att.sources, att.inp, conflict=att.conflict) if owners else []
    if not att.targets and code[:2] == COERCE_ROOT and (thing := args.acted_on(verb)) is not None:
        # "seized the British-flagged oil tanker Stena Impero": the state named among the thing's modifiers
        flags = [t for t in thing.subtree if t.i < thing.i and t.i in att.inp.actors
                 and att.inp.actors[t.i].kind == "state"]
        att.targets = coder.find_targets(flags[:1], att.sources, att.inp, conflict=att.conflict)
    if not att.targets and verb.lemma_.lower() in LAW_ENFORCEMENT_VERBS:
        att.targets = _held_offenders(coder, att, toks)
    if _mutual_at_place(att):
        att.targets = []  # the parties fight each other (symmetric-pair), not the place they fight in
    if not att.targets and code[:2] == COERCE_ROOT and att.themes:
        att.targets = _organ_coerced(coder, att)
    if code[:2] == MOBILIZE_ROOT:
        att.targets = [(t, a) for t, a in att.targets if not _own_forces(a, att.sources)]
    if code[:2] == "04" and att.targets:
        att.targets += _further_partners(coder, att)
    att.targets = _with_unknown_conjuncts(coder, att.targets, att.inp)
    return att.targets[0][0].text if att.targets else None


APPEAL_ROOT = "02"
# praise and disapproval are aimed at whoever did what a report they answer tells
REPORTED_DOER_ROOTS = frozenset(("05", "11"))  # 012 concern: see concern-over-act
REPORT_NOUNS = frozenset(("report", "news", "word"))


def _doers_reported(verb: Token) -> list[Token]:
    """"welcomed news that Iran freed the sailors", "expressed disappointment at reports that Trump had cancelled
    the visit": the doer of the act a report tells, when the reaction answers that report."""
    thing = args.child(verb, ("dobj",))
    nouns = [o for w, o in args.prep_objects(verb) if w in ("at", "over", "about", "by")]
    if thing is not None:
        nouns += [thing] + [o for w, o in args.prep_objects(thing) if w in ("at", "over", "about", "by")]
    doers: list[Token] = []
    for noun in nouns:
        if noun.lemma_.lower() not in REPORT_NOUNS:
            continue
        for clause in noun.children:
            if clause.dep_ in ("acl", "ccomp", "relcl") and clause.pos_ in ("VERB", "AUX"):
                doers += [c for c in clause.children if c.dep_ == "nsubj"]
    return doers


# where a doer is or comes from ("the movement in Yemen", "fighters from Syria"); a phrase aiming the act, as
# where the parser hangs it on the doer ("sanctions imposed by the EU on Russia"), still names the target
DOER_PLACE_PREPS = frozenset("in at near inside from".split())


def _in_doer_phrase(tok: Token, sources: list[tuple[Token, ActorRef]]) -> bool:
    """"The attack was claimed by the Houthi movement in Yemen": a party named in a phrase of the doer's own
    name is where the doer is, not whom the act is aimed at."""
    for source, _ in sources:
        node = tok
        while node.i != source.i and node.head.i != node.i:
            if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.i == source.i and \
                    node.head.lower_ in DOER_PLACE_PREPS:
                return True
            node = node.head
    return False


def _further_partners(coder: SentenceCoder, att: Attempt) -> list[tuple[Token, ActorRef]]:
    """"The envoy met with the IMF, then with the Egyptian president": each "with" phrase of a meeting names a
    partner met (the parser hangs the second on the verb beside the first); "with the help of" names none."""
    found = {t.i for t, _ in att.targets}
    more: list[tuple[Token, ActorRef]] = []
    for word, obj in args.prep_objects(att.trigger):
        # the phrase must name the partner itself: "with the help of Swiss mediators" names no one met
        if word == "with" and obj.i in att.inp.actors and obj.i not in found:
            more += coder.find_targets([obj], att.sources, att.inp, conflict=att.conflict)
    return [(t, a) for t, a in more if t.i not in found and a.code not in {x.code for _, x in att.targets}]


# acts aimed against a party: investigate, demand, disapprove, reject, threaten
AGAINST_ROOTS = frozenset(("09", "10", "11", "12", "13"))


EMBASSY_NOUNS = frozenset(("embassy", "consulate", "legation"))
EMBASSY_TIE_ROOTS = frozenset(("05", "16"))  # opening, reopening, closing or evacuating one's embassy


@rule("embassy-host", "target", "verb")
def embassy_host(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Lithuania shuttered its embassy in Minsk", "Riyadh reopened its embassy in Damascus": an embassy is a
    tie with the state that hosts it, so that state is the party a closing or a reopening is aimed at."""
    obj = args.child(att.trigger, ("dobj", "nsubjpass"))
    if obj is None or obj.lemma_.lower() not in EMBASSY_NOUNS or att.code[:2] not in EMBASSY_TIE_ROOTS:
        return None  # "police guarded the embassy in Belgrade": an act done to an embassy is no tie
    for word, host in args.prep_objects(obj):
        if word not in ("in", "to"):
            continue
        found = coder.actors_at(host, att.inp)
        if found:
            att.targets = found
            return host.text
        place = place_country(host, att.inp.sent) if host.pos_ == "PROPN" else None
        if place is not None:
            att.targets = [(host, place_ref(host, place, att.inp.offset, kind="state", why=": host of the embassy"))]
            return host.text
    return None


@rule("pronoun-owner", "target", "verb")
def pronoun_owner(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Erdogan signed the decree. Greek Foreign Minister Dendias criticized his decision": criticism, a demand,
    a rejection or a threat aimed at "his" or "her" thing is aimed at its owner, the last person told before
    whom the pronoun fits, other than the doer (who does not condemn their own decision)."""
    if att.targets or att.no_target or (att.code or "")[:2] not in AGAINST_ROOTS:
        return None
    verb = att.trigger
    things = [args.acted_on(verb), *(o for w, o in args.prep_objects(verb) if w in OWNED_THING_PREPS)]
    pronoun = next((c for t in things if t is not None for c in t.children
                    if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if pronoun is None:
        return None
    inp = att.inp
    owner = inp.person_before(inp.offset + pronoun.idx, pronoun.lower_, besides=tuple(a for _, a in att.sources))
    if owner is None or not owner.code:
        return None
    att.targets = [(pronoun, replace(owner, resolved_by="pronoun", text=pronoun.text,
                                     start=inp.offset + pronoun.idx, end=inp.offset + pronoun.idx + len(pronoun.text)))]
    return pronoun.text


COERCE_ROOT = "17"
REDUCE_ROOT = "16"
OWNED_THING_PREPS = frozenset(("in", "into", "to", "for", "on", "against", "at"))
# verbs whose two or more doers act on each other: "Israeli troops and Hamas militants exchanged fire"
MUTUAL_VERBS = frozenset(("clash", "exchange", "skirmish", "trade"))
PLACE_PREPS = frozenset(("in", "at", "near", "around", "inside"))


def _mutual_at_place(att: Attempt) -> bool:
    """"Israeli troops and Hamas militants exchanged fire in Gaza City": two parties in a mutual fight, and
    the only target found the place it happened (a phrase of place on the verb itself)."""
    verb = att.trigger
    if verb.lemma_.lower() not in MUTUAL_VERBS or len({a.code for _, a in att.sources}) < 2 or not att.targets:
        return False
    return all(t.head.dep_ == "prep" and t.head.lower_ in PLACE_PREPS and t.head.head.i == verb.i
               for t, _ in att.targets)


def _organ_coerced(coder: SentenceCoder, att: Attempt) -> list[tuple[Token, ActorRef]]:
    """"The king suspended parliament", "the president dissolved the assembly": a measure an entry names by
    its object falls on that object when it is an organ of a state (a sector of the sentence's state, unlike
    "send US troops", where the object is the sender's own means)."""
    obj = args.acted_on(att.trigger)
    if obj is None or obj.lemma_.lower() not in att.themes:
        return []
    found = coder.find_targets([obj], att.sources, att.inp)
    return [(t, a) for t, a in found if t.i == obj.i and a.sector]


def _with_unknown_conjuncts(
    coder: SentenceCoder, targets: list[tuple[Token, ActorRef]], inp
) -> list[tuple[Token, ActorRef]]:
    """"Nairobi accused Tomas Verhoek and Vladimir Putin of fraud": a person no table knows, conjoined with
    a target found, is a target too (kept by name), in the order written."""
    if not targets or not any(a.kind == "person" for _, a in targets):
        return targets  # "the road between Armenia and Nagorno-Karabakh": names beside a state are places
    found = {t.i for t, _ in targets}
    first = targets[0][0]
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if not first.conjuncts:
        return targets
    extra = []
    for member in (first, *first.conjuncts):
        if member.i not in found:
            span = _unknown_personal_name(coder, member, inp)
            if span is not None:
                extra.append((member, _unknown_person(span, inp, coder)))
    return sorted(targets + extra, key=lambda ta: ta[0].i) if extra else targets


# what talks are about, whose modifiers name the subject, not the partner: "discussed Ethiopia-Eritrea relations"
TOPIC_NOUNS = frozenset("relations relationship ties situation crisis conflict dispute issue war future".split())
# verbs whose object is the means an act is done with: "launched the raid using six drones"
INSTRUMENT_VERBS = frozenset(("use", "employ"))


# verbs whose object is what is talked about: "discussed her potential cabinet" consults no cabinet
TOPIC_VERBS = frozenset(("discuss",))


# what is shared when intelligence is shared (CAMEO 064)
INFORMATION_NOUNS = frozenset("data datum intelligence information evidence detail finding record tip".split())
TOPIC_PREPS = frozenset(("on", "about", "regarding", "concerning"))


def _information_partners(verb: Token) -> list[Token]:
    """Whom information is shared with or passed to, however deep the parser hangs the phrase in the data's
    description ("data on the filling of the dam with Egypt"), through prepositions only."""
    found = []
    for tok in verb.subtree:
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("with", "to"):
            continue
        up = tok.head
        while up.i != verb.i and up.dep_ in ("prep", "pobj", "dobj"):
            up = up.head
        if up.i == verb.i:
            found.append(tok)
    return found


def _topic_of_information(tok: Token) -> bool:
    """Is `tok` what shared information is about? Its nearest preposition says: "data on Russian drones" is a
    topic, "data on the dam with Egypt" still names the partner, however the parser nests the two."""
    head = tok
    while head.head.i != head.i:
        if head.dep_ == "pobj":
            return head.head.lower_ in TOPIC_PREPS
        head = head.head
    return False


def _without_topics(toks: list[Token], verb: Token) -> list[Token]:
    """Consultation partners, not the subject of talk: a topic noun gives only its 'with' phrase
    ("discussed relations with Russia"), never the states that modify it ("discussed Ethiopia-Eritrea relations")."""
    out: list[Token] = []
    for tok in toks:
        topic = tok.lemma_.lower() in TOPIC_NOUNS or (verb.lemma_.lower() in TOPIC_VERBS and tok.head.i == verb.i)
        if topic and tok.dep_ == "dobj":
            out += [o for w, o in args.prep_objects(tok) if w == "with"]
        else:
            out.append(tok)
    return out


def _instrument(tok: Token) -> bool:
    """"Launched the raid using six drones": the weapons an act is done with are no target (a weapon
    word would otherwise take the state named in the sentence as its owner)."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in INSTRUMENT_VERBS and tok.head.dep_ in ("acl", "advcl", "xcomp")


MOBILIZE_ROOT = "15"
FORCE_SECTORS = frozenset(("MIL", "COP", "SPY"))


def _own_forces(actor: ActorRef, sources: list[tuple[Token, ActorRef]]) -> bool:
    """"Yerevan ordered the mobilisation of 20,000 reservists": the forces a state raises are its own
    means, not the one the show of force is aimed at."""
    return actor.sector in FORCE_SECTORS and any(s.country == actor.country for _, s in sources)


@rule("asked-party", "target", "verb")
def asked_party(coder: SentenceCoder, att: Attempt) -> str | None:
    """"China demanded that the Philippines remove the ship": who is asked is the asked act's subject."""
    if att.code[:2] not in ("02", "10"):
        return None
    act = args.embedded_act(att.trigger)
    asked = (args.for_party(att.trigger, act) or args.subject_of(act)) if act is not None else None
    if asked is None and act is not None and act.pos_ == "NOUN":
        # "demanded that the Arab League mediate", "demanded that the Serbian government resign": a
        # subjunctive verb read as a noun takes the name before it as a compound; that name is the one asked
        # "demanded that the EU release frozen funds": the verb read as a noun modifier of its object
        holders = [act, *(c for c in act.children if c.dep_ == "nmod" and c.i < act.i)]
        asked = next((c for h in holders for c in h.children if c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN")),
                     None)
    if asked is None:
        return None
    att.targets = coder.find_targets([asked], att.sources, att.inp)
    return asked.text if att.targets else None


@rule("asked-from", "target", "verb")
def asked_from(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Berlin demanded an explanation from Moscow", "Kyiv sought help from the EU", "Pakistan insisted on a
    bailout from the IMF": a demand or appeal made of a party 'from' it, on the verb or on what is asked (its
    object, or what it asks "for" or insists "on"), is aimed at that party."""
    if att.code[:2] not in ("02", "10"):
        return None
    asked = args.child(att.trigger, ("dobj",))
    holders = [att.trigger, *([asked] if asked is not None else [])]
    holders += [o for w, o in args.prep_objects(att.trigger) if w in ("for", "on")]
    toks = [o for h in holders for w, o in args.prep_objects(h) if w == "from"]
    if not toks:
        return None
    att.targets = coder.find_targets(toks, att.sources, att.inp)
    return toks[0].text if att.targets else None


@rule("received-from", "target", "verb")
def received_from(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Serbia rejected a proposal by Croatia": the act received came from its maker."""
    if not args.receives(att.trigger):
        return None
    obj = args.acted_on(att.trigger)
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
    # "Baku warned that it would use force against Yerevan": the clause's own prepositional target
    toks += [o for w, o in args.prep_objects(clause, args.VERB_TARGET_PREPS) if w in FORCE_PREPS]
    att.targets = coder.find_targets(toks, att.sources, att.inp)
    return clause.text if att.targets else None


# what a trip is made to do when the one met is the visit's host: "flew to Moscow to meet Putin"
VISIT_PURPOSES = frozenset("meet talk discuss negotiate confer consult hold sign attend visit see".split())


@rule("governed-act-object", "target", "verb")
def governed_act_object(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Pyongyang threatened to use nuclear weapons against Seoul": the governed act names the target."""
    act = args.child(att.trigger, ("xcomp",))
    if act is None:
        # "offered on Friday to mediate between Sudan and the UAE": the parser may make the infinitive an advcl
        act = next((c for c in att.trigger.children if c.dep_ == "advcl" and args.has_marker(c, "aux", "to")), None)
    if act is None:
        return None
    if att.code in VISIT_CODES and act.lemma_.lower() not in VISIT_PURPOSES:
        return None  # "travelled to Cleveland to take part in a debate against Biden": no visit to Biden
    if att.code[:2] == "04" and act.tag_ == "VBG":
        return None  # "discussed potentially sanctioning Iran": what is discussed is a topic, not a party
    addressee = args.child(att.trigger, ("dobj",))
    if att.code[:2] in ("02", "10") and addressee is not None and addressee.pos_ != "PRON":
        return None  # "encouraged firms to cease trading in Iran": the appeal is to the firms, not Iran
    toks = args.object_candidates(act)
    if att.code[:2] == "04" or act.lemma_.lower() in TOPIC_VERBS:
        toks = _without_topics(toks, act)  # "met in Nairobi to discuss Ethiopia-Eritrea relations"
    att.targets = coder.find_targets(toks, att.sources, att.inp, att.themes, att.on_places, att.conflict)
    return act.text if att.targets else None


@rule("victims", "target", "noun")
def victims(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Five Malian soldiers died in the ambush": the ones killed or wounded by the act are its target; not
    where the act names its own sides ("hurt in clashes between police and demonstrators")."""
    if any(w == "between" for w, _ in args.prep_objects(att.trigger)):
        return None
    return _victims_of(coder, att, att.trigger)


@rule("weapon-victims", "target", "verb")
def weapon_victims(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Two soldiers were killed by a roadside bomb planted by separatists": the ones a weapon killed or
    wounded are the target of whoever planted, fired or dropped it."""
    trig = att.trigger
    if trig.dep_ != "acl" or trig.tag_ != "VBN" or att.code[:2] not in ("18", "19", "20"):
        return None  # ("an attack claimed by the group": the claim, 015, is aimed at no victim)
    return _victims_of(coder, att, trig.head)


def _victims_of(coder: SentenceCoder, att: Attempt, act: Token) -> str | None:
    """The people killed or wounded by an act or weapon (`act`), as the attempt's targets; never a protest's
    ("protests killed three people" are not aimed at the dead)."""
    verb = victim_verb(act)
    if att.code[:2] == PROTEST_ROOT:
        return None
    if verb is None:
        return _struck_by_weapon(coder, att, act)
    # "an airstrike killed 12", "a bomb killed five, in an attack claimed by X": who was killed, not the bomb
    active = act.dep_ == "nsubj" or not (args.is_passive(verb) or verb.lemma_.lower() == "die")
    hurt = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")] if active else [
        c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")
    ]
    att.targets = coder.find_targets(hurt, att.sources, att.inp, places=True)
    return att.targets[0][0].text if att.targets else None


# what a planted or fired weapon does to what it hits: "the bomb tore through a convoy", "a mine hit a bus"
WEAPON_HITS = {"tear": ("through", "into"), "rip": ("through", "into"), "hit": (), "strike": (), "slam": ("into",)}


def _struck_by_weapon(coder: SentenceCoder, att: Attempt, weapon: Token) -> str | None:
    """"Bombs planted by militants tore through an army convoy in Mali": what the weapon hit is the target."""
    verb = weapon.head
    preps = WEAPON_HITS.get(verb.lemma_.lower())
    if weapon.dep_ != "nsubj" or preps is None:
        return None
    hit = [c for c in verb.children if c.dep_ == "dobj"] + [o for w, o in args.prep_objects(verb) if w in preps]
    own = {a.country for _, a in att.sources}
    # "a missile fired by Houthi rebels struck a cargo ship": a ship or bus named with no state of its own is
    # not the attacker's state's, which is the one state the sentence names
    att.targets = [(t, a) for t, a in coder.find_targets(hit, att.sources, att.inp, places=True)
                   if not (a.resolved_by == "sector+place" and a.country in own and "one state named" in a.entry)]
    return att.targets[0][0].text if att.targets else None


@rule("drew-reaction", "target", "noun")
def drew_reaction(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Hungary passed a media law, drawing condemnation from the EU": a reaction an act drew is aimed at
    whoever did the act, the subject of the clause the drawing participle hangs on (the EU condemns Hungary), or
    the doer of the act that drew it ("Russia's strike on the port drew condemnation from France")."""
    drawing = _drawing_verb(att)
    if drawing is None:
        return None
    if drawing.tag_ == "VBG" and drawing.dep_ in ("advcl", "xcomp", "conj"):
        doer = args.subject_of(drawing.head)
        doers = [doer] if doer is not None else []
    else:
        # "Russia's strike on the hospital drew condemnation": the act's own doer; "Israel drew condemnation",
        # "the Hungarian law drew criticism": the party, or the owner of the thing ("the law drew condemnation":
        # a thing whose maker is not named here, no one)
        act = args.subject_of(drawing)
        if act is None:
            doers = []
        elif act.lemma_.lower() in coder.lexicon.nouns:
            doers = args.noun_source_candidates(act)
        else:
            doers = [act, *(c for c in act.children if c.dep_ in ("poss", "amod", "compound"))]
    att.targets = coder.find_targets(doers, att.sources, att.inp) if doers else []
    return att.targets[0][0].text if att.targets else None


@rule("came-under", "target", "noun")
def came_under(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Army bases in Khartoum came under attack from the RSF": what comes under an attack is its target."""
    noun = att.trigger
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head.lemma_ != "come":
        return None
    subj = args.subject_of(prep.head)
    if subj is None:
        return None
    att.targets = coder.find_targets([subj], att.sources, att.inp, places=True)
    return subj.text if att.targets else None


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
    trig = att.trigger
    if not att.targets and trig.dep_ == "dobj":
        # "would not rule out joint drills with Tokyo": the parser hangs the noun's partner on its verb
        hung = [o for w, o in args.prep_objects(trig.head) if w in HUNG_PARTNER_PREPS and o.i > trig.i]
        att.targets = [(t, a) for t, a in coder.find_targets(hung, att.sources, att.inp, conflict=att.conflict)
                       if t.i not in source_toks]
    return att.targets[0][0].text if att.targets else None


HUNG_PARTNER_PREPS = frozenset(("with", "against"))


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
    one who made the move in the main clause; so is one to "a charge" or "a claim", at the one who made it
    ("Serbia accused Kosovo of arming the gangs, a charge denied by Pristina")."""
    verb = att.trigger
    noun = verb.head
    told = verb.dep_ == "relcl" or verb.dep_ == "acl" and verb.tag_ == "VBN"
    # (the parser may hang "a claim denied by ..." on the verb of saying, as its clause)
    charge = noun.lemma_.lower() in args.CHARGE_NOUNS
    hung = ("appos", "npadvmod", "dobj", "ccomp") if charge else ("appos", "npadvmod", "dobj")
    if not told or not (charge or noun.lemma_.lower() in MOVE_NOUNS) or noun.dep_ not in hung:
        return None
    main = noun.head
    # "launched an offensive against fighters in Libya, a move that ...": the move hangs on the last noun,
    # four heads below the verb that made it
    for _ in range(6):
        if main.pos_ in ("VERB", "AUX"):
            break
        main = main.head
    subj = args.subject_of(main) if main.pos_ in ("VERB", "AUX") else None
    if subj is None:
        return None
    att.targets = coder.find_targets([subj], att.sources, att.inp)
    return subj.text if att.targets else None


# a definite noun that points back at an act the story has told: "the move", "the request"
TOLD_ACT_NOUNS = MOVE_NOUNS | frozenset("plan proposal request offer announcement order demand".split())
EARLIER_MOVE_SENTENCES = 1  # "the move" points at what the sentence before told (no further: one left uncoded may hold it)
MOVE_MODALITIES = frozenset(("asserted", "intended"))  # a move announced is a move ("announced it would leave")


@rule("earlier-move", "target", "verb")
def earlier_move(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Johnson suspended Parliament. Corbyn called the move a smash and grab": a reaction to "the move",
    "the decision", "the request", "it" or "this" with no maker named is aimed at whoever made the last act
    the story told in the sentence before (made or announced, by a known party other than the reacting one)."""
    if att.code is None or att.code[:2] not in REACTION_ROOTS:
        return None
    obj = args.acted_on(att.trigger)
    if obj is None or obj.i in att.inp.actors:
        return None
    # "Trump cut the funding. He described it as despicable": "it" and "this" point back as "the move" does
    told_pronoun = obj.pos_ == "PRON" and obj.lower_ in ("it", "this")
    if not told_pronoun and (obj.lemma_.lower() not in TOLD_ACT_NOUNS or not definite(obj)):
        return None
    if args.noun_source_candidates(obj) or any(c.dep_ in ("relcl", "acl") for c in obj.children):
        return None  # "the move by Ankara", "the decision to leave" name or describe their own act
    inp, own = att.inp, {a.code for _, a in att.sources}
    for event in reversed(inp.earlier):
        if event.sentence_index < inp.index - EARLIER_MOVE_SENTENCES:
            break
        doer = event.source
        if event.modality not in MOVE_MODALITIES or doer is None or not doer.code:
            continue
        if doer.resolved_by in ("unresolved", "earlier-act", "earlier-move") or doer.code in own:
            continue
        att.targets = [(obj, replace(doer, resolved_by="earlier-move",
                                     entry=f"maker of the act told in sentence {event.sentence_index}"))]
        return obj.text
    return None


# a party followed closely by a verb of saying, asking or charging made the claim: "Pompeo said the crash ..."
CLAIM_MADE = re.compile(r"[^.;:!?]{0,30}?\b(said|says|claimed|claims|claiming|alleged|alleges|alleging|accused|accuses|"
                        r"suggested|suggests|asked|asks|asking|requested|urged|demanded|wrote|reported|charged|argued|argues|arguing)\b")


@rule("claim-maker", "target", "verb")
def claim_maker(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Iran denied the accusation", after "Pompeo said the crash was likely Iran's doing": a reaction to a claim
    told just before is aimed at the party that made it there, the last one named right before a verb of
    saying, asking or charging in the two sentences before."""
    obj = told_claim(att)
    if obj is None:
        return None
    inp, own = att.inp, {a.code for _, a in att.sources}
    before = [a for _, a in (*inp.persons, *inp.groups)
              if a.start is not None and a.end is not None and inp.context_start <= a.start < inp.offset]
    for actor in sorted(before, key=lambda a: a.start or 0, reverse=True):
        if not actor.code or actor.resolved_by in ("unresolved", "pronoun") or actor.code in own:
            continue
        if CLAIM_MADE.match(inp.text, actor.end) is not None:
            att.targets = [(obj, replace(actor, resolved_by="claim-maker",
                                         entry=f"maker of the {obj.lower_}: {actor.text!r} before it"))]
            return actor.text
    return None


@rule("alleged-doer", "target", "verb")
def alleged_doer(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Moscow alleged Kyiv's forces had used banned weapons", "the lawyer alleged the man was beaten by
    police": an allegation or disapproval told as a clause is aimed at whoever the clause says acted (its
    subject, or the agent of a passive); a passive with no agent names only the victim, no target."""
    if att.code[:2] != "11":
        return None
    clause = next((c for c in att.trigger.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.i < att.trigger.i:
        return None  # "..., the minister alleged": a trailing attribution
    doer = args.agent_of(clause) if args.is_passive(clause) else args.child(clause, ("nsubj",))
    if doer is None or doer.pos_ == "PRON":
        return None  # "Tehran alleged it was targeted": the speaker's own side, or no one named
    att.targets = coder.find_targets([doer], att.sources, att.inp)
    return doer.text if att.targets else None


# nouns that make their "of" phrase an act aimed at the noun's subject: "the town was the target of a strike"
AIMED_AT_NOUNS = frozenset(("target", "victim", "subject", "object", "focus"))
COPULAS = frozenset(("be", "become", "remain"))


@rule("target-of-act", "target", "noun")
def target_of_act(coder: SentenceCoder, att: Attempt) -> str | None:
    """"In 2006 the refinery town was the target of a suicide attack", "the airline has been the subject of
    US sanctions": the one said to be the target of an act is its target (a place, for force)."""
    noun = att.trigger
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in AIMED_AT_NOUNS:
        return None
    role = prep.head
    if role.dep_ == "attr" and role.head.lemma_.lower() in COPULAS:
        aimed_at = args.child(role.head, ("nsubj",))
    elif role.dep_ == "appos":
        aimed_at = role.head  # "Abqaiq, the target of an attack in 2006, ..."
    else:
        return None
    if aimed_at is None or aimed_at.pos_ == "PRON":
        return None
    found = coder.find_targets([aimed_at], att.sources, att.inp, places=att.code[:2] in PLACE_TARGET_ROOTS)
    # "the embassy was the target of an attack by al-Shabaab": a bare sector word takes its state from the
    # sentence, here the attackers' own; whose embassy it was is not said
    own = {a.country for _, a in att.sources}
    att.targets = [(t, a) for t, a in found if not (a.resolved_by == "sector+place" and a.country in own)]
    return aimed_at.text if att.targets else None



INQUIRY_ROOT = "09"
INCIDENT_PLACE_PREPS = frozenset(("in", "at", "outside", "near", "inside"))


@rule("inquiry-place", "target")
def inquiry_place(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Belgian police are investigating a shooting outside a bar in Brussels": an inquiry into an incident
    no one is named for is aimed at the state where it happened (the gold sets' convention)."""
    if att.code[:2] != INQUIRY_ROOT:
        return None
    incidents = [args.acted_on(att.trigger)] if att.kind == "verb" else []
    incidents += [o for w, o in args.prep_objects(att.trigger) if w in ("into", "of")]
    places = [p for inc in incidents if inc is not None and inc.i not in att.inp.actors
              for w, o in args.prep_objects(inc) if w in INCIDENT_PLACE_PREPS
              for p in (o, *(o2 for w2, o2 in args.prep_objects(o) if w2 in INCIDENT_PLACE_PREPS))]
    for tok in places:
        place = place_country(tok, att.inp.sent) if tok.pos_ == "PROPN" else None
        if place is not None:
            att.targets = [(tok, place_ref(tok, place, att.inp.offset, kind="state", why=": where the incident was"))]
            return tok.text
    return None


@rule("maker-of-thing", "target", "verb")
def maker_of_thing(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The court rejected a lawsuit filed by the Greens", "the senators sued over the emergency the president
    declared" (or filed a suit against it), "the army said it was retaliating against rocket attacks from
    Hezbollah": a reaction to a thing someone made, or force used in answer to someone's attack, is aimed at
    the maker (the thing names no one itself)."""
    root = att.code[:2]
    force = root in FORCE_ROOTS
    if root not in ACT_REACTION_ROOTS and not force:
        return None
    verb = att.trigger
    # "filed a lawsuit against the emergency the president declared": the thing may hang on the act's object
    hosts = (verb,) if force else (verb, args.child(verb, ("dobj",)))
    things = [o for h in hosts if h is not None for w, o in args.prep_objects(h) if w in ("against", "over")]
    if not force:
        # "Berlin welcomed the deal brokered by Qatar": the parser may read the object as a clause
        things[:0] = [args.acted_on(verb), *(c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "NOUN")]
    makers: list[Token] = []
    for thing in things:
        if thing is None or thing.i in att.inp.actors:
            continue
        if force:
            entry = coder.lexicon.nouns.get(thing.lemma_.lower())
            if entry is not None and entry.code[:2] in FORCE_ROOTS:  # force answered with force
                makers += args.noun_source_candidates(thing)
            continue
        makers += _makers(thing)
    if not makers:
        return None
    att.targets = coder.find_targets(makers, att.sources, att.inp)
    return att.targets[0][0].text if att.targets else None


# verbs of speaking about a thing someone else made: "the policies Trump mentioned" are not Trump's
SPEAKING_OF = frozenset("mention cite describe list name discuss raise attribute blame criticise criticize".split())


def _makers(thing: Token) -> list[Token]:
    """Who made a thing, by a relative clause or a participle: "the plan Biden proposed", "a suit filed by X"."""
    out: list[Token] = []
    for c in thing.children:
        # "the report that the group published" is a relative clause (its verb lacks the object the thing
        # is); "the report that Iran attacked a ship" says what the report tells, and names no maker
        relative = c.dep_ == "relcl" or (c.dep_ == "acl" and args.child(c, ("nsubj",)) is not None)
        own_object = any(g.dep_ in ("dobj", "ccomp", "xcomp") and g.tag_ != "WDT" for g in c.children)
        # "the deal under which Ankara and Tripoli agreed to share the sea": its parties made the deal
        terms = thing.lemma_.lower() in AGREEMENT_NOUNS and any(
            o.lower_ == "which" for g in c.children if g.dep_ == "prep" for o in g.children)
        if relative and (not own_object or terms) and c.lemma_.lower() not in SPEAKING_OF:
            subj = args.child(c, ("nsubj",))
            if subj is not None and subj.pos_ != "PRON" and subj.tag_ != "WDT":
                out.append(subj)
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            agent = args.agent_of(c)
            if agent is not None:
                out.append(agent)
    return out


# verbs whose object is, in news prose, a person when it is a first name and surname
PERSON_AIMED = frozenset(
    "accuse blame criticise criticize condemn denounce praise thank arrest detain charge indict convict sentence "
    "sue meet fire sack pardon expel deport extradite kidnap abduct assassinate execute "
    # the person killed or hurt is named: "a mob killed the student Omar Haddad"
    "kill murder shoot stab behead lynch torture".split()
)
# words that make a capitalised name a body or group, not a person
BODY_NAME_WORDS = frozenset(
    "council commission committee party league union ministry agency authority office court bank association "
    "federation organisation organization institute foundation assembly parliament senate bureau service board "
    "group company corporation alliance coalition network trust fund society army front movement forces".split()
)
# words that end the name of a building or a place, never a person's: "Walter Reed Hospital", "Evin Prison",
# "the Red Sea"
FACILITY_NAME_WORDS = frozenset(
    "hospital clinic center centre university college school academy airport station prison jail palace house "
    "hotel church cathedral mosque synagogue temple square street avenue park bridge building tower museum "
    "stadium arena base camp port harbour harbor island mountain river lake valley sea ocean gulf strait "
    "canal peninsula desert islands mountains straits lawn".split()
)


# prepositions by which an act reaches a person: "sanctions against X", "talks with X", "a letter to X"
PERSON_PREPS = frozenset(("against", "with", "to", "on"))
# particles inside a personal name ("Abu Karim al-Rashidi", "Ursula von Berg"), never a name on their own
PERSONAL_PARTICLES = frozenset(
    "al el ul ad ash as bin ibn bint abu umm de da del della di dos das du van von der den le la ben".split()
)
GLUED_PARTICLES = frozenset(("al", "el", "ul", "ad", "ash", "as"))  # "al-Rashidi" is a name alone


@rule("named-person-object", "target")
def named_person_object(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The ministry accused Tomas Verhoek of fraud", "Ottawa imposed sanctions against Abu Karim
    al-Rashidi", "the minister held talks with Ahmad Zia Barakzai": a personal name that no table knows, as
    the object of a verb aimed at persons or of a preposition by which an act reaches someone, is kept as an
    unresolved person target (its words, no code), so that no other actor of the sentence is taken for it."""
    inp = att.inp
    if att.targets or att.no_target:
        return None
    for slot in _person_object_slots(att):
        # "sentenced David and Louise Turpin": a first name alone before a conjoined full name is no name
        # to keep by itself; the full name is
        found = next(((o, sp) for o in (slot, *slot.conjuncts)
                      if (sp := _unknown_personal_name(coder, o, inp)) is not None), None)
        if found is None:
            continue
        obj, span = found
        # "accused Tomas Verhoek and Anna Berg of fraud": each conjoined person, known or not
        att.targets = [(obj, _unknown_person(span, inp, coder))]
        for other in obj.conjuncts:
            other_span = _unknown_personal_name(coder, other, inp)
            if other_span is not None:
                att.targets.append((other, _unknown_person(other_span, inp, coder)))
            else:
                att.targets += [(t, a) for t, a in coder.actors_at(other, inp, as_target=True) if t.i == other.i]
        return span.text
    return None


def _names_unknown_person(coder: SentenceCoder, att: Attempt) -> bool:
    """The object of a verb aimed at persons is a personal name no table knows (or conjoins one)."""
    verb = att.trigger
    if att.kind != "verb" or verb.lemma_.lower() not in PERSON_AIMED:
        return False
    obj = args.acted_on(verb)
    if obj is None or any(t.i in att.inp.actors for t in obj.subtree) or coder.actors_at(obj, att.inp, as_target=True):
        return False  # "Russian General Igor Kirillov", "the New York Times": the words name a known actor
    return any(_unknown_personal_name(coder, o, att.inp) is not None for o in (obj, *obj.conjuncts))


def _unknown_person(span: Span, inp, coder: SentenceCoder | None = None) -> ActorRef:
    """A person no table knows, kept by name; coded only from the words written before the name:
    "a Pakistani journalism student Mashal Khan" is PAKEDU, "Tomas Verhoek" has no code."""
    code, country, sector = _own_words_code(span, inp, coder) if coder is not None else ("", None, None)
    return ActorRef(
        text=span.text, code=code, country=country, sector=sector, name=span.text,
        resolved_by="own-words" if code else "unresolved", kind="person",
        entry="a named person as the object of an act aimed at persons, no table knows"
        + (f"; coded by the words before the name ({code})" if code else ""),
        start=inp.offset + span[0].idx, end=inp.offset + span[-1].idx + len(span[-1].text),
    )


def _own_words_code(span: Span, inp, coder: SentenceCoder) -> tuple[str, str | None, str | None]:
    """(code, country, sector) from a nationality word and a sector word written before a name inside its
    own phrase ("a Pakistani journalism student Mashal Khan"), else ("", None, None)."""
    words = [t for t in span.root.lefts if t.i < span.start and t.dep_ in ("amod", "compound")]
    words += [t for w in list(words) for t in w.lefts if t.dep_ in ("amod", "compound")]
    countries = {a.country for t in words if (a := inp.actors.get(t.i)) is not None and a.country and not a.sector}
    sectors = {coder.actors.sector_of([t.lemma_]) for t in words if t.pos_ == "NOUN"} - {None}
    sector = next(iter(sectors)) if len(sectors) == 1 else None
    if len(countries) != 1:
        return "", None, sector  # "a Kurdish journalist X": the sector is kept uncoded, for a state to place it
    country = next(iter(countries))
    return country + (sector or ""), country, sector


def _person_object_slots(att: Attempt) -> list[Token]:
    """Where a person acted on stands: the object of a verb aimed at persons, then the object of a
    preposition hung on the trigger or on the act noun it governs ("imposed sanctions against X")."""
    trig = att.trigger
    slots: list[Token] = []
    if att.kind == "verb" and trig.lemma_.lower() in PERSON_AIMED:
        obj = args.acted_on(trig)
        if obj is not None:
            slots.append(obj)
    if att.kind == "verb":
        # "Trump granted Milken a full pardon": the one given the thing
        slots += [c for c in trig.children if c.dep_ == "dative"]
    hosts = [trig]
    if att.kind == "verb":
        hosts += [h for h in (att.act_noun, args.child(trig, ("dobj",))) if h is not None]
    for host in hosts:
        slots += [o for w, o in args.prep_objects(host) if w in PERSON_PREPS and (w != "on" or host is not trig)]
    return slots


NAME_SUFFIXES = frozenset(("jr.", "sr.", "jr", "sr", "ii", "iii", "iv"))


def _initial_or_suffix(tok: Token) -> bool:
    """'J.' in "Edward J. DeBartolo", 'Jr.' after it."""
    text = tok.text
    return (len(text) == 2 and text[0].isupper() and text[1] == ".") or (
        tok.i > 0 and tok.lower_ in NAME_SUFFIXES and _name_cased(tok.doc[tok.i - 1]))


def _name_cased(tok: Token) -> bool:
    """'Haddad', 'DeBartolo', 'McAllister': a capital first, then not all capitals ('NATO' is no name)."""
    return tok.is_alpha and tok.text[0].isupper() and (len(tok.text) == 1 or not tok.text[1:].isupper())


def _named_in_full_before(surname: Token, inp) -> bool:
    """"Michael Milken ... Trump granted Milken a pardon": a lone surname the story named earlier with a given
    name before it."""
    named = re.compile(rf"\b[A-Z][a-z]+ (?:[A-Z]\. )?{re.escape(surname.text)}\b")
    return bool(inp.text) and named.search(inp.text, 0, inp.offset) is not None  # the story before, not copied


def _unknown_personal_name(coder: SentenceCoder, obj: Token, inp) -> Span | None:
    """The span of a personal name at `obj` that no table knows ("Tomas Verhoek", "al-Rashidi"), else None."""
    if obj.pos_ != "PROPN":
        return None
    left = [c for c in obj.lefts if c.dep_ in ("compound", "flat", "punct") and c.i >= obj.i - 5]
    start = left[0].i if left else obj.i
    doc = inp.sent.doc
    while start < obj.i and doc[start].is_lower and doc[start].lower_ not in PERSONAL_PARTICLES:
        start += 1  # "the journalism student Omar Haddad": the name is the capitalised run before the head
    span = doc[start: obj.i + 1]
    if any(t.i in inp.actors for t in span):
        return None
    # "Edward J. DeBartolo Jr.": initials and generational suffixes belong to the name
    words = [t for t in span if t.text != "-" and not _initial_or_suffix(t)]
    titled = [t for t in words if _name_cased(t) and t.lower_ not in PERSONAL_PARTICLES]
    if any(not (t.is_alpha and (_name_cased(t) or t.lower_ in PERSONAL_PARTICLES)) for t in words):
        return None
    glued = len(span) >= 3 and span[-2].text == "-" and span[-3].lower_ in GLUED_PARTICLES
    if not (2 <= len(titled) <= 4 or (len(titled) == 1 and (glued or _named_in_full_before(titled[0], inp)))):
        return None
    if {t.lower_ for t in words} & (BODY_NAME_WORDS | FACILITY_NAME_WORDS) or coder.is_outlet(span.text):
        return None
    place = place_country(obj, inp.sent)
    if place is not None and folded(place.name).replace("-", " ") == folded(" ".join(t.text for t in titled)):
        return None  # "sanctions on Western Sahara": a place by its whole name ("Anna Berg" is no town
        # called Berg, and first names like "Zia" may match a town's other name)
    return span



# pacts one can leave with no other party named: "the Paris climate agreement", "the Open Skies Treaty"
PACT_NOUNS = AGREEMENT_NOUNS | {"convention", "protocol", "charter"}


@rule("left-named-pact", "target", "verb")
def left_named_pact(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Washington withdrew from the Paris climate agreement": leaving a pact called by its own name is a
    break in relations told whole, its many parties unnamed (no target is looked for); "withdrew from the
    deal", with no name, leans on a partner told before, and without one it is still vetoed."""
    verb, entry = att.trigger, att.entry
    if att.targets or att.no_target or not (att.code or "").startswith("16") or entry is None \
            or entry.objects is None or not entry.objects & PACT_NOUNS:
        return None
    if entry.prep is None:
        pacts = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        holders = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in args.PARTICLES)]
        pacts = [obj for holder in holders for word, obj in args.prep_objects(holder) if word == entry.prep]
    named = next((p for p in pacts if p.lemma_.lower() in PACT_NOUNS and (p.pos_ == "PROPN" or any(
        t.pos_ == "PROPN" for c in p.lefts if c.dep_ in ("compound", "nmod", "amod") for t in c.subtree))), None)
    if named is None:
        return None
    att.no_target = att.target_unnamed = True
    return named.text


THREAT_ROOT = "13"


@rule("condition-party", "claim")
def condition_party(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Tehran warned it would close the strait if Washington tightened its sanctions": a conditional threat
    with no target named is aimed at the one who must meet its condition (the 'if' or 'unless' clause's subject)."""
    if cand.target is not None or cand.code[:2] != THREAT_ROOT:
        return None
    anchor = cand.trigger if cand.trigger.pos_ in ("VERB", "AUX") else cand.trigger.head
    clauses = condition_clauses(anchor)
    if anchor.dep_ in ("ccomp", "xcomp"):
        clauses += condition_clauses(anchor.head)
    for act in anchor.children:
        if act.dep_ in ("ccomp", "xcomp"):
            # "Hamas warned it would pull out of the talks if Israeli forces pressed ahead": the condition
            # hangs on the act threatened
            clauses += condition_clauses(act)
    for clause in clauses:
        subj = args.child(clause, ("nsubj",))
        if subj is None or subj.tag_ == "PRP":
            continue  # "if it violated the border": whom 'it' means is left to the pronoun rules
        found = coder.find_targets([subj], [(cand.source_tok, cand.source)], cand.inp)
        if found:
            cand.target_tok, cand.target = found[0]
            return subj.text
    return None


# measures a state takes at home, and concessions to its own people (CAMEO 081x, 083x, 172x); a release
# (0841) is left out: the one freed is mostly named ("granted Milken a pardon"), and so is a resignation
# (0831): "the governor resigned" yields to whoever demanded it, or to no one, never to the state as a whole;
# a threat of such a measure falls on them too ("Duda said he may impose a curfew", 1323)
DOMESTIC_CODES = frozenset("0811 0812 0813 0814 0832 0833 0834 1721 1722 1723 1724 1321 1322 1323 1324".split())
HOME_SECTORS = frozenset(("GOV", "LEG", "MIL", "JUD", "COP"))


# what presses a concession out of a government: "resigned after weeks of protests"
PRESSURE_NOUNS = frozenset("protest demonstration rally unrest uprising revolt strike".split())
# what presses without being a protest: only the one named as making it is yielded to ("pressure from Brussels")
NAMED_PRESSURE_NOUNS = frozenset(("pressure", "demand"))
CONCESSION_PRESSURES = PRESSURE_NOUNS | NAMED_PRESSURE_NOUNS
CONCESSION_CODES = ("080", "083")  # yielding, and acceding to demands


@rule("conceded-to-protest", "claim")
def conceded_to_protest(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Bouteflika resigned after six weeks of mass protests against his rule", "Belgrade gave way to pressure
    from Brussels": a concession made after, amid, to or under protests or pressure yields to those who made
    them (the state's opposition, unless the protest or pressure names who made it)."""
    src = cand.source
    if cand.target is not None or not cand.code.startswith(CONCESSION_CODES) or not src.country:
        return None
    verb = cand.trigger if cand.trigger.pos_ in ("VERB", "AUX") else cand.trigger.head
    # "resigned and fled the country after weeks of protests": verbs sharing the subject share the occasion
    phrases = [p for v in (verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"))
               for p in args.prep_objects(v)]
    for word, obj in phrases:
        # "bowed to protests", "gave way to pressure from Brussels", "buckled under pressure from truckers"
        if word not in ("after", "following", "amid", "amidst", "to", "under"):
            continue
        # "after six weeks of protests": the measure of time hangs the protests on an "of" phrase
        protest = next((o for w, o in [("", obj), *args.prep_objects(obj)]
                        if w in ("", "of") and o.lemma_.lower() in CONCESSION_PRESSURES), None)
        if protest is None:
            continue
        named = [a for t in args.noun_source_candidates(protest) for _, a in coder.actors_at(t, cand.inp)]
        if not named and protest.lemma_.lower() in NAMED_PRESSURE_NOUNS:
            continue  # "gave way to international pressure": no one named
        cand.target = named[0] if named else by_convention(
            src.country, "OPP", "a concession made after protests yields to the protesters")
        return protest.text
    return None


@rule("own-people", "claim")
def own_people(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Dhaka imposed a nationwide curfew", "the junta lifted martial law": a domestic measure or concession
    that names no one falls on the state's own people (coded as the state as a whole)."""
    src = cand.source
    if cand.target is not None or cand.code not in DOMESTIC_CODES or not src.country:
        return None
    if src.resolved_by == "unresolved" or (src.sector is not None and src.sector not in HOME_SECTORS):
        return None
    cand.target = by_convention(src.country, None, "a domestic measure or concession falls on the state's own people")
    return src.country



REJECT_ROOT = "12"
FIGHT_ON = "1246"  # refusing to de-escalate is aimed at the enemy, not at who warned against it


@rule("defied-party", "claim")
def defied_party(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Erdogan announced the change again on Friday, despite criticism by the Greek foreign minister": what
    an act went ahead despite is aimed at whoever went ahead."""
    trig = cand.trigger
    if cand.target is not None or not cand.nominal or trig.dep_ != "pobj" or trig.head.lower_ not in DEFIANCE_PREPS:
        return None
    if cand.mod.modality != "asserted":
        return None  # "refused to withdraw the reform despite the unions' demands": read through the refusal
    host = trig.head.head
    doer = args.subject_of(host) if host.pos_ in ("VERB", "AUX") else None
    if doer is None:
        return None
    found = coder.find_targets([doer], [(cand.source_tok, cand.source)], cand.inp)
    if not found:
        return None
    cand.target_tok, cand.target = found[0]
    return cand.target.code


@rule("despite-party", "claim")
def despite_party(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Belgrade refused to recognise the vote despite warnings from Brussels": a refusal made in the face of
    someone's warnings, calls or concessions is aimed at them."""
    if cand.target is not None or cand.code[:2] != REJECT_ROOT or cand.code == FIGHT_ON:
        return None
    verb = cand.trigger if cand.trigger.pos_ in ("VERB", "AUX") else cand.trigger.head
    hosts = [verb, *(h for h in (verb.head,) if verb.dep_ in ("xcomp", "ccomp", "conj"))]
    for host in hosts:
        # the parser tags "despite" as a subordinating conjunction, so it is read here, not by prep_objects
        defied = [o for c in host.children if c.dep_ == "prep" and c.lower_ in DEFIANCE_PREPS
                  for o in c.children if o.dep_ == "pobj"]
        for obj in defied:
            parties = [o for w, o in args.prep_objects(obj) if w in ("from", "by", "of")] + args.possessors(obj) + [obj]
            found = coder.find_targets(parties, [(cand.source_tok, cand.source)], cand.inp)
            if found:
                cand.target_tok, cand.target = found[0]
                return cand.target.code
    return None
