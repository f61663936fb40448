"""The bundle's entry point (packaging/clinic-desktop.spec): the application as main.py starts it.

It sits in packaging/, not beside the source package, so PyInstaller takes `clinic_desktop` from the
wheel installed in the build environment. A windowed Windows executable has no standard streams
(sys.stdout and sys.stderr are None): they are pointed at the null device, so a message written
for a terminal is dropped instead of failing.
"""

import os
import sys

for _name in ("stdin", "stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "r" if _name == "stdin" else "w", encoding="utf-8"))  # noqa: SIM115

from clinic_desktop.app import main  # noqa: E402

raise SystemExit(main())
