"""The chunk index: which collection holds the points, created with the access fields indexed.

One collection per embedding model; its name records the model and its dimension, so a
change of embedder starts a new collection instead of mixing vectors. The payload fields to
index come from appliance.access.payload, their only owner.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings

from appliance import components
from appliance.access import payload


def collection_name() -> str:
    model = components.embedder()
    return f"chunks__{model.name}__{model.dimension}"


def collection() -> str:
    """The current collection's name, created first if it does not exist yet (a fresh
    install, or after `reindex` dropped it). The store remembers what it has ensured, so
    this costs nothing on every query after the first."""
    name = collection_name()
    components.vector_store().ensure_collection(
        name,
        components.embedder().dimension,
        keyword_fields=payload.KEYWORD_INDEXED_FIELDS,
        tenant_field=payload.TENANT_FIELD,
    )
    return name


def vector_store_health() -> dict[str, Any]:
    name = collection()
    return {"backend": settings.VECTOR_BACKEND, "collection": name, "points": components.vector_store().count(name)}
