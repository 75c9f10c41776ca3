"""Rules found in session 30 on the questions over the corpora read then (holdout34's salon price
list; the thirty-seventh and thirty-eighth held-out corpora, an aquarium and zoo park and a bakery
and café chain, measured blind in session 29), each in general form and tried here on other
documents: lengths, weights and volumes a price list is banded by (「髪の長さ: 30cm以上45cm未満」,
「100g未満」); a question of where something is done is answered by a sentence that says at or to a
place, and one of which company by a sentence that names one; a clause asking a rate (「1日いくら」)
states no quantity, so the clause that does (「片道ちょうど5kmです」) is the one a band's row stands
for; a sentence defining a group by its members (「学校団体は、小学校、中学校、…の団体です」) makes a
question naming a member (「小学校の遠足で」) none of another group's rows (一般団体)."""

from __future__ import annotations

from rag.answer_checks import says_only_what_was
from rag.answering import Prepared
from rag.asked import answers_what_was_asked, left_out
from rag.bands import band_cell, for_another_band, holds_the_stated
from rag.cell_answers import cell_answer
from rag.claims import extract_claims
from rag.english_answers import asks_earlier_in_english, for_a_case_not_asked, keyword_cell
from rag.english_quantities import english_stated
from rag.english_subject import missing_english_subject_terms
from rag.followups import standalone_question
from rag.quantities import band, stated_quantity, states_a_quantity
from rag.quoting import Sentence, missing_subject_terms, names_the_subject, subject_terms
from rag.retrieval import Passage
from rag.row_scope import keyed_alike_by_another, of_a_group_defined_otherwise, without_age_groups
from rag.table_rows import row_names_the_subject
from rag.total_rows import with_the_total_row
from rag.unbanded import unbanded

_SHIPPING = (
    "区分: 定形外郵便 | 重さ: 50g以上100g未満 | 料金: 180円\n"
    "区分: 定形外郵便 | 重さ: 100g以上250g未満 | 料金: 270円\n"
    "区分: 定形外郵便 | 重さ: 250g以上500g未満 | 料金: 390円"
)


def test_lengths_weights_and_volumes_are_stated_quantities_a_band_holds() -> None:
    assert stated_quantity("髪の長さ40cmでディレクターにカットしてもらうといくら？") == (40.0, "cm")
    assert stated_quantity("肩までの40センチくらいの髪だと？") == (40.0, "cm")
    assert stated_quantity("この5G回線の料金は？") is None  # a name, not a weight
    rows = _SHIPPING.splitlines()
    assert band_cell(rows[1]) == ("重さ", "100g以上250g未満")
    assert holds_the_stated("200gの封筒を送るといくら？", *band_cell(rows[1]))
    assert not holds_the_stated("200gの封筒を送るといくら？", *band_cell(rows[2]))
    assert not holds_the_stated("250グラムちょうどだと？", *band_cell(rows[1]))  # the boundary is the next band's
    assert holds_the_stated("250グラムちょうどだと？", *band_cell(rows[2]))
    pipes = "部材: 塩ビ管 | 外径: 20mm以上50mm未満 | 単価: 1,200円"
    assert holds_the_stated("外径32mmの管はいくら？", *band_cell(pipes))


def _answers(question: str, sentence: str) -> bool:
    return answers_what_was_asked(question, extract_claims(sentence), sentence)


def test_where_is_answered_by_a_place_and_which_company_by_a_company() -> None:
    question = "改装工事のあいだ、定期券の受付はどこでやっていますか？"
    assert not _answers(question, "・有効期限が2027年6月7日以後の定期券は、有効期限を一律12日延長します。")
    assert _answers(question, "・定期券窓口は、6月8日〜6月18日、北口駐輪場の管理棟2階に仮窓口を設けて受け付けます。")
    assert _answers("説明会の会場は？", "会場：本社3階 大会議室")
    # 「どこに連絡すれば」 asks whom to tell, and 「どの店がいちばん」 which row has the most: neither is a place asked.
    assert _answers("夜中に事故があったらどこに連絡すればいい？", "夜間・休日は事故受付センター（0120-00-0000）へ連絡する。")
    company = "屋根の改修工事はどこの業者が請け負っていますか？"
    assert not _answers(company, "工事についてのお問い合わせは施設管理課 三宅（内線 314）まで。")
    assert _answers(company, "工事は、みどり建設株式会社が施工します。")


def test_a_clause_asking_a_rate_states_no_quantity() -> None:
    assert not states_a_quantity("通勤手当は1日いくらもらえますか？")
    assert states_a_quantity("家から倉庫まで片道ちょうど5kmです。")
    row = "片道の通勤距離: 5km以上10km未満 | 改定後（日額）: 290円 | 改定前（日額）: 260円"
    # The clause stating the distance names the row by its band; its 倉庫 is no word the row must write.
    assert "倉庫" not in unbanded("家から倉庫まで片道ちょうど5kmです。通勤手当は1日いくらもらえますか？", row)


def test_a_member_of_a_defined_group_is_no_question_about_another_groups_row() -> None:
    text = "学校団体は、小学校、中学校、高等学校、特別支援学校及び幼稚園・保育所の教育活動として入場する団体です。"
    question = "小学校の社会科見学で児童が45人、工場見学に行くと何割引き？"
    assert of_a_group_defined_otherwise(question, "一般団体", text)
    assert not of_a_group_defined_otherwise(question, "学校団体（校外学習）", text)
    assert not of_a_group_defined_otherwise("一般の団体で45人だと何割引き？", "一般団体", text)
    assert not of_a_group_defined_otherwise(question, "一般団体", "団体は20名以上とします。")  # no group defined by members


def test_a_rate_asked_is_the_kind_of_value_and_an_annual_pass_is_a_name() -> None:
    # 「割引率は？」 asks for the rate a row's 「15%引き」 gives, as 「料金は？」 asks for its price.
    assert "割引率" not in [noun.surface for noun in subject_terms("一般の団体でちょうど50人、水族館に入るときの割引率は？")]
    # 「年間パスポート」 names a pass, not a year's total: 「1回につき550円」 answers what its reissue costs.
    assert _answers("年間パスポートをなくした場合、再発行に手数料はかかりますか？いくら？", "紛失・破損による再発行の手数料は1回につき550円です。")
    assert not _answers("年間の上限額はいくら？", "1人あたり1回5,000円を補助する。")


def test_a_band_of_the_unit_stated_that_does_not_hold_it_is_another_rows() -> None:
    rows = _SHIPPING.splitlines()
    assert for_another_band("300gの封筒はいくら？", rows[0])
    assert not for_another_band("300gの封筒はいくら？", rows[2])
    assert not for_another_band("定形外郵便はいくら？", rows[0])  # no quantity stated: no band is another's
    assert not for_another_band("3人で送るといくら？", rows[0])  # a quantity of another unit


def test_staff_and_a_premium_rate_are_what_a_wage_rule_writes() -> None:
    rule = "店舗パートタイマー・アルバイト賃金規程 第12条（支払日）\\n賃金は、毎月1日から末日までを計算期間とし、翌月15日に支払う。"
    assert missing_subject_terms("店舗スタッフの給料は毎月何日に支払われますか？", rule) == []
    assert "割増率" not in [noun.surface for noun in subject_terms("パートが法定休日に働いたときの割増率は？")]


def test_an_english_age_says_who_and_a_closure_is_maintenance_and_reopening() -> None:
    assert english_stated("How much is an annual pass for an adult aged 18-64?") == {(18.0, "歳")}
    assert english_stated("for a child aged 9 at the resident rate") == {(9.0, "歳")}
    row = "券種: 年間パスポート | 年齢区分: 18歳以上64歳以下 | 通常料金: 6,000円"
    assert "adult" not in missing_english_subject_terms("How much is the annual pass for an adult aged 18-64?", row)
    assert "adult" in missing_english_subject_terms("How much is the annual pass for an adult?", "券種: 年間パスポート | 区分: 子ども | 通常料金: 2,000円")
    line = "・6月19日（土）9:30から通常どおり開館します。（大水槽ろ過設備の改修のため臨時休館）"
    assert missing_english_subject_terms("On what date does the aquarium reopen after its maintenance closure?", line) == []


def test_before_the_wage_revision_asks_the_value_a_rule_had_not_todays() -> None:
    question = "What was the early-morning allowance per hour before the wage revision?"
    assert asks_earlier_in_english(question)
    assert not asks_earlier_in_english("What is the fee before the event starts?")
    today = "午前7時より前に勤務した時間に対し、1時間あたり180円の早朝手当を支給する。"
    passage = Passage(document_id="doc-1", title="賃金規程", filename="wages.docx", page=None, score=0.5, text=today, order=1, context=today)
    sentence = Sentence(passage=1, text=today, score=1.0, coverage=1.0, similarity=1.0)
    assert for_a_case_not_asked(question, sentence, passage)
    assert not for_a_case_not_asked("What is the early-morning allowance per hour?", sentence, passage)
    earlier = "早朝手当は、2026年9月までは1時間あたり130円であった。"
    assert not for_a_case_not_asked(question, Sentence(passage=1, text=earlier, score=1.0, coverage=1.0, similarity=1.0), passage)


def test_english_visitors_group_tickets_a_months_row_and_a_bullet_above_a_table() -> None:
    assert missing_english_subject_terms("How many visitors came on group tickets?", "月: 10月 | 水族館 団体券: 9,342 | 入館者数合計: 65,727") == []
    total = "月: 合計 | 水族館 個人券: 356,587 | 水族館 団体券: 57,989"
    passage = Passage(document_id="doc-1", title="入館者数", filename="visitors.xlsx", page=None, score=0.5, text=total, order=1, context=total)
    row = Sentence(passage=1, text=total, score=1.0, coverage=1.0, similarity=1.0)
    assert for_a_case_not_asked("How many visitors entered the aquarium on group tickets in October 2026?", row, passage)
    assert not for_a_case_not_asked("How many visitors entered the aquarium on group tickets in fiscal 2026?", row, passage)
    # A slide's bullet about part-timers above a table of visitor targets gives the targets to no one.
    slide = "・嘱託・パート職員の基本時給と手当を4月1日から引き上げ、人材を確保する\n施設: 水族館 | 2027年度目標（人）: 476,000"
    target = Sentence(passage=1, text=slide.splitlines()[1], score=1.0, coverage=1.0, similarity=1.0)
    shown = Passage(document_id="doc-2", title="事業計画", filename="plan.pptx", page=3, score=0.5, text=slide, order=1, context=slide)
    assert not for_a_case_not_asked("What is the aquarium's visitor target for fiscal 2027?", target, shown)


def test_english_paying_visitors_are_counted_and_their_band_is_no_value() -> None:
    question = "What discount does a general group of 120 paying visitors get at the zoo park?"
    assert english_stated(question) == {(120.0, "人")}
    row = "団体の区分: 一般団体 | 人数（有料入館者）: 100名以上 | 水族館: 20%引き | 動物公園: 30%引き | 2園共通券: 15%引き"
    shown = Sentence(passage=1, text=row, score=1.0, coverage=1.0, similarity=1.0)
    assert keyword_cell(question, ["割引", "公園", "動物公園", "一般", "入館者"], shown) == "動物公園: 30%引き"


def test_a_price_per_visit_in_brackets_is_no_band_and_an_age_band_says_who() -> None:
    assert band("入館料（1回）", "券種") is None  # a price per visit, not the band of one visit
    assert band("引取・納車（片道10km超20km以内）", "区分") is not None
    row = "券種: 入館料（1回） | 年齢区分: 65歳以上 | 通常料金: 1,900円 | 市民料金: 1,400円"
    assert band_cell(row) == ("年齢区分", "65歳以上")
    assert without_age_groups("水族館の大人(65歳以上)の入館料は通常いくら?", row, "水族館の大人(65歳以上)の入館料は通常いくら?") == "水族館の(65歳以上)の入館料は通常いくら?"
    assert without_age_groups("水族館の大人の入館料は？", row, "水族館の大人の入館料は？") == "水族館の大人の入館料は？"  # no age: 大人 must be named
    assert without_age_groups("70歳の母の入館料は？", row, "70歳の母の入館料は？") == "70歳の母の入館料は？"  # (no age-group word to drop)


def test_a_follow_up_band_takes_the_place_of_the_whole_band() -> None:
    assert standalone_question("では65歳以上だと？", "水族館の大人（18歳以上64歳以下）の入館料は通常いくら？") == "水族館の大人(65歳以上)の入館料は通常いくら?"
    assert standalone_question("20名以上50名未満なら？", "100名以上の団体だと何割引き？") == "20名以上50名未満の団体だと何割引き?"


def test_a_band_held_under_keys_the_question_names_none_of_is_not_chosen() -> None:
    grid = [f"券種: {kind} | 年齢区分: {ages} | 通常料金: {price}円" for kind, ages, price in (
        ("入館料（1回）", "13歳以上17歳以下", "1,600"), ("入館料（1回）", "18歳以上64歳以下", "2,400"),
        ("年間パスポート", "13歳以上17歳以下", "4,800"), ("年間パスポート", "18歳以上64歳以下", "6,000"))]
    question = "今日がちょうど13歳の誕生日の子が水族館に入る場合、通常料金はいくら？"
    # The 13歳 row of the 年間パスポート, beside the 入館料 rows of other ages: which ticket is not said.
    assert keyed_alike_by_another(question, grid[2], [grid[1], grid[3]])
    assert not keyed_alike_by_another("13歳の子の入館料は通常いくら？", grid[0], grid)
    # One key for each band (区分: 小口 is 0m³から20m³まで): the band says the key.
    gas = ["区分: 小口 | 月間使用量: 0m³から20m³まで | 単位料金: 170円", "区分: 中口 | 月間使用量: 20m³をこえ80m³まで | 単位料金: 150円"]
    assert not keyed_alike_by_another("月に50m³使うと単位料金はいくら？", gas[1], gas)


def test_a_row_named_by_its_own_key_and_a_years_total_asked_as_such() -> None:
    shifts = "勤務の区分: 遅番 | 水族館: 10:30〜19:15 | 動物公園: —\n勤務の区分: 夜間勤務（夜間開館日に限る） | 水族館: 13:30〜22:15 | 動物公園: —"
    passage = Passage(document_id="doc-1", title="勤務規程", filename="rule.docx", page=None, score=0.5, text=shifts, order=1, context=shifts)
    rows = [Sentence(passage=1, text=line, score=1.0, coverage=0.8, similarity=0.9) for line in shifts.splitlines()]
    question = "水族館の遅番は何時から何時までの勤務ですか？"
    # 遅番 names the row by its own key; 夜間勤務's key writing 勤務 makes it no better named.
    assert row_names_the_subject(rows[0], Prepared(question, "ja", [passage], None, sentences=rows))
    total = "月: 合計 | 水族館 団体券: 57,989 | 水族館 年間パスポート: 74,020 | 動物公園 団体券: 31,744 | 動物公園 年間パスポート: 15,464"
    sheet = Passage(document_id="doc-2", title="入館者数（2026年度）", filename="visitors.xlsx", page=None, score=0.5, text=total, order=1, context=total)
    row = Sentence(passage=1, text=total, score=1.0, coverage=0.8, similarity=0.9)
    asked = "2026年度に動物公園に団体券で入った人は年間で合計何人ですか？"
    assert cell_answer([], row, Prepared(asked, "ja", [sheet], None, sentences=[row])) == "動物公園 団体券: 31,744"


def test_an_age_by_its_decade_a_key_named_by_its_note_and_a_column_said_not_to_be_asked() -> None:
    assert stated_quantity("40代の社員の平均給与は？") == (45.0, "歳")
    assert stated_quantity("2020年代の売上は？") is None and stated_quantity("3代目の社長は？") is None
    grid = ["券種: 入館料（1回） | 年齢区分: 18歳以上64歳以下 | 通常料金: 2,400円", "券種: 入館料（1回） | 年齢区分: 65歳以上 | 通常料金: 1,900円",
            "券種: 年間パスポート | 年齢区分: 18歳以上64歳以下 | 通常料金: 6,000円"]
    # 「1回入ると」 names the 入館料（1回） rows by their note: no other ticket is as likely.
    assert not keyed_alike_by_another("30代の大人が水族館に1回入るといくら？", grid[0], grid)
    assert keyed_alike_by_another("30代の大人が水族館に入るといくら？", grid[0], grid)
    assert left_out("30代の大人が1回入るといくら？汐見市民ではありません。") == ["汐見市民"]


def test_a_note_of_other_months_a_total_for_a_month_and_a_thing_applied_for() -> None:
    note = "北野ヶ丘店はショッピングプラザの休館日（2025年11月12日・2026年2月18日）を除く営業日の売上。"
    sheet = Passage(document_id="doc-1", title="店舗別月次売上（2025年度）", filename="sales.xlsx", page=None, score=0.5, text=note, order=1, context=note)
    shown = Sentence(passage=1, text=note, score=1.0, coverage=0.8, similarity=0.9)
    assert says_only_what_was(shown, Prepared("2026年4月の北野ヶ丘店の売上はどうでしたか？", "ja", [sheet], None, sentences=[shown]))
    assert not says_only_what_was(shown, Prepared("2026年2月の北野ヶ丘店の売上はどうでしたか？", "ja", [sheet], None, sentences=[shown]))
    total = "月: 合計 | 店舗 駅前本店: 174,724 | 店舗 北野ヶ丘店: 102,102"
    table = Passage(document_id="doc-1", title="店舗別月次売上（2025年度）", filename="sales.xlsx", page=None, score=0.5, text=total, order=1, context=total)
    row = Sentence(passage=1, text=total, score=1.0, coverage=0.8, similarity=0.9)
    assert not row_names_the_subject(row, Prepared("2026年4月の北野ヶ丘店の売上は？", "ja", [table], None, sentences=[row]))
    assert row_names_the_subject(row, Prepared("北野ヶ丘店の年間の売上の合計は？", "ja", [table], None, sentences=[row]))
    desk = "ケータリング・ご注文センター：中央製造工場1階／電話0563-00-7810／受付9:00〜17:00（日曜定休）"
    assert not names_the_subject("中央製造工場の見学を申し込むにはどこに連絡すればいい？", desk)
    assert names_the_subject("中央製造工場のケータリングを申し込むにはどこに連絡すればいい？", desk)


def test_a_years_sales_asks_the_total_row() -> None:
    months = "\n".join(f"月: {month}月 | 店舗 駅前本店: {14000 + month} | 店舗 川辺通り店: {5000 + month}" for month in range(4, 10))
    total = "月: 合計 | 店舗 駅前本店: 174,724 | 店舗 川辺通り店: 72,128"
    shown = [Passage(document_id="d", title="店舗別月次売上（2025年度）", filename="s.xlsx", page=None, score=0.5, text=months, order=1)]
    sentences = [Sentence(passage=1, text=line, score=1.0 - 0.01 * index, coverage=0.4, similarity=0.8) for index, line in enumerate(months.splitlines())]
    rest = [Passage(document_id="d", title="店舗別月次売上（2025年度）", filename="s.xlsx", page=None, score=0.0, text=total, order=2)]
    chosen, _ = with_the_total_row("川辺通り店の2025年度の年間売上はいくら？", sentences, shown, lambda found: rest)
    assert chosen[0].text == total
    assert with_the_total_row("川辺通り店の2025年9月の売上は？", sentences, shown, lambda found: rest)[0] == sentences
    assert with_the_total_row("年間パスポートの料金は？", sentences, shown, lambda found: rest)[0] == sentences
