"""芦汀市政务服务网: a city hall portal reached only through frames and script (Epoint-like).

``/`` is a frameset (banner + ``/zwdt/main.html``). The hall page has three tabs, each reached a
different way, none by a plain link to a guide:

* 个人办事: ``catalog.js`` GETs ``/zwdt/rest/sxList?start=N&limit=6&sxlx=gr`` (offset paging, a
  string ``total``) and draws rows whose ``onclick="showDetail(guid,'gr')"`` opens the guide;
* 法人办事: loaded only when the tab is opened, by a form POST of ``sxlx=fr&pageIndex=N`` to
  ``/zwdt/rest/frList.action`` (``post.json``), the answer wrapped as ``{"custom": …}``;
* 公共服务: an iframe whose rows carry ``data-rowguid`` and ``onclick="openSx(this)"``.

Guides are ``/zwdt/bszn/detail.jsp?rowguid=…&sxlx=…``: labelled tables (four-cell or two-cell
rows), a materials table in one of two column sets, a window table, a step table. Every guide is
stated once below, its table rows and its truth row side by side, both written by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from tests.corpora.layout import asset_text
from tests.corpora.portals7._common import esc, guid, impl_code, json_bytes, loc, mat, truth, usci

ID = "luting"
SITE = "芦汀市政务服务网"
CITY_HALL = "芦汀市政务服务中心"
SHAZHOU = "芦汀市沙洲区政务服务中心"
CITY, COUNTY = "city", "county"
GR_LIMIT, FR_SIZE = 6, 5

U_GJJ = usci("390300", "MB1E7703", "12")  # 芦汀市住房公积金管理中心
U_EDU = usci("390300", "00760449")  # 芦汀市教育局
U_YIBAO = usci("390300", "MB1F0925")  # 芦汀市医疗保障局
U_GUIHUA = usci("390300", "MB1D2516")  # 芦汀市自然资源和规划局
U_HUANJING = usci("390300", "MB1D2524")  # 芦汀市生态环境局
U_SZ_MARKET = usci("390302", "MB1C8831")  # 芦汀市沙洲区市场监督管理局
U_RENSHE = usci("390300", "00760473")  # 芦汀市人力资源和社会保障局
U_CHENGGUAN = usci("390300", "MB1E4417")  # 芦汀市城市管理局
U_GONGAN = usci("390300", "00760432")  # 芦汀市公安局

B_GJJ, B_GUIHUA, B_SBK = "002035003001", "000103009000", "002007021000"
C_GJJ = impl_code(U_GJJ, "3", B_GJJ)
C_JIAOSHI = impl_code(U_EDU, "3", "000105002000", "01")
C_YIDI = impl_code(U_YIBAO, "3", "002036011000")
C_GUIHUA = impl_code(U_GUIHUA, "3", B_GUIHUA)
C_PAIWU = impl_code(U_HUANJING, "3", "000114007000")
C_YAOPIN = impl_code(U_SZ_MARKET, "4", "000126019000")
C_RLZY = impl_code(U_RENSHE, "3", "000107011000")
C_GUANGGAO = impl_code(U_CHENGGUAN, "3", "000130005000")
C_SBK = impl_code(U_RENSHE, "3", B_SBK)
C_WUFANZUI = impl_code(U_GONGAN, "3", "002001044000")

# materials table column sets
MAT_A = ("序号", "材料名称", "材料形式", "份数", "必要性", "备注")
MAT_B = ("序号", "材料名称", "来源渠道", "纸质材料", "电子材料", "是否免提交")
LOC_COLS = ("窗口名称", "办理地址", "办理时间", "咨询电话")
STEP_COLS = ("环节名称", "办理人员", "办理时限", "审查标准")
HOURS = "工作日上午9:00-12:00，下午13:30-17:00"

Row = list[tuple[str, str]]


@dataclass
class Guide:
    sxlx: str  # gr / fr / gg
    name: str
    ouname: str  # the department the catalogue row shows
    layout: str  # "four": th/td pairs, two per row; "two": td-label rows
    info: list[Row]
    mats: tuple[tuple[str, ...], list[tuple[str, ...]]]
    locs: list[tuple[str, str, str, str]]
    steps: list[tuple[str, str, str, str]]
    entry: tuple[str, ...]  # ("href",) / ("onclick",) / ("gray",) / ()
    tag: str = ""
    note: str = ""
    row: dict[str, Any] = field(default_factory=dict)

    @property
    def rowguid(self) -> str:
        return guid(f"luting/{self.name}")

    @property
    def url(self) -> str:
        return f"/zwdt/bszn/detail.jsp?rowguid={self.rowguid}&sxlx={self.sxlx}"

    @property
    def file(self) -> str:
        return f"zwdt/bszn/detail.jsp@rowguid={self.rowguid}&sxlx={self.sxlx}"

    @property
    def apply(self) -> str:
        return f"/zwdt/apply/online.do?rowguid={self.rowguid}"


def apply_url(name: str) -> str:
    return f"/zwdt/apply/online.do?rowguid={guid(f'luting/{name}')}"


def detail_url(name: str, sxlx: str) -> str:
    return f"/zwdt/bszn/detail.jsp?rowguid={guid(f'luting/{name}')}&sxlx={sxlx}"


def g(sxlx: str, name: str, ouname: str, layout: str, info: list[Row], mats: tuple[tuple[str, ...], list[tuple[str, ...]]],
      locs: list[tuple[str, str, str, str]], steps: list[tuple[str, str, str, str]], button: tuple[str, ...],
      tag: str = "", note: str = "", **row: Any) -> Guide:
    """A guide's page data and, in ``row``, its hand-written truth (name and url are the page's own)."""
    return Guide(sxlx, name, ouname, layout, info, mats, locs, steps, button, tag, note,
                 truth(detail_url(name, sxlx), name, **row, script_only=True))


def step(name: str, who: str, limit: str, standard: str = "材料齐全、符合法定形式") -> tuple[str, str, str, str]:
    return (name, who, limit, standard)


def window(name: str, address: str, tel: str) -> tuple[str, str, str, str]:
    return (name, address, HOURS, tel)


GUIDES: list[Guide] = [
    # --- 个人办事 (GET, offset paging) ---------------------------------------------------------------
    g("gr", "住房公积金提取（购买自住住房）", "芦汀市住房公积金管理中心", "four", [
        [("事项名称", "住房公积金提取（购买自住住房）"), ("事项类型", "公共服务")],
        [("实施编码", C_GJJ), ("基本编码", B_GJJ)],
        [("实施主体", "芦汀市住房公积金管理中心"), ("行使层级", "市级")],
        [("办件类型", "即办件"), ("是否全程网办", "是")],
        [("办理形式", "窗口办理、网上办理"), ("到办事现场次数", "0次")],
        [("法定办结时限", "—"), ("承诺办结时限", "即办")],
        [("是否收费", "否"), ("是否支持物流快递", "否")],
    ], (MAT_B, [
        ("1", "购房合同", "申请人自备", "—", "√", "否"),
        ("2", "购房发票", "申请人自备", "原件1份", "√", "否"),
        ("3", "居民身份证", "政府部门核发", "—", "—", "是（电子证照）"),
        ("4", "婚姻关系证明", "政府部门核发", "原件1份", "—", "否"),
    ]), [window("公积金业务窗口", "芦汀市政务服务中心二楼C区（芦汀市江滨路1号）", "0398-6120301")],
        [step("申请", "申请人", "—", "网上或窗口提交"), step("审核办结", "公积金中心", "即办")], ("href",), tag="即办件",
      code=C_GJJ, basic=B_GJJ, department="芦汀市住房公积金管理中心", levels=[CITY], channels=["counter", "online"],
      entry=apply_url("住房公积金提取（购买自住住房）"), depth=4, visits=0, promised=0, case="immediate",
      materials=[mat("购房合同", "electronic"), mat("购房发票", "both"), mat("居民身份证", None, True),
                 mat("婚姻关系证明", "paper")],
      locations=[loc(CITY_HALL, CITY)]),

    g("gr", "生育津贴申领", "芦汀市医疗保障局", "two", [
        [("事项名称", "生育津贴申领")],
        [("实施主体", "芦汀市医疗保障局")],
        [("服务对象", "自然人")],
        [("办理形式", "窗口办理、网上办理、邮寄办理")],
        [("行使层级", "市级、区级")],
        [("法定办结时限", "20个工作日")],
        [("网上办理", "通过“芦汀医保”APP或微信公众号在线申报")],
    ], (MAT_A, [
        ("1", "生育津贴申领表", "纸质", "1", "必要", ""),
        ("2", "出生医学证明", "纸质、电子", "复印件1份", "必要", ""),
        ("3", "结婚证", "—", "—", "非必要", "已关联电子证照，免提交"),
        ("4", "银行账户信息", "电子", "—", "必要", "在线填报"),
    ]), [window("医保综合窗口", "芦汀市政务服务中心一楼A区8—12号", "0398-6120312"),
         window("医保窗口", "芦汀市沙洲区政务服务中心二楼", "0398-6230108")],
        [step("受理", "窗口工作人员", "即时"), step("审核", "医保经办机构", "5个工作日", "符合生育津贴享受条件"),
         step("支付", "医保经办机构", "10个工作日", "审核通过后拨付至个人账户")], ("gray",),
      department="芦汀市医疗保障局", levels=[CITY, COUNTY], channels=["counter", "online", "post"],
      statutory=20, promised=15,
      materials=[mat("生育津贴申领表", "paper"), mat("出生医学证明", "both"), mat("结婚证", None, True),
                 mat("银行账户信息", "electronic")],
      locations=[loc(CITY_HALL, CITY), loc(SHAZHOU, COUNTY)]),

    g("gr", "残疾人证核发", "芦汀市残疾人联合会", "four", [
        [("事项名称", "残疾人证核发"), ("事项类型", "公共服务")],
        [("实施主体", "芦汀市残疾人联合会"), ("行使层级", "市级、区级")],
        [("办件类型", "承诺件"), ("到办事现场次数", "2次")],
        [("承诺办结时限", "20个工作日"), ("法定办结时限", "无")],
        [("办理形式", "窗口办理")],
    ], (MAT_A, [
        ("1", "残疾人证申请表", "纸质", "原件1份", "必要", ""),
        ("2", "居民户口簿", "纸质", "原件及复印件", "必要", ""),
        ("3", "近期二寸免冠白底彩色照片", "纸质", "3张", "必要", ""),
        ("4", "残疾评定表", "—", "—", "必要", "由评定医院直接报送，申请人免提交"),
    ]), [window("残疾人证办理窗口", "芦汀市沙洲区残疾人服务中心（沙洲区新华路12号）", "0398-6231120"),
         window("残联窗口", "芦汀市青浦区政务服务中心一楼", "0398-6330215")],
        [step("申请", "区残联窗口", "即时"), step("评定", "指定评定医院", "15个工作日", "残疾评定标准"),
         step("审核", "区残联", "5个工作日"), step("发证", "市残联", "5个工作日")], (), tag="承诺件",
      department="芦汀市残疾人联合会", levels=[CITY, COUNTY], channels=["counter"], visits=2, promised=20,
      case="promised",
      materials=[mat("残疾人证申请表", "paper"), mat("居民户口簿", "paper"), mat("近期二寸免冠白底彩色照片", "paper"),
                 mat("残疾评定表", None, True)],
      locations=[loc("芦汀市沙洲区残疾人服务中心", COUNTY), loc("芦汀市青浦区政务服务中心", COUNTY)]),

    g("gr", "居住证申领", "芦汀市公安局", "two", [
        [("事项名称", "居住证申领")],
        [("实施主体", "芦汀市公安局")],
        [("行使层级", "县级")],
        [("办件类型", "承诺件")],
        [("法定时限", "15个工作日")],
        [("承诺时限", "7个工作日")],
        [("办理地点", "居住地公安派出所户籍窗口")],
        [("办理形式", "窗口办理、网上办理")],
    ], (MAT_A, [
        ("1", "居住证申领登记表", "纸质", "1份", "必要", ""),
        ("2", "居民身份证", "纸质", "原件", "必要", ""),
        ("3", "近期一寸白底免冠照片", "电子", "—", "必要", "上传照片回执"),
        ("4", "居住证明", "纸质、电子", "—", "必要", "房屋租赁合同或房屋产权证明"),
    ]), [], [step("受理", "派出所户籍窗口", "即时"), step("审核制证", "公安机关", "7个工作日")], ("href",),
      tag="承诺件",
      department="芦汀市公安局", levels=[COUNTY], channels=["counter", "online"], entry=apply_url("居住证申领"),
      statutory=15, promised=7, case="promised",
      materials=[mat("居住证申领登记表", "paper"), mat("居民身份证", "paper"), mat("近期一寸白底免冠照片", "electronic"),
                 mat("居住证明", "both")],
      locations=[]),

    g("gr", "教师资格认定", "芦汀市教育局", "four", [
        [("事项名称", "教师资格认定"), ("事项类型", "行政许可")],
        [("业务办理项编码", C_JIAOSHI)],
        [("实施主体", "芦汀市教育局"), ("行使层级", "市级")],
        [("办件类型", "承诺件"), ("到办事现场次数", "1次")],
        [("承诺办结时限", "30个工作日"), ("法定办结时限", "60个工作日")],
        [("办理形式", "网上办理、窗口办理")],
    ], (MAT_B, [
        ("1", "教师资格认定申请表", "申请人自备", "原件1份", "√", "否"),
        ("2", "居民身份证", "政府部门核发", "—", "—", "是"),
        ("3", "学历证书", "政府部门核发", "—", "—", "是（学历信息在线核验）"),
        ("4", "普通话水平测试等级证书", "政府部门核发", "—", "—", "是"),
        ("5", "教师资格认定体检表", "指定医院出具", "原件1份", "—", "否"),
        ("6", "近期一寸免冠照片", "申请人自备", "—", "√", "否"),
    ]), [window("教育窗口", "芦汀市政务服务中心三楼D区", "0398-6120356")],
        [step("网上申报", "申请人", "—", "按要求填报"), step("现场确认", "教育窗口", "即时"),
         step("审核", "市教育局", "25个工作日"), step("发证", "市教育局", "5个工作日")], ("onclick",), tag="承诺件",
      code=C_JIAOSHI, department="芦汀市教育局", levels=[CITY], channels=["online", "counter"],
      entry=apply_url("教师资格认定"), visits=1, statutory=60, promised=30, case="promised",
      materials=[mat("教师资格认定申请表", "both"), mat("居民身份证", None, True), mat("学历证书", None, True),
                 mat("普通话水平测试等级证书", None, True), mat("教师资格认定体检表", "paper"),
                 mat("近期一寸免冠照片", "electronic")],
      locations=[loc(CITY_HALL, CITY)]),

    g("gr", "异地就医备案", "芦汀市医疗保障局", "two", [
        [("事项名称", "异地就医备案")],
        [("实施编码", C_YIDI)],
        [("实施主体", "芦汀市医疗保障局")],
        [("行使层级", "市级")],
        [("办件类型", "即办件")],
        [("承诺办结时限", "即办")],
        [("网办类型", "全程网办")],
        [("到办事现场次数", "0次")],
        [("办理形式", "网上办理、窗口办理")],
    ], (MAT_A, [
        ("1", "异地就医备案登记表", "电子", "—", "必要", "在线填报"),
    ]), [window("医保窗口", "芦汀市政务服务中心一楼A区", "0398-6120312"),
         window("医保窗口", "芦汀市沙洲区政务服务中心二楼", "0398-6230108")],
        [], ("href",), tag="即办件",
      code=C_YIDI, department="芦汀市医疗保障局", levels=[CITY, COUNTY], channels=["online", "counter"],
      entry=apply_url("异地就医备案"), depth=4, visits=0, promised=0, case="immediate",
      materials=[mat("异地就医备案登记表", "electronic")],
      locations=[loc(CITY_HALL, CITY), loc(SHAZHOU, COUNTY)]),

    g("gr", "养犬登记", "芦汀市公安局", "four", [
        [("事项名称", "养犬登记"), ("事项类型", "其他行政权力")],
        [("实施主体", "芦汀市公安局"), ("承办机构", "芦汀市公安局治安管理支队")],
        [("行使层级", "市级"), ("是否支持自助终端办理", "是")],
        [("法定办结时限", "无"), ("办理形式", "窗口办理、自助终端办理")],
    ], (MAT_A, [
        ("1", "养犬登记申请表", "纸质", "1份", "必要", ""),
        ("2", "犬只狂犬病免疫证明", "纸质", "原件", "必要", ""),
        ("3", "犬只照片", "电子", "正面、侧面各1张", "必要", ""),
        ("4", "居住证明", "—", "—", "必要", "由不动产登记信息共享，免提交"),
    ]), [window("犬类登记窗口", "芦汀市犬类管理服务中心（江滨路220号）", "0398-6125110")],
        [step("受理", "登记窗口", "即时"), step("审核", "治安管理支队", "3个工作日"),
         step("发证", "治安管理支队", "2个工作日", "发放犬牌")], (),
      department="芦汀市公安局", levels=[CITY], channels=["counter", "self_service"], promised=5,
      materials=[mat("养犬登记申请表", "paper"), mat("犬只狂犬病免疫证明", "paper"), mat("犬只照片", "electronic"),
                 mat("居住证明", None, True)],
      locations=[loc("芦汀市犬类管理服务中心", CITY)]),

    g("gr", "法律援助申请", "芦汀市法律援助中心", "two", [
        [("事项名称", "法律援助申请")],
        [("主管部门", "芦汀市司法局")],
        [("实施主体", "芦汀市法律援助中心")],
        [("行使层级", "市级")],
        [("法定时限", "7个工作日")],
        [("承诺时限", "5个工作日")],
        [("办理形式", "窗口办理、邮寄申请")],
    ], (MAT_A, [
        ("1", "法律援助申请表", "纸质", "1份", "必要", ""),
        ("2", "居民身份证", "纸质", "复印件1份", "必要", ""),
        ("3", "经济困难状况说明表", "纸质", "1份", "必要", "申请人个人诚信承诺"),
        ("4", "与所申请法律援助事项有关的材料", "纸质、电子", "—", "必要", ""),
    ]), [window("法律援助窗口", "芦汀市公共法律服务中心一楼（芦汀市文昌路8号）", "12348")],
        [step("受理", "法律援助窗口", "即时"), step("审查", "法律援助中心", "5个工作日")], (),
      department="芦汀市法律援助中心", levels=[CITY], channels=["counter", "post"], statutory=7, promised=5,
      materials=[mat("法律援助申请表", "paper"), mat("居民身份证", "paper"), mat("经济困难状况说明表", "paper"),
                 mat("与所申请法律援助事项有关的材料", "both")],
      locations=[loc("芦汀市公共法律服务中心", CITY)]),

    # --- 法人办事 (POST, loaded when the tab opens) --------------------------------------------------
    g("fr", "建设工程规划许可证核发", "芦汀市自然资源和规划局", "four", [
        [("事项名称", "建设工程规划许可证核发"), ("事项类型", "行政许可")],
        [("实施编码", C_GUIHUA), ("基本编码", B_GUIHUA)],
        [("实施主体", "芦汀市自然资源和规划局"), ("行使层级", "市级")],
        [("办件类型", "承诺件"), ("到办事现场次数", "0次")],
        [("法定办结时限", "20个工作日"), ("承诺办结时限", "10个工作日")],
        [("办理形式", "网上办理、窗口办理")],
    ], (MAT_B, [
        ("1", "建设工程规划许可申请表", "申请人自备", "—", "√", "否"),
        ("2", "建设工程设计方案", "申请人自备", "—", "√", "否"),
        ("3", "土地权属证明", "政府部门核发", "—", "—", "是"),
        ("4", "授权委托书", "申请人自备", "原件1份", "√", "否"),
    ]), [window("工程建设项目审批综合窗口", "芦汀市政务服务中心三楼", "0398-6120388")],
        [step("受理", "综合窗口", "1个工作日"), step("审查", "规划审批科", "7个工作日"),
         step("决定", "分管负责人", "2个工作日")], ("href",), tag="承诺件",
      code=C_GUIHUA, basic=B_GUIHUA, department="芦汀市自然资源和规划局", levels=[CITY],
      channels=["online", "counter"], entry=apply_url("建设工程规划许可证核发"), visits=0, statutory=20,
      promised=10, case="promised",
      materials=[mat("建设工程规划许可申请表", "electronic"), mat("建设工程设计方案", "electronic"),
                 mat("土地权属证明", None, True), mat("授权委托书", "both")],
      locations=[loc(CITY_HALL, CITY)]),

    g("fr", "排污许可证核发", "芦汀市生态环境局", "two", [
        [("事项名称", "排污许可证核发")],
        [("实施编码", C_PAIWU)],
        [("实施主体", "芦汀市生态环境局")],
        [("行使层级", "市级")],
        [("网办类型", "全程网办")],
        [("到办事现场次数", "0次")],
        [("办理形式", "网上办理")],
        [("办理地点", "本事项不设现场窗口，全程在线办理")],
        [("法定办结时限", "20个工作日")],
        [("承诺办结时限", "10个工作日")],
    ], (MAT_A, [
        ("1", "排污许可证申请表", "电子", "—", "必要", ""),
        ("2", "排污单位承诺书", "电子", "—", "必要", ""),
        ("3", "污染防治设施说明材料", "电子", "—", "必要", ""),
    ]), [], [step("网上受理", "生态环境局", "1个工作日"), step("审查决定", "生态环境局", "9个工作日")], ("href",),
      code=C_PAIWU, department="芦汀市生态环境局", levels=[CITY], channels=["online"],
      entry=apply_url("排污许可证核发"), depth=4, visits=0, statutory=20, promised=10,
      materials=[mat("排污许可证申请表", "electronic"), mat("排污单位承诺书", "electronic"),
                 mat("污染防治设施说明材料", "electronic")],
      locations=[]),

    g("fr", "道路货物运输经营许可", "芦汀市交通运输局", "four", [
        [("事项名称", "道路货物运输经营许可"), ("事项类型", "行政许可")],
        [("实施主体", "芦汀市交通运输局"), ("行使层级", "市级")],
        [("法定办结时限", "20个工作日"), ("是否支持物流快递", "是（许可证件免费寄递）")],
        [("办理形式", "窗口办理")],
    ], (MAT_A, [
        ("1", "道路货物运输经营申请表", "纸质", "1份", "必要", ""),
        ("2", "身份证明", "纸质", "复印件", "必要", "负责人、经办人"),
        ("3", "机动车辆行驶证", "纸质", "复印件", "必要", ""),
        ("4", "驾驶人员从业资格证", "纸质", "复印件", "必要", ""),
        ("5", "安全生产管理制度文本", "纸质", "1份", "必要", ""),
    ]), [window("交通运输窗口", "芦汀市政务服务中心二楼D区", "0398-6120377")],
        [step("受理", "交通运输窗口", "1个工作日"), step("审查", "运输管理科", "5个工作日"),
         step("决定", "分管负责人", "2个工作日"), step("制证", "运输管理科", "1个工作日")], (),
      department="芦汀市交通运输局", levels=[CITY], channels=["counter"], statutory=20, promised=9,
      materials=[mat("道路货物运输经营申请表", "paper"), mat("身份证明", "paper"), mat("机动车辆行驶证", "paper"),
                 mat("驾驶人员从业资格证", "paper"), mat("安全生产管理制度文本", "paper")],
      locations=[loc(CITY_HALL, CITY)]),

    g("fr", "药品零售企业经营许可", "芦汀市沙洲区市场监督管理局", "two", [
        [("事项名称", "药品零售企业经营许可")],
        [("实施编码", C_YAOPIN)],
        [("实施主体", "芦汀市沙洲区市场监督管理局")],
        [("行使层级", "区级")],
        [("办件类型", "承诺件")],
        [("法定办结时限", "30个工作日")],
        [("承诺办结时限", "15个工作日")],
        [("到办事现场次数", "1次")],
        [("办理形式", "窗口办理、网上办理")],
    ], (MAT_A, [
        ("1", "药品经营许可证申请表", "纸质、电子", "1份", "必要", ""),
        ("2", "营业执照", "—", "—", "必要", "免提交（部门共享）"),
        ("3", "执业药师注册证", "纸质", "复印件", "必要", ""),
        ("4", "经营场所和仓库平面布局图", "纸质、电子", "1份", "必要", ""),
    ]), [window("市场监管窗口", "芦汀市沙洲区政务服务中心一楼", "0398-6230166")],
        [step("受理", "市场监管窗口", "1个工作日"), step("现场检查", "药品监管科", "10个工作日", "GSP要求"),
         step("决定", "分管负责人", "4个工作日")], ("href",), tag="承诺件",
      code=C_YAOPIN, department="芦汀市沙洲区市场监督管理局", levels=[COUNTY], channels=["counter", "online"],
      entry=apply_url("药品零售企业经营许可"), visits=1, statutory=30, promised=15, case="promised",
      materials=[mat("药品经营许可证申请表", "both"), mat("营业执照", None, True), mat("执业药师注册证", "paper"),
                 mat("经营场所和仓库平面布局图", "both")],
      locations=[loc(SHAZHOU, COUNTY)]),

    g("fr", "人力资源服务许可", "芦汀市人力资源和社会保障局", "four", [
        [("事项名称", "人力资源服务许可"), ("事项类型", "行政许可")],
        [("实施编码", C_RLZY)],
        [("实施主体", "芦汀市人力资源和社会保障局"), ("行使层级", "市级")],
        [("办件类型", "即办件"), ("承诺办结时限", "即办")],
        [("法定办结时限", "20个工作日"), ("到办事现场次数", "0次")],
        [("办理形式", "网上办理、窗口办理、邮寄办理")],
    ], (MAT_A, [
        ("1", "人力资源服务许可申请表", "电子", "—", "必要", "在线填写"),
        ("2", "告知承诺书", "电子", "—", "必要", ""),
        ("3", "营业执照", "—", "—", "必要", "部门共享，免提交"),
    ]), [window("人社窗口", "芦汀市政务服务中心二楼B区", "0398-6120345")],
        [step("受理", "人社窗口", "即时"), step("决定", "人社局", "即时", "告知承诺制")], ("onclick",), tag="即办件",
      code=C_RLZY, department="芦汀市人力资源和社会保障局", levels=[CITY], channels=["online", "counter", "post"],
      entry=apply_url("人力资源服务许可"), visits=0, statutory=20, promised=0, case="immediate",
      materials=[mat("人力资源服务许可申请表", "electronic"), mat("告知承诺书", "electronic"),
                 mat("营业执照", None, True)],
      locations=[loc(CITY_HALL, CITY)]),

    g("fr", "民办非学历培训机构设立", "芦汀市教育局", "two", [
        [("事项名称", "民办非学历培训机构设立")],
        [("实施主体", "芦汀市教育局")],
        [("联办机构", "芦汀市民政局、芦汀市市场监督管理局")],
        [("办件类型", "联办件")],
        [("行使层级", "市级")],
        [("承诺时限", "15个工作日")],
        [("办理形式", "窗口办理")],
    ], (MAT_B, [
        ("1", "设立申请书", "申请人自备", "原件1份", "—", "否"),
        ("2", "培训机构章程", "申请人自备", "原件1份", "√", "否"),
        ("3", "办学场所证明", "申请人自备", "复印件1份", "—", "否"),
        ("4", "教师资格证书", "政府部门核发", "复印件1份", "—", "否"),
    ]), [window("教育窗口", "芦汀市政务服务中心三楼D区", "0398-6120356")],
        [step("受理", "教育窗口", "1个工作日"), step("现场勘验", "市教育局", "10个工作日", "办学条件"),
         step("审批", "市教育局", "5个工作日")], ("gray",), tag="联办件",
      department="芦汀市教育局", levels=[CITY], channels=["counter"], promised=15, case="other",
      materials=[mat("设立申请书", "paper"), mat("培训机构章程", "both"), mat("办学场所证明", "paper"),
                 mat("教师资格证书", "paper")],
      locations=[loc(CITY_HALL, CITY)]),

    g("fr", "户外广告设施设置审批", "芦汀市城市管理局", "four", [
        [("事项名称", "户外广告设施设置审批"), ("事项类型", "行政许可")],
        [("实施编码", C_GUANGGAO)],
        [("实施机构", "芦汀市城市管理局"), ("审批层级", "市级")],
        [("承诺办结时限", "5个工作日"), ("法定办结时限", "20个工作日")],
        [("到办事现场次数", "1次"), ("办理形式", "窗口办理、邮寄申请")],
    ], (MAT_A, [
        ("1", "户外广告设施设置申请表", "纸质", "原件1份", "必要", ""),
        ("2", "设置效果图", "纸质、电子", "1份", "必要", ""),
        ("3", "场地使用权证明", "纸质", "复印件", "必要", ""),
        ("4", "安全责任承诺书", "纸质", "1份", "必要", ""),
    ]), [window("城管窗口", "芦汀市政务服务中心二楼E区", "0398-6120399")],
        [step("受理", "城管窗口", "即时"), step("审查决定", "市城市管理局", "5个工作日")], (),
      code=C_GUANGGAO, department="芦汀市城市管理局", levels=[CITY], channels=["counter", "post"], visits=1,
      statutory=20, promised=5,
      materials=[mat("户外广告设施设置申请表", "paper"), mat("设置效果图", "both"), mat("场地使用权证明", "paper"),
                 mat("安全责任承诺书", "paper")],
      locations=[loc(CITY_HALL, CITY)]),

    # --- 公共服务 (an iframe, onclick rows) ---------------------------------------------------------
    g("gg", "不动产登记资料查询", "芦汀市不动产登记中心", "two", [
        [("事项名称", "不动产登记资料查询")],
        [("实施主体", "芦汀市不动产登记中心")],
        [("办件类型", "即办件")],
        [("承诺时限", "即办")],
        [("到现场次数", "1次")],
        [("办理形式", "窗口办理、自助终端办理")],
    ], (MAT_A, [
        ("1", "居民身份证", "纸质", "原件", "必要", ""),
        ("2", "不动产登记资料查询申请书", "—", "—", "必要", "现场填写"),
    ]), [window("不动产登记窗口", "芦汀市不动产登记中心（芦汀市江滨路18号）一楼", "0398-6126018"),
         window("自助查询区", "芦汀市政务服务中心一楼24小时自助区", "0398-6120300")],
        [], (), tag="即办件",
      department="芦汀市不动产登记中心", levels=[CITY], channels=["counter", "self_service"], visits=1, promised=0,
      case="immediate",
      materials=[mat("居民身份证", "paper"), mat("不动产登记资料查询申请书")],
      locations=[loc("芦汀市不动产登记中心", CITY), loc(CITY_HALL, CITY)]),

    g("gg", "婚姻登记档案查询", "芦汀市民政局", "four", [
        [("事项名称", "婚姻登记档案查询"), ("实施主体", "芦汀市民政局")],
        [("行使层级", "市级"), ("承诺办结时限", "1个工作日")],
        [("办理形式", "窗口办理、网上办理")],
    ], (MAT_A, [
        ("1", "居民身份证", "纸质", "原件", "必要", ""),
        ("2", "婚姻登记档案查询申请表", "纸质、电子", "1份", "必要", ""),
    ]), [window("婚姻登记窗口", "芦汀市婚姻登记中心（芦汀市人民路66号）", "0398-6127020")],
        [], ("href",),
      department="芦汀市民政局", levels=[CITY], channels=["counter", "online"], entry=apply_url("婚姻登记档案查询"),
      promised=1,
      materials=[mat("居民身份证", "paper"), mat("婚姻登记档案查询申请表", "both")],
      locations=[loc("芦汀市婚姻登记中心", CITY)]),

    g("gg", "社会保障卡补领", "芦汀市人力资源和社会保障局", "two", [
        [("事项名称", "社会保障卡补领")],
        [("实施编码", C_SBK)],
        [("基本编码", B_SBK)],
        [("实施主体", "芦汀市人力资源和社会保障局")],
        [("承办机构", "芦汀市社会保障卡服务中心")],
        [("行使层级", "市级")],
        [("办件类型", "即办件")],
        [("承诺时限", "即办")],
        [("办理形式", "窗口办理、网上办理、自助终端办理")],
        [("是否支持物流快递", "是（网上申请的，新卡免费邮寄到家）")],
    ], (MAT_A, [
        ("1", "居民身份证", "纸质", "原件", "必要", ""),
    ]), [window("社保卡服务窗口", "芦汀市政务服务中心一楼", "0398-6120366"),
         window("社保卡服务窗口", "芦汀市沙洲区政务服务中心一楼", "0398-6230121")],
        [], ("href",), tag="即办件",
      code=C_SBK, basic=B_SBK, department="芦汀市人力资源和社会保障局", levels=[CITY, COUNTY],
      channels=["counter", "online", "self_service"], entry=apply_url("社会保障卡补领"), promised=0, case="immediate",
      materials=[mat("居民身份证", "paper")],
      locations=[loc(CITY_HALL, CITY), loc(SHAZHOU, COUNTY)]),

    g("gg", "老年人优待证办理", "芦汀市民政局", "four", [
        [("事项名称", "老年人优待证办理"), ("实施主体", "芦汀市民政局")],
        [("行使层级", "市级"), ("网办类型", "全程网办")],
        [("到办事现场次数", "0次"), ("承诺办结时限", "3个工作日")],
        [("办理形式", "网上办理")],
        [("网上办理", "通过“芦汀市民云”APP“老年人优待证”模块申请，证件邮寄到家")],
    ], (MAT_A, [
        ("1", "近期免冠照片", "电子", "—", "必要", "上传"),
        ("2", "居民身份证", "—", "—", "必要", "通过身份认证自动获取，免提交"),
    ]), [], [], (),
      department="芦汀市民政局", levels=[CITY], channels=["online"], depth=4, visits=0, promised=3,
      materials=[mat("近期免冠照片", "electronic"), mat("居民身份证", None, True)],
      locations=[]),

    g("gg", "无犯罪记录证明开具", "芦汀市公安局", "two", [
        [("事项名称", "无犯罪记录证明开具")],
        [("实施编码", C_WUFANZUI)],
        [("实施主体", "芦汀市公安局")],
        [("行使层级", "市级")],
        [("承诺时限", "3个工作日")],
        [("到办事现场次数", "0次")],
        [("办理形式", "网上办理、窗口办理")],
        [("办理地点", "户籍所在地公安派出所")],
    ], (MAT_A, [
        ("1", "无犯罪记录证明申请表", "电子", "—", "必要", "在线填写"),
        ("2", "居民身份证", "—", "—", "必要", "实名认证，免提交"),
    ]), [], [], ("href",),
      code=C_WUFANZUI, department="芦汀市公安局", levels=[CITY], channels=["online", "counter"],
      entry=apply_url("无犯罪记录证明开具"), visits=0, promised=3,
      materials=[mat("无犯罪记录证明申请表", "electronic"), mat("居民身份证", None, True)],
      locations=[]),
]


# --- pages ----------------------------------------------------------------------------------------------


def shell(title: str, body: str, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/zwdt/css/hall.css">
{head}</head>
<body>
{body}
</body>
</html>
"""


def banner() -> str:
    return ('<div class="banner">芦汀市政务服务网<a href="/" target="_top">首页</a><a href="/zwdt/main.html" target="_top">网上办事大厅</a>'
            '<a href="/zwdt/user/login.html">登录</a><a href="/zwdt/apply/online.do">我的办件</a></div>')


def cells(text: str) -> str:
    return esc(text)


def info_table(guide: Guide) -> str:
    rows = []
    for row in guide.info:
        if guide.layout == "four":
            if len(row) == 1:
                label, value = row[0]
                rows.append(f'<tr><th>{label}</th><td colspan="3">{cells(value)}</td></tr>')
            else:
                rows.append("<tr>" + "".join(f"<th>{label}</th><td>{cells(value)}</td>" for label, value in row) + "</tr>")
        else:
            for label, value in row:
                rows.append(f'<tr><td class="td-label">{label}</td><td>{cells(value)}</td></tr>')
    return f'<table class="info-table">{"".join(rows)}</table>'


def grid(css: str, columns: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    head = "".join(f"<th>{col}</th>" for col in columns)
    body = "".join("<tr>" + "".join(f"<td>{cells(value)}</td>" for value in row) + "</tr>" for row in rows)
    return f'<table class="{css}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def entry_button(guide: Guide) -> str:
    kind = guide.entry[0] if guide.entry else ""
    if kind == "href":
        return f'<a class="btn-bl" href="{esc(guide.apply)}" target="_blank">在线办理</a>'
    if kind == "onclick":
        return f'<a class="btn-bl" href="javascript:void(0);" onclick="window.open(\'{guide.apply}\')">在线办理</a>'
    if kind == "gray":
        return '<a class="btn-gray" href="javascript:;" onclick="alert(\'该事项暂不支持在本网站申报\')">在线办理</a>'
    return ""


def detail_page(guide: Guide, related: list[Guide]) -> str:
    tag = f'<span class="sx-tag">{guide.tag}</span>' if guide.tag else ""
    mats_cols, mats_rows = guide.mats
    locs = grid("loc-table", LOC_COLS, guide.locs) if guide.locs else "<p>详见基本信息。</p>"
    steps = grid("step-table", STEP_COLS, guide.steps) if guide.steps else "<p>申请—受理—办结。</p>"
    side = "".join(f'<li><a href="{esc(other.url)}" target="_blank">{esc(other.name)}</a></li>' for other in related)
    body = f"""{banner()}
<div class="box">
<div class="side-box"><h4>相关事项</h4><ul>{side}</ul><h4>热线</h4><p>政务服务便民热线：12345</p></div>
<div class="main-box">
<div class="sx-title"><h2>{esc(guide.name)}</h2>{tag}</div>
<div class="btn-box">{entry_button(guide)} <a href="javascript:;" onclick="alert('收藏成功')">收藏</a> <a href="javascript:window.print();">打印</a></div>
<ul class="tabs"><li class="on">基本信息</li><li>申请材料</li><li>办理地点</li><li>办理流程</li></ul>
<h3>基本信息</h3>
{info_table(guide)}
<h3>申请材料</h3>
{grid("mat-table", mats_cols, mats_rows)}
<h3>办理地点</h3>
{locs}
<h3>办理流程</h3>
{steps}
{guide.note}
</div>
</div>"""
    return shell(f"{guide.name}-办事指南-{SITE}", body)


def frameset() -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" "http://www.w3.org/TR/html4/frameset.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{SITE}</title>
</head>
<frameset rows="96,*" frameborder="no" border="0" framespacing="0">
<frame src="/inc/top.html" name="topFrame" scrolling="no" noresize>
<frame src="/zwdt/main.html" name="mainFrame">
<noframes><body>您的浏览器不支持框架，请升级浏览器后访问{SITE}。</body></noframes>
</frameset>
</html>
"""


def top() -> str:
    return shell(SITE, '<div class="banner">芦汀市政务服务网<a href="/zwdt/main.html" target="mainFrame">网上办事大厅</a>'
                       '<a href="/zwdt/user/login.html" target="mainFrame">登录</a></div>')


def main_hall() -> str:
    body = f"""{banner()}
<div class="box">
<ul class="tabs"><li id="tab-gr" class="on" onclick="switchTab('gr')">个人办事</li><li id="tab-fr" onclick="switchTab('fr')">法人办事</li><li id="tab-gg" onclick="switchTab('gg')">公共服务</li></ul>
<div id="pane-gr"><ul id="grList" class="sx-list"><li>正在加载…</li></ul><div id="grPager" class="pager"></div></div>
<div id="pane-fr" style="display:none"><ul id="frList" class="sx-list"></ul><div id="frPager" class="pager"></div></div>
<div id="pane-gg" style="display:none"><iframe src="/zwdt/ggfw.html" width="100%" height="420" frameborder="0" scrolling="auto"></iframe></div>
<noscript>请启用浏览器脚本以查看事项列表。</noscript>
</div>"""
    return shell(f"网上办事大厅-{SITE}", body, '<script src="/zwdt/js/catalog.js"></script>\n')


def ggfw(guides: list[Guide]) -> str:
    rows = "".join(f'<li class="gg-item" data-rowguid="{g.rowguid}" onclick="openSx(this)">{esc(g.name)}<em>{esc(g.ouname)}</em></li>'
                   for g in guides)
    script = ("<script>function openSx(el){window.top.open('/zwdt/bszn/detail.jsp?rowguid='+"
              "el.getAttribute('data-rowguid')+'&sxlx=gg','_blank');}</script>\n")
    return shell(f"公共服务-{SITE}", f'<ul class="sx-list">{rows}</ul>', script)


def catalog_row(guide: Guide) -> dict[str, str]:
    tasktype = next((value for row in guide.info for label, value in row if label == "事项类型"), "")
    return {"rowguid": guide.rowguid, "taskname": guide.name, "ouname": guide.ouname, "tasktype": tasktype}


def build() -> tuple[dict[str, bytes], dict[str, Any]]:
    by_kind = {kind: [g for g in GUIDES if g.sxlx == kind] for kind in ("gr", "fr", "gg")}
    files: dict[str, bytes] = {
        "index.html": frameset().encode("utf-8"),
        "inc/top.html": top().encode("utf-8"),
        "zwdt/main.html": main_hall().encode("utf-8"),
        "zwdt/ggfw.html": ggfw(by_kind["gg"]).encode("utf-8"),
        "zwdt/user/login.html": shell(f"登录-{SITE}", f"{banner()}<div class=\"box\"><h3>统一身份认证</h3>"
                                      "<p>请使用芦汀市政务服务网账号登录。</p></div>").encode("utf-8"),
        "zwdt/apply/online.do": shell(f"在线申报-{SITE}", f"{banner()}<div class=\"box\"><h3>在线申报</h3>"
                                      "<p>请登录后填写申报信息。</p></div>").encode("utf-8"),
        "zwdt/js/catalog.js": asset_text(__file__, "luting/catalog.js").encode("utf-8"),
        "zwdt/css/hall.css": asset_text(__file__, "luting/hall.css").encode("utf-8"),
    }
    gr = by_kind["gr"]
    for start in range(0, len(gr), GR_LIMIT):
        answer = {"total": str(len(gr)), "start": start, "limit": GR_LIMIT,
                  "rows": [catalog_row(g) for g in gr[start:start + GR_LIMIT]]}
        files[f"zwdt/rest/sxList@limit={GR_LIMIT}&start={start}&sxlx=gr"] = json_bytes(answer)
    fr = by_kind["fr"]
    for index, start in enumerate(range(0, len(fr), FR_SIZE), 1):
        answer = {"custom": {"total": len(fr), "pageIndex": index, "pageSize": FR_SIZE,
                             "list": [catalog_row(g) for g in fr[start:start + FR_SIZE]]},
                  "status": {"code": 200, "text": ""}}
        files[f"zwdt/rest/frList.action@pageIndex={index}&sxlx=fr"] = json_bytes(answer)
    for guide in GUIDES:
        related = [other for other in by_kind[guide.sxlx] if other is not guide][:4]
        files[guide.file] = detail_page(guide, related).encode("utf-8")
    files["headers.json"] = json_bytes({
        "/zwdt/rest/*": "application/json;charset=UTF-8",
        "/zwdt/bszn/*": "text/html;charset=UTF-8",
        "/zwdt/apply/*": "text/html;charset=UTF-8",
        "*/": "text/html;charset=UTF-8",
    }, indent=1)
    files["post.json"] = json_bytes({"/zwdt/rest/frList.action": [["sxlx", "pageIndex"]]}, indent=1)
    portal = {
        "id": ID,
        "name": "芦汀市政务服务网（网上办事大厅）",
        "style": "Epoint-like city hall: frameset home; GET offset JSON list, POST JSON list behind a tab, "
                 "iframe of onclick rows; guides are labelled tables",
        "home": "/",
        "charset": "utf-8",
        "items": [guide.row for guide in GUIDES],
    }
    return files, portal
