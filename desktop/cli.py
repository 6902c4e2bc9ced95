"""The `ip-tracker` command: the desktop window, and the same program without a screen.

The names, options, output and exit codes are a contract (shared/CLI.md): extend, never rename.
Exit codes: 0 success; 1 the input was judged and found bad; 2 the command could not run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from desktop import APP_NAME, __version__
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
    return {
        "version": plan.version_id,
        "title": plan.title,
        "status": plan.status,
        "source": plan.source,
        "published_on": plan.published_on,
        "chapters": [
            {
                "no": chapter.no,
                "title": chapter.title,
                "sections": [{"no": s.no, "title": s.title} for s in chapter.sections],
            }
            for chapter in plan.chapters
        ],
        "measures": [
            {
                "no": m.no,
                "chapter": m.chapter,
                "section": m.section,
                "text": m.text,
                "units": m.unit_names,
                "lead": m.lead_unit,
                "and_others": m.and_others,
                "indicators": [i.to_dict() for i in m.indicators],
            }
            for m in plan.measures
        ],
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


# ------------------------------------------------------------------------ parser
class ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors: exit 2 per the contract, in Chinese
        self.print_usage(sys.stderr)
        self.exit(EXIT_CANNOT_RUN, f"{self.prog}: 用法错误: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(prog=APP_NAME, description="三明市知识产权强市建设推进计划 工作台账")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--home", metavar="DIR", help=f"工作区文件夹(也可用环境变量 {HOME_ENV})")
    parser.add_argument("--lang", choices=["zh", "en"], default=None, help="界面语言")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)

    gui = commands.add_parser("gui", help="打开桌面程序")
    gui.add_argument("--screenshot", metavar="FILE.png", help="载入后把主窗口保存为图片并退出")
    gui.set_defaults(func=cmd_gui)

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

    demo = commands.add_parser("demo", help="填入示例工作(培训、性能测试)")
    demo.add_argument("--actions", type=int, required=True, metavar="N")
    demo.add_argument("--period", metavar="P")
    demo.add_argument("--seed", type=int, default=2025, help=argparse.SUPPRESS)
    demo.set_defaults(func=cmd_demo)
    return parser


def main(argv: list[str] | None = None) -> int:
    from desktop.domain import InvalidInput
    from desktop.storage import WorkspaceError

    _utf8_console()
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = getattr(args, "func", None) or cmd_gui
    if func is cmd_gui and not hasattr(args, "screenshot"):
        args.screenshot = None
    home = workspace_home(args)
    setup_logging(home)
    try:
        return func(args)
    except CommandError as error:
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return error.code
    except InvalidInput as error:
        print(
            f"{APP_NAME}: 输入有误 — {error.field}: {error.message};未写入任何数据。",
            file=sys.stderr,
        )
        return EXIT_INVALID
    except WorkspaceError as error:
        logging.getLogger(__name__).warning("%s", error)
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    except Exception as error:
        return unexpected_error(error, home)


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
