"""Which office a title word before a surname names, so that "Senator Sanders" picks the senator and not the
governor of the same surname, and "Captain Smith" never becomes a minister called Smith.

    office = office_for_title("Sen.")            # the legislature
    office.fits(row)                              # True for a row coded USALEG with role "senator"

A title no rule knows ("Mr", "Sheikh", "leader") gives None: no filter, any office-holder of the surname.
"""

from __future__ import annotations

from dataclasses import dataclass

from brinkwatch.actors.keys import token_key
from brinkwatch.actors.table import Row, country_and_sector

# Sectors of people who carry military ranks: armies, police, and armed groups ("General Haftar").
ARMED = frozenset({"MIL", "COP", "REB", "INS", "UAF", "SEP"})
HEAD_OF_GOVERNMENT = frozenset({"prime minister", "first minister", "premier", "chief minister"})


@dataclass(frozen=True, slots=True)
class Office:
    """What a title claims of a person: one of `roles` (exact, or a word of the role when `role_word`), or,
    for a row that gives no role (PETRARCH's), a code in `sectors`; `any_role` accepts every row of `sectors`."""

    roles: frozenset[str] = frozenset()
    sectors: frozenset[str] = frozenset()
    role_word: str | None = None  # "minister": any role with that word, "foreign minister", "interior minister"
    not_roles: frozenset[str] = frozenset()
    any_role: bool = False

    def fits(self, row: Row) -> bool:
        _, sector = country_and_sector(row.code, row.sector)
        role = row.role
        if role is not None and role not in self.not_roles:
            if role in self.roles or (self.role_word is not None and self.role_word in role.split()):
                return True
        if sector in self.sectors or (sector is None and "IGO" in self.sectors and (row.code or "")[:3] == "IGO"):
            return role is None or self.any_role
        return False


def _office(roles: str = "", sectors: str = "", *, role_word: str | None = None, not_roles: str = "",
            any_role: bool = False) -> Office:
    """Roles are |-separated ("senator|representative"), sectors space-separated ("GOV IGO")."""
    return Office(frozenset(r for r in roles.split("|") if r), frozenset(sectors.split()), role_word,
                  frozenset(r for r in not_roles.split("|") if r), any_role)


_LEGISLATOR = _office("senator|representative|speaker|parliament president", "LEG", any_role=True)
_SOLDIER = _office("commander", " ".join(sorted(ARMED)), any_role=True)
_POLICE = _office("police chief", "COP", any_role=True)
_MINISTER = _office("chancellor|vice chancellor", "GOV", role_word="minister",
                    not_roles="|".join(HEAD_OF_GOVERNMENT | {"deputy prime minister", "deputy first minister"}))

# Title (token keys, dots dropped) -> the office it names. World knowledge of English news titles:
# "Senator Warren said", "Gov. Abbott signed", "Prime Minister Sunak visited", "Gen. Milley warned".
TITLES: dict[str, Office] = {
    # legislators: "Senator Graham", "Rep. Omar", "MP Smith"
    "senator": _office("senator", "LEG"),
    "sen": _office("senator", "LEG"),
    "representative": _office("representative", "LEG"),
    "rep": _office("representative", "LEG"),
    "congressman": _office("representative", "LEG"),
    "congresswoman": _office("representative", "LEG"),
    "lawmaker": _LEGISLATOR,
    "legislator": _LEGISLATOR,
    "mp": _LEGISLATOR,
    "speaker": _office("speaker|parliament president", "LEG"),
    # sub-national and other executives: "Governor Newsom", "Mayor Adams"
    "governor": _office("governor|central bank governor", "GOV"),
    "gov": _office("governor", "GOV"),
    "lieutenant governor": _office("lieutenant governor", "GOV"),
    "mayor": _office("mayor", "GOV"),
    # heads of state and government: "President Macron", "Prime Minister Modi"
    "president": _office("president|regional president|parliament president|central bank president",
                         "GOV IGO"),
    "vice president": _office("vice president", "GOV"),
    "prime minister": _office("|".join(HEAD_OF_GOVERNMENT), "GOV"),
    "premier": _office("|".join(HEAD_OF_GOVERNMENT), "GOV"),
    "pm": _office("|".join(HEAD_OF_GOVERNMENT), "GOV"),
    "first minister": _office("first minister", "GOV"),
    "chief minister": _office("chief minister", "GOV"),
    "deputy prime minister": _office("deputy prime minister", "GOV"),
    "chancellor": _office("chancellor|finance minister", "GOV"),
    "king": _office("king|supreme leader", "GOV"),
    "queen": _office("king", "GOV"),
    # ministers and secretaries: "Minister Lavrov", "Secretary Blinken" (US secretaries are ministers)
    "minister": _MINISTER,
    "foreign minister": _office("foreign minister", "GOV"),
    "foreign secretary": _office("foreign minister", "GOV"),
    "secretary of state": _office("foreign minister", "GOV"),
    "defence minister": _office("defence minister", "GOV MIL"),
    "defense minister": _office("defence minister", "GOV MIL"),
    "defence secretary": _office("defence minister", "GOV MIL"),
    "defense secretary": _office("defence minister", "GOV MIL"),
    "home secretary": _office("interior minister", "GOV"),
    "interior minister": _office("interior minister", "GOV"),
    "finance minister": _office("finance minister|chancellor", "GOV"),
    "secretary": _office("", "GOV IGO", role_word="secretary",
                         not_roles="|".join(HEAD_OF_GOVERNMENT)),
    "secretary general": _office("secretary general|under secretary general", "IGO GOV"),
    "attorney general": _office("attorney general", "JUD GOV"),
    # courts: "Justice Kavanaugh", "Judge Smith"
    "justice": _office("justice|chief justice", "JUD", any_role=True),
    "judge": _office("justice|judge", "JUD", any_role=True),
    "prosecutor": _office("prosecutor|attorney general|special counsel", "JUD"),
    # diplomats: "Ambassador Thomas-Greenfield", "Envoy Witkoff"
    "ambassador": _office("ambassador|envoy|special envoy", "GOV IGO"),
    "envoy": _office("envoy|special envoy|ambassador", "GOV IGO"),
    # ranks: "Gen. Milley", "Colonel X", "Sergeant Y" name a soldier or police officer, never a minister
    **dict.fromkeys(("general", "gen", "colonel", "col", "brigadier", "brig", "admiral", "adm", "marshal",
                     "corporal", "cpl", "private", "pvt", "commodore", "commander", "cmdr"), _SOLDIER),
    **dict.fromkeys(("captain", "capt", "lieutenant", "lt", "major", "maj", "sergeant", "sgt"),
                    _office("commander|police chief", " ".join(sorted(ARMED)), any_role=True)),
    **dict.fromkeys(("inspector", "constable", "detective", "superintendent", "officer"), _POLICE),
}


def title_key(title: str) -> str:
    """'Sen.' -> 'sen'; 'Prime  Minister' -> 'prime minister'; 'Lt. Gen.' -> 'lt gen' (words as token keys, so a
    title the matcher passes as keys, "comander" for "Commander", reads the same)."""
    return " ".join(token_key(w.strip(".")) for w in title.replace("-", " ").split() if w.strip("."))


_BY_KEY = {title_key(title): office for title, office in TITLES.items()}
# Civilian titles ending in "general" are not ranks: "Attorney General Garland", "Surgeon General Murthy".
_CIVIL_GENERAL = frozenset(title_key(w) for w in (
    "attorney secretary solicitor surgeon inspector director auditor consul postmaster governor procurator"
    " prosecutor").split())


def office_for_title(title: str | None) -> Office | None:
    """The office a title names, or None when the title says nothing about office ("Mr", "Sheikh").

    The whole title first ("Vice President" is not "President"), then ever shorter endings of it ("US
    Secretary of State" -> secretary of state, "Deputy Foreign Minister" -> foreign minister, "Lt. Gen." ->
    general); "Attorney General" is never a rank."""
    if not title:
        return None
    words = title_key(title).split()
    if len(words) > 1 and words[-1] in ("general", "gen") and words[-2] in _CIVIL_GENERAL \
            and " ".join(words[-2:]) not in _BY_KEY:
        return None  # a civilian office no rule knows ("Surgeon General"): no filter
    for k in range(len(words)):  # the longest known ending: "US Secretary of State" -> secretary of state
        office = _BY_KEY.get(" ".join(words[k:]))
        if office is not None:
            return office
    return None


def is_former(title: str | None) -> bool:
    """'former Senator', 'Ex-Prime Minister', 'the late King': a title the person no longer holds."""
    return bool(title) and any(w in _FORMER for w in title_key(title or "").split())


_FORMER = frozenset(title_key(w) for w in ("former", "ex", "late", "then", "onetime", "one-time", "erstwhile"))
