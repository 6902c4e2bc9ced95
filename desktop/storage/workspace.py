"""The workspace: one installation's database, a county's or the city office's.

Every write goes through here, inside one transaction, with its audit record; readers get plain
dataclasses. One Workspace object owns one connection: give each thread its own Workspace.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cached_property
from pathlib import Path

from desktop.domain import InvalidInput
from desktop.domain.actions import CONTROL_CHARS_RE, ActionFields, Status, validate_action
from desktop.domain.periods import Period, default_periods
from desktop.domain.units import PERSON_TEXT_MAX, Unit, UnitKind, default_units
from desktop.plan import embedded_plan
from desktop.plan.model import Plan
from desktop.storage import backup, health
from desktop.storage.credentials import CredentialsMixin
from desktop.storage.database import (
    DATABASE_NAME,
    SCHEMA_VERSION,
    WorkspaceError,
    connect,
    migrate,
    schema_version,
)
from desktop.storage.health import IntegrityCheck
from desktop.storage.returns import ReturnsMixin
from desktop.storage.search_text import fts_query, index_text

log = logging.getLogger(__name__)
MAX_EVIDENCE_BYTES = 200 * 1024 * 1024
AUDITED_ACTION_FIELDS = (
    "measure",
    "period",
    "title",
    "progress",
    "status",
    "reason",
    "start_date",
    "finish_date",
    "problems",
    "next_steps",
)


def new_id() -> str:
    """A new record id. uuid is imported on first use: it loads `platform` (~4 ms of start-up)."""
    import uuid

    return str(uuid.uuid4())


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Evidence:
    id: str
    action_id: str
    sha256: str
    name: str
    size: int
    added_at: str


@dataclass
class ActionRecord:
    id: str
    unit: str
    plan_version: str
    measure: int
    period: str
    title: str
    progress: str
    status: Status
    reason: str
    start_date: date | None
    finish_date: date | None
    problems: str
    next_steps: str
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str
    figures: dict[str, Decimal] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)

    def fields(self) -> ActionFields:
        return ActionFields(
            measure=self.measure,
            period=self.period,
            title=self.title,
            progress=self.progress,
            status=self.status,
            reason=self.reason,
            start_date=self.start_date,
            finish_date=self.finish_date,
            figures=dict(self.figures),
            problems=self.problems,
            next_steps=self.next_steps,
        )

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "unit": self.unit,
            "plan_version": self.plan_version,
            "measure": self.measure,
            "period": self.period,
            "title": self.title,
            "progress": self.progress,
            "status": str(self.status),
            "reason": self.reason,
            "start_date": self.start_date.isoformat() if self.start_date else None,
            "finish_date": self.finish_date.isoformat() if self.finish_date else None,
            "figures": {key: str(value) for key, value in sorted(self.figures.items())},
            "problems": self.problems,
            "next_steps": self.next_steps,
            "evidence": [
                {"sha256": e.sha256, "name": e.name, "size": e.size} for e in self.evidence
            ],
            "created_at": self.created_at,
            "created_by": self.created_by,
            "updated_at": self.updated_at,
            "updated_by": self.updated_by,
        }


@dataclass(frozen=True)
class AuditEntry:
    at: str
    actor: str
    entity: str
    entity_id: str
    op: str
    old: dict | None
    new: dict | None


@dataclass
class SearchHits:
    measures: list[int]
    action_ids: list[str]


class Workspace(ReturnsMixin, CredentialsMixin):
    def __init__(
        self, path: Path, conn: sqlite3.Connection, pending_check: IntegrityCheck | None = None
    ):
        self.path = path
        self.conn = conn
        self._plan: Plan | None = None
        # The start-up integrity check, when it had no verdict yet as the workspace opened:
        # reads go ahead, the first write runs it or waits for it (require_sound).
        self._pending_check = pending_check

    @cached_property
    def db(self):
        """sqlite-utils over the same connection, for writes; imported on first use because
        loading it costs ~0.1 s of start-up and a window opens with reads only."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(
        cls, home: Path, check: IntegrityCheck | None = None, defer_check: bool = False
    ) -> Workspace:
        """Open (creating or migrating as needed) the workspace in folder `home`.

        `check`: the database's health.IntegrityCheck, if the caller holds one.
        `defer_check`: if that check has no verdict yet and the database needs no migration,
        open without waiting for it. Reads can start (a window can be built); every write
        waits for the verdict and a damaged database raises WorkspaceDamaged (require_sound);
        running the check and the day's backup are the caller's, through finish_start_up().
        """
        home = Path(home)
        path = home / DATABASE_NAME
        # Health first (desktop.storage.health): a read-only or full folder gets a clear
        # message, and a damaged database is never migrated or seeded (WorkspaceDamaged).
        health.check_folder(home)
        existed = path.exists()
        pending = check if defer_check and existed else None
        if pending is None or pending.done():
            health.check_database(path, check)
            pending = None
        try:
            conn = connect(path)
        except WorkspaceError:
            if pending is not None:  # a file that cannot even be opened: is it damaged?
                health.check_database(path, pending)
            raise
        try:
            if pending is not None and schema_version(conn) != SCHEMA_VERSION:
                health.check_database(path, pending)  # migrating writes: the verdict first
                pending = None
            migrate(conn, path)
            workspace = cls(path, conn, pending_check=pending)
            workspace._seed_if_new()
        except BaseException as error:
            conn.close()
            if pending is not None and isinstance(error, sqlite3.DatabaseError):
                health.check_database(path, pending)  # a failed read: the verdict explains it
            raise
        if existed and pending is None:
            _daily_backup(conn, home)
        return workspace

    @property
    def start_up_check(self) -> IntegrityCheck | None:
        """The integrity check this workspace is still waiting on (None: none, or passed)."""
        return self._pending_check

    def require_sound(self) -> None:
        """If the start-up integrity check has no verdict yet, run it or wait for it (it normally
        has one a second after the window is drawn); WorkspaceDamaged if it failed. Every write
        calls this, so a damaged database is never written to."""
        if self._pending_check is not None:
            health.check_database(self.path, self._pending_check)
            self._pending_check = None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing: BEGIN IMMEDIATE takes the write lock at once, so no late 'locked'."""
        self.require_sound()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            # SQLite has already rolled back after some errors (disk full, I/O): a second
            # ROLLBACK would fail and hide the real error.
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _seed_if_new(self) -> None:
        if self.conn.execute("SELECT 1 FROM plans LIMIT 1").fetchone():
            return
        with self.transaction():
            self._install_plan(embedded_plan())
            self.db["units"].insert_all(
                ({k: v for k, v in u.to_dict().items()} for u in default_units()), pk="code"
            )
            self.db["periods"].insert_all(
                (p.to_dict() | {"due": 1} for p in default_periods()), pk="code"
            )
            self._set_meta("created_at", now_iso())

    # -------------------------------------------------------------------- meta
    def _meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    @property
    def unit_code(self) -> str | None:
        return self._meta("unit_code") or None

    @property
    def unit(self) -> Unit | None:
        code = self.unit_code
        return self.unit_by_code(code) if code else None

    @property
    def contact(self) -> str:
        return self._meta("contact")

    @property
    def phone(self) -> str:
        return self._meta("phone")

    @property
    def is_city_office(self) -> bool:
        unit = self.unit
        return bool(unit and unit.is_city_office)

    @property
    def actor(self) -> str:
        """Who is making changes, for the audit trail and the action's author."""
        return self.contact or _os_user()

    def setup(self, unit_code: str, contact: str | None = None, phone: str | None = None) -> Unit:
        """Make this workspace a unit's. The unit cannot change once it has recorded work."""
        unit = self.unit_by_code(unit_code)
        if unit is None:
            raise InvalidInput("unit", f"单位名录中没有代码为 “{unit_code}” 的单位")
        for key, value, label in (("contact", contact, "联系人"), ("phone", phone, "联系电话")):
            # The same limits as the return's 填报人 and 电话: a longer value would make every
            # export of this workspace fail later, far from where it was typed.
            if value is not None and len(value.strip()) > PERSON_TEXT_MAX:
                raise InvalidInput(
                    key, f"{label}过长({len(value.strip())} 字,最多 {PERSON_TEXT_MAX} 字)"
                )
            if value is not None and CONTROL_CHARS_RE.search(value.strip()):
                raise InvalidInput(key, f"{label}含有不可见的控制字符")
        current = self.unit_code
        if current and current != unit_code:
            held = self.conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0]
            if held:
                raise InvalidInput(
                    "unit",
                    f"本工作区已属于 {current},并已记录 {held} 条工作,不能改为 {unit_code}",
                )
            # Keys bind a workspace to its unit: the city office's root, a unit's enrolment.
            if self.conn.execute("SELECT 1 FROM credentials LIMIT 1").fetchone():
                raise InvalidInput(
                    "unit",
                    f"本工作区已安装 {current} 的证书(市级根证书或入网文件),不能改为 {unit_code}",
                )
        with self.transaction():
            changes_old, changes_new = {}, {}
            for key, value in (("unit_code", unit_code), ("contact", contact), ("phone", phone)):
                if value is None:
                    continue
                old = self._meta(key)
                if old != value:
                    changes_old[key], changes_new[key] = old, value
                    self._set_meta(key, value.strip())
            if changes_new:
                self._audit("settings", "workspace", "update", changes_old, changes_new)
        return unit

    def set_unit_in_transaction(self, unit_code: str) -> None:
        """Set the unit as part of a larger transaction (installing an enrolment)."""
        old = self._meta("unit_code")
        if old != unit_code:
            self._set_meta("unit_code", unit_code)
            self._audit(
                "settings", "workspace", "update", {"unit_code": old}, {"unit_code": unit_code}
            )

    def replace_units(self, units: list[Unit]) -> None:
        """Take the city's registry (inside a transaction); units no longer listed are kept,
        because recorded work may refer to them."""
        for unit in units:
            self.conn.execute(
                "INSERT INTO units (code, name, full_name, kind, phone) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                "full_name = excluded.full_name, kind = excluded.kind, phone = excluded.phone",
                (unit.code, unit.name, unit.full_name, str(unit.kind), unit.phone),
            )
        self._audit("units", "registry", "update", None, {"units": len(units)})

    def install_plan(self, plan: Plan) -> None:
        """Make `plan` the current plan (inside a transaction). Older versions stay: records
        made against them keep pointing at them."""
        version = plan.version_id
        known = self.conn.execute("SELECT 1 FROM plans WHERE version = ?", (version,)).fetchone()
        old = self._meta("plan_version")
        if not known:
            self._install_plan(plan)
        self._set_meta("plan_version", version)
        self._plan = plan
        if old != version:
            self._audit("plan", version, "update", {"plan_version": old}, {"plan_version": version})

    # -------------------------------------------------------------------- plan
    def _install_plan(self, plan: Plan) -> None:
        version = plan.version_id
        self.db["plans"].insert(
            {
                "version": version,
                "title": plan.title,
                "status": plan.status,
                "source": plan.source,
                "published_on": plan.published_on,
                "data": json.dumps(plan.to_dict(), ensure_ascii=False),
                "installed_at": now_iso(),
            }
        )
        for measure in plan.measures:
            self.db["measures"].insert(
                {
                    "plan_version": version,
                    "no": measure.no,
                    "chapter": measure.chapter,
                    "section": measure.section,
                    "text": measure.text,
                }
            )
            self.db["measure_units"].insert_all(
                {
                    "plan_version": version,
                    "measure": measure.no,
                    "position": unit.position,
                    "name": unit.name,
                    "lead": int(unit.lead),
                }
                for unit in measure.units
            )
            self.conn.execute(
                "INSERT INTO search_index (kind, ref, body) VALUES ('measure', ?, ?)",
                (f"{version}:{measure.no}", index_text(measure.text)),
            )
        self._set_meta("plan_version", version)
        self._plan = plan

    @property
    def plan(self) -> Plan:
        if self._plan is None or self._plan.version_id != self._meta("plan_version"):
            row = self.conn.execute(
                "SELECT data FROM plans WHERE version = ?", (self._meta("plan_version"),)
            ).fetchone()
            if row is None:
                raise WorkspaceError(f"工作区 {self.path} 中缺少当前计划的数据")
            self._plan = Plan.from_dict(json.loads(row[0]))
        return self._plan

    def plan_versions(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT version FROM plans")]

    # ------------------------------------------------------------ units, periods
    def units(self) -> list[Unit]:
        return [
            Unit.from_dict(dict(row))
            for row in self.conn.execute("SELECT * FROM units ORDER BY rowid")
        ]

    def unit_by_code(self, code: str) -> Unit | None:
        row = self.conn.execute("SELECT * FROM units WHERE code = ?", (code,)).fetchone()
        return Unit.from_dict(dict(row)) if row else None

    def counties(self) -> list[Unit]:
        return [unit for unit in self.units() if unit.kind == UnitKind.COUNTY]

    def periods(self) -> list[Period]:
        return [_period(row) for row in self.conn.execute("SELECT * FROM periods ORDER BY rowid")]

    def period(self, code: str) -> Period | None:
        row = self.conn.execute("SELECT * FROM periods WHERE code = ?", (code,)).fetchone()
        return _period(row) if row else None

    def set_unit_phone(self, code: str, phone: str) -> Unit:
        """The city keeps each unit's phone in its registry (who to call about a late return);
        enrolment files carry the registry to the units."""
        unit = self.unit_by_code(code)
        if unit is None:
            raise InvalidInput("unit", f"单位名录中没有代码为 “{code}” 的单位")
        phone = phone.strip()
        if len(phone) > 50 or CONTROL_CHARS_RE.search(phone):
            raise InvalidInput("phone", f"电话号码 “{phone[:50]}” 无效")
        with self.transaction():
            self.conn.execute("UPDATE units SET phone = ? WHERE code = ?", (phone, code))
            self._audit("unit", code, "update", {"phone": unit.phone}, {"phone": phone})
        return self.unit_by_code(code)

    def set_deadline(self, code: str, deadline: date) -> None:
        period = self.period(code)
        if period is None:
            raise InvalidInput("period", f"未知的期间 “{code}”")
        with self.transaction():
            self.conn.execute(
                "UPDATE periods SET deadline = ? WHERE code = ?", (deadline.isoformat(), code)
            )
            self._audit(
                "period",
                code,
                "update",
                {"deadline": period.deadline.isoformat()},
                {"deadline": deadline.isoformat()},
            )

    # ------------------------------------------------------------------ actions
    def _require_unit(self) -> str:
        code = self.unit_code
        if not code:
            raise WorkspaceError("工作区尚未设置单位:请先运行 ip-tracker setup --unit 代码")
        return code

    def _known_periods(self) -> set[str]:
        return {row[0] for row in self.conn.execute("SELECT code FROM periods")}

    def add_action(self, fields: ActionFields, evidence_files: Iterable[Path] = ()) -> str:
        """Validate and store a new action with its evidence; returns its id."""
        unit = self._require_unit()
        fields = validate_action(fields, self.plan, self._known_periods())
        evidence_files = [Path(p) for p in evidence_files]
        for path in evidence_files:
            check_evidence_file(path)
        action_id = new_id()
        stamp, actor = now_iso(), self.actor
        row = _action_row(fields) | {
            "id": action_id,
            "unit": unit,
            "plan_version": self.plan.version_id,
            "created_at": stamp,
            "created_by": actor,
            "updated_at": stamp,
            "updated_by": actor,
        }
        with self.transaction():
            self.db["actions"].insert(row)
            self._write_figures(action_id, fields.figures)
            self._index_action(action_id, fields)
            self._audit("action", action_id, "insert", None, _audited(row, fields.figures))
            for path in evidence_files:
                self._attach(action_id, path)
        return action_id

    def add_actions(self, items: Iterable[ActionFields]) -> int:
        """Store many validated actions in one transaction (sample data, imports)."""
        return len(self.insert_actions(items))

    def insert_actions(self, items: Iterable[ActionFields]) -> list[str]:
        """Like add_actions, returning the new ids in order (an import undone as one step)."""
        unit = self._require_unit()
        plan, periods = self.plan, self._known_periods()
        stamp, actor = now_iso(), self.actor
        rows, figures, index, audit = [], [], [], []
        for item in items:
            item = validate_action(item, plan, periods)
            action_id = new_id()
            row = _action_row(item) | {
                "id": action_id,
                "unit": unit,
                "plan_version": plan.version_id,
                "created_at": stamp,
                "created_by": actor,
                "updated_at": stamp,
                "updated_by": actor,
            }
            rows.append(row)
            figures += [(action_id, k, str(v)) for k, v in item.figures.items()]
            index.append((action_id, _action_index_text(item)))
            new = json.dumps(_audited(row, item.figures), ensure_ascii=False)
            audit.append((stamp, actor, "action", action_id, "insert", None, new))
        with self.transaction():
            self.db["actions"].insert_all(rows, batch_size=500)
            self.conn.executemany(
                "INSERT INTO action_figures (action_id, indicator, value) VALUES (?, ?, ?)",
                figures,
            )
            self.conn.executemany(
                "INSERT INTO search_index (kind, ref, body) VALUES ('action', ?, ?)", index
            )
            self.conn.executemany(
                "INSERT INTO audit (at, actor, entity, entity_id, op, old, new) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                audit,
            )
        return [row["id"] for row in rows]

    def update_action(self, action_id: str, fields: ActionFields) -> None:
        """Replace an action's fields; the audit trail records only what changed."""
        before = self.get_action(action_id)
        fields = validate_action(fields, self.plan, self._known_periods())
        old = _audited(_action_row(before.fields()), before.figures)
        new_row = _action_row(fields)
        new = _audited(new_row, fields.figures)
        changed = {key for key in new if new[key] != old.get(key)}
        if not changed:
            return
        with self.transaction():
            self.db["actions"].update(
                action_id, new_row | {"updated_at": now_iso(), "updated_by": self.actor}
            )
            self.conn.execute("DELETE FROM action_figures WHERE action_id = ?", (action_id,))
            self._write_figures(action_id, fields.figures)
            self.conn.execute(
                "DELETE FROM search_index WHERE kind = 'action' AND ref = ?", (action_id,)
            )
            self._index_action(action_id, fields)
            self._audit(
                "action",
                action_id,
                "update",
                {k: old.get(k) for k in sorted(changed)},
                {k: new[k] for k in sorted(changed)},
            )

    def delete_action(self, action_id: str) -> ActionRecord:
        """Remove an action (evidence links go with it); returns what was removed, for undo."""
        before = self.get_action(action_id)
        with self.transaction():
            self.conn.execute("DELETE FROM actions WHERE id = ?", (action_id,))
            self.conn.execute(
                "DELETE FROM search_index WHERE kind = 'action' AND ref = ?", (action_id,)
            )
            self._audit(
                "action",
                action_id,
                "delete",
                _audited(_action_row(before.fields()), before.figures),
                None,
            )
        return before

    def get_action(self, action_id: str) -> ActionRecord:
        row = self.conn.execute("SELECT * FROM actions WHERE id = ?", (action_id,)).fetchone()
        if row is None:
            raise InvalidInput("action", f"没有编号为 {action_id} 的工作记录")
        return self._records([row])[0]

    def list_actions(
        self, period: str | None = None, measure: int | None = None
    ) -> list[ActionRecord]:
        clauses, params = [], []
        if period is not None:
            clauses.append("period = ?")
            params.append(period)
        if measure is not None:
            clauses.append("measure = ?")
            params.append(measure)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.conn.execute(
            f"SELECT * FROM actions {where} ORDER BY measure, created_at, rowid", params
        ).fetchall()
        return self._records(rows)

    def count_actions(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0]

    # ------------------------------------------------- the desk's queries (issue 3)
    def action_states(self, period: str) -> dict[int, dict[Status, int]]:
        """Per measure, how many actions of each status the period holds (index-only query)."""
        states: dict[int, dict[Status, int]] = {}
        for measure, status, count in self.conn.execute(
            "SELECT measure, status, COUNT(*) FROM actions WHERE period = ? "
            "GROUP BY measure, status",
            (period,),
        ):
            states.setdefault(measure, {})[Status(status)] = count
        return states

    def figure_totals(self, measure: int, period: str | None = None) -> dict[str, Decimal]:
        """The sum of each indicator's figures reported for `measure` (in `period`, or all)."""
        sql = (
            "SELECT f.indicator, f.value FROM action_figures f "
            "JOIN actions a ON a.id = f.action_id WHERE a.measure = ?"
        )
        params: list = [measure]
        if period is not None:
            sql += " AND a.period = ?"
            params.append(period)
        totals: dict[str, Decimal] = {}
        for key, value in self.conn.execute(sql, params):
            totals[key] = totals.get(key, Decimal(0)) + Decimal(value)
        return totals

    def action_keys(self) -> set[tuple[int, str, str, str]]:
        """(measure, period, title, progress) of every action: what an import compares against
        so that bringing the same 台账 in twice does not silently double the work."""
        return {
            (row[0], row[1], row[2], row[3])
            for row in self.conn.execute("SELECT measure, period, title, progress FROM actions")
        }

    def search_period(self, query: str, period: str) -> tuple[set[int], set[int], set[str]]:
        """A search as the desk shows it, in one period: (measures whose text matches, measures
        with matching actions in the period, the ids of those actions)."""
        query = query.strip()
        if not query:
            return set(), set(), set()
        expression = fts_query(query)
        if expression is None:  # a lone character: scan the period's actions
            terms = query.split()
            text_hits = {m.no for m in self.plan.measures if all(t in m.text for t in terms)}
            fields = (
                "title || ' ' || progress || ' ' || reason || ' ' || problems || ' ' || next_steps"
            )
            where = " AND ".join(f"instr({fields}, ?) > 0" for _ in terms)
            rows = self.conn.execute(
                f"SELECT measure, id FROM actions WHERE period = ? AND {where}", [period, *terms]
            ).fetchall()
        else:
            text_hits = {
                int(ref.split(":")[1])
                for (ref,) in self.conn.execute(
                    "SELECT ref FROM search_index WHERE search_index MATCH ? "
                    "AND kind = 'measure' AND ref LIKE ?",
                    (expression, f"{self.plan.version_id}:%"),
                )
            }
            rows = self.conn.execute(
                "SELECT a.measure, a.id FROM search_index s JOIN actions a ON a.id = s.ref "
                "WHERE search_index MATCH ? AND s.kind = 'action' AND a.period = ?",
                (expression, period),
            ).fetchall()
        return text_hits, {row[0] for row in rows}, {row[1] for row in rows}

    def delete_actions(self, action_ids: Iterable[str]) -> list[ActionRecord]:
        """Remove several actions in one transaction (undoing an import); returns them."""
        ids = list(action_ids)
        records = [self.get_action(action_id) for action_id in ids]
        with self.transaction():
            for record in records:
                self.conn.execute("DELETE FROM actions WHERE id = ?", (record.id,))
                self.conn.execute(
                    "DELETE FROM search_index WHERE kind = 'action' AND ref = ?", (record.id,)
                )
                self._audit(
                    "action",
                    record.id,
                    "delete",
                    _audited(_action_row(record.fields()), record.figures),
                    None,
                )
        return records

    def restore_actions(self, records: Iterable[ActionRecord]) -> None:
        """Put deleted actions back with their ids, figures and evidence (undo, redo)."""
        records = list(records)
        with self.transaction():
            for record in records:
                row = _action_row(record.fields()) | {
                    "id": record.id,
                    "unit": record.unit,
                    "plan_version": record.plan_version,
                    "created_at": record.created_at,
                    "created_by": record.created_by,
                    "updated_at": record.updated_at,
                    "updated_by": record.updated_by,
                }
                self.db["actions"].insert(row)
                self._write_figures(record.id, record.figures)
                self._index_action(record.id, record.fields())
                for evidence in record.evidence:
                    self._restore_evidence_row(evidence)
                self._audit(
                    "action",
                    record.id,
                    "insert",
                    None,
                    _audited(row, record.figures) | {"restored": True},
                )

    def restore_evidence(self, evidence: Evidence) -> None:
        """Put a removed evidence link back with its id (its content is still stored)."""
        with self.transaction():
            self._restore_evidence_row(evidence)
            self._audit(
                "evidence",
                evidence.id,
                "insert",
                None,
                {"action_id": evidence.action_id, "name": evidence.name, "restored": True},
            )

    def _restore_evidence_row(self, evidence: Evidence) -> None:
        self.db["evidence"].insert(evidence.__dict__ | {"added_by": self.actor})

    def _records(self, rows: list[sqlite3.Row]) -> list[ActionRecord]:
        if not rows:
            return []
        ids = [row["id"] for row in rows]
        figures: dict[str, dict[str, Decimal]] = {}
        evidence: dict[str, list[Evidence]] = {}
        # Chunked IN lists keep under SQLite's variable limit for large listings.
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for action_id, key, value in self.conn.execute(
                f"SELECT action_id, indicator, value FROM action_figures "
                f"WHERE action_id IN ({marks})",
                chunk,
            ):
                figures.setdefault(action_id, {})[key] = Decimal(value)
            for e in self.conn.execute(
                f"SELECT id, action_id, sha256, name, size, added_at FROM evidence "
                f"WHERE action_id IN ({marks}) ORDER BY added_at, rowid",
                chunk,
            ):
                evidence.setdefault(e["action_id"], []).append(Evidence(**dict(e)))
        return [
            ActionRecord(
                id=row["id"],
                unit=row["unit"],
                plan_version=row["plan_version"],
                measure=row["measure"],
                period=row["period"],
                title=row["title"],
                progress=row["progress"],
                status=Status(row["status"]),
                reason=row["reason"],
                start_date=_date(row["start_date"]),
                finish_date=_date(row["finish_date"]),
                problems=row["problems"],
                next_steps=row["next_steps"],
                created_at=row["created_at"],
                created_by=row["created_by"],
                updated_at=row["updated_at"],
                updated_by=row["updated_by"],
                figures=figures.get(row["id"], {}),
                evidence=evidence.get(row["id"], []),
            )
            for row in rows
        ]

    def _write_figures(self, action_id: str, figures: dict[str, Decimal]) -> None:
        self.conn.executemany(
            "INSERT INTO action_figures (action_id, indicator, value) VALUES (?, ?, ?)",
            [(action_id, key, str(value)) for key, value in sorted(figures.items())],
        )

    def _index_action(self, action_id: str, fields: ActionFields) -> None:
        self.conn.execute(
            "INSERT INTO search_index (kind, ref, body) VALUES ('action', ?, ?)",
            (action_id, _action_index_text(fields)),
        )

    # ----------------------------------------------------------------- evidence
    def attach_evidence(self, action_id: str, path: Path) -> Evidence:
        return self.attach_evidence_files(action_id, [path])[0]

    def attach_evidence_files(self, action_id: str, paths: Iterable[Path]) -> list[Evidence]:
        """Attach files dropped or chosen together: all of them, or (one refused) none."""
        self.get_action(action_id)
        paths = [Path(p) for p in paths]
        for path in paths:
            check_evidence_file(path)
        with self.transaction():
            return [self._attach(action_id, path) for path in paths]

    def _attach(self, action_id: str, path: Path) -> Evidence:
        content = path.read_bytes()
        sha = hashlib.sha256(content).hexdigest()
        self.conn.execute(
            "INSERT OR IGNORE INTO evidence_blobs (sha256, size, content) VALUES (?, ?, ?)",
            (sha, len(content), content),
        )
        evidence = Evidence(
            id=new_id(),
            action_id=action_id,
            sha256=sha,
            name=path.name,
            size=len(content),
            added_at=now_iso(),
        )
        self.db["evidence"].insert(evidence.__dict__ | {"added_by": self.actor})
        self._audit(
            "evidence",
            evidence.id,
            "insert",
            None,
            {"action_id": action_id, "name": path.name, "sha256": sha, "size": len(content)},
        )
        return evidence

    def remove_evidence(self, evidence_id: str) -> None:
        row = self.conn.execute("SELECT * FROM evidence WHERE id = ?", (evidence_id,)).fetchone()
        if row is None:
            raise InvalidInput("evidence", f"没有编号为 {evidence_id} 的佐证材料")
        with self.transaction():
            self.conn.execute("DELETE FROM evidence WHERE id = ?", (evidence_id,))
            self._audit(
                "evidence",
                evidence_id,
                "delete",
                {"action_id": row["action_id"], "name": row["name"], "sha256": row["sha256"]},
                None,
            )

    def evidence_content(self, sha256: str) -> bytes:
        row = self.conn.execute(
            "SELECT content FROM evidence_blobs WHERE sha256 = ?", (sha256,)
        ).fetchone()
        if row is None:
            raise InvalidInput("evidence", f"工作区中没有哈希为 {sha256} 的佐证材料")
        return bytes(row[0])

    # ------------------------------------------------------------------- search
    def search(self, query: str, limit: int = -1) -> SearchHits:
        """Measures (of the current plan) and actions whose text contains every term of `query`.

        Actions come newest first; `limit` caps them (-1: all).
        """
        query = query.strip()
        if not query:
            return SearchHits([], [])
        expression = fts_query(query)
        if expression is None:
            return self._scan(query, limit)
        measures = sorted(
            int(ref.split(":")[1])
            for (ref,) in self.conn.execute(
                "SELECT ref FROM search_index WHERE search_index MATCH ? AND kind = 'measure' "
                "AND ref LIKE ?",
                (expression, f"{self.plan.version_id}:%"),
            )
        )
        actions = [
            ref
            for (ref,) in self.conn.execute(
                "SELECT ref FROM search_index WHERE search_index MATCH ? AND kind = 'action' "
                "ORDER BY rowid DESC LIMIT ?",
                (expression, limit),
            )
        ]
        return SearchHits(measures, actions)

    def _scan(self, query: str, limit: int) -> SearchHits:
        """A lone character: a plain substring scan (slower, but exact), newest first."""
        terms = query.split()
        measures = [m.no for m in self.plan.measures if all(term in m.text for term in terms)]
        fields = "title || ' ' || progress || ' ' || reason || ' ' || problems || ' ' || next_steps"
        where = " AND ".join(f"instr({fields}, ?) > 0" for _ in terms)
        actions = [
            row[0]
            for row in self.conn.execute(
                f"SELECT id FROM actions WHERE {where} ORDER BY rowid DESC LIMIT ?",
                [*terms, limit],
            )
        ]
        return SearchHits(measures, actions)

    # -------------------------------------------------------------------- audit
    def _audit(
        self, entity: str, entity_id: str, op: str, old: dict | None, new: dict | None
    ) -> None:
        self.conn.execute(
            "INSERT INTO audit (at, actor, entity, entity_id, op, old, new) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                now_iso(),
                self.actor,
                entity,
                entity_id,
                op,
                json.dumps(old, ensure_ascii=False) if old is not None else None,
                json.dumps(new, ensure_ascii=False) if new is not None else None,
            ),
        )

    def audit_trail(self, entity_id: str | None = None) -> list[AuditEntry]:
        sql = "SELECT at, actor, entity, entity_id, op, old, new FROM audit"
        params: tuple = ()
        if entity_id is not None:
            sql += " WHERE entity_id = ?"
            params = (entity_id,)
        return [
            AuditEntry(
                at=row[0],
                actor=row[1],
                entity=row[2],
                entity_id=row[3],
                op=row[4],
                old=json.loads(row[5]) if row[5] else None,
                new=json.loads(row[6]) if row[6] else None,
            )
            for row in self.conn.execute(sql + " ORDER BY id", params)
        ]


def _os_user() -> str:
    try:
        import getpass

        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _period(row: sqlite3.Row) -> Period:
    return Period(
        code=row["code"],
        kind=row["kind"],
        start=date.fromisoformat(row["start"]),
        end=date.fromisoformat(row["end"]),
        deadline=date.fromisoformat(row["deadline"]),
    )


def _action_row(fields: ActionFields) -> dict:
    return {
        "measure": fields.measure,
        "period": fields.period,
        "title": fields.title,
        "progress": fields.progress,
        "status": str(fields.status),
        "reason": fields.reason,
        "start_date": fields.start_date.isoformat() if fields.start_date else None,
        "finish_date": fields.finish_date.isoformat() if fields.finish_date else None,
        "problems": fields.problems,
        "next_steps": fields.next_steps,
    }


def _audited(row: dict, figures: dict[str, Decimal]) -> dict:
    audited = {key: row[key] for key in AUDITED_ACTION_FIELDS}
    audited["figures"] = {key: str(value) for key, value in sorted(figures.items())}
    return audited


def _action_index_text(fields: ActionFields) -> str:
    return index_text(
        fields.title, fields.progress, fields.reason, fields.problems, fields.next_steps
    )


def check_evidence_file(path: Path) -> None:
    """Raise InvalidInput unless `path` can be kept as evidence (also asked when it is added)."""
    if not path.exists():
        raise InvalidInput("evidence", f"佐证材料文件不存在: {path}")
    if not path.is_file():
        raise InvalidInput("evidence", f"佐证材料不是普通文件: {path}")
    size = path.stat().st_size
    if size > MAX_EVIDENCE_BYTES:
        raise InvalidInput(
            "evidence", f"佐证材料过大: {path}({size // 1024 // 1024} MB,上限 200 MB)"
        )
    try:
        with path.open("rb"):
            pass
    except OSError as error:
        raise InvalidInput("evidence", f"无法读取佐证材料 {path}: {error.strerror}") from error


def _daily_backup(conn: sqlite3.Connection, home: Path) -> None:
    """Once a day, a rotating backup (desktop.storage.backup); failing it must not stop work."""
    try:
        backup.daily_backup(conn, home)
    except WorkspaceError as error:
        log.warning("daily backup failed: %s", error)


def finish_start_up(home: Path, check: IntegrityCheck) -> None:
    """For a workspace opened with its check deferred: run the check (or wait for its verdict;
    WorkspaceDamaged if it failed), then make the day's backup. Uses its own connection, so it
    can run on any thread."""
    home = Path(home)
    path = home / DATABASE_NAME
    health.check_database(path, check)
    conn = connect(path)
    try:
        _daily_backup(conn, home)
    finally:
        conn.close()
