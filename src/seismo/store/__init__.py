"""seismo.store"""
