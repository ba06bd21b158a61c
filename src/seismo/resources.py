"""Shared, lazily built resources: the gazetteer, the actor lexicon, the spaCy pipeline.

One ``Resources`` per process; each attribute is built on first use and then reused, so
importing seismo costs nothing and a long run pays each load once.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from seismo.config import Settings

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

    from seismo.learn.types import TypeModel
    from seismo.nlp.truecase import Truecaser
    from seismo.resolve.actors import ActorLexicon, ActorResolver
    from seismo.resolve.places import Gazetteer


class Resources:
    """Lazy holder of everything the steps share.  Pass one in; never make it a global."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.from_env()

    @cached_property
    def gazetteer(self) -> "Gazetteer":
        from seismo.resolve.places import Gazetteer

        return Gazetteer.load(cache_dir=self.settings.cache_dir, model=self.settings.model)

    @cached_property
    def actors(self) -> "ActorLexicon":
        from seismo.resolve.actors import ActorLexicon

        return ActorLexicon.load()

    @cached_property
    def actor_resolver(self) -> "ActorResolver":
        """Actor resolution over :attr:`actors`, as the extract steps call it."""
        from seismo.resolve.actors import ActorResolver

        return ActorResolver(self.actors)

    @cached_property
    def type_model(self) -> "TypeModel | None":
        """The learned event-type model (``Settings.type_model``), or None when it is ``off``."""
        from pathlib import Path

        from seismo.learn.types import TypeModel

        choice = self.settings.type_model.strip()
        if choice.lower() == "off":
            return None
        return TypeModel.load(Path(choice) if choice else None)

    @cached_property
    def lemma_fixes(self) -> "tuple[tuple[str, str, str], ...]":
        """``(form, POS, lemma)`` corrections of the model's lemmatizer (``data/lemma_fixes.tsv``)."""
        from seismo.extract import lexicon

        return tuple((r[0], r[1], r[2]) for r in lexicon.read("lemma_fixes.tsv", columns=(3, 3), header=True).rows)

    @cached_property
    def title_abbreviations(self) -> frozenset[str]:
        """Titles written short with a dot before a name ("Lt.", "Col.", "Hon.": the rows of
        ``data/name_parts.tsv`` that stand for a title), lower case without the dot; a full word
        ("Sir", "Lady") keeps no dot, which may end a sentence."""
        from seismo.extract import lexicon

        return frozenset(word for word, title in lexicon.titles_written_short().items() if title)

    @cached_property
    def time_after_place(self) -> frozenset[str]:
        """Words of time the model may join to a place before them in one date ("Kyiv overnight":
        class ``time_after_place`` of ``data/word_classes.tsv``): the place stays a place
        (``seismo.nlp.ruler``)."""
        from seismo.extract import lexicon

        return lexicon.time_after_place()

    @cached_property
    def link_labels(self) -> frozenset[str]:
        """Labels that open a line of page furniture ("RELATED:", class ``link_label`` of
        ``data/word_classes.tsv``): such a line is a sentence of its own (``seismo.nlp.paragraph_starts``)."""
        from seismo.extract import lexicon

        return frozenset(lexicon.word_class("link_label"))

    @cached_property
    def relation_participles(self) -> frozenset[str]:
        """Participles that make an adjective of relation after a hyphen ("army-backed",
        "Russian-built": classes ``backing`` and ``origin`` of ``data/word_classes.tsv``), never a
        verb (``seismo.nlp.verbtags``)."""
        from seismo.extract import lexicon

        return frozenset(lexicon.word_class("backing") | lexicon.word_class("origin"))

    @cached_property
    def nlp(self) -> "Language":
        from seismo.nlp import load_pipeline

        return load_pipeline(self)

    @cached_property
    def truecaser(self) -> "Truecaser":
        """Restores the case of names in articles folded to lower case (``seismo.nlp.truecase``)."""
        from seismo.extract.timex.words import lexicon as time_lexicon
        from seismo.nlp.truecase import Truecaser

        times = time_lexicon()
        return Truecaser.from_pipeline(self.nlp, names=[*times.months, *times.weekdays])
