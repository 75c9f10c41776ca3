"""The embedded mode's web server (waitress, in `manage.py serve`) behind the host's nginx.

Found by the install drill: with APPLIANCE_HTTPS on, waitress dropped nginx's
X-Forwarded-Proto, Django saw plain HTTP and redirected every page to HTTPS in a loop; it also
dropped X-Forwarded-For, which let anyone read /metrics through nginx. These tests run the
real waitress server with the options `serve` gives it and the real Django application.
"""

from __future__ import annotations

import http.client
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.test import override_settings
from waitress import create_server

from appliance.management.commands.serve import proxy_options

pytestmark = pytest.mark.django_db(transaction=True)

HTTPS_SETTINGS = {
    "HTTPS": True,
    "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https"),
    "SECURE_SSL_REDIRECT": True,
    "SECURE_REDIRECT_EXEMPT": [r"^healthz$", r"^readyz$", r"^metrics$"],
    "SESSION_COOKIE_SECURE": True,
    "CSRF_COOKIE_SECURE": True,
    "METRICS_TOKEN": "",
}


@contextmanager
def waitress_serving() -> Iterator[int]:
    """The Django application in waitress on a free loopback port, as `serve` starts it."""
    server = create_server(WSGIHandler(), host="127.0.0.1", port=0, threads=2, **proxy_options())
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield server.effective_port
    finally:
        server.close()
        thread.join(timeout=10)


def get(port: int, path: str, headers: dict[str, str]) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path, headers={"Host": "localhost", **headers})
    response = connection.getresponse()
    response.read()
    connection.close()
    return response


def test_behind_nginx_a_page_is_served_over_https_without_a_redirect_loop() -> None:
    with override_settings(**HTTPS_SETTINGS), waitress_serving() as port:
        through_nginx = get(port, "/login/", {"X-Forwarded-Proto": "https", "X-Forwarded-For": "10.1.2.3"})
        assert through_nginx.status == 200
        assert "Secure" in (through_nginx.getheader("Set-Cookie") or "")
        # Plain HTTP (no proxy header) is still sent to HTTPS.
        plain = get(port, "/login/", {})
        assert plain.status == 301
        assert plain.getheader("Location") == "https://localhost/login/"


def test_behind_nginx_metrics_see_the_real_client_and_refuse_it() -> None:
    with override_settings(**HTTPS_SETTINGS), waitress_serving() as port:
        # A client elsewhere, as nginx reports it: refused (404), not let in as 127.0.0.1.
        assert get(port, "/metrics", {"X-Forwarded-Proto": "https", "X-Forwarded-For": "10.1.2.3"}).status == 404
        # A scraper on the host itself, straight to the server: allowed.
        assert get(port, "/metrics", {}).status == 200


def test_without_https_waitress_keeps_its_defaults() -> None:
    with override_settings(HTTPS=False):
        assert proxy_options() == {}
