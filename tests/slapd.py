"""A real OpenLDAP server (Debian's slapd) for the directory tests: started on a free
loopback port with a throwaway configuration and database, stopped after the test module.

The directory holds a Japanese-named organizational unit with Japanese-named groups, as a
Japanese company's Active Directory or OpenLDAP does:

    dc=example,dc=jp
      ou=people      uid=tanaka (田中 太郎), uid=suzuki (鈴木 花子), uid=sato (佐藤 次郎)
      ou=部署         cn=人事部 (tanaka, suzuki), cn=経理部 (suzuki), cn=管理者 (sato)
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import ldap3
import pytest

from tests.llm_server import free_port, wait_until_listening

SLAPD = shutil.which("slapd") or "/usr/sbin/slapd"
SUFFIX = "dc=example,dc=jp"
ADMIN_DN = f"cn=admin,{SUFFIX}"
ADMIN_PASSWORD = "slapd-test-admin"
PEOPLE = f"ou=people,{SUFFIX}"
GROUPS = f"ou=部署,{SUFFIX}"
PASSWORDS = {"tanaka": "田中のパスワード 2026", "suzuki": "鈴木のパスワード 2026", "sato": "佐藤のパスワード 2026"}
NAMES = {"tanaka": ("田中 太郎", "田中"), "suzuki": ("鈴木 花子", "鈴木"), "sato": ("佐藤 次郎", "佐藤")}
INITIAL_GROUPS = {"人事部": ["tanaka", "suzuki"], "経理部": ["suzuki"], "管理者": ["sato"]}

CONFIG = """
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/nis.schema
modulepath /usr/lib/ldap
moduleload back_mdb
pidfile {home}/slapd.pid
database mdb
maxsize 10485760
suffix "{suffix}"
rootdn "{admin}"
rootpw {password}
directory {home}/data
"""


def person_dn(uid: str) -> str:
    return f"uid={uid},{PEOPLE}"


def group_dn(cn: str) -> str:
    return f"cn={cn},{GROUPS}"


@dataclass
class Slapd:
    url: str
    home: Path

    def admin(self) -> ldap3.Connection:
        return ldap3.Connection(ldap3.Server(self.url), ADMIN_DN, ADMIN_PASSWORD, auto_bind=True, raise_exceptions=True)

    def rename_group(self, old: str, new: str) -> None:
        with self.admin() as connection:
            connection.modify_dn(group_dn(old), f"cn={new}")

    def delete_group(self, cn: str) -> None:
        with self.admin() as connection:
            connection.delete(group_dn(cn))

    def set_members(self, cn: str, uids: list[str]) -> None:
        with self.admin() as connection:
            connection.modify(group_dn(cn), {"member": [(ldap3.MODIFY_REPLACE, [person_dn(uid) for uid in uids])]})

    def settings(self) -> dict[str, str]:
        return {
            "LDAP_URL": self.url,
            "LDAP_BIND_DN": ADMIN_DN,
            "LDAP_BIND_PASSWORD": ADMIN_PASSWORD,
            "LDAP_USER_BASE": PEOPLE,
            "LDAP_GROUP_BASE": GROUPS,
        }


def _populate(server: Slapd) -> None:
    with server.admin() as connection:
        connection.add(SUFFIX, ["dcObject", "organization"], {"dc": "example", "o": "株式会社サンプル"})
        connection.add(PEOPLE, ["organizationalUnit"], {"ou": "people"})
        connection.add(GROUPS, ["organizationalUnit"], {"ou": "部署"})
        for uid, (cn, sn) in NAMES.items():
            connection.add(
                person_dn(uid),
                ["inetOrgPerson"],
                {"uid": uid, "cn": cn, "sn": sn, "mail": f"{uid}@example.jp", "userPassword": PASSWORDS[uid]},
            )
        for cn, uids in INITIAL_GROUPS.items():
            connection.add(group_dn(cn), ["groupOfNames"], {"cn": cn, "member": [person_dn(uid) for uid in uids]})


@pytest.fixture
def slapd() -> Iterator[Slapd]:
    if not Path(SLAPD).exists():
        pytest.fail("slapd is missing: deploy/system-packages.sh installs it (Debian package slapd)")
    home = Path(tempfile.mkdtemp(prefix="slapd-test-"))
    (home / "data").mkdir()
    (home / "slapd.conf").write_text(CONFIG.format(home=home, suffix=SUFFIX, admin=ADMIN_DN, password=ADMIN_PASSWORD), encoding="utf-8")
    port = free_port()
    url = f"ldap://127.0.0.1:{port}"
    # -d 0: stay in the foreground, so the process is ours to stop and leaves nothing behind.
    process = subprocess.Popen([SLAPD, "-f", str(home / "slapd.conf"), "-h", f"{url}/", "-d", "0"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        wait_until_listening(process, port, "slapd")
        server = Slapd(url=url, home=home)
        _populate(server)
        yield server
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(home, ignore_errors=True)
