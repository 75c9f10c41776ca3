"""The point payload's keys: the only place that names them.

Every point in the vector store carries these fields. The access filter (``appliance.access``)
reads the first two; ingestion writes them all; retrieval reads the next three to find the
chunk rows a hit stands for; the store reads the last to rank ties.
"""

from __future__ import annotations

from appliance.components.vectorstore import TIE_BREAK_FIELD

ORGANIZATION_ID = "organization_id"
GROUP_IDS = "group_ids"
DOCUMENT_ID = "document_id"
GENERATION = "generation"
ORDER = "order"
# A hash of the text the point was embedded from: the store ranks equal scores by it, so a tie
# falls the same way on every ingest of the same documents (document ids are new each time).
TIE_BREAK = TIE_BREAK_FIELD

# Indexed as keywords, so a filtered query runs inside the engine. The organization is the
# tenant key: Qdrant co-locates each tenant's points and plans its filters per tenant.
KEYWORD_INDEXED_FIELDS: tuple[str, ...] = (ORGANIZATION_ID, GROUP_IDS, DOCUMENT_ID)
TENANT_FIELD = ORGANIZATION_ID

# Stored in GROUP_IDS when a document is visible to the whole organization, so one MatchAny
# over GROUP_IDS expresses "organization-wide OR shared with one of my groups".
ORGANIZATION_WIDE = "*"
