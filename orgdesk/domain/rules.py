"""Rule violations: why an edit was refused, in words a planner understands.

Messages are English source strings with `{name}` placeholders, marked with
QT_TRANSLATE_NOOP so Qt's lupdate collects them; the UI and the CLI translate
them (context "Rules") and fill in the parameters.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    """Marks `text` for translation in `context`; returns it unchanged."""
    return text


RULES = "Rules"


class MessageError(Exception):
    """An error whose message is a translatable template plus parameters.

    `context` is the translation context the template was marked in.
    """

    context = "Rules"

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        return self.template.format(**self.params)


class RuleViolation(MessageError):
    """An edit that would break the document's rules; nothing was changed."""


class StaleEdit(RuleViolation):
    """The document changed since the edit was planned (e.g. someone else edited it)."""


CYCLE = QT_TRANSLATE_NOOP(
    "Rules", "Cannot move “{unit}” under “{target}”: “{target}” is part of “{unit}”'s own subtree."
)
SECOND_ROOT = QT_TRANSLATE_NOOP(
    "Rules", "Scenario “{scenario}” already has a top unit (“{root}”); add the unit under it."
)
DELETE_ROOT = QT_TRANSLATE_NOOP("Rules", "“{unit}” is the top unit of its scenario and cannot be deleted.")
MOVE_ROOT = QT_TRANSLATE_NOOP("Rules", "“{unit}” is the top unit of its scenario and cannot be moved.")
OTHER_SCENARIO = QT_TRANSLATE_NOOP("Rules", "“{item}” and “{target}” belong to different scenarios.")
EMPTY_NAME = QT_TRANSLATE_NOOP("Rules", "The {field} must not be empty.")
NEGATIVE = QT_TRANSLATE_NOOP("Rules", "The {field} must be zero or more (got {value}).")
MAX_HEADCOUNT = 100_000  # 编制 of one post; what the properties panel offers, and the most a document may hold
TOO_MANY = QT_TRANSLATE_NOOP("Rules", "The {field} may be at most {limit} (got {value}).")
WEIGHT_RANGE = QT_TRANSLATE_NOOP("Rules", "A KPI weight must be between 0 and 100 % (got {value}).")
BAD_CHOICE = QT_TRANSLATE_NOOP("Rules", "“{value}” is not a valid {field}; use one of: {choices}.")
MISSING = QT_TRANSLATE_NOOP("Rules", "The {kind} with id {id} does not exist (any more).")
DUPLICATE_CODE = QT_TRANSLATE_NOOP("Rules", "Employee number {code} is already used by {name}.")
DUPLICATE_ASSIGNMENT = QT_TRANSLATE_NOOP("Rules", "{person} already holds the post “{position}”.")
READ_ONLY_FIELD = QT_TRANSLATE_NOOP("Rules", "The field “{field}” cannot be changed this way; move the item instead.")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Rules", "A {kind} has no field “{field}”.")
SELF_RELATION = QT_TRANSLATE_NOOP("Rules", "A relation needs two different ends.")
REPORTS_TO_CYCLE = QT_TRANSLATE_NOOP(
    "Rules", "“{position}” cannot report to “{target}”: that post already reports to it."
)
TYPE_IN_USE = QT_TRANSLATE_NOOP("Rules", "The unit type “{type}” is used by {count} units and cannot be deleted.")
LAST_SCENARIO = QT_TRANSLATE_NOOP("Rules", "The last scenario of a document cannot be deleted.")
DUPLICATE_SCENARIO = QT_TRANSLATE_NOOP("Rules", "A scenario named “{name}” already exists.")
STALE = QT_TRANSLATE_NOOP(
    "Rules", "The {kind} “{name}” was changed by someone else in the meantime; reload and try again."
)


# Names of kinds and fields that appear in messages as {kind} / {field}; translated in
# the context "Fields" so a Chinese message never shows an internal English name.
FIELD_NAMES = (
    QT_TRANSLATE_NOOP("Fields", "organisation"),
    QT_TRANSLATE_NOOP("Fields", "unit_type"),
    QT_TRANSLATE_NOOP("Fields", "scenario"),
    QT_TRANSLATE_NOOP("Fields", "unit"),
    QT_TRANSLATE_NOOP("Fields", "position"),
    QT_TRANSLATE_NOOP("Fields", "person"),
    QT_TRANSLATE_NOOP("Fields", "assignment"),
    QT_TRANSLATE_NOOP("Fields", "duty"),
    QT_TRANSLATE_NOOP("Fields", "kpi"),
    QT_TRANSLATE_NOOP("Fields", "relation"),
    QT_TRANSLATE_NOOP("Fields", "name"),
    QT_TRANSLATE_NOOP("Fields", "title"),
    QT_TRANSLATE_NOOP("Fields", "text"),
    QT_TRANSLATE_NOOP("Fields", "headcount"),
    QT_TRANSLATE_NOOP("Fields", "weight"),
    QT_TRANSLATE_NOOP("Fields", "code"),
    QT_TRANSLATE_NOOP("Fields", "gender"),
    QT_TRANSLATE_NOOP("Fields", "kind"),
    QT_TRANSLATE_NOOP("Fields", "period"),
    QT_TRANSLATE_NOOP("Fields", "direction"),
    QT_TRANSLATE_NOOP("Fields", "owner_kind"),
    QT_TRANSLATE_NOOP("Fields", "from_kind"),
    QT_TRANSLATE_NOOP("Fields", "to_kind"),
    QT_TRANSLATE_NOOP("Fields", "parent_id"),
    QT_TRANSLATE_NOOP("Fields", "sort_order"),
    QT_TRANSLATE_NOOP("Fields", "scenario_id"),
    QT_TRANSLATE_NOOP("Fields", "unit_id"),
    QT_TRANSLATE_NOOP("Fields", "owner_id"),
    QT_TRANSLATE_NOOP("Fields", "person_id"),
    QT_TRANSLATE_NOOP("Fields", "position_id"),
    QT_TRANSLATE_NOOP("Fields", "origin_id"),
    QT_TRANSLATE_NOOP("Fields", "id"),
    QT_TRANSLATE_NOOP("Fields", "description"),
    QT_TRANSLATE_NOOP("Fields", "short_name"),
    QT_TRANSLATE_NOOP("Fields", "grade"),
    QT_TRANSLATE_NOOP("Fields", "category"),
    QT_TRANSLATE_NOOP("Fields", "purpose"),
    QT_TRANSLATE_NOOP("Fields", "qualifications"),
    QT_TRANSLATE_NOOP("Fields", "education"),
    QT_TRANSLATE_NOOP("Fields", "phone"),
    QT_TRANSLATE_NOOP("Fields", "email"),
    QT_TRANSLATE_NOOP("Fields", "notes"),
    QT_TRANSLATE_NOOP("Fields", "employment_type"),
    QT_TRANSLATE_NOOP("Fields", "id_number"),
    QT_TRANSLATE_NOOP("Fields", "work_start_date"),
    QT_TRANSLATE_NOOP("Fields", "political_status"),
    QT_TRANSLATE_NOOP("Fields", "extra"),
    QT_TRANSLATE_NOOP("Fields", "heading"),
    QT_TRANSLATE_NOOP("Fields", "definition"),
    QT_TRANSLATE_NOOP("Fields", "measure_unit"),
    QT_TRANSLATE_NOOP("Fields", "target"),
    QT_TRANSLATE_NOOP("Fields", "label"),
)
TRANSLATED_PARAMS = ("field", "kind", "item", "target")  # params that may hold a field or kind name
