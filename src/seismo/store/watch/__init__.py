"""The store's side of watching the news: state kept between runs, not extracted from articles.

    feeds      the news feeds ``seismo feeds`` polls and the item pages fetched (schema version 9)
    watchlists saved alert filters and rules, and each alert posted to a webhook (schema version 10)

Plain functions over an engine, called by the layers above (:mod:`seismo.feeds`, :mod:`seismo.watch`) with
``store.engine``; the tables are in :mod:`seismo.store.schema`.
"""
