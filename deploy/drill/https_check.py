"""A user's round trip through nginx, as a browser on another machine makes it: HTTPS only,
the site's own certificate as the only trusted one, login with the CSRF token, one question,
the answer read as it streams; and what such a client must not reach.

Run from another machine (the drill runs it on the machine that hosts the drill host),
with any Python 3.11+ (standard library only); --connect gives the address to use for the
name where no DNS knows it:

    python3 https_check.py --url https://drill.example.internal --connect 10.231.0.2 \
        --ca appliance.crt --org drill --other-org drill-other --user member \
        --question 在宅勤務は週に何日までできますか？   (password on stdin)

Without --question it stops after the login (a host whose vector store is not there yet).
Prints one JSON object and exits 0 when every check passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import http.client
import functools
import http.cookiejar
import io
import json
import os
import re
import socket
import ssl
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable
from typing import Any

SECURITY_HEADERS = ("Strict-Transport-Security", "X-Content-Type-Options", "Content-Security-Policy", "X-Request-ID")


class PinnedHTTPSConnection(http.client.HTTPSConnection):
    """Connects to a given address; the certificate is still checked against the name."""

    def __init__(self, *args: Any, address: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.address = address

    def connect(self) -> None:
        sock = socket.create_connection((self.address, self.port or 443), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


class PinnedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, context: ssl.SSLContext, address: str) -> None:
        super().__init__(context=context)
        self.address = address

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection = functools.partial(PinnedHTTPSConnection, address=self.address)
        return self.do_open(connection, req, context=self._context)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--ca", required=True, help="the only certificate trusted: the site's own")
    parser.add_argument("--org", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--question", help="ask it and check the streamed, cited answer")
    parser.add_argument("--other-org", required=True, help="an organization the user is not a member of")
    parser.add_argument("--connect", metavar="ADDRESS", help="the server's address, where DNS does not know the name")
    parser.add_argument("--admin", help="an admin of --org (same password): uploads --upload through the browser's form")
    parser.add_argument("--upload", nargs="*", default=[], metavar="FILE", help="files that must be indexed")
    parser.add_argument("--upload-bad", nargs="*", default=[], metavar="FILE", help="files that must fail with a reason")
    args = parser.parse_args()
    password = sys.stdin.readline().rstrip("\n")
    base = args.url.rstrip("/")
    host = urllib.parse.urlsplit(base).hostname or ""

    context = ssl.create_default_context(cafile=args.ca)  # hostname checked against the SAN
    jar = http.cookiejar.CookieJar()
    address = args.connect or host
    opener = urllib.request.build_opener(PinnedHTTPSHandler(context, address), urllib.request.HTTPCookieProcessor(jar))
    checks: dict[str, object] = {}
    failures: list[str] = []

    def check(name: str, ok: bool, value: object) -> None:
        checks[name] = value
        if not ok:
            failures.append(name)

    # Plain HTTP is only a redirect to HTTPS.
    plain = http.client.HTTPConnection(address, 80, timeout=10)
    plain.request("GET", "/login/", headers={"Host": host})
    response = plain.getresponse()
    location = response.getheader("Location") or ""
    check("http_redirects_to_https", response.status in (301, 308) and location.startswith(f"https://{host}/"), f"{response.status} {location}")
    plain.close()

    with opener.open(f"{base}/login/", timeout=30) as response:
        page = response.read().decode()
        missing = [name for name in SECURITY_HEADERS if not response.headers.get(name)]
        check("security_headers", not missing, {"missing": missing})
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    check("login_form", token is not None, bool(token))
    if token is None:
        print(json.dumps({"ok": False, "failed": failures, "checks": checks}, ensure_ascii=False))
        return 1

    form = urllib.parse.urlencode({"csrfmiddlewaretoken": token.group(1), "username": args.user, "password": password}).encode()
    login = urllib.request.Request(f"{base}/login/", data=form, headers={"Referer": f"{base}/login/"})
    with opener.open(login, timeout=30) as response:
        landed = response.geturl()
    check("logged_in", "/login/" not in urllib.parse.urlsplit(landed).path, landed)
    # Sent only over HTTPS, never readable by scripts (the session) — what APPLIANCE_HTTPS is for.
    flags = {cookie.name: {"secure": cookie.secure, "httponly": cookie.has_nonstandard_attr("HttpOnly")} for cookie in jar}
    session, csrf_cookie = flags.get("sessionid"), flags.get("csrftoken")
    check(
        "cookies_secure",
        bool(session and csrf_cookie and session["secure"] and csrf_cookie["secure"] and session["httponly"]),
        flags,
    )

    if args.question:
        ask_and_check(opener, jar, base, args.org, args.question, check, checks)
    if args.admin:
        upload_and_check(context, address, base, args, password, check)

    # Another organization's page is a 404, the same as one that does not exist. From another
    # machine /metrics is a 404 too (only the host itself, or METRICS_TOKEN, gets in), and the
    # health probes, which name failing components, are refused by nginx.
    for name, path, expected in (
        ("other_org_404", f"/o/{args.other_org}/chat/", 404),
        ("missing_org_404", f"/o/no-such-organization-{int(time.time())}/chat/", 404),
        ("metrics_404", "/metrics", 404),
        ("readyz_403", "/readyz", 403),
    ):
        try:
            with opener.open(f"{base}{path}", timeout=30) as response:
                check(name, False, response.status)
        except urllib.error.HTTPError as error:
            check(name, error.code == expected, error.code)

    print(json.dumps({"ok": not failures, "failed": failures, "checks": checks}, ensure_ascii=False))
    return 0 if not failures else 1


def upload_and_check(
    context: ssl.SSLContext, address: str, base: str, args: argparse.Namespace, password: str,
    check: Callable[[str, bool, object], None],
) -> None:
    """An admin's upload through the browser's form: good and bad files in one batch, each
    with its outcome; and a body over nginx's limit refused before it reaches the appliance."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(PinnedHTTPSHandler(context, address), urllib.request.HTTPCookieProcessor(jar))
    with opener.open(f"{base}/login/", timeout=30) as response:
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.read().decode())
    form = urllib.parse.urlencode({"csrfmiddlewaretoken": token.group(1) if token else "", "username": args.admin, "password": password}).encode()
    opener.open(urllib.request.Request(f"{base}/login/", data=form, headers={"Referer": f"{base}/login/"}), timeout=30).close()
    csrf = next((cookie.value for cookie in jar if cookie.name == "csrftoken"), "")
    page = f"{base}/o/{args.org}/manage/upload/"

    def post(files: list[tuple[str, bytes]]) -> tuple[int | str, dict]:
        boundary = uuid.uuid4().hex
        body = io.BytesIO()
        body.write(f'--{boundary}\r\nContent-Disposition: form-data; name="visibility"\r\n\r\norganization\r\n'.encode())
        for name, data in files:
            body.write(f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
                       "Content-Type: application/octet-stream\r\n\r\n".encode())
            body.write(data + b"\r\n")
        body.write(f"--{boundary}--\r\n".encode())
        request = urllib.request.Request(page, data=body.getvalue(), headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}", "X-CSRFToken": csrf, "Referer": page})
        try:
            with opener.open(request, timeout=300) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, {}
        except OSError as error:  # the connection cut mid-body: a failed check, not a crash
            return f"{type(error).__name__}: {error}", {}

    good = [(os.path.basename(path), open(path, "rb").read()) for path in args.upload]
    bad = [(os.path.basename(path), open(path, "rb").read()) for path in args.upload_bad]
    check("upload_files_given", bool(good) and bool(bad), {"good": len(good), "bad": len(bad)})
    status, started = post(good + bad)
    check("upload_accepted", status == 200 and started.get("ok") is True, status)
    progress: dict = {}
    deadline = time.monotonic() + 600
    while started.get("progress_url") and time.monotonic() < deadline:
        with opener.open(f"{base}{started['progress_url']}", timeout=30) as response:
            progress = json.loads(response.read())
        if progress["total"] and progress["done"] == progress["total"]:
            break
        time.sleep(2)
    outcome = {row["filename"]: (row["status"], row["error"]) for row in progress.get("documents", [])}
    check("uploaded_files_indexed", all(outcome.get(name, ("missing",))[0] == "indexed" for name, _ in good), outcome)
    check(
        "bad_files_failed_with_reasons",
        all(outcome.get(name, ("missing", None))[0] == "failed" and outcome[name][1] for name, _ in bad),
        {name: outcome.get(name) for name, _ in bad},
    )
    # nginx's client_max_body_size (100m) answers 413 itself, before Django reads a byte.
    status, _ = post([("huge.pdf", b"%PDF-1.7\n" + b"0" * (101 * 1024 * 1024))])
    check("oversize_upload_413", status == 413, status)


def ask_and_check(
    opener: urllib.request.OpenerDirector,
    jar: http.cookiejar.CookieJar,
    base: str,
    org: str,
    question_text: str,
    check: Callable[[str, bool, object], None],
    checks: dict[str, object],
) -> None:
    csrf = next((cookie.value for cookie in jar if cookie.name == "csrftoken"), "")
    question = urllib.parse.urlencode({"question": question_text}).encode()
    ask = urllib.request.Request(
        f"{base}/o/{org}/chat/ask/",
        data=question,
        headers={"Referer": f"{base}/o/{org}/chat/", "X-CSRFToken": csrf, "Accept": "text/event-stream"},
    )
    started = time.monotonic()
    first_delta = None
    events: list[tuple[str, dict]] = []
    with opener.open(ask, timeout=600) as response:
        check("stream_content_type", response.headers.get_content_type() == "text/event-stream", response.headers.get("Content-Type"))
        kind = "message"
        # Read as it arrives: nginx must pass each event on, not the whole answer at the end.
        for raw in response:
            line = raw.decode().rstrip("\n")
            if line.startswith("event: "):
                kind = line[len("event: "):]
            elif line.startswith("data: "):
                data = json.loads(line[len("data: "):])
                events.append((kind, data))
                if kind == "delta" and first_delta is None:
                    first_delta = time.monotonic() - started
    total = time.monotonic() - started
    deltas = [data for kind, data in events if kind == "delta"]
    done = next((data for kind, data in events if kind == "done"), None)
    answer = "".join(str(data.get("text", "")) for data in deltas)
    check("answer_streamed", bool(deltas) and done is not None, {"delta_events": len(deltas), "done": done is not None})
    # Several events, the first well before the end: delivered as generated, not buffered.
    streamed = first_delta is not None and len(deltas) >= 2 and first_delta < total - 0.2
    check("not_buffered", streamed, {"first_delta_s": round(first_delta or 0, 2), "total_s": round(total, 2)})
    citations = (done or {}).get("citations") or []
    check("cited", bool(citations) and not (done or {}).get("refused"), [c.get("title") for c in citations if isinstance(c, dict)])
    checks["answer"] = answer[:200]


if __name__ == "__main__":
    sys.exit(main())
