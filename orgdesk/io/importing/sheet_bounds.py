"""How big a workbook's sheet really is, found by scanning its XML before any reader builds it.

A reader such as calamine makes a dense grid from A1 to the last cell: one stray cell at XFD20000
in a 2 KB file asks for 20,000 × 16,384 cells (gigabytes, or an abort), and a shared string of a
million characters referenced by every cell is copied into each. So the sheet's part is scanned as
bytes first (a few regular expressions in C, chunk by chunk, nothing kept per cell) for its last
row and column, its cell count and the text its shared strings would unfold to, and refused with a
message when any passes the limits below.
"""

from __future__ import annotations

import re
import zipfile
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

MAX_COLUMNS = 1000  # column ALL; a roster has a few dozen
MAX_CELLS = 5_000_000  # of the dense grid a reader would build (rows × columns)
MAX_TEXT = 100_000_000  # bytes of UTF-8 the shared strings unfold to over all cells (about what a reader holds)
CHUNK = 1 << 20

_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"
# The usual form, as Excel, WPS and openpyxl write it (r first): fast to scan.
_TIGHT_CELL = b'<c r="'
_TIGHT_CELL_ROW = re.compile(rb'<c r="[A-Z]{1,3}([0-9]+)"')
_TIGHT_WIDE_COLUMN = re.compile(rb'<c r="([A-Z]{2,3})[0-9]')
_TIGHT_ROW = re.compile(rb'<row r="([0-9]+)"')
_TIGHT_SHARED_CELL = re.compile(rb'<c r="[A-Z]{1,3}[0-9]+"[^>]*? t="s"[^>]*><v>([0-9]+)</v>')
_TIGHT_NARROW_COLUMN = re.compile(rb'<c r="([A-Z])[0-9]')
# A cell at column AM (39) or beyond, or at row 100,000 or beyond: below both, the grid has fewer
# than 38 × 99,999 < MAX_CELLS cells, and the cells need no closer look (the usual roster).
_FAR_CELL = re.compile(rb'<c r="(?:[A-Z]{3}|[B-Z][A-Z]|A[M-Z]|[A-Z]{1,2}[0-9]{6})')
_FAR_ROW = re.compile(rb'<row r="[0-9]{6}')
_NEAR_COLUMNS = 38
_LAST_ROW = re.compile(rb'<row r="([0-9]+)"')
# An integer of 16 digits or more, or a number written with an exponent of 15 or more.
_LONG_NUMBER = re.compile(rb"<v>\s*-?(?:[0-9]{16,}|[0-9.]+[eE]\+?(?:1[5-9]|[2-9][0-9]|[0-9]{3,}))\s*</v>")
# Any form (a prefix, r after other attributes): slower, used only where the usual form is not all.
_CELL_REFERENCE = re.compile(rb"<" + _PREFIX + rb'c\s[^>]*?\br="([A-Z]{1,3})([0-9]+)"')
_CELL_START = re.compile(rb"<" + _PREFIX + rb"c[\s/>]")
_ROW_NUMBER = re.compile(rb"<" + _PREFIX + rb'row\s[^>]*?\br="([0-9]+)"')
_SHARED_CELL = re.compile(rb"<" + _PREFIX + rb'c\s[^>]*?\bt="s"[^>]*>\s*<' + _PREFIX + rb"v>\s*([0-9]+)\s*<")
_SHARED_ITEM = re.compile(rb"<" + _PREFIX + rb"si[\s>/]")
_TAIL = 4096  # bytes kept between chunks so that no tag is cut in two


@dataclass(frozen=True)
class SheetBounds:
    rows: int
    columns: int
    cells: int  # cell elements present
    text: int  # at most this many bytes its shared-string cells unfold to (0: too few to count)
    long_numbers: bool = False  # a number cell of 16 digits or more (an ID number) that a float would round

    @property
    def area(self) -> int:
        return self.rows * self.columns


def column_number(letters: bytes | str) -> int:
    """A = 1, Z = 26, AA = 27, XFD = 16384."""
    number = 0
    for letter in letters.decode() if isinstance(letters, bytes) else letters:
        number = number * 26 + ord(letter) - 64
    return number


def shared_string_sizes(archive: zipfile.ZipFile) -> array[int]:
    """An upper bound of each shared string's length, in order: the bytes of its <si> element
    (tags and UTF-8 make it larger than the text, never smaller). Empty when there are none."""
    sizes: array[int] = array("Q")
    name = next((n for n in archive.namelist() if n.lower().endswith("sharedstrings.xml")), None)
    if name is None:
        return sizes
    previous, offset = -1, 0
    for window in _windows(archive, name):
        for found in _SHARED_ITEM.finditer(window):
            position = offset + found.start()
            if previous >= 0:
                sizes.append(position - previous)
            previous = position
        offset += len(window)
    if previous >= 0:
        sizes.append(offset - previous)
    return sizes


def _windows(archive: zipfile.ZipFile, part: str) -> Iterator[bytes]:
    """The part's bytes in chunks that end before a tag (no tag is cut)."""
    carry = b""
    with archive.open(part) as stream:
        while True:
            block = stream.read(CHUNK)
            data = carry + block
            cut = data.rfind(b"<", max(len(data) - _TAIL, 0)) if block else len(data)
            end = cut if cut > 0 else len(data)
            yield data[:end]
            carry = data[end:]
            if not block:
                return


def scan_sheet(archive: zipfile.ZipFile, part: str, shared: array[int]) -> SheetBounds:
    """The bounds of one worksheet part, read as a stream of bytes."""
    rows = columns = cells = 0
    long_numbers = False
    longest_shared = max(shared, default=0)
    shared_cells_so_far = 0
    used: Counter[int] = Counter()
    for window in _windows(archive, part):  # a <dimension> may lie and readers ignore it: the cells count
        present = window.count(b"<c ") + window.count(b"<c>") + window.count(b"<c/>")
        tight = (
            present == window.count(_TIGHT_CELL)
            and window.count(b"<row ") == window.count(b'<row r="')
            and b":c " not in window
            and b":row " not in window
        )
        cells += present if tight else len(_CELL_START.findall(window))
        long_numbers = long_numbers or _LONG_NUMBER.search(window) is not None
        if tight and _FAR_CELL.search(window) is None and _FAR_ROW.search(window) is None:  # the usual roster
            last = window.rfind(b'<row r="')
            found = _LAST_ROW.match(window, last) if last >= 0 else None
            rows = max(rows, int(found.group(1)) if found else 0)
            columns = max(columns, _NEAR_COLUMNS if present else 0)
        elif tight:  # the usual form: a few C scans
            rows = max(rows, max(map(int, _TIGHT_CELL_ROW.findall(window)), default=0))
            rows = max(rows, max(map(int, _TIGHT_ROW.findall(window)), default=0))
            wide = set(_TIGHT_WIDE_COLUMN.findall(window))
            narrow = set(_TIGHT_NARROW_COLUMN.findall(window)) if not wide else set()
            columns = max(columns, max(map(column_number, wide | narrow), default=0))
        else:
            for letters, number in set(_CELL_REFERENCE.findall(window)):
                columns = max(columns, column_number(letters))
                rows = max(rows, int(number))
            rows = max(rows, max(map(int, _ROW_NUMBER.findall(window)), default=0))
        shared_cells_so_far += window.count(b't="s"')
        if longest_shared * shared_cells_so_far > MAX_TEXT:  # only then can they unfold to too much
            shared_cells = _TIGHT_SHARED_CELL if tight else _SHARED_CELL
            used.update(map(int, shared_cells.findall(window)))
    text = sum(shared[index] * count for index, count in used.items() if index < len(shared))
    return SheetBounds(rows, columns, cells, text, long_numbers)
