"""A user's round trip through nginx, as a browser makes it: HTTPS only, the site's own
certificate as the only trusted one, login with the CSRF token, one question, the answer
read as it streams.

Run inside the drill's host with the distribution's Python (standard library only):

    python3.11 https_check.py --url https://drill.example.internal --ca /etc/appliance/tls/appliance.crt \
        --org drill --user member --question 在宅勤務は週に何日までできますか？   (password on stdin)

Without --question it stops after the login (a host whose vector store is not there yet).
Prints one JSON object and exits 0 when every check passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import http.client
import http.cookiejar
import json
import re
import ssl
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable

SECURITY_HEADERS = ("Strict-Transport-Security", "X-Content-Type-Options", "Content-Security-Policy", "X-Request-ID")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--ca", required=True, help="the only certificate trusted: the site's own")
    parser.add_argument("--org", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--question", help="ask it and check the streamed, cited answer")
    parser.add_argument("--other-org", required=True, help="an organization the user is not a member of")
    args = parser.parse_args()
    password = sys.stdin.readline().rstrip("\n")
    base = args.url.rstrip("/")
    host = urllib.parse.urlsplit(base).hostname or ""

    context = ssl.create_default_context(cafile=args.ca)  # hostname checked against the SAN
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(
        urllib.request.HTTPSHandler(context=context), urllib.request.HTTPCookieProcessor(jar)
    )
    checks: dict[str, object] = {}
    failures: list[str] = []

    def check(name: str, ok: bool, value: object) -> None:
        checks[name] = value
        if not ok:
            failures.append(name)

    # Plain HTTP is only a redirect to HTTPS.
    plain = http.client.HTTPConnection(host, 80, timeout=10)
    plain.request("GET", "/login/")
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

    # Another organization's page is a 404, the same as one that does not exist; /metrics is
    # a 404 for a client that nginx reports (only the host itself and METRICS_TOKEN get in).
    for name, path in (
        ("other_org_404", f"/o/{args.other_org}/chat/"),
        ("missing_org_404", f"/o/no-such-organization-{int(time.time())}/chat/"),
        ("metrics_404_through_nginx", "/metrics"),
    ):
        try:
            with opener.open(f"{base}{path}", timeout=30) as response:
                check(name, False, response.status)
        except urllib.error.HTTPError as error:
            check(name, error.code == 404, error.code)

    print(json.dumps({"ok": not failures, "failed": failures, "checks": checks}, ensure_ascii=False))
    return 0 if not failures else 1


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
