"""Shared data for the blind corpus generator: departments, a pool of real-world items, geography.

Everything here is written from public knowledge of Chinese service guides (see
/work/shared/reference/service-guides.md), not from the extractor. Item names, legal bases and
materials imitate the national catalogue; cities, districts, streets and codes are fictional but
shaped like real ones (GB/T 39554.1-2020 codes, GB 32100 credit codes with valid check digits).
"""

from __future__ import annotations

from dataclasses import dataclass

# key -> (department name without the city, 2-digit department part of the basic code)
DEPTS: dict[str, tuple[str, str]] = {
    "scjg": ("市场监督管理局", "22"),
    "rsj": ("人力资源和社会保障局", "15"),
    "mzj": ("民政局", "13"),
    "wjw": ("卫生健康委员会", "20"),
    "zjj": ("住房和城乡建设局", "17"),
    "zrzy": ("自然资源和规划局", "16"),
    "jtj": ("交通运输局", "18"),
    "jyj": ("教育局", "10"),
    "wlj": ("文化广电旅游局", "21"),
    "ybj": ("医疗保障局", "27"),
    "sthj": ("生态环境局", "19"),
    "yjj": ("应急管理局", "23"),
    "slj": ("水利局", "25"),
    "nyj": ("农业农村局", "26"),
    "gjj": ("住房公积金管理中心", "39"),
    "cgj": ("城市管理局", "31"),
    "gaj": ("公安局", "11"),
}

# 事项类型 -> 2-digit type part of the basic code (national scheme; Guangdong differs for the last two)
KIND_CODES: dict[str, str] = {
    "行政许可": "01",
    "行政给付": "05",
    "行政确认": "07",
    "行政奖励": "08",
    "其他行政权力": "10",
    "公共服务": "20",
}
GUANGDONG_KIND_CODES = {**KIND_CODES, "其他行政权力": "20", "公共服务": "21"}

SELF = "申请人自备"
GOV = "政府部门核发"
AGENCY = "中介机构出具"
OTHER = "其他"
FORM_T = "申请表格文书"
CERT = "证件证书证明"
MISC = "其他"


@dataclass(frozen=True)
class PoolItem:
    key: str
    dept: str
    kind: str
    name: str
    suffixes: tuple[str, ...]
    scope: str  # city | city_county | town | town_village
    objects: str  # 服务对象
    code: str  # main item (3) + sub item (3)
    materials: tuple[tuple[str, str, str], ...]  # (name, source, material type)
    condition: str
    basis: str


POOL: tuple[PoolItem, ...] = (
    PoolItem("spjy", "scjg", "行政许可", "食品经营许可证核发", ("（新办）", ""), "city_county", "企业法人、个体工商户",
             "008001",
             (("《食品经营许可申请书》", SELF, FORM_T), ("营业执照", GOV, CERT), ("法定代表人（负责人）身份证明", GOV, CERT),
              ("与食品经营相适应的主要设备设施布局、操作流程等文件", SELF, MISC), ("食品安全管理制度文本", SELF, MISC)),
             "申请人应当取得营业执照等合法主体资格，具有与经营的食品品种、数量相适应的经营场所和设备设施。",
             "《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》"),
    PoolItem("spjybg", "scjg", "行政许可", "食品经营许可证变更", ("",), "city_county", "企业法人、个体工商户", "008002",
             (("《食品经营许可变更申请书》", SELF, FORM_T), ("食品经营许可证正本、副本", GOV, CERT),
              ("与变更食品经营许可事项有关的材料", SELF, MISC)),
             "已取得食品经营许可证，许可证载明的许可事项发生变化的。",
             "《食品经营许可和备案管理办法》第二十七条"),
    PoolItem("gtdj", "scjg", "行政许可", "个体工商户设立登记", ("",), "city_county", "自然人", "003001",
             (("《个体工商户登记（备案）申请书》", SELF, FORM_T), ("经营者身份证明", GOV, CERT),
              ("经营场所使用证明", SELF, CERT)),
             "有经营能力的公民，从事工商业经营，依法登记为个体工商户。",
             "《促进个体工商户发展条例》；《中华人民共和国市场主体登记管理条例》"),
    PoolItem("gsbg", "scjg", "行政许可", "有限责任公司变更登记", ("",), "city", "企业法人", "002005",
             (("《公司变更登记申请书》", SELF, FORM_T), ("关于变更事项的股东会决议", SELF, MISC),
              ("公司章程修正案", SELF, MISC), ("营业执照正、副本", GOV, CERT)),
             "公司登记事项发生变更的，应当依法办理变更登记。",
             "《中华人民共和国公司法》；《中华人民共和国市场主体登记管理条例》第二十四条"),
    PoolItem("tzsb", "scjg", "行政许可", "特种设备使用登记", ("",), "city", "企业法人、事业法人", "012001",
             (("《特种设备使用登记表》", SELF, FORM_T), ("特种设备产品合格证", OTHER, CERT),
              ("特种设备监督检验证明", AGENCY, CERT), ("使用单位统一社会信用代码证明", GOV, CERT)),
             "特种设备在投入使用前或者投入使用后30日内，使用单位应当向负责特种设备安全监督管理的部门办理使用登记。",
             "《中华人民共和国特种设备安全法》第三十三条"),
    PoolItem("ypls", "scjg", "行政许可", "药品零售企业许可", ("（新办）", "（含筹建）"), "city", "企业法人", "017002",
             (("《药品经营许可证申请表》", SELF, FORM_T), ("营业执照", GOV, CERT), ("执业药师注册证", GOV, CERT),
              ("药品经营质量管理文件目录", SELF, MISC), ("经营场所、仓库平面布置图", SELF, MISC)),
             "具有依法经过资格认定的药师或者其他药学技术人员，具有与所经营药品相适应的营业场所、设备、仓储设施。",
             "《中华人民共和国药品管理法》第五十一条"),
    PoolItem("sybx", "rsj", "行政给付", "失业保险金申领", ("",), "city_county", "自然人", "061001",
             (("居民身份证", GOV, CERT), ("社会保障卡", GOV, CERT), ("解除或者终止劳动关系的证明", SELF, CERT)),
             "失业前用人单位和本人已经缴纳失业保险费满一年，非因本人意愿中断就业，已经进行失业登记并有求职要求。",
             "《失业保险条例》第十四条"),
    PoolItem("jycy", "rsj", "公共服务", "就业创业证申领", ("",), "town_village", "自然人", "052001",
             (("居民身份证", GOV, CERT), ("《就业创业证》申领登记表", SELF, FORM_T)),
             "法定劳动年龄内、有劳动能力和就业要求的城乡劳动者。",
             "《就业服务与就业管理规定》第六十三条"),
    PoolItem("sbk", "rsj", "公共服务", "社会保障卡申领", ("（首次申领）",), "city_county", "自然人", "070001",
             (("居民身份证", GOV, CERT), ("近期一寸免冠彩色照片", SELF, MISC)),
             "参加社会保险的人员。",
             "《社会保障卡管理办法》"),
    PoolItem("cxyl", "rsj", "公共服务", "城乡居民基本养老保险参保登记", ("",), "town_village", "自然人", "041001",
             (("居民身份证", GOV, CERT), ("居民户口簿", GOV, CERT), ("《城乡居民基本养老保险参保登记表》", SELF, FORM_T)),
             "年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的城乡居民。",
             "《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）"),
    PoolItem("jnbt", "rsj", "行政给付", "职业技能提升补贴申领", ("",), "city", "自然人", "063001",
             (("职业资格证书或职业技能等级证书", GOV, CERT), ("社会保障卡", GOV, CERT),
              ("《技能提升补贴申领表》", SELF, FORM_T)),
             "企业职工参加失业保险累计缴费1年以上，取得职业资格证书或职业技能等级证书。",
             "《人力资源社会保障部 财政部关于失业保险支持参保职工提升职业技能有关问题的通知》"),
    PoolItem("lwpq", "rsj", "行政许可", "劳务派遣经营许可", ("（设立）",), "city", "企业法人", "011001",
             (("《劳务派遣经营许可申请书》", SELF, FORM_T), ("营业执照", GOV, CERT), ("经营场所使用证明", SELF, CERT),
              ("劳务派遣管理制度", SELF, MISC)),
             "注册资本不得少于人民币二百万元，有与开展业务相适应的固定的经营场所和设施。",
             "《中华人民共和国劳动合同法》第五十七条；《劳务派遣行政许可实施办法》"),
    PoolItem("jhdj", "mzj", "行政确认", "内地居民结婚登记", ("",), "city_county", "自然人", "026001",
             (("本人有效的居民身份证", GOV, CERT), ("本人的户口簿", GOV, CERT),
              ("本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明", SELF, FORM_T),
              ("近期2寸半身免冠合影照片", SELF, MISC)),
             "男女双方自愿结婚，男年满22周岁、女年满20周岁，双方均无配偶。",
             "《中华人民共和国民法典》第一千零四十九条；《婚姻登记条例》"),
    PoolItem("dibao", "mzj", "行政给付", "最低生活保障对象认定", ("",), "city_county", "自然人", "020001",
             (("《最低生活保障申请书》", SELF, FORM_T), ("居民身份证", GOV, CERT), ("居民户口簿", GOV, CERT),
              ("家庭经济状况核对授权书", SELF, FORM_T), ("家庭成员收入证明", SELF, CERT)),
             "持有当地常住户口，家庭人均收入低于当地最低生活保障标准，且家庭财产状况符合规定。",
             "《社会救助暂行办法》第九条；《最低生活保障审核确认办法》"),
    PoolItem("sttj", "mzj", "行政许可", "社会团体成立登记", ("",), "city", "社会组织法人", "002001",
             (("社会团体成立登记申请书", SELF, FORM_T), ("业务主管单位的批准文件", GOV, CERT), ("章程草案", SELF, MISC),
              ("验资报告", AGENCY, CERT), ("住所使用权证明", SELF, CERT)),
             "有50个以上的个人会员或者30个以上的单位会员，有规范的名称和相应的组织机构。",
             "《社会团体登记管理条例》第九条"),
    PoolItem("tkry", "mzj", "行政给付", "特困人员认定", ("",), "town", "自然人", "021001",
             (("《特困人员救助供养申请书》", SELF, FORM_T), ("居民身份证", GOV, CERT), ("居民户口簿", GOV, CERT)),
             "无劳动能力、无生活来源、无法定赡养抚养扶养义务人或者其法定义务人无履行义务能力的老年人、残疾人以及未成年人。",
             "《社会救助暂行办法》第十四条；《特困人员认定办法》"),
    PoolItem("canbu", "mzj", "行政给付", "困难残疾人生活补贴和重度残疾人护理补贴申领", ("",), "town_village", "自然人",
             "024001",
             (("《残疾人两项补贴申请审批表》", SELF, FORM_T), ("中华人民共和国残疾人证", GOV, CERT),
              ("居民身份证", GOV, CERT)),
             "持有第二代残疾人证，属于低保家庭或者残疾等级为一级、二级且需要长期照护的残疾人。",
             "《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）"),
    PoolItem("yljg", "wjw", "行政许可", "医疗机构执业登记", ("（人体器官移植除外）",), "city_county", "企业法人、事业法人",
             "005002",
             (("《医疗机构申请执业登记注册书》", SELF, FORM_T), ("医疗机构用房产权证明或者使用证明", SELF, CERT),
              ("医疗机构建筑设计平面图", SELF, MISC), ("医务人员执业资格证书", GOV, CERT),
              ("医疗机构规章制度", SELF, MISC)),
             "按照医疗机构基本标准设置，有适合的名称、组织机构和场所，有与其开展的业务相适应的经费、设施、设备和专业卫生技术人员。",
             "《医疗机构管理条例》第十五条"),
    PoolItem("hszc", "wjw", "行政许可", "护士执业注册", ("（首次注册）",), "city", "自然人", "009001",
             (("《护士执业注册申请审核表》", SELF, FORM_T), ("居民身份证", GOV, CERT),
              ("护士执业资格考试成绩合格证明", GOV, CERT), ("6个月内健康体检证明", OTHER, CERT)),
             "具有完全民事行为能力，取得相应学历，通过护士执业资格考试，符合健康标准。",
             "《护士条例》第七条"),
    PoolItem("ggcs", "wjw", "行政许可", "公共场所卫生许可", ("（新办）",), "city_county", "企业法人、个体工商户", "003001",
             (("《公共场所卫生许可申请表》", SELF, FORM_T), ("营业执照", GOV, CERT),
              ("公共场所卫生检测或者评价报告", AGENCY, CERT), ("公共场所卫生管理制度", SELF, MISC)),
             "公共场所经营者应当在取得营业执照后，向卫生计生行政部门申请卫生许可证。",
             "《公共场所卫生管理条例》第八条"),
    PoolItem("csyx", "wjw", "公共服务", "出生医学证明首次签发", ("",), "city_county", "自然人", "091001",
             (("母亲有效身份证件", GOV, CERT), ("父亲有效身份证件", GOV, CERT), ("《出生医学证明》首次签发登记表", SELF, FORM_T)),
             "在本辖区医疗保健机构内出生的新生儿。",
             "《中华人民共和国母婴保健法》第二十三条"),
    PoolItem("sgxk", "zjj", "行政许可", "建筑工程施工许可证核发", ("",), "city_county", "企业法人", "001001",
             (("《建筑工程施工许可证申请表》", SELF, FORM_T), ("建设工程规划许可证", GOV, CERT),
              ("施工图设计文件审查合格书", AGENCY, CERT), ("施工合同", SELF, MISC), ("建设资金已经落实承诺书", SELF, FORM_T)),
             "已经办理该建筑工程用地批准手续，依法应当办理建设工程规划许可证的，已经取得建设工程规划许可证。",
             "《中华人民共和国建筑法》第七条、第八条；《建筑工程施工许可管理办法》"),
    PoolItem("ysxk", "zjj", "行政许可", "商品房预售许可", ("",), "city", "企业法人", "010001",
             (("商品房预售许可申请表", SELF, FORM_T), ("营业执照", GOV, CERT), ("建设工程规划许可证", GOV, CERT),
              ("建筑工程施工许可证", GOV, CERT), ("商品房预售方案", SELF, MISC)),
             "已交付全部土地使用权出让金，取得土地使用权证书；持有建设工程规划许可证和施工许可证。",
             "《中华人民共和国城市房地产管理法》第四十五条；《城市商品房预售管理办法》"),
    PoolItem("jgba", "zjj", "其他行政权力", "房屋建筑和市政基础设施工程竣工验收备案", ("",), "city_county", "企业法人",
             "045001",
             (("工程竣工验收备案表", SELF, FORM_T), ("工程竣工验收报告", SELF, MISC),
              ("施工单位签署的工程质量保修书", SELF, MISC)),
             "建设工程竣工验收合格之日起15日内。",
             "《房屋建筑和市政基础设施工程竣工验收备案管理办法》第四条"),
    PoolItem("bdcsc", "zrzy", "行政确认", "国有建设用地使用权及房屋所有权首次登记", ("",), "city", "自然人、企业法人",
             "004003",
             (("不动产登记申请书", SELF, FORM_T), ("申请人身份证明", GOV, CERT), ("不动产权属证书", GOV, CERT),
              ("房屋已经竣工的材料", SELF, CERT), ("房地产调查或者测绘报告", AGENCY, MISC)),
             "依法取得国有建设用地使用权，房屋已竣工验收。",
             "《不动产登记暂行条例》；《不动产登记暂行条例实施细则》第三十五条"),
    PoolItem("ghxk", "zrzy", "行政许可", "建设工程规划许可证核发", ("（设区的市级权限）", ""), "city", "企业法人", "027001",
             (("建设工程规划许可证申请表", SELF, FORM_T), ("建设用地规划许可证或土地权属证明", GOV, CERT),
              ("建设工程设计方案总平面图", AGENCY, MISC)),
             "在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的。",
             "《中华人民共和国城乡规划法》第四十条"),
    PoolItem("hyjy", "jtj", "行政许可", "道路货物运输经营许可", ("（除使用4500千克及以下普通货运车辆从事普通货运经营外）",),
             "city_county", "企业法人、个体工商户", "005001",
             (("《道路货物运输经营申请表》", SELF, FORM_T), ("负责人身份证明", GOV, CERT), ("机动车辆行驶证", GOV, CERT),
              ("拟聘用驾驶人员的从业资格证", GOV, CERT), ("安全生产管理制度文本", SELF, MISC)),
             "有与其经营业务相适应并经检测合格的车辆，有符合规定条件的驾驶人员，有健全的安全生产管理制度。",
             "《中华人民共和国道路运输条例》第二十一条、第二十四条"),
    PoolItem("czcjsy", "jtj", "行政许可", "出租汽车驾驶员从业资格证核发", ("",), "city", "自然人", "019001",
             (("《出租汽车驾驶员从业资格申请表》", SELF, FORM_T), ("机动车驾驶证", GOV, CERT), ("居民身份证", GOV, CERT),
              ("无重大以上交通责任事故记录证明", GOV, CERT)),
             "取得相应准驾车型机动车驾驶证并具有3年以上驾驶经历，无交通肇事犯罪、危险驾驶犯罪记录。",
             "《出租汽车驾驶员从业资格管理规定》第十条"),
    PoolItem("jszg", "jyj", "行政许可", "教师资格认定", ("（高级中学、中等职业学校教师资格除外）", ""), "city_county", "自然人",
             "002002",
             (("《教师资格认定申请表》", SELF, FORM_T), ("居民身份证", GOV, CERT), ("学历证书", GOV, CERT),
              ("普通话水平测试等级证书", GOV, CERT), ("教师资格认定体检表", OTHER, CERT)),
             "遵守宪法和法律，热爱教育事业，具有良好的思想品德，具备规定的学历，有教育教学能力。",
             "《中华人民共和国教师法》第十条；《教师资格条例》"),
    PoolItem("ylcs", "wlj", "行政许可", "娱乐场所从事娱乐场所经营活动审批", ("",), "city_county", "企业法人", "009001",
             (("娱乐场所经营活动申请书", SELF, FORM_T), ("营业执照", GOV, CERT), ("法定代表人身份证明", GOV, CERT),
              ("房产所有权证书或者租赁合同", SELF, CERT), ("消防安全检查合格证明", GOV, CERT)),
             "娱乐场所的使用面积不得低于国务院文化主管部门规定的标准。",
             "《娱乐场所管理条例》第九条"),
    PoolItem("yyxyc", "wlj", "行政许可", "营业性演出审批", ("（文艺表演团体、演出经纪机构除外）",), "city", "企业法人",
             "004001",
             (("营业性演出申请表", SELF, FORM_T), ("演出协议", SELF, MISC), ("演员名单及演出节目内容", SELF, MISC),
              ("演出场所合格证明", GOV, CERT)),
             "举办营业性演出，应当向演出所在地县级人民政府文化主管部门提出申请。",
             "《营业性演出管理条例》第十三条"),
    PoolItem("ydjy", "ybj", "公共服务", "异地就医备案", ("（异地长期居住人员）",), "city_county", "自然人", "007001",
             (("《基本医疗保险参保人员异地就医备案表》", SELF, FORM_T), ("医保电子凭证或社会保障卡", GOV, CERT),
              ("异地居住承诺书", SELF, FORM_T)),
             "参加本统筹区基本医疗保险的异地长期居住人员。",
             "《关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）"),
    PoolItem("ybzy", "ybj", "公共服务", "基本医疗保险关系转移接续", ("",), "city_county", "自然人", "003001",
             (("《基本医疗保险参保（合）凭证》", GOV, CERT), ("居民身份证", GOV, CERT)),
             "参保人员跨统筹地区流动就业并参加基本医疗保险。",
             "《中华人民共和国社会保险法》；《流动就业人员基本医疗保障关系转移接续暂行办法》"),
    PoolItem("hpsp", "sthj", "行政许可", "建设项目环境影响报告表审批", ("",), "city", "企业法人", "006002",
             (("建设项目环境影响报告表审批申请函", SELF, FORM_T), ("建设项目环境影响报告表", AGENCY, MISC),
              ("建设项目环评信息公开情况说明", SELF, MISC)),
             "建设项目符合生态环境保护法律法规和相关法定规划。",
             "《中华人民共和国环境影响评价法》第二十二条"),
    PoolItem("whpjy", "yjj", "行政许可", "危险化学品经营许可证核发", ("（不带有储存设施）",), "city", "企业法人", "004001",
             (("危险化学品经营许可证申请书", SELF, FORM_T), ("营业执照", GOV, CERT), ("安全评价报告", AGENCY, CERT),
              ("主要负责人安全生产知识和管理能力考核合格证", GOV, CERT), ("经营场所产权证明或租赁证明", SELF, CERT)),
             "有符合国家标准、行业标准的经营场所，从业人员经过专业技术培训并经考核合格。",
             "《危险化学品安全管理条例》第三十四条、第三十五条"),
    PoolItem("yhbz", "yjj", "行政许可", "烟花爆竹经营（零售）许可", ("",), "city_county", "个体工商户、企业法人", "006002",
             (("烟花爆竹经营（零售）许可证申请书", SELF, FORM_T), ("营业执照", GOV, CERT), ("零售经营场所平面图", SELF, MISC),
              ("安全管理制度和岗位操作规程", SELF, MISC)),
             "零售经营场所布局合理，与其他建筑物保持安全距离。",
             "《烟花爆竹安全管理条例》第十九条"),
    PoolItem("qsxk", "slj", "行政许可", "取水许可", ("",), "city", "企业法人、事业法人", "003001",
             (("取水许可申请书", SELF, FORM_T), ("建设项目水资源论证报告书", AGENCY, MISC), ("与第三者利害关系的相关说明", SELF, MISC)),
             "直接从江河、湖泊或者地下取用水资源的单位和个人。",
             "《中华人民共和国水法》第四十八条；《取水许可和水资源费征收管理条例》"),
    PoolItem("nyjy", "nyj", "行政许可", "农药经营许可", ("（限制使用农药除外）",), "city_county", "企业法人、个体工商户",
             "030001",
             (("农药经营许可证申请表", SELF, FORM_T), ("营业执照", GOV, CERT), ("农药经营人员专业证明", SELF, CERT),
              ("经营场所和仓储场所地址、面积、平面图说明", SELF, MISC)),
             "有具备农药和病虫害防治专业知识，熟悉农药管理规定的经营人员。",
             "《农药管理条例》第二十四条"),
    PoolItem("zjd", "nyj", "行政许可", "农村村民宅基地审批", ("",), "town", "自然人", "001001",
             (("《农村宅基地和建房（规划许可）申请表》", SELF, FORM_T), ("《农村宅基地使用承诺书》", SELF, FORM_T),
              ("居民户口簿", GOV, CERT), ("村民小组会议讨论通过的记录", SELF, MISC)),
             "符合宅基地申请条件的农村村民，以户为单位提出申请。",
             "《中华人民共和国土地管理法》第六十二条"),
    PoolItem("gjjtq", "gjj", "公共服务", "住房公积金提取", ("（离休、退休）",), "city", "自然人", "002004",
             (("居民身份证", GOV, CERT), ("离退休证明", GOV, CERT), ("本人名下银行储蓄卡", SELF, CERT)),
             "职工离休、退休的，可以提取本人住房公积金账户内的存储余额。",
             "《住房公积金管理条例》第二十四条"),
    PoolItem("gjjdk", "gjj", "公共服务", "个人住房公积金贷款", ("（新建商品房）",), "city", "自然人", "003001",
             (("《个人住房公积金借款申请表》", SELF, FORM_T), ("借款人及配偶身份证明", GOV, CERT), ("婚姻状况证明", GOV, CERT),
              ("购房合同", SELF, MISC), ("首付款证明", SELF, MISC)),
             "连续足额缴存住房公积金满6个月，购买、建造、翻建、大修自住住房。",
             "《住房公积金管理条例》第二十六条"),
    PoolItem("jzlj", "cgj", "行政许可", "城市建筑垃圾处置核准", ("",), "city_county", "企业法人", "007001",
             (("城市建筑垃圾处置核准申请表", SELF, FORM_T), ("建筑垃圾处置方案", SELF, MISC), ("运输车辆行驶证", GOV, CERT)),
             "处置建筑垃圾的单位，应当向城市人民政府市容环境卫生主管部门提出申请。",
             "《国务院对确需保留的行政审批项目设定行政许可的决定》第101项；《城市建筑垃圾管理规定》"),
    PoolItem("hwgg", "cgj", "行政许可", "设置大型户外广告及在城市建筑物、设施上悬挂、张贴宣传品审批", ("",), "city_county",
             "企业法人、个体工商户", "012001",
             (("户外广告设置申请表", SELF, FORM_T), ("户外广告设计效果图", SELF, MISC), ("场地使用权证明", SELF, CERT)),
             "设置地点符合户外广告设置规划，设施结构安全。",
             "《城市市容和环境卫生管理条例》第十一条"),
    PoolItem("jzz", "gaj", "公共服务", "居住证签发", ("",), "city_county", "自然人", "031001",
             (("《居住证申领登记表》", SELF, FORM_T), ("居民身份证", GOV, CERT), ("居住地住址证明", SELF, CERT),
              ("近期白底免冠照片", SELF, MISC)),
             "离开常住户口所在地，到其他城市居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的公民。",
             "《居住证暂行条例》第二条"),
    PoolItem("lnyd", "wjw", "公共服务", "老年人优待证办理", ("",), "town_village", "自然人", "098001",
             (("居民身份证", GOV, CERT), ("近期一寸免冠照片", SELF, MISC)),
             "年满60周岁的本市户籍老年人及在本市居住的外地老年人。",
             "《中华人民共和国老年人权益保障法》第五十七条"),
)

POOL_BY_KEY: dict[str, PoolItem] = {item.key: item for item in POOL}


@dataclass(frozen=True)
class Town:
    district: str  # the district (区/县) it belongs to
    name: str  # e.g. 望江街道 / 新港镇
    villages: tuple[str, ...]  # e.g. 柳岸社区 / 石桥村


@dataclass(frozen=True)
class Geo:
    city: str
    region: str  # 6-digit administrative code of the city
    districts: tuple[tuple[str, str], ...]  # (name, 6-digit code)
    towns: tuple[Town, ...]
    roads: tuple[str, ...]
    area_code: str  # telephone area code

    def district_code(self, name: str) -> str:
        for district, code in self.districts:
            if district == name:
                return code
        raise KeyError(name)


# --- GB 32100 unified social credit codes and GB 11714 organisation codes, with check digits -------------

_USCI_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCI_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def org_code(digits8: str) -> str:
    total = sum(int(ch) * w for ch, w in zip(digits8, _ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return digits8 + ("X" if check == 10 else "0" if check == 11 else str(check))


def usci(region: str, digits8: str, registry: str = "11") -> str:
    body = registry + region + org_code(digits8)
    total = sum(_USCI_CHARS.index(ch) * w for ch, w in zip(body, _USCI_WEIGHTS, strict=True))
    check = (31 - total % 31) % 31
    return body + _USCI_CHARS[check]
