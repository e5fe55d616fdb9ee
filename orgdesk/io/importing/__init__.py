"""Reading anyone's spreadsheet, CSV or JSON safely and planning the import as one edit."""
