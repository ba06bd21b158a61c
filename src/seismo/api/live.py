"""A live server in a background thread, and a headless Chromium to look at it.

Used by the browser tests and :mod:`seismo.api.bench`:

    with serve_in_thread(app) as base_url, chromium() as browser:
        page = browser.new_page(); page.goto(base_url + "/")

Chromium is the system's (``/usr/bin/chromium`` or ``$SEISMO_CHROMIUM``), driven by the
Python ``playwright`` package; no browser is ever downloaded.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from seismo.errors import ConfigError

CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve_in_thread(app: Any, *, host: str = "127.0.0.1", port: int | None = None,
                    timeout: float = 20.0) -> Iterator[str]:
    """Run ``app`` with uvicorn in a daemon thread; yields its base URL, stops it on exit."""
    import uvicorn

    port = port or free_port(host)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, name=f"seismo-server-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise ConfigError(f"the test server on {host}:{port} did not start within {timeout:.0f} s")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def chromium_path() -> Path | None:
    """The system Chromium (``$SEISMO_CHROMIUM``, /usr/bin/chromium, or chromium on PATH), or None."""
    for candidate in (os.environ.get("SEISMO_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def browser_missing() -> str | None:
    """Why a browser check cannot run (no Chromium, no playwright), or None when it can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install playwright; never `playwright install`)"
    if chromium_path() is None:
        return "no Chromium at /usr/bin/chromium (apt-get install -y chromium) or $SEISMO_CHROMIUM"
    return None


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless system Chromium driven by playwright (a ``playwright.sync_api.Browser``)."""
    reason = browser_missing()
    if reason:
        raise ConfigError(f"cannot start a browser: {reason}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium_path()), headless=True, args=list(CHROMIUM_ARGS))
        try:
            yield browser
        finally:
            browser.close()
