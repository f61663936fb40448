"""The window (PySide6): views, dialogs, widgets, models, and the start-up that signs someone in.

PySide6's import hook is made cheaper before anything else here is imported (ui/import_hook.py).
"""

from clinic_desktop.ui.import_hook import lighten

lighten()
