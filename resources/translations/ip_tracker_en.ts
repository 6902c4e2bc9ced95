<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="45" />
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="61" />
        <source>未能完成</source>
        <translation>Could not finish</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="70" />
        <source>导出本期报送</source>
        <translation>Export this period’s return</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="72" />
        <source>报送期间</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="77" />
        <source>PDF 报告(公文格式,带电子签章)</source>
        <translation>PDF report (official document format, with electronic seal)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="78" />
        <source>Excel 台账</source>
        <translation>Excel ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="88" />
        <source>更正已报送的版本时必填</source>
        <translation>Required when correcting a version already handed in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="90" />
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="96" />
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="97" />
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="98" />
        <source>填报人</source>
        <translation>Filled in by</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="99" />
        <source>审核人</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="100" />
        <source>单位负责人</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="101" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="102" />
        <source>更正原因</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="103" />
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="131" />
        <source>已有第 %1 版;内容有变动时将生成新版本</source>
        <translation>Version %1 exists; a new version is made if the content has changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="137" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="137" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="138" />
        <source>保存报送文件</source>
        <translation>Save the return</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="154" />
        <source>单位口令(用于签名)</source>
        <translation>Unit passphrase (for signing)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="205" />
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="206" />
        <source>已冻结并签名 %1 报送第 %2 版,保存在
%3</source>
        <translation>Froze and signed version %2 of the %1 return, saved in
%3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="212" />
        <source>正在生成并签名报送文件…</source>
        <translation>Generating and signing the return…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="217" />
        <source>选择市局发来的入网文件</source>
        <translation>Choose the enrolment file from the city office</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="217" />
        <source>入网文件 (*.enrol *.zip);;所有文件 (*)</source>
        <translation>Enrolment files (*.enrol *.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="221" />
        <source>单位口令(由市局电话告知)</source>
        <translation>Unit passphrase (given by the city office by phone)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="240" />
        <source>入网文件已安装</source>
        <translation>Enrolment installed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="241" />
        <source>本工作区已可为 %1 签名报送。

请与市局电话核对根证书指纹:
%2</source>
        <translation>This workspace can now sign returns for %1.

Check the root certificate fingerprint with the city office by phone:
%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="246" />
        <source>正在核验并安装入网文件…</source>
        <translation>Verifying and installing the enrolment file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="250" />
        <source>设置市级根证书口令(请妥善保管)</source>
        <translation>Set the city root certificate passphrase (keep it safe)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="253" />
        <source>再输入一次口令</source>
        <translation>Enter the passphrase again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="256" />
        <source>口令不一致</source>
        <translation>Passphrases differ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="257" />
        <source>两次输入的口令不一致,未创建根证书。</source>
        <translation>The two passphrases differ; no root certificate was created.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="276" />
        <source>已创建市级根证书</source>
        <translation>City root certificate created</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="277" />
        <source>根证书指纹(各单位安装入网文件时请电话核对):
%1</source>
        <translation>Root certificate fingerprint (units check it by phone when installing their enrolment):
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="282" />
        <source>正在生成密钥…</source>
        <translation>Generating keys…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="289" />
        <source>签发入网文件</source>
        <translation>Issue an enrolment file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="289" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="293" />
        <source>市级根证书口令</source>
        <translation>City root certificate passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="296" />
        <source>为 %1 设置口令(电话告知,勿随文件发送)</source>
        <translation>Set a passphrase for %1 (tell it by phone; never send it with the file)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="301" />
        <source>保存入网文件</source>
        <translation>Save the enrolment file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="301" />
        <source>入网文件 (*.enrol)</source>
        <translation>Enrolment files (*.enrol)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="317" />
        <source>已签发</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="317" />
        <source>入网文件已保存: %1</source>
        <translation>Enrolment file saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="321" />
        <source>正在签发入网文件…</source>
        <translation>Issuing the enrolment file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="326" />
        <source>选择要核验的报送文件</source>
        <translation>Choose returns to verify</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="326" />
        <source>报送文件 (*.pdf *.xlsx);;所有文件 (*)</source>
        <translation>Returns (*.pdf *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="348" />
        <source>核验结果</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="350" />
        <source>正在核验…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="375" />
        <source>第 %1 版 → 第 %2 版</source>
        <translation>Version %1 → version %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="409" />
        <source>报送版本与差异</source>
        <translation>Return versions and differences</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="416" />
        <source>报送(&amp;R)</source>
        <translation>&amp;Returns</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="419" />
        <source>创建市级根证书…</source>
        <translation>Create the city root certificate…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="420" />
        <source>为单位签发入网文件…</source>
        <translation>Issue an enrolment file for a unit…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="423" />
        <source>导出本期报送(签名)…</source>
        <translation>Export this period’s return (signed)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="427" />
        <source>查看报送版本与差异…</source>
        <translation>Return versions and differences…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="430" />
        <source>安装入网文件…</source>
        <translation>Install enrolment file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/returns_menu.py" line="432" />
        <source>核验报送文件…</source>
        <translation>Verify returns…</translation>
    </message>
</context>
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
        <location filename="../../desktop/views/action_editor.py" line="95" />
        <source>例如:开展知识产权宣传周活动</source>
        <translation>e.g. IP publicity week events</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="101" />
        <source>选“不涉及”时必须填写理由</source>
        <translation>Required when the status is “not applicable”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="102" />
        <location filename="../../desktop/views/action_editor.py" line="163" />
        <source>不涉及理由</source>
        <translation>Reason (not applicable)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="106" />
        <source>做了什么、多少场次/人次/家企业、取得什么成效</source>
        <translation>What was done, how many events / people / companies, with what result</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="112" />
        <source>量化指标</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="118" />
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="119" />
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="120" />
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="133" />
        <source>新建工作(&amp;N)</source>
        <translation>&amp;New action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="134" />
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="136" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="159" />
        <location filename="../../desktop/views/action_editor.py" line="185" />
        <source>工作事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="160" />
        <source>一句话概括这项工作,会出现在工作进展情况表中</source>
        <translation>The action in one line, as it appears in the progress table</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="162" />
        <location filename="../../desktop/views/action_editor.py" line="187" />
        <source>完成情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="162" />
        <source>未启动 / 推进中 / 已完成 / 不涉及</source>
        <translation>Not started / In progress / Done / Not applicable</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="163" />
        <source>说明本单位为什么不涉及这项措施</source>
        <translation>Why this measure does not apply to the unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="164" />
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="164" />
        <source>可不填;按 Delete 清空</source>
        <translation>Optional; Delete clears it</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="165" />
        <source>完成日期</source>
        <translation>Finish date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="165" />
        <source>可不填;不能早于开始日期</source>
        <translation>Optional; not before the start date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="166" />
        <location filename="../../desktop/views/action_editor.py" line="195" />
        <source>工作进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="166" />
        <source>本期做了什么,取得什么成效</source>
        <translation>What was done this period, with what result</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="167" />
        <location filename="../../desktop/views/action_editor.py" line="199" />
        <source>存在问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="167" />
        <source>工作中遇到的困难和问题</source>
        <translation>Difficulties and problems met</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="168" />
        <location filename="../../desktop/views/action_editor.py" line="202" />
        <source>下一步计划</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="168" />
        <source>下一阶段准备怎么做</source>
        <translation>What comes next</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="169" />
        <location filename="../../desktop/views/action_editor.py" line="213" />
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="169" />
        <source>可把文件直接拖到这里;双击打开</source>
        <translation>Drag files here; double-click to open</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="170" />
        <source>添加佐证材料</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="170" />
        <source>选择文件作为佐证材料</source>
        <translation>Choose files as evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="171" />
        <source>打开佐证材料</source>
        <translation>Open evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="171" />
        <source>用系统程序打开所选材料</source>
        <translation>Open the selected file with its program</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="172" />
        <source>移除佐证材料</source>
        <translation>Remove evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="172" />
        <source>移除所选材料(可撤销)</source>
        <translation>Remove the selected file (can be undone)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="173" />
        <source>新建工作</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="173" />
        <source>为所选措施新建一条本期工作(Ctrl+N)</source>
        <translation>Record a new action for the selected measure this period (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="174" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="174" />
        <source>保存这条工作(Ctrl+S),立即写入数据库</source>
        <translation>Save this action (Ctrl+S); written to the database at once</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="175" />
        <source>删除工作</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="175" />
        <source>删除这条工作(可撤销)</source>
        <translation>Delete this action (can be undone)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="189" />
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="191" />
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="262" />
        <source>本条工作计入的数量(%1)</source>
        <translation>Count from this action (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="263" />
        <source>量化指标 %1</source>
        <translation>Indicator %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="304" />
        <source>请在左侧选择一项措施</source>
        <translation>Choose a measure on the left</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="307" />
        <source>&lt;b&gt;新建工作&lt;/b&gt; · 措施 %1</source>
        <translation>&lt;b&gt;New action&lt;/b&gt; · measure %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="311" />
        <source>&lt;b&gt;编辑工作&lt;/b&gt; · 措施 %1 · 最后修改 %2 %3</source>
        <translation>&lt;b&gt;Editing&lt;/b&gt; · measure %1 · last changed %2 by %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="339" />
        <source>请先选择措施和期间</source>
        <translation>Choose a measure and a period first</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="366" />
        <source>未保存:%1 — %2</source>
        <translation>Not saved: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="399" />
        <source>双击打开</source>
        <translation>Double-click to open</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="411" />
        <source>%1(保存时添加)</source>
        <translation>%1 (added on save)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_editor.py" line="418" />
        <source>选择佐证材料</source>
        <translation>Choose evidence</translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <location filename="../../desktop/views/action_table_model.py" line="37" />
        <source>工作事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_table_model.py" line="38" />
        <source>完成情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_table_model.py" line="39" />
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_table_model.py" line="40" />
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_table_model.py" line="41" />
        <source>佐证</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/action_table_model.py" line="42" />
        <source>更新</source>
        <translation>Updated</translation>
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
        <location filename="../../desktop/views/first_run.py" line="109" />
        <source>&lt;h2&gt;欢迎使用知识产权强市建设推进计划台账&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome to the IP plan work ledger&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="112" />
        <source>第一次使用,请先选择本单位并填写联系人。程序会据此列出与本单位相关的措施;以后可在“设置”中修改联系人和电话。</source>
        <translation>First, choose your unit and enter a contact person. The program then lists the measures that concern your unit; contact and phone can be changed later in Settings.</translation>
    </message>
</context>
<context>
    <name>LedgerImport</name>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="51" />
        <source>任务编号(措施)</source>
        <translation>Task number (measure)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="52" />
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="53" />
        <source>工作事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="54" />
        <source>工作进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="55" />
        <source>完成情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="56" />
        <source>不涉及理由</source>
        <translation>Reason (not applicable)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="57" />
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="58" />
        <source>完成日期</source>
        <translation>Finish date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="59" />
        <source>量化指标</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="60" />
        <source>存在问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="61" />
        <source>下一步计划</source>
        <translation>Next steps</translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="80" />
        <source>导入台账</source>
        <translation>Import ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="90" />
        <source>台账文件</source>
        <translation>Ledger file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="91" />
        <source>选择 Excel 台账(.xlsx)</source>
        <translation>Choose an Excel ledger (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="92" />
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="93" />
        <source>选择要导入的 Excel 台账</source>
        <translation>Choose the Excel ledger to import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="96" />
        <location filename="../../desktop/views/ledger_import.py" line="109" />
        <source>默认期间</source>
        <translation>Default period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="97" />
        <source>台账中没有“期间”列时,所有工作记入此期间</source>
        <translation>Without a “period” column, all work goes into this period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="105" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="112" />
        <source>列对应(程序已按表头猜测,可修改)</source>
        <translation>Columns (guessed from the header; change as needed)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="128" />
        <source>导入预览</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="131" />
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="132" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="133" />
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="134" />
        <source>工作事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="135" />
        <source>完成情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="136" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="144" />
        <source>请选择台账文件。</source>
        <translation>Choose a ledger file.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="150" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="153" />
        <source>只导入没有错误的行;导入后可一步撤销</source>
        <translation>Only rows without errors are imported; the import can be undone in one step</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="168" />
        <source>选择台账</source>
        <translation>Choose ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="168" />
        <source>Excel 表格 (*.xlsx *.xls *.ods)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="177" />
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="189" />
        <source>无法导入:%1</source>
        <translation>Cannot import: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="199" />
        <source>(不导入)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="201" />
        <source>第 %1 列</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="233" />
        <source>可导入</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="233" />
        <source>有误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="250" />
        <source>共 %1 行:可导入 %2 条,有误 %3 行(有误的行不会导入)。</source>
        <translation>%1 rows: %2 can be imported, %3 with errors (rows with errors are not imported).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="254" />
        <source>请指定“任务编号”对应的列。</source>
        <translation>Choose the column that holds the task number.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/ledger_import.py" line="258" />
        <source>导入 %1 条</source>
        <translation>Import %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="132" />
        <source>三明市知识产权强市建设推进计划 工作台账</source>
        <translation>Sanming IP Powerhouse Plan — Work Ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="177" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="179" />
        <source>撤销上一步修改(Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="180" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="184" />
        <source>重做(Ctrl+Y)</source>
        <translation>Redo (Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="188" />
        <source>新建工作</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="190" />
        <source>为所选措施新建一条本期工作(Ctrl+N)</source>
        <translation>Record a new action for the selected measure this period (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="194" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="196" />
        <source>保存正在编辑的工作(Ctrl+S)</source>
        <translation>Save the action being edited (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="200" />
        <location filename="../../desktop/views/main_window.py" line="252" />
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="202" />
        <source>搜索措施和工作记录(Ctrl+F)</source>
        <translation>Search measures and actions (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="206" />
        <source>下一项措施</source>
        <translation>Next measure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="208" />
        <source>跳到下一项措施(Ctrl+PgDown)</source>
        <translation>Go to the next measure (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="212" />
        <source>上一项措施</source>
        <translation>Previous measure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="214" />
        <source>跳到上一项措施(Ctrl+PgUp)</source>
        <translation>Go to the previous measure (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="218" />
        <source>选择期间</source>
        <translation>Choose period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="220" />
        <source>选择报送期间(Ctrl+P)</source>
        <translation>Choose the reporting period (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="224" />
        <source>导入台账…</source>
        <translation>Import ledger…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="226" />
        <source>从已有的 Excel 台账导入工作记录(Ctrl+I)</source>
        <translation>Import actions from an existing Excel ledger (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="230" />
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="230" />
        <source>修改联系人和电话</source>
        <translation>Change contact person and phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="234" />
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="251" />
        <source>搜索措施、工作内容(Ctrl+F)</source>
        <translation>Search measures and work (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="253" />
        <source>输入关键词,筛选措施和本期工作记录;按 Esc 清除</source>
        <translation>Type words to filter measures and this period’s actions; Esc clears</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="267" />
        <source>只看本单位(&amp;M)</source>
        <translation>&amp;Mine only</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="269" />
        <source>只显示本单位牵头、配合、对口或各县(市、区)落实的措施</source>
        <translation>Show only measures the unit leads, co-operates on, is the counterpart for, or that all counties carry out</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="276" />
        <source>计划措施目录</source>
        <translation>Plan measures</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="299" />
        <source>措施详情</source>
        <translation>Measure details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="306" />
        <source>本期工作记录</source>
        <translation>Actions this period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="327" />
        <source>筛选本措施的工作…</source>
        <translation>Filter this measure’s actions…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="328" />
        <source>筛选工作记录</source>
        <translation>Filter actions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="381" />
        <source>计划版本 %1</source>
        <translation>Plan version %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="403" />
        <source> · 联系人 %1</source>
        <translation> · contact %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="406" />
        <source>尚未设置单位</source>
        <translation>No unit set yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="417" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="467" />
        <source>&lt;b&gt;%1 · 措施 %2 的工作&lt;/b&gt;(%3 条)</source>
        <translation>&lt;b&gt;%1 · actions for measure %2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="531" />
        <source>牵头</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="531" />
        <source>配合</source>
        <translation>Co-operating</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="535" />
        <source> 等</source>
        <translation> and others</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="536" />
        <source>措施 %1</source>
        <translation>Measure %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="542" />
        <source>责任单位</source>
        <translation>Responsible units</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="554" />
        <source>已记录 %1 条工作(%2)</source>
        <translation>%1 actions recorded (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="558" />
        <source>尚未填报</source>
        <translation>Not yet reported</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="564" />
        <source>每年</source>
        <translation>per year</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="564" />
        <source>计划期内</source>
        <translation>over the plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="574" />
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="575" />
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="576" />
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="577" />
        <source>本期已报</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="578" />
        <source>累计已报</source>
        <translation>Reported so far</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="581" />
        <source>量化目标与已报数</source>
        <translation>Targets and figures reported</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="646" />
        <source>搜索“%1”:%2 项措施</source>
        <translation>Search “%1”: %2 measures</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="682" />
        <source>上一条工作有误,未保存:%1</source>
        <translation>The previous action has an error and was not saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="702" />
        <source>没有修改</source>
        <translation>Nothing changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="712" />
        <source>已删除,可按 Ctrl+Z 撤销</source>
        <translation>Deleted; Ctrl+Z undoes it</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="756" />
        <source>未能保存:%1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="759" />
        <source>未能保存</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="770" />
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="770" />
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="806" />
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
        <location filename="../../desktop/views/maintenance.py" line="365" />
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
        <location filename="../../desktop/views/maintenance.py" line="302" />
        <source>恢复失败:%1</source>
        <translation>Restore failed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="329" />
        <source>工作区数据库已损坏,程序没有改动它。</source>
        <translation>The workspace database is damaged; the program has not changed it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/maintenance.py" line="335" />
        <source>是否用最近的完好备份(%2)恢复?
%1

备份之后录入的工作需要重新录入。损坏的数据库会另存一份,供技术支持检查。</source>
        <translation>Restore the latest good backup (%2)?
%1

Work entered after the backup must be entered again. The damaged database is kept as a copy for support.</translation>
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
        <location filename="../../desktop/views/plan_tree_model.py" line="42" />
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_tree_model.py" line="43" />
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_tree_model.py" line="44" />
        <source>本期</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plan_tree_model.py" line="96" />
        <source>本期 %1 条工作记录</source>
        <translation>%1 actions this period</translation>
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
    <name>Undo</name>
    <message>
        <location filename="../../desktop/views/undo_commands.py" line="41" />
        <source>新建工作“%1”</source>
        <translation>New action “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/undo_commands.py" line="64" />
        <source>修改工作“%1”</source>
        <translation>Edit action “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/undo_commands.py" line="80" />
        <source>删除工作“%1”</source>
        <translation>Delete action “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/undo_commands.py" line="97" />
        <source>添加佐证材料 %1</source>
        <translation>Add evidence %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/undo_commands.py" line="127" />
        <source>移除佐证材料 %1</source>
        <translation>Remove evidence %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/undo_commands.py" line="147" />
        <source>导入台账 %1(%2 条)</source>
        <translation>Import ledger %1 (%2 actions)</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../desktop/views/first_run.py" line="35" />
        <source>本单位</source>
        <translation>This unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="36" />
        <source>从单位名录中选择本单位;县(市、区)请选本县名称</source>
        <translation>Choose your unit from the registry; counties choose their own name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="37" />
        <source>— 请选择 —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="39" />
        <source>县(市、区)市场监管局</source>
        <translation>County market supervision bureaus</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="40" />
        <source>市局</source>
        <translation>City office</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="41" />
        <source>市直有关单位</source>
        <translation>City departments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="55" />
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="56" />
        <source>填报人姓名</source>
        <translation>Name of the person filling in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="59" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="60" />
        <source>例如 0598-1234567</source>
        <translation>e.g. 0598-1234567</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="64" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="69" />
        <source>本单位(&amp;U)</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="70" />
        <source>联系人(&amp;C)</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="71" />
        <source>联系电话(&amp;T)</source>
        <translation>&amp;Telephone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="87" />
        <source>请选择本单位</source>
        <translation>Choose your unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/first_run.py" line="91" />
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
</TS>