"""The public API is pinned: changing it must be a deliberate edit of this list."""

import subprocess
import sys

import seismo

EXPECTED = {
    "Actor", "Article", "Count", "Entity", "Event", "EventDate", "EventLocation", "Pipeline",
    "Place", "ProcessStats", "Quote", "Result", "SeismoError", "Settings", "Span", "Speaker", "Step",
    "When", "extract", "make_article", "process", "__version__",
}


def test_exported_members():
    assert set(seismo.__all__) == EXPECTED
    for name in seismo.__all__:
        assert hasattr(seismo, name), name


def test_import_loads_no_model():
    code = ("import sys, seismo, seismo.cli; "
            "print('spacy' in sys.modules, 'dateparser' in sys.modules, 'sqlalchemy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False", "False"]


def test_process_is_imported_on_first_use():
    code = ("import sys, seismo; before = 'seismo.processing' in sys.modules; f = seismo.process; "
            "print(before, f.__module__, 'spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "seismo.processing", "False"]
