"""`manage.py serve`: the whole appliance in one process, for embedded mode.

An embedded vector store is locked by the one process that opens it, so the web server and
the Celery workers of embedded mode live in one process: the worker (thread pool) owns the
main thread, where Celery installs its signal handlers, and the WSGI server runs in a thread
beside it. The tasks are the very same code that production runs in separate `celery worker`
processes against a Qdrant server. The CPU LLM server, when configured, is a supervised child.

Each ingestion queue gets a pool of its own size (CELERY_PARSE_CONCURRENCY, _OCR_, _EMBED_),
as production's one worker per queue does: the main thread's worker takes the default queue,
and a worker per ingestion queue runs in a thread beside it. `--concurrency N` instead gives
one pool of N threads to every queue.
"""

from __future__ import annotations

import threading
from typing import Any

from celery import Celery
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from appliance.celery import app
from appliance.components.llm.server import EmbeddedLLMServer
from appliance.wsgi import application


def proxy_options() -> dict[str, Any]:
    """How waitress treats the headers of the TLS-terminating nginx on this host.

    Waitress drops every X-Forwarded-* header it does not trust. Behind nginx
    (APPLIANCE_HTTPS) that lost X-Forwarded-Proto, so Django saw plain HTTP and redirected
    every request to HTTPS, forever (found by the install drill); and it lost
    X-Forwarded-For, which /metrics needs to tell nginx's clients from the host itself.
    So: the scheme is taken from nginx (the only client of a loopback listener besides the
    host's own tools), and X-Forwarded-For is passed on untouched for Django to judge.
    """
    if not settings.HTTPS:
        return {}
    return {
        "trusted_proxy": "127.0.0.1",
        "trusted_proxy_headers": {"x-forwarded-proto"},
        "clear_untrusted_proxy_headers": False,
    }


def stage_worker_controllers(host: str) -> list[Any]:
    """A thread-pool worker per ingestion queue, sized by its setting. These run in threads:
    a WorkController installs no signal handlers (the main thread's Worker owns those, and
    stops them on its way out). Each has a Celery app of its own, because a worker chooses its
    queues on its app (`amqp.queues.select`): on one shared app the last worker's choice would
    be every worker's. The tasks are shared tasks, so every app has them."""
    sizes = {
        "parse": settings.CELERY_PARSE_CONCURRENCY,
        "ocr": settings.CELERY_OCR_CONCURRENCY,
        "embed": settings.CELERY_EMBED_CONCURRENCY,
    }
    return [
        stage_app().WorkController(
            pool_cls="threads",
            concurrency=sizes[queue],
            queues=[queue],
            hostname=f"{queue}@{host}",
            without_gossip=True,
            without_mingle=True,
            without_heartbeat=True,
            loglevel="INFO",
        )
        for queue in settings.INGESTION_QUEUES
    ]


def stage_app() -> Celery:
    stage = Celery(app.main, set_as_current=False)
    stage.config_from_object("django.conf:settings", namespace="CELERY")
    stage.autodiscover_tasks()
    return stage


class Command(BaseCommand):
    help = "Run the web server and the Celery workers in one process (embedded mode)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--threads", type=int, default=8, help="web request threads")
        parser.add_argument("--concurrency", type=int, default=None,
                            help="one pool of this many threads for every queue (default: a pool per ingestion queue)")
        parser.add_argument("--no-llm", action="store_true", help="do not start the embedded LLM server")

    def handle(self, *args: Any, host: str, port: int, threads: int, concurrency: int | None, no_llm: bool, **options: Any) -> None:
        from waitress import create_server


        # The port first: when it is taken there is nothing to start or stop, and one line says
        # so (not a traceback). channel_timeout bounds idle keep-alive connections; streamed
        # answers keep theirs busy.
        try:
            server = create_server(application, host=host, port=port, threads=threads, channel_timeout=300, **proxy_options())
        except OSError as error:
            raise CommandError(
                f"cannot listen on {host}:{port} ({error.strerror or error}): another program uses it; "
                f"stop it or choose another port (make run PORT=8010, or manage.py serve --port 8010)"
            ) from None

        llm_server = None
        if settings.LLM_EMBEDDED_SERVER and not no_llm:
            llm_server = EmbeddedLLMServer.from_settings()
            llm_server.start(log=self.stdout.write)
        web = threading.Thread(target=server.run, name="web", daemon=True)
        web.start()
        self.stdout.write(f"appliance listening on http://{host}:{port}/ ({settings.APPLIANCE_ENV} mode)")
        stage_workers = [] if concurrency is not None else stage_worker_controllers(host)
        try:
            for stage_worker in stage_workers:
                threading.Thread(target=stage_worker.start, name=f"worker-{stage_worker.hostname}", daemon=True).start()
            worker = app.Worker(
                pool="threads",
                concurrency=concurrency or settings.CELERY_WORKER_CONCURRENCY,
                # Only the default queue when the ingestion queues have their own workers.
                queues=None if concurrency is not None else ["celery"],
                loglevel="INFO",
                hostname=f"embedded@{host}",
                without_gossip=True,
                without_mingle=True,
                without_heartbeat=True,
            )
            worker.start()
        finally:
            for stage_worker in stage_workers:
                stage_worker.stop()
            server.close()
            if llm_server is not None:
                llm_server.stop()
