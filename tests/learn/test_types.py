"""seismo.learn: word features, the softmax heads, loading an artefact, and the arbitration policy."""

from __future__ import annotations

import json

import numpy as np
import pytest

from seismo.errors import ModelError
from seismo.extract.events.coding.acled import arbitrate
from seismo.learn.types import Head, Policy, TypeModel
from seismo.learn.words import WordFeatures, words_of
from seismo.model import Event, Span


def test_words_and_tfidf():
    assert words_of("Police FIRED tear-gas, a 2nd time") == ["police", "fired", "tear", "gas", "2nd", "time"]
    w = WordFeatures.fit(["troops shelled the town", "the town voted", "troops troops"])
    x = w.transform(["troops troops shelled", "nothing known here", ""])
    assert x.shape == (3, len(w.vocabulary))
    assert np.isclose(np.linalg.norm(x[0]), 1.0) and not x[1].any() and not x[2].any()
    col = w.vocabulary.index
    # "shelled" is rarer than "troops" in training, so it weighs more per occurrence; a repeat adds 1 + ln 2
    assert x[0, col("shelled")] > 0 and x[0, col("troops")] / x[0, col("shelled")] == pytest.approx(
        (1 + np.log(2)) * w.idf[col("troops")] / w.idf[col("shelled")])


def test_head_is_a_softmax():
    head = Head(("A", "B"), np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32), np.zeros(2, dtype=np.float32))
    p = head.proba(np.array([[3.0, 1.0], [0.0, 0.0]], dtype=np.float32))
    assert np.allclose(p.sum(axis=1), 1) and p[0, 0] > 0.85 and np.allclose(p[1], 0.5)


def test_split_features_give_the_dense_probabilities():
    """Prediction reads the word features as their non-zero columns: the same numbers as the
    dense rows training reads."""
    w = WordFeatures.fit(["troops shelled the town", "the town voted", "crowds marched on the capital"])
    rng = np.random.default_rng(7)
    head = Head(("A", "B", "C"), rng.normal(size=(3, 4 + len(w.vocabulary))).astype(np.float32),
                rng.normal(size=3).astype(np.float32))
    texts = ["troops shelled the capital twice", "nothing known here", "the town voted, the town marched"]
    dense = rng.normal(size=(3, 4)).astype(np.float32)
    p = head.proba_split(dense, [w.sparse(t) for t in texts])
    assert np.allclose(p, head.proba(np.hstack([dense, w.transform(texts)])), atol=1e-6)
    cols, values = w.sparse("nothing known here")
    assert len(cols) == len(values) == 0


def test_missing_or_foreign_artefact_is_a_clear_error(tmp_path):
    with pytest.raises(ModelError, match="seismo train types"):
        TypeModel.load(tmp_path)
    (tmp_path / "manifest.json").write_text(json.dumps({"embedding": "some/other"}), encoding="utf-8")
    np.savez(tmp_path / "model.npz", x=np.zeros(1))
    with pytest.raises(ModelError, match="trained on embedding 'some/other'"):
        TypeModel.load(tmp_path)


def _event(sub: str | None, kind: str | None = None, type_: str = "ASSAULT") -> Event:
    text = "Gunmen attacked the village."
    return Event(id="e", type=type_, mode=None, acled_event_type=kind, acled_sub_event_type=sub, quad_class=4,
                 actor=None, recipient=None, location=None, date=None, counts=(), modality="asserted",
                 attributed_to=None, hedged=False, evidence=Span(0, len(text), text), trigger=Span(7, 15, "attacked"),
                 confidence=0.7)


def _p(acled: dict[str, float], plover: dict[str, float]) -> dict[str, dict[str, float]]:
    return {"acled": acled, "plover": plover}


POLICY = Policy(switch=0.6, margin=0.3, none_acled=0.8, drop=0.9)


def test_arbitrate_switches_only_a_clear_winner():
    e = _event("Attack", "Violence against civilians")
    (switched,) = arbitrate([e], [_p({"Armed clash": 0.7, "Attack": 0.2, "NONE": 0.1}, {})], policy=POLICY, step="s+m")
    assert (switched.acled_event_type, switched.acled_sub_event_type, switched.step) == ("Battles", "Armed clash", "s+m")
    assert switched.type == e.type and switched.trigger == e.trigger  # the rules' coding stays
    (kept,) = arbitrate([e], [_p({"Armed clash": 0.62, "Attack": 0.38}, {})], policy=POLICY, step="s+m")
    assert kept is e  # margin 0.24 < 0.3


def test_arbitrate_names_force_on_a_protest_only_beside_an_act_of_force():
    """events v94: "protests remain peaceful" is no intervention, whatever the model says; beside an
    ASSAULT of the same sentence, the model may name one."""
    protest = _event("Peaceful protest", "Protests", type_="PROTEST")
    says = _p({"Excessive force against protesters": 0.8, "Peaceful protest": 0.1}, {})
    (kept,) = arbitrate([protest], [says], policy=POLICY, step="s+m")
    assert kept.acled_sub_event_type == "Peaceful protest"
    force = _event("Attack", "Violence against civilians")
    (switched, _) = arbitrate([protest, force], [says, _p({}, {})], policy=POLICY, step="s+m")
    assert switched.acled_sub_event_type == "Excessive force against protesters"


def test_arbitrate_none_and_drop():
    e = _event("Arrests", "Strategic developments", type_="COERCE")
    (plain,) = arbitrate([e], [_p({"NONE": 0.85}, {"NONE": 0.5})], policy=POLICY, step="s")
    assert plain.acled_sub_event_type is None and plain.acled_event_type is None and plain.type == "COERCE"
    assert arbitrate([e], [_p({"NONE": 0.95}, {"NONE": 0.92})], policy=POLICY, step="s") == []
    assert arbitrate([e], [_p({"NONE": 0.95}, {"NONE": 0.5})], policy=POLICY, step="s")[0].acled_sub_event_type is None


def test_arbitrate_never_denies_a_protest():
    """A protest is an ACLED event by definition (scope.tsv): the model's NONE neither strips its
    coding nor drops it, though a clear winner still changes its sub-type."""
    e = _event("Peaceful protest", "Protests", type_="PROTEST")
    assert arbitrate([e], [_p({"NONE": 0.97}, {"NONE": 0.95})], policy=POLICY, step="s") == [e]
    p = _p({"Violent demonstration": 0.7, "Peaceful protest": 0.1, "NONE": 0.2}, {})
    (switched,) = arbitrate([e], [p], policy=POLICY, step="s")
    assert (switched.acled_event_type, switched.acled_sub_event_type) == ("Riots", "Violent demonstration")


def test_arbitrate_leaves_who_took_territory_to_the_rules():
    e = _event("Non-state actor overtakes territory", "Battles")
    p = _p({"Government regains territory": 0.9, "Non-state actor overtakes territory": 0.05}, {})
    assert arbitrate([e], [p], policy=POLICY, step="s") == [e]


def test_arbitrate_gives_arrests_only_to_an_arrest():
    """Arrests names one kind of act (vocab.ACLED_MODE_DECIDED): an attack told in a sentence
    about arrests keeps its own coding, while an arrest coded otherwise may still become one."""
    attack = _event("Attack", "Violence against civilians")
    p = _p({"Arrests": 0.9, "Attack": 0.05}, {})
    assert arbitrate([attack], [p], policy=POLICY, step="s") == [attack]
    from dataclasses import replace

    held = replace(_event("Other", "Strategic developments", type_="COERCE"), mode="arrest")
    (switched,) = arbitrate([held], [p], policy=POLICY, step="s")
    assert switched.acled_sub_event_type == "Arrests"


def test_equal_texts_are_read_once_and_read_alike(pipeline):
    model = pipeline.resources.type_model
    assert model is not None  # the package ships one
    texts = ["Rebels shelled the garrison at dawn.", "The council approved the budget.", "Rebels shelled the garrison at dawn."]
    together = model.predict(texts)
    assert together[0] is together[2]  # one reading, shared
    for text, p in zip(texts, together):
        (alone,) = model.predict([text])
        assert alone.keys() == p.keys() == set(model.heads)
        assert all(alone[h] == pytest.approx(p[h], abs=1e-6) for h in alone)


PLOVER_POLICY = Policy(switch=0.6, margin=0.3, none_acled=0.8, drop=0.9, plover_switch=0.6, plover_margin=0.3)


def _said(text: str, type_: str, *, mode: str | None = None, sub: str | None = None, kind: str | None = None) -> Event:
    from seismo.extract.events.coding.acled import AcledTable

    return Event(id="e", type=type_, mode=mode, acled_event_type=kind, acled_sub_event_type=sub,
                 quad_class=AcledTable.load().quad_class(type_), actor=None, recipient=None, location=None, date=None,
                 counts=(), modality="asserted", attributed_to=None, hedged=False, evidence=Span(0, len(text), text),
                 trigger=Span(0, 1, text[:1]), confidence=0.7)


def test_arbitrate_gives_a_clear_plover_winner_the_type():
    """The rules read a threat to shell as the shelling itself; the PLOVER head's clear THREATEN
    replaces the type, and the mode, quad class and ACLED coding follow it (a threat has none)."""
    e = _said("The militia's press officer warned that its fighters would shell the port.", "ASSAULT",
              mode="heavy-weapons", sub="Shelling/artillery/missile attack", kind="Explosions/Remote violence")
    (switched,) = arbitrate([e], [_p({}, {"THREATEN": 0.8, "ASSAULT": 0.15, "NONE": 0.05})], policy=PLOVER_POLICY, step="s+m")
    assert (switched.type, switched.mode, switched.quad_class, switched.step) == ("THREATEN", None, 3, "s+m")
    assert (switched.acled_event_type, switched.acled_sub_event_type) == (None, None)
    assert switched.trigger == e.trigger and switched.evidence == e.evidence  # the rules' spans stay
    (kept,) = arbitrate([e], [_p({}, {"THREATEN": 0.58, "ASSAULT": 0.4})], policy=PLOVER_POLICY, step="s+m")
    assert kept is e  # below plover_switch
    (kept,) = arbitrate([e], [_p({}, {"THREATEN": 0.62, "ASSAULT": 0.36})], policy=PLOVER_POLICY, step="s+m")
    assert kept is e  # margin 0.26 < 0.3
    assert arbitrate([e], [_p({}, {"THREATEN": 0.95})], policy=POLICY, step="s") == [e]  # the default never switches


def test_a_plover_switch_keeps_a_mode_the_new_type_has_and_recodes_acled():
    e = _said("Workers pulled down the fence around the disputed quarry.", "COERCE", mode="destroy",
              sub="Looting/property destruction", kind="Strategic developments")
    (switched,) = arbitrate([e], [_p({}, {"ASSAULT": 0.9, "COERCE": 0.05})], policy=PLOVER_POLICY, step="s")
    assert (switched.type, switched.mode, switched.quad_class) == ("ASSAULT", "destroy", 4)
    assert (switched.acled_event_type, switched.acled_sub_event_type) == ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize(("text", "type_", "plover"), [
    # a protest is political by definition (scope.tsv): it stays one whatever the model reads
    ("Crowds filled the square to denounce the fuel price rise.", "PROTEST", {"ACCUSE": 0.9, "PROTEST": 0.05}),
    # a boycott by a people is a protest, by a state a sanction: who acts decides, and the rules read it
    ("Villagers refused to buy goods from the ruling family's shops.", "SANCTION", {"PROTEST": 0.9, "SANCTION": 0.05}),
    # the head's NONE is no type: dropping is the drop threshold's business
    ("Workers pulled down the fence around the disputed quarry.", "COERCE", {"NONE": 0.85, "COERCE": 0.1}),
])
def test_plover_guards_keep_the_rules_type(text, type_, plover):
    e = _said(text, type_)
    assert arbitrate([e], [_p({}, plover)], policy=PLOVER_POLICY, step="s") == [e]


def test_arbitrate_names_only_a_sub_type_the_plover_type_can_have():
    """events v100: the head reads the sentence, and an assault told in a protest's sentence is no
    peaceful protest (vocab.ACLED_PLOVER_DECIDED); another switch of an assault's sub-type stays."""
    attack = _event("Attack", "Violence against civilians")
    assert arbitrate([attack], [_p({"Peaceful protest": 0.9, "Attack": 0.05}, {})], policy=POLICY, step="s") == [attack]
    protest = _event("Violent demonstration", "Riots", type_="PROTEST")
    (calm,) = arbitrate([protest], [_p({"Peaceful protest": 0.9}, {})], policy=POLICY, step="s")
    assert calm.acled_sub_event_type == "Peaceful protest"
    # events v128: an attack on a base establishes none; forces moved in may
    base = {"Headquarters or base established": 0.9, "Attack": 0.05}
    assert arbitrate([attack], [_p(base, {})], policy=POLICY, step="s") == [attack]
    moved = _event("Change to group/activity", "Strategic developments", type_="MOBILIZE")
    (camp,) = arbitrate([moved], [_p(base, {})], policy=POLICY, step="s")
    assert camp.acled_sub_event_type == "Headquarters or base established"
