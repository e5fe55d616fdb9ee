"""The org chart as an export: what is drawn (drawing), how it goes onto pages, and the PDF, PNG
and SVG writers."""
