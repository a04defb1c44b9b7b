"""The README stays true to the repository: its pictures exist and are real screenshots, the
files it names under installer/ and docs/ exist, and the bootstrap modes it tells people to
run are ones installer/bootstrap.sh accepts."""

from __future__ import annotations

import re
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SCREENSHOTS = ROOT / "docs" / "screenshots"
MIN_WIDTH = 800  # a screenshot of a window, not an icon or a cropped button
ALL_PICTURES_MAX = 1_500_000  # bytes: they are committed, and every clone carries them

IMAGE_LINK = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
# installer/... or docs/..., also written with Windows backslashes (installer\windows\...).
REPO_PATH = re.compile(r"(?<![\w./\\-])((?:installer|docs)[/\\][\w./\\-]*[\w])")
BOOTSTRAP_MODE = re.compile(r"bash installer/bootstrap\.sh\s+([\w-]+)")


def readme() -> str:
    return README.read_text(encoding="utf-8")


def linked_images(text: str) -> list[str]:
    return IMAGE_LINK.findall(text)


def named_paths(text: str) -> set[str]:
    return {match.replace("\\", "/") for match in REPO_PATH.findall(text)}


def accepted_modes(script: str) -> set[str]:
    """The modes on the first branch of `case "$mode" in` in main(): the ones it runs."""
    lines = script.splitlines()
    start = next(i for i, line in enumerate(lines) if re.match(r'\s*case "\$mode" in', line))
    branch = lines[start + 1].strip()
    patterns, _, _action = branch.partition(")")
    return {mode.strip() for mode in patterns.split("|")}


# -- the helpers read what they should -----------------------------------------------------------


def test_the_patterns_find_what_the_readme_writes() -> None:
    text = (
        "![A](docs/screenshots/a.png)\n*caption*\n"
        "see `installer/pelita.spec`, (`installer/windows/build.ps1`).\n"
        "powershell -File installer\\windows\\build.ps1\n"
        "[docs/postgresql-backup.md](docs/postgresql-backup.md). ../shared/DESIGN.md\n"
        "bash installer/bootstrap.sh bundle  # comment\n"
    )
    assert linked_images(text) == ["docs/screenshots/a.png"]
    assert named_paths(text) == {
        "docs/screenshots/a.png",
        "installer/pelita.spec",
        "installer/windows/build.ps1",
        "docs/postgresql-backup.md",
        "installer/bootstrap.sh",
    }
    assert BOOTSTRAP_MODE.findall(text) == ["bundle"]
    script = 'main() {\n    case "$mode" in\n        run | test) shift ;;\n        *) x ;;\n'
    assert accepted_modes(script) == {"run", "test"}


# -- the README itself ---------------------------------------------------------------------------


def test_every_picture_is_a_screenshot_in_the_repository() -> None:
    images = linked_images(readme())
    assert len(images) >= 7, "the README shows the main screens"
    for link in images:
        path = ROOT / link
        assert path.is_file(), f"README shows {link}, which does not exist"
        with Image.open(path) as picture:
            assert picture.format == "PNG", f"{link} is {picture.format}, not PNG"
            assert picture.width >= MIN_WIDTH, f"{link} is {picture.width} px wide"


def test_every_screenshot_is_shown_and_together_they_stay_small() -> None:
    shown = {(ROOT / link).resolve() for link in linked_images(readme())}
    files = sorted(SCREENSHOTS.glob("*.png"))
    assert files, "docs/screenshots holds the README's pictures"
    unshown = [path.name for path in files if path.resolve() not in shown]
    assert not unshown, f"screenshots the README does not show: {unshown}"
    total = sum(path.stat().st_size for path in files)
    assert total <= ALL_PICTURES_MAX, f"the screenshots take {total:,} bytes"


def test_every_file_named_under_installer_and_docs_exists() -> None:
    paths = named_paths(readme())
    assert "installer/bootstrap.sh" in paths
    missing = sorted(path for path in paths if not (ROOT / path).exists())
    assert not missing, f"the README names files that are not in the repository: {missing}"


def test_the_bootstrap_modes_in_the_readme_are_accepted() -> None:
    modes = set(BOOTSTRAP_MODE.findall(readme()))
    assert {"run", "test", "bundle"} <= modes, "the README gives the commands to run"
    accepted = accepted_modes((ROOT / "installer" / "bootstrap.sh").read_text(encoding="utf-8"))
    assert modes <= accepted, f"bootstrap.sh does not accept {sorted(modes - accepted)}"
