"""Japanese personal information: each kind found (全角 and hyphen variants included), the
hard negatives left alone, masked in the audit trail and in both log formats."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from appliance.audit.services import audit_record
from appliance.tenancy.services import organization_set_audit_questions
from appliance.text.pii import (
    corporate_number_is_valid,
    find,
    luhn_is_valid,
    mask,
    my_number_is_valid,
)
from operations.middleware import JsonFormatter, PlainFormatter
from tests.conftest import World


def kinds_in(text: str) -> list[tuple[str, str]]:
    return [(finding.kind, finding.text) for finding in find(text)]


def test_the_check_digits_are_the_published_ones() -> None:
    assert my_number_is_valid("123456789018") and not my_number_is_valid("123456789017")
    assert corporate_number_is_valid("1180301018771") and not corporate_number_is_valid("2180301018771")
    assert luhn_is_valid("4111111111111111") and not luhn_is_valid("4111111111111112")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("個人番号は123456789018です", [("my_number", "123456789018")]),
        ("マイナンバー：１２３４ ５６７８ ９０１８", [("my_number", "１２３４ ５６７８ ９０１８")]),
        ("法人番号 1180301018771", [("corporate_number", "1180301018771")]),
        ("登録番号T1180301018771", [("corporate_number", "1180301018771")]),
        ("代表 03-1234-5678", [("phone", "03-1234-5678")]),
        ("携帯０９０－１２３４－５６７８まで", [("phone", "０９０－１２３４－５６７８")]),
        ("携帯09012345678まで", [("phone", "09012345678")]),
        ("フリーダイヤル 0120-123-456", [("phone", "0120-123-456")]),
        ("大阪 06(6123)4567", [("phone", "06(6123)4567")]),
        ("〒100-0001", [("postal_code", "100-0001")]),
        ("〒１０００００１", [("postal_code", "１０００００１")]),
        ("宛先 yamada.taro@example.co.jp です", [("email", "yamada.taro@example.co.jp")]),
        ("カード 4111-1111-1111-1111", [("credit_card", "4111-1111-1111-1111")]),
        ("普通預金 口座番号 1234567", [("bank_account", "1234567")]),
        ("当座 0012345", [("bank_account", "0012345")]),
        ("神奈川県横浜市中区山下町1丁目2番地に住む", [("address", "神奈川県横浜市中区山下町1丁目2番地")]),
    ],
)
def test_each_kind_is_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "注文番号 123-4567 の商品",
        "伝票番号0312345678",
        "会議は2024-01-15 10:00から",
        "合計金額は1,234,567円です",
        "管理番号123456789018の資産",  # a valid check digit, but named as something else
        "シリアル 4111111111111112 の機器",
        "品番 ABC-1234-5678",
        "東京都内の店舗",
        "神奈川県内全市町村で実施",
        "ISBN 978-4-123456-78-9",
        "IPアドレス 192.168.100.200",
        "2024/03/15 締切",
    ],
)
def test_hard_negatives_are_left_alone(text: str) -> None:
    assert find(text) == []


def test_masking_keeps_the_rest_of_the_text_exactly() -> None:
    text = "山田（０９０－１２３４－５６７８）は〒100-0001 東京都千代田区千代田1-1にいます"
    assert mask(text) == "山田（［電話番号］）は〒［郵便番号］ ［住所］にいます"
    assert mask("電話で問い合わせた件") == "電話で問い合わせた件"


def test_the_audit_trail_masks_questions_and_details(world: World) -> None:
    organization_set_audit_questions(organization=world.org_a, enabled=True)
    world.org_a.refresh_from_db()
    event = audit_record(
        organization=world.org_a,
        actor=world.alice,
        kind="question",
        question="個人番号123456789018の扶養控除は？ 連絡先 090-1234-5678",
        details={"filename": "申請書_03-1234-5678.pdf", "nested": ["yamada@example.jp"]},
    )
    event.refresh_from_db()
    assert "123456789018" not in event.question and "090-1234-5678" not in event.question
    assert "［マイナンバー］" in event.question and "扶養控除" in event.question
    assert event.details == {"filename": "申請書_［電話番号］.pdf", "nested": ["［メールアドレス］"]}


def _record(message: str, *args: object, **extra: object) -> logging.LogRecord:
    record = logging.LogRecord("appliance.audit", logging.INFO, __file__, 1, message, args, None)
    record.__dict__.update(extra)
    record.request_id = "r-1"
    return record


def test_json_logs_mask_the_message_and_every_extra_field() -> None:
    record = _record("audit %s", "連絡先 090-1234-5678", audit={"question": "カード4111111111111111で払えますか", "user_id": 7})
    line = JsonFormatter().format(record)
    entry = json.loads(line)
    assert "090-1234-5678" not in line and "4111111111111111" not in line
    assert entry["message"] == "audit 連絡先 ［電話番号］"
    assert entry["audit"] == {"question": "カード［カード番号］で払えますか", "user_id": 7}
    assert entry["request_id"] == "r-1"


def test_plain_logs_mask_too() -> None:
    formatter = PlainFormatter("%(levelname)s [%(request_id)s] %(message)s")
    assert formatter.format(_record("mail from %s", "taro@example.jp")) == "INFO [r-1] mail from ［メールアドレス］"


def test_the_bench_prints_precision_and_recall_per_kind() -> None:
    output = subprocess.run(
        [sys.executable, "bench/pii.py"], capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parent.parent
    ).stdout
    lines = {line.split()[0]: line.split() for line in output.splitlines()[2:]}
    assert int(output.split()[0]) >= 100
    for kind in ("my_number", "corporate_number", "phone", "postal_code", "email", "credit_card", "bank_account", "address"):
        labelled, _, precision, recall = lines[kind][1:]
        assert int(labelled) >= 5 and float(precision) >= 0.9 and float(recall) >= 0.9, lines[kind]
