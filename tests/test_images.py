"""The layout reader on drawn Japanese document images: table cells under their headers,
key-value pairs, pages turned or tilted, tategaki, and regions on the picture as given."""

from __future__ import annotations

import io
from typing import Any

import pytest
from PIL import Image

from bench.images_make import Page, _finish, form, invoice, receipt, slide
from ingestion.parsing import parse_document
from ingestion.parsing.layout import Block, PageLayout, read_page

LANGUAGES = "jpn+eng"
ITEMS = [("ノートパソコン", 2, 148000), ("液晶モニター", 3, 32500), ("設定作業費", 1, 45000)]


def read(page: Page, **finish: Any) -> PageLayout:
    data, _ = _finish(page, **finish)
    return read_page(Image.open(io.BytesIO(data)), LANGUAGES)


def key_values(layout: PageLayout) -> dict[str, str]:
    return {block.rows[0][0]: block.rows[0][1] for block in layout.blocks if block.kind == "key_value"}


def tables(layout: PageLayout) -> list[Block]:
    return [block for block in layout.blocks if block.kind == "table"]


def the_invoice() -> Page:
    page, _ = invoice(number="INV-2026-0412", customer="株式会社さくら商事", issuer="青空システム株式会社", issued="2026年4月12日",
                      due="2026年5月31日", items=ITEMS)
    return page


def test_it_reads_an_invoice_table_cell_by_cell() -> None:
    layout = read(the_invoice())
    [table] = tables(layout)
    assert table.rows[0] == ("品名", "数量", "単価", "金額")
    # Numbers right-aligned under left-aligned headers still land in their own column.
    assert table.rows[2] == ("液晶モニター", "3", "¥32,500", "¥97,500")
    assert "| 液晶モニター | 3 | ¥32,500 | ¥97,500 |" in layout.text()


def test_it_reads_the_totals_as_key_values() -> None:
    pairs = key_values(read(the_invoice()))
    assert pairs["合計金額(税込)"] == "¥482,350"
    assert pairs["小計"] == "¥438,500"
    assert pairs["支払期限"] == "2026年5月31日"
    # The label and value set close together in the header are still a pair.
    assert pairs["請求番号"] == "INV-2026-0412"


def test_it_keeps_a_region_for_what_it_read() -> None:
    layout = read(the_invoice())
    total = next(block for block in layout.blocks if block.kind == "key_value" and block.rows[0][0].startswith("合計金額"))
    left, top, right, bottom = total.region
    # Drawn at x 640-1010 of 1240, y 820-860 of 1754 (bench/images_make.py invoice()).
    assert 0.45 < left < 0.56 and 0.75 < right < 0.9
    assert 0.44 < top < bottom < 0.52


def test_it_reads_a_page_turned_a_quarter_and_maps_regions_back() -> None:
    upright = read(the_invoice())
    turned = read(the_invoice(), rotate=90)
    assert turned.rotation in (90, 270)
    assert key_values(turned)["合計金額(税込)"] == "¥482,350"
    total_upright = next(block.region for block in upright.blocks if block.text.startswith("合計金額"))
    total_turned = next(block.region for block in turned.blocks if block.text.startswith("合計金額"))
    # Turned 90° counter-clockwise: the upright (x, y) is at (y, 1 - x) of the given picture.
    assert total_turned[0] == pytest.approx(total_upright[1], abs=0.03)
    assert total_turned[1] == pytest.approx(1 - total_upright[2], abs=0.03)


def test_it_reads_a_receipt_upside_down() -> None:
    page, facts = receipt(store="みどり書店 本店", date="2026年7月2日", items=[("ビジネス書", 1980), ("雑誌", 890)], paid=5000)
    layout = read(page, rotate=180)
    assert layout.rotation == 180
    assert key_values(layout)["合計"] == "¥2,870"


def test_it_deskews_a_tilted_form() -> None:
    page = form(title="会議室予約票", fields=[("会議室", "第3会議室"), ("利用人数", "12名"), ("予約者", "佐藤 花子")])
    layout = read(page, tilt=-3.0)
    assert layout.skew == pytest.approx(3.0, abs=0.5)
    assert key_values(layout)["利用人数"] == "12名"
    # A form's value without a figure is paired by the labels and values aligned above it.
    assert key_values(layout)["予約者"] == "佐藤花子"


def test_it_reads_a_slide_table_through_speckles() -> None:
    page = slide(title="地域別売上", bullets=["単位：百万円"], widths=[300, 260, 260, 260],
                 rows=[["地域", "上期", "下期", "通期"], ["関東", "1,240", "1,410", "2,650"], ["関西", "860", "920", "1,780"]])
    [table] = tables(read(page, noise=0.002, seed=1))
    assert table.rows[2] == ("関西", "860", "920", "1,780")


def test_it_reads_a_vertical_notice() -> None:
    page = Page(width=700, height=1100)
    page.vertical(640, 80, ["臨時休業のお知らせ", "年末年始は十二月二十八日から", "一月四日まで休業いたします。"])
    layout = read(page)
    assert layout.vertical
    assert "一月四日まで休業いたします。" in layout.text()


def test_ingesting_a_scanned_invoice_keeps_table_rows_whole() -> None:
    data, _ = _finish(the_invoice())
    document = parse_document(data, "invoice.png", max_bytes=20_000_000, max_uncompressed_bytes=10_000_000, max_zip_members=100,
                              ocr_languages=LANGUAGES, timeout_s=120)
    rows = [section.text for section in document.sections if section.kind == "table_row"]
    assert "品名: 液晶モニター | 数量: 3 | 単価: ¥32,500 | 金額: ¥97,500" in rows
    assert any("合計金額(税込)：¥482,350" in section.text for section in document.sections if section.kind == "text")
