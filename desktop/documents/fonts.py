"""The bundled CJK fonts, registered with reportlab once per process.

Both are TrueType-outline collections, which reportlab embeds as subsets, so a PDF looks the same
on a PC with no Chinese fonts.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.resources import resource

SONG = "Song"  # AR PL UMing CN: body text and titles
HEI = "Hei"  # WenQuanYi Micro Hei: tables and headings

_FILES = {SONG: ("uming.ttc", 0), HEI: ("wqy-microhei.ttc", 0)}
_lock = threading.Lock()


def register_fonts() -> None:
    """Register "Song" and "Hei" with reportlab; cheap after the first call."""
    with _lock:
        registered = pdfmetrics.getRegisteredFontNames()
        for name, (filename, index) in _FILES.items():
            if name not in registered:
                path = resource("fonts", filename)
                pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))


@functools.cache
def measurer(font_name: str, size: float) -> Callable[[str], float]:
    """A fast ``text -> width in points`` for one font and size (per-character widths cached)."""
    register_fonts()
    face = pdfmetrics.getFont(font_name).face
    char_widths, default = face.charWidths, face.defaultWidth
    scale = size / 1000.0
    cache: dict[str, float] = {}

    def width(text: str) -> float:
        total = 0.0
        for ch in text:
            w = cache.get(ch)
            if w is None:
                w = cache[ch] = char_widths.get(ord(ch), default) * scale
            total += w
        return total

    return width
