"""Sentence rules: what the candidates of one sentence say about each other."""

from __future__ import annotations

from typing import TYPE_CHECKING

from brinkwatch.coding import arguments as args
from brinkwatch.coding.modality import CONSIDER, REQUEST, conditional_mark, find_modality, not_ruled_out
from brinkwatch.coding.rules.core import (
    rule,
)
from brinkwatch.coding.rules.shared import (
    COERCIVE_ROOTS,
    DEFIANCE_PREPS,
    DENIALS,
    FORCE_ROOTS,
    GOVERNOR_LEMMAS,
    KILLING,
    POSSESSIVE_PRONOUNS,
    PROTEST_WITH_AIMS,
    PROTESTERS,
    REACTION_ROOTS,
    UNANSWERED,
    VICTIM_VERBS,
    WARNINGS,
    argument_of,
    governed_by,
    mutual_agreement,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from brinkwatch.coding.coder import Candidate, SentenceCoder

GOVERNING_OR_WARNING = GOVERNOR_LEMMAS | WARNINGS
# hosts whose object act stands on its own: governed, warned of, denied or left unanswered
NOT_ABSORBING = GOVERNING_OR_WARNING | DENIALS | UNANSWERED


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
            (p for p in cands if _pressed_by(demand, p) and p.source.code == demand.source.code
             and (p.code[:2] == "14" or p.code[:2] in ("17", "18", "19") and p.source.sector in PROTESTERS)),
            None,
        )
        if protest is None:
            if _crowd_demand(demand):
                # "thousands poured into central Dhaka demanding that the premier step down": a crowd that
                # gathers to press a demand is protesting (141, for the aim demanded)
                demand.code = "141" + _aim(demand)
                demand.fired.append("protest-demand")
            continue
        if protest.code[:2] != "14":
            protest.code = "145"  # "protesters torched police cars, demanding ...": a violent protest
        if protest.code in PROTEST_WITH_AIMS:
            protest.code += _aim(demand)
        if protest.target is None and demand.target is not None:
            protest.target, protest.target_tok = demand.target, demand.target_tok
        protest.fired.append("protest-demand")
        dropped.append((demand, protest.trigger.text))
        asked = args.embedded_act(demand.trigger)  # what was demanded goes with the demand
        dropped += [(c, demand.trigger.text) for c in cands if asked is not None and c.trigger.i == asked.i]
    return dropped


def _pressed_by(demand: Candidate, protest: Candidate) -> bool:
    """The demand is the protest's: told on its verb ("blocked the motorway, demanding ...") or on its
    protesters ("protesters demanding the premier's resignation torched police stations")."""
    if protest.trigger.i == demand.trigger.head.i:
        return True
    return demand.trigger.dep_ == "acl" and protest.source_tok.i == demand.trigger.head.i


def _aim(demand: Candidate) -> str:
    """What a demand for change asks for, as the last digit of a protest for it: leadership (1041 -> 1), policy
    (2), rights (3), institutions (4); "" for any other demand."""
    aim = demand.code[3:4] if demand.code[:3] == "104" else ""
    return aim if aim in ("1", "2", "3", "4") else ""


# what a crowd does to be seen: "poured into the square", "glued themselves to the road", "marched on parliament"
GATHERING_VERBS = frozenset(
    "pour march gather rally flock descend throng fill block occupy glue chain camp converge surround parade "
    "swarm crowd assemble".split())


def _crowd_demand(demand: Candidate) -> bool:
    """A demand told as a participle of a crowd's gathering, by protesters or activists (OPP)."""
    head = demand.trigger.head
    return (demand.trigger.tag_ == "VBG" and demand.trigger.dep_ in ("advcl", "xcomp", "conj")
            and head.lemma_.lower() in GATHERING_VERBS and demand.source.sector == "OPP")


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
        hosts = [cand.trigger]
        if cand.trigger.pos_ == "NOUN" and cand.trigger.dep_ in ("dobj", "nsubj", "nsubjpass"):
            # "the move follows the killing of Soleimani in an airstrike": the parser hangs the means on the verb
            hosts.append(cand.trigger.head)
        for word, obj in (pair for host in hosts for pair in args.prep_objects(host)):
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
        host = argument_of(cand.trigger)
        if host is None or host.lemma_.lower() in NOT_ABSORBING or not_ruled_out(host):
            # "threatened a strike", "denied the shelling": the governed act carries the event; "ignored
            # appeals from Paris": appeals left unanswered stand as made
            continue
        other = next((o for o in cands if o is not cand and o.trigger.i == host.i and o.code[:2] in REACTION_ROOTS), None)
        if other is not None:
            dropped.append((cand, other.trigger.text))
            # what the act named says goes with it: "rejected demands that he resign"
            inside = {t.i for t in cand.trigger.subtree} - {cand.trigger.i}
            dropped += [(o, cand.trigger.text) for o in cands if o.trigger.i in inside]
    return dropped


VOTE_CODE = "014"  # consider policy option: "voted on a resolution"


@rule("vote-on-coded-measure", "sentence", veto=True)
def vote_on_coded_measure(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"The Iraqi parliament voted on a resolution to expel US troops": the act the measure provides for is coded
    (planned, the parliament's); the vote on it is how that plan was made, not a second event."""
    dropped = []
    for vote in cands:
        if vote.code != VOTE_CODE:
            continue
        measures = [o for w, o in args.prep_objects(vote.trigger) if w == "on"] + [
            c for c in vote.trigger.children if c.dep_ == "dobj"]
        provided = {c.i for m in measures for c in m.children if c.dep_ in ("acl", "relcl")}
        if any(o is not vote and o.trigger.i in provided for o in cands):
            dropped.append((vote, "the measure's act"))
    return dropped


# verbs of a court or prosecutor whose "for" / "with" / "of" phrase names the conduct tried: "sentenced him for
# torture", "charged by a court with conspiring to commit abuses"
JUDGING_VERBS = frozenset("charge indict convict sentence jail imprison try prosecute fine acquit".split())
CHARGE_PREPS = ("of", "for", "with")


@rule("accused-conduct", "sentence", veto=True)
def accused_conduct(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Prosecutors accused the lawyer of trying to extort the firm, threatening to hold a news conference":
    whatever the conduct an accusation names holds is the accusation's content, not an act of the accuser's
    (nor one shown to have happened); so is what a court sentences or charges someone for ("a court sentenced a
    police officer for the killing of an activist": the court killed no one)."""
    dropped = []
    for accusation in cands:
        lemma = accusation.trigger.lemma_.lower()
        alleging = accusation.code[:2] == "11" and lemma in args.ALLEGING
        if not (alleging or lemma in JUDGING_VERBS):
            continue
        preps = ("of", "for") if alleging else CHARGE_PREPS
        heads = [c for c in accusation.trigger.children if c.dep_ == "prep" and c.lower_ in preps]
        if not alleging:  # "sentenced him for torture, killing of an activist": a gerund with "of" is a noun in the list
            heads += [c for c in accusation.trigger.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                      and any(g.dep_ == "prep" and g.lower_ == "of" and g.i == c.i + 1 for g in c.children)]
        content = {t.i for c in heads for t in c.subtree}
        dropped += [(o, accusation.trigger.text) for o in cands if o is not accusation and o.trigger.i in content]
    return dropped


@rule("defied-act", "sentence", veto=True)
def defied_act(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Jerusalem pressed on with the offensive despite warnings from Washington": what a 'despite' phrase on
    the sentence's own coded act names is the background that act stands against, not a new event. With no
    act coded it stands ("the president believed Russia held the advantage, despite his criticisms of Moscow")."""
    main = _main_verbs(cands)
    return [(c, c.trigger.head.text) for c in cands
            if c.nominal and c.trigger.dep_ == "pobj" and c.trigger.head.lower_ in DEFIANCE_PREPS
            and c.trigger.head.head.i in main]


def _main_verbs(cands: list[Candidate]) -> set[int]:
    """The verbs of the sentence's own acts, and the verbs that govern them ("refused to withdraw")."""
    verbs = [c.trigger for c in cands if not c.nominal]
    return {v.i for v in verbs} | {v.head.i for v in verbs if v.dep_ in ("xcomp", "ccomp")}


# prepositions that set an act as the background of another: "imposed a curfew after days of clashes"
BACKGROUND_PREPS = frozenset(("after", "following", "amid", "amidst"))


@rule("background-act", "sentence", veto=True)
def background_act(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Dhaka imposed a curfew after days of clashes between police and students": an act named as the
    background of the sentence's own event was told before; it is no new event."""
    main = _main_verbs(cands)
    dropped = []
    for c in cands:
        if not c.nominal:
            continue
        phrase = c.trigger
        while phrase.dep_ == "pobj" and phrase.head.dep_ == "prep" and phrase.head.head.dep_ == "pobj":
            phrase = phrase.head.head  # "after days of clashes": the phrase is "days of clashes"
        prep = phrase.head
        if phrase.dep_ == "pobj" and prep.lower_ in BACKGROUND_PREPS and prep.head.i in main:
            dropped.append((c, prep.text))
    return dropped


@rule("condition-of-threat", "sentence", veto=True)
def condition_of_threat(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Brussels threatened Tehran with sanctions if it sent missiles to Moscow": the condition of a threat
    or demand is no event."""
    dropped = []
    for cand in cands:
        clause = cand.trigger
        for _ in range(3):
            if conditional_mark(clause) is not None or clause.head.i == clause.i:
                break
            clause = clause.head
        if clause.dep_ != "advcl" or conditional_mark(clause) is None:
            continue
        other = next((o for o in cands if _governed_from(o.trigger, clause.head) and _threat_or_demand(coder, o)), None)
        if other is not None:
            dropped.append((cand, other.trigger.text))
    return dropped


def _governed_from(act: Token, host: Token) -> bool:
    """`act` is `host` or its complement: "Washington was ready to hit Turkey ... if Ankara did not free the
    pastor" (the condition hangs on "was", the threat is "hit")."""
    for _ in range(3):
        if act.i == host.i:
            return True
        if act.dep_ not in ("xcomp", "acomp") or act.head.i == act.i:
            return False
        act = act.head
    return act.i == host.i


def _threat_or_demand(coder: SentenceCoder, cand: Candidate) -> bool:
    """A demand or threat, or a coercive act still to be recoded as its threat ("could cut ties if ...",
    "threatened to close the strait if ...")."""
    if cand.code[:2] in ("10", "13"):
        return True
    if cand.code[:2] not in COERCIVE_ROOTS:
        return False
    mod = find_modality(cand.trigger, coder.speech_verbs)
    return mod.shift == "threat" or mod.modality in ("hypothetical", "intended")


@rule("result-of-attack", "sentence", veto=True)
def result_of_attack(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Gunmen stormed the hotel, killing three guests": the deaths an attack caused are part of it."""
    dropped = []
    for cand in cands:
        trig = cand.trigger
        if trig.dep_ != "advcl" or trig.tag_ != "VBG" or trig.lemma_.lower() not in VICTIM_VERBS:
            continue
        other = _candidate_at(cands, trig.head, FORCE_ROOTS)
        if other is not None:
            _fold_into(other, cand, dropped)
    return dropped


def _candidate_at(cands: list[Candidate], tok: Token, roots=None) -> Candidate | None:
    """The candidate whose trigger is `tok` (of one of the CAMEO `roots`, when given)."""
    return next((o for o in cands if o.trigger.i == tok.i and (roots is None or o.code[:2] in roots)), None)


def _fold_into(attack: Candidate, part: Candidate, dropped: list[tuple[Candidate, str]]) -> None:
    """`part` tells of `attack` (its killing, its toll): whom it hit is whom the attack hit, and it is no event
    of its own."""
    if attack.target is None and part.target is not None:
        attack.target, attack.target_tok = part.target, part.target_tok
    dropped.append((part, attack.trigger.text))


BANNING = frozenset(("ban", "bar", "prohibit", "forbid", "outlaw"))


@rule("banned-act", "sentence", veto=True)
def banned_act(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Lithuania banned Russian trucks from entering its territory": what a ban forbids is the ban's content,
    no event of its own."""
    forbidden = [(c, c.trigger.head.head) for c in cands if c.trigger.dep_ == "pcomp" and c.trigger.head.lower_ == "from"]
    bans = [(c, _candidate_at(cands, verb)) for c, verb in forbidden if verb.lemma_.lower() in BANNING]
    return [(c, ban.trigger.text) for c, ban in bans if ban is not None]


@rule("attack-as-doer", "sentence", veto=True)
def attack_as_doer(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Israeli airstrikes killed 20 people in Gaza": an attack named as the doer of the killing is one act,
    coded once by the attack's own (finer) code; the killing verb adds no event."""
    dropped = []
    for cand in cands:
        if cand.nominal or cand.code[:2] not in FORCE_ROOTS:
            continue
        attack = next((o for o in cands if o.nominal and o.trigger.i == cand.source_tok.i
                       and o.code[:2] in FORCE_ROOTS), None)
        if attack is not None:
            _fold_into(attack, cand, dropped)
    return dropped


@rule("governor-dropped", "sentence", veto=True)
def governor_dropped(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Russia threatened to strike Kyiv": the governing verb's own event goes when the governed act was
    coded (with its modality)."""
    dropped = []
    for c in cands:
        lemma = c.trigger.lemma_.lower()
        if c.nominal or lemma not in GOVERNING_OR_WARNING:
            continue
        # a warning goes only for the coercive act it announces ("warned it could cut off aid")
        gov = next(
            (
                o for o in cands
                if o.trigger.i != c.trigger.i and governed_by(o.trigger, c.trigger)
                and (lemma not in WARNINGS or o.code[:2] in COERCIVE_ROOTS)
            ),
            None,
        )
        if gov is None:
            continue
        if gov.target is None and mutual_agreement(c):
            # "India and China agreed to resume border patrols": the agreement between them is the event
            dropped += [(o, c.trigger.text) for o in cands if o.target is None and o.trigger.i == gov.trigger.i]
            continue
        if gov.nominal and _row_names_act(coder, c.trigger, gov.trigger):
            # "Egypt halted its mediation between the two sides": a row for this verb with this very act ("halt
            # mediation", 165) names the event; the act halted is not coded apart
            dropped.append((gov, c.trigger.text))
            continue
        if c.target is not None and _offered_by_another(gov.trigger, c.trigger):
            # "Kyiv declined Warsaw's offer to mediate": the act is the offerer's, not the decliner's; the
            # refusal aimed at the offerer is the event
            dropped.append((gov, c.trigger.text))
            continue
        dropped.append((c, gov.trigger.text))
    return dropped


def _row_names_act(coder: SentenceCoder, verb: Token, act: Token) -> bool:
    """True when the lexicon row that codes `verb` names the act noun `act` as its object ("halt mediation");
    an act weighed is still coded itself, as the gold sets code it ("considering new sanctions": 163 considered)."""
    if act.dep_ != "dobj" or act.head.i != verb.i or verb.lemma_.lower() in CONSIDER:
        return False
    entry = coder.match_verb(verb)
    return entry is not None and bool(entry.objects) and act.lemma_.lower() in entry.objects


def _offered_by_another(act, verb) -> bool:
    """True when `act` hangs on an object noun of `verb` that someone else owns or makes: "declined
    Warsaw's offer to mediate", "rejected a proposal by Oslo to hold talks"."""
    noun = act.head
    if act.dep_ not in ("acl", "relcl") or noun.head.i != verb.i or noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    return any(ch.dep_ == "poss" and ch.lower_ not in POSSESSIVE_PRONOUNS for ch in noun.children) or any(
        w in ("by", "from") for w, _ in args.prep_objects(noun)
    )


# verbal acts whose participle restates the main act: "criticised the ruling, accusing the court of bias"
VERBAL_ROOTS = frozenset(("01", "02", "10", "11", "12", "13"))


@rule("restated-act", "sentence", veto=True)
def restated_act(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Seoul criticised Tokyo's remarks, accusing it of distorting history": a participle that restates
    the main verbal act in the same kind (11x with 11x) is that act, one event; a case brought at a court
    is aimed at the party its participle accuses."""
    dropped = []
    for cand in cands:
        trig = cand.trigger
        if trig.dep_ != "advcl" or trig.tag_ != "VBG" or cand.code[:2] not in VERBAL_ROOTS:
            continue
        main = next((o for o in cands if o.trigger.i == trig.head.i and o.code[:2] == cand.code[:2]
                     and o.source.code == cand.source.code), None)
        if main is not None:
            if main.code == LAWSUIT and cand.target is not None and _court_named(main):
                # "Ghana filed a case at the ICJ accusing Togo of ...": the one accused is sued, the court is
                # where the case is brought
                main.target, main.target_tok = cand.target, cand.target_tok
            dropped.append((cand, main.trigger.text))
    return dropped


LAWSUIT = "115"


@rule("message-with-content", "sentence", veto=True)
def message_with_content(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"The ministry issued a statement condemning Tokyo": a statement whose participle codes what it says is
    that act (111), not a bare statement (010) beside it; so is a body's resolution ("the Assembly adopted a
    resolution demanding that Russia withdraw" is a demand, 106, not an agreement, 057)."""
    dropped = []
    for cand in cands:
        if cand.code != "010" and not (cand.code == "057" and cand.trigger.lemma_.lower() in ("adopt", "pass")):
            continue
        said = [c.i for o in cand.trigger.children if o.dep_ == "dobj" for c in o.children
                if c.dep_ == "acl" and c.tag_ == "VBG"]
        # (a statement's content with no target may yet be withheld, and the statement with it)
        content = next((o for o in cands if o.trigger.i in said and o.source.code == cand.source.code
                        and (o.target is not None or cand.code == "057")), None)
        if content is not None:
            dropped.append((cand, content.trigger.text))
    return dropped


def _court_named(cand: Candidate) -> bool:
    """Is the act's target the court a case is brought at or before ("at the International Court of Justice")?"""
    tok = cand.target_tok
    return cand.target is None or tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "before", "in", "to")


@rule("repeated-act", "sentence", veto=True)
def repeated_act(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Rioters clashed with police and torched cars in Nanterre": two conjoined verbs of one code by one doer,
    the second aimed only at the state where it happened, are one act (the named party's)."""
    dropped = []
    for cand in cands:
        trig, target = cand.trigger, cand.target
        if trig.dep_ != "conj" or target is None or target.sector:
            continue
        first = next((o for o in cands if o.trigger.i == trig.head.i and o.code == cand.code
                      and o.source.code == cand.source.code and o.target is not None
                      and o.target.country == target.country and o.target.sector), None)
        if first is not None:
            dropped.append((cand, first.trigger.text))
    return dropped


@rule("asked-act-dropped", "sentence", veto=True)
def asked_act_dropped(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Kyiv urged Berlin to send more air defences": the act asked for is part of the appeal or demand
    (02x/10x, refined by it), not an event of its own; only an act asked by an unnamed requester stays, as
    requested ("Israel was asked to open the crossing")."""
    dropped = []
    for cand in cands:
        # pressing someone to act (17x from "pressure", "press") asks for the act too: "pressured Kyiv to open a probe"
        if cand.code[:2] not in ("02", "10") and not (cand.code[:2] == "17" and cand.trigger.lemma_.lower() in REQUEST):
            continue
        act = args.embedded_act(cand.trigger)
        if act is None:
            continue
        # with what the act asked for is for: "urged NATO to station a brigade to defend the border"
        dropped += [(other, cand.trigger.text) for other in cands
                    if other.trigger.i == act.i or other.code[:2] not in ("02", "10") and _purpose_of(other.trigger, act)]
    return dropped


# clauses that tell an act of their own inside another: "..., who denounced it", "after troops fired"
OWN_CLAUSES = frozenset(("relcl", "appos", "parataxis", "ccomp", "conj"))


def _purpose_of(tok, act) -> bool:
    """The token is inside `act` by way of objects and purpose infinitives only ("to station a brigade
    to defend the border"), not in a clause of its own ("who denounced", "after they fired")."""
    for _ in range(6):
        if tok.i == act.i:
            return True
        if tok.dep_ in OWN_CLAUSES or any(c.dep_ == "mark" for c in tok.children) or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


@rule("denied-act-party", "sentence")
def denied_act_party(coder: SentenceCoder, cands: list[Candidate]) -> list[tuple[Candidate, str]]:
    """"Kigali denied that its troops had shelled villages in Congo": a denial that names no one is aimed at
    whoever the denied act would have hit, when that act is coded with a target of its own."""
    touched = []
    for cand in cands:
        if cand.code != "016" or cand.target is not None or cand.trigger.lemma_.lower() not in DENIALS:
            continue
        inside = {t.i for t in cand.trigger.subtree} - {cand.trigger.i}
        hit = next((o for o in cands if o is not cand and o.trigger.i in inside and o.target is not None
                    and o.target.code and o.target.code not in (cand.source.code, cand.source.country)), None)
        if hit is not None:
            cand.target, cand.target_tok = hit.target, hit.target_tok
            cand.fired.append("denied-act-party")
            touched.append((cand, hit.target.code))
    return touched
