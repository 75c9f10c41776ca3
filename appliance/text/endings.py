"""Words of one kind end alike: 中央エリア and 臨海エリア, 北町店 and 南町店, 春期講習 and 冬期講習."""

from __future__ import annotations


def common_ending(one: str, other: str) -> str:
    """What two words end with alike: 「エリア」 of 中央エリア and 臨海エリア, 「店」 of 北町店 and 南町店."""
    length = 0
    while length < min(len(one), len(other)) and one[-1 - length] == other[-1 - length]:
        length += 1
    return one[len(one) - length:]
