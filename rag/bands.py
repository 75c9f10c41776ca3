"""A quantity the asker states picks the row of a banded table: 「12.3キロなんだけど、運賃は？」 is
asked of the 「営業キロ: 11〜15km」 row, 「年収380万円だと」 of 「300万円以上400万円未満」, 「70歳の
父は」 of 「65歳以上」. The question names no row's label, and every band's row holds the question's
other words (運賃, 大人, 片道) alike: the rows of the other bands are another record each."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from appliance.text.japanese import TABLE_CELL_SEPARATOR
from rag.english_quantities import english_stated

if TYPE_CHECKING:
    from rag.quoting import Sentence
    from rag.retrieval import Passage

_Held = TypeVar("_Held")

# One unit, as the question and a table write it.
_UNITS = {
    "km": ("km", "キロメートル", "キロ"),
    "学年": ("学年",),
    "kg": ("kg", "キログラム"),
    "トン": ("トン", "t"),
    "歳": ("歳", "才"),
    "万円": ("万円",),
    "円": ("円",),
    "人": ("人", "名"),
    "時間": ("時間",),
    "分": ("分",),
    "日": ("日",),
    "年": ("年",),
    "m3": ("m3", "立方メートル", "立米"),
    "m2": ("m2", "平方メートル", "平米"),  # 「38.5㎡」, 「27m²」 (NFKC: m2)
    "cc": ("cc", "CC"),  # an engine's size: 「排気量125cc超750cc以下」
    "kWh": ("kWh", "キロワット時"),
    "m": ("m", "メートル"),
    # Lengths and weights a price list may be banded by (「髪の長さ: 30cm以上45cm未満」, 「100g未満」).
    "cm": ("cm", "センチメートル", "センチ"),
    "mm": ("mm", "ミリメートル"),
    "g": ("g", "グラム"),
    "ml": ("ml", "mL", "ミリリットル"),
    # Counts a table may be banded by (「対応件数: 3件〜5件」, 「硬貨: 301枚〜500枚」).
    # (「総戸数32戸」 of 「21戸〜40戸」); and copies, pieces and the like a price list is banded by (「301〜1,000部」).
    **{unit: (unit,) for unit in ("件", "回", "枚", "コマ", "戸", "台", "泊", "部", "冊", "個", "袋", "箱", "食", "頭", "匹", "席", "室", "点")},
    "ページ": ("ページ", "頁"), "か所": ("か所", "カ所", "ヶ所", "箇所"),
    # Long things and teeth: 「インプラント2本以上4本未満」, 「欠損3歯以上6歯未満」 (teeth are counted 本 when spoken: 「歯が5本ない」).
    "本": ("本", "歯"),
}
_COUNTS = frozenset({"件", "回", "枚", "コマ", "戸", "台", "泊", "部", "冊", "個", "袋", "箱", "ページ", "食", "頭", "匹", "席", "室", "点", "か所", "本"})
_UNIT_WORDS = sorted(((word, unit) for unit, words in _UNITS.items() for word in words), key=lambda pair: -len(pair[0]))
_UNIT_PATTERN = "|".join(re.escape(word) for word, _ in _UNIT_WORDS)
_UNIT_WORDS_IN = re.compile(_UNIT_PATTERN)
_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
# 「12.3キロ」, 「8キロちょっと」, 「年収380万円」; not a date's or a count's 「4月から」, 「1か月」, nor a date's year or day, nor a
# clock's minutes (「2026年度」, 「4月1日」, 「9時30分」). 「ひと月15m³」, 「月25時間働いた」 are amounts, the 月 a date's only
# before a day; 「1,000m³をこえて使う」 states more than 1,000m³ (group 3). 「1時間いくら」, 「1回につき」 ask a rate: none stated.
STATED_QUANTITY = re.compile(
    rf"(?<![\d.,時])(?<!\d月)({_NUMBER})\s*({_UNIT_PATTERN})(?![A-Za-z\d])(を?(?:こえ|超え)|超)?"
    rf"(?!度|生|月|[\u3041-\u3093]*(?:以内|以上|以下|未満|まで|から|前|後|目|ごと|おき|当たり|あたり))"
)
_PER_ONE = re.compile(r"\s*(?:いくら|につき|で何円|何円)")
# 「1時間30分」, 「6時間半」: one time, written in minutes (「90分」, 「390分」) before it is read.
_HOURS_AND_MINUTES = re.compile(r"(\d+(?:\.\d+)?)\s*時間\s*(?:(\d+)\s*分|(半))")


# 「朝9時から夕方5時まで借りたい」: a span of the clock is its length (8時間), for a table banded by hours.
_SPAN = re.compile(r"(朝|午前|昼|午後|夕方|夜)?(\d{1,2})時(半)?(?:から|〜|~)(朝|午前|昼|午後|夕方|夜)?(\d{1,2})時(半)?まで")


def _hour(part: str, hour: str) -> float:
    return float(hour) + (12 if part in ("午後", "夕方", "夜") and int(hour) < 12 else 0)


def _span_hours(match: re.Match[str]) -> float:
    return _hour(match.group(4) or "", match.group(5)) + 0.5 * bool(match.group(6)) - _hour(match.group(1) or "", match.group(2)) - 0.5 * bool(match.group(3))


def _as_length(match: re.Match[str]) -> str:
    return f"{match.group(0)}（{length * 60:g}分）" if (length := _span_hours(match)) > 0 else match.group(0)


def span_lengths(question: str) -> list[str]:
    """The lengths of the spans of the clock a question states, as a table of hours writes them (「8時間」)."""
    lengths = [_span_hours(match) for match in _SPAN.finditer(unicodedata.normalize("NFKC", question))]
    return [f"{length:g}時間" for length in lengths if length > 0]


# Years with months (「1年6か月以上2年6か月未満」, 「勤続2年3か月」) in years; a band's or a service's bare months (「6か月以上」, 「勤続8か月」) too.
_YEARS_AND_MONTHS = re.compile(r"(\d+)年(\d{1,2})(?:か月|ヶ月|カ月)")
# (And months something is kept, used or rented for: 「18か月預けるとき」 is 1.5年 of a storage table's bands.)
_BARE_MONTHS = re.compile(r"(?<![\d年.])(\d{1,2})(?:か月|ヶ月|カ月)(?=以上|未満|以下|超|[〜~]|間?(?:預け|預か|保管|利用|契約|借り|レンタル|滞在|在籍|勤め|働))|(?<=勤続)(\d{1,2})(?:か月|ヶ月|カ月)")


def _in_minutes(text: str) -> str:
    text = _YEARS_AND_MONTHS.sub(lambda match: f"{int(match.group(1)) + int(match.group(2)) / 12:.4g}年", text)
    text = _BARE_MONTHS.sub(lambda match: f"{int(match.group(1) or match.group(2)) / 12:.4g}年", text)
    text = _SPAN.sub(_as_length, text)
    return _HOURS_AND_MINUTES.sub(lambda match: f"{float(match.group(1)) * 60 + (30 if match.group(3) else int(match.group(2))):g}分", text)


# 「電話が1件もなかったら」, 「1回も使っていない」: none at all, the 0件 row's.
_NONE_AT_ALL = re.compile(r"も[^。、？?]{0,10}?(?:な[いかくしけ]|ありませ|ゼロ|せず)")


def _none_at_all(match: re.Match[str], text: str) -> bool:
    return _number(match.group(1)) == 1 and _unit_of(match.group(2)) in _COUNTS and _NONE_AT_ALL.match(text, match.end()) is not None


def _is_stated(match: re.Match[str], text: str) -> bool:
    if text[: match.start()].endswith("月") and _unit_of(match.group(2)) == "日":
        return False  # 「今月25日」, 「毎月10日」: a day of the month
    if _number(match.group(1)) == 1 and _unit_of(match.group(2)) in _COUNTS and text.startswith("の", match.end()):
        return False  # 「1回の訪問で」: each one, no count
    if _number(match.group(1)) == 1 and re.match(r"に\s*\d", text[match.end():]):
        return False  # 「1日に35件」: the period of a rate, 35件 is what is stated
    return not (_number(match.group(1)) == 1 and _PER_ONE.match(text, match.end()))
# 「11〜15km」, 「11km〜15km」, 「300万円以上400万円未満」, 「65歳以上」, 「3km以下」, 「20km超」.
_RANGE = re.compile(rf"({_NUMBER})\s*({_UNIT_PATTERN})?\s*(以上|超|を超え)?\s*[〜~～\-ー－]\s*({_NUMBER})\s*({_UNIT_PATTERN})?\s*(以下|未満|まで)?")
_ONE_COUNT = re.compile(rf"({_NUMBER})\s*({_UNIT_PATTERN})\s*(?:[（(][^（）()]*[）)])?")
# 「20m³をこえ80m³まで」, 「0m³から20m³まで」 (from: the low end included).
_RANGE_IN_WORDS = re.compile(rf"({_NUMBER})\s*({_UNIT_PATTERN})?\s*(以上|超|を超え|をこえ|から)()\s*({_NUMBER})\s*({_UNIT_PATTERN})?\s*(以下|未満|まで|以内)")
# A label's band in brackets: 「引取・納車（片道10km超20km以内）」.
_BRACKETED = re.compile(r"[（(][^（）()\d]*(\d[^（）()]*)[）)]")
_ONE_SIDED = re.compile(rf"({_NUMBER})\s*({_UNIT_PATTERN})?\s*(以上|超|を超える|をこえる|以下|未満|以内|まで)(?:の場合|場合|分|の分)?")


def _unit_of(word: str | None) -> str | None:
    return next((unit for written, unit in _UNIT_WORDS if word == written), None) if word else None


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _in_yen(value: float, unit: str | None) -> tuple[float, str | None]:
    """The amount in 円 (「年収420万円」), a weight in kg (「1.8トンくらい」 is 1,800kg), a time in
    minutes (「7時間」 is 420分, within 「30分以上1時間未満」's 60)."""
    if unit == "トン":
        return value * 1_000, "kg"
    if unit == "時間":
        return value * 60, "分"
    return (value * 10_000, "円") if unit == "万円" else (value, unit)


@lru_cache(maxsize=256)  # asked of each row and cell an answer is checked against
def _stated_all(question: str) -> dict[str, float]:
    """The quantities the question states, one per unit ({"学年": 8, "回": 2} for 「中2の子が週2回」);
    a unit stated twice is left out, unless one of the two is above a bound."""
    # (「年100万ちょっと」 is 100万円: 万 alone is yen, not 「5万人」.)
    text = re.sub(r"(?<=\d)万(?![円人件台回枚個本部冊世帯])", "万円", _in_grades(_in_minutes(unicodedata.normalize("NFKC", question))))
    written = [
        (_in_yen(0.0 if _none_at_all(match, text) else _number(match.group(1)) + (1e-6 if match.group(3) else 0), _unit_of(match.group(2))), bool(match.group(3)))
        for match in STATED_QUANTITY.finditer(text)
        if _is_stated(match, text)
    ]
    found = {quantity for quantity, _ in written} | english_stated(question) | _days_before_stated(text)
    # 「30代の大人」: an age in its thirties, held by the band that holds 35歳 (「18歳以上64歳以下」).
    found |= {(float(decade.group(1)) + 5, "歳") for decade in re.finditer(r"(?<![\d.,])([1-9]0)\s*代(?![目替わ])", text)}
    found = {(value, unit) for value, unit in found if unit and not (unit == "年" and value >= 1900)}
    # 「250kWhくらい使うけど、120kWhを超えた分は？」: the part above a bound names its band.
    above = {quantity for quantity, over in written if over} & found
    stated: dict[str, float] = {}
    for unit in {unit for _, unit in found}:
        values = {value for value, its_unit in found if its_unit == unit}
        over = {value for value, its_unit in above if its_unit == unit}
        if len(values) == 1 or len(over) == 1:
            stated[unit] = next(iter(values if len(values) == 1 else over))  # type: ignore[index]
    return stated


def stated_quantity(question: str) -> tuple[float, str] | None:
    """The one quantity with a unit the question states, as a number and its unit (an amount in
    円, 「年収420万円」 as 4,200,000円); None for none or several."""
    stated = _stated_all(question)
    return next(((value, unit) for unit, value in stated.items()), None) if len(stated) == 1 else None


def states_a_quantity(text: str) -> bool:
    """Whether the text states a quantity with a unit (「片道ちょうど5kmです」); a rate's 「1日いくら」 states none."""
    return bool(_stated_all(text))


def stated_in(question: str, unit: str) -> float | None:
    """The quantity the question states in this unit (「中2の子が週2回」: 8学年, 2回)."""
    return _stated_all(question).get(unit)


# A school grade as one count of years: 小学3年 is the 3rd, 中2 the 8th, 高校3年 the 12th (学年).
_GRADE = re.compile(r"(小学|中学|高校|(?<![\u4e00-\u9fff])[小中高])\s*(\d{1,2})(?:\s*年生?|(?![\d\u4e00-\u9fffA-Za-z]))")
_GRADE_OFFSETS = {"小学": 0, "小": 0, "中学": 6, "中": 6, "高校": 9, "高": 9}


def _in_grades(text: str) -> str:
    return _GRADE.sub(lambda match: f"{_GRADE_OFFSETS[match.group(1)] + int(match.group(2))}学年", text)


# Days before a day (a cancellation's 「8日前まで」, 「7日前から前日まで」, 「当日」), as a unit of its own:
# 「10日前に取り消す」, "cancelled 10 days before" is held by 「8日前まで」 (8 days or more before).
_DAYS_BEFORE = re.compile(r"(\d+)\s*日前")
_DAYS_BEFORE_EN = re.compile(r"(\d+)\s*days?\s+(?:before|prior to|ahead of)", re.IGNORECASE)


def _in_days_before(text: str) -> str:
    return re.sub(r"前日", "1日前", re.sub(r"当日", "0日前", text))


_CANCELLED = re.compile(r"キャンセル|取消|取り消|解約|払戻|払い戻|返金|変更|cancel|refund|change", re.IGNORECASE)


def _days_before_stated(text: str) -> set[tuple[float, str]]:
    if not _CANCELLED.search(text):
        return set()  # (「当日の受付」, 「前日の夜」 state no days before anything)
    return {(_number(number), "日前") for number in [*_DAYS_BEFORE.findall(_in_days_before(text)), *_DAYS_BEFORE_EN.findall(text)]}


def _days_before_band(label: str) -> tuple[float, float, bool, bool, str] | None:
    """「出航日の8日前まで」: 8 days before or earlier; 「7日前から前日まで」: 1 to 7; 「当日」: 0."""
    text = _in_days_before(label)
    if "日前" not in text:
        return None
    if match := re.search(r"(\d+)日前から(\d+)日前まで", text):
        low, high = sorted((_number(match.group(1)), _number(match.group(2))))
        return (low, high, True, True, "日前")
    if match := re.search(r"(\d+)日前まで", text):
        return (_number(match.group(1)), float("inf"), True, True, "日前")
    if match := re.fullmatch(r"[^\d]{0,8}?(\d+)日前(?:[（(][^）)]*[）)])?", text):
        return (_number(match.group(1)), _number(match.group(1)), True, True, "日前")
    return None


def band(label: str, column: str = "") -> tuple[float, float, bool, bool, str] | None:
    """A row label's range (low, high, low included, high included, unit); the unit may be in
    its column's name (「営業キロ: 4〜6」). None when the label is no range."""
    if (found := _days_before_band(unicodedata.normalize("NFKC", label))) is not None:
        return found
    # (「月9コマ〜12コマ」, 「週2回」: so many a month, a week.)
    label = re.sub(r"^(?:毎週|毎月|週|月)(?=\d)", "", _in_grades(_in_minutes(unicodedata.normalize("NFKC", label))).strip())
    column = unicodedata.normalize("NFKC", column)
    column_unit = next((unit for written, unit in _UNIT_WORDS if written in column), None)
    # A count of its own among bands of counts (「0件（待機のみ）」 above 「1件〜2件」): a band of one.
    if (match := _ONE_COUNT.fullmatch(label)) and _unit_of(match.group(2)) in _COUNTS:
        return (_number(match.group(1)), _number(match.group(1)), True, True, _unit_of(match.group(2)) or "")
    # Grades listed (「中学1年・中学2年」, 「高校3年・既卒生」): from the first to the last.
    if (grades := [int(number) for number in re.findall(r"(\d{1,2})学年", label)]) and re.fullmatch(r"\d{1,2}学年(?:・(?:\d{1,2}学年|[^\d・]+))*", label) and grades == list(range(grades[0], grades[-1] + 1)):
        return (float(grades[0]), float(grades[-1]), True, True, "学年")
    if match := _RANGE.fullmatch(label):
        unit = _unit_of(match.group(5)) or _unit_of(match.group(2)) or column_unit
        if unit is None:
            return None
        return _yen_band(_number(match.group(1)), _number(match.group(4)), match.group(3) is None, match.group(6) != "未満", unit, _unit_of(match.group(2)))
    if match := _RANGE_IN_WORDS.fullmatch(label):
        unit = _unit_of(match.group(6)) or _unit_of(match.group(2)) or column_unit
        if unit is None:
            return None
        return _yen_band(_number(match.group(1)), _number(match.group(5)), match.group(3) in ("以上", "から"), match.group(7) != "未満", unit, _unit_of(match.group(2)))
    if match := _ONE_SIDED.fullmatch(label):
        unit = _unit_of(match.group(2)) or column_unit
        if unit is None:
            return None
        value, bound = _number(match.group(1)), match.group(3)
        if bound in ("以上", "超", "を超える", "をこえる"):
            return _yen_band(value, float("inf"), bound == "以上", True, unit)
        return _yen_band(float("-inf"), value, True, bound != "未満", unit)
    if (bracketed := _BRACKETED.search(label)) and bracketed.group(1) != label and re.search(r"以上|以下|未満|超|まで|以内|[〜~～\-ー－]", bracketed.group(1)):
        return band(bracketed.group(1), column)  # (「入館料（1回）」 is a price per visit: no band of one)
    return None


def _yen_band(low: float, high: float, low_in: bool, high_in: bool, unit: str, low_unit: str | None = None) -> tuple[float, float, bool, bool, str]:
    """(Each end in its own unit: 「30分以上1時間未満」 is 30 to 60 minutes.)"""
    (low, _), (high, in_yen) = _in_yen(low, low_unit or unit), _in_yen(high, unit)
    return (low, high, low_in, high_in, in_yen or unit)


def _holds(found: tuple[float, float, bool, bool, str], value: float, unit: str) -> bool:
    low, high, low_in, high_in, its_unit = found
    if its_unit != unit:
        return False
    above = value > low or (low_in and value == low)
    below = value < high or (high_in and value == high)
    return above and below


def _first_cell(row: str) -> tuple[str, str] | None:
    """A row's first cell as (column, value): 「営業キロ: 4〜6km | …」 → (営業キロ, 4〜6km)."""
    if TABLE_CELL_SEPARATOR not in row:
        return None
    column, colon, value = row.split(TABLE_CELL_SEPARATOR)[0].partition(": ")
    return (column.strip(), value.strip()) if colon else None


def _row_band(sentence: Sentence) -> tuple[float, float, bool, bool, str] | None:
    cell = band_cell(sentence.text.split(" / ")[-1])
    return band(cell[1], cell[0]) if cell else None


def band_cell(row: str) -> tuple[str, str] | None:
    """The row's cell of its band: its first, or the first of its leading cells that is a range
    (「料金表: 料金表B | 月間ガス使用量: 20m³をこえ80m³まで | 基本料金…」), or the one range a leading
    cell writes among its words (「対象となる方: 世帯全員が住民税非課税で、年金収入等が年80万円を超え
    120万円以下の方」: 80万円を超え120万円以下)."""
    cells = [(column.strip(), value.strip()) for column, colon, value in (cell.partition(": ") for cell in row.split(TABLE_CELL_SEPARATOR)[:3]) if colon]
    for column, value in cells:
        if band(value, column) is not None:
            return column, value
    for column, value in cells[1:]:
        text = _in_minutes(unicodedata.normalize("NFKC", value))
        written = {match.group(0) for pattern in (_RANGE_IN_WORDS, _RANGE, _ONE_SIDED) for match in pattern.finditer(text) if _UNIT_WORDS_IN.search(match.group(0)) and band(match.group(0), column)}
        # (Each end of 「2本以上4本未満」 read alone too is that band's: the one range the cell writes.)
        widest = {one for one in written if not any(one != other and one in other for other in written)}
        if len(widest) == 1:
            return column, widest.pop()
    return _first_cell(row)


def banded_row(question: str, sentences: Sequence[Sentence]) -> Sentence | None:
    """The one shown row, of two or more banded rows in the question's unit, whose band holds
    the quantity the question states; None where there is no such choice to make."""
    chosen: dict[str, Sentence] = {}
    for unit, value in _stated_all(question).items():
        bands = [(sentence, found) for sentence in sentences if (found := _row_band(sentence)) is not None and found[4] == unit]
        if len(bands) < 2:
            continue
        holding = _the_named_one(question, {sentence.text: sentence for sentence, found in bands if _holds(found, value, unit)})
        chosen.update(holding if len(holding) == 1 else {})
    return next(iter(chosen.values())) if len(chosen) == 1 else None


def holds_the_stated_quantity(question: str, sentence: Sentence) -> bool:
    """Whether the row is a band that holds a quantity the question states (「勤続3年半」: the
    3年以上4年未満 row): the row the question keys, whatever another table's columns name."""
    return _holds_stated(_row_band(sentence), _stated_all(question))


def _holds_stated(found: tuple[float, float, bool, bool, str] | None, stated: dict[str, float]) -> bool:  # the quantity stated in its unit
    return found is not None and found[4] in stated and _holds(found, stated[found[4]], found[4])


def _the_named_one(question: str, holding: dict[str, _Held]) -> dict[str, _Held]:
    """Of rows whose bands all hold the stated quantity (身体介護's 「30分以上1時間未満」 and 生活援助's
    「20分以上45分未満」 for 40分), the one whose other cells the question writes (「身体介護で40分」)."""
    chosen = {row: held for row, held in holding.items() if names_a_cell(question, row)}
    return chosen if len(holding) > 1 and len(chosen) == 1 else holding


def names_a_cell(question: str, row: str) -> bool:
    """Whether the question writes one of the row's cells that is no band, or its first words
    (「軽トラで」 for 軽トラック, 「2トンロングで」 for 2トンロング車: all but two of its letters)."""
    return bool(cells_named(question, row))


def cells_named(question: str, row: str) -> list[str]:
    """The row's cells that are no band the question writes, or writes the first words of."""
    asked = unicodedata.normalize("NFKC", question)
    cells = [(column.strip(), unicodedata.normalize("NFKC", value.strip())) for column, _, value in (cell.partition(": ") for cell in row.split(" / ")[-1].split(TABLE_CELL_SEPARATOR))]
    return [value for column, value in cells if len(value) > 1 and value[: max(3, len(value) - 2)] in asked and band(value, column) is None]


def _the_named_row_instead(
    question: str, chosen: Sentence, passages: list[Passage], rest: Callable[[Sequence[Passage]], list[Passage]]
) -> tuple[str, Passage] | None:
    """The row of the chosen band's table that holds the stated quantity and names what the
    question names, where the chosen row does not (「軽トラで20kmほど」: the 軽トラック 15km以上30km未満
    row, not the shown 1.5トン車 one), from the passages or else the rest of the document."""
    row = chosen.text.split(" / ")[-1]
    found = _band_of(row)
    if found is None or names_a_cell(question, row) or (value := _stated_all(question).get(found[4])) is None:
        return None
    def rows_of(read: Sequence[Passage]) -> list[tuple[str, Passage]]:
        return [(line.strip().split(" / ")[-1], passage) for passage in read for line in passage.text.splitlines()]

    shown = rows_of(passages)
    if not any(_columns(other) == _columns(row) and names_a_cell(question, other) for other, _ in shown):
        return None  # (no row of its table shown names what the question does: the chosen one stands)
    for read in (lambda: shown, lambda: rows_of(rest([passages[chosen.passage - 1]]))):
        holding = {
            other: passage for other, passage in read()
            if _columns(other) == _columns(row) and (band_of := _band_of(other)) and band_of[4] == found[4] and _holds(band_of, value, found[4]) and names_a_cell(question, other)
        }
        if holding:
            return next(iter(holding.items())) if len(holding) == 1 else None
    return None


def within_the_columns_band(question: str, cells: Sequence[tuple[str, str]]) -> list[tuple[str, str]] | None:
    """Of a row's cells under columns that are bands (「所要時間 5時間以上7時間未満 改定後」,
    「所要時間 7時間以上9時間未満 改定後」, …), those whose band holds the question's stated quantity
    (「6時間半くらい」): [] where none does; None for a row with no two such bands."""
    for unit, value in _stated_all(question).items():
        banded = [(cell, found) for cell in cells if (found := _column_band(cell[0])) is not None and found[4] == unit]
        if len({found for _, found in banded}) >= 2:
            held = [(cell, found) for cell, found in banded if _holds(found, value, unit)]
            # Bounds counted up to (「6時間まで」, 「12時間まで」, 「24時間まで」): 8時間 is the least one's.
            if held and all(found[0] == float("-inf") for _, found in held):
                held = [(cell, found) for cell, found in held if found[1] == min(bound[1] for _, bound in held)]
            return [cell for cell, _ in held]
    # Or the band the question writes itself (「5時間以上7時間未満の要介護2の人」).
    text = _in_minutes(unicodedata.normalize("NFKC", question))
    written = {found for pattern in (_RANGE_IN_WORDS, _RANGE) for match in pattern.finditer(text) if (found := band(match.group(0))) is not None}
    banded = [(cell, found) for cell in cells if (found := _column_band(cell[0])) is not None]
    if written and len({found for _, found in banded}) >= 2 and (named := [cell for cell, found in banded if found in written]):
        return named
    return None


def _column_band(column: str) -> tuple[float, float, bool, bool, str] | None:
    # (「週2回（月額）」 is the column of 2 a week.)
    return next((found for part in unicodedata.normalize("NFKC", column).split() if (found := band(part)) is not None), None)


def within_the_band(question: str, sentences: list[Sentence]) -> list[Sentence]:
    """The shown sentences with the rows of the other bands left out and the band asked first."""
    chosen = banded_row(question, sentences)
    if chosen is None:
        return sentences
    unit = _row_band(chosen)[4]  # type: ignore[index]  # (a band was chosen)
    others = [sentence for sentence in sentences if sentence is not chosen and not ((found := _row_band(sentence)) and found[4] == unit)]
    return [chosen, *others]


def with_the_band_row(
    question: str, sentences: Sequence[Sentence], passages: Sequence[Passage], rest: Callable[[Sequence[Passage]], list[Passage]]
) -> tuple[list[Sentence], list[Passage]]:
    """`within_the_band`, and where the band that holds the stated quantity was not shown
    (「電話が1件もなかったら」: the 0件 row, which the choice of sentences ranked low or the search
    did not find) though other bands of its table were, that row from the passages or else from
    the rest of their documents (`rest`), its chunk added to the passages."""
    from rag.quoting import row_read_elsewhere  # (quoting reads the bands: imported when first needed)

    sentences, passages = list(sentences), list(passages)
    units = {found[4] for sentence in sentences if (found := _row_band(sentence)) is not None} & set(_stated_all(question))
    chosen = banded_row(question, sentences)
    if not units and sentences and chosen is None and (row := _introduced_band_row(question, passages, rest)) is not None:
        return within_the_band(question, [row_read_elsewhere(*row, sentences, passages), *sentences]), passages
    if chosen is not None and (named := _the_named_row_instead(question, chosen, passages, rest)) is not None:
        return within_the_band(question, [row_read_elsewhere(*named, sentences, passages), *(sentence for sentence in sentences if sentence is not chosen)]), passages
    if chosen is not None or len(units) != 1 or not sentences:
        return within_the_band(question, sentences), passages
    unit = next(iter(units))
    value = _stated_all(question)[unit]
    shown = [sentence for sentence in sentences if (found := _row_band(sentence)) is not None and found[4] == unit]
    if not shown:
        return sentences, passages
    columns = {_columns(sentence.text.split(" / ")[-1]) for sentence in shown}
    of_the_bands = [passage for number, passage in enumerate(passages, start=1) if any(sentence.passage == number for sentence in shown)]
    for read in (lambda: passages, lambda: rest(of_the_bands)):
        rows_read = ((line.strip().split(" / ")[-1], passage) for passage in read() for line in passage.text.splitlines())
        holding = {row: passage for row, passage in rows_read if _columns(row) in columns and (found := _band_of(row)) and found[4] == unit and _holds(found, value, unit)}
        if holding:
            break
    holding = _the_named_one(question, holding)
    if not holding and (introduced := _introduced_band_row(question, passages, rest)):
        holding = dict([introduced])  # none of the shown table's bands holds it: a table a passage leads into may
    if len(holding) != 1:
        return sentences, passages
    (row, passage), = holding.items()
    found = row_read_elsewhere(row, passage, sentences, passages)
    if (named := _the_named_row_instead(question, found, passages, rest)) is not None:  # (「小型バンで」, the row found of 中型車)
        return within_the_band(question, [row_read_elsewhere(*named, sentences, passages), *(sentence for sentence in sentences if sentence.text != row)]), passages
    return within_the_band(question, [found, *sentences]), passages


def _introduced_band_row(question: str, passages: Sequence[Passage], rest: Callable[[Sequence[Passage]], list[Passage]]) -> tuple[str, Passage] | None:
    """The row holding the stated quantity of a banded table no shown sentence is from, where a
    passage ends in the prose that leads into it (rag/table_leads.py: 「勤続3年半」, the 3年以上4年未満
    row of the table 「年次有給休暇は、…勤続年数に応じて次の表の日数を付与する。」 leads into, which
    the search did not find)."""
    from rag.table_leads import introduced_tables  # (it reads passages the bands' callers give)

    stated = _stated_all(question)
    if not stated:
        return None
    holding = {
        row: chunk for chunk in introduced_tables(passages, rest)
        for row in (line.strip() for line in chunk.text.splitlines())
        if _holds_stated(_band_of(row), stated)
    }
    holding = _the_named_one(question, holding)
    return next(iter(holding.items())) if len(holding) == 1 else None


def _columns(row: str) -> tuple[str, ...]:
    return tuple(cell.partition(": ")[0].strip() for cell in row.split(TABLE_CELL_SEPARATOR))


def _band_of(row: str) -> tuple[float, float, bool, bool, str] | None:
    cell = band_cell(row)
    return band(cell[1], cell[0]) if cell else None


# A quantity a label writes (「無事故表彰（連続5年）」, 「勤続10年以上」).
_WRITTEN_QUANTITY = re.compile(rf"({_NUMBER})\s*({_UNIT_PATTERN})\s*(以上|超|以下|未満|以内|まで)?")
# Units whose one amount in a label is that amount alone (「連続5年」, 「60歳」); a room's 「定員10名」
# holds 5人 too, so a count of people or a sum names no other row by its amount alone.
_EXACT_UNITS = frozenset({"年", "歳"})


def names_another_quantity(question: str, label: str) -> bool:
    """Whether a row's label writes the question's stated quantity's unit only with other amounts:
    the 「連続5年」 row is no answer for 「無事故が10年続いたら」, nor 「5年以上10年未満」 for 12年,
    while 「勤続10年以上」 holds it."""
    stated = stated_quantity(question)
    if stated is None:
        return False
    value, unit = stated
    text = unicodedata.normalize("NFKC", label)
    for pattern in (_RANGE, _RANGE_IN_WORDS, _ONE_SIDED):  # (「20㎡未満」 is no row for 120㎡)
        if (match := pattern.search(text)) and (found := band(match.group(0))) is not None and found[4] == unit:
            return not _holds(found, value, unit)
    if unit not in _EXACT_UNITS:
        return False
    written = [match for match in _WRITTEN_QUANTITY.finditer(text) if _unit_of(match.group(2)) == unit]
    for match in written:
        found = band(match.group(0)) if match.group(3) else None
        if (found is not None and _holds(found, value, unit)) or (match.group(3) is None and _number(match.group(1)) == value):
            return False
    return bool(written)


def held_by_a_band(quantity: str, text: str) -> bool:
    """Whether the text writes a band that holds the quantity: 「1,200kg」 is named by the
    「1,001kg〜1,500kg」 row of a table banded by weight, though no cell writes 1,200kg."""
    match = re.fullmatch(rf"({_NUMBER})\s*({_UNIT_PATTERN})", _in_minutes(unicodedata.normalize("NFKC", quantity)).strip())
    unit = _unit_of(match.group(2)) if match else None
    if match is None or unit is None:
        return False
    value, unit = _in_yen(_number(match.group(1)), unit)
    return held_by_a_band_value(value, unit or "", _in_minutes(unicodedata.normalize("NFKC", text)))


def writes_another_quantity(question: str, text: str) -> bool:
    """Whether a sentence writes the question's stated quantity's unit only with other amounts
    and holds it in no band: 「定期収集の可燃ごみが250kgのときは…11,220円」 is an example for
    250kg, no answer for 70kg (the 「50kgを超え100kg以下」 row is)."""
    stated = stated_quantity(question)
    if stated is None:
        return False
    value, unit = stated
    written = _in_minutes(unicodedata.normalize("NFKC", text))
    amounts = [_in_yen(_number(match.group(1)), _unit_of(match.group(2))) for match in _WRITTEN_QUANTITY.finditer(written)]
    amounts = [amount for amount, its_unit in amounts if its_unit == unit]
    return bool(amounts) and value not in amounts and not held_by_a_band_value(value, unit, written)


def held_by_a_band_value(value: float, unit: str, text: str) -> bool:
    # A one-sided bound inside a band (the 2km以上 of 「2km以上5km未満」) is no band of its own: 7km is not held.
    ranges = [match for pattern in (_RANGE, _RANGE_IN_WORDS) for match in pattern.finditer(text)]
    sides = [side for side in _ONE_SIDED.finditer(text) if not any(side.start() < whole.end() and whole.start() < side.end() for whole in ranges)]
    return any((found := band(match.group(0))) is not None and _holds(found, value, unit) for match in [*ranges, *sides])


def stated_phrase(question: str, key: str, rows: Sequence[str]) -> str | None:
    """The phrase of a question that states its quantity (「車両重量1,300kgの車」), where `key`
    is the label of a row of the same banded table that is no band (「軽自動車（車両重量にかか
    わらず）」 among 「1,001kg〜1,500kg」 …): 「じゃあ軽自動車は？」 takes that phrase's place."""
    stated = stated_quantity(question)
    if stated is None or not key:
        return None
    cells = [band_cell(row) for row in rows if TABLE_CELL_SEPARATOR in row]
    columns = {cell[0] for cell in cells if cell and (found := band(cell[1], cell[0])) is not None and found[4] == stated[1]}
    if not any(cell and cell[0] in columns and band(cell[1], cell[0]) is None and cell[1].startswith(key) for cell in cells):
        return None
    text = unicodedata.normalize("NFKC", question)
    match = next((found for found in STATED_QUANTITY.finditer(text) if _is_stated(found, text)), None)
    if match is None:
        return None
    quantity = re.escape(text[match.start(1):match.end(2)])
    phrase = re.search(rf"[\u4e00-\u9fffァ-ヶー]*{quantity}(?:くらい|ぐらい|程度|ほど)?(?:の[\u4e00-\u9fffァ-ヶー]{{1,6}}(?=の))?", text)
    return phrase.group() if phrase else None


def is_the_band_asked(question: str, row: str) -> bool:
    """Whether a table row is the band that holds the question's stated quantity (the
    「引取・納車（片道10km超20km以内）」 row for 「片道15kmくらい」)."""
    cell = band_cell(row) if TABLE_CELL_SEPARATOR in row else None
    return cell is not None and holds_the_stated(question, *cell)


def _held_or_not(question: str, column: str, value: str) -> bool | None:
    """Whether the cell's band holds the quantity stated in its unit; None: no band, or none stated."""
    found = band(value, column) if _stated_all(question) else None
    stated = stated_in(question, found[4]) if found else None
    return None if found is None or stated is None else _holds(found, stated, found[4])


def for_another_band(question: str, row: str) -> bool:
    """Whether the row's band, of the unit stated, does not hold it: 「10名以上20名未満」 for 「100人分」."""
    return (cell := band_cell(row)) is not None and _held_or_not(question, *cell) is False


def holds_the_stated(question: str, column: str, value: str) -> bool:
    """Whether a cell is the band that holds the question's stated quantity: the row's key
    (「世帯年収: 300万円以上500万円未満」 for 「年収420万円」), never the value asked."""
    return _held_or_not(question, column, value) is True

