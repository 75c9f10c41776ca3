"""The quantity a question states and the range a table's row label writes, in one unit each:
「12.3キロなんだけど」 is 12.3km, 「年収380万円だと」 4,200,000円 (in 円), 「中2の子」 the 8th 学年, 「1時間30分」
90分; 「300万円以上400万円未満」 is (3,000,000, 4,000,000, included, not included, 円). rag/bands.py picks
the row whose range holds what the asker states."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rag.english_quantities import english_stated

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
    **{unit: (unit,) for unit in ("件", "回", "枚", "コマ", "戸", "台", "泊", "部", "冊", "個", "袋", "箱", "食", "頭", "匹", "席", "室", "点", "組")},
    "ページ": ("ページ", "頁"), "か所": ("か所", "カ所", "ヶ所", "箇所"),
    # Long things and teeth: 「インプラント2本以上4本未満」, 「欠損3歯以上6歯未満」 (teeth are counted 本 when spoken: 「歯が5本ない」).
    "本": ("本", "歯"),
}
_COUNTS = frozenset({"件", "回", "枚", "コマ", "戸", "台", "泊", "部", "冊", "個", "袋", "箱", "ページ", "食", "頭", "匹", "席", "室", "点", "か所", "本", "組"})
UNIT_WORDS = sorted(((word, unit) for unit, words in _UNITS.items() for word in words), key=lambda pair: -len(pair[0]))
UNIT_PATTERN = "|".join(re.escape(word) for word, _ in UNIT_WORDS)
UNIT_WORDS_IN = re.compile(UNIT_PATTERN)
NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
# 「12.3キロ」, 「8キロちょっと」, 「年収380万円」; not a date's or a count's 「4月から」, 「1か月」, nor a date's year or day, nor a
# clock's minutes (「2026年度」, 「4月1日」, 「9時30分」). 「ひと月15m³」, 「月25時間働いた」 are amounts, the 月 a date's only
# before a day; 「1,000m³をこえて使う」 states more than 1,000m³ (group 3). 「1時間いくら」, 「1回につき」 ask a rate: none stated.
STATED_QUANTITY = re.compile(
    rf"(?<![\d.,時])(?<!\d月)({NUMBER})\s*({UNIT_PATTERN})(?![A-Za-z\d])(を?(?:こえ|超え)|超)?"
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
# (And months something is kept, used or rented for: 「18か月預けるとき」 is 1.5年 of a storage table's bands;
# or paid ahead: 「11か月分まとめて前払い」 is the 6か月以上12か月未満 row's.)
_BARE_MONTHS = re.compile(r"(?<![\d年.])(\d{1,2})(?:か月|ヶ月|カ月)(?=以上|未満|以下|超|まで|[〜~]|間?(?:預け|預か|保管|利用|契約|借り|レンタル|滞在|在籍|勤め|働)|分?(?:を|の)?(?:まとめて)?(?:前払|先払|前納|一括払))|(?<=勤続)(\d{1,2})(?:か月|ヶ月|カ月)")


def _in_hours(number: str, unit: str) -> float:
    """「30分」 as 0.5 hours, 「48時間」 as 48."""
    return as_number(number) / (60 if unit in ("分", "minute", "Minute") else 1)


def in_minutes(text: str) -> str:
    text = _YEARS_AND_MONTHS.sub(lambda match: f"{int(match.group(1)) + int(match.group(2)) / 12:.4g}年", text)
    text = _BARE_MONTHS.sub(lambda match: f"{int(match.group(1) or match.group(2)) / 12:.4g}年", text)
    text = _SPAN.sub(_as_length, text)
    return _HOURS_AND_MINUTES.sub(lambda match: f"{float(match.group(1)) * 60 + (30 if match.group(3) else int(match.group(2))):g}分", text)


# 「電話が1件もなかったら」, 「1回も使っていない」: none at all, the 0件 row's.
_NONE_AT_ALL = re.compile(r"も[^。、？?]{0,10}?(?:な[いかくしけ]|ありませ|ゼロ|せず)")


def _none_at_all(match: re.Match[str], text: str) -> bool:
    return as_number(match.group(1)) == 1 and unit_of(match.group(2)) in _COUNTS and _NONE_AT_ALL.match(text, match.end()) is not None


def is_stated(match: re.Match[str], text: str) -> bool:
    if text[: match.start()].endswith("月") and unit_of(match.group(2)) == "日":
        return False  # 「今月25日」, 「毎月10日」: a day of the month
    if as_number(match.group(1)) == 1 and unit_of(match.group(2)) in _COUNTS and text.startswith("の", match.end()):
        return False  # 「1回の訪問で」: each one, no count
    if as_number(match.group(1)) == 1 and re.match(r"に\s*\d", text[match.end():]):
        return False  # 「1日に35件」: the period of a rate, 35件 is what is stated
    return not (as_number(match.group(1)) == 1 and _PER_ONE.match(text, match.end()))
# 「11〜15km」, 「11km〜15km」, 「300万円以上400万円未満」, 「65歳以上」, 「3km以下」, 「20km超」.
RANGE = re.compile(rf"({NUMBER})\s*({UNIT_PATTERN})?\s*(以上|超|を超え)?\s*[〜~～\-ー－]\s*({NUMBER})\s*({UNIT_PATTERN})?\s*(以下|未満|まで)?")
_ONE_COUNT = re.compile(rf"({NUMBER})\s*({UNIT_PATTERN})\s*(?:[（(][^（）()]*[）)])?")
# 「20m³をこえ80m³まで」, 「0m³から20m³まで」 (from: the low end included).
RANGE_IN_WORDS = re.compile(rf"({NUMBER})\s*({UNIT_PATTERN})?\s*(以上|超|を超え|をこえ|から)()\s*({NUMBER})\s*({UNIT_PATTERN})?\s*(以下|未満|まで|以内)")
# A label's band in brackets: 「引取・納車（片道10km超20km以内）」.
_BRACKETED = re.compile(r"[（(][^（）()\d]*(\d[^（）()]*)[）)]")
ONE_SIDED = re.compile(rf"({NUMBER})\s*({UNIT_PATTERN})?\s*(以上|超|を超える|をこえる|以下|未満|以内|まで)(?:の場合|場合|分|の分)?")


def unit_of(word: str | None) -> str | None:
    return next((unit for written, unit in UNIT_WORDS if word == written), None) if word else None


def as_number(text: str) -> float:
    return float(text.replace(",", ""))


def in_yen(value: float, unit: str | None) -> tuple[float, str | None]:
    """The amount in 円 (「年収420万円」), a weight in kg (「1.8トンくらい」 is 1,800kg), a time in
    minutes (「7時間」 is 420分, within 「30分以上1時間未満」's 60)."""
    if unit == "トン":
        return value * 1_000, "kg"
    if unit == "時間":
        return value * 60, "分"
    return (value * 10_000, "円") if unit == "万円" else (value, unit)


@lru_cache(maxsize=256)  # asked of each row and cell an answer is checked against
def stated_all(question: str) -> dict[str, float]:
    """The quantities the question states, one per unit ({"学年": 8, "回": 2} for 「中2の子が週2回」);
    a unit stated twice is left out, unless one of the two is above a bound."""
    # (「年100万ちょっと」 is 100万円: 万 alone is yen, not 「5万人」.)
    text = re.sub(r"(?<=\d)万(?![円人件台回枚個本部冊世帯])", "万円", _in_grades(in_minutes(unicodedata.normalize("NFKC", question))))
    written = [
        (in_yen(0.0 if _none_at_all(match, text) else as_number(match.group(1)) + (1e-6 if match.group(3) else 0), unit_of(match.group(2))), bool(match.group(3)))
        for match in STATED_QUANTITY.finditer(text)
        if is_stated(match, text)
    ]
    found = {quantity for quantity, _ in written} | english_stated(question) | (_days_before_stated(text) or _moments_stated(unicodedata.normalize("NFKC", question)))
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
    stated = stated_all(question)
    return next(((value, unit) for unit, value in stated.items()), None) if len(stated) == 1 else None


def states_a_quantity(text: str) -> bool:
    """Whether the text states a quantity with a unit (「片道ちょうど5kmです」); a rate's 「1日いくら」 states none."""
    return bool(stated_all(text))


def stated_in(question: str, unit: str) -> float | None:
    """The quantity the question states in this unit (「中2の子が週2回」: 8学年, 2回)."""
    return stated_all(question).get(unit)


# A school grade as one count of years: 小学3年 is the 3rd, 中2 the 8th, 高校3年 the 12th (学年).
_GRADE = re.compile(r"(小学|中学|高校|(?<![\u4e00-\u9fff])[小中高])\s*(\d{1,2})(?:\s*年生?|(?![\d\u4e00-\u9fffA-Za-z]))")
_GRADE_OFFSETS = {"小学": 0, "小": 0, "中学": 6, "中": 6, "高校": 9, "高": 9}


def _in_grades(text: str) -> str:
    return _GRADE.sub(lambda match: f"{_GRADE_OFFSETS[match.group(1)] + int(match.group(2))}学年", text)


# Days before a day (a cancellation's 「8日前まで」, 「7日前から前日まで」, 「当日」), as a unit of its own:
# 「10日前に取り消す」, "cancelled 10 days before" is held by 「8日前まで」 (8 days or more before).
_DAYS_BEFORE = re.compile(r"(\d+)\s*日前")
_DAYS_BEFORE_EN = re.compile(r"(\d+)\s*days?\s+(?:before|prior to|ahead of)", re.IGNORECASE)
# And hours before a moment (「通夜開始の24時間以上72時間未満前」; 「20時間前に取り消すと」, "20 hours before"), in 時間前.
_HOURS_BEFORE = re.compile(r"(\d+(?:\.\d+)?)\s*(時間|分)(?:以上|未満|以内)?前")
_HOURS_BEFORE_EN = re.compile(r"(\d+(?:\.\d+)?)\s*(hour|minute)s?\s+(?:before|prior to|ahead of)", re.IGNORECASE)


def _in_days_before(text: str) -> str:
    return re.sub(r"前日", "1日前", re.sub(r"当日", "0日前", text))


_CANCELLED = re.compile(r"キャンセル|取消|取り消|解約|払戻|払い戻|返金|変更|cancel|refund|change", re.IGNORECASE)


def _days_before_stated(text: str) -> set[tuple[float, str]]:
    if not _CANCELLED.search(text):
        return set()  # (「当日の受付」, 「前日の夜」 state no days before anything)
    return {(as_number(number), "日前") for number in [*_DAYS_BEFORE.findall(_in_days_before(text)), *_DAYS_BEFORE_EN.findall(text)]} | {
        (_in_hours(number, unit), "時間前") for number, unit in [*_HOURS_BEFORE.findall(text), *_HOURS_BEFORE_EN.findall(text)]
    }


# A moment before a day, to the hour (an order's deadline: 「前日の12時まで」, 「3日前の17時を過ぎてから」;
# 「前日の午後に注文」): hours from the start of that day (前日の12時 is -12), as a unit of its own.
_PARTS_OF_DAY = {"午前": (0.0, 12.0), "朝": (5.0, 10.0), "昼": (11.0, 14.0), "午後": (12.0, 24.0), "夕方": (15.0, 19.0), "夜": (18.0, 24.0)}
_MOMENT = re.compile(r"(?:(\d+)日前|(前日|当日))の?(?:(午前|午後)?(\d{1,2})時(?:(\d{1,2})分|(半))?|(午前|朝|昼|午後|夕方|夜))")


def _moment(match: re.Match[str]) -> tuple[float, float]:
    """(earliest, latest) hour of the moment: 「前日の12時」 is (-12, -12), 「前日の午後」 (-12, 0)."""
    days = float(match.group(1)) if match.group(1) else 1.0 if match.group(2) == "前日" else 0.0
    if match.group(7):
        start, end = _PARTS_OF_DAY[match.group(7)]
        return (start - 24 * days, end - 24 * days)
    hour = float(match.group(4)) + (12 if match.group(3) == "午後" and int(match.group(4)) < 12 else 0) + (float(match.group(5)) / 60 if match.group(5) else 0.5 if match.group(6) else 0)
    return (hour - 24 * days, hour - 24 * days)


def _moments_stated(text: str) -> set[tuple[float, str]]:
    """A moment the question states (「前日の午後に注文すると」): the middle of its span, in 時点."""
    spans = [_moment(match) for match in _MOMENT.finditer(text)]
    return {((spans[0][0] + spans[0][1]) / 2, "時点")} if len(spans) == 1 else set()


def _moments_band(label: str) -> tuple[float, float, bool, bool, str] | None:
    """「3日前の17時を過ぎてから、前日の12時までのご注文」: (-55, -12, not included, included, 時点);
    「前日の12時を過ぎてからのご注文」: (-12, ∞); 「3日前の17時までのご注文」: (-∞, -55]."""
    moments = list(_MOMENT.finditer(label))
    if not 1 <= len(moments) <= 2 or any(match.group(7) for match in moments):
        return None
    after = [match for match in moments if re.match(r"\s*(?:を過ぎ|を超え|以降|より後|から)", label[match.end():])]
    until = [match for match in moments if re.match(r"\s*(?:まで|以前|より前)", label[match.end():])]
    if len(after) > 1 or len(until) > 1 or len(after) + len(until) != len(moments):
        return None
    low = _moment(after[0])[0] if after else float("-inf")
    high = _moment(until[0])[0] if until else float("inf")
    low_in = bool(after) and not re.match(r"\s*(?:を過ぎ|を超え|より後)", label[after[0].end():])
    return (low, high, low_in, True, "時点") if low < high else None


def _days_before_band(label: str) -> tuple[float, float, bool, bool, str] | None:
    """「出航日の8日前まで」: 8 days before or earlier; 「7日前から前日まで」: 1 to 7; 「当日」: 0."""
    text = _in_days_before(label)
    if "日前" not in text:
        return None
    if match := re.search(r"(\d+)日前から(\d+)日前まで", text):
        low, high = sorted((as_number(match.group(1)), as_number(match.group(2))))
        return (low, high, True, True, "日前")
    if match := re.search(r"(\d+)日前まで", text):
        return (as_number(match.group(1)), float("inf"), True, True, "日前")
    if match := re.fullmatch(r"[^\d]{0,8}?(\d+)日前(?:[（(][^）)]*[）)])?", text):
        return (as_number(match.group(1)), as_number(match.group(1)), True, True, "日前")
    return None


_BEFORE_END = re.compile(r"(\d+(?:\.\d+)?)\s*(時間|分)前(まで|を過ぎ)")


def _hours_before_band(label: str) -> tuple[float, float, bool, bool, str] | None:
    """「通夜開始の24時間以上72時間未満前」: 24 to 72 hours before, 72 not included (in 時間前);
    「通夜開始の24時間未満前」: under 24."""
    # 「上映開始の48時間前を過ぎ、3時間前まで」: up to 3 hours before (3 included), under 48; 「30分前を過ぎた後」: under 0.5.
    ends = [(_in_hours(number, unit), bound) for number, unit, bound in _BEFORE_END.findall(label)]
    if ends and len(ends) <= 2 and len({bound for _, bound in ends}) == len(ends) and re.fullmatch(r"[^\d]{0,12}?\d.*(?:まで|後|過ぎ)", label):
        low = next((hours for hours, bound in ends if bound == "まで"), 0.0)
        high = next((hours for hours, bound in ends if bound != "まで"), float("inf"))
        return (low, high, True, False, "時間前") if low < high else None
    if not (match := re.fullmatch(r"[^\d]{0,12}?(\d[^前]*時間(?:以上|以下|未満|超)?)前", label)):
        return None
    found = band(match.group(1))
    if found is None or found[4] != "分":
        return None
    low, high, low_in, high_in, _ = found
    return (low / 60, high / 60, low_in, high_in, "時間前")


def band(label: str, column: str = "") -> tuple[float, float, bool, bool, str] | None:
    """A row label's range (low, high, low included, high included, unit); the unit may be in
    its column's name (「営業キロ: 4〜6」). None when the label is no range."""
    if (found := _moments_band(unicodedata.normalize("NFKC", label))) is not None:
        return found
    if (found := _days_before_band(unicodedata.normalize("NFKC", label))) is not None:
        return found
    if (found := _hours_before_band(unicodedata.normalize("NFKC", label))) is not None:
        return found
    # (「月9コマ〜12コマ」, 「週2回」: so many a month, a week.)
    # (「24か月以上（36か月まで）」: the upper end set in brackets.)
    label = re.sub(r"(以上|から)[（(]([^（）()]*\d[^（）()]*(?:まで|以下|未満))[）)]$", r"\1\2", unicodedata.normalize("NFKC", label).strip())
    label = re.sub(r"^(?:毎週|毎月|週|月)(?=\d)", "", _in_grades(in_minutes(label)).strip())
    column = unicodedata.normalize("NFKC", column)
    column_unit = next((unit for written, unit in UNIT_WORDS if written in column), None)
    # A count of its own among bands of counts (「0件（待機のみ）」 above 「1件〜2件」): a band of one.
    if (match := _ONE_COUNT.fullmatch(label)) and unit_of(match.group(2)) in _COUNTS:
        return (as_number(match.group(1)), as_number(match.group(1)), True, True, unit_of(match.group(2)) or "")
    # Grades listed (「中学1年・中学2年」, 「高校3年・既卒生」): from the first to the last.
    if (grades := [int(number) for number in re.findall(r"(\d{1,2})学年", label)]) and re.fullmatch(r"\d{1,2}学年(?:・(?:\d{1,2}学年|[^\d・]+))*", label) and grades == list(range(grades[0], grades[-1] + 1)):
        return (float(grades[0]), float(grades[-1]), True, True, "学年")
    if match := RANGE.fullmatch(label):
        unit = unit_of(match.group(5)) or unit_of(match.group(2)) or column_unit
        if unit is None:
            return None
        return _yen_band(as_number(match.group(1)), as_number(match.group(4)), match.group(3) is None, match.group(6) != "未満", unit, unit_of(match.group(2)))
    if match := RANGE_IN_WORDS.fullmatch(label):
        unit = unit_of(match.group(6)) or unit_of(match.group(2)) or column_unit
        if unit is None:
            return None
        return _yen_band(as_number(match.group(1)), as_number(match.group(5)), match.group(3) in ("以上", "から"), match.group(7) != "未満", unit, unit_of(match.group(2)))
    if match := ONE_SIDED.fullmatch(label):
        unit = unit_of(match.group(2)) or column_unit
        if unit is None:
            return None
        value, bound = as_number(match.group(1)), match.group(3)
        if bound in ("以上", "超", "を超える", "をこえる"):
            return _yen_band(value, float("inf"), bound == "以上", True, unit)
        return _yen_band(float("-inf"), value, True, bound != "未満", unit)
    if (bracketed := _BRACKETED.search(label)) and bracketed.group(1) != label and re.search(r"以上|以下|未満|超|まで|以内|[〜~～\-ー－]", bracketed.group(1)):
        return band(bracketed.group(1), column)  # (「入館料（1回）」 is a price per visit: no band of one)
    return None


def _yen_band(low: float, high: float, low_in: bool, high_in: bool, unit: str, low_unit: str | None = None) -> tuple[float, float, bool, bool, str]:
    """(Each end in its own unit: 「30分以上1時間未満」 is 30 to 60 minutes.)"""
    (low, _), (high, high_unit) = in_yen(low, low_unit or unit), in_yen(high, unit)
    return (low, high, low_in, high_in, high_unit or unit)


def holds(found: tuple[float, float, bool, bool, str], value: float, unit: str) -> bool:
    low, high, low_in, high_in, its_unit = found
    if its_unit != unit:
        return False
    above = value > low or (low_in and value == low)
    below = value < high or (high_in and value == high)
    return above and below
