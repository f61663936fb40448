"""clinic-desktop: scheduling and charting for botulinum toxin pain clinics."""

__version__ = "0.1.0"
APP_NAME = "clinic-desktop"
APP_TITLE = "Clinic Desktop"
