"""seismo.api"""
