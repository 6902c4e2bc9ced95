import random

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from desktop.documents.fonts import HEI, SONG, measurer, register_fonts
from desktop.documents.linebreak import CANNOT_END, CANNOT_START, wrap


# Each CJK character is 1 unit wide, everything else 0.5, so widths are easy to reason about.
def unit_measure(text: str) -> float:
    return sum(1.0 if ord(ch) >= 0x2E80 else 0.5 for ch in text)


OPEN = "\u300a\u201c\uff08\u3010\u300c"  # 《 “ ( 【 「
CLOSE = "\uff0c\u3002\u3001\uff1b\uff1a\uff01\uff1f\u300b\u201d\uff09\u3011\u300d,.;:)"


def check(lines: list[str], width: float, measure=unit_measure) -> None:
    for k, line in enumerate(lines):
        assert measure(line) <= width + 1e-6, line
        if k > 0:
            assert line[:1] not in CANNOT_START, (lines[k - 1], line)
        if k < len(lines) - 1:
            assert line[-1:] not in CANNOT_END, (line, lines[k + 1])


def test_no_line_starts_with_closing_punctuation():
    # 10 per line: the comma would start line 2, so 九 moves down with it.
    lines = wrap("一二三四五六七八九十\uff0c一二三", 10, unit_measure)
    assert lines == ["一二三四五六七八九", "十\uff0c一二三"]


def test_no_line_ends_with_opening_mark():
    lines = wrap("一二三四五六七八九\u300a十一二\u300b", 10, unit_measure)
    assert lines == ["一二三四五六七八九", "\u300a十一二\u300b"]


def test_consecutive_closing_marks_move_together():
    lines = wrap("一二三四五六七八九十\u201d\u3002后文", 10, unit_measure)
    assert lines == ["一二三四五六七八九", "十\u201d\u3002后文"]


def test_latin_and_numbers_are_not_split():
    lines = wrap("联系电话0598-1234567,标准GB/T 29490", 8, unit_measure)
    assert "0598-1234567," in "".join(lines)
    assert any(line.endswith("0598-1234567,") or "0598-1234567" in line for line in lines)
    for line in lines:
        assert not line.startswith(" ")
    check(lines, 8)


def test_dash_and_ellipsis_stay_whole():
    lines = wrap("一二三四五六七八九十\u2014\u2014十", 10, unit_measure)
    assert lines == ["一二三四五六七八九", "十\u2014\u2014十"]


def test_hard_breaks_and_empty_text():
    assert wrap("", 10, unit_measure) == [""]
    assert wrap("甲\n\n乙", 10, unit_measure) == ["甲", "", "乙"]


def test_overlong_word_is_split_rather_than_overflowing():
    lines = wrap("x" * 50, 10, unit_measure)
    assert "".join(lines) == "x" * 50
    check(lines, 10)


@pytest.mark.parametrize("seed", range(40))
def test_random_text_obeys_rules_and_loses_nothing(seed):
    rng = random.Random(seed)
    cjk = "知识产权保护专项行动推进企业培育工作"
    parts = []
    for _ in range(rng.randint(20, 200)):
        r = rng.random()
        if r < 0.12:
            parts.append(rng.choice(CLOSE))
        elif r < 0.18:
            parts.append(rng.choice(OPEN) + rng.choice(cjk))
        elif r < 0.22:
            parts.append(str(rng.randint(1, 99999)))
        else:
            parts.append(rng.choice(cjk))
    text = "".join(parts)
    width = rng.choice([4, 5, 7, 10, 13, 28])
    lines = wrap(text, width, unit_measure)
    assert "".join(lines) == text
    check(lines, width)


def test_with_real_font_metrics():
    register_fonts()
    for font in (SONG, HEI):
        measure = measurer(font, 10.5)
        text = "开展“昆仑2024”“净风”专项行动,出动执法人员126人次。《企业知识产权合规管理体系要求》"
        for chars in range(4, 20):
            lines = wrap(text * 3, chars * 10.5, measure)
            check(lines, chars * 10.5, measure)
            assert "".join(lines) == text * 3


def test_reportlab_cjk_wrap_breaks_the_line_end_rule():
    """Why we do not rely on Paragraph(wordWrap="CJK"): it lets a line end with 《."""
    register_fonts()
    style = ParagraphStyle("t", fontName=SONG, fontSize=10, leading=12, wordWrap="CJK")
    para = Paragraph("一二三四五六七八九\u300a十一二三\u300b", style)
    para.wrap(100, 1000)
    first = "".join(para.blPara.lines[0][1])
    assert first.endswith("\u300a")  # reportlab: forbidden; ours: see test above


def test_cjk_punctuation_for_display():
    from desktop.documents.linebreak import cjk_punctuation

    assert cjk_punctuation("计划(2024—2025年),深化") == "计划\uff082024—2025年\uff09\uff0c深化"
    assert cjk_punctuation("永安市(350481)") == "永安市\uff08350481\uff09"
    assert cjk_punctuation("电话:0598-1234567") == "电话\uff1a0598-1234567"
    assert cjk_punctuation("2,000 and 10:30 f(x)") == "2,000 and 10:30 f(x)"


def test_squeeze_keeps_closing_punctuation_on_the_line():
    text = "一二三四五六七八九十\u3002后"
    assert wrap(text, 10, unit_measure) == ["一二三四五六七八九", "十\u3002后"]
    assert wrap(text, 10, unit_measure, squeeze=1) == ["一二三四五六七八九十\u3002", "后"]
    # Only closing marks are squeezed in, and only as far as allowed.
    assert wrap("一二三四五六七八九十\u3002\u201d后", 10, unit_measure, squeeze=1) == [
        "一二三四五六七八九",
        "十\u3002\u201d后",
    ]
