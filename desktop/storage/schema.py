"""The schema ladder. Step N takes a database from user_version N-1 to N, in one transaction.

Never edit a released step: add a new one. Tests build a database at every older step
and migrate it.
"""

import sqlite3
from collections.abc import Callable

from desktop.storage.search_text import index_text


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one by one: executescript() would COMMIT the step's open transaction."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement: {statement[:60]}")


def _v1_core(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        CREATE TABLE plans (
            version TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            status TEXT NOT NULL,
            source TEXT NOT NULL,
            published_on TEXT NOT NULL,
            data TEXT NOT NULL,              -- the whole plan as JSON (ip-tracker.plan)
            installed_at TEXT NOT NULL
        );
        CREATE TABLE measures (
            plan_version TEXT NOT NULL REFERENCES plans(version),
            no INTEGER NOT NULL,
            chapter INTEGER NOT NULL,
            section INTEGER,
            text TEXT NOT NULL,
            PRIMARY KEY (plan_version, no)
        );
        CREATE TABLE units (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            full_name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('city_office', 'county', 'department')),
            phone TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE measure_units (
            plan_version TEXT NOT NULL,
            measure INTEGER NOT NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,              -- as the plan writes it
            lead INTEGER NOT NULL,
            PRIMARY KEY (plan_version, measure, position),
            FOREIGN KEY (plan_version, measure) REFERENCES measures(plan_version, no)
        );
        CREATE TABLE periods (
            code TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('quarter', 'half', 'year')),
            start TEXT NOT NULL,
            end TEXT NOT NULL,
            deadline TEXT NOT NULL,
            due INTEGER NOT NULL DEFAULT 1
        );

        CREATE TABLE actions (
            id TEXT PRIMARY KEY,
            unit TEXT NOT NULL REFERENCES units(code),
            plan_version TEXT NOT NULL REFERENCES plans(version),
            measure INTEGER NOT NULL,
            period TEXT NOT NULL REFERENCES periods(code),
            title TEXT NOT NULL,
            progress TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL
                CHECK (status IN ('not_started', 'in_progress', 'done', 'not_applicable')),
            reason TEXT NOT NULL DEFAULT '',
            start_date TEXT,
            finish_date TEXT,
            problems TEXT NOT NULL DEFAULT '',
            next_steps TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            CHECK (status != 'not_applicable' OR reason != ''),
            FOREIGN KEY (plan_version, measure) REFERENCES measures(plan_version, no)
        );
        CREATE INDEX actions_by_period_measure ON actions(period, measure);
        CREATE INDEX actions_by_measure ON actions(measure);

        CREATE TABLE action_figures (
            action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
            indicator TEXT NOT NULL,
            value TEXT NOT NULL,             -- a decimal, as text: never a binary float
            PRIMARY KEY (action_id, indicator)
        );

        CREATE TABLE evidence_blobs (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            content BLOB NOT NULL
        );
        CREATE TABLE evidence (
            id TEXT PRIMARY KEY,
            action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
            sha256 TEXT NOT NULL REFERENCES evidence_blobs(sha256),
            name TEXT NOT NULL,
            size INTEGER NOT NULL,
            added_at TEXT NOT NULL,
            added_by TEXT NOT NULL
        );
        CREATE INDEX evidence_by_action ON evidence(action_id);

        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
            old TEXT,                        -- JSON of the changed fields before
            new TEXT                         -- JSON of the changed fields after
        );
        CREATE INDEX audit_by_entity ON audit(entity, entity_id);
        """,
    )


def _v2_search(conn: sqlite3.Connection) -> None:
    """Full-text index over measures and actions, filled from what is already there."""
    conn.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "kind UNINDEXED, ref UNINDEXED, body, tokenize = 'unicode61')"
    )
    for plan_version, no, text in conn.execute("SELECT plan_version, no, text FROM measures"):
        conn.execute(
            "INSERT INTO search_index (kind, ref, body) VALUES ('measure', ?, ?)",
            (f"{plan_version}:{no}", index_text(text)),
        )
    for row in conn.execute(
        "SELECT id, title, progress, reason, problems, next_steps FROM actions"
    ).fetchall():
        conn.execute(
            "INSERT INTO search_index (kind, ref, body) VALUES ('action', ?, ?)",
            (row[0], index_text(*row[1:])),
        )


def _v3_returns(conn: sqlite3.Connection) -> None:
    """Frozen returns: immutable snapshots, one row per version."""
    run_script(
        conn,
        """
        CREATE TABLE returns (
            return_id TEXT NOT NULL,
            version INTEGER NOT NULL CHECK (version >= 1),
            unit TEXT NOT NULL REFERENCES units(code),
            period TEXT NOT NULL REFERENCES periods(code),
            plan_version TEXT NOT NULL REFERENCES plans(version),
            frozen_at TEXT NOT NULL,
            frozen_by TEXT NOT NULL,
            correction_reason TEXT NOT NULL DEFAULT '',
            payload BLOB NOT NULL,           -- the canonical JSON bytes that get signed
            sha256 TEXT NOT NULL,
            PRIMARY KEY (return_id, version)
        );
        CREATE UNIQUE INDEX returns_by_unit_period ON returns(unit, period, version);
        CREATE TRIGGER returns_are_frozen_update BEFORE UPDATE ON returns
        BEGIN SELECT RAISE(ABORT, 'a frozen return cannot change: make a new version'); END;
        CREATE TRIGGER returns_are_frozen_delete BEFORE DELETE ON returns
        BEGIN SELECT RAISE(ABORT, 'a frozen return cannot be deleted'); END;

        CREATE TABLE return_exports (
            id INTEGER PRIMARY KEY,
            return_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            format TEXT NOT NULL CHECK (format IN ('pdf', 'xlsx')),
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            exported_at TEXT NOT NULL,
            exported_by TEXT NOT NULL,
            FOREIGN KEY (return_id, version) REFERENCES returns(return_id, version)
        );
        """,
    )


def _v4_city(conn: sqlite3.Connection) -> None:
    """The city office's side: returns received from units, the import log, feedback."""
    run_script(
        conn,
        """
        CREATE TABLE received_returns (
            return_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            unit TEXT NOT NULL REFERENCES units(code),
            period TEXT NOT NULL REFERENCES periods(code),
            plan_version TEXT NOT NULL,
            frozen_at TEXT NOT NULL,
            payload BLOB NOT NULL,           -- the canonical JSON exactly as signed
            sha256 TEXT NOT NULL,
            format TEXT NOT NULL CHECK (format IN ('pdf', 'xlsx')),
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            signer TEXT NOT NULL,            -- certificate fingerprint
            received_at TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('current', 'superseded', 'stale')),
            PRIMARY KEY (return_id, version)
        );
        CREATE INDEX received_by_unit_period ON received_returns(unit, period);
        -- Only the state of a received return may change (superseded by a later version).
        CREATE TRIGGER received_returns_keep_content BEFORE UPDATE OF
            return_id, version, unit, period, payload, sha256, file_sha256 ON received_returns
        BEGIN SELECT RAISE(ABORT, 'a received return cannot change'); END;

        CREATE TABLE import_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            outcome TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            unit TEXT,
            period TEXT,
            return_id TEXT,
            version INTEGER,
            signer TEXT
        );

        CREATE TABLE feedback (
            id TEXT PRIMARY KEY,
            return_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            unit TEXT NOT NULL,
            period TEXT NOT NULL,
            measure INTEGER,                 -- NULL: about the return as a whole
            comment TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('sent', 'received'))
        );
        CREATE INDEX feedback_by_unit_period ON feedback(unit, period);
        """,
    )


def _v5_credentials(conn: sqlite3.Connection) -> None:
    """Keys and certificates: the city's root, a unit's own signing credentials, enrolments."""
    run_script(
        conn,
        """
        CREATE TABLE credentials (
            kind TEXT PRIMARY KEY CHECK (kind IN ('city_root', 'unit')),
            cert_pem BLOB NOT NULL,
            secret BLOB NOT NULL,            -- root: encrypted PKCS#8 PEM; unit: PKCS#12
            root_cert_pem BLOB NOT NULL,
            fingerprint TEXT NOT NULL,       -- of cert_pem
            installed_at TEXT NOT NULL
        );
        CREATE TABLE enrolments (
            id INTEGER PRIMARY KEY,
            unit TEXT NOT NULL REFERENCES units(code),
            cert_fingerprint TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            issued_by TEXT NOT NULL
        );
        """,
    )


def _v6_period_states_index(conn: sqlite3.Connection) -> None:
    """The desk counts a period's actions by measure and status each time it opens or changes
    period: an index holding all three answers that from the index alone (about 16 ms → 1 ms for
    a period of 10,000 actions). It replaces the (period, measure) index, which is its prefix."""
    run_script(
        conn,
        """
        CREATE INDEX actions_by_period_measure_status ON actions(period, measure, status);
        DROP INDEX actions_by_period_measure;
        """,
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v1_core,
    _v2_search,
    _v3_returns,
    _v4_city,
    _v5_credentials,
    _v6_period_states_index,
]
SCHEMA_VERSION = len(MIGRATIONS)
