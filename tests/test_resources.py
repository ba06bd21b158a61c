"""Shared resources (:mod:`seismo.resources`): the model loaded is the one the settings name."""

from __future__ import annotations

import pytest

from seismo.config import Settings
from seismo.errors import ModelError
from seismo.resources import Resources


def test_the_pipeline_loads_the_model_the_settings_name() -> None:
    resources = Resources(Settings(model="no_such_spacy_model"))
    with pytest.raises(ModelError, match="'no_such_spacy_model' is not installed.*SEISMO_MODEL"):
        resources.nlp  # noqa: B018 - the property loads the model
