"""Keys and certificates kept in the workspace. Private keys are stored only encrypted."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StoredCredential:
    kind: str  # city_root or unit
    cert_pem: bytes
    secret: bytes  # root: encrypted PKCS#8 PEM; unit: PKCS#12 locked by the unit's passphrase
    root_cert_pem: bytes
    fingerprint: str
    installed_at: str


class CredentialsMixin:
    """Workspace methods for credentials (mixed into Workspace)."""

    def credential(self, kind: str) -> StoredCredential | None:
        row = self.conn.execute("SELECT * FROM credentials WHERE kind = ?", (kind,)).fetchone()
        if row is None:
            return None
        return StoredCredential(
            kind=row["kind"],
            cert_pem=bytes(row["cert_pem"]),
            secret=bytes(row["secret"]),
            root_cert_pem=bytes(row["root_cert_pem"]),
            fingerprint=row["fingerprint"],
            installed_at=row["installed_at"],
        )

    def trusted_root_pem(self) -> bytes | None:
        """The city root this workspace trusts: its own (city) or the installed one (unit)."""
        for kind in ("city_root", "unit"):
            stored = self.credential(kind)
            if stored:
                return stored.root_cert_pem
        return None

    def store_credential(self, credential: StoredCredential) -> None:
        """Install or replace a credential; call inside a transaction with its other changes."""
        self.conn.execute(
            "INSERT OR REPLACE INTO credentials "
            "(kind, cert_pem, secret, root_cert_pem, fingerprint, installed_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                credential.kind,
                credential.cert_pem,
                credential.secret,
                credential.root_cert_pem,
                credential.fingerprint,
                credential.installed_at,
            ),
        )
        self._audit(
            "credential",
            credential.kind,
            "insert",
            None,
            {"fingerprint": credential.fingerprint},
        )

    def record_enrolment(self, unit_code: str, cert_fingerprint: str, issued_at: str) -> None:
        """Record an enrolment file written, inside the caller's transaction."""
        self.db["enrolments"].insert(
            {
                "unit": unit_code,
                "cert_fingerprint": cert_fingerprint,
                "issued_at": issued_at,
                "issued_by": self.actor,
            }
        )
        self._audit("enrolment", unit_code, "insert", None, {"fingerprint": cert_fingerprint})

    def enrolled_fingerprints(self, unit_code: str) -> set[str]:
        return {
            row[0]
            for row in self.conn.execute(
                "SELECT cert_fingerprint FROM enrolments WHERE unit = ?", (unit_code,)
            )
        }
