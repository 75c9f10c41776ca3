"""Prometheus metrics, served at /metrics in the text format.

Two kinds:
- counted as they happen (HTTP requests, answer latency), in this process; under gunicorn
  with several workers set PROMETHEUS_MULTIPROC_DIR (an empty directory per start) so that
  every worker's counts are added up whichever worker answers the scrape;
- read at scrape time (documents by status, chunks, organizations, the Celery queue), from
  PostgreSQL and the broker, so they are the same whichever process answers.

No label ever names an organization, a user or a document: the metrics leave the appliance
for a monitoring system that is not tenant-aware, and per-tenant series would grow without
bound.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from prometheus_client import CONTENT_TYPE_PLAIN_0_0_4, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector

from appliance.celery import app
from appliance.telemetry import REGISTRY
from appliance.tenancy.models import Organization
from ingestion.models import Chunk, Document

logger = logging.getLogger(__name__)

# --- read at scrape time -----------------------------------------------------------------


def celery_queue_length(queue: str = "celery") -> int:
    """Messages waiting in one Celery queue (the default one unless named): LLEN on Redis, the message files of the
    embedded file-system broker."""

    options = getattr(settings, "CELERY_BROKER_TRANSPORT_OPTIONS", {}) or {}
    if str(settings.CELERY_BROKER_URL).startswith("filesystem://"):
        folder = Path(str(options.get("data_folder_in", ".")))
        # kombu names each message "<ms>_<uuid>.<queue>.msg"
        return sum(1 for entry in os.scandir(folder) if entry.is_file() and entry.name.partition(".")[2] == f"{queue}.msg")
    with app.connection_for_read() as connection:
        connection.ensure_connection(max_retries=1, timeout=2)
        if connection.transport.driver_type != "redis":
            raise NotImplementedError(f"queue length for the {connection.transport.driver_type} broker")
        return int(connection.default_channel.client.llen(queue))


class ApplianceStateCollector:
    """Gauges computed from PostgreSQL and the broker at each scrape. A source that does not
    answer is reported by appliance_metrics_source_up and leaves its gauges out, rather than
    failing the whole scrape."""

    def describe(self) -> Iterable[Metric]:
        return []  # nothing to check at registration; no database query at import time

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily("appliance_metrics_source_up", "1 when the source of these gauges answered the scrape.", labels=["source"])
        try:
            database_metrics = list(self._database())
        except Exception:
            logger.warning("metrics: the database did not answer", exc_info=True)
            database_metrics = []
            up.add_metric(["database"], 0)
        else:
            up.add_metric(["database"], 1)
        yield from database_metrics
        try:
            # The default queue and one per ingestion stage (settings.CELERY_TASK_QUEUES).
            lengths = {queue.name: celery_queue_length(queue.name) for queue in settings.CELERY_TASK_QUEUES}
        except Exception:
            logger.warning("metrics: the broker did not answer", exc_info=True)
            up.add_metric(["broker"], 0)
        else:
            up.add_metric(["broker"], 1)
            queue = GaugeMetricFamily("appliance_celery_queue_length", "Tasks waiting in each Celery queue.", labels=["queue"])
            for name, length in lengths.items():
                queue.add_metric([name], length)
            yield queue
        yield up

    @staticmethod
    def _database() -> Iterator[Metric]:
        from django.db.models import Count, Sum


        by_status = dict(Document.objects.order_by().values_list("status").annotate(count=Count("id")))
        documents = GaugeMetricFamily("appliance_documents", "Documents by ingestion status.", labels=["status"])
        for status in Document.Status.values:
            documents.add_metric([status], by_status.get(status, 0))
        yield documents
        searchable = Document.objects.filter(status=Document.Status.INDEXED).aggregate(total=Sum("chunk_count"))["total"]
        yield GaugeMetricFamily(
            "appliance_chunks_indexed", "Chunks of indexed documents (what the vector store should hold).", value=searchable or 0
        )
        yield GaugeMetricFamily(
            "appliance_chunks", "Chunk rows in the database, pending generations included.", value=Chunk.objects.count()
        )
        yield GaugeMetricFamily("appliance_organizations", "Organizations (tenants).", value=Organization.objects.count())


class _Sources:
    def __init__(self, *sources: Any) -> None:
        self._sources = sources

    def collect(self) -> Iterator[Metric]:
        for source in self._sources:
            yield from source.collect()


def render() -> bytes:
    directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    counted: Any = MultiProcessCollector(CollectorRegistry(), path=directory) if directory else REGISTRY
    return generate_latest(_Sources(counted, ApplianceStateCollector()))  # type: ignore[arg-type]


# --- who may read them ---------------------------------------------------------------------


def _address_allowed(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.strip().strip("[]"))
    except ValueError:
        return False
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return any(ip in network for network in settings.METRICS_ALLOWED_NETWORKS)


def metrics_allowed(request: HttpRequest) -> bool:
    """With METRICS_TOKEN set, the bearer token decides. Without it, every address the request
    came through must be in METRICS_ALLOWED_NETWORKS: the peer, and the client that a proxy on
    the host (nginx) reports. Behind nginx the peer is always 127.0.0.1, so the peer alone
    would let the whole network in; and a client's own X-Forwarded-For is only believed when
    it comes from an allowed peer, which nginx is and a stranger is not."""
    token = settings.METRICS_TOKEN
    if token:
        scheme, _, given = request.headers.get("Authorization", "").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())
    addresses = [request.META.get("REMOTE_ADDR", "")]
    forwarded = request.headers.get("X-Forwarded-For", "")
    if forwarded:
        # nginx appends the address it saw last; anything before it is the client's own say.
        addresses.append(forwarded.split(",")[-1])
    if request.headers.get("X-Real-IP"):
        addresses.append(request.headers["X-Real-IP"])
    return all(_address_allowed(address) for address in addresses)


@never_cache
@require_GET
def metrics_view(request: HttpRequest) -> HttpResponse:
    # A 404 rather than a 403: a scanner learns nothing about what is here.
    if not metrics_allowed(request):
        raise Http404
    # 0.0.4: the text format every Prometheus (2.x and 3.x) and agent reads; every name here
    # is a legacy one, so nothing is lost against 1.0.0.
    return HttpResponse(render(), content_type=CONTENT_TYPE_PLAIN_0_0_4)
