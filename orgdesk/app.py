"""Starts the GUI: the application object, the bundled font, translations, the context, the window.

`run_gui` is what `orgdesk` (no argument) and `orgdesk PATH` call. The pieces are separate
functions so tests can start the window in either language without running the event loop.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from orgdesk import __version__
from orgdesk.domain.rules import QT_TRANSLATE_NOOP, MessageError
from orgdesk.i18n import render
from orgdesk.resources import resource
from orgdesk.store.server import is_server_location
from orgdesk.ui.context import AppContext
from orgdesk.ui.language import LANGUAGE_KEY
from orgdesk.ui.main_window import MainWindow

ORGANISATION = "OrgDesk"
APPLICATION = "OrgDesk"
LANGUAGE_VARIABLE = "ORGDESK_LANG"  # zh_CN or en; overrides the system locale
QUIT_AFTER_VARIABLE = "ORGDESK_QUIT_AFTER_MS"  # see schedule_smoke_quit
FALLBACK_FONT = ("fonts", "DroidSansFallbackFull.ttf")
SAMPLE_NAME = "示例组织.orgdesk"
SUFFIX = ".orgdesk"
EXIT_USAGE = 2  # as the CLI's usage errors
NOT_A_DOCUMENT = QT_TRANSLATE_NOOP(
    "App", "“{argument}” is neither a command (see orgdesk --help) nor an OrgDesk document (.orgdesk)."
)
# System fonts preferred for Chinese when present; the bundled font is the last resort.
SYSTEM_CJK_FONTS = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
)


# ----- language -------------------------------------------------------------------------
def choose_language(settings: QSettings | None = None) -> str:
    """'zh_CN' or 'en': ORGDESK_LANG if set, else the one chosen in View › Language, else the system locale."""
    override = os.environ.get(LANGUAGE_VARIABLE, "").strip()
    if override:
        return "zh_CN" if override.lower().startswith("zh") else "en"
    chosen = settings.value(LANGUAGE_KEY, "") if settings is not None else ""
    if chosen in ("en", "zh_CN"):
        return str(chosen)
    locale = QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        return "zh_CN"
    languages = locale.uiLanguages()
    return "zh_CN" if languages and languages[0].lower().startswith("zh") else "en"


def translation_files(language: str) -> list[Path]:
    """Our catalogue and Qt's own (dialog buttons, file dialogs), for a non-English language."""
    if language == "en":
        return []
    qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return [resource("translations", f"orgdesk_{language}.qm"), qt_translations / f"qtbase_{language}.qm"]


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install what exists; a missing .qm file only leaves those strings in English."""
    installed: list[QTranslator] = []
    for path in translation_files(language):
        translator = QTranslator(app)
        if path.is_file() and translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
    if language == "zh_CN":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    translators.clear()
    QLocale.setDefault(QLocale.system())


# ----- font and look ------------------------------------------------------------------------
def register_fonts(app: QApplication) -> list[str]:
    """Make Chinese render everywhere, even on a machine with no Chinese font.

    The bundled Droid Sans Fallback goes last in the application font's family list, after
    the platform's UI font and a system Chinese font if there is one.
    """
    system_cjk = set(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    font_id = QFontDatabase.addApplicationFont(str(resource(*FALLBACK_FONT)))
    bundled = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    font = app.font()
    families = list(font.families()) or [font.family()]
    preferred = [name for name in SYSTEM_CJK_FONTS if name in system_cjk]
    for name in [*preferred[:1], *bundled]:
        if name not in families:
            families.append(name)
    font.setFamilies(families)
    QApplication.setFont(font)
    return bundled


def application_icon() -> QIcon:
    icon = QIcon()
    folder = resource("icons")
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = folder / f"orgdesk-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    svg = folder / "orgdesk.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    return icon


def configure_application(app: QApplication) -> None:
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("orgdesk")
    app.setWindowIcon(application_icon())
    register_fonts(app)


# ----- context and window -------------------------------------------------------------------
def default_sample_path() -> Path:
    return Path(platformdirs.user_data_dir(APPLICATION, appauthor=False)) / SAMPLE_NAME


def build_context(
    app: QApplication,
    *,
    settings: QSettings | None = None,
    sample_path: Path | None = None,
    language: str | None = None,
) -> AppContext:
    settings = settings if settings is not None else QSettings(ORGANISATION, APPLICATION)
    language = language or choose_language(settings)
    context = AppContext(
        settings=settings,
        sample_path=sample_path if sample_path is not None else default_sample_path(),
        language=language,
    )
    context.translators = install_translators(app, language)
    return context


def start(context: AppContext, arguments: list[str]) -> MainWindow:
    """Show the window, then open the start-up document (so a warning has a window to sit on)."""
    window = MainWindow(context)
    window.language_chosen.connect(lambda language: switch_language(window, language))
    window.show()
    window.documents.open_startup(arguments)
    return window


def switch_language(window: MainWindow, language: str) -> MainWindow:
    """Speak `language` from now on (also at the next start): a new window in that language
    replaces `window`, with the same document, undo history, scenario, selection and zoom."""
    app = QCoreApplication.instance()
    context = window.context
    if app is None or language == context.language:
        return window
    remove_translators(app, context.translators)
    context.translators = install_translators(app, language)
    context.language = language
    context.settings.setValue(LANGUAGE_KEY, language)
    state = window.view_state()
    window.save_layout()  # the replacement's docks and geometry start where these are
    window.detach()
    replacement = MainWindow(context, edits=window.edits)
    replacement.language_chosen.connect(lambda chosen: switch_language(replacement, chosen))
    replacement.show()
    replacement.restore_view_state(state)
    window.hide()
    window.deleteLater()
    context.replaced_window = replacement
    return replacement


def shutdown(app: QCoreApplication, context: AppContext) -> None:
    if context.session is not None:
        context.session.close()
        context.session = None
    context.settings.sync()
    remove_translators(app, context.translators)


def argument_error(argv: list[str]) -> str | None:
    """Why the first argument is no document to open (a mistyped subcommand), or None.

    Checked before Qt starts, so `orgdesk inof` fails at once like any CLI mistake instead
    of opening a window with a warning.
    """
    if not argv:
        return None
    first = Path(argv[0])
    if first.exists() or first.suffix.lower() == SUFFIX or is_server_location(argv[0]):
        return None
    return render("App", NOT_A_DOCUMENT, {"argument": argv[0]})


def schedule_smoke_quit(app: QApplication) -> None:
    """ORGDESK_QUIT_AFTER_MS=N (hidden, for the installer smoke test): close every window
    after N ms the way a user would, so the packaged GUI can be started and ended unattended."""
    delay = os.environ.get(QUIT_AFTER_VARIABLE, "").strip()
    if not (delay.isascii() and delay.isdigit()):
        return

    def close_then_quit() -> None:
        app.closeAllWindows()  # through closeEvent, as File › Quit does
        app.quit()

    QTimer.singleShot(int(delay), close_then_quit)


UNEXPECTED = QT_TRANSLATE_NOOP(
    "App",
    "Something went wrong ({error}). Every edit made so far is saved in the document; if this happens "
    "again, please report it.",
)


def show_uncaught(context: AppContext, error: BaseException) -> None:
    """An error no code caught (raised in a slot or a lazily read table) as a message, not a silent
    traceback: a refused document or edit says why in the user's language."""
    if isinstance(error, MessageError):
        text = QCoreApplication.translate(error.context, error.template).format(**error.params)
    else:
        name = f"{type(error).__name__}: {error}"
        text = QCoreApplication.translate("App", UNEXPECTED).format(error=name)
    context.interaction.warn(QCoreApplication.translate("App", "OrgDesk"), text)


def install_error_hook(context: AppContext) -> None:
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        previous(kind, error, trace)  # the details still go to stderr
        if isinstance(error, Exception):
            show_uncaught(context, error)

    sys.excepthook = hook


def run_gui(argv: list[str]) -> int:
    problem = argument_error(argv)
    if problem is not None:
        print(f"orgdesk: {problem}", file=sys.stderr)
        return EXIT_USAGE
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0] or "orgdesk", *argv])
    arguments = app.arguments()[1:] if existing is None else list(argv)  # Qt removes its own options
    configure_application(app)
    context = build_context(app)
    install_error_hook(context)
    window = start(context, arguments)
    schedule_smoke_quit(app)
    try:
        return app.exec()
    finally:
        (context.replaced_window or window).deleteLater()
        shutdown(app, context)
