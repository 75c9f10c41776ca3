"""The on-prem installation (deploy/): install.sh renders valid systemd units and a valid
nginx site into a throwaway root, does so idempotently, never regenerates a secret, and
every shell script passes shellcheck.

The system tools come from Debian packages: shellcheck, nginx-light (or nginx), systemd
(systemd-analyze) and openssl. A test whose tool is missing is skipped, naming the package.
No test needs the database.
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DEPLOY = REPO / "deploy"
INSTALL = DEPLOY / "install.sh"
SERVER_NAME = "appliance.test"
UNITS = (
    "appliance.target",
    "appliance-web.service",
    "appliance-worker.service",
    "appliance-worker-parse.service",
    "appliance-worker-ocr.service",
    "appliance-worker-embed.service",
    "appliance-llm.service",
    "appliance-llm-cpu.service",
    "appliance-qdrant.service",
    "appliance-embedded.service",
    "appliance-backup.service",
    "appliance-backup.timer",
)


def require_tool(name: str, package: str) -> str:
    path = shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package})")
    return path


def run_install(prefix: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        ["bash", str(INSTALL), "--prefix", str(prefix), "--server-name", SERVER_NAME, *arguments],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"install.sh failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    return result


def tree_digest(root: Path) -> dict[str, str]:
    """Every path under root with its mode and content (or link target)."""
    digest: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        relative = str(path.relative_to(root))
        if path.is_symlink():
            digest[relative] = f"link {os.readlink(path)}"
        elif path.is_file():
            content = hashlib.sha256(path.read_bytes()).hexdigest()
            digest[relative] = f"{path.stat().st_mode:o} {content}"
        else:
            digest[relative] = f"{path.stat().st_mode:o} dir"
    return digest


def read_env_file(path: Path) -> dict[str, str]:
    values = {}
    for line in path.read_text().splitlines():
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            values[key] = value
    return values


def shell_scripts() -> list[Path]:
    scripts = []
    for path in sorted(DEPLOY.rglob("*")):
        if not path.is_file() or "demo-documents" in path.parts:
            continue
        if path.suffix == ".sh":
            scripts.append(path)
            continue
        with path.open("rb") as handle:
            first_line = handle.readline()
        if first_line.startswith(b"#!") and re.search(rb"\b(ba)?sh\b", first_line):
            scripts.append(path)
    return scripts


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A production installation rendered into a throwaway root (no packages, no services)."""
    prefix = tmp_path_factory.mktemp("root")
    run_install(prefix)
    return prefix


def test_deploy_has_the_scripts_we_lint() -> None:
    names = {path.name for path in shell_scripts()}
    assert {"install.sh", "bundle.sh", "vllm.sh", "appliance-manage"} <= names


@pytest.mark.parametrize("script", shell_scripts(), ids=lambda path: str(path.relative_to(DEPLOY)))
def test_every_shell_script_parses(script: Path) -> None:
    result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("script", shell_scripts(), ids=lambda path: str(path.relative_to(DEPLOY)))
def test_every_shell_script_passes_shellcheck(script: Path) -> None:
    shellcheck = require_tool("shellcheck", "shellcheck")
    result = subprocess.run([shellcheck, "--shell=bash", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_install_renders_every_unit_without_placeholders(installed: Path) -> None:
    unit_dir = installed / "etc/systemd/system"
    assert sorted(path.name for path in unit_dir.iterdir()) == sorted(UNITS)
    rendered = [
        *(unit_dir / name for name in UNITS),
        installed / "etc/nginx/sites-available/appliance.conf",
        installed / "usr/local/bin/appliance-manage",
    ]
    for path in rendered:
        text = path.read_text()
        assert not re.search(r"@[A-Z_]+@", text), f"unrendered placeholder in {path}"
        if path.suffix != ".target":
            assert str(installed) in text, f"{path} does not use the installation's paths"


def test_rendered_units_pass_systemd_analyze_verify(installed: Path) -> None:
    systemd_analyze = require_tool("systemd-analyze", "systemd")
    unit_dir = installed / "etc/systemd/system"
    # Qdrant's binary comes from its own .deb, which no test host has: a stand-in executable
    # lets verify check the rest of the unit.
    qdrant = installed / "usr/bin/qdrant"
    qdrant.parent.mkdir(parents=True, exist_ok=True)
    qdrant.write_text("#!/bin/sh\nexit 0\n")
    qdrant.chmod(0o755)
    # Given as relative paths, verify loads the files themselves with the host's systemd
    # defaults; it reports unknown keys, bad values and missing executables. In a container
    # without systemd as PID 1 this still works (--root= does not: it lacks sysinit.target).
    result = subprocess.run(
        [systemd_analyze, "verify", "--man=no", *(f"./{name}" for name in UNITS)],
        cwd=unit_dir,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and not result.stdout.strip() and not result.stderr.strip(), (
        result.stdout + result.stderr
    )


def test_systemd_analyze_verify_catches_a_bad_unit(tmp_path: Path) -> None:
    """Guards the test above: verify must really complain here, or its silence means nothing."""
    systemd_analyze = require_tool("systemd-analyze", "systemd")
    (tmp_path / "broken.service").write_text("[Service]\nExecStart=/nonexistent/binary\nMemroyMax=1G\n")
    result = subprocess.run(
        [systemd_analyze, "verify", "--man=no", "./broken.service"], cwd=tmp_path, capture_output=True, text=True
    )
    output = result.stdout + result.stderr
    assert "MemroyMax" in output
    assert result.returncode != 0


def test_rendered_nginx_site_passes_nginx_t(installed: Path, tmp_path: Path) -> None:
    nginx = require_tool("nginx", "nginx-light")
    openssl = require_tool("openssl", "openssl")
    tls_dir = installed / "etc/appliance/tls"
    tls_dir.mkdir(exist_ok=True)
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", f"/CN={SERVER_NAME}",
         "-keyout", str(tls_dir / "appliance.key"), "-out", str(tls_dir / "appliance.crt")],
        check=True, capture_output=True,
    )  # fmt: skip
    site = installed / "etc/nginx/sites-available/appliance.conf"
    # A minimal main configuration under a private prefix: the system's nginx.conf, logs and
    # temp directories are never touched.
    (tmp_path / "logs").mkdir()
    temp_paths = "\n".join(
        f"    {kind}_temp_path {tmp_path / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    mime_types = "include /etc/nginx/mime.types;" if Path("/etc/nginx/mime.types").exists() else ""
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path / 'nginx.pid'};\n"
        f"error_log {tmp_path / 'logs/error.log'};\n"
        "events {}\n"
        "http {\n"
        f"    {mime_types}\n"
        f"    access_log {tmp_path / 'logs/access.log'};\n"
        f"{temp_paths}\n"
        f"    include {site};\n"
        "}\n"
    )
    result = subprocess.run(
        [nginx, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf"), "-e", str(tmp_path / "logs/error.log")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "[warn]" not in result.stderr, result.stderr


def test_running_install_twice_changes_nothing(installed: Path) -> None:
    before = tree_digest(installed)
    secrets_before = read_env_file(installed / "etc/appliance/appliance.env")
    second = run_install(installed)
    assert tree_digest(installed) == before
    assert read_env_file(installed / "etc/appliance/appliance.env") == secrets_before
    assert "wrote" not in second.stdout


def test_upgrade_replaces_the_code_but_keeps_every_secret(tmp_path: Path) -> None:
    run_install(tmp_path)
    configuration = {
        name: (tmp_path / "etc/appliance" / name).read_text() for name in ("appliance.env", "llm.env", "qdrant.env")
    }
    marker = tmp_path / "opt/appliance/app/stale-file-from-an-old-release"
    marker.write_text("")
    run_install(tmp_path, "--upgrade")
    assert not marker.exists()
    assert (tmp_path / "opt/appliance/app/manage.py").is_file()
    for name, text in configuration.items():
        assert (tmp_path / "etc/appliance" / name).read_text() == text


def test_dry_run_prints_the_plan_and_writes_nothing(tmp_path: Path) -> None:
    result = run_install(tmp_path, "--dry-run")
    assert list(tmp_path.iterdir()) == []
    for name in UNITS:
        assert f"etc/systemd/system/{name}" in result.stdout
    assert "appliance.env" in result.stdout


def test_configuration_files_are_not_world_readable(installed: Path) -> None:
    config = installed / "etc/appliance"
    assert (config / "appliance.env").stat().st_mode & 0o777 == 0o640
    assert (config / "llm.env").stat().st_mode & 0o777 == 0o600
    assert (config / "qdrant.env").stat().st_mode & 0o777 == 0o600
    assert config.stat().st_mode & 0o007 == 0


def test_services_share_one_key_per_secret(installed: Path) -> None:
    config = installed / "etc/appliance"
    appliance = read_env_file(config / "appliance.env")
    assert read_env_file(config / "llm.env")["LLM_API_KEY"] == appliance["LLM_API_KEY"]
    assert read_env_file(config / "qdrant.env")["QDRANT__SERVICE__API_KEY"] == appliance["QDRANT_API_KEY"]
    secrets = [appliance[key] for key in ("DJANGO_SECRET_KEY", "QDRANT_API_KEY", "LLM_API_KEY")]
    assert len(set(secrets)) == len(secrets)
    assert all(len(secret) >= 64 for secret in secrets)


def test_written_configuration_passes_the_production_deploy_checks(installed: Path) -> None:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "CELERY_", "QDRANT_", "VECTOR_", "LLM_", "APPLIANCE_"))
    }
    environment.update(read_env_file(installed / "etc/appliance/appliance.env"))
    environment["DJANGO_SETTINGS_MODULE"] = "appliance.settings"
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_nginx_body_limit_matches_upload_max_bytes(installed: Path) -> None:
    site = (DEPLOY / "nginx/appliance.conf").read_text()
    megabytes = int(re.search(r"client_max_body_size (\d+)m;", site).group(1))
    configured = int(read_env_file(installed / "etc/appliance/appliance.env")["UPLOAD_MAX_BYTES"])
    assert megabytes * 1024 * 1024 == configured == 100 * 1024 * 1024


def test_nginx_streams_chat_without_buffering() -> None:
    site = (DEPLOY / "nginx/appliance.conf").read_text()
    chat = re.search(r"location /chat/ \{(.*?)\}", site, re.DOTALL).group(1)
    assert "proxy_buffering off;" in chat
    assert "proxy_read_timeout 600s;" in chat
    assert "gzip off;" in chat
    assert "proxy_set_header X-Forwarded-Proto $scheme;" in site


def test_vllm_script_passes_the_single_gpu_flags_and_keeps_the_key_off_the_command_line(tmp_path: Path) -> None:
    environment = {
        "PATH": os.environ["PATH"],
        "LLM_SERVE_MODEL": str(tmp_path),
        "LLM_MODEL": "qwen2.5-7b-instruct",
        "LLM_API_KEY": "secret-key-value",
        "LLM_SERVE_LORA_MODULES": "acme=/models/lora/acme",
    }
    result = subprocess.run(
        ["bash", str(DEPLOY / "vllm.sh"), "--print"], env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    command = result.stdout
    for flag in (
        "--max-model-len 16384",
        "--gpu-memory-utilization 0.90",
        "--enable-prefix-caching",
        "--enable-lora",
        "--max-loras 4",
        "--max-lora-rank 16",
        "--lora-modules acme=/models/lora/acme",
        "--served-model-name qwen2.5-7b-instruct",
    ):
        assert flag in command
    assert "secret-key-value" not in command


def test_vllm_script_refuses_to_serve_without_a_key(tmp_path: Path) -> None:
    environment = {"PATH": os.environ["PATH"], "LLM_SERVE_MODEL": str(tmp_path), "LLM_MODEL": "m"}
    result = subprocess.run(
        ["bash", str(DEPLOY / "vllm.sh"), "--print"], env=environment, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "LLM_API_KEY" in result.stderr


def test_compose_pins_the_same_vllm_as_the_gpu_requirements() -> None:
    pinned = re.search(r"^vllm==(\S+)$", (DEPLOY / "requirements-gpu.txt").read_text(), re.MULTILINE).group(1)
    image = re.search(r"image: vllm/vllm-openai:v(\S+)", (DEPLOY / "compose.yaml").read_text()).group(1)
    assert image == pinned


@pytest.mark.skipif(Path("/usr/bin/qdrant").exists(), reason="this host has the Qdrant server installed")
def test_install_refuses_production_without_qdrant_and_says_why() -> None:
    require_tool("apt-get", "apt")
    result = subprocess.run(
        ["bash", str(INSTALL), "--dry-run", "--server-name", SERVER_NAME], capture_output=True, text=True
    )
    assert result.returncode == 3
    assert "CANNOT run in production mode" in result.stderr
    assert "--mode embedded" in result.stderr


def test_offline_install_refuses_a_bundle_that_does_not_match_its_manifest(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "wheels").mkdir(parents=True)
    wheel = bundle / "wheels/example-1.0-py3-none-any.whl"
    wheel.write_bytes(b"original bytes")
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    (bundle / "MANIFEST.sha256").write_text(f"{digest}  ./wheels/{wheel.name}\n")
    run_install(tmp_path / "good", "--offline", str(bundle), "--source", str(REPO))

    wheel.write_bytes(b"truncated")
    result = subprocess.run(
        ["bash", str(INSTALL), "--prefix", str(tmp_path / "bad"), "--offline", str(bundle), "--source", str(REPO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "does not match its manifest" in result.stderr
    assert not (tmp_path / "bad/etc").exists()


def test_offline_install_refuses_a_bundle_built_with_another_python_release(tmp_path: Path) -> None:
    """Found by the install drill: a bundle made with Python 3.11.7 lacked async-timeout,
    which redis needs on Debian 12's 3.11.2; install.sh must say so before pip fails."""
    bundle = tmp_path / "bundle"
    (bundle / "wheels").mkdir(parents=True)
    here = platform.python_version()
    (bundle / "BUNDLE-INFO").write_text(f"commit: 0\npython: {here}\n")
    run_install(tmp_path / "same", "--offline", str(bundle), "--source", str(REPO), "--python", sys.executable)

    (bundle / "BUNDLE-INFO").write_text("commit: 0\npython: 3.11.0\n")
    result = subprocess.run(
        ["bash", str(INSTALL), "--prefix", str(tmp_path / "other"), "--offline", str(bundle),
         "--source", str(REPO), "--python", sys.executable, "--server-name", SERVER_NAME],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert f"built with Python 3.11.0, this host has {here}" in result.stderr
    assert not (tmp_path / "other/opt/appliance/venv").exists()


def test_compose_file_is_consistent_yaml() -> None:
    """Parsed as YAML (no Docker engine here): every volume, dependency and service the
    appliance's environment names exists, and the appliance runs in production mode there."""
    import yaml

    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    services = compose["services"]
    declared_volumes = set(compose.get("volumes") or {})
    for name, service in services.items():
        for mount in service.get("volumes", []):
            source = mount.split(":", 1)[0]
            if not source.startswith((".", "/")):
                assert source in declared_volumes, f"{name} mounts undeclared volume {source}"
        depends = service.get("depends_on") or {}
        for dependency in depends if isinstance(depends, (list, dict)) else []:
            assert dependency in services, f"{name} depends on missing service {dependency}"
    for name in ("web", "worker", "migrate"):
        environment = services[name]["environment"]
        assert environment["APPLIANCE_ENV"] == "production"
        assert environment["VECTOR_BACKEND"] == "qdrant"
        for key, service in (("DATABASE_URL", "postgres"), ("CELERY_BROKER_URL", "redis"), ("QDRANT_URL", "qdrant"), ("LLM_URLS", "vllm")):
            assert f"@{service}:" in environment[key] or f"//{service}:" in environment[key], (name, key)
    assert services["worker"]["command"][:3] == ["celery", "-A", "appliance"]
