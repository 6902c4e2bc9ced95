"""Return documents: the canonical machine-readable return, its PDF and its Excel 台账.

Nothing here imports Qt or touches the database: every function takes the return payload (a plain
dict, see docs/return-format.md) and produces or reads bytes.
"""
