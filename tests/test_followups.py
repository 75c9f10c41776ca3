"""Follow-ups: what a follow-up searches for, when a model's rewrite is trusted, and how the
conversation reaches the answer prompt."""

from __future__ import annotations

import datetime

from rag.followups import rewrite_is_safe, search_queries, standalone_question
from rag.prompts import build_messages
from rag.quoting import Sentence, build_quote_messages
from rag.retrieval import Passage

HISTORY = [
    {"role": "user", "content": "社内運動会はいつ、どこで開催されますか？"},
    {"role": "assistant", "content": "10月12日に中央公園で開催されます。 [1]"},
]


def passage(text: str) -> Passage:
    return Passage(document_id="d", title="運動会のお知らせ", filename="a.md", page=None, score=1.0, text=text, order=0)


def test_a_follow_up_is_searched_as_asked_and_with_the_question_before_it() -> None:
    assert search_queries("参加費はいくらですか", HISTORY) == [
        "参加費はいくらですか",
        "社内運動会はいつ、どこで開催されますか？ 参加費はいくらですか",
    ]
    assert search_queries("参加費はいくらですか", []) == ["参加費はいくらですか"]


def test_a_rewrite_that_answers_instead_of_asking_is_refused() -> None:
    # The reproduction: the 0.5B model "rewrote" the follow-up into an invented answer.
    assert not rewrite_is_safe("参加費は100万円です。 [2]", question="運動会の参加費はいくらですか", history=HISTORY)


def test_a_rewrite_with_a_citation_or_a_new_number_is_refused() -> None:
    assert not rewrite_is_safe("社内運動会の参加費はいくらですか [1]", question="参加費は？", history=HISTORY)
    assert not rewrite_is_safe("社内運動会の参加費は800円ですか？", question="参加費は？", history=HISTORY)
    assert not rewrite_is_safe("", question="参加費は？", history=HISTORY)
    assert not rewrite_is_safe("社内運動会の参加費\nはいくらですか？", question="参加費は？", history=HISTORY)


def test_a_standalone_question_built_from_the_conversation_is_accepted() -> None:
    assert rewrite_is_safe("社内運動会の参加費はいくらですか？", question="参加費は？", history=HISTORY)
    # A date the conversation already holds is not an invention.
    assert rewrite_is_safe("10月12日の社内運動会の参加費はいくらですか", question="その日の参加費は？", history=HISTORY)
    assert rewrite_is_safe("What is the entry fee for the sports day?", question="And the fee?", history=HISTORY)


def test_the_prompt_carries_the_users_own_question_and_the_recent_turns_without_old_citations() -> None:
    messages = build_messages(question="参加費はいくらですか", passages=[passage("参加費は800円です。")], language="ja", history=HISTORY)
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
    assert messages[1]["content"] == HISTORY[0]["content"]
    assert "[1]" not in messages[2]["content"] and "中央公園" in messages[2]["content"]
    assert messages[-1]["content"].endswith("質問: 参加費はいくらですか")


def test_only_the_last_turns_go_into_the_prompt() -> None:
    long_history = []
    for n in range(6):
        long_history += [{"role": "user", "content": f"質問{n}"}, {"role": "assistant", "content": f"回答{n}"}]
    messages = build_messages(question="次は？", passages=[passage("本文")], language="ja", history=long_history)
    assert [m["content"] for m in messages[1:-1]] == ["質問4", "回答4", "質問5", "回答5"]


# The standalone question (rag/followups.py standalone_question): the follow-up's thing put in
# its counterpart's place, in the two questions' own words. Examples of each rule, none from
# the measured question sets.

def test_a_follow_up_naming_another_rank_site_or_figure_takes_its_counterparts_place() -> None:
    assert standalone_question("部長だと？", "係長の出張日当はいくら？") == "部長の出張日当はいくら?"
    assert standalone_question("大阪支店は？", "本社の駐車場の料金は？") == "大阪支店の駐車場の料金は?"
    assert standalone_question("10年だと？", "勤続3年だと有給は何日？") == "勤続10年だと有給は何日?"
    assert standalone_question("じゃあ500mlは？", "麦茶2Lの値段は？") == "麦茶500mlの値段は?"
    assert standalone_question("部長だと何日？", "係長の出張は何泊までできる？") == "部長の出張は何日?"


def test_a_follow_up_naming_another_time_replaces_the_questions_time_or_comes_first() -> None:
    assert standalone_question("去年は？", "今年の健康診断はいつ？") == "去年の健康診断はいつ?"
    # A month or year said relative to the question's own is that month or year (the report's
    # 8月 row, not 「先月」 searched beside 9月's).
    assert standalone_question("先月は？", "仙台営業所の10月の売上は？") == "仙台営業所の9月の売上は?"
    assert standalone_question("来月は？", "12月の出荷量は？") == "1月の出荷量は?"
    assert standalone_question("前年度は？", "2026年度上期の人件費は？") == "2025年度上期の人件費は?"
    assert standalone_question("先月は？", "今月の売上は？") == "先月の売上は?"
    assert standalone_question("去年は？", "夏季休暇の日数は？") == "去年の夏季休暇の日数は?"
    assert standalone_question("今はいくら？", "社員食堂の定食っていくらに上がるの？") == "今の社員食堂の定食はいくら?"


def test_a_follow_up_asking_another_attribute_keeps_the_subject() -> None:
    assert standalone_question("場所は？", "防災訓練はいつ？") == "防災訓練の場所は?"
    assert standalone_question("それの締切は？", "英語研修はいつ始まる？") == "英語研修の締切はいつ?"
    assert standalone_question("保証期間は何年？", "新しいプリンターの重さは？") == "新しいプリンターの保証期間は何年?"
    # A case with no counterpart comes first; the question is the same one.
    assert standalone_question("雨天だと？", "運動会の集合時刻は？") == "雨天の運動会の集合時刻は?"


def test_two_things_a_passage_lists_side_by_side_are_counterparts() -> None:
    question, previous = "大阪市だと？", "東京の宿泊料の上限は？"
    assert standalone_question(question, previous) == "大阪市の東京の宿泊料の上限は?"  # nothing says they are alike
    table = "地域 | 上限\n東京23区・大阪市 | 12,000円\nその他 | 9,000円"
    assert standalone_question(question, previous, [table]) == "大阪市の宿泊料の上限は?"
    # Two parts of one column's name are no counterparts (浜松事業所 and 実績 of 「浜松事業所 上期実績」);
    # the same place in two columns' names is (上期予算 and 上期実績).
    budget = "費目: 人件費 | 浜松事業所 上期予算: 198,000 | 浜松事業所 上期実績: 196,240 | 北上工場 上期予算: 152,000"
    assert standalone_question("実績はいくらだった？", "浜松事業所の上期の人件費予算はいくら？", [budget]) == "浜松事業所の上期の人件費実績はいくらだった?"


def test_an_english_follow_up_and_a_first_question_are_left_as_asked() -> None:
    assert standalone_question("And for a manager?", "What is the daily allowance?") == "And for a manager?"
    assert standalone_question("去年は？", "") == "去年は？"


def test_the_quote_prompt_carries_the_standalone_question_and_the_users_own_words() -> None:
    sentences = [Sentence(1, "役職 | 日当 / 部長 | 3,000円", 1.0, 1.0, 0.9)]
    messages = build_quote_messages(question="部長の出張日当はいくら?", sentences=sentences, language="ja", history=HISTORY, asked="部長だと？")
    assert messages[-1]["content"].endswith("質問: 部長の出張日当はいくら?\n（会話の中での質問: 部長だと？）")
    assert [message["role"] for message in messages] == ["system", "user", "assistant", "user"]


def test_last_year_is_the_year_before_todays_where_the_passages_write_it() -> None:
    from rag.followups import _dated

    table = "項目: 年間付与ポイント（2025年度） | 一般社員: 45,000ポイント\n項目: 年間付与ポイント（2026年度） | 一般社員: 50,000ポイント"
    december, february = datetime.date(2026, 12, 4), datetime.date(2027, 2, 1)
    assert _dated("去年", [table], december) == "2025年度"
    assert _dated("前年度", [table], february) == "2025年度"  # the business year began in April 2026
    assert _dated("去年まで", ["月額（2025年度まで）: 12,000円"], december) == "2025年度まで"
    assert _dated("去年", ["支給日：2026年12月10日（昨年は12月9日）"], december) == "去年"  # 2025 is nowhere
    assert _dated("来月", [table], december) == "来月"


def test_the_same_asked_of_another_case_is_the_previous_question_in_that_case() -> None:
    assert standalone_question("導入したばかりの月も同じですか", "ツナグのヘルプデスクは何時まで受け付けていますか") == "導入したばかりの月のツナグのヘルプデスクは何時まで受け付けていますか"
    assert standalone_question("土曜日も同じ？", "本社の受付時間は？") == "土曜日の本社の受付時間は?"


def test_two_columns_named_by_two_products_alone_are_counterparts() -> None:
    table = "項目: パラメータ数 | カエデ（当社）: 30億 | ミズチ-XL（他社）: 700億"
    assert standalone_question("ミズチ-XLのほうは？", "カエデのパラメータ数は？", [table]) == "ミズチ-XLのパラメータ数は?"


def test_who_does_it_is_the_part_a_sibling_column_takes_the_place_of() -> None:
    # 「スタイリスト担当」: the stylist rank, whose sibling column ディレクター the follow-up names;
    # not 「ディレクターのカットで…スタイリスト担当」, which asks for two ranks at once.
    header = "メニュー | 髪の長さ | ジュニアスタイリスト | スタイリスト | トップスタイリスト | ディレクター"
    previous = "カットで、髪の長さが30cm以上45cm未満、スタイリスト担当だといくら？"
    assert standalone_question("ディレクターなら？", previous, [header]) == "カットで、髪の長さが30cm以上45cm未満、ディレクター担当だといくら?"
    assert standalone_question("工場だと？", "本社勤務で月額いくら？", ["勤務地 | 本社 | 工場"]) == "工場勤務で月額いくら?"


def test_a_day_of_the_week_to_be_served_on_takes_the_place_of_the_day_column_asked() -> None:
    # 「日曜日に届けてもらうなら？」: 日曜日 is among the days the 「土曜・日曜・祝日」 column lists, beside 平日.
    header = "配達距離（中央製造工場から） | 平日 | 土曜・日曜・祝日"
    previous = "配達先まで12kmあるんだけど、平日の配達料は？"
    assert standalone_question("じゃあ日曜日に届けてもらうなら？", previous, [header]) == "配達先まで12kmあるんだけど、日曜日の配達料は?"
    assert standalone_question("日曜日は？", previous, [header]) == "配達先まで12kmあるんだけど、日曜日の配達料は?"
