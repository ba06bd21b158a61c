"""The subject of a cue: who does the saying a speech verb reports.

:func:`subject_of` climbs from a participle or a preposition's gerund to the verb it hangs on,
keeps a relative pronoun (whose mention stands for its noun), takes the one quoted in "X quoted
Y as saying", the person seen doing the saying ("shows Clinton saying"), and a name set off by
commas when the parse gives no subject (:func:`comma_framed_name`), the object the parse gave
the marker of "as X put it" (:func:`_as_object`) or a name standing right before a finite cue
(:func:`name_right_before`: "Rep. Ana Ruiz (D-NM) said", "Ruiz, 58, told"); a bare past participle
("Asked about the plan, X said") has no named doer (:func:`bare_participle`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.quotes.speakers.mentions import NAME_LABELS, SUBJECT_DEPS, is_dateline, phrase_tokens, wordlike
from seismo.extract.syntax import object_controller, subjects
from seismo.nlp import doc_ents

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


#: clause links a participle or infinitive climbs to find its subject ("..., explaining that")
CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp", "dep"})
#: a speech verb also climbs from a preposition's gerund to the verb it hangs on ("X sang to
#: her before asking, ..."; "Y was criticised for saying ...") and from an adjective's
#: infinitive to the subject of its copula ("voters were more likely to say ...", "X was quick
#: to point out ...")
SPEECH_CLIMB_DEPS = CLIMB_DEPS | {"prep", "acomp"}


def subject_of(cue: "Token", *, lo: int, hi: int) -> "Token | None":
    """The subject (or by-agent) of a cue verb inside tokens ``[lo, hi)``, climbing at most two
    links from a participle (or a preposition's gerund: "before asking") to the verb it hangs
    on, never from one that is not said ("without saying"); "Clinton, who said ..." → who (whose
    mention, :func:`mention_at`, stands for Clinton).  When the parse gives none, a name set off
    by a comma before the cue's own comma is taken: "President Obama, dedicating the museum on
    Saturday, said ..." (:func:`comma_framed_name`); a dateline is never the subject.  A gerund right after a person it does not
    have as subject is that person's: "the ad shows footage of Ana Ruiz asking, ..." (Ana Ruiz)."""
    hung = _hung_as_subject(cue, lo=lo)
    if hung is not None:
        return subject_of(hung, lo=lo, hi=hi)
    if cue.dep_ == "pcomp" and cue.head.lower_ in lexicon.word_class("negating_prep"):
        return None  # "left without saying a word": no one said it
    if cue.dep_ == "xcomp" and cue.head.dep_ == "acomp" and cue.head.lemma_.lower() in lexicon.word_class("inability"):
        return None  # "officials were unwilling to say that ...": nothing said
    if bare_participle(cue) and not any(c.dep_ == "agent" for c in cue.children):
        # "Asked about the plan, X said ...": X was asked, the asker is not named; but a
        # participle ending its clause at a colon is a past tense the parse took for a reduced
        # relative: "Ana Ruiz, the party's nominee, tweeted in response: ..." (Ana Ruiz)
        return _colon_past(cue, lo=lo, hi=hi)
    seen = _seen_doing(cue, lo=lo) or _quoted_as(cue, lo=lo) or _named_before(cue, lo=lo)
    if seen is not None:
        return seen
    controller = controlled_by_object(cue)
    if controller is not None:  # "the timing led Republicans to say ...": Republicans say it
        return controller if lo <= controller.i < hi else None
    found = subjects(
        cue,
        deps=SUBJECT_DEPS,
        agent=True,
        within=(lo, hi),
        relative="keep",
        pronouns=lexicon.word_class("relative_pronoun"),
        inherit=SPEECH_CLIMB_DEPS,
        inherit_steps=2,
    )
    # a dash the tagger took for a noun is no subject, nor a dateline the parse hung on the verb
    # ("BERLIN -- Ana Ruiz said ...": Ana Ruiz)
    words = [
        t for t in found
        if wordlike(t)
        and not is_dateline(t.doc, *phrase_tokens(t, lo=lo, hi=hi))
        and not passive_subject(cue, t)
    ]  # fmt: skip
    verb = words[0].head if words and words[0].dep_ in SUBJECT_DEPS else cue  # the cue, or the verb it climbed to
    own = [t for t in words if t.head.i == verb.i and t.dep_ in SUBJECT_DEPS and t.i < cue.i]
    if len(own) > 1:  # a parse's slip ("The “fee” angered residents, but Ruiz said"; "The goalkeeper
        # Ivo Kral announced ..., writing": a role and its name as two subjects): the nearer speaks
        words = [own[-1]] + [t for t in words if t.i != own[-1].i]
    if words and writers_aside(cue, words[0]):
        words = words[1:]  # "it is worth noting that ...", "it is fair to say": the writer's aside
    if words and cue.tag_ == "VBG" and not cue.is_ancestor(words[0]) and _set_off(cue):
        words = [_past_relative(cue, words[0], lo=lo) or words[0]] + words[1:]
    if not words and any(passive_subject(cue, t) for t in found):
        return _sent_by(cue, lo=lo)  # "Residents were warned in a message from the county": the county
    if words:
        return words[0]
    return comma_framed_name(cue, lo=lo) or _as_object(cue, lo=lo) or name_right_before(cue, lo=lo)


def controlled_by_object(verb: "Token") -> "Token | None":
    """The object of a verb of making or leading someone act (classes ``compelling`` and
    ``leading_on``) whose "to" infinitive ``verb`` is: "the delay led the farmers to say ...",
    "the ruling prompted the mayor to accuse ...": the object speaks."""
    return object_controller(verb, verbs=lexicon.word_class("compelling") | lexicon.word_class("leading_on"))


def writers_aside(cue: "Token", source: "Token") -> bool:
    """Whether ``source`` is the dummy "it" of a copula with an adjective that takes the clause
    after it (class ``extraposing``) and the cue sits in that clause: "it is tempting to fault
    the board", "it's vital to recall that ...": the writer's aside, no one's report.  An "it"
    that does the saying keeps it ("it was quick to condemn the attack": an organisation)."""
    if source.lower_ != "it" or source.dep_ not in {"nsubj", "expl"} or source.head.i == cue.i:
        return False
    copula = source.head
    return copula.lemma_ == "be" and any(
        c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in lexicon.word_class("extraposing") for c in copula.children)


def _sent_by(cue: "Token", *, lo: int) -> "Token | None":
    """Who sent the words a passive cue's listener was given in an utterance: "were told in a
    letter from the ministry" (the ministry, :func:`utterance_owner`)."""
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "by", "through", "via"}:
            for noun in prep.children:
                owner = utterance_owner(noun) if noun.dep_ == "pobj" else None
                if owner is not None and owner.i >= lo:
                    return owner
    return None


def passive_subject(cue: "Token", token: "Token") -> bool:
    """Whether ``token`` is the passive subject of the cue itself: one told or warned ("Workers
    were told: ...", "Reporters were told that ..."), or what is reported ("violations were
    reported"), never the one who speaks; but "X was quoted as saying" names the speaker, and one
    asked is kept as the one whose answer follows ("Ruiz was asked whether ... “...”")."""
    return (
        token.dep_ == "nsubjpass"
        and token.head.i == cue.i
        and cue.lemma_.lower() != "ask"
        and cue.lemma_.lower() not in lexicon.word_class("quoting_verb")  # "X was quoted in the paper:"
        and not any(c.dep_ == "prep" and c.lower_ == "as" for c in cue.children)
    )


def asker(cue: "Token", *, lo: int, hi: int) -> "Token | None":
    """The one who asks, when a passive verb of asking (class ``asking_verb``) names them by "by"
    and reports no question of its own before the quotation at ``hi`` ("X was asked by host Y, a
    critic of the plan, “...?”": Y's question, when the quotation is one, which the caller
    checks); with a question reported before it ("X was asked by Y whether ...: “...”") the
    quotation is the answer of the one asked."""
    if cue.lemma_.lower() not in lexicon.word_class("asking_verb") or not any(c.dep_ == "nsubjpass" for c in cue.children):
        return None
    if any(c.dep_ in {"ccomp", "xcomp", "advcl"} and lo <= c.i < hi and c.i > cue.i for c in cue.children):
        return None
    agent = next((c for c in cue.children if c.dep_ == "agent" and lo <= c.i < hi), None)
    return next((o for o in agent.children if o.dep_ == "pobj"), None) if agent is not None else None


def _colon_past(cue: "Token", *, lo: int, hi: int) -> "Token | None":
    """The noun a past participle hangs on as a clause, when nothing but its own adjuncts (no verb)
    stands between it and a colon ending the words before a quotation: a reduced relative never
    introduces one, so the participle is a past tense and the noun its subject."""
    doc = cue.doc
    if cue.dep_ != "acl" or cue.head.i < lo or cue.head.pos_ not in {"PROPN", "NOUN"}:
        return None
    end = hi - 1
    while end > cue.i and doc[end].is_space:
        end -= 1
    if end <= cue.i or doc[end].text != ":":
        return None
    if any(t.pos_ in {"VERB", "AUX"} for t in doc[cue.i + 1 : end]):
        return None
    return cue.head


def _hung_as_subject(cue: "Token", *, lo: int) -> "Token | None":
    """The main verb before a participle set off by a comma that the parse made the subject of a
    verb after it, the quotation's own ("X shared the news, writing “Feels great to ...”": the
    quoted words have no subject of their own): the participle hangs on that main verb."""
    if cue.tag_ != "VBG" or cue.dep_ not in SUBJECT_DEPS or cue.head.i < cue.i or not _set_off(cue):
        return None
    root = cue.sent.root
    return root if lo <= root.i < cue.i and root.pos_ in {"VERB", "AUX"} else None


def _set_off(cue: "Token") -> bool:
    """A participle set off by a comma before it ("..., saying ..."): it speaks for the main clause."""
    return cue.i > 0 and cue.doc[cue.i - 1].text == ","


def _past_relative(cue: "Token", found: "Token", *, lo: int) -> "Token | None":
    """For a participle set off by a comma that inherited a relative pronoun (the parse hung it on
    a relative clause: "X was defensive about a builder who said ..., saying, ..."), the subject of
    the nearest clause around that relative clause: X."""
    if found.tag_ not in {"WP", "WDT"} or found.head.dep_ != "relcl" or not found.head.is_ancestor(cue):
        return None
    token = found.head.head
    while token.head.i != token.i and token.head.i >= lo:
        token = token.head
        subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS and c.tag_ not in {"WP", "WDT"}), None)
        if subject is not None and token.pos_ in {"VERB", "AUX"}:
            return subject
    return None


def bare_participle(verb: "Token") -> bool:
    """A past participle with no auxiliary and no subject of its own, heading a clause set beside
    a noun or a verb (``Asked about the plan, X said``, ``X, pressed on the cost, ...``): a
    passive whose doer is not named."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in {"advcl", "acl"}
        and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children)
    )


def _seen_doing(cue: "Token", *, lo: int) -> "Token | None":
    """The person named just before a gerund with no subject of its own that hangs on a verb
    ("shows Clinton saying", "heard him asking"): the one doing the saying."""
    if cue.tag_ != "VBG" or cue.dep_ not in {"xcomp", "advcl", "dep"} or cue.i - 1 < lo:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    person = cue.doc[cue.i - 1]
    if person.dep_ in SUBJECT_DEPS or person.head.i == cue.i:
        return None
    named = person.ent_type_ in NAME_LABELS and person.pos_ == "PROPN"
    return person if named or person.lower_ in lexicon.word_class("person_pronoun") else None


def _quoted_as(cue: "Token", *, lo: int) -> "Token | None":
    """The one quoted in "X *quoted* Y as saying ..." (a verb of class ``quoting_verb``): Y, the
    object, never the subject who does the quoting."""
    if cue.dep_ != "pcomp" or cue.head.lower_ != "as" or cue.head.head.lemma_.lower() not in lexicon.word_class("quoting_verb"):
        return None
    return next((c for c in cue.head.head.children if c.dep_ == "dobj" and c.i >= lo), None)


def _named_before(cue: "Token", *, lo: int) -> "Token | None":
    """A name right before a cue the parse hung on it as a clause ("Ruiz called him ...", parsed as
    "a man called Ruiz" is): a person's name needs no such naming, so the name is the subject."""
    head = cue.head
    if cue.dep_ != "acl" or head.i != cue.i - 1 or head.i < lo or head.pos_ != "PROPN":
        return None
    return head


def comma_framed_name(cue: "Token", *, lo: int) -> "Token | None":
    """The first person's name in ``doc[lo:cue]`` followed by a comma, when a comma stands just
    before the cue (or before the cue's adverbs: ``NAME, ..., bluntly told``) and no clause with a subject of its own comes between: ``NAME, ..., said``;
    the name may end right at the cue's comma when the parse hung it in apposition elsewhere
    (``In a letter, her aide, Ana Ruiz, said: ...``)."""
    doc = cue.doc
    comma = cue.i - 1
    while comma >= lo and doc[comma].tag_ == "RB" and doc[comma].head.i == cue.i:
        comma -= 1  # "Ruiz, the party's leader, bluntly told ...": the cue's own adverbs
    if comma < lo or doc[comma].text != ",":
        return None
    for ent in doc_ents(doc):
        if ent.start < lo or ent.end > comma:
            if ent.start >= cue.i:
                break
            continue
        if ent.label_ not in NAME_LABELS or doc[ent.end].text != ",":
            continue
        between = doc[ent.end : cue.i]
        relative = lexicon.word_class("relative_pronoun")
        if any(t.dep_ in SUBJECT_DEPS and t.lower_ not in relative for t in between):
            return None
        return ent.root
    return None


#: the most tokens of a bracketed note between a name and its cue ("Ana Ruiz (D-NM) said")
MAX_BRACKETED = 8
#: the most tokens a name may have when it is read off the surface before its cue
MAX_SURFACE_NAME = 6


def _as_object(cue: "Token", *, lo: int) -> "Token | None":
    """The noun the parse hung as the object of the marker of "as X put it" (``As Ana Ruiz, author
    of “Title,” put it, ...``: the parse reads "as" as a preposition): X."""
    marker = next(
        (c for c in cue.children if c.dep_ == "mark" and c.lower_ == "as" and lo <= c.i < cue.i), None
    )
    if marker is None:
        return None
    return next((c for c in marker.children if c.dep_ == "pobj" and c.pos_ in {"PROPN", "NOUN"}), None)


def name_right_before(cue: "Token", *, lo: int) -> "Token | None":
    """A name standing right before a finite cue the parse gave no subject (it hung the name on a
    noun before it, "... a torch likened to a call for riots, Sen. Ana Ruiz (D-NM) said"), past
    a bracketed note or an age set off by commas ("Ruiz, 58, told"): the name's last word."""
    doc = cue.doc
    if cue.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    k = cue.i - 1
    if k >= lo and doc[k].text == ")":
        before = range(k - 1, max(lo, k - MAX_BRACKETED) - 1, -1)
        opening = next((n for n in before if doc[n].text == "("), None)
        if opening is None:
            return None
        k = opening - 1
    elif k - 2 >= lo and doc[k].text == "," and doc[k - 1].like_num and doc[k - 2].text == ",":
        k -= 3  # ", 58,": an age
    if k < lo:
        return None
    name = doc[k]
    if not (name.pos_ == "PROPN" or name.ent_type_ in NAME_LABELS) or not name.text[:1].isupper():
        return None
    first = k
    while first - 1 >= lo and k - first + 1 < MAX_SURFACE_NAME and doc[first - 1].pos_ == "PROPN":
        first -= 1
    if is_dateline(doc, first, k + 1):
        return None
    return name


def utterance_owner(noun: "Token") -> "Token | None":
    """Whose words a noun of class ``utterance_noun`` or ``document_noun`` are ("a report by
    Reuters", "a letter from Ruiz"): its possessor ("Ruiz's reply" →
    Ruiz) or the object of an ``owner_prep`` after it ("the words of Ruiz"), or after the verb
    it is the subject of ("That warning came from Ruiz", "The reply was sent by Ruiz"), or by the
    participle that tells who made it (class ``making_verb``: "a report released by Ruiz"; not one
    that tells who saw or paid for it, "a memo seen by Reuters"); figures (class ``figures_noun``:
    "data compiled by the firm X", "a tally by the group X") are their gatherer's, else None."""
    words = lexicon.word_class("utterance_noun") | lexicon.word_class("document_noun") | lexicon.word_class("figures_noun")
    if words.isdisjoint({noun.lemma_.lower(), noun.lower_}):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.tag_ != "PRP$"), None)
    holders = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"  # "data compiled by X"
                       and c.lemma_.lower() in lexicon.word_class("making_verb"))]  # not "a memo seen by Reuters"
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"}:
        holders.append(noun.head)  # "That warning came from Ruiz": the verb's "from" names the owner
    preps = (c for h in holders for c in h.children
             if c.dep_ in {"prep", "agent"} and c.lower_ in lexicon.word_class("owner_prep"))
    objects = (
        o for p in preps for pobj in p.children if pobj.dep_ == "pobj"
        # "by the group Votewatch": the name in apposition to a common noun
        for o in (pobj, *(c for c in pobj.children if c.dep_ == "appos"))
        if o.pos_ == "PROPN" and o.ent_type_ not in {"DATE", "TIME"}  # "from Tuesday"
    )  # fmt: skip
    return owner or next(objects, None)
