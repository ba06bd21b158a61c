"""seed: the hand-checked expectations for the seed article, item by item.

Each gold item is *found* (every checkable field right), *wrong* (found, with the fields that
differ named) or *missing* (no prediction matches it).  Matching is by meaning, as the gold file
describes it:

* events: our events whose evidence sentence (or a merged mention's, ``Event.mentions``)
  contains ``evidence_contains``; among several, the
  one with the fewest wrong fields.  ``type`` / ``mode`` / ``acled`` / ``modality`` list the
  allowed values; actor / recipient / location / counts / victims / date are compared field by
  field; ``note``-like keys that our records cannot carry are listed as unchecked;
* quotes: our quotes whose text contains ``starts``; the speaker is right when either the gold
  speaker and ours contain one another or they share a last word;
* places: our places whose text is the gold text (coordinates within 50 km);
* actors: the gold list checks actor *resolution* of mentions (Putin, Lukashenko, Ria Novosti
  are named in the seed without being event actors), so each gold actor is matched against the
  actors and recipients of our events, the quote speakers, and the resolution of every PERSON /
  ORG / NORP entity mention (:func:`mention_actors`: ``resolve_actor`` with one
  ``ActorMemory`` per article, the year from the article date and the places we found) — a
  candidate matches when its text or name contains the gold text (or its alias / acronym);
  among several, the one with the fewest wrong fields;
* must_not: the machine-checkable readings in ``seed_checks.json``, each violated or not;
* every event given: each event seismo gives, the gold item it best matches or, for an extra
  one, a careful reader's verdict (``seed_given.json``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from seismo.eval.report import Metric, Table, TaskReport
from seismo.eval.scorers import haversine_km, ratio
from seismo.model import Actor, Article, Event, Place, Quote, Result, Speaker

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from seismo.resolve.actor_lexicon import ActorLexicon

KM = 50.0
MENTION_LABELS = frozenset({"PERSON", "ORG", "NORP"})
UNCHECKED = frozenset({"key", "note", "cause", "led_by", "members", "about"})
QUOTE_MARKS = "\"'“”‘’«»„ "


def norm(text: str | None) -> str:
    """Lower case, straight quotes, single spaces."""
    t = (text or "").lower().translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'}))
    return " ".join(t.split())


def acronym(text: str | None) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][\w-]*", text or "")).lower()


def _last(text: str | None) -> str:
    words = re.findall(r"\w+", norm(text))
    return words[-1] if words else ""


def loose_match(gold: str, *ours: str | None) -> bool:
    """Gold and one of ours contain one another (normalised), or share an acronym."""
    g = norm(gold)
    for o in ours:
        n = norm(o)
        if n and g and (g in n or n in g or acronym(o) == g or acronym(gold) == n):
            return True
    return False


def _allowed(value: Any, gold: Any) -> bool:
    options = gold if isinstance(gold, list) else [gold]
    return norm(str(value)) in {norm(str(o)) for o in options} if value is not None else False


@dataclass(frozen=True, slots=True)
class Item:
    """One gold item's outcome: ``status`` is found / wrong / missing."""

    section: str
    key: str
    status: str
    wrong: tuple[str, ...] = ()
    unchecked: tuple[str, ...] = ()


# -- field checks (each returns the names of wrong fields) ---------------------------------


def check_actor(prefix: str, gold: dict[str, Any], actor: Actor | None) -> list[str]:
    if actor is None:
        return [prefix]
    wrong = []
    if "country" in gold and not _allowed(actor.country, gold["country"]):
        wrong.append(f"{prefix}.country")
    if "sector" in gold and not _allowed(actor.sector, gold["sector"]):
        wrong.append(f"{prefix}.sector")
    if "kind" in gold and not _allowed(actor.kind, gold["kind"]):
        wrong.append(f"{prefix}.kind")
    if "role" in gold and not loose_match(gold["role"], actor.role):
        wrong.append(f"{prefix}.role")
    for key in ("text_contains", "name", "alias", "text"):
        if key in gold and not loose_match(gold[key], actor.text, actor.name):
            wrong.append(f"{prefix}.{key}")
    return wrong


def check_place(prefix: str, gold: dict[str, Any], place: Place | None) -> list[str]:
    if place is None:
        return [prefix]
    wrong = []
    if "country" in gold and not _allowed(place.country, gold["country"]):
        wrong.append(f"{prefix}.country")
    if "kind" in gold and not _allowed(place.kind, gold["kind"]):
        wrong.append(f"{prefix}.kind")
    if "name" in gold and not loose_match(gold["name"], place.name, place.text):
        wrong.append(f"{prefix}.name")
    if "text_contains" in gold and norm(gold["text_contains"]) not in norm(place.text) + " " + norm(place.name):
        wrong.append(f"{prefix}.text")
    if "lat" in gold and (
        place.lat is None or place.lon is None or haversine_km(gold["lat"], gold["lon"], place.lat, place.lon) > KM
    ):
        wrong.append(f"{prefix}.latlon")
    return wrong


def check_counts(gold: dict[str, Any], event: Event) -> list[str]:
    wrong = []
    for kind, want in gold.items():
        count = next((c for c in event.counts if c.kind == kind), None)
        if count is None:
            wrong.append(f"counts.{kind}")
            continue
        for key, value in want.items():
            ok = {
                "text": lambda: norm(value) in norm(count.text),
                "qualifier": lambda: loose_match(value, count.qualifier),
            }.get(key, lambda: getattr(count, key, None) == value)()
            if not ok:
                wrong.append(f"counts.{kind}.{key}")
    return wrong


def check_event(gold: dict[str, Any], event: Event) -> tuple[list[str], list[str]]:
    """``(wrong fields, unchecked keys)`` of one event against one gold item."""
    wrong: list[str] = []
    unchecked = [k for k in gold if k in UNCHECKED and k != "key"]
    if "type" in gold and not _allowed(event.type, gold["type"]):
        wrong.append("type")
    if "mode" in gold and not _allowed(event.mode, gold["mode"]):
        wrong.append("mode")
    if "acled" in gold and not _allowed(f"{event.acled_event_type}/{event.acled_sub_event_type}", gold["acled"]):
        wrong.append("acled")
    if "modality" in gold and not _allowed(event.modality, gold["modality"]):
        wrong.append("modality")
    if "hedged" in gold and event.hedged != gold["hedged"]:
        wrong.append("hedged")
    if "attributed_to" in gold and not loose_match(gold["attributed_to"], event.attributed_to.text if event.attributed_to else None):
        wrong.append("attributed_to")
    for role in ("actor", "recipient"):
        if role in gold:
            wrong += check_actor(role, gold[role], getattr(event, role))
            unchecked += [f"{role}.{k}" for k in gold[role] if k in UNCHECKED]
    if "location" in gold:
        wrong += check_place("location", gold["location"], event.location.place if event.location else None)
    if "date" in gold:
        if event.date is None:
            wrong.append("date")
        elif "precision" in gold["date"] and not _allowed(event.date.precision, gold["date"]["precision"]):
            wrong.append("date.precision")
    if "counts" in gold:
        wrong += check_counts(gold["counts"], event)
    if "victims" in gold:
        v = gold["victims"]
        texts = [c.victims.text for c in event.counts if c.victims] + ([event.recipient.text] if event.recipient else [])
        if "text_contains" in v and not any(norm(v["text_contains"]) in norm(t) for t in texts):
            wrong.append("victims.text")
        if "sector" in v:  # only a recipient carries a sector; count victims are bare spans
            if event.recipient is None:
                unchecked.append("victims.sector")
            elif not _allowed(event.recipient.sector, v["sector"]):
                wrong.append("victims.sector")
    return wrong, unchecked


def _best(cands: list[tuple[list[str], list[str]]]) -> tuple[list[str], list[str]] | None:
    return min(cands, key=lambda c: len(c[0])) if cands else None


def _item(section: str, key: str, best: tuple[list[str], list[str]] | None) -> Item:
    if best is None:
        return Item(section, key, "missing")
    wrong, unchecked = best
    return Item(section, key, "wrong" if wrong else "found", tuple(wrong), tuple(unchecked))


def score_events(gold: Sequence[dict[str, Any]], events: Sequence[Event], text: str) -> list[Item]:
    out = []
    for g in gold:
        want = norm(g["evidence_contains"])
        cands = [check_event(g, e) for e in events
                 if any(want in norm(text[s.start : s.end]) for s in (e.evidence, *e.mentions))]
        out.append(_item("events", g.get("key", g["evidence_contains"]), _best(cands)))
    return out


def check_quote(gold: dict[str, Any], quote: Quote) -> tuple[list[str], list[str]]:
    wrong: list[str] = []
    s = quote.speaker
    if "speaker" in gold:
        ok = s is not None and (
            loose_match(gold["speaker"], s.name, s.text) or _last(gold["speaker"]) in {_last(s.name), _last(s.text)} - {""}
        )
        if not ok:
            wrong.append("speaker")
    for key in ("role", "organization", "outlet"):
        if key in gold and not (s is not None and loose_match(gold[key], getattr(s, key, None))):
            wrong.append(f"speaker.{key}")
    for key in ("country", "sector"):  # codes: compared exactly
        if key in gold and not (s is not None and _allowed(getattr(s, key, None), gold[key])):
            wrong.append(f"speaker.{key}")
    if gold.get("kind") == "indirect" and quote.kind != "indirect":
        wrong.append("kind")
    unchecked = [k for k in gold if k in UNCHECKED or (k == "kind" and gold[k] != "indirect")]
    return wrong, unchecked


def score_quotes(gold: Sequence[dict[str, Any]], quotes: Sequence[Quote]) -> list[Item]:
    out = []
    for g in gold:
        want = norm(g["starts"])
        cands = [check_quote(g, q) for q in quotes if want in norm(q.text)]
        out.append(_item("quotes", g["starts"], _best(cands)))
    return out


def score_places(gold: Sequence[dict[str, Any]], places: Sequence[Place]) -> list[Item]:
    out = []
    for g in gold:
        cands = [(check_place("place", g, p), [k for k in g if k in UNCHECKED]) for p in places if norm(p.text) == norm(g["text"])]
        out.append(_item("places", g["text"], _best(cands)))
    return out


def speaker_actor(speaker: Speaker) -> Actor:
    """A quote speaker as an actor record, so the actor checks can read it (kind ``speaker``:
    a speaker does not say whether it is a person or an organisation)."""
    return Actor(start=speaker.start, end=speaker.end, text=speaker.text, name=speaker.name, country=speaker.country,
                 sector=speaker.sector, kind="speaker", role=speaker.role)


def mention_actors(doc: "Doc", *, article: Article, places: Sequence[Place], lexicon: "ActorLexicon") -> tuple[Actor, ...]:
    """The actors the PERSON / ORG / NORP entity mentions of ``doc`` resolve to, in text order,
    with one :class:`~seismo.resolve.actors.ActorMemory` for the article (so a later bare
    surname inherits the title and country seen earlier)."""
    from seismo.resolve.actors import ActorMemory, resolve_actor

    memory = ActorMemory(lexicon, year=article.date.year if article.date else None)
    places = tuple(places)
    out = []
    for ent in doc.ents:
        if ent.label_ in MENTION_LABELS and (actor := resolve_actor(ent, lexicon=lexicon, memory=memory, places=places)):
            out.append(actor)
    return tuple(out)


def score_actors(
    gold: Sequence[dict[str, Any]],
    events: Sequence[Event],
    *,
    quotes: Sequence[Quote] = (),
    mentions: Sequence[Actor] = (),
) -> list[Item]:
    """Each gold actor against event actors / recipients, quote speakers and resolved mentions."""
    actors = [a for e in events for a in (e.actor, e.recipient) if a is not None]
    actors += [speaker_actor(q.speaker) for q in quotes if q.speaker is not None]
    actors += list(mentions)
    out = []
    for g in gold:
        names = [g["text"], *([g["alias"]] if "alias" in g else [])]
        cands = [
            (check_actor("actor", {k: v for k, v in g.items() if k not in ("text", "alias")}, a), [k for k in g if k in UNCHECKED])
            for a in actors
            if any(loose_match(n, a.text, a.name) for n in names)
        ]
        out.append(_item("actors", g["text"], _best(cands)))
    return out


def load_checks() -> list[list[dict[str, Any]]]:
    data = json.loads(resources.files("seismo.eval.tasks").joinpath("seed_checks.json").read_text(encoding="utf-8"))
    return data["checks"]


def violations(check: dict[str, Any], result: Result) -> list[str]:
    """What in ``result`` breaks one must-not check (empty = respected)."""
    kind, texts = check["kind"], [norm(t) for t in check.get("texts", [])]
    text = result.article.text
    if kind == "asserted_trigger_in":
        spans = [(i, i + len(t)) for t in check["texts"] if (i := text.lower().find(t.lower())) >= 0]
        # reports' triggers only: a merged mention keeps its sentence, not its trigger, so an
        # asserted mention merged into a report elsewhere is not seen here
        return [
            f"{e.type} '{e.trigger.text}'"
            for e in result.events
            if e.modality == "asserted" and any(s <= e.trigger.start < end for s, end in spans)
        ]
    if kind == "quote_text":
        return [q.text for q in result.quotes if norm(q.text.strip(QUOTE_MARKS)) in texts]
    if kind == "quote_speaker":
        return [
            f"{q.text[:40]} ← {q.speaker.name or q.speaker.text}"
            for q in result.quotes
            if norm(check["contains"]) in norm(q.text) and q.speaker is not None
            and norm(check["speaker"]) in norm(f"{q.speaker.name} {q.speaker.text}")
        ]
    if kind == "entity_label":
        return [f"{e.text}/{e.label}" for e in result.entities if norm(e.text) in texts and e.label in check["labels"]]
    if kind == "date_text":
        return [w.text for w in result.dates if any(t in norm(w.text) for t in texts)]
    if kind == "article_prefix":
        return [text[:20]] if any(norm(text[:40]).startswith(t) for t in texts) else []
    raise ValueError(f"seed_checks.json: unknown check kind {kind!r}")


def score_must_not(gold: Sequence[str], result: Result, checks: Sequence[Sequence[dict[str, Any]]]) -> list[Item]:
    out = []
    for i, statement in enumerate(gold):
        if i >= len(checks):
            out.append(Item("must_not", statement[:60], "unchecked"))
            continue
        bad = [v for c in checks[i] for v in violations(c, result)]
        out.append(Item("must_not", statement[:60], "violated" if bad else "respected", tuple(bad)))
    return out


GIVEN_FILE = "seed_given.json"
#: a careful reader's verdicts on the seed's events that match no gold item
GIVEN_VERDICTS = ("real", "duplicate", "not_event")


def load_given() -> dict[tuple[int, int], dict[str, str]]:
    """The stored verdicts on the seed's extra events, by trigger offsets (``seed_given.json``)."""
    data = json.loads(resources.files("seismo.eval.tasks").joinpath(GIVEN_FILE).read_text(encoding="utf-8"))
    out = {}
    for j in data["events"]:
        if j["verdict"] not in GIVEN_VERDICTS:
            raise ValueError(f"{GIVEN_FILE}: verdict {j['verdict']!r} is not one of {', '.join(GIVEN_VERDICTS)}")
        out[(int(j["trigger"][0]), int(j["trigger"][1]))] = j
    return out


def given_rows(gold: Sequence[dict[str, Any]], events: Sequence[Event], text: str,
               verdicts: dict[tuple[int, int], dict[str, str]]) -> list[tuple[str, ...]]:
    """Every event seismo gives on the seed: the gold item it is the best match of, or the stored
    verdict of a careful reader (``unjudged`` when none is stored for its trigger)."""
    best: dict[int, str] = {}
    for g in gold:
        want = norm(g["evidence_contains"])
        cands = [(len(check_event(g, e)[0]), i) for i, e in enumerate(events)
                 if any(want in norm(text[s.start : s.end]) for s in (e.evidence, *e.mentions))]
        if cands:
            best.setdefault(min(cands)[1], g.get("key", g["evidence_contains"]))
    rows = []
    for i, e in enumerate(events):
        judged = verdicts.get((e.trigger.start, e.trigger.end))
        verdict = f"gold item {best[i]}" if i in best else (judged["verdict"] if judged else "unjudged")
        actor = (e.actor.name or e.actor.text) if e.actor else "-"
        place = e.location.place.name if e.location else "-"
        rows.append((f"{e.trigger.text!r}@{e.trigger.start}", f"{e.type}/{e.mode or '-'}", e.modality, actor, place,
                     verdict, "" if i in best or not judged else judged.get("note", "")))
    return rows


def score(
    gold: dict[str, Any],
    result: Result,
    *,
    checks: Sequence[Sequence[dict[str, Any]]] | None = None,
    reader: str = "",
    mentions: Sequence[Actor] = (),
    verdicts: dict[tuple[int, int], dict[str, str]] | None = None,
) -> TaskReport:
    """Score one result against the gold file; ``mentions`` are the resolved entity mentions
    (:func:`mention_actors`) that the actor items may also match."""
    items = [
        *score_events(gold.get("events", []), result.events, result.article.text),
        *score_quotes(gold.get("quotes", []), result.quotes),
        *score_places(gold.get("places", []), result.places),
        *score_actors(gold.get("actors", []), result.events, quotes=result.quotes, mentions=mentions),
        *score_must_not(gold.get("must_not", []), result, load_checks() if checks is None else checks),
    ]
    metrics = []
    for section in ("events", "quotes", "places", "actors"):
        sec = [i for i in items if i.section == section]
        metrics.append(
            Metric(f"{section} found (all fields right)", ratio(sum(i.status == "found" for i in sec), len(sec)), n=len(sec), headline=True)
        )
        metrics.append(Metric(f"{section} matched (found or wrong)", ratio(sum(i.status != "missing" for i in sec), len(sec)), n=len(sec)))
    mn = [i for i in items if i.section == "must_not"]
    metrics.append(Metric("must_not respected", ratio(sum(i.status == "respected" for i in mn), len(mn)), n=len(mn), headline=True))
    given = given_rows(gold.get("events", []), result.events, result.article.text, load_given() if verdicts is None else verdicts)
    extra = [r for r in given if not r[5].startswith("gold item")]
    metrics.append(Metric("events given beyond the gold items, judged wrong (duplicate or no event)",
                          ratio(sum(r[5] in ("duplicate", "not_event") for r in extra), len(extra)), n=len(extra)))
    metrics.append(Metric("events given beyond the gold items, unjudged", ratio(sum(r[5] == "unjudged" for r in extra), len(extra)),
                          n=len(extra)))
    rows = tuple((i.section, i.key, i.status, ", ".join(i.wrong), ", ".join(i.unchecked)) for i in items)
    return TaskReport(
        task="seed",
        title="Seed article (Kazakhstan, 2022-01-07): item by item",
        datasets=(("kazakhstan-2022-01-07.gold.json", sum(len(gold.get(k, [])) for k in ("events", "quotes", "places", "actors", "must_not"))),),
        metrics=tuple(metrics),
        tables=(
            Table("items", ("section", "item", "status", "wrong / violations", "unchecked"), rows, full=True),
            Table("every event seismo gives", ("trigger", "type/mode", "modality", "actor", "place", "verdict", "note"),
                  tuple(given), full=True),
        ),
        notes=(
            "found = matched with every checkable field right; wrong = matched, fields named; missing = nothing matched.",
            "Events match on the evidence sentence, quotes on their first words, places on their text, actors on text/name/alias.",
            "Actors check resolution of mentions: each is matched against event actors/recipients, quote speakers and the "
            "resolved PERSON/ORG/NORP entity mentions (one actor memory per article), keeping the closest.",
            f"Article read with {reader or 'seismo.ingest'}; must_not readings are in seismo/eval/tasks/seed_checks.json.",
            "Every event seismo gives is listed: the best match of a gold item, or an extra event with a careful reader's "
            f"verdict from seismo/eval/tasks/{GIVEN_FILE} (real: a happening the gold list leaves out; duplicate: a "
            "happening already reported; not_event), keyed by trigger offsets; a changed trigger is unjudged until judged again.",
        ),
        extra={"items": [_item_dict(i) for i in items]},
    )


def _item_dict(i: Item) -> dict[str, Any]:
    return {"section": i.section, "key": i.key, "status": i.status, "wrong": list(i.wrong), "unchecked": list(i.unchecked)}


HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\s+")


def read_seed(path: Path) -> tuple[Article, str]:
    """The seed article, through seismo.ingest when it is there (else a minimal header reader)."""
    try:
        from seismo.ingest import IngestReport, read_inputs  # type: ignore[attr-defined]
    except ImportError:
        raw = path.read_text(encoding="utf-8")
        m = HEADER.match(raw)
        from seismo.pipeline import make_article

        text = raw[m.end() :] if m else raw
        return make_article(text, date=m.group(1) if m else None, id="seed-kazakhstan"), "the eval fallback header reader"
    articles = list(read_inputs([path], report=IngestReport()))
    return articles[0], "seismo.ingest.read_inputs"


def run(seed_text: Path, seed_gold: Path, *, pipeline: Any) -> TaskReport:
    article, reader = read_seed(seed_text)
    result = pipeline.run(article)
    doc = pipeline.resources.nlp(article.text)
    mentions = mention_actors(doc, article=article, places=result.places, lexicon=pipeline.resources.actors)
    gold = json.loads(seed_gold.read_text(encoding="utf-8"))
    return score(gold, result, reader=reader, mentions=mentions)
