"""Rules found on the twentieth and twenty-first held-out corpora (tests/data/holdout20, a
nursing-care operator; tests/data/holdout21, a cram school), each in general form and tried here
on other documents: a table whose columns are bands (「所要時間 5時間以上7時間未満 改定後」) gives the
cell of the band that holds the stated time, read in minutes (「6時間半」); a school grade said short
(「中2」) is a count of years held by a grade band (「中学1年・中学2年」); a band written inside a
descriptive cell names its row; the row a question names by its key is read from the rest of its
table; a group's 小計 row answers for the group; a column of an earlier time (前年, 前回) is no
answer for now; 「全店で」 asks the 合計 column; 「誰に聞けば」 is answered by a sentence that names
someone to ask; a sentence about a sibling thing (春期講習) is no answer about another (冬期講習)."""

from __future__ import annotations

from rag.answer_checks import _about_a_sibling, answering_sentence, numbers_its_names
from rag.answering import Prepared
from rag.asked import answers_what_was_asked
from rag.bands import band_cell, banded_row, within_the_columns_band
from rag.cell_answers import cell_answer
from rag.claims import extract_claims
from rag.everyday_words import rephrased
from rag.quantities import band, stated_all, stated_quantity
from rag.quoting import Sentence
from rag.retrieval import Passage
from rag.row_keys import names_key
from rag.table_rows import with_the_named_row


def _passage(text: str, order: int = 0, title: str = "料金表") -> Passage:
    return Passage(document_id="doc-1", title=title, filename="r.docx", page=None, score=0.5, text=text, order=order, context=text, heading_path=[])


def _prepared(question: str, text: str, title: str = "料金表") -> Prepared:
    sentences = [Sentence(passage=1, text=line, score=1.5 - 0.01 * index, coverage=0.6, similarity=0.9) for index, line in enumerate(text.splitlines())]
    return Prepared(question=question, language="ja", passages=[_passage(text, title=title)], messages=[], sentences=sentences)


PARKING = (
    "車種: 普通車 | 駐車時間 1時間以上3時間未満 改定後: 400円 | 駐車時間 1時間以上3時間未満 改定前: 300円 | "
    "駐車時間 3時間以上6時間未満 改定後: 700円 | 駐車時間 3時間以上6時間未満 改定前: 600円"
)


def test_a_time_in_hours_and_minutes_is_read_in_minutes_and_held_by_its_band() -> None:
    assert stated_quantity("会議室を2時間半使うといくら？") == (150.0, "分")
    assert stated_quantity("ちょうど1時間30分のとき") == (90.0, "分")
    assert band("30分以上1時間未満") == (30.0, 60.0, True, False, "分")
    assert band("1時間以上1時間30分未満") == (60.0, 90.0, True, False, "分")
    # 万 alone is yen (「年100万ちょっと」), not a count of people.
    assert stated_quantity("年金が年100万ちょっとの人") == (1_000_000.0, "円")
    assert stated_quantity("人口が5万人の町") is None


def test_columns_that_are_bands_give_the_cell_of_the_band_that_holds_the_stated_time() -> None:
    row = Sentence(passage=1, text=PARKING, score=1.5, coverage=0.6, similarity=0.9)
    asked = _prepared("普通車を4時間半とめたら新しい料金でいくら？", PARKING, "駐車場料金規程")
    assert cell_answer([], row, asked) == "駐車時間 3時間以上6時間未満 改定後: 700円"
    before = _prepared("普通車を2時間とめると、改定前はいくらだった？", PARKING, "駐車場料金規程")
    assert cell_answer([], row, before) == "駐車時間 1時間以上3時間未満 改定前: 300円"
    # No band holds 10時間: no cell is the answer.
    assert cell_answer([], row, _prepared("普通車を10時間とめるといくら？", PARKING, "駐車場料金規程")) == ""
    cells = [("駐車時間 1時間以上3時間未満 改定後", "400円"), ("駐車時間 3時間以上6時間未満 改定後", "700円")]
    assert within_the_columns_band("5時間だと？", cells) == [cells[1]]
    assert within_the_columns_band("料金は？", cells) is None


def test_a_school_grade_said_short_is_a_count_of_years_held_by_a_grade_band() -> None:
    assert stated_all("小5の子が週2回通うと月いくら？") == {"学年": 5.0, "回": 2.0}
    assert stated_all("高1で") == {"学年": 10.0}
    assert stated_all("最高1位") == {} and stated_all("途中3回") == {"回": 3.0}
    assert band("小学4年・小学5年") == (4.0, 5.0, True, True, "学年")
    assert band("中学1年〜中学3年") == (7.0, 9.0, True, True, "学年")
    assert band("高校3年・既卒生") == (12.0, 12.0, True, True, "学年")
    table = (
        "学年: 小学1年〜小学3年 | 週1回（月額）: 5,000円 | 週2回（月額）: 9,000円\n"
        "学年: 小学4年・小学5年 | 週1回（月額）: 6,000円 | 週2回（月額）: 11,000円\n"
        "学年: 小学6年 | 週1回（月額）: 7,000円 | 週2回（月額）: 13,000円"
    )
    asked = _prepared("小5で週2回だと月謝はいくら？", table, "スイミング教室 月謝表")
    assert banded_row(asked.question, asked.sentences).text.startswith("学年: 小学4年・小学5年")
    assert cell_answer([], asked.sentences[1], asked) == "週2回（月額）: 11,000円"
    # 週4回 is no column of the table.
    assert cell_answer([], asked.sentences[1], _prepared("小5で週4回だと？", table, "スイミング教室 月謝表")) == ""
    # Said short, the grade is the document's word where the document writes it.
    assert rephrased("中3の夏期講習は？", "中学3年: 66,000円") == "中学3年の夏期講習は？"
    assert rephrased("中3の夏期講習は？", "中学生: 50,000円") == "中3の夏期講習は？"


def test_a_band_written_inside_a_descriptive_cell_names_its_row() -> None:
    table = (
        "区分: A | 対象となる事業者: 年間売上高が1,000万円以下の事業者 | 年会費: 12,000円\n"
        "区分: B | 対象となる事業者: 年間売上高が1,000万円を超え3,000万円以下の事業者 | 年会費: 30,000円\n"
        "区分: C | 対象となる事業者: 年間売上高が3,000万円を超える事業者 | 年会費: 60,000円"
    )
    assert band_cell(table.splitlines()[1]) == ("対象となる事業者", "1,000万円を超え3,000万円以下")
    asked = _prepared("年商2,000万くらいの会社の年会費は？", table, "商工会 会費規程")
    assert banded_row(asked.question, asked.sentences).text.startswith("区分: B")
    # Exactly the bound: the band that takes it (以下).
    assert banded_row("年商ちょうど1,000万円なら？", asked.sentences).text.startswith("区分: A")


def test_the_row_a_question_names_is_read_from_the_rest_of_its_table() -> None:
    shown_text = "等級: 職能等級1 | 基本給: 210,000円 | 役割手当: 0円\n等級: 職能等級2 | 基本給: 235,000円 | 役割手当: 5,000円"
    rest_text = "等級: 職能等級3 | 基本給: 262,000円 | 役割手当: 10,000円\n等級: 職能等級4 | 基本給: 290,000円 | 役割手当: 20,000円"
    shown = _passage(shown_text)
    sentences = [Sentence(passage=1, text=line, score=1.5, coverage=0.6, similarity=0.9) for line in shown_text.splitlines()]
    found, passages = with_the_named_row("職能等級3の基本給はいくら？", sentences, [shown], lambda _: [_passage(rest_text, order=1)])
    assert found[0].text.startswith("等級: 職能等級3") and found[0].passage == 2 and len(passages) == 2
    # 職能等級3 is not inside 職能等級30; a question that names a shown row changes nothing.
    assert with_the_named_row("職能等級30の基本給は？", sentences, [shown], lambda _: [_passage(rest_text, order=1)])[0] == sentences
    assert with_the_named_row("職能等級2の基本給は？", sentences, [shown], lambda _: [_passage(rest_text, order=1)])[0] == sentences
    # A month's row is named too (not 11月 for 1月).
    months = "月: 11月 | 東店: 120 | 西店: 98 | 合計: 218\n月: 12月 | 東店: 131 | 西店: 104 | 合計: 235"
    rest = lambda _: [_passage("月: 1月 | 東店: 110 | 西店: 91 | 合計: 201", order=2)]  # noqa: E731
    month_rows = [Sentence(passage=1, text=line, score=1.5, coverage=0.6, similarity=0.9) for line in months.splitlines()]
    assert with_the_named_row("1月の来店者数は全店の合計で何人？", month_rows, [_passage(months)], rest)[0][0].text.startswith("月: 1月 |")


def test_a_groups_subtotal_row_answers_for_the_group() -> None:
    table = (
        "店舗: 東町ベーカリー | 部門: パン | 2025年度: 1,200 | 2026年度: 1,260 | 前年度比（%）: 105.0\n"
        "店舗: 東町ベーカリー | 部門: 焼き菓子 | 2025年度: 400 | 2026年度: 388 | 前年度比（%）: 97.0\n"
        "店舗: 東町ベーカリー | 部門: 小計 | 2025年度: 1,600 | 2026年度: 1,648 | 前年度比（%）: 103.0"
    )
    # 「東町ベーカリ」 is no name; 「東町ベーカリー」 cut short is not (only a katakana word cut after the name).
    assert names_key("東町ベーカの売上", "東町ベーカリー") and not names_key("ベーカの売上", "ベーカリー東町")
    found = answering_sentence(_prepared("東町ベーカの売上、前年度比で何％？", table, "店舗別売上"))
    assert found is not None and found[0].text.startswith("店舗: 東町ベーカリー | 部門: 小計") and found[1] == "前年度比（%）: 103.0"
    # A part the question names is its own row.
    found = answering_sentence(_prepared("東町ベーカリーの焼き菓子の前年度比は何％？", table, "店舗別売上"))
    assert found is not None and found[1] == "前年度比（%）: 97.0"


def test_a_column_of_an_earlier_time_is_no_answer_for_now_and_all_of_them_is_the_total() -> None:
    row = "教室: 駅前教室 | 受験者数（人）: 40 | 合格者数（人）: 36 | 前年合格者数（人）: 31"
    assert cell_answer([], Sentence(passage=1, text=row, score=1.5, coverage=0.6, similarity=0.9), _prepared("駅前教室の合格者は何人？", row)) == "合格者数（人）: 36"
    totals = "月: 合計 | 北店: 1,210 | 南店: 980 | 西店: 1,005 | 合計: 3,195"
    assert cell_answer([], Sentence(passage=1, text=totals, score=1.5, coverage=0.6, similarity=0.9), _prepared("今年度の新規会員は全店で年間何人？", totals)) == "合計: 3,195"
    times = "部署: 倉庫 | 勤務: 早番 | 変更後（6月1日から）: 6:30〜15:30 | 現行: 7:00〜16:00"
    shown = Sentence(passage=1, text=times, score=1.5, coverage=0.6, similarity=0.9)
    assert cell_answer([], shown, _prepared("倉庫の早番、変更前の今の勤務時間は？", times, "勤務時間帯の変更")) == "現行: 7:00〜16:00"
    assert cell_answer([], shown, _prepared("倉庫の早番は6月から何時から何時？", times, "勤務時間帯の変更")) == "変更後（6月1日から）: 6:30〜15:30"


def test_whom_to_ask_is_answered_by_a_sentence_that_names_someone() -> None:
    question = "今回の変更について分からないことがあったら誰に聞けばいい？"
    for text, expected in [
        ("・会議室の土曜：10:00〜20:00（変わりません）。", False),
        ("ご不明な点は総務部 田中（内線 201）までお願いします。", True),
        ("手続については、人事課の山本へお問い合わせください。", True),
    ]:
        assert answers_what_was_asked(question, extract_claims(text), text) is expected, text


def test_a_sentence_about_a_sibling_thing_or_a_ratio_not_written_is_no_answer() -> None:
    assert _about_a_sibling("注記: 3. 春期講習は2026年3月末から実施した。", "冬期講習は何日から？")
    assert _about_a_sibling("在宅勤務手当は月額5,000円とする。", "通勤手当はいくら？")
    assert not _about_a_sibling("冬期講習は12月26日から実施する。", "冬期講習は何日から？")
    assert not _about_a_sibling("季節講習の受講料は、次の表のとおり。", "夏期講習はいくら")
    table = "コマ数: 月4コマ | 単価: 3,300円\n表の単価は講師1人に生徒2人の形式（1対2）の単価である。"
    asked = _prepared("1対3で受けると1コマいくら？", table, "個別指導の料金")
    assert not numbers_its_names(asked.sentences[0], asked)
    assert numbers_its_names(asked.sentences[0], _prepared("1対2で受けると1コマいくら？", table, "個別指導の料金"))


def test_a_band_the_question_writes_or_says_in_english_names_its_columns() -> None:
    assert stated_all("attending three times a week") == {"回": 3.0} and stated_all("twice a month") == {"回": 2.0}
    assert stated_all("who takes 13 or more sessions a month") == {"コマ": 13.0}
    assert band("月9コマ〜12コマ") == (9.0, 12.0, True, True, "コマ") and band("週2回") == (2.0, 2.0, True, True, "回")
    row = Sentence(passage=1, text=PARKING, score=1.5, coverage=0.6, similarity=0.9)
    # The band written as the table writes it (「3時間以上6時間未満の」), not a quantity in it.
    asked = _prepared("普通車で3時間以上6時間未満だと、改定前はいくら？", PARKING, "駐車場料金規程")
    assert cell_answer([], row, asked) == "駐車時間 3時間以上6時間未満 改定前: 600円"
    assert numbers_its_names(row, asked)


def test_a_follow_ups_typed_word_names_a_column_by_the_documents_word() -> None:
    row = "段階: 第2段階 | 食費（特養）: 390円 | 食費（短期入所）: 600円"
    shown = Sentence(passage=1, text=row, score=1.5, coverage=0.6, similarity=0.9)
    first = _prepared("第2段階の人の特養の食費は1日いくら？", row, "食費の負担限度額")
    assert cell_answer([], shown, first) == "食費（特養）: 390円"
    follow_up = Prepared(question="第2段階の人のショートステイの食費は1日いくら？", language="ja", passages=first.passages, messages=[], sentences=first.sentences, asked="ショートステイだと？")
    assert cell_answer([], shown, follow_up) == "食費（短期入所）: 600円"


def test_a_yes_or_no_question_is_answered_by_its_rule_never_by_a_row_of_prices() -> None:
    fee = "入会金は22,000円とする。兄弟姉妹が在籍している場合は、入会金を免除する。"
    discount = "兄弟姉妹が同時に在籍する場合は、2人目の月会費を10%割り引く。"
    passages = [_passage(fee, title="第2条 入会金"), _passage(discount, order=5, title="第5条 兄弟姉妹割引")]
    sentences = [
        Sentence(passage=1, text="兄弟姉妹が在籍している場合は、入会金を免除する。", score=1.48, coverage=0.57, similarity=0.91),
        Sentence(passage=2, text=discount, score=1.35, coverage=0.5, similarity=0.87),
        Sentence(passage=1, text="入会金は22,000円とする。", score=1.3, coverage=0.45, similarity=0.86),
    ]
    asked = Prepared(question="弟がもう通ってるんですが、兄が入るとき入会金はかかりますか？", language="ja", passages=passages, messages=[], sentences=sentences)
    found = answering_sentence(asked)
    assert found is not None and found[0].text == "兄弟姉妹が在籍している場合は、入会金を免除する。"
    rows_only = _prepared("要介護2の母を特養に入れたいんですが、入所できますか", "要介護度: 要介護2 | 短期入所: 718円 | 特養: 659円", "利用料金")
    assert answering_sentence(rows_only) is None


def test_the_most_of_one_kind_is_compared_against_a_total_named_for_all_sites() -> None:
    from rag.superlatives import superlative_row

    table = "\n".join([
        "拠点: 北センター | 区分: 大型 | 2026年度: 410",
        "拠点: 北センター | 区分: 小型 | 2026年度: 220",
        "拠点: 南センター | 区分: 大型 | 2026年度: 530",
        "拠点: 南センター | 区分: 小型 | 2026年度: 180",
        "拠点: 西センター | 区分: 大型 | 2026年度: 300",
        "拠点: 全拠点 | 区分: 大型 | 2026年度: 1,240",
    ])
    found = superlative_row("2026年度に大型がいちばん多かった拠点はどこ？", [_passage(table)])
    assert found is not None and found[1] == "拠点: 南センター（2026年度: 530）"


def test_an_english_question_takes_no_numbered_name_for_its_value() -> None:
    from rag.english_answers import keyword_cell

    row = "事業所: 北ケアセンター | 要介護度: 要介護4・5 | 2025年度: 1,701 | 2026年度: 1,837"
    shown = Sentence(passage=1, text=row, score=1.5, coverage=0.6, similarity=0.9)
    question = "In fiscal 2026, how many user-days did Kita Care Center (北ケアセンター) record for care levels 4 and 5?"
    assert keyword_cell(question, ["北ケアセンター", "要介護", "延べ利用者数", "2026年度"], shown) == "2026年度: 1,837"


def test_a_follow_up_naming_a_sibling_rows_label_takes_the_place_of_the_previous_rows() -> None:
    from rag.followups import standalone_question

    table = "区分: ランクB | 集団指導（1コマ）: 3,200円\n区分: ランクA | 集団指導（1コマ）: 3,700円\n区分: 専任チーフ講師 | 集団指導（1コマ）: 4,300円"
    rewritten = standalone_question("専任チーフ講師だと？", "ランクAの講師が集団指導を1コマやると給料いくら？", [table])
    assert "専任チーフ講師" in rewritten and "ランクA" not in rewritten


def test_what_an_amount_is_per_is_no_value_asked() -> None:
    question = "新館って増築するんですか？いつ？"
    per_day = "本館及び新館の1日あたりの利用料は、次の表のとおりとする。"
    assert not answers_what_was_asked(question, extract_claims(per_day), per_day)
    dated = "新館は2027年10月に2室増築する予定である。"
    assert answers_what_was_asked(question, extract_claims(dated), dated)


def test_a_part_of_a_group_written_on_each_row_is_no_answer_for_the_group() -> None:
    from rag.row_keys import a_part_of_the_asked_group

    table = (
        "店舗: 東町ベーカリー | 部門: パン | 2025年度: 1,200 | 2026年度: 1,260\n"
        "店舗: 東町ベーカリー | 部門: 焼き菓子 | 2025年度: 400 | 2026年度: 388\n"
        "店舗: 東町ベーカリー | 部門: 小計 | 2025年度: 1,600 | 2026年度: 1,648"
    )
    asked = _prepared("東町ベーカリーの2026年度の売上は？", table, "店舗別売上")
    rows = table.splitlines()
    assert a_part_of_the_asked_group(rows[0], asked) and not a_part_of_the_asked_group(rows[2], asked)
    assert not a_part_of_the_asked_group(rows[1], _prepared("東町ベーカリーの焼き菓子の2026年度の売上は？", table, "店舗別売上"))
