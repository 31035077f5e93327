"""The Chinese wording of every report string, keyed by its English message id.

``python -m channel_equity.reports.locale.zh_messages`` rewrites ``zh`` and ``en`` ``messages.po`` from
this table (``en`` maps each id to itself), so both catalogs always hold the same ids;
edit the table, not the ``.po`` files. Rule titles come from ``checks/registry.py``.
"""

from __future__ import annotations

from pathlib import Path

ZH: dict[str, str] = {
    # chrome
    "Channel equity report": "办事渠道公平监测报告",
    "Skip to content": "跳到正文",
    "Report sections": "报告栏目",
    "Overview": "总览",
    "Coverage": "覆盖情况",
    "Findings (CSV)": "问题清单（CSV）",
    "Findings (JSON)": "问题清单（JSON）",
    "Scan %(id)s, started %(started)s": "第 %(id)s 次扫描，开始于 %(started)s",
    "Quoted page text is scraped from city portals and shown as text only.":
        "引用的页面文字采集自各市门户网站，仅以纯文本显示。",
    # times (reports/clock.py): the province's clock, the zone said beside each time
    "%(time)s (Beijing time)": "%(time)s（北京时间）",
    "%(time)s (UTC%(offset)s)": "%(time)s（UTC%(offset)s）",
    "Times are Beijing time; the CSV and JSON exports give them in UTC (ISO 8601).":
        "时间均为北京时间；CSV 和 JSON 导出文件中的时间为协调世界时（UTC，ISO 8601 格式）。",
    "Times are local time in %(zone)s, each followed by its offset from UTC; the CSV and JSON exports give "
    "them in UTC (ISO 8601).":
        "时间均为 %(zone)s 时区的当地时间，其后注明与协调世界时（UTC）的时差；CSV 和 JSON 导出文件中的时间为"
        "协调世界时（UTC，ISO 8601 格式）。",
    # overview
    "Compared with scan %(id)s, started %(started)s.": "对比第 %(id)s 次扫描（开始于 %(started)s）。",
    "This is the first scan: there is nothing to compare with yet.": "这是首次扫描，暂无可对比的数据。",
    "Province scorecard": "全省计分卡",
    "Open findings": "未整改问题",
    "New since previous scan": "较上次新增",
    "Resolved since previous scan": "较上次已整改",
    "Cities covered": "已覆盖城市",
    "Cities partly covered": "部分覆盖城市",
    "Cities not covered": "未覆盖城市",
    "Guides read": "已读取办事指南",
    "Fetch errors": "抓取错误",
    "Open findings by severity": "未整改问题（按严重程度）",
    "Cities": "各市情况",
    "Cities ranked by open findings, most severe first": "按未整改问题排序，严重问题多者在前",
    "City": "城市",
    "Findings per rule": "各规则问题数",
    "Rule": "规则",
    "Rule id": "规则编号",
    "Default severity": "默认严重程度",
    "New": "新增",
    "Trend": "趋势",
    "Open findings per scan": "每次扫描后的未整改问题数",
    "Scan %(id)s (%(date)s): %(count)s open": "第 %(id)s 次扫描（%(date)s）：%(count)s 个未整改",
    "Open findings after each scan, from the findings' history in the store.":
        "每次扫描后未整改的问题数，依据数据库中的问题历史记录。",
    "New or reopened since previous scan": "较上次新增或重新出现的问题",
    "Finding": "问题",
    "Item": "事项",
    "Severity": "严重程度",
    "Status": "状态",
    # city
    "Figures": "数据概况",
    "Share of immediately handled items": "即办件占比",
    "Unmatched items": "未匹配事项",
    "Pages fetched": "已抓取页面",
    "Portal": "门户网站",
    "Portal error": "门户错误",
    "This portal was not fully read: missing findings here are a coverage gap, not compliance.":
        "该门户未能完整读取：此处没有问题只说明覆盖不全，不代表合规。",
    "Open findings by rule": "未整改问题（按规则）",
    "Whole portal": "整个门户",
    "No open findings.": "没有未整改问题。",
    # evidence
    "Page URL": "页面网址",
    "Fetched at": "抓取时间",
    "HTTP status": "HTTP 状态码",
    "Content hash (SHA-256)": "内容哈希（SHA-256）",
    "Stored snapshot": "页面快照",
    "Pages affected": "涉及页面",
    "Guide pages compared, one per city": "参与比较的各城市办事指南页面",
    "The quoted words, marked in the page's text": "在页面文字中标出的引文",
    "Page text as the checks read it": "检查所读取的页面文字",
    "The words each finding quotes are marked.": "各项问题所引用的文字已标出。",
    "Visible words": "页面可见文字",
    "In the scripts of the page": "页面脚本中的文字",
    "Quoted from the stored page": "摘自所存页面原文",
    "characters": "字符位置",
    "in its scripts": "（页面脚本中）",
    "Derived by the monitor, not a quote from the page": "由监测系统推算得出，并非页面原文",
    "Established from fields the guide states under their labels": "依据：办事指南在对应栏目中明确载明的字段",
    "Established from the guide's own sentences or wording": "依据：办事指南正文中的表述",
    "Established by two independent signals that agree": "依据：两项相互独立且一致的信息",
    "Rests on values the monitor inferred: check against the page": "依据为监测系统推断的内容，请对照页面核实",
    "Established by what the monitor measured (a status, a failure, a share)":
        "依据：监测系统实测结果（状态码、访问失败或占比）",
    "Page text as fetched": "抓取时的页面文字",
    "Not stored": "未保存",
    "Screenshot": "截图",
    "Excerpt that triggered the rule": "触发规则的原文摘录",
    # finding
    "Finding %(id)s": "问题 %(id)s",
    "Item code": "事项编码",
    "Standard item code": "标准事项编码",
    "Dimension": "比较维度",
    "First seen": "首次发现",
    "Last seen": "最近发现",
    "Resolved at": "整改时间",
    "What was found": "发现的问题",
    "Evidence": "证据",
    "History": "处理记录",
    "Event": "事件",
    "Time": "时间",
    "Scan": "扫描",
    "No recorded events.": "没有记录。",
    # coverage
    "What could not be read is a gap in the evidence, never a sign of compliance.":
        "未能读取的内容是证据缺口，绝不代表合规。",
    "Portals not fully read": "未完整读取的门户",
    "Error": "错误",
    "Every portal was read.": "所有门户均已读取。",
    "Guides read / listed": "已读取 / 门户列明的事项数",
    "Labels the lexicon does not know": "词库未收录的标签",
    "Labels read on a city's guides that name no known field. Those that do name a guide field belong in the province's lexicon (or the city's extraction labels): until then their values are not read.":
        "在该市办事指南中读到、但不对应任何已知字段的标签。其中确属指南字段的，应加入全省词库（或该市的提取标签配置）；在此之前，其取值不会被读取。",
    "Label": "标签",
    "Guides": "指南数",
    "Guide-like pages not read": "疑似指南但未读出的页面",
    "Not judged": "未能研判",
    "Rules that could not judge a city on this scan, and why: a gap, not a pass.":
        "本次扫描中无法对某市作出研判的规则及原因：这是证据缺口，不代表合规。",
    "Every rule could judge every city.": "所有规则均能对各市作出研判。",
    "Pages that looked like guides but yielded none": "看似办事指南但未能读出内容的页面",
    "None.": "无。",
    "Fetch errors per city": "各市抓取错误",
    "Kind": "类型",
    "Count": "次数",
    "Examples": "示例",
    "No fetch errors.": "没有抓取错误。",
    "Items not matched to the standard list": "未匹配到标准事项清单的事项",
    "Showing the first %(shown)s of %(total)s.": "仅显示 %(total)s 项中的前 %(shown)s 项。",
    "Every item was matched.": "所有事项均已匹配。",
    # labels (reports/labels.py)
    "Critical": "严重",
    "High": "高",
    "Medium": "中",
    "Low": "低",
    "Info": "提示",
    "Open": "未整改",
    "Reopened": "重新出现",
    "Resolved": "已整改",
    "Covered": "已覆盖",
    "Partly covered": "部分覆盖",
    "Nothing read": "未读取到任何指南",
    "Unreachable": "无法访问",
    "Not scanned": "未扫描",
    "Opened": "发现",
    "DNS lookup failed": "域名解析失败",
    "Connection refused": "连接被拒绝",
    "Timed out": "超时",
    "TLS error": "TLS 错误",
    "HTTP error": "HTTP 错误",
    "Response too large": "响应过大",
    "Empty page (HTTP 200 with nothing in it)": "空白页面（HTTP 200 但无任何内容）",
    "Page scripts never finished": "页面脚本一直未执行完毕",
    "Redirect loop or too many redirects": "重定向循环或重定向次数过多",
    "Redirect loop": "重定向循环",
    "Redirects to a page already asked for": "重定向到本次已请求过的页面",
    "Link too long to request": "链接过长，无法请求",
    "Connection lost or response incomplete": "连接中断或响应不完整",
    "Headless browser error": "无头浏览器错误",
    "Download cancelled": "下载被取消",
    "Request dropped by the crawler": "请求被抓取程序丢弃",
    "Undecodable text": "文字无法解码",
    "Unparsable page": "页面无法解析",
    "Disallowed by robots.txt": "robots.txt 禁止抓取",
    "Off-site link": "站外链接",
    "Other error": "其他错误",
    # added with the full report: highlighting, screenshots, city figures, paging, charts
    "(triggering words marked)": "（触发词已标出）",
    "Screenshot of the page as the probe saw it": "探测程序看到的页面截图",
    "Screenshot taken by the probe": "探测程序截取的截图",
    "Screenshot not available in this report": "本报告中没有该截图",
    "page %(number)s": "第 %(number)s 页",
    "page %(number)s of %(total)s": "第 %(number)s 页，共 %(total)s 页",
    "Open findings per rule": "各规则未整改问题",
    "Changes since previous scan": "较上次扫描的变化",
    "Pages of open findings (top)": "未整改问题分页（顶部）",
    "Pages of open findings (bottom)": "未整改问题分页（底部）",
    "(continued)": "（续）",
    "The city's figures against the province standard": "本市数据与全省标准对照",
    "Figure": "指标",
    "This city": "本市",
    "Province standard": "全省标准",
    "Assessment": "评价",
    "Every guide": "全部事项",
    "At least %(share)s": "不低于 %(share)s",
    "For reference": "仅供参考",
    "Not judged (too few guides)": "未评价（事项过少）",
    "Meets the standard": "达到标准",
    "Below the standard": "低于标准",
    "New and resolved findings per scan": "每次扫描新增与整改的问题数",
    "Scan %(id)s (%(date)s): %(new)s new or reopened, %(resolved)s resolved":
        "第 %(id)s 次扫描（%(date)s）：新增或重新出现 %(new)s 个，整改 %(resolved)s 个",
    "New or reopened": "新增或重新出现",
    "Per scan, from the findings' history in the store.": "按每次扫描统计，依据数据库中的问题历史记录。",
    "Showing the first %(shown)s of %(total)s; each city's page lists all of its own.":
        "仅显示 %(total)s 项中的前 %(shown)s 项；各市页面列出本市的全部问题。",
    "Standard items found on the portal": "门户上找到的标准事项",
    "Online handling offered where the standard requires it": "标准要求网办的事项中提供网办的比例",
    "Counter handling offered where the standard requires it": "标准要求窗口办理的事项中提供窗口办理的比例",
    "Guides offering online handling": "提供网上办理的办事指南",
    "Guides offering counter handling": "提供窗口办理的办事指南",
    "On-site visits": "到现场次数",
    "Promised days": "承诺时限",
    "Materials": "申请材料",
    # complaints: the overview, the complaints page, a page per complaint, finding pages citing them
    "Complaints": "群众投诉",
    "Complaints (CSV)": "投诉清单（CSV）",
    "Complaints (JSON)": "投诉清单（JSON）",
    "Complaints not closed": "未办结投诉",
    "Complaints overdue": "逾期未办结投诉",
    # triage: inspectors' decisions on findings
    "Accepted": "已确认",
    "Dismissed": "已排除",
    "Reopened by an inspector": "督查人员重新打开",
    "Reopened: the evidence changed": "证据变化，自动重新打开",
    "Inspector's decision": "督查结论",
    "Inspectors' decisions": "督查人员处理记录",
    "Decision": "处理",
    "By": "处理人",
    "Reason": "理由",
    "scan %(id)s": "第 %(id)s 次扫描",
    "No decision yet.": "尚无处理记录。",
    "Dismissed by inspectors": "督查人员已排除的问题",
    "Left out of every count above; a scan whose evidence for one differs reopens it.":
        "以上各项统计均不含这些问题；若之后扫描发现其证据发生变化，将自动重新打开。",
    "Cited by": "引用本问题的投诉",
    "complaint #%(id)s": "投诉 #%(id)s",
    "Citizens' complaints as inspectors recorded them, and what re-checking each against the city's portal "
    "showed. A complaint still open %(days)s working days after it was received is overdue.":
        "督查人员登记的群众投诉，以及对照各市门户网站复核的结果。投诉收到后超过 %(days)s 个工作日仍未办结的，即为逾期。",
    "Complaints at a glance": "投诉概况",
    "Not closed": "未办结",
    "Overdue": "已逾期",
    "Closed": "已办结",
    "Latest re-check: %(verdict)s": "最近一次复核：%(verdict)s",
    "Complaints per city": "各市投诉情况",
    "All cities": "全部城市",
    "Every complaint": "全部投诉",
    "Complaint": "投诉",
    "Claim": "投诉事由",
    "Received": "收到日期",
    "Due": "办结期限",
    "Fixed since": "整改完成时间",
    "Latest re-check": "最近一次复核",
    "No complaints recorded.": "尚未登记任何投诉。",
    "Complaint %(id)s": "投诉 %(id)s",
    "Item as given": "登记时提供的事项信息",
    "Guide URL": "办事指南网址",
    "Online entry": "网上办理入口",
    "Reference": "投诉登记编号",
    "Recorded by": "登记人",
    "(%(days)s working days after it was received)": "（收到后 %(days)s 个工作日）",
    "Closed at": "办结时间",
    "Close note": "办结说明",
    "What the citizen said": "群众反映的内容",
    "Re-checks, newest first": "复核记录（最新在前）",
    "Rules run": "运行的规则",
    "Findings": "相关问题",
    "Detail (as the re-check recorded it)": "复核记录原文",
    "What was checked": "核查内容",
    "Not re-checked yet.": "尚未复核。",
    "The counter refused and sent the citizen online": "窗口拒办，要求网上申请",
    "Online handling promised, a visit demanded": "承诺可网上办理，却要求到现场",
    "The online application does not work": "网上申请无法使用",
    "More visits than the guide promises": "跑动次数超过办事指南的承诺",
    "Papers the government already holds demanded": "索要政府部门已掌握的材料",
    "Other": "其他",
    "Substantiated": "情况属实",
    "Not reproduced": "未能复现",
    "Could not check": "无法核查",
    "Not re-checked yet": "尚未复核",
    # rule titles (checks/registry.py)
    "Counter or offline handling refused (online-only)": "拒绝窗口或线下办理（只能网办）",
    "Online handling promised but not offered (forced offline)": "承诺网办却未提供（被迫线下办理）",
    "Online entry does not lead to a working application": "网办入口无法正常申请",
    "Visits, promised days or materials exceed the province standard": "跑动次数、承诺时限或材料超出全省标准",
    "Abolished approval item still handled": "已取消的审批事项仍在办理",
    "Item exercised at a level the standard does not allow": "在标准不允许的层级行使事项",
    "Paper the government already holds is demanded": "索要政府已掌握的材料",
    "Not handled at village / community service centres": "未在村（社区）便民服务中心办理",
    "Fully online (depth Ⅳ) but on-site visits required": "标为全程网办（四级深度）却要求到现场",
    "Handled on the spot (即办) but filed as a promised-time case": "当场办结（即办）却列为承诺件",
    "On-site visits required without a stated reason": "要求到现场却未说明理由",
    "Portal could not be fetched (coverage gap)": "门户无法抓取（覆盖缺口）",  # its title before issue 13
    "Portal repeatedly unreachable": "门户网站多次无法访问",
    "Page demands Internet Explorer, compatibility mode or ActiveX": "页面要求使用 IE、兼容模式或 ActiveX",
    "Online application only through an app or QR code": "只能通过 App 或二维码网上申请",
    "Guide information hidden behind a login": "办事指南信息须登录才能查看",
    "Share of immediately handled items (即办件) below the minimum": "即办件占比低于最低要求",
    "WARC of the probe's visit": "探测访问的 WARC 存档",
    "every request and response, for replay in pywb or any WARC reader": "含全部请求与响应，可用 pywb 等 WARC 工具回放",
    "Serious accessibility violations (axe-core)": "存在严重无障碍问题（axe-core 检测）",
    "axe-core rule {axe_rule} ({impact}) fails on {count} page(s), first {url}: {help}":
        "axe-core 规则 {axe_rule}（{impact}）在 {count} 个页面不通过，首个 {url}：{help}",
    "Slow pages": "页面加载缓慢",
    "{count} page(s) take more than {threshold} s to load (median of {samples} loads), slowest {url}: {seconds} s":
        "{count} 个页面加载超过 {threshold} 秒（{samples} 次加载的中位数），最慢 {url}：{seconds} 秒",
    "a citizen's journey met a login form where the guide was expected": "模拟群众查找办事指南时被要求先登录",
    "Too many steps to reach a service": "办事环节过多",
    "a citizen looking for {item} needs {loads} page loads from the home page to {goal} (more than {limit}), searching the portal and following its links":
        "群众从首页经站内搜索和链接查找“{item}”，需打开 {loads} 个页面才能到达{goal}（超过 {limit} 个）",
    "a citizen searching the portal for {item} finds nothing that leads to it": "群众在门户站内搜索“{item}”，搜不到可办理的结果",
    "the journey to {item} stopped before it could be judged: {reason}: not judged": "查找“{item}”的办事路径中断，无法判定：{reason}：未判定",
    "its online application": "网上申办页面",
    "its guide": "办事指南",
    "Zombie apps and channels": "“僵尸”App 和移动渠道",
    "{channel}, listed on {url}: its download {link} does not work ({status})":
        "{channel}（列于 {url}）：下载地址 {link} 无法使用（{status}）",
    "{channel}, listed on {url}: an app offered with no download and no code to scan":
        "{channel}（列于 {url}）：列出的 App 既无下载地址也无二维码",
    "{channel}, listed on {url}: last updated {updated}, {days} days before the scan (more than {limit})":
        "{channel}（列于 {url}）：最近更新于 {updated}，距检查已 {days} 天（超过 {limit} 天）",
    "no page of apps, mini-programs or accounts was found among the home page's links: not judged":
        "首页链接中未找到 App、小程序或公众号页面：未判定",
    "Visual CAPTCHA without an alternative": "图形验证码无替代方式（不利于老年人等群体）",
    "{count} page(s) show a visual CAPTCHA with no alternative, first {url}: {words}":
        "{count} 个页面使用图形验证码且无语音等替代方式，首个 {url}：{words}",
    "{count} page(s) show a visual CAPTCHA with no alternative, first {url}: {words} (redirected to {final_url})":
        "{count} 个页面使用图形验证码且无语音等替代方式，首个 {url}：{words}（跳转至 {final_url}）",
    ", ": "、",
    "a slider CAPTCHA": "滑块验证码",
    "an image CAPTCHA": "图片验证码",
    "the page turns Chromium away and serves Internet Explorer": "页面拒绝 Chromium 等现代浏览器、只向 IE 提供办理",
    "only a code to scan or an app to download": "只提供扫码或下载 App",
    "Online entry demands a separate account": "网办入口要求另行注册账号（未接入统一身份认证）",
    "The same item is handled worse than in most cities of the province": "同一事项办理条件明显差于全省多数城市",
    # finding messages: each rule's ``messages`` (checks/rules/*), with the same {fields}
    "the guide accepts only online applications: {words}": "该事项仅接受网上申请：{words}",
    "the guide offers no counter channel (only {offered})": "该事项未提供窗口办理渠道（仅提供{offered}）",
    "counter": "窗口办理",
    "online": "网上办理",
    "post": "快递申请",
    "self_service": "自助办理",
    "、": "、",
    "the standard requires online handling ({standard_code}) but the guide offers no online channel":
        "全省标准（{standard_code}）要求可网上办理，但该事项未提供网上办理渠道",
    "the standard requires online handling ({standard_code}) but the guide sends the applicant to a place and "
    "names no online route anywhere on its page":
        "全省标准（{standard_code}）要求可网上办理，但该办事指南只指引申请人到现场办理，页面上未提及任何网上办理途径",
    "the standard requires online handling ({standard_code}) but the guide demands a visit: {words}":
        "全省标准（{standard_code}）要求可网上办理，但办事指南仍要求到现场办理：{words}",
    "the online entry {url} leads to HTTP {status}": "网上办理入口 {url} 返回 HTTP {status} 错误",
    "the online entry {url} leads to a dead end ({words})": "网上办理入口 {url} 无法办理业务（{words}）",
    "the online entry {url} cannot be reached ({error})": "网上办理入口 {url} 无法访问（{error}）",
    "the online entry {url} asks the citizen to log in on {host}, not the province's unified identity service":
        "网上办理入口 {url} 要求在 {host} 另行登录，未接入全省统一身份认证",
    "{count} online entries ask for a login, and policy.unified_login_hosts names no unified identity service to compare with: not judged":
        "{count} 个网上办理入口要求登录，但配置未列出全省统一身份认证地址（policy.unified_login_hosts），未作判断",
    "the online entry {url} shows a page with neither an application form nor a login ({final})":
        "网上办理入口 {url} 打开后既无申报表单也无登录入口（{final}）",
    "{count} guide(s): the browser could not open the online entry for a reason a citizen would not meet":
        "{count} 个事项：浏览器因非群众可遇到的原因未能打开网上办理入口",
    "on-site visits: the guide says {value}, the province standard for {standard_name} ({standard_code}) "
    "allows at most {maximum}":
        "到现场次数：办事指南为 {value} 次，全省标准“{standard_name}”（{standard_code}）最多 {maximum} 次",
    "promised days: the guide says {value}, the province standard for {standard_name} ({standard_code}) "
    "allows at most {maximum}":
        "承诺办结时限：办事指南为 {value} 日，全省标准“{standard_name}”（{standard_code}）最多 {maximum} 日",
    "materials demanded: the guide says {value}, the province standard for {standard_name} ({standard_code}) "
    "allows at most {maximum}":
        "申请材料：办事指南要求提交 {value} 项，全省标准“{standard_name}”（{standard_code}）最多 {maximum} 项",
    "the guide is still offered although it carries the code of the abolished item {abolished_name} "
    "({abolished_code})":
        "该事项使用已取消审批事项“{abolished_name}”（{abolished_code}）的编码，仍在办理",
    "the guide is still offered although its name is that of the abolished item {abolished_name} "
    "({abolished_code})":
        "该事项名称与已取消审批事项“{abolished_name}”（{abolished_code}）相同，仍在办理",
    "exercised at {levels}; the province standard for {standard_name} ({standard_code}) allows {allowed}":
        "该事项在{levels}行使，全省标准“{standard_name}”（{standard_code}）只允许在{allowed}行使",
    "national level": "国家级",
    "province level": "省级",
    "city level": "市级",
    "county level": "县级",
    "town level": "乡镇（街道）级",
    "village level": "村（社区）级",
    " / ": "、",
    "demands {count} paper(s) the government already holds: {names}": "要求提交 {count} 项政府部门已掌握的材料：{names}",
    "the province standard for {standard_name} ({standard_code}) requires village handling; "
    "the guide lists no location at all":
        "全省标准要求“{standard_name}”（{standard_code}）可在村（社区）办理，但办事指南未列出任何办理地点",
    "the province standard for {standard_name} ({standard_code}) requires village handling; "
    "the guide lists no village or community centre":
        "全省标准要求“{standard_name}”（{standard_code}）可在村（社区）办理，但办事指南未列出村（社区）便民服务站点",
    "the guide claims fully online handling (depth Ⅳ) yet requires {visits} on-site visit(s)":
        "办事指南标明全程网办（Ⅳ级），却要求到现场 {visits} 次",
    "the promised limit is 即办 (same day) but the case type is 承诺件 (promised-time case)":
        "承诺时限为即办（当场办结），办件类型却为承诺件",
    "the guide requires {visits} on-site visit(s) but gives no reason why a visit is needed":
        "办事指南要求到现场 {visits} 次，却未说明必须现场办理的原因",
    # cross-city-divergence: the same item across the cities that offer it
    "on-site visits: the guide says {value}, the median over the {cities} cities that offer the item and state "
    "it is {median} ({values})":
        "到现场次数：办事指南为 {value} 次，办理该事项并标明次数的 {cities} 个城市中位数为 {median} 次（{values}）",
    "promised days: the guide says {value}, the median over the {cities} cities that offer the item and state "
    "it is {median} ({values})":
        "承诺办结时限：办事指南为 {value} 日，办理该事项并标明时限的 {cities} 个城市中位数为 {median} 日（{values}）",
    "materials demanded: the guide says {value}, the median over the {cities} cities that offer the item and "
    "state it is {median} ({values})":
        "申请材料：办事指南要求提交 {value} 项，办理该事项并列明材料的 {cities} 个城市中位数为 {median} 项（{values}）",
    "not handled online, while {count} of the {cities} cities that offer the item and state it handle it "
    "online ({values})":
        "该事项不可网上办理，而办理该事项并标明是否网办的 {cities} 个城市中有 {count} 个可网上办理（{values}）",
    "a fee is charged, while {count} of the {cities} cities that offer the item and state it charge none ({values})":
        "该事项收费，而办理该事项并标明是否收费的 {cities} 个城市中有 {count} 个不收费（{values}）",
    # portal-unreachable before issue 13 (one failed scan): findings stored then keep these templates
    "{error}": "门户网站无法抓取：{error}",
    "the portal could not be fetched": "门户网站无法抓取",
    "the portal could not be reached in {failed} of {attempts} scans over the last {days} days "
    "({share}, more than the {maximum} allowed)":
        "近 {days} 天的 {attempts} 次扫描中，门户网站有 {failed} 次无法访问（{share}，超过允许的 {maximum}）",
    "{immediate} of {judged} guides are handled on the spot (即办件), {share}; the province minimum is {minimum}":
        "{judged} 项办事指南中即办件 {immediate} 项，占 {share}，低于全省最低要求 {minimum}",
    # why a city's portal was not fully read (reports/coverage_text.py; written by crawler/scan.py)
    "page limit reached": "已达页面上限",
    "read {read} of the {listed} items the portal lists": "门户列明 {listed} 项，仅读取 {read} 项",
    "read {read} of the {listed} pages of a list": "列表共 {listed} 页，仅读取 {read} 页",
    "no guide read from {pages} page(s)": "已抓取 {pages} 个页面，未读取到任何办事指南",
    "{count} guide-like page(s) yielded no guide": "{count} 个疑似指南页面未读出指南",
    "no entry page could be fetched": "入口页面均无法抓取",
    "; ": "；",
    # why a city was not judged (the coverage page)
    "portal {status}: no guides to count": "门户状态为 {status}：没有可统计的办事指南",
    "read {read} of the {listed} items the portal lists ({share}), below the {minimum} needed to judge a "
    "city-wide share":
        "门户列明 {listed} 项，仅读取 {read} 项（{share}），低于判断全市占比所需的 {minimum}",
    "{judged} guide(s) state a case type, fewer than the {minimum} needed":
        "标明办件类型的办事指南仅 {judged} 项，少于所需的 {minimum} 项",
    "{count} guides state no channel under a channel label (inferred or absent): not judged":
        "{count} 项办事指南未在办理形式等栏目中标明办理渠道（系推断或缺失），未作判断",
    "{count} guides list no online channel but link an online entry or state an online depth: not judged":
        "{count} 项办事指南未列网上办理渠道，但提供了网上办理入口或标明了网上办理深度，未作判断",
    "{count} guides read as both online-only and offline-only: contradictory evidence, not judged":
        "{count} 项办事指南同时显示为仅限网上办理和仅限线下办理，证据相互矛盾，未作判断",
    "{count} page(s) demand a legacy browser, first {url}: {words}":
        "{count} 个页面要求使用旧版浏览器，首个为 {url}：{words}",
    "{count} page(s) demand a legacy browser, first {url}: {words} (redirected to {final_url})":
        "{count} 个页面要求使用旧版浏览器，首个为 {url}：{words}（已跳转至 {final_url}）",
    "{count} page(s) offer online application only through an app, first {url}: {words}":
        "{count} 个页面只能通过 App 网上申请，首个为 {url}：{words}",
    "{count} page(s) offer online application only through an app, first {url}: {words} (redirected to {final_url})":
        "{count} 个页面只能通过 App 网上申请，首个为 {url}：{words}（已跳转至 {final_url}）",
    "{count} page(s) show guide information only after a login, first {url}: {words}":
        "{count} 个页面须登录后才能查看办事指南信息，首个为 {url}：{words}",
    "{count} page(s) show guide information only after a login, first {url}: {words} (redirected to {final_url})":
        "{count} 个页面须登录后才能查看办事指南信息，首个为 {url}：{words}（已跳转至 {final_url}）",
    # the same item across cities (reports/comparison.py, comparison*.html)
    "The same item across cities": "同一事项跨城市比较",
    "Items that no provincial standard covers, compared across the cities that offer them in this scan: matched "
    "by basic code, else by name; a city with several guides for one item is left out of it. An item is compared "
    "where at least %(count)s cities offer it, and each value against the median of the cities that state it.":
        "本次扫描中无省级标准的事项，在办理该事项的各城市之间比较：按基本编码匹配，无编码的按名称匹配；"
        "同一事项有多份办事指南的城市不参与该事项的比较。至少 %(count)s 个城市办理的事项才予比较，"
        "各市取值与标明该项的城市的中位数比较。",
    "Views of the comparison": "比较视图",
    "Items, most divergent first": "按事项：差异最大者在前",
    "Cities, most worse values first": "按城市：劣于中位数的取值最多者在前",
    "Most open cross-city findings first, then the widest gap between a city's value and the median. Showing "
    "%(shown)s of the %(total)s items compared.":
        "跨城市未整改问题最多的事项在前，其次为某市取值与中位数差距最大的事项。共比较 %(total)s 个事项，"
        "此处列出 %(shown)s 个。",
    "%(count)s more items are compared but not shown; the view by city lists every worse value.":
        "另有 %(count)s 个已比较的事项未列出；按城市视图列出了所有劣于中位数的取值。",
    "best": "最优",
    "the best value any city states, marked where the cities differ": "各市标明的最优取值，仅在各市取值不同时标注",
    "worse": "较差",
    "worse than the median: the value gave an open finding, which the mark links":
        "劣于中位数：该取值产生了未整改问题，标记链接至该问题",
    "dismissed": "已排除",
    "a finding on the value that inspectors dismissed: not counted": "督查人员已排除的该取值问题，不计入统计",
    "the guide does not state it": "办事指南未标明",
    "Cities offering it: %(cities)s; open cross-city findings: %(count)s.":
        "办理该事项的城市：%(cities)s 个；跨城市未整改问题：%(count)s 个。",
    "Guide": "办事指南",
    "worse, finding #%(id)s": "较差，问题 #%(id)s",
    "dismissed, finding #%(id)s": "已排除，问题 #%(id)s",
    "Median of the cities stating it": "标明该项的城市的中位数",
    "(not compared: fewer than %(count)s cities state it)": "（未比较：标明该项的城市少于 %(count)s 个）",
    "No item without a provincial standard is offered in %(count)s or more cities in this scan.":
        "本次扫描中没有无省级标准且由 %(count)s 个及以上城市办理的事项。",
    "Items compared": "参与比较的事项",
    "Values worse than the median (open findings)": "劣于中位数的取值（未整改问题）",
    "Compared on": "比较项",
    "The city's value": "该市取值",
    "Across cities": "跨城市比较",
    "The item in every city that offers it": "该事项在各办理城市的情况",
    "Materials demanded": "需提交材料数",
    "Handled online": "可网上办理",
    "Fee charged": "收费",
    "Yes": "是",
    "No": "否",
    "%(count)s of %(total)s: %(value)s": "%(total)s 个中 %(count)s 个：%(value)s",
}

EN_OVERRIDES: dict[str, str] = {
    # registry titles that quote Chinese terms; the English report explains them instead
    "Handled on the spot (即办) but filed as a promised-time case":
        "Handled on the spot but filed as a promised-time case",
    "Share of immediately handled items (即办件) below the minimum":
        "Share of immediately handled items below the minimum",
    # finding messages that quote Chinese terms or separators (the export keeps the original)
    "the promised limit is 即办 (same day) but the case type is 承诺件 (promised-time case)":
        "the promised limit is same-day handling but the case type is a promised-time case",
    "{immediate} of {judged} guides are handled on the spot (即办件), {share}; the province minimum is {minimum}":
        "{immediate} of {judged} guides are handled on the spot (immediately handled items), {share}; "
        "the province minimum is {minimum}",
    "、": ", ",
    # the portal's error is the crawler's own text: say what it is an error of
    "{error}": "the portal could not be fetched: {error}",
}


def write_catalogs(locale_dir: Path = Path(__file__).parent) -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    for lang in ("zh", "en"):
        catalog = Catalog(locale=lang, project="channel-equity reports", charset="utf-8")
        for msgid, chinese in ZH.items():
            catalog.add(msgid, chinese if lang == "zh" else EN_OVERRIDES.get(msgid, msgid))
        target = locale_dir / lang / "LC_MESSAGES" / "messages.po"
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as po_file:
            write_po(po_file, catalog, width=110, omit_header=False)


if __name__ == "__main__":
    write_catalogs()
