"""The PySide6 user interface. It calls the services; it never touches the database."""
