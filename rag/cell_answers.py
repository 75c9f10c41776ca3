"""Which cell of a table row answers: a row holding several values of the asked kind (this
year's and last year's, before and after a change, the plan and the outcome, the start and the
end) gives the one the question asks for (rag/answer_checks.py chooses the sentence)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from appliance.text.japanese import TABLE_CELL_SEPARATOR, nouns, tokenize
from rag.asked import ASKS_FROM, ASKS_UNTIL, EXCLUDES, FORMERLY, asked_kinds, claim_fits, left_out, with_column_unit
from rag.bands import holds_the_stated, holds_the_stated_quantity, within_the_columns_band
from rag.citations import comparable
from rag.claims import Claim, extract_claims, is_supported
from rag.english_answers import asks_earlier_in_english, keyword_cell, kinds_of_it_only
from rag.quoting import Sentence, named_cells, passage_heading, question_terms, subject_terms, with_written_forms
from rag.row_keys import names_key
from rag.table_rows import NAMES_A_PERIOD, named_better_elsewhere
from rag.unbanded import unbanded

if TYPE_CHECKING:
    from rag.answer_checks import Prepared


def visible(sentence: Sentence) -> str:
    # A table row is selected with its header ("header / row"); the row alone is what it says.
    return sentence.text.split(" / ")[-1]


# Now asked (「今は」, 「現行の」): today's value, not the coming one.
ASKS_NOW = re.compile(r"現行|現状|現在|今の|今は|今って|いま")


def asks_an_earlier_time(prepared: Prepared) -> bool:
    asked = prepared.asked and (_ASKS_AN_EARLIER_PERIOD.search(prepared.asked) or FORMERLY.match(prepared.asked))  # (English: "before the revision")
    return bool(_ASKS_AN_EARLIER_PERIOD.search(prepared.question) or asked or prepared.language != "ja" and asks_earlier_in_english(prepared.question))


# A whole year asked; a column of part of one.
_WHOLE_YEAR = re.compile(r"年間|通期|通年|1年分")
_HALF_YEAR = re.compile(r"上期|下期|上半期|下半期|四半期|[1-4]Q\b|first half|second half|quarter", re.IGNORECASE)
_PART_OF_YEAR = re.compile(r"上期|下期|上半期|下半期|四半期|[1-4]Q|[1-9１-９]月")
# The earlier period a question may ask about beside this one's figures.
_EARLIER_PERIODS = ("前年同期", "前年度", "前年", "前期", "昨年", "去年", "前回", "一昨年")
# The same asked of a sentence, with the month's (「前年同月に何件」, 「先月は」) and the time
# before a change (「変更される前は何日」: the 14日 notice line names no time, the 90日 one does).
_ASKS_AN_EARLIER_PERIOD = re.compile("|".join((*_EARLIER_PERIODS, "前年同月", "先月", "前月", r"(?:変更|改定|改正|改訂|延長|短縮|見直し|修正|訂正|値上げ|値下げ|引き上げ|引き下げ|増額|減額)(?:され[るた]|の)?前",
    r"変わ(?:る|った)前", r"(?:料金|価格|値段|単価|運賃|家賃|手当|給料|給与|賃金|税率|税)が(?:上が|下が)(?:る|った)前", r"前の版|旧版|以前の版|(?:今|これ)まで(?:は|の|だと|って)")))


# Words that say what kind of value is asked (電話番号 of 「夜間責任者の電話番号」), not which column.
_KIND_WORDS = frozenset({"電話", "電話番号", "番号", "連絡先", "メール", "アドレス", "金額", "額", "値段", "価格", "費用", "料金", "代金", "日付", "時刻"})
_RELATIVE_TIMES = frozenset({"年度", "前年", "昨年", "去年", "翌年", "来年", "前年度", "翌年度", "今年度", "次年度", "前期", "当期", "前月", "翌月", "先月", "来月"})
_CHANGE_WORD = re.compile(r"改定|改訂|改正|変更|見直し|訂正|修正")
# 「次の月は？」, 「その1年前は？」: the time moves, the column asked stays the question's; so for 「1級は？」.
_NUMBERED_ROW = re.compile(r"\d+(?:級|号|型|種)")
_ONLY_A_SHIFT = re.compile(r"(?:その|この)?(?:[次前]の月|\d{1,2}(?:年|か月|ヶ月|カ月)[前後]|[先前来翌]月)(?:は|だと|なら|の場合は)?[?？。]?")


def _writes_number(number: str, column: str) -> bool:
    return re.search(rf"(?<![\d.,]){re.escape(number)}", column) is not None  # 1月 is not in 11月


# How much something grew or fell (「何トン増えましたか」, 「増加数は」), and the column that says it.
_ASKS_A_CHANGE = re.compile(r"(?:何|どれ(?:くらい|ぐらい|だけ)|いくら)[^。？?、]{0,8}(?:増え|減っ|増加|減少)|(?:増加|減少|増減)(?:量|数|幅|額)?(?:は|って)")
_CHANGE_COLUMN = re.compile(r"増減|増加|減少|前年度?差|^差")
_NUMBER_WITH_UNIT = re.compile(r"\d+(?:年度|年|か月|ヶ月|月|日|回目|回|期|号|次)")


_A_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_A_RATE = re.compile(r"(?<![\d０-９])[週月年]\d+(?:日|回|時間|コマ)")


def cell_answer(claims: Sequence[Claim], holding: Sentence, prepared: Prepared) -> str | None:
    """_cell_answer, and "" where the cell's column is dated to another year than the one the
    question asks (「入居率（2027年3月末）」 for 「2026年3月末の入居率」: that month's is not here), or
    written for another rate (「週1日勤務の嘱託職員」: the 「週2日」 column is another's)."""
    cell = _cell_answer(claims, holding, prepared)
    column, question = unicodedata.normalize("NFKC", (cell or "").rpartition(": ")[0]), unicodedata.normalize("NFKC", prepared.question)
    for pattern in (_A_YEAR, _A_RATE):
        written, asked = set(pattern.findall(column)), set(pattern.findall(question))
        if written and asked and not written & asked:
            return ""
    # 「上期の売上高目標」 of a row of the year's targets where no half of the year is written (its
    # 売上高: the whole year's), in the row or its passage: that half's target is not here.
    half = _HALF_YEAR.search(question)
    around = [f"{shown.title}\n{passage_heading(shown)}\n{shown.text}" for shown in prepared.passages[holding.passage - 1 : holding.passage]]
    if half and TABLE_CELL_SEPARATOR in visible(holding) and not _HALF_YEAR.search(unicodedata.normalize("NFKC", "\n".join([*around, holding.text]))):
        return ""
    return cell


def _a_share_of_a_price(claim: Claim, asked: frozenset[str], cell: str) -> bool:
    """「鑑賞料金の50%」 for 「手数料はどれだけ」: a rate of a price is how much."""
    return claim.kind == "percent" and "円" in asked and claim_fits(claim, asked, cell)


def _cell_answer(claims: Sequence[Claim], holding: Sentence, prepared: Prepared) -> str | None:
    """A table row holding several values of the asked kind (ours and the competitor's)
    answers with the one cell the question names, with its column (「カエデ（当社）: 30億」):
    the 0.5B model often copies the neighbouring column's figure. The model's own cell where
    the question names none in particular. None for any other sentence, or when the question
    names a column the model did not take and another one as much; "" when it names two
    columns by different words. An English question's column is the one its Japanese keywords
    name (さいたま新DC, not 東京)."""
    if prepared.language == "en" and ((keyword := keyword_cell(prepared.question, prepared.keywords, holding, passage_heading(prepared.passages[holding.passage - 1]))) or kinds_of_it_only(prepared.keywords, holding)):
        return keyword or ""  # (no cell where the row's columns are only kinds of the thing asked)
    cells = named_cells(visible(holding))
    asked = asked_kinds(prepared.question)
    candidates = [
        (column, value) for column, value in cells
        if column and (found := extract_claims(united := with_column_unit(column, value))) and (not asked or any(claim_fits(claim, asked) or _a_share_of_a_price(claim, asked, united) for claim in found)) and not holds_the_stated(prepared.question, column, value)
        # A cell the question writes names the row (「第2地区」 of 「第2地区の検針は何件」), it is no answer.
        and not re.search(rf"(?<![\d,.]){re.escape(comparable(value))}(?![\d,.])", comparable(prepared.asked or prepared.question))
    ]
    # Columns that are bands (「所要時間 5時間以上7時間未満 改定後」): those of the band that holds the
    # quantity stated (「6時間半くらい」), none where no band holds it (「2時間だけ」).
    if (in_the_band := within_the_columns_band(prepared.question, candidates)) is not None:
        if len(in_the_band) == 1:
            return f"{in_the_band[0][0]}: {in_the_band[0][1]}"
        if not in_the_band:
            return ""
        candidates = in_the_band
    # Nor a column the question leaves out (「施設費とかは別で」: not 施設設備費, by its 施設; not 住宅手当 by the
    # 手当 of 通勤手当) while it names one it keeps (「懇親会費は別にかかる？」 leaves nothing out).
    asked_terms = question_terms(prepared.asked or prepared.question)  # what the user typed
    omitted = left_out(prepared.asked or prepared.question) if len(candidates) > 1 else []
    parts = {part for word in omitted for part in {word, *tokenize(word)[:-1]} if len(part) > 1}
    kept = [cell for cell in candidates if not any(part in cell[0] for part in parts)]
    rest = asked_terms - set(tokenize(" ".join([*omitted, *(value for _, value in cells)])))
    if omitted and kept != candidates and any(rest & set(tokenize(column)) for column, _ in kept):
        candidates = kept
        if len(candidates) == 1:
            return f"{candidates[0][0]}: {candidates[0][1]}"
    if candidates and re.search(r"割合|比率|率は|何割|パーセント|[%％]", prepared.question) and len(rates := [cell for cell in candidates if re.search(r"[%％率割]", cell[0] + cell[1])]) == 1:
        return f"{rates[0][0]}: {rates[0][1]}"  # 「定期の人の割合」: 定期比率（%）, not the うち定期 count beside it
    if candidates and _ASKS_A_CHANGE.search(prepared.question) and len(changes := [cell for cell in candidates if _CHANGE_COLUMN.search(cell[0])]) == 1:
        return f"{changes[0][0]}: {changes[0][1]}"  # 「2025年度から2026年度にかけて何トン増えた」: 増減（トン）, not either year's
    if len(candidates) < 2:  # the one cell of its kind, unless another row's column is the one asked (below)
        alone = candidates and prepared.language == "ja" and not holds_the_stated_quantity(prepared.question, holding) and named_better_elsewhere(candidates[0][0], visible(holding), question_terms(with_written_forms(prepared.question)), prepared.sentences)
        return "" if alone else None
    if _WHOLE_YEAR.search(prepared.question) and all(_PART_OF_YEAR.search(column) for column, _ in candidates):
        return ""  # 「年間予算」 asked, the row's 上期予算 is half of it
    figures = [claim for claim in claims if claim.kind != "name"]
    # With the words a document writes for its everyday ones (「終わる」: 終業).
    terms = question_terms(with_written_forms(prepared.question) if prepared.language == "ja" else prepared.search_query or prepared.question)
    # A follow-up's column is named by what the user typed (「前年同期は？」), never by the question
    # before it (「実際には？」 after 目標), unless it names only another row (「理工学部は？」).
    typed = {term for term in asked_terms if len(term) > 1 and not any(term in value for _, value in cells)} if prepared.asked else set()
    # (「その前の年度は？」 says a time the question it stands for has made a year of: that one's.)
    # (Nor one that names this row's own key and nothing else, 「しののめ学童クラブは？」: another row, the same column.)
    # (Nor one that only states another quantity, 「120kmなら？」: another band's row, the same column.)
    by_typed = bool(prepared.asked) and not _ONLY_A_SHIFT.fullmatch(prepared.asked.strip()) and bool(question_terms(unbanded(prepared.asked, visible(holding)))) and not (cells and len(cells[0][1]) > 1 and cells[0][1] in prepared.asked and not question_terms(prepared.asked.replace(cells[0][1], ""))) and not any(number in value for number in _NUMBERED_ROW.findall(prepared.asked) for _, value in cells) and (bool(typed - _RELATIVE_TIMES) or not typed and not any(len(value) > 1 and names_key(prepared.asked, value) for _, value in cells))
    # (With the words a document writes for the typed ones: 「ショートステイだと？」 names 食費（短期入所）.)
    terms = set(question_terms(with_written_forms(prepared.asked))) if by_typed and prepared.language == "ja" else set(asked_terms) if by_typed else terms
    # A word the row's own cells write names the row (研修 of 「研修名: 評価者研修」), not a column.
    terms -= set(tokenize(" ".join(value for _, value in cells))) | set(tokenize(" ".join(omitted)))
    # So does a word of the row's key column's name (両替 of 「両替する枚数: 301枚〜500枚」, beside the
    # 「窓口」 and 「両替機」 columns): the table's topic, which tells none of its columns apart.
    key_column = cells[0][0] if cells and cells[0] not in candidates else ""
    terms -= set(tokenize(key_column))
    # A number names a column with its unit, as written (「3月から」 is not the 「2027年2月まで」
    # column by its 月, nor by a 2 of 「2回目」); 2026年度 names 「2026年度 実績」.
    asked_text = prepared.asked if by_typed else prepared.question
    numbered = set(_NUMBER_WITH_UNIT.findall(with_written_forms(asked_text))) if prepared.language == "ja" else set()  # 新入生: 1年次
    terms = {term for term in terms if not term.isdigit() and not re.search(rf"\d{re.escape(term)}", asked_text)} if numbered else terms
    # A change asked about (「3月から…に変わったの？」, written 改定) names no column of its own: of
    # 改定前 and 現行, _by_the_change tells which time is meant.
    terms -= {term for term in terms if _CHANGE_WORD.fullmatch(term)} if not asks_an_earlier_time(prepared) else set()
    if not asked and in_the_band and (dated := _by_the_change(candidates, prepared)):
        return f"{dated[0]}: {dated[1]}"  # the band's columns, before and after a change: "After the April 2027 revision"
    if not asked:
        # No kind of value asked (「担当は誰？」): the one column the question names, else the model's.
        # The columns the question names most (「1月の売上」: 1月 売上, not 11月 売上).
        scores = {cell: len(terms & set(tokenize(cell[0]))) + sum(_writes_number(n, cell[0]) for n in numbered) for cell in cells if cell[0]}
        most = max(scores.values(), default=0)
        taken = [cell for cell, score in scores.items() if most and score == most] if prepared.language == "ja" else []
        if taken and all(comparable(value) in comparable(prepared.question) for _, value in taken):
            return ""  # 「白身魚フライの魚はどこ産？」: its 商品名 cell only says back what was asked
        taken = taken if len(taken) == 1 else [cell for cell in candidates if figures and all(is_supported(claim, [cell[1]]) for claim in figures)]
        return f"{taken[0][0]}: {taken[0][1]}" if len(taken) == 1 else None

    # And the question's nouns as it writes them, where Sudachi splits a column's name otherwise
    # (深夜 of 「深夜勤の手当」 in 「深夜勤 改定後」).
    written = {noun.surface for noun in nouns(asked_text) if len(noun.surface) >= 2} if prepared.language == "ja" else set()
    written -= {value for _, value in cells} | {word for word in written if key_column and word in key_column}
    # (Nor 年度 of 「2027年度の目標」: a number's unit names a column only with its number, above.)
    written -= {word for word in written if re.search(rf"\d{re.escape(word)}", asked_text)} if numbered else set()
    if re.search(r"年間(?:で|に|の合計|合計|を通して|トータル)", asked_text):
        terms, written = terms - {"年間"}, written - {"年間"}  # 「年間で合計何人」: the whole year's, no 年間パスポート column
    named = {column: frozenset(terms & set(tokenize(_RATE_UNIT.sub("", column))) | {word for word in written if word in column} | {n for n in numbered if _writes_number(n, column)}) for column, _ in candidates}
    for (before, _), (column, _) in zip(cells, cells[1:]):
        if _BEFORE_A_CHANGE.fullmatch(column) and column in named and before in named:  # 「運転間隔（改正後） | 改正前」: the interval's
            named[column] |= named[before] - {term for term in named[before] if _CHANGE_WORD.fullmatch(term) or "後" in term}
    best = max(len(named[column]) for column, _ in candidates)
    if not EXCLUDES.search(prepared.question) and any(
        len(terms & set(tokenize(column)) | {word for word in written if word in column}) > best for column, value in cells if column and not value.strip(" ―－-—")
    ):
        return ""  # the column asked for (硝酸態窒素等) is empty in this row: its neighbour's figure is no answer
    top = [cell for cell in candidates if len(named[cell[0]]) == best]
    years = [max((int(year) for year in re.findall(r"(?:19|20)\d{2}", column)), default=0) for column, _ in top]
    if len(top) > 1 and all(years) and years.count(max(years)) == 1 and not NAMES_A_PERIOD.search(prepared.question):
        # Periods the question does not tell apart (2025年3月期累計 | 2026年3月期累計): the
        # latest, as a reader takes 「累計の営業利益」 to mean this year's.
        top = [top[years.index(max(years))]]
    of_all = len(top) > 2 and _ASKS_ALL_OF_THEM.search(prepared.asked or prepared.question) and len(totals := [cell for cell in candidates if _TOTAL_COLUMN.search(cell[0])]) == 1
    if of_all:
        top = totals  # 「全教室で年間何人？」: the 合計 column, not the five 教室 ones its 教室 names
    shared = frozenset.intersection(*(named[column] for column, _ in candidates))
    if all(named[column] == shared for column, _ in top) and len([cell for cell in top if cell != cells[0]]) > 2 and prepared.language == "ja":
        # A question that names none of the row's columns (or only what all of them write, their
        # mg/L) means its total (「包装不良は何件」: 合計, 「総額」); without one, 「鉄の量は何mg/L？」 is in
        # none of the four mg/L columns, whichever the model's figure is from.
        totals = [cell for cell in top if _TOTAL_COLUMN.search(cell[0])]
        if len(totals) != 1:
            return ""
        top = totals
    if len(top) > 1 and prepared.asked and best:  # 「繁忙期だと？」: 繁忙期 大人 or 小学生? The question it stands for says 大人.
        whole = sorted(((len(question_terms(prepared.question) & set(tokenize(cell[0]))), cell) for cell in top), reverse=True)
        top = [whole[0][1]] if whole[0][0] > whole[1][0] else top
    if top and asks_an_earlier_time(prepared) and all(_AFTER_A_CHANGE.search(column) for column, _ in top) and len(before := [cell for cell in candidates if _BEFORE_A_CHANGE.search(cell[0]) or _TODAYS.search(cell[0])]) == 1:
        top = before  # 「変更前の今の勤務時間」: 現行, not 変更後（6月1日から） by its 変更
    if len(top) > 1 and not asks_an_earlier_time(prepared) and 0 < len(this := [cell for cell in top if not any(word in cell[0] for word in _EARLIER_PERIODS)]) < len(top):
        top = this  # 「合格者は何人？」: 合格者数（人）, not 前年合格者数（人） beside it
    if len(top) > 1 and (dated := _by_the_change(top, prepared) or _the_outcome(top, prepared) or _by_the_end(top, prepared)):
        top = [dated]  # 「準夜勤 改定前」 beside 「準夜勤 改定後」: today's, unless the earlier is asked
    if len(top) > 1 and (numbered_too := [cell for cell in top if any(_writes_number(n, cell[0]) for n in numbered)]) and len(numbered_too) < len(top):
        # 「12か月点検の料金」: 「法定12か月点検 改定後」, not 「車検基本料金（24か月点検整備）」 by its 料金; a
        # number the question writes with its unit tells the columns apart more than a word.
        top = numbered_too
    if len(top) > 1 and len(whole := [cell for cell in top if (qualifier := _QUALIFIER.search(cell[0])) and qualifier.group(1) in with_written_forms(asked_text)]) == 1:
        top = whole  # 「特養の食費」 (…入所者さん): 「食費（特養）」, whose bracket the question writes whole, not 「食費（短期入所）」 by its 入所
    if len({named[column] for column, _ in top}) > 1:
        # Two columns, each named by another part of the question (北上工場 and 前年同期（合計）):
        # the value asked for is in neither.
        return ""
    values = " ".join(value for _, value in cells)
    # (Nor a word the question writes only inside a longer one: 入所 of 入所者 names no 短期入所.)
    inside = {word for noun in nouns(asked_text) for word in tokenize(noun.surface) if word != noun.surface} - {noun.surface for noun in nouns(asked_text)} if prepared.language == "ja" else set()
    # (Nor a word of the table's own title, 「定期契約台数」: 契約 of 「学生定期の契約」 is the table's topic, not its 契約台数計 column.)
    headings = prepared.passages[holding.passage - 1].heading_path if 0 < holding.passage <= len(prepared.passages) else []
    topic = set(tokenize(headings[-1])) if headings else set()
    if len(top) == 1 and best and not of_all and any(
        word not in named[top[0][0]] and word not in values and word not in _KIND_WORDS and word not in inside and word not in topic and not _CHANGE_WORD.fullmatch(word)
        and (len(word) > 1 or not any(word in term for term in terms if len(term) > 1))  # not 生 of 新入生 in 留学生; 男 stands
        for column, _ in candidates[int(candidates[0] == cells[0]):] for word in named[column]
    ):
        # 「第3版のころの連泊清掃」: 第3版 names one column, 連泊 another; the table has no
        # column of both, and the one named most is not the one asked for.
        return ""
    taken = [cell for cell in top if figures and all(is_supported(claim, [cell[1]]) for claim in figures)]
    if figures and best and len(top) > 1 and not taken:
        return ""  # the columns the question names disagree, and the model's figure is in none of them
    chosen = taken[0] if taken else top[0] if len(top) == 1 else None
    periods = [word for word in _EARLIER_PERIODS if word in prepared.question]
    if chosen and periods and not any(word in chosen[0] for word in periods) and any(word in column for column, _ in cells for word in periods):
        # 「前年同期の売上高」 asked, the row's 前年同期 is only a rate (前年同期比: +5.3%): this
        # period's 売上高 is no answer, and the row holds none for the period asked.
        return ""
    if chosen and asks_an_earlier_time(prepared) and not _BEFORE_A_CHANGE.search(chosen[0]) and any(_BEFORE_A_CHANGE.search(column) for column, _ in cells):
        return ""  # 「改正の前の終電」: the row's 改正前 is its interval's; the 終電 of before is not there
    if chosen and prepared.language == "ja" and not holds_the_stated_quantity(prepared.question, holding) and named_better_elsewhere(chosen[0], visible(holding), terms | written, prepared.sentences):
        # 「宿泊の売上」: the 宴会 row's 売上 column, where another row's 宿泊売上 is named by both words
        # (not the band row the question's quantity keys: 「勤続3年半の正規職員」 is its 正規職員 column,
        # whatever the hires' table's 「付与する日数（正規職員）」 names).
        return ""
    return f"{chosen[0]}: {chosen[1]}" if chosen else None


# (Or by its dates: 「2027年4月から | 2027年3月まで」.)
_BEFORE_A_CHANGE = re.compile(r"(?:改定|改訂|改正|変更|見直し|訂正|修正)前|旧|\d月(?:\d{1,2}日)?まで$")
_AFTER_A_CHANGE = re.compile(r"(?:改定|改訂|改正|変更|見直し|訂正|修正)後|新|\d月(?:\d{1,2}日)?(?:から|以降)$")
# Today's rule is the later one beside what it replaced (現行 | 改定前) and the earlier one beside
# what replaces it (現行 | 新制度).
_TODAYS = re.compile(r"現行|現在")
# A column of a rule that replaces another (not 新規会員数, a count of new members).
_NEW_RULE = re.compile(r"(?:改定|改訂|改正|変更|見直し)後|新(?:制度|料金|単価|基準|規程|ルール|体制|方式)|新[（(]")
_ASKS_ALL_OF_THEM = re.compile(r"全(?!額|員|然)|合計|合わせ|トータル|総数|総計")
_TOTAL_COLUMN = re.compile(r"(?:計|総額|総数|全体|全社)(?:[（(].*)?$")
_QUALIFIER = re.compile(r"[（(]([^（）()]{2,})[）)]$")
_RATE_UNIT = re.compile(r"[（(][^）)]*[／/][^）)]*[）)]")  # 「（円／月）」 names no column: 「月に600m³使う」 is the usage's


def _by_the_change(cells: Sequence[tuple[str, str]], prepared: Prepared) -> tuple[str, str] | None:
    """Of two columns that differ by a change (改定前 | 改定後), the one after it, as a reader
    takes a question that names neither to mean the rule from now on; the one before where
    the question asks for the earlier value. None for any other columns."""
    after = [cell for cell in cells if _AFTER_A_CHANGE.search(cell[0])]
    before = [cell for cell in cells if _BEFORE_A_CHANGE.search(cell[0]) and cell not in after]
    todays = [cell for cell in cells if _TODAYS.search(cell[0]) and cell not in after + before]
    if len(todays) == 1 and len(cells) == 2 and ASKS_NOW.search(prepared.asked or prepared.question) and (before or any(_NEW_RULE.search(cell[0]) for cell in after)):
        return todays[0]  # 「今は何%引き？」
    if len(todays) == 1 and after and all(_NEW_RULE.search(cell[0]) for cell in after):
        before = before + todays
    elif len(todays) == 1 and not after and before:
        after = todays
    if len(after) != 1 or len(before) != 1 or len(cells) != 2:
        return None
    return before[0] if asks_an_earlier_time(prepared) or FORMERLY.match(prepared.asked) else after[0]


_ENDS = re.compile(r"閉店|終業|終了|終わり|締切|締め切り|まで|終")
_STARTS = re.compile(r"開店|始業|開始|始まり|から|始")


def _by_the_end(cells: Sequence[tuple[str, str]], prepared: Prepared) -> tuple[str, str] | None:
    """Of a start's column and its end's (12月31日 開店 | 12月31日 閉店), the end where the
    question asks until when (「何時まで開いてる？」), the start where it asks from when."""
    ends = [cell for cell in cells if _ENDS.search(cell[0])]
    starts = [cell for cell in cells if _STARTS.search(cell[0]) and cell not in ends]
    if len(ends) != 1 or len(starts) != 1 or len(cells) != 2:
        return None
    question = prepared.asked or prepared.question
    return ends[0] if ASKS_UNTIL.search(question) else starts[0] if ASKS_FROM.search(question) else None


_PLANNED = re.compile(r"予算|計画|目標|見込|予定|予測")
_ASKS_WHAT_HAPPENED = re.compile(r"ました|でした|だった|かかった|使った|[^な]かった|た[?？]|実際|実績")


def _the_outcome(cells: Sequence[tuple[str, str]], prepared: Prepared) -> tuple[str, str] | None:
    """Of a plan's column and its result's (上期 予算 | 上期 実績), the result, where the question
    asks what happened (「上期に外注費をいくら使いましたか」) and names no plan."""
    results = [cell for cell in cells if "実績" in cell[0]]
    plans = [cell for cell in cells if _PLANNED.search(cell[0]) and cell not in results]
    if len(results) != 1 or len(plans) + 1 != len(cells) or _PLANNED.search(prepared.question):
        return None
    return results[0] if _ASKS_WHAT_HAPPENED.search(prepared.question) else None


def outnamed_by_a_sibling_row(sentence: Sentence, sentences: Sequence[Sentence], question: str) -> bool:
    return outnaming_sibling(sentence, sentences, question) is not None


def outnaming_sibling(sentence: Sentence, sentences: Sequence[Sentence], question: str) -> Sentence | None:
    """Whether another shown row of the same table names the question's nouns this row names and
    more: 「役割: 品質管理責任者（温度管理） | 氏名: …」 for 「温度管理の責任者は誰？」, over the
    安全衛生管理責任者 row, which names 管理 and 責任者 but no 温度."""
    row = visible(sentence)
    # (And a step of a numbered list: 「60日目：館長名の督促状を送り…」 beside 「15日目：…電話で連絡する。」 for 「電話をかけるのは何日目？」.)
    shape = _step_shape(row)
    if TABLE_CELL_SEPARATOR not in row and shape is None:
        return None
    nouns = [noun.surface for noun in subject_terms(question)]
    own = {noun for noun in nouns if noun in row}
    if shape is not None and _ANOTHER_STEP.search(question):
        return None  # (「電話で連絡した次の段階は？」 asks the step after the one it names)
    columns = [column for column, _ in named_cells(row)]
    for shown in sentences:
        other = visible(shown)
        alike = _step_shape(other) == shape if shape is not None else [column for column, _ in named_cells(other)] == columns
        if shown is not sentence and alike and {noun for noun in nouns if noun in other} > own:
            return shown
    return None


_STEP = re.compile(r"[・･•\-*\s]*(?:\d+[.)．]\s*)?([^：:|]{0,8}\d+(?:日目|回目|か月目|ヶ月目|週目|年目|段階|ステップ|次))[：:]")
_ANOTHER_STEP = re.compile(r"次|後|前に|してから|その前|その後")


def _step_shape(line: str) -> str | None:
    """A numbered step's label with its number left out (「15日目：…」 → 「#日目」); None for other lines."""
    if TABLE_CELL_SEPARATOR in line or not (match := _STEP.match(line)):
        return None
    return re.sub(r"\d+", "#", match.group(1))
