import pytest


@pytest.fixture(autouse=True)
def _application(qapp: object) -> None:
    """The test session's QApplication, made before printing would make a bare QGuiApplication
    of its own (as the command line does), which the widget tests after it could not use."""
