"""A pool of real catalogue items (事项) and the three fictional cities of the third blind corpus.

Item names, materials, limits and legal bases follow real implementation lists; numbers are
typical, not copied from one city. Cities and their codes are fictional: prefectures numbered 91
or 92 in Guizhou (52), Gansu (62) and Fujian (35), none of which portals1 or portals2 uses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from tests.corpora.portals3.model import Guide, Hall, Material, Step, usci_for

# --- sectors ---------------------------------------------------------------------------------

# sector -> (2-digit department code inside the basic code, city suffix, county suffix)
SECTORS: dict[str, tuple[str, str, str]] = {
    "jyj": ("02", "教育局", "教育局"),
    "gaj": ("05", "公安局", "公安局"),
    "mzj": ("07", "民政局", "民政局"),
    "rsj": ("10", "人力资源和社会保障局", "人力资源和社会保障局"),
    "zrzy": ("11", "自然资源和规划局", "自然资源局"),
    "sthj": ("12", "生态环境局", "生态环境局"),
    "zjj": ("13", "住房和城乡建设局", "住房和城乡建设局"),
    "jtj": ("14", "交通运输局", "交通运输局"),
    "slj": ("15", "水务局", "水务局"),
    "nyj": ("16", "农业农村局", "农业农村局"),
    "wlj": ("18", "文化广电旅游局", "文体广电旅游局"),
    "wjw": ("19", "卫生健康委员会", "卫生健康局"),
    "tyjr": ("20", "退役军人事务局", "退役军人事务局"),
    "scjg": ("23", "市场监督管理局", "市场监督管理局"),
    "ybj": ("35", "医疗保障局", "医疗保障局"),
    "cgj": ("41", "城市管理局", "综合行政执法局"),
    "lyj": ("64", "林业局", "林业局"),
    "cl": ("80", "残疾人联合会", "残疾人联合会"),
}

# --- item templates ---------------------------------------------------------------------------

P, E, B = "paper", "electronic", "both"


def m(name: str, form: str = P, mtype: str = "3", source: str = "10", need: str = "1", originals: int = 1,
      copies: int = 0, exempt: str = "", note: str = "") -> Material:
    return Material(name, form, mtype, source, need, originals, copies, exempt, note)


@dataclass(frozen=True)
class Template:
    slug: str
    name: str
    type_code: str
    sector: str
    main: str
    sub: str
    statutory: int | None
    promised: int
    case: str
    handle: str  # handle-type digits, e.g. "12"
    depth: int | None
    visits: int
    serve: str  # serve-type digits
    fee: bool
    law: str
    materials: tuple[Material, ...]
    conditions: tuple[str, ...] = ()
    reason: str = "需现场核验申请人身份及材料原件"


ID_CARD = "居民身份证"
TEMPLATES: tuple[Template, ...] = (
    Template("spjy", "食品经营许可（新办）", "01", "scjg", "011", "001", 20, 10, "2", "123", 3, 1, "26", False,
             "《中华人民共和国食品安全法》第三十五条",
             (m("食品经营许可申请书", B, "2"),
              m("营业执照或者其他主体资格证明文件", P, "1", "20", exempt="share"),
              m("与食品经营相适应的主要设备设施布局、操作流程等文件", B),
              m("食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度", P),
              m("法定代表人（负责人）身份证明", P, "1", "20", exempt="elic")),
             ("有与经营的食品品种、数量相适应的经营场所", "有专职或者兼职的食品安全管理人员")),
    Template("ypls", "药品零售企业许可", "01", "scjg", "027", "000", 30, 15, "2", "12", 3, 1, "2", False,
             "《中华人民共和国药品管理法》第五十一条",
             (m("《药品经营许可证》申请表", B, "2"),
              m("营业执照", P, "1", "20", exempt="share"),
              m("执业药师注册证", P, "1", "20", copies=1),
              m("经营场所和仓库平面布置图及房屋产权或者使用权证明", P, copies=1),
              m("质量管理文件及主要设施、设备目录", P))),
    Template("ggcs", "公共场所卫生许可", "01", "wjw", "008", "000", 20, 5, "2", "123", 4, 0, "26", False,
             "《公共场所卫生管理条例》第八条",
             (m("公共场所卫生许可申请表", E, "2"),
              m("法定代表人或者负责人身份证明", E, "1", "20", exempt="elic"),
              m("公共场所地址方位示意图、平面图和卫生设施平面布局图", E),
              m("公共场所卫生检测或者评价报告", E, source="30"),
              m("公共场所卫生管理制度", E))),
    Template("yljg", "医疗机构执业登记", "01", "wjw", "001", "002", 45, 20, "2", "12", 2, 2, "34", False,
             "《医疗机构管理条例》第十五条",
             (m("《医疗机构申请执业登记注册书》", P, "2"),
              m("《设置医疗机构批准书》或者《设置医疗机构备案回执》", P, "1", "20"),
              m("医疗机构用房产权证明或者使用证明", P, copies=1),
              m("医疗机构建筑设计平面图", P),
              m("验资证明、资产评估报告", P, source="30"),
              m("医疗机构规章制度", P),
              m("医疗机构法定代表人或者主要负责人以及各科室负责人名录和有关资格证书、执业证书复印件", P, originals=0,
                copies=1)),
             reason="需现场核验用房及设备"),
    Template("hszc", "护士执业注册", "01", "wjw", "002", "001", 20, 10, "2", "2", 4, 0, "1", False,
             "《护士条例》第八条",
             (m("护士执业注册申请审核表", E, "2"),
              m("申请人身份证明", E, "1", "20", exempt="elic"),
              m("申请人学历证书及专业学习中的临床实习证明", E, "1"),
              m("护士执业资格考试成绩合格证明", E, "1", "20", exempt="share"),
              m("医疗卫生机构拟聘用的相关材料", E),
              m("健康体检证明", E, source="30"))),
    Template("sybx", "失业保险金申领", "05", "rsj", "003", "000", None, 0, "1", "12", 4, 0, "1", False,
             "《失业保险条例》第十六条",
             (m("社会保障卡或者居民身份证", B, "1", "20", exempt="elic"),
              m("终止或者解除劳动合同的证明", B, source="99"),
              m("本人银行账户信息", B, need="2"))),
    Template("jycy", "就业创业证申领", "20", "rsj", "011", "000", None, 0, "1", "12", 4, 0, "1", False,
             "《就业服务与就业管理规定》第六十一条",
             (m(ID_CARD, B, "1", "20", exempt="elic"),
              m("近期一寸免冠照片", P))),
    Template("sbk", "社会保障卡申领", "20", "rsj", "024", "001", None, 0, "1", "124", 3, 1, "1", False,
             "《中华人民共和国社会保险法》第五十八条",
             (m(ID_CARD, P, "1", "20"),
              m("近期一寸白底免冠彩色照片", P)),
             reason="即时制卡需本人到场采集信息"),
    Template("dibao", "最低生活保障审核确认", "05", "mzj", "001", "000", 30, 20, "2", "1", None, 1, "1", False,
             "《社会救助暂行办法》第十一条",
             (m("最低生活保障申请书", P, "2"),
              m("家庭成员户口簿", P, "1", "20", exempt="share"),
              m("家庭成员居民身份证", P, "1", "20", exempt="elic"),
              m("家庭经济状况核对授权书", P, "2"),
              m("家庭收入及财产状况声明", P, "2")),
             reason="需入户调查并签署授权书"),
    Template("jhdj", "内地居民结婚登记", "07", "mzj", "003", "001", None, 0, "1", "1", None, 1, "1", True,
             "《婚姻登记条例》第五条",
             (m("本人的户口簿", P, "1", "20"),
              m("本人的居民身份证", P, "1", "20"),
              m("本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明", P, "2"),
              m("近期半身免冠合影照片", P, originals=3)),
             reason="婚姻登记须男女双方共同到场"),
    Template("sttt", "社会团体成立登记", "01", "mzj", "010", "001", 60, 30, "2", "12", 3, 1, "4", False,
             "《社会团体登记管理条例》第九条",
             (m("社会团体成立登记申请书", B, "2"),
              m("业务主管单位的批准文件", P, "1", "20"),
              m("验资报告", P, source="30"),
              m("住所使用权证明", P, copies=1),
              m("章程草案", B),
              m("拟任负责人基本情况、身份证明", P))),
    Template("jzz", "居住证签发", "20", "gaj", "037", "000", 15, 7, "2", "123", 3, 1, "1", False,
             "《居住证暂行条例》第九条",
             (m(ID_CARD, P, "1", "20", exempt="elic"),
              m("近期一寸白底免冠照片", P),
              m("居住证明（房屋租赁合同、房屋产权证明文件或者单位住宿证明）", P, copies=1),
              m("就业、就读证明", P, need="2")),
             reason="首次申领需本人到场采集人像"),
    Template("dlhy", "道路货物运输经营许可", "01", "jtj", "006", "001", 20, 5, "2", "12", 3, 1, "26", False,
             "《中华人民共和国道路运输条例》第二十四条",
             (m("《道路货物运输经营申请表》", B, "2"),
              m("负责人身份证明，经办人的身份证明和委托书", P, "1"),
              m("机动车辆行驶证、车辆技术等级评定结论复印件", P, "1", "20", originals=0, copies=1),
              m("拟聘用驾驶员的机动车驾驶证、从业资格证", P, "1", "20", exempt="share"),
              m("安全生产管理制度文本", B))),
    Template("czsy", "巡游出租汽车驾驶员从业资格证核发", "01", "jtj", "019", "002", 20, 10, "2", "12", 3, 1, "1", True,
             "《出租汽车驾驶员从业资格管理规定》第十二条",
             (m("《巡游出租汽车驾驶员从业资格证申请表》", P, "2"),
              m("机动车驾驶证", P, "1", "20", copies=1, exempt="elic"),
              m("无交通肇事犯罪、危险驾驶犯罪记录证明", P, "1", "20"),
              m("近期一寸免冠照片", P))),
    Template("sgxk", "建筑工程施工许可证核发", "01", "zjj", "007", "000", 15, 3, "2", "2", 4, 0, "2", False,
             "《中华人民共和国建筑法》第八条",
             (m("建筑工程施工许可申请表", E, "2"),
              m("建设工程规划许可证", E, "1", "20", exempt="share"),
              m("施工合同", E),
              m("施工图设计文件审查合格书", E, "1", "30", exempt="share"),
              m("建设资金已经落实承诺书", E, "2"))),
    Template("spfys", "商品房预售许可", "01", "zjj", "012", "000", 10, 5, "2", "12", 3, 1, "2", False,
             "《城市房地产开发经营管理条例》第二十三条",
             (m("商品房预售许可申请表", B, "2"),
              m("营业执照和房地产开发企业资质证书", P, "1", "20", exempt="share"),
              m("国有土地使用权证明", P, "1", "20", copies=1),
              m("建设工程规划许可证和施工许可证", P, "1", "20", exempt="share"),
              m("商品房预售方案", B))),
    Template("bdcsc", "不动产首次登记", "07", "zrzy", "001", "001", 30, 5, "2", "12", 3, 1, "126", True,
             "《不动产登记暂行条例》第十四条",
             (m("不动产登记申请书", P, "2"),
              m("申请人身份证明", P, "1", "20", exempt="elic"),
              m("不动产权属来源证明材料", P, "1", "20"),
              m("不动产界址、空间界限、面积等材料", P, source="30"),
              m("相关税费缴纳凭证", P, "1", "20", exempt="share"))),
    Template("hpbg", "建设项目环境影响报告表审批", "01", "sthj", "002", "002", 30, 15, "2", "12", 3, 1, "26", False,
             "《中华人民共和国环境影响评价法》第二十二条",
             (m("建设项目环境影响报告表审批申请书", B, "2"),
              m("建设项目环境影响报告表", B, source="30"),
              m("环境影响报告表编制单位信用承诺书", B, source="30"))),
    Template("pwxk", "排污许可", "01", "sthj", "005", "000", 30, 20, "2", "2", 4, 0, "26", False,
             "《排污许可管理条例》第十四条",
             (m("排污许可证申请表", E, "2"),
              m("排污单位守法承诺书", E, "2"),
              m("排污单位有关排污口规范化的情况说明", E),
              m("建设项目环境影响评价文件审批文号", E, "1", "20", exempt="share"))),
    Template("mbxx", "民办学校办学许可", "01", "jyj", "004", "001", 90, 30, "2", "1", None, 2, "4", False,
             "《中华人民共和国民办教育促进法》第十四条",
             (m("申办报告", P, "2"),
              m("举办者的姓名、住址或者名称、地址", P),
              m("资产来源、资金数额及有效证明文件", P, copies=1),
              m("校长、教师、财会人员的资格证明文件", P, "1", "20", copies=1),
              m("民办学校章程", P)),
             reason="需现场核查办学场地"),
    Template("ylcs", "娱乐场所经营许可", "01", "wlj", "004", "000", 20, 10, "2", "12", 3, 1, "26", False,
             "《娱乐场所管理条例》第十一条",
             (m("娱乐场所经营许可申请书", B, "2"),
              m("营业执照", P, "1", "20", exempt="share"),
              m("投资人、法定代表人、主要负责人的有效身份证件以及无《娱乐场所管理条例》第四条、第五条规定情形的书面声明",
                P, "1"),
              m("场所平面示意图", P))),
    Template("ybcb", "城乡居民基本医疗保险参保登记", "20", "ybj", "001", "002", None, 0, "1", "12", 4, 0, "1", False,
             "《中华人民共和国社会保险法》第二十五条",
             (m("居民身份证或者户口簿", B, "1", "20", exempt="elic"),)),
    Template("ydjy", "异地就医备案", "20", "ybj", "012", "000", None, 0, "1", "2", 4, 0, "1", False,
             "《关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》",
             (m("参保人员有效身份证件或者社会保障卡", E, "1", "20", exempt="elic"),
              m("异地长期居住人员备案承诺书", E, "2"))),
    Template("syjt", "生育津贴申领", "05", "ybj", "008", "001", None, 10, "2", "12", 3, 1, "12", False,
             "《中华人民共和国社会保险法》第五十六条",
             (m("医学出生证明", P, "1", "20", exempt="share"),
              m("生育医疗费用票据", P),
              m("单位银行账户信息", P, "3"))),
    Template("syjy", "兽药经营许可证核发", "01", "nyj", "031", "000", 30, 15, "2", "12", 3, 1, "26", False,
             "《兽药管理条例》第二十二条",
             (m("兽药经营许可证申请表", B, "2"),
              m("兽医、药学或者相关专业技术人员学历、职称证明及身份证明", P, "1", copies=1),
              m("经营场所、仓库的产权或者租赁证明", P, copies=1),
              m("质量管理文件", P))),
    Template("jzlj", "城市建筑垃圾处置核准", "01", "cgj", "003", "000", 20, 5, "2", "12", 3, 1, "26", False,
             "《城市建筑垃圾管理规定》第七条",
             (m("城市建筑垃圾处置核准申请表", B, "2"),
              m("建筑垃圾处置方案", B),
              m("与符合规定的运输单位签订的运输合同", P, copies=1),
              m("建筑垃圾消纳场的土地用途证明", P, "1", "20"))),
    Template("lmcf", "林木采伐许可证核发", "01", "lyj", "213", "003", 20, 5, "2", "123", 3, 1, "126", False,
             "《中华人民共和国森林法》第五十六条",
             (m("林木采伐申请书", B, "2"),
              m("林木权属证明", P, "1", "20", exempt="share"),
              m("伐区调查设计文件", P, source="30"))),
    Template("qsxk", "取水许可", "01", "slj", "001", "000", 45, 20, "2", "12", 3, 1, "26", False,
             "《取水许可和水资源费征收管理条例》第十一条",
             (m("取水许可申请书", B, "2"),
              m("建设项目水资源论证报告书", P, source="30"),
              m("与第三者利害关系的相关说明", P))),
    Template("cjrz", "残疾人证新办", "20", "cl", "001", "001", None, 15, "2", "1", None, 2, "1", False,
             "《中华人民共和国残疾人证管理办法》第七条",
             (m("居民身份证或者户口簿", P, "1", "20", exempt="elic"),
              m("近期二寸免冠白底彩色照片", P, originals=3),
              m("残疾评定表", P, source="99", need="3")),
             reason="需到指定医疗机构进行残疾评定"),
    Template("lsby", "烈士褒扬金给付", "05", "tyjr", "002", "000", 30, 20, "2", "1", None, 1, "1", False,
             "《烈士褒扬条例》第十二条",
             (m("烈士褒扬金申领表", P, "2"),
              m("烈士证书", P, "1", "20", copies=1),
              m("烈士遗属身份证明", P, "1", "20"))),
    Template("hwgg", "户外广告设施设置审批", "01", "cgj", "007", "000", 20, 5, "2", "12", 3, 1, "26", False,
             "《城市市容和环境卫生管理条例》第十一条",
             (m("户外广告设施设置申请表", B, "2"),
              m("户外广告设施设计效果图", B),
              m("设置场地权属证明或者使用权证明", P, copies=1),
              m("结构安全性评估报告（大型户外广告设施提供）", P, source="30", need="2"))),
    Template("lsjz", "临时救助", "05", "mzj", "007", "000", None, 10, "2", "1", None, 1, "1", False,
             "《社会救助暂行办法》第四十八条",
             (m("临时救助申请书", P, "2"),
              m("申请人身份证明", P, "1", "20", exempt="elic"),
              m("家庭经济状况核对授权书", P, "2"),
              m("遭遇困难的相关证明", P))),
    Template("glbt", "高龄津贴申领", "05", "mzj", "012", "000", None, 15, "2", "12", 2, 1, "1", False,
             "《中华人民共和国老年人权益保障法》第三十三条",
             (m("高龄津贴申请表", P, "2"),
              m("申请人居民身份证", P, "1", "20", exempt="elic"),
              m("户口簿", P, "1", "20", exempt="share"),
              m("本人银行卡或者存折", P, copies=1))),
    Template("gtzc", "个体工商户设立登记", "01", "scjg", "001", "003", 15, 0, "1", "12", 4, 0, "5", False,
             "《促进个体工商户发展条例》第八条",
             (m("个体工商户登记（备案）申请书", B, "2"),
              m("经营者身份证明", B, "1", "20", exempt="elic"),
              m("经营场所使用相关文件", B),
              m("委托代理人的身份证明及委托书", B, need="2"))),
    Template("tzsb", "特种设备使用登记", "01", "scjg", "045", "000", 15, 5, "2", "12", 3, 1, "26", False,
             "《中华人民共和国特种设备安全法》第三十三条",
             (m("特种设备使用登记表", B, "2"),
              m("含有使用单位统一社会信用代码的证明", P, "1", "20", exempt="share"),
              m("特种设备产品合格证", P, "1", copies=1),
              m("特种设备监督检验证明", P, source="30"))),
    Template("ylzy", "城镇职工基本养老保险关系转移接续", "20", "rsj", "031", "000", None, 15, "2", "12", 4, 0, "1", False,
             "《城镇企业职工基本养老保险关系转移接续暂行办法》第八条",
             (m("基本养老保险关系转移接续申请表", B, "2"),
              m("居民身份证或者社会保障卡", B, "1", "20", exempt="elic"))),
    Template("cbwl", "出版物零售单位设立", "01", "wlj", "019", "000", 20, 10, "2", "12", 3, 1, "25", False,
             "《出版管理条例》第三十七条",
             (m("出版物零售单位设立申请书", B, "2"),
              m("营业执照", P, "1", "20", exempt="share"),
              m("经营场所的使用权证明", P, copies=1),
              m("负责人身份证明", P, "1", "20"))),
    Template("jszg", "中小学教师资格认定", "01", "jyj", "009", "002", 30, 20, "2", "12", 3, 1, "1", False,
             "《教师资格条例》第十三条",
             (m("《教师资格认定申请表》", B, "2"),
              m("身份证明", B, "1", "20", exempt="elic"),
              m("学历证书", B, "1", "20", exempt="share"),
              m("普通话水平测试等级证书", B, "1", "20", exempt="elic"),
              m("体检合格证明", P, source="30"),
              m("中小学教师资格考试合格证明", B, "1", "20", exempt="share"))),
    Template("csdj", "出生登记", "07", "gaj", "004", "001", None, 0, "1", "12", 3, 1, "1", False,
             "《中华人民共和国户口登记条例》第七条",
             (m("《出生医学证明》", P, "1", "20", exempt="share"),
              m("父母双方居民户口簿", P, "1", "20"),
              m("父母双方居民身份证", P, "1", "20", exempt="elic"),
              m("父母结婚证", P, "1", "20", exempt="share"))),
    Template("syfw", "生育登记服务", "20", "wjw", "036", "000", None, 0, "1", "12", 4, 0, "1", False,
             "《中华人民共和国人口与计划生育法》第二十条",
             (m("夫妻双方居民身份证", E, "1", "20", exempt="elic"),
              m("结婚证", E, "1", "20", exempt="share"))),
    Template("cxyl", "城乡居民基本养老保险参保登记", "20", "rsj", "012", "001", None, 0, "1", "1", None, 1, "1", False,
             "《国务院关于建立统一的城乡居民基本养老保险制度的意见》",
             (m("居民身份证或者户口簿", P, "1", "20"),)),
    Template("gsrd", "工伤认定", "07", "rsj", "005", "000", 60, 30, "2", "12", 3, 1, "12", False,
             "《工伤保险条例》第十七条",
             (m("工伤认定申请表", B, "2"),
              m("与用人单位存在劳动关系（包括事实劳动关系）的证明材料", P),
              m("医疗诊断证明或者职业病诊断证明书（或者职业病诊断鉴定书）", P, "1", "20"))),
)

TEMPLATE_BY_SLUG = {template.slug: template for template in TEMPLATES}


# --- cities ---------------------------------------------------------------------------------

HOURS = "周一至周五 上午9:00-12:00，下午13:30-17:30（法定节假日除外）"
HOURS_SUMMER = "周一至周五 上午8:30-12:00，下午14:30-18:00（夏季作息，法定节假日除外）"


@dataclass(frozen=True)
class Area:
    name: str  # 瑶台市 / 云台区 / 鹿鸣街道
    kind: str  # city / county / town
    region6: str


@dataclass
class City:
    province: str  # 2-digit province code used in basic codes
    city: Area
    counties: tuple[Area, ...]
    town: Area
    town_dept: str
    halls: dict[str, Hall] = field(default_factory=dict)

    def area(self, key: str) -> Area:
        if key == "city":
            return self.city
        if key == "town":
            return self.town
        return self.counties[int(key[-1])]

    def department(self, sector: str, area_key: str) -> str:
        area = self.area(area_key)
        if area.kind == "town":
            return self.town_dept
        suffix = SECTORS[sector][1] if area.kind == "city" else SECTORS[sector][2]
        branch = sector == "sthj" or (sector == "gaj" and area.name.endswith("区"))
        if area.kind == "county" and branch:  # a branch of the city bureau (分局)
            return f"{self.city.name}{SECTORS[sector][1]}{area.name[:-1]}分局"
        if area.kind == "county" and sector == "gaj":
            return area.name + "公安局"
        return area.name + suffix


def hall(name: str, level: str, address: str, phone: str, hours: str = HOURS) -> Hall:
    return Hall(name, level, address, hours, phone)


YAOTAI = City(
    "52", Area("瑶台市", "city", "529100"),
    (Area("云台区", "county", "529102"), Area("青杉县", "county", "529121")),
    Area("鹿鸣街道", "town", "529102"), "云台区鹿鸣街道办事处",
    {
        "city": hall("瑶台市政务服务中心", "city", "瑶台市云台区金鼎大道88号市民中心A座1-3楼", "0855-8216001"),
        "bdc": hall("瑶台市不动产登记中心服务大厅", "city", "瑶台市云台区凤鸣路16号", "0855-8216180"),
        "sb": hall("瑶台市社会保险服务中心服务大厅", "city", "瑶台市云台区文昌北路203号", "0855-8216333"),
        "hy": hall("瑶台市婚姻登记处", "city", "瑶台市云台区民主路9号", "0855-8216520"),
        "county0": hall("云台区政务服务中心", "county", "瑶台市云台区南岭路55号", "0855-8352100"),
        "county1": hall("青杉县政务服务中心", "county", "青杉县城关镇杉林大道1号", "0855-7621100"),
        "town": hall("鹿鸣街道便民服务中心", "town", "云台区鹿鸣街道鹿鸣路12号", "0855-8352766"),
        "village": hall("枫香社区便民服务站", "village", "云台区鹿鸣街道枫香路3号", "0855-8352790"),
    },
)

SHATANG = City(
    "62", Area("沙棠市", "city", "629200"),
    (Area("金滩区", "county", "629202"), Area("祁水县", "county", "629221")),
    Area("河埠镇", "town", "629221"), "祁水县河埠镇人民政府",
    {
        "city": hall("沙棠市政务服务中心", "city", "沙棠市金滩区新华西路168号", "0937-6012345", HOURS_SUMMER),
        "bdc": hall("沙棠市不动产登记服务中心", "city", "沙棠市金滩区建设路22号", "0937-6012580", HOURS_SUMMER),
        "sb": hall("沙棠市社会保险事业服务中心服务大厅", "city", "沙棠市金滩区解放路71号", "0937-6012399",
                   HOURS_SUMMER),
        "county0": hall("金滩区政务服务中心", "county", "沙棠市金滩区河滨东路6号", "0937-6231000", HOURS_SUMMER),
        "county1": hall("祁水县政务服务中心", "county", "祁水县城关镇祁连路18号", "0937-5521000", HOURS_SUMMER),
        "town": hall("河埠镇便民服务中心", "town", "祁水县河埠镇河埠街1号", "0937-5530116", HOURS_SUMMER),
        "village": hall("柳湾村便民服务站", "village", "祁水县河埠镇柳湾村村委会", "0937-5530290", HOURS_SUMMER),
    },
)

CHENGYU = City(
    "35", Area("澄屿市", "city", "359100"),
    (Area("思岚区", "county", "359102"), Area("屿北区", "county", "359103")),
    Area("鹭洲镇", "town", "359103"), "屿北区鹭洲镇人民政府",
    {
        "city": hall("澄屿市行政服务中心", "city", "澄屿市思岚区仙岳路2号", "0592-6120000"),
        "sb": hall("澄屿市社会保险中心服务大厅", "city", "澄屿市思岚区湖滨南路88号", "0592-6120300"),
        "yb": hall("澄屿市医疗保障基金中心服务大厅", "city", "澄屿市思岚区禾祥西路31号", "0592-6120350"),
        "county0": hall("思岚区行政服务中心", "county", "澄屿市思岚区莲前东路8号", "0592-6238000"),
        "county1": hall("屿北区行政服务中心", "county", "澄屿市屿北区集源路100号", "0592-6531000"),
        "town": hall("鹭洲镇便民服务中心", "town", "屿北区鹭洲镇鹭洲大道66号", "0592-6539110"),
        "village": hall("望海社区便民服务站", "village", "屿北区鹭洲镇望海路5号", "0592-6539220"),
    },
)


def steps_for(template: Template, promised: int | None) -> list[Step]:
    """办理流程 with per-step limits (a realistic trap: they are not the promised limit)."""
    if not promised:
        return [Step("受理", "窗口工作人员", "即时", "材料齐全、符合法定形式的予以受理"),
                Step("办结", "窗口工作人员", "当场", "当场办结并告知结果")]
    review = max(promised - 2, 1)
    return [Step("受理", "受理人员", "1个工作日", "申请材料齐全、符合法定形式"),
            Step("审查", "审核人员", f"{review}个工作日", "对申请材料进行审查，必要时现场核查"),
            Step("决定", "审批负责人", "1个工作日", "作出准予或者不予的决定"),
            Step("送达", "窗口工作人员", "即时", "通知申请人领取结果或者邮寄送达")]


def make_guide(city: City, slug: str, area_key: str, entry: Callable[[str], str], *, halls: tuple[str, ...] = (),
               levels: str | None = None, **changes: object) -> Guide:
    """One guide of ``city``: ``slug``'s template implemented at ``area_key`` (city / county0 / county1 / town).

    ``entry`` maps the 31-character code to the portal's online entry (used when 网上办理 is a channel);
    ``changes`` override Guide fields (name, handle, depth, visits, statutory, promised, case ...).
    """
    template = TEMPLATE_BY_SLUG[slug]
    area = city.area(area_key)
    department = city.department(template.sector, area_key)
    digit = {"city": "3", "county": "4", "town": "5"}[area.kind]
    basic = city.province + template.type_code + SECTORS[template.sector][0] + template.main + template.sub
    handle = list(str(changes.pop("handle", template.handle)))
    promised = changes.pop("promised", template.promised)
    visits = changes.pop("visits", template.visits)
    guide = Guide(
        key=slug + ("" if area_key == "city" else "-" + area_key),
        name=template.name,
        type_code=template.type_code,
        department=department,
        dept_usci=usci_for(area.region6, department),
        level_digit=digit,
        basic_code=basic,
        levels=list(levels) if levels is not None else [digit],
        serve=list(template.serve),
        handle=handle,
        online_url=None,
        depth=template.depth if "2" in handle else None,
        visits=visits,  # type: ignore[arg-type]
        visit_reason="无" if not visits else template.reason,
        statutory=template.statutory,
        promised=promised,  # type: ignore[arg-type]
        case=template.case,
        fee=template.fee,
        appointment="1" in handle,
        express="3" in handle,
        materials=list(template.materials),
        halls=[city.halls[key] for key in (halls or (area_key,))],
        steps=steps_for(template, promised),  # type: ignore[arg-type]
        law=template.law,
        conditions=list(template.conditions) or ["申请人符合法律、法规规定的条件", "申请材料齐全、符合法定形式"],
    )
    if "2" in handle:
        guide.online_url = entry(guide.code)
    for name, value in changes.items():
        if not hasattr(guide, name):
            raise AttributeError(f"Guide has no field {name!r}")
        setattr(guide, name, value)
    return guide
