"""What `kg` prints: text from files and servers shown so that it cannot act on the terminal.

File names, article identifiers and server messages are user data: a name holding an escape
sequence could retitle or clear the terminal, one holding a newline could add a fake `kg: ...`
line. `printable` shows every control character (C0, C1, DEL, and the bidirectional
overrides that reorder what is shown) as a visible escape such as `\\x1b` or `\\n`.
"""

from __future__ import annotations

import sys
import unicodedata

_BIDI = {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}
_NAMED = {"\n": "\\n", "\r": "\\r"}


def printable(text: str) -> str:
    """`text` with its control characters escaped (see the module notes)."""
    if text.isprintable():
        return text
    out = []
    for char in text:
        if char == "\t":  # moves the cursor only: kept (kg identity prints tab-separated rows)
            out.append(char)
        elif char in _NAMED:
            out.append(_NAMED[char])
        elif unicodedata.category(char) == "Cc" or char in _BIDI:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        elif unicodedata.category(char) == "Cs":  # a file name's undecodable byte
            out.append("\ufffd")
        else:
            out.append(char)
    return "".join(out)


def say(text: str = "", *, err: bool = False) -> None:
    """Print one line (escaped) on stdout, or stderr with `err`."""
    print(printable(text), file=sys.stderr if err else sys.stdout, flush=err)


def show(text: str) -> None:
    """Print a block of output (a table, CSV, JSON, Turtle) with control characters escaped
    but its own line breaks kept."""
    sys.stdout.write("\n".join(printable(line) for line in text.split("\n")) + "\n")
