"""Emitting signals safely on PySide 6.12.0.

SignalInstance.emit returns True without owning a reference to it, so every emit takes one of
True's references away; a few thousand emits later True is freed and Python aborts
("bool_dealloc"). The database worker emits once per task, so a busy desk would crash within
a day. `emit` gives the reference back when (and only when) the running PySide has the bug.
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance


@cache
def _emit_drops_a_reference() -> bool:
    """PySide 6.12.0's SignalInstance.emit returns True without owning a reference to it, so
    every emit takes one of True's references away; a few thousand emits later True is freed
    and Python aborts ("bool_dealloc"). Checked once, so a fixed PySide is left alone."""

    class Probe(QObject):
        ping = Signal()

    probe, tries = Probe(), 64
    before = sys.getrefcount(True)
    for _ in range(tries):
        probe.ping.emit()
    return sys.getrefcount(True) <= before - tries // 2  # (the worker may touch True too)


def emit(signal: SignalInstance, *args: Any) -> None:
    """signal.emit(*args), giving back the reference PySide 6.12.0 takes (see above)."""
    result = signal.emit(*args)  # type: ignore[func-returns-value]  # (the stubs say None)
    if _emit_drops_a_reference():
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
