"""An Atom feed (RFC 4287) of alerts: what ``/alerts.atom?watch=NAME`` serves.

    xml = alerts_feed(alerts, watch="kaz-unrest", base_url="https://seismo.example")

The feed's id is ``urn:seismo:alerts:NAME`` (``urn:seismo:alerts`` for every alert); an entry's
id is ``urn:seismo:alert:ALERT_ID`` (the alert's own id, stable across runs), its title names
the day, place and kind, its summary is the alert's ``why``, its links go to the alerts page
(``alternate``) and to each event and article page that drove it (``related``), and its
``updated`` is the newest publication day of those articles (or the alert's day).
"""

from __future__ import annotations

import re

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from urllib.parse import quote, urlencode

from seismo.version import __version__
from seismo.watch.alerts import Alert

NS = "http://www.w3.org/2005/Atom"
MEDIA_TYPE = "application/atom+xml"


def _stamp(day: dt.date) -> str:
    return dt.datetime.combine(day, dt.time(), dt.timezone.utc).isoformat().replace("+00:00", "Z")


def updated(alert: Alert) -> dt.date:
    """When the alert last changed: the newest publication day of its articles, else its day."""
    days = [e.article.date for e in alert.events if e.article.date is not None]
    return max([alert.day, *days])


def title(alert: Alert) -> str:
    what = {"count": "events", "fatalities": "deaths", "novel": "first"}[alert.kind]
    family = alert.family.replace("_", " ")
    if alert.kind == "novel":
        return f"{alert.day}: first {family} in {alert.place}"
    return f"{alert.day}: {alert.observed} {family} {what} in {alert.place} (score {alert.score:.1f})"


#: characters XML 1.0 cannot hold (control characters other than tab, newline, return)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    node = ET.SubElement(parent, f"{{{NS}}}{tag}", {k: _NOT_XML.sub("", v) for k, v in attrs.items()})
    if text is not None:
        node.text = _NOT_XML.sub("", text)
    return node


def alerts_feed(alerts: Sequence[Alert], *, watch: str | None, base_url: str,
                generated: dt.datetime | None = None) -> bytes:
    """The Atom document of ``alerts`` (newest day first), links absolute under ``base_url``."""
    base = base_url.rstrip("/")
    query = "?" + urlencode({"watch": watch}) if watch else ""
    ET.register_namespace("", NS)
    feed = ET.Element(f"{{{NS}}}feed")
    _sub(feed, "id", "urn:seismo:alerts" + (":" + quote(watch, safe="") if watch else ""))
    _sub(feed, "title", f"seismo alerts: {watch}" if watch else "seismo alerts")
    ordered = sorted(alerts, key=lambda a: (a.day, a.score), reverse=True)
    newest = max((updated(a) for a in ordered), default=None)
    stamp = _stamp(newest) if newest else (generated or dt.datetime.now(dt.timezone.utc)).isoformat()
    _sub(feed, "updated", stamp)
    author = _sub(feed, "author")
    _sub(author, "name", "seismo")
    _sub(feed, "generator", "seismo", version=__version__)
    _sub(feed, "link", rel="self", type=MEDIA_TYPE, href=f"{base}/alerts.atom{query}")
    _sub(feed, "link", rel="alternate", type="text/html", href=f"{base}/alerts{query}")
    for a in ordered:
        entry = _sub(feed, "entry")
        _sub(entry, "id", f"urn:seismo:alert:{a.id}")
        _sub(entry, "title", title(a))
        _sub(entry, "updated", _stamp(updated(a)))
        _sub(entry, "published", _stamp(a.day))
        _sub(entry, "summary", a.why, type="text")
        _sub(entry, "category", term=a.kind, label=f"kind: {a.kind}")
        _sub(entry, "category", term=a.family, label=f"family: {a.family.replace('_', ' ')}")
        _sub(entry, "link", rel="alternate", type="text/html", href=f"{base}/alerts{query}#alert-{a.id}")
        for event_id in dict.fromkeys(e.event_id for e in a.events):
            _sub(entry, "link", rel="related", type="text/html", title="event",
                 href=f"{base}/events/{quote(event_id, safe='')}")
        for e in {e.article.id: e for e in a.events}.values():
            _sub(entry, "link", rel="related", type="text/html", title=e.article.headline or "article",
                 href=f"{base}/articles/{quote(e.article.id, safe='')}")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
