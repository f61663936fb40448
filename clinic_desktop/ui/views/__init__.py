"""The views of the main window's navigation."""
