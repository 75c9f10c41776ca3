"""A PDF page read by where its characters stand: a slide's table comes out a row per line,
each cell under its column's name, a wrapped cell whole, a list of names and values as it is."""

from __future__ import annotations

import io

from ingestion.parsing.pdf import parse_pdf


def _slide_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=landscape(A4))
    page.setFont("HeiseiKakuGo-W5", 24)
    page.drawString(60, 520, "四半期別の推移")
    page.setFont("HeiseiKakuGo-W5", 14)
    # Written cell by cell, columns first, as a presentation program exports a table.
    for x, name in ((300, "売上高"), (460, "営業利益")):
        page.drawString(x, 470, name)
    rows = (("2026年3月期第2四半期", "（7〜9月）", "431億円", "33億円"), ("2026年3月期第3四半期", "（10〜12月）", "451億円", "36億円"))
    for index, (label, wrapped, sales, profit) in enumerate(rows):
        y = 430 - index * 60
        page.drawString(300, y, sales)
        page.drawString(460, y, profit)
        page.drawString(60, y, label)
        page.drawString(70, y - 18, wrapped)  # the label's second line, inside its cell
    page.drawString(60, 260, "日時")
    page.drawString(200, 260, "令和8年9月17日（木）14時から")
    page.drawString(60, 235, "場所")
    page.drawString(200, 235, "本社8階大会議室")
    page.drawString(60, 190, "• 純利益の減少は前年の固定資産売却益の反動による。")
    page.save()
    return buffer.getvalue()


def test_a_slide_table_is_read_row_by_row_under_its_column_names() -> None:
    text = parse_pdf(_slide_pdf(), "jpn+eng", ocr=False).sections[0].text
    lines = text.splitlines()
    assert lines[0] == "四半期別の推移"
    assert "売上高 | 営業利益" in lines
    assert "2026年3月期第2四半期（7〜9月） | 売上高: 431億円 | 営業利益: 33億円" in lines
    assert "2026年3月期第3四半期（10〜12月） | 売上高: 451億円 | 営業利益: 36億円" in lines
    # Two columns of names and values are no table with a header: each line says its own.
    assert "日時 | 令和8年9月17日（木）14時から" in lines
    assert "場所 | 本社8階大会議室" in lines
    assert "• 純利益の減少は前年の固定資産売却益の反動による。" in lines
