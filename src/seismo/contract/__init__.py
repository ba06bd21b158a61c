"""The output contract beside ``seismo.model``: closed vocabularies (vocab), deterministic ids (ids), the JSON form (serialize)."""
