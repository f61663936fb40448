"""The "Provider" filter of the lists (recalls, reports): "All providers" then each provider,
inactive ones marked, keeping the choice across reloads."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from clinic_desktop.domain.entities import Provider

ALL = "__all__"  # the item data of "All providers"


def fill_provider_filter(combo: QComboBox, providers: Sequence[Provider]) -> None:
    """Refill without emitting a change; the provider chosen before stays chosen if still listed."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(QCoreApplication.translate("ProviderFilter", "All providers"), ALL)
    for provider in providers:
        name = provider.name
        if not provider.active:
            name = QCoreApplication.translate("ProviderFilter", "{provider} (inactive)").format(provider=name)
        combo.addItem(name, provider.id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)
