"""Run the package: `python3 path/to/outline CONFIG_DIR` or `python3 -m outline CONFIG_DIR`
(with the folder holding `outline/` on the path); see cli.py."""

import os
import sys

if not __package__:
    # Run as a folder: sys.path[0] is this folder. Put its parent there instead, so the
    # package imports as `outline` and none of its modules shadows another module.
    sys.path[0] = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    from outline.cli import main
else:
    from .cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
