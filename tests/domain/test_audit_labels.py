"""Every action the services write to the audit log has a name people read in the log: a
new action without one would show as its code ("certificate.issue")."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.domain.audit import ACTION_LABELS

SERVICES = Path(__file__).resolve().parents[2] / "desktop" / "services"
# An action is the first argument of work.audit(...) or of the bulk rows' _audit(work, ...).
ACTION = re.compile(r"""(?:\.audit\(|_audit\(\s*work,)\s*"([a-z_]+\.[a-z_.]+)\"""")


def test_every_audited_action_has_a_label() -> None:
    found = {
        match.group(1)
        for path in SERVICES.glob("*.py")
        for match in ACTION.finditer(path.read_text(encoding="utf-8"))
    }
    assert "certificate.issue" in found and "attendance.mark" in found  # the search works
    assert sorted(found - set(ACTION_LABELS)) == []
