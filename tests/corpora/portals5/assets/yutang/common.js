/* yutang portal: shared helpers of the catalogue pages */
var ctx = '/';

/* 个人办事: detail pages are static files, the audience rides along for statistics */
function goDetail(id, t) {
    location.href = ctx + 'bszn/detail_' + id + '.html?type=' + encodeURIComponent(t);
}

/* 法人办事: a guide opens in a new window */
function openDetail(itemId) {
    window.open(ctx + 'bszn/guide.html?itemId=' + itemId, '_blank');
}

/* 部门服务: rows carry their address in data-url; tabs switch the department shown */
function bindMatterList() {
    var items = document.querySelectorAll('li[data-url]');
    for (var i = 0; i < items.length; i++) {
        items[i].onclick = function () {
            window.location.href = this.getAttribute('data-url');
        };
    }
    var tabs = document.querySelectorAll('.dept-tabs span[data-dept]');
    for (var j = 0; j < tabs.length; j++) {
        tabs[j].onclick = function () {
            var blocks = document.querySelectorAll('.matter-list');
            for (var k = 0; k < blocks.length; k++) {
                blocks[k].style.display = blocks[k].id === 'dept-' + this.getAttribute('data-dept') ? '' : 'none';
            }
        };
    }
}

function doSearch() {
    var key = document.getElementById('keyword').value;
    if (!key) {
        alert('请输入搜索关键字');
        return false;
    }
    return true;
}

if (document.addEventListener) {
    document.addEventListener('DOMContentLoaded', bindMatterList);
}
