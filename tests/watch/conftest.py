"""A small store of invented Kenyan news for the watchlist and delivery tests: a farmers' rally a
week for four weeks, then nurses striking in six towns on one day, dockers marching in Mombasa and
police arresting teachers."""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.contract import ids
from seismo.model import Article
from seismo.store import Store

DAY = dt.date(2023, 3, 14)
RALLIES = ["Kisumu", "Nakuru", "Eldoret", "Nyeri"]
STRIKES = ["Mombasa", "Machakos", "Kakamega", "Thika", "Garissa", "Naivasha"]


def article(text: str, day: dt.date, title: str) -> Article:
    return Article(ids.article_id(text + day.isoformat()), text, day, title, "Test Wire", None, None)


def unrest_news() -> list[Article]:
    out = []
    for week, town in enumerate(RALLIES):
        day = DAY - dt.timedelta(days=30 - 7 * week)
        out.append(article(f"Hundreds of farmers rallied in {town}, Kenya, on {day:%A} against the price of "
                           "fertiliser.", day, f"Farmers rally in {town}"))
    for town in STRIKES:
        out.append(article(f"Nurses went on strike and demonstrated in {town}, Kenya, on {DAY:%A} over unpaid "
                           "wages.", DAY, f"Nurses demonstrate in {town}"))
    out.append(article(f"Police arrested dozens of teachers in Mombasa, Kenya, on {DAY:%A} during a march for "
                       "higher pay.", DAY, "Teachers arrested in Mombasa"))
    # a strike and a demonstration of one crowd in one sentence are one protest (events v104): the
    # region's second protest of the day is the dockers'
    out.append(article(f"Dock workers marched through Mombasa, Kenya, on {DAY:%A} against port job cuts.", DAY,
                       "Dockers march in Mombasa"))
    return out


@pytest.fixture(scope="session")
def unrest_results(pipeline):
    return list(pipeline.run_many(unrest_news()))


@pytest.fixture()
def unrest_store(unrest_results, tmp_path):
    """A fresh store of the news (each test may add watchlists and deliveries of its own)."""
    with Store.open(tmp_path / "unrest.db") as store:
        store.write(unrest_results)
        yield store
