"""东泽区人民政府 (鹤川市): a district site on a Hanweb-like CMS whose 办事指南 are prose articles.

Columns ``/col/colNNNN/index.html`` list articles ``/art/Y/M/D/art_COL_ID.html``. Four department
columns are plain lists; the 民政 column is a Hanweb ``jpage`` column: its first records sit in a
``<script type="text/xml">`` datastore that a script draws, and the rest come from the data proxy
``/module/web/jpage/dataproxy.jsp`` by POST (``post.json``). Each guide is an article written by
a different hand: headings as h2-h5, ``<p><b>``, 一、/（一）, 【】, ``<span class="tit">``, an
embedded Word table; materials as numbered lines, one sentence, or a small table.

Every article is stated once below: its body markup and, beside it, its truth row written by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tests.corpora.layout import asset_text
from tests.corpora.portals7._common import esc, impl_code, json_bytes, loc, mat, truth, usci

ID = "dongze"
SITE = "东泽区人民政府"
HALL = "东泽区政务服务中心"
COUNTY = "county"
TOWN = "town"

# implementing bodies' credit codes (region 390203, a district of 鹤川市)
U_JOBS = usci("390203", "45802137", "12")  # 东泽区公共就业和人才服务中心
U_MINZHENG = usci("390203", "00831642")  # 东泽区民政局
U_HEALTH = usci("390203", "00831659")  # 东泽区卫生健康局
U_MARKET = usci("390203", "MB1C4729")  # 东泽区市场监督管理局
U_BUILD = usci("390203", "00831667")  # 东泽区住房和城乡建设局

C_SUBSIDY = impl_code(U_JOBS, "4", "390514017000")
C_TEKUN = impl_code(U_MINZHENG, "4", "000520004000")
C_SHETUAN = impl_code(U_MINZHENG, "4", "000120021001")
C_WEISHENG = impl_code(U_HEALTH, "4", "000117030001", "01")
C_GETI = impl_code(U_MARKET, "4", "000123005000")
C_TEZHONG = "000123018000"  # printed alone: a 12-character basic code
C_SHIGONG = impl_code(U_BUILD, "4", "000109001000")

COLUMNS = {
    "1011": "区人力资源和社会保障局",
    "1012": "区民政局",
    "1013": "区卫生健康局",
    "1014": "区市场监督管理局",
    "1015": "区住房和城乡建设局",
}
JPAGE_COLUMN, JPAGE_UNIT, JPAGE_FIRST = "1012", "4012", 5


@dataclass
class Art:
    col: str
    aid: str
    date: str  # 2024-03-12
    title: str
    source: str
    body: str
    row: dict[str, Any]

    @property
    def url(self) -> str:
        y, m, d = (int(part) for part in self.date.split("-"))
        return f"/art/{y}/{m}/{d}/art_{self.col}_{self.aid}.html"


def art_url(col: str, aid: str, date: str) -> str:
    y, m, d = (int(part) for part in date.split("-"))
    return f"/art/{y}/{m}/{d}/art_{col}_{aid}.html"


def a(col: str, aid: str, date: str, title: str, source: str, body: str, **row: Any) -> Art:
    """An article and its truth row; the row's keywords are the hand-written truth values."""
    name = row.pop("name")
    return Art(col, aid, date, title, source, body, truth(art_url(col, aid, date), name, **row))


ARTICLES: list[Art] = [
    # --- 区人力资源和社会保障局 -------------------------------------------------------------------
    a("1011", "52301", "2024-03-12", "城乡居民基本养老保险参保登记办事指南", "东泽区人力资源和社会保障局", """
<h3>一、事项名称</h3>
<p>城乡居民基本养老保险参保登记</p>
<h3>二、实施主体</h3>
<p>东泽区社会保险事业管理中心</p>
<h3>三、办理对象</h3>
<p>年满16周岁（不含在校学生），未参加职工基本养老保险的本区户籍城乡居民。</p>
<h3>四、申请材料</h3>
<p>1.《城乡居民基本养老保险参保登记表》1份；</p>
<p>2.居民身份证原件及复印件1份；</p>
<p>3.户口簿原件及复印件（户主页及本人页）。</p>
<h3>五、办理地点</h3>
<p>户籍所在地的青柳街道便民服务中心、杏花村街道便民服务中心、滨河街道便民服务中心社保窗口，或东泽区政务服务中心一楼社保综合窗口（东泽区滨湖大道88号）。</p>
<h3>六、办理流程</h3>
<p>申请人持上述材料到任一窗口提出申请，窗口工作人员当场审核，符合条件的当场办理参保登记。</p>
<h3>七、办理时限</h3>
<p>即办。</p>
<h3>八、收费标准</h3>
<p>不收费。</p>
<h3>九、咨询电话</h3>
<p>0399-86612301</p>
""", name="城乡居民基本养老保险参保登记", department="东泽区社会保险事业管理中心",
      levels=[TOWN, COUNTY], channels=["counter"], promised=0, case="immediate",
      materials=[mat("城乡居民基本养老保险参保登记表"), mat("居民身份证", "paper"), mat("户口簿", "paper")],
      locations=[loc("青柳街道便民服务中心", TOWN), loc("杏花村街道便民服务中心", TOWN),
                 loc("滨河街道便民服务中心", TOWN), loc(HALL, COUNTY)]),

    a("1011", "52317", "2024-03-19", "失业保险金申领服务指南", "东泽区政务服务中心", """
<p><strong>【事项名称】</strong>失业保险金申领</p>
<p><strong>【办理机构】</strong>东泽区人力资源和社会保障局（具体由区就业和社会保险服务窗口承办）</p>
<p><strong>【所需材料】</strong></p>
<p>本人社会保障卡（原件）；解除或终止劳动关系证明（复印件）。参保缴费记录由经办机构系统自动调取，申请人无需提交。</p>
<p><strong>【办理方式】</strong></p>
<p>（一）网上申领：登录<a href="/zwfw/apply.jsp?itemid=DZRS1002">鹤川市人社网上服务大厅</a>，选择“失业保险金申领”在线提交。</p>
<p>（二）窗口申领：到东泽区政务服务中心二楼B区人社窗口（7—10号）办理。</p>
<p><strong>【办理程序】</strong></p>
<p>申请—受理—审核—发放。经办机构自受理之日起3个工作日内完成审核，审核通过的，于次月15日前发放。</p>
<p><strong>【承诺时限】</strong>3个工作日</p>
""", name="失业保险金申领", department="东泽区人力资源和社会保障局",
      levels=[COUNTY], channels=["online", "counter"], entry="/zwfw/apply.jsp?itemid=DZRS1002", promised=3,
      materials=[mat("社会保障卡", "paper"), mat("解除或终止劳动关系证明", "paper"), mat("参保缴费记录", None, True)],
      locations=[loc(HALL, COUNTY)]),

    a("1011", "52342", "2024-04-02", "关于就业困难人员认定的办事指南", "东泽区人力资源和社会保障局", """
<p class="MsoNormal"><span style="font-family:黑体">一、受理单位</span></p>
<p class="MsoNormal"><span style="font-family:仿宋_GB2312">东泽区公共就业和人才服务中心</span></p>
<p class="MsoNormal"><span style="font-family:黑体">二、申报材料</span></p>
<p class="MsoNormal"><span style="font-family:仿宋_GB2312">申请人需提交居民身份证、户口簿、《就业创业证》原件及复印件各一份，以及《就业困难人员认定申请表》。属残疾人的，另需提交残疾人证；属低保家庭成员的，另需提交最低生活保障证。</span></p>
<p class="MsoNormal"><span style="font-family:黑体">三、办理步骤</span></p>
<p class="MsoNormal"><span style="font-family:仿宋_GB2312">第一步：申请人向户籍所在地街道便民服务中心提出申请，街道工作人员当场初审；</span></p>
<p class="MsoNormal"><span style="font-family:仿宋_GB2312">第二步：街道在2个工作日内将材料报送区公共就业和人才服务中心；</span></p>
<p class="MsoNormal"><span style="font-family:仿宋_GB2312">第三步：区公共就业和人才服务中心5个工作日内审核认定，并在区政府门户网站公示5个工作日；</span></p>
<p class="MsoNormal"><span style="font-family:仿宋_GB2312">第四步：公示无异议的，在《就业创业证》上进行标注。</span></p>
<p class="MsoNormal"><span style="font-family:黑体">四、办结时限</span></p>
<p class="MsoNormal"><span style="font-family:仿宋_GB2312">12个工作日（含公示时间）。</span></p>
""", name="就业困难人员认定", department="东泽区公共就业和人才服务中心",
      levels=[], channels=["counter"], promised=12,
      materials=[mat("居民身份证", "paper"), mat("户口簿", "paper"), mat("就业创业证", "paper"),
                 mat("就业困难人员认定申请表"), mat("残疾人证"), mat("最低生活保障证")],
      locations=[]),

    a("1011", "52356", "2024-04-09", "灵活就业人员社会保险补贴申领办事指南", "东泽区人力资源和社会保障局", f"""
<p><span class="tit">事项名称：</span>灵活就业人员社会保险补贴申领</p>
<p><span class="tit">事项编码：</span>{C_SUBSIDY}</p>
<p><span class="tit">主管部门：</span>东泽区人力资源和社会保障局</p>
<p><span class="tit">实施主体：</span>东泽区公共就业和人才服务中心</p>
<p><span class="tit">提交材料：</span>①《灵活就业社会保险补贴申请表》；②社会保险缴费凭证复印件；③银行账户信息（在线填报）。</p>
<p><span class="tit">办理方式：</span>本事项实行全程网办，申请人登录“鹤川e办”平台在线申报即可，跑动次数0次。<a href="/zwfw/apply.jsp?itemid=DZRS1004" class="btn">立即申报</a></p>
<p><span class="tit">办理时限：</span>法定时限20个工作日；承诺时限10个工作日。</p>
<p><span class="tit">咨询电话：</span>0399-86612318</p>
""", name="灵活就业人员社会保险补贴申领", code=C_SUBSIDY, department="东泽区公共就业和人才服务中心",
      levels=[COUNTY], channels=["online"], entry="/zwfw/apply.jsp?itemid=DZRS1004", depth=4, visits=0,
      statutory=20, promised=10,
      materials=[mat("灵活就业社会保险补贴申请表"), mat("社会保险缴费凭证", "paper"), mat("银行账户信息", "electronic")],
      locations=[]),

    a("1011", "52371", "2024-04-16", "就业创业证申领办理指南", "东泽区人力资源和社会保障局", """
<h4>实施机构</h4>
<p>东泽区人力资源和社会保障局</p>
<h4>需提交的材料</h4>
<p>（一）居民身份证；</p>
<p>（二）近期一寸免冠照片1张；</p>
<p>（三）《就业创业登记申请表》（可现场填写）。</p>
<p>户籍信息由公安部门共享获取，无需提交户口簿。</p>
<h4>办理程序</h4>
<p>申请人可选择以下任一方式：1.到东泽区政务服务中心一楼人社综合窗口现场申请；2.将申请材料邮寄至东泽区政务服务中心人社窗口（东泽区滨湖大道88号）。窗口受理后，符合条件的，当场办结；邮寄申请的，证件办结后以挂号信寄回。</p>
<h4>承诺时限</h4>
<p>当场办结。</p>
""", name="就业创业证申领", department="东泽区人力资源和社会保障局",
      levels=[COUNTY], channels=["counter", "post"], promised=0, case="immediate",
      materials=[mat("居民身份证"), mat("近期一寸免冠照片"), mat("就业创业登记申请表"), mat("户口簿", None, True)],
      locations=[loc(HALL, COUNTY)]),

    # --- 区民政局 (the jpage column: 5 records inline, 3 from the data proxy) ----------------------
    a("1012", "61204", "2024-02-27", "最低生活保障审核确认办事指南", "东泽区民政局", """
<p><b>一、事项名称</b></p>
<p>最低生活保障审核确认</p>
<p><b>二、实施主体</b></p>
<p>东泽区民政局</p>
<p><b>三、申请材料</b></p>
<p>（一）《最低生活保障申请书》；</p>
<p>（二）申请人及共同生活家庭成员的居民身份证、户口簿复印件；</p>
<p>（三）家庭经济状况核对授权书（家庭成员签字）；</p>
<p>（四）家庭成员的收入、财产状况由区居民家庭经济状况核对中心通过信息系统核对，申请人不再提交收入证明。</p>
<p><b>四、办理流程</b></p>
<p>（一）申请：申请人向户籍所在地街道办事处提出书面申请，可到杏花村街道便民服务中心（杏花村路2号，民政窗口）或青柳街道便民服务中心递交材料；</p>
<p>（二）审核：街道办事处自受理之日起15个工作日内完成入户调查、民主评议和公示（公示期7天）；</p>
<p>（三）确认：区民政局自收到街道审核意见之日起10个工作日内作出确认决定。</p>
<p><b>五、办理时限</b></p>
<p>全程不超过30个工作日（法定），本区承诺25个工作日内办结。</p>
""", name="最低生活保障审核确认", department="东泽区民政局",
      levels=[TOWN], channels=["counter"], statutory=30, promised=25,
      materials=[mat("最低生活保障申请书"), mat("居民身份证", "paper"), mat("户口簿", "paper"),
                 mat("家庭经济状况核对授权书"), mat("收入证明", None, True)],
      locations=[loc("杏花村街道便民服务中心", TOWN), loc("青柳街道便民服务中心", TOWN)], script_only=True),

    a("1012", "61219", "2024-03-05", "特困人员救助供养审核确认办事指南", "东泽区民政局", f"""
<p style="text-indent:2em"><strong>实施主体：</strong>东泽区民政局</p>
<p style="text-indent:2em"><strong>事项编码：</strong>{C_TEKUN}</p>
<p style="text-indent:2em"><strong>申请材料：</strong></p>
<table border="1" cellspacing="0" cellpadding="4" width="90%" align="center">
<tr><td>序号</td><td>材料名称</td><td>份数</td><td>备注</td></tr>
<tr><td>1</td><td>特困人员救助供养申请书</td><td>1</td><td>本人签字</td></tr>
<tr><td>2</td><td>户口簿复印件</td><td>1</td><td></td></tr>
<tr><td>3</td><td>残疾人证</td><td>1</td><td>系统共享获取，免提交</td></tr>
<tr><td>4</td><td>授权委托书</td><td>1</td><td>委托他人代为申请的提供</td></tr>
</table>
<p style="text-indent:2em"><strong>受理地点：</strong>滨河街道便民服务中心（滨河东路9号一楼3号窗口）</p>
<p style="text-indent:2em"><strong>办理时限：</strong>法定时限20个工作日，承诺时限15个工作日。</p>
<p style="text-indent:2em"><strong>办件类型：</strong>承诺件</p>
""", name="特困人员救助供养审核确认", code=C_TEKUN, department="东泽区民政局",
      levels=[COUNTY, TOWN], channels=["counter"], statutory=20, promised=15, case="promised",
      materials=[mat("特困人员救助供养申请书"), mat("户口簿", "paper"), mat("残疾人证", None, True), mat("授权委托书")],
      locations=[loc("滨河街道便民服务中心", TOWN)], script_only=True),

    a("1012", "61233", "2024-03-11", "临时救助办理说明", "东泽区民政局", """
<h5>（一）主管部门</h5>
<p>东泽区民政局</p>
<h5>（二）申请材料</h5>
<p>申请人应当提交临时救助申请书，并提供本人身份证、户口簿及遭遇困难的相关证明（如医疗费用票据、事故证明等）。申请人家庭经济状况由民政部门通过核对系统核查，无需另行提交家庭收入证明。</p>
<h5>（三）办理地点</h5>
<p>东泽区政务服务中心二楼民政窗口（东泽区滨湖大道88号）；各街道便民服务中心民政窗口。</p>
<h5>（四）办理时限</h5>
<p>承诺时限：7个工作日。</p>
<h5>（五）办理方式</h5>
<p>窗口办理；也可通过“鹤川e办”APP“临时救助”模块在线申请。</p>
""", name="临时救助", department="东泽区民政局",
      levels=[COUNTY], channels=["counter", "online"], promised=7,
      materials=[mat("临时救助申请书"), mat("身份证"), mat("户口簿"), mat("遭遇困难的相关证明"),
                 mat("家庭收入证明", None, True)],
      locations=[loc(HALL, COUNTY)], script_only=True),

    a("1012", "61248", "2024-03-18", "内地居民结婚登记办事指南", "东泽区民政局", """
<p><strong>一、办理机构：</strong>东泽区民政局婚姻登记处</p>
<p><strong>二、办理地点：</strong>东泽区婚姻登记中心（东泽区青柳路36号民政服务大楼一楼）</p>
<p><strong>三、需提交的材料：</strong>男女双方本人的户口簿、居民身份证原件，以及双方近期半身免冠合影2寸照片3张。《申请结婚登记声明书》由双方在登记员面前现场签署。</p>
<p><strong>四、办理程序：</strong>预约—初审—受理—审查—登记（发证）。当事人双方须共同到场，一次办结。</p>
<p><strong>五、办理时限：</strong>材料齐全、符合法定条件的，当场办结。</p>
<p><strong>六、到现场次数：</strong>1次</p>
<p><strong>七、收费标准：</strong>不收费。</p>
<p>预约入口：<a href="/zwfw/yuyue.jsp?itemid=DZMZ1204">婚姻登记网上预约</a></p>
""", name="内地居民结婚登记", department="东泽区民政局婚姻登记处",
      levels=[COUNTY], channels=["counter"], visits=1, promised=0, case="immediate",
      materials=[mat("户口簿", "paper"), mat("居民身份证", "paper"), mat("近期半身免冠合影2寸照片"),
                 mat("申请结婚登记声明书")],
      locations=[loc("东泽区婚姻登记中心", COUNTY)], script_only=True),

    a("1012", "61262", "2024-03-26", "高龄津贴申领办事指南", "东泽区民政局", """
<p>【事项名称】80周岁以上老年人高龄津贴申领</p>
<p>【实施主体】东泽区民政局</p>
<p>【申请条件】具有本区户籍、年满80周岁的老年人。</p>
<p>【申请材料】老年人本人居民身份证、银行卡（存折）复印件各1份；委托他人办理的，另需提交授权委托书。户籍信息通过部门共享核验，无需提交户口簿。</p>
<p>【办理流程】老年人或其家属到柳岸社区便民服务站（柳岸花园8栋架空层）提交材料，社区当场受理；区民政局审核5个工作日；审核通过的，次月起按月发放。</p>
<p>【跑动次数】最多跑1次</p>
""", name="80周岁以上老年人高龄津贴申领", department="东泽区民政局",
      levels=["village"], channels=["counter"], visits=1, promised=5,
      materials=[mat("居民身份证", "paper"), mat("银行卡", "paper"), mat("授权委托书"), mat("户口簿", None, True)],
      locations=[loc("柳岸社区便民服务站", "village")], script_only=True),

    a("1012", "61277", "2024-04-03", "困难残疾人生活补贴和重度残疾人护理补贴申请办事指南", "东泽区残疾人联合会", """
<h3>一、实施主体</h3>
<p>东泽区民政局（区残联配合）</p>
<h3>二、申请材料</h3>
<p>1、《残疾人两项补贴申请审批表》；</p>
<p>2、第二代残疾人证（系统核验，免予提交）；</p>
<p>3、最低生活保障证复印件（申请生活补贴的提供）。</p>
<h3>三、办理方式及地点</h3>
<p>申请人可到东泽区政务服务中心二楼民政窗口提交申请，也可通过全国残疾人两项补贴“跨省通办”平台在线申请。</p>
<h3>四、办结时限</h3>
<p>20个工作日。</p>
""", name="困难残疾人生活补贴和重度残疾人护理补贴申请", department="东泽区民政局",
      levels=[COUNTY], channels=["counter", "online"], promised=20,
      materials=[mat("残疾人两项补贴申请审批表"), mat("第二代残疾人证", None, True), mat("最低生活保障证", "paper")],
      locations=[loc(HALL, COUNTY)], script_only=True),

    a("1012", "61291", "2024-04-10", "基本殡葬服务费用减免办事指南", "东泽区民政局", """
<p class="tit">一、事项名称：基本殡葬服务费用减免</p>
<p class="tit">二、实施机构：东泽区殡葬管理所</p>
<p class="tit">三、办理方式：全程网办。逝者家属登录鹤川市政务服务网东泽区站点在线申请（<a href="/zwfw/apply.jsp?itemid=DZMZ1206">在线申请</a>），到现场次数为0次。</p>
<p class="tit">四、提交材料：逝者居民死亡医学证明（推断）书扫描件；申请人居民身份证（上传正反面照片）；火化证明由殡仪馆系统推送，无需上传。</p>
<p class="tit">五、承诺时限：当场办结（系统核验通过后即时减免）。</p>
""", name="基本殡葬服务费用减免", department="东泽区殡葬管理所",
      levels=[], channels=["online"], entry="/zwfw/apply.jsp?itemid=DZMZ1206", depth=4, visits=0,
      promised=0, case="immediate",
      materials=[mat("居民死亡医学证明（推断）书", "electronic"), mat("居民身份证", "electronic"),
                 mat("火化证明", None, True)],
      locations=[], script_only=True),

    a("1012", "61305", "2024-04-17", "社会团体成立登记办事指南", "东泽区民政局", f"""
<h4>【实施主体】</h4>
<p>东泽区民政局</p>
<h4>【事项类型】</h4>
<p>行政许可</p>
<h4>【事项编码】</h4>
<p>{C_SHETUAN}</p>
<h4>【申报材料】</h4>
<p>1.登记申请书；<br>2.业务主管单位批准文件（原件）；<br>3.章程草案；<br>4.验资报告（原件）；<br>5.住所使用权证明（复印件1份，加盖公章）；<br>6.拟任负责人基本情况表。</p>
<h4>【办理程序】</h4>
<p>受理（1个工作日）→审查（10个工作日）→决定（3个工作日）→送达（1个工作日）。</p>
<h4>【办理时限】</h4>
<p>法定时限30个工作日，承诺时限15个工作日。</p>
<h4>【申请方式】</h4>
<p>窗口申请：东泽区政务服务中心三楼社会组织登记窗口（21号）。邮寄申请：申请材料可通过EMS邮寄至上述窗口。</p>
""", name="社会团体成立登记", code=C_SHETUAN, department="东泽区民政局",
      levels=[COUNTY], channels=["counter", "post"], statutory=30, promised=15,
      materials=[mat("登记申请书"), mat("业务主管单位批准文件", "paper"), mat("章程草案"), mat("验资报告", "paper"),
                 mat("住所使用权证明", "paper"), mat("拟任负责人基本情况表")],
      locations=[loc(HALL, COUNTY)], script_only=True),

    # --- 区卫生健康局 ------------------------------------------------------------------------------
    a("1013", "70112", "2024-01-22", "医师执业注册办事指南", "东泽区卫生健康局", """
<p><b>一、办理机构</b></p>
<p>东泽区卫生健康局（窗口设在鹤川市民中心，与市卫生健康委员会合署受理）</p>
<p><b>二、申请材料</b></p>
<p>（1）《医师执业注册申请审核表》；（2）近6个月内二寸免冠正面半身照片；（3）医师资格证书；（4）聘用证明（拟执业机构出具）；（5）健康体检证明（县级以上医疗机构出具，6个月内有效）。以上材料可通过电子化注册系统上传扫描件，也可提交纸质材料。</p>
<p><b>三、办理流程</b></p>
<p>申请人登录国家医师电子化注册信息系统在线提交，或到鹤川市民中心B区三楼卫健窗口现场提交；区卫生健康局审核通过后发放注册证书。</p>
<p><b>四、办理时限</b></p>
<p>承诺5个工作日（法定20个工作日）。</p>
""", name="医师执业注册", department="东泽区卫生健康局",
      levels=["city"], channels=["online", "counter"], statutory=20, promised=5,
      materials=[mat("医师执业注册申请审核表", "both"), mat("近6个月内二寸免冠正面半身照片", "both"),
                 mat("医师资格证书", "both"), mat("聘用证明", "both"), mat("健康体检证明", "both")],
      locations=[loc("鹤川市民中心", "city")]),

    a("1013", "70127", "2024-02-06", "公共场所卫生许可（新办）办事指南", "东泽区政务服务中心", f"""
<p>一、事项名称：公共场所卫生许可（新办）</p>
<p>二、办理部门：东泽区卫生健康局</p>
<p>三、业务办理项编码：{C_WEISHENG}</p>
<p>四、所需材料：（一）公共场所卫生许可申请表；（二）营业执照（部门共享，无需提交）；（三）告知承诺书；（四）从业人员健康合格证明复印件。</p>
<p>五、办理地点：东泽区政务服务中心三楼卫健窗口（18号）；青柳街道便民服务中心可代收材料。</p>
<p>六、办理时限：即办件，材料齐全的当场发证。</p>
<p>七、到办事现场次数：1次。</p>
<p>八、网上办理：<a href="/zwfw/apply.jsp?itemid=DZWJ1302">网上申报</a>（网上申报后仍需到窗口签署承诺书并领取许可证）</p>
""", name="公共场所卫生许可（新办）", code=C_WEISHENG, department="东泽区卫生健康局",
      levels=[COUNTY, TOWN], channels=["counter", "online"], entry="/zwfw/apply.jsp?itemid=DZWJ1302",
      visits=1, promised=0, case="immediate",
      materials=[mat("公共场所卫生许可申请表"), mat("营业执照", None, True), mat("告知承诺书"),
                 mat("从业人员健康合格证明", "paper")],
      locations=[loc(HALL, COUNTY), loc("青柳街道便民服务中心", TOWN)]),

    a("1013", "70139", "2024-02-20", "计划生育家庭特别扶助金申领办事指南", "东泽区卫生健康局", """
<h2>实施主体</h2>
<p>东泽区卫生健康局</p>
<h2>所需材料</h2>
<p>户口簿、居民身份证、结婚证、独生子女父母光荣证原件及复印件各一份；子女死亡证明由卫健部门通过信息系统调取，免于提交。</p>
<h2>办理程序</h2>
<p>本人向户籍所在地街道卫健办提出申请（滨河街道便民服务中心卫健窗口），街道审核后报区卫生健康局审批，每年6月集中受理。</p>
<h2>办理时限</h2>
<p>法定时限：30个工作日。</p>
""", name="计划生育家庭特别扶助金申领", department="东泽区卫生健康局",
      levels=[TOWN], channels=["counter"], statutory=30,
      materials=[mat("户口簿", "paper"), mat("居民身份证", "paper"), mat("结婚证", "paper"),
                 mat("独生子女父母光荣证", "paper"), mat("子女死亡证明", None, True)],
      locations=[loc("滨河街道便民服务中心", TOWN)]),

    # --- 区市场监督管理局 --------------------------------------------------------------------------
    a("1014", "80451", "2024-01-09", "个体工商户设立登记办事指南", "东泽区市场监督管理局", f"""
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="6" width="100%">
<tr><td width="20%">事项名称</td><td>个体工商户设立登记</td></tr>
<tr><td>实施编码</td><td>{C_GETI}</td></tr>
<tr><td>实施主体</td><td>东泽区市场监督管理局</td></tr>
<tr><td>办件类型</td><td>即办件</td></tr>
<tr><td>申请材料</td><td>1.个体工商户登记（备案）申请书；<br>2.身份证明（经营者本人）；<br>以上材料纸质、电子版均可。<br>经营场所实行申报承诺制，无需提交经营场所证明。</td></tr>
<tr><td>办理方式</td><td>窗口办理、网上办理（<a href="/zwfw/apply.jsp?itemid=DZSJ1401">鹤川市市场主体登记电子化平台</a>）</td></tr>
<tr><td>办理地点</td><td>东泽区政务服务中心一楼市场准入区（1—6号窗口）</td></tr>
<tr><td>办理时限</td><td>即时办结</td></tr>
<tr><td>收费标准</td><td>不收费</td></tr>
</table>
<p>备注：营业执照可选择窗口领取，也可选择邮寄送达。</p>
""", name="个体工商户设立登记", code=C_GETI, department="东泽区市场监督管理局",
      levels=[COUNTY], channels=["counter", "online"], entry="/zwfw/apply.jsp?itemid=DZSJ1401",
      promised=0, case="immediate",
      materials=[mat("个体工商户登记（备案）申请书", "both"), mat("身份证明", "both"), mat("经营场所证明", None, True)],
      locations=[loc(HALL, COUNTY)]),

    a("1014", "80466", "2024-01-23", "食品小作坊登记办事指南", "东泽区市场监督管理局", """
<p><strong>一、实施主体</strong>：东泽区市场监督管理局</p>
<p><strong>二、提交材料</strong>：申请人应提交《食品小作坊登记申请书》、营业执照复印件、加工场所平面图和设备布局图及食品加工工艺流程说明，以上均需加盖公章。</p>
<p><strong>三、办理程序</strong>：申请人向东泽区政务服务中心一楼市场监管窗口提交材料，窗口1个工作日内受理；区市场监督管理局在5个工作日内组织现场核查；核查合格的，2个工作日内作出登记决定。</p>
<p><strong>四、办结时限</strong>：10个工作日（不含现场核查整改时间）。</p>
<p><strong>五、到现场次数</strong>：2次（提交材料、领取登记证）。</p>
""", name="食品小作坊登记", department="东泽区市场监督管理局",
      levels=[COUNTY], channels=["counter"], visits=2, promised=10,
      materials=[mat("食品小作坊登记申请书"), mat("营业执照", "paper"), mat("加工场所平面图"), mat("设备布局图"),
                 mat("食品加工工艺流程说明")],
      locations=[loc(HALL, COUNTY)]),

    a("1014", "80478", "2024-02-01", "特种设备使用登记办事指南", "东泽区市场监督管理局", f"""
<p style="font-weight:bold">1.实施机关</p>
<p>东泽区市场监督管理局</p>
<p style="font-weight:bold">2.事项编码</p>
<p>{C_TEZHONG}</p>
<p style="font-weight:bold">3.申请材料</p>
<p>(1)《特种设备使用登记表》一式两份；</p>
<p>(2)产品合格证（含产品数据表）复印件；</p>
<p>(3)监督检验证明（安装监督检验的）；</p>
<p>(4)使用单位统一社会信用代码证明，由系统自动调取，无需提交。</p>
<p style="font-weight:bold">4.办理方式</p>
<p>可通过<a href="/zwfw/apply.jsp?itemid=DZSJ1403">特种设备使用登记网上申报</a>在线提交；也可将申请材料邮寄或送达东泽区政务服务中心一楼市场监管窗口。</p>
<p style="font-weight:bold">5.办理时限</p>
<p>承诺5个工作日（法定15个工作日）。</p>
""", name="特种设备使用登记", code=C_TEZHONG, department="东泽区市场监督管理局",
      levels=[COUNTY], channels=["online", "post", "counter"], entry="/zwfw/apply.jsp?itemid=DZSJ1403",
      statutory=15, promised=5,
      materials=[mat("特种设备使用登记表"), mat("产品合格证", "paper"), mat("监督检验证明"),
                 mat("统一社会信用代码证明", None, True)],
      locations=[loc(HALL, COUNTY)]),

    # --- 区住房和城乡建设局 ------------------------------------------------------------------------
    a("1015", "90702", "2024-03-04", "建筑工程施工许可证核发办事指南", "东泽区住房和城乡建设局", f"""
<p><b>一、事项名称</b>　建筑工程施工许可证核发</p>
<p><b>二、实施主体</b>　东泽区住房和城乡建设局</p>
<p><b>三、实施编码</b>　{C_SHIGONG}</p>
<p><b>四、办件类型</b>　承诺件</p>
<p><b>五、申报材料</b></p>
<p>1. 建筑工程施工许可申请表（在线填报）；</p>
<p>2. 建设工程规划许可证、用地批准手续由系统自动调取，无需提交；</p>
<p>3. 施工合同及中标通知书（扫描件上传）；</p>
<p>4. 建设资金已落实承诺书；</p>
<p>5. 施工现场安全文明施工措施费用支付计划。</p>
<p><b>六、受理地点</b>　东泽区政务服务中心四楼工程建设项目审批服务专区（东泽区滨湖大道88号）</p>
<p><b>七、办理步骤</b>　网上申报→窗口受理（1个工作日）→审查（2个工作日）→决定及发证（1个工作日）。</p>
<p><b>八、办理时限</b>　法定时限：15个工作日；承诺时限：4个工作日。</p>
<p><b>九、网上申报入口</b>　<a href="/zwfw/apply.jsp?itemid=DZZJ1501">鹤川市工程建设项目审批管理系统</a></p>
""", name="建筑工程施工许可证核发", code=C_SHIGONG, department="东泽区住房和城乡建设局",
      levels=[COUNTY], channels=["online", "counter"], entry="/zwfw/apply.jsp?itemid=DZZJ1501",
      statutory=15, promised=4, case="promised",
      materials=[mat("建筑工程施工许可申请表", "electronic"), mat("建设工程规划许可证", None, True),
                 mat("用地批准手续", None, True), mat("施工合同", "electronic"), mat("中标通知书", "electronic"),
                 mat("建设资金已落实承诺书"), mat("施工现场安全文明施工措施费用支付计划")],
      locations=[loc(HALL, COUNTY)]),

    a("1015", "90717", "2024-03-13", "公共租赁住房资格申请办事指南", "东泽区住房保障服务中心", """
<p><span class="tit">【主管部门】</span>东泽区住房和城乡建设局</p>
<p><span class="tit">【实施主体】</span>东泽区住房保障服务中心</p>
<p><span class="tit">【办件类型】</span>联办件（街道初审、区级审核）</p>
<p><span class="tit">【所需材料】</span></p>
<p>1.公共租赁住房申请表；</p>
<p>2.申请人及家庭成员身份证、户口簿复印件；</p>
<p>3.婚姻状况证明（已婚的提供结婚证，离异的提供离婚证）；</p>
<p>4.家庭住房情况由区不动产登记中心系统查询，申请人无需提交住房证明。</p>
<p><span class="tit">【受理地点】</span>滨河街道便民服务中心；青柳街道便民服务中心；杏花村街道便民服务中心。也可在东泽区政务服务中心一楼24小时自助服务区使用自助终端提交申请。</p>
<p><span class="tit">【办理程序】</span>街道初审（10个工作日）→区住房保障服务中心审核（10个工作日）→公示（5个工作日）→轮候登记。</p>
<p><span class="tit">【承诺时限】</span>25个工作日</p>
""", name="公共租赁住房资格申请", department="东泽区住房保障服务中心",
      levels=[TOWN, COUNTY], channels=["counter", "self_service"], promised=25, case="other",
      materials=[mat("公共租赁住房申请表"), mat("身份证", "paper"), mat("户口簿", "paper"), mat("婚姻状况证明"),
                 mat("住房证明", None, True)],
      locations=[loc("滨河街道便民服务中心", TOWN), loc("青柳街道便民服务中心", TOWN),
                 loc("杏花村街道便民服务中心", TOWN), loc(HALL, COUNTY)]),
]

NOTICE_URL = "/art/2024/4/2/art_1100_90001.html"
NOTICE = """
<p>为方便企业和群众办事，自2024年4月13日起，东泽区政务服务中心（东泽区滨湖大道88号）实行周六延时服务，时间为上午9:00—12:00，开放一楼综合受理窗口（1—6号）及二楼社保、医保窗口。</p>
<p>延时服务期间可办理社会保障卡补换、城乡居民医保参保登记等高频事项，具体以现场公示为准。</p>
<p>咨询电话：0399-86612000。</p>
<p style="text-align:right">东泽区政务服务管理办公室<br>2024年4月2日</p>
"""


# --- page furniture ----------------------------------------------------------------------------------


def page(title: str, position: str, main: str, extra_head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
<meta name="SiteName" content="{SITE}">
<meta name="SiteDomain" content="www.dongze.example.gov.cn">
<link rel="stylesheet" href="/images/style.css">
{extra_head}</head>
<body>
<div class="top">鹤川市东泽区人民政府</div>
<div class="nav"><a href="/">首页</a><a href="/col/col1100/index.html">通知公告</a><a href="/col/col1001/index.html">政务服务</a><a href="javascript:;" title="建设中">互动交流</a></div>
<div class="wrap">
<div class="position">当前位置：{position}</div>
{main}
</div>
<div class="footer">主办：鹤川市东泽区人民政府办公室　承办：东泽区大数据发展中心<br>
东泽区政务服务中心地址：东泽区滨湖大道88号　政务服务热线：0399-86612000　网站标识码：3902030001<br>
<script>document.write('<span>访问量统计</span>');</script></div>
</body>
</html>
"""


def home_link() -> str:
    return '<a href="/">首页</a>'


def col_position(col: str) -> str:
    return (f'{home_link()} &gt; <a href="/col/col1001/index.html">办事指南</a> &gt; '
            f'<a href="/col/col{col}/index.html">{COLUMNS[col]}</a>')


def side() -> str:
    items = "".join(f'<li><a href="/col/col{col}/index.html">{name}</a></li>' for col, name in COLUMNS.items())
    return f'<div class="side"><h3>部门办事指南</h3><ul>{items}</ul></div>'


def list_item(art: Art) -> str:
    return f'<li><a href="{art.url}" target="_blank" title="{esc(art.title)}">{esc(art.title)}</a><span>{art.date}</span></li>'


def article_page(art: Art, related: list[Art]) -> str:
    links = "".join(f'<li><a href="{r.url}">{esc(r.title)}</a></li>' for r in related)
    main = f"""<div class="article">
<table width="100%" cellspacing="0" cellpadding="0">
<tr><td class="title">{esc(art.title)}</td></tr>
<tr><td class="info">发布日期：{art.date}　信息来源：{esc(art.source)}　浏览次数：<span id="hits">--</span>　字号：〖<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>〗</td></tr>
<tr><td id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">{art.body}<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></td></tr>
</table>
<div class="art-foot">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="related"><h4>相关链接</h4><ul>{links}</ul></div>
</div>"""
    head = (f'<meta name="ArticleTitle" content="{esc(art.title)}">\n<meta name="PubDate" content="{art.date}">\n'
            f'<meta name="ContentSource" content="{esc(art.source)}">\n<meta name="ColumnName" content="{COLUMNS.get(art.col, "通知公告")}">\n')
    position = col_position(art.col) if art.col in COLUMNS else f'{home_link()} &gt; <a href="/col/col1100/index.html">通知公告</a>'
    return page(f"{art.title}_{SITE}", position, main, head)


def plain_column(col: str, arts: list[Art]) -> str:
    rows = "".join(list_item(art) for art in arts)
    main = f'{side()}<div class="main"><h2>{COLUMNS[col]}</h2><ul class="list">{rows}</ul>' \
           f'<div class="pager">共{len(arts)}条记录</div></div><div class="clear"></div>'
    return page(f"{COLUMNS[col]}_{SITE}", col_position(col), main)


def record(art: Art) -> str:
    return f"<record><![CDATA[{list_item(art)}]]></record>"


def jpage_column(col: str, inline: list[Art], total: int) -> str:
    nextgroup = (f'<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=1&path=/&columnid={col}'
                 f'&unitid={JPAGE_UNIT}&webname={SITE}&permissiontype=0"></a>')
    store = (f'<script type="text/xml"><datastore><nextgroup><![CDATA[{nextgroup}]]></nextgroup>'
             f'<recordset>{"".join(record(art) for art in inline)}</recordset></datastore></script>')
    config = json_bytes({"container": JPAGE_UNIT, "pager": f"pager{JPAGE_UNIT}", "columnid": col,
                         "unitid": JPAGE_UNIT, "webid": "1", "webname": SITE, "perPage": JPAGE_FIRST,
                         "totalRecord": total, "proxyUrl": "/module/web/jpage/dataproxy.jsp"}).decode("utf-8")
    main = (f'{side()}<div class="main"><h2>{COLUMNS[col]}</h2>'
            f'<div id="{JPAGE_UNIT}" class="default_pgContainer">{store}</div>'
            f'<div id="pager{JPAGE_UNIT}" class="default_pgPanel"></div>'
            f'<script src="/module/jslib/jpage/jpage.js"></script>'
            f'<script>jpageInit({config});</script></div><div class="clear"></div>')
    return page(f"{COLUMNS[col]}_{SITE}", col_position(col), main)


def proxy_answer(arts: list[Art], total: int) -> str:
    pages = -(-total // JPAGE_FIRST)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<datastore>\n<totalrecord>{total}</totalrecord>\n'
            f'<totalpage>{pages}</totalpage>\n<recordset>\n' + "\n".join(record(art) for art in arts)
            + "\n</recordset>\n</datastore>\n")


def home(by_col: dict[str, list[Art]]) -> str:
    blocks = "".join(
        f'<li><a href="/col/col{col}/index.html">{name}</a>（{len(by_col[col])}）</li>' for col, name in COLUMNS.items())
    latest = [art for art in by_col["1013"] + by_col["1015"]][:3]
    main = f"""<div class="side"><h3>政务服务</h3><ul><li><a href="/col/col1001/index.html">办事指南</a></li>
<li><a href="/zwfw/apply.jsp">网上办事</a></li><li><a href="/zwfw/yuyue.jsp">预约办理</a></li></ul></div>
<div class="main"><h2>通知公告</h2><ul class="list"><li><a href="{NOTICE_URL}">关于东泽区政务服务中心实行周六延时服务的公告</a><span>2024-04-02</span></li></ul>
<h2>部门办事指南</h2><ul class="list">{blocks}</ul>
<h2>最新发布</h2><ul class="list">{"".join(list_item(art) for art in latest)}</ul></div><div class="clear"></div>"""
    return page(SITE, home_link(), main)


def guide_column(by_col: dict[str, list[Art]]) -> str:
    rows = "".join(
        f'<li><a href="/col/col{col}/index.html">{name}办事指南</a><span>共{len(by_col[col])}项</span></li>'
        for col, name in COLUMNS.items())
    main = (f'{side()}<div class="main"><h2>办事指南</h2><p>本栏目按部门发布东泽区政务服务事项办事指南，'
            f'具体以东泽区政务服务中心窗口一次性告知为准。</p><ul class="list">{rows}</ul>'
            f'<ul class="list"><li><a href="{NOTICE_URL}">关于东泽区政务服务中心实行周六延时服务的公告</a>'
            f'<span>2024-04-02</span></li></ul></div><div class="clear"></div>')
    return page(f"办事指南_{SITE}", f'{home_link()} &gt; <a href="/col/col1001/index.html">办事指南</a>', main)


def notice_column() -> str:
    main = (f'<div class="main"><h2>通知公告</h2><ul class="list"><li><a href="{NOTICE_URL}">'
            f'关于东泽区政务服务中心实行周六延时服务的公告</a><span>2024-04-02</span></li></ul></div>')
    return page(f"通知公告_{SITE}", f'{home_link()} &gt; 通知公告', main)


def stub(title: str, text: str) -> str:
    return page(f"{title}_{SITE}", f"{home_link()} &gt; {title}",
                f'<div class="main"><h2>{title}</h2><p>{text}</p><p><a href="/">返回首页</a></p></div>')


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    by_col: dict[str, list[Art]] = {col: [art for art in ARTICLES if art.col == col] for col in COLUMNS}
    files: dict[str, str] = {
        "index.html": home(by_col),
        "col/col1001/index.html": guide_column(by_col),
        "col/col1100/index.html": notice_column(),
        "zwfw/apply.jsp": stub("网上办事", "请先登录鹤川市政务服务网统一身份认证平台后办理。"),
        "zwfw/yuyue.jsp": stub("预约办理", "请选择预约事项、日期和时段。预约成功后请按时到窗口办理。"),
    }
    for col, arts in by_col.items():
        if col == JPAGE_COLUMN:
            files[f"col/col{col}/index.html"] = jpage_column(col, arts[:JPAGE_FIRST], len(arts))
            rest = arts[JPAGE_FIRST:]
            end = JPAGE_FIRST + JPAGE_FIRST
            query = f"columnid={col}&endrecord={end}&perpage={JPAGE_FIRST}&startrecord={JPAGE_FIRST + 1}&unitid={JPAGE_UNIT}"
            files[f"module/web/jpage/dataproxy.jsp@{query}"] = proxy_answer(rest, len(arts))
        else:
            files[f"col/col{col}/index.html"] = plain_column(col, arts)
        for art in arts:
            related = [other for other in arts if other is not art][:3]
            files[art.url.lstrip("/")] = article_page(art, related)
    notice = Art("1100", "90001", "2024-04-02", "关于东泽区政务服务中心实行周六延时服务的公告", "东泽区政务服务管理办公室",
                 NOTICE, {})
    files[NOTICE_URL.lstrip("/")] = article_page(notice, [])
    out = {name: text.encode("utf-8") for name, text in files.items()}
    out["module/jslib/jpage/jpage.js"] = asset_text(__file__, "dongze/jpage.js").encode("utf-8")
    out["images/style.css"] = asset_text(__file__, "dongze/style.css").encode("utf-8")
    out["headers.json"] = json_bytes({
        "/module/web/jpage/dataproxy.jsp": "text/xml;charset=UTF-8",
        "/zwfw/*.jsp": "text/html;charset=UTF-8",
        "*/": "text/html;charset=UTF-8",
        "*.html": "text/html;charset=UTF-8",
    }, indent=1)
    out["post.json"] = json_bytes({"/module/web/jpage/dataproxy.jsp": [["columnid", "unitid"]]}, indent=1)
    portal = {
        "id": ID,
        "name": "鹤川市东泽区人民政府（办事指南栏目）",
        "style": "Hanweb-like district CMS: prose 办事指南 articles; one jpage column (inline datastore + POST data proxy)",
        "home": "/",
        "charset": "utf-8",
        "items": [art.row for art in ARTICLES],
    }
    return out, portal
