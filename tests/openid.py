"""A real OpenID provider for the SSO tests: panva's oidc-provider (npm), run by Node on a
free 127.0.0.1 port from tests/oidc_provider/provider.mjs. Its accounts live in a JSON file
that the test edits between logins, as a directory admin would."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.llm_server import free_port, wait_until_listening

HERE = Path(__file__).resolve().parent / "oidc_provider"
CLIENT_ID = "appliance"
CLIENT_SECRET = "appliance-test-client-secret"


@dataclass
class OpenIdProvider:
    issuer: str
    accounts_file: Path

    def set_account(self, account_id: str, **claims: Any) -> None:
        accounts = json.loads(self.accounts_file.read_text(encoding="utf-8")) if self.accounts_file.exists() else {}
        accounts[account_id] = claims
        self.accounts_file.write_text(json.dumps(accounts, ensure_ascii=False), encoding="utf-8")

    def settings(self) -> dict[str, Any]:
        return {
            "OIDC_ENABLED": True,
            "OIDC_RP_CLIENT_ID": CLIENT_ID,
            "OIDC_RP_CLIENT_SECRET": CLIENT_SECRET,
            "OIDC_OP_ISSUER": self.issuer,
            "OIDC_OP_AUTHORIZATION_ENDPOINT": f"{self.issuer}/auth",
            "OIDC_OP_TOKEN_ENDPOINT": f"{self.issuer}/token",
            "OIDC_OP_USER_ENDPOINT": f"{self.issuer}/me",
            "OIDC_OP_JWKS_ENDPOINT": f"{self.issuer}/jwks",
            "AUTHENTICATION_BACKENDS": [
                "appliance.identity.backends.LockoutBackend",
                "appliance.identity.backends.LocalBackend",
                "appliance.identity.oidc.OidcBackend",
            ],
        }


def _installed() -> None:
    if (HERE / "node_modules" / "oidc-provider").exists():
        return
    npm = shutil.which("npm")
    if npm is None:
        pytest.fail("npm is missing: the SSO tests run a real OpenID provider on Node (apt-get install nodejs npm)")
    subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=HERE, check=True, timeout=600)


def start_provider(redirect_uri: str) -> Iterator[OpenIdProvider]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is missing: the SSO tests run a real OpenID provider on Node (apt-get install nodejs)")
    _installed()
    home = Path(tempfile.mkdtemp(prefix="oidc-test-"))
    accounts = home / "accounts.json"
    accounts.write_text("{}", encoding="utf-8")
    port = free_port()
    process = subprocess.Popen(
        [node, str(HERE / "provider.mjs"), str(port), str(accounts), redirect_uri, CLIENT_ID, CLIENT_SECRET],
        cwd=HERE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until_listening(process, port, "the OpenID provider")
        yield OpenIdProvider(issuer=f"http://127.0.0.1:{port}", accounts_file=accounts)
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(home, ignore_errors=True)
