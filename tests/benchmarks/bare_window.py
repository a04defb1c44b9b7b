"""The yardstick for start-up: the barest PySide6 window, reporting its first paint."""

import sys

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget


class Window(QWidget):
    painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print("login shown", flush=True)


if __name__ == "__main__":
    app = QApplication(sys.argv)
    window = Window()
    window.show()
    app.exec()
