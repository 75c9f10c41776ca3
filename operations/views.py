from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from operations.health import health_report


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness plus a report of every dependency. 200 while the process can serve requests
    (its database answers); the other components may be degraded without killing it."""
    report = health_report()
    status = 200 if report["checks"]["database"]["ok"] else 503
    return JsonResponse(report, status=status)


@never_cache
@require_GET
def readyz(request: HttpRequest) -> JsonResponse:
    """Readiness for load balancers and monitors: 503 unless every dependency answers."""
    report = health_report()
    return JsonResponse(report, status=200 if report["status"] == "ok" else 503)
