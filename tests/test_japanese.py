"""Japanese normalisation, tokenisation and sparse vectors (appliance.text.japanese)."""

from __future__ import annotations

import threading

from appliance.text.japanese import (
    clean_layout_text,
    garbled_share,
    join_wrapped_lines,
    mojibake_share,
    normalize,
    remove_spaces_between_cjk,
    sparse_document_vector,
    sparse_query_vector,
    term_index,
    tokenize,
)


def test_it_folds_full_width_latin_and_digits() -> None:
    assert normalize("ＡＢＣ１２３") == normalize("ABC123") == "abc123"
    assert tokenize("ＡＢＣ１２３") == tokenize("ABC123")


def test_it_folds_half_width_katakana_with_voiced_marks() -> None:
    assert normalize("ｶﾀｶﾅ") == "カタカナ"
    assert normalize("ｻｰﾊﾞｰ") == "サーバー"
    assert tokenize("ｶﾀｶﾅで書く") == tokenize("カタカナで書く")


def test_it_turns_hyphens_and_single_bars_after_katakana_into_long_vowels() -> None:
    for variant in ("サ－バ－", "サ-バ-", "サ‐バ‐", "サ−バ−", "サ―バ―", "サ—バ—"):
        assert normalize(variant) == "サーバー", variant


def test_it_keeps_real_hyphens_and_japanese_dashes() -> None:
    # Model numbers and labels: a hyphen before Latin/digits is a hyphen.
    assert normalize("データ-1") == "データ-1"
    assert normalize("タイプ-A") == "タイプ-a"
    # A doubled bar is the Japanese dash punctuation, not two long vowels.
    assert normalize("アイデア――それは") == "アイデア――それは"
    # After kanji/hiragana nothing is touched.
    assert normalize("東京―大阪") == "東京―大阪"


def test_it_unifies_wave_dashes_without_touching_paths() -> None:
    # '～' is what CP932 round trips make of '〜'; '~' between digits is a typed range.
    assert normalize("10～20時") == normalize("10〜20時") == normalize("10~20時") == "10〜20時"
    assert normalize("~/config") == "~/config"


def test_it_collapses_whitespace_but_keeps_paragraph_breaks() -> None:
    assert normalize("  有給\u3000\u3000休暇\t申請 ") == "有給 休暇 申請"
    assert normalize("一行目 \n\n\n\n 二行目") == "一行目\n\n二行目"


def test_it_gives_okurigana_variants_the_same_token() -> None:
    tokens = {tuple(tokenize(f"{variant}をする")) for variant in ("申し込み", "申込み", "申込")}
    assert tokens == {("申し込み",)}


def test_it_unifies_spelling_variants_that_sudachi_normalises() -> None:
    assert tokenize("附属病院") == tokenize("付属病院")
    # SudachiDict maps the long-vowel-less spelling onto the standard one.
    assert tokenize("サーバ") == tokenize("サーバー") == ["サーバー"]
    assert tokenize("コンピュータ") == tokenize("コンピューター")


def test_it_drops_particles_auxiliaries_and_punctuation() -> None:
    assert tokenize("東京に行きました。") == ["東京", "行く"]
    assert tokenize("これは何ですか？") == []


def test_it_lowercases_english_and_keeps_numbers() -> None:
    assert tokenize("Linux LINUX linux") == ["linux", "linux", "linux"]
    assert tokenize("Python 3.11で動く") == ["python", "3.11", "動く"]
    assert tokenize("１，０００円") == ["1000", "円"]


def test_it_adds_parts_of_compound_nouns() -> None:
    assert tokenize("有給休暇") == ["有給休暇", "有給", "休暇"]


def test_it_rejoins_a_word_broken_by_a_pdf_line_wrap() -> None:
    assert tokenize("有給休\n暇") == tokenize("有給休暇")
    # ...but not two katakana list lines, which Sudachi would fuse into one unknown word.
    assert tokenize("サーバー\nネットワーク") == ["サーバー", "ネットワーク"]


def test_it_tokenizes_text_longer_than_sudachis_input_limit() -> None:
    text = "有給休暇を取得する。" * 6_000  # 60k characters, ~180 kB of UTF-8
    assert tokenize(text).count("有給休暇") == 6_000


def test_term_indices_are_stable_31_bit_integers() -> None:
    # A fixed value: a re-index in another process or release must hit the same index.
    assert term_index("有給休暇") == term_index("有給休暇")
    assert 0 <= term_index("有給休暇") < 2**31
    assert term_index("") == 0


def test_sparse_vectors_are_deterministic_and_well_formed() -> None:
    text = "従業員は有給休暇を取得できる。有給休暇の申請は申込書で行う。"
    indices, values = sparse_document_vector(text)
    assert (indices, values) == sparse_document_vector(text)
    assert indices == sorted(set(indices))
    assert len(indices) == len(values)
    assert all(value > 0 for value in values)


def test_document_weights_saturate_with_term_frequency() -> None:
    once = dict(zip(*sparse_document_vector("休暇"), strict=True))
    thrice = dict(zip(*sparse_document_vector("休暇 休暇 休暇"), strict=True))
    index = term_index("休暇")
    # More occurrences weigh more, but far less than proportionally (BM25 k1 saturation).
    assert once[index] < thrice[index] < 3 * once[index]


def test_query_and_document_share_terms() -> None:
    query_indices, query_values = sparse_query_vector("有給休暇")
    document_indices, _ = sparse_document_vector("社員は有給休暇を取得する")
    assert set(query_values) == {1.0}
    assert term_index("有給休暇") in set(query_indices) & set(document_indices)
    # A query naming only a part of the compound still matches it.
    assert term_index("休暇") in set(sparse_query_vector("休暇")[0]) & set(document_indices)


def test_tokenize_is_safe_to_call_from_many_threads() -> None:
    expected = tokenize("国民健康保険料の支払い方法について")
    results: list[list[str]] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(50):
                results.append(tokenize("国民健康保険料の支払い方法について"))
        except BaseException as error:  # surfaced by the assert below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert results == [expected] * 200


# Layout clean-up (PDF text layers, OCR): the parser's tests cover it end to end.


def test_layout_joining_removes_only_margin_wraps() -> None:
    page = "就業規則\n有給休暇は年間二十日とし、申請\nは五日前までに行うこと。\n\n\n\n第二条"
    # The long line reached the margin: its break goes. The short heading keeps its own.
    assert join_wrapped_lines(page) == "就業規則\n有給休暇は年間二十日とし、申請は五日前までに行うこと。\n\n第二条"


def test_layout_joining_measures_each_line_as_the_page_set_it_and_no_tables_rows() -> None:
    row = "区分 | 正社員: 年間二十日、五日前までに申請 | 契約社員: 年間十日、三日前までに申請"
    # A paragraph's short last line: the next paragraph is no wrap of it. A table's rows,
    # wider than the text, do not make the text's lines look short.
    paragraphs = "有給休暇は年間二十日とし、申請\nは五日前までに行う。\n特別休暇は結婚のとき五日とし、申\n請は一月前までに行う。"
    page = f"{paragraphs}\n{row}\n{row}\n{row}"
    assert join_wrapped_lines(page).splitlines() == [
        "有給休暇は年間二十日とし、申請は五日前までに行う。",
        "特別休暇は結婚のとき五日とし、申請は一月前までに行う。",
        row, row, row,
    ]
    assert join_wrapped_lines(f"{row}\n{row}") == f"{row}\n{row}"


def test_term_joining_removes_every_break_inside_a_word_but_not_between_katakana() -> None:
    assert join_wrapped_lines("見出し\n有給休\n暇", margin_only=False) == "見出し有給休暇"
    assert join_wrapped_lines("サーバー\nネットワーク", margin_only=False) == "サーバー\nネットワーク"
    assert join_wrapped_lines("終わり。\n次", margin_only=False) == "終わり。\n次"


def test_layout_spaces_and_kangxi_radicals_are_cleaned_but_latin_spaces_stay() -> None:
    assert remove_spaces_between_cjk("年間 20 日 と する open source") == "年間20日とする open source"
    assert clean_layout_text("\u2f47本 の 規則\r\n") == "日本の規則"


def test_broken_text_layers_are_measured() -> None:
    assert mojibake_share("有給休暇".encode().decode("cp1252", errors="replace")) > 0.5
    assert mojibake_share("有給休暇") == 0.0
    assert garbled_share("\ue000\ue001本文") == 0.5
