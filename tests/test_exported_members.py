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


def test_extract_stays_the_function_once_the_extractors_are_imported():
    """The steps import ``seismo.extract.*``; the package must not take the name of the public
    ``seismo.extract()`` away after the first article (a second call would hit a module)."""
    code = "import seismo, seismo.extract.dates, seismo.extract.events; print(callable(seismo.extract))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True"]
