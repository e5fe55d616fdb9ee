"""`orgdesk export`: the roster workbook, the chart (PDF, PNG, SVG) and the booklet, the document read once."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from orgdesk.cli.arguments import dots_per_inch, whole_number
from orgdesk.cli.common import (
    EXIT_OK,
    LAYOUTS,
    LOCATION_HELP,
    PAPERS,
    UserError,
    _,
    check_outputs,
    choose_scenario,
    find_unit_by_path,
    open_document,
)
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Scenario, Unit
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.i18n import system_language


def add_parser(commands: Any) -> None:
    export = commands.add_parser(
        "export", help=_(QT_TRANSLATE_NOOP("CLI", "write an Excel workbook, an org-chart PDF or a booklet PDF"))
    )
    export.add_argument("path", help=_(LOCATION_HELP))
    export.add_argument("--scenario", help=_(QT_TRANSLATE_NOOP("CLI", "scenario name (default: the current one)")))
    export.add_argument(
        "--lang",
        choices=("zh", "en"),
        help=_(QT_TRANSLATE_NOOP("CLI", "language of sheet names, headers and labels (default: the system's)")),
    )
    export.add_argument("--xlsx", metavar="OUT", help=_(QT_TRANSLATE_NOOP("CLI", "write the roster workbook")))
    export.add_argument("--chart-pdf", metavar="OUT", help=_(QT_TRANSLATE_NOOP("CLI", "write the org-chart PDF")))
    export.add_argument(
        "--booklet-pdf", metavar="OUT", help=_(QT_TRANSLATE_NOOP("CLI", "write the job-description booklet PDF"))
    )
    export.add_argument("--png", metavar="OUT", help=_(QT_TRANSLATE_NOOP("CLI", "write the chart as a PNG picture")))
    export.add_argument("--svg", metavar="OUT", help=_(QT_TRANSLATE_NOOP("CLI", "write the chart as an SVG drawing")))
    export.add_argument(
        "--dpi",
        type=dots_per_inch,
        default=96.0,
        help=_(QT_TRANSLATE_NOOP("CLI", "PNG resolution in dots per inch (default 96: the chart's size on screen)")),
    )
    export.add_argument(
        "--root",
        metavar="UNIT_PATH",
        help=_(QT_TRANSLATE_NOOP("CLI", 'only this unit and its sub-units, e.g. "某分公司/市场部"')),
    )
    export.add_argument(
        "--depth", type=whole_number(0), help=_(QT_TRANSLATE_NOOP("CLI", "chart: levels below the root to show"))
    )
    export.add_argument("--paper", choices=PAPERS, default="A4", help=_(QT_TRANSLATE_NOOP("CLI", "paper size")))
    export.add_argument("--landscape", action="store_true", help=_(QT_TRANSLATE_NOOP("CLI", "landscape pages")))
    export.add_argument(
        "--fit",
        choices=("page", "tiles", "departments"),
        default="page",
        help=_(QT_TRANSLATE_NOOP("CLI", "chart: one sheet, tiles over several sheets, or a department per page")),
    )
    export.add_argument(
        "--layout", choices=LAYOUTS, default="compact", help=_(QT_TRANSLATE_NOOP("CLI", "chart layout"))
    )


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    outputs = [value for value in (args.xlsx, args.chart_pdf, args.booklet_pdf, args.png, args.svg) if value]
    if not outputs:
        raise UserError(
            _(QT_TRANSLATE_NOOP("CLI", "Say what to write: --xlsx, --chart-pdf, --booklet-pdf, --png or --svg."))
        )
    check_outputs(args.path, outputs)

    with open_document(args.path, readonly=True) as store:
        document = store.load(lazy=False)
    scenario = choose_scenario(document, args.scenario)
    root = find_unit_by_path(document, scenario, args.root) if args.root else document.root(scenario.id)
    language = {"zh": "zh_CN", "en": "en", None: system_language()}[args.lang]
    if args.chart_pdf or args.booklet_pdf or args.png or args.svg:  # name what would print as boxes, then write
        from orgdesk.io.glyph_check import Scope, export_warnings

        charts = bool(args.chart_pdf or args.png or args.svg)
        scope = Scope(root.id if root is not None else None, args.depth, charts, bool(args.booklet_pdf))
        for line in export_warnings(document, scenario.id, scope, language):
            print(line, file=out)
    if args.xlsx:
        from orgdesk.io.workbook.writer import write_workbook

        write_workbook(document, scenario.id, Path(args.xlsx), language=language)
        print(_(QT_TRANSLATE_NOOP("CLI", "Wrote {path}"), path=args.xlsx), file=out)
    if args.chart_pdf:
        from orgdesk.io.chart.options import ChartPdfOptions
        from orgdesk.io.chart.pdf_writer import write_chart_pdf

        options = ChartPdfOptions(
            paper=args.paper,
            landscape=args.landscape,
            fit=args.fit,
            layout=args.layout,
            root_id=root.id if root is not None else None,
            depth=args.depth,
            language=language,
        )
        for line in write_chart_pdf(document, scenario.id, Path(args.chart_pdf), options):
            print(line, file=out)
        print(_(QT_TRANSLATE_NOOP("CLI", "Wrote {path}"), path=args.chart_pdf), file=out)
    if args.booklet_pdf:
        from orgdesk.io.booklet.writer import write_booklet_pdf

        root_id = root.id if root is not None else None
        booklet = Path(args.booklet_pdf)
        for line in write_booklet_pdf(document, scenario.id, booklet, root_id=root_id, language=language):
            print(line, file=out)
        print(_(QT_TRANSLATE_NOOP("CLI", "Wrote {path}"), path=args.booklet_pdf), file=out)
    if args.png or args.svg:
        _export_images(args, document, scenario, root, language, out)
    return EXIT_OK


def _export_images(
    args: argparse.Namespace, document: Document, scenario: Scenario, root: Unit | None, language: str, out: TextIO
) -> None:
    from orgdesk.io.chart.drawing import ChartImageOptions
    from orgdesk.io.chart.png import write_chart_png
    from orgdesk.io.chart.svg import write_chart_svg

    options = ChartImageOptions(
        layout=args.layout,
        root_id=root.id if root is not None else None,
        depth=args.depth,
        language=language,
        dpi=args.dpi,
    )
    for target, write in ((args.png, write_chart_png), (args.svg, write_chart_svg)):
        if target:
            for line in write(document, scenario.id, Path(target), options):
                print(line, file=out)
            print(_(QT_TRANSLATE_NOOP("CLI", "Wrote {path}"), path=target), file=out)
