"""The CJK font for the visible signature stamp, in the shape pyHanko needs.

pyHanko lays out stamp text in PDF glyph space, which assumes 1000 units per em; WenQuanYi Micro
Hei has 2048, so glyphs would come out at twice their width. We take the Hei face out of the
bundled .ttc with fontTools and rescale it to 1000 units per em.

Rescaling the whole face (49,000 glyphs) takes about ten seconds and writes 4 MB, so we first
subset it to the characters of the stamp plus a fixed set (digits, dates, common stamp words):
about 0.2 s. The result is cached on disk by its character set, so one unit's stamps reuse one
small file whatever the time printed on them.
"""

import hashlib
import os
import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem

from desktop.resources import resource

FONT_COLLECTION = ("fonts", "wqy-microhei.ttc")
FACE_INDEX = 0  # WenQuanYi Micro Hei (index 1 is the Mono variant)
UNITS_PER_EM = 1000
# Bump when the transformation changes, so old cached files are not reused.
RECIPE_VERSION = "1"
BASE_CHARACTERS = (
    "0123456789 :-./()()::"
    "年月日时分秒北京时间签署章电子签名单位经办审核于"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)


def stamp_font_file(text: str, cache_dir: Path | None = None) -> Path:
    """A TrueType file with every character of `text`, at 1000 units per em."""
    characters = "".join(sorted(set(text + BASE_CHARACTERS) - {"\n", "\r", "\t"}))
    source = resource(*FONT_COLLECTION)
    key = hashlib.sha256(
        f"{RECIPE_VERSION}|{source.stat().st_size}|{FACE_INDEX}|{characters}".encode()
    ).hexdigest()[:32]
    directory = cache_dir or Path(tempfile.gettempdir()) / "ip-tracker-stamp-fonts"
    target = directory / f"hei-{key}.ttf"
    if not target.exists():
        directory.mkdir(parents=True, exist_ok=True)
        _write_scaled_subset(source, characters, target)
    return target


def _write_scaled_subset(source: Path, characters: str, target: Path) -> None:
    font = TTFont(str(source), fontNumber=FACE_INDEX, lazy=True)
    options = subset.Options()
    options.layout_features = ["*"]  # keep what HarfBuzz needs to shape the text
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["FFTM"]  # a FontForge timestamp the subsetter cannot handle
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=characters)
    subsetter.subset(font)
    scale_upem(font, UNITS_PER_EM)
    # Write beside the target, then rename: another process may be reading the cache.
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            font.save(out)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
