"""Rules found on the questions over the thirty-fifth held-out corpus (tests/data/holdout35, a group
of dental clinics, read in session 29 after being measured blind in session 28), each in general
form and tried here on other documents: bands counted in 本 and teeth (「2本以上4本未満（1本あたり）」,
「欠損3歯以上6歯未満」 for 「歯が5本ない」); a question whose first clause states the quantity and names
the row's thing keeps that thing; 「普通は」 asks a price list's 通常料金; 「1か月あたり平均」 keys the 月平均
row; whoever is in charge, asked by 誰, is the person a line names; a job named inside a longer word
of the question (主任歯科衛生士) is that row's; a line keyed by another day is no answer for the day
asked; a bare month of a year's table is of that year; another job of the same field (歯科衛生士
beside 歯科助手) and an action priced (「保証を延長するには」) must be named; English: things counted
by their counter ("15 aligners": 枚), a price list's "standard" column, a gloss inside a phrase, and a
band stated in a clause of prose."""

from __future__ import annotations

from rag.answering import Prepared
from rag.asked import answers_what_was_asked
from rag.band_clauses import value_in_the_banded_clause
from rag.bands import band_cell, holds_the_stated
from rag.claims import extract_claims
from rag.english_quantities import english_stated
from rag.english_subject import missing_english_subject_terms
from rag.everyday_words import rephrased
from rag.question_words import names_another_day
from rag.quoting import Sentence, missing_subject_terms, names_the_subject, subject_terms
from rag.retrieval import Passage
from rag.row_scope import another_years_month
from rag.table_rows import named_inside_another
from rag.unbanded import unbanded

_WINES = (
    "区分: ハウスワイン | 銘柄: ハウスワイン（赤・白） | 本数: 6本未満（1本あたり） | 通常価格: 2,200円 | 会員価格: 1,980円\n"
    "区分: ハウスワイン | 銘柄: ハウスワイン（赤・白） | 本数: 6本以上12本未満（1本あたり） | 通常価格: 1,980円 | 会員価格: 1,760円\n"
    "区分: ハウスワイン | 銘柄: ハウスワイン（赤・白） | 本数: 12本以上（1本あたり） | 通常価格: 1,760円 | 会員価格: 1,540円"
)


def _passage(text: str, title: str = "価格表") -> Passage:
    return Passage(document_id="doc-1", title=title, filename="prices.pdf", page=1, score=0.5, text=text, order=1, context=text)


def _rows(text: str, passage: int = 1) -> list[Sentence]:
    return [Sentence(passage=passage, text=line, score=1.0, coverage=1.0, similarity=1.0) for line in text.splitlines() if ": " in line]


def test_bands_counted_in_bottles_and_teeth_hold_the_count_stated() -> None:
    row = _WINES.splitlines()[1]
    # The cell writes its range and its per-one note: the range is its band (each end alone too is no other).
    assert band_cell(row) == ("本数", "6本以上12本未満")
    assert holds_the_stated("ハウスワインを8本まとめて買う予定です。", *band_cell(row))
    assert not holds_the_stated("ハウスワインを12本まとめて買う予定です。", *band_cell(row))
    dentures = "区分: 義歯 | 治療内容: 部分入れ歯 | 数量・条件: 欠損3歯以上6歯未満 | 通常料金: 187,000円"
    assert band_cell(dentures) == ("数量・条件", "3歯以上6歯未満")
    assert holds_the_stated("奥歯が4本ないんだけど、部分入れ歯はいくら？", *band_cell(dentures))  # teeth are counted 本 when spoken
    # 「1本あたり」 asks a rate: no count is stated.
    assert not holds_the_stated("1本あたりいくら？", *band_cell(row))


def test_the_clause_stating_the_quantity_keeps_the_rows_thing_it_names() -> None:
    row = _WINES.splitlines()[1]
    kept = unbanded("ハウスワインを8本まとめて買う予定です。会員だと1本あたりいくらになりますか？", row, _WINES)
    assert kept == "ハウスワインの会員だと1本あたりいくらになりますか？"
    # A clause stating the quantity alone goes whole, as before.
    assert unbanded("8本まとめて買う予定です。ハウスワインは会員だといくら？", row, _WINES) == "ハウスワインは会員だといくら？"


def test_the_everyday_words_for_a_price_lists_columns_and_rows() -> None:
    row = _WINES.splitlines()[0]
    assert "普通" not in missing_subject_terms("ハウスワインを普通に買うといくら？", row)
    assert "普通" in missing_subject_terms("ハウスワインを普通に買うといくら？", "区分: ハウスワイン | 会員価格: 1,980円")
    assert "月平均" in rephrased("中央店って1か月あたり平均で何人くらい来てる？", "月: 月平均 | 中央店: 1,204.5")
    assert "月平均" in rephrased("ひと月の平均は？", "月: 月平均 | 中央店: 1,204.5")
    assert rephrased("12か月平均は？", "月: 月平均") == "12か月平均は？"
    assert rephrased("1か月あたり平均で何人？", "月: 合計 | 中央店: 14,454") == "1か月あたり平均で何人？"  # no 月平均 row written


def test_whoever_is_in_charge_asked_by_who_is_the_person_a_line_names() -> None:
    question = "駐車場の利用について問い合わせる先の担当者は誰ですか？"
    assert "担当者" not in [noun.surface for noun in subject_terms(question)]
    assert "担当者" in [noun.surface for noun in subject_terms("担当者の内線は何番？")]
    line = "■5. お問い合わせ / ・駐車場の利用について：総務部 管財課 大川（内線 215）"
    assert names_the_subject(question, line)
    assert answers_what_was_asked(question, extract_claims("総務部 管財課 大川（内線 215）"), line)


def test_a_job_the_question_writes_whole_is_that_rows_beside_the_shorter_one() -> None:
    table = (
        "手当: 役職手当（主任看護師） | 改定後（月額）: 26,000円\n"
        "手当: 資格手当（看護師） | 改定後（月額）: 21,000円"
    )
    shown = _rows(table)
    assert not named_inside_another(shown[0], Prepared("主任看護師の役職手当は改定後いくら？", "ja", [_passage(table)], None, sentences=shown))
    assert named_inside_another(shown[0], Prepared("看護師の手当は改定後いくら？", "ja", [_passage(table)], None, sentences=shown))


def test_a_line_keyed_by_another_day_is_no_answer_for_the_day_asked() -> None:
    lines = ["・1月2日（日）：西口店 13:00〜16:30", "・1月3日（月）：本店 9:30〜15:30"]
    assert names_another_day("1月2日の当番は何時から？", lines[1], lines)
    assert not names_another_day("1月2日の当番は何時から？", lines[0], lines)
    assert not names_another_day("1月5日の当番は何時から？", lines[1], lines)  # no shown line writes the day asked
    assert not names_another_day("当番は何時から？", lines[1], lines)


def test_a_bare_month_of_a_years_table_is_of_that_year() -> None:
    heading = "来店客数（2026年度）\n月別来店客数（2026年度：2026年4月〜2027年3月）"
    assert another_years_month("5月", "2027年5月の来店客数は？", heading)
    assert not another_years_month("5月", "2026年5月の来店客数は？", heading)
    assert not another_years_month("2月", "2027年2月の来店客数は？", heading)  # 年度: January to March of the next year
    assert another_years_month("2月", "2026年2月の来店客数は？", heading)
    assert not another_years_month("5月", "5月の来店客数は？", heading)
    assert another_years_month("5月", "2025年5月の来店客数は？", "来店客数（2026年）")
    assert not another_years_month("5月", "2027年5月の来店客数は？", "来店客数")  # no year written: left to the table


def test_another_job_of_the_same_field_and_an_action_priced_must_be_named() -> None:
    row = "手当: 資格手当（認定資格） | 対象・単位: 学会認定理学療法士等 | 改定後（月額）: 8,000円"
    assert not names_the_subject("理学助手の資格手当はいくら？", f"資格手当の月額は、次の表のとおりとする。\n{row}")
    assert names_the_subject("理学療法士の資格手当はいくら？", f"資格手当の月額は、次の表のとおりとする。\n{row}")
    warranty = "区分: 補聴器 | 品名: 耳かけ型補聴器 | 通常価格: 198,000円 | 保証期間: 3年"
    assert not names_the_subject("補聴器の保証を延長するにはいくらかかりますか？", warranty)
    assert names_the_subject("補聴器の保証期間は何年？", warranty)


def test_english_counts_columns_glosses_and_bands_in_prose() -> None:
    assert english_stated("The plan uses 15 aligners.") == {(15.0, "枚")}
    assert english_stated("I need 3 implants.") == {(3.0, "本")}
    assert english_stated("How much for 4 bottles?") == {(4.0, "本")}
    row = "区分: 矯正 | 治療内容: マウスピース矯正 | 数量・条件: 20枚未満 | 通常料金: 330,000円 | 会員料金: 319,000円"
    question = "My clear-aligner treatment (マウスピース矯正) plan uses 15 aligners. What is the standard fee?"
    assert missing_english_subject_terms(question, row) == []
    assert missing_english_subject_terms("What is the member price?", "会員料金: 319,000円") == []
    assert missing_english_subject_terms("What is the standard price?", "会員料金: 319,000円") == ["standard price"]
    clause = "3km以上6km未満は5,200円（改定前4,600円）、6km以上12km未満は8,100円（改定前7,500円）、12km以上は12,300円とする。"
    assert value_in_the_banded_clause("What is the monthly commuting allowance for someone who drives 8 km one way?", clause) == "8,100円"


def test_a_sheet_of_a_workbook_titled_by_what_its_sheets_count_is_that_ones() -> None:
    from rag.row_scope import of_another_sheet

    heading = "来店客数・売上高（2026年度）\n月別来店客数 店舗別・月別 来店客数（2026年度）"
    row = "月: 4月 | 来店客数（人） 本店: 3,412 | 来店客数（人） 駅前店: 2,236"
    assert of_another_sheet("駅前店の4月の売上高はいくら？", heading, row)
    assert not of_another_sheet("駅前店の4月の来店客数は？", heading, row)
    assert not of_another_sheet("駅前店の4月の売上高はいくら？", "売上高（2026年度）\n月別売上高", "月: 4月 | 駅前店: 2,236")
    assert not of_another_sheet("駅前店の4月の売上高はいくら？", heading.splitlines()[0], row)  # no sheet heading of its own


# Read from holdout36 (a chain of dry cleaners, measured blind in session 28) in the same session.
def test_bands_in_the_sentences_after_the_one_that_says_what_they_are_of() -> None:
    from rag.band_clauses import banded_clause

    paragraph = ("通勤手当：自宅から店舗までの片道の距離に応じて月額で支給する。片道3km未満の者には支給しない。"
                 "3km以上8km未満は3,100円（改定前2,800円）、8km以上は5,200円とする。")
    passage = Passage(document_id="doc-1", title="賃金規程", filename="rules.docx", page=None, score=0.5, text=paragraph, order=1, context=paragraph)
    shown = [Sentence(passage=1, text="通勤手当：自宅から店舗までの片道の距離に応じて月額で支給する。", score=1.0, coverage=0.6, similarity=0.9)]
    question = "家から店まで片道6kmなんだけど、通勤手当は月いくら？"
    assert banded_clause(question, shown, lambda sentence: True) is None  # the bands' sentence was not shown
    found = banded_clause(question, shown, lambda sentence: True, [passage])
    assert found is not None and found[1] == "3,100円"


def test_a_rates_period_is_no_quantity_stated() -> None:
    from rag.quantities import stated_quantity

    assert stated_quantity("ドライバーが1日に35件回ったら手当はいくら？") == (35.0, "件")
    assert stated_quantity("3日に2回なら？") is None  # two quantities: neither alone


def test_who_is_answered_by_the_person_named_beside_an_extension() -> None:
    question = "工事の当日、現場の窓口になるのは誰？"
    assert answers_what_was_asked(question, extract_claims("工場長の三宅（内線 301）"), "工事の当日は、工場長の三宅（内線 301）が現場の窓口となります。")
    assert not answers_what_was_asked("センター長は誰？", extract_claims("内線 200"), "お問い合わせは総務課（内線 200）へ。")


def test_a_heading_gives_no_value() -> None:
    from rag.claims import ARTICLE_NUMBER

    assert ARTICLE_NUMBER.sub("", "■1. 工事期間") == "工事期間"
    assert ARTICLE_NUMBER.sub("", "1.5倍を支給する") == "1.5倍を支給する"


def test_every_shop_together_is_the_total_and_a_name_inside_the_rows_own_is_no_other_row() -> None:
    from rag.quoting import names_another_row

    row = "月: 5月 | 店舗別来店数（人） 東町店: 1,327 | 店舗別来店数（人） 西町店: 1,514 | 合計（人）: 2,841"
    assert "全店" not in missing_subject_terms("5月は全店合わせて何人来た？", row)
    assert "全店" in missing_subject_terms("5月は全店合わせて何人来た？", "月: 5月 | 東町店: 1,327 | 西町店: 1,514")
    table = ("機種: 脱水機 | 容量: 6kg | 料金（1回）: 100円\n"
             "機種: 全自動洗濯脱水機（中型） | 容量: 12kg | 料金（1回）: 600円")
    assert not names_another_row("12kgの全自動洗濯脱水機は1回いくら？", table.splitlines()[1], table)
    assert names_another_row("脱水機は1回いくら？", table.splitlines()[1], table)


def test_a_garment_by_its_length_and_an_item_named_whole_in_its_group() -> None:
    from rag.table_rows import keyed_by_question

    assert "ロングコート" not in missing_subject_terms("丈130cmのロングコートはいくら？", "区分: コート | 品目: コート（丈120cm以上） | 料金: 2,460円")
    table = ("区分: 寝具 | 品目: 掛け布団（シングル） | 宅配料金 一般: 4,800円 | 宅配料金 会員: 4,300円\n"
             "区分: 寝具 | 品目: 掛け布団（ダブル） | 宅配料金 一般: 6,070円 | 宅配料金 会員: 5,540円\n"
             "区分: 寝具 | 品目: 布団カバー（ダブル） | 宅配料金 一般: 1,440円 | 宅配料金 会員: 1,230円")
    shown = _rows(table)
    prepared = Prepared("掛け布団のダブルを宅配サービスで出すと、会員料金はいくら？", "ja", [_passage(table)], None, sentences=shown)
    assert keyed_by_question(shown[1], prepared)  # its group (寝具) named by its item; 布団カバー（ダブル） named only in part
    assert not keyed_by_question(shown[0], prepared)
    assert not keyed_by_question(shown[2], prepared)
