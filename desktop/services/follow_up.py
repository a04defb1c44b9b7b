"""Follow-up after training, in one place: the call list (follow_up_list), recording calls
(follow_up_calls) and outcomes compared with intake (follow_up_intake). The GUI and the
command line import from here.
"""

from __future__ import annotations

from desktop.domain.follow_up import CallInput, CallList, CallRow, OutcomesComparison
from desktop.services.follow_up_calls import (
    CallHistory,
    CallRecord,
    follow_up_history,
    record_call,
)
from desktop.services.follow_up_intake import export_outcomes, outcomes_vs_intake
from desktop.services.follow_up_list import call_list, export_call_list

__all__ = [
    "CallHistory",
    "CallInput",
    "CallList",
    "CallRecord",
    "CallRow",
    "OutcomesComparison",
    "call_list",
    "export_call_list",
    "export_outcomes",
    "follow_up_history",
    "outcomes_vs_intake",
    "record_call",
]
