"""Files that are not what they claim, or built to harm: each gets a clear refusal."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from orgdesk.io import SpreadsheetImportError
from orgdesk.io.importing import reading as tabular_read
from orgdesk.io.importing.reading import ENCRYPTED, TOO_BIG, XML_TRICKS, read_sheets
from orgdesk.io.importing.sheets import NOT_A_SPREADSHEET, TOO_MANY_ROWS
from orgdesk.io.importing.spreadsheet import ImportOptions, choose_sheet, read_source
from orgdesk.io.workbook.xlsx_stream import StreamingWorkbook


def _refused(path: Path) -> SpreadsheetImportError:
    with pytest.raises(SpreadsheetImportError) as caught:
        read_sheets(path)
    return caught.value


def test_a_png_named_xlsx_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "org.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    assert _refused(path).template == NOT_A_SPREADSHEET


def test_a_word_document_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "org.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    assert _refused(path).template == NOT_A_SPREADSHEET


def test_an_encrypted_workbook_asks_to_remove_the_password(tmp_path: Path) -> None:
    path = tmp_path / "secret.xlsx"
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    path.write_bytes(header + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 1000)
    error = _refused(path)
    assert error.template == ENCRYPTED and "password" in error.english()


def test_a_zip_bomb_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (8 << 20))  # 8 MB of zeros: ratio ~1000:1
    assert _refused(path).template == TOO_BIG


def test_entity_declarations_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "billion.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><workbook/>')
    assert _refused(path).template == XML_TRICKS


def test_a_sheet_over_the_row_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabular_read, "MAX_ROWS", 100)
    path = tmp_path / "big.csv"
    path.write_text("name\n" + "x\n" * 200, encoding="utf-8")
    assert _refused(path).template == TOO_MANY_ROWS
    book = StreamingWorkbook(tmp_path / "big.xlsx")
    sheet = book.add_sheet("S")
    for number in range(200):
        sheet.append([f"unit {number}"])
    book.close()
    assert _refused(tmp_path / "big.xlsx").template == TOO_MANY_ROWS


def test_an_empty_sheet_says_so(tmp_path: Path) -> None:
    book = StreamingWorkbook(tmp_path / "empty.xlsx")
    book.add_sheet("空表")
    book.close()
    source = read_source(tmp_path / "empty.xlsx")
    with pytest.raises(SpreadsheetImportError) as caught:
        choose_sheet(source, ImportOptions())
    assert "空表" in caught.value.english() and "empty" in caught.value.english()


def test_numbers_dates_and_semicolon_csv(tmp_path: Path) -> None:
    path = tmp_path / "semi.csv"
    path.write_text("a;b\n1;2\n", encoding="utf-8")
    assert read_sheets(path)[0].rows == [["a", "b"], ["1", "2"]]
