"""Personal data masked in answers (appliance/text/pii.py), where the organization turns it on
(Organization.pii_mask_answers): the answer's text, its unsupported claims and the passages
shown under it. The model still reads the passages as indexed; what leaves is masked.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from appliance.tenancy.models import Organization
from appliance.tenancy.selectors import Actor
from appliance.text import pii

if TYPE_CHECKING:
    from rag.answering import Answer


def masks_answers(actor: Actor) -> bool:
    return Organization.objects.filter(pk=actor.organization_id, pii_mask_answers=True).exists()


def answer_masked(answer: Answer) -> Answer:
    """The same answer with personal data replaced by its kind's label, e.g. 「［電話番号］」."""
    return dataclasses.replace(
        answer,
        text=pii.mask(answer.text),
        citations=[
            dataclasses.replace(c, text=pii.mask(c.text), title=pii.mask(c.title), headings=[pii.mask(h) for h in c.headings])
            for c in answer.citations
        ],
        unsupported=[pii.mask(claim) for claim in answer.unsupported],
    )
