"""The one module that decides, inside the retrieval query itself, which passages an actor
may see. Semantics: appliance/access/ACCESS.md. Nothing filters retrieval results afterwards.

The point payload's keys are named in appliance/access/payload.py, next to this filter that
reads them.
"""

from __future__ import annotations

from collections.abc import Iterable

from appliance.access.payload import DOCUMENT_ID, GROUP_IDS, ORGANIZATION_ID, ORGANIZATION_WIDE
from appliance.components.vectorstore import And, Filter, MatchAny, MatchValue
from appliance.tenancy.selectors import Actor


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
    organization = MatchValue(key=ORGANIZATION_ID, value=str(actor.organization_id))
    if actor.is_admin:
        return And([organization])
    grants = [ORGANIZATION_WIDE, *sorted(str(group_id) for group_id in actor.group_ids)]
    return And([organization, MatchAny(key=GROUP_IDS, values=grants)])


def document_filter(*, organization_id: int, document_id: str) -> Filter:
    """Every point of one document. The organization is part of it too, so a stray id from
    another tenant can never reach across the boundary."""
    return And(
        [
            MatchValue(key=ORGANIZATION_ID, value=str(organization_id)),
            MatchValue(key=DOCUMENT_ID, value=document_id),
        ]
    )


def organization_filter(*, organization_id: int) -> Filter:
    return And([MatchValue(key=ORGANIZATION_ID, value=str(organization_id))])
