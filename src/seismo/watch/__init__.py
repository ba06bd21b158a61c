"""seismo.watch: watching the store for unrest building up.

    families     which events are watched, by family (protest, riot, repression, ...)
    detectors    baselines and scores on a daily series: EARS C1/C2/C3 and seismo's
                 seasonal negative-binomial detector
    series       daily series per country x family read from the store, with the events behind each day
    alerts       Alert records and find_alerts(store, ...): counts, fatalities and first-of-a-kind events
    backtest     synthetic daily series with injected outbreaks, and the scores of each detector on them

Data flows one way: the store is read, never written; alerts are computed on demand.
"""

from __future__ import annotations
