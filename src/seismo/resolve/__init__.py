"""seismo.resolve"""
