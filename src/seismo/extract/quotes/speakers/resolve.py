"""Resolving speaker mentions to Speaker records: pronouns, bare roles and organisations.

:class:`SpeakerMaker` turns each mention into a :class:`~seismo.model.Speaker` in text order.
Pronouns and bare role descriptions ("she", "the analyst") resolve to the last named person
quoted before them whose gender, where the article shows it ("Ms.", "spokesman"), agrees (a
pronoun whose own sentence, or one of the two before it in its paragraph, has a person's name as
an earlier subject, to that name: "Ban Ki-moon condemned what he called ..."); with no one quoted
before who agrees, a bare role goes to the nearest person named before it in that role
("spokesman Tom Berger" ... "the spokesman said") and a pronoun to the nearest person named before
it whom the article shows to be of its sex ("Mrs. Ruiz" ... "she said"; a first name shows
nothing).  A bare "the commission" (class ``org_name_word``) is the organisation quoted last
whose name holds the noun ("the Electoral Commission"), else the nearest fuller description of
it before ("the regional water board"), and "it" (class ``body_pronoun``) the organisation
named as a clause's subject in its sentence or the two before ("Acme shut the mine." / "“...,”
it said"), as does a bare document ("The statement said:").  Each mention is resolved once: a
quotation continuing an earlier one keeps the person its pronoun stood for then.  Country and sector come from the actor resolver
(:func:`resolve_speaker_actor`) when there is one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

from seismo.extract import lexicon
from seismo.extract.quotes.cues import CueLexicon
from seismo.extract.quotes.marks import DOUBLE_MARK, DOUBLE_MARKS
from seismo.extract.quotes.speakers.mentions import (
    SUBJECT_DEPS, Mention, appositive_name, bound_body, entities_between, strip_possessive,
)
from seismo.extract.quotes.speakers.profiles import (
    Profile, ProfileBook, agrees, gender_of, name_of, named_people, split_role, strip_det, title_gender,
)
from seismo.extract.syntax import entity_of
from seismo.model import Article, Speaker
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

    from seismo.resources import Resources

#: confidence lost when the speaker is a pronoun or description resolved to a named person
ANAPHORA_PENALTY = 0.1

#: how many sentences back (within the paragraph) a pronoun looks for a named subject
PRONOUN_SENTENCES = 2

#: how many paragraphs before its own a bare "the union" looks for a fuller description of it
DESCRIBED_PARAGRAPHS = 2

#: a quotation running on into its tag: a comma, "?", "!" or a dash, a closing mark, then the tag
_RUNS_INTO_TAG = re.compile("[,?!—–-][\"”’']\\s*$")


def _joining_hyphen(doc: "Doc", k: int) -> bool:
    """Whether ``doc[k]`` is a hyphen closed up between two proper nouns ("Smith-Jones")."""
    tok = doc[k]
    return (tok.text in ("-", "\u2010", "\u2011") and 0 < k < len(doc) - 1 and not doc[k - 1].whitespace_
            and not tok.whitespace_ and doc[k - 1].pos_ == "PROPN" and doc[k + 1].pos_ == "PROPN")


class SpeakerMaker:
    """Builds Speaker records in text order, remembering the last named person for anaphora."""

    def __init__(
        self, doc: "Doc", article: Article, book: ProfileBook, resources: "Resources | None", cues: CueLexicon
    ) -> None:
        self.doc = doc
        self.text = article.text
        self.book = book
        self.resources = resources
        self.cues = cues
        self.last_person: Profile | None = None
        self.recent: list[Profile] = []
        #: the names of the organisations quoted so far, the most recent last
        self.organizations: list[str] = []
        #: each mention's speaker, made once: a quotation continuing an earlier one keeps the
        #: person its pronoun was resolved to then, whoever was named in between
        self._made: dict[Mention, tuple[Speaker | None, float]] = {}
        self._actor_cache: dict[tuple[int, int], tuple[str | None, str | None]] = {}
        #: the speakers quoted by a description and no name ("a spokeswoman for the leader"), each
        #: with its head noun and where it stands, the most recent last
        self.described: list[tuple[str, int, Speaker]] = []

    def make(
        self, mention: Mention | None, *, outlet: tuple[int, int] | None
    ) -> tuple[Speaker | None, float]:
        if mention is None:
            return None, 0.0
        if mention in self._made:
            speaker, penalty = self._made[mention]
            if speaker is None:
                return None, penalty
            named = self.book.lookup(speaker.name) if speaker.name else None
            self._remember(named or self.last_person)
            outlet_text = self.text[outlet[0] : outlet[1]] if outlet else None
            return replace(speaker, outlet=outlet_text), penalty
        self._made[mention] = self._make(mention, outlet=outlet)
        return self._made[mention]

    def _make(
        self, mention: Mention, *, outlet: tuple[int, int] | None
    ) -> tuple[Speaker | None, float]:
        if mention.antecedent is not None:  # "who": the noun it stands for
            speaker, penalty = self.make(mention.antecedent, outlet=outlet)
            if speaker is None:
                return None, penalty
            where = dict(start=mention.start, end=mention.end, text=self.text[mention.start : mention.end])
            if speaker.name is None and speaker.role is None:  # "voters who say": the noun's words describe the speaker
                where["role"] = strip_det(speaker.text) or None
            return replace(speaker, **where), penalty  # the pronoun as written, the name or description it stands for
        words = self.text[mention.start : mention.end]
        outlet_text = self.text[outlet[0] : outlet[1]] if outlet else None
        base = dict(start=mention.start, end=mention.end, text=words, outlet=outlet_text)
        head = self.doc[mention.head]
        known = (mention.kind in {"org", "description", "group"} and words[:1].isupper()  # "Caceres" tagged a plural noun
                 and head.text[:1].isupper())  # not "A spokesman for Mr. Ruiz": a name the phrase's head owns
        if known and self.book.lookup(strip_possessive(words)) is not None:
            mention = Mention(
                mention.start, mention.end, mention.head, "person"
            )  # a name the model mislabelled
        described = mention.kind in {"description", "anaphor"}
        named = appositive_name(self.doc, mention, cues=self.cues) if described else None
        if named is not None:  # "the mayor's spokesman, Ana Ruiz, said": the description is her role
            profile = self._person(named)
            role, org = split_role(words)
            profile.role, profile.organization = profile.role or role, profile.organization or org
            end = max(mention.end, named.end)  # the speaker's words run on to the name
            base.update(end=end, text=self.text[mention.start : end])
            mention = named
        if mention.kind == "person":
            profile = self._person(mention)
            self._remember(profile)
            return self._from_profile(profile, base, mention), 0.0
        bound = self._subject_before(mention) if mention.kind == "pronoun" else None
        if bound is not None:
            return self._from_profile(bound, base, mention), ANAPHORA_PENALTY
        last = None
        if mention.kind in {"pronoun", "anaphor"}:  # last quoted, else one named in the role or of its sex
            anaphor = mention.kind == "anaphor"
            same = self._described_again(mention) if anaphor else None
            if same is not None:  # "A spokeswoman for the leader said ... The spokeswoman added": she again
                return replace(same, **base), ANAPHORA_PENALTY
            last = (
                (self._named_in_role(mention, titled=True) if anaphor else None)  # "the judge": Judge Amy Cole
                or self._last_agreeing(words)
                or (self._named_in_role(mention) if anaphor else None)
                or self._last_named(mention.start, words)
            )
        if last is not None:
            return self._from_profile(last, base, mention), ANAPHORA_PENALTY
        if mention.kind in {"pronoun", "anaphor"}:
            return Speaker(name=None, **base), ANAPHORA_PENALTY
        body = bound_body(self.doc, mention, cues=self.cues)  # "the council condemned what it called ..."
        if body is not None:
            speaker, _ = self.make(body, outlet=outlet)
            if speaker is not None and speaker.name and self.book.lookup(speaker.name) is None:  # no person's
                return replace(speaker, **base), ANAPHORA_PENALTY
        country, sector = self._actor(mention.start, mention.end)
        if mention.kind == "org":
            name, role = _org_name(self.doc, mention), None
            if name != strip_det(words) and words.endswith(name):
                role = strip_det(words[: -len(name)].strip(" ,")) or None
            if _org_entity(self.doc, mention):
                self.organizations.append(name)
            return Speaker(name=name, role=role, country=country, sector=sector, **base), 0.0
        body_name = self._body_subject(mention) if _stands_for_body(words) else None
        if body_name is not None:  # "Acme shut the mine. “...,” it said": Acme; "The statement said: ..."
            self.organizations.append(body_name)
            return Speaker(name=body_name, country=country, sector=sector, **base), ANAPHORA_PENALTY
        if words.lower() in lexicon.word_class("unresolved_pronoun"):  # "I", "it": no name, no description
            return Speaker(name=None, **base), 0.0
        role, org = split_role(words)
        body_name = self._body_named(words, mention.start) if mention.kind == "description" else None
        if body_name is not None:  # "the agency said": the organisation the article quoted last
            return Speaker(name=body_name, role=role, organization=org, country=country, sector=sector,
                           **base), ANAPHORA_PENALTY
        speaker = Speaker(name=None, role=role, organization=org, country=country, sector=sector, **base)
        if mention.kind == "description":
            self.described.append((head.lower_, mention.start, speaker))
        return speaker, 0.0

    def _described_again(self, mention: Mention) -> Speaker | None:
        """The speaker a bare role ("the spokeswoman") takes up when the last one quoted under that
        noun was described, not named ("a spokeswoman for the majority leader"), and no one named in
        that role came after her: that description, not the last named person of her sex."""
        noun = self.doc[mention.head].lower_
        found = next(((at, sp) for word, at, sp in reversed(self.described) if word == noun and at < mention.start), None)
        if found is None:
            return None
        at, speaker = found
        later = self._named_in_role(mention)
        if later is not None and any(e.start_char > at and name_of(e, self.cues) == later.name
                                     for e in named_people(self.doc) if e.end_char <= mention.start):
            return None  # "a spokesman said ... Spokesman Tom Berger ... the spokesman": Berger
        return speaker

    def _subject_before(self, mention: Mention) -> Profile | None:
        """The named person a pronoun is bound to: the nearest earlier subject that is a
        person's name in its own sentence ("Ban Ki-moon condemned what he called ...") or, in
        its paragraph, in the sentences before it ("Lee spoke first. She said ..."); a subject
        that is a description takes the name in apposition to it ("The governor, Tom Reyes, ...")."""
        head = self.doc[mention.head]
        start = head.sent.start
        para = self.text.rfind("\n", 0, head.idx) + 1
        for _ in range(PRONOUN_SENTENCES):  # a sentence the parse began on the last paragraph's
            if start == 0 or self.doc[start - 1].sent.end_char <= para:  # closing mark is still this one's
                break
            start = self.doc[start - 1].sent.start
        found = self._subject_in(start, head.i, para, head)
        if found is None and self._tags_opening_quotation(para, head):  # the paragraph before, its last sentence
            end = len(self.text[:para].rstrip())
            before = self.text.rfind("\n", 0, end) + 1
            if end > 0 and not self._holds_quotation(before, end):
                last = self.doc[self._token_before(end)].sent
                found = self._subject_in(last.start, last.end, before, head)
        return found

    def _subject_in(self, start: int, end: int, para: int, head: "Token") -> Profile | None:
        """The nearest subject of the tokens ``[start, end)`` at or after ``para`` that is a
        person's name agreeing with the pronoun ``head`` (see :meth:`_subject_before`)."""
        for token in reversed(self.doc[start:end]):
            if token.dep_ not in SUBJECT_DEPS or token.idx < para or self._quoted(token.idx, para):
                continue
            if (taken := self._subject_taken_up(token, head)) is not None:
                return taken  # "She spoke Monday. '...,' she said", "The director did not flinch. '...,' he said"
            known = token.ent_type_ != "PERSON" and token.pos_ == "PROPN" and (
                self._known_name(token) or self._titled_name(token)
            )
            owners = [c for c in token.children if c.dep_ == "poss"] + [
                g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            owner = next((o for o in owners if o.ent_type_ == "PERSON" or self._titled_name(o)), None)
            if token.ent_type_ != "PERSON" and not known and owner is not None:
                token = owner  # "President Ana Ruiz's office said she", "the office of X said he": whom it speaks for
            elif token.ent_type_ != "PERSON" and not known:  # "The governor, Tom Reyes, disagreed. He said ..."
                bare = Mention(token.idx, token.idx, token.i, "description")
                named = appositive_name(self.doc, bare, cues=self.cues)
                if named is None or named.head >= head.i:
                    continue
                token = self.doc[named.head]
            ent = entity_of(token)
            if ent is not None and len(ent) > 1 and ent[-1].tag_ == "POS":
                ent = ent[:-1]  # "Ana Ruiz's": the name without its mark
            if ent is None or ent[-1].pos_ != "PROPN":
                continue
            titled = ent.label_ == "PERSON" or self._titled_name(token)
            name = name_of(ent, self.cues) if titled else strip_possessive(ent.text)
            if name and name[:1].isupper():
                shown = title_gender(ent)
                profile = self.book.lookup(name, gender=shown) or self.book.learn(name, gender=shown)
                if agrees(profile, head.lower_):  # "Ana Ruiz met Tom Berger, who said he ..."
                    return profile
        return None

    def _subject_taken_up(self, token: "Token", head: "Token") -> Profile | None:
        """The person a subject that names no one itself stands for, when it agrees with the
        pronoun ``head``: an earlier pronoun, bound in its turn ("Hassell toured the clinic. She
        spoke Monday. ... she said"), or a bare role of one named in it ("Director Ana Kerr ...
        The director did not flinch. ... she said"); only in a sentence of narrative, no quotation's."""
        if any(t.is_quote for t in token.sent):
            return None  # a sentence that tags a quotation ("..., he added") is no narrative to take up
        if token.lower_ in lexicon.word_class("person_pronoun"):
            bound = self._subject_before(Mention(token.idx, token.idx + len(token.text), token.i, "pronoun"))
        elif token.pos_ == "NOUN" and token.lower_ in self.cues.roles and token.tag_ == "NN" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            bare = Mention(token.idx, token.idx + len(token.text), token.i, "anaphor")
            bound = self._named_in_role(bare, titled=True) or self._named_in_role(bare)
            if bound is not None and " " not in (bound.name or ""):
                return None  # a one-word name for a titled person is as likely a title the model misread
        else:
            return None
        return bound if bound is not None and agrees(bound, head.lower_) else None

    def _quoted(self, char: int, para: int) -> bool:
        """Whether the character ``char`` stands inside a quotation that opens at or after ``para``
        (an odd number of quote marks before it): a name the quoted words hold ("“Jonas says this
        every year,” he said") is no one the narrative names as a subject."""
        marks = self._marks
        return (bisect_left(marks, char) - bisect_left(marks, para)) % 2 == 1

    @cached_property
    def _marks(self) -> list[int]:
        """The offsets of the article's double quote marks, in order (6'2": an inch mark, no quotation)."""
        text = self.text
        return [k for k in (m.start() for m in DOUBLE_MARK.finditer(text)) if not (k and text[k - 1].isdigit())]

    def _tags_opening_quotation(self, para: int, head: "Token") -> bool:
        """Whether the pronoun ``head`` tags a quotation that opens its paragraph: the paragraph
        begins with a quote mark and the pronoun stands just after a closing mark that follows a
        comma, "?", "!" or a dash (the quoted sentence runs on into the tag: '"...," he said'), not
        after a full stop (a new sentence: '"..." She compared ...')."""
        return self.text[para : para + 1] in DOUBLE_MARKS and _RUNS_INTO_TAG.search(self.text[para : head.idx]) is not None

    def _holds_quotation(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a quote mark."""
        return any(c in DOUBLE_MARKS for c in self.text[start:end])

    def _token_before(self, char: int) -> int:
        """The index of the last token that starts before the character ``char``."""
        span = self.doc.char_span(0, char, alignment_mode="contract")
        return span[-1].i if span is not None and len(span) else 0

    def _body_named(self, words: str, start: int) -> str | None:
        """The organisation a bare "the agency" / "the commission" (class ``org_name_word``) stands
        for: the last one quoted before it whose name holds the noun ("the Electoral Commission" ...
        "the commission said"); none when no name holds it (which body "the agency" is, is a guess).
        A noun that names no kind of body ("the group", class ``generic_body_noun``) stands for the
        organisation last quoted, else the nearest one named before it as a clause's subject
        ("Human Rights Watch accused ... "...," the group said")."""
        det, _, noun = words.lower().partition(" ")
        if det != "the" or noun not in lexicon.word_class("org_name_word"):
            return None
        named = next((o for o in reversed(self.organizations) if noun in o.lower().split()), None)
        if named is None and noun not in lexicon.word_class("generic_body_noun"):
            named = self._described_before(noun, start)
        if named is not None or noun not in lexicon.word_class("generic_body_noun"):
            return named
        if self.organizations:
            return self.organizations[-1]
        subjects = [e for e in self.doc.ents if e.label_ == "ORG" and e.end_char <= start and e.root.dep_ in SUBJECT_DEPS]
        return strip_det(subjects[-1].text) if subjects else None

    def _body_subject(self, mention: Mention) -> str | None:
        """The organisation a pronoun of class ``body_pronoun`` ("it") or a bare document ("The
        statement said:") stands for as a speaker: the nearest organisation named as a clause's
        subject outside quotation marks, in its own sentence or the ones just before it
        (``PRONOUN_SENTENCES``, across a paragraph break: "Acme shut its mine on Monday." / "“...,”
        it said").  A document named before in that window is the issuer's (class
        ``issuing_verb``: "Acme released a statement"), and no one's else ("Acme appealed the
        ruling. The ruling said": the court's, not Acme's)."""
        head = self.doc[mention.head]
        start = self._sentences_back(head)
        document = head.lower_ if head.lower_ in lexicon.word_class("document_noun") else None
        if document is not None:
            earlier = [t for t in self.doc[start : head.i] if t.lower_ == document and not self._in_quotation(t)]
            if earlier:
                verb = earlier[-1].head
                if earlier[-1].dep_ != "dobj" or verb.lemma_.lower() not in lexicon.word_class("issuing_verb"):
                    return None
                return self._body_name(next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None))
        for token in reversed(self.doc[start : head.i]):
            if token.dep_ in SUBJECT_DEPS and not self._in_quotation(token) and (name := self._body_name(token)):
                return name
        return None

    def _body_name(self, token: "Token | None") -> str | None:
        """The organisation's name ``token`` ends (an ORG entity), or its fuller description ("The
        national election commission"), else None."""
        if token is None:
            return None
        ent = entity_of(token) if token.ent_type_ == "ORG" else None
        if ent is not None and ent[-1].i == token.i:
            return strip_det(strip_possessive(ent.text)) or None
        if token.lower_ in lexicon.word_class("org_name_word"):
            return self._described(token)
        return None

    def _sentences_back(self, head: "Token") -> int:
        """The first token of the sentence ``PRONOUN_SENTENCES`` before ``head``'s (or of the
        document)."""
        start = head.sent.start
        for _ in range(PRONOUN_SENTENCES):
            if start == 0:
                break
            start = self.doc[start - 1].sent.start
        return start

    def _in_quotation(self, token: "Token") -> bool:
        """Whether ``token`` stands inside quotation marks opened in its own paragraph."""
        return self._quoted(token.idx, self.text.rfind("\n", 0, token.idx) + 1)

    def _described(self, noun: "Token") -> str | None:
        """A body's noun with the words before it that tell which one it is ("the regional water
        board": regional water board; "the 12-member board"), or None when it has none but words of
        class ``vague_adjective`` ("a new board", "the same union")."""
        left = [t for t in noun.lefts if t.dep_ in {"amod", "compound", "nmod"}]
        if not left or all(t.lower_ in lexicon.word_class("vague_adjective") for t in left):
            return None
        return self.text[left[0].left_edge.idx : noun.idx + len(noun.text)]

    def _described_before(self, noun: str, start: int) -> str | None:
        """The nearest fuller description before ``start`` of a body a bare "the union" names, in
        its paragraph or the two before it: the noun with the words that tell which one it is
        ("The Niger transport union, which called the strike, ..." ... "the union said": Niger
        transport union), outside quotation marks."""
        floor = start
        for _ in range(DESCRIBED_PARAGRAPHS + 1):
            floor = self.text.rfind("\n", 0, max(0, floor - 1)) + 1
        for token in reversed(self.doc[: self._token_before(start) + 1]):
            if token.idx < floor:
                break
            if token.lower_ != noun or token.idx >= start or token.pos_ not in {"NOUN", "PROPN"} or self._in_quotation(token):
                continue
            described = self._described(token)
            if described:
                return described
        return None

    def _known_name(self, token: "Token") -> bool:
        """Whether ``token`` heads a name the model did not label a person's but the article
        names a person by ("Agnieszka Wrona ... Wrona disagreed."): its entity's words are a
        person's name or surname in the profiles."""
        ent = entity_of(token)
        return ent is not None and ent[-1].i == token.i and self.book.lookup(strip_possessive(ent.text)) is not None

    def _titled_name(self, token: "Token") -> bool:
        """Whether ``token`` ends a name the model labelled other than a person's but that opens
        with a person's title, a role noun of ``quote_roles.txt`` ("Councillor Ama Zulu", ORG)."""
        ent = entity_of(token)
        return (ent is not None and len(ent) > 1 and ent[-1].i == token.i and ent[0].lower_ in self.cues.roles
                and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent[1:]))

    def _remember(self, profile: Profile | None) -> None:
        """``profile`` is the last named person quoted (most recent last in ``recent``)."""
        self.last_person = profile
        if profile is not None:
            self.recent = [p for p in self.recent if p is not profile] + [profile]

    def _last_agreeing(self, words: str) -> Profile | None:
        """The last named person quoted whose gender, where known, agrees with ``words`` ("she",
        "the spokeswoman"); the last one quoted when the words say none."""
        return next((p for p in reversed(self.recent) if agrees(p, words)), None)

    def _named_before(self, start: int) -> list[Profile]:
        """The named people of the article before ``start``, the nearest first."""
        ents = sorted((e for e in named_people(self.doc) if e.end_char <= start), key=lambda e: e.start)
        named = (self.book.lookup(name_of(e, self.cues) or "", gender=title_gender(e)) for e in reversed(ents))
        return [p for p in named if p is not None]

    def _named_in_role(self, mention: Mention, *, titled: bool = False) -> Profile | None:
        """The nearest person named before a bare role ("the spokesman") whose role as the article
        gave it ("spokesman Tom Berger") is that noun: first of all when the article gave it as
        a title (``titled``: "Harbour Commissioner Ilse Varnum ... the harbour commissioner
        said"), a title being one person's; else only with no one quoted before who agrees (a
        description such as "the analyst" may be a new word for the one just quoted)."""
        noun = self.doc[mention.head].lower_
        words = self.text[mention.start : mention.end]
        # a title matches in full: "the foreign minister" is not the Finance Minister
        wanted = {t.lower_ for t in self.doc[mention.head].lefts if t.dep_ in ("amod", "compound")} if titled else set()
        return next((p for p in self._named_before(mention.start)
                     if p.role and agrees(p, words) and wanted <= {w.lower() for w in p.role.split()}
                     and any(w.lower() == noun and (w[:1].isupper() or not titled) for w in p.role.split())), None)

    def _last_named(self, start: int, words: str) -> Profile | None:
        """With no one quoted before who agrees, the nearest person named before ``start`` whom
        the article shows to be of the gender the words show ("Mrs. Ruiz ... she said"); none
        when the words show none (a first name shows nothing)."""
        gender = gender_of(words)
        return next((p for p in self._named_before(start) if p.gender == gender), None) if gender else None

    def _person(self, mention: Mention) -> Profile:
        doc = self.doc
        ents = entities_between(doc, mention.start, mention.end, frozenset({"PERSON"}))
        # the name the phrase's head is part of ("Ana Ruiz of the group Safe Streets": not the group's
        # name the model took for a person's), else the last ("Ruiz's aide Tom Berger")
        ents = [e for e in ents if e.start <= mention.head < e.end] or ents[-1:]
        if ents:
            name = name_of(ents[-1], self.cues)
        else:
            head = doc[mention.head]
            left = head.i
            while left - 1 >= 0 and doc[left - 1].idx >= mention.start and (
                    doc[left - 1].pos_ == "PROPN" or _joining_hyphen(doc, left - 1)):
                left -= 1  # "Smith-Jones": a name's parts joined by a hyphen are one name
            name = strip_possessive(doc[left : head.i + 1].text)
        shown = gender_of(self.text[mention.start : mention.end]) or (title_gender(ents[-1]) if ents else None)
        profile = self.book.lookup(name, gender=shown) or self.book.learn(name, gender=shown)
        if profile.country is None and profile.sector is None:
            country, sector = self._actor(mention.start, mention.end)
            if country is None and profile.role:
                country, sector = self._role_actor(profile)
            profile.country, profile.sector = country, sector
        return profile

    def _from_profile(self, profile: Profile, base: dict[str, Any], mention: Mention) -> Speaker:
        return Speaker(
            name=profile.name,
            role=profile.role,
            organization=profile.organization,
            country=profile.country,
            sector=profile.sector,
            **base,
        )

    def _role_actor(self, profile: Profile) -> tuple[str | None, str | None]:
        """Country and sector from where the role is written ("Belarusian leader")."""
        if not profile.role:
            return None, None
        at = self.text.find(profile.role)
        if at < 0:
            return None, None
        return self._actor(at, at + len(profile.role))

    def _actor(self, start: int, end: int) -> tuple[str | None, str | None]:
        key = (start, end)
        if key not in self._actor_cache:
            self._actor_cache[key] = resolve_speaker_actor(self.doc, start, end, resources=self.resources)
        return self._actor_cache[key]


def _stands_for_body(words: str) -> bool:
    """Whether a speaker's words stand for an organisation named before them: a pronoun of class
    ``body_pronoun`` ("it said") or a bare document ("The statement said:", class ``document_noun``)."""
    words = words.lower()
    det, _, noun = words.partition(" ")
    return words in lexicon.word_class("body_pronoun") or (det == "the" and noun in lexicon.word_class("document_noun"))


def _org_entity(doc: "Doc", mention: Mention) -> bool:
    """Whether an org mention holds an entity the model labelled an organisation (not a place)."""
    return any(e.end_char <= mention.end for e in entities_between(doc, mention.start, mention.end, frozenset({"ORG"})))


def _org_name(doc: "Doc", mention: Mention) -> str:
    """The organisation's name in an org mention: its last ORG entity, else the words less "the"."""
    ents = [
        e
        for e in entities_between(doc, mention.start, mention.end, frozenset({"ORG"}))
        if e.end_char <= mention.end
    ]
    if ents:
        return strip_det(ents[-1].text)
    return strip_det(doc_text(doc)[mention.start : mention.end])


def resolve_speaker_actor(
    doc: "Doc", start: int, end: int, *, resources: "Resources | None", memory: Any = None
) -> tuple[str | None, str | None]:
    """(country, sector) of the words at ``[start, end)`` from the actor resolver, if there is one.

    Without resources this returns ``(None, None)`` and quotes work all the same; an error in
    the resolver is not hidden (the pipeline reports it as the step's warning).
    """
    if resources is None:
        return None, None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, None
    actor = resources.actor_resolver.resolve(span, memory=memory)
    if actor is None:
        return None, None
    return actor.country, actor.sector
