"""seismo.link.linker: the four decisions for one article, over a MemoryIndex."""

from __future__ import annotations

import copy

import pytest

from seismo.link import ArticleLinks, Linker, MemoryIndex, ReportLink, salience
from seismo.link.dupes import THRESHOLD

# An invented shooting in an invented town, told on the day and followed up the next day.
FIRST = (
    "A gunman opened fire at the bus depot in Tamsk on Monday morning, killing three drivers and wounding five "
    "other workers, the regional police said. Officers detained the suspect, Ruslan Beketov, a 41-year-old former "
    "mechanic at the depot, after a short chase through the neighbouring market. The depot manager, Gulnara "
    "Iskakova, said the attacker had been dismissed in February after a dispute over unpaid wages. Witnesses "
    "described hearing at least a dozen shots before passengers fled toward the river embankment. Bus services "
    "across the northern districts of Tamsk were suspended until Tuesday."
)
FOLLOW_UP = (
    "Prosecutors in Tamsk on Tuesday charged Ruslan Beketov with the murder of three drivers killed when he opened "
    "fire at the city bus depot on Monday. Beketov, a former mechanic, had been dismissed from the depot in "
    "February, according to its manager Gulnara Iskakova. Police said the 41-year-old fired at workers during the "
    "morning shift, wounding five other people before officers detained him near the market. Bus services in the "
    "northern districts of Tamsk resumed on Tuesday afternoon under police guard."
)
UNRELATED = (
    "Hundreds of farmers marched through the centre of Ozersk on Tuesday to demand higher state prices for grain, "
    "blocking the main avenue for several hours. Organisers said the cost of fuel and fertiliser had doubled since "
    "autumn while purchase prices stayed flat. The regional agriculture minister, Temir Usenov, promised to meet "
    "a delegation of growers next week. The rally ended peacefully in the early evening."
)
PEOPLE = ["Ruslan Beketov", "Gulnara Iskakova", "Temir Usenov"]


def tamsk(make, text):
    return make.place("Tamsk", geonameid=9100001, lat=50.0, lon=70.0, country="KAZ", text=text)


def first(make, id="first"):
    """The day's report: an asserted ASSAULT in Tamsk on 13 March, three killed."""
    shooting = make.event(f"{id}-r1", mode="firearms", place=tamsk(make, FIRST), date="2023-03-13", text=FIRST,
                          trigger="opened fire", counts=[make.count("killed", 3, text=FIRST, words="three")])
    return make.result(id, "2023-03-13", FIRST, title="Gunman kills three at Tamsk bus depot", people=PEOPLE,
                       places=[tamsk(make, FIRST)], events=[shooting])


def follow_up(make, id="follow-up", *, text=FOLLOW_UP, modality="asserted"):
    """The next day's article: a charge, and the shooting again (same place, same day)."""
    charge = make.event(f"{id}-r1", type="ACCUSE", mode="sue", quad_class=3, place=tamsk(make, text),
                        date="2023-03-14", text=text, trigger="charged")
    shooting = make.event(f"{id}-r2", mode="firearms", place=tamsk(make, text), date="2023-03-13", text=text,
                          trigger="opened fire", modality=modality,
                          counts=[make.count("killed", 3, text=text, words="three")])
    return make.result(id, "2023-03-14", text, title="Tamsk depot gunman charged with murder", people=PEOPLE,
                       places=[tamsk(make, text)], events=[charge, shooting])


def unrelated(make, id="unrelated"):
    ozersk = make.place("Ozersk", geonameid=9200001, lat=42.9, lon=74.6, country="KGZ", text=UNRELATED)
    march = make.event(f"{id}-r1", type="PROTEST", mode="demo", quad_class=3, place=ozersk, date="2023-03-14",
                       text=UNRELATED, trigger="marched")
    return make.result(id, "2023-03-14", UNRELATED, title="Farmers march over grain prices", people=PEOPLE,
                       places=[ozersk], events=[march])


def state(index: MemoryIndex):
    return copy.deepcopy((index.n_articles(), dict(index.freq), dict(index.dated_postings), dict(index.undated),
                          dict(index.band_postings), dict(index.events), dict(index.by_story), dict(index.by_day),
                          dict(index.stored), dict(index.links)))


def test_the_first_article_starts_a_story_and_an_event(make):
    links = Linker(MemoryIndex()).add(first(make))
    assert isinstance(links, ArticleLinks)
    assert (links.article_id, links.story_id, links.matched, links.duplicate_of) == ("first", "first", None, None)
    assert links.reports == (ReportLink("first-r1", "first-r1", 1.0, ()),)
    assert links.primary_event_id == "first-r1"


def test_adding_an_article_again_changes_nothing(make):
    index = MemoryIndex()
    linker = Linker(index)
    once = linker.add(first(make))
    linker.add(follow_up(make))
    before = state(index)
    again = linker.add(first(make))
    assert again is once
    assert state(index) == before
    # what was decided stands even when the article comes back with other reports
    assert linker.add(unrelated(make, id="first")) is once
    assert state(index) == before


def test_a_follow_up_joins_the_story_and_the_event(make):
    linker = Linker(MemoryIndex())
    a = linker.add(first(make))
    b = linker.add(follow_up(make))
    assert b.duplicate_of is None
    assert (b.story_id, b.matched) == (a.story_id, "first")
    assert b.story_score >= linker.rule.near
    assert b.story_reasons and "1 day apart" in b.story_reasons[0]
    charge, shooting = b.reports
    assert charge.event_id == "follow-up-r1" and charge.reasons == ()  # a new happening
    assert shooting.event_id == a.reports[0].event_id == "first-r1"
    assert "same type ASSAULT" in shooting.reasons and "same place (GeoNames 9100001)" in shooting.reasons
    assert shooting.score == 1.0
    assert b.primary_event_id == "first-r1"  # the shooting, with its toll, over the charge


def test_report_ids_name_the_reports(make):
    linker = Linker(MemoryIndex())
    linker.add(first(make), ["s-1"])
    b = linker.add(follow_up(make), ["s-2", "s-3"])
    assert [(r.report_id, r.event_id) for r in b.reports] == [("s-2", "s-2"), ("s-3", "s-1")]
    assert b.primary_event_id == "s-1"


def test_an_unrelated_article_starts_its_own_story_and_events(make):
    linker = Linker(MemoryIndex())
    linker.add(first(make))
    linker.add(follow_up(make))
    c = linker.add(unrelated(make))
    assert (c.story_id, c.matched, c.duplicate_of, c.story_score) == ("unrelated", None, None, 0.0)
    assert [(r.report_id, r.event_id) for r in c.reports] == [("unrelated-r1", "unrelated-r1")]
    assert c.primary_event_id == "unrelated-r1"


def test_a_near_copy_is_linked_to_its_original(make):
    copied = FIRST.replace("five other workers", "six other workers")
    assert copied != FIRST
    linker = Linker(MemoryIndex())
    a = linker.add(first(make))
    linker.add(unrelated(make))
    shooting = make.event("copy-r1", mode="firearms", place=tamsk(make, copied), date="2023-03-13", text=copied,
                          trigger="opened fire")
    d = linker.add(make.result("copy", "2023-03-14", copied, title="Three killed in Tamsk", people=PEOPLE,
                               places=[tamsk(make, copied)], events=[shooting]))
    assert (d.duplicate_of, d.matched, d.story_id) == ("first", "first", a.story_id)
    assert THRESHOLD <= d.story_score < 1.0
    assert d.story_reasons[0].startswith("near-copy of first")
    assert d.reports[0].event_id == "first-r1"  # a source more for the event, not a second event


def test_a_rewritten_follow_up_is_no_copy(make):
    linker = Linker(MemoryIndex())
    linker.add(first(make))
    assert linker.add(follow_up(make)).duplicate_of is None


@pytest.mark.parametrize("modality", ["future", "historical", "hypothetical"])
def test_a_report_not_asserted_that_matches_no_event_stands_alone(make, modality):
    text = "Relatives of the drivers plan to rally outside the Tamsk court on Friday, " + FIRST
    rally = make.event("rally", type="PROTEST", mode="demo", quad_class=3, place=tamsk(make, text), date="2023-03-17",
                       text=text, trigger="rally", modality=modality)
    shooting = make.event("shooting", mode="firearms", place=tamsk(make, text), date="2023-03-13", text=text,
                          trigger="opened fire")
    linker = Linker(MemoryIndex())
    links = linker.add(make.result("a", "2023-03-14", text, events=[rally, shooting]))
    assert [(r.report_id, r.event_id, r.score, r.reasons) for r in links.reports] == [
        ("rally", "rally", 1.0, ()), ("shooting", "shooting", 1.0, ())]
    assert links.primary_event_id == "shooting"  # the rally that is not (yet) is not what the article is about
    alone = linker.add(make.result("b", "2023-03-14", "Relatives plan to rally on Friday.",
                                   events=[make.event("rally-b", type="PROTEST", modality=modality)]))
    assert alone.reports[0].event_id == "rally-b" and alone.primary_event_id is None


def test_a_report_not_asserted_joins_the_event_it_speaks_of(make):
    linker = Linker(MemoryIndex())
    a = linker.add(first(make))
    b = linker.add(follow_up(make, modality="historical"))
    assert b.reports[1].event_id == a.reports[0].event_id
    assert b.primary_event_id == "follow-up-r1"  # the only asserted report: the charge


def test_an_asserted_report_never_joins_one_that_is_not(make):
    linker = Linker(MemoryIndex())
    planned = make.event("planned", mode="firearms", place=tamsk(make, FIRST), date="2023-03-13", text=FIRST,
                         trigger="opened fire", modality="future")
    linker.add(make.result("a", "2023-03-13", FIRST, people=PEOPLE, events=[planned]))
    b = linker.add(follow_up(make))
    assert b.reports[1].event_id == "follow-up-r2"  # it starts the event


def test_an_asserted_report_joins_the_asserted_event_past_a_closer_unasserted_one(make):
    """A report that is not asserted is no event an asserted report may join, however well it matches:
    the asserted report joins the asserted event that matches it less well."""

    def shooting(id, text, *, date="2023-03-13", precision="day", modality="asserted"):
        return make.event(id, mode="firearms", place=tamsk(make, text), date=date, date_precision=precision,
                          text=text, trigger="opened fire", modality=modality)

    linker = Linker(MemoryIndex())
    threat = shooting("threat", FIRST, modality="hypothetical")  # "a gunman might open fire"
    a = linker.add(make.result("a", "2023-03-13", FIRST, people=PEOPLE, events=[threat]))
    b = linker.add(make.result("b", "2023-03-14", FOLLOW_UP, people=PEOPLE,
                               events=[shooting("march", FOLLOW_UP, date="2023-03", precision="month")]))
    third = FOLLOW_UP.replace("Tuesday afternoon", "Wednesday morning")
    c = linker.add(make.result("c", "2023-03-15", third, people=PEOPLE, events=[shooting("day", third)]))
    assert a.story_id == b.story_id == c.story_id
    assert b.reports[0].event_id == "march"  # "threat" is no happening: the month-dated report starts the event
    assert c.reports[0].event_id == "march"  # not "threat" (1.0, not asserted), nor an event of its own


def test_reports_one_article_keeps_apart_stay_apart(make):
    """The in-article merge kept them apart (it reads more than the linker): the linker does not
    merge them, and a later article's report joins one of them, not both."""
    text = FIRST
    one = make.event("one", mode="firearms", place=tamsk(make, text), date="2023-03-13", text=text, trigger="opened fire")
    two = make.event("two", mode="firearms", place=tamsk(make, text), date="2023-03-13", text=text, trigger="shots")
    linker = Linker(MemoryIndex())
    links = linker.add(make.result("a", "2023-03-13", text, events=[one, two]))
    assert [r.event_id for r in links.reports] == ["one", "two"]
    three = make.event("three", mode="firearms", place=tamsk(make, FOLLOW_UP), date="2023-03-13", text=FOLLOW_UP,
                       trigger="opened fire")
    four = make.event("four", mode="firearms", place=tamsk(make, FOLLOW_UP), date="2023-03-13", text=FOLLOW_UP,
                      trigger="opened fire")
    later = linker.add(make.result("b", "2023-03-14", FOLLOW_UP, people=PEOPLE, events=[three, four]))
    joined = [r.event_id for r in later.reports]
    assert len(set(joined)) == 2 and set(joined) <= {"one", "two"}


# ----------------------------------------------------------------------------- salience

LEAD = "Gunmen killed four guards at a checkpoint near Tamsk overnight. " + "x" * 500 + " The mayor condemned the attack."


@pytest.mark.parametrize(
    ("kwargs", "score"),
    [
        ({}, 0.0),
        ({"counts": "injured"}, 3.4),  # a toll of the dead or hurt: 2, its kind 0.5, a number 0.5, four victims 0.4
        ({"counts": "killed"}, 3.9),  # and a death leads the news: 0.5 more
        ({"counts": "arrested"}, 1.0),  # another count
        ({"trigger": "killed"}, 1.5),  # in the lead
        ({"title": "Guards condemned"}, 1.5),  # its trigger in the headline
        ({"quad_class": 4}, 1.0),  # a material act
        ({"quad_class": 2}, 1.0),
        ({"mentions": 2}, 0.6),
        ({"confidence": 1.0}, 0.5),
    ],
)
def test_salience_one_rule_at_a_time(make, kwargs, score):
    kwargs = dict(kwargs)
    title = kwargs.pop("title", None)
    kind = kwargs.pop("counts", None)
    event = make.event(text=LEAD, **{"trigger": "condemned", "quad_class": 3, "confidence": 0.0, **kwargs},
                       counts=[make.count(kind, 4)] if kind else [])
    assert salience(event, title=title) == pytest.approx(score)


def test_the_whole_toll_beats_one_victim_and_the_headline_toll_counts(make):
    """"Two killed and four hurt" tells more of the article than one victim named; a headline
    giving a toll's number makes its event the more salient."""
    whole = make.event("whole", text=LEAD, trigger="condemned",
                       counts=[make.count("killed", 2), make.count("injured", 4)])
    one = make.event("one", text=LEAD, trigger="condemned", counts=[make.count("injured", 1)])
    assert salience(whole, title=None) > salience(one, title=None)
    four = make.event("four", text=LEAD, trigger="condemned", counts=[make.count("injured", 4)])
    assert salience(four, title="4 hurt at a checkpoint") == pytest.approx(salience(four, title="Hurt at a checkpoint") + 1.0)


def test_a_toll_in_the_lead_beats_a_word_later_on(make):
    toll = make.event("toll", text=LEAD, trigger="killed", counts=[make.count("killed", 4, text=LEAD, words="four")])
    words = make.event("words", type="ACCUSE", mode="disapprove", quad_class=3, text=LEAD, trigger="condemned",
                       mentions=2)
    assert salience(toll, title=None) > salience(words, title=None)
    links = Linker(MemoryIndex()).add(make.result("a", "2023-03-14", LEAD, events=[words, toll]))
    assert links.primary_event_id == "toll"


# An invented brawl near Tamsk on the same day, told in other words: another story.
BRAWL = (
    "Two dockers were stabbed outside a tavern on the western quay of Kolbay late on Monday, and a crane driver "
    "was held overnight. The harbour master blamed a quarrel over shift bonuses that had simmered since winter."
)


def kolbay(make, *, geonameid):
    return make.place("Kolbay", geonameid=geonameid, lat=50.05, lon=70.05, country="KAZ", text=BRAWL)


def brawl(make, *, geonameid):
    stabbing = make.event("brawl-r1", mode="firearms", place=kolbay(make, geonameid=geonameid), date="2023-03-13",
                          text=BRAWL, trigger="stabbed")
    return make.result("brawl", "2023-03-13", BRAWL, title="Dockers stabbed on Kolbay quay",
                       places=[kolbay(make, geonameid=geonameid)], events=[stabbing])


class CountingIndex(MemoryIndex):
    """A MemoryIndex that counts the lookups of other stories' events."""

    def __init__(self) -> None:
        super().__init__()
        self.near_calls = 0

    def events_near(self, *args, **kwargs):
        self.near_calls += 1
        return super().events_near(*args, **kwargs)


@pytest.mark.parametrize("geonameid", [9100002, None])
def test_another_storys_event_is_matched_only_under_the_reports_named_place(make, monkeypatch, geonameid):
    """An event of another story joins a report only under one GeoNames id (events.match): the
    linker compares no other event of another story, and a report with no GeoNames id looks none
    up.  The same decisions, fewer comparisons."""
    import seismo.link.linker as linker_module

    compared = []
    real = linker_module.match
    monkeypatch.setattr(linker_module, "match", lambda key, event: compared.append((key.id, event.id)) or real(key, event))
    index = CountingIndex()
    linker = Linker(index)
    linker.add(first(make))
    before = index.near_calls
    links = linker.add(brawl(make, geonameid=geonameid))
    assert links.story_id == "brawl" and links.reports[0].event_id == "brawl-r1"
    assert ("brawl-r1", "first-r1") not in compared
    assert index.near_calls - before == (0 if geonameid is None else 1)
