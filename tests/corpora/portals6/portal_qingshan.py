"""青杉市人民政府门户网站 — prose service guides published as CMS articles (GBK).

Guides are articles under 政务服务 > 办事指南 > <department>: a title, then headings (h3 with
一、二、 numbering, <p><strong>【…】</strong>, or plain h4) each followed by paragraphs. Materials
are numbered paragraphs or one enumerating sentence; the process is prose saying who goes where,
what is done in person, within how many days, and how the result is collected. No codes.
The top menu 我要办事 (the online hall) is on every page and is no guide's entry.
"""

from __future__ import annotations

from typing import Any

from tests.corpora.portals6._common import esc, loc, mat, png, truth_item

PID = "qingshan"
CITY = "青杉市"
CHARSET = "GBK"
SITE = "青杉市人民政府门户网站"

CITY_HALL = "青杉市政务服务中心"
CITY_HALL_ADDR = "青杉市建设路168号"
TOWN_HALL = "城东街道便民服务中心"

D_MZ, D_GA, D_CL = "青杉市民政局", "青杉市公安局", "青杉市残疾人联合会"
D_RS, D_WJ, D_SC = "青杉市人力资源和社会保障局", "青杉市卫生健康委员会", "青杉市市场监督管理局"
D_JY, D_GJJ, D_JD = "青杉市教育局", "青杉市住房公积金管理中心", "青杉市城东街道办事处"

DEPT_DIRS = [("mzj", D_MZ), ("cdjd", D_JD), ("gaj", D_GA), ("cl", D_CL), ("rsj", D_RS), ("wjw", D_WJ),
             ("scjgj", D_SC), ("jyj", D_JY), ("gjj", D_GJJ)]


def entry(sxid: str) -> str:
    return f"/wsbs/apply.jsp?sxid={sxid}"


def ol_paras(lines: list[str]) -> str:
    return "".join(f"<p>（{n}）{esc(line)}</p>" for n, line in enumerate(lines, 1))


def paras(*lines: str) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def online_link(sxid: str, text: str = "网上申请入口") -> str:
    return f'<a href="{entry(sxid)}" target="_blank">{text}</a>'


# Each guide: dir, file, template, title, truth (dict), sections [(kind, html)].
# kinds: subject, basis, cond, mats, flow, time, fee, place, online, other
GUIDES: list[dict[str, Any]] = [
    {
        "dir": "mzj", "file": "t20230412_2710031.html", "tpl": 1, "date": "2023-04-12",
        "title": "临时救助审批办事指南",
        "truth": dict(name="临时救助审批", department=D_MZ, levels=["city"], channels=["counter"],
                      promised=5,
                      materials=[mat("临时救助申请书"), mat("居民身份证"), mat("户口簿"), mat("遭遇困难的相关证明材料")],
                      locations=[loc(CITY_HALL, "city")]),
        "sections": [
            ("subject", paras(f"{D_MZ}。本事项实施层级为市级，适用于急难型临时救助。")),
            ("basis", paras("《社会救助暂行办法》第四十七条至第五十条；《国务院关于全面建立临时救助制度的通知》。")),
            ("cond", paras("因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭或个人。")),
            ("mats", ol_paras(["临时救助申请书", "居民身份证", "户口簿", "遭遇困难的相关证明材料（如医疗费用票据、事故认定书等）"])),
            ("flow", paras(f"申请人或其代理人到{CITY_HALL}一楼社会救助窗口提交书面申请，窗口工作人员对材料进行初审，材料不全的一次性告知需补正的内容。",
                           "市民政局社会救助科对申请人家庭经济状况进行审核，必要时入户调查；审核通过的作出给予救助的决定，救助金通过社会化发放方式打入申请人银行账户。")),
            ("time", paras("审核3个工作日，审批2个工作日，共计5个工作日。")),
            ("fee", paras("不收费。")),
            ("place", paras(f"{CITY_HALL}（{CITY_HALL_ADDR}）一楼社会救助窗口，工作日上午9:00-12:00，下午13:30-17:00。")),
        ],
    },
    {
        "dir": "cdjd", "file": "t20230519_2730415.html", "tpl": 2, "date": "2023-05-19",
        "title": "临时救助审批（乡镇街道权限）",
        "truth": dict(name="临时救助审批（乡镇街道权限）", department=D_JD, levels=["town"], channels=["counter"],
                      visits=1, promised=7,
                      materials=[mat("临时救助申请书"), mat("居民身份证", "paper"), mat("户口簿", "paper"),
                                 mat("遭遇困难的相关证明材料")],
                      locations=[loc(TOWN_HALL, "town")]),
        "sections": [
            ("subject", paras(f"{D_JD}（实施层级：镇（街道）级）。")),
            ("cond", paras("本街道辖区内户籍居民及持有居住证的常住人口，因遭遇突发事件、意外伤害或重大疾病导致基本生活暂时困难的。")),
            ("mats", paras("临时救助申请书一份；居民身份证、户口簿原件及复印件各一份；遭遇困难的相关证明材料。")),
            ("flow", paras(f"申请人到{TOWN_HALL}社会事务窗口提出申请，当场签字确认家庭经济状况核对授权。街道在5个工作日内完成入户调查并提出审核意见，情况紧急的可先行救助后补齐手续。申请人到现场1次，救助金直接发放至本人账户，无需再到窗口领取。")),
            ("time", paras("承诺办结时限为7个工作日。")),
            ("place", paras(f"{TOWN_HALL}（青杉市城东路12号）。咨询电话：0791-6652013。")),
        ],
    },
    {
        "dir": "mzj", "file": "t20230608_2744102.html", "tpl": 3, "date": "2023-06-08",
        "title": "特困人员救助供养审批",
        "truth": dict(name="特困人员救助供养审批", department=D_MZ, levels=["city"], channels=["counter", "online"],
                      entry=entry("QS-MZ-0103"), statutory=30, promised=15,
                      materials=[mat("特困人员救助供养申请书"), mat("居民身份证"), mat("户口簿"),
                                 mat("收入证明")],
                      locations=[loc(CITY_HALL, "city")]),
        "sections": [
            ("subject", paras(f"{D_MZ}，实施层级：市级。")),
            ("mats", paras("申请人应提交：特困人员救助供养申请书，居民身份证、户口簿，本人及其法定赡养抚养扶养义务人的收入证明。")),
            ("flow", paras("申请人向户籍所在地乡镇人民政府（街道办事处）提出书面申请，也可通过"
                           + online_link("QS-MZ-0103", "网上办事大厅") + "在线提交申请并上传材料。",
                           "乡镇（街道）在5个工作日内完成调查核实，并在申请人所在村（社区）公示7天；公示期满无异议的，报市民政局审批，市民政局在10个工作日内作出决定。",
                           f"审批结果可到{CITY_HALL}民政窗口领取，也可选择邮寄送达。")),
            ("time", paras("法定办结时限：30个工作日。承诺办结时限：15个工作日（公示期不计入办理时限）。")),
            ("place", paras(f"{CITY_HALL}一楼民政窗口（{CITY_HALL_ADDR}）。")),
        ],
    },
    {
        "dir": "gaj", "file": "t20230302_2695520.html", "tpl": 1, "date": "2023-03-02",
        "title": "居民身份证换领办事指南",
        "truth": dict(name="居民身份证换领", department=D_GA, levels=["city"], channels=["counter"],
                      visits=1, promised=15,
                      materials=[mat("居民身份证"), mat("户口簿")],
                      locations=[loc("青杉市公安局户政服务大厅", "city")]),
        "sections": [
            ("subject", paras(f"{D_GA}，市级。")),
            ("cond", paras("居民身份证有效期满、证件损坏或登记项目变更的本市户籍居民。")),
            ("mats", ol_paras(["居民身份证（原证）", "户口簿"])),
            ("flow", paras("申请人须本人到青杉市公安局户政服务大厅办理，现场拍照、采集指纹，并在《居民身份证申领登记表》上签字确认。",
                           "证件制作完成后默认通过邮政速递送达申请人指定地址，全程需本人到现场1次；本事项不能通过网上或邮寄方式申请。")),
            ("time", paras("自受理之日起15个工作日内发放证件。")),
            ("fee", paras("按规定收取工本费20元，有效期满换领的免收。")),
            ("place", paras("青杉市公安局户政服务大厅（青杉市解放路35号）。")),
        ],
    },
    {
        "dir": "mzj", "file": "t20230221_2681199.html", "tpl": 2, "date": "2023-02-21",
        "title": "内地居民结婚登记办事指南",
        "truth": dict(name="内地居民结婚登记", department=D_MZ, levels=["city"], channels=["counter"],
                      visits=1, promised=0, case_type="immediate",
                      materials=[mat("户口簿"), mat("居民身份证"),
                                 mat("本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明"),
                                 mat("近期半身免冠合影照片")],
                      locations=[loc("青杉市婚姻登记处", "city")]),
        "sections": [
            ("subject", paras(f"{D_MZ}（青杉市婚姻登记处具体承办），实施层级：市级。")),
            ("mats", paras("（一）本人的户口簿、居民身份证；",
                           "（二）本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明；",
                           "（三）近期半身免冠合影照片3张。")),
            ("flow", paras("男女双方须共同到青杉市婚姻登记处现场申请，不得委托他人代办。登记员当场查验证件、询问当事人意愿，双方在登记审查处理表上签字、按指纹。",
                           "符合结婚条件的当场予以登记，发给结婚证（即办件）。双方共同到现场1次。可通过“青杉民政”微信公众号提前预约登记时段。")),
            ("time", paras("当场办结。")),
            ("fee", paras("不收费。")),
            ("place", paras("青杉市婚姻登记处（青杉市文化村路9号），周一至周六上午8:30-12:00，下午14:00-17:00。")),
        ],
    },
    {
        "dir": "cl", "file": "t20230715_2760321.html", "tpl": 3, "date": "2023-07-15",
        "title": "残疾人证核发",
        "truth": dict(name="残疾人证核发", department=D_CL, levels=["city"], channels=["counter", "online"],
                      entry=entry("QS-CL-0201"), promised=10,
                      materials=[mat("残疾人证申请表"), mat("居民身份证"), mat("户口簿"), mat("近期二寸免冠彩色照片")],
                      locations=[loc(CITY_HALL, "city")]),
        "sections": [
            ("subject", paras(f"{D_CL}，实施层级为市级。")),
            ("mats", ol_paras(["残疾人证申请表", "居民身份证", "户口簿", "近期二寸免冠彩色照片2张"])),
            ("flow", paras(f"申请人持上述材料到{CITY_HALL}残联窗口申请，或在" + online_link("QS-CL-0201", "网上办事大厅") + "提交申请并上传照片。",
                           "窗口审核后开具评定介绍信，申请人到指定医院进行残疾评定；评定结果出具后，市残联在10个工作日内完成审核并制发证件。证件可到窗口领取或邮寄送达。")),
            ("fee", paras("残疾评定费用由财政承担，申请人不需缴费。")),
            ("place", paras(f"{CITY_HALL}二楼残联窗口。联系电话：0791-6658821。")),
        ],
    },
    {
        "dir": "rsj", "file": "t20230901_2788004.html", "tpl": 1, "date": "2023-09-01",
        "title": "就业创业证申领",
        "truth": dict(name="就业创业证申领", department=D_RS, levels=["city"], channels=["online", "counter"],
                      entry=entry("QS-RS-0301"), visits=0, promised=0, case_type="immediate",
                      materials=[mat("居民身份证"), mat("就业创业证申领登记表")]),
        "sections": [
            ("subject", paras(f"{D_RS}，市级。")),
            ("mats", paras("居民身份证，《就业创业证申领登记表》。")),
            ("flow", paras("申请人可登录" + online_link("QS-RS-0301", "青杉市网上办事大厅") + "提交申请，审核通过后即时生成电子证，无需到现场（到现场0次）。",
                           "不便网上申请的，可到户籍所在地或常住地街道（乡镇）劳动保障所窗口申请，符合条件的即办。")),
            ("time", paras("即办件，当场办结。")),
            ("fee", paras("不收费。")),
        ],
    },
    {
        "dir": "rsj", "file": "t20230903_2788117.html", "tpl": 2, "date": "2023-09-03",
        "title": "失业保险金申领",
        "truth": dict(name="失业保险金申领", department=D_RS, levels=["city"],
                      channels=["online", "counter", "self_service"], entry=entry("QS-RS-0302"), promised=5,
                      materials=[mat("居民身份证", "paper"), mat("社会保障卡", "paper"), mat("解除或终止劳动合同证明")],
                      locations=[loc(CITY_HALL, "city")]),
        "sections": [
            ("subject", paras(f"{D_RS}（市级）。")),
            ("mats", paras("居民身份证、社会保障卡原件，解除或终止劳动合同证明。")),
            ("flow", paras("失业人员可通过" + online_link("QS-RS-0302", "网上申领入口") + f"在线申请，也可到{CITY_HALL}人社窗口申请，或在{CITY_HALL}24小时自助服务区的社保自助终端上刷社会保障卡申领。",
                           "经办机构自受理之日起5个工作日内核定待遇，失业保险金按月发放至本人社会保障卡银行账户。")),
            ("place", paras(f"{CITY_HALL}三楼人社窗口（{CITY_HALL_ADDR}）。")),
        ],
    },
    {
        "dir": "rsj", "file": "t20231011_2801650.html", "tpl": 3, "date": "2023-10-11",
        "title": "灵活就业人员参保登记办事指南",
        "truth": dict(name="灵活就业人员参保登记", department=D_RS, levels=["city"],
                      channels=["counter", "online", "post"], entry=entry("QS-RS-0303"), promised=0,
                      case_type="immediate",
                      materials=[mat("居民身份证"), mat("灵活就业人员参保登记表")],
                      locations=[loc("青杉市社会保险服务大厅", "city")]),
        "sections": [
            ("subject", paras(f"{D_RS}，实施层级：市级。")),
            ("mats", ol_paras(["居民身份证", "灵活就业人员参保登记表"])),
            ("flow", paras("申请人可到青杉市社会保险服务大厅窗口办理，当场办结（即办件）；也可通过" + online_link("QS-RS-0303", "网上办事大厅") + "在线登记。",
                           "不便到现场的，可将签字后的参保登记表及身份证复印件邮寄至青杉市社会保险服务大厅参保登记窗口，经办人员收件后办理并电话告知结果。")),
            ("place", paras("青杉市社会保险服务大厅（青杉市和平村街66号）。")),
        ],
    },
    {
        "dir": "rsj", "file": "t20231020_2803388.html", "tpl": 1, "date": "2023-10-20",
        "title": "城乡居民基本养老保险参保登记",
        "truth": dict(name="城乡居民基本养老保险参保登记", department=D_RS, levels=["city"], channels=["counter"],
                      promised=0, case_type="immediate",
                      materials=[mat("居民身份证", "paper"), mat("户口簿", "paper"), mat("城乡居民基本养老保险参保登记表")],
                      locations=[loc(TOWN_HALL, "town"), loc("西湖乡便民服务中心", "town")]),
        "sections": [
            ("subject", paras(f"{D_RS}，市级。")),
            ("mats", paras("居民身份证、户口簿原件，城乡居民基本养老保险参保登记表一份。")),
            ("flow", paras("参保人持材料就近到乡镇（街道）便民服务中心社保窗口办理，窗口录入参保信息，当场办结。")),
            ("place", paras(f"{TOWN_HALL}、西湖乡便民服务中心社保窗口。")),
            ("fee", paras("登记不收费，个人缴费档次由参保人自主选择。")),
        ],
    },
    {
        "dir": "wjw", "file": "t20230826_2785532.html", "tpl": 2, "date": "2023-08-26",
        "title": "生育登记",
        "truth": dict(name="生育登记", department=D_WJ, levels=["city"], channels=["online"],
                      entry=entry("QS-WJ-0401"), visits=0, promised=0, case_type="immediate",
                      materials=[mat("夫妻双方居民身份证", "electronic"), mat("结婚证", None, True),
                                 mat("生育登记表", "electronic")]),
        "sections": [
            ("subject", paras(f"{D_WJ}，实施层级为市级。")),
            ("mats", ol_paras(["夫妻双方居民身份证（上传电子照片）", "结婚证（通过婚姻登记信息共享获取，免于提交）",
                               "生育登记表（在线填写）"])),
            ("flow", paras("夫妻一方通过" + online_link("QS-WJ-0401", "网上办事大厅生育登记栏目") + "在线登记，系统即时办结并生成电子《生育服务登记卡》，本事项仅限网上办理，到现场0次。")),
            ("time", paras("即时办结（即办件）。")),
            ("fee", paras("不收费。")),
        ],
    },
    {
        "dir": "wjw", "file": "t20230828_2785760.html", "tpl": 3, "date": "2023-08-28",
        "title": "公共场所卫生许可",
        "truth": dict(name="公共场所卫生许可", department=D_WJ, levels=["city"],
                      channels=["counter", "online", "post"], entry=entry("QS-WJ-0402"), visits=1,
                      statutory=20, promised=5, case_type="promised",
                      materials=[mat("公共场所卫生许可申请表", "paper"), mat("营业执照", None, True),
                                 mat("卫生检测报告", "both"), mat("从业人员健康合格证明")],
                      locations=[loc(CITY_HALL, "city")]),
        "sections": [
            ("subject", paras(f"{D_WJ}（市级）。本事项为承诺件。")),
            ("mats", ol_paras(["公共场所卫生许可申请表（纸质原件1份）", "营业执照（已关联电子证照，免提交）",
                               "卫生检测报告（纸质或电子版均可）", "从业人员健康合格证明"])),
            ("flow", paras(f"申请人可到{CITY_HALL}卫健窗口提交材料，可通过" + online_link("QS-WJ-0402", "网上申报系统") + "在线申报，也可将申请材料邮寄至卫健窗口。",
                           "受理后卫生监督人员进行现场审查，符合条件的作出准予许可决定。许可证可到窗口领取或免费邮寄送达，最多跑一次（到现场1次）。")),
            ("time", paras("法定办结时限20个工作日，承诺办结时限5个工作日。")),
            ("place", paras(f"{CITY_HALL}二楼卫生健康窗口（{CITY_HALL_ADDR}）。")),
        ],
    },
    {
        "dir": "scjgj", "file": "t20230118_2670043.html", "tpl": 1, "date": "2023-01-18",
        "title": "个体工商户设立登记办事指南",
        "truth": dict(name="个体工商户设立登记", department=D_SC, levels=["city"],
                      channels=["counter", "online", "self_service"], entry=entry("QS-SC-0501"), visits=0,
                      statutory=15, promised=0, case_type="immediate",
                      materials=[mat("个体工商户登记申请书"), mat("居民身份证"), mat("经营场所使用证明")],
                      locations=[loc(CITY_HALL, "city")]),
        "sections": [
            ("subject", paras(f"{D_SC}，实施层级：市级。")),
            ("mats", paras("个体工商户登记申请书、经营者居民身份证、经营场所使用证明各一份。")),
            ("flow", paras("申请人可通过" + online_link("QS-SC-0501", "网上办事大厅") + f"申请，网上申请的无需到现场（0次），营业执照邮寄送达；也可到{CITY_HALL}商事登记窗口或大厅商事登记自助终端申请。",
                           "材料齐全、符合法定形式的当场办结。")),
            ("time", paras("法定时限15个工作日；承诺时限：当场办结。")),
            ("place", paras(f"{CITY_HALL}一楼商事登记区。")),
        ],
    },
    {
        "dir": "scjgj", "file": "t20230125_2672210.html", "tpl": 2, "date": "2023-01-25",
        "title": "食品经营许可",
        "truth": dict(name="食品经营许可", department=D_SC, levels=["city"], channels=["counter", "online"],
                      entry=entry("QS-SC-0502"), visits=1, statutory=20, promised=10, case_type="promised",
                      materials=[mat("食品经营许可申请书"), mat("营业执照"), mat("食品安全管理制度文本"),
                                 mat("经营场所平面布局图")],
                      locations=[loc(CITY_HALL, "city")]),
        "sections": [
            ("subject", paras(f"{D_SC}，市级。承诺件。")),
            ("mats", ol_paras(["食品经营许可申请书", "营业执照", "食品安全管理制度文本", "经营场所平面布局图"])),
            ("flow", paras(f"申请人到{CITY_HALL}市场监管窗口或通过" + online_link("QS-SC-0502") + "提交申请。需要现场核查的，核查人员与申请人预约时间到经营场所核查，核查时间不计入办理时限。",
                           "准予许可的，许可证可选择窗口领取或邮寄送达，申请人最多跑一次（到现场1次）。")),
            ("time", paras("法定期限20个工作日，承诺期限10个工作日。")),
            ("place", paras(f"{CITY_HALL}一楼市场监管窗口。")),
        ],
    },
    {
        "dir": "jyj", "file": "t20230310_2698741.html", "tpl": 3, "date": "2023-03-10",
        "title": "教师资格认定",
        "truth": dict(name="教师资格认定", department=D_JY, levels=["city"], channels=["online", "counter"],
                      entry=entry("QS-JY-0601"), visits=1, statutory=30, promised=20,
                      materials=[mat("教师资格认定申请表"), mat("居民身份证"), mat("学历证书", None, True),
                                 mat("普通话水平测试等级证书", None, True), mat("体检合格证明", "paper")],
                      locations=[loc("青杉市教育局教师资格认定中心", "city")]),
        "sections": [
            ("subject", paras(f"{D_JY}，实施层级为市级。")),
            ("mats", ol_paras(["教师资格认定申请表", "居民身份证", "学历证书（通过学信网在线核验，免于提交）",
                               "普通话水平测试等级证书（通过测试信息系统在线核验，免于提交）", "体检合格证明（纸质原件）"])),
            ("flow", paras("申请人在公告规定的时间内登录" + online_link("QS-JY-0601", "网上办事大厅教师资格认定栏目") + "填报申请信息并上传照片。",
                           "网上申报成功后，申请人须按预约时间本人到青杉市教育局教师资格认定中心现场确认，提交体检合格证明并签字。教育局在20个工作日内作出认定决定，证书可邮寄送达，全程到现场1次。")),
            ("time", paras("法定时限30个工作日，承诺时限20个工作日。")),
            ("place", paras("青杉市教育局教师资格认定中心（青杉市学府路2号）。")),
        ],
    },
    {
        "dir": "gjj", "file": "t20231102_2810993.html", "tpl": 1, "date": "2023-11-02",
        "title": "住房公积金提取（退休）",
        "truth": dict(name="住房公积金提取（退休）", department=D_GJJ, levels=["city"],
                      channels=["counter", "online"], entry=entry("QS-GJ-0701"), visits=0, promised=0,
                      case_type="immediate",
                      materials=[mat("居民身份证"), mat("退休证明", None, True), mat("本人银行卡")],
                      locations=[loc("青杉市住房公积金管理中心服务大厅", "city")]),
        "sections": [
            ("subject", paras(f"{D_GJJ}，市级。")),
            ("mats", ol_paras(["居民身份证", "退休证明（通过社保数据共享核验，申请人无需提交）", "本人银行卡"])),
            ("flow", paras("职工可通过" + online_link("QS-GJ-0701", "网上办事大厅") + "在线提取，到现场0次；也可到青杉市住房公积金管理中心服务大厅窗口办理，即办件，资金当日转入本人银行卡。")),
            ("time", paras("当场办结。")),
            ("place", paras("青杉市住房公积金管理中心服务大厅（青杉市人民路220号）。")),
        ],
    },
    {
        "dir": "mzj", "file": "t20231115_2815427.html", "tpl": 2, "date": "2023-11-15",
        "title": "老年人优待证办理",
        "truth": dict(name="老年人优待证办理", department=D_MZ, levels=["city"], channels=["counter"],
                      promised=3, materials=[mat("居民身份证", "paper"), mat("近期一寸免冠彩色照片")],
                      locations=[loc(CITY_HALL, "city"), loc(TOWN_HALL, "town")]),
        "sections": [
            ("subject", paras(f"{D_MZ}（实施层级：市级）。")),
            ("mats", paras("居民身份证原件及近期一寸免冠彩色照片一张。")),
            ("flow", paras(f"年满60周岁的老年人本人或家属到{CITY_HALL}民政窗口或{TOWN_HALL}提出申请，窗口审核后制证，证件制成后电话通知领取。")),
            ("time", paras("承诺时限3个工作日。")),
            ("place", paras(f"{CITY_HALL}一楼民政窗口；{TOWN_HALL}（青杉市城东路12号）。")),
        ],
    },
    {
        "dir": "gaj", "file": "t20230330_2703316.html", "tpl": 3, "date": "2023-03-30",
        "title": "户口迁移（市内）办事指南",
        "truth": dict(name="户口迁移（市内）", department=D_GA, levels=["city"], channels=["counter"],
                      visits=1, promised=5,
                      materials=[mat("户口簿"), mat("居民身份证"), mat("房屋产权证明", None, True)],
                      locations=[loc("青杉市公安局户政服务大厅", "city")]),
        "sections": [
            ("subject", paras(f"{D_GA}，实施层级：市级。")),
            ("mats", ol_paras(["户口簿", "居民身份证", "房屋产权证明（通过不动产登记信息共享获取，免于提交）"])),
            ("flow", paras("申请人本人到青杉市公安局户政服务大厅提出申请，民警审核后在迁入地一次办结，迁出手续由系统内部流转，申请人到现场1次。",
                           "审批通过后户口簿可窗口领取或邮寄送达。")),
            ("time", paras("5个工作日。")),
            ("place", paras("青杉市公安局户政服务大厅（青杉市解放路35号）。")),
        ],
    },
]

HEADINGS = {
    "subject": ("实施机关", "实施主体", "办理部门"),
    "basis": ("设定依据", "办理依据", "法律依据"),
    "cond": ("受理条件", "申请条件", "办理条件"),
    "mats": ("申请材料", "所需材料", "申报材料"),
    "flow": ("办理流程", "办理程序", "办理步骤"),
    "time": ("办理时限", "办结时限", "办理期限"),
    "fee": ("收费标准", "收费情况", "是否收费"),
    "place": ("办理地点", "受理地点", "办公地址及时间"),
}
NUMS = "一二三四五六七八九十"


def chrome(title: str, crumbs: list[tuple[str, str]], body: str, side: str = "") -> str:
    crumb_html = " &gt; ".join(f'<a href="{href}">{esc(text)}</a>' if href else esc(text) for text, href in crumbs)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<meta name="SiteName" content="{SITE}" />
<title>{esc(title)}</title>
<link href="/images/style.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="topbar"><div class="w1000"><span>欢迎访问{SITE}！</span><span class="fr"><a href="/wza/index.html">无障碍</a> | <a href="/zwgk/index.html">English</a> | <a href="/wsbs/index.html">我要办事</a></span></div></div>
<div class="header w1000"><a href="/"><img src="/images/logo.png" width="420" height="80" alt="{SITE}" /></a>
<form class="search" action="/search/index.html" method="get"><input type="text" name="q" value="请输入关键字" /><input type="submit" value="搜索" /></form></div>
<div class="nav"><ul class="w1000">
<li><a href="/">首页</a></li><li><a href="/zwgk/index.html">政务公开</a></li><li><a href="/zwfw/index.html">政务服务</a></li>
<li><a href="/hdjl/index.html">互动交流</a></li><li><a href="/zjqs/index.html">走进青杉</a></li><li><a href="/wsbs/index.html">我要办事</a></li>
</ul></div>
<div class="w1000 position">当前位置：{crumb_html}</div>
<div class="w1000 main">{side}<div class="content">{body}</div></div>
<div class="footer"><div class="w1000">
<p><a href="/about/index.html">网站地图</a> | <a href="/about/index.html">联系我们</a> | <a href="/about/index.html">使用帮助</a></p>
<p>主办单位：青杉市人民政府办公室　承办单位：青杉市大数据中心</p>
<p>地址：青杉市建设路1号　邮编：339900　联系电话：0791-6651000</p>
<p>赣ICP备05001234号　网站标识码：3699000013　赣公网安备 36990002000123号</p>
</div></div>
</body>
</html>
"""


def dept_side(current: str) -> str:
    on = ' class="on"'
    rows = "".join(
        f'<li{on if d == current else ""}><a href="/zwfw/bszn/{d}/index.html">{esc(name)}</a></li>'
        for d, name in DEPT_DIRS)
    return f'<div class="side"><h3>部门办事指南</h3><ul>{rows}</ul></div>'


def article(guide: dict[str, Any]) -> str:
    tpl = guide["tpl"]
    parts = [f'<div class="article"><h2 class="art-title">{esc(guide["title"])}</h2>',
             f'<div class="art-info">发布时间：{guide["date"]}　来源：{esc(dict(DEPT_DIRS)[guide["dir"]])}　'
             '字号：[<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> '
             '<a href="javascript:doZoom(12)">小</a>]</div><div class="TRS_Editor">']
    for n, (kind, body) in enumerate(guide["sections"]):
        word = HEADINGS[kind][tpl - 1]
        if tpl == 1:
            parts.append(f"<h3>{NUMS[n]}、{word}</h3>{body}")
        elif tpl == 2:
            parts.append(f"<p><strong>【{word}】</strong></p>{body}")
        else:
            parts.append(f"<h4>{word}</h4>{body}")
    parts.append('</div><div class="art-tools"><a href="javascript:window.print()">打印本页</a> '
                 '<a href="javascript:window.close()">关闭窗口</a></div></div>')
    return "".join(parts)


def simple(title: str, text: str, links: str = "") -> str:
    return chrome(f"{title}_{SITE}", [("首页", "/"), (title, "")], f"<h2>{esc(title)}</h2><p>{text}</p>{links}")


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    files: dict[str, str] = {}
    items = []
    by_dir: dict[str, list[dict[str, Any]]] = {}
    for guide in GUIDES:
        by_dir.setdefault(guide["dir"], []).append(guide)
        path = f"zwfw/bszn/{guide['dir']}/{guide['file']}"
        dept_name = dict(DEPT_DIRS)[guide["dir"]]
        crumbs = [("首页", "/"), ("政务服务", "/zwfw/index.html"), ("办事指南", "/zwfw/bszn/index.html"),
                  (dept_name, f"/zwfw/bszn/{guide['dir']}/index.html"), ("正文", "")]
        files[path] = chrome(f"{guide['title']}_{SITE}", crumbs, article(guide), dept_side(guide["dir"]))
        items.append(truth_item("/" + path, **guide["truth"]))
    for d, name in DEPT_DIRS:
        rows = "".join(f'<li><a href="/zwfw/bszn/{d}/{g["file"]}" target="_blank">{esc(g["title"])}</a>'
                       f'<span>{g["date"]}</span></li>'
                       for g in sorted(by_dir[d], key=lambda g: g["date"], reverse=True))
        body = f'<div class="list"><h2>{esc(name)}</h2><ul>{rows}</ul><div class="page">共1页　首页　上一页　下一页　尾页</div></div>'
        files[f"zwfw/bszn/{d}/index.html"] = chrome(
            f"{name}_办事指南_{SITE}", [("首页", "/"), ("政务服务", "/zwfw/index.html"),
                                       ("办事指南", "/zwfw/bszn/index.html"), (name, "")], body, dept_side(d))
    dept_links = "".join(f'<li><a href="/zwfw/bszn/{d}/index.html">{esc(n)}</a></li>' for d, n in DEPT_DIRS)
    files["zwfw/bszn/index.html"] = chrome(
        f"办事指南_{SITE}", [("首页", "/"), ("政务服务", "/zwfw/index.html"), ("办事指南", "")],
        f'<div class="list"><h2>按部门查看办事指南</h2><ul class="depts">{dept_links}</ul></div>')
    files["zwfw/index.html"] = chrome(
        f"政务服务_{SITE}", [("首页", "/"), ("政务服务", "")],
        '<div class="list"><h2>政务服务</h2><ul><li><a href="/zwfw/bszn/index.html">办事指南</a></li>'
        '<li><a href="/wsbs/index.html">网上办事大厅</a></li><li><a href="/zwfw/tzgg/index.html">服务公告</a></li></ul></div>')
    files["zwfw/tzgg/index.html"] = simple("服务公告", "关于春节期间政务服务中心办公时间调整的通知：2月10日至17日暂停窗口服务，网上办事大厅正常受理。")
    news = "".join(f'<li><a href="/zwgk/index.html">{t}</a><span>{d}</span></li>' for t, d in [
        ("青杉市召开优化营商环境工作推进会", "2023-11-20"), ("市政务服务中心推出“午间不打烊”服务", "2023-11-18"),
        ("我市12项高频事项实现“跨省通办”", "2023-11-10"), ("关于开展政府网站年度报表公开的通知", "2023-11-02")])
    hot = "".join(f'<li><a href="/zwfw/bszn/{g["dir"]}/{g["file"]}">{esc(g["truth"]["name"])}</a></li>'
                  for g in GUIDES if g["truth"]["name"] in ("居民身份证换领", "内地居民结婚登记", "失业保险金申领"))
    home_body = (f'<div class="focus"><img src="/images/banner.png" width="660" height="300" alt="" /></div>'
                 f'<div class="news"><h3>青杉要闻</h3><ul>{news}</ul></div>'
                 f'<div class="service"><h3>政务服务</h3><ul>{hot}<li><a href="/zwfw/bszn/index.html">更多办事指南&gt;&gt;</a></li></ul>'
                 f'<p><a href="/wsbs/index.html"><img src="/images/wsbs.png" width="300" height="60" alt="网上办事大厅" /></a></p></div>')
    files["index.html"] = chrome(SITE, [("首页", "")], home_body)
    files["zwgk/index.html"] = simple("政务公开", "政府信息公开指南、政府信息公开目录、政府信息公开年报。")
    files["hdjl/index.html"] = simple("互动交流", "市长信箱、网上调查、在线访谈。")
    files["zjqs/index.html"] = simple("走进青杉", "青杉市位于盲测省东部，辖3区2县。")
    files["wza/index.html"] = simple("无障碍浏览", "本站支持无障碍浏览辅助工具。")
    files["about/index.html"] = simple("关于本站", "主办单位：青杉市人民政府办公室。")
    files["search/index.html"] = simple("站内搜索", "请输入关键字进行检索。")
    files["wsbs/index.html"] = simple("网上办事大厅", "请使用青杉市统一身份认证账号登录后办理业务。",
                                      '<p><a href="/wsbs/apply.jsp">登录</a></p>')
    files["wsbs/apply.jsp"] = chrome("统一身份认证登录_青杉市网上办事大厅", [("首页", "/"), ("用户登录", "")],
                                     '<form action="/wsbs/apply.jsp" method="get"><p>用户名：<input name="u" /></p>'
                                     '<p>密码：<input type="password" name="p" /></p><input type="submit" value="登录" /></form>')
    out = {name: text.encode(CHARSET) for name, text in files.items()}
    out["images/style.css"] = (
        "body{margin:0;font:12px/1.8 SimSun,serif;color:#333}.w1000{width:1000px;margin:0 auto}"
        ".nav{background:#b8101f}.nav li{display:inline-block;padding:0 22px}.nav a{color:#fff;font-size:16px}"
        ".side{float:left;width:220px}.content{float:right;width:760px}.art-title{text-align:center;font-size:22px}"
        ".TRS_Editor p{text-indent:2em}.footer{clear:both;background:#eee;text-align:center;margin-top:20px}\n"
    ).encode("ascii")
    out["images/logo.png"] = png(42, 8, (184, 16, 31))
    out["images/banner.png"] = png(66, 30, (40, 90, 160))
    out["images/wsbs.png"] = png(30, 6, (200, 120, 20))
    out["headers.json"] = b'{"*.jsp": "text/html;charset=GBK", "*.html": "text/html", "*/": "text/html"}\n'
    portal = {"id": PID, "name": CITY, "style": "CMS articles: prose guides (一、 / 【】 / h4 headings), GBK",
              "home": "/", "charset": "gbk", "served_content_type": "text/html (no charset); .jsp: text/html;charset=GBK",
              "items": items}
    return out, portal
