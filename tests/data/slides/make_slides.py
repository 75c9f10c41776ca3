"""Write the five presentation-style documents of the slides corpus (tests/data/slides/README.md).

Three decks stay PPTX; two are exported to PDF the way a presenter would, by LibreOffice
(`soffice --headless --convert-to pdf`), so their text is laid out by a real slide renderer.
Every company, product and person here is invented. The slides are dense with look-alike
figures on purpose (ours beside a competitor's, this quarter beside last year's, the target
beside the result): those neighbours are what a wrong answer copies.

    .venv/bin/python tests/data/slides/make_slides.py
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from pptx import Presentation
from pptx.util import Emu, Inches

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.data.corpus_tools import export_pdf, pptx_fill  # noqa: E402

TITLE_LAYOUT, CONTENT_LAYOUT, TITLE_ONLY_LAYOUT = 0, 1, 5


@dataclass
class Slide:
    title: str
    bullets: list[str] = field(default_factory=list)
    table: list[list[str]] | None = None
    notes: str = ""  # speaker notes: kept in a PPTX, dropped by a PDF export as in real life
    footnote: str = ""  # small print at the foot of the slide


@dataclass
class Deck:
    filename: str  # without the extension
    title: str
    subtitle: str
    slides: list[Slide]
    export_pdf: bool = False


# 1. A company's own small LLM, launched against a bigger competitor.
KAEDE = Deck(
    filename="カエデ製品発表会",
    title="小型言語モデル「カエデ」製品発表会",
    subtitle="北辰データワークス株式会社　製品企画部\n2026年4月22日",
    slides=[
        Slide("本日のアジェンダ", [
            "1. 会社概要", "2. カエデとは", "3. 競合モデルとの比較", "4. 価格とプラン", "5. 提供スケジュール", "6. お問い合わせ",
        ]),
        Slide("会社概要", table=[
            ["項目", "内容"],
            ["社名", "北辰データワークス株式会社"],
            ["設立", "2009年7月"],
            ["本社", "札幌市中央区"],
            ["従業員数", "412名（2026年3月末）"],
            ["資本金", "3億2,000万円"],
            ["事業内容", "業務システム開発、AI製品の開発・販売"],
        ], notes="設立から17年目の節目の年に自社開発のモデルを出せることになりました。"),
        Slide("カエデとは", [
            "社内文書の検索・要約・問い合わせ対応に特化した日本語の小型言語モデル",
            "オンプレミス環境で動作し、データを社外に出さない",
            "GPU 1枚（メモリ8GB）で動作、CPUのみの構成にも対応",
            "対応文書形式：PDF、Word、Excel、PowerPoint など12種類",
            "2026年6月 提供開始",
        ]),
        Slide("競合モデルとの比較", table=[
            ["項目", "カエデ（当社）", "ミズチ-XL（他社）"],
            ["パラメータ数", "30億", "700億"],
            ["平均応答時間", "0.8秒", "2.4秒"],
            ["必要なGPUメモリ", "8GB", "160GB"],
            ["日本語QA正答率", "78.5%", "81.2%"],
            ["対応文書形式", "12種類", "7種類"],
            ["オンプレミス対応", "○", "×（クラウドのみ）"],
        ], notes="正答率は当社社内ベンチマーク（社内規程QA 1,200問）による。他社の数値は公開情報に基づく当社測定値。"),
        Slide("カエデを選ぶ理由", [
            "推論コストはミズチ-XLの約10分の1",
            "消費電力は約5分の1、ラックスペースは約4分の1",
            "正答率の差は2.7ポイントにとどまる",
            "社内規程・マニュアルの追加学習にも対応（最短3日）",
        ]),
        Slide("価格とプラン", table=[
            ["プラン", "月額料金", "利用ユーザー数", "サポート"],
            ["ライト", "月額18万円", "50名まで", "メール"],
            ["スタンダード", "月額48万円", "300名まで", "メール・電話"],
            ["エンタープライズ", "月額120万円", "無制限", "専任担当"],
        ], notes="初期導入費は全プラン共通で150万円。年間契約の場合は月額料金から15%割引。"),
        Slide("提供スケジュール", [
            "2025年11月〜2026年3月：ベータ版提供（参加企業 23社）",
            "2026年6月：カエデ 正式提供開始",
            "2026年10月：英語対応版を提供予定",
            "2027年3月：上位モデル「カエデ-Pro」（パラメータ数130億）を提供予定",
        ]),
        Slide("お問い合わせ", [
            "北辰データワークス株式会社 製品企画部",
            "メール：kaede-sales@hokushin-dw.example",
            "電話：011-555-0142（平日 9:30〜17:30）",
        ]),
    ],
)

# 2. A quarterly results deck, exported to PDF.
HARUKAZE = Deck(
    filename="ハルカゼ工業_第3四半期決算説明資料",
    title="2026年3月期 第3四半期 決算説明資料",
    subtitle="株式会社ハルカゼ工業\n2026年2月6日",
    export_pdf=True,
    slides=[
        Slide("第3四半期累計 業績ハイライト", table=[
            ["", "2025年3月期 第3四半期累計", "2026年3月期 第3四半期累計", "前年同期比"],
            ["売上高", "1,209億円", "1,284億円", "+6.2%"],
            ["営業利益", "86億円", "96億円", "+11.6%"],
            ["経常利益", "93億円", "101億円", "+8.6%"],
            ["親会社株主に帰属する四半期純利益", "70億円", "68億円", "-2.9%"],
        ], footnote="累計期間は2025年4月1日から2025年12月31日まで。純利益の減少は前年の固定資産売却益の反動による。"),
        Slide("四半期別の推移", table=[
            ["", "売上高", "営業利益", "営業利益率"],
            ["2025年3月期 第3四半期（前年同期）", "418億円", "29億円", "6.9%"],
            ["2026年3月期 第1四半期（4〜6月）", "402億円", "27億円", "6.7%"],
            ["2026年3月期 第2四半期（7〜9月）", "431億円", "33億円", "7.7%"],
            ["2026年3月期 第3四半期（10〜12月）", "451億円", "36億円", "8.0%"],
        ]),
        Slide("セグメント別の状況（第3四半期累計）", table=[
            ["セグメント", "売上高", "営業利益", "前年同期比（売上高）"],
            ["産業機器", "612億円", "58億円", "+8.1%"],
            ["電子部品", "438億円", "31億円", "+5.3%"],
            ["サービス", "234億円", "7億円", "+3.1%"],
            ["合計", "1,284億円", "96億円", "+6.2%"],
        ], footnote="産業機器は半導体製造装置向けの需要が回復。電子部品は車載向けが堅調。"),
        Slide("通期業績予想の修正", table=[
            ["", "前回予想（2025年5月公表）", "今回予想", "増減"],
            ["売上高", "1,720億円", "1,720億円", "据え置き"],
            ["営業利益", "120億円", "128億円", "+8億円"],
            ["経常利益", "126億円", "134億円", "+8億円"],
            ["当期純利益", "88億円", "91億円", "+3億円"],
        ]),
        Slide("株主還元", [
            "年間配当予想：1株あたり48円（中間24円、期末24円）",
            "前期の年間配当は1株あたり42円",
            "配当性向の目標：35%以上",
        ]),
        Slide("設備投資・研究開発（第3四半期累計）", table=[
            ["", "2025年3月期 第3四半期累計", "2026年3月期 第3四半期累計"],
            ["設備投資額", "78億円", "85億円"],
            ["減価償却費", "58億円", "61億円"],
            ["研究開発費", "49億円", "52億円"],
        ]),
        Slide("将来見通しに関する注意事項", [
            "本資料に記載の業績予想は、現時点で入手可能な情報に基づき当社が判断したものです。",
            "実際の業績は、様々な要因により予想と異なる可能性があります。",
        ]),
    ],
)

# 3. A new HR system rollout.
TSUNAGU = Deck(
    filename="新人事システム導入説明会",
    title="新人事システム「ツナグ」導入のご案内",
    subtitle="株式会社ミナモ商事　人事部・情報システム部\n2026年5月",
    slides=[
        Slide("導入の目的", [
            "紙とExcelで行っている勤怠・給与・評価の手続きを一つのシステムにまとめる",
            "申請・承認の処理時間を月あたり約1,200時間削減",
            "紙の申請書を年間約18万枚削減",
            "スマートフォンからの利用は今後対応を検討",
        ]),
        Slide("導入スケジュール", table=[
            ["フェーズ", "対象業務", "期間", "対象拠点", "利用者数"],
            ["フェーズ1", "勤怠管理", "2026年7月1日〜2026年9月30日", "本社", "850名"],
            ["フェーズ2", "給与明細・年末調整", "2026年10月1日〜2026年12月25日", "本社・関西支社", "1,420名"],
            ["フェーズ3", "人事評価・目標管理", "2027年1月12日〜2027年3月31日", "全拠点", "2,360名"],
        ], notes="フェーズ3では九州営業所と物流センターが加わる。"),
        Slide("旧システムからの切り替え", [
            "旧勤怠システムへの入力は2026年6月30日まで",
            "過去5年分の人事データを2027年2月中に移行",
            "旧人事システムは2027年4月30日に停止",
            "停止後の過去データ照会は人事部へ依頼",
        ]),
        Slide("説明会・研修", table=[
            ["対象", "内容", "日程", "所要時間"],
            ["管理職", "承認操作の説明会（定員各回120名）", "2026年6月15日・16日", "90分"],
            ["全社員", "eラーニング（受講期限 6月26日）", "2026年6月1日から受講可", "約40分"],
            ["人事担当者", "管理者向け操作研修", "2026年6月8日", "3時間"],
        ]),
        Slide("サポート窓口", [
            "ツナグ ヘルプデスク：内線 4410",
            "受付時間：平日 9:00〜18:00",
            "導入月（各フェーズの最初の1か月）は 8:00〜20:00 に延長",
            "メール：tsunagu-help@minamo.example",
            "よくある質問はチャットボットで24時間受付",
        ], notes="関西支社の問い合わせも同じ内線で受け付ける。外線からは 06-5555-0199。"),
        Slide("費用", table=[
            ["項目", "金額"],
            ["初期費用（設定・データ移行を含む）", "3,800万円"],
            ["年間保守費", "620万円"],
            ["研修・教材作成費", "240万円"],
        ]),
        Slide("各拠点の推進担当", [
            "本社：人事部 佐藤",
            "関西支社：総務課 田中",
            "九州営業所：管理課 山口",
            "物流センター：業務課 小林",
        ]),
    ],
)

# 4. A factory's half-year quality and safety report.
ASAGI = Deck(
    filename="第二工場_品質安全報告",
    title="2026年度上期 品質・安全報告　第二工場（浜松）",
    subtitle="株式会社アサギ精工　品質保証部・安全衛生委員会\n2026年10月15日",
    slides=[
        Slide("品質指標の推移", table=[
            ["指標", "2025年度上期", "2026年度上期", "目標"],
            ["工程内不良率", "0.82%", "0.47%", "0.50%以下"],
            ["出荷後不良（ppm）", "35ppm", "21ppm", "20ppm以下"],
            ["顧客クレーム件数", "14件", "9件", "8件以下"],
            ["手直し件数", "126件", "88件", "―"],
        ], notes="出荷後不良とクレーム件数は目標に届かなかった。"),
        Slide("不良の内訳（2026年度上期）", [
            "寸法不良：41%",
            "打痕・キズ：27%",
            "溶接不良：18%",
            "その他：14%",
            "寸法不良の多くはNC旋盤3号機の刃具摩耗によるもの",
        ]),
        Slide("安全指標", table=[
            ["指標", "2025年度上期", "2026年度上期"],
            ["休業災害", "3件", "1件"],
            ["不休災害", "6件", "4件"],
            ["ヒヤリハット報告", "245件", "312件"],
            ["安全パトロール実施回数", "24回", "26回"],
        ], notes="無災害連続日数は186日（2026年9月30日時点）。"),
        Slide("設備の点検・校正の間隔", table=[
            ["設備", "点検・校正", "間隔"],
            ["プレス機", "始業前点検", "毎日"],
            ["天井クレーン", "月例点検／年次自主検査", "1か月ごと／12か月ごと"],
            ["フォークリフト", "特定自主検査", "1年ごと"],
            ["三次元測定機", "校正", "12か月ごと"],
            ["ノギス・マイクロメータ", "校正", "6か月ごと"],
            ["金型", "摩耗・割れの点検", "3万ショットごと"],
            ["局所排気装置", "定期自主検査", "1年以内ごとに1回"],
        ]),
        Slide("下期の対策", [
            "画像検査装置を3台導入（投資額 2,400万円、12月稼働）",
            "最終検査の検査員を4名増員",
            "NC旋盤の刃具交換を加工数2,000個ごとに変更（現行 3,000個ごと）",
            "第一工場で効果のあったヒヤリハット掲示板を水平展開",
        ]),
    ],
)

# 5. A data-center migration plan, exported to PDF.
TSUBAME = Deck(
    filename="データセンター移行計画",
    title="基幹システム データセンター移行計画",
    subtitle="ツバメ物流株式会社　情報システム部\n2026年9月 経営会議資料",
    export_pdf=True,
    slides=[
        Slide("移行の背景", [
            "現行の東京第1データセンター（2012年開設）は2027年6月で契約満了",
            "機器の老朽化と電力コストの上昇",
            "サーバの仮想化を進め、台数と運用費を減らす",
        ]),
        Slide("現行と移行先の比較", table=[
            ["項目", "現行（東京第1DC）", "移行先（さいたま新DC）"],
            ["ラック数", "42ラック", "28ラック"],
            ["受電容量", "180kVA", "240kVA"],
            ["PUE", "1.9", "1.35"],
            ["回線", "1Gbps×2", "10Gbps×2"],
            ["耐震", "耐震構造", "免震構造"],
        ]),
        Slide("システム規模", table=[
            ["項目", "移行前", "移行後"],
            ["物理サーバ", "310台", "64台"],
            ["仮想マシン", "520台", "820台"],
            ["ストレージ容量", "1.2PB", "2.0PB"],
        ], footnote="仮想マシンが増えるのは、物理サーバで動いていたシステムを仮想マシンへ載せ替えるため。"),
        Slide("移行スケジュール", table=[
            ["段階", "対象", "作業日"],
            ["第1波", "開発・検証環境", "2026年11月14日〜15日"],
            ["第2波", "社内システム（メール・ファイルサーバ・人事）", "2027年1月16日〜17日"],
            ["第3波", "基幹システム（倉庫管理・配車）", "2027年3月20日〜22日"],
            ["旧DC撤去", "機器撤去・データ消去", "2027年4月〜5月"],
            ["旧DC解約", "契約終了", "2027年6月30日"],
        ], footnote="第3波は3連休に実施し、システム停止は最大36時間を見込む。"),
        Slide("移行費用（総額 4億6,000万円）", table=[
            ["内訳", "金額"],
            ["機器購入", "2億1,000万円"],
            ["移行作業委託", "1億8,000万円"],
            ["回線工事", "4,000万円"],
            ["予備費", "3,000万円"],
        ]),
        Slide("運用費の見通し", [
            "年間運用費：現行 3億2,000万円 → 移行後 2億5,000万円",
            "年間 7,000万円の削減",
            "移行費用は約6年半で回収する見込み",
        ]),
        Slide("障害対策の目標", [
            "目標復旧時間（RTO）：4時間",
            "目標復旧時点（RPO）：15分",
            "バックアップは大阪のクラウド環境へ毎日転送",
        ]),
    ],
)

DECKS = [KAEDE, HARUKAZE, TSUNAGU, ASAGI, TSUBAME]


def build_pptx(deck: Deck, path: Path) -> None:
    presentation = Presentation()
    presentation.slide_width, presentation.slide_height = Inches(13.333), Inches(7.5)
    width = presentation.slide_width
    cover = presentation.slides.add_slide(presentation.slide_layouts[TITLE_LAYOUT])
    cover.shapes.title.width = Emu(width - Inches(1.0))
    cover.shapes.title.left = Inches(0.5)
    pptx_fill(cover.shapes.title.text_frame, [deck.title], 36)
    cover.placeholders[1].width = Emu(width - Inches(1.0))
    cover.placeholders[1].left = Inches(0.5)
    pptx_fill(cover.placeholders[1].text_frame, deck.subtitle.split("\n"), 20)
    for spec in deck.slides:
        layout = TITLE_ONLY_LAYOUT if spec.table else CONTENT_LAYOUT
        slide = presentation.slides.add_slide(presentation.slide_layouts[layout])
        slide.shapes.title.left, slide.shapes.title.top = Inches(0.5), Inches(0.3)
        slide.shapes.title.width, slide.shapes.title.height = Emu(width - Inches(1.0)), Inches(1.0)
        pptx_fill(slide.shapes.title.text_frame, [spec.title], 30)
        if spec.bullets:
            body = slide.placeholders[1]
            body.left, body.top, body.width, body.height = Inches(0.7), Inches(1.5), Emu(width - Inches(1.4)), Inches(5.5)
            pptx_fill(body.text_frame, spec.bullets, 20)
        if spec.table:
            rows, columns = len(spec.table), len(spec.table[0])
            shape = slide.shapes.add_table(rows, columns, Inches(0.5), Inches(1.5), Emu(width - Inches(1.0)), Inches(0.5) * rows)
            for row_index, row in enumerate(spec.table):
                for column_index, value in enumerate(row):
                    cell = shape.table.cell(row_index, column_index)
                    pptx_fill(cell.text_frame, [value], 16 if columns < 5 else 14)
        if spec.footnote:
            box = slide.shapes.add_textbox(Inches(0.5), Inches(6.6), Emu(width - Inches(1.0)), Inches(0.6))
            box.text_frame.word_wrap = True
            pptx_fill(box.text_frame, [f"※{spec.footnote}"], 12)
        if spec.notes:
            pptx_fill(slide.notes_slide.notes_text_frame, [spec.notes], 12)
    presentation.save(str(path))


def main() -> None:
    for deck in DECKS:
        if deck.export_pdf:
            with tempfile.TemporaryDirectory() as scratch:
                source = Path(scratch) / f"{deck.filename}.pptx"
                build_pptx(deck, source)
                written = export_pdf(source, HERE)
        else:
            written = HERE / f"{deck.filename}.pptx"
            build_pptx(deck, written)
        print(f"{written.name}: {written.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
