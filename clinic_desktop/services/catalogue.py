"""The clinic's own outcome measures, changed or removed (adding one, and the clinic's own protocol
templates, are the treatment service's: services/treatments.py).

Kept by providers and managers (Permission.STOCK, as the rest of the clinical catalogue). Scores
already recorded stay true: a measure's range may change only so that every recorded score is
still inside it, and a measure with scores cannot be removed (its scores would lose their name)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from clinic_desktop.domain.outcomes import BUILTIN_MEASURES, Measure
from clinic_desktop.domain.words import QT_TR_NOOP

if TYPE_CHECKING:
    from clinic_desktop.services.context import ClinicServices


class CatalogueService:
    def __init__(self, services: ClinicServices) -> None:
        self._s = services

    def change_measure(self, measure: Measure) -> Measure:
        """A clinic measure's label, range, unit and direction (its code stays: scores use it)."""
        self._s.require(Permission.STOCK)
        label = " ".join(measure.label.split())
        if not label:
            raise ValidationError(QT_TR_NOOP("The measure needs a label."))
        if measure.low >= measure.high:
            raise ValidationError(QT_TR_NOOP("A measure's lowest value must be below its highest."))
        unit = measure.unit.strip()  # its width, like the label's, is the column's (domain/text.py)
        store = self._s.store
        with store.write_transaction():
            before = self._own(measure.code)
            count, lowest, highest = store.setup.measure_scores(measure.code)
            if (
                count
                and lowest is not None
                and highest is not None
                and (lowest < measure.low or highest > measure.high)
            ):
                raise ValidationError(
                    QT_TR_NOOP(
                        "{count} score of {measure} lie between {low} and {high}; the range must "
                        "still hold them."
                    )
                    if count == 1
                    else QT_TR_NOOP(
                        "{count} scores of {measure} lie between {low} and {high}; the range must "
                        "still hold them."
                    ),
                    count=count,
                    measure=before.label,
                    low=_number(lowest),
                    high=_number(highest),
                )
            after = Measure(
                measure.code, label, measure.low, measure.high, unit, measure.lower_is_better, False
            )
            store.setup.change_measure(after.code, label, after.low, after.high, unit, after.lower_is_better)
            if after != before:
                self._s.record("change", "measure", measure.code, _values(before), _values(after))
            return after

    def remove_measure(self, code: str) -> None:
        self._s.require(Permission.STOCK)
        store = self._s.store
        with store.write_transaction():
            before = self._own(code)
            count, _, _ = store.setup.measure_scores(code)
            if count:
                raise ConflictError(
                    QT_TR_NOOP(
                        "{count} score of {measure} are recorded, so the measure stays; change its "
                        "label instead."
                    )
                    if count == 1
                    else QT_TR_NOOP(
                        "{count} scores of {measure} are recorded, so the measure stays; change its "
                        "label instead."
                    ),
                    count=count,
                    measure=before.label,
                )
            store.setup.remove_measure(code)
            self._s.record("delete", "measure", code, _values(before), None)

    def _own(self, code: str) -> Measure:
        if any(m.code == code for m in BUILTIN_MEASURES):
            raise ValidationError(
                QT_TR_NOOP("{code} is a built-in measure; it cannot be changed."), code=code
            )
        found = next((m for m in self._s.store.treatments.measures() if m.code == code), None)
        if found is None:
            raise NotFoundError(QT_TR_NOOP("There is no clinic measure '{code}'."), code=code)
        return found


def _number(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _values(measure: Measure) -> dict[str, object]:
    return {
        "code": measure.code, "label": measure.label, "low": measure.low, "high": measure.high,
        "unit": measure.unit, "lower_is_better": measure.lower_is_better,
    }  # fmt: skip
