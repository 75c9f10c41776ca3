from __future__ import annotations

from django.test import Client

from tests.conftest import World


def test_healthz_reports_every_component_as_json(db: None) -> None:
    response = Client().get("/healthz")
    assert response.status_code == 200
    report = response.json()
    assert set(report["checks"]) == {"database", "broker", "vector_store", "llm"}
    assert report["checks"]["database"]["ok"] is True
    assert report["checks"]["database"]["engine"] == "postgresql"
    assert report["checks"]["broker"]["ok"] is True
    assert report["status"] in {"ok", "degraded"}
    assert all("ms" in check for check in report["checks"].values())


def test_healthz_needs_no_login_but_reveals_no_tenant_data(world: World) -> None:
    body = Client().get("/healthz").content.decode()
    assert "org-a" not in body and "alice" not in body


def test_readyz_is_unavailable_while_a_dependency_is_down(db: None, settings) -> None:
    from appliance import components

    settings.LLM_URLS = ["http://127.0.0.1:9/v1"]  # nothing listens on the discard port
    components.reset()
    try:
        response = Client().get("/readyz")
    finally:
        components.reset()
    assert response.status_code == 503
    assert response.json()["checks"]["llm"]["ok"] is False
