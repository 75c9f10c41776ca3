"""The office formats a Japanese company keeps besides PDF and OOXML: legacy .doc/.xls/.ppt
(and Excel 方眼紙 sheets), Outlook .msg, RTF, OpenDocument, EPUB, and zips of documents.

Every sample is made by the tests (tests/formatmakers.py make_samples): OOXML by filemakers,
converted by LibreOffice to the legacy and OpenDocument formats; .msg, RTF and EPUB written there.
"""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from appliance import components, index
from ingestion import parsing
from ingestion.parsing import DocumentRejected, ParsedDocument, detect_mime_type
from ingestion.parsing import libreoffice as libreoffice_module
from ingestion.parsing.archive import MAX_NESTING_DEPTH, ArchiveLimits, archive_members
from ingestion.parsing.document import DOC, EPUB, MSG, ODP, ODS, ODT, PPT, RTF, XLS, XLSX, ZIP
from ingestion.parsing.excel import parse_xlsx
from tests import filemakers, formatmakers
from tests.conftest import World
from tests.formatmakers import FACTS, make_grid_xlsx

LIMITS = {"max_bytes": 50 * 1024 * 1024, "max_uncompressed_bytes": 200 * 1024 * 1024, "max_zip_members": 1000}


@pytest.fixture(scope="module")
def samples() -> dict[str, bytes]:
    """filename -> bytes of one sample per format (formatmakers.make_samples)."""
    return formatmakers.make_samples()


def parse(data: bytes, filename: str, **overrides: Any) -> ParsedDocument:
    return parsing.parse_document(data, filename, **{**LIMITS, **overrides})


def rejection_of(data: bytes, filename: str) -> str:
    with pytest.raises(DocumentRejected) as caught:
        parse(data, filename)
    return caught.value.reason


def all_text(document: ParsedDocument) -> str:
    return "\n".join(section.text for section in document.sections)


@pytest.fixture
def network_denied(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As in test_parsing.py: the parse child guards its sockets, LibreOffice runs in a network
    namespace of its own (APPLIANCE_DENY_NETWORK=1 makes that namespace compulsory)."""
    monkeypatch.setenv(parsing.DENY_NETWORK_ENVIRONMENT_VARIABLE, "1")

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"network access during parsing: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield


# ---------------------------------------------------------------------------- each format


def test_every_new_format_parses_with_the_network_cut(samples: dict[str, bytes], network_denied: None) -> None:
    expected = {
        "休暇規程.doc": (DOC, FACTS["doc"]),
        "出張申請書.xls": (XLS, FACTS["xls"]),
        "新製品説明会.ppt": (PPT, FACTS["ppt"]),
        "健康診断のお知らせ.msg": (MSG, FACTS["msg"]),
        "社員証.rtf": (RTF, FACTS["rtf"]),
        "在宅勤務.odt": (ODT, FACTS["odt"]),
        "拠点一覧.ods": (ODS, FACTS["ods"]),
        "売上計画.odp": (ODP, FACTS["odp"]),
        "社内報.epub": (EPUB, FACTS["epub"]),
    }
    for filename, (mime_type, fact) in expected.items():
        document = parse(samples[filename], filename)
        assert document.mime_type == mime_type, filename
        assert fact in all_text(document), (filename, all_text(document))


def test_word_formats_keep_headings_and_tables_as_rows(samples: dict[str, bytes]) -> None:
    document = parse(samples["休暇規程.doc"], "休暇規程.doc")
    assert document.title == "休暇規程"
    fact = next(section for section in document.sections if FACTS["doc"] in section.text)
    assert fact.heading_path == ("休暇規程",)
    assert any(section.kind == "table_row" and section.text == "項目: 届出 | 期限: 三日前" for section in document.sections)
    assert parse(samples["在宅勤務.odt"], "在宅勤務.odt").sections[0].heading_path == ("在宅勤務規程",)


def test_shift_jis_rtf_as_japanese_word_writes_it_comes_out_right(samples: dict[str, bytes]) -> None:
    assert b"\\ansicpg932" in samples["社員証.rtf"] and "社員証".encode() not in samples["社員証.rtf"]
    assert all_text(parse(samples["社員証.rtf"], "社員証.rtf")) == "社員証の取扱い\n" + FACTS["rtf"]


def test_presentations_keep_slide_numbers_and_notes(samples: dict[str, bytes]) -> None:
    document = parse(samples["新製品説明会.ppt"], "新製品説明会.ppt")
    assert document.page_count == 2
    assert [(s.page, s.kind, s.heading_path, s.text) for s in document.sections] == [
        (1, "slide", ("新製品",), FACTS["ppt"]),
        (1, "notes", ("新製品",), "質疑応答は十分間"),
        (2, "slide", ("価格",), "標準価格は据え置く。"),
    ]
    assert parse(samples["売上計画.odp"], "売上計画.odp").sections[0].page == 1


def test_spreadsheets_keep_sheet_names_and_a_grid_form_reads_as_lines(samples: dict[str, bytes]) -> None:
    document = parse(samples["出張申請書.xls"], "出張申請書.xls")
    rows = [(section.heading_path, section.text) for section in document.sections]
    assert rows == [
        (("出張申請書",), "出張申請書"),
        (("出張申請書",), f"氏名 {FACTS['xls']} 所属 営業第二課"),
        (("出張申請書",), "出張先 大阪府大阪市北区"),
        (("旅費表",), "項目: 宿泊費 | 金額: 12000"),
    ]
    stores = parse(samples["拠点一覧.ods"], "拠点一覧.ods")
    assert [(s.heading_path, s.text) for s in stores.sections] == [(("拠点",), f"拠点名: {FACTS['ods']} | 所在地: 札幌市中央区")]


def test_a_grid_form_in_xlsx_is_read_the_same_way() -> None:
    document = parse_xlsx(make_grid_xlsx("佐藤一郎", "福岡県福岡市"))
    assert document.mime_type == XLSX
    assert [s.text for s in document.sections][:3] == ["出張申請書", "氏名 佐藤一郎 所属 営業第二課", "出張先 福岡県福岡市"]


def test_an_ordinary_table_with_one_merged_title_stays_a_table() -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "名簿"
    sheet.append(["氏名", "内線"])
    sheet.append(["山田", "1234"])
    sheet.merge_cells("A5:B5")
    sheet["A5"] = "以上"
    buffer = io.BytesIO()
    workbook.save(buffer)
    assert [s.text for s in parse_xlsx(buffer.getvalue()).sections] == ["氏名: 山田 | 内線: 1234", "氏名: 以上"]


def test_an_outlook_message_gives_headers_body_and_its_attachment(samples: dict[str, bytes]) -> None:
    document = parse(samples["健康診断のお知らせ.msg"], "健康診断のお知らせ.msg")
    assert document.title == "健康診断のお知らせ"
    header = document.sections[0]
    assert header.kind == "email_header"
    assert "Subject: 健康診断のお知らせ" in header.text and "From: 総務部" in header.text
    attached = next(section for section in document.sections if FACTS["msg-attachment"] in section.text)
    assert attached.heading_path[:2] == ("健康診断のお知らせ", "問診票.docx")


@pytest.mark.parametrize("body_format", ["rtf", "html-in-rtf"])
def test_an_outlook_message_kept_only_as_shift_jis_rtf_is_read(body_format: str) -> None:
    message = formatmakers.make_msg(subject="連絡", body="一行目の連絡です。\n" + FACTS["msg"], body_format=body_format)
    document = parse(message, "連絡.msg")
    assert FACTS["msg"] in all_text(document), all_text(document)
    assert all(section.heading_path[:1] == ("連絡",) for section in document.sections)


def test_epub_chapters_are_read_in_spine_order_without_ruby_readings(samples: dict[str, bytes]) -> None:
    document = parse(samples["社内報.epub"], "社内報.epub")
    assert document.title == "社内報"
    assert [(s.heading_path, s.text) for s in document.sections] == [(("創刊のころ",), FACTS["epub"])]
    two = formatmakers.make_epub([("第一章", "一章の本文。"), ("第二章", "二章の本文。")])
    assert [s.heading_path for s in parse(two, "two.epub").sections] == [("第一章",), ("第二章",)]


# ---------------------------------------------------------------------------- detection


def test_ole2_files_are_told_apart_by_their_streams(samples: dict[str, bytes]) -> None:
    for filename, mime_type in (("休暇規程.doc", DOC), ("出張申請書.xls", XLS), ("新製品説明会.ppt", PPT),
                                ("健康診断のお知らせ.msg", MSG)):
        assert detect_mime_type(samples[filename], filename) == mime_type
        assert detect_mime_type(samples[filename], "no_extension") == mime_type
    # A minimal compound file holding only a Word stream is a .doc whatever libmagic says.
    assert detect_mime_type(formatmakers.make_compound_file({"WordDocument": b"\0" * 5000}), "x") == DOC


def test_zip_based_formats_are_told_apart_by_their_mimetype_member(samples: dict[str, bytes]) -> None:
    assert detect_mime_type(samples["在宅勤務.odt"], "no_extension") == ODT
    assert detect_mime_type(samples["拠点一覧.ods"], "a.ods") == ODS
    assert detect_mime_type(samples["売上計画.odp"], "a.odp") == ODP
    assert detect_mime_type(samples["社内報.epub"], "a.epub") == EPUB
    assert detect_mime_type(formatmakers.make_zip({"a.txt": b"x"}), "a.zip") == ZIP
    assert detect_mime_type(samples["社員証.rtf"], "no_extension") == RTF


def test_an_rtf_saved_as_doc_and_an_html_table_saved_as_xls_are_read_as_what_they_are() -> None:
    rtf_as_doc = parse(formatmakers.make_rtf(["見出し", FACTS["rtf"]]), "古い文書.doc")
    assert rtf_as_doc.mime_type == RTF and FACTS["rtf"] in all_text(rtf_as_doc)
    export = "<html><body><table><tr><th>拠点名</th><th>所在地</th></tr><tr><td>北海道営業所</td><td>札幌市</td></tr></table></body></html>"
    html_as_xls = parse(export.encode("utf-8"), "拠点一覧.xls")
    assert html_as_xls.mime_type == "text/html" and "拠点名: 北海道営業所 | 所在地: 札幌市" in all_text(html_as_xls)


# ---------------------------------------------------------------------------- bad files


@pytest.mark.parametrize("filename", ["休暇規程.doc", "出張申請書.xls", "新製品説明会.ppt", "健康診断のお知らせ.msg",
                                      "在宅勤務.odt", "拠点一覧.ods", "売上計画.odp", "社内報.epub"])
def test_a_damaged_file_of_each_kind_fails_with_a_reason(samples: dict[str, bytes], filename: str) -> None:
    data = samples[filename]
    reason = rejection_of(data[: len(data) // 2], filename)
    assert "(" in reason and reason.split(" (")[0], reason  # 「日本語 (English)」
    assert "corrupt" in reason.split(" (", 1)[1], reason  # the English half, which the pages read


def test_a_damaged_rtf_fails_with_a_reason() -> None:
    reason = rejection_of(b"{\\rtf1\\ansi\\ansicpg932 {\\fonttbl" + b"{" * 5000, "broken.rtf")
    assert reason.startswith(("ファイルが壊れている", "文字が見つかりません")), reason


@pytest.mark.parametrize("filename", ["a.doc", "a.xls", "a.ppt", "a.msg", "a.rtf", "a.odt", "a.ods", "a.odp", "a.epub"])
def test_a_misnamed_file_of_each_kind_is_refused(samples: dict[str, bytes], filename: str) -> None:
    # The other kind's real file under this name: the content decides, and it disagrees.
    other = samples["社内報.epub"] if not filename.endswith(".epub") else samples["在宅勤務.odt"]
    assert "wrong extension" in rejection_of(other, filename)
    assert "wrong extension" in rejection_of("ただのテキストです。".encode(), filename)


def test_a_password_protected_opendocument_file_is_refused_without_a_prompt(samples: dict[str, bytes]) -> None:
    # What LibreOffice writes with "save with password": the manifest lists encryption data.
    source = zipfile.ZipFile(io.BytesIO(samples["在宅勤務.odt"]))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "META-INF/manifest.xml":
                content = content.replace(b'manifest:full-path="content.xml"',
                                          b'manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry'
                                          b'><manifest:file-entry manifest:media-type="" manifest:full-path="x"', 1)
            target.writestr(info, content)
    assert "password-protected" in rejection_of(buffer.getvalue(), "secret.odt")


def test_a_drm_epub_is_refused() -> None:
    epub = io.BytesIO(formatmakers.make_epub([("章", "本文。")]))
    with zipfile.ZipFile(epub, "a") as archive:
        archive.writestr("META-INF/encryption.xml", (
            '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">'
            '<enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>'
            '<enc:CipherData><enc:CipherReference URI="OEBPS/c0.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>'))
    assert "DRM" in rejection_of(epub.getvalue(), "drm.epub")


# ---------------------------------------------------------------------------- LibreOffice


def test_libreoffice_runs_without_network() -> None:
    prefix = libreoffice_module.isolation_prefix()
    assert prefix, "unshare could not create a network namespace here"
    probe = "import socket; socket.create_connection(('192.0.2.1', 80), timeout=3)"
    completed = subprocess.run([*prefix, sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert completed.returncode != 0 and "Network is unreachable" in completed.stderr, completed.stderr


def test_a_document_linking_a_local_file_does_not_pull_it_in(samples: dict[str, bytes], tmp_path: Path) -> None:
    # A Writer section whose source is a file on the server: updating links on load would copy
    # that file (a secret, a key) into the index. LibreOffice's default security leaves it alone.
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-TOKEN-81723", encoding="utf-8")
    source = zipfile.ZipFile(io.BytesIO(samples["在宅勤務.odt"]))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "content.xml":
                text = content.decode("utf-8")
                at = text.index("<text:h")
                content = (text[:at] + f'<text:section text:name="linked"><text:section-source xlink:type="simple" '
                           f'xlink:href="{secret.as_uri()}" text:filter-name="Text"/><text:p>差し込み</text:p></text:section>'
                           + text[at:]).encode("utf-8")
            target.writestr(info, content)
    text = all_text(parse(buffer.getvalue(), "linked.odt"))
    assert FACTS["odt"] in text and "SECRET-TOKEN" not in text


def processes_mentioning(text: str) -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        if text in command:
            found.append(command)
    return found


def test_a_conversion_leaves_no_files_or_processes_behind(samples: dict[str, bytes], tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # the parse child, and so LibreOffice, work under it
    assert FACTS["doc"] in all_text(parse(samples["休暇規程.doc"], "休暇規程.doc"))
    assert list(tmp_path.iterdir()) == []
    assert processes_mentioning(str(tmp_path)) == []


def test_a_conversion_that_runs_too_long_is_killed_with_a_reason(samples: dict[str, bytes], tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again in this process
    with pytest.raises(DocumentRejected, match="timed out after 0.5 s"):
        libreoffice_module.parse_with_libreoffice(samples["休暇規程.doc"], DOC, max_uncompressed_bytes=10**8,
                                                  max_zip_members=1000, timeout_s=0.5)
    assert list(tmp_path.iterdir()) == []
    assert processes_mentioning(str(tmp_path)) == []


# ---------------------------------------------------------------------------- zip archives

ARCHIVE_LIMITS = ArchiveLimits(max_members=100, max_total_bytes=50 * 1024 * 1024, max_member_bytes=10 * 1024 * 1024)


def members_of(data: bytes, limits: ArchiveLimits = ARCHIVE_LIMITS) -> dict[str, str | None]:
    """path -> None for a member handed on, its reason for a refused one."""
    return {member.path: member.reason for member in archive_members(data, limits)}


def encrypted_member_zip(name: str) -> bytes:
    """A zip whose one member has the "encrypted" flag set (ZipCrypto), as 7-Zip or Explorer
    write with a password; the standard zip module cannot write one, so the flag is set here."""
    data = bytearray(formatmakers.make_zip({name: "秘密".encode()}, compression=zipfile.ZIP_STORED))
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        position = data.index(signature)
        data[position + offset] |= 0x1
    return bytes(data)


def test_a_zip_gives_each_member_and_unpacks_a_zip_inside_it() -> None:
    inner = formatmakers.make_zip({"駐輪場.md": f"# 駐輪場\n\n{FACTS['zip-nested']}".encode()})
    outer = formatmakers.make_zip({"規程/防災.md": b"# x", "inner.zip": inner, "__MACOSX/._x": b"", "規程/": b""})
    assert members_of(outer) == {"規程/防災.md": None, "inner.zip/駐輪場.md": None}


def test_zip_member_names_written_by_japanese_windows_are_read_as_shift_jis() -> None:
    shift_jis = "規程.txt".encode("cp932")  # 8 bytes, and no UTF-8 flag: what Explorer writes
    placeholder = b"abcdefgh"
    data = formatmakers.make_zip({placeholder.decode(): b"x"}).replace(placeholder, shift_jis)
    assert members_of(data) == {"規程.txt": None}


def test_zip_bomb_limits() -> None:
    zeros = formatmakers.make_zip({"zeros.txt": b"\0" * (8 * 1024 * 1024), "ok.txt": "本文".encode()})
    reasons = members_of(zeros)
    assert "compression ratio" in str(reasons["zeros.txt"]) and reasons["ok.txt"] is None
    with pytest.raises(DocumentRejected, match="too many members"):
        members_of(formatmakers.make_zip({f"{n}.txt": b"x" for n in range(11)}),
                   ArchiveLimits(max_members=10, max_total_bytes=10**9, max_member_bytes=10**9))
    with pytest.raises(DocumentRejected, match="uncompressed size"):
        members_of(formatmakers.make_zip({"a.txt": b"a" * 2000, "b.txt": b"b" * 2000}),
                   ArchiveLimits(max_members=10, max_total_bytes=3000, max_member_bytes=10**9))
    nested = formatmakers.make_zip({"deep.md": b"# x"})
    for _level in range(MAX_NESTING_DEPTH):
        nested = formatmakers.make_zip({"level.zip": nested})
    assert "nested" in str(members_of(nested)["level.zip/level.zip"])


def test_zip_members_that_escape_are_broken_or_encrypted_fail_alone() -> None:
    traversal = formatmakers.make_zip({"../../etc/cron.d/x.txt": b"x", "/abs.txt": b"x", "ok.txt": b"x"})
    reasons = members_of(traversal)
    assert "escapes" in str(reasons["../../etc/cron.d/x.txt"]) and "escapes" in str(reasons["/abs.txt"])
    assert reasons["ok.txt"] is None
    assert "encrypted" in str(members_of(encrypted_member_zip("秘密.txt"))["秘密.txt"])
    broken = bytearray(formatmakers.make_zip({"a.txt": "壊れる本文".encode() * 50, "b.txt": "無事".encode()},
                                             compression=zipfile.ZIP_STORED))
    position = broken.index("壊れる".encode())
    broken[position] ^= 0xFF  # the CRC no longer matches
    reasons = members_of(bytes(broken))
    assert "CRC" in str(reasons["a.txt"]) and reasons["b.txt"] is None
    with pytest.raises(DocumentRejected, match="corrupt zip"):
        members_of(b"PK\x03\x04" + os.urandom(200))


def test_a_zip_attached_to_an_email_is_read_as_parts_of_it() -> None:
    bundle = formatmakers.make_zip({"規程/備蓄.docx": filemakers.make_docx([("paragraph", FACTS["zip-docx"])]),
                                    "壊れた.pdf": b"%PDF-1.7 broken"})
    mail = filemakers.make_eml(subject="規程の送付", body="添付をご確認ください。",
                               attachments=[("規程.zip", bundle, "application/zip")])
    document = parse(mail, "規程の送付.eml")
    attached = next(section for section in document.sections if FACTS["zip-docx"] in section.text)
    assert attached.heading_path[:3] == ("規程の送付", "規程.zip", "規程/備蓄.docx")


# ---------------------------------------------------------------------------- end to end


def search_command(*args: str) -> dict:
    out = io.StringIO()
    call_command("search", *args, "--json", stdout=out)
    return json.loads(out.getvalue())


def test_ingested_files_of_every_format_are_found_by_search_and_bad_ones_fail_alone(
    world: World, samples: dict[str, bytes], tmp_path: Path
) -> None:
    components.vector_store().drop_collection(index.collection_name())
    folder = tmp_path / "docs"
    folder.mkdir()
    for filename, data in samples.items():
        (folder / filename).write_bytes(data)
    inner = formatmakers.make_zip({"駐輪場.md": f"# 駐輪場\n\n{FACTS['zip-nested']}".encode()})
    bundle = formatmakers.make_zip({
        "防災/備蓄.docx": filemakers.make_docx([("heading1", "備蓄"), ("paragraph", FACTS["zip-docx"])]),
        "その他.zip": inner,
        "壊れた.doc": samples["休暇規程.doc"][:3000],
    })
    (folder / "総務書類.zip").write_bytes(bundle)
    (folder / "encrypted.zip").write_bytes(encrypted_member_zip("給与.xlsx"))
    (folder / "broken.msg").write_bytes(samples["健康診断のお知らせ.msg"][:2000])

    out = io.StringIO()
    with pytest.raises(CommandError, match="3 of 14 file"):
        call_command("ingest", str(folder), "--org", "org-a", "--inline", "--json", stdout=out)
    results = {Path(result["path"]).relative_to(folder).as_posix(): result for result in json.loads(out.getvalue())}
    failed = {path: result["error"] for path, result in results.items() if result["status"] == "failed"}
    assert set(failed) == {"総務書類.zip/壊れた.doc", "encrypted.zip/給与.xlsx", "broken.msg"}, failed
    assert "encrypted" in failed["encrypted.zip/給与.xlsx"]
    assert all(failed.values())
    assert all(result["chunks"] > 0 for path, result in results.items() if path not in failed)

    where = {
        "doc": "休暇規程.doc", "xls": "出張申請書.xls", "ppt": "新製品説明会.ppt", "msg": "健康診断のお知らせ.msg",
        "msg-attachment": "健康診断のお知らせ.msg", "rtf": "社員証.rtf", "odt": "在宅勤務.odt", "ods": "拠点一覧.ods",
        "odp": "売上計画.odp", "epub": "社内報.epub", "zip-docx": "備蓄.docx", "zip-nested": "駐輪場.md",
    }
    for key, filename in where.items():
        found = search_command("--org", "org-a", "-k", "3", FACTS[key])["results"]
        assert found and found[0]["filename"] == filename, (key, [(r["filename"], r["text"][:40]) for r in found])
        assert FACTS[key] in found[0]["text"] or key in ("xls", "ods"), (key, found[0]["text"])
    slide = search_command("--org", "org-a", "-k", "1", FACTS["ppt"])["results"][0]
    assert slide["page"] == 1
    # the other organization sees none of it
    assert not any(r["filename"] == "休暇規程.doc" for r in search_command("--org", "org-b", "-k", "5", FACTS["doc"])["results"])


def test_a_zip_uploaded_on_the_web_or_the_api_becomes_one_document_per_member(world: World) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from ingestion.models import Document
    from ingestion.services import documents_upload

    bundle = formatmakers.make_zip({"規程/就業規則.md": "# 就業規則\n\n始業は九時。".encode(), "../逃げ.md": b"# x"})
    outcome = documents_upload(organization=world.org_a, uploaded_by=world.adam, groups=[world.sales_a],
                               files=[SimpleUploadedFile("規程集.zip", bundle), SimpleUploadedFile("メモ.md", "# メモ".encode())])
    documents = {submission.document.filename: submission for submission in outcome.submissions}
    assert set(documents) == {"就業規則.md", "逃げ.md", "メモ.md"}
    assert documents["就業規則.md"].outcome == "queued"
    assert documents["就業規則.md"].document.visibility == Document.Visibility.GROUPS
    assert list(documents["就業規則.md"].document.groups.all()) == [world.sales_a]
    assert documents["逃げ.md"].outcome == "failed" and "escapes" in documents["逃げ.md"].document.error
    assert {submission.document.batch_id for submission in outcome.submissions} == {outcome.batch.id}
    assert not Document.objects.filter(organization=world.org_b).exists()
