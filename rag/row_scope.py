"""Which year, sheet, group and key a table's row is of (rag/table_rows.py): a row of one month
(「月: 5月」) of a year's table and the month (or the year and month) a question asks for; a sheet of a
workbook that lists what its sheets count; a group a sentence defines by its members (学校団体 for
「小学校の遠足」); whom an age band is for (大人 of 「18歳以上64歳以下」); a band row under a key the
question leaves unsaid, in a table of keys by bands."""

from __future__ import annotations

import re
import unicodedata

from rag.bands import band_cell, holds_the_stated

# A row of one month or quarter (月: 2月), and a question that asks for one.
# A month asked as a time (「2027年1月の」, 「8月は」), not 「月額」 or 「毎月」.
A_MONTH_ASKED = re.compile(r"(?:(?:19|20)\d{2}年)?(?<![\d毎])(\d{1,2})月(?=の|は|に|って|分)")
PART_OF_A_YEAR = re.compile(r"\d{1,2}月(?:度|分)?|第?[1-4１-４]四半期|[1-4]Q|上期|下期|上半期|下半期")
PART_ASKED = re.compile(r"\d{1,2}月|四半期|[1-4]Q|上期|下期|上半期|下半期|毎月|月別|月ごと|何月|いつ|月平均|ひと月|1か月")

YEAR_MONTH = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月")  # 「2026年4月」: a year and a month


def another_years_month(label: str, question: str, around: str = "") -> bool:
    """Whether the question asks for the label's month of another year: the 2027年3月 row for
    「2026年3月」; or, where the label is a bare month (「5月」) of a table of one year its title or
    headings name (「…_2026年度」, a year from April: 5月 is 2026年5月, 2月 2027年2月), the 5月 row for
    「2027年5月」."""
    folded = unicodedata.normalize("NFKC", label).strip()
    dated = YEAR_MONTH.fullmatch(folded)
    asked = YEAR_MONTH.findall(unicodedata.normalize("NFKC", question))
    written = set(re.findall(r"((?:19|20)\d{2})年(度?)", unicodedata.normalize("NFKC", around)))
    years = {year for year in written if year[1]} or written  # (「2026年度：2026年4月〜2027年3月」: its 年度)
    if dated is None and (bare := re.fullmatch(r"(\d{1,2})月", folded)) and len(years) == 1:
        year, fiscal = years.pop()
        month = int(bare.group(1))
        return any(int(asked_month) == month and int(asked_year) != int(year) + (1 if fiscal and month < 4 else 0) for asked_year, asked_month in asked)
    return dated is not None and any(year != dated.group(1) and month == dated.group(2) for year, month in asked)


def of_another_sheet(question: str, heading: str, row: str) -> bool:
    """Whether the workbook's title lists what its sheets count (「来院患者数・自費診療収入（2026年度）」)
    and the question asks for one of them that the row's own sheet heading and cells do not write,
    where they write another of them: that sheet is another's."""
    lines = unicodedata.normalize("NFKC", heading).splitlines()
    listed = re.search(r"[\u4e00-\u9fffァ-ヶー]{2,}(?:・[\u4e00-\u9fffァ-ヶー]{2,})+", lines[0]) if len(lines) > 1 else None
    if listed is None:
        return False
    own = "\n".join([*lines[1:], unicodedata.normalize("NFKC", row)])
    asked = [part for part in listed.group().split("・") if part in question]
    return bool(asked) and not any(part in own for part in asked) and any(part in own for part in listed.group().split("・") if part not in asked)


# A sentence that says which things make up a row's group: 「学校団体は、小学校、中学校、…の教育活動として
# 入館する団体です」 (the group, then its members in a list).
_DEFINED = re.compile(r"(?:^|[。\n])[・\s]*([\u4e00-\u9fffァ-ヶー]{2,12})(?:と)?は、([^。]{4,200}?)(?:団体|者|方|もの|施設|車両|区分)(?:です|とします|とする|をいいます|をいう|を指します)")


def of_a_group_defined_otherwise(question: str, label: str, text: str) -> bool:
    """Whether a sentence of the text defines a group (学校団体) by members the question names
    (「小学校の遠足で」) and the row's label is another group of the same kind (一般団体): that row
    is not the asker's, whichever band it shares."""
    folded, label = unicodedata.normalize("NFKC", question), unicodedata.normalize("NFKC", label)
    for match in _DEFINED.finditer(unicodedata.normalize("NFKC", text)):
        group, members = match.group(1), match.group(2)
        if group in folded or group in label or label in folded or group[-2:] not in label:
            continue
        named = [member for member in re.split(r"、|・|,|及び|又は|並びに", members) if len(member) >= 2 and re.fullmatch(r"[\u4e00-\u9fffァ-ヶー]+", member)]
        if any(re.search(rf"(?<![\u4e00-\u9fffァ-ヶー]){re.escape(member)}", folded) for member in named):
            return True
    return False


# Who an age band is for, in the words an asker says (「大人（18歳以上64歳以下）」, 「70歳の母」 of the 65歳以上 row).
AGE_GROUPS = frozenset({"大人", "おとな", "子ども", "子供", "こども", "小人", "高齢者", "シニア", "幼児", "乳幼児", "成人", "年配"})


def named_by_its_age_band(question: str, row: str) -> bool:
    """Whether the row's band is of ages and the question names it (「18歳以上64歳以下」) or states an
    age it holds: the age says who, whatever the question calls them (大人, シニア)."""
    cell = band_cell(row)
    return cell is not None and "歳" in cell[1] and (unicodedata.normalize("NFKC", cell[1]) in unicodedata.normalize("NFKC", question) or holds_the_stated(question, *cell))


def without_age_groups(question: str, row: str, asked: str) -> str:
    """The question without the words for who an age band is for, where the row's band is the ages
    `asked` (the question as the user wrote it) names or states."""
    if not named_by_its_age_band(asked, row):
        return question
    return re.sub("|".join(sorted(AGE_GROUPS, key=len, reverse=True)), "", question)


def _shares_a_word(question: str, label: str) -> bool:
    if any(note in unicodedata.normalize("NFKC", question) for note in re.findall(r"[（(]([^（）()]{2,})[）)]", unicodedata.normalize("NFKC", label))):
        return True  # 「1回入ると」 names 「入館料（1回）」 by its note
    runs = re.findall(r"[\u4e00-\u9fffァ-ヶー]{2,}", re.sub(r"[（(][^（）()]*[）)]", "", unicodedata.normalize("NFKC", label)))
    return any(run[at : at + 2] in question for run in runs for at in range(len(run) - 1))


def keyed_alike_by_another(question: str, row: str, others: list[str]) -> bool:
    """Whether the row is the band the question's quantity is held by, under a key the question
    does not name (券種: 年間パスポート), while another row the passages show of the table is banded the
    same way under another key it does not name either (券種: 入館料（1回））: which is asked is not said."""
    cell = band_cell(row)
    cells = [part.partition(": ") for part in row.split(" | ")]
    if cell is None or not cells[0][1] or cells[0][0] == cell[0] or not holds_the_stated(question, *cell) or _shares_a_word(question, cells[0][2]):
        return False
    columns = [column for column, _, _ in cells]
    # Each key's bands, over the table's rows the passages show: a grid of keys by bands (each 券種 at
    # every age), not one key per band (区分: 小口 for 0m³から20m³まで), leaves the key unsaid.
    bands: dict[str, set[str]] = {}
    for other in [row, *others]:
        parts = [part.partition(": ") for part in other.split(" | ")]
        if [column for column, _, _ in parts] == columns and (found := band_cell(other)) is not None and found[0] == cell[0]:
            bands.setdefault(parts[0][2], set()).add(found[1])
    own = bands.get(cells[0][2], set())
    return any(key != cells[0][2] and not _shares_a_word(question, key) and (cell[1] in held or len(own) > 1) for key, held in bands.items())
