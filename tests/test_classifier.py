"""The learned event-type classifier of `--coder hybrid` and its hybrid policy."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest

from brinkwatch.coding.classifier import (
    META_FILE,
    MODEL_DIR,
    WEIGHTS_FILE,
    EventTypeClassifier,
    HybridPolicy,
    analyse,
    default_classifier,
    hybrid_adjust,
    stem,
)
from brinkwatch.errors import DictionaryError, InputError

PLOVER_TYPES = {
    "AGREE", "ASSAULT", "ACCUSE", "AID", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE",
    "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN",
}


@pytest.fixture(scope="module")
def clf() -> EventTypeClassifier:
    default_classifier.cache_clear()
    return default_classifier()


def test_shipped_weights_load_with_all_plover_types(clf: EventTypeClassifier) -> None:
    assert set(clf.labels) == PLOVER_TYPES
    assert clf.coef.shape == (len(clf.term_index), len(clf.labels))
    assert default_classifier() is clf  # cached


def test_shipped_weights_are_plain_arrays_and_small() -> None:
    base = resources.files("brinkwatch").joinpath(MODEL_DIR)
    with resources.as_file(base.joinpath(WEIGHTS_FILE)) as path:
        assert path.stat().st_size < 5_000_000
        with np.load(path, allow_pickle=False) as arrays:  # raises if anything in it needs pickle
            assert arrays["coef"].dtype == np.float32
    meta = json.loads(base.joinpath(META_FILE).read_text(encoding="utf-8"))
    assert meta["training"]["split"] == "train"
    assert 0.3 <= meta["hybrid_policy"]["confident"] <= 0.95


def test_probabilities_are_rows_summing_to_one(clf: EventTypeClassifier) -> None:
    sentences = [
        "Thousands of demonstrators marched through the capital on Saturday.",
        "",  # no known term: the prior
        "zzzz qqqq",
        "The ministry said on Tuesday that the two governments signed a trade agreement.",
    ]
    probs = clf.predict_proba(sentences)
    assert probs.shape == (4, len(clf.labels))
    assert np.all(probs >= 0)
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-9)
    np.testing.assert_allclose(probs[1], probs[2])  # both carry no known term
    assert clf.predict_proba([]).shape == (0, len(clf.labels))


# Written by hand (not from the training data) to be unambiguous about their PLOVER type.
CLEAR_SENTENCES = [
    ("Tens of thousands of protesters rallied outside parliament on Sunday, demanding the "
     "resignation of the prime minister.", "PROTEST"),
    ("Protesters clashed with police in Nairobi.", "PROTEST"),
    ("Israeli warplanes carried out airstrikes on targets in southern Lebanon overnight, killing "
     "at least 12 people, officials said.", "ASSAULT"),
    ("The European Union imposed new sanctions on Iranian officials and froze the assets of three "
     "banks.", "SANCTION"),
    ("The foreign ministers of India and China met in Moscow for talks on the border dispute.", "CONSULT"),
    ("The World Food Programme delivered humanitarian aid and food supplies to flood victims.", "AID"),
    ("North Korea threatened military action against South Korea.", "THREATEN"),
    ("Hamas accused Israel of violating the ceasefire.", "ACCUSE"),
    ("Russia deployed thousands of troops to the border.", "MOBILIZE"),
    ("Iran rejected the proposal.", "REJECT"),
    ("The two countries signed a peace agreement.", "SUPPORT"),  # CAMEO 057 maps to PLOVER SUPPORT
    ("Russian troops withdrew from Kherson.", "RETREAT"),
    # Known misses of the shipped model, kept visible: strict, so a retrained model that fixes them says so.
    pytest.param("Pyongyang threatened to retaliate with force if the joint military exercises go ahead.",
                 "THREATEN", marks=pytest.mark.xfail(strict=True, reason="'joint military exercises' pulls "
                                                     "to COOPERATE")),
    pytest.param("The United States called on Russia to withdraw its forces.", "REQUEST",
                 marks=pytest.mark.xfail(strict=True, reason="'withdraw' pulls to RETREAT")),
]


@pytest.mark.parametrize(("sentence", "expected"), CLEAR_SENTENCES)
def test_clear_sentences_get_the_right_top_type(clf: EventTypeClassifier, sentence: str, expected: str):
    assert clf.top(sentence, k=1)[0][0] == expected, clf.top(sentence)


def test_top_is_sorted_and_sized(clf: EventTypeClassifier) -> None:
    best = clf.top("Police arrested dozens of opposition activists.", k=4)
    assert len(best) == 4
    assert [p for _, p in best] == sorted((p for _, p in best), reverse=True)
    assert clf.top("anything", k=0) == []


def test_bad_input_raises_typed_error_with_position(clf: EventTypeClassifier) -> None:
    with pytest.raises(InputError) as info:
        clf.predict_proba(["A fine sentence.", None])  # type: ignore[list-item]
    assert info.value.position == 1
    with pytest.raises(InputError):
        clf.predict_proba("one string, not a list")  # type: ignore[arg-type]


def test_analyse_terms() -> None:
    terms = analyse("Russia's army fired 18 missiles at Kyiv’s cease-fire line")
    assert terms[:6] == ["russia", "army", "fir", "<num>", "missile", "at"]
    assert "kyiv" in terms and "cease-fire" in terms
    assert "<num> missile" in terms
    assert analyse("") == []


@pytest.mark.parametrize(
    ("word", "expected"),
    [("talks", "talk"), ("talked", "talk"), ("talking", "talk"), ("allies", "ally"), ("denied", "deny"),
     ("clashes", "clash"), ("agreed", "agree"), ("crisis", "crisis"), ("press", "press"), ("king", "king")],
)
def test_stem_folds_inflection_only(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_numpy_prediction_equals_scikit_learn() -> None:
    sklearn = pytest.importorskip("sklearn")
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    assert sklearn
    texts = [
        "Protesters marched in the capital", "Crowds rallied against the government",
        "Thousands of demonstrators protested the new law",
        "Troops shelled the town", "Artillery fire killed five civilians", "Warplanes bombed the rebel base",
        "The ministers held talks in Geneva", "The leaders met to discuss trade", "Envoys met for talks",
    ]
    labels = ["PROTEST"] * 3 + ["ASSAULT"] * 3 + ["CONSULT"] * 3
    vectorizer = TfidfVectorizer(analyzer=analyse, sublinear_tf=True)
    model = LogisticRegression(C=5.0, max_iter=1000).fit(vectorizer.fit_transform(texts), labels)
    ours = EventTypeClassifier.from_fitted(vectorizer, model, HybridPolicy())
    probe = ["The troops bombed a town where protesters marched", "talks talks talks in Geneva", "unknown"]
    expected = model.predict_proba(vectorizer.transform(probe))
    assert ours.labels == tuple(model.classes_)
    np.testing.assert_allclose(ours.predict_proba(probe), expected, atol=1e-5)


def test_saved_weights_round_trip(tmp_path) -> None:
    ours = EventTypeClassifier(
        labels=["A", "B", "C"], vocabulary=["x", "y"], idf=np.array([1.0, 2.0]),
        coef=np.array([[1.0, 0.0, -1.0], [0.0, 2.0, 0.0]]), intercept=np.zeros(3),
    )
    ours.save(tmp_path, {"note": "test"})
    with np.load(tmp_path / WEIGHTS_FILE, allow_pickle=False) as arrays:
        assert list(arrays["vocabulary"]) == ["x", "y"]
    meta = json.loads((tmp_path / META_FILE).read_text())
    assert meta["note"] == "test" and meta["hybrid_policy"]["confident"] == HybridPolicy().confident


POLICY = HybridPolicy(rule_confidence=0.6, confident=0.7, disagree_rule_max=0.1)


def _probs(**given: float) -> dict[str, float]:
    rest = (1.0 - sum(given.values())) / (len(PLOVER_TYPES) - len(given))
    return {t: given.get(t, rest) for t in sorted(PLOVER_TYPES)}


def test_hybrid_agreement_raises_confidence() -> None:
    kind, confidence = hybrid_adjust("ASSAULT", _probs(ASSAULT=0.8), POLICY)
    assert kind == "ASSAULT"
    assert confidence == pytest.approx(0.6 + 0.4 * 0.8)


def test_hybrid_strong_disagreement_lowers_confidence_but_keeps_the_rule_type() -> None:
    kind, confidence = hybrid_adjust("AID", _probs(ASSAULT=0.9, AID=0.02), POLICY)
    assert kind == "AID"
    assert confidence < 0.6


def test_hybrid_mild_disagreement_keeps_rule_confidence() -> None:
    assert hybrid_adjust("AID", _probs(ASSAULT=0.5, AID=0.3), POLICY) == ("AID", 0.6)


def test_hybrid_proposes_a_type_only_when_confident() -> None:
    assert hybrid_adjust(None, _probs(PROTEST=0.85), POLICY) == ("PROTEST", 0.85)
    assert hybrid_adjust(None, _probs(PROTEST=0.5), POLICY) == (None, 0.0)


def test_hybrid_unknown_rule_type_and_empty_probs() -> None:
    assert hybrid_adjust("INVESTIGATE", _probs(PROTEST=0.9), POLICY) == ("INVESTIGATE", 0.6)
    assert hybrid_adjust("PROTEST", {}, POLICY) == ("PROTEST", 0.6)
    assert hybrid_adjust(None, {}, POLICY) == (None, 0.0)


def test_hybrid_shipped_policy_proposes_nothing_from_the_prior(clf: EventTypeClassifier) -> None:
    # a sentence without a known term only carries the class prior, which must never reach the threshold
    prior = clf.probs_dict("")
    assert max(prior.values()) < clf.policy.confident
    assert hybrid_adjust(None, prior) == (None, 0.0)


def test_mismatched_arrays_raise_a_typed_error() -> None:
    with pytest.raises(DictionaryError) as info:
        EventTypeClassifier(labels=["A", "B"], vocabulary=["x", "y", "z"], idf=np.ones(3),
                            coef=np.zeros((2, 2)), intercept=np.zeros(2))
    assert info.value.input == WEIGHTS_FILE
