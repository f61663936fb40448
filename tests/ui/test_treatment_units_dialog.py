"""The charting dialog refuses units outside the limits as they are typed, naming the site and the
limit; nothing is recorded and nothing typed is lost until they are put right."""

from __future__ import annotations

from decimal import Decimal

from clinic_desktop.ui.dialogs.treatment import UNITS
from tests.ui.test_treatment_charting import clinic, open_dialog, operations, sign_with_keys

__all__ = ["clinic", "operations"]  # the fixtures, shared with the charting dialog's tests


def test_units_typed_outside_the_limits_are_refused_naming_the_site(qtbot, clinic, operations) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, clinic, operations)
    item = dialog.sites.table.item(0, UNITS)
    assert item is not None
    for typed, words in (
        ("1e28", "Row 1: '1e28' is not a number of units for corrugator (left)"),
        ("NaN", "Row 1: 'NaN' is not a number of units for corrugator (left)"),
        ("-5", "Row 1: '-5' is not a number of units for corrugator (left)"),
        ("0", "Row 1: The site corrugator (left) has 0 units"),
        ("1500", "Row 1: 1500 units at corrugator (left) is more than 1000"),
    ):
        item.setText(typed)
        assert dialog.sites.problem.isVisibleTo(dialog) and words in dialog.sites.problem.text()
        assert "1000" in dialog.sites.problem.text()
    sign_with_keys(qtbot, dialog)
    operations.wait()
    assert clinic.treatments.for_patient(1) == [] and dialog.isVisible()
    assert item.text() == "1500"  # kept, to be put right
    item.setText("5")
    assert not dialog.sites.problem.isVisibleTo(dialog)
    dialog.waste.setText("1e28")
    assert "'1e28' is not a number of wasted units" in dialog.waste_summary.text()
    dialog.waste.setText("0")
    with qtbot.waitSignal(dialog.recorded, timeout=10_000):
        sign_with_keys(qtbot, dialog)
    (saved,) = clinic.treatments.for_patient(1)
    assert saved.total_units == Decimal(155) and saved.waste_units == 0
