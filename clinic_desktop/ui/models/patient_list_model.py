"""The patient list: every patient id in display order, rows fetched a page at a time.

A clinic may hold 50,000 patients. The model keeps only the ids (ints, fetched in one query) and a
bounded cache of the rows someone has looked at. A row not yet cached shows "…" and asks for its
page; pages are fetched off the GUI thread through the ``runner`` (the view passes
``Operations.run``), one at a time, newest wish first, so dragging the scroll bar from top to
bottom loads the page you stop at, not the 200 pages you passed. A page of 200 rows by primary key
takes ~15 ms on SQLite: too slow to do inside ``data()`` while painting, quick enough to look
instant after the paint.

What a row's cells show (phone formatted, date of birth and age written, alerts worded) is worked
out once, by the worker that reads the row's page, and kept with the row (``row_cells``): a table
repaints its cells at every selection move and hover, and its delegate
(``clinic_desktop/ui/widgets/record_delegate.py``) asks ``cell()`` for each, one call into Python.

Without a runner (tests, small fakes) everything happens synchronously, inline.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from clinic_desktop.domain.errors import ClinicError
from clinic_desktop.domain.patients import PatientRecord, PatientStatus, age_on
from clinic_desktop.services.phones import display_phone
from clinic_desktop.ui.dates import display_date
from clinic_desktop.ui.languages import QT_TRANSLATE_NOOP
from clinic_desktop.ui.models.cells import EMPTY, Cell, Look
from clinic_desktop.ui.patient_words import status_label

Index = QModelIndex | QPersistentModelIndex
Row = tuple[PatientRecord, bool]  # the record, and whether one of its consents has expired
FetchRows = Callable[[list[int]], Sequence[Row]]
FetchIds = Callable[[str, bool, list[str] | None], Sequence[int]]
# Operations.run's shape: (key, work, on_done, on_error); work runs elsewhere, callbacks here.
Runner = Callable[[str, Callable[[], Any], Callable[[Any], None], Callable[[ClinicError], None]], None]
Cells = tuple[Cell, ...]  # what each column of a row shows (row_cells)
Clinic = tuple[str, date]  # the country (phone numbers) and today (ages) the cells were written for
Page = tuple[list[Row], dict[int, Cells]]  # rows as read, with their cells by patient id

COLUMNS = (
    QT_TRANSLATE_NOOP("PatientList", "MRN"),
    QT_TRANSLATE_NOOP("PatientList", "Name"),
    QT_TRANSLATE_NOOP("PatientList", "Date of birth"),
    QT_TRANSLATE_NOOP("PatientList", "Phone"),
    QT_TRANSLATE_NOOP("PatientList", "Status"),
    QT_TRANSLATE_NOOP("PatientList", "Alerts"),
)
MRN, NAME, BIRTH, PHONE, STATUS, ALERTS = range(len(COLUMNS))
SORT_KEYS: dict[int, str] = {MRN: "mrn", NAME: "name", BIRTH: "date_of_birth", STATUS: "status"}
# The status filter's choices (shown through translate("PatientList", ...)) and the statuses each lists.
STATUS_FILTERS: dict[str, list[str] | None] = {
    QT_TRANSLATE_NOOP("PatientList", "All"): None,
    QT_TRANSLATE_NOOP("PatientList", "Active"): [PatientStatus.ACTIVE.value],
    QT_TRANSLATE_NOOP("PatientList", "Inactive"): [PatientStatus.INACTIVE.value],
    QT_TRANSLATE_NOOP("PatientList", "Deceased"): [PatientStatus.DECEASED.value],
}
PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole
PLACEHOLDER = "…"
EXPIRED = QT_TRANSLATE_NOOP("PatientList", "Consent expired")
ANTICOAGULANT = QT_TRANSLATE_NOOP("PatientList", "Anticoagulant")

# Red that reads on a light and on a dark window (the palette has no "warning" role).
ALERT_ON_LIGHT = "#b3261e"
ALERT_ON_DARK = "#ff8a80"


def alert_colour() -> QColor:
    app = QApplication.instance()
    dark = isinstance(app, QApplication) and app.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QColor(ALERT_ON_DARK if dark else ALERT_ON_LIGHT)


def muted_brush() -> QBrush | None:
    """The palette's disabled-text colour, for rows that are there but out of play (a deceased
    patient, another month's day); None without an application."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return QBrush(app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
    return None


def alerts_of(record: PatientRecord, expired: bool) -> list[str]:
    """The alerts' English words (marked above), translated where they are shown."""
    found = []
    if expired:
        found.append(EXPIRED)
    if record.anticoagulant:
        found.append(ANTICOAGULANT)
    return found


def cell_text(record: PatientRecord, expired: bool, column: int, clinic: Clinic) -> str:
    """A cell's text as shown."""
    if column == MRN:
        return record.mrn
    if column == NAME:
        preferred = f" ({record.preferred_name})" if record.preferred_name else ""
        return f"{record.family_name}, {record.given_name}{preferred}"
    if column == BIRTH:
        age = age_on(record.date_of_birth, clinic[1])
        return f"{display_date(record.date_of_birth)}  ({age})"
    if column == PHONE:
        return display_phone(record.phone, clinic[0])
    if column == STATUS:
        return status_label(record.status)
    return " · ".join(QCoreApplication.translate("PatientList", a) for a in alerts_of(record, expired))


def row_cells(row: Row, clinic: Clinic) -> Cells:
    """What each column of a patient's row shows, and how (pure: the worker that reads a page
    works its rows' cells out, not the table's paint on the GUI thread). The alerts are bold red;
    the rest of a deceased patient's row is muted."""
    record, expired = row
    plain = Look.MUTED if record.status == PatientStatus.DECEASED else Look.PLAIN
    alerted = Look.ALERT if alerts_of(record, expired) else plain
    return tuple(
        (cell_text(record, expired, column, clinic), alerted if column == ALERTS else plain)
        for column in range(len(COLUMNS))
    )


def with_cells(rows: list[Row], clinic: Clinic) -> Page:
    """Rows with their cells, as a worker writes them."""
    return rows, {row[0].id: row_cells(row, clinic) for row in rows}


def read_page(fetch: FetchRows, ids: list[int], clinic: Clinic) -> Page:
    """Rows as a worker reads them, with their cells."""
    return with_cells(list(fetch(ids)) if ids else [], clinic)


def still_current(cells: dict[int, Cells], clinic: Clinic, now: Clinic) -> dict[int, Cells]:
    """Cells a worker wrote, unless the clinic changed (set_clinic) while it was at it."""
    return cells if clinic == now else {}


PLACEHOLDER_CELLS: Cells = tuple(
    (PLACEHOLDER, Look.PLAIN) if c in (MRN, NAME) else EMPTY for c in range(len(COLUMNS))
)


def _record_sort_key(sort: str) -> Callable[[PatientRecord], Any]:
    if sort == "mrn":
        return lambda r: r.mrn
    if sort == "date_of_birth":
        return lambda r: r.date_of_birth
    if sort == "status":
        return lambda r: (r.status.value, r.family_name.casefold(), r.given_name.casefold())
    return lambda r: (r.family_name.casefold(), r.given_name.casefold(), r.date_of_birth)


def _sync_runner(
    key: str, work: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[ClinicError], None]
) -> None:
    try:
        result = work()
    except ClinicError as error:
        on_error(error)
        return
    on_done(result)


class PatientListModel(QAbstractTableModel):
    """Patients as rows; ``PATIENT_ID_ROLE`` gives a row's id without fetching the row."""

    ids_loaded = Signal(int)  # a new list is shown (row count)
    failed = Signal(object)  # the ClinicError a load ended with

    def __init__(
        self,
        fetch_rows: FetchRows,
        fetch_ids: FetchIds,
        runner: Runner | None = None,
        key: str = "patients",
        page_size: int = 200,
        cache_limit: int = 5000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._fetch_ids = fetch_ids
        self._runner = runner
        self._key = key
        self._page_size = page_size
        self._cache_limit = max(cache_limit, page_size * 4)
        self._ids: list[int] = []
        self._cache: dict[int, Row | None] = {}  # None: the id is no longer on file
        self._cells: dict[int, Cells] = {}  # cached rows' cells, written for the clinic as it is now
        self._generation = 0  # bumped whenever the ids change; late pages of older lists are dropped
        self._wanted: OrderedDict[int, None] = OrderedDict()  # pages asked for, newest last
        self._in_flight: int | None = None
        self._failed_pages: set[int] = set()
        self._ids_ticket = 0
        self._sort = "name"
        self._descending = False
        self._statuses: list[str] | None = None
        self._listing = False  # True: the ids are the whole (filtered) list; False: given ids
        self._want_list = False  # was the whole list the last thing asked for?
        self._region = "US"
        self._today = date.today()
        self._pump_timer = QTimer(self)
        self._pump_timer.setSingleShot(True)
        self._pump_timer.setInterval(0)
        self._pump_timer.timeout.connect(self._pump)

    # --- what is shown --------------------------------------------------------------------------

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    @property
    def listing(self) -> bool:
        """True when the rows are the whole list (not search results)."""
        return self._listing

    @property
    def sort_key(self) -> str:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def statuses(self) -> list[str] | None:
        return None if self._statuses is None else list(self._statuses)

    def set_clinic(self, region: str, today: date) -> None:
        """The clinic's country (phone display) and today (ages)."""
        if (region, today) == (self._region, self._today):
            return
        self._region, self._today = region, today
        self._cells.clear()  # written again, for the rows painted, when next painted
        if self._ids:
            self.dataChanged.emit(self.index(0, BIRTH), self.index(len(self._ids) - 1, ALERTS))

    def set_ids(self, ids: Sequence[int], rows: Sequence[Row] = (), fresh: bool = False) -> None:
        """Show these patients in this order; ``rows`` already known go straight into the cache.

        ``fresh`` forgets every cached row (the records may have changed since they were read).
        """
        self._ids_ticket += 1  # a list still loading must not replace this one
        self._listing = self._want_list = False
        self._replace(list(ids), rows, fresh)

    def _replace(
        self, ids: list[int], rows: Sequence[Row], fresh: bool, cells: dict[int, Cells] | None = None
    ) -> None:
        cells = cells or {}
        self.beginResetModel()
        self._generation += 1
        self._ids = ids
        if fresh:
            self._cache.clear()
            self._cells.clear()
        for row in rows:
            self._remember(row[0].id, row, cells.get(row[0].id))
        self._wanted.clear()
        self._in_flight = None
        self._failed_pages.clear()
        self.endResetModel()
        self.ids_loaded.emit(len(self._ids))

    def reload(self, fresh: bool = True) -> None:
        """Fetch the whole list again in the current sort and status filter."""
        self._want_list = True
        sort, descending, statuses = self._sort, self._descending, self.statuses
        fetch, fetch_rows, first_page = self._fetch_ids, self._fetch_rows, self._page_size
        self._ids_ticket += 1
        ticket = self._ids_ticket
        clinic = self._clinic

        def work() -> tuple[list[int], Page]:
            # The first page rides along with the ids: one trip to the worker, names on screen sooner.
            ids = list(fetch(sort, descending, statuses))
            return ids, read_page(fetch_rows, ids[:first_page], clinic)

        def arrived(result: tuple[list[int], Page]) -> None:
            if ticket == self._ids_ticket:
                self._listing = True
                ids, (rows, cells) = result
                self._replace(ids, rows, fresh, still_current(cells, clinic, self._clinic))

        self._run(f"{self._key}/ids", work, arrived, self.failed.emit)

    def load_rows(self, work: Callable[[], Sequence[Row]], fresh: bool = False) -> None:
        """Show the rows ``work`` returns (search hits, in their rank order), fetched off-thread.

        It shares the list's channel, so whichever of list and search was asked for last wins.
        """
        self._want_list = False
        self._ids_ticket += 1
        ticket = self._ids_ticket
        clinic = self._clinic

        def arrived(page: Page) -> None:
            if ticket == self._ids_ticket:
                self._listing = False
                rows, cells = page
                self._replace(
                    [r[0].id for r in rows], rows, fresh, still_current(cells, clinic, self._clinic)
                )

        self._run(f"{self._key}/ids", lambda: with_cells(list(work()), clinic), arrived, self.failed.emit)

    @property
    def _clinic(self) -> Clinic:
        return self._region, self._today

    def set_statuses(self, statuses: list[str] | None) -> None:
        self._statuses = None if statuses is None else list(statuses)
        if self._want_list:
            self.reload()

    @property
    def cached(self) -> int:
        """How many rows are held (bounded by the cache limit, whatever the list's length)."""
        return len(self._cache)

    def row_of(self, patient_id: int) -> int:
        try:
            return self._ids.index(patient_id)
        except ValueError:
            return -1

    def record(self, row: int) -> PatientRecord | None:
        """The record of a row if it has been fetched."""
        if not 0 <= row < len(self._ids):
            return None
        cached = self._cache.get(self._ids[row])
        return cached[0] if cached else None

    def invalidate(self) -> None:
        """Forget cached rows: they are fetched again when next painted."""
        self._cache.clear()
        self._cells.clear()
        self._generation += 1
        self._wanted.clear()
        self._in_flight = None
        self._failed_pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    # --- Qt model -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PatientList", COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                QCoreApplication.translate("PatientList", "Click to sort") if section in SORT_KEYS else None
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        patient_id = self._ids[index.row()]
        if role == PATIENT_ID_ROLE:
            return patient_id
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
        ):
            return None
        if patient_id not in self._cache:
            self._want(index.row())
        if patient_id not in self._cache:
            if role == Qt.ItemDataRole.DisplayRole and index.column() in (MRN, NAME):
                return PLACEHOLDER
            return None
        cached = self._cache[patient_id]
        if cached is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == NAME:
                return QCoreApplication.translate("PatientList", "(no longer on file)")
            return None
        record, expired = cached
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(index.row(), column)[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ALERTS and expired:
                return QCoreApplication.translate(
                    "PatientList", "A consent has expired: renew it before treatment."
                )
            if column == NAME:
                return QCoreApplication.translate(
                    "PatientList", "{name} — Enter or double-click opens the chart"
                ).format(name=record.display_name)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == ALERTS and alerts_of(record, expired):
                return QBrush(alert_colour())
            if record.status == PatientStatus.DECEASED:
                return muted_brush()
            return None
        if role == Qt.ItemDataRole.FontRole and column == ALERTS and alerts_of(record, expired):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def cell(self, row: int, column: int) -> Cell:
        """What a cell shows, as data() says it (the delegate's one question per cell painted)."""
        if not 0 <= row < len(self._ids):
            return EMPTY
        patient_id = self._ids[row]
        cells = self._cells.get(patient_id)
        if cells is not None:
            return cells[column]
        if patient_id not in self._cache:
            self._want(row)
            if patient_id not in self._cache:
                return PLACEHOLDER_CELLS[column]
        cached = self._cache[patient_id]
        if cached is None:
            if column == NAME:
                return QCoreApplication.translate("PatientList", "(no longer on file)"), Look.PLAIN
            return EMPTY
        # a row given, not read by a worker, or the clinic changed since: written now, once
        self._cells[patient_id] = cells = row_cells(cached, self._clinic)
        return cells[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The whole list is re-read in the new order; search hits (all cached) are sorted here."""
        sort = SORT_KEYS.get(column)
        if sort is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        changed = (sort, descending) != (self._sort, self._descending)
        self._sort, self._descending = sort, descending
        if self._want_list:
            if changed:
                self.reload()
        elif self._ids:
            self._sort_here()

    def _sort_here(self) -> None:
        records = [self._cache.get(i) for i in self._ids]
        if any(r is None for r in records):
            return
        key = _record_sort_key(self._sort)
        self.layoutAboutToBeChanged.emit()
        old = list(self._ids)
        ordered = sorted(
            (r for r in records if r is not None), key=lambda r: key(r[0]), reverse=self._descending
        )
        self._ids = [r[0].id for r in ordered]
        position = {pid: row for row, pid in enumerate(self._ids)}
        for persistent in self.persistentIndexList():
            if persistent.isValid():
                row = position[old[persistent.row()]]
                self.changePersistentIndex(persistent, self.index(row, persistent.column()))
        self.layoutChanged.emit()

    # --- running work ---------------------------------------------------------------------------

    def _run(
        self,
        key: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[ClinicError], None],
    ) -> None:
        (self._runner or _sync_runner)(key, work, on_done, on_error)

    # --- fetching pages -------------------------------------------------------------------------

    def _want(self, row: int) -> None:
        page = row // self._page_size
        if self._runner is None:
            self._fetch_page(page)  # synchronous: the row is there when data() goes on
            return
        if page == self._in_flight or page in self._failed_pages:
            return
        self._wanted[page] = None
        self._wanted.move_to_end(page)
        while len(self._wanted) > 4:  # pages scrolled past long ago are not worth loading
            self._wanted.popitem(last=False)
        if not self._pump_timer.isActive():
            self._pump_timer.start()

    def _page_ids(self, page: int) -> list[int]:
        start = page * self._page_size
        return [i for i in self._ids[start : start + self._page_size] if i not in self._cache]

    def _fetch_page(self, page: int) -> None:
        missing = self._page_ids(page)
        if missing:
            rows, cells = read_page(self._fetch_rows, missing, self._clinic)
            self._store(missing, rows, cells)

    def _pump(self) -> None:
        """Ask for the newest wished-for page that is still missing; one page at a time."""
        while self._in_flight is None and self._wanted:
            page, _ = self._wanted.popitem(last=True)
            missing = self._page_ids(page)
            if missing:
                self._request_page(page, missing)

    def _request_page(self, page: int, missing: list[int]) -> None:
        generation = self._generation
        self._in_flight = page
        fetch, clinic = self._fetch_rows, self._clinic

        def arrived(result: Page) -> None:
            if generation != self._generation:
                return
            self._in_flight = None
            rows, cells = result
            self._store(missing, rows, still_current(cells, clinic, self._clinic))
            self._page_changed(page)
            self._pump()

        def refused(error: ClinicError) -> None:
            if generation != self._generation:
                return
            self._in_flight = None
            self._failed_pages.add(page)
            self.failed.emit(error)
            self._pump()

        self._run(f"{self._key}/rows", lambda: read_page(fetch, missing, clinic), arrived, refused)

    def _store(self, asked: list[int], rows: Sequence[Row], cells: dict[int, Cells] | None = None) -> None:
        found = {row[0].id: row for row in rows}
        cells = cells or {}
        for patient_id in asked:
            self._remember(patient_id, found.get(patient_id), cells.get(patient_id))

    def _remember(self, patient_id: int, row: Row | None, cells: Cells | None = None) -> None:
        self._cache.pop(patient_id, None)
        self._cache[patient_id] = row
        self._cells.pop(patient_id, None)  # the record read again: its cells with it
        if cells is not None:
            self._cells[patient_id] = cells
        while len(self._cache) > self._cache_limit:
            oldest = next(iter(self._cache))
            del self._cache[oldest]
            self._cells.pop(oldest, None)

    def _page_changed(self, page: int) -> None:
        first = page * self._page_size
        last = min(first + self._page_size, len(self._ids)) - 1
        if first <= last:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
