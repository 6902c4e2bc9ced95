"""The bundle's entry point: the same program as the `ip-tracker` command.

Without arguments it opens the window (gui_main); with arguments it is the command line.
"""

import sys

from desktop.cli import gui_main

if __name__ == "__main__":
    sys.exit(gui_main())
