"""OrgDesk: organisation charts and organisation design for HR planners."""

__version__ = "0.1.0"
