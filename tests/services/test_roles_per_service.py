"""Roles are enforced in the services, each one: every permission-guarded service function is
called as each role that lacks its permission and must refuse (PermissionDenied) with nothing
changed in the database: no row of any table (audit entries included) and no file written.

The table lists the guarded functions, read from desktop/services; the arguments are made
from each function's type hints (plausible values, so a function that checks its input before
the permission still reaches the check), with the few exceptions given in ARGUMENTS.
`test_every_guarded_service_function_is_in_the_table` reads the services' source (ast) and
fails when a function guarded by a permission is added without a row here.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
import io
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from PIL import Image
from sqlalchemy import func, literal, select, union_all

from desktop.domain.errors import PermissionDenied
from desktop.domain.roles import Permission as P
from desktop.domain.roles import Role, role_may
from desktop.services.accounts import authenticate
from desktop.services.context import Actor
from desktop.store.base import Base
from desktop.store.database import Database
from tests.services.role_call_values import value_for

SERVICES = Path(__file__).parents[2] / "desktop" / "services"

# (module in desktop.services, function, the permission that guards it as called here).
# Rows whose permission every role holds (VIEW_PROGRAMMES, VIEW_PARTICIPANTS) are kept for
# the completeness check; nobody can be refused them.
GUARDED: list[tuple[str, str, P]] = [
    ("accounts", "list_users", P.MANAGE_USERS),
    ("accounts", "create_user", P.MANAGE_USERS),
    ("accounts", "set_active", P.MANAGE_USERS),
    ("accounts", "change_role", P.MANAGE_USERS),
    ("accounts", "reset_password", P.MANAGE_USERS),
    ("anonymise", "anonymise", P.HANDLE_DATA_REQUESTS),
    ("archive_export", "export_everything", P.MANAGE_CENTRE),
    ("assessments", "assessment_sheet", P.RECORD_ASSESSMENTS),
    ("assessments", "save_assessments", P.RECORD_ASSESSMENTS),
    ("attendance", "roll_call", P.MARK_ATTENDANCE),
    ("attendance", "unmark", P.MARK_ATTENDANCE),
    ("attendance", "sessions_on", P.MARK_ATTENDANCE),
    ("attendance", "find_sheet", P.MARK_ATTENDANCE),
    ("attendance", "set_lock_days", P.MANAGE_SETTINGS),
    ("attendance_files", "session_sheet_pdf", P.MARK_ATTENDANCE),
    ("attendance_files", "matrix_pdf", P.MARK_ATTENDANCE),
    ("attendance_files", "matrix_data", P.MARK_ATTENDANCE),
    ("attendance_files", "import_xlsx", P.MARK_ATTENDANCE),
    ("attendance_grid", "grid", P.MARK_ATTENDANCE),
    ("attendance_numbers", "at_risk_list", P.VIEW_IDENTITY_NUMBERS),
    ("attendance_numbers", "summary", P.VIEW_PROGRAMMES),
    ("audit", "search_ids", P.VIEW_AUDIT),
    ("audit", "fetch", P.VIEW_AUDIT),
    ("audit", "usernames", P.VIEW_AUDIT),
    ("audit", "actions", P.VIEW_AUDIT),
    ("backup_restore", "restore_from_settings", P.MANAGE_SETTINGS),
    ("centre", "update_profile", P.MANAGE_CENTRE),
    ("certificate_issue", "candidates", P.ISSUE_CERTIFICATES),
    ("certificate_issue", "preview", P.ISSUE_CERTIFICATES),
    ("certificate_issue", "issue", P.ISSUE_CERTIFICATES),
    ("certificate_issue", "reissue", P.ISSUE_CERTIFICATES),
    ("certificate_keys", "export_public_key", P.ISSUE_CERTIFICATES),
    ("certificate_keys", "import_public_key", P.ISSUE_CERTIFICATES),
    ("certificate_record", "record_batch", P.ISSUE_CERTIFICATES),
    ("certificate_register", "search", P.VIEW_CERTIFICATES),
    ("certificate_register", "entry", P.VIEW_CERTIFICATES),
    ("certificate_register", "of_participant", P.VIEW_CERTIFICATES),
    ("certificate_register", "pdf", P.VIEW_CERTIFICATES),
    ("certificate_register", "revoke", P.ISSUE_CERTIFICATES),
    ("certificate_style", "get_style", P.ISSUE_CERTIFICATES),
    ("certificate_style", "save_style", P.ISSUE_CERTIFICATES),
    ("certificate_style", "set_signature", P.ISSUE_CERTIFICATES),
    ("cohort_clashes", "find_conflicts", P.VIEW_PROGRAMMES),
    ("cohort_materials", "material_plan", P.MANAGE_INVENTORY),
    ("cohort_materials", "issue_materials", P.MANAGE_INVENTORY),
    ("cohort_overview", "list_cohort_overview", P.VIEW_PROGRAMMES),
    ("cohort_people", "list_teachers", P.VIEW_PROGRAMMES),
    ("cohort_people", "list_programme_choices", P.VIEW_PROGRAMMES),
    ("cohort_print", "roster_sheet", P.VIEW_PARTICIPANTS),
    ("cohort_print", "waiting_counts", P.VIEW_PROGRAMMES),
    ("cohort_roster_export", "export_roster", P.VIEW_PARTICIPANTS),
    ("cohort_sessions", "list_sessions", P.VIEW_PROGRAMMES),
    ("cohort_sessions", "move_session", P.MANAGE_PROGRAMMES),
    ("cohort_sessions", "cancel_session", P.MANAGE_PROGRAMMES),
    ("cohort_sessions", "add_makeup_session", P.MANAGE_PROGRAMMES),
    ("cohorts", "update_cohort", P.MANAGE_PROGRAMMES),
    ("cohorts", "change_status", P.MANAGE_PROGRAMMES),
    ("cohorts", "set_instructors", P.MANAGE_PROGRAMMES),
    ("cohorts", "list_cohorts", P.VIEW_PROGRAMMES),
    ("cohorts", "get_cohort", P.VIEW_PROGRAMMES),
    ("dashboard", "dashboard", P.VIEW_REPORTS),
    ("dashboard", "dashboard_choices", P.VIEW_REPORTS),
    ("data_requests", "record_request", P.RECORD_DATA_REQUESTS),
    ("data_requests", "list_requests", P.RECORD_DATA_REQUESTS),
    ("data_requests", "close_request", P.HANDLE_DATA_REQUESTS),
    ("data_requests", "withdraw_consent", P.RECORD_DATA_REQUESTS),
    ("demand", "demand", P.VIEW_REPORTS),
    ("demand", "demand_regions", P.VIEW_REPORTS),
    ("demand", "write_demand", P.VIEW_REPORTS),
    ("enrolment_bulk", "enrol_many", P.ENROL_PARTICIPANTS),
    ("enrolment_import", "find_cohort", P.ENROL_PARTICIPANTS),
    ("enrolment_lists", "enrolments_of_participant", P.VIEW_PARTICIPANTS),
    ("enrolment_lists", "roster", P.VIEW_PARTICIPANTS),
    ("enrolment_preview", "open_cohorts", P.ENROL_PARTICIPANTS),
    ("enrolment_preview", "preview", P.ENROL_PARTICIPANTS),
    ("enrolment_status", "change_status", P.ENROL_PARTICIPANTS),
    ("enrolment_status", "accept_offer", P.ENROL_PARTICIPANTS),
    ("enrolment_waitlist", "offer_next", P.ENROL_PARTICIPANTS),
    ("enrolment_waitlist", "waitlist", P.VIEW_PARTICIPANTS),
    ("enrolment_waitlist", "waitlist_weights", P.VIEW_PROGRAMMES),
    ("enrolment_waitlist", "set_waitlist_weights", P.MANAGE_SETTINGS),
    ("follow_up_calls", "record_call", P.FOLLOW_UP),
    ("follow_up_calls", "follow_up_history", P.FOLLOW_UP),
    ("follow_up_intake", "outcomes_vs_intake", P.VIEW_REPORTS),
    ("follow_up_intake", "export_outcomes", P.VIEW_REPORTS),
    ("follow_up_list", "call_list", P.FOLLOW_UP),
    ("follow_up_list", "export_call_list", P.FOLLOW_UP),
    ("government_report", "government_report", P.MANAGE_PROGRAMMES),
    ("government_report", "write_government_report", P.MANAGE_PROGRAMMES),
    ("import_mappings", "remembered_mapping", P.REGISTER_PARTICIPANTS),
    ("import_mappings", "remember_mapping", P.REGISTER_PARTICIPANTS),
    ("inventory_attention", "attention", P.MANAGE_INVENTORY),
    ("desk_attention", "desk_attention", P.HANDLE_DATA_REQUESTS),
    ("inventory_export", "export_inventory", P.MANAGE_INVENTORY),
    ("inventory_handover", "handover_record", P.MANAGE_INVENTORY),
    ("inventory_items", "create_item", P.MANAGE_INVENTORY),
    ("inventory_items", "update_item", P.MANAGE_INVENTORY),
    ("inventory_items", "retire_item", P.MANAGE_INVENTORY),
    ("inventory_items", "add_note", P.MANAGE_INVENTORY),
    ("inventory_items", "set_condition", P.MANAGE_INVENTORY),
    ("inventory_labels", "asset_labels", P.MANAGE_INVENTORY),
    ("inventory_list", "list_items", P.MANAGE_INVENTORY),
    ("inventory_list", "item_detail", P.MANAGE_INVENTORY),
    ("inventory_loan_rows", "list_loans", P.MANAGE_INVENTORY),
    ("inventory_loan_rows", "overdue_loans", P.MANAGE_INVENTORY),
    ("inventory_loans", "lend", P.MANAGE_INVENTORY),
    ("inventory_loans", "hand_over", P.MANAGE_INVENTORY),
    ("inventory_loans", "return_loan", P.MANAGE_INVENTORY),
    ("inventory_locations", "list_locations", P.MANAGE_INVENTORY),
    ("inventory_locations", "create_location", P.MANAGE_INVENTORY),
    ("inventory_locations", "rename_location", P.MANAGE_INVENTORY),
    ("inventory_locations", "set_location_active", P.MANAGE_INVENTORY),
    ("inventory_moves", "receive", P.MANAGE_INVENTORY),
    ("inventory_moves", "move", P.MANAGE_INVENTORY),
    ("inventory_moves", "write_off", P.MANAGE_INVENTORY),
    ("inventory_stock_take", "count_sheet", P.MANAGE_INVENTORY),
    ("inventory_stock_take", "apply_stock_take", P.MANAGE_INVENTORY),
    ("merge", "merge", P.MERGE_PARTICIPANTS),
    ("participant_export", "export_participants", P.VIEW_PARTICIPANTS),
    ("participant_history", "history", P.VIEW_PARTICIPANTS),
    ("participant_import", "preview_import", P.REGISTER_PARTICIPANTS),
    ("participant_import", "commit_import", P.REGISTER_PARTICIPANTS),
    ("participants", "check", P.REGISTER_PARTICIPANTS),
    ("participants", "register", P.REGISTER_PARTICIPANTS),
    ("participants", "same_person", P.REGISTER_PARTICIPANTS),
    ("participants", "update", P.REGISTER_PARTICIPANTS),
    ("participants", "record_consent", P.REGISTER_PARTICIPANTS),
    ("participants", "set_photo", P.REGISTER_PARTICIPANTS),
    ("participants", "photo", P.VIEW_PARTICIPANTS),
    ("participants", "get", P.VIEW_PARTICIPANTS),
    ("person_record", "export_person", P.HANDLE_DATA_REQUESTS),
    ("programme_admin", "create_programme", P.MANAGE_PROGRAMMES),
    ("programme_admin", "update_programme", P.MANAGE_PROGRAMMES),
    ("programme_admin", "delete_programme", P.MANAGE_PROGRAMMES),
    ("programme_admin", "get_programme", P.VIEW_PROGRAMMES),
    ("programme_admin", "list_programme_rows", P.VIEW_PROGRAMMES),
    ("programmes", "list_programmes", P.VIEW_PROGRAMMES),
    ("registry", "count", P.VIEW_PARTICIPANTS),
    ("registry", "rows_by_id", P.VIEW_PARTICIPANTS),
    ("retention", "set_retention_months", P.MANAGE_SETTINGS),
    ("retention", "inactive_people", P.HANDLE_DATA_REQUESTS),
    ("retention", "anonymise_many", P.HANDLE_DATA_REQUESTS),
    ("settings", "update_settings", P.MANAGE_SETTINGS),
    ("sponsor_agreements", "add_agreement", P.MANAGE_INVENTORY),
    ("sponsor_agreements", "update_agreement", P.MANAGE_INVENTORY),
    ("sponsor_agreements", "remove_agreement", P.MANAGE_INVENTORY),
    ("sponsor_contacts", "add_contact", P.MANAGE_INVENTORY),
    ("sponsor_contacts", "update_contact", P.MANAGE_INVENTORY),
    ("sponsor_contacts", "remove_contact", P.MANAGE_INVENTORY),
    ("sponsor_contributions", "contribution_choices", P.MANAGE_INVENTORY),
    ("sponsor_contributions", "record_cash", P.MANAGE_INVENTORY),
    ("sponsor_contributions", "record_in_kind", P.MANAGE_INVENTORY),
    ("sponsor_details", "sponsor_overview", P.MANAGE_INVENTORY),
    ("sponsor_details", "update_sponsor", P.MANAGE_INVENTORY),
    ("sponsor_details", "set_sponsor_active", P.MANAGE_INVENTORY),
    ("sponsor_details", "delete_sponsor", P.MANAGE_INVENTORY),
    ("sponsor_documents", "attach_document", P.MANAGE_INVENTORY),
    ("sponsor_documents", "contribution_document", P.MANAGE_INVENTORY),
    ("sponsor_impact", "impact_report", P.MANAGE_INVENTORY),
    ("sponsor_impact", "write_impact_report", P.MANAGE_INVENTORY),
    ("sponsor_rows", "list_contributions", P.MANAGE_INVENTORY),
    ("sponsor_rows", "sponsor_detail", P.MANAGE_INVENTORY),
    ("sponsor_rows", "sponsor_logo", P.MANAGE_INVENTORY),
    ("sponsors", "list_sponsors", P.VIEW_PROGRAMMES),
    ("sponsors", "create_sponsor", P.MANAGE_PROGRAMMES),
    ("sponsors", "set_logo", P.MANAGE_PROGRAMMES),
    ("survey_responses", "survey_for_cohort", P.RECORD_FEEDBACK),
    ("survey_responses", "record_response", P.RECORD_FEEDBACK),
    ("survey_responses", "survey_form_pdf", P.RECORD_FEEDBACK),
    ("survey_results", "survey_choices", P.VIEW_REPORTS),
    ("survey_results", "survey_results", P.VIEW_REPORTS),
    ("survey_results", "export_survey_results", P.VIEW_REPORTS),
    ("surveys", "survey_questions", P.MANAGE_PROGRAMMES),
    ("surveys", "save_survey_questions", P.MANAGE_PROGRAMMES),
    # Guarded through a private helper (see VIA).
    ("attendance", "mark", P.MARK_ATTENDANCE),
    ("attendance", "mark_everyone_present", P.MARK_ATTENDANCE),
    ("cohorts", "create_cohort", P.MANAGE_PROGRAMMES),
    ("enrolment_enrol", "enrol", P.ENROL_PARTICIPANTS),
    ("enrolment_import", "import_into_cohort", P.ENROL_PARTICIPANTS),
    ("programme_admin", "archive_programme", P.MANAGE_PROGRAMMES),
    ("programme_admin", "restore_programme", P.MANAGE_PROGRAMMES),
    ("registry", "page", P.VIEW_PARTICIPANTS),
]

# Private helpers holding the permission check, and a public function in GUARDED using them.
VIA = {
    ("attendance", "_mark"): "mark",
    ("attendance", "_everyone_present"): "mark_everyone_present",
    ("cohorts", "_create"): "create_cohort",
    ("desk_attention", "_requests_due"): "desk_attention",
    ("enrolment_enrol", "_enrol"): "enrol",
    ("enrolment_import", "_check_before_writing"): "import_into_cohort",
    ("follow_up_list", "_programme_name"): "export_call_list",
    ("programme_admin", "_set_active"): "archive_programme",
    ("registry", "_page"): "page",
}

# Not refused but answered with nothing to act on, by design.
SOFT = {("inventory_attention", "attention"), ("desk_attention", "desk_attention")}
# Refused before the permission check on PostgreSQL, for what it is (backups are SQLite's).
SQLITE_ONLY = {("backup_restore", "restore_from_settings")}
# The demo centre's builders run as the demo's admin; they are no desk's use case.
NOT_SERVICES = ("demo",)


@dataclass
class Scene:
    db: Database
    admin: Actor
    folder: Path  # given files (an import list, a picture)


def _png() -> bytes:
    data = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(data, "PNG")
    return data.getvalue()


def _import_list(scene: Scene) -> Path:
    book = Workbook()
    book.active.append(["Nama", "NIK", "Tgl Lahir", "L/P", "No HP"])
    book.active.append(["Siti Aminah", "3402015203900001", "12/03/1990", "P", "081234567890"])
    path = scene.folder / "list.xlsx"
    book.save(path)
    return path


def _preview(scene: Scene) -> Any:
    from desktop.services.participant_import import preview_import

    return preview_import(scene.db, scene.admin, _import_list(scene))


def _key(scene: Scene) -> str:
    from desktop.services.certificate_keys import export_public_key

    return export_public_key(scene.db, scene.admin)


def _replace(name: str, **changes: Any) -> Callable[[Scene, dict[str, Any]], dict[str, Any]]:
    """Change fields of the dataclass made for parameter `name`."""

    def change(_scene: Scene, values: dict[str, Any]) -> dict[str, Any]:
        return {name: dataclasses.replace(values[name], **changes)}

    return change


def _questions(_scene: Scene, values: dict[str, Any]) -> dict[str, Any]:
    return {"questions": [dataclasses.replace(values["questions"][0], text="Apakah berguna?")]}


# Arguments the type hints cannot make well enough to pass the input checks that some
# functions run before the permission check: (scene, values made so far) -> changed values.
ARGUMENTS: dict[tuple[str, str], Callable[[Scene, dict[str, Any]], dict[str, Any]]] = {
    ("certificate_keys", "import_public_key"): lambda s, _v: {"text": _key(s)},
    ("certificate_style", "set_signature"): lambda _s, _v: {"data": _png()},
    ("participants", "set_photo"): lambda _s, _v: {"photo": _png()},
    ("sponsors", "set_logo"): lambda _s, _v: {"data": _png()},
    ("sponsor_documents", "attach_document"): lambda _s, _v: {"file_name": "a.png", "data": _png()},
    ("data_requests", "close_request"): lambda _s, _v: {"status": "done", "outcome": "Selesai"},
    ("follow_up_calls", "record_call"): _replace("call", months=3),
    ("follow_up_list", "export_call_list"): lambda _s, _v: {"kind": "pdf"},
    ("inventory_moves", "move"): lambda _s, _v: {"to_location_id": 2},
    ("inventory_moves", "write_off"): lambda _s, _v: {"kind": "damaged", "reason": "Rusak"},
    ("inventory_stock_take", "apply_stock_take"): lambda _s, _v: {"counts": {1: 1000}},
    ("merge", "merge"): lambda _s, _v: {"merge_id": 2},
    ("participant_import", "preview_import"): lambda s, _v: {"path": _import_list(s)},
    ("participant_import", "commit_import"): lambda s, _v: {"preview": _preview(s)},
    ("enrolment_import", "import_into_cohort"): lambda s, _v: {"preview": _preview(s)},
    ("surveys", "save_survey_questions"): _questions,
}


def _arguments(
    function: Callable[..., Any], scene: Scene, actor: Actor, out: Path, key: tuple[str, str]
) -> tuple[list[Any], dict[str, Any]]:
    hints = typing.get_type_hints(function)
    parameters = inspect.signature(function).parameters
    values: dict[str, Any] = {}
    for name, parameter in parameters.items():
        if name in ("db", "actor") or parameter.default is not parameter.empty:
            continue
        values[name] = value_for(hints.get(name, object), name, out)
    if key in ARGUMENTS:
        values.update(ARGUMENTS[key](scene, values))
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, parameter in parameters.items():
        value = scene.db if name == "db" else actor if name == "actor" else values.get(name)
        if name not in ("db", "actor") and name not in values:
            continue
        if parameter.kind is parameter.KEYWORD_ONLY:
            kwargs[name] = value
        else:
            args.append(value)
    return args, kwargs


def _row_counts(db: Database) -> dict[str, int]:
    """Rows in every table, in one statement (a round trip per table made this test slow)."""
    counts = union_all(
        *(
            select(literal(table.name), func.count()).select_from(table)
            for table in Base.metadata.sorted_tables
        )
    )
    with db.sessions() as session:
        return {name: int(count) for name, count in session.execute(counts)}


def _actors(db: Database) -> dict[Role, Actor]:
    return {
        Role.ADMIN: authenticate(db, "admin", "admin-demo"),
        Role.CLERK: authenticate(db, "petugas", "petugas-demo"),
        Role.INSTRUCTOR: authenticate(db, "instruktur", "instruktur-demo"),
    }


def test_each_role_without_the_permission_is_refused_and_nothing_changes(
    demo_db: Database, tmp_path: Path
) -> None:
    actors = _actors(demo_db)
    scene = Scene(demo_db, actors[Role.ADMIN], tmp_path / "given")
    scene.folder.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    wrong: list[str] = []
    calls = 0
    for module, name, permission in GUARDED:
        function = getattr(importlib.import_module(f"desktop.services.{module}"), name)
        for role in Role:
            if role_may(role, permission) or (
                (module, name) in SQLITE_ONLY and not demo_db.is_sqlite
            ):
                continue
            args, kwargs = _arguments(function, scene, actors[role], out, (module, name))
            before = _row_counts(demo_db)
            calls += 1
            try:
                result = function(*args, **kwargs)
            except PermissionDenied:
                pass
            except Exception as error:
                wrong.append(f"{module}.{name} as {role}: {type(error).__name__}: {error}")
                continue
            else:
                if (module, name) not in SOFT or result.any:
                    wrong.append(f"{module}.{name} as {role}: allowed")
            after = _row_counts(demo_db)
            changed = {t: (before[t], after[t]) for t in before if before[t] != after[t]}
            if changed:
                wrong.append(f"{module}.{name} as {role}: changed {changed}")
            if any(out.iterdir()):
                wrong.append(f"{module}.{name} as {role}: wrote {sorted(out.iterdir())}")
    assert wrong == []
    assert (
        calls > 200 if demo_db.is_sqlite else calls > 190
    )  # the table really ran (both roles for most rows)


def _permissions_in(node: ast.AST) -> set[str]:
    return {
        n.attr
        for n in ast.walk(node)
        if isinstance(n, ast.Attribute)
        and isinstance(n.value, ast.Name)
        and n.value.id == "Permission"
    }


def _guards(function: ast.FunctionDef) -> set[str]:
    """Permissions passed to `acting(db, actor, …)` in `function` (directly, or through a
    variable assigned in it)."""
    assigned: dict[str, set[str]] = {}
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                assigned.setdefault(target.id, set()).update(_permissions_in(node.value))
    found: set[str] = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id != "acting":
                continue
            given = node.args[2:] + [k.value for k in node.keywords if k.arg == "permission"]
            for argument in given:
                found |= _permissions_in(argument)
                if isinstance(argument, ast.Name):
                    found |= assigned.get(argument.id, set())
    return found


def scan_services(
    folder: Path = SERVICES,
) -> tuple[dict[tuple[str, str], set[str]], set[tuple[str, str]]]:
    """Public guarded functions with their permissions, and private guarded helpers."""
    public: dict[tuple[str, str], set[str]] = {}
    private: set[tuple[str, str]] = set()
    for path in sorted(folder.glob("*.py")):
        if path.stem.startswith(NOT_SERVICES):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef):
                continue
            guards = _guards(node)
            if guards and node.name.startswith("_"):
                private.add((path.stem, node.name))
            elif guards:
                public[(path.stem, node.name)] = guards
    return public, private


def test_every_guarded_service_function_is_in_the_table() -> None:
    public, private = scan_services()
    table = {(module, name): permission for module, name, permission in GUARDED}
    missing = sorted(f"{m}.{n}" for m, n in public if (m, n) not in table)
    assert missing == [], "add these to GUARDED (and ARGUMENTS if needed)"
    wrong = sorted(
        f"{m}.{n}: {table[(m, n)]} not in {sorted(p)}"
        for (m, n), p in public.items()
        if table[(m, n)].name not in p
    )
    assert wrong == []
    unmapped = sorted(f"{m}.{n}" for m, n in private if (m, n) not in VIA)
    assert unmapped == [], "add these to VIA with the public function that calls them"
    for (module, _helper), caller in VIA.items():
        assert (module, caller) in table
    # And every row names a function that exists (a renamed one would otherwise linger).
    for module, name, _permission in GUARDED:
        assert callable(getattr(importlib.import_module(f"desktop.services.{module}"), name))


def test_the_scan_finds_a_new_guarded_function(tmp_path: Path) -> None:
    """What the completeness check relies on, shown on a made-up service module."""
    (tmp_path / "lending.py").write_text(
        "def lend(db, actor, item_id):\n"
        "    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:\n"
        "        pass\n"
        "def _check(db, actor, closing):\n"
        "    needed = Permission.HANDLE_DATA_REQUESTS if closing else Permission.FOLLOW_UP\n"
        "    with acting(db, actor, needed, read_only=True):\n"
        "        pass\n"
        "def names(db, actor):\n"
        "    with acting(db, actor, read_only=True):\n"
        "        return actor.may(Permission.VIEW_REPORTS)\n",
        encoding="utf-8",
    )
    public, private = scan_services(tmp_path)
    assert public == {("lending", "lend"): {"MANAGE_INVENTORY"}}
    assert private == {("lending", "_check")}
