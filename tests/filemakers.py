"""Build real documents in memory for tests: PDFs with Japanese CID fonts, scans, Office files.

Everything here works offline: reportlab ships the Adobe-Japan1 CID font metrics, and the
scans are drawn with Noto Sans CJK from Debian's fonts-noto-cjk.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

NOTO_CJK_FONT_PATH = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DOCX_MIME_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def make_japanese_pdf(
    pages: Sequence[str],
    *,
    title: str | None = None,
    font_name: str = "HeiseiKakuGo-W5",
    wrap_at: int = 0,
    user_password: str | None = None,
    bookmarks: Sequence[tuple[str, int]] = (),
) -> bytes:
    """A PDF with one page per string, in a CID font that extracts as real Unicode.

    `wrap_at` > 0 breaks every line after that many characters, as a word processor does at
    the margin, so tests can check that the line wraps are joined back. `bookmarks` are
    (title, 1-based page) outline entries at the top level.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(font_name))
    buffer = io.BytesIO()
    encryption = StandardEncryption(user_password, ownerPassword="owner-" + user_password) if user_password else None
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt=encryption)
    if title:
        pdf.setTitle(title)
    bookmark_pages = {page: name for name, page in bookmarks}
    for page_number, page_text in enumerate(pages, start=1):
        if page_number in bookmark_pages:
            key = f"bookmark{page_number}"
            pdf.bookmarkPage(key)
            pdf.addOutlineEntry(bookmark_pages[page_number], key, level=0)
        pdf.setFont(font_name, 12)
        y = A4[1] - 72
        for line in page_text.split("\n"):
            pieces = [line[i:i + wrap_at] for i in range(0, len(line), wrap_at)] if wrap_at and line else [line]
            for piece in pieces:
                pdf.drawString(72, y, piece)
                y -= 18
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_png_with_text(
    text: str,
    *,
    font_size: int = 48,
    vertical: bool = False,
    padding: int = 40,
) -> bytes:
    """Japanese text drawn black on white, as a scanner would deliver it (one line per \\n).

    `vertical` writes tategaki: characters top to bottom, columns right to left.
    """
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(NOTO_CJK_FONT_PATH, font_size)
    lines = text.split("\n")
    step = int(font_size * 1.5)
    if vertical:
        width = padding * 2 + step * len(lines)
        height = padding * 2 + step * max(len(line) for line in lines)
    else:
        width = padding * 2 + font_size * max(len(line) for line in lines)
        height = padding * 2 + step * len(lines)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    for line_index, line in enumerate(lines):
        if vertical:
            x = width - padding - step * (line_index + 1) + (step - font_size) // 2
            for char_index, char in enumerate(line):
                draw.text((x, padding + step * char_index), char, font=font, fill=0)
        else:
            draw.text((padding, padding + step * line_index), line, font=font, fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(300, 300))
    return buffer.getvalue()


def make_blank_png(width: int = 400, height: int = 200) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("L", (width, height), 255)
    ImageDraw.Draw(image).ellipse((50, 50, 150, 150), outline=0, width=4)  # a drawing, no text
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def convert_png(png: bytes, image_format: str) -> bytes:
    """Re-encode a PNG as 'JPEG' or 'TIFF'."""
    from PIL import Image

    buffer = io.BytesIO()
    with Image.open(io.BytesIO(png)) as image:
        image.save(buffer, format=image_format, dpi=(300, 300))
    return buffer.getvalue()


def make_scanned_pdf(text: str, **png_options: Any) -> bytes:
    """An image-only PDF (no text layer) of `text`, like a scanner's output, at 300 dpi."""
    from PIL import Image

    buffer = io.BytesIO()
    with Image.open(io.BytesIO(make_png_with_text(text, **png_options))) as image:
        image.save(buffer, format="PDF", resolution=300.0)
    return buffer.getvalue()


def make_docx(blocks: Sequence[tuple[str, Any]], *, title: str | None = None) -> bytes:
    """A DOCX from ("heading1".."heading9", text), ("paragraph", text), ("table", rows)."""
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    for kind, content in blocks:
        if kind.startswith("heading"):
            document.add_heading(content, level=int(kind.removeprefix("heading")))
        elif kind == "paragraph":
            document.add_paragraph(content)
        elif kind == "table":
            table = document.add_table(rows=len(content), cols=len(content[0]))
            for row_index, row in enumerate(content):
                for column_index, value in enumerate(row):
                    table.cell(row_index, column_index).text = str(value)
        else:
            raise ValueError(kind)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_xlsx(sheets: dict[str, Sequence[Sequence[Any]]]) -> bytes:
    """An XLSX with one sheet per entry; the first row of each is its header row."""
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        worksheet = workbook.create_sheet(name)
        for row in rows:
            worksheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def make_pptx(slides: Sequence[tuple[str, str, str]]) -> bytes:
    """A PPTX from (title, body, speaker notes) per slide."""
    import pptx

    presentation = pptx.Presentation()
    layout = presentation.slide_layouts[1]  # "Title and Content"
    for title, body, notes in slides:
        slide = presentation.slides.add_slide(layout)
        slide.shapes.title.text = title
        slide.placeholders[1].text = body
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()


def make_eml(
    *,
    subject: str,
    body: str,
    attachments: Sequence[tuple[str, bytes, str]] = (),
    html_body: str | None = None,
    charset: str = "iso-2022-jp",
) -> bytes:
    """An email as Japanese mail clients send it (ISO-2022-JP body by default).

    `attachments` are (filename, data, mime type).
    """
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = "総務部 <soumu@example.co.jp>"
    message["To"] = "all@example.co.jp"
    message["Date"] = format_datetime(datetime(2025, 4, 1, 9, 0, tzinfo=timezone.utc))
    message.set_content(body, charset=charset)
    if html_body is not None:
        message.add_alternative(html_body, subtype="html")
    for filename, data, mime_type in attachments:
        maintype, subtype = mime_type.split("/", 1)
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return bytes(message)


def make_zip_bomb_docx(uncompressed_bytes: int) -> bytes:
    """A DOCX-looking zip whose one member inflates to `uncompressed_bytes` of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", '<?xml version="1.0"?><document/>')
        with archive.open("word/media/padding.bin", "w") as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(uncompressed_bytes // len(chunk)):
                member.write(chunk)
    return buffer.getvalue()


def make_many_member_xlsx(member_count: int) -> bytes:
    """An XLSX-looking zip with `member_count` tiny members."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook/>')
        for index in range(member_count):
            archive.writestr(f"xl/pad/{index}.xml", "x")
    return buffer.getvalue()


def make_pdf_with_garbled_text_layer(text: str) -> bytes:
    """A page that shows `text` as an image but whose text layer is mojibake.

    This is what a PDF with a broken ToUnicode map looks like to a text extractor: the
    invisible layer says "æœ‰çµ¦..." (UTF-8 bytes read as cp1252) where the page shows 有給.
    """
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    png = make_png_with_text(text)
    reader = ImageReader(io.BytesIO(png))
    width_pixels, height_pixels = reader.getSize()
    width, height = width_pixels * 72 / 300, height_pixels * 72 / 300
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(width, height))
    pdf.drawImage(reader, 0, 0, width, height)
    layer = pdf.beginText(4, height / 2)
    layer.setTextRenderMode(3)  # invisible, like an OCR layer
    layer.setFont("Helvetica", 8)
    layer.textLine(text.encode("utf-8").decode("cp1252", errors="ignore"))
    pdf.drawText(layer)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def make_docx_with_invisible_text(visible: str, instruction: str) -> bytes:
    """A DOCX that shows `visible` and hides `instruction` five ways a reader cannot see:
    white text, 1-pt text, a hidden run (w:vanish), a character style that hides, and white
    text in a table cell. It also holds white text a reader does see: on dark cell shading
    ("白抜きの見出し") and on a yellow highlight ("蛍光ペンの注記")."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_COLOR_INDEX
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt, RGBColor

    document = docx.Document()
    document.add_heading("経費精算規程", level=1)
    paragraph = document.add_paragraph(visible)
    paragraph.add_run(instruction).font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    document.add_paragraph("出張旅費は実費精算とする。").add_run(instruction).font.size = Pt(1)
    document.add_paragraph().add_run(instruction).font.hidden = True
    secret = document.styles.add_style("秘密", WD_STYLE_TYPE.CHARACTER)
    secret.font.hidden = True
    paragraph = document.add_paragraph("領収書は原本を提出する。")
    paragraph.add_run(instruction, style=secret)
    highlighted = document.add_paragraph().add_run("蛍光ペンの注記")
    highlighted.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    highlighted.font.highlight_color = WD_COLOR_INDEX.YELLOW
    table = document.add_table(rows=2, cols=2)
    header = table.cell(0, 0)
    header.paragraphs[0].add_run("白抜きの見出し").font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    header._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="1F3864"/>'))
    table.cell(0, 1).text = "金額"
    table.cell(1, 0).text = "交通費"
    cell = table.cell(1, 1)
    cell.paragraphs[0].add_run("実費")
    cell.paragraphs[0].add_run(instruction).font.color.rgb = RGBColor(0xFA, 0xFA, 0xFA)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_pdf_with_invisible_text(visible: Sequence[str], instruction: str) -> bytes:
    """A one-page PDF that shows the `visible` lines and draws `instruction` where no reader
    sees it: in white, at 1 pt, and at 24 pt scaled down to 1.2 pt. It also holds text a
    reader does see although it is white (on a dark box: "白抜きの見出し") and an invisible
    (render mode 3) text layer over an image, as an OCR'd scan has ("スキャンの文字層")."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font_name = "HeiseiKakuGo-W5"
    pdfmetrics.registerFont(UnicodeCIDFont(font_name))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = A4[1] - 72
    pdf.setFont(font_name, 12)
    for line in visible:
        pdf.drawString(72, y, line)
        y -= 18
    pdf.setFillColorRGB(1, 1, 1)
    pdf.drawString(72, y, instruction)
    y -= 18
    pdf.setFillColorRGB(0, 0, 0)
    pdf.setFont(font_name, 1)
    pdf.drawString(72, y, instruction)
    y -= 18
    pdf.saveState()
    pdf.translate(72, y)
    pdf.scale(0.05, 0.05)
    pdf.setFont(font_name, 24)
    pdf.drawString(0, 0, instruction)
    pdf.restoreState()
    y -= 36
    pdf.setFillColorRGB(0.12, 0.22, 0.39)
    pdf.rect(66, y - 6, 200, 22, fill=1, stroke=0)
    pdf.setFillColorRGB(1, 1, 1)
    pdf.setFont(font_name, 12)
    pdf.drawString(72, y, "白抜きの見出し")
    y -= 120
    pdf.drawImage(ImageReader(io.BytesIO(make_png_with_text("スキャンの文字層", font_size=24))), 72, y, 240, 80)
    layer = pdf.beginText(80, y + 30)
    layer.setTextRenderMode(3)
    layer.setFont(font_name, 12)
    layer.textLine("スキャンの文字層")
    pdf.drawText(layer)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
