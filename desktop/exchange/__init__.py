"""What crosses between offline machines: enrolment, signed returns, verification, city imports.

This layer joins the workspace (storage), the documents (PDF/Excel) and trust (signatures).
It imports no Qt.
"""


class ExchangeError(Exception):
    """A file or request judged bad: `reason` is a stable code, the message says what and where."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason
        self.message = message


class NotPossibleHere(Exception):
    """The command cannot run in this workspace (wrong kind, not enrolled, no root yet)."""
