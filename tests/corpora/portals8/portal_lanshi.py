"""青萝发布 (lanshi): a street office's WeChat public account, mirrored as static pages.

The account's home page shows three pinned posts as links and a 办事指南合集 post whose body
links seven more; the rest of the guides exist only in the account's message history, which a
plain script fetches from ``/mp/profile_ext?action=getmsg…&f=json`` (its ``general_msg_list``
is itself a JSON-encoded string, its ``content_url`` values HTML-escaped with ``&amp;``, and
its items are drawn as ``<h4 hrefs=…>`` titles that a click handler opens). A post is an
mp-style article: ``#js_content`` (``visibility:hidden`` until an inline script shows it) made of
``<section>`` blocks with inline styles; headings are styled spans, images whose alt text names
the part, or Q/A lines; materials are numbered paragraphs or ①②③ runs; the process is
sentences with per-step days; halls are named inside sentences, beside generic places
(户籍所在地派出所, 所在社区) that are not halls. 阅读原文 is sometimes the online entry and
sometimes only the policy text; 往期推荐 lists other posts.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from typing import Any

from tests.corpora.layout import asset_text
from tests.corpora.portals8._common import GIF, esc, impl_code, json_bytes, portal, truth, usci
from tests.corpora.serve import canonical_query

PID = "lanshi"
REGION = "470402"
BIZ = "MzI4NTQ2MDc1Ng"
ACCOUNT = "青萝发布"

MZ = usci(REGION, "00731125")  # 澜石区民政局
RS = usci(REGION, "00731133")  # 澜石区人力资源和社会保障局
YB = usci(REGION, "00731141")  # 澜石区医疗保障局
WJ = usci(REGION, "00731168")  # 澜石区卫生健康局
GA = usci(REGION, "00731176")  # 澜石区公安分局
TY = usci(REGION, "00731184")  # 澜石区退役军人事务局
CL = usci(REGION, "00731192")  # 澜石区残疾人联合会
QL = usci(REGION, "00731205")  # 澜石区青萝街道办事处
SQ = usci(REGION, "00731213")  # 澜石区石桥镇人民政府

QLC = "青萝街道便民服务中心"
SQC = "澜石区石桥镇便民服务中心"
GX = "桂香社区便民服务站"
LJ = "石桥镇龙井村便民服务站"
HALL = "澜石区政务服务中心"

HEAD_IMG = {"材料": "h_sqcl.gif", "地点": "h_bldd.gif", "时限": "h_blsx.gif", "流程": "h_bllc.gif", "信息": "h_jbxx.gif"}


def art_url(mid: int, idx: int = 1) -> str:
    sn = hashlib.md5(f"{BIZ}{mid}{idx}".encode()).hexdigest()[:10]
    return f"/s?__biz={BIZ}&mid={mid}&idx={idx}&sn={sn}"


def guides() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def add(mid: int, where: str, tpl: int, title: str, date: str, card: list[tuple[str, str]], mats: list[str],
            how: list[str], place: list[str], row: dict[str, Any], more: tuple[str, str] | None = None) -> None:
        assert row["url"] == art_url(mid)
        out.append({"mid": mid, "where": where, "tpl": tpl, "title": title, "date": date, "card": card, "mats": mats,
                    "how": how, "place": place, "more": more, "truth": row})

    # ---- pinned on the home page -------------------------------------------------------------------
    c = impl_code(MZ, "4", "000153007000", "00")
    add(2247484101, "pinned", 1, "满80周岁的老人注意！高龄津贴这样申领→", "2024-03-04", [
        ("事项名称", "高龄津贴申领"), ("实施主体", "澜石区民政局"), ("事项编码", c), ("承诺时限", "20个工作日"),
        ("跑动次数", "1次")],
        ["户口簿原件；", "居民身份证原件；", "社会保障卡复印件。"],
        ["老人或家属携带材料到街道窗口提出申请，街道审核后报区民政局审批，审批通过的次月起按月发放。"],
        [f"请到{QLC}（青萝路18号一楼3号窗口）办理，行动不便的老人可由社区工作人员上门代办。"],
        truth(url=art_url(2247484101), name="高龄津贴申领", code=c, dept="澜石区民政局", levels="county town",
              channels="counter", visits=1, promised=20,
              materials=[("户口簿", "paper", False), ("居民身份证", "paper", False), ("社会保障卡", "paper", False)],
              locations=[(QLC, "town")]))

    add(2247484117, "pinned", 2, "2025年度城乡居民医保开始缴费啦", "2024-09-20", [
        ("事项名称", "城乡居民基本医疗保险参保缴费"), ("实施主体", "澜石区医疗保障局"), ("到现场次数", "0次")],
        ["居民身份证或户口簿（首次参保时提供）。"],
        ["缴费即时到账，办理时限：当场办结。已参保居民可直接通过“汀州医保”微信小程序在线缴费，无需提交材料。"],
        [f"不会使用手机的居民，可到{QLC}医保窗口或{GX}（桂香路6号）现场缴费。"],
        truth(url=art_url(2247484117), name="城乡居民基本医疗保险参保缴费", code=None, dept="澜石区医疗保障局",
              levels="town village", channels="online counter", visits=0, promised=0, case="immediate",
              materials=[("居民身份证或户口簿", None, False)],
              locations=[(QLC, "town"), (GX, "village")]))

    c = impl_code(MZ, "4", "000153011000", "00")
    add(2247484122, "pinned", 3, "残疾人两项补贴怎么申请？一问一答看明白", "2024-04-11", [
        ("事项名称", "残疾人两项补贴申请"), ("实施主体", "澜石区民政局"), ("实施编码", c)],
        ["残疾人证原件", "户口簿原件", "困难残疾人生活补贴和重度残疾人护理补贴申请审批表"],
        ["①社区受理：即时；②街道审核：5个工作日；③区民政局审批：10个工作日。全程办结时限：15个工作日。",
         "全程只需到现场1次。"],
        [f"户籍所在社区或{QLC}民政窗口均可受理。"],
        truth(url=art_url(2247484122), name="残疾人两项补贴申请", code=c, dept="澜石区民政局", levels="county town",
              channels="counter", visits=1, promised=15,
              materials=[("残疾人证", "paper", False), ("户口簿", "paper", False),
                         ("困难残疾人生活补贴和重度残疾人护理补贴申请审批表", None, False)],
              locations=[(QLC, "town")]))

    # ---- linked from the 办事指南合集 post -------------------------------------------------------------
    c = impl_code(RS, "4", "000136052000", "00")
    add(2247484140, "digest", 1, "就业登记，动动手指就能办", "2024-05-08", [
        ("事项名称", "就业登记"), ("实施主体", "澜石区人力资源和社会保障局"), ("事项编码", c), ("办件类型", "即办件"),
        ("办理方式", "全程网办"), ("到现场次数", "0次")],
        ["居民身份证；", "劳动合同扫描件（首页及签字页）。"],
        ["点击文末“阅读原文”进入网上办事大厅在线申请，提交后当场办结。"],
        [f"如需窗口帮办，可到{QLC}人社窗口或{HALL}二楼人社综合窗口。"],
        truth(url=art_url(2247484140), name="就业登记", code=c, dept="澜石区人力资源和社会保障局",
              levels="county town", channels="online counter", entry="/wsbs/apply?item=LS0452", depth=4, visits=0,
              promised=0, case="immediate",
              materials=[("居民身份证", None, False), ("劳动合同", "electronic", False)],
              locations=[(QLC, "town"), (HALL, "county")]), more=("/wsbs/apply?item=LS0452", "在线申请"))

    c = impl_code(QL, "5", "000117033000", "00")
    add(2247484155, "digest", 2, "生育登记指南｜准爸妈必看", "2024-05-21", [
        ("事项名称", "生育登记"), ("实施主体", "澜石区青萝街道办事处"), ("事项编码", c), ("办件类型", "即办件")],
        ["夫妻双方居民身份证；", "结婚证。"],
        ["登录后在线填报，提交即办结（当场办结），无需到现场。点击“阅读原文”在线办理。"],
        [f"也可到{QLC}计生窗口现场登记。"],
        truth(url=art_url(2247484155), name="生育登记", code=c, dept="澜石区青萝街道办事处", levels="town",
              channels="online counter", entry="/wsbs/apply?item=LS0533", promised=0, case="immediate",
              materials=[("居民身份证", None, False), ("结婚证", None, False)],
              locations=[(QLC, "town")]), more=("/wsbs/apply?item=LS0533", "在线办理"))

    c = impl_code(MZ, "4", "000153031000", "00")
    add(2247484163, "digest", 3, "老年人优待证，60岁就能办！", "2024-06-03", [
        ("事项名称", "老年人优待证办理"), ("实施主体", "澜石区民政局"), ("事项编码", c)],
        ["居民身份证原件", "近期一寸免冠照片"],
        ["资料齐全的当场办结，即办件。"],
        [f"{QLC}或{GX}均可办理；石桥镇的老人请到{SQC}。"],
        truth(url=art_url(2247484163), name="老年人优待证办理", code=c, dept="澜石区民政局",
              levels="county town village", channels="counter", promised=0, case="immediate",
              materials=[("居民身份证", "paper", False), ("近期一寸免冠照片", None, False)],
              locations=[(QLC, "town"), (GX, "village"), (SQC, "town")]))

    c = impl_code(GA, "4", "000172027000", "00")
    add(2247484178, "digest", 1, "居住证到期前记得签注", "2024-06-17", [
        ("事项名称", "居住证签注"), ("实施主体", "澜石区公安分局"), ("事项编码", c), ("办件类型", "即办件"),
        ("到现场次数", "1次")],
        ["居住证原件；", "居住地住址证明。"],
        ["窗口或自助终端办理，当场办结。"],
        [f"{HALL}一楼公安窗口，或中心大厅的居住证自助签注终端；也可到居住地派出所办理。"],
        truth(url=art_url(2247484178), name="居住证签注", code=c, dept="澜石区公安分局", levels="county",
              channels="counter self_service", visits=1, promised=0, case="immediate",
              materials=[("居住证", "paper", False), ("居住地住址证明", None, False)],
              locations=[(HALL, "county")]))

    c = impl_code(TY, "4", "000182011000", "00")
    add(2247484186, "digest", 2, "退役军人优待证申领问答", "2024-07-01", [
        ("事项名称", "退役军人优待证申领"), ("实施主体", "澜石区退役军人事务局"), ("事项编码", c),
        ("承诺时限", "30个工作日"), ("跑动次数", "1次")],
        ["居民身份证；", "退役证件；", "近期免冠彩色电子照片。"],
        ["可通过“汀州退役军人”微信小程序在线申请，也可到服务站现场申请；制证完成后到服务站领取。"],
        ["青萝街道退役军人服务站（青萝街道办事处一楼）。"],
        truth(url=art_url(2247484186), name="退役军人优待证申领", code=c, dept="澜石区退役军人事务局",
              levels="county town", channels="online counter", visits=1, promised=30,
              materials=[("居民身份证", None, False), ("退役证件", None, False), ("近期免冠彩色电子照片", None, False)],
              locations=[("青萝街道退役军人服务站", "town")]))

    c = impl_code(YB, "4", "001215021000", "00")
    add(2247484191, "digest", 3, "门诊慢特病待遇认定，流程来了", "2024-07-15", [
        ("事项名称", "门诊慢特病待遇认定"), ("实施主体", "澜石区医疗保障局"), ("事项编码", c)],
        ["门诊慢特病待遇认定申请表", "近两年相关病历资料复印件", "医保电子凭证（出示即可）"],
        ["定点医院初审（即时），区医保经办机构审核（10个工作日），审核通过后即享受待遇。需到现场1次。",
         "也可在“汀州医保”小程序线上申请。"],
        [f"{HALL}二楼医保窗口。"],
        truth(url=art_url(2247484191), name="门诊慢特病待遇认定", code=c, dept="澜石区医疗保障局", levels="county",
              channels="counter online", visits=1, promised=10,
              materials=[("门诊慢特病待遇认定申请表", None, False), ("近两年相关病历资料", "paper", False),
                         ("医保电子凭证", None, False)],
              locations=[(HALL, "county")]))

    c = impl_code(RS, "4", "000136013000", "00")
    add(2247484203, "digest", 1, "到龄了！城乡居民养老保险待遇这样领", "2024-08-02", [
        ("事项名称", "城乡居民养老保险待遇申领"), ("实施主体", "澜石区人力资源和社会保障局"), ("事项编码", c),
        ("承诺时限", "5个工作日"), ("跑动次数", "1次")],
        ["居民身份证原件；", "社会保障卡原件。"],
        ["街道受理后5个工作日内完成审核，次月发放。"],
        [f"{QLC}社保窗口；石桥镇居民到{SQC}社保窗口。"],
        truth(url=art_url(2247484203), name="城乡居民养老保险待遇申领", code=c, dept="澜石区人力资源和社会保障局",
              levels="county town", channels="counter", visits=1, promised=5,
              materials=[("居民身份证", "paper", False), ("社会保障卡", "paper", False)],
              locations=[(QLC, "town"), (SQC, "town")]))

    # ---- only in the message history (getmsg JSON) ----------------------------------------------------
    c = impl_code(MZ, "4", "000153015000", "00")
    add(2247484215, "history", 2, "困难群众医疗救助申请须知", "2024-08-19", [
        ("事项名称", "困难群众医疗救助申请"), ("实施主体", "澜石区民政局"), ("事项编码", c), ("承诺时限", "15个工作日")],
        ["医疗救助申请表；", "医疗费用票据原件；", "出院小结复印件。"],
        ["社区受理后报街道审核，区民政局审批后发放救助金。"],
        [f"{QLC}民政窗口。"],
        truth(url=art_url(2247484215), name="困难群众医疗救助申请", code=c, dept="澜石区民政局", levels="county town",
              channels="counter", promised=15,
              materials=[("医疗救助申请表", None, False), ("医疗费用票据", "paper", False), ("出院小结", "paper", False)],
              locations=[(QLC, "town")], link_only_in_script=True))

    c = impl_code(CL, "4", "000181003000", "00")
    add(2247484229, "history", 1, "残疾人证到期换领看这里", "2024-09-02", [
        ("事项名称", "残疾人证换领"), ("实施主体", "澜石区残疾人联合会"), ("事项编码", c), ("承诺时限", "10个工作日"),
        ("到现场次数", "2次")],
        ["原残疾人证；", "近期二寸免冠彩色照片。"],
        ["提交申请后10个工作日内制证，制证完成后短信通知领取。"],
        [f"{HALL}三楼残联窗口。"],
        truth(url=art_url(2247484229), name="残疾人证换领", code=c, dept="澜石区残疾人联合会", levels="county",
              channels="counter", visits=2, promised=10,
              materials=[("原残疾人证", None, False), ("近期二寸免冠彩色照片", None, False)],
              locations=[(HALL, "county")], link_only_in_script=True))

    c = impl_code(RS, "4", "000136041000", "00")
    add(2247484236, "history", 2, "失业保险金，线上就能申领", "2024-09-09", [
        ("事项名称", "失业保险金申领"), ("实施主体", "澜石区人力资源和社会保障局"), ("事项编码", c),
        ("办理深度", "全程网办"), ("办件类型", "即办件"), ("到现场次数", "0次")],
        ["居民身份证或社会保障卡。"],
        ["点击“阅读原文”在线申领，符合条件的即时办结。"],
        [f"不方便线上办理的，也可到{HALL}二楼人社综合窗口办理。"],
        truth(url=art_url(2247484236), name="失业保险金申领", code=c, dept="澜石区人力资源和社会保障局",
              levels="county", channels="online counter", entry="/wsbs/apply?item=LS0441", depth=4, visits=0,
              promised=0, case="immediate",
              materials=[("居民身份证或社会保障卡", None, False)],
              locations=[(HALL, "county")], link_only_in_script=True), more=("/wsbs/apply?item=LS0441", "在线申领"))

    c = impl_code(RS, "4", "000136066000", "00")
    add(2247484244, "history", 3, "灵活就业社保补贴，申请攻略", "2024-09-23", [
        ("事项名称", "灵活就业人员社会保险补贴申领"), ("实施主体", "澜石区人力资源和社会保障局"), ("事项编码", c)],
        ["灵活就业人员社会保险补贴申请表", "居民身份证复印件", "就业困难人员认定证明"],
        ["①提交申请：即时；②区就业服务中心审核：20个工作日；审核通过后按季度拨付。需要到现场1次，也可通过网上办事大厅提交。"],
        [f"{QLC}就业窗口。"],
        truth(url=art_url(2247484244), name="灵活就业人员社会保险补贴申领", code=c, dept="澜石区人力资源和社会保障局",
              levels="county town", channels="counter online", visits=1, promised=20,
              materials=[("灵活就业人员社会保险补贴申请表", None, False), ("居民身份证", "paper", False),
                         ("就业困难人员认定证明", None, False)],
              locations=[(QLC, "town")], link_only_in_script=True))

    c = impl_code(SQ, "5", "000125005000", "00")
    add(2247484251, "history", 1, "石桥镇：农村村民住宅建设审批流程", "2024-10-08", [
        ("事项名称", "农村村民住宅建设审批"), ("实施主体", "澜石区石桥镇人民政府"), ("事项编码", c),
        ("法定时限", "20个工作日"), ("承诺时限", "15个工作日"), ("到现场次数", "2次")],
        ["农村宅基地和建房（规划许可）申请表；", "户口簿复印件；", "建房承诺书。"],
        ["村民向村委会提出申请，村级审查后报镇审批。"],
        [f"{LJ}受理初审，{SQC}综合窗口审批。"],
        truth(url=art_url(2247484251), name="农村村民住宅建设审批", code=c, dept="澜石区石桥镇人民政府",
              levels="town village", channels="counter", visits=2, statutory=20, promised=15,
              materials=[("农村宅基地和建房（规划许可）申请表", None, False), ("户口簿", "paper", False),
                         ("建房承诺书", None, False)],
              locations=[(LJ, "village"), (SQC, "town")], link_only_in_script=True))

    c = impl_code(WJ, "4", "000117041000", "00")
    add(2247484263, "history", 2, "无偿献血者用血费用报销指南", "2024-10-21", [
        ("事项名称", "无偿献血者用血费用报销"), ("实施主体", "澜石区卫生健康局"), ("事项编码", c),
        ("承诺时限", "10个工作日")],
        ["无偿献血证原件；", "出院记录复印件（用血患者）；", "用血费用发票原件。"],
        ["可到窗口提交，也可将材料邮寄至区卫生健康局医政科（澜石区滨河路20号）申请报销，审核通过后费用转入申请人账户。"],
        [f"{HALL}四楼卫健窗口。"],
        truth(url=art_url(2247484263), name="无偿献血者用血费用报销", code=c, dept="澜石区卫生健康局", levels="county",
              channels="counter post", promised=10,
              materials=[("无偿献血证", "paper", False), ("出院记录", "paper", False),
                         ("用血费用发票", "paper", False)],
              locations=[(HALL, "county")], link_only_in_script=True))

    c = impl_code(GA, "4", "000172013000", "00")
    add(2247484270, "history", 3, "宝宝出生后，户口怎么报？", "2024-11-04", [
        ("事项名称", "新生儿出生登记"), ("实施主体", "澜石区公安分局"), ("事项编码", c)],
        ["出生医学证明", "父母双方户口簿", "父母双方居民身份证", "结婚证"],
        ["材料齐全的当场办结，即办件。"],
        ["请到户籍所在地派出所户籍窗口办理。"],
        truth(url=art_url(2247484270), name="新生儿出生登记", code=c, dept="澜石区公安分局", levels="county",
              channels="counter", promised=0, case="immediate",
              materials=[("出生医学证明", None, False), ("户口簿", None, False), ("居民身份证", None, False),
                         ("结婚证", None, False)],
              locations=[], link_only_in_script=True))

    c = impl_code(MZ, "4", "000153005000", "00")
    add(2247484285, "history", 1, "特困人员救助供养申请", "2024-11-18", [
        ("事项名称", "特困人员救助供养申请"), ("实施主体", "澜石区民政局"), ("事项编码", c), ("承诺时限", "20个工作日"),
        ("跑动次数", "1次")],
        ["特困人员救助供养申请书；", "户口簿复印件；", "居民身份证复印件。"],
        ["街道受理、调查核实后报区民政局审批。"],
        [f"{QLC}民政窗口。"],
        truth(url=art_url(2247484285), name="特困人员救助供养申请", code=c, dept="澜石区民政局", levels="county town",
              channels="counter", visits=1, promised=20,
              materials=[("特困人员救助供养申请书", None, False), ("户口簿", "paper", False),
                         ("居民身份证", "paper", False)],
              locations=[(QLC, "town")], link_only_in_script=True))

    add(2247484292, "history", 2, "65岁以上老人免费乘车卡办理", "2024-12-02", [
        ("事项名称", "老年人免费乘车卡办理"), ("实施主体", "澜石区交通运输局"), ("到现场次数", "1次")],
        ["居民身份证原件；", "近期一寸免冠照片（可现场拍摄）。"],
        ["当场办结，现场制卡。已持有社会保障卡的老人可在自助终端上自助开通乘车功能。"],
        [f"{HALL}一楼交通窗口，或{QLC}。"],
        truth(url=art_url(2247484292), name="老年人免费乘车卡办理", code=None, dept="澜石区交通运输局",
              levels="county town", channels="counter self_service", visits=1, promised=0, case="immediate",
              materials=[("居民身份证", "paper", False), ("近期一寸免冠照片", None, False)],
              locations=[(HALL, "county"), (QLC, "town")], link_only_in_script=True))

    c = impl_code(WJ, "4", "000117049000", "00")
    add(2247484301, "history", 3, "计划生育特别扶助金申请", "2024-12-16", [
        ("事项名称", "计划生育特别扶助金申请"), ("实施主体", "澜石区卫生健康局"), ("事项编码", c),
        ("承诺时限", "20个工作日")],
        ["特别扶助对象申请表", "独生子女死亡或伤残证明复印件", "户口簿复印件"],
        ["社区初审、街道审核后报区卫生健康局审批。"],
        [f"{QLC}计生窗口。"],
        truth(url=art_url(2247484301), name="计划生育特别扶助金申请", code=c, dept="澜石区卫生健康局",
              levels="county town", channels="counter", promised=20,
              materials=[("特别扶助对象申请表", None, False), ("独生子女死亡或伤残证明", "paper", False),
                         ("户口簿", "paper", False)],
              locations=[(QLC, "town")], link_only_in_script=True))
    return out


# --- markup ------------------------------------------------------------------------------------------

def heading(tpl: int, key: str, text: str, question: str) -> str:
    if tpl == 1:
        return ('<section style="margin:24px 0 10px;text-align:center"><section style="display:inline-block;'
                'padding:4px 18px;background:#2f7bd8;border-radius:14px"><span style="color:#ffffff;font-size:16px;'
                f'font-weight:bold;letter-spacing:1px">{text}</span></section></section>')
    if tpl == 2:
        img = HEAD_IMG[key]
        return (f'<p style="text-align:center;margin:20px 0 8px"><img class="rich_pages wxw-img" data-ratio="0.125" '
                f'data-w="640" data-type="gif" data-src="/mmbiz/{img}" src="/mmbiz/{img}" alt="{text}" '
                'style="width:100%;height:auto"></p>')
    return (f'<p style="margin-top:18px"><strong><span style="color:#e65c00">Q：{question}</span></strong></p>')


def article(g: dict[str, Any], related: list[dict[str, Any]]) -> bytes:
    tpl = g["tpl"]
    blocks = []
    card = "".join(f'<p style="margin:0;font-size:15px;color:#555"><span style="color:#2f7bd8">{k}：</span>{esc(v)}</p>'
                   for k, v in g["card"])
    blocks.append(heading(tpl, "信息", "事项信息", "办的是什么事？"))
    blocks.append(f'<section style="border:1px solid #cfe0f5;border-radius:6px;padding:12px 14px;background:#f7fbff">{card}</section>')
    blocks.append(heading(tpl, "材料", "申请材料", "需要带什么材料？"))
    if tpl == 3:
        marks = "①②③④⑤⑥⑦⑧"
        blocks.append('<p style="font-size:15px">A：' + "；".join(f"{marks[i]}{esc(m)}" for i, m in enumerate(g["mats"]))
                      + "。</p>")
    else:
        blocks.extend(f'<p style="font-size:15px;line-height:1.9"><span style="color:#2f7bd8;font-weight:bold">{i}.</span>'
                      f'{esc(m)}</p>' for i, m in enumerate(g["mats"], 1))
    blocks.append(heading(tpl, "流程", "办理流程", "怎么办、多久办好？"))
    blocks.extend(f'<p style="font-size:15px">{"A：" if tpl == 3 and i == 0 else ""}{esc(t)}</p>'
                  for i, t in enumerate(g["how"]))
    blocks.append(heading(tpl, "地点", "办理地点", "去哪里办？"))
    blocks.extend(f'<p style="font-size:15px">{"A：" if tpl == 3 and i == 0 else ""}{esc(t)}</p>'
                  for i, t in enumerate(g["place"]))
    blocks.append('<section style="margin-top:26px;color:#999;font-size:13px;text-align:center"><p>来源：澜石区政务服务中心'
                  '、青萝街道党政综合办</p><p>编辑：青萝发布</p></section>')
    if g["more"]:
        more_url, more_text = g["more"]
    else:
        more_url, more_text = "/zcwj/index.html", "政策原文"
    rel = "".join(f'<a href="{r["truth"]["url"]}">{esc(r["title"])}</a>' for r in related)
    title = esc(g["title"])
    y, m, d = g["date"].split("-")
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<title>{title}</title>
<link rel="stylesheet" href="/static/mp.css">
</head>
<body id="activity-detail" class="zh_CN mm_appmsg">
<div id="js_article" class="rich_media">
<div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">{title}</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">青萝街道</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="/" id="js_name">{ACCOUNT}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{y}年{int(m)}月{int(d)}日 18:00</em>
</div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">
{chr(10).join(blocks)}
</div>
<script>document.getElementById("js_content").style.visibility = "visible";</script>
<div class="original_area"><a href="{more_url}" id="js_view_source">阅读原文</a><span class="tips">（{more_text}）</span></div>
<div class="related"><p>往期推荐</p>{rel}</div>
</div></div>
</div>
</body>
</html>
""".encode()


def news_page(title: str, text: str) -> bytes:
    g = {"tpl": 1, "card": [], "mats": [], "how": [text], "place": [], "more": None, "title": title, "date": "2024-06-10"}
    html = article(g, []).decode("utf-8")
    start, end = html.index('<div class="rich_media_content"'), html.index("<script>document")
    body = f'<div class="rich_media_content" id="js_content" style="visibility: hidden;"><p>{esc(text)}</p></div>\n'
    return (html[:start] + body + html[end:]).encode("utf-8")


NEWS = [(2247484133, "青萝街道开展防汛应急演练", "6月5日，青萝街道组织辖区社区开展防汛应急演练。"),
        (2247484240, "桂香社区“红色管家”议事会召开", "桂香社区召开议事会，就小区停车问题征求居民意见。")]


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    gs = guides()
    files: dict[str, bytes] = {
        "static/mp.css": asset_text(__file__, "lanshi/mp.css").encode("utf-8"),
        "static/history.js": asset_text(__file__, "lanshi/history.js").encode("utf-8"),
        "headers.json": b'{"/": "text/html; charset=utf-8", "*/": "text/html; charset=utf-8", "/s": "text/html; charset=utf-8", "/mp/profile_ext": "application/json; charset=UTF-8", '
                        b'"/wsbs/apply": "text/html; charset=utf-8"}\n',
    }
    for img in sorted(set(HEAD_IMG.values())) + ["avatar.gif"]:
        files[f"mmbiz/{img}"] = GIF
    plain = [g for g in gs if g["where"] in ("pinned", "digest")]
    for i, g in enumerate(gs):
        related = [r for r in plain if r is not g][i % 5:i % 5 + 2]
        files["s@" + _file_query(g["truth"]["url"])] = article(g, related)
    for mid, title, text in NEWS:
        files["s@" + _file_query(art_url(mid))] = news_page(title, text)
    digest_mid = 2247484199
    digest_links = "".join(f'<p style="font-size:15px"><a href="{g["truth"]["url"]}" target="_blank">▶ {esc(g["title"])}</a></p>'
                           for g in gs if g["where"] == "digest")
    dg = {"tpl": 1, "card": [], "mats": [], "how": [], "place": [], "more": None, "title": "收藏！青萝街道便民办事指南合集（一）",
          "date": "2024-07-20"}
    html = article(dg, []).decode("utf-8")
    start, end = html.index('<div class="rich_media_content"'), html.index("<script>document")
    body = ('<div class="rich_media_content" id="js_content" style="visibility: hidden;">'
            '<p>常办事项指南汇总如下，点击标题查看详情：</p>' + digest_links + '</div>\n')
    files["s@" + _file_query(art_url(digest_mid))] = (html[:start] + body + html[end:]).encode("utf-8")
    # the message history: newest first, ten messages a page; a message may carry several posts
    msgs: list[tuple[int, str, str, list[tuple[int, str, str]]]] = []
    entries = sorted([(g["mid"], g["title"], g["date"]) for g in gs]
                     + [(mid, t, "2024-06-10") for mid, t, _ in NEWS]
                     + [(digest_mid, dg["title"], dg["date"])], reverse=True)
    i = 0
    while i < len(entries):
        head = entries[i]
        subs = [entries[i + 1]] if head[0] % 3 == 0 and i + 1 < len(entries) else []
        msgs.append((head[0], head[1], head[2], subs))
        i += 1 + len(subs)
    per_page = 10
    for start in range(0, len(msgs), per_page):
        chunk = msgs[start:start + per_page]
        lst = []
        for mid, title, date, subs in chunk:
            y, m, d = (int(x) for x in date.split("-"))
            stamp = _epoch(y, m, d) + 36000
            lst.append({"comm_msg_info": {"id": 1000000000 + mid % 100000, "type": 49, "datetime": stamp, "fakeid": "3285460756",
                                          "status": 2, "content": ""},
                        "app_msg_ext_info": {"title": title, "digest": title, "content": "", "fileid": 0,
                                             "content_url": art_url(mid).replace("&", "&amp;"),
                                             "source_url": "", "cover": "/mmbiz/avatar.gif", "subtype": 9,
                                             "is_multi": 1 if subs else 0, "author": "",
                                             "multi_app_msg_item_list": [
                                                 {"title": st, "digest": st, "content": "", "fileid": 0,
                                                  "content_url": art_url(smid, 1).replace("&", "&amp;"),
                                                  "source_url": "", "cover": "/mmbiz/avatar.gif", "author": ""}
                                                 for smid, st, _ in subs],
                                             "copyright_stat": 100, "del_flag": 1}})
        more = 1 if start + per_page < len(msgs) else 0
        answer = {"ret": 0, "errmsg": "ok", "msg_count": len(chunk), "can_msg_continue": more,
                  "general_msg_list": json.dumps({"list": lst}, ensure_ascii=False, separators=(",", ":")),
                  "next_offset": start + len(chunk), "video_count": 1, "use_video_tab": 1, "real_type": 0,
                  "home_page_list": []}
        q = f"__biz={BIZ}&action=getmsg&count=10&f=json&offset={start}"
        files[f"mp/profile_ext@{q}"] = json_bytes(answer)
    pinned = [g for g in gs if g["where"] == "pinned"]
    pin_html = "".join(f'<div class="weui_media_box appmsg"><a href="{g["truth"]["url"]}"><h4 class="weui_media_title">'
                       f'<span class="top">置顶</span>{esc(g["title"])}</h4></a></div>' for g in pinned)
    pin_html += (f'<div class="weui_media_box appmsg"><a href="{art_url(digest_mid)}"><h4 class="weui_media_title">'
                 f'<span class="top">置顶</span>{esc(dg["title"])}</h4></a></div>')
    files["index.html"] = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">
<title>{ACCOUNT}</title>
<link rel="stylesheet" href="/static/mp.css">
</head>
<body>
<div class="profile_info"><img src="/mmbiz/avatar.gif" alt="{ACCOUNT}" width="60" height="60">
<p class="profile_nickname">{ACCOUNT}</p><p class="profile_desc">澜石区青萝街道办事处官方公众号，发布街道动态与便民办事指南。</p></div>
<div id="js_pinned">{pin_html}</div>
<div id="js_history"></div>
<div id="js_more" class="more">查看更多历史消息</div>
<script src="/static/history.js"></script>
</body>
</html>
""".encode()
    files["zcwj/index.html"] = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>政策原文</title></head><body>"
                                "<p>相关政策文件请以区政府门户网站公布的正式文本为准。</p></body></html>\n").encode()
    files["wsbs/apply"] = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>网上办事大厅</title></head><body>"
                           "<p>汀州省政务服务网：请登录后办理。</p></body></html>\n").encode()
    return files, portal(PID, ACCOUNT, "/", "utf-8", "street-office WeChat public account", [g["truth"] for g in gs])


def _file_query(url: str) -> str:
    return canonical_query(url.split("?", 1)[1])


def _epoch(y: int, m: int, d: int) -> int:
    return int(datetime.datetime(y, m, d, tzinfo=datetime.UTC).timestamp())
