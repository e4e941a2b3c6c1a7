"""Recalled acts are historical: dated half a year or more before the story, told in the past perfect with
"earlier this year", placed "before" or "in the past", or dated by the long-past act they followed. Acts of the
last few months stay asserted (they are the story's own frame); verbal acts about a future act keep their own
modality (a vow is made now)."""

from __future__ import annotations

import pytest

from brinkwatch import code_text


def modalities(text: str, published: str, root: str) -> list[str]:
    found = [e.modality for e in code_text(text, published=published, outlet="Test Wire") if e.cameo_root == root]
    assert found, f"no event with root {root} in {text!r}"
    return found


@pytest.mark.parametrize(
    ("text", "published", "root"),
    [
        # a month named in the same year, months before a September story
        ("In January of this year, Russia expelled two British diplomats.", "2019-09-18", "16"),
        ("Police in Minsk arrested dozens of protesters in February.", "2019-09-18", "17"),
        # a day half a year back
        ("The European Union condemned Turkey in a statement on July 8.", "2020-01-10", "11"),
        # past perfect with "earlier this year": background to the news
        ("Earlier this year, China had imposed sanctions on Lithuania.", "2019-09-18", "16"),
        # told as before the story's time, with no date at all
        ("Turkey has in the past sent troops into northern Iraq.", "2019-09-18", "15"),
        ("Turkey threatened Greece before, when the two navies clashed.", "2019-09-18", "13"),
        # an undated act dated by the long-past act it followed
        ("Singapore and Australia offered military help to Indonesia after the airliner vanished in December 2014.",
         "2016-03-01", "03"),
        # a participle clause takes the date of the clause it hangs on
        ("Hungary left the talks in March 2018, refusing to sign the declaration on Ukraine.", "2024-05-02", "12"),
    ],
)
def test_recalled_acts_are_historical(text: str, published: str, root: str) -> None:
    assert set(modalities(text, published, root)) == {"historical"}


@pytest.mark.parametrize(
    ("text", "published", "root"),
    [
        # weeks or a few months back: still the story's frame
        ("The European Union condemned Turkey in a statement on October 8.", "2020-01-10", "11"),
        ("Police in Minsk arrested dozens of protesters in July.", "2019-09-18", "17"),
        # "earlier this month" in the past perfect is recent
        ("Japan and South Korea had held talks in Tokyo earlier this month.", "2019-09-18", "04"),
        # the act followed a recent one: no recall
        ("Israel struck Gaza after Hamas fired rockets on Monday.", "2024-03-12", "19"),
        # "in the past week" is no recall
        ("Russian forces shelled Kharkiv in the past week.", "2024-03-12", "19"),
        # the long interval is told: the act is today's ("two years after ...")
        ("Russia struck Kyiv on Friday, two years after its troops entered Ukraine in February 2022.",
         "2024-03-12", "19"),
    ],
)
def test_recent_acts_stay_asserted(text: str, published: str, root: str) -> None:
    assert set(modalities(text, published, root)) == {"asserted"}


def test_not_ruling_out_keeps_the_act_considered() -> None:
    assert modalities("Seoul would not rule out joint drills with Washington.", "2019-09-18", "06") == [
        "considered"
    ]


def test_a_vow_is_made_now() -> None:
    # the vow itself is asserted, whatever the code it gets (a pledge or a threat)
    found = code_text("Iran vowed to retaliate against the United States.", published="2019-09-18")
    assert found and all(e.modality == "asserted" for e in found if e.cameo_root in ("03", "13"))
    assert not [e for e in found if e.cameo_root in ("18", "19") and e.modality == "asserted"]
