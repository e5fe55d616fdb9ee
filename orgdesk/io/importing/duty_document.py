"""Duty documents (职责说明书) as branches keep them: units, their posts and their duties, read from
the text of a Word document, a text file or text copied out of a PDF.

The text is read line by line:
- a unit heading names a unit: 「一、市场部职责及岗位设置」, 「政企客户部基准岗位设置及主要职责」,
  「财务组工作职责」, 「XX部门职责」; 「市场部主要职责:」 opens the unit's own duty list;
- a numbered heading inside a unit (「一、市场规划」, 「（三）业务流程管理」, OCR's 「,三,」) or a line
  「XX岗位职责」 / 「XX经理：」 names a post of that unit;
- numbered items (1. 1、 (1) ①, OCR's 「3(」) are duties of the nearest post or unit; a line that
  goes on from an item not yet finished is joined to it (a PDF's broken lines); a closing sentence
  after a duty list (「最大限度创造企业利润…」) is kept as the owner's purpose, not as a duty;
- whatever comes before the first unit, or cannot be placed, is kept as unassigned text.

Qt-free; the plan (`DutyDocument`) is turned into units, posts and duties by `plan_duty_document`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from orgdesk.domain.document import Document
from orgdesk.domain.entities import OwnerKind, Unit
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.io import SpreadsheetImportError
from orgdesk.io.importing.plan import ImportPlan, PlanWriter
from orgdesk.io.importing.sheets import CANNOT_READ

# One line's numbering, in the forms documents and OCR produce.
_CN = "一二三四五六七八九十"
_HEADING = re.compile(rf"^(?:[{_CN}]+[、.．]|[（(,，][{_CN}]+[）),，]|第[{_CN}]+[章节条部分][、\s]*)\s*(?P<rest>.+)$")
_ITEM = re.compile(r"^(?:\d{1,3}[.．、)）(]|[（(,，]\d{1,3}[）),，]|[①-⑳⑴-⒇⒈-⒛])\s*(?P<rest>.*)$")
_BULLET = re.compile(r"^[-•·●▪◆]\s+")
_INLINE_START = re.compile(r"^\s*(?:\d{1,2}[、.．)）]|[（(]\d{1,2}[）)])")
_INLINE_ITEM = re.compile(r"(?<=[；;。])\s*(?:\d{1,2}[、.．)）]|[（(]\d{1,2}[）)])")
# 「XX部职责及岗位设置」, 「XX部（组、中心、室）工作职责」, 「XX部门职责」, 「XX中心基准岗位设置及主要职责」
_UNIT_WORDS = "部门|部|中心|室|组|处|科|分公司|公司|营业部|分局|局|所|队|班|站|办公室|委员会"
_UNIT = re.compile(
    rf"^(?P<name>.{{1,30}}?(?:{_UNIT_WORDS}))(?:[（(][^）)]*[）)])?"
    r"(?:的)?(?:基准)?(?:职责及岗位设置|岗位设置及主要职责|岗位设置及职责|主要职责|工作职责|部门职责|职责|职能)"
    r"[:：]?$"
)
_POST = re.compile(
    r"^(?P<name>.{1,20}?)(?:岗位职责|岗职责|岗位说明)[:：]?$|^(?P<boss>.{1,12}?(?:经理|主任|主管|总监|专员|工程师))[:：]$"
)
_ENDS_SENTENCE = tuple("。；;！!？?")
# 「财务组工作职责1、负责…；2、负责…；」: a unit's duties on its heading's own line
_UNIT_INLINE = re.compile(
    rf"^(?P<name>.{{1,30}}?(?:{_UNIT_WORDS}))(?:[（(][^）)]*[）)])?(?:的)?(?:主要职责|工作职责|部门职责|职责)"
    r"[:：]?\s*(?P<rest>.+)$"
)
_SENTENCE = re.compile(r"(?<=[。；;！!？?])")
# Traditional characters of the words the patterns look for, read as their simplified forms (names keep
# the document's own characters): 部門職責 is 部门职责.
_TRADITIONAL = "門職責組處營隊辦員會崗設經總監專師標關鍵績務運網絡規劃與應並個"
_SIMPLIFIED = "门职责组处营队办员会岗设经总监专师标关键绩务运网络规划与应并个"
_FOLD = str.maketrans(_TRADITIONAL, _SIMPLIFIED)
# A long line holding several numbered parts (text copied from a web page or a PDF): split before each.
_PART_BREAK = re.compile(rf"(?<=[。；;:：责責])\s*(?=(?:\d{{1,2}}[.．、](?!\d)|[{_CN}]{{1,3}}、))")
# 「1.網絡運營部門網絡運營部門是…」: a numbered item that names a department and goes on describing it
_ITEM_UNIT = re.compile(r"^(?P<name>[^，。,；;：:]{2,10}?部门)(?P<rest>.*)$")
_KPI_HEADING = re.compile(r"^(?:考核指标|关键绩效指标|绩效指标|KPI|kpi)[:：]?$")
_SUBUNITS = re.compile(r"下设(?P<list>[^。；;]+)")
_SUBUNIT_NAME = re.compile(rf"^.{{1,20}}?(?:{_UNIT_WORDS})$")
_MAX_POST_TITLE = 20
_LONG_LINE = 120  # characters: a line this long that holds numbered parts is split before each


@dataclass
class DocOwner:
    """A unit or a post found in the document, with its duties and purpose."""

    name: str
    line: int
    duties: list[str] = field(default_factory=list)
    purpose: list[str] = field(default_factory=list)
    kpis: list[str] = field(default_factory=list)  # under 「考核指标」 / 「关键绩效指标」

    def named_kpis(self) -> list[str]:
        """Indicators the duties name (「承担营业收入、市场份额指标」), not already among the KPIs."""
        from orgdesk.domain.health.kpi_suggestions import indicators

        named = [name for duty in self.duties for name in indicators(duty)]
        return [name for name in dict.fromkeys(named) if name not in self.kpis]


@dataclass
class DocUnit(DocOwner):
    posts: list[DocOwner] = field(default_factory=list)
    children: list[str] = field(default_factory=list)  # units named in 「下设…」


@dataclass
class DutyDocument:
    units: list[DocUnit] = field(default_factory=list)
    unassigned: list[tuple[int, str]] = field(default_factory=list)  # (line, text)

    def to_json(self) -> dict[str, object]:
        return {
            "units": [
                {
                    "name": unit.name,
                    "duties": unit.duties,
                    "purpose": " ".join(unit.purpose),
                    "kpis": unit.kpis,
                    "kpis_named_in_duties": unit.named_kpis(),
                    "children": unit.children,
                    "posts": [
                        {
                            "name": post.name,
                            "duties": post.duties,
                            "purpose": " ".join(post.purpose),
                            "kpis": post.kpis,
                            "kpis_named_in_duties": post.named_kpis(),
                        }
                        for post in unit.posts
                    ],
                }
                for unit in self.units
            ],
            "unassigned": [text for _line, text in self.unassigned],
        }


def clean_line(line: str) -> str:
    """A line as the parser reads it: trimmed, `~` (a PDF's ，) restored, full-width digits halved."""
    line = line.strip().replace("~", "，")
    return line.translate(_FULL_WIDTH_DIGITS)


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def parse_duty_document(lines: list[str]) -> DutyDocument:
    """The units, posts and duties of a document's lines (never raises)."""
    return _Reader().read(lines)


def _heading_then_duties(body: str, found: re.Match[str]) -> bool:
    """「财务组工作职责1、负责…」 or 「财务组工作职责：负责…」: the heading ends at a number or a colon."""
    head = body[: found.start("rest")].rstrip()
    return head.endswith((":", "：")) or _INLINE_START.match(found.group("rest")) is not None


class _Reader:
    def __init__(self) -> None:
        self.doc = DutyDocument()
        self.unit: DocUnit | None = None
        self.owner: DocOwner | None = None  # where numbered items go
        self.last_item_open = False  # the last duty did not end a sentence: the next line may go on
        self.in_kpis = False  # numbered items are KPIs (after 「考核指标」) until the next heading
        self.prose_is_duties = False  # under a 「…职责」 heading, unnumbered sentences are duties
        self.in_department_list = False  # after 「…部门职责」: numbered items may each name a department

    def read(self, lines: list[str]) -> DutyDocument:
        for number, raw in enumerate(lines, start=1):
            line = clean_line(raw)
            for part in _PART_BREAK.split(line) if len(line) > _LONG_LINE else [line]:
                if part.strip():
                    self._line(number, part.strip())
        return self.doc

    def _line(self, number: int, line: str) -> None:
        line = _BULLET.sub("", line)
        heading = _HEADING.match(line)
        numbered = _ITEM.match(line) if heading is None else None
        # 「一、市场部职责」 and 「1、市场部职责」 both name a unit: its name without the number
        found = heading or numbered
        body = found.group("rest").strip() if found is not None else line
        folded = body.translate(_FOLD)  # the same length: a match's span names the original text
        if heading is not None and "部门职责" in folded:  # 「一、电信行业核心部门职责」: a list of departments follows
            self.in_department_list = True
            self.doc.unassigned.append((number, line))
            return
        if _KPI_HEADING.match(folded) and self.owner is not None:
            self.in_kpis = True
            return
        if self._note_subunits(line) and self.owner is not None:
            self.owner.purpose.append(line)  # 「本部下设…」 describes the structure: no duty
            return
        unit = _UNIT.match(folded)
        if unit is not None:
            self._unit(number, body[: unit.end("name")])
            self.prose_is_duties = folded.rstrip(":：").endswith("职责")
            return
        inline = _UNIT_INLINE.match(folded)
        if inline is not None and _heading_then_duties(folded, inline):
            self._unit(number, body[: inline.end("name")])
            self.prose_is_duties = True
            self._prose(body[inline.start("rest") :])  # the document's own characters, not the folded ones
            return
        post = _POST.match(folded)
        if post is not None and self.unit is not None:
            name = post.group("name") or post.group("boss")
            start = post.start("name") if post.group("name") else post.start("boss")
            self._post(number, body[start : start + len(name)])
            self.prose_is_duties = True
            return
        if heading is not None and self.unit is not None and self._is_title(body):
            self._post(number, body)
            return
        item = numbered
        named = _ITEM_UNIT.match(folded) if item is not None and self.in_department_list else None
        if named is not None and (named.group("rest").startswith(named.group("name")) or not named.group("rest")):
            self._unit(number, body[: named.end("name")])  # 「1.網絡運營部門網絡運營部門是…」
            assert self.unit is not None
            rest = body[named.end("name") :].strip()
            first, _mark, others = rest.partition("。")
            if first:
                self.unit.purpose.append(first + "。")
            if others.strip():
                self.prose_is_duties = True
                self._prose(others)
            return
        if item is not None and self.owner is not None and item.group("rest").strip():
            if self.in_kpis:
                self.owner.kpis.append(item.group("rest").strip().rstrip("。；;"))
                return
            self._add_duties(item.group("rest").strip(), go_on=False)
            return
        self._loose(number, line)

    def _add_duties(self, text: str, go_on: bool) -> None:
        """Items of one line (「…；2、负责会务。」: numbered inline after a sentence mark), the first
        going on from the last duty when `go_on`."""
        assert self.owner is not None
        parts = [part.strip() for part in _INLINE_ITEM.split(text) if part.strip()]
        for index, part in enumerate(parts):
            if index == 0 and go_on:
                self.owner.duties[-1] += part
            else:
                self.owner.duties.append(part)
        self.last_item_open = not text.endswith(_ENDS_SENTENCE)

    def _prose(self, text: str) -> None:
        """Duties written as prose or numbered inline: 「1、负责…；2、负责…；」, 「负责A。负责B。」."""
        assert self.owner is not None
        start = _ITEM.match(text)
        text = start.group("rest") if start is not None else text
        for piece in _INLINE_ITEM.split(text):
            for sentence in _SENTENCE.split(piece):
                if sentence.strip():
                    self.owner.duties.append(sentence.strip())
        self.last_item_open = not text.rstrip().endswith(_ENDS_SENTENCE)

    def _unit(self, number: int, name: str) -> None:
        name = name.strip(" :：")
        if self.unit is not None and self.unit.name == name:  # 「市场部主要职责:」 inside 市场部's section
            self.owner = self.unit
            return
        self.unit = DocUnit(name, number)
        self.doc.units.append(self.unit)
        self.owner = self.unit
        self.last_item_open = self.in_kpis = False

    def _post(self, number: int, name: str) -> None:
        assert self.unit is not None
        post = DocOwner(name.strip(" :："), number)
        self.unit.posts.append(post)
        self.owner = post
        self.last_item_open = self.in_kpis = False

    def _note_subunits(self, line: str) -> bool:
        """「本部下设综合室、财务室和审计室」: those units are proposed as the current unit's children
        (True when the line named any)."""
        found = _SUBUNITS.search(line)
        if found is None or self.unit is None:
            return False
        named = False
        for name in re.split(r"[、，,和及与]", found.group("list")):
            name = name.strip().removesuffix("等")
            if _SUBUNIT_NAME.match(name):
                named = True
                if name not in self.unit.children:
                    self.unit.children.append(name)
        return named

    @staticmethod
    def _is_title(text: str) -> bool:
        """A post's name, not a sentence: short, no sentence punctuation."""
        return len(text) <= _MAX_POST_TITLE and not any(mark in text for mark in "。；;，,：:")

    def _loose(self, number: int, line: str) -> None:
        """A line that is neither heading nor numbered: the rest of a broken duty, a purpose, or unplaced."""
        owner = self.owner
        if owner is not None and owner.duties and self.last_item_open:
            self._add_duties(line, go_on=True)
        elif owner is not None and not owner.duties and self.prose_is_duties:
            self._prose(line)
        elif owner is not None and owner.duties:
            owner.purpose.append(line)
        elif owner is not None:
            owner.purpose.append(line)  # prose before any numbered duty: what the owner is for
        else:
            self.doc.unassigned.append((number, line))


# ----- reading the document --------------------------------------------------------------------
MAX_DOCUMENT_BYTES = 20 << 20  # 20 MB: far above a 500-page duty document
DOCUMENT_SUFFIXES = (".docx", ".txt", ".md", ".text")

TOO_BIG_DOCUMENT = QT_TRANSLATE_NOOP(
    "Import", "“{path}” is {size} MB; a duty document can be at most {limit} MB. Split it and import the parts."
)
WORD_97 = QT_TRANSLATE_NOOP(
    "Import", "“{path}” is an old Word 97 document (.doc). Open it in Word or WPS, save it as .docx and try again."
)
DAMAGED_DOCUMENT = QT_TRANSLATE_NOOP(
    "Import",
    "“{path}” cannot be read as a Word document ({reason}). Open it in Word or WPS, save it again as .docx "
    "and try again.",
)
NOT_TEXT = QT_TRANSLATE_NOOP(
    "Import", "“{path}” is not text in a known encoding (UTF-8, GB18030, UTF-16). Save it as UTF-8 text and try again."
)
NO_STRUCTURE = QT_TRANSLATE_NOOP(
    "Import",
    "No unit was recognised in “{path}” (headings such as 「市场部主要职责」 or 「一、财务部职责及岗位设置」); "
    "its text is listed as unassigned.",
)


def is_duty_document(path: Path) -> bool:
    """A Word document, or a text file of prose (a .txt of tab-separated columns is a table)."""
    suffix = path.suffix.lower()
    if suffix in (".docx", ".md", ".doc"):
        return True
    if suffix not in (".txt", ".text"):
        return False
    from orgdesk.io.importing.reading import decode_text

    try:
        head = path.read_bytes()[: 64 << 10]
    except OSError:
        return False
    text = decode_text(head)
    if text is None:
        return False
    lines = [line for line in text.splitlines() if line.strip()][:50]
    tabs = [line.count("\t") for line in lines]
    return not lines or sum(1 for count in tabs if count and count == tabs[0]) < 0.8 * len(lines)


def document_lines(path: Path) -> list[str]:
    """The lines of a duty document: a .docx's paragraphs (with Word's own list numbers) and table
    rows, or a text file's lines (UTF-8, GB18030 or UTF-16)."""
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:  # refused before it is read
            raise SpreadsheetImportError(
                TOO_BIG_DOCUMENT, path=str(path), size=size >> 20, limit=MAX_DOCUMENT_BYTES >> 20
            )
        if path.suffix.lower() == ".doc":
            raise SpreadsheetImportError(WORD_97, path=str(path))
        if path.suffix.lower() == ".docx":
            return _docx_lines(path)
        data = path.read_bytes()
    except OSError as error:
        raise SpreadsheetImportError(CANNOT_READ, path=str(path), reason=error.strerror or str(error)) from error
    from orgdesk.io.importing.reading import decode_text

    text = decode_text(data)
    if text is None:
        raise SpreadsheetImportError(NOT_TEXT, path=str(path))
    return text.splitlines()


def _docx_lines(path: Path) -> list[str]:
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        with zipfile.ZipFile(path) as archive:  # a bomb or an encrypted file is refused before python-docx
            if sum(info.file_size for info in archive.infolist()) > 20 * MAX_DOCUMENT_BYTES:
                raise SpreadsheetImportError(TOO_BIG_DOCUMENT, path=str(path), size=0, limit=MAX_DOCUMENT_BYTES >> 20)
        document = docx.Document(str(path))
    except SpreadsheetImportError:
        raise
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError) as error:
        raise SpreadsheetImportError(DAMAGED_DOCUMENT, path=str(path), reason=type(error).__name__) from error
    numbers = _ListNumbers(document)
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            lines.append(numbers.prefix(paragraph) + paragraph.text)
        elif tag == "tbl":
            table = Table(child, document)
            for row in table.rows:
                cells = [cell.text.strip() for cell in row.cells]
                unique = [text for index, text in enumerate(cells) if text and text not in cells[:index]]
                lines.extend(text for text in "\n".join(unique).splitlines())
    return lines


class _ListNumbers:
    """The numbers Word shows before list paragraphs (numbering.xml, not typed digits): one counter
    per list and level, in the list's format (1. / 一、 / (1) / ①)."""

    _FORMATS: ClassVar[dict[str, str]] = {
        "decimal": "{n}.",
        "chineseCounting": "{cn}、",
        "chineseCountingThousand": "{cn}、",
        "ideographTraditional": "{cn}、",
        "decimalEnclosedCircle": "{circle}",
        "decimalEnclosedParen": "({n})",
        "decimalEnclosedCircleChinese": "{circle}",
    }

    def __init__(self, document: object) -> None:
        self.formats: dict[tuple[str, int], str] = {}
        self.counters: dict[tuple[str, int], int] = {}
        try:
            numbering = document.part.numbering_part.element  # type: ignore[attr-defined]
        except (AttributeError, KeyError, NotImplementedError):
            return
        abstract = {}
        for node in numbering.iterchildren():
            if node.tag.endswith("}abstractNum"):
                levels = {}
                for level in node.iterchildren():
                    if level.tag.endswith("}lvl"):
                        fmt = next((c.get(_W + "val") for c in level.iterchildren() if c.tag.endswith("}numFmt")), None)
                        levels[int(level.get(_W + "ilvl", "0"))] = fmt or "decimal"
                abstract[node.get(_W + "abstractNumId")] = levels
        for node in numbering.iterchildren():
            if node.tag.endswith("}num"):
                ref = next((c.get(_W + "val") for c in node.iterchildren() if c.tag.endswith("}abstractNumId")), None)
                for level, fmt in abstract.get(ref, {}).items():
                    self.formats[(node.get(_W + "numId"), level)] = fmt

    def prefix(self, paragraph: object) -> str:
        numbering = _numbering_of(paragraph)
        if numbering is None or numbering.numId is None:
            return ""
        num_id = str(numbering.numId.val)
        level = int(numbering.ilvl.val) if numbering.ilvl is not None else 0
        fmt = self.formats.get((num_id, level), "decimal")
        if fmt in ("bullet", "none"):
            return ""
        for deeper in [key for key in self.counters if key[0] == num_id and key[1] > level]:
            del self.counters[deeper]
        count = self.counters.get((num_id, level), 0) + 1
        self.counters[(num_id, level)] = count
        template = self._FORMATS.get(fmt, "{n}.")
        circle = chr(0x2460 + count - 1) if count <= 20 else f"({count})"
        return template.format(n=count, cn=_chinese_number(count), circle=circle)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _numbering_of(paragraph: object) -> Any:
    """The paragraph's list numbering: its own, else its style's (Word's 「List Number」 styles)."""
    properties = paragraph._p.pPr  # type: ignore[attr-defined]  # noqa: SLF001 - python-docx's element
    numbering = properties.numPr if properties is not None else None
    style = getattr(paragraph, "style", None)
    while numbering is None and style is not None:
        style_properties = style.element.pPr
        numbering = style_properties.numPr if style_properties is not None else None
        style = style.base_style
    return numbering


def _chinese_number(number: int) -> str:
    digits = "零一二三四五六七八九"
    if number < 10:
        return digits[number]
    if number < 20:
        return "十" + (digits[number % 10] if number % 10 else "")
    if number < 100:
        return digits[number // 10] + "十" + (digits[number % 10] if number % 10 else "")
    return str(number)


# ----- into the document ------------------------------------------------------------------------
def plan_duty_document(
    writer: PlanWriter, parsed: DutyDocument, under: Unit | None, source: str, kpis_from_duties: bool = False
) -> None:
    """Units found by name in the scenario (else added under `under` or the top unit), their posts
    found by title (else added), duties added unless the owner already has the same text."""
    if not parsed.units:
        writer.problem(source, 0, NO_STRUCTURE, rejected=False, path=source)
    doc = writer.doc
    existing = {unit.name: unit for unit in doc.units_of_scenario(writer.scenario_id)}
    attach = under or writer.root()
    for found in parsed.units:
        unit = existing.get(found.name)
        if unit is None:
            unit = writer.add_unit(attach, found.name, description="".join(found.purpose))
            existing[found.name] = unit
        _add_duties(writer, OwnerKind.UNIT, unit.id, found.duties)
        _add_kpis(writer, OwnerKind.UNIT, unit.id, found.kpis + (found.named_kpis() if kpis_from_duties else []))
        for child in found.children:
            if child not in existing:
                existing[child] = writer.add_unit(unit, child)
        posts = {post.title: post for post in doc.positions_of(unit.id)} if doc.get("unit", unit.id) else {}
        for found_post in found.posts:
            post = posts.get(found_post.name)
            if post is None:
                post = writer.add_position(unit, found_post.name, headcount=1, purpose="".join(found_post.purpose))
                posts[found_post.name] = post
            _add_duties(writer, OwnerKind.POSITION, post.id, found_post.duties)
            named = found_post.named_kpis() if kpis_from_duties else []
            _add_kpis(writer, OwnerKind.POSITION, post.id, found_post.kpis + named)


def _add_duties(writer: PlanWriter, owner_kind: OwnerKind, owner_id: int, duties: list[str]) -> None:
    known = (
        {duty.text for duty in writer.doc.duties_of(owner_kind, owner_id)}
        if _exists(writer, owner_kind, owner_id)
        else set()
    )
    for text in _new_texts(duties, known):
        writer.add_duty(owner_kind, owner_id, text, level=1)


def _exists(writer: PlanWriter, owner_kind: OwnerKind, owner_id: int) -> bool:
    """The owner is in the document already (not one this import adds)."""
    return writer.doc.get(str(owner_kind), owner_id) is not None


def _new_texts(texts: list[str], known: set[str]) -> list[str]:
    """`texts` in order, without those the owner has already and without repeats."""
    return [text for text in dict.fromkeys(texts) if text not in known]


def plan_duty_import(
    document: Document, scenario_id: int, path: Path, under_unit_id: int | None = None, kpis_from_duties: bool = False
) -> tuple[ImportPlan, DutyDocument]:
    """What importing the duty document at `path` would add (nothing is written), and what was read."""
    lines = document_lines(path)
    parsed = parse_duty_document(lines)
    writer = PlanWriter(document, scenario_id, path.name)
    under = document.unit(under_unit_id) if under_unit_id is not None else None
    plan_duty_document(writer, parsed, under, path.name, kpis_from_duties)
    return writer.finish(len(lines), "duties"), parsed


def _add_kpis(writer: PlanWriter, owner_kind: OwnerKind, owner_id: int, names: list[str]) -> None:
    known = (
        {kpi.name for kpi in writer.doc.kpis_of(owner_kind, owner_id)}
        if _exists(writer, owner_kind, owner_id)
        else set()
    )
    for name in _new_texts(names, known):
        writer.add_kpi(owner_kind, owner_id, name)
