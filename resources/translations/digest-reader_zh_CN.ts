<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AppOptions</name>
        <message>
            <source>Read weekly AI-news digests offline.</source>
            <translation>离线阅读 AI 新闻周报。</translation>
        </message>
        <message>
            <source>Library file (default: %1).</source>
            <translation>资料库文件（默认：%1）。</translation>
        </message>
        <message>
            <source>Interface language, e.g. zh_CN or en.</source>
            <translation>界面语言，例如 zh_CN 或 en。</translation>
        </message>
        <message>
            <source>Theme: system, light or dark.</source>
            <translation>主题：system（跟随系统）、light（浅色）或 dark（深色）。</translation>
        </message>
        <message>
            <source>Save a PNG of the window and exit.</source>
            <translation>把窗口保存为 PNG 截图后退出。</translation>
        </message>
        <message>
            <source>Start with this search.</source>
            <translation>启动时执行此搜索。</translation>
        </message>
        <message>
            <source>Show this company's or model's page.</source>
            <translation>显示该公司或模型的页面。</translation>
        </message>
        <message>
            <source>Window size for screenshots.</source>
            <translation>截图时的窗口大小。</translation>
        </message>
        <message>
            <source>Measure startup, GUI-thread stalls and memory, print JSON, exit.</source>
            <translation>测量启动时间、界面线程卡顿和内存占用，输出 JSON 后退出。</translation>
        </message>
        <message>
            <source>Files or folders to import.</source>
            <translation>要导入的文件或文件夹。</translation>
        </message>
        <message>
            <source>--size wants WIDTHxHEIGHT, e.g. 1280x800.</source>
            <translation>--size 的格式应为 宽x高，例如 1280x800。</translation>
        </message>
        <message>
            <source>--theme wants system, light or dark.</source>
            <translation>--theme 只能是 system、light 或 dark。</translation>
        </message>
        <message>
            <source>Show this issue (slug or id), and item (0: the issue's front page).</source>
            <translation>显示这一期（slug 或编号）及其中的条目（0：本期首页）。</translation>
        </message>
    </context>
    <context>
        <name>digest::CharsetDecoder</name>
        <message>
            <source>empty transcript: no text after decoding (%1)</source>
            <translation>文字稿是空的：按 %1 解码后没有文字</translation>
        </message>
        <message>
            <source>not a text file: control characters after decoding as %1</source>
            <translation>不是文本文件：按 %1 解码后含有控制字符</translation>
        </message>
        <message>
            <source>empty file</source>
            <translation>文件是空的</translation>
        </message>
        <message>
            <source>invalid %1 after byte order mark</source>
            <translation>字节顺序标记之后的内容不是有效的 %1</translation>
        </message>
        <message>
            <source>charset: UTF-16 without byte order mark, read as %1</source>
            <translation>字符集：没有字节顺序标记的 UTF-16，按 %1 读取</translation>
        </message>
        <message>
            <source>not a text file: binary content (NUL or control bytes) in the first 8 KiB</source>
            <translation>不是文本文件：前 8 KiB 中有二进制内容（NUL 或控制字节）</translation>
        </message>
        <message>
            <source>charset guessed as %1 (confidence %2%)</source>
            <translation>字符集推测为 %1（置信度 %2%）</translation>
        </message>
        <message>
            <source>cannot decode: not valid UTF-8 (byte offset %1) and no known charset matches</source>
            <translation>无法解码：不是有效的 UTF-8（字节偏移 %1），也不符合任何已知字符集</translation>
        </message>
    </context>
    <context>
        <name>digest::FrontMatterReader</name>
        <message>
            <source>TOML front matter opened with +++ is never closed</source>
            <translation>以 +++ 开始的 TOML 前置元数据没有结束行</translation>
        </message>
        <message>
            <source>invalid TOML front matter: %1</source>
            <translation>TOML 前置元数据无效：%1</translation>
        </message>
        <message>
            <source>invalid YAML front matter: expected key: value pairs</source>
            <translation>YAML 前置元数据无效：应为“键: 值”形式</translation>
        </message>
        <message>
            <source>invalid YAML front matter: %1</source>
            <translation>YAML 前置元数据无效：%1</translation>
        </message>
    </context>
    <context>
        <name>digest::Importer</name>
        <message>
            <source>could not be read</source>
            <translation>无法读取</translation>
        </message>
        <message>
            <source>could not be read: %1</source>
            <translation>无法读取：%1</translation>
        </message>
        <message>
            <source>%1: folder cannot be read</source>
            <translation>%1：无法读取文件夹</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>文件不存在</translation>
        </message>
        <message>
            <source>is a folder</source>
            <translation>这是一个文件夹</translation>
        </message>
        <message>
            <source>file too large to be a post or transcript (%1 MiB; the limit is %2 MiB)</source>
            <translation>文件太大，不像是文章或文字稿（%1 MiB；上限为 %2 MiB）</translation>
        </message>
        <message>
            <source>cannot read: %1</source>
            <translation>无法读取：%1</translation>
        </message>
        <message>
            <source>has the same slug "%1" as %2: they are one issue, updated from this file</source>
            <translation>与 %2 的 slug “%1” 相同：二者是同一期，已按此文件更新</translation>
        </message>
        <message>
            <source>%1 image(s) not found; recorded as missing</source>
            <translation>%1 张图片未找到，已记为缺失</translation>
        </message>
        <message>
            <source>could not be stored: %1</source>
            <translation>无法保存：%1</translation>
        </message>
        <message>
            <source>no such file or folder</source>
            <translation>文件或文件夹不存在</translation>
        </message>
        <message>
            <source>the batch it was stored in was rolled back after this error in %1: %2</source>
            <translation>所在的批次因 %1 中的错误被整体回滚：%2</translation>
        </message>
    </context>
    <context>
        <name>digest::PostParser</name>
        <message>
            <source>file is too large to be a post (%1 bytes; the limit is %2 MiB)</source>
            <translation>文件太大，不像是一篇文章（%1 字节；上限为 %2 MiB）</translation>
        </message>
        <message>
            <source>file is empty</source>
            <translation>文件是空的</translation>
        </message>
        <message>
            <source>file is binary, not a Markdown post</source>
            <translation>文件是二进制文件，不是 Markdown 文章</translation>
        </message>
        <message>
            <source>invalid UTF-8 on line %1</source>
            <translation>第 %1 行不是有效的 UTF-8</translation>
        </message>
        <message>
            <source>line %1: the quotes of “%2” seem not to be closed; it runs into the next lines</source>
            <translation>第 %1 行：“%2”的引号似乎没有闭合，把后面几行也算了进去</translation>
        </message>
        <message>
            <source>line %1: “%2” is not a date (write it as 2024-06-17); the issue is dated from its path, or undated</source>
            <translation>第 %1 行：“%2”不是日期（应写作 2024-06-17）；本期的日期取自文件路径，或不注日期</translation>
        </message>
    </context>
    <context>
        <name>digest::TranscriptParser</name>
        <message>
            <source>no subtitle cues (expected "00:00:01,000 --&gt; …" lines)</source>
            <translation>没有字幕条目（应有“00:00:01,000 --&gt; …”这样的行）</translation>
        </message>
        <message>
            <source>no WebVTT cues</source>
            <translation>没有 WebVTT 字幕条目</translation>
        </message>
        <message>
            <source>no text</source>
            <translation>没有文字</translation>
        </message>
        <message>
            <source>%1: no sentences found</source>
            <translation>%1：没有找到句子</translation>
        </message>
        <message>
            <source>no news items found in the transcript body</source>
            <translation>文字稿正文中没有找到新闻条目</translation>
        </message>
    </context>
    <context>
        <name>digest::gui::EntityPage</name>
        <message>
            <source>Items mentioning it, per month</source>
            <translation>每月提及它的条目数</translation>
        </message>
        <message>
            <source>Its items are listed beside this page; choose one to read it.</source>
            <translation>相关条目列在左侧，点选即可阅读。</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>出自 %1</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n 条</numerusform>
            </translation>
        </message>
        <message>
            <source>Also written: %1</source>
            <translation>又写作：%1</translation>
        </message>
        <message>
            <source>Models: %1</source>
            <translation>模型：%1</translation>
        </message>
        <message>
            <source>Products: %1</source>
            <translation>产品：%1</translation>
        </message>
        <message>
            <source>Labs and companies of it: %1</source>
            <translation>旗下实验室与公司：%1</translation>
        </message>
        <message numerus="yes">
            <source>Items mentioning it, per month (%n without a date not shown)</source>
            <translation>
                <numerusform>每月提及它的条目数（另有 %n 条无日期，未计入）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>digest::gui::ImportController</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Stop importing after the current file</source>
            <translation>处理完当前文件后停止导入</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>Importing %1 of %2: %3</source>
            <translation>正在导入第 %1 个，共 %2 个：%3</translation>
        </message>
        <message>
            <source>Upgrading the library before importing…</source>
            <translation>正在升级资料库，随后导入…</translation>
        </message>
    </context>
    <context>
        <name>digest::gui::ImportReportDialog</name>
        <message>
            <source>Imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>已更新</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>未变化</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) imported</source>
            <translation>
                <numerusform>导入 %n 个文件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>更新 %n 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n 个未变化</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n 个失败</numerusform>
            </translation>
        </message>
        <message>
            <source>cancelled before the end</source>
            <translation>未完成即被取消</translation>
        </message>
        <message>
            <source>Import Report</source>
            <translation>导入报告</translation>
        </message>
        <message>
            <source>&lt;b&gt;Import finished with problems.&lt;/b&gt;</source>
            <translation>&lt;b&gt;导入完成，但有问题。&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Import finished.&lt;/b&gt;</source>
            <translation>&lt;b&gt;导入完成。&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Not read</source>
            <translation>未能读取</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n item(s)</source>
            <translation>
                <numerusform>%1 — %n 条</numerusform>
            </translation>
        </message>
        <message>
            <source>Copy Report</source>
            <translation>复制报告</translation>
        </message>
    </context>
    <context>
        <name>digest::gui::ItemListModel</name>
        <message>
            <source>%1 (unread)</source>
            <translation>%1（未读）</translation>
        </message>
    </context>
    <context>
        <name>digest::gui::ItemListView</name>
        <message>
            <source>Items</source>
            <translation>条目</translation>
        </message>
    </context>
    <context>
        <name>digest::gui::ItemViewer</name>
        <message>
            <source>Item</source>
            <translation>条目</translation>
        </message>
        <message>
            <source>Image could not be read</source>
            <translation>无法读取图片</translation>
        </message>
        <message>
            <source>Online image not loaded</source>
            <translation>未加载网络图片</translation>
        </message>
        <message>
            <source>Image not in the library</source>
            <translation>资料库中没有这张图片</translation>
        </message>
        <message>
            <source>Select an item to read it.</source>
            <translation>选择一个条目开始阅读。</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>（无标题）</translation>
        </message>
        <message>
            <source>starts at %1</source>
            <translation>开始于 %1</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>已加星标</translation>
        </message>
        <message>
            <source>Show every item about %1</source>
            <translation>显示关于 %1 的所有条目</translation>
        </message>
        <message>
            <source>Open original</source>
            <translation>打开原文</translation>
        </message>
        <message>
            <source>Open Link in Browser</source>
            <translation>在浏览器中打开链接</translation>
        </message>
        <message>
            <source>Copy Link</source>
            <translation>复制链接</translation>
        </message>
        <message>
            <source>Open Original</source>
            <translation>打开原文</translation>
        </message>
        <message>
            <source>Copy Original Link</source>
            <translation>复制原文链接</translation>
        </message>
        <message>
            <source>%1, no. %2</source>
            <translation>%1 第 %2 期</translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>%Ln 条</numerusform>
            </translation>
        </message>
        <message>
            <source>In this issue</source>
            <translation>本期内容</translation>
        </message>
        <message>
            <source>Show this issue's introduction and all its items</source>
            <translation>查看本期的导语和全部条目</translation>
        </message>
    </context>
    <context>
        <name>digest::gui::LinkHandler</name>
        <message>
            <source>No web browser could be started.</source>
            <translation>无法启动网页浏览器。</translation>
        </message>
        <message>
            <source>The link “%1” is not a web address.</source>
            <translation>链接“%1”不是网址。</translation>
        </message>
        <message>
            <source>Links of the kind “%1:” are not opened, for your safety. Only web links (http and https) open in your browser.</source>
            <translation>为了安全，不会打开“%1:”类型的链接。只有网页链接（http 和 https）会在浏览器中打开。</translation>
        </message>
        <message>
            <source>Link not opened</source>
            <translation>未打开链接</translation>
        </message>
    </context>
    <context>
        <name>digest::gui::MainWindow</name>
        <message>
            <source>Digest Reader</source>
            <translation>周报阅读器</translation>
        </message>
        <message>
            <source>The library could not be read: %1</source>
            <translation>无法读取资料库：%1</translation>
        </message>
        <message>
            <source>&amp;Import Files…</source>
            <translation>导入文件(&amp;I)…</translation>
        </message>
        <message>
            <source>Import &amp;Folder…</source>
            <translation>导入文件夹(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Next Item</source>
            <translation>下一条(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Previous Item</source>
            <translation>上一条(&amp;P)</translation>
        </message>
        <message>
            <source>Next &amp;Unread Item</source>
            <translation>下一条未读(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Open Original</source>
            <translation>打开原文(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Star</source>
            <translation>加星标(&amp;S)</translation>
        </message>
        <message>
            <source>Mark as &amp;Read</source>
            <translation>标为已读(&amp;R)</translation>
        </message>
        <message>
            <source>Mark &amp;Issue Read</source>
            <translation>整期标为已读(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>首选项(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About Digest Reader</source>
            <translation>关于周报阅读器(&amp;A)</translation>
        </message>
        <message>
            <source>Star or unstar the item</source>
            <translation>为条目加上或去掉星标</translation>
        </message>
        <message>
            <source>Mark the item read or unread</source>
            <translation>把条目标为已读或未读</translation>
        </message>
        <message>
            <source>Open the original report in your web browser (O)</source>
            <translation>在网页浏览器中打开原始报道（O）</translation>
        </message>
        <message>
            <source>Star or unstar this item (S)</source>
            <translation>为此条目加上或去掉星标（S）</translation>
        </message>
        <message>
            <source>Mark this item read or unread (M)</source>
            <translation>把此条目标为已读或未读（M）</translation>
        </message>
        <message>
            <source>Import digest files (Ctrl+I); you can also drop files on the window</source>
            <translation>导入周报文件（Ctrl+I）；也可以把文件拖到窗口上</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Item</source>
            <translation>条目(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>Search items (Ctrl+F)</source>
            <translation>搜索条目（Ctrl+F）</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Your library is empty&lt;/h2&gt;&lt;p&gt;Import weekly digests with &lt;b&gt;File ▸ Import Files…&lt;/b&gt; (Ctrl+I) or &lt;b&gt;Import Folder…&lt;/b&gt;,&lt;br/&gt;or drop files and folders on this window.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;资料库还是空的&lt;/h2&gt;&lt;p&gt;用&lt;b&gt;文件 ▸ 导入文件…&lt;/b&gt;（Ctrl+I）或&lt;b&gt;导入文件夹…&lt;/b&gt;导入周报，&lt;br/&gt;也可以把文件和文件夹拖到这个窗口上。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>★ Starred</source>
            <translation>★ 已加星标</translation>
        </message>
        <message>
            <source>☆ Star</source>
            <translation>☆ 加星标</translation>
        </message>
        <message>
            <source>Mark Unread</source>
            <translation>标为未读</translation>
        </message>
        <message>
            <source>Mark Read</source>
            <translation>标为已读</translation>
        </message>
        <message>
            <source>No company or model is called “%1”.</source>
            <translation>没有名为“%1”的公司或模型。</translation>
        </message>
        <message>
            <source>This item has no link to an original report.</source>
            <translation>此条目没有原始报道的链接。</translation>
        </message>
        <message>
            <source>An import is already running.</source>
            <translation>已有导入正在进行。</translation>
        </message>
        <message>
            <source>Import Digests</source>
            <translation>导入周报</translation>
        </message>
        <message>
            <source>Digests and transcripts (*.md *.markdown *.txt *.srt *.vtt);;All files (*)</source>
            <translation>周报和文字稿 (*.md *.markdown *.txt *.srt *.vtt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Import a Folder of Digests</source>
            <translation>导入周报文件夹</translation>
        </message>
        <message>
            <source>Import finished: %1 new, %2 updated, %3 failed.</source>
            <translation>导入完成：新增 %1 个，更新 %2 个，失败 %3 个。</translation>
        </message>
        <message>
            <source>About Digest Reader</source>
            <translation>关于周报阅读器</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Digest Reader %1&lt;/h3&gt;&lt;p&gt;Read weekly AI-news digests offline, and find every past item about a model or a company.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;周报阅读器 %1&lt;/h3&gt;&lt;p&gt;离线阅读 AI 新闻周报，找到关于某个模型或公司的所有往期条目。&lt;/p&gt;&lt;p&gt;资料库：%2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h2&gt;The library could not be opened&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
            <translation>&lt;h2&gt;无法打开资料库&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Rebuilding the search index&lt;/h2&gt;&lt;p&gt;This version of Digest Reader indexes text differently. It rebuilds the index of your library once; a large library takes a minute.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;正在重建搜索索引&lt;/h2&gt;&lt;p&gt;此版本的周报阅读器以不同方式索引文本，会为你的资料库重建一次索引；资料库较大时约需一分钟。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Upgrading your library&lt;/h2&gt;&lt;p&gt;An older version of Digest Reader wrote it. It is upgraded once; a large library takes a minute.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;正在升级资料库&lt;/h2&gt;&lt;p&gt;此资料库由旧版周报阅读器写入，只需升级一次；资料库较大时约需一分钟。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;A copy of the library as it was is kept at&lt;br/&gt;%1&lt;/p&gt;</source>
            <translation>&lt;p&gt;升级前的资料库副本保存在&lt;br/&gt;%1&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Rebuilding the search index…</source>
            <translation>正在重建搜索索引…</translation>
        </message>
        <message>
            <source>Upgrading the library…</source>
            <translation>正在升级资料库…</translation>
        </message>
        <message>
            <source>Library upgraded.</source>
            <translation>资料库已升级。</translation>
        </message>
        <message>
            <source>The library is being upgraded; import when it is done.</source>
            <translation>资料库正在升级，请在完成后再导入。</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>只读</translation>
        </message>
        <message>
            <source>You cannot write to this library's file or folder. You can read and search it; importing and marking items read or starred are off.</source>
            <translation>你没有写入此资料库文件或其所在文件夹的权限。可以阅读和搜索；导入以及标记已读、加星已关闭。</translation>
        </message>
        <message>
            <source>This library is read-only: reading and searching only.</source>
            <translation>此资料库为只读：只能阅读和搜索。</translation>
        </message>
        <message>
            <source>This library is read-only: nothing can be imported into it.</source>
            <translation>此资料库为只读：无法向其中导入。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>%Ln 条</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 matching %2</source>
            <translation>%1 匹配 %2</translation>
        </message>
        <message>
            <source>&lt;h2&gt;No items here&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;这里没有条目&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Nothing here matches %1&lt;/h2&gt;&lt;p&gt;The search looks only at what is chosen in the sidebar.&lt;br/&gt;Choose “All items” to search the whole library.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;这里没有与 %1 匹配的条目&lt;/h2&gt;&lt;p&gt;搜索只在侧栏所选的范围内进行。&lt;br/&gt;选择“全部条目”即可搜索整个资料库。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Nothing matches %1&lt;/h2&gt;&lt;p&gt;Every word must appear in an item:&lt;br/&gt;check the spelling, or use fewer words.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;没有与 %1 匹配的条目&lt;/h2&gt;&lt;p&gt;条目须包含搜索的每个词：&lt;br/&gt;请检查拼写，或减少搜索词。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h2&gt;No company or model is called “%1”&lt;/h2&gt;&lt;p&gt;Check the name, or search for it as words without company: or model:.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;没有名为“%1”的公司或模型&lt;/h2&gt;&lt;p&gt;请检查名称，或去掉 company: / model: 直接按词搜索。&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>digest::gui::MentionsChart</name>
        <message>
            <source>Mentions per month</source>
            <translation>每月提及次数</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n item(s)</source>
            <translation>
                <numerusform>%1：%n 条</numerusform>
            </translation>
        </message>
        <message>
            <source>No mentions yet.</source>
            <translation>暂无提及。</translation>
        </message>
    </context>
    <context>
        <name>digest::gui::SettingsDialog</name>
        <message>
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> 磅</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>主题(&amp;T)：</translation>
        </message>
        <message>
            <source>Reading &amp;text size:</source>
            <translation>正文字号(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>digest::gui::ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <source> or </source>
            <translation> 或 </translation>
        </message>
    </context>
    <context>
        <name>digest::gui::SidebarModel</name>
        <message>
            <source>Library</source>
            <translation>资料库</translation>
        </message>
        <message>
            <source>All items</source>
            <translation>全部条目</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>未读</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>已加星标</translation>
        </message>
        <message>
            <source>Issues</source>
            <translation>各期周报</translation>
        </message>
        <message>
            <source>Other issues</source>
            <translation>其他各期</translation>
        </message>
        <message>
            <source>Undated</source>
            <translation>无日期</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message numerus="yes">
            <source>%n issue(s)</source>
            <translation>
                <numerusform>%n 期</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (by %2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Companies</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>模型</translation>
        </message>
    </context>
    <context>
        <name>digest::gui::SidebarView</name>
        <message>
            <source>Library</source>
            <translation>资料库</translation>
        </message>
    </context>
</TS>
