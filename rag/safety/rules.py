"""The rules, one table per category, and `classify`."""

from __future__ import annotations

from rag.safety.patterns import (  # the combinators and the vocabularies every category shares
    _EVADE_EN,
    _EVADE_JA,
    _REQ_EN,
    _REQ_EN_STRICT,
    _REQ_JA,
    _SAFE_EN,
    _SAFE_JA,
    _alt,
    _ask_en,
    _both,
    _near,
    _normalise,
    _Rule,
    _rules,
)
from rag.safety.verdicts import Verdict

# ---------------------------------------------------------------------------------------
# self_harm: checked first, so that a crisis gets the help reply even if other rules match
# ---------------------------------------------------------------------------------------

_SH_TERM_JA = _alt("自殺", "自死", "首吊り", "首つり", "飛び降り", "練炭", "服毒", "リストカット", "リスカ", "自傷",
                   "オーバードーズ", "過剰摂取", "(?<![a-z])od(?=する|したい|の)")
_SH_REQ_JA = _alt(_REQ_JA, "しよう", "楽に", "確実", "痛くない", "苦しくない", "致死量", "何錠", "場所", "名所", "道具")
# Prevention, support and statistics are what HR and health-committee documents are about.
_SAFE_SH_JA = _alt(_SAFE_JA, "支援", "ケア", "遺族", "サイン", "ゲートキーパー", "ホットライン", "電話", "ほのめか", "者数",
                   "率", "統計", "件数", "報道")

_SELF_HARM = _rules("self_harm", "ja", {
    "method": _near(_SH_TERM_JA, _SH_REQ_JA, 8, _SAFE_SH_JA),
    # Saying one wants to die gets the help reply, not retrieval; "死にたいと言う同僚への
    # 対応" is about helping someone else and is left to the documents.
    "ideation": _alt("死に方", "死ぬ方法", "死ねる(?:方法|薬)", "楽に死", "確実に死", "自分を(?:傷つけ|殺)(?!さない|ない)",
                     "手首を切", "首を吊", "飛び降りたい", "命を絶(?:つ|ち)",
                     "(?:死にたい|消えたい|生きていたくない|いなくなりたい)(?!と|って)"),
    "overdose": _alt(_near("(?:睡眠薬|市販薬|風邪薬|薬|錠剤|精神薬|抗うつ薬)", "(?:致死量|何錠|何粒)", 6, _SAFE_JA),
                     "何錠(?:飲めば|で)死"),
}) + _rules("self_harm", "en", {
    # "I hurt myself lifting boxes" is a workers'-comp question: hurting oneself counts only
    # as something wanted or asked how to do.
    "method": _alt(r"\bkill(?:ing)? myself\b", r"\bend (?:my|it) (?:own )?life\b", r"\bend it all\b",
                   r"\btake my (?:own )?life\b", r"\bcommit(?:ting)? suicide\b", r"\bsuicide methods?\b",
                   r"\bhow to (?:commit )?suicide\b", r"\bways to die\b", r"\bpainless(?:ly)? (?:way to )?(?:die|death)\b",
                   r"\b(?:want|wanna) to die\b",
                   r"\b(?:want|wanna|going|how|ways?|tips|best way|urge) to (?:cut|hurt|harm|injure|burn) myself\b",
                   r"\b(?:cut|cutting) myself (?:without|so (?:no ?one|nobody))",
                   r"\bself[- ]harm (?:methods?|ways|tips)\b", r"\b(?:how to|want to|going to) overdose\b",
                   r"\blethal dose of (?:sleeping pills|pills|tablets|medication|meds|paracetamol|acetaminophen|tylenol|ibuprofen|insulin)",
                   r"\bhow many (?:pills|tablets|sleeping pills)\b.{0,30}\b(?:die|kill|overdose|lethal|fatal)"),
})

# ---------------------------------------------------------------------------------------
# sexual
# ---------------------------------------------------------------------------------------

_SAFE_SEX_JA = _alt(_SAFE_JA, "嫌がらせ", "ハラスメント", "セクハラ", "受け", "言われ", "加害", "発言")
# "...の話をされて困っている" reports harassment; it does not ask for content.
_REPORTED_SEX_JA = "(?!.{0,6}(?:され|受け|言われ|聞かされ|困って|悩んで|やめさせ))"
_MINOR_JA = _alt("児童", "未成年", "子供", "子ども", "小学生", "中学生", "女子高生", "男子高生", "高校生", "jk", "jc",
                 "ロリ", "少女", "幼女", "幼児")
_SEXUAL_JA = _alt("性的", "エロ", "裸", "ヌード", "ポルノ", "わいせつ", "猥褻", "セックス", "性行為")

_SEXUAL = _rules("sexual", "ja", {
    # Anything sexual about minors, asked or not; 児童ポルノ禁止法 and abuse prevention excepted.
    "minor": _alt(_near(_MINOR_JA, _SEXUAL_JA, 10, _SAFE_SEX_JA), _near(_SEXUAL_JA, _MINOR_JA, 10, _SAFE_SEX_JA))
    + "(?!禁止|法|規制|の?(?:通報|被害|防止|対策|虐待))",
    "content": _near(_alt("性的な?", "エロ(?:い|な)?", "官能(?:的な?)?", "アダルト", "わいせつな?", "猥褻な?", "卑猥な?",
                          "セックス", "性行為", "エッチな?", "全裸", "ヌード", "裸の", "下ネタ", "ポルノ"),
                     _alt("小説", "文章", "話", "ストーリー", "物語", "画像", "写真", "動画", "描写", "妄想", "ロールプレイ",
                          "イラスト", "書いて", "作って", "生成", "見せて", "見たい", "送って", "教えて"),
                     12, _SAFE_SEX_JA) + _REPORTED_SEX_JA,
    "voyeur": _alt(_near(_alt("盗撮", "隠し撮り", "覗き見?", "のぞき見?"),
                         _alt(_REQ_JA, "(?:ばれ|バレ)", "仕掛け", "カメラを?(?:設置|仕掛)"), 10, _SAFE_SEX_JA),
                   "(?:更衣室|トイレ|浴室|シャワー室)(?:に|へ)?(?:隠し)?カメラを?(?:設置|仕掛)"),
}) + _rules("sexual", "en", {
    "minor": _alt(
        r"\b(?:child|children|minors?|underage|kids?|teens?|teenagers?|preteens?|schoolgirls?|(?:1[0-7]|[1-9])[- ]?(?:year[- ]?olds?|yo))\b.{0,25}\b(?:sexual|porn\w*|nude|naked|erotic|sexy|lewd|sex)\b",
        r"\b(?:sexual|porn\w*|nude|naked|erotic|sexy|lewd)\b.{0,25}\b(?:child|children|minors?|underage|kids?|teens?|teenagers?|preteens?|schoolgirls?)\b",
    ) + r"(?! ?(?:abuse|exploitation|assault|harassment|offen[cs]e|predat|crime|education|safeguard|protection))",
    "content": _ask_en(_near(
        r"\b(?:write|generate|create|describe|tell|give|make|show|send|find|draw|produce|compose)\b",
        _alt(r"\b(?:sexual|erotic|sexy|dirty|explicit|x-rated|nsfw|pornographic|porn|smutty|lewd|steamy|sexually explicit) (?:stor(?:y|ies)|content|scenes?|fantas(?:y|ies)|images?|pictures?|pics|photos?|videos?|jokes?|role-?play|fan ?fic(?:tion)?|text|messages?|poems?|descriptions?|chat)",
             r"\bporn(?:ography)?\b", r"\bsmut\b", r"\bnudes\b",
             r"\b(?:naked|nude) (?:photos?|pictures?|pics|images?|videos?)", r"\bsex (?:scenes?|stor(?:y|ies)|tape|chat)"),
        40, _SAFE_EN)),
    "voyeur": _alt(
        _near(_REQ_EN, _near(r"\b(?:install|place|hide|set up|put|plant|use|mount)\b",
                             r"(?:hidden|spy|secret|pinhole) (?:camera|cam)s?\b.{0,30}\b(?:bathroom|toilet|restroom|changing room|locker room|shower|dressing room|bedroom)",
                             20, _SAFE_EN), 30, _SAFE_EN),
        r"\bupskirt", r"\bsecretly (?:film|record|photograph)\w* (?:women|girls|her|a woman|my coworker|my colleague|coworkers|colleagues)",
    ),
})

# ---------------------------------------------------------------------------------------
# dangerous: weapons, explosives, poisons, illegal drugs, violence against people
# ---------------------------------------------------------------------------------------

# No bare model-number-like tokens (vx, lsd): "VX-200の見積書を作成" is a sales question.
_DANGER_TARGET_JA = _alt("爆弾", "爆発物", "爆薬", "火薬", "手榴弾", "手りゅう弾", "地雷", "起爆装置", "時限装置", "毒ガス",
                         "神経ガス", "サリン", "vxガス", "リシン", "青酸カリ", "毒物", "毒薬", "猛毒", "覚醒剤", "覚せい剤",
                         "シャブ", "麻薬", "mdma", "コカイン", "ヘロイン", "大麻", "違法薬物", "危険ドラッグ",
                         "脱法ハーブ", "銃(?!刀法)", "拳銃", "けん銃", "ライフル", "散弾銃", "機関銃", "火炎瓶",
                         "ナパーム", "生物兵器", "化学兵器", "細菌兵器")
_MAKE_JA = _alt("作り", "つくり方", "作る", "作れ", "作って", "作成", "製造", "製作", "製法", "自作", "合成", "調合", "精製",
                "密造", "組み立て", "組立", "レシピ")
_ACQ_TARGET_JA = _alt("覚醒剤", "覚せい剤", "シャブ", "麻薬", "mdma", "コカイン", "ヘロイン", "大麻", "違法薬物", "危険ドラッグ",
                      "銃(?!刀法)", "拳銃", "けん銃", "爆弾", "爆発物", "爆薬", "手榴弾", "青酸カリ", "毒ガス", "サリン")
_ACQUIRE_JA = _alt("入手", "手に入", "購入", "買い方", "買う", "買え", "買いたい", "売って", "密輸", "栽培", "譲って")
# People as objects of violence; a name with an honorific counts as a person.
_PERSON_JA = _alt("人", "他人", "誰か", "相手", "上司", "同僚", "部下", "社長", "部長", "課長", "先輩", "後輩", "妻", "夫",
                  "嫁", "旦那", "彼女", "彼氏", "元カノ", "元カレ", "元彼", "家族", "親", "子供", "子ども", "あいつ",
                  "こいつ", "奴", "やつ", "顧客", "隣人", "[一-龥ぁ-んァ-ヶ]{1,6}(?:さん|くん|君|ちゃん|氏)")
_HARM_VERB_JA = "(?:殺(?:す|し|せ|害)|刺(?:す|し|せ)|襲(?:う|い|え)|痛めつけ|傷つけ|殴(?:る|り|れ)|ボコ|始末(?:す|し))"

_EN_PERSON = (r"(?:my |our |a |the |this |that |his |her |their |some )?(?:boss|manager|coworker|co-worker|colleague|"
              r"supervisor|wife|husband|spouse|partner|girlfriend|boyfriend|ex|neighbou?r|someone|somebody|people|person|"
              r"him|her|them|everyone|ceo|employees?|family|kids?|child(?:ren)?|teacher|classmates?|roommate|mother|"
              r"father|mom|dad|brother|sister|customer|client|humans?)\b")
_DANGER_EN = _alt(
    r"(?<!bath )(?<!photo )\bbombs?\b(?!\s*(?:threats?|shelters?|squad|disposal|drills?|scares?))", r"\bexplosives?\b",
    r"\bied\b", r"\bdetonators?\b", r"\bgrenades?\b", r"\bnapalm\b", r"\bthermite\b", r"\bmolotov", r"\bnerve (?:agent|gas)\b",
    r"\bsarin\b", r"\bricin\b", r"\bvx (?:nerve )?(?:agent|gas)\b", r"\banthrax\b", r"\b(?:poison|chlorine|mustard) gas\b",
    r"\bbio-?weapons?\b", r"\bchemical weapons?\b", r"\bpoisons?\b(?!\s*(?:ivy|oak|control|centers?|sumac))",
    r"\bmeth(?:amphetamine)?\b", r"\bcocaine\b", r"\bheroin\b", r"\bfentanyl\b", r"\blsd\b", r"\bmdma\b",
    r"(?<!nail )(?<!glue )(?<!heat )(?<!spray )(?<!staple )(?<!label )(?<!water )(?<!toy )(?<!caulk )(?<!grease )(?<!massage )(?<!paint )(?<!price )(?<!scan )(?<!barcode )\bguns?\b",
    r"\bfirearms?\b", r"\bhandguns?\b", r"\bpistols?\b", r"\brifles?\b", r"\bsilencers?\b", r"\bsuppressors?\b",
)
_MAKE_EN = (r"\b(?:make|making|build|building|create|creating|synthesi[sz]e|synthesi[sz]ing|manufacture|manufacturing|"
            r"cook|cooking|produce|producing|assemble|assembling|3d[- ]print|brew|brewing|mix up)\b")
_ACQ_EN = r"\b(?:buy|get|obtain|acquire|purchase|order|smuggle|source|get hold of|get my hands on)\b"
_ACQ_TARGET_EN = (r"(?:(?:an? |some )?(?:untraceable|unregistered|illegal|black[- ]market|stolen) )?(?:"
                  r"(?<!nail )(?<!glue )(?<!heat )(?<!spray )(?<!staple )(?<!water )(?<!toy )\bguns?\b|\bfirearms?\b|"
                  r"\bhandguns?\b|\bpistols?\b|\brifles?\b|\bexplosives?\b|\bgrenades?\b|\bmeth(?:amphetamine)?\b|"
                  r"\bcocaine\b|\bheroin\b|\bfentanyl\b|\blsd\b|\bmdma\b|\billegal drugs\b|\bmarijuana\b|\bcannabis\b|"
                  r"\buntraceable poisons?\b)")

_DANGEROUS = _rules("dangerous", "ja", {
    "make": _both(_DANGER_TARGET_JA, _MAKE_JA, 15, _SAFE_JA),
    "acquire": _both(_ACQ_TARGET_JA, _ACQUIRE_JA, 12, _SAFE_JA),
    # Mixing chemicals is a safety question (まぜるな危険); giving poison to a person is not.
    "poison_person": _near(_alt("毒", "毒物", "毒薬", "青酸", "農薬", "下剤", "睡眠薬", "劇物"),
                           _alt("飲ませ", "盛る", "盛って", "盛り", "盛れ", "食べさせ", "混入させ",
                                "(?:飲み物|食べ物|お茶|コーヒー|弁当|料理|食事)に(?:混ぜ|入れ)"), 15, _SAFE_JA),
    "violence": _PERSON_JA + "を?" + _HARM_VERB_JA + "(?!ない|ず|ません|られ|さない|さず)"
    + _near("", _alt("方法", "やり方", "たい", "てやる", "には", "計画", "コツ", "手順", "どうすれば", "どうやって", "る方法"), 6, _SAFE_JA),
    "killing": _alt(_PERSON_JA + "の殺し方",
                    _near(_alt("殺人", "殺害", "完全犯罪", "毒殺", "刺殺", "絞殺", "撲殺", "放火", "爆破", "テロ(?!ップ|メア)"),
                          _alt("方法", "やり方", "手順", "計画", "したい", "する(?:には|方法)", "教えて", "コツ"), 8, _SAFE_JA)),
}) + _rules("dangerous", "en", {
    "make": _alt(_ask_en(_near(_MAKE_EN, _DANGER_EN, 30, _SAFE_EN)),
                 r"\b(?:bomb|explosive|meth|poison|weapon|gun)[- ]making\b"),
    "acquire": _near(_REQ_EN, _near(_ACQ_EN, _ACQ_TARGET_EN, 25, _SAFE_EN), 30, _SAFE_EN),
    "violence": _near(_alt(_REQ_EN, r"\bi(?:'m| am)? ?(?:going to|gonna|will)\b"),
                      r"\b(?:kill|murder|poison|stab|shoot|strangle|hurt|injure|beat up|attack|assault)\s+" + _EN_PERSON,
                      30, _SAFE_EN),
})

# ---------------------------------------------------------------------------------------
# illegal: fraud, embezzlement, tax evasion, forgery, bribery, theft, hacking, malware
# ---------------------------------------------------------------------------------------

_CRIME_JA = _alt(
    "脱税(?!にならな|とならな|とみなされ|に当たら|にあたら|に該当|と節税)", "横領", "着服", "使い込", "粉飾", "裏金", "キックバック",
    "架空請求", "架空計上", "水増し請求", "インサイダー(?:取引)?", "マネーロンダリング", "マネロン", "資金洗浄", "贈賄", "賄賂",
    "わいろ", "談合", "カルテル", "万引き", "窃盗", "盗(?:む|み|んで|める|め|ん)(?!まれ|られ)", "詐欺", "オレオレ", "なりすまし",
    "改ざん", "改竄", "偽造", "変造", "ねつ造", "捏造", "闇バイト", "密輸", "不正請求", "不正受給", "不正経理", "背任",
)
_HACK_JA = _alt("ハッキング", "(?<!ライフ)(?<!グロース)ハック", "クラッキング", "不正アクセス", "不正ログイン",
                "乗っ取(?:る|り|って|れ)(?!られ)", "ddos", "dos攻撃", "サイバー攻撃", "侵入")
_MALWARE_JA = _alt("マルウェア", "ウイルス", "ウィルス", "ランサムウェア", "トロイの木馬", "キーロガー", "バックドア", "スパイウェア",
                   "フィッシングサイト", "フィッシングメール", "詐欺メール", "偽サイト", "偽のログイン画面")
_CRED_JA = _alt("パスワード", "暗証番号", "認証コード", "アカウント", "ログイン情報", "クレジットカード(?:番号|情報)?")
# "パスワードが盗まれた場合" is an incident report: the passive (まれ, られ, され) never pairs.
_TAKE_CRED_JA = "(?:盗|抜き取|抜き出|盗み見|のぞき見|覗き見|割り出|解読|クラック|破|突破|聞き出|ハック)(?!まれ|られ|され|難|損)"
_OTHER_PERSON_JA = _alt("他人", "同僚", "上司", "部下", "社長", "部長", "課長", "他の社員", "先輩", "後輩",
                        "[一-龥ぁ-んァ-ヶ]{1,6}(?:さん|くん|君|ちゃん|氏)")
_DOC_JA = _alt("領収書", "請求書", "見積書", "印鑑", "ハンコ", "はんこ", "署名", "サイン", "身分証", "免許証", "保険証",
               "パスポート", "在留カード", "診断書", "証明書", "契約書", "公文書", "紙幣", "お札", "議事録", "タイムカード",
               "勤怠", "帳簿", "決算書")
_ASSET_JA = _alt("会社の(?:お?金|資金|現金|備品|在庫|商品)", "経費", "公金", "売上金", "売り上げ金", "レジの(?:お?金|現金)")
# Evasion for assets is narrower than _EVADE_JA: "備品が見つからない" is a lost-item question.
_EVADE_ASSET_JA = _alt("(?:ばれ|バレ)(?:ない|ずに|なく)", "気[づ付]かれ(?:ない|ずに)", "見つからない(?:ように|方法)",
                       "見つからずに", "発覚しない", "足が[つ付]かない", "こっそり", "内緒で")
_EN_CRIME_HOWTO = r"(?<!anti-)(?<!anti )" + _alt(
    r"\bembezzl\w*", r"\blaunder(?:ing)? (?:money|funds|cash)", r"\bmoney laundering",
    r"\binsider trad\w*", r"\btrade on insider (?:info|information|knowledge)", r"\btax evasion",
    r"\b(?:evade|evading|dodge|dodging|cheat(?:ing)? on) (?:the |my |our |some )?tax(?:es)?\b",
    r"\bforg(?:e|ing|ery)\b", r"\bcounterfeit\w*", r"\bfalsif(?:y|ying|ied)\b",
    r"\bfake (?:a |an |some )?(?:receipts?|invoices?|signatures?|documents?|ids?|id cards?|passports?|diplomas?|certificates?|doctor'?s notes?|medical certificates?|expense reports?|timesheets?)",
    r"\b(?:pad|padding|inflate|inflating) (?:my |the |our )?expense\w*", r"\bexpense fraud",
    r"\bbribe\w*", r"\bkickbacks?\b", r"\bshoplift\w*", r"\bcommit (?:\w+ )?fraud\b",
    r"\bcook(?:ing)? the books\b", r"\bbid[- ]rigging\b", r"\bprice[- ]fixing\b", r"\bsmuggl\w*",
    r"\bsteal(?:ing)? (?:money|cash|funds|from|data|files|customer data|trade secrets?|inventory|equipment|laptops?|credit cards?|identit(?:y|ies))",
)

_ILLEGAL = _rules("illegal", "ja", {
    "crime_howto": _near(_CRIME_JA, _REQ_JA, 12, _SAFE_JA),
    "crime_evasion": _alt(_both(_CRIME_JA, _EVADE_JA, 20, _SAFE_JA),
                          _both(_alt(_ASSET_JA, "持ち出", "ごまか", "誤魔化", "水増し", "流用", "私的に使"), _EVADE_ASSET_JA, 20, _SAFE_JA)),
    "tax": _near("(?:税金|所得|売上|売り上げ|収入|利益)を?(?:ごまかす|誤魔化|隠す|隠し|少なく申告|申告しない)", _alt(_REQ_JA, _EVADE_JA), 10, _SAFE_JA),
    "forgery": _near(_alt("偽の", "ニセの", "にせの", "偽物の", "架空の", "嘘の", "うその") + _DOC_JA,
                     _alt(_REQ_JA, "作", "書", "用意", "発行"), 10, _SAFE_JA),
    "hacking": _near(_HACK_JA, _REQ_JA, 12, _SAFE_JA),
    "malware": _near(_MALWARE_JA, _alt("作り方", "作る", "作れ", "作って", "作成", "開発", "書いて", "書く", "コード", "プログラム",
                                       "仕込", "仕掛け", "送りつけ", "ばらま", "配布", "感染させ"), 12, _SAFE_JA),
    "credentials": _alt(_near(_CRED_JA, _TAKE_CRED_JA, 10, _SAFE_JA),
                        _OTHER_PERSON_JA + "の(?:パスワード|暗証番号)(?:を|が|は)?(?:教えて|知りたい|知る|わかる|分かる|見る|見たい|調べ)"),
}) + _rules("illegal", "en", {
    "crime_howto": _near(_alt(_REQ_EN_STRICT, r"\bhelp me\b"), _EN_CRIME_HOWTO, 40, _SAFE_EN),
    "crime_evasion": _both(_alt(r"\bembezzl\w*", r"\binsider trad\w*", r"\btax(?:es)?\b", r"\bfraud\w*", r"\bbribe\w*",
                                r"\bsteal\w*", r"\bforg(?:e|ed|ing|ery)\b", r"\bkickbacks?\b", r"\bexpenses?\b",
                                r"\bcompany (?:money|funds|cash|card)\b", r"\bshoplift\w*", r"\blaunder\w*", r"\bsmuggl\w*"),
                           _EVADE_EN, 60, _SAFE_EN),
    "hacking": _ask_en(_alt(
        r"\bhack(?:ing)? into\b",
        r"\bhack (?:[a-z]+'s |someone'?s? |the |a |an |his |her |their |our |my (?:boss|coworker|colleague|ex)'?s? )?(?:account|email|e-mail|system|server|network|database|computer|pc|laptop|phone|wi-?fi|website|site|camera|instagram|facebook|line|slack)",
        r"\bbreak into (?:[a-z]+'s |someone'?s? |the |a |his |her |their )?(?:account|email|system|server|network|database|computer|pc|laptop|phone|wi-?fi)",
        r"\bgain unauthori[sz]ed access\b",
        r"\bbypass (?:the )?(?:login|authentication|2fa|mfa|password|firewall|dlp|license)",
        r"\bcrack (?:[a-z]+'s |someone'?s? |the |a |his |her |their )?(?:password|wi-?fi|account|hash(?:es)?|license|software)",
        r"\b(?:steal|phish|harvest|sniff|grab|dump) (?:(?:my |our |the |a |an )?[a-z-]+'s |someone'?s? |the |their |his |her |other people'?s |employees'? |users'? |customers'? )?(?:passwords?|credentials|logins?|session (?:tokens?|cookies)|cookies|credit card (?:numbers|details|info)|2fa codes?)",
        r"\b(?:launch|run|perform|do|carry out|start) (?:a )?(?:ddos|denial[- ]of[- ]service)",
        r"\bddos (?:a |the |our |their |[a-z]+'s )?(?:site|website|server|network|competitor)",
        r"\bbrute[- ]force (?:[a-z]+'s |someone'?s? |the |a )?(?:password|login|account)",
        r"\bspy on (?:my |a |[a-z]+'s )?(?:coworker|colleague|employee|wife|husband|partner|boss)'?s? (?:email|phone|computer|messages|chats?)",
    )),
    "malware": _ask_en(_near(
        r"\b(?:write|create|make|build|code|develop|generate|program|deploy|install|plant|spread|send|draft|craft|design)\b",
        r"(?<!anti-)(?<!anti )" + _alt(r"\bmalware\b", r"\bransomware\b", r"\bviruse?s?\b", r"\btrojans?\b", r"\bkeyloggers?\b",
                                       r"\bspyware\b", r"\bworms?\b", r"\bbackdoors?\b", r"\brootkits?\b", r"\bbotnets?\b",
                                       r"\bphishing (?:emails?|e-mails?|mails?|pages?|sites?|websites?|kits?|campaigns?|messages?|texts?)",
                                       r"\bfake login (?:page|site|form)", r"\bcredential[- ]harvesting"),
        30, _SAFE_EN)),
})

# ---------------------------------------------------------------------------------------
# privacy: locating or profiling a private person, exposing someone's private data
# ---------------------------------------------------------------------------------------

# Named people and personal relations; generic roles (部長, 社員) are left out because
# "部長の出張日当" or "社員の住所変更" are questions about rules, not about a person.
_PRIV_PERSON_JA = _alt("[一-龥ぁ-んァ-ヶa-z]{1,8}(?:さん|様|さま|氏|くん|君|ちゃん)", "同僚", "上司", "部下", "先輩", "後輩",
                       "元カノ", "元カレ", "元彼女", "元彼", "元交際相手", "元恋人", "元妻", "元夫", "元配偶者", "隣人",
                       "近所の人", "隣の席の人", "あの人", "あの社員", "ある社員", "特定の社員", "他の社員", "他人", "芸能人",
                       "有名人", "女優", "俳優", "アイドル", "インフルエンサー", "youtuber", "ユーチューバー", "配信者",
                       "vtuber", "好きな人", "気になる人", "片思いの相手", "同級生", "その人", "この人")
# Data that is private whoever asks for it: a plain "教えて" is enough.
_PRIV_SENSITIVE_JA = _alt("自宅", "住所", "住まい", "住んで(?:いる|る)(?:場所|ところ|所)", "家(?:は|の場所|の住所|を)", "最寄り駅",
                          "私用の?(?:携帯|電話|メール)", "携帯番号", "携帯の番号", "個人の?(?:電話|携帯|メール|連絡先)",
                          "プライベートの?(?:連絡先|電話|携帯|メール|sns)", "lineの?id", "インスタ", "裏アカ", "本名",
                          "家族構成", "家族", "子供の学校", "子どもの学校", "病歴", "持病", "既往歴", "通院", "病名", "診断結果",
                          "健康診断の結果", "ストレスチェックの結果", "年収", "給料", "給与", "口座", "マイナンバー",
                          "クレジットカード", "交際相手", "恋人", "性的指向", "宗教", "前科", "位置情報", "居場所", "今どこ",
                          "車のナンバー", "ナンバープレート")
_SAFE_PRIV_JA = _alt(_SAFE_JA, "変更", "更新", "届", "登録", "修正", "支払", "振込", "計算", "提出", "入力", "記入", "書き方",
                     "欄", "基準", "テーブル", "水準", "相場", "決め", "決定", "査定", "評価", "手当", "控除")
_PRIV_ASK_JA = _alt("調べ", "特定", "突き止", "割り出", "探し出", "探す方法", "探して", "知る方法", "知りたい", "教えて", "晒",
                    "さらし", "暴", "ばら", "流出", "漏ら", "追跡", "尾行", "待ち伏せ", "聞き出", "入手", "どこ", "見たい",
                    "見る方法", "見せて", "リスト", "一覧")
# Work contact details are directory questions; only digging for them is prying.
_PRIV_STRONG_JA = _alt("調べ", "特定", "突き止", "割り出", "探し出", "晒", "さらし", "暴", "流出", "漏ら", "追跡", "尾行", "待ち伏せ")

_PRIVACY = _rules("privacy", "ja", {
    "person_data": _PRIV_PERSON_JA + "の?.{0,3}?" + _near(_PRIV_SENSITIVE_JA, _PRIV_ASK_JA, 12, _SAFE_PRIV_JA),
    "person_contact": _PRIV_PERSON_JA + "の?.{0,3}?" + _near("(?:電話番号|メールアドレス|連絡先|sns|アカウント|勤務先|職場)",
                                                             _PRIV_STRONG_JA, 10, _SAFE_PRIV_JA),
    "locate": _near("(?:住所|自宅|住んでいる場所|居場所|勤務先|職場|本名|身元|正体)", "を?(?:特定|突き止|割り出|晒|さらし|暴)", 4, _SAFE_PRIV_JA),
    # Finding out who blew the whistle invites retaliation; asking whether one's own report
    # stays confidential ("通報者が誰か分かってしまう?") is the opposite and passes.
    "identify": _alt(
        _near(_alt("匿名", "裏アカ", "アカウント", "投稿者", "書き込み(?:した人|主)?", "人物", "内部通報者", "通報者", "通報した(?:人|の)",
                   "告発者", "告発した(?:人|の)", "口コミを書いた人", "レビューを書いた人"),
              _alt("誰か?を?(?:特定|突き止|割り出|調べ|知りたい|教えて)", "を?特定", "を?突き止", "を?割り出", "の?正体", "の?身元", "の?本名"),
              10, _alt("保護", "規程", "規定", "ルール", "窓口", "相談", "方針", "守秘", "秘密", "禁止")),
        "(?:通報|告発|密告|内部通報)(?:した(?:の|人)?|者)(?:は|が)?(?:誰|だれ)(?!.{0,8}(?:わか|分か|知られ|ばれ|バレ|伝わ|漏れ))",
    ),
}) + _rules("privacy", "en", {
    "locate": _near(r"\b(?:find|finding|look up|looking up|dig up|track down|tracking down|locate|locating|doxx?\w*|stalk\w*|trace|tracing|uncover|figure out|find out|unmask|expose|leak|publish)\b",
                    _alt(r"\bhome address(?:es)?\b", r"\b(?:personal|private|cell|mobile|home) (?:phone(?: number)?|number|email|e-mail|address|contact(?: details| info)?)\b",
                         r"\bwhere (?:he|she|they|(?:my|our|this|that|the) (?:new |old |former )?(?:ex|ex-[a-z]+|boss|coworker|co-worker|colleague|manager|supervisor|neighbou?r|girlfriend|boyfriend|wife|husband|partner|ceo|employee|intern|person|guy|woman|man|girl|boy|teacher|client|customer)(?:'s (?:family|kids?|daughter|son|wife|husband|parents))?) (?:lives?|stays?|sleeps?)\b", r"\bwhereabouts\b", r"\bcurrent location\b",
                         r"\breal name\b", r"\bidentity of\b", r"\blicense plate\b", r"\bmedical (?:history|records?)\b",
                         r"\b(?:kids'?|children'?s?) school\b", r"\bdaily (?:routine|schedule)\b"),
                    40, _SAFE_EN),
    "person_data": _near(_alt(_REQ_EN, r"\bwhat(?:'s| is| are)\b", r"\btell me\b", r"\bgive me\b", r"\bget me\b", r"\bshow me\b"),
                         r"(?:(?:my|this|that) (?:coworker|co-worker|colleague|boss|manager|supervisor|ex|ex-girlfriend|ex-boyfriend|ex-wife|ex-husband|neighbou?r|subordinate|teammate)|someone|somebody|(?:mr|ms|mrs|miss|dr)\.? [a-z]+|[a-z]+-san)'s "
                         + _alt(r"salary", r"pay\b", r"medical", r"health", r"diagnos\w+", r"bank", r"credit card", r"social security",
                                r"ssn", r"my ?number", r"criminal record", r"sexual orientation", r"religion", r"home address",
                                r"address", r"personal (?:phone|email|number)", r"family", r"kids", r"children",
                                r"girlfriend", r"boyfriend", r"stress check"),
                         40, _SAFE_EN),
    "identify": _near(_alt(_REQ_EN, r"\bi (?:want|need) to know\b"),
                      _alt(r"\b(?:find out|figure out|work out|identify|unmask|reveal|expose|discover|learn|know|track down) (?:who|the (?:identity|name) of)\b.{0,30}\b(?:whistle-?blowers?|reported|complained|anonymous|filed|posted|wrote)",
                           r"\b(?:identify|unmask|expose|reveal|track down|find) (?:the )?(?:anonymous|whistle-?blower)"),
                      40, _SAFE_EN),
})

# ---------------------------------------------------------------------------------------
# discrimination
# ---------------------------------------------------------------------------------------

_GROUP_JA = _alt("外国人", "中国人", "韓国人", "朝鮮人", "在日(?:韓国人|朝鮮人|外国人)?", "黒人", "白人", "アジア人", "ユダヤ人",
                 "アラブ人", "イスラム教徒", "ムスリム", "キリスト教徒", "仏教徒", "女性", "(?<!彼)女", "男性", "(?<!長)男",
                 "障害者", "障がい者", "障碍者", "発達障害(?:者|の人)", "同性愛者", "ゲイ", "レズ", "lgbt\\w*", "トランスジェンダー",
                 "性的少数者", "部落(?:出身者?)?", "同和", "アイヌ", "沖縄(?:の人|県民)", "高齢者", "老人", "年寄り", "移民", "難民",
                 "生活保護(?:受給者)?", "シングルマザー", "片親", "貧乏人", "妊婦", "妊娠した(?:社員|人|女性)",
                 "[一-龥ァ-ヶ]{2,6}人(?!事|材|間|員|数|物|口|気|生|権|格|工|件|手|前|的|分|選)")
# The insult must apply to the group itself: only particles and hedges may stand between
# ("外国人は劣っている"), so "男性更衣室が汚い" is a facilities complaint.
_GROUP_LINK_JA = "(?:は|って|が|なんて|など|とか|ってのは|みんな|全員|皆|本当に|やっぱり|やはり|生まれつき|遺伝的に|本質的に|[一-龥ァ-ヶ]{1,4}より){0,3}"
_INFERIOR_JA = _alt("劣って", "劣等", "劣る", "下等", "頭が悪い", "馬鹿", "バカ", "アホ", "無能", "汚い", "不潔", "臭い",
                    "犯罪者(?:ばかり|だらけ|が多い)", "危険な?(?:民族|人種)", "信用できない", "生きる価値", "価値がない",
                    "出ていけ", "出て行け", "消えろ", "死ね", "排除すべき", "追い出す", "追い出せ", "採用すべきでない",
                    "雇うべきでない", "人間じゃない", "人間以下", "ゴキブリ", "害虫", "寄生虫")
# A question *about* a remark someone made ("...と言われた", "...という発言を受けた") is a
# harassment report, not a request for hate: it is left to the documents (相談窓口).
_REPORTED_JA = "(?!.{0,15}(?:言われ|いわれ|言って(?:くる|きた|いる|いた)|発言され|発言を|書かれ|された|されて|と言う(?:上司|同僚|人)|相談|通報|報告))"
_DISC_REQ_JA = _alt("書いて", "作って", "考えて", "教えて", "作成", "生成", "一覧", "リスト", "ください", "たい", "書き方", "言い方",
                    "例を", "ための", "理由", "方法", "文章", "ジョーク", "スローガン")

_DISCRIMINATION = _rules("discrimination", "ja", {
    "inferior": _GROUP_JA + _GROUP_LINK_JA + _INFERIOR_JA + _REPORTED_JA,
    "hate_content": _near(_alt("差別的", "差別用語", "蔑称", "侮蔑", "ヘイトスピーチ", "ヘイト", "人種差別的"), _DISC_REQ_JA, 15,
                          _alt(_SAFE_JA, "発言を?(?:受け|され)", "なくす", "なくし", "しない", "せず", "ない")),
    "exclusion": _near(_GROUP_JA + "を?" + _alt("(?:侮辱|見下|馬鹿に|バカに|差別|揶揄|排除|締め出)(?!しない|せず|しません|されない|のない|をなく|禁止|防止)",
                                                "採用しない", "雇わない", "入れない", "辞めさせ", "追い出"),
                       _DISC_REQ_JA, 8, _SAFE_JA),
}) + _rules("discrimination", "en", {
    "inferior": (
        r"\b(?:women|men|girls|females|males|black people|blacks|white people|whites|asians?|asian people|jews|jewish people|muslims|christians|hindus|arabs|immigrants|foreigners|refugees|gays?|gay people|lesbians|trans (?:people|women|men)|transgender people|lgbt\w*(?: people)?|disabled people|the disabled|people with disabilities|autistic people|old people|the elderly|elderly people|koreans|chinese(?: people)?|japanese(?: people)?|mexicans|indians|africans|latinos|hispanics|filipinos|vietnamese(?: people)?|burakumin|ainu|poor people)"
        r" (?:are|is) (?:all |naturally |inherently |genetically |simply |just )?"
        r"(?:inferior|subhuman|less intelligent|stupider|dumber|not as smart|worse than|animals|vermin|parasites|criminals|dirty|disgusting|lazy|a disease|should be (?:banned|deported|exterminated|eliminated|fired)|(?:do not|don't) deserve|should(?: not|n't) be (?:hired|allowed))"
        r"(?!.{0,30}\b(?:said|says|told|comment|remark|report|complain|harass))"
    ),
    "slurs": _ask_en(_near(
        r"\b(?:write|give|list|tell|generate|create|make|come up with|suggest|compose|teach|share|post)\b",
        _alt(r"\b(?:racial |ethnic )?slurs?\b", r"\bderogatory (?:terms?|names?|words?)\b", r"\binsulting (?:names|terms|words)\b",
             r"\bhate speech\b", r"\bracist (?:jokes?|slogans?|memes?|posts?|content|remarks?)\b",
             r"\bsexist (?:jokes?|remarks?|content)\b", r"\bhomophobic (?:jokes?|slurs?|content)\b",
             r"\bantisemitic (?:jokes?|content|memes?)\b",
             r"\bjokes? (?:about|mocking|making fun of) (?:black|asian|jewish|muslim|gay|disabled|trans|mexican|korean|chinese|indian)"),
        30, _SAFE_EN)),
    "exclusion": _near(_REQ_EN,
                       r"\b(?:avoid hiring|not hire|never hire|screen out|filter out|reject|exclude|get rid of|fire|push out) (?:all |any )?(?:the )?"
                       r"(?:women|female|pregnant|older|elderly|disabled|foreign|gay|muslim|black|asian|immigrant|transgender|trans)\b",
                       30, _alt(r"\bnot\b", r"n't\b", r"discriminat", r"polic", r"legal", r"\blaw")),
})

# ---------------------------------------------------------------------------------------
# misinformation
# ---------------------------------------------------------------------------------------

_SAFE_MIS_JA = _alt(_SAFE_JA, "反論", "否定", "訂正", "打ち消")
# "デマの拡散を防ぐ" is about stopping it.
_NOT_STOPPED_JA = "(?!を?(?:防|止め|抑え|食い止|阻止)|させない|しない|されな|への対|に対)"

_MISINFORMATION = _rules("misinformation", "ja", {
    "fabricate": _near(_alt("デマ", "嘘の", "うその", "ウソの", "偽の", "ニセの", "偽情報", "虚偽の", "フェイクニュース",
                            "フェイク(?:情報|記事|動画|画像)", "でっち上げ(?:の|た)", "捏造した", "根拠のない", "事実無根の"),
                       _alt("作って", "作成", "作る", "作り", "書いて", "書く", "流し", "流す", "流せ", "広め", "拡散", "投稿", "ばらま",
                            "考えて", "生成", "したい", "方法"),
                       15, _SAFE_MIS_JA) + _NOT_STOPPED_JA,
    "spread": _near("(?:噂|うわさ|風評|デマ|嘘|うそ|ウソ|悪評)", "を?(?:広め|拡散|流し|流す|流せ|ばらま|ネットに書)", 4, _SAFE_MIS_JA)
    + _NOT_STOPPED_JA,
}) + _rules("misinformation", "en", {
    "fabricate": _ask_en(_near(
        r"\b(?:write|create|make|generate|draft|compose|spread|post|fabricate|invent|come up with|start|circulate|plant|launch|seed|publish)\b",
        _alt(r"\bfake news\b", r"\bfalse (?:news|stor(?:y|ies)|rumou?rs?|claims?|reviews?|information|info|articles?|press release|statement|accusations?)\b",
             r"\bfake (?:reviews?|articles?|press releases?|stor(?:y|ies)|rumou?rs?|testimonials?|news stor(?:y|ies)|scandal|evidence|screenshots?|statistics)\b",
             r"\bfabricated (?:\w+ )?(?:stor(?:y|ies)|quotes?|evidence|data|statistics)\b", r"\bdisinformation\b",
             r"\bmisinformation\b", r"\bhoax(?:es)?\b", r"\bpropaganda\b", r"\brumou?rs?\b", r"\bconspiracy theor(?:y|ies)\b",
             r"\bsmear campaign\b", r"\blies about\b"),
        40, _SAFE_EN)),
})

# Order is priority when several rules match: a crisis gets the help reply first.
_ALL_RULES: tuple[_Rule, ...] = tuple(_SELF_HARM + _SEXUAL + _DANGEROUS + _ILLEGAL + _PRIVACY + _DISCRIMINATION + _MISINFORMATION)


def classify(question: str) -> Verdict:
    """Whether the question asks for something harmful, and which kind. Both the Japanese and
    the English rules run on every question: mixed questions ("ddos攻撃のやり方") are common."""
    compact, spaced = _normalise(question)
    if not compact:
        return Verdict(False, None, "empty")
    for rule in _ALL_RULES:
        if rule.pattern.search(compact if rule.lang == "ja" else spaced):
            return Verdict(True, rule.category, f"{rule.lang}:{rule.name}")
    return Verdict(False, None, "no harmful pattern")
