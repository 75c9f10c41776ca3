"""Times name their zone: the pages and the log (the web server's and the Celery workers', one
logging configuration) say JST, so nobody reads a Tokyo time as UTC or the other way round."""

from __future__ import annotations

import logging
import re

from django.conf import settings

from ingestion.models import Document
from ingestion.services import document_submit
from operations.middleware import PlainFormatter
from tests.conftest import World


def test_the_log_line_names_the_zone_of_its_time() -> None:
    assert settings.TIME_ZONE == "Asia/Tokyo"
    plain = settings.LOGGING["formatters"]["plain"]
    assert plain["()"] == "operations.middleware.PlainFormatter"
    formatter = PlainFormatter(plain["format"])
    record = logging.LogRecord("celery.app.trace", logging.INFO, __file__, 1, "Task succeeded", (), None)
    record.request_id = "-"
    line = formatter.format(record)
    assert re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} JST INFO celery\.app\.trace \[-\] Task succeeded$", line), line


def test_the_pages_name_the_zone_of_their_times(world: World, client_for) -> None:
    data = "# 就業規則\n\n本文".encode()
    document = document_submit(organization=world.org_a, uploaded_by=None, filename="就業規則.md", data=data, size=len(data), enqueue=False).document
    Document.objects.filter(pk=document.pk).update(status=Document.Status.INDEXED)
    for user, url in ((world.adam, "/o/org-a/manage/documents/"), (world.alice, "/o/org-a/library/")):
        body = client_for(user).get(url).content.decode()
        assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d JST", body), url
