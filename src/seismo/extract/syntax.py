"""Dependency-parse helpers shared by every extractor: one function per question asked of a parse.

    subjects(verb, ...)         who does what a verb (or an event noun) says
    subject(verb, ...)          the first of them
    antecedent(pronoun, ...)    the noun a pronoun stands for
    with_conjuncts(tokens)      the tokens and their conjuncts ("police and soldiers")
    first_conjunct(tok)         the first of the conjuncts ``tok`` belongs to
    prep_objects(head, preps)   the objects of a word's prepositions ("the arrest *of X*")
    words_owner(noun, ...)      X in "the account / figures of X"
    entity_of(tok, ...)         the named entity a word is part of
    predicate_of(subject)       the verb a noun is the subject of
    governor(noun, ...)         the verb that takes a noun as its object
    verb_chain(tok, ...)        a word and the verbs it is the complement of
    far_particle(verb, word)    the verb's particle set after a long object ("pulled ... *out*")
    phrasal_lemma(verb)         a verb's lemma with its particle ("call off")
    clause_head(tok, ...)       the verb heading the clause a word is in
    in_noun_clause(tok, head)   whether a word lies in a clause on a noun (or one said beside it) other than ``head``
    content_noun(clause)        the noun a "that" clause gives the content of ("the accusation that ...")
    root_at(doc, start, end)    the token heading some characters of the text
    passive_aux(verb)           a verb with a passive auxiliary ("were *arrested*")
    to_infinitive(verb)         a verb with its infinitive "to" ("*to be* held")
    words_of(tok), in_class(tok, words), sentence_words(sent)
                                a token's lemma and text, and class look-ups on them

Extractors differ in what they count as a subject or a clause (an event coder wants the
by-agent of a passive, a quote finder wants only subjects inside its window); those
differences are the keyword options, named by what they mean, and each caller passes its own.

Reads: spaCy tokens only — their ``dep_``, ``head``, ``children``, ``pos_``, ``tag_``,
``lower_``, ``lemma_``, ``ent_type_`` and ``ent_iob_`` — plus any word sets (or tests on a
token) the caller passes in.
Returns: tokens, lists of tokens or spans of the same ``Doc``; ``None`` or ``[]`` when the
parse does not say.  Imports nothing else from :mod:`seismo.extract`.  "According to X" is
:mod:`seismo.extract.according`'s; the words of a noun phrase, :mod:`seismo.extract.noun_phrases`'.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal


if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

VERBAL = frozenset({"VERB", "AUX"})
NOMINAL = frozenset({"NOUN", "PROPN"})
#: entity labels of a place: they give a noun phrase its own place, and are never a surname ("Washington")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: dependency labels of the (nominal or clausal) subject of an active verb
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
#: tags of relative pronouns (wh-determiner, wh-pronoun) when a caller names them by tag
RELATIVE_TAGS = frozenset({"WDT", "WP"})

Relative = Literal["keep", "head", "antecedent"]


def definite(noun: "Token", *, any_possessor: bool = False) -> bool:
    """A noun with a determiner or possessive pronoun of class ``definite_det`` ("*the* assault",
    "*their* raid"); with ``any_possessor`` any possessive too ("*Monday's* raid")."""
    from seismo.extract import lexicon  # the tables, read once; syntax itself holds no words
    known = lexicon.word_class("definite_det")
    return any((c.dep_ in ("det", "poss") and c.lower_ in known) or (any_possessor and c.dep_ == "poss")
               for c in noun.children)


def result_object(verb: "Token") -> "Token | None":
    """The object the parse hung on a verb's result adjective: "shot dead *his brother*"."""
    return next((o for c in verb.children if c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ"
                 for o in c.children if o.dep_ == "dobj"), None)


def is_verbal(tok: "Token") -> bool:
    """A verb or an auxiliary."""
    return tok.pos_ in VERBAL


def passive_aux(verb: "Token") -> bool:
    """A verb with a passive auxiliary of its own ("were *arrested*", "to be *held*")."""
    return any(c.dep_ == "auxpass" for c in verb.children)


def present_perfect(verb: "Token") -> bool:
    """A verb with a present "have" of its own ("*have* detained", "*has* raided")."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def to_infinitive(verb: "Token") -> bool:
    """A verb with its infinitive "to" ("*to* arrest them", "*to* be held")."""
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "TO" for c in verb.children)


def _has_head(tok: "Token") -> bool:
    return tok.head.i != tok.i


# --------------------------------------------------------------------------- coordination


def with_conjuncts(tokens: Iterable["Token"]) -> list["Token"]:
    """Each token followed by those of its conjuncts not listed yet ("police and soldiers"
    → police, soldiers)."""
    out: list[Token] = []
    for tok in tokens:
        out.append(tok)
        out.extend(c for c in tok.conjuncts if c not in out)
    return out


def plural_taken_for_a_person(tok: "Token") -> bool:
    """A plural name the model labelled a person: a people ("Exiled *Tibetans*"), not one man."""
    return tok.ent_type_ == "PERSON" and tok.tag_ == "NNPS" and tok.lower_.endswith("s")


def first_conjunct(tok: "Token") -> "Token":
    """The first conjunct of the coordination ``tok`` is in ("protests and *strikes*" →
    protests); ``tok`` itself when it is no conjunct."""
    while tok.dep_ == "conj" and _has_head(tok):
        tok = tok.head
    return tok


def direct_objects(verb: "Token") -> list["Token"]:
    """A verb's objects: direct, dative and (in other schemes) ``obj`` children."""
    return [c for c in verb.children if c.dep_ in ("dobj", "dative", "obj")]


def prep_objects(
    head: "Token", preps: frozenset[str] | None = None, *, objects: frozenset[str] = frozenset({"pobj"}),
    deps: frozenset[str] = frozenset({"prep", "agent"}),
) -> list["Token"]:
    """The objects of ``head``'s prepositions (its ``prep`` and ``agent`` children) whose word
    is in ``preps`` (``None``: any): "the arrest *of 40 students*", "killed *by police*".
    ``objects``: which children of the preposition count (``pcomp`` for "of arresting");
    ``deps``: which children are prepositions (add ``dative`` for "sent rice *to* X")."""
    out: list[Token] = []
    for child in head.children:
        if child.dep_ in deps and (preps is None or child.lower_ in preps):
            out.extend(c for c in child.children if c.dep_ in objects)
    return out


def words_owner(noun: "Token", *, roles: frozenset[str], preps: frozenset[str]) -> "Token | None":
    """The owner X in "the N of X" when N is a common noun that is not a person: "according to
    the account / version / figures of the authorities" cites the authorities.  ``roles``: nouns
    that name a person ("the spokesman of the ministry" cites the spokesman, so gives None);
    ``preps``: the prepositions that name an owner ("of", "by", "from").  ``None`` when
    ``noun`` has no owner."""
    if noun.pos_ != "NOUN" or noun.ent_type_ == "PERSON":
        return None
    if noun.lower_ in roles or noun.lemma_.lower() in roles:
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            inner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if inner is not None:
                return inner
    return None


# --------------------------------------------------------------------------- names and phrases


def entity_of(tok: "Token", *, labels: frozenset[str] | None = None) -> "Span | None":
    """The named entity ``tok`` is part of, if its label is in ``labels`` (``None``: any), else
    ``None``.  The same span as the one in ``doc.ents``, found from the token's IOB tags (it
    costs the entity's length, not the Doc's)."""
    if not tok.ent_type_ or labels is not None and tok.ent_type_ not in labels:
        return None
    from spacy.tokens import Span

    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    first = doc[start]
    return Span(doc, start, end, label=first.ent_type, kb_id=first.ent_kb_id, span_id=first.ent_id)


# --------------------------------------------------------------------------- subjects


def antecedent(
    tok: "Token",
    *,
    pick: Callable[["Token"], "Token | None"],
    relative_clause: bool = False,
    start: int | None = None,
    window: int | None = None,
    stop: frozenset[str] = frozenset(),
) -> "Token | None":
    """What ``tok`` (a pronoun, or the word a pronoun follows) refers back to.

    ``relative_clause``: when ``tok`` hangs on a relative clause on a noun ("the agency,
    *which* reports"), that noun.  Otherwise the nearest earlier word to which ``pick`` gives
    an antecedent (``pick`` maps a word to the token it names, or ``None`` to look further
    back), no further back than token ``start`` (default: the sentence's first) nor ``window``
    tokens, and not past a word whose text is in ``stop``.
    """
    if relative_clause:
        clause = tok.head
        if clause.dep_ == "relcl" and clause.head.pos_ in NOMINAL:
            return None if _told_a_question(tok, clause.head) else clause.head
    first = tok.sent.start if start is None else start
    if window is not None:
        first = max(first, tok.i - window)
    for i in range(tok.i - 1, first - 1, -1):
        word = tok.doc[i]
        if word.text in stop:
            break
        found = pick(word)
        if found is not None:
            return found
    return None


def _nothing(tok: "Token") -> None:
    return None


def _told_a_question(wh: "Token", noun: "Token") -> bool:
    """Whether "who ..." after ``noun`` is a question told to it, not a relative clause on it: the
    noun (not a pronoun: "tell anyone who saw it") is the only object of a verb of telling ("we
    will tell the board *who has resigned*", class ``question_verb``); with another complement,
    or an infinitive the parse hung on the clause, it is a relative ("told the officers who
    arrested them to stand down")."""
    from seismo.extract import lexicon

    verb, clause = noun.head, wh.head
    told = (noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("dobj", "dative")
            and verb.lemma_.lower() in lexicon.word_class("question_verb"))
    return (wh.lower_ == "who" and told
            and not any(c.dep_ in ("xcomp", "ccomp", "dobj", "dative") and c.i != noun.i for c in verb.children)
            and not any(c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children) for c in clause.children))


def _is_relative(tok: "Token", pronouns: frozenset[str] | None) -> bool:
    return tok.tag_ in RELATIVE_TAGS if pronouns is None else tok.lower_ in pronouns


def _conjunct_source(verb: "Token", deps: frozenset[str]) -> "Token":
    """The verb a subjectless conjunct shares its subject with: the nearest earlier conjunct
    with a subject of its own ("militants arrived, but guards posted there killed one":
    guards killed), else the first conjunct."""
    if verb.dep_ == "conj":
        siblings = [c for c in verb.head.children if c.dep_ == "conj" and c.i < verb.i and c.pos_ in VERBAL]
        for sib in sorted(siblings, key=lambda t: -t.i):
            if any(c.dep_ in deps for c in sib.children):
                return sib
    return verb.head


def subjects(
    verb: "Token",
    *,
    deps: frozenset[str] = SUBJECT_DEPS,
    agent: bool = False,
    nominal: bool = False,
    within: tuple[int, int] | None = None,
    relative: Relative = "keep",
    pronouns: frozenset[str] | None = None,
    pick: Callable[["Token"], "Token | None"] | None = None,
    inherit: frozenset[str] = frozenset(),
    inherit_to: frozenset[str] | None = None,
    inherit_steps: int | None = None,
    inherit_passive: bool = True,
    nearest_conjunct: bool = False,
    conjuncts: bool = False,
) -> list["Token"]:
    """Who does what ``verb`` says, in the order of the parse ([] when the parse names no one).

    deps: the dependency labels of a subject (``{"nsubj", "csubj"}``; add ``"nsubjpass"`` for
        whoever the clause is about, active or passive).
    agent: also the object of a passive's by-agent ("was attacked *by police*").
    nominal: for a noun, its possessor and by-phrase ("*Russia's* invasion", "an attack *by
        militants*").
    within: only subjects (and by-agents) whose token index is in ``[lo, hi)``.
    relative: what a relative pronoun as subject ("the agency, *which* reports") gives —
        ``"keep"`` the pronoun; ``"head"`` the word its relative clause hangs on (the pronoun
        when there is none); ``"antecedent"`` :func:`antecedent` (the noun the relative clause
        hangs on, else the nearest word ``pick`` accepts) when the verb heads a relative
        clause, and nothing otherwise — a subject that cannot be named ends the list, and
        the verb inherits no other.
    pronouns: the words read as relative pronouns (``None``: any word tagged WDT or WP).
    inherit: dependency links through which a verb with no subject takes the subject of the
        word it hangs on ("police tried *to* disperse": police disperse), climbing any number
        of links or at most ``inherit_steps``; ``inherit_to``: the parts of speech that word
        must have (``None``: any); ``inherit_passive=False``: a verb with a passive subject
        inherits none.
    nearest_conjunct: a conjoined verb inherits from the nearest earlier conjunct that has a
        subject, not from the first.
    conjuncts: each subject followed by its conjuncts ("police and soldiers").
    """
    found: list[Token] = []
    for child in verb.children:
        inside = within is None or within[0] <= child.i < within[1]
        if child.dep_ in deps:
            if inside:
                found.append(child)
        elif child.dep_ == "agent" and agent or (
            nominal and child.dep_ == "prep" and child.lower_ == "by" and verb.pos_ == "NOUN"
        ):
            if inside:
                found.extend(c for c in child.children if c.dep_ == "pobj")
        elif nominal and child.dep_ == "poss" and verb.pos_ in NOMINAL:
            found.append(child)
    if not found:
        source = _inherits_from(
            verb, deps, links=inherit, to=inherit_to, steps=inherit_steps, passive=inherit_passive,
            nearest_conjunct=nearest_conjunct,
        )
        if source is None:
            return []
        return subjects(
            source, deps=deps, agent=agent, nominal=nominal, within=within, relative=relative,
            pronouns=pronouns, pick=pick, inherit=inherit, inherit_to=inherit_to,
            inherit_steps=None if inherit_steps is None else inherit_steps - 1,
            inherit_passive=inherit_passive, nearest_conjunct=nearest_conjunct, conjuncts=conjuncts,
        )
    named: list[Token] = []
    for tok in found:
        if relative == "keep" or not _is_relative(tok, pronouns):
            named.append(tok)
        elif relative == "head":
            if tok.head.dep_ == "relcl" and _told_a_question(tok, tok.head.head):
                continue  # "will tell the board who resigned": a question, no one named
            named.append(tok.head.head if tok.head.dep_ == "relcl" else tok)
        else:
            noun = antecedent(tok, pick=pick or _nothing, relative_clause=True) if verb.dep_ == "relcl" else None
            if noun is None:
                break
            named.append(noun)
    return with_conjuncts(named) if conjuncts else named


def object_controller(verb: "Token", *, verbs: frozenset[str]) -> "Token | None":
    """The direct object of a verb of ``verbs`` (lemmas) whose subjectless "to" infinitive
    ``verb`` is: the one who does what the infinitive says ("stones *forced the guards* to open
    fire", "the delay *led the farmers* to say ..."), not the verb's subject; ``None`` when
    ``verb`` is no such infinitive or names its own subject.  Which verbs hand their infinitive to
    their object is the caller's word set: "promised voters to ..." or "used her address to ..."
    keep it with the subject."""
    head = verb.head
    if (verb.dep_ != "xcomp" or not _has_head(verb) or head.pos_ not in VERBAL or not to_infinitive(verb)
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            or head.lemma_.lower() not in verbs):
        return None
    return next((c for c in head.children if c.dep_ == "dobj"), None)


def subject(verb: "Token", **options: Any) -> "Token | None":
    """The first of :func:`subjects` (same options), or ``None``."""
    found = subjects(verb, **options)
    return found[0] if found else None


def _inherits_from(
    verb: "Token",
    deps: frozenset[str],
    *,
    links: frozenset[str],
    to: frozenset[str] | None,
    steps: int | None,
    passive: bool,
    nearest_conjunct: bool,
) -> "Token | None":
    """The word a subjectless ``verb`` takes its subject from, or ``None`` (see :func:`subjects`)."""
    if verb.dep_ not in links or not _has_head(verb) or steps == 0:
        return None
    if to is not None and verb.head.pos_ not in to:
        return None
    if not passive and any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    return _conjunct_source(verb, deps) if nearest_conjunct else verb.head


def predicate_of(subject: "Token") -> "Token | None":
    """The verb ``subject`` is the (active or passive) subject of ("a strike *is looming*"),
    or ``None`` when it is no subject of a verb."""
    head = subject.head
    if subject.dep_ in ("nsubj", "nsubjpass") and head.pos_ in VERBAL and _has_head(subject):
        return head
    return None


# --------------------------------------------------------------------------- clauses


def governor(noun: "Token", *, deps: frozenset[str], through_prep: bool = False) -> "Token | None":
    """The verb that takes ``noun`` as one of ``deps`` ("*threatened* a strike"), or with
    ``through_prep`` as the object of its preposition ("*called* for a strike"); else ``None``."""
    head = noun.head
    if noun.dep_ in deps and head.pos_ in VERBAL:
        return head
    if through_prep and noun.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head.head.pos_ in VERBAL:
        return head.head
    return None


def verb_chain(
    tok: "Token",
    *,
    links: frozenset[str],
    bare_conjuncts: bool = False,
    to_first_verb: bool = False,
    steps: int | None = None,
) -> list["Token"]:
    """``tok`` and the words it hangs on through ``links``, nearest first: with links {xcomp},
    "would have preferred to continue focusing" gives [focusing, continue, preferred].

    bare_conjuncts: also climb from a conjunct with no subject or auxiliary of its own (a past form
        misparsed under a reported clause's modal climbs to the verb that reports the clause:
        :func:`_past_beside_modal`).
    to_first_verb: stop at the first verb or auxiliary reached.
    steps: climb at most that many links.
    """
    chain = [tok]
    while _has_head(tok) and (steps is None or len(chain) <= steps):
        bare = bare_conjuncts and tok.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children
        )
        if tok.dep_ not in links and not bare:
            break
        if tok.dep_ == "conj" and _past_beside_modal(tok):
            tok = tok.head  # "said there would be no revolution and *accused* ...": said's conjunct
        tok = tok.head
        chain.append(tok)
        if to_first_verb and tok.pos_ in VERBAL:
            break
    return chain


def _past_beside_modal(conj: "Token") -> bool:
    """Whether a bare conjunct in a past form ("accused") hangs on a reported clause whose verb
    has a modal ("said there would be no revolution and accused ..."): a past form cannot follow
    "would", so it is a misparsed conjunct of the verb that reports the clause."""
    head = conj.head  # the bare verb after the modal ("would *be*"), not a participle ("would be arrested and deported")
    if conj.lower_ == conj.lemma_.lower():
        return False  # "would find them and *put* them behind bars": a past spelled as the bare verb may be bare
    return ((conj.tag_ == "VBD" or conj.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in conj.children))
            and head.tag_ == "VB" and head.dep_ == "ccomp" and _has_head(head) and head.head.pos_ in VERBAL
            and any(c.tag_ == "MD" for c in head.children))


def clause_head(tok: "Token", *, skip: frozenset[str] = frozenset(), steps: int | None = None) -> "Token":
    """The verb heading the clause ``tok`` is in: ``tok`` or its nearest verbal ancestor, not
    counting a verb attached by a link in ``skip`` (with {xcomp}, "tried *to* flee" is in the
    clause of "tried"); the sentence root when no verb is above.  With ``steps``, it climbs
    at most that many links and may stop at a word that is no verb."""
    climbed = 0
    while _has_head(tok) and not (tok.pos_ in VERBAL and tok.dep_ not in skip):
        if steps is not None and climbed == steps:
            break
        tok = tok.head
        climbed += 1
    return tok


def root_at(doc: "Doc", start: int, end: int) -> "Token | None":
    """The token heading the words at characters ``[start, end)`` of ``doc`` (widened to whole
    tokens): where a record found in the text (a count, a place, a source) hangs in the parse.
    ``None`` when no token lies there."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def controlling_verb(verb: "Token") -> "Token | None":
    """The linking verb whose subject does what ``verb`` says when ``verb`` is the infinitive of an
    adjective of control (class ``control_adjective``: "Spain *is* ready to send troops", "police
    *seemed* unable to disperse them"); none for other adjectives ("the town is hard to defend":
    the town is defended), after "too" or "enough", or under a verb that is no linking verb."""
    from seismo.extract import lexicon

    adj = verb.head
    if verb.dep_ != "xcomp" or adj.dep_ != "acomp" or adj.lemma_.lower() not in lexicon.word_class("control_adjective"):
        return None
    if any(c.lower_ in ("too", "enough") for c in adj.children):
        return None
    linking = adj.head
    return linking if linking.lemma_.lower() in lexicon.word_class("linking_verb") else None


def backer(tok: "Token") -> bool:
    """A word glued by a hyphen to a participle of support or of origin ("*US*-backed militias",
    "a *Russian*-built frigate", "*Nigerian*-born MPs": classes ``backing`` and ``origin`` of
    word_classes.tsv), or after a prefix of stance ("anti-*French* protesters", class
    ``stance_prefix``): it names someone else than the group, not the group's own country."""
    from seismo.extract import lexicon  # the tables, read once; syntax itself holds no words

    doc = tok.doc
    glued_after = (tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_
                   and not doc[tok.i + 1].whitespace_ and (doc[tok.i + 2].lower_ in lexicon.word_class("backing")
                                                           or doc[tok.i + 2].lower_ in lexicon.word_class("origin")))
    glued_before = (tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_
                    and not doc[tok.i - 1].whitespace_ and doc[tok.i - 2].lower_ in lexicon.word_class("stance_prefix"))
    return glued_after or glued_before or tok.lower_.split("-", 1)[0] in lexicon.word_class("stance_prefix")


def content_noun(clause: "Token") -> "Token | None":
    """The noun a "that" clause gives the content of ("the *accusation* that troops burned the
    village", "*allegations* that police beat them"), or None."""
    noun = clause.head
    if clause.dep_ not in ("ccomp", "acl") or noun.i == clause.i or noun.pos_ != "NOUN":
        return None
    return noun if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) else None


# ------------------------------------------------------------------ words of tokens and sentences

def far_particle(verb: "Token", word: str) -> int | None:
    """The index of the verb's own particle ``word`` set after its object, however long the
    object ("pulled most of its ground troops *out* of the town", "pulled hundreds of soldiers
    *back*"): a particle or adverb of the verb, or a preposition of it that heads no noun of its own."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c.i for c in verb.rights if word in words_of(c) and (c.dep_ in ("prt", "advmod") or (
        c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children)))), None)


def phrasal_lemma(verb: "Token") -> str:
    """The lower-cased lemma of a verb with its particle, "call off" for "was *called* off", or
    the bare lemma when it has none."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()


def words_of(token: "Token") -> tuple[str, str]:
    """The lower-cased lemma and text of a token (class look-ups try both).  A plural common noun
    that opens a sentence is sometimes tagged a proper noun and left unlemmatised ("*Landslides*
    buried homes", "*Killings* went on"): its lemma is then its singular
    (:func:`seismo.extract.lexicon.singular`)."""
    lower = token.lower_
    if token.tag_ in ("NNP", "NNPS") and token.is_sent_start and token.lemma_ == token.text and token.text[1:].islower():
        from seismo.extract import lexicon  # the tables' module holds the word forms too

        return lexicon.singular(lower), lower
    return token.lemma_.lower(), lower


def in_class(token: "Token", words: frozenset[str]) -> bool:
    """Whether the token's lemma or text (lower-cased) is one of ``words``."""
    lemma, lower = words_of(token)
    return lemma in words or lower in words


_SENTENCE_WORDS = "seismo.sentence_words"


def sentence_words(sent: "Span") -> frozenset[str]:
    """Every lower-cased lemma and text of a sentence's tokens, read once per sentence (a doc's
    sentences are read by many rules): ``any(in_class(t, words) for t in sent)`` is
    ``not sentence_words(sent).isdisjoint(words)``."""
    cache = sent.doc.user_data.setdefault(_SENTENCE_WORDS, {})
    key = (sent.start, sent.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = frozenset(w for t in sent for w in words_of(t))
    return found



def in_noun_clause(tok: "Token", head: "Token", *, told_apart: "Callable[[Token], bool] | None" = None) -> bool:
    """Whether ``tok`` lies in a clause on a noun (relcl, acl) other than ``head``, on its way up to
    it: "rallied for a cousin who was stabbed *in May*" (in "the rally, which was held *on Monday*", not);
    with ``told_apart``, also in a clause said or thought (ccomp) that ``head`` is not in and that
    ``told_apart`` finds to be about something else: "defended the plan, saying prices rose *last year*"."""
    up = [tok, *tok.ancestors]
    below = up[:next((n for n, t in enumerate(up) if t.i == head.i), len(up))]
    return any(t.dep_ in ("relcl", "acl") and t.head.i != head.i
               or told_apart is not None and t.dep_ == "ccomp" and not t.left_edge.i <= head.i <= t.right_edge.i
               and told_apart(t) for t in below)
