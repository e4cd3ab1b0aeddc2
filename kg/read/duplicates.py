"""The same article under two file names: found by its decoded text, not its bytes.

Scrapes often hold one article twice (a re-download, a copy in another
folder, another encoding). :func:`content_key` is the same for two files whose
text is the same once decoded, so a UTF-8 and a GB18030 copy, or a copy with
Windows line ends or a BOM, count as one article; the builder extracts it once
and keeps every file as a source.
"""

from __future__ import annotations

import hashlib
import unicodedata

from kg.model import Article


def content_key(article: Article) -> str:
    """A hash of the article's text, blind to encoding, BOM, line endings and trailing spaces."""
    text = unicodedata.normalize("NFC", article.text)
    lines = [line.rstrip() for line in text.splitlines()]
    return hashlib.sha256("\n".join(lines).strip("\n").encode("utf-8")).hexdigest()
