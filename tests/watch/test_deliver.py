"""Webhooks (:mod:`seismo.watch.deliver`) against a receiver on a local HTTP server: signed
bodies, retries with backoff on a failing receiver, each alert delivered once across runs."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from seismo.cli import cli
from seismo.store.watch import watchlists as stored
from seismo.watch.deliver import SIGNATURE_HEADER, deliver, signature
from seismo.watch.series import WatchFilter
from seismo.watch.watchlists import add

from .conftest import DAY

SECRET = "a-shared-secret"


@dataclass
class Receiver:
    """What the receiver got, and the statuses it answers with (then 200 for ever)."""

    url: str = ""
    answers: list[int] = field(default_factory=list)
    received: list[dict[str, object]] = field(default_factory=list)
    refused: int = 0
    hits: int = 0


@pytest.fixture()
def receiver() -> Iterator[Receiver]:
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            body = self.rfile.read(int(self.headers["Content-Length"]))
            state.hits += 1
            expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
            if not hmac.compare_digest(expected, self.headers.get(SIGNATURE_HEADER, "")):
                state.refused += 1
                status = 401
            else:
                status = state.answers.pop(0) if state.answers else 200
                if status == 200:
                    state.received.append(json.loads(body))
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    yield state
    server.shutdown()
    server.server_close()
    thread.join()


def test_the_signature_is_hmac_sha256_of_the_body() -> None:
    body = b'{"id":"x"}'
    assert signature("k", body) == "sha256=" + hmac.new(b"k", body, hashlib.sha256).hexdigest()


def test_alerts_are_signed_delivered_and_never_sent_twice(unrest_store, receiver: Receiver) -> None:
    add(unrest_store, "nurses", WatchFilter(country="KEN", actor="MED"), webhook=receiver.url, secret=SECRET)
    add(unrest_store, "quiet", WatchFilter(q="fertiliser"))  # no webhook: nothing posted for it
    first = deliver(unrest_store, since=DAY, until=DAY, sleep=lambda s: None)
    assert receiver.refused == 0 and first.failed == []
    assert len(first.sent) == len(receiver.received) >= 1 and first.watchlists == 1
    body = receiver.received[0]
    assert body["watchlist"] == "nurses" and body["why"] and body["events"] and body["day"] == DAY.isoformat()
    assert {a["id"] for a in receiver.received} == {alert_id for _, alert_id in first.sent}
    again = deliver(unrest_store, since=DAY, until=DAY, sleep=lambda s: None)
    assert again.sent == [] and again.skipped == len(first.sent)
    assert len(receiver.received) == len(first.sent)  # nothing sent twice
    records = stored.deliveries(unrest_store.engine, "nurses")
    assert {r.status for r in records.values()} == {"delivered"} and all(r.attempts == 1 for r in records.values())


def test_a_failing_receiver_is_retried_with_backoff(unrest_store, receiver: Receiver) -> None:
    add(unrest_store, "nurses", WatchFilter(country="KEN", actor="MED", family="protest"), webhook=receiver.url,
        secret=SECRET)
    receiver.answers = [503, 500]  # the first alert needs a third try
    waits: list[float] = []
    report = deliver(unrest_store, since=DAY, until=DAY, backoff=0.5, sleep=waits.append)
    assert report.failed == [] and report.sent
    assert waits == [0.5, 1.0]  # doubled each time
    first = stored.deliveries(unrest_store.engine, "nurses")[report.sent[0][1]]
    assert first.status == "delivered" and first.attempts == 3 and first.http_status == 200


def test_a_receiver_that_keeps_failing_is_tried_again_next_run(unrest_store, receiver: Receiver) -> None:
    add(unrest_store, "nurses", WatchFilter(country="KEN", actor="MED", family="protest"), webhook=receiver.url,
        secret=SECRET)
    receiver.answers = [503] * 100
    failed = deliver(unrest_store, since=DAY, until=DAY, retries=2, sleep=lambda s: None)
    assert failed.sent == [] and failed.failed and "HTTP 503" in failed.failed[0][2]
    assert receiver.hits == 3 * len(failed.failed)
    record = stored.deliveries(unrest_store.engine, "nurses")[failed.failed[0][1]]
    assert record.status == "failed" and record.attempts == 3 and record.delivered_at is None
    receiver.answers = []
    later = deliver(unrest_store, since=DAY, until=DAY, sleep=lambda s: None)
    assert len(later.sent) == len(failed.failed) and later.failed == []
    assert stored.deliveries(unrest_store.engine, "nurses")[failed.failed[0][1]].attempts == 4


def test_a_refusal_is_not_retried(unrest_store, receiver: Receiver) -> None:
    add(unrest_store, "nurses", WatchFilter(country="KEN", actor="MED", family="protest"), webhook=receiver.url,
        secret="not-the-receivers-secret")
    report = deliver(unrest_store, since=DAY, until=DAY, sleep=lambda s: None)
    assert report.sent == [] and report.failed and receiver.refused == receiver.hits == len(report.failed)
    assert "HTTP 401" in report.failed[0][2]


def test_notify_through_the_cli(unrest_store, receiver: Receiver) -> None:
    add(unrest_store, "nurses", WatchFilter(country="KEN", actor="MED", family="protest"), webhook=receiver.url,
        secret=SECRET)
    runner = CliRunner()
    args = ["watch", "notify", "--db", str(unrest_store.url), "--since", DAY.isoformat()]
    done = runner.invoke(cli, args)
    assert done.exit_code == 0, done.output
    assert f"{len(receiver.received)} alert" in done.stdout and "delivered" in done.stdout
    rerun = runner.invoke(cli, args)
    assert rerun.exit_code == 0 and rerun.stdout.startswith("0 alerts delivered")
    receiver.answers = [503] * 100
    add(unrest_store, "again", WatchFilter(country="KEN", actor="MED", family="protest"), webhook=receiver.url,
        secret=SECRET)
    partial = runner.invoke(cli, [*args, "--retries", "0"])
    assert partial.exit_code == 1 and "not delivered: watchlist again" in partial.output
