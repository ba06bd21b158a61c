"""seismo.extract"""
