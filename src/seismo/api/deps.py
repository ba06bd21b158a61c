"""What the API's routes share: the app's store (``StoreDep``), its services, the token rule of
the write endpoint (compared in constant time) and its per-token rate limit.

The read dependencies are ``async def``: they only look up ``app.state``, and FastAPI runs a
plain ``def`` dependency in a worker thread, a thread hop per dependency and request."""

from __future__ import annotations

import hmac
import math
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, HTTPException, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from seismo.api.protocol.limits import RateLimiter
from seismo.config import Settings
from seismo.store import Store
from seismo.web.deps import get_store

if TYPE_CHECKING:  # pragma: no cover
    from seismo.pipeline import Pipeline


@dataclass
class Services:
    """The settings and (built on first ingest) the pipeline of one app; its store is ``app.state.store``."""

    settings: Settings
    pipeline: "Pipeline | None" = None
    lock: threading.Lock = field(default_factory=threading.Lock)
    limiter: RateLimiter = field(init=False)

    def __post_init__(self) -> None:
        self.limiter = RateLimiter(self.settings.ingest_per_minute)

    def get_pipeline(self) -> "Pipeline":
        with self.lock:
            if self.pipeline is None:
                from seismo.pipeline import Pipeline

                self.pipeline = Pipeline(settings=self.settings)
            return self.pipeline


async def store_dep(request: Request) -> Store:
    """The app's store (:func:`seismo.web.deps.get_store`), without a thread hop."""
    return get_store(request)


StoreDep = Annotated[Store, Depends(store_dep)]


def services(request: Request) -> Services:
    return request.app.state.services  # type: ignore[no-any-return]


#: the write endpoint's credentials, declared in the OpenAPI document as the ``bearerAuth`` scheme;
#: require_token checks them (auto_error off: its own 401 and 403 name the fix)
bearer = HTTPBearer(scheme_name="bearerAuth", auto_error=False,
                    description="The token the server was started with (SEISMO_TOKEN, seismo serve --token)")


def require_token(request: Request,
                  credentials: HTTPAuthorizationCredentials | None = Security(bearer)) -> None:
    """The write rule: no token configured → 403; a missing or wrong bearer token → 401."""
    token = services(request).settings.token
    if not token:
        raise HTTPException(
            403,
            "the write endpoint is off: no token is configured; start the server with SEISMO_TOKEN set "
            "(or Settings(token=...)) and send it as 'Authorization: Bearer <token>'",
        )
    given = credentials.credentials.strip() if credentials is not None else ""
    if not given:
        raise HTTPException(401, "missing bearer token; send 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8")):
        raise HTTPException(401, "wrong bearer token; send the token the server was started with",
                            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})


def rate_limit(request: Request, credentials: HTTPAuthorizationCredentials | None = Security(bearer)) -> None:
    """The write endpoint's allowance per token (``Settings.ingest_per_minute``): over it, 429
    with ``Retry-After`` (whole seconds).  Runs after :func:`require_token`, so the key is a valid token."""
    given = credentials.credentials.strip() if credentials is not None else ""
    limiter = services(request).limiter
    wait = limiter.take(given)
    if wait > 0:
        seconds = max(1, math.ceil(wait))
        raise HTTPException(429, f"too many ingest requests with this token: {limiter.capacity:g} a minute are "
                                 f"allowed; retry in {seconds} s (Settings.ingest_per_minute, "
                                 "SEISMO_INGEST_PER_MINUTE)", headers={"Retry-After": str(seconds)})
