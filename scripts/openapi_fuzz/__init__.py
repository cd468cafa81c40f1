"""Schemathesis hooks for scripts/openapi-fuzz.sh (loaded with SCHEMATHESIS_HOOKS=openapi_fuzz).

Each filter drops only generated cases whose invalidity cannot reach the server as HTTP, so that every remaining
negative case is one the sandbox can and must refuse.
"""
import re

import schemathesis

# Control characters other than tab are not allowed in an HTTP header value (RFC 9110 5.5). Schemathesis 3.x sends
# them anyway; the sandbox's HTTP parser (Hummingbird/NIO) refuses such a request before any route with a bare 400
# and no body, which is HTTP, not the API.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


@schemathesis.hook
def filter_headers(context, headers):
    # A header carries text only: a "negative" non-string value (0, null, a list) arrives as some string, often an
    # empty one, or as nothing, which is not invalid on the wire. No header of the API is refused for being empty.
    return not headers or all(isinstance(value, str) and value and not _CONTROL.search(value) for value in headers.values())


@schemathesis.hook
def filter_query(context, query):
    # Unknown query parameters are ignored, as Laravel ignores them; schemathesis counts one as negative data.
    if not query or context.operation is None:
        return True
    documented = {parameter.name for parameter in context.operation.query}
    return all(name in documented for name in query)
