"""Which language an article is in: English, Chinese, or another one named in the error.

The script decides first (Han against Latin letters). Han text with kana is Japanese and hangul
is Korean, whatever its Han characters. Latin-script text is English unless py3langid (a
language identifier that ships its model inside the package: nothing is downloaded) is sure it
is another language; a short text, or one it is not sure of, stays English, since machine
translations and name-heavy pages are English that reads oddly, not another language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")  # hiragana and katakana letters, not ・ー
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_MIN_LETTERS = 20  # fewer letters of either script: no language at all
_MIN_IDENTIFIED = 100  # Latin letters needed before another language is believed
_SURE = 0.99
# What the identifier's codes are called in the one-line error.
NAMES = {
    "ja": "Japanese",
    "ko": "Korean",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "pt": "Portuguese",
    "it": "Italian",
    "nl": "Dutch",
    "sv": "Swedish",
    "da": "Danish",
    "no": "Norwegian",
    "fi": "Finnish",
    "pl": "Polish",
    "cs": "Czech",
    "tr": "Turkish",
    "id": "Indonesian",
    "ms": "Malay",
    "vi": "Vietnamese",
    "ro": "Romanian",
    "hu": "Hungarian",
}


@dataclass(frozen=True)
class Language:
    """The language of a text: `code` ("en", "zh", or another ISO 639-1 code), or None."""

    code: str | None

    @property
    def supported(self) -> bool:
        return self.code in ("en", "zh")

    def problem(self) -> str:
        """The one-line reason an article in this language is not read."""
        if self.code is None:
            return "language not recognised (neither English nor Chinese text)"
        name = NAMES.get(self.code, f"language code {self.code}")
        return f"the text is not English or Chinese ({name})"


def identify(text: str) -> Language:
    """The language of `text` (see the module docstring)."""
    han = len(_HAN.findall(text))
    kana = len(_KANA.findall(text))
    hangul = len(_HANGUL.findall(text))
    latin = len(_LATIN.findall(text))
    if kana >= 10 and kana * 10 >= han:
        return Language("ja")
    if hangul >= _MIN_LETTERS and hangul >= han:
        return Language("ko")
    if han >= _MIN_LETTERS and han * 3 >= latin:
        return Language("zh")
    if latin >= _MIN_LETTERS and latin > han * 3:
        if latin >= _MIN_IDENTIFIED:
            code, score = _identifier().classify(_HAN.sub(" ", text[:4000]))
            if code != "en" and code in NAMES and float(score) >= _SURE:
                return Language(code)
        return Language("en")
    return Language(None)


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)
