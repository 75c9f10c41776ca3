"""Rules found in session 30 on the questions over the corpora read then (holdout34's salon price
list; the thirty-seventh and thirty-eighth held-out corpora, an aquarium and zoo park and a bakery
and café chain, measured blind in session 29), each in general form and tried here on other
documents: lengths, weights and volumes a price list is banded by (「髪の長さ: 30cm以上45cm未満」,
「100g未満」)."""

from __future__ import annotations

from rag.bands import band_cell, holds_the_stated, stated_quantity

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
