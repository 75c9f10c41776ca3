"""An answer must give the kind of value the question asks for: the unanswerable questions
of the demo set were "answered" with a figure of another kind found nearby."""

from __future__ import annotations

import pytest

from rag.asked import answers_what_was_asked, bound_differs
from rag.claims import extract_claims


@pytest.mark.parametrize(
    ("question", "answer", "answers"),
    [
        ("社員証の再発行には何日かかりますか", "社員証の再発行には1,000円かかります。", False),
        ("在宅勤務手当の支給日は毎月何日ですか", "5,000円です", False),
        ("会議室の最大収容人数は何人ですか", "2週間先まで予約できます", False),
        ("入社して半年後にもらえる有給休暇は何日？", "第3章休暇", False),
        ("有給休暇はいつまでに申請すればよいですか", "3営業日前までです", True),
        ("入社して半年後にもらえる有給休暇は何日？", "10日です", True),
        ("在宅勤務手当はいくらですか", "5,000円", True),
        ("ミライノートの重さは？", "980", True),
        ("始業時刻は何時ですか", "午前9時", True),
        ("経費精算の申請期限はいつですか", "翌月10日", True),
        ("パスワードは何文字以上にする必要がありますか", "12文字以上", True),
        ("会議室は何週間先まで予約できる？", "2週間先まで", True),
        ("How much is the remote work allowance?", "5,000 yen", True),
        ("What time does the working day start?", "9 a.m.", True),
        ("コアタイムは？", "午前10時から午後3時まで", True),
        ("顧客データをUSBメモリで持ち出してもいいですか", "禁止されています", True),
        # A counter after 何 is the unit asked for.
        ("姫路城の天守の高さは何メートルですか", "約3,000人です", False),
        ("姫路城の天守の高さは何メートルですか", "31.5メートル", True),
        ("推論のレイテンシは何ミリ秒ですか", "7Bパラメータです", False),
        ("推論のレイテンシは何ミリ秒ですか", "50ms", True),
        ("需要は何機と見込まれましたか", "3,000機", True),
        ("何か国の共同事業ですか", "5か国", True),
        ("津島市立図書館の開館時間は何時からですか", "1927年", False),
        ("始業は何時からですか", "午前9時", True),
        # 万, 千 and 億 before 円 are still amounts in 円.
        ("健康診断の補助額はいくらになりますか", "年額3万円", True),
        ("領収書の原本が必要なのはいくら以上の支出ですか", "1万円以上", True),
    ],
)
def test_the_answer_gives_the_kind_of_value_asked_for(question: str, answer: str, answers: bool) -> None:
    assert answers_what_was_asked(question, extract_claims(answer)) is answers


def test_a_day_until_which_something_holds_is_answered_by_a_date() -> None:
    assert answers_what_was_asked("旧価格で受けられるのは何日の受注まで？", extract_claims("2026年12月18日"))
    assert answers_what_was_asked("給与は毎月何日に振り込まれますか", extract_claims("25日"))
    assert not answers_what_was_asked("有給は何日間もらえますか", extract_claims("12月18日から"))


def test_a_limit_the_question_names_must_be_on_the_same_side() -> None:
    question = "月60時間を超えた残業の割増率は？"
    assert bound_differs(question, "区分: 時間外労働（月60時間以内の部分） | 割増率: 25%")
    assert not bound_differs(question, "区分: 時間外労働（月60時間を超える部分） | 割増率: 50%")
    assert not bound_differs("残業の割増率は？", "月60時間以内の部分: 25%")  # no limit asked about
    assert bound_differs("定員10人以上の会議室は？", "定員10人未満の会議室は予約不要")
    assert not bound_differs("勤続5年以上の表彰は？", "勤続５年以上の社員に記念品を贈る")  # 全角 folded


def test_a_magnitude_is_no_unit() -> None:
    # 「30億」 (parameters) answers "how many"; 「30億人」 is a count of people, 「3万円」 an amount.
    assert answers_what_was_asked("How many parameters does the Kaede model have?", extract_claims("カエデ（当社）: 30億"))
    assert answers_what_was_asked("利用者は何人？", extract_claims("30億人"))
    assert not answers_what_was_asked("利用者は何人？", extract_claims("3万円"))


def test_a_bare_number_is_no_answer_to_when() -> None:
    dividend = extract_claims("• 年間配当予想：1株あたり48円（中間24円、期末24円）")
    assert not answers_what_was_asked("期末配当はいつ支払われますか", dividend)
    assert answers_what_was_asked("期末配当はいつ支払われますか", extract_claims("期末配当は2027年6月26日に支払う"))
    assert answers_what_was_asked("有給休暇は何日？", extract_claims("付与日数: 10"))  # a count still may be bare


def test_a_bare_number_after_a_count_word_is_no_amount() -> None:
    line = "2027年3月：上位モデル「カエデ-Pro」（パラメータ数130億）を提供予定"
    assert not answers_what_was_asked("カエデ-Proの価格はいくらになりますか", extract_claims(line), line)
    assert answers_what_was_asked("参加者は何人？", extract_claims("参加者数：40"), "参加者数：40")  # a count is a count
    assert answers_what_was_asked("カエデの価格はいくら？", extract_claims("価格：30億"), "価格：30億")


def test_a_phone_number_or_an_e_mail_address_answers_where_to_call_or_write() -> None:
    line = "夜間・休日の障害連絡先：045-555-0199（24時間）"
    assert answers_what_was_asked("Which phone number do I call for a system outage at night?", extract_claims(line), line)
    assert not answers_what_was_asked("Which phone number do I call for a system outage at night?", extract_claims("受付時間：平日 9:00〜18:00"))
    assert answers_what_was_asked("What is the email address of the help desk?", extract_claims("メール：tsunagu-help@minamo.example"))
    assert answers_what_was_asked("ヘルプデスクは内線何番？", extract_claims("ツナグ ヘルプデスク：内線 4410"))
    assert not answers_what_was_asked("What is the email address of the Tsunagu help desk?", extract_claims("ツナグ ヘルプデスク：内線 4410"))
    assert not answers_what_was_asked("What is the email address of the help desk?", extract_claims("外線からは 06-5555-0199。"))
    assert not answers_what_was_asked("申請の期限はいつ？", extract_claims("連絡先：045-555-0199"))  # a number to call is no date


def test_a_day_of_the_year_is_no_number_of_months_or_days() -> None:
    line = "・賞与明細：12月9日（水）からミズナラWebで閲覧できます。"
    assert not answers_what_was_asked("今年の冬季賞与は何か月分出ますか", extract_claims(line), line)
    assert answers_what_was_asked("今年の冬季賞与は何か月分出ますか", extract_claims("支給額は基本給の2.5か月分とする。"))
    assert answers_what_was_asked("賞与明細はいつから見られますか", extract_claims(line), line)


def test_a_number_labelled_as_an_extension_or_a_code_is_no_count() -> None:
    row = "内容: 会議室・社用車 | 窓口: 総務部総務課 | 内線: 2120 | 受付時間: 平日8:30〜17:30"
    assert not answers_what_was_asked("For how many days at most can a company car be booked at one time?", extract_claims(row), row)
    assert answers_what_was_asked("What is the extension for booking a company car?", extract_claims(row), row)


def test_the_question_word_decides_over_a_noun() -> None:
    from rag.asked import asked_kinds

    assert "円" not in asked_kinds("業務用の新しい価格はいつの出荷分から？")
    assert "円" in asked_kinds("業務用の新しい価格はいくら？")
    row = "現行の配送料は1回1,200円（北海道・沖縄・離島は2,500円）です。"
    assert not answers_what_was_asked("業務用の新しい価格はいつの出荷分から？", extract_claims("2,500円"), row)
