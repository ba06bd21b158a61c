"""seismo.nlp.lemmas: the lemmatizer answers each distinct reading once, with spaCy's own lemmas."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

from seismo.nlp import fix_lemmas, load_model
from seismo.nlp.lemmas import IndexedList, index_lemma_tables, use_lemma_memo

#: nouns, verbs and adjectives in several forms, words the model's index lacks, names, figures,
#: contractions, a form the attribute ruler corrects ("staged"), blank lines and repeats
SENTENCES = [
    "Dockers staged walkouts at three ports while lorries queued for miles.",
    "The wolves were seen near the villages; the farmers' geese had gone.",
    "She has been writing letters, and he wrote back, angrier and angrier.",
    "Crowds gathered again; crowds were gathering again on Tuesday, as crowds gather every week.",
    "Zyxtrons flurbled the quanglers at 4.30pm, said Mr O'Dowd of the A.B.C. Party.",
    "We're not leaving, they've said it twice, and y'all heard them.\n\nNobody was charged.",
    "   ",
    "",
]

#: the token attributes every other component sets: the memo must leave them as they were
OTHER_ATTRIBUTES = ["ORTH", "TAG", "POS", "MORPH", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START"]


@pytest.fixture(scope="module")
def models():
    """A stock model and one whose lemmatizer uses the memo, both with the same lemma correction."""
    stock, memo = load_model(), load_model()
    for nlp in (stock, memo):
        fix_lemmas(nlp, [("staged", "VERB", "stage")])
    assert use_lemma_memo(memo)
    return stock, memo


def test_the_lemmas_are_spacys_own_token_for_token(models):
    stock, memo = models
    for _ in range(2):  # the second round answers from the memo
        for text in SENTENCES:
            a, b = stock(text), memo(text)
            assert [t.lemma_ for t in a] == [t.lemma_ for t in b], text
            assert a.to_array(OTHER_ATTRIBUTES).tolist() == b.to_array(OTHER_ATTRIBUTES).tolist()
    lemmas = {t.lower_: t.lemma_ for t in memo(SENTENCES[0])}
    assert lemmas["staged"] == "stage" and lemmas["walkouts"] == "walkout" and lemmas["lorries"] == "lorry"


def test_pipe_and_call_give_the_same_lemmas(models):
    stock, memo = models
    piped = [[t.lemma_ for t in d] for d in memo.pipe(SENTENCES, batch_size=3)]
    assert piped == [[t.lemma_ for t in stock(text)] for text in SENTENCES]


def test_a_reading_met_before_is_not_lemmatized_again():
    nlp = load_model()
    assert use_lemma_memo(nlp)
    lemmatizer = nlp.get_pipe("lemmatizer")
    asked = []
    inner = lemmatizer.lemmatize
    lemmatizer.lemmatize = lambda token: asked.append(token.text) or inner(token)
    nlp("The villages were burned and the villages were rebuilt.")
    assert asked.count("villages") == 1 and "rebuilt" in asked  # "were": the attribute ruler sets it
    nlp("Two villages were emptied.")
    assert "villages" not in asked[asked.index("Two"):]  # the same reading: answered from the memo


def test_the_memo_is_used_once_and_only_on_a_rule_or_lookup_lemmatizer():
    import spacy

    nlp = load_model()
    assert use_lemma_memo(nlp) and use_lemma_memo(nlp)  # a second call changes nothing
    cls = type(nlp.get_pipe("lemmatizer"))
    assert cls.__mro__[1].__name__ == "EnglishLemmatizer"
    assert pickle.loads(pickle.dumps(cls)) is cls  # the class is found by name in its module
    fresh = subprocess.run(  # and made again in a process that never made it
        [sys.executable, "-c", "import pickle, sys, spacy.lang.en.lemmatizer; "
         "print(pickle.loads(sys.stdin.buffer.read()).__mro__[1].__name__)"],
        input=pickle.dumps(cls), capture_output=True, check=True)
    assert fresh.stdout.decode().strip() == "EnglishLemmatizer"
    blank = spacy.blank("en")
    assert not use_lemma_memo(blank)  # no lemmatizer
    blank.add_pipe("sentencizer", name="lemmatizer")
    assert not use_lemma_memo(blank)  # a component of that name that is no lemmatizer


def test_the_index_tests_membership_by_look_up_and_stays_a_list():
    words = IndexedList(["house", "wolf", "goose"])
    assert "wolf" in words and "wolves" not in words
    assert list(words) == ["house", "wolf", "goose"] and isinstance(words, list)
    nlp = load_model()
    lemmatizer = nlp.get_pipe("lemmatizer")
    before = {k: list(v) for k, v in lemmatizer.lookups.get_table("lemma_index").items()}
    index_lemma_tables(lemmatizer)
    table = lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(v, IndexedList) for v in table.values())
    assert {k: list(v) for k, v in table.items()} == before  # the same words, in the same order
    assert lemmatizer.lookups.to_bytes()  # still serialisable as the model's lists


def test_an_overwriting_lemmatizer_gives_spacys_lemmas_too():
    stock, memo = load_model(), load_model()
    for nlp in (stock, memo):
        fix_lemmas(nlp, [("staged", "VERB", "stage")])
        nlp.get_pipe("lemmatizer").overwrite = True  # the ruler's correction is overwritten, as spaCy does
    assert use_lemma_memo(memo)
    for text in SENTENCES[:3] * 2:
        assert [t.lemma_ for t in stock(text)] == [t.lemma_ for t in memo(text)]
