"""Moments are stored in UTC and read in Beijing time, like the signatures' own stamps."""

from desktop.documents.rows import beijing, cn_date


def test_a_stored_moment_reads_in_beijing_time():
    # The import log and the city report showed 04:51 where the signature stamp said 12:51.
    assert beijing("2026-11-26T04:51:02+00:00") == "2026-11-26 12:51"
    assert beijing("2026-11-26T04:51:02+00:00", seconds=True) == "2026-11-26 12:51:02"
    assert beijing("2026-11-26T12:51:02+08:00") == "2026-11-26 12:51"
    assert beijing("") == ""


def test_a_date_from_a_moment_is_beijing_s_date():
    # Handed in at 01:00 on the 11th in Beijing is 17:00 on the 10th in UTC.
    assert cn_date("2025-04-10T17:00:00+00:00") == "2025年4月11日"
    assert cn_date("2025-04-08") == "2025年4月8日"
