<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../orgdesk/app.py" line="32"/>
        <source>“{argument}” is neither a command (new, info, duties) nor an OrgDesk document (.orgdesk).</source>
        <translation>“{argument}”既不是命令（new、info、duties），也不是 OrgDesk 文档（.orgdesk）。</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../orgdesk/cli.py" line="43"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="50"/>
        <source>OrgDesk: organisation charts and organisation design.</source>
        <translation>OrgDesk：组织机构图与组织设计。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="55"/>
        <source>create a document</source>
        <translation>新建文档</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="56"/>
        <source>the .orgdesk file to create</source>
        <translation>要创建的 .orgdesk 文件</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="60"/>
        <source>fill it with the bundled sample organisation</source>
        <translation>填入内置的示例组织</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="62"/>
        <source>organisation name (default: the file name)</source>
        <translation>组织名称（默认：文件名）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="63"/>
        <source>replace an existing file</source>
        <translation>替换已有文件</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="65"/>
        <source>show counts and the unit tree</source>
        <translation>显示统计数字和组织树</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="66"/>
        <source>an .orgdesk file</source>
        <translation>一个 .orgdesk 文件</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="67"/>
        <source>scenario name (default: the current one)</source>
        <translation>方案名称（默认：当前方案）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="68"/>
        <source>print one JSON object</source>
        <translation>输出一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="70"/>
        <source>work with duty lists</source>
        <translation>处理职责清单</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="73"/>
        <source>split pasted duty text into numbered items (JSON)</source>
        <translation>把粘贴的职责文本拆分为编号条目（JSON）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="75"/>
        <source>a text file, or - for stdin</source>
        <translation>文本文件，或用 - 表示标准输入</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="83"/>
        <source>“{path}” already exists; use --force to replace it.</source>
        <translation>“{path}”已存在；如需替换请加 --force。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="89"/>
        <source>Created {path}</source>
        <translation>已创建 {path}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="98"/>
        <source>The document has no scenario.</source>
        <translation>该文档没有任何方案。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="105"/>
        <source>No scenario named “{name}”; the document has: {names}.</source>
        <translation>没有名为“{name}”的方案；文档中的方案有：{names}。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="182"/>
        <source>{indent}{name} [{type}]  posts {posts}, headcount {headcount}, filled {filled}</source>
        <translation>{indent}{name} [{type}]  岗位 {posts}，编制 {headcount}，在岗 {filled}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="205"/>
        <source>Units</source>
        <translation>部门数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="206"/>
        <source>Posts</source>
        <translation>岗位数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="207"/>
        <source>People</source>
        <translation>人员数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="208"/>
        <source>Assignments</source>
        <translation>任职数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="209"/>
        <source>Duties</source>
        <translation>职责数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="210"/>
        <source>KPIs</source>
        <translation>考核指标数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="211"/>
        <source>Relations</source>
        <translation>协作关系数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="212"/>
        <source>Depth</source>
        <translation>层级深度</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="217"/>
        <source>Scenarios: {names}</source>
        <translation>方案：{names}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="244"/>
        <source>Cannot read “{path}”: {reason}.</source>
        <translation>无法读取“{path}”：{reason}。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="290"/>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/cli.py" line="295"/>
        <source>Internal error: {error} (set ORGDESK_DEBUG=1 for details)</source>
        <translation>内部错误：{error}（设置 ORGDESK_DEBUG=1 可查看详情）</translation>
    </message>
</context>
<context>
    <name>ChartActions</name>
    <message>
        <location filename="../../orgdesk/ui/canvas/view.py" line="116"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/view.py" line="120"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/view.py" line="122"/>
        <source>&amp;Fit Chart to Window</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/view.py" line="124"/>
        <source>Actual &amp;Size (100 %)</source>
        <translation>实际大小 (100 %)(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/view.py" line="129"/>
        <source>Chart &amp;Top Down</source>
        <translation>机构图自上而下(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/view.py" line="130"/>
        <source>Chart &amp;Left to Right</source>
        <translation>机构图从左到右(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/view.py" line="131"/>
        <source>Chart &amp;Compact</source>
        <translation>机构图紧凑排列(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/view.py" line="143"/>
        <source>Expand to Level &amp;{level}</source>
        <translation>展开到第 {level} 级(&amp;{level})</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/view.py" line="168"/>
        <source>E&amp;xpand Chart</source>
        <translation>展开机构图(&amp;X)</translation>
    </message>
</context>
<context>
    <name>ChartScene</name>
    <message>
        <location filename="../../orgdesk/ui/canvas/scene.py" line="351"/>
        <source>&amp;Expand</source>
        <translation>展开(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/scene.py" line="353"/>
        <source>&amp;Collapse</source>
        <translation>折叠(&amp;C)</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../../orgdesk/ui/documents.py" line="71"/>
        <source>“{path}” could not be opened ({detail}); OrgDesk did not change it.</source>
        <translation>无法打开“{path}”（{detail}）；OrgDesk 未修改该文件。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/documents.py" line="99"/>
        <source>Cannot open the document</source>
        <translation>无法打开文档</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/documents.py" line="111"/>
        <source>Open Document</source>
        <translation>打开文档</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/documents.py" line="115"/>
        <location filename="../../orgdesk/ui/documents.py" line="123"/>
        <source>New organisation</source>
        <translation>新组织</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/documents.py" line="116"/>
        <source>New Document</source>
        <translation>新建文档</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/documents.py" line="128"/>
        <location filename="../../orgdesk/ui/documents.py" line="176"/>
        <source>Cannot create the document</source>
        <translation>无法创建文档</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/documents.py" line="137"/>
        <source>{name} copy</source>
        <translation>{name} 副本</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/documents.py" line="138"/>
        <source>Save Document As</source>
        <translation>文档另存为</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/documents.py" line="147"/>
        <source>Cannot save a copy</source>
        <translation>无法保存副本</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/documents.py" line="170"/>
        <source>Cannot create the sample document</source>
        <translation>无法创建示例文档</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/documents.py" line="175"/>
        <source>“{path}” is the open document; choose another name.</source>
        <translation>“{path}”是当前打开的文档，请换一个文件名。</translation>
    </message>
</context>
<context>
    <name>DutiesPanel</name>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="263"/>
        <source>Select a unit in the tree to see its duties.</source>
        <translation>在组织树中选择一个部门以查看其职责。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="285"/>
        <source>&amp;Add duty</source>
        <translation>添加职责(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="286"/>
        <source>&amp;Delete duty</source>
        <translation>删除职责(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="287"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="288"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="290"/>
        <source>&amp;Paste numbered text…</source>
        <translation>粘贴编号文本(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="394"/>
        <source>New duty</source>
        <translation>新职责</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../orgdesk/ui/editing.py" line="123"/>
        <source>The change was not made</source>
        <translation>未能修改</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/editing.py" line="144"/>
        <source>New unit</source>
        <translation>新部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/editing.py" line="166"/>
        <source>Delete “{name}” with {units} sub-units, {posts} posts, {people} people assigned, {duties} duties and {kpis} KPIs? You can undo this.</source>
        <translation>删除“{name}”及其 {units} 个下级部门、{posts} 个岗位、{people} 名在岗人员、{duties} 条职责和 {kpis} 个 KPI？删除后可以撤销。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/editing.py" line="176"/>
        <source>Delete unit</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/editing.py" line="176"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="72"/>
        <source>organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="73"/>
        <source>unit_type</source>
        <translation>部门类型</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="74"/>
        <source>scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="75"/>
        <source>unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="76"/>
        <source>position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="77"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="78"/>
        <source>assignment</source>
        <translation>任职</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="79"/>
        <source>duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="80"/>
        <source>kpi</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="81"/>
        <source>relation</source>
        <translation>协作关系</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="82"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="83"/>
        <source>title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="84"/>
        <source>text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="85"/>
        <source>headcount</source>
        <translation>编制数</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="86"/>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="87"/>
        <source>code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="88"/>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="89"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="90"/>
        <source>period</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="91"/>
        <source>direction</source>
        <translation>指标方向</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="92"/>
        <source>owner_kind</source>
        <translation>归属类型</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="93"/>
        <source>from_kind</source>
        <translation>起点类型</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="94"/>
        <source>to_kind</source>
        <translation>终点类型</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="95"/>
        <source>parent_id</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="96"/>
        <source>sort_order</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="97"/>
        <source>scenario_id</source>
        <translation>所属方案</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="98"/>
        <source>unit_id</source>
        <translation>所属部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="99"/>
        <source>owner_id</source>
        <translation>归属对象</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="100"/>
        <source>person_id</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="101"/>
        <source>position_id</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="102"/>
        <source>origin_id</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="103"/>
        <source>id</source>
        <translation>标识</translation>
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
        <location filename="../../orgdesk/ui/panels/kpis.py" line="59"/>
        <source>Name</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="60"/>
        <source>Definition</source>
        <translation>指标定义</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="61"/>
        <source>Unit of measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="62"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="63"/>
        <source>Weight %</source>
        <translation>权重 %</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="64"/>
        <source>Period</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="65"/>
        <source>Direction</source>
        <translation>指标方向</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="70"/>
        <source>Monthly</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="71"/>
        <source>Quarterly</source>
        <translation>季</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="72"/>
        <source>Yearly</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="77"/>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="78"/>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="79"/>
        <source>Hit the target</source>
        <translation>达到目标值</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="157"/>
        <source>The change was not made</source>
        <translation>未做修改</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="158"/>
        <source>“{value}” is not a weight. Type a number from 0 to 100, e.g. 40.</source>
        <translation>“{value}”不是有效的权重。请输入 0 到 100 之间的数字，例如 40。</translation>
    </message>
</context>
<context>
    <name>KpisPanel</name>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="205"/>
        <source>Select a unit in the tree to see its KPIs.</source>
        <translation>在组织树中选择一个部门以查看其考核指标。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="235"/>
        <source>&amp;Add KPI</source>
        <translation>添加指标(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="236"/>
        <source>&amp;Delete KPI</source>
        <translation>删除指标(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="237"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="238"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="312"/>
        <source>Weights total {total} % — they should total 100 %.</source>
        <translation>权重合计 {total}%，应为 100%。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/kpis.py" line="339"/>
        <source>New KPI</source>
        <translation>新指标</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="21"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="23"/>
        <source>Create an empty organisation document</source>
        <translation>新建一个空的组织文档</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="25"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="27"/>
        <source>Open an OrgDesk document</source>
        <translation>打开 OrgDesk 文档</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="29"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="31"/>
        <source>Save a copy of the document and continue in the copy</source>
        <translation>保存文档副本，并在副本中继续工作</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="33"/>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="35"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="40"/>
        <source>Add &amp;Child Unit</source>
        <translation>添加下级部门(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="42"/>
        <source>Add a unit under the selected unit</source>
        <translation>在所选部门下添加一个下级部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="44"/>
        <source>Add &amp;Sibling Unit</source>
        <translation>添加同级部门(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="46"/>
        <source>Add a unit next to the selected unit, under the same parent</source>
        <translation>在所选部门之后添加一个同级部门（同一上级下）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="48"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="50"/>
        <source>Rename the selected unit in the tree</source>
        <translation>在树中重命名所选部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="52"/>
        <source>&amp;Delete Unit…</source>
        <translation>删除部门(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="54"/>
        <source>Delete the selected unit with its sub-units, posts, duties and KPIs</source>
        <translation>删除所选部门及其下级部门、岗位、职责和 KPI</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="58"/>
        <source>&amp;About OrgDesk</source>
        <translation>关于 OrgDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="60"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="65"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/actions.py" line="68"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="83"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="67"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="64"/>
        <source>Units</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="70"/>
        <source>&lt;document as opened&gt;</source>
        <translation>&lt;打开时的文档&gt;</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="71"/>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="74"/>
        <source>Duties</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="76"/>
        <source>KPIs</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="104"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="114"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="128"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="138"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="145"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="159"/>
        <source>S&amp;cenario:</source>
        <translation>方案(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="281"/>
        <source>{file} [read-only]</source>
        <translation>{file} [只读]</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="304"/>
        <source>No recent documents</source>
        <translation>没有最近打开的文档</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="320"/>
        <source>&lt;h3&gt;OrgDesk {version}&lt;/h3&gt;&lt;p&gt;Organisation charts and organisation design: units, posts, headcount, duties and KPIs.&lt;/p&gt;&lt;p&gt;Chinese text is shown with the bundled Droid Sans Fallback font (Apache License 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OrgDesk {version}&lt;/h3&gt;&lt;p&gt;组织架构图与组织设计：部门、岗位、编制、职责与考核指标。&lt;/p&gt;&lt;p&gt;中文使用随附的 Droid Sans Fallback 字体显示（Apache License 2.0）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/main_window.py" line="324"/>
        <source>About OrgDesk</source>
        <translation>关于 OrgDesk</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="46"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="213"/>
        <source>Add unit “{name}”</source>
        <translation>新增部门“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="252"/>
        <source>Move unit “{name}”</source>
        <translation>移动部门“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="282"/>
        <source>Delete unit “{name}”</source>
        <translation>删除部门“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="338"/>
        <source>Add post “{title}”</source>
        <translation>新增岗位“{title}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="358"/>
        <source>Move post “{title}”</source>
        <translation>移动岗位“{title}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="382"/>
        <source>Delete post “{title}”</source>
        <translation>删除岗位“{title}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="402"/>
        <source>Add person “{name}”</source>
        <translation>新增人员“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="421"/>
        <source>Delete person “{name}”</source>
        <translation>删除人员“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="440"/>
        <source>Assign “{person}” to “{position}”</source>
        <translation>安排“{person}”任“{position}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="477"/>
        <source>Remove an assignment</source>
        <translation>解除任职</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="566"/>
        <source>Add duty “{text}”</source>
        <translation>新增职责“{text}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="571"/>
        <source>Move a duty</source>
        <translation>移动职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="576"/>
        <source>Delete a duty</source>
        <translation>删除职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="581"/>
        <source>Add KPI “{text}”</source>
        <translation>新增考核指标“{text}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="586"/>
        <source>Move a KPI</source>
        <translation>移动考核指标</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="591"/>
        <source>Delete a KPI</source>
        <translation>删除考核指标</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="596"/>
        <source>Add relation “{label}”</source>
        <translation>新增协作关系“{label}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="640"/>
        <source>Delete a relation</source>
        <translation>删除协作关系</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="653"/>
        <source>Add scenario “{name}”</source>
        <translation>新增方案“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="679"/>
        <source>Delete scenario “{name}”</source>
        <translation>删除方案“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="707"/>
        <source>Add unit type “{name}”</source>
        <translation>新增部门类型“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="725"/>
        <source>Delete unit type “{name}”</source>
        <translation>删除部门类型“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="749"/>
        <source>Change “{name}”</source>
        <translation>修改“{name}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/operations.py" line="750"/>
        <source>Rename “{name}” to “{new}”</source>
        <translation>将“{name}”重命名为“{new}”</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="80"/>
        <source>Paste {count} duties</source>
        <translation>粘贴 {count} 条职责</translation>
    </message>
</context>
<context>
    <name>OwnerChooser</name>
    <message>
        <location filename="../../orgdesk/ui/panels/owners.py" line="45"/>
        <source>{unit} (the unit itself)</source>
        <translation>{unit}（本部门）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/owners.py" line="47"/>
        <source>Post: {post}</source>
        <translation>岗位：{post}</translation>
    </message>
</context>
<context>
    <name>PasteDutiesDialog</name>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="198"/>
        <source>Paste numbered duties</source>
        <translation>粘贴编号职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="202"/>
        <source>Paste numbered duties here (1. … 2. …); a first line without a number becomes the heading.</source>
        <translation>在此粘贴带编号的职责（1. … 2. …）；没有编号的第一行将作为标题。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="211"/>
        <source>Insert duties</source>
        <translation>插入职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="215"/>
        <source>Text:</source>
        <translation>文本：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="217"/>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/duties.py" line="244"/>
        <source>{count} duties will be inserted.</source>
        <translation>将插入 {count} 条职责。</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="39"/>
        <source>Cannot move “{unit}” under “{target}”: “{target}” is part of “{unit}”&apos;s own subtree.</source>
        <translation>不能把“{unit}”移到“{target}”之下：“{target}”本身就是“{unit}”的下级。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="42"/>
        <source>Scenario “{scenario}” already has a top unit (“{root}”); add the unit under it.</source>
        <translation>方案“{scenario}”已有最高层单位（“{root}”）；请把新单位加在它下面。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="45"/>
        <source>“{unit}” is the top unit of its scenario and cannot be deleted.</source>
        <translation>“{unit}”是本方案的最高层单位，不能删除。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="46"/>
        <source>“{unit}” is the top unit of its scenario and cannot be moved.</source>
        <translation>“{unit}”是本方案的最高层单位，不能移动。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="47"/>
        <source>“{item}” and “{target}” belong to different scenarios.</source>
        <translation>“{item}”和“{target}”属于不同的方案。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="48"/>
        <source>The {field} must not be empty.</source>
        <translation>{field}不能为空。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="49"/>
        <source>The {field} must be zero or more (got {value}).</source>
        <translation>{field}不能小于 0（输入的是 {value}）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="50"/>
        <source>A KPI weight must be between 0 and 100 % (got {value}).</source>
        <translation>考核指标的权重必须在 0 到 100% 之间（输入的是 {value}）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="51"/>
        <source>“{value}” is not a valid {field}; use one of: {choices}.</source>
        <translation>“{value}”不是有效的{field}；可选值：{choices}。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="52"/>
        <source>The {kind} with id {id} does not exist (any more).</source>
        <translation>编号为 {id} 的{kind}不存在（或已被删除）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="53"/>
        <source>Employee number {code} is already used by {name}.</source>
        <translation>工号 {code} 已被{name}使用。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="54"/>
        <source>{person} already holds the post “{position}”.</source>
        <translation>{person}已在“{position}”岗位任职。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="55"/>
        <source>The field “{field}” cannot be changed this way; move the item instead.</source>
        <translation>不能这样修改“{field}”；请改用移动操作。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="56"/>
        <source>A {kind} has no field “{field}”.</source>
        <translation>{kind}没有“{field}”这一项。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="57"/>
        <source>A relation needs two different ends.</source>
        <translation>协作关系的两端必须是不同的对象。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="58"/>
        <source>“{position}” cannot report to “{target}”: that post already reports to it.</source>
        <translation>“{position}”不能向“{target}”汇报：该岗位已经（间接）向它汇报。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="61"/>
        <source>The unit type “{type}” is used by {count} units and cannot be deleted.</source>
        <translation>部门类型“{type}”正被 {count} 个部门使用，不能删除。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="62"/>
        <source>The last scenario of a document cannot be deleted.</source>
        <translation>文档的最后一个方案不能删除。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="63"/>
        <source>A scenario named “{name}” already exists.</source>
        <translation>已有名为“{name}”的方案。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/domain/rules.py" line="64"/>
        <source>The {kind} “{name}” was changed by someone else in the meantime; reload and try again.</source>
        <translation>{kind}“{name}”已被他人修改；请重新载入后再试。</translation>
    </message>
</context>
<context>
    <name>ScenarioStatus</name>
    <message>
        <location filename="../../orgdesk/ui/status.py" line="47"/>
        <source>Figures for the whole scenario shown in the tree</source>
        <translation>树中所示方案的整体数据</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/status.py" line="55"/>
        <source>Units</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/status.py" line="56"/>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/status.py" line="57"/>
        <source>Headcount</source>
        <translation>编制</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/status.py" line="58"/>
        <source>Filled</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/status.py" line="59"/>
        <source>Vacant</source>
        <translation>空缺</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/status.py" line="62"/>
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
    <name>Store</name>
    <message>
        <location filename="../../orgdesk/store/files.py" line="25"/>
        <source>The file “{path}” does not exist.</source>
        <translation>文件“{path}”不存在。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="26"/>
        <source>“{path}” is a folder, not an OrgDesk document.</source>
        <translation>“{path}”是文件夹，不是 OrgDesk 文档。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="27"/>
        <source>The file “{path}” cannot be read: {reason}.</source>
        <translation>无法读取文件“{path}”：{reason}。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="28"/>
        <source>“{path}” is not an OrgDesk document (it is not a database file).</source>
        <translation>“{path}”不是 OrgDesk 文档（它不是数据库文件）。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="29"/>
        <source>“{path}” is a database, but not an OrgDesk document; OrgDesk did not change it.</source>
        <translation>“{path}”是数据库文件，但不是 OrgDesk 文档；OrgDesk 没有改动它。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="32"/>
        <source>“{path}” was written by a newer OrgDesk (format {found}; this version reads up to {supported}). Please update OrgDesk to open it.</source>
        <translation>“{path}”由更新版本的 OrgDesk 写入（格式 {found}；本版本最高支持 {supported}）。请升级 OrgDesk 后再打开。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="37"/>
        <source>“{path}” is damaged or incomplete ({reason}); OrgDesk did not change it. Try a backup copy.</source>
        <translation>“{path}”已损坏或不完整（{reason}）；OrgDesk 没有改动它。请尝试打开备份副本。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="40"/>
        <source>“{path}” is read-only (or its folder is); copy it somewhere writable to edit it.</source>
        <translation>“{path}”（或其所在文件夹）是只读的；请复制到可写的位置后再编辑。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="43"/>
        <source>“{path}” already exists; choose another name.</source>
        <translation>“{path}”已存在；请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="44"/>
        <source>Could not save to “{path}”: {reason}. The document is as it was after the last saved edit.</source>
        <translation>无法保存到“{path}”：{reason}。文档保持在最后一次成功保存后的状态。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/store/files.py" line="47"/>
        <source>Could not create “{path}”: {reason}.</source>
        <translation>无法创建“{path}”：{reason}。</translation>
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
        <location filename="../../orgdesk/ui/panels/details_html.py" line="268"/>
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
        <location filename="../../orgdesk/ui/panels/details_html.py" line="287"/>
        <source>Duties</source>
        <translation>主要职责</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="242"/>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="290"/>
        <source>KPIs</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="266"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="267"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="274"/>
        <source>Function</source>
        <translation>部门职能</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="278"/>
        <source>No description recorded.</source>
        <translation>尚未填写部门职能。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="280"/>
        <source>Staffing</source>
        <translation>编制情况</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="284"/>
        <source>Posts ({count})</source>
        <translation>岗位（{count}）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="295"/>
        <source>Collapse all</source>
        <translation>全部收起</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="297"/>
        <source>Expand all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details_html.py" line="298"/>
        <source>Duties and KPIs of each post</source>
        <translation>各岗位职责与考核指标</translation>
    </message>
</context>
<context>
    <name>UnitDetailsPanel</name>
    <message>
        <location filename="../../orgdesk/ui/panels/details.py" line="77"/>
        <source>Select a unit in the tree to see its posts, duties and KPIs.</source>
        <translation>在左侧树中选择一个部门，查看其岗位、职责和考核指标。</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/panels/details.py" line="79"/>
        <source>No document is open. Use File › Open… or File › New… to start.</source>
        <translation>没有打开的文档。请用“文件 › 打开…”或“文件 › 新建…”开始。</translation>
    </message>
</context>
<context>
    <name>UnitItem</name>
    <message>
        <location filename="../../orgdesk/ui/canvas/items.py" line="124"/>
        <source>(no manager)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/items.py" line="125"/>
        <source>Posts {headcount} / filled {filled}</source>
        <translation>编制 {headcount} / 在岗 {filled}</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/canvas/items.py" line="128"/>
        <source>With sub-units {headcount} / {filled}</source>
        <translation>含下级 {headcount} / {filled}</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../orgdesk/ui/tree/model.py" line="320"/>
        <source>Unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/tree/model.py" line="320"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/tree/model.py" line="320"/>
        <source>Headcount / Filled</source>
        <translation>编制 / 在岗</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/tree/model.py" line="322"/>
        <source>Posts of the unit itself: headcount (approved places) / filled (primary holders)</source>
        <translation>本部门自身岗位：编制（核定人数）/ 在岗（主岗人员）</translation>
    </message>
    <message>
        <location filename="../../orgdesk/ui/tree/model.py" line="369"/>
        <source>{name}: headcount {headcount}, filled {filled}, vacant {vacant}</source>
        <translation>{name}：编制 {headcount}，在岗 {filled}，空缺 {vacant}</translation>
    </message>
</context>
</TS>
