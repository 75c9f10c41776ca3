"""English words of a workplace question, and how Japanese documents write them.

An English question over Japanese documents shares no term with them: Sudachi finds nothing
to match, and the small CPU model's translation drops or garbles the very word that matters
(「海外の日付補給額」 for "the overseas daily allowance for a section manager": 課長 is gone).
This glossary gives the Japanese words a document would use for the English ones, so that
the search, the choice of sentences and the check that the cited passage is about what was
asked (the section manager's row, not the general employee's) work for English too.

Each entry: English phrases (lower case; a final word may take a plural ending), the Japanese
forms a document may write, and whether the phrase names what a question is about (a
subject: 課長, 在宅勤務) or only the kind of value asked (a price, a deadline), which the
documents write in many ways and rag/asked.py checks by the answer's kind instead.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from appliance.text.periods import business_year

# A subject names what is asked about; a kind, the kind of value; a question word, neither
# (it is not searched for: 「数」 for "how many" finds nothing worth finding).
SUBJECT, KIND, QUESTION_WORD = "subject", "kind", "question word"

# (english phrases separated by "|", japanese forms separated by "|", what the phrase names)
_ENTRIES: tuple[tuple[str, str, str], ...] = (
    # people and positions
    ("section manager|section chief|section head", "課長", SUBJECT),
    ("department manager|department head|general manager|division manager", "部長", SUBJECT),
    ("executive|officer|board member|director", "役員|取締役", SUBJECT),
    ("president|ceo", "社長|代表取締役|CEO", SUBJECT),
    ("general employee|regular employee|rank and file|staff member", "一般社員|社員", SUBJECT),
    ("new employee|new hire|newcomer", "新入社員|新人|入社", SUBJECT),
    ("part timer|part time worker|part time employee", "パート|アルバイト|短時間", SUBJECT),
    ("contract employee|contractor", "契約社員|業務委託", SUBJECT),
    ("supervisor|boss|line manager", "上長|上司", SUBJECT),
    ("manager", "管理職|課長|部長|マネージャー|責任者", SUBJECT),
    ("employee|worker|staff", "社員|従業員|職員", KIND),
    ("customer|client", "顧客|お客様|取引先|クライアント", SUBJECT),
    ("visitor|guest", "来客|来訪者|ゲスト|訪問者", SUBJECT),
    ("competitor|rival|competing", "競合|他社|ライバル", SUBJECT),
    ("partner|vendor|supplier", "取引先|仕入先|ベンダー|パートナー|協力会社", SUBJECT),
    ("shareholder|investor", "株主|投資家", SUBJECT),
    ("user", "ユーザー|ユーザ|利用者|利用", SUBJECT),
    ("applicant", "申請者|応募者", SUBJECT),
    # health and hospital work
    ("covid 19|covid|coronavirus|corona", "新型コロナウイルス感染症|新型コロナ|コロナ", SUBJECT),
    ("influenza|flu", "インフルエンザ|インフル", SUBJECT),
    ("norovirus|stomach bug|gastroenteritis", "ノロウイルス|感染性胃腸炎|胃腸炎", SUBJECT),
    ("measles", "麻疹|はしか", SUBJECT),
    ("doctor|physician", "医師|ドクター", SUBJECT),
    ("nurse", "看護師", SUBJECT),
    ("night shift|night duty|overnight duty", "夜勤|宿直|当直", SUBJECT),
    ("on call|on-call", "オンコール|待機", SUBJECT),
    ("floor area|total floor area|floor space", "延床面積|床面積", SUBJECT),
    ("prize money|cash prize", "賞金", SUBJECT),
    # work and time off
    ("work from home|working from home|remote work|remote working|telework|teleworking|telecommute|home office", "在宅勤務|テレワーク|リモートワーク|在宅", SUBJECT),
    ("working day|workday|working hours|work hours|office hours|business hours", "始業|終業|勤務時間|労働時間|就業時間|営業時間|業務時間", SUBJECT),
    ("start work|starts work|start of work|begin work", "始業", SUBJECT),
    ("finish work|end of work|leave work", "終業", SUBJECT),
    ("overtime", "残業|時間外", SUBJECT),
    ("first half|first half year|h1", "上期|上半期", SUBJECT),
    ("second half|second half year|h2", "下期|下半期", SUBJECT),
    ("company wide|companywide|whole company|entire company|all departments", "全社|全社合計|合計", KIND),
    ("open rate|opening rate", "開封率", SUBJECT),
    ("click rate|click through rate", "クリック率", SUBJECT),
    ("mailbox|mail box|inbox", "メールボックス|メール容量|受信箱", SUBJECT),
    ("year end tax adjustment|year end adjustment|tax adjustment", "年末調整", SUBJECT),
    ("flextime|flexible hours|flex time|core time", "フレックス|コアタイム", SUBJECT),
    ("paid leave|paid holiday|paid vacation|annual leave|vacation day", "年次有給休暇|有給休暇|有給|年休", SUBJECT),
    ("special leave|leave of absence", "特別休暇|休職", SUBJECT),
    ("maternity leave", "産前産後休暇|産休", SUBJECT),
    ("parental leave|childcare leave", "育児休業|育休", SUBJECT),
    ("nursing care leave|caregiver leave", "介護休業|介護休暇", SUBJECT),
    ("sick leave", "病気休暇|傷病休暇", SUBJECT),
    ("holiday|day off|days off|leave|vacation|time off", "休暇|休日|休み|休業", SUBJECT),
    ("marry|married|marriage|wedding", "結婚", SUBJECT),
    ("funeral|bereavement", "忌引|葬儀|弔事", SUBJECT),
    ("childbirth|give birth|baby", "出産", SUBJECT),
    ("child|children|kid", "子ども|子供|子", SUBJECT),
    ("family|dependent", "家族|扶養", SUBJECT),
    ("commute|commuting", "通勤", SUBJECT),
    ("business trip|travel", "出張|旅費", SUBJECT),
    ("overseas|abroad|international|foreign", "海外|国外|外国", SUBJECT),
    ("domestic", "国内", SUBJECT),
    ("daily allowance|per diem", "日当", SUBJECT),
    ("accommodation|hotel|lodging", "宿泊|ホテル", SUBJECT),
    ("transportation|train fare|taxi", "交通費|交通|電車|タクシー", SUBJECT),
    ("retirement|retire", "退職|定年", SUBJECT),
    ("resignation|resign|quit", "退職|辞職", SUBJECT),
    ("promotion", "昇進|昇格", SUBJECT),
    ("evaluation|appraisal|performance review", "評価|人事考課|査定", SUBJECT),
    ("training|seminar|workshop|e learning", "研修|講座|セミナー|受講|トレーニング", SUBJECT),
    ("hiring|recruitment|recruiting", "採用", SUBJECT),
    ("interview", "面接|面談", SUBJECT),
    ("probation|trial period", "試用期間", SUBJECT),
    ("harassment", "ハラスメント|セクハラ|パワハラ", SUBJECT),
    ("health check|health checkup|medical checkup|medical examination|check up|checkup", "健康診断|健診|人間ドック", SUBJECT),
    ("stress check", "ストレスチェック", SUBJECT),
    ("welfare|benefit", "福利厚生|手当|補助", SUBJECT),
    ("uniform|dress code", "制服|服装", SUBJECT),
    # money
    ("salary|wage|base pay|basic salary|monthly pay", "給与|給料|基本給|賃金|月給", SUBJECT),
    ("bonus", "賞与|ボーナス", SUBJECT),
    ("allowance", "手当|日当|支給", SUBJECT),
    ("subsidy|reimbursement|reimburse|refund", "補助|助成|支給|精算|払い戻し|返金", SUBJECT),
    ("expense|expenses|expense claim|expense report", "経費|費用|精算", SUBJECT),
    ("receipt", "領収書|レシート", SUBJECT),
    ("invoice|bill", "請求書|インボイス", SUBJECT),
    ("payment|pay day|payday", "支払|支払い|振込|給与支給日", SUBJECT),
    ("transfer|bank transfer", "振込|振り込み", SUBJECT),
    ("budget", "予算", SUBJECT),
    ("grade|rank", "等級|グレード|ランク|級", SUBJECT),
    ("tax|consumption tax", "税|消費税|税込|税抜", SUBJECT),
    ("fee|charge", "手数料|料金|費用|代金", KIND),
    ("price|cost|amount|rate|sum|total", "価格|料金|費用|金額|額|コスト|合計|円", KIND),
    ("monthly|per month|a month|each month", "月額|毎月|月", KIND),
    ("yearly|annual|per year|a year|each year", "年額|年間|毎年|年", KIND),
    ("approval|approve|approver|authorize", "承認|決裁|許可|了承", SUBJECT),
    ("application|apply|request|submit|submission|claim", "申請|申し込み|申込|提出|届出|依頼|手続", KIND),
    ("deadline|due date|due|by when|submit by", "期限|締切|締め切り|まで", KIND),
    # business figures
    ("revenue|sales|net sales|turnover", "売上高|売上|販売", SUBJECT),
    ("operating profit|operating income", "営業利益", SUBJECT),
    ("operating margin", "営業利益率", SUBJECT),
    ("ordinary profit|ordinary income", "経常利益", SUBJECT),
    ("net income|net profit|net earnings", "純利益|当期純利益", SUBJECT),
    ("profit|earnings|income", "利益|収益", SUBJECT),
    ("dividend", "配当", SUBJECT),
    ("forecast|outlook|guidance|projection", "予想|見通し|計画|予測", SUBJECT),
    ("quarter|quarterly", "四半期|Q", SUBJECT),
    ("first quarter", "第1四半期|1Q|Q1", SUBJECT),
    ("second quarter", "第2四半期|2Q|Q2", SUBJECT),
    ("third quarter", "第3四半期|3Q|Q3", SUBJECT),
    ("fourth quarter", "第4四半期|4Q|Q4", SUBJECT),
    ("fiscal year|financial year|business year", "年度|期|通期", SUBJECT),
    ("year on year|year over year|compared with last year|previous year|last year", "前年|前年同期|前期|昨年", SUBJECT),
    ("growth|increase|rise", "増加|成長|伸び|増", KIND),
    ("decrease|decline|drop|reduction|reduce", "減少|削減|低下|減", KIND),
    ("market share", "シェア|占有率", SUBJECT),
    ("segment|division|business unit", "セグメント|事業|部門", SUBJECT),
    ("headcount|number of employees|employees", "従業員数|社員数|人員", SUBJECT),
    ("capital|capital expenditure|investment", "資本|設備投資|投資", SUBJECT),
    ("contract", "契約", SUBJECT),
    ("plan|subscription|tier", "プラン|計画|契約|コース", SUBJECT),
    ("discount", "割引|値引", SUBJECT),
    ("free of charge|free", "無料|無償", KIND),
    # products and IT
    ("product|new product", "製品|商品|新製品", SUBJECT),
    ("model", "モデル|機種|型", SUBJECT),
    ("parameter|parameter count|number of parameters", "パラメータ|パラメーター|パラメータ数", SUBJECT),
    ("latency|response time|response speed", "応答時間|レイテンシ|レイテンシー|応答速度|応答", SUBJECT),
    ("speed|throughput|performance", "速度|性能|スループット|処理", SUBJECT),
    ("accuracy|precision", "精度|正答率|正解率", SUBJECT),
    ("context length|context window", "コンテキスト長|コンテキスト|トークン", SUBJECT),
    ("token", "トークン", SUBJECT),
    ("language model|llm|ai model", "言語モデル|LLM|AI|モデル", SUBJECT),
    ("gpu", "GPU", SUBJECT),
    ("cpu|processor", "CPU|プロセッサ", SUBJECT),
    ("memory|ram", "メモリ|メモリー", SUBJECT),
    ("storage|disk", "ストレージ|ディスク|容量", SUBJECT),
    ("battery|battery life", "バッテリー|電池|駆動時間", SUBJECT),
    ("weigh|weight|heavy", "重さ|重量|グラム|kg|g", KIND),
    ("size|dimension", "サイズ|寸法|大きさ", KIND),
    ("screen|display", "画面|ディスプレイ|液晶", SUBJECT),
    ("laptop|notebook pc|notebook", "ノートパソコン|ノートPC|PC|パソコン", SUBJECT),
    ("computer|pc", "パソコン|PC|端末", SUBJECT),
    ("smartphone|mobile phone|cell phone", "スマートフォン|スマホ|携帯電話|携帯", SUBJECT),
    ("printer", "プリンター|プリンタ|複合機", SUBJECT),
    ("software|application software|app", "ソフトウェア|ソフト|アプリ|アプリケーション", SUBJECT),
    ("system", "システム", SUBJECT),
    ("server", "サーバー|サーバ", SUBJECT),
    ("network|wi fi|wifi|wireless", "ネットワーク|Wi-Fi|無線LAN|無線", SUBJECT),
    ("network name|ssid", "ネットワーク名|SSID", SUBJECT),
    ("password|passcode", "パスワード|暗証番号", SUBJECT),
    ("character", "文字", SUBJECT),
    ("account|login|log in|sign in", "アカウント|ログイン|サインイン", SUBJECT),
    ("vpn", "VPN", SUBJECT),
    ("email|e mail|mail", "メール|電子メール", SUBJECT),
    ("usb|usb stick|usb drive|usb memory", "USB", SUBJECT),
    ("security|information security", "セキュリティ|情報セキュリティ", SUBJECT),
    ("virus|malware", "ウイルス|マルウェア", SUBJECT),
    ("backup", "バックアップ", SUBJECT),
    ("data", "データ|情報", SUBJECT),
    ("personal information|personal data|privacy", "個人情報|プライバシー", SUBJECT),
    ("data center|datacenter", "データセンター|DC", SUBJECT),
    ("migration|migrate|move|relocation", "移行|移転|引っ越し", SUBJECT),
    ("capacity", "容量|能力|収容", SUBJECT),
    ("rack", "ラック", SUBJECT),
    ("power|electricity|power consumption", "電力|消費電力|電源", SUBJECT),
    ("cloud", "クラウド", SUBJECT),
    ("outage|downtime|failure|incident", "障害|停止|ダウンタイム|インシデント|故障", SUBJECT),
    ("availability|uptime", "可用性|稼働率", SUBJECT),
    ("maintenance", "保守|メンテナンス|点検", SUBJECT),
    ("release|launch|go on sale|available from", "発売|リリース|提供開始|開始|出荷|公開", SUBJECT),
    ("founded|established|foundation|founding", "設立|創業|創立", SUBJECT),
    ("version", "バージョン|版", SUBJECT),
    ("license|licence", "ライセンス", SUBJECT),
    ("help desk|helpdesk|service desk|support desk", "ヘルプデスク|問い合わせ|窓口|サービスデスク|サポート", SUBJECT),
    ("support", "サポート|支援|対応", KIND),
    ("extension|extension number|phone extension", "内線|延長", SUBJECT),
    ("phone|telephone|phone number", "電話|電話番号|TEL|内線", KIND),
    ("contact|contact point|inquiry|inquiries", "連絡先|問い合わせ|窓口|担当", KIND),
    ("phase|stage|wave", "フェーズ|段階|期|ウェーブ|次", SUBJECT),
    ("schedule|timeline|roadmap", "スケジュール|日程|予定|ロードマップ", KIND),
    ("rollout|introduction|deployment|roll out|go live", "導入|展開|本番|稼働|運用開始", SUBJECT),
    ("project", "プロジェクト|案件", SUBJECT),
    ("goal|target|objective", "目標|ターゲット", SUBJECT),
    ("result|achievement|actual result", "実績|結果|成果|決算", SUBJECT),
    # factory and safety
    ("factory|plant", "工場", SUBJECT),
    ("defect|defective", "不良|欠陥", SUBJECT),
    ("defect rate|failure rate", "不良率", SUBJECT),
    ("quality", "品質", SUBJECT),
    ("inspection|inspect|audit", "点検|検査|監査", SUBJECT),
    ("calibrate|calibrated|calibration", "校正|較正|キャリブレーション", SUBJECT),
    ("measuring instrument|measuring machine|gauge|caliper", "測定機|測定器|計測器|ノギス|ゲージ", SUBJECT),
    ("accident|injury|lost time", "事故|災害|労災|けが|休業", SUBJECT),
    ("safety", "安全", SUBJECT),
    ("production|output|manufacturing", "生産|製造|生産量", SUBJECT),
    ("yield", "歩留まり|歩留り", SUBJECT),
    ("equipment|machine|machinery", "設備|機械|装置", SUBJECT),
    ("mold|mould", "金型", SUBJECT),
    ("shot", "ショット", SUBJECT),
    ("complaint|claim from customers", "クレーム|苦情", SUBJECT),
    ("earthquake", "地震", SUBJECT),
    ("fire", "火災|火事", SUBJECT),
    ("evacuate|evacuation|shelter", "避難", SUBJECT),
    ("emergency|disaster", "緊急|災害|非常", SUBJECT),
    ("first aid|aed", "救急|AED", SUBJECT),
    # places and things
    ("headquarters|head office", "本社|本部|本店", SUBJECT),
    ("office", "本社|事業所|オフィス|本部|社内", KIND),
    ("branch", "支店|支社|拠点", SUBJECT),
    ("meeting room|conference room", "会議室", SUBJECT),
    ("meeting|conference", "会議|ミーティング", SUBJECT),
    ("reservation|reserve|book|booking", "予約", SUBJECT),
    ("parking|car park", "駐車場|駐車", SUBJECT),
    ("cafeteria|canteen|lunch", "食堂|社員食堂|昼食|ランチ", SUBJECT),
    ("id card|employee id|badge|employee card|security card", "社員証|IDカード|入館証", SUBJECT),
    ("lost|lose|loss", "紛失|なくし|損失", SUBJECT),
    ("reissue|replace|replacement", "再発行|交換", SUBJECT),
    ("document|file|form", "書類|文書|様式|資料|ファイル", KIND),
    ("rule|regulation|policy|handbook|manual", "規程|規則|規定|方針|マニュアル|ルール", KIND),
    ("park", "公園", SUBJECT),
    ("insurance", "保険", SUBJECT),
    ("pension", "年金", SUBJECT),
    ("stock|share price", "株|株価|在庫", SUBJECT),
    # how a value is asked
    ("what time|what hour|start time|end time|time", "時刻|時|時間|午前|午後", QUESTION_WORD),
    ("when|what date|date|day", "日|いつ|日付|期日", QUESTION_WORD),
    ("how many|number|count|how much", "数|件|人|名|個|台|回", QUESTION_WORD),
    ("how long|duration|period|length", "期間|時間|長さ", QUESTION_WORD),
    ("where|location|place", "場所|所在地|どこ", QUESTION_WORD),
    ("who|whom|person in charge", "担当|担当者|者", QUESTION_WORD),
    ("percent|percentage|ratio|proportion", "%|％|割|比率|割合|率", QUESTION_WORD),
    ("minimum|at least|minimum of", "以上|最低|最小", QUESTION_WORD),
    ("maximum|at most|up to|limit|cap|ceiling", "上限|以下|最大|まで|以内", QUESTION_WORD),
    ("beyond|exceeding|exceeds|exceed|more than|above|over", "超える|超え|超|以上", KIND),
    ("below|less than|under|short of", "未満|満たない|以下|下回る", KIND),
    ("after the revision|after revision|after the change|revised|new price|new fee", "改定後|改正後|変更後", KIND),
    ("before the revision|before revision|before the change|current price|current fee|old price", "現行|改定前|改正前|変更前|旧", KIND),
    ("capacity|how many people can", "定員|人数", KIND),
    ("week", "週", QUESTION_WORD),
    ("hour", "時間", QUESTION_WORD),
    ("minute", "分", QUESTION_WORD),
)


@dataclass(frozen=True)
class Term:
    english: str  # the phrase as found in the question
    japanese: tuple[str, ...]  # how a document may write it
    role: str  # SUBJECT, KIND or QUESTION_WORD

    @property
    def subject(self) -> bool:
        return self.role == SUBJECT


def _pattern(phrase: str) -> str:
    words = [re.escape(word) for word in phrase.split()]
    # A plural or third-person ending on the last word: allowances, weighs, claims.
    return r"\b" + r"\s+".join(words) + r"(?:s|es)?\b"


@cache
def _compiled() -> list[tuple[re.Pattern[str], tuple[str, ...], str]]:
    rows = []
    for phrases, japanese, role in _ENTRIES:
        forms = tuple(japanese.split("|"))
        for phrase in phrases.split("|"):
            rows.append((len(phrase), re.compile(_pattern(phrase)), forms, role))
    # Longest phrase first: "section manager" before "manager", "defect rate" before "rate".
    rows.sort(key=lambda row: row[0], reverse=True)
    return [(pattern, forms, role) for _, pattern, forms, role in rows]


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[-_/]", " ", text.lower()))


def terms(question: str) -> list[Term]:
    """The glossary phrases in an English question, longest first and not overlapping."""
    text = _plain(question)
    taken = [False] * len(text)
    found: list[tuple[int, Term]] = []
    for pattern, forms, role in _compiled():
        for match in pattern.finditer(text):
            if any(taken[match.start() : match.end()]):
                continue
            for index in range(match.start(), match.end()):
                taken[index] = True
            found.append((match.start(), Term(match.group(0), forms, role)))
    return [term for _, term in sorted(found, key=lambda pair: pair[0])]


def subject_terms(question: str) -> list[Term]:
    """The phrases that say what an English question is about (section manager, work from
    home), without those that only name the kind of value asked (price, deadline)."""
    return [term for term in terms(question) if term.subject]


def japanese_keywords(question: str) -> list[str]:
    """Japanese words to search and choose sentences by: the first form of each phrase found
    (question words aside)."""
    seen: dict[str, None] = {}
    for term in terms(question):
        if term.role != QUESTION_WORD:
            seen.setdefault(term.japanese[0], None)
    return list(seen)


# --- Japanese names written in romaji -------------------------------------------------------
# "Kaede", "Tsunagu", "Harukaze": a product or company name the documents write in katakana
# (or kana). Hepburn syllables, longest first; a word that does not split into them whole
# ("Standard", "Plant") is not a Japanese name.
_ROMAJI = {
    "kya": "キャ", "kyu": "キュ", "kyo": "キョ", "sha": "シャ", "shu": "シュ", "sho": "ショ", "chi": "チ", "tsu": "ツ",
    "cha": "チャ", "chu": "チュ", "cho": "チョ", "nya": "ニャ", "nyu": "ニュ", "nyo": "ニョ", "hya": "ヒャ", "hyu": "ヒュ",
    "hyo": "ヒョ", "mya": "ミャ", "myu": "ミュ", "myo": "ミョ", "rya": "リャ", "ryu": "リュ", "ryo": "リョ", "gya": "ギャ",
    "gyu": "ギュ", "gyo": "ギョ", "bya": "ビャ", "byu": "ビュ", "byo": "ビョ", "pya": "ピャ", "pyu": "ピュ", "pyo": "ピョ",
    "shi": "シ", "ja": "ジャ", "ju": "ジュ", "jo": "ジョ", "ji": "ジ", "fu": "フ",
    "ka": "カ", "ki": "キ", "ku": "ク", "ke": "ケ", "ko": "コ", "sa": "サ", "su": "ス", "se": "セ", "so": "ソ",
    "ta": "タ", "te": "テ", "to": "ト", "na": "ナ", "ni": "ニ", "nu": "ヌ", "ne": "ネ", "no": "ノ",
    "ha": "ハ", "hi": "ヒ", "he": "ヘ", "ho": "ホ", "ma": "マ", "mi": "ミ", "mu": "ム", "me": "メ", "mo": "モ",
    "ya": "ヤ", "yu": "ユ", "yo": "ヨ", "ra": "ラ", "ri": "リ", "ru": "ル", "re": "レ", "ro": "ロ", "wa": "ワ", "wo": "ヲ",
    "ga": "ガ", "gi": "ギ", "gu": "グ", "ge": "ゲ", "go": "ゴ", "za": "ザ", "zu": "ズ", "ze": "ゼ", "zo": "ゾ",
    "da": "ダ", "de": "デ", "do": "ド", "ba": "バ", "bi": "ビ", "bu": "ブ", "be": "ベ", "bo": "ボ",
    "pa": "パ", "pi": "ピ", "pu": "プ", "pe": "ペ", "po": "ポ", "a": "ア", "i": "イ", "u": "ウ", "e": "エ", "o": "オ",
}
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}(?:'s)?\b")
MIN_NAME_SYLLABLES = 2


def katakana(word: str) -> str | None:
    """The katakana for a romaji word (Kaede → カエデ, Tsunagu → ツナグ), or None."""
    word, out, syllables, index = word.lower(), [], 0, 0
    while index < len(word):
        rest = word[index:]
        if rest[0] == "n" and (len(rest) == 1 or rest[1] not in "aiueoy"):
            out.append("ン")
            index += 1
            continue
        if len(rest) > 1 and rest[0] == rest[1] and rest[0] not in "aiueon":
            out.append("ッ")  # a doubled consonant: Hokkaido
            index += 1
            continue
        for size in (3, 2, 1):
            kana = _ROMAJI.get(rest[:size])
            if kana:
                out.append(kana)
                index += size
                syllables += 1
                break
        else:
            return None
    return "".join(out) if syllables >= MIN_NAME_SYLLABLES else None


def _hiragana(text: str) -> str:
    return "".join(chr(ord(char) - 0x60) if "ァ" <= char <= "ヶ" else char for char in text)


def romaji_names(question: str) -> list[str]:
    """Capitalised words that read as Japanese names, in katakana and in hiragana (さいたま)."""
    names: dict[str, None] = {}
    for word in _CAPITALISED.findall(question):
        word = word.removesuffix("'s")
        if terms(word):
            continue  # an English word the glossary knows
        name = katakana(word)
        if name:
            names.setdefault(name, None)
            names.setdefault(_hiragana(name), None)
    return list(names)


# Names a document writes in Latin letters as the question does: HACCP, QC, A320neo, T-12,
# ISO. Two capitals, or letters then digits; "I", a capitalised first word and a figure
# (350ml, 100GB: japanese_figures) are no such name.
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9-])(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Za-z]+-?\d[A-Za-z0-9]*)(?![A-Za-z0-9])")


def latin_names(question: str) -> list[str]:
    """The names an English question writes in Latin letters that a Japanese document may
    write the same way (「HACCP基礎研修」 for "the HACCP basic training")."""
    return list(dict.fromkeys(_LATIN_NAME.findall(question)))


# --- words a dictionary gives, and the dates a question writes --------------------------------
# Words that are no phrase of their own: "the price of the sauce" is looked up as "price" and
# "sauce", never "of"; inside a phrase they may stand ("head of household").
_STOPWORDS = frozenset(
    "a an the of in on at to for from by with and or is are was were be been being do does did "
    "what which who whom whose when where why how many much long will would can could should may "
    "must shall i we you he she it they my our your their its this that these those there here "
    "get gets got after before about into than then per each any all some no not".split()
)
_WORD = re.compile(r"[a-z][a-z0-9'-]*")
MAX_PHRASE_WORDS = 4


def _singular(word: str) -> list[str]:
    forms = [word.removesuffix("'s")]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
    return list(dict.fromkeys(forms))


_KATAKANA_WORD = re.compile(r"[ァ-ヶー]+")


def writes(form: str, text: str) -> bool:
    """Whether the text writes the Japanese word: a katakana word as a whole word (デー is not
    written by データ), any other as it stands."""
    if _KATAKANA_WORD.fullmatch(form):
        return re.search(f"(?<![ァ-ヶー]){re.escape(form)}(?![ァ-ヶー])", text) is not None
    # 株式 ("share") is not written by a company's 「株式会社」, nor 会社 by it only.
    return form in _COMPANY_FORM.sub("", text) if form in _COMPANY_FORM_WORDS else form in text


_COMPANY_FORM = re.compile(r"株式会社|有限会社|合同会社")
_COMPANY_FORM_WORDS = frozenset({"株式", "株", "会社", "有限", "合同"})


def dictionary_keywords(question: str, vocabulary: str) -> list[str]:
    """The Japanese EDICT gives for the question's words and phrases (longest first) that
    the vocabulary, the text of the passages found for it, writes: 出荷 for "shipment",
    岡山 for "Okayama", 苦情 and クレーム for "complaints"."""
    return list(dict.fromkeys(form for forms in dictionary_phrases(question, vocabulary) for form in forms))


def dictionary_phrases(question: str, vocabulary: str) -> list[list[str]]:
    """dictionary_keywords a phrase at a time: for each of the question's words and phrases
    that the vocabulary writes, the forms it writes (["研修", "講習"] for "training")."""
    return [list(forms) for _, forms in _dictionary_phrases(question, vocabulary)]


# "not the head of household", "other than managers", "except part-timers", "non-members":
# the words before a phrase that ask for everyone but what it names (世帯主以外).
_NEGATIONS = (("not",), ("non",), ("except",), ("excluding",), ("other", "than"), ("except", "for"), ("besides",))
_ARTICLES = frozenset({"a", "an", "the"})


def negated_phrases(question: str, vocabulary: str) -> list[list[str]]:
    """The dictionary_phrases a negation stands before: ["世帯主"] for "an employee who is
    not the head of household"."""
    words = _WORD.findall(_plain(question))
    negated = []
    for start, forms in _dictionary_phrases(question, vocabulary):
        # Back over the phrase's own noun phrase ("not the head of household" finds
        # "household"): articles and "of" freely, two other words at most.
        before, others = start, 0
        while not _negation_ends_at(words, before) and before and (
            words[before - 1] in _ARTICLES or words[before - 1] == "of" or (words[before - 1] not in _STOPWORDS and others < 2)
        ):
            others += words[before - 1] not in _ARTICLES and words[before - 1] != "of"
            before -= 1
        if _negation_ends_at(words, before):
            negated.append(list(forms))
    return negated


def _negation_ends_at(words: list[str], end: int) -> bool:
    return any(tuple(words[max(end - len(negation), 0) : end]) == negation for negation in _NEGATIONS)


@lru_cache(maxsize=64)
def _dictionary_phrases(question: str, vocabulary: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    # One answer asks for each shown sentence over the same shown text (rag/english_answers.py).
    from appliance.text import dictionary

    words = _WORD.findall(_plain(question))
    found: list[tuple[int, tuple[str, ...]]] = []
    start = 0
    while start < len(words):
        for size in range(min(MAX_PHRASE_WORDS, len(words) - start), 0, -1):
            phrase = words[start : start + size]
            if phrase[0] in _STOPWORDS or phrase[-1] in _STOPWORDS:
                continue
            head = " ".join(phrase[:-1])
            written = [
                japanese
                for last in _singular(phrase[-1])
                for japanese in dictionary.japanese_for(f"{head} {last}".strip())
                if writes(japanese, vocabulary)
            ]
            if written:
                found.append((start, tuple(dict.fromkeys(written))))
                start += size
                break
        else:
            start += 1
    return tuple(found)


_MONTHS = {
    name: number
    for number, names in enumerate(
        ("january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul", "august aug",
         "september sep sept", "october oct", "november nov", "december dec"),
        start=1,
    )
    for name in names.split()
}
_MONTH_NAME = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = re.compile(rf"\b(?P<month>{_MONTH_NAME})\.?(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b", re.IGNORECASE)
_FISCAL = re.compile(r"\b(?:fiscal(?:\s+year)?|fy)\s*(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


_SPAN = re.compile(r"\b(?P<years>\d{1,2})\s+years?(?:\s+and\s+(?P<months>\d{1,2})\s+months?)?\b|\b(?P<only>\d{1,2})\s+months?\b", re.IGNORECASE)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b(?=\s+(?:years?|months?|days?|hours?|weeks?|people|persons|times)\b)", re.IGNORECASE)
_UNITS = {"yen": "円", "days": "日", "day": "日", "hours": "時間", "hour": "時間", "minutes": "分", "minute": "分",
          "people": "人", "persons": "人", "employees": "人", "weeks": "週間", "week": "週間", "percent": "%", "%": "%"}
_WITH_UNIT = re.compile(r"(?<![\d.,])(?P<number>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>yen|days?|hours?|minutes?|people|persons|employees|weeks?|percent|%)(?![a-z])", re.IGNORECASE)


# A size: "1-liter", "300 ml", "2 kg", "50 GB" → 1L, 300ml, 2kg, 50GB (compared without case).
_MEASURE = re.compile(r"(?<![\d.,])(?P<number>\d+(?:\.\d+)?)\s*-?\s*(?P<unit>ml|millilit(?:er|re)s?|l|lit(?:er|re)s?|kg|kilograms?|g|grams?|gb|mb|tb)\b", re.IGNORECASE)
_MEASURES = {"l": "L", "liter": "L", "liters": "L", "litre": "L", "litres": "L", "milliliter": "ml", "milliliters": "ml", "millilitre": "ml",
             "millilitres": "ml", "kilogram": "kg", "kilograms": "kg", "gram": "g", "grams": "g", "gb": "GB", "mb": "MB", "tb": "TB"}


def japanese_figures(question: str) -> list[str]:
    """Spans and figures with their unit as a Japanese document writes them: "6 years and
    6 months" → 6年6か月, "60 hours" → 60時間, "350 yen" → 350円."""
    found: dict[str, None] = {}
    question = _NUMBER_WORD.sub(lambda word: str(_NUMBER_WORDS[word.group(1).lower()]), question)
    for match in _SPAN.finditer(question):
        if match.group("only"):
            found.setdefault(f"{match.group('only')}か月", None)
        else:
            found.setdefault(f"{match.group('years')}年" + (f"{match.group('months')}か月" if match.group("months") else ""), None)
    for match in _WITH_UNIT.finditer(question):
        found.setdefault(f"{match.group('number')}{_UNITS[match.group('unit').lower()]}", None)
    for match in _MEASURE.finditer(question):
        unit = match.group("unit").lower()
        found.setdefault(f"{match.group('number')}{_MEASURES.get(unit, unit)}", None)
    return list(found)


_RELATIVE_YEAR = re.compile(r"\b(?P<which>this|current|last|previous|next)\s+(?P<fiscal>fiscal\s+|business\s+)?year\b", re.IGNORECASE)


def japanese_dates(question: str, today: datetime.date | None = None) -> list[str]:
    """The months, days and fiscal years an English question names, as Japanese documents
    write them: "September 2026" → 2026年9月 and 9月, "December 30" → 12月30日, "fiscal 2026"
    → 2026年度, "this year" → 2026年度 and 2026年 in December 2026. ("May" is a month only
    beside a day or a year.)"""
    found: dict[str, None] = {}
    for match in _DATE.finditer(question):
        month = _MONTHS[match.group("month").lower()]
        day, year = match.group("day"), match.group("year")
        if match.group("month").lower() == "may" and not (day or year):
            continue
        if year:
            found.setdefault(f"{year}年{month}月", None)
        found.setdefault(f"{month}月{day}日" if day else f"{month}月", None)
    for match in _FISCAL.finditer(question):
        found.setdefault(f"{match.group('year')}年度", None)
    # "this year", "last fiscal year": today's (business years start in April).
    today = today or datetime.date.today()
    for match in _RELATIVE_YEAR.finditer(question):
        shift = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1}[match.group("which").lower()]
        found.setdefault(f"{business_year(today) + shift}年度", None)
        if not match.group("fiscal"):
            found.setdefault(f"{today.year + shift}年", None)
    return list(found)
