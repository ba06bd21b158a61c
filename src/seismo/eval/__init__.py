"""seismo.eval"""
