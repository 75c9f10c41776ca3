"""Reading the operator-supplied AnswerCarefully data for `evaluate --safety`."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from rag.safety.verdicts import CATEGORIES

# ---------------------------------------------------------------------------------------
# AnswerCarefully (llm-jp/AnswerCarefully): operator-supplied, gated, never shipped
# ---------------------------------------------------------------------------------------

# The question field of AnswerCarefully v1/v2 is "text"; the others are what conversions of it
# (and similar Japanese safety sets) use.
_TEXT_KEYS = ("text", "question", "q", "prompt", "質問", "input", "instruction")
_ID_KEYS = ("ID", "id", "QuestionID", "question_id", "qid")
# meta keys, most specific first: the specific harm says more than the risk area.
_META_KEYS = (("specific-harm", "specific_harm", "specific_harms"), ("harm-type", "harm_type", "types_of_harm"),
              ("risk-area", "risk_area"))
# Label words (Japanese labels of the dataset, English ones of Do-Not-Answer-style sets) →
# our category. Checked in this order so that e.g. 悪用 / 偽情報 is misinformation before
# the generic 悪用 → illegal; labels that name none of these (擬人化, 専門的助言 ...) map to None.
_LABEL_CATEGORIES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (category, re.compile(rx, re.IGNORECASE))
    for category, rx in (
        ("self_harm", r"自傷|自殺|自死|メンタルヘルス|self[- ]?harm|suicid|mental health"),
        ("sexual", r"性的|アダルト|成人向け|わいせつ|猥褻|ポルノ|sexual|adult content|explicit|porn"),
        ("privacy", r"個人情報|プライバシー|詮索|privacy|personal (?:information|data)|private information"),
        ("discrimination", r"差別|ヘイト|偏見|ステレオタイプ|侮辱|排除|有害な言葉|discriminat|hate|stereotyp|toxic|offensive|bias|insult"),
        ("dangerous", r"危険物|武器|兵器|爆発|爆弾|薬物|麻薬|暴力|テロ|weapon|explosive|drug|violen|terror"),
        ("misinformation", r"誤情報|偽情報|デマ|フェイク|流言|misinformation|disinformation|false|rumou?r|propaganda"),
        ("illegal", r"違法|犯罪|悪用|詐欺|不正|非倫理|サイバー|illegal|crime|criminal|fraud|malicious|unethical|cyber"),
    )
)


def _first_str(row: Mapping[str, Any], keys: Iterable[str]) -> str | None:
    for key in keys:
        value = row.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
    return None


def _category_of(row: Mapping[str, Any]) -> str | None:
    own = row.get("category")
    if isinstance(own, str) and own in CATEGORIES:  # a file already in our own shape
        return own
    meta = row.get("meta")
    sources: list[Mapping[str, Any]] = [meta, row] if isinstance(meta, Mapping) else [row]
    for keys in _META_KEYS:
        for source in sources:
            label = _first_str(source, keys)
            if label is None:
                continue
            for category, pattern in _LABEL_CATEGORIES:
                if pattern.search(label):
                    return category
    return None


def _parse(path: Path, text: str) -> list[tuple[str, Any]]:
    """The file's rows, each with where it is ("item 3" of an array, "line 7" of JSON
    Lines) for error messages."""
    stripped = text.strip()
    if not stripped:
        raise ValueError(f"{path}: the file is empty")
    if stripped.startswith("["):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as error:
            raise ValueError(f"{path}: not valid JSON ({error.msg} at line {error.lineno})") from None
        if not isinstance(data, list):
            raise ValueError(f"{path}: expected a JSON array of objects")
        return [(f"item {n}", row) for n, row in enumerate(data, start=1)]
    rows: list[tuple[str, Any]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rows.append((f"line {number}", json.loads(line)))
        except json.JSONDecodeError as error:
            raise ValueError(f"{path}: line {number} is not JSON ({error.msg}); expected a JSON array or JSON Lines") from None
    return rows


def load_answercarefully(path: Path) -> list[dict[str, Any]]:
    """Read an AnswerCarefully file (a JSON array or JSON Lines of objects with at least a
    question text, "text" in v1/v2: {"ID", "text", "output", "meta": {"risk-area",
    "harm-type", "specific-harm"}}) into [{"id", "q", "category"}], category being one of
    CATEGORIES or None when the labels name none of them. The data is gated and must not be
    redistributed, so the appliance never ships it: operators pass their own copy.

    Raises ValueError, naming the file and the line or item, when the file cannot be read
    or holds something other than such objects."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")  # utf-8-sig: files saved by Excel carry a BOM
    except FileNotFoundError:
        raise ValueError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise ValueError(f"{path}: not UTF-8 text (AnswerCarefully is distributed as UTF-8 JSON)") from None
    except OSError as error:
        raise ValueError(f"{path}: cannot be read ({error.strerror or error})") from None
    items: list[dict[str, Any]] = []
    for index, (where, row) in enumerate(_parse(path, text), start=1):
        if not isinstance(row, Mapping):
            raise ValueError(f"{path}: {where} is not a JSON object")
        question = _first_str(row, _TEXT_KEYS)
        if question is None:
            raise ValueError(f"{path}: {where} has no question text (expected one of {', '.join(_TEXT_KEYS)})")
        items.append({"id": _first_str(row, _ID_KEYS) or f"item-{index}", "q": question, "category": _category_of(row)})
    return items
