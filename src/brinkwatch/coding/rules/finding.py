"""Screen and trigger rules: whether a sentence is coded, and which CAMEO code a word names (and one report
rule that drops a trigger's routine sense once its modality is known)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from brinkwatch.coding import arguments as args
from brinkwatch.coding.attribution import is_reporter
from brinkwatch.coding.rules.core import (
    Attempt,
    rule,
)
from brinkwatch.coding.rules.deciding import HAZARD_WORDS
from brinkwatch.coding.rules.shared import (
    ADMITTED,
    ALLOWING,
    APPEALING,
    CLAIM_NOUNS,
    COMMENTING,
    COPULAS,
    CRITICAL_WORDS,
    DEMAND_TELLING,
    DENIALS,
    FALSITY_WORDS,
    FORCE_NOUNS,
    FORCE_ROOTS,
    GUILT_WORDS,
    HELPING,
    HOSTING,
    JUDGING,
    MILITARY_RETREAT,
    PLURAL_SENSE,
    POSSESSIVE_PRONOUNS,
    PRAISING_WORDS,
    RECOGNISING,
    REFUSALS,
    RETREATING,
    SERIES_NOUNS,
    STANCE_WORDS,
    STATE_ORGAN_SECTORS,
    TRANSFER_THEMES,
    TRANSFER_VERBS,
    VISITOR_NOUNS,
    definite,
    hosted_one,
    refusal_code,
)

if TYPE_CHECKING:
    from brinkwatch.coding.coder import Candidate, SentenceCoder, SentenceInput
    from brinkwatch.model import ActorRef


# ---- screen: the whole sentence ---------------------------------------------------------------------
@rule("question", "screen", veto=True)
def question(coder: SentenceCoder, inp: SentenceInput) -> str | None:
    """"Did Russia attack the convoy?": a question reports no act."""
    return "?" if inp.sent.text.rstrip(' "\'”’)').endswith("?") else None


# ---- trigger: which code the word names -------------------------------------------------------------
# groups named by what they are made of: "a team of inspectors", "a delegation of monitors"
PARTY_GROUPS = frozenset("team group delegation mission batch contingent".split())


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
    if obj.lemma_.lower() in PARTY_GROUPS:  # "let a team of IAEA inspectors visit the plant": the team's members
        obj = next((o for w, o in args.prep_objects(obj) if w == "of"), obj)
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
    """"Hanoi welcomed a delegation from Beijing", "the king was greeted by President Sisi": receiving a visitor
    is hosting a visit (043; the visitor's 042 follows, see hosted-visit); "welcomed the decision" is praise,
    left to the lexicon."""
    verb = att.trigger
    if verb.lemma_.lower() not in HOSTING:
        return None
    obj = hosted_one(verb)
    if obj is None:
        return None
    actor = att.inp.actors.get(obj.i)
    visitor = obj.lemma_.lower() in VISITOR_NOUNS or (actor is not None and coder.is_person(actor))
    if not visitor:
        return None
    att.code, att.origin = "043", ""
    return obj.text


def _judged_and_judgement(verb: Token) -> tuple[Token | None, Token | None]:
    """What a judging verb names and the judgement passed on it: "called [the plan] [reckless]",
    "described [him] as [a hero]", "called [the order] [swift]" (parsed as a small clause: ccomp)."""
    judged = args.child(verb, ("dobj", "nsubjpass"))
    judgement = args.child(verb, ("oprd", "xcomp", "acomp"))
    oprds = [c for c in verb.children if c.dep_ == "oprd"]
    if judged is None and len(oprds) >= 2:  # "in which he called [Trump] [a liar]": the tagger may read both as oprd
        judged, judgement = oprds[0], oprds[-1]
    if judged is None and judgement is not None:
        # "called Biden's decision swift", "called the budget "lousy"": the tagger may fold the object into
        # the judgement as its modifier
        judged = args.child(judgement, ("compound", "npadvmod", "nsubj"))
    if judgement is None and judged is not None:
        # "called Biden's order swift": the tagger may read the judgement as the object's own adjective
        judgement = next((c for c in judged.rights if c.dep_ == "amod" and c.pos_ == "ADJ"), None)
    # "described it as a threat": the "as" phrase hangs on the verb or on its object
    as_words = [c for h in (verb, judged) if h is not None for c in h.children if c.dep_ == "prep" and c.lower_ == "as"]
    for as_word in as_words if judgement is None else ():
        # its object, or an adjective hung on the preposition itself ("as "unthinkable"")
        judgement = next((c for c in as_word.children if c.dep_ == "pobj" or c.pos_ == "ADJ"), None)
        if judgement is not None:
            break
    if judgement is None:
        clause = args.child(verb, ("ccomp",))
        if clause is not None and clause.pos_ in ("ADJ", "NOUN", "PROPN"):
            judgement, judged = clause, judged or args.child(clause, ("nsubj",))
        elif clause is not None and clause.pos_ in ("AUX", "VERB") and clause.lemma_ == "be":
            judgement = args.child(clause, ("acomp", "attr"))  # "deemed that the vote was illegal"
            judged = judged or args.child(clause, ("nsubj",))
    return judged, judgement


def _judgement_words(judgement: Token) -> set[str]:
    """The judgement's head, its conjuncts and their modifiers ("a serious violation", "swift and decisive")."""
    heads = [judgement, *judgement.conjuncts]
    words = {h.lemma_.lower() for h in heads} | {h.lower_ for h in heads}
    words |= {c.lemma_.lower() for h in heads for c in h.children if c.dep_ in ("amod", "compound", "acomp")}
    return words


@rule("judged-as", "trigger", "verb")
def judged_as(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Madrid called the Moroccan move reckless", "Seoul described the launch as a provocation": a judgement
    passed on an act or an actor is criticism (111) or praise (051); a report called false is denied (016)."""
    verb = att.trigger
    if verb.lemma_.lower() not in JUDGING or args.is_passive(verb):
        return None
    judged, judgement = _judged_and_judgement(verb)
    if judged is None or judgement is None or judged.i == judgement.i:
        return None
    words = _judgement_words(judgement)
    if words & FALSITY_WORDS and judged.lemma_.lower() in CLAIM_NOUNS:
        code = "016"
    elif words & CRITICAL_WORDS:
        code = "111"
    elif words & PRAISING_WORDS:
        code = "051"
    else:
        return None
    att.code, att.origin = code, ""
    if code == "016":
        att.no_target = True  # the one who made the report is not named by it
    elif judged.lemma_.lower() in coder.lexicon.nouns and judged.i not in att.inp.actors:
        # an act judged is aimed at its doer ("called the attack by Turkey a violation"), never at its victim
        att.targets = coder.find_targets(args.noun_source_candidates(judged), [], att.inp)
        if not att.targets and definite(judged):
            # "US forces killed the general in an airstrike. Baghdad called the attack a violation of its
            # sovereignty": the act told just before is judged, and aimed at its doer
            from brinkwatch.coding.rules.parties import _earlier_doer

            att.targets = _earlier_doer(judged, coder.lexicon.nouns[judged.lemma_.lower()].code, att)
        att.no_target = not att.targets
    elif judged.dep_ not in ("dobj", "nsubjpass"):
        # a small clause ("called [the order] swift") hides the judged from the target rules
        att.targets = coder.find_targets([judged], [], att.inp)
    if not att.targets and not att.no_target and judged.i not in att.inp.actors:
        # "called the Australian decision swift", "Rome's plan": a thing judged is its owner's
        owners = [c for c in judged.children if c.dep_ in ("poss", "amod", "compound") and c.tag_ != "PRP$"]
        if judged.dep_ == "compound":  # the parser may hang "Australian" on the judgement, "decision" beside it
            owners += [c for c in judged.head.children if c.dep_ in ("poss", "amod") and c.i < judged.i]
        att.targets = coder.find_targets(owners, att.sources, att.inp)
    return judgement.text


@rule("declined-comment", "trigger", "verb")
def declined_comment(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The Kenyan foreign ministry declined to comment", "Ankara refused to answer questions": declining to
    speak is CAMEO's decline comment (011), also "declined to discuss the case"; a comment the lexicon codes
    ("comment on") is left to it, and so is a discussion with a partner named (refused talks)."""
    verb = att.trigger
    if verb.lemma_.lower() not in REFUSALS:
        return None
    said = args.child(verb, ("xcomp",))
    if said is None or said.lemma_.lower() not in COMMENTING:
        return None
    entry = coder.match_verb(said)
    if entry is not None and (entry.code[:2] == "01" or any(w == "with" for w, _ in args.prep_objects(said))):
        return None  # "declined to comment on ..." (the row's), "refused to discuss a truce with Israel" (talks)
    att.code, att.origin, att.no_target = "011", "", True
    return said.text


@rule("found-guilty", "trigger", "verb")
def found_guilty(coder: SentenceCoder, att: Attempt) -> str | None:
    """"A Lyon court found the former mayor guilty of fraud": a finding of guilt or liability is 116,
    aimed at the one found guilty."""
    verb = att.trigger
    if verb.lemma_.lower() != "find":
        return None
    verdict = args.child(verb, ("oprd", "ccomp", "xcomp", "acomp"))
    obj = args.child(verb, ("dobj",))
    if verdict is None and obj is not None:  # the tagger may hang "guilty" on the object: "found X guilty"
        verdict = next((c for c in obj.rights if c.dep_ == "amod"), None)
    if verdict is None or verdict.lower_ not in GUILT_WORDS:
        return None
    found = args.child(verb, ("dobj", "nsubjpass")) or args.child(verdict, ("nsubj",))
    att.code, att.origin = "116", ""
    if found is not None:
        att.targets = coder.find_targets([found], [], att.inp)
    return verdict.text


@rule("recognised-state", "trigger", "verb")
def recognised_state(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Bahrain recognised Israel", "Washington recognised Guaido as interim president": recognising a state,
    or a party as holding office, is diplomatic recognition (054)."""
    verb = att.trigger
    if verb.lemma_.lower() not in RECOGNISING:
        return None
    obj = args.child(verb, ("dobj",))
    actor = att.inp.actors.get(obj.i) if obj is not None else None
    if actor is None:
        return None
    as_office = any(w == "as" for w, _ in args.prep_objects(verb))
    if not as_office and (actor.sector or coder.is_person(actor) or not actor.country):
        return None  # "recognised the army for its work" is thanks, not recognition
    att.code, att.origin = "054", ""
    return obj.text


def stance_of(verb: Token) -> Token | None:
    """The stance adjective a copula states: "was optimistic", "remained sceptical" (None if none)."""
    if verb.lemma_.lower() not in COPULAS:
        return None
    return next((c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.lower_ in STANCE_WORDS), None)


@rule("stance", "trigger", "verb")
def stance(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Cairo remained optimistic that Addis Ababa would compromise": a stated hope is an optimistic comment
    (013), a stated doubt a pessimistic one (012), aimed at whom it is about."""
    verb = att.trigger
    word = stance_of(verb)
    if word is None:
        return None
    att.code, att.origin = STANCE_WORDS[word.lower_], ""
    about = [o for w, o in args.prep_objects(word) if w in ("about", "over", "on", "of", "regarding")]
    about += [c for clause in word.children if clause.dep_ == "ccomp" for c in clause.children if c.dep_ == "nsubj"]
    att.targets = coder.find_targets(about, [], att.inp) if about else []
    att.no_target = not att.targets
    return word.text


# ---- issue 10: audited senses and wire-news constructions ---------------------------------------------
# who a press talk is with: "told reporters", "spoke to the press" (a briefing, not a consultation partner)
PRESS_WORDS = frozenset("press media newsman newspaperman newsmen".split())  # reporters: is_reporter
MEETING_VERBS = frozenset("talk speak meet confer chat consult".split())


@rule("press-partner", "trigger", "verb", veto=True)
def press_partner(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The minister talked with reporters in Cairo": a press talk or briefing is not a consultation (040);
    the partner of a meeting verb must be a party, not the press."""
    verb = att.trigger
    if verb.lemma_.lower() not in MEETING_VERBS:
        return None
    partners = [o for w, o in args.prep_objects(verb) if w in ("with", "to")]
    partners += [c for c in verb.children if c.dep_ == "dobj"]
    for partner in partners:
        if partner.lemma_.lower() in PRESS_WORDS or is_reporter(partner, coder.is_outlet):
            return partner.text
    return None


REFUSAL_NOUNS = frozenset(("refusal",))


def _refused_act(noun: Token) -> Token | None:
    """The act a refusal noun names: "Hungary's refusal to ratify the treaty" -> ratify."""
    return next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


@rule("refused-act-noun", "trigger", "verb", veto=True)
def refused_act_noun(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Hungary's refusal to ratify the treaty angered its allies": the act refused did not happen; the
    refusal noun carries the event (see refusal-noun)."""
    verb = att.trigger
    if verb.dep_ != "acl" or verb.head.lemma_.lower() not in REFUSAL_NOUNS:
        return None
    act = _refused_act(verb.head)
    return verb.head.text if act is not None and act.i == verb.i else None


@rule("refusal-noun", "trigger", "noun")
def refusal_noun(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Hungary's refusal to ratify the treaty", "Minsk's refusal to free the activists": a refusal is the 12x
    code of the act refused (CAMEO 12), aimed at whoever the act would have been done to; an act with no
    refusal code ("a refusal to comment on rumours" aside) gives no event."""
    noun = att.trigger
    if noun.lemma_.lower() not in REFUSAL_NOUNS:
        return None
    act = _refused_act(noun)
    entry = coder.match_verb(act) if act is not None else None
    code = refusal_code(entry.code) if entry is not None else None
    if code is None:
        return None
    att.code, att.origin, att.confidence = code, entry.origin, 0.5
    att.targets = coder.find_targets(args.object_candidates(act), [], att.inp)
    att.no_target = not att.targets
    return act.text


PLEA_WORDS = frozenset(("innocent", "guilty"))


@rule("pleaded-innocent", "trigger", "verb")
def pleaded_innocent(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The former mayor pleaded not guilty to the charges", "she pled innocent": a plea of innocence denies
    the act charged (016, PETRARCH2's PLEAD {NOT GUILTY}); "pleaded guilty" is no denial."""
    verb = att.trigger
    if verb.lemma_.lower() != "plead" or any(c.dep_ == "neg" for c in verb.children):
        return None
    plea = next((c for c in verb.children if c.dep_ in ("oprd", "acomp", "dobj", "advmod")
                 and c.lower_ in PLEA_WORDS), None)
    if plea is None:
        return None
    if plea.lower_ == "guilty" and not any(c.dep_ == "neg" for c in plea.children):
        return None
    att.code, att.origin = "016", ""
    return plea.text


# what is held or fought over in an armed defence: "the army defended the town"
DEFENDED_GROUND = frozenset(
    "city town village border frontier territory base position line airport capital country homeland region "
    "area port coast sky skies airspace front outpost garrison hill bridge".split()
)
ARMED_ACTS = frozenset("attack assault offensive invasion incursion raid advance strike onslaught".split())


@rule("armed-defence", "trigger", "verb", veto=True)
def armed_defence(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Ukrainian troops defended the town against a Russian assault": an armed defence of ground is no
    verbal defence (052); CAMEO codes the fighting, not the defending."""
    verb = att.trigger
    if verb.lemma_.lower() != "defend":
        return None
    obj = args.child(verb, ("dobj", "nsubjpass"))
    if obj is not None and (obj.lemma_.lower() in DEFENDED_GROUND or obj.ent_type_ in ("GPE", "LOC", "FAC")):
        actor = att.inp.actors.get(obj.i)
        if actor is None or not actor.sector:  # "defended Hamas" is verbal; "defended Bakhmut" is armed
            return obj.text
    against = [o for w, o in args.prep_objects(verb) if w == "against"]
    if any(o.lemma_.lower() in ARMED_ACTS for o in against):
        return against[0].text
    return None


@rule("stance-attack", "trigger", "verb")
def stance_attack(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The senator attacked the president's position on tariffs": one party's stated position, attacked,
    is criticism (111); "attacked Hezbollah positions" (plural, no owner's stance) is an armed attack (190)."""
    verb = att.trigger
    if verb.lemma_.lower() != "attack":
        return None
    obj = args.child(verb, ("dobj",))
    if obj is None or obj.lemma_.lower() != "position" or obj.tag_ != "NN":
        return None
    stated = any(c.dep_ == "poss" for c in obj.children) or any(
        w in ("on", "over", "regarding", "about") for w, _ in args.prep_objects(obj))
    if not stated:
        return None
    att.code, att.origin = "111", ""
    return obj.text


# verbs that put forward what another party did: "Moscow claimed that Kyiv shelled the plant"
ALLEGING_VERBS = frozenset(("claim", "allege"))
# "said" accuses only when the reported act is itself wrongdoing: "Trump said Bolton broke the law"
SAYING_VERBS = frozenset(("say", "tell", "charge", "insist"))
# what a party is said to have done that makes the saying an accusation (1121 for crime and corruption)
CRIME_VERBS = frozenset("rig cheat steal embezzle bribe extort launder smuggle defraud".split())
CRIME_NOUNS = frozenset(
    "fraud rigging corruption bribery bribe embezzlement crime laundering theft extortion smuggling".split())
MISCONDUCT_VERBS = frozenset("lie spoof hack interfere meddle sabotage spy".split())
MISCONDUCT_NOUNS = frozenset("disinformation interference meddling propaganda".split())
BREAKING_VERBS = frozenset(("break", "violate", "breach", "flout"))
LAW_NOUNS = frozenset(("law", "constitution"))  # "broke the law" is a crime
RULE_NOUNS = frozenset("law rule ceasefire truce agreement deal sanction constitution accord treaty resolution".split())
HOSTILE_ROOTS = frozenset(f"{r}" for r in range(11, 21))


# harm a party is said to be to blame for: "said Moscow was responsible for the poisoning"
HARM_NOUNS = frozenset("""death deaths killing killings murder murders assassination poisoning attack attacks bombing
    bombings blast explosion crash downing massacre shooting abduction kidnapping disappearance hack hacking sabotage
    atrocities atrocity genocide""".split())
# a frame that says a clause is sure or likely: "it was highly likely that ...", "there was no doubt that ..."
SURE_WORDS = frozenset(("likely", "clear", "certain", "evident", "obvious", "doubt"))


def _blamed_for_harm(clause: Token) -> bool:
    """"Russia was responsible for the poisoning", "Iran was behind the attack": a party said to be to blame
    for a harm."""
    if clause.lemma_.lower() != "be":
        return False
    responsible = [c for c in clause.children if c.dep_ == "acomp" and c.lemma_.lower() == "responsible"]
    blamed = [o for c in responsible for w, o in args.prep_objects(c) if w in ("for", "behind")]
    blamed += [o for w, o in args.prep_objects(clause) if w == "behind"]
    return any(o.lemma_.lower() in HARM_NOUNS for o in blamed)


def sure_clause(clause: Token) -> Token:
    """The clause an "it is likely that" or "there is no doubt that" frame holds, else the clause itself."""
    if clause.lemma_.lower() != "be" or not any(c.dep_ == "expl" or c.lower_ == "it" and c.dep_ == "nsubj"
                                                 for c in clause.children):
        return clause
    for frame in clause.children:
        word = frame.lemma_.lower()
        if word not in SURE_WORDS or word == "doubt" and not any(c.lower_ == "no" for c in frame.children):
            continue
        inner = next((c for c in [*frame.children, *clause.children] if c.dep_ in ("ccomp", "acl")
                      and c.pos_ in ("VERB", "AUX")), None)
        if inner is not None:
            return inner
    return clause


def _claimed_wrongdoing(coder: SentenceCoder, clause: Token, said: bool) -> str | None:
    """The accusation code of what a claimed clause says another party did: 1121 for crime or corruption,
    112 for misconduct, a broken rule, a harm it is to blame for, or (claimed, not merely said) a hostile
    act the lexicon codes."""
    if _blamed_for_harm(clause):
        return "112"
    acts = [clause, *(c for c in clause.children if c.dep_ in ("xcomp", "conj") and c.pos_ == "VERB")]
    verbs = {a.lemma_.lower() for a in acts}
    objects = {c.lemma_.lower() for a in acts for c in a.children if c.dep_ == "dobj"}
    nouns = objects if said else {t.lemma_.lower() for t in clause.subtree if t.pos_ == "NOUN"}
    if verbs & CRIME_VERBS or nouns & CRIME_NOUNS or (verbs & BREAKING_VERBS and objects & LAW_NOUNS):
        return "1121"
    if verbs & MISCONDUCT_VERBS or nouns & MISCONDUCT_NOUNS:
        return "112"
    if said:  # "troops violated the ceasefire, the army said" reports the violation (196), no accusation
        return None
    if verbs & BREAKING_VERBS and objects & RULE_NOUNS:
        return "112"
    code = coder._act_code(clause)
    return "112" if code is not None and code[:2] in HOSTILE_ROOTS else None


STATE_SECTORS = frozenset(("", "GOV", "MIL", "COP", "SPY"))


def _same_side(accused: ActorRef, speaker: ActorRef | None) -> bool:
    """One state's organs speak for each other ("Moscow" and "its troops"); a state's opposition and its
    government are two sides ("the opposition claimed the government rigged the vote")."""
    if speaker is None:
        return False
    if speaker.code == accused.code:
        return True
    return bool(speaker.country) and speaker.country == accused.country and \
        (speaker.sector or "") in STATE_SECTORS and (accused.sector or "") in STATE_SECTORS


@rule("claimed-wrongdoing", "trigger", "verb")
def claimed_wrongdoing(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The opposition claimed the government rigged the vote", "Kyiv alleged that Russian hackers attacked
    its grid", "the senator said the governor broke the law": saying another party did wrong is an accusation
    (112, 1121 for crime), aimed at that party; a hostile act merely said to have happened is news, no
    accusation ("Kyiv said Russia shelled the plant")."""
    verb = att.trigger
    said = verb.lemma_.lower() in SAYING_VERBS
    if (verb.lemma_.lower() not in ALLEGING_VERBS and not said) or args.is_passive(verb):
        return None
    if verb.dep_ == "advcl" and (judged := args.judged_object(verb.head)) is not None and judged.i == verb.i:
        return None  # "dismissed as baseless U.S. claims that ...": claims answered, told as a noun
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if clause is None or (said and clause.i < verb.i):
        return None  # "..., the army said": a trailing attribution reports the act
    clause = sure_clause(clause)  # "said it was highly likely that Russia was responsible for ..."
    code = _claimed_wrongdoing(coder, clause, said)  # first: most "X said that ..." tell no wrongdoing
    if code is None:
        return None
    accused = args.child(clause, ("nsubj",))
    speaker = args.subject_of(verb)
    if accused is None or speaker is None:
        return None
    accused_actor, speaker_actor = coder.actor_at(accused, att.inp), coder.actor_at(speaker, att.inp)
    if accused_actor is None or _same_side(accused_actor, speaker_actor):
        return None  # "Moscow claimed its forces took the village" is a claim about itself
    att.code, att.origin = code, ""
    att.targets = coder.find_targets([accused], [], att.inp)
    return clause.text


# the kind of aid an adjective names (CAMEO 071 economic, 072 military, 073 humanitarian): "food aid"
AID_NOUNS = frozenset("aid assistance help support package".split())
AID_KIND = {
    **dict.fromkeys("economic financial budget budgetary fiscal".split(), "1"),  # "development aid" mixes kinds
    **dict.fromkeys("military defence defense security lethal".split(), "2"),
    **dict.fromkeys("humanitarian food medical emergency relief".split(), "3"),
}
# the aid codes CAMEO splits by kind, and the stem the kind's digit is added to
AID_STEMS = {"070": "07", "033": "033", "023": "023", "103": "103", "122": "122", "162": "162"}


@rule("aid-kind", "trigger", "verb")
def aid_kind(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Qatar delivered food aid to Sudan", "Turkey pledged military aid to Baku": the aid's adjective
    names its kind, so a general aid row (070, 033, 023, 103, 122, 162) becomes economic, military or
    humanitarian (071-073, 0331-0333, ...)."""
    objects = [c for c in att.trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    # "pledged $100 million in humanitarian assistance": the aid a sum is in
    objects += [o for c in objects if args.is_sum(c) for w, o in args.prep_objects(c) if w == "in"]
    aid = next((c for c in objects if c.lemma_.lower() in AID_NOUNS), None)
    if aid is None:
        return None
    kinds = {AID_KIND[c.lemma_.lower()] for c in aid.children
             if c.dep_ in ("amod", "compound") and c.lemma_.lower() in AID_KIND}
    if len(kinds) != 1:
        return None
    entry = coder.match_verb(att.trigger)  # the lexicon row last: the cheap checks fail on most verbs
    if entry is None or entry.code not in AID_STEMS:
        return None
    note = verb_lexicon(coder, att)
    att.code = AID_STEMS[entry.code] + kinds.pop()
    return note


# nominalised acts whose code depends on their complement, as their verb's does: "the capture of the town"
# (192) or "of the suspect" (173), "the lifting of sanctions" (085) or "of the curfew" (0813), "the withdrawal
# of troops" (0874) or "from the bloc" (160); the noun's verb and the prepositions that carry its complement
# "the government's appeal of the ruling" is a legal appeal (115, as the verb's row for a court decision)
COMPLEMENT_NOUNS = {"capture": "capture", "lifting": "lift", "easing": "ease", "withdrawal": "withdraw",
                    "appeal": "appeal"}
COMPLEMENT_PREPS = ("of", "from", "against")


# the row words a named party stands for when it is a verb's complement (see _complement_words)
PLACE_STANDS_FOR = frozenset(("city", "country"))
IGO_STANDS_FOR = frozenset(("organization",))
NGO_STANDS_FOR = frozenset(("ngo", "agency", "organization"))


def _complement_words(coder: SentenceCoder, tok: Token, inp: SentenceInput) -> set[str]:
    """Lemmas a verb row can match for a noun's complement; a named place stands for "city" and "country",
    an international body for "organization" ("the withdrawal from the African Union")."""
    words = {tok.lemma_.lower(), *(c.lemma_.lower() for c in tok.conjuncts)}
    actor = coder.actor_at(tok, inp)
    if actor is None and coder.actor_at(tok, inp, places=True) is not None:
        words |= PLACE_STANDS_FOR  # "the capture of Kherson"
    elif actor is not None and actor.code.startswith("IGO"):
        words |= IGO_STANDS_FOR
    elif actor is not None and actor.code.startswith("NGO"):
        words |= NGO_STANDS_FOR  # "the operations of the Red Cross"
    return words


@rule("noun-of-object", "trigger", "noun")
def noun_of_object(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Russia's capture of Kherson" is occupying territory (192), "the capture of two soldiers" is taking prisoners
    (173), "the withdrawal of French troops" a retreat (0874): the noun takes the code its verb's row gives
    the complement; no row, no event."""
    noun = att.trigger
    verb = COMPLEMENT_NOUNS.get(noun.lemma_.lower())
    if verb is None:
        return None
    complements = args.prep_objects(noun, COMPLEMENT_PREPS)
    for word, obj in complements:
        prep = None if word == "of" else word  # "of" carries what the verb takes as its object
        lemmas = _complement_words(coder, obj, att.inp)
        entry = next((e for e in coder.lexicon.verbs.get(verb, []) if e.objects and e.prep == prep
                      and not e.particle and e.objects & lemmas), None)
        if entry is not None:
            att.code, att.origin, att.confidence = entry.code, entry.origin, 0.5
            # the party acted on is named in the complements ("from the bloc", "of the town of Kherson",
            # "of sanctions on Syria"), never in the clause around the noun ("... alarmed Uganda")
            named = [n for _, o in complements for n in (*(x for w, x in args.prep_objects(o) if w == "of"), o)]
            if entry.code in MILITARY_RETREAT:  # "withdrew its troops from the region": its own forces, not a target
                named = [n for n in named if not _owned_by_doer(n)]
            att.targets = coder.find_targets(named, [], att.inp, places=True)  # "the town of X": X first
            att.no_target = not att.targets
            return entry.origin
    return None


def _owned_by_doer(noun: Token) -> bool:
    """"its troops", "their forces": what the doer gives up is its own."""
    return any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in noun.children)


# an act noun whose modifier names another act: "joint drills" are military cooperation (062), not a show of
# force (150)
MODIFIED_ACTS = {(noun, "joint"): "062" for noun in "drill exercise maneuver manoeuvre wargame patrol".split()}
# how an attack is carried out decides CAMEO's finer code: "a suicide attack on the checkpoint" is a suicide
# bombing (1831), "a car bombing" a vehicular bombing (1832), "a drone strike on the convoy" aerial weapons (195)
MODIFIED_ACTS |= {(noun, "suicide"): "1831" for noun in ("attack", "bombing")}
MODIFIED_ACTS |= {(noun, mod): "1832" for noun in ("bombing",) for mod in ("car", "vehicle", "truck")}
MODIFIED_ACTS |= {(noun, mod): "195" for noun in ("attack", "strike", "raid") for mod in ("drone", "air", "aerial")}
# a nuclear test is the detonation of a nuclear weapon (2042): "North Korea conducted its sixth nuclear test"
MODIFIED_ACTS[("test", "nuclear")] = "2042"
# a protest that turned violent is a riot (145): "violent protests against the tax bill left 20 dead"
MODIFIED_ACTS |= {(noun, "violent"): "145" for noun in ("protest", "demonstration")}
# an act noun that modifies another: "an assassination attempt" is an attempt to assassinate (185), not a killing
MODIFYING_ACTS = {("assassination", "attempt"): "185", ("assassination", "bid"): "185"}
DOING_VERBS = frozenset("hold conduct stage stag carry launch begin start perform".split())  # "stag": spaCy's "staged"
ACT_HEADS = frozenset({n for n, _ in MODIFIED_ACTS} | {h for _, h in MODIFYING_ACTS})  # what a modifier can recode


def _modifier_lemmas(noun: Token) -> set[str]:
    """The words modifying a noun, through a compound: "joint military drills" hangs "joint" on "military"."""
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    # ... or on another adjective: "violent Kenyan protests" hangs "violent" on "Kenyan"
    mods += [g for c in mods for g in c.children if g.dep_ == "amod"]
    return {_negated_prefix(c) + c.lemma_.lower() for c in mods}


def _negated_prefix(word: Token) -> str:
    """"non-violent" is split in three: "non-" keeps "violent" from reading as the word itself."""
    doc = word.doc
    return "non-" if word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 2].lower_ == "non" else ""


@rule("modified-act", "trigger")
def modified_act(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Egypt and Saudi Arabia began joint military exercises": drills held together are military cooperation
    (062, both ways), not a show of force (150); "an assassination attempt on the governor" is 185."""
    tok = att.trigger
    head = MODIFYING_ACTS.get((tok.lemma_.lower(), tok.head.lemma_.lower())) if tok.dep_ == "compound" else None
    if att.kind == "noun" and head is not None:  # "survived an assassination attempt"
        att.code, att.origin = head, ""
        return tok.head.text
    if att.kind == "verb":
        if tok.lemma_.lower() not in DOING_VERBS:
            return None
        tok = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if tok is None:
            return None
    if tok.lemma_.lower() not in ACT_HEADS:
        return None
    mods = _modifier_lemmas(tok)
    code = next((MODIFIED_ACTS[tok.lemma_.lower(), m] for m in mods if (tok.lemma_.lower(), m) in MODIFIED_ACTS), None)
    if code is None:  # "carried out an assassination attempt"
        code = next((MODIFYING_ACTS[m, tok.lemma_.lower()] for m in mods if (m, tok.lemma_.lower()) in MODIFYING_ACTS), None)
    if code is None:
        return None
    att.code, att.origin = code, ""
    if tok.i != att.trigger.i:
        att.act_noun = tok
        att.consumed.add(tok.i)
    return tok.text


# nouns that stand for the acts of whoever is named after "of": "suspended the operations of an aid agency"
# is suspending the agency (1663), "withdrew the accreditation of UN inspectors" withdrawing them (1662)
HOLDER_NOUNS = frozenset("operation activity accreditation presence work".split())
# nouns that gather acts: "launched a campaign of civil disobedience" is the disobedience (140)
ACT_CONTAINERS = frozenset("campaign wave spate series round string".split())


@rule("proxy-object", "trigger", "verb")
def proxy_object(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Addis Ababa suspended the operations of two aid agencies" (1663), "launched a campaign of civil
    disobedience" (140): the act is coded from what the object stands for, not from the object itself."""
    verb = att.trigger
    obj = args.child(verb, ("dobj",))
    if obj is None:
        return None
    inner = next((o for w, o in args.prep_objects(obj) if w == "of"), None)
    if inner is None:
        return None
    if obj.lemma_.lower() in ACT_CONTAINERS and verb.lemma_.lower() in coder.lexicon.light_verbs:
        noun = coder.lexicon.nouns.get(inner.lemma_.lower())
        if noun is None:
            return None
        att.code, att.origin, att.act_noun = noun.code, noun.origin, inner
        att.consumed |= {obj.i, inner.i}
        return noun.origin
    if obj.lemma_.lower() not in HOLDER_NOUNS:
        return None
    lemmas = _complement_words(coder, inner, att.inp)
    entry = next((e for e in coder.lexicon.verbs.get(verb.lemma_.lower(), []) if e.objects and not e.prep
                  and not e.particle and e.objects & lemmas), None)
    if entry is None:
        return None
    att.code, att.origin, att.entry = entry.code, entry.origin, entry
    att.targets = coder.find_targets([inner], [], att.inp)
    return entry.origin


HOSTAGE_WORDS = frozenset(("hostage", "captive"))
HOSTAGE_VERBS = frozenset(("take", "hold"))


@rule("taken-hostage", "trigger", "verb")
def taken_hostage(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Rebels took three Italian engineers hostage": the parser reads "hostage" as a clause whose compound is
    the captives (the object rows see no object); taking or holding people hostage is 181, aimed at them."""
    verb = att.trigger
    if verb.lemma_.lower() not in HOSTAGE_VERBS:
        return None
    word = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.lemma_.lower() in HOSTAGE_WORDS), None)
    if word is None:
        return None
    held = [c for c in word.children if c.dep_ in ("compound", "nsubj")] + [c for c in verb.children if c.dep_ == "dobj"]
    att.code, att.origin = "181", ""
    att.targets = coder.find_targets(held, [], att.inp)
    return word.text


EASING_VERBS = frozenset("lift ease relax loosen scrap end rescind remove".split())
BAN_NOUNS = frozenset(("ban", "restriction", "curb", "prohibition"))
# political freedoms a ban may be laid on (CAMEO 0811 "ease restrictions on political freedoms")
FREEDOM_NOUNS = frozenset(
    "rally protest demonstration march assembly party opposition newspaper broadcaster politician candidate".split()
)
# "The junta lifted its ban on opposition parties", "a ban on former politicians was lifted": a ban on
# parties or politicians themselves eased is CAMEO 0812, not 0811 (other political freedoms)
PARTY_NOUNS = frozenset("party opposition politician candidate".split())


@rule("eased-ban-on-freedom", "trigger", "verb")
def eased_ban_on_freedom(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The president lifted a ban on opposition rallies": easing a ban on political activity is 0811, aimed
    at those it bound; the rallies banned are no protest of their own."""
    verb = att.trigger
    if verb.lemma_.lower() not in EASING_VERBS:
        return None
    ban = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in BAN_NOUNS), None)
    # "lifted the ban on opposition parties": the parser may hang "on" on the verb rather than the ban
    ons = [*args.prep_objects(ban), *args.prep_objects(verb)] if ban is not None else []
    freed = next((o for w, o in ons if w == "on" and o.lemma_.lower() in FREEDOM_NOUNS), None)
    if freed is None:
        return None
    att.code, att.origin = ("0812" if freed.lemma_.lower() in PARTY_NOUNS else "0811"), ""
    att.consumed.add(freed.i)
    att.targets = coder.find_targets([freed], [], att.inp)
    return freed.text


# what a speaker says another party must or should do: "must" demands (100), "should" appeals (020)
DEONTIC_MODALS = {"must": "100", "should": "020", "ought": "020"}
# speech verbs no lexicon row codes ("insist" has its own row)
DEONTIC_SPEECH = frozenset("say tell stress argue add write tweet state reiterate emphasise emphasize".split())
# warnings, whose row is a threat (130) unless what they say is that another party must act
WARNING_SPEECH = frozenset(("warn", "caution"))
TELLING_SPEECH = WARNING_SPEECH | {"tell"}  # speech verbs whose object is the party told
FIRST_AND_SECOND_PERSON = frozenset("i we us you".split())


def _deontic_clause(verb: Token) -> tuple[Token | None, Token | None, str] | None:
    """The clause a speech verb reports that says something must or should be done: (its subject, the party
    told, its code)."""
    clause = args.child(verb, ("ccomp",))
    if clause is None or clause.pos_ != "VERB":
        return None
    modal = next((c.lower_ for c in clause.children if c.dep_ == "aux" and c.lower_ in DEONTIC_MODALS), None)
    if modal is None:
        return None
    subj = None if args.is_passive(clause) else next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in FIRST_AND_SECOND_PERSON:
        return None  # "we must respond": a speaker's own resolve is no demand
    told = args.child(verb, ("dobj", "dative")) if verb.lemma_.lower() in TELLING_SPEECH else None
    return subj, told, DEONTIC_MODALS[modal]


@rule("warned-must", "trigger", "verb")
def warned_must(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The EU warned that Hungary must respect the rule of law": a warning that another named party must or
    should act demands or asks it (as said-must), before the warning's own row makes it a threat; "warned that
    Israel would be punished" stays one."""
    verb = att.trigger
    if verb.lemma_.lower() not in WARNING_SPEECH or any(t.lemma_.lower() in CONSEQUENCE_WORDS for t in verb.subtree):
        return None  # "warned that Russia must withdraw or face sanctions": a demand backed by a threat is one
    return _deontic_demand(coder, att)


# words by which a warning names what follows if it is not heeded
CONSEQUENCE_WORDS = frozenset(
    "face risk else otherwise consequence repercussion retaliate retaliation punish punishment measure".split())


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


@rule("said-must", "trigger", "verb")
def said_must(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The EU said Russia must withdraw its troops", "Tokyo said Seoul should honour the accord": saying that
    another named party must act demands it (10x), that it should act appeals to it (02x), refined by the act;
    the party must be an actor other than the speaker (see demand-needs-party); where the clause names no
    party, the one told is asked."""
    return _deontic_demand(coder, att) if att.trigger.lemma_.lower() in DEONTIC_SPEECH else None


def _deontic_demand(coder: SentenceCoder, att: Attempt) -> str | None:
    """The demand (10x) or appeal (02x) a speech verb's must/should clause makes of another party."""
    verb = att.trigger
    found = _deontic_clause(verb)
    if found is None:
        return None
    asked, told, code = found
    actor = coder.actor_at(asked, att.inp) if asked is not None else None
    if actor is None and told is not None and not is_reporter(told, coder.is_outlet):
        # "Visa curbs on Nigerians must be scrapped, the minister told the UAE", "fighting must stop, the envoy
        # told both sides": what must be done, said to a party, is asked of it ("said the border should be
        # reopened" asks no one, nor does "..., the minister told reporters")
        asked, actor = told, coder.actor_at(told, att.inp)
    if actor is None or actor.sector == "CVL":
        return None  # "adding people should vote": advice to the public is no appeal
    att.code, att.origin = code, ""
    return asked.text


ADMITTING = frozenset(("admit", "acknowledge", "confess"))
ADMITTED_FORCE_ROOTS = FORCE_ROOTS | {"17"}  # force, and coercion such as a seizure


# verbs that carry out an act named by their object: "carried out the strike", "conducted the raid"
CARRYING_OUT_VERBS = frozenset(("carry", "conduct", "launch", "stage", "mount", "perform"))


def _own_side(coder: SentenceCoder, att: Attempt, verb: Token, doer: Token) -> bool:
    """'Turkey's foreign minister acknowledged that Ankara had ...': the doer named is the admitter's own state."""
    speaker = args.subject_of(verb)
    said_by = coder.actor_at(speaker, att.inp) if speaker is not None else None
    done_by = coder.actor_at(doer, att.inp)
    return said_by is not None and done_by is not None and _organ_of(done_by, said_by.country)


def _organ_of(party: ActorRef, country: str | None) -> bool:
    """Is `party` one of the organs by which `country` acts itself ("Ankara", its army; not its rebels)?"""
    return bool(country) and party.country == country and (party.sector or "") in STATE_ORGAN_SECTORS


@rule("admitted-act", "trigger", "verb")
def admitted_act(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Tehran admitted that its forces had shot down the airliner", "admitted shooting down the airliner":
    owning up to force one's own side used is acknowledging responsibility (015); the act admitted is coded
    from its own verb."""
    verb = att.trigger
    if verb.lemma_.lower() not in ADMITTING:
        return None
    act = args.child(verb, ("ccomp", "xcomp"))
    entry = coder.match_verb(act) if act is not None and act.pos_ == "VERB" else None
    if entry is None and act is not None and act.pos_ == "VERB" and act.lemma_.lower() in CARRYING_OUT_VERBS:
        # "admitted that Ankara had carried out the drone strike": the act is its noun's
        done = args.child(act, ("dobj",))
        entry = coder.lexicon.nouns.get(done.lemma_.lower()) if done is not None else None
    if entry is None or entry.code[:2] not in ADMITTED_FORCE_ROOTS or any(c.dep_ == "neg" for c in act.children):
        return None
    doer = next((c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if doer is not None and not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in doer.children) \
            and doer.lower_ not in ("it", "they", "we", "he", "she") and not _own_side(coder, att, verb, doer):
        return None  # "admitted that rebels had shelled the town" owns up to nothing of its own
    # as a claim of responsibility, aimed at no one (the act admitted has its own target)
    att.code, att.origin, att.no_target = "015", "", True
    return act.text


@rule("helped-party", "trigger", "verb")
def helped_party(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Japan helped the Philippines after the typhoon", "India stands ready to help Sri Lanka": helping a named
    party is aid, unspecified (070; ready or pledged: 033 by the intent shift). Helping someone do something
    ("helped negotiate the deal", "helped her escape"), help with a task, or help received names no aid."""
    verb = att.trigger
    if verb.lemma_.lower() not in HELPING or args.is_passive(verb):
        return None
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return None
    helped = args.child(verb, ("dobj",))
    actor = coder.actor_at(helped, att.inp) if helped is not None else None
    if actor is None or actor.kind == "person" or actor.sector == "CVL":
        return None  # "helped a teenager", "help people": a private person's rescue is no state's aid
    att.code, att.origin = "070", ""
    return helped.text


@rule("forces-left", "trigger", "verb")
def forces_left(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Russian troops withdrew from Kherson", "US troops would leave Syria": armed forces leaving a place
    retreat from it (0874) when no lexicon row names what they leave ("withdrew from the treaty" is 160)."""
    verb = att.trigger
    lemma = verb.lemma_.lower()
    if lemma not in RETREATING or args.is_passive(verb):
        return None
    if lemma == "pull" and not any(c.dep_ == "prt" and c.lower_ in ("out", "back") for c in verb.children):
        return None  # "pulled the trigger"
    subj = args.subject_of(verb)
    if subj is None or subj.lemma_.lower() not in FORCE_NOUNS:
        return None
    if lemma == "leave" and args.child(verb, ("dobj",)) is None and not any(w == "from" for w, _ in args.prep_objects(verb)):
        return None  # "troops left": where from is not said
    att.code, att.origin = "0874", ""
    return subj.text


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


# ordering a party out: "ordered the envoys to leave the country" is expelling them
ORDERING_OUT = frozenset(("order", "tell", "instruct", "direct"))
LEAVING = frozenset(("leave", "depart", "quit", "exit"))
# what a state orders a body to withdraw that is an expulsion: "ordered the UN to withdraw its peacekeepers"
WITHDRAWN_MISSIONS = frozenset(("peacekeeper", "peacekeeping", "mission", "monitor", "observer", "inspector"))


@rule("ordered-out", "trigger", "verb")
def ordered_out(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Oslo ordered two Russian diplomats to leave the country within a week": ordering people to leave is
    expelling them, coded as the lexicon's rows for "expel" code the people ordered out (161 diplomats,
    1661 peacekeepers, 1662 inspectors, 1663 aid workers); people no row names give nothing."""
    verb = att.trigger
    if verb.lemma_.lower() not in ORDERING_OUT:
        return None
    leave = args.child(verb, ("xcomp",))
    told = args.child(verb, ("dobj", "dative"))
    if leave is None or told is None:
        return None
    if leave.lemma_.lower() == "withdraw":
        # "ordered the UN to withdraw its peacekeepers": a mission withdrawn on a state's order is expelled
        withdrawn = args.child(leave, ("dobj",))
        if withdrawn is None or withdrawn.lemma_.lower() not in WITHDRAWN_MISSIONS \
                or _own_organ_ordered(coder, att, verb, told):
            return None
        words = {withdrawn.lemma_.lower()}
    elif leave.lemma_.lower() in LEAVING:
        words = _complement_words(coder, told, att.inp)
    else:
        return None
    entry = next((e for e in coder.lexicon.verbs.get("expel", []) if e.objects and not e.prep and not e.particle
                  and e.objects & words), None)
    if entry is None:
        return None
    att.code, att.origin, att.entry = entry.code, entry.origin, entry
    att.targets = coder.find_targets([told], [], att.inp)
    return leave.text


@rule("told-to", "trigger", "verb")
def told_to(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Brussels told Minsk to free the activists": telling a party to act is a demand (10x, refined by the
    act); the party told must be an actor (see demand-needs-party)."""
    verb = att.trigger
    lemma = verb.lemma_.lower()
    if lemma not in DEMAND_TELLING and lemma not in ORDERING:
        return None
    act = args.child(verb, ("xcomp",))
    told = args.child(verb, ("nsubjpass",) if args.is_passive(verb) else ("dobj",))
    if told is None or act is None or act.pos_ != "VERB" or is_reporter(told, coder.is_outlet):
        return None  # "told reporters to expect delays" reports
    if lemma in ORDERING and _own_organ_ordered(coder, att, verb, told):
        return None  # "Kenya ordered its troops to withdraw": a state's own forces carry out its act
    att.code, att.origin = "100", ""
    return act.text


# verbs by which one party orders another to act: "the ministry ordered striking doctors to return to work"
ORDERING = frozenset(("order", "command"))


def _own_organ_ordered(coder: SentenceCoder, att: Attempt, verb: Token, told: Token) -> bool:
    """Is the party ordered the orderer's own state's organ (or an unknown one)?"""
    ordered = coder.actor_at(told, att.inp)
    by = args.agent_of(verb) if args.is_passive(verb) else args.subject_of(verb)
    orderer = coder.actor_at(by, att.inp) if by is not None else None
    if ordered is None or orderer is None or ordered.sector == "CVL":
        return True  # "ordered residents to evacuate": a measure for the public, no demand of a party
    if told.tag_ in ("NNS", "NNPS") and not ordered.sector and ordered.kind != "organisation":
        return True  # "ordered Palestinians to leave northern Gaza": a people told to move, not their state
    return ordered.country == orderer.country and (ordered.sector or "") in STATE_ORGAN_SECTORS


@rule("asked-to", "trigger", "verb")
def asked_to(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Manila asked Tokyo to expand joint patrols", "Lima asked Quito for more time": asking a party to act,
    or a named party for something, is an appeal (02x, refined by the act asked for); the party asked must be
    an actor (see demand-needs-party)."""
    verb = att.trigger
    if verb.lemma_.lower() not in APPEALING or args.is_passive(verb):
        return None
    act = args.child(verb, ("xcomp",))
    asked = args.child(verb, ("dobj",))
    if act is None and asked is not None and any(w == "for" for w, _ in args.prep_objects(verb)) \
            and coder.actor_at(asked, att.inp) is not None:
        act = verb  # "asked the Senate for more time": asking a named party for something is an appeal too
    if asked is None or act is None or act.pos_ != "VERB" or is_reporter(asked, coder.is_outlet):
        return None
    att.code, att.origin = "020", ""
    return act.text


# verbs that ask for a party's act with "for ... to": "called for Israel to halt the offensive"
FOR_CLAUSE_APPEALS = frozenset(("call", "appeal", "push", "press", "plead", "lobby", "campaign"))


@rule("called-for-party", "trigger", "verb")
def called_for_party(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The EU called for Israel to halt the offensive", "Paris pushed for Berlin to send tanks": asking for
    a named party's act is an appeal (02x, refined by the act asked for); the act itself is part of it."""
    verb = att.trigger
    if verb.lemma_.lower() not in FOR_CLAUSE_APPEALS or args.is_passive(verb):
        return None
    act = args.for_clause(verb)
    if act is None or (args.for_party(verb, act) or args.subject_of(act)) is None:
        return None
    att.code, att.origin = "020", ""
    return act.text


# verbs that press a course on a party without asking outright (PETRARCH2's SUGGEST family is 020):
# "Berlin recommended that Ankara withdraw its troops", "we count on Paris to send more tanks"
RECOMMENDING = frozenset(("recommend", "count", "rely"))  # "advised residents to shelter" is public advice
RELIANT = frozenset(("count", "rely"))  # these name the party after "on": "count on X to act"


def _recommended_party(verb: Token) -> tuple[Token | None, Token | None]:
    """The party a recommendation is pressed on and the act it is to do: "recommended X to act",
    "recommended (that) X act", "counts on X to act"."""
    if verb.lemma_.lower() in RELIANT:
        party = next((o for w, o in args.prep_objects(verb) if w in ("on", "upon")), None)
        act = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        return party, act
    # "recommended Ankara to pull its troops out": the parser may hang the infinitive as an adverbial clause
    act = args.child(verb, ("xcomp",)) or next((c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                                                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if act is not None:
        return args.child(verb, ("dobj",)), act
    clause = args.child(verb, ("ccomp",))
    if clause is None or clause.pos_ != "VERB":
        return None, None
    return next((c for c in clause.children if c.dep_ == "nsubj"), None), clause


@rule("recommended-act", "trigger", "verb")
def recommended_act(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Berlin recommended that Ankara withdraw its troops", "I count on Ankara to show restraint": pressing
    an act on a named party is an appeal to it (02x, refined by the act); with no actor named ("the panel
    recommended a budget increase", "we can count on our friends") it is no event."""
    verb = att.trigger
    if verb.lemma_.lower() not in RECOMMENDING or args.is_passive(verb):
        return None
    party, act = _recommended_party(verb)
    if party is None or act is None or act.pos_ != "VERB" or is_reporter(party, coder.is_outlet):
        return None
    actor = coder.actor_at(party, att.inp)
    if actor is None or actor.sector == "CVL":
        return None  # "recommended that citizens leave the country" is advice to the public, no appeal
    att.code, att.origin = "020", ""
    att.targets = coder.find_targets([party], [], att.inp)  # the party pressed, not the act's own object
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


# a state of things, or a link between things ("the two blasts are related"): what a denial of no act denies
STATE_VERBS_DENIED = frozenset(("be", "seem", "appear", "exist", "remain", "relate", "link", "connect", "tie"))


def _state_of_things(coder: SentenceCoder, act: Token, att: Attempt) -> bool:
    """'The FSB denies the two explosions are related': what is denied is a state of things, not anyone's
    part in an act ("Hamas denied it was behind the attack" keeps its actor, so it stays a denial)."""
    if act.lemma_.lower() not in STATE_VERBS_DENIED:
        return False
    subj = args.child(act, ("nsubj", "nsubjpass"))
    if subj is None or subj.pos_ in ("PRON", "PROPN") or subj.i in att.inp.actors:
        return False
    return coder.actors.sector_of([subj.lemma_]) is None


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
    if act is None or _state_of_things(coder, act, att):
        return None
    att.code, att.origin, att.no_target = "016", "", True
    return act.text


ACCUSATION_NOUNS = frozenset(("allegation", "accusation"))


@rule("accusation-of-crime", "trigger", "noun")
def accusation_of_crime(coder: SentenceCoder, att: Attempt) -> str | None:
    """"The opposition leader's allegations of vote rigging": an accusation of a crime or corruption is 1121,
    not the general 112 the noun row gives."""
    noun = att.trigger
    if noun.lemma_.lower() not in ACCUSATION_NOUNS:
        return None
    crime = next((o for w, o in args.prep_objects(noun) if w == "of"
                  and ({o.lemma_.lower()} | {c.lemma_.lower() for c in o.children if c.dep_ == "compound"}) & CRIME_NOUNS),
                 None)
    if crime is None:
        return None
    entry = coder.lexicon.nouns[noun.lemma_.lower()]
    att.code, att.origin, att.confidence = "1121", entry.origin, 0.5
    return crime.text


CALL_MEANS = frozenset(("phone", "telephone", "video", "conference"))
CALL_PARTNER_PREPS = ("with", "between")


def _call_in_verb_act(noun: Token, coder: SentenceCoder) -> bool:
    """"held a phone call with Putin", "discussed the war in a call with Putin": the verb codes the talk."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    entry = coder.match_verb(head) if head.pos_ in ("VERB", "AUX") else None
    return entry is not None and entry.code[:2] == "04"


@rule("call-noun", "trigger", "noun")
def call_noun(coder: SentenceCoder, att: Attempt) -> str | None:
    """The noun "call": "Berlin's calls for a ceasefire" is an appeal (02x by what is called for, the rows of
    "call for"); "the president's phone call with Erdogan" a talk by telephone (041). A bare "call" ("a call
    on the budget", "a close call") is neither."""
    noun = att.trigger
    if noun.lemma_.lower() != "call":
        return None
    preps = args.prep_objects(noun)
    wanted = [o for w, o in preps if w == "for"]
    if wanted:
        lemmas = {t.lemma_.lower() for o in wanted for t in (o, *o.conjuncts)}
        entry = next((e for e in coder.lexicon.verbs.get("call", []) if e.prep == "for" and e.objects
                      and e.objects & lemmas), None)
        if entry is None:
            asked = coder._act_code(wanted[0])
            code = coder.shift_code("request", asked) if asked is not None else None
            if code is None:
                return None
            att.code, att.origin = code, ""
        else:
            att.code, att.origin = entry.code, entry.origin
        att.confidence = 0.5
        return wanted[0].text
    by_phone = any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in CALL_MEANS for c in noun.children)
    partners = [o for w, o in preps if w in CALL_PARTNER_PREPS]
    if not (by_phone or partners) or _call_in_verb_act(noun, coder):
        return None
    if not by_phone and not any(coder.actor_at(p, att.inp) is not None for p in partners):
        return None  # "a call with investors" is no talk between parties
    att.code, att.origin, att.confidence = "041", "", 0.5
    return noun.text


RESTRICTION_NOUNS = frozenset(("restriction", "curb", "limit"))
# what crosses a border: restricting it toward a named state is an embargo or sanction (163), not a domestic rule
BORDER_TRAFFIC = frozenset("flight travel trade export import shipment visa investment airline cargo".split())
TOWARD_PREPS = ("to", "from", "of", "with", "into", "against")


@rule("restriction-on-traffic", "trigger", "noun")
def restriction_on_traffic(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Washington announced new restrictions on flights to Havana", "curbs on exports of chips to China": a
    restriction on trade or travel with a named state is an embargo or sanction on it (163); with no state
    named ("restrictions on public gatherings") or a verb that codes it ("lifted the restrictions") the noun
    gives nothing."""
    noun = att.trigger
    if noun.lemma_.lower() not in RESTRICTION_NOUNS or noun.tag_ != "NNS" and noun.lemma_.lower() == "limit":
        return None
    if noun.dep_ in ("dobj", "nsubjpass") and coder.match_verb(noun.head) is not None:
        return None  # "imposed restrictions on", "lifted the restrictions": the verb's row codes it
    ons = args.prep_objects(noun)
    if noun.dep_ == "dobj":  # "announced curbs on exports": the parser may hang "on" on the verb
        ons += [(w, o) for w, o in args.prep_objects(noun.head) if w == "on"]
    traffic = [o for w, o in ons if w == "on"
               and ({o.lemma_.lower()} | {c.lemma_.lower() for c in o.children if c.dep_ == "compound"}) & BORDER_TRAFFIC]
    if not traffic or any(t.lower_ in HAZARD_WORDS or t.lemma_.lower() in HAZARD_WORDS for t in noun.sent):
        return None  # "restrictions on flights from China to contain the outbreak" is a health measure
    named = [x for o in traffic for w, x in args.prep_objects(o) if w in TOWARD_PREPS]
    named += [x for w, x in args.prep_objects(noun) if w in ("against",)]
    for x in list(named):
        named += [y for w, y in args.prep_objects(x) if w in ("to", "from")]  # "exports of chips to China"
    att.targets = coder.find_targets(named, [], att.inp, places=True)
    if not att.targets:
        return None
    att.code, att.origin, att.confidence = "163", "", 0.5
    return traffic[0].text


@rule("noun-lexicon", "trigger", "noun")
def noun_lexicon(coder: SentenceCoder, att: Attempt) -> str | None:
    """"Russia's attack on Kyiv": a noun row of the lexicon names the act ("talks", plural only)."""
    noun = att.trigger
    entry = coder.lexicon.nouns.get(noun.lemma_.lower())
    if entry is None or (entry.noun in PLURAL_SENSE and noun.tag_ == "NN"):
        return None  # "talks" are negotiations; "a talk at a think tank" is a speech
    att.code, att.origin, att.confidence = entry.code, entry.origin, 0.5
    return entry.origin


# ---- report: a routine sense, known once the modality is -------------------------------------------------
VOTE_NOUNS = frozenset(("election", "elections", "referendum", "plebiscite", "vote", "poll"))


@rule("routine-vote", "report", veto=True)
def routine_vote(coder: SentenceCoder, cand: Candidate) -> str | None:
    """"Senegal held presidential elections on Sunday": holding a vote is routine, no concession (0834);
    only a promise to hold one ("the ruling council promised to hold elections within two years", 0344) is coded;
    a parliament dissolved for a vote is routine too."""
    trig = cand.trigger
    if cand.code == "172" and trig.lemma_.lower() == "dissolve":
        # "the governor general dissolved parliament, triggering elections": a dissolution for a vote is
        # routine; one with no vote in sight ("the president dissolved parliament and ruled by decree") stays
        return next((t.text for t in trig.sent if t.lemma_.lower() in VOTE_NOUNS), None)
    if cand.code != "0834" or trig.lemma_.lower() != "hold":
        return None
    obj = args.child(trig, ("dobj", "nsubjpass"))
    return obj.text if obj is not None and obj.lemma_.lower() in VOTE_NOUNS else None
