"""Chinese line breaking with the 禁则 (kinsoku) rules.

reportlab's ``wordWrap="CJK"`` only lets one forbidden line-start character hang past the right
edge: it knows no line-end rule at all (a line may end with 《 or “), misses many full-width marks
(,;:?》〉”’) and the hanging mark spills over table borders. So text is wrapped here and
the renderer draws the lines as given.

Rules: no line starts with a closing mark or pause/stop punctuation, no line ends with an opening
mark; runs of ASCII letters, digits and marks (2024, 0598-1234567, GB/T, 会议.pdf) are not split
unless longer than a line; a 2-em dash or ellipsis is never split. When a break would break a
rule the characters before it move to the next line (push-out), so no line is wider than the
width given.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate

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

_FUZZ = 1e-6
_DOUBLED = "\u2014\u2026"  # —— and …… are one mark drawn with two characters


def _is_word(ch: str) -> bool:
    # Printable ASCII other than space: Latin words, numbers, GB/T, 0598-1234567, file.pdf.
    return "!" <= ch <= "~"


def _can_break(text: str, i: int) -> bool:
    """May a line end before ``text[i]``?"""
    before, after = text[i - 1], text[i]
    if after == " ":
        return False  # break after the spaces instead, so no line starts with one
    if before == " ":
        return after not in CANNOT_START
    if after in CANNOT_START or before in CANNOT_END:
        return False
    if before == after and before in _DOUBLED:
        return False
    return not (_is_word(before) and _is_word(after))


class _Widths(dict):
    """Per-character widths, measured once per call of ``wrap``."""

    def __init__(self, measure: Callable[[str], float]):
        super().__init__()
        self.measure = measure

    def __missing__(self, ch: str) -> float:
        w = self[ch] = self.measure(ch)
        return w


def _wrap_paragraph(text: str, width: float, widths: _Widths, squeeze: float) -> list[str]:
    # Prefix sums let each line's fit be found by bisection instead of a per-character loop.
    ends = list(accumulate(map(widths.__getitem__, text), initial=0.0))
    n = len(text)
    lines: list[str] = []
    start = 0
    while start < n:
        fit = bisect_right(ends, ends[start] + width + _FUZZ) - 1
        if fit >= n:
            lines.append(text[start:].rstrip(" "))
            break
        fit = max(fit, start + 1)  # one glyph wider than the line still has to go somewhere
        end = fit
        if squeeze and not _can_break(text, fit):
            # Closing marks may be squeezed into the line (挤进) rather than push a word down.
            limit = ends[start] + width + squeeze + _FUZZ
            while end < n and text[end] in CANNOT_START and ends[end + 1] <= limit:
                end += 1
            if end == n or _can_break(text, end):
                lines.append(text[start:end])
                start = end
                continue
            end = fit
        while end > start and not _can_break(text, end):
            end -= 1
        if end == start:
            end = fit  # no allowed break (an overlong word): break the rule, never overflow
        lines.append(text[start:end].rstrip(" "))
        start = end
        while start < n and text[start] == " ":
            start += 1
    return lines or [""]


def wrap(
    text: str, width: float, measure: Callable[[str], float], *, squeeze: float = 0.0
) -> list[str]:
    """Split ``text`` into lines no wider than ``width`` (same units as ``measure``).

    Hard line breaks ("\\n") are kept; an empty paragraph gives an empty line. With ``squeeze``
    a line may be up to that much wider when the excess is closing punctuation, for a renderer
    that then tightens the line (justified body text); table cells use the default, 0.
    """
    widths = _Widths(measure)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph, width, widths, squeeze) if paragraph else [""])
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
