"""The one transient failure every component seam raises when its service is down or busy.

A task that meets a ``ComponentUnavailable`` retries later instead of failing the document
for good: the vector store, the embedding endpoint and the LLM all come back by themselves
(a restart, a full queue), while the document itself is fine.
"""

from __future__ import annotations


class ComponentUnavailable(Exception):
    """A component did not answer, or answered that it is busy; the same call may succeed later."""
