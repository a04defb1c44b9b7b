"""The frozen app's entry point: PyInstaller needs a script, Pelita's is `desktop.cli:main`."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
