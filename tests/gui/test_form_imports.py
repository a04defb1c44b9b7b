"""The build step trims what a compiled Designer form imports to what it uses."""

from __future__ import annotations

from pathlib import Path

from desktop.gui import build
from desktop.gui.form_imports import trim_unused_imports


def test_unused_names_are_dropped_and_the_code_is_left_alone(tmp_path: Path) -> None:
    form = tmp_path / "ui_sample.py"
    form.write_text(
        "from PySide6.QtCore import (QCoreApplication, QSize,\n"
        "    Qt)\n"
        "from PySide6.QtGui import (QBrush, QColor)\n"
        "from PySide6.QtWidgets import (QLabel, QVBoxLayout)\n"
        "class Ui_Sample(object):\n"
        "    def setupUi(self, Sample):\n"
        "        self.label = QLabel(Sample)\n"
        "        self.label.setMinimumSize(QSize(1, 1))\n",
        encoding="utf-8",
    )
    trim_unused_imports(form)
    assert form.read_text(encoding="utf-8") == (
        "from PySide6.QtCore import QSize\n"
        "from PySide6.QtWidgets import QLabel\n"
        "class Ui_Sample(object):\n"
        "    def setupUi(self, Sample):\n"
        "        self.label = QLabel(Sample)\n"
        "        self.label.setMinimumSize(QSize(1, 1))\n"
    )


def test_the_compiled_login_form_does_not_import_qt() -> None:
    build.compile_forms()
    source = (build.FORMS_DIR / "ui_login_dialog.py").read_text(encoding="utf-8")
    imports = [line for line in source.splitlines() if line.startswith("from PySide6")]
    assert imports and not any("Qt," in line or line.endswith(" Qt") for line in imports)
