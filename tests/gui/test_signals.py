"""PySide 6.12.0 drops a reference to True on every emit; desktop.gui.signals gives it back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from desktop.gui.signals import emit


class Probe(QObject):
    ping = Signal(int)


def test_emit_keeps_true_alive() -> None:
    probe = Probe()
    received: list[int] = []
    probe.ping.connect(received.append)
    before = sys.getrefcount(True)
    for number in range(500):
        emit(probe.ping, number)
    assert received == list(range(500))
    # Without the fix the count falls by 500: after a few thousand Python aborts.
    assert sys.getrefcount(True) >= before - 50
