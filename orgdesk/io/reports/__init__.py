"""Reports as files: the comparison of two scenarios (PDF, xlsx), the health check and the history
(xlsx)."""
