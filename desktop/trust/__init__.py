"""Trust and signing: the city root, unit certificates, signed files. No Qt, no database.

Modules:
- errors: TrustError and its reason codes (what the CLI prints, what the window explains).
- pki: city root, unit certificates, fingerprints, PKCS#12.
- cms: detached CMS signatures over bytes and their verification.
- enrolment: the city's signed ZIP bundles (enrolment files, plan updates).
- pdf_signing: PAdES-signed PDF returns carrying their canonical JSON.
"""

from desktop.trust.errors import Reason, TrustError, VerificationError, WrongPassphraseError

__all__ = ["Reason", "TrustError", "VerificationError", "WrongPassphraseError"]
