"""seismo.web"""
