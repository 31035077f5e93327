/* 栏目分页：发布系统生成的静态列表页为 index.html, index_1.html, index_2.html … */
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {
	if (_nPageCount == null || _nPageCount <= 1) {
		return;
	}
	var nCurrIndex = _nCurrIndex || 0;
	function pageUrl(n) {
		return n == 0 ? _sPageName + "." + _sPageExt : _sPageName + "_" + n + "." + _sPageExt;
	}
	var html = "<span class=\"page-total\">共" + _nPageCount + "页</span>";
	if (nCurrIndex == 0) {
		html += "<span>首页</span><span>上一页</span>";
	} else {
		html += "<a href=\"" + pageUrl(0) + "\">首页</a>";
		html += "<a href=\"" + pageUrl(nCurrIndex - 1) + "\">上一页</a>";
	}
	for (var i = 0; i < _nPageCount; i++) {
		if (i == nCurrIndex) {
			html += "<span class=\"page-cur\">" + (i + 1) + "</span>";
		} else {
			html += "<a href=\"" + pageUrl(i) + "\">" + (i + 1) + "</a>";
		}
	}
	if (nCurrIndex == _nPageCount - 1) {
		html += "<span>下一页</span><span>尾页</span>";
	} else {
		html += "<a href=\"" + pageUrl(nCurrIndex + 1) + "\">下一页</a>";
		html += "<a href=\"" + pageUrl(_nPageCount - 1) + "\">尾页</a>";
	}
	document.write(html);
}
