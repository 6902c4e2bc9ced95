"""Errors raised while building or reading return documents.

Messages are in Chinese because they are shown to county staff as they are.
"""


class DocumentError(Exception):
    """A return document could not be produced or read."""


class PayloadError(DocumentError):
    """The return payload breaks the format; ``path`` is the JSON path of the offending value."""

    def __init__(self, message: str, path: str = "$"):
        super().__init__(f"{path}: {message}")
        self.path = path
        self.reason = message


class NotAReturnWorkbookError(DocumentError):
    """The file is a readable workbook but not one written by ip-tracker."""


class HiddenSheetMissingError(NotAReturnWorkbookError):
    """The workbook looks like a return but its hidden data sheet is gone."""


class DamagedFileError(DocumentError):
    """The file is not a valid xlsx, is truncated, or is unsafe to open (zip bomb)."""
