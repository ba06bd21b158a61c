"""Identity (:mod:`seismo.resolve.identity`): one person or organisation under its different names.
Every person's name here is invented; organisations are read from ``organisations.tsv``."""

from __future__ import annotations

import pytest

from seismo.errors import ModelError
from seismo.resolve import identity
from seismo.resolve.identity import Identity, IdentityRules, NameCount, fold, group_names, identity_key


@pytest.fixture(scope="module")
def rules() -> IdentityRules:
    return identity.rules()


def groups(rules: IdentityRules, *names: NameCount | str) -> dict[str, Identity]:
    """The entities of ``names`` (a bare string counts once), by canonical name."""
    items = [n if isinstance(n, NameCount) else NameCount(n) for n in names]
    found = group_names(items, rules=rules)
    assert sorted(f for e in found for f in e.forms) == sorted({n.name for n in items}), "each name in one entity"
    return {e.name: e for e in found}


@pytest.mark.parametrize(
    ("written", "stripped"),
    [
        ("President Odile Varga", "Odile Varga"),
        ("Mr Tobias Quennell", "Tobias Quennell"),
        ("Mrs. Quennell", "Quennell"),
        ("Gen. Bartek Solowicz", "Bartek Solowicz"),
        ("Lt. Gen. Bartek Solowicz", "Bartek Solowicz"),
        ("Dr Imre Falkvist", "Imre Falkvist"),
        ("former Prime Minister Rasa Ilvesmaa", "Rasa Ilvesmaa"),
        ("Brazilian Foreign Minister Caio Ventrella", "Caio Ventrella"),
        ("Ukraine's Interior Minister Taras Hordiyenko", "Taras Hordiyenko"),
        ("US Secretary of State Mara Quill", "Mara Quill"),
        ("Jordan Pellew", "Jordan Pellew"),  # a country name, but no title follows
        ("Colonel General Arvo Kessel", "Arvo Kessel"),
        ("Sheikh Nasser bin Qahtan", "Nasser bin Qahtan"),
        # titles stay where no person's name follows them
        ("the governor of the province", "governor of the province"),
        ("President", "President"),
        ("The Harbour Authority", "Harbour Authority"),
        ("the Prosecutor General's Office", "Prosecutor General's Office"),
        ("Odile Varga", "Odile Varga"),
    ],
)
def test_titles_come_off(rules: IdentityRules, written: str, stripped: str) -> None:
    assert rules.strip(written) == stripped


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zoë Ćirić-Novak", "Zoe Ciric Novak"),
        ("Dr. Zoë Ćirić-Novak's", "zoe ciric-novak"),
        ("ODILE VARGA", "President Odile Varga"),
        ("Tobias  Quennell", "Mr Tobias Quennell"),
        ("Nasser bin Qahtan", "Nasser Bin Qahtan"),
    ],
)
def test_one_spelling(rules: IdentityRules, a: str, b: str) -> None:
    assert identity_key(a, rules=rules) == identity_key(b, rules=rules)


def test_fold() -> None:
    assert fold("Kassym-Jomart Tokayev's") == "kassym jomart tokayev"
    assert fold("Erdoğan") == "erdogan"
    assert fold("O'Farrell") == "ofarrell"


def test_a_surname_joins_the_single_full_name(rules: IdentityRules) -> None:
    found = groups(rules, NameCount("Varga", 12, "HUN"), NameCount("Odile Varga", 9, "HUN"),
                   NameCount("President Varga", 2), NameCount("President Odile Varga", 1, "HUN"))
    assert list(found) == ["Odile Varga"]
    varga = found["Odile Varga"]
    assert varga.count == 24
    assert varga.aliases == ("Varga", "President Varga", "President Odile Varga")  # most counted first
    assert varga.forms[0] == "Odile Varga" and varga.country == "HUN"


def test_the_fullest_form_is_canonical(rules: IdentityRules) -> None:
    found = groups(rules, NameCount("Odile Varga", 5), NameCount("Odile Marie Varga", 1), "Varga")
    assert list(found) == ["Odile Marie Varga"]
    assert set(found["Odile Marie Varga"].aliases) == {"Odile Varga", "Varga"}


def test_a_canonical_name_takes_its_titles_off(rules: IdentityRules) -> None:
    found = groups(rules, NameCount("Gen. Bartek Solowicz", 3), NameCount("Solowicz", 2))
    assert found["Bartek Solowicz"].aliases == ("Gen. Bartek Solowicz", "Solowicz")


def test_a_shared_surname_is_ambiguous(rules: IdentityRules) -> None:
    found = groups(rules, "Ilya Karmanov", "Pavel Karmanov", NameCount("Karmanov", 4), "President Karmanov")
    assert set(found) == {"Ilya Karmanov", "Pavel Karmanov", "Karmanov"}
    assert found["Karmanov"].aliases == ("President Karmanov",)
    assert found["Karmanov"].count == 5
    assert found["Ilya Karmanov"].aliases == found["Pavel Karmanov"].aliases == ()


def test_the_country_settles_a_shared_surname(rules: IdentityRules) -> None:
    found = groups(rules, NameCount("Ilya Karmanov", 1, "RUS"), NameCount("Pavel Karmanov", 1, "KAZ"),
                   NameCount("Karmanov", 3, "KAZ"))
    assert found["Pavel Karmanov"].aliases == ("Karmanov",)
    assert found["Ilya Karmanov"].aliases == ()


def test_different_countries_stay_apart(rules: IdentityRules) -> None:
    found = groups(rules, NameCount("Lena Orvik", 2, "NOR"), NameCount("Orvik", 1, "SWE"))
    assert set(found) == {"Lena Orvik", "Orvik"}


def test_different_organisations_stay_apart_when_no_country_is_known(rules: IdentityRules) -> None:
    found = groups(rules, NameCount("Lena Orvik", 2, organization="Harbour Workers Union"),
                   NameCount("Orvik", 1, organization="Nordic Fisheries Council"),
                   NameCount("Tomas Brenn", 1, organization="Harbour Workers Union"),
                   NameCount("Brenn", 1, organization="harbour workers union"))
    assert set(found) == {"Lena Orvik", "Orvik", "Tomas Brenn"}


def test_only_the_last_words_join(rules: IdentityRules) -> None:
    found = groups(rules, "Odile Varga", "Odile", "Jomart Varga")
    assert found["Odile"].aliases == ()  # a first name alone is not a surname
    assert "Jomart Varga" in found and "Odile Varga" in found  # two different full names


def test_a_middle_length_name_joins_the_fullest(rules: IdentityRules) -> None:
    found = groups(rules, "Kassian Jomaro Veltes", "Jomaro Veltes", "Veltes")
    assert list(found) == ["Kassian Jomaro Veltes"]


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("He", "Bao He"),  # a pronoun is no surname
        ("the ministry", "Interior Ministry"),  # a common noun
        ("Ministry", "Interior Ministry"),
        ("Office", "Prosecutor General's Office"),
        ("President", "Odile Varga"),
    ],
)
def test_pronouns_nouns_and_organisations_never_join_by_last_words(rules: IdentityRules, short: str,
                                                                   full: str) -> None:
    assert set(groups(rules, short, full)) == {short, full}


def test_an_organisation_and_its_acronym_are_one(rules: IdentityRules) -> None:
    found = groups(rules, NameCount("NATO", 3), NameCount("Nato", 1), NameCount("the North Atlantic Treaty Organization", 1))
    assert list(found) == ["North Atlantic Treaty Organization"]  # the lexicon's name
    assert found["North Atlantic Treaty Organization"].count == 5
    assert set(found["North Atlantic Treaty Organization"].aliases) == {
        "NATO", "Nato", "the North Atlantic Treaty Organization"}


def test_organisations_by_normalised_name(rules: IdentityRules) -> None:
    found = groups(rules, NameCount("The Harbour Workers Union", 2), NameCount("harbour workers union", 1),
                   NameCount("Harbour Workers' Union", 1))
    assert len(found) == 1
    assert next(iter(found.values())).count == 4


def test_a_known_leader_joins_under_every_listed_spelling(rules: IdentityRules) -> None:
    # leaders.tsv lists "Sergey Lavrov" as a spelling of "Sergei Lavrov"
    found = groups(rules, "Sergey Lavrov", NameCount("Sergei Lavrov", 2))
    assert list(found) == ["Sergei Lavrov"]


def test_one_form_keeps_its_words(rules: IdentityRules) -> None:
    found = groups(rules, "President Odile Varga", "the governor of the province")
    assert set(found) == {"President Odile Varga", "the governor of the province"}


def test_case_variants_are_one(rules: IdentityRules) -> None:
    found = groups(rules, NameCount("Protesters", 2), NameCount("protesters", 1))
    assert list(found) == ["Protesters"]
    assert found["Protesters"].aliases == ("protesters",)


def test_empty_names_are_left_out(rules: IdentityRules) -> None:
    assert group_names([NameCount(""), NameCount("  ")], rules=rules) == []


def test_most_counted_first(rules: IdentityRules) -> None:
    found = group_names([NameCount("Lena Orvik", 1), NameCount("Tomas Brenn", 3), NameCount("Brenn", 1)],
                        rules=rules)
    assert [(e.name, e.count) for e in found] == [("Tomas Brenn", 4), ("Lena Orvik", 1)]


def test_a_bad_name_parts_kind_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(identity, "_data_lines", lambda name: iter([(7, ["mr", "salutation"])]))
    with pytest.raises(ModelError, match="name_parts.tsv line 7"):
        IdentityRules.load(identity.rules().lexicon)


def test_grouped_is_group_names_remembered(rules: IdentityRules) -> None:
    names = [NameCount("Varga", 2, "HUN"), NameCount("Odile Varga", 1, "HUN"), NameCount("NATO", 1)]
    assert identity.grouped(names) == group_names(names, rules=rules)
    assert identity.grouped(iter(names)) == identity.grouped(names)
