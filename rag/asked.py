"""What kind of value a question asks for, and whether an answer gives one.

The claim check (rag/claims.py) proves that an answer's numbers are in the passage; it
cannot tell that 「5,000円」 is no answer to 「支給日は毎月何日ですか」. When the documents
hold the topic but not the asked-for value, a small model answers with a figure it finds
nearby: an amount for a date, minutes for a deadline. So a question that asks for days,
an amount, a count of people, a date, hours... must be answered with a value of that kind,
or it is not answered (bench/RESULTS.md, the unanswerable set).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from rag.claims import Claim, extract_claims, is_supported

_DURATIONS = ("日", "営業日", "日間", "分", "時間", "週間", "週", "か月", "ヶ月", "カ月", "月", "年")
# "From what date…", "which day": a day of the calendar.
ASKS_A_DAY = re.compile(r"\b(?:what|which) (?:date|day)\b", re.IGNORECASE)
# Question pattern → the kinds of value that answer it. A unit kind is the unit a number
# carries (「3日」, 「5,000円」); "date" and "time" are claim kinds of rag/claims.py.
_ASKED: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), frozenset(kinds))
    for pattern, kinds in (
        # (「手当額は」, 「支給額って」: a word ending in 額 asks an amount.)
        (r"[\u4e00-\u9fff]額(?:は|って|を|が|の)|いくら|幾ら|何[万千億]?円|金額|料金(?!の?(?:改定|改正|変更|見直し))|費用|価格(?!の?(?:改定|改正|変更|見直し))|値段|単価|運賃(?!の?(?:改定|改正|変更|見直し))|手数料|上限額|how much|cost|price|fee|\bfares?\b|\badmission\b(?!s|\s+(?:rate|ratio|date|day|criteria|requirements?|tests?|exams?|quota|capacity|numbers?)\b)|(?<!in )(?<!of )\bcharges?\b(?!\s+(?:of|nurse)\b)|budget|allowance|salary|wage|reimburse|income|profit|revenue|sales(?!\s+(?:office|branch|department|division|team|staff|rep|representative|person|people|floor|outlet)s?\b)|earnings|dividend|deposit|(?:hotel|room|daily|hourly|flat) rate|\brate per\b|\bwhat\s+(?:do|does|did|will|would|should|must)\s+(?:[a-z\'-]+\s+){1,4}(?:have to |need to )?pay\b", ("円",)),
        # A cancellation fee is as often a share of the price (「…10日前までは45%」) as an amount.
        (r"キャンセル料|取消料|解約料|違約金|cancell?ation (?:fee|charge)s?", ("円", "%", "％", "パーセント", "割")),
        (r"何日間|日数|何日(?!から)|how many days", ("日", "営業日", "日間")),
        # 「何日まで」, 「何日の受注まで」: a date (「12月18日」) answers it.
        (r"何日(?!間|から)(?:の[^?？。]*)?まで|毎月何日|何日に", ("date",)),
        (r"何営業日", ("営業日", "日")),
        (r"何人|何名|人数|定員|how many (?:people|persons|employees)|\bcapacity\b", ("人", "名")),
        (r"件数", ("件",)),  # 「出動件数は？」: a count of cases
        # 「中古車の小売台数は？」: a count of cars, which 「3. 店舗別の中古車小売台数」 does not give (「回数が多い
        # のはどちら」 asks no count).
        (r"台数(?:は|って)", ("台",)),
        (r"回数(?:は|って)", ("回",)),
        (r"何年(?:間|以内)?(?!度|\d)|年数|how many years", ("年",)),
        (r"何時間|how many hours", ("時間",)),
        (r"how long", _DURATIONS),
        # How often: an interval (「12か月ごと」, 「1年以内ごとに1回」).
        (r"how often|頻度|間隔|ごと[にで]?[?？]?$", _DURATIONS),
        (r"何分|how many minutes", ("分",)),
        (r"何週間|how many weeks", ("週間", "週")),
        (r"何か月|何ヶ月|何カ月|how many months", ("か月", "ヶ月", "カ月", "月")),
        (r"何文字|how many characters", ("文字", "字")),
        # ("a dog weighing 20 kg" states a weight: it asks none.)
        (r"何グラム|何キロ|重さ|重量|how heavy|weigh(?!\w*\s+(?:about |around |over |under |more than |less than |at least )?\d)", ("グラム", "g", "kg", "キロ")),
        # 「時速何キロ」, 「片道何キロ」: a speed or a distance, never a weight alone.
        (r"何キロ|時速|速度|\bspeed\b|how fast", ("km", "キロメートル", "キロ", "km/h")),
        (r"何%|何パーセント|割合|率は|what percent|\b(?:what|which|how much)\s+(?:[a-z-]+\s+)?discount\b|\b(?:ratio|percentage|share)\b|(?<!hotel )(?<!room )(?<!daily )(?<!hourly )(?<!flat )\brate\b(?! per\b)", ("%", "％", "パーセント", "割")),
        # A size: "the overall length" (全長 37.57m) is no date, nor "how tall" a count.
        (r"全長|全幅|全高|翼幅|距離|\b(?:length|width|height|wingspan|span|distance)\b|how (?:tall|wide|far|high)", ("メートル", "m", "センチ", "cm", "センチメートル", "ミリ", "mm", "ミリメートル", "km", "キロメートル")),
        # "In what year": a year, written as a date's (1910年) or a bare 年.
        (r"\b(?:what|which) year\b", ("date", "年")),
        (r"何インチ|インチ|inch", ("インチ",)),
        (r"how big|how large|storage|quota", ("gb", "mb", "tb", "ギガバイト", "メガバイト", "テラバイト")),
        # 「いつまでに」 is answered by a date, or by a span (「3営業日前」, 「30分以内」); so is
        # 「どれくらい前までに」.
        (r"(?:どれ|どの)(?:くらい|ぐらい|位)(?:前|後|先)|いつ|期限|日付|何月何日|毎月何日|支給日|締め日|振込日|\b(?:until|by|from|since|till) when\b|deadline|how (?:far|long) in advance", ("date", "time", *_DURATIONS)),
        # (An English "When does … enter service?" asks a day or an hour: 「1時間35分」 is no when.)
        (r"(?:^|[.?!]\s*)when\b", ("date", "time")),
        (ASKS_A_DAY.pattern, ("date",)),  # "From what date…": a date, never 「24時間」
        # "the telephone hours on Saturdays", "opening hours": when, by the clock (9:00〜12:00).
        (r"何時(?!間)|時刻|what time|(?:受付|営業|開館|開店|診療|窓口)時間(?!数)|(?:勤務|面会|授業|就業)時間帯?(?=は|って|[?？]|$)|\b(?:opening|business|office|reception|service|telephone|phone|desk|counter|operating|visiting|consultation|call centre|call center)\s+hours\b", ("time",)),
        # A telephone number (an extension is a bare number) or an e-mail address (rag/claims.py).
        # (「電話で伝える」 is how, not which number.)
        (r"電話番号|電話(?!で|によ|にて)|内線|(?:tele)?phone(?!\s+hours)|extension|\bnumber\b[^?]{0,40}\b(?:call|ring|dial)\b|\b(?:call|ring|dial)\b[^?]{0,20}\bnumber\b", ("phone",)),
        (r"メールアドレス|e-?mail address|mail address", ("email",)),
    )
)
# 「何件」, 「何台」, 「何メートル」...: the counter after 何 is the unit the answer must carry
# (one of its written forms).
_COUNTERS: tuple[tuple[str, ...], ...] = (
    ("件",), ("台",), ("個",), ("回",), ("社",), ("冊",), ("機",), ("倍",), ("歳", "才"), ("点",), ("席", "席級"),
    ("枚",), ("店", "店舗"), ("校",), ("代",), ("か国", "カ国", "ヶ国", "ケ国"), ("階",), ("泊",), ("種類",),
    ("メートル", "m"), ("センチ", "cm", "センチメートル"), ("ミリ", "mm", "ミリメートル"), ("キロメートル", "km"),
    ("トン", "t"), ("リットル", "l", "ℓ"), ("ワット", "w", "kw", "キロワット"), ("ミリ秒", "ms"), ("秒",),
    ("gb", "ギガバイト"), ("mb", "メガバイト"), ("tb", "テラバイト"), ("ドル", "$"), ("ユーロ", "€"),
    ("度", "℃", "°c"), ("ポイント", "pt"), ("床",), ("室",), ("題",), ("棟",), ("単位",),
)
_ASKED_COUNTER = re.compile(r"何(" + "|".join(sorted((re.escape(f) for forms in _COUNTERS for f in forms), key=len, reverse=True)) + ")", re.IGNORECASE)
_UNIT_AFTER_NUMBER = re.compile(
    r"[\d０-９,.，．]+\s*(営業日|日間|日|円|人|名|年|時間|分|週間|週|か月|ヶ月|カ月|月|文字|字|グラム|g|kg|キロ|%|％|パーセント|割|インチ|m³|m3|km|kWh|MWh|トン|"
    + "|".join(sorted((re.escape(f) for forms in _COUNTERS for f in forms if not f.isascii() or len(f) > 1), key=len, reverse=True))
    + ")"
)


_PEOPLE_COUNTED = re.compile(r"\b(?:people|persons|guests|employees|staff|workers|visitors|customers|members|students|pupils|children|kids|patients|passengers|participants|attendees|applicants|users|drivers|residents|trainees|instructors|teachers|nurses|doctors|volunteers|players|spectators|tourists|clients|hires|recruits|adults|seniors|elderly|infants|babies|families|households|people's|visits|(?:customer|patient|guest|visitor|passenger|student|user|member)(?=\s+[a-z]+s\b))\b", re.IGNORECASE)
_HOW_MANY = re.compile(r"\bhow many\b|\b(?:number|count) of\b", re.IGNORECASE)  # ("the total number of passengers")
# What an English question counts, and the counters a Japanese document counts it in.
_COUNTED_THINGS = {
    "box": ("箱",), "boxe": ("箱",), "room": ("室", "部屋"), "seat": ("席",), "car": ("台",), "vehicle": ("台",), "space": ("台", "区画"),
    "floor": ("階",), "sheet": ("枚",), "page": ("ページ", "枚"), "store": ("店", "店舗"), "shop": ("店", "店舗"), "building": ("棟",),
    "bag": ("袋",), "copie": ("部",), "copy": ("部",), "site": ("か所", "カ所", "拠点"), "location": ("か所", "カ所", "拠点"),
    "credit": ("単位",), "crossing": ("か所", "カ所", "箇所"), "station": ("駅",),
}
_COUNTED_THING = re.compile(r"\b(?:how many|number of|(?:sub)?total of)\s+(?:[a-z-]+\s+){0,2}?(" + "|".join(_COUNTED_THINGS) + r")s?\b", re.IGNORECASE)
# The question word decides over a noun: 「価格はいつ」 asks for a date.
# (An English "when" asks a time where it opens the question; "What is the fee when …" states a case.)
_ASKS_WHEN = re.compile(r"いつ|何月何日|(?:^|[.?!]\s*)when\b|\b(?:until|by|from|since|till) when\b|what date", re.IGNORECASE)
# A question that leaves something out (「セール時以外の会員価格」).
EXCLUDES = re.compile(r"以外|を除く|を除いた|除いて|ではなく|じゃなく|でない|ではありません|ではない|じゃない|(?:は|とは)別[でに]")
# What it leaves out, by name: 「施設費とかは別で」, 「施設費などは除いて」, 「授業料とは別にかかる」, 「汐見市民ではありません」.
_LEFT_OUT = re.compile(r"([\u4e00-\u9fff々ァ-ヶー]{2,})(?:とか|など|等)?(?:は|を|とは)?(?:別で|別に|別として|除いて|除く|除いた|抜きで|以外|ではありません|ではない|じゃない|ではなく|じゃなく)")


def left_out(question: str) -> list[str]:
    """The things a question leaves out by name, as it writes them."""
    return _LEFT_OUT.findall(question)
# A follow-up that asks what was before (「前は？」), said of a change's two columns.
FORMERLY = re.compile(r"^(?:その)?前は")
_ASKS_HOW_MUCH = re.compile(r"いくら|幾ら|何[万千億]?円|how much", re.IGNORECASE)


def asked_kinds(question: str) -> frozenset[str]:
    """The kinds of value the question asks for; empty when it asks for none in particular
    (「コアタイムは？」, a yes/no question, "who")."""
    text = unicodedata.normalize("NFKC", question)
    kinds: set[str] = set()
    for pattern, answers in _ASKED:
        if pattern.search(text):
            kinds |= answers
    for match in _ASKED_COUNTER.finditer(text):
        asked = match.group(1).lower()
        kinds |= next(set(forms) for forms in _COUNTERS if asked in forms)
    if _ASKS_WHEN.search(text) and not _ASKS_HOW_MUCH.search(text):
        kinds.discard("円")  # 「新しい価格はいつの出荷分から？」 asks when, not a price
    if kinds & {"time", "date"} and not re.search(r"電話番号|内線|何番|\b(?:phone|telephone) number|\bnumber\b|\bextension\b", text, re.IGNORECASE):
        kinds.discard("phone")  # "until what time … take phone calls", 「電話は何時まで」: a time, not a number
    counted = _COUNTED_THING.search(text)
    if counted:
        # "How many boxes": boxes (５箱), never floors (5階) or seats.
        return frozenset(_COUNTED_THINGS[counted.group(1).lower()])
    if not kinds and (how_many := _HOW_MANY.search(text)):
        # "How many complaints", "how many points": a count, in whatever counter the document uses;
        # of people only where people are counted ("How many weddings" is no 21,703名).
        kinds = {"人", "名", *(form for forms in _COUNTERS for form in forms)}
        if (counted := re.match(r"\s+(?:[a-z-]+\s+)?([a-z]+s)\b", text[how_many.end():], re.IGNORECASE)) and not _PEOPLE_COUNTED.search(counted.group(0)):
            kinds -= {"人", "名"}
    return frozenset(kinds)


_NUMBER = re.compile(r"[\d,.]+")
_ENGLISH_UNITS = {
    "yen": "円", "days": "日", "day": "日", "hours": "時間", "hour": "時間", "minutes": "分", "minute": "分",
    "people": "人", "persons": "人", "characters": "文字", "grams": "グラム", "years": "年", "year": "年",
    "weeks": "週間", "week": "週間", "months": "か月", "month": "か月", "percent": "%", "inches": "インチ",
}


def _unit_of(text: str) -> str | None:
    """The unit written right after the claim's number: None for a bare number."""
    # 「8m³」 is in 立米 (NFKC would leave 「8m3」, a bare 3).
    text = unicodedata.normalize("NFKC", re.sub(r"m³|㎥", "立米", re.sub(r"m²|㎡", "平米", text)))
    # 「3万円」, 「5千円」, 「1億円」 are amounts in 円 like 「30,000円」; 「30億」 alone is a bare
    # number (of parameters, of people): 億 is a magnitude, not a unit.
    text = re.sub(r"(?<=\d)\s*[十百万千億兆]+", "", text)  # 「5,420百万円」 too
    known = _UNIT_AFTER_NUMBER.search(text)
    if known:
        return known.group(1).lower()
    numbers = list(_NUMBER.finditer(text))
    if not numbers:
        return None
    rest = text[numbers[-1].end() :].strip().lower()
    if not rest:
        return None
    word = re.split(r"\s+", rest)[0]
    return _ENGLISH_UNITS.get(word, word)


# 「パラメータ数130億」, 「人数: 40」: a bare number after a 数 is a count, never an amount.
_COUNTED = re.compile(r"数\s*[:：はがを]?\s*(?:約|およそ)?$")


# A bare number under a label that makes it a name: an extension, a number, a code.
NUMBERED_AS = re.compile(r"(?:内線|外線|電話|TEL|No\.?|番号|コード|品番|ID)\s*[:：]?\s*$", re.IGNORECASE)


# A column that names its unit in brackets (「平均在院日数（日）」, 「売上高（百万円）」).
# 「（件）」, or one of a parenthesis's items: 「管路耐震化率（年度末・%）」 is in %, 「構成比（%、税抜）」 too.
COLUMN_UNIT = re.compile(r"[（(]([^（）()]{1,16})[）)]")


def with_column_unit(column: str, value: str) -> str:
    """A bare number under a column that names its unit (「平均在院日数（日） 2026年度: 68.9」)
    with that unit (「68.9日」), so that a count of patients (「1日平均入院患者数（名）」) is
    not taken for a number of days."""
    brackets = COLUMN_UNIT.search(column)
    if brackets is None or not re.fullmatch(r"[\d,.]+", value.strip()):
        return value
    for unit in re.split(r"[・、，,/／]", brackets.group(1)):  # 「（人/日）」: 人, a day's
        # A unit of thousands or millions (「売上高（百万円）」, 「客数（千人）」) is still 円 or 人.
        plain = f"{value.strip()}{re.sub(r'^(?:十|百|千)?(?:万|億)?(?:千)?', '', unit.strip())}"
        if not re.search(r"\d", unit) and _UNIT_AFTER_NUMBER.fullmatch(plain):
            return f"{value.strip()}{unit.strip()}"
    return value


_PERCENT = frozenset({"%", "％", "パーセント", "割"})
_RANGE_START = re.compile(r"\s*[〜~～－-]\s*[\d,.]+\s*(か月|ヶ月|カ月|月|日|年|時間|時|分|円|人|件|台|回|%|％)")


def _above(claim: Claim, limit: float) -> bool:
    try:
        return float(claim.values[0]) > limit
    except (IndexError, ValueError):
        return False


def claim_fits(claim: Claim, kinds: frozenset[str], text: str = "") -> bool:
    """Whether the claim is a value of one of the asked kinds. A bare number fits any
    numeric kind (「10」 for 何日): it is the reader who supplies the unit; a number of
    another unit (「第3章」 for 何日) does not. `text`: what the claim was found in (its
    offsets), to tell a count (「パラメータ数130億」) from an amount."""
    if claim.kind == "contact":
        return ("email" if "@" in claim.text else "phone") in kinds
    if claim.kind == "date" and "date" in kinds:
        return True
    if claim.kind == "date" and "time" in kinds and any(value.startswith("T") for value in claim.values):
        return True  # a clock time for 「何時から」; a year (「1927年」) is none
    if claim.kind == "date" and re.search(r"\d\s*月\s*\d|年", unicodedata.normalize("NFKC", claim.text)):
        return False  # 「12月9日」 is a day, not 12 months (何か月分) nor 9 days
    unit = _unit_of(claim.text)
    if unit is None and text and NUMBERED_AS.search(text[: claim.start]):
        return "phone" in kinds  # 「内線: 2120」 is where to call, never 2,120 days
    # (「いくら」 asks 円, and is also how points are asked for: 「50,000ポイント」 may answer it.)
    if unit is None and claim.kind == "number" and text and "円" in kinds and re.match(r"[万千億兆]*[\u4e00-\u9fff]", text[claim.end :]) and "円" not in text[claim.end : claim.end + 3]:
        return False  # 「13室」 is 13 rooms, 「第3版」's 3 an edition: no price (「50,000ポイント」 may be one)
    if unit is None and claim.kind == "number" and text and kinds == {"円"} and re.match(r"\s*[A-Za-zＡ-Ｚａ-ｚ]", unicodedata.normalize("NFKC", text[claim.end :])):
        return False  # 「房重500g以上」 is a weight, no price
    if unit is None and claim.kind == "number" and text and text[: claim.start].endswith("第"):
        return False
    if unit is None and claim.kind == "number" and text and "円" not in kinds and (counter := re.match(r"[万千億兆]*([\u4e00-\u9fffァ-ヶー]+)", text[claim.end :])):
        return any(counter.group(1).startswith(kind) for kind in kinds)  # 「74棟」 is 74 buildings, never 74 metres
    if unit is None and claim.kind == "number" and text and (ranged := _RANGE_START.match(text, claim.end)):
        # 「4〜6月」's 4 is a month, 「10〜20%」's 10 a rate: the unit its range ends with.
        return ranged.group(1) in kinds or ranged.group(1) in ("月", "日", "時") and bool(kinds & {"date", "time"})
    if unit is None and kinds and kinds <= _PERCENT and (re.search(r"\d[,，]\d{3}", claim.text) or _above(claim, 1000)):
        return False  # a count (「北部営業所: 3,705」) is no rate
    if unit is None:
        # A bare number is no answer to 「いつ」 (the 1 of 「1株あたり48円」 for 「いつ支払われますか」).
        counted = bool(text) and bool(_COUNTED.search(text[: claim.start]))
        return claim.kind in ("number", "percent") and bool(kinds - {"date", "time", "email", *(("円",) if counted else ())}) and "date" not in kinds
    if unit in _PERCENT and "円" in kinds and text and _A_SHARE_OF.search(text[: claim.start]):
        return True  # 「手数料はどれだけ」: 「鑑賞料金の50%」, a share of the price, is how much
    return unit in kinds or (unit == "日" and "date" in kinds)


# An amount a rate is taken of (「鑑賞料金の50%」, 「見積額の35%」).
_A_SHARE_OF = re.compile(r"(?:料金|料|額|代金|価格|運賃|費用|代)の\s*$")
_HOW_MUCH = re.compile(r"どのくらい|どれくらい|どのぐらい|どれぐらい|何|いくら|幾ら")
# A deadline asked (「何日まで」, 「いつまでに」) is answered by a sentence that states one, not a start.
_ASKS_A_DAY_JA = re.compile(r"何月何日|何日(?!間|分|前|後|以内|以上|まで働|ぐらい|くらい|程度)")
ASKS_UNTIL = re.compile(r"(?:何日|いつ|何時|何分|何月何日|何曜日?)まで|\b(?:deadline|closing date|due date|by when|by what (?:date|time))\b", re.IGNORECASE)
ASKS_FROM = re.compile(r"(?:何日|いつ|何時|何分|何月何日|何曜日?)から")
# A closing time (「12月31日 閉店: 18:30」) states until when a shop is open; a period from a start (「有効期間は発売日から3か月」) says until when too.
_STATES_FROM = re.compile(r"から|以降|以後|より|開始|始ま|始め|スタート|オープン|開業|開設|開館|開園|稼働|再開|[~〜～\-－]|\d\s*日\s*[（(][月火水木金土日]|\d\s*日\s*$|\d\s*日\s*[（(]?\s*\d{1,2}:\d{2}")
_STATES_UNTIL = re.compile(r"まで|迄|以内|期限|締切|締め切り|〆|前日|前に|日前|停止|終了|満了|廃止|切れ|[~〜～]|閉店|閉館|終業|有効期間|から\d+\s*(?:か月|ヶ月|カ月|日間?|年間?|週間)")
# The largest or smallest of several asked (「一番多かったのは何月？」), and a sentence that says
# which one is (「最も多かったのは12月」).
_ASKS_THE_MOST = re.compile(
    r"(?:一番(?!町|丁|街|館|線|目|地|手|乗|最初|初め|始め)|いちばん|最も|もっとも)[^。？?、]{0,6}?"
    r"(?:(?:高|多|大き|少な|低|小さ|安|長|短|近|遠|早|遅|広|狭|重|軽)(?:い|かった|く|め)|(?:埋ま|売れ|混ん|混ま|空い|伸び|増え|減っ|稼い|使われ|選ばれ|利用され)(?:って|った|て|た|る))"
)


# "Which office collected the least waste?": which of them has the most or least, in English.
_ASKS_THE_MOST_IN_ENGLISH = re.compile(r"\b(?:which|what|who)\b[^?]*\b(?:most|least|highest|lowest|largest|smallest|fewest|biggest|greatest)\b", re.IGNORECASE)


def asks_the_most_in_english(question: str) -> bool:
    return _ASKS_THE_MOST_IN_ENGLISH.search(question) is not None


def asks_the_most(question: str) -> str | None:
    """The words that ask for the largest or smallest (「一番多かった」), if the question has them."""
    match = _ASKS_THE_MOST.search(question)
    return match.group() if match else None


_STATES_THE_MOST = re.compile(r"最も|最高|最大|最多|最少|最小|最低|一番|トップ|首位|ピーク")
# A year's amount asked; a sentence of so much each time, and none of a year.
_ASKS_A_YEARS = re.compile(r"年間(?!パス|定期|会員|契約|保守|プラン|チケット|利用券)|通年|年額|1年(?:間|分|あたり)")  # (not a 年間パスポート: a name)
_STATES_PER_TIME = re.compile(r"(?<![\d,.])1(?:回|件|か月|ヶ月|日|泊|食)|月額|毎月")  # (not the 1件 of 「2,541件」)
_STATES_A_YEARS = re.compile(r"年間|年額|1年|年度|通年|年\d+回")
# A limit asked (「最大何日まで」, 「上限額は」) is answered by a sentence that states one.
_ASKS_A_LIMIT = re.compile(r"最大|最長|最低|最短|最高|最小|最多|上限|下限|限度")
_STATES_A_LIMIT = re.compile(r"まで|迄|以内|以上|以下|未満|上限|下限|最大|最長|最低|最短|最高|最小|最多|限度|超え|超過|を超|[~〜～]")


# Whom to ask (「誰に聞けばいい？」, 「どこに問い合わせれば」), and a sentence that names someone: a
# person's or a desk's name, a number or an address to reach them at.
_ASKS_WHOM = re.compile(r"誰に|だれに|どなたに|どこに(?:聞|問い合わせ|問合せ|連絡|相談)|問い?合わ?せる?先|連絡する?先|窓口は")  # (「問い合わせる先の担当者は誰」)
# Where something is (「どこでやっている？」, 「会場は？」), not whom to tell (「どこに連絡すれば」): a sentence
# that answers says at or to a place (「管理事務所1階に仮窓口を設けて」, 「大会議室で」) or labels one.
_ASKS_WHERE = re.compile(r"どこ(?:で|へ|にあ|に置|[?？]|$)|(?:場所|会場)(?:は|って|を教え)")
_STATES_A_PLACE = re.compile(r"[\u4e00-\u9fffァ-ヶー々A-Za-z0-9）)」]\s*(?:で|にて|において|に|へ|から)|\d+階|場所|会場|所在地|住所|窓口|[:：]")
# Which company (「どこの業者が請け負っている？」, 「メーカーはどこ」): a sentence that answers names one.
_COMPANY_WORDS = r"業者|会社|メーカー|企業|事業者|取引先|工務店|委託先|施工者|請負人|製造元|販売元"
_ASKS_WHICH_COMPANY = re.compile(rf"(?:どこの|どの|何という)(?:{_COMPANY_WORDS})|(?:{_COMPANY_WORDS})(?:は|って)(?:どこ|誰|何)")
_NAMES_A_COMPANY = re.compile(rf"株式会社|[（(]株[）)]|有限会社|合同会社|[A-Za-z]+\s*(?:Inc|Co|Corp|Ltd)\b|工業|建設|商事|産業|電機|電工|製作所|{_COMPANY_WORDS}|社(?![員内長会])")
_STATES_WHOM = re.compile(r"内線|電話|TEL|[へに]連絡|センター|\d{2,4}-\d{2,4}-\d{4}|メール|@|[係課](?:の|まで|へ|に|$)|担当|窓口|相談員|教室長|管理者|さん|氏|まで(?:お願い|ご連絡|お問)|へ(?:お問|ご連絡|ご相談)|問い?合わ?せ|連絡先")


# Someone named by the extension or the honorific after their name: 「工場長の三宅（内線 301）」, 「大川さん」.
# (Not a desk: 「総務課（内線 212）」.)
_NAMES_SOMEONE = re.compile(r"[\u4e00-\u9fff々]{0,3}[\u4e00-\u9fff々](?<![課部室係所店院局場庫])(?:[ \u3000][\u4e00-\u9fff々]{1,4})?\s*(?:[（(]内線|さん|氏(?![名\u4e00-\u9fff]))")
# Who someone is (「センター長は誰ですか」): a person, never a number to call.
_ASKS_WHO = re.compile(r"誰|だれ|どなた")
_PER = ("あたり", "当たり", "につき", "ごと", "毎")


# Money given back (「いくら返ってくる」, 「返金はいくら」): a sentence that says it is given back.
_ASKS_A_REFUND = re.compile(r"返って(?:くる|き|こ)|戻って(?:くる|き|こ)|返金|返還|還付|払い?戻|\brefund", re.IGNORECASE)
_STATES_A_REFUND = re.compile(r"返金|返還|還付|返戻|払い?戻|返却|返す|返し|戻す|戻し|精算|充当|\brefund", re.IGNORECASE)


def answers_what_was_asked(question: str, claims: Iterable[Claim], text: str = "", context: str = "") -> bool:
    """False when the question asks for a kind of value and no claim of the answer is one, or
    for a limit that the sentence does not state (「入社6か月後に10日を付与」 for 「最大何日まで
    繰り越せる」). `text`: what the claims were found in, when they are a sentence's own;
    `context`: what names it (a cell's column, 「還付する額」), read for what the value is."""
    kinds = asked_kinds(question)
    claims = list(claims)
    if _ASKS_WHO.search(question) and not _ASKS_WHOM.search(question) and claims and all(claim.kind != "name" for claim in claims) and not _NAMES_SOMEONE.search(text):
        return False  # 「センター長は誰？」: a telephone number is nobody (where no one is named beside it: 「工場長の三宅（内線 301）」)
    if text:
        written = unicodedata.normalize("NFKC", text)
        # A limit asked for a value (「最大でどのくらい」, 「上限額は」) and not stated: 「2回に分割して
        # 取得できる」. A table's row leaves its limit to the table's prose (「次の額を上限として」).
        if " | " not in text and _ASKS_A_LIMIT.search(question) and (kinds or _HOW_MUCH.search(question)) and not _STATES_A_LIMIT.search(written):
            return False
        if ASKS_UNTIL.search(question) and not _STATES_UNTIL.search(written):
            return False  # 「1月5日10:00から…仕事始め式」 for 「書類は何日まで？」
        if ASKS_FROM.search(question) and " | " not in text and not _STATES_FROM.search(written):
            return False  # 「…12月24日までのものについては、なお従前の例による」 for 「いつから施行」
        if _ASKS_THE_MOST.search(question) and not _STATES_THE_MOST.search(written):
            # 「客単価が一番高かったのはどの店？」: one row's figure says nothing of the others'.
            return False
        if kinds and _ASKS_A_YEARS.search(question) and _STATES_PER_TIME.search(text) and not _STATES_A_YEARS.search(text):
            return False  # 「1人あたり1回5,000円」 is no 年間の上限額
        if _ASKS_WHOM.search(question) and not _STATES_WHOM.search(written):
            return False  # 「誰に聞けばいい？」: 「自習室の土曜：10:00〜20:00」 names no one to ask
        if _ASKS_WHERE.search(question) and not _ASKS_THE_MOST.search(question) and not _STATES_A_PLACE.search(written):
            return False  # 「受付はどこでやっている？」: 「…年間パスポートは、有効期限を一律12日延長します」 says where nothing is
        if _ASKS_A_REFUND.search(question) and not _STATES_A_REFUND.search(f"{written}\n{context}"):
            return False  # 「退会したら年会費はいくら返ってくる？」: 「年会費: 6,600円」 says what is paid, not what comes back
        if _ASKS_WHICH_COMPANY.search(question) and not _NAMES_A_COMPANY.search(written):
            return False  # 「どこの業者が請け負っている？」: 「お問い合わせは施設管理課 三宅（内線 314）」 is no contractor
    if not kinds:
        return True
    last = text.split(" | ")[-1]
    if "円" in kinds and (last.partition(": ")[2] or last).strip() in _FREE and not any(claim.kind == "money" or "円" in claim.text for claim in claims):
        return True  # a fee's last cell 「無料」, beside no other price: how much is nothing
    if text:  # 「1日あたりの利用者負担額」: what an amount is per, no day nor length of time
        claims = [claim for claim in claims if not (claim.values == ("1",) and text.startswith(_PER, claim.end))]
    if ASKS_A_DAY.search(question) or _ASKS_A_DAY_JA.search(question):
        # "Until what date…", 「何月何日」: a year or a month alone (「2027年度の…受付」) names no day.
        claims = [claim for claim in claims if claim.kind != "date" or any(re.search(r"\d-\d{2}$", value) for value in claim.values)]
    # A table row's values are in its cells; a column's name (「平日夜間（18:00〜翌9:00）: 16,000円」)
    # says which value, and its 18:00 is no answer to 「いつから施行」.
    values = " ".join(cell.partition(": ")[2] or cell for cell in text.split(" | ")) if " | " in text and ": " in text else ""
    return any(claim_fits(claim, kinds, text) and (not values or claim.text in values) for claim in claims)


_FREE = frozenset({"無料", "無償", "0円", "０円"})


# A limit and which side of it: 「月60時間を超える」 is above 60時間, 「月60時間以内」 below it.
# (「3年を経過した後」 is past the 3年 that 「3年以内」 is within.)
_BOUND = re.compile(r"(\d[\d,.]*\s*(?:[^\s\d、。|:：をのがは（）()]{1,3}?)?)\s*(?:を)?(超え|超|以上|より多|以内|以下|未満|経過した後|経過後|過ぎた後)")
_ABOVE = ("超え", "超", "以上", "より多", "経過した後", "経過後", "過ぎた後")


def _bounds(text: str) -> dict[str, str]:
    text = unicodedata.normalize("NFKC", text)
    return {match.group(1).replace(",", "").replace(" ", ""): "above" if match.group(2) in _ABOVE else "below" for match in _BOUND.finditer(text)}


def bound_differs(question: str, text: str) -> bool:
    """Whether the text puts a limit the question names on the other side: the 「月60時間以内
    の部分」 row is no answer to 「月60時間を超えた残業の割増率は？」."""
    asked = _bounds(question)
    return any(asked.get(limit) not in (None, side) for limit, side in _bounds(text).items())


# A cover's or a letter's own date line (「2026年9月 経営会議資料」): when
# the document was written, never when what it speaks of happens.
_DATELINE = re.compile(
    r"(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?(?:（[月火水木金土日]）)?\s*[^\s、。：:]*(?:資料|議事録|報告書?|説明会|会議|お知らせ|ご案内|案内|発行|作成|現在)"
)


# A notice's date and sender (「2027年（令和9年）3月1日 社会福祉法人しののめ福祉会 法人本部 保育事業課」): when it was sent, by whom.
_SENDER_LINE = re.compile(r"(?:(?:19|20)\d{2}年(?:[（(](?:令和|平成)(?:\d{1,2}|元)年[）)])?)?\d{1,2}月\d{1,2}日(?:[（(][月火水木金土日][）)])?(?:\s+[^\s、。：:]+)*\s+[^\s、。：:]*(?:課|部|室|局|センター|会|社|法人)")


def is_dateline(text: str) -> bool:
    return (_DATELINE.fullmatch(text.strip()) is not None or _SENDER_LINE.fullmatch(text.strip()) is not None) and not re.search(r"[、。はがをにで]", text)


# 「8万円になる前は」: the value a question asks what came before; 「（改定前は年額80,000円）」: a value that was.
_BEFORE_THE_VALUE = re.compile(r"(\d[\d,.]*\s*[万千億]?\s*[^\s\d、。？?をがは]{0,3}?)(?:に|へ)(?:なる|なった|変わる|変わった|上がる|上がった|下がる|下がった)前")
_ASKS_WHAT_WAS = re.compile(r"だった|でした|であった|前は(?:いくら|何|どう)")
WAS = re.compile(r"(?:改定|変更|改正|改訂|見直し)前(?:は|の)?[^\d）)。]{0,8}(\d[\d,.]*\s*[万千億]?[^\s\d、。|:：（）()]{0,3})")


def before_its_earlier_value(question: str, text: str) -> bool:
    """Whether the question asks what a value used to be before one (「8万円になる前はいくらだった？」)
    that the text gives only as the earlier value: what came before it is not there."""
    asked = extract_claims(match.group(1)) if (match := _BEFORE_THE_VALUE.search(question)) and _ASKS_WHAT_WAS.search(question) else []
    return any(is_supported(claim, [value]) for claim in asked if claim.kind != "name" for value in WAS.findall(text))


# A plan, a target or a forecast (「平均到着時間20分以内を目標とする」), and a question that asks what
# happened: "What was the average time … in fiscal 2026?", 「去年は何分かかった？」.
_A_PLAN = re.compile(r"目標|計画|予定|見込み?|予測|目指")
_AN_OUTCOME = re.compile(r"実績|結果|であった|でした|だった|となった|減少した|増加した")
_ASKS_A_PLAN = re.compile(r"目標|計画|予定|見込|予測|予算|目指|\b(?:target|plan|planned|goal|aim|forecast|budget|expected|projected)s?\b", re.IGNORECASE)
_ASKS_WHAT_HAPPENED = re.compile(r"ました|でした|だった|かかった|実際|実績|\b(?:was|were|did|had|actual|actually)\b", re.IGNORECASE)


def a_plan_for_what_happened(question: str, text: str) -> bool:
    """Whether the text states only a plan or a target where the question asks what happened
    and names no plan: the next year's goal is no answer to last year's result."""
    return bool(_ASKS_WHAT_HAPPENED.search(question) and not _ASKS_A_PLAN.search(question) and _A_PLAN.search(text) and not _AN_OUTCOME.search(text))


# Whether something may be done (「入所できますか」, 「使っても大丈夫？」): a yes or a no, with its rule.
ASKS_WHETHER = re.compile(r"(?:でき|可能|認められ|使え|入れ|もらえ|受けられ|利用でき|かかり|掛かり|必要)(?:ます|る)?(?:か|の)?[?？]?$|(?:ても|でも)(?:いい|よい|大丈夫|構わない)(?:んですか|んでしょうか|でしょうか|ですか|の)?[?？]?$")


# Where or how something is done (「どこで手続きすれば」, 「どうやって申し込む」): a sentence of prose answers
# with no figure.
ASKS_HOW_OR_WHERE = re.compile(r"どこで|どこから|どうやって|どうすれば|どのように|どのような方法")
