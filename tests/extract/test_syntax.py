"""The dependency helpers of :mod:`seismo.extract.syntax` on small Docs built by hand: the parse
is written out token by token (``hand_doc`` in ``conftest.py``), so no model is loaded and each
test pins one parse exactly.  Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from seismo.extract import lexicon, noun_phrases, syntax
from seismo.extract.according import according_source, according_to

# index  word  head  dep  pos  tag  lemma  [entity IOB]

ACTIVE = """
0 Riot      1 compound NOUN  NN  riot     O
1 police    2 nsubj    NOUN  NNS police   O
2 detained  2 ROOT     VERB  VBD detain   O
3 two       4 nummod   NUM   CD  two      O
4 students  2 dobj     NOUN  NNS student  O
5 .         2 punct    PUNCT .   .        O
"""
PASSIVE = """
0 The       1 det       DET   DT  the      O
1 depot     3 nsubjpass NOUN  NN  depot    O
2 was       3 auxpass   AUX   VBD be       O
3 looted    3 ROOT      VERB  VBN loot     O
4 by        3 agent     ADP   IN  by       O
5 rioters   4 pobj      NOUN  NNS rioter   O
6 .         3 punct     PUNCT .   .        O
"""
NOMINAL = """
0 Moscow    2 poss     PROPN NNP Moscow   B-GPE
1 's        0 case     PART  POS 's       O
2 blockade  6 nsubj    NOUN  NN  blockade O
3 of        2 prep     ADP   IN  of       O
4 the       5 det      DET   DT  the      O
5 port      3 pobj     NOUN  NN  port     O
6 angered   6 ROOT     VERB  VBD anger    O
7 traders   6 dobj     NOUN  NNS trader   O
8 .         6 punct    PUNCT .   .        O
"""
NOMINAL_BY = """
0 The       1 det      DET   DT  the      O
1 shelling  5 nsubj    NOUN  NN  shelling O
2 by        1 prep     ADP   IN  by       O
3 the       4 det      DET   DT  the      O
4 army      2 pobj     NOUN  NN  army     O
5 stopped   5 ROOT     VERB  VBD stop     O
6 .         5 punct    PUNCT .   .        O
"""
RELATIVE = """
0 The       1 det      DET   DT  the      O
1 agency    6 nsubj    NOUN  NN  agency   O
2 ,         1 punct    PUNCT ,   ,        O
3 which     4 nsubj    PRON  WDT which    O
4 counted   1 relcl    VERB  VBD count    O
5 ,         1 punct    PUNCT ,   ,        O
6 erred     6 ROOT     VERB  VBD err      O
7 .         6 punct    PUNCT .   .        O
"""
THAT_CLAUSE = """
0 Officials 1 nsubj    NOUN  NNS official O
1 said      1 ROOT     VERB  VBD say      O
2 that      3 nsubj    PRON  DT  that     O
3 was       1 ccomp    AUX   VBD be       O
4 wrong     3 acomp    ADJ   JJ  wrong    O
5 .         1 punct    PUNCT .   .        O
"""
XCOMP = """
0 Police    1 nsubj    NOUN  NNS police   O
1 tried     1 ROOT     VERB  VBD try      O
2 to        3 aux      PART  TO  to       O
3 disperse  1 xcomp    VERB  VB  disperse O
4 the       5 det      DET   DT  the      O
5 crowd     3 dobj     NOUN  NN  crowd    O
6 .         1 punct    PUNCT .   .        O
"""
#: "Farmers wanted to try to block the road": three verbs chained by xcomp
XCOMP_CHAIN = """
0 Farmers   1 nsubj    NOUN  NNS farmer   O
1 wanted    1 ROOT     VERB  VBD want     O
2 to        3 aux      PART  TO  to       O
3 try       1 xcomp    VERB  VB  try      O
4 to        5 aux      PART  TO  to       O
5 block     3 xcomp    VERB  VB  block    O
6 the       7 det      DET   DT  the      O
7 road      5 dobj     NOUN  NN  road     O
8 .         1 punct    PUNCT .   .        O
"""
CONJUNCTS = """
0 Gunmen    1 nsubj    NOUN  NNS gunman   O
1 arrived   1 ROOT     VERB  VBD arrive   O
2 ,         1 punct    PUNCT ,   ,        O
3 guards    4 nsubj    NOUN  NNS guard    O
4 ran       1 conj     VERB  VBD run      O
5 and       4 cc       CCONJ CC  and      O
6 hid       1 conj     VERB  VBD hide     O
7 .         1 punct    PUNCT .   .        O
"""
PASSIVE_CONJUNCT = """
0 The       1 det       DET   DT  the      O
1 mayor     2 nsubj     NOUN  NN  mayor    O
2 spoke     2 ROOT      VERB  VBD speak    O
3 and       2 cc        CCONJ CC  and      O
4 his       5 poss      PRON  PRP$ his     O
5 aides     7 nsubjpass NOUN  NNS aide     O
6 were      7 auxpass   AUX   VBD be       O
7 arrested  2 conj      VERB  VBN arrest   O
8 .         2 punct     PUNCT .   .        O
"""
PARTICIPLE = """
0 Nurses    1 nsubj    NOUN  NNS nurse    O
1 walked    1 ROOT     VERB  VBD walk     O
2 out       1 prt      ADP   RP  out      O
3 ,         1 punct    PUNCT ,   ,        O
4 demanding 1 advcl    VERB  VBG demand   O
5 pay       4 dobj     NOUN  NN  pay      O
6 .         1 punct    PUNCT .   .        O
"""
#: "Crowds gathered by the river": a verb's by-phrase of place is no agent
BY_THE_RIVER = """
0 Crowds    1 nsubj    NOUN  NNS crowd    O
1 gathered  1 ROOT     VERB  VBD gather   O
2 by        1 prep     ADP   IN  by       O
3 the       4 det      DET   DT  the      O
4 river     2 pobj     NOUN  NN  river    O
5 .         1 punct    PUNCT .   .        O
"""
COORDINATED_SUBJECTS = """
0 Police    3 nsubj    NOUN  NNS police   O
1 and       0 cc       CCONJ CC  and      O
2 soldiers  0 conj     NOUN  NNS soldier  O
3 fired     3 ROOT     VERB  VBD fire     O
4 .         3 punct    PUNCT .   .        O
"""
PRONOUN = """
0 Kenya     1 nsubj    PROPN NNP Kenya    B-GPE
1 said      1 ROOT     VERB  VBD say      O
2 it        4 nsubj    PRON  PRP it       O
3 would     4 aux      AUX   MD  will     O
4 retaliate 1 ccomp    VERB  VB  retaliate O
5 .         1 punct    PUNCT .   .        O
"""
TWO_SENTENCES = """
0 Chile     1 nsubj    PROPN NNP Chile    B-GPE
1 objected  1 ROOT     VERB  VBD object   O
2 .         1 punct    PUNCT .   .        O
3 It        4 nsubj    PRON  PRP it       O
4 left      4 ROOT     VERB  VBD leave    O
5 .         4 punct    PUNCT .   .        O
"""
STRIKE = """
0 A         1 det      DET   DT  a        O
1 strike    3 nsubj    NOUN  NN  strike   O
2 is        3 aux      AUX   VBZ be       O
3 looming   3 ROOT     VERB  VBG loom     O
4 .         3 punct    PUNCT .   .        O
"""
CALLED_FOR = """
0 Unions    1 nsubj    NOUN  NNS union    O
1 called    1 ROOT     VERB  VBD call     O
2 for       1 prep     ADP   IN  for      O
3 a         4 det      DET   DT  a        O
4 boycott   2 pobj     NOUN  NN  boycott  O
5 and       1 cc       CCONJ CC  and      O
6 threatened 1 conj    VERB  VBD threaten O
7 a         8 det      DET   DT  a        O
8 walkout   6 dobj     NOUN  NN  walkout  O
9 .         1 punct    PUNCT .   .        O
"""
#: "They would have preferred to keep marching"
PREFERRED = """
0 They      3 nsubj    PRON  PRP they     O
1 would     3 aux      AUX   MD  will     O
2 have      3 aux      AUX   VB  have     O
3 preferred 3 ROOT     VERB  VBN prefer   O
4 to        5 aux      PART  TO  to       O
5 keep      3 xcomp    VERB  VB  keep     O
6 marching  5 xcomp    VERB  VBG march    O
7 .         3 punct    PUNCT .   .        O
"""
#: "Villagers saw the burned car in the square"
BURNED = """
0 Villagers 1 nsubj    NOUN  NNS villager O
1 saw       1 ROOT     VERB  VBD see      O
2 the       4 det      DET   DT  the      O
3 burned    4 amod     VERB  VBN burn     O
4 car       1 dobj     NOUN  NN  car      O
5 in        4 prep     ADP   IN  in       O
6 the       7 det      DET   DT  the      O
7 square    5 pobj     NOUN  NN  square   O
8 .         1 punct    PUNCT .   .        O
"""
VERBLESS = """
0 Floods    0 ROOT     NOUN  NNS flood    O
1 in        0 prep     ADP   IN  in       O
2 the       3 det      DET   DT  the      O
3 north     1 pobj     NOUN  NN  north    O
"""
ACCORDING = """
0 According 6 prep     VERB  VBG accord   O
1 to        0 prep     ADP   IN  to       O
2 the       3 det      DET   DT  the      O
3 figures   1 pobj     NOUN  NNS figure   O
4 of        3 prep     ADP   IN  of       O
5 officials 4 pobj     NOUN  NNS official O
6 died      6 ROOT     VERB  VBD die      O
7 .         6 punct    PUNCT .   .        O
"""
ACCORDING_SPOKESMAN = """
0 According 6 prep     VERB  VBG accord   O
1 to        0 prep     ADP   IN  to       O
2 the       3 det      DET   DT  the      O
3 spokesman 1 pobj     NOUN  NN  spokesman O
4 of        3 prep     ADP   IN  of       O
5 police    4 pobj     NOUN  NN  police   O
6 resigned  6 ROOT     VERB  VBD resign   O
7 .         6 punct    PUNCT .   .        O
"""
#: "Ana Ruiz, according to whom prices rose, resigned."
ACCORDING_WHOM = """
0 Ana       1 compound PROPN NNP Ana      B-PERSON
1 Ruiz      9 nsubj    PROPN NNP Ruiz     I-PERSON
2 ,         1 punct    PUNCT ,   ,        O
3 according 7 prep     VERB  VBG accord   O
4 to        3 prep     ADP   IN  to       O
5 whom      4 pobj     PRON  WP  whom     O
6 prices    7 nsubj    NOUN  NNS price    O
7 rose      1 relcl    VERB  VBD rise     O
8 ,         1 punct    PUNCT ,   ,        O
9 resigned  9 ROOT     VERB  VBD resign   O
10 .        9 punct    PUNCT .   .        O
"""
#: "Land was accorded to the veterans": a form of "accord" that is no "according to"
ACCORDED = """
0 Land      2 nsubjpass NOUN NN  land     O
1 was       2 auxpass  AUX   VBD be       O
2 accorded  2 ROOT     VERB  VBN accord   O
3 to        2 prep     ADP   IN  to       O
4 the       5 det      DET   DT  the      O
5 veterans  3 pobj     NOUN  NNS veteran  O
6 .         2 punct    PUNCT .   .        O
"""

#: "Some angry, unpaid Kazakh miners of Temirtau, who struck, left."
MINERS = """
0 Some      5 det      DET   DT  some     O
1 angry     5 amod     ADJ   JJ  angry    O
2 ,         5 punct    PUNCT ,   ,        O
3 unpaid    5 amod     ADJ   JJ  unpaid   O
4 Kazakh    5 amod     ADJ   JJ  Kazakh   B-NORP
5 miners    11 nsubj   NOUN  NNS miner    O
6 of        5 prep     ADP   IN  of       O
7 Temirtau  6 pobj     PROPN NNP Temirtau B-GPE
8 ,         5 punct    PUNCT ,   ,        O
9 who       10 nsubj   PRON  WP  who      O
10 struck   5 relcl    VERB  VBD strike   O
11 left     11 ROOT    VERB  VBD leave    O
12 .        11 punct   PUNCT .   .        O
"""
#: "The Russian agency Ria Novosti, which reports daily, said so."
AGENCY = """
0 The       2 det      DET   DT  the      O
1 Russian   2 amod     ADJ   JJ  russian  B-NORP
2 agency    9 nsubj    NOUN  NN  agency   O
3 Ria       2 appos    PROPN NNP Ria      B-ORG
4 Novosti   3 flat     PROPN NNP Novosti  I-ORG
5 ,         3 punct    PUNCT ,   ,        O
6 which     7 nsubj    PRON  WDT which    O
7 reports   3 relcl    VERB  VBZ report   O
8 ,         2 punct    PUNCT ,   ,        O
9 said      9 ROOT     VERB  VBD say      O
10 so       9 advmod   ADV   RB  so       O
11 .        9 punct    PUNCT .   .        O
"""


def words(tokens) -> list[str]:
    return [t.text for t in tokens]


def word(tok) -> str | None:
    return None if tok is None else tok.text


def at(doc, text: str):
    """The first token of ``doc`` whose text is ``text``."""
    return next(t for t in doc if t.text == text)


def _gpe(tok):
    return tok if tok.ent_type_ == "GPE" else None


def _person(tok):
    return tok if tok.ent_type_ == "PERSON" else None


# ------------------------------------------------------------------ subjects


@pytest.mark.parametrize(
    ("table", "verb", "options", "expected"),
    [
        (ACTIVE, "detained", {}, ["police"]),
        # passive: the depot is what the clause is about, the rioters who did it
        (PASSIVE, "looted", {}, []),
        (PASSIVE, "looted", {"deps": frozenset({"nsubjpass"})}, ["depot"]),
        (PASSIVE, "looted", {"agent": True}, ["rioters"]),
        (PASSIVE, "looted", {"agent": True, "within": (0, 4)}, []),
        (PASSIVE, "looted", {"deps": frozenset({"nsubjpass"}), "agent": True, "within": (2, 7)}, ["rioters"]),
        # an event noun: its possessor or by-phrase, only when asked for
        (NOMINAL, "blockade", {}, []),
        (NOMINAL, "blockade", {"nominal": True}, ["Moscow"]),
        (NOMINAL_BY, "shelling", {"nominal": True}, ["army"]),
        (NOMINAL_BY, "shelling", {"agent": True}, []),
        (BY_THE_RIVER, "gathered", {"nominal": True, "agent": True}, ["Crowds"]),
        # coordinated subjects
        (COORDINATED_SUBJECTS, "fired", {}, ["Police"]),
        (COORDINATED_SUBJECTS, "fired", {"conjuncts": True}, ["Police", "soldiers"]),
    ],
)
def test_subjects(hand_doc, table, verb, options, expected):
    doc = hand_doc(table)
    assert words(syntax.subjects(at(doc, verb), **options)) == expected


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, ["which"]),
        ({"relative": "head"}, ["agency"]),  # "which" found by its tag (WDT)
        ({"relative": "head", "pronouns": frozenset({"who"})}, ["which"]),  # by word: not listed
        ({"relative": "antecedent", "pronouns": frozenset({"which"}), "pick": _gpe}, ["agency"]),
        ({"relative": "antecedent", "pronouns": frozenset({"which"})}, ["agency"]),  # the clause's noun
    ],
)
def test_relative_pronoun_subject(hand_doc, options, expected):
    doc = hand_doc(RELATIVE)
    assert words(syntax.subjects(at(doc, "counted"), **options)) == expected


def test_relative_pronoun_outside_a_relative_clause(hand_doc):
    doc = hand_doc(THAT_CLAUSE)
    was = at(doc, "was")
    assert words(syntax.subjects(was, relative="head", pronouns=frozenset({"that"}))) == ["that"]
    # "antecedent": a pronoun we cannot name is still the subject, so "was" inherits nothing
    named = {"relative": "antecedent", "pronouns": frozenset({"that"}), "pick": _gpe}
    assert syntax.subjects(was, **named, inherit=frozenset({"ccomp"})) == []
    assert words(syntax.subjects(was, inherit=frozenset({"ccomp"}))) == ["that"]


@pytest.mark.parametrize(
    ("table", "verb", "options", "expected"),
    [
        (XCOMP, "disperse", {}, []),
        (XCOMP, "disperse", {"inherit": frozenset({"xcomp"})}, ["Police"]),
        (XCOMP, "disperse", {"inherit": frozenset({"conj"})}, []),
        (XCOMP, "disperse", {"inherit": frozenset({"xcomp"}), "inherit_to": frozenset({"NOUN"})}, []),
        (XCOMP_CHAIN, "block", {"inherit": frozenset({"xcomp"})}, ["Farmers"]),
        (XCOMP_CHAIN, "block", {"inherit": frozenset({"xcomp"}), "inherit_steps": 1}, []),
        (XCOMP_CHAIN, "block", {"inherit": frozenset({"xcomp"}), "inherit_steps": 2}, ["Farmers"]),
        # a participle takes the subject of the verb it hangs on
        (PARTICIPLE, "demanding", {"inherit": frozenset({"advcl"})}, ["Nurses"]),
        # a conjunct: from the first conjunct, or the nearest earlier one with a subject
        (CONJUNCTS, "hid", {"inherit": frozenset({"conj"})}, ["Gunmen"]),
        (CONJUNCTS, "hid", {"inherit": frozenset({"conj"}), "nearest_conjunct": True}, ["guards"]),
        (CONJUNCTS, "ran", {"inherit": frozenset({"conj"}), "nearest_conjunct": True}, ["guards"]),
        # a passive conjunct has a subject of its own kind
        (PASSIVE_CONJUNCT, "arrested", {"inherit": frozenset({"conj"})}, ["mayor"]),
        (PASSIVE_CONJUNCT, "arrested", {"inherit": frozenset({"conj"}), "inherit_passive": False}, []),
    ],
)
def test_inherited_subjects(hand_doc, table, verb, options, expected):
    doc = hand_doc(table)
    assert words(syntax.subjects(at(doc, verb), **options)) == expected


def test_subject_is_the_first_or_none(hand_doc):
    doc = hand_doc(COORDINATED_SUBJECTS)
    assert word(syntax.subject(at(doc, "fired"), conjuncts=True)) == "Police"
    assert syntax.subject(at(doc, "soldiers")) is None


# ------------------------------------------------------------------ antecedents


def test_antecedent_of_a_relative_pronoun(hand_doc):
    doc = hand_doc(RELATIVE)
    which = at(doc, "which")
    assert word(syntax.antecedent(which, pick=_gpe, relative_clause=True)) == "agency"
    assert syntax.antecedent(which, pick=_gpe) is None  # no country named before it


def test_antecedent_is_the_nearest_pick_before(hand_doc):
    doc = hand_doc(PRONOUN)
    it = at(doc, "it")
    assert word(syntax.antecedent(it, pick=_gpe)) == "Kenya"
    assert syntax.antecedent(it, pick=_gpe, window=1) is None
    assert syntax.antecedent(it, pick=_gpe, start=1) is None
    assert syntax.antecedent(it, pick=lambda t: None) is None


def test_antecedent_stays_in_its_sentence_unless_told(hand_doc):
    doc = hand_doc(TWO_SENTENCES)
    it = at(doc, "It")
    assert syntax.antecedent(it, pick=_gpe) is None
    assert word(syntax.antecedent(it, pick=_gpe, start=0)) == "Chile"
    assert syntax.antecedent(it, pick=_gpe, start=0, stop=frozenset({"."})) is None


# ------------------------------------------------------------------ coordination, prepositions, owners


def test_conjuncts(hand_doc):
    doc = hand_doc(COORDINATED_SUBJECTS)
    police, soldiers = at(doc, "Police"), at(doc, "soldiers")
    assert words(syntax.with_conjuncts([police])) == ["Police", "soldiers"]
    assert words(syntax.with_conjuncts([soldiers])) == ["soldiers", "Police"]
    assert words(syntax.with_conjuncts([at(doc, "fired")])) == ["fired"]
    assert word(syntax.first_conjunct(soldiers)) == "Police"
    assert word(syntax.first_conjunct(police)) == "Police"


def test_prep_objects(hand_doc):
    doc = hand_doc(NOMINAL)
    blockade = at(doc, "blockade")
    assert words(syntax.prep_objects(blockade, frozenset({"of"}))) == ["port"]
    assert syntax.prep_objects(blockade, frozenset({"by"})) == []
    passive = hand_doc(PASSIVE)
    assert words(syntax.prep_objects(at(passive, "looted"))) == ["rioters"]  # an agent is a preposition too


def test_words_owner(hand_doc):
    doc = hand_doc(ACCORDING)
    figures = at(doc, "figures")
    assert word(syntax.words_owner(figures, roles=frozenset(), preps=frozenset({"of"}))) == "officials"
    assert syntax.words_owner(figures, roles=frozenset(), preps=frozenset({"by"})) is None
    by_lemma = frozenset({"figure"})
    assert syntax.words_owner(figures, roles=by_lemma, preps=frozenset({"of"})) is None
    spokesman = at(hand_doc(ACCORDING_SPOKESMAN), "spokesman")
    assert syntax.words_owner(spokesman, roles=frozenset({"spokesman"}), preps=frozenset({"of"})) is None
    assert word(syntax.words_owner(spokesman, roles=frozenset(), preps=frozenset({"of"}))) == "police"


LANDSLIDES = """
0 Landslides 1 nsubj PROPN NNP Landslides
1 buried 1 ROOT VERB VBD bury
2 Killings 1 dobj PROPN NNP Killings
3 . 1 punct PUNCT . .
"""

PARIS = """
0 Paris 1 nsubj PROPN NNP Paris
1 protested 1 ROOT VERB VBD protest
2 . 1 punct PUNCT . .
"""


def test_words_of_a_plural_misread_as_a_name_at_a_sentence_start(hand_doc):
    """A capitalised plural that opens a sentence, tagged a proper noun and left unlemmatised,
    is looked up by its singular; the same word inside the sentence, and a name, are left alone."""
    doc = hand_doc(LANDSLIDES)
    assert syntax.words_of(doc[0]) == ("landslide", "landslides")
    assert syntax.words_of(doc[2]) == ("killings", "killings")  # not at a sentence start
    assert syntax.words_of(hand_doc(PARIS)[0]) == ("paris", "paris")
    assert [lexicon.singular(w) for w in ("clashes", "casualties", "riots", "news", "gas", "policemen")] == [
        "clash", "casualty", "riot", "news", "gas", "policeman"]


# ------------------------------------------------------------------ names and noun phrases


def test_entity_of(hand_doc):
    doc = hand_doc(AGENCY)
    ria = syntax.entity_of(at(doc, "Novosti"))  # found from inside the name
    assert (ria.text, ria.label_) == ("Ria Novosti", "ORG")
    assert ria == doc.ents[1]  # the very span doc.ents holds
    assert syntax.entity_of(at(doc, "Ria"), labels=frozenset({"ORG", "GPE"})).text == "Ria Novosti"
    assert syntax.entity_of(at(doc, "Ria"), labels=frozenset({"PERSON"})) is None
    assert syntax.entity_of(at(doc, "Russian")).label_ == "NORP"
    assert syntax.entity_of(at(doc, "agency")) is None


def _some(*deps: str) -> frozenset[str]:
    return frozenset(deps)


def _is_punct(tok) -> bool:
    return tok.is_punct


def _plain_adjective(tok) -> bool:
    return tok.dep_ == "amod" and not tok.ent_type_


@pytest.mark.parametrize(
    ("head", "options", "expected"),
    [
        ("miners", {}, "miners"),
        # "until": out to the first dependent that does not belong (the comma)
        ("miners", {"before": noun_phrases.Side(_some("det", "amod"))}, "unpaid Kazakh miners"),
        # "all": past it, out to the farthest that belongs
        ("miners", {"before": noun_phrases.Side(_some("det", "amod"), reach="all")}, "Some angry, unpaid Kazakh miners"),
        ("miners", {"before": noun_phrases.Side(_some("det", "amod"), reach="all", trim=lambda t: t.pos_ == "DET")},
         "angry, unpaid Kazakh miners"),
        # "run": the unbroken words that belong, not stepping onto a stop
        ("miners", {"before": noun_phrases.Side(_some("det", "amod", "punct"), reach="run")}, "Some angry, unpaid Kazakh miners"),
        ("miners", {"before": noun_phrases.Side(_some("det", "amod", "punct"), reach="run", stops=frozenset({","}))},
         "unpaid Kazakh miners"),
        ("miners", {"before": noun_phrases.Side(_some("amod"), reach="run", words=True)}, "unpaid Kazakh miners"),
        # after the head: a dependent brings its subtree, or only itself
        ("miners", {"after": noun_phrases.Side(_some("prep"))}, "miners of Temirtau"),
        ("miners", {"after": noun_phrases.Side(_some("prep"), words=True)}, "miners of"),
        ("miners", {"after": noun_phrases.Side(_some("prep", "punct"))}, "miners of Temirtau,"),
        ("miners", {"after": noun_phrases.Side(_some("prep", "punct"), trim=_is_punct)}, "miners of Temirtau"),
        ("miners", {"after": noun_phrases.Side(_some("prep", "relcl"))}, "miners of Temirtau"),
        ("miners", {"after": noun_phrases.Side(_some("prep", "relcl"), reach="all")}, "miners of Temirtau, who struck"),
        ("miners", {"after": noun_phrases.Side(lambda t: t.dep_ != "relcl", reach="run", stops=frozenset({","}))},
         "miners of Temirtau"),
        # a test on the dependent instead of labels: an adjective that is no nationality
        ("miners", {"before": noun_phrases.Side(_plain_adjective)}, "miners"),
        ("miners", {"before": noun_phrases.Side(_plain_adjective, reach="all")}, "angry, unpaid Kazakh miners"),
    ],
)
def test_noun_phrase_sides(hand_doc, head, options, expected):
    doc = hand_doc(MINERS)
    assert noun_phrases.noun_phrase(at(doc, head), **options).text == expected


def test_noun_phrase_apposed_name(hand_doc):
    doc = hand_doc(AGENCY)
    agency, before = at(doc, "agency"), noun_phrases.Side(_some("det", "amod"))
    assert noun_phrases.noun_phrase(agency, before=before).text == "The Russian agency"
    # the name in apposition, with the name compounded after it, without its relative clause
    named = noun_phrases.noun_phrase(agency, before=before, after=noun_phrases.Side(_some(), names=True))
    assert named.text == "The Russian agency Ria Novosti"
    whole = noun_phrases.noun_phrase(agency, after=noun_phrases.Side(_some("appos")))
    assert whole.text == "agency Ria Novosti, which reports"


def test_noun_phrase_entity(hand_doc):
    doc = hand_doc(AGENCY)
    novosti = at(doc, "Novosti")
    assert noun_phrases.noun_phrase(novosti).text == "Novosti"
    assert noun_phrases.noun_phrase(novosti, entity=None).text == "Ria Novosti"  # any label
    assert noun_phrases.noun_phrase(novosti, entity=frozenset({"ORG"})).text == "Ria Novosti"
    assert noun_phrases.noun_phrase(novosti, entity=frozenset({"PERSON"})).text == "Novosti"


def test_root_at(hand_doc):
    doc = hand_doc(MINERS)
    start = doc.text.index("unpaid")
    assert word(syntax.root_at(doc, start, start + len("unpaid Kazakh miners"))) == "miners"
    assert word(syntax.root_at(doc, start + 2, start + 4)) == "unpaid"  # widened to whole words
    gap = doc.text.index(" who")
    assert syntax.root_at(doc, gap, gap + 1) is None  # only a space


# ------------------------------------------------------------------ predicates, governors, clauses


def test_predicate_of(hand_doc):
    doc = hand_doc(STRIKE)
    assert word(syntax.predicate_of(at(doc, "strike"))) == "looming"
    assert syntax.predicate_of(at(doc, "looming")) is None
    assert syntax.predicate_of(at(hand_doc(CALLED_FOR), "walkout")) is None  # an object


def test_governor(hand_doc):
    doc = hand_doc(CALLED_FOR)
    objects = frozenset({"dobj"})
    assert word(syntax.governor(at(doc, "walkout"), deps=objects)) == "threatened"
    assert syntax.governor(at(doc, "boycott"), deps=objects) is None
    assert word(syntax.governor(at(doc, "boycott"), deps=objects, through_prep=True)) == "called"
    assert syntax.governor(at(doc, "Unions"), deps=objects, through_prep=True) is None


def test_verb_chain(hand_doc):
    doc = hand_doc(PREFERRED)
    marching = at(doc, "marching")
    assert words(syntax.verb_chain(marching, links=frozenset({"xcomp"}))) == ["marching", "keep", "preferred"]
    assert words(syntax.verb_chain(marching, links=frozenset({"conj"}))) == ["marching"]
    conj = hand_doc(CONJUNCTS)
    hid, ran = at(conj, "hid"), at(conj, "ran")
    assert words(syntax.verb_chain(hid, links=frozenset(), bare_conjuncts=True)) == ["hid", "arrived"]
    assert words(syntax.verb_chain(ran, links=frozenset(), bare_conjuncts=True)) == ["ran"]  # has a subject
    called = hand_doc(CALLED_FOR)
    links = frozenset({"pobj", "prep", "dobj"})
    boycott = at(called, "boycott")
    assert words(syntax.verb_chain(boycott, links=links, to_first_verb=True)) == ["boycott", "for", "called"]
    crowd, links = at(hand_doc(XCOMP), "crowd"), frozenset({"dobj", "xcomp"})
    assert words(syntax.verb_chain(crowd, links=links, to_first_verb=True)) == ["crowd", "disperse"]
    assert words(syntax.verb_chain(crowd, links=links)) == ["crowd", "disperse", "tried"]
    xcomp = frozenset({"xcomp"})
    assert words(syntax.verb_chain(marching, links=xcomp, steps=1)) == ["marching", "keep"]
    assert words(syntax.verb_chain(marching, links=xcomp, steps=0)) == ["marching"]
    assert words(syntax.verb_chain(marching, links=xcomp, steps=5)) == ["marching", "keep", "preferred"]


@pytest.mark.parametrize(
    ("table", "token", "options", "expected"),
    [
        (XCOMP, "crowd", {}, "disperse"),
        (XCOMP, "disperse", {}, "disperse"),
        (XCOMP, "disperse", {"skip": frozenset({"xcomp"})}, "tried"),
        (XCOMP, "crowd", {"skip": frozenset({"xcomp"})}, "tried"),
        (BURNED, "car", {}, "saw"),
        (BURNED, "burned", {}, "burned"),
        (BURNED, "burned", {"skip": frozenset({"amod"})}, "saw"),
        (BURNED, "square", {"steps": 1}, "in"),
        (BURNED, "square", {"steps": 0}, "square"),
        (VERBLESS, "north", {}, "Floods"),  # no verb above: the root
    ],
)
def test_clause_head(hand_doc, table, token, options, expected):
    doc = hand_doc(table)
    assert syntax.clause_head(at(doc, token), **options).text == expected


# ------------------------------------------------------------------ "according to"


def test_according_to(hand_doc):
    doc = hand_doc(ACCORDING)
    according = at(doc, "According")
    assert according_to(according).i == 1
    assert according_to(according, as_written=True).i == 1
    assert according_to(at(doc, "figures")) is None
    accorded = hand_doc(ACCORDED)
    assert according_to(at(accorded, "accorded")) is None
    assert word(according_to(at(accorded, "accorded"), any_form=True)) == "to"
    # as parsed the "to" must hang on "according"; as written it must follow it
    misparsed = hand_doc(ACCORDING.replace("1 to        0 prep", "1 to        6 prep"))
    assert according_to(at(misparsed, "According")) is None
    assert word(according_to(at(misparsed, "According"), as_written=True)) == "to"


def _source(doc, according="According", **options):
    defaults = {
        "pronouns": frozenset({"whom", "which"}),
        "resolve": lambda pron: syntax.antecedent(pron, pick=_person),
        "roles": frozenset({"spokesman"}),
        "owner_preps": frozenset({"of"}),
    }
    return according_source(at(doc, according), **(defaults | options))


def test_according_source(hand_doc):
    found = _source(hand_doc(ACCORDING))
    assert (found.to.text, word(found.source), found.relative) == ("to", "officials", False)
    assert word(_source(hand_doc(ACCORDING), owner_preps=frozenset()).source) == "figures"
    assert word(_source(hand_doc(ACCORDING_SPOKESMAN)).source) == "spokesman"  # a person's role: no owner
    whom = _source(hand_doc(ACCORDING_WHOM), "according")
    assert (word(whom.source), whom.relative) == ("Ruiz", True)
    assert _source(hand_doc(ACCORDING_WHOM), "according", pronouns=frozenset()).source.text == "whom"
    assert _source(hand_doc(ACCORDED), "accorded") is None


def test_according_source_without_an_object(hand_doc):
    doc = hand_doc(ACCORDING.replace("3 figures   1 pobj", "3 figures   6 nsubj"))
    assert _source(doc).source is None
    assert word(_source(doc, default=at(doc, "officials")).source) == "officials"
