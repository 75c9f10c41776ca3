"""Request ids on every log line of a request, one access line per request, and no question
or document text in the logs unless the operator turns the audit log on."""

from __future__ import annotations

import io
import json
import logging
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.core.management import call_command
from django.http import HttpRequest, HttpResponse
from django.test import Client, override_settings
from django.urls import path

from appliance import components, index
from appliance.telemetry import audit
from operations.middleware import JsonFormatter, RequestIdFilter
from tests.conftest import World
from tests.test_settings_modes import PRODUCTION_ENV, run_python

QUESTION = "極秘プロジェクト青嵐の予算はいくらですか"
SECRET = "青嵐"


class Collector(logging.Handler):
    """Like the configured console handler: every record passes the request-id filter."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.addFilter(RequestIdFilter())

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def records() -> Iterator[list[logging.LogRecord]]:
    handler = Collector()
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield handler.records
    root.removeHandler(handler)
    root.setLevel(level)


def access_lines(records: list[logging.LogRecord]) -> list[logging.LogRecord]:
    return [record for record in records if record.name == "appliance.access"]


def everything_logged(records: list[logging.LogRecord]) -> str:
    """Each record as the JSON formatter writes it: message, extras and traceback."""
    formatter = JsonFormatter()
    return "\n".join(formatter.format(record) for record in records)


def test_every_response_carries_a_new_request_id(db: None) -> None:
    first = Client().get("/healthz")["X-Request-ID"]
    second = Client().get("/healthz")["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", first)
    assert first != second


@pytest.mark.parametrize(
    "given, kept",
    [
        ("3f2c9a1e-proxy-id", True),
        ("ABC-123", True),
        ("with space", False),
        ("line\nbreak", False),
        ("under_score", False),
        ("x" * 65, False),
        ("", False),
    ],
)
def test_the_proxy_request_id_is_kept_only_when_it_is_short_and_plain(db: None, given: str, kept: bool) -> None:
    returned = Client().get("/healthz", HTTP_X_REQUEST_ID=given)["X-Request-ID"]
    assert (returned == given) is kept
    assert re.fullmatch(r"[A-Za-z0-9-]{1,64}", returned)


def test_every_log_record_of_a_request_carries_its_id(db: None, records: list[logging.LogRecord]) -> None:
    Client().get("/no/such/page/", HTTP_X_REQUEST_ID="req-1234")
    during = [record for record in records if record.name in ("appliance.access", "django.request")]
    assert {record.name for record in during} == {"appliance.access", "django.request"}  # "Not Found" too
    assert {record.request_id for record in during} == {"req-1234"}
    logging.getLogger("appliance.test").warning("after the request")
    assert records[-1].request_id == "-"


def test_the_access_line_has_method_route_status_duration_and_user_only(world: World, records: list[logging.LogRecord]) -> None:
    client = Client()
    client.force_login(world.alice)
    response = client.get(f"/o/org-a/chat/?q={QUESTION}&title=社外秘")
    assert response.status_code == 200
    (line,) = access_lines(records)
    assert line.http == {  # type: ignore[attr-defined]
        "method": "GET",
        "route": "webui:chat",
        "status": 200,
        "duration_ms": line.http["duration_ms"],  # type: ignore[attr-defined]
        "user_id": world.alice.pk,
    }
    assert line.http["duration_ms"] >= 0  # type: ignore[attr-defined]
    assert line.getMessage().startswith("GET webui:chat 200 ")
    assert line.request_id == response["X-Request-ID"]  # type: ignore[attr-defined]
    logged = everything_logged(records)
    assert SECRET not in logged and "社外秘" not in logged and "/o/org-a" not in logged


def test_an_anonymous_request_is_logged_without_a_user(db: None, records: list[logging.LogRecord]) -> None:
    Client().get("/login/")
    (line,) = access_lines(records)
    assert line.http["user_id"] is None  # type: ignore[attr-defined]
    assert line.getMessage().endswith("user=-")


def test_a_streamed_answer_is_logged_when_it_ends(world: World, records: list[logging.LogRecord]) -> None:
    components.vector_store().drop_collection(index.collection_name())
    client = Client()
    client.force_login(world.alice)
    response = client.post("/o/org-a/chat/ask/", {"question": QUESTION}, HTTP_X_REQUEST_ID="stream-42")
    assert response["X-Request-ID"] == "stream-42"
    assert access_lines(records) == []  # not yet: the answer is still being written
    body = b"".join(response.streaming_content).decode()
    assert "event: done" in body
    (line,) = access_lines(records)
    assert line.http["route"] == "webui:ask" and line.http["status"] == 200  # type: ignore[attr-defined]
    assert line.request_id == "stream-42"  # type: ignore[attr-defined]


def test_the_json_formatter_writes_one_object_per_line(db: None) -> None:
    try:
        raise ValueError("boom")
    except ValueError:
        record = logging.getLogger("appliance.test").makeRecord(
            "appliance.test", logging.ERROR, __file__, 1, "failed %s", ("once",), exc_info=sys.exc_info(), extra={"http": {"status": 500}}
        )
    RequestIdFilter().filter(record)
    line = JsonFormatter().format(record)
    assert "\n" not in line.split('"exception"')[0]
    entry = json.loads(line)
    assert entry["level"] == "ERROR" and entry["logger"] == "appliance.test"
    assert entry["message"] == "failed once"
    assert entry["request_id"] == "-"
    assert entry["http"] == {"status": 500}
    assert "ValueError: boom" in entry["exception"]


@pytest.mark.parametrize(
    "env, expected",
    [({}, "plain"), (PRODUCTION_ENV, "json"), ({"LOG_FORMAT": "json"}, "json"), ({**PRODUCTION_ENV, "LOG_FORMAT": "plain"}, "plain")],
)
def test_logs_are_json_in_production_and_plain_embedded(tmp_path: Path, env: dict[str, str], expected: str) -> None:
    code = "import django; from django.conf import settings; django.setup(); print(settings.LOGGING['handlers']['console']['formatter'])"
    result = run_python(code, env, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


def ask_everywhere(world: World) -> None:
    """The question through the search command and through the chat."""
    components.vector_store().drop_collection(index.collection_name())
    call_command("search", "--org", "org-a", "--user", "alice", QUESTION, stdout=io.StringIO())
    call_command("search", "--org", "org-a", QUESTION, "--json", stdout=io.StringIO())
    client = Client()
    client.force_login(world.alice)
    response = client.post("/o/org-a/chat/ask/", {"question": QUESTION})
    assert "event: done" in b"".join(response.streaming_content).decode()


def test_a_question_is_not_logged_by_default(world: World, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    ask_everywhere(world)
    assert caplog.records, "nothing was logged at all: the capture is not working"
    assert any(record.name == "appliance.access" for record in caplog.records)
    assert SECRET not in caplog.text
    assert SECRET not in everything_logged(caplog.records)


def test_the_audit_log_writes_only_when_turned_on(world: World, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="appliance.audit")
    audit("question", organization="org-a", question=QUESTION)
    assert caplog.records == []
    with override_settings(AUDIT_LOG=True):
        audit("question", organization="org-a", question=QUESTION)
    (record,) = caplog.records
    assert record.name == "appliance.audit"
    assert record.audit == {"event": "question", "organization": "org-a", "question": QUESTION}  # type: ignore[attr-defined]
    assert QUESTION in record.getMessage()


def auditing_view(request: HttpRequest) -> HttpResponse:
    audit("probe", note="inside the request")
    return HttpResponse("ok")


urlpatterns = [path("audited", auditing_view, name="audited")]


@pytest.mark.urls(__name__)
def test_an_audited_event_inside_a_request_names_the_user(world: World, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="appliance.audit")
    client = Client()
    client.force_login(world.adam)
    with override_settings(AUDIT_LOG=True):
        response = client.get("/audited")
    (record,) = [r for r in caplog.records if r.name == "appliance.audit"]
    assert record.audit == {"event": "probe", "user_id": world.adam.pk, "note": "inside the request"}  # type: ignore[attr-defined]
    assert record.request_id == response["X-Request-ID"]  # type: ignore[attr-defined]


def test_a_question_is_in_the_audit_log_when_turned_on(world: World, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    with override_settings(AUDIT_LOG=True):
        ask_everywhere(world)
    audited = [record for record in caplog.records if record.name == "appliance.audit"]
    assert len([record for record in audited if QUESTION in record.getMessage()]) >= 3
