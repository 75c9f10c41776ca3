"""/metrics: Prometheus text for the monitoring network only, and no tenant in any label."""

from __future__ import annotations

import ipaddress
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client, override_settings
from prometheus_client.parser import text_string_to_metric_families

from appliance import telemetry
from appliance.celery import app as celery_app
from operations import metrics
from tests.conftest import World
from tests.ingest_helpers import ingest_bytes
from tests.test_settings_modes import PRODUCTION_ENV, run_python

ROOT = Path(__file__).resolve().parent.parent
# The only labels a metric may have: none of them can name an organization, user or document.
ALLOWED_LABELS = {"route", "method", "status", "outcome", "queue", "source", "le"}


def scrape(client: Client | None = None, **headers: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    response = (client or Client()).get("/metrics", **headers)
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith("text/plain; version=0.0.4")
    samples = {}
    for family in text_string_to_metric_families(response.content.decode()):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def value(samples: dict, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def test_loopback_gets_the_metrics_in_prometheus_text_format(db: None) -> None:
    samples = scrape()
    assert value(samples, "appliance_metrics_source_up", source="database") == 1
    assert value(samples, "appliance_metrics_source_up", source="broker") == 1
    assert ("appliance_documents", (("status", "indexed"),)) in samples


@pytest.mark.parametrize(
    "peer, forwarded",
    [
        ("203.0.113.5", None),  # straight from another network
        ("127.0.0.1", "203.0.113.5"),  # through nginx on the host, from another network
        ("203.0.113.5", "127.0.0.1"),  # a stranger claiming to be the host
        ("127.0.0.1", "127.0.0.1, 203.0.113.5"),  # a forged first hop; nginx appended the truth
    ],
)
def test_everyone_else_gets_a_404(db: None, peer: str, forwarded: str | None) -> None:
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    response = Client(REMOTE_ADDR=peer).get("/metrics", **headers)
    assert response.status_code == 404
    assert b"appliance_" not in response.content


def test_the_monitoring_network_can_be_allowed(db: None) -> None:
    allowed = [ipaddress.ip_network("127.0.0.1/32"), ipaddress.ip_network("10.20.0.0/16")]
    with override_settings(METRICS_ALLOWED_NETWORKS=allowed):
        assert Client(REMOTE_ADDR="10.20.3.4").get("/metrics").status_code == 200
        assert Client(REMOTE_ADDR="127.0.0.1").get("/metrics", HTTP_X_FORWARDED_FOR="10.20.3.4").status_code == 200
        assert Client(REMOTE_ADDR="10.21.0.1").get("/metrics").status_code == 404


@override_settings(METRICS_TOKEN="scrape-token-for-tests")
def test_with_a_token_set_only_the_bearer_of_it_gets_the_metrics(db: None) -> None:
    assert Client().get("/metrics").status_code == 404  # loopback is not enough any more
    assert Client().get("/metrics", HTTP_AUTHORIZATION="Bearer wrong").status_code == 404
    assert Client().get("/metrics", HTTP_AUTHORIZATION="Basic scrape-token-for-tests").status_code == 404
    outside = Client(REMOTE_ADDR="198.51.100.7")
    assert outside.get("/metrics", HTTP_AUTHORIZATION="Bearer scrape-token-for-tests").status_code == 200


def test_requests_are_counted_by_route_name_and_status(world: World, client_for) -> None:
    before = scrape()
    Client().get("/healthz")
    Client().get("/no/such/page/")
    client_for(world.alice).get("/o/org-a/chat/")
    client_for(world.alice).get("/o/org-b/chat/")  # another organization: a 404, counted by its route
    after = scrape()

    def delta(**labels: str) -> float:
        return value(after, "appliance_http_requests_total", **labels) - value(before, "appliance_http_requests_total", **labels)

    assert delta(route="healthz", method="GET", status="200") == 1
    assert delta(route="unresolved", method="GET", status="404") == 1
    assert delta(route="webui:chat", method="GET", status="200") == 1
    assert delta(route="webui:chat", method="GET", status="404") == 1
    assert value(after, "appliance_http_request_duration_seconds_count", route="healthz") >= 1


def test_documents_are_counted_by_status_without_naming_any_tenant(world: World) -> None:
    indexed = ingest_bytes(world.org_a, "notice.md", "# 通知\n\n来週の会議は第三会議室で行います。".encode())
    ingest_bytes(world.org_b, "empty.md", b"")  # refused: empty
    samples = scrape()
    assert value(samples, "appliance_documents", status="indexed") == 1
    assert value(samples, "appliance_documents", status="failed") == 1
    assert value(samples, "appliance_documents", status="queued") == 0
    assert value(samples, "appliance_chunks_indexed") == indexed.chunk_count > 0
    assert value(samples, "appliance_organizations") == 2
    labels = {label for _, pairs in samples for label, _ in pairs}
    assert labels <= ALLOWED_LABELS
    body = Client().get("/metrics").content.decode()
    for tenant_value in ("org-a", "org-b", "Org A", "notice", "alice"):
        assert tenant_value not in body


def test_the_queue_length_is_the_redis_list_of_the_queue(db: None) -> None:
    queue = "metrics-test-queue"
    with celery_app.connection_for_write() as connection:
        client = connection.default_channel.client
        client.delete(queue)
        client.lpush(queue, "one", "two", "three")
        try:
            assert metrics.celery_queue_length(queue) == 3
        finally:
            client.delete(queue)
    assert metrics.celery_queue_length(queue) == 0
    assert ("appliance_celery_queue_length", (("queue", "celery"),)) in scrape()


def test_the_queue_length_of_the_embedded_broker_counts_its_message_files(tmp_path: Path) -> None:
    for name in ("1700000000001_a1.celery.msg", "1700000000002_b2.celery.msg", "1700000000003_c3.other.msg"):
        (tmp_path / name).write_bytes(b"{}")
    with override_settings(CELERY_BROKER_URL="filesystem://", CELERY_BROKER_TRANSPORT_OPTIONS={"data_folder_in": str(tmp_path)}):
        assert metrics.celery_queue_length() == 2


def test_a_source_that_does_not_answer_is_reported_not_fatal(db: None, monkeypatch: pytest.MonkeyPatch) -> None:
    def down() -> None:
        raise ConnectionError("database is down")

    monkeypatch.setattr(metrics.ApplianceStateCollector, "_database", staticmethod(down))
    monkeypatch.setattr(metrics, "celery_queue_length", down)
    samples = scrape()
    assert value(samples, "appliance_metrics_source_up", source="database") == 0
    assert value(samples, "appliance_metrics_source_up", source="broker") == 0
    assert not any(name == "appliance_documents" for name, _ in samples)


def test_answers_are_timed_to_the_first_token_and_to_the_end(db: None) -> None:
    def count(name: str, outcome: str) -> float:
        return value(scrape(), name, outcome=outcome)

    first_before = count("appliance_answer_first_token_seconds_count", "answered")
    total_before = count("appliance_answer_duration_seconds_count", "answered")
    refused_before = count("appliance_answer_duration_seconds_count", "refused")
    telemetry.observe_answer(0.8, 4.2, False)
    telemetry.observe_answer(None, 30.0, False)  # the model failed before its first token
    telemetry.observe_answer(0.05, 0.05, True)
    assert count("appliance_answer_first_token_seconds_count", "answered") == first_before + 1
    assert count("appliance_answer_duration_seconds_count", "answered") == total_before + 2
    assert count("appliance_answer_duration_seconds_count", "refused") == refused_before + 1
    samples = scrape()
    assert value(samples, "appliance_answer_first_token_seconds_bucket", outcome="answered", le="1.0") >= 1


def test_gunicorn_workers_share_their_counts_through_the_multiprocess_directory(tmp_path: Path) -> None:
    setup = "import sys, django; django.setup()\nfrom appliance import telemetry\nfrom operations import metrics\n"
    count = setup + "telemetry.observe_request(route='healthz', method='GET', status=200, seconds=0.01)\n"
    render = setup + "sys.stdout.write(metrics.render().decode())\n"
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "tests.settings"}
    for _ in range(2):  # two worker processes, each counting one request
        subprocess.run([sys.executable, "-c", count], cwd=ROOT, env=env, check=True, timeout=120, capture_output=True)
    result = subprocess.run([sys.executable, "-c", render], cwd=ROOT, env=env, check=True, timeout=120, capture_output=True, text=True)
    assert 'appliance_http_requests_total{method="GET",route="healthz",status="200"} 2.0' in result.stdout


def test_metrics_are_exempt_from_the_https_redirect_and_networks_are_checked_at_start(tmp_path: Path) -> None:
    code = "import json, django; from django.conf import settings; django.setup(); print(json.dumps(settings.SECURE_REDIRECT_EXEMPT))"
    result = run_python(code, PRODUCTION_ENV, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "^metrics$" in json.loads(result.stdout)
    bad = run_python(code, {**PRODUCTION_ENV, "METRICS_ALLOWED_NETWORKS": "10.0.0.0/33"}, tmp_path)
    assert bad.returncode != 0
    assert "METRICS_ALLOWED_NETWORKS must be" in bad.stderr
