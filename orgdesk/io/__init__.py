"""Exporters and importers (Excel, CSV, PDF): they read and build domain documents, never widgets."""

from __future__ import annotations

from orgdesk.domain.progress import Cancelled
from orgdesk.domain.rules import MessageError

ExportCancelled = Cancelled  # the user cancelled a long export; nothing was written


class ExportError(MessageError):
    """An export that cannot be written; the message says why and what to do."""

    context = "Export"


class SpreadsheetImportError(MessageError):
    """A spreadsheet or CSV that cannot be imported; the message says why and what to do."""

    context = "Import"
