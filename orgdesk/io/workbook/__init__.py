"""The roster workbook (花名册) as .xlsx: its rows, its labels in both languages, and a streaming
writer."""
