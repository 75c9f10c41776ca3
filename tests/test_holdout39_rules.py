"""Rules found in session 31 on the questions over the corpora read then (the thirty-ninth and fortieth
held-out corpora, a bicycle-parking and bike-share operator and a chain of bathhouses, measured blind
in session 30), each in general form and tried here on other documents: a row label's unit (「販売数
（枚）」) makes its figures counts, never prices, and so does a table titled by a count (「定期契約台数」);
a 「項目：値」 line labelled for what it covers (「対象：4月1日から利用する定期」) is no answer to when,
beside the line labelled for when (「期間：…」); a sentence that gives its amount by pointing at a table
row (「…第5条の表の「車両の紛失」の額」) is answered by that row; a day asked is not answered by a year;
a numbered name written short under its group's header (「朝凪駅 東口第1」) is the one asked; the
longer word the question writes apart (「学生の月額会員」) names the 学生月額会員 row."""

from __future__ import annotations

from appliance.text.english import japanese_figures, japanese_keywords
from rag.answer_checks import _under_another_section
from rag.answering import Prepared
from rag.asked import answers_what_was_asked
from rag.cell_answers import cell_answer
from rag.claims import ARTICLE_NUMBER, extract_claims
from rag.item_labels import when_instead
from rag.numbered_names import missing_numbered_names
from rag.quoting import Sentence
from rag.referred_rows import referred_row
from rag.retrieval import Passage
from rag.table_cells import cell_with_unit, with_cell_units
from rag.table_rows import named_inside_another


def _passage(text: str, title: str = "利用規程", headings: tuple[str, ...] = ()) -> Passage:
    return Passage(document_id="doc-1", title=title, filename="rules.docx", page=None, score=0.5, text=text, order=1, context=text, heading_path=list(headings))


def _sentence(text: str, passage: int = 1, coverage: float = 1.0) -> Sentence:
    return Sentence(passage=passage, text=text, score=1.0 + coverage, coverage=coverage, similarity=0.9)


def _answers(question: str, text: str) -> bool:
    return answers_what_was_asked(question, extract_claims(text), text)


def test_a_row_labels_unit_and_a_count_tables_title_make_its_figures_counts() -> None:
    sales = "指標: 回数券販売数（枚） | 2025年度実績: 9,615 | 2026年度実績: 11,872"
    united = with_cell_units(sales, _passage(sales, "事業計画"))
    assert "11,872枚" in united and not _answers("回数券はいくらですか？", united)
    assert _answers("回数券は何枚売れましたか？", united)
    # A column naming its own unit keeps it; a label in thousands (「収入（千円）」) gives none.
    assert "11,872枚" not in with_cell_units("指標: 利用料収入（千円） | 2026年度実績: 11,872", _passage("", "事業計画"))
    counts = "駐車場: 北口駐車場 | 収容台数: 950 | 月極（一般）: 528 | 月極（法人）: 214"
    titled = _passage(counts, "利用実績", ("月極契約台数", "駐車場別 月極契約台数（2027年3月31日現在）"))
    assert cell_with_unit("月極（法人）: 214", counts, titled) == "月極（法人）: 214台"
    assert not _answers("北口駐車場の月極、法人はいくら？", cell_with_unit("月極（法人）: 214", counts, titled))
    # A title that names an amount is no count table (「利用料金」 of 「台数別の利用料金」).
    assert cell_with_unit("月極（法人）: 214", counts, _passage(counts, "料金表", ("台数別の利用料金",))) == "月極（法人）: 214"


def test_a_line_labelled_for_what_it_covers_gives_way_to_the_line_labelled_for_when() -> None:
    lines = [
        "■2. 健康診断の受付 / 対象：2027年4月1日（木）以降に入職する職員",
        "■2. 健康診断の受付 / 期間：2027年3月8日（月）〜3月19日（金）",
        "■2. 健康診断の受付 / 場所：本館2階 会議室",
    ]
    shown = [_sentence(line) for line in lines]
    assert when_instead(shown[0], shown, "健康診断の受付はいつから始まりますか？") is shown[1]
    assert when_instead(shown[1], shown, "健康診断の受付はいつから始まりますか？") is None  # already the when
    assert when_instead(shown[0], shown, "健康診断の対象は誰？") is None  # no date asked
    assert when_instead(shown[0], shown, "対象となる職員はいつから入職する人？") is None  # the label asked


def test_a_sentence_pointing_at_a_table_row_is_answered_by_that_row() -> None:
    table = (
        "区分: 延長料金 | 単位: 30分ごと | 改定後（2027年4月1日から）: 110円 | 改定前（2027年3月31日まで）: 100円\n"
        "区分: 鍵の紛失 | 単位: 1本 | 改定後（2027年4月1日から）: 3,300円 | 改定前（2027年3月31日まで）: 2,200円"
    )
    rule = "利用者の過失によって設備を壊したときは実費（上限22,000円）を、ロッカーの鍵をなくしたときは第5条の表の「鍵の紛失」の額を負担する。"
    passages = [_passage(table), _passage(rule)]
    row = referred_row(_sentence(rule, passage=2), passages, ["紛失", "鍵"])
    assert row is not None and row.passage == 1 and "鍵の紛失" in row.text
    assert referred_row(_sentence(rule, passage=2), passages, ["延長"]) is None  # the reference is not to what was asked
    prepared = Prepared("ロッカーの鍵を紛失したら、改定後はいくら？", "ja", passages, None, sentences=[_sentence(rule, passage=2)])
    assert cell_answer([], row, prepared) == "改定後（2027年4月1日から）: 3,300円"


def test_a_day_asked_is_not_answered_by_a_year_or_a_clock_time() -> None:
    assert not _answers("Until what date is the application window open?", "2027年度の定期券の一斉更新受付について")
    assert not _answers("Until what date is the application window open?", "窓口：7:00〜20:00")
    assert _answers("Until what date is the application window open?", "期間：2027年3月15日（月）〜3月31日（水）")
    assert not _answers("受付は何月何日まで？", "2027年度の受付")
    assert _answers("有給休暇は何日もらえますか？", "年次有給休暇は10日とする。")  # days, not a day


def test_a_numbered_name_written_short_under_its_groups_header_is_the_one_asked() -> None:
    row = "月: 8月 | 南駅 西口第1: 7,486 | 南駅 西口第2: 3,892"
    assert missing_numbered_names("南駅西口第1駐車場の8月の利用台数は？", row) == []
    assert missing_numbered_names("南駅西口第3駐車場の8月の利用台数は？", row) == ["第3駐車"]
    assert missing_numbered_names("第一工場の不良率は？", "第二工場 品質報告") == ["第1工場"]


def test_a_longer_word_the_question_writes_apart_names_its_row() -> None:
    rows = [_sentence("区分: 月額会員 基本料金 | 改定後: 2,200円"), _sentence("区分: 法人月額会員 基本料金 | 改定後: 1,650円")]
    passage = _passage("\n".join(row.text for row in rows))
    assert not named_inside_another(rows[1], Prepared("法人の月額会員の基本料金は？", "ja", [passage], None, sentences=rows))
    assert named_inside_another(rows[1], Prepared("月額会員の基本料金は？", "ja", [passage], None, sentences=rows))


def test_a_row_of_the_section_that_writes_the_asked_compound_is_no_other_sections() -> None:
    passage = _passage("区分: 月額会員 基本料金 | 改定後: 2,200円", "朝凪市シェアサイクル利用規程", ("朝凪市シェアサイクル利用規程", "第5条（利用料金）"))
    question = "シェアサイクルの月額会員の基本料金は、値上げ前はいくらでしたか？"
    assert not _under_another_section(passage, question, "区分: 月額会員 基本料金 | 改定後: 2,200円")


def test_english_hyphened_spans_day_passes_and_an_items_number() -> None:
    assert japanese_figures("How much is a one-day pass?") == ["1日"]
    assert japanese_figures("a 3-hour course for two people") == ["3時間", "2人"]
    assert japanese_keywords("How much does a one-day pass for the bike share cost?")[:2] == ["1日パス", "シェアサイクル"]
    assert "紛失" in japanese_keywords("How much did a member pay for losing a bike?")
    assert "受付期間" in japanese_keywords("Until what date is the renewal window open?")
    # An article's item number (「2　」) is no figure of its sentence.
    assert ARTICLE_NUMBER.sub("", "2　2027年3月31日までに購入した1日パスは、改定前の料金とする。").startswith("2027年")


def test_a_fee_of_another_kind_is_no_answer_beside_the_fee_of_the_kind_asked() -> None:
    from rag.fee_kinds import another_kind_of_fee

    shown = ["会員カードを再発行するときの再発行手数料は1,100円とする。", "解約するときは、解約手数料550円を差し引いて返金する。"]
    question = "年会費を解約するときの手数料はいくら？"
    assert another_kind_of_fee(shown[0], question, shown)
    assert not another_kind_of_fee(shown[1], question, shown)
    assert not another_kind_of_fee(shown[0], "カードを再発行するときの手数料は？", shown)
    assert not another_kind_of_fee(shown[0], question, shown[:1])  # no sentence of the kind asked: the checks as before


def test_a_pass_of_another_length_is_another_ticket() -> None:
    row = "券種: 共通定期券 3か月（大人） | 改定後: 66,000円 | 改定前: 60,500円"
    assert missing_numbered_names("共通の1か月定期券（大人）は、改定前はいくら？", row) == ["1か月"]
    assert missing_numbered_names("共通の3か月定期券（大人）は？", row) == []
    assert missing_numbered_names("1か月定期券はいくら？", "定期券の価格は別表のとおりとする。") == []  # no other length written


def test_a_sentence_about_another_place_of_the_kind_is_no_answer() -> None:
    from rag.answer_checks import _about_a_sibling, _siblings

    assert _siblings("本町湯", "桜川湯") and _siblings("北町店", "南口店") and not _siblings("時間", "期間")
    assert _about_a_sibling("・桜川湯は、平日に限り24:30まで営業します。", "工事中に本町湯が臨時営業する日の営業時間は？")
    assert not _about_a_sibling("・本町湯は、5月18日も営業します。", "工事中に本町湯が臨時営業する日の営業時間は？")


def test_a_closing_day_is_no_weekend() -> None:
    from rag.defined_periods import _HOLIDAY

    assert _HOLIDAY.search("本町湯の定休日は何曜日？") is None and _HOLIDAY.search("振替休日は？") is None
    assert _HOLIDAY.search("休日の料金は？") is not None


def test_a_chatty_question_is_searched_by_its_things_and_a_row_keyed_by_one_is_shown() -> None:
    from rag.followups import core_query, keyed_by_more

    question = "日曜日に北の湯の岩盤浴を1時間半使うと、岩盤浴の料金はいくらかかりますか？"
    assert core_query(question) == "日曜日 岩盤浴 料金"
    assert core_query("岩盤浴の料金は？") is None
    shown = [_passage("種別: タオル | 区分: 手ぶらセット | 平日: 350円")]
    found = [shown[0], Passage(document_id="doc-1", title="料金表", filename="p.pdf", page=2, score=0.4, text="種別: 岩盤浴 | 区分: 60分未満 | 平日: 700円", order=2, context="")]
    assert keyed_by_more(question, found, shown) is found[1]
    assert keyed_by_more("手ぶらセットの料金は？", found, shown) is None


def test_a_row_is_no_answer_for_a_thing_another_row_of_its_table_is_keyed_by() -> None:
    from rag.table_rows import row_names_the_subject

    table = "種別: タオル | 区分: 手ぶらセット | 平日: 350円\n種別: 岩盤浴 | 区分: 60分未満 | 平日: 700円\n注：岩盤浴は中学生以上が利用できます。"
    rows = [_sentence(line) for line in table.splitlines()[:2]]
    prepared = Prepared("岩盤浴の平日の料金は？", "ja", [_passage(table, "料金表")], None, sentences=rows)
    assert not row_names_the_subject(rows[0], prepared)
    assert row_names_the_subject(rows[1], prepared)


def test_english_admission_and_registered_people_and_closures() -> None:
    from rag.asked import asked_kinds
    from rag.english_quantities import english_stated

    assert asked_kinds("What is the weekday adult admission at the museum?") == frozenset({"円"})
    assert "円" not in asked_kinds("What is the admission rate of the university?")
    assert english_stated("a corporate member with 120 registered people") == {(120.0, "人")}
    assert english_stated("a team of 30 members") == {(30.0, "人")}
    assert japanese_figures("the one-month pass and a 3-year contract") == ["1か月", "3年"]
    keywords = japanese_keywords("Until what date is the pool closed for the boiler replacement?")
    assert "休業" in keywords and "ボイラー更新" in keywords and "再発行" not in keywords


def test_everyday_words_for_a_discount_a_company_and_a_setting() -> None:
    from rag.everyday_words import rephrased
    from rag.quoting import missing_subject_terms

    row = "契約人数（登録者数）: 20人以上50人未満 | 入浴料の割引率: 15% | 年会費（税込）: 22,000円"
    assert missing_subject_terms("登録者が35人の会社が法人会員になると、入浴料は何パーセント引き？", f"法人会員の区分\n{row}") == []
    assert "設定" not in rephrased("サウナ室は何度に設定されていますか？")
    assert "設定" in rephrased("パスワードの設定方法は？")


def test_a_fee_named_by_an_action_must_be_named() -> None:
    from rag.quoting import names_the_subject

    question = "駐輪場の近くで放置自転車が撤去されたとき、保管料はいくらかかりますか？"
    assert not names_the_subject(question, "たとえば、自転車をちょうど2時間駐輪した場合は100円です。")
    assert names_the_subject(question, "撤去した放置自転車の保管料は、1台につき2,000円です。")
    from rag.question_words import a_priced_action
    from rag.quoting import subject_terms

    assert not any(a_priced_action(noun, "会議室の利用料はいくら？") for noun in subject_terms("会議室の利用料はいくら？"))  # 利用 is any use


def test_a_month_of_the_fiscal_year_a_sheet_is_of() -> None:
    sheet = "2026年度 月別入館者数\n月: 1月 | 星の湯: 19,382"
    assert missing_numbered_names("星の湯の2027年1月の入館者は何人？", sheet) == []
    assert missing_numbered_names("星の湯の2027年5月の入館者は何人？", sheet.replace("1月", "5月")) == ["2027年"]


def test_a_moment_before_a_day_is_held_by_the_deadline_band_that_holds_it() -> None:
    from rag.quantities import band, holds, stated_all

    assert stated_all("納品日の前日の午後に発注すると、割増は何％？") == {"時点": -6.0}
    early, late = band("2日前の15時を過ぎてから、前日の10時までのご発注"), band("前日の10時を過ぎてからのご発注")
    assert early == (-33.0, -14.0, False, True, "時点") and late == (-14.0, float("inf"), False, True, "時点")
    assert holds(late, -6.0, "時点") and not holds(early, -6.0, "時点")
    assert holds(early, -14.0, "時点") and not holds(late, -14.0, "時点")  # 前日の10時 ちょうど: until it
    # A cancellation's days before keep their own unit: 「前日の18時に取り消す」 is 1日前.
    assert stated_all("前日の18時にキャンセルしたらいくら？") == {"日前": 1.0}


def test_the_manager_of_a_named_shop_is_its_shop_manager() -> None:
    assert japanese_keywords("Who is the manager of the Kita shop?")[0] == "店長"
    assert japanese_keywords("Who is the manager of the Minami store?")[0] == "店長"
    assert japanese_keywords("Who is the manager?") == ["管理職"]


def test_of_one_blocks_lines_the_one_labelled_for_what_is_asked() -> None:
    from rag.item_labels import labelled_for_the_asked

    lines = [_sentence(f"■3. 研修会 / ・{line}") for line in ("日時：2027年2月4日（木）13:00〜15:00", "場所：本社5階 大会議室", "対象：新任の係長")]
    assert labelled_for_the_asked("研修会はどこでやりますか？", lines) is lines[1]
    assert labelled_for_the_asked("研修会はいつ？", lines) is lines[0]
    assert labelled_for_the_asked("研修会には誰が出る？", lines) is lines[2]
    assert labelled_for_the_asked("研修会はいつどこで？", lines) is None


def test_an_english_who_is_answered_by_the_column_the_keywords_name_as_a_post() -> None:
    from rag.english_people import person_row

    rows = [_sentence("店舗: 北口店 | 電話: 0563-00-7803 | 店長: 片桐千夏"), _sentence("店舗: 南口店 | 電話: 0563-00-7802 | 店長: 三宅悠真")]
    passage = _passage("\n".join(row.text for row in rows), "店舗一覧")
    found = person_row("Who is the manager of the Kitaguchi shop (北口店)?", ["店長", "北口店"], rows, [passage])
    assert found is not None and found[1] == "店長: 片桐千夏"


def test_of_rows_alike_the_one_keyed_by_all_its_cells_answers() -> None:
    from rag.answer_checks import answering_sentence

    table = (
        "駐車場: 西口駐車場 | 車種: 普通車 | 月極 一般: 8,000円 | 月極 法人: 7,000円\n"
        "駐車場: 西口駐車場 | 車種: 二輪車 | 月極 一般: 2,000円 | 月極 法人: 1,500円\n"
        "駐車場: 西口駐車場 | 車種: 軽自動車 | 月極 一般: 6,000円 | 月極 法人: 5,000円"
    )
    # (And a row of a count table, keyed by the 駐車場 alone: its 法人 figure is a count, no price.)
    counts = "駐車場: 西口駐車場 | 収容台数: 200 | 月極（一般）: 120 | 月極（法人）: 30"
    rows = [Sentence(passage=1, text=line, score=1.9, coverage=1.0, similarity=0.9) for line in table.splitlines()]
    rows.append(Sentence(passage=2, text=counts, score=1.8, coverage=0.9, similarity=0.9))
    passages = [_passage(table, "駐車場料金表"), _passage(counts, "利用実績", ("月極契約台数", "駐車場別 月極契約台数"))]
    question = "西口駐車場の二輪車の月極、法人はいくらですか？"
    found = answering_sentence(Prepared(question, "ja", passages, None, sentences=rows))
    assert found is not None and found[0] is rows[1] and found[1] == "月極 法人: 1,500円"


def test_where_is_answered_by_the_line_that_says_a_place_among_lines_alike() -> None:
    from rag.answer_checks import answering_sentence

    lines = [
        ("・年間パスポート事務室は、6月8日（火）〜6月18日（金）、動物公園の管理事務所1階に仮窓口を設けて受け付けます（9:30〜16:00）。", 0.87),
        ("・有効期限が2027年6月7日以後の年間パスポートは、有効期限を一律12日延長します。", 0.85),
        ("■4. 年間パスポート", 0.84),
        ("・動物公園だけの年間パスポートは延長しません。", 0.84),
    ]
    text = "\n".join(line for line, _ in lines)
    shown = [Sentence(passage=1, text=line, score=0.75 + similarity, coverage=0.75, similarity=similarity) for line, similarity in lines]
    found = answering_sentence(Prepared("臨時休館中、年間パスポートの受付はどこでやっていますか？", "ja", [_passage(text, "臨時休館のお知らせ")], None, sentences=shown))
    assert found is not None and "管理事務所" in found[0].text


def test_living_in_a_city_is_its_residents_and_admission_is_one_kind_of_fee() -> None:
    from rag.everyday_words import rephrased
    from rag.quoting import missing_subject_terms

    row = "券種: 入館料（1回） | 年齢区分: 7歳以上12歳以下 | 動物公園 通常料金: 400円 | 動物公園 港市民料金: 250円"
    assert "港市民" in rephrased("港市に住んでいる9歳の子の入園料は？", row)
    assert "港市民" not in rephrased("港市に住んでいる9歳の子の入園料は？", "動物公園 通常料金: 400円")  # no residents' price written
    assert missing_subject_terms("動物公園の入園料は？", f"動物公園\\n{row}") == []


def test_what_a_price_includes_in_brackets_is_no_thing_asked_about() -> None:
    from rag.quoting import missing_subject_terms

    row = "メニュー: パーマ | 髪の長さ: 60cm以上 | スタイリスト: 14,190円"
    assert missing_subject_terms("パーマ(カット込み)で髪が60cm以上、スタイリストだといくら?", row) == []
    assert missing_subject_terms("パーマ（シャンプー付き）はいくら？", row) == []
    assert missing_subject_terms("カットはいくら？", row) == ["カット"]


def test_english_keywords_skip_a_sheets_note_and_a_ticket_of_another_length() -> None:
    from rag.english_answers import for_a_case_not_asked, keyword_sentence

    note = _sentence("月: 注記：新規件数は、複数のサービスを契約した世帯も1件と数える。")
    row = _sentence("月: 4月 | 本社営業所: 214 | 港営業所: 143")
    passage = _passage(f"{note.text}\n{row.text}", "新規件数")
    assert for_a_case_not_asked("How many new contracts did the head office get in April?", note, passage)
    assert not for_a_case_not_asked("How are new contracts counted (note)?", note, passage)
    tickets = [_sentence("券種: 1日券 | 年齢区分: シニア | ハイシーズン WEB前売: 5,300"), _sentence("券種: 2日券 | 年齢区分: シニア | ハイシーズン WEB前売: 10,000")]
    question = "How much is a senior two-day ticket bought online (WEB前売) in the high season?"
    found = keyword_sentence(question, ["シニア", "WEB前売", "ハイシーズン", "2日"], tickets[:1], [_passage(tickets[0].text, "料金表")])
    assert found is None  # only the one-day ticket's row shown: no answer


def test_from_when_a_ticket_kind_a_season_and_a_guests_count() -> None:
    from rag.quoting import missing_subject_terms

    question = "施設利用規程の今回の改正は、いつから施行されますか？"
    assert not _answers(question, "2　施行日前に申し込まれた利用で、利用日が2027年12月24日までのものについては、なお従前の例による。")
    assert _answers(question, "1　この改正は、2027年11月1日から施行する。") and _answers(question, "施行日：2027年11月1日")
    assert _answers("早番は何時から？", "勤務: 早番 | 始業: 7:00 | 終業: 16:00")  # a row's column says when
    row = "項目: 大人 1日券 | 改定前（2026-27シーズン）: 6,300円 | 改定後（2027-28シーズン）: 6,800円"
    assert missing_subject_terms("シーズン券は大人いくら？", row) == ["シーズン券"]
    assert missing_subject_terms("大人の1日券はいくら？", row) == []
    assert missing_subject_terms("回数券の値段は？", "回数乗車券は10回分の運賃で発売する。") == []
    assert missing_subject_terms("全館共通の1か月定期券（大人）は？", "券種: 全館共通定期券 1か月（大人） | 改定前: 22,000円") == []
    assert missing_numbered_names("2028-29シーズンの大人1日券は？", row) == ["2028-29"]
    assert missing_numbered_names("2027-28シーズンの大人1日券は？", row) == []
    guests = "月: 2月 | ホテル北: 4,903 | ロッジ南: 1,120"
    titled = _passage(guests, "利用実績", ("宿泊者数", "施設別 月別宿泊者数"))
    assert cell_with_unit("ホテル北: 4,903", guests, titled) == "ホテル北: 4,903人"
