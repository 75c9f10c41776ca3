"""The words a document writes for the everyday ones an employee asks with (rag/quoting.py:
the search, the choice of sentences and the subject checks read both)."""

from __future__ import annotations

import re
import unicodedata

# Kin said in one character name whose leave or allowance is asked (rag/quoting.py's subject
# terms): 孫's wedding is not 子's.
KIN = frozenset("孫子父母兄弟姉妹妻夫")

# What a document writes for a word an employee asks with: 半年 is 「6か月」 in a rule book,
# 残業 is 時間外労働, ボーナス is 賞与, 休み is 休暇 or 休業. Keyed by Sudachi's normalised form.
WRITTEN_AS = {
    "半年": ("6か月", "6ヶ月", "6カ月", "六か月", "六ヶ月"),
    "残業": ("時間外労働", "時間外勤務", "時間外"),
    "ボーナス": ("賞与",),
    "会社": ("法人", "企業", "事業者", "事業所"),  # a customer company: 「登録者が35人の会社」 is a 法人会員
    "入園料": ("入館料", "入場料"), "入館料": ("入園料", "入場料"), "入場料": ("入館料", "入園料"),  # admission, whatever the place
    "引き": ("割引", "値引", "減額", "オフ"),  # 「何パーセント引き」: the 割引率
    "質問": ("問い合わせ", "問合せ", "問い合せ", "照会", "相談"),
    "月謝": ("月額授業料", "授業料", "月額"),
    "休み": ("休暇", "休業", "休日"),
    "夜": ("夜間",),
    "番号": ("番号", "内線", "電話"),  # 「内線番号は？」: 「…小野寺（内線 405）まで」 writes the number as 内線
    "給料": ("給与", "賃金"),
    # the people a rule book names by their contract (「店舗スタッフ」: its パートタイマー・アルバイト)
    "スタッフ": ("従業員", "職員", "社員", "パートタイマー", "アルバイト", "パート", "スタッフ"),
    "給料日": ("支給日", "支払日", "賃金", "給与"),  # 「賃金は…当月25日に支払う」
    "給与日": ("支給日", "支払日", "賃金", "給与"),
    "祝い金": ("祝金",),
    "値上げ": ("改定", "引き上げ", "引上げ"),
    "値下げ": ("改定", "引き下げ", "引下げ"),
    "ミス": ("誤り", "誤", "間違い"),
    "子供": ("子",),
    # a brother or a sister: a rule book's 兄弟姉妹
    "兄": ("兄弟姉妹", "兄弟"), "弟": ("兄弟姉妹", "兄弟"), "姉": ("兄弟姉妹", "姉妹"), "妹": ("兄弟姉妹", "姉妹"),
    # a spouse, a parent, a grandparent: a rule book's 配偶者, 父母, 祖父母
    "妻": ("配偶者",), "夫": ("配偶者",), "嫁": ("配偶者",), "旦那": ("配偶者",),
    "父": ("父母", "親"), "母": ("父母", "親"), "両親": ("父母", "親"), "親": ("父母",),
    "祖父": ("祖父母",), "祖母": ("祖父母",), "おじいちゃん": ("祖父母", "祖父"), "おばあちゃん": ("祖父母", "祖母"),
    "有給": ("年次有給休暇", "有給休暇", "年休"),
    "締め切り": ("締切", "期限"),
    "パソコン": ("PC",),
    "スマホ": ("スマートフォン",),
    "Wi-Fi": ("無線LAN", "無線ネットワーク"),
    # The short forms employees say for what a rule book writes out.
    "育休": ("育児休業",),
    "産後パパ育休": ("出生時育児休業",),
    "産休": ("産前産後休業", "産前休業", "産後休業"),
    "時短": ("短時間勤務",),
    "有休": ("年次有給休暇", "有給休暇"),
    "年休": ("年次有給休暇", "有給休暇"),
    "インフル": ("インフルエンザ",),
    "交通費": ("通勤手当", "旅費"),
    "ホテル代": ("宿泊料", "宿泊費"),
    "宿泊費": ("宿泊料",),
    "宿泊料": ("宿泊費",),
    "泊まり": ("宿泊",),
    "出張手当": ("日当",),
    "出張費": ("旅費", "出張旅費"),
    "通勤費": ("通勤手当",),
    "マイカー": ("自家用車", "私有車", "私有車両"),
    "バイク": ("自動二輪車", "二輪車", "オートバイ"),
    "原付": ("原動機付自転車",),
    "家賃補助": ("住宅手当", "家賃手当"),
    "社宅": ("借上げ社宅", "借り上げ社宅", "社有社宅"),
    "寮": ("社員寮", "独身寮"),
    "社販": ("社員販売",),
    "社食": ("社員食堂", "食堂"),
    "コミセン": ("コミュニティセンター",),
    "昼御飯": ("昼食",),
    "賞味期限": ("賞味期間",),
    "退職金": ("退職手当",),
    "夏休み": ("夏季休暇",),
    "冬休み": ("冬季休暇", "年末年始休暇"),
    "健診": ("健康診断",),
    "携帯": ("携帯電話", "スマートフォン"),
    "パワハラ": ("パワーハラスメント",),
    "セクハラ": ("セクシュアルハラスメント", "セクシャルハラスメント"),
    "在宅": ("在宅勤務", "テレワーク"),
    "テレワーク": ("在宅勤務",),
    "リモートワーク": ("在宅勤務", "テレワーク"),
    "上司": ("所属長", "上長"),
    "新人": ("新入社員",),
    "バイト": ("アルバイト", "パートタイマー"),
    "社長": ("代表取締役",),
    "飲み会": ("懇親会",),
    "情シス": ("情報システム",),
    "仕事": ("業務",),
    "引っ越し": ("移転", "転居", "引越し", "引越"),
    "夜中": ("夜間", "深夜"),
    "電話": ("内線", "電話番号", "連絡先"),
    "電話番号": ("電話", "TEL", "内線", "連絡先"),
    # the days a rule book groups
    "土曜": ("土日祝日", "土日", "土曜日", "休日"),
    "日曜": ("土日祝日", "土日", "日曜日", "休日"),
    "週末": ("土日祝日", "土日", "休日"),
    # a hospital's words for what staff and patients call them
    "ドクター": ("医師",),
    # a care operator's short names for its services
    "ショートステイ": ("短期入所",),
    "ショート": ("短期入所", "ショートステイ"),
    "特養": ("特別養護老人ホーム",),
    "デイ": ("通所介護", "デイサービス"),
    "ヘルパー": ("訪問介護",),
    "ベッド": ("病床",),
    "当直": ("宿直",),
    "上乗せ": ("加算",),
    "建設費": ("総事業費", "事業費", "工事費"),
    # what a shop's or a plan's figures are written as
    "割合": ("比率", "構成比"),
    "上半期": ("上期",),
    "下半期": ("下期",),
    "粗利": ("荒利", "売上総利益"),
    "粗利率": ("荒利率", "売上総利益率"),
    "釣り銭": ("釣銭",),
    # what the staff of any shop, hotel or office call their customers and their dealings
    "お客さん": ("お客様", "客", "顧客", "利用者", "宿泊客", "来店客", "来客"),
    "御客様": ("客", "顧客", "利用者", "宿泊客", "来店客", "来客"),
    "キャンセル": ("取消", "取り消し", "取消し", "解約"),
    "チケット": ("鑑賞券", "入場券", "乗車券", "前売券", "券"),
    "キャンセル料": ("取消料", "取消手数料", "解約料"),
    "税金": ("税",),
    "部屋": ("客室", "室", "居室"),
    "掃除": ("清掃",),
    "標準": ("基準", "目安"),
    # a utility's or a landlord's words for what its customers say
    "修理": ("修繕",),
    "水漏れ": ("漏水",),
    "水道代": ("水道料金",),
    "下水道代": ("下水道使用料",),
    "下水道料金": ("下水道使用料",),
    # what students, their parents and any applicant say for what a school's or a rule book's
    # pages write
    "校舎": ("施設",),
    "新入生": ("1年次", "1年生", "入学者"),
    "書類": ("申請", "提出", "届"),
    "ペナルティ": ("延滞料", "延滞金", "違約金", "罰金"),
    "ペナルティー": ("延滞料", "延滞金", "違約金", "罰金"),
    "リストラ": ("失職", "会社都合", "整理解雇", "人員削減"),
    "半分": ("2分の1", "半額", "50%"),
    "最後": ("最終",),
    "最初": ("始発", "初回"),
    "終電": ("最終",),
    "終バス": ("最終",),
    "外国人学生": ("留学生",),
    # what a railway's rule book and timetable write for what its passengers say
    "電車": ("鉄道", "列車", "車内", "車両"),
    "最終電車": ("終電", "最終列車", "最終"),
    "始発電車": ("初電", "始発"),
    "指定席": ("座席指定",),
    "回数券": ("回数乗車券",),
    "土日": ("土休日", "土日祝日", "土日祝", "休日"),
    "距離": ("キロ", "km"),
    # the days of the year by their everyday names
    "大晦日": ("12月31日",),
    "元日": ("1月1日",),
    "元旦": ("1月1日",),
    "年明け": ("年始", "1月"),
    # a garment by its length, which a price list bands by the length itself (「コート（丈120cm以上）」)
    "ロングコート": ("コート",), "ハーフコート": ("コート",), "ショートコート": ("コート",), "ロングスカート": ("スカート",), "ロングドレス": ("ドレス",),
    # every shop (clinic, branch…) together: a table's 合計 column or row (「5月は全店合わせて何点」)
    "全店": ("合計", "総計", "全店計"), "全院": ("合計", "総計", "全院計"), "全支店": ("合計", "総計"), "全工場": ("合計", "総計"), "全営業所": ("合計", "総計"),
    # the price anyone pays, which a price list writes as its 通常料金 or 一般料金 (「普通はいくら？」)
    "普通": ("通常", "一般"),
}

# The same for a verb: 「何時に終わる？」 is 終業 in a 勤務区分 table.
WRITTEN_FOR_VERBS = {
    "終わる": ("終業",), "始まる": ("始業", "開始"), "引っ越す": ("移転", "転居"),
    # what a procedure or a plan writes for what a thing does or what is done to it
    "動く": ("稼働",), "止まる": ("停止",), "辞める": ("退職",), "借りる": ("貸出", "借用"),
    "返す": ("返却",), "遅れる": ("遅延",), "変わる": ("変更",), "変える": ("変更",),
    # what a plan or a rule book writes for what people do
    # (keyed by Sudachi's normalised form: 採る is 取る)
    "取る": ("取得", "採用"), "雇う": ("採用", "雇用"), "払う": ("支払", "支給"),
    "休む": ("休暇", "休業", "欠勤"), "使う": ("利用", "使用"), "貰う": ("支給",),
    # what a shop's hours write for its doors (「何時まで開いてる？」 asks for neither by its word)
    "閉まる": ("閉店",), "開く": ("営業", "開店", "開館"),
    # what a rule book writes for a charge made smaller, a leak, a form handed in
    "負ける": ("減額", "減免"), "漏れる": ("漏水",), "申し込む": ("申請", "申込", "提出"),
    "振り込む": ("振込", "納付", "支払"), "送る": ("送付",),
    # what a railway's figures write for riding and running
    "乗る": ("乗車",), "走る": ("走行",),
}


# Phrases an asker says for one word a document writes (Sudachi reads 秋学期 as 秋 and 学期).
WRITTEN_FOR_PHRASES = {
    "秋学期": "後期", "春学期": "前期",
    "海外から来た学生": "留学生", "外国から来た学生": "留学生", "外国人の学生": "留学生",
    "下の階": "階下", "上の階": "階上",
    "総合計": "合計", "総計": "合計",  # the grand total: a table's 合計 row and column
}


# An average per month said in words: 「1か月あたり平均」, 「ひと月の平均」, 「月あたりの平均」 (not 「12か月平均」).
_MONTHLY_AVERAGE = re.compile(r"(?<![\d〇一二三四五六七八九十])(?:1|一|ひと)?(?:か月|ヶ月|カ月|ケ月|箇月|月)(?:あたり|当たり)?の?平均")


_LIVES_IN = re.compile(r"([\u4e00-\u9fff]{1,5}[市町村区])(?:に住んで(?:いる|います)|に在住の|在住の|にお住まいの)")
_SET_TO = re.compile(r"(何[度時分円℃]|何パーセント|いくら)に設定(?=され|して|する)")


_A_SEASON = re.compile(r"(?<![\u4e00-\u9fff])([春夏秋冬])(?=[にのはでもだ、])")


def rephrased(question: str, text: str | None = None) -> str:
    """The question with each such phrase said by the document's word, where the text (if
    given) writes that word: 「秋学期の学費」 is 「後期の学費」 to a rule book of 前期 and 後期."""
    for phrase, word in WRITTEN_FOR_PHRASES.items():
        if phrase in question and (text is None or word in text):
            question = question.replace(phrase, word)
    question = _SET_TO.sub(r"\1に", question)
    if text is not None:  # 「汐見市に住んでいる子」 is a 汐見市民, where the text writes its 市民料金
        question = _LIVES_IN.sub(lambda match: f"{match.group(1)}民の" if f"{match.group(1)}民" in text else match.group(0), question)  # 「何度に設定されていますか」 asks the value; 設定 is how it is asked
    if text is not None:
        question = _by_the_clock(question, text)
        # 「夏にプレーすると」: the 夏季 of a table of 春季, 夏季, 秋季, 冬季.
        question = _A_SEASON.sub(lambda match: f"{match.group(1)}季" if f"{match.group(1)}季" in text else match.group(0), question)
        if "月平均" in text:
            question = _MONTHLY_AVERAGE.sub("月平均", question)  # 「1か月あたり平均で何人」: the 月平均 row

    # A school grade said short: 「中3」 is 中学3年, 「小3」 小学3年, 「高1」 高校1年.
    def whole(match: re.Match[str]) -> str:
        grade = f"{_WHOLE_SCHOOL[match.group(1)]}{match.group(2)}年"
        return grade if text is None or grade in text else match.group(0)

    return _SHORT_GRADE.sub(whole, question)


# A time of day (「朝の延長保育」) is said by the clock span the text writes in it (「7:30〜8:30」): hours from, until.
_TIMES_OF_DAY = {"早朝": (0, 8), "朝": (0, 10), "午前": (0, 12), "昼": (11, 14), "午後": (12, 24), "夕方": (15, 19), "夜間": (18, 30), "夜": (18, 30)}
_TIME_OF_DAY = re.compile(r"(?<![\u4e00-\u9fff])(早朝|朝|午前|昼|午後|夕方|夜間|夜)(?![\u4e00-\u9fff])")
_CLOCK_SPAN = re.compile(r"(\d{1,2}):(\d{2})\s*[〜~～-]\s*(?:翌)?(\d{1,2}):(\d{2})")


def _by_the_clock(question: str, text: str) -> str:
    for match in reversed(list(_TIME_OF_DAY.finditer(question))):
        word = match.group(1)
        if word in text:
            continue
        low, high = _TIMES_OF_DAY[word]
        spans = {span.group() for span in _CLOCK_SPAN.finditer(unicodedata.normalize("NFKC", text)) if low <= int(span.group(1)) < high}
        if len(spans) == 1:
            question = f"{question[: match.start()]}{spans.pop()}{question[match.end():]}"
    return question


_SHORT_GRADE = re.compile(r"(?<![\u4e00-\u9fff])([小中高])(\d)(?![\d\u4e00-\u9fff])")
_WHOLE_SCHOOL = {"小": "小学", "中": "中学", "高": "高校"}


# 「13mmのメーター」, 「500mlのボトル」: a thing told by its size, which a table writes as its row's
# label (口径: 13mm) under its own word for the thing.
_SIZED_THING = re.compile(r"(\d+(?:\.\d+)?(?:mm|cm|ml|mL|kg|g|インチ|号))の[\u30a1-\u30fa\u30fc\u4e00-\u9fff]+(?=[のはがをにでもと、。？?]|$)")


def unsized(question: str, text: str) -> str:
    """The question with such a thing said by its size alone, where the text writes that size."""
    # The size as a row's first cell (「口径: 13mm | …」), not any cell (a laptop's 「画面: 15インチ」).
    labels = {cell.strip() for cell in re.findall(r"^[^|:：\n]*[:：]\s*([^|\n]+)", unicodedata.normalize("NFKC", text), re.MULTILINE)}
    return _SIZED_THING.sub(lambda match: match.group(1) if unicodedata.normalize("NFKC", match.group(1)) in labels else match.group(0), question)


# Who uses or pays, said with what the table tells apart (「市外の団体」, 「市内のチーム」): the
# table's 市外 column names them, whatever it calls them (市外の者).
_PARTIES = frozenset({"団体", "チーム", "グループ", "サークル", "クラブ", "お客さん", "お客様", "お客さま", "顧客", "利用者"})  # (「市外のお客さん」)


def the_asker(word: str, question: str, text: str) -> bool:
    """Whether `word` of the question is such a party, qualified by a word `text` writes."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return word in _PARTIES and any(unicodedata.normalize("NFKC", who).lower() in folded for who in re.findall(rf"([\u4e00-\u9fffァ-ヶー]{{2,}})の{word}", question))
