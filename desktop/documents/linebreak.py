"""Chinese line breaking with the 禁则 (kinsoku) rules.

reportlab's ``wordWrap="CJK"`` only lets one forbidden line-start character hang past the right
edge: it knows no line-end rule at all (a line may end with 《 or “), misses many full-width marks
(,;:?》〉”’) and the hanging mark spills over table borders. So text is wrapped here and
the renderer draws the lines as given.

Rules: no line starts with a closing mark or pause/stop punctuation, no line ends with an opening
mark; runs of Latin letters and digits (2024, 0598-1234567, GB/T) are not split unless longer than a
line; a 2-em dash or ellipsis is never split. When a break would break a rule the characters before
it move to the next line (push-out), so no line is wider than the width given.
"""

from __future__ import annotations

import re
from collections.abc import Callable

CANNOT_START = frozenset(
    "!),.:;?]}%"
    "\uff01\uff09\uff0c\uff0e\uff1a\uff1b\uff1f\uff3d\uff5d\uff05"  # full-width ! ) , . : ; ? ] } %
    # 、。〉》」』】〕〗〙〞〟
    "\u3001\u3002\u3009\u300b\u300d\u300f\u3011\u3015\u3017\u3019\u301e\u301f"
    "\u201d\u2019\u2026\u2014\u00b7\u30fb\u2030\u2103\uff5e"  # ” ’ … — · ・ ‰ ℃ ~
)
CANNOT_END = frozenset(
    "([{"
    "\uff08\uff3b\uff5b"  # full-width ( [ {
    "\u3008\u300a\u300c\u300e\u3010\u3014\u3016\u3018\u301d"  # 〈《「『【〔〖〘〝
    "\u201c\u2018\uffe5\uff04$\u00a5#"  # “ ‘ ¥ $ and prefixes that belong to the next word
)

# A Latin/number word, a run of spaces, or any single other character (one CJK glyph).
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,%/_\-+@:]*[A-Za-z0-9%]|[A-Za-z0-9]| +|.", re.S)
_FUZZ = 1e-6


def _can_break(before: str, after: str) -> bool:
    """May a line end with token ``before`` and the next start with token ``after``?"""
    if after[0] in CANNOT_START or before[-1] in CANNOT_END:
        return False
    # ——  and …… are one mark drawn with two characters.
    return not (before[-1] == after[0] and before[-1] in "\u2014\u2026")


def _wrap_paragraph(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    tokens: list[str] = []
    for tok in _TOKEN.findall(text):
        if len(tok) > 1 and not tok.isspace() and measure(tok) > width:
            tokens.extend(tok)  # an overlong word breaks anywhere rather than overflowing
        else:
            tokens.append(tok)
    widths = [measure(t) for t in tokens]
    lines: list[str] = []
    start, used, i, n = 0, 0.0, 0, len(tokens)
    while i < n:
        if used + widths[i] <= width + _FUZZ or i == start:
            used += widths[i]
            i += 1
            continue
        # tokens[i] does not fit: choose where this line ends.
        if tokens[i].isspace():
            end = nxt = i
            while nxt < n and tokens[nxt].isspace():
                nxt += 1
        else:
            end = i
            while end > start + 1 and not _can_break(tokens[end - 1], tokens[end]):
                end -= 1
            if end == start + 1 and not _can_break(tokens[start], tokens[start + 1]):
                end = i  # nothing better in this line: break the rule rather than overflow
            nxt = end
        lines.append("".join(tokens[start:end]).rstrip(" "))
        while nxt < n and tokens[nxt].isspace() and tokens[nxt].startswith(" "):
            nxt += 1  # a line never starts with a space
        start = nxt
        i = max(i, start)
        used = sum(widths[start:i])
    if start < n or not lines:
        lines.append("".join(tokens[start:]).rstrip(" "))
    return lines


def wrap(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Split ``text`` into lines no wider than ``width`` (same units as ``measure``).

    Hard line breaks ("\\n") are kept; an empty paragraph gives an empty line.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph, width, measure) if paragraph else [""])
    return lines


# Context in which ASCII punctuation is really Chinese punctuation typed on an English keyboard.
def _is_cjk(ch: str) -> bool:
    return ord(ch) >= 0x2E80 or ch in "\u2014\u2018\u2019\u201c\u201d\u2026"


_FULLWIDTH = {",": "\uff0c", ":": "\uff1a", ";": "\uff1b", "!": "\uff01", "?": "\uff1f",
              "(": "\uff08", ")": "\uff09"}  # fmt: skip
_HALF_PUNCT = re.compile(r"[,:;!?()]")


def cjk_punctuation(text: str) -> str:
    """Show ASCII , : ; ! ? ( ) next to Chinese text as their full-width forms.

    Only for display: the plan and users' text often mix the two, and half-width marks in a Song
    paragraph look like typing errors on paper. Numbers (2,000; 10:30) are left alone, and a pair
    of brackets changes together.
    """
    if not _HALF_PUNCT.search(text):
        return text
    out = list(text)
    last = len(text) - 1
    opened: list[int] = []

    def chinese_context(i: int) -> bool:
        # Looks back at what is already converted, so "(局):" ends in a full-width colon.
        return (i > 0 and _is_cjk(out[i - 1])) or (i < last and _is_cjk(text[i + 1]))

    for m in _HALF_PUNCT.finditer(text):
        i = m.start()
        ch = text[i]
        if ch == "(":
            opened.append(i)
        elif ch == ")" and opened:
            start = opened.pop()
            if chinese_context(start) or chinese_context(i):
                out[start], out[i] = _FULLWIDTH["("], _FULLWIDTH[")"]
        elif ch != ")" and chinese_context(i):
            out[i] = _FULLWIDTH[ch]
    for i in opened:  # unbalanced "(": judge it alone
        if chinese_context(i):
            out[i] = _FULLWIDTH["("]
    return "".join(out)
