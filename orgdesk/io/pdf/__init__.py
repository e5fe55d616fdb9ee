"""Drawing PDFs with reportlab: fonts per character, PDF operators, light flowables, typography,
and the one adapter to reportlab's internals."""
