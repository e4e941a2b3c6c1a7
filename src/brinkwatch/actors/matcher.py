"""Finding actor mentions in a Doc: dictionary matches, combinations and within-document coreference.

Only token text, whitespace and offsets are read (no tags, parse or entities), so the same code runs
on a tokenizer-only Doc used for screening and on a parsed Doc. One left-to-right pass:

    [the] BASE ['s] [SECTOR|ROLE ...] [PERSON | Unknown Name]     "Russian President Vladimir Putin"
    [the] ROLE PERSON                                             "Prime Minister Keir Starmer"
    PERSON                                                        "Zelensky"
    the ROLE          -> the latest compatible person/role earlier in the document ("the president")
    [the] SECTOR      -> the state of an earlier mention of the same sector that named its state in its
                         own words ("Serbian police ... Police arrested ..."), else no actor: a state is
                         never taken from a place or the story's most named state ("the military")
    [Title] Surname   -> the person named in full earlier, or the one holder in office ("President Tinubu");
                         an unknown titled name is kept unresolved ("Governor Ada Okafor")
    COLLECTIVE        -> a multinational code ("coalition forces"); "the X-led coalition" is X's military
    we | our | the Department -> the issuer of a statement, when one is given
    he | she          -> the latest person/role mention

BASE is a country name, adjective, metonym ("the Kremlin") or organisation. A BASE glued to a
hyphen ("Russian-backed", "pro-Russian") is not an actor, unless both sides are countries
("US-Iran talks"), where each side is returned as kind="adjective". A bare adjective before a
noun that is no sector ("Russian cities") is returned as kind="adjective" for the coder to judge.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.tokens import Doc

from brinkwatch.actors.dictionary import Actor, ActorDictionary, TrieHit, surname_key
from brinkwatch.actors.gender import fits_pronoun
from brinkwatch.actors.keys import NAME_PARTICLES, token_key
from brinkwatch.actors.table import country_and_sector
from brinkwatch.model import ActorRef

BASE_KINDS = frozenset({"country", "adjective", "metonym", "org"})
START_KINDS = BASE_KINDS | frozenset({"person", "sector", "role", "outlet", "stop", "collective"})
SECTOR_KINDS = frozenset({"sector", "role"})
PERSON_KINDS = frozenset({"person"})
COUNTRY_KINDS = frozenset({"country", "adjective"})
STATE_KINDS = COUNTRY_KINDS | frozenset({"metonym"})  # what names a state after "of", "from", "in"
NATIONAL_BODY_KINDS = frozenset({"org", "metonym"})
# Head words of a capitalised body a state's name opens ("United States Commission on ...") and its sector.
BODY_HEADS = {"commission": "GOV", "administration": "GOV", "agency": "GOV", "department": "GOV",
              "ministry": "GOV", "office": "GOV", "bureau": "GOV", "authority": "GOV", "board": "GOV",
              "council": "GOV", "service": "GOV", "services": "GOV", "court": "JUD", "tribunal": "JUD",
              "army": "MIL", "navy": "MIL", "police": "COP",
              # a company named after its state is a business of it: "Qatar Telecommunications Co."
              "co": "BUS", "company": "BUS", "corporation": "BUS", "corp": "BUS", "inc": "BUS", "ltd": "BUS",
              "limited": "BUS", "plc": "BUS", "holdings": "BUS"}
BODY_NAME_LINKS = frozenset({"of", "on", "for", "and"})
MAX_BODY_NAME_WORDS = 8
STATE_ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
DETERMINERS = frozenset({"the"})
ARTICLES = frozenset({"the", "a", "an"})  # "the Kim Kardashian of Pakistan", "a Che Guevara of our time"
QUOTE_KEYS = frozenset({"\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "''", "``"})
POSSESSIVES = frozenset({"'s", "'"})
PRONOUNS = frozenset({"he", "she"})
PERSON_MENTIONS = frozenset({"person", "role", "pronoun"})
INNER_PARTICLES = frozenset(token_key(p) for p in NAME_PARTICLES - {"of", "the", "and", "y", "e"})
FIRST_PERSON = frozenset({"i", "we", "us", "our", "ours", "my"})
# Capitalised nouns by which a statement names the body that issues it ("the Department", "the Secretary").
ISSUER_NOUNS = frozenset({"secretary", "department", "ministry", "government", "embassy", "minister",
                          "president", "office", "mission", "administration"})
# Nouns a state can lead ("the Saudi-led coalition"), and nouns after which "coalition" is a government's.
# Levels of government written between a state's name and its organ ("United States federal judge").
TIER_WORDS = frozenset({"federal", "district", "national", "state", "circuit", "appeals", "central", "grand"})
# a people's word between a state and its irregular armed men: "Syrian Kurdish fighters" are rebels (regular
# words, "soldiers", "troops", keep the army)
ETHNIC_WORDS = frozenset(token_key(w) for w in (
    "kurdish hazara pashtun tamil uighur uyghur baloch baluch yazidi turkmen tuareg").split())
IRREGULAR_ARMED = frozenset(token_key(w) for w in (
    "fighters fighter militia militias militiamen militants militant gunmen guerrillas guerrilla insurgents").split())
# what a state leads that fights: "the US-led coalition", "Saudi-led warplanes" (its aircraft are its forces)
LED_GROUPS = frozenset(token_key(w) for w in (
    "coalition forces force troops alliance mission operation military warplanes jets aircraft bombers").split())
# what a state or a body leads that is its own doing: "the Dutch-led investigation", "Qatari-led mediation"
LED_EFFORTS = frozenset(token_key(w) for w in (
    "investigation inquiry probe talks negotiations effort efforts mediation initiative process diplomacy").split())
LED_MODIFIERS = frozenset(token_key(w) for w in (
    "international multinational western arab naval peacekeeping security peace joint criminal foreign").split())
NOT_COLLECTIVE_AFTER = frozenset(token_key(w) for w in (
    "government governments partner partners party parties talks agreement deal member members leader leaders"
    " negotiations cabinet politics crisis collapse lawmakers mps colleagues majority rule").split())
# Sectors that act where they are: "police in Tbilisi" are Georgia's; "troops in Syria" may be anyone's.
HOME_SECTORS = frozenset({"COP", "REB", "INS", "OPP", "CVL", "GOV", "LEG", "JUD", "LAB", "EDU", "MED", "BUS"})
POLITICAL_BEFORE = frozenset(token_key(w) for w in (
    "wing ruling governing opposition electoral grand party centre center conservative liberal labour labor"
    " rainbow coalition three-party two-party").split())
OWNERS_BEFORE = frozenset(token_key(w) for w in "'s ’s his her their its our my".split())
NOT_FORCES_BEFORE = POLITICAL_BEFORE | OWNERS_BEFORE  # a "coalition" after these is parties, not forces
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr."})
# lower-case words at which a mention may still start, though no table row begins with them
LOWER_CASE_STARTS = PRONOUNS | DETERMINERS | COURTESY_TITLES
# capitalised words that may stand before a surname without being a first name
PRE_NAME_WORDS = frozenset({"mr", "mrs", "ms", "dr", "sir", "lord", "madam", "general", "gen", "senator", "sen", "rep",
                            "governor", "gov", "mayor", "judge", "justice", "minister", "secretary", "chancellor",
                            "premier", "ambassador", "envoy", "colonel", "admiral", "king", "queen", "prince",
                            "president", "leader", "speaker", "commander", "chairman", "director"})
# singular sector words that title one person before a name ("senator X", "prosecutor Y"), unlike
# "bank X" or "party Y", which name a body
PERSON_TITLES = frozenset(token_key(w) for w in (
    "senator lawmaker legislator congressman congresswoman mp judge prosecutor activist dissident protester"
    " journalist reporter official diplomat envoy negotiator soldier officer commander cleric imam bishop"
    " businessman businesswoman rebel militant").split())
PARTICLE_KEYS = frozenset(token_key(p) for p in NAME_PARTICLES)
MAX_SECTOR_WORDS = 3
MAX_SHARING_STATES = 4  # "British, French, German and Italian troops"
# what a state's forces are doing, said between the state and its organ's word: "Russian occupying troops"
ACTING_PARTICIPLES = frozenset(token_key(w) for w in "occupying invading advancing retreating attacking besieging".split())
MAX_NAME_TOKENS = 5
# Capitalised words that follow a title but are not part of a name ("President Tuesday").
NOT_NAMES = frozenset(token_key(w) for w in (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july"
    " august september october november december the a an and or but in on at of to for with by from as"
    " said says told after before while when who which that this if".split()))


@dataclass(slots=True)
class Mention:
    start: int  # token index in the Doc (inclusive)
    end: int  # token index (exclusive)
    actor: ActorRef  # with start/end CHARACTER offsets filled
    kind: str  # country | sector | person | org | role | adjective | pronoun | metonym


@dataclass(slots=True)
class _Referent:
    """A person or office mentioned earlier, for "the president" and "he"/"she"."""

    role: str | None
    actor: ActorRef
    at: int = 0  # token index of the mention


# How far back "he"/"she" may look, in tokens (a few sentences): further back, news prose names its actor
# again, and a guess does more harm than no actor.
PRONOUN_WINDOW = 80
# How far back a bare sector word may look for the mention that named its state, in tokens (about eight
# sentences): "Serbian police clashed with protesters. ... Police arrested 71." A longer gap, or another
# state's mention of the same sector in between, and the word stays without an actor.
ANTECEDENT_WINDOW = 250
# Sectors a bare word of which, in a story, goes on meaning the state named with it before: its organs
# and the people who contest it ("the protesters", "the rebels"). Journalists, doctors, students or
# civilians ("MED", "HLH", "EDU", "CVL") are found anywhere, so an earlier mention says less about them.
ANTECEDENT_SECTORS = frozenset({"COP", "GOV", "MIL", "JUD", "LEG", "OPP", "REB", "INS"})
# The words that, bare, name a state's body or the people contesting it, as news writes them again after
# naming the state once ("the Iraqi parliament ... the parliament"); others of these sectors ("civil
# servants", "delegates", "leadership", "prison") say too little about whose they are.
ANTECEDENT_WORDS = frozenset(token_key(w) for w in (
    "police policemen policeman riot-police government administration authorities officials army military"
    " troops soldiers forces navy air force prosecutor prosecutors court parliament congress senate"
    " lawmakers legislators protesters protester demonstrators rebels militants insurgents junta").split())
# Words for a body that belongs to one state wherever it stands, so that a bare one later is the state of the
# last one named, whoever else was named between: "the US embassy ... the embassy"
SAME_WORD_ANTECEDENTS = frozenset(token_key(w) for w in ("embassy", "consulate"))
PLACE_PREPOSITIONS = frozenset(token_key(w) for w in "in at near outside inside into around from".split())
# Words before a sector word that make it no one state's: "foreign governments", "other armies",
# "their government" (the coder reads the owner of a possessive itself).
NOT_ANTECEDENT_BEFORE = frozenset(token_key(w) for w in (
    "other another foreign many several some all both western world international global regional neighbouring"
    " neighboring allied his her their its our my your whose 's ' a an no any each every").split())
# posts on a politician's own staff, named with their possessive ("Rossi's chief of staff"): the holder serves
# the same office; spokespeople are left to the coder, which reads whom they speak for
STAFF_POSTS = frozenset(" ".join(token_key(w) for w in p.split()) for p in (
    "chief of staff", "deputy chief of staff", "press secretary", "aide", "aides", "adviser", "advisers",
    "advisor", "advisors", "senior adviser", "senior advisor", "national security adviser",
    "national security advisor", "top aide", "top adviser", "chief adviser", "chief advisor"))
MAX_STAFF_WORDS = 4
STAFF_SECTORS = frozenset({"GOV", "LEG", "OPP"})
# common nouns by which news names again an outlet it named before ("CNN ... the network")
OUTLET_NOUNS = frozenset(token_key(w) for w in (
    "network broadcaster newspaper tabloid magazine").split())
# counts of people before a party's name that make them its voters: "a lot of Republicans", "millions of
# Democrats" (the words before the name, lowercased, end with one of these)
VOTER_COUNTS = ("a lot of", "lots of", "many", "millions of", "thousands of", "plenty of", "some", "most",
                "most of the", "a number of", "fellow")
LEGISLATURE_WORDS = frozenset(token_key(w) for w in "congress senate house parliament legislature assembly".split())
# words that open a fronted time or circumstance phrase before a sentence's subject ("On Wednesday, ...")
FRONTED_OPENERS = frozenset(token_key(w) for w in (
    "on in at during after before earlier later late last yesterday today meanwhile also however as amid following "
    "according".split()))
FRONTED_MAX = 10  # tokens in such a phrase, its comma included ("pre-election" is three)
MIN_MENDED_SURNAME = 6  # shorter surnames swap into other real names too often ("Mahdi"/"Mahid")
# words that may open a sentence before its subject's name: "The former president Barack Obama said"
SUBJECT_LEAD_WORDS = DETERMINERS | PRE_NAME_WORDS | frozenset(token_key(w) for w in (
    "former ex late then vice prime deputy foreign defence defense interior finance".split()))
# territories of a state with a government, police, legislature and courts of their own (Hong Kong, Macao)
OWN_GOVERNMENT_TERRITORIES = frozenset({"HKG", "MAC"})
TERRITORY_ORGANS = ("GOV", "COP", "LEG", "JUD")
# "Georgia" is both a country and a US state. Words right after it (past "'s") that only a US state has
# make it the state, hence USA: "Georgia's Republican governor", "Georgia's secretary of state", "the Georgia
# Senate race", "Georgia Democrats"; so does a US city before it ("in Atlanta, Georgia") or "the state of".
# Elsewhere ("Georgia accused Russia", "Georgian troops") it stays the country.
US_NAMESAKE_STATES = frozenset({"GEO"})
US_STATE_AFTER = tuple(tuple(token_key(w) for w in p.split()) for p in (
    "governor", "lieutenant governor", "secretary of state", "attorney general", "general assembly",
    "state senate", "state house", "state legislature", "legislature", "senate race", "senate seat",
    "senate runoff", "runoff", "primary", "republican", "republicans", "democrat", "democrats", "democratic",
    "gop", "county", "counties", "election officials", "state election board"))
US_PARTY_WORDS = frozenset(token_key(w) for w in "republican democratic".split())
# plurals that name the organs of several states ("governments said"), not one state's again
PLURAL_ORGANS = frozenset(token_key(w) for w in "governments militaries armies parliaments legislatures".split())

# possessive pronouns: a sector word after one is someone's own ("its troops", "their police")
OWNING_PRONOUNS = frozenset(token_key(w) for w in "its their his her our".split())
# words between such a pronoun and the sector word: "its own troops", "their last 2,000 soldiers"
OWNED_FORCE_WORDS = frozenset(token_key(w) for w in "own last remaining final few several some all additional extra".split())

class _Context:
    """What the document has mentioned so far."""

    def __init__(self) -> None:
        self.referents: list[_Referent] = []
        self.surnames: dict[str, ActorRef] = {}  # surname key -> the person named in full earlier
        self.unknown_surnames: set[str] = set()  # surname keys of persons named in full whom no table knows
        self.first_unknown: set[str] = set()  # of those, surnames whose first bearer named in full is unknown
        self.unknown_at = -1  # token index of the latest such name
        self.sector_states: dict[str, set[str]] = {}  # sector -> states of its mentions so far
        self.sector_named: dict[str, _SectorMention] = {}  # sector -> latest mention that named its state
        self.word_named: dict[str, _SectorMention] = {}  # head word ("embassy") -> latest mention naming its state
        self.outlet: tuple[int, str, str] | None = None  # the latest outlet named: token index, code, text

    def note_sector(self, mention: Mention) -> None:
        """A mention of a state's sector ("Serbian police", "Trump" as USAGOV): an antecedent for a bare word
        of that sector later when the mention named its state in its own words, else only a rival."""
        actor = mention.actor
        if not actor.sector or not actor.country or not actor.code.startswith(actor.country):
            return
        own = mention.kind == "sector" and actor.resolved_by in ("sector", "metonym", "dictionary")
        noted = _SectorMention(actor.sector, actor.country, mention.start, actor.text, own)
        self.add_sector(noted)
        if own:
            word = next((k for k in map(token_key, actor.text.split()) if k in SAME_WORD_ANTECEDENTS), None)
            if word is not None:
                self.word_named[word] = noted

    def note_own_government(self, mention: Mention) -> None:
        """'The Chinese government warned protesters. In Hong Kong, the government said ...': a territory with
        a government of its own, named in the story, is a rival of its state's organs, so a bare "the
        government" after it is nobody's rather than the state's (HKG, not CHN)."""
        code = mention.actor.code
        if mention.kind in ("country", "metonym") and code in OWN_GOVERNMENT_TERRITORIES:
            for sector in TERRITORY_ORGANS:
                self.add_sector(_SectorMention(sector, code, mention.start, mention.actor.text, False))

    def add_sector(self, mention: _SectorMention) -> None:
        self.sector_states.setdefault(mention.sector, set()).add(mention.country)
        if mention.own:
            self.sector_named[mention.sector] = mention

    def antecedent(self, sector: str, i: int) -> _SectorMention | None:
        """The latest mention of `sector` within the window before token `i` that named its state, when
        every mention of the sector so far in the story is of the same state ("Serbian police ... Croatian
        police ... Police said" has none)."""
        if len(self.sector_states.get(sector, ())) != 1:
            return None
        named = self.sector_named.get(sector)
        return named if named is not None and i - named.at <= ANTECEDENT_WINDOW else None

    def note(self, mention: Mention, role: str | None) -> None:
        self.note_sector(mention)
        self.note_own_government(mention)
        if mention.kind == "person" and mention.actor.name and mention.actor.resolved_by != "unresolved":
            surname = surname_key(mention.actor.name)
            if surname:
                self.surnames[surname] = mention.actor
        if mention.kind in ("person", "role", "pronoun"):
            self.referents.append(_Referent(role, mention.actor, mention.start))

    def by_role(self, role: str) -> _Referent | None:
        for referent in reversed(self.referents):
            if roles_compatible(role, referent.role):
                return referent
        return None

    def latest_person(self, i: int, pronoun: str = "") -> _Referent | None:
        """The latest person or office named within reach whom `pronoun` can stand for ("she" is not Joe
        Biden); None past a person no table knows, who may be the one meant."""
        for referent in reversed(self.referents):
            if i - referent.at > PRONOUN_WINDOW:
                return None
            if not fits_pronoun(pronoun, referent.actor):
                continue
            if self.unknown_at > referent.at:
                return None  # "Putin met Tomas Verhoek, and he said ...": "he" may be the one no table knows
            return referent
        return None


@dataclass(slots=True)
class _SectorMention:
    """A mention of one state's sector: "the Iraqi government" (own: it names its state) or a person
    coded IRQGOV (a rival only: a person's state comes from a table, not from the words)."""

    sector: str
    country: str
    at: int  # token index
    text: str
    own: bool


def roles_compatible(asked: str, known: str | None) -> bool:
    """'minister' fits any minister; 'leader' fits any head of state or government; else equality."""
    if known is None:
        return False
    if asked == known:
        return True
    if asked == "minister":
        return known.endswith("minister")
    if asked == "leader":
        return known in ("president", "prime minister", "chancellor", "supreme leader", "king", "leader")
    return False


@lru_cache(maxsize=1)
def _phrase_tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


def phrase_doc(phrase: str) -> Doc:
    """A tokenizer-only Doc for one phrase (what `resolve` and `explain` match on)."""
    return _phrase_tokenizer()(phrase)


def find_mentions(
    dictionary: ActorDictionary, doc: Doc, on: date | None = None, issuer: ActorRef | None = None
) -> list[Mention]:
    """Every actor mention in `doc`, left to right, longest match, non-overlapping. With `issuer` (the
    government or body whose statement `doc` is), "we", "our", "I", "the Secretary", "the Department"
    stand for it."""
    return _Scanner(dictionary, doc, on, issuer).scan()


def issuer_ref(code: str) -> ActorRef:
    """The ActorRef of a statement's issuer given by its code ("USAGOV", "IGOUNO", "GBR")."""
    country, sector = country_and_sector(code, None)
    kind = "organisation" if country is None else ("state" if sector in (None, "GOV") else "sector")
    return ActorRef(text="", code=code, country=country, sector=sector, resolved_by="issuer",
                    entry=f"issuer of the statement ({code})", kind=kind)


class _Scanner:
    def __init__(self, dictionary: ActorDictionary, doc: Doc, on: date | None, issuer: ActorRef | None = None) -> None:
        self.issuer = issuer
        self.dictionary = dictionary
        self.doc = doc
        self.on = on
        # the words read from the Doc's array: a Token object per word cost more than the scan itself
        self.texts = [doc.vocab.strings[orth] for orth in doc.to_array(ORTH).tolist()] if len(doc) else []
        self.keys = [_memo_key(t) for t in self.texts]
        self.context = _Context()

    def scan(self) -> list[Mention]:
        mentions: list[Mention] = []
        i, n = 0, len(self.keys)
        trie, texts, keys = self.dictionary.trie, self.texts, self.keys
        while i < n:
            if not texts[i][:1].isupper() and keys[i] not in trie and keys[i] not in LOWER_CASE_STARTS \
                    and (self.issuer is None or keys[i] not in FIRST_PERSON):
                i += 1  # most words: lower-case, in no table, no pronoun, title or article (no name starts here)
                continue
            found = self._at(i)
            if found is None:
                i = self._past_unknown_person(i)
                continue
            end, produced = found
            for mention, role in produced:
                if mentions and not self._former(mentions[-1].start):
                    mention = _titled(mentions[-1], mention)
                mentions.append(mention)
                self.context.note(mention, role)
            i = max(end, i + 1)
        return mentions

    def _past_unknown_person(self, i: int) -> int:
        """Where the scan goes on after a position that gave no mention. A personal name no table knows
        ("Tomas Verhoek", later "Verhoek") is noted, so that "he"/"she" after it is not taken for a
        person named before it; the scan goes on after the name."""
        end = self._unknown_person_name(i)
        if end > i:
            self.context.unknown_at = i
            surname = self.keys[end - 1]
            if surname not in self.context.unknown_surnames and surname not in self.context.surnames:
                self.context.first_unknown.add(surname)  # named in full before anyone known of that name
            self.context.unknown_surnames.add(surname)
            return end
        return i + 1

    def _unknown_person_name(self, i: int) -> int:
        """End of a first name and surname no table knows starting at `i` ("Charlotte Mbeki"), or of a
        surname of one noted before ("Mbeki"); `i` when there is none. Places and named bodies are not
        persons ("Palm Beach", "Planned Parenthood Fund")."""
        keys, texts = self.keys, self.texts
        if not _capitalised(texts[i]) or keys[i] in NOT_NAMES or keys[i] in PRE_NAME_WORDS:
            return i
        if i > 0 and (_capitalised(texts[i - 1]) or keys[i - 1] in DETERMINERS):
            return i  # inside a longer name, or "the Grand Canyon"
        end = self._unknown_name(i)
        words = [j for j in range(i, end) if _capitalised(texts[j])]
        if end < len(keys) and (_capitalised(texts[end]) or keys[end] in ("-", "&")):
            return i
        if len(words) == 1 and end == i + 1 and keys[i] in self.context.unknown_surnames:
            return end
        if not 2 <= len(words) <= 3 or any(self._longest(j, START_KINDS) is not None for j in range(i, end)):
            return i
        if {keys[j] for j in range(i, end)} & NOT_PERSON_WORDS or _is_place(self._span_text(i, end)):
            return i
        return end

    def _former_before(self, start: int) -> bool:
        """'former New Jersey governor Chris Christie', 'ousted president Pedro Castillo': a word saying the
        office is left, before the title or the place words that open it."""
        left = FORMER_WORDS | LEFT_OFFICE_WORDS
        j = start - 1
        while j >= 0 and j >= start - MAX_PLACE_WORDS - 1:
            if self.keys[j] in left:
                return True  # "Former New York Governor X", "Deposed President Y" opening a sentence
            if not self.texts[j][:1].isupper():
                break
            j -= 1
        return self._former(start)

    def _title_role(self, start: int, end: int) -> str | None:
        """The office a title opening a person's matched name names: "President Obama" -> president."""
        title = self._longest(start, frozenset({"role"}))
        return _pick(title, self.on, None).role_on(self.on) if title is not None and title.end < end else None

    def _former(self, start: int) -> bool:
        """'former governor X', 'ex-minister Y': the title is one the person no longer holds."""
        before = {self.keys[j] for j in range(max(0, start - 2), start)}
        return bool(before & FORMER_WORDS)

    # ---- one position --------------------------------------------------------------------------

    def _at(self, i: int) -> tuple[int, list[tuple[Mention, str | None]]] | None:
        key = self.keys[i]
        if self.issuer is not None and (key in FIRST_PERSON or key in DETERMINERS):
            found = self._issuer_at(i)
            if found is not None:
                return found
        if key in PRONOUNS:
            return self._pronoun(i)
        if key not in self.dictionary.trie and key not in DETERMINERS:
            return self._staff_of(self._named_person(i, i, None))  # "Mr Starmer", a surname named earlier in full
        head = i + 1 if key in DETERMINERS else i
        if head > i and head < len(self.keys) and self.keys[head] in OUTLET_NOUNS:
            return self._outlet_again(i, head)
        hit = self._longest(head, START_KINDS)
        if hit is None and head != i:
            return None
        if hit is None:
            # a word that only begins longer entries may still be a surname named earlier in full:
            # "Michael Bennet ... Bennet said"
            return self._staff_of(self._named_person(i, i, None))
        kind = _dominant_kind(hit)
        if kind in ("outlet", "stop"):
            if kind == "outlet":
                self._note_outlet(head, hit.end)
            return hit.end, []  # consumed: "The Washington Post" is no actor and no "Washington"
        if kind == "org" and head == i and self._party_voters(i, hit):
            return hit.end, []
        if kind in BASE_KINDS:
            return self._from_base(i, head, hit, kind)
        if kind == "collective":
            return self._collective(i, hit)
        if kind == "person":
            if hit.end - head == 1 and self._unknown_first_name(head):
                return hit.end, []  # "Mary Trump", "Hunter Biden": another person of the same family name
            if self._likeness(head, hit.end):
                return hit.end, []
            return self._ticket(self._staff_of(self._person(head, hit, None)))
        if kind == "role":
            return self._from_role(i, head, hit)
        return self._from_sector(i, head, hit)

    def _note_outlet(self, start: int, end: int) -> None:
        """An outlet named with a home state ("the Manila broadcaster Radyo Uno", "CNN"): the antecedent of
        "the network", "the newspaper" after it."""
        text = self._span_text(start, end)
        code = self.dictionary.outlet_code(text)
        if code and code[:3].isalpha() and code.endswith("MED"):
            self.context.outlet = (start, code, text)

    def _outlet_again(self, i: int, head: int):
        """'Al Jazeera aired the interview. The minister accused the network of bias.': "the network",
        "the broadcaster", "the newspaper" is the outlet named last, when it was named within a few sentences
        (its state's MED). The pipeline keeps it only where the outlet is acted on, never as the one who
        reports ("the newspaper said"). With no outlet named before, the word is nobody."""
        end = head + 1
        earlier = self.context.outlet
        if earlier is None or head - earlier[0] > ANTECEDENT_WINDOW or self._network_of_things(head):
            return end, []
        at, code, text = earlier
        # no country: an outlet is no state named in the sentence, whose bare "minister" it would place
        ref = ActorRef(text="", code=code, country=None, sector="MED", name=text, resolved_by="outlet antecedent",
                       entry=f"the outlet named before ('{text}', {code})", kind="organisation")
        return end, [(self._finish(ref, i, end, "org"), None)]

    def _network_of_things(self, head: int) -> bool:
        """'the network of tunnels' (a plural after "of") is no outlet; 'accused the network of bias' is."""
        keys = self.keys
        return keys[head] == "network" and head + 2 < len(keys) and keys[head + 1] == "of" \
            and keys[head + 2].endswith("s") and not keys[head + 2].endswith("ss")

    def _party_voters(self, i: int, hit: TrieHit) -> bool:
        """'I am asking every Democrat and a lot of Republicans to back him': a party's name in the plural
        after a count of people ("a lot of", "many", "millions of") is its voters or supporters, not the
        party that governs or opposes; "many Republicans in Congress" stays the party."""
        if not self.texts[hit.end - 1].endswith("s") or not any(
                p.actor.rows and p.actor.rows[0].origin.startswith("parties.tsv") for p in hit.patterns):
            return False
        before = " " + " ".join(self.keys[max(0, i - 3): i])
        if not before.endswith(tuple(" " + count for count in VOTER_COUNTS)):
            return False
        after = self.keys[hit.end: hit.end + 3]
        return not (after[:1] == ["in"] and set(after[1:]) & LEGISLATURE_WORDS)

    def _unknown_first_name(self, i: int) -> bool:
        """A capitalised word no dictionary knows right before a one-word surname is someone's first name."""
        if i == 0:
            return False
        prev = self.doc[i - 1]
        if prev.is_sent_start or not prev.is_title or not prev.is_alpha or prev.whitespace_ == "":
            return False
        if self.keys[i - 1] in NOT_NAMES:
            return False  # "Early on Friday Scholz met ...": a weekday is no first name
        # the scan goes left to right, so a word that began a dictionary entry was consumed with it
        return prev.lower_ not in PRE_NAME_WORDS

    def _longest(self, start: int, kinds: frozenset[str]) -> TrieHit | None:
        if start >= len(self.keys):
            return None
        return self.dictionary.longest(self.texts, self.keys, start, kinds)

    # ---- BASE [sector/role]* [person] ------------------------------------------------------------

    def _from_base(self, i: int, head: int, hit: TrieHit, kind: str):
        base = _pick(hit, self.on, kind)
        if base.kind in COUNTRY_KINDS and base.rows and base.rows[0].code in US_NAMESAKE_STATES \
                and self._us_state_named(head, hit.end):
            return self._us_state(i, hit)
        glued = self._hyphen_side(head, hit.end)
        if glued is not None:
            if glued and kind in COUNTRY_KINDS:  # "US-Iran talks": each side an adjective
                ref = self._ref(base, "dictionary")
                return hit.end, [(self._finish(ref, head, hit.end, "adjective"), None)] if ref else []
            led = self._led_by(i, hit, base, kind)
            if led is not None:
                return led
            owned = self._flagged(head, hit, base, kind)
            if owned is not None:
                return owned
            # "Russian-backed", "pro-Russian": a modifier; the noun after it is not ours to place either.
            return self._compound_end(hit.end), []

        end = hit.end
        if end < len(self.keys) and self.keys[end] in POSSESSIVES:
            after = self._longest(end + 1, SECTOR_KINDS | PERSON_KINDS)
            if after is None:
                return self._bare_base(i, head, hit, kind, base)
            end += 1
        if kind in COUNTRY_KINDS:
            body = self._national_body(i, end, base) or self._named_body_of_state(i, end, base) \
                or self._organ_of_other_state(i, end, base)
            if body is not None:
                return body
            tier_end = self._skip_tiers(end, adjective=kind == "adjective")
            # "Syrian Kurdish fighters": a people's word between the state and its irregular armed men
            end = end + 1 if tier_end == end and self._ethnic_group(end) else tier_end
        sectors: list[TrieHit] = []
        while len(sectors) < MAX_SECTOR_WORDS:
            nxt = self._longest(end, SECTOR_KINDS)
            if nxt is None:
                break
            sectors.append(nxt)
            end = nxt.end
        if not sectors and end == hit.end and (kind == "adjective" or self._abbreviation(i, hit.end)):
            shared = self._shared_sector(end)
            if shared is not None:
                return self._sharing_sector(i, head, hit, base, shared)
        if not sectors:
            person = self._longest(end, PERSON_KINDS)
            if person is not None and end > hit.end:  # "Russia's Putin"
                return self._person(i, person, None)
            return self._bare_base(i, head, hit, kind, base)

        last = sectors[-1]
        last_actor = _pick(last, self.on, None)
        role = last_actor.role_on(self.on) if last_actor.kind == "role" else None
        sector_row = last_actor.row_on(self.on)
        sector = sector_row.code if sector_row else None
        start = i  # the determiner belongs to "the Ukrainian military"
        if role is not None:
            person = self._longest(end, PERSON_KINDS)
            if person is not None:
                return self._office_of(self._person(start, person, role), base, sector, i)
        ref = self._ref(base, "metonym" if kind == "metonym" else "sector")
        if ref is None:
            return end, []
        if base.kind in COUNTRY_KINDS and sector and len(ref.code) == 3:
            # A country row's code is the country, ISO3 or a user's own ("RUR" + "MIL").
            ref.country = ref.country or ref.code
            ref.code, ref.sector = ref.code + sector, sector
        elif kind == "metonym" and role is None and sector not in (None, "GOV", ref.sector) and ref.country:
            # "a Nairobi court", "Moscow police": a capital before an organ's word is where the organ sits, so
            # the state's organ (KENJUD, RUSCOP); "Kremlin officials" stay the government
            ref.code, ref.sector = ref.country + sector, sector
        if sector_row is not None:
            ref.entry = f"{ref.entry} + {sector_row.describe()}"
        mention_kind = "role" if role is not None else "sector"
        if role is not None:
            name_end = self._unknown_name(end)
            if name_end > end:
                ref.name = self._span_text(end, name_end)
                mention_kind, end = "person", name_end
            elif ref.country and base.kind in COUNTRY_KINDS and self._former(i):
                # "a former Peruvian prime minister": someone who held the office, not its holder
                ref.code, ref.sector = ref.country + "ELI", "ELI"
            elif ref.country and base.kind in COUNTRY_KINDS:
                holder = self.dictionary.office_holder(ref.country, role, self.on)
                ref.name = holder.name if holder else None  # "the US president" in 2025: Donald Trump
        if kind in ("org", "metonym"):
            mention_kind = kind if role is None else mention_kind
        return end, [(self._finish(ref, start, end, mention_kind), role)]

    def _shared_sector(self, end: int) -> str | None:
        """The sector a coordination of states shares: in "U.S. and Russian officials", "British, French and
        German troops", the organ's word after the last state is every state's (GOV, MIL)."""
        for _ in range(MAX_SHARING_STATES):
            if end >= len(self.keys) or self.keys[end] not in ("and", ",", "or"):
                return None
            nxt = end + 1 + (end + 1 < len(self.keys) and self.keys[end + 1] == "and")  # ", and"
            state = self._longest(nxt, BASE_KINDS)
            if state is None or _pick(state, self.on, None).kind not in COUNTRY_KINDS:
                return None
            end = state.end
            sector = self._longest(end, SECTOR_KINDS)
            if sector is not None:
                actor = _pick(sector, self.on, None)
                row = actor.row_on(self.on)
                return row.code if row is not None and actor.kind == "sector" else None
        return None

    def _abbreviation(self, start: int, end: int) -> bool:
        """'U.S.', 'UK': a state's short form, which news copy uses as an adjective ("U.S. and Russian officials";
        "Russia and Chinese officials" is no such use)."""
        return end - start == 1 and (self.texts[start].isupper() or "." in self.texts[start])

    def _sharing_sector(self, i: int, head: int, hit: TrieHit, base: Actor, sector: str):
        """A state named first in a coordination, given the organ word all share ("U.S." in "U.S. and Russian
        officials" is USAGOV); its mention stays the state's own words."""
        ref = self._ref(base, "sector")
        if ref is None or len(ref.code) != 3:
            return self._bare_base(i, head, hit, "adjective", base)
        ref.country = ref.country or ref.code
        ref.code, ref.sector = ref.code + sector, sector
        ref.entry = f"{ref.entry} + the organ word its coordination shares ({sector})"
        return hit.end, [(self._finish(ref, head, hit.end, "sector"), None)]

    def _office_of(self, found, base: Actor, sector: str | None, start: int):
        """'Norwegian police chief X', where the tables know X with no office then: the state and office
        written before the name are the person's (not after "former")."""
        end, produced = found
        if not produced or sector is None or self._former(start):
            return found
        mention, role = produced[0]
        ref, country = mention.actor, base.home_country()
        # a former office-holder (ELI) named under a present title holds it again ("British lawmaker X")
        if (ref.sector and ref.sector != "ELI") or not country or ref.country not in (None, country):
            return found
        ref.code, ref.country, ref.sector, ref.resolved_by = country + sector, country, sector, "title"
        ref.entry = f"{ref.entry}; office from the title before the name"
        return end, [(mention, role)]

    def _national_body(self, i: int, end: int, base: Actor):
        """'the United States Department of Justice': a state's own named body after its name is that body."""
        body_hit = self._longest(end, NATIONAL_BODY_KINDS)
        if body_hit is None:
            return None
        body = _pick(body_hit, self.on, _dominant_kind(body_hit))
        ref = self._ref(body, "dictionary")
        if ref is None or ref.country is None or ref.country != base.home_country():
            return None
        return body_hit.end, [(self._finish(ref, i, body_hit.end, "org"), None)]

    def _named_body_of_state(self, i: int, end: int, base: Actor):
        """'the United States Commission on International Religious Freedom', 'United States General
        Services Administration': a state's name opening a capitalised name whose head is a body of state
        (Commission, Agency, Court ...) is that body, not the state as a whole. Why by hand: no table can
        list every commission a state has; the head word says what kind of organ it is."""
        doc, last, head_sector = self.doc, end, None
        while last < len(doc) and last - end < MAX_BODY_NAME_WORDS:
            word = doc[last]
            text = word.text.removesuffix(".")  # "Co.", "Corp."
            if text[:1].isupper() and text.isalpha():
                head_sector = head_sector or BODY_HEADS.get(text.lower())
            elif not (word.lower_ in BODY_NAME_LINKS and head_sector and last + 1 < len(doc)
                      and doc[last + 1].text[:1].isupper()):
                break
            last += 1
        country = base.home_country()
        if head_sector is None or not country:
            return None
        ref = self._ref(base, "sector")  # a sector of its state, as "the US federal court" is
        if ref is None:
            return None
        ref.code, ref.country, ref.sector = country + head_sector, country, head_sector
        ref.entry = f"{ref.entry}; a body of state named after it ({self._span_text(end, last)})"
        return last, [(self._finish(ref, i, last, "sector"), None)]

    def _organ_of_other_state(self, i: int, end: int, base: Actor):
        """'the Belarusian KGB', 'Iranian FSB-style police': an organ of state known under one state's row,
        named with another state's adjective, is that state's organ of the same kind (Belarus has a KGB
        of its own). Only organs of state: a non-state group keeps its own row."""
        body_hit = self._longest(end, NATIONAL_BODY_KINDS)
        country = base.home_country()
        if body_hit is None or not country:
            return None
        ref = self._ref(_pick(body_hit, self.on, _dominant_kind(body_hit)), "dictionary")
        if ref is None or ref.country in (None, country) or ref.sector not in STATE_ORGAN_SECTORS:
            return None
        ref.code, ref.country = country + ref.sector, country
        ref.entry = f"{ref.entry}; the organ of the state named before it"
        return body_hit.end, [(self._finish(ref, i, body_hit.end, "org"), None)]

    def _us_state_named(self, head: int, end: int) -> bool:
        """'Georgia's Republican governor', 'Atlanta, Georgia', 'the state of Georgia': the US state."""
        if self.doc[head].text != "Georgia":
            return False  # "Georgian", "Georgians": the country's people
        at = end + 1 if end < len(self.keys) and self.keys[end] in POSSESSIVES else end
        if any(tuple(self.keys[at:at + len(p)]) == p for p in US_STATE_AFTER):
            return True
        if head >= 2 and self.keys[head - 1] == "," and _one_state_of_place(self.doc[head - 2].text) == "USA":
            return True
        return head >= 3 and self.keys[head - 3:head] == ["the", "state", "of"]

    def _us_state(self, i: int, hit: TrieHit):
        """A US state's organ ('Georgia's Republican governor') is the USA's, and so is the bare state
        name ('officials in Atlanta, Georgia', as 'in Atlanta' alone would be)."""
        usa = self.dictionary.actors.get(("country", token_key("United States")))
        if usa is None:
            return hit.end, []
        end = hit.end
        if end < len(self.keys) and self.keys[end] in POSSESSIVES:
            end += 1
        while end < len(self.keys) and self.keys[end] in US_PARTY_WORDS:
            end += 1  # "Georgia's Republican governor": the party says whose, not which organ
        sector_hit = self._longest(end, SECTOR_KINDS)
        row = _pick(sector_hit, self.on, None).row_on(self.on) if sector_hit is not None else None
        ref = self._ref(usa, "sector" if row is not None else "dictionary")
        if ref is None:
            return hit.end, []
        written = self.doc[hit.end - 1].text
        if sector_hit is None or row is None:
            ref.entry = f"{ref.entry} (the US state of {written})"
            return hit.end, [(self._finish(ref, i, hit.end, "country"), None)]
        ref.country, ref.code, ref.sector = "USA", "USA" + row.code, row.code
        ref.entry = f"{ref.entry} + {row.describe()} (the US state of {written})"
        return sector_hit.end, [(self._finish(ref, i, sector_hit.end, "sector"), None)]

    def _skip_tiers(self, end: int, adjective: bool = False) -> int:
        """Past the level-of-government words between a state and its organ: 'the US federal jury' -> 'jury';
        and past a participle that says what the organ is doing: 'Russian occupying troops' -> 'troops'."""
        start = end
        while end < len(self.keys) and end - start < 2 and self.keys[end] in TIER_WORDS:
            end += 1
        if adjective and end == start and end < len(self.keys) and self.keys[end] in ACTING_PARTICIPLES:
            end += 1  # (after a name, "Russia attacking forces", the word may be the verb)
        return end if end > start and self._longest(end, SECTOR_KINDS) is not None else start

    def _ethnic_group(self, end: int) -> bool:
        """'Syrian Kurdish fighters': a people's word between a state and its irregular armed men names a group
        within the state, whose fighters are the state's rebels, not its army ("Syrian Kurdish officials" stay
        unplaced, "Druze soldiers" the army)."""
        return end + 1 < len(self.keys) and self.keys[end] in ETHNIC_WORDS and self.keys[end + 1] in IRREGULAR_ARMED

    def _bare_base(self, i: int, head: int, hit: TrieHit, kind: str, base: Actor):
        resolved_by = "metonym" if kind == "metonym" else "dictionary"
        start = i if kind in ("metonym", "org") else head
        ref = self._ref(base, resolved_by)
        if ref is None:
            return hit.end, []
        mention_kind = kind
        if kind == "adjective" and self._adjective_is_group(hit.end):
            mention_kind = "country"
        return hit.end, [(self._finish(ref, start, hit.end, mention_kind), None)]

    def _led_by(self, i: int, hit: TrieHit, base: Actor, kind: str):
        """'the Saudi-led coalition', 'US-led forces': a coalition is its named leading state's military."""
        end, keys = hit.end, self.keys
        if end + 2 >= len(keys) or keys[end] != "-" or keys[end + 1] != "led":
            return None
        if keys[end + 2] in LED_EFFORTS or (keys[end + 2] in LED_MODIFIERS and end + 3 < len(keys)
                                            and keys[end + 3] in LED_EFFORTS):
            return self._led_effort(i, hit, base)
        if kind not in COUNTRY_KINDS:
            return None
        stop = end + 2
        if keys[stop] in LED_MODIFIERS:
            stop += 1  # "the US-led international coalition"
        if stop >= len(keys) or keys[stop] not in LED_GROUPS:
            return None
        while stop < len(keys) and keys[stop] in LED_GROUPS:
            stop += 1  # "the Saudi-led military coalition": the group is its last word, not a coalition of its own
        ref = self._ref(base, "dictionary")
        if ref is None or not ref.country:
            return None
        ref.code, ref.sector, ref.kind = ref.country + "MIL", "MIL", "collective"
        return stop, [(self._finish(ref, i, stop, "collective"), None)]

    def _led_effort(self, i: int, hit: TrieHit, base: Actor):
        """'the Dutch-led investigation', 'African Union-led talks': an inquiry, talks or an effort led by a state
        or a body is that party's (as a party to cooperate with or to reject), not a modifier of nothing."""
        ref = self._ref(base, "dictionary")
        if ref is None or not ref.code:
            return None
        stop = hit.end + 2
        while stop < len(self.keys) and (self.keys[stop] in LED_MODIFIERS or self.keys[stop] in LED_EFFORTS):
            stop += 1
        if ref.kind in ("adjective", "country") or (ref.country and ref.code == ref.country):
            ref.kind = "state"
        return stop, [(self._finish(ref, i, stop, "org"), None)]

    def _flagged(self, head: int, hit: TrieHit, base: Actor, kind: str):
        """'a Panamanian-flagged freighter', 'a Spanish-owned trawler': the state a ship flies the flag of, or that
        owns a thing, is named as an adjective before the thing (for the coder to judge, as "Russian
        cities"); "Russian-backed" and "pro-Russian" stay modifiers of someone else."""
        end, keys = hit.end, self.keys
        if kind not in COUNTRY_KINDS or end + 1 >= len(keys) or keys[end] != "-":
            return None
        if keys[end + 1] not in OWNING_SUFFIXES:
            return None
        ref = self._ref(base, "dictionary")
        if ref is None:
            return None
        return end + 2, [(self._finish(ref, head, end, "adjective"), None)]

    def _collective(self, i: int, hit: TrieHit):
        """'coalition forces', 'peacekeepers', 'the international community': several states together,
        never the state where they operate. A bare 'coalition' before a noun is a government's ("the
        coalition government") and no actor here."""
        if hit.end < len(self.keys) and self.keys[hit.end] in NOT_COLLECTIVE_AFTER:
            return hit.end + 1, []
        if self.keys[hit.end - 1] == "coalition" and i > 0 and self.keys[i - 1] in NOT_FORCES_BEFORE:
            # "a left-wing coalition", "the ruling coalition", "Meloni's coalition": parties, not forces
            return hit.end, []
        if self._inside_a_name(i, hit.end):
            return hit.end, []  # "the National Coalition for Men", "the Coalition for Peace": a body's own name
        ref = self._ref(_pick(hit, self.on, "collective"), "dictionary")
        if ref is None:
            return hit.end, []
        return hit.end, [(self._finish(ref, i, hit.end, "collective"), None)]

    def _inside_a_name(self, start: int, end: int) -> bool:
        """Capitalised words of a longer proper name around the phrase: a capitalised word just before it
        (not opening the sentence), or 'for'/'of' and a capitalised word just after it."""
        doc = self.doc
        last = doc[end - 1]
        if not last.text[:1].isupper():
            return False
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.text[:1].isupper() and not before.is_sent_start and before.lower_ != "the":
            return True
        return end + 1 < len(doc) and doc[end].lower_ in ("for", "of") and doc[end + 1].text[:1].isupper()

    def _adjective_is_group(self, end: int) -> bool:
        """'the Russians' style use of an adjective with no noun after it ("said the Israeli.")."""
        return end >= len(self.keys) or not self.keys[end][:1].isalnum()

    def _compound_end(self, end: int) -> int:
        """End of a hyphenated modifier that starts at a country word ("Russian-backed" -> after "backed")."""
        doc = self.doc
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
            end += 2
        return end

    def _hyphen_side(self, start: int, end: int) -> bool | None:
        """None: not glued to a hyphen; True: glued to another country ("US-Iran"); False: otherwise."""
        doc = self.doc
        after = end < len(doc) - 1 and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_
        before = start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_
        if not after and not before:
            return None
        if after:
            other = self._longest(end + 1, COUNTRY_KINDS)
            return other is not None
        for first in range(max(0, start - 4), start - 1):
            other = self._longest(first, COUNTRY_KINDS)
            if other is not None and other.end == start - 1:
                return True
        return False

    # ---- ROLE / SECTOR without a country ---------------------------------------------------------

    def _from_role(self, i: int, head: int, hit: TrieHit):
        role_actor = _pick(hit, self.on, None)
        role = role_actor.role_on(self.on)
        person = self._longest(hit.end, PERSON_KINDS)
        if person is not None:
            holder = self._office_holder_instead(head, hit.end, person) if head == i else None
            return holder or self._person(head, person, role)
        if head == i:
            # "President Tinubu": the one person of that surname named earlier or in office then, or kept
            # unresolved with the words as written; "President" alone links to nothing
            if hit.end >= len(self.keys):
                return None
            row = role_actor.row_on(self.on)
            return self._named_person(i, hit.end, role or "", row.code if row else None)
        if role is None:
            return None
        if self._role_of_named_body(hit.end):
            return hit.end, []  # "the president and chief executive of Symplicity Corp": that body's, not the state's
        referent = self.context.by_role(role)
        if referent is None:
            return hit.end, []  # don't guess
        ref = replace(referent.actor, resolved_by="role")
        return hit.end, [(self._finish(ref, i, hit.end, "role"), role)]

    def _role_of_named_body(self, end: int) -> bool:
        """A role word followed by 'of' (or 'and ... of') names whose office it is: the referent is not the
        office-holder told before ("the president of the club", "the chairman and chief executive of X")."""
        keys = self.keys
        if end < len(keys) and keys[end] == "of":
            return True
        if end < len(keys) and keys[end] == "and":
            for k in keys[end + 1:end + 6]:
                if k == "of":
                    return True
                if not k[:1].isalnum():
                    return False
        return False

    def _from_sector(self, i: int, head: int, hit: TrieHit):
        """'the military', 'government forces' with no state in their own words: no actor. The state last
        named in the story is often only where things happen ("In Kenya, police said ..."), so it is not
        taken; the coder may still find a state named with the word in its sentence ("police in Tbilisi")."""
        end, last = hit.end, hit
        for _ in range(MAX_SECTOR_WORDS - 1):  # "government forces", "opposition lawmakers": one phrase
            nxt = self._longest(end, SECTOR_KINDS)
            if nxt is None:
                break
            end, last = nxt.end, nxt
        row = _pick(last, self.on, None).row_on(self.on)
        country = None if self._owned_from(i, end) else self._state_after(end, row.code if row else None)
        if country is None and head == i and self.keys[end - 1] in PERSON_TITLES:
            person = self._longest(end, PERSON_KINDS)
            holder = self._office_holder_instead(i, end, person) if person is not None else None
            if holder is not None:
                return holder
        if country is None and self._titles_name(end):
            # "senator Ada Kline", "judge Tom Reyes": one person by office, whose state is not in the words
            return self._named_person(i, end, "", row.code if row else None)
        if row is None or not row.code:
            return end, []
        if country is None:
            self._note_placed(head, end, row.code)
            return self._from_antecedent(i, head, end, row)
        ref = ActorRef(text="", code=country + row.code, country=country, sector=row.code, resolved_by="sector",
                       entry=f"{row.describe()} + the state named after it", kind="sector", row=row.origin)
        return end, [(self._finish(ref, i, end, "sector"), None)]

    def _owned_from(self, i: int, end: int) -> bool:
        """'France withdrew its (own, last 2,000) troops from Mali': troops someone owns come from where they were,
        not from that state."""
        if end >= len(self.keys) or self.keys[end] != "from":
            return False
        before = i - 1
        while before >= 0 and (self.keys[before] in OWNED_FORCE_WORDS or any(ch.isdigit() for ch in self.texts[before])):
            before -= 1
        return before >= 0 and self.keys[before] in OWNING_PRONOUNS

    def _from_antecedent(self, i: int, head: int, end: int, row):
        """'Serbian police clashed with protesters. Police arrested 71.': a bare sector word is the state of
        the latest mention of the same sector that named its state ("Serbian police"), when it is close and
        no other state's mention of that sector came between. A word that names its own place or owner
        ("police in Tbilisi", "Zagreb police", "their government", "foreign armies") is left to its
        sentence."""
        word = self.keys[end - 1]
        if word in SAME_WORD_ANTECEDENTS and self._as_a_place(head):
            return end, []  # "arrested ten people near the embassy": where, not who
        if word in SAME_WORD_ANTECEDENTS and not self._owned_elsewhere(head, end):
            # "the US embassy in London ... Raab urged the embassy to reconsider": an embassy is one state's,
            # whatever other states' officials were named between
            earlier = self.context.word_named.get(word)
            if earlier is not None and head - earlier.at > ANTECEDENT_WINDOW:
                earlier = None
        elif row.code not in ANTECEDENT_SECTORS or word not in ANTECEDENT_WORDS or self._owned_elsewhere(head, end):
            return end, []
        else:
            earlier = self.context.antecedent(row.code, head)
        if earlier is None:
            return end, []
        ref = ActorRef(text="", code=earlier.country + row.code, country=earlier.country, sector=row.code,
                       resolved_by="antecedent", kind="sector", row=row.origin,
                       entry=f"{row.describe()} + the state of the earlier '{earlier.text}' ({earlier.country})")
        return end, [(self._finish(ref, i, end, "sector"), None)]

    def _as_a_place(self, head: int) -> bool:
        """'near the embassy', 'outside the consulate': a building named after a preposition of place."""
        before = head - 1
        if before >= 0 and self.keys[before] in DETERMINERS:
            before -= 1
        return before >= 0 and self.keys[before] in PLACE_PREPOSITIONS

    def _owned_elsewhere(self, head: int, end: int) -> bool:
        """A sector word whose own phrase places or owns it: "Zagreb police", "other governments",
        "police in Tbilisi", "the army of the breakaway region"."""
        keys, texts = self.keys, self.texts
        if keys[end - 1] in PLURAL_ORGANS:
            return True
        if end < len(texts) and _capitalised(texts[end]) and keys[end] not in NOT_NAMES:
            return True  # "Senator Tammy Duckworth", "Captain Ann Lee": a title of someone named, not a body
        if head > 0:
            before = self.doc[head - 1]
            if keys[head - 1] in NOT_ANTECEDENT_BEFORE or (before.text == "-" and not before.whitespace_):
                return True  # "Co-operative": half of a hyphenated word
            if _capitalised(before.text) and not before.is_sent_start and keys[head - 1] not in NOT_NAMES:
                return True  # "Belgrade police", "Kurdish Peshmerga fighters" (a name no table knows)
        if end + 1 < len(keys) and keys[end] in ("in", "of", "from", "at"):
            nxt = end + 2 if keys[end + 1] in DETERMINERS else end + 1
            if nxt < len(texts) and texts[nxt][:1].isupper():
                return True
        return False

    def _note_placed(self, head: int, end: int, sector: str) -> None:
        """'police in Belgrade': a home sector placed in a city or region of one state names that state in
        its own words, as an antecedent for "Police ..." later (the coder codes the phrase itself)."""
        keys = self.keys
        if sector not in ANTECEDENT_SECTORS or sector not in HOME_SECTORS or end + 1 >= len(keys):
            return
        if keys[end] not in ("in", "from"):
            return
        at = end + 2 if keys[end + 1] in DETERMINERS else end + 1
        name_end = self._unknown_name(at)
        if name_end <= at or name_end - at > 3 or (name_end < len(keys) and keys[name_end] == "'s"):
            return
        country = _one_state_of_place(self._span_text(at, name_end))
        if country is not None:
            text = self._span_text(head, name_end)
            self.context.add_sector(_SectorMention(sector, country, head, text, True))

    def _titles_name(self, end: int) -> bool:
        """A singular sector word right before a capitalised name no table starts ("prosecutor Ann Lee")."""
        if end >= len(self.keys) or self.keys[end - 1] not in PERSON_TITLES or self._longest(end, START_KINDS) is not None:
            return False
        return self._unknown_name(end) > end

    def _state_after(self, end: int, sector: str | None) -> str | None:
        """'the army of Sudan', 'soldiers from Chad', 'police in Tbilisi': the state the phrase names itself.
        Forces "in" a state may be anyone's ("troops in Syria"), so "in" places only those who act at home."""
        keys = self.keys
        if sector is None or end + 1 >= len(keys) or keys[end] not in ("of", "from", "in"):
            return None
        if keys[end] == "in" and sector not in HOME_SECTORS:
            return None
        at = end + 2 if keys[end + 1] in DETERMINERS else end + 1
        hit = self._longest(at, STATE_KINDS)
        if hit is None:
            return None
        row = _pick(hit, self.on, None).row_on(self.on)
        return row.code[:3] if row is not None and row.code and row.code[:3].isalpha() else None

    def _pronoun(self, i: int):
        opens = self._sentence_start(i)
        referent = self._subject_before(opens) if opens is not None else None
        if referent is False:
            return None
        if referent is not None and not fits_pronoun(self.texts[i], referent.actor):
            referent = None  # "Biden named Harris. She accepted": the opener of the sentence before is a man
        referent = referent or self.context.latest_person(i, self.texts[i])
        if referent is None or not self.texts[i].isalpha():
            return None
        ref = replace(referent.actor, resolved_by="pronoun")
        return i + 1, [(self._finish(ref, i, i + 1, "pronoun"), referent.role)]

    def _sentence_start(self, i: int) -> int | None:
        """The token that starts the sentence token `i` opens, past the spaces before it ('said.  He'), else
        None when `i` does not open a sentence."""
        doc, j = self.doc, i
        while j > 0 and doc[j - 1].is_space:
            j -= 1
        return next((k for k in range(j, i + 1) if doc[k].is_sent_start), None)

    def _subject_before(self, i: int) -> _Referent | bool | None:
        """'Biden, campaigning in Ohio, called Trump's plan a betrayal. He described it as shameful.': a
        sentence-initial he/she goes on telling of the person who opened the sentence before (its subject),
        not of one only named inside it. False when that opener is a person no table knows ("Tomas Verhoek
        met Putin. He said ..."); None when the sentence before opens with no person."""
        opening = first = self._opening_word(i)
        if first is None or i - first > PRONOUN_WINDOW:
            return None
        while first < i and self.keys[first] in SUBJECT_LEAD_WORDS and first != self.context.unknown_at:
            first += 1  # "The former president Barack Obama", "Vice President Harris"
        if self.context.unknown_at == first:
            return False
        for referent in reversed(self.context.referents):
            if referent.at < opening:
                break
            if referent.at <= first:
                return referent
        return None

    def _opening_word(self, i: int) -> int | None:
        """The first word of the sentence before the one starting at token `i`, past quotes, determiners
        and 'former' ("The former minister ...": the mention starts at "former" or after it)."""
        doc, j = self.doc, i - 1
        while j > 0 and not doc[j].is_sent_start:
            j -= 1
        if j < 0 or j == i:
            return None
        # a dateline or heading the parser joined to the sentence ("Sunday, March 31, 2019\n\nOn Wednesday, ..."):
        # the sentence opens after its last line break
        end = i
        while end > j and (doc[end - 1].is_space or doc[end - 1].is_punct):
            end -= 1  # the break before this sentence's own paragraph is not inside the one before
        j = next((k + 1 for k in range(end - 1, j - 1, -1) if doc[k].is_space and "\n" in doc[k].text), j)
        while j < i and (doc[j].is_space or doc[j].is_punct):
            j += 1
        if j >= i:
            return None
        while self.keys[j] in FRONTED_OPENERS:
            # "On Wednesday, as part of his campaign, President X pledged …": past short fronted phrases and
            # their commas, the opener is the subject (the matcher's words carry no parse: a comma ends a phrase)
            comma = next((k for k in range(j + 1, min(i, j + FRONTED_MAX + 1)) if self.texts[k] == ","), None)
            if comma is None or comma + 1 >= i:
                break
            j = comma + 1
        return j

    # ---- people ----------------------------------------------------------------------------------

    def _likeness(self, start: int, end: int) -> bool:
        """'nicknamed the "Kim Kardashian of Pakistan"': a person's name after an article and before "of"
        names someone likened to them, not the person."""
        before, after = start - 1, end
        while before >= 0 and self.keys[before] in QUOTE_KEYS:
            before -= 1
        while after < len(self.keys) and self.keys[after] in QUOTE_KEYS:
            after += 1
        return before >= 0 and self.keys[before] in ARTICLES and after < len(self.keys) and self.keys[after] == "of"

    def _person(self, start: int, hit: TrieHit, role: str | None):
        person = _pick(hit, self.on, "person")
        ref = person.resolve("", self.on)
        if ref is None:
            return hit.end, []
        if ref.sector == "ELI" and not self._former_before(start):
            # "President Obama": the title before a former office-holder's name, written or matched with it
            title = role or self._title_role(start, hit.end)
            ref = _in_titled_office(person, title, ref) if title else ref
        role = role or person.role_on(self.on)
        return hit.end, [(self._finish(ref, start, hit.end, "person"), role)]

    def _ticket(self, found):
        """'Biden-Harris released a statement', 'the Trump-Pence campaign': two persons' names joined by a hyphen
        name their ticket, which acts as the first one's side (its code), not as the second person."""
        if found is None:
            return None
        end, produced = found
        if len(produced) != 1 or end + 1 >= len(self.keys) or self.texts[end] != "-" \
                or self.doc[end - 1].whitespace_ or self.doc[end].whitespace_:
            return found
        second = self._longest(end + 1, START_KINDS)
        if second is not None and _dominant_kind(second) == "person":
            second_end = second.end
        elif self.keys[end + 1] in self.context.surnames:
            second_end = end + 2
        else:
            return found
        mention, _ = produced[0]
        ref = replace(mention.actor, name=None, kind="organisation", resolved_by="ticket",
                      entry=f"{mention.actor.entry}; the ticket it heads")
        return second_end, [(self._finish(ref, mention.start, second_end, "org"), None)]

    def _staff_of(self, found):
        """'Marta Olsen, the mayor's chief of staff, resigned': a person's possessive before the name of a post
        on their staff ("Trump's chief of staff", "Macron's adviser") is that staff member, who serves the
        same office (the governor's chief of staff is the state's GOV), and not the possessor."""
        if found is None:
            return None
        end, produced = found
        if len(produced) != 1 or end >= len(self.keys) or self.keys[end] not in POSSESSIVES:
            return found
        mention, _ = produced[0]
        if mention.actor.sector not in STAFF_SECTORS:
            return found
        words = self.keys[end + 1: end + 1 + MAX_STAFF_WORDS]
        post = next((n for n in range(len(words), 0, -1) if " ".join(words[:n]) in STAFF_POSTS), 0)
        if not post:
            return found
        ref = replace(mention.actor, name=None, resolved_by="office",
                      entry=f"{mention.actor.entry}; a post on this person's staff")
        return end + 1 + post, [(self._finish(ref, mention.start, end + 1 + post, "person"), None)]

    def _issuer_at(self, i: int):
        """In a statement: "we", "our", "I" and "the Secretary", "the Department" are its issuer."""
        key, text = self.keys[i], self.texts[i]
        if key in FIRST_PERSON and (key != "i" or text == "I"):
            end = i + 1
        elif key in DETERMINERS and i + 1 < len(self.keys) and self.keys[i + 1] in ISSUER_NOUNS \
                and self.texts[i + 1][:1].isupper():
            end = i + 2
        else:
            return None
        ref = replace(self.issuer)
        return end, [(self._finish(ref, i, end, "issuer"), None)]

    def _named_person(self, start: int, i: int, role: str | None, sector: str | None = None):
        """A person named by surname, after a title or alone: "Prime Minister Tinubu", "Mr Starmer", "Sinwar".

        The surname resolves to the person named in full earlier in the story, else (after a title) to the
        one known person of that surname in office on the story's date. An unknown name after a title is
        kept as an unresolved person ("Governor Mbeki Dlamini"); a bare unknown word is no actor."""
        titled = role is not None
        n = len(self.keys)
        if self.keys[i] in COURTESY_TITLES:
            titled, i = True, i + 1
            if i < n and self.texts[i] == ".":
                i += 1
        if i >= n or not self.texts[i][:1].isupper() or not self.texts[i].isalpha() or self.keys[i] in NOT_NAMES:
            return None
        self._mend_misspelt_surname(i)
        if not titled and (self.keys[i] not in self.context.surnames or self._unknown_first_name(i)):
            return None  # most capitalised words are no one's surname: only one named earlier counts
        end = self._name_run(i)
        if end <= i:
            return None
        surname = self.keys[end - 1]
        earlier = self.context.surnames.get(surname)
        ref: ActorRef | None = None
        title = self._span_text(start, i) if i > start else None
        if not titled and end - i == 1 and earlier is not None and surname in self.context.first_unknown:
            # "Usman Khan stabbed ... Mayor Sadiq Khan praised ... Khan was convicted": the story named first in
            # full someone of the surname whom no table knows, and the bare surname is more likely that one
            # (an obituary of "Elijah Cummings" naming his wife later still means him by "Cummings")
            self.context.unknown_at = i
            return end, [(self._finish(self._unresolved_person(i, end, sector), start, end, "person"), None)]
        if earlier is not None and (end - i == 1 or _same_person(earlier.name, self._span_text(i, end))):
            ref = replace(earlier, resolved_by="surname")
            if title is not None and end - i == 1:
                # "Senator Sanders met Governor Sanders": a title of another office is another person
                holder = self._surname_in_office(end - 1, title)
                if holder is not None and holder.name != earlier.name:
                    ref = holder.resolve("", self.on, "surname") or ref
        elif titled and end - i == 1:
            holder = self._surname_in_office(end - 1, title)
            ref = holder.resolve("", self.on, "surname") if holder is not None else None
        if ref is None:
            if not titled:
                return None
            ref = self._unresolved_person(i, end, sector)
        return end, [(self._finish(ref, start, end, "person"), role or None)]

    def _mend_misspelt_surname(self, i: int) -> None:
        """'Pierliusi' after 'Pedro Pierluisi' in the same story: a long capitalised word that is a surname
        named before with two neighbouring letters swapped (the commonest typing slip) is read as that
        surname; other one-letter differences may be another person ("Johnston" is not "Johnson")."""
        key, surnames = self.keys[i], self.context.surnames
        if not surnames or len(key) < MIN_MENDED_SURNAME or key in surnames:
            return  # most capitalised words meet no surname named before: nothing to try
        for j in range(len(key) - 1):
            swapped = key[:j] + key[j + 1] + key[j] + key[j + 2:]
            if swapped != key and swapped in surnames:
                self.keys[i] = swapped
                return

    def _office_holder_instead(self, start: int, at: int, hit: TrieHit):
        """'Senator Bennet' in 2023, where the tables also know a namesake out of office then: a lone
        surname after a title is the one holder of the title's office on the story's date, when the person
        the name matched holds no office then, or another office
        ("Governor Sanders" is not the senator)."""
        if hit.end - at != 1 or self._former(start) or self.on is None:
            return None
        person = _pick(hit, self.on, "person")
        holder = self._surname_in_office(at, self._span_text(start, at))
        if holder is None or holder is person:
            return None
        ref = holder.resolve("", self.on, "surname")
        if ref is None:
            return None
        return hit.end, [(self._finish(ref, start, hit.end, "person"), holder.role_on(self.on))]

    def _surname_in_office(self, at: int, title: str | None) -> Actor | None:
        """The one holder in office of the surname at token `at`; the title written before it ("Senator
        Bennet", "Governor Sanders") names the office to look in."""
        if title is not None:
            return self.dictionary.surname_in_office(self.texts[at], self.on, title=title)
        return self.dictionary.surname_in_office(self.keys[at], self.on)

    def _unresolved_person(self, i: int, end: int, sector: str | None) -> ActorRef:
        """A titled name no table knows, coded only from its own words: "Prime Minister X of Slovakia" is
        SVKGOV, "Mayor X" has no code."""
        code, country = "", None
        at = end + 1 if end < len(self.keys) and self.keys[end] == "of" else -1
        if 0 < at < len(self.keys) and self.keys[at] in DETERMINERS:
            at += 1
        place = self._longest(at, COUNTRY_KINDS) if at > 0 else None
        if place is not None:
            country_row = _pick(place, self.on, None).row_on(self.on)
            if country_row is not None and country_row.code:
                country = country_row.code[:3]
                code = country + (sector or "")
        return ActorRef(text="", code=code, country=country, sector=sector if code else None,
                        name=self._span_text(i, end), resolved_by="unresolved",
                        entry="a name after a title that no table knows")

    def _name_run(self, start: int) -> int:
        """End of a capitalised name ("Ekrem Imamoglu", "Yasser al-Atta"): no country word, no 'of the'."""
        end = last_name_word = start
        while end < len(self.texts) and end - start < MAX_NAME_TOKENS:
            text, key = self.texts[end], self.keys[end]
            if text[:1].isupper() and text.isalpha() and key not in NOT_NAMES:
                if end > start and self._longest(end, COUNTRY_KINDS) is not None:
                    break  # "President X of the Slovak Republic": the name ends before the state
                last_name_word = end + 1
            elif not (key in INNER_PARTICLES and end > start):
                break
            end += 1
        return last_name_word

    def _unknown_name(self, start: int) -> int:
        """End of a capitalised name after a title ("Defence Minister Rustem Umerov"), else `start`."""
        end = last_name_word = start
        while end < len(self.texts) and end - start < MAX_NAME_TOKENS:
            text, key = self.texts[end], self.keys[end]
            if text[:1].isupper() and text.isalpha() and key not in NOT_NAMES:
                last_name_word = end + 1
            elif not (key in PARTICLE_KEYS and end > start):  # "Yasser al-Atta"
                break
            end += 1
        return last_name_word

    # ---- building the ActorRef -------------------------------------------------------------------

    def _ref(self, actor: Actor, resolved_by: str) -> ActorRef | None:
        return actor.resolve("", self.on, resolved_by)

    def _span_text(self, start: int, end: int) -> str:
        return self.doc[start:end].text  # not Doc.text, which joins every word of the story

    def _finish(self, ref: ActorRef, start: int, end: int, kind: str) -> Mention:
        doc = self.doc
        if kind in PERSON_MENTIONS:
            ref.kind = "person"  # "the Ukrainian defence minister", "he": one person
        elif kind == "sector" and ref.kind not in ("organisation", "group"):
            ref.kind = "sector"  # "the Russian military", "Nigerian farmers": a part of a state
        ref.text = self._span_text(start, end)
        ref.start = doc[start].idx
        ref.end = doc[end - 1].idx + len(doc[end - 1].text)
        return Mention(start, end, ref, kind)


TITLE_KINDS = frozenset({"org", "sector", "role"})
_memo_key = lru_cache(maxsize=200_000)(token_key)  # every token of every story: the same words recur
FORMER_WORDS = frozenset(token_key(w) for w in ("former", "ex", "late", "then", "one-time", "onetime"))
# words for an office lost, before a title: "ousted president Pedro Castillo"
LEFT_OFFICE_WORDS = frozenset(token_key(w) for w in ("ousted", "deposed", "toppled", "overthrown", "jailed", "exiled"))
HEAD_TITLES = frozenset(("president", "prime minister", "chancellor", "premier"))
MAX_PLACE_WORDS = 3  # "former New Jersey governor X": the place words between "former" and the title


def _in_titled_office(person: Actor, role: str, ref: ActorRef) -> ActorRef:
    """'President Kenyatta said', 'Prime Minister John Key pledged': a title written before a former
    office-holder's name, with no "former", says the story tells of them in that office (a story of their
    term, whatever the date it is coded with), so the office's code, not ELI."""
    row = next((r for r in reversed(person.rows) if r.role and roles_compatible(role, r.role)), None)
    if row is None and role in HEAD_TITLES:
        # tables without offices (PETRARCH's): a head's title fits the person's last term in government
        row = next((r for r in reversed(person.rows) if r.dated and country_and_sector(r.code, r.sector)[1] == "GOV"),
                   None)
    if row is None:
        return ref
    country, sector = country_and_sector(row.code, row.sector)
    if not country or not sector or sector == "ELI" or country != ref.country:
        return ref
    return replace(ref, code=country + sector, sector=sector, resolved_by="title",
                   entry=f"{ref.entry}; in office by the title before the name ({row.origin})")


def _titled(title: Mention, person: Mention) -> Mention:
    """'Manhattan District Attorney Cyrus Vance' where the tables know only a namesake with no office
    then: the office written right before the name says who the person is (the title's code)."""
    ref, office = person.actor, title.actor
    if person.kind != "person" or title.kind not in TITLE_KINDS or title.end != person.start:
        return person
    # a row that says former office-holder (ELI) yields to a present title: "British lawmaker Theresa May";
    # a title with no state of its own takes the person's: "President Kenyatta" speaks as Kenya's president,
    # whenever the story was written
    if (ref.sector and ref.sector != "ELI") or ref.resolved_by == "unresolved" or not office.sector:
        return person
    country = office.country or (ref.country if ref.sector == "ELI" and title.kind == "role" else None)
    if not country or ref.country not in (None, country):
        return person
    titled = replace(ref, code=country + office.sector, country=country, sector=office.sector, resolved_by="title",
                     entry=f"{ref.entry}; office from the title before the name ({office.entry})")
    return Mention(person.start, person.end, titled, person.kind)


# what a state's name glued before them says it owns: "Maltese-flagged", "Spanish-owned", "Cypriot-registered"
OWNING_SUFFIXES = frozenset(token_key(w) for w in ("flagged", "registered", "owned", "operated"))
# words that make a capitalised run a place or a body, not a person ("Palm Beach", "Native Rights Fund")
NOT_PERSON_WORDS = frozenset(token_key(w) for w in (
    "council commission committee party league union ministry agency authority office court bank association"
    " federation organisation organization institute foundation assembly parliament senate bureau service board"
    " group company corporation alliance coalition network trust fund society army front movement forces"
    " university college school hospital airport house street road avenue square park bridge river lake sea"
    " mountain mountains island islands county city state province republic kingdom valley beach bay coast"
    " times news post journal press media airlines airways club church mosque temple centre center"
    " north south east west northern southern eastern western new san santa saint st").split())


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and text.isalpha() and not text.isupper()


@lru_cache(maxsize=4096)
def _is_place(name: str) -> bool:
    """True for a place by its own name ("Palm Beach", "Ciudad Juarez")."""
    from brinkwatch.coding.places import gazetteer  # late: the gazetteer loads only when names need it

    gaz = gazetteer()
    key = name.lower()
    return key in gaz.cities or key in gaz.regions or key in gaz.countries


def _same_person(known: str | None, written: str) -> bool:
    """'Sinwar' or 'Yahya Sinwar' written for the known 'Yahya Sinwar': every written word is in the name."""
    if not known:
        return False
    words = {token_key(w) for w in known.split()}
    return all(token_key(w) in words for w in written.split())


def _dominant_kind(hit: TrieHit) -> str:
    """When one phrase is several kinds ("Myanmar" country and adjective), the most specific wins."""
    order = ("outlet", "stop", "person", "org", "metonym", "country", "adjective", "collective", "role", "sector")
    kinds = {p.actor.kind for p in hit.patterns}
    return next(k for k in order if k in kinds)


def _pick(hit: TrieHit, on: date | None, kind: str | None) -> Actor:
    """The actor a hit means on `on`: one in office then, else the highest-priority table's."""
    actors = [p.actor for p in hit.patterns if kind is None or p.actor.kind == kind]
    if not actors:
        actors = [p.actor for p in hit.patterns]
    in_office = [a for a in actors if on is not None and any(r.dated and r.valid_on(on) for r in a.rows)]
    pool = in_office or actors
    return max(pool, key=lambda a: a.priority)


# people: a city this size or a region, named after a sector word ("police in Belgrade"), names its state;
# a smaller town is as often a namesake or another word
PLACED_CITY = 100_000


@lru_cache(maxsize=4096)
def _one_state_of_place(name: str) -> str | None:
    """The state of a region or a large city named `name`, when no city of that name elsewhere is
    comparably large ("Belgrade" -> SRB; "Paris" -> FRA, not Paris, Texas; "Cordoba" -> None)."""
    from brinkwatch.coding.places import gazetteer

    gaz = gazetteer()
    key = name.lower()
    if key in gaz.countries:
        return None  # "police in Serbia" is read by the coder's own rule, and is where they act
    region = gaz.regions.get(key)
    cities = gaz.cities.get(key, [])
    if region is not None:
        return region.iso3 if not cities or all(c.iso2 == region.iso2 for c in cities) else None
    if not cities or cities[0].population < PLACED_CITY:
        return None
    largest = cities[0]
    if any(c.iso2 != largest.iso2 and c.population * 20 >= largest.population for c in cities[1:]):
        return None
    return largest.iso3 or gaz.iso3.get(largest.iso2 or "")
