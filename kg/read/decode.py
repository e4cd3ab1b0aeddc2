"""Bytes -> text, with the encoding detected rather than assumed.

Order of decisions, each one explicit so a wrong guess is never silent:

1. a byte-order mark names the encoding (UTF-8, UTF-16, UTF-32);
2. a known file signature (PDF, PNG, ZIP...) means binary; a few NUL bytes in
   text that is otherwise UTF-8 are reported (with the offset of the first),
   never a reason to read the file as UTF-16;
3. UTF-16 without a BOM (even length) is taken when its text reads as English
   or Chinese: ASCII characters leave NUL bytes at one parity, and the Chinese
   characters must be common ones (see `chinese_like`) — English bytes read
   as UTF-16 give rare ideographs; other NUL bytes mean a binary file;
4. bytes that decode as UTF-8 are UTF-8; else an encoding the page declares
   (HTML meta charset) is used when its text passes the same checks;
5. bytes that are mostly valid UTF-8 with a few bad sequences are damaged
   UTF-8, and so is ASCII text with a few stray bytes that are not Latin
   letters: an error naming the byte offset, not a guess;
6. otherwise charset-normalizer ranks the legacy encodings we support
   (GB18030/GBK, Big5, Windows-1252) and the first whose text passes a
   sanity check is used (Chinese: no kana, private-use or control characters,
   common characters in runs of two or more; Windows-1252: mostly ASCII, its
   other characters letters inside words); when none passes, an error names
   the first bad byte.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import charset_normalizer

BOMS = (  # longest first: the UTF-32-LE mark starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
SIGNATURES = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0", "Office document"),
    (b"\x7fELF", "executable"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"Rar!\x1a", "RAR archive"),
    (b"\xfd7zXZ", "xz archive"),
)
# What browsers do with declared charsets: read the superset.
SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "big5": "big5hkscs",
}
LEGACY = ("gb18030", "big5", "big5hkscs", "cp1252")
# Characters that do not occur in a correctly decoded news article: a wrong
# Chinese codec produces kana, hangul, private-use and rare compatibility forms.
_SUSPICIOUS = re.compile(
    "[\u3040-\u30ff\u3130-\u318f\uac00-\ud7af\ue000-\uf8ff\ufffd\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]"
)
_LETTER = re.compile(r"[^\W\d_]")
# Every byte except the C0 controls that do not occur in text files (deleted to count those).
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 32 and b not in b"\t\n\r\f\x0b\x1b\x00"))


def _error(path, problem: str):
    from kg.read.errors import ArticleError

    return ArticleError(path, problem)


def decode_bytes(data: bytes, path: str | Path, declared: str | None = None) -> str:
    """Decode `data` (the bytes of the file `path`) or raise ArticleError naming the problem.

    `declared` is an encoding the file itself names (an HTML meta charset); it
    is used, when the bytes are not UTF-8, if it decodes them and the result
    passes the sanity check.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, path, offset=len(bom))
    _reject_signature(data, path)
    if b"\x00" in data:
        return _with_nuls(data, path)
    _reject_controls(data, path)
    if len(data) % 2 == 0 and not _valid_utf8(data):
        text = _utf16(data)
        if text is not None:
            return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    declared = SUPERSETS.get((declared or "").casefold(), declared)
    if declared:
        try:
            declared = SUPERSETS.get(codecs.lookup(declared).name, codecs.lookup(declared).name)
        except LookupError:
            declared = None  # a charset Python does not know: detected instead
    if declared and (text := _try(data, declared)) is not None and _fits(text, declared):
        return text
    if _mostly_utf8(data) or _stray_bytes(data):
        raise _error(
            path, f"not valid UTF-8 at byte offset {first_bad} (the rest of the file is UTF-8)"
        )
    text = _legacy(data)
    if text is None:
        raise _error(
            path,
            f"not valid UTF-8 at byte offset {first_bad}, and no supported "
            "encoding (GB18030/GBK, Big5, Windows-1252) fits",
        )
    return text


def _strict(data: bytes, encoding: str, path, offset: int = 0) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        name = encoding.upper().replace("-LE", " little-endian").replace("-BE", " big-endian")
        raise _error(path, f"not valid {name} at byte offset {offset + exc.start}") from exc


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _reject_signature(data: bytes, path) -> None:
    for magic, kind in SIGNATURES:
        if data.startswith(magic):
            raise _error(path, f"binary file ({kind}), not text")


def _reject_controls(data: bytes, path) -> None:
    head = data[:4096]
    controls = len(head.translate(None, _NOT_CONTROL))
    if head and controls * 10 > len(head):
        raise _error(path, "binary file (control bytes), not text")


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _with_nuls(data: bytes, path) -> str:
    """A file holding NUL bytes: UTF-16 without a BOM when its text reads as such; a few NULs
    in otherwise UTF-8 text reported; anything else binary."""
    first = data.index(0)
    text = _utf16(data) if len(data) % 2 == 0 else None
    if text is not None:
        return text
    nuls = data.count(0)
    if nuls * 10 <= len(data) and _valid_utf8(data.replace(b"\x00", b"")):
        raise _error(
            path, f"NUL byte at offset {first} ({nuls} in all) in text that is otherwise UTF-8"
        )
    raise _error(path, f"binary file (NUL byte at offset {first}), not text")


def _utf16(data: bytes) -> str | None:
    """The text of UTF-16 data without a BOM, when one byte order gives English or Chinese."""
    head = data[:65536]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    orders = ("utf-16-le", "utf-16-be") if odd >= even else ("utf-16-be", "utf-16-le")
    for encoding in orders:
        text = _try(data, encoding)
        if text is None or not plausible(text):
            continue
        han = _HAN.findall(text)
        ascii_letters = sum(1 for ch in text if ch.isascii() and ch.isalpha())
        if han and chinese_like(text):
            return text
        if not han and ascii_letters * 2 > len(text):  # English: every other byte a NUL
            return text
    return None


_HAN = re.compile(r"[\u3400-\u9fff]")
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")


def _common(ch: str) -> bool:
    """One of the 3,755 characters of GB 2312's first level (the common ones), or its
    traditional form as Big5 puts it among its frequent characters."""
    try:
        first = ch.encode("gb2312")[0]
    except UnicodeEncodeError:
        try:
            return 0xA4 <= ch.encode("big5")[0] <= 0xC6  # Big5's frequently used characters
        except UnicodeEncodeError:
            return False
    return 0xB0 <= first <= 0xD7


def chinese_like(text: str) -> bool:
    """True when the Han characters of `text` read as Chinese prose: nearly all common ones, and
    in runs of two or more. Bytes decoded with the wrong codec give rare characters, alone."""
    han = _HAN.findall(text)
    if not han:
        return False
    common = sum(1 for ch in han if _common(ch))
    single = sum(1 for run in _HAN_RUN.findall(text) if len(run) == 1)
    return common * 100 >= len(han) * 85 and single * 4 <= len(_HAN_RUN.findall(text))


def _fits(text: str, encoding: str) -> bool:
    """Whether text decoded with `encoding` is plausible for that encoding."""
    if encoding == "cp1252":
        return plausible(text, western=True) and _latin_words(text)
    if _HAN.search(text):
        return plausible(text) and chinese_like(text)
    return plausible(text)


def _latin_words(text: str) -> bool:
    """Windows-1252 text: its non-ASCII characters are letters inside words (Jürgen, Zürich)
    or typographic punctuation, not symbols and control characters."""
    for match in re.finditer(r"[^\x00-\x7f]", text):
        ch = match.group()
        if ch in "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0\u00b7\u20ac\u00a3":
            continue
        if not ch.isalpha():
            return False
    return True


def _stray_bytes(data: bytes) -> bool:
    """ASCII text with a few bytes above 127 that are not Latin letters in Windows-1252 and not
    pairs of common Chinese characters: damaged text, to report rather than re-read."""
    high = sum(1 for b in data if b > 127)
    if high == 0 or high * 50 > len(data):
        return False
    text = data.decode("cp1252", errors="replace")
    if "\ufffd" not in text and _latin_words(text):
        return False
    for encoding in ("gb18030", "big5"):
        chinese = _try(data, encoding)
        if chinese is not None and chinese_like(chinese):
            return False
    return True


def _mostly_utf8(data: bytes) -> bool:
    """True when valid multi-byte UTF-8 sequences far outnumber the bad bytes."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    return good > 0 and good >= bad


def _legacy(data: bytes) -> str | None:
    """The text in the best-ranked supported legacy encoding that passes the sanity check."""
    ranked = [m.encoding for m in charset_normalizer.from_bytes(data, cp_isolation=list(LEGACY))]
    for encoding in dict.fromkeys([*ranked, *LEGACY]):
        text = _try(data, encoding)
        if text is not None and _fits(text, encoding):
            return text
    return None


def plausible(text: str, western: bool = False) -> bool:
    """True when `text` looks like correctly decoded prose (few impossible characters).

    With `western`, at most one letter in four may be outside ASCII: Chinese bytes read as
    Windows-1252 give a soup of accented letters and symbols, nearly every one of them high.
    """
    letters = len(_LETTER.findall(text))
    if letters == 0:
        return False
    if western and sum(1 for ch in text if ord(ch) > 127) * 4 > letters:
        return False
    return len(_SUSPICIOUS.findall(text)) * 50 <= letters
