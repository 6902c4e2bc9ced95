"""One error type for everything the trust layer refuses, with a stable code and a Chinese message.

The code (a `Reason`) is for programs: `verify --json` prints it and tests assert on it. The
message is for the person at the county or city PC and says what is wrong in plain words.
"""

from enum import StrEnum


class Reason(StrEnum):
    # Secrets
    WRONG_PASSPHRASE = "wrong_passphrase"
    EMPTY_PASSPHRASE = "empty_passphrase"
    # Files that are not what they claim to be
    DAMAGED_FILE = "damaged_file"
    UNSAFE_ARCHIVE = "unsafe_archive"
    NOT_ENROLMENT = "not_enrolment"
    WRONG_KIND = "wrong_kind"
    UNSUPPORTED_VERSION = "unsupported_version"
    MEMBER_MISSING = "member_missing"
    UNEXPECTED_MEMBER = "unexpected_member"
    MEMBER_HASH_MISMATCH = "member_hash_mismatch"
    IDENTITY_MISMATCH = "identity_mismatch"
    ROOT_MISMATCH = "root_mismatch"
    # Signatures
    MALFORMED_SIGNATURE = "malformed_signature"
    SIGNATURE_INVALID = "signature_invalid"
    UNTRUSTED_SIGNER = "untrusted_signer"
    NOT_A_UNIT_CERTIFICATE = "not_a_unit_certificate"
    SIGNER_MISMATCH = "signer_mismatch"
    INVALID_INPUT = "invalid_input"
    # PDF returns
    NOT_PDF = "not_pdf"
    TRUNCATED = "truncated"
    UNSIGNED = "unsigned"
    NOT_WHOLE_DOCUMENT = "not_whole_document"
    MODIFIED_AFTER_SIGNING = "modified_after_signing"
    ATTACHMENT_MISSING = "attachment_missing"
    ATTACHMENT_MISMATCH = "attachment_mismatch"


class TrustError(Exception):
    """Something the trust layer refuses. `reason` is a stable code, `message` is Chinese."""

    def __init__(self, reason: Reason, message: str):
        super().__init__(message)
        self.reason = Reason(reason)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.reason.value!r}, {self.message!r})"


class WrongPassphraseError(TrustError):
    def __init__(self, what: str = "私钥"):
        super().__init__(Reason.WRONG_PASSPHRASE, f"口令不正确,无法打开{what}。请核对口令后重试。")


class VerificationError(TrustError):
    """A signature, or a signed file, did not pass verification."""
