#!/usr/bin/env python3
"""Fills digest-reader_zh_CN.ts from the table below after `lupdate` (see docs/gui.md).

Run: lupdate src/gui -ts resources/translations/digest-reader_zh_CN.ts -no-obsolete -locations none
     python3 resources/translations/fill_zh_CN.py
Fails, naming them, when a message has no translation here, so none is left unfinished.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ZH = {
    # AppOptions (command line)
    'Read weekly AI-news digests offline.': '离线阅读 AI 新闻周报。',
    'Library file (default: %1).': '资料库文件（默认：%1）。',
    'Interface language, e.g. zh_CN or en.': '界面语言，例如 zh_CN 或 en。',
    'Theme: system, light or dark.': '主题：system（跟随系统）、light（浅色）或 dark（深色）。',
    'Save a PNG of the window and exit.': '把窗口保存为 PNG 截图后退出。',
    "Show this issue (slug or id), and item (0: the issue's front page).": '显示这一期（slug 或编号）及其中的条目（0：本期首页）。',
    'Start with this search.': '启动时执行此搜索。',
    "Show this company's or model's page.": '显示该公司或模型的页面。',
    'Window size for screenshots.': '截图时的窗口大小。',
    'Measure startup, GUI-thread stalls and memory, print JSON, exit.': '测量启动时间、界面线程卡顿和内存占用，输出 JSON 后退出。',
    'Files or folders to import.': '要导入的文件或文件夹。',
    '--size wants WIDTHxHEIGHT, e.g. 1280x800.': '--size 的格式应为 宽x高，例如 1280x800。',
    '--theme wants system, light or dark.': '--theme 只能是 system、light 或 dark。',
    # EntityPage
    'Items mentioning it, per month': '每月提及它的条目数',
    'Its items are listed beside this page; choose one to read it.': '相关条目列在左侧，点选即可阅读。',
    'Company': '公司',
    'Model': '模型',
    'by %1': '出自 %1',
    '%n item(s)': '%n 条',
    'Also written: %1': '又写作：%1',
    'Models: %1': '模型：%1',
    'Products: %1': '产品：%1',
    'Labs and companies of it: %1': '旗下实验室与公司：%1',
    'Items mentioning it, per month (%n without a date not shown)': '每月提及它的条目数（另有 %n 条无日期，未计入）',
    # ImportController
    'Cancel': '取消',
    'Stop importing after the current file': '处理完当前文件后停止导入',
    'Importing…': '正在导入…',
    'Cancelling…': '正在取消…',
    'Upgrading the library before importing…': '正在升级资料库，随后导入…',
    'Importing %1 of %2: %3': '正在导入第 %1 个，共 %2 个：%3',
    # ImportReportDialog
    'Imported': '已导入',
    'Updated': '已更新',
    'Unchanged': '未变化',
    'Failed': '失败',
    '%n file(s) imported': '导入 %n 个文件',
    '%n updated': '更新 %n 个',
    '%n unchanged': '%n 个未变化',
    '%n failed': '%n 个失败',
    'cancelled before the end': '未完成即被取消',
    'Import Report': '导入报告',
    '<b>Import finished with problems.</b>': '<b>导入完成，但有问题。</b>',
    '<b>Import finished.</b>': '<b>导入完成。</b>',
    'Result': '结果',
    'File': '文件',
    'Details': '详情',
    'Not read': '未能读取',
    'line %1: %2': '第 %1 行：%2',
    '%1 — %n item(s)': '%1 — %n 条',
    'Copy Report': '复制报告',
    # ItemListModel / ItemListView
    '%1 (unread)': '%1（未读）',
    'Items': '条目',
    # ItemViewer
    'Item': '条目',
    'Image could not be read': '无法读取图片',
    'Online image not loaded': '未加载网络图片',
    'Image not in the library': '资料库中没有这张图片',
    'Select an item to read it.': '选择一个条目开始阅读。',
    '(untitled)': '（无标题）',
    'starts at %1': '开始于 %1',
    'Starred': '已加星标',
    'Show every item about %1': '显示关于 %1 的所有条目',
    'Open original': '打开原文',
    'Open Link in Browser': '在浏览器中打开链接',
    'Copy Link': '复制链接',
    'Open Original': '打开原文',
    'Copy Original Link': '复制原文链接',
    # LinkHandler
    'No web browser could be started.': '无法启动网页浏览器。',
    'The link “%1” is not a web address.': '链接“%1”不是网址。',
    'Links of the kind “%1:” are not opened, for your safety. Only web links (http and https) open in your browser.':
        '为了安全，不会打开“%1:”类型的链接。只有网页链接（http 和 https）会在浏览器中打开。',
    'Link not opened': '未打开链接',
    # MainWindow
    'Read-only': '只读',
    "You cannot write to this library's file or folder. You can read and search it; importing and marking items read or starred are off.": '你没有写入此资料库文件或其所在文件夹的权限。可以阅读和搜索；导入以及标记已读、加星已关闭。',
    'This library is read-only: reading and searching only.': '此资料库为只读：只能阅读和搜索。',
    'This library is read-only: nothing can be imported into it.': '此资料库为只读：无法向其中导入。',
    'Digest Reader': '周报阅读器',
    'The library could not be read: %1': '无法读取资料库：%1',
    '&Import Files…': '导入文件(&I)…',
    'Import &Folder…': '导入文件夹(&F)…',
    '&Quit': '退出(&Q)',
    '&Next Item': '下一条(&N)',
    '&Previous Item': '上一条(&P)',
    'Next &Unread Item': '下一条未读(&U)',
    '&Open Original': '打开原文(&O)',
    '&Star': '加星标(&S)',
    'Mark as &Read': '标为已读(&R)',
    'Mark &Issue Read': '整期标为已读(&I)',
    '&Find': '查找(&F)',
    '&Preferences…': '首选项(&P)…',
    '&Keyboard Shortcuts': '键盘快捷键(&K)',
    '&About Digest Reader': '关于周报阅读器(&A)',
    'Star or unstar the item': '为条目加上或去掉星标',
    'Mark the item read or unread': '把条目标为已读或未读',
    'Open the original report in your web browser (O)': '在网页浏览器中打开原始报道（O）',
    'Star or unstar this item (S)': '为此条目加上或去掉星标（S）',
    'Mark this item read or unread (M)': '把此条目标为已读或未读（M）',
    'Import digest files (Ctrl+I); you can also drop files on the window': '导入周报文件（Ctrl+I）；也可以把文件拖到窗口上',
    '&File': '文件(&F)',
    '&Item': '条目(&I)',
    '&Help': '帮助(&H)',
    'Main': '主工具栏',
    'Search items (Ctrl+F)': '搜索条目（Ctrl+F）',
    'Search': '搜索',
    '<h2>Your library is empty</h2><p>Import weekly digests with <b>File ▸ Import Files…</b> (Ctrl+I) or <b>Import Folder…</b>,<br/>or drop files and folders on this window.</p>':
        '<h2>资料库还是空的</h2><p>用<b>文件 ▸ 导入文件…</b>（Ctrl+I）或<b>导入文件夹…</b>导入周报，<br/>也可以把文件和文件夹拖到这个窗口上。</p>',
    '%1 matching %2': '%1 匹配 %2',
    '%Ln item(s)': '%Ln 条',
    '%1, no. %2': '%1 第 %2 期',
    'In this issue': '本期内容',
    "Show this issue's introduction and all its items": '查看本期的导语和全部条目',
    '<h2>No items here</h2>': '<h2>这里没有条目</h2>',
    '<h2>No company or model is called “%1”</h2><p>Check the name, or search for it as words without company: or model:.</p>':
        '<h2>没有名为“%1”的公司或模型</h2><p>请检查名称，或去掉 company: / model: 直接按词搜索。</p>',
    '<h2>Nothing here matches %1</h2><p>The search looks only at what is chosen in the sidebar.<br/>Choose “All items” to search the whole library.</p>':
        '<h2>这里没有与 %1 匹配的条目</h2><p>搜索只在侧栏所选的范围内进行。<br/>选择“全部条目”即可搜索整个资料库。</p>',
    '<h2>Nothing matches %1</h2><p>Every word must appear in an item:<br/>check the spelling, or use fewer words.</p>':
        '<h2>没有与 %1 匹配的条目</h2><p>条目须包含搜索的每个词：<br/>请检查拼写，或减少搜索词。</p>',
    '★ Starred': '★ 已加星标',
    '☆ Star': '☆ 加星标',
    'Mark Unread': '标为未读',
    'Mark Read': '标为已读',
    'No company or model is called “%1”.': '没有名为“%1”的公司或模型。',
    'This item has no link to an original report.': '此条目没有原始报道的链接。',
    'An import is already running.': '已有导入正在进行。',
    'Import Digests': '导入周报',
    'Digests and transcripts (*.md *.markdown *.txt *.srt *.vtt);;All files (*)': '周报和文字稿 (*.md *.markdown *.txt *.srt *.vtt);;所有文件 (*)',
    'Import a Folder of Digests': '导入周报文件夹',
    'Import finished: %1 new, %2 updated, %3 failed.': '导入完成：新增 %1 个，更新 %2 个，失败 %3 个。',
    # MainWindow: opening a library an older version wrote
    '<h2>The library could not be opened</h2><p>%1</p>': '<h2>无法打开资料库</h2><p>%1</p>',
    '<h2>Rebuilding the search index</h2><p>This version of Digest Reader indexes text differently. It rebuilds the index of your library once; a large library takes a minute.</p>':
        '<h2>正在重建搜索索引</h2><p>此版本的周报阅读器以不同方式索引文本，会为你的资料库重建一次索引；资料库较大时约需一分钟。</p>',
    '<h2>Upgrading your library</h2><p>An older version of Digest Reader wrote it. It is upgraded once; a large library takes a minute.</p>':
        '<h2>正在升级资料库</h2><p>此资料库由旧版周报阅读器写入，只需升级一次；资料库较大时约需一分钟。</p>',
    '<p>A copy of the library as it was is kept at<br/>%1</p>': '<p>升级前的资料库副本保存在<br/>%1</p>',
    'Rebuilding the search index…': '正在重建搜索索引…',
    'Upgrading the library…': '正在升级资料库…',
    'Library upgraded.': '资料库已升级。',
    'The library is being upgraded; import when it is done.': '资料库正在升级，请在完成后再导入。',
    'About Digest Reader': '关于周报阅读器',
    '<h3>Digest Reader %1</h3><p>Read weekly AI-news digests offline, and find every past item about a model or a company.</p><p>Library: %2</p>':
        '<h3>周报阅读器 %1</h3><p>离线阅读 AI 新闻周报，找到关于某个模型或公司的所有往期条目。</p><p>资料库：%2</p>',
    # MentionsChart
    'Mentions per month': '每月提及次数',
    '%1: %n item(s)': '%1：%n 条',
    'No mentions yet.': '暂无提及。',
    # SettingsDialog
    'Preferences': '首选项',
    'Follow the system': '跟随系统',
    'Light': '浅色',
    'Dark': '深色',
    ' pt': ' 磅',
    '&Theme:': '主题(&T)：',
    'Reading &text size:': '正文字号(&T)：',
    # ShortcutsDialog
    'Keyboard Shortcuts': '键盘快捷键',
    'Action': '操作',
    'Keys': '按键',
    ' or ': ' 或 ',
    # SidebarModel / SidebarView
    'Library': '资料库',
    'All items': '全部条目',
    'Unread': '未读',
    'Issues': '各期周报',
    'Other issues': '其他各期',
    'Undated': '无日期',
    'Tags': '标签',
    '%n issue(s)': '%n 期',
    '%1 (by %2)': '%1（%2）',
    'Companies': '公司',
    'Models': '模型',
    # Importer (import report)
    'could not be read': '无法读取',
    'could not be read: %1': '无法读取：%1',
    '%1: folder cannot be read': '%1：无法读取文件夹',
    'no such file': '文件不存在',
    'is a folder': '这是一个文件夹',
    'file too large to be a post or transcript (%1 MiB; the limit is %2 MiB)': '文件太大，不像是文章或文字稿（%1 MiB；上限为 %2 MiB）',
    'cannot read: %1': '无法读取：%1',
    'has the same slug "%1" as %2: they are one issue, updated from this file': '与 %2 的 slug “%1” 相同：二者是同一期，已按此文件更新',
    '%1 image(s) not found; recorded as missing': '%1 张图片未找到，已记为缺失',
    'could not be stored: %1': '无法保存：%1',
    'no such file or folder': '文件或文件夹不存在',
    'the batch it was stored in was rolled back after this error in %1: %2': '所在的批次因 %1 中的错误被整体回滚：%2',
    # PostParser, FrontMatterReader, CharsetDecoder, TranscriptParser (import report)
    'file is too large to be a post (%1 bytes; the limit is %2 MiB)': '文件太大，不像是一篇文章（%1 字节；上限为 %2 MiB）',
    'file is empty': '文件是空的',
    'line %1: the quotes of “%2” seem not to be closed; it runs into the next lines': '第 %1 行：“%2”的引号似乎没有闭合，把后面几行也算了进去',
    'line %1: “%2” is not a date (write it as 2024-06-17); the issue is dated from its path, or undated':
        '第 %1 行：“%2”不是日期（应写作 2024-06-17）；本期的日期取自文件路径，或不注日期',
    'file is binary, not a Markdown post': '文件是二进制文件，不是 Markdown 文章',
    'invalid UTF-8 on line %1': '第 %1 行不是有效的 UTF-8',
    'TOML front matter opened with +++ is never closed': '以 +++ 开始的 TOML 前置元数据没有结束行',
    'invalid TOML front matter: %1': 'TOML 前置元数据无效：%1',
    'invalid YAML front matter: expected key: value pairs': 'YAML 前置元数据无效：应为“键: 值”形式',
    'invalid YAML front matter: %1': 'YAML 前置元数据无效：%1',
    'empty transcript: no text after decoding (%1)': '文字稿是空的：按 %1 解码后没有文字',
    'not a text file: control characters after decoding as %1': '不是文本文件：按 %1 解码后含有控制字符',
    'empty file': '文件是空的',
    'invalid %1 after byte order mark': '字节顺序标记之后的内容不是有效的 %1',
    'charset: UTF-16 without byte order mark, read as %1': '字符集：没有字节顺序标记的 UTF-16，按 %1 读取',
    'not a text file: binary content (NUL or control bytes) in the first 8 KiB': '不是文本文件：前 8 KiB 中有二进制内容（NUL 或控制字节）',
    'charset guessed as %1 (confidence %2%)': '字符集推测为 %1（置信度 %2%）',
    'cannot decode: not valid UTF-8 (byte offset %1) and no known charset matches': '无法解码：不是有效的 UTF-8（字节偏移 %1），也不符合任何已知字符集',
    'no subtitle cues (expected "00:00:01,000 --> …" lines)': '没有字幕条目（应有“00:00:01,000 --> …”这样的行）',
    'no WebVTT cues': '没有 WebVTT 字幕条目',
    'no text': '没有文字',
    '%1: no sentences found': '%1：没有找到句子',
    'no news items found in the transcript body': '文字稿正文中没有找到新闻条目',
}

def main():
    path = Path(__file__).with_name('digest-reader_zh_CN.ts')
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        translation = message.find('translation')
        if source not in ZH:
            missing.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop('type', None)
        if message.get('numerus') == 'yes':
            translation.text = None
            form = ET.SubElement(translation, 'numerusform')
            form.text = ZH[source]
        else:
            translation.text = ZH[source]
    if missing:
        sys.exit('no translation for:\n  ' + '\n  '.join(missing))
    ET.indent(tree, space='    ')
    with open(path, 'wb') as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding='utf-8', xml_declaration=False)
        out.write(b'\n')

if __name__ == '__main__':
    main()
