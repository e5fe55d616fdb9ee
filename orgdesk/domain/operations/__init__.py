"""Edit operations: every change a user can make, with apply and revert, by subject.

An operation checks the rules while it plans its patch, before anything is touched; a refused
edit raises RuleViolation and leaves the document as it was. The GUI wraps operations in
QUndoCommands, the CLI and the tests run them directly.

- base: Operation, Composite and the helpers every operation uses (typed `require`, order)
- checks: the field rules of each kind of entity (also used, column-wise, by bulk_check)
- units, posts, people, owned (duties, KPIs), relations, scenarios, scenario_copy, unit_types
- fields: UpdateEntity, a change of non-structural fields
- bulk: BulkInsert, an import as one edit; clipboard: copy, cut and paste of a subtree
"""

from orgdesk.domain.operations.base import Composite, Operation, require, require_kind
from orgdesk.domain.operations.bulk import BulkInsert, RosterUpdate
from orgdesk.domain.operations.checks import check_entity
from orgdesk.domain.operations.fields import UpdateEntity
from orgdesk.domain.operations.owned import (
    AddDuty,
    AddKpi,
    DeleteDuty,
    DeleteKpi,
    MoveDuty,
    MoveKpi,
    PastedDuties,
)
from orgdesk.domain.operations.people import AddAssignment, AddPerson, DeleteAssignment, DeletePerson
from orgdesk.domain.operations.posts import AddPosition, DeletePosition, MovePosition
from orgdesk.domain.operations.relations import AddRelation, DeleteRelation
from orgdesk.domain.operations.scenario_copy import (
    CopyScenario,
    RenameScenario,
    ScenarioCopySpec,
    SetCurrentScenario,
)
from orgdesk.domain.operations.scenarios import AddScenario, DeleteScenario
from orgdesk.domain.operations.unit_types import AddUnitType, DeleteUnitType
from orgdesk.domain.operations.units import AddUnit, DeleteUnit, MoveUnit

__all__ = [
    "AddAssignment",
    "AddDuty",
    "AddKpi",
    "AddPerson",
    "AddPosition",
    "AddRelation",
    "AddScenario",
    "AddUnit",
    "AddUnitType",
    "BulkInsert",
    "Composite",
    "CopyScenario",
    "DeleteAssignment",
    "DeleteDuty",
    "DeleteKpi",
    "DeletePerson",
    "DeletePosition",
    "DeleteRelation",
    "DeleteScenario",
    "DeleteUnit",
    "DeleteUnitType",
    "MoveDuty",
    "MoveKpi",
    "MovePosition",
    "MoveUnit",
    "Operation",
    "PastedDuties",
    "RenameScenario",
    "RosterUpdate",
    "ScenarioCopySpec",
    "SetCurrentScenario",
    "UpdateEntity",
    "check_entity",
    "require",
    "require_kind",
]
