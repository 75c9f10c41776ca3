"""The words of a question that say how it is asked, not what it is about (rag/quoting.py
reads them to find a question's terms and the nouns that name its subject)."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence

from appliance.text.japanese import Noun, nouns
from rag.citations import comparable

# Kinds of thing a table or a notice lists side by side: a 役職 for another, a site for another.
PEOPLE = ("役員", "部長", "次長", "課長", "係長", "主任", "班長", "一般社員", "管理職", "新入社員", "パート", "派遣社員", "契約社員")
KINDS = (
    PEOPLE,
    ("本社", "支社", "支店", "工場", "事業所", "営業所", "本部", "全社"),
    ("国内", "海外"),
    # Times of the day and of the week: the 夜間 column is no answer for 昼間.
    ("昼間", "夜間"),
    ("日勤", "夜勤"),
    ("平日", "休日"),
    ("月曜", "火曜", "水曜", "木曜", "金曜", "土曜", "日曜"),
)

# A long question (JaQuAD's 「…江戸幕府成立時代以前から含めると全部で何代…」) frames its subject
# in words a passage paraphrases: one missing noun in four more is forgiven. A short one
# (「役員の海外日当は？」) must be named whole.
SUBJECT_NOUNS_PER_MISS = 4

# Question words and verbs of asking: no sentence is chosen for holding them.
QUESTION_TERMS_IGNORED = {
    "何", "なに", "なん", "いつ", "どこ", "誰", "だれ", "いくら", "いくつ", "どう", "どの", "どれ", "どんな", "なぜ",
    "ある", "いる", "する", "なる", "できる", "もらえる", "教える", "知る", "必要", "場合", "こと", "もの", "ため",
    # how the asking is put (「わからないときは」, 「かければいい？」), not what it is about
    "分かる", "良い", "駄目", "だめ", "ダメ",
    # the same as Sudachi normalises them (いくら → 幾ら, いけない → 行ける): the terms are normalised
    "幾ら", "幾つ", "何処", "何時", "如何", "何故", "居る", "有る", "為る", "成る", "出来る", "貰える", "行く", "行ける",
}

# Nouns that name the kind of value asked for, not what it is about: 「始業時刻は？」 is
# answered by 「始業は午前9時」, and the kind is checked by rag/asked.py.
VALUE_NOUNS = frozenset({
    "時刻", "時間", "期限", "期日", "日付", "日時", "日程", "期間", "金額", "価格", "値段", "料金", "単価", "費用", "人数",
    "日数", "回数", "件数", "個数", "場所", "会場", "連絡先", "名前", "名称", "上限", "下限", "方法", "手順", "理由", "条件",
    "内容", "種類", "対象", "割合", "割引率", "割引額", "割増率", "率", "長さ", "重さ", "高さ", "大きさ", "広さ", "サイズ", "数", "量", "額", "幾ら",
    "何", "誰", "何処", "何時", "時", "場合", "事", "物", "為", "今", "現在", "最近", "際", "頃", "以上", "以下", "以内",
    "必要", "可能", "不要", "有無", "具体", "詳細", "概要", "時点", "自身", "元", "下", "方", "内", "他", "以外",
    "全部", "全体", "一部", "多く", "幾つ", "何れ", "如何", "何故", "位", "くらい", "ぐらい", "数字", "数値",
    # bounds: 「最低何文字」 is answered by 「12文字以上」, 「最長何日」 by 「最長14日」 or 「14日まで」
    "最低", "最高", "最長", "最短", "最大", "最小", "最多", "最少",
    # the formal nouns a question is framed with (「履修のことで」), and the number a telephone or
    # a form is asked for by (「電話したい。番号は？」)
    "こと", "もの", "ところ", "とき", "番号",
    # money by its everyday name (「休学中に払うお金」 is the 在籍料 the rule book writes)
    "お金", "御金",
    # an era's name says which year (令和7年度 is 2025年度: rag/claims.py reads it), not what is
    # asked about; 乗り放題's 放題 says how much of it
    "令和", "平成", "昭和", "放題",
})
# Of the nouns that can stand as adverbs (当時, その後, うち), only the periods name what is
# asked about: 「毎月何日」 is not answered by a yearly date.
PERIOD_NOUNS = frozenset({"毎月", "毎日", "毎週", "毎年", "年間", "月間", "半年", "翌月", "翌日", "翌年"})
# Words an employee uses for what a document says otherwise: an action (質問して → 応答,
# 予定 → 予想), a manner (最終的に), a formal noun (こと), a way of doing (使い方). They may
# be missing when a thing the question names is there; a thing itself (役員, 工場, カエデ,
# 研修) may not.
PARAPHRASED_NOUNS = frozenset({
    "事", "こと", "物", "もの", "ところ", "とき", "使い方", "答え", "予定", "今期", "今回", "最終", "仕方", "遣り方", "やり方", "方",
    # what a question calls the rule it asks about (「半分にしてもらう制度って」), not the rule itself
    "制度", "仕組み",
    # and the service it is done by (「集配サービスで出すと」: the 集配 columns' price)
    "サービス",
    "見込み", "見込", "見通し", "駄目", "ダメ", "だめ",
})



def paraphrasable(noun: Noun) -> bool:
    # 「質問して」 is an action, 「研修の」 a thing: only a verbal or adverbial use is forgiven.
    return noun.predicative or noun.normalized in PARAPHRASED_NOUNS or noun.surface in PARAPHRASED_NOUNS


_KANJI_WORD = re.compile(r"[\u4e00-\u9fff々][\u3041-\u309f\u4e00-\u9fff々]*")


def unrivalled(noun: Noun, text: str, question: str) -> bool:
    """Whether a question's noun the text does not write may be the asker's own word for one
    it does (指示書, 目標 for 計画): a common word that starts in kanji, names no place (北海道), role or site, and has
    nothing in the text of its kind, ending as it ends (北海道支店 beside 東北支店, 看護休暇
    beside 介護休暇, 役員 beside 一般社員), and is not the question's topic."""
    if re.search(re.escape(noun.surface) + r"(?:は|って|が|とは|も|率|額|数|費|料)", question):
        return False  # what the question is about (「天守は何に」, 受講 of 受講率) is named, never paraphrased away
    if noun.normalized in PERIOD_NOUNS or noun.adverbial:
        return False  # 年間 of 「年間の上限額」: the period asked is no word of the asker's own
    if noun.proper or not _KANJI_WORD.fullmatch(noun.surface) or any(noun.surface.endswith(word) or word.endswith(noun.surface) for kind in KINDS for word in kind):
        return False
    # The second half of one word of the question's (助手 of 歯科助手), where the text joins the first
    # half to others (歯科衛生士, 歯科医師): those are its rivals, other jobs of the same 歯科.
    if (joined := re.search(rf"([\u4e00-\u9fff々ァ-ヶー]+){re.escape(noun.surface)}", question)) and re.search(
        rf"{re.escape(joined.group(1))}(?!{re.escape(noun.surface)})[\u4e00-\u9fff々ァ-ヶー]", text
    ):
        return False
    tail = noun.parts[-1] if noun.parts else noun.surface[-1]
    return not any(other.surface != noun.surface and len(other.surface) > 1 and other.surface.endswith(tail) for other in nouns(text))


def with_directions(found: list[Noun], question: str) -> list[Noun]:
    """A direction written onto the next noun names one of its kind, as one word and a name: 北病院
    (not 病院, which リハビリテーション病院 writes too), 南棟, 東館."""
    joined: list[Noun] = []
    for noun in found:
        previous = joined[-1] if joined else None
        if previous is not None and previous.surface in _DIRECTIONS and previous.surface + noun.surface in question:
            joined[-1] = dataclasses.replace(noun, surface=previous.surface + noun.surface, normalized=previous.surface + noun.normalized, parts=(), proper=True)
        else:
            joined.append(noun)
    return joined


_DIRECTIONS = frozenset("東西南北")


def inside_longer_words(terms: set[str], text: str, surfaces: dict[str, str]) -> set[str]:
    """Nouns of two kanji or katakana or more written inside a longer word of the text, as the
    question writes them: 胃腸炎 in 感染性胃腸炎, ノロ (which Sudachi reads as 祝女) in ノロウイルス."""
    return {term for term in terms
            if any(len(form) >= 2 and _KANJI_OR_KATAKANA.fullmatch(form) and form in text for form in (term, surfaces.get(term, "")))}


_KANJI_OR_KATAKANA = re.compile(r"[\u4e00-\u9fff々ァ-ヶー]+")


def long_names(subjects: Sequence[Noun], question: str) -> list[tuple[Noun, str, str]]:
    """Three nouns or more written as one word (経済 + 支援 + 奨学金): the last with all before it."""
    joined, names, run = comparable(question), [], []
    for noun in [*subjects, None]:
        if noun is not None and run and comparable(run[-1].surface + noun.surface) in joined:
            run.append(noun)
            continue
        if len(run) >= 3:
            names.append((run[0], "".join(part.surface for part in run[:-1]), run[-1].surface))
        run = [noun] if noun is not None else []
    return names


_ERA_YEAR = re.compile(r"(令和|平成)\s?(\d{1,2}|元)\s?(?=年)")


def with_western_years(question: str) -> str:
    """A question's era years as the western ones tables head their columns with: 「令和7年度の
    乗車人員」 is asked of the 「乗車人員 2025年度」 column, not of whichever year comes first."""
    return _ERA_YEAR.sub(lambda m: str((2018 if m.group(1) == "令和" else 1988) + (1 if m.group(2) == "元" else int(m.group(2)))), question)


_NAMED_FIGURE = re.compile(r"\d[\d,.]*(?:円|人|名|台|個|袋|件|本|枚|kg|g|ml|L)")


def only_one_of_a_list(question: str, text: str) -> bool:
    """Whether a figure that names what the question asks about (「5,000円の福袋」) is written in
    the text only as one of a list (「1,000円・3,000円・5,000円の3種類」): the text's counts are
    the whole list's."""
    for figure in _NAMED_FIGURE.findall(question):
        unit = re.escape(re.sub(r"^[\d,.]+", "", figure))
        places = list(re.finditer(re.escape(figure), text))
        # Beside another figure of its unit across a 「・」 (not 「5,000円・10点入り」).
        if places and all(re.search(rf"\d{unit}・$", text[: place.start()]) or re.match(rf"・\d[\d,.]*{unit}", text[place.end() :]) for place in places):
            return True
    return False


def names_another_of_its_kind(question: str, text: str) -> bool:
    """Whether the text names another 役職 or site than the question and not the one asked
    about: 「・提出期限：本社・営業所 11月20日」 is no answer for the 工場, nor 開発本部's for
    管理本部."""
    if _an_opposite_written(question, text):
        return True
    for kind in KINDS:
        asked = [word for word in kind if word in question]
        # 全社 is written as a table's total row (「支社・営業所: 合計」).
        if ("全社" in asked or any(f"全{word}" in question for word in asked)) and re.search(r"合計|総計|全社計", text):
            continue  # (and 「全営業所の合計」 as the 合計 column or row)
        if asked and not any(word in text for word in asked) and any(word in text for word in kind if word not in asked):
            return True
        # 管理本部 asked, 開発本部's sheet quoted: the same word, another name.
        for word in asked:
            # (「3営業所の合計」 counts them, and names none.)
            named = {name for name in re.findall(rf"[\u4e00-\u9fffァ-ヶー々A-Za-z0-9]+(?={word})", question) if not re.fullmatch(r"\d+|[全各両他]|[\d一二三四五六七八九十]+つの", name)}
            written = set(re.findall(rf"[\u4e00-\u9fffァ-ヶー々A-Za-z0-9]+(?={word})", text))
            if named and written and not any(f"{name}{word}" in text for name in named):
                return True
    return False


# Characters that make a word's sibling or opposite: 開栓 and 閉栓, 中圧 and 低圧, 入庫 and 出庫.
_SIBLING_CHARACTERS = ("開閉", "入出", "上中下", "高中低", "大中小", "増減", "着発", "乗降", "始終", "男女", "長短")


def _an_opposite_written(question: str, text: str) -> bool:
    """Whether the question names a two-character word (閉栓, 中圧) the text does not write while
    it writes its sibling told apart by one such character (開栓, 低圧): that sentence is of the other."""
    words = {question[start : start + 2] for start in range(len(question) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", question[start : start + 2])}
    for word in (word for word in words if word not in text):
        for position, character in enumerate(word):
            siblings = {other for group in _SIBLING_CHARACTERS if character in group for other in group if other != character}
            if any(f"{word[:position]}{other}{word[position + 1:]}" in text for other in siblings):
                return True
    return False


def named_by_its_length(noun: str, question: str, text: str) -> bool:
    """Whether a course or plan the question names by its length (「40分コース」) is the text's
    course of that length, which need not write the word: 「ヘッドスパは20分2,860円、40分4,730円」."""
    length = re.search(rf"(\d+)\s*(分|時間|日間|泊)\s*{re.escape(noun)}", question) if noun in ("コース", "プラン") else None
    return length is not None and re.search(rf"(?<![\d,.]){length.group(1)}\s*{length.group(2)}", text) is not None


# A day of a month (「1月2日」), as a question asks for it and a list keys its lines by it.
_DAY = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})日")


def names_another_day(question: str, text: str, shown: Sequence[str]) -> bool:
    """Whether the text writes days, none of them the one the question asks about, where another
    shown text writes that one: 「1月2日は？」 is not answered by 「・1月3日（月）：本院 9:30〜15:30」
    beside 「・1月2日（日）：西浜院 13:00〜16:30」."""
    asked = set(_DAY.findall(unicodedata.normalize("NFKC", question)))
    written = set(_DAY.findall(unicodedata.normalize("NFKC", text)))
    if not asked or not written or asked & written:
        return False
    return any(asked & set(_DAY.findall(unicodedata.normalize("NFKC", other))) for other in shown)


# Whoever is in charge, asked for by 誰: the person named is the answer, whatever the line calls them.
_ANY_ONE_IN_CHARGE = frozenset({"担当者", "担当", "責任者", "窓口", "相手", "連絡先"})


def the_one_asked_for(noun: Noun, question: str) -> bool:
    """Whether the noun is the person asked for (「問い合わせる先の担当者は誰」), no subject to name."""
    return noun.normalized in _ANY_ONE_IN_CHARGE and re.search(re.escape(noun.surface) + r"(?:は|って|が)(?:誰|だれ|どなた|どの方|どの人)", question) is not None


def a_priced_action(noun: Noun, question: str) -> bool:
    """Whether the question asks what doing the noun's action costs (「保証を延長するにはいくら」): the
    action is then what is priced, never the asker's own word for another (a row of the 保証期間
    says nothing of extending it)."""
    # (Or the fee named by the action, 「保管料はいくら」: the 保管 is what is priced.)
    fee = noun.surface not in ("利用", "使用") and re.search(re.escape(noun.surface) + r"(?:料|料金|費|費用|代|手数料)(?:は|が|を|って|の)", question) is not None and re.search(r"いくら|何円|金額|かかる|かかり", question) is not None
    return fee or noun.predicative and (re.search(re.escape(noun.surface) + r"(?:する|して|させる|してもらう)(?:には|のに|と|なら|場合)[^。？?]{0,8}?(?:いくら|何円|費用|料金|お金|かかる|かかり)", question) is not None)


def applied_for(noun: Noun, question: str) -> bool:
    """Whether the question asks how to apply for the noun (「見学を申し込むには」, 「会議室を予約したい」): the
    thing applied for is then what the answer is about, never the asker's word for another (the catering
    desk's telephone says nothing of a factory tour)."""
    return re.search(re.escape(noun.surface) + r"(?:を|の)(?:申し込|申込|予約|申請|依頼|手配|登録)", question) is not None


# Two of a kind named together (「タクシー・ハイヤー運賃」, 「本社・営業所」): words of one script across a 「・」.
_PAIR = re.compile(r"(?<![ァ-ヶー])([ァ-ヶー]{2,})[・･]([ァ-ヶー]{2,})(?![ァ-ヶー])|(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})[・･]([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")


def another_of_a_pair(question: str, heading: str, text: str) -> bool:
    """Whether the text is about the other of two things its heading names together: under
    「タクシー・ハイヤー運賃…の改定」, 「ハイヤーの時間制運賃の深夜早朝割増は…」 is no answer about the
    タクシー asked (it names ハイヤー and not タクシー)."""
    for match in _PAIR.finditer(heading):
        one, other = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        for asked, named in ((one, other), (other, one)):
            if asked in question and named not in question and named in text and asked not in text:
                return True
    return False
