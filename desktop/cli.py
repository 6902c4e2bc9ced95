"""The `ip-tracker` command: the desktop window, and the same program without a screen.

The names, options, output and exit codes are a contract (shared/CLI.md): extend, never rename.
Exit codes: 0 success; 1 the input was judged and found bad; 2 the command could not run.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from desktop import APP_NAME, __version__, skip_unused_heavy_imports
from desktop.logs import current_log_file, setup_logging

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_CANNOT_RUN = 2
HOME_ENV = "IP_TRACKER_HOME"


class CommandError(Exception):
    """Stops a command with a message for the person and an exit code from the contract."""

    def __init__(self, message: str, code: int = EXIT_INVALID):
        super().__init__(message)
        self.code = code


def default_home() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def workspace_home(args: argparse.Namespace) -> Path:
    if args.home:
        return Path(args.home)
    if os.environ.get(HOME_ENV):
        return Path(os.environ[HOME_ENV])
    return default_home()


def open_workspace(args: argparse.Namespace):
    from desktop.storage import Workspace, WorkspaceError

    try:
        return Workspace.open(workspace_home(args))
    except WorkspaceError as error:
        raise CommandError(str(error), EXIT_CANNOT_RUN) from error


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


# ---------------------------------------------------------------------- commands
def cmd_gui(args: argparse.Namespace) -> int:
    from desktop.views.app import run_gui

    return run_gui(workspace_home(args), screenshot=args.screenshot, lang=args.lang)


def cmd_plan_show(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        plan = workspace.plan
    if args.json:
        print_json(plan_json(plan))
        return EXIT_OK
    print(f"{plan.title}")
    print(
        f"版本 {plan.version_id} · {'征求意见稿' if plan.status == 'draft' else '正式稿'}"
        f" · {plan.source} {plan.published_on}"
    )
    for chapter in plan.chapters:
        print(f"\n{chapter.no}. {chapter.title}")
        sections = chapter.sections or [None]
        for section in sections:
            if section:
                print(f"  ({section.no}) {section.title}")
            for measure in plan.measures:
                if measure.chapter != chapter.no or (section and measure.section != section.no):
                    continue
                units = "、".join(measure.unit_names) + ("等" if measure.and_others else "")
                print(f"    {measure.no:>2}. {measure.short_title}  〔{units}〕")
    return EXIT_OK


def plan_json(plan) -> dict:
    """The plan's content as the contract shows it: units as names in the plan's order."""
    content = plan.content_dict()
    for data, measure in zip(content["measures"], plan.measures, strict=True):
        data["units"] = measure.unit_names
        data["lead"] = measure.lead_unit
    return {"version": plan.version_id} | {
        key: value for key, value in content.items() if key not in ("format", "format_version")
    }


def cmd_setup(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        unit = workspace.setup(args.unit, contact=args.contact, phone=args.phone)
        print(f"工作区 {workspace.path.parent} 已设为 {unit.full_name}({unit.code})")
    return EXIT_OK


def parse_indicator_options(values: list[str]) -> dict:
    from desktop.domain import InvalidInput
    from desktop.domain.actions import parse_decimal

    figures = {}
    for value in values:
        key, sep, number = value.partition("=")
        if not sep or not key.strip():
            raise InvalidInput("--indicator", f"“{value}” 应写作 指标=数值,例如 40.1=12")
        figures[key.strip()] = parse_decimal(key.strip(), number)
    return figures


def cmd_action_add(args: argparse.Namespace) -> int:
    from desktop.domain.actions import ActionFields, parse_date, parse_status

    fields = ActionFields(
        measure=args.measure,
        period=args.period,
        title=args.title,
        progress=args.progress or "",
        status=parse_status(args.status),
        reason=args.reason or "",
        start_date=parse_date("--start", args.start),
        finish_date=parse_date("--finish", args.finish),
        figures=parse_indicator_options(args.indicator),
        problems=args.problems or "",
        next_steps=args.next_steps or "",
    )
    for path in args.evidence:  # a missing file is "could not run" (CLI.md), not bad input
        if not Path(path).exists():
            raise CommandError(f"--evidence: 文件不存在: {path}(未写入任何数据)", EXIT_CANNOT_RUN)
    with open_workspace(args) as workspace:
        action_id = workspace.add_action(fields, [Path(p) for p in args.evidence])
    print(action_id)
    return EXIT_OK


def cmd_action_list(args: argparse.Namespace) -> int:
    from desktop.domain.actions import STATUS_LABELS

    with open_workspace(args) as workspace:
        if args.period and workspace.period(args.period) is None:
            raise CommandError(f"--period: 未知的期间 “{args.period}”")
        if args.measure is not None and workspace.plan.measure(args.measure) is None:
            raise CommandError(f"--measure: 计划中没有措施 {args.measure}")
        actions = workspace.list_actions(period=args.period, measure=args.measure)
    if args.json:
        print_json([action.to_json() for action in actions])
        return EXIT_OK
    for action in actions:
        print(
            f"{action.id}  {action.period}  措施{action.measure:>2}  "
            f"{STATUS_LABELS[action.status]}  {action.title}"
        )
    print(f"共 {len(actions)} 条", file=sys.stderr)
    return EXIT_OK


def cmd_units_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        units = workspace.units()
    if args.json:
        print_json([unit.to_dict() for unit in units])
        return EXIT_OK
    for unit in units:
        print(f"{unit.code:<10} {unit.name:<14} {unit.phone or '—':<16} {unit.full_name}")
    return EXIT_OK


def cmd_units_set(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        if not workspace.is_city_office:
            raise CommandError("单位名录由市局维护:请在市局工作区(350400)中修改", EXIT_CANNOT_RUN)
        unit = workspace.set_unit_phone(args.unit, args.phone)
    print(f"{unit.full_name}({unit.code})联系电话: {unit.phone or '—'}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.domain.demo import demo_actions

    if args.actions < 0:
        raise CommandError("--actions 不能为负数")
    with open_workspace(args) as workspace:
        unit = workspace.unit
        if unit is None:
            raise CommandError("工作区尚未设置单位:请先运行 ip-tracker setup --unit 代码", 2)
        if args.period:
            period = workspace.period(args.period)
            if period is None:
                raise CommandError(f"--period: 未知的期间 “{args.period}”")
            periods = [period]
        else:
            periods = [p for p in workspace.periods() if p.kind == "quarter"]
        added = workspace.add_actions(
            demo_actions(workspace.plan, unit, periods, args.actions, seed=args.seed)
        )
    print(f"已添加示例工作 {added} 条({unit.name})")
    return EXIT_OK


PASSPHRASE_ENV = "IP_TRACKER_PASSPHRASE"


def read_passphrase(args: argparse.Namespace, prompt: str, *, confirm: bool = False) -> str:
    """--passphrase-file, else IP_TRACKER_PASSPHRASE, else ask on the terminal."""
    path = getattr(args, "passphrase_file", None)
    if path:
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise CommandError(
                f"无法读取口令文件 {path}: {error.strerror}", EXIT_CANNOT_RUN
            ) from None
        try:  # Notepad's UTF-8 may start with a BOM, which is not part of the passphrase
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:  # a file saved as "ANSI" on a Chinese Windows
            try:
                text = data.decode("gb18030")
            except UnicodeDecodeError:
                raise CommandError(
                    f"口令文件 {path} 不是文本文件(应为 UTF-8 或 GBK 编码)", EXIT_CANNOT_RUN
                ) from None
        return text.splitlines()[0] if text.splitlines() else ""
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        first = getpass.getpass(f"{prompt}: ")
        if confirm and getpass.getpass(f"{prompt}(再输入一次): ") != first:
            raise CommandError("两次输入的口令不一致")
        return first
    raise CommandError(
        f"需要口令:请在终端运行,或用 --passphrase-file 文件,或设置环境变量 {PASSPHRASE_ENV}",
        EXIT_CANNOT_RUN,
    )


def cmd_keys_init_city(args: argparse.Namespace) -> int:
    from desktop.exchange.keys import init_city
    from desktop.trust.pki import format_fingerprint

    with open_workspace(args) as workspace:
        passphrase = read_passphrase(args, "设置市级根证书口令", confirm=True)
        summary = init_city(workspace, passphrase)
    print(f"已创建市级根证书 {summary.subject}")
    print(f"根证书指纹(请在电话中向各单位核对): {format_fingerprint(summary.fingerprint)}")
    return EXIT_OK


def cmd_keys_enroll(args: argparse.Namespace) -> int:
    from desktop.exchange.keys import enroll_unit

    with open_workspace(args) as workspace:
        root_passphrase = read_passphrase(args, "市级根证书口令")
        if args.unit_passphrase_file:
            unit_args = argparse.Namespace(passphrase_file=args.unit_passphrase_file)
            unit_passphrase = read_passphrase(unit_args, "为该单位设置口令")
        elif sys.stdin is not None and sys.stdin.isatty():
            unit_args = argparse.Namespace(passphrase_file=None)
            unit_passphrase = read_passphrase(unit_args, "为该单位设置口令", confirm=True)
        else:
            unit_passphrase = root_passphrase  # scripted use: one passphrase source for both
        enroll_unit(workspace, args.unit, root_passphrase, unit_passphrase, Path(args.output))
        unit = workspace.unit_by_code(args.unit)
    print(f"已为 {unit.full_name}({unit.code})签发入网文件: {args.output}")
    print("请通过电话把单位口令告知该单位,不要与文件一起发送。", file=sys.stderr)
    return EXIT_OK


def read_input_file(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise CommandError(f"文件不存在: {path}", EXIT_CANNOT_RUN) from None
    except OSError as error:
        raise CommandError(f"无法读取文件 {path}: {error.strerror}", EXIT_CANNOT_RUN) from None


def cmd_keys_import(args: argparse.Namespace) -> int:
    from desktop.exchange.keys import install_enrolment
    from desktop.trust.pki import format_fingerprint

    data = read_input_file(args.file)
    with open_workspace(args) as workspace:
        passphrase = read_passphrase(args, "单位口令(市局电话告知)")
        installed = install_enrolment(workspace, data, passphrase)
    print(f"已安装入网文件: {installed.unit_name}({installed.unit_code})")
    print(f"市级根证书指纹: {format_fingerprint(installed.root_fingerprint)}")
    if installed.plan_changed:
        print(f"计划已更新为版本 {installed.plan_version}")
    return EXIT_OK


def cmd_return_export(args: argparse.Namespace) -> int:
    from desktop.domain.returns import People
    from desktop.exchange.returns import export_return

    with open_workspace(args) as workspace:
        if workspace.unit is None:
            raise CommandError("工作区尚未设置单位:请先运行 ip-tracker setup --unit 代码", 2)
        people = People(
            filler=args.filler if args.filler is not None else workspace.contact,
            reviewer=args.reviewer or "",
            head=args.head or "",
            phone=args.phone if args.phone is not None else workspace.phone,
        )
        passphrase = read_passphrase(args, "单位口令")
        result = export_return(
            workspace,
            args.period,
            args.format,
            passphrase,
            Path(args.output),
            people=people,
            correction_reason=args.correction_reason or "",
        )
    frozen = result.frozen
    print(
        f"已导出 {frozen.period} 报送第 {frozen.version} 版({result.format.upper()},已签名): "
        f"{result.path}"
    )
    return EXIT_OK


def cmd_return_diff(args: argparse.Namespace) -> int:
    from desktop.domain.returns import diff_returns

    with open_workspace(args) as workspace:
        versions = {r.version: r for r in workspace.return_versions(args.period)}
    if len(versions) < 2 and not (args.old and args.new):
        raise CommandError(f"{args.period} 的报送只有 {len(versions)} 个版本,无可比较")
    new = args.new or max(versions)
    old = args.old or new - 1
    for number in (old, new):
        if number not in versions:
            raise CommandError(f"{args.period} 没有第 {number} 版报送")
    diffs = diff_returns(versions[old].payload, versions[new].payload)
    if args.json:
        print_json(
            {
                "period": args.period,
                "from": old,
                "to": new,
                "correction_reason": versions[new].correction_reason,
                "measures": [
                    {
                        "measure": d.no,
                        "status": list(d.status) if d.status else None,
                        "added": [a["id"] for a in d.added],
                        "removed": [a["id"] for a in d.removed],
                        "changed": [{"id": b["id"], "fields": f} for _a, b, f in d.changed],
                    }
                    for d in diffs
                ],
            }
        )
        return EXIT_OK
    print(f"{args.period} 第 {old} 版 → 第 {new} 版;更正原因: {versions[new].correction_reason}")
    for d in diffs:
        print(f"措施 {d.no}:")
        if d.status:
            print(f"  完成情况 {d.status[0]} → {d.status[1]}")
        for a in d.added:
            print(f"  + {a['title']}")
        for a in d.removed:
            print(f"  - {a['title']}")
        for _a, b, fields in d.changed:
            print(f"  * {b['title']}({', '.join(fields)})")
    if not diffs:
        print("工作内容无变化")
    return EXIT_OK


def iso_date(text: str):
    """An argparse type: a bad date is a usage error (exit 2), not a crash."""
    from datetime import date

    return date.fromisoformat(text)


def nothing_found(args: argparse.Namespace) -> int:
    """A folder without returns is not a success: the person expected files there."""
    if args.json:
        print_json([])
    names = "、".join(args.files)
    print(f"{APP_NAME}: {names} 中没有找到报送文件(.pdf 或 .xlsx)", file=sys.stderr)
    return EXIT_CANNOT_RUN


def cmd_verify(args: argparse.Namespace) -> int:
    from desktop.exchange.returns import verify_files

    with open_workspace(args) as workspace:
        results = verify_files(workspace, [Path(f) for f in args.files])
    if not results:
        return nothing_found(args)
    if args.json:
        print_json([r.to_json() for r in results])
    else:
        for result in results:
            print(result.describe())
    if any(r.unreadable for r in results):
        return EXIT_CANNOT_RUN
    return EXIT_OK if all(r.valid for r in results) else EXIT_INVALID


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.exchange.city import import_files

    results = []
    with open_workspace(args) as workspace:
        for result in import_files(workspace, [Path(f) for f in args.files], dry_run=args.dry_run):
            results.append(result)
            if not args.json:
                print(result.describe(), flush=True)
    if not results:
        return nothing_found(args)
    if args.json:
        print_json([r.to_json() for r in results])
    elif args.dry_run:
        print("(试导入:未写入任何数据)", file=sys.stderr)
    if any(r.check.unreadable for r in results):
        return EXIT_CANNOT_RUN
    return EXIT_INVALID if any(r.outcome == "rejected" for r in results) else EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from datetime import date

    from desktop.exchange.city import period_status, require_city

    with open_workspace(args) as workspace:
        require_city(workspace)
        period = workspace.period(args.period)
        if period is None:
            raise CommandError(f"--period: 未知的期间 “{args.period}”")
        today = args.today or date.today()
        statuses = period_status(workspace, args.period, today)
    if args.json:
        print_json([s.to_json() for s in statuses])
        return EXIT_OK
    print(f"{period.label}({period.code})报送情况,截止 {period.deadline.isoformat()}")
    for s in statuses:
        if not s.submitted:
            state = f"未报送(已逾期 {s.overdue_days} 天)" if s.overdue_days else "未报送"
            phone = f"  电话 {s.unit.phone}" if s.unit.phone else ""
            print(f"  {s.unit.name:<8} {state}{phone}")
        else:
            timing = "按时" if s.on_time else f"迟报 {s.late_days} 天"
            returned = " 已退回更正" if s.returned_for_correction else ""
            print(
                f"  {s.unit.name:<8} 已报送 第{s.version}版(共 {s.versions} 版) {timing}{returned}"
            )
    missing = sum(1 for s in statuses if not s.submitted)
    print(f"应报 {len(statuses)},已报 {len(statuses) - missing},未报 {missing}")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from desktop.exchange.city import require_city
    from desktop.exchange.report import export_city_report

    with open_workspace(args) as workspace:
        require_city(workspace)
        if workspace.period(args.period) is None:
            raise CommandError(f"--period: 未知的期间 “{args.period}”")
        passphrase = read_passphrase(args, "市级根证书口令")
        result = export_city_report(
            workspace, args.period, args.format, passphrase, Path(args.output)
        )
    if args.json:
        print_json(result.to_json())
        return EXIT_OK
    missing = result.to_json()["missing"]
    print(
        f"已生成 {args.period} 全市报告({result.format.upper()},市局已签名): {result.path}"
        + (f",共 {result.pages} 页" if result.pages else "")
    )
    print(f"依据报送 {len(result.sources)} 份;未报送单位 {len(missing)} 个")
    return EXIT_OK


class _MeasureOption(argparse.Action):
    """--measure N names the task the next --comment is about."""

    def __call__(self, parser, namespace, values, option_string=None):
        if namespace.pending_measure is not None:
            parser.error(f"--measure {namespace.pending_measure} 后面缺少 --comment")
        namespace.pending_measure = values


class _CommentOption(argparse.Action):
    """--comment TEXT: about the task named just before, or about the whole return."""

    def __call__(self, parser, namespace, values, option_string=None):
        namespace.comments.append((namespace.pending_measure, values))
        namespace.pending_measure = None


def cmd_feedback_send(args: argparse.Namespace) -> int:
    from desktop.exchange.city import require_city
    from desktop.exchange.feedback import export_feedback, send_back_signed

    if args.pending_measure is not None:
        raise CommandError(f"--measure {args.pending_measure} 后面缺少 --comment", EXIT_CANNOT_RUN)
    comments: dict[int | None, str] = {}
    for measure, text in args.comments:  # two comments on one task become one, line by line
        comments[measure] = f"{comments[measure]}\n{text}" if measure in comments else text
    with open_workspace(args) as workspace:
        require_city(workspace)
        if workspace.unit_by_code(args.unit) is None:
            raise CommandError(f"--unit: 单位名录中没有代码为 “{args.unit}” 的单位")
        if workspace.period(args.period) is None:
            raise CommandError(f"--period: 未知的期间 “{args.period}”")
        passphrase = read_passphrase(args, "市级根证书口令")
        out = Path(args.output)
        if comments:  # kept only if the signed file is written: a retry sends them once
            path = send_back_signed(workspace, args.unit, args.period, comments, passphrase, out)
        else:  # the comments already recorded, exported again
            path = export_feedback(workspace, args.unit, args.period, passphrase, out)
        unit = workspace.unit_by_code(args.unit)
    print(f"已将 {unit.name} {args.period} 的报送退回更正,退回意见文件(市局已签名): {path}")
    return EXIT_OK


def cmd_feedback_import(args: argparse.Namespace) -> int:
    from desktop.exchange.feedback import install_feedback

    data = read_input_file(args.file)
    with open_workspace(args) as workspace:
        installed = install_feedback(workspace, data)
    print(
        f"已导入市局退回意见: {installed.period} 第{installed.version}版,"
        f"共 {len(installed.comments)} 条(新增 {installed.new} 条)"
    )
    for comment in installed.comments:
        where = f"任务{comment.measure}" if comment.measure is not None else "整份报送"
        print(f"  {where}: {comment.comment}")
    if not installed.about_own_return:
        print("注意: 本工作区没有该意见所针对的报送版本", file=sys.stderr)
    return EXIT_OK


def cmd_feedback_list(args: argparse.Namespace) -> int:
    from desktop.exchange.feedback import feedback_list

    with open_workspace(args) as workspace:
        if workspace.unit_code is None:
            raise CommandError("工作区尚未设置单位:请先运行 ip-tracker setup --unit 代码", 2)
        if workspace.period(args.period) is None:
            raise CommandError(f"--period: 未知的期间 “{args.period}”")
        comments = feedback_list(workspace, args.period)
        names = {u.code: u.name for u in workspace.units()}
    if args.json:
        print_json([c.to_json() for c in comments])
        return EXIT_OK
    for c in comments:
        where = f"任务{c.measure}" if c.measure is not None else "整份报送"
        print(f"{names.get(c.unit, c.unit)} 第{c.version}版 {where}: {c.comment}")
    print(f"共 {len(comments)} 条", file=sys.stderr)
    return EXIT_OK


# ------------------------------------------------------------------------ parser
class ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors: exit 2 per the contract, in Chinese
        self.print_usage(sys.stderr)
        self.exit(EXIT_CANNOT_RUN, f"{self.prog}: 用法错误: {message}\n")


def build_parser(window_only: bool = False) -> argparse.ArgumentParser:
    """The whole command line; `window_only`: just what `gui` needs (the window opens sooner
    without building some twenty sub-parsers it does not use)."""
    parser = ArgumentParser(prog=APP_NAME, description="三明市知识产权强市建设推进计划 工作台账")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--home", metavar="DIR", help=f"工作区文件夹(也可用环境变量 {HOME_ENV})")
    parser.add_argument("--lang", choices=["zh", "en"], default=None, help="界面语言")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)

    gui = commands.add_parser("gui", help="打开桌面程序")
    gui.add_argument("--screenshot", metavar="FILE.png", help="载入后把主窗口保存为图片并退出")
    gui.set_defaults(func=cmd_gui)
    if window_only:
        return parser

    plan = commands.add_parser("plan", help="计划").add_subparsers(
        dest="plan_command", required=True, metavar="COMMAND", parser_class=ArgumentParser
    )
    show = plan.add_parser("show", help="显示本工作区跟踪的计划")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_plan_show)

    setup = commands.add_parser("setup", help="把工作区设为某单位的")
    setup.add_argument("--unit", required=True, metavar="CODE")
    setup.add_argument("--contact", metavar="NAME")
    setup.add_argument("--phone", metavar="PHONE")
    setup.set_defaults(func=cmd_setup)

    action = commands.add_parser("action", help="工作记录").add_subparsers(
        dest="action_command", required=True, metavar="COMMAND", parser_class=ArgumentParser
    )
    add = action.add_parser("add", help="新增一条工作记录,输出其编号")
    add.add_argument("--measure", type=int, required=True, metavar="N")
    add.add_argument("--period", required=True, metavar="P")
    add.add_argument("--title", required=True, metavar="TEXT")
    add.add_argument("--progress", metavar="TEXT")
    add.add_argument("--status", default="in_progress", metavar="S")
    add.add_argument("--reason", metavar="TEXT")
    add.add_argument("--start", metavar="DATE")
    add.add_argument("--finish", metavar="DATE")
    add.add_argument("--problems", metavar="TEXT")
    add.add_argument("--next-steps", metavar="TEXT")
    add.add_argument("--indicator", action="append", default=[], metavar="KEY=VALUE")
    add.add_argument("--evidence", action="append", default=[], metavar="FILE")
    add.set_defaults(func=cmd_action_add)

    listing = action.add_parser("list", help="列出工作记录")
    listing.add_argument("--period", metavar="P")
    listing.add_argument("--measure", type=int, metavar="N")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_action_list)

    units = commands.add_parser("units", help="单位名录").add_subparsers(
        dest="units_command", required=True, metavar="COMMAND", parser_class=ArgumentParser
    )
    units_list = units.add_parser("list", help="列出单位名录")
    units_list.add_argument("--json", action="store_true")
    units_list.set_defaults(func=cmd_units_list)
    units_set = units.add_parser("set", help="市局: 登记单位联系电话")
    units_set.add_argument("--unit", required=True, metavar="CODE")
    units_set.add_argument("--phone", required=True, metavar="PHONE")
    units_set.set_defaults(func=cmd_units_set)

    demo = commands.add_parser("demo", help="填入示例工作(培训、性能测试)")
    demo.add_argument("--actions", type=int, required=True, metavar="N")
    demo.add_argument("--period", metavar="P")
    demo.add_argument("--seed", type=int, default=2025, help=argparse.SUPPRESS)
    demo.set_defaults(func=cmd_demo)

    def passphrase_option(command: argparse.ArgumentParser) -> None:
        command.add_argument(
            "--passphrase-file", metavar="FILE", help=f"口令文件(也可用环境变量 {PASSPHRASE_ENV})"
        )

    keys = commands.add_parser("keys", help="密钥与入网").add_subparsers(
        dest="keys_command", required=True, metavar="COMMAND", parser_class=ArgumentParser
    )
    init_city = keys.add_parser("init-city", help="市局: 创建市级根证书")
    passphrase_option(init_city)
    init_city.set_defaults(func=cmd_keys_init_city)
    enroll = keys.add_parser("enroll", help="市局: 为单位签发入网文件")
    enroll.add_argument("--unit", required=True, metavar="CODE")
    enroll.add_argument("-o", "--output", required=True, metavar="FILE")
    enroll.add_argument("--unit-passphrase-file", metavar="FILE", help="为该单位设置的口令")
    passphrase_option(enroll)
    enroll.set_defaults(func=cmd_keys_enroll)
    key_import = keys.add_parser("import", help="单位: 安装入网文件")
    key_import.add_argument("file", metavar="FILE")
    passphrase_option(key_import)
    key_import.set_defaults(func=cmd_keys_import)

    returns = commands.add_parser("return", help="报送").add_subparsers(
        dest="return_command", required=True, metavar="COMMAND", parser_class=ArgumentParser
    )
    export = returns.add_parser("export", help="冻结本期报送并导出签名文件")
    export.add_argument("--period", required=True, metavar="P")
    export.add_argument("--format", required=True, choices=["pdf", "xlsx"])
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.add_argument("--filler", metavar="NAME", help="填报人(默认: 工作区联系人)")
    export.add_argument("--reviewer", metavar="NAME", help="审核人")
    export.add_argument("--head", metavar="NAME", help="单位负责人")
    export.add_argument("--phone", metavar="PHONE", help="联系电话(默认: 工作区电话)")
    export.add_argument("--correction-reason", metavar="TEXT", help="更正原因(第 2 版起)")
    passphrase_option(export)
    export.set_defaults(func=cmd_return_export)
    diff = returns.add_parser("diff", help="两个版本之间的差异(按措施)")
    diff.add_argument("--period", required=True, metavar="P")
    diff.add_argument("--from", dest="old", type=int, metavar="V", help="旧版本(默认: 前一版)")
    diff.add_argument("--to", dest="new", type=int, metavar="V", help="新版本(默认: 最新版)")
    diff.add_argument("--json", action="store_true")
    diff.set_defaults(func=cmd_return_diff)

    verify = commands.add_parser("verify", help="核验报送文件(不导入)")
    verify.add_argument("files", nargs="+", metavar="FILE")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=cmd_verify)

    importing = commands.add_parser("import", help="市局: 核验并导入报送")
    importing.add_argument(
        "files", nargs="+", metavar="FILE", help="报送文件,或存放报送文件的文件夹"
    )
    importing.add_argument("--dry-run", action="store_true", help="只核验和判断,不写入")
    importing.add_argument("--json", action="store_true")
    importing.set_defaults(func=cmd_import)

    status = commands.add_parser("status", help="市局: 各单位报送情况")
    status.add_argument("--period", required=True, metavar="P")
    status.add_argument("--json", action="store_true")
    status.add_argument(
        "--today", metavar="DATE", type=iso_date, help=argparse.SUPPRESS
    )  # for tests and demos  # for tests and demos
    status.set_defaults(func=cmd_status)

    report = commands.add_parser("report", help="市局: 生成签名的全市报告")
    report.add_argument("--period", required=True, metavar="P")
    report.add_argument("--format", required=True, choices=["pdf", "xlsx"])
    report.add_argument("-o", "--output", required=True, metavar="FILE")
    report.add_argument("--json", action="store_true")
    passphrase_option(report)
    report.set_defaults(func=cmd_report)

    feedback = commands.add_parser("feedback", help="退回更正意见").add_subparsers(
        dest="feedback_command", required=True, metavar="COMMAND", parser_class=ArgumentParser
    )
    send = feedback.add_parser("send", help="市局: 退回某单位的报送并导出签名的意见文件")
    send.add_argument("--unit", required=True, metavar="CODE")
    send.add_argument("--period", required=True, metavar="P")
    send.add_argument("--measure", type=int, action=_MeasureOption, metavar="N",
                      help="下一条 --comment 所针对的任务")  # fmt: skip
    send.add_argument("--comment", action=_CommentOption, metavar="TEXT",
                      help="退回意见;前面没有 --measure 时针对整份报送")  # fmt: skip
    send.add_argument("-o", "--output", required=True, metavar="FILE")
    send.set_defaults(comments=[], pending_measure=None)
    passphrase_option(send)
    send.set_defaults(func=cmd_feedback_send)
    feedback_import = feedback.add_parser("import", help="单位: 导入市局的退回意见文件")
    feedback_import.add_argument("file", metavar="FILE")
    feedback_import.set_defaults(func=cmd_feedback_import)
    feedback_listing = feedback.add_parser("list", help="列出某期的退回意见")
    feedback_listing.add_argument("--period", required=True, metavar="P")
    feedback_listing.add_argument("--json", action="store_true")
    feedback_listing.set_defaults(func=cmd_feedback_list)
    return parser


def main(argv: list[str] | None = None) -> int:
    skip_unused_heavy_imports()  # before anything imports sqlite-utils
    _utf8_console()
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(window_only=_command_of(argv) == "gui")
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = getattr(args, "func", None) or cmd_gui
    if func is cmd_gui and not hasattr(args, "screenshot"):
        args.screenshot = None
    home = workspace_home(args)
    if func is cmd_gui:
        # Opening the window makes a great many objects that live as long as the program (Qt's
        # classes and enums, the plan); the garbage collector would scan them over and over
        # (~8 ms of start-up). It stays off until the window is drawn (views/start_up.py).
        gc.disable()
    setup_logging(home)
    try:
        return func(args)
    except BrokenPipeError:
        # The reader stopped reading (`ip-tracker action list | head`): not a failure. Quiet the
        # interpreter's own flush of stdout at exit, which would fail the same way.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as error:
        return report_failure(error, home)
    finally:
        gc.enable()


def _command_of(argv: list[str]) -> str | None:
    """The sub-command named in `argv`, past the global options (None: none, or unsure)."""
    rest = list(argv)
    while rest and rest[0] in ("--home", "--lang"):
        del rest[:2]
    while rest and rest[0].startswith(("--home=", "--lang=")):
        del rest[0]
    return rest[0] if rest else None


def report_failure(error: Exception, home: Path) -> int:
    """The message and exit code for a command that stopped (shared/CLI.md)."""
    from desktop.domain import InvalidInput
    from desktop.exchange import ExchangeError, NotPossibleHere
    from desktop.storage import WorkspaceError

    if isinstance(error, CommandError):
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return error.code
    if isinstance(error, InvalidInput):
        print(
            f"{APP_NAME}: 输入有误 — {error.field}: {error.message};未写入任何数据。",
            file=sys.stderr,
        )
        return EXIT_INVALID
    if isinstance(error, WorkspaceError):
        logging.getLogger(__name__).warning("%s", error)
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    if isinstance(error, ExchangeError):
        print(f"{APP_NAME}: {error.message}(原因代码 {error.reason})", file=sys.stderr)
        return EXIT_INVALID
    if isinstance(error, NotPossibleHere):
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    outside = outside_file_error(error, home)
    if outside is not None:
        logging.getLogger(__name__).warning("%s", outside, exc_info=error)
        print(f"{APP_NAME}: {outside}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    return unexpected_error(error, home)


def outside_file_error(error: Exception, home: Path) -> str | None:
    """The sentence for an OS error on a file the person named outside the workspace (the -o of
    an export on a full or read-only USB stick, a folder that is a file): their problem to fix,
    not our bug, and not the workspace's."""
    from desktop.storage.health import file_error_message

    message = file_error_message(error)
    if message is None or Path(os.fsdecode(error.filename)).absolute().is_relative_to(
        Path(home).absolute()
    ):
        return None
    return message


def unexpected_error(error: Exception, home: Path) -> int:
    """Disk full or read-only in mid-command gets its plain message; anything else is our bug:
    the traceback goes to the log, the person gets one line saying where it is."""
    from desktop.storage.health import as_workspace_error

    logging.getLogger(__name__).error("command failed", exc_info=error)
    problem = as_workspace_error(error, home)
    if problem is not None:
        print(f"{APP_NAME}: {problem}", file=sys.stderr)
    else:
        where = current_log_file() or "(日志不可用)"
        print(
            f"{APP_NAME}: 程序内部错误({type(error).__name__}: {error}),详细信息已写入日志 {where}",
            file=sys.stderr,
        )
    return EXIT_CANNOT_RUN


def gui_main() -> int:
    return main(sys.argv[1:] or ["gui"])


def _utf8_console() -> None:
    # Windows consoles default to a legacy code page; Chinese output must not crash the command.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8", errors="replace")
