<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../orgdesk/app.py" line="36"/>
        <source>“{argument}” is neither a command (see orgdesk --help) nor an OrgDesk document (.orgdesk).</source>
        <translation>“{argument}”既不是命令（见 orgdesk --help），也不是 OrgDesk 文档（.orgdesk）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/app.py" line="229"/>
        <source>Something went wrong ({error}). Every edit made so far is saved in the document; if this happens again, please report it.</source>
        <translation>出现了问题（{error}）。到目前为止的每一处修改都已保存在文档中；如果再次发生，请报告此问题。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/app.py" line="244"/>
        <source>OrgDesk</source>
        <translation>OrgDesk</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../../orgdesk/ui/health/runner.py" line="110"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/runner.py" line="110"/>
        <source>Health Check</source>
        <translation>组织体检</translation>
    </message>
</context>
<context>
    <name>BackgroundRunner</name>
    <message>
        <location filename="../../orgdesk/ui/background.py" line="108"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/background.py" line="108"/>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/background.py" line="144"/>
        <source>{rows} rows read…</source>
        <translation>已读取 {rows} 行…</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../orgdesk/cli/common.py" line="42"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/dispatch.py" line="23"/>
        <source>OrgDesk: organisation charts and organisation design.</source>
        <translation>OrgDesk：组织机构图与组织设计。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/documents.py" line="34"/>
        <source>create a document</source>
        <translation>新建文档</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/documents.py" line="35"/>
        <source>the .orgdesk file to create</source>
        <translation>要创建的 .orgdesk 文件</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/documents.py" line="39"/>
        <source>fill it with the bundled sample organisation</source>
        <translation>填入内置的示例组织</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/documents.py" line="41"/>
        <source>organisation name (default: the file name)</source>
        <translation>组织名称（默认：文件名）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/documents.py" line="42"/>
        <location filename="../../orgdesk/cli/team.py" line="24"/>
        <source>replace an existing file</source>
        <translation>替换已有文件</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/documents.py" line="44"/>
        <source>show counts and the unit tree</source>
        <translation>显示统计数字和组织树</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/documents.py" line="207"/>
        <source>The text is longer than {limit} characters; split it and try again.</source>
        <translation>文本超过 {limit} 个字符；请拆分后重试。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="63"/>
        <location filename="../../orgdesk/cli/analysis.py" line="86"/>
        <location filename="../../orgdesk/cli/analysis.py" line="134"/>
        <location filename="../../orgdesk/cli/importing.py" line="42"/>
        <source>an .orgdesk file</source>
        <translation>一个 .orgdesk 文件</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="87"/>
        <location filename="../../orgdesk/cli/documents.py" line="51"/>
        <location filename="../../orgdesk/cli/export.py" line="33"/>
        <location filename="../../orgdesk/cli/importing.py" line="81"/>
        <source>scenario name (default: the current one)</source>
        <translation>方案名称（默认：当前方案）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="70"/>
        <location filename="../../orgdesk/cli/analysis.py" line="88"/>
        <location filename="../../orgdesk/cli/documents.py" line="52"/>
        <location filename="../../orgdesk/cli/team.py" line="27"/>
        <source>print one JSON object</source>
        <translation>输出一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/documents.py" line="54"/>
        <source>work with duty lists</source>
        <translation>处理职责清单</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/documents.py" line="57"/>
        <source>split pasted duty text into numbered items (JSON)</source>
        <translation>把粘贴的职责文本拆分为编号条目（JSON）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/documents.py" line="59"/>
        <source>a text file, or - for stdin</source>
        <translation>文本文件，或用 - 表示标准输入</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/export.py" line="30"/>
        <source>write an Excel workbook, an org-chart PDF or a booklet PDF</source>
        <translation>导出 Excel 工作簿、组织机构图 PDF 或岗位说明书 PDF</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/export.py" line="37"/>
        <source>language of sheet names, headers and labels (default: the system&apos;s)</source>
        <translation>工作表名、表头和标签的语言（默认：系统语言）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/export.py" line="39"/>
        <source>write the roster workbook</source>
        <translation>导出花名册工作簿</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/export.py" line="40"/>
        <source>write the org-chart PDF</source>
        <translation>导出组织机构图 PDF</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/export.py" line="42"/>
        <source>write the job-description booklet PDF</source>
        <translation>导出岗位说明书 PDF</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/export.py" line="44"/>
        <source>write the chart as a PNG picture</source>
        <translation>将组织机构图写为 PNG 图片</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/export.py" line="45"/>
        <source>write the chart as an SVG drawing</source>
        <translation>将组织机构图写为 SVG 矢量图</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/export.py" line="50"/>
        <source>PNG resolution in dots per inch (default 96: the chart&apos;s size on screen)</source>
        <translation>PNG 分辨率（每英寸点数，默认 96：与屏幕上的大小相同）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/export.py" line="55"/>
        <source>only this unit and its sub-units, e.g. &quot;某分公司/市场部&quot;</source>
        <translation>只导出此单位及其下级单位，例如 &quot;某分公司/市场部&quot;</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/export.py" line="58"/>
        <source>chart: levels below the root to show</source>
        <translation>机构图：显示根单位以下的层数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/export.py" line="60"/>
        <source>paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/export.py" line="61"/>
        <source>landscape pages</source>
        <translation>横向页面</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/common.py" line="29"/>
        <source>an .orgdesk file or a server URL postgresql://user@host/database</source>
        <translation>一个 .orgdesk 文件，或服务器地址 postgresql://用户@主机/数据库</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/documents.py" line="49"/>
        <source>update a server document&apos;s format to this OrgDesk&apos;s (affects every planner)</source>
        <translation>把服务器文档的格式升级为本版 OrgDesk 的格式（影响所有规划人员）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/export.py" line="66"/>
        <source>chart: one sheet, tiles over several sheets, or a department per page</source>
        <translation>组织机构图：缩放到一页、分页拼贴到多页，或每页一个部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/export.py" line="69"/>
        <source>chart layout</source>
        <translation>机构图布局</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/documents.py" line="65"/>
        <source>“{path}” already exists; use --force to replace it.</source>
        <translation>“{path}”已存在；如需替换请加 --force。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/documents.py" line="71"/>
        <source>Created {path}</source>
        <translation>已创建 {path}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/common.py" line="50"/>
        <source>The document has no scenario.</source>
        <translation>该文档没有任何方案。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/common.py" line="57"/>
        <source>No scenario named “{name}”; the document has: {names}.</source>
        <translation>没有名为“{name}”的方案；文档中的方案有：{names}。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/documents.py" line="144"/>
        <source>{indent}{name} [{type}]  posts {posts}, headcount {headcount}, filled {filled}</source>
        <translation>{indent}{name} [{type}]  岗位 {posts}，编制 {headcount}，在岗 {filled}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="37"/>
        <location filename="../../orgdesk/cli/documents.py" line="168"/>
        <source>Units</source>
        <translation>部门数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="38"/>
        <location filename="../../orgdesk/cli/documents.py" line="169"/>
        <source>Posts</source>
        <translation>岗位数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="39"/>
        <location filename="../../orgdesk/cli/documents.py" line="170"/>
        <source>People</source>
        <translation>人员数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/documents.py" line="171"/>
        <source>Assignments</source>
        <translation>任职数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="40"/>
        <location filename="../../orgdesk/cli/documents.py" line="172"/>
        <source>Duties</source>
        <translation>职责数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="41"/>
        <location filename="../../orgdesk/cli/documents.py" line="173"/>
        <source>KPIs</source>
        <translation>考核指标数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/documents.py" line="174"/>
        <source>Relations</source>
        <translation>协作关系数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/documents.py" line="175"/>
        <source>Depth</source>
        <translation>层级深度</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/documents.py" line="180"/>
        <source>Scenarios: {names}</source>
        <translation>方案：{names}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/documents.py" line="202"/>
        <source>Cannot read “{path}”: {reason}.</source>
        <translation>无法读取“{path}”：{reason}。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/common.py" line="78"/>
        <source>No unit “{path}” in scenario “{scenario}”.</source>
        <translation>方案“{scenario}”中没有单位“{path}”。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/export.py" line="77"/>
        <source>Say what to write: --xlsx, --chart-pdf, --booklet-pdf, --png or --svg.</source>
        <translation>请指定要输出的内容：--xlsx、--chart-pdf、--booklet-pdf、--png 或 --svg。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="158"/>
        <location filename="../../orgdesk/cli/analysis.py" line="298"/>
        <location filename="../../orgdesk/cli/export.py" line="97"/>
        <location filename="../../orgdesk/cli/export.py" line="113"/>
        <location filename="../../orgdesk/cli/export.py" line="121"/>
        <location filename="../../orgdesk/cli/export.py" line="145"/>
        <location filename="../../orgdesk/cli/team.py" line="78"/>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/dispatch.py" line="68"/>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/dispatch.py" line="73"/>
        <source>Internal error: {error} (set ORGDESK_DEBUG=1 for details)</source>
        <translation>内部错误：{error}（设置 ORGDESK_DEBUG=1 可查看详情）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="62"/>
        <source>compare two scenarios of a document</source>
        <translation>比较文档中的两个方案</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="65"/>
        <source>the scenario to compare from</source>
        <translation>比较的原方案</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="68"/>
        <source>the scenario to compare to</source>
        <translation>比较的目标方案</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="74"/>
        <source>also write the comparison (对照表) as an Excel workbook</source>
        <translation>同时将对照表写成 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="77"/>
        <source>also write the comparison as a PDF for the meeting</source>
        <translation>同时将对照写成供会议使用的 PDF</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="82"/>
        <source>language of the workbook and PDF (default: the system&apos;s)</source>
        <translation>工作簿和 PDF 的语言（默认：系统语言）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="85"/>
        <source>health check of a scenario (体检)</source>
        <translation>方案体检</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="90"/>
        <source>also write the findings as an Excel workbook</source>
        <translation>同时将体检结果写入 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="95"/>
        <source>language of the workbook (default: the system&apos;s)</source>
        <translation>工作簿的语言（默认：系统语言）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="104"/>
        <source>similarity from which two duties overlap, in percent (default: {value})</source>
        <translation>两条职责相似度达到多少（百分比）算作交叉（默认：{value}）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="114"/>
        <source>allowed direct reports of a manager post (default: {low}-{high})</source>
        <translation>负责人岗位允许的直接下级数（默认：{low}-{high}）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="125"/>
        <source>deepest level below the top unit (default: {value})</source>
        <translation>最高机构以下允许的最大层级数（默认：{value}）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="129"/>
        <source>work with scenarios</source>
        <translation>管理方案</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="132"/>
        <source>copy a scenario (units, posts, duties, KPIs, holders)</source>
        <translation>复制方案（机构、岗位、职责、考核指标、任职人员）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="135"/>
        <source>the scenario to copy</source>
        <translation>要复制的方案</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="136"/>
        <source>the new scenario&apos;s name</source>
        <translation>新方案的名称</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="160"/>
        <source>Comparing “{before}” → “{after}”</source>
        <translation>比较“{before}” → “{after}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="163"/>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="251"/>
        <source>give a whole number from 1 to 100</source>
        <translation>请给出 1 到 100 之间的整数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="258"/>
        <source>write it as MIN-MAX, e.g. 3-12</source>
        <translation>请写成 最小-最大，例如 3-12</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="279"/>
        <source>Health check of “{scenario}”: {errors} errors, {warnings} warnings, {notes} notes, {suggestions} suggestions</source>
        <translation>“{scenario}”体检结果：错误 {errors} 项，警告 {warnings} 项，提示 {notes} 项，建议 {suggestions} 项</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/analysis.py" line="338"/>
        <source>Copied “{source}” as “{name}”</source>
        <translation>已将“{source}”复制为“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="30"/>
        <source>add units, posts and people from an Excel workbook or CSV file</source>
        <translation>从 Excel 工作簿或 CSV 文件导入机构、岗位和人员</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="32"/>
        <source>Import a workbook exported by OrgDesk (exactly), or anyone&apos;s org sheet: the tree from id and parent-id columns, a parent-name column, a path column or a level column; or rows of posts/people with a manager id. The import is one edit (one undo step); with rejected rows nothing is written unless --on-error skip. Fields for --map: {fields}.</source>
        <translation>导入 OrgDesk 导出的工作簿（完全还原），或任何人的组织表格：由编号与上级编号列、上级名称列、路径列或层级列构成树；也可以是带上级编号的岗位/人员行。导入是一次编辑（一步撤销）；有被拒绝的行时，除非指定 --on-error skip，否则不写入任何内容。--map 可用的字段：{fields}。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="48"/>
        <source>the .xlsx, .csv or .json file (a JSON list of records)</source>
        <translation>.xlsx、.csv 或 .json 文件（JSON 记录列表）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="50"/>
        <source>sheet name (default: the first with data)</source>
        <translation>工作表名称（默认：第一个有数据的工作表）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="55"/>
        <source>row of the headers (default: detect)</source>
        <translation>表头所在行（默认：自动识别）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="62"/>
        <source>use column HEADER for FIELD, one of: {fields}</source>
        <translation>用 HEADER 列作为字段 FIELD，字段可为：{fields}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="67"/>
        <source>separator in path columns (default: the one the column uses)</source>
        <translation>路径列中的分隔符（默认：该列所用的分隔符）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="73"/>
        <source>rows are units, or posts/people with a manager id (default: detect)</source>
        <translation>各行是机构，还是带上级编号的岗位/人员（默认：自动识别）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="79"/>
        <source>rejected rows: skip them, or import nothing (default)</source>
        <translation>被拒绝的行：跳过，或全部不导入（默认）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="83"/>
        <source>put the top units under this unit</source>
        <translation>把顶层机构放到此机构之下</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="86"/>
        <source>only report what would be imported</source>
        <translation>只报告将导入的内容，不写入</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="91"/>
        <source>with a duty document: also add the KPIs its duties name (…指标)</source>
        <translation>导入职责文档时：同时添加职责中提到的考核指标（…指标）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="97"/>
        <source>the file is this month&apos;s roster of the organisation in the document: match people by employee number, list who joined, left, moved or changed, and apply it as one edit</source>
        <translation>该文件是本文档所述组织的本月花名册：按工号匹配人员，列出入职、离职、调动和变化情况，并作为一次修改应用</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="108"/>
        <source>with --update: keep leavers (marked as left, without posts) or remove them</source>
        <translation>与 --update 同用：保留离职人员（标为离职，不再任岗）或将其删除</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="117"/>
        <source>--leavers goes with --update (a monthly roster refresh).</source>
        <translation>--leavers 须与 --update（每月花名册更新）一起使用。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="146"/>
        <source>{count} rows were skipped.</source>
        <translation>已跳过 {count} 行。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="168"/>
        <source>Imported from {source}: {units} units, {posts} posts, {duties} duties.</source>
        <translation>已从 {source} 导入：部门 {units} 个，岗位 {posts} 个，职责 {duties} 条。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="179"/>
        <source>Sheet “{sheet}”, row {row}: {reason}</source>
        <translation>工作表“{sheet}”第 {row} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="181"/>
        <source>Note: sheet “{sheet}”, row {row}: {reason}</source>
        <translation>提示：工作表“{sheet}”第 {row} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="184"/>
        <source>Note: sheet “{sheet}”: {reason}</source>
        <translation>提示：工作表“{sheet}”：{reason}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="188"/>
        <source>… and {count} more.</source>
        <translation>……另有 {count} 条。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="192"/>
        <source>Joined: {count}</source>
        <translation>新入职：{count} 人</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="193"/>
        <source>Left (no longer on the roster): {count}</source>
        <translation>离职（已不在花名册中）：{count} 人</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="194"/>
        <source>Moved to another unit or post: {count}</source>
        <translation>调动部门或岗位：{count} 人</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="195"/>
        <source>Type of employment changed: {count}</source>
        <translation>用工性质变化：{count} 人</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="196"/>
        <source>Post grade changed: {count}</source>
        <translation>岗位岗级变化：{count} 个</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="197"/>
        <source>New units the roster implies: {count}</source>
        <translation>花名册带来的新部门：{count} 个</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="198"/>
        <source>New posts the roster implies: {count}</source>
        <translation>花名册带来的新岗位：{count} 个</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="214"/>
        <source>Nothing to update: {source} matches the organisation.</source>
        <translation>无需更新：{source} 与组织现状一致。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="216"/>
        <source>Would update the roster from {source}.</source>
        <translation>将根据 {source} 更新花名册。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="218"/>
        <source>Updated the roster from {source}; Edit › Undo in the window takes it back.</source>
        <translation>已根据 {source} 更新花名册；在窗口中用“编辑 › 撤销”可整体撤回。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="222"/>
        <source>Would import from {source}: {units} units, {posts} posts, {people} people.</source>
        <translation>将从 {source} 导入：机构 {units} 个，岗位 {posts} 个，人员 {people} 人。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/importing.py" line="224"/>
        <source>Imported from {source}: {units} units, {posts} posts, {people} people.</source>
        <translation>已从 {source} 导入：机构 {units} 个，岗位 {posts} 个，人员 {people} 人。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/common.py" line="108"/>
        <source>Password for {location}: </source>
        <translation>{location} 的密码：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/team.py" line="20"/>
        <source>copy a document between a file and a server (either way)</source>
        <translation>在文件与服务器之间复制文档（双向均可）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/team.py" line="23"/>
        <source>a new .orgdesk file or an empty server database</source>
        <translation>一个新的 .orgdesk 文件，或服务器上的空数据库</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/team.py" line="25"/>
        <source>show who changed what, and when</source>
        <translation>显示谁在何时修改了什么</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/team.py" line="28"/>
        <source>write the history workbook</source>
        <translation>写出修改历史工作簿</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/team.py" line="29"/>
        <source>only changes of this kind (unit, position, …)</source>
        <translation>只显示此类对象的修改（unit、position……）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/team.py" line="30"/>
        <source>only this item&apos;s id</source>
        <translation>只显示此 id 的对象</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/team.py" line="39"/>
        <source>Copied to {target}</source>
        <translation>已复制到 {target}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/arguments.py" line="28"/>
        <source>give a whole number ({limit}), not “{text}”</source>
        <translation>请给出整数（{limit}），而不是“{text}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli/arguments.py" line="47"/>
        <source>give a resolution from {low:g} to {high:g} dots per inch, not “{text}”</source>
        <translation>请给出 {low:g} 到 {high:g} 之间的分辨率（点/英寸），而不是“{text}”</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <location filename="../../orgdesk/ui/compare/changes.py" line="35"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/changes.py" line="35"/>
        <source>What changed</source>
        <translation>变化内容</translation>
    </message>
</context>
<context>
    <name>ChartActions</name>
    <message>
        <location filename="../../orgdesk/ui/canvas/view.py" line="334"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/view.py" line="338"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/view.py" line="340"/>
        <source>&amp;Fit Chart to Window</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/view.py" line="342"/>
        <source>Actual &amp;Size (100 %)</source>
        <translation>实际大小 (100 %)(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/view.py" line="347"/>
        <source>Chart &amp;Top Down</source>
        <translation>机构图自上而下(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/view.py" line="348"/>
        <source>Chart &amp;Left to Right</source>
        <translation>机构图从左到右(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/view.py" line="349"/>
        <source>Chart &amp;Compact</source>
        <translation>机构图紧凑排列(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/view.py" line="360"/>
        <source>&amp;Unit Chart</source>
        <translation>组织机构图(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/view.py" line="361"/>
        <source>Show the organisation chart of units (组织机构图)</source>
        <translation>显示各单位的组织机构图</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/view.py" line="362"/>
        <source>&amp;Post Chart</source>
        <translation>岗位设置图(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/view.py" line="363"/>
        <source>Show the posts of the selected unit linked by reports-to (岗位设置图)</source>
        <translation>显示所选单位的岗位及其汇报关系（岗位设置图）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/view.py" line="376"/>
        <source>Expand to Level &amp;{level}</source>
        <translation>展开到第 {level} 级(&amp;{level})</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/view.py" line="426"/>
        <source>E&amp;xpand Chart</source>
        <translation>展开机构图(&amp;X)</translation>
    </message>
</context>
<context>
    <name>ChartScene</name>
    <message>
        <location filename="../../orgdesk/ui/canvas/scene.py" line="384"/>
        <source>&amp;Expand</source>
        <translation>展开(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/scene.py" line="386"/>
        <source>&amp;Collapse</source>
        <translation>折叠(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../orgdesk/domain/compare.py" line="122"/>
        <source>Top-level unit</source>
        <translation>一级机构</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare.py" line="123"/>
        <source>Units</source>
        <translation>机构数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare.py" line="124"/>
        <source>Posts</source>
        <translation>岗位数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare.py" line="125"/>
        <source>Headcount</source>
        <translation>编制</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare.py" line="126"/>
        <source>Filled</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="17"/>
        <source>Unit “{name}” added under “{parent}”</source>
        <translation>新增机构“{name}”，隶属“{parent}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="18"/>
        <source>Unit “{name}” removed (it was under “{parent}”)</source>
        <translation>撤销机构“{name}”（原隶属“{parent}”）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="19"/>
        <source>Unit “{name}” moved from “{old}” to “{new}”</source>
        <translation>机构“{name}”由“{old}”调整到“{new}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="20"/>
        <source>Unit “{old}” renamed to “{new}”</source>
        <translation>机构“{old}”更名为“{new}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="21"/>
        <source>Unit “{name}”: type changed from “{old}” to “{new}”</source>
        <translation>机构“{name}”：类型由“{old}”改为“{new}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="22"/>
        <source>{count} units merged into “{name}”: {sources}</source>
        <translation>{count} 个机构合并为“{name}”：{sources}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="23"/>
        <source>“{name}” split into {count} units: {targets}</source>
        <translation>“{name}”拆分为 {count} 个机构：{targets}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="24"/>
        <source>Post “{title}” added in “{unit}”</source>
        <translation>“{unit}”新增岗位“{title}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="25"/>
        <source>Post “{title}” removed from “{unit}”</source>
        <translation>“{unit}”撤销岗位“{title}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="26"/>
        <source>Post “{title}” moved from “{old}” to “{new}”</source>
        <translation>岗位“{title}”由“{old}”调整到“{new}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="27"/>
        <source>Post “{old}” in “{unit}” renamed to “{new}”</source>
        <translation>“{unit}”的岗位“{old}”更名为“{new}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="28"/>
        <source>Post “{title}” in “{unit}”: headcount {old} → {new}</source>
        <translation>“{unit}”的岗位“{title}”：编制 {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="29"/>
        <source>{name} moves from “{old}” to “{new}”</source>
        <translation>{name} 由“{old}”调整到“{new}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="30"/>
        <source>{name} has no post any more (was “{old}”)</source>
        <translation>{name} 不再任岗（原为“{old}”）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="31"/>
        <source>{name} gets the post “{new}” (had none)</source>
        <translation>{name} 任“{new}”（原无岗位）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="32"/>
        <source>Duty added to “{owner}”: {text}</source>
        <translation>“{owner}”新增职责：{text}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="33"/>
        <source>Duty removed from “{owner}”: {text}</source>
        <translation>“{owner}”删除职责：{text}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="34"/>
        <source>Duty moved from “{old}” to “{new}”: {text}</source>
        <translation>职责由“{old}”划转到“{new}”：{text}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="35"/>
        <source>Duty of “{owner}” reworded: {old} → {new}</source>
        <translation>“{owner}”的职责表述修改：{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="36"/>
        <source>Duty moved from “{old}” to “{new}” and reworded: {text}</source>
        <translation>职责由“{old}”划转到“{new}”并修改表述：{text}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="37"/>
        <source>KPI “{name}” added to “{owner}”</source>
        <translation>“{owner}”新增考核指标“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="38"/>
        <source>KPI “{name}” removed from “{owner}”</source>
        <translation>“{owner}”删除考核指标“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="39"/>
        <source>KPI “{name}” moved from “{old}” to “{new}”</source>
        <translation>考核指标“{name}”由“{old}”划转到“{new}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="40"/>
        <source>KPI “{name}” of “{owner}” changed: {fields}</source>
        <translation>“{owner}”的考核指标“{name}”已修改：{fields}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/layout/compare_chart.py" line="40"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../orgdesk/layout/compare_chart.py" line="41"/>
        <source>Removed (faded)</source>
        <translation>撤销（淡色）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/layout/compare_chart.py" line="42"/>
        <source>Moved</source>
        <translation>调整隶属</translation>
    </message>
    <message>
        <location filename="../../orgdesk/layout/compare_chart.py" line="43"/>
        <source>Renamed or retyped</source>
        <translation>更名或改类型</translation>
    </message>
    <message>
        <location filename="../../orgdesk/layout/compare_chart.py" line="44"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
</context>
<context>
    <name>CompareChanges</name>
    <message>
        <location filename="../../orgdesk/domain/compare_entries.py" line="25"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_entries.py" line="26"/>
        <source>removed</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_entries.py" line="27"/>
        <source>moved</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_entries.py" line="28"/>
        <source>renamed</source>
        <translation>更名</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_entries.py" line="29"/>
        <source>retyped</source>
        <translation>改类型</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_entries.py" line="30"/>
        <source>changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_entries.py" line="31"/>
        <source>merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_entries.py" line="32"/>
        <source>split</source>
        <translation>拆分</translation>
    </message>
</context>
<context>
    <name>CompareExport</name>
    <message>
        <location filename="../../orgdesk/io/reports/compare_xlsx.py" line="26"/>
        <source>Totals</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_xlsx.py" line="27"/>
        <source>Changes</source>
        <translation>变化清单</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_xlsx.py" line="28"/>
        <source>Top-level unit</source>
        <translation>一级机构</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_xlsx.py" line="30"/>
        <source>Units</source>
        <translation>机构数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_xlsx.py" line="31"/>
        <source>Posts</source>
        <translation>岗位数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_xlsx.py" line="32"/>
        <source>Headcount</source>
        <translation>编制</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_xlsx.py" line="33"/>
        <source>Filled</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_xlsx.py" line="36"/>
        <source>{figure} before</source>
        <translation>{figure}（原）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_xlsx.py" line="37"/>
        <source>{figure} after</source>
        <translation>{figure}（新）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_xlsx.py" line="38"/>
        <source>{figure} change</source>
        <translation>{figure}（增减）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_xlsx.py" line="40"/>
        <source>Whole organisation: {name}</source>
        <translation>全组织：{name}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_xlsx.py" line="42"/>
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_xlsx.py" line="43"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_xlsx.py" line="44"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_xlsx.py" line="46"/>
        <source>Comparison “{before}” → “{after}”</source>
        <translation>方案对照：“{before}” → “{after}”</translation>
    </message>
</context>
<context>
    <name>CompareExports</name>
    <message>
        <location filename="../../orgdesk/ui/compare/exports.py" line="39"/>
        <source>The 对照表: totals per top-level unit and every change, as an Excel workbook</source>
        <translation>对照表：各一级机构汇总及全部变化，导出为 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/exports.py" line="41"/>
        <source>Totals, the chart coloured by change and the change list, for the meeting</source>
        <translation>汇总、按变化着色的架构图和变化清单，供会议使用</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/exports.py" line="55"/>
        <source>{before}-{after}-comparison</source>
        <translation>{before}-{after}-对照表</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/exports.py" line="64"/>
        <source>Export Comparison to Excel</source>
        <translation>导出对照表到 Excel</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/exports.py" line="64"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/exports.py" line="72"/>
        <source>Export Comparison to PDF</source>
        <translation>导出对照到 PDF</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/exports.py" line="72"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/exports.py" line="90"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/exports.py" line="92"/>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
</context>
<context>
    <name>CompareGroups</name>
    <message>
        <location filename="../../orgdesk/domain/compare_entries.py" line="18"/>
        <source>Units</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_entries.py" line="19"/>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_entries.py" line="20"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_entries.py" line="21"/>
        <source>Duties</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_entries.py" line="22"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
</context>
<context>
    <name>ComparePdf</name>
    <message>
        <location filename="../../orgdesk/io/reports/compare_pdf.py" line="48"/>
        <source>Comparison of scenarios</source>
        <translation>方案对照</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_pdf.py" line="118"/>
        <source>Page {page}</source>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_pdf.py" line="122"/>
        <source>{count} changes</source>
        <translation>共 {count} 处变化</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_pdf.py" line="124"/>
        <location filename="../../orgdesk/io/reports/compare_pdf.py" line="176"/>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_pdf.py" line="138"/>
        <source>Whole organisation: {name}</source>
        <translation>全组织：{name}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_pdf.py" line="146"/>
        <source>Totals per top-level unit</source>
        <translation>各一级机构汇总</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_pdf.py" line="152"/>
        <source>Chart of “{name}”</source>
        <translation>“{name}”架构图</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_pdf.py" line="168"/>
        <source>The top {levels} levels; the change list names every change.</source>
        <translation>仅显示上 {levels} 层；全部变化见变化清单。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_pdf.py" line="174"/>
        <source>Changes</source>
        <translation>变化清单</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_pdf.py" line="178"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/compare_pdf.py" line="179"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../orgdesk/ui/compare/__init__.py" line="19"/>
        <source>&amp;Compare Scenarios…</source>
        <translation>方案对比(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/__init__.py" line="23"/>
        <source>Compare two scenarios: a chart coloured by change, the change list and totals</source>
        <translation>对比两个方案：按变化着色的架构图、变化清单和汇总</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/window.py" line="75"/>
        <source>Compare Scenarios</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/window.py" line="97"/>
        <source>&amp;Compare</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/window.py" line="101"/>
        <source>Export &amp;Excel…</source>
        <translation>导出 &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/window.py" line="102"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/window.py" line="116"/>
        <source>&amp;From:</source>
        <translation>原方案(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/window.py" line="118"/>
        <source>&amp;To:</source>
        <translation>新方案(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/window.py" line="163"/>
        <source>{name} (current)</source>
        <translation>{name}（现行）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/window.py" line="191"/>
        <source>The document changed after this comparison. Press Compare to bring it up to date.</source>
        <translation>对比之后文档已有修改。请按“对比”更新结果。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/window.py" line="205"/>
        <source>Comparing the scenarios…</source>
        <translation>正在对比方案…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/window.py" line="219"/>
        <source>No differences between “{before}” and “{after}”.</source>
        <translation>“{before}”与“{after}”没有差异。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/window.py" line="222"/>
        <source>{count} changes from “{before}” to “{after}”. Choose a change to see it in the chart and in the main window.</source>
        <translation>从“{before}”到“{after}”共 {count} 处变化。选择一项变化，即可在架构图和主窗口中查看。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/window.py" line="233"/>
        <source>Comparison failed</source>
        <translation>对比失败</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/window.py" line="235"/>
        <source>The scenarios could not be compared: {error}. Try again; if it fails again, save a copy of the document and report the problem.</source>
        <translation>无法对比这两个方案：{error}。请重试；如仍失败，请另存一份文档副本并报告此问题。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/window.py" line="258"/>
        <source>Item not found</source>
        <translation>找不到该项</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/compare/window.py" line="259"/>
        <source>This item was deleted after the comparison. Press Compare to bring the list up to date.</source>
        <translation>该项在对比之后已被删除。请按“对比”更新清单。</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../../orgdesk/ui/documents.py" line="76"/>
        <source>“{path}” could not be opened ({detail}); OrgDesk did not change it.</source>
        <translation>无法打开“{path}”（{detail}）；OrgDesk 未修改该文件。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/documents.py" line="108"/>
        <source>Cannot open the document</source>
        <translation>无法打开文档</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/documents.py" line="121"/>
        <source>Open Document</source>
        <translation>打开文档</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/documents.py" line="125"/>
        <location filename="../../orgdesk/ui/documents.py" line="133"/>
        <source>New organisation</source>
        <translation>新组织</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/documents.py" line="126"/>
        <source>New Document</source>
        <translation>新建文档</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/documents.py" line="138"/>
        <location filename="../../orgdesk/ui/documents.py" line="189"/>
        <source>Cannot create the document</source>
        <translation>无法创建文档</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/documents.py" line="147"/>
        <source>{name} copy</source>
        <translation>{name} 副本</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/documents.py" line="148"/>
        <source>Save Document As</source>
        <translation>文档另存为</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/documents.py" line="157"/>
        <source>Cannot save a copy</source>
        <translation>无法保存副本</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/documents.py" line="183"/>
        <source>Cannot create the sample document</source>
        <translation>无法创建示例文档</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/documents.py" line="188"/>
        <source>“{path}” is the open document; choose another name.</source>
        <translation>“{path}”是当前打开的文档，请换一个文件名。</translation>
    </message>
</context>
<context>
    <name>DutiesPanel</name>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="233"/>
        <source>Select a unit in the tree to see its duties.</source>
        <translation>在组织树中选择一个部门以查看其职责。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="255"/>
        <source>&amp;Add duty</source>
        <translation>添加职责(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="256"/>
        <source>&amp;Delete duty</source>
        <translation>删除职责(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="257"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="258"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="260"/>
        <source>&amp;Paste numbered text…</source>
        <translation>粘贴编号文本(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="332"/>
        <source>New duty</source>
        <translation>新职责</translation>
    </message>
</context>
<context>
    <name>DutyDocumentDialog</name>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="61"/>
        <source>Import a Duty Document — {file}</source>
        <translation>导入职责文档 — {file}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="64"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="64"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="69"/>
        <source>As &amp;Unit</source>
        <translation>设为部门(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="70"/>
        <source>As &amp;Post</source>
        <translation>设为岗位(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="71"/>
        <source>As &amp;Duty</source>
        <translation>设为职责(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="72"/>
        <source>I&amp;gnore</source>
        <translation>忽略(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="74"/>
        <source>&amp;Merge with the Item Above</source>
        <translation>与上一项合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="83"/>
        <source>Match units by name; new ones go under the top unit</source>
        <translation>按名称匹配已有部门；新部门放在顶层部门之下</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="86"/>
        <source>Under the selected unit (no unit is selected)</source>
        <translation>放在所选部门之下（未选择部门）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="90"/>
        <source>New units under the selected unit “{name}”</source>
        <translation>新部门放在所选部门“{name}”之下</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="93"/>
        <source>Also add the KPIs the duties name ({count})</source>
        <translation>同时添加职责中提到的考核指标（{count} 个）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="100"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="125"/>
        <source>Unassigned text</source>
        <translation>未归属的文字</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="155"/>
        <source>Unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="155"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="155"/>
        <source>Duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="155"/>
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="170"/>
        <source>The document gives {units} units, {posts} posts and {duties} duties.</source>
        <translation>该文档给出 {units} 个部门、{posts} 个岗位和 {duties} 条职责。</translation>
    </message>
</context>
<context>
    <name>DutyImportController</name>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="248"/>
        <source>Import &amp;Duty Document…</source>
        <translation>导入职责文档(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="251"/>
        <source>Units, posts and duties from a Word or text 职责说明书</source>
        <translation>从 Word 或文本格式的职责说明书导入部门、岗位和职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="257"/>
        <source>Open or create a document you can change, then import into it.</source>
        <translation>请先打开或新建一个可以修改的文档，再导入。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="260"/>
        <location filename="../../orgdesk/ui/duty_import.py" line="308"/>
        <source>Import a Duty Document</source>
        <translation>导入职责文档</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="260"/>
        <source>Duty documents (*.docx *.txt *.md);;All files (*)</source>
        <translation>职责文档 (*.docx *.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="295"/>
        <source>Nothing new to import: the units, posts and duties are already in the document.</source>
        <translation>没有新内容可导入：这些部门、岗位和职责已在文档中。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/duty_import.py" line="301"/>
        <source>Imported {units} units, {posts} posts and {duties} duties from “{file}”; Undo removes them.</source>
        <translation>已从“{file}”导入 {units} 个部门、{posts} 个岗位和 {duties} 条职责；撤销可将其移除。</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../orgdesk/ui/editing.py" line="128"/>
        <source>The change was not made</source>
        <translation>未能修改</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/editing.py" line="149"/>
        <source>New unit</source>
        <translation>新部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/editing.py" line="171"/>
        <source>Delete “{name}” with {units} sub-units, {posts} posts, {people} people assigned, {duties} duties and {kpis} KPIs? You can undo this.</source>
        <translation>删除“{name}”及其 {units} 个下级部门、{posts} 个岗位、{people} 名在岗人员、{duties} 条职责和 {kpis} 个 KPI？删除后可以撤销。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/editing.py" line="181"/>
        <source>Delete unit</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/editing.py" line="181"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../orgdesk/io/chart/drawing.py" line="23"/>
        <source>Scenario “{scenario}” has no units, so there is no chart to export; add a unit first.</source>
        <translation>方案“{scenario}”中没有任何单位，无法导出组织机构图；请先添加单位。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/chart/drawing.py" line="26"/>
        <source>Cannot write “{path}”: {reason}. Choose another folder, or close the file if another program has it open.</source>
        <translation>无法写入“{path}”：{reason}。请选择其他文件夹；如果该文件正被其他程序打开，请先关闭。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/chart/pdf_writer.py" line="58"/>
        <source>The chart does not fit legibly on one {paper} sheet: it would print at {percent} %, and text needs at least {minimum} %. Print it on tiles (--fit tiles), on {suggestion} paper, or fewer levels (--depth, --root).</source>
        <translation>组织机构图无法清晰地打印在一张 {paper} 纸上：需要缩小到 {percent}%，而文字至少需要 {minimum}%。请改为分页拼接打印（--fit tiles）、使用 {suggestion} 纸，或减少层级（--depth、--root）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/chart/pdf_writer.py" line="63"/>
        <source>The chart does not fit legibly on one {paper} sheet, nor on A0: it would print at {percent} %, and text needs at least {minimum} %. Print it on tiles (--fit tiles), or fewer levels (--depth, --root).</source>
        <translation>组织机构图无法清晰地打印在一张 {paper} 纸上，A0 也不够：需要缩小到 {percent}%，而文字至少需要 {minimum}%。请改为分页拼接打印（--fit tiles），或减少层级（--depth、--root）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/chart/pdf_writer.py" line="68"/>
        <source>{pages} pages: an overview and {tiles} sheets of a grid {columns} across × {rows} down (blank ones left out), overlapping by 8 mm: glue them along the crop marks.</source>
        <translation>共 {pages} 页：1 页总览和 {tiles} 张分页（横 {columns} × 纵 {rows} 的网格，空白页已省略），相邻分页重叠 8 毫米，请沿裁切标记拼接。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/chart/png.py" line="25"/>
        <source>At {dpi} dpi the chart would be {width} × {height} pixels, too large for one picture. Choose a lower resolution (at most {fits} dpi), fewer levels, or one unit&apos;s subtree; or export a PDF.</source>
        <translation>按 {dpi} dpi 输出时图片将达 {width} × {height} 像素，过大无法生成。请降低分辨率（最多 {fits} dpi）、减少层级或只导出某个单位的下级架构；也可以导出 PDF。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/workbook/writer.py" line="37"/>
        <source>Cannot write “{path}”: {reason}. Close it if it is open in Excel or WPS, or choose another folder.</source>
        <translation>无法写入“{path}”：{reason}。如果该文件已在 Excel 或 WPS 中打开，请先关闭，或选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/workbook/writer.py" line="40"/>
        <source>Sheet “{sheet}” would have more rows than Excel allows (1,048,576); export a part of the tree.</source>
        <translation>工作表“{sheet}”的行数将超过 Excel 的上限（1,048,576 行）；请只导出组织树的一部分。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/workbook/writer.py" line="43"/>
        <source>The document has no scenario with id {id}; choose another scenario.</source>
        <translation>文档中没有编号为 {id} 的方案；请选择其他方案。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/chart/department_pages.py" line="48"/>
        <source>The sub-units of {units} do not fit legibly on one {paper} sheet even one level at a time; they print smaller than the legible minimum. Choose tiles, or bigger paper, for these.</source>
        <translation>{units} 的下级单位即使每页只排一级，也无法清晰地印在一张 {paper} 纸上，打印出来会小于可读的最小字号。请为这些单位选择分页拼贴或更大的纸张。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/glyph_check.py" line="24"/>
        <source>These characters have no glyph in OrgDesk&apos;s fonts and would print as empty boxes: {items}. Install a font that has them (on Debian or Ubuntu: the package fonts-hanazono), or change these names.</source>
        <translation>以下字符在 OrgDesk 的字体中没有字形，打印出来会是空白方框：{items}。请安装包含这些字符的字体（Debian 或 Ubuntu：安装软件包 fonts-hanazono），或修改这些名称。</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="64"/>
        <source>&amp;Excel Workbook (Roster)…</source>
        <translation>Excel 工作簿（花名册）(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="67"/>
        <source>Structure, establishment, posts, roster, duties and KPIs of the shown scenario, for Excel or WPS</source>
        <translation>当前方案的组织架构、定编表、岗位、花名册、岗位职责和考核指标，可用 Excel 或 WPS 打开</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="69"/>
        <source>Chart as &amp;PDF…</source>
        <translation>组织机构图 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="72"/>
        <source>&amp;Job-Description Booklet (PDF)…</source>
        <translation>岗位说明书汇编 PDF(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="74"/>
        <source>Chart as P&amp;NG Picture…</source>
        <translation>组织机构图 PNG 图片(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="75"/>
        <source>Chart as &amp;SVG Drawing…</source>
        <translation>组织机构图 SVG 矢量图(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="161"/>
        <source>Export an Excel Workbook</source>
        <translation>导出 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="161"/>
        <source>roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="161"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="184"/>
        <source>Export the Chart as PDF</source>
        <translation>导出组织机构图 PDF</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="184"/>
        <location filename="../../orgdesk/ui/exporting.py" line="287"/>
        <source>chart</source>
        <translation>组织机构图</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="184"/>
        <location filename="../../orgdesk/ui/exporting.py" line="246"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="221"/>
        <source>{reason}

Export it on tiles over several sheets instead?</source>
        <translation>{reason}

改为分页拼贴导出到多张纸上吗？</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="222"/>
        <location filename="../../orgdesk/ui/exporting.py" line="332"/>
        <location filename="../../orgdesk/ui/exporting.py" line="336"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="222"/>
        <source>Use Tiles</source>
        <translation>分页拼贴</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="229"/>
        <source>The chart does not fit legibly on one {paper} sheet, nor on A0: it would print at {percent} %, and text needs at least {minimum} %. Choose tiles, or fewer levels, or the selected unit only.</source>
        <translation>组织机构图无法清晰地印在一张 {paper} 纸上，A0 也不行：只能缩放到 {percent} %，而文字至少需要 {minimum} % 才能看清。请选择分页拼贴、减少层级，或只导出所选单位。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="233"/>
        <source>The chart does not fit legibly on one {paper} sheet: it would print at {percent} %, and text needs at least {minimum} %. Choose tiles, {suggestion} paper, or fewer levels, or the selected unit only.</source>
        <translation>组织机构图无法清晰地印在一张 {paper} 纸上：只能缩放到 {percent} %，而文字至少需要 {minimum} % 才能看清。请选择分页拼贴、改用 {suggestion} 纸张、减少层级，或只导出所选单位。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="243"/>
        <source>Export the Job-Description Booklet</source>
        <translation>导出岗位说明书汇编</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="244"/>
        <source>job descriptions</source>
        <translation>岗位说明书</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="282"/>
        <source>Export the Chart as PNG</source>
        <translation>导出组织机构图 PNG</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="282"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="285"/>
        <source>Export the Chart as SVG</source>
        <translation>导出组织机构图 SVG</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="285"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="322"/>
        <source>Writing “{file}”…</source>
        <translation>正在写入“{file}”…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="329"/>
        <source>Exported “{file}”.</source>
        <translation>已导出“{file}”。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="331"/>
        <source>“{file}” was written. Please note:</source>
        <translation>已写入“{file}”。请注意：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="343"/>
        <source>The file cannot be written ({reason}). Choose another folder or file name.</source>
        <translation>无法写入文件（{reason}）。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/exporting.py" line="347"/>
        <source>The export failed ({reason}). Try again; if it fails again, report it.</source>
        <translation>导出失败（{reason}）。请重试；如果仍然失败，请报告此问题。</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="70"/>
        <source>The whole chart</source>
        <translation>整张组织机构图</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="70"/>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="72"/>
        <source>“{unit}” and the units below it</source>
        <translation>“{unit}”及其下属单位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="73"/>
        <source>&amp;Include:</source>
        <translation>范围(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="77"/>
        <source>Compact (deep levels stacked)</source>
        <translation>紧凑（深层级纵向排列）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="78"/>
        <source>Top down</source>
        <translation>自上而下</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="79"/>
        <source>Left to right</source>
        <translation>从左到右</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="85"/>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="86"/>
        <source>How many levels below the top unit to show</source>
        <translation>显示最上层单位以下的几级</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="88"/>
        <source>&amp;Landscape</source>
        <translation>横向(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="93"/>
        <source>On one sheet (if the text stays legible)</source>
        <translation>缩放到一页（文字仍清晰可读时）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="94"/>
        <source>On tiles over several sheets, to glue together</source>
        <translation>分页拼贴（多页打印后拼接）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="95"/>
        <source>A department per page, with page references</source>
        <translation>每页一个部门（注明续页页码）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="102"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="104"/>
        <source>La&amp;yout:</source>
        <translation>布局(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="105"/>
        <source>Le&amp;vels:</source>
        <translation>层级(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="107"/>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="110"/>
        <source>&amp;Fit:</source>
        <translation>排版(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="112"/>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="120"/>
        <source>Print Preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="120"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="131"/>
        <source>Export the Chart as PDF</source>
        <translation>导出组织机构图 PDF</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="132"/>
        <source>Export the Job-Description Booklet</source>
        <translation>导出岗位说明书汇编</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="133"/>
        <source>Export the Chart as a PNG Picture</source>
        <translation>导出组织机构图为 PNG 图片</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="134"/>
        <source>Export the Chart as an SVG Drawing</source>
        <translation>导出组织机构图为 SVG 矢量图</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="135"/>
        <source>Print the Chart</source>
        <translation>打印组织机构图</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/export_options.py" line="136"/>
        <source>Print the Job-Description Booklet</source>
        <translation>打印岗位说明书汇编</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="79"/>
        <source>organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="80"/>
        <source>unit_type</source>
        <translation>部门类型</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="81"/>
        <source>scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="82"/>
        <source>unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="83"/>
        <source>position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="84"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="85"/>
        <source>assignment</source>
        <translation>任职</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="86"/>
        <source>duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="87"/>
        <source>kpi</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="88"/>
        <source>relation</source>
        <translation>协作关系</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="44"/>
        <location filename="../../orgdesk/domain/rules.py" line="89"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="90"/>
        <source>title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="91"/>
        <source>text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="92"/>
        <source>headcount</source>
        <translation>编制数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="48"/>
        <location filename="../../orgdesk/domain/rules.py" line="93"/>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="94"/>
        <source>code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="95"/>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="96"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="45"/>
        <location filename="../../orgdesk/domain/rules.py" line="127"/>
        <source>definition</source>
        <translation>指标定义</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="46"/>
        <location filename="../../orgdesk/domain/rules.py" line="128"/>
        <source>measure_unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="47"/>
        <location filename="../../orgdesk/domain/rules.py" line="129"/>
        <source>target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="49"/>
        <location filename="../../orgdesk/domain/rules.py" line="97"/>
        <source>period</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/compare_items.py" line="50"/>
        <location filename="../../orgdesk/domain/rules.py" line="98"/>
        <source>direction</source>
        <translation>指标方向</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="99"/>
        <source>owner_kind</source>
        <translation>归属类型</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="100"/>
        <source>from_kind</source>
        <translation>起点类型</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="101"/>
        <source>to_kind</source>
        <translation>终点类型</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="102"/>
        <source>parent_id</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="103"/>
        <source>sort_order</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="104"/>
        <source>scenario_id</source>
        <translation>所属方案</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="105"/>
        <source>unit_id</source>
        <translation>所属部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="106"/>
        <source>owner_id</source>
        <translation>归属对象</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="107"/>
        <source>person_id</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="108"/>
        <source>position_id</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="109"/>
        <source>origin_id</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="110"/>
        <source>id</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="111"/>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="112"/>
        <source>short_name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="113"/>
        <source>grade</source>
        <translation>职级</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="114"/>
        <source>category</source>
        <translation>岗位类别</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="115"/>
        <source>purpose</source>
        <translation>岗位目的</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="116"/>
        <source>qualifications</source>
        <translation>任职资格</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="117"/>
        <source>education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="118"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="119"/>
        <source>email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="120"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="121"/>
        <source>employment_type</source>
        <translation>用工性质</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="122"/>
        <source>id_number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="123"/>
        <source>work_start_date</source>
        <translation>参加工作时间</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="124"/>
        <source>political_status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="125"/>
        <source>extra</source>
        <translation>其他列</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="126"/>
        <source>heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="130"/>
        <source>label</source>
        <translation>标注</translation>
    </message>
</context>
<context>
    <name>FindingDetails</name>
    <message>
        <location filename="../../orgdesk/ui/health/details.py" line="26"/>
        <source>Unit</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/details.py" line="27"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/details.py" line="28"/>
        <source>Duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/details.py" line="29"/>
        <source>KPI</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/details.py" line="77"/>
        <source>Go to:</source>
        <translation>转到：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/details.py" line="87"/>
        <source>{count} findings shown. Choose one to see it in full.</source>
        <translation>显示 {count} 条问题。选择一条查看完整内容。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/details.py" line="91"/>
        <source>Add All {count} Suggested KPIs</source>
        <translation>添加全部 {count} 条建议指标</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/details.py" line="101"/>
        <source>The document changed after the check; run the check again (F9) first.</source>
        <translation>体检后文档已有改动；请先重新运行体检（F9）。</translation>
    </message>
</context>
<context>
    <name>FindingsExporter</name>
    <message>
        <location filename="../../orgdesk/ui/health/exporting.py" line="40"/>
        <source>health-check</source>
        <translation>体检结果</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/exporting.py" line="43"/>
        <source>Export Findings to Excel</source>
        <translation>将体检结果导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/exporting.py" line="43"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/exporting.py" line="49"/>
        <source>Writing {count} findings to {file}…</source>
        <translation>正在将 {count} 条体检结果写入 {file}…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/exporting.py" line="57"/>
        <source>The workbook was not written: {reason}. Choose another folder or file name.</source>
        <translation>工作簿未能写入：{reason}。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/exporting.py" line="60"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>GlyphPrompt</name>
    <message>
        <location filename="../../orgdesk/ui/glyph_prompt.py" line="38"/>
        <source>… and {count} more</source>
        <translation>……另有 {count} 项</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/glyph_prompt.py" line="40"/>
        <source>Some names and texts have characters that none of the fonts has; they would print as empty boxes:

{items}

Install a font that has them (on Debian or Ubuntu: the package fonts-hanazono), or correct these names first. Go on anyway?</source>
        <translation>部分名称和文字含有所有字体都没有的字符，打印出来会是空白方框：

{items}

请安装包含这些字符的字体（Debian 或 Ubuntu：安装软件包 fonts-hanazono），或先修改这些名称。仍要继续吗？</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/glyph_prompt.py" line="44"/>
        <source>Characters Missing from the Fonts</source>
        <translation>字体缺少的字符</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/glyph_prompt.py" line="45"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <location filename="../../orgdesk/domain/health/gaps.py" line="17"/>
        <source>No post of “{unit}” covers its duty “{text}”. Give it to a post, or delete it if the unit no longer does it.</source>
        <translation>“{unit}”的职责“{text}”没有岗位承担。请把它分配给某个岗位；如果部门已不再承担，请删除。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/gaps.py" line="21"/>
        <source>“{unit}” has {count} duties but none of its posts has any; divide the duties among the posts.</source>
        <translation>“{unit}”有 {count} 条职责，但其岗位都没有职责；请把职责分解到各岗位。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/gaps.py" line="24"/>
        <source>“{unit}” has no duties; write down what the unit is for (部门职能).</source>
        <translation>“{unit}”没有职责；请写明部门职能。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/gaps.py" line="25"/>
        <source>{count} posts of “{unit}” have no duties: {titles}.</source>
        <translation>“{unit}”有 {count} 个岗位没有职责：{titles}。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/gaps.py" line="26"/>
        <source>{count} posts of “{unit}” have no KPIs: {titles}.</source>
        <translation>“{unit}”有 {count} 个岗位没有考核指标：{titles}。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/gaps.py" line="27"/>
        <source>The KPI weights of “{owner}” add up to {total} %, not 100 %; adjust the weights.</source>
        <translation>“{owner}”的考核指标权重合计为 {total}%，不是 100%；请调整权重。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/gaps.py" line="30"/>
        <source>No duty of “{owner}” mentions the KPIs {names}; add the duty they measure, or move them to the owner that has it.</source>
        <translation>“{owner}”的职责中没有与考核指标 {names} 相关的内容；请补充这些指标所考核的职责，或把指标移到承担该职责的单位或岗位。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/kpi_suggestions.py" line="26"/>
        <source>The duty “{text}” of “{owner}” names indicators; add them as KPIs: {names}.</source>
        <translation>“{owner}”的职责“{text}”提到了指标；建议添加为考核指标：{names}。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/kpi_suggestions.py" line="27"/>
        <source>Add the suggested KPIs</source>
        <translation>添加建议的考核指标</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/model.py" line="32"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/model.py" line="33"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/model.py" line="34"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/model.py" line="35"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/model.py" line="58"/>
        <source>Duty overlaps</source>
        <translation>职责交叉</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/model.py" line="59"/>
        <source>Duties no post covers</source>
        <translation>无岗位承担的职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/model.py" line="60"/>
        <source>Units and posts without duties</source>
        <translation>无职责的机构和岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/model.py" line="61"/>
        <source>Posts without KPIs</source>
        <translation>无考核指标的岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/model.py" line="62"/>
        <source>KPI weights</source>
        <translation>考核指标权重</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/model.py" line="63"/>
        <source>KPIs without a duty</source>
        <translation>无对应职责的考核指标</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/model.py" line="64"/>
        <source>Units without a manager post</source>
        <translation>无负责人岗位的机构</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/model.py" line="65"/>
        <source>Overstaffing and vacancies</source>
        <translation>超编与缺编</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/model.py" line="66"/>
        <source>Span of control</source>
        <translation>管理幅度</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/model.py" line="67"/>
        <source>Depth</source>
        <translation>层级深度</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/model.py" line="68"/>
        <source>Empty units</source>
        <translation>空机构</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/model.py" line="69"/>
        <source>Duplicate names</source>
        <translation>重名</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/model.py" line="70"/>
        <source>Post codes</source>
        <translation>岗位编号</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/model.py" line="71"/>
        <source>Duty wording</source>
        <translation>职责表述</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/model.py" line="72"/>
        <source>Suggested KPIs</source>
        <translation>建议的考核指标</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/overlaps.py" line="25"/>
        <source>{count} owners have the same or a near-identical duty “{text}”: {owners}. Keep it with one owner and let the others cooperate.</source>
        <translation>{count} 个单位或岗位有相同或相近的职责“{text}”：{owners}。请由一方牵头承担，其他方配合。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/overlaps.py" line="30"/>
        <source>{owners} share {duties} same or near-identical duties: {texts}. Keep each with one owner; the others cooperate.</source>
        <translation>{owners} 有 {duties} 条相同或相近的职责：{texts}。每条职责请由一方牵头承担，其他方配合。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/structure.py" line="21"/>
        <source>“{unit}” has no manager post; mark one of its posts as the manager.</source>
        <translation>“{unit}”没有负责人岗位；请把其中一个岗位标为负责人。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/structure.py" line="22"/>
        <source>“{unit}” has neither posts nor sub-units; add posts or delete the unit.</source>
        <translation>“{unit}”既没有岗位也没有下级机构；请添加岗位或删除该机构。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/structure.py" line="23"/>
        <source>“{unit}” is overstaffed (超编) by {count}: {posts}. Raise the headcount or move the extra holders.</source>
        <translation>“{unit}”超编 {count} 人：{posts}。请增加编制或调出多余人员。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/structure.py" line="26"/>
        <source>“{unit}” has {count} vacancies (缺编): {posts}.</source>
        <translation>“{unit}”缺编 {count} 人：{posts}。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/structure.py" line="27"/>
        <source>“{post}” has {span} direct reports, more than {limit}; add a level or a deputy.</source>
        <translation>“{post}”有 {span} 个直接下级，超过 {limit} 个；建议增加层级或设副职。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/structure.py" line="30"/>
        <source>“{post}” has only {span} direct report(s), fewer than {limit}; consider merging the level.</source>
        <translation>“{post}”只有 {span} 个直接下级，少于 {limit} 个；可考虑合并这一层级。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/structure.py" line="33"/>
        <source>“{unit}” lies {depth} levels below the top unit (limit {limit}), with {count} units; flatten here.</source>
        <translation>“{unit}”位于最高机构以下第 {depth} 层（上限 {limit} 层），涉及 {count} 个机构；建议在此压缩层级。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/structure.py" line="36"/>
        <source>{count} units under “{parent}” are named “{name}”; rename them.</source>
        <translation>“{parent}”下有 {count} 个机构都叫“{name}”；请重新命名。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/structure.py" line="37"/>
        <source>{count} posts of “{unit}” have no post code (岗位编号): {titles}.</source>
        <translation>“{unit}”有 {count} 个岗位没有岗位编号：{titles}。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/structure.py" line="38"/>
        <source>The post code “{code}” is used by {count} posts: {titles}.</source>
        <translation>岗位编号“{code}”被 {count} 个岗位使用：{titles}。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/structure.py" line="39"/>
        <source>Generate post codes</source>
        <translation>生成岗位编号</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/writing.py" line="20"/>
        <source>“{text}” opens with “{verb}”: say what this owner itself delivers, verb + object (e.g. 组织…, 审核…).</source>
        <translation>“{text}”以“{verb}”开头：请写明本单位或岗位自己完成的工作，采用动宾结构（如 组织…、审核…）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/writing.py" line="24"/>
        <source>“{text}” says only “负责…”: add the action (制定, 组织, 审核 …) so that it reads verb + object.</source>
        <translation>“{text}”只写了“负责…”：请写出具体动作（制定、组织、审核……），使其成为动宾结构。</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <location filename="../../orgdesk/ui/health/__init__.py" line="20"/>
        <source>Health Check</source>
        <translation>组织体检</translation>
    </message>
</context>
<context>
    <name>HealthExport</name>
    <message>
        <location filename="../../orgdesk/io/reports/health_xlsx.py" line="27"/>
        <source>Findings</source>
        <translation>体检结果</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/health_xlsx.py" line="28"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/health_xlsx.py" line="30"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/health_xlsx.py" line="31"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/health_xlsx.py" line="32"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/health_xlsx.py" line="33"/>
        <source>Items</source>
        <translation>涉及对象</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/health_xlsx.py" line="34"/>
        <source>Fix offered</source>
        <translation>可用修正</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/health_xlsx.py" line="36"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <location filename="../../orgdesk/ui/health/panel.py" line="65"/>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/panel.py" line="83"/>
        <source>Run &amp;Health Check</source>
        <translation>运行组织体检(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/panel.py" line="85"/>
        <source>Check the shown scenario for duty overlaps and gaps, structure and KPIs</source>
        <translation>检查当前方案的职责交叉与空白、组织结构和考核指标</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/panel.py" line="87"/>
        <source>Health Check &amp;Settings…</source>
        <translation>体检设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/panel.py" line="89"/>
        <source>Export to &amp;Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/panel.py" line="144"/>
        <source>Show or hide this kind of finding</source>
        <translation>显示或隐藏此类问题</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/panel.py" line="150"/>
        <source>Filter findings…</source>
        <translation>筛选问题…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/panel.py" line="189"/>
        <source>Open a document first, then run the check (F9).</source>
        <translation>请先打开文档，再运行体检（F9）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/panel.py" line="194"/>
        <source>Checking “{scenario}”: duties, KPIs and structure…</source>
        <translation>正在体检“{scenario}”：职责、考核指标和组织结构…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/panel.py" line="233"/>
        <source>Health check failed</source>
        <translation>体检失败</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/panel.py" line="234"/>
        <source>The check stopped with an error: {reason}. Save a copy and report the problem.</source>
        <translation>体检因错误中止：{reason}。请另存一份副本并报告此问题。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/panel.py" line="240"/>
        <source>The check was cancelled; nothing changed. Run it again with F9.</source>
        <translation>体检已取消，文档未作任何改动。按 F9 可重新运行。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/panel.py" line="262"/>
        <source>Press F9 to check the shown scenario for overlaps, gaps and structure.</source>
        <translation>按 F9 检查当前方案的职责交叉、职责空白和组织结构。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/panel.py" line="266"/>
        <source>“{scenario}” checked at {time} ({seconds:.1f} s): {shown} of {total} findings shown.</source>
        <translation>“{scenario}”体检于 {time}（用时 {seconds:.1f} 秒）：显示 {shown} / {total} 条问题。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/panel.py" line="274"/>
        <source>Run it again</source>
        <translation>重新体检</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/panel.py" line="275"/>
        <source>The document or scenario changed after this check. {link} (F9).</source>
        <translation>本次体检后文档或方案已有改动。{link}（F9）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/panel.py" line="290"/>
        <source>Choose a finding to see it in full and go to its items.</source>
        <translation>选择一条问题以查看完整内容并转到相关对象。</translation>
    </message>
</context>
<context>
    <name>HealthSettingsDialog</name>
    <message>
        <location filename="../../orgdesk/ui/health/settings_dialog.py" line="70"/>
        <source>Health Check Settings</source>
        <translation>体检设置</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/settings_dialog.py" line="108"/>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/settings_dialog.py" line="110"/>
        <source>Duty overlap from similarity:</source>
        <translation>职责相似度达到即视为交叉：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/settings_dialog.py" line="111"/>
        <source>A post covers a department duty from:</source>
        <translation>岗位职责覆盖部门职责的最低比例：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/settings_dialog.py" line="112"/>
        <source>A duty mentions a KPI from:</source>
        <translation>职责提及考核指标的最低比例：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/settings_dialog.py" line="113"/>
        <source>Shortest duty text compared (characters):</source>
        <translation>参与比较的最短职责（字数）：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/settings_dialog.py" line="114"/>
        <source>Span of control, at least:</source>
        <translation>管理幅度下限：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/settings_dialog.py" line="115"/>
        <source>Span of control, at most:</source>
        <translation>管理幅度上限：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/settings_dialog.py" line="116"/>
        <source>Levels below the top unit, at most:</source>
        <translation>最多层级（顶层机构以下）：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/settings_dialog.py" line="117"/>
        <source>A lower similarity finds more overlaps, and more false ones.</source>
        <translation>相似度越低，找到的交叉越多，误报也越多。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/health/settings_dialog.py" line="125"/>
        <source>Checks to run</source>
        <translation>检查项目</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../orgdesk/io/reports/history_xlsx.py" line="16"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/history_xlsx.py" line="17"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/history_xlsx.py" line="18"/>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/history_xlsx.py" line="19"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/history_xlsx.py" line="20"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/history_xlsx.py" line="21"/>
        <source>Item</source>
        <translation>对象 ID</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/history_xlsx.py" line="22"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/history_xlsx.py" line="23"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/reports/history_xlsx.py" line="25"/>
        <source>History</source>
        <translation>修改历史</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../orgdesk/ui/history_panel.py" line="62"/>
        <source>{kind} “{name}” added</source>
        <translation>新增{kind}“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/history_panel.py" line="66"/>
        <source>{kind} “{name}” removed</source>
        <translation>删除{kind}“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/history_panel.py" line="86"/>
        <source>Whole document</source>
        <translation>整个文档</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/history_panel.py" line="86"/>
        <source>Selected unit, its posts and holders</source>
        <translation>所选部门及其岗位和任职人员</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/history_panel.py" line="89"/>
        <source>Filter by who, what or item…</source>
        <translation>按修改人、操作或对象筛选…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/history_panel.py" line="91"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/history_panel.py" line="94"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/history_panel.py" line="94"/>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/history_panel.py" line="94"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/history_panel.py" line="94"/>
        <source>Changes</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/history_panel.py" line="158"/>
        <source>{count} items</source>
        <translation>{count} 项</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/history_panel.py" line="189"/>
        <source>history</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/history_panel.py" line="190"/>
        <location filename="../../orgdesk/ui/history_panel.py" line="198"/>
        <source>Export History</source>
        <translation>导出修改历史</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/history_panel.py" line="191"/>
        <source>Excel Workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/history_panel.py" line="197"/>
        <source>Could not write “{path}”: {reason}. Choose another folder.</source>
        <translation>无法写入“{path}”：{reason}。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/history_panel.py" line="212"/>
        <source>History</source>
        <translation>修改历史</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="172"/>
        <source>“{item}” is not a valid mapping; write FIELD=HEADER with FIELD one of: {fields}.</source>
        <translation>“{item}”不是有效的映射；请写成 字段=表头，字段可为：{fields}。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="175"/>
        <source>No column “{header}” in sheet “{sheet}”; its headers are: {headers}.</source>
        <translation>工作表“{sheet}”中没有“{header}”列；它的表头是：{headers}。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="176"/>
        <source>No column of sheet “{sheet}” could be recognised as names (e.g. 部门名称, 姓名, name); say which one with --map name=HEADER.</source>
        <translation>工作表“{sheet}”中找不到名称列（如 部门名称、姓名、name）；请用 --map name=表头 指定。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="181"/>
        <source>Sheet “{sheet}” has only {rows} rows; --header-row {row} is past its end.</source>
        <translation>工作表“{sheet}”只有 {rows} 行；--header-row {row} 超出了范围。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/units.py" line="28"/>
        <source>The row has no name; fill in column “{column}” or skip the row.</source>
        <translation>该行没有名称；请填写“{column}”列，或跳过该行。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/units.py" line="29"/>
        <source>The row has no name: no column of the sheet is taken as “{column}”. Choose the column that holds the names (in the import dialog&apos;s column list, or with --map).</source>
        <translation>该行没有名称：表中没有列被识别为“{column}”。请指定存放名称的列（在导入对话框的列对应表中，或用 --map）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/units.py" line="34"/>
        <source>Level “{level}” is not a whole number of 1 or more.</source>
        <translation>层级“{level}”不是大于等于 1 的整数。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/units.py" line="35"/>
        <source>Level {level} follows level {previous}; a row can be at most one level below the row above it.</source>
        <translation>第 {level} 级紧跟在第 {previous} 级之后；一行最多只能比上一行低一级。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/units.py" line="38"/>
        <source>Headcount “{value}” is not a whole number from 0 to {limit}; the row was imported without it.</source>
        <translation>编制“{value}”不是 0 到 {limit} 之间的整数；该行已导入，但不含编制。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/tree.py" line="15"/>
        <source>Id “{id}” is already used in row {first}; every row needs its own id.</source>
        <translation>编号“{id}”已在第 {first} 行使用；每一行都需要自己的编号。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/tree.py" line="16"/>
        <source>Parent “{parent}” is not in the sheet; correct the parent or add a row for it.</source>
        <translation>上级“{parent}”不在表中；请更正上级，或为它添加一行。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/tree.py" line="19"/>
        <source>Parent “{parent}” is not in the sheet; the rows under it were imported as top-level units.</source>
        <translation>上级“{parent}”不在表中；其下的行已作为顶层机构导入。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/tree.py" line="22"/>
        <source>Several rows are named “{parent}”; add id and parent-id columns to say which one is meant.</source>
        <translation>有多行名为“{parent}”；请添加编号和上级编号列来指明是哪一个。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/tree.py" line="25"/>
        <source>The row is its own ancestor (a cycle through its parents); correct one parent.</source>
        <translation>该行成了自己的上级（上级关系形成了循环）；请更正其中一个上级。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/tree.py" line="26"/>
        <source>Its parent (row {parent_row}) was rejected, so this row was too.</source>
        <translation>它的上级（第 {parent_row} 行）被拒绝，因此该行也被拒绝。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/spreadsheet.py" line="32"/>
        <source>Column “{column}” holds {value}, a number of more than 15 digits that the file itself had already rounded (Excel keeps 15), so its last digits are lost. If it is an ID number, format the column as text in Excel or WPS, type the numbers again and import again.</source>
        <translation>“{column}”列中的 {value} 是一个超过 15 位的数字，文件本身已将其舍入（Excel 只保留 15 位），末几位已丢失。如果它是证件号码，请在 Excel 或 WPS 中把该列设为文本格式，重新输入号码后再导入。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/spreadsheet.py" line="38"/>
        <source>{count} rows cannot be imported (first: sheet “{sheet}”, row {row}: {reason}). Correct them, or import the other rows with --on-error skip.</source>
        <translation>有 {count} 行无法导入（第一处：工作表“{sheet}”第 {row} 行：{reason}）。请更正，或用 --on-error skip 导入其余各行。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/sheets.py" line="16"/>
        <source>Cannot read “{path}”: {reason}.</source>
        <translation>无法读取“{path}”：{reason}。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/sheets.py" line="17"/>
        <source>“{path}” is not an Excel workbook or CSV file. Save it from Excel or WPS as .xlsx or .csv and try again.</source>
        <translation>“{path}”不是 Excel 工作簿或 CSV 文件。请在 Excel 或 WPS 中另存为 .xlsx 或 .csv 后重试。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/reading.py" line="60"/>
        <source>“{path}” is damaged (its contents cannot be unpacked). Open it in Excel or WPS, save it again and retry.</source>
        <translation>“{path}”已损坏（其内容无法解压）。请在 Excel 或 WPS 中打开它，重新保存后再试。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/reading.py" line="63"/>
        <source>“{path}” is protected with a password. Open it in Excel or WPS, remove the password, save and try again.</source>
        <translation>“{path}”设有密码保护。请在 Excel 或 WPS 中打开，取消密码并保存后重试。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/reading.py" line="66"/>
        <source>“{path}” would unpack to {size} MB (the limit is {limit} MB); it may be damaged or built to harm. Open it in Excel and save the sheet you need on its own.</source>
        <translation>“{path}”解压后将达 {size} MB（上限 {limit} MB），文件可能已损坏或带有恶意。请在 Excel 中打开，把需要的工作表单独保存。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/reading.py" line="71"/>
        <source>“{path}” contains XML entity declarations, which a normal workbook never has; it was not read.</source>
        <translation>“{path}”包含 XML 实体声明，正常的工作簿不会有这种内容；未读取该文件。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/sheets.py" line="20"/>
        <source>Sheet “{sheet}” has {rows} rows; at most {limit} can be imported at once. Split the sheet and try again.</source>
        <translation>工作表“{sheet}”有 {rows} 行；一次最多导入 {limit} 行。请拆分工作表后重试。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/reading.py" line="74"/>
        <source>Sheet “{sheet}” has a cell in column {column}; at most {limit} columns can be read. Something lies far to the right of the table: in Excel or WPS press Ctrl+End to find it, delete those columns, save and try again.</source>
        <translation>工作表“{sheet}”在第 {column} 列有单元格；最多只能读取 {limit} 列。表格右侧很远处有内容：请在 Excel 或 WPS 中按 Ctrl+End 找到它，删除这些列，保存后重试。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/sheets.py" line="23"/>
        <source>Sheet “{sheet}” spans {rows} rows × {columns} columns; at most {limit} cells can be read at once. Delete what lies beyond the table (Ctrl+End in Excel or WPS shows the last cell), or split the sheet, and try again.</source>
        <translation>工作表“{sheet}”占 {rows} 行 × {columns} 列；一次最多只能读取 {limit} 个单元格。请删除表格以外的内容（在 Excel 或 WPS 中按 Ctrl+End 可看到最后一个单元格），或拆分工作表后重试。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/reading.py" line="79"/>
        <source>Sheet “{sheet}” would unfold to {size} MB of text (the limit is {limit} MB); it may be damaged or built to harm. Open it in Excel or WPS and save the sheet you need on its own.</source>
        <translation>工作表“{sheet}”展开后将有 {size} MB 文本（上限为 {limit} MB）；文件可能已损坏或被恶意构造。请在 Excel 或 WPS 中打开，把需要的工作表单独另存后再导入。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/reading.py" line="84"/>
        <source>“{path}”, line {line}: a field is longer than {limit} characters (often a quote that never closes). Check the quotes on that line, save and try again.</source>
        <translation>“{path}”第 {line} 行：有一个字段超过 {limit} 个字符（常见原因是引号没有闭合）。请检查该行的引号，保存后重试。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/reading.py" line="89"/>
        <source>“{path}”, line {line}: a quote (&quot;) opens a field that never closes, so the rest of the file would become one name. Close or remove that quote, save and try again.</source>
        <translation>“{path}”第 {line} 行：一个引号（&quot;）开始的字段没有闭合，文件其余部分会变成一个名称。请补上或删除该引号，保存后重试。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/reading.py" line="94"/>
        <source>The workbook has no sheet “{sheet}”; it has: {sheets}.</source>
        <translation>工作簿中没有工作表“{sheet}”；现有工作表：{sheets}。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/reading.py" line="95"/>
        <source>Sheet “{sheet}” is empty; choose the sheet that holds the data.</source>
        <translation>工作表“{sheet}”是空的；请选择有数据的工作表。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/reading.py" line="124"/>
        <source>“{path}” is not a file (a folder, a pipe or a device); save the data as a file and import that.</source>
        <translation>“{path}”不是文件（而是文件夹、管道或设备）；请把数据另存为文件后再导入。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/reading.py" line="127"/>
        <source>“{path}” is {size} MB; at most {limit} MB can be imported at once. Split it and try again.</source>
        <translation>“{path}”有 {size} MB；一次最多只能导入 {limit} MB。请拆分后重试。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/our_workbook.py" line="35"/>
        <source>“{ref}” names no unit or post of the workbook; the row was skipped.</source>
        <translation>“{ref}”不是工作簿中的机构或岗位；已跳过该行。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/json_records.py" line="33"/>
        <source>“{path}” is JSON but not a list of records; it must be a list of objects such as [{{&quot;id&quot;: &quot;1&quot;, &quot;parent_id&quot;: null, &quot;name&quot;: &quot;…&quot;}}].</source>
        <translation>“{path}”是 JSON，但不是记录列表；它必须是对象列表，例如 [{{&quot;id&quot;: &quot;1&quot;, &quot;parent_id&quot;: null, &quot;name&quot;: &quot;…&quot;}}]。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/plan.py" line="39"/>
        <source>The {field} was {length} characters long; it was cut to {limit} (marked with …).</source>
        <translation>{field}长 {length} 个字符，已截短为 {limit} 个字符（以“…”标出）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/roster.py" line="36"/>
        <source>A totals row (“{text}”): skipped.</source>
        <translation>合计行（“{text}”）：已跳过。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/roster.py" line="37"/>
        <source>The row names no unit; fill in column “{column}” or skip the row.</source>
        <translation>该行没有所属部门；请填写“{column}”列，或跳过该行。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/roster.py" line="38"/>
        <source>Column “{path_column}” says “{path}” but the level columns say “{levels}”; correct one of them.</source>
        <translation>“{path_column}”列为“{path}”，而各级部门列为“{levels}”，两者不一致；请改正其中之一。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/roster.py" line="41"/>
        <source>“{value}” in column “{column}” is not a date (e.g. 2024-03-01 or 2024年3月); it was left out.</source>
        <translation>“{column}”列的“{value}”不是日期（例如 2024-03-01 或 2024年3月），未导入该值。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/roster.py" line="44"/>
        <source>“{value}” in column “{column}” is not 男 or 女; it was left out.</source>
        <translation>“{column}”列的“{value}”不是“男”或“女”，未导入该值。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/roster.py" line="45"/>
        <source>Post “{post}” of “{unit}” has {holders} holders but an establishment (编制) of {headcount}.</source>
        <translation>“{unit}”的岗位“{post}”有 {holders} 人在岗，但编制只有 {headcount} 人。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/roster.py" line="48"/>
        <source>A second row for post “{post}” of “{unit}”: their establishments (编制) are added up, {total} in all.</source>
        <translation>“{unit}”的岗位“{post}”出现了第二行：两行的编制已相加，共 {total} 人。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/roster.py" line="51"/>
        <source>Employee number {code} ({name}) is also on row {first}: this row&apos;s post is taken as a concurrent post (兼职).</source>
        <translation>工号 {code}（{name}）也出现在第 {first} 行：本行的岗位按兼职处理。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/roster.py" line="55"/>
        <source>“{name}” is listed under two employee numbers ({first} and {second}); check which one is right.</source>
        <translation>“{name}”出现了两个工号（{first} 和 {second}）；请核对哪个正确。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/refresh.py" line="36"/>
        <source>The row names no person; fill in column “{column}” or skip the row.</source>
        <translation>该行没有人员；请填写“{column}”列，或跳过该行。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/refresh.py" line="37"/>
        <source>Sheet “{sheet}” has no column of names or employee numbers (姓名, 工号), so it is no roster to update the organisation with. Import it without “update”, or choose the sheet that lists the people.</source>
        <translation>工作表“{sheet}”没有姓名或工号列，不是可用来更新组织的花名册。请不勾选“更新”导入，或选择列有人员的工作表。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/refresh.py" line="42"/>
        <source>Nobody on the roster is in the document (no employee number or name matched): is this the roster of this organisation? Applied, everyone in the document would be listed as having left.</source>
        <translation>花名册中没有任何人员在本文档中（工号和姓名均未匹配）：这是本组织的花名册吗？若应用，文档中的所有人员都将被列为离职。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/duty_document.py" line="272"/>
        <source>“{path}” is {size} MB; a duty document can be at most {limit} MB. Split it and import the parts.</source>
        <translation>“{path}”有 {size} MB；职责文档最大 {limit} MB。请拆分后分别导入。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/duty_document.py" line="275"/>
        <source>“{path}” is an old Word 97 document (.doc). Open it in Word or WPS, save it as .docx and try again.</source>
        <translation>“{path}”是旧版 Word 97 文档（.doc）。请用 Word 或 WPS 打开，另存为 .docx 后再试。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/duty_document.py" line="278"/>
        <source>“{path}” cannot be read as a Word document ({reason}). Open it in Word or WPS, save it again as .docx and try again.</source>
        <translation>“{path}”无法作为 Word 文档读取（{reason}）。请用 Word 或 WPS 打开，重新另存为 .docx 后再试。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/duty_document.py" line="283"/>
        <source>“{path}” is not text in a known encoding (UTF-8, GB18030, UTF-16). Save it as UTF-8 text and try again.</source>
        <translation>“{path}”不是已知编码（UTF-8、GB18030、UTF-16）的文本。请另存为 UTF-8 文本后再试。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/duty_document.py" line="286"/>
        <source>No unit was recognised in “{path}” (headings such as 「市场部主要职责」 or 「一、财务部职责及岗位设置」); its text is listed as unassigned.</source>
        <translation>在“{path}”中没有识别出部门（如「市场部主要职责」或「一、财务部职责及岗位设置」这样的标题）；其文字已列为未归属内容。</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../orgdesk/ui/importing.py" line="40"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/importing.py" line="43"/>
        <source>Add units, posts and people from an Excel workbook, CSV file or JSON list</source>
        <translation>从 Excel 工作簿、CSV 文件或 JSON 列表添加部门、岗位和人员</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/importing.py" line="52"/>
        <source>Open or create a document you can change, then import into it.</source>
        <translation>请先打开或新建一个可以修改的文档，再导入。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/importing.py" line="56"/>
        <location filename="../../orgdesk/ui/importing.py" line="85"/>
        <source>Import from a Spreadsheet</source>
        <translation>从表格导入</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/importing.py" line="57"/>
        <location filename="../../orgdesk/ui/importing.py" line="86"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.csv *.txt *.tsv *.json);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.xls *.csv *.txt *.tsv *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/importing.py" line="76"/>
        <source>Reading “{file}”…</source>
        <translation>正在读取“{file}”…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/importing.py" line="110"/>
        <source>The file cannot be read ({reason}). Save it again from Excel or WPS and retry.</source>
        <translation>无法读取该文件（{reason}）。请用 Excel 或 WPS 重新保存后再试。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/importing.py" line="151"/>
        <source>Nothing was imported: some rows cannot be imported ({count}, see Problems). Correct them in the file and choose it again, or choose “Skip the rejected rows and import the others”.</source>
        <translation>未导入任何内容：有些行无法导入（{count} 行，见“问题”）。请在文件中改正后重新选择该文件，或选择“跳过被拒绝的行，导入其余行”。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/importing.py" line="167"/>
        <source>Updated the roster from “{file}”; Undo takes the whole update back.</source>
        <translation>已根据“{file}”更新花名册；撤销可整体撤回本次更新。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/importing.py" line="178"/>
        <source>Imported {units} units, {posts} posts and {people} people from “{file}”; Undo removes them.</source>
        <translation>已从“{file}”导入 {units} 个部门、{posts} 个岗位、{people} 名人员；撤销可全部移除。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/importing.py" line="184"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="86"/>
        <source>Joined</source>
        <translation>新入职</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="87"/>
        <source>Left (no longer on the roster)</source>
        <translation>离职（已不在花名册中）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="88"/>
        <source>Moved to another unit or post</source>
        <translation>调动部门或岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="89"/>
        <source>Type of employment changed</source>
        <translation>用工性质变化</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="90"/>
        <source>Post grade changed</source>
        <translation>岗位岗级变化</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="91"/>
        <source>New units</source>
        <translation>新部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="92"/>
        <source>New posts</source>
        <translation>新岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="111"/>
        <source>Import from a Spreadsheet</source>
        <translation>从表格导入</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="129"/>
        <source>&amp;Choose File…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="136"/>
        <location filename="../../orgdesk/ui/import_dialog.py" line="206"/>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="138"/>
        <source>detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="147"/>
        <source>&amp;Update the existing organisation: the file is this month&apos;s roster (people matched by employee number)</source>
        <translation>更新现有组织(&amp;U)：该文件是本月花名册（按工号匹配人员）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="153"/>
        <source>Remove &amp;leavers (otherwise they are kept without posts, marked as left)</source>
        <translation>删除离职人员(&amp;L)（否则保留其人员信息，不再任岗，标为离职）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="159"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="160"/>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="161"/>
        <source>&amp;Header row:</source>
        <translation>表头行(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="162"/>
        <source>Path &amp;separator:</source>
        <translation>路径分隔符(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="163"/>
        <source>&amp;Rows are:</source>
        <translation>每行是(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="172"/>
        <location filename="../../orgdesk/ui/import_dialog.py" line="355"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="174"/>
        <source>First rows of the sheet</source>
        <translation>工作表的前几行</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="177"/>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="179"/>
        <location filename="../../orgdesk/ui/import_dialog.py" line="345"/>
        <source>Units the import adds</source>
        <translation>将导入的部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="186"/>
        <source>S&amp;kip the rejected rows and import the others</source>
        <translation>跳过被拒绝的行，导入其余行(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="187"/>
        <source>Import &amp;nothing while a row is rejected</source>
        <translation>只要有行被拒绝就不导入(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="189"/>
        <source>Rows that cannot be imported</source>
        <translation>无法导入的行</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="194"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="206"/>
        <source>Units</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="206"/>
        <source>Posts and people with a manager id</source>
        <translation>带上级编号的岗位和人员</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="211"/>
        <source>Put the top units under the selected unit (no unit is selected)</source>
        <translation>把顶层部门放在所选部门之下（当前未选部门）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="215"/>
        <source>Put the top units under the selected unit “{name}”</source>
        <translation>把顶层部门放在所选部门“{name}”之下</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="330"/>
        <source>Planning the import of “{file}”…</source>
        <translation>正在规划“{file}”的导入…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="345"/>
        <source>What the update changes</source>
        <translation>本次更新的变化</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="355"/>
        <source>Problems (rows rejected: {count})</source>
        <translation>问题（被拒绝的行：{count}）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="375"/>
        <source>The import adds {units} units, {posts} posts and {people} people.</source>
        <translation>将导入 {units} 个部门、{posts} 个岗位、{people} 名人员。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="381"/>
        <source>{count} people already in the document take posts it adds (matched by employee number). If the file is this month&apos;s roster of this organisation, tick “Update the existing organisation”.</source>
        <translation>其中 {count} 名文档中已有的人员（按工号匹配）将任导入的岗位。若该文件是本组织的本月花名册，请勾选“更新现有组织”。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="386"/>
        <source>This workbook was exported by OrgDesk; it is imported exactly as it was written.</source>
        <translation>此工作簿由 OrgDesk 导出，将按原样完整导入。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="390"/>
        <location filename="../../orgdesk/ui/import_dialog.py" line="411"/>
        <source>Rows that cannot be imported: {count} (see Problems).</source>
        <translation>无法导入的行：{count}（见“问题”）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="392"/>
        <source>Nothing to import: check the sheet, header row and columns.</source>
        <translation>没有可导入的内容：请检查工作表、表头行和列对应。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="398"/>
        <source>The update: {joined} joined, {left} left, {moved} moved, {employment} changed type of employment, {grades} post grades changed, {units} new units, {posts} new posts. Undo takes it back in one step.</source>
        <translation>本次更新：新入职 {joined} 人，离职 {left} 人，调动 {moved} 人，用工性质变化 {employment} 人，岗级变化的岗位 {grades} 个，新部门 {units} 个，新岗位 {posts} 个。撤销可一步整体撤回。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="417"/>
        <source>No column of sheet “{sheet}” could be recognised as names (e.g. 部门名称, 姓名, name); choose the column for Name (or Path, Person, Post) in the Columns table.</source>
        <translation>工作表“{sheet}”中没有可识别为名称的列（如 部门名称、姓名、name）；请在“列对应”表中为“名称”（或路径、人员、岗位）选择一列。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_dialog.py" line="422"/>
        <source>The sheet cannot be read: {reason}</source>
        <translation>无法读取该工作表：{reason}</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="60"/>
        <source>Unit code</source>
        <translation>部门编码</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="61"/>
        <source>Parent unit code</source>
        <translation>上级部门编码</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="62"/>
        <source>Parent unit</source>
        <translation>上级部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="63"/>
        <source>Unit path</source>
        <translation>部门路径</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="64"/>
        <source>Level number</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="65"/>
        <source>Level 1 unit</source>
        <translation>一级部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="66"/>
        <source>Level 2 unit</source>
        <translation>二级部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="67"/>
        <source>Level 3 unit</source>
        <translation>三级部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="68"/>
        <source>Level 4 unit</source>
        <translation>四级部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="69"/>
        <source>Level 5 unit</source>
        <translation>五级部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="70"/>
        <source>Level 6 unit</source>
        <translation>六级部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="71"/>
        <source>Level 7 unit</source>
        <translation>七级部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="72"/>
        <source>Level 8 unit</source>
        <translation>八级部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="73"/>
        <source>Level 9 unit</source>
        <translation>九级部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="74"/>
        <source>Unit name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="75"/>
        <source>Unit type</source>
        <translation>部门类型</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="76"/>
        <source>Head of unit</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="77"/>
        <source>Establishment (headcount)</source>
        <translation>编制</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="78"/>
        <source>In post</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="79"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="80"/>
        <source>Grade</source>
        <translation>岗级</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="81"/>
        <source>Person&apos;s name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="82"/>
        <source>Employee number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="83"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="84"/>
        <source>Section (under the department)</source>
        <translation>科室（部门之下）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="85"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="86"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="87"/>
        <source>Date joined</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="88"/>
        <source>Started working</source>
        <translation>参加工作时间</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="89"/>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="90"/>
        <source>ID card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="91"/>
        <source>Type of employment</source>
        <translation>用工性质</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="92"/>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="93"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="94"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="95"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/importing/mapping.py" line="96"/>
        <source>Row number (not imported)</source>
        <translation>序号（不导入）</translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <location filename="../../orgdesk/ui/interaction.py" line="25"/>
        <source>OrgDesk documents (*.orgdesk)</source>
        <translation>OrgDesk 文档 (*.orgdesk)</translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="57"/>
        <source>Name</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="58"/>
        <source>Definition</source>
        <translation>指标定义</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="59"/>
        <source>Unit of measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="60"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="61"/>
        <source>Weight %</source>
        <translation>权重 %</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="62"/>
        <source>Period</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="63"/>
        <source>Direction</source>
        <translation>指标方向</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="68"/>
        <source>Monthly</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="69"/>
        <source>Quarterly</source>
        <translation>季</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="70"/>
        <source>Yearly</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="75"/>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="76"/>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="77"/>
        <source>Hit the target</source>
        <translation>达到目标值</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="137"/>
        <source>The change was not made</source>
        <translation>未做修改</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="138"/>
        <source>“{value}” is not a weight. Type a number from 0 to 100, e.g. 40.</source>
        <translation>“{value}”不是有效的权重。请输入 0 到 100 之间的数字，例如 40。</translation>
    </message>
</context>
<context>
    <name>KpisPanel</name>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="188"/>
        <source>Select a unit in the tree to see its KPIs.</source>
        <translation>在组织树中选择一个部门以查看其考核指标。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="218"/>
        <source>&amp;Add KPI</source>
        <translation>添加指标(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="219"/>
        <source>&amp;Delete KPI</source>
        <translation>删除指标(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="220"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="221"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="261"/>
        <source>Weights total {total} % — they should total 100 %.</source>
        <translation>权重合计 {total}%，应为 100%。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="288"/>
        <source>New KPI</source>
        <translation>新指标</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../orgdesk/ui/language.py" line="23"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="23"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="25"/>
        <source>Create an empty organisation document</source>
        <translation>新建一个空的组织文档</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="27"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="29"/>
        <source>Open an OrgDesk document</source>
        <translation>打开 OrgDesk 文档</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="31"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="33"/>
        <source>Save a copy of the document and continue in the copy</source>
        <translation>保存文档副本，并在副本中继续工作</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="35"/>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="37"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="42"/>
        <source>Add &amp;Child Unit</source>
        <translation>添加下级部门(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="44"/>
        <source>Add a unit under the selected unit</source>
        <translation>在所选部门下添加一个下级部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="46"/>
        <source>Add &amp;Sibling Unit</source>
        <translation>添加同级部门(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="48"/>
        <source>Add a unit next to the selected unit, under the same parent</source>
        <translation>在所选部门之后添加一个同级部门（同一上级下）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="50"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="52"/>
        <source>Rename the selected unit in the tree</source>
        <translation>在树中重命名所选部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="54"/>
        <source>&amp;Delete Unit…</source>
        <translation>删除部门(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="56"/>
        <source>Delete the selected unit with its sub-units, posts, duties and KPIs</source>
        <translation>删除所选部门及其下级部门、岗位、职责和 KPI</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="57"/>
        <source>Cu&amp;t Unit</source>
        <translation>剪切单位(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="59"/>
        <source>Copy the selected unit with its sub-units, then remove it</source>
        <translation>复制所选单位及其下级单位，然后将其删除</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="60"/>
        <source>&amp;Copy Unit</source>
        <translation>复制单位(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="62"/>
        <source>Copy the selected unit with its sub-units, posts, duties and KPIs</source>
        <translation>复制所选单位及其下级单位、岗位、职责和考核指标</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="63"/>
        <source>&amp;Paste Under Selected Unit</source>
        <translation>粘贴到所选单位下(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="65"/>
        <source>Paste the copied units under the selected unit (their posts are vacant)</source>
        <translation>把复制的单位粘贴到所选单位下（其岗位为空缺）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="66"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="68"/>
        <source>Find units, posts, people and duty text</source>
        <translation>查找单位、岗位、人员和职责文字</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="72"/>
        <source>&amp;About OrgDesk</source>
        <translation>关于 OrgDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="74"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="79"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="82"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="133"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="101"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="98"/>
        <source>Units</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="104"/>
        <source>&lt;document as opened&gt;</source>
        <translation>&lt;打开时的文档&gt;</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="105"/>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="108"/>
        <source>Duties</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="110"/>
        <source>KPIs</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="114"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="116"/>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="118"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="120"/>
        <source>Relations</source>
        <translation>协作关系</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="124"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="162"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="174"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="182"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="214"/>
        <source>&amp;Scenario</source>
        <translation>方案(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="219"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="237"/>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="242"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="256"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="263"/>
        <source>S&amp;cenario:</source>
        <translation>方案(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="441"/>
        <source>{file} [read-only]</source>
        <translation>{file} [只读]</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="520"/>
        <source>Item not found</source>
        <translation>找不到该项</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="521"/>
        <source>This item was deleted after the check; run the check again (F9).</source>
        <translation>该对象在体检后已被删除；请重新运行体检（F9）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="569"/>
        <source>No recent documents</source>
        <translation>没有最近打开的文档</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="585"/>
        <source>&lt;h3&gt;OrgDesk {version}&lt;/h3&gt;&lt;p&gt;Organisation charts and organisation design: units, posts, headcount, duties and KPIs.&lt;/p&gt;&lt;p&gt;Chinese text is shown with the bundled Droid Sans Fallback font (Apache License 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OrgDesk {version}&lt;/h3&gt;&lt;p&gt;组织架构图与组织设计：部门、岗位、编制、职责与考核指标。&lt;/p&gt;&lt;p&gt;中文使用随附的 Droid Sans Fallback 字体显示（Apache License 2.0）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="589"/>
        <source>About OrgDesk</source>
        <translation>关于 OrgDesk</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../orgdesk/ui/import_widgets.py" line="58"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_widgets.py" line="58"/>
        <source>Column in the sheet</source>
        <translation>表中的列</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_widgets.py" line="66"/>
        <source>Used with --map {field}=HEADER on the command line</source>
        <translation>命令行中写作 --map {field}=列名</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_widgets.py" line="82"/>
        <source>(not used)</source>
        <translation>（不使用）</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../orgdesk/domain/operations/base.py" line="39"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/base.py" line="154"/>
        <source>{count} changes</source>
        <translation>{count} 项修改</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/units.py" line="23"/>
        <source>Add unit “{name}”</source>
        <translation>新增部门“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/units.py" line="62"/>
        <source>Move unit “{name}”</source>
        <translation>移动部门“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/units.py" line="92"/>
        <source>Delete unit “{name}”</source>
        <translation>删除部门“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/posts.py" line="33"/>
        <source>Add post “{title}”</source>
        <translation>新增岗位“{title}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/posts.py" line="53"/>
        <source>Move post “{title}”</source>
        <translation>移动岗位“{title}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/posts.py" line="77"/>
        <source>Delete post “{title}”</source>
        <translation>删除岗位“{title}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/people.py" line="23"/>
        <source>Add person “{name}”</source>
        <translation>新增人员“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/people.py" line="42"/>
        <source>Delete person “{name}”</source>
        <translation>删除人员“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/people.py" line="61"/>
        <source>Assign “{person}” to “{position}”</source>
        <translation>安排“{person}”任“{position}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/people.py" line="98"/>
        <source>Remove an assignment</source>
        <translation>解除任职</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/owned.py" line="115"/>
        <source>Add duty “{text}”</source>
        <translation>新增职责“{text}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/owned.py" line="120"/>
        <source>Move a duty</source>
        <translation>移动职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/owned.py" line="125"/>
        <source>Delete a duty</source>
        <translation>删除职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/owned.py" line="130"/>
        <source>Add KPI “{text}”</source>
        <translation>新增考核指标“{text}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/owned.py" line="135"/>
        <source>Move a KPI</source>
        <translation>移动考核指标</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/owned.py" line="140"/>
        <source>Delete a KPI</source>
        <translation>删除考核指标</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/relations.py" line="18"/>
        <source>Add relation “{label}”</source>
        <translation>新增协作关系“{label}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/relations.py" line="62"/>
        <source>Delete a relation</source>
        <translation>删除协作关系</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/scenarios.py" line="24"/>
        <source>Add scenario “{name}”</source>
        <translation>新增方案“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/scenarios.py" line="50"/>
        <source>Delete scenario “{name}”</source>
        <translation>删除方案“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/unit_types.py" line="19"/>
        <source>Add unit type “{name}”</source>
        <translation>新增部门类型“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/unit_types.py" line="37"/>
        <source>Delete unit type “{name}”</source>
        <translation>删除部门类型“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/fields.py" line="26"/>
        <source>Change “{name}”</source>
        <translation>修改“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/fields.py" line="27"/>
        <source>Rename “{name}” to “{new}”</source>
        <translation>将“{name}”重命名为“{new}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/owned.py" line="146"/>
        <source>Paste {count} duties</source>
        <translation>粘贴 {count} 条职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/clipboard.py" line="155"/>
        <source>Paste “{name}”</source>
        <translation>粘贴“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/clipboard.py" line="272"/>
        <source>Cut unit “{name}”</source>
        <translation>剪切单位“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/bulk.py" line="27"/>
        <source>Import from “{source}”</source>
        <translation>从“{source}”导入</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/bulk.py" line="64"/>
        <source>Update the roster from “{source}”</source>
        <translation>根据“{source}”更新花名册</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/kpi_suggestions.py" line="60"/>
        <source>Add {count} suggested KPIs</source>
        <translation>添加 {count} 个建议的考核指标</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/health/post_codes.py" line="59"/>
        <source>Generate codes for {count} posts</source>
        <translation>为 {count} 个岗位生成编号</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/scenario_copy.py" line="57"/>
        <source>Copy scenario “{source}” as “{name}”</source>
        <translation>将方案“{source}”复制为“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/scenario_copy.py" line="238"/>
        <source>Rename scenario “{name}” to “{new}”</source>
        <translation>将方案“{name}”更名为“{new}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/scenario_copy.py" line="256"/>
        <source>Make “{name}” the current scenario</source>
        <translation>将“{name}”设为现行方案</translation>
    </message>
</context>
<context>
    <name>OwnerChooser</name>
    <message>
        <location filename="../../orgdesk/ui/panels/owners.py" line="54"/>
        <source>{unit} (the unit itself)</source>
        <translation>{unit}（本部门）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/owners.py" line="56"/>
        <source>Post: {post}</source>
        <translation>岗位：{post}</translation>
    </message>
</context>
<context>
    <name>PasteDutiesDialog</name>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="165"/>
        <source>Paste numbered duties</source>
        <translation>粘贴编号职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="169"/>
        <source>Paste numbered duties here (1. … 2. …); a first line without a number becomes the heading.</source>
        <translation>在此粘贴带编号的职责（1. … 2. …）；没有编号的第一行将作为标题。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="178"/>
        <source>Insert duties</source>
        <translation>插入职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="182"/>
        <source>Text:</source>
        <translation>文本：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="184"/>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="211"/>
        <source>{count} duties will be inserted.</source>
        <translation>将插入 {count} 条职责。</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <location filename="../../orgdesk/io/booklet/writer.py" line="42"/>
        <source>Job descriptions</source>
        <translation>岗位说明书</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/writer.py" line="198"/>
        <source>Department responsibilities and job descriptions</source>
        <translation>部门职责说明与岗位说明书汇编</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/writer.py" line="211"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/writer.py" line="212"/>
        <location filename="../../orgdesk/io/booklet/writer.py" line="224"/>
        <location filename="../../orgdesk/io/chart/pdf_writer.py" line="153"/>
        <location filename="../../orgdesk/io/chart/pdf_writer.py" line="260"/>
        <source>Organisation chart</source>
        <translation>组织机构图</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/writer.py" line="235"/>
        <source>The top levels; each department&apos;s section shows its own units.</source>
        <translation>此处仅显示上层架构；各部门的下级单位见各部门职责说明中的部门架构图。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="19"/>
        <source>Monthly</source>
        <translation>月度</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="20"/>
        <source>Quarterly</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="21"/>
        <source>Yearly</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="24"/>
        <source>Primary post</source>
        <translation>主岗</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="25"/>
        <source>Concurrent</source>
        <translation>兼职</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="26"/>
        <source>Acting</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="62"/>
        <source>Duty</source>
        <translation>职责内容</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="68"/>
        <location filename="../../orgdesk/io/booklet/sections.py" line="147"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="69"/>
        <source>KPI</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="70"/>
        <source>Definition</source>
        <translation>指标定义</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="71"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="72"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="73"/>
        <source>Period</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="93"/>
        <source>(none recorded)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="189"/>
        <source>Department</source>
        <translation>所属部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="109"/>
        <source>Code</source>
        <translation>部门编码</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="195"/>
        <source>Reports to</source>
        <translation>直接上级</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="115"/>
        <source>Unit type</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="107"/>
        <source>Department name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="113"/>
        <source>Parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="118"/>
        <source>Purpose</source>
        <translation>部门职能</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="125"/>
        <source>Main responsibilities</source>
        <translation>主要职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="130"/>
        <location filename="../../orgdesk/io/booklet/sections.py" line="221"/>
        <source>Performance indicators</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="133"/>
        <source>Posts and headcount</source>
        <translation>岗位设置及定编</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="138"/>
        <source>Department chart</source>
        <translation>部门架构图</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="148"/>
        <location filename="../../orgdesk/io/booklet/sections.py" line="183"/>
        <source>Post</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="149"/>
        <location filename="../../orgdesk/io/booklet/sections.py" line="185"/>
        <source>Post code</source>
        <translation>岗位编号</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="150"/>
        <location filename="../../orgdesk/io/booklet/sections.py" line="197"/>
        <source>Grade</source>
        <translation>职级</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="151"/>
        <source>Headcount</source>
        <translation>编制</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="152"/>
        <source>Filled</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="153"/>
        <source>Vacant</source>
        <translation>空缺</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="162"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="178"/>
        <source>Job description</source>
        <translation>岗位说明书</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="191"/>
        <source>Category</source>
        <translation>岗位类别</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="201"/>
        <source>Direct reports</source>
        <translation>直接下级</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="203"/>
        <source>Headcount / filled</source>
        <translation>编制/在岗</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="211"/>
        <source>Purpose of the post</source>
        <translation>岗位目的</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="216"/>
        <source>Duties</source>
        <translation>工作职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="225"/>
        <source>Qualifications</source>
        <translation>任职资格</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="228"/>
        <source>Holders</source>
        <translation>在岗人员</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="243"/>
        <source>(vacant)</source>
        <translation>（空缺）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="245"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="246"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="247"/>
        <source>Holds it as</source>
        <translation>任职方式</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="248"/>
        <source>Since</source>
        <translation>到岗日期</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="258"/>
        <source>Written by</source>
        <translation>编写</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="260"/>
        <source>Reviewed by</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="262"/>
        <source>Approved by</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="265"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/booklet/sections.py" line="265"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/chart/pdf_writer.py" line="214"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/chart/pdf_writer.py" line="217"/>
        <source>Overview: {columns} × {rows} sheets</source>
        <translation>总览：横 {columns} × 纵 {rows} 张</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/chart/pdf_writer.py" line="237"/>
        <source>Sheet {label}</source>
        <translation>分页 {label}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/chart/pdf_writer.py" line="262"/>
        <source>Page {page} / {pages}</source>
        <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../orgdesk/io/chart/department_pages.py" line="142"/>
        <source>→ p. {page}</source>
        <translation>→ 第 {page} 页</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../orgdesk/ui/panels/people.py" line="64"/>
        <source>Search by name or employee number…</source>
        <translation>按姓名或工号搜索…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people.py" line="81"/>
        <source>&amp;Add person</source>
        <translation>添加人员(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people.py" line="83"/>
        <source>&amp;Delete person</source>
        <translation>删除人员(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people.py" line="85"/>
        <source>A&amp;ssign to post</source>
        <translation>任命到岗位(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people.py" line="86"/>
        <source>&amp;Unassign</source>
        <translation>免去岗位(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people.py" line="135"/>
        <source>Posts held by the selected person:</source>
        <translation>所选人员担任的岗位：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people.py" line="140"/>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people.py" line="145"/>
        <source>Posts with fewer holders than their headcount. Click one to make it the post to fill.</source>
        <translation>在岗人数少于编制的岗位。单击一个岗位，将其设为待补岗位。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people.py" line="151"/>
        <source>Vacancies</source>
        <translation>空缺岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people.py" line="209"/>
        <source>Choose a post in the Posts panel or under Vacancies to assign people to it.</source>
        <translation>请在“岗位”面板或“空缺岗位”中选择一个岗位，再为其任命人员。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people.py" line="212"/>
        <source>Post to fill: {post} — {unit}</source>
        <translation>待补岗位：{post} — {unit}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people.py" line="221"/>
        <source>{post} — {unit}: {filled} of {headcount} filled</source>
        <translation>{post} — {unit}：在岗 {filled} / 编制 {headcount}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people.py" line="231"/>
        <source>No vacancies: every post is filled.</source>
        <translation>没有空缺：所有岗位均已满编。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people.py" line="275"/>
        <source>{post} — {unit} ({kind})</source>
        <translation>{post} — {unit}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people.py" line="299"/>
        <source>New person</source>
        <translation>新员工</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people.py" line="313"/>
        <source>Delete {name} ({code})? They leave the {posts} posts they hold in all scenarios. You can undo this.</source>
        <translation>删除 {name}（{code}）？其在所有方案中担任的 {posts} 个岗位将被免去。此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people.py" line="315"/>
        <source>Delete person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people.py" line="315"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../orgdesk/ui/panels/people_model.py" line="48"/>
        <source>primary</source>
        <translation>主岗</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people_model.py" line="49"/>
        <source>part-time</source>
        <translation>兼职</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people_model.py" line="50"/>
        <source>acting</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people_model.py" line="143"/>
        <source>{post} ({kind})</source>
        <translation>{post}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people_model.py" line="146"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people_model.py" line="157"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people_model.py" line="157"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/people_model.py" line="157"/>
        <source>Posts held</source>
        <translation>担任岗位</translation>
    </message>
</context>
<context>
    <name>PostChartScene</name>
    <message>
        <location filename="../../orgdesk/ui/canvas/post_scene.py" line="24"/>
        <source>part-time</source>
        <translation>兼职</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/post_scene.py" line="25"/>
        <source>acting</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/post_scene.py" line="86"/>
        <source>This unit and its sub-units have no posts yet.</source>
        <translation>此单位及其下级单位尚未设置岗位。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/post_scene.py" line="88"/>
        <source>Only this unit&apos;s own posts are shown: with its sub-units it has more than {count}. Select a smaller unit to see their posts.</source>
        <translation>只显示本单位自己的岗位：连同下级单位共有 {count} 个以上岗位。请选择较小的单位查看其岗位。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/post_scene.py" line="107"/>
        <source> ({kind})</source>
        <translation>（{kind}）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/post_scene.py" line="115"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PostItem</name>
    <message>
        <location filename="../../orgdesk/ui/canvas/post_items.py" line="80"/>
        <source>(vacant)</source>
        <translation>（空缺）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/post_items.py" line="81"/>
        <source>Headcount {headcount} / filled {filled}</source>
        <translation>编制 {headcount} / 在岗 {filled}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/post_items.py" line="85"/>
        <source>vacant {count}</source>
        <translation>空缺 {count}</translation>
    </message>
</context>
<context>
    <name>PostTableModel</name>
    <message>
        <location filename="../../orgdesk/ui/panels/posts_model.py" line="49"/>
        <source>Title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts_model.py" line="50"/>
        <source>Code</source>
        <translation>岗位编号</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts_model.py" line="51"/>
        <source>Category</source>
        <translation>岗位类别</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts_model.py" line="52"/>
        <source>Grade</source>
        <translation>职级</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts_model.py" line="53"/>
        <source>Headcount</source>
        <translation>编制</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts_model.py" line="54"/>
        <source>Filled</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts_model.py" line="55"/>
        <source>Holders</source>
        <translation>任职人员</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts_model.py" line="56"/>
        <source>Reports to</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts_model.py" line="61"/>
        <source>primary</source>
        <translation>主岗</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts_model.py" line="62"/>
        <source>part-time</source>
        <translation>兼职</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts_model.py" line="63"/>
        <source>acting</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts_model.py" line="103"/>
        <source>{name} ({kind})</source>
        <translation>{name}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts_model.py" line="105"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts_model.py" line="131"/>
        <source>{count} vacant: drag a person from the People panel onto this row to fill it.</source>
        <translation>空缺 {count} 人：从“人员”面板把人员拖到这一行即可任命。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts_model.py" line="135"/>
        <source>{count} over the headcount.</source>
        <translation>超编 {count} 人。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts_model.py" line="136"/>
        <source>Fully staffed.</source>
        <translation>已满编。</translation>
    </message>
</context>
<context>
    <name>PostsPanel</name>
    <message>
        <location filename="../../orgdesk/ui/panels/posts.py" line="70"/>
        <source>Select a unit in the tree to see its posts.</source>
        <translation>请在左侧树中选择一个部门以查看其岗位。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts.py" line="80"/>
        <source>Add &amp;Post</source>
        <translation>添加岗位(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts.py" line="82"/>
        <source>Add a post to the selected unit</source>
        <translation>为所选部门添加一个岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts.py" line="84"/>
        <source>&amp;Add post</source>
        <translation>添加岗位(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts.py" line="85"/>
        <source>&amp;Remove post</source>
        <translation>删除岗位(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts.py" line="86"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts.py" line="87"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts.py" line="164"/>
        <source>{unit}: {posts} posts · headcount {headcount} · filled {filled} · vacant {vacant}</source>
        <translation>{unit}：{posts} 个岗位 · 编制 {headcount} · 在岗 {filled} · 空缺 {vacant}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts.py" line="211"/>
        <source>New post</source>
        <translation>新岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts.py" line="226"/>
        <source>Remove the post “{title}”? Its {holders} holders lose this post, and its duties and KPIs are deleted with it. You can undo this.</source>
        <translation>删除岗位“{title}”？其 {holders} 名任职人员将失去该岗位，岗位的职责和考核指标也一并删除。此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts.py" line="229"/>
        <source>Remove post</source>
        <translation>删除岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/posts.py" line="229"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../../orgdesk/ui/printing.py" line="115"/>
        <source>&amp;Print Chart…</source>
        <translation>打印组织机构图(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/printing.py" line="118"/>
        <source>Print the chart, with a preview of the pages</source>
        <translation>打印组织机构图，先预览各页</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/printing.py" line="120"/>
        <source>Print &amp;Booklet…</source>
        <translation>打印岗位说明书汇编(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/printing.py" line="122"/>
        <source>Print the job-description booklet, with a preview of the pages</source>
        <translation>打印岗位说明书汇编，先预览各页</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/printing.py" line="140"/>
        <source>Print Preview — Chart</source>
        <translation>打印预览 — 组织机构图</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/printing.py" line="174"/>
        <location filename="../../orgdesk/ui/printing.py" line="194"/>
        <location filename="../../orgdesk/ui/printing.py" line="210"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/printing.py" line="187"/>
        <source>Preparing the pages…</source>
        <translation>正在准备页面…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/printing.py" line="201"/>
        <source>Print Preview — Job-Description Booklet</source>
        <translation>打印预览 — 岗位说明书汇编</translation>
    </message>
</context>
<context>
    <name>ProblemsTable</name>
    <message>
        <location filename="../../orgdesk/ui/import_widgets.py" line="206"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_widgets.py" line="206"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_widgets.py" line="206"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_widgets.py" line="218"/>
        <source>Note: {reason}</source>
        <translation>提示：{reason}</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="62"/>
        <source>Select a unit, a post or a person to see and change its properties.</source>
        <translation>选择一个部门、岗位或人员，即可查看并修改其属性。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="162"/>
        <source>Unit: {name}</source>
        <translation>部门：{name}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="164"/>
        <source>Post: {title}</source>
        <translation>岗位：{title}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="165"/>
        <source>Person: {name}</source>
        <translation>人员：{name}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="170"/>
        <location filename="../../orgdesk/ui/panels/properties.py" line="191"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="171"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="172"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="173"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="174"/>
        <source>Functions</source>
        <translation>部门职能</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="175"/>
        <location filename="../../orgdesk/ui/panels/properties.py" line="188"/>
        <location filename="../../orgdesk/ui/panels/properties.py" line="204"/>
        <source>Other columns</source>
        <translation>其他列</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="179"/>
        <source>Title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="180"/>
        <source>Post code</source>
        <translation>岗位编号</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="181"/>
        <source>Category</source>
        <translation>岗位类别</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="182"/>
        <source>Grade</source>
        <translation>职级</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="183"/>
        <source>Headcount</source>
        <translation>编制</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="184"/>
        <source>Reports to</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="185"/>
        <source>Manager</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="185"/>
        <source>Heads the unit</source>
        <translation>部门负责人岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="186"/>
        <source>Purpose</source>
        <translation>岗位目的</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="187"/>
        <source>Qualifications</source>
        <translation>任职资格</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="192"/>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="193"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="194"/>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="195"/>
        <source>ID card no.</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="196"/>
        <source>Employment</source>
        <translation>用工性质</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="197"/>
        <source>Started working</source>
        <translation>参加工作时间</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="198"/>
        <source>Hired</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="199"/>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="200"/>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="201"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="202"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="203"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="209"/>
        <source>Contract staff</source>
        <translation>合同制</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="209"/>
        <source>Agency staff</source>
        <translation>劳务派遣</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="209"/>
        <source>Outsourced</source>
        <translation>外包</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="209"/>
        <source>Intern</source>
        <translation>实习</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="210"/>
        <source>Re-employed retiree</source>
        <translation>退休返聘</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="214"/>
        <source>CPC member</source>
        <translation>中共党员</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="214"/>
        <source>CPC probationary member</source>
        <translation>中共预备党员</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="214"/>
        <source>CYL member</source>
        <translation>共青团员</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="215"/>
        <source>Democratic party member</source>
        <translation>民主党派</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="215"/>
        <source>No party affiliation</source>
        <translation>群众</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="219"/>
        <source>Column</source>
        <translation>列名</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="219"/>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="222"/>
        <source>No date</source>
        <translation>清除日期</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="231"/>
        <source>(no type)</source>
        <translation>（无类型）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="236"/>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="237"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="238"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="251"/>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="272"/>
        <source>Primary post</source>
        <translation>主岗</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="273"/>
        <source>Part-time</source>
        <translation>兼职</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="274"/>
        <source>Acting</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/properties.py" line="284"/>
        <source>Holds {post}</source>
        <translation>担任 {post}</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <location filename="../../orgdesk/ui/panels/relations_chooser.py" line="83"/>
        <source>Add a relation</source>
        <translation>添加协作关系</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/relations_chooser.py" line="90"/>
        <source>Type part of a unit&apos;s or post&apos;s name…</source>
        <translation>输入部门或岗位名称的一部分…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/relations_chooser.py" line="102"/>
        <source>What the two work on together, e.g. marketing plan and budget</source>
        <translation>双方协作的事项，例如：营销计划与预算</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/relations_chooser.py" line="106"/>
        <source>Add relation</source>
        <translation>添加关系</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/relations_chooser.py" line="110"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/relations_chooser.py" line="111"/>
        <source>Label:</source>
        <translation>说明：</translation>
    </message>
</context>
<context>
    <name>RelationTableModel</name>
    <message>
        <location filename="../../orgdesk/ui/panels/relations.py" line="46"/>
        <source>Cooperation</source>
        <translation>协作</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/relations.py" line="46"/>
        <source>Dotted-line reporting</source>
        <translation>虚线汇报</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/relations.py" line="66"/>
        <source>{post} ({unit})</source>
        <translation>{post}（{unit}）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/relations.py" line="72"/>
        <source>to →</source>
        <translation>指向 →</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/relations.py" line="72"/>
        <source>← from</source>
        <translation>← 来自</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/relations.py" line="87"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/relations.py" line="87"/>
        <source>With</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/relations.py" line="87"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/relations.py" line="87"/>
        <source>Label</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>RelationsPanel</name>
    <message>
        <location filename="../../orgdesk/ui/panels/relations.py" line="140"/>
        <source>Select a unit in the tree to see its relations.</source>
        <translation>请在左侧树中选择一个部门以查看其协作关系。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/relations.py" line="158"/>
        <source>No relations yet. Add one to show a dotted line on the chart.</source>
        <translation>还没有协作关系。添加一条后，组织图上会以虚线显示。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/relations.py" line="162"/>
        <source>&amp;Add relation…</source>
        <translation>添加关系(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/relations.py" line="164"/>
        <source>&amp;Remove relation</source>
        <translation>删除关系(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="44"/>
        <source>Cannot move “{unit}” under “{target}”: “{target}” is part of “{unit}”&apos;s own subtree.</source>
        <translation>不能把“{unit}”移到“{target}”之下：“{target}”本身就是“{unit}”的下级。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="47"/>
        <source>Scenario “{scenario}” already has a top unit (“{root}”); add the unit under it.</source>
        <translation>方案“{scenario}”已有最高层单位（“{root}”）；请把新单位加在它下面。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="50"/>
        <source>“{unit}” is the top unit of its scenario and cannot be deleted.</source>
        <translation>“{unit}”是本方案的最高层单位，不能删除。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="51"/>
        <source>“{unit}” is the top unit of its scenario and cannot be moved.</source>
        <translation>“{unit}”是本方案的最高层单位，不能移动。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="52"/>
        <source>“{item}” and “{target}” belong to different scenarios.</source>
        <translation>“{item}”和“{target}”属于不同的方案。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="53"/>
        <source>The {field} must not be empty.</source>
        <translation>{field}不能为空。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="54"/>
        <source>The {field} must be zero or more (got {value}).</source>
        <translation>{field}不能小于 0（输入的是 {value}）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="56"/>
        <source>The {field} may be at most {limit} (got {value}).</source>
        <translation>{field}最多为 {limit}（现为 {value}）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="57"/>
        <source>A KPI weight must be between 0 and 100 % (got {value}).</source>
        <translation>考核指标的权重必须在 0 到 100% 之间（输入的是 {value}）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="58"/>
        <source>“{value}” is not a valid {field}; use one of: {choices}.</source>
        <translation>“{value}”不是有效的{field}；可选值：{choices}。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="59"/>
        <source>The {kind} with id {id} does not exist (any more).</source>
        <translation>编号为 {id} 的{kind}不存在（或已被删除）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="60"/>
        <source>Employee number {code} is already used by {name}.</source>
        <translation>工号 {code} 已被{name}使用。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="61"/>
        <source>{person} already holds the post “{position}”.</source>
        <translation>{person}已在“{position}”岗位任职。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="62"/>
        <source>The field “{field}” cannot be changed this way; move the item instead.</source>
        <translation>不能这样修改“{field}”；请改用移动操作。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="63"/>
        <source>A {kind} has no field “{field}”.</source>
        <translation>{kind}没有“{field}”这一项。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="64"/>
        <source>A relation needs two different ends.</source>
        <translation>协作关系的两端必须是不同的对象。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="65"/>
        <source>“{position}” cannot report to “{target}”: that post already reports to it.</source>
        <translation>“{position}”不能向“{target}”汇报：该岗位已经（间接）向它汇报。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="68"/>
        <source>The unit type “{type}” is used by {count} units and cannot be deleted.</source>
        <translation>部门类型“{type}”正被 {count} 个部门使用，不能删除。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="69"/>
        <source>The last scenario of a document cannot be deleted.</source>
        <translation>文档的最后一个方案不能删除。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="70"/>
        <source>A scenario named “{name}” already exists.</source>
        <translation>已有名为“{name}”的方案。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="71"/>
        <source>The {kind} “{name}” was changed by someone else in the meantime; reload and try again.</source>
        <translation>{kind}“{name}”已被他人修改；请重新载入后再试。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations/clipboard.py" line="28"/>
        <source>The clipboard does not hold units copied from OrgDesk ({reason}).</source>
        <translation>剪贴板中不是从 OrgDesk 复制的单位（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/text_rules.py" line="29"/>
        <source>The {field} is {length} characters long; at most {limit} are allowed.</source>
        <translation>{field}长 {length} 个字符；最多允许 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/text_rules.py" line="30"/>
        <source>The {field} contains an invisible control character ({code}); remove it and try again.</source>
        <translation>{field}中含有不可见的控制字符（{code}）；请删除后重试。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/text_rules.py" line="33"/>
        <source>The {field} must be one line; remove the line break.</source>
        <translation>{field}只能有一行；请删除换行。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/depth.py" line="18"/>
        <source>“{unit}” would be at level {level}; an organisation may have at most {limit} levels.</source>
        <translation>“{unit}”将位于第 {level} 层；组织最多只能有 {limit} 层。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/extra.py" line="20"/>
        <source>The other columns kept with “{item}” are damaged ({reason}).</source>
        <translation>“{item}”保存的其他列已损坏（{reason}）。</translation>
    </message>
</context>
<context>
    <name>ScenarioActions</name>
    <message>
        <location filename="../../orgdesk/ui/scenario_actions.py" line="39"/>
        <source>&amp;New Scenario (Copy of Shown)…</source>
        <translation>新建方案（复制当前所示）(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/scenario_actions.py" line="41"/>
        <source>Copy the shown scenario with its units, posts, duties, KPIs and holders, as a new option</source>
        <translation>复制当前所示方案（机构、岗位、职责、KPI 及在岗人员），作为新的方案</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/scenario_actions.py" line="43"/>
        <source>&amp;Rename Scenario…</source>
        <translation>重命名方案(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/scenario_actions.py" line="44"/>
        <source>&amp;Delete Scenario…</source>
        <translation>删除方案(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/scenario_actions.py" line="45"/>
        <source>&amp;Mark as Current (现行)</source>
        <translation>设为现行方案(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/scenario_actions.py" line="46"/>
        <source>Make the shown scenario the organisation as it is today</source>
        <translation>将当前所示方案设为组织的现行架构</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/scenario_actions.py" line="83"/>
        <source>New Scenario</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/scenario_actions.py" line="84"/>
        <source>The new scenario starts as a copy of “{name}”. Its name:</source>
        <translation>新方案将复制“{name}”。请输入新方案名称：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/scenario_actions.py" line="101"/>
        <source>Option {letter}</source>
        <translation>方案{letter}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/scenario_actions.py" line="111"/>
        <source>Rename Scenario</source>
        <translation>重命名方案</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/scenario_actions.py" line="111"/>
        <source>New name of “{name}”:</source>
        <translation>“{name}”的新名称：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/scenario_actions.py" line="124"/>
        <source>Scenario not deleted</source>
        <translation>方案未删除</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/scenario_actions.py" line="126"/>
        <source>“{name}” is the document&apos;s only scenario, and a document needs one. To replace it, create a new scenario first (Scenario › New Scenario), then delete this one.</source>
        <translation>“{name}”是文档中唯一的方案，文档至少需要一个方案。如要替换它，请先新建方案（方案 › 新建方案），再删除此方案。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/scenario_actions.py" line="134"/>
        <source>Delete scenario “{name}” with its {units} units and {posts} posts? People stay in the document. You can undo this (Edit › Undo).</source>
        <translation>删除方案“{name}”及其 {units} 个机构和 {posts} 个岗位？人员仍保留在文档中。此操作可以撤销（编辑 › 撤销）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/scenario_actions.py" line="137"/>
        <source>Delete Scenario</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/scenario_actions.py" line="137"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/scenario_actions.py" line="148"/>
        <source>Copying the scenario…</source>
        <translation>正在复制方案…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/scenario_actions.py" line="177"/>
        <source>Scenario Actions</source>
        <translation>方案操作</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/scenario_actions.py" line="179"/>
        <source>New scenario as a copy, rename, delete, mark as current, compare</source>
        <translation>复制新建方案、重命名、删除、设为现行、方案对比</translation>
    </message>
</context>
<context>
    <name>ScenarioStatus</name>
    <message>
        <location filename="../../orgdesk/ui/status.py" line="78"/>
        <source>Figures for the whole scenario shown in the tree</source>
        <translation>树中所示方案的整体数据</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/status.py" line="86"/>
        <source>Units</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/status.py" line="87"/>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/status.py" line="88"/>
        <source>Headcount</source>
        <translation>编制</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/status.py" line="89"/>
        <source>Filled</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/status.py" line="90"/>
        <source>Vacant</source>
        <translation>空缺</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/status.py" line="93"/>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
</context>
<context>
    <name>ScenarioSwitcher</name>
    <message>
        <location filename="../../orgdesk/ui/scenarios.py" line="20"/>
        <source>Scenario: the organisation design shown in the tree</source>
        <translation>方案：树中显示的组织设计</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/scenarios.py" line="31"/>
        <source>{name} (current)</source>
        <translation>{name}（现行）</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../orgdesk/ui/panels/search.py" line="25"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/search.py" line="26"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/search.py" line="27"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/search.py" line="28"/>
        <source>Duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/search.py" line="44"/>
        <source>Find units, posts, people, duty text…</source>
        <translation>查找单位、岗位、人员、职责文字…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/search.py" line="91"/>
        <source>Nothing found for “{query}”.</source>
        <translation>没有找到“{query}”。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/search.py" line="94"/>
        <source>The first {count} results; type more to narrow them.</source>
        <translation>前 {count} 条结果；请输入更多文字缩小范围。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/search.py" line="97"/>
        <source>1 result</source>
        <translation>1 条结果</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/search.py" line="99"/>
        <source>{count} results</source>
        <translation>{count} 条结果</translation>
    </message>
</context>
<context>
    <name>SelectionStatus</name>
    <message>
        <location filename="../../orgdesk/ui/status.py" line="39"/>
        <source>Figures for the selected unit with its sub-units</source>
        <translation>所选单位（含下级单位）的统计数字</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/status.py" line="49"/>
        <source>{name}: {units} units · {posts} posts · headcount {headcount} · filled {filled} · vacant {vacant}</source>
        <translation>{name}：{units} 个单位 · {posts} 个岗位 · 编制 {headcount} · 在岗 {filled} · 空缺 {vacant}</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../orgdesk/ui/team.py" line="52"/>
        <source>Open Server Document</source>
        <translation>打开服务器文档</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/team.py" line="62"/>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/team.py" line="63"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/team.py" line="64"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/team.py" line="65"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/team.py" line="66"/>
        <source>Encryption (sslmode):</source>
        <translation>加密（sslmode）：</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../orgdesk/startup_check.py" line="22"/>
        <source>OrgDesk cannot open its window: there is no display (DISPLAY is not set). Start it from the desktop, or use a command such as “orgdesk export” (see orgdesk --help).</source>
        <translation>OrgDesk 无法打开窗口：没有可用的显示（未设置 DISPLAY）。请从桌面启动，或使用“orgdesk export”等命令（见 orgdesk --help）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/startup_check.py" line="27"/>
        <source>OrgDesk cannot open its window: Qt&apos;s X11 libraries are missing ({libraries}). Install them with “sudo apt-get install {packages}”, or start OrgDesk with scripts/start.sh, which installs them.</source>
        <translation>OrgDesk 无法打开窗口：缺少 Qt 的 X11 库（{libraries}）。请用“sudo apt-get install {packages}”安装，或用 scripts/start.sh 启动 OrgDesk，它会自动安装这些库。</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../orgdesk/store/files.py" line="22"/>
        <source>The file “{path}” does not exist.</source>
        <translation>文件“{path}”不存在。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="23"/>
        <source>“{path}” is a folder, not an OrgDesk document.</source>
        <translation>“{path}”是文件夹，不是 OrgDesk 文档。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="24"/>
        <source>The file “{path}” cannot be read: {reason}.</source>
        <translation>无法读取文件“{path}”：{reason}。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="25"/>
        <source>“{path}” is not an OrgDesk document (it is not a database file).</source>
        <translation>“{path}”不是 OrgDesk 文档（它不是数据库文件）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="26"/>
        <source>“{path}” is a database, but not an OrgDesk document; OrgDesk did not change it.</source>
        <translation>“{path}”是数据库文件，但不是 OrgDesk 文档；OrgDesk 没有改动它。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="29"/>
        <source>“{path}” was written by a newer OrgDesk (format {found}; this version reads up to {supported}). Please update OrgDesk to open it.</source>
        <translation>“{path}”由更新版本的 OrgDesk 写入（格式 {found}；本版本最高支持 {supported}）。请升级 OrgDesk 后再打开。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="34"/>
        <source>“{path}” is damaged or incomplete ({reason}); OrgDesk did not change it. Try a backup copy.</source>
        <translation>“{path}”已损坏或不完整（{reason}）；OrgDesk 没有改动它。请尝试打开备份副本。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="37"/>
        <source>“{path}” is being saved by another program right now; try again in a moment.</source>
        <translation>“{path}”正在被另一个程序保存；请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="38"/>
        <source>“{path}” is read-only (or its folder is); copy it somewhere writable to edit it.</source>
        <translation>“{path}”（或其所在文件夹）是只读的；请复制到可写的位置后再编辑。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="41"/>
        <source>“{path}” already exists; choose another name.</source>
        <translation>“{path}”已存在；请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="42"/>
        <source>Could not save to “{path}”: {reason}. The document is as it was after the last saved edit.</source>
        <translation>无法保存到“{path}”：{reason}。文档保持在最后一次成功保存后的状态。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="45"/>
        <source>Could not create “{path}”: {reason}.</source>
        <translation>无法创建“{path}”：{reason}。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="46"/>
        <source>“{path}” holds a save that was cut off (by a crash or a power cut); OrgDesk can undo the unfinished part only where it may write. Make the file and its folder writable, or copy “{path}” together with “{journal}” to a writable folder, and open it again.</source>
        <translation>“{path}”中有一次被中断的保存（程序崩溃或断电）；OrgDesk 只能在可写的位置撤销未完成的部分。请让该文件及其所在文件夹可写，或把“{path}”连同“{journal}”一起复制到可写的文件夹，再重新打开。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/schema_check.py" line="32"/>
        <source>“{path}” carries {what} that OrgDesk does not create, so it was not opened (a document must never run code it carries). Ask the sender for a clean copy, or have it exported again from OrgDesk.</source>
        <translation>“{path}”中带有 OrgDesk 不会创建的 {what}，因此没有打开（文档绝不能运行其中携带的代码）。请向发送者索取一份干净的副本，或请对方从 OrgDesk 重新导出。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/schema_check.py" line="37"/>
        <source>“{path}” has a changed structure ({what}), so it was not opened; OrgDesk did not change it. Ask the sender for a clean copy, or use a backup.</source>
        <translation>“{path}”的结构被改动过（{what}），因此没有打开；OrgDesk 没有修改它。请向发送者索取一份干净的副本，或使用备份。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/server.py" line="31"/>
        <source>“{path}” is not a server address OrgDesk understands; write it as postgresql://user@host/database.</source>
        <translation>“{path}”不是 OrgDesk 能识别的服务器地址；请写成 postgresql://用户@主机/数据库。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/server.py" line="34"/>
        <source>Could not connect to “{path}”: {reason}. Check the host, port, database name, user and password (and sslmode), then try again.</source>
        <translation>无法连接到“{path}”：{reason}。请检查主机、端口、数据库名、用户和密码（以及 sslmode），然后重试。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/server.py" line="39"/>
        <source>The database “{path}” holds no OrgDesk document. Upload one with: orgdesk copy FILE.orgdesk {path}</source>
        <translation>数据库“{path}”中没有 OrgDesk 文档。可用以下命令上传：orgdesk copy 文件.orgdesk {path}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/server.py" line="43"/>
        <source>The database “{path}” is not empty; OrgDesk uploads a document only into an empty database.</source>
        <translation>数据库“{path}”不是空的；OrgDesk 只会把文档上传到空数据库中。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/server.py" line="46"/>
        <source>The document on “{path}” has an older format ({found}; this OrgDesk uses {supported}). Updating it changes the schema for every planner: confirm it (command line: --migrate), after making a backup of the database.</source>
        <translation>“{path}”上的文档格式较旧（{found}；本版 OrgDesk 使用 {supported}）。升级会改变所有规划人员使用的数据库结构：请先备份数据库，再确认升级（命令行：--migrate）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/store.py" line="71"/>
        <source>You can read “{path}” but not change it: your database user may not write to it. Ask the database administrator for write access, or copy it to a file (orgdesk copy) to work on your own copy.</source>
        <translation>您可以查看“{path}”，但不能修改：您的数据库用户没有写权限。请向数据库管理员申请写权限，或将其复制为文件（orgdesk copy）后在自己的副本上工作。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/versions.py" line="23"/>
        <source>{author} changed the {kind} “{name}” at {when}, after you last saw it, so your change was not made (nothing of theirs was overwritten). The view now shows the current version: check it and make your change again if it is still needed.</source>
        <translation>{author} 于 {when} 修改了{kind}“{name}”（在您上次看到之后），因此您的修改没有执行（对方的内容未被覆盖）。视图已显示当前版本：请核对后，如仍需要再重新修改。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/versions.py" line="29"/>
        <source>Someone else changed or removed the {kind} “{name}” after you last saw it, so your change was not made (nothing of theirs was overwritten). The view now shows the current version: check it and make your change again if it is still needed.</source>
        <translation>在您上次看到之后，其他人修改或删除了{kind}“{name}”，因此您的修改没有执行（对方的内容未被覆盖）。视图已显示当前版本：请核对后，如仍需要再重新修改。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/write_guard.py" line="16"/>
        <source>Could not save to “{path}”: the disk is full. Your last edit was not saved; everything before it is. Free some space (or save a copy elsewhere with Save As), then make the edit again.</source>
        <translation>无法保存到“{path}”：磁盘已满。最后一次修改没有保存，之前的修改都已保存。请腾出一些空间（或用“另存为”把副本保存到别处），然后重新做这次修改。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/write_guard.py" line="21"/>
        <source>Could not save to “{path}”: the disk reported an error ({reason}; was a USB drive or network share removed?). Your last edit was not saved; everything before it is. Check the drive, then make the edit again.</source>
        <translation>无法保存到“{path}”：磁盘报告了错误（{reason}；是否拔出了 U 盘或断开了网络共享？）。最后一次修改没有保存，之前的修改都已保存。请检查该驱动器，然后重新做这次修改。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/write_guard.py" line="26"/>
        <source>Could not save to “{path}”: the file or its folder is now read-only. Your last edit was not saved; everything before it is. Make the folder writable again, or save a copy elsewhere with Save As.</source>
        <translation>无法保存到“{path}”：该文件或其所在文件夹现在是只读的。最后一次修改没有保存，之前的修改都已保存。请让文件夹重新可写，或用“另存为”把副本保存到别处。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/write_guard.py" line="31"/>
        <source>Could not save to “{path}”: another program is holding the file. Your last edit was not saved; everything before it is. Close the other program (or wait a moment), then make the edit again.</source>
        <translation>无法保存到“{path}”：另一个程序正占用该文件。最后一次修改没有保存，之前的修改都已保存。请关闭那个程序（或稍等片刻），然后重新做这次修改。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/output_files.py" line="25"/>
        <source>“{path}” is not a file OrgDesk can write (it is a folder, a device or a pipe); choose a file name.</source>
        <translation>“{path}”不是 OrgDesk 可以写入的文件（它是文件夹、设备或管道）；请选择一个文件名。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/output_files.py" line="28"/>
        <source>“{path}” is an OrgDesk document; OrgDesk never writes an export over a document. Choose another name.</source>
        <translation>“{path}”是一个 OrgDesk 文档；OrgDesk 不会用导出文件覆盖文档。请换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/output_files.py" line="31"/>
        <source>“{path}” is the document being read; choose another name for what is written.</source>
        <translation>“{path}”就是正在读取的文档；请为要写出的文件另选一个名称。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/output_files.py" line="34"/>
        <source>“{path}” is named for two outputs; give each its own file.</source>
        <translation>“{path}”被指定给了两个输出；请为每个输出各指定一个文件。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/output_files.py" line="35"/>
        <source>Could not write “{path}”: {reason}.</source>
        <translation>无法写入“{path}”：{reason}。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/consistency.py" line="22"/>
        <source>“{path}” cannot be opened: the {field} of {kind} {id} holds a wrong value ({value}). The file was changed outside OrgDesk or is damaged; OrgDesk did not change it. Try a backup copy.</source>
        <translation>无法打开“{path}”：{kind} {id} 的{field}中有错误的值（{value}）。该文件曾在 OrgDesk 之外被修改或已损坏；OrgDesk 没有改动它。请尝试使用备份副本。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/consistency.py" line="27"/>
        <source>“{path}” cannot be opened: {kind} {id} refers to {target} {target_id}, which does not exist (or belongs to another scenario). The file was changed outside OrgDesk or is damaged; OrgDesk did not change it. Try a backup copy.</source>
        <translation>无法打开“{path}”：{kind} {id} 引用了不存在（或属于另一方案）的{target} {target_id}。该文件曾在 OrgDesk 之外被修改或已损坏；OrgDesk 没有改动它。请尝试使用备份副本。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/consistency.py" line="33"/>
        <source>“{path}” cannot be opened: unit {id} (“{name}”) is not under the top unit of its scenario; its parents form a loop. The file was changed outside OrgDesk or is damaged; OrgDesk did not change it. Try a backup copy.</source>
        <translation>无法打开“{path}”：单位 {id}（“{name}”）不在其方案的顶层单位之下；它的上级形成了循环。该文件曾在 OrgDesk 之外被修改或已损坏；OrgDesk 没有改动它。请尝试使用备份副本。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/consistency.py" line="39"/>
        <source>“{path}” cannot be opened: scenario “{scenario}” has {count} top units instead of one. The file was changed outside OrgDesk or is damaged; OrgDesk did not change it. Try a backup copy.</source>
        <translation>无法打开“{path}”：方案“{scenario}”有 {count} 个顶层单位，而不是一个。该文件曾在 OrgDesk 之外被修改或已损坏；OrgDesk 没有改动它。请尝试使用备份副本。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/consistency.py" line="44"/>
        <source>“{path}” cannot be opened: its unit tree is more than {limit} levels deep (OrgDesk handles up to {limit}). The file was changed outside OrgDesk or is damaged; OrgDesk did not change it. Try a backup copy.</source>
        <translation>无法打开“{path}”：其机构树超过 {limit} 层（OrgDesk 最多支持 {limit} 层）。该文件曾在 OrgDesk 之外被修改或已损坏；OrgDesk 没有改动它。请尝试使用备份副本。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/consistency.py" line="49"/>
        <source>“{path}” cannot be opened: post {id} (“{name}”) reports to itself through a loop. The file was changed outside OrgDesk or is damaged; OrgDesk did not change it. Try a backup copy.</source>
        <translation>无法打开“{path}”：岗位 {id}（“{name}”）的汇报关系绕回了自己。该文件曾在 OrgDesk 之外被修改或已损坏；OrgDesk 没有改动它。请尝试使用备份副本。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/consistency.py" line="54"/>
        <source>“{path}” cannot be opened: two scenarios are both named “{name}”. The file was changed outside OrgDesk or is damaged; OrgDesk did not change it. Try a backup copy.</source>
        <translation>无法打开“{path}”：有两个方案都叫“{name}”。该文件曾在 OrgDesk 之外被修改或已损坏；OrgDesk 没有改动它。请尝试使用备份副本。</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <location filename="../../orgdesk/ui/team.py" line="91"/>
        <source>Open &amp;Server Document…</source>
        <translation>打开服务器文档(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/team.py" line="93"/>
        <source>Open an organisation shared on a PostgreSQL server</source>
        <translation>打开共享在 PostgreSQL 服务器上的组织</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/team.py" line="120"/>
        <location filename="../../orgdesk/ui/team.py" line="126"/>
        <source>Could not check for other planners&apos; changes: {reason}</source>
        <translation>无法检查其他规划人员的修改：{reason}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/team.py" line="139"/>
        <source>Read-only: your database user may not change this document. Ask the database administrator for write access to edit it.</source>
        <translation>只读：您的数据库用户无权修改此文档。如需编辑，请向数据库管理员申请写权限。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/team.py" line="143"/>
        <source>Read-only: this file cannot be changed here. Use File › Save As… to edit a copy.</source>
        <translation>只读：此文件在这里不能修改。请用“文件 › 另存为…”编辑一份副本。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/team.py" line="156"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/team.py" line="157"/>
        <source>Password for {location}:</source>
        <translation>{location} 的密码：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/team.py" line="177"/>
        <source>Update the document on the server now?</source>
        <translation>现在升级服务器上的文档吗？</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/team.py" line="178"/>
        <source>Update the server document</source>
        <translation>升级服务器文档</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/team.py" line="178"/>
        <source>Update</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/team.py" line="183"/>
        <source>Cannot open the server document</source>
        <translation>无法打开服务器文档</translation>
    </message>
</context>
<context>
    <name>TotalsTable</name>
    <message>
        <location filename="../../orgdesk/ui/compare/changes.py" line="135"/>
        <source>All: {name}</source>
        <translation>合计：{name}</translation>
    </message>
</context>
<context>
    <name>TreePreview</name>
    <message>
        <location filename="../../orgdesk/ui/import_widgets.py" line="134"/>
        <location filename="../../orgdesk/ui/import_widgets.py" line="142"/>
        <source>Unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_widgets.py" line="134"/>
        <location filename="../../orgdesk/ui/import_widgets.py" line="142"/>
        <source>Posts</source>
        <translation>岗位数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_widgets.py" line="134"/>
        <location filename="../../orgdesk/ui/import_widgets.py" line="142"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_widgets.py" line="156"/>
        <source>… and {count} more units</source>
        <translation>……另有 {count} 个部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_widgets.py" line="163"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_widgets.py" line="163"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/import_widgets.py" line="165"/>
        <source>Hover over a line to read it whole</source>
        <translation>将鼠标停在某行上可看到全文</translation>
    </message>
</context>
<context>
    <name>UnitClipboard</name>
    <message>
        <location filename="../../orgdesk/ui/clipboard.py" line="57"/>
        <source>Cut “{name}”? The {people} people holding its posts are not copied: after pasting, the posts are vacant. You can undo this.</source>
        <translation>剪切“{name}”？其岗位上的 {people} 名人员不会被复制：粘贴后这些岗位为空缺。此操作可以撤销。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/clipboard.py" line="60"/>
        <source>Cut unit</source>
        <translation>剪切单位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/clipboard.py" line="60"/>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
</context>
<context>
    <name>UnitDetails</name>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="63"/>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="103"/>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="193"/>
        <source>Headcount</source>
        <translation>编制</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="104"/>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="194"/>
        <source>Filled</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="105"/>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="195"/>
        <source>Vacant</source>
        <translation>空缺</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="107"/>
        <source>This unit</source>
        <translation>本部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="110"/>
        <source>With all sub-units</source>
        <translation>含下属部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="118"/>
        <source>No duties recorded.</source>
        <translation>尚未填写职责。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="144"/>
        <source>Monthly</source>
        <translation>月度</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="145"/>
        <source>Quarterly</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="146"/>
        <source>Yearly</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="157"/>
        <source>No KPIs recorded.</source>
        <translation>尚未填写考核指标。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="159"/>
        <source>KPI</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="160"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="161"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="162"/>
        <source>Period</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="175"/>
        <source>concurrent</source>
        <translation>兼职</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="176"/>
        <source>acting</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="188"/>
        <source>This unit has no posts.</source>
        <translation>本部门没有岗位。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="190"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="191"/>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="265"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="192"/>
        <source>Grade</source>
        <translation>职级</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="196"/>
        <source>Holders</source>
        <translation>任职人员</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="222"/>
        <source>duties: {duties} · KPIs: {kpis}</source>
        <translation>职责 {duties} 项 · 指标 {kpis} 项</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="232"/>
        <source>Purpose</source>
        <translation>岗位目的</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="233"/>
        <source>Qualifications</source>
        <translation>任职资格</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="234"/>
        <source>Category</source>
        <translation>岗位类别</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="238"/>
        <source>Reports to</source>
        <translation>上级岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="240"/>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="284"/>
        <source>Duties</source>
        <translation>主要职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="242"/>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="287"/>
        <source>KPIs</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="263"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="264"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="271"/>
        <source>Function</source>
        <translation>部门职能</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="275"/>
        <source>No description recorded.</source>
        <translation>尚未填写部门职能。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="277"/>
        <source>Staffing</source>
        <translation>编制情况</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="281"/>
        <source>Posts ({count})</source>
        <translation>岗位（{count}）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="292"/>
        <source>Collapse all</source>
        <translation>全部收起</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="294"/>
        <source>Expand all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="295"/>
        <source>Duties and KPIs of each post</source>
        <translation>各岗位职责与考核指标</translation>
    </message>
</context>
<context>
    <name>UnitDetailsPanel</name>
    <message>
        <location filename="../../orgdesk/ui/panels/details.py" line="89"/>
        <source>Select a unit in the tree to see its posts, duties and KPIs.</source>
        <translation>在左侧树中选择一个部门，查看其岗位、职责和考核指标。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details.py" line="91"/>
        <source>No document is open. Use File › Open… or File › New… to start.</source>
        <translation>没有打开的文档。请用“文件 › 打开…”或“文件 › 新建…”开始。</translation>
    </message>
</context>
<context>
    <name>UnitItem</name>
    <message>
        <location filename="../../orgdesk/layout/style.py" line="39"/>
        <location filename="../../orgdesk/ui/canvas/items.py" line="215"/>
        <source>(no manager)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/layout/style.py" line="40"/>
        <location filename="../../orgdesk/ui/canvas/items.py" line="216"/>
        <source>Posts {headcount} / filled {filled}</source>
        <translation>编制 {headcount} / 在岗 {filled}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/layout/style.py" line="41"/>
        <location filename="../../orgdesk/ui/canvas/items.py" line="219"/>
        <source>With sub-units {headcount} / {filled}</source>
        <translation>含下级 {headcount} / {filled}</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../orgdesk/ui/tree/model.py" line="388"/>
        <source>Unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/tree/model.py" line="388"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/tree/model.py" line="388"/>
        <source>Headcount / Filled</source>
        <translation>编制 / 在岗</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/tree/model.py" line="390"/>
        <source>Posts of the unit itself: headcount (approved places) / filled (primary holders)</source>
        <translation>本部门自身岗位：编制（核定人数）/ 在岗（主岗人员）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/tree/model.py" line="461"/>
        <source>{name}: headcount {headcount}, filled {filled}, vacant {vacant}</source>
        <translation>{name}：编制 {headcount}，在岗 {filled}，空缺 {vacant}</translation>
    </message>
</context>
</TS>
