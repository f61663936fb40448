"""Rows and days out of play are drawn in the palette's disabled-text colour, through one helper
(ui/models/patient_list_model.muted_brush) shared by the month view and the chart's tables."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from clinic_desktop.ui.models.patient_list_model import muted_brush
from clinic_desktop.ui.views.calendar_view import MonthModel


def test_muted_brush_is_the_palettes_disabled_text(qapp: QApplication) -> None:
    brush = muted_brush()
    assert brush is not None
    assert brush.color() == qapp.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


def test_the_month_view_mutes_the_days_of_other_months_only(qapp: QApplication) -> None:
    model = MonthModel()
    model.set_month(date(2026, 12, 1), {}, None)  # 1 December 2026 is a Tuesday
    other_month = model.index(0, 0)
    assert model.day_at(other_month) == date(2026, 11, 30)
    foreground = model.data(other_month, Qt.ItemDataRole.ForegroundRole)
    assert foreground.color() == qapp.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is None
