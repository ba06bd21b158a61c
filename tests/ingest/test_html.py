"""Saved web pages (:mod:`seismo.ingest.html`): the main text, title and URL, with no network."""

from __future__ import annotations

import socket

import pytest


def test_html_page(read, ingest_data, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args, **kwargs):
        raise AssertionError("ingest tried to open a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    (article,), _ = read(ingest_data / "page.html")
    assert "state of emergency" in article.text
    assert "Subscribe" not in article.text and "Sport" not in article.text
    assert article.url == "https://example.org/curfew"
