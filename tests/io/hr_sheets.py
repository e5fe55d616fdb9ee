"""Spreadsheets shaped the way a telecom branch's HR office keeps them, built for the tests:
a 花名册 with a merged title row, a note row and 一级/二级/三级部门 columns; the same saved as
Excel 97 (.xls, by LibreOffice); an HR system's GB18030 CSV with 部门全路径; a 定编表 with 部门
merged down over its posts, 小计 rows and a 合计 row."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from tests.external_tools import require

ROSTER_HEADERS = [
    "序号", "一级部门", "二级部门", "三级部门", "岗位", "姓名", "工号", "性别", "身份证号", "用工性质", "岗级",
    "入职日期", "籍贯", "职称",
]  # fmt: skip

# 一级|二级|三级|岗位|姓名|工号|性别|身份证号|用工性质|岗级|入职日期|籍贯|职称
ROSTER_TEXT = """
综合部|||总经理|王建国|10001|男|440106197001011234|合同制|M1|1995-07-01|广东广州|高级经济师
综合部|||副总经理|李红|10002|女|44010619750202224X|合同制|M2|1998-03-01|湖南长沙|
综合部|办公室||主任|张伟|10003|男|440106198003033333|合同制|M4|2003-08-01||
综合部|办公室||文秘|刘洋|10004|女|440106199004044444|劳务派遣|P7|2015-09-01||
综合部|办公室||文秘|陈静|10005|女|440106199105055555|劳务派遣|P7|2016-09-01||
综合部|人力资源室||主任|杨帆|10006|男|440106198206066666|合同制|M4|2004-07-01||
综合部|人力资源室||薪酬专员|赵敏|10007|女|440106199207077777|合同制|P6|2014-07-01||经济师
网络部|||经理|黄强|10008|男|440106197508088888|合同制|M3|1997-07-01||高级工程师
网络部|传输室||主任|周杰|10009|男|440106198109099999|合同制|M4|2003-07-01||
网络部|传输室|光缆班|班长|吴刚|10010|男|440106198510101010|合同制|P5|2008-07-01||
网络部|传输室|光缆班|线务员|郑龑|10011|男|440106199011111111|外包|O3|2018-03-01||
网络部|传输室|光缆班|线务员|孙磊|10012|男|440106199112121212|外包|O3|2019-03-01||
网络部|传输室|光缆班|线务员|钱䶮|10013|男|440106199201131313|外包|O3|2020-03-01||
网络部|传输室||传输工程师|冯涛|10014|男|440106198802141414|合同制|P6|2011-07-01||工程师
网络部|无线室||主任|何平|10015|男|440106198203151515|合同制|M4|2005-07-01||
网络部|无线室||无线优化工程师|罗敏|10016|女|440106199004161616|合同制|P6|2013-07-01||
网络部|无线室||无线优化工程师|梁晨|10017|男|440106199305171717|实习||2026-07-01||
市场部|||经理|宋佳|10018|女|440106197806181818|合同制|M3|2000-07-01||
市场部|政企客户中心||客户经理|唐宁|10019|女|440106199107191919|合同制|P5|2014-07-01||
市场部|政企客户中心||客户经理|韩雪|10020|女|440106199208202020|合同制|P5|2015-07-01||
市场部|政企客户中心||客户经理|曹阳|10021|男|440106199309212121|劳务派遣|P4|2017-07-01||
市场部|||市场策划|许诺|10022|女|440106198910222222|退休返聘|P6|2024-01-01||
"""
ROSTER_PEOPLE: list[list[object]] = [
    [date.fromisoformat(cell) if index == 10 else cell for index, cell in enumerate(line.split("|"))]
    for line in ROSTER_TEXT.strip().splitlines()
]


def write_roster_xlsx(path: Path) -> Path:
    """The 花名册: a merged title row, a note row, the header on row 3; some ID numbers as numbers."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "花名册"
    sheet.append(["某市分公司员工花名册（截至2026年11月30日）"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(ROSTER_HEADERS))
    sheet["A1"].font = Font(size=16, bold=True)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(["填表说明：一人一行；三级部门为空表示在二级部门。", None, None, None, None, None, "单位：人"])
    sheet.append(ROSTER_HEADERS)
    for number, person in enumerate(ROSTER_PEOPLE, start=1):
        level1, level2, level3, post, name, code, gender, id_number, kind, grade, hired, place, title = person
        assert isinstance(id_number, str)
        # As HR offices type them: most ID numbers as text, one as a number (Excel shows 4.40106E+17).
        id_cell: object = int(id_number) if number == 8 else id_number
        sheet.append(
            [number, level1, level2, level3, post, name, code, gender, id_cell, kind, grade, hired, place, title]
        )
        sheet.cell(sheet.max_row, 12).number_format = "yyyy-mm-dd"
    book.save(path)
    return path


def convert_with_libreoffice(source: Path, suffix: str, folder: Path) -> Path:
    """`source` saved by LibreOffice as `suffix` ("xls": Excel 97), as WPS and old HR systems write it."""
    soffice = require("soffice")
    profile = folder / "lo-profile"
    result = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            suffix,
            "--outdir",
            str(folder),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    target = folder / f"{source.stem}.{suffix}"
    assert result.returncode == 0 and target.exists(), result.stderr
    shutil.rmtree(profile, ignore_errors=True)
    return target


HR_SYSTEM_HEADER = (
    "员工编号,姓名,性别,出生日期,部门全路径,岗位名称,岗位等级,用工形式,身份证号码,政治面貌,参加工作时间,手机"
)
HR_SYSTEM_CSV = (
    HR_SYSTEM_HEADER
    + """
A0001,林海,男,1980/05/06,某市分公司>网络运维中心,主任,M3,合同制,440106198005061234,中共党员,2002-07,13800000001
A0002,马丽,女,1988/11/02,某市分公司>网络运维中心>传输室,主任,M4,合同制,44010619881102222X,中共党员,2010-07,13800000002
A0003,高峰,男,1990/01/15,某市分公司>网络运维中心>传输室>光缆班,班长,P5,合同制,440106199001153333,群众,2012-07,13800000003
A0004,邓䶮,男,1995/03/20,某市分公司>网络运维中心>传输室>光缆班,线务员,O3,劳务派遣,440106199503204444,共青团员,2016-03,13800000004
A0005,彭飞,男,1996/08/08,某市分公司>网络运维中心>传输室>光缆班,线务员,O3,劳务派遣,440106199608085555,群众,2017-03,13800000005
A0006,苏雨,女,1992/12/12,某市分公司>客户服务中心,客服代表,O4,外包,440106199212126666,群众,2015-09,13800000006
"""
)


def write_hr_system_csv(path: Path) -> Path:
    path.write_bytes(HR_SYSTEM_CSV.encode("gb18030"))
    return path


# 部门 | 岗位 | 岗级 | 编制 | 在岗 | 备注, 部门 merged down over its posts, 小计 after each department
STAFFING: list[tuple[str, list[tuple[str, str, int, int, str]]]] = [
    ("综合部", [("主任", "M4", 1, 1, ""), ("文秘", "P7", 2, 1, "缺1人"), ("人事专员", "P6", 2, 2, "")]),
    ("网络部", [("经理", "M3", 1, 1, ""), ("传输工程师", "P6", 4, 3, ""), ("线务员", "O3", 8, 8, "含外包")]),
    ("市场部", [("经理", "M3", 1, 0, "待聘"), ("客户经理", "P5", 6, 5, "")]),
]


def write_staffing_xlsx(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "定编表"
    sheet.append(["某市分公司2027年定岗定编表"])
    sheet.merge_cells("A1:F1")
    sheet.append(["部门", "岗位", "岗级", "编制", "在岗", "备注"])
    total_planned = total_staffed = 0
    for unit, posts in STAFFING:
        first = sheet.max_row + 1
        for index, (post, grade, planned, staffed, note) in enumerate(posts):
            sheet.append([unit if index == 0 else None, post, grade, planned, staffed, note or None])
        sheet.merge_cells(start_row=first, start_column=1, end_row=sheet.max_row, end_column=1)
        planned_sum = sum(p[2] for p in posts)
        staffed_sum = sum(p[3] for p in posts)
        sheet.append(["小计", None, None, planned_sum, staffed_sum, None])
        total_planned += planned_sum
        total_staffed += staffed_sum
    sheet.append(["合计", None, None, total_planned, total_staffed, None])
    book.save(path)
    return path
