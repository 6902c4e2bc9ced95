"""Constants shared by the trust tests (a uniquely named module, so it never shadows another)."""

ROOT_PASSPHRASE = "市级根口令-2025"
UNIT_PASSPHRASE = "county-passphrase-350404"
