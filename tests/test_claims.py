"""The claim checker (rag/claims.py): every figure, date and name of an answer must be in the
passages it cites. Pure functions: no database, no model."""

from __future__ import annotations

import time

import pytest

from rag.claims import Claim, extract_claims, is_supported, unsupported_claims


def texts(claims: list[Claim]) -> list[str]:
    return [claim.text for claim in claims]


def unsupported(answer: str, *sources: str) -> list[str]:
    return texts(unsupported_claims(answer, list(sources)))


# --- The failures that motivated the checker -------------------------------------------


def test_invented_amount_with_citation_is_unsupported() -> None:
    assert unsupported("参加費は100万円です。 [2]", "参加費は800円です。") == ["100万円"]


def test_wrong_amount_is_unsupported() -> None:
    assert unsupported("手数料は3,000円です [1]", "手数料は7,000円です。") == ["3,000円"]


def test_invented_fee_table_is_unsupported() -> None:
    faq = "よくある質問：試験の申し込みはウェブサイトから行えます。受験票は試験の1週間前に届きます。"
    result = unsupported("一級：1,000円 二級：1,500円 [1]", faq)
    assert "1,000円" in result and "1,500円" in result


def test_figure_is_matched_whole_never_as_digit_substring() -> None:
    assert unsupported("3日以内にご連絡します。", "返金手数料は3,000円です。") == ["3日"]
    assert unsupported("30日", "300日") == ["30日"]
    assert unsupported("5円", "50円") == ["5円"]
    assert unsupported("1,000円", "11,000円") == ["1,000円"]
    assert unsupported("2.5", "12.5と2.50の違い") == []  # 2.50 is the value 2.5
    assert unsupported("0.5", "5") == ["0.5"]


def test_no_claims_gives_nothing() -> None:
    assert extract_claims("申し込みはウェブサイトから行えます。詳しくは担当者にお問い合わせください。[1]") == []
    assert unsupported("こちらの資料には記載がありません。", "無関係な文書") == []


# --- Supported: the same fact written differently --------------------------------------


@pytest.mark.parametrize(
    ("answer", "source"),
    [
        ("5000円", "五千円"),
        ("5,000円", "5000円"),
        ("５，０００円", "5,000円"),  # 全角/半角
        ("¥5,000", "5000円"),
        ("5000円", "5千円"),
        ("四億二千万円", "420,000,000円"),
        ("1万5千円", "15,000円"),
        ("3.5万人", "35,000人"),
        ("100万円", "1,000,000円"),
        ("100万円", "百万円"),
        ("3営業日前", "三営業日前"),
        ("10日", "十日"),
        ("5名", "5人"),
        ("3日間", "3日"),
        ("2ヶ月", "二か月"),
        ("40%", "４０％"),
        ("5%", "5パーセント"),
        ("5パーセント", "5％"),
        ("3割", "30%"),
        ("30%", "3割"),
        ("3割5分", "35%"),
        ("〇円", "0円"),
        ("零円", "0円"),
    ],
)
def test_numbers_in_other_spellings_are_supported(answer: str, source: str) -> None:
    assert unsupported(answer, source) == [], (answer, source)


@pytest.mark.parametrize(
    ("answer", "source"),
    [
        ("令和6年4月1日", "2024年4月1日"),
        ("2024年4月1日", "令和6年4月1日"),
        ("2024年4月1日", "2024/4/1"),
        ("2024/04/01", "2024-04-01"),
        ("2024-04-01", "２０２４年４月１日"),
        ("令和元年5月1日", "2019年5月1日"),
        ("平成31年4月30日", "2019/4/30"),
        ("平成元年", "1989年"),
        ("2024年", "令和6年"),
        ("令和6年度", "2024年"),
        ("二〇二四年", "2024年"),
        ("2024年4月", "2024年4月1日"),
        ("4月1日", "2024年4月1日"),
        ("4月1日", "4月1日(月)"),
        ("4月1日", "2024/4/1"),
        ("4/1", "4月1日"),
        ("十一月十五日", "11月15日"),
        ("11月15日", "十一月十五日"),
        ("2024年4月1日", "4月1日に開始します（2024年度）"),  # the year stands elsewhere
        ("April 1, 2024", "2024年4月1日"),
        ("1 April 2024", "2024-04-01"),
        ("10日", "4月10日"),  # a day of the month vouches for "10日"
    ],
)
def test_dates_in_other_spellings_are_supported(answer: str, source: str) -> None:
    assert unsupported(answer, source) == [], (answer, source)


@pytest.mark.parametrize(
    ("answer", "source"),
    [
        ("午前9時", "9:00"),
        ("9時", "9:00"),
        ("9時", "午前9時"),
        ("午後3時", "15:00"),
        ("15時", "午後3時"),
        ("9時30分", "9:30"),
        ("9時半", "9:30"),
        ("九時", "9時"),
        ("9am", "9:00"),
        ("3 p.m.", "15時"),
        ("17:30", "17時30分"),
    ],
)
def test_times_in_other_spellings_are_supported(answer: str, source: str) -> None:
    assert unsupported(answer, source) == [], (answer, source)


# --- Unsupported: a different value, unit, date or time ----------------------------------


@pytest.mark.parametrize(
    ("answer", "source"),
    [
        ("100人", "100円"),  # same value, other unit
        ("3日", "3時間"),
        ("3年", "3ヶ月"),
        ("800万円", "800円"),
        ("40%", "4%"),
        ("3割", "3%"),
        ("令和6年4月1日", "2023年4月1日"),
        ("2024年4月1日", "2024年4月2日"),
        ("2024年4月1日", "4月1日"),  # the year is nowhere in the source
        ("4月1日", "5月1日"),
        ("令和5年", "2024年"),
        ("午後3時", "3:00"),
        ("午前9時", "21:00"),
        ("9時間", "9:00"),  # a duration is not a time of day
    ],
)
def test_different_facts_are_unsupported(answer: str, source: str) -> None:
    assert len(unsupported(answer, source)) == 1, (answer, source)


def test_unit_compatibility_only_when_both_sides_give_one() -> None:
    assert unsupported("100円", "料金: 100") == []  # bare in the source
    assert unsupported("全部で100です", "100円") == []  # bare in the answer
    assert unsupported("3 days", "3日") == []
    assert unsupported("The fee is 800 yen [1]", "参加費は800円") == []


# --- English answers ---------------------------------------------------------------------


def test_english_answer_with_matching_value() -> None:
    claims = extract_claims("The fee is 800 yen [1]")
    assert texts(claims) == ["800 yen"]
    assert is_supported(claims[0], ["参加費は800円"])


def test_english_answer_with_invented_count() -> None:
    assert unsupported("It has 2 parameters", "Qwen2.5-0.5B is a small model with 0.5B parameters.") == ["2"]


def test_capital_that_only_starts_an_english_sentence_is_not_a_name() -> None:
    assert texts(extract_claims("It is free. The office opens at 9am.")) == ["9am"]


# --- Not claims: citations, enumerators, ordinary words -----------------------------------


def test_citation_markers_are_not_claims() -> None:
    assert extract_claims("回答です [1] [1, 2] ［１］ 【1】 ［１，２］ [1-3]") == []


def test_list_enumerators_are_not_claims() -> None:
    answer = "1. 申込書を提出\n2) 支払い\n(3) 確認\n（4） 完了\n① 準備 ②実行\n・注意\n- 3. 参照"
    assert extract_claims(answer) == []


def test_enumerator_before_a_figure_keeps_the_figure() -> None:
    assert texts(extract_claims("1. 参加費は5,000円\n2. 1.5万円の場合")) == ["5,000円", "1.5万円"]


@pytest.mark.parametrize(
    "phrase",
    ["1つ", "一つ", "二つの方法", "一部", "一般", "一度", "同一", "第一", "唯一", "統一", "一番",
     "一通り", "十分です", "一時的に停止", "一時停止", "一人ひとり", "一人一人", "一日あたり", "万一", "一緒に",
     "千葉県", "九州", "三菱"],
)  # fmt: skip
def test_ordinary_words_with_numerals_are_not_claims(phrase: str) -> None:
    assert extract_claims(f"これは{phrase}の例です。") == [], phrase


def test_kanji_numerals_with_a_unit_are_claims() -> None:
    assert texts(extract_claims("参加者は三名、期間は三十分、費用は五千円。")) == ["三名", "三十分", "五千円"]


def test_digits_always_count() -> None:
    assert texts(extract_claims("第3条により、2回まで")) == ["3条", "2回"]


def test_digits_do_not_run_into_kanji_digits() -> None:
    assert [c.values for c in extract_claims("第2四半期の売上")] == [("2",)]


def test_circled_digits_read_alike_in_answer_and_source() -> None:
    assert unsupported("①6件", "①6件") == []  # the source's ① is not read as the digit 1 (16件)
    assert unsupported("6件", "①16件") == ["6件"]


def test_question_numbers_do_not_count() -> None:
    question = "5,000円の講座はありますか？"
    answer = "はい、5,000円の講座があります。[1]"
    assert unsupported(answer, "講座の一覧：初級 3,000円") == ["5,000円"]
    assert unsupported(answer, question, "講座の一覧：初級 3,000円") == []  # only if given as a source


# --- Names -------------------------------------------------------------------------------


def test_katakana_names() -> None:
    assert unsupported("ヤマダ電機で購入できます。[1]", "購入はヤマダ電機の店頭で。") == []
    assert unsupported("ヤマダ電機で購入できます。[1]", "購入はビックカメラの店頭で。") == ["ヤマダ"]
    assert unsupported("ヤマダで購入", "ﾔﾏﾀﾞで販売") == []  # half-width katakana
    assert unsupported("ジョン・スミス氏", "担当はジョン スミスです") == []


def test_common_katakana_words_are_not_names() -> None:
    assert extract_claims("パスワードを忘れた場合はメールでログインし、パスワードリセットしてください。") == []
    assert extract_claims("サーバーとサーバの違い") == []


def test_latin_names() -> None:
    assert texts(extract_claims("SSO と L-2031 と Qwen に対応")) == ["SSO", "L-2031", "Qwen"]
    assert unsupported("SSOに対応しています。", "本製品はSso連携を提供") == []  # case-insensitive
    assert unsupported("型番はL-2031です", "型番 L2031") == []  # hyphen ignored
    assert unsupported("型番はL-2031です", "型番 L-2032") == ["L-2031"]
    assert unsupported("Qwenは小型モデルです", "モデル: Qwen 2.5") == []
    assert unsupported("Llamaを使います", "モデル: Qwen") == ["Llama"]


def test_common_acronyms_and_kanji_words_are_not_names() -> None:
    assert extract_claims("PDFのURLをFAQで確認し、OKなら山田太郎さんに連絡") == []


def test_model_name_with_digits_is_one_name_not_numbers() -> None:
    claims = extract_claims("Qwen2.5-0.5Bを使用")
    assert texts(claims) == ["Qwen2.5-0.5B"] and claims[0].kind == "name"


# --- The Claim objects ---------------------------------------------------------------------


def test_claim_fields() -> None:
    answer = "料金は５，０００円、開始は令和6年4月1日、午前9時、割引は40%、窓口はヤマダ。[1]"
    claims = extract_claims(answer)
    assert [(c.text, c.kind, c.values) for c in claims] == [
        ("５，０００円", "number", ("5000",)),
        ("令和6年4月1日", "date", ("2024-04-01",)),
        ("午前9時", "date", ("T09:00",)),
        ("40%", "percent", ("40",)),
        ("ヤマダ", "name", ("ヤマダ",)),
    ]
    for claim in claims:
        assert answer[claim.start : claim.end] == claim.text


def test_offsets_survive_characters_that_fold_to_other_lengths() -> None:
    answer = "①手順：ｶﾞｲﾄﾞﾗｲﾝ参照、㈱の手数料は３，０００円"
    (claim,) = [c for c in extract_claims(answer) if c.kind == "number"]
    assert answer[claim.start : claim.end] == claim.text == "３，０００円"


def test_claim_is_frozen() -> None:
    claim = extract_claims("5000円")[0]
    with pytest.raises(AttributeError):
        claim.text = "x"  # type: ignore[misc]


def test_is_supported_with_several_or_no_sources() -> None:
    (claim,) = extract_claims("2,000円")
    assert is_supported(claim, ["無関係", "料金は2000円"])
    assert not is_supported(claim, [])
    assert unsupported("2,000円") == ["2,000円"]


def test_mixed_answer_reports_only_the_unsupported_claims_in_order() -> None:
    source = "受付は2024年4月1日から、9:00〜17:00。参加費は3,000円、定員は50名です。"
    answer = "受付は令和6年4月1日の午前9時から。参加費は5,000円 [1]、定員は50人、締切は4月10日です。"
    assert unsupported(answer, source) == ["5,000円", "4月10日"]


def test_long_inputs_stay_fast() -> None:
    answer = ("参加費は3,000円、期間は2024年4月1日から30日間、SSOとヤマダに対応。" * 20)[:1000]
    source = ("受付は2024年4月1日から。参加費3000円。期間は三十日間。SSO対応。ヤマダ電機。" * 100)[:5000]
    started = time.perf_counter()
    for i in range(10):  # a new source each time: no cache hit
        assert unsupported_claims(answer, [source + str(i)]) == []
    assert time.perf_counter() - started < 2.0
