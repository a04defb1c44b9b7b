"""The demo centre's logins, printed by `pelita demo` and shown on its login screen.

They live here, apart from the code that builds the demo, so the login dialog can show them
without loading the database layer.
"""

from __future__ import annotations

from desktop.domain.roles import Role

DEMO_LOGINS: tuple[tuple[str, str, Role], ...] = (
    ("admin", "admin-demo", Role.ADMIN),
    ("petugas", "petugas-demo", Role.CLERK),
    ("instruktur", "instruktur-demo", Role.INSTRUCTOR),
)
