"""Who did it and to whom: the source and target tokens of a verb or noun trigger.

Dependency patterns on spaCy's English parse (ClearNLP labels). Subjects are inherited along
control and coordination ("X agreed to provide", "X met Y and signed"), passives swap roles
("Ukraine was attacked by Russia"), participles attach to the noun they modify ("sanctions imposed
by the EU on Iran"), and nominal events take their actors from possessives, modifiers and
prepositions ("Russia's attack on Kyiv", "talks between Israel and Hamas").
"""

from __future__ import annotations

from spacy.tokens import Token

from brinkwatch.actors.keys import spelling_key
from brinkwatch.coding.places import place_country
from brinkwatch.coding.quantities import CURRENCY_WORDS

SUBJECT_DEPS = frozenset(("nsubj", "csubj", "expl"))
# verbs whose object, not subject, does the complement's act: "urged Russia to withdraw"
OBJECT_CONTROL = frozenset(
    "urge ask call order tell force allow authorize authorise permit persuade push press encourage "
    "invite instruct compel pressure help enable require request".split()
)
# verbs that receive an act from someone else: "ignored appeals from X" makes the subject the target
RECEPTION = frozenset(
    "ignore reject accept welcome heed receive rebuff dismiss answer respond spurn snub face resist "
    "denounce condemn decline refuse".split()
)
# verb + particle that receive an act the same way: "Egypt turned down a request from Tripoli"
PHRASAL_RECEPTION = frozenset((("turn", "down"), ("brush", "off"), ("brush", "aside"), ("wave", "off")))


def receives(verb: Token) -> bool:
    """True for a verb that receives someone else's act: "rejected", "declined", "turned down"."""
    lemma = verb.lemma_.lower()
    if lemma in RECEPTION:
        return True
    return any(c.dep_ == "prt" and (lemma, c.lower_) in PHRASAL_RECEPTION for c in verb.children)
VERB_TARGET_PREPS = (
    "against", "on", "upon", "with", "to", "at", "into", "toward", "towards", "from", "over", "for", "in", "along",
    "between", "among",
)
ADVERB_PLACE_PREPS = VERB_TARGET_PREPS + ("inside",)  # "struck deep inside Russia"
# prepositions of time name when: "visited the town two days after the president" (no target), though
# an event after them may name whom a reaction answers ("called up reservists after the Hamas attack")
TIME_PREPS = frozenset(("after", "before", "since", "until", "till", "during"))


def _timed_party(word: str, obj: Token) -> bool:
    return word in TIME_PREPS and obj.pos_ in ("PROPN", "PRON")


NOUN_TARGET_PREPS = ("on", "against", "upon", "to", "with", "into", "toward", "towards", "against", "of", "over", "for", "at", "in")
NOUN_SOURCE_DEPS = frozenset(("poss", "compound", "amod", "nmod"))


def child(tok: Token, deps: tuple[str, ...] | frozenset[str]) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def acted_on(verb: Token) -> Token | None:
    """What a verb acts on: its object, or in the passive its subject ("a proposal by Croatia was rejected")."""
    return child(verb, ("nsubjpass",)) if is_passive(verb) else child(verb, ("dobj",))


def prep_objects(tok: Token, preps: tuple[str, ...] | None = None) -> list[tuple[str, Token]]:
    """(preposition, object) pairs hanging off `tok`, in the order of `preps` when given."""
    found: list[tuple[str, Token]] = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.pos_ == "ADP":
            word = c.lower_
            for obj in c.children:
                if obj.dep_ == "pobj":
                    found.append((word, obj))
                elif obj.dep_ == "prep":  # "out of", "away from"
                    for sub in obj.children:
                        if sub.dep_ == "pobj":
                            found.append((obj.lower_, sub))
    if preps is not None:
        order = {p: i for i, p in enumerate(preps)}
        found = sorted((f for f in found if f[0] in order), key=lambda f: order[f[0]])
    return found


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    # a participle after a noun is passive ("sanctions imposed by ..."), unless it takes an object of
    # its own: the tagger often reads "Trump considered providing ..." after a comma as a participle
    # (tagged VBD too where no subject makes it finite: "delegates pledged to Sanders")
    if verb.dep_ == "acl" and (verb.tag_ == "VBN" or verb.tag_ == "VBD" and child(verb, SUBJECT_DEPS) is None):
        return not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children)
    # "X appeared in court, charged with murder": a bare participle clause is passive, about the main
    # clause's subject ("having charged ..." has its auxiliary; "the army, backed by Iran" is an acl)
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "nsubj", "dobj", "mark") for c in verb.children
    )


def agent_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and is_passive(verb)):
            obj = child(c, ("pobj",))
            if obj is not None:
                return obj
    if is_passive(verb):
        # the parser often hangs "by X" on the object: "were supplied with tanks by Germany"
        for c in verb.children:
            if c.dep_ == "prep":
                for obj in c.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() not in AUTHORED_NOUNS:
                        for word, agent in prep_objects(obj):
                            if word == "by":
                                return agent
    return None


# measures whose "by" phrase names who measured, not the doer of the verb they hang on: "homes were destroyed,
# with estimates by the Red Cross ranging from 45% to 60%" ("condemned in a statement by Egypt" keeps Egypt)
AUTHORED_NOUNS = frozenset("estimate figure count survey assessment tally".split())


def past_form(verb: Token) -> bool:
    """A past tense, or a past participle with no auxiliary, which the tagger may take for it ("summoned")."""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _bare_after(verb: Token) -> bool:
    """A bare verb after a modal in a reported clause ("predicted Trump would lose") or after "to"
    ("urged the envoy to leave")."""
    if verb.dep_ == "ccomp":
        return any(c.tag_ == "MD" for c in verb.children)
    return verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The token that does the act of `verb` (active voice), inherited through control and coordination."""
    if depth > 5:
        return None
    if is_passive(verb) or _with_absolute(verb):
        return agent_of(verb)
    subj = child(verb, SUBJECT_DEPS)
    if subj is not None:
        if subj.tag_ == "WDT" or subj.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            # "fighters which European nations refused to repatriate": where the parser hangs both the
            # pronoun and a noun on the verb, the noun is the subject and the pronoun its object
            other = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > subj.i and c.tag_ != "WDT"), None)
            return other if other is not None else verb.head  # "the country that attacked": the head
        return subj
    head = verb.head
    if head.i == verb.i:
        return None
    dep = verb.dep_
    if dep == "conj" and _imperative(verb) and head.tag_ in ("VBD", "VBZ", "VBP", "VBN"):
        return None  # "We made a plea: don't hold federal workers hostage": an order's doer is its addressee
    if dep == "xcomp" or (dep == "ccomp" and child(verb, ("aux",)) is not None and verb.tag_ == "VB"):
        # "agreed to provide", "weighing whether to expel": the governing verb's subject acts
        if head.lemma_.lower() in OBJECT_CONTROL:
            # "urged Russia to withdraw"; passive "Russia was urged to withdraw"
            obj = child(head, ("dobj",)) or (child(head, ("nsubjpass",)) if is_passive(head) else None)
            if obj is not None:
                return obj
        if head.pos_ == "ADJ" and head.dep_ == "acomp":  # "was willing to resume"
            return subject_of(head.head, depth + 1)
        return subject_of(head, depth + 1) if head.pos_ in ("VERB", "AUX") else None
    if dep == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ == "mark" for c in verb.children):
        # "Johnson became premier after [Theresa May] stepped down": a finite clause opened by "after", "when",
        # "because" has a subject of its own, even where the parser lost it; it is not the main clause's
        return None
    if dep == "advcl" and verb.tag_ == "VBG" and _charge_made(head) and verb.lemma_.lower() not in VERDICT_PARTICIPLES:
        # "accused Avenatti of trying to extort Nike, threatening to give a news conference": the accused's act
        # or the accuser's? the parse cannot say, so no one's
        return None
    if dep == "conj" and past_form(verb) and head.tag_ == "VB" and _bare_after(head):
        # "Hawkins predicted Trump would lose and asked voters to ...", "Oslo urged the envoy to leave and
        # called in the ambassador": a past tense cannot go on from "would lose" or "to leave"; it goes on
        # from the verb they hang on, whose subject acts
        return subject_of(head.head, depth + 1) if head.head.pos_ in ("VERB", "AUX") else None
    if dep in ("conj", "advcl"):
        return subject_of(head, depth + 1) if head.pos_ in ("VERB", "AUX") else None
    if dep in ("acl", "relcl"):
        if verb.tag_ in ("VBG", "VBD", "VBZ", "VBP", "VBN"):  # VBN here: an active participle (see is_passive)
            return head  # "Trump, considering ...", "forces attacking the town"
        if verb.tag_ == "VB":  # "a willingness to negotiate": the holder of the noun
            owner = child(head, ("poss",))
            if owner is not None and owner.tag_ != "PRP$":  # "the EU criticized Russia's decision to expel"
                return owner
            gov = head.head
            if head.dep_ in ("dobj", "attr") and gov.pos_ in ("VERB", "AUX"):
                return subject_of(gov, depth + 1)
        return None
    if dep == "pcomp" and (head.lower_ == "from" or head.lower_ in ("of", "for") and head.head.lemma_.lower() in ALLEGING):
        # "prevented ISIS from gaining ground", "accused Azerbaijan of shelling villages": the one kept
        # from acting, or accused of it, is the governing verb's object
        gov = head.head
        obj = child(gov, ("dobj",)) if gov.pos_ in ("VERB", "AUX") else None
        if obj is not None:
            return obj
    if dep == "pcomp":  # "capable of reaching", "after meeting X"
        gov = head.head
        while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
            gov = gov.head
        return subject_of(gov, depth + 1) if gov.pos_ in ("VERB", "AUX") else None
    return None


# participles that pass a verdict or report speech: the accuser's own ("accused Iran of lying, calling it ...")
VERDICT_PARTICIPLES = frozenset("call say describe label brand term add cite claim note argue insist".split())


def _charge_made(verb: Token) -> bool:
    """"accused X of ...", "charged X with ...": an accusation with its charge named."""
    if verb.lemma_.lower() not in ("accuse", "charge", "blame"):
        return False
    # the parser may hang the charge on the accused ("accused the firm Huawei of stealing")
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    holders += [a for h in holders[1:] for a in h.children if a.dep_ == "appos"]
    return any(c.dep_ == "prep" and c.lower_ in ("of", "with", "for") for h in holders for c in h.children)


def _with_absolute(verb: Token) -> bool:
    """"with 95 civilians killed", "with officials reporting 150 soldiers killed": a bare past participle
    under "with" says what was done to its subject, who is not the doer."""
    return (verb.tag_ == "VBN" and verb.dep_ in ("pcomp", "advcl") and verb.head.lower_ == "with"
            and not any(c.dep_ == "aux" for c in verb.children))


def _imperative(verb: Token) -> bool:
    """A bare verb opening its own clause after a colon or quote, or with an imperative "do": "...: don't hold
    them hostage", "...: stop the war" (not "beat him and set his body on fire", where "set" is past)."""
    if verb.tag_ != "VB":
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ == "do" and a.tag_ == "VB" for a in auxes) and len(auxes) == 1:
        return True
    start = verb.left_edge.i
    after_break = start > 0 and verb.doc[start - 1].text in (":", ";", '"', "“")
    return after_break and all(a.lower_ == "do" for a in auxes)  # "...: don't hold" (the tagger may say VBP)


# words for an office or role one holds: "as the governor of X", "as prime minister"
OFFICE_WORDS = frozenset("""governor minister president premier leader head chairman chairwoman chair chief
    secretary mayor speaker ambassador envoy commander member director spokesman spokeswoman senator
    representative candidate nominee chancellor king queen monarch judge prosecutor""".split())


def object_candidates(verb: Token) -> list[Token]:
    """Who the act is done to, most direct first: object, recipient, then prepositional objects."""
    out: list[Token] = []
    passive = is_passive(verb)
    if passive:
        pas = child(verb, ("nsubjpass",))
        if pas is None and verb.dep_ in ("conj", "advcl"):
            # "Turkey is under sanctions and was condemned by Egypt", "X appeared in court, charged with
            # murder": the shared subject is the one acted on
            pas = child(verb.head, ("nsubj", "nsubjpass"))
        if pas is not None:
            out.append(pas)
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            out.append(verb.head)  # "sanctions imposed on Iran" handled by prepositions below
    objects = 0
    for c in verb.children:
        if c.dep_ in ("dobj", "dative", "iobj", "attr") and c.pos_ != "ADP":
            if c.dep_ == "dobj" and objects and verb.doc[c.left_edge.i - 1].is_punct:
                continue  # "shot shoppers at a store …, reported officials": a verb has one object; the parser's
            objects += c.dep_ == "dobj"  # second, after a comma, is a misread clause
            out.append(c)
    for _, obj in prep_objects(verb, VERB_TARGET_PREPS):
        if verb.dep_ == "acl" and obj.i == verb.head.i:
            continue
        out.append(obj)
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "NOUN" and child(c, ("nsubj", "dobj")) is None:
            # "fired tear gas and birdshot at protesters": a second object read as a conjoined verb keeps the
            # prepositional phrase that belongs to the verb
            out += [obj for _, obj in prep_objects(c, VERB_TARGET_PREPS)]
    out += participle_subjects(verb)
    for c in verb.children:
        if c.dep_ == "advmod" and c.pos_ == "ADV":
            # "threatened to retaliate anywhere in Iraq", "struck deep inside Russia": the adverb carries the place
            out += [obj for _, obj in prep_objects(c, ADVERB_PLACE_PREPS)]
    # other prepositional phrases last, searched inside: "spoke by telephone with Putin"; an office held "as"
    # names no party ("resigned as the governor of Puerto Rico"), a thing used "as a weapon against X" may
    out += [obj for word, obj in prep_objects(verb) if word not in VERB_TARGET_PREPS
            and not (word == "as" and obj.lemma_.lower() in OFFICE_WORDS)
            and (word != "by" or not passive) and not _timed_party(word, obj)]
    agent = agent_of(verb) if passive else None
    if agent is not None:
        out.append(agent)  # the source itself, searched for what it hangs on: "by the EU on Iran"
    judged = judged_object(verb)
    if judged is not None and judged.pos_ in ("VERB", "AUX"):
        # "dismissed as baseless U.S. claims that ...", misread as a clause: its "subject" owns the claims
        out += [c for c in judged.children if c.dep_ == "nsubj"]
    return with_members(out)


def misread_conjuncts(obj: Token) -> list[Token]:
    """"called on Sudan's army and the paramilitary Rapid Support Forces": a second named party that the parser
    hung on the verb as a conjoined verb is a second object, after the first."""
    verb = obj.head.head if obj.dep_ == "pobj" else obj.head if obj.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB":
        return []
    return [c for c in verb.children if c.dep_ == "conj" and c.i > obj.i and c.tag_ in ("NNP", "NNPS")
            and child(c, ("nsubj", "dobj", "aux", "prep")) is None]


def participle_subjects(verb: Token) -> list[Token]:
    """'cooperate with investigators examining the shooting': the parser makes the participle the object of
    the preposition and the noun its subject; the noun is who the act reaches (only for targets: the
    participle stays its own clause for the lexicon and the other rules)."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ == "prep" and c.pos_ == "ADP" and c.lower_ in VERB_TARGET_PREPS:
            if c.i > 0 and c.nbor(-1).is_punct:
                continue  # "attacked the inquiry, with Scalise calling it a coup": a circumstance, no partner
            for p in c.children:
                if p.dep_ == "pcomp" and p.pos_ == "VERB" and p.tag_ == "VBG":
                    out.extend(s for s in p.children if s.dep_ == "nsubj")
    return out


# participles that name who owns or runs a thing: "a trawler owned by a Spanish firm"
OWNING_VERBS = frozenset(("own", "operate", "charter", "register", "run"))


def owners(noun: Token) -> list[Token]:
    """Who owns the thing acted on: 'seized a trawler owned by a Spanish firm' -> [firm]."""
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in OWNING_VERBS:
            agent = agent_of(c)
            if agent is not None:
                out.append(agent)
    return out


def possessors(noun: Token) -> list[Token]:
    """Whose the thing is, by a named possessive: 'backed Timor-Leste's bid' -> [Timor-Leste] (never 'its')."""
    return [c for c in noun.children if c.dep_ == "poss" and c.tag_ != "PRP$"]


# words that name the members of a group just mentioned: "allies such as Japan", "states including Chad"
MEMBER_PREPS = frozenset(("including", "like"))


def members(noun: Token) -> list[Token]:
    """The members a group noun names after it: 'allies such as Japan' -> [Japan] (conjuncts come with it)."""
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ != "prep":
            continue
        such = c.lower_ == "as" and (any(g.lower_ == "such" for g in c.children) or c.i > 0 and c.nbor(-1).lower_ == "such")
        if such or c.lower_ in MEMBER_PREPS:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def with_members(toks: list[Token]) -> list[Token]:
    """`toks`, each followed by the members it names ("countries such as Iran and Syria"), also one
    preposition down ("imposed sanctions on countries including Iran")."""
    out: list[Token] = []
    for tok in toks:
        out.append(tok)
        out.extend(members(tok))
        for word, obj in prep_objects(tok):
            if word in MEMBER_HOLDING_PREPS:
                out.extend(members(obj))
    return out


MEMBER_HOLDING_PREPS = frozenset(("on", "against", "to", "with", "upon"))


CHARGING_VERBS = frozenset(("accuse", "charge", "suspect", "convict"))


# the words a row's object list uses for a place of each precision the gazetteer knows
PLACE_KIND_WORDS = {"city": ("city", "town"), "region": ("region", "province", "territory"),
                    "country": ("country", "territory")}


def _place_kind_words(tok: Token) -> tuple[str, ...]:
    """The row words for the place a proper noun names itself (not "China's Belt and Road Initiative"); looked
    up once per token, for the rows of a verb are tried one by one."""
    key = ("place-kind-words", tok.i)
    cache = tok.doc.user_data
    if key not in cache:
        place = place_country(tok, tok.sent)
        named = place is not None and spelling_key(tok.text) in spelling_key(place.name)
        cache[key] = PLACE_KIND_WORDS.get(place.precision, ()) if named else ()
    return cache[key]


# participles that name whom a thing is for: "aid earmarked for the army", "arms destined for Kyiv"
DESTINING = frozenset("earmark intend destine mean allocate allot bind slate designate".split())


def destined_for(thing: Token) -> list[Token]:
    """Whom a participle after `thing` says it is for: "the aid earmarked for Pakistan's military"."""
    return [o for c in thing.children if c.dep_ == "acl" and c.lemma_.lower() in DESTINING
            for w, o in prep_objects(c) if w in ("for", "to")]


STATE_PREPS = frozenset(("on", "onto", "under", "into"))
# verbs that put their object in a state: "placed the region under curfew", "took two men into custody"
PLACING_VERBS = frozenset("put place order take keep plunge throw bring send".split())


# particles that head a phrasal verb's own preposition: "pull out of", "walk away from", "back down from"
PARTICLES = frozenset("out away down off back up".split())


def complement_lemmas(verb: Token, prep: str | None, compounds: bool = False) -> set[str]:
    """Head lemmas an entry's object constraint is checked against; with `compounds`, also the
    modifiers of a compound ("a ceasefire agreement"), tried only when the heads match nothing."""
    lemmas: set[str] = set()

    def add(tok: Token) -> None:
        # a phrase read whole stands for its head: "made critical remarks" is no plain remark
        lemmas.update(_phrase_lemmas(tok) or (tok.lemma_.lower(),))
        for c in tok.conjuncts:
            lemmas.add(c.lemma_.lower())
        if tok.lemma_.lower() in COUNT_NOUNS:  # "moved thousands of troops": the troops decide
            for word, obj in prep_objects(tok):
                if word == "of":
                    lemmas.add(obj.lemma_.lower())
        if tok.lemma_.lower() in ASKING_NOUNS and verb.lemma_.lower() not in ASK_MAKING_VERBS:
            lemmas.update(_asked_for(tok))  # "rejected Kyiv's request for missiles": what was asked for
        if tok.pos_ == "PROPN":  # "captured Kyiv": a named place stands for the kind of place it is
            lemmas.update(_place_kind_words(tok))
        if tok.tag_ == "NNPS":  # "returned the Benin Bronzes": a plural name keeps its common noun's lemma
            lemmas.update(_singulars(tok.lower_))
        if is_sum(tok):  # "pledged $100 million in humanitarian assistance": what the money is in decides
            holders = (tok, tok.head) if tok.dep_ == "dobj" else (tok,)  # the parser may hang "in aid" on the verb
            lemmas.update(obj.lemma_.lower() for h in holders for word, obj in prep_objects(h) if word == "in")
        if compounds:
            for c in tok.children:
                if c.dep_ == "compound":
                    lemmas.add(c.lemma_.lower())

    if prep is not None:
        holders = [verb]
        if prep == "of" and verb.lemma_.lower() in CHARGING_VERBS:
            # "accused Azerbaijani troops of aggression": the parser hangs the charge on the one accused
            holders += [c for c in verb.children if c.dep_ == "dobj"]
        # "pulled out of the talks", "walked away from the deal": the parser may hang the phrase on the particle
        holders += [c for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in PARTICLES
                    and not any(g.dep_ == "pobj" for g in c.children)]
        for holder in holders:
            for word, obj in prep_objects(holder):
                if word == prep:
                    add(obj)
            # "accused Kyiv of launching an attack", "of rigging the vote": the gerund's object names the charge
            gerunds = [g for p in holder.children if p.dep_ == "prep" and p.lower_ == prep
                       for g in p.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"]
            lemmas.update(c.lemma_.lower() for g in gerunds for c in g.children if c.dep_ == "dobj")
            # "accused Moscow of torturing prisoners": a gerund with no object row is the charge itself
            lemmas.update(g.lemma_.lower() for g in gerunds)
        for obj in _carriers(verb):  # also beside a time on the verb: "lifted its ban on rallies on Monday"
            for word, inner in prep_objects(obj):
                if word == prep:
                    add(inner)
        if prep in STATE_PREPS and verb.lemma_.lower() in PLACING_VERBS:
            # "ordered its forces on high alert", "put the town under curfew": the state the object is put
            # in, which the parser often hangs on the object ("lifted the tax on imports" puts no tax anywhere)
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                for word, inner in prep_objects(obj):
                    if word == prep:
                        add(inner)
        return lemmas
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            add(c)
        elif c.dep_ == "xcomp" and c.pos_ in ("NOUN", "ADJ"):
            add(c)
        elif c.dep_ == "xcomp" and c.pos_ == "VERB" and not any(n.dep_ == "neg" for n in c.children) \
                and not (c.lemma_.lower() in UNDOING_VERBS and verb.lemma_.lower() in PRESSING_VERBS):
            # "authorized X to use missiles", "allowed aid trucks to enter": the governed verb's object ("urged
            # states not to reschedule their elections" asks for no election; "pressed Cairo to drop the charges"
            # presses no charges)
            for obj in c.children:
                if obj.dep_ == "dobj":
                    add(obj)
    # "supplied Kyiv with missiles": what a party is given comes after "with"; when the verb's object is a
    # thing, "with" names a partner instead ("increased cooperation with the navies of ...")
    thing = any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children)
    for word, obj in prep_objects(verb):
        if word in ("with", "of") and not thing:
            add(obj)
    judged = judged_object(verb)
    if judged is not None:
        add(judged)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" or relative_object(verb):
        add(verb.head)  # "sanctions imposed by the EU"; "a charge Kyiv denied", "a claim that Minsk rejected"
    return lemmas


# what is laid at a party's door ("a charge Kyiv denied"), and with it what is put to one ("a proposal Minsk
# rejected"): nouns a relative clause often answers
CHARGE_NOUNS = frozenset("charge claim accusation allegation assertion".split())
ANSWERED_NOUNS = CHARGE_NOUNS | frozenset("proposal offer demand request plan".split())


def relative_object(verb: Token) -> bool:
    """Is the noun a relative clause hangs on that clause's object? "a charge Kyiv denied", "a proposal that Minsk
    rejected" (not "the strike that killed five", whose noun is the subject). Only for what is said or put to
    someone: the parser also hangs clauses of their own on a noun ("to have the opposition [the party] dissolved")."""
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() not in ANSWERED_NOUNS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in ("WDT", "WP") or subject.lower_ == "that":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return all(o.tag_ in ("WDT", "WP") or o.lower_ == "that" for o in objects)


def judged_object(verb: Token) -> Token | None:
    """"rejected as baseless Ukrainian accusations that ...": with the judgement put first, the parser reads the
    object as the "as" phrase's; it is the verb's object."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i + 1 >= len(verb.doc):
            continue
        # (a noun the parser may tag as a verb: "as baseless Belarusian claims that ...")
        obj = next((o for o in prep.children if o.dep_ == "pobj" and (
            o.pos_ == "NOUN" or o.tag_ == "VBZ" and o.lemma_.lower() in CLAIM_VERBS)), None)
        # the judgement first, quoted or not ("as \"absurd\" claims"), and inside the object's phrase
        first = next((t for t in verb.doc[prep.i + 1:] if not t.is_punct), None)
        if obj is not None and first is not None and first.pos_ == "ADJ" and first.i < obj.i and \
                any(a.i == obj.i for a in first.ancestors):
            return obj
    for clause in verb.children:
        # "dismissed as baseless U.S. claims that ...": the parser may read "U.S. claims" as a clause with the verb
        # "claims", opened by "as"; the judgement before it shows it is the noun
        if clause.dep_ == "advcl" and clause.tag_ == "VBZ" and clause.lemma_.lower() in CLAIM_VERBS and any(
                m.dep_ == "mark" and m.lower_ == "as" for m in clause.children) and any(
                t.pos_ == "ADJ" and t.i < clause.i for t in clause.lefts for t in t.subtree):
            return clause
    return None


CLAIM_VERBS = frozenset(("claim", "charge", "report"))  # claim nouns the tagger may read as verbs ("U.S. claims")


# verbs that undo their object when a party is pressed to use them: the thing is not done but ended ("pressed
# Cairo to drop the charges"; "authorized Kyiv to drop cluster bombs" drops bombs)
PRESSING_VERBS = frozenset("press urge push pressure call ask lobby implore encourage appeal".split())
UNDOING_VERBS = frozenset(
    "drop withdraw lift end abandon cancel scrap stop halt ease remove revoke reverse rescind suspend release "
    "free dismiss repeal quash waive".split()
)


# nouns that ask for something: a reply to one is a reply about what it asks for ("turned down the request for
# a loan" refuses economic aid, 1221; "rejected calls for a ceasefire" refuses to de-escalate, 1246)
REQUEST_NOUNS = frozenset("request appeal plea call demand".split())
# verbs that make or repeat a request rather than answer it: "renewed its plea for a ban" asks for the ban
ASK_MAKING_VERBS = frozenset("renew reiterate repeat issue make launch voice echo join submit file lodge".split())
ASKING_NOUNS = REQUEST_NOUNS | {"proposal", "offer", "bid", "suggestion", "overture"}


def _singulars(word: str) -> set[str]:
    """The singulars a plural may have: "bronzes" -> bronze, "marbles" -> marble, "crosses" -> cross."""
    if not word.endswith("s") or word.endswith("ss"):
        return set()
    return {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}


def _asked_for(noun: Token) -> set[str]:
    """What an asking noun asks for: its "for" or "of" object ("a request for a loan", "an offer of talks"),
    or the object of its infinitive ("a request to send missiles")."""
    asked = {o.lemma_.lower() for w, o in prep_objects(noun) if w in ("for", "of")}
    # "rejected calls from Ankara for talks": the parser may hang what is asked on the asker or on the verb
    holders = [asker for w, asker in prep_objects(noun) if w in ("from", "by")]
    if noun.dep_ == "dobj":
        holders.append(noun.head)
    asked |= {o.lemma_.lower() for h in holders for v, o in prep_objects(h) if v == "for"}
    for c in noun.children:
        if c.dep_ == "acl" and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children):
            asked.update(o.lemma_.lower() for o in c.children if o.dep_ == "dobj")
    return asked


# nouns that carry a row's preposition for their verb: "opened an investigation into war crimes", "turned its
# back on cooperation with Minsk", "lifted its ban on opposition parties" (the parser hangs the phrase on the
# noun, the row names it on the verb)
CARRIER_NOUNS = frozenset("investigation probe inquiry enquiry case back ban restriction curb prohibition".split())


def _carriers(verb: Token) -> list[Token]:
    """The verb's direct object when it is a carrier noun ("opened a probe into ...")."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CARRIER_NOUNS]


# a modifier read together with its head, and what the pair means to the rows: "declared martial law in the
# province" is the act the rows call a state of emergency (CAMEO codes the two together: 1724, 0814, 1324);
# "the minister made critical remarks about the plan" is criticism; "lifted its curbs on political activity"
# eases a political freedom, where curbs on economic activity do not; "sent rescue teams" sends rescuers
_CRITICISM = ("critical remark", "criticism")
_CHEMICAL_ARMS = ("chemical", "weapon")
# "a state of X" read as X where that is known ("a state of siege" is martial rule); others stay a state
# ("a state of internal armed conflict" is an emergency as the rows read "state")
STATE_OF_READINGS = {"emergency": ("emergency",), "siege": ("siege", "emergency"), "mourning": ("mourning",)}
PHRASE_READINGS = {
    ("martial", "law"): ("martial law", "emergency"),
    ("critical", "remark"): _CRITICISM,
    ("critical", "comment"): _CRITICISM,
    ("critical", "statement"): _CRITICISM,
    ("political", "activity"): ("political activity",),
    # "sent rescue teams to Turkey" sends rescuers, no team to talks or a match
    ("rescue", "team"): ("rescuer",),
    ("rescue", "worker"): ("rescuer",),
    ("medical", "team"): ("medic",),
    # "deployed police forces" deploys police (153), not the armed forces (154)
    ("police", "force"): ("police",),
    # "dropped chemical weapons on the town" is a chemical attack (2041), not any weapon dropped (194)
    ("chemical", "weapon"): _CHEMICAL_ARMS,
    ("unconventional", "weapon"): _CHEMICAL_ARMS,
    ("biological", "weapon"): _CHEMICAL_ARMS,
    # "set up a fact-finding mission" sets up an inquiry, no mission abroad
    ("find", "mission"): ("investigation",),
    # "detonated a nuclear device" is a nuclear detonation (2042), not a bombing (183)
    ("nuclear", "device"): ("nuke",),
    ("nuclear", "bomb"): ("nuke",),
    ("atomic", "bomb"): ("nuke",),
}


def _phrase_lemmas(tok: Token) -> tuple[str, ...]:
    """What a modifier and its head name together: 'martial law' -> ('martial law', 'emergency'); a state of
    something is that something: 'a state of emergency' -> ('emergency',), but 'declared a state of mourning'
    imposes nothing (and 'the state of Palestine' is a state)."""
    head = tok.lemma_.lower()
    if head == "state":
        of = next((o for w, o in prep_objects(tok) if w == "of" and o.pos_ == "NOUN"), None)
        if of is not None:
            return STATE_OF_READINGS.get(of.lemma_.lower(), ())
    for c in tok.children:
        if c.dep_ in ("amod", "compound"):
            found = PHRASE_READINGS.get((c.lower_, head))
            if found:
                return found
    return ()


# what comes from a place: a ban or curb on it is aimed at the place ("banned flights from Brazil",
# "the travel ban from Iran"), never made by it
ORIGIN_NOUNS = frozenset(
    "travel traveller traveler flight import export good product visitor arrival passenger tourist "
    "shipment cargo entry".split()
)


# leaving a place: "the withdrawal of its troops from Syria" is left by them, not done by Syria
DEPARTURE_NOUNS = frozenset("withdrawal pullout pull-out retreat exit departure drawdown".split())
FROM_PLACE_NOUNS = ORIGIN_NOUNS | DEPARTURE_NOUNS


def from_origin(noun: Token) -> bool:
    """'flights from Brazil', 'a travel ban from Iran', 'a withdrawal from Syria': the noun's "from" phrase says
    where things come from or leave, not who acts."""
    return noun.lemma_.lower() in FROM_PLACE_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in ORIGIN_NOUNS for c in noun.children
    )


WRONGDOING_NOUNS = frozenset((
    "crime", "abuse", "violation", "atrocity", "wrongdoing", "misconduct", "bribery", "corruption", "fraud",
    "embezzlement", "laundering", "graft", "torture",
))


def wrongdoers(noun: Token) -> list[Token]:
    """'an inquiry into misconduct by the president': the parser hangs the "by" phrase on the inquiry; after
    a wrong the inquiry is into, it names who did the wrong, not who inquires."""
    wrongs = [o for w, o in prep_objects(noun) if w in ("into", "of") and o.lemma_.lower() in WRONGDOING_NOUNS]
    return [o for w, o in prep_objects(noun) if w == "by" and any(o.i > x.i for x in wrongs)]


# acts whose possessor is who suffers them when no "of" phrase names the sufferer: "Khashoggi's killing",
# "his arrest" (but "Russia's arrest of the journalist")
PATIENT_NOUNS = frozenset(
    "killing murder assassination arrest detention execution kidnapping abduction imprisonment jailing "
    "poisoning torture extradition deportation".split()
)


def patient_possessor(noun: Token) -> Token | None:
    """'the crown prince ordered Khashoggi's killing': the possessor of a killing or an arrest with no "of"
    phrase is its victim, never its doer."""
    if noun.lower_ not in PATIENT_NOUNS and noun.lemma_.lower() not in PATIENT_NOUNS:
        return None
    if any(word == "of" for word, _ in prep_objects(noun)):
        return None
    return child(noun, ("poss",))


# verbs that say an act took place, whose "between" phrase names the act's sides
OCCURRING_VERBS = frozenset("erupt break flare rage resume escalate intensify occur".split())


def occurrence_sides(noun: Token) -> list[tuple[str, Token]]:
    """"Fighting erupted in Khartoum between the army and the RSF", "clashes broke out between police and
    students": the parser hangs the sides on the verb the act is the subject of."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in OCCURRING_VERBS:
        return []
    return [(w, o) for w, o in prep_objects(noun.head) if w in ("between", "among")]


def noun_source_candidates(noun: Token) -> list[Token]:
    """Who does a nominal act: 'Russia's attack', 'US sanctions', 'attack by rebels', 'appeals from X'."""
    patient = patient_possessor(noun)
    out: list[Token] = [c for c in noun.children if c.dep_ in NOUN_SOURCE_DEPS and c != patient]
    origin = from_origin(noun)
    wrongdoer = {t.i for t in wrongdoers(noun)}
    for word, obj in prep_objects(noun) + occurrence_sides(noun):
        if obj.i in wrongdoer:
            continue
        if word in ("by", "between", "among") or (word == "from" and not origin):
            out.append(obj)
    for c in [*noun.children, *_trailing_participles(noun)]:
        if c.dep_ in ("acl", "advcl") and c.tag_ == "VBN":  # "sanctions imposed by the EU"
            agent = agent_of(c)
            if agent is not None:
                out.append(agent)
    return out + _asker_after_wanted(noun)


# things asked for that come "from" someone: "appeals for aid from China" asks China, it is not China's appeal;
# acts whose "from" names a place or body left: "calls for the withdrawal of its troops from Ukraine"
GIVEN_THINGS = frozenset("aid assistance help support money fund funding loan weapon arm troop".split())
LEAVING_THINGS = DEPARTURE_NOUNS | frozenset(
    "expulsion release return independence evacuation removal secession ouster suspension exclusion".split())
NOT_ASKED_FROM = GIVEN_THINGS | LEAVING_THINGS


def _asker_after_wanted(noun: Token) -> list[Token]:
    """"Calls for early elections from opposition parties": the parser hangs the asker's "from" phrase on the
    thing asked for; it still names who asks, unless that thing is given by someone ("calls for aid from China")."""
    if noun.lemma_.lower() not in REQUEST_NOUNS:
        return []
    return [o for w, wanted in prep_objects(noun) if w == "for" and wanted.lemma_.lower() not in NOT_ASKED_FROM
            for w2, o in prep_objects(wanted) if w2 == "from"]


def _trailing_participles(noun: Token) -> list[Token]:
    """'died in the attack, reportedly carried out by the Taliban': the parser hangs a participle set off
    by a comma right after the noun on the clause's verb; it still describes the noun."""
    doc = noun.doc
    comma = noun.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != "," or noun.dep_ != "pobj":
        return []
    verb = noun.head.head
    return [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.left_edge.i == comma + 1]


def noun_target_candidates(noun: Token) -> list[Token]:
    out: list[Token] = wrongdoers(noun)
    patient = patient_possessor(noun)
    if patient is not None:
        out.append(patient)
    for _word, obj in prep_objects(noun, NOUN_TARGET_PREPS):
        out.append(obj)
    for c in noun.children:
        if c.dep_ == "acl":  # "sanctions imposed by the EU on Iran", "operations involving jets against X"
            for _word, obj in prep_objects(c, NOUN_TARGET_PREPS):
                out.append(obj)
        if c.dep_ in ("acl", "relcl") and c.tag_ != "VBN":  # "the airstrike that killed the general"
            out.extend(o for o in c.children if o.dep_ == "dobj")
    for word, obj in prep_objects(noun) + occurrence_sides(noun):
        if word == "between":
            out.extend(obj.conjuncts)
        elif word == "from" and from_origin(noun):
            out.append(obj)  # "the travel ban from Iran"
    return with_members(out)


# verbs whose object is said to have done the act in their "of"/"for" phrase
ALLEGING = frozenset("accuse suspect charge convict blame criticize criticise condemn praise thank fault".split())
COUNT_NOUNS = frozenset(
    "thousand hundred dozen score million number group contingent batch wave "
    # measures and lots of goods: "40 tonnes of medical supplies", "a shipment of vaccines"
    "tonne ton kilogram kilo barrel litre liter gallon shipment consignment cargo load truckload planeload "
    "convoy package pallet lot supply "
    # one of a series: "called off the next round of talks with Kyiv" is about the talks
    "round".split()
)
# words that count money: "$5 billion in loans", "50 billion euros in aid" (the currencies the quantities
# reader knows, by their lemma, and the pound, which it leaves out as a weight)
LARGE_NUMBERS = frozenset(("million", "billion", "trillion"))
MONEY_WORDS = LARGE_NUMBERS | {"pound"} | {w.removesuffix("s") for w in CURRENCY_WORDS}


def is_sum(tok: Token) -> bool:
    """A sum of money: "$100 million", "50 billion euros", "65 million crowns" (a currency no table names)."""
    return tok.lemma_.lower() in MONEY_WORDS or any(
        c.tag_ == "$" or c.dep_ == "nummod" and c.lower_ in LARGE_NUMBERS for c in tok.children)


STATE_VERBS = frozenset(("be", "go", "remain", "stay", "continue"))
CIRCUMSTANCE_PREPS = frozenset(("during", "through", "throughout", "via"))


def circumstance_verb(noun: Token) -> Token | None:
    """The verb a nominal act is the circumstance of: 'X demonstrated its power during operations'."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in CIRCUMSTANCE_PREPS and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    # "teachers are on strike", "the army went on the offensive": the state the subject is in
    if noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in STATE_VERBS:
        return head.head
    return None


# what a delivery comes in: "received a shipment of Russian aid" receives the aid
CONSIGNMENT_NOUNS = frozenset("shipment consignment batch delivery tranche package load cargo planeload".split())


def receiving_subject(noun: Token) -> Token | None:
    """'X ignored appeals from Y': X receives the nominal act; so does 'X received a shipment of Y's aid'."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in CONSIGNMENT_NOUNS:
        noun = noun.head.head
    if noun.dep_ in ("dobj", "nsubjpass") and receives(noun.head):
        return subject_of(noun.head)
    return None


def has_marker(tok: Token, dep: str, word: str) -> bool:
    """`tok` has a child `word` in relation `dep`: ("aux", "to"), ("mark", "for")."""
    return any(c.dep_ == dep and c.lower_ == word for c in tok.children)


def for_clause(verb: Token) -> Token | None:
    """The verb of a 'for X to do' clause on `verb`: "called for NATO members to increase spending"."""
    for c in verb.children:
        if c.dep_ in ("advcl", "ccomp", "xcomp") and c.pos_ == "VERB" and has_marker(c, "aux", "to") and (
            has_marker(c, "mark", "for") or for_party(verb, c) is not None
        ):
            return c
    return None


def for_party(verb: Token, act: Token) -> Token | None:
    """"pushed for Hungary to ratify": the parser may read the party as the object of "for", with the
    infinitive right after it on the verb."""
    for word, obj in prep_objects(verb):
        if word == "for" and act.left_edge.i == obj.right_edge.i + 1 and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in act.children
        ):
            return obj
    return None


def embedded_act(trigger: Token) -> Token | None:
    """The act a request or threat is about: 'urged X to withdraw', 'appeals ... to halt hostilities'."""
    for c in trigger.children:
        if c.dep_ in ("xcomp", "ccomp", "acl") and c.pos_ == "VERB":
            return c
    clause = for_clause(trigger)
    if clause is not None:
        return clause  # "called for Israel to halt the offensive"
    for c in trigger.children:
        # "demanded that the World Bank release the funds": the small model often tags a subjunctive verb after
        # "that" as a noun; a clausal complement with a subject or a "that" of its own is still the act
        if c.dep_ == "ccomp" and c.pos_ == "NOUN" and any(g.dep_ in ("nsubj", "mark") for g in c.children):
            return c
        # "demanded that the Chinese authorities share data": the clause read as an object noun
        # with a "that" and a subject of its own
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and {"nsubj", "mark"} <= {g.dep_ for g in c.children}:
            return c
    # the parser often hangs the infinitive on the governing verb instead: take the next "to VERB"
    end = trigger.right_edge.i
    doc = trigger.doc
    if end + 2 < len(doc) and doc[end + 1].lower_ == "to" and doc[end + 2].pos_ == "VERB":
        return doc[end + 2]
    return None
