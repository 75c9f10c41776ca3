"""Japanese text: normalisation, layout clean-up, and tokenisation for sparse vectors.

The one home of what the project knows about Japanese characters: which code points are
Japanese running text, spaces and line breaks that layout (PDF, OCR) put between them,
Kangxi radicals standing in for ideographs, display widths, and how Japanese looks when a
text layer decoded it with the wrong codec. The document parser (ingestion.parsing) and the
sparse-vector path both use it.

Framework-free on purpose: the ingestion worker, the parse child process, the query path
and offline evaluation scripts all import it, and none of them should need Django settings.

Pipeline for both documents and queries (they must stay identical, or terms stop matching):

    normalize()  ->  join_wrapped_lines(margin_only=False)  ->  SudachiPy (split mode C)
    ->  normalized_form() of each morpheme  ->  drop function words / symbols
    ->  add mode-A parts of long compound nouns  ->  lowercase

The dictionary is SudachiDict-core, installed as the ``sudachidict-core`` wheel and loaded
from that package (``Dictionary(dict="core")``); nothing is downloaded at run time.

Scoring model (Qdrant sparse vectors created with ``modifier=idf``)
-------------------------------------------------------------------
Qdrant scores a sparse query ``q`` against a stored point ``d`` by a dot product over the
shared indices, and with the IDF modifier it multiplies each *query* weight by the IDF
that it maintains itself from the collection's statistics::

    score(q, d) = sum_{t in q ∩ d}  IDF(t) * q_t * d_t
    IDF(t)      = ln( (N - n(t) + 0.5) / (n(t) + 0.5) + 1 )

where ``N`` is the number of points in the collection holding this sparse vector and
``n(t)`` the number of those with a non-zero value at index ``t`` (Qdrant documentation,
"Indexing > Sparse Vector Index > IDF Modifier", available since v1.10). That IDF is
exactly the Lucene/Okapi BM25 IDF, so BM25 is reproduced by putting the rest of the BM25
term weight on the document side and 1.0 on the query side::

    d_t = tf * (k1 + 1) / (tf + k1 * (1 - b + b * |d| / avgdl))       (document)
    q_t = 1.0 for each distinct query term                             (query)

``avgdl`` cannot be known per collection without a second pass, so it is the fixed
constant ``AVERAGE_DOCUMENT_LENGTH`` (measured on chunk-sized Japanese text). A wrong
constant only shifts how hard long chunks are penalised; it does not break ranking.
Caveat: Qdrant's ``N`` and ``n(t)`` are collection-wide, so in a multi-tenant collection
the IDF of a term also reflects other organisations' documents. That leaks nothing
(only scores move, never which points pass the tenant filter) but it is not per-tenant.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from sudachipy import Dictionary, SplitMode, Tokenizer

from appliance.text.english import english_sentence_naming_japanese

__all__ = [
    "AVERAGE_DOCUMENT_LENGTH",
    "BM25_B",
    "BM25_K1",
    "CJK_CHARACTER",
    "CJK_RANGES",
    "KANA_AND_KANJI",
    "KANA_OR_KANJI",
    "language_of",
    "ONE_TOKEN_EACH_RANGES",
    "clean_layout_text",
    "display_width",
    "garbled_share",
    "japanese_score",
    "join_wrapped_lines",
    "mojibake_share",
    "normalize",
    "remove_spaces_between_cjk",
    "sparse_document_vector",
    "sparse_query_vector",
    "sparse_vector",
    "term_index",
    "tokenize",
    "unify_ideographs",
]

# Okapi BM25 defaults (Lucene, Elasticsearch, Qdrant's own BM25 model use the same).
BM25_K1: float = 1.2
BM25_B: float = 0.75
# Mean number of terms ``tokenize`` emits for one chunk (the |d| of BM25). Measured: 119
# terms on JaQuAD paragraphs (372 characters on average), which is about the size of a
# chunk of at most 350 embedder tokens once short section-final chunks are averaged in.
AVERAGE_DOCUMENT_LENGTH: float = 120.0

# ---------------------------------------------------------------------------------------
# Character classes
# ---------------------------------------------------------------------------------------

# Characters of Japanese running text. A space or line break between two of them in a PDF
# text layer or OCR output is an artifact of layout (Japanese does not separate words).
CJK_RANGES = (
    "\u3000-\u303f"  # CJK symbols and punctuation (。、「」)
    "\u3040-\u309f"  # hiragana
    "\u30a0-\u30ff"  # katakana, including ー
    "\u31f0-\u31ff"  # katakana phonetic extensions
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\uff00-\uffef"  # full-width forms and half-width katakana
)
CJK_CHARACTER = re.compile(f"[{CJK_RANGES}]")
# The letters of Japanese words (kana and kanji; no punctuation, no full-width forms):
# what a line break can cut in two, and what a typed range mark stands between.
KANA_AND_KANJI = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
_KANA_AND_KANJI = KANA_AND_KANJI
KANA_OR_KANJI = re.compile(f"[{KANA_AND_KANJI}]")
# Characters a multilingual subword tokenizer (XLM-R, BGE-M3, Qwen) spends about one token
# on: kana, kanji, compatibility ideographs, hangul and full-width forms.
ONE_TOKEN_EACH_RANGES = KANA_AND_KANJI + "\uf900-\ufaff\uac00-\ud7af\uff00-\uffef"

# ---------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------

# ァ..ヺ, deliberately without ー itself: "サーバー-" already has its long vowel, and
# turning the trailing hyphen into a second ー would only manufacture "ーー".
_KATAKANA = "\u30a1-\u30fa"

# Characters that IMEs, Windows code pages and OCR put where a katakana long-vowel mark
# ー belongs. After NFKC: '－' (U+FF0D) has become '-', 'ｰ' (U+FF70) is already 'ー'.
#   -  ‐  ‑  ‒  –  −   hyphen-like: IME "minus" key, CP932 round trips, Word autocorrect
#   —  ―               dash-like: OCR of PDFs and fonts where ー is drawn as a bar
_HYPHEN_LIKE = "\u002d\u2010\u2011\u2012\u2013\u2212"
_DASH_LIKE = "\u2014\u2015"

# A hyphen-like character right after katakana is a long vowel unless Latin letters or
# digits follow: "サ－バ－" is サーバー, but "データ-1" and "タイプ-A" are real hyphens
# (a label or a model number), and turning them into ー would glue distinct tokens.
_HYPHEN_AS_LONG_VOWEL = re.compile(rf"(?<=[{_KATAKANA}])[{_HYPHEN_LIKE}](?![0-9A-Za-z])")
# A single em dash / horizontal bar after katakana is read as ー too, but a doubled one
# (――) is the Japanese punctuation "dash" and must stay. Residual risk, accepted: a single
# bar used as a range between two katakana words ("ローマ―ミラノ") becomes ー; that only
# blurs one boundary in rare text, whereas OCR'd "サ―バ―" is common in scanned manuals.
_DASH_AS_LONG_VOWEL = re.compile(rf"(?<=[{_KATAKANA}])[{_DASH_LIKE}](?![{_DASH_LIKE}0-9A-Za-z])")

# CP932 (Windows Shift_JIS) maps the wave dash to FULLWIDTH TILDE U+FF5E, so text that
# went through Windows holds '～' where the original had '〜' (U+301C): same mark, two code
# points. It is folded to '〜' BEFORE NFKC, because NFKC would turn '～' into ASCII '~'
# and make it indistinguishable from a real tilde in a path ("~/config") or URL.
_FULLWIDTH_TILDE = "\uff5e"
_WAVE_DASH = "\u301c"
# An ASCII '~' between digits or Japanese characters ("10~20時", "東京~大阪") is the range
# mark typed on an English keyboard; elsewhere ('~/.ssh', '~user') it is not touched.
_JAPANESE_OR_DIGIT = "0-9" + _KANA_AND_KANJI
_ASCII_TILDE_AS_WAVE_DASH = re.compile(rf"(?<=[{_JAPANESE_OR_DIGIT}])~(?=[{_JAPANESE_OR_DIGIT}])")

# After NFKC the ideographic space U+3000 is already ' '; the rest of \s (tabs, NBSP
# was folded too) collapses to one space. Line structure is kept because the chunker and
# display may normalise before splitting: single newlines stay, 3+ collapse to a blank line.
_HORIZONTAL_WHITESPACE = re.compile(r"[^\S\n]+")
_SPACES_AROUND_NEWLINE = re.compile(r" ?\n ?")
_MANY_NEWLINES = re.compile(r"\n{3,}")


def normalize(text: str) -> str:
    """Return ``text`` with only meaning-preserving Japanese/Latin variants unified.

    Every rule maps spellings of the SAME word/mark onto one form; none merges distinct
    words (hence no kanji-variant folding like 髙→高, no kana folding like ヴ→ブ, and
    no "一" (kanji one) → "ー" even though OCR confuses them: "ページ一覧" is real).
    """
    # Windows-mangled wave dash, before NFKC would make it an ASCII tilde (see above).
    text = text.replace(_FULLWIDTH_TILDE, _WAVE_DASH)
    # NFKC: full-width ＡＢＣ１２３ → ABC123, half-width ｶﾀｶﾅ → カタカナ (with ﾞ/ﾟ
    # recombined into ガ/パ), ① → 1, ㈱ → (株), U+3000 → ' '. It is the standard
    # compatibility fold for search; the characters it changes are presentation forms.
    text = unicodedata.normalize("NFKC", text)
    text = _HYPHEN_AS_LONG_VOWEL.sub("ー", text)
    text = _DASH_AS_LONG_VOWEL.sub("ー", text)
    text = _ASCII_TILDE_AS_WAVE_DASH.sub(_WAVE_DASH, text)
    text = _HORIZONTAL_WHITESPACE.sub(" ", text)
    text = _SPACES_AROUND_NEWLINE.sub("\n", text)
    text = _MANY_NEWLINES.sub("\n\n", text)
    # Case only matters for Latin script here; Japanese has none. str.lower rather than
    # casefold: casefold's ß→ss style expansions change string length for no search gain.
    return text.strip().lower()


# ---------------------------------------------------------------------------------------
# Layout clean-up (PDF text layers and OCR output)
# ---------------------------------------------------------------------------------------

# Digits glued to CJK ("年間20日", "第3章"): OCR puts spaces around them, Japanese does not.
_SPACE_BETWEEN_CJK = re.compile(
    f"(?<=[{CJK_RANGES}])[ \\t]+(?=[{CJK_RANGES}0-9])|(?<=[{CJK_RANGES}0-9])[ \\t]+(?=[{CJK_RANGES}])"
)
_KANGXI_AND_COMPAT = re.compile("[\u2f00-\u2fdf\uf900-\ufaff]")


def remove_spaces_between_cjk(text: str) -> str:
    """Drop spaces between CJK characters (and CJK/digit), keep those between Latin words."""
    return _SPACE_BETWEEN_CJK.sub("", text)


def unify_ideographs(text: str) -> str:
    """Map Kangxi radicals and CJK compatibility ideographs to the unified ideographs.

    Word-produced Japanese PDFs often encode 日 as the Kangxi radical ⽇ (U+2F47); they look
    identical but never match a search for 日. NFKC on just these characters fixes them
    without NFKC's other rewrites (full-width digits, ①, ㈱) of the rest of the text.
    """
    return _KANGXI_AND_COMPAT.sub(lambda match: unicodedata.normalize("NFKC", match.group()), text)


def display_width(line: str) -> int:
    """Width of `line` in half-width cells: 2 for wide (kana, kanji, full-width) characters."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line)


# For margin_only=False: a break between two kana/kanji, and the katakana-on-both-sides
# window that keeps its break (see join_wrapped_lines).
_LINE_BREAK_INSIDE_JAPANESE = re.compile(f"(?<=[{_KANA_AND_KANJI}])\n(?=[{_KANA_AND_KANJI}])")
_KATAKANA_BOTH_SIDES = re.compile(r"[\u30a0-\u30ff]\n[\u30a0-\u30ff]")


from appliance.text.tables import TABLE_CELL_SEPARATOR  # noqa: E402  (where it is defined, with what reads it)


def join_wrapped_lines(text: str, *, margin_only: bool = True) -> str:
    """Remove the line breaks that layout put inside Japanese text; keep real line ends.

    There is one joiner with two rules, because its two callers know different things:

    ``margin_only=True`` (``clean_layout_text``: a PDF page or OCR output, text that people
    read and the chunker splits into sentences). The line widths are still those of the
    page, so a break is removed only where it is evidently a wrap: the line before reaches
    (nearly) the widest line length on the page, and CJK text meets CJK text across it
    (punctuation and katakana included: "、" or "サー|バー" at the margin are wraps too).
    Shorter lines (a heading, the last line of a paragraph) end where the author ended
    them. Lines are stripped, 3+ line breaks become one blank line.

    ``margin_only=False`` (``tokenize``: text of any origin, already normalised, whose line
    widths say nothing any more). Only terms matter, so every break between two kana/kanji
    goes ("有給休\\n暇" would otherwise be cut into two words); a break beside punctuation
    cuts no word and stays. A break between two katakana stays as well: Sudachi reads an
    unknown katakana run as ONE token, so list lines "サーバー\\nネットワーク" would fuse.

    This mode changes nothing else: no stripping, and spaces stay, since a space between
    Japanese words is a deliberate separator ("サーバー ネットワーク").

    The margin rule would leave words cut in text whose layout is gone; the every-break
    rule would glue each heading to its first paragraph and katakana list lines together.
    """
    if not margin_only:
        return _LINE_BREAK_INSIDE_JAPANESE.sub(_keep_break_between_katakana, text)
    lines = [line.strip() for line in text.split("\n")]
    if not any(lines):
        return ""
    # A table's rows (each cell under its column's name) are no measure of the text's width.
    widths = sorted(display_width(line) for line in lines if line and TABLE_CELL_SEPARATOR not in line)
    full_width = widths[int(len(widths) * 0.9) - 1 if len(widths) > 1 else 0] if widths else 0
    output: list[str] = []
    laid_out_width = 0  # of the line before as the page set it, not of what it was joined into
    for line in lines:
        before, laid_out_width = laid_out_width, display_width(line)
        if (
            output
            and line
            and output[-1]
            and before >= 0.85 * full_width
            and CJK_CHARACTER.match(line[0])
            and CJK_CHARACTER.match(output[-1][-1])
            # A table's row (「… | 売上高: 451億円」, as pdf_layout.py reads one) is whole.
            and TABLE_CELL_SEPARATOR not in output[-1]
            and TABLE_CELL_SEPARATOR not in line
        ):
            output[-1] += line
        else:
            output.append(line)
    return _tidy_lines("\n".join(output))


def _tidy_lines(text: str) -> str:
    """Lines stripped, 3+ line breaks one blank line."""
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in text.split("\n"))).strip()


def _keep_break_between_katakana(match: re.Match[str]) -> str:
    window = match.string[match.start() - 1 : match.end() + 1]
    return "\n" if _KATAKANA_BOTH_SIDES.fullmatch(window) else ""


def clean_layout_text(text: str, *, spaces_seen: bool = False, wraps_joined: bool = False) -> str:
    """Text from a PDF page or OCR: unify line ends, ideographs, and layout spaces.

    The spaces between Japanese characters that pdfium makes up and OCR puts in are dropped;
    with `spaces_seen`, the text's spaces were each placed where the page shows a gap (a PDF
    page read by where its characters stand) and stay: 「品質保証課 長尾」 is not 品質保証課長 尾.
    The line breaks the page's wrapping left are joined (join_wrapped_lines); with
    `wraps_joined`, that was done by where each line ends on the page (the same PDF page:
    ingestion.parsing.pdf_layout), which knows its margin, and every line break stays.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n")
    text = text.replace("\ufffe", "").replace("\x02", "")  # pdfium's soft-hyphen markers
    text = unify_ideographs(text)
    if not spaces_seen:
        text = remove_spaces_between_cjk(text)
    return _tidy_lines(text) if wraps_joined else join_wrapped_lines(text)


# Characters cp1252 produces when UTF-8 or Shift_JIS bytes are read as Latin text.
_MOJIBAKE_RUN = re.compile(
    "[\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{2,}"
)


def mojibake_share(text: str) -> float:
    """Share of characters in runs that are Japanese bytes decoded with a Latin codec.

    A PDF whose ToUnicode map was built for cp1252 yields "æœ‰çµ¦" for 有給. Such a run
    turns back into CJK when re-encoded as cp1252 and decoded as UTF-8 (or Shift_JIS);
    bytes cp1252 cannot represent are lost, so a run counts when most of it comes back.
    """
    covered = 0
    for match in _MOJIBAKE_RUN.finditer(text):
        raw = match.group().encode("cp1252", errors="ignore")
        for codec in ("utf-8", "cp932"):
            recovered = len(CJK_CHARACTER.findall(raw.decode(codec, errors="replace")))
            bytes_per_character = 3 if codec == "utf-8" else 2
            if recovered and recovered >= 0.5 * len(raw) / bytes_per_character:
                covered += len(match.group())
                break
    visible = sum(1 for char in text if not char.isspace())
    return covered / visible if visible else 0.0


def garbled_share(text: str) -> float:
    """Share of characters that signal a broken text layer (bad ToUnicode map and such)."""
    visible = [char for char in text if not char.isspace()]
    if not visible:
        return 0.0
    bad = 0
    for char in visible:
        code = ord(char)
        if (
            char == "\ufffd"
            or 0xE000 <= code <= 0xF8FF  # private use: glyph ids leaking through
            or code >= 0xF0000
            or 0x3300 <= code <= 0x33FF  # CJK compatibility squares (㌔) in bulk
            or unicodedata.category(char) == "Cc"
        ):
            bad += 1
    return bad / len(visible)


def japanese_score(text: str) -> float:
    """How much `text` reads like Japanese: kana count, minus signs of a wrong codec.

    Used to choose between candidate decodings of the same bytes (Shift_JIS, EUC-JP).
    """
    score = 0.0
    for char in text:
        code = ord(char)
        if 0x3040 <= code <= 0x30FF:
            score += 1.0
        elif 0x4E00 <= code <= 0x9FFF:
            score += 0.5
        elif 0xFF61 <= code <= 0xFF9F or 0xE000 <= code <= 0xF8FF or char == "\ufffd":
            score -= 2.0  # half-width katakana, private use: typical of the wrong codec
    return score


# ---------------------------------------------------------------------------------------
# Tokenisation
# ---------------------------------------------------------------------------------------

# Parts of speech (UniDic level 1, as SudachiDict uses) that carry no topic: particles,
# auxiliary verbs (です, ます, た), punctuation/brackets, whitespace, conjunctions,
# interjections, pronouns (これ, 何) and adnominals (この, その). Pronouns and adnominals
# matter: questions are full of 何/どこ/この and would otherwise reward chatty passages.
_STOP_PART_OF_SPEECH: frozenset[str] = frozenset(
    {"助詞", "助動詞", "補助記号", "空白", "接続詞", "感動詞", "代名詞", "連体詞"}
)
# Light verbs that appear in nearly every sentence (する/ある/いる/なる, by their Sudachi
# normalised form). IDF would already push them near zero; dropping them keeps vectors
# smaller and keeps them from inflating length normalisation.
_STOP_NORMALIZED_FORMS: frozenset[str] = frozenset({"為る", "有る", "居る", "成る"})

# SudachiPy refuses input over 49,149 UTF-8 bytes; stay well below it per call.
_MAX_SUDACHI_INPUT_BYTES = 32_000

# Split mode C keeps long compounds whole (有給休暇, 国民健康保険料), which is precise but
# misses a query that names only a part (休暇, 保険料). We add the mode-A parts of every
# compound NOUN as extra terms. Measured on JaQuAD dev (Python BM25 over its 1,143
# paragraphs, all 3,113 questions): recall@1/@5 0.837/0.970 with parts, 0.837/0.969
# without. JaQuAD's questions reuse the paragraph's own wording, so it barely exercises
# partial-compound queries; parts cost ~12% more terms per chunk and no measured recall,
# and they fix the failure that matters for manuals and 規程 ("申込書" is found by
# "申込"), so they are on. Only nouns: a verb's normalised lemma already matches its
# inflections. (Mode-B parts measured 0.840/0.971, within noise of mode A.)
ADD_COMPOUND_PARTS: bool = True

# Sudachi's dictionary (about 200 MB mapped) is shared; a Tokenizer is not safe for
# concurrent use (SudachiPy raises SudachiError), so each thread gets its own.
_dictionary: Dictionary | None = None
_dictionary_lock = threading.Lock()
_per_thread = threading.local()


def _get_dictionary() -> Dictionary:
    global _dictionary
    if _dictionary is None:
        with _dictionary_lock:
            if _dictionary is None:
                # dict="core" resolves to the installed sudachidict_core package's
                # system.dic: an offline, pinned dictionary (no network, no user config).
                _dictionary = Dictionary(dict="core")
    return _dictionary


def _get_tokenizer() -> Tokenizer:
    tokenizer: Tokenizer | None = getattr(_per_thread, "tokenizer", None)
    if tokenizer is None:
        tokenizer = _get_dictionary().tokenizer(mode=SplitMode.C)
        _per_thread.tokenizer = tokenizer
    return tokenizer


def _pieces_within_sudachi_limit(text: str) -> Iterator[str]:
    """Yield consecutive pieces of ``text`` small enough for one Sudachi call.

    Cuts at line breaks when possible, else at 。, else anywhere; a cut at an arbitrary
    character can split one word, which is acceptable for a 10k-character line.
    """
    if len(text.encode("utf-8")) <= _MAX_SUDACHI_INPUT_BYTES:
        yield text
        return
    # 3 bytes per kana/kanji is the worst case for BMP text; 4 for astral characters.
    max_chars = _MAX_SUDACHI_INPUT_BYTES // 4
    start = 0
    while start < len(text):
        end = min(start + max_chars, len(text))
        if end < len(text):
            window = text[start:end]
            cut = max(window.rfind("\n"), window.rfind("。"))
            if cut > 0:
                end = start + cut + 1
        yield text[start:end]
        start = end


def _is_stop(part_of_speech: tuple[str, ...], normalized_form: str) -> bool:
    if part_of_speech[0] in _STOP_PART_OF_SPEECH:
        return True
    # 記号-文字 is a lone letter (α, Ω) and is kept; other 記号 are decorative symbols.
    if part_of_speech[0] == "記号" and part_of_speech[1] != "文字":
        return True
    return normalized_form in _STOP_NORMALIZED_FORMS


def tokenize(text: str) -> list[str]:
    """Return the search terms of ``text``, in order, repeats kept (for term frequency).

    Each term is Sudachi's ``normalized_form()`` (lowercased), so spelling variants share
    one term: 申し込み/申込み/申込 → 申し込み, 附属 → 付属, サーバ → サーバー, and many
    English words map to their katakana loanword (server → サーバー). Numbers are kept
    (１，０００ → 1000). Mode-A parts of compound nouns follow the compound.
    """
    prepared = join_wrapped_lines(normalize(text), margin_only=False)
    if not prepared:
        return []
    tokenizer = _get_tokenizer()
    terms: list[str] = []
    for piece in _pieces_within_sudachi_limit(prepared):
        for morpheme in tokenizer.tokenize(piece):
            part_of_speech = morpheme.part_of_speech()
            normalized_form = morpheme.normalized_form()
            if _is_stop(part_of_speech, normalized_form):
                continue
            terms.append(normalized_form.lower())
            if ADD_COMPOUND_PARTS and part_of_speech[0] == "名詞":
                # Empty unless the compound really splits in mode A.
                for part in morpheme.split(SplitMode.A):
                    part_normalized = part.normalized_form()
                    if not _is_stop(part.part_of_speech(), part_normalized):
                        terms.append(part_normalized.lower())
    return terms


def words(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """A short text's words as Sudachi reads them, each with its part of speech, in order
    (NFKC-folded, case kept): for the rules that read how a question is phrased."""
    folded = unicodedata.normalize("NFKC", text)
    return [(m.surface(), tuple(m.part_of_speech())) for piece in _pieces_within_sudachi_limit(folded) for m in _get_tokenizer().tokenize(piece)]


@dataclass(frozen=True)
class Noun:
    """A common or proper noun of a text, as written and as Sudachi normalises it, with the
    mode-A parts of a compound (「振込日」 → 振込, 日)."""

    surface: str
    normalized: str
    parts: tuple[str, ...]
    adverbial: bool  # 副詞可能: 半年, 毎月, 年間, いくら
    kind: str = ""  # Sudachi's third part of speech: サ変可能 (申請), 形状詞可能 (最終的), 一般...
    predicative: bool = False  # used as a verb or an adverb: 「質問して」, 「最終的に」 (not 「研修の」)
    proper: bool = False  # 固有名詞: 北海道, 横浜


def nouns(text: str) -> list[Noun]:
    """The text's nouns that name something: numerals, counters (メートル, 名) and suffixes
    are not among them."""
    prepared = join_wrapped_lines(normalize(text), margin_only=False)
    found: list[Noun] = []
    for piece in _pieces_within_sudachi_limit(prepared):
        morphemes = list(_get_tokenizer().tokenize(piece))
        for index, morpheme in enumerate(morphemes):
            part_of_speech = morpheme.part_of_speech()
            if part_of_speech[0] != "名詞" or part_of_speech[1] not in ("普通名詞", "固有名詞") or part_of_speech[2] == "助数詞可能":
                continue
            parts = tuple(part.surface() for part in morpheme.split(SplitMode.A))
            after = morphemes[index + 1].normalized_form() if index + 1 < len(morphemes) else ""
            predicative = (part_of_speech[2] == "サ変可能" and after in ("為る", "出来る")) or (part_of_speech[2] == "形状詞可能" and after == "だ")
            found.append(Noun(morpheme.surface(), morpheme.normalized_form(), parts if len(parts) > 1 else (),
                              part_of_speech[2] == "副詞可能", part_of_speech[2], predicative, part_of_speech[1] == "固有名詞"))
    return found

# ---------------------------------------------------------------------------------------
# Sparse vectors
# ---------------------------------------------------------------------------------------

_INDEX_MASK = 0x7FFF_FFFF


def term_index(term: str) -> int:
    """Map a term to a sparse-vector index, stable across processes and versions.

    CRC-32 of the UTF-8 bytes, masked to 31 bits: Python's ``hash()`` is salted per
    process and would scatter the same term across re-indexing runs. 31 bits keeps the
    index a non-negative int32 for every Qdrant client. Collisions: with V distinct terms
    about V²/2³² pairs collide — ~2 for a 100k-term vocabulary, ~230 for 1M. A collision
    merges two (usually rare) terms' postings, costing a little precision on queries that
    contain one of them; dense retrieval and reranking absorb that, so no vocabulary file
    (which would have to be kept in sync across workers) is worth it.
    """
    return zlib.crc32(term.encode("utf-8")) & _INDEX_MASK


def _term_counts_by_index(terms: list[str]) -> Counter[int]:
    # Counting by index rather than by term sums colliding terms, so each index appears
    # once in the vector (Qdrant rejects duplicate indices).
    return Counter(term_index(term) for term in terms)


def sparse_document_vector(text: str) -> tuple[list[int], list[float]]:
    """BM25 document-side weights (IDF left to Qdrant), indices sorted ascending."""
    terms = tokenize(text)
    counts = _term_counts_by_index(terms)
    length_norm = 1.0 - BM25_B + BM25_B * len(terms) / AVERAGE_DOCUMENT_LENGTH
    indices = sorted(counts)
    values = [
        counts[index] * (BM25_K1 + 1.0) / (counts[index] + BM25_K1 * length_norm)
        for index in indices
    ]
    return indices, values


def sparse_query_vector(text: str) -> tuple[list[int], list[float]]:
    """1.0 per distinct query term; Qdrant multiplies in the IDF (see module docstring)."""
    indices = sorted(_term_counts_by_index(tokenize(text)))
    return indices, [1.0] * len(indices)


def sparse_vector(text: str) -> tuple[list[int], list[float]]:
    """Alias of :func:`sparse_document_vector`: what gets stored for a chunk."""
    return sparse_document_vector(text)


_HIRAGANA = re.compile("[\u3041-\u309f]")
_ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
# An English sentence naming a Japanese term (「Tell me about 勤務時間」, 「What is the
# 在宅勤務手当?」) has English words and no hiragana; a Japanese one with product names
# (「DEMO-GUEST の Wi-Fi パスワードは？」) has its particles in hiragana.
MIN_ENGLISH_WORDS = 3


def language_of(text: str) -> str:
    """"ja" when the text has any kana or kanji (unless it is an English sentence that only names a
    Japanese term or place), else "en": the language a question is answered in and its relevance gate."""
    if not KANA_OR_KANJI.search(text):
        return "en"
    unquoted = _QUOTED.sub(" ", text)  # a name in brackets (「the sesame sauce (ごまだれ 1L)」) is quoted, not written in
    if not _HIRAGANA.search(unquoted) and len(_ENGLISH_WORD.findall(unquoted)) >= MIN_ENGLISH_WORDS:
        return "en"
    return "en" if len(_ENGLISH_WORD.findall(unquoted)) >= 2 * MIN_ENGLISH_WORDS and english_sentence_naming_japanese(unquoted) else "ja"  # "… of しののめ保育園 on March 1?"


_QUOTED = re.compile(r"[(（][^()（）]*[)）]|「[^「」]*」|『[^『』]*』|\"[^\"]*\"")
