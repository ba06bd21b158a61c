"""The places step: every place mention resolved to a place, with its role.

    ingest → nlp → entities → **places** → dates → quotes → events

Mentions come from

* the entity records: GPE / LOC whole, or split ("Charleston, W.Va." → two places), or joined
  where the model cut one name in two ("Gun" "Barrel City"), or the place name inside them ("Fargo City Commission" → Fargo); FAC / ORG searched for a place name
  ("Almaty City Hall" → Almaty; a town closing one after "in": "the Grange Hall in Quillby"); a PERSON searched for a county ("Laurel County Sheriff ...");
* the tables scanned over the text (:mod:`seismo.resolve.places.cues`,
  :mod:`seismo.resolve.places.names`): demonyms ("Russian",
  "South Ossetian", "Texan": role ``associative``) and seats standing for institutions ("the White
  House", "the Kremlin", "EU": role ``metonym``, kind ``site`` or ``region``);
* street, square and park names ("Royal Street": kind ``site`` at the point of the town named
  nearest before it), and town names the model tags as a person or organisation or leaves
  untagged, where a locative word, a qualifier or a word such as "police" shows them used as
  places (weak mentions, kept only where the article's other places or a word for the town's
  institutions after them, "Berea police", or a word for a kind of place before them, "the
  village of Alden", back them); a one-word name tagged as a person that is a town's own name,
  with no title before it and borne by nobody the article names in full ("Greer" with no "Jane
  Greer"), is such a weak mention too;
* lakes, rivers and mountains the gazetteer lacks ("Neches River", "Lake Lanier": kind
  ``feature`` at the point of the town or county named nearest before them), and the other half
  of a hyphened pair of places ("University of Wisconsin-Milwaukee");
* once resolved, every other occurrence of a place's name in the article (one sense per
  article: "Berea" in "a Berea man" makes "the Berea Police Department" a place too); a town's
  name cut short after the article gives it whole ("Elk Grove" after "Elk Grove Village"), or
  written with "City" after it ("Springfield City Schools"), is that town where none of its own
  namesakes lies near it.

A name the article also uses alone for a person it names in full ("Dana Tyler" ... "Tyler said",
"coach Tyler") is no place there, unless qualified ("Tyler, Texas") or a country's or state's own
name (:func:`~seismo.resolve.places.names.family_names`).

Physical features (seas, rivers, ranges: kind ``feature``) are gazetteer rows like any other; a
name opening or closing with a word for water ("Red Sea", "Red River") is the feature where one
has that name, and never a county reached through a stripped suffix ("Red River County").
Each mention is looked up in the :class:`~seismo.resolve.gazetteer.Gazetteer` and its namesakes
are ranked by

* a population prior (log scale) and a kind prior (countries, then listed regions, then admin1);
* how the name matched: a place's own name beats an alternate name ("Almaty" the city beats
  "Almaty Oblysy" reached through its stripped suffix);
* the article's other places: a namesake in a country or first-level subdivision that the rest
  of the article resolves to, or near another resolved place, beats a bigger one elsewhere;
* joint support: two ambiguous names with namesakes close to each other ("Paris" and "Henry
  County" → both in Tennessee) favour those namesakes, whatever each currently prefers;
* a first-level subdivision the article names outright ("... Virginia", "Tenn.") counts more
  than one only implied by another place, and the country most of the other places lie in
  gets a little more;
* "X, Y" patterns: in "Charleston, W.Va." only Charleston in West Virginia fits; a village
  that shares a state's or country's name ("Kansas", Illinois) takes no context; in a list of
  one kind ("Mexico, China, Japan") no item qualifies the next; "Washington state" is the state;
* a place told by where it lies from the next one ("Paris, a small town north of Lexington",
  "Tora, a village 30 km west of Kadugli") is a namesake within reach of that one (200 km, or
  twice the distance told): Paris in Kentucky; where the gazetteer has none and the namesake it
  has lies in another country, the name is placed at the other's point, kind ``site`` (a village
  it lacks, not a namesake abroad); a region or province told so is not held to the reach.

Only ``literal`` places locate events (:mod:`seismo.extract.events.place`); the actors step reads
demonyms and metonyms for actor countries.

The ranking is repeated a few times so that context settles ("Georgia" next to "Atlanta" is the
US state, next to "Tbilisi" the country).  It runs in two stages: the strong mentions settle
first; then a weak mention with few namesakes, one close to a namesake of a strong mention that
no other place backs yet, counts as context too ("Belchertown" turns "Amherst" from New York to
Massachusetts) and the ranking runs again (:mod:`seismo.resolve.places.backing`).  Everything per
document is dict lookups, one trie regex per table and a few hundred distance computations at
most.

The work is split by job: :mod:`~seismo.resolve.places.mention` (the record of one mention),
:mod:`~seismo.resolve.places.cues` and :mod:`~seismo.resolve.places.names` (what the text
around a name shows), :mod:`~seismo.resolve.places.collect` (the mentions of one article),
:mod:`~seismo.resolve.places.backing` and :mod:`~seismo.resolve.places.rank` (the ranking).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from seismo.model import Article, Entity, Place
from seismo.nlp import speaker_labels
from seismo.resolve.gazetteer import EARTH_RADIUS_KM, Gazetteer, GazetteerEntry, haversine_km
from seismo.resolve.places.collect import collect_mentions, repeat_mentions
from seismo.resolve.places.cues import subdivision_cued
from seismo.resolve.places.mention import STEP, Mention
from seismo.resolve.places.rank import resolve_mentions

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from seismo.resources import Resources

__all__ = [
    "EARTH_RADIUS_KM", "STEP", "Gazetteer", "GazetteerEntry", "Mention", "collect_mentions", "find_places",
    "haversine_km", "resolve_mentions", "subdivision_cued",
]


def find_places(
    doc: "Doc", *, article: Article, found: dict[str, Any], resources: "Resources"
) -> tuple[Place, ...]:
    """The step function (``seismo.places.v24``): one :class:`Place` per resolved mention."""
    entities: Iterable[Entity] = found.get("entities", ())
    gazetteer = resources.gazetteer
    mentions = collect_mentions(article.text, entities, gazetteer=gazetteer)
    places = resolve_mentions(mentions, gazetteer=gazetteer)
    more = repeat_mentions(article.text, entities, mentions, places, gazetteer=gazetteer)
    found_places = places if more is mentions else resolve_mentions(more, gazetteer=gazetteer)
    # a transcript's speaker label ("MARTIN: ...") names a speaker, not the town of that name
    labels = frozenset(speaker_labels(article.text))
    return tuple(p for p in found_places if (p.start, p.end) not in labels) if labels else found_places
