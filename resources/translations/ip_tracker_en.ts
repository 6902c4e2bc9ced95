<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="69" />
        <source>关于 %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="85" />
        <source>程序版本</source>
        <translation>Program version</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="85" />
        <source>数据库版本</source>
        <translation>Database version</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="89" />
        <source>征求意见稿</source>
        <translation>draft for comment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="89" />
        <source>正式稿</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="91" />
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="92" />
        <source>计划版本</source>
        <translation>Plan version</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="94" />
        <source>本单位</source>
        <translation>This unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="95" />
        <source>未设置单位</source>
        <translation>No unit set</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="98" />
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="101" />
        <source>日志文件</source>
        <translation>Log file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="114" />
        <source>Qt 以 LGPL-3.0 授权,以动态库形式随附,可自行替换。</source>
        <translation>Qt is licensed under LGPL-3.0 and shipped as dynamic libraries that you may replace.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="131" />
        <source>无法读取 %1:%2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="120" />
        <source>例如:开展知识产权宣传周活动</source>
        <translation>e.g. IP publicity week events</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="126" />
        <source>选“不涉及”时必须填写理由</source>
        <translation>Required when the status is “not applicable”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="127" />
        <location filename="../../desktop/views/action_editor.py" line="193" />
        <source>不涉及理由</source>
        <translation>Reason (not applicable)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="131" />
        <source>做了什么、多少场次/人次/家企业、取得什么成效</source>
        <translation>What was done, how many events / people / companies, with what result</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="137" />
        <source>量化指标</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="143" />
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="144" />
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="145" />
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="158" />
        <source>新建工作(&amp;N)</source>
        <translation>&amp;New action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="159" />
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="161" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="166" />
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="189" />
        <location filename="../../desktop/views/action_editor.py" line="215" />
        <source>工作事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="190" />
        <source>一句话概括这项工作,会出现在工作进展情况表中</source>
        <translation>The action in one line, as it appears in the progress table</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="192" />
        <location filename="../../desktop/views/action_editor.py" line="217" />
        <source>完成情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="192" />
        <source>未启动 / 推进中 / 已完成 / 不涉及</source>
        <translation>Not started / In progress / Done / Not applicable</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="193" />
        <source>说明本单位为什么不涉及这项措施</source>
        <translation>Why this measure does not apply to the unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="194" />
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="194" />
        <source>可不填;按 Delete 清空</source>
        <translation>Optional; Delete clears it</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="195" />
        <source>完成日期</source>
        <translation>Finish date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="195" />
        <source>可不填;不能早于开始日期</source>
        <translation>Optional; not before the start date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="196" />
        <location filename="../../desktop/views/action_editor.py" line="225" />
        <source>工作进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="196" />
        <source>本期做了什么,取得什么成效</source>
        <translation>What was done this period, with what result</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="197" />
        <location filename="../../desktop/views/action_editor.py" line="229" />
        <source>存在问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="197" />
        <source>工作中遇到的困难和问题</source>
        <translation>Difficulties and problems met</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="198" />
        <location filename="../../desktop/views/action_editor.py" line="233" />
        <source>下一步计划</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="198" />
        <source>下一阶段准备怎么做</source>
        <translation>What comes next</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="199" />
        <location filename="../../desktop/views/action_editor.py" line="244" />
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="199" />
        <source>可把文件直接拖到这里;双击打开</source>
        <translation>Drag files here; double-click to open</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="200" />
        <source>添加佐证材料</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="200" />
        <source>选择文件作为佐证材料</source>
        <translation>Choose files as evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="201" />
        <source>打开佐证材料</source>
        <translation>Open evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="201" />
        <source>用系统程序打开所选材料</source>
        <translation>Open the selected file with its program</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="202" />
        <source>移除佐证材料</source>
        <translation>Remove evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="202" />
        <source>移除所选材料(可撤销)</source>
        <translation>Remove the selected file (can be undone)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="203" />
        <source>新建工作</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="203" />
        <source>为所选措施新建一条本期工作(Ctrl+N)</source>
        <translation>Record a new action for the selected measure this period (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="204" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="204" />
        <source>保存这条工作(Ctrl+S),立即写入数据库</source>
        <translation>Save this action (Ctrl+S); written to the database at once</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="205" />
        <source>删除工作</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="205" />
        <source>删除这条工作(可撤销)</source>
        <translation>Delete this action (can be undone)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="219" />
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="221" />
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="302" />
        <source>本条工作计入的数量(%1)</source>
        <translation>Count from this action (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="303" />
        <source>量化指标 %1</source>
        <translation>Indicator %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="366" />
        <source>已放弃未保存的修改</source>
        <translation>Unsaved changes discarded</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="383" />
        <source>请在左侧选择一项措施</source>
        <translation>Choose a measure on the left</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="386" />
        <source>&lt;b&gt;新建工作&lt;/b&gt; · 措施 %1</source>
        <translation>&lt;b&gt;New action&lt;/b&gt; · measure %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="390" />
        <source>&lt;b&gt;编辑工作&lt;/b&gt; · 措施 %1 · 最后修改 %2 %3</source>
        <translation>&lt;b&gt;Editing&lt;/b&gt; · measure %1 · last changed %2 by %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="418" />
        <source>请先选择措施和期间</source>
        <translation>Choose a measure and a period first</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="445" />
        <source>未保存:%1 — %2</source>
        <translation>Not saved: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="477" />
        <source>双击打开</source>
        <translation>Double-click to open</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="500" />
        <source>%1(保存时添加)</source>
        <translation>%1 (added on save)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="507" />
        <source>选择佐证材料</source>
        <translation>Choose evidence</translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <location filename="../../desktop/views/action_table_model.py" line="36" />
        <source>工作事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_table_model.py" line="37" />
        <source>完成情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_table_model.py" line="38" />
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_table_model.py" line="39" />
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_table_model.py" line="40" />
        <source>佐证</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_table_model.py" line="41" />
        <source>更新</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../desktop/views/city/charts.py" line="199" />
        <source>暂无数据</source>
        <translation>No data yet</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../desktop/views/city/charts.py" line="55" />
        <source>保存为图片…</source>
        <translation>Save as image…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/charts.py" line="89" />
        <source>图表</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/charts.py" line="91" />
        <location filename="../../desktop/views/city/charts.py" line="95" />
        <source>保存图表</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/charts.py" line="91" />
        <source>PNG 图片 (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/charts.py" line="95" />
        <source>无法写入 %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../desktop/views/city/charts_panel.py" line="52" />
        <source>保存为图片…</source>
        <translation>Save as image…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/charts_panel.py" line="53" />
        <source>保存图表为图片:%1</source>
        <translation>Save the chart as an image: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/charts_panel.py" line="55" />
        <source>把这张图保存为 PNG 图片(1600×900),可直接放入汇报材料</source>
        <translation>Save this chart as a PNG image (1600×900) for reports</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/charts_panel.py" line="70" />
        <source>各单位措施完成情况柱状图</source>
        <translation>Bar chart: measures done per unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/charts_panel.py" line="73" />
        <source>各章节完成率热力图</source>
        <translation>Heat map: completion rate per chapter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/charts_panel.py" line="76" />
        <source>量化指标全市合计与目标对比图</source>
        <translation>Chart: city totals of the indicators against their targets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/charts_panel.py" line="79" />
        <source>各单位措施完成情况</source>
        <translation>Measures done per unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/charts_panel.py" line="80" />
        <source>各章节完成率</source>
        <translation>Completion rate per chapter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/charts_panel.py" line="81" />
        <source>量化指标:全市合计与计划目标</source>
        <translation>Indicators: city total and plan target</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/charts_panel.py" line="83" />
        <source>量化指标汇总(各单位当前版本相加)</source>
        <translation>Indicator totals (current versions of all units added up)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/charts_panel.py" line="108" />
        <source>%1 各单位措施完成情况(项)</source>
        <translation>%1 measures done per unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/charts_panel.py" line="114" />
        <source>%1 各章节措施完成率(已完成 / 已填报)</source>
        <translation>%1 completion rate per chapter (done / reported)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/charts_panel.py" line="121" />
        <source>%1 量化指标:全市合计与计划目标</source>
        <translation>%1 indicators: city total and plan target</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/charts_panel.py" line="124" />
        <source>全市合计</source>
        <translation>City total</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/charts_panel.py" line="125" />
        <source>计划目标</source>
        <translation>Plan target</translation>
    </message>
</context>
<context>
    <name>CityBackend</name>
    <message>
        <location filename="../../desktop/views/city/backend.py" line="30" />
        <source>此版本尚未包含该功能(缺少 %1)</source>
        <translation>This version does not include this feature yet (%1 missing)</translation>
    </message>
</context>
<context>
    <name>CityImport</name>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="86" />
        <source>%1 %2:第%3版 → 第%4版</source>
        <translation>%1 %2: version %3 → version %4</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="94" />
        <source>更正原因:%1</source>
        <translation>Reason for correction: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="98" />
        <source>各措施的工作内容没有变化(仅封面信息不同)。</source>
        <translation>The work under each measure is unchanged (only the cover information differs).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="102" />
        <source>共 %1 项措施有变动:新增 %2 条、修改 %3 条、删除 %4 条工作。</source>
        <translation>%1 measures changed: %2 actions added, %3 changed, %4 deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="110" />
        <source>完成情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="112" />
        <source>措施 %1. %2</source>
        <translation>Measure %1. %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="120" />
        <source>新增:%1(%2)</source>
        <translation>Added: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="128" />
        <source>修改:%1(改动:%2)</source>
        <translation>Changed: %1 (changes: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="148" />
        <source>删除:%1</source>
        <translation>Deleted: %1</translation>
    </message>
</context>
<context>
    <name>CityLabels</name>
    <message>
        <location filename="../../desktop/views/city/common.py" line="29" />
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/common.py" line="30" />
        <source>推进中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/common.py" line="31" />
        <source>未启动</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/common.py" line="32" />
        <source>不涉及</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/common.py" line="33" />
        <source>未填报</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/common.py" line="34" />
        <source>未报送</source>
        <translation>Not handed in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/common.py" line="35" />
        <source>无关</source>
        <translation>Not concerned</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/common.py" line="50" />
        <source>新收</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/common.py" line="51" />
        <source>更正(替代当前版)</source>
        <translation>Correction (supersedes the current version)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/common.py" line="52" />
        <source>重复(无变化)</source>
        <translation>Duplicate (unchanged)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/common.py" line="53" />
        <source>旧版(另存)</source>
        <translation>Older version (kept aside)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/common.py" line="54" />
        <source>拒收</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/common.py" line="74" />
        <source>工作名称</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/common.py" line="75" />
        <source>工作进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/common.py" line="76" />
        <source>完成情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/common.py" line="77" />
        <source>不涉及理由</source>
        <translation>Reason (not applicable)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/common.py" line="78" />
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/common.py" line="79" />
        <source>完成日期</source>
        <translation>Finish date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/common.py" line="80" />
        <source>量化指标</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/common.py" line="81" />
        <source>存在问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/common.py" line="82" />
        <source>下一步计划</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/common.py" line="83" />
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>CityMeasures</name>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="304" />
        <source>(空白:单位未报送或不涉及该措施)</source>
        <translation>(blank: the unit has not reported or the measure does not concern it)</translation>
    </message>
</context>
<context>
    <name>CityWindow</name>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="107" />
        <source>三明市知识产权强市建设推进计划 · 市局汇总</source>
        <translation>Sanming IP Powerhouse Plan · City overview</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="126" />
        <source>市局视图</source>
        <translation>City office views</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="127" />
        <source>报送情况(&amp;1)</source>
        <translation>Returns (&amp;1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="128" />
        <source>措施汇总(&amp;2)</source>
        <translation>Measures (&amp;2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="129" />
        <source>指标与图表(&amp;3)</source>
        <translation>Indicators and charts (&amp;3)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="130" />
        <source>导入记录(&amp;4)</source>
        <translation>Import log (&amp;4)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="131" />
        <source>各单位各期是否报送、是否按时、版本数;未报单位及电话</source>
        <translation>Whether each unit reported each period, on time or not, how many versions; who is missing and their phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="133" />
        <source>当前期间各措施在各单位的完成情况,及某一措施各单位工作对照</source>
        <translation>Each measure’s state in each unit this period, and the units’ work on one measure side by side</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="135" />
        <source>量化指标全市汇总与图表,可保存为图片</source>
        <translation>City totals of the indicators and charts, which can be saved as images</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="136" />
        <source>所有导入过的文件及其结果</source>
        <translation>Every file imported and its outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="150" />
        <source>计划版本 %1</source>
        <translation>Plan version %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="162" />
        <source>市局操作</source>
        <translation>City office actions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="168" />
        <source>导入报送(&amp;I)…</source>
        <translation>&amp;Import returns…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="171" />
        <source>导入各单位的签名报送文件(PDF、Excel):先预检,再确认写入(Ctrl+I)</source>
        <translation>Import the units’ signed returns (PDF, Excel): dry run first, then confirm (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="174" />
        <source>生成市级报告(&amp;R)…</source>
        <translation>City &amp;report…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="177" />
        <source>退回修改(&amp;B)…</source>
        <translation>Send &amp;back for correction…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="180" />
        <source>刷新(&amp;F)</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="182" />
        <source>重新读取数据库(F5)</source>
        <translation>Read the database again (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="187" />
        <source>当前期间</source>
        <translation>Current period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="188" />
        <source>措施汇总、图表、报告和退回针对的期间(Ctrl+P)</source>
        <translation>The period the measures, charts, report and send-backs refer to (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="191" />
        <source> 当前期间(&amp;P): </source>
        <translation> Current &amp;period: </translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="211" />
        <source>尚未创建市级根证书:请先运行 ip-tracker keys init-city</source>
        <translation>No city root certificate yet: run ip-tracker keys init-city first</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="219" />
        <source>生成当前期间的市级汇总报告(签名 PDF 或 Excel)(Ctrl+R)</source>
        <translation>Make the city report for the current period (signed PDF or Excel) (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="224" />
        <source>把某单位本期报送退回修改,逐项填写意见并导出签名反馈文件(Ctrl+B)</source>
        <translation>Send a unit’s return back for correction, with comments per measure, as a signed feedback file (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="332" />
        <source>市级根证书已创建</source>
        <translation>City root certificate created</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="332" />
        <source>尚未创建市级根证书</source>
        <translation>No city root certificate yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="348" />
        <source>逾期未报</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="348" />
        <source>尚未报送</source>
        <translation>Not yet handed in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="352" />
        <source>&lt;span style='font-size:15pt'&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt;&amp;nbsp;&amp;nbsp; 截止 %2 &amp;nbsp;·&amp;nbsp; 应报 &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;·&amp;nbsp; 已报 &lt;b&gt;%4&lt;/b&gt;(按时 &lt;span style='color:#2e7d32'&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/span&gt;,迟报 &lt;span style='color:#e65100'&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/span&gt;)&amp;nbsp;·&amp;nbsp; %7 &lt;span style='color:#c62828'&gt;&lt;b&gt;%8&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style='font-size:15pt'&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt;&amp;nbsp;&amp;nbsp; due %2 &amp;nbsp;·&amp;nbsp; expected &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;·&amp;nbsp; received &lt;b&gt;%4&lt;/b&gt; (on time &lt;span style='color:#2e7d32'&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/span&gt;, late &lt;span style='color:#e65100'&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/span&gt;)&amp;nbsp;·&amp;nbsp; %7 &lt;span style='color:#c62828'&gt;&lt;b&gt;%8&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="368" />
        <source> &amp;nbsp;·&amp;nbsp; 已退回修改 &lt;b&gt;%1&lt;/b&gt;</source>
        <translation> &amp;nbsp;·&amp;nbsp; sent back &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ConfirmCorrectionsDialog</name>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="164" />
        <source>确认更正:新版本将替代当前版本</source>
        <translation>Confirm corrections: the new versions supersede the current ones</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="168" />
        <source>以下 %1 份更正将替代各单位的当前版本(旧版本保留,标为已替代)。请核对变动后确认。</source>
        <translation>The %1 corrections below supersede the units’ current versions (the old versions are kept, marked as superseded). Check the changes, then confirm.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="174" />
        <source>更正内容逐项对比</source>
        <translation>Corrections, measure by measure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="178" />
        <source>确认替代并导入(&amp;Y)</source>
        <translation>&amp;Yes, supersede and import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="180" />
        <source>确认替代并导入</source>
        <translation>Supersede and import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="181" />
        <source>返回(&amp;N)</source>
        <translation>&amp;No, go back</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="182" />
        <source>返回,不导入</source>
        <translation>Go back without importing</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../desktop/views/errors.py" line="75" />
        <source>程序遇到了意外错误,刚才的操作可能没有完成。</source>
        <translation>The program met an unexpected error; the last operation may not have finished.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/errors.py" line="78" />
        <source>已保存的数据不受影响,可以继续使用。如果问题反复出现,请把日志文件发给技术支持:
%1</source>
        <translation>Saved data is not affected and you can go on working. If this keeps happening, send the log file to support:
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/errors.py" line="85" />
        <location filename="../../desktop/views/errors.py" line="94" />
        <source>(日志不可用)</source>
        <translation>(log unavailable)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/errors.py" line="90" />
        <source>日志文件:%1</source>
        <translation>Log file: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="114" />
        <source>&lt;h2&gt;欢迎使用知识产权强市建设推进计划台账&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome to the IP plan work ledger&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="117" />
        <source>第一次使用,请先选择本单位并填写联系人。程序会据此列出与本单位相关的措施;以后可在“设置”中修改联系人和电话。</source>
        <translation>First, choose your unit and enter a contact person. The program then lists the measures that concern your unit; contact and phone can be changed later in Settings.</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <location filename="../../desktop/views/city/charts.py" line="348" />
        <source>暂无数据</source>
        <translation>No data yet</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="48" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="49" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="50" />
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="51" />
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="52" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="53" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="209" />
        <source>导入各单位报送</source>
        <translation>Import the units’ returns</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="215" />
        <source>把各单位报送的 PDF 或 Excel 文件(或整个文件夹)拖到此窗口,或点“添加文件”“添加文件夹”。每个文件先校验签名、核对单位,预检结果显示在下表,确认后才写入。</source>
        <translation>Drag the units’ PDF or Excel returns (or a whole folder) onto this window, or use “Add files” / “Add folder”. Each file’s signature and unit are checked first and the dry run is shown below; nothing is written until you confirm.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="221" />
        <source>添加文件(&amp;F)…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="222" />
        <source>选择一个或多个报送文件(PDF、Excel)</source>
        <translation>Choose one or more returns (PDF, Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="223" />
        <source>添加文件夹(&amp;D)…</source>
        <translation>Add fol&amp;der…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="225" />
        <source>选择一个文件夹,导入其中(含子文件夹)所有报送文件</source>
        <translation>Choose a folder: every return in it (and its subfolders) is imported</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="227" />
        <source>移除所选(&amp;R)</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="228" />
        <source>从列表中移除选中的文件(不删除文件本身)</source>
        <translation>Remove the selected files from the list (the files themselves stay)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="237" />
        <source>待导入文件及预检结果</source>
        <translation>Files to import and dry-run results</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="251" />
        <source>所选文件的详情与更正内容</source>
        <translation>Details and corrections of the selected file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="253" />
        <source>选中一个文件,在此查看详情;更正文件逐项显示变动的措施</source>
        <translation>Select a file to see its details here; corrections show each changed measure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="259" />
        <source>导入进度</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="264" />
        <source>预检(不写入)(&amp;P)</source>
        <translation>&amp;Dry run (writes nothing)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="265" />
        <source>校验全部文件并显示导入结果,数据库不作任何改动</source>
        <translation>Check every file and show what the import would do, without changing the database</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="266" />
        <location filename="../../desktop/views/city/import_dialog.py" line="576" />
        <source>导入勾选的文件(&amp;I)</source>
        <translation>&amp;Import the ticked files</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="268" />
        <source>把勾选的文件写入市局数据库;更正文件先逐项确认</source>
        <translation>Write the ticked files into the city database; corrections are confirmed first</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="269" />
        <source>停止(&amp;S)</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="270" />
        <source>处理完当前文件后停止;已处理的文件完整保留</source>
        <translation>Stop after the current file; files already processed are kept whole</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="271" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="315" />
        <source>选择报送文件</source>
        <translation>Choose returns</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="315" />
        <source>报送文件 (*.pdf *.xlsx);;所有文件 (*)</source>
        <translation>Returns (*.pdf *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="321" />
        <source>选择存放报送文件的文件夹</source>
        <translation>Choose the folder holding the returns</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="340" />
        <source>没有找到新的报送文件(PDF 或 Excel)</source>
        <translation>No new returns (PDF or Excel) found</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="354" />
        <source>待预检</source>
        <translation>Waiting for the dry run</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="449" />
        <source>正在停止:处理完当前文件后停止…</source>
        <translation>Stopping after the current file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="453" />
        <source>预检</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="453" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="468" />
        <source>预检完成,数据库未作改动。勾选要导入的文件后点“导入”。</source>
        <translation>Dry run finished; the database is unchanged. Tick the files to import, then press “Import”.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="472" />
        <source>导入完成。</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="480" />
        <source>出错:%1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="499" />
        <source>预检:%1</source>
        <translation>Dry run: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="501" />
        <source>已处理:%1</source>
        <translation>Processed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="504" />
        <source>第%1版</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="508" />
        <source>变动措施 %1 项(选中查看)</source>
        <translation>%1 measures changed (select to see)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="544" />
        <source>签名单位:%1(%2),签署时间 %3</source>
        <translation>Signed by %1 (%2) at %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="564" />
        <source>导入结果:</source>
        <translation>Import result:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="564" />
        <source>预检结果:</source>
        <translation>Dry-run result:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/import_dialog.py" line="578" />
        <source>导入勾选的 %1 个文件(&amp;I)</source>
        <translation>&amp;Import %1 ticked files</translation>
    </message>
</context>
<context>
    <name>ImportLogTable</name>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="40" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="41" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="42" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="43" />
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="44" />
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="45" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="46" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="47" />
        <source>签名证书</source>
        <translation>Signing certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="48" />
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="57" />
        <source>导入记录</source>
        <translation>Import log</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="58" />
        <source>每个导入过的文件:时间、文件指纹、结果、签名证书;最新的在上</source>
        <translation>Every imported file: time, fingerprint, outcome, signing certificate; newest first</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/city_window.py" line="82" />
        <source>第%1版</source>
        <translation>v%1</translation>
    </message>
</context>
<context>
    <name>LedgerImport</name>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="52" />
        <source>任务编号(措施)</source>
        <translation>Task number (measure)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="53" />
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="54" />
        <source>工作事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="55" />
        <source>工作进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="56" />
        <source>完成情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="57" />
        <source>不涉及理由</source>
        <translation>Reason (not applicable)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="58" />
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="59" />
        <source>完成日期</source>
        <translation>Finish date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="60" />
        <source>量化指标</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="61" />
        <source>存在问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="62" />
        <source>下一步计划</source>
        <translation>Next steps</translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="81" />
        <source>导入台账</source>
        <translation>Import ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="92" />
        <source>台账文件</source>
        <translation>Ledger file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="93" />
        <source>选择 Excel 台账(.xlsx)</source>
        <translation>Choose an Excel ledger (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="94" />
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="95" />
        <source>选择要导入的 Excel 台账</source>
        <translation>Choose the Excel ledger to import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="98" />
        <location filename="../../desktop/views/ledger_import.py" line="111" />
        <source>默认期间</source>
        <translation>Default period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="99" />
        <source>台账中没有“期间”列时,所有工作记入此期间</source>
        <translation>Without a “period” column, all work goes into this period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="107" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="114" />
        <source>列对应(程序已按表头猜测,可修改)</source>
        <translation>Columns (guessed from the header; change as needed)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="130" />
        <source>导入预览</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="133" />
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="134" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="135" />
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="136" />
        <source>工作事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="137" />
        <source>完成情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="138" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="149" />
        <source>仍导入与已有工作重复的行</source>
        <translation>Import rows that duplicate existing work anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="151" />
        <source>措施、期间、工作事项和工作进展都与已有记录相同的行,默认不导入</source>
        <translation>Rows whose measure, period, action and progress match an existing record are not imported unless you say so</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="154" />
        <source>请选择台账文件。</source>
        <translation>Choose a ledger file.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="160" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="164" />
        <source>只导入没有错误的行;导入后可一步撤销</source>
        <translation>Only rows without errors are imported; the import can be undone in one step</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="180" />
        <source>选择台账</source>
        <translation>Choose ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="180" />
        <source>Excel 表格 (*.xlsx *.xls *.ods)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="189" />
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="202" />
        <source>无法导入:%1</source>
        <translation>Cannot import: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="213" />
        <source>(不导入)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="215" />
        <source>第 %1 列</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="241" />
        <source>与已有工作相同(措施、期间、事项、进展一致)</source>
        <translation>Same as existing work (measure, period, action and progress match)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="254" />
        <source>重复</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="256" />
        <source>可导入</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="252" />
        <source>有误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="276" />
        <source>共 %1 行:可导入 %2 条,有误 %3 行(有误的行不会导入)。</source>
        <translation>%1 rows: %2 can be imported, %3 with errors (rows with errors are not imported).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="280" />
        <source>另有 %1 行与已有工作重复。</source>
        <translation> %1 more rows duplicate existing work.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="283" />
        <source>请指定“任务编号”对应的列。</source>
        <translation>Choose the column that holds the task number.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="287" />
        <source>导入 %1 条</source>
        <translation>Import %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="143" />
        <source>三明市知识产权强市建设推进计划 工作台账</source>
        <translation>Sanming IP Powerhouse Plan — Work Ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="211" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="213" />
        <source>撤销上一步修改(Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="214" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="222" />
        <source>重做(Ctrl+Y)</source>
        <translation>Redo (Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="776" />
        <source>已撤销:%1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="779" />
        <source>已重做:%1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="232" />
        <source>新建工作</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="234" />
        <source>为所选措施新建一条本期工作(Ctrl+N)</source>
        <translation>Record a new action for the selected measure this period (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="238" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="240" />
        <source>保存正在编辑的工作(Ctrl+S)</source>
        <translation>Save the action being edited (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="244" />
        <location filename="../../desktop/views/main_window.py" line="299" />
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="246" />
        <source>搜索措施和工作记录(Ctrl+F)</source>
        <translation>Search measures and actions (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="250" />
        <source>下一项措施</source>
        <translation>Next measure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="252" />
        <source>跳到下一项措施(Ctrl+PgDown)</source>
        <translation>Go to the next measure (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="256" />
        <source>上一项措施</source>
        <translation>Previous measure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="258" />
        <source>跳到上一项措施(Ctrl+PgUp)</source>
        <translation>Go to the previous measure (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="262" />
        <source>选择期间</source>
        <translation>Choose period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="264" />
        <source>选择报送期间(Ctrl+P)</source>
        <translation>Choose the reporting period (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="268" />
        <source>导入台账…</source>
        <translation>Import ledger…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="270" />
        <source>从已有的 Excel 台账导入工作记录(Ctrl+I)</source>
        <translation>Import actions from an existing Excel ledger (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="274" />
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="276" />
        <source>修改本单位、联系人和电话(Ctrl+,)</source>
        <translation>Change the unit, contact and phone (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="281" />
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="298" />
        <source>搜索措施、工作内容(Ctrl+F)</source>
        <translation>Search measures and work (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="300" />
        <source>输入关键词,筛选措施和本期工作记录;按 Esc 清除</source>
        <translation>Type words to filter measures and this period’s actions; Esc clears</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="314" />
        <source>只看本单位(&amp;M)</source>
        <translation>&amp;Mine only</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="316" />
        <source>只显示本单位牵头、配合、对口或各县(市、区)落实的措施</source>
        <translation>Show only measures the unit leads, co-operates on, is the counterpart for, or that all counties carry out</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="323" />
        <source>计划措施目录</source>
        <translation>Plan measures</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="352" />
        <source>措施详情</source>
        <translation>Measure details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="359" />
        <source>本期工作记录</source>
        <translation>Actions this period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="389" />
        <source>筛选本措施的工作…</source>
        <translation>Filter this measure’s actions…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="390" />
        <source>筛选工作记录</source>
        <translation>Filter actions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="443" />
        <source>计划版本 %1</source>
        <translation>Plan version %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="465" />
        <source> · 联系人 %1</source>
        <translation> · contact %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="468" />
        <source>尚未设置单位</source>
        <translation>No unit set yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="479" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="532" />
        <source>&lt;b&gt;%1 · 措施 %2 的工作&lt;/b&gt;(%3 条)</source>
        <translation>&lt;b&gt;%1 · actions for measure %2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="598" />
        <source>牵头</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="598" />
        <source>配合</source>
        <translation>Co-operating</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="602" />
        <source> 等</source>
        <translation> and others</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="603" />
        <source>措施 %1</source>
        <translation>Measure %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="609" />
        <source>责任单位</source>
        <translation>Responsible units</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="621" />
        <source>已记录 %1 条工作(%2)</source>
        <translation>%1 actions recorded (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="625" />
        <source>尚未填报</source>
        <translation>Not yet reported</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="631" />
        <source>每年</source>
        <translation>per year</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="631" />
        <source>计划期内</source>
        <translation>over the plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="641" />
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="642" />
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="643" />
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="644" />
        <source>本期已报</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="645" />
        <source>累计已报</source>
        <translation>Reported so far</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="648" />
        <source>量化目标与已报数</source>
        <translation>Targets and figures reported</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="667" />
        <source>市局退回意见</source>
        <translation>City office feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="742" />
        <source>搜索“%1”:%2 项措施</source>
        <translation>Search “%1”: %2 measures</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="795" />
        <source>这条工作还不能保存:请改正,或按 Esc 放弃修改</source>
        <translation>This action cannot be saved yet: correct it, or press Esc to discard the changes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="830" />
        <source>没有修改</source>
        <translation>Nothing changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="840" />
        <source>已删除,可按 Ctrl+Z 撤销</source>
        <translation>Deleted; Ctrl+Z undoes it</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="884" />
        <source>未能保存:%1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="891" />
        <source>未能保存</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="918" />
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="918" />
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="954" />
        <source>已导入 %1 条工作,可按 Ctrl+Z 一步撤销</source>
        <translation>Imported %1 actions; Ctrl+Z undoes the whole import</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="75" />
        <source>把备份保存到(例如U盘)</source>
        <translation>Save the backup to (e.g. a USB stick)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="77" />
        <source>ip-tracker 备份 (*.sqlite)</source>
        <translation>ip-tracker backups (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="92" />
        <source>备份完成。</source>
        <translation>Backup complete.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="93" />
        <source>已保存到 %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="101" />
        <source>备份失败。</source>
        <translation>Backup failed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="109" />
        <source>正在备份……</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="118" />
        <source>选择要恢复的备份</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="120" />
        <source>ip-tracker 备份 (*.sqlite);;所有文件 (*)</source>
        <translation>ip-tracker backups (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="134" />
        <source>不能用这个文件恢复。</source>
        <translation>This file cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="147" />
        <source>正在检查备份文件……</source>
        <translation>Checking the backup file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="155" />
        <source>(时间未知)</source>
        <translation>(time unknown)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="160" />
        <source>用此备份替换当前工作区的数据吗?</source>
        <translation>Replace the workspace’s data with this backup?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="166" />
        <source>备份:%1
时间:%2
工作记录:%3 条

当前数据库会先另存一份,不会丢失。程序随后重新启动。</source>
        <translation>Backup: %1
Time: %2
Actions: %3

The current database is kept as a copy first, so nothing is lost. The program then restarts.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="191" />
        <source>恢复失败。</source>
        <translation>Restore failed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="203" />
        <location filename="../../desktop/views/maintenance.py" line="377" />
        <source>正在恢复……</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="241" />
        <source>数据(&amp;D)</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="245" />
        <source>立即备份(&amp;B)…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="250" />
        <source>从备份恢复(&amp;R)…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="255" />
        <source>打开数据文件夹</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="263" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="264" />
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="314" />
        <source>恢复失败:%1</source>
        <translation>Restore failed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="341" />
        <source>工作区数据库已损坏,程序没有改动它。</source>
        <translation>The workspace database is damaged; the program has not changed it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="347" />
        <source>是否用最近的完好备份(%2)恢复?
%1

备份之后录入的工作需要重新录入。损坏的数据库会另存一份,供技术支持检查。</source>
        <translation>Restore the latest good backup (%2)?
%1

Work entered after the backup must be entered again. The damaged database is kept as a copy for support.</translation>
    </message>
</context>
<context>
    <name>MeasureAcrossUnits</name>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="130" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="131" />
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="132" />
        <source>完成情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="133" />
        <source>工作进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="134" />
        <source>量化指标</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="135" />
        <source>存在问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="136" />
        <source>下一步计划</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="147" />
        <source>本措施各单位工作对照</source>
        <translation>The units’ work on this measure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="148" />
        <source>所选措施下,各单位当前版本报送的完成情况与工作进展</source>
        <translation>Status and progress each unit reported for the selected measure in its current version</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="175" />
        <source>第%1版</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="187" />
        <source>(本期尚未报送)</source>
        <translation>(not yet handed in this period)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="189" />
        <source>(本期未填报工作)</source>
        <translation>(no work reported this period)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="192" />
        <source>不涉及理由:</source>
        <translation>Reason (not applicable):</translation>
    </message>
</context>
<context>
    <name>MeasureMatrixModel</name>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="118" />
        <source>已报送</source>
        <translation>Handed in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="118" />
        <source>未报送</source>
        <translation>Not handed in</translation>
    </message>
</context>
<context>
    <name>MeasuresPanel</name>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="264" />
        <source>措施 × 单位完成情况矩阵</source>
        <translation>Measures × units</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="266" />
        <source>各措施在各单位的完成情况(数字为工作条数);选中一行查看各单位工作</source>
        <translation>Each measure’s state in each unit (numbers are actions); select a row to see the units’ work</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="280" />
        <source>选择措施</source>
        <translation>Choose measure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="281" />
        <source>选择一项措施,对照各单位的工作</source>
        <translation>Choose a measure to compare the units’ work</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="283" />
        <source>措施(&amp;M):</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="291" />
        <source>只显示有单位报送的措施(&amp;O)</source>
        <translation>Only measures with reports (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="292" />
        <source>隐藏本期没有任何单位报送内容的措施行</source>
        <translation>Hide measures no unit reported on this period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="370" />
        <source>等</source>
        <translation>and others</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="383" />
        <source>各单位:</source>
        <translation>Units:</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../desktop/views/overview.py" line="42" />
        <source>第%1章填报进度</source>
        <translation>Chapter %1 progress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/overview.py" line="52" />
        <source>尚未填报的措施</source>
        <translation>Measures not yet reported</translation>
    </message>
    <message>
        <location filename="../../desktop/views/overview.py" line="53" />
        <source>双击或回车跳到该措施</source>
        <translation>Double-click or press Enter to go to the measure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/overview.py" line="59" />
        <source>&lt;b&gt;本期概览&lt;/b&gt;</source>
        <translation>&lt;b&gt;This period&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/overview.py" line="76" />
        <source>不涉及</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../desktop/views/overview.py" line="79" />
        <source>涉及本单位的措施 %1 项,已填报 %2 项,尚缺 %3 项。</source>
        <translation>%1 measures concern the unit: %2 reported, %3 missing.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/overview.py" line="85" />
        <source>&lt;b&gt;尚未填报&lt;/b&gt;(%1 项)</source>
        <translation>&lt;b&gt;Not yet reported&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/overview.py" line="87" />
        <source>&lt;b&gt;全部已填报&lt;/b&gt;</source>
        <translation>&lt;b&gt;All reported&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../desktop/views/period_bar.py" line="35" />
        <source>报送期间</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/period_bar.py" line="36" />
        <source>选择要填报的期间(Ctrl+P)</source>
        <translation>Choose the period to report (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/period_bar.py" line="42" />
        <source>截止日期</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/views/period_bar.py" line="43" />
        <source>期间(&amp;P)</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/period_bar.py" line="67" />
        <source>截止 %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/period_bar.py" line="69" />
        <location filename="../../desktop/views/period_bar.py" line="71" />
        <source>还剩 %1 天</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <location filename="../../desktop/views/period_bar.py" line="73" />
        <source>今天截止</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../desktop/views/period_bar.py" line="75" />
        <source>已逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../../desktop/views/plan_tree_model.py" line="45" />
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_tree_model.py" line="46" />
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_tree_model.py" line="47" />
        <source>本期</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_tree_model.py" line="99" />
        <source>本期 %1 条工作记录</source>
        <translation>%1 actions this period</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="44" />
        <source>生成市级汇总报告</source>
        <translation>Make the city report</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="48" />
        <source>报告期间</source>
        <translation>Report period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="52" />
        <source>PDF 公文(已签名)</source>
        <translation>PDF document (signed)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="53" />
        <source>Excel 汇总工作簿</source>
        <translation>Excel summary workbook</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="65" />
        <source>市局签名口令</source>
        <translation>City signing passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="65" />
        <source>创建市级根证书时设定的口令,用于签名报告</source>
        <translation>The passphrase set when the city root certificate was created; signs the report</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="68" />
        <source>保存位置</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="69" />
        <source>浏览(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="70" />
        <source>选择保存位置</source>
        <translation>Choose where to save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="77" />
        <source>期间(&amp;P):</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="78" />
        <source>格式:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="79" />
        <source>签名口令(&amp;W):</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="80" />
        <source>保存到(&amp;O):</source>
        <translation>Save t&amp;o:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="82" />
        <source>生成进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="88" />
        <source>生成(&amp;G)</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="90" />
        <source>生成报告</source>
        <translation>Generate the report</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="108" />
        <source>三明市知识产权工作汇总-%1.%2</source>
        <translation>Sanming-IP-summary-%1.%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="114" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="114" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="115" />
        <source>保存报告</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="124" />
        <source>请输入市局签名口令</source>
        <translation>Enter the city signing passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="149" />
        <source>已生成:%1</source>
        <translation>Generated: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/report_dialog.py" line="154" />
        <source>未能生成报告:%1</source>
        <translation>Could not generate the report: %1</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="54" />
        <source>退回修改</source>
        <translation>Send back for correction</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="59" />
        <source>退回的单位</source>
        <translation>Unit to send back to</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="60" />
        <source>只列出本期已报送的单位</source>
        <translation>Only units that have handed in this period are listed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="77" />
        <source>总体意见</source>
        <translation>Overall comment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="78" />
        <source>对本次报送的总体意见(可不填)</source>
        <translation>An overall comment on this return (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="85" />
        <source>各措施的退回意见</source>
        <translation>Comments per measure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="86" />
        <source>在“退回意见”一栏填写需要修改的措施;空白的措施不退回</source>
        <translation>Write a comment for each measure to correct; measures left blank are not sent back</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="88" />
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="88" />
        <source>完成情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="88" />
        <source>工作条数</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="88" />
        <source>退回意见</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="102" />
        <source>市局签名口令</source>
        <translation>City signing passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="102" />
        <source>反馈文件用市局证书签名,单位据此确认意见来自市局</source>
        <translation>The feedback file is signed with the city certificate, so the unit knows it comes from the city</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="105" />
        <source>反馈文件保存位置</source>
        <translation>Where to save the feedback file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="106" />
        <source>浏览(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="107" />
        <source>选择反馈文件保存位置</source>
        <translation>Choose where to save the feedback file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="112" />
        <source>期间:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="113" />
        <source>单位(&amp;U):</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="114" />
        <source>总体意见(&amp;O):</source>
        <translation>&amp;Overall comment:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="116" />
        <source>签名口令(&amp;W):</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="117" />
        <source>反馈文件(&amp;F):</source>
        <translation>&amp;Feedback file:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="125" />
        <source>退回并导出反馈文件(&amp;S)</source>
        <translation>&amp;Send back and export the feedback file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="128" />
        <source>退回并导出反馈文件</source>
        <translation>Send back and export the feedback file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="178" />
        <source>%1-%2-退回修改意见.feedback</source>
        <translation>%1-%2-corrections.feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="203" />
        <source>保存反馈文件</source>
        <translation>Save the feedback file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="205" />
        <source>反馈文件 (*.feedback);;所有文件 (*)</source>
        <translation>Feedback files (*.feedback);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="216" />
        <source>请至少填写一条意见(总体意见或某项措施的退回意见)</source>
        <translation>Write at least one comment (overall or for a measure)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="219" />
        <source>请输入市局签名口令</source>
        <translation>Enter the city signing passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="234" />
        <source>正在签名并写入反馈文件…</source>
        <translation>Signing and writing the feedback file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="244" />
        <source>已退回,反馈文件已保存到 %1。请把该文件交给单位导入。</source>
        <translation>Sent back; the feedback file is saved as %1. Give it to the unit to import.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/send_back_dialog.py" line="250" />
        <source>未能退回:%1</source>
        <translation>Could not send back: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="14" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>StatusMatrixModel</name>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="79" />
        <source>迟报 %1 天</source>
        <translation>%1 days late</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="81" />
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="82" />
        <source>第%1版</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="84" />
        <source>(共%1版)</source>
        <translation>(%1 versions)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="87" />
        <location filename="../../desktop/views/city/status_matrix.py" line="92" />
        <source>已退回修改</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="90" />
        <source>未报 · 逾期 %1 天</source>
        <translation>Missing · %1 days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="93" />
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="98" />
        <source>截止日期:%1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="101" />
        <source>首次报送:%1</source>
        <translation>First handed in: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="103" />
        <source>当前第 %1 版,共收到 %2 版</source>
        <translation>Current version %1; %2 versions received</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="108" />
        <source>未登记</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="109" />
        <source>联系电话:%1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="141" />
        <source>%1,截止 %2;选中此列即切换当前期间</source>
        <translation>%1, due %2; select this column to make it the current period</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="164" />
        <source>季度</source>
        <translation>Quarters</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="165" />
        <source>半年</source>
        <translation>Halves</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="166" />
        <source>年度</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="167" />
        <source>全部期间</source>
        <translation>All periods</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="185" />
        <source>期间类型</source>
        <translation>Kind of period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="186" />
        <source>矩阵中显示哪一类期间</source>
        <translation>Which kind of period the matrix shows</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="190" />
        <source>显示(&amp;K):</source>
        <translation>Show (&amp;K):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="200" />
        <source>报送情况矩阵(单位 × 期间)</source>
        <translation>Returns (units × periods)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="201" />
        <source>每个单位每期的报送情况;选中一列即切换当前期间</source>
        <translation>Each unit’s return in each period; select a column to make it the current period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="222" />
        <source>未报送单位及联系电话</source>
        <translation>Units still to hand in, with phone numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="223" />
        <source>逾期未报送的单位,可直接电话催报</source>
        <translation>Units that are overdue: call them</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="226" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="227" />
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="228" />
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="229" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="230" />
        <source>逾期天数</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="240" />
        <source>复制催报名单(&amp;C)</source>
        <translation>&amp;Copy the reminder list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="241" />
        <source>复制催报名单</source>
        <translation>Copy the reminder list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="242" />
        <source>把未报送单位及电话复制到剪贴板,可粘贴到 WPS 或微信</source>
        <translation>Copy the missing units and their phones to the clipboard, for WPS or WeChat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="275" />
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="276" />
        <source>迟报</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="277" />
        <source>逾期未报</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="278" />
        <location filename="../../desktop/views/city/status_matrix.py" line="386" />
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="279" />
        <source>已退回修改</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="338" />
        <source>查看本期各措施汇总</source>
        <translation>See this period’s measures</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="340" />
        <source>退回修改…</source>
        <translation>Send back for correction…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="369" />
        <source>%1 逾期未报送:%2 个单位(截止 %3)</source>
        <translation>%1 overdue: %2 units (due %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="371" />
        <source>%1 尚未报送:%2 个单位(截止 %3,未到期)</source>
        <translation>%1 not yet handed in: %2 units (due %3, not yet overdue)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="384" />
        <source>%1 天</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="395" />
        <source>单位名录中的电话;名录未登记时取该单位最近一次报送中的联系电话</source>
        <translation>Phone from the unit registry; if none is registered, from the unit’s latest return</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/status_matrix.py" line="403" />
        <source>(未登记电话)</source>
        <translation>(no phone registered)</translation>
    </message>
</context>
<context>
    <name>TargetsTable</name>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="207" />
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="208" />
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="209" />
        <source>全市合计</source>
        <translation>City total</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="210" />
        <source>完成率</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="211" />
        <source>各单位报送</source>
        <translation>Unit returns</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="218" />
        <source>量化指标全市汇总</source>
        <translation>City indicator totals</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="219" />
        <source>措施 27、40 的量化目标:各单位当前版本报送数相加,与计划目标对比</source>
        <translation>Targets of measures 27 and 40: the units’ current versions added up, against the plan’s targets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="231" />
        <source>每年</source>
        <translation>per year</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="231" />
        <source>计划期内</source>
        <translation>over the plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="239" />
        <source>(暂无单位报送)</source>
        <translation>(no unit has reported)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/city/measure_matrix.py" line="244" />
        <source>措施 %1:%2</source>
        <translation>Measure %1: %2</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../desktop/views/undo_commands.py" line="63" />
        <source>新建工作“%1”</source>
        <translation>New action “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/undo_commands.py" line="86" />
        <source>修改工作“%1”</source>
        <translation>Edit action “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/undo_commands.py" line="106" />
        <source>删除工作“%1”</source>
        <translation>Delete action “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/undo_commands.py" line="125" />
        <source>添加佐证材料 %1</source>
        <translation>Add evidence %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/undo_commands.py" line="150" />
        <source>移除佐证材料 %1</source>
        <translation>Remove evidence %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/undo_commands.py" line="174" />
        <source>导入台账 %1(%2 条)</source>
        <translation>Import ledger %1 (%2 actions)</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="36" />
        <source>本单位</source>
        <translation>This unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="37" />
        <source>从单位名录中选择本单位;县(市、区)请选本县名称</source>
        <translation>Choose your unit from the registry; counties choose their own name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="38" />
        <source>— 请选择 —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="40" />
        <source>县(市、区)市场监管局</source>
        <translation>County market supervision bureaus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="41" />
        <source>市局</source>
        <translation>City office</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="42" />
        <source>市直有关单位</source>
        <translation>City departments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="56" />
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="57" />
        <source>填报人姓名</source>
        <translation>Name of the person filling in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="60" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="61" />
        <source>例如 0598-1234567</source>
        <translation>e.g. 0598-1234567</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="65" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="74" />
        <source>本单位(&amp;U)</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="75" />
        <source>联系人(&amp;C)</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="76" />
        <source>联系电话(&amp;T)</source>
        <translation>&amp;Telephone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="92" />
        <source>请选择本单位</source>
        <translation>Choose your unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="96" />
        <source>请填写联系人</source>
        <translation>Enter a contact person</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../desktop/views/labels.py" line="20" />
        <location filename="../../desktop/views/labels.py" line="52" />
        <source>未启动</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="21" />
        <location filename="../../desktop/views/labels.py" line="53" />
        <source>推进中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="22" />
        <location filename="../../desktop/views/labels.py" line="54" />
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="23" />
        <location filename="../../desktop/views/labels.py" line="55" />
        <source>不涉及</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="29" />
        <source>牵头</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="30" />
        <source>配合</source>
        <translation>Co-operating</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="31" />
        <source>各县(市、区)</source>
        <translation>All counties</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="32" />
        <source>对口</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="33" />
        <source>未列明</source>
        <translation>Not named</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="39" />
        <source>本单位是这项措施的牵头单位</source>
        <translation>Your unit leads this measure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="40" />
        <source>本单位是这项措施的配合单位</source>
        <translation>Your unit co-operates on this measure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="41" />
        <source>计划要求各县(市、区)落实</source>
        <translation>The plan asks every county to carry this out</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="42" />
        <source>由市市场监管局(知识产权局)负责,县级市场监管局对口落实</source>
        <translation>The city office is responsible; the county bureau carries it out locally as its counterpart</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="45" />
        <source>计划未列明本单位</source>
        <translation>The plan does not name your unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="51" />
        <source>未填报</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="78" />
        <source>%1年度</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="80" />
        <source>第一季度</source>
        <translation>Q1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="81" />
        <source>第二季度</source>
        <translation>Q2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="82" />
        <source>第三季度</source>
        <translation>Q3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="83" />
        <source>第四季度</source>
        <translation>Q4</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="84" />
        <source>上半年</source>
        <translation>H1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="85" />
        <source>下半年</source>
        <translation>H2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="87" />
        <source>%1年%2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="97" />
        <source>工作事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="98" />
        <source>工作进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="99" />
        <source>完成情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="100" />
        <source>不涉及理由</source>
        <translation>Reason (not applicable)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="101" />
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="102" />
        <source>完成日期</source>
        <translation>Finish date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="103" />
        <source>存在问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="104" />
        <source>下一步计划</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="105" />
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="106" />
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="107" />
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="108" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="111" />
        <source>量化指标 %1</source>
        <translation>Indicator %1</translation>
    </message>
</context>
<context><name>ReturnsMenu</name><message>
        <location filename="../../desktop/views/returns_dialogs.py" line="48" />
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="64" />
        <source>未能完成</source>
        <translation>Could not finish</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="88" />
        <source>导出本期报送</source>
        <translation>Export this period’s return</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="90" />
        <source>报送期间</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="95" />
        <source>PDF 报告(公文格式,带电子签章)</source>
        <translation>PDF report (official document format, with electronic seal)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="96" />
        <source>Excel 台账</source>
        <translation>Excel ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="106" />
        <source>更正已报送的版本时必填</source>
        <translation>Required when correcting a version already handed in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="108" />
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="114" />
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="115" />
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="116" />
        <source>填报人</source>
        <translation>Filled in by</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="117" />
        <source>审核人</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="118" />
        <source>单位负责人</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="119" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="120" />
        <source>更正原因</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="121" />
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="151" />
        <source>已有第 %1 版;内容有变动时将生成新版本</source>
        <translation>Version %1 exists; a new version is made if the content has changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="179" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="179" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="180" />
        <source>保存报送文件</source>
        <translation>Save the return</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="199" />
        <source>单位口令(用于签名)</source>
        <translation>Unit passphrase (for signing)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="248" />
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="249" />
        <source>已冻结并签名 %1 报送第 %2 版,保存在
%3</source>
        <translation>Froze and signed version %2 of the %1 return, saved in
%3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="255" />
        <source>正在生成并签名报送文件…</source>
        <translation>Generating and signing the return…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="260" />
        <source>选择市局发来的入网文件</source>
        <translation>Choose the enrolment file from the city office</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="260" />
        <source>入网文件 (*.enrol *.zip);;所有文件 (*)</source>
        <translation>Enrolment files (*.enrol *.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="264" />
        <source>单位口令(由市局电话告知)</source>
        <translation>Unit passphrase (given by the city office by phone)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="280" />
        <source>入网文件已安装</source>
        <translation>Enrolment installed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="281" />
        <source>本工作区已可为 %1 签名报送。

请与市局电话核对根证书指纹:
%2</source>
        <translation>This workspace can now sign returns for %1.

Check the root certificate fingerprint with the city office by phone:
%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="288" />
        <source>正在核验并安装入网文件…</source>
        <translation>Verifying and installing the enrolment file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="293" />
        <source>选择市局的退回意见文件</source>
        <translation>Choose the city office’s feedback file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="293" />
        <source>退回意见 (*.zip *.feedback);;所有文件 (*)</source>
        <translation>Feedback files (*.zip *.feedback);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="314" />
        <source>%1 报送第 %2 版被市局退回修改,意见如下:</source>
        <translation>Version %2 of the %1 return was sent back by the city office for correction:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="316" />
        <source>市局退回意见</source>
        <translation>City office feedback</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="320" />
        <source>正在核验退回意见…</source>
        <translation>Verifying the feedback…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="324" />
        <source>设置市级根证书口令(请妥善保管)</source>
        <translation>Set the city root certificate passphrase (keep it safe)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="327" />
        <source>再输入一次口令</source>
        <translation>Enter the passphrase again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="330" />
        <source>口令不一致</source>
        <translation>Passphrases differ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="331" />
        <source>两次输入的口令不一致,未创建根证书。</source>
        <translation>The two passphrases differ; no root certificate was created.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="347" />
        <source>已创建市级根证书</source>
        <translation>City root certificate created</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="348" />
        <source>根证书指纹(各单位安装入网文件时请电话核对):
%1</source>
        <translation>Root certificate fingerprint (units check it by phone when installing their enrolment):
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="353" />
        <source>正在生成密钥…</source>
        <translation>Generating keys…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="359" />
        <source>签发入网文件</source>
        <translation>Issue an enrolment file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="359" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="363" />
        <source>市级根证书口令</source>
        <translation>City root certificate passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="366" />
        <source>为 %1 设置口令(电话告知,勿随文件发送)</source>
        <translation>Set a passphrase for %1 (tell it by phone; never send it with the file)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="371" />
        <source>保存入网文件</source>
        <translation>Save the enrolment file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="371" />
        <source>入网文件 (*.enrol)</source>
        <translation>Enrolment files (*.enrol)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="384" />
        <source>已签发</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="384" />
        <source>入网文件已保存: %1</source>
        <translation>Enrolment file saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="386" />
        <source>正在签发入网文件…</source>
        <translation>Issuing the enrolment file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="391" />
        <source>选择要核验的报送文件</source>
        <translation>Choose returns to verify</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="391" />
        <source>报送文件 (*.pdf *.xlsx);;所有文件 (*)</source>
        <translation>Returns (*.pdf *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="410" />
        <source>核验结果</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="412" />
        <source>正在核验…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="437" />
        <source>第 %1 版 → 第 %2 版</source>
        <translation>Version %1 → version %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_dialogs.py" line="471" />
        <source>报送版本与差异</source>
        <translation>Return versions and differences</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="29" />
        <source>报送(&amp;R)</source>
        <translation>&amp;Returns</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="33" />
        <source>创建市级根证书…</source>
        <translation>Create the city root certificate…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="36" />
        <source>为单位签发入网文件…</source>
        <translation>Issue an enrolment file for a unit…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="41" />
        <source>导出本期报送(签名)…</source>
        <translation>Export this period’s return (signed)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="47" />
        <source>查看报送版本与差异…</source>
        <translation>Return versions and differences…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="51" />
        <source>安装市局退回意见…</source>
        <translation>Install city office feedback…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="58" />
        <source>安装入网文件…</source>
        <translation>Install enrolment file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="65" />
        <source>核验报送文件…</source>
        <translation>Verify returns…</translation>
    </message>
</context></TS>