"""The event coder: spaCy parse → :class:`~seismo.model.Event` records.

For each sentence:

1. triggers (``triggers.tsv``, matched on lemmas + parse) give the PLOVER type and mode;
   words inside proper names ("Collective Security *Treaty* Organization") are not triggers,
   and a weak trigger ("protesters", "died") gives way to a stronger one of the same type;
2. actor / recipient heads come from the parse (:mod:`.roles`) and are resolved through the
   actor resolver (:mod:`.actors`) with one memory per article;
3. counts (:func:`~seismo.extract.numbers.counts.find_counts`) attach to the nearest compatible event
   in the sentence; killed / injured / arrested counts with no such event make a counts-only
   event;
4. location and date (:mod:`.place`), modality
   (:func:`~seismo.extract.framing.modality.modality_of`) and attribution
   (:func:`~seismo.extract.framing.claims.attribution_of`);
5. ACLED coding and quad class from ``acled_map.tsv`` (:mod:`.acled`);
6. a confidence from a few features (:func:`~.calibration.raw_score`), calibrated (:mod:`.calibration`)
   by whether the learned type model agrees with the event's type.

Ids are ``record_id(article.id, "event", trigger start, trigger end, type)``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from seismo.extract.dates import dates_events
from seismo.extract.events.attach import (COUNT_ONLY, Draft, acts_together, attach_counts, attach_implied, can_die, claim_words,
                                          demands_in_public, fold_claims, fold_damage, fold_means, fold_protest_forms,
                                          framing_word, grievance_lemmas, inherit_cause_actors, keep_strong, told_as_purpose)
from seismo.extract.events.coding.acled import AcledTable, EventFacts, arbitrate
from seismo.extract.events.coding.learned import learned_coding, learned_matches
from seismo.extract.events.calibration import Calibration, agreement, group_of, in_rank, note_agreement, raw_score
from seismo.extract.numbers.counts import count_governor, find_counts, implied_counts
from seismo.extract.furniture import in_link_line
from seismo.extract.numbers.headline import (TOLL_KINDS, Headline, headline_attack, lead_attack, parse_headline, tally_of_attacks,
                                     title_counts, with_title_counts)
from seismo.extract.numbers.self_deaths import later_self_deaths, with_self_deaths
from seismo.extract.numbers.tolls import dead_among_the_hit, later_counts, later_deaths, named_dead, settle_tolls
from seismo.extract.events.acts import (ARREST, SUBORDINATE, Drafted, aftermath, backgrounded, demanded, discussed, ended_by,
                                        in_background, main_clause_first, prominence, speech_act, subordinate,
                                        told_as_occasion, told_aside, words_about_force)
from seismo.extract.events.actors import (abroad, acled_role, actor_memory, actor_of, arresting_forces, as_speaker_side,
                                          definite_antecedent, event_country, fallback_actor, forces_modifier,
                                          implicit_state_actor, is_deployer, is_speaker_pronoun, is_unnamed_forces,
                                          meeting_holder, nation_acting, predicate_of_subject, security_actor,
                                          speaker_as_actor, speaker_of, with_state_country)
from seismo.extract.events.coding.mentions import parsed_triggers
from seismo.extract.events.merge import VAGUE_MODES, merge_mentions
from seismo.extract.events.parties import is_relation, party_candidates
from seismo.extract.framing.scope import VERBAL, forum, scoped
from seismo.extract.events.dating import date_of, settle, share_dates
from seismo.extract.events.place import (PRECISION, Anchored, anchor, article_dateline, article_main, locate,
                                         people_noun, scene_before, speaker_place, the_town)
from seismo.extract.events.roles import ENTITY_AGENT_LABELS, MEETING_TYPES, apposed_title, phrase_bounds, roles_of
from seismo.extract.events.coding.triggers import (TriggerTable, describes_a_noun, find_triggers, phrase_head,
                                            in_backmatter, in_name, match_token, words_of)
from seismo.extract.framing.accidents import drop_accidents
from seismo.extract.framing.genre import drop_sport, drop_war_strikes
from seismo.extract.framing.claims import attribution_of, commanded
from seismo.extract.framing.happening import tells_no_happening
from seismo.extract.framing.modality import modality_of, unrealised
from seismo.extract.framing.tallies import period_tally
from seismo.extract.syntax import in_class, root_at, sentence_words
from seismo.contract.ids import record_id
from seismo.model import Actor, Article, Count, Event, EventDate, EventLocation, Span, When
from seismo.nlp import doc_text


if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from seismo.resources import Resources

STEP = "seismo.events.v141"

#: how many sentences back a deploying organisation / country answers an unnamed-forces request
DEPLOYER_WINDOW = 3


def _deployer_key(actor: Actor) -> str:
    """The identity a deployer is counted by: its name, else its text."""
    return (actor.name or actor.text).lower()


#: weapon modes / hints that, in the sentence before or after, tell how a generic attack was made
WEAPON_CUES = frozenset({"aerial", "drone", "heavy-weapons", "grenade", "suicide", "suicide-attack", "chemical", "cbrn", "ied"})
def latest_named(dates: "Sequence[When]") -> dt.date | None:
    """The earliest day an undated article can have been written: the latest first day of the
    periods it names ("in 2016" allows 1 January 2016, not 31 December); None when it names none."""
    return max((w.earliest for w in dates if w.earliest is not None), default=None)


class _Coder:
    """What one article's coding needs, built once per article."""

    def __init__(self, doc: "Doc", *, article: Article, found: dict[str, Any], resources: "Resources | None") -> None:
        self.doc = doc
        self.article = article
        self.table = TriggerTable.load()
        self.weapons = self.table.word_class("weaponry") | self.table.word_class("projectile")
        self.attacks_named = self.table.word_class("violence")  # "the blast destroyed ...": an attack's damage
        self.acled = AcledTable.load()
        self.resolver = None if resources is None else resources.actor_resolver
        self.memory = actor_memory(self.resolver)
        self.bodies: list[Actor] = []  # the organisations named so far as parties to events ("the party")
        self.places = tuple(found.get("places", ()))
        self.quotes = tuple(found.get("quotes", ()))  # whom "we" and "I" stand for inside a quotation
        # durations, sets and vague references ("three days", "every Friday", "now") date nothing
        self.dates = tuple(w for w in found.get("dates", ()) if dates_events(w))
        self.anchored_places: list[Anchored] = anchor(doc, self.places)
        self.anchored_dates: list[Anchored] = anchor(doc, self.dates)
        self.main = article_main(doc, self.places, resources)
        self.party = people_noun(resources)  # nouns for people: a place modifying one says whose
        self.dateline = article_dateline(self.places, doc_text(doc))  # the place of last resort, before main
        #: when the article was written, for reading tense against dates: its publication date,
        #: or for an undated article the latest day it names (it was written no earlier)
        self.written = article.date or latest_named(self.dates)
        #: every named organisation / country seen deploying forces: (sentence index, actor)
        self.deployers: list[tuple[int, Actor]] = []
        self.forces: list[tuple[int, Actor]] = []  # police and soldiers named in events: (sentence index, actor)
        self.sents = list(doc.sents)
        #: per sentence, the counts with no number no event of the sentence took
        self.orphans: list[list[Count]] = []
        self.claims: set[int] = set()  # the words of what the protests of the text are held over (attach.claim_words)
        self.demands: set[tuple[int, int]] = set()  #: triggers a request asks for ("called for a *ban*")
        self.learned: set[tuple[int, int]] = set()  #: triggers the type model named (coding.learned)
        #: per event id, its raw score and whether it is subordinate: recalibrated once the type model read it
        self.raw: dict[str, tuple[float, bool]] = {}
        self.groups: dict[str, str] = {}  #: per event id, its calibration group (:func:`group_of`)
        self.drafted: dict[str, Drafted] = {}  #: per event id, its trigger's type and prominence

    def actor(self, tok: "Token | None") -> Actor | None:
        if tok is None:
            return None
        if is_speaker_pronoun(tok):
            return self.speaker_actor(tok)
        tok = meeting_holder(tok) or tok  # "the meeting pledged": the body that met
        start, end = phrase_bounds(tok, table=self.table)
        span = self.doc[start:end]
        if not span.text.strip():
            return None
        found = actor_of(span, resolver=self.resolver, memory=self.memory, places=self.places)
        # heads kept as actors even when the lexicon names no one: people and bodies named by the
        # text (a name; classes unnamedactor and collective of triggers.tsv) — "an army convoy",
        # "two men", "Vajpayee", "the temple committee"
        if found is None:
            named = tok.ent_type_ in ENTITY_AGENT_LABELS or in_class(tok, self.table.word_class("collective"))
            if named or in_class(tok, self.table.word_class("unnamedactor")):
                found = fallback_actor(span, named=named, resolver=self.resolver, places=self.places)
        title = apposed_title(tok)  # "Iran's leader, Ayatollah X": the title says his country and sector
        if found is not None and title is not None and (found.country is None or found.sector is None):
            told = actor_of(self.doc[slice(*phrase_bounds(title, table=self.table))], resolver=self.resolver,
                            memory=self.memory, places=self.places)
            if told is not None:
                found = replace(found, country=found.country or told.country, sector=found.sector or told.sector,
                                role=found.role or told.role)
        return definite_antecedent(tok, found, self.bodies)

    def speaker_actor(self, tok: "Token") -> Actor | None:
        """Who a first-person pronoun stands for: the speaker of the direct quotation it is in
        (:func:`speaker_of`), resolved from the words that name them where they are no pronoun;
        outside a quotation, no one."""
        speaker = speaker_of(tok, self.quotes)
        if speaker is None:
            return None
        mention = self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        named = mention is not None and mention.root.pos_ != "PRON"
        found = actor_of(mention, resolver=self.resolver, memory=self.memory, places=self.places) if named else None
        return as_speaker_side(found or speaker_as_actor(speaker), speaker, tok)

    def drafts(self, sent: "SpacySpan", found: "list[Any] | None" = None) -> list[Draft]:
        found = list(find_triggers(sent, table=self.table)) if found is None else found  # given: learned_matches'
        heads = frozenset(m.head.i for m in found)
        matches = [m for m in found if not in_name(m) and not tells_no_happening(m, sent)
                   and not describes_a_noun(m, self.table, heads) and not unrealised(m.head)
                   and not commanded(m.head)]  # "chanted 'arrest the killers'": an order, no act done
        out, kept = [], keep_strong(matches)
        requests, acts = frozenset(m.head.i for m in kept if m.rule.type == "REQUEST"), [(m.head.i, m.rule.type) for m in kept]
        talks = frozenset(m.head.i for m in kept if m.rule.type == "CONSULT")
        for m in kept:
            first, last = self.doc[m.start], self.doc[m.end - 1]
            trig = Span(first.idx, last.idx + len(last), doc_text(self.doc)[first.idx : last.idx + len(last)])
            # what a request asks for, talks are about, or an ending act ends, is no event (dropped after scoping)
            if demanded(m.head, requests) or discussed(m.head, talks) or ended_by(m.head, m.rule.type, acts):
                self.demands.add((trig.start, trig.end))
            roles = roles_of(m, table=self.table)
            draft = Draft(m.rule.type, m.rule.mode, m.rule.hint, m.rule.weight, m.head, trig)
            draft.actor_tok, draft.recipient_tok = roles.actor, roles.recipient
            out.append(draft)
        return out

    def count_only(self, count: Count, sent: "SpacySpan", *, cause_told: bool = False) -> Draft | None:
        """An event for a count no trigger took — unless the sentence tells of a disaster,
        an accident or an ordinary crime, which are not political events (``cause_told``: the
        violence is told elsewhere, the headline's, and outweighs them)."""
        if count.kind not in COUNT_ONLY:
            return None
        if count.kind != "arrested" and not cause_told and any(
            in_class(t, self.table.word_class("disaster")) or in_class(t, self.table.word_class("crime")) for t in sent
        ):
            return None
        head = root_at(self.doc, count.start, count.end)
        if head is None or unrealised(head):  # "the blast would have killed dozens"
            return None
        if count.kind == "arrested" and self.arrest_ruled_out(count, sent):
            return None
        type_, mode, weight = COUNT_ONLY[count.kind]
        return Draft(
            type_, mode, None, weight, head, Span(count.start, count.end, count.text), counts=[count], trigger_is_count=True
        )

    def arrest_ruled_out(self, count: Count, sent: "SpacySpan") -> bool:
        """An arrested count whose verb has arrest rows in the trigger table, none of which holds
        here: the table has ruled that verb out as an arrest ("villagers nabbed two thieves", "her
        family detained the two sisters"), or whose match tells no happening ("rumours that two
        traders were held, but the collector dismissed them", "were to be arrested": arranged), so
        its count makes no arrest either.  The verb is the count's governor, an infinitive it
        governs ("were to be *arrested*") or a participle on the counted noun ("three men *arrested*
        in 2018"); the first of them with arrest rows decides."""
        span = self.doc.char_span(count.start, count.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        governor = count_governor(span)
        verbs = [governor, *(c for c in governor.children if c.dep_ == "xcomp")]  # "were to be arrested"
        if count.victims is not None and (noun := self.doc.char_span(count.victims.start, count.victims.end,
                                                                       alignment_mode="expand")) is not None:
            verbs += [c for c in noun.root.children if c.dep_ in ("acl", "amod", "relcl")]  # "three men arrested in 2018"
        for verb in verbs:
            rules = [r for w in set(words_of(verb)) for r in self.table.rules.get(w, ()) if r.mode == "arrest"]
            if rules:
                match = match_token(verb, sent, table=self.table)
                return match is None or tells_no_happening(match, sent)
        return False

    def sentence_drafts(self, sent: "SpacySpan") -> list[Draft]:
        if in_backmatter(sent) or in_link_line(sent):  # "==See also== * 2016 Bagram bombing", "RELATED: ..."
            self.orphans.append([])
            return []
        raw = self.drafts(sent)
        drafts = demands_in_public(acts_together(fold_protest_forms(raw), sent))
        # a protest folded into the act it is the purpose of still names what it is against
        folded = [d for d in raw if told_as_purpose(d) and all(d is not x for x in drafts)]
        claims = claim_words(drafts) | claim_words(folded)
        self.claims |= claims
        drafts = fold_means(fold_claims(drafts, claims))
        drafts = fold_damage(drafts, weapons=self.weapons, attacks_named=self.attacks_named)
        counts = find_counts(sent, persons=self.table.word_class("victim"))
        counts, implied = with_self_deaths(sent, counts, implied_counts(sent, numbered=counts))
        if tally_of_attacks(sent):  # "8 were killed in weekend shootings": no one attack's toll
            counts = tuple(c for c in counts if c.kind not in TOLL_KINDS)
            implied = [c for c in implied if c.kind not in TOLL_KINDS]
        # an arrested count whose verb is ruled out is no one's ("convicted three men arrested in 2018")
        counts = tuple(c for c in counts if c.kind != "arrested" or not self.arrest_ruled_out(c, sent))
        for count in attach_counts(drafts, counts, self.doc, claims=claims):
            extra = self.count_only(count, sent)
            if extra is not None:
                drafts.append(extra)
        left = attach_implied(drafts, implied, self.doc, table=self.table, claims=claims)
        counted = {(c.kind, c.victims.start) for d in drafts for c in d.counts if c.victims is not None}
        if self._violent(sent):  # "a boy with a gunshot wound died": a death with its cause named
            for count in [c for c in left if c.kind == "killed" and can_die(c, self.doc, table=self.table)
                          and (c.kind, c.victims.start if c.victims else -1) not in counted]:
                extra = self.count_only(count, sent)
                if extra is not None:
                    drafts.append(extra)
                    left.remove(count)
        self.orphans.append(left)
        return drafts

    def wounded_alone(self, drafts: "list[list[Draft]]", sents: "Sequence[SpacySpan]") -> None:
        """A victim told of as hurt in a sentence that names a violent cause, and that no attack
        of the article took (:func:`later_counts` ran first): "a hunter suffered a gunshot wound to
        the leg" tells the attack itself, an event of its own sentence (:meth:`count_only`) when the
        sentence holds no trigger."""
        placed = {id(c) for ds in drafts for d in ds for c in d.counts}
        for i, sent in enumerate(sents):
            hurt = [c for c in self.orphans[i] if c.kind == "injured" and id(c) not in placed
                    and can_die(c, self.doc, table=self.table)]
            if not hurt or not self._violent(sent) or next(iter(find_triggers(sent, table=self.table)), None):
                continue  # a sentence with a trigger was judged by it ("the theory that rivals shot him")
            extra = self.count_only(hurt[0], sent)
            if extra is not None:
                drafts[i].append(extra)
                self.orphans[i].remove(hurt[0])

    def headline_death(self, drafts: "list[list[Draft]]", told: "Sequence[Count]", headline: Headline) -> None:
        """A headline that tells a death by violence ("Teen dies after shooting"), or names a
        violent cause with no toll ("Accidental shooting claims youth"), names the cause
        the body may leave out ("a 70-year-old died at home"): in an article whose body names
        no attack, the first death the body tells of someone who can die that no event took (an
        orphan) makes a counts-only attack, as a death told with its cause does (:meth:`count_only`;
        the headline's shooting outweighs an accident its sentence names: "died in the accident").
        ``told``: the counts of ``headline`` (:func:`~seismo.extract.numbers.headline.title_counts`), whose
        parse names the cause (classes ``projectile`` and ``violence`` of triggers.tsv)."""
        if any(d.type == "ASSAULT" for ds in drafts for d in ds):
            return
        if not self._violent(headline.doc[:]):
            return
        for i, left in enumerate(self.orphans):
            for count in left:
                if count.kind == "killed" and can_die(count, self.doc, table=self.table):
                    extra = self.count_only(count, self.sents[i], cause_told=True)
                    if extra is not None:
                        drafts[i].append(extra)
                        left.remove(count)
                        return

    def title_event(self, told: "Sequence[Count]", headline: Headline | None, *, step: str) -> Event | None:
        """The attack the headline alone tells (:func:`~seismo.extract.numbers.headline.headline_attack`)
        for an article whose body tells of none: an asserted ASSAULT with the headline's toll
        (``told``), its evidence and trigger in the title (``part == "title"``), placed at the
        article's dateline or main place and dated by its publication, scored as an event made of
        a count alone; None when the headline tells no death by violence."""
        spans = headline_attack(headline, told,
                                causes=self._causes(),
                                people=self.table.word_class("victim") - self.table.word_class("road_user"),
                                mishaps=self.table.word_class("accident") | self.table.word_class("vehicle")
                                | self.table.word_class("disaster"))
        if spans is None:
            return None
        evidence, trigger = spans
        type_, mode, weight = COUNT_ONLY["killed"]
        counts = tuple(c for c in told if c.kind in {"killed", "injured"})
        facts = EventFacts(type=type_, mode=mode, hint=None, actor_role=None, recipient_role=None,
                           counts=frozenset(c.kind for c in counts), neighbours=frozenset(), lemmas=frozenset())
        event_type, sub_type = self.acled.code(facts)
        place = self.dateline or self.main
        location = None if place is None else EventLocation(place=place, precision=PRECISION.get(place.kind, 3))  # type: ignore[arg-type]
        date = None if self.article.date is None else EventDate(self.article.date.isoformat(), "day", "published")
        event_id = record_id(self.article.id, "event", trigger.start, trigger.end, type_, "title")
        raw = raw_score(weight, has_actor=False, modality="asserted", hedged=False)
        group = group_of(type_, mode=mode, count_only=True)
        return Event(id=event_id, type=type_, mode=mode, acled_event_type=event_type, acled_sub_event_type=sub_type,
                     quad_class=self.acled.quad_class(type_), actor=None, recipient=None, location=location, date=date,
                     counts=counts, modality="asserted", attributed_to=None, hedged=False, evidence=evidence,
                     trigger=trigger, confidence=Calibration.load().apply(raw, group=group), step=step,
                     scope="incident", part="title")

    def _causes(self) -> frozenset[str]:
        """The words of a violent cause: gunfire, a weapon, an attack, a murder (classes
        ``projectile``, ``violence`` and ``homicide`` of triggers.tsv)."""
        return self.table.word_class("projectile") | self.table.word_class("violence") | self.table.word_class("homicide")

    def _violent(self, sent: "SpacySpan") -> bool:
        """Whether the sentence names a violent cause (:meth:`_causes`)."""
        return not sentence_words(sent).isdisjoint(self._causes())

    def sentence(
        self, sent: "SpacySpan", drafts: list[Draft], *, nearby: frozenset[str] = frozenset(), index: int = 0
    ) -> list[Event]:
        """The events of one sentence; ``nearby``: weapon cues of the sentences next to it;
        ``index``: the sentence's number in the article."""
        if not drafts:
            return []
        forces, armed = self.table.word_class("forces"), self.table.word_class("armedgroup")
        for d in drafts:
            if d.type == "ASSAULT" and d.actor_tok is None:  # "one dead in a police-farmer clash"
                d.actor_tok = forces_modifier(d.head, forces=forces)
            d.actor = nation_acting(self.actor(d.actor_tok), d.actor_tok, d.type, self.resolver)
            d.recipient = nation_acting(self.actor(d.recipient_tok), d.recipient_tok, d.type, self.resolver, counterpart=True)
            if d.recipient is None and not d.trigger_is_count:
                self.party_of_thing(d)
        inherit_cause_actors(drafts, self.doc)
        for d in (d for d in drafts if d.type == "ASSAULT" and d.actor is None):  # "two militants killed in a raid"
            d.actor = security_actor(d.counts, trigger=d.trigger, sent=sent, armed=armed,
                                     security=forces | self.table.word_class("securityop"), before=self.sents[max(0, index - 2):index])
        self.ask_deployer(drafts, index=index)
        arresting_forces(drafts, self.forces, index=index)
        lemmas = frozenset(t.lemma_.lower() for t in sent)
        evidence = Span(sent.start_char, sent.end_char, sent.text)
        events = []
        for d in drafts:
            events.append(self.event(d, sent=sent, drafts=drafts, lemmas=lemmas, evidence=evidence, nearby=nearby))
        return events

    def party_of_thing(self, d: Draft) -> None:
        """The recipient of an act whose object is a thing (:mod:`.parties`); never the actor."""
        thing = d.recipient_tok
        if thing is not None and is_relation(thing):  # "arrested the bodyguard of the president": the bodyguard
            d.recipient = fallback_actor(self.doc[slice(*phrase_bounds(thing, table=self.table))], resolver=self.resolver,
                                         places=self.places)
            return
        people = self.table.word_class("unnamedactor") | self.table.word_class("collective")
        act_types = lambda t: frozenset(r.type for r in self.table.rules.get(t.lemma_.lower(), ()))  # noqa: E731
        for tok in party_candidates(d.head, thing, type_=d.type, act_types=act_types):
            if d.actor_tok is not None and tok.i == d.actor_tok.i:
                continue
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.table.rules and not in_class(tok, people):
                continue  # an event noun is no party ("threatened to hold a general strike")
            found = self.actor(tok)
            if found is not None and (d.actor is None or found.text != d.actor.text):
                d.recipient, d.recipient_tok = found, tok
                return

    def ask_deployer(self, drafts: list[Draft], *, index: int) -> None:
        """"Troops arrived at the request of X": a request whose recipient is unnamed forces is
        addressed to who deploys them.  Discourse rule: the most recent organisation or country
        named as deploying forces in this sentence or the DEPLOYER_WINDOW sentences before it;
        failing that, the deployer named most often so far in the article (ties: the latest);
        with none, the recipient stays as written."""
        for d in drafts:
            if d.type == "MOBILIZE" and is_deployer(d.actor) and d.actor is not None:
                self.deployers.append((index, d.actor))
        requests = [d for d in drafts if d.type == "REQUEST" and is_unnamed_forces(d.recipient)]
        if not requests or not self.deployers:
            return
        near = [actor for i, actor in self.deployers if index - i <= DEPLOYER_WINDOW]
        if near:
            chosen = near[-1]
        else:
            tally = Counter(_deployer_key(a) for _, a in self.deployers)
            chosen = max(reversed(self.deployers), key=lambda pair: tally[_deployer_key(pair[1])])[1]
        for d in requests:
            d.recipient = chosen

    def source_actor(self, source: Span | None) -> Actor | None:
        """The actor named by an attribution ("according to the authorities")."""
        if source is None:
            return None
        root = root_at(self.doc, source.start, source.end)
        return None if root is None else self.actor(root)

    def event(
        self, d: Draft, *, sent: "SpacySpan", drafts: list[Draft], lemmas: frozenset[str], evidence: Span,
        nearby: frozenset[str] = frozenset(),
    ) -> Event:
        # an arrest told as a protest's background ("marched after the arrest of ...") is its cause, not police stepping in,
        # and so is one it is held over ("rallied against the detention of ..."); nor is a protest what it is held over
        cause = {o.head.i for o in drafts if d.type == "PROTEST" and (o.mode == ARREST and in_background(o.head) or o.head.i
                                                                     in self.claims) or d.head.i in self.claims and o.type == "PROTEST"}
        neighbours = frozenset(
            x for o in drafts if o is not d and o.head.i not in cause for x in (o.mode, o.hint, o.type) if x is not None
        )
        if d.type == "ASSAULT" and d.mode in VAGUE_MODES:  # "killed" next to "shelled": the weapon decides
            neighbours |= nearby
        sent_dates = tuple(a.record for a in self.anchored_dates if sent.start <= a.token.i < sent.end)
        framed = phrase_head(framing_word(d), self.table)  # "or face protest action": the frame of "action"
        modality: str = modality_of(framed, sent=sent, dates=sent_dates, published=self.written)
        predicate = predicate_of_subject(framed) if modality == "asserted" else None
        if predicate is not None:  # "the mission could take a month": as uncertain as its predicate
            shared = modality_of(predicate, sent=sent, dates=sent_dates, published=self.written)
            modality = shared if shared in ("future", "hypothetical") else modality
        # a forecast about an event ("the mission could take a month") is no act of anyone's
        act = speech_act(framed, type_=d.type, modality=modality, mode=d.mode) if modality != "historical" and predicate is None else None
        type_, mode, hint = d.type, d.mode, d.hint
        if act is not None:  # the sentence promises / threatens / demands / refuses it: that act is asserted
            type_, mode, hint, modality = act, None, None, "asserted"
        parts = [t for t in (d.actor_tok, d.recipient_tok) if t is not None]
        said = self.acled.quad_class(type_) in VERBAL and type_ not in MEETING_TYPES  # a statement: where it was said
        fallback = (None if said and self.dateline else (scene_before(sent, self.anchored_places)
                                                          or the_town(sent, self.anchored_places, dateline=self.dateline))) or self.dateline or self.main
        if said:  # "Moscow condemned the attack": a state speaks at home, unless told where
            fallback = speaker_place(d.actor_tok, self.anchored_places) or fallback
            if fallback is self.dateline and abroad(d.actor, self.dateline):
                fallback = None  # a foreign state's spokesman speaks at home, not in the dateline's town
        location = locate(d.head, sent=sent, places=self.anchored_places, parts=parts, main=fallback, actor=d.actor_tok,
                          statement=said, party=self.party, topics=self.claims if type_ == "PROTEST" else frozenset())
        country = event_country(location, self.main)
        claim = attribution_of(d.head, sent=sent)
        # forces sent somewhere are not that place's own
        country_of_state = country if type_ != "MOBILIZE" else None
        actor = with_state_country(d.actor, country_of_state)
        recipient = with_state_country(d.recipient, country_of_state)
        if actor is None and type_ == "ACCUSE":  # "according to the authorities, ... an attempt to destabilize"
            actor = with_state_country(self.source_actor(claim.source), country)
        if actor is None:
            actor = implicit_state_actor(type_, mode, trigger=d.trigger, country=country)
        facts = EventFacts(
            type=type_,
            mode=mode,
            hint=hint,
            actor_role=acled_role(actor, d.actor_tok, table=self.table, acled=self.acled),
            recipient_role=acled_role(recipient, d.recipient_tok, table=self.table, acled=self.acled),
            counts=frozenset(c.kind for c in d.counts),
            neighbours=neighbours,
            lemmas=lemmas - grievance_lemmas(d.head) if type_ == "PROTEST" else lemmas,
        )
        event_type, sub_type = self.acled.code(facts)
        date = date_of(d.head, sent=sent, dates=self.anchored_dates, published=self.article.date,
                       event_word=lambda tok: any(x.head.i == tok.i for x in drafts))
        date, modality = settle(d.head, date, modality, self.written)
        central = prominence(d.head)
        has_actor = d.actor is not None and not d.actor_inferred
        raw = raw_score(d.weight, has_actor=has_actor, modality=modality, hedged=claim.hedged, prominence=central)
        # "dismissed the appeal": the act done to this event outranks it
        under = subordinate(d.head, d.type, [(o.head.i, o.type) for o in drafts if o is not d])
        event_id = record_id(self.article.id, "event", d.trigger.start, d.trigger.end, type_)
        self.raw[event_id] = (raw, under)
        self.drafted[event_id] = Drafted(d.type, central, told_as_occasion(d.head), told_aside(d.head))
        group = self.groups[event_id] = group_of(type_, mode=mode, act=act is not None, count_only=d.trigger_is_count)
        return Event(
            id=event_id,
            type=type_,
            mode=mode,
            acled_event_type=event_type,
            acled_sub_event_type=sub_type,
            quad_class=self.acled.quad_class(type_),
            actor=actor,
            recipient=recipient,
            location=location,
            date=date,
            counts=tuple(d.counts),
            modality=modality,  # type: ignore[arg-type]
            attributed_to=claim.source,
            hedged=claim.hedged,
            evidence=evidence,
            trigger=d.trigger,
            confidence=self.confidence(event_id, group=group),
            step=STEP,
        )

    def ranked(self, event_id: str) -> float:
        """The score an event is ranked by: its raw score, lowered when it is subordinate to another."""
        raw, under = self.raw[event_id]
        return round(raw * SUBORDINATE, 3) if under else raw

    def subordinated(self, event: Event, *, below: float, ceiling: float = 1.0) -> Event:
        """The event lowered as subordinate, and below ``below``, the raw score of the act it is about
        (:mod:`.acts`), and below ``ceiling``, that act's confidence: the curves of two trigger groups
        may otherwise put it back above."""
        raw, _ = self.raw[event.id]
        self.raw[event.id] = (min(round(raw * SUBORDINATE, 3), round(below - 0.01, 3)), False)
        calibrated = self.confidence(event.id, group=self.groups[event.id])
        return replace(event, confidence=max(min(calibrated, round(ceiling - 0.001, 3)), 0.01))

    def confidence(self, event_id: str, *, group: str) -> float:
        """An event's raw score, lowered when the event is subordinate to another of its sentence,
        through the calibration curve of ``group`` (the score the curve was fitted on)."""
        return Calibration.load().apply(self.ranked(event_id), group=group)


def find_events(
    doc: "Doc", *, article: Article, found: dict[str, Any], resources: "Resources | None" = None
) -> tuple[Event, ...]:
    """Every event report in a parsed article, sentence by sentence, in text order."""
    coder = _Coder(doc, article=article, found=found, resources=resources)
    sents = list(doc.sents)
    drafts = [coder.sentence_drafts(sent) for sent in sents]
    model = None if resources is None else resources.type_model
    for i, match in ({} if model is None else learned_matches(sents, [i for i, d in enumerate(drafts) if not d], model)).items():
        drafts[i] = coder.drafts(sents[i], [match])
        coder.learned.update((d.trigger.start, d.trigger.end) for d in drafts[i])
    later_counts(drafts, coder.orphans, kinds=frozenset({"injured"}))
    coder.wounded_alone(drafts, sents)
    later_deaths(drafts, coder.orphans, doc)
    later_self_deaths(drafts, coder.orphans, sents, killers=coder.table.word_class("hostile"))
    settle_tolls(drafts, coder.orphans)
    drop_accidents(drafts, sents, table=coder.table)
    drop_sport(drafts, sents, doc, table=coder.table)
    drop_war_strikes(drafts, sents, table=coder.table)
    persons = coder.table.word_class("victim")
    headline = parse_headline(article.title, resources.nlp) if resources is not None else None
    told = title_counts(headline, persons=persons)
    if headline is not None:
        coder.headline_death(drafts, told, headline)
    cues = [frozenset(x for d in ds if d.type == "ASSAULT" for x in (d.mode, d.hint) if x in WEAPON_CUES) for ds in drafts]
    events: list[Event] = []
    for i, sent in enumerate(sents):
        nearby = frozenset().union(*cues[max(0, i - 1) : i + 2])
        events.extend(coder.sentence(sent, drafts[i], nearby=nearby, index=i))
    for below in (words_about_force(events, verbal=VERBAL, drafted=coder.drafted), aftermath(events, drafted=coder.drafted),
                  backgrounded(events, drafted=coder.drafted),
                  main_clause_first(events, drafted=coder.drafted)):
        score = {e.id: e.confidence for e in events}
        events = [coder.subordinated(e, below=max(map(coder.ranked, below[e.id])),
                                     ceiling=max(score[i] for i in below[e.id])) if e.id in below else e
                  for e in events]
    if model is not None and events:
        read, predictions = events, model.predict([e.evidence.text for e in events])
        # every one was read by the model: its confidence is that of events whose rules' coding the model agrees with, or not
        calibration = Calibration.load()
        groups = {}
        for e, p in zip(events, predictions):
            score = agreement(p, type_=e.type, sub_type=e.acled_sub_event_type)
            note_agreement(e.id, score)
            groups[e.id] = calibration.group(score)
        events = arbitrate(events, predictions, policy=model.policy, step=f"{STEP}+{model.version}")
        agreed = {e.id: coder.confidence(e.id, group=groups[e.id]) for e in events}
        events = [replace(e, step=f"{STEP}+{model.version}", confidence=c) for e, c in zip(events, in_rank(events, agreed))]
        events = learned_coding(events, {e.id: p for e, p in zip(read, predictions)}, coder.learned, policy=model.policy)
    events = [e for e in events if not period_tally(e, coder.dates, doc)]  # "290 were murdered in 2023": a statistic
    merged = dead_among_the_hit(merge_mentions(events, parsed_triggers(drafts, table=coder.table), filed=coder.dateline), doc)
    merged = share_dates(named_dead(merged, doc))
    actors = None if coder.resolver is None else coder.resolver.lexicon
    in_forum = not any(e.quad_class in VERBAL for e in merged) or forum(doc, actors)
    # a demand's content still tells what the article is about ("a petition to ban the minister")
    events = tuple(e for e in scoped(merged, in_forum=in_forum) if (e.trigger.start, e.trigger.end) not in coder.demands)
    if headline is not None and lead_attack(events) is None:  # a body that tells no attack: the headline's
        extra = coder.title_event(told, headline, step=STEP if model is None else f"{STEP}+{model.version}")
        if extra is not None:
            return (*events, extra)
    return with_title_counts(events, told)
