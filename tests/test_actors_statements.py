"""The issuer of a statement, and collective actors (coalitions, peacekeepers, the international community)."""

from datetime import date

import pytest
from typer.testing import CliRunner

from brinkwatch import nlp
from brinkwatch.actors import default_dictionary
from brinkwatch.actors.matcher import issuer_ref
from brinkwatch.model import Document
from brinkwatch.pipeline import Pipeline

D2025 = date(2025, 3, 4)


def mentions(text, issuer=None):
    doc = nlp.splitter()(text)
    return [m.actor for m in default_dictionary().find_mentions(doc, D2025, issuer_ref(issuer) if issuer else None)]


@pytest.mark.parametrize("words", ["We", "Our government", "The Department", "The Secretary"])
def test_first_person_and_the_department_are_the_issuer(words):
    found = mentions(f"{words} strongly condemned the missile strikes on Odesa.", "USAGOV")
    assert (found[0].code, found[0].resolved_by) == ("USAGOV", "issuer")
    assert found[0].text.lower().startswith(words.split()[0].lower())


def test_without_an_issuer_we_is_no_one():
    assert mentions("We strongly condemned the missile strikes on Odesa.") == []


def test_lowercase_department_is_not_the_issuer():
    # "the department" in running text is any department; only the capitalised self-name is the issuer
    found = mentions("Officials said the department would review the contract.", "USAGOV")
    assert all(a.resolved_by != "issuer" for a in found)


def test_issuer_is_the_source_of_a_statement_event():
    text = "We call on Russia to stop its attacks on Ukraine's power grid."
    events = Pipeline.default().code_document(Document(text=text, published=D2025), issuer="GBRGOV")
    assert any(e.source.code == "GBRGOV" and e.source.resolved_by == "issuer" for e in events)


def test_cli_code_takes_an_issuer_and_rejects_a_bad_one(tmp_path):
    from brinkwatch.cli import app

    story = tmp_path / "statement.txt"
    story.write_text("March 4, 2025. We condemn the detention of the journalists by Belarus.\n", encoding="utf-8")
    runner = CliRunner()
    good = runner.invoke(app, ["code", str(story), "--issuer", "IGOEUREEC", "-f", "jsonl"])
    assert good.exit_code == 0, good.output
    assert '"code": "IGOEUREEC"' in good.stdout
    bad = runner.invoke(app, ["code", str(story), "--issuer", "eu"])
    assert bad.exit_code != 0


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Coalition forces shelled positions near Mosul overnight.", "IGOMUL"),
        ("Peacekeepers came under fire near the demarcation line.", "IGOMUL"),
        ("The international community condemned the coup in Niamey.", "IGO"),
        ("The Saudi-led coalition said it intercepted a drone over Jizan.", "SAUMIL"),
        ("A US-led coalition struck weapons depots in eastern Syria.", "USAMIL"),
        ("Kenyan peacekeepers arrived in Port-au-Prince on Tuesday.", "KENMIL"),
    ],
)
def test_collective_actors_are_never_the_place_they_act_in(text, code):
    first = mentions(text)[0]
    assert first.code == code
    assert first.kind in ("collective", "sector")


def test_a_coalition_government_is_no_collective_actor():
    found = mentions("The coalition government in Berlin agreed on a new budget.")
    assert all(a.kind != "collective" for a in found)


@pytest.mark.parametrize("text", ["Greens hoped to form a left-wing coalition after the vote.",
                                  "The governing coalition lost its majority in parliament."])
def test_a_coalition_of_parties_is_no_collective_actor(text):
    assert all(a.kind != "collective" for a in mentions(text))
