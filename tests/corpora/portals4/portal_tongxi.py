"""桐溪县人民政府 — the 乡镇街道 sub-sites' 便民服务 pages (GBK, old table layout).

Home → 乡镇街道 → each street office / town / township sub-site (梅村街道办事处, 鹤鸣镇人民政府,
枫林乡人民政府) → its 便民服务 column → guide pages ``content_NNNN.html``; each sub-site also has a
村（社区）便民服务站 column whose pages are the village-level stations' own guides. Guides are
headings in the old style: ``<p>一、办理对象</p>`` numbered paragraphs, ``【申请材料】`` brackets,
``<strong>`` lines, each followed by paragraphs and ``（一）…；（二）…`` lists.

Traps: 梅村街道 is a street office whose name contains 村 (its hall is town level) and its hall
stands on 柳村路; the 桃源村 / 新桥社区 stations and 杨家村村民委员会 are village level; the
county hall appears beside town halls in a few guides; the top menu's 网上办事大厅 is on every page.
"""

from __future__ import annotations

from typing import Any

from tests.corpora.portals4.common import esc, headers_json, impl_code, loc, mat, png, truth_item, usci

PID = "tongxi"
CHARSET = "gbk"

MC = "梅村街道便民服务中心"
HM = "鹤鸣镇便民服务中心"
FL = "枫林乡便民服务中心"
TY = "桃源村便民服务站"
XQ = "新桥社区便民服务站"
YJ = "杨家村村民委员会"
COUNTY = "桐溪县政务服务中心"

U_MC = usci("331127", "MB0MC012")
U_HM = usci("331127", "00275318")

SITES = {
    "mcjd": ("梅村街道办事处", "梅村街道", "桐溪县梅村街道柳村路12号", "0578-6021001"),
    "hmz": ("鹤鸣镇人民政府", "鹤鸣镇", "桐溪县鹤鸣镇鹤鸣大道8号", "0578-6135002"),
    "flx": ("枫林乡人民政府", "枫林乡", "桐溪县枫林乡枫林街20号", "0578-6247003"),
}

NUM = "一二三四五六七八九十"


def P(text: str) -> str:  # noqa: N802
    return f"<p>{text}</p>"


def LIST(*rows: str) -> str:  # noqa: N802
    return "".join(f"<p>（{NUM[i]}）{row}</p>" for i, row in enumerate(rows))


# site, column ("bszn" town guides / "fwz" village stations), page id, title, heading style, sections, truth
GUIDES: list[dict[str, Any]] = [
    # --- 梅村街道 (a street office whose name contains 村) -----------------------------------
    dict(site="mcjd", col="bszn", pid=3021, title="80周岁以上老年人高龄补贴申请", hs="num",
         sections=[
             ("办理对象", P("具有本街道户籍、年满80周岁的老年人。")),
             ("办理依据", P("《桐溪县高龄老人生活补贴发放管理办法》。")),
             ("需要申请材料", LIST("老年人居民身份证原件及复印件1份；", "户口簿原件及复印件1份；", "本人社会保障卡复印件1份。")),
             ("办理流程及时限", P(f"申请人或其家属携带上述材料到{MC}民政窗口提交申请，窗口当场受理，5个工作日内完成审核，审核通过的从次月起按月发放补贴。")),
             ("办理地点", P(f"{MC}（{SITES['mcjd'][2]}）民政窗口。")),
             ("办理时间", P("工作日上午8:30—12:00，下午14:00—17:30。")),
             ("收费标准", P("不收费。")),
             ("咨询电话", P("0578-6021001")),
         ],
         truth=dict(name="80周岁以上老年人高龄补贴申请", department=None, channels=["counter"], promised_days=5,
                    materials=[mat("居民身份证", "paper"), mat("户口簿", "paper"), mat("社会保障卡", "paper")],
                    locations=[loc(MC, "town")])),
    dict(site="mcjd", col="bszn", pid=3022, title="城乡居民基本养老保险参保登记办事指南", hs="bracket",
         sections=[
             ("实施主体", P("梅村街道办事处（社会保障服务站）")),
             ("办理对象", P("年满16周岁、未参加职工基本养老保险的本街道户籍居民（在校学生除外）。")),
             ("申请材料", P("本人身份证、户口簿原件。")),
             ("办理程序", P(f"本人持材料到{MC}社保窗口填写参保登记表，窗口即时办结。也可登录浙里办“社保参保”在线办理，"
                            "在线办理入口：<a href=\"/wsdt/sb.html?sxid=MC0101\">网上申请</a>。")),
             ("办结时限", P("即办件，当场办结，只需跑一次（到现场1次）。")),
             ("咨询电话", P("0578-6021003")),
         ],
         code=impl_code(U_MC, "town", "330100017000", "01"),
         truth=dict(name="城乡居民基本养老保险参保登记", department="梅村街道办事处", channels=["counter", "online"],
                    online_entry_url="/wsdt/sb.html?sxid=MC0101", visits=1, promised_days=0, case_type="immediate",
                    materials=[mat("身份证", "paper"), mat("户口簿", "paper")],
                    locations=[loc(MC, "town")])),
    dict(site="mcjd", col="bszn", pid=3025, title="城乡居民最低生活保障申请", hs="strong",
         sections=[
             ("申请条件", P("共同生活的家庭成员人均月收入低于桐溪县最低生活保障标准，且家庭财产符合规定的本街道户籍居民。")),
             ("所需材料", P("申请人填写《最低生活保障申请审批表》，并提供家庭成员身份证、户口簿、残疾人证（有残疾的）复印件各一份；签署家庭经济状况核对授权书。")),
             ("办事流程", P("（一）申请人向户籍所在社区提出申请，社区协助将材料报送街道；")
              + P(f"（二）{MC}受理后，街道在10个工作日内组织入户调查；")
              + P("（三）调查结果在社区公示7天；")
              + P("（四）公示无异议的，报桐溪县民政局审批，县民政局在10个工作日内作出决定。")
              + P("承诺办结时限：自受理之日起30个工作日内办结。")),
             ("受理地点", P(f"{MC}社会救助窗口。")),
             ("审批部门", P("桐溪县民政局")),
         ],
         truth=dict(name="城乡居民最低生活保障申请", department="桐溪县民政局", channels=["counter"], promised_days=30,
                    materials=[mat("最低生活保障申请审批表"), mat("身份证", "paper"), mat("户口簿", "paper"),
                               mat("残疾人证", "paper"), mat("家庭经济状况核对授权书")],
                    locations=[loc(MC, "town")])),
    dict(site="mcjd", col="bszn", pid=3027, title="流动人口居住登记", hs="num",
         sections=[
             ("办理对象", P("离开常住户口所在地，在本街道居住的流动人员。")),
             ("申请材料", P("身份证；居住处所证明（房屋租赁合同、单位或社区出具的住宿证明均可）。")),
             ("办理方式", P(f"流动人员可到{MC}流动人口服务窗口或居住地所在的{XQ}登记，也可由房东通过“桐溪流管”微信小程序代为登记。")),
             ("办理时限", P("当场办结。")),
             ("办理部门", P("桐溪县公安局梅村派出所")),
         ],
         truth=dict(name="流动人口居住登记", department="桐溪县公安局梅村派出所", channels=["counter", "online"],
                    promised_days=0, case_type="immediate",
                    materials=[mat("身份证"), mat("居住处所证明")],
                    locations=[loc(MC, "town"), loc(XQ, "village")])),
    dict(site="mcjd", col="bszn", pid=3030, title="就业困难人员认定", hs="bracket",
         sections=[
             ("认定对象", P("本街道户籍，处于失业状态并已办理失业登记的大龄、残疾、低保家庭等就业困难人员。")),
             ("需要申请材料", P("1．就业困难人员认定申请表；2．居民身份证；3．相关困难情形证明材料（残疾人证、低保证等）。")),
             ("办理流程", P(f"申请人向{MC}就业服务窗口提出申请，街道5个工作日内完成初审并公示5个工作日，无异议的报县人力社保局审核确认，县人力社保局5个工作日内完成认定。全程15个工作日。")),
             ("办理部门", P("桐溪县人力资源和社会保障局")),
         ],
         truth=dict(name="就业困难人员认定", department="桐溪县人力资源和社会保障局", channels=["counter"],
                    promised_days=15,
                    materials=[mat("就业困难人员认定申请表"), mat("居民身份证"), mat("相关困难情形证明材料")],
                    locations=[loc(MC, "town")])),
    dict(site="mcjd", col="bszn", pid=3033, title="农村部分计划生育家庭奖励扶助申请", hs="num",
         sections=[
             ("扶助对象", P("本人及配偶均为农业户口或界定为农村居民，只生育一个子女或两个女孩，年满60周岁的计划生育家庭。")),
             ("申请材料", P("夫妻双方身份证、户口簿、结婚证原件及复印件各一份，奖励扶助对象确认申报表。")),
             ("办理流程及时限", P(f"每年一月至三月集中申报。申请人向{MC}卫生健康窗口申报，街道初审后报县卫生健康局审批，办结时限20个工作日。需本人到现场1次签字确认。")),
             ("实施部门", P("桐溪县卫生健康局")),
         ],
         truth=dict(name="农村部分计划生育家庭奖励扶助申请", department="桐溪县卫生健康局", channels=["counter"],
                    visits=1, promised_days=20,
                    materials=[mat("身份证", "paper"), mat("户口簿", "paper"), mat("结婚证", "paper"),
                               mat("奖励扶助对象确认申报表")],
                    locations=[loc(MC, "town")])),
    dict(site="mcjd", col="fwz", pid=3040, title="社区居住证明开具", hs="num",
         sections=[
             ("办理对象", P("在本社区实际居住的居民。")),
             ("申请材料", P("居民身份证，房屋产权证或租赁合同原件。")),
             ("办理流程", P(f"居民到{XQ}（新桥路18号社区服务中心一楼）提出申请，社区网格员核实居住情况后当场出具证明。")),
             ("办理时限", P("即办。")),
             ("出具单位", P("新桥社区居民委员会")),
         ],
         truth=dict(name="社区居住证明开具", department="新桥社区居民委员会", channels=["counter"], promised_days=0,
                    case_type="immediate",
                    materials=[mat("居民身份证"), mat("房屋产权证或租赁合同", "paper")],
                    locations=[loc(XQ, "village")])),
    dict(site="mcjd", col="fwz", pid=3041, title="老年人优待证代办", hs="bracket",
         sections=[
             ("服务内容", P("社区便民服务站为辖区60周岁以上老人代办老年人优待证，居民无需到街道。")),
             ("所需材料", P("居民身份证复印件一份、一寸彩色照片一张。")),
             ("办理流程", P(f"老人或家属将材料交至{XQ}，服务站代办员收件后统一报送街道办理，7个工作日内将优待证送回服务站，通知老人领取。")),
             ("跑动次数", P("2次（交材料、领证各1次）。")),
         ],
         truth=dict(name="老年人优待证代办", department=None, channels=["counter"], visits=2, promised_days=7,
                    materials=[mat("居民身份证", "paper"), mat("一寸彩色照片")],
                    locations=[loc(XQ, "village")])),
    # --- 鹤鸣镇 --------------------------------------------------------------------------
    dict(site="hmz", col="bszn", pid=4102, title="农村村民住宅用地审批办事指南", hs="num",
         sections=[
             ("实施主体", P("鹤鸣镇人民政府")),
             ("申请条件", P("本镇农村集体经济组织成员，因分户等原因确需新建住宅，且符合国土空间规划和“一户一宅”规定。")),
             ("提交材料清单", LIST("农村宅基地和建房（规划许可）申请表；", "户口簿复印件；", "村民小组会议记录和村级公示证明；",
                                    "农房设计图或选用的通用图。")),
             ("办理程序", P("第一步：农户向村民小组提出书面申请，村民小组会议讨论通过后在本组公示5个工作日；")
              + P(f"第二步：村级组织审查后，将材料报送{HM}；")
              + P("第三步：镇政府组织自然资源所、农业综合服务中心等联合审查，作出审批决定，核发农村宅基地批准书和乡村建设规划许可证。")),
             ("受理地点", P(f"{HM}一楼综合受理窗口（鹤鸣大道8号）。")),
             ("办理时限", P("法定时限20个工作日；承诺时限15个工作日。")),
         ],
         code=impl_code(U_HM, "town", "330100221000"),
         truth=dict(name="农村村民住宅用地审批", department="鹤鸣镇人民政府", channels=["counter"], statutory_days=20, promised_days=15,
                    materials=[mat("农村宅基地和建房（规划许可）申请表"), mat("户口簿", "paper"),
                               mat("村民小组会议记录和村级公示证明"), mat("农房设计图或选用的通用图")],
                    locations=[loc(HM, "town")])),
    dict(site="hmz", col="bszn", pid=4105, title="农机购置补贴申请", hs="strong",
         sections=[
             ("补贴对象", P("从事农业生产的个人和农业生产经营组织。")),
             ("申请材料", P("1.购机发票原件；2.居民身份证；3.银行卡复印件；4.机具铭牌照片。")),
             ("办理流程", P("购机者可登录省农机购置补贴辅助管理系统在线申请（"
                            "<a href=\"/wsdt/sb.html?sxid=HM0207\"><img src=\"/images/wssq.png\" alt=\"\"></a>），"
                            f"或到{HM}农业综合服务窗口申请。自受理之日起7个工作日内完成审核，审核通过的补贴资金按季度集中兑付。")),
             ("办理部门", P("桐溪县农业农村局")),
         ],
         truth=dict(name="农机购置补贴申请", department="桐溪县农业农村局", channels=["online", "counter"],
                    online_entry_url="/wsdt/sb.html?sxid=HM0207", promised_days=7,
                    materials=[mat("购机发票", "paper"), mat("居民身份证"), mat("银行卡", "paper"), mat("机具铭牌照片")],
                    locations=[loc(HM, "town")])),
    dict(site="hmz", col="bszn", pid=4108, title="林木采伐许可证核发（镇级受理）", hs="bracket",
         sections=[
             ("事项说明", P("本事项由桐溪县林业局委托鹤鸣镇人民政府受理、审核发证，行使层级为县级。")),
             ("申请材料", P("1.林木采伐申请书；2.林权证或其他林木权属证明复印件；3.申请人身份证复印件。")),
             ("办理流程及时限", P(f"申请人到{HM}林业站窗口提交申请，窗口当场受理，镇林业站5个工作日内完成伐区调查设计审核，符合条件的核发林木采伐许可证。"
                                   "法定办结时限20个工作日，承诺5个工作日办结。")),
             ("办理地点", P(f"{HM}林业站窗口；也可到{COUNTY}林业窗口办理。")),
             ("实施机关", P("桐溪县林业局")),
         ],
         truth=dict(name="林木采伐许可证核发（镇级受理）", department="桐溪县林业局", channels=["counter"],
                    statutory_days=20, promised_days=5,
                    materials=[mat("林木采伐申请书"), mat("林权证或其他林木权属证明", "paper"), mat("身份证", "paper")],
                    locations=[loc(HM, "town"), loc(COUNTY, "county")], levels=["county", "town"])),
    dict(site="hmz", col="bszn", pid=4110, title="临时救助申请办事指南", hs="num",
         sections=[
             ("救助对象", P("因突发事件、意外伤害、重大疾病等导致基本生活陷入困境的家庭或个人。")),
             ("申请材料", P("临时救助申请书，申请人身份证、户口簿复印件，医疗费用票据等困难证明材料。")),
             ("办理流程", P(f"申请人向所在村（社区）或直接向{HM}社会事务窗口申请。镇政府3个工作日内审批办结；"
                            "救助金额超过1000元的，镇政府审批后报县民政局备案。")),
             ("咨询电话", P("0578-6135012")),
         ],
         truth=dict(name="临时救助申请", department=None, channels=["counter"], promised_days=3,
                    materials=[mat("临时救助申请书"), mat("身份证", "paper"), mat("户口簿", "paper"),
                               mat("医疗费用票据等困难证明材料")],
                    locations=[loc(HM, "town")])),
    dict(site="hmz", col="bszn", pid=4113, title="城乡居民医疗保险参保缴费", hs="strong",
         sections=[
             ("办理对象", P("未参加职工医保的本镇户籍居民。")),
             ("申请材料", P("身份证或户口簿（无需复印）。")),
             ("办理方式", P(f"一是到{HM}医保窗口缴费；二是在镇便民服务中心大厅的自助服务终端自助缴费；三是通过“浙里办”或税务APP网上缴费。"
                            "全程“零跑腿”可办，到现场次数0次。")),
             ("办理时限", P("即办。")),
         ],
         truth=dict(name="城乡居民医疗保险参保缴费", department=None, channels=["counter", "self_service", "online"],
                    visits=0, promised_days=0, case_type="immediate",
                    materials=[mat("身份证或户口簿")],
                    locations=[loc(HM, "town")])),
    dict(site="hmz", col="fwz", pid=4120, title="城乡居民医保参保（村级代办）", hs="num",
         sections=[
             ("服务内容", P("桃源村便民服务站为本村村民代办城乡居民医疗保险参保登记和缴费。")),
             ("需要材料", P("村民户口簿（原件）。")),
             ("办理方式", P(f"村民到{TY}（桃源村文化礼堂一楼）找代办员办理，代办员当场录入，当场办结。")),
             ("联系电话", P("0578-6135166（代办员）")),
         ],
         truth=dict(name="城乡居民医保参保（村级代办）", department=None, channels=["counter"], promised_days=0,
                    case_type="immediate", materials=[mat("户口簿", "paper")],
                    locations=[loc(TY, "village")])),
    dict(site="hmz", col="fwz", pid=4121, title="生育登记代办", hs="bracket",
         sections=[
             ("服务对象", P("桃源村户籍的育龄夫妻。")),
             ("所需材料", P("夫妻双方身份证，户口簿、结婚证无需提供。")),
             ("办理流程", P(f"到{TY}由代办员通过系统提交登记，或自行在“浙里办”搜索“生育登记”在线办理，提交后即办，到现场次数不超过1次。")),
         ],
         truth=dict(name="生育登记代办", department=None, channels=["counter", "online"], visits=1, promised_days=0,
                    case_type="immediate",
                    materials=[mat("身份证"), mat("户口簿", None, True), mat("结婚证", None, True)],
                    locations=[loc(TY, "village")])),
    # --- 枫林乡 --------------------------------------------------------------------------
    dict(site="flx", col="bszn", pid=5201, title="农村困难群众危房改造申请", hs="num",
         sections=[
             ("申请对象", P("居住在危房中的农村低保户、分散供养特困人员、低保边缘家庭和贫困残疾人家庭。")),
             ("申请材料", P("危房改造申请表，户口簿及身份证复印件，房屋安全鉴定报告。")),
             ("办理流程及时限", P(f"农户向村委会提出申请，村民代表大会评议并公示后报{FL}。乡政府组织入户核查，审核结果公示7天后，"
                                   "报县住房和城乡建设局审批。")),
             ("办理地点", P(f"{FL}（枫林街20号）。")),
             ("实施部门", P("桐溪县住房和城乡建设局")),
         ],
         truth=dict(name="农村困难群众危房改造申请", department="桐溪县住房和城乡建设局", channels=["counter"],
                    materials=[mat("危房改造申请表"), mat("户口簿", "paper"), mat("身份证", "paper"), mat("房屋安全鉴定报告")],
                    locations=[loc(FL, "town")])),
    dict(site="flx", col="bszn", pid=5204, title="农村土地承包经营权流转合同鉴证", hs="strong",
         sections=[
             ("办理对象", P("流转土地承包经营权的农户和受让方。")),
             ("提交材料", LIST("土地流转合同原件；", "流出方土地承包经营权证复印件；", "双方身份证复印件。")),
             ("办理流程", P(f"流转双方到{FL}农经站提交材料，经办人员审核合同条款，符合规定的3个工作日内鉴证。可以邮寄方式递交材料。")),
             ("收费", P("不收费。")),
         ],
         truth=dict(name="农村土地承包经营权流转合同鉴证", department=None, channels=["counter", "post"], promised_days=3,
                    materials=[mat("土地流转合同", "paper"), mat("土地承包经营权证", "paper"), mat("身份证", "paper")],
                    locations=[loc(FL, "town")])),
    dict(site="flx", col="bszn", pid=5207, title="惠民殡葬补贴申请", hs="num",
         sections=[
             ("补贴对象", P("户籍在本乡、死亡后实行火化的人员，补贴由其家属申领。")),
             ("申请材料", P("火化证明、户口注销证明、申领人身份证和银行卡，以上均提供复印件。")),
             ("办理流程", P(f"家属到{FL}民政窗口申请，窗口当场审核，15个工作日内将补贴发放至申领人账户。只需跑一次，到现场1次。")),
             ("办理部门", P("枫林乡人民政府")),
         ],
         truth=dict(name="惠民殡葬补贴申请", department="枫林乡人民政府", channels=["counter"], visits=1, promised_days=15,
                    materials=[mat("火化证明", "paper"), mat("户口注销证明", "paper"), mat("身份证", "paper"),
                               mat("银行卡", "paper")],
                    locations=[loc(FL, "town")])),
    dict(site="flx", col="bszn", pid=5209, title="残疾人证办理（乡级受理）", hs="bracket",
         sections=[
             ("办理对象", P("本乡户籍、需申领第二代残疾人证的残疾人。")),
             ("申请材料", P("居民身份证、户口簿原件，近期二寸免冠白底彩色照片3张。")),
             ("办理流程", P(f"第一步：申请人到{FL}残联窗口提出申请，当场受理；第二步：到县指定医院进行残疾评定，评定机构10个工作日内出具评定结论；"
                            f"第三步：县残联5个工作日内审核发证，证件寄送至{FL}，通知本人领取。本事项合计15个工作日。")),
             ("办理部门", P("桐溪县残疾人联合会")),
         ],
         truth=dict(name="残疾人证办理（乡级受理）", department="桐溪县残疾人联合会", channels=["counter"], promised_days=15,
                    materials=[mat("居民身份证", "paper"), mat("户口簿", "paper"), mat("近期二寸免冠白底彩色照片")],
                    locations=[loc(FL, "town")])),
    dict(site="flx", col="fwz", pid=5220, title="农村村民建房申请（村级审查）", hs="num",
         sections=[
             ("办理对象", P("杨家村集体经济组织成员。")),
             ("申请材料", P("建房申请书，户口簿复印件。")),
             ("办理流程", P(f"村民向{YJ}提出申请，村民委员会召开村民代表会议讨论，7个工作日内完成审查并在村务公开栏公示，公示无异议的报{FL}。")),
             ("办理地点", P(f"{YJ}办公室（杨家村村部）。")),
         ],
         truth=dict(name="农村村民建房申请（村级审查）", department=None, channels=["counter"], promised_days=7,
                    materials=[mat("建房申请书"), mat("户口簿", "paper")],
                    locations=[loc(YJ, "village")])),
    dict(site="flx", col="fwz", pid=5221, title="高龄津贴资格认证（村级代办）", hs="bracket",
         sections=[
             ("服务内容", P("杨家村村民委员会代办员每年上门为80周岁以上老人进行高龄津贴领取资格认证，老人无需跑腿。")),
             ("所需材料", P("无需提供材料。")),
             ("办理方式", P("代办员上门采集照片后报乡民政窗口，当场办结。")),
             ("办理地点", P(f"{YJ}（上门服务）。")),
             ("跑动次数", P("0次。")),
         ],
         truth=dict(name="高龄津贴资格认证（村级代办）", department=None, channels=[], visits=0, promised_days=0,
                    case_type="immediate", locations=[loc(YJ, "village")])),
    dict(site="hmz", col="bszn", pid=4116, title="退役军人优抚对象抚恤补助申请", hs="strong",
         sections=[
             ("办理对象", P("本镇户籍的在乡老复员军人、带病回乡退伍军人、参战参试退役人员等优抚对象。")),
             ("申请材料", P("身份证、户口簿、退役证件原件及复印件，优抚对象身份认定相关材料。")),
             ("办理流程及时限", P(f"申请人向{HM}退役军人服务站提出申请，服务站5个工作日内审核后报县退役军人事务局，"
                                   "县退役军人事务局15个工作日内审批。两个环节合计20个工作日。")),
             ("办理地点", P(f"{HM}二楼退役军人服务站。")),
             ("审批部门", P("桐溪县退役军人事务局")),
         ],
         truth=dict(name="退役军人优抚对象抚恤补助申请", department="桐溪县退役军人事务局", channels=["counter"],
                    promised_days=20,
                    materials=[mat("身份证", "paper"), mat("户口簿", "paper"), mat("退役证件", "paper"),
                               mat("优抚对象身份认定相关材料")],
                    locations=[loc(HM, "town")])),
]


def heading(style: str, index: int, text: str) -> str:
    if style == "num":
        return f"<p>{NUM[index]}、{esc(text)}</p>"
    if style == "strong":
        return f"<p><strong>{NUM[index]}、{esc(text)}</strong></p>"
    return f"<p><b>【{esc(text)}】</b></p>"


STYLE = """<style type="text/css">
body{margin:0;font-size:12px;font-family:宋体;background:#e9efe4}
.top{height:90px;background:#2e7d32;color:#fff;font-size:28px;font-weight:bold;padding-left:20px}
.menu{background:#1b5e20;height:32px}.menu a{color:#fff;margin:0 12px;line-height:32px}
.pos{height:28px;border-bottom:1px solid #ccc}.left{width:210px;background:#f4f8f1}.content{font-size:14px;line-height:28px}
.title{text-align:center;font-size:20px;font-weight:bold;color:#b00}.info{text-align:center;color:#888}
.foot{background:#2e7d32;color:#fff;text-align:center;line-height:22px;padding:8px}
</style>
"""


def page(title: str, site: str | None, crumbs: list[tuple[str, str]], body: str) -> str:
    if site:
        office, short, address, tel = SITES[site]
        banner = f"桐溪县人民政府　{office}"
        menu = (f'<a href="/">县政府首页</a>|<a href="/xzjd/{site}/">{short}首页</a>|<a href="/xzjd/{site}/gk.html">{short}概况</a>|'
                f'<a href="/xzjd/{site}/bszn/">便民服务</a>|<a href="/xzjd/{site}/fwz/">村（社区）服务站</a>|<a href="/wsdt/">网上办事大厅</a>')
        side = (f'<p><b>便民服务导航</b></p><p><a href="/xzjd/{site}/bszn/">办事指南</a></p>'
                f'<p><a href="/xzjd/{site}/fwz/">村（社区）便民服务站</a></p><p><a href="/wsdt/">网上办事大厅</a></p>'
                f'<p><a href="/xzjd/">其他乡镇街道</a></p><p>{esc(office)}<br>地址：{esc(address)}<br>电话：{tel}</p>')
    else:
        banner = "桐溪县人民政府"
        menu = ('<a href="/">首页</a>|<a href="/zwgk/">政务公开</a>|<a href="/xzjd/">乡镇街道</a>|'
                '<a href="/wsdt/">网上办事大厅</a>|<a href="/hdjl/">互动交流</a>')
        side = '<p><b>快速导航</b></p><p><a href="/xzjd/">乡镇街道</a></p><p><a href="/wsdt/">网上办事大厅</a></p><p><a href="/hdjl/">县长信箱</a></p>'
    crumb = " &gt; ".join(f'<a href="{href}">{esc(label)}</a>' for label, href in crumbs)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{esc(title)}</title>
{STYLE}</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td class="top">{esc(banner)}</td></tr>
<tr><td class="menu">{menu}</td></tr>
<tr><td class="pos">您现在的位置：{crumb}</td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="8"><tr>
<td class="left" valign="top">{side}</td>
<td valign="top">{body}</td>
</tr></table></td></tr>
<tr><td class="foot">主办单位：桐溪县人民政府办公室　承办：桐溪县大数据发展管理局　联系电话：0578-6011234<br>
浙ICP备10023456号　网站标识码：3311270001　建议使用1024*768分辨率浏览</td></tr>
</table>
</body>
</html>
"""


def guide_page(guide: dict[str, Any], number: int) -> str:
    office, short, _address, _tel = SITES[guide["site"]]
    col = "办事指南" if guide["col"] == "bszn" else "村（社区）服务站"
    parts = [f'<div class="title">{esc(guide["title"])}</div>',
             f'<div class="info">发布日期：2023-{(number % 9) + 3:02d}-{(number * 7) % 27 + 1:02d}　信息来源：{esc(office)}　'
             '浏览次数：<script>document.write(Math.floor(Math.random()*900+100))</script></div><div class="content">']
    for index, (title, body) in enumerate(guide["sections"]):
        parts.append(heading(guide["hs"], index, title) + body)
    if guide.get("code"):
        parts.append(P(f"事项编码：{guide['code']}"))
    parts.append('</div><p align="center"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></p>')
    return page(f"{guide['title']}-{office}", guide["site"],
                [("首页", "/"), ("乡镇街道", "/xzjd/"), (short, f"/xzjd/{guide['site']}/"),
                 (col, f"/xzjd/{guide['site']}/{guide['col']}/")], "".join(parts))


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    files: dict[str, str | bytes] = {}
    items = []
    for number, guide in enumerate(GUIDES):
        url = f"/xzjd/{guide['site']}/{guide['col']}/content_{guide['pid']}.html"
        files[url.lstrip("/")] = guide_page(guide, number)
        item = truth_item(url=url, item_code=guide.get("code"), **guide["truth"])
        items.append(item)
        if item["online_entry_url"]:
            sxid = item["online_entry_url"].split("=", 1)[1]
            files[f"wsdt/sb.html@sxid={sxid}"] = page("网上申报-桐溪县网上办事大厅", None,
                                                      [("首页", "/"), ("网上办事大厅", "/wsdt/")],
                                                      f"<p>事项{sxid}：请使用浙里办账号登录后申报。</p>")
    for site, (office, short, address, tel) in SITES.items():
        for col, label in (("bszn", "办事指南"), ("fwz", "村（社区）便民服务站")):
            rows = [g for g in GUIDES if g["site"] == site and g["col"] == col]
            lis = "".join(f'<tr><td>·<a href="content_{g["pid"]}.html" target="_blank">{esc(g["title"])}</a></td></tr>'
                          for g in rows)
            files[f"xzjd/{site}/{col}/index.html"] = page(
                f"{label}-{office}", site, [("首页", "/"), ("乡镇街道", "/xzjd/"), (short, f"/xzjd/{site}/"),
                                           (label, f"/xzjd/{site}/{col}/")],
                f'<p><b>{label}</b></p><table width="100%">{lis}</table>')
        files[f"xzjd/{site}/index.html"] = page(
            office, site, [("首页", "/"), ("乡镇街道", "/xzjd/"), (short, f"/xzjd/{site}/")],
            f'<p><b>工作动态</b></p><p>·{esc(short)}召开安全生产工作会议</p><p><b>便民服务</b></p>'
            f'<p><a href="/xzjd/{site}/bszn/">办事指南</a>　<a href="/xzjd/{site}/fwz/">村（社区）便民服务站</a></p>')
        files[f"xzjd/{site}/gk.html"] = page(
            f"{short}概况", site, [("首页", "/"), ("乡镇街道", "/xzjd/"), (short, f"/xzjd/{site}/")],
            f"<p>{esc(office)}驻地{esc(address)}，联系电话{tel}。</p>")
    towns = "".join(f'<p>·<a href="/xzjd/{site}/">{esc(short)}</a></p>' for site, (_o, short, _a, _t) in SITES.items())
    files["xzjd/index.html"] = page("乡镇街道-桐溪县人民政府", None, [("首页", "/"), ("乡镇街道", "/xzjd/")], towns)
    files["index.html"] = page("桐溪县人民政府", None, [("首页", "/")],
                               f'<p><img src="/images/banner.png" alt=""></p><p><b>乡镇街道</b></p>{towns}'
                               '<p><b>政务公开</b></p><p><a href="/zwgk/">政府信息公开目录</a></p>')
    for path, title in (("zwgk", "政务公开"), ("hdjl", "互动交流")):
        files[f"{path}/index.html"] = page(f"{title}-桐溪县人民政府", None, [("首页", "/"), (title, f"/{path}/")],
                                           f"<p>{title}栏目。</p>")
    files["wsdt/index.html"] = page("桐溪县网上办事大厅", None, [("首页", "/"), ("网上办事大厅", "/wsdt/")],
                                    "<p>请登录浙里办统一身份认证后办理。</p>")
    out: dict[str, bytes] = {name: (data.encode(CHARSET) if isinstance(data, str) else data)
                             for name, data in files.items()}
    out["images/wssq.png"] = png(88, 28, (46, 125, 50))
    out["images/banner.png"] = png(200, 40, (46, 125, 50))
    out["headers.json"] = headers_json(CHARSET)
    portal = {"id": PID, "name": "桐溪县人民政府（乡镇街道便民服务）", "style": "street-office-numbered-prose",
              "home": "/", "charset": CHARSET, "served_content_type": f"text/html; charset={CHARSET}",
              "items": items}
    return out, portal
