"""seismo.extract.events.merge: one happening, one report per article."""

from __future__ import annotations

from dataclasses import replace

import pytest

import seismo
from seismo.extract.events.merge import merge_mentions, same_happening
from seismo.model import Actor, Count, Event, EventDate, EventLocation, Place, Span

TEXT = "x" * 500


def _place(name: str, country: str = "NGA", *, at: int = 0) -> Place:
    return Place(at, at + len(name), name, name, None, None, None, country, None, "city", 0.9)


def _event(start: int, *, type_: str = "ASSAULT", mode: str | None = None, sentence: int = 0, place: str | None = None,
           precision: int = 1, modality: str = "asserted", actor: str | None = None, counts=(), conf: float = 0.7) -> Event:
    # the place is named in the event's own sentence (characters 100 * sentence + 50 on)
    loc = None if place is None else EventLocation(_place(place, at=sentence * 100 + 50), precision)  # type: ignore[arg-type]
    who = None if actor is None else Actor(0, len(actor), actor, actor, None, "REB", "group", None, 0.8)
    return Event(id=f"e{start}", type=type_, mode=mode, acled_event_type=None, acled_sub_event_type=None, quad_class=4,
                 actor=who, recipient=None, location=loc, date=None, counts=tuple(counts), modality=modality,  # type: ignore[arg-type]
                 attributed_to=None, hedged=False, evidence=Span(sentence * 100, sentence * 100 + 90, TEXT[:90]),
                 trigger=Span(start, start + 4, TEXT[:4]), confidence=conf)


def _killed(best: int | None, victims: str | None) -> Count:
    return Count("killed", best, best, best, 0, 1, "1", victims=None if victims is None else Span(0, len(victims), victims))


def test_later_mentions_fold_into_the_first_report():
    first = _event(10, mode="explosives", place="Kano", conf=0.6)
    toll = _event(30, mode=None, counts=[_killed(5, "passengers")], conf=0.8)  # same sentence: "the bomb killed five"
    again = _event(150, mode="explosives", sentence=1, place="Kano", actor="militants")
    (report,) = merge_mentions([again, toll, first])
    assert report.id == "e10" and [m.start for m in report.mentions] == [100]  # the other sentence, once
    assert report.counts == toll.counts and report.confidence == 0.8 and report.actor == again.actor
    assert report.mode == "explosives"


def test_what_stays_apart():
    bomb = _event(10, mode="explosives", place="Kano")
    assert not same_happening(bomb, _event(150, mode="aerial", sentence=1, place="Kano"))  # another weapon
    assert same_happening(bomb, _event(150, mode=None, sentence=1, place="Kano"))  # "... the blast killed six"
    arson = _event(10, mode="destroy", place="Kano")
    assert not same_happening(arson, _event(40, mode="firearms", place="Kano"))  # an arson is not a shooting
    assert not same_happening(bomb, _event(150, mode="explosives", sentence=1, place="Jos"))  # another town
    assert not same_happening(bomb, _event(150, mode="explosives", sentence=1, modality="future"))
    assert not same_happening(bomb, _event(150, type_="PROTEST", mode="explosives", sentence=1))
    agents = _event(10, counts=[_killed(18, "agents")])
    assert not same_happening(agents, _event(40, counts=[_killed(None, "protesters")]))  # other victims
    assert same_happening(bomb, _event(150, mode="explosives", sentence=1, place="Nigeria", precision=3))  # broader


def test_dates_must_agree_when_the_text_gives_both():
    a = replace(_event(10), date=EventDate("2022-01-05", "day", "text"))
    assert not same_happening(a, replace(_event(150, sentence=1), date=EventDate("2022-01-06", "day", "text")))
    assert same_happening(a, replace(_event(150, sentence=1), date=EventDate("2022-01-07", "day", "published")))


@pytest.mark.xfail(strict=True, reason=(
    "a mention the text dates months back joins a report dated only by publication (_dates_ok lets it); "
    "splitting such mentions off cost 0.3 killed / 0.4 injured exact on the dedup tuning folds (follow-up "
    "articles then lose the link to the original happening), so the rule was not kept: see issue 11"))
def test_pipeline_keeps_a_recalled_shooting_out_of_the_report(events_of):
    text = ("Three people were wounded by gunfire outside a tavern on Elm Road, police said. "
            "Detectives recalled that a bartender was gunned down at that tavern in September.")
    reports = [e for e in events_of(text) if e.type == "ASSAULT"]
    first = next(e for e in reports if any(c.kind == "injured" for c in e.counts))
    assert not any(c.kind == "killed" for c in first.counts), [(e.trigger.text, e.counts) for e in reports]


def test_pipeline_gives_one_report_for_a_told_twice_attack(pipeline):
    text = ("Suspected militants detonated a roadside bomb near a market in Maiduguri on Monday. "
            "The explosion near the market killed five traders, police said.")
    events = [e for e in pipeline.run(seismo.make_article(text, date="2022-03-01")).events if e.type == "ASSAULT"]
    assert len(events) == 1, [(e.trigger.text, e.mode) for e in events]
    (report,) = events
    assert [text[m.start:m.end] for m in report.mentions] == ["The explosion near the market killed five traders, police said."]
    assert any(c.kind == "killed" and c.best == 5 for c in report.counts)


def test_a_death_on_a_street_of_the_town_is_the_shooting_there(pipeline):
    """events v105: a death that names no means, on a street placed at the town's point, is the
    shooting told in the town."""
    text = ("LIMA, June 3 (Reuters) - Gunmen shot dead two aides of the mayor in Lima on Tuesday morning. "
            "The aides were killed as they sat in a car on Avenida de la Marina, police said.")
    events = [e for e in pipeline.run(seismo.make_article(text, date="2025-06-04")).events if e.type == "ASSAULT"]
    assert len(events) == 1, [(e.trigger.text, e.mode, e.location) for e in events]


def test_an_attacker_told_only_as_a_person_is_the_gunmen_told_before(pipeline):
    """events v106: "a man" who opened fire is one of the unnamed gunmen of the lead; a doer of a
    state's forces stays someone else."""
    text = ("QUITO, March 4 (Reuters) - Gunmen shot dead a provincial judge in Guayaquil on Monday evening. "
            "A man on a scooter pulled up beside her car and opened fire, witnesses said.")
    events = [e for e in pipeline.run(seismo.make_article(text, date="2025-03-04")).events if e.type == "ASSAULT"]
    assert len(events) == 1, [(e.trigger.text, e.actor) for e in events]
    gunmen, man = Actor(0, 6, "Gunmen", None, None, "UAF", "group", None, 0.6), Actor(0, 3, "man", None, None, "CVL", "group", None, 0.6)
    police = Actor(0, 6, "police", None, None, "COP", "group", None, 0.6)
    first, later = _event(10, mode="firearms"), _event(150, mode="firearms", sentence=1)
    assert same_happening(replace(first, actor=gunmen), replace(later, actor=man))
    assert not same_happening(replace(first, actor=police), replace(later, actor=man))


def test_two_sources_stay_apart_when_both_give_a_figure_of_one_kind():
    a = replace(_event(10, counts=[_killed(5, "villagers")]), attributed_to=Span(0, 6, "Reuters"))
    afp = Span(0, 3, "AFP")
    assert not same_happening(a, replace(_event(150, sentence=1, counts=[_killed(7, "villagers")]), attributed_to=afp))
    assert same_happening(a, replace(_event(150, sentence=1), attributed_to=afp))  # AFP only names it
    assert same_happening(a, replace(_event(150, sentence=1), attributed_to=Span(200, 207, "reuters")))
    assert same_happening(a, _event(150, sentence=1))
    named = replace(_event(10), attributed_to=Span(0, 6, "Reuters"))
    assert same_happening(named, replace(_event(150, sentence=1), attributed_to=afp))  # both only name it


def test_two_sources_giving_the_same_figure_agree_on_one_happening():
    a = replace(_event(10, counts=[_killed(2, "villagers")]), attributed_to=Span(0, 6, "a hospital official"))
    b = replace(_event(150, sentence=1, counts=[_killed(2, "villagers")]), attributed_to=Span(0, 3, "the army"))
    assert same_happening(a, b)


def test_a_victim_told_by_a_pronoun_a_number_or_as_the_victim_is_anyones():
    wounded = _event(10, counts=[_killed(1, "a retired teacher")])
    for told in ("herself", "the victim", "Two", "them"):
        assert same_happening(wounded, _event(150, sentence=1, counts=[_killed(1, told)])), told
    assert not same_happening(wounded, _event(150, sentence=1, counts=[_killed(1, "a courier")]))


def test_a_victim_told_by_age_may_be_one_told_by_sex():
    child = _event(10, counts=[_killed(1, "a child")])
    assert same_happening(child, _event(150, sentence=1, counts=[_killed(1, "the boy")]))
    assert same_happening(child, _event(150, sentence=1, counts=[_killed(1, "the toddler")]))
    assert not same_happening(child, _event(150, sentence=1, counts=[_killed(1, "a courier")]))
    assert not same_happening(_event(10, counts=[_killed(1, "a boy")]), _event(150, sentence=1, counts=[_killed(1, "a girl")]))


def test_the_report_takes_the_source_of_its_figures():
    named = replace(_event(10), attributed_to=Span(0, 6, "Reuters"))
    counted = replace(_event(150, sentence=1, counts=[_killed(3, "guards")]), attributed_to=Span(0, 4, "Tass"))
    (report,) = merge_mentions([named, counted])
    assert report.attributed_to.text == "Tass" and [c.best for c in report.counts] == [3]


def test_victims_are_told_apart_by_their_head_nouns():
    soldiers = _event(10, counts=[_killed(6, "coalition soldiers")])
    assert same_happening(soldiers, _event(150, sentence=1, counts=[_killed(None, "the soldiers")]))
    assert not same_happening(soldiers, _event(150, sentence=1, counts=[_killed(None, "the shepherds")]))


def test_a_pronoun_resolved_to_nobody_conflicts_with_no_actor():
    def actor(text, name, sector):
        return Actor(0, len(text), text, name, None, sector, "group", None, 0.8)

    a = replace(_event(10), actor=actor("police", None, "COP"))
    assert same_happening(a, replace(_event(150, sentence=1), actor=actor("they", None, None)))
    assert same_happening(a, replace(_event(150, sentence=1), actor=actor("Metro Police", "Metro Police", "COP")))
    assert not same_happening(a, replace(_event(150, sentence=1), actor=actor("bandits", None, None)))
    assert not same_happening(a, replace(_event(150, sentence=1), actor=actor("rebels", None, "REB")))
    hit = replace(_event(10), recipient=actor("six NATO service members", "NATO", None))
    assert same_happening(hit, replace(_event(150, sentence=1), recipient=actor("the members", None, None)))
    assert not same_happening(hit, replace(_event(150, sentence=1), recipient=actor("villagers", None, "CVL")))
    held = replace(_event(10, type_="COERCE", mode="arrest"), recipient=actor("the activists", None, "CVL"))
    assert not same_happening(held, replace(_event(150, type_="COERCE", mode="arrest", sentence=1),
                                            recipient=actor("two men", None, None)))


def test_a_town_and_a_region_merge_only_when_the_region_holds_the_town():
    def at(name: str, admin1: str, precision: int) -> EventLocation:  # named in the second sentence
        kind = "city" if precision == 1 else "admin"
        return EventLocation(Place(150, 150 + len(name), name, name, None, None, None, "NGA", admin1, kind, 0.9), precision)  # type: ignore[arg-type]

    town = replace(_event(10), location=at("Kano", "Kano", 1))
    assert same_happening(town, replace(_event(150, sentence=1), location=at("Kano State", "Kano", 2)))
    assert not same_happening(town, replace(_event(150, sentence=1), location=at("Borno", "Borno", 2)))
    assert same_happening(town, replace(_event(150, sentence=1), location=at("Nigeria", None, 3)))


def test_a_death_with_no_means_and_a_shooting_of_one_article_are_one_report():
    """"A cashier was shot at the depot ... the cashier died": one attack told in both ways;
    between articles, modes_ok alone decides (seismo.link.events)."""
    from seismo.extract.events.merge import article_modes_ok, modes_ok

    shot = _event(10, mode="firearms", place="Kano")
    died = _event(150, mode=None, sentence=1, counts=[_killed(1, "cashier")])
    assert same_happening(shot, died)
    (report,) = merge_mentions([shot, died])
    assert report.mode == "firearms" and report.counts == died.counts
    assert article_modes_ok(None, "firearms") and not modes_ok(None, "firearms")
    assert not same_happening(shot, _event(150, mode="destroy", sentence=1))  # an arson is still no shooting
    assert not same_happening(shot, _event(150, mode=None, sentence=1, place="Jos"))  # another town
    assert not same_happening(shot, _event(150, mode=None, sentence=1, place="Nigeria", precision=3))  # the country's
    (report,) = merge_mentions([died, replace(shot, trigger=Span(200, 204, TEXT[:4]))])
    assert report.mode == "firearms"  # the shooting names the means


def test_a_same_sentence_mention_that_knows_the_target_codes_the_report(pipeline):
    """"Rebels launched attacks, killing 30 soldiers": the attack noun names no target, the
    killing names soldiers; the one report takes the soldiers and the coding they give (an armed
    clash, not an attack on civilians)."""
    result = pipeline.run(seismo.make_article("Rebels launched attacks on two towns on Sunday, killing 30 soldiers.", date="2024-03-04"))
    [report] = [e for e in result.events if e.type == "ASSAULT"]
    assert report.recipient is not None and report.recipient.sector == "MIL"
    assert report.acled_sub_event_type == "Armed clash"


def test_a_weapon_named_by_the_first_mention_keeps_its_coding(pipeline):
    """A bombing whose victims a later clause names keeps its weapon's sub-type: only a report
    coded for no known target takes the coding of the mention that knows it."""
    result = pipeline.run(seismo.make_article(
        "A roadside bomb struck an army convoy near the border on Monday, killing six soldiers.", date="2024-03-04"))
    assert {e.acled_sub_event_type for e in result.events if e.type == "ASSAULT"} == {"Remote explosive/landmine/IED"}


def test_unnamed_gunmen_attacking_a_patrol_fight_a_battle(pipeline):
    result = pipeline.run(seismo.make_article(
        "Gunmen ambushed a police patrol outside the town on Friday, wounding three officers.", date="2024-03-04"))
    assert [e.acled_sub_event_type for e in result.events if e.type == "ASSAULT"] == ["Armed clash"]


def test_one_unresolved_actor_written_alike_is_one_actor():
    first = replace(_event(10, type_="COERCE", mode="seize"), actor=Actor(0, 6, "Police", None, None, None, "group"))
    again = replace(_event(150, type_="COERCE", mode="seize", sentence=1), actor=Actor(0, 6, "Police", None, None, None, "group"))
    other = replace(again, actor=Actor(0, 8, "Soldiers", None, None, None, "group"))
    assert same_happening(first, again) and not same_happening(first, other)


# ------------------------------------------------------------------ sentences written for these tests


def _assaults(events) -> list:
    return [e for e in events if e.type == "ASSAULT"]


def test_one_more_victim_told_with_also_joins_the_attack(events_of):
    text = ("A roadside bomb wounded a Turkish army colonel near Afrin on Monday, officials said. "
            "An Iraqi army officer was also killed.")
    (attack,) = _assaults(events_of(text))
    assert [text[m.start:m.end] for m in attack.mentions] == ["An Iraqi army officer was also killed."]
    assert sorted((c.kind, c.best) for c in attack.counts) == [("injured", 1), ("killed", 1)]


def test_one_more_victim_of_a_kind_already_counted_keeps_the_toll_whole(events_of):
    # folding keeps every mention's counts, each on its own span: the added victim is not lost
    text = ("A roadside bomb killed a Turkish army colonel near Afrin on Monday, officials said. "
            "An Iraqi army officer was also killed.")
    killed = [c.best for e in _assaults(events_of(text)) for c in e.counts if c.kind == "killed"]
    assert sum(b or 0 for b in killed) == 2


def test_a_death_told_by_a_pronoun_joins_the_nearest_attack(events_of):
    """"[Her] death" names the person told of last: the singer gunned down earlier this year, not
    the people wounded in this week's shooting told of first."""
    text = ("Six people were shot and wounded early Sunday outside a bar in the port, police said. "
            "A singer, Ada Brown, was gunned down earlier this year in a park nearby. "
            "Her death drew attention to the city's murder rate.")
    attacks = _assaults(events_of(text))
    assert [[c.kind for c in e.counts] for e in attacks] == [["injured"], ["killed", "killed"]]


@pytest.mark.parametrize("later", [
    "An Iraqi army officer was killed.",  # no word of addition: another victim may be another attack's
    "In Mosul, an Iraqi army officer was also killed.",  # one more victim, but of another town
])
def test_other_victims_stay_apart_without_one_happening(events_of, later):
    text = f"A roadside bomb killed a Turkish army colonel near Afrin on Monday, officials said. {later}"
    assert len(_assaults(events_of(text))) == 2


def test_one_who_took_part_is_not_made_the_doer(events_of):
    text = "Twelve people died in communal riots across Kelmora on Monday. Several policemen took part in the killings, a report said."
    (deaths,) = _assaults(events_of(text))
    assert deaths.actor is None and any(text[m.start:].startswith("Several policemen") for m in deaths.mentions)


def test_the_doer_told_by_a_later_mention_fills_the_report(events_of):
    text = "Twelve people were killed across Kelmora on Monday. Soldiers carried out the killings, witnesses said."
    (deaths,) = _assaults(events_of(text))
    assert deaths.actor is not None and deaths.actor.text == "Soldiers"


def _kinds(events) -> list[str]:
    return sorted(f"{e.type}/{e.mode}" for e in events)


def test_the_unattributed_killing_in_a_riots_sentence_is_its_toll(events_of):
    text = "Riots spread across Kelmora on Monday and dozens of villagers were being hacked to death."
    events = list(events_of(text))
    assert _kinds(events) == ["PROTEST/riot"], events_of(text).brief()
    assert any(c.kind == "killed" for c in events[0].counts)


@pytest.mark.parametrize("text", [
    # a doer named: the police's shooting is a happening of its own
    "Riots spread across Kelmora on Monday and police shot dead four men.",
    # another sentence: not told as the riot's violence
    "Riots spread across Kelmora on Monday. Dozens of villagers were hacked to death on Tuesday.",
])
def test_an_attack_beside_a_riot_stays_apart(events_of, text):
    events = list(events_of(text))
    assert "PROTEST/riot" in _kinds(events) and any(e.type == "ASSAULT" for e in events), events_of(text).brief()


def test_police_hurt_by_no_one_named_are_the_riots_toll(events_of):
    """events v106: officers hurt in a riot, told in a later sentence with no doer, are the crowd's
    violence: one riot, with its injured count; villagers hurt stay an attack of their own."""
    text = ("Youths rioted in the centre of Kelmora on Monday, hurling stones at the police. "
            "The interior ministry said 40 police officers had been injured.")
    events = list(events_of(text))
    assert _kinds(events) == ["PROTEST/riot"], events_of(text).brief()
    assert any(c.kind == "injured" and c.best == 40 for c in events[0].counts)
    other = text.replace("40 police officers", "40 villagers")
    assert any(e.type == "ASSAULT" for e in events_of(other)), events_of(other).brief()


def test_a_crackdown_naming_no_means_is_the_detentions_told(events_of):
    """events v106: a coercion that names no means ("the crackdown") is one of the acts of
    coercion told in the article, as a death naming no means is a shooting."""
    text = ("Police detained 300 opposition supporters in Kelmora on Sunday. "
            "The opposition leader called on her followers to stay calm. "
            "Shops in the old town stayed shut on Monday. "
            "Western envoys said they were alarmed by a crackdown on dissent.")
    coercions = [e for e in events_of(text) if e.type == "COERCE"]
    assert len(coercions) == 1 and coercions[0].mode == "arrest", events_of(text).brief()
    # a sentence passed is an act of its own, not the detentions
    other = text.replace("Western envoys said they were alarmed by a crackdown on dissent.",
                         "A court sentenced a dissident writer to ten years in prison.")
    assert len([e for e in events_of(other) if e.type == "COERCE"]) == 2, events_of(other).brief()


def test_a_weapon_told_of_a_battle_leaves_it_a_battle():
    """ACLED codes two armed sides fighting as a battle whatever the arms: a later mention that
    names a bomb gives the battle its mode, not the bomb's remote-violence coding."""
    battle = replace(_event(10, place="Kano"), acled_event_type="Battles", acled_sub_event_type="Armed clash")
    blast = replace(_event(150, mode="explosives", sentence=1, place="Kano"),
                    acled_event_type="Explosions/Remote violence", acled_sub_event_type="Remote explosive/landmine/IED")
    (report,) = merge_mentions([battle, blast])
    assert report.mode == "explosives" and report.acled_sub_event_type == "Armed clash"
    # an attack with no sides named still takes the weapon's coding
    attack = replace(_event(10, place="Kano"), acled_event_type="Violence against civilians", acled_sub_event_type="Attack")
    (report,) = merge_mentions([attack, blast])
    assert report.acled_sub_event_type == "Remote explosive/landmine/IED"


def test_a_toll_of_many_riots_is_no_one_of_them(events_of):
    # a death toll told in a series of happenings is not the one shooting told later
    text = ("The governor said 300 townsfolk were killed in the riots. "
            "On Monday police fired into a crowd in Kelmora, killing two people.")
    deaths = _assaults(events_of(text))
    toll = [e for e in deaths if any(c.kind == "killed" and c.best == 300 for c in e.counts)]
    assert len(deaths) == 2 and toll and toll[0].actor is None, events_of(text).brief()


def test_a_toll_with_no_doer_is_not_the_doers_killing_of_other_dead():
    toll = _event(0, counts=[_killed(300, None)])
    police = replace(_event(300, sentence=3, counts=[_killed(125, None)]), actor=Actor(0, 6, "police", "police", None, "COP", "group", None, 0.8))
    same = replace(police, id="e400", trigger=Span(400, 404, TEXT[:4]), counts=(_killed(300, None),))
    assert len(merge_mentions([toll, police])) == 2
    assert len(merge_mentions([toll, same])) == 1


def test_a_figure_told_again_stays_evidence_in_its_own_sentence(events_of):
    """The report's figure is its first count; a later sentence that tells the toll again keeps
    its count, so the question "who killed whom, said where" finds both sentences."""
    text = ("Police fired on stone-throwers in Rampur town on Monday and killed three of them. "
            "Three men have been killed and four hurt, the district magistrate told reporters.")
    (attack,) = _assaults(events_of(text))
    killed = [c for c in attack.counts if c.kind == "killed"]
    assert [c.best for c in killed] == [3, 3] and killed[1].start >= text.index("Three men")
    assert attack.actor is not None and attack.actor.sector == "COP"


def test_the_report_figure_is_the_highest_and_comes_first():
    low = _event(10, counts=[_killed(2, "villagers")])
    high = _event(150, sentence=1, counts=[_killed(9, "villagers")])
    (report,) = merge_mentions([low, high])
    assert [c.best for c in report.counts] == [9, 2]


def test_a_relative_clause_set_off_by_a_comma_gives_no_place_of_its_own(events_of) -> None:
    text = ("Nurses held a rally in Accra on Monday over unpaid wages. The rally, which began at the Black Star "
            "Square in Accra, ended peacefully, organisers said.")
    reports = [e for e in events_of(text) if e.type == "PROTEST"]
    assert len(reports) == 1, [(e.trigger.text, e.location) for e in reports]


def test_a_rally_placed_by_its_own_phrase_stays_apart(events_of) -> None:
    text = ("Nurses held a rally in Accra on Monday over unpaid wages. The rally in Kumasi on Friday drew "
            "about 2,000 people, organisers said.")
    assert len([e for e in events_of(text) if e.type == "PROTEST"]) == 2


def test_a_definite_mention_of_another_named_party_is_its_own_act(events_of) -> None:
    """events v94: "its own sanctions" of another named state refer back to no earlier report."""
    text = ("The African Union suspended Gabon's membership on Monday. "
            "Nigeria announced its own sanctions on the junta two days later.")
    actors = sorted(e.actor.name for e in events_of(text) if e.type == "SANCTION" and e.actor is not None)
    assert len(actors) == 2, events_of(text).brief()


def test_a_later_mention_placed_at_the_dateline_joins_the_report_that_names_its_place():
    """events v100: a later mention placed at the dateline's town, which its own sentence does not
    name, says nothing of which happening it is; one placed elsewhere from outside its sentence
    (the scene of the sentence before) still does, and so does a first report's place; the
    merged report keeps the first report's place."""
    filed = _place("Abuja")  # "ABUJA, Nigeria (AP) --"
    strike = _event(10, mode="aerial", place="Maiduguri")
    at_dateline = replace(_event(150, mode=None, sentence=1), location=EventLocation(filed, 1))
    assert same_happening(strike, at_dateline, filed=filed)
    assert not same_happening(strike, at_dateline)  # no dateline known: Abuja is a place like another
    scene = replace(_event(150, mode=None, sentence=1), location=EventLocation(_place("Bama", at=60), 1))
    assert not same_happening(strike, scene, filed=filed)
    assert not same_happening(strike, _event(150, mode=None, sentence=1, place="Abuja"), filed=filed)  # named
    (report,) = merge_mentions([strike, at_dateline], filed=filed)
    assert report.location is not None and report.location.place.name == "Maiduguri"
    first_at_dateline = replace(_event(10, mode="aerial"), location=EventLocation(_place("Abuja", at=400), 1))
    assert not same_happening(first_at_dateline, _event(150, mode="aerial", sentence=1, place="Maiduguri"), filed=filed)


def test_a_participle_tells_the_toll_of_the_act_it_hangs_from(events_of):
    """events v104: "fired ..., wounding three": the participle's hurt is the act's, whatever
    means the act names (the means rule alone joins a death with no means only to a weapon)."""
    for text, kind in (("Border guards fired rubber bullets at migrants near the fence on Sunday, wounding three.", "injured"),
                       ("Riot police charged the marchers with batons on Friday, injuring at least ten.", "injured")):
        (attack,) = [e for e in events_of(text) if e.type == "ASSAULT"]
        assert attack.mode == "crowd-control" and attack.actor is not None
        assert [c.kind for c in attack.counts if c.best is not None] == [kind], events_of(text).brief()


def test_a_death_told_in_a_clause_of_its_own_stays_its_own_report(events_of):
    text = "Police fired tear gas at the crowd and two protesters were killed."
    attacks = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert len(attacks) == 2, events_of(text).brief()


def test_a_number_of_the_dead_told_later_is_part_of_the_toll(events_of):
    """events v104 (Mention.partitive): "three of the dead were killed near X" parts a toll told
    before; it is no other killing, wherever it places them."""
    text = ("Police fired on marchers in the capital on Monday, and four marchers were shot dead, a rights "
            "group said.\n\nThe group said three of the dead were killed near the parliament and one in the port district.")
    (attack,) = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert [c.best for c in attack.counts if c.kind == "killed"] == [4, 3], events_of(text).brief()
    assert attack.actor is not None and attack.actor.text == "Police"


def test_a_later_mention_dated_only_by_the_dateline_joins_the_dated_report(events_of):
    """events v104 (merge._told_date): "LIMA, June 4 -" dates what its sentences leave undated;
    that day says nothing of which happening a later mention is."""
    text = ("LIMA, June 4 (Reuters) - Gunmen shot dead a provincial judge near his house in the capital on "
            "Tuesday night, police said.\n\nThe judge was killed while leaving his car, the prosecutor's office said.")
    found = events_of(text)
    killings = [e for e in found if e.type == "ASSAULT" and any(c.kind == "killed" for c in e.counts)]
    assert len(killings) == 1, found.brief()
    assert any("The judge was killed" in m.text for m in killings[0].mentions)


def test_a_pronoun_subject_of_a_reported_clause_stands_for_the_reporter(events_of):
    """events v104 (actors._last_subject): "Russia, Armenia's ally, said it welcomed": Russia."""
    text = "Russia, Armenia's traditional ally, said it welcomed any steps towards peace."
    (support,) = [e for e in events_of(text) if e.type == "SUPPORT"]
    assert support.actor is not None and support.actor.text == "Russia", events_of(text).brief()


def test_a_number_of_the_attackers_is_no_part_of_the_toll(events_of):
    """events v104 (class toll_group): "two of the gunmen" are no part of the dead counted before."""
    text = ("Gunmen stormed a hotel in the port city on Sunday, killing nine guests, police said.\n\n"
            "Two of the gunmen were later killed by soldiers at a checkpoint outside the city.")
    reports = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert len(reports) == 2, events_of(text).brief()
