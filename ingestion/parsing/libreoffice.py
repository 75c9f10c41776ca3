"""Legacy Office (.doc, .xls, .ppt), RTF and OpenDocument (.odt, .ods, .odp) through LibreOffice.

LibreOffice converts each file headless into its OOXML sibling (docx, xlsx, pptx), which
office.py then reads as it reads any upload: headings, tables as "header: value" rows, sheet
names, slide numbers and speaker notes. Measured on Japanese samples (the README lists the
alternatives and the numbers): about 1-2 s a file, Japanese text correct, including Shift_JIS
RTF as Japanese Word writes it, which pandoc-based readers garble.

The converter is a separate native program, so the parse child's Python network guard does not
reach it. It runs instead:
- in new user, network and PID namespaces (`unshare`): no network interface but a loopback that
  is down, so a document's linked images or external data cannot call out; `--kill-child`
  kills the whole namespace when `unshare` dies, so the parse sandbox's SIGKILL of its process
  group (or the timeout here) leaves no soffice.bin behind;
- under the parse child's memory limit (inherited);
- with a private profile and working folder in a temporary directory removed afterwards;
- with the input filter named, so a damaged .doc is refused instead of opened as plain text.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import logging
import os
import shutil
import subprocess
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from ingestion.parsing.document import (
    DENY_NETWORK_ENVIRONMENT_VARIABLE,
    DOC,
    ODP,
    ODS,
    ODT,
    PPT,
    RTF,
    XLS,
    DocumentRejected,
    ParsedDocument,
    rejection_reason,
)
from ingestion.parsing.excel import parse_xlsx
from ingestion.parsing.office import check_zip_container, parse_docx, parse_pptx

logger = logging.getLogger(__name__)

__all__ = ["CONVERTED_TYPES", "LIBREOFFICE_TIMEOUT_SECONDS", "isolation_prefix", "parse_with_libreoffice"]

# Well inside the parse timeout (PARSE_TIMEOUT_SECONDS, 300 s by default) so that a stuck
# conversion is reported as such rather than as a parse timeout.
LIBREOFFICE_TIMEOUT_SECONDS = 120.0

# (suffix of the file handed to LibreOffice, its import filter, the OOXML it becomes)
_CONVERSIONS: dict[str, tuple[str, str, str]] = {
    DOC: ("doc", "MS Word 97", "docx"),
    RTF: ("rtf", "Rich Text Format", "docx"),
    ODT: ("odt", "writer8", "docx"),
    XLS: ("xls", "MS Excel 97", "xlsx"),
    ODS: ("ods", "calc8", "xlsx"),
    PPT: ("ppt", "MS PowerPoint 97", "pptx"),
    ODP: ("odp", "impress8", "pptx"),
}
CONVERTED_TYPES = frozenset(_CONVERSIONS)
_PARSERS: dict[str, Callable[[bytes], ParsedDocument]] = {"docx": parse_docx, "xlsx": parse_xlsx, "pptx": parse_pptx}
_UNSHARE = ["unshare", "--map-root-user", "--net", "--pid", "--fork", "--kill-child"]


@functools.cache
def isolation_prefix() -> tuple[str, ...]:
    """The command prefix that runs a program without network, or () where none can be made.

    Namespaces need either root or unprivileged user namespaces (Debian's default). Without
    them the conversion still runs, with a warning, unless the network must be cut
    (APPLIANCE_DENY_NETWORK=1, as tests set it), where it is refused.
    """
    if shutil.which("unshare"):
        try:
            probe = subprocess.run([*_UNSHARE, "true"], capture_output=True, timeout=10, check=False)
            if probe.returncode == 0:
                return tuple(_UNSHARE)
            logger.warning("cannot create namespaces for LibreOffice: %s", probe.stderr.decode("utf-8", "replace").strip())
        except (OSError, subprocess.TimeoutExpired) as error:
            logger.warning("cannot create namespaces for LibreOffice: %s", error)
    return ()


def _wait_until_gone(folder: str, timeout_s: float = 10.0) -> None:
    """Wait for the processes started in `folder` to exit, so that removing it finds no one
    still writing there (the kernel tears a killed namespace down asynchronously)."""
    deadline = time.monotonic() + timeout_s
    marker = folder.encode()
    while time.monotonic() < deadline:
        alive = False
        for entry in Path("/proc").iterdir():
            try:
                alive = marker in (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if alive:
                break
        if not alive:
            return
        time.sleep(0.05)
    logger.warning("LibreOffice processes in %s still running after the kill", folder)


def _encrypted(data: bytes, mime_type: str) -> bool:
    """A password-protected file: LibreOffice would stop at a password prompt nobody answers."""
    if mime_type in (ODT, ODS, ODP):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in archive.namelist() else b""
        except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, EOFError, NotImplementedError):
            return False  # damaged: LibreOffice refuses it with its own reason
        return b"encryption-data" in manifest
    import msoffcrypto

    try:
        return bool(msoffcrypto.OfficeFile(io.BytesIO(data)).is_encrypted())
    except Exception:  # msoffcrypto raises its own errors, struct.error... on damaged files
        return False


def _convert(data: bytes, mime_type: str, timeout_s: float) -> tuple[bytes, str]:
    suffix, import_filter, target = _CONVERSIONS[mime_type]
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise DocumentRejected(rejection_reason(
            "この形式の変換に必要なLibreOfficeがインストールされていません",
            "LibreOffice (soffice) is not installed; see deploy/system-packages.sh",
        ))
    prefix = isolation_prefix()
    if not prefix and os.environ.get(DENY_NETWORK_ENVIRONMENT_VARIABLE) == "1":
        raise DocumentRejected(rejection_reason(
            "ネットワークを遮断して変換できません", "cannot cut LibreOffice off the network (unshare failed)"
        ))
    with tempfile.TemporaryDirectory(prefix="appliance-soffice-", ignore_cleanup_errors=True) as folder:
        source = Path(folder) / f"document.{suffix}"
        source.write_bytes(data)
        output = Path(folder) / "out"
        command = [
            *prefix, soffice, f"-env:UserInstallation={(Path(folder) / 'profile').as_uri()}",
            "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
            f"--infilter={import_filter}", "--convert-to", target, "--outdir", str(output), str(source),
        ]
        environment = {**os.environ, "HOME": folder, "TMPDIR": folder, "SAL_USE_VCLPLUGIN": "svp"}
        # Same process group as the parse child: the sandbox's kill on its own timeout reaches
        # unshare, and --kill-child takes LibreOffice down with it.
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, env=environment, cwd=folder)
        try:
            _stdout, stderr = process.communicate(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            process.kill()  # unshare; --kill-child takes the namespace, LibreOffice and all, with it
            process.communicate()
            _wait_until_gone(folder)
            raise DocumentRejected(rejection_reason(
                "LibreOfficeでの変換がタイムアウトしました", f"LibreOffice conversion timed out after {timeout_s:g} s"
            )) from None
        converted = output / f"document.{target}"
        if not converted.is_file():
            message = " ".join(line for line in stderr.decode("utf-8", "replace").splitlines()
                               if line.strip() and "javaldx" not in line)[-300:]
            raise DocumentRejected(rejection_reason(
                "ファイルが壊れているか、形式が正しくありません",
                f"corrupt or not a {suffix} file: LibreOffice could not read it ({message or f'exit status {process.returncode}'})",
            ))
        return converted.read_bytes(), target


def parse_with_libreoffice(data: bytes, mime_type: str, *, max_uncompressed_bytes: int, max_zip_members: int,
                           timeout_s: float = LIBREOFFICE_TIMEOUT_SECONDS) -> ParsedDocument:
    """`data` of `mime_type` (one of CONVERTED_TYPES) converted to OOXML and parsed as such."""
    if _encrypted(data, mime_type):
        raise DocumentRejected(rejection_reason(
            "パスワード付きのファイルは処理できません", f"password-protected (encrypted) {_CONVERSIONS[mime_type][0]} file"
        ))
    converted, target = _convert(data, mime_type, timeout_s)
    # The conversion of a small legacy file can be large (an .xls of 65,536 rows): same limits.
    check_zip_container(converted, max_uncompressed_bytes, max_zip_members)
    return dataclasses.replace(_PARSERS[target](converted), mime_type=mime_type)
