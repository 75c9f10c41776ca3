"""The one translator from the neutral ``Filter`` to a backend's native filter.

Both backends speak Qdrant's filter language through different Python classes, so the
translation is written once here and parametrized by a backend's constructors
(``FilterBuilders``). That keeps the access-critical rules in one place:

* an empty ``Or`` and an empty ``MatchAny`` match NOTHING. Qdrant reads ``should=[]`` as "no
  constraint"; translated naively, a user with no group grants would see every group's
  documents. The translator emits the backend's ``nothing`` filter instead;
* an empty ``And`` matches everything (``must=[]``), the logical identity;
* a ``MatchAny`` holds all strings or all integers, as Qdrant matches one kind per condition.

The native filter is passed INTO each query by the backends, never applied to results
afterwards, so a point of another organization can never take a slot in the top-k.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from appliance.components.vectorstore.contract import And, Filter, MatchAny, MatchValue, Or

Native = TypeVar("Native")


@dataclass(frozen=True)
class FilterBuilders(Generic[Native]):
    """A backend's native filter constructors; each returns a native filter."""

    # The payload field equals (or, for a list field, contains) the value.
    field_equals: Callable[[str, str | int | bool], Native]
    # The payload field equals (or contains) one of the values; never called with none.
    field_any: Callable[[str, list[str] | list[int]], Native]
    # All of the filters hold (an empty list: no constraint).
    must: Callable[[list[Native]], Native]
    # At least one of the filters holds; never called with an empty list.
    should: Callable[[list[Native]], Native]
    # A filter no point satisfies.
    nothing: Callable[[], Native]


def translate(flt: Filter, native: FilterBuilders[Native]) -> Native:
    """The backend filter equivalent to ``flt``."""
    match flt:
        case MatchValue(key=key, value=value):
            return native.field_equals(key, value)
        case MatchAny(key=key, values=values):
            if not values:
                return native.nothing()
            return native.field_any(key, homogeneous(values))
        case And(clauses=clauses):
            return native.must([translate(clause, native) for clause in clauses])
        case Or(clauses=clauses):
            if not clauses:
                return native.nothing()
            return native.should([translate(clause, native) for clause in clauses])
    raise TypeError(f"not a vector store filter: {flt!r}")


def homogeneous(values: tuple[str | int, ...]) -> list[str] | list[int]:
    """The values as one list of strings or of integers; a mix is refused."""
    if all(isinstance(value, str) for value in values):
        return [str(value) for value in values]
    if all(isinstance(value, int) and not isinstance(value, bool) for value in values):
        return [int(value) for value in values]
    raise TypeError(f"MatchAny values must be all strings or all integers: {values!r}")
