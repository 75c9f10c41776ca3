"""The words a document writes for the everyday ones an employee asks with (rag/quoting.py:
the search, the choice of sentences and the subject checks read both)."""

from __future__ import annotations

# What a document writes for a word an employee asks with: 半年 is 「6か月」 in a rule book,
# 残業 is 時間外労働, ボーナス is 賞与, 休み is 休暇 or 休業. Keyed by Sudachi's normalised form.
WRITTEN_AS = {
    "半年": ("6か月", "6ヶ月", "6カ月", "六か月", "六ヶ月"),
    "残業": ("時間外労働", "時間外勤務", "時間外"),
    "ボーナス": ("賞与",),
    "休み": ("休暇", "休業", "休日"),
    "給料": ("給与", "賃金"),
    "祝い金": ("祝金",),
    "値上げ": ("改定", "引き上げ", "引上げ"),
    "値下げ": ("改定", "引き下げ", "引下げ"),
    "ミス": ("誤り", "誤", "間違い"),
    "子供": ("子",),
    "有給": ("年次有給休暇", "有給休暇", "年休"),
    "締め切り": ("締切", "期限"),
    "パソコン": ("PC",),
    "スマホ": ("スマートフォン",),
    "Wi-Fi": ("無線LAN", "無線ネットワーク"),
    # The short forms employees say for what a rule book writes out.
    "育休": ("育児休業",),
    "産後パパ育休": ("出生時育児休業",),
    "産休": ("産前産後休業", "産前休業", "産後休業"),
    "時短": ("短時間勤務",),
    "有休": ("年次有給休暇", "有給休暇"),
    "インフル": ("インフルエンザ",),
    "交通費": ("通勤手当", "旅費"),
    "ホテル代": ("宿泊料", "宿泊費"),
    "宿泊費": ("宿泊料",),
    "宿泊料": ("宿泊費",),
}

# The same for a verb: 「何時に終わる？」 is 終業 in a 勤務区分 table.
WRITTEN_FOR_VERBS = {"終わる": ("終業",), "始まる": ("始業",)}
