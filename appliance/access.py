"""The one module that decides, inside the retrieval query itself, which passages an actor
may see. Semantics: appliance/ACCESS.md. Nothing filters retrieval results afterwards."""

from __future__ import annotations

from collections.abc import Iterable

from appliance.selectors import Actor
from appliance.vectorstore import And, Filter, MatchAny, MatchValue

# Stored in a point's group_ids when its document is visible to the whole organization, so
# one MatchAny over group_ids expresses "organization-wide OR shared with one of my groups".
ORGANIZATION_WIDE = "*"


def group_ids_payload(*, organization_wide: bool, group_ids: Iterable[int]) -> list[str]:
    """The group_ids payload of a document's points."""
    if organization_wide:
        return [ORGANIZATION_WIDE]
    ids = sorted({str(group_id) for group_id in group_ids})
    # A document restricted to no group at all is visible to the organization's admins only;
    # an empty list matches no member's grants, which is exactly that.
    return ids


def access_filter(actor: Actor) -> Filter:
    """The filter ANDed into every retrieval query for this actor."""
    organization = MatchValue(key="organization_id", value=str(actor.organization_id))
    if actor.is_admin:
        return And([organization])
    grants = [ORGANIZATION_WIDE, *sorted(str(group_id) for group_id in actor.group_ids)]
    return And([organization, MatchAny(key="group_ids", values=grants)])


def document_filter(*, organization_id: int, document_id: str) -> Filter:
    """Every point of one document. The organization is part of it too, so a stray id from
    another tenant can never reach across the boundary."""
    return And(
        [
            MatchValue(key="organization_id", value=str(organization_id)),
            MatchValue(key="document_id", value=document_id),
        ]
    )


def organization_filter(*, organization_id: int) -> Filter:
    return And([MatchValue(key="organization_id", value=str(organization_id))])
