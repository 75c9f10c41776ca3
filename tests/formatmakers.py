"""Build the office formats that no Python library writes, for tests: legacy Office and
OpenDocument files (converted by LibreOffice from the OOXML that filemakers builds), Outlook
.msg (an OLE2 compound file written here), RTF, EPUB, and zips of documents.

The compound-file writer follows [MS-CFB] version 3 (512-byte sectors, 64-byte mini sectors
for streams under 4096 bytes); the .msg layout follows [MS-OXMSG] (one __substg1.0_ stream per
property, a __properties_version1.0 stream for the fixed-size ones, a storage per recipient and
per attachment).
"""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tests import filemakers

SECTOR = 512
MINI_SECTOR = 64
MINI_STREAM_CUTOFF = 4096
FREE = 0xFFFFFFFF
END_OF_CHAIN = 0xFFFFFFFE
FAT_SECTOR = 0xFFFFFFFD
NO_STREAM = 0xFFFFFFFF


@dataclass
class _Entry:
    name: str
    data: bytes | None = None  # None: a storage
    children: list[_Entry] = field(default_factory=list)
    index: int = 0
    start: int = END_OF_CHAIN
    left: int = NO_STREAM
    right: int = NO_STREAM
    child: int = NO_STREAM


def _sort_key(entry: _Entry) -> tuple[int, str]:
    # [MS-CFB] 2.6.4: shorter names first, then by upper-cased UTF-16 code units.
    return (len(entry.name), entry.name.upper())


def make_compound_file(streams: dict[str, bytes]) -> bytes:
    """An OLE2 compound file holding `streams`, keyed by '/'-separated paths (storages implied)."""
    root = _Entry("Root Entry")
    for path, data in streams.items():
        parent = root
        *storages, name = path.split("/")
        for storage_name in storages:
            found = next((child for child in parent.children if child.name == storage_name and child.data is None), None)
            if found is None:
                found = _Entry(storage_name)
                parent.children.append(found)
            parent = found
        parent.children.append(_Entry(name, data))
    entries: list[_Entry] = []

    def number(entry: _Entry) -> None:
        entry.index = len(entries)
        entries.append(entry)
        for child in entry.children:
            number(child)

    number(root)
    mini_stream = bytearray()
    mini_fat: list[int] = []
    big: list[_Entry] = []
    for entry in entries[1:]:
        if entry.data is None or not entry.data:
            continue
        if len(entry.data) < MINI_STREAM_CUTOFF:
            count = -(-len(entry.data) // MINI_SECTOR)
            entry.start = len(mini_fat)
            mini_fat.extend(range(entry.start + 1, entry.start + count))
            mini_fat.append(END_OF_CHAIN)
            mini_stream += entry.data.ljust(count * MINI_SECTOR, b"\0")
        else:
            big.append(entry)

    sectors: list[bytes] = []
    fat: list[int] = []

    def place(data: bytes, marker: int | None = None) -> int:
        count = max(1, -(-len(data) // SECTOR))
        first = len(sectors)
        for offset in range(count):
            sectors.append(data[offset * SECTOR:(offset + 1) * SECTOR].ljust(SECTOR, b"\0"))
            fat.append(marker if marker is not None else (first + offset + 1 if offset < count - 1 else END_OF_CHAIN))
        return first

    for entry in big:
        assert entry.data is not None
        entry.start = place(entry.data)
    root.start = place(bytes(mini_stream)) if mini_stream else END_OF_CHAIN
    mini_fat_bytes = struct.pack(f"<{len(mini_fat)}I", *mini_fat) if mini_fat else b""
    mini_fat_start = place(mini_fat_bytes.ljust(-(-len(mini_fat_bytes) // SECTOR) * SECTOR, b"\xff")) if mini_fat else END_OF_CHAIN
    mini_fat_sectors = -(-len(mini_fat_bytes) // SECTOR) if mini_fat else 0

    def tree(siblings: list[_Entry]) -> int:
        """A balanced binary search tree of siblings (all black); its root's index."""
        if not siblings:
            return NO_STREAM
        ordered = sorted(siblings, key=_sort_key)
        middle = len(ordered) // 2
        node = ordered[middle]
        node.left, node.right = tree(ordered[:middle]), tree(ordered[middle + 1:])
        return node.index

    for entry in entries:
        entry.child = tree(entry.children)
    directory = bytearray()
    for entry in entries:
        encoded = entry.name.encode("utf-16-le") + b"\0\0"
        kind = 5 if entry is root else (1 if entry.data is None else 2)
        size = len(mini_stream) if entry is root else (len(entry.data) if entry.data else 0)
        directory += struct.pack(
            "<64sHBBIII16sIQQIQ", encoded.ljust(64, b"\0"), len(encoded), kind, 1,
            entry.left, entry.right, entry.child,
            b"\0" * 16, 0, 0, 0, entry.start if size else END_OF_CHAIN, size,
        )
    directory += b"\0" * (-len(directory) % SECTOR)
    for padding in range(len(directory) // 128 - len(entries)):  # unused entries: empty, no siblings
        start = (len(entries) + padding) * 128
        directory[start + 68:start + 80] = struct.pack("<III", NO_STREAM, NO_STREAM, NO_STREAM)
    directory_start = place(bytes(directory))

    # The FAT describes every sector, its own included.
    fat_sector_count = 1
    while (len(sectors) + fat_sector_count) > fat_sector_count * (SECTOR // 4):
        fat_sector_count += 1
    assert fat_sector_count <= 109, "no DIFAT sectors in this writer"
    fat_start = len(sectors)
    fat.extend([FAT_SECTOR] * fat_sector_count)
    fat.extend([FREE] * (fat_sector_count * (SECTOR // 4) - len(fat)))
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    for offset in range(fat_sector_count):
        sectors.append(fat_bytes[offset * SECTOR:(offset + 1) * SECTOR])
    difat = [fat_start + offset for offset in range(fat_sector_count)] + [FREE] * (109 - fat_sector_count)
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII109I",
        bytes.fromhex("D0CF11E0A1B11AE1"), b"\0" * 16, 0x3E, 3, 0xFFFE, 9, 6, b"\0" * 6,
        0, fat_sector_count, directory_start, 0, MINI_STREAM_CUTOFF, mini_fat_start, mini_fat_sectors,
        END_OF_CHAIN, 0, *difat,
    )
    return header + b"".join(sectors)


_PROPERTY_FLAGS = 0x6  # readable | writable


def _unicode(tag: int) -> str:
    return f"__substg1.0_{tag:04X}001F"


def make_msg(
    *,
    subject: str,
    body: str,
    sender: str = "総務部",
    sender_address: str = "soumu@example.co.jp",
    to: str = "全社員",
    attachments: Sequence[tuple[str, bytes]] = (),
    body_format: str = "text",
) -> bytes:
    """An Outlook message (.msg, Unicode string properties). `body_format` "text" stores a plain
    body; "rtf" only a compressed RTF body in Shift_JIS, as Outlook keeps a "rich text" message;
    "html-in-rtf" only an RTF body with HTML encapsulated in it, as Outlook keeps many HTML ones."""
    streams: dict[str, bytes] = {
        _unicode(0x001A): "IPM.Note".encode("utf-16-le"),
        _unicode(0x0037): subject.encode("utf-16-le"),
        _unicode(0x0C1A): sender.encode("utf-16-le"),
        _unicode(0x0C1F): sender_address.encode("utf-16-le"),
        _unicode(0x0E04): to.encode("utf-16-le"),
        "__nameid_version1.0/__substg1.0_00020102": b"",
        "__nameid_version1.0/__substg1.0_00030102": b"",
        "__nameid_version1.0/__substg1.0_00040102": b"",
    }
    strings = [0x001A, 0x0037, 0x0C1A, 0x0C1F, 0x0E04]
    if body_format == "text":
        streams[_unicode(0x1000)] = body.encode("utf-16-le")
        strings.append(0x1000)
    else:
        import compressed_rtf

        paragraphs = "".join(f"{{\\*\\htmltag <p>}}{_rtf_escape(line)}{{\\*\\htmltag </p>}}" if body_format == "html-in-rtf"
                             else f"{_rtf_escape(line)}\\par " for line in body.split("\n"))
        header = "{\\rtf1\\ansi\\ansicpg932" + ("\\fromhtml1" if body_format == "html-in-rtf" else "")
        rtf = (header + " \\deff0{\\fonttbl{\\f0\\fswiss\\fcharset128 MS PGothic;}}\\f0 " + paragraphs + "}").encode("ascii")
        streams["__substg1.0_10090102"] = compressed_rtf.compress(rtf, compressed=True)
    properties = b"".join(
        struct.pack("<IIII", (tag << 16) | 0x001F, _PROPERTY_FLAGS, len(streams[_unicode(tag)]) + 2, 0) for tag in strings
    )
    # PR_MESSAGE_DELIVERY_TIME, a fixed-size PtypTime: 2025-04-01 09:00 UTC in FILETIME.
    properties += struct.pack("<IIQ", 0x0E060040, _PROPERTY_FLAGS, 133878948000000000)
    streams["__properties_version1.0"] = (
        struct.pack("<8sIIII8s", b"\0" * 8, 1, len(attachments), 1, len(attachments), b"\0" * 8) + properties
    )
    recipient = "__recip_version1.0_#00000000/"
    streams[recipient + _unicode(0x3001)] = to.encode("utf-16-le")
    streams[recipient + _unicode(0x39FE)] = "all@example.co.jp".encode("utf-16-le")
    streams[recipient + "__properties_version1.0"] = b"\0" * 8 + struct.pack(
        "<IIII", 0x0C150003, _PROPERTY_FLAGS, 1, 0)  # PR_RECIPIENT_TYPE = MAPI_TO
    for number, (filename, data) in enumerate(attachments):
        storage = f"__attach_version1.0_#{number:08X}/"
        streams[storage + _unicode(0x3707)] = filename.encode("utf-16-le")
        streams[storage + _unicode(0x3001)] = filename.encode("utf-16-le")
        streams[storage + "__substg1.0_37010102"] = data
        streams[storage + "__properties_version1.0"] = b"\0" * 8 + struct.pack(
            "<IIII", 0x37050003, _PROPERTY_FLAGS, 1, 0)  # PR_ATTACH_METHOD = ATTACH_BY_VALUE
    return make_compound_file(streams)


def soffice_available() -> bool:
    return shutil.which("soffice") is not None


def soffice_convert(data: bytes, source_name: str, target: str) -> bytes:
    """`data` (named `source_name`) converted by LibreOffice to `target` ('doc', 'xls', 'odt'...)."""
    with tempfile.TemporaryDirectory(prefix="formatmakers-") as folder:
        source = Path(folder) / source_name
        source.write_bytes(data)
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{folder}/profile", "--headless", "--norestore",
             "--convert-to", target, "--outdir", f"{folder}/out", str(source)],
            check=True, capture_output=True, timeout=120,
        )
        return (Path(folder) / "out" / f"{source.stem}.{target.split(':')[0]}").read_bytes()


def _rtf_escape(text: str) -> str:
    """Text for RTF in code page 932: ASCII as it is, the rest as Shift_JIS \\'xx escapes."""
    return "".join(
        character if ord(character) < 0x80 and character not in "\\{}" else
        "".join(f"\\'{byte:02x}" for byte in character.encode("cp932"))
        for character in text
    )


def make_rtf(paragraphs: Sequence[str]) -> bytes:
    """An RTF as Japanese Word writes it: Shift_JIS (\\ansicpg932) with \\'xx escapes."""
    body = []
    for paragraph in paragraphs:
        body.append(_rtf_escape(paragraph) + "\\par\n")
    return ("{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}\n"
            "\\f0\\fs21 " + "".join(body) + "}").encode("ascii")


def make_epub(chapters: Sequence[tuple[str, str]], *, title: str = "社内報") -> bytes:
    """An EPUB 3 with one XHTML file per (chapter title, paragraph text), in spine order."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")  # stored, first
        archive.writestr("META-INF/container.xml", (
            '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
            '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
            "</rootfiles></container>"))
        manifest = "".join(f'<item id="c{n}" href="c{n}.xhtml" media-type="application/xhtml+xml"/>'
                           for n in range(len(chapters)))
        spine = "".join(f'<itemref idref="c{n}"/>' for n in range(len(chapters)))
        archive.writestr("OEBPS/content.opf", (
            '<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
            'unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f'<dc:identifier id="id">urn:uuid:0</dc:identifier><dc:title>{title}</dc:title><dc:language>ja</dc:language>'
            f"</metadata><manifest>{manifest}</manifest><spine>{spine}</spine></package>"))
        for number, (heading, text) in enumerate(chapters):
            archive.writestr(f"OEBPS/c{number}.xhtml", (
                '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" lang="ja">'
                f"<head><title>{heading}</title></head><body><h1>{heading}</h1><p>{text}</p></body></html>"))
    return buffer.getvalue()


def make_zip(members: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip of `members` (name to content), names stored as UTF-8 as Windows 10+ and macOS do."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# ---------------------------------------------------------------------------- the samples
# What tests/test_formats.py and bench/formats.py read: one fact per format, each findable only
# in its own file, and the files that hold them.
FACTS = {
    "doc": "慶弔休暇は本人の結婚の場合に五日間与える。",
    "xls": "山田花子",
    "ppt": "新型複合機の発売日は十月一日とする。",
    "msg": "定期健康診断は四月十日に本社講堂で行います。",
    "msg-attachment": "健康診断の問診票は三日前までに保健室へ提出する。",
    "rtf": "社員証の再発行手数料は一枚千円とする。",
    "odt": "在宅勤務の申請は前月二十日までに行う。",
    "ods": "北海道営業所",
    "odp": "第三四半期の売上目標は前年比一割増とする。",
    "epub": "社内報の創刊号は昭和六十年に発行された。",
    "zip-docx": "防災備蓄品の点検は毎年九月一日に行う。",
    "zip-nested": "駐輪場の利用登録は総務課で受け付ける。",
}


def make_grid_xlsx(applicant: str, destination: str, *, table_value: str = "12000") -> bytes:
    """An Excel 方眼紙 form: 40 narrow columns, labels and values in merged ranges, and 「出張先」
    typed one character per cell; and a second sheet that is an ordinary table."""
    import openpyxl
    from openpyxl.utils import get_column_letter

    workbook = openpyxl.Workbook()
    form = workbook.active
    form.title = "出張申請書"
    for column in range(1, 41):
        form.column_dimensions[get_column_letter(column)].width = 2.6
    form["B2"] = "出張申請書"
    form.merge_cells("B2:AM2")
    form["B4"] = "氏名"
    form.merge_cells("B4:F4")
    form["G4"] = applicant
    form.merge_cells("G4:T4")
    form["U4"] = "所属"
    form.merge_cells("U4:Y4")
    form["Z4"] = "営業第二課"
    form.merge_cells("Z4:AM4")
    form["B6"], form["C6"], form["D6"] = "出", "張", "先"
    form["G6"] = destination
    form.merge_cells("G6:AM6")
    table = workbook.create_sheet("旅費表")
    table.append(["項目", "金額"])
    table.append(["宿泊費", table_value])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def make_samples() -> dict[str, bytes]:
    """filename -> bytes of one Japanese sample per format (LibreOffice makes the legacy ones)."""
    assert soffice_available(), "LibreOffice is missing: run deploy/system-packages.sh"
    convert = soffice_convert
    word = filemakers.make_docx([("heading1", "休暇規程"), ("paragraph", FACTS["doc"]), ("heading2", "手続"),
                                 ("table", [["項目", "期限"], ["届出", "三日前"]])], title="休暇規程")
    # python-docx writes tables without column widths, which LibreOffice's .doc export flattens;
    # through ODT they survive, as they do in a .doc that Word wrote.
    doc = convert(convert(word, "kyuka.docx", "odt"), "kyuka.odt", "doc")
    odt = convert(filemakers.make_docx([("heading1", "在宅勤務規程"), ("paragraph", FACTS["odt"])]), "zaitaku.docx", "odt")
    grid = make_grid_xlsx(FACTS["xls"], "大阪府大阪市北区")
    slides = filemakers.make_pptx([("新製品", FACTS["ppt"], "質疑応答は十分間"), ("価格", "標準価格は据え置く。", "")])
    plan = filemakers.make_pptx([("売上計画", FACTS["odp"], "")])
    stores = filemakers.make_xlsx({"拠点": [["拠点名", "所在地"], [FACTS["ods"], "札幌市中央区"]]})
    attachment = filemakers.make_docx([("heading1", "問診票"), ("paragraph", FACTS["msg-attachment"])])
    return {
        "休暇規程.doc": doc,
        "出張申請書.xls": convert(grid, "grid.xlsx", "xls"),
        "新製品説明会.ppt": convert(slides, "slides.pptx", "ppt"),
        "健康診断のお知らせ.msg": make_msg(subject="健康診断のお知らせ", body=FACTS["msg"],
                                   attachments=[("問診票.docx", attachment)]),
        "社員証.rtf": make_rtf(["社員証の取扱い", FACTS["rtf"]]),
        "在宅勤務.odt": odt,
        "拠点一覧.ods": convert(stores, "stores.xlsx", "ods"),
        "売上計画.odp": convert(plan, "plan.pptx", "odp"),
        "社内報.epub": make_epub([("創刊のころ", "<ruby>社内報<rt>しゃないほう</rt></ruby>の創刊号は昭和六十年に発行された。")]),
    }
