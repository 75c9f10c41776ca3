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
from tests.worker import celery_worker  # noqa: F401  (fixture)


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


def test_a_real_celery_workers_log_names_the_zone(celery_worker) -> None:  # noqa: F811
    from pathlib import Path

    from appliance.tasks import ping

    log = Path(settings.APPLIANCE_HOME) / "worker.log"
    start = log.stat().st_size
    result = ping.apply_async(expires=60)
    assert "pong" in result.get(timeout=30)
    celery_worker.terminate()
    celery_worker.wait(timeout=30)
    lines = log.read_bytes()[start:].decode(errors="replace").splitlines()
    done = [line for line in lines if f"Task appliance.ping[{result.id}] succeeded" in line]
    assert done and re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} JST INFO ", done[0]), lines[-20:]
