"""Bytes -> text, with the encoding detected rather than assumed.

Order of decisions, each one explicit so a wrong guess is never silent:

1. a byte-order mark names the encoding (UTF-8, UTF-16, UTF-32);
2. NUL bytes mean UTF-16 without a BOM (when they sit at one parity) or else
   a binary file; a known file signature (PDF, PNG, ZIP...) means binary;
3. bytes that decode as UTF-8 are UTF-8; else an encoding the page declares
   (HTML meta charset) is used when it fits;
4. bytes that are mostly valid UTF-8 with a few bad sequences are damaged
   UTF-8: an error naming the byte offset, not a guess;
5. otherwise charset-normalizer ranks the legacy encodings we support
   (GB18030/GBK, Big5, Windows-1252) and the first whose text passes a
   sanity check (no kana, private-use or control characters in Chinese prose)
   is used; when none passes, an error names the first bad byte.
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
        return _utf16_by_nuls(data, path)
    _reject_controls(data, path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    declared = SUPERSETS.get((declared or "").casefold(), declared)
    if (
        declared
        and (text := _try(data, declared)) is not None
        and plausible(text, declared == "cp1252")
    ):
        return text
    if _mostly_utf8(data):
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


def _utf16_by_nuls(data: bytes, path) -> str:
    """UTF-16 without a BOM: ASCII characters leave their NUL byte at one parity; else binary."""
    head = data[:65536]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    encoding = "utf-16-le" if odd >= 9 * even else "utf-16-be" if even >= 9 * odd else None
    text = _try(data, encoding) if encoding and len(data) % 2 == 0 else None
    if text is not None and plausible(text):
        return text
    raise _error(path, f"binary file (NUL byte at offset {data.index(0)}), not text")


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
        if text is not None and plausible(text, western=encoding == "cp1252"):
            return text
    return None


def plausible(text: str, western: bool = False) -> bool:
    """True when `text` looks like correctly decoded prose (few impossible characters).

    With `western`, the text must also be mostly ASCII: Chinese bytes read as
    Windows-1252 give a soup of accented letters.
    """
    letters = len(_LETTER.findall(text))
    if letters == 0:
        return False
    if western and sum(1 for ch in text if ord(ch) > 127) * 10 > letters:
        return False
    return len(_SUSPICIOUS.findall(text)) * 50 <= letters
