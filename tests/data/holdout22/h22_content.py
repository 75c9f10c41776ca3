"""What the five documents of the twenty-second holdout corpus say: names, figures and texts
(tests/data/holdout22/README.md). How each document is laid out is in make_holdout22.py.

One fictional regional ferry and coastal shipping company, 株式会社しおかぜ海運 (head office at the
fictional 汐見港 in the fictional 汐見市), with four routes: three car-ferry routes from 汐見港
(大鳥航路 to 大鳥港 on 大鳥島, 椿島航路 to 椿港 on 椿島, 北浦航路 to 北浦港 on the 北浦半島) and one
passenger-only high-speed route between the islands (島間航路, 大鳥港〜椿港). Every name, address,
telephone number and figure is invented (e-mail domains end in `.example`).
"""

from __future__ import annotations

import datetime

COMPANY = "株式会社しおかぜ海運"
SHORT = "しおかぜ海運"
DOMAIN = "shiokaze-kaiun.example"
MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
ROUTES = ["大鳥航路", "椿島航路", "北浦航路", "島間航路"]
CAR_ROUTES = ["大鳥航路", "椿島航路", "北浦航路"]
ROUTE_SPANS = {"大鳥航路": "汐見港〜大鳥港", "椿島航路": "汐見港〜椿港", "北浦航路": "汐見港〜北浦港",
               "島間航路": "大鳥港〜椿港"}
RESERVATION_PHONE = "0285-00-3300"
SALES_PHONE = "0285-00-3310"
WEEKDAYS = "月火水木金土日"


def n(value: int) -> str:
    return f"{value:,}"


def change(value: int) -> str:
    """An increase as +N, a decrease as △N, the way Japanese business tables write them."""
    return f"+{value:,}" if value > 0 else (f"△{-value:,}" if value < 0 else "0")


def ratio(before: int, after: int) -> str:
    return f"{after / before * 100:.1f}"


def date(year: int, month: int, day: int, *, with_year: bool = True) -> str:
    """A date with its weekday in parentheses."""
    weekday = WEEKDAYS[datetime.date(year, month, day).weekday()]
    return f"{year}年{month}月{day}日（{weekday}）" if with_year else f"{month}月{day}日（{weekday}）"


# ---------------------------------------------------------------------------------------------
# 1. DOCX: the fare regulation (旅客・車両航送運賃規程), in force from 1 April 2027.

FARES_TITLE = "旅客・車両航送運賃規程（2027年4月1日改定）"

LENGTH_BANDS = ["3m未満", "3m以上4m未満", "4m以上5m未満", "5m以上6m未満", "6m以上7m未満", "7m以上8m未満",
                "8m以上9m未満", "9m以上10m未満", "10m以上12m未満"]
# Vehicle fares (片道・税込、円), per band: (改定後, 改定前) for each of CAR_ROUTES.
VEHICLE_FARES: dict[str, list[tuple[int, int]]] = {
    "大鳥航路": [(9800, 9100), (12400, 11600), (15600, 14500), (19300, 18000), (23100, 21500), (27500, 25600),
                (31200, 29000), (35000, 32600), (42100, 39200)],
    "椿島航路": [(7300, 6900), (9200, 8700), (11700, 11000), (14300, 13500), (17100, 16100), (20400, 19200),
                (23300, 22000), (25900, 24400), (31400, 29600)],
    "北浦航路": [(6100, 5800), (7800, 7400), (9700, 9000), (12000, 11300), (14100, 13300), (16900, 15900),
                (19100, 18100), (21700, 20500), (26100, 24600)],
}
_all_fares = [value for rows in VEHICLE_FARES.values() for pair in rows for value in pair]
assert len(_all_fares) == len(set(_all_fares)), "every vehicle fare differs from every other"

VEHICLE_TABLE_ROWS = [[band] + [n(VEHICLE_FARES[route][index][which]) for route in CAR_ROUTES for which in (0, 1)]
                      for index, band in enumerate(LENGTH_BANDS)]

# Two-wheelers and bicycles (改定後 only; the rider's fare is not included).
BIKE_TABLE = [
    ["区分", "大鳥航路", "椿島航路", "北浦航路"],
    ["自転車", "1,100", "800", "700"],
    ["原動機付自転車（排気量125cc以下）", "3,200", "2,500", "2,100"],
    ["自動二輪車（排気量125cc超750cc以下）", "4,600", "3,500", "2,900"],
    ["大型自動二輪車（排気量750cc超）", "5,700", "4,300", "3,600"],
]

# Passenger fares (片道・税込、円). 小児 is half the adult fare rounded up to ten yen.
PASSENGER_FARES = {  # route: (所要時間, 2等大人 改定後, 2等大人 改定前, 1等大人 改定後, 1等大人 改定前)
    "大鳥航路": ("1時間50分", 2350, 2200, 3650, 3400),
    "椿島航路": ("1時間10分", 1780, 1650, 2780, 2600),
    "北浦航路": ("55分", 1420, 1320, 2220, 2080),
    "島間航路": ("35分", 1560, 1450, None, None),
}


def _child(value: int) -> int:
    return -(-value // 20) * 10  # half, rounded up to ten yen


PASSENGER_TABLE = [["航路（区間）", "所要時間", "2等 大人", "2等 小児", "1等 大人", "1等 小児",
                    "改定前 2等 大人", "改定前 1等 大人"]] + [
    [f"{route}（{ROUTE_SPANS[route]}）", time, n(second), n(_child(second)),
     n(first) if first else "―", n(_child(first)) if first else "―", n(second_old),
     n(first_old) if first_old else "―"]
    for route, (time, second, second_old, first, first_old) in PASSENGER_FARES.items()
]

CANCEL_TABLE = [
    ["取消しの時期", "旅客運賃（乗船券1枚につき）", "車両航送運賃（1台につき）"],
    ["出航日の8日前まで", "200円", "500円"],
    ["出航日の7日前から前日まで", "運賃の10%（最低200円）", "運賃の20%（最低500円）"],
    ["出航日の当日（出航時刻まで）", "運賃の30%", "運賃の50%"],
    ["出航後", "払戻しなし", "払戻しなし"],
]

FARES_BODY: list[tuple[str, object]] = [
    ("right", f"制定 2009年4月1日　最終改定 2027年4月1日\n{COMPANY}"),
    ("h1", "第1条（目的及び適用範囲）"),
    ("p", f"この規程は、{COMPANY}（以下「当社」という。）が運航する次の航路の旅客運賃、車両航送運賃、割引、予約、"
          "払戻し及び支払方法を定める。大鳥航路（汐見港〜大鳥港）、椿島航路（汐見港〜椿港）及び北浦航路（汐見港〜北浦港）"
          "はカーフェリーで、旅客、車両、二輪車及び自転車を運送する。島間航路（大鳥港〜椿港）は高速旅客船の航路で、旅客"
          "のみを運送し、車両、二輪車及び自転車は運送しない。"),
    ("h1", "第2条（施行日及び経過措置）"),
    ("p", "この改定は、2027年4月1日（木）に乗船する便から適用する。2027年3月31日までに購入した乗船券は、乗船日が"
          "4月1日以降であっても改定前の運賃で有効とし、差額は収受しない。燃料油価格変動調整金は、改定後の運賃に含めて"
          "廃止した。"),
    ("h1", "第3条（旅客運賃）"),
    ("p", "旅客運賃（片道・税込）は次の表のとおりとする（単位：円）。島間航路は全席2等（自由席）で、1等はない。"),
    ("table", PASSENGER_TABLE),
    ("p", "小児は小学生をいい、小児運賃は大人運賃の半額（10円未満の端数は10円に切り上げ）とする。12歳以上の者は"
          "小学生であっても大人運賃とする。1歳以上の未就学児（幼児）は、大人又は小児1名につき1名まで無料とし、"
          "2人目からは小児運賃とする。1歳未満の乳児は無料とする。1等を利用するには、1等の乗船券が必要である。"),
    ("h1", "第4条（車両航送運賃）"),
    ("p", "車両（自動車）の航送運賃（片道・税込）は、車両の長さの区分により次の表のとおりとする（単位：円）。"),
    ("band_table", VEHICLE_TABLE_ROWS),
    ("p", "（注1）車両の長さは、自動車検査証に記載された長さ（全長）による。ルーフボックス、自転車キャリア等を取り付けて"
          "長さが増えるときは、取り付けた状態で測った長さによる。"),
    ("p", "（注2）長さが区分の境目ちょうどの車両は、上の区分とする。たとえば長さ4.00mの車両は「4m以上5m未満」、"
          "長さ5.00mの車両は「5m以上6m未満」の運賃とする。"),
    ("p", "（注3）車両航送運賃には、運転者1名の2等旅客運賃を含む。同乗者は、別に旅客運賃が必要である。運転者が1等を"
          "利用するときは、1等と2等の大人運賃の差額を支払う。"),
    ("p", "（注4）キャンピングトレーラー等を牽引する車両は、連結した状態の全長による。積荷が車体からはみ出すときは、"
          "はみ出した部分を含めた長さによる。"),
    ("h1", "第5条（二輪車及び自転車の航送運賃）"),
    ("p", "二輪車及び自転車の航送運賃（片道・税込）は次の表のとおりとする（単位：円）。二輪車及び自転車の航送運賃"
          "には、運転者の旅客運賃を含まない。側車付二輪自動車は、排気量に応じた二輪車の区分による。"),
    ("table", BIKE_TABLE),
    ("h1", "第6条（割引）"),
    ("p", "1. 往復割引：往路と復路の乗船券を同時に購入したときは、旅客運賃を10%、車両航送運賃を5%割り引く。"
          "復路の乗船券の有効期間は、往路の乗船日を含めて14日間とする。"),
    ("p", "2. 島民割引：大鳥島又は椿島に住民登録のある方は、乗船券の購入時に「しおかぜ島民カード」を提示すると、"
          "2等の旅客運賃を40%、本人又は同一世帯の家族が所有する長さ6m未満の自家用車の車両航送運賃を30%割り引く。"
          "島民カードは、大鳥港又は椿港の窓口で、住民票の写し（発行後3か月以内のもの）と顔写真1枚を提出して"
          "申請すれば、手数料無料で即日交付する。"),
    ("p", "3. 学生割引：中学生以上の学生・生徒は、学生証を提示すると2等の旅客運賃を20%割り引く。1等は対象外とする。"),
    ("p", "4. 障害者割引：身体障害者手帳、療育手帳又は精神障害者保健福祉手帳の提示により、本人及び介護者1名の旅客"
          "運賃を50%割り引く。本人が運転する長さ5m未満の乗用車の車両航送運賃は30%割り引く。"),
    ("p", "5. 団体割引：同一の便に乗船する15名以上の団体は旅客運賃を10%、50名以上の団体は15%割り引く。乗船日の"
          "7日前までに予約センターに申し込むこと。"),
    ("p", "6. 二つ以上の割引は重ねて適用しない。該当する割引のうち割引額の最も大きいものを一つ適用する。"),
    ("h1", "第7条（予約及び乗船手続き）"),
    ("p", "車両航送の予約は、乗船日の2か月前の同じ日の午前9時から受け付ける（同じ日がない月は、その月の末日から）。"
          "1等及び団体の旅客の予約は、乗船日の1か月前の同じ日の午前9時から受け付ける。2等の旅客は予約なしで乗船できる。"),
    ("p", f"予約は、予約センター（電話 {RESERVATION_PHONE}、受付 8:00〜19:00、年中無休）又は予約サイト「しおかぜ"
          "WEB予約」で受け付ける。"),
    ("p", "車両で乗船するときは、出航の40分前までに乗船港の窓口で乗船手続きを済ませること。旅客のみで乗船するときは、"
          "出航の10分前までに乗船券を購入すること。出航の40分前までに手続きのない車両の予約は取り消し、キャンセル待ちの"
          "車両を乗せることがある。"),
    ("h1", "第8条（払戻し及び変更）"),
    ("p", "乗船券の払戻し及び車両予約の取消しには、次の表の手数料を申し受ける。"),
    ("table", CANCEL_TABLE),
    ("p", "便の変更は、出航時刻の2時間前まで、1回に限り無料で受け付ける。2回目からの変更は取消し及び新たな購入とする。"
          "当社の都合又は気象・海象による欠航、及び2時間以上の遅延のときは、手数料なしで全額を払い戻す。"),
    ("p", "窓口で購入した乗船券は、汐見港、大鳥港、椿港又は北浦港のいずれかの窓口で払い戻す。「しおかぜWEB予約」で"
          "購入した乗船券は、同サイトの「予約確認・取消」画面で取り消し、代金は購入に使ったクレジットカードに返金する。"
          "払戻しの請求は、乗船日の翌日から起算して30日以内に限る。"),
    ("h1", "第9条（支払方法）"),
    ("p", "運賃は、現金、クレジットカード又は交通系電子マネーで支払うことができる。ただし、交通系電子マネーは旅客運賃"
          "に限り、車両航送運賃には使えない。"),
    ("h1", "第10条（問い合わせ先）"),
    ("p", f"予約、変更及び払戻しは予約センター（電話 {RESERVATION_PHONE}）、この規程の内容は営業部 営業企画課（電話 "
          f"{SALES_PHONE}、平日 9:00〜17:30、eigyo@{DOMAIN}）に問い合わせること。"),
]

# ---------------------------------------------------------------------------------------------
# 2. PDF: the transport report of fiscal 2026 (航路別輸送実績報告書).

REPORT_TITLE = f"{COMPANY} 2026年度 航路別輸送実績報告書"

# Passengers (旅客輸送人員), fiscal 2025 and 2026.
PASSENGERS = {"大鳥航路": (412386, 428951), "椿島航路": (236714, 229508), "北浦航路": (158932, 166247),
              "島間航路": (47815, 49362)}
PASSENGERS_2025 = sum(value[0] for value in PASSENGERS.values())
PASSENGERS_2026 = sum(value[1] for value in PASSENGERS.values())

# Vehicles carried (車両航送台数), fiscal 2025 and 2026, by route and class.
VEHICLE_CLASSES = ["乗用車", "トラック", "バス", "二輪車"]
VEHICLES: dict[str, list[tuple[int, int]]] = {
    "大鳥航路": [(38412, 39865), (12736, 13204), (1184, 1297), (2948, 3116)],
    "椿島航路": [(21653, 20987), (7418, 7562), (642, 701), (1873, 1925)],
    "北浦航路": [(16204, 17381), (9857, 10233), (415, 388), (1236, 1304)],
}
ROUTE_VEHICLES = {route: (sum(row[0] for row in rows), sum(row[1] for row in rows)) for route, rows in VEHICLES.items()}
CLASS_VEHICLES = [(sum(VEHICLES[route][index][0] for route in CAR_ROUTES),
                   sum(VEHICLES[route][index][1] for route in CAR_ROUTES)) for index in range(len(VEHICLE_CLASSES))]
VEHICLES_2025 = sum(value[0] for value in ROUTE_VEHICLES.values())
VEHICLES_2026 = sum(value[1] for value in ROUTE_VEHICLES.values())

# Sailings a day (both directions) and cancelled sailings of fiscal 2026, month by month.
DAILY_SAILINGS = {"大鳥航路": 10, "椿島航路": 6, "北浦航路": 12, "島間航路": 8}
PLANNED = {route: per_day * 365 for route, per_day in DAILY_SAILINGS.items()}
CANCELLED = {
    "大鳥航路": [3, 1, 4, 6, 9, 14, 7, 5, 11, 16, 13, 6],
    "椿島航路": [2, 0, 3, 5, 8, 12, 6, 4, 9, 13, 10, 4],
    "北浦航路": [4, 2, 5, 4, 7, 13, 6, 7, 15, 21, 18, 8],
    "島間航路": [6, 3, 7, 9, 12, 17, 10, 8, 14, 19, 16, 9],
}
CANCELLED_TOTAL = {route: sum(values) for route, values in CANCELLED.items()}
CANCEL_MONTH_TOTALS = [sum(CANCELLED[route][index] for route in ROUTES) for index in range(12)]
CAUSES = ["強風・波浪", "濃霧", "台風", "船舶の故障・整備", "その他"]
CANCEL_CAUSES = {
    "大鳥航路": [58, 9, 21, 5, 2],
    "椿島航路": [44, 12, 17, 2, 1],
    "北浦航路": [79, 6, 19, 4, 2],
    "島間航路": [86, 15, 23, 4, 2],
}
for _route in ROUTES:
    assert sum(CANCEL_CAUSES[_route]) == CANCELLED_TOTAL[_route]


def sailing_rate(route: str) -> str:
    return f"{(PLANNED[route] - CANCELLED_TOTAL[route]) / PLANNED[route] * 100:.1f}"


PLANNED_ALL = sum(PLANNED.values())
CANCELLED_ALL = sum(CANCELLED_TOTAL.values())
SAILING_RATE_ALL = f"{(PLANNED_ALL - CANCELLED_ALL) / PLANNED_ALL * 100:.1f}"

PASSENGER_REPORT_TABLE = [["航路", "区間", "2025年度（人）", "2026年度（人）", "増減（人）", "前年度比（%）"]] + [
    [route, ROUTE_SPANS[route], n(before), n(after), change(after - before), ratio(before, after)]
    for route, (before, after) in PASSENGERS.items()
] + [["合計", "", n(PASSENGERS_2025), n(PASSENGERS_2026), change(PASSENGERS_2026 - PASSENGERS_2025),
      ratio(PASSENGERS_2025, PASSENGERS_2026)]]

VEHICLE_HEADER = ["航路", "車種", "2025年度（台）", "2026年度（台）", "増減（台）", "前年度比（%）"]


def _vehicle_table() -> list[list[str]]:
    rows = [VEHICLE_HEADER]
    for route in CAR_ROUTES:
        for index, (name, (before, after)) in enumerate(zip(VEHICLE_CLASSES, VEHICLES[route])):
            rows.append([route if index == 0 else "", name, n(before), n(after), change(after - before),
                         ratio(before, after)])
        before, after = ROUTE_VEHICLES[route]
        rows.append(["", "小計", n(before), n(after), change(after - before), ratio(before, after)])
    for index, (name, (before, after)) in enumerate(zip(VEHICLE_CLASSES, CLASS_VEHICLES)):
        rows.append(["3航路計" if index == 0 else "", name, n(before), n(after), change(after - before),
                     ratio(before, after)])
    rows.append(["合計", "", n(VEHICLES_2025), n(VEHICLES_2026), change(VEHICLES_2026 - VEHICLES_2025),
                 ratio(VEHICLES_2025, VEHICLES_2026)])
    return rows


VEHICLE_REPORT_TABLE = _vehicle_table()

SAILING_TABLE = [["航路", "1日の計画便数（便）", "年間の計画便数（便）", "欠航便数（便）", "就航率（%）"]] + [
    [route, n(DAILY_SAILINGS[route]), n(PLANNED[route]), n(CANCELLED_TOTAL[route]), sailing_rate(route)]
    for route in ROUTES
] + [["合計", n(sum(DAILY_SAILINGS.values())), n(PLANNED_ALL), n(CANCELLED_ALL), SAILING_RATE_ALL]]


def report_blocks() -> list[tuple[str, object]]:
    return [
        ("p", "2027年5月28日　株式会社しおかぜ海運 経営企画部 企画課"),
        ("h1", "1. 概況"),
        ("p", "この報告書は、2026年度（2026年4月1日から2027年3月31日まで）の当社4航路の旅客輸送人員、車両航送台数及び"
              "運航状況をまとめたものである。当社は汐見港を拠点に、カーフェリー3航路（大鳥航路、椿島航路、北浦航路）と"
              "高速旅客船1航路（島間航路）を運航している。"),
        ("p", f"2026年度の旅客輸送人員は4航路の合計で{n(PASSENGERS_2026)}人となり、前年度の{n(PASSENGERS_2025)}人を"
              f"{n(PASSENGERS_2026 - PASSENGERS_2025)}人上回った（前年度比{ratio(PASSENGERS_2025, PASSENGERS_2026)}%）。"
              "大鳥島で開かれた「大鳥島国際トライアスロン大会」（2026年8月）と、北浦半島の観光施設の開業が旅客の増加に"
              "寄与した。一方、椿島航路は、島内の工場の縮小に伴う通勤客の減少で前年度を下回った。"),
        ("p", f"車両航送台数はカーフェリー3航路の合計で{n(VEHICLES_2026)}台（前年度{n(VEHICLES_2025)}台）であった。"
              f"欠航は4航路で{n(CANCELLED_ALL)}便、就航率は{SAILING_RATE_ALL}%で、欠航の多くは12月から2月の"
              "北西の季節風によるものであった。"),
        ("h1", "2. 航路別の旅客輸送人員"),
        ("p", "航路別の旅客輸送人員は次の表のとおりである（大人・小児の合計。無料の幼児・乳児は含まない。△は減少を"
              "表す）。"),
        ("table", PASSENGER_REPORT_TABLE),
        ("h1", "3. 航路別・車種別の車両航送台数"),
        ("p", "カーフェリー3航路の車種別の車両航送台数は次の表のとおりである。乗用車は軽自動車とキャンピングカーを含み、"
              "トラックは長さ6m以上の貨物車及び特種用途自動車、二輪車は自転車を含まない原動機付自転車及び自動二輪車の"
              "台数である。"),
        ("table", VEHICLE_REPORT_TABLE),
        ("p", "増減は2026年度から2025年度を引いた台数、前年度比は2025年度に対する2026年度の割合である（△は減少）。"
              "北浦航路では、北浦工業団地の物流拠点の稼働に伴いトラックが1万台を超えた。バスは、大鳥航路で島内観光の"
              "貸切バスが増えた一方、北浦航路では路線バスの航送が減った。椿島航路は、島内の"
              "工場の縮小に伴う通勤客の減少で、旅客・乗用車とも前年度を下回った。"),
        ("h1", "4. 運航状況"),
        ("p", "2026年度の航路別の計画便数、欠航便数及び就航率は次の表のとおりである。就航率は、年間の計画便数から"
              "欠航便数を引いた便数の計画便数に対する割合である。月別と理由別の欠航便数は、別添の「月別乗船者数・欠航"
              "便数（2026年度）」のとおりである。"),
        ("table", SAILING_TABLE),
        ("p", "島間航路は高速旅客船のため波高2.5mで運航を中止する基準としており、他の航路より就航率が低い。"
              "2026年9月の台風第14号の接近時には、4航路とも1日を通して全便を欠航とした。"),
        ("h1", "5. 2027年度に向けて"),
        ("p", "大鳥航路では、2027年7月1日に新造船「フェリーおおとり」が就航し、所要時間が1時間50分から1時間35分に"
              "短縮される。あわせて同日に運航ダイヤを改正する。新造船は車両の積載台数が増えるため、夏季の繁忙期の"
              "車両の積み残しの解消が見込まれる。"),
        ("h1", "6. 問い合わせ先"),
        ("p", f"この報告書についての問い合わせは、経営企画部 企画課（電話 0285-00-3120、kikaku@{DOMAIN}）まで。"),
    ]


# ---------------------------------------------------------------------------------------------
# 3. XLSX: passengers month by month and cancelled sailings (月別乗船者数・欠航便数).

FIGURES_TITLE = "月別乗船者数・欠航便数（2026年度）"
MONTHLY_PASSENGERS = {
    "大鳥航路": [32171, 42466, 27453, 42037, 63485, 33887, 34316, 29598, 30456, 29614, 25737, 37731],
    "椿島航路": [17672, 21115, 15377, 20885, 30754, 18820, 19049, 16525, 17443, 16754, 14689, 20425],
    "北浦航路": [12302, 16126, 11305, 15461, 22610, 13466, 12967, 12136, 12469, 12318, 10806, 14281],
    "島間航路": [3752, 4591, 3406, 4788, 6664, 4097, 3998, 3455, 3850, 3357, 3011, 4393],
}
for _route in ROUTES:
    assert sum(MONTHLY_PASSENGERS[_route]) == PASSENGERS[_route][1], _route
PASSENGER_MONTH_TOTALS = [sum(MONTHLY_PASSENGERS[route][index] for route in ROUTES) for index in range(12)]

FIGURES_NOTES = [
    "注記",
    "1. 2026年度は2026年4月1日〜2027年3月31日。表の1月〜3月は2027年の月。",
    "2. 乗船者数は、乗船した旅客（大人・小児）の人数。車両の運転者を含み、無料の幼児・乳児は含まない。",
    "3. 欠航便数は、運航を取りやめた便の数（片道1便を1便と数える）。途中で引き返した便を含む。",
    "4. 理由別の欠航便数は、主な理由一つで数える。",
    "5. 問い合わせ先：経営企画部 企画課（内線 312）",
]

# ---------------------------------------------------------------------------------------------
# 4. PPTX: the deck on the new ship and safety (新造船就航と安全運航の取り組み).

DECK_TITLE = "新造フェリー「フェリーおおとり」就航と2027年度の安全運航の取り組み"
DECK_COVER = ["全社安全会議 資料", f"{COMPANY} 海務部・安全統括管理者",
              f"{date(2027, 5, 21)} 汐見港旅客ターミナル3階 大会議室"]

OUTLINE_TITLE = "新造船の概要"
OUTLINE = [
    f"・就航日：{date(2027, 7, 1)}、大鳥航路の汐見港発 第1便から",
    "・建造：汐見ドック株式会社 本社工場（2025年11月起工、2027年2月進水、2027年5月31日引渡し予定）",
    "・代替する船：第三おおとり丸（1998年就航）。6月30日の大鳥港発 第5便を最後に引退",
    f"・就航記念式典：{date(2027, 6, 27, with_year=False)} 10:00〜 汐見港第2岸壁。船内の一般公開は同日13:00〜16:00（先着500人）",
    "・大鳥航路は2隻体制（フェリーおおとり、フェリーつばさ）で1日5往復を維持する",
]

COMPARE_TITLE = "新旧比較（フェリーおおとり／第三おおとり丸）"
COMPARE_TABLE = [
    ["項目", "フェリーおおとり（新造船）", "第三おおとり丸（現行船）"],
    ["総トン数", "1,980トン", "1,492トン"],
    ["全長", "89.5m", "76.2m"],
    ["旅客定員", "480人", "520人"],
    ["車両積載台数（乗用車換算）", "62台", "45台"],
    ["トラック（長さ12m）の積載台数", "16台", "10台"],
    ["航海速力", "17.5ノット", "15.0ノット"],
    ["汐見港〜大鳥港の所要時間", "1時間35分", "1時間50分"],
]
COMPARE_NOTE = ("旅客定員は、個室と車いすスペースを設けたため40人減る。夏季の繁忙期でも、これまでの実績では1便の"
                "最大乗船者数は412人で、定員の範囲に収まる。")
COMPARE_SPEAKER = ("車両積載台数の増加で、8月の車両の積み残し（2026年度は延べ137台）はほぼ解消できる見込み。"
                   "燃料消費量は、船体の大型化にもかかわらず1航海あたり約8%減る。")

EQUIPMENT_TITLE = "船内設備とバリアフリー"
EQUIPMENT = [
    "・エレベーター 1基（車両甲板から客室甲板まで）",
    "・車いすスペース 6か所、多目的トイレ 3か所、授乳室 1室",
    "・個室 8室（1室 定員4人）、1等ラウンジ 席数 36席",
    "・ペットルーム（ケージ 12区画）。ペットは車両内かペットルームで過ごしていただく",
    "・客室の全席に電源コンセント、公衆無線LANは汐見港から5海里まで利用可",
]

SAFETY_TITLE = "2027年度の安全目標と訓練計画"
SAFETY = [
    "・旅客の死傷事故：0件（2026年度 0件）",
    "・ヒヤリハットの報告件数：年間240件以上（2026年度 187件）",
    "・乗組員の救命講習の受講率：100%（2026年度 92%）",
    "・非常時の避難訓練：各船で月1回以上",
    f"・全社総合訓練（汐見海上保安部と合同）：{date(2027, 10, 14)}",
    f"・新造船の習熟訓練：{date(2027, 6, 7, with_year=False)}〜{date(2027, 6, 25, with_year=False)}（乗組員 延べ36人）",
]
SAFETY_SPEAKER = ("ヒヤリハットの報告は、2026年度から船内のタブレットでも出せるようになった。件数を増やすこと自体が目的"
                  "ではなく、報告しやすい雰囲気づくりを各船長にお願いしたい。全社総合訓練の想定は、大鳥港沖での機関室"
                  "火災と旅客の退船とする。")

# ---------------------------------------------------------------------------------------------
# 5. HTML: the timetable revision notice (運航ダイヤ改正のお知らせ).

NOTICE_TITLE = "大鳥航路・椿島航路 運航ダイヤ改正のお知らせ（2027年7月1日から）"

# 大鳥航路: 便, 発 改正後, 発 現行, 着 改正後, 着 現行
OTORI_OUTBOUND = [  # 汐見港発 → 大鳥港着
    ("第1便", "6:50", "6:40", "8:25", "8:30"),
    ("第2便", "9:30", "9:20", "11:05", "11:10"),
    ("第3便", "12:40", "12:20", "14:15", "14:10"),
    ("第4便", "15:50", "15:30", "17:25", "17:20"),
    ("第5便", "18:40", "18:30", "20:15", "20:20"),
]
OTORI_INBOUND = [  # 大鳥港発 → 汐見港着
    ("第1便", "6:30", "6:20", "8:05", "8:10"),
    ("第2便", "9:00", "8:50", "10:35", "10:40"),
    ("第3便", "12:10", "11:50", "13:45", "13:40"),
    ("第4便", "15:20", "15:00", "16:55", "16:50"),
    ("第5便", "18:20", "18:10", "19:55", "20:00"),
]
# 椿島航路: only the last sailings change.
TSUBAKI_ROWS = [
    ("汐見港発 第3便（最終便）", "18:50", "18:30", "20:00", "19:40"),
    ("椿港発 第3便（最終便）", "17:20", "17:10", "18:30", "18:20"),
]


def notice_html() -> str:
    def rows(items: list[tuple[str, str, str, str, str]]) -> str:
        return "\n".join(f"      <tr><td>{name}</td><td>{dep_new}</td><td>{dep_old}</td><td>{arr_new}</td>"
                         f"<td>{arr_old}</td></tr>" for name, dep_new, dep_old, arr_new, arr_old in items)

    head = "<tr><th>便</th><th>出発 改正後</th><th>出発 現行</th><th>到着 改正後</th><th>到着 現行</th></tr>"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>{NOTICE_TITLE}｜しおかぜ海運</title>
<style>
body {{ font-family: "Noto Sans CJK JP", sans-serif; margin: 2em; line-height: 1.7; }}
table {{ border-collapse: collapse; margin: 1em 0; }}
th, td {{ border: 1px solid #999; padding: 0.3em 0.8em; }}
th {{ background: #dbe9f6; }}
</style>
</head>
<body>
<header>
  <p>しおかぜ海運 ホーム ＞ 運航情報 ＞ お知らせ</p>
</header>
<main>
  <article>
    <h1>{NOTICE_TITLE}</h1>
    <p>掲載日：{date(2027, 5, 10)}　{COMPANY} 営業部</p>
    <p>いつもしおかぜ海運をご利用いただき、ありがとうございます。大鳥航路への新造船「フェリーおおとり」の就航に伴い、{date(2027, 7, 1)}から大鳥航路と椿島航路の運航ダイヤを改正します。大鳥航路は所要時間が1時間50分から1時間35分に短くなります。北浦航路と島間航路の時刻に変更はありません。</p>
    <h2>1. 大鳥航路（汐見港発 → 大鳥港着）</h2>
    <table>
      {head}
{rows(OTORI_OUTBOUND)}
    </table>
    <h2>2. 大鳥航路（大鳥港発 → 汐見港着）</h2>
    <table>
      {head}
{rows(OTORI_INBOUND)}
    </table>
    <h2>3. 椿島航路（最終便のみ変更）</h2>
    <table>
      {head}
{rows(TSUBAKI_ROWS)}
    </table>
    <p>椿島航路の第1便・第2便の時刻は変わりません。</p>
    <h2>4. ご予約済みのお客さまへ</h2>
    <p>7月1日以降の便をすでにご予約のお客さまは、同じ便名の改正後の時刻にそのまま振り替えます。お手続きは不要です。改正後の時刻でご都合が悪い場合は、{date(2027, 6, 30, with_year=False)}までにお申し出いただければ、便の変更・払戻しを手数料なしで承ります（通常の無料変更1回の回数には数えません）。</p>
    <p>7月1日から8月31日までの車両の予約は、7月1日乗船分から順に、乗船日の2か月前の同じ日の午前9時から受け付けます（7月1日乗船分は{date(2027, 5, 1, with_year=False)}から受付中です）。夏季の臨時便の運航日は、6月中旬にこのページでお知らせします。</p>
    <h2>5. 汐見駅からの連絡バス</h2>
    <p>汐見駅前と汐見港旅客ターミナルを結ぶ連絡バス（しおみ交通）も、大鳥航路の時刻にあわせて7月1日から時刻を改正します。連絡バスの時刻表は、しおみ交通のウェブサイトでご確認ください。夏季は汐見港旅客ターミナルの駐車場が大変混み合いますので、できるだけ連絡バスなどの公共交通機関をご利用ください。</p>
    <h2>6. お問い合わせ</h2>
    <p>ダイヤ改正とご予約の変更については、しおかぜ海運 予約センター（電話 {RESERVATION_PHONE}、受付 8:00〜19:00、年中無休）又は汐見港旅客ターミナル 乗船券窓口（電話 0285-00-3340、6:00〜20:00）へお問い合わせください。</p>
  </article>
</main>
<footer>
  <p>{COMPANY}　汐見市港町一丁目5番1号 汐見港旅客ターミナル内　電話 0285-00-3100（代表）</p>
</footer>
</body>
</html>
"""
