"""Japanese document images for the layout reader and `evaluate`'s "attach" items, drawn here.

`python bench/images_make.py [DIR]` writes the images and `qa.jsonl` beside them (default
bench/images/). Every image is printed with Noto Sans CJK (fonts-noto-cjk): invoices with 明細
and 合計, receipts, forms, slides with a table, a vertical notice; some rotated a quarter or
half turn, tilted a few degrees, speckled or saved as a blurry JPEG, as a phone or a fax
delivers them. The questions' answers are the values drawn, so the set cannot drift from the
pictures. Tests import the drawing functions (tests/test_images.py).
"""

from __future__ import annotations

import io
import json
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

NOTO_SANS_CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NOTO_SANS_CJK_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
DEFAULT_DIRECTORY = Path(__file__).resolve().parent / "images"
DPI = 200


@dataclass
class Page:
    """A white page and a pen: text, key-value rows, ruled tables and vertical columns."""

    width: int = 1240
    height: int = 1754
    image: Any = None
    draw: Any = None
    fonts: dict[tuple[int, bool], Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        from PIL import Image, ImageDraw

        self.image = Image.new("L", (self.width, self.height), 255)
        self.draw = ImageDraw.Draw(self.image)

    def font(self, size: int, bold: bool = False) -> Any:
        from PIL import ImageFont

        if (size, bold) not in self.fonts:
            self.fonts[(size, bold)] = ImageFont.truetype(NOTO_SANS_CJK_BOLD if bold else NOTO_SANS_CJK, size)
        return self.fonts[(size, bold)]

    def text(self, x: int, y: int, text: str, size: int = 30, bold: bool = False, right: bool = False) -> None:
        font = self.font(size, bold)
        if right:
            x -= int(self.draw.textlength(text, font=font))
        self.draw.text((x, y), text, font=font, fill=0)

    def center(self, y: int, text: str, size: int = 56, bold: bool = True) -> None:
        width = int(self.draw.textlength(text, font=self.font(size, bold)))
        self.text((self.width - width) // 2, y, text, size, bold)

    def key_values(self, x: int, y: int, pairs: Sequence[tuple[str, str]], size: int = 30, value_x: int = 420, step: int = 56) -> int:
        for key, value in pairs:
            self.text(x, y, key, size)
            self.text(x + value_x, y, value, size)
            y += step
        return y

    def table(self, x: int, y: int, widths: Sequence[int], rows: Sequence[Sequence[str]], size: int = 28, ruled: bool = True,
              numbers_right: bool = True) -> int:
        row_height = int(size * 2.0)
        total = sum(widths)
        for row_index, row in enumerate(rows):
            top = y + row_index * row_height
            left = x
            for cell, width in zip(row, widths, strict=True):
                numeric = numbers_right and row_index > 0 and any(ch.isdigit() for ch in cell) and not any("\u3040" <= ch <= "\u9fff" for ch in cell)
                if numeric:
                    self.text(left + width - 16, top + size // 3, cell, size, right=True)
                else:
                    self.text(left + 14, top + size // 3, cell, size, bold=row_index == 0)
                left += width
            if ruled:
                self.draw.line((x, top, x + total, top), fill=0, width=2)
        bottom = y + len(rows) * row_height
        if ruled:
            self.draw.line((x, bottom, x + total, bottom), fill=0, width=2)
            left = x
            for width in [0, *widths]:
                left += width
                self.draw.line((left, y, left, bottom), fill=0, width=2)
        return bottom

    def vertical(self, right: int, top: int, columns: Sequence[str], size: int = 44) -> None:
        """Tategaki: characters top to bottom, columns right to left."""
        step = int(size * 1.6)
        for column_index, column in enumerate(columns):
            x = right - step * (column_index + 1)
            for char_index, char in enumerate(column):
                self.draw.text((x, top + int(size * 1.15) * char_index), char, font=self.font(size), fill=0)


def _finish(page: Page, *, rotate: int = 0, tilt: float = 0.0, noise: float = 0.0, jpeg: bool = False, seed: int = 0) -> tuple[bytes, str]:
    from PIL import Image, ImageFilter

    image = page.image
    if tilt:
        image = image.rotate(tilt, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    if rotate:
        image = image.rotate(rotate, expand=True)
    if noise:
        generator = random.Random(seed)
        pixels = image.load()
        for _ in range(int(image.width * image.height * noise)):
            x, y = generator.randrange(image.width), generator.randrange(image.height)
            pixels[x, y] = 0 if generator.random() < 0.5 else 255
    buffer = io.BytesIO()
    if jpeg:
        image = image.filter(ImageFilter.GaussianBlur(0.8)).convert("RGB")
        image.save(buffer, format="JPEG", quality=70, dpi=(DPI, DPI))
        return buffer.getvalue(), "jpg"
    image.save(buffer, format="PNG", dpi=(DPI, DPI))
    return buffer.getvalue(), "png"


def _yen(amount: int) -> str:
    return f"¥{amount:,}"


def invoice(*, number: str, customer: str, issuer: str, issued: str, due: str, items: Sequence[tuple[str, int, int]]) -> tuple[Page, dict[str, str]]:
    page = Page()
    page.center(90, "請求書")
    page.text(80, 220, f"{customer} 御中", 36)
    page.key_values(760, 220, [("請求番号", number), ("発行日", issued)], size=26, value_x=160, step=46)
    page.text(760, 330, issuer, 28)
    page.text(80, 330, "下記のとおりご請求申し上げます。", 28)
    rows = [["品名", "数量", "単価", "金額"]]
    subtotal = 0
    for name, quantity, price in items:
        rows.append([name, str(quantity), _yen(price), _yen(quantity * price)])
        subtotal += quantity * price
    bottom = page.table(80, 440, [500, 140, 220, 220], rows)
    tax = subtotal // 10
    total = subtotal + tax
    bottom = page.key_values(640, bottom + 40, [("小計", _yen(subtotal)), ("消費税（10%）", _yen(tax)), ("合計金額（税込）", _yen(total))],
                             size=30, value_x=300)
    page.key_values(80, bottom + 60, [("支払期限", due), ("振込先", "みらい銀行 本店営業部 普通 1234567")], size=28, value_x=200)
    facts = {"total": f"{total:,}", "subtotal": f"{subtotal:,}", "tax": f"{tax:,}", "due": due, "number": number}
    for name, quantity, price in items:
        facts[f"price:{name}"] = f"{price:,}"
        facts[f"quantity:{name}"] = str(quantity)
    return page, facts


def receipt(*, store: str, date: str, items: Sequence[tuple[str, int]], paid: int) -> tuple[Page, dict[str, str]]:
    page = Page(width=760, height=1300)
    page.center(60, "領収書", 48)
    page.center(150, store, 32, bold=False)
    page.text(60, 230, date, 28)
    y = 310
    total = 0
    for name, price in items:
        page.text(60, y, name, 30)
        page.text(700, y, _yen(price), 30, right=True)
        total += price
        y += 56
    page.draw.line((60, y + 10, 700, y + 10), fill=0, width=2)
    y += 40
    for label, amount in (("合計", total), ("お預り", paid), ("お釣り", paid - total)):
        page.text(60, y, label, 34)
        page.text(700, y, _yen(amount), 34, right=True)
        y += 62
    page.text(60, y + 30, "上記正に領収いたしました", 26)
    return page, {"total": f"{total:,}", "change": f"{paid - total:,}", "date": date}


def form(*, title: str, fields: Sequence[tuple[str, str]]) -> Page:
    page = Page()
    page.center(100, title)
    y = 260
    for key, value in fields:
        page.draw.rectangle((80, y - 14, 1160, y + 56), outline=0, width=2)
        page.draw.line((420, y - 14, 420, y + 56), fill=0, width=2)
        page.text(100, y, key, 30)
        page.text(440, y, value, 30)
        y += 70
    return page


def slide(*, title: str, bullets: Sequence[str], widths: Sequence[int], rows: Sequence[Sequence[str]]) -> Page:
    page = Page(width=1600, height=900)
    page.draw.rectangle((0, 0, 1600, 130), fill=0)
    page.draw.text((60, 30), title, font=page.font(54, True), fill=255)
    y = 180
    for bullet in bullets:
        page.text(80, y, f"・{bullet}", 34)
        y += 60
    page.table(80, y + 30, widths, rows, size=32)
    return page


def _documents() -> list[tuple[str, Page, dict[str, Any], list[dict[str, Any]]]]:
    """(name, page, how it is finished, questions) for every image of the set."""
    documents: list[tuple[str, Page, dict[str, Any], list[dict[str, Any]]]] = []

    page, facts = invoice(number="INV-2026-0412", customer="株式会社さくら商事", issuer="青空システム株式会社", issued="2026年4月12日",
                          due="2026年5月31日", items=[("ノートパソコン", 2, 148000), ("液晶モニター", 3, 32500), ("設定作業費", 1, 45000)])
    documents.append(("invoice-1", page, {}, [
        {"q": "合計金額（税込）はいくらですか？", "any": [facts["total"]]},
        {"q": "支払期限はいつですか？", "any": ["2026年5月31日"]},
        {"q": "液晶モニターの単価はいくらですか？", "any": [facts["price:液晶モニター"]]},
    ]))
    page, facts = invoice(number="INV-0788", customer="北山製作所株式会社", issuer="東和サプライ株式会社", issued="2026年6月1日",
                          due="2026年6月30日", items=[("コピー用紙", 20, 2800), ("トナー", 4, 12800)])
    documents.append(("invoice-2-rotated", page, {"rotate": 90}, [
        {"q": "この請求書の合計金額（税込）は？", "any": [facts["total"]]},
        {"q": "トナーの数量は？", "any": [facts["quantity:トナー"]]},
    ]))
    page, facts = invoice(number="A-55120", customer="有限会社みなと企画", issuer="光陽印刷株式会社", issued="2026年2月3日",
                          due="2026年3月10日", items=[("パンフレット印刷", 500, 120), ("デザイン費", 1, 80000)])
    documents.append(("invoice-3-noisy", page, {"tilt": 2.0, "noise": 0.002, "seed": 3}, [
        {"q": "請求書の小計はいくらですか？", "any": [facts["subtotal"]]},
        {"q": "消費税はいくらですか？", "any": [facts["tax"]]},
        {"q": "支払期限はいつですか？", "any": ["2026年3月10日"]},
    ]))
    page, facts = invoice(number="B-3001", customer="株式会社ひかり物流", issuer="緑町電気工事株式会社", issued="2026年8月20日",
                          due="2026年9月30日", items=[("配線工事", 1, 260000), ("照明器具", 12, 8500)])
    documents.append(("invoice-4-photo", page, {"jpeg": True, "tilt": -1.5}, [
        {"q": "合計金額（税込）はいくらですか？", "any": [facts["total"]]},
        {"q": "照明器具の単価は？", "any": [facts["price:照明器具"]]},
    ]))

    page, facts = receipt(store="カフェ こもれび 駅前店", date="2026年5月14日", items=[("ブレンドコーヒー", 480), ("チーズケーキ", 520), ("サンドイッチ", 650)], paid=2000)
    documents.append(("receipt-1", page, {}, [
        {"q": "合計はいくらですか？", "any": [facts["total"]]},
        {"q": "お釣りはいくらですか？", "any": [facts["change"]]},
    ]))
    page, facts = receipt(store="みどり書店 本店", date="2026年7月2日", items=[("ビジネス書", 1980), ("雑誌", 890)], paid=5000)
    documents.append(("receipt-2-upside-down", page, {"rotate": 180}, [
        {"q": "合計金額はいくらですか？", "any": [facts["total"]]},
        {"q": "雑誌はいくらでしたか？", "any": ["890"]},
    ]))
    page, facts = receipt(store="つばめタクシー株式会社", date="2026年10月9日", items=[("運賃", 3420), ("高速料金", 930)], paid=5000)
    documents.append(("receipt-3-fax", page, {"noise": 0.003, "seed": 7, "jpeg": True}, [
        {"q": "合計金額はいくらですか？", "any": [facts["total"]]},
        {"q": "高速料金はいくら？", "any": ["930"]},
    ]))

    page = form(title="出張申請書", fields=[("氏名", "山田 太郎"), ("所属", "営業第二部"), ("申請日", "2026年3月2日"), ("出張先", "大阪支社"),
                                        ("期間", "2026年3月9日〜3月11日"), ("概算費用", "¥86,000")])
    documents.append(("form-travel", page, {}, [
        {"q": "出張先はどこですか？", "any": ["大阪支社"]},
        {"q": "概算費用はいくらですか？", "any": ["86,000"]},
        {"q": "申請者の所属は？", "any": ["営業第二部"]},
    ]))
    page = form(title="会議室予約票", fields=[("会議室", "第3会議室"), ("利用日", "2026年11月18日"), ("利用時間", "14時〜16時"),
                                          ("利用人数", "12名"), ("予約者", "佐藤 花子")])
    documents.append(("form-room-tilted", page, {"tilt": -3.0}, [
        {"q": "利用人数は何名ですか？", "any": ["12名"]},
        {"q": "予約された会議室は？", "any": ["第3会議室"]},
    ]))
    page = form(title="交通費精算書", fields=[("氏名", "鈴木 一郎"), ("利用区間", "東京〜横浜"), ("交通機関", "JR東海道線"),
                                          ("往復運賃", "¥1,100"), ("精算日", "2026年4月25日")])
    documents.append(("form-expense-rotated", page, {"rotate": 270}, [
        {"q": "往復運賃はいくらですか？", "any": ["1,100"]},
        {"q": "利用区間は？", "any": ["東京〜横浜", "東京~横浜", "東京～横浜"]},
    ]))

    page = slide(title="2026年度 地域別売上実績", bullets=["全地域で前年を上回りました", "単位：百万円"], widths=[300, 260, 260, 260],
                 rows=[["地域", "上期", "下期", "通期"], ["関東", "1,240", "1,410", "2,650"], ["関西", "860", "920", "1,780"], ["九州", "430", "515", "945"]])
    documents.append(("slide-sales", page, {}, [
        {"q": "関西の通期の売上は？", "any": ["1,780"]},
        {"q": "九州の下期の売上はいくらですか？", "any": ["515"]},
    ]))
    page = slide(title="新製品ラインナップ", bullets=["秋の新製品は3機種です"], widths=[400, 300, 360],
                 rows=[["製品名", "価格", "発売日"], ["ミライノート", "148,000円", "10月1日"], ["ミライパッド", "68,000円", "10月15日"], ["ミライペン", "9,800円", "11月1日"]])
    documents.append(("slide-products-noisy", page, {"noise": 0.002, "seed": 11}, [
        {"q": "ミライパッドの価格は？", "any": ["68,000"]},
        {"q": "ミライペンの発売日はいつですか？", "any": ["11月1日"]},
    ]))

    page = Page(width=900, height=1300)
    page.vertical(840, 80, ["臨時休業のお知らせ", "", "年末年始は十二月二十八日から", "一月四日まで休業いたします。", "営業開始は一月五日です。", "", "さくら図書館"])
    documents.append(("notice-vertical", page, {}, [
        {"q": "休業はいつからですか？", "any": ["十二月二十八日", "12月28日"]},
        {"q": "営業開始はいつですか？", "any": ["一月五日", "1月5日"]},
    ]))

    page = Page()
    page.center(90, "給与明細書")
    page.text(80, 200, "2026年6月分　社員番号 10234　高橋 健", 30)
    page.key_values(80, 300, [("基本給", "¥280,000"), ("残業手当", "¥42,500"), ("通勤手当", "¥15,000"), ("総支給額", "¥337,500"),
                               ("控除合計", "¥68,200"), ("差引支給額", "¥269,300")], size=32, value_x=500, step=70)
    documents.append(("payslip", page, {}, [
        {"q": "差引支給額はいくらですか？", "any": ["269,300"]},
        {"q": "残業手当はいくら？", "any": ["42,500"]},
    ]))

    page = Page()
    page.center(90, "御見積書")
    page.text(80, 220, "株式会社あおば 御中", 36)
    page.key_values(760, 220, [("見積番号", "Q-2026-118"), ("有効期限", "2026年12月25日")], size=26, value_x=160, step=46)
    bottom = page.table(80, 360, [520, 140, 220, 200], [["品名", "数量", "単価", "金額"], ["サーバー保守", "12", "¥25,000", "¥300,000"],
                                                      ["障害対応", "1", "¥60,000", "¥60,000"]])
    page.key_values(640, bottom + 40, [("御見積金額（税込）", "¥396,000")], size=32, value_x=300)
    documents.append(("quotation", page, {"tilt": 1.0}, [
        {"q": "見積書の有効期限はいつですか？", "any": ["2026年12月25日"]},
        {"q": "御見積金額（税込）はいくらですか？", "any": ["396,000"]},
        {"q": "サーバー保守の数量は？", "any": ["12"]},
    ]))

    page = Page(width=1400, height=900)
    page.text(60, 40, "ご注文内容の確認", 44, bold=True)
    page.draw.line((60, 110, 1340, 110), fill=0, width=2)
    page.key_values(60, 150, [("注文番号", "ORD-58213"), ("お届け予定日", "2026年9月3日"), ("お支払い方法", "クレジットカード"),
                              ("配送先", "東京都千代田区丸の内1-1-1"), ("ご請求額", "¥12,760")], size=32, value_x=360, step=72)
    documents.append(("screenshot-order", page, {}, [
        {"q": "お届け予定日はいつですか？", "any": ["2026年9月3日"]},
        {"q": "ご請求額はいくらですか？", "any": ["12,760"]},
    ]))

    page = Page(width=1400, height=1000)
    page.center(50, "高速バス時刻表（東京駅発）", 48)
    page.table(100, 180, [300, 300, 300, 400], [["便名", "東京駅発", "仙台駅着", "運賃"], ["101便", "7:30", "12:10", "4,200円"],
                                                ["105便", "10:00", "14:45", "4,200円"], ["111便", "15:20", "20:05", "3,900円"], ["121便", "23:00", "5:30", "3,600円"]], size=32)
    documents.append(("timetable-tilted-noisy", page, {"tilt": 2.5, "noise": 0.001, "seed": 5}, [
        {"q": "105便の仙台駅着は何時ですか？", "any": ["14:45"]},
        {"q": "121便の運賃は？", "any": ["3,600"]},
    ]))
    return documents


def write_set(directory: Path = DEFAULT_DIRECTORY) -> list[dict[str, Any]]:
    """Draw every image into `directory` and write its qa.jsonl; the questions, as written."""
    directory.mkdir(parents=True, exist_ok=True)
    questions: list[dict[str, Any]] = []
    for name, page, finish, asked in _documents():
        data, extension = _finish(page, **finish)
        (directory / f"{name}.{extension}").write_bytes(data)
        for number, item in enumerate(asked, start=1):
            questions.append({"id": f"{name}-{number}", "q": item["q"], "any": item["any"], "attach": f"{name}.{extension}"})
    with (directory / "qa.jsonl").open("w", encoding="utf-8") as out:
        for item in questions:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    return questions


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIRECTORY
    written = write_set(target)
    print(f"{len({item['attach'] for item in written})} images, {len(written)} questions in {target}")
