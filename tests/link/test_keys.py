"""seismo.link.keys: an article's weighted keys and tf-idf vectors."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from seismo.link.keys import BOOST, Sketch, cosine, lookup_keys, name_key, sketch, toll_keys, vector


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Mr John Smith Jr.", "n:john smith"),
        ("John Smith", "n:john smith"),
        ("Dr. Aigerim Sultanova", "n:aigerim sultanova"),
        ("Ruslan Beketov's", "n:ruslan beketov"),  # the possessive is no part of the name
        ("Kassym-Jomart Tokayev", "n:kassym-jomart tokayev"),  # a hyphenated given name is one word
        # a middle name or initial is left out: one person, however fully an article names them
        ("Odile Marie Varga", "n:odile varga"),
        ("Odile M. Varga", "n:odile varga"),
        ("Odile Varga", "n:odile varga"),
        ("Tokayev", None),  # a surname alone tells no one apart
        ("Mr Tokayev", None),  # a title is no name word
        ("John Smith III", "n:john smith"),
        # a hospital or a body the entity tagger took for a person is no one's name
        ("Mercy General Hospital", None),
        ("Lakeside Clinic", None),
        ("Harbor Trauma Center", None),
        ("Ada Parker", "n:ada parker"),
        ("", None),
    ],
)
def test_name_key(text, key):
    assert name_key(text) == key


def test_sketch_keys_words_names_and_city_places(make):
    text = "The 17-year-old was shot by Ruslan Beketov in Tamsk, near Tamsk market."
    tamsk = make.place("Tamsk", geonameid=9100001, text=text)
    region = make.place("Tamsk", geonameid=9100002, kind="admin", text=text)  # not a city: no key
    nameless = make.place("Tamsk", geonameid=None, text=text)  # a city without a GeoNames id: no key
    result = make.result("a1", "2023-03-13", text, title="Shooting in Tamsk", people=["Ruslan Beketov"],
                         places=[tamsk, tamsk, region, nameless])
    s = sketch(result)
    assert s.article_id == "a1" and s.day == dt.date(2023, 3, 13)
    assert dict(s.keys) == {
        "w:17-year-old": 1, "w:shot": 1, "w:ruslan": 1, "w:beketov": 1, "w:tamsk": 3, "w:near": 1, "w:market": 1,
        "w:shooting": 1, "n:ruslan beketov": 1, "g:9100001": 2,
    }
    assert s.names() == {"n:ruslan beketov"} and s.places() == {"g:9100001"}


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("The police were there after the attack.", {"w:police", "w:attack"}, {"w:the", "w:were", "w:there", "w:after"}),
        ("Gunmen hit a bus on Monday.", {"w:gunmen", "w:hit", "w:bus", "w:monday"}, {"w:a", "w:on"}),  # short words
        ("The 17-year-old and 3 men", {"w:17-year-old", "w:men"}, {"w:3", "w:and"}),
        ("Beketov's car", {"w:car"}, {"w:beketov's", "w:beketov"}),
    ],
)
def test_sketch_words(make, text, kept, dropped):
    keys = set(sketch(make.result("a", None, text)).keys)
    assert kept <= keys
    assert not (dropped & keys)


def test_sketch_is_the_same_whatever_the_word_keys_remembered(make, monkeypatch):
    from seismo.link import keys as K

    text = "Police said the Police van and the police car left; Beketov's driver stayed with 12-year-old Anna."
    first = dict(sketch(make.result("a", None, text, title="Police van")).keys)
    assert first["w:police"] == 4 and "w:beketov's" not in first  # case variants add up under one key
    again = dict(sketch(make.result("a", None, text, title="Police van")).keys)  # every word remembered now
    monkeypatch.setattr(K, "WORD_KEYS_KEPT", 0)  # emptied before each article: worked out afresh
    fresh = dict(sketch(make.result("a", None, text, title="Police van")).keys)
    assert first == again == fresh and list(first) == list(again) == list(fresh)


def test_vector_is_normalised_and_keeps_the_top_keys():
    s = Sketch("a", None, {f"w:word{i:02d}": i + 1 for i in range(30)})
    v = vector(s, lambda k: 1.0, top=10)
    assert len(v) == 10
    assert math.isclose(math.sqrt(sum(x * x for x in v.values())), 1.0)
    assert set(v) == {f"w:word{i:02d}" for i in range(20, 30)}  # the most frequent ones
    assert math.isclose(math.sqrt(sum(x * x for x in vector(s, lambda k: 2.0).values())), 1.0)  # all 30


def test_vector_weighs_tf_and_idf():
    s = Sketch("a", None, {"w:often": 4, "w:once": 1, "w:rare": 1})
    v = vector(s, {"w:often": 1.0, "w:once": 1.0, "w:rare": 2.0}.__getitem__)
    assert math.isclose(v["w:often"] / v["w:once"], 1.0 + math.log(4))
    assert math.isclose(v["w:rare"] / v["w:once"], 2.0)


def test_boost_makes_a_name_outweigh_a_word():
    s = Sketch("a", None, {"n:ruslan beketov": 1, "w:depot": 1, "g:9100001": 1})
    v = vector(s, lambda k: 1.5)
    assert v["n:ruslan beketov"] > v["g:9100001"] > v["w:depot"]
    assert math.isclose(v["n:ruslan beketov"] / v["w:depot"], BOOST["n"] / BOOST["w"])
    assert lookup_keys(v, n=1) == ["n:ruslan beketov"]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ({"w:x": 1.0}, {"w:x": 1.0}, 1.0),
        ({"w:x": 1.0}, {"w:y": 1.0}, 0.0),
        ({"w:x": 0.6, "w:y": 0.8}, {"w:y": 1.0}, 0.8),
        ({"w:x": 0.6, "w:y": 0.8}, {"w:x": 0.8, "w:y": 0.6}, 0.96),
        ({}, {"w:x": 1.0}, 0.0),
    ],
)
def test_cosine(a, b, expected):
    assert math.isclose(cosine(a, b), expected)
    assert math.isclose(cosine(b, a), expected)


def test_lookup_keys_are_the_heaviest_with_ties_by_key():
    v = {"w:b": 0.5, "w:a": 0.5, "n:c d": 0.7, "w:e": 0.1}
    assert lookup_keys(v, n=3) == ["n:c d", "w:a", "w:b"]


def test_toll_keys_give_each_kind_its_largest_written_figure(make):
    text = "Four people were hit in the crossfire near the depot; a woman was wounded and two men died."
    event = make.event(text=text, counts=[
        make.count("injured", 4, text=text, words="Four people"),
        make.count("injured", 1, text=text, words="a woman"),  # a victim with no number: a part of the written four
        make.count("killed", 2, text=text, words="two men"),
    ])
    assert toll_keys(event) == ["t:killed=2", "t:injured=4"]


def test_toll_keys_fall_back_on_victims_with_no_number(make):
    text = "A cyclist was shot on the towpath."
    event = make.event(text=text, counts=[make.count("injured", 1, text=text, words="A cyclist")])
    assert toll_keys(event) == ["t:injured=1"]
    assert toll_keys(make.event(text=text)) == []


def test_sketch_keeps_the_primary_toll_in_the_vector_but_never_looks_it_up(make):
    text = "Two men died when a gunman opened fire at the depot in Tamsk on Sunday evening."
    event = make.event(text=text, counts=[make.count("killed", 2, text=text, words="Two men")])
    result = make.result("a1", "2023-03-13", text)
    assert not any(k.startswith("t:") for k in sketch(result).keys)
    s = sketch(result, primary=event)
    assert s.keys["t:killed=2"] == 1
    v = vector(s, lambda k: 1.0, top=3)  # far fewer keys kept than the words: the toll stays all the same
    assert "t:killed=2" in v and v["t:killed=2"] < min(x for k, x in v.items() if k[0] == "w")
    assert "t:killed=2" not in lookup_keys(v, n=10)


def test_vector_and_lookup_order_ties_by_key():
    """Equal weights are ranked by key (the two sorts of _heaviest_first), whatever the order of the sketch."""
    s = Sketch("a1", None, {"w:zebra": 1, "w:apple": 1, "w:mango": 1, "n:ada lovelace": 1, "w:kiwi": 3})
    v = vector(s, lambda k: 1.0)
    assert list(v) == ["n:ada lovelace", "w:kiwi", "w:apple", "w:mango", "w:zebra"]
    assert lookup_keys(v, n=3) == ["n:ada lovelace", "w:kiwi", "w:apple"]
    assert list(vector(s, lambda k: 1.0, top=2)) == ["n:ada lovelace", "w:kiwi"]
