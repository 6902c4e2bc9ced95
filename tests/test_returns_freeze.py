"""Freezing a period's return: immutable, versioned snapshots and what changed between them."""

import sqlite3
from decimal import Decimal

import pytest

from desktop.domain.actions import ActionFields, Status
from desktop.domain.returns import People, diff_returns


def _add(ws, **overrides):
    values = {"measure": 40, "period": "2025-Q1", "title": "绿色食品认证培训"}
    return ws.add_action(ActionFields(**(values | overrides)))


def test_freeze_builds_the_whole_return(county_workspace):
    first = _add(county_workspace, figures={"40.1": Decimal(12)}, status=Status.DONE)
    _add(county_workspace, figures={"40.1": Decimal("3.5")})
    _add(county_workspace, measure=63, title="考核", status=Status.NOT_APPLICABLE, reason="无")
    people = People(filler="林晓", reviewer="陈明", head="张伟", phone="0598-3633001")
    frozen = county_workspace.freeze_return("2025-Q1", people)
    payload = frozen.payload
    assert (frozen.version, payload["version"], payload["supersedes"]) == (1, 1, None)
    assert payload["unit"] == {"code": "350481", "name": "永安市"}
    assert payload["period"]["deadline"] == "2025-04-10"
    assert payload["plan"]["version"] == county_workspace.plan.version_id
    assert payload["people"]["head"] == "张伟"
    measures = {m["no"]: m for m in payload["measures"]}
    # Every measure that concerns a county: the city office's (counterpart) and measure 63.
    assert measures[63]["relation"] == "all_counties"
    assert measures[63]["status"] == "not_applicable"
    assert measures[1]["relation"] == "counterpart" and measures[1]["status"] == "not_reported"
    assert 9 not in measures  # 市中院 alone: nothing to do with a county, nothing recorded
    assert measures[40]["status"] == "in_progress"
    assert measures[40]["actions"][0]["id"] == first
    reported = {i["key"]: i["reported"] for i in payload["indicators"]}
    assert reported == {"40.1": "15.5", "40.2": None}  # 27 is not a county measure


def test_versions_supersede_and_are_immutable(county_workspace):
    action_id = _add(county_workspace)
    v1 = county_workspace.freeze_return("2025-Q1")
    assert county_workspace.freeze_return("2025-Q1").version == 1  # nothing changed
    changed = county_workspace.get_action(action_id).fields()
    changed.status = Status.DONE
    county_workspace.update_action(action_id, changed)
    added = _add(county_workspace, measure=17, title="商标侵权专项检查")
    v2 = county_workspace.freeze_return("2025-Q1", correction_reason="补报执法检查")
    assert (v2.version, v2.return_id) == (2, v1.return_id)
    assert v2.payload["supersedes"] == {"version": 1, "sha256": v1.sha256}
    assert v2.payload["correction_reason"] == "补报执法检查"
    assert [r.version for r in county_workspace.return_versions("2025-Q1")] == [1, 2]

    diffs = {d.no: d for d in diff_returns(v1.payload, v2.payload)}
    assert set(diffs) == {17, 40}
    assert [a["id"] for a in diffs[17].added] == [added]
    [(old, new, fields)] = diffs[40].changed
    assert fields == ["status"] and (old["status"], new["status"]) == ("in_progress", "done")
    assert diffs[40].status == ("in_progress", "done")

    with pytest.raises(sqlite3.IntegrityError, match="frozen return"):
        county_workspace.conn.execute("UPDATE returns SET correction_reason = 'x'")
    with pytest.raises(sqlite3.IntegrityError, match="cannot be deleted"):
        county_workspace.conn.execute("DELETE FROM returns")
