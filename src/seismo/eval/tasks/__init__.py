"""seismo.eval.tasks: the evaluation tasks, one module per task, each scoring seismo against one gold set.

Grouped by what they score: ``events/`` the event tasks (``case2021``, ``plover``, ``glocon``,
``police``, ``precision``); here the fields of a record (``geo``, ``quotes``, ``dates``,
``args``) and the seed article (``seed``); ``dedup/`` stories and tolls across articles.

    geo.run(data_dir, pipeline=..., limit=50, progress=None) -> TaskReport
    seed.run(seed_text, seed_gold, pipeline=...) -> TaskReport

What each task reads: its dev file(s) of the shared data folder (``case2021``, ``plover``,
``glocon``, ``police``: event detection and coding; ``geo``, ``quotes``, ``dates``, ``args``:
places, quote attribution, time expressions, event arguments; ``dedup``, a package: linking
articles into stories and tolls, against a TF-IDF baseline), or for ``seed`` the seed article
and its gold file (with ``seed_checks.json`` here).  What each returns: a
:class:`~seismo.eval.report.TaskReport`.  Every module has a pure ``score(...)`` over
hand-buildable gold and predictions and a ``run(...)`` that reads the files, runs the pipeline
and scores each fold part apart (:func:`seismo.eval.folds.by_fold`); every module but ``seed``
also names its files in ``SOURCES`` and has a pure ``mistakes(source, records, results)`` for
``seismo eval TASK --errors``, which hands it tuning-fold records only.  The shared reading,
scoring and reporting helpers are the framework in :mod:`seismo.eval`, whose ``TASKS``
registry names these modules.
"""
