"""The command line: the only module that prints or exits. Each command parses, calls one function, prints."""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import click

from docgen import messages
from docgen.errors import DocgenError, Problem

FILE = click.Path(path_type=Path, dir_okay=False)


class _Commands(click.Group):
    """docgen's commands, with click's own usage errors ("Missing argument …") said in Vietnamese, like
    every other message: click words them in English, and its translations are not installed with it."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True, **extra: Any) -> Any:
        run = functools.partial(super().main, args, prog_name, complete_var, standalone_mode=False, **extra)
        if not standalone_mode:
            return run()
        try:
            result: Any = run()
        except click.exceptions.NoArgsIsHelpError as error:
            error.show()
            sys.exit(error.exit_code)
        except click.UsageError as error:
            click.echo(usage_error_text(error), err=True)
            sys.exit(error.exit_code)
        except click.ClickException as error:
            error.show()
            sys.exit(error.exit_code)
        except click.Abort:
            click.echo(messages.ABORTED, err=True)
            sys.exit(1)
        sys.exit(result if isinstance(result, int) else 0)  # --help and --version end with their exit code


def usage_error_text(error: click.UsageError) -> str:
    """Return a usage error as the clerk reads it: what is wrong, how the command is written, where help is."""
    lines = [messages.USAGE_ERROR.format(message=_usage_message(error))]
    if error.ctx is not None:
        lines += [messages.USAGE_LINE.format(usage=error.ctx.get_usage().removeprefix("Usage: ")),
                  messages.USAGE_HELP.format(command=error.ctx.command_path)]
    return "\n".join(lines)


# The English details click gives with a bad value, for the types docgen's options use.
_CLICK_DETAILS = (
    (re.compile(r"^(?:File|Directory|Path) '(.*)' is a directory\.$"), messages.VALUE_IS_FOLDER),
    (re.compile(r"^(?:File|Directory|Path) '(.*)' is a file\.$"), messages.VALUE_IS_FILE),
    (re.compile(r"^(?:File|Directory|Path) '(.*)' does not exist\.$"), messages.VALUE_MISSING),
    (re.compile(r"^'?(.*?)'? is not a valid integer(?: range)?\.$"), messages.VALUE_NOT_INTEGER),
    (re.compile(r"^(-?\d+) is not in the range x>=(-?\d+)\.$"), messages.VALUE_TOO_SMALL),
    (re.compile(r"^'(.*)' is not one of (.*)\.$"), messages.VALUE_NOT_CHOICE),
    (re.compile(r"^(-?\d+) is not in the range (-?\d+)<=x<=(-?\d+)\.$"), messages.VALUE_OUT_OF_RANGE),
    (re.compile(r"^Got unexpected extra arguments? \((.*)\)$"), messages.EXTRA_ARGUMENTS),
    (re.compile(r"^Option '(.*)' does not take a value\.$"), messages.OPTION_TAKES_NO_VALUE),
)


def _usage_message(error: click.UsageError) -> str:
    if isinstance(error, click.MissingParameter):
        name = _param_name(error)
        return (messages.MISSING_ARGUMENT if error.param_type != "option" and not name.startswith("-")
                else messages.MISSING_OPTION).format(name=name)
    if isinstance(error, click.NoSuchOption):
        return messages.NO_SUCH_OPTION.format(name=error.option_name) + _did_you_mean(error.possibilities)
    if hasattr(error, "command_name"):  # click.NoSuchCommand (click 8.4 and later)
        return messages.NO_SUCH_COMMAND.format(name=error.command_name) + _did_you_mean(
            getattr(error, "possibilities", None))
    if isinstance(error, click.BadOptionUsage) and "requires an argument" in error.message:
        return messages.OPTION_NEEDS_VALUE.format(name=error.option_name)
    if isinstance(error, click.BadParameter):
        return messages.BAD_VALUE.format(name=_param_name(error), detail=_detail(error.message))
    return _detail(error.message)  # docgen's own usage errors are already in Vietnamese


def _detail(message: str) -> str:
    for pattern, text in _CLICK_DETAILS:
        found = pattern.match(message)
        if found:
            return text.format(*found.groups())
    return message


def _param_name(error: click.BadParameter) -> str:
    if error.param_hint is not None:
        hint = error.param_hint
        return hint if isinstance(hint, str) else " / ".join(hint)
    hint = error.param.get_error_hint(error.ctx) if error.param is not None else ""
    return hint.replace("'", "").removesuffix("...")


def _did_you_mean(possibilities: Iterable[str] | None) -> str:
    return messages.DID_YOU_MEAN.format(names=", ".join(possibilities)) if possibilities else ""


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="docgen")
def main() -> None:
    """docgen: lập kế hoạch của UBND xã đúng thể thức Nghị định 30/2020/NĐ-CP từ tệp số liệu.

    Ví dụ: docgen build plans/2022.toml
    """


@main.command()
@click.argument("plans", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--template", type=FILE,
              help="Mẫu .docx (mặc định: mẫu kế hoạch chỉ định, templates/ke-hoach.docx, rồi mẫu có sẵn).")
@click.option("--output-dir", type=click.Path(path_type=Path, file_okay=False),
              help="Thư mục ghi văn bản (mặc định: output/ của thư mục làm việc chứa plans/).")
@click.option("--force", is_flag=True, help="Vẫn ghi văn bản dù kiểm tra thể thức còn lỗi.")
@click.option("--xlsx", is_flag=True, help="Ghi thêm các bảng phụ lục ra tệp Excel cùng tên (.xlsx).")
@click.option("--pdf", is_flag=True, help="Ghi thêm bản PDF cùng tên (cần LibreOffice).")
@click.option("--draft", is_flag=True,
              help="Đóng dấu DỰ THẢO dù đã có số và ngày (kế hoạch chưa có số hoặc chưa có ngày thì tự là dự thảo).")
@click.option("--jobs", type=click.IntRange(1), help="Số kế hoạch dựng cùng lúc (mặc định: số nhân CPU).")
def build(plans: tuple[Path, ...], template: Path | None, output_dir: Path | None, force: bool, xlsx: bool,
          pdf: bool, draft: bool, jobs: int | None) -> None:
    """Tạo văn bản .docx từ tệp kế hoạch PLANS (.toml hoặc .json), kiểm tra thể thức rồi ghi vào OUTPUT-DIR.

    Nhiều tệp, hoặc một thư mục (ví dụ plans/), thì dựng tất cả cùng lúc và tóm tắt kết quả ở cuối.
    """
    if len(plans) == 1 and not plans[0].is_dir():
        _build_single(plans[0], template, output_dir, force, xlsx, pdf, draft)
    else:
        from docgen.batch import Options, default_jobs, plan_files

        files = _or_exit(lambda: plan_files(plans))
        _build_batch(files, Options(template, output_dir, force, xlsx, pdf, draft), jobs or default_jobs())


def _build_single(plan: Path, template: Path | None, output_dir: Path | None, force: bool, xlsx: bool,
                  pdf: bool, draft: bool) -> None:
    from docgen.build import build_checked, default_output_dir, write
    from docgen.check.report import format_text, has_errors

    if xlsx and _results_sheet_written(plan, output_dir or default_output_dir(plan)):
        return
    built, findings = _or_exit(lambda: build_checked(plan, template, draft))
    if built.warnings:
        click.echo(format_warnings(built.warnings), err=True)
    if findings:
        click.echo(format_text({str(plan): findings}), err=True)
    if has_errors(findings) and not force:
        click.echo(messages.CHECK_REFUSED.format(count=sum(f.severity == "error" for f in findings)), err=True)
        sys.exit(1)
    target = output_dir or default_output_dir(plan)
    paths = _or_exit(lambda: write(built, target, with_tables=xlsx, with_pdf=pdf))
    text = messages.BUILT_DRAFT if built.draft else messages.BUILT
    click.echo(text.format(path=", ".join(map(str, paths)), symbol=built.symbol))


def _results_sheet_written(plan: Path, output_dir: Path) -> bool:
    """For a Báo cáo whose results are still to fill, write the sheet the clerk fills them in (the report itself
    waits for them) and say what to do with it; False for any other plan."""
    from docgen.build import results_sheet, results_to_fill
    from docgen.kinds.messages import RESULTS_TO_FILL_WRITTEN
    from docgen.output import write_atomic

    pending = _or_exit(lambda: results_to_fill(plan))
    if pending is None:
        return False
    report, figures = pending
    path, data = results_sheet(report, figures, plan, output_dir)
    _or_exit(lambda: write_atomic({path: data}))
    click.echo(RESULTS_TO_FILL_WRITTEN.format(sheet=path, plan=plan))
    return True


def _build_batch(files: list[Path], options, jobs: int) -> None:
    """Build many plans: a progress bar on a terminal, a plain line per plan otherwise, then the summary."""
    from docgen.batch import run_batch

    if sys.stderr.isatty():
        with click.progressbar(length=len(files), label=messages.BATCH_PROGRESS.format(count=len(files)),
                               file=sys.stderr) as bar:
            outcomes = _or_exit(lambda: run_batch(files, options, jobs, lambda outcome: bar.update(1)))
    else:
        count, done = len(files), []

        def line(outcome) -> None:
            done.append(outcome)
            click.echo(messages.BATCH_LINE.format(done=len(done), count=count, plan=outcome.plan,
                                                  status=messages.BATCH_STATUS[outcome.status]), err=True)

        outcomes = _or_exit(lambda: run_batch(files, options, jobs, line))
    click.echo(format_summary(outcomes))
    sys.exit(1 if any(outcome.status == "failed" for outcome in outcomes) else 0)


def format_summary(outcomes) -> str:
    """Return one line per plan (what was written, or why not), then the totals."""
    lines = [messages.BATCH_SUMMARY_HEADER]
    counts = {"built": 0, "warnings": 0, "failed": 0}
    for outcome in outcomes:
        counts[outcome.status] += 1
        files = ", ".join(map(_shown, outcome.written))
        if outcome.status == "failed":
            lines.append(messages.BATCH_FAILED.format(plan=outcome.plan, reason=outcome.reason))
        elif outcome.status == "warnings":
            lines.append(messages.BATCH_BUILT_WARNINGS.format(plan=outcome.plan, files=files, count=outcome.warnings))
        else:
            lines.append(messages.BATCH_BUILT.format(plan=outcome.plan, files=files))
    lines.append(messages.BATCH_TOTALS.format(**counts, count=len(outcomes)))
    return "\n".join(lines)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text: để đọc; json: cho máy.")
@click.option("--template", type=FILE, help="Mẫu .docx dùng khi kiểm tra tệp kế hoạch.")
@click.option("--summary", type=FILE, help="Ghi bảng tổng hợp, mỗi văn bản một dòng (.xlsx, hoặc .csv).")
@click.option("--annotate", type=FILE, help="Ghi bản sao có nhận xét (comment) của docgen ở từng lỗi; tệp gốc "
              "không bị sửa.")
@click.option("--fix", "fixed", type=FILE, help="Ghi bản sao đã sửa những gì sửa được mà không đổi chữ nào (khổ "
              "giấy, lề, số trang, phông và cỡ chữ nội dung), rồi kiểm tra bản sao.")
@click.option("--layout", is_flag=True, help="Xem cả bố cục trang do LibreOffice dàn (chậm hơn vài giây mỗi tệp): "
              "khối chữ ký đứng riêng đầu trang cuối hay bị cắt sang hai trang.")
def check(files: tuple[Path, ...], output_format: str, template: Path | None, summary: Path | None,
          annotate: Path | None = None, fixed: Path | None = None, layout: bool = False) -> None:
    """Kiểm tra thể thức Nghị định 30 và số liệu các bảng của các tệp .docx (hoặc mọi tệp .docx trong thư mục),
    hoặc của tệp kế hoạch (.toml/.json) sau khi dựng.

    Mã thoát: 0 không có lỗi; 1 có lỗi; 2 có tệp không đọc được.
    """
    from docgen.check.report import format_json, format_text, has_errors
    from docgen.check.summary import check_path, docx_files, unreadable, write_summary

    if summary is not None and summary.suffix.lower() not in (".xlsx", ".csv"):
        click.echo(messages.SUMMARY_SUFFIX.format(path=summary), err=True)
        sys.exit(2)
    paths = docx_files(list(files))
    empty = [str(path) for path in files if path.is_dir() and not docx_files([path])]
    if empty:
        click.echo(messages.NO_DOCX_IN_FOLDER.format(path=", ".join(empty)), err=True)
    results, rows, exit_code = {}, [], 2 if empty else 0
    not_read: dict[str, str] = {}
    for path in paths:
        try:
            results[str(path)], row = check_path(path, template, layout)
            rows.append(row)
        except DocgenError as error:
            click.echo(format_problems(error), err=True)
            rows.append(unreadable(path, error.problems[0].message))
            not_read[str(path)] = error.problems[0].message
            bad_file = path.suffix.lower() not in (".toml", ".json") or not path.is_file()
            exit_code = max(exit_code, 2 if bad_file else 1)
    if results or output_format == "json":
        click.echo(format_json(results, not_read) if output_format == "json" else format_text(results))
    if summary is not None:
        _or_exit(lambda: write_summary(rows, summary))
        click.echo(messages.SUMMARY_WRITTEN.format(path=summary, count=len(rows)), err=True)
    if annotate is not None or fixed is not None:
        results = _check_copies(paths, results, annotate, fixed)
    if any(has_errors(findings) for findings in results.values()):
        exit_code = max(exit_code, 1)
    sys.exit(exit_code)


def _check_copies(paths: list[Path], results: dict, annotate: Path | None, fixed: Path | None) -> dict:
    """Write the annotated and the fixed copies of the one document checked; return the results whose errors
    decide the exit code (the fixed copy's, when one was made)."""
    from docgen.check import messages as check_messages
    from docgen.check.copies import write_copies

    if len(paths) != 1 or str(paths[0]) not in results or paths[0].suffix.lower() not in (".docx", ".doc"):
        click.echo(check_messages.ANNOTATE_ONE_FILE, err=True)
        sys.exit(2)
    from docgen.read.legacy import docx_of, is_legacy

    data = _or_exit(lambda: docx_of(paths[0]), code=2) if is_legacy(paths[0]) else None
    lines, left = _or_exit(lambda: write_copies(paths[0], results[str(paths[0])], annotate, fixed, data), code=2)
    click.echo("\n".join(lines))
    return {str(fixed): left} if fixed is not None else results


@main.command()
@click.argument("a", type=click.Path(path_type=Path))
@click.argument("b", type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text: để đọc; json: cho máy.")
@click.option("--redline", type=FILE, help="Ghi B thành văn bản .docx có đánh dấu thay đổi (Track Changes) so với A.")
@click.option("--emphasis", is_flag=True, help=messages.DIFF_EMPHASIS_HELP)
def diff(a: Path, b: Path, output_format: str, redline: Path | None, emphasis: bool) -> None:
    """So sánh A (trước) với B (sau): văn bản .docx, tệp Excel do docgen ghi, hoặc tệp kế hoạch; hai thư mục
    thì so từng cặp tệp cùng tên.

    Mã thoát: 0 giống nhau; 1 có khác biệt; 2 có tệp không đọc được.
    """
    from docgen.diff import diff_files, format_json, format_text, pair_paths

    if redline and (a.is_dir() or b.is_dir()):
        raise click.UsageError(messages.REDLINE_NEEDS_FILES)
    pairs, lonely = _or_exit(lambda: pair_paths(a, b), code=2)
    if lonely:
        click.echo(format_problems(DocgenError(lonely)), err=True)
    reports, exit_code = [], 1 if lonely else 0
    for old, new in pairs:
        try:
            reports.append(diff_files(old, new, emphasis=emphasis))
        except DocgenError as error:
            click.echo(format_problems(error), err=True)
            exit_code = 2
    if reports or output_format == "json":
        click.echo(format_json(reports) if output_format == "json" else format_text(reports))
    if redline and exit_code < 2:
        from docgen.diff.redline import write_redline

        _or_exit(lambda: write_redline(a, b, redline), code=2)
        click.echo(messages.REDLINE_WRITTEN.format(path=redline), err=True)
    if any(report.differs for report in reports):
        exit_code = max(exit_code, 1)
    sys.exit(exit_code)


@main.command(name="import")
@click.argument("plan", type=FILE)
@click.argument("workbook", metavar="FILE.xlsx", type=FILE)
@click.option("--dry-run", is_flag=True, help="Chỉ in những số sẽ thay đổi, không sửa tệp kế hoạch.")
def import_(plan: Path, workbook: Path, dry_run: bool) -> None:
    """Đưa số liệu các xóm từ tệp Excel FILE.xlsx vào tệp kế hoạch PLAN (giữ nguyên chú thích, thứ tự).

    FILE.xlsx: tệp do docgen build --xlsx ghi, hoặc một trang tính mỗi dòng một xóm, có dòng tiêu đề.
    """
    from docgen.figures import FIGURES
    from docgen.kinds.results_import import is_report
    from docgen.tables.importer import import_workbook

    if _or_exit(lambda: is_report(plan)):  # a Báo cáo: the sheet gives each hamlet's results (issue 17)
        _import_results(plan, workbook, dry_run)
        return
    changes = _or_exit(lambda: import_workbook(plan, workbook, dry_run))
    for change in changes:
        text = messages.IMPORT_CHANGE if change.hamlet else messages.IMPORT_TARGET
        click.echo(text.format(hamlet=change.hamlet, figure=FIGURES[change.figure].words,
                               before="—" if change.before is None else change.before, after=change.after))
    if not changes:
        click.echo(messages.IMPORT_NOTHING)
    else:
        click.echo((messages.IMPORT_DRY_RUN if dry_run else messages.IMPORT_DONE).format(count=len(changes), plan=plan))


def _import_results(plan: Path, workbook: Path, dry_run: bool) -> None:
    from docgen.kinds import messages as kind_messages
    from docgen.kinds.results_import import change_lines, import_results

    changes, confirmed = _or_exit(lambda: import_results(plan, workbook, dry_run))
    for line in change_lines(changes):
        click.echo(line)
    if not changes:
        click.echo(kind_messages.RESULTS_CONFIRMED.format(plan=plan) if confirmed and not dry_run
                   else kind_messages.RESULTS_NOTHING)
    else:
        done = kind_messages.RESULTS_DRY_RUN if dry_run else kind_messages.RESULTS_DONE
        click.echo(done.format(count=len(changes), plan=plan))


@main.command()
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@click.option("--commune", required=True, help='Tên xã, phường: "Xã Tân Cương".')
@click.option("--province", required=True, help='Tên tỉnh, thành phố: "Thái Nguyên".')
@click.option("--year", type=int, help="Năm kế hoạch (mặc định: năm nay).")
def init(folder: Path, commune: str, province: str, year: int | None) -> None:
    """Tạo thư mục làm việc FOLDER cho một xã (plans/, templates/, output/) với kế hoạch khởi đầu."""
    import datetime as dt

    from docgen.launchers import write_launchers
    from docgen.workspace import init_workspace

    plan = _or_exit(lambda: init_workspace(folder, commune, province, year or dt.date.today().year))
    write_launchers(folder)
    click.echo(messages.INIT_MADE.format(folder=folder, plan=plan))
    click.echo(messages.LAUNCHERS_MADE.format(folder=folder))


@main.command(name="new")
@click.argument("new_plan", metavar="NEW.toml", type=FILE)
@click.option("--from", "source", required=True, type=FILE, help="Kế hoạch năm trước (.toml).")
@click.option("--year", type=int, help="Năm của kế hoạch mới (mặc định: năm sau năm cũ).")
@click.option("--kind", "kind", default="", help="Soạn văn bản khác từ kế hoạch: bao-cao (báo cáo kết quả), "
                                                 "quyet-dinh (giao chỉ tiêu cho các xóm), to-trinh (trình kế "
                                                 "hoạch), cong-van (gửi các xóm), thong-bao (thông báo chỉ tiêu), "
                                                 "huong-dan (hướng dẫn các xóm), chuong-trinh (chương trình công "
                                                 "tác).")
@click.option("--results", "report", type=FILE, help="Báo cáo kết quả năm cũ (.toml, docgen new --kind bao-cao): "
                                                     "các xóm bắt đầu từ số hộ cuối năm theo kết quả thực tế.")
def new(new_plan: Path, source: Path, year: int | None, kind: str, report: Path | None) -> None:
    """Tạo kế hoạch năm mới NEW.toml từ kế hoạch năm trước: chuyển năm, lấy số cuối kỳ làm số đầu kỳ.

    Các mục chép từ năm trước được liệt kê trong confirm ở đầu tệp; docgen build chưa tạo văn bản khi còn
    mục chưa xác nhận.
    """
    from docgen.plan.load import load_plan
    from docgen.plan.newyear import new_plan as make

    if kind:  # issue 17: the year's other documents from the plan (docgen/kinds/derive.py)
        from docgen.kinds.derive import new_document
        from docgen.kinds.messages import NEW_KIND_MADE

        made = _or_exit(lambda: new_document(source, new_plan, kind))
        document, _ = load_plan(made)
        click.echo(NEW_KIND_MADE.format(path=made, kind=document.document.kind, count=len(document.confirm)))
        return
    path = _or_exit(lambda: make(source, new_plan, year, report))
    plan, _ = _or_exit(lambda: load_plan(path))
    click.echo(messages.NEW_MADE.format(path=path, year=plan.targets.year, count=len(plan.confirm)))


@main.command("check-template")
@click.argument("template", type=FILE)
def check_template(template: Path) -> None:
    """Kiểm tra mẫu Word TEMPLATE trước khi dùng: thẻ bị tách, dấu nháy cong, tên lạ, khối chưa đóng;
    rồi dựng thử với một kế hoạch mẫu và kiểm tra thể thức văn bản đó. Mã thoát 1 khi có lỗi."""
    from docgen.check.report import format_text, has_errors
    from docgen.render.template_check import check_template as run

    issues, findings = _or_exit(lambda: run(template))
    if issues:
        click.echo(messages.TPL_HEADER.format(path=template))
        for issue in issues:
            click.echo(messages.TPL_LINE.format(severity=messages.TPL_SEVERITY[issue.severity],
                                                where=issue.where or template, message=issue.message))
    else:
        click.echo(messages.TPL_OK.format(path=template))
    broken = any(issue.severity == "error" for issue in issues)
    if broken:
        click.echo(messages.TPL_NOT_RENDERED)
    else:
        click.echo(messages.TPL_SAMPLE)
        click.echo(format_text({str(template): findings}))
    sys.exit(1 if broken or has_errors(findings) else 0)


@main.command()
def schema() -> None:
    """In lược đồ JSON Schema của tệp kế hoạch (để trình soạn thảo kiểm tra và gợi ý)."""
    import json

    from docgen.plan.model import Plan

    click.echo(json.dumps(Plan.model_json_schema(), ensure_ascii=False, indent=2))


@main.command("import-docx")
@click.argument("source", type=click.Path(path_type=Path, dir_okay=False, exists=False))
@click.option("-o", "--output", "target", type=FILE, required=True,
              help="Tệp kế hoạch ghi ra (.toml), ví dụ plans/2023.toml.")
@click.option("--force", is_flag=True, help="Ghi đè khi tệp kế hoạch đã có.")
def import_docx(source: Path, target: Path, force: bool) -> None:
    """Đọc kế hoạch Word SOURCE (.docx, soạn bằng bất cứ cách nào) và ghi tệp kế hoạch cho nó.

    Số thứ tự (I., 1., a)) không chép vào tệp: docgen tự đánh lại. Mọi chỗ phải diễn giải hoặc sửa cho đúng
    Nghị định 30 được liệt kê ở cuối và ghi thành chú thích cạnh mục đó trong tệp.
    """
    from docgen.importdocx import import_docx as read_plan
    from docgen.importdocx import write_imported
    from docgen.importdocx.report import report_text
    from docgen.plan.store import current_digest

    before = _or_exit(lambda: current_digest(target))  # with --force: the plan that may be replaced
    imported = _or_exit(lambda: read_plan(source, str(source), target))
    _or_exit(lambda: write_imported(imported, target, force, before))
    click.echo(report_text(imported, target))


@main.command()
@click.argument("workspace", type=click.Path(path_type=Path, file_okay=False), default=".")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="Cổng trên máy này (127.0.0.1).")
@click.option("--no-browser", is_flag=True, help="Không tự mở trình duyệt.")
def serve(workspace: Path, port: int, no_browser: bool) -> None:
    """Mở trang soạn kế hoạch trong trình duyệt, cho thư mục làm việc WORKSPACE (mặc định: thư mục hiện tại).

    Trang chỉ mở được từ chính máy này. Nhấn Ctrl+C để dừng.
    """
    import webbrowser

    from docgen.web.serve import address, running_for, start

    if port and running_for(workspace, port):  # a second double-click: docgen already serves this folder
        click.echo(messages.SERVE_ALREADY.format(url=f"http://127.0.0.1:{port}/"))
        if not no_browser:
            webbrowser.open(f"http://127.0.0.1:{port}/")
        return
    server = _or_exit(lambda: start(workspace, port))
    click.echo(messages.SERVE_STARTED.format(url=address(server)))
    if not no_browser:
        webbrowser.open(address(server))
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        server.server_close()


@main.command()
@click.argument("workspace", type=click.Path(path_type=Path, file_okay=False, exists=True), default=".")
def launcher(workspace: Path) -> None:
    """Ghi vào thư mục làm việc WORKSPACE các tệp bấm đúp để mở docgen (Windows, Linux, macOS)."""
    from docgen.launchers import write_launchers

    write_launchers(workspace)
    click.echo(messages.LAUNCHERS_MADE.format(folder=workspace))


def _shown(path: Path) -> str:
    """Return the path as the clerk typed it: relative to the current folder when it is inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _or_exit(action, code: int = 1):
    """Run ``action``; on a user error print every problem in clerk's words and exit ``code``, with no
    traceback."""
    try:
        return action()
    except DocgenError as error:
        click.echo(format_problems(error), err=True)
        sys.exit(code)


def format_problems(error: DocgenError) -> str:
    """Return the problems as text: location, then what is wrong, then what to do."""
    lines = [messages.ERROR_HEADER, *_problem_lines(error.problems)]
    if len(error.problems) > 1:
        lines.append(messages.ERROR_COUNT.format(count=len(error.problems)))
    return "\n".join(lines)


def format_warnings(problems: Iterable[Problem]) -> str:
    """Return doubts about the plan that did not stop the build, laid out as errors are."""
    return "\n".join([messages.WARNING_HEADER, *_problem_lines(problems)])


def _problem_lines(problems: Iterable[Problem]) -> list[str]:
    lines = []
    for problem in problems:
        where = problem.location.describe()
        lines.append(f"- {where}: {problem.message}" if where else f"- {problem.message}")
        if problem.hint:
            lines.append(f"  → {problem.hint}")
    return lines
