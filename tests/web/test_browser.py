"""The dashboard in a real browser (Playwright driving the system Chromium): pages, their
scripts (web/static: filters, chart, map) and escaping, end to end.

A live server (uvicorn in a thread) serves a temporary store filled by the real pipeline from
samples/; a hostile article is ingested through POST /api/articles.  Screenshots go to
tests/artifacts/ (git-ignored).  Skips only when Chromium or playwright is absent.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from seismo.api.live import browser_missing

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "tests" / "artifacts"
VENDOR = REPO / "src" / "seismo" / "web" / "static" / "vendor"
TOKEN = "browser-test-token"

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(browser_missing() is not None, reason=f"browser tests need Chromium: {browser_missing()}"),
]

HOSTILE = {
    "title": '<img src=x onerror="window.__pwned=\'title\';alert(1)">Rally in Almaty',
    "source": "<script>window.__pwned='source'</script>",
    "url": "javascript:window.__pwned='url'",
    "date": "2022-01-06",
    "text": (
        "Thousands of protesters rallied in Almaty on Thursday against the government. "
        "<script>window.__pwned = 'script'; alert('script')</script> "
        '<img src=x onerror="window.__pwned=\'img\'; alert(\'img\')"> '
        "<a href=\"javascript:window.__pwned='link'\">read more</a> "
        '"We will <b onmouseover="window.__pwned=\'b\'">not</b> go home," said activist Aigerim Tleuzhan.'
    ),
}


@pytest.fixture(scope="module")
def site(pipeline: Any, samples_db: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    if not VENDOR.is_dir():
        pytest.fail(f"dashboard assets missing at {VENDOR}: run `npm ci && python scripts/build_web.py`")
    from seismo.api import create_app
    from seismo.api.live import serve_in_thread
    from seismo.config import Settings
    from seismo.store import Store

    store = Store.open(samples_db(tmp_path_factory.mktemp("web") / "browser.db"))
    app = create_app(Settings(db_url=store.url, token=TOKEN), store=store, pipeline=pipeline)
    with serve_in_thread(app) as base:
        r = httpx.post(f"{base}/api/articles", json=HOSTILE, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
        assert r.status_code == 201, r.text
        yield {"base": base, "hostile": r.json()["articles"][0]["id"]}
    store.close()


@pytest.fixture(scope="module")
def browser(site: dict[str, str]) -> Iterator[Any]:
    from seismo.api.live import chromium

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with chromium() as b:
        yield b


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    p = context.new_page()
    p.seismo_errors = []  # type: ignore[attr-defined]
    p.seismo_dialogs = []  # type: ignore[attr-defined]
    p.on("pageerror", lambda exc: p.seismo_errors.append(str(exc)))
    p.on("dialog", lambda d: (p.seismo_dialogs.append(d.message), d.dismiss()))
    yield p
    context.close()


def painted_pixels(page: Any, selector: str) -> int:
    return int(page.evaluate(
        """sel => { const c = document.querySelector(sel); if (!c) return 0;
             const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
             for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }""",
        selector,
    ))


def test_overview_filter_chart_map_event_article(page: Any, site: dict[str, str]) -> None:
    base = site["base"]
    page.goto(base + "/")
    page.fill("#filters input[name=country]", "KAZ")
    page.select_option("#filters select[name=type]", "PROTEST")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/?*country=KAZ*")
    assert "type=PROTEST" in page.url
    page.wait_for_selector("#chart canvas")
    page.wait_for_selector("#map[data-ready='1']")
    assert painted_pixels(page, "#chart canvas") > 100, "the chart drew nothing"
    assert page.locator("#map path").count() > 100, "the countries layer is missing"
    assert page.locator("#map path.event-point").count() > 0, "no event points on the map"
    assert page.locator("#top-actors li a").count() > 0
    page.screenshot(path=str(ARTIFACTS / "overview-kaz-protest.png"), full_page=True)

    page.click("header nav a:text('Events')")
    page.wait_for_selector("#events-table")
    assert "country=KAZ" in page.url and "type=PROTEST" in page.url  # the filter travels with the view
    page.locator("#events-table a.event-link").first.click()
    page.wait_for_selector(".report")
    evidence_text = page.locator(".evidence-quote a").first.inner_text()
    marked = page.locator(".article-text [data-kinds~='evidence']")
    assert marked.count() > 0
    assert "".join(marked.all_inner_texts()).replace("\n", " ").strip() == evidence_text.replace("\n", " ").strip()
    assert page.locator(".article-text .hl-trigger").count() > 0
    page.screenshot(path=str(ARTIFACTS / "event.png"), full_page=True)
    event_url = page.url

    page.locator("a.story-link").first.click()  # the event's story: a timeline and a map
    page.wait_for_selector("#story-timeline")
    page.wait_for_selector("#map[data-ready='1']")
    assert page.locator("#story-timeline a.event-link").count() > 0
    assert page.locator("#map path.event-point").count() > 0, "the story's events are not on the map"
    page.screenshot(path=str(ARTIFACTS / "story.png"), full_page=True)
    page.goto(event_url)
    page.wait_for_selector(".report")

    page.locator("a.article-link").first.click()
    page.wait_for_selector("#article-text")
    for kind in ("place", "date", "trigger"):
        assert page.locator(f"#article-text .hl-{kind}").count() > 0, kind
    assert page.locator(".legend li").count() >= 5
    page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)
    assert page.seismo_errors == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("path", ["/articles/{id}", "/", "/events", "/articles", "/quotes", "/events?q=Aigerim"])
def test_hostile_article_runs_nothing(page: Any, site: dict[str, str], path: str) -> None:
    page.goto(site["base"] + path.format(id=site["hostile"]))
    page.wait_for_load_state("load")
    page.mouse.move(200, 300)
    for b in page.locator("b").all()[:5]:
        b.hover()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.seismo_dialogs == []  # type: ignore[attr-defined]
    assert page.locator("a[href^='javascript'], img[src='x'], [onerror], [onmouseover]").count() == 0
    if path.startswith("/articles/"):
        text = page.locator("#article-text").inner_text()
        assert "<script>" in text and "onerror=" in text  # shown as text, not run
        page.screenshot(path=str(ARTIFACTS / "hostile-article.png"), full_page=True)


def png_pixels(data: bytes) -> tuple[int, int, list[list[tuple[int, int, int]]]]:
    """Width, height and RGB rows of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium
    writes), decoded with zlib alone."""
    import struct
    import zlib

    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour, interlace)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[list[tuple[int, int, int]]] = []
    prev = bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = prev[i], prev[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append([tuple(line[x * channels:x * channels + 3]) for x in range(width)])  # type: ignore[misc]
        prev = line
    return width, height, rows


def test_world_map_draws_no_band_across_the_antimeridian(page: Any, site: dict[str, str]) -> None:
    page.goto(site["base"] + "/")
    page.wait_for_selector("#map[data-ready='1']")
    page.evaluate("""() => { const m = document.getElementById('map').seismoLayers.map;
                             m.setView([35, 0], 1, {animate: false}); }""")
    page.wait_for_timeout(400)
    # every drawn country shape: its longitudes span at most 180 degrees
    widest = page.evaluate("""() => {
        const layers = document.getElementById('map').seismoLayers.countries;
        let widest = 0;
        const walk = (x) => { if (Array.isArray(x) && x.length && x[0].lng !== undefined) {
                                 const lons = x.map(p => p.lng);
                                 widest = Math.max(widest, Math.max(...lons) - Math.min(...lons)); }
                               else if (Array.isArray(x)) { x.forEach(walk); } };
        layers.eachLayer(l => walk(l.getLatLngs()));
        return widest; }""")
    assert 100 < widest <= 180, widest
    # and in the picture: open sea at Russia's latitudes, far from any coast, is painted as sea
    # (a ring that jumps the antimeridian fills a band across the whole width there)
    seas = {"Norwegian Sea": (70, 0), "Greenland Sea": (68, -12), "Greenland Sea, east": (72, 5),
            "Beaufort Sea": (74, -150)}
    points = page.evaluate("""points => { const m = document.getElementById('map').seismoLayers.map;
        return points.map(([lat, lon]) => { const p = m.latLngToContainerPoint([lat, lon]); return [p.x, p.y]; }); }""",
                           [[0, -140], *seas.values()])
    shot = page.locator("#map").screenshot(type="png")
    (ARTIFACTS / "overview-world.png").write_bytes(shot)
    width, height, pixels = png_pixels(shot)
    scale = width / page.locator("#map").bounding_box()["width"]
    colour = [pixels[int(y * scale)][int(x * scale)] for x, y in points]
    ocean = colour[0]  # the equatorial Pacific
    for (name, _), seen in zip(seas.items(), colour[1:]):
        assert max(abs(a - b) for a, b in zip(seen, ocean)) <= 12, f"{name} is painted {seen}, the sea is {ocean}"
    assert page.seismo_errors == []  # type: ignore[attr-defined]


def test_chart_legend_names_only_the_types_drawn(page: Any, site: dict[str, str]) -> None:
    page.goto(site["base"] + "/?country=KAZ")
    page.wait_for_selector("#chart canvas")
    data = page.evaluate("() => JSON.parse(document.getElementById('chart-data').textContent)")
    present = {s["key"] for s in data["series"] if any(s["counts"])}
    legend = [t.strip() for t in page.locator("#chart .u-legend .u-series th").all_inner_texts()][1:]  # [0]: the day
    assert present and sorted(legend) == sorted(present), (legend, present)
    values = page.locator("#chart .u-legend .u-series td.u-value").all_inner_texts()[1:]
    totals = {s["key"]: sum(s["counts"]) for s in data["series"]}
    assert sorted(values) == sorted(f"{totals[k]} in all" for k in present), values  # no empty value
    assert page.seismo_errors == []  # type: ignore[attr-defined]


def test_downloads_follow_the_filter(page: Any, site: dict[str, str]) -> None:
    import csv
    import io
    import json

    page.goto(site["base"] + "/?country=KAZ&type=PROTEST")
    links = page.locator("#downloads a")
    assert links.all_inner_texts() == ["CSV", "ACLED", "PLOVER", "GeoJSON"]
    got: dict[str, str] = {}
    for i, name in enumerate(["CSV", "ACLED", "PLOVER", "GeoJSON"]):
        href = links.nth(i).get_attribute("href") or ""
        assert "country=KAZ" in href and "type=PROTEST" in href, href
        with page.expect_download() as info:
            links.nth(i).click()
        got[name] = Path(info.value.path()).read_text("utf-8")
    rows = list(csv.DictReader(io.StringIO(got["CSV"])))
    assert rows and all(r["iso3"] == "KAZ" for r in rows)
    acled = list(csv.DictReader(io.StringIO(got["ACLED"])))
    assert acled and list(acled[0])[:3] == ["event_id_cnty", "event_date", "year"]
    assert all(r["country"] == "Kazakhstan" and r["event_type"] in ("Protests", "Riots") for r in acled)
    plover = [json.loads(line) for line in got["PLOVER"].splitlines()]
    assert plover and all(r["event"] == ["PROTEST"] for r in plover)
    geo = json.loads(got["GeoJSON"])
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == len(rows)
    assert all(f["properties"]["location"]["country"] == "KAZ" for f in geo["features"] if f["properties"]["location"])
    assert page.seismo_errors == []  # type: ignore[attr-defined]
