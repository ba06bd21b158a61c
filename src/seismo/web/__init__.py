"""seismo.web: the offline dashboard — server-rendered pages over the store, a little JS.

Pages (``pages.py``) read through :class:`~seismo.store.Store` (``deps.py``: the app's store
and the event filter of the query string, shared with :mod:`seismo.api`); they never run NLP
and import nothing of :mod:`seismo.api`.  Every value from an article is escaped: Jinja2 autoescape for templates,
:func:`seismo.web.highlight.highlight` for marked-up article text.  Scripts and styles come
from ``static/`` (the vendor libraries copied from npm by ``scripts/build_web.py``); no
inline scripts, nothing from the internet.
"""
