"""石门镇人民政府 (槐陂市桐溪县): a township site on an old ASP CMS, GBK, table layout.

The 便民服务 catalogue ``/bmfw/list.asp?classid=5`` states its total (共20条记录) and pages eight
at a time (``&page=N``, with a jump ``<select>`` beside the plain links). Guides are
``/bmfw/show.asp?id=N``, each written by a town clerk in one of three shapes: a two-column table
with ``td.bt`` labels, 一、二、 paragraphs with inline labels, or ``<font>``【label】 lines. Labels
are the town's own (服务事项, 承办单位, 责任单位, 服务方式, 需要资料, 携带材料, 服务地点, 受理窗口,
办结时间 …), values in town formats: 5(工作日), 三个工作日, 即时办结, 最多跑一次 / 只跑一次 /
零跑腿 in prose, halls with floor, window and street address in brackets, and streets such as
新村路, 镇北路, 镇东大道, 村前巷. Pages are GBK, declared in a ``<meta>``, served as bare ``text/html``.

Every guide is stated once below: its body markup and its hand-written truth row side by side.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tests.corpora.layout import asset_text
from tests.corpora.portals7._common import esc, impl_code, json_bytes, loc, mat, truth, usci

ID = "huaipo"
SITE = "石门镇人民政府"
CHARSET = "gbk"
TOWN_HALL = "石门镇便民服务中心"
LIUTANG = "柳塘村便民服务站"
XINGHUA = "杏花村社区便民服务站"
SHIMEN_SQ = "石门社区便民服务站"
VET = "石门镇退役军人服务站"
COUNTY, TOWN, VILLAGE = "county", "town", "village"
PER_PAGE = 8

U_TOWN = usci("390724", "00652318")  # 石门镇人民政府
U_NONGYE = usci("390724", "45990232", "12")  # 石门镇农业农村服务中心
U_YIBAO = usci("390724", "MB1F5520")  # 桐溪县医疗保障局
U_SHEBAO = usci("390724", "45990216", "12")  # 桐溪县社会保险事业管理中心
U_LINYE = usci("390724", "MB1G2210")  # 桐溪县林业局
U_TUIYI = usci("390724", "MB1G3307")  # 桐溪县退役军人事务局 (printed alone as 实施主体编码)

C_YIBAO = impl_code(U_YIBAO, "4", "002036001000")
C_SHENGYU = impl_code(U_TOWN, "5", "002017006000")
C_JIANFANG = impl_code(U_TOWN, "5", "000103011002")
C_YANGLAO = impl_code(U_SHEBAO, "4", "002007041000")
C_LIUZHUAN = impl_code(U_NONGYE, "5", "002012008000")
C_CAIFA = impl_code(U_LINYE, "4", "000116001003")
C_GUANGRONG = impl_code(U_TOWN, "5", "002017012002")


@dataclass
class Show:
    sid: int
    date: str
    title: str
    body: str
    row: dict[str, Any]

    @property
    def url(self) -> str:
        return f"/bmfw/show.asp?id={self.sid}"


def s(sid: int, date: str, title: str, body: str, **row: Any) -> Show:
    name = row.pop("name")
    return Show(sid, date, title, body, truth(f"/bmfw/show.asp?id={sid}", name, **row))


def table(rows: list[tuple[str, str]]) -> str:
    """The clerk's two-column table: label cells ``td.bt``, values as written (markup allowed)."""
    cells = "".join(f'<tr><td width="18%" class="bt">{label}</td><td>{value}</td></tr>' for label, value in rows)
    return (f'<table class="bszn" width="96%" border="1" bordercolor="#99CC99" cellspacing="0" cellpadding="5" '
            f'align="center" style="border-collapse:collapse">{cells}</table>')


SHOWS: list[Show] = [
    s(101, "2023-5-8", "城乡居民基本医疗保险参保登记", table([
        ("服务事项", "城乡居民基本医疗保险参保登记"),
        ("承办单位", "桐溪县医疗保障局"),
        ("事项编码", C_YIBAO),
        ("服务对象", "本镇户籍未参加职工基本医疗保险的城乡居民"),
        ("服务方式", "窗口办理、网上办理"),
        ("所需材料", "1、居民身份证原件；<br>2、户口本复印件；<br>3、新生儿参保的，另提供出生医学证明复印件。"),
        ("办理地点", "石门镇便民服务中心（镇政府一楼大厅3号窗口，石门镇新村路18号）"),
        ("办理时限", "即时办结（即办件）"),
        ("网上办理", '登录槐陂市政务服务网 <a href="/wsbs/sb.asp?sxid=101" target="_blank">点此申报</a>'),
        ("备　　注", "群众办理本事项最多跑一次（到现场1次）。"),
    ]), name="城乡居民基本医疗保险参保登记", code=C_YIBAO, department="桐溪县医疗保障局", levels=[COUNTY, TOWN],
      channels=["counter", "online"], entry="/wsbs/sb.asp?sxid=101", visits=1, promised=0, case="immediate",
      materials=[mat("居民身份证", "paper"), mat("户口本", "paper"), mat("出生医学证明", "paper")],
      locations=[loc(TOWN_HALL, TOWN)]),

    s(102, "2023-5-12", "农村最低生活保障申请", """
<p>　　一、服务事项：农村最低生活保障申请</p>
<p>　　二、责任单位：桐溪县民政局（石门镇社会事务办公室受理）</p>
<p>　　三、服务对象：共同生活的家庭成员人均收入低于当地低保标准的农村居民</p>
<p>　　四、携带材料：户口本、身份证复印件各一份，低保申请书一份；家庭成员患重病的，另提供疾病诊断证明。</p>
<p>　　五、服务地点：石门镇便民服务中心（镇政府一楼2号窗口，新村路18号）；柳塘村便民服务站可代为收件。</p>
<p>　　六、办理方式：窗口办理</p>
<p>　　七、办结时间：30个工作日（其中镇审核15个工作日，县审批15个工作日）。</p>
<p>　　八、收费标准：不收费。</p>
""", name="农村最低生活保障申请", department="桐溪县民政局", levels=[TOWN, VILLAGE], channels=["counter"],
      promised=30,
      materials=[mat("户口本", "paper"), mat("身份证", "paper"), mat("低保申请书"), mat("疾病诊断证明")],
      locations=[loc(TOWN_HALL, TOWN), loc(LIUTANG, VILLAGE)]),

    s(103, "2023-5-16", "农村危房改造申请", """
<div style="line-height:28px;font-size:14px">
<font color="#0000FF">【服务事项】</font>农村危房改造申请<br>
<font color="#0000FF">【事项层级】</font>乡镇级<br>
<font color="#0000FF">【承办单位】</font>桐溪县住房和城乡建设局<br>
<font color="#0000FF">【办件类型】</font>上报件<br>
<font color="#0000FF">【需要资料】</font>农村危房改造申请表、户口本复印件、惠农一卡通复印件；房屋危险等级鉴定由镇村建设服务站组织，申请人无需提供鉴定报告。<br>
<font color="#0000FF">【服务地点】</font>石门镇便民服务中心（新村路18号，镇政府一楼4号窗口）<br>
<font color="#0000FF">【办理方式】</font>窗口办理<br>
<font color="#0000FF">【法定时限】</font>20个工作日<br>
</div>
""", name="农村危房改造申请", department="桐溪县住房和城乡建设局", levels=[TOWN], channels=["counter"],
      statutory=20, case="other",
      materials=[mat("农村危房改造申请表"), mat("户口本", "paper"), mat("惠农一卡通", "paper"),
                 mat("鉴定报告", None, True)],
      locations=[loc(TOWN_HALL, TOWN)]),

    s(104, "2023-5-22", "农村部分计划生育家庭奖励扶助资格确认", table([
        ("服务事项", "农村部分计划生育家庭奖励扶助资格确认"),
        ("承办单位", "桐溪县卫生健康局"),
        ("受理窗口", "杏花村社区便民服务站（杏花村路5号）、柳塘村便民服务站（柳塘村村委会一楼）"),
        ("服务方式", "村（社区）代办"),
        ("所需材料", "①奖励扶助对象申报表；②结婚证原件；③独生子女父母光荣证原件。"),
        ("办理时限", "三个工作日"),
        ("服务承诺", "群众可就近到村（社区）便民服务站提交材料，由代办员全程代办，群众只跑一次（到现场1次）；"
                     "镇便民服务中心承诺3个工作日内完成审核上报。"),
    ]), name="农村部分计划生育家庭奖励扶助资格确认", department="桐溪县卫生健康局", levels=[VILLAGE],
      channels=["counter"], visits=1, promised=3,
      materials=[mat("奖励扶助对象申报表"), mat("结婚证", "paper"), mat("独生子女父母光荣证", "paper")],
      locations=[loc(XINGHUA, VILLAGE), loc(LIUTANG, VILLAGE)]),

    s(105, "2023-6-1", "生育登记", f"""
<p>　　一、服务事项：生育登记</p>
<p>　　二、承办单位：石门镇人民政府</p>
<p>　　三、事项编码：{C_SHENGYU}</p>
<p>　　四、服务方式：网上办理、窗口办理。通过“槐陂通”APP可全程网办。</p>
<p>　　五、所需材料：夫妻双方居民身份证、结婚证。以上材料窗口办理的提供原件，网上办理的上传照片。</p>
<p>　　六、办理地点：石门镇便民服务中心卫健窗口（5号窗口）</p>
<p>　　七、办理时限：即时办结，属即办件。</p>
""", name="生育登记", code=C_SHENGYU, department="石门镇人民政府", levels=[TOWN], channels=["online", "counter"],
      depth=4, promised=0, case="immediate",
      materials=[mat("居民身份证", "both"), mat("结婚证", "both")],
      locations=[loc(TOWN_HALL, TOWN)]),

    s(106, "2023-6-5", "困难残疾人生活补贴和重度残疾人护理补贴申请", table([
        ("服务事项", "困难残疾人生活补贴和重度残疾人护理补贴申请"),
        ("承办单位", "桐溪县民政局"),
        ("服务方式", "窗口办理、快递办理"),
        ("所需材料", "残疾人证、户口本复印件各1份；两项补贴申请审批表1份（可到窗口领取）。"),
        ("办理地点", "石门镇便民服务中心（新村路18号，镇政府一楼2号窗口）"),
        ("办理时限", "5(工作日)"),
        ("办理程序", "申请人提出申请→镇便民服务中心受理，5个工作日内完成审核并报县民政局→县民政局审批→按月发放。"),
        ("备　　注", "行动不便的，可将申请材料快递至石门镇便民服务中心，由工作人员代为办理。"),
    ]), name="困难残疾人生活补贴和重度残疾人护理补贴申请", department="桐溪县民政局", levels=[TOWN],
      channels=["counter", "post"], promised=5,
      materials=[mat("残疾人证", "paper"), mat("户口本", "paper"), mat("两项补贴申请审批表")],
      locations=[loc(TOWN_HALL, TOWN)]),

    s(107, "2023-6-9", "高龄津贴申请", """
<div style="line-height:28px;font-size:14px">
<font color="#0000FF">【服务事项】</font>高龄津贴申请<br>
<font color="#0000FF">【承办单位】</font>桐溪县民政局<br>
<font color="#0000FF">【服务地点】</font>柳塘村便民服务站（柳塘村村委会一楼，柳塘村镇北路2号）<br>
<font color="#0000FF">【需要资料】</font>老人身份证、户口本原件及复印件；银行卡复印件。<br>
<font color="#0000FF">【办理时限】</font>15(工作日)<br>
<font color="#0000FF">【办理流程】</font>老人或家属到村便民服务站提出申请，村站当场受理并报镇审核，县民政局15个工作日内审批。群众只跑一次，只需到村便民服务站1次。<br>
</div>
""", name="高龄津贴申请", department="桐溪县民政局", levels=[VILLAGE], channels=["counter"], visits=1, promised=15,
      materials=[mat("身份证", "paper"), mat("户口本", "paper"), mat("银行卡", "paper")],
      locations=[loc(LIUTANG, VILLAGE)]),

    s(108, "2023-6-14", "乡村建设规划许可证核发（农村村民住宅）", table([
        ("服务事项", "乡村建设规划许可证核发（农村村民住宅）"),
        ("事项编码", C_JIANFANG),
        ("承办单位", "石门镇人民政府"),
        ("办件类型", "联办件"),
        ("所需材料", "1、农村宅基地和建房（规划许可）申请表；<br>2、户口本复印件；<br>3、建房设计图（可选用免费通用图集）；"
                     "<br>4、农村宅基地使用承诺书。"),
        ("办理地点", "石门镇便民服务中心自然资源和规划窗口（6号窗口）"),
        ("办理时限", "法定20个工作日，承诺10个工作日"),
        ("备　　注", "实行联审联办，群众最多跑两次（到现场2次）：提交申请一次，领取许可证一次。"),
    ]), name="乡村建设规划许可证核发（农村村民住宅）", code=C_JIANFANG, department="石门镇人民政府", levels=[TOWN],
      channels=["counter"], visits=2, statutory=20, promised=10, case="other",
      materials=[mat("农村宅基地和建房（规划许可）申请表"), mat("户口本", "paper"), mat("建房设计图"),
                 mat("农村宅基地使用承诺书")],
      locations=[loc(TOWN_HALL, TOWN)]),

    s(109, "2023-6-20", "耕地地力保护补贴申报", """
<p>　　一、服务事项：耕地地力保护补贴申报</p>
<p>　　二、承办单位：石门镇农业农村服务中心</p>
<p>　　三、服务地点：柳塘村便民服务站、杏花村社区便民服务站、石门社区便民服务站（镇南街36号）</p>
<p>　　四、所需材料：本人身份证、社保卡（惠农一卡通）；承包地面积通过土地确权系统比对，无需提供土地承包经营权证。</p>
<p>　　五、办理时限：每年3月至4月集中申报，当场办结登记。</p>
<p>　　六、办理方式：窗口办理</p>
""", name="耕地地力保护补贴申报", department="石门镇农业农村服务中心", levels=[VILLAGE], channels=["counter"],
      promised=0, case="immediate",
      materials=[mat("身份证"), mat("社保卡"), mat("土地承包经营权证", None, True)],
      locations=[loc(LIUTANG, VILLAGE), loc(XINGHUA, VILLAGE), loc(SHIMEN_SQ, VILLAGE)]),

    s(110, "2023-6-26", "城乡居民基本养老保险待遇领取", f"""
<div style="line-height:28px;font-size:14px">
<font color="#0000FF">【服务事项】</font>城乡居民基本养老保险待遇领取<br>
<font color="#0000FF">【承办单位】</font>桐溪县社会保险事业管理中心<br>
<font color="#0000FF">【事项编码】</font>{C_YANGLAO}<br>
<font color="#0000FF">【办理方式】</font>窗口办理、快递办理<br>
<font color="#0000FF">【需要资料】</font>居民身份证复印件、户口本复印件、社保卡复印件。申请人达到领取年龄前一个月提出申请。<br>
<font color="#0000FF">【服务地点】</font>石门镇便民服务中心（新村路18号，镇政府一楼1号窗口）<br>
<font color="#0000FF">【办理时限】</font>10个工作日<br>
</div>
""", name="城乡居民基本养老保险待遇领取", code=C_YANGLAO, department="桐溪县社会保险事业管理中心",
      levels=[COUNTY, TOWN], channels=["counter", "post"], promised=10,
      materials=[mat("居民身份证", "paper"), mat("户口本", "paper"), mat("社保卡", "paper")],
      locations=[loc(TOWN_HALL, TOWN)]),

    s(111, "2023-7-3", "临时救助（乡镇审批）", table([
        ("服务事项", "临时救助（乡镇审批）"),
        ("承办单位", "石门镇人民政府"),
        ("事项层级", "乡镇级"),
        ("服务方式", "窗口办理"),
        ("所需材料", "临时救助申请书；身份证；户口本；因灾、因病等致困的相关证明材料。"),
        ("办理地点", "石门镇便民服务中心2号窗口"),
        ("办理时限", "10个工作日"),
    ]), name="临时救助（乡镇审批）", department="石门镇人民政府", levels=[TOWN], channels=["counter"], promised=10,
      materials=[mat("临时救助申请书"), mat("身份证"), mat("户口本"), mat("因灾、因病等致困的相关证明材料")],
      locations=[loc(TOWN_HALL, TOWN)]),

    s(112, "2023-7-10", "退役军人优待证申领", f"""
<p>　　一、服务事项：退役军人优待证申领</p>
<p>　　二、承办单位：桐溪县退役军人事务局</p>
<p>　　三、实施主体编码：{U_TUIYI}</p>
<p>　　四、服务地点：石门镇退役军人服务站（镇政府院内西侧平房）</p>
<p>　　五、服务方式：窗口办理；也可通过“退役军人优待证”微信小程序网上申请。</p>
<p>　　六、所需材料：退役证件原件、居民身份证原件、近期免冠白底证件照（电子版）。</p>
<p>　　七、办理时限：二十个工作日（县级审核、省级制证，共20个工作日）。</p>
""", name="退役军人优待证申领", department="桐溪县退役军人事务局", levels=[TOWN], channels=["counter", "online"],
      promised=20,
      materials=[mat("退役证件", "paper"), mat("居民身份证", "paper"), mat("近期免冠白底证件照", "electronic")],
      locations=[loc(VET, TOWN)]),

    s(113, "2023-7-17", "老年人优待证办理", """
<div style="line-height:28px;font-size:14px">
<font color="#0000FF">【服务事项】</font>老年人优待证办理<br>
<font color="#0000FF">【承办单位】</font>桐溪县民政局<br>
<font color="#0000FF">【服务地点】</font>石门镇便民服务中心；石门社区便民服务站；杏花村社区便民服务站<br>
<font color="#0000FF">【需要资料】</font>身份证原件、一寸照片（现场免费拍摄，无需自带）。<br>
<font color="#0000FF">【办理时限】</font>当场办结<br>
<font color="#0000FF">【办件类型】</font>即办件<br>
<font color="#0000FF">【备　　注】</font>群众最多跑一次（到现场1次）。<br>
</div>
""", name="老年人优待证办理", department="桐溪县民政局", levels=[TOWN, VILLAGE], channels=["counter"], visits=1,
      promised=0, case="immediate",
      materials=[mat("身份证", "paper"), mat("一寸照片", None, True)],
      locations=[loc(TOWN_HALL, TOWN), loc(SHIMEN_SQ, VILLAGE), loc(XINGHUA, VILLAGE)]),

    s(114, "2023-7-24", "困难群众医疗救助申请", table([
        ("服务事项", "困难群众医疗救助申请"),
        ("承办单位", "桐溪县医疗保障局"),
        ("服务方式", "窗口办理"),
        ("所需材料", "住院发票原件、出院小结复印件、费用清单；医保结算单由系统调取，不需要提供。"),
        ("办理地点", "石门镇便民服务中心医保窗口（3号窗口）"),
        ("办理时限", "7个工作日"),
    ]), name="困难群众医疗救助申请", department="桐溪县医疗保障局", levels=[TOWN], channels=["counter"], promised=7,
      materials=[mat("住院发票", "paper"), mat("出院小结", "paper"), mat("费用清单"), mat("医保结算单", None, True)],
      locations=[loc(TOWN_HALL, TOWN)]),

    s(115, "2023-8-1", "农村土地承包经营权流转合同备案", f"""
<p>　　一、服务事项：农村土地承包经营权流转合同备案</p>
<p>　　二、承办单位：石门镇农业农村服务中心</p>
<p>　　三、事项编码：{C_LIUZHUAN}</p>
<p>　　四、服务方式：窗口办理</p>
<p>　　五、需要资料：流转合同原件一式三份；流转双方身份证复印件；土地承包经营权证复印件。</p>
<p>　　六、服务地点：石门镇便民服务中心农经窗口（7号窗口）</p>
<p>　　七、办理时限：即时办结（即办件）</p>
""", name="农村土地承包经营权流转合同备案", code=C_LIUZHUAN, department="石门镇农业农村服务中心", levels=[TOWN],
      channels=["counter"], promised=0, case="immediate",
      materials=[mat("流转合同", "paper"), mat("身份证", "paper"), mat("土地承包经营权证", "paper")],
      locations=[loc(TOWN_HALL, TOWN)]),

    s(116, "2023-8-8", "惠民殡葬基本服务费用减免", """
<div style="line-height:28px;font-size:14px">
<font color="#0000FF">【服务事项】</font>惠民殡葬基本服务费用减免<br>
<font color="#0000FF">【承办单位】</font>桐溪县民政局<br>
<font color="#0000FF">【服务地点】</font>桐溪县殡仪馆（桐溪县村前巷1号）<br>
<font color="#0000FF">【需要资料】</font>死亡医学证明原件；火化证明由殡仪馆出具，无需提交。<br>
<font color="#0000FF">【办理方式】</font>窗口办理<br>
<font color="#0000FF">【办理时限】</font>当场办结<br>
<font color="#0000FF">【跑动情况】</font>费用在殡仪馆结算时直接减免，群众零跑腿，到现场0次。<br>
</div>
""", name="惠民殡葬基本服务费用减免", department="桐溪县民政局", levels=[COUNTY], channels=["counter"], visits=0,
      promised=0, case="immediate",
      materials=[mat("死亡医学证明", "paper"), mat("火化证明", None, True)],
      locations=[loc("桐溪县殡仪馆", COUNTY)]),

    s(117, "2023-8-15", "林木采伐许可证核发（个人）", table([
        ("服务事项", "林木采伐许可证核发（个人）"),
        ("事项编码", C_CAIFA),
        ("承办单位", "桐溪县林业局（委托石门镇林业工作站受理）"),
        ("服务方式", "窗口办理、网上办理"),
        ("所需材料", "林木采伐申请表；林权证明复印件；采伐作业设计（伐区调查）材料。"),
        ("办理地点", "石门镇林业工作站（镇政府院内二楼）"),
        ("办理时限", "法定时限20个工作日；承诺时限5(工作日)"),
        ("网上办理", "可登录全国林木采伐管理系统网上申报，镇林业工作站5个工作日内完成审核。"),
    ]), name="林木采伐许可证核发（个人）", code=C_CAIFA, department="桐溪县林业局", levels=[COUNTY, TOWN],
      channels=["counter", "online"], statutory=20, promised=5,
      materials=[mat("林木采伐申请表"), mat("林权证明", "paper"), mat("采伐作业设计（伐区调查）材料")],
      locations=[loc("石门镇林业工作站", TOWN)]),

    s(118, "2023-8-22", "孤儿基本生活保障金申领", """
<p>　　一、服务事项：孤儿基本生活保障金申领</p>
<p>　　二、承办单位：桐溪县民政局</p>
<p>　　三、服务地点：石门社区便民服务站（镇南街36号一楼）</p>
<p>　　四、所需材料：户口本、身份证复印件各一份；父母死亡证明复印件；孤儿基本生活保障金申请表。</p>
<p>　　五、办结时限：30个工作日</p>
<p>　　六、跑动次数：群众只跑一次（到现场1次）</p>
""", name="孤儿基本生活保障金申领", department="桐溪县民政局", levels=[VILLAGE], channels=["counter"], visits=1,
      promised=30,
      materials=[mat("户口本", "paper"), mat("身份证", "paper"), mat("父母死亡证明", "paper"),
                 mat("孤儿基本生活保障金申请表")],
      locations=[loc(SHIMEN_SQ, VILLAGE)]),

    s(119, "2023-8-29", "独生子女父母光荣证补办", f"""
<div style="line-height:28px;font-size:14px">
<font color="#0000FF">【服务事项】</font>独生子女父母光荣证补办<br>
<font color="#0000FF">【事项编码】</font>{C_GUANGRONG}<br>
<font color="#0000FF">【承办单位】</font>石门镇人民政府<br>
<font color="#0000FF">【需要资料】</font>夫妻双方身份证、户口本原件；近期一寸合影照片2张。<br>
<font color="#0000FF">【服务地点】</font>石门镇便民服务中心卫健窗口（5号窗口，新村路18号）<br>
<font color="#0000FF">【办理时限】</font>即时办结（即办件）<br>
<font color="#0000FF">【备　　注】</font>群众最多跑一次（到现场1次）。<br>
</div>
""", name="独生子女父母光荣证补办", code=C_GUANGRONG, department="石门镇人民政府", levels=[TOWN],
      channels=["counter"], visits=1, promised=0, case="immediate",
      materials=[mat("身份证", "paper"), mat("户口本", "paper"), mat("近期一寸合影照片")],
      locations=[loc(TOWN_HALL, TOWN)]),

    s(120, "2023-9-5", "义务兵家庭优待金申领", table([
        ("服务事项", "义务兵家庭优待金申领"),
        ("承办单位", "桐溪县退役军人事务局"),
        ("服务地点", "石门镇退役军人服务站（镇政府院内西侧平房）"),
        ("所需材料", "入伍通知书复印件、户口本复印件、银行卡复印件。"),
        ("办理时限", "每年8月集中审核发放"),
        ("服务方式", "窗口办理"),
    ]), name="义务兵家庭优待金申领", department="桐溪县退役军人事务局", levels=[TOWN], channels=["counter"],
      materials=[mat("入伍通知书", "paper"), mat("户口本", "paper"), mat("银行卡", "paper")],
      locations=[loc(VET, TOWN)]),
]


# --- pages ----------------------------------------------------------------------------------------------


def page(title: str, main: str) -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{esc(title)}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td class="top">槐陂市桐溪县石门镇人民政府</td></tr>
<tr><td class="menu"><a href="/">网站首页</a><a href="/bmfw/list.asp?classid=5">便民服务</a><a href="/about.asp">镇情概况</a></td></tr>
<tr><td valign="top" style="padding:10px">
{main}
</td></tr>
<tr><td class="foot">版权所有：桐溪县石门镇人民政府　地址：石门镇新村路18号　邮编：399724<br>
便民服务热线：0396-7321234　备案号：岚ICP备0000000号</td></tr>
</table>
</body>
</html>
"""


def pager(current: int, pages: int, total: int) -> str:
    def link(n: int, text: str) -> str:
        return f'<a href="list.asp?classid=5&amp;page={n}">{text}</a>'
    options = "".join(f'<option value="{n}"{" selected" if n == current else ""}>第{n}页</option>'
                      for n in range(1, pages + 1))
    return (f'<div align="center" style="line-height:30px">共<font color="red">{total}</font>条记录　'
            f'页次：{current}/{pages}页　每页：{PER_PAGE}条　{link(1, "首页")} {link(max(1, current - 1), "上一页")} '
            f'{link(min(pages, current + 1), "下一页")} {link(pages, "尾页")}　转到：'
            f'<select name="page" onchange="location.href=\'list.asp?classid=5&page=\'+this.value">{options}</select></div>')


def list_page(current: int) -> str:
    pages = -(-len(SHOWS) // PER_PAGE)
    chunk = SHOWS[(current - 1) * PER_PAGE: current * PER_PAGE]
    rows = "".join(f'<tr><td class="listtd">·<a href="show.asp?id={show.sid}" target="_blank">{esc(show.title)}</a></td>'
                   f'<td class="listtd" width="90" align="center">{show.date}</td></tr>' for show in chunk)
    main = (f'<div>您现在的位置：<a href="/">首页</a> &gt;&gt; 便民服务 &gt;&gt; 办事指南</div>'
            f'<table width="100%" border="0" cellspacing="0" cellpadding="0">{rows}</table>{pager(current, pages, len(SHOWS))}')
    return page(f"便民服务--{SITE}", main)


def show_page(index: int) -> str:
    show = SHOWS[index]
    prev_link = (f'<a href="show.asp?id={SHOWS[index - 1].sid}">{esc(SHOWS[index - 1].title)}</a>' if index > 0 else "没有了")
    next_link = (f'<a href="show.asp?id={SHOWS[index + 1].sid}">{esc(SHOWS[index + 1].title)}</a>'
                 if index + 1 < len(SHOWS) else "没有了")
    main = f"""<div>您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/bmfw/list.asp?classid=5">便民服务</a> &gt;&gt; 正文</div>
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td align="center" height="40"><font size="4" color="#CC0000"><b>{esc(show.title)}</b></font></td></tr>
<tr><td align="center" style="border-bottom:1px solid #ccc">发布时间：{show.date}　作者：镇便民服务中心　来源：本站原创</td></tr>
<tr><td style="padding:12px">{show.body}</td></tr>
<tr><td>上一篇：{prev_link}<br>下一篇：{next_link}</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
</table>"""
    return page(f"{show.title}--{SITE}", main)


def home() -> str:
    latest = "".join(f'<li><a href="/bmfw/show.asp?id={show.sid}">{esc(show.title)}</a></li>' for show in SHOWS[:5])
    main = f"""<table width="100%"><tr><td width="60%" valign="top">
<h3>镇务动态</h3><p>石门镇便民服务中心（新村路18号）实行“一窗受理、全科服务”，各村（社区）便民服务站开展代办服务。</p>
<h3>便民服务　<a href="/bmfw/list.asp?classid=5">更多&gt;&gt;</a></h3><ul>{latest}</ul>
</td><td valign="top"><h3>便民服务网点</h3>
<p>石门镇便民服务中心：新村路18号镇政府一楼</p><p>柳塘村便民服务站：柳塘村村委会一楼</p>
<p>杏花村社区便民服务站：杏花村路5号</p><p>石门社区便民服务站：镇南街36号</p>
<p>桐溪县政务服务中心：桐溪县镇东大道99号</p></td></tr></table>"""
    return page(SITE, main)


def stub(title: str, text: str) -> str:
    return page(f"{title}--{SITE}", f'<div>您现在的位置：<a href="/">首页</a> &gt;&gt; {title}</div><p>{text}</p>')


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    pages = -(-len(SHOWS) // PER_PAGE)
    texts: dict[str, str] = {
        "index.html": home(),
        "about.asp": stub("镇情概况", "石门镇位于桐溪县东部，辖柳塘村、杏花村社区、石门社区等村（社区）。"),
        "wsbs/sb.asp": stub("网上申报", "请登录槐陂市政务服务网统一身份认证后申报。"),
        "bmfw/list.asp@classid=5": list_page(1),
    }
    for n in range(1, pages + 1):
        texts[f"bmfw/list.asp@classid=5&page={n}"] = list_page(n)
    for index, show in enumerate(SHOWS):
        texts[f"bmfw/show.asp@id={show.sid}"] = show_page(index)
    files = {name: text.encode(CHARSET) for name, text in texts.items()}
    files["css/style.css"] = asset_text(__file__, "huaipo/style.css").encode(CHARSET)
    files["headers.json"] = json_bytes({"*.asp": "text/html", "*.html": "text/html", "*/": "text/html"}, indent=1)
    portal = {
        "id": ID,
        "name": "槐陂市桐溪县石门镇人民政府（便民服务）",
        "style": "township ASP site, GBK: paged catalogue stating its total; guides as clerk-written tables, "
                 "一、二、 paragraphs and 【】 lines with town labels and value formats",
        "home": "/",
        "charset": CHARSET,
        "items": [show.row for show in SHOWS],
    }
    return files, portal
