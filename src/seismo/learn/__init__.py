"""Learned parts: a sentence embedder and the event-type model that arbitrates the rules' types.

Reads the embedding weights of the ``wordllama`` PyPI package (no model hub) and the type-model
artefact in ``seismo/data/models/types`` (written by ``seismo train types``); returns class
probabilities.  Runtime needs numpy only; training (``seismo.train``) needs scikit-learn.
Imports nothing of seismo above ``vocab``, ``model`` and ``errors``.
"""
