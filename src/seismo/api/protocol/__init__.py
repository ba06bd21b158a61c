"""The HTTP conventions every ``/api/`` route follows, one module per convention.

    problems   errors as ``application/problem+json`` (RFC 9457), one status per kind of error
    paging     opaque cursors, ``next_cursor`` in the body and a ``Link: <...>; rel="next"`` header (RFC 8288)
    params     typed query parameters: dates, the vocabularies of :mod:`seismo.contract.vocab`, the event filter
    formats    events as CSV and as GeoJSON
    openapi    the OpenAPI document (problem media type, bearer scheme, Link headers) and ``/docs``
    limits     the per-token rate limit of writes and the time limit of one article's extraction
"""
