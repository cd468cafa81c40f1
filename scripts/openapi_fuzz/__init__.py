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
    if not all(name in documented for name in query):
        return False
    # A "negative" empty list or object vanishes from the query string: the request is the one without it.
    return not any(isinstance(value, (list, dict)) and not value for value in query.values())


def _wire_valid(schema, text):
    """Whether a query value, as the text the server receives, satisfies its schema (as the sandbox parses it)."""
    if "enum" in schema:
        wire = {str(value).lower() if isinstance(value, bool) else str(value) for value in schema["enum"]}
        return text.lower() in wire if any(isinstance(value, bool) for value in schema["enum"]) else text in wire
    if schema.get("type") == "integer":
        if not re.fullmatch(r"[+-]?[0-9]+", text):
            return False
        number = int(text)
        return (-(2**63) <= number < 2**63 and number >= schema.get("minimum", number)
                and number <= schema.get("maximum", number))
    if "pattern" in schema:
        return re.search(schema["pattern"], text) is not None
    return schema.get("type") in (None, "string")


@schemathesis.hook
def filter_case(context, case):
    # A query is text: a "negative" value of another JSON type (the string "1" for an integer, [1] for 1) is, on the
    # wire, often a valid value. A case whose only negative part is its query is dropped when that query, as sent,
    # is valid; then the sandbox would be right to accept it.
    meta = case.meta
    if meta is None or context.operation is None:
        return True
    operation = context.operation
    present = {"query": operation.query, "path_parameters": operation.path_parameters, "headers": operation.headers,
               "cookies": operation.cookies, "body": operation.body}
    # Schemathesis marks every location negative, even one the operation does not have.
    negative = [name for name, parameters in present.items()
                if parameters and getattr(getattr(meta, name), "name", None) == "negative"]
    if negative != ["query"]:
        return True
    query = case.query or {}
    for parameter in context.operation.query:
        value = query.get(parameter.name)
        if isinstance(value, list):
            value = value[0] if value else None
        if value is None:
            if parameter.is_required:
                return True
            continue
        text = ("true" if value else "false") if isinstance(value, bool) else str(value)
        if not _wire_valid(parameter.definition.get("schema", {}), text):
            return True
    return False
