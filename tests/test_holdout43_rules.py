"""Rules found in session 32 on the questions over the corpora measured blind then and read after
(the forty-third and forty-fourth held-out corpora, a taxi company and a self-storage operator, and
the forty-second, a cable-TV provider), each in general form and tried here on other documents: a
deadline asked is answered by the line labelled as one; "the first course" is the 第1回 line; a
sentence the page broke before its aside (「（改定前は…）」) is one sentence, and a figure only the aside
gives is of before; the other of two things a heading names together is not the one asked; months
prepaid or a bracketed upper end make a band; a room's size (0.25帖) is its own; a section heading
alone answers nothing; a follow-up replaces both of a pair asked together, and 土日祝 is the row that
lists 土曜・日曜・祝日; a PDF table's names merged down left of a group stay names of their own."""

from __future__ import annotations

from pathlib import Path

from appliance.text.english import japanese_keywords, subject_terms, terms
from rag.another_time import answers_another_time
from rag.answering import Prepared
from rag.asked import asked_kinds, bound_differs
from rag.claims import extract_claims
from rag.followups import standalone_question
from rag.item_labels import deadline_line
from rag.numbered_names import missing_numbered_names, of_the_rounds_asked
from rag.quantities import band, stated_all
from rag.question_words import another_of_a_pair
from rag.quoting import Sentence, quote_covers_question, split_sentences
from rag.retrieval import Passage

DATA = Path(__file__).parent / "data"


def _passage(text: str, title: str = "お知らせ") -> Passage:
    return Passage(document_id="doc-1", title=title, filename="notice.pdf", page=1, score=0.5, text=text, order=1, context=text, heading_path=[])


def _sentence(text: str, passage: int = 1, coverage: float = 1.0) -> Sentence:
    return Sentence(passage=passage, text=text, score=1.0 + coverage, coverage=coverage, similarity=0.9)


def test_a_deadline_asked_is_answered_by_the_line_labelled_as_one_for_its_thing() -> None:
    shown = [
        _sentence("■3. 夏季休暇 / ・取得期間：7月1日（木）〜9月30日（木）"),
        _sentence("■3. 夏季休暇 / ・取得予定表の提出締切：6月11日（金） 17:00（所属長へ）"),
        _sentence("■2. 健康診断 / ・問診票の提出締切：5月28日（金）"),
    ]
    assert deadline_line("夏季休暇の取得予定表は、いつまでに出せばいいですか。", shown) is shown[1]
    # Two deadline lines the question names alike: no choice made; nor for a question of when, not by when.
    twice = [shown[1], _sentence("■4. 冬季休暇 / ・取得予定表の提出締切：11月12日（金）")]
    assert deadline_line("取得予定表はいつまでに出す？", twice) is None
    assert deadline_line("夏季休暇の取得期間はいつからですか。", shown) is None


def test_an_english_ordinal_names_the_round_and_the_other_rounds_lines_are_left_out() -> None:
    assert "第1回" in japanese_keywords("Where is the first fire drill session held?")
    assert "第3回" in japanese_keywords("When does the 3rd briefing start?")
    shown = [
        _sentence("■2. 防災訓練 / ・第2回：6月8日（火） 10:00　西棟1階 ロビー"),
        _sentence("■2. 防災訓練 / ・第1回：6月1日（火） 14:00　本館2階 大会議室"),
        _sentence("訓練の内容は、避難経路の確認と消火器の使い方です。"),
    ]
    kept = of_the_rounds_asked(("第1回", "防災訓練"), shown)
    assert [sentence.text for sentence in kept] == [shown[1].text, shown[2].text]
    # No line of the round asked shown: nothing left out.
    assert of_the_rounds_asked(("第4回",), shown) == shown


def test_a_verb_before_a_time_and_anyone_who_are_not_what_the_question_is_about() -> None:
    assert not any(term.english == "sign in" for term in terms("How many members did the Kita gym sign in May 2027?"))
    assert any(term.english == "sign in" for term in terms("How do I sign in to the portal?"))
    assert not any("顧客" in term.japanese for term in subject_terms("What rate applies to a customer who pays for 12 months?"))
    assert any("顧客" in term.japanese for term in subject_terms("How many customers visited in June?"))


def test_a_sentence_broken_before_its_aside_is_one_and_the_asides_figure_is_of_before() -> None:
    text = "閉館時刻は、改定後は21時から翌朝まで入館を止める扱いとする\n（改定前は22時から翌朝まで）。駐車場は24時間使える。"
    sentences = split_sentences(text)
    assert sentences[0] == "閉館時刻は、改定後は21時から翌朝まで入館を止める扱いとする（改定前は22時から翌朝まで）。"
    # A heading before a bracketed line is left alone.
    assert split_sentences("3. 閉館時刻\n（改定前は22時）")[0] == "3. 閉館時刻"
    passage = _passage(text)
    sentence = _sentence(sentences[0])
    now = Prepared("閉館は改定後は何時から？", "ja", [passage], None, sentences=[sentence])
    before = Prepared("閉館は改定前は何時からでしたか。", "ja", [passage], None, sentences=[sentence])
    assert answers_another_time(extract_claims("22時から"), sentence, now)
    assert not answers_another_time(extract_claims("21時から"), sentence, now)
    assert not answers_another_time(extract_claims("22時から"), sentence, before)


def test_the_other_of_two_things_a_heading_names_together_is_not_the_one_asked() -> None:
    heading = "バス・タクシー乗り場の案内"
    assert another_of_a_pair("タクシー乗り場は何番ですか", heading, "バスの乗り場は3番と4番です。")
    assert not another_of_a_pair("タクシー乗り場は何番ですか", heading, "タクシーの乗り場は5番です。")
    assert not another_of_a_pair("バスとタクシーの乗り場は？", heading, "バスの乗り場は3番と4番です。")
    assert another_of_a_pair("本社の締切は？", "本社・工場の提出期限", "工場：11月20日")


def test_months_prepaid_and_a_bracketed_upper_end_make_a_band() -> None:
    assert stated_all("会費を9か月分まとめて前払いしたら割引は？") == {"年": 0.75}
    assert stated_all("What discount applies if a member prepays 18 months?") == {"年": 1.5}
    assert band("24か月以上（36か月まで）", "前払期間") == (2.0, 3.0, True, True, "年")
    assert band("12か月以上24か月未満", "前払期間") == (1.0, 2.0, True, False, "年")
    assert asked_kinds("What discount applies if a member prepays 18 months?") & {"%"}


def test_a_price_revision_named_as_the_occasion_asks_no_price() -> None:
    assert "円" not in asked_kinds("料金改定後の解約は、例年と比べてどのくらい増えると見込んでいますか。")
    assert "円" in asked_kinds("改定後の料金はいくらですか。")


def test_past_a_bound_is_the_other_side_of_within_it() -> None:
    assert bound_differs("入会から1年以内に退会するときの手数料は？", "ただし、入会から1年を経過した後の退会手数料は1,100円とする。")
    assert not bound_differs("入会から1年以内に退会するときの手数料は？", "入会から1年以内の退会には3,300円を申し受ける。")


def test_a_rooms_size_is_its_own_and_a_section_heading_answers_nothing() -> None:
    assert missing_numbered_names("0.5畳の収納の料金は？", "区画: 2.0畳 | 料金: 4,400円")
    assert not missing_numbered_names("2畳の収納の料金は？", "区画: 2.0畳 | 料金: 4,400円")
    assert not quote_covers_question(_sentence("3. 店舗と営業時間"))
    assert not quote_covers_question(_sentence("■2. 年末年始の営業"))
    assert quote_covers_question(_sentence("2. 年末年始は12月30日から1月3日まで休業します。"))


def test_a_follow_up_replaces_both_of_a_pair_and_names_the_weekend_as_listed() -> None:
    assert standalone_question("東地区の回は？", "北地区と南地区の説明会の会場はどこですか。").startswith("東地区の回の説明会の会場")
    passages = ["区分: 平日 | 受付時間: 9:00〜18:00 | 出張費: 3,300円\n区分: 土曜・日曜・祝日 | 受付時間: 10:00〜17:00 | 出張費: 5,500円"]
    assert standalone_question("土日祝だと？", "平日の出張費はいくら？", passages) == "土曜・日曜・祝日の出張費はいくら?"


def test_names_merged_down_left_of_a_pdf_tables_groups_stay_names_of_their_own() -> None:
    from ingestion.parsing.dispatch import Limits, parse_bytes

    path = DATA / "holdout44" / "月額賃料表_2027年7月改定_料金改定のお知らせ.pdf"
    document = parse_bytes(path.read_bytes(), path.name, Limits(max_bytes=10**8, max_uncompressed_bytes=10**9, max_zip_members=10**4, ocr_languages="jpn", ocr=False))
    text = "\n".join(section.text for section in document.sections)
    assert "種別: 屋内型（空調付き） | 区画: 0.5帖 | 改定後の月額賃料（円・税込） 中央エリア: 6,600" in text
    assert "改定後の月額賃料（円・税込） 種別" not in text


def test_a_name_is_read_as_the_group_its_price_list_is_keyed_by() -> None:
    from rag.grouped_names import with_its_group

    prices = _passage("区分: 一般会員 | 月会費 北エリア: 8,800円 | 月会費 南エリア: 7,700円\n区分: 学生会員 | 月会費 北エリア: 5,500円 | 月会費 南エリア: 4,400円")
    clubs = _passage("クラブ | エリア | 所在地\nクラブ: 桜台クラブ | エリア: 南エリア | 所在地: 桜台1-2\nクラブ: 北浜クラブ | エリア: 北エリア | 所在地: 北浜3-4")
    assert with_its_group("桜台クラブの学生会員の月会費は？", [prices, clubs]) == "南エリアの学生会員の月会費は？"
    # No table keyed by the group, or a column of the name's own: the question as asked.
    assert with_its_group("桜台クラブの学生会員の月会費は？", [clubs]) == "桜台クラブの学生会員の月会費は？"
    own = _passage("区分: 学生会員 | 月会費 桜台クラブ: 5,000円 | 月会費 南エリア: 4,400円")
    assert with_its_group("桜台クラブの学生会員の月会費は？", [own, clubs]) == "桜台クラブの学生会員の月会費は？"


def test_english_units_households_and_a_fee_for_a_visit_name_their_rows() -> None:
    assert stated_all("What is the monthly fee per unit for a building with 40 units?") == {"戸": 40.0}
    assert stated_all("How much is the allowance for a team of 12 drivers?") == {"人": 12.0}
    assert "出張費" in japanese_keywords("What is the call-out fee on a Sunday?")
    assert "予備日" in japanese_keywords("What is the spare day for the roof work?")


def test_a_follow_up_that_does_the_same_with_another_figure_takes_the_figures_place() -> None:
    assert standalone_question("9か月分を前払いしたら？", "会費を3か月分前払いしたときの割引はいくら？") == "会費を9か月分前払いしたときの割引はいくら?"
    assert standalone_question("15人で予約すると？", "10人で予約したときの貸切料金は？") == "15人で予約したときの貸切料金は?"
    # A band keeps its own reading (「65歳以上だと？」 takes the whole band's place, rag/followups.py).
    assert "以上" in standalone_question("70歳以上だと？", "一般（20歳以上69歳以下）の料金は？")


def test_a_total_asked_is_the_total_rows_where_the_row_found_is_a_part_named_in_part() -> None:
    from rag.total_rows import the_total_instead

    part = _sentence("区分: 包装資材販売 | 東店: 120 | 西店: 80 | 合計: 200")
    whole = _sentence("区分: 合計 | 東店: 5,120 | 西店: 3,080 | 合計: 8,200")
    named = _sentence("区分: 会費収入 | 東店: 4,000 | 西店: 2,000 | 合計: 6,000")
    keywords = ("売上高", "販売", "合計")
    assert the_total_instead("What were total sales across all shops?", (part, "合計: 200"), [part, whole, named], keywords) == (whole, "合計: 8,200")
    # The part the question names whole, or no total asked: the row found.
    assert the_total_instead("What were total 会費収入 sales?", (named, "合計: 6,000"), [part, whole, named], (*keywords, "会費収入"))[0] is named
    assert the_total_instead("What were sales at the east shop?", (part, "東店: 120"), [part, whole, named], keywords)[0] is part


def test_an_english_where_question_is_covered_by_a_quote_that_says_a_place() -> None:
    from rag.answering import _A_PLACE_FOR_WHERE, _PLACE

    assert _A_PLACE_FOR_WHERE.search("Where do we gather after a fire alarm?")
    assert not _A_PLACE_FOR_WHERE.search("When do we gather, and where?")
    assert _PLACE.search("集合場所は第2駐車場です。") and not _PLACE.search("集合は9時です。")


def test_common_ending_is_what_two_words_end_with_alike() -> None:
    from appliance.text.endings import common_ending

    assert common_ending("中央エリア", "臨海エリア") == "エリア"
    assert common_ending("北町店", "南町店") == "町店"
    assert common_ending("春期講習", "冬期講習") == "期講習"
    assert common_ending("料金", "区画") == ""
    assert common_ending("店", "北町店") == "店"
