"""seismo.ingest"""
