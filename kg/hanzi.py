"""Han script forms: traditional characters read as simplified ones.

Names printed in traditional characters (Hong Kong, Taiwan, Macau) and in
simplified ones are the same names: "許建國" is "许建国". Comparisons of Han
names (who is who, which alias is meant) go through :func:`simplified`. The
conversion tables are OpenCC's, shipped inside the `opencc-python-reimplemented`
package (no download at run time).
"""

from __future__ import annotations

from functools import lru_cache

import opencc

_T2S = opencc.OpenCC("t2s")


@lru_cache(maxsize=1 << 16)
def simplified(text: str) -> str:
    """`text` with traditional Han characters replaced by simplified ones (other text unchanged)."""
    if not any("\u3400" <= ch <= "\u9fff" for ch in text):
        return text
    return str(_T2S.convert(text))
