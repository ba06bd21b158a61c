"""seismo.watch: watching the store for unrest building up.

    families     which events are watched, by family (protest, riot, repression, ...)
    detectors    baselines and scores on a daily series: EARS C1/C2/C3 and seismo's
                 seasonal negative-binomial detector
    series       daily series per country x family read from the store, with the events behind
                 each day; WatchFilter, the filter of a watchlist
    alerts       Alert records and find_alerts(store, ...): counts, fatalities and first-of-a-kind events
    watchlists   saved filters with their own alert rule and webhook (seismo watch add / list / remove)
    deliver      webhooks: each watchlist's new alerts POSTed, signed (HMAC-SHA256), retried, sent once
    atom         an Atom feed of alerts (/alerts.atom?watch=NAME)
    backtest     synthetic daily series with injected outbreaks, and the scores of each detector on them

Data flows one way: alerts are computed on demand from what the store holds; the store keeps
only the watchlists and which alert went to which webhook (:mod:`seismo.store.watch.watchlists`).
"""

from __future__ import annotations
